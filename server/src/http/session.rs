//! Finds the session behind the request's cookie and hands it on: the server's handlers read a
//! [`Current`], the pages a [`Viewer`] and a [`SessionHandle`]. A cookie that names no live
//! session is cleared; responses to signed-in people are never stored by caches.

use app::accounts::{SessionHandle, Viewer};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;
use crate::auth::accounts::Current;
use crate::auth::sessions;

pub async fn load_session(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let token = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(sessions::token_from)
        .map(str::to_owned);
    let Some(token) = token else {
        return next.run(request).await;
    };
    let found = match sessions::find(&state.auth.db, &token, chrono::Utc::now()).await {
        Ok(found) => found,
        Err(error) => {
            // The page still answers (anonymously); the database trouble shows in /readyz.
            tracing::warn!(%error, "cannot read the session");
            return next.run(request).await;
        }
    };
    let signed_in = found.is_some();
    if let Some((session, account)) = found {
        request.extensions_mut().insert(Viewer {
            display_name: account.display_name.clone(),
            staff: account.kind == "staff",
            needs_passkey: session.needs_passkey,
        });
        request.extensions_mut().insert(SessionHandle(token.clone()));
        request.extensions_mut().insert(Current {
            session,
            account,
            token,
        });
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if signed_in {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    } else if !headers.contains_key(header::SET_COOKIE)
        && let Ok(clear) = HeaderValue::from_str(&sessions::clearing_cookie())
    {
        headers.append(header::SET_COOKIE, clear);
    }
    response
}
