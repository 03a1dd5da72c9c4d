//! `gbsw init`.

use std::path::PathBuf;

use gbsw::author::init::{Git, default_gbsw_source, git_init, init};
use gbsw::error::Error;
use gbsw::message::captions;

use crate::cli::{Cli, InitArgs};
use crate::output::print;
use crate::output::{Exit, failure};

pub fn run(cli: &Cli, args: &InitArgs) -> anyhow::Result<Exit> {
    let lang = cli.lang_flag().unwrap_or_default();
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let organization = args
        .organization
        .clone()
        .unwrap_or_else(|| captions::init_organization(lang).to_owned());
    let source = args
        .gbsw_source
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(default_gbsw_source);
    match init(&dir, &organization, args.existing, &source) {
        Ok(outcome) => {
            let mut text =
                captions::init_done(&dir.display(), outcome.created.len(), &outcome.kept, lang);
            if !args.no_git {
                text.push_str(&git_text(&git_init(&dir), &dir, lang));
            }
            text.push_str(captions::init_next(lang));
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
        Git::Initialised => captions::git_initialised(&dir, lang),
        Git::Missing => captions::git_missing(&dir, lang),
        Git::Failed(message) => captions::git_failed(&dir, message, lang),
    }
}
