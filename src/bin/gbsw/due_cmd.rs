//! `gbsw due`: what is due and overdue.

use gbsw::due::DueItem;
use gbsw::message::due;
use gbsw::model::vocab::DueKind;
use gbsw::render;

use crate::cli::{Cli, DueArgs, DueFormat};
use crate::ledger_arg::{as_of, lang, leave, open};
use crate::output::Exit;
use crate::output::{failure, palette, print_painted, table_width};
use crate::records_arg::{note_left_out, resolve_unit};

pub fn run(cli: &Cli, args: &DueArgs) -> anyhow::Result<Exit> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let ledger = &loaded.ledger;
    let lang = lang(cli, Some(ledger));
    let as_of = as_of(cli, args.as_of, ledger)?;
    // A ledger with errors still answers, but says that its answer may be incomplete.
    note_left_out(&loaded, lang, false);
    let units = args
        .unit
        .iter()
        .map(|u| resolve_unit(ledger, u))
        .collect::<Result<Vec<String>, _>>()
        .map_err(|e| failure(e, lang))?;
    // The look-back is a bound on the work, not a verdict: say where it cut.
    if let Some(from) = gbsw::due::lookback_from(ledger, as_of)
        && (args.kind.is_empty()
            || args
                .kind
                .iter()
                .any(|k| matches!(k, DueKind::CheckDuty | DueKind::Submission)))
    {
        eprintln!("gbsw: {}", due::lookback_note(&from, lang));
    }
    let horizon = args.within.map(|w| w.end(as_of));
    let items: Vec<DueItem> = gbsw::due::due(ledger, as_of)
        .into_iter()
        .filter(|i| !args.overdue || i.is_overdue())
        .filter(|i| horizon.is_none_or(|h| i.due <= h))
        .filter(|i| units.is_empty() || i.unit.as_ref().is_some_and(|u| units.contains(&u.0)))
        .filter(|i| args.kind.is_empty() || args.kind.contains(&i.kind))
        .collect();
    // Dates past the built-in holiday data are counted with weekends only: say so.
    let (_, last) = gbsw::calendar::builtin_range();
    if items.iter().any(|i| i.due > last) {
        eprintln!("gbsw: {}", due::holidays_note(&last, lang));
    }
    let organization = ledger
        .manifest
        .as_ref()
        .map_or("", |m| m.organization.value.as_str());
    let text = match args.format {
        DueFormat::Table => render::due::table(&items, as_of, lang, table_width(cli), palette(cli)),
        DueFormat::Csv => render::csv_text::with_bom(render::due::csv(&items, lang)?, args.bom),
        DueFormat::Json => render::due::json(&items, lang),
        DueFormat::Ics => render::due::ics(&items, as_of, lang, organization, args.reminder),
    };
    print_painted(&text, palette(cli))?;
    let failed = args.fail_on_overdue && items.iter().any(DueItem::is_overdue);
    leave((loaded, items));
    Ok(if failed { Exit::Findings } else { Exit::Ok })
}
