//! The comment form for a signed-in citizen: a warning not to include personal data, the text
//! (with its limit), a trap field hidden from people and screen readers alike, and the signed
//! time the form was served. Posted plainly; every comment waits for moderation.

use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

use crate::i18n::{current_locale, format_integer, t, t_args};
use crate::model::MAX_COMMENT_CHARS;

#[component]
pub fn CommentForm(slug: String, stamp: String) -> impl IntoView {
    let locale = current_locale();
    let max = MAX_COMMENT_CHARS as u64;
    let hint = t_args(
        "comment-hint",
        &[("max", FluentValue::from(format_integer(locale, max)))],
    );
    view! {
        <form class="comment-form" method="post" action=format!("/{}/comments", locale.code())>
            <input type="hidden" name="service" value=slug/>
            <input type="hidden" name="stamp" value=stamp/>
            <p class="notice" id="comment-privacy">{t("comment-privacy")}</p>
            <div class="field">
                <label for="comment-body">{t("comment-label")}</label>
                <p class="hint" id="comment-hint">{hint}</p>
                <textarea id="comment-body" name="body" rows="6" required=true
                    maxlength=MAX_COMMENT_CHARS.to_string()
                    aria-describedby="comment-hint comment-privacy"></textarea>
            </div>
            // Out of sight and out of the accessibility tree (`hidden`): only scripts fill it in.
            <div class="comment-trap" hidden=true>
                <label for="comment-website">{t("comment-trap-label")}</label>
                <input id="comment-website" type="text" name="website" tabindex="-1" autocomplete="off"/>
            </div>
            <p class="hint">{t("comment-moderated")}</p>
            <button type="submit" class="button primary">{t("comment-submit")}</button>
        </form>
    }
}
