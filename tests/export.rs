//! `gbsw export`: the workbook read back with calamine, and files that must survive a failed
//! or refused export.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::Scratch;
use calamine::{Data, DataType, Reader, Xlsx, open_workbook};
use chrono::NaiveDate;
use gbsw::kind::Kind;
use gbsw::query::fields::{self, Cx};
use gbsw::query::filter::Filter;
use gbsw::query::list;

const LEDGER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ledger-example");

/// `gbsw export ARGS --ledger ledger-example --as-of 2026-06-20`: exit code and stderr.
fn export(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .arg("export")
        .args(args)
        .args(["--ledger", LEDGER, "--as-of", "2026-06-20"])
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_workbook_has_a_chinese_sheet_per_kind_with_headers_dates_and_numbers() {
    let dir = Scratch::new("export", "xlsx");
    let file = dir.path("台账.xlsx");
    assert_eq!(
        export(&["all", "--format", "xlsx", "-o", path_str(&file)]),
        (0, String::new())
    );
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "标准",
            "实施计划",
            "检查记录",
            "不符合项",
            "复审",
            "评价",
            "持续改进",
            "宣贯培训",
            "报送"
        ]
    );

    let nc = book.worksheet_range("不符合项").unwrap();
    let rows: Vec<&[Data]> = nc.rows().collect();
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    assert_eq!(&header[..4], ["编号", "来源检查", "标准", "条款"]);
    assert_eq!(header.last().map(String::as_str), Some("单位名称"));
    assert_eq!(rows.len(), 15, "a header and the 14 nonconformities");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    // rectifications/NC-2026-004.toml: found 2026-04-17, re-check failed on 2026-05-08.
    let row = rows
        .iter()
        .find(|r| r[0] == Data::String("NC-2026-004".into()))
        .unwrap();
    let found = &row[col("发现日期")];
    assert!(found.is_datetime(), "发现日期 is an Excel date: {found:?}");
    assert_eq!(found.as_date(), Some(date(2026, 4, 17)));
    assert_eq!(row[col("整改状态")], Data::String("重新整改".into()));
    assert_eq!(row[col("严重程度")], Data::String("一般".into()));
    assert_eq!(
        row[col("书面报告")],
        Data::Empty,
        "an absent field is an empty cell"
    );

    // evaluations/2026H1/EVAL-2026H1-01.toml: indicators weighted to 85, graded 良好.
    let ev = book.worksheet_range("评价").unwrap();
    let rows: Vec<&[Data]> = ev.rows().collect();
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows
        .iter()
        .find(|r| r[0] == Data::String("EVAL-2026H1-01".into()))
        .unwrap();
    assert_eq!(row[col("得分")], Data::Float(85.0));
    assert_eq!(row[col("等级")], Data::String("良好".into()));
    assert_eq!(row[col("评价期间")], Data::String("2026H1".into()));

    // A list field: the standard's implementers, joined with "; ".
    let st = book.worksheet_range("标准").unwrap();
    let rows: Vec<&[Data]> = st.rows().collect();
    let row = rows
        .iter()
        .find(|r| r[0] == Data::String("STD-FW-001".into()))
        .unwrap();
    assert_eq!(row[8], Data::String("service-center; meeting-co".into()));
    assert_eq!(rows[0][8], Data::String("实施范围".into()));
}

