//! 不符合项报告表 and 整改落实情况复查记录表 (附件2): a nonconformity, and its re-checks.

use super::{BLANK_RECHECK_ROWS, Block, Cell, Column, Field, Grid, Layout, Sheet, date, text};
use crate::model::vocab::{NcSeverity, RecheckResult, Vocab};
use crate::report::forms::RectificationForm;

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
                self.lang.pick(
                    format!("{}（{}）", c.id, about.join(" ")),
                    format!("{} ({})", c.id, about.join(", ")),
                )
            }
        });
        let standard = r
            .standard
            .as_ref()
            .map_or_else(String::new, |s| self.standard_cell(s));
        let fields = vec![
            vec![
                Field::new(
                    self.pick("被检查处室（单位）", "Unit"),
                    text(r.unit.as_ref()),
                ),
                Field::new(self.pick("发现日期", "Found on"), date(r.found)),
            ],
            vec![
                Field::new(self.pick("来源检查", "Found in check"), check),
                Field::new(
                    self.pick("严重程度", "Severity"),
                    self.vocab_choice::<NcSeverity>(r.severity),
                ),
            ],
            vec![
                Field::new(self.pick("标准名称", "Standard"), standard),
                Field::new(self.pick("条款", "Clause"), text(r.clause.as_ref())),
            ],
            vec![
                Field::new(
                    self.pick("不符合事实描述", "What does not conform"),
                    text(r.description.as_ref()),
                )
                .tall(self.lines()),
            ],
            vec![
                Field::new(self.pick("原因分析", "Cause"), text(r.cause.as_ref()))
                    .tall(self.lines()),
            ],
            vec![
                Field::new(self.pick("整改措施", "Measures"), text(r.measures.as_ref()))
                    .tall(self.lines()),
            ],
            vec![
                Field::new(
                    self.pick("责任人", "Responsible"),
                    text(r.responsible.as_ref()),
                ),
                Field::new(self.pick("整改期限", "Due"), date(r.due)),
            ],
            vec![
                Field::new(self.pick("整改完成日期", "Completed on"), date(r.completed)),
                Field::new(
                    self.pick("书面报告", "Written report"),
                    text(r.report.as_ref()),
                ),
            ],
        ];
        Sheet {
            title: self.title("标准实施不符合项报告表", "Nonconformity report"),
            subtitle: self.subtitle(),
            number: self.number(r.id.as_ref()),
            blocks: vec![Block::Fields(fields)],
            signatures: self.signatures(&[
                ("检查人（签字）", "Inspector (signature)"),
                (
                    "被检查处室（单位）负责人（签字）",
                    "Head of the unit (signature)",
                ),
            ]),
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
                    Field::new(
                        self.pick("被检查处室（单位）", "Unit"),
                        text(r.unit.as_ref()),
                    ),
                    Field::new(
                        self.pick("不符合项报告表编号", "Nonconformity report"),
                        text(r.id.as_ref()),
                    ),
                ],
                vec![
                    Field::new(
                        self.pick("不符合事实", "What did not conform"),
                        text(r.description.as_ref()),
                    )
                    .tall(if self.blank { 2 } else { 1 }),
                ],
                vec![
                    Field::new(self.pick("整改期限", "Due"), date(r.due)),
                    Field::new(self.pick("整改完成日期", "Completed on"), date(r.completed)),
                ],
            ]),
            Block::Grid(Grid {
                caption: Some(self.pick("复查情况", "Re-checks")),
                columns: vec![
                    Column::new(self.pick("序号", "No."), 7, true),
                    Column::new(self.pick("复查日期", "Date"), 15, true),
                    Column::new(self.pick("复查人", "By"), 13, true),
                    Column::new(self.pick("复查结论", "Result"), 13, true),
                    Column::new(self.pick("复查情况说明", "Notes"), 52, false),
                ],
                rows,
            }),
            Block::Fields(vec![vec![Field::new(
                self.pick("复查结论", "Result"),
                self.vocab_choice::<RecheckResult>(r.last_result),
            )]]),
        ];
        Sheet {
            title: self.title(
                "标准化实施整改落实情况复查记录表",
                "Record of the re-check of a rectification",
            ),
            subtitle: self.subtitle(),
            number: self.number(r.id.as_ref()),
            blocks,
            signatures: self.signatures(&[
                ("复查人（签字）", "Re-checked by (signature)"),
                (
                    "监督检查小组负责人（签字）",
                    "Head of the check team (signature)",
                ),
            ]),
        }
    }
}
