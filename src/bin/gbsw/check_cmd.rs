//! `gbsw check`, `gbsw codes` and `gbsw schema`.

use gbsw::author::output::Guard;
use gbsw::diag::Severity;
use gbsw::lang::Lang;
use gbsw::ledger::Ledger;
use gbsw::message::captions;
use gbsw::render::diagnostics::{self, View};

use crate::cli::{CheckArgs, CheckFormat, Cli, SchemaArgs};
use crate::ledger_arg::{as_of, lang, leave, open};
use crate::output::Exit;
use crate::output::{palette, print, print_painted, write_folder};

pub fn run(cli: &Cli, args: &CheckArgs) -> anyhow::Result<Exit> {
    let (loaded, prefix) = open(cli, args.path.as_deref())?;
    let lang = lang(cli, Some(&loaded.ledger));
    let as_of = as_of(cli, args.as_of, &loaded.ledger)?;
    let diags = gbsw::check::check(&loaded, as_of);
    let view = View {
        files: &loaded.ledger.files,
        prefix: &prefix,
        lang,
    };
    let count = |severity| {
        diags
            .iter()
            .filter(|d| d.severity == severity)
            .map(gbsw::diag::Diagnostic::count)
            .sum::<usize>()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let text = match args.format {
        CheckFormat::Human => {
            let mut text = diagnostics::human_styled(&view, &diags, palette(cli));
            text.push_str(&summary(&loaded.ledger, errors, warnings, lang));
            text
        }
        CheckFormat::Json => diagnostics::json_lines(&view, &diags),
        CheckFormat::Github => diagnostics::github(&view, &diags),
        CheckFormat::Sarif => diagnostics::sarif(&view, &diags),
    };
    if args.format == CheckFormat::Human {
        print_painted(&text, palette(cli))?;
    } else {
        print(&text)?;
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    leave((loaded, diags));
    Ok(if failed { Exit::Findings } else { Exit::Ok })
}

fn summary(ledger: &Ledger, errors: usize, warnings: usize, lang: Lang) -> String {
    let (files, records) = (ledger.files.len(), ledger.record_count());
    captions::check_summary(files, records, errors, warnings, lang)
}

pub fn codes(cli: &Cli) -> anyhow::Result<Exit> {
    let lang = cli.lang_flag().unwrap_or_default();
    print(&gbsw::render::codes::table(lang))?;
    Ok(Exit::Ok)
}

/// The schemas; inside a ledger (or with `--ledger`), that ledger's, whose unit, standard,
/// schedule and check fields offer its ids (`gbsw::schema::for_ledger`).
pub fn schema(cli: &Cli, args: &SchemaArgs) -> anyhow::Result<Exit> {
    let named = cli
        .ledger
        .as_ref()
        .is_some_and(|p| !p.as_os_str().is_empty());
    let loaded = match open(cli, None) {
        Ok((loaded, _)) => Some(loaded),
        Err(message) if named => return Err(anyhow::Error::msg(message)),
        Err(_) => None,
    };
    let ledger = loaded.as_ref().map(|l| &l.ledger);
    let lang = lang(cli, ledger);
    let schemas = ledger.map_or_else(gbsw::schema::all, gbsw::schema::for_ledger);
    match &args.out {
        None => {
            for (name, text) in &schemas {
                print(&format!("// {name}\n{text}"))?;
            }
        }
        Some(dir) => {
            let files: Vec<(String, Vec<u8>)> = schemas
                .into_iter()
                .map(|(name, text)| (name, text.into_bytes()))
                .collect();
            let guard = ledger.map_or_else(Guard::none, Guard::of);
            write_folder(dir, &files, args.force, &guard, lang)?;
        }
    }
    Ok(Exit::Ok)
}
