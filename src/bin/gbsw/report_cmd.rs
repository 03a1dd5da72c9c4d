//! `gbsw report semiannual`, `gbsw report checks` and `gbsw status`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use gbsw::diag::Severity;
use gbsw::lang::Lang;
use gbsw::load::Loaded;
use gbsw::model::{Id, Period};
use gbsw::render;
use gbsw::report::scope::Scope;

use crate::cli::{Cli, ReportArgs, ReportFormat, StatusArgs, StatusFormat};
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;

/// The files whose records could not all be read: a report says so at the top.
fn incomplete(loaded: &Loaded) -> Vec<String> {
    let files: BTreeSet<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter_map(|d| d.file.map(|f| loaded.ledger.files.display(f).to_owned()))
        .collect();
    files.into_iter().collect()
}

enum Which {
    Semiannual,
    Checks,
}

pub fn semiannual(cli: &Cli, args: &ReportArgs) -> anyhow::Result<ExitCode> {
    run(cli, args, &Which::Semiannual)
}

pub fn checks(cli: &Cli, args: &ReportArgs) -> anyhow::Result<ExitCode> {
    run(cli, args, &Which::Checks)
}

fn run(cli: &Cli, args: &ReportArgs, which: &Which) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let incomplete = incomplete(&loaded);
    if args.strict && !incomplete.is_empty() {
        eprintln!(
            "{}",
            lang.pick(
                format!("gbsw: 台账中有 {} 个文件未能完整读取（{}），按 --strict 不生成报告；请先运行 gbsw check。", incomplete.len(), incomplete.join("、")),
                format!("gbsw: {} files could not be read completely ({}); with --strict no report is made. Run gbsw check first.", incomplete.len(), incomplete.join(", ")),
            )
        );
        return Ok(ExitCode::from(1));
    }
    let unit = args.unit.as_ref().map(|u| Id(u.clone()));
    if let Some(u) = &unit
        && ledger
            .manifest
            .as_ref()
            .is_some_and(|m| m.unit(u.as_str()).is_none())
    {
        eprintln!(
            "{}",
            lang.pick(
                format!("gbsw: gbsw.toml 中没有单位 `{u}`"),
                format!("gbsw: there is no unit `{u}` in gbsw.toml")
            )
        );
        return Ok(ExitCode::from(2));
    }
    let scope = Scope {
        period: args.period.unwrap_or_else(|| Period::half_of(as_of)),
        unit,
        category: None,
        as_of,
    };
    let text = match which {
        Which::Semiannual => {
            let report = gbsw::report::semiannual::build(ledger, &scope, incomplete);
            match args.format {
                ReportFormat::Md => render::report_md::render(&report, lang),
                ReportFormat::Html => render::report_html::semiannual(&report, lang),
                ReportFormat::Json => render::report_data::semiannual_json(&report, lang),
                ReportFormat::Csv => render::report_data::indicators_csv(&report.indicators, lang)?,
            }
        }
        Which::Checks => {
            let circular = gbsw::report::checks::build(ledger, &scope, incomplete);
            match args.format {
                ReportFormat::Md => render::report_checks::markdown(&circular, lang),
                ReportFormat::Html => render::report_checks::html(&circular, lang),
                ReportFormat::Json => render::report_checks::json(&circular, lang),
                ReportFormat::Csv => render::report_checks::csv(&circular, lang)?,
            }
        }
    };
    match &args.output {
        None => print(&text)?,
        Some(path) => write_atomically(path, &text, lang)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Write a report file atomically (see `gbsw::author::write::replace`).
pub fn write_atomically(path: &Path, text: &str, lang: Lang) -> anyhow::Result<()> {
    gbsw::author::write::replace(path, text).with_context(|| {
        lang.pick(
            format!("无法写入 {}", path.display()),
            format!("cannot write {}", path.display()),
        )
    })
}

pub fn status(cli: &Cli, args: &StatusArgs) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    let scope = Scope {
        period: args.period.unwrap_or_else(|| Period::half_of(as_of)),
        unit: None,
        category: None,
        as_of,
    };
    let status = gbsw::report::status::build(ledger, &scope, incomplete(&loaded));
    let text = match args.format {
        StatusFormat::Table => render::status::table_text(&status, lang),
        StatusFormat::Json => render::status::json(&status, lang),
    };
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}
