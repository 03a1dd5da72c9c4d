//! Hints: what to do about a diagnostic, one sentence each.

use super::Msg;
use crate::lang::Lang;

/// The text of a hint variant of [`Msg`]; [`Msg::text`] sends only those here.
#[allow(clippy::too_many_lines)]
pub(super) fn text(msg: &Msg, l: Lang) -> String {
    match msg {
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
                "按附件2要求，重大整改应由检查组形成书面报告：填写 `report`（文件路径或摘要）".into(),
                "annex 2 asks the inspection group for a written report on a major nonconformity: set `report` (a path or a summary)".into(),
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
            Msg::HintFixEvaluationPlan => l.pick(
                "改正 `plan`，或在 gbsw.toml 的 [[evaluation_plans]] 中添加该评价计划".into(),
                "correct `plan`, or add the plan to [[evaluation_plans]] in gbsw.toml".into(),
            ),
            Msg::HintEvaluationCadence => l.pick(
                "评价计划的频次写 monthly、quarterly、semiannual 或 annual".into(),
                "an evaluation plan's cadence is monthly, quarterly, semiannual or annual".into(),
            ),
            Msg::HintIneffectiveImprovement => l.pick(
                "效果不明显的改进要写明原因分析 `causes` 和下一轮开始日期 `next_round`".into(),
                "an improvement that did not work needs its `causes` and the `next_round` date".into(),
            ),
            Msg::HintRecordEvaluation { standard } => l.pick(
                format!("记录对 `{standard}` 的评价（gbsw new evaluation），或把该步骤改回未完成"),
                format!("record the evaluation of `{standard}` (gbsw new evaluation), or mark the step not done"),
            ),
            Msg::HintSamplingPlan => l.pick(
                "写明抽样方案 `sampling_plan`（抽样方法和判定规则），样本数量不大于总体数量".into(),
                "write the `sampling_plan` (how samples are drawn and judged); the sample is not larger than the population".into(),
            ),
            Msg::HintVerdict => l.pick(
                "核对 `verdict`：等级为不及格的评价不能判为合格，及格以上的评价不判为不合格".into(),
                "check `verdict`: a failing grade cannot pass, and a passing grade does not fail".into(),
            ),
            Msg::HintAddDailySelfCheck => l.pick(
                "在 gbsw.toml 中加一项 type = \"self\"、cadence = \"daily\" 的检查安排，unit_kinds = [\"department\"] 即覆盖所有处室".into(),
                "add a schedule with type = \"self\" and cadence = \"daily\" to gbsw.toml; unit_kinds = [\"department\"] covers every department".into(),
            ),
            Msg::HintAddMonthlySupervision => l.pick(
                "在 gbsw.toml 中加一项 type = \"supervision\"、cadence = \"monthly\" 的检查安排，unit_kinds = [\"service-provider\"] 即覆盖所有社会化服务单位".into(),
                "add a schedule with type = \"supervision\" and cadence = \"monthly\" to gbsw.toml; unit_kinds = [\"service-provider\"] covers every service provider".into(),
            ),
            Msg::HintIndependentChecker => l.pick(
                "`by` 应为进行检查的另一单位（服务中心、标准化科或其他处室）；本单位自己检查请记为自查 `self`".into(),
                "`by` should be the other unit that checked (the service centre, the section, another department); a unit checking itself is a `self` check".into(),
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
            Msg::HintEvidenceInside => l.pick(
                "证明材料须在台账文件夹内：把文件复制进台账（如 evidence/2026/），写相对台账根目录的路径".into(),
                "evidence must be inside the ledger folder: copy the file into it (e.g. evidence/2026/) and write its path from the ledger's root".into(),
            ),
            Msg::HintRecordApproval { fields } => l.pick(
                format!("填写 {fields}"),
                format!("fill in {fields}"),
            ),
            Msg::HintMembers { role, members } => l.pick(
                format!("{}成员：{}；或在清单中把此人加入 members", role.zh(), members.join("、")),
                format!("members of the {}: {}; or add the person to its members in the manifest", role_en(*role), members.join(", ")),
            ),
            Msg::HintApproveBeforeStart => l.pick(
                "计划应在开始前批准：核对 approved_on 和 start".into(),
                "a plan is approved before it starts: check approved_on and start".into(),
            ),
            Msg::HintAddEvidence => l.pick(
                "把文件放到台账中这个路径（相对台账根目录），或改正路径".into(),
                "put the file at this path in the ledger (relative to its root), or correct the path".into(),
            ),
            Msg::HintTimezone => l.pick(
                "时区写作 IANA 名称，例如 Asia/Shanghai".into(),
                "write a time zone as an IANA name, e.g. Asia/Shanghai".into(),
            ),
            Msg::HintIdPattern => l.pick(
                "编号规则用且只用一个 {seq}（或 {seq:3} 补零到三位）表示序号，可用 {year} 表示年份、{unit} 表示单位编号，其余只能是英文字母、数字、`.`、`_`、`-`，例如 NC-{year}-{seq:3}".into(),
                "an id pattern numbers records with exactly one {seq} (or {seq:3}, zero-padded to three digits), may use {year} and {unit} (the unit's id), and otherwise holds ASCII letters, digits, `.`, `_` and `-`, e.g. NC-{year}-{seq:3}".into(),
            ),
            Msg::HintTitlePattern => l.pick(
                "标题中只能用 {who}（单位名称）和 {period}（期间，如 2026年上半年）两个占位符，例如 \"{who}{period}标准落地实施情况报告\"".into(),
                "a title may hold only the placeholders {who} (the organisation) and {period} (the period written out), e.g. \"{who}{period}标准落地实施情况报告\"".into(),
            ),
            Msg::HintMonthDay => l.pick("写作 MM-DD，例如 06-30".into(), "write MM-DD, e.g. 06-30".into()),
            Msg::HintNewNarrative { command } => l.pick(
                format!("运行 {command} 起草正文（各部分先写入本期的数据）"),
                format!("run {command} to draft it (each part starts with the period's figures)"),
            ),
            Msg::HintGradingOrder => l.pick(
                "分数线须满足 excellent > good > pass，例如 90、80、60".into(),
                "thresholds must satisfy excellent > good > pass, e.g. 90, 80, 60".into(),
            ),
            Msg::HintSheetKinds => {
                let kinds = super::import::enumerate(&crate::kind::Kind::ALL.map(|k| k.label(l)), l);
                l.pick(
                format!("把工作表命名为记录种类（{kinds}），或用 --kind 指定，或在 --map 文件的 [sheets] 中写明"),
                format!("name the sheet after a record kind ({kinds}), or give --kind, or map it in the --map file's [sheets]"),
            )
            }
            Msg::HintHeader { zh, keys } => {
                let labels = super::import::enumerate(l.pick(zh, keys), l);
                l.pick(
                format!("表头用字段名称，例如 {labels}；其他写法在 --map 文件的 [columns] 中写明"),
                format!("head the columns with the fields' names, e.g. {labels}; map other headers in the --map file's [columns]"),
            )
            }
            Msg::HintMapColumn => l.pick(
                "如果此列是某个字段，在 --map 文件的 [columns] 中写明，例如 \"巡查日期\" = \"date\"".into(),
                "if the column is a field, map it in the --map file's [columns], e.g. \"巡查日期\" = \"date\"".into(),
            ),
            Msg::HintSplitSheet => l.pick(
                "把工作表拆成几个较小的工作簿分别导入".into(),
                "split the sheet into smaller workbooks and import each".into(),
            ),
        // Not a hint: `Msg::text` never sends one here.
        _ => String::new(),
    }
}

/// A word for a POSIX shell: in single quotes, each `'` written as `'\''`.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// A body's role in English words: `leading group`.
pub(super) fn role_en(role: crate::vocab::BodyRole) -> String {
    role.key().replace('-', " ")
}
