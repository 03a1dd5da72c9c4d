//! The semiannual report as a [`Document`], in the structure the guidance asks for: every
//! sentence, figure and choice of what to show is made here, from the computed
//! [`SemiannualReport`]; the back-ends in `render` draw it.

use crate::doc::{Bar, Block, Chart, Closing, Document, Inline, Plot, Row, Section, Stack, Table};
use crate::lang::Lang;
use crate::message::labels;
use crate::message::report::{NarrativePart, ReportText as T, period_name};
use crate::model::vocab::{
    Cadence, CheckItemKind, CheckType, Conformity, EvaluationType, RectificationStatus,
    ReviewDecision, StaffGrade, SubmissionState, Vocab,
};
use crate::narrative::{Found, Narrative, Problem};
use crate::report::Ratio;
use crate::report::semiannual::SemiannualReport;
use crate::report::words::{DASH, due_sources, due_table, ids, label, percent, rate, score};

/// Where the charts go: their keys, which Markdown keeps as comments.
pub(crate) const CHART_CONFORMITY: &str = "conformity-by-unit";
pub(crate) const CHART_RECTIFICATIONS: &str = "rectifications-by-month";
pub(crate) const CHART_DUTIES: &str = "duty-completion";

/// Who reports: the organisation, and the unit when the report is one unit's.
fn who(r: &SemiannualReport) -> String {
    r.unit.as_ref().map_or_else(
        || r.organization.clone(),
        |(_, name)| format!("{} {name}", r.organization),
    )
}

/// The report's title: `[report]`'s pattern filled in, else gbsw's own.
#[must_use]
pub fn title(r: &SemiannualReport, lang: Lang) -> String {
    title_of(r, who(r), lang)
}

fn title_of(r: &SemiannualReport, who: String, lang: Lang) -> String {
    // The manifest's pattern is the Chinese title of the bureau's documents; an English
    // report keeps the catalog's English title.
    match (&r.title_pattern, lang) {
        (Some(pattern), Lang::Zh) => fill_title(pattern, &who, &period_name(r.period, lang)),
        (Some(_) | None, _) => T::Title {
            who,
            period: r.period,
        }
        .text(lang),
    }
}

