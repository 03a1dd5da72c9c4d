//! Export limits: a text longer than an Excel cell holds (32,767 characters) must not cost
//! the whole workbook. The cell is cut short with a marker giving the text's length, a
//! warning names the record and field, and everything else is written.

use calamine::{Data, Reader, Xlsx, open_workbook};

use super::{Scratch, stderr, stdout};

/// The cell of `field` (by its header) in the row of record `id`, as text.
fn cell(book: &str, sheet: &str, header: &str, id: &str) -> String {
    let mut book: Xlsx<_> = open_workbook(book).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let col = rows[0]
        .iter()
        .position(|h| *h == Data::String(header.to_owned()))
        .unwrap_or_else(|| panic!("no column {header} in {:?}", rows[0]));
    let row = rows
        .iter()
        .find(|r| r[0] == Data::String(id.to_owned()))
        .unwrap_or_else(|| panic!("no row {id}"));
    row[col].to_string()
}

#[test]
fn a_text_longer_than_a_cell_is_cut_short_with_a_warning() {
    let s = Scratch::example("xlsx-long-text");
    let long = "长".repeat(40_000);
    s.edit(
        "trainings/TRN-2026-001.toml",
        "topic = \"新服务单位进场岗前培训：《机关安保服务规范》、行政中心消防设施和消防安全标志\"",
        &format!("topic = \"{long}\""),
    );

    let o = s.gbsw(&[
        "export",
        "all",
        "--format",
        "xlsx",
        "-o",
        "x.xlsx",
        "--as-of",
        "2026-06-30",
    ]);
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            String::new(),
            "gbsw: 警告：记录 `TRN-2026-001` 的 `topic` 有 40000 字，超过 Excel 单元格的上限（32767），在工作簿中已截断；全文见记录文件，或用 --format csv 导出\n".to_owned(),
            Some(0)
        )
    );
    let marker = "…[已截断，原文 40000 字]";
    let text = cell(
        s.path("x.xlsx").to_str().unwrap(),
        "宣贯培训",
        "主题",
        "TRN-2026-001",
    );
    assert_eq!(text.chars().count(), 32_767);
    assert_eq!(
        text,
        format!("{}{marker}", "长".repeat(32_767 - marker.chars().count()))
    );
    // The rest is written: another training's topic, whole.
    assert_eq!(
        cell(
            s.path("x.xlsx").to_str().unwrap(),
            "宣贯培训",
            "主题",
            "TRN-2026-003"
        ),
        topic(&s, "trainings/TRN-2026-003.toml")
    );

    let o = s.gbsw(&[
        "export",
        "all",
        "--format",
        "xlsx",
        "-o",
        "en.xlsx",
        "--as-of",
        "2026-06-30",
        "--lang",
        "en",
    ]);
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            String::new(),
            "gbsw: warning: `topic` of the record `TRN-2026-001` has 40000 characters, more than an Excel cell holds (32,767); it is cut short in the workbook. The whole text is in the record's file, or export it with --format csv\n".to_owned(),
            Some(0)
        )
    );
    let marker = "…[truncated, 40000 characters]";
    let text = cell(
        s.path("en.xlsx").to_str().unwrap(),
        "trainings",
        "topic",
        "TRN-2026-001",
    );
    assert_eq!(
        text,
        format!("{}{marker}", "长".repeat(32_767 - marker.chars().count()))
    );
}

/// The `topic = "…"` of a training file.
fn topic(s: &Scratch, rel: &str) -> String {
    s.read(rel)
        .lines()
        .find_map(|l| l.strip_prefix("topic = \""))
        .and_then(|t| t.strip_suffix('"'))
        .unwrap()
        .to_owned()
}
