//! 标准实施评价报告: what was evaluated and how, the indicators and their scores, the grade
//! and verdict, the staff's grades, the problems found and what to do next.

use super::{
    BLANK_INDICATOR_ROWS, BLANK_STAFF_ROWS, Block, Cell, Column, Field, Grid, Layout, Sheet, date,
    text,
};
use crate::message::forms::{self, FormLabel};
use crate::message::report::period_name;
use crate::model::evaluation::{Indicator, StaffRating};
use crate::model::field::{Field as Descriptor, Row};
use crate::model::vocab::{EvaluationMethod, Grade, StaffGrade, Verdict, Vocab};
use crate::model::{Evaluation, Record};
use crate::query::cell::number;
use crate::report::forms::{EvaluationForm, IndicatorRow, StaffRow};
use crate::report::words;

const EVAL: &[Descriptor] = <Evaluation as Record>::FIELDS;
const INDICATOR: &[Descriptor] = <Indicator as Row>::FIELDS;
const STAFF: &[Descriptor] = <StaffRating as Row>::FIELDS;

impl Layout {
    pub(super) fn evaluation(&self, e: &EvaluationForm) -> Sheet {
        let standards: Vec<String> = e.standards.iter().map(|s| self.standard(s)).collect();
        let count = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        let mut head = vec![
            vec![
                Field::new(self.field(EVAL, "unit"), text(e.unit.as_ref())),
                Field::new(
                    self.field(EVAL, "period"),
                    e.period
                        .map(|p| period_name(p, self.lang))
                        .unwrap_or_default(),
                ),
            ],
            vec![
                Field::new(self.field(EVAL, "date"), date(e.date)),
                Field::new(self.field(EVAL, "plan"), text(e.plan.as_ref())),
            ],
            vec![
                Field::new(self.field(EVAL, "standards"), standards.join("\n"))
                    .tall(if self.blank { 2 } else { 1 }),
            ],
        ];
        // On a blank form the choices of 评价方式 and 评价主体 take a row each (on one line);
        // a filled form writes one word each, side by side.
        head.extend(self.side_by_side(
            Field::new(self.field(EVAL, "type"), self.one_of(e.evaluation_type)),
            Field::new(self.field(EVAL, "party"), self.one_of(e.party)),
        ));
        head.extend([
            vec![Field::new(
                self.field(EVAL, "methods"),
                self.vocab_choices::<EvaluationMethod>(&e.methods),
            )],
            vec![
                Field::new(
                    self.field(EVAL, "sampling_plan"),
                    text(e.sampling_plan.as_ref()),
                )
                .tall(self.lines()),
            ],
            vec![
                Field::new(self.field(EVAL, "population"), count(e.population)),
                Field::new(self.field(EVAL, "sample_size"), count(e.sample_size)),
            ],
        ]);
        let mut blocks = vec![Block::Fields(head)];
        blocks.extend(self.indicators(&e.indicators));
        let score = e.score.map_or_else(String::new, |s| {
            let note = if s.written {
                FormLabel::AsWritten
            } else {
                FormLabel::FromIndicators
            };
            forms::noted(&words::score(Some(s.value)), note, self.lang)
        });
        let grade = match e.grade {
            None => self.one_of::<Grade>(None),
            Some(g) => {
                let note = if g.written {
                    FormLabel::AsWritten
                } else {
                    FormLabel::FromScore
                };
                forms::noted(g.value.label(self.lang), note, self.lang)
            }
        };
        let satisfaction = e
            .satisfaction
            .map(|s| words::score(Some(s)))
            .unwrap_or_default();
        let mut result = vec![vec![
            Field::new(self.label(FormLabel::Score), score),
            Field::new(self.field(EVAL, "satisfaction"), satisfaction),
        ]];
        // A blank grade's four choices do not fit half a row in English.
        result.extend(self.side_by_side(
            Field::new(self.label(FormLabel::Grade), grade),
            Field::new(
                self.field(EVAL, "verdict"),
                self.vocab_choice::<Verdict>(e.verdict),
            ),
        ));
        blocks.push(Block::Fields(result));
        blocks.extend(self.staff(&e.staff));
        let tall = if self.blank { 5 } else { 2 };
        blocks.push(Block::Fields(vec![
            vec![Field::new(self.field(EVAL, "findings"), text(e.findings.as_ref())).tall(tall)],
            vec![
                Field::new(
                    self.field(EVAL, "recommendations"),
                    text(e.recommendations.as_ref()),
                )
                .tall(tall),
            ],
        ]));
        blocks.extend(self.attachments(&e.evidence));
        self.sheet(
            FormLabel::EvaluationReport,
            e.id.as_ref(),
            blocks,
            (FormLabel::EvaluationTeamSignature, &e.evaluators, e.date),
            FormLabel::HeadUnitEvaluatedSignature,
        )
    }

    /// Two boxes in one row on a filled form; on a blank one, where they hold choices to
    /// tick, a row each.
    fn side_by_side(&self, a: Field, b: Field) -> Vec<Vec<Field>> {
        if self.blank {
            vec![vec![a], vec![b]]
        } else {
            vec![vec![a, b]]
        }
    }