/// A title pattern with `{who}` and `{period}` replaced in one pass, so that a name holding
/// `{period}` stays as written.
fn fill_title(pattern: &str, who: &str, period: &str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("{who}") {
            out.push_str(who);
            rest = t;
        } else if let Some(t) = tail.strip_prefix("{period}") {
            out.push_str(period);
            rest = t;
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// How the document is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocOptions {
    /// 附录: the records behind every figure, ids and files (`--appendix`).
    pub appendix: bool,
}

/// The report as a document, without the appendix.
#[must_use]
pub fn document(r: &SemiannualReport, lang: Lang) -> Document {
    document_with(r, lang, DocOptions::default())
}

/// The report as a document: in each of the guidance's parts the computed figures first,
/// then the narrative (or 【待填写】); the appendix only when asked for; the units' narratives
/// as attachments when the report gathered them; the addressee and closing from `[report]`.
#[must_use]
pub fn document_with(r: &SemiannualReport, lang: Lang, options: DocOptions) -> Document {
    let l = lang;
    let mut head = Section::untitled();
    if let Found::Problem(p) = &r.narrative {
        let why = match p {
            Problem::OutsideLedger => T::NarrativeOutside.text(l),
            Problem::NotAFile => T::NarrativeNotAFile.text(l),
            Problem::TooLarge { size, limit } => T::NarrativeTooLarge {
                size: *size,
                limit: *limit,
            }
            .text(l),
            Problem::Unreadable(m) => m.text(l),
        };
        head.push(Block::Note(vec![Inline::strong(
            T::NarrativeUnreadable {
                file: r.narrative_file.clone(),
                why,
            }
            .text(l),
        )]));
    }
    if !r.incomplete.is_empty() {
        head.push(Block::Note(vec![Inline::Strong(
            T::IncompleteReport {
                count: r.incomplete.len(),
                files: r.incomplete.join(&T::ListSep.text(l)),
            }
            .inlines(l),
        )]));
    }
    let narrative = match &r.narrative {
        Found::Read(n) => Some(n),
        Found::Missing | Found::Problem(_) => None,
    };
    let mut sections = vec![head, overview(r, l)];
    for (mut s, part) in [
        (frequency(r, l), NarrativePart::Frequency),
        (scope(r, l), NarrativePart::Scope),
        (effect(r, l), NarrativePart::Effect),
        (problems(r, l), NarrativePart::Problems),
        (next(r, l), NarrativePart::Next),
    ] {
        words_after(&mut s, narrative, part, l);
        sections.push(s);
    }
    if options.appendix {
        sections.push(appendix(r, l));
    }
    let mut attachments = Vec::new();
    for (n, (name, narrative)) in r.attachments.iter().enumerate() {
        let title = title_of(r, format!("{} {name}", r.organization), l);
        sections.push(attachment(n + 1, &title, narrative, l));
        attachments.push(title);
    }
    let intro = if options.appendix {
        T::Intro { as_of: r.as_of }
    } else {
        T::IntroPlain { as_of: r.as_of }
    };
    Document {
        lang,
        addressee: r.addressee.clone(),
        closing: Some(Closing {
            attachments,
            signatory: r.signatory.clone(),
            date: T::WrittenDate(r.as_of).text(l),
        }),
        title: title(r, lang),
        meta: vec![vec![Inline::Text(intro.text(l))]],
        sections: sections
            .into_iter()
            .filter(|s| s.heading.is_some() || !s.blocks.is_empty())
            .collect(),
    }
}

/// The sentences a draft narrative starts each part with (`gbsw new narrative`): the period's
/// key figures, written out to be edited.
#[must_use]
pub fn draft_parts(r: &SemiannualReport, l: Lang) -> Vec<(NarrativePart, Vec<String>)> {
    let ind = &r.indicators;
    let nc = &ind.nonconformities;
    let t = &ind.trainings;
    vec![
        (
            NarrativePart::Frequency,
            vec![
                T::PeriodActivity {
                    checks: ind.checks.len(),
                    nonconformities: nc.found.len(),
                    trainings: t.sessions.len(),
                }
                .text(l),
                T::DutyCompletion(rate(&ind.duty_completion)).text(l),
                trainings_sentence(t, l),
            ],
        ),
        (
            NarrativePart::Scope,
            vec![
                T::StandardsInForce {
                    count: ind.standards.len(),
                    by_category: by_category(r, l),
                }
                .text(l),
                T::Implementation(rate(&ind.implementation)).text(l),
            ],
        ),
        (
            NarrativePart::Effect,
            vec![
                T::ItemsConforming(rate(&ind.conformity)).text(l),
                T::Rectified {
                    completion: rate(&nc.completion),
                    closure: rate(&nc.closure),
                    on_time: rate(&nc.on_time),
                }
                .text(l),
            ],
        ),
        (
            NarrativePart::Problems,
            vec![
                T::DraftProblems {
                    overdue: r.problems.len(),
                    open: r.open_findings.len(),
                }
                .text(l),
            ],
        ),
        (
            NarrativePart::Next,
            vec![T::DraftNext(r.next.len()).text(l)],
        ),
    ]
}

/// A part's narrative, or the marker where there is none, after what the part computed
/// (after its subsections too: in an untitled one).
fn words_after(s: &mut Section, narrative: Option<&Narrative>, part: NarrativePart, l: Lang) {
    let blocks = paragraphs(narrative.and_then(|n| n.paragraphs(part)), l);
    if s.sections.is_empty() {
        s.blocks.extend(blocks);
    } else {
        let mut tail = Section::untitled();
        tail.level = s.level + 1;
        tail.blocks = blocks;
        s.sections.push(tail);
    }
}

/// Paragraphs of ledger text, or 【待填写】.
fn paragraphs(written: Option<&[String]>, l: Lang) -> Vec<Block> {
    match written {
        Some(ps) => ps.iter().map(|p| Block::text(p.clone())).collect(),
        None => vec![Block::Paragraph(vec![Inline::strong(
            T::ToBeWritten.text(l),
        )])],
    }
}

/// 附件n: a unit's narrative, its parts as it wrote them, then the parts of the guidance it
/// left out, marked.
fn attachment(n: usize, title: &str, narrative: &Narrative, l: Lang) -> Section {
    let mut s = Section::new(
        T::Attachment {
            n,
            title: title.to_owned(),
        }
        .text(l),
    );
    for part in &narrative.parts {
        let mut sub = Section::new(part.heading.clone());
        sub.level = 3;
        let written = (!part.paragraphs.is_empty()).then_some(part.paragraphs.as_slice());
        sub.blocks = paragraphs(written, l);
        s.sections.push(sub);
    }
    for part in NarrativePart::ALL {
        if !narrative.parts.iter().any(|p| p.key == Some(part)) {
            let mut sub = Section::new(part.text(l));
            sub.level = 3;
            sub.blocks = paragraphs(None, l);
            s.sections.push(sub);
        }
    }
    s
}

/// A unit's name by its id; an id no unit has (the ledger has an error) as written.
fn unit_name(r: &SemiannualReport, id: &str) -> String {
    r.unit_names
        .get(id)
        .cloned()
        .unwrap_or_else(|| id.to_owned())
}

/// 各单位报告报送情况: who handed in the half year's report, when, on time or not.
fn submissions(r: &SemiannualReport, l: Lang) -> Option<Section> {
    if r.submissions.is_empty() {
        return None;
    }
    let count = |st: SubmissionState| r.submissions.iter().filter(|s| s.state == st).count();
    let mut s = Section::new(T::HeadSubmissions.text(l));
    s.level = 3;
    s.push(Block::text(
        T::SubmissionsSummary {
            on_time: count(SubmissionState::OnTime),
            late: count(SubmissionState::Late),
            missing: count(SubmissionState::Missing),
            pending: count(SubmissionState::Pending),
            timeliness: rate(&r.indicators.submission_timeliness),
        }
        .text(l),
    ));
    let mut table = Table::grid(
        [T::Unit, T::Deadline, T::HandedIn, T::State].map(|t| t.text(l)),
        Vec::new(),
    );
    table.rows = r
        .submissions
        .iter()
        .map(|s| Row {
            cells: vec![
                s.name.clone(),
                s.deadline.to_string(),
                s.submitted
                    .map_or_else(|| DASH.to_owned(), |d| d.to_string()),
                s.state.label(l).to_owned(),
            ],
            alert: matches!(s.state, SubmissionState::Missing | SubmissionState::Late),
        })
        .collect();
    s.push(Block::Table(table));
    Some(s)
}

/// The standards in force by category: `通用基础标准 9 项，管理标准 4 项`; none without any.
fn by_category(r: &SemiannualReport, l: Lang) -> Option<String> {
    let by_cat: Vec<String> = r
        .indicators
        .standards_by_category
        .iter()
        .map(|(c, ids)| {
            let name = r
                .categories
                .iter()
                .find(|(id, _, _)| id == c)
                .map_or_else(|| c.clone(), |(_, zh, en)| labels::term(zh, en, l).clone());
            T::CategoryCount {
                name,
                count: ids.len(),
            }
            .text(l)
        })
        .collect();
    (!by_cat.is_empty()).then(|| by_cat.join(&T::ClauseSep.text(l)))
}

/// 一、基本情况.
fn overview(r: &SemiannualReport, l: Lang) -> Section {
    let ind = &r.indicators;
    let planned = r.standards.iter().filter(|s| s.plan.is_some()).count();
    let mut s = Section::new(T::HeadOverview.text(l));
    s.push(Block::bullets([
        T::StandardsInForce {
            count: ind.standards.len(),
            by_category: by_category(r, l),
        }
        .text(l),
        T::Planned(planned).text(l),
        T::PeriodActivity {
            checks: ind.checks.len(),
            nonconformities: ind.nonconformities.found.len(),
            trainings: ind.trainings.sessions.len(),
        }
        .text(l),
    ]));
    s.sections.extend(submissions(r, l));
    s
}

/// The trainings of the period in one sentence; hours as recorded: none recorded is not
/// "0 hours".
fn trainings_sentence(t: &crate::report::indicators::Trainings, l: Lang) -> String {
    let hours = match t.hours_unrecorded.len() {
        0 => T::Hours(t.hours.to_string()),
        n if n == t.sessions.len() => T::HoursNotRecorded,
        n => T::HoursPartly {
            hours: t.hours.to_string(),
            unrecorded: n,
        },
    };
    T::Trainings {
        sessions: t.sessions.len(),
        hours: hours.text(l),
        attendees: t.attendees.to_string(),
        assessed: t.assessed.to_string(),
        passed: t.passed.to_string(),
        pass_rate: percent(t.pass_rate.map(|v| v * 100.0)),
    }
    .text(l)
}

/// 二、实施频率.
fn frequency(r: &SemiannualReport, l: Lang) -> Section {
    let ind = &r.indicators;
    let t = &ind.trainings;
    let mut s = Section::new(T::HeadFrequency.text(l));
    s.push(Block::bullets([
        T::DutyCompletion(rate(&ind.duty_completion)).text(l),
        trainings_sentence(t, l),
    ]));
    let type_rows = CheckType::ALL
        .iter()
        .map(|k| {
            let n = ind.checks_by_type.get(k.key()).map_or(0, Vec::len);
            vec![k.label(l).to_owned(), n.to_string()]
        })
        .collect();
    s.push(Block::Table(Table::grid(
        [T::CheckType.text(l), T::Checks.text(l)],
        type_rows,
    )));
    let cadence_rows: Vec<Vec<String>> = ind
        .checks_by_cadence
        .iter()
        .map(|(k, ids)| {
            let name = if *k == "unscheduled" {
                T::Unscheduled.text(l)
            } else {
                label::<Cadence>(k, l)
            };
            vec![name, ids.len().to_string()]
        })
        .collect();
    if !cadence_rows.is_empty() {
        s.push(Block::Table(Table::grid(
            [T::Cadence.text(l), T::Checks.text(l)],
            cadence_rows,
        )));
    }
    // One unit's report: by schedule is not split, one bar.
    let duty_rows: Vec<(String, &Ratio)> = if r.units.is_empty() {
        let name = r
            .unit
            .as_ref()
            .map_or_else(|| r.organization.clone(), |(_, n)| n.clone());
        vec![(name, &ind.duty_completion)]
    } else {
        r.units
            .iter()
            .filter(|u| !u.duty_completion.den.is_empty())
            .map(|u| (u.name.clone(), &u.duty_completion))
            .collect()
    };
    s.push(percent_chart(
        CHART_DUTIES,
        T::ChartDuties.text(l),
        &duty_rows,
        l,
    ));
    s
}

/// A chart of rates as bars; nothing to draw when no rate has a denominator.
fn percent_chart(key: &str, title: String, rows: &[(String, &Ratio)], l: Lang) -> Block {
    let plot = rows.iter().any(|(_, r)| !r.den.is_empty()).then(|| {
        Plot::Percent(
            rows.iter()
                .map(|(name, r)| Bar {
                    label: name.clone(),
                    percent: r.value().map(|v| v * 100.0),
                    text: rate(r),
                })
                .collect(),
        )
    });
    Block::Chart(Chart {
        key: key.to_owned(),
        title,
        plot,
        no_data: T::NoData.text(l),
    })
}

/// 三、实施范围.
fn scope(r: &SemiannualReport, l: Lang) -> Section {
    let ind = &r.indicators;
    let mut s = Section::new(T::HeadScope.text(l));
    s.push(Block::bullets([T::Implementation(rate(
        &ind.implementation,
    ))
    .text(l)]));
    let std_rows = r
        .standards
        .iter()
        .map(|s| {
            vec![
                s.code.clone().unwrap_or_else(|| DASH.to_owned()),
                s.title.clone(),
                unit_name(r, &s.owner),
                s.checks.len().to_string(),
                rate(&s.conforming),
                s.nonconformities.len().to_string(),
                s.open_nonconformities.len().to_string(),
                s.trainings.len().to_string(),
                s.plan.as_ref().map_or_else(
                    || T::NoPlan.text(l),
                    |(_, done, total)| format!("{done}/{total}"),
                ),
            ]
        })
        .collect();
    s.push(Block::Table(Table::grid(
        [
            T::StandardCode,
            T::StandardTitle,
            T::Owner,
            T::ChecksCount,
            T::Conforming,
            T::Nonconformities,
            T::NotClosed,
            T::TrainingsColumn,
            T::PlanProgress,
        ]
        .map(|t| t.text(l)),
        std_rows,
    )));
    if !r.units.is_empty() {
        let mut units = Section::new(T::HeadUnits.text(l));
        units.level = 3;
        let rows = r
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
                        _ => DASH.to_owned(),
                    },
                    u.grade.map_or_else(
                        || DASH.to_owned(),
                        |g| format!("{} {}", score(u.score), g.label(l)),
                    ),
                ]
            })
            .collect();
        units.push(Block::Table(Table::grid(
            [
                T::Unit,
                T::StandardsLed,
                T::Checked,
                T::Conformity,
                T::Nonconformities,
                T::Closed,
                T::Overdue,
                T::DutiesDone,
                T::HalfReport,
                T::Evaluation,
            ]
            .map(|t| t.text(l)),
            rows,
        )));
        let bars: Vec<(String, &Ratio)> = r
            .units
            .iter()
            .filter(|u| !u.conformity.den.is_empty())
            .map(|u| (u.name.clone(), &u.conformity))
            .collect();
        units.push(percent_chart(
            CHART_CONFORMITY,
            T::ChartConformity.text(l),
            &bars,
            l,
        ));
        s.sections.push(units);
    }
    s
}

