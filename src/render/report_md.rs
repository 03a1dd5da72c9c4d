//! The semiannual report as Markdown, in the structure the guidance asks for. Formats only:
//! every figure comes computed in the [`SemiannualReport`].

use std::fmt::Write as _;

use crate::due::DueItem;
use crate::lang::Lang;
use crate::model::Period;
use crate::model::vocab::{
    CheckItemKind, CheckType, Conformity, EvaluationType, Grade, RectificationStatus,
    ReviewDecision, StaffGrade, SubmissionState, Vocab,
};
use crate::render::markdown;
use crate::report::Ratio;
use crate::report::semiannual::SemiannualReport;

/// `2026年上半年` / `first half of 2026`, and the other period kinds.
#[must_use]
pub fn period_name(p: Period, lang: Lang) -> String {
    match p {
        Period::Year(y) => lang.pick(format!("{y}年"), format!("{y}")),
        Period::Half(y, h) => lang.pick(
            format!("{y}年{}", if h == 1 { "上半年" } else { "下半年" }),
            format!(
                "the {} half of {y}",
                if h == 1 { "first" } else { "second" }
            ),
        ),
        Period::Quarter(y, q) => lang.pick(format!("{y}年第{q}季度"), format!("Q{q} {y}")),
        Period::Month(y, m) => lang.pick(format!("{y}年{m}月"), format!("{y}-{m:02}")),
    }
}

/// A label of a vocabulary value in the report's language.
fn label<T: Vocab>(key: &str, lang: Lang) -> String {
    T::parse(key).map_or_else(|| key.to_owned(), |v| v.label(lang).to_owned())
}

/// `93.3%（14/15）`, or `—` when the denominator is empty.
fn rate(r: &Ratio) -> String {
    if r.den.is_empty() {
        "—".to_owned()
    } else {
        format!("{} ({})", r.percent(), r.fraction())
    }
}

fn opt_score(s: Option<f64>) -> String {
    s.map_or_else(|| "—".to_owned(), |v| format!("{v:.1}"))
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        "—".to_owned()
    } else {
        ids.iter().map(|id| cell(id)).collect::<Vec<_>>().join(", ")
    }
}

/// Ledger text in a table cell or a sentence: escaped so that it stays text.
fn cell(s: &str) -> String {
    markdown::text(s)
}

fn table(out: &mut String, header: &[String], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| cell(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

fn due_rows(items: &[DueItem], lang: Lang) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|i| {
            vec![
                i.due.to_string(),
                i.days_left.to_string(),
                i.kind.label(lang).to_owned(),
                i.unit_name.clone().unwrap_or_default(),
                i.what.text(lang),
                i.source
                    .as_ref()
                    .map_or_else(String::new, |s| format!("{} ({}:{})", s.id, s.file, s.line)),
            ]
        })
        .collect()
}

fn due_header(lang: Lang) -> Vec<String> {
    [
        lang.pick("到期日", "due"),
        lang.pick("剩余天数", "days left"),
        lang.pick("类型", "kind"),
        lang.pick("单位", "unit"),
        lang.pick("事项", "what"),
        lang.pick("记录", "record"),
    ]
    .map(String::from)
    .to_vec()
}

/// Where charts go in the HTML version: the Markdown carries a marker the HTML renderer
/// replaces; in plain Markdown the marker is an HTML comment and invisible.
pub const CHART_CONFORMITY: &str = "<!-- chart:conformity-by-unit -->";
pub const CHART_RECTIFICATIONS: &str = "<!-- chart:rectifications-by-month -->";
pub const CHART_DUTIES: &str = "<!-- chart:duty-completion -->";

/// Who reports: the organisation, and the unit when the report is one unit's.
fn title_who(r: &SemiannualReport) -> String {
    r.unit.as_ref().map_or_else(
        || r.organization.clone(),
        |(_, name)| format!("{} {name}", r.organization),
    )
}

/// The report's title, as plain text (the HTML page's `<title>`).
#[must_use]
pub fn title(r: &SemiannualReport, lang: Lang) -> String {
    let who = title_who(r);
    lang.pick(
        format!("{who} {}标准落地实施情况报告", period_name(r.period, lang)),
        format!(
            "{who}: implementation of standards, {}",
            period_name(r.period, lang)
        ),
    )
}

