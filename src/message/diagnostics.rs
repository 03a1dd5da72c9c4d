//! What `gbsw check` says: the [`Msg`] of each diagnostic. Hints and due items are variants of
//! the same enum (a diagnostic's hint is a `Msg` too) whose text lives in `hints.rs` and
//! `due.rs`; the match below sends them there, so a new variant must say which it is.

use super::{Expected, Subject, Target};
use crate::kind::Kind;
use crate::lang::Lang;
use crate::node::ValueType;

fn found_label(t: ValueType, lang: Lang) -> &'static str {
    match t {
        ValueType::Null => lang.pick("空值", "an empty value"),
        ValueType::Bool => lang.pick("布尔值", "a boolean"),
        ValueType::Int => lang.pick("整数", "an integer"),
        ValueType::Float => lang.pick("小数", "a decimal number"),
        ValueType::Str => lang.pick("文本", "text"),
        ValueType::Date => lang.pick("日期", "a date"),
        ValueType::DateTime => lang.pick("日期时间", "a date-time"),
        ValueType::Seq => lang.pick("列表", "a list"),
        ValueType::Map => lang.pick("表", "a table"),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    // Files.
    Unreadable {
        kind: std::io::ErrorKind,
        detail: String,
    },
    NotUtf8 {
        line: usize,
    },
    Binary,
    Empty,
    TooLarge {
        size: u64,
        limit: u64,
    },
    SymlinkLoop,
    /// `first`: where the folder was read, relative to the root.
    LinkedTwice {
        first: String,
    },
    OutsideLedger {
        target: String,
    },
    OutsideKindFolder,
    UnknownFolder {
        name: String,
    },
    Syntax {
        format: &'static str,
        kind: crate::parse::SyntaxKind,
        detail: String,
    },
    // Fields.
    WrongType {
        field: String,
        expected: Expected,
        found: ValueType,
    },
    MissingField {
        field: String,
        subject: Subject,
    },
    UnknownField {
        field: String,
        subject: Subject,
    },
    UnknownValue {
        field: String,
        value: String,
    },
    BadDate {
        field: String,
        value: String,
    },
    DateOutOfRange {
        field: String,
        value: String,
        first: String,
        last: String,
    },
    BadId {
        value: String,
    },
    BadPeriod {
        field: String,
        value: String,
        half_only: bool,
    },
    OutOfRange {
        field: String,
        value: String,
        min: String,
        max: String,
    },
    // The ledger.
    DuplicateId {
        id: String,
    },
    FirstDefinedHere,
    DuplicateEntry {
        field: String,
        value: String,
    },
    /// `character` as shown escaped (`\u001b`).
    ControlCharacter {
        character: String,
    },
    UnknownReference {
        field: String,
        target: Target,
        id: String,
    },
    SelfReference {
        field: String,
    },
    DateOrder {
        field: String,
        date: String,
        other_field: String,
        other: String,
    },
    FutureDate {
        field: String,
        date: String,
        today: String,
    },
    AbolishedWithoutDate {
        status: crate::vocab::StandardStatus,
    },
    AbolishedDateButStatus {
        status: crate::vocab::StandardStatus,
    },
    RecheckWithoutCompletion,
    RecheckBeforeCompletion {
        recheck: String,
        completed: String,
    },
    MajorWithoutReport,
    NonconformityUntracked {
        id: String,
    },
    ConclusionSaysConform {
        item: crate::vocab::CheckItemKind,
    },
    ConclusionSaysNonconform,
    UnitMismatch {
        unit: String,
        check: String,
        check_unit: String,
    },
    ScheduleTypeMismatch {
        schedule: String,
        expected: crate::vocab::CheckType,
    },
    NoDailySelfCheck {
        unit: String,
    },
    NoMonthlySupervision {
        unit: String,
    },
    NotIndependent {
        check_type: crate::vocab::CheckType,
        unit: String,
    },
    ScheduleUnitMismatch {
        schedule: String,
        unit: String,
    },
    AbolishedStandardUsed {
        standard: String,
        abolished: String,
    },
    PlanForDraft {
        standard: String,
    },
    MissingPlan {
        standard: String,
    },
    ReviewNotApplied {
        standard: String,
        review: String,
    },
    IneffectiveImprovement {
        field: &'static str,
    },
    EvaluationMissing {
        plan: String,
        standard: String,
        from: String,
        to: String,
    },
    SamplingPlanMissing,
    SampleTooLarge {
        size: i64,
        population: i64,
    },
    VerdictMismatch {
        verdict: crate::vocab::Verdict,
        grade: crate::vocab::Grade,
    },
    GradeMismatch {
        declared: crate::vocab::Grade,
        derived: crate::vocab::Grade,
        score: String,
    },
    CountMismatch {
        more: String,
        more_n: i64,
        fewer: String,
        fewer_n: i64,
    },
    UnknownCode {
        code: String,
    },
    // Imports.
    UnknownSheet {
        sheet: String,
    },
    NoHeader {
        kind: Kind,
    },
    UnknownColumn {
        header: String,
        kind: Kind,
    },
    SheetTooLarge {
        rows: usize,
        columns: usize,
        max_rows: usize,
        max_columns: usize,
    },
    /// Diagnostics of one code in one file beyond the cap, left out.
    MoreOfKind {
        count: usize,
    },
    // Hints.
    HintDidYouMean {
        name: String,
    },
    HintAllowedFields {
        fields: String,
    },
    HintAllowedValues {
        values: String,
    },
    /// A misspelt value: the likely one, then the whole list.
    HintDidYouMeanValue {
        name: String,
        values: String,
    },
    HintWrongFolder {
        folder: String,
    },
    HintDateFormat,
    HintDateOutOfRange,
    HintIdFormat,
    HintPeriodFormat {
        half_only: bool,
    },
    HintConvertGbk {
        path: String,
    },
    HintSaveUtf8,
    HintRemoveBinary,
    HintEmptyFile {
        kind: Kind,
    },
    HintSplitFile,
    HintSymlink,
    HintOutsideLedger,
    HintLinkedTwice,
    HintPermissions,
    HintKindFolders {
        folders: String,
    },
    HintSyntax,
    /// The hint for a kind of syntax error (see `parse::SyntaxKind`).
    HintSyntaxKind(crate::parse::SyntaxKind),
    HintControlCharacter,
    HintAddUnit {
        id: String,
    },
    HintAddRecord {
        target: Target,
        id: String,
    },
    HintUnitIds {
        units: String,
    },
    HintRenameDuplicate,
    HintRemoveDuplicate,
    HintSwapDates,
    HintFutureDate,
    HintAddAbolishedDate,
    HintFixAbolishedStatus,
    HintCompleteBeforeRecheck,
    HintWriteReport,
    HintAddRectification {
        check: String,
    },
    HintFixConclusion,
    HintCheckUnit,
    HintFixSchedule,
    HintFixEvaluationPlan,
    HintEvaluationCadence,
    HintIneffectiveImprovement,
    HintRecordEvaluation {
        standard: String,
    },
    HintSamplingPlan,
    HintVerdict,
    HintAddDailySelfCheck,
    HintAddMonthlySupervision,
    HintIndependentChecker,
    HintStopUsingAbolished,
    HintPublishFirst,
    HintAddPlan {
        standard: String,
    },
    HintApplyReview,
    HintGrade {
        derived: crate::vocab::Grade,
    },
    HintFixCounts,
    HintListCodes,
    HintMoreOfKind {
        max: usize,
    },
    HintSelfReference,
    HintFillField,
    HintTimezone,
    HintIdPattern,
    HintTitlePattern,
    HintMonthDay,
    GradingOrder {
        higher: String,
        lower: String,
    },
    HintGradingOrder,
    HintSheetKinds,
    /// The labels of the fields a header names, in Chinese and as keys.
    HintHeader {
        zh: Vec<&'static str>,
        keys: Vec<&'static str>,
    },
    HintMapColumn,
    HintSplitSheet,
    CategoryNeedsName {
        id: String,
    },
    NarrativeMissing {
        who: String,
        period: String,
        file: String,
        deadline: String,
    },
    HintNewNarrative {
        command: String,
    },
    MissingEvidence {
        field: String,
        path: String,
    },
    EvidenceOutside {
        field: String,
        path: String,
    },
    HintAddEvidence,
    MissingApproval {
        id: String,
        field: String,
        role: crate::vocab::BodyRole,
    },
    WrongApprover {
        field: String,
        name: String,
        role: crate::vocab::BodyRole,
    },
    ApprovedAfterStart {
        approved: String,
        start: String,
    },
    HintRecordApproval {
        fields: String,
    },
    HintMembers {
        role: crate::vocab::BodyRole,
        members: Vec<String>,
    },
    HintApproveBeforeStart,
    HintEvidenceInside,
    // Due items: one line each, saying what is due.
    DueActivity {
        plan: String,
        step: String,
        activity: String,
    },
    DuePlanEnd {
        plan: String,
        open: usize,
    },
    DueRectification {
        id: String,
        description: String,
    },
    DueRecheck {
        id: String,
        completed: String,
    },
    DueReopened {
        id: String,
        failed: String,
    },
    DueMajorReport {
        id: String,
    },
    /// A period of a recurring duty of the manifest: a check schedule's or an evaluation
    /// plan's, named by the duty's name.
    DueDuty {
        schedule: String,
        unit: String,
        period: String,
    },
    DueReview {
        standard: String,
        title: String,
        last: String,
    },
    DueValidity {
        standard: String,
        code: String,
        last: String,
    },
    DueSubmission {
        unit: String,
        period: String,
    },
    DueReviewInProgress {
        standard: String,
        title: String,
        since: String,
        proposal: Option<crate::vocab::ReviewDecision>,
    },
    DueRevision {
        standard: String,
        title: String,
        decision: crate::vocab::ReviewDecision,
        by: String,
        on: String,
    },
    DueRevisionAfterImprovement {
        standard: String,
        title: String,
        improvement: String,
        on: String,
    },
    DueImprovement {
        id: String,
        standard: String,
        round: i64,
    },
    DueNextRound {
        id: String,
        standard: String,
        round: i64,
    },
}

