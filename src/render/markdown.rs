//! Ledger text inside Markdown: escaped so that it stays text. A title, a finding or a unit
//! name is written by a clerk and read by whoever opens the report, so `<img onerror=…>`,
//! `[x](javascript:…)`, a `|` that would split a table cell or a line break that would start
//! a heading must come out as the characters they are.

/// `s` as Markdown inline text: every character that could start markup (emphasis, code,
/// links, raw HTML, entities, table cells) is backslash-escaped, which CommonMark allows for
/// any ASCII punctuation, and line breaks become spaces so nothing can begin a new block.
#[must_use]
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `s` as [`text`] where it begins a line, a heading or a list item (`# {title}`,
/// `- {id}：…`): also every `#` (an opening or closing heading sequence) and a leading `-`,
/// `+` or number followed by `.` or `)` (a list marker).
#[must_use]
pub(crate) fn line_start(s: &str) -> String {
    let escaped = text(s).replace('#', "\\#");
    let digits = escaped.bytes().take_while(u8::is_ascii_digit).count();
    match escaped.as_bytes().get(digits) {
        Some(b'-' | b'+') if digits == 0 => format!("\\{escaped}"),
        Some(b'.' | b')') if digits > 0 => {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        }
        _ => escaped,
    }
}

#[cfg(test)]
mod tests {
    use super::{line_start, text};

    #[test]
    fn markup_stays_text() {
        assert_eq!(
            text("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert(1)\\>"
        );
        assert_eq!(
            text("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(text("a|b\n# c"), "a\\|b # c");
        assert_eq!(text("CHK-2026-001#1 -38"), "CHK-2026-001#1 -38");
        assert_eq!(line_start("# 标题 #"), "\\# 标题 \\#");
        assert_eq!(line_start("- 项"), "\\- 项");
        assert_eq!(line_start("+1"), "\\+1");
        assert_eq!(line_start("12. 项"), "12\\. 项");
        assert_eq!(line_start("3) 项"), "3\\) 项");
        assert_eq!(line_start("2026-06 项"), "2026-06 项");
        assert_eq!(
            text("**粗体** `代码` &lt; ~删~ \\"),
            "\\*\\*粗体\\*\\* \\`代码\\` \\&lt; \\~删\\~ \\\\"
        );
        assert_eq!(text("STD-FW-001 常州市 2026.5"), "STD-FW-001 常州市 2026.5");
    }

    /// What pulldown-cmark makes of escaped text is the text itself.
    #[test]
    fn escaped_text_renders_as_itself() {
        for s in [
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<!-- chart:duty-completion -->",
            "**a** _b_ `c` ~~d~~ &amp; \\ ! #",
            "# 标题",
            "- 1. + 项",
            "12. 项",
        ] {
            let mut html = String::new();
            pulldown_cmark::html::push_html(
                &mut html,
                pulldown_cmark::Parser::new_ext(
                    &line_start(s),
                    pulldown_cmark::Options::ENABLE_TABLES,
                ),
            );
            let expected = format!(
                "<p>{}</p>\n",
                s.replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
            );
            assert_eq!(html, expected, "{s}");
        }
    }
}
