//! The paper forms' words: every label, caption, title and signature of the source
//! document's forms (`report::forms`, `render::forms`), and the few phrases that fill them.

use std::fmt::Display;

use crate::lang::Lang;

word_table! {
    /// A word or phrase printed on a paper form.
    FormLabel;
    ListSeparator = "、", ", ";
    ChoiceGap = "　", "\u{2003}";
    UnitItself = "本处室（单位）自查", "the unit itself";
    HigherAuthoritySeeInspectors = "上级机关（见检查人）", "a higher authority (see inspectors)";
    ThirdPartySeeInspectors = "第三方机构（见检查人）", "a third party (see inspectors)";
    ItemsCheckedAnnex2 = "逐项检查情况（监督检查内容，附件2）", "Items checked (annex 2)";
    Number = "序号", "No.";
    Item = "检查内容", "Item";
    CheckResult = "检查结果", "Result";
    CheckNotes = "情况说明", "Notes";
    Nothing = "无", "none";
    NonconformityReports = "不符合项报告表编号", "Nonconformity reports";
    Conclusion = "结　　论", "Conclusion";
    RecordCheckStandardsImplementation = "标准实施情况检查记录表", "Record of a check of standards implementation";
    InspectorsSignature = "检查人（签字）", "Inspectors (signature)";
    HeadUnitCheckedSignature = "被检查处室（单位）负责人（签字）", "Head of the unit checked (signature)";
    HtmlLang = "zh-CN", "en";
    SignatureDate = "日期：　　　年　　月　　日", "Date: ____________";
    SignatureColon = "：", ": ";
    Attachments = "附件：", "Attachments: ";
    EffectiveStandardGoesInto = "改进效果明显，标准进入修订程序", "effective: the standard goes into revision";
    NotEffectiveNextRound = "改进效果不明显，转入下一轮改进", "not effective: a next round of improvement";
    Standard = "标准名称", "Standard";
    Effect = "改进效果", "Effect";
    ContinualImprovementRecord = "标准持续改进记录表", "Continual improvement record";
    EvaluationTeamSignature = "评价小组（签字）", "Evaluation team (signature)";
    HeadImplementingUnitSignature = "标准实施主体负责人（签字）", "Head of the implementing unit (signature)";
    Field = "项目", "field";
    Value = "内容", "value";
    Signature = "签字", "signature";
    MdDate = "日期", "date";
    BudgetGap = "", " ";
    Period = "实施期限", "Period";
    FundingTechnologyEquipment = "经费、技术和设备保障", "Funding, technology, equipment";
    HowWhatIsRequired = "实施方式和要求", "How, and what is required";
    Owner = "归口部门", "Owner";
    Organiser = "组织部门", "Organiser";
    PlanNote = "注：本计划实施后，转入标准的持续实施状态，实施活动内容的3、4，并定期核查引用标准的有效性，对标准组织复查。", "Note: after this plan the standards stay in continuous implementation: activities 3 and 4 go on, the validity of the standards referenced is checked periodically, and the standards are reviewed.";
    StandardsImplementationPlan = "标准实施计划表", "Standards implementation plan";
    PreparedBySignature = "编制人（签字）", "Prepared by (signature)";
    ApprovedBySignature = "审批人（签字）", "Approved by (signature)";
    NonconformityReportTitle = "标准实施不符合项报告表", "Nonconformity report";
    NonconformityReportNo = "不符合项报告表编号", "Nonconformity report";
    ReChecks = "复查情况", "Re-checks";
    RectificationResult = "复查结论", "Result";
    RecordReCheckRectification = "标准化实施整改落实情况复查记录表", "Record of the re-check of a rectification";
    InspectorSignature = "检查人（签字）", "Inspector (signature)";
    HeadUnitSignature = "被检查处室（单位）负责人（签字）", "Head of the unit (signature)";
    ReCheckedBySignature = "复查人（签字）", "Re-checked by (signature)";
    HeadCheckTeamSignature = "监督检查小组负责人（签字）", "Head of the check team (signature)";
    EvaluationReport = "标准实施评价报告", "Standards implementation evaluation report";
    Score = "得分", "Score";
    Grade = "评价等级", "Grade";
    AsWritten = "填写", "as written";
    FromIndicators = "由指标计算", "from the indicators";
    FromScore = "由得分评定", "from the score";
    QualitativePassed = "合格", "passed";
    QualitativeFailed = "不合格", "not passed";
    HeadUnitEvaluatedSignature = "被评价单位负责人（签字）", "Head of the unit evaluated (signature)";
}

/// What the source document's form names start with when the ledger names no organisation,
/// and the suffix an organisation's name loses before a form's name (`常州市机关事务管理局`
/// gives `常州市机关事务标准实施计划表`).
pub(crate) const SOURCE_PREFIX: &str = "常州市机关事务";
pub(crate) const BUREAU_SUFFIX: &str = "管理局";

/// A form's title: the organisation's prefix before the Chinese one; the English alone.
#[must_use]
pub fn title(prefix: &str, label: FormLabel, lang: Lang) -> String {
    lang.pick(
        format!("{prefix}{}", label.text(lang)),
        label.text(lang).to_owned(),
    )
}

/// `编号：…`, the record's id at the top of a form.
#[must_use]
pub fn number(id: &str, lang: Lang) -> String {
    lang.pick(format!("编号：{id}"), format!("No.: {id}"))
}

/// A standard by its title and number: `标题（GB/T 1）`.
#[must_use]
pub fn standard(title: &str, code: &str, lang: Lang) -> String {
    lang.pick(format!("{title}（{code}）"), format!("{title} ({code})"))
}

/// An improvement's round: `第 2 轮`.
#[must_use]
pub fn round(r: &dyn Display, lang: Lang) -> String {
    lang.pick(format!("第 {r} 轮"), format!("round {r}"))
}

/// A value with a note on where it came from: `78.0（填写）`, `良好（由得分评定）`.
#[must_use]
pub(crate) fn noted(value: &str, note: FormLabel, lang: Lang) -> String {
    lang.pick(
        format!("{value}（{}）", note.text(lang)),
        format!("{value} ({})", note.text(lang)),
    )
}

/// A plan's period: `2026-01-01 至 2026-06-30`.
#[must_use]
pub fn period(start: &str, end: &str, lang: Lang) -> String {
    lang.pick(format!("{start} 至 {end}"), format!("{start} to {end}"))
}

/// A plan's budget: `经费 5000 元。`.
#[must_use]
pub fn budget(yuan: &dyn Display, lang: Lang) -> String {
    lang.pick(format!("经费 {yuan} 元。"), format!("Budget: {yuan} yuan."))
}

/// An activity not done yet: `计划 2026-03-01`.
#[must_use]
pub(crate) fn planned(due: &dyn Display, lang: Lang) -> String {
    lang.pick(format!("计划 {due}"), format!("due {due}"))
}

/// A check as the re-check form names it: its id, then what it was about.
#[must_use]
pub(crate) fn check_about(id: &str, about: &[String], lang: Lang) -> String {
    lang.pick(
        format!("{id}（{}）", about.join(" ")),
        format!("{id} ({})", about.join(", ")),
    )
}

/// The plan form's two headings, of what is implemented and how: with the plan's category
/// (`服务类标准实施内容`) or without one.
#[must_use]
pub(crate) fn plan_headings(category: Option<&str>, lang: Lang) -> (String, String) {
    match (lang, category) {
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
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
