//! Improvements (改进): one that did not work (改进效果不明显) is analysed and goes to a next
//! round — the guidance's "应分析原因，继续改进".

use super::Rules;
use crate::diag::Code;
use crate::message::Msg;

pub(super) fn run(r: &mut Rules<'_>) {
    let ledger = r.ledger;
    for i in &ledger.improvements {
        let Some(effective) = i.effective.as_ref().filter(|e| !e.value) else {
            continue;
        };
        for (field, missing) in [
            ("causes", i.causes.is_none()),
            ("next_round", i.next_round.is_none()),
        ] {
            if missing {
                r.at(
                    Code::IneffectiveImprovement,
                    i.meta.file,
                    effective.span,
                    Msg::IneffectiveImprovement { field },
                    Msg::HintIneffectiveImprovement,
                );
            }
        }
    }
}
