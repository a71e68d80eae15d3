//! The way back from [`super::markup::markdown`]: the catalogue's sanitized HTML as the
//! Markdown an agency would type in the CSV template, so an exported file imports to the same
//! HTML. Only the tags the sanitizer keeps are known; any other tag is dropped, its text kept.
//! Lists use `*` and text never starts a line with `-`, `+`, `=` or `@` unescaped, so no cell
//! needs the spreadsheet's formula guard.

use html_escape::decode_html_entities;

/// Characters Markdown would read as markup, escaped with a backslash when they are text.
const SPECIAL: &[char] = &['\\', '*', '_', '`', '[', ']', '<', '>', '#', '~', '|'];

#[derive(Default)]
struct Writer {
    out: String,
    /// Open lists: ordered, and the next item's number.
    lists: Vec<(bool, u32)>,
    /// Open links: their address and where their text starts in `out`.
    links: Vec<(String, usize)>,
}

impl Writer {
    fn at_line_start(&self) -> bool {
        self.out.is_empty()
            || self.out.ends_with('\n')
            || self.out.ends_with("* ")
            || self.out.ends_with(". ")
    }

    fn block_break(&mut self) {
        // A loose list's paragraph starts right after its item's marker.
        if !self.lists.is_empty() && (self.out.ends_with("* ") || self.out.ends_with(". ")) {
            return;
        }
        let trimmed = self.out.trim_end_matches([' ', '\n']).len();
        self.out.truncate(trimmed);
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
    }

    fn text(&mut self, raw: &str) {
        let decoded = decode_html_entities(raw).replace('\n', "");
        for (index, c) in decoded.chars().enumerate() {
            let line_start = index == 0 && self.at_line_start();
            if SPECIAL.contains(&c) || (line_start && matches!(c, '-' | '+' | '=' | '@')) {
                self.out.push('\\');
            }
            self.out.push(c);
        }
        // `1.` at the start of a line would begin a numbered list.
        let line = self.out.rsplit('\n').next().unwrap_or_default();
        let numbered = line.len() > 1
            && line.ends_with('.')
            && line[..line.len() - 1].chars().all(|c| c.is_ascii_digit());
        if numbered {
            self.out.pop();
            self.out.push_str("\\.");
        }
    }

    fn tag(&mut self, tag: &str) {
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match (name.as_str(), closing) {
            ("p" | "blockquote", false) => self.block_break(),
            ("h3", false) => {
                self.block_break();
                self.out.push_str("### ");
            }
            ("h4", false) => {
                self.block_break();
                self.out.push_str("#### ");
            }
            ("br", _) => self.out.push('\n'),
            ("strong" | "b", _) => self.out.push_str("**"),
            ("em" | "i", _) => self.out.push('*'),
            ("code", _) => self.out.push('`'),
            ("ul" | "ol", false) => {
                if self.lists.is_empty() {
                    self.block_break();
                }
                self.lists.push((name == "ol", 1));
            }
            ("ul" | "ol", true) => {
                self.lists.pop();
            }
            ("li", false) => {
                if !self.out.is_empty() && !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
                let depth = self.lists.len().saturating_sub(1);
                self.out.push_str(&"   ".repeat(depth));
                match self.lists.last_mut() {
                    Some((true, number)) => {
                        self.out.push_str(&format!("{number}. "));
                        *number += 1;
                    }
                    _ => self.out.push_str("* "),
                }
            }
            ("a", false) => {
                let href = attribute(tag, "href").unwrap_or_default();
                self.links.push((href, self.out.len()));
            }
            ("a", true) => {
                if let Some((href, start)) = self.links.pop().filter(|(_, at)| *at <= self.out.len()) {
                    let text = self.out[start..].replace('\\', "");
                    // A bare address comes back as one: the importer links it again.
                    let bare = !href.is_empty() && (text == href || href.ends_with(&format!("//{text}")));
                    if !bare && !href.is_empty() {
                        let label = self.out.split_off(start);
                        self.out.push_str(&format!("[{label}]({href})"));
                    }
                }
            }
            _ => {}
        }
    }
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let end = tag[start..].find('"')? + start;
    Some(decode_html_entities(&tag[start..end]).into_owned())
}

pub fn to_markdown(html: &str) -> String {
    let mut writer = Writer::default();
    let mut rest = html;
    while !rest.is_empty() {
        match rest.find('<') {
            Some(0) => match rest.find('>') {
                Some(end) => {
                    writer.tag(&rest[1..end]);
                    rest = &rest[end + 1..];
                }
                None => {
                    writer.text(rest);
                    rest = "";
                }
            },
            Some(next) => {
                writer.text(&rest[..next]);
                rest = &rest[next..];
            }
            None => {
                writer.text(rest);
                rest = "";
            }
        }
    }
    writer.out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::markup::markdown;

    /// What goes out comes back as the same HTML.
    fn round_trip(source: &str) {
        let html = markdown(source).unwrap();
        let back = to_markdown(&html);
        assert_eq!(
            markdown(&back).as_deref(),
            Some(html.as_str()),
            "{source:?} → {back:?}"
        );
    }

    #[test]
    fn the_importers_markup_comes_back() {
        round_trip("El **padrón municipal** es el registro.\nEstar empadronado da *acceso*.");
        round_trip("Primero.\n\nSegundo párrafo con [un enlace](https://example.es/a_b).");
        round_trip("Vea https://sede.example.es/tramite_1 o www.example.es hoy.");
        round_trip("- uno\n- dos\n\nFin.");
        round_trip("1. uno\n2. dos");
        round_trip("Coste: 5 * 3 = 15 [aprox] <nota> # no es título");
        round_trip("-5 grados y 2026. Año");
        round_trip("Use `code` y 100 % \\ barra");
    }

    #[test]
    fn no_line_starts_like_a_formula() {
        let back = to_markdown("<p>=SUM(A1)</p>\n<p>-1</p>\n<p>@x and +y</p>");
        for line in back.lines().filter(|l| !l.is_empty()) {
            assert!(!line.starts_with(['=', '-', '+', '@']), "{back}");
        }
    }
}
