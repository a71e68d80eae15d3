//! Source text made safe: Markdown rendered to a small set of HTML tags, raw HTML never passed
//! through, entities decoded, bare addresses turned into links; plus Brazilian number parsing.

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// Plain text: entities decoded (`&nbsp;` → space), runs of whitespace collapsed.
pub fn plain(text: &str) -> String {
    let decoded = html_escape::decode_html_entities(text);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with line structure kept, for notes: entities decoded, each line trimmed.
pub fn plain_lines(text: &str) -> String {
    let decoded = html_escape::decode_html_entities(text);
    decoded
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let tags: HashSet<&str> = [
            "p",
            "br",
            "ul",
            "ol",
            "li",
            "a",
            "strong",
            "em",
            "code",
            "blockquote",
            "h3",
            "h4",
        ]
        .into_iter()
        .collect();
        let mut builder = ammonia::Builder::default();
        builder
            .tags(tags)
            .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
            .link_rel(Some("noopener noreferrer"));
        builder
    })
}

/// Markdown (as the catalogue's editors wrote it) to sanitized HTML. Single line breaks are
/// kept, because the source uses them as breaks; raw HTML becomes nothing; a link left without
/// text shows its address.
pub fn markdown(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let mut events = Vec::new();
    let mut open_link = false;
    let mut link_url: Option<CowStr> = None;
    let mut link_has_text = false;
    // The parser splits text at `_` and `*`, which addresses often contain: texts are joined
    // before bare addresses are looked for.
    let mut pending = String::new();
    for event in Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH) {
        if let Event::Text(content) = &event {
            pending.push_str(content);
            continue;
        }
        flush_text(&mut pending, open_link, &mut link_has_text, &mut events);
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::SoftBreak => events.push(Event::HardBreak),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                open_link = true;
                link_url = Some(dest_url.clone());
                link_has_text = false;
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Link) => {
                if let Some(url) = link_url.take()
                    && !link_has_text
                {
                    events.push(Event::Text(url));
                }
                open_link = false;
                events.push(Event::End(TagEnd::Link));
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            other => events.push(other),
        }
    }
    flush_text(&mut pending, open_link, &mut link_has_text, &mut events);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let clean = sanitizer().clean(&html).to_string();
    let clean = clean.trim().to_owned();
    (!clean.is_empty()).then_some(clean)
}

fn flush_text(pending: &mut String, in_link: bool, link_has_text: &mut bool, events: &mut Vec<Event<'_>>) {
    if pending.is_empty() {
        return;
    }
    let text = std::mem::take(pending);
    if in_link {
        *link_has_text |= !text.trim().is_empty();
        events.push(Event::Text(CowStr::from(text)));
    } else {
        linkify(CowStr::from(text), events);
    }
}

/// Splits text around bare `http(s)://` and `www.` addresses and turns them into links.
fn linkify<'a>(content: CowStr<'a>, events: &mut Vec<Event<'a>>) {
    let text = content.to_string();
    let mut rest = text.as_str();
    while let Some(start) = find_url_start(rest) {
        let (before, candidate) = rest.split_at(start);
        let end = candidate.find(char::is_whitespace).unwrap_or(candidate.len());
        let mut url = &candidate[..end];
        // Sentence punctuation after an address is not part of it.
        url = url.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']);
        if url.len() < 8 {
            events.push(Event::Text(CowStr::from(format!("{before}{url}"))));
            rest = &candidate[url.len().max(1)..];
            continue;
        }
        if !before.is_empty() {
            events.push(Event::Text(CowStr::from(before.to_owned())));
        }
        let href = if url.starts_with("www.") {
            format!("https://{url}")
        } else {
            url.to_owned()
        };
        events.push(Event::Start(Tag::Link {
            link_type: LinkType::Autolink,
            dest_url: CowStr::from(href),
            title: CowStr::from(""),
            id: CowStr::from(""),
        }));
        events.push(Event::Text(CowStr::from(url.to_owned())));
        events.push(Event::End(TagEnd::Link));
        rest = &candidate[url.len()..];
    }
    if !rest.is_empty() {
        events.push(Event::Text(CowStr::from(rest.to_owned())));
    }
}

fn find_url_start(text: &str) -> Option<usize> {
    ["https://", "http://", "www."]
        .iter()
        .filter_map(|prefix| text.find(prefix))
        .min()
}

