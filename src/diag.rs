//! Diagnostics as data: a code, a severity, a place, a message and a hint from the catalog.
//! Renderers (human, JSON, GitHub, SARIF) live in the binary's side of the line.

use std::collections::HashMap;

use serde::Serialize;

use crate::message::Msg;
use crate::source::FileId;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What a manifest's `[check]` table can set a code to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $sev:ident, $zh:literal, $en:literal;)*) => {
        /// Every diagnostic gbsw can report. The kebab-case name is stable: manifests refer to
        /// it in `[check]`, CI tools match on it, and docs/diagnostics.md lists each with an
        /// example.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            #[must_use]
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            #[must_use]
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }

            /// One line saying what the code is about, for SARIF rules and `gbsw codes`.
            #[must_use]
            pub fn summary(self, lang: crate::lang::Lang) -> &'static str {
                match self { $(Code::$variant => lang.pick($zh, $en),)* }
            }
        }
    };
}

codes! {
    Unreadable = "unreadable", Error, "文件或文件夹无法读取", "a file or folder cannot be read";
    NotUtf8 = "not-utf8", Error, "文件不是 UTF-8 编码", "a file is not UTF-8 text";
    BinaryFile = "binary-file", Error, "记录文件夹中有二进制文件", "a binary file where a record file is expected";
    EmptyFile = "empty-file", Error, "记录文件是空的", "a record file is empty";
    FileTooLarge = "file-too-large", Error, "文件过大", "a file is too large to be a record file";
    SymlinkLoop = "symlink-loop", Error, "符号链接形成循环", "a symbolic link loops back on itself";
    OutsideKindFolder = "outside-kind-folder", Warning, "记录文件不在任何种类文件夹中", "a record file outside any kind folder";
    UnknownFolder = "unknown-folder", Warning, "未知的顶层文件夹", "an unknown top-level folder holds record files";
    Syntax = "syntax", Error, "TOML/YAML 语法错误", "a TOML or YAML syntax error";
    ControlCharacter = "control-character", Warning, "值中有控制字符或双向文本控制符", "a value holds a control character or a bidirectional override";
    WrongType = "wrong-type", Error, "字段值的类型不对", "a field has a value of the wrong type";
    MissingField = "missing-field", Error, "缺少必填字段", "a required field is missing";
    UnknownField = "unknown-field", Error, "未知字段", "a field that the record kind does not have";
    UnknownValue = "unknown-value", Error, "不在允许范围内的取值", "a value outside the allowed list";
    BadDate = "bad-date", Error, "日期无效或格式不对", "a date that is invalid or badly written";
    BadId = "bad-id", Error, "编号含有不允许的字符", "an id with characters that are not allowed";
    BadPeriod = "bad-period", Error, "期间写法不对", "a period that is badly written";
    OutOfRange = "out-of-range", Error, "数值超出范围", "a number outside its range";
    DuplicateId = "duplicate-id", Error, "编号重复", "two records share an id";
    DuplicateEntry = "duplicate-entry", Warning, "列表中有重复项", "a list names the same thing twice";
    UnknownReference = "unknown-reference", Error, "引用了不存在的单位或记录", "a reference to a unit or record that does not exist";
    SelfReference = "self-reference", Error, "记录引用了自身", "a record refers to itself";
    DateOrder = "date-order", Error, "日期先后顺序不对", "two dates in the wrong order";
    FutureDate = "future-date", Error, "日期晚于今天", "a date after today for something already done";
    StatusMismatch = "status-mismatch", Error, "标准状态与日期不一致", "a standard's status disagrees with its dates";
    RecheckWithoutCompletion = "recheck-without-completion", Error, "整改尚未完成就已复查", "a re-check of a rectification that was not completed";
    MajorWithoutReport = "major-without-report", Warning, "重大整改缺少检查组的书面报告", "a major nonconformity without the inspection group's written report";
    NonconformityUntracked = "nonconformity-untracked", Warning, "检查发现问题但没有不符合项记录", "a check found problems but no rectification tracks them";
    ConclusionMismatch = "conclusion-mismatch", Warning, "检查结论与检查项目结果不一致", "a check's conclusion disagrees with its items";
    UnitMismatch = "unit-mismatch", Warning, "不符合项的单位与检查的单位不同", "a rectification's unit differs from its check's unit";
    ScheduleMismatch = "schedule-mismatch", Warning, "检查与其履行的检查安排不一致", "a check does not match the duty it claims to fulfil";
    NoCheckDuty = "no-check-duty", Warning, "处室没有每日自查安排或社会化服务单位没有每月监查安排", "a department without a daily self-check duty or a service provider without a monthly supervision duty";
    NotIndependent = "not-independent", Warning, "监查、互查或抽查由被检查单位自己进行", "a supervision, mutual or spot check done by the unit checked";
    AbolishedStandardUsed = "abolished-standard-used", Error, "废止后仍在使用的标准", "a standard used after it was abolished";
    PlanForDraft = "plan-for-draft", Warning, "为草案标准制定了实施计划", "an implementation plan for a draft standard";
    MissingPlan = "missing-plan", Warning, "现行标准没有实施计划", "a standard in force without an implementation plan";
    ReviewNotApplied = "review-not-applied", Warning, "复审决定废止但标准仍然有效", "a review decided to abolish a standard that is still in force";
    IneffectiveImprovement = "ineffective-improvement", Error, "效果不明显的改进没有原因分析或下一轮日期", "an improvement that did not work lacks its causes or next round";
    EvaluationMissing = "evaluation-missing", Warning, "计划第5步已完成但没有该标准的评价", "plan step 5 done without an evaluation of the standard";
    SamplingPlan = "sampling-plan", Error, "抽样评价没有抽样方案或样本大于总体", "a sampled evaluation without its sampling plan, or a sample larger than its population";
    VerdictMismatch = "verdict-mismatch", Warning, "评价结论与等级不符", "an evaluation's verdict disagrees with its grade";
    GradeMismatch = "grade-mismatch", Warning, "填写的等级与得分不符", "a declared grade disagrees with the score";
    CountMismatch = "count-mismatch", Error, "人数不合逻辑", "attendance counts that contradict each other";
    UnknownCode = "unknown-code", Warning, "[check] 中有未知的诊断代码", "an unknown diagnostic code in [check]";
    OutsideLedger = "outside-ledger", Error, "符号链接指向台账文件夹之外", "a symbolic link leads outside the ledger folder";
    NarrativeMissing = "narrative-missing", Warning, "报告截止日前尚未写报告正文", "a report due soon has no narrative yet";
    MissingEvidence = "missing-evidence", Error, "证明材料文件不存在", "an evidence file is missing";
    MissingApproval = "missing-approval", Warning, "缺少批准或决定的记录", "an approval or decision is not recorded";
    WrongApprover = "wrong-approver", Error, "批准人不是相应机构的成员", "an approver is not a member of the body that approves";
    ApprovedAfterStart = "approved-after-start", Warning, "计划在开始之后才批准", "a plan approved after it started";
    EvidenceOutside = "evidence-outside-ledger", Error, "证明材料的路径在台账文件夹之外", "an evidence path leads outside the ledger folder";
    LinkedTwice = "linked-twice", Warning, "同一文件夹经符号链接出现第二次", "a folder reached a second time through a symbolic link";
    UnknownSheet = "unknown-sheet", Warning, "导入的工作表名称不是任何记录种类", "an imported sheet whose name is no record kind";
    NoHeader = "no-header", Error, "导入的工作表中找不到表头行", "an imported sheet without a header row";
    UnknownColumn = "unknown-column", Warning, "导入的列标题不是该种类的字段", "an imported column whose header is no field of the kind";
    SheetTooLarge = "sheet-too-large", Error, "导入的工作表过大", "an imported sheet too large to read";
}

