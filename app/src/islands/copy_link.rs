//! "Copy link": the page's address to the clipboard, announced politely.

use leptos::prelude::*;

/// "Copy link": copies `url` (the page's canonical address, without any outcome a form left in
/// the address bar) and announces the result politely. It stays hidden until wasm has loaded,
/// because without it the button could do nothing; the share links beside it work without it.
#[island]
pub fn CopyLink(url: String, label: String, copied: String, failed: String) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let on_click = move |_| copy_address(url.clone(), copied.clone(), failed.clone(), set_status);
    view! {
        <p class="copy-link" hidden=move || !ready.get()>
            <button type="button" class="button" on:click=on_click>{label}</button>
            <span class="copy-status" role="status" aria-live="polite">{move || status.get()}</span>
        </p>
    }
}

#[cfg(feature = "hydrate")]
fn copy_address(url: String, copied: String, failed: String, set_status: WriteSignal<String>) {
    let Some(window) = web_sys::window() else {
        set_status.set(failed);
        return;
    };
    let promise = window.navigator().clipboard().write_text(&url);
    leptos::task::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        set_status.set(if result.is_ok() { copied } else { failed });
    });
}

/// On the server the button is never clicked; this keeps one signature for both builds.
#[cfg(not(feature = "hydrate"))]
fn copy_address(_url: String, _copied: String, _failed: String, _set_status: WriteSignal<String>) {}
