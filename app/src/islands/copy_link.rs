//! "Copy link": the page address to the clipboard, announced politely.

use leptos::prelude::*;

/// "Copy link": copies the page address and announces the result politely. It stays hidden
/// until wasm has loaded, because without it the button could do nothing.
#[island]
pub fn CopyLink(heading: String, label: String, copied: String, failed: String) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let on_click = move |_| copy_page_address(copied.clone(), failed.clone(), set_status);
    view! {
        <section class="share" aria-labelledby="share-heading" hidden=move || !ready.get()>
            <h2 id="share-heading">{heading}</h2>
            <button type="button" class="button" on:click=on_click>{label}</button>
            <span class="copy-status" role="status" aria-live="polite">{move || status.get()}</span>
        </section>
    }
}

#[cfg(feature = "hydrate")]
fn copy_page_address(copied: String, failed: String, set_status: WriteSignal<String>) {
    let Some(window) = web_sys::window() else {
        set_status.set(failed);
        return;
    };
    let href = window.location().href().unwrap_or_default();
    let promise = window.navigator().clipboard().write_text(&href);
    leptos::task::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        set_status.set(if result.is_ok() { copied } else { failed });
    });
}

/// On the server the button is never clicked; this keeps one signature for both builds.
#[cfg(not(feature = "hydrate"))]
fn copy_page_address(_copied: String, _failed: String, _set_status: WriteSignal<String>) {}
