//! Why a command could not do its job: the sentences of [`crate::error::Error`] and of the
//! errors it wraps; and the warnings and notes a command prints on stderr while it goes on.

use crate::error::{
    Error, FormError, HistoryError, ImportError, InitError, LoadError, NewError, OutputError,
    Truncated,
};
use crate::kind::FORM_KINDS as KINDS;
use crate::lang::Lang;

impl LoadError {
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            LoadError::Missing(p) => lang.pick(
                format!("台账路径 `{}` 不存在", p.display()),
                format!("the ledger path `{}` does not exist", p.display()),
            ),
            LoadError::NoManifest(p) => lang.pick(
                format!(
                    "在 `{}` 及其上级文件夹中找不到 gbsw.toml：这不是一个台账。用 `gbsw init` 新建台账，或用 --ledger 指定台账文件夹",
                    p.display()
                ),
                format!(
                    "no gbsw.toml in `{}` or any folder above it: this is not a ledger. Start one with `gbsw init`, or name the ledger folder with --ledger",
                    p.display()
                ),
            ),
        }
    }
}

impl ImportError {
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ImportError::Io(p, e) => lang.pick(format!("无法读取 {p}：{e}"), format!("cannot read {p}: {e}")),
            ImportError::NotAWorkbook(p) => lang.pick(
                format!("{p} 不是 .xlsx 或 .csv 文件：只能导入这两种（.xls 请先在 Excel 中另存为 .xlsx）"),
                format!("{p} is not an .xlsx or .csv file, the two that can be imported (save an .xls as .xlsx in Excel first)"),
            ),
            ImportError::TooLarge { path, limit } => lang.pick(
                format!("{path} 超过 {limit} 字节，不能导入"),
                format!("{path} is larger than {limit} bytes: it cannot be imported"),
            ),
            ImportError::Unreadable(p, e) => lang.pick(format!("无法读取工作簿 {p}：{e}"), format!("cannot read the workbook {p}: {e}")),
            ImportError::MapSyntax(p, e) => lang.pick(format!("映射文件 {p} 不是有效的 TOML：{e}"), format!("the mapping file {p} is not valid TOML: {e}")),
            ImportError::MapUnknownKind { sheet, kind } => lang.pick(
                format!("映射文件的 [sheets] 中，`{sheet}` 对应的 `{kind}` 不是记录种类"),
                format!("in the mapping file's [sheets], `{kind}` (for `{sheet}`) is no record kind"),
            ),
            ImportError::MapNotText(k) => lang.pick(format!("映射文件中 `{k}` 的值应为文本"), format!("the mapping file's `{k}` must be text")),
            ImportError::UnknownKind(k) => lang.pick(format!("没有记录种类 `{k}`"), format!("there is no record kind `{k}`")),
        }
    }
}

impl HistoryError {
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            HistoryError::Unknown { id, near } => {
                let hint = did_you_mean(near.as_deref(), lang);
                lang.pick(
                    format!("台账中没有编号为 `{id}` 的记录{hint}"),
                    format!("no record in the ledger has the id `{id}`{hint}"),
                )
            }
            HistoryError::Unreadable { id } => lang.pick(
                format!("记录 `{id}` 未能读取，不知道它在哪个文件中；请先运行 gbsw check"),
                format!("record `{id}` could not be read, so its file is not known; run gbsw check"),
            ),
            HistoryError::GitMissing => lang.pick(
                "无法运行 git：请安装 git 并确认它在 PATH 中".to_owned(),
                "git cannot be run: install git and make sure it is on the PATH".to_owned(),
            ),
            HistoryError::NotARepo => lang.pick(
                "台账不在 git 仓库中，没有修改历史：在台账文件夹中运行 `git init` 并提交，以后的修改就有记录了".to_owned(),
                "the ledger is not in a git repository, so there is no history: run `git init` in the ledger folder and commit, and changes from then on are recorded".to_owned(),
            ),
            HistoryError::Untracked { file } => lang.pick(
                format!("文件 {file} 还没有提交过，没有修改历史：用 `git add` 和 `git commit` 提交后再查看"),
                format!("{file} has never been committed, so it has no history yet: commit it with `git add` and `git commit`"),
            ),
            HistoryError::Git { message } => lang.pick(
                format!("git 运行出错：{message}"),
                format!("git failed: {message}"),
            ),
        }
    }
}

