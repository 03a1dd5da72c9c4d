//! 不符合项报告表 and 整改落实情况复查记录表 (附件2): a nonconformity, and its re-checks.

use super::{BLANK_RECHECK_ROWS, Block, Cell, Column, Field, Grid, Layout, Sheet, date, text};
use crate::message::forms::{self, FormLabel};
use crate::model::field::Field as Descriptor;
use crate::model::field::Row;
use crate::model::rectification::Recheck;
use crate::model::vocab::{NcSeverity, RecheckResult, Vocab};
use crate::model::{Record, Rectification};
use crate::report::forms::RectificationForm;

const NC: &[Descriptor] = <Rectification as Record>::FIELDS;
const RECHECK: &[Descriptor] = <Recheck as Row>::FIELDS;

impl Layout {
    pub(super) fn nonconformity(&self, r: &RectificationForm) -> Sheet {
        let check = r.check.as_ref().map_or_else(String::new, |c| {
            let about: Vec<String> = c
                .date
                .map(|d| d.to_string())
                .into_iter()
                .chain(c.check_type.map(|t| t.label(self.lang).to_owned()))
                .collect();
            if about.is_empty() {
                c.id.clone()
            } else {
                forms::check_about(&c.id, &about, self.lang)
            }
        });
        let standard = r
            .standard
            .as_ref()
            .map_or_else(String::new, |s| self.standard_cell(s));
        let fields = vec![
            vec![
                Field::new(self.field(NC, "unit"), text(r.unit.as_ref())),
                Field::new(self.field(NC, "found"), date(r.found)),
            ],
            vec![
                Field::new(self.field(NC, "check"), check),
                Field::new(
                    self.field(NC, "severity"),
                    self.vocab_choice::<NcSeverity>(r.severity),
                ),
            ],
            vec![
                Field::new(self.label(FormLabel::Standard), standard),
                Field::new(self.field(NC, "clause"), text(r.clause.as_ref())),
            ],
            vec![
                Field::new(self.field(NC, "description"), text(r.description.as_ref()))
                    .tall(self.lines()),
            ],
            vec![Field::new(self.field(NC, "cause"), text(r.cause.as_ref())).tall(self.lines())],
            vec![
                Field::new(self.field(NC, "measures"), text(r.measures.as_ref()))
                    .tall(self.lines()),
            ],
            vec![
                Field::new(self.field(NC, "responsible"), text(r.responsible.as_ref())),
                Field::new(self.field(NC, "due"), date(r.due)),
            ],
            vec![
                Field::new(self.field(NC, "completed"), date(r.completed)),
                Field::new(self.field(NC, "report"), text(r.report.as_ref())),
            ],
        ];
        Sheet {
            title: self.title(FormLabel::NonconformityReportTitle),
            subtitle: self.subtitle(),
            number: self.number(r.id.as_ref()),
            blocks: std::iter::once(Block::Fields(fields))
                .chain(self.attachments(&r.evidence))
                .collect(),
            signatures: self
                .signatures(&[FormLabel::InspectorSignature, FormLabel::HeadUnitSignature]),
        }
    }

    pub(super) fn rechecks(&self, r: &RectificationForm) -> Sheet {
        let rows: Vec<Vec<Cell>> = if self.blank {
            (1..=BLANK_RECHECK_ROWS)
                .map(|n| {
                    let mut row = vec![Cell::new(n.to_string())];
                    row.extend((0..4).map(|_| Cell::new("")));
                    row
                })
                .collect()
        } else {
            r.rechecks
                .iter()
                .zip(1..)
                .map(|(c, n): (_, usize)| {
                    vec![
                        Cell::new(n.to_string()),
                        Cell::new(c.date.to_string()),
                        Cell::new(c.by.clone()),
                        Cell::new(c.result.label(self.lang)),
                        Cell::new(text(c.note.as_ref())),
                    ]
                })
                .collect()
        };
        let blocks = vec![
            Block::Fields(vec![
                vec![
                    Field::new(self.field(NC, "unit"), text(r.unit.as_ref())),
                    Field::new(
                        self.label(FormLabel::NonconformityReportNo),
                        text(r.id.as_ref()),
                    ),
                ],
                vec![
                    Field::new(self.field(NC, "description"), text(r.description.as_ref()))
                        .tall(if self.blank { 2 } else { 1 }),
                ],
                vec![
                    Field::new(self.field(NC, "due"), date(r.due)),
                    Field::new(self.field(NC, "completed"), date(r.completed)),
                ],
            ]),
            Block::Grid(Grid {
                caption: Some(self.label(FormLabel::ReChecks)),
                columns: vec![
                    Column::new(self.label(FormLabel::Number), 7, true),
                    Column::new(self.field(RECHECK, "date"), 15, true),
                    Column::new(self.field(RECHECK, "by"), 13, true),
                    Column::new(self.field(RECHECK, "result"), 13, true),
                    Column::new(self.field(RECHECK, "note"), 52, false),
                ],
                rows,
            }),
            Block::Fields(vec![vec![Field::new(
                self.label(FormLabel::RectificationResult),
                self.vocab_choice::<RecheckResult>(r.last_result),
            )]]),
        ];
        let evidence: Vec<String> = r.rechecks.iter().flat_map(|c| c.evidence.clone()).collect();
        // The last re-check signs the sheet: its conclusion is the sheet's result.
        let last = r.rechecks.iter().max_by_key(|c| c.date);
        Sheet {
            title: self.title(FormLabel::RecordReCheckRectification),
            subtitle: self.subtitle(),
            number: self.number(r.id.as_ref()),
            blocks: blocks
                .into_iter()
                .chain(self.attachments(&evidence))
                .collect(),
            signatures: vec![
                self.signed(
                    FormLabel::ReCheckedBySignature,
                    last.map_or("", |c| c.by.as_str()),
                    last.map(|c| c.date),
                ),
                self.signed(FormLabel::HeadCheckTeamSignature, "", None),
            ],
        }
    }
}
