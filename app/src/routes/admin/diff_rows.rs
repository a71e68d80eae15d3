//! A differences table (field, before, after), shared by the versions page and the editor's
//! conflict notice; each says what an absent value reads as.

use leptos::prelude::*;

use crate::admin::editorial::ChangeLine;

#[component]
pub fn DiffRows(
    /// The table's id (a fragment tests and links use).
    id: &'static str,
    caption: String,
    /// The three column headings: field, before, after.
    columns: [String; 3],
    changes: Vec<ChangeLine>,
    /// What a value that is not there reads as.
    empty: String,
) -> impl IntoView {
    let rows = changes
        .into_iter()
        .map(|change| {
            let or_empty = |value: Option<String>| value.unwrap_or_else(|| empty.clone());
            view! {
                <tr>
                    <th scope="row"><code>{change.path}</code></th>
                    <td>{or_empty(change.before)}</td>
                    <td>{or_empty(change.after)}</td>
                </tr>
            }
        })
        .collect_view();
    let [field, before, after] = columns;
    view! {
        <div class="table-scroll" tabindex="0">
            <table id=id>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{field}</th>
                    <th scope="col">{before}</th>
                    <th scope="col">{after}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