impl Msg {
    /// The message in the given language.
    #[must_use]
    #[allow(clippy::too_many_lines)]
    pub fn text(&self, lang: Lang) -> String {
        let l = lang;
        match self {
            Msg::Unreadable { kind, detail } => {
                // The system's own words stay in brackets: they are what a search finds.
                let zh = match kind {
                    std::io::ErrorKind::NotFound => "文件不存在（可能是失效的符号链接，或读取时被删除）",
                    std::io::ErrorKind::PermissionDenied => "没有读取权限",
                    std::io::ErrorKind::IsADirectory => "这是文件夹",
                    _ => "读取出错",
                };
                l.pick(format!("无法读取：{zh}（{detail}）"), format!("cannot be read: {detail}"))
            }
            Msg::NotUtf8 { line } => l.pick(
                format!("文件不是 UTF-8 编码（第 {line} 行起出现无效字节）"),
                format!("the file is not UTF-8 (invalid bytes from line {line})"),
            ),
            Msg::Binary => l.pick("这是二进制文件，不是文本记录".into(), "this is a binary file, not a text record".into()),
            Msg::Empty => l.pick("文件是空的，没有任何记录".into(), "the file is empty: it holds no record".into()),
            Msg::TooLarge { size, limit } => l.pick(
                format!("文件有 {size} 字节，超过记录文件上限 {limit} 字节"),
                format!("the file has {size} bytes, more than the {limit} a record file may have"),
            ),
            Msg::SymlinkLoop => l.pick("符号链接指回了它的上级文件夹，形成循环".into(), "a symbolic link points back to a folder above it: a loop".into()),
            Msg::LinkedTwice { first } => l.pick(
                format!("这个文件夹已在 `{first}` 读过，经符号链接再次出现，不再读取"),
                format!("this folder was read as `{first}` already and is reached again through a symbolic link: not read again"),
            ),
            Msg::OutsideLedger { target } => l.pick(
                format!("符号链接指向台账文件夹之外的 `{target}`，不会读取"),
                format!("a symbolic link to `{target}`, outside the ledger folder: not read"),
            ),
            Msg::OutsideKindFolder => l.pick(
                "记录文件不在任何种类文件夹中，不会被读取".into(),
                "a record file outside any kind folder: it is not read".into(),
            ),
            Msg::UnknownFolder { name } => l.pick(
                format!("未知的文件夹 `{name}`，其中的记录文件不会被读取"),
                format!("unknown folder `{name}`: the record files in it are not read"),
            ),
            Msg::Syntax { format, kind, detail } => {
                use crate::parse::SyntaxKind as K;
                let (zh, en) = match kind {
                    K::UnclosedQuote => ("引号没有闭合".to_owned(), "a quote is not closed".to_owned()),
                    K::UnclosedBracket => ("括号没有闭合".to_owned(), "a bracket is not closed".to_owned()),
                    K::MissingEquals => ("字段名后缺少 `=` 和值".to_owned(), "a key without `=` and a value".to_owned()),
                    K::MissingColon => ("缺少 `:`，或缩进没有对齐".to_owned(), "a `:` is missing, or the indentation does not line up".to_owned()),
                    K::DuplicateKey => ("同一个字段写了两次".to_owned(), "a key is written twice".to_owned()),
                    K::BadEscape => ("反斜杠 `\\` 后面的字符不是有效的转义".to_owned(), "a backslash `\\` starts an invalid escape".to_owned()),
                    K::Tab => ("用了 Tab 缩进".to_owned(), "a tab is used for indentation".to_owned()),
                    K::Other => (detail.clone(), detail.clone()),
                };
                l.pick(format!("{format} 语法错误：{zh}"), format!("{format} syntax error: {en}"))
            }
            Msg::WrongType { field, expected, found } => l.pick(
                format!("`{field}` 应为{}，实际是{}", expected.label(l), found_label(*found, l)),
                format!("`{field}` must be {}, found {}", expected.label(l), found_label(*found, l)),
            ),
            Msg::MissingField { field, subject } => l.pick(
                format!("{}缺少必填字段 `{field}`", subject.zh_lead()),
                format!("the {} lacks the required field `{field}`", subject.label(l)),
            ),
            Msg::UnknownField { field, subject } => l.pick(
                format!("{}没有字段 `{field}`", subject.zh_lead()),
                format!("a {} has no field `{field}`", subject.label(l)),
            ),
            Msg::UnknownValue { field, value } => l.pick(
                format!("`{field}` 的取值 `{value}` 不在允许范围内"),
                format!("`{value}` is not an allowed value of `{field}`"),
            ),
            Msg::BadDate { field, value } => l.pick(
                format!("`{field}` 的日期 `{value}` 无效"),
                format!("`{field}`: `{value}` is not a valid date"),
            ),
            Msg::DateOutOfRange { field, value, first, last } => l.pick(
                format!("`{field}` 的日期 `{value}` 超出允许的范围（{first} 至 {last}）"),
                format!("`{field}`: `{value}` is outside the dates gbsw accepts ({first} to {last})"),
            ),
            Msg::BadId { value } => l.pick(
                format!("编号 `{value}` 含有不允许的字符"),
                format!("the id `{value}` has characters that are not allowed"),
            ),
            Msg::BadPeriod { field, value, half_only } => match half_only {
                true => l.pick(
                    format!("`{field}` 应为半年度期间，`{value}` 不是"),
                    format!("`{field}` must be a half year; `{value}` is not"),
                ),
                false => l.pick(
                    format!("`{field}` 的期间 `{value}` 写法不对"),
                    format!("`{field}`: `{value}` is not a period"),
                ),
            },
            Msg::OutOfRange { field, value, min, max } => l.pick(
                format!("`{field}` 的值 {value} 超出范围 {min}–{max}"),
                format!("`{field}` is {value}, outside {min}–{max}"),
            ),
            Msg::DuplicateId { id } => l.pick(format!("编号 `{id}` 重复"), format!("the id `{id}` is used twice")),
            Msg::FirstDefinedHere => l.pick("首次出现在这里".into(), "first used here".into()),
            Msg::ControlCharacter { character } => l.pick(
                format!("值中有不可见的控制字符 `{character}`，它可能改动终端显示或颠倒文字顺序"),
                format!("the value holds the invisible control character `{character}`, which can drive a terminal or reorder text"),
            ),
            Msg::DuplicateEntry { field, value } => l.pick(
                format!("`{field}` 中 `{value}` 出现了不止一次"),
                format!("`{field}` lists `{value}` more than once"),
            ),
            Msg::UnknownReference { field, target, id } => l.pick(
                format!("`{field}` 引用的{} `{id}` 不存在", target.label(l)),
                format!("`{field}` refers to {} `{id}`, which does not exist", target.label(l)),
            ),
            Msg::SelfReference { field } => l.pick(format!("`{field}` 引用了自身"), format!("`{field}` refers to itself")),
            Msg::DateOrder { field, date, other_field, other } => l.pick(
                format!("`{field}`（{date}）早于 `{other_field}`（{other}）"),
                format!("`{field}` ({date}) is before `{other_field}` ({other})"),
            ),
            Msg::FutureDate { field, date, today } => l.pick(
                format!("`{field}`（{date}）晚于今天（{today}）"),
                format!("`{field}` ({date}) is after today ({today})"),
            ),
            Msg::AbolishedWithoutDate { status } => l.pick(
                format!("标准状态为“{}”，但没有填写停止实施的日期 `abolished`", status.zh()),
                format!("the standard is {} but has no `abolished` date (when it ended)", status.key()),
            ),
            Msg::AbolishedDateButStatus { status } => l.pick(
                format!("填写了废止日期，但标准状态是“{}”", status.zh()),
                format!("an `abolished` date is set but the status is `{}`", status.key()),
            ),
            Msg::RecheckWithoutCompletion => l.pick(
                "已有复查记录，但没有填写整改完成日期 `completed`".into(),
                "re-checked, but the rectification has no `completed` date".into(),
            ),
            Msg::RecheckBeforeCompletion { recheck, completed } => l.pick(
                format!("复查日期（{recheck}）早于整改完成日期（{completed}）"),
                format!("re-checked ({recheck}) before the rectification was completed ({completed})"),
            ),
            Msg::MajorWithoutReport => l.pick(
                "重大整改没有检查组的书面报告 `report`".into(),
                "a major nonconformity has no written `report` from the inspection group".into(),
            ),
            Msg::NonconformityUntracked { id } => l.pick(
                format!("检查 `{id}` 发现了不符合，但没有任何不符合项记录引用它"),
                format!("the check `{id}` found nonconformities, but no rectification refers to it"),
            ),
            Msg::ConclusionSaysConform { item } => l.pick(
                format!("结论为“符合”，但检查项目“{}”的结果不是符合", item.zh()),
                format!("the conclusion is `conform`, but the item `{}` is not", item.key()),
            ),
            Msg::ConclusionSaysNonconform => l.pick(
                "结论不是“符合”，但所有检查项目都符合".into(),
                "the conclusion is not `conform`, but every item conforms".into(),
            ),
            Msg::UnitMismatch { unit, check, check_unit } => l.pick(
                format!("不符合项的单位 `{unit}` 与检查 `{check}` 的被检查单位 `{check_unit}` 不同"),
                format!("the unit `{unit}` differs from `{check_unit}`, the unit checked by `{check}`"),
            ),
            Msg::ScheduleTypeMismatch { schedule, expected } => l.pick(
                format!("检查安排 `{schedule}` 规定的检查方式是“{}”", expected.zh()),
                format!("the schedule `{schedule}` is for checks of type `{}`", expected.key()),
            ),
            Msg::NoDailySelfCheck { unit } => l.pick(
                format!("处室 `{unit}` 没有每日自查安排"),
                format!("the department `{unit}` has no daily self-check duty"),
            ),
            Msg::NoMonthlySupervision { unit } => l.pick(
                format!("社会化服务单位 `{unit}` 没有服务中心每月监查的安排"),
                format!("the service provider `{unit}` has no monthly supervision duty"),
            ),
            Msg::NotIndependent { check_type, unit } => l.pick(
                format!("{}由被检查单位 `{unit}` 自己进行，不是独立检查", check_type.zh()),
                format!(
                    "a {} check done by `{unit}`, the unit checked, is not independent",
                    check_type.key()
                ),
            ),
            Msg::ScheduleUnitMismatch { schedule, unit } => l.pick(
                format!("检查安排 `{schedule}` 不包括被检查单位 `{unit}`"),
                format!("the schedule `{schedule}` does not cover the unit `{unit}`"),
            ),
            Msg::AbolishedStandardUsed { standard, abolished } => l.pick(
                format!("标准 `{standard}` 已于 {abolished} 废止"),
                format!("the standard `{standard}` was abolished on {abolished}"),
            ),
            Msg::PlanForDraft { standard } => l.pick(
                format!("标准 `{standard}` 还是草案，尚未发布"),
                format!("the standard `{standard}` is still a draft"),
            ),
            Msg::MissingPlan { standard } => l.pick(
                format!("现行标准 `{standard}` 没有实施计划"),
                format!("the standard `{standard}` is in force but has no implementation plan"),
            ),
            Msg::ReviewNotApplied { standard, review } => l.pick(
                format!("复审 `{review}` 决定废止，但标准 `{standard}` 仍未废止"),
                format!("the review `{review}` decided to abolish `{standard}`, which is not abolished"),
            ),
            Msg::IneffectiveImprovement { field } => l.pick(
                format!("改进效果不明显（effective = false），但没有写 `{field}`"),
                format!("the improvement did not work (effective = false) but has no `{field}`"),
            ),
            Msg::EvaluationMissing { plan, standard, from, to } => l.pick(
                format!("实施计划 `{plan}` 的第5步“组织评价”已完成，但 {from} 至 {to} 没有评价标准 `{standard}` 的记录"),
                format!("step 5 (evaluation) of the plan `{plan}` is done, but no evaluation of `{standard}` is recorded from {from} to {to}"),
            ),
            Msg::SamplingPlanMissing => l.pick(
                "评价方法包括抽样，但没有写抽样方案 `sampling_plan`".to_owned(),
                "the evaluation samples but has no `sampling_plan`".to_owned(),
            ),
            Msg::SampleTooLarge { size, population } => l.pick(
                format!("样本数量 {size} 大于总体数量 {population}"),
                format!("the sample size {size} is larger than the population {population}"),
            ),
            Msg::VerdictMismatch { verdict, grade } => l.pick(
                format!("评价结论“{}”与等级“{}”不符", verdict.zh(), grade.zh()),
                format!("the verdict \"{}\" disagrees with the grade \"{}\"", verdict.en(), grade.en()),
            ),
            Msg::GradeMismatch { declared, derived, score } => l.pick(
                format!("填写的等级“{}”与得分 {score} 对应的等级“{}”不符", declared.zh(), derived.zh()),
                format!(
                    "the grade `{}` disagrees with the score {score}, which gives `{}`",
                    declared.key(),
                    derived.key()
                ),
            ),
            Msg::CountMismatch { more, more_n, fewer, fewer_n } => l.pick(
                format!("`{more}`（{more_n}）多于 `{fewer}`（{fewer_n}）"),
                format!("`{more}` ({more_n}) is more than `{fewer}` ({fewer_n})"),
            ),
            Msg::UnknownCode { code } => l.pick(format!("没有诊断代码 `{code}`"), format!("there is no diagnostic code `{code}`")),
            Msg::MoreOfKind { count } => l.pick(
                format!("此文件中还有 {count} 个同类问题未列出"),
                format!("and {count} more of this kind in this file, not listed"),
            ),
            Msg::GradingOrder { higher, lower } => l.pick(
                format!("`{higher}` 的分数线应高于 `{lower}`"),
                format!("the `{higher}` threshold must be above the `{lower}` one"),
            ),
            Msg::UnknownSheet { sheet } => l.pick(
                format!("工作表 `{sheet}` 不是任何记录种类的名称，未导入"),
                format!("the sheet `{sheet}` names no record kind: not imported"),
            ),
            Msg::NoHeader { kind } => l.pick(
                format!("前 20 行中没有一行是{}的表头（至少两列是字段名）", kind.zh()),
                format!("none of the first 20 rows is a header of {} records (two field names at least)", kind.key()),
            ),
            Msg::UnknownColumn { header, kind } => l.pick(
                format!("列标题 `{header}` 不是{}的字段，此列未导入", kind.zh()),
                format!("the header `{header}` is no field of a {}: the column is not imported", kind.key()),
            ),
            Msg::SheetTooLarge { rows, columns, max_rows, max_columns } => l.pick(
                format!("工作表有 {rows} 行、{columns} 列，超过可导入的 {max_rows} 行、{max_columns} 列"),
                format!("the sheet has {rows} rows and {columns} columns, more than the {max_rows} rows and {max_columns} columns an import reads"),
            ),
            Msg::CategoryNeedsName { id } => l.pick(
                format!("新的标准类别 `{id}` 需要 `name`"),
                format!("the new category `{id}` needs a `name`"),
            ),
            Msg::NarrativeMissing {
                who,
                period,
                file,
                deadline,
            } => l.pick(
                format!("{who} {period} 的标准落地实施情况报告 {deadline} 截止，报告正文 {file} 还没有写"),
                format!("{who}'s implementation report for {period} is due on {deadline}, and its narrative {file} is not written yet"),
            ),
            Msg::MissingApproval { id, field, role } => l.pick(
                format!("`{id}` 没有 {field}：应由{}批准（决定）并记录", role.zh()),
                format!("`{id}` has no {field}: the {} approves (decides) it, and that is recorded", super::hints::role_en(*role)),
            ),
            Msg::WrongApprover { field, name, role } => l.pick(
                format!("{field} 中的 `{name}` 不是清单 [bodies] 中任何{}的成员", role.zh()),
                format!("`{name}` in {field} is not a member of any {} in the manifest's [bodies]", super::hints::role_en(*role)),
            ),
            Msg::ApprovedAfterStart { approved, start } => l.pick(
                format!("计划 {approved} 才批准，晚于其开始日期 {start}"),
                format!("the plan was approved on {approved}, after it started on {start}"),
            ),
            Msg::MissingEvidence { field, path } => l.pick(
                format!("{field} 列出的证明材料 `{path}` 在台账中不存在"),
                format!("the evidence `{path}` listed in {field} is not in the ledger"),
            ),
            Msg::EvidenceOutside { field, path } => l.pick(
                format!("{field} 列出的证明材料 `{path}` 在台账文件夹之外，不会读取"),
                format!("the evidence `{path}` listed in {field} is outside the ledger folder: not read"),
            ),
            // Hints and due items have their own files.
            hint @ (
            Msg::HintDidYouMean { .. }
            | Msg::HintAllowedFields { .. }
            | Msg::HintAllowedValues { .. }
            | Msg::HintDidYouMeanValue { .. }
            | Msg::HintWrongFolder { .. }
            | Msg::HintDateOutOfRange
            | Msg::HintDateFormat
            | Msg::HintIdFormat
            | Msg::HintPeriodFormat { .. }
            | Msg::HintConvertGbk { .. }
            | Msg::HintSaveUtf8
            | Msg::HintRemoveBinary
            | Msg::HintEmptyFile { .. }
            | Msg::HintSplitFile
            | Msg::HintSymlink
            | Msg::HintLinkedTwice
            | Msg::HintOutsideLedger
            | Msg::HintPermissions
            | Msg::HintKindFolders { .. }
            | Msg::HintControlCharacter
            | Msg::HintSyntaxKind(_)
            | Msg::HintSyntax
            | Msg::HintAddUnit { .. }
            | Msg::HintUnitIds { .. }
            | Msg::HintAddRecord { .. }
            | Msg::HintRenameDuplicate
            | Msg::HintRemoveDuplicate
            | Msg::HintSwapDates
            | Msg::HintFutureDate
            | Msg::HintAddAbolishedDate
            | Msg::HintFixAbolishedStatus
            | Msg::HintCompleteBeforeRecheck
            | Msg::HintWriteReport
            | Msg::HintAddRectification { .. }
            | Msg::HintFixConclusion
            | Msg::HintCheckUnit
            | Msg::HintFixSchedule
            | Msg::HintFixEvaluationPlan
            | Msg::HintEvaluationCadence
            | Msg::HintIneffectiveImprovement
            | Msg::HintRecordEvaluation { .. }
            | Msg::HintSamplingPlan
            | Msg::HintVerdict
            | Msg::HintAddDailySelfCheck
            | Msg::HintAddMonthlySupervision
            | Msg::HintIndependentChecker
            | Msg::HintStopUsingAbolished
            | Msg::HintPublishFirst
            | Msg::HintAddPlan { .. }
            | Msg::HintApplyReview
            | Msg::HintGrade { .. }
            | Msg::HintFixCounts
            | Msg::HintListCodes
            | Msg::HintMoreOfKind { .. }
            | Msg::HintSelfReference
            | Msg::HintFillField
            | Msg::HintTimezone
            | Msg::HintIdPattern
            | Msg::HintTitlePattern
            | Msg::HintMonthDay
            | Msg::HintGradingOrder
            | Msg::HintNewNarrative { .. }
            | Msg::HintAddEvidence
            | Msg::HintEvidenceInside
            | Msg::HintRecordApproval { .. }
            | Msg::HintMembers { .. }
            | Msg::HintApproveBeforeStart
            | Msg::HintSheetKinds
            | Msg::HintHeader { .. }
            | Msg::HintMapColumn
            | Msg::HintSplitSheet
            ) => super::hints::text(hint, l),
            due @ (
            Msg::DueActivity { .. }
            | Msg::DuePlanEnd { .. }
            | Msg::DueRectification { .. }
            | Msg::DueRecheck { .. }
            | Msg::DueReopened { .. }
            | Msg::DueMajorReport { .. }
            | Msg::DueDuty { .. }
            | Msg::DueReview { .. }
            | Msg::DueValidity { .. }
            | Msg::DueSubmission { .. }
            | Msg::DueReviewInProgress { .. }
            | Msg::DueRevision { .. }
            | Msg::DueRevisionAfterImprovement { .. }
            | Msg::DueImprovement { .. }
            | Msg::DueNextRound { .. }
            ) => super::due::text(due, l),
        }
    }
}
