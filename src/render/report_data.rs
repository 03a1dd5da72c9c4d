//! The semiannual report's figures as JSON (everything, with the records counted) and its
//! indicator table as CSV.

use serde_json::{Value, json};

use crate::lang::Lang;
use crate::model::vocab::{CheckItemKind, CheckType, Vocab};
use crate::render::csv_text;
use crate::render::due::item_json;
use crate::report::Ratio;
use crate::report::indicators::Indicators;
use crate::report::semiannual::SemiannualReport;

/// The whole report as JSON. Due items carry their descriptions in `lang`.
#[must_use]
pub fn semiannual_json(r: &SemiannualReport, lang: Lang) -> String {
    let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
    v["lang"] = json!(lang);
    v["problems"] = r.problems.iter().map(|i| item_json(i, lang)).collect();
    v["next"] = r.next.iter().map(|i| item_json(i, lang)).collect();
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// One row per indicator: key, label, numerator, denominator, value.
struct Row {
    key: String,
    zh: String,
    en: String,
    num: String,
    den: String,
    value: String,
}

fn ratio_row(key: &str, zh: &str, en: &str, r: &Ratio) -> Row {
    Row {
        key: key.to_owned(),
        zh: zh.to_owned(),
        en: en.to_owned(),
        num: r.num.len().to_string(),
        den: r.den.len().to_string(),
        value: r.value().map_or_else(String::new, |v| format!("{v:.4}")),
    }
}

/// A vocabulary key's Chinese and English labels (the key itself if it is not one).
fn labels<T: Vocab>(key: &str) -> (String, String) {
    T::parse(key).map_or_else(
        || (key.to_owned(), key.to_owned()),
        |v| (v.label(Lang::Zh).to_owned(), v.label(Lang::En).to_owned()),
    )
}

fn count_row(key: &str, zh: &str, en: &str, n: usize) -> Row {
    Row {
        key: key.to_owned(),
        zh: zh.to_owned(),
        en: en.to_owned(),
        num: n.to_string(),
        den: String::new(),
        value: n.to_string(),
    }
}

/// The indicator table as CSV: `indicator,label,numerator,denominator,value`; a rate's value
/// is a fraction (0.9333), empty when its denominator is zero.
///
/// # Errors
/// Only if the CSV writer fails, which writing to memory does not.
pub fn indicators_csv(ind: &Indicators, lang: Lang) -> Result<String, csv::Error> {
    let nc = &ind.nonconformities;
    let t = &ind.trainings;
    let mut rows = vec![
        count_row(
            "standards_in_force",
            "在用标准数",
            "standards in force",
            ind.standards.len(),
        ),
        ratio_row(
            "implementation_rate",
            "标准实施率",
            "standards implemented",
            &ind.implementation,
        ),
        ratio_row(
            "duty_completion",
            "定期检查完成率",
            "scheduled checks done",
            &ind.duty_completion,
        ),
        count_row("checks", "检查次数", "checks", ind.checks.len()),
        ratio_row(
            "conformity_rate",
            "检查项目符合率",
            "check items conforming",
            &ind.conformity,
        ),
        count_row(
            "nonconformities",
            "不符合项数",
            "nonconformities found",
            nc.found.len(),
        ),
        count_row(
            "nonconformities_major",
            "严重不符合项数",
            "major nonconformities",
            nc.major.len(),
        ),
        ratio_row(
            "rectification_completion",
            "整改完成率",
            "rectified",
            &nc.completion,
        ),
        ratio_row("rectification_closure", "关闭率", "closed", &nc.closure),
        ratio_row(
            "rectification_on_time",
            "按期完成率",
            "rectified on time",
            &nc.on_time,
        ),
        count_row("trainings", "宣贯培训场次", "trainings", t.sessions.len()),
        Row {
            key: "training_pass_rate".into(),
            zh: "考核通过率".into(),
            en: "assessment pass rate".into(),
            num: t.passed.to_string(),
            den: t.assessed.to_string(),
            value: t.pass_rate.map_or_else(String::new, |v| format!("{v:.4}")),
        },
        count_row(
            "reviews_due",
            "应复审标准数",
            "standards due for review",
            ind.reviews.due.len(),
        ),
        count_row(
            "reviews_done",
            "完成复审次数",
            "reviews done",
            ind.reviews.done.len(),
        ),
        Row {
            key: "satisfaction".into(),
            zh: "外部满意度（%）".into(),
            en: "external satisfaction (%)".into(),
            num: String::new(),
            den: ind.satisfaction_sources.len().to_string(),
            value: ind
                .satisfaction
                .map_or_else(String::new, |v| format!("{v:.1}")),
        },
    ];
    for (k, ids) in &ind.checks_by_type {
        let (zh, en) = labels::<CheckType>(k);
        rows.push(count_row(
            &format!("checks_{k}"),
            &format!("检查次数：{zh}"),
            &format!("checks: {en}"),
            ids.len(),
        ));
    }
    for (k, r) in &ind.conformity_by_item {
        let (zh, en) = labels::<CheckItemKind>(k);
        rows.push(ratio_row(
            &format!("conformity_{k}"),
            &format!("符合率：{zh}"),
            &format!("conforming: {en}"),
            r,
        ));
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(csv_text::header(
        &[
            ("指标代码", "indicator"),
            ("指标", "label"),
            ("分子", "numerator"),
            ("分母", "denominator"),
            ("数值", "value"),
        ],
        lang,
    ))?;
    for r in rows {
        let name = lang.pick(r.zh, r.en);
        w.write_record([
            csv_text::text(&r.key).into_owned(),
            csv_text::text(&name).into_owned(),
            r.num,
            r.den,
            r.value,
        ])?;
    }
    csv_text::finish(w)
}
