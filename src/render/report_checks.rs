//! The circular of check results (检查结果通报) as Markdown, HTML, JSON and CSV.

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::model::vocab::{CheckType, Conformity, RectificationStatus, Vocab};
use crate::render::report_md::period_name;
use crate::render::{csv_text, markdown, report_html};
use crate::report::checks::ChecksCircular;

/// Ledger text in a table cell or a sentence: escaped so that it stays text.
fn cell(s: &str) -> String {
    markdown::text(s)
}

fn rects_text(rects: &[(String, RectificationStatus)], lang: Lang) -> String {
    if rects.is_empty() {
        return "—".to_owned();
    }
    rects
        .iter()
        .map(|(id, s)| format!("{}（{}）", cell(id), s.label(lang)))
        .collect::<Vec<_>>()
        .join(lang.pick("、", ", "))
}

/// The circular's title, as plain text.
#[must_use]
pub fn title(c: &ChecksCircular, lang: Lang) -> String {
    let who = c.unit.as_ref().map_or_else(
        || c.organization.clone(),
        |(_, n)| format!("{} {n}", c.organization),
    );
    lang.pick(
        format!(
            "{who} {}标准实施情况检查结果通报",
            period_name(c.period, lang)
        ),
        format!(
            "{who}: results of the checks of standards implementation, {}",
            period_name(c.period, lang)
        ),
    )
}

/// The circular as Markdown.
#[must_use]
pub fn markdown(c: &ChecksCircular, lang: Lang) -> String {
    let l = lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", markdown::line_start(&title(c, l)));
    let _ = writeln!(
        out,
        "{}\n",
        l.pick(format!("截至 {}。", c.as_of), format!("As of {}.", c.as_of))
    );
    if !c.incomplete.is_empty() {
        let _ = writeln!(
            out,
            "> **{}**\n",
            l.pick(
                format!("注意：台账中有 {} 个文件未能完整读取，其中的记录未计入本通报：{}。请运行 `gbsw check`。", c.incomplete.len(), c.incomplete.iter().map(|f| cell(f)).collect::<Vec<_>>().join("、")),
                format!("Warning: {} files could not be read completely and their records are not counted: {}. Run `gbsw check`.", c.incomplete.len(), c.incomplete.iter().map(|f| cell(f)).collect::<Vec<_>>().join(", ")),
            )
        );
    }
    let total: usize = c.by_type.values().sum();
    let types: Vec<String> = CheckType::ALL
        .iter()
        .filter_map(|t| c.by_type.get(t.key()).map(|n| (t, n)))
        .map(|(t, n)| l.pick(format!("{} {n} 次", t.zh()), format!("{n} {}", t.key())))
        .collect();
    let conclusions: Vec<String> = Conformity::ALL
        .iter()
        .filter_map(|k| c.by_conclusion.get(k.key()).map(|n| (k, n)))
        .map(|(k, n)| l.pick(format!("{} {n} 次", k.zh()), format!("{n} {}", k.key())))
        .collect();
    let rects: Vec<String> = RectificationStatus::ALL
        .iter()
        .filter_map(|k| c.rectifications_by_status.get(k.key()).map(|n| (k, n)))
        .map(|(k, n)| l.pick(format!("{} {n} 项", k.zh()), format!("{n} {}", k.key())))
        .collect();
    let none = || l.pick("无", "none").to_owned();
    let join = |v: &[String]| {
        if v.is_empty() {
            none()
        } else {
            v.join(l.pick("，", ", "))
        }
    };
    let _ = writeln!(out, "## {}\n", l.pick("一、总体情况", "1. Summary"));
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!("本期检查 {total} 次：{}。", join(&types)),
            format!("{total} checks: {}.", join(&types))
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!("检查结论：{}。", join(&conclusions)),
            format!("Conclusions: {}.", join(&conclusions))
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!(
                "各处室（单位）日常自查 {} 次，其中发现问题 {} 次（下表只列出发现问题的自查）。",
                c.self_checks, c.self_checks_with_findings
            ),
            format!(
                "{} daily self-checks, {} of which found problems (only those are listed below).",
                c.self_checks, c.self_checks_with_findings
            ),
        )
    );
    let _ = writeln!(
        out,
        "- {}\n",
        l.pick(
            format!("发现的不符合项整改情况：{}。", join(&rects)),
            format!("Nonconformities found, by status: {}.", join(&rects))
        )
    );
    let _ = writeln!(out, "## {}\n", l.pick("二、检查明细", "2. The checks"));
    if c.rows.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                "本期没有需要通报的检查。",
                "No checks to report in the period."
            )
        );
    } else {
        let header = [
            l.pick("日期", "date"),
            l.pick("检查", "check"),
            l.pick("方式", "type"),
            l.pick("检查单位", "by"),
            l.pick("被检查单位", "checked"),
            l.pick("检查人", "inspectors"),
            l.pick("结论", "conclusion"),
            l.pick("项目符合", "items conforming"),
            l.pick("不符合项及整改", "nonconformities"),
        ];
        let _ = writeln!(out, "| {} |", header.join(" | "));
        let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
        for r in &c.rows {
            let items = if r.items.den.is_empty() {
                "—".to_owned()
            } else {
                r.items.fraction()
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.date,
                cell(&r.id),
                r.check_type.label(l),
                cell(&r.by.clone().unwrap_or_else(|| {
                    // No checking unit of the ledger: the unit itself for a self-check; an
                    // outside body (third party, higher level) named by the inspectors.
                    if r.check_type == CheckType::SelfCheck {
                        l.pick("自查", "self")
                    } else {
                        "—"
                    }
                    .to_owned()
                })),
                cell(&r.unit),
                cell(&r.inspectors.join(l.pick("、", ", "))),
                r.conclusion.label(l),
                items,
                cell(&rects_text(&r.rectifications, l)),
            );
        }
        out.push('\n');
        let with_record: Vec<_> = c
            .rows
            .iter()
            .filter(|r| r.conclusion != Conformity::Conform && r.record.is_some())
            .collect();
        if !with_record.is_empty() {
            let _ = writeln!(
                out,
                "## {}\n",
                l.pick("三、发现的主要问题", "3. Main findings")
            );
            for r in with_record {
                let _ = writeln!(
                    out,
                    "- **{}**（{}）：{}",
                    cell(&r.id),
                    cell(&r.unit),
                    cell(r.record.as_deref().unwrap_or(""))
                );
            }
            out.push('\n');
        }
    }
    out
}

