//! 标准实施计划表 (附件1): the plan's boxes, its standards and its six-step procedure.

use super::{BLANK_STANDARD_ROWS, Block, Cell, Column, Field, Grid, Layout, Sheet, date, text};
use crate::message::forms::{self, FormLabel};
use crate::model::field::Field as Descriptor;
use crate::model::field::Row;
use crate::model::plan::Activity;
use crate::model::{Plan, Record};
use crate::report::forms::PlanForm;

const PLAN: &[Descriptor] = <Plan as Record>::FIELDS;
const ACTIVITY: &[Descriptor] = <Activity as Row>::FIELDS;

impl Layout {
    pub(super) fn plan(&self, p: &PlanForm) -> Sheet {
        let cat = p.category.as_ref().map(|c| c.label(self.lang).to_owned());
        let (content, procedure) = forms::plan_headings(cat.as_deref(), self.lang);
        let period = match (p.start, p.end) {
            (None, None) => String::new(),
            (s, e) => forms::period(&date(s), &date(e), self.lang),
        };
        let funding = match (p.budget_yuan, &p.resources) {
            (None, None) => String::new(),
            (None, Some(r)) => r.clone(),
            (Some(b), r) => {
                let budget = forms::budget(&b, self.lang);
                match r {
                    Some(r) => format!("{budget}{}{r}", FormLabel::BudgetGap.text(self.lang)),
                    None => budget,
                }
            }
        };
        let mut rows = Vec::new();
        if self.blank {
            // A filled plan's name stands under the title; a blank one has a box for it.
            rows.push(vec![Field::new(self.field(PLAN, "title"), "")]);
        }
        rows.extend([
            vec![Field::new(self.field(PLAN, "scope"), text(p.scope.as_ref())).tall(self.lines())],
            vec![
                Field::new(
                    self.field(PLAN, "responsible"),
                    text(p.responsible.as_ref()),
                ),
                Field::new(self.label(FormLabel::Period), period),
            ],
            vec![Field::new(self.field(PLAN, "goals"), text(p.goals.as_ref())).tall(self.lines())],
            vec![
                Field::new(self.label(FormLabel::FundingTechnologyEquipment), funding)
                    .tall(self.lines()),
            ],
        ]);
        let fields = Block::Fields(rows);
        let columns = vec![
            Column::new(self.label(FormLabel::Number), 7, true),
            Column::new(self.label(FormLabel::Standard), 31, false),
            Column::new(self.label(FormLabel::HowWhatIsRequired), 32, false),
            Column::new(self.label(FormLabel::Owner), 15, true),
            Column::new(self.label(FormLabel::Organiser), 15, true),
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
                Column::new(self.label(FormLabel::Number), 7, true),
                Column::new(self.field(ACTIVITY, "activity"), 33, false),
                Column::new(self.field(ACTIVITY, "responsible"), 10, true),
                Column::new(self.field(ACTIVITY, "done"), 16, true),
                Column::new(self.field(ACTIVITY, "note"), 34, false),
            ],
            rows: p
                .activities
                .iter()
                .map(|a| {
                    let when = match (a.done, a.due) {
                        (Some(d), _) => d.to_string(),
                        (None, Some(d)) => forms::planned(&d, self.lang),
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
        let note = Block::Note(self.label(FormLabel::PlanNote));
        Sheet {
            title: self.title(FormLabel::StandardsImplementationPlan),
            subtitle: p.title.clone().or_else(|| self.subtitle()),
            number: self.number(p.id.as_ref()),
            blocks: vec![fields, standards, activities, note],
            signatures: vec![
                self.signed(FormLabel::PreparedBySignature, "", None),
                self.signed(
                    FormLabel::ApprovedBySignature,
                    &text(p.approved_by.as_ref()),
                    p.approved_on,
                ),
            ],
        }
    }
}
