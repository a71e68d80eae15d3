//! The HTTP application: leptos pages, health checks, static files, and the layers every
//! response passes through.

mod guards;
mod headers;
mod health;
mod panic;
mod place;
mod root;
mod suggest;

use std::sync::Arc;
use std::time::Duration;

use app::catalog::SharedCatalog;
use app::routes::App;
use app::shell::shell;
use axum::Router;
use axum::extract::FromRef;
use axum::routing::get;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{AxumRouteListing, LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use sea_orm::DatabaseConnection;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::catalog::SqlCatalog;
use crate::search::SearchIndex;

/// Largest request body accepted anywhere; forms are far smaller.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub catalog: SharedCatalog,
    pub index: Arc<SearchIndex>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub fn leptos_options(site_root: &str, site_addr: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("ventanilla")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(site_addr)
        .build()
}

/// The home page of a language is `/{lang}/`, the address `/` redirects to; axum tells it apart
/// from `/{lang}`, so both are routed to the page.
fn with_trailing_slash_home(mut routes: Vec<AxumRouteListing>) -> Vec<AxumRouteListing> {
    let homes: Vec<AxumRouteListing> = routes
        .iter()
        .filter(|route| route.path() == "/{lang}")
        .map(|route| {
            AxumRouteListing::new(
                "/{lang}/".to_owned(),
                route.mode().clone(),
                route.methods(),
                Vec::new(),
            )
        })
        .collect();
    routes.extend(homes);
    routes
}

pub fn router(db: DatabaseConnection, leptos_options: LeptosOptions, index: Arc<SearchIndex>) -> Router {
    let catalog: SharedCatalog = Arc::new(SqlCatalog::new(db.clone(), Arc::clone(&index)));
    let shared = catalog.clone();
    let context = move || {
        provide_context(shared.clone());
        leptos::nonce::provide_nonce();
    };
    let state = AppState {
        leptos_options: leptos_options.clone(),
        db,
        catalog,
        index,
    };
    let routes = with_trailing_slash_home(generate_route_list(App));
    let page_shell = move || shell(leptos_options.clone());
    Router::new()
        .route("/", get(root::choose_language))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/api/v1/suggest", get(suggest::suggest))
        .route("/{lang}/place", axum::routing::post(place::choose_place))
        .leptos_routes_with_context(&state, routes, context.clone(), page_shell)
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(axum::middleware::from_fn(headers::remember_language))
        .layer(axum::middleware::from_fn(guards::reject_malformed_queries))
        .layer(axum::middleware::from_fn(headers::security_headers))
        .layer(CatchPanicLayer::custom(panic::internal_error_page))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .with_state(state)
}
