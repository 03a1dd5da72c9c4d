//! The message catalog: every sentence gbsw says about a ledger, in Chinese and English side by
//! side, so that no message can exist in one language only.

use crate::kind::Kind;
use crate::lang::Lang;
use crate::node::ValueType;

pub mod report;

/// What a field expects, for "expected X" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Integer,
    Number,
    Bool,
    Date,
    List,
    Table,
}

impl Expected {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Expected::Text => lang.pick("文本", "text"),
            Expected::Integer => lang.pick("整数", "an integer"),
            Expected::Number => lang.pick("数字", "a number"),
            Expected::Bool => lang.pick("true 或 false", "true or false"),
            Expected::Date => lang.pick("日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)"),
            Expected::List => lang.pick("列表", "a list"),
            Expected::Table => lang.pick("表（键值对）", "a table (keys and values)"),
        }
    }
}

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

pub use crate::kind::Target;

/// What a table of fields describes, for "the X lacks field Y" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Record(Kind),
    Manifest,
    Unit,
    Category,
    Schedule,
    Calendar,
    Grading,
    Defaults,
    CheckSettings,
    IdPatterns,
    Activity,
    CheckItem,
    Recheck,
    Indicator,
    Staff,
}

impl Subject {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Subject::Record(k) => k.label(lang),
            Subject::Manifest => lang.pick("清单 gbsw.toml", "manifest gbsw.toml"),
            Subject::Unit => lang.pick("单位", "unit"),
            Subject::Category => lang.pick("标准类别", "category"),
            Subject::Schedule => lang.pick("检查安排", "schedule"),
            Subject::Calendar => lang.pick("日历 [calendar]", "[calendar]"),
            Subject::Grading => lang.pick("评分等级 [grading]", "[grading]"),
            Subject::Defaults => lang.pick("默认值 [defaults]", "[defaults]"),
            Subject::CheckSettings => lang.pick("检查设置 [check]", "[check]"),
            Subject::IdPatterns => lang.pick("编号规则 [ids]", "[ids]"),
            Subject::Activity => lang.pick("计划活动", "plan activity"),
            Subject::CheckItem => lang.pick("检查项目", "check item"),
            Subject::Recheck => lang.pick("复查记录", "re-check"),
            Subject::Indicator => lang.pick("评价指标", "indicator"),
            Subject::Staff => lang.pick("员工考核", "staff grade"),
        }
    }

    /// The Chinese label at the start of a sentence, with a space after a label that ends in
    /// ASCII (`清单 gbsw.toml 没有字段`), none after a Chinese one (`标准没有字段`).
    fn zh_lead(self) -> String {
        let label = self.label(Lang::Zh);
        if label.ends_with(|c: char| c.is_ascii()) {
            format!("{label} ")
        } else {
            label.to_owned()
        }
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
        item: String,
    },
    ConclusionSaysNonconform,
    UnitMismatch {
        unit: String,
        check: String,
        check_unit: String,
    },
    ScheduleTypeMismatch {
        schedule: String,
        expected: String,
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
    HintMonthDay,
    GradingOrder {
        higher: String,
        lower: String,
    },
    HintGradingOrder,
    CategoryNeedsName {
        id: String,
    },
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
    DueCheckDuty {
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
                "严重不符合项没有书面报告 `report`".into(),
                "a major nonconformity has no written `report`".into(),
            ),
            Msg::NonconformityUntracked { id } => l.pick(
                format!("检查 `{id}` 发现了不符合，但没有任何不符合项记录引用它"),
                format!("the check `{id}` found nonconformities, but no rectification refers to it"),
            ),
            Msg::ConclusionSaysConform { item } => l.pick(
                format!("结论为“符合”，但检查项目 `{item}` 的结果不是符合"),
                format!("the conclusion is `conform`, but the item `{item}` is not"),
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
                format!("检查安排 `{schedule}` 规定的检查方式是 `{expected}`"),
                format!("the schedule `{schedule}` is for checks of type `{expected}`"),
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
            Msg::HintDidYouMean { name } => l.pick(format!("是不是想写 `{name}`？"), format!("did you mean `{name}`?")),
            Msg::HintAllowedFields { fields } => l.pick(format!("可用字段：{fields}"), format!("the fields are: {fields}")),
            Msg::HintAllowedValues { values } => l.pick(format!("允许的取值：{values}"), format!("allowed values: {values}")),
            Msg::HintDidYouMeanValue { name, values } => l.pick(
                format!("是不是想写 `{name}`？允许的取值：{values}"),
                format!("did you mean `{name}`? allowed values: {values}"),
            ),
            Msg::HintWrongFolder { folder } => l.pick(
                format!("这类记录应放在 `{folder}/` 文件夹中"),
                format!("records of that kind belong in the `{folder}/` folder"),
            ),
            Msg::HintDateOutOfRange => {
                let (first, last) = (crate::dates::FIRST, crate::dates::LAST);
                l.pick(
                    format!("检查年份是否写错；台账只接受 {first} 至 {last} 之间的日期"),
                    format!("check the year for a typo: a ledger takes dates from {first} to {last} only"),
                )
            }
            Msg::HintDateFormat => l.pick(
                "日期写作 YYYY-MM-DD，例如 2026-03-05，并且须是日历上存在的日期".into(),
                "write dates as YYYY-MM-DD, e.g. 2026-03-05, and a day that exists".into(),
            ),
            Msg::HintIdFormat => l.pick(
                "编号只能用英文字母、数字、`.`、`_` 和 `-`，例如 NC-2026-007".into(),
                "ids use ASCII letters, digits, `.`, `_` and `-` only, e.g. NC-2026-007".into(),
            ),
            Msg::HintPeriodFormat { half_only } => match half_only {
                true => l.pick("半年度写作 2026H1 或 2026H2".into(), "write a half year as 2026H1 or 2026H2".into()),
                false => l.pick(
                    "期间写作 2026（年）、2026H1（半年）、2026Q3（季度）或 2026-05（月）".into(),
                    "write a period as 2026 (year), 2026H1 (half), 2026Q3 (quarter) or 2026-05 (month)".into(),
                ),
            },
            Msg::HintConvertGbk { path } => {
                // The file name is the ledger's: quoted so that the command stays one
                // command whatever the name holds (`'`, `;`, `$(…)`).
                let path = shell_quote(path);
                l.pick(
                    format!("看起来是 GBK/GB18030 编码。转换为 UTF-8：iconv -f GB18030 -t UTF-8 {path} > tmp && mv tmp {path}（或在编辑器中“另存为 UTF-8”）"),
                    format!("it looks like GBK/GB18030. Convert it to UTF-8: iconv -f GB18030 -t UTF-8 {path} > tmp && mv tmp {path} (or \"Save as UTF-8\" in an editor)"),
                )
            }
            Msg::HintSaveUtf8 => l.pick("请在编辑器中以 UTF-8 编码重新保存".into(), "save the file again as UTF-8 in an editor".into()),
            Msg::HintRemoveBinary => l.pick(
                "记录文件必须是文本；请删除该文件或将其移出台账文件夹".into(),
                "record files must be text: remove the file or move it out of the ledger's folders".into(),
            ),
            Msg::HintEmptyFile { kind } => l.pick(
                format!("写入一条{}（字段见 docs/records.md），或删除该文件", kind.zh()),
                format!("write a {} record into it (its fields are in docs/records.md), or delete the file", kind.key()),
            ),
            Msg::HintSplitFile => l.pick("请把记录拆分到多个文件中".into(), "split the records over several files".into()),
            Msg::HintSymlink => l.pick("删除或改正这个符号链接".into(), "remove or correct the symbolic link".into()),
            Msg::HintLinkedTwice => l.pick(
                "一份记录只放在一个地方：删除多余的符号链接".into(),
                "keep each record in one place: remove the extra link".into(),
            ),
            Msg::HintOutsideLedger => l.pick(
                "台账只读取台账文件夹内的文件：把文件复制进台账，或删除这个符号链接".into(),
                "a ledger's files must be inside its folder: copy the file into the ledger, or remove the link".into(),
            ),
            Msg::HintPermissions => l.pick(
                "检查文件权限（需要可读），或请管理员授权".into(),
                "check the file's permissions (it must be readable)".into(),
            ),
            Msg::HintKindFolders { folders } => l.pick(
                format!("把记录文件放进种类文件夹之一：{folders}"),
                format!("move record files into one of the kind folders: {folders}"),
            ),
            Msg::HintControlCharacter => l.pick(
                "删除该字符；多半是从别处复制文字时带进来的".into(),
                "delete the character; it usually comes with text copied from elsewhere".into(),
            ),
            Msg::HintSyntaxKind(kind) => {
                use crate::parse::SyntaxKind as K;
                match kind {
                    K::UnclosedQuote => l.pick(
                        "在文本值的末尾补上引号（\"）；文本本身含有引号时，用另一种引号括起整段文本".into(),
                        "close the text value with a quote (\"); text that holds a quote goes in the other kind of quotes".into(),
                    ),
                    K::UnclosedBracket => l.pick(
                        "补上对应的 ] 或 }；列表写作 [\"甲\", \"乙\"]".into(),
                        "add the matching ] or }; a list is written [\"a\", \"b\"]".into(),
                    ),
                    K::MissingEquals => l.pick(
                        "写作 字段 = 值，例如 unit = \"office\"".into(),
                        "write key = value, e.g. unit = \"office\"".into(),
                    ),
                    K::MissingColon => l.pick(
                        "写作 字段: 值（冒号后有空格），同一层的字段左边对齐".into(),
                        "write key: value (a space after the colon), and line up the keys of one level".into(),
                    ),
                    K::DuplicateKey => l.pick(
                        "删去重复的一行，或改正其中一个字段名".into(),
                        "delete the repeated line, or correct one of the keys".into(),
                    ),
                    K::BadEscape => l.pick(
                        "要写反斜杠时写两个（\\\\），或在 TOML 中用单引号括起文本（'C:\\资料'）".into(),
                        "write a backslash as two (\\\\), or in TOML put the text in single quotes ('C:\\files')".into(),
                    ),
                    K::Tab => l.pick(
                        "YAML 只能用空格缩进：把这一行开头的 Tab 换成空格".into(),
                        "YAML indents with spaces only: replace the tab at the start of this line with spaces".into(),
                    ),
                    K::Other => Msg::HintSyntax.text(l),
                }
            }
            Msg::HintSyntax => l.pick(
                "检查引号、括号和缩进是否成对、一致；文本值要加引号".into(),
                "check that quotes and brackets are paired and indentation is consistent; quote text values".into(),
            ),
            Msg::HintAddUnit { id } => l.pick(
                format!("在 gbsw.toml 中添加 [units.{id}]，或改正这个单位编号"),
                format!("add [units.{id}] to gbsw.toml, or correct the unit id"),
            ),
            Msg::HintUnitIds { units } => l.pick(
                format!("单位要写编号而不是名称；gbsw.toml 中的单位：{units}"),
                format!("write a unit's id, not its name; the units in gbsw.toml: {units}"),
            ),
            Msg::HintAddRecord { target, id } => l.pick(
                format!("改正编号，或添加编号为 `{id}` 的{}", target.label(l)),
                format!("correct the id, or add the {} `{id}`", target.label(l)),
            ),
            Msg::HintRenameDuplicate => l.pick(
                "编号在整个台账中必须唯一：修改其中一个的编号".into(),
                "ids must be unique in the whole ledger: rename one of them".into(),
            ),
            Msg::HintRemoveDuplicate => l.pick("删除重复的一项".into(), "remove the repeated entry".into()),
            Msg::HintSwapDates => l.pick("检查这两个日期是否填反或填错".into(), "check whether the two dates are swapped or mistyped".into()),
            Msg::HintFutureDate => l.pick(
                "已发生的事项日期不能晚于今天；检查年份或月份是否写错".into(),
                "something already done cannot be dated after today: check the year and month".into(),
            ),
            Msg::HintAddAbolishedDate => l.pick("添加 `abolished = YYYY-MM-DD`".into(), "add `abolished = YYYY-MM-DD`".into()),
            Msg::HintFixAbolishedStatus => l.pick(
                "把 `status` 改为 `abolished`（废止），或删除 `abolished` 日期".into(),
                "set `status` to `abolished`, or remove the `abolished` date".into(),
            ),
            Msg::HintCompleteBeforeRecheck => l.pick(
                "先填写整改完成日期 `completed`，复查日期不得早于它".into(),
                "add the `completed` date; a re-check cannot come before it".into(),
            ),
            Msg::HintWriteReport => l.pick(
                "按附件2要求，严重整改事项应形成书面报告：填写 `report`（文件路径或摘要）".into(),
                "annex 2 asks for a written report on major rectifications: set `report` (a path or a summary)".into(),
            ),
            Msg::HintAddRectification { check } => l.pick(
                format!("为每个不符合项在 rectifications/ 中建立记录，并填写 check = \"{check}\""),
                format!("record each nonconformity in rectifications/, with check = \"{check}\""),
            ),
            Msg::HintFixConclusion => l.pick("改正结论或检查项目的结果".into(), "correct the conclusion or the items' results".into()),
            Msg::HintCheckUnit => l.pick(
                "确认不符合项属于哪个单位，或者 `check` 是否填错".into(),
                "check which unit the nonconformity belongs to, or whether `check` is mistyped".into(),
            ),
            Msg::HintFixSchedule => l.pick(
                "改正 `schedule`，或在 gbsw.toml 中修改该检查安排".into(),
                "correct `schedule`, or change the schedule in gbsw.toml".into(),
            ),
            Msg::HintStopUsingAbolished => l.pick(
                "改为引用替代它的标准，或改正日期".into(),
                "refer to the standard that replaced it, or correct the date".into(),
            ),
            Msg::HintPublishFirst => l.pick(
                "标准发布后再制定实施计划；若已发布，把标准的 `status` 改为 `in-force`".into(),
                "plan after the standard is published; if it is, set its `status` to `in-force`".into(),
            ),
            Msg::HintAddPlan { standard } => l.pick(
                format!("每项标准都应有实施计划：在 plans/ 中添加计划，standards 中列入 \"{standard}\""),
                format!("every standard needs an implementation plan: add one to plans/ listing \"{standard}\" in its standards"),
            ),
            Msg::HintApplyReview => l.pick(
                "把标准的 `status` 改为 `abolished` 并填写 `abolished` 日期".into(),
                "set the standard's `status` to `abolished` and its `abolished` date".into(),
            ),
            Msg::HintGrade { derived } => l.pick(
                format!("删除 `grade`，让它由得分得出，或改为“{}”", derived.zh()),
                format!("remove `grade` so it is derived from the score, or set it to `{}`", derived.key()),
            ),
            Msg::HintFixCounts => l.pick(
                "通过人数 ≤ 参加考核人数 ≤ 参加人数".into(),
                "passed ≤ assessed ≤ attendees".into(),
            ),
            Msg::HintListCodes => l.pick(
                "诊断代码见 docs/diagnostics.md 或 `gbsw codes`".into(),
                "the codes are listed in docs/diagnostics.md and by `gbsw codes`".into(),
            ),
            Msg::HintMoreOfKind { max } => l.pick(
                format!("每个文件的每种问题只列出前 {max} 个；改正后再运行 gbsw check 查看其余的"),
                format!("each file lists the first {max} of each kind only; fix them and run gbsw check again to see the rest"),
            ),
            Msg::HintSelfReference => l.pick("改为引用另一个编号".into(), "refer to another id".into()),
            Msg::HintFillField => l.pick("添加该字段".into(), "add the field".into()),
            Msg::HintTimezone => l.pick(
                "时区写作 IANA 名称，例如 Asia/Shanghai".into(),
                "write a time zone as an IANA name, e.g. Asia/Shanghai".into(),
            ),
            Msg::HintIdPattern => l.pick(
                "编号规则用且只用一个 {seq}（或 {seq:3} 补零到三位）表示序号，可用 {year} 表示年份、{unit} 表示单位编号，其余只能是英文字母、数字、`.`、`_`、`-`，例如 NC-{year}-{seq:3}".into(),
                "an id pattern numbers records with exactly one {seq} (or {seq:3}, zero-padded to three digits), may use {year} and {unit} (the unit's id), and otherwise holds ASCII letters, digits, `.`, `_` and `-`, e.g. NC-{year}-{seq:3}".into(),
            ),
            Msg::HintMonthDay => l.pick("写作 MM-DD，例如 06-30".into(), "write MM-DD, e.g. 06-30".into()),
            Msg::GradingOrder { higher, lower } => l.pick(
                format!("`{higher}` 的分数线应高于 `{lower}`"),
                format!("the `{higher}` threshold must be above the `{lower}` one"),
            ),
            Msg::HintGradingOrder => l.pick(
                "分数线须满足 excellent > good > pass，例如 90、80、60".into(),
                "thresholds must satisfy excellent > good > pass, e.g. 90, 80, 60".into(),
            ),
            // The table shows the kind and the unit in columns of their own, so these lead
            // with what tells one item from another.
            Msg::DueActivity { plan, step, activity } => l.pick(
                format!("{plan} 第{step}步：{activity}"),
                format!("{plan} step {step}: {activity}"),
            ),
            Msg::DuePlanEnd { plan, open } => l.pick(
                format!("{plan} 到期，仍有 {open} 项活动未完成"),
                format!("{plan} ends with {open} activities not done"),
            ),
            Msg::DueRectification { id, description } => l.pick(
                format!("{id}：{description}"),
                format!("{id}: {description}"),
            ),
            Msg::DueRecheck { id, completed } => l.pick(
                format!("{id} 整改已于 {completed} 完成，待复查"),
                format!("{id} rectified on {completed}, to be re-checked"),
            ),
            Msg::DueReopened { id, failed } => l.pick(
                format!("{id} 于 {failed} 复查未通过，需重新整改"),
                format!("{id} failed its re-check on {failed}: rectify again"),
            ),
            Msg::DueMajorReport { id } => l.pick(
                format!("{id} 为严重不符合项，整改跟进情况需形成书面报告"),
                format!("{id} is major: write the report on its rectification"),
            ),
            Msg::DueCheckDuty { schedule, unit, period } => l.pick(
                format!("{period} {schedule}（{unit}）"),
                format!("{period} {schedule} ({unit})"),
            ),
            Msg::DueReview { standard, title, last } => l.pick(
                format!("{standard}《{title}》（上次复审：{last}）"),
                format!("{standard} {title} (last reviewed: {last})"),
            ),
            Msg::DueValidity { standard, code, last } => l.pick(
                format!("{code}（{standard}）是否现行有效（上次核查：{last}）"),
                format!("is {code} ({standard}) still valid? (last checked: {last})"),
            ),
            Msg::DueSubmission { unit, period } => l.pick(
                format!("{period} 标准实施情况报告（{unit}）"),
                format!("{period} implementation report ({unit})"),
            ),
            Msg::CategoryNeedsName { id } => l.pick(
                format!("新的标准类别 `{id}` 需要 `name`"),
                format!("the new category `{id}` needs a `name`"),
            ),
        }
    }
}

/// A word for a POSIX shell: in single quotes, each `'` written as `'\''`.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}