/// A secondary place shown with a diagnostic ("first defined here").
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    pub label: Msg,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// `None` for a problem with the ledger as a whole, not one file.
    pub file: Option<FileId>,
    /// `None` when the file has no text to point into (not UTF-8, unreadable).
    pub span: Option<Span>,
    pub message: Msg,
    pub hint: Option<Msg>,
    pub related: Vec<Related>,
}

impl Diagnostic {
    #[must_use]
    pub fn new(code: Code, file: FileId, span: Span, message: Msg) -> Self {
        Self {
            code,
            severity: code.default_severity(),
            file: Some(file),
            span: Some(span),
            message,
            hint: None,
            related: Vec::new(),
        }
    }

    /// A diagnostic about a whole file, with no position inside it.
    #[must_use]
    pub(crate) fn for_file(code: Code, file: FileId, message: Msg) -> Self {
        Self {
            span: None,
            ..Self::new(code, file, Span::default(), message)
        }
    }

    #[must_use]
    pub fn hint(mut self, hint: Msg) -> Self {
        self.hint = Some(hint);
        self
    }

    #[must_use]
    pub fn related(mut self, file: FileId, span: Span, label: Msg) -> Self {
        self.related.push(Related { file, span, label });
        self
    }
}

/// At most this many diagnostics of one code are reported for one file; the rest become one
/// diagnostic saying how many more there are. A file with 100 000 of the same mistake needs
/// the first few fixed, not 100 000 snippets.
pub(crate) const MAX_PER_FILE_AND_CODE: usize = 100;

