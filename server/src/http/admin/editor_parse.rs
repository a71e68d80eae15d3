//! Reads a posted section of the editor back into a copy of the snapshot (what cannot be read
//! becomes a field error) and maps the service layer's error paths to the form's fields. Rows
//! added and removed without saving are `editor_rows`'s.

use app::admin::editor::Section;
use app::locale::Locale;

use super::editor_form::{Posted, SERVICE_TEXTS, TERM_KINDS};
use crate::editorial::ServiceSnapshot;
use crate::editorial::snapshot::{ChannelPart, CostPart, DocumentPart, Hours, Term, Texts};

/// Reads a posted section into a copy of `base`; the second value lists fields that could not
/// be read (`(name, message key)`).
pub fn apply(
    section: Section,
    base: &ServiceSnapshot,
    lang: Locale,
    posted: &Posted,
) -> (ServiceSnapshot, Vec<(String, &'static str)>) {
    let mut s = base.clone();
    let mut errors = Vec::new();
    let get = |name: &str| posted.get(name).map(|v| v.trim().to_owned()).unwrap_or_default();
    let optional = |name: &str| Some(get(name)).filter(|v| !v.is_empty());
    let code = lang.code();
    // Rows added on the page are not in the saved version yet: the form says how many there are.
    match section {
        Section::Steps => s.steps.resize(posted_rows(posted, "steps"), Texts::new()),
        Section::Documents => s
            .documents
            .resize(posted_rows(posted, "documents"), DocumentPart::default()),
        Section::Channels => s.channels.resize(
            posted_rows(posted, "channels"),
            ChannelPart {
                kind: "web".to_owned(),
                ..Default::default()
            },
        ),
        Section::Conditions => s
            .conditions
            .resize(posted_rows(posted, "conditions"), Texts::new()),
        Section::Costs => s.costs.resize(posted_rows(posted, "costs"), new_cost()),
        _ => {}
    }
    match section {
        Section::General => {
            s.level = get("level");
            s.fully_online = posted.contains_key("fully_online");
            s.start_url = optional("start_url");
            s.cost_kind = get("cost.kind");
            s.cost_amount_minor = parse_amount(&get("cost.amount"), "cost.amount", &mut errors);
            s.cost_currency = optional("cost.currency").map(|c| c.to_uppercase());
            s.processing_kind = optional("processing_kind");
            s.processing_min = parse_number(&get("processing_min"), "processing_min", &mut errors);
            s.processing_max = parse_number(&get("processing_max"), "processing_max", &mut errors);
            s.processing_unit = optional("processing_unit");
            s.validity_amount = parse_number(&get("validity_amount"), "validity_amount", &mut errors);
            s.validity_unit = optional("validity_unit");
        }
        Section::Texts => {
            for name in SERVICE_TEXTS {
                set_text(
                    &mut s.texts,
                    name,
                    code,
                    posted.get(&format!("texts.{name}.{code}")),
                );
            }
        }
        Section::Steps => {
            for (i, step) in s.steps.iter_mut().enumerate() {
                for name in ["title", "description"] {
                    set_text(step, name, code, posted.get(&format!("steps.{i}.{name}.{code}")));
                }
            }
        }
        Section::Documents => {
            for (i, part) in s.documents.iter_mut().enumerate() {
                let name = format!("documents.{i}.description.{code}");
                set_text(&mut part.texts, "description", code, posted.get(&name));
            }
        }
        Section::Channels => {
            for (i, part) in s.channels.iter_mut().enumerate() {
                read_channel(i, part, lang, posted, &mut errors);
            }
        }
        Section::Conditions => {
            for (i, texts) in s.conditions.iter_mut().enumerate() {
                set_text(
                    texts,
                    "label",
                    code,
                    posted.get(&format!("conditions.{i}.label.{code}")),
                );
            }
        }
        Section::Costs => {
            for (i, part) in s.costs.iter_mut().enumerate() {
                let p = format!("costs.{i}");
                part.kind = get(&format!("{p}.kind"));
                part.amount_minor =
                    parse_amount(&get(&format!("{p}.amount")), &format!("{p}.amount"), &mut errors);
                part.currency = optional(&format!("{p}.currency")).map(|c| c.to_uppercase());
                set_text(
                    &mut part.texts,
                    "description",
                    code,
                    posted.get(&format!("{p}.description.{code}")),
                );
            }
        }
        Section::Places => s.jurisdictions = checked(posted, "jurisdictions"),
        Section::Topics => s.taxonomy = checked(posted, "taxonomy"),
        Section::Terms => {
            s.terms.retain(|t| t.locale != code);
            for kind in TERM_KINDS {
                let lines = posted
                    .get(&format!("terms.{kind}.{code}"))
                    .cloned()
                    .unwrap_or_default();
                s.terms.extend(
                    lines
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(|term| Term {
                            locale: code.to_owned(),
                            kind: kind.to_owned(),
                            term: term.to_owned(),
                        }),
                );
            }
        }
    }
    (s, errors)
}

/// A cost item added on the page: most are fees.
pub fn new_cost() -> CostPart {
    CostPart {
        kind: "fixed".to_owned(),
        ..Default::default()
    }
}

/// The ids of the checked boxes named `prefix.{id}`, in order. A name that holds no number is
/// kept as 0, an id nothing has, which the service layer refuses beside the list.
fn checked(posted: &Posted, prefix: &str) -> Vec<i32> {
    let start = format!("{prefix}.");
    let mut ids: Vec<i32> = posted
        .keys()
        .filter_map(|name| name.strip_prefix(&start))
        .map(|id| id.trim().parse().unwrap_or(0))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// How many rows of `prefix` the form holds: `prefix.0.…`, `prefix.1.…` and so on.
fn posted_rows(posted: &Posted, prefix: &str) -> usize {
    (0..)
        .take_while(|i| {
            let start = format!("{prefix}.{i}.");
            posted.keys().any(|name| name.starts_with(&start))
        })
        .count()
}

fn read_channel(
    i: usize,
    part: &mut ChannelPart,
    lang: Locale,
    posted: &Posted,
    errors: &mut Vec<(String, &'static str)>,
) {
    let p = format!("channels.{i}");
    let get = |name: &str| {
        posted
            .get(&format!("{p}.{name}"))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let optional = |name: &str| Some(get(name)).filter(|v| !v.is_empty());
    part.kind = get("kind");
    part.url = optional("url");
    part.phone = optional("phone");
    part.email = optional("email");
    let points = get("service_points");
    let parsed: Result<Vec<i32>, _> = points
        .split([',', ' '])
        .filter(|p| !p.is_empty())
        .map(str::parse::<i32>)
        .collect();
    match parsed {
        Ok(points) => part.service_points = points,
        Err(_) => errors.push((format!("{p}.service_points"), "admin-editor-error-points")),
    }
    let code = lang.code();
    set_text(
        &mut part.texts,
        "description",
        code,
        posted.get(&format!("{p}.description.{code}")),
    );
    part.hours.clear();
    for h in 0.. {
        let Some(weekday) = posted.get(&format!("{p}.hours.{h}.weekday")) else {
            break;
        };
        let opens = get(&format!("hours.{h}.opens"));
        let closes = get(&format!("hours.{h}.closes"));
        if weekday.trim().is_empty() && opens.is_empty() && closes.is_empty() {
            continue;
        }
        // An unreadable weekday is kept as 0, which the service layer refuses beside the row.
        part.hours.push(Hours {
            weekday: weekday.trim().parse().unwrap_or(0),
            opens,
            closes,
        });
    }
}

fn set_text(texts: &mut Texts, field: &str, locale: &str, value: Option<&String>) {
    let value = value.map(|v| v.trim().to_owned()).unwrap_or_default();
    let by_locale = texts.entry(field.to_owned()).or_default();
    if value.is_empty() {
        by_locale.remove(locale);
    } else {
        by_locale.insert(locale.to_owned(), value);
    }
    if by_locale.is_empty() {
        texts.remove(field);
    }
}

fn parse_number(text: &str, name: &str, errors: &mut Vec<(String, &'static str)>) -> Option<i32> {
    if text.is_empty() {
        return None;
    }
    match text.parse::<i32>() {
        Ok(n) if n >= 0 => Some(n),
        _ => {
            errors.push((name.to_owned(), "admin-editor-error-number"));
            None
        }
    }
}

/// "12", "12.5", "12,50" → minor units; more than two decimals or anything else is an error.
fn parse_amount(text: &str, name: &str, errors: &mut Vec<(String, &'static str)>) -> Option<i64> {
    if text.is_empty() {
        return None;
    }
    let normal = text.replace(',', ".");
    let (whole, cents) = normal.split_once('.').unwrap_or((&normal, ""));
    let digits = |d: &str| d.chars().all(|c| c.is_ascii_digit());
    let read = (!whole.is_empty() && digits(whole) && cents.len() <= 2 && digits(cents))
        .then(|| {
            let cents = format!("{cents:0<2}");
            Some(whole.parse::<i64>().ok()?.checked_mul(100)? + cents.parse::<i64>().ok()?)
        })
        .flatten();
    if read.is_none() {
        errors.push((name.to_owned(), "editorial-field-invalid-amount"));
    }
    read
}

/// The form field a service-layer error belongs to: a keyword's error goes to its list, a
/// place's or a topic's (`jurisdictions.{index}`) to its checkbox (`jurisdictions.{id}`).
pub fn form_path(s: &ServiceSnapshot, path: &str) -> String {
    let mut pieces = path.split('.');
    let (list, index) = (pieces.next(), pieces.next().and_then(|i| i.parse::<usize>().ok()));
    match (list, index) {
        (Some("terms"), Some(i)) if i < s.terms.len() => {
            format!("terms.{}.{}", s.terms[i].kind, s.terms[i].locale)
        }
        (Some("jurisdictions"), Some(i)) if i < s.jurisdictions.len() => {
            format!("jurisdictions.{}", s.jurisdictions[i])
        }
        (Some("taxonomy"), Some(i)) if i < s.taxonomy.len() => format!("taxonomy.{}", s.taxonomy[i]),
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::admin::editor_form::amount_text;

    #[test]
    fn amounts_are_read_in_major_units() {
        let mut errors = Vec::new();
        assert_eq!(parse_amount("12", "a", &mut errors), Some(1200));
        assert_eq!(parse_amount("12,5", "a", &mut errors), Some(1250));
        assert_eq!(parse_amount("0.07", "a", &mut errors), Some(7));
        assert!(errors.is_empty());
        assert_eq!(parse_amount("1.234", "a", &mut errors), None);
        assert_eq!(parse_amount("-3", "a", &mut errors), None);
        assert_eq!(errors.len(), 2);
        assert_eq!(amount_text(Some(1250)), "12.50");
    }
}
