//! `gbsw due`: what is due and overdue.

use std::io::IsTerminal;
use std::process::ExitCode;

use gbsw::diag::Severity;
use gbsw::due::DueItem;
use gbsw::render;

use crate::cli::{Cli, DueArgs, DueFormat};
use crate::ledger_arg::{as_of, lang, open};
use crate::output::print;

pub fn run(cli: &Cli, args: &DueArgs) -> anyhow::Result<ExitCode> {
    let (loaded, _) = open(cli, args.path.as_deref()).map_err(anyhow::Error::msg)?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    // A ledger with errors still answers, but says that its answer may be incomplete.
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(gbsw::diag::Diagnostic::count)
        .sum::<usize>();
    if errors > 0 {
        eprintln!(
            "{}",
            lang.pick(
                format!("gbsw: 注意：台账有 {errors} 处无法读取的内容，相关记录未计入；请运行 gbsw check 查看。"),
                format!("gbsw: note: {errors} problems kept records from being read; they are not counted. Run gbsw check."),
            )
        );
    }
    let horizon = args.within.map(|w| w.end(as_of));
    let items: Vec<DueItem> = gbsw::due::due(ledger, as_of)
        .into_iter()
        .filter(|i| !args.overdue || i.is_overdue())
        .filter(|i| horizon.is_none_or(|h| i.due <= h))
        .filter(|i| {
            args.unit.is_empty() || i.unit.as_ref().is_some_and(|u| args.unit.contains(&u.0))
        })
        .filter(|i| args.kind.is_empty() || args.kind.contains(&i.kind))
        .collect();
    // Dates past the built-in holiday data are counted with weekends only: say so.
    let (_, last) = gbsw::calendar::builtin_range();
    if items.iter().any(|i| i.due > last) {
        eprintln!(
            "{}",
            lang.pick(
                format!("gbsw: 注意：内置的国务院节假日安排只到 {last}，之后的日期只按周末计算；请在 gbsw.toml 的 [calendar] 中补充节假日和调休上班日。"),
                format!("gbsw: note: the built-in State Council holiday schedule ends on {last}; later dates count weekends only. Add holidays and make-up working days to [calendar] in gbsw.toml."),
            )
        );
    }
    let organization = ledger
        .manifest
        .as_ref()
        .map_or("", |m| m.organization.value.as_str());
    let text = match args.format {
        DueFormat::Table => render::due::table(&items, as_of, lang, table_width()),
        DueFormat::Csv => render::due::csv(&items, lang)?,
        DueFormat::Json => render::due::json(&items, lang),
        DueFormat::Ics => render::due::ics(&items, as_of, lang, organization),
    };
    print(&text)?;
    let failed = args.fail_on_overdue && items.iter().any(DueItem::is_overdue);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// 80 columns, or the terminal's width when stdout is a wider terminal. Output that goes to a
/// file or a pipe is always 80 wide, so it is the same everywhere.
pub fn table_width() -> usize {
    if !std::io::stdout().is_terminal() {
        return 80;
    }
    comfy_table::Table::new()
        .width()
        .map_or(80, |w| usize::from(w).max(80))
}
