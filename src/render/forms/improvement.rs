//! 持续改进记录表: one round of improvement of a standard, and its effect.

use super::{Block, Field, Layout, Sheet, date, text};
use crate::report::forms::ImprovementForm;

impl Layout {
    pub(super) fn improvement(&self, m: &ImprovementForm) -> Sheet {
        let source = m.source.as_ref().map_or_else(String::new, |(id, kind)| {
            kind.map_or_else(|| id.clone(), |k| format!("{} {id}", k.label(self.lang)))
        });
        let round = m.round.map_or_else(String::new, |r| {
            self.lang.pick(format!("第 {r} 轮"), format!("round {r}"))
        });
        let effect = self.choice(
            &[
                self.pick(
                    "改进效果明显，标准进入修订程序",
                    "effective: the standard goes into revision",
                ),
                self.pick(
                    "改进效果不明显，转入下一轮改进",
                    "not effective: a next round of improvement",
                ),
            ],
            m.effective.map(|e| if e { 0 } else { 1 }),
        );
        let standard = m
            .standard
            .as_ref()
            .map_or_else(String::new, |s| self.standard(s));
        let fields = vec![
            vec![Field::new(self.pick("标准名称", "Standard"), standard)],
            vec![
                Field::new(self.pick("改进来源", "Started by"), source),
                Field::new(self.pick("改进轮次", "Round"), round),
            ],
            vec![
                Field::new(self.pick("记录日期", "Date"), date(m.date)),
                Field::new(self.pick("验证日期", "Verified on"), date(m.verified)),
            ],
            vec![
                Field::new(self.pick("改进计划", "Plan"), text(m.plan.as_ref())).tall(self.lines()),
            ],
            vec![
                Field::new(self.pick("改进措施", "Measures"), text(m.measures.as_ref()))
                    .tall(self.lines()),
            ],
            vec![Field::new(self.pick("改进效果", "Effect"), effect)],
            vec![Field::new(self.pick("下一步", "Next"), text(m.next.as_ref())).tall(self.lines())],
            vec![Field::new(
                self.pick("评审人", "Reviewed by"),
                self.join(&m.reviewed_by),
            )],
        ];
        Sheet {
            title: self.title("标准持续改进记录表", "Continual improvement record"),
            subtitle: self.subtitle(),
            number: self.number(m.id.as_ref()),
            blocks: vec![Block::Fields(fields)],
            signatures: self.signatures(&[
                ("评价小组（签字）", "Evaluation team (signature)"),
                (
                    "标准实施主体负责人（签字）",
                    "Head of the implementing unit (signature)",
                ),
            ]),
        }
    }
}
