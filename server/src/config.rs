//! Settings read from the environment (or flags), with defaults that run on a laptop.

use std::net::SocketAddr;

use clap::Args;

/// Where the SQLite file lives when `DATABASE_URL` is not set.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/ventanilla.db?mode=rwc";

#[derive(Args, Clone, Debug)]
pub struct DatabaseArgs {
    /// SQLite (`sqlite://path?mode=rwc`) or PostgreSQL (`postgres://user@host/db`).
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, hide_env_values = true)]
    pub database_url: String,
}

#[derive(Args, Clone, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub site_addr: SocketAddr,
    /// Folder with the built stylesheet, wasm and static files.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,
    /// Load the bundled demo catalogue when the database has no services yet.
    #[arg(long, env = "LOAD_DEMO", default_value_t = false)]
    pub demo: bool,
    /// Folder for this instance's search index (a cache, rebuilt at start); a temporary folder by default.
    #[arg(long, env = "SEARCH_INDEX_DIR")]
    pub index_dir: Option<std::path::PathBuf>,
    /// The address people use to reach the site (`https://…` in production): passkeys are bound
    /// to its host, and requests that change something must come from it.
    #[arg(long, env = "PUBLIC_URL", default_value = "http://localhost:3000")]
    pub public_url: String,
    /// At least 32 random bytes, hex-encoded, the same on every instance: keys the hashes of
    /// client addresses and seals recovery codes until they are shown. Without it each start
    /// makes a new key (fine for one instance on a laptop, wrong for several).
    #[arg(long, env = "SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,
    /// Reverse proxies in front of the site, comma-separated addresses or networks
    /// (`10.0.0.0/8,127.0.0.1`): from these peers, `X-Forwarded-For` names the client for rate
    /// limits. Empty by default, so a client cannot name itself.
    #[arg(long, env = "TRUSTED_PROXIES", value_delimiter = ',', value_parser = crate::http::client_ip::parse_proxy)]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// A JSON file listing the SMS gateways whose webhooks to answer (kind, short code,
    /// language, encoding, segment budget, throughput, and the name of the environment variable
    /// holding each one's secret). No SMS channel when not set.
    #[arg(long, env = "SMS_GATEWAYS")]
    pub sms_gateways: Option<std::path::PathBuf>,
    /// Working days (Monday to Friday) agencies have to answer a published comment.
    #[arg(long, env = "COMMENT_ANSWER_DAYS", default_value_t = crate::catalog::comments::DEFAULT_ANSWER_DAYS)]
    pub comment_answer_days: u32,
}

impl Default for ServeArgs {
    fn default() -> Self {
        Self {
            site_addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            site_root: "target/site".into(),
            demo: false,
            index_dir: None,
            public_url: "http://localhost:3000".into(),
            secret_key: None,
            trusted_proxies: Vec::new(),
            sms_gateways: None,
            comment_answer_days: crate::catalog::comments::DEFAULT_ANSWER_DAYS,
        }
    }
}
