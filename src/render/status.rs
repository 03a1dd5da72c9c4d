//! `gbsw status` as a screen of tables, or JSON.

use std::fmt::Write as _;

use comfy_table::{ContentArrangement, Table, presets};

use crate::lang::Lang;
use crate::model::vocab::{CheckType, RectificationStatus, StandardStatus, Vocab};
use crate::render::due::item_json;
use crate::render::report_md::period_name;
use crate::render::style::Palette;
use crate::report::status::Status;

/// A boxed table; with a `width` (a terminal's) its columns wrap to fit it.
fn table(header: Vec<String>, rows: Vec<Vec<String>>, width: Option<usize>) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_header(header);
    if let Some(w) = width {
        t.set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(w).unwrap_or(u16::MAX));
    }
    for r in rows {
        t.add_row(r);
    }
    format!("{t}\n")
}

fn rate(r: &crate::report::Ratio) -> String {
    if r.den.is_empty() {
        "—".to_owned()
    } else {
        format!("{} ({})", r.percent(), r.fraction())
    }
}

/// The status screen, fitting a terminal `width` wide (or whole, without one); overdue items
/// in the error colour.
#[must_use]
pub fn table_text(s: &Status, lang: Lang, width: Option<usize>, palette: Palette) -> String {
    let l = lang;
    let mut out = String::new();
    let who = s.unit.as_ref().map_or_else(
        || s.organization.clone(),
        |u| format!("{} {u}", s.organization),
    );
    let _ = writeln!(
        out,
        "{}\n",
        l.pick(
            format!(
                "{} 标准化工作台账概览 — {}，截至 {}",
                who,
                period_name(s.period, l),
                s.as_of
            ),
            format!(
                "{}: the ledger at a glance — {}, as of {}",
                who,
                period_name(s.period, l),
                s.as_of
            ),
        )
    );
    if !s.incomplete.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                format!("注意：{} 个文件未能完整读取（{}），其中的记录未计入；请运行 gbsw check。", s.incomplete.len(), s.incomplete.join("、")),
                format!("note: {} files could not be read completely ({}); their records are not counted. Run gbsw check.", s.incomplete.len(), s.incomplete.join(", ")),
            )
        );
    }
    // Standards by category and status.
    let mut header = vec![l.pick("标准类别", "category").to_owned()];
    header.extend(StandardStatus::ALL.iter().map(|st| st.label(l).to_owned()));
    let rows = s
        .standards
        .iter()
        .map(|(_, zh, en, by)| {
            let mut row = vec![l.pick(zh.clone(), en.clone())];
            row.extend(
                StandardStatus::ALL
                    .iter()
                    .map(|st| by.get(st.key()).copied().unwrap_or(0).to_string()),
            );
            row
        })
        .collect();
    out.push_str(&table(header, rows, width));
    // Plans.
    let rows = s
        .plans
        .iter()
        .map(|p| {
            vec![
                p.id.clone(),
                format!("{}/{}", p.done, p.total),
                p.end.map_or_else(|| "—".to_owned(), |d| d.to_string()),
                p.late.to_string(),
            ]
        })
        .collect();
    out.push_str(&table(
        vec![
            l.pick("实施计划", "plan").into(),
            l.pick("已完成活动", "activities done").into(),
            l.pick("结束日期", "ends").into(),
            l.pick("逾期活动", "late activities").into(),
        ],
        rows,
        width,
    ));
    // Checks and conformity in the period.
    let ind = &s.indicators;
    let mut rows: Vec<Vec<String>> = CheckType::ALL
        .iter()
        .map(|t| {
            vec![
                t.label(l).to_owned(),
                ind.checks_by_type
                    .get(t.key())
                    .map_or(0, Vec::len)
                    .to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        l.pick("合计", "total").to_owned(),
        ind.checks.len().to_string(),
    ]);
    rows.push(vec![
        l.pick("检查项目符合率", "items conforming").to_owned(),
        rate(&ind.conformity),
    ]);
    rows.push(vec![
        l.pick("定期检查完成率", "scheduled checks done").to_owned(),
        rate(&ind.duty_completion),
    ]);
    out.push_str(&table(
        vec![
            l.pick("本期检查", "checks in the period").into(),
            l.pick("次数 / 比率", "count / rate").into(),
        ],
        rows,
        width,
    ));
    // Rectifications by status.
    let rows = RectificationStatus::ALL
        .iter()
        .map(|st| {
            let ids = s.rectifications.get(st.key()).cloned().unwrap_or_default();
            vec![
                st.label(l).to_owned(),
                ids.len().to_string(),
                ids.join(", "),
            ]
        })
        .collect();
    out.push_str(&table(
        vec![
            l.pick("整改状态", "rectifications").into(),
            l.pick("数量", "count").into(),
            l.pick("记录", "records").into(),
        ],
        rows,
        width,
    ));
    // Overdue.
    let _ = writeln!(
        out,
        "{}",
        l.pick(
            format!(
                "逾期事项 {} 项{}：",
                s.overdue_total,
                if s.overdue_total > s.overdue.len() {
                    format!("（最早的 {} 项）", s.overdue.len())
                } else {
                    String::new()
                }
            ),
            format!(
                "{} items overdue{}:",
                s.overdue_total,
                if s.overdue_total > s.overdue.len() {
                    format!(" (the {} oldest)", s.overdue.len())
                } else {
                    String::new()
                }
            ),
        )
    );
    // The heading above says how many there are; the table shows the oldest ones.
    out.push_str(&crate::render::due::rows(&s.overdue, l, width, palette));
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        l.pick(
            "应复审（逾期或本期到期）：",
            "Reviews overdue or due in the period:"
        )
    );
    if s.reviews.is_empty() {
        let _ = writeln!(out, "{}", l.pick("无", "none"));
    } else {
        out.push_str(&crate::render::due::rows(&s.reviews, l, width, palette));
    }
    out.push('\n');
    // Who has handed in the half year's report.
    let _ = writeln!(
        out,
        "{}",
        l.pick(
            format!("{}标准落地实施情况报告报送：", period_name(s.half, l)),
            format!("Reports on {}:", period_name(s.half, l)),
        )
    );
    if s.submissions.is_empty() {
        let _ = writeln!(out, "{}\n", l.pick("无应报送的单位", "no unit owes one"));
    } else {
        let rows = s
            .submissions
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.deadline.to_string(),
                    r.state.label(l).to_owned(),
                    r.submitted
                        .map_or_else(|| "—".to_owned(), |d| d.to_string()),
                    r.record.clone().unwrap_or_else(|| "—".to_owned()),
                ]
            })
            .collect();
        out.push_str(&table(
            vec![
                l.pick("单位", "unit").into(),
                l.pick("截止日期", "deadline").into(),
                l.pick("情况", "state").into(),
                l.pick("报送日期", "handed in").into(),
                l.pick("记录", "record").into(),
            ],
            rows,
            width,
        ));
    }
    let _ = writeln!(
        out,
        "{}",
        l.pick(
            format!(
                "截至 {}：共 {} 项待办，其中逾期 {} 项；gbsw due 列出全部。",
                s.as_of, s.due_total, s.overdue_total
            ),
            format!(
                "as of {}: {} items due, {} overdue; gbsw due lists them all.",
                s.as_of, s.due_total, s.overdue_total
            ),
        )
    );
    out
}

/// The status figures as JSON.
#[must_use]
pub fn json(s: &Status, lang: Lang) -> String {
    let mut v = serde_json::to_value(s).unwrap_or(serde_json::Value::Null);
    v["overdue"] = s.overdue.iter().map(|i| item_json(i, lang)).collect();
    v["reviews"] = s.reviews.iter().map(|i| item_json(i, lang)).collect();
    let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
    text.push('\n');
    text
}
