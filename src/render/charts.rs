//! Charts for the HTML report, drawn as inline SVG with plotters' SVG backend: conformity by
//! unit, rectifications by status month by month, scheduled checks done by unit. The browser
//! draws the text, so Chinese renders with the page's CJK fonts.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::report_html::escape;
use crate::lang::Lang;
use crate::report::Ratio;
use crate::report::semiannual::SemiannualReport;

const FONT: &str = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";
const BAR: RGBColor = RGBColor(0x3b, 0x6e, 0xa8);
/// Open, overdue, awaiting re-check, reopened, closed.
const STATUS_COLORS: [RGBColor; 5] = [
    RGBColor(0xf2, 0xb7, 0x05),
    RGBColor(0xc0, 0x39, 0x2b),
    RGBColor(0x8e, 0x6c, 0xc4),
    RGBColor(0xe6, 0x7e, 0x22),
    RGBColor(0x2e, 0x8b, 0x57),
];

/// A titled figure around an SVG (and an optional legend under it), or a note when there is
/// nothing to draw.
fn figure(title: &str, svg: Option<String>, legend: &str, lang: Lang) -> String {
    let body = match svg {
        Some(svg) => format!("{svg}{legend}"),
        None => format!("<p>{}</p>", lang.pick("（无数据）", "(no data)")),
    };
    format!(
        "<figure class=\"chart\"><figcaption><strong>{}</strong></figcaption>\n{body}\n</figure>\n",
        escape(title)
    )
}

/// The legend as HTML under the chart: the page's font and size, never over the bars.
fn legend(entries: &[(&str, RGBColor)]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|(name, RGBColor(r, g, b))| {
            format!(
                "<span><i style=\"background:#{r:02x}{g:02x}{b:02x}\"></i>{}</span>",
                escape(name)
            )
        })
        .collect();
    format!("<div class=\"legend\">{}</div>", items.join(""))
}

/// A bar label short enough for the label area: a unit's name without its parenthesised
/// project (常州市洁新物业服务有限公司（行政中心保洁物业项目部） → 常州市洁新物业服务有限公司),
/// cut to `max` display columns with "…".
fn short_label(name: &str, max: usize) -> String {
    let base = match name.find('（') {
        Some(i) if i > 0 && name.ends_with('）') => &name[..i],
        _ => name,
    };
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

/// Horizontal bars, one per label from the top down, of percentages (an empty denominator:
/// no bar, "—").
fn percent_bars(rows: &[(String, &Ratio)]) -> Option<String> {
    if rows.iter().all(|(_, r)| r.den.is_empty()) {
        return None;
    }
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
    rows: &[(String, &Ratio)],
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    let n = rows.len();
    let labels: Vec<String> = rows.iter().map(|(l, _)| short_label(l, 26)).collect();
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
    chart.draw_series(rows.iter().enumerate().filter_map(|(i, (_, r))| {
        let v = r.value()? * 100.0;
        Some(Rectangle::new(
            [(0.0, band(i) + 0.2), (v, band(i) + 0.8)],
            BAR.filled(),
        ))
    }))?;
    chart.draw_series(rows.iter().enumerate().map(|(i, (_, r))| {
        let text = if r.den.is_empty() {
            "—".to_owned()
        } else {
            format!("{} ({})", r.percent(), r.fraction())
        };
        let v = r.value().map_or(0.0, |v| v * 100.0);
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
        Text::new(text, (x, band(i) + 0.5), style)
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

/// 各单位检查项目符合率.
#[must_use]
pub fn conformity_by_unit(r: &SemiannualReport, lang: Lang) -> String {
    let rows: Vec<(String, &Ratio)> = r
        .units
        .iter()
        .filter(|u| !u.conformity.den.is_empty())
        .map(|u| (u.name.clone(), &u.conformity))
        .collect();
    figure(
        lang.pick("各单位检查项目符合率", "Check items conforming, by unit"),
        percent_bars(&rows),
        "",
        lang,
    )
}

/// 各单位定期检查完成率 (one unit's report: by schedule is not split, one bar).
#[must_use]
pub fn duty_completion(r: &SemiannualReport, lang: Lang) -> String {
    let rows: Vec<(String, &Ratio)> = if r.units.is_empty() {
        let name = r
            .unit
            .as_ref()
            .map_or_else(|| r.organization.clone(), |(_, n)| n.clone());
        vec![(name, &r.indicators.duty_completion)]
    } else {
        r.units
            .iter()
            .filter(|u| !u.duty_completion.den.is_empty())
            .map(|u| (u.name.clone(), &u.duty_completion))
            .collect()
    };
    figure(
        lang.pick("定期检查完成率", "Scheduled checks done"),
        percent_bars(&rows),
        "",
        lang,
    )
}

/// The rectification statuses in the order they are stacked, from the bottom.
fn status_names(lang: Lang) -> [&'static str; 5] {
    [
        lang.pick("整改中", "open"),
        lang.pick("逾期", "overdue"),
        lang.pick("待复查", "awaiting re-check"),
        lang.pick("重新整改", "reopened"),
        lang.pick("已关闭", "closed"),
    ]
}

/// 不符合项整改状态（按月末）: stacked bars per month, the total above each bar, the legend
/// under the chart.
#[must_use]
pub fn rectifications_by_month(r: &SemiannualReport, lang: Lang) -> String {
    let months = &r.rectification_months;
    let max = months
        .iter()
        .map(|m| m.open + m.overdue + m.awaiting_recheck + m.reopened + m.closed)
        .max()
        .unwrap_or(0);
    let svg = if max == 0 {
        None
    } else {
        let mut svg = String::new();
        let drawn = {
            let root = SVGBackend::with_string(&mut svg, (680, 280)).into_drawing_area();
            draw_months(&root, r, max)
                .and_then(|()| root.present())
                .is_ok()
        };
        drawn.then_some(svg)
    };
    let entries: Vec<(&str, RGBColor)> =
        status_names(lang).into_iter().zip(STATUS_COLORS).collect();
    figure(
        lang.pick(
            "不符合项整改状态（各月末）",
            "Rectifications by status at each month's end",
        ),
        svg,
        &legend(&entries),
        lang,
    )
}

fn draw_months(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    r: &SemiannualReport,
    max: usize,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    let months = &r.rectification_months;
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
            let counts = [m.open, m.overdue, m.awaiting_recheck, m.reopened, m.closed];
            let below: usize = counts.iter().take(s).sum();
            let here = counts.get(s).copied().unwrap_or(0);
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
        let total = m.open + m.overdue + m.awaiting_recheck + m.reopened + m.closed;
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
        root.draw(&Text::new(m.month.as_str(), (px, py + 6), style.clone()))?;
    }
    Ok(())
}
