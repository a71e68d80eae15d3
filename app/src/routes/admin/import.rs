//! `/{lang}/admin/agencies/{id}/import`: the upload form (format and file), and
//! `/{lang}/admin/agencies/{id}/import/{upload}`: the dry run of a stored upload, with the
//! confirmation, or the summary once imported. Plain forms (the upload is multipart), so the
//! whole journey works without JavaScript; a post sent back with an error answers 422.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::desk_parts::{Breadcrumb, enter, not_found};
use super::import_review::{Review, Summary};
use crate::admin::imports::{
    ImportForm, ImportFormat, ImportNotice, MAX_UPLOAD_BYTES, ReviewState, notice, use_imports,
};
use crate::admin::{StaffPass, imports::SharedImports};
use crate::components::{AccountHead, LocalizedText, set_status};
use crate::i18n::{current_locale, t, t_args};
use crate::locale::Locale;

/// `/{lang}/admin/agencies/{agency}/import{rest}`.
pub fn import_href(agency: i32, rest: &str) -> String {
    super::admin_href(&format!("/agencies/{agency}/import{rest}"))
}

fn param(name: &str) -> Option<String> {
    use_params_map().read_untracked().get(name)
}

/// What both import pages start from: the import service, the staff pass, the agency of the
/// address, the language, and the notice a post handed back.
struct Opened {
    imports: SharedImports,
    pass: StaffPass,
    agency: i32,
    locale: Locale,
    notice: Option<ImportNotice>,
}

/// The frame both import pages share: the member and the agency of the address checked (or
/// the page to show instead), a post's notice handed back (the page then answers 422); `page`
/// draws the rest.
fn import_frame<F, Fut>(page: F) -> impl IntoView
where
    F: FnOnce(Opened) -> Fut + Send + 'static,
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let agency = param("id").and_then(|id| id.parse::<i32>().ok());
    let notice = notice();
    if notice.is_some() {
        set_status(422);
    }
    let locale = current_locale();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let (_, pass) = match enter().await {
                    Ok(entered) => entered,
                    Err(other) => return other,
                };
                let Ok(imports) = use_imports() else {
                    return super::unavailable();
                };
                let Some(agency) = agency else {
                    return not_found();
                };
                page(Opened { imports, pass, agency, locale, notice }).await
            })}
        </Suspense>
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    import_frame(|opened| async move {
        match opened
            .imports
            .import_form(opened.locale, &opened.pass, opened.agency)
            .await
        {
            Ok(Some(form)) => view! { <UploadForm form=form notice=opened.notice/> }.into_any(),
            Ok(None) => not_found(),
            Err(_) => super::unavailable(),
        }
    })
}

fn format_option(format: ImportFormat, chosen: ImportFormat, invalid: bool) -> impl IntoView {
    let id = format!("import-format-{}", format.code());
    let hint = format!("{id}-hint");
    let described = if invalid {
        format!("{hint} import-format-error")
    } else {
        hint.clone()
    };
    view! {
        <div class="choice">
            <input type="radio" id=id.clone() name="format" value=format.code()
                checked=format == chosen aria-describedby=described/>
            <label for=id>{t(&format!("admin-import-format-{}", format.code()))}</label>
            <p class="hint" id=hint>{t(&format!("admin-import-format-{}-hint", format.code()))}</p>
        </div>
    }
}

#[component]
fn UploadForm(form: ImportForm, notice: Option<ImportNotice>) -> impl IntoView {
    let error = notice.as_ref().map(|n| n.error);
    let chosen = notice.and_then(|n| n.format).unwrap_or(ImportFormat::Csv);
    let format_error = error.filter(|key| *key == "admin-import-error-format");
    let file_error = error.filter(|key| *key != "admin-import-error-format");
    let megabytes = (MAX_UPLOAD_BYTES / (1024 * 1024)) as u64;
    let hint = t_args("admin-import-file-hint", &[("megabytes", megabytes.into())]);
    let options = ImportFormat::ALL
        .into_iter()
        .map(|format| format_option(format, chosen, format_error.is_some()))
        .collect_view();
    let export = super::admin_href(&format!("/agencies/{}/services.csv", form.agency_id));
    view! {
        <AccountHead key="admin-import-title"/>
        <Breadcrumb/>
        <h1>{t("admin-import-title")}</h1>
        {form.agency_name.map(|name| view! { <p class="lead"><LocalizedText text=name/></p> })}
        {error.map(|key| view! {
            <p class="notice error" role="alert" id="outcome">{t(key)}</p>
        })}
        <p>{t("admin-import-intro")}</p>
        <form method="post" action=import_href(form.agency_id, "") enctype="multipart/form-data">
            <fieldset aria-describedby=format_error.map(|_| "import-format-error")>
                <legend>{t("admin-import-format")}</legend>
                {options}
                {format_error.map(|key| view! { <p class="field-error" id="import-format-error">{t(key)}</p> })}
            </fieldset>
            <div class="field">
                <label for="import-file">{t("admin-import-file")}</label>
                <p class="hint" id="import-file-hint">{hint}</p>
                <input type="file" id="import-file" name="file" multiple=true
                    accept=".csv,.xml,.gz,text/csv,application/xml"
                    aria-invalid=file_error.map(|_| "true")
                    aria-describedby=match file_error {
                        Some(_) => "import-file-hint import-file-error",
                        None => "import-file-hint",
                    }/>
                {file_error.map(|key| view! { <p class="field-error" id="import-file-error">{t(key)}</p> })}
            </div>
            <button type="submit">{t("admin-import-dry-run")}</button>
        </form>
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">{t("admin-import-export-title")}</h2>
            <p>{t("admin-import-export-about")}</p>
            <p><a href=export download="">{t("admin-import-export-link")}</a></p>
        </section>
    }
}

#[component]
pub fn ImportReviewPage() -> impl IntoView {
    let upload = param("upload").unwrap_or_default();
    import_frame(move |opened| async move {
        let Opened {
            imports,
            pass,
            agency,
            locale,
            notice,
        } = opened;
        let review = match imports.review(locale, &pass, agency, &upload).await {
            Ok(Some(review)) => review,
            Ok(None) => return not_found(),
            Err(_) => return super::unavailable(),
        };
        let name = review.agency_name.clone();
        match review.state {
            ReviewState::Ready(run) => view! {
                <Review agency=agency name=name run=run notice=notice/>
            }
            .into_any(),
            ReviewState::Done(counts) => view! {
                <Summary agency=agency name=name counts=counts/>
            }
            .into_any(),
            ReviewState::Gone => {
                set_status(404);
                view! { <Gone agency=agency/> }.into_any()
            }
        }
    })
}

/// An upload that expired, was never made, or is another member's: the same answer.
#[component]
fn Gone(agency: i32) -> impl IntoView {
    view! {
        <AccountHead key="admin-import-gone-title"/>
        <Breadcrumb/>
        <h1>{t("admin-import-gone-title")}</h1>
        <p class="notice error" role="alert" id="outcome">{t("admin-import-gone")}</p>
        <p><a href=import_href(agency, "")>{t("admin-import-start-over")}</a></p>
    }
}