/// Brazilian amounts: `9.672,00` → 967200 minor units. The comma is always the decimal mark and
/// dots group thousands; more than two decimals are rounded half up.
pub fn brazilian_amount_minor(text: &str) -> Option<i64> {
    let text = text.trim().trim_start_matches("R$").trim();
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let (whole, fraction) = match text.split_once(',') {
        Some((whole, fraction)) if !fraction.contains(',') => (whole, fraction),
        Some(_) => return None,
        None => (text, ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.').collect();
    if whole.is_empty() && fraction.is_empty() || fraction.contains('.') {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let mut digits = fraction.chars().map(|c| i64::from(c as u8 - b'0'));
    let tenths = digits.next().unwrap_or(0);
    let hundredths = digits.next().unwrap_or(0);
    let round_up = i64::from(digits.next().unwrap_or(0) >= 5);
    whole
        .checked_mul(100)?
        .checked_add(tenths * 10 + hundredths + round_up)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_never_passes_through() {
        let html = markdown("Olá <script>alert(1)</script> <b onclick=x>negrito</b>").unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<b"), "{html}");
        assert!(html.contains("Olá"), "{html}");
    }

    #[test]
    fn markdown_lists_links_and_entities_render() {
        let html =
            markdown("**Atenção:** veja\n- um\n- dois\n\n[portal](http://gov.br) &amp; mais&nbsp;texto")
                .unwrap();
        assert!(html.contains("<strong>Atenção:</strong>"), "{html}");
        assert!(html.contains("<li>um</li>"), "{html}");
        assert!(
            html.contains(r#"<a href="http://gov.br" rel="noopener noreferrer">portal</a>"#),
            "{html}"
        );
        assert!(html.contains("&amp; mais&nbsp;texto"), "{html}");
    }

    #[test]
    fn image_links_keep_an_accessible_text() {
        let html = markdown(r#"[<img src="badge.png">](https://play.google.com/x)"#).unwrap();
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains(">https://play.google.com/x</a>"), "{html}");
    }

    #[test]
    fn bare_addresses_become_links() {
        let html = markdown("Acesse https://meu.inss.gov.br/central. Ou www.gov.br").unwrap();
        assert!(html.contains(r#"<a href="https://meu.inss.gov.br/central" rel="noopener noreferrer">https://meu.inss.gov.br/central</a>."#), "{html}");
        assert!(html.contains(r#"href="https://www.gov.br""#), "{html}");
    }

    #[test]
    fn addresses_with_underscores_stay_whole() {
        let html =
            markdown("Veja http://www.planalto.gov.br/ccivil_03/_Ato2015-2018/D9094.htm hoje").unwrap();
        assert!(
            html.contains(r#"href="http://www.planalto.gov.br/ccivil_03/_Ato2015-2018/D9094.htm""#),
            "{html}"
        );
    }

    #[test]
    fn javascript_links_are_dropped() {
        let html = markdown("[clique](javascript:alert(1))").unwrap();
        assert!(!html.contains("javascript"), "{html}");
    }

    #[test]
    fn empty_text_has_no_markup() {
        assert_eq!(markdown("   "), None);
        assert_eq!(markdown("<div></div>"), None);
    }

    #[test]
    fn brazilian_numbers() {
        assert_eq!(brazilian_amount_minor("9.672,00"), Some(967_200));
        assert_eq!(brazilian_amount_minor("43.400,00"), Some(4_340_000));
        assert_eq!(brazilian_amount_minor("68,21"), Some(6_821));
        assert_eq!(brazilian_amount_minor("837,556"), Some(83_756));
        assert_eq!(brazilian_amount_minor("2,000"), Some(200));
        assert_eq!(brazilian_amount_minor("228"), Some(22_800));
        assert_eq!(brazilian_amount_minor("1.654"), Some(165_400));
        assert_eq!(brazilian_amount_minor("R$ 5,5"), Some(550));
        assert_eq!(brazilian_amount_minor(""), None);
        assert_eq!(brazilian_amount_minor("grátis"), None);
        assert_eq!(brazilian_amount_minor("1,2,3"), None);
        assert_eq!(brazilian_amount_minor("-5,00"), None);
    }

    #[test]
    fn plain_text_is_decoded_and_collapsed() {
        assert_eq!(
            plain("  Cópia&nbsp;da\n certidão &amp; RG "),
            "Cópia da certidão & RG"
        );
        assert_eq!(plain_lines("linha 1  \n\n  linha&nbsp;2"), "linha 1\nlinha 2");
    }
}
