//! A service's essentials as an SMS: cost, documents, where and how (online address, office
//! and hours, phone), written to fit the gateway's segment budget by dropping the least needed
//! parts first rather than letting the gateway cut the end off.

use app::i18n::{format_money, tr, tr_args};
use app::locale::Locale;
use app::model::{Channel, ChannelKind, Cost, OpeningHours, ServiceDetail};

use super::gsm::Policy;
use super::replies::{fits, number, plain_spaces, short_code, shorten, text};

/// A document name longer than this is shortened: one long title must not crowd out the rest.
const MAX_DOCUMENT_CHARS: usize = 60;
const MAX_DOCUMENTS: usize = 6;

/// What the reply can say, before fitting.
struct Essentials {
    name: String,
    code: String,
    cost: String,
    documents: Vec<String>,
    online: Option<String>,
    office: Option<String>,
    hours: Option<String>,
    phone: Option<String>,
}

/// How much of it is said.
#[derive(Clone, Copy)]
struct Cut {
    name_chars: usize,
    documents: usize,
    hours: bool,
    rate_hint: bool,
    office_chars: usize,
}

pub fn details(locale: Locale, detail: &ServiceDetail, policy: &Policy) -> String {
    let essentials = gather(locale, detail);
    let budget = policy.max_segments.max(1);
    let mut cut = Cut {
        name_chars: 80,
        documents: essentials.documents.len(),
        hours: true,
        rate_hint: true,
        office_chars: 100,
    };
    // Least needed first: the rating hint, then opening hours, then documents one by one from
    // the end, then shorter name and office address.
    let steps: [fn(&mut Cut) -> bool; 5] = [
        |c| std::mem::replace(&mut c.rate_hint, false),
        |c| std::mem::replace(&mut c.hours, false),
        |c| {
            let before = c.documents;
            c.documents = c.documents.saturating_sub(1).max(1);
            c.documents != before
        },
        |c| shrink(&mut c.name_chars, 40),
        |c| shrink(&mut c.office_chars, 40),
    ];
    loop {
        let message = render(locale, &essentials, cut);
        if fits(&message, policy, budget) {
            return message;
        }
        if !steps.iter().any(|step| step(&mut cut)) {
            return hard_cut(&message, policy, budget);
        }
    }
}

fn shrink(value: &mut usize, floor: usize) -> bool {
    let before = *value;
    *value = value.saturating_sub(10).max(floor);
    *value != before
}

