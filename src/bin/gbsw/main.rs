//! The `gbsw` command: parses the command line, wires the library together, prints.

/// Every line the binary writes to stderr goes through [`output::eprint_line`], which shows
/// the control characters of ledger text escaped. Defined before the modules, this macro
/// takes the place of std's `eprintln!` in all of them, so no message can forget it.
macro_rules! eprintln {
    ($($arg:tt)*) => {
        $crate::output::eprint_line(&format!($($arg)*))
    };
}

mod assess_cmd;
mod check_cmd;
mod cli;
mod completions_cmd;
mod due_cmd;
mod export_cmd;
mod form_cmd;
mod history_cmd;
mod import_cmd;
mod init_cmd;
mod ledger_arg;
mod list_cmd;
mod new_cmd;
mod output;
mod records_arg;
mod records_cli;
mod report_cmd;
mod show_cmd;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};
use output::Exit;

/// mimalloc rather than the system's malloc: loading allocates a string or a vector for most
/// values of a ledger, from two threads, and glibc's malloc and free were a sixth of `gbsw
/// check`'s time (docs/performance.md has the numbers).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with success; usage errors exit 2.
            let _ = e.print();
            return if e.use_stderr() {
                Exit::Failure
            } else {
                Exit::Ok
            }
            .into();
        }
    };
    let result = match &cli.command {
        Command::Check(args) => check_cmd::run(&cli, args),
        Command::Due(args) => due_cmd::run(&cli, args),
        Command::Init(args) => init_cmd::run(&cli, args),
        Command::New(args) => new_cmd::run(&cli, args),
        Command::Import(args) => import_cmd::run(&cli, args),
        Command::Status(args) => report_cmd::status(&cli, args),
        Command::Report(cli::ReportCommand::Semiannual(args)) => report_cmd::semiannual(&cli, args),
        Command::Report(cli::ReportCommand::Checks(args)) => report_cmd::checks(&cli, args),
        Command::Report(cli::ReportCommand::Staff(args)) => assess_cmd::staff(&cli, args),
        Command::Report(cli::ReportCommand::Providers(args)) => assess_cmd::providers(&cli, args),
        Command::Form(args) => form_cmd::run(&cli, args),
        Command::History(args) => history_cmd::run(&cli, args),
        Command::List(args) => list_cmd::run(&cli, args),
        Command::Show(args) => show_cmd::run(&cli, args),
        Command::Export(args) => export_cmd::run(&cli, args),
        Command::Codes => check_cmd::codes(&cli),
        Command::Schema(args) => check_cmd::schema(&cli, args),
        Command::Completions(args) => completions_cmd::completions(args),
        Command::Man(args) => completions_cmd::man(&cli, args),
    };
    match result {
        Ok(exit) => exit.into(),
        Err(e) => output::fail(&e).into(),
    }
}
