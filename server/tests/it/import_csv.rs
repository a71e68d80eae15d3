//! The CSV template importer: what a good file shows, that a re-run writes nothing, that the
//! way spreadsheets save files is tolerated, and that bad rows write nothing and say why.

use crate::helpers::{Backend, TestApp, count, fixture};
use crate::on_both_backends;
use server::cli::ImportFormat;

const TABLES: [&str; 10] = [
    "services",
    "agencies",
    "jurisdictions",
    "translations",
    "service_steps",
    "service_documents",
    "service_costs",
    "service_channels",
    "service_points",
    "service_terms",
];

async fn counts(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in TABLES {
        counts.push(count(&app.db, table).await);
    }
    counts
}

async fn imports_renders_and_then_changes_nothing(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let first = app
        .import(ImportFormat::Csv, "csv/services.csv")
        .await
        .expect("imports");
    assert_eq!(first.write.services.created, 4);
    assert_eq!(first.write.agencies.created, 3, "one agency named on two rows");
    assert_eq!(
        count(&app.db, "service_points").await,
        1,
        "one office address, one point"
    );
    let before = counts(&app).await;
    let second = app
        .import(ImportFormat::Csv, "csv/services.csv")
        .await
        .expect("imports again");
    assert_eq!(second.write.services.unchanged, 4);
    assert_eq!(second.write.services.created + second.write.services.updated, 0);
    assert_eq!(second.write.agencies.unchanged, 3);
    assert_eq!(before, counts(&app).await, "a second run writes nothing");

    let (status, body) = app.page("/es/services/alta-en-el-padron-municipal").await;
    assert_eq!(status, 200);
    for shown in [
        "Alta en el padrón municipal",
        "<strong>padrón municipal</strong>",
        "Contrato de alquiler o escritura de la vivienda",
        "Adjunte los documentos.",
        "Plaza Mayor 1, 28999 Villaejemplo",
        "https://sede.villaejemplo.example/padron/alta",
        "empadronarse",
        "Ayuntamiento de Villaejemplo",
    ] {
        assert!(body.contains(shown), "the service page shows {shown:?}");
    }
    let (status, body) = app.page("/es/services/licencia-obra-menor").await;
    assert_eq!(status, 200, "a slug given in the file is the address");
    assert!(body.contains("Tasa por licencia urbanística"));
    let (status, _) = app.page("/en/services/apply-for-a-fishing-licence").await;
    assert_eq!(status, 200);
}
on_both_backends!(csv_template, imports_renders_and_then_changes_nothing);

async fn tolerates_bom_semicolons_and_spaces(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let good = std::fs::read_to_string(fixture("csv/services.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(good.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(|h| format!(" {h} "))
        .collect();
    let mut text = format!("\u{feff}{}\r\n", header.join(";"));
    for record in reader.records() {
        let cells: Vec<String> = record
            .unwrap()
            .iter()
            .map(|cell| format!("\"  {}  \"", cell.replace('"', "\"\"")))
            .collect();
        text.push_str(&cells.join(";"));
        text.push_str("\r\n;;;\r\n");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("excel.csv");
    std::fs::write(&path, text).unwrap();
    let summary = server::import::run(&app.db, ImportFormat::Csv, &path, false)
        .await
        .expect("a spreadsheet's CSV imports");
    assert_eq!(summary.write.services.created, 4);
    let again = app
        .import(ImportFormat::Csv, "csv/services.csv")
        .await
        .expect("imports");
    assert_eq!(
        again.write.services.unchanged, 4,
        "same content, however it was saved"
    );
}
on_both_backends!(csv_spreadsheet_quirks, tolerates_bom_semicolons_and_spaces);

async fn bad_rows_import_nothing_and_say_where(backend: Backend) {
    let app = TestApp::empty(backend).await;
    let error = app
        .import(ImportFormat::Csv, "csv/malformed.csv")
        .await
        .expect_err("refused");
    let message = error.to_string();
    for expected in [
        "4 problem(s) found, nothing was imported",
        "malformed.csv: record m2 (line 3): level \"federal\" is not national, state or municipal",
        "malformed.csv: record m3 (line 4): empty required field `name`",
        "malformed.csv: record m4 (line 5): language \"de\" is not one of es, pt, en, fr",
        "malformed.csv: record m5 (line 6): cost \"12 euros\" is not free, variable or an amount",
    ] {
        assert!(message.contains(expected), "{expected:?} in:\n{message}");
    }
    assert!(!message.contains("record m1"), "the good row is not blamed");
    assert_eq!(
        count(&app.db, "services").await,
        0,
        "the good row was not written either"
    );
    assert_eq!(count(&app.db, "agencies").await, 0);
    assert_eq!(count(&app.db, "jurisdictions").await, 0);

    let error = app
        .import(ImportFormat::Csv, "csv")
        .await
        .expect_err("a folder is refused");
    assert!(error.to_string().contains("expected a .csv file"), "{error}");
}
on_both_backends!(csv_malformed, bad_rows_import_nothing_and_say_where);
