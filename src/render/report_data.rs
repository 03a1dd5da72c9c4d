//! The semiannual report's figures as JSON (everything, with the records counted) and its
//! indicator table as CSV.

use serde_json::{Value, json};

use crate::lang::Lang;
use crate::message::report::{self, IndicatorName};
use crate::model::vocab::{CheckItemKind, CheckType};
use crate::render::csv_text;
use crate::render::due::item_json;
use crate::report::Ratio;
use crate::report::indicators::Indicators;
use crate::report::semiannual::SemiannualReport;
use crate::report::words;

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

/// One row per indicator: key, name, numerator, denominator, value.
struct Row {
    key: String,
    name: String,
    num: String,
    den: String,
    value: String,
}

fn ratio_row(key: &str, name: impl Into<String>, r: &Ratio) -> Row {
    Row {
        key: key.to_owned(),
        name: name.into(),
        num: r.num.len().to_string(),
        den: r.den.len().to_string(),
        value: r.value().map_or_else(String::new, |v| format!("{v:.4}")),
    }
}

fn count_row(key: &str, name: impl Into<String>, n: usize) -> Row {
    Row {
        key: key.to_owned(),
        name: name.into(),
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
    let name = |n: IndicatorName| n.text(lang);
    let mut rows = vec![
        count_row(
            "standards_in_force",
            name(IndicatorName::StandardsInForce),
            ind.standards.len(),
        ),
        ratio_row(
            "implementation_rate",
            name(IndicatorName::Implementation),
            &ind.implementation,
        ),
        ratio_row(
            "duty_completion",
            name(IndicatorName::DutyCompletion),
            &ind.duty_completion,
        ),
        ratio_row(
            "submission_timeliness",
            name(IndicatorName::SubmissionTimeliness),
            &ind.submission_timeliness,
        ),
        count_row("checks", name(IndicatorName::Checks), ind.checks.len()),
        ratio_row(
            "conformity_rate",
            name(IndicatorName::Conformity),
            &ind.conformity,
        ),
        count_row(
            "nonconformities",
            name(IndicatorName::Nonconformities),
            nc.found.len(),
        ),
        count_row(
            "nonconformities_major",
            name(IndicatorName::MajorNonconformities),
            nc.major.len(),
        ),
        ratio_row(
            "rectification_completion",
            name(IndicatorName::RectificationCompletion),
            &nc.completion,
        ),
        ratio_row(
            "rectification_closure",
            name(IndicatorName::RectificationClosure),
            &nc.closure,
        ),
        ratio_row(
            "rectification_on_time",
            name(IndicatorName::RectificationOnTime),
            &nc.on_time,
        ),
        count_row(
            "trainings",
            name(IndicatorName::Trainings),
            t.sessions.len(),
        ),
        Row {
            key: "training_pass_rate".into(),
            name: name(IndicatorName::TrainingPassRate).into(),
            num: t.passed.to_string(),
            den: t.assessed.to_string(),
            value: t.pass_rate.map_or_else(String::new, |v| format!("{v:.4}")),
        },
        count_row(
            "reviews_due",
            name(IndicatorName::ReviewsDue),
            ind.reviews.due.len(),
        ),
        count_row(
            "reviews_done",
            name(IndicatorName::ReviewsDone),
            ind.reviews.done.len(),
        ),
        Row {
            key: "satisfaction".into(),
            name: name(IndicatorName::Satisfaction).into(),
            num: String::new(),
            den: ind.satisfaction_sources.len().to_string(),
            value: ind
                .satisfaction
                .map_or_else(String::new, |v| format!("{v:.1}")),
        },
    ];
    for (k, ids) in &ind.checks_by_type {
        rows.push(count_row(
            &format!("checks_{k}"),
            report::checks_of_type(&words::label::<CheckType>(k, lang), lang),
            ids.len(),
        ));
    }
    for (k, r) in &ind.conformity_by_item {
        rows.push(ratio_row(
            &format!("conformity_{k}"),
            report::conformity_of_item(&words::label::<CheckItemKind>(k, lang), lang),
            r,
        ));
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(csv_text::header(&report::INDICATOR_CSV_COLUMNS, lang))?;
    for r in rows {
        w.write_record([
            csv_text::text(&r.key).into_owned(),
            csv_text::text(&r.name).into_owned(),
            r.num,
            r.den,
            r.value,
        ])?;
    }
    csv_text::finish(w)
}
