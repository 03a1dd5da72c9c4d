//! 标准实施情况检查记录表 (附件2): the check's boxes and the annex-2 items checked.

use super::{Block, Cell, Column, Field, Grid, Layout, Sheet, date, text};
use crate::message::forms::FormLabel;
use crate::model::field::Field as Descriptor;
use crate::model::vocab::{CheckType, Conformity, Vocab};
use crate::model::{Check, Record};
use crate::report::forms::CheckForm;

const CHECK: &[Descriptor] = <Check as Record>::FIELDS;

impl Layout {
    pub(super) fn check(&self, c: &CheckForm) -> Sheet {
        let check_type = self.one_of(c.check_type);
        // No checking unit of the ledger: the unit itself for a self-check; an outside body,
        // named by the inspectors, for a higher-level or third-party check; else left blank.
        let by = match (&c.by, self.blank, c.check_type) {
            (Some(b), _, _) => b.clone(),
            (None, true, _) => String::new(),
            (None, false, Some(CheckType::SelfCheck)) => self.label(FormLabel::UnitItself),
            (None, false, Some(CheckType::HigherLevel)) => {
                self.label(FormLabel::HigherAuthoritySeeInspectors)
            }
            (None, false, Some(CheckType::ThirdParty)) => {
                self.label(FormLabel::ThirdPartySeeInspectors)
            }
            (None, false, _) => String::new(),
        };
        let standards: Vec<String> = c.standards.iter().map(|s| self.standard(s)).collect();
        let mut blocks = vec![Block::Fields(vec![
            vec![
                Field::new(self.field(CHECK, "unit"), text(c.unit.as_ref())),
                Field::new(self.field(CHECK, "contact"), text(c.contact.as_ref())),
            ],
            vec![
                Field::new(self.field(CHECK, "inspectors"), self.join(&c.inspectors)),
                Field::new(self.field(CHECK, "date"), date(c.date)),
            ],
            vec![
                Field::new(self.field(CHECK, "type"), check_type),
                Field::new(self.field(CHECK, "by"), by),
            ],
            vec![
                Field::new(self.field(CHECK, "standards"), standards.join("\n"))
                    .tall(if self.blank { 2 } else { 1 }),
            ],
            vec![
                Field::new(self.field(CHECK, "content"), text(c.content.as_ref()))
                    .tall(self.lines()),
            ],
        ])];
        if !c.items.is_empty() {
            blocks.push(Block::Grid(Grid {
                caption: Some(self.label(FormLabel::ItemsCheckedAnnex2)),
                columns: vec![
                    Column::new(self.label(FormLabel::Number), 7, true),
                    Column::new(self.label(FormLabel::Item), 24, false),
                    Column::new(
                        self.label(FormLabel::CheckResult),
                        if self.blank { 31 } else { 14 },
                        true,
                    ),
                    Column::new(
                        self.label(FormLabel::CheckNotes),
                        if self.blank { 38 } else { 55 },
                        false,
                    ),
                ],
                rows: c
                    .items
                    .iter()
                    .zip(1..)
                    .map(|(i, n): (_, usize)| {
                        let result = match i.result {
                            Some(r) => r.label(self.lang).to_owned(),
                            None => self.vocab_choice::<Conformity>(None),
                        };
                        vec![
                            Cell::new(n.to_string()),
                            Cell::new(i.item.label(self.lang)),
                            Cell::new(result),
                            Cell::new(text(i.note.as_ref())),
                        ]
                    })
                    .collect(),
            }));
        }
        let reports = if c.rectifications.is_empty() && !self.blank {
            self.label(FormLabel::Nothing)
        } else {
            self.join(&c.rectifications)
        };
        blocks.push(Block::Fields(vec![
            vec![
                Field::new(self.field(CHECK, "record"), text(c.record.as_ref()))
                    .tall(if self.blank { 6 } else { 2 }),
            ],
            vec![Field::new(
                self.label(FormLabel::NonconformityReports),
                reports,
            )],
            vec![Field::new(
                self.label(FormLabel::Conclusion),
                self.vocab_choice(c.conclusion),
            )],
        ]));
        blocks.extend(self.attachments(&c.evidence));
        self.sheet(
            FormLabel::RecordCheckStandardsImplementation,
            c.id.as_ref(),
            blocks,
            (FormLabel::InspectorsSignature, &c.inspectors, c.date),
            FormLabel::HeadUnitCheckedSignature,
        )
    }
}