/// 四、实施成效.
fn effect(r: &SemiannualReport, l: Lang) -> Section {
    let ind = &r.indicators;
    let nc = &ind.nonconformities;
    let sep = T::ClauseSep.text(l);
    let by_status: Vec<String> = RectificationStatus::ALL
        .iter()
        .map(|s| {
            let n = nc.by_status.get(s.key()).map_or(0, Vec::len);
            T::CountItems(s.zh(), s.key(), n).text(l)
        })
        .collect();
    let rv = &ind.reviews;
    let decisions: Vec<String> = ReviewDecision::ALL
        .iter()
        .filter_map(|d| rv.decisions.get(d.key()).map(|ids| (d, ids.len())))
        .map(|(d, n)| T::CountItems(d.zh(), d.key(), n).text(l))
        .collect();
    let mut s = Section::new(T::HeadEffect.text(l));
    s.push(Block::bullets([
        T::ItemsConforming(rate(&ind.conformity)).text(l),
        T::NonconformitiesFound {
            found: nc.found.len(),
            major: nc.major.len(),
            by_status: by_status.join(&sep),
        }
        .text(l),
        T::Rectified {
            completion: rate(&nc.completion),
            closure: rate(&nc.closure),
            on_time: rate(&nc.on_time),
        }
        .text(l),
        T::Reviews {
            due: rv.due.len(),
            done: rv.done.len(),
            decisions: (!decisions.is_empty()).then(|| decisions.join(&sep)),
            in_progress: rv.in_progress.len(),
        }
        .text(l),
        T::Satisfaction(percent(ind.satisfaction)).text(l),
    ]));
    let item_rows: Vec<Vec<String>> = ind
        .conformity_by_item
        .iter()
        .map(|(k, r)| vec![label::<CheckItemKind>(k, l), rate(r)])
        .collect();
    if !item_rows.is_empty() {
        s.push(Block::Table(Table::grid(
            [T::CheckItem.text(l), T::ConformingRate.text(l)],
            item_rows,
        )));
    }
    s.push(rectification_chart(r, l));
    if !ind.evaluations.is_empty() {
        let rows = ind
            .evaluations
            .iter()
            .map(|e| {
                vec![
                    e.unit
                        .as_ref()
                        .map_or_else(|| DASH.to_owned(), |u| unit_name(r, u)),
                    e.kind
                        .map_or_else(|| DASH.to_owned(), |k| label::<EvaluationType>(k, l)),
                    score(e.score),
                    e.grade
                        .map_or_else(|| DASH.to_owned(), |g| g.label(l).to_owned()),
                ]
            })
            .collect();
        s.push(Block::Table(Table::grid(
            [T::Unit, T::Method, T::Score, T::Grade].map(|t| t.text(l)),
            rows,
        )));
        let staff: Vec<String> = StaffGrade::ALL
            .iter()
            .map(|g| {
                let n = ind.staff_grades.get(g.key()).map_or(0, Vec::len);
                T::CountPeople(g.zh(), g.key(), n).text(l)
            })
            .collect();
        s.push(Block::text(T::StaffRatings(staff.join(&sep)).text(l)));
    }
    s
}

