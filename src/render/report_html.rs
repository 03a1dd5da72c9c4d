//! Reports as one self-contained HTML page for A4 paper: the Markdown rendering turned into
//! HTML (pulldown-cmark), a print stylesheet with CJK fonts, and the charts in place of their
//! markers. Nothing is fetched from the network.

use pulldown_cmark::{Event, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use crate::lang::Lang;
use crate::render::charts;
use crate::render::report_md::{self, CHART_CONFORMITY, CHART_DUTIES, CHART_RECTIFICATIONS};
use crate::report::semiannual::SemiannualReport;

/// The stylesheet: A4 with margins, CJK-capable font families, tables that break across
/// pages without splitting rows; on screen, the page as a sheet of paper.
pub const STYLE: &str = r#"
@page { size: A4; margin: 18mm 16mm; }
:root { color-scheme: light; }
html { background: #e9ebee; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimSun", sans-serif; font-size: 10.5pt; line-height: 1.55; color: #111; background: #fff; max-width: 178mm; margin: 6mm auto; padding: 14mm 16mm; box-shadow: 0 0 3mm rgba(0,0,0,.18); }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; line-height: 1.35; }
h2 { font-size: 13pt; border-bottom: 1px solid #888; padding-bottom: 1mm; margin-top: 7mm; break-after: avoid; }
h3 { font-size: 11.5pt; break-after: avoid; }
table { border-collapse: collapse; width: auto; max-width: 100%; margin: 2mm 0 4mm; font-size: 9pt; line-height: 1.4; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
th { background: #eee; font-weight: 600; min-width: 2em; overflow-wrap: anywhere; }
.nw { white-space: nowrap; }
td.w { min-width: 5em; }
tr { break-inside: avoid; }
blockquote { border: 2px solid #b00; background: #fff3f3; margin: 3mm 0; padding: 2mm 4mm; }
.chart { margin: 2mm 0 5mm; break-inside: avoid; }
.chart figcaption { margin-bottom: 1mm; }
.chart svg { width: 100%; height: auto; display: block; }
.legend { font-size: 9pt; text-align: center; margin-top: 1mm; }
.legend span { display: inline-block; margin: 0 3mm; white-space: nowrap; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.3mm; }
code { font-family: "Noto Sans Mono CJK SC", monospace; }
@media print {
  html { background: none; }
  body { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  .legend i { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

/// Markdown to a whole HTML page.
#[must_use]
pub fn page(title: &str, markdown: &str, lang: Lang) -> String {
    page_with_charts(title, markdown, &[], lang)
}

/// Markdown to a whole HTML page, each chart marker (an HTML comment on a line of its own)
/// replaced by its chart.
///
/// The report's Markdown holds ledger text, escaped where it was written
/// ([`crate::render::markdown::text`]); as a second line of defence, whatever raw HTML, link or
/// image the parser still finds is shown as text, so no value can add a tag, a script or a
/// `javascript:` address to the page. Only the markers, which come from the renderer, become
/// HTML.
#[must_use]
pub fn page_with_charts(
    title: &str,
    markdown: &str,
    charts: &[(&str, String)],
    lang: Lang,
) -> String {
    let mut body = String::new();
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES);
    let safe = parser.filter_map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Some(
            match charts.iter().find(|(marker, _)| h.trim() == *marker) {
                Some((_, svg)) => Event::Html(svg.clone().into()),
                None => Event::Text(h),
            },
        ),
        Event::Start(Tag::Link { .. } | Tag::Image { .. })
        | Event::End(TagEnd::Link | TagEnd::Image) => None,
        e => Some(e),
    });
    pulldown_cmark::html::push_html(&mut body, short_cells_nowrap(safe));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.pick("zh-CN", "en"),
        escape(title)
    )
}

/// Body cells whose text is at most this many display columns do not wrap: dates, ids, counts,
/// rates and short names like 定期检查 stay on one line instead of one character per line.
/// (Headers wrap, two characters a line at least: see `th` in [`STYLE`].)
const NOWRAP_COLUMNS: usize = 16;

/// Marks short table body cells `class="nw"` (see [`NOWRAP_COLUMNS`]) and longer ones
/// `class="w"`, which keep a few characters a line however crowded the table. Report tables
/// carry no column alignment, so a plain `<td>` is what pulldown-cmark would have written.
fn short_cells_nowrap<'a>(
    events: impl Iterator<Item = Event<'a>>,
) -> impl Iterator<Item = Event<'a>> {
    let mut out = Vec::new();
    let mut in_head = false;
    let mut cell: Option<Vec<Event<'a>>> = None;
    for e in events {
        match (&mut cell, e) {
            (None, Event::Start(Tag::TableHead)) => {
                in_head = true;
                out.push(Event::Start(Tag::TableHead));
            }
            (None, Event::End(TagEnd::TableHead)) => {
                in_head = false;
                out.push(Event::End(TagEnd::TableHead));
            }
            (None, Event::Start(Tag::TableCell)) if !in_head => cell = Some(Vec::new()),
            (Some(inner), Event::End(TagEnd::TableCell)) => {
                let width: usize = inner
                    .iter()
                    .map(|e| match e {
                        Event::Text(t) | Event::Code(t) => t.width(),
                        _ => 0,
                    })
                    .sum();
                out.push(Event::InlineHtml(
                    if width <= NOWRAP_COLUMNS {
                        "<td class=\"nw\">"
                    } else {
                        "<td class=\"w\">"
                    }
                    .into(),
                ));
                out.append(inner);
                out.push(Event::End(TagEnd::TableCell));
                cell = None;
            }
            (Some(inner), e) => inner.push(e),
            (None, e) => out.push(e),
        }
    }
    out.into_iter()
}

/// Text for HTML content and attributes.
#[must_use]
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The semiannual report as HTML with its charts.
#[must_use]
pub fn semiannual(r: &SemiannualReport, lang: Lang) -> String {
    let charts = [
        (CHART_CONFORMITY, charts::conformity_by_unit(r, lang)),
        (
            CHART_RECTIFICATIONS,
            charts::rectifications_by_month(r, lang),
        ),
        (CHART_DUTIES, charts::duty_completion(r, lang)),
    ];
    page_with_charts(
        &report_md::title(r, lang),
        &report_md::render(r, lang),
        &charts,
        lang,
    )
}