#[test]
fn the_workbook_of_one_kind_in_english_has_one_english_sheet() {
    let dir = Scratch::new("export", "xlsx-en");
    let file = dir.path("checks.xlsx");
    let (code, _) = export(&[
        "checks",
        "--format",
        "xlsx",
        "-o",
        path_str(&file),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    let mut book: Xlsx<_> = open_workbook(&file).unwrap();
    assert_eq!(book.sheet_names(), ["checks"]);
    let range = book.worksheet_range("checks").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(&header[..3], ["id", "date", "unit"]);
    // checks/2026/01/CHK-2026-001.toml: a spot check, partly conforming.
    let row = range
        .rows()
        .find(|r| r[0] == Data::String("CHK-2026-001".into()))
        .unwrap();
    assert_eq!(row[1].as_date(), Some(date(2026, 1, 12)));
    assert_eq!(row[6], Data::String("spot".into()));
    assert_eq!(row[12], Data::String("partial".into()));
}

#[test]
fn export_never_replaces_a_file_without_force() {
    let dir = Scratch::new("export", "no-clobber");
    let file = dir.path("checks.csv");
    fs::write(&file, "mine").unwrap();
    let (code, stderr) = export(&["checks", "-o", path_str(&file)]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("已存在") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
    assert_eq!(dir.names("."), ["checks.csv"], "no temporary file is left");

    let (code, _) = export(&["checks", "-o", path_str(&file), "--force", "--bom"]);
    assert_eq!(code, 0);
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("\u{feff}编号,检查日期,被检查处室（单位）,"),
        "{}",
        text.lines().next().unwrap_or_default()
    );
    assert_eq!(text.lines().count(), 64, "a header and the 63 checks");
    assert_eq!(dir.names("."), ["checks.csv"]);
}

#[test]
fn export_into_a_missing_folder_fails_and_leaves_nothing() {
    let dir = Scratch::new("export", "missing");
    for args in [vec!["checks", "-o"], vec!["all", "--format", "xlsx", "-o"]] {
        let target = dir.path("no-such-folder/out.file");
        let mut args = args.clone();
        args.push(path_str(&target));
        let (code, stderr) = export(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains("无法写入"), "{stderr}");
        assert_eq!(
            dir.names("."),
            Vec::<String>::new(),
            "nothing is made: {args:?}"
        );
    }
}

#[test]
fn a_forced_export_that_fails_keeps_what_was_there() {
    let dir = Scratch::new("export", "forced-failure");
    // The target is a folder holding a file: the rename over it fails.
    fs::create_dir(dir.path("out.xlsx")).unwrap();
    fs::write(dir.path("out.xlsx/keep.txt"), "kept").unwrap();
    let target = dir.path("out.xlsx");
    let (code, stderr) = export(&[
        "all",
        "--format",
        "xlsx",
        "--force",
        "-o",
        path_str(&target),
    ]);
    assert_eq!(
        (code, stderr),
        (
            2,
            format!(
                "gbsw: {} 的类型不对（文件与文件夹不符）；请换一个路径\n",
                target.display()
            )
        )
    );
    assert_eq!(dir.names("."), ["out.xlsx"], "no temporary file is left");
    assert_eq!(
        fs::read_to_string(dir.path("out.xlsx/keep.txt")).unwrap(),
        "kept"
    );
}

#[test]
fn export_all_as_csv_writes_a_file_per_kind_and_refuses_to_overwrite_any() {
    let dir = Scratch::new("export", "all-csv");
    let out = dir.path("csv");
    let (code, stderr) = export(&["all", "-o", path_str(&out), "--bom"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let expected: Vec<String> = Kind::ALL
        .iter()
        .map(|k| format!("{}.csv", k.folder()))
        .collect();
    let mut sorted = expected.clone();
    sorted.sort();
    assert_eq!(dir.names("csv"), sorted);
    for name in &expected {
        let text = fs::read_to_string(out.join(name)).unwrap();
        assert!(
            text.starts_with("\u{feff}编号,"),
            "{name} starts with a BOM and the header"
        );
    }

    // One file edited by hand: a second export writes nothing at all.
    fs::write(out.join("plans.csv"), "edited").unwrap();
    let before = fs::read_to_string(out.join("checks.csv")).unwrap();
    fs::write(out.join("checks.csv"), "old").unwrap();
    let (code, stderr) = export(&["all", "-o", path_str(&out)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("未写入任何文件"), "{stderr}");
    assert_eq!(fs::read_to_string(out.join("plans.csv")).unwrap(), "edited");
    assert_eq!(fs::read_to_string(out.join("checks.csv")).unwrap(), "old");
    assert_eq!(dir.names("csv"), sorted);

    let (code, _) = export(&["all", "-o", path_str(&out), "--force", "--bom"]);
    assert_eq!(code, 0);
    assert_eq!(fs::read_to_string(out.join("checks.csv")).unwrap(), before);
}

#[test]
fn every_row_has_a_value_for_every_column() {
    let loaded = gbsw::load::load(Path::new(LEDGER));
    let as_of = date(2026, 6, 20);
    let cx = Cx::new(&loaded.ledger, as_of);
    for kind in Kind::ALL {
        let recs = list::records(&loaded.ledger, kind, &Filter::default(), as_of);
        assert!(!recs.is_empty(), "the example ledger has {}", kind.folder());
        let sheet = fields::sheet(&cx, kind, &recs);
        let mut keys: Vec<&str> = sheet.columns.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(
            keys.len(),
            sheet.columns.len(),
            "{}: a column key twice",
            kind.key()
        );
        for row in &sheet.rows {
            assert_eq!(
                row.len(),
                sheet.columns.len(),
                "{}: {:?}",
                kind.key(),
                row.first()
            );
        }
    }
}

#[test]
fn an_xlsx_file_name_gives_a_workbook() {
    let dir = Scratch::new("export", "xlsx-by-name");
    let file = dir.path("台账.xlsx");
    let (code, stderr) = export(&["checks", "-o", path_str(&file)]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let bytes = fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "not a workbook (zip)");
}

/// Each sheet prints on A4 landscape, one page wide, its header row on every page, page
/// numbers in the footer; cells are bordered (read from the workbook's XML: calamine does not
/// read the page setup).
#[test]
fn the_workbook_prints_on_a4_landscape_with_the_header_repeated() {
    use std::io::Read as _;
    let dir = Scratch::new("export", "xlsx-print");
    let file = dir.path("ledger.xlsx");
    let (code, stderr) = export(&["checks", "-o", path_str(&file)]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let mut zip = zip::ZipArchive::new(fs::File::open(&file).unwrap()).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        zip.by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let sheet = read("xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"));
    assert!(
        sheet.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"")
    );
    assert!(sheet.contains("<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>"));
    let book = read("xl/workbook.xml");
    assert!(
        book.contains(
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">检查记录!$1:$1</definedName>"
        ),
        "{book}"
    );
    let styles = read("xl/styles.xml");
    assert!(styles.contains("<left style=\"thin\">") && styles.contains("wrapText=\"1\""));
}
