//! Labels: column headers and the words of tables, forms and calendars, one line each with
//! both languages side by side.

use crate::lang::Lang;

word_table! {
    /// A word or a short phrase that heads a column, names a field, or marks a value.
    Label;
    // Severities and the parts of a diagnostic.
    Error = "错误", "error";
    Warning = "警告", "warning";
    Help = "提示", "help";
    // `gbsw codes`.
    Code = "代码", "code";
    DefaultLevel = "默认级别", "default";
    Meaning = "说明", "meaning";
    // `gbsw history`.
    Date = "日期", "date";
    Author = "作者", "author";
    Commit = "提交", "commit";
    CommitMessage = "说明", "message";
    // `gbsw show`.
    Source = "来源", "source";
    Fields = "字段", "fields";
    Derived = "派生值", "derived";
    Links = "关联记录", "links";
    NotFound = "（不存在）", "(not found)";
    // `gbsw show`: the headings of the links that neither a field's label nor a kind's name
    // gives.
    /// The manifest's schedules that check a standard.
    CheckSchedules = "定期检查安排", "check schedules";
    /// The schedule a check fulfils.
    ScheduleFulfilled = "履行的检查安排", "schedule fulfilled";
    /// The check, review, evaluation or other record an improvement comes from.
    ImprovementSource = "改进来源", "source";
    /// The standards that list a standard among their related ones.
    RelatedBy = "列其为配套标准的标准", "listed as related by";
    /// The standard that supersedes a standard.
    SupersededBy = "被替代为", "superseded by";
    // `gbsw due`.
    Due = "到期日", "due";
    DaysLeft = "剩余", "days";
    Kind = "类型", "kind";
    Unit = "单位", "unit";
    Person = "责任人", "person";
    What = "事项", "what";
    Record = "记录", "record";
    // Values.
    Yes = "是", "yes";
    No = "否", "no";
    /// Between the items of a list in a sentence.
    ListSeparator = "、", ", ";
    /// Between the fields of an entry shown on one line (`日期：…，通过：是`).
    FieldSeparator = "，", ", ";
    /// Between a label and its value.
    Colon = "：", ": ";
    /// The language of an HTML page (`<html lang>`).
    HtmlLang = "zh-CN", "en";
    /// The language in an iCalendar PRODID.
    ProdidLang = "ZH", "EN";
}

/// A CSV header row: each column's Chinese name, or its English key with `lang` en. The
/// English keys are stable, for scripts that read the file.
#[must_use]
pub(crate) fn csv_header<'a>(columns: &[(&'a str, &'a str)], lang: Lang) -> Vec<&'a str> {
    columns
        .iter()
        .map(|&(zh, key)| term(zh, key, lang))
        .collect()
}

/// An id with its name in a list of the known ones (categories, units): `id（name）`.
#[must_use]
pub fn id_with_name(id: &str, name: &str) -> String {
    format!("{id}（{name}）")
}

/// A name without the full-width parenthesised part that ends it (a unit's project:
/// 常州市洁新物业服务有限公司（行政中心保洁物业项目部） → 常州市洁新物业服务有限公司); the name
/// itself when nothing precedes the parenthesis or none ends it. Kept beside the `（…）` the
/// catalog writes, so that the punctuation it takes apart is the one it puts in.
#[must_use]
pub(crate) fn without_parenthesised(name: &str) -> &str {
    match name.find('（') {
        Some(i) if i > 0 && name.ends_with('）') => &name[..i],
        _ => name,
    }
}

/// The values the manifest's `lang` takes, as a hint lists them.
pub(crate) const LANG_VALUES: &str = "zh（中文）, en（英文）";

/// The word a CSV or a workbook uses for a cell cut short: `…[已截断，原文 n 字]`.
#[must_use]
pub(crate) fn truncated_marker(chars: usize, lang: Lang) -> String {
    lang.pick(
        format!("…[已截断，原文 {chars} 字]"),
        format!("…[truncated, {chars} characters]"),
    )
}

/// A word declared elsewhere with both its languages side by side (a vocabulary term, a
/// field's header, a kind, a unit's name): the one for `lang`. The catalog's other entries
/// write their words here; these are written in their tables (`vocab!`, the field lists).
#[must_use]
pub fn term<'a, T: ?Sized>(zh: &'a T, en: &'a T, lang: Lang) -> &'a T {
    lang.pick(zh, en)
}

/// The Chinese punctuation that ends a sentence or a clause: no comma is added after it.
pub(crate) const SENTENCE_ENDS: [char; 4] = ['。', '；', '！', '？'];

/// A heading with how many items follow it: `被引用（3）`.
#[must_use]
pub(crate) fn with_count(label: &str, count: usize) -> String {
    format!("{label}（{count}）")
}

/// The title a new plan is given for one standard: `《title》实施计划`. Written into the
/// ledger, whose records are in Chinese whatever the language of the output.
#[must_use]
pub(crate) fn plan_title(standard: &str) -> String {
    format!("《{standard}》实施计划")
}

/// What follows an id with its unit: `（unit）：text` (` (unit): text` in English).
#[must_use]
pub(crate) fn unit_after_id(unit: &str, text: &str, lang: Lang) -> String {
    lang.pick(format!("（{unit}）：{text}"), format!(" ({unit}): {text}"))
}

/// The Chinese headers of the values `gbsw export` and `gbsw show` derive from the ledger
/// (the fields' headers are their descriptors' labels).
#[must_use]
pub(crate) fn derived_column(key: &str) -> &'static str {
    match key {
        "unit_name" => "单位名称",
        "category_name" => "类别名称",
        "next_review" => "下次复审",
        "activities_done" => "已完成活动",
        "status" => "整改状态",
        "final_score" => "得分",
        "final_grade" => "等级",
        _ => "",
    }
}
