//! `gbsw completions SHELL` and `gbsw man`: both derived from the one clap definition of the
//! command line, so they never drift from it.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::output::print;
use crate::output::{Exit, failure};
use gbsw::error::Error;

pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Exit> {
    let mut cmd = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "gbsw", &mut bytes);
    print(&String::from_utf8_lossy(&bytes))?;
    Ok(Exit::Ok)
}

/// gbsw(1), or a subcommand's page, named as gbsw(1) refers to it: gbsw-due(1).
pub fn man(cli: &Cli, args: &ManArgs) -> anyhow::Result<Exit> {
    let mut cmd = Cli::command();
    cmd.build();
    let page = match &args.subcommand {
        None => cmd,
        Some(name) => {
            let Some(sub) = cmd.find_subcommand(name) else {
                let names: Vec<&str> = cmd.get_subcommands().map(clap::Command::get_name).collect();
                let names = names.iter().map(|n| (*n).to_owned()).collect();
                let lang = cli.lang_flag().unwrap_or_default();
                return Err(failure(
                    Error::NoSubcommand {
                        name: name.clone(),
                        names,
                    },
                    lang,
                ));
            };
            // clap takes a static name; this process prints one page and ends.
            let full: &'static str = Box::leak(format!("gbsw-{}", sub.get_name()).into_boxed_str());
            sub.clone().name(full).version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut bytes = Vec::new();
    clap_mangen::Man::new(page).render(&mut bytes)?;
    print(&String::from_utf8_lossy(&bytes))?;
    Ok(Exit::Ok)
}
