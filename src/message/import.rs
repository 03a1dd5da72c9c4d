//! What `gbsw import` says, and the words it reads in a workbook: the usual names of columns
//! that are not a field's own label, and the marks of a Chinese date.

use crate::kind::Kind;
use crate::lang::Lang;

/// Column headers clerks write for a field, by the field's key, besides its own label (`zh`),
/// its key and its English label: `检查日期`, `日期` and `时间` all head a check's `date`.
/// A header matching a field's own label wins over a synonym of another field.
pub(crate) const SYNONYMS: &[(&str, &[&str])] = &[
    ("id", &["记录编号", "编码"]),
    (
        "date",
        &[
            "日期",
            "时间",
            "检查时间",
            "检查日期",
            "培训日期",
            "复审日期",
            "评价日期",
            "记录日期",
        ],
    ),
    (
        "unit",
        &[
            "被检查处室",
            "被检查单位",
            "被检查部门",
            "被检查处室(单位)",
            "单位",
            "部门",
            "处室",
        ],
    ),
    ("contact", &["负责人", "岗位人员", "负责人姓名", "当班人员"]),
    ("inspectors", &["检查人员", "检查者"]),
    ("type", &["检查类型", "方式", "类型", "形式"]),
    ("standards", &["标准", "标准编号", "相关标准"]),
    ("content", &["内容"]),
    ("record", &["检查情况", "情况记录", "记录"]),
    ("conclusion", &["检查结论"]),
    ("found", &["发现时间"]),
    ("description", &["问题描述", "不符合事实"]),
    ("title", &["名称"]),
    ("note", &["备注", "说明"]),
    ("attendees", &["人数", "参训人数"]),
    ("submitted", &["报送时间"]),
];

/// The marks of a date written in Chinese (`2026年3月10日`), each standing for a separator.
pub(crate) const DATE_MARKS: [char; 3] = ['年', '月', '日'];

/// Words read as yes and no in a cell, besides `true`/`false` and the export's `是`/`否`.
pub(crate) const YES_WORDS: [&str; 6] = ["是", "yes", "y", "√", "✓", "有"];
pub(crate) const NO_WORDS: [&str; 6] = ["否", "no", "n", "×", "✗", "无"];

/// What an import wrote, or would write with `--dry-run`: one line a file.
#[must_use]
pub fn written_line(path: &str, kind: Kind, ids: &[String], dry_run: bool, lang: Lang) -> String {
    let ids = ids.join(", ");
    match (dry_run, lang) {
        (false, Lang::Zh) => format!("已写入 {path}（{} {ids}）", kind.zh()),
        (true, Lang::Zh) => format!("将写入 {path}（{} {ids}）", kind.zh()),
        (false, Lang::En) => format!("wrote {path} ({} {ids})", kind.key()),
        (true, Lang::En) => format!("would write {path} ({} {ids})", kind.key()),
    }
}

/// The summary line of an import: records written (or to be written), already in the ledger,
/// and rows left out for their errors.
#[must_use]
pub fn summary(
    source: &str,
    written: usize,
    files: usize,
    already: usize,
    invalid: usize,
    dry_run: bool,
    lang: Lang,
) -> String {
    let head = match (dry_run, lang) {
        (false, Lang::Zh) => format!("从 {source} 导入 {written} 条记录，写入 {files} 个文件"),
        (true, Lang::Zh) => format!(
            "试导入 {source}：将导入 {written} 条记录，写入 {files} 个文件（未写入任何文件）"
        ),
        (false, Lang::En) => format!("imported {written} records from {source} into {files} files"),
        (true, Lang::En) => format!(
            "dry run of {source}: {written} records would be imported into {files} files (nothing written)"
        ),
    };
    let mut parts = vec![head];
    if already > 0 {
        parts.push(lang.pick(
            format!("{already} 条已在台账中，未重复写入"),
            format!("{already} already in the ledger, not written again"),
        ));
    }
    if invalid > 0 {
        parts.push(lang.pick(
            format!("{invalid} 行有错误，未导入"),
            format!("{invalid} rows with errors left out"),
        ));
    }
    let sep = lang.pick("；", "; ");
    format!("{}{}", parts.join(sep), lang.pick("。", "."))
}

/// Why nothing was written: rows with errors, and no `--skip-invalid`.
#[must_use]
pub fn nothing_written(invalid: usize, lang: Lang) -> String {
    if invalid == 0 {
        return lang.pick(
            "工作簿有错误，未写入任何文件。改正后重新导入。".to_owned(),
            "the workbook has errors: nothing was written. Correct them and import again."
                .to_owned(),
        );
    }
    lang.pick(
        format!("{invalid} 行有错误，未写入任何文件。改正后重新导入，或加 --skip-invalid 只导入无误的行。"),
        format!(
            "{invalid} rows have errors: nothing was written. Correct them and import again, or add --skip-invalid to import the valid rows only."
        ),
    )
}

/// The rows left out with `--skip-invalid`, by their place.
#[must_use]
pub fn left_out_rows(places: &[String], lang: Lang) -> String {
    lang.pick(
        format!("未导入的行：{}", places.join("、")),
        format!("rows left out: {}", places.join(", ")),
    )
}

/// Every row of the workbook is already in the ledger.
#[must_use]
pub fn all_there(source: &str, count: usize, lang: Lang) -> String {
    lang.pick(
        format!("{source} 的 {count} 条记录都已在台账中：没有写入任何文件。"),
        format!("all {count} records of {source} are already in the ledger: nothing written."),
    )
}

/// The comment at the top of a daily check log written by an import.
#[must_use]
pub fn log_heading(lang: Lang) -> String {
    lang.pick(
        "每日检查记录（检查记录表，一日一条），由 gbsw import 导入".to_owned(),
        "daily check log (one check a day), written by gbsw import".to_owned(),
    )
}

/// Items named in a sentence: `检查日期、检查人` in Chinese, `date, inspectors` in English.
#[must_use]
pub(crate) fn enumerate(items: &[&str], lang: Lang) -> String {
    items.join(lang.pick("、", ", "))
}
