//! The search box. Server-rendered it is a plain GET form; once wasm has loaded it becomes an
//! ARIA 1.2 combobox offering service names as the person types (from `/api/v1/suggest`).
//! Arrow keys move through the list, Enter opens the chosen service, Escape closes the list.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Strings and addresses the island needs, all decided by the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchBoxText {
    pub action: String,
    pub lang: String,
    pub label: String,
    pub button: String,
    pub value: String,
    pub listbox_label: String,
    pub available: String,
    pub none: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Option_ {
    pub name: String,
    pub url: String,
    pub lang: String,
}

/// Characters typed before suggestions are asked for.
const MIN_CHARS: usize = 2;

#[island]
pub fn SearchBox(text: SearchBoxText) -> impl IntoView {
    let (enhanced, set_enhanced) = signal(false);
    let (options, set_options) = signal(Vec::<Option_>::new());
    let (active, set_active) = signal(None::<usize>);
    let (open, set_open) = signal(false);
    let (status, set_status) = signal(String::new());
    let requests = StoredValue::new(0u32);
    Effect::new(move |_| set_enhanced.set(true));

    let lang = text.lang.clone();
    let (available, none) = (text.available.clone(), text.none.clone());
    let on_input = move |event: leptos::ev::Event| {
        let typed = event_target_value(&event);
        requests.update_value(|n| *n += 1);
        let request = requests.get_value();
        if typed.trim().chars().count() < MIN_CHARS {
            set_open.set(false);
            set_options.set(Vec::new());
            return;
        }
        let url = format!("/api/v1/suggest?lang={}&q={}", lang, encode(&typed));
        let (available, none) = (available.clone(), none.clone());
        leptos::task::spawn_local(async move {
            let found = fetch_suggestions(&url).await.unwrap_or_default();
            // A slower answer to an older keystroke must not replace a newer one.
            if requests.get_value() != request {
                return;
            }
            set_status.set(if found.is_empty() { none } else { available });
            set_open.set(!found.is_empty());
            set_active.set(None);
            set_options.set(found);
        });
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = options.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                if let (true, Some(index)) = (open.get_untracked(), active.get_untracked()) {
                    event.prevent_default();
                    if let Some(option) = options.with_untracked(|o| o.get(index).cloned()) {
                        navigate(&option.url);
                    }
                }
            }
            "Escape" if open.get_untracked() => {
                event.prevent_default();
                set_open.set(false);
                set_active.set(None);
            }
            _ => {}
        }
    };
    let option_id = |index: usize| format!("site-search-option-{index}");
    let listbox = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, option)| {
                let selected = move || active.get() == Some(index);
                let url = option.url.clone();
                view! {
                    <li id=option_id(index) role="option" lang=option.lang.clone() aria-selected=move || selected().to_string()
                        class:active=selected on:mousedown=move |event| { event.prevent_default(); navigate(&url); }>
                        {option.name.clone()}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <form class="search" role="search" method="get" action=text.action.clone()>
            <label for="site-search">{text.label.clone()}</label>
            <div class="search-row combobox">
                <input id="site-search" type="search" name="q" value=text.value.clone() maxlength="500"
                    autocomplete="off" enterkeyhint="search"
                    role=move || enhanced.get().then_some("combobox")
                    aria-autocomplete=move || enhanced.get().then_some("list")
                    aria-controls=move || enhanced.get().then_some("site-search-listbox")
                    aria-expanded=move || enhanced.get().then(|| (open.get() && options.with(|o| !o.is_empty())).to_string())
                    aria-activedescendant=move || active.get().map(option_id)
                    on:input=on_input on:keydown=on_keydown on:blur=move |_| set_open.set(false)/>
                <button type="submit">{text.button.clone()}</button>
                <ul id="site-search-listbox" role="listbox" aria-label=text.listbox_label.clone()
                    hidden=move || !(open.get() && options.with(|o| !o.is_empty()))>
                    {listbox}
                </ul>
            </div>
            <span class="visually-hidden" role="status">{move || status.get()}</span>
        </form>
    }
}

/// Percent-encodes a query component.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3);
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(char::from(byte)),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(feature = "hydrate")]
fn navigate(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}

#[cfg(not(feature = "hydrate"))]
fn navigate(_url: &str) {}

#[cfg(feature = "hydrate")]
async fn fetch_suggestions(url: &str) -> Option<Vec<Option_>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    #[derive(Deserialize)]
    struct Body {
        suggestions: Vec<Option_>,
    }
    serde_json::from_str::<Body>(&text)
        .ok()
        .map(|body| body.suggestions)
}

#[cfg(not(feature = "hydrate"))]
async fn fetch_suggestions(_url: &str) -> Option<Vec<Option_>> {
    None
}
