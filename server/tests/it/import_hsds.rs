//! The HSDS importer, on a small package with the source's mess.

use crate::helpers::{Backend, TestApp, count};
use crate::on_both_backends;
use server::cli::ImportFormat;

async fn imports_a_messy_package_idempotently(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let first = app.import(ImportFormat::Hsds, "hsds").await.expect("imports");
    assert_eq!(first.write.services.created, 3);
    assert_eq!(
        first.write.agencies.created, 3,
        "a provider only in locations.csv becomes an agency"
    );
    assert_eq!(count(&app.db, "service_points").await, 1);
    assert_eq!(
        count(&app.db, "opening_hours").await,
        2,
        "an unknown weekday is skipped, not fatal"
    );
    let second = app
        .import(ImportFormat::Hsds, "hsds")
        .await
        .expect("imports again");
    assert_eq!(second.write.services.unchanged, 3);
    assert_eq!(count(&app.db, "service_points").await, 1);
    let (_, body) = app
        .page("/en/agencies/florida-department-of-children-and-families")
        .await;
    assert!(body.contains("State government"), "level read from the name");
}
on_both_backends!(hsds_package, imports_a_messy_package_idempotently);

async fn a_file_that_is_not_a_package_is_refused(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let error = app
        .import(
            ImportFormat::Hsds,
            "govbr/conteudo/orgaos/ministerio-de-teste.xml",
        )
        .await
        .expect_err("refused");
    assert!(error.to_string().contains("folder of CSV files"), "{error}");
    let error = app
        .import(ImportFormat::Hsds, "govbr")
        .await
        .expect_err("refused");
    assert!(
        error
            .to_string()
            .contains("organizations.csv: record -: required file is missing"),
        "{error}"
    );
    assert_eq!(count(&app.db, "services").await, 0);
}
on_both_backends!(not_a_package, a_file_that_is_not_a_package_is_refused);
