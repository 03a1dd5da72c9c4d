//! Captions: the lines around a command's output that say what it is of, how much there is,
//! and what was done (`已检查 3 个文件`, `共 4 次提交。`, `已创建 …`).

use std::fmt::Display;

use crate::kind::Kind;
use crate::lang::Lang;

/// `gbsw check`'s last line.
#[must_use]
pub fn check_summary(
    files: usize,
    records: usize,
    errors: usize,
    warnings: usize,
    lang: Lang,
) -> String {
    let checked = format!(
        "checked {}, {}",
        count(files, "file"),
        count(records, "record")
    );
    if errors == 0 && warnings == 0 {
        lang.pick(
            format!("已检查 {files} 个文件、{records} 条记录：没有发现问题。\n"),
            format!("{checked}: no problems found.\n"),
        )
    } else {
        lang.pick(
            format!(
                "已检查 {files} 个文件、{records} 条记录：{errors} 个错误，{warnings} 个警告。\n"
            ),
            format!(
                "{checked}: {}, {}.\n",
                count(errors, "error"),
                count(warnings, "warning")
            ),
        )
    }
}

/// `1 file`, `2 files`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `gbsw init`: the ledger started; `kept`, the files that were there already.
#[must_use]
pub fn init_done(dir: &dyn Display, created: usize, kept: &[String], lang: Lang) -> String {
    let mut text = lang.pick(
        format!("已在 {dir} 新建台账：写入 {created} 个文件。\n"),
        format!("started a ledger in {dir}: {created} files written.\n"),
    );
    if !kept.is_empty() {
        text.push_str(&lang.pick(
            format!("已存在、未改动：{}\n", kept.join("、")),
            format!("already there, left as they were: {}\n", kept.join(", ")),
        ));
    }
    text
}

/// `gbsw init`: what to do next.
#[must_use]
pub fn init_next(lang: Lang) -> &'static str {
    lang.pick(
        "下一步：在 gbsw.toml 中填写单位（附件2的三项定期检查已按单位类型写好），用 `gbsw new` 添加记录，用 `gbsw check` 检查。\n",
        "next: fill in the units in gbsw.toml (the three periodic checks of annex 2 are there, by unit kind), add records with `gbsw new`, check with `gbsw check`.\n",
    )
}

/// `gbsw init` without `--organization`: the placeholder in gbsw.toml.
#[must_use]
pub fn init_organization(lang: Lang) -> &'static str {
    lang.pick("（请填写单位名称）", "(your organisation)")
}

/// What `gbsw init` says about git (see `author::init::Git`).
#[must_use]
pub fn git_initialised(dir: &dyn Display, lang: Lang) -> String {
    lang.pick(
        format!("已在 {dir} 运行 git init：台账的每次修改都可用 git 提交和追溯。\n"),
        format!("ran git init in {dir}: every change to the ledger can be committed and traced with git.\n"),
    )
}

#[must_use]
pub fn git_missing(dir: &dyn Display, lang: Lang) -> String {
    lang.pick(
        format!("未找到 git，台账还不在 git 仓库中：请安装 git（https://git-scm.com），然后在 {dir} 中运行 git init。\n"),
        format!("git was not found, so the ledger is not in a git repository yet: install git (https://git-scm.com), then run git init in {dir}.\n"),
    )
}

#[must_use]
pub fn git_failed(dir: &dyn Display, message: &str, lang: Lang) -> String {
    lang.pick(
        format!("git init 未成功（{message}），台账还不在 git 仓库中：请在 {dir} 中手动运行 git init。\n"),
        format!("git init failed ({message}), so the ledger is not in a git repository yet: run git init in {dir} by hand.\n"),
    )
}

/// `gbsw new`: the file written, and the fields still to fill in.
#[must_use]
pub fn new_done(path: &str, missing: &[&str], lang: Lang) -> String {
    let mut text = lang.pick(format!("已创建 {path}\n"), format!("created {path}\n"));
    if missing.is_empty() {
        text.push_str(lang.pick(
            "必填字段都已填写。\n",
            "every required field is filled in.\n",
        ));
    } else {
        text.push_str(&lang.pick(
            format!("还需填写：{}（去掉行首的 # 并填入内容）\n", missing.join("、")),
            format!("still to fill in: {} (remove the # at the start of the line and write the value)\n", missing.join(", ")),
        ));
    }
    text
}

/// What `gbsw new narrative` wrote.
#[must_use]
pub fn narrative_done(path: &str, lang: Lang) -> String {
    lang.pick(
        format!("已创建 {path}\n各部分已写入本期的数据，请核对、修改并补充文字；没有文字的部分在报告中显示【待填写】。\n"),
        format!("created {path}\neach part starts with the period's figures: check them, edit them and add your words; a part with no text shows [to be written] in the report.\n"),
    )
}

/// `gbsw history`: whose history, and in which file.
#[must_use]
pub(crate) fn history_file(kind: Kind, id: &str, file: &str, lang: Lang) -> String {
    lang.pick(
        format!("{} {id} 所在文件：{file}\n", kind.label(lang)),
        format!("{} {id} is in {file}\n", kind.label(lang)),
    )
}

/// `gbsw history` of a file that holds more records than the one asked for.
#[must_use]
pub(crate) fn history_whole_file(records: usize, id: &str, lang: Lang) -> String {
    lang.pick(
        format!("该文件共有 {records} 条记录，下面是整个文件的修改历史，不只是 {id} 的。\n"),
        format!("The file holds {records} records: this is the history of the whole file, not of {id} alone.\n"),
    )
}

/// `gbsw history`: how many commits, and whether the file has changes not committed.
#[must_use]
pub(crate) fn history_total(commits: usize, uncommitted: bool, lang: Lang) -> String {
    let n = commits;
    let mut text = lang.pick(
        format!("共 {n} 次提交。\n"),
        format!("{n} commit{}.\n", if n == 1 { "" } else { "s" }),
    );
    if uncommitted {
        text.push_str(lang.pick(
            "注意：该文件还有未提交的修改，不在上表中。\n",
            "Note: the file has uncommitted changes, which are not listed.\n",
        ));
    }
    text
}

/// The line under a listing: how many records it shows.
#[must_use]
pub(crate) fn list_count(count: usize, kind: Kind, lang: Lang) -> String {
    lang.pick(
        format!("共 {count} 条{}。\n", kind.zh()),
        format!(
            "{count} {}.\n",
            if count == 1 {
                kind.key()
            } else {
                kind.folder()
            }
        ),
    )
}
