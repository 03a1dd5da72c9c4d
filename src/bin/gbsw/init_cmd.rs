//! `gbsw init`.

use std::path::PathBuf;

use gbsw::author::init::{Git, default_gbsw_source, git_init, init};
use gbsw::error::Error;

use crate::cli::{Cli, InitArgs};
use crate::output::print;
use crate::output::{Exit, failure};

pub fn run(cli: &Cli, args: &InitArgs) -> anyhow::Result<Exit> {
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
            Ok(Exit::Ok)
        }
        Err(error) => Err(failure(Error::Init { dir, error }, lang)),
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
