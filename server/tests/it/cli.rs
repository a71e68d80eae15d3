//! The `server` binary's commands, as an operator runs them: exit codes and reports.

use std::process::Command;

use crate::helpers::{Backend, fixture};
use crate::on_both_backends;

fn server(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the server binary runs")
}

async fn import_reports_and_exits_non_zero_on_bad_files(backend: Backend) {
    let database = crate::helpers::test_database(backend).await;
    let malformed = fixture("govbr-malformed");
    let output = server(
        &database.url,
        &["import", "--format", "govbr", &malformed.to_string_lossy()],
    );
    assert_eq!(output.status.code(), Some(1), "a bad file is a failure");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.xml: record -: malformed XML"), "{stderr}");
    assert!(
        stderr.contains("sem-nome.xml: record dbId 7100: missing <nome>"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");

    let good = fixture("govbr");
    let output = server(
        &database.url,
        &["import", "--format", "govbr", &good.to_string_lossy()],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("services: 2 created, 0 updated, 0 unchanged"),
        "{stdout}"
    );
    let output = server(
        &database.url,
        &["import", "--format", "govbr", &good.to_string_lossy()],
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("services: 0 created, 0 updated, 2 unchanged"));

    let output = server(&database.url, &["import", "--format", "xml", "x"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unknown format is a usage error"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid value 'xml'"));
}
on_both_backends!(import_command, import_reports_and_exits_non_zero_on_bad_files);

async fn migrate_applies_and_can_run_again(backend: Backend) {
    let database = crate::helpers::test_database(backend).await;
    for _ in 0..2 {
        let output = server(&database.url, &["migrate"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
on_both_backends!(migrate_command, migrate_applies_and_can_run_again);

async fn create_admin_prints_a_single_use_invitation(backend: Backend) {
    let database = crate::helpers::test_database(backend).await;
    let output = server(
        &database.url,
        &[
            "create-admin",
            "--email",
            "First.Admin@gov.example",
            "--public-url",
            "https://gov.example/",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let link = stdout
        .lines()
        .find(|line| line.starts_with("https://gov.example/en/staff/invitation/"));
    let token = link.expect("an invitation link").rsplit('/').next().unwrap();
    assert_eq!(token.len(), 22, "128 random bits");
    let db = server::db::connect(&database.url).await.unwrap();
    use sea_orm::EntityTrait;
    let stored = server::db::entities::staff_invitation::Entity::find()
        .all(&db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].email, "first.admin@gov.example");
    assert_eq!(stored[0].role, "platform_admin");
    assert_ne!(stored[0].token_hash, token, "only the token's hash is kept");

    let refused = server(&database.url, &["create-admin", "--email", "nobody"]);
    assert!(!refused.status.success(), "a malformed address is refused");
}
on_both_backends!(create_admin, create_admin_prints_a_single_use_invitation);
