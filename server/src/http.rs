//! The HTTP application: leptos pages, health checks, static files, and the layers every
//! response passes through.

pub mod account;
mod admin;
mod body_size;
pub mod client_ip;
mod comments;
mod csrf;
mod guards;
mod headers;
mod health;
mod page_cache;
mod panic;
mod performance;
mod place;
pub(crate) mod ratings;
mod root;
mod session;
pub mod sms;
mod suggest;

use std::sync::Arc;
use std::time::Duration;

use app::accounts::SharedAccounts;
use app::admin::SharedAdmin;
use app::admin::agencies::SharedAgencyDesk;
use app::admin::editorial::SharedEditorial;
use app::admin::imports::SharedImports;
use app::admin::taxonomy::SharedTaxonomyDesk;
use app::catalog::SharedCatalog;
use app::comments::SharedComments;
use app::performance::SharedPerformance;
use app::ratings::SharedRatings;
use app::routes::App;
use app::shell::shell;
use app::site::PublicOrigin;
use axum::Router;
use axum::extract::FromRef;
use axum::routing::{get, post};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{AxumRouteListing, LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use sea_orm::DatabaseConnection;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeFile;
use tower_http::timeout::TimeoutLayer;

use crate::auth::Auth;
use crate::catalog::SqlCatalog;
use crate::catalog::comments::{DEFAULT_ANSWER_DAYS, SqlComments};
use crate::catalog::performance::SqlPerformance;
use crate::catalog::ratings::SqlRatings;
use crate::search::SearchIndex;
use crate::sms::gateways::SmsGateways;
use account::view::SqlAccounts;

/// Largest request body accepted anywhere; forms are far smaller.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub catalog: SharedCatalog,
    pub index: Arc<SearchIndex>,
    pub auth: Auth,
    /// SMS gateways whose webhooks are answered (`SMS_GATEWAYS`); none by default.
    pub sms_gateways: Arc<SmsGateways>,
    /// The same catalogue, counting no search miss in the web's report: for the SMS channel,
    /// whose zero-result searches are counted in its own statistics, and its staff simulator.
    pub sms_catalog: SharedCatalog,
    /// Working days agencies have to answer a published comment (`COMMENT_ANSWER_DAYS`).
    pub comment_answer_days: u32,
    /// Rendered pages anonymous readers share for a few seconds.
    pages: Arc<page_cache::PageCache>,
    /// What every page's rendering is given (the services the views read), so that a form post
    /// sent back with errors can render its page itself.
    pub page_context: PageContext,
}

/// The context the leptos pages are rendered with.
#[derive(Clone)]
pub struct PageContext(pub Arc<dyn Fn() + Send + Sync>);

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

/// The app's routes, generated once per process. Generating them sets leptos's process-wide
/// "suppress resource loads" flag, and a page whose resource first runs meanwhile waits forever
/// (leptos-rs/leptos#4773): a second router built while the first serves (a second instance in
/// one process, as in the tests) must not generate them again.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES
        .get_or_init(|| with_trailing_slash_home(generate_route_list(App)))
        .clone()
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

pub fn router(
    db: DatabaseConnection,
    leptos_options: LeptosOptions,
    index: Arc<SearchIndex>,
    auth: Auth,
) -> Router {
    router_with_sms(db, leptos_options, index, auth, SmsGateways::default())
}

/// The app, answering the webhooks of these SMS gateways too.
pub fn router_with_sms(
    db: DatabaseConnection,
    leptos_options: LeptosOptions,
    index: Arc<SearchIndex>,
    auth: Auth,
    sms_gateways: SmsGateways,
) -> Router {
    router_with_settings(db, leptos_options, index, auth, sms_gateways, DEFAULT_ANSWER_DAYS)
}

