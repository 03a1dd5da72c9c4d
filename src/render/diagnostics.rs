//! Diagnostics as compiler-style text, JSON Lines, GitHub workflow commands and SARIF 2.1.0.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level as SnippetLevel, Snippet};
use serde_json::{Value as Json, json};

use crate::diag::{Code, Diagnostic, Severity};
use crate::lang::Lang;
use crate::message::Msg;
use crate::message::labels::Label;
use crate::render::style::{self, Palette};
use crate::source::{FileId, Files};
use crate::span::Span;
use crate::visible;

/// How paths are shown: the ledger root as the user named it, joined to the file's path.
pub struct View<'a> {
    pub files: &'a Files,
    /// Prefix for every path (`ledger-example/`), or empty.
    pub prefix: &'a str,
    pub lang: Lang,
}

impl View<'_> {
    fn path(&self, file: Option<FileId>) -> String {
        match file {
            Some(f) => format!("{}{}", self.prefix, self.files.display(f)),
            None => self.prefix.trim_end_matches('/').to_owned(),
        }
    }

    /// (line, column, end line, end column), 1-based, columns in characters.
    fn position(
        &self,
        file: Option<FileId>,
        span: Option<Span>,
    ) -> Option<(usize, usize, usize, usize)> {
        let src = self.files.get(file?)?;
        let span = span?;
        src.text.as_ref()?;
        let (l, c) = src.line_col(span.start);
        let (el, ec) = src.line_col(span.end);
        Some((l, c, el, ec))
    }

    /// A hint's text. A path in a hint is relative to the ledger root, like a file's display
    /// path: it gets the same prefix, so that a command in the hint works from here.
    fn hint(&self, h: &Msg) -> String {
        match h {
            Msg::HintConvertGbk { path } => Msg::HintConvertGbk {
                path: format!("{}{path}", self.prefix),
            }
            .text(self.lang),
            _ => h.text(self.lang),
        }
    }
}

fn severity_name(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => Label::Error.text(lang),
        Severity::Warning => Label::Warning.text(lang),
    }
}

/// `path:line:col: error[code]: message`, the source line with a caret, and the hint.
#[must_use]
pub fn human(view: &View<'_>, diags: &[Diagnostic]) -> String {
    human_styled(view, diags, Palette::OFF)
}

/// [`human`], with errors and warnings in colour when `palette` is on. Everything from the
/// ledger in it is shown escaped, so the only escape sequences are the palette's.
#[must_use]
pub fn human_styled(view: &View<'_>, diags: &[Diagnostic], palette: Palette) -> String {
    let mut out = String::new();
    for d in diags {
        let path = view.path(d.file);
        let head = match view.position(d.file, d.span) {
            Some((l, c, _, _)) => format!("{path}:{l}:{c}"),
            None => path,
        };
        let label_style = match d.severity {
            Severity::Error => style::ERROR,
            Severity::Warning => style::WARNING,
        };
        let label = format!(
            "{}[{}]",
            severity_name(d.severity, view.lang),
            d.code.name()
        );
        let _ = writeln!(
            out,
            "{head}: {}: {}",
            palette.paint(label_style, &label),
            visible::line(&d.message.text(view.lang))
        );
        let level = match d.severity {
            Severity::Error => SnippetLevel::ERROR,
            Severity::Warning => SnippetLevel::WARNING,
        };
        let mut group = Group::with_level(level.clone());
        let mut has_snippet = false;
        // The count of those left out points at the first of them; its line says nothing new.
        let summary = matches!(d.message, Msg::MoreOfKind { .. });
        if let Some(snippet) = snippet(view, d.file, d.span, None).filter(|_| !summary) {
            group = group.element(snippet);
            has_snippet = true;
        }
        for r in &d.related {
            let label = visible::line(&r.label.text(view.lang)).into_owned();
            let related_path = view.path(Some(r.file));
            if let Some(s) = snippet(
                view,
                Some(r.file),
                Some(r.span),
                Some((related_path, label)),
            ) {
                group = group.element(s);
                has_snippet = true;
            }
        }
        let hint_name = Label::Help.text(view.lang);
        if let Some(h) = &d.hint {
            group = group.element(
                SnippetLevel::HELP
                    .with_name(hint_name)
                    .message(visible::line(&view.hint(h)).into_owned()),
            );
        }
        if has_snippet {
            out.push_str(&palette.snippets().render(&[group]));
            out.push('\n');
        } else if let Some(h) = &d.hint {
            let _ = writeln!(
                out,
                "  = {}: {}",
                palette.paint(style::HELP, hint_name),
                visible::line(&view.hint(h))
            );
        }
        out.push('\n');
    }
    out
}