impl FormError {
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        let kinds = kinds_text(lang);
        match self {
            FormError::Unknown { id, near } => {
                let hint = did_you_mean(near.as_deref(), lang);
                lang.pick(
                    format!("台账中没有编号为 `{id}` 的记录{hint}"),
                    format!("no record in the ledger has the id `{id}`{hint}"),
                )
            }
            FormError::Unreadable { id } => lang.pick(
                format!("记录 `{id}` 未能读取，无法填表；请先运行 gbsw check"),
                format!("record `{id}` could not be read, so no form can be filled; run gbsw check"),
            ),
            FormError::NoForm { kind, id: Some(id) } => lang.pick(
                format!(
                    "记录 `{id}` 是{}，指导意见中没有{}的表；有表的记录种类：{kinds}",
                    kind.zh(),
                    kind.zh()
                ),
                format!(
                    "record `{id}` is a {}: the guidance prescribes no form for it; forms exist for: {kinds}",
                    kind.key()
                ),
            ),
            FormError::NoForm { kind, id: None } => lang.pick(
                format!("指导意见中没有“{}”的表；有表的记录种类：{kinds}", kind.zh()),
                format!(
                    "the guidance prescribes no form for a {}; forms exist for: {kinds}",
                    kind.key()
                ),
            ),
            FormError::UnknownCategory { value, known } => lang.pick(
                format!("没有标准类别 `{value}`；可用：{}", known.join(", ")),
                format!("there is no category `{value}`; known: {}", known.join(", ")),
            ),
        }
    }
}

impl OutputError {
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Exists(paths) => {
                let zh: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                lang.pick(
                    format!(
                        "{} 已存在，未写入任何文件；要覆盖请加 --force",
                        zh.join("、")
                    ),
                    format!(
                        "{} already exists; nothing was written. Add --force to replace it",
                        zh.join(", ")
                    ),
                )
            }
            Self::LedgerFile(p) => lang.pick(
                format!(
                    "{} 是台账的清单或记录文件，不能用输出覆盖（--force 也不行）；请换一个文件名",
                    p.display()
                ),
                format!(
                    "{} is the ledger's manifest or one of its record files and is never replaced by an output, not even with --force; choose another file name",
                    p.display()
                ),
            ),
            Self::Symlink(p) => lang.pick(
                format!(
                    "{} 是符号链接，gbsw 不经链接写文件；请直接写出链接指向的路径，或换一个文件名",
                    p.display()
                ),
                format!(
                    "{} is a symbolic link, and gbsw does not write through links; name the file it points to, or choose another name",
                    p.display()
                ),
            ),
            Self::WrongType(p) => lang.pick(
                format!("{} 的类型不对（文件与文件夹不符）；请换一个路径", p.display()),
                format!(
                    "{} is of the wrong type (a folder where a file is wanted, or the other way round); choose another path",
                    p.display()
                ),
            ),
            Self::Io(p, e) => lang.pick(
                format!("无法写入 {}：{e}", p.display()),
                format!("cannot write {}: {e}", p.display()),
            ),
        }
    }
}