/// The app with every setting: the SMS gateways, and the working days agencies have to answer
/// a published comment.
pub fn router_with_settings(
    db: DatabaseConnection,
    leptos_options: LeptosOptions,
    index: Arc<SearchIndex>,
    auth: Auth,
    sms_gateways: SmsGateways,
    comment_answer_days: u32,
) -> Router {
    let sql_catalog = SqlCatalog::new(db.clone(), Arc::clone(&index));
    let sms_catalog: SharedCatalog = Arc::new(sql_catalog.without_miss_counting());
    let catalog: SharedCatalog = Arc::new(sql_catalog);
    let sms_gateways = Arc::new(sms_gateways);
    let admin: SharedAdmin = Arc::new(admin::view::SqlAdmin::new(db.clone(), Arc::clone(&sms_gateways)));
    let performance: SharedPerformance = Arc::new(SqlPerformance::new(db.clone()));
    let editorial: SharedEditorial = Arc::new(admin::editorial_view::SqlEditorial::new(db.clone()));
    let imports: SharedImports = Arc::new(admin::import_view::SqlImports::new(db.clone()));
    let agency_desk: SharedAgencyDesk = Arc::new(admin::agencies_view::SqlAgencyDesk::new(db.clone()));
    let taxonomy_desk: SharedTaxonomyDesk = Arc::new(admin::taxonomy_view::SqlTaxonomyDesk::new(db.clone()));
    let accounts: SharedAccounts = Arc::new(SqlAccounts::new(auth.clone()));
    let ratings: SharedRatings = Arc::new(SqlRatings::new(db.clone()));
    let comments: SharedComments = Arc::new(SqlComments::new(
        db.clone(),
        Arc::clone(&auth.secret),
        comment_answer_days,
    ));
    let origin = PublicOrigin(auth.origin_text());
    let shared = catalog.clone();
    let context = move || {
        provide_context(shared.clone());
        provide_context(accounts.clone());
        provide_context(ratings.clone());
        provide_context(admin.clone());
        provide_context(editorial.clone());
        provide_context(imports.clone());
        provide_context(agency_desk.clone());
        provide_context(taxonomy_desk.clone());
        provide_context(performance.clone());
        provide_context(comments.clone());
        provide_context(origin.clone());
        leptos::nonce::provide_nonce();
    };
    let state = AppState {
        leptos_options: leptos_options.clone(),
        db,
        catalog,
        index,
        auth,
        sms_gateways,
        sms_catalog,
        comment_answer_days,
        pages: Arc::default(),
        page_context: PageContext(Arc::new(context.clone())),
    };
    let routes = route_list();
    // One-segment files would otherwise be taken for a language (`/{lang}`).
    let root_file = |name: &str| ServeFile::new(std::path::Path::new(&*leptos_options.site_root).join(name));
    let favicon = root_file("favicon.svg");
    let robots = root_file("robots.txt");
    let page_shell = move || shell(leptos_options.clone());
    Router::new()
        .route("/", get(root::choose_language))
        .route_service("/favicon.svg", favicon)
        .route_service("/robots.txt", robots)
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/api/v1/suggest", get(suggest::suggest))
        .route("/{lang}/place", post(place::choose_place))
        .merge(account_routes())
        .merge(ratings::routes())
        .merge(admin::routes())
        .merge(performance::routes())
        .merge(comments::routes())
        .leptos_routes_with_context(&state, routes, context.clone(), page_shell)
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page_cache::share_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::load_session,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            csrf::refuse_cross_site,
        ))
        // Added after the two layers above, so they do not apply: gateways are not browsers,
        // carry no session cookie and post from elsewhere; each webhook checks its gateway's
        // token or signature instead.
        .merge(sms::routes())
        .layer(axum::middleware::from_fn(headers::remember_language))
        .layer(axum::middleware::from_fn(guards::reject_malformed_queries))
        .layer(axum::middleware::from_fn(headers::security_headers))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            headers::strict_transport,
        ))
        .layer(CatchPanicLayer::custom(panic::internal_error_page))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(axum::middleware::from_fn(body_size::refuse_oversized_bodies))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .with_state(state)
}

/// Account forms (no script needed) and the JSON steps of passkey ceremonies.
fn account_routes() -> Router<AppState> {
    use account::{api, forms, staff_forms};
    Router::new()
        .route("/{lang}/account/sign-up", post(forms::needs_script))
        .route("/{lang}/account/sign-in", post(forms::needs_script))
        .route("/{lang}/account/passkeys/add", post(forms::needs_script))
        .route("/{lang}/account/verify", post(forms::needs_script))
        .route("/{lang}/account/sign-out", post(forms::sign_out))
        .route("/{lang}/account/recover", post(forms::recover))
        .route("/{lang}/account/passkeys/{id}/rename", post(forms::rename))
        .route("/{lang}/account/passkeys/{id}/remove", post(forms::remove))
        .route("/{lang}/account/recovery-codes", post(forms::new_codes))
        .route("/{lang}/account/delete", post(forms::delete))
        .route("/{lang}/staff/sign-in", post(staff_forms::sign_in))
        .route(
            "/{lang}/staff/invitation/{token}",
            post(staff_forms::accept_invitation),
        )
        .route("/api/v1/passkeys/sign-up/start", post(api::sign_up_start))
        .route("/api/v1/passkeys/sign-up/finish", post(api::sign_up_finish))
        .route("/api/v1/passkeys/sign-in/start", post(api::sign_in_start))
        .route("/api/v1/passkeys/sign-in/finish", post(api::sign_in_finish))
        .route("/api/v1/passkeys/add/start", post(api::add_start))
        .route("/api/v1/passkeys/add/finish", post(api::add_finish))
        .route("/api/v1/passkeys/verify/start", post(api::verify_start))
        .route("/api/v1/passkeys/verify/finish", post(api::verify_finish))
        .route("/api/v1/staff/sign-in/start", post(api::staff_start))
        .route("/api/v1/staff/sign-in/finish", post(api::staff_finish))
}