/// The report as Markdown.
#[must_use]
#[allow(clippy::too_many_lines)]
pub fn render(r: &SemiannualReport, lang: Lang) -> String {
    let l = lang;
    let ind = &r.indicators;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", markdown::line_start(&title(r, l)));
    let _ = writeln!(
        out,
        "{}\n",
        l.pick(
            format!("截至 {}。本报告由 gbsw 根据标准化工作台账计算生成，每项数据均可在附录中查到所计入的记录。", r.as_of),
            format!("As of {}. Computed by gbsw from the standardization ledger; the appendix names the records behind every figure.", r.as_of),
        )
    );
    if !r.incomplete.is_empty() {
        let _ = writeln!(
            out,
            "> **{}**\n",
            l.pick(
                format!(
                    "注意：台账中有 {} 个文件未能完整读取，其中的记录未计入本报告：{}。请运行 `gbsw check` 修正后重新生成。",
                    r.incomplete.len(),
                    r.incomplete.iter().map(|f| cell(f)).collect::<Vec<_>>().join("、")
                ),
                format!(
                    "Warning: {} files of the ledger could not be read completely and their records are not counted: {}. Run `gbsw check`, fix them and generate this report again.",
                    r.incomplete.len(),
                    r.incomplete.iter().map(|f| cell(f)).collect::<Vec<_>>().join(", ")
                ),
            )
        );
    }

    // 一、基本情况
    let _ = writeln!(out, "## {}\n", l.pick("一、基本情况", "1. Overview"));
    let by_cat: Vec<String> = ind
        .standards_by_category
        .iter()
        .map(|(c, ids)| {
            let name = r
                .categories
                .iter()
                .find(|(id, _, _)| id == c)
                .map_or_else(|| c.clone(), |(_, zh, en)| l.pick(zh.clone(), en.clone()));
            let name = cell(&name);
            l.pick(
                format!("{name} {} 项", ids.len()),
                format!("{} {name}", ids.len()),
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!(
                "在用标准 {} 项：{}。",
                ind.standards.len(),
                if by_cat.is_empty() {
                    "无".to_owned()
                } else {
                    by_cat.join("，")
                }
            ),
            format!(
                "{} standards in force: {}.",
                ind.standards.len(),
                if by_cat.is_empty() {
                    "none".to_owned()
                } else {
                    by_cat.join(", ")
                }
            ),
        )
    );
    let planned = r.standards.iter().filter(|s| s.plan.is_some()).count();
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!("其中 {planned} 项有实施计划。"),
            format!("{planned} of them have an implementation plan."),
        )
    );
    let _ = writeln!(
        out,
        "- {}\n",
        l.pick(
            format!(
                "本期检查 {} 次，发现不符合项 {} 项，开展宣贯培训 {} 场。",
                ind.checks.len(),
                ind.nonconformities.found.len(),
                ind.trainings.sessions.len()
            ),
            format!(
                "{} checks made, {} nonconformities found, {} briefings and trainings held in the period.",
                ind.checks.len(),
                ind.nonconformities.found.len(),
                ind.trainings.sessions.len()
            ),
        )
    );

    // 二、实施频率
    let _ = writeln!(
        out,
        "## {}\n",
        l.pick("二、实施频率", "2. Frequency of implementation")
    );
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!("定期检查完成率：{}。", rate(&ind.duty_completion)),
            format!("Scheduled checks done: {}.", rate(&ind.duty_completion)),
        )
    );
    let t = &ind.trainings;
    // Hours as recorded: none recorded is not "0 hours".
    let (hours_zh, hours_en) = match t.hours_unrecorded.len() {
        0 => (format!("{} 学时", t.hours), format!("{} hours", t.hours)),
        n if n == t.sessions.len() => ("学时未记录".to_owned(), "hours not recorded".to_owned()),
        n => (
            format!("{} 学时（另有 {n} 场未记录学时）", t.hours),
            format!("{} hours ({n} more without hours recorded)", t.hours),
        ),
    };
    let _ = writeln!(
        out,
        "- {}\n",
        l.pick(
            format!(
                "宣贯培训 {} 场、{hours_zh}，参加 {} 人次，参加考核 {} 人，通过 {} 人，考核通过率 {}。",
                t.sessions.len(),
                t.attendees,
                t.assessed,
                t.passed,
                t.pass_rate.map_or_else(|| "—".to_owned(), |v| format!("{:.1}%", v * 100.0))
            ),
            format!(
                "{} briefings and trainings, {hours_en}, {} attendances, {} assessed, {} passed: pass rate {}.",
                t.sessions.len(),
                t.attendees,
                t.assessed,
                t.passed,
                t.pass_rate.map_or_else(|| "—".to_owned(), |v| format!("{:.1}%", v * 100.0))
            ),
        )
    );
    let type_rows: Vec<Vec<String>> = CheckType::ALL
        .iter()
        .map(|k| {
            let ids = ind.checks_by_type.get(k.key()).cloned().unwrap_or_default();
            vec![k.label(l).to_owned(), ids.len().to_string()]
        })
        .collect();
    table(
        &mut out,
        &[
            l.pick("检查方式", "type of check").into(),
            l.pick("次数", "checks").into(),
        ],
        &type_rows,
    );
    let cadence_rows: Vec<Vec<String>> = ind
        .checks_by_cadence
        .iter()
        .map(|(k, ids)| {
            let name = if *k == "unscheduled" {
                l.pick("不定期", "unscheduled").to_owned()
            } else {
                label::<crate::model::vocab::Cadence>(k, l)
            };
            vec![name, ids.len().to_string()]
        })
        .collect();
    if !cadence_rows.is_empty() {
        table(
            &mut out,
            &[
                l.pick("检查频次", "cadence").into(),
                l.pick("次数", "checks").into(),
            ],
            &cadence_rows,
        );
    }
    out.push_str(CHART_DUTIES);
    out.push_str("\n\n");

    // 三、实施范围
    let _ = writeln!(
        out,
        "## {}\n",
        l.pick("三、实施范围", "3. Scope of implementation")
    );
    let _ = writeln!(
        out,
        "- {}\n",
        l.pick(
            format!("标准实施率：{}（本期有实施记录的标准：完成第4步“实施标准”的计划、检查或培训涉及该标准）。", rate(&ind.implementation)),
            format!("Standards implemented: {} (standards with evidence in the period: a plan's step 4 done, or a check or training naming them).", rate(&ind.implementation)),
        )
    );
    let std_rows: Vec<Vec<String>> = r
        .standards
        .iter()
        .map(|s| {
            vec![
                s.id.clone(),
                s.title.clone(),
                s.owner.clone(),
                s.checks.len().to_string(),
                rate(&s.conforming),
                s.nonconformities.len().to_string(),
                s.open_nonconformities.len().to_string(),
                s.trainings.len().to_string(),
                s.plan.as_ref().map_or_else(
                    || l.pick("无计划", "no plan").to_owned(),
                    |(id, done, total)| format!("{id} {done}/{total}"),
                ),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            l.pick("标准", "standard").into(),
            l.pick("名称", "title").into(),
            l.pick("归口部门", "owner").into(),
            l.pick("检查", "checks").into(),
            l.pick("结论符合", "conforming").into(),
            l.pick("不符合项", "nonconformities").into(),
            l.pick("未关闭", "not closed").into(),
            l.pick("培训", "trainings").into(),
            l.pick("实施计划（已完成/活动数）", "plan (done/activities)")
                .into(),
        ],
        &std_rows,
    );
    if !r.units.is_empty() {
        let _ = writeln!(out, "### {}\n", l.pick("各单位对比", "Units compared"));
        let unit_rows: Vec<Vec<String>> = r
            .units
            .iter()
            .map(|u| {
                vec![
                    u.name.clone(),
                    u.standards_led.len().to_string(),
                    u.checks.len().to_string(),
                    rate(&u.conformity),
                    u.nonconformities.len().to_string(),
                    u.closed.len().to_string(),
                    u.overdue.len().to_string(),
                    rate(&u.duty_completion),
                    // How the unit stands with its report; "—" when it owes none (or the
                    // period is not a half year).
                    match &u.submission {
                        Some(s) if s.state != SubmissionState::NotOwed => match s.submitted {
                            Some(d) => format!("{} {d}", s.state.label(l)),
                            None => s.state.label(l).to_owned(),
                        },
                        _ => "—".to_owned(),
                    },
                    u.grade.map_or_else(
                        || "—".to_owned(),
                        |g| format!("{} {}", opt_score(u.score), g.label(l)),
                    ),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                l.pick("单位", "unit").into(),
                l.pick("牵头标准", "standards led").into(),
                l.pick("受检", "checks").into(),
                l.pick("符合率", "conformity").into(),
                l.pick("不符合项", "nonconformities").into(),
                l.pick("已关闭", "closed").into(),
                l.pick("逾期", "overdue").into(),
                l.pick("定期检查完成率", "scheduled checks done").into(),
                l.pick("半年报告", "report").into(),
                l.pick("评价", "evaluation").into(),
            ],
            &unit_rows,
        );
        out.push_str(CHART_CONFORMITY);
        out.push_str("\n\n");
    }

    // 四、实施成效
    let _ = writeln!(
        out,
        "## {}\n",
        l.pick("四、实施成效", "4. Effect of implementation")
    );
    let nc = &ind.nonconformities;
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!("检查项目符合率：{}。", rate(&ind.conformity)),
            format!("Check items conforming: {}.", rate(&ind.conformity)),
        )
    );
    let status_text: Vec<String> = RectificationStatus::ALL
        .iter()
        .map(|s| {
            let n = nc.by_status.get(s.key()).map_or(0, Vec::len);
            l.pick(format!("{} {n} 项", s.zh()), format!("{n} {}", s.key()))
        })
        .collect();
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!(
                "发现不符合项 {} 项（其中严重 {} 项），截至报告日：{}。",
                nc.found.len(),
                nc.major.len(),
                status_text.join("，")
            ),
            format!(
                "{} nonconformities found ({} major); on the report date: {}.",
                nc.found.len(),
                nc.major.len(),
                status_text.join(", ")
            ),
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!(
                "整改完成率 {}，关闭率 {}，按期完成率 {}。",
                rate(&nc.completion),
                rate(&nc.closure),
                rate(&nc.on_time)
            ),
            format!(
                "Rectified: {}; closed: {}; rectified on time: {}.",
                rate(&nc.completion),
                rate(&nc.closure),
                rate(&nc.on_time)
            ),
        )
    );
    let rv = &ind.reviews;
    let decisions: Vec<String> = ReviewDecision::ALL
        .iter()
        .filter_map(|d| rv.decisions.get(d.key()).map(|ids| (d, ids.len())))
        .map(|(d, n)| l.pick(format!("{} {n} 项", d.zh()), format!("{n} {}", d.key())))
        .collect();
    let _ = writeln!(
        out,
        "- {}",
        l.pick(
            format!(
                "本期应复审标准 {} 项，完成复审 {} 次{}。",
                rv.due.len(),
                rv.done.len(),
                if decisions.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", decisions.join("，"))
                }
            ),
            format!(
                "{} standards due for review in the period, {} reviews done{}.",
                rv.due.len(),
                rv.done.len(),
                if decisions.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", decisions.join(", "))
                }
            ),
        )
    );
    let _ = writeln!(
        out,
        "- {}\n",
        l.pick(
            format!(
                "外部满意度：{}。",
                ind.satisfaction
                    .map_or_else(|| "—".to_owned(), |v| format!("{v:.1}%"))
            ),
            format!(
                "External satisfaction: {}.",
                ind.satisfaction
                    .map_or_else(|| "—".to_owned(), |v| format!("{v:.1}%"))
            ),
        )
    );
    let item_rows: Vec<Vec<String>> = ind
        .conformity_by_item
        .iter()
        .map(|(k, r)| vec![label::<CheckItemKind>(k, l), rate(r)])
        .collect();
    if !item_rows.is_empty() {
        table(
            &mut out,
            &[
                l.pick("检查项目（附件2）", "check item (annex 2)").into(),
                l.pick("符合率", "conforming").into(),
            ],
            &item_rows,
        );
    }
    out.push_str(CHART_RECTIFICATIONS);
    out.push_str("\n\n");
    if !ind.evaluations.is_empty() {
        let eval_rows: Vec<Vec<String>> = ind
            .evaluations
            .iter()
            .map(|e| {
                vec![
                    e.id.clone(),
                    e.unit.clone().unwrap_or_else(|| "—".into()),
                    e.kind
                        .map_or_else(|| "—".to_owned(), |k| label::<EvaluationType>(k, l)),
                    opt_score(e.score),
                    e.grade
                        .map_or_else(|| "—".to_owned(), |g: Grade| g.label(l).to_owned()),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                l.pick("评价", "evaluation").into(),
                l.pick("单位", "unit").into(),
                l.pick("方式", "type").into(),
                l.pick("得分", "score").into(),
                l.pick("等级", "grade").into(),
            ],
            &eval_rows,
        );
        let staff: Vec<String> = StaffGrade::ALL
            .iter()
            .map(|g| {
                let n = ind.staff_grades.get(g.key()).map_or(0, Vec::len);
                l.pick(format!("{} {n} 人", g.zh()), format!("{n} {}", g.key()))
            })
            .collect();
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                format!("员工执行标准考核：{}。", staff.join("，")),
                format!("Staff ratings: {}.", staff.join(", ")),
            )
        );
    }

    // 五、存在问题
    let _ = writeln!(out, "## {}\n", l.pick("五、存在问题", "5. Problems"));
    if r.problems.is_empty() && r.open_findings.is_empty() && r.findings.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                "截至报告日没有逾期事项和未关闭的问题。",
                "Nothing overdue or open on the report date."
            )
        );
    }
    if !r.problems.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                format!("逾期事项 {} 项：", r.problems.len()),
                format!("{} overdue items:", r.problems.len())
            )
        );
        table(&mut out, &due_header(l), &due_rows(&r.problems, l));
    }
    if !r.open_findings.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                "检查发现、尚未关闭的问题：",
                "Findings of the period not yet closed:"
            )
        );
        for (id, text) in &r.open_findings {
            let _ = writeln!(out, "- {}：{}", markdown::line_start(id), cell(text));
        }
        out.push('\n');
    }
    if !r.findings.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick("评价发现的问题：", "Problems found by evaluations:")
        );
        for (id, text) in &r.findings {
            let _ = writeln!(out, "- {}：{}", markdown::line_start(id), cell(text));
        }
        out.push('\n');
    }

    // 六、下一步工作
    let _ = writeln!(out, "## {}\n", l.pick("六、下一步工作", "6. Next steps"));
    if r.next.is_empty() && r.recommendations.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                "未来三个月没有到期事项。",
                "Nothing falls due in the next three months."
            )
        );
    }
    if !r.next.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                format!("未来三个月内到期的事项 {} 项：", r.next.len()),
                format!("{} items fall due in the next three months:", r.next.len()),
            )
        );
        table(&mut out, &due_header(l), &due_rows(&r.next, l));
    }
    if !r.recommendations.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            l.pick(
                "评价提出的改进建议：",
                "Recommendations of the evaluations:"
            )
        );
        for (id, text) in &r.recommendations {
            let _ = writeln!(out, "- {}：{}", markdown::line_start(id), cell(text));
        }
        out.push('\n');
    }

    // 附录
    let _ = writeln!(
        out,
        "## {}\n",
        l.pick("附录：数据来源", "Appendix: the records behind the figures")
    );
    let mut appendix: Vec<(String, &Ratio)> = vec![
        (
            l.pick("标准实施率", "standards implemented").into(),
            &ind.implementation,
        ),
        (
            l.pick("定期检查完成率", "scheduled checks done").into(),
            &ind.duty_completion,
        ),
        (
            l.pick("检查项目符合率", "check items conforming").into(),
            &ind.conformity,
        ),
        (l.pick("整改完成率", "rectified").into(), &nc.completion),
        (l.pick("关闭率", "closed").into(), &nc.closure),
        (
            l.pick("按期完成率", "rectified on time").into(),
            &nc.on_time,
        ),
    ];
    for (k, ratio) in &ind.conformity_by_item {
        appendix.push((
            l.pick(
                format!("符合率：{}", label::<CheckItemKind>(k, l)),
                format!("conforming: {}", label::<CheckItemKind>(k, l)),
            ),
            ratio,
        ));
    }
    for (name, ratio) in appendix {
        let _ = writeln!(
            out,
            "- **{name}** {}：{} {}；{} {}",
            rate(ratio),
            l.pick("计入", "counted"),
            list(&ratio.num),
            l.pick("基数", "out of"),
            list(&ratio.den)
        );
    }
    let counts: Vec<(String, &Vec<String>)> = vec![
        (
            l.pick("在用标准", "standards in force").into(),
            &ind.standards,
        ),
        (l.pick("检查", "checks").into(), &ind.checks),
        (l.pick("不符合项", "nonconformities").into(), &nc.found),
        (
            l.pick("宣贯培训", "trainings").into(),
            &ind.trainings.sessions,
        ),
        (
            l.pick("应复审标准", "standards due for review").into(),
            &ind.reviews.due,
        ),
        (l.pick("复审", "reviews").into(), &ind.reviews.done),
        (
            l.pick("外部满意度", "satisfaction").into(),
            &ind.satisfaction_sources,
        ),
    ];
    for (name, ids) in counts {
        let _ = writeln!(out, "- **{name}** {}：{}", ids.len(), list(ids));
    }
    for (k, ids) in Conformity::ALL
        .iter()
        .filter_map(|c| ind.conclusions.get_key_value(c.key()))
    {
        let _ = writeln!(
            out,
            "- **{}** {}：{}",
            l.pick(
                format!("结论为“{}”的检查", label::<Conformity>(k, l)),
                format!("checks concluding {}", label::<Conformity>(k, l))
            ),
            ids.len(),
            list(ids)
        );
    }
    out
}
