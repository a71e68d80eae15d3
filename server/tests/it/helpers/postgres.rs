//! Test databases: a temporary SQLite file, or a database of its own on PostgreSQL, dropped when
//! the test ends. Without `TEST_DATABASE_URL`, a throwaway cluster is started from Debian's
//! PostgreSQL binaries for the whole test run and stopped when the run exits.

use std::process::{Child, Command};
use std::sync::{Mutex, OnceLock};

use sea_orm::{ConnectionTrait, Database};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestDatabase {
    pub url: String,
    admin_url: Option<String>,
    name: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    pub async fn create(backend: Backend) -> TestDatabase {
        let name = format!("t_{}", unique_suffix());
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}/{name}.db?mode=rwc", dir.path().display());
                TestDatabase {
                    url,
                    admin_url: None,
                    name,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => {
                let admin_url = admin_url();
                let admin = Database::connect(&admin_url)
                    .await
                    .expect("connect to PostgreSQL as admin");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                    .await
                    .expect("create database");
                admin.close().await.ok();
                let url = with_database(&admin_url, &name);
                TestDatabase {
                    url,
                    admin_url: Some(admin_url),
                    name,
                    _dir: None,
                }
            }
        }
    }

    /// The same database, for a second app; only the original drops it.
    pub fn shared(&self) -> TestDatabase {
        TestDatabase {
            url: self.url.clone(),
            admin_url: None,
            name: self.name.clone(),
            _dir: None,
        }
    }

    /// A URL whose server does not answer: what a down database looks like.
    pub fn unreachable() -> TestDatabase {
        TestDatabase {
            url: "postgres://postgres@127.0.0.1:1/none".to_owned(),
            admin_url: None,
            name: String::new(),
            _dir: None,
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(admin_url) = self.admin_url.clone() else {
            return;
        };
        let name = self.name.clone();
        // Drop runs outside async: a short-lived runtime on its own thread does the cleanup.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                return;
            };
            runtime.block_on(async {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

fn unique_suffix() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}

fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map(|(b, q)| (b, Some(q)))
        .unwrap_or((url, None));
    let server = base.rsplit_once('/').map(|(server, _)| server).unwrap_or(base);
    match query {
        Some(query) => format!("{server}/{name}?{query}"),
        None => format!("{server}/{name}"),
    }
}

fn admin_url() -> String {
    if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
        return url;
    }
    static CLUSTER: OnceLock<String> = OnceLock::new();
    CLUSTER.get_or_init(start_cluster).clone()
}

struct Cluster {
    postmaster: Child,
    dir: tempfile::TempDir,
    bin: std::path::PathBuf,
}

static CLUSTER_PROCESS: Mutex<Option<Cluster>> = Mutex::new(None);

/// Runs when the test process exits: a fast shutdown, then the folder goes.
extern "C" fn stop_cluster() {
    if let Ok(mut guard) = CLUSTER_PROCESS.lock()
        && let Some(mut cluster) = guard.take()
    {
        let data = cluster.dir.path().join("data");
        let _ = as_cluster_owner(cluster.bin.join("pg_ctl"), cluster.dir.path())
            .args(["-D", &data.to_string_lossy(), "-m", "fast", "-w", "stop"])
            .output();
        let _ = cluster.postmaster.wait();
    }
}

fn postgres_bin() -> std::path::PathBuf {
    let root = std::path::Path::new("/usr/lib/postgresql");
    let mut versions: Vec<_> = std::fs::read_dir(root)
        .expect("Debian PostgreSQL binaries in /usr/lib/postgresql")
        .flatten()
        .map(|e| e.path())
        .collect();
    versions.sort();
    versions.pop().expect("a PostgreSQL version").join("bin")
}

/// PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user, who is
/// given the cluster's folder.
fn as_cluster_owner(program: std::path::PathBuf, dir: &std::path::Path) -> Command {
    if unsafe { libc::geteuid() } != 0 {
        return Command::new(program);
    }
    let name = std::ffi::CString::new("postgres").expect("a C string");
    let user = unsafe { libc::getpwnam(name.as_ptr()) };
    assert!(
        !user.is_null(),
        "running as root needs a `postgres` user (Debian's postgresql package creates it)"
    );
    let (uid, gid) = unsafe { ((*user).pw_uid, (*user).pw_gid) };
    std::os::unix::fs::chown(dir, Some(uid), Some(gid)).expect("give the cluster folder to postgres");
    let mut command = Command::new("runuser");
    command.args(["-u", "postgres", "--"]).arg(program);
    command
}

// The postmaster outlives this function on purpose; `stop_cluster` waits for it at exit.
#[allow(clippy::zombie_processes)]
fn start_cluster() -> String {
    let bin = postgres_bin();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let port = {
        let socket = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
        socket.local_addr().expect("port").port()
    };
    let status = as_cluster_owner(bin.join("initdb"), dir.path())
        .args([
            "-D",
            &data.to_string_lossy(),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ])
        .output()
        .expect("initdb runs");
    assert!(
        status.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let postmaster = as_cluster_owner(bin.join("postgres"), dir.path())
        .args([
            "-D",
            &data.to_string_lossy(),
            "-p",
            &port.to_string(),
            "-h",
            "127.0.0.1",
            "-k",
            &dir.path().to_string_lossy(),
        ])
        .args([
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("postgres starts");
    if let Ok(mut guard) = CLUSTER_PROCESS.lock() {
        *guard = Some(Cluster { postmaster, dir, bin });
    }
    unsafe { libc::atexit(stop_cluster) };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            std::thread::sleep(std::time::Duration::from_millis(200));
            return format!("postgres://postgres@127.0.0.1:{port}/postgres");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("temporary PostgreSQL cluster did not start");
}