/// A one-line snippet of the line where `span` starts, with the span underlined (clipped to
/// that line). Giving the renderer only the one line keeps long files cheap and CRLF out.
fn snippet<'a>(
    view: &View<'a>,
    file: Option<FileId>,
    span: Option<Span>,
    related: Option<(String, String)>,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let src = view.files.get(file?)?;
    let span = span?;
    let (line_no, line_start, line) = src.line_of(span.start)?;
    let (line_start, line) = around(line_start, line, span.start);
    let mut start = span.start.saturating_sub(line_start).min(line.len());
    while !line.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.saturating_sub(line_start).min(line.len());
    while !line.is_char_boundary(end) {
        end += 1;
    }
    if end <= start {
        // An empty span (end of file, a missing key) still gets one caret.
        end = line[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
    }
    // The line as shown, control characters escaped (tabs kept); the span moved to match.
    let shown = |i: usize| visible::text(&line[..i]).len();
    let (start, end) = (shown(start), shown(end));
    let mut snippet = Snippet::source(visible::text(line).into_owned()).line_start(line_no);
    let annotation = match related {
        Some((path, label)) => {
            snippet = snippet.path(path);
            AnnotationKind::Context.span(start..end).label(label)
        }
        None => AnnotationKind::Primary.span(start..end),
    };
    Some(snippet.annotation(annotation))
}

/// A relative path as a URI reference (RFC 3986), as SARIF's `artifactLocation.uri` must be:
/// every byte but the unreserved characters and `/` percent-encoded, so a space, a `#` or a
/// Chinese file name stays part of the path.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A line longer than twice this many bytes is cut to this many bytes either side of the
/// span before it is drawn. The renderer shows a terminal's width of a line anyway, but its
/// work grows with the whole line: a 300 KB one-line file would cost that for each snippet.
const WINDOW: usize = 2048;

/// The part of a long line around `at` (a byte offset in the file), and where it starts.
fn around(line_start: usize, line: &str, at: usize) -> (usize, &str) {
    if line.len() <= 2 * WINDOW {
        return (line_start, line);
    }
    let at = at.saturating_sub(line_start).min(line.len());
    let mut from = at.saturating_sub(WINDOW);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + WINDOW).min(line.len());
    while !line.is_char_boundary(to) {
        to += 1;
    }
    (line_start + from, line.get(from..to).unwrap_or(line))
}

/// One JSON object per line, per diagnostic.
#[must_use]
pub fn json_lines(view: &View<'_>, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let pos = view.position(d.file, d.span);
        let related: Vec<Json> = d
            .related
            .iter()
            .map(|r| {
                let p = view.position(Some(r.file), Some(r.span));
                json!({
                    "file": view.path(Some(r.file)),
                    "line": p.map(|p| p.0),
                    "column": p.map(|p| p.1),
                    "message": r.label.text(view.lang),
                })
            })
            .collect();
        let obj = json!({
            "file": view.path(d.file),
            "line": pos.map(|p| p.0),
            "column": pos.map(|p| p.1),
            "end_line": pos.map(|p| p.2),
            "end_column": pos.map(|p| p.3),
            "code": d.code.name(),
            "severity": d.severity,
            "message": d.message.text(view.lang),
            "hint": d.hint.as_ref().map(|h| view.hint(h)),
            "related": related,
        });
        out.push_str(&obj.to_string());
        out.push('\n');
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands: `::error file=…,line=…::message`.
#[must_use]
pub fn github(view: &View<'_>, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = format!("file={}", escape_property(&view.path(d.file)));
        if let Some((l, c, el, ec)) = view.position(d.file, d.span) {
            let _ = write!(props, ",line={l},col={c},endLine={el},endColumn={ec}");
        }
        let _ = write!(
            props,
            ",title={}",
            escape_property(&format!("gbsw {}", d.code.name()))
        );
        let mut message = d.message.text(view.lang);
        if let Some(h) = &d.hint {
            message.push('\n');
            message.push_str(&view.hint(h));
        }
        let _ = writeln!(out, "::{command} {props}::{}", escape_data(&message));
    }
    out
}

/// A SARIF 2.1.0 log with one run, every code as a rule.
#[must_use]
pub fn sarif(view: &View<'_>, diags: &[Diagnostic]) -> String {
    let rules: Vec<Json> = Code::ALL
        .iter()
        .map(|c| {
            json!({
                "id": c.name(),
                "shortDescription": { "text": c.summary(view.lang) },
                "defaultConfiguration": { "level": match c.default_severity() {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                } },
            })
        })
        .collect();
    let location = |file: Option<FileId>, span: Option<Span>| {
        let mut physical = json!({ "artifactLocation": { "uri": uri_path(&view.path(file)) } });
        if let Some((l, c, el, ec)) = view.position(file, span) {
            physical["region"] = json!({
                "startLine": l, "startColumn": c, "endLine": el, "endColumn": ec,
            });
        }
        json!({ "physicalLocation": physical })
    };
    let results: Vec<Json> = diags
        .iter()
        .map(|d| {
            let mut text = d.message.text(view.lang);
            if let Some(h) = &d.hint {
                text.push('\n');
                text.push_str(&view.hint(h));
            }
            let rule_index = Code::ALL.iter().position(|c| *c == d.code);
            let related: Vec<Json> = d
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut loc = location(Some(r.file), Some(r.span));
                    loc["id"] = json!(i);
                    loc["message"] = json!({ "text": r.label.text(view.lang) });
                    loc
                })
                .collect();
            let mut result = json!({
                "ruleId": d.code.name(),
                "ruleIndex": rule_index,
                "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                "message": { "text": text },
                "locations": [location(d.file, d.span)],
            });
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "gbsw",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "results": results,
            // Columns count characters, not SARIF's default UTF-16 code units.
            "columnKind": "unicodeCodePoints",
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