/// 不符合项整改状态（各月末）: stacked by status, month by month.
fn rectification_chart(r: &SemiannualReport, l: Lang) -> Block {
    let groups: Vec<Stack> = r
        .rectification_months
        .iter()
        .map(|m| {
            let counts = vec![m.open, m.overdue, m.awaiting_recheck, m.reopened, m.closed];
            Stack {
                label: m.month.clone(),
                total: counts.iter().sum(),
                counts,
            }
        })
        .collect();
    let max = groups.iter().map(|g| g.total).max().unwrap_or(0);
    let plot = (max > 0).then(|| Plot::Stacked {
        series: [
            T::LegendOpen,
            T::LegendOverdue,
            T::LegendAwaiting,
            T::LegendReopened,
            T::LegendClosed,
        ]
        .map(|t| t.text(l))
        .to_vec(),
        groups,
        max,
    });
    Block::Chart(Chart {
        key: CHART_RECTIFICATIONS.to_owned(),
        title: T::ChartRectifications.text(l),
        plot,
        no_data: T::NoData.text(l),
    })
}

/// Findings as bullets of their text (their ids are in the JSON output).
fn texts(items: &[(String, String)]) -> Block {
    Block::bullets(items.iter().map(|(_, text)| text.clone()))
}

/// Evaluations' findings or recommendations, each with the unit evaluated.
fn by_evaluation(r: &SemiannualReport, items: &[(String, String)], l: Lang) -> Block {
    Block::bullets(items.iter().map(|(id, text)| {
        let unit = r
            .indicators
            .evaluations
            .iter()
            .find(|e| e.id == *id)
            .and_then(|e| e.unit.as_deref());
        match unit {
            Some(u) => T::Attributed {
                who: unit_name(r, u),
                text: text.clone(),
            }
            .text(l),
            None => text.clone(),
        }
    }))
}