impl Diagnostic {
    /// How many problems this diagnostic stands for: one, or the count of those it says were
    /// left out. Summaries add these up, so they count every problem found.
    #[must_use]
    pub fn count(&self) -> usize {
        match self.message {
            Msg::MoreOfKind { count } => count,
            _ => 1,
        }
    }
}

/// While a file is decoded or checked, at most this many diagnostics of one code in it are
/// kept; the rest are only counted. Far above [`MAX_PER_FILE_AND_CODE`], so [`cap`] still
/// picks the first by position, but a 16 MB file of 8 million mistakes no longer holds 8
/// million diagnostics (gigabytes) in memory before they are capped.
pub(crate) const KEEP_PER_FILE_AND_CODE: usize = 1000;

/// Diagnostics as they are found: past [`KEEP_PER_FILE_AND_CODE`] of one code in one file, one
/// diagnostic per code counts the rest (as [`cap`] makes it).
#[derive(Debug, Default)]
pub struct Limiter {
    seen: HashMap<(Option<FileId>, Code), usize>,
    more: HashMap<(Option<FileId>, Code), Diagnostic>,
}

impl Limiter {
    /// The diagnostic back when it is to be kept; `None` when it was only counted.
    pub(crate) fn admit(&mut self, d: Diagnostic) -> Option<Diagnostic> {
        let key = (d.file, d.code);
        let n = self.seen.entry(key).or_insert(0);
        *n += 1;
        if *n <= KEEP_PER_FILE_AND_CODE {
            return Some(d);
        }
        match self.more.get_mut(&key) {
            Some(Diagnostic {
                message: Msg::MoreOfKind { count },
                ..
            }) => *count += 1,
            _ => {
                self.more.insert(key, more_of_kind(d, 1));
            }
        }
        None
    }

    /// The counts of what was not kept, one diagnostic per file and code.
    #[must_use]
    pub fn finish(self) -> Vec<Diagnostic> {
        self.more.into_values().collect()
    }
}

/// The diagnostic saying that `count` more like `first` were left out, placed where it is.
fn more_of_kind(first: Diagnostic, count: usize) -> Diagnostic {
    Diagnostic {
        message: Msg::MoreOfKind { count },
        hint: Some(Msg::HintMoreOfKind {
            max: MAX_PER_FILE_AND_CODE,
        }),
        related: Vec::new(),
        ..first
    }
}

/// Keep the first [`MAX_PER_FILE_AND_CODE`] diagnostics of each code in each file of a sorted
/// list; the rest become one diagnostic at the place of the first left out, so the list stays
/// sorted and the kept ones are the first by position.
#[must_use]
pub fn cap(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen: HashMap<(Option<FileId>, Code), (usize, Option<usize>)> = HashMap::new();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diags.len().min(1024));
    for d in diags {
        let (n, more) = seen.entry((d.file, d.code)).or_insert((0, None));
        // A count made while the file was read (a Limiter's) joins this one.
        let counted = matches!(d.message, Msg::MoreOfKind { .. });
        if !counted {
            *n += 1;
            if *n <= MAX_PER_FILE_AND_CODE {
                out.push(d);
                continue;
            }
        }
        let add = d.count();
        match more.and_then(|i| out.get_mut(i)) {
            Some(Diagnostic {
                message: Msg::MoreOfKind { count },
                ..
            }) => *count += add,
            _ => {
                *more = Some(out.len());
                out.push(more_of_kind(d, add));
            }
        }
    }
    out
}

/// Sort diagnostics into the stable order they are reported in: by file, position, code.
pub fn sort(diags: &mut [Diagnostic]) {
    // A file that could not be read at all comes first: whatever else is wrong may follow
    // from it (its records are missing), so it is what to fix first.
    let unread = |d: &Diagnostic| {
        !matches!(
            d.code,
            Code::Unreadable | Code::NotUtf8 | Code::BinaryFile | Code::FileTooLarge
        )
    };
    diags.sort_by(|a, b| {
        (unread(a), a.file, a.span.map(|s| s.start), a.code).cmp(&(
            unread(b),
            b.file,
            b.span.map(|s| s.start),
            b.code,
        ))
    });
}
