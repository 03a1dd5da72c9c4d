//! `gbsw import`: the export of `ledger-example` comes back field by field (xlsx, CSV with and
//! without a byte-order mark); a workbook "found in the wild" (a title row, merged cells, text
//! dates, full-width digits, units by name, one bad row) imports exactly its good rows and
//! reports the bad one at its sheet and cell; `--dry-run` and a second import write nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rust_xlsxwriter::{Format, Workbook};

use crate::support::Scratch;

const AS_OF: &str = "2026-06-30";

/// An empty ledger with ledger-example's manifest, at `name` in the scratch folder.
fn empty_ledger(t: &Scratch, name: &str) -> PathBuf {
    let root = t.path(name);
    fs::create_dir_all(&root).unwrap();
    fs::copy("ledger-example/gbsw.toml", root.join("gbsw.toml")).unwrap();
    // The evidence files the records list come with them, as a clerk copies them over.
    let evidence = Path::new("ledger-example/evidence/2026");
    fs::create_dir_all(root.join(evidence.strip_prefix("ledger-example").unwrap())).unwrap();
    for f in fs::read_dir(evidence).unwrap() {
        let f = f.unwrap().path();
        let to = root.join(f.strip_prefix("ledger-example").unwrap());
        fs::copy(&f, to).unwrap();
    }
    root
}

