//! 持续改进记录表: one round of improvement of a standard, and its effect.

use super::{Block, Field, Layout, Sheet, date, text};
use crate::message::forms::{self, FormLabel};
use crate::model::field::Field as Descriptor;
use crate::model::{Improvement, Record};
use crate::report::forms::ImprovementForm;

const IMP: &[Descriptor] = <Improvement as Record>::FIELDS;

impl Layout {
    pub(super) fn improvement(&self, m: &ImprovementForm) -> Sheet {
        let source = m.source.as_ref().map_or_else(String::new, |(id, kind)| {
            kind.map_or_else(|| id.clone(), |k| format!("{} {id}", k.label(self.lang)))
        });
        let round = m
            .round
            .map_or_else(String::new, |r| forms::round(&r, self.lang));
        let effect = self.choice(
            &[
                self.label(FormLabel::EffectiveStandardGoesInto),
                self.label(FormLabel::NotEffectiveNextRound),
            ],
            m.effective.map(|e| if e { 0 } else { 1 }),
        );
        let standard = m
            .standard
            .as_ref()
            .map_or_else(String::new, |s| self.standard(s));
        let fields = vec![
            vec![Field::new(self.label(FormLabel::Standard), standard)],
            vec![
                Field::new(self.field(IMP, "source"), source),
                Field::new(self.field(IMP, "round"), round),
            ],
            vec![
                Field::new(self.field(IMP, "date"), date(m.date)),
                Field::new(self.field(IMP, "verified"), date(m.verified)),
            ],
            vec![Field::new(self.field(IMP, "plan"), text(m.plan.as_ref())).tall(self.lines())],
            vec![
                Field::new(self.field(IMP, "measures"), text(m.measures.as_ref()))
                    .tall(self.lines()),
            ],
            vec![Field::new(self.label(FormLabel::Effect), effect)],
            vec![Field::new(self.field(IMP, "causes"), text(m.causes.as_ref())).tall(self.lines())],
            vec![Field::new(self.field(IMP, "next"), text(m.next.as_ref())).tall(self.lines())],
            vec![
                Field::new(self.field(IMP, "next_round"), date(m.next_round)),
                Field::new(self.field(IMP, "reviewed_by"), self.join(&m.reviewed_by)),
            ],
        ];
        self.sheet(
            FormLabel::ContinualImprovementRecord,
            m.id.as_ref(),
            std::iter::once(Block::Fields(fields))
                .chain(self.attachments(&m.evidence))
                .collect(),
            (
                FormLabel::EvaluationTeamSignature,
                &m.reviewed_by,
                m.reviewed_on,
            ),
            FormLabel::HeadImplementingUnitSignature,
        )
    }
}
