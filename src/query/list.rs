//! `gbsw list`: the records of a kind that pass the filters, a few columns each, sorted.

use chrono::NaiveDate;

use super::cell::{Column, Sheet};
use super::fields::{self, Cx};
use super::filter::Filter;
use super::rec::Rec;
use crate::kind::Kind;
use crate::ledger::Ledger;

const fn c(key: &'static str, zh: &'static str) -> Column {
    Column::field(key, zh)
}

const ID: Column = c("id", "编号");
const DATE: Column = c("date", "日期");
const UNIT: Column = c("unit", "单位");

const STANDARD: &[Column] = &[
    ID,
    c("category_name", "类别"),
    c("status", "状态"),
    c("owner", "归口部门"),
    c("title", "标准名称"),
];
const PLAN: &[Column] = &[
    ID,
    c("start", "开始"),
    c("end", "结束"),
    c("activities_done", "进度"),
    c("title", "计划名称"),
];
const CHECK: &[Column] = &[ID, DATE, UNIT, c("type", "方式"), c("conclusion", "结论")];
const RECTIFICATION: &[Column] = &[
    ID,
    c("found", "发现日期"),
    UNIT,
    c("status", "状态"),
    c("description", "不符合事实"),
];
const REVIEW: &[Column] = &[
    ID,
    DATE,
    c("standard", "标准"),
    c("decision", "结论"),
    c("opinion", "复审意见"),
];
const EVALUATION: &[Column] = &[
    ID,
    c("period", "期间"),
    UNIT,
    c("final_score", "得分"),
    c("final_grade", "等级"),
    c("findings", "存在问题"),
];
const IMPROVEMENT: &[Column] = &[
    ID,
    DATE,
    c("standard", "标准"),
    c("round", "轮次"),
    c("plan", "改进计划"),
];
const TRAINING: &[Column] = &[
    ID,
    DATE,
    UNIT,
    c("type", "形式"),
    c("attendees", "人数"),
    c("topic", "主题"),
];
const SUBMISSION: &[Column] = &[
    ID,
    c("period", "期间"),
    UNIT,
    c("submitted", "报送日期"),
    c("file", "报告文件"),
];

/// The columns a listing shows, by kind: keys of [`fields::columns`] with short headers, the
/// longest text last (a table cuts it to fit).
#[must_use]
pub fn columns(kind: Kind) -> &'static [Column] {
    match kind {
        Kind::Standard => STANDARD,
        Kind::Plan => PLAN,
        Kind::Check => CHECK,
        Kind::Rectification => RECTIFICATION,
        Kind::Review => REVIEW,
        Kind::Evaluation => EVALUATION,
        Kind::Improvement => IMPROVEMENT,
        Kind::Training => TRAINING,
        Kind::Submission => SUBMISSION,
    }
}

/// The records of `kind` that pass `filter`, as of a day: checks, nonconformities, reviews,
/// trainings and submissions by date, the other kinds by id; ties by id.
#[must_use]
pub fn records<'a>(
    ledger: &'a Ledger,
    kind: Kind,
    filter: &Filter,
    as_of: NaiveDate,
) -> Vec<Rec<'a>> {
    let mut recs: Vec<Rec<'a>> = Rec::all(ledger, kind)
        .into_iter()
        .filter(|r| filter.matches(ledger, *r, as_of))
        .collect();
    recs.sort_by_cached_key(|r| (r.sort_date(), r.id()));
    recs
}

/// The listing: [`records`] with the [`columns`] of their kind.
#[must_use]
pub fn list(ledger: &Ledger, kind: Kind, filter: &Filter, as_of: NaiveDate) -> Sheet {
    let cx = Cx::new(ledger, as_of);
    let all = fields::columns(kind);
    let shown = columns(kind);
    let picks: Vec<usize> = shown
        .iter()
        .filter_map(|c| all.iter().position(|a| a.key == c.key))
        .collect();
    let rows = records(ledger, kind, filter, as_of)
        .into_iter()
        .map(|r| {
            let mut cells = fields::cells(&cx, r);
            picks
                .iter()
                .map(|&i| cells.get_mut(i).map(std::mem::take).unwrap_or_default())
                .collect()
        })
        .collect();
    Sheet {
        kind,
        columns: shown.to_vec(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_column_is_a_field_of_its_kind() {
        for kind in Kind::ALL {
            let all = fields::columns(kind);
            for c in columns(kind) {
                assert!(
                    all.iter().any(|a| a.key == c.key),
                    "{} lists `{}`, which is not one of its columns",
                    kind.key(),
                    c.key
                );
            }
        }
    }
}
