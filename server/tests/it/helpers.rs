//! A fresh database per test and the app serving it on a random port.

mod postgres;

use std::net::SocketAddr;
use std::path::PathBuf;

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use server::search::SearchIndex;
use server::sms::gateways::SmsGateways;

pub use postgres::Backend;

pub async fn test_database(backend: Backend) -> postgres::TestDatabase {
    postgres::TestDatabase::create(backend).await
}

pub fn postgres_unreachable() -> postgres::TestDatabase {
    postgres::TestDatabase::unreachable()
}

/// Runs a test body once per backend, each in its own test so failures say which one broke.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$body($crate::helpers::Backend::Sqlite).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$body($crate::helpers::Backend::Postgres).await
            }
        }
    };
}

pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A new, migrated test database and a connection to it.
async fn fresh_database(backend: Backend) -> (postgres::TestDatabase, DatabaseConnection) {
    let database = postgres::TestDatabase::create(backend).await;
    let db = server::db::connect(&database.url).await.expect("connect");
    server::db::migrate(&db).await.expect("migrate");
    (database, db)
}

pub struct TestApp {
    pub address: SocketAddr,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub index: Arc<SearchIndex>,
    /// Kept alive with the app: dropping it drops the test database.
    _database: postgres::TestDatabase,
}

impl TestApp {
    /// An app on a fresh, migrated, empty database.
    pub async fn empty(backend: Backend) -> TestApp {
        let (database, db) = fresh_database(backend).await;
        Self::serve(database, db).await
    }

    /// An app whose catalogue holds the gov.br and HSDS fixtures, indexed.
    pub async fn with_fixtures(backend: Backend) -> TestApp {
        Self::empty(backend).await.load_fixtures().await
    }

    async fn load_fixtures(self) -> TestApp {
        self.import(server::cli::ImportFormat::Govbr, "govbr")
            .await
            .expect("govbr fixture imports");
        self.import(server::cli::ImportFormat::Hsds, "hsds")
            .await
            .expect("hsds fixture imports");
        self.follow_changes().await;
        self
    }

    /// Another server on the same database, with its own index following the change feed,
    /// as a second instance behind a load balancer.
    pub async fn second_instance(&self) -> TestApp {
        let database = self._database.shared();
        let db = server::db::connect(&database.url).await.expect("connect");
        let app = Self::serve(database, db).await;
        let (index, db) = (Arc::clone(&app.index), app.db.clone());
        tokio::spawn(server::search::follow_changes(
            index,
            db,
            std::time::Duration::from_millis(200),
        ));
        app
    }

    /// Applies the changes recorded since the index was built, as the server's loop does.
    pub async fn follow_changes(&self) -> usize {
        let mut applied = server::search::Applied::default();
        server::search::catch_up(&self.index, &self.db, &mut applied)
            .await
            .expect("index follows changes")
    }

    /// An app on an empty database that trusts `X-Forwarded-For` from the test's own address,
    /// as a site behind a reverse proxy on the same host.
    pub async fn empty_behind_proxy(backend: Backend) -> TestApp {
        let (database, db) = fresh_database(backend).await;
        let loopback = server::http::client_ip::parse_proxy("127.0.0.1").expect("proxy");
        Self::serve_with(database, db, vec![loopback], SmsGateways::default()).await
    }

    pub async fn serve(database: postgres::TestDatabase, db: DatabaseConnection) -> TestApp {
        Self::serve_with(database, db, Vec::new(), SmsGateways::default()).await
    }

    /// An app whose catalogue holds the gov.br and HSDS fixtures, answering these SMS gateways.
    pub async fn with_fixtures_and_sms(backend: Backend, gateways: SmsGateways) -> TestApp {
        let (database, db) = fresh_database(backend).await;
        let app = Self::serve_with(database, db, Vec::new(), gateways).await;
        app.load_fixtures().await
    }

    async fn serve_with(
        database: postgres::TestDatabase,
        db: DatabaseConnection,
        proxies: Vec<ipnet::IpNet>,
        gateways: SmsGateways,
    ) -> TestApp {
        server::serve::install_crypto_provider();
        let index = SearchIndex::open(None).expect("search index");
        // A database that is down leaves the index unbuilt, as on a real server.
        if server::search::rebuild(&index, &db).await.is_ok() {
            index.compact().expect("the index merges");
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("address");
        let router = router_for(&db, &index, address, proxies, gateways);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp {
            address,
            client,
            db,
            index,
            _database: database,
        }
    }

    pub async fn import(
        &self,
        format: server::cli::ImportFormat,
        fixture_path: &str,
    ) -> Result<server::import::ImportSummary, server::import::ImportError> {
        server::import::run(&self.db, format, &fixture(fixture_path), false).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    /// The status and body of a GET.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }
}

/// The app's router on this database and index, as the server builds it.
pub fn router_for(
    db: &DatabaseConnection,
    index: &Arc<SearchIndex>,
    address: SocketAddr,
    proxies: Vec<ipnet::IpNet>,
    gateways: SmsGateways,
) -> axum::Router {
    let options = server::http::leptos_options("target/site", address);
    let auth = server::auth::Auth::new(
        db.clone(),
        "http://localhost:3000",
        server::auth::secrets::random_key(),
    )
    .expect("auth settings")
    .with_trusted_proxies(proxies);
    server::http::router_with_sms(db.clone(), options, Arc::clone(index), auth, gateways)
}

pub async fn count(db: &DatabaseConnection, table: &str) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await
        .expect("count query")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("a number")
}

pub async fn count_where(db: &DatabaseConnection, table: &str, column: &str, value: &str) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = $1"),
            [value.into()],
        ))
        .await
        .expect("count query")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("a number")
}
