//! `gbsw form`: the paper form of a record, filled in, or a blank one.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use gbsw::author::output::Guard;
use gbsw::error::Error;
use gbsw::kind::Kind;
use gbsw::lang::Lang;
use gbsw::render;
use gbsw::report::forms::{self, Form};

use crate::cli::Cli;
use crate::ledger_arg::{lang, open};
use crate::output::Exit;
use crate::output::{choose_format, failure, print, write_file, write_text_file};

#[derive(Debug, Args)]
pub struct FormArgs {
    /// 记录编号；与 --blank 一起时为表的种类 / the record's id; with --blank, the kind of form: plan, check, rectification, evaluation, improvement
    #[arg(value_name = "ID")]
    pub id: String,
    /// 台账文件夹 / the ledger folder (overrides --ledger)
    pub path: Option<PathBuf>,
    /// 打印空白表 / print the empty form of the kind given instead of an id
    #[arg(long)]
    pub blank: bool,
    /// 空白计划表的标准类别 / the category of a blank plan form: general, management, service (default), support
    #[arg(long, value_name = "CATEGORY", requires = "blank")]
    pub category: Option<String>,
    /// 输出格式（默认按 -o 文件的扩展名，否则 md）/ output format (default: the -o file's extension, else md)
    #[arg(long, value_enum)]
    pub format: Option<FormFormat>,
    /// 写入文件 / write to this file (atomically) instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// 覆盖已有的输出文件（台账自己的文件除外）/ replace an output file that exists (never a file of the ledger)
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormFormat {
    /// Markdown tables
    Md,
    /// one self-contained HTML page for A4 paper, to print and sign
    Html,
    /// a Word document on A4, to edit, print and sign; needs -o
    Docx,
}

pub fn run(cli: &Cli, args: &FormArgs) -> anyhow::Result<Exit> {
    let (form, lang, guard) = if args.blank {
        blank(cli, args)
    } else {
        filled(cli, args)
    }?;
    let format = choose_format(args.format, args.output.as_deref(), FormFormat::Md, lang)?;
    let text = match format {
        FormFormat::Md => render::forms::markdown(&form, lang),
        FormFormat::Html => render::forms::html(&form, lang),
        FormFormat::Docx => {
            // A Word document is never written to a terminal.
            let Some(path) = &args.output else {
                return Err(failure(Error::DocxNeedsOutput, lang));
            };
            let bytes = render::forms::docx(&form, lang)?;
            write_file(path, &bytes, args.force, &guard, lang)?;
            return Ok(Exit::Ok);
        }
    };
    match &args.output {
        None => print(&text)?,
        Some(path) => write_text_file(path, &text, args.force, &guard, lang)?,
    }
    Ok(Exit::Ok)
}

fn filled(cli: &Cli, args: &FormArgs) -> anyhow::Result<(Form, Lang, Guard)> {
    let (loaded, _) = open(cli, args.path.as_deref())?;
    let lang = lang(cli, Some(&loaded.ledger));
    let form = forms::for_record(&loaded.ledger, &args.id).map_err(|e| failure(e, lang))?;
    Ok((form, lang, Guard::of(&loaded.ledger)))
}

/// A blank form needs no ledger; the nearest one, when there is one, gives the organisation
/// and its own categories. A ledger named on the command line must exist.
fn blank(cli: &Cli, args: &FormArgs) -> anyhow::Result<(Form, Lang, Guard)> {
    let named = args.path.is_some()
        || cli
            .ledger
            .as_ref()
            .is_some_and(|p| !p.as_os_str().is_empty());
    let loaded = match open(cli, args.path.as_deref()) {
        Ok((loaded, _)) => Some(loaded),
        Err(message) if named => return Err(message),
        Err(_) => None,
    };
    let ledger = loaded.as_ref().map(|l| &l.ledger);
    let lang = lang(cli, ledger);
    let Some(kind) = Kind::from_key(args.id.trim()) else {
        let value = args.id.clone();
        return Err(failure(Error::NotAKind { value }, lang));
    };
    let form =
        forms::blank(ledger, kind, args.category.as_deref()).map_err(|e| failure(e, lang))?;
    Ok((form, lang, ledger.map_or_else(Guard::none, Guard::of)))
}