    /// 评价指标: a row each, with its score; empty rows on a blank form, none when the
    /// evaluation has no indicators.
    fn indicators(&self, rows: &[IndicatorRow]) -> Option<Block> {
        let rows: Vec<Vec<Cell>> = if self.blank {
            (1..=BLANK_INDICATOR_ROWS)
                .map(|n| numbered(n, vec![String::new(); 6]))
                .collect()
        } else {
            rows.iter()
                .zip(1..)
                .map(|(i, n)| {
                    let actual = match i.passed {
                        Some(true) => self.label(FormLabel::QualitativePassed),
                        Some(false) => self.label(FormLabel::QualitativeFailed),
                        None => i.actual.map(number).unwrap_or_default(),
                    };
                    numbered(
                        n,
                        vec![
                            i.name.clone(),
                            i.target.map(number).unwrap_or_default(),
                            actual,
                            text(i.unit.as_ref()),
                            number(i.weight.unwrap_or(1.0)),
                            i.score.map(|s| words::score(Some(s))).unwrap_or_default(),
                        ],
                    )
                })
                .collect()
        };
        (!rows.is_empty()).then(|| {
            Block::Grid(Grid {
                caption: Some(self.field(EVAL, "indicators")),
                columns: vec![
                    Column::new(self.label(FormLabel::Number), 7, true),
                    Column::new(self.field(INDICATOR, "name"), 33, false),
                    Column::new(self.field(INDICATOR, "target"), 11, true),
                    Column::new(self.field(INDICATOR, "actual"), 11, true),
                    Column::new(self.field(INDICATOR, "unit"), 14, true),
                    Column::new(self.field(INDICATOR, "weight"), 10, true),
                    Column::new(self.label(FormLabel::Score), 14, true),
                ],
                rows,
            })
        })
    }

    /// 员工考核: on a blank form, empty rows with the four grades to tick; on a filled one,
    /// two people a row (the grades are one word), none when nobody was graded.
    fn staff(&self, people: &[StaffRow]) -> Option<Block> {
        let number = || Column::new(self.label(FormLabel::Number), 7, true);
        let (columns, rows): (Vec<Column>, Vec<Vec<Cell>>) = if self.blank {
            let columns = vec![
                number(),
                Column::new(self.field(STAFF, "name"), 25, true),
                Column::new(self.field(STAFF, "grade"), 68, true),
            ];
            let rows = (1..=BLANK_STAFF_ROWS)
                .map(|n| {
                    numbered(
                        n,
                        vec![String::new(), self.vocab_choice::<StaffGrade>(None)],
                    )
                })
                .collect();
            (columns, rows)
        } else {
            let pair = [
                number(),
                Column::new(self.field(STAFF, "name"), 22, true),
                Column::new(self.field(STAFF, "grade"), 21, true),
            ];
            let cells: Vec<Vec<Cell>> = people
                .iter()
                .zip(1..)
                .map(|(s, n)| numbered(n, vec![s.name.clone(), s.grade.label(self.lang).into()]))
                .collect();
            let rows = cells
                .chunks(2)
                .map(|two| {
                    let mut row = two.concat();
                    row.resize_with(2 * pair.len(), || Cell::new(""));
                    row
                })
                .collect();
            (pair.iter().chain(&pair).cloned().collect(), rows)
        };
        (!rows.is_empty()).then(|| {
            Block::Grid(Grid {
                caption: Some(self.field(EVAL, "staff")),
                columns,
                rows,
            })
        })
    }
}

/// A grid row: its number, then its cells.
fn numbered(n: usize, cells: Vec<String>) -> Vec<Cell> {
    std::iter::once(n.to_string())
        .chain(cells)
        .map(Cell::new)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lang::Lang;
    use crate::model::vocab::StaffGrade;
    use crate::report::forms::{EvaluationForm, Form, FormBody, IndicatorRow, StaffRow};

    /// Three people make two rows, the second padded; ledger text is escaped by each
    /// back-end like every form's.
    #[test]
    fn staff_go_two_a_row_and_ledger_text_is_escaped() {
        let person = |name: &str| StaffRow {
            name: name.to_owned(),
            grade: StaffGrade::Competent,
        };
        let form = Form {
            organization: String::new(),
            blank: false,
            body: FormBody::Evaluation(EvaluationForm {
                staff: vec![person("甲"), person("乙"), person("<b>丙</b>")],
                indicators: vec![IndicatorRow {
                    name: "a | b".to_owned(),
                    target: Some(100.0),
                    actual: Some(95.0),
                    unit: None,
                    weight: None,
                    passed: None,
                    score: Some(95.0),
                }],
                ..EvaluationForm::default()
            }),
        };
        let md = super::super::markdown(&form, Lang::Zh);
        assert!(md.contains("| 1 | 甲 | 称职 | 2 | 乙 | 称职 |"), "{md}");
        assert!(
            md.contains("| 3 | \\<b\\>丙\\</b\\> | 称职 |  |  | |"),
            "{md}"
        );
        assert!(
            md.contains("| 1 | a \\| b | 100 | 95 |  | 1 | 95.0 |"),
            "{md}"
        );
        let html = super::super::html(&form, Lang::Zh);
        assert!(html.contains("&lt;b&gt;丙&lt;/b&gt;") && !html.contains("<b>丙"));
    }

    /// A blank report ticks nothing and leaves room for five indicators and four people.
    #[test]
    fn a_blank_report_has_rows_to_fill_and_nothing_ticked() {
        let form = Form {
            organization: String::new(),
            blank: true,
            body: FormBody::Evaluation(EvaluationForm::default()),
        };
        let md = super::super::markdown(&form, Lang::Zh);
        assert!(!md.contains('☑'), "{md}");
        assert_eq!(md.matches("☐\u{a0}优秀").count(), 5, "{md}");
        assert!(md.contains("| 5 |"), "{md}");
    }
}