/// The circular as one HTML page.
#[must_use]
pub fn html(c: &ChecksCircular, lang: Lang) -> String {
    report_html::page(&title(c, lang), &markdown(c, lang), lang)
}

/// The circular as JSON.
#[must_use]
pub fn json(c: &ChecksCircular, lang: Lang) -> String {
    let mut v = serde_json::to_value(c).unwrap_or(serde_json::Value::Null);
    v["lang"] = serde_json::json!(lang);
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// One row per listed check.
///
/// # Errors
/// Only if the CSV writer fails, which writing to memory does not.
pub fn csv(c: &ChecksCircular, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(csv_text::header(
        &[
            ("检查日期", "date"),
            ("检查编号", "check"),
            ("检查方式", "type"),
            ("检查部门", "by"),
            ("受检单位", "unit"),
            ("检查人员", "inspectors"),
            ("标准", "standards"),
            ("检查结论", "conclusion"),
            ("符合项目数", "items_conforming"),
            ("检查项目数", "items_checked"),
            ("不符合项", "rectifications"),
        ],
        lang,
    ))?;
    for r in &c.rows {
        let t = |s: &str| csv_text::text(s).into_owned();
        w.write_record([
            r.date.to_string(),
            t(&r.id),
            r.check_type.key().to_owned(),
            t(r.by.as_deref().unwrap_or_default()),
            t(&r.unit),
            t(&r.inspectors.join("; ")),
            t(&r.standards.join("; ")),
            r.conclusion.key().to_owned(),
            r.items.num.len().to_string(),
            r.items.den.len().to_string(),
            t(&rects_text(&r.rectifications, lang)),
        ])?;
    }
    csv_text::finish(w)
}