/// 五、存在问题.
fn problems(r: &SemiannualReport, l: Lang) -> Section {
    let mut s = Section::new(T::HeadProblems.text(l));
    if r.problems.is_empty() && r.open_findings.is_empty() && r.findings.is_empty() {
        s.push(Block::text(T::NothingOpen.text(l)));
    }
    if !r.problems.is_empty() {
        s.push(Block::text(T::OverdueItems(r.problems.len()).text(l)));
        s.push(Block::Table(due_table(&r.problems, l)));
    }
    if !r.open_findings.is_empty() {
        s.push(Block::text(T::OpenFindings.text(l)));
        s.push(texts(&r.open_findings));
    }
    if !r.findings.is_empty() {
        s.push(Block::text(T::EvaluationFindings.text(l)));
        s.push(by_evaluation(r, &r.findings, l));
    }
    s
}

/// 六、下一步工作.
fn next(r: &SemiannualReport, l: Lang) -> Section {
    let mut s = Section::new(T::HeadNext.text(l));
    if r.next.is_empty() && r.recommendations.is_empty() {
        s.push(Block::text(T::NothingNext.text(l)));
    }
    if !r.next.is_empty() {
        s.push(Block::text(T::NextItems(r.next.len()).text(l)));
        s.push(Block::Table(due_table(&r.next, l)));
    }
    if !r.recommendations.is_empty() {
        s.push(Block::text(T::Recommendations.text(l)));
        s.push(by_evaluation(r, &r.recommendations, l));
    }
    s
}

