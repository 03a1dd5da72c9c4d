//! Chart blocks ([`crate::doc::Chart`]) drawn as inline SVG with plotters' SVG backend for
//! the HTML page: bars of percentages (conformity by unit, scheduled checks done) and stacked
//! columns of counts (rectifications by status month by month). The figures come computed in
//! the block; this only lays them out. The browser draws the text, so Chinese renders with
//! the page's CJK fonts. Printed in black and white the charts still read: each bar carries
//! its figure beside it, and the stacked series are patterned as well as coloured.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::html_text::escape;
use crate::doc::{Bar, Chart, Plot, Stack};
use crate::message::labels::without_parenthesised;

const FONT: &str = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";
const BAR: RGBColor = RGBColor(0x3b, 0x6e, 0xa8);
/// The colours of stacked series, from the bottom: for the rectification chart open, overdue,
/// awaiting re-check, reopened, closed.
const STATUS_COLORS: [RGBColor; 5] = [
    RGBColor(0xf2, 0xb7, 0x05),
    RGBColor(0xc0, 0x39, 0x2b),
    RGBColor(0x8e, 0x6c, 0xc4),
    RGBColor(0xe6, 0x7e, 0x22),
    RGBColor(0x2e, 0x8b, 0x57),
];

/// A chart as a titled figure around its SVG (and legend), or its note when there is nothing
/// to draw.
#[must_use]
pub fn figure(c: &Chart) -> String {
    let body = match c.plot.as_ref().and_then(plot) {
        Some(drawn) => drawn,
        None => format!("<p>{}</p>", escape(&c.no_data)),
    };
    format!(
        "<figure class=\"chart\"><figcaption><strong>{}</strong></figcaption>\n{body}\n</figure>\n",
        escape(&c.title)
    )
}

/// The SVG of a plot, with its legend; none if plotters fails.
fn plot(p: &Plot) -> Option<String> {
    match p {
        Plot::Percent(bars) => percent_bars(bars),
        Plot::Stacked {
            series,
            groups,
            max,
        } => {
            let svg = with_patterns(&stacked(groups, *max)?);
            let entries: Vec<(&str, usize)> = series
                .iter()
                .map(String::as_str)
                .zip((0..STATUS_COLORS.len()).cycle())
                .collect();
            Some(format!("{svg}{}", legend(&entries)))
        }
    }
}

/// The legend as HTML under the chart: the page's font and size, never over the bars; each
/// swatch the series' pattern.
fn legend(entries: &[(&str, usize)]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|(name, i)| {
            format!(
                "<span><svg class=\"swatch\" width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"url(#{PATTERN}{i})\" stroke=\"#000\" stroke-width=\"0.6\"/></svg>{}</span>",
                escape(name)
            )
        })
        .collect();
    format!("<div class=\"legend\">{}</div>", items.join(""))
}

/// The ids of the stacked series' fills.
const PATTERN: &str = "gbsw-series-";

/// What sets each series apart on paper without colour, over its colour: none (a light
/// solid), diagonal hatching, dots, cross-hatching, vertical lines.
const MARKS: [&str; 5] = [
    "",
    "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\" stroke=\"#000\" stroke-width=\"1.4\"/>",
    "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#000\"/>",
    "<path d=\"M0 4H8M4 0V8\" stroke=\"#000\" stroke-width=\"1.2\"/>",
    "<path d=\"M2 0V8M6 0V8\" stroke=\"#fff\" stroke-width=\"1.2\"/>",
];

/// The SVG with each series' colour filled with its pattern ([`MARKS`] over the colour),
/// so the chart reads in black and white too; the patterns are defined in it, for the
/// legend as well.
fn with_patterns(svg: &str) -> String {
    let mut defs = String::from("<defs>");
    let mut out = svg.to_owned();
    for (i, (RGBColor(r, g, b), mark)) in STATUS_COLORS.iter().zip(MARKS).enumerate() {
        let hex = format!("#{r:02X}{g:02X}{b:02X}");
        defs.push_str(&format!(
            "<pattern id=\"{PATTERN}{i}\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"{hex}\"/>{mark}</pattern>"
        ));
        out = out.replace(
            &format!("fill=\"{hex}\""),
            &format!("fill=\"url(#{PATTERN}{i})\""),
        );
    }
    defs.push_str("</defs>");
    match out.find('>') {
        Some(end) if out.starts_with("<svg") => {
            out.insert_str(end + 1, &defs);
            out
        }
        _ => out,
    }
}

/// A bar label short enough for the label area: a unit's name without its parenthesised
/// project (常州市洁新物业服务有限公司（行政中心保洁物业项目部） → 常州市洁新物业服务有限公司),
/// cut to `max` display columns with "…".
fn short_label(name: &str, max: usize) -> String {
    let base = without_parenthesised(name);
    if base.width() <= max {
        return base.to_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in base.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// Horizontal bars, one per label from the top down, of percentages (none: no bar).
fn percent_bars(rows: &[Bar]) -> Option<String> {
    let n = rows.len();
    let height = u32::try_from(50 + 25 * n).unwrap_or(600);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (680, height)).into_drawing_area();
        draw_percent_bars(&root, rows).ok()?;
        root.present().ok()?;
    }
    Some(svg)
}

