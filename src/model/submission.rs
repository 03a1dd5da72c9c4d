//! 报送 (submission): a unit's semiannual implementation report, handed in.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Id, Meta, Period, Record, record_accessors};
use crate::decode::{Cx, Fields};
use crate::diag::Code;
use crate::kind::Kind;
use crate::message::Msg;
use crate::span::Sp;

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Submission {
    #[serde(skip)]
    #[schemars(skip)]
    pub meta: Meta,
    /// 编号
    pub id: Sp<Id>,
    /// 报告期间：2026H1 或 2026H2
    pub period: Sp<Period>,
    /// 报送单位
    pub unit: Sp<Id>,
    /// 报送日期
    pub submitted: Sp<NaiveDate>,
    /// 报告文件
    pub file: Option<Sp<String>>,
    pub note: Option<Sp<String>>,
}

impl Record for Submission {
    record_accessors!(Kind::Submission);

    fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>, meta: Meta) -> Option<Self> {
        let id = f.id(cx);
        let period = f.req::<Period>("period", cx).filter(|p| {
            if !p.is_half() {
                cx.error(
                    Code::BadPeriod,
                    p.span,
                    Msg::BadPeriod {
                        field: "period".into(),
                        value: p.to_string(),
                        half_only: true,
                    },
                    Some(Msg::HintPeriodFormat { half_only: true }),
                );
            }
            p.is_half()
        });
        let unit = f.req("unit", cx);
        let submitted = f.req("submitted", cx);
        let file = f.opt("file", cx);
        let note = f.opt("note", cx);
        Some(Self {
            meta,
            id: id?,
            period: period?,
            unit: unit?,
            submitted: submitted?,
            file,
            note,
        })
    }
}