impl NewError {
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            NewError::UnknownKind(k) => lang.pick(
                format!("没有 `{k}` 这种记录；可用：standard plan check rectification review evaluation improvement training submission"),
                format!("there is no kind `{k}`; the kinds: standard plan check rectification review evaluation improvement training submission"),
            ),
            NewError::UnknownField { name, near } => {
                let hint = near.as_ref().map_or_else(String::new, |n| lang.pick(format!("，是不是想写 `{n}`？"), format!("; did you mean `{n}`?")));
                lang.pick(format!("这种记录没有字段 `{name}`{hint}"), format!("this kind has no field `{name}`{hint}"))
            }
            NewError::NotKeyValue(s) => lang.pick(
                format!("`{s}` 应写作 字段=值，例如 unit=office"),
                format!("`{s}` must be FIELD=VALUE, e.g. unit=office"),
            ),
            NewError::BadValue(m) => m.clone(),
            NewError::BadSubfolder(sub) => lang.pick(
                format!("--subfolder 应为种类文件夹下的子文件夹，如 2026/06；`{}` 不是", sub.display()),
                format!("--subfolder must be a folder below the kind's folder, e.g. 2026/06; `{}` is not", sub.display()),
            ),
            NewError::BadId(id) => lang.pick(
                format!("`id` 应为编号（字母、数字、. _ -，以字母或数字开头），`{id}` 不是"),
                format!("`id` must be an id (letters, digits, . _ -, starting with a letter or digit); `{id}` is not"),
            ),
            NewError::UnknownStandard(id) => lang.pick(format!("台账中没有标准 `{id}`"), format!("there is no standard `{id}` in the ledger")),
            NewError::UnknownCheck(id) => lang.pick(format!("台账中没有检查 `{id}`"), format!("there is no check `{id}` in the ledger")),
            NewError::UnknownUnit { field, value, near } => {
                let hint = did_you_mean(near.as_deref(), lang);
                lang.pick(
                    format!("`{field}` 的单位 `{value}` 在 gbsw.toml 中既不是单位编号也不是单位名称，未写入任何文件{hint}"),
                    format!("`{field}`: `{value}` is neither the id nor the name of a unit in gbsw.toml; nothing was written{hint}"),
                )
            }
            NewError::Broken(id) => lang.pick(
                format!("记录 `{id}` 有错误，无法使用；请先运行 gbsw check 修正"),
                format!("the record `{id}` has errors and cannot be used; run gbsw check and fix it first"),
            ),
            NewError::IdTaken(id) => lang.pick(format!("编号 `{id}` 已被使用"), format!("the id `{id}` is taken")),
            NewError::BadPattern { key, pattern } => lang.pick(
                format!("gbsw.toml 中的编号规则 [ids] {key} = \"{pattern}\" 无效，未写入任何文件；请按 gbsw check 的提示修正（须含且只含一个 {{seq}}），或用 id=… 指定编号"),
                format!("the id pattern [ids] {key} = \"{pattern}\" in gbsw.toml is not valid; nothing was written. Fix it as gbsw check says (exactly one {{seq}}), or give the id with id=…"),
            ),
            NewError::NoUnit { key, pattern } => lang.pick(
                format!("gbsw.toml 中的编号规则 [ids] {key} = \"{pattern}\" 含 {{unit}}，需要记录的单位，未写入任何文件；请给出 unit=…（单位编号），或用 id=… 指定编号"),
                format!("the id pattern [ids] {key} = \"{pattern}\" in gbsw.toml has {{unit}}, so it needs the record's unit; nothing was written. Give unit=… (the unit's id), or the id with id=…"),
            ),
            NewError::IdsExhausted { highest, pattern } => lang.pick(
                format!("编号已到上限：`{highest}` 的序号已是编号规则 `{pattern}` 能编到的最大数，未写入任何文件；请在 gbsw.toml 的 [ids] 中为这种记录换一个编号规则（例如换个前缀），或用 id=… 指定编号"),
                format!("no next id: `{highest}` already has the largest number the pattern `{pattern}` can count to; nothing was written. Give this kind a new pattern under [ids] in gbsw.toml (a new prefix, say), or give the id with id=…"),
            ),
            NewError::Unseen(rel) => lang.pick(
                format!("无法读取 {rel}，看不到其中已用的编号；为免重号，未写入任何文件。请先修正它（gbsw check 会指出问题）再重试"),
                format!("cannot read {rel}, so the ids in it are unknown; nothing was written, so that no id is used twice. Fix it first (gbsw check shows the problem), then try again"),
            ),
            NewError::Symlink(rel) => lang.pick(
                format!("{rel} 是符号链接；gbsw new 不经符号链接写入（记录可能落到台账之外），未写入任何文件。请把它换成真正的文件夹后重试"),
                format!("{rel} is a symbolic link; gbsw new does not write through symbolic links (the record could land outside the ledger); nothing was written. Replace it with a real folder, then try again"),
            ),
            NewError::NarrativeOnly(flag) => lang.pick(
                format!("{flag} 只用于 gbsw new narrative；记录的字段请写成 字段=值，例如 unit=office period=2026H1"),
                format!("{flag} is for gbsw new narrative only; give a record's fields as field=value, e.g. unit=office period=2026H1"),
            ),
            NewError::NarrativeExists(rel) => lang.pick(
                format!("{rel} 已存在，未改动；请直接编辑它"),
                format!("{rel} exists and was left as it is; edit it instead"),
            ),
            NewError::LockNotAFile(p) => lang.pick(
                format!("{} 不是普通文件（可能是符号链接或文件夹），不是 gbsw new 的锁；未写入任何文件。请删除它后重试", p.display()),
                format!("{} is not a regular file (a symbolic link or a folder, say), so it is not gbsw new's lock; nothing was written. Remove it, then try again", p.display()),
            ),
            NewError::Busy(p) => lang.pick(
                format!("另一个 gbsw new 正在写入（锁文件 {}），等了 30 秒仍未结束，未写入任何文件；请稍后再试", p.display()),
                format!("another gbsw new is writing (lock file {}) and has not finished after 30 seconds; nothing was written. Try again later", p.display()),
            ),
            NewError::Io(p, e) => lang.pick(format!("无法写入 {}：{e}", p.display()), format!("cannot write {}: {e}", p.display())),
        }
    }
}