fn draw_percent_bars(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    rows: &[Bar],
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    let n = rows.len();
    let labels: Vec<String> = rows.iter().map(|b| short_label(&b.label, 26)).collect();
    // 13px text: a CJK character is about 13px wide, two display columns.
    let widest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let label_area = u32::try_from(widest * 7 + 14).unwrap_or(200).clamp(60, 240);
    // Row i fills the band from n-1-i to n-i, so the first row is at the top. The bands are
    // plain numbers (not plotters' segmented axis, which leaves an empty band at the end and
    // cannot map a single row); the row labels are drawn beside the axis by hand.
    #[allow(clippy::cast_precision_loss)]
    let band = |i: usize| (n - 1 - i) as f64;
    #[allow(clippy::cast_precision_loss)]
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_right(24)
        .x_label_area_size(26)
        .y_label_area_size(label_area)
        .build_cartesian_2d(0f64..100f64, 0f64..n as f64)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(BLACK.mix(0.12))
        .axis_style(BLACK.mix(0.5))
        .x_labels(6)
        .x_label_formatter(&|v| format!("{v:.0}%"))
        .y_labels(2)
        .y_label_formatter(&|_| String::new())
        .set_tick_mark_size(LabelAreaPosition::Left, 0)
        .label_style((FONT, 13))
        .draw()?;
    chart.draw_series(rows.iter().enumerate().filter_map(|(i, b)| {
        let v = b.percent?;
        Some(Rectangle::new(
            [(0.0, band(i) + 0.2), (v, band(i) + 0.8)],
            BAR.filled(),
        ))
    }))?;
    chart.draw_series(rows.iter().enumerate().map(|(i, b)| {
        let v = b.percent.unwrap_or(0.0);
        // Past the end of a short bar in black; inside the end of a long one in white.
        let (x, color, h) = if v > 72.0 {
            (v - 1.0, &WHITE, HPos::Right)
        } else {
            (v + 1.0, &BLACK, HPos::Left)
        };
        let style = (FONT, 12)
            .into_font()
            .color(color)
            .pos(Pos::new(h, VPos::Center));
        Text::new(b.text.clone(), (x, band(i) + 0.5), style)
    }))?;
    let style = (FONT, 13)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (i, label) in labels.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(0.0, band(i) + 0.5));
        root.draw(&Text::new(label.as_str(), (x - 6, y), style.clone()))?;
    }
    Ok(())
}

/// Stacked columns, one per group, of counts up to `max`.
fn stacked(groups: &[Stack], max: usize) -> Option<String> {
    let mut svg = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut svg, (680, 280)).into_drawing_area();
        draw_months(&root, groups, max)
            .and_then(|()| root.present())
            .is_ok()
    };
    drawn.then_some(svg)
}

fn draw_months(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    months: &[Stack],
    max: usize,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    // Room above the highest bar for its total.
    let top = u32::try_from(max + max.div_ceil(8)).unwrap_or(u32::MAX);
    // Month i fills the band from i to i+1; the month labels are drawn under it by hand (see
    // draw_percent_bars).
    #[allow(clippy::cast_precision_loss)]
    let x = |i: usize| i as f64;
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_right(16)
        .x_label_area_size(26)
        .y_label_area_size(36)
        .build_cartesian_2d(0f64..x(months.len()), 0u32..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(BLACK.mix(0.12))
        .axis_style(BLACK.mix(0.5))
        .x_labels(2)
        .x_label_formatter(&|_| String::new())
        .set_tick_mark_size(LabelAreaPosition::Bottom, 0)
        .y_labels(usize::try_from(top).unwrap_or(10).min(10))
        .y_label_formatter(&|v| format!("{v}"))
        .label_style((FONT, 13))
        .draw()?;
    for (s, color) in STATUS_COLORS.into_iter().enumerate() {
        let bars = months.iter().enumerate().filter_map(move |(i, m)| {
            let below: usize = m.counts.iter().take(s).sum();
            let here = m.counts.get(s).copied().unwrap_or(0);
            if here == 0 {
                return None;
            }
            let y0 = u32::try_from(below).unwrap_or(0);
            let y1 = u32::try_from(below + here).unwrap_or(0);
            Some(Rectangle::new(
                [(x(i) + 0.2, y0), (x(i) + 0.8, y1)],
                color.filled(),
            ))
        });
        chart.draw_series(bars)?;
    }
    chart.draw_series(months.iter().enumerate().filter_map(|(i, m)| {
        let total = m.total;
        (total > 0).then(|| {
            Text::new(
                total.to_string(),
                (x(i) + 0.5, u32::try_from(total).unwrap_or(0)),
                (FONT, 12)
                    .into_font()
                    .color(&BLACK)
                    .pos(Pos::new(HPos::Center, VPos::Bottom)),
            )
        })
    }))?;
    let style = (FONT, 13)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (i, m) in months.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(x(i) + 0.5, 0));
        root.draw(&Text::new(m.label.as_str(), (px, py + 6), style.clone()))?;
    }
    Ok(())
}
