//! `gbsw check`, `gbsw codes` and `gbsw schema`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use gbsw::diag::{Code, Severity};
use gbsw::lang::Lang;
use gbsw::ledger::Ledger;
use gbsw::load::{self, Loaded};
use gbsw::render::diagnostics::{self, View};

use crate::cli::{CheckArgs, CheckFormat, Cli, SchemaArgs};
use crate::output::print;

/// The ledger the command line names, loaded; or the message saying why there is none.
pub fn open(cli: &Cli, path: Option<&Path>) -> Result<(Loaded, String), String> {
    let start = path
        .map(Path::to_path_buf)
        .or_else(|| cli.ledger.clone().filter(|p| !p.as_os_str().is_empty()))
        .unwrap_or_else(|| PathBuf::from("."));
    let root = load::resolve_root(&start).map_err(|e| e.text(cli.lang.unwrap_or_default()))?;
    let prefix = display_prefix(&root);
    Ok((load::load(&root), prefix))
}

/// The language: the flag, else the manifest's, else Chinese.
pub fn lang(cli: &Cli, ledger: Option<&Ledger>) -> Lang {
    cli.lang
        .or_else(|| ledger?.manifest.as_ref()?.lang.as_ref().map(|l| l.value))
        .unwrap_or_default()
}

/// How to show the root in paths: relative to the current folder when it is inside it.
fn display_prefix(root: &Path) -> String {
    let cwd = std::env::current_dir()
        .and_then(|c| c.canonicalize())
        .unwrap_or_default();
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    if root == cwd {
        return String::new();
    }
    let shown = match root.strip_prefix(&cwd) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => match cwd.strip_prefix(&root) {
            Ok(below) => below.components().map(|_| "..").collect::<PathBuf>(),
            Err(_) => root,
        },
    };
    format!("{}/", shown.to_string_lossy().replace('\\', "/"))
}

pub fn run(cli: &Cli, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let (loaded, prefix) = match open(cli, args.path.as_deref()) {
        Ok(x) => x,
        Err(message) => {
            eprintln!("gbsw: {message}");
            return Ok(ExitCode::from(2));
        }
    };
    let lang = lang(cli, Some(&loaded.ledger));
    let timezone = loaded
        .ledger
        .manifest
        .as_ref()
        .and_then(|m| m.timezone.as_ref().map(|t| t.value.clone()));
    let as_of = args
        .as_of
        .unwrap_or_else(|| gbsw::clock::today(timezone.as_deref()));
    let diags = gbsw::check::check(&loaded, as_of);
    let view = View {
        files: &loaded.ledger.files,
        prefix: &prefix,
        lang,
    };
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    let text = match args.format {
        CheckFormat::Human => {
            let mut text = diagnostics::human(&view, &diags);
            text.push_str(&summary(&loaded.ledger, errors, warnings, lang));
            text
        }
        CheckFormat::Json => diagnostics::json_lines(&view, &diags),
        CheckFormat::Github => diagnostics::github(&view, &diags),
        CheckFormat::Sarif => diagnostics::sarif(&view, &diags),
    };
    print(&text)?;
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `1 file`, `2 files`: a count with an English noun.
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("{n} {noun}") } else { format!("{n} {noun}s") }
}

fn summary(ledger: &Ledger, errors: usize, warnings: usize, lang: Lang) -> String {
    let (files, records) = (ledger.files.len(), ledger.record_count());
    let checked = format!("checked {}, {}", count(files, "file"), count(records, "record"));
    if errors == 0 && warnings == 0 {
        lang.pick(
            format!("已检查 {files} 个文件、{records} 条记录：没有发现问题。\n"),
            format!("{checked}: no problems found.\n"),
        )
    } else {
        lang.pick(
            format!(
                "已检查 {files} 个文件、{records} 条记录：{errors} 个错误，{warnings} 个警告。\n"
            ),
            format!(
                "{checked}: {}, {}.\n",
                count(errors, "error"),
                count(warnings, "warning")
            ),
        )
    }
}

pub fn codes(cli: &Cli) -> anyhow::Result<ExitCode> {
    let lang = cli.lang.unwrap_or_default();
    let mut table = comfy_table::Table::new();
    table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![
        lang.pick("代码", "code"),
        lang.pick("默认级别", "default"),
        lang.pick("说明", "meaning"),
    ]);
    for c in Code::ALL {
        let level = match c.default_severity() {
            Severity::Error => lang.pick("错误", "error"),
            Severity::Warning => lang.pick("警告", "warning"),
        };
        table.add_row(vec![c.name(), level, c.summary(lang)]);
    }
    print(&format!("{table}\n"))?;
    Ok(ExitCode::SUCCESS)
}

pub fn schema(args: &SchemaArgs) -> anyhow::Result<ExitCode> {
    let schemas = gbsw::schema::all();
    match &args.out {
        None => {
            for (name, text) in &schemas {
                print(&format!("// {name}\n{text}"))?;
            }
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, text) in &schemas {
                let path = dir.join(name);
                std::fs::write(&path, text)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