impl Truncated {
    /// The warning, without the `gbsw: ` prefix.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        let Self { id, field, chars } = self;
        lang.pick(
            format!("警告：记录 `{id}` 的 `{field}` 有 {chars} 字，超过 Excel 单元格的上限（32767），在工作簿中已截断；全文见记录文件，或用 --format csv 导出"),
            format!("warning: `{field}` of the record `{id}` has {chars} characters, more than an Excel cell holds (32,767); it is cut short in the workbook. The whole text is in the record's file, or export it with --format csv"),
        )
    }
}

/// The kinds that have a form, for messages: `plan（实施计划）, check（检查记录）, …`.
#[must_use]
pub(crate) fn kinds_text(lang: Lang) -> String {
    KINDS
        .iter()
        .map(|k| lang.pick(format!("{}（{}）", k.key(), k.zh()), k.key().to_owned()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `；是不是想写 `x`？`, or nothing without a suggestion.
pub fn did_you_mean(near: Option<&str>, lang: Lang) -> String {
    near.map_or_else(String::new, |n| {
        lang.pick(
            format!("；是不是想写 `{n}`？"),
            format!("; did you mean `{n}`?"),
        )
    })
}

/// The text of an [`Error`].
#[allow(clippy::too_many_lines)]
impl Error {
    /// The sentence, without the `gbsw: ` prefix.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        text(self, lang)
    }
}

fn text(e: &Error, lang: Lang) -> String {
    let l = lang;
    match e {
        Error::Load(e) => e.text(l),
        Error::History(e) => e.text(l),
        Error::Form(e) => e.text(l),
        Error::New(e) => e.text(l),
        Error::Import(e) => e.text(l),
        Error::Output(e) => e.text(l),
        Error::Init { dir, error } => {
            let dir = dir.display();
            match error {
                InitError::NotEmpty => l.pick(
                    format!("{dir} 不是空文件夹；要在其中补齐台账文件（不改动已有文件），请加 --existing"),
                    format!("{dir} is not empty; to add the missing ledger files there (existing files are left alone), use --existing"),
                ),
                InitError::Link(path) => l.pick(
                    format!("{path} 是符号链接，gbsw 不经链接写文件，未写入任何文件；请把它换成真正的文件夹后再运行 gbsw init --existing"),
                    format!("{path} is a symbolic link, and gbsw does not write through links; nothing was written. Replace it with a real folder and run gbsw init --existing again"),
                ),
                InitError::Io(path, e) => l.pick(
                    format!("无法写入 {path}：{e}（已写入的文件保留，未写入的可再次运行 gbsw init --existing 补齐）"),
                    format!("cannot write {path}: {e} (the files written so far are kept; run gbsw init --existing again for the rest)"),
                ),
            }
        }
        Error::NoRecord { id, near } => {
            let hint = did_you_mean(near.as_deref(), l);
            l.pick(
                format!("台账中没有编号为 `{id}` 的记录{hint}"),
                format!("no record in the ledger has the id `{id}`{hint}"),
            )
        }
        Error::RecordUnreadable { id } => l.pick(
            format!("记录 `{id}` 无法读取；请运行 gbsw check 查看原因。"),
            format!("the record `{id}` could not be read; run gbsw check to see why."),
        ),
        Error::NoStandard { id, near } => {
            let hint = did_you_mean(near.as_deref(), l);
            l.pick(
                format!("台账中没有编号为 `{id}` 的标准{hint}"),
                format!("there is no standard `{id}` in the ledger{hint}"),
            )
        }
        Error::NoCategory { value, known } => l.pick(
            format!("没有类别 `{value}`；可用的类别：{}", known.join("、")),
            format!("there is no category `{value}`; the categories are {}", known.join(", ")),
        ),
        Error::NoUnit { value, near } => {
            let hint = did_you_mean(near.as_deref(), l);
            l.pick(
                format!("gbsw.toml 中没有单位 `{value}`{hint}"),
                format!("there is no unit `{value}` in gbsw.toml{hint}"),
            )
        }
        Error::FilterNotApplicable { flag, kind } => l.pick(
            format!("{flag} 不适用于{}记录", kind.zh()),
            format!("{flag} does not apply to {}", kind.folder()),
        ),
        Error::NotAStatus { value, kind, listing } => l.pick(
            format!("`{value}` 不是{}的状态；可用的状态：{listing}", kind.zh()),
            format!("`{value}` is not a status of {}; the statuses are {listing}", kind.folder()),
        ),
        Error::StatusNotApplicable => l.pick(
            "--status 只适用于标准（standards）和不符合项（rectifications）".to_owned(),
            "--status applies to standards and rectifications only".to_owned(),
        ),
        Error::NotAKind { value } => {
            let kinds = kinds_text(l);
            l.pick(
                format!("`{value}` 不是记录种类；有表的记录种类：{kinds}"),
                format!("`{value}` is not a kind of record; forms exist for: {kinds}"),
            )
        }
        Error::NoSubcommand { name, names } => l.pick(
            format!("没有子命令 `{name}`；可选：{}", names.join("、")),
            format!("there is no subcommand `{name}`; one of: {}", names.join(", ")),
        ),
        Error::FormatMismatch { ext, named, by_ext } => l.pick(
            format!("-o 文件的扩展名 .{ext} 与 --format {named} 不符，未写入任何文件；请改用 --format {by_ext}，或换一个文件名"),
            format!("the -o file's extension .{ext} does not match --format {named}; nothing was written. Use --format {by_ext}, or another file name"),
        ),
        Error::AsOfOutOfRange { date } => {
            let (first, last) = (crate::dates::FIRST, crate::dates::LAST);
            l.pick(
                format!("--as-of 的日期 {date} 超出允许的范围（{first} 至 {last}）：请给出这个范围内的日期，或去掉 --as-of 以今天为准"),
                format!("--as-of {date} is outside the dates gbsw accepts ({first} to {last}): give a date in that range, or leave out --as-of to use today"),
            )
        }
        Error::XlsxNeedsOutput => l.pick(
            "--format xlsx 需要用 -o 指定输出文件，如 -o 台账.xlsx".to_owned(),
            "--format xlsx needs an output file: -o ledger.xlsx".to_owned(),
        ),
        Error::DocxNeedsOutput => l.pick(
            "--format docx 需要用 -o 指定输出文件，如 -o 报告.docx（Word 文档不输出到终端）".to_owned(),
            "--format docx needs an output file: -o report.docx (a Word document is not written to a terminal)".to_owned(),
        ),
        Error::CsvAllNeedsOutput => l.pick(
            "export all --format csv 需要用 -o 指定输出文件夹（每种记录一个文件）".to_owned(),
            "export all --format csv needs an output folder (-o DIR): one file per kind".to_owned(),
        ),
        Error::Incomplete { files } => l.pick(
            format!("台账中有 {} 个文件未能完整读取（{}），按 --strict 不生成报告；请先运行 gbsw check。", files.len(), files.join("、")),
            format!("{} files could not be read completely ({}); with --strict no report is made. Run gbsw check first.", files.len(), files.join(", ")),
        ),
    }
}

/// The note of a command that answers although some files' records could not be read.
/// `listed`: the answer lists records (else it counts them).
#[must_use]
pub fn left_out_note(files: &[String], listed: bool, lang: Lang) -> String {
    let n = files.len();
    lang.pick(
        format!(
            "注意：{n} 个文件中的记录未能读取，{}：{}；请运行 gbsw check 查看。",
            if listed { "未列入" } else { "未计入" },
            files.join("、")
        ),
        format!(
            "note: records in {n} file{} could not be read and are not {}: {}. Run gbsw check.",
            if n == 1 { "" } else { "s" },
            if listed { "listed" } else { "counted" },
            files.join(", ")
        ),
    )
}
