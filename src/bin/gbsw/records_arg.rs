//! What `gbsw list` and `gbsw export` make of their arguments: the filters, checked against
//! the ledger so that a misspelt unit, standard, status or category is an error with a
//! suggestion rather than an empty list.

use gbsw::decode::did_you_mean;
use gbsw::diag::Severity;
use gbsw::kind::Kind;
use gbsw::lang::Lang;
use gbsw::ledger::Ledger;
use gbsw::load::Loaded;
use gbsw::model::category;
use gbsw::model::vocab::{RectificationStatus, StandardStatus, Vocab};
use gbsw::query::filter::{Filter, Status};

use crate::records_cli::ListArgs;

/// A ledger with errors still answers, but says that its answer may be incomplete.
pub fn note_unreadable(loaded: &Loaded, lang: Lang) {
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
                format!("gbsw: 注意：台账有 {errors} 处无法读取的内容，相关记录未列入；请运行 gbsw check 查看。"),
                format!("gbsw: note: {errors} problems kept records from being read; they are not listed. Run gbsw check."),
            )
        );
    }
}

fn near(hint: Option<&str>, lang: Lang) -> String {
    hint.map_or_else(String::new, |n| {
        lang.pick(
            format!("；是不是想写 `{n}`？"),
            format!("; did you mean `{n}`?"),
        )
    })
}

/// The filters of `gbsw list`, resolved: a unit by id or name, a category by id or name.
///
/// # Errors
/// The message to print when a filter names nothing in the ledger or does not apply to the
/// kind.
pub fn filter(ledger: &Ledger, args: &ListArgs, lang: Lang) -> Result<Filter, String> {
    let kind = args.kind;
    let unit = args
        .unit
        .as_deref()
        .map(|u| unit(ledger, u, lang))
        .transpose()?;
    let standard = match args.standard.as_deref() {
        Some(s) if ledger.standard(s).is_none() => {
            let ids = ledger.standards.iter().map(|x| x.id.value.as_str());
            let hint = near(did_you_mean(s, ids), lang);
            return Err(lang.pick(
                format!("台账中没有编号为 `{s}` 的标准{hint}"),
                format!("there is no standard `{s}` in the ledger{hint}"),
            ));
        }
        s => s.map(str::to_owned),
    };
    let category = match args.category.as_deref() {
        None => None,
        Some(c) => match category::find(&ledger.categories, c) {
            Some(found) => Some(found.id.clone()),
            None => {
                let all: Vec<String> = ledger
                    .categories
                    .iter()
                    .map(|x| format!("{}（{}）", x.id, x.name))
                    .collect();
                return Err(lang.pick(
                    format!("没有类别 `{c}`；可用的类别：{}", all.join("、")),
                    format!(
                        "there is no category `{c}`; the categories are {}",
                        all.join(", ")
                    ),
                ));
            }
        },
    };
    let status = args
        .status
        .as_deref()
        .map(|s| status(kind, s, lang))
        .transpose()?;
    let filter = Filter {
        unit,
        standard,
        status,
        period: args.period,
        category,
    };
    if let Some(flag) = filter.not_applicable(kind) {
        let flag = flag.flag();
        return Err(lang.pick(
            format!("{flag} 不适用于{}记录", kind.zh()),
            format!("{flag} does not apply to {}", kind.folder()),
        ));
    }
    Ok(filter)
}

/// A unit named by its id or its full name in gbsw.toml.
fn unit(ledger: &Ledger, u: &str, lang: Lang) -> Result<String, String> {
    let Some(m) = &ledger.manifest else {
        return Ok(u.to_owned());
    };
    if let Some(found) = m
        .units
        .iter()
        .find(|x| x.id.value.as_str() == u || x.name.value == u)
    {
        return Ok(found.id.value.0.clone());
    }
    let hint = did_you_mean(u, m.units.iter().map(|x| x.id.value.as_str()));
    Err(lang.pick(
        format!("gbsw.toml 中没有单位 `{u}`{}", near(hint, lang)),
        format!("there is no unit `{u}` in gbsw.toml{}", near(hint, lang)),
    ))
}

/// `--status`: a standard's status, or a nonconformity's derived status.
fn status(kind: Kind, s: &str, lang: Lang) -> Result<Status, String> {
    let unknown = |listing: String| {
        lang.pick(
            format!("`{s}` 不是{}的状态；可用的状态：{listing}", kind.zh()),
            format!(
                "`{s}` is not a status of {}; the statuses are {listing}",
                kind.folder()
            ),
        )
    };
    match kind {
        Kind::Standard => StandardStatus::parse(s)
            .map(Status::Standard)
            .ok_or_else(|| unknown(StandardStatus::listing())),
        Kind::Rectification => RectificationStatus::parse(s)
            .map(Status::Rectification)
            .ok_or_else(|| unknown(RectificationStatus::listing())),
        _ => Err(lang.pick(
            "--status 只适用于标准（standards）和不符合项（rectifications）".to_owned(),
            "--status applies to standards and rectifications only".to_owned(),
        )),
    }
}