fn gbsw(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .current_dir(dir)
        .env_remove("GBSW_LEDGER")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every file below `root`, relative, sorted, with its bytes.
fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walk(root)
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            (rel, fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// `gbsw export all` of a ledger as CSV files, by name.
fn export_csv(t: &Scratch, ledger: &Path, name: &str) -> Vec<(String, Vec<u8>)> {
    let out = t.0.join(name);
    let o = gbsw(
        &t.0,
        &[
            "export",
            "all",
            "-o",
            out.to_str().unwrap(),
            "--ledger",
            ledger.to_str().unwrap(),
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    tree(&out)
}

fn example() -> PathBuf {
    fs::canonicalize("ledger-example").unwrap()
}

/// The kinds in an order where each names only what came before it.
const ORDER: [&str; 9] = [
    "standards",
    "plans",
    "checks",
    "rectifications",
    "reviews",
    "evaluations",
    "improvements",
    "trainings",
    "submissions",
];

#[test]
fn the_xlsx_export_comes_back_field_by_field() {
    let t = Scratch::new("import", "xlsx");
    let book = t.0.join("台账.xlsx");
    let o = gbsw(
        &t.0,
        &[
            "export",
            "all",
            "--format",
            "xlsx",
            "-o",
            book.to_str().unwrap(),
            "--ledger",
            example().to_str().unwrap(),
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let root = empty_ledger(&t, "ledger");
    let o = gbsw(&root, &["import", book.to_str().unwrap(), "--as-of", AS_OF]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(
        stdout(&o).ends_with(&format!(
            "从 {} 导入 167 条记录，写入 139 个文件。\n",
            book.display()
        )),
        "{}",
        stdout(&o)
    );
    // Two daily logs, as the example keeps them: many records in one file.
    assert!(root.join("checks/office-daily-2026-05.toml").is_file());
    assert!(root.join("checks/finance-daily-2026-06.toml").is_file());
    assert_eq!(
        export_csv(&t, &root, "back"),
        export_csv(&t, &example(), "example")
    );
    let check = gbsw(&root, &["check", "--as-of", AS_OF]);
    assert_eq!(
        stdout(&check),
        "已检查 140 个文件、167 条记录：没有发现问题。\n"
    );

    // The same workbook again: nothing new, nothing written.
    let before = tree(&root);
    let o = gbsw(&root, &["import", book.to_str().unwrap(), "--as-of", AS_OF]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(
        stdout(&o),
        format!(
            "{} 的 167 条记录都已在台账中：没有写入任何文件。\n",
            book.display()
        )
    );
    assert_eq!(tree(&root), before);
}

#[test]
fn the_csv_export_comes_back_with_and_without_bom() {
    let t = Scratch::new("import", "csv");
    let expected = export_csv(&t, &example(), "example");
    for bom in [false, true] {
        let folder = t.0.join(if bom { "bom" } else { "plain" });
        fs::create_dir_all(&folder).unwrap();
        for (name, bytes) in &expected {
            let bytes = if bom {
                [b"\xEF\xBB\xBF".as_slice(), bytes].concat()
            } else {
                bytes.clone()
            };
            fs::write(folder.join(name), bytes).unwrap();
        }
        let root = empty_ledger(&t, if bom { "ledger-bom" } else { "ledger-plain" });
        for kind in ORDER {
            let file = folder.join(format!("{kind}.csv"));
            let o = gbsw(&root, &["import", file.to_str().unwrap(), "--as-of", AS_OF]);
            assert_eq!(o.status.code(), Some(0), "{kind} bom={bom}: {o:?}");
        }
        let back = export_csv(&t, &root, if bom { "back-bom" } else { "back-plain" });
        assert_eq!(back, expected, "bom={bom}");
    }
}

/// A 台账 as a clerk keeps it: a merged title over the header, a blank row, dates as text
/// (in full-width digits too) and as a serial number, units by their Chinese names, a unit
/// merged over two rows, a column the import does not know, and one bad row (a misspelt unit).
fn wild_workbook(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("检查记录").unwrap();
    let plain = Format::new();
    sheet
        .merge_range(0, 0, 0, 7, "2026年3月 日常检查记录台账", &plain)
        .unwrap();
    let header = [
        "检查日期",
        "被检查部门",
        "检查人员",
        "检查方式",
        "标准",
        "检查情况",
        "结论",
        "备注",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    let rows: [[&str; 8]; 4] = [
        [
            "2026年3月10日",
            "办公室",
            "王建国、李婷",
            "自查",
            "STD-BZ-002",
            "平台巡检正常",
            "符合",
            "",
        ],
        [
            "２０２６/３/１１",
            "财务处",
            "陈丽华",
            "自查",
            "STD-BZ-001",
            "审核报销单据１８笔",
            "符合",
            "月初",
        ],
        [
            "",
            "",
            "杭雯",
            "自查",
            "STD-BZ-001",
            "审核报销单据21笔",
            "符合",
            "",
        ],
        [
            "2026.3.13",
            "资产管里处",
            "冯倩",
            "自查",
            "STD-GL-004",
            "公物仓台账",
            "符合",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        // Row 7 (index 6) is left blank.
        let at = if r == 3 { 7 } else { 3 + r as u32 };
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                sheet.write_string(at, c as u16, *v).unwrap();
            }
        }
    }
    // 2026-03-12 as Excel counts days.
    sheet.write_number(5, 0, 46093.0).unwrap();
    sheet.merge_range(4, 1, 5, 1, "财务处", &plain).unwrap();
    book.save(path).unwrap();
}

const WILD_REPORT: &str = "\
台账.xlsx:检查记录!H3: 警告[unknown-column]: 列标题 `备注` 不是检查记录的字段，此列未导入
  = 提示: 如果此列是某个字段，在 --map 文件的 [columns] 中写明，例如 \"巡查日期\" = \"date\"

台账.xlsx:检查记录!B8: 错误[unknown-reference]: `unit` 引用的单位 `资产管里处` 不存在
  = 提示: 是不是想写 `assets`？

";

#[test]
fn a_workbook_from_the_wild_imports_its_good_rows_and_points_at_the_bad_one() {
    let t = Scratch::new("import", "wild");
    let root = t.0.join("ledger");
    copy_dir(&example(), &root);
    wild_workbook(&root.join("台账.xlsx"));
    let before = tree(&root);

    let o = gbsw(&root, &["import", "台账.xlsx", "--as-of", AS_OF]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert_eq!(
        stdout(&o),
        format!(
            "{WILD_REPORT}1 行有错误，未写入任何文件。改正后重新导入，或加 --skip-invalid 只导入无误的行。\n"
        )
    );
    assert_eq!(tree(&root), before);

    let o = gbsw(
        &root,
        &[
            "import",
            "台账.xlsx",
            "--as-of",
            AS_OF,
            "--dry-run",
            "--skip-invalid",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert_eq!(
        stdout(&o),
        format!(
            "{WILD_REPORT}将写入 checks/CHK-2026-034.toml（检查记录 CHK-2026-034）\n\
             将写入 checks/CHK-2026-035.toml（检查记录 CHK-2026-035）\n\
             将写入 checks/CHK-2026-036.toml（检查记录 CHK-2026-036）\n\
             试导入 台账.xlsx：将导入 3 条记录，写入 3 个文件（未写入任何文件）；1 行有错误，未导入。\n\
             未导入的行：台账.xlsx:检查记录!A8\n"
        )
    );
    assert_eq!(tree(&root), before, "--dry-run wrote something");

    let o = gbsw(
        &root,
        &["import", "台账.xlsx", "--as-of", AS_OF, "--skip-invalid"],
    );
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert_eq!(
        fs::read_to_string(root.join("checks/CHK-2026-035.toml"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        "id = \"CHK-2026-035\"\ndate = 2026-03-11\nunit = \"finance\"\ninspectors = [\"陈丽华\"]\ntype = \"self\"\nstandards = [\"STD-BZ-001\"]\nrecord = \"审核报销单据１８笔\"\nconclusion = \"conform\""
    );
    let shown = gbsw(
        &root,
        &["show", "CHK-2026-036", "--format", "json", "--as-of", AS_OF],
    );
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(json["record"]["date"], "2026-03-12");
    assert_eq!(json["record"]["unit"], "finance");
    let shown = gbsw(
        &root,
        &["show", "CHK-2026-034", "--format", "json", "--as-of", AS_OF],
    );
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(json["record"]["date"], "2026-03-10");
    assert_eq!(
        json["record"]["inspectors"],
        serde_json::json!(["王建国", "李婷"])
    );
    let check = gbsw(&root, &["check", "--as-of", AS_OF]);
    assert_eq!(
        stdout(&check),
        "已检查 120 个文件、170 条记录：没有发现问题。\n"
    );

    // Again: the three are there; the bad row is still reported.
    let o = gbsw(
        &root,
        &["import", "台账.xlsx", "--as-of", AS_OF, "--skip-invalid"],
    );
    assert!(
        stdout(&o).contains("3 条已在台账中，未重复写入"),
        "{}",
        stdout(&o)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            fs::copy(&p, &dest).unwrap();
        }
    }
}

#[test]
fn a_sheet_too_large_is_reported_not_read() {
    let t = Scratch::new("import", "large");
    let root = empty_ledger(&t, "ledger");
    let mut csv = String::from("检查日期,被检查处室（单位）\n");
    for _ in 0..50_001 {
        csv.push_str("2026-03-10,office\n");
    }
    fs::write(root.join("checks.csv"), csv).unwrap();
    let o = gbsw(&root, &["import", "checks.csv", "--as-of", AS_OF]);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert_eq!(
        stdout(&o),
        "checks.csv:checks: 错误[sheet-too-large]: 工作表有 50002 行、2 列，超过可导入的 50000 行、200 列\n  \
         = 提示: 把工作表拆成几个较小的工作簿分别导入\n\n工作簿有错误，未写入任何文件。改正后重新导入。\n"
    );
    assert!(!root.join("checks").exists());
}
