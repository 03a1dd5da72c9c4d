//! 标准实施计划表 (附件1): the plan's boxes, its standards and its six-step procedure.

use super::{
    BLANK_STANDARD_ROWS, Block, Cell, Column, Field, Grid, Layout, Sheet, capitalized, date, text,
};
use crate::lang::Lang;
use crate::report::forms::PlanForm;

impl Layout {
    pub(super) fn plan(&self, p: &PlanForm) -> Sheet {
        let cat = p.category.as_ref().map(|c| c.label(self.lang).to_owned());
        let (content, procedure) = match (self.lang, &cat) {
            (Lang::Zh, Some(c)) => (format!("{c}实施内容"), format!("{c}实施程序")),
            (Lang::Zh, None) => ("标准实施内容".to_owned(), "标准实施程序".to_owned()),
            (Lang::En, Some(c)) => (
                format!("{}: what is implemented", capitalized(c)),
                format!("{}: procedure", capitalized(c)),
            ),
            (Lang::En, None) => (
                "Standards: what is implemented".to_owned(),
                "Procedure".to_owned(),
            ),
        };
        let period = match (p.start, p.end) {
            (None, None) => String::new(),
            (s, e) => self.lang.pick(
                format!("{} 至 {}", date(s), date(e)),
                format!("{} to {}", date(s), date(e)),
            ),
        };
        let funding = match (p.budget_yuan, &p.resources) {
            (None, None) => String::new(),
            (None, Some(r)) => r.clone(),
            (Some(b), r) => {
                let budget = self
                    .lang
                    .pick(format!("经费 {b} 元。"), format!("Budget: {b} yuan."));
                match r {
                    Some(r) => format!("{budget}{}{r}", self.lang.pick("", " ")),
                    None => budget,
                }
            }
        };
        let mut rows = Vec::new();
        if self.blank {
            // A filled plan's name stands under the title; a blank one has a box for it.
            rows.push(vec![Field::new(self.pick("计划名称", "Plan"), "")]);
        }
        rows.extend([
            vec![
                Field::new(self.pick("实施范围", "Scope"), text(p.scope.as_ref()))
                    .tall(self.lines()),
            ],
            vec![
                Field::new(
                    self.pick("责任人", "Responsible"),
                    text(p.responsible.as_ref()),
                ),
                Field::new(self.pick("实施期限", "Period"), period),
            ],
            vec![
                Field::new(self.pick("目标要求", "Goals"), text(p.goals.as_ref()))
                    .tall(self.lines()),
            ],
            vec![
                Field::new(
                    self.pick("经费、技术和设备保障", "Funding, technology, equipment"),
                    funding,
                )
                .tall(self.lines()),
            ],
        ]);
        let fields = Block::Fields(rows);
        let columns = vec![
            Column::new(self.pick("序号", "No."), 7, true),
            Column::new(self.pick("标准名称", "Standard"), 31, false),
            Column::new(
                self.pick("实施方式和要求", "How, and what is required"),
                32,
                false,
            ),
            Column::new(self.pick("归口部门", "Owner"), 15, true),
            Column::new(self.pick("组织部门", "Organiser"), 15, true),
        ];
        let rows: Vec<Vec<Cell>> = if self.blank {
            (1..=BLANK_STANDARD_ROWS)
                .map(|n| {
                    let mut row = vec![Cell::new(n.to_string())];
                    row.extend((0..4).map(|_| Cell::new("")));
                    row
                })
                .collect()
        } else {
            let n = p.standards.len();
            p.standards
                .iter()
                .zip(1..)
                .map(|(s, i)| {
                    // 实施方式和要求 is the plan's, one box beside all its standards.
                    let approach = if i == 1 {
                        Cell {
                            text: text(p.approach.as_ref()),
                            span: n,
                        }
                    } else {
                        Cell::covered()
                    };
                    vec![
                        Cell::new(i.to_string()),
                        Cell::new(self.standard_cell(&s.standard)),
                        approach,
                        Cell::new(text(s.owner.as_ref())),
                        Cell::new(text(s.organizer.as_ref())),
                    ]
                })
                .collect()
        };
        let standards = Block::Grid(Grid {
            caption: Some(content),
            columns,
            rows,
        });
        let activities = Block::Grid(Grid {
            caption: Some(procedure),
            columns: vec![
                Column::new(self.pick("序号", "No."), 7, true),
                Column::new(self.pick("活动内容", "Activity"), 33, false),
                Column::new(self.pick("责任人", "Responsible"), 10, true),
                Column::new(self.pick("完成日期", "Done on"), 16, true),
                Column::new(self.pick("完成情况", "What was done"), 34, false),
            ],
            rows: p
                .activities
                .iter()
                .map(|a| {
                    let when = match (a.done, a.due) {
                        (Some(d), _) => d.to_string(),
                        (None, Some(d)) => self.lang.pick(format!("计划 {d}"), format!("due {d}")),
                        (None, None) => String::new(),
                    };
                    vec![
                        Cell::new(a.step.to_string()),
                        Cell::new(a.activity.clone()),
                        Cell::new(text(a.responsible.as_ref())),
                        Cell::new(when),
                        Cell::new(text(a.note.as_ref())),
                    ]
                })
                .collect(),
        });
        let note = Block::Note(self.pick(
            "注：本计划实施后，转入标准的持续实施状态，实施活动内容的3、4，并定期核查引用标准的有效性，对标准组织复查。",
            "Note: after this plan the standards stay in continuous implementation: activities 3 and 4 go on, the validity of the standards referenced is checked periodically, and the standards are reviewed.",
        ));
        Sheet {
            title: self.title("标准实施计划表", "Standards implementation plan"),
            subtitle: p.title.clone().or_else(|| self.subtitle()),
            number: self.number(p.id.as_ref()),
            blocks: vec![fields, standards, activities, note],
            signatures: self.signatures(&[
                ("编制人（签字）", "Prepared by (signature)"),
                ("审批人（签字）", "Approved by (signature)"),
            ]),
        }
    }
}
