//! Rows of the repeating sections, changed without saving: "add a …" and "remove …" buttons,
//! and the rows left blank that are dropped before a save. Removing a step or a case moves
//! the parts placed after it up one and unplaces those that were placed in it.

use app::admin::editor::Section;

use super::editor_parse::new_cost;
use crate::editorial::ServiceSnapshot;
use crate::editorial::snapshot::{ChannelPart, DocumentPart, Place, Texts};

/// Adds or removes a row of a repeating section (without saving).
pub fn change_rows(section: Section, s: &mut ServiceSnapshot, action: &str) {
    let remove = action
        .strip_prefix("remove-")
        .and_then(|i| i.parse::<usize>().ok());
    match (section, action, remove) {
        (Section::Steps, "add", _) => s.steps.push(Texts::new()),
        (Section::Conditions, "add", _) => s.conditions.push(Texts::new()),
        (Section::Documents, "add", _) => s.documents.push(DocumentPart::default()),
        (Section::Costs, "add", _) => s.costs.push(new_cost()),
        (Section::Channels, "add", _) => s.channels.push(ChannelPart {
            kind: "web".to_owned(),
            ..Default::default()
        }),
        (Section::Steps, _, Some(i)) if i < s.steps.len() => remove_step(s, i),
        (Section::Conditions, _, Some(i)) if i < s.conditions.len() => remove_condition(s, i),
        (Section::Documents, _, Some(i)) if i < s.documents.len() => {
            s.documents.remove(i);
        }
        (Section::Costs, _, Some(i)) if i < s.costs.len() => {
            s.costs.remove(i);
        }
        (Section::Channels, _, Some(i)) if i < s.channels.len() => {
            s.channels.remove(i);
        }
        _ => {}
    }
}

/// Every part's place (documents, costs, channels).
fn places(s: &mut ServiceSnapshot) -> impl Iterator<Item = &mut Place> {
    s.documents
        .iter_mut()
        .map(|p| &mut p.place)
        .chain(s.costs.iter_mut().map(|p| &mut p.place))
        .chain(s.channels.iter_mut().map(|p| &mut p.place))
}

/// The index a place keeps once row `removed` is gone.
fn shifted(index: Option<usize>, removed: usize) -> Option<usize> {
    match index {
        Some(i) if i == removed => None,
        Some(i) if i > removed => Some(i - 1),
        other => other,
    }
}

fn remove_step(s: &mut ServiceSnapshot, i: usize) {
    s.steps.remove(i);
    for place in places(s) {
        place.step = shifted(place.step, i);
    }
}

fn remove_condition(s: &mut ServiceSnapshot, i: usize) {
    s.conditions.remove(i);
    for place in places(s) {
        place.condition = shifted(place.condition, i);
    }
}

fn blank(texts: &Texts) -> bool {
    texts.values().all(|by| by.values().all(|v| v.trim().is_empty()))
}

/// Before saving: rows left blank in every language are dropped (an added row never filled).
pub fn without_blank_rows(mut s: ServiceSnapshot) -> ServiceSnapshot {
    // From the end, so the indexes still to look at do not move.
    for i in (0..s.steps.len()).rev() {
        if blank(&s.steps[i]) {
            remove_step(&mut s, i);
        }
    }
    for i in (0..s.conditions.len()).rev() {
        if blank(&s.conditions[i]) {
            remove_condition(&mut s, i);
        }
    }
    s.documents.retain(|part| !blank(&part.texts));
    s.costs
        .retain(|c| !(blank(&c.texts) && c.amount_minor.is_none() && c.currency.is_none()));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editorial::snapshot::CostPart;

    #[test]
    fn removing_a_step_moves_the_parts_after_it() {
        let mut s = ServiceSnapshot {
            steps: vec![Texts::new(), Texts::new(), Texts::new()],
            ..Default::default()
        };
        for step in [0, 1, 2] {
            let mut part = DocumentPart::default();
            part.place.step = Some(step);
            s.documents.push(part);
        }
        change_rows(Section::Steps, &mut s, "remove-1");
        let places: Vec<Option<usize>> = s.documents.iter().map(|d| d.place.step).collect();
        assert_eq!(places, [Some(0), None, Some(1)]);
    }

    #[test]
    fn a_blank_case_is_dropped_and_the_costs_in_later_cases_follow() {
        let mut named = Texts::new();
        named
            .entry("label".to_owned())
            .or_default()
            .insert("es".to_owned(), "Si es menor de edad".to_owned());
        let mut s = ServiceSnapshot {
            conditions: vec![Texts::new(), named],
            ..Default::default()
        };
        let mut cost = CostPart {
            amount_minor: Some(500),
            ..Default::default()
        };
        cost.place.condition = Some(1);
        s.costs = vec![cost, CostPart::default()];
        let s = without_blank_rows(s);
        assert_eq!(s.conditions.len(), 1);
        assert_eq!(s.costs.len(), 1, "the blank cost is dropped");
        assert_eq!(s.costs[0].place.condition, Some(0));
    }
}