/// Last resort for a budget of one segment: the longest prefix that fits, cut at a word.
fn hard_cut(message: &str, policy: &Policy, budget: usize) -> String {
    let total = message.chars().count();
    let (mut low, mut high) = (0usize, total);
    while low < high {
        let mid = (low + high).div_ceil(2);
        if fits(&shorten(message, mid), policy, budget) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    shorten(message, low)
}

fn render(locale: Locale, e: &Essentials, cut: Cut) -> String {
    let mut lines = vec![format!("{} #{}", shorten(&e.name, cut.name_chars), e.code)];
    lines.push(tr_args(
        locale,
        "sms-details-cost",
        &[("cost", text(e.cost.clone()))],
    ));
    if !e.documents.is_empty() {
        let shown = cut.documents.min(e.documents.len());
        let mut list = e.documents.get(..shown).unwrap_or_default().join("; ");
        if shown < e.documents.len() {
            let more = tr_args(
                locale,
                "sms-details-more-documents",
                &[("count", number(e.documents.len() - shown))],
            );
            list = format!("{list} {more}");
        }
        lines.push(tr_args(
            locale,
            "sms-details-documents",
            &[("documents", text(list))],
        ));
    }
    if let Some(url) = &e.online {
        lines.push(tr_args(
            locale,
            "sms-details-online",
            &[("url", text(url.clone()))],
        ));
    }
    if let Some(office) = &e.office {
        let mut place = shorten(office, cut.office_chars);
        if let (true, Some(hours)) = (cut.hours, &e.hours) {
            place = format!("{place} ({hours})");
        }
        lines.push(tr_args(locale, "sms-details-office", &[("office", text(place))]));
    }
    if let Some(phone) = &e.phone {
        lines.push(tr_args(
            locale,
            "sms-details-phone",
            &[("phone", text(phone.clone()))],
        ));
    }
    if cut.rate_hint {
        lines.push(tr_args(
            locale,
            "sms-details-rate",
            &[("code", text(e.code.clone()))],
        ));
    }
    plain_spaces(&lines.join("\n"))
}

fn gather(locale: Locale, detail: &ServiceDetail) -> Essentials {
    let channels: Vec<&Channel> = detail
        .channels
        .iter()
        .chain(detail.steps.iter().flat_map(|step| step.channels.iter()))
        .flat_map(|group| group.items.iter())
        .collect();
    let of_kind = |kind: ChannelKind| channels.iter().copied().filter(move |c| c.kind == kind);
    let online = detail
        .start_url
        .clone()
        .or_else(|| of_kind(ChannelKind::Web).find_map(|c| c.url.clone()));
    let office_channel = of_kind(ChannelKind::Office).next();
    let point = office_channel.and_then(|c| c.points.first());
    let office = point.and_then(|p| p.address.as_ref().or(p.name.as_ref()).map(|t| t.value.clone()));
    let hours = point
        .map(|p| p.hours.as_slice())
        .filter(|h| !h.is_empty())
        .or_else(|| office_channel.map(|c| c.hours.as_slice()))
        .and_then(|h| hours_text(locale, h));
    let phone = of_kind(ChannelKind::Phone)
        .find_map(|c| c.phone.clone())
        .or_else(|| point.and_then(|p| p.phone.clone()));
    Essentials {
        name: detail.name.value.clone(),
        code: short_code(detail.id),
        cost: cost_text(locale, &detail.cost),
        documents: documents(detail),
        online,
        office,
        hours,
        phone,
    }
}

/// Documents asked in every case first, then those of particular cases; each named once.
fn documents(detail: &ServiceDetail) -> Vec<String> {
    let mut groups: Vec<_> = detail
        .documents
        .iter()
        .chain(detail.steps.iter().flat_map(|step| step.documents.iter()))
        .collect();
    groups.sort_by_key(|group| group.condition.is_some());
    let mut names: Vec<String> = Vec::new();
    for item in groups.iter().flat_map(|group| group.items.iter()) {
        let name = shorten(&item.value.replace('\n', " "), MAX_DOCUMENT_CHARS);
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names.truncate(MAX_DOCUMENTS);
    names
}

fn cost_text(locale: Locale, cost: &Cost) -> String {
    match cost {
        Cost::Free => tr(locale, "cost-free"),
        Cost::Fixed(money) => format_money(locale, money),
        Cost::Variable => tr(locale, "cost-variable"),
        Cost::Unknown => tr(locale, "cost-unknown"),
    }
}

/// "lun-vie 8:00-17:00, sáb 9:00-13:00": days with the same hours grouped into runs.
fn hours_text(locale: Locale, hours: &[OpeningHours]) -> Option<String> {
    // Opening and closing times, and the days that have them.
    struct Slot {
        opens: (u8, u8),
        closes: (u8, u8),
        days: Vec<u8>,
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut sorted = hours.to_vec();
    sorted.sort_by_key(|h| (h.weekday, h.opens));
    for h in &sorted {
        match slots
            .iter_mut()
            .find(|s| s.opens == h.opens && s.closes == h.closes)
        {
            Some(slot) if !slot.days.contains(&h.weekday) => slot.days.push(h.weekday),
            Some(_) => {}
            None => slots.push(Slot {
                opens: h.opens,
                closes: h.closes,
                days: vec![h.weekday],
            }),
        }
    }
    let clock = |(hour, minute): (u8, u8)| format!("{hour}:{minute:02}");
    let day = |d: u8| tr(locale, &format!("sms-weekday-{}", d.clamp(1, 7)));
    let parts: Vec<String> = slots
        .iter()
        .map(|slot| {
            tr_args(
                locale,
                "sms-hours",
                &[
                    ("days", text(day_runs(&slot.days, &day))),
                    ("opens", text(clock(slot.opens))),
                    ("closes", text(clock(slot.closes))),
                ],
            )
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// [1,2,3,4,5,7] → "lun-vie,dom".
fn day_runs(days: &[u8], name: &dyn Fn(u8) -> String) -> String {
    let mut runs: Vec<(u8, u8)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == d => *end = d,
            _ => runs.push((d, d)),
        }
    }
    runs.iter()
        .map(|&(start, end)| match end - start {
            0 => name(start),
            1 => format!("{},{}", name(start), name(end)),
            _ => format!("{}-{}", name(start), name(end)),
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
#[path = "details_tests.rs"]
mod tests;
