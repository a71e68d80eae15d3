//! Field-by-field differences between two snapshots, for the admin page: each change is a path
//! (`texts.name.es`, `channels.1.url`), the value before and the value after (`None` when the
//! field was added or removed). Lists are compared by position.

use serde::Serialize;
use serde_json::Value;

use super::snapshot::ServiceSnapshot;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub path: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

pub fn diff(before: &ServiceSnapshot, after: &ServiceSnapshot) -> Vec<Change> {
    let mut changes = Vec::new();
    let (Ok(before), Ok(after)) = (serde_json::to_value(before), serde_json::to_value(after)) else {
        // Plain data always serializes; were it not to, no difference is claimed.
        return changes;
    };
    walk(String::new(), Some(&before), Some(&after), &mut changes);
    changes
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(path: String, before: Option<&Value>, after: Option<&Value>, changes: &mut Vec<Change>) {
    match (before, after) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                walk(join(&path, key), a.get(key), b.get(key), changes);
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) => {
            for index in 0..a.len().max(b.len()) {
                walk(
                    join(&path, &index.to_string()),
                    a.get(index),
                    b.get(index),
                    changes,
                );
            }
        }
        (a, b) if a == b => {}
        (a, b) => {
            // A null and a missing field mean the same here: nothing.
            let present = |v: Option<&Value>| v.filter(|v| !v.is_null()).cloned();
            let (before, after) = (present(a), present(b));
            if before != after {
                changes.push(Change { path, before, after });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editorial::snapshot::ChannelPart;
    use serde_json::json;

    fn named(name: &str) -> ServiceSnapshot {
        let mut snapshot = ServiceSnapshot {
            main_locale: "es".to_owned(),
            ..Default::default()
        };
        snapshot
            .texts
            .entry("name".to_owned())
            .or_default()
            .insert("es".to_owned(), name.to_owned());
        snapshot
    }

    #[test]
    fn identical_snapshots_have_no_differences() {
        assert!(diff(&named("A"), &named("A")).is_empty());
    }

    #[test]
    fn changed_added_and_removed_fields_are_listed_by_path() {
        let before = named("Pasaporte");
        let mut after = named("Pasaporte nuevo");
        after
            .texts
            .entry("name".to_owned())
            .or_default()
            .insert("pt".to_owned(), "Passaporte".to_owned());
        after.start_url = Some("https://example.gov/start".to_owned());
        after.channels.push(ChannelPart {
            kind: "web".to_owned(),
            ..Default::default()
        });
        let changes = diff(&before, &after);
        let paths: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(
            paths,
            ["channels.0", "start_url", "texts.name.es", "texts.name.pt"]
        );
        assert_eq!(changes[2].before, Some(json!("Pasaporte")));
        assert_eq!(changes[2].after, Some(json!("Pasaporte nuevo")));
        assert_eq!(changes[3].before, None);
        assert_eq!(changes[1].before, None, "null and missing are both nothing");
        let back = diff(&after, &before);
        assert_eq!(back.len(), 4);
        assert_eq!(back[0].after, None);
    }
}
