//! 标准实施情况检查记录表 (附件2): the check's boxes and the annex-2 items checked.

use super::{Block, Cell, Column, Field, Grid, Layout, Sheet, date, text};
use crate::model::vocab::{CheckType, Conformity, Vocab};
use crate::report::forms::CheckForm;

impl Layout {
    pub(super) fn check(&self, c: &CheckForm) -> Sheet {
        let check_type = if self.blank {
            self.vocab_choice::<CheckType>(None)
        } else {
            c.check_type
                .map_or_else(String::new, |t| t.label(self.lang).to_owned())
        };
        // No checking unit of the ledger: the unit itself for a self-check; an outside body,
        // named by the inspectors, for a higher-level or third-party check; else left blank.
        let by = match (&c.by, self.blank, c.check_type) {
            (Some(b), _, _) => b.clone(),
            (None, true, _) => String::new(),
            (None, false, Some(CheckType::SelfCheck)) => {
                self.pick("本处室（单位）自查", "the unit itself")
            }
            (None, false, Some(CheckType::HigherLevel)) => self.pick(
                "上级机关（见检查人）",
                "a higher authority (see inspectors)",
            ),
            (None, false, Some(CheckType::ThirdParty)) => {
                self.pick("第三方机构（见检查人）", "a third party (see inspectors)")
            }
            (None, false, _) => String::new(),
        };
        let standards: Vec<String> = c.standards.iter().map(|s| self.standard(s)).collect();
        let mut blocks = vec![Block::Fields(vec![
            vec![
                Field::new(
                    self.pick("被检查处室（单位）", "Unit checked"),
                    text(c.unit.as_ref()),
                ),
                Field::new(
                    self.pick("处室（单位）负责人或岗位人员姓名", "Head or staff on duty"),
                    text(c.contact.as_ref()),
                ),
            ],
            vec![
                Field::new(self.pick("检查人", "Inspectors"), self.join(&c.inspectors)),
                Field::new(self.pick("检查日期", "Date"), date(c.date)),
            ],
            vec![
                Field::new(self.pick("检查方式", "Type"), check_type),
                Field::new(self.pick("检查单位", "Checked by"), by),
            ],
            vec![
                Field::new(
                    self.pick("检查项目", "Standards checked"),
                    standards.join("\n"),
                )
                .tall(if self.blank { 2 } else { 1 }),
            ],
            vec![
                Field::new(
                    self.pick("检查内容", "What was checked"),
                    text(c.content.as_ref()),
                )
                .tall(self.lines()),
            ],
        ])];
        if !c.items.is_empty() {
            blocks.push(Block::Grid(Grid {
                caption: Some(self.pick(
                    "逐项检查情况（监督检查内容，附件2）",
                    "Items checked (annex 2)",
                )),
                columns: vec![
                    Column::new(self.pick("序号", "No."), 7, true),
                    Column::new(self.pick("检查内容", "Item"), 24, false),
                    Column::new(
                        self.pick("检查结果", "Result"),
                        if self.blank { 31 } else { 14 },
                        true,
                    ),
                    Column::new(
                        self.pick("情况说明", "Notes"),
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
            self.pick("无", "none")
        } else {
            self.join(&c.rectifications)
        };
        blocks.push(Block::Fields(vec![
            vec![
                Field::new(self.pick("检查记录", "Record"), text(c.record.as_ref()))
                    .tall(if self.blank { 6 } else { 2 }),
            ],
            vec![Field::new(
                self.pick("不符合项报告表编号", "Nonconformity reports"),
                reports,
            )],
            vec![Field::new(
                self.pick("结　　论", "Conclusion"),
                self.vocab_choice(c.conclusion),
            )],
        ]));
        Sheet {
            title: self.title(
                "标准实施情况检查记录表",
                "Record of a check of standards implementation",
            ),
            subtitle: self.subtitle(),
            number: self.number(c.id.as_ref()),
            blocks,
            signatures: self.signatures(&[
                ("检查人（签字）", "Inspectors (signature)"),
                (
                    "被检查处室（单位）负责人（签字）",
                    "Head of the unit checked (signature)",
                ),
            ]),
        }
    }
}
