//! Ledger text made safe to show. A value or a file name may hold an escape sequence that
//! recolours, retitles or rewrites a terminal (ESC, OSC, BEL, other C0 and C1 controls), or a
//! bidirectional override that shows text in another order than it is read (U+202A–U+202E,
//! U+2066–U+2069). gbsw shows each such character as `\u001b` (the JSON escape, so the same
//! text stays valid inside a JSON string), never raw. Leaf module: depends on nothing.

use std::borrow::Cow;

/// Whether `c` is a character gbsw never prints raw: a C0 control other than tab, line feed
/// and carriage return, DEL, a C1 control, a bidirectional embedding, override, isolate or
/// mark (U+200E, U+200F, U+061C), or a Unicode line or paragraph separator (U+2028, U+2029,
/// which some viewers break lines at).
#[must_use]
pub(crate) fn is_hidden_control(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0b' | '\x0c' | '\x0e'..='\x1f' | '\x7f'..='\u{9f}')
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Whether `s` may hold a [hidden control](is_hidden_control) (or a tab or line break): a
/// byte test that most text (ASCII letters, Chinese) passes without decoding a character.
/// Every such character is a byte below 0x20, DEL, or starts with 0xC2 (U+0080–U+009F), 0xD8
/// (U+061C) or 0xE2 (U+200E–U+2069).
#[must_use]
pub(crate) fn may_hide(s: &str) -> bool {
    s.bytes()
        .any(|b| b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2))
}

fn push_escaped(out: &mut String, c: char) {
    use std::fmt::Write as _;
    let _ = write!(out, "\\u{:04x}", u32::from(c));
}

/// `s` with every [hidden control](is_hidden_control), and a carriage return that does not
/// end a line, escaped; tabs and line breaks (`\n`, `\r\n`) kept. For whole outputs: tables,
/// reports, calendars.
#[must_use]
pub fn text(s: &str) -> Cow<'_, str> {
    let bare_cr = |i: usize| s.as_bytes().get(i + 1) != Some(&b'\n');
    escape_where(s, |i, c| is_hidden_control(c) || (c == '\r' && bare_cr(i)))
}

/// `s` with each character for which `hide(byte offset, character)` holds escaped; `s` itself
/// when there is none.
fn escape_where(s: &str, hide: impl Fn(usize, char) -> bool) -> Cow<'_, str> {
    if !may_hide(s) || !s.char_indices().any(|(i, c)| hide(i, c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for (i, c) in s.char_indices() {
        if hide(i, c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` as [`text`], but with the sequences in `keep` (gbsw's own colours, see
/// `render::style::own_sequences`) left as they are where they occur whole. Only for output
/// whose ledger text was shown escaped before the colours were added.
#[must_use]
pub fn text_keeping<'a>(s: &'a str, keep: &[String]) -> Cow<'a, str> {
    if keep.is_empty() || !s.contains('\x1b') {
        return text(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('\x1b') {
        out.push_str(&text(&rest[..at]));
        let tail = &rest[at..];
        if let Some(k) = keep.iter().find(|k| tail.starts_with(k.as_str())) {
            out.push_str(k);
            rest = &tail[k.len()..];
        } else {
            push_escaped(&mut out, '\x1b');
            rest = &tail[1..];
        }
    }
    out.push_str(&text(rest));
    Cow::Owned(out)
}

/// `s` on one line: as [`text`], and tabs and line breaks escaped too. For a file name or a
/// value inside a line of output, where a line break would forge the next line.
#[must_use]
pub fn line(s: &str) -> Cow<'_, str> {
    escape_where(s, |_, c| {
        is_hidden_control(c) || matches!(c, '\t' | '\n' | '\r')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte test lets through no character that any of the escapes would hide.
    #[test]
    fn the_byte_test_misses_no_hidden_character() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if is_hidden_control(c) || matches!(c, '\t' | '\n' | '\r') {
                assert!(may_hide(c.encode_utf8(&mut [0; 4])), "{c:?}");
            }
        }
        assert!(!may_hide("会议服务规范 ABC-123，（二）"));
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(text("a\x1b[31mred\x07"), "a\\u001b[31mred\\u0007");
        assert_eq!(text("\x1b]0;title\x1b\\"), "\\u001b]0;title\\u001b\\");
        assert_eq!(text("\u{9b}31m"), "\\u009b31m");
        assert_eq!(text("abc\u{202e}fed\u{2066}x"), "abc\\u202efed\\u2066x");
        assert_eq!(
            text("a\u{200f}b\u{061c}c\u{2028}d\u{2029}"),
            "a\\u200fb\\u061cc\\u2028d\\u2029"
        );
        assert_eq!(text("tab\tline\r\nnext\n"), "tab\tline\r\nnext\n");
        assert_eq!(text("over\rwrite"), "over\\u000dwrite");
        assert_eq!(text("办公室 STD-1"), "办公室 STD-1");
        assert!(matches!(text("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn only_the_listed_sequences_are_kept() {
        let keep = vec!["\x1b[1m".to_owned(), "\x1b[0m".to_owned()];
        assert_eq!(
            text_keeping("\x1b[1m逾期\x1b[0m \x1b]0;t\x07 \x1b[2J\x1b[0", &keep),
            "\x1b[1m逾期\x1b[0m \\u001b]0;t\\u0007 \\u001b[2J\\u001b[0"
        );
        assert_eq!(text_keeping("a\x1b[1m", &[]), "a\\u001b[1m");
    }

    #[test]
    fn a_line_stays_one_line() {
        assert_eq!(
            line("x.toml\nx.toml:1:1: 错误"),
            "x.toml\\u000ax.toml:1:1: 错误"
        );
        assert_eq!(line("a\tb\r\x1b"), "a\\u0009b\\u000d\\u001b");
        assert_eq!(line("正常"), "正常");
    }

    #[test]
    fn the_escapes_are_valid_json_string_escapes() {
        let shown = text("\u{202e}\u{85}");
        let json = format!("\"{shown}\"");
        let back: String = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, "\u{202e}\u{85}");
    }
}
