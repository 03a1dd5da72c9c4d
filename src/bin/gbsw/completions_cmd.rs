//! `gbsw completions SHELL` and `gbsw man`: both derived from the one clap definition of the
//! command line, so they never drift from it.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::output::print;

pub fn completions(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut cmd = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "gbsw", &mut bytes);
    print(&String::from_utf8_lossy(&bytes))?;
    Ok(ExitCode::SUCCESS)
}

/// gbsw(1), or a subcommand's page, named as gbsw(1) refers to it: gbsw-due(1).
pub fn man(cli: &Cli, args: &ManArgs) -> anyhow::Result<ExitCode> {
    let mut cmd = Cli::command();
    cmd.build();
    let page = match &args.subcommand {
        None => cmd,
        Some(name) => {
            let Some(sub) = cmd.find_subcommand(name) else {
                let names: Vec<&str> = cmd.get_subcommands().map(clap::Command::get_name).collect();
                let lang = cli.lang_flag().unwrap_or_default();
                eprintln!(
                    "gbsw: {}",
                    lang.pick(
                        format!("没有子命令 `{name}`；可选：{}", names.join("、")),
                        format!(
                            "there is no subcommand `{name}`; one of: {}",
                            names.join(", ")
                        ),
                    )
                );
                return Ok(ExitCode::from(2));
            };
            // clap takes a static name; this process prints one page and ends.
            let full: &'static str = Box::leak(format!("gbsw-{}", sub.get_name()).into_boxed_str());
            sub.clone().name(full).version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut bytes = Vec::new();
    clap_mangen::Man::new(page).render(&mut bytes)?;
    print(&String::from_utf8_lossy(&bytes))?;
    Ok(ExitCode::SUCCESS)
}
