//! Reports as one self-contained HTML page for A4 paper: the Markdown rendering turned into
//! HTML (pulldown-cmark), a print stylesheet with CJK fonts, and the charts in place of their
//! markers. Nothing is fetched from the network.

use crate::lang::Lang;
use crate::render::charts;
use crate::render::report_md::{self, CHART_CONFORMITY, CHART_DUTIES, CHART_RECTIFICATIONS};
use crate::report::semiannual::SemiannualReport;

/// The stylesheet: A4 with margins, CJK-capable font families, tables that break across
/// pages without splitting rows.
pub const STYLE: &str = r#"
@page { size: A4; margin: 18mm 16mm; }
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimSun", sans-serif; font-size: 10.5pt; line-height: 1.55; color: #111; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 13pt; border-bottom: 1px solid #888; padding-bottom: 1mm; margin-top: 7mm; break-after: avoid; }
h3 { font-size: 11.5pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #eee; }
tr { break-inside: avoid; }
blockquote { border: 2px solid #b00; background: #fff3f3; margin: 3mm 0; padding: 2mm 4mm; }
.chart { margin: 2mm 0 5mm; break-inside: avoid; }
.chart svg { width: 100%; height: auto; }
code { font-family: "Noto Sans Mono CJK SC", monospace; }
@media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
"#;

/// Markdown to a whole HTML page.
#[must_use]
pub fn page(title: &str, markdown: &str, lang: Lang) -> String {
    let mut body = String::new();
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES);
    pulldown_cmark::html::push_html(&mut body, parser);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.pick("zh-CN", "en"),
        escape(title)
    )
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
    let md = report_md::render(r, lang);
    let title = md
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("# ")
        .to_owned();
    let md = md
        .replace(CHART_CONFORMITY, &charts::conformity_by_unit(r, lang))
        .replace(
            CHART_RECTIFICATIONS,
            &charts::rectifications_by_month(r, lang),
        )
        .replace(CHART_DUTIES, &charts::duty_completion(r, lang));
    page(&title, &md, lang)
}
