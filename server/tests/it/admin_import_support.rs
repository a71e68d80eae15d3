//! Files and posts for the import tests: a CSV in the template with one row per service, and a
//! multipart body as a browser sends the upload form.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::db::entities::service;

use crate::auth_support::{Answer, Browser};
use crate::helpers::TestApp;

const BOUNDARY: &str = "XyZzyImportBoundary7";

pub const HEADER: &str = "source_id,slug,language,name,summary,description,agency_id,agency_name,level,\
country_code,country_name,fully_online,start_url,cost,processing_time,documents,steps,channels,keywords,topics";

/// A valid row: a national Spanish service named `name`, naming an agency that is not the one
/// it is imported into.
pub fn row(id: &str, slug: &str, name: &str) -> String {
    format!(
        "{id},{slug},es,{name},Pida la licencia en línea.,\"El **zorblax** es un animal.\nVea https://sede.example.es/zorblax_1.\",\
ayto-otro,Ayuntamiento de Otro Sitio,national,ES,España,yes,https://sede.example.es/{id},12.50 EUR,10 working_days,\
DNI|Foto reciente,Rellene el formulario.|Pague la tasa.,web:https://sede.example.es/{id}|phone:010|office:Plaza Mayor 1,\
zorblax|licencia,Vivienda"
    )
}

/// A row the importer refuses: `federal` is no level.
pub fn bad_row(id: &str) -> String {
    format!("{id},,es,Mal servicio,,,ayto-otro,Ayuntamiento de Otro Sitio,federal,ES,España,,,,,,,,,")
}

pub fn csv(rows: &[String]) -> String {
    let mut text = HEADER.to_owned();
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text.push('\n');
    text
}

/// The body and content type of the upload form with `format` and `files` (name, content).
pub fn multipart(format: &str, files: &[(&str, &str)]) -> (String, String) {
    let mut body =
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n{format}\r\n");
    for (name, content) in files {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: text/csv\r\n\r\n{content}\r\n"
        ));
    }
    body.push_str(&format!("--{BOUNDARY}--\r\n"));
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

pub fn import_path(agency: i32) -> String {
    format!("/en/admin/agencies/{agency}/import")
}

/// Uploads `content` as a CSV file.
pub async fn upload(browser: &mut Browser<'_>, agency: i32, content: &str) -> Answer {
    let (content_type, body) = multipart("csv", &[("services.csv", content)]);
    browser.post_raw(&import_path(agency), &content_type, &body).await
}

pub fn text(answer: &Answer) -> String {
    answer.body.as_str().unwrap_or_default().to_owned()
}

/// A published service of `agency` (the fixtures publish every service they hold).
pub async fn published_of(app: &TestApp, agency: i32) -> service::Model {
    service::Entity::find()
        .filter(service::Column::AgencyId.eq(agency))
        .filter(service::Column::Status.eq("published"))
        .order_by_asc(service::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the fixtures publish services in every agency")
}

pub async fn by_source(app: &TestApp, source_id: &str) -> Option<service::Model> {
    service::Entity::find()
        .filter(service::Column::SourceId.eq(source_id))
        .one(&app.db)
        .await
        .unwrap()
}

/// A multipart POST written by hand, as a browser streaming a big file: the head (declaring
/// `declared` bytes, or chunked), then `body` bytes of one file part until the server stops
/// reading. Returns the status and text of the answer; the server may close early, so write
/// errors end the body instead of failing.
pub async fn raw_upload(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    declared: Option<usize>,
    body: usize,
) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(app.address).await.unwrap();
    let length = match declared {
        Some(length) => format!("Content-Length: {length}\r\n"),
        None => "Transfer-Encoding: chunked\r\n".to_owned(),
    };
    let cookie = cookie
        .map(|token| format!("Cookie: __Host-session={token}\r\n"))
        .unwrap_or_default();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nSec-Fetch-Site: same-origin\r\n{cookie}{length}\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n\r\n",
        app.address
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    if declared.is_none() {
        let part = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"
        );
        let mut sent = 0;
        let mut chunk = part.into_bytes();
        while sent < body {
            chunk.resize(64 * 1024, b'x');
            let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
            if stream.write_all(&framed).await.is_err() {
                break;
            }
            sent += chunk.len();
            chunk.clear();
        }
        let _ = stream.write_all(b"0\r\n\r\n").await;
    }
    let mut answer = Vec::new();
    // The server answers and closes; a reset after the answer still leaves it in `answer`.
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stream.read_to_end(&mut answer),
    )
    .await;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.get(9..12).and_then(|code| code.parse().ok()).unwrap_or(0);
    (status, text)
}