/// 附录: the records behind every figure.
fn appendix(r: &SemiannualReport, l: Lang) -> Section {
    let ind = &r.indicators;
    let nc = &ind.nonconformities;
    let mut ratios: Vec<(String, &Ratio)> = vec![
        (T::AImplementation.text(l), &ind.implementation),
        (T::DutiesDone.text(l), &ind.duty_completion),
        (T::ReportsOnTime.text(l), &ind.submission_timeliness),
        (T::AConformity.text(l), &ind.conformity),
        (T::ARectified.text(l), &nc.completion),
        (T::AClosed.text(l), &nc.closure),
        (T::AOnTime.text(l), &nc.on_time),
    ];
    for (k, ratio) in &ind.conformity_by_item {
        ratios.push((T::AItem(label::<CheckItemKind>(k, l)).text(l), ratio));
    }
    let mut figures: Vec<(String, String)> = ratios
        .into_iter()
        .map(|(name, ratio)| {
            let value = T::ARatio {
                rate: rate(ratio),
                num: ids(&ratio.num),
                den: ids(&ratio.den),
            };
            (name, value.text(l))
        })
        .collect();
    let counts: Vec<(String, &Vec<String>)> = vec![
        (T::AStandards.text(l), &ind.standards),
        (T::ChecksCount.text(l), &ind.checks),
        (T::Nonconformities.text(l), &nc.found),
        (T::ATrainings.text(l), &ind.trainings.sessions),
        (T::AReviewsDue.text(l), &ind.reviews.due),
        (T::AReviews.text(l), &ind.reviews.done),
        (T::ASatisfaction.text(l), &ind.satisfaction_sources),
    ];
    let concluding = Conformity::ALL
        .iter()
        .filter_map(|c| ind.conclusions.get_key_value(c.key()))
        .map(|(k, ids)| (T::AConcluding(label::<Conformity>(k, l)).text(l), ids));
    let (overdue, upcoming) = (due_sources(&r.problems), due_sources(&r.next));
    let due = [
        (T::AOverdueItems.text(l), &overdue),
        (T::ANextItems.text(l), &upcoming),
    ];
    for (name, list) in counts.into_iter().chain(concluding).chain(due) {
        let value = T::ACount {
            count: list.len(),
            ids: ids(list),
        };
        figures.push((name, value.text(l)));
    }
    let mut s = Section::new(T::HeadAppendix.text(l));
    s.push(Block::Figures(figures));
    s
}
