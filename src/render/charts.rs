//! Charts for the HTML report, drawn as inline SVG with plotters' SVG backend: conformity by
//! unit, rectifications by status month by month, scheduled checks done by unit. The browser
//! draws the text, so Chinese renders with the page's CJK fonts.

use plotters::coord::Shift;
use plotters::prelude::*;

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

/// A titled figure around an SVG, or a note when there is nothing to draw.
fn figure(title: &str, svg: Option<String>, lang: Lang) -> String {
    let body = svg.unwrap_or_else(|| format!("<p>{}</p>", lang.pick("（无数据）", "(no data)")));
    format!(
        "<figure class=\"chart\"><figcaption><strong>{}</strong></figcaption>\n{body}\n</figure>\n",
        escape(title)
    )
}

/// Horizontal bars, one per label, of percentages (none = no bar, shown as "—").
fn percent_bars(rows: &[(String, &Ratio)]) -> Option<String> {
    if rows.iter().all(|(_, r)| r.den.is_empty()) {
        return None;
    }
    let n = rows.len();
    let height = u32::try_from(60 + 28 * n).unwrap_or(600);
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
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .x_label_area_size(28)
        .y_label_area_size(230)
        .build_cartesian_2d(0f64..100f64, (0..n).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_labels(6)
        .x_label_formatter(&|v| format!("{v:.0}%"))
        .y_labels(n)
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => rows.get(*i).map_or_else(String::new, |(l, _)| l.clone()),
            _ => String::new(),
        })
        .label_style((FONT, 13))
        .draw()?;
    chart.draw_series(rows.iter().enumerate().filter_map(|(i, (_, r))| {
        let v = r.value()? * 100.0;
        Some(Rectangle::new(
            [
                (0.0, SegmentValue::Exact(i)),
                (v, SegmentValue::Exact(i + 1)),
            ],
            BAR.filled(),
        ))
    }))?;
    chart.draw_series(rows.iter().enumerate().map(|(i, (_, r))| {
        let text = if r.den.is_empty() {
            "—".to_owned()
        } else {
            format!("{} ({})", r.percent(), r.fraction())
        };
        let x = r.value().map_or(0.0, |v| v * 100.0).min(70.0);
        Text::new(
            text,
            (x + 1.0, SegmentValue::CenterOf(i)),
            (FONT, 12).into_font(),
        )
    }))?;
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
        lang,
    )
}

/// 不符合项整改状态（按月末）: stacked bars per month.
#[must_use]
pub fn rectifications_by_month(r: &SemiannualReport, lang: Lang) -> String {
    let months = &r.rectification_months;
    let totals: Vec<usize> = months
        .iter()
        .map(|m| m.open + m.overdue + m.awaiting_recheck + m.reopened + m.closed)
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0);
    let svg = if max == 0 {
        None
    } else {
        let mut svg = String::new();
        let drawn = {
            let root = SVGBackend::with_string(&mut svg, (680, 300)).into_drawing_area();
            draw_months(&root, r, max, lang)
                .and_then(|()| root.present())
                .is_ok()
        };
        drawn.then_some(svg)
    };
    figure(
        lang.pick(
            "不符合项整改状态（各月末）",
            "Rectifications by status at each month's end",
        ),
        svg,
        lang,
    )
}

fn draw_months(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    r: &SemiannualReport,
    max: usize,
    lang: Lang,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.fill(&WHITE)?;
    let months = &r.rectification_months;
    let n = months.len();
    let top = u32::try_from(max).unwrap_or(u32::MAX).saturating_add(1);
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .x_label_area_size(28)
        .y_label_area_size(36)
        .build_cartesian_2d((0..n).into_segmented(), 0u32..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n)
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => {
                months.get(*i).map_or_else(String::new, |m| m.month.clone())
            }
            _ => String::new(),
        })
        .y_labels(usize::try_from(top).unwrap_or(10).min(10))
        .y_label_formatter(&|v| format!("{v}"))
        .label_style((FONT, 13))
        .draw()?;
    let names = [
        lang.pick("整改中", "open"),
        lang.pick("逾期", "overdue"),
        lang.pick("待复查", "awaiting re-check"),
        lang.pick("重新整改", "reopened"),
        lang.pick("已关闭", "closed"),
    ];
    for (s, (name, color)) in names.iter().zip(STATUS_COLORS).enumerate() {
        let bars = months.iter().enumerate().map(move |(i, m)| {
            let counts = [m.open, m.overdue, m.awaiting_recheck, m.reopened, m.closed];
            let below: usize = counts.iter().take(s).sum();
            let here = counts.get(s).copied().unwrap_or(0);
            let y0 = u32::try_from(below).unwrap_or(0);
            let y1 = u32::try_from(below + here).unwrap_or(0);
            Rectangle::new(
                [
                    (SegmentValue::Exact(i), y0),
                    (SegmentValue::Exact(i + 1), y1),
                ],
                color.filled(),
            )
        });
        chart
            .draw_series(bars)?
            .label(*name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK.mix(0.3))
        .label_font((FONT, 12))
        .draw()?;
    Ok(())
}
