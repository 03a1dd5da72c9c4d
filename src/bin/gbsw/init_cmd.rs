//! `gbsw init`.

use std::path::PathBuf;
use std::process::ExitCode;

use gbsw::author::init::{Git, InitError, default_gbsw_source, git_init, init};

use crate::cli::{Cli, InitArgs};
use crate::output::print;

pub fn run(cli: &Cli, args: &InitArgs) -> anyhow::Result<ExitCode> {
    let lang = cli.lang_flag().unwrap_or_default();
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let organization = args.organization.clone().unwrap_or_else(|| {
        lang.pick("（请填写单位名称）", "(your organisation)")
            .to_owned()
    });
    let source = args
        .gbsw_source
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(default_gbsw_source);
    match init(&dir, &organization, args.existing, &source) {
        Ok(outcome) => {
            let mut text = lang.pick(
                format!(
                    "已在 {} 新建台账：写入 {} 个文件。\n",
                    dir.display(),
                    outcome.created.len()
                ),
                format!(
                    "started a ledger in {}: {} files written.\n",
                    dir.display(),
                    outcome.created.len()
                ),
            );
            if !outcome.kept.is_empty() {
                text.push_str(&lang.pick(
                    format!("已存在、未改动：{}\n", outcome.kept.join("、")),
                    format!(
                        "already there, left as they were: {}\n",
                        outcome.kept.join(", ")
                    ),
                ));
            }
            if !args.no_git {
                text.push_str(&git_text(&git_init(&dir), &dir, lang));
            }
            text.push_str(&lang.pick(
                "下一步：在 gbsw.toml 中填写单位和检查安排，用 `gbsw new` 添加记录，用 `gbsw check` 检查。\n".to_owned(),
                "next: fill in the units and schedules in gbsw.toml, add records with `gbsw new`, check with `gbsw check`.\n".to_owned(),
            ));
            print(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(InitError::NotEmpty) => {
            eprintln!(
                "{}",
                lang.pick(
                    format!("gbsw: {} 不是空文件夹；要在其中补齐台账文件（不改动已有文件），请加 --existing", dir.display()),
                    format!("gbsw: {} is not empty; to add the missing ledger files there (existing files are left alone), use --existing", dir.display()),
                )
            );
            Ok(ExitCode::from(2))
        }
        Err(InitError::Link(path)) => {
            eprintln!(
                "{}",
                lang.pick(
                    format!("gbsw: {path} 是符号链接，gbsw 不经链接写文件，未写入任何文件；请把它换成真正的文件夹后再运行 gbsw init --existing"),
                    format!("gbsw: {path} is a symbolic link, and gbsw does not write through links; nothing was written. Replace it with a real folder and run gbsw init --existing again"),
                )
            );
            Ok(ExitCode::from(2))
        }
        Err(InitError::Io(path, e)) => {
            eprintln!(
                "{}",
                lang.pick(
                    format!("gbsw: 无法写入 {path}：{e}（已写入的文件保留，未写入的可再次运行 gbsw init --existing 补齐）"),
                    format!("gbsw: cannot write {path}: {e} (the files written so far are kept; run gbsw init --existing again for the rest)"),
                )
            );
            Ok(ExitCode::from(2))
        }
    }
}

/// What `init` says about git: nothing when the folder was already in a repository.
fn git_text(git: &Git, dir: &std::path::Path, lang: gbsw::lang::Lang) -> String {
    let dir = dir.display();
    match git {
        Git::Inside => String::new(),
        Git::Initialised => lang.pick(
            format!("已在 {dir} 运行 git init：台账的每次修改都可用 git 提交和追溯。\n"),
            format!("ran git init in {dir}: every change to the ledger can be committed and traced with git.\n"),
        ),
        Git::Missing => lang.pick(
            format!("未找到 git，台账还不在 git 仓库中：请安装 git（https://git-scm.com），然后在 {dir} 中运行 git init。\n"),
            format!("git was not found, so the ledger is not in a git repository yet: install git (https://git-scm.com), then run git init in {dir}.\n"),
        ),
        Git::Failed(message) => lang.pick(
            format!("git init 未成功（{message}），台账还不在 git 仓库中：请在 {dir} 中手动运行 git init。\n"),
            format!("git init failed ({message}), so the ledger is not in a git repository yet: run git init in {dir} by hand.\n"),
        ),
    }
}
