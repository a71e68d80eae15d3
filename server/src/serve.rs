//! Starts the site: database (migrated in the background until it answers), demo catalogue when
//! asked for, background loops (pruning, following changes, sending queued SMS replies), HTTP
//! listener with graceful shutdown.

use crate::cli::CliError;
use crate::config::ServeArgs;

/// How often an instance looks for changes made by others: within the 2-second promise.
pub const FOLLOW_INTERVAL: std::time::Duration = std::time::Duration::from_millis(500);

pub async fn serve(database_url: &str, args: ServeArgs) -> Result<(), CliError> {
    install_crypto_provider();
    let db = crate::db::connect(database_url).await?;
    let index = crate::search::SearchIndex::open(args.index_dir.clone())
        .map_err(|error| std::io::Error::other(error.to_string()))?;
    let sms_gateways = match &args.sms_gateways {
        Some(path) => crate::sms::gateways::SmsGateways::load(path, |name| std::env::var(name).ok())
            .map_err(|error| std::io::Error::other(error.to_string()))?,
        None => crate::sms::gateways::SmsGateways::default(),
    };
    let auth = crate::auth::Auth::new(
        db.clone(),
        &args.public_url,
        site_secret(args.secret_key.as_deref())?,
    )
    .map_err(|error| std::io::Error::other(error.to_string()))?
    .with_trusted_proxies(args.trusted_proxies.clone());
    // Delivery-report addresses are built from the same origin the webhooks check them against.
    let sms_sender = sms_sender(&db, &sms_gateways, &auth.origin_text())?;
    let background_db = db.clone();
    let background_index = std::sync::Arc::clone(&index);
    let demo = args.demo;
    tokio::spawn(async move {
        crate::db::migrate_until_ready(background_db.clone()).await;
        if demo {
            crate::demo::load_if_empty(&background_db).await;
        }
        tokio::spawn(crate::auth::prune_expired_forever(background_db.clone()));
        tokio::spawn(crate::sms::log::prune_forever(background_db.clone()));
        if let Some(sender) = sms_sender {
            tokio::spawn(sender.run_forever(SMS_SENDER_TASKS));
        }
        crate::search::follow_changes(background_index, background_db, FOLLOW_INTERVAL).await;
    });
    let options = crate::http::leptos_options(&args.site_root, args.site_addr);
    crate::auth::passwords::prepare_dummy_hash().await;
    let app =
        crate::http::router_with_settings(db, options, index, auth, sms_gateways, args.comment_answer_days);
    let listener = tokio::net::TcpListener::bind(args.site_addr).await?;
    tracing::info!(address = %listener.local_addr()?, "listening");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

/// Sender workers per instance: each claims and sends one outbox row at a time, so a slow
/// gateway does not hold up the others' replies.
const SMS_SENDER_TASKS: usize = 2;

/// The outbox's sender, when some gateway has sending settings.
fn sms_sender(
    db: &sea_orm::DatabaseConnection,
    gateways: &crate::sms::gateways::SmsGateways,
    public_url: &str,
) -> Result<Option<crate::sms::worker::SenderWorker>, std::io::Error> {
    let worker = crate::sms::worker::SenderWorker::new(
        db.clone(),
        gateways,
        public_url,
        crate::sms::send::DEFAULT_TIMEOUTS,
    )
    .map_err(|error| std::io::Error::other(error.to_string()))?;
    Ok(worker.has_routes().then_some(worker))
}

/// The site key from `SECRET_KEY` (hex, 32 bytes or more), or a new random one with a warning.
fn site_secret(configured: Option<&str>) -> Result<Vec<u8>, std::io::Error> {
    match configured {
        Some(hex) => crate::auth::secrets::decode_key(hex)
            .ok_or_else(|| std::io::Error::other("SECRET_KEY must be at least 32 bytes written in hex")),
        None => {
            tracing::warn!("SECRET_KEY is not set: using a random key until this instance stops");
            Ok(crate::auth::secrets::random_key())
        }
    }
}

/// sqlx's rustls needs a process-wide crypto provider; ring is the one every dependency shares.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
