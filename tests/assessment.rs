//! `report staff` and `report providers` on `ledger-example` against a recomputation made
//! here, straight from the record files (parsed to plain JSON values, as the schema test
//! reads them) with none of gbsw's model or report code: the grades of every person of 2025
//! and 2026, and every provider's figures and rank for 2026H1. The figures of a few of them
//! are also written out below and in docs/reports.md, so that a reader can check them by
//! hand. Then the workbook and the Word document of both reports, read back.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};
use serde_json::Value;

use crate::support::Scratch;

const LEDGER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/ledger-example");
const AS_OF: &str = "2026-06-25";

/// `gbsw ARGS --ledger ledger-example --as-of 2026-06-25`: stdout, after a success.
fn gbsw(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .args(["--ledger", LEDGER, "--as-of", AS_OF])
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every record in a kind's folder: a file holds one, or many in a list under the folder's
/// name (`checks:`, `[[checks]]`).
fn records(folder: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(Path::new(LEDGER).join(folder)).sort_by_file_name() {
        let path = entry.unwrap().into_path();
        let ext = path.extension().unwrap_or_default().to_string_lossy();
        if !["toml", "yaml", "yml"].contains(&ext.as_ref()) {
            continue;
        }
        let v = crate::schema::parsed(&path);
        match v.get(folder).and_then(Value::as_array) {
            Some(many) => out.extend(many.iter().cloned()),
            None => out.push(v),
        }
    }
    out
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn num(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    list(v, key)
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

const GRADES: [&str; 4] = ["excellent", "competent", "basic", "incompetent"];

/// Each person's (name, unit) count of each grade and evaluations, for a year.
type Tally = BTreeMap<(String, String), ([usize; 4], Vec<String>)>;

fn staff_by_hand(year: &str) -> Tally {
    let mut out = Tally::new();
    for e in records("evaluations") {
        // Every period of a year (2026, 2026H1, 2026Q3, 2026-05) starts with it.
        let dated_later = !s(&e, "date").is_empty() && s(&e, "date") > AS_OF;
        if !s(&e, "period").starts_with(year) || dated_later {
            continue;
        }
        for p in list(&e, "staff") {
            let row = out
                .entry((s(p, "name").to_owned(), s(&e, "unit").to_owned()))
                .or_default();
            let g = GRADES.iter().position(|g| *g == s(p, "grade")).unwrap();
            row.0[g] += 1;
            row.1.push(s(&e, "id").to_owned());
        }
    }
    for row in out.values_mut() {
        row.1.sort();
    }
    out
}

fn staff_by_gbsw(year: &str) -> Tally {
    let v: Value = serde_json::from_str(&gbsw(&[
        "report", "staff", "--year", year, "--format", "json",
    ]))
    .unwrap();
    list(&v, "rows")
        .iter()
        .map(|r| {
            let counts = GRADES.map(|g| list(&r["grades"], g).len());
            let mut ids = strings(r, "evaluations");
            ids.sort();
            (
                (s(r, "name").to_owned(), s(r, "unit").to_owned()),
                (counts, ids),
            )
        })
        .collect()
}

#[test]
fn every_persons_grades_agree_with_a_count_by_hand() {
    for year in ["2025", "2026"] {
        let by_hand = staff_by_hand(year);
        assert!(!by_hand.is_empty(), "{year} has staff grades");
        assert_eq!(staff_by_gbsw(year), by_hand, "{year}");
    }
    // Written out (docs/reports.md): evaluations/2025H2/EVAL-2025H2-01.toml grades 朱红梅 of
    // clean-co 优秀 and 李秀兰 基本称职; EVAL-2026H1-01 grades 韩立 of security-co 基本称职.
    let y2025 = staff_by_hand("2025");
    let row = |t: &Tally, name: &str, unit: &str| t[&(name.to_owned(), unit.to_owned())].clone();
    assert_eq!(
        row(&y2025, "朱红梅", "clean-co"),
        ([1, 0, 0, 0], vec!["EVAL-2025H2-01".to_owned()])
    );
    assert_eq!(row(&y2025, "李秀兰", "clean-co").0, [0, 0, 1, 0]);
    assert_eq!(y2025.len(), 8, "EVAL-2025H2-03 grades nobody");
    assert_eq!(
        row(&staff_by_hand("2026"), "韩立", "security-co").0,
        [0, 0, 1, 0]
    );
}

/// An evaluation's score: as given, else the weighted mean of its indicators (a qualitative
/// one 100 or 0; a quantitative one actual/target, or target/actual when lower is better,
/// at most 100).
fn score(e: &Value) -> Option<f64> {
    if let Some(given) = num(e, "score") {
        return Some(given);
    }
    let (mut sum, mut weights) = (0.0, 0.0);
    for i in list(e, "indicators") {
        let value = match i.get("passed").and_then(Value::as_bool) {
            Some(p) => f64::from(u8::from(p)) * 100.0,
            None => {
                let (t, a) = (num(i, "target").unwrap(), num(i, "actual").unwrap());
                let ratio = if s(i, "better") == "lower" {
                    t / a
                } else {
                    a / t
                };
                ratio.min(1.0) * 100.0
            }
        };
        let w = num(i, "weight").unwrap_or(1.0);
        sum += value * w;
        weights += w;
    }
    (weights > 0.0).then(|| sum / weights)
}

/// One provider's figures counted by hand: evaluations, mean score, checks, conforming
/// items of items, nonconformities, overdue, complaints.
#[derive(Debug, PartialEq)]
struct Provider {
    unit: String,
    evaluations: Vec<String>,
    mean: Option<f64>,
    checks: Vec<String>,
    items: (usize, usize),
    found: Vec<String>,
    overdue: Vec<String>,
    complaints: Vec<String>,
}

/// Rectified on the as-of date: the last re-check up to it passed, or it was completed by
/// then and not re-checked since.
fn rectified(n: &Value) -> bool {
    let last = list(n, "rechecks")
        .iter()
        .filter(|r| s(r, "date") <= AS_OF)
        .max_by(|a, b| s(a, "date").cmp(s(b, "date")));
    let completed = Some(s(n, "completed")).filter(|c| !c.is_empty() && *c <= AS_OF);
    match (last, completed) {
        (Some(r), _) if s(r, "result") == "pass" => true,
        (Some(r), Some(c)) => c > s(r, "date"),
        (Some(_), None) => false,
        (None, c) => c.is_some(),
    }
}

fn providers_by_hand() -> Vec<Provider> {
    let (start, end) = ("2026-01-01", AS_OF);
    let in_half = |p: &str| {
        ["2026H1", "2026Q1", "2026Q2"].contains(&p) || (1..=6).any(|m| p == format!("2026-{m:02}"))
    };
    let manifest = crate::schema::parsed(&Path::new(LEDGER).join("gbsw.toml"));
    let units = manifest["units"].as_object().unwrap();
    let (evaluations, checks, rects) = (
        records("evaluations"),
        records("checks"),
        records("rectifications"),
    );
    let ids = |v: Vec<&Value>| -> Vec<String> {
        let mut ids: Vec<String> = v.iter().map(|r| s(r, "id").to_owned()).collect();
        ids.sort();
        ids
    };
    let mut out: Vec<Provider> = units
        .iter()
        .filter(|(_, u)| s(u, "kind") == "service-provider")
        .filter(|(_, u)| s(u, "since") <= "2026-06-30")
        .map(|(id, _)| {
            let evals: Vec<&Value> = evaluations
                .iter()
                .filter(|e| s(e, "unit") == id && in_half(s(e, "period")))
                .filter(|e| s(e, "date") <= AS_OF)
                .collect();
            let scores: Vec<f64> = evals.iter().filter_map(|e| score(e)).collect();
            let mine: Vec<&Value> = checks
                .iter()
                .filter(|c| s(c, "unit") == id && (start..=end).contains(&s(c, "date")))
                .collect();
            let items: Vec<&Value> = mine.iter().flat_map(|c| list(c, "items")).collect();
            let found: Vec<&Value> = rects
                .iter()
                .filter(|n| s(n, "unit") == id && (start..=end).contains(&s(n, "found")))
                .collect();
            #[allow(clippy::cast_precision_loss)]
            let mean =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            Provider {
                unit: id.clone(),
                evaluations: ids(evals),
                mean,
                checks: ids(mine),
                items: (
                    items.iter().filter(|i| s(i, "result") == "conform").count(),
                    items.len(),
                ),
                overdue: ids(found
                    .iter()
                    .copied()
                    .filter(|n| {
                        if rectified(n) {
                            s(n, "completed") > s(n, "due")
                        } else {
                            AS_OF > s(n, "due")
                        }
                    })
                    .collect()),
                complaints: ids(found
                    .iter()
                    .copied()
                    .filter(|n| s(n, "source") == "complaint")
                    .collect()),
                found: ids(found),
            }
        })
        .collect();
    // The documented order: mean score high to low (none last), conformity high to low
    // (none last), fewer overdue, fewer complaints, the unit's id.
    let key = |p: &Provider| {
        #[allow(clippy::cast_precision_loss)]
        let conformity = (p.items.1 > 0).then(|| p.items.0 as f64 / p.items.1 as f64);
        (
            p.mean.map(|m| -m),
            p.mean.is_none(),
            conformity.map(|c| -c),
            conformity.is_none(),
            p.overdue.len(),
            p.complaints.len(),
            p.unit.clone(),
        )
    };
    out.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        (a.1, a.0, a.3, a.2, a.4, a.5, a.6)
            .partial_cmp(&(b.1, b.0, b.3, b.2, b.4, b.5, b.6))
            .unwrap()
    });
    out
}

fn providers_by_gbsw() -> Vec<Provider> {
    let v: Value = serde_json::from_str(&gbsw(&[
        "report",
        "providers",
        "--period",
        "2026H1",
        "--format",
        "json",
    ]))
    .unwrap();
    let sorted = |r: &Value, key: &str| {
        let mut v = strings(r, key);
        v.sort();
        v
    };
    list(&v, "rows")
        .iter()
        .enumerate()
        .map(|(i, r)| {
            assert_eq!(r["rank"], i + 1);
            let mut evaluations: Vec<String> = list(r, "evaluations")
                .iter()
                .map(|e| s(e, "id").to_owned())
                .collect();
            evaluations.sort();
            Provider {
                unit: s(r, "unit").to_owned(),
                evaluations,
                mean: num(r, "mean_score"),
                checks: sorted(r, "checks"),
                items: (
                    list(&r["conformity"], "num").len(),
                    list(&r["conformity"], "den").len(),
                ),
                found: sorted(r, "rectifications"),
                overdue: sorted(r, "overdue"),
                complaints: sorted(r, "complaints"),
            }
        })
        .collect()
}

#[test]
fn every_providers_figures_and_rank_agree_with_a_count_by_hand() {
    let by_hand = providers_by_hand();
    assert_eq!(providers_by_gbsw(), by_hand);
    // Written out (docs/reports.md): the order, and catering-co's and clean-co's figures.
    let order: Vec<&str> = by_hand.iter().map(|p| p.unit.as_str()).collect();
    assert_eq!(
        order,
        ["security-co", "catering-co", "clean-co", "meeting-co"]
    );
    let catering = &by_hand[1];
    assert_eq!(catering.mean, Some(78.0));
    assert_eq!(catering.items, (23, 27));
    assert_eq!(
        catering.found,
        ["NC-2026-003", "NC-2026-004", "NC-2026-013"]
    );
    assert_eq!(catering.overdue, ["NC-2026-004", "NC-2026-013"]);
    assert_eq!(catering.complaints, ["NC-2026-013"]);
    assert_eq!(
        by_hand[0].mean,
        Some(85.0),
        "security-co's weighted indicators"
    );
    assert_eq!(by_hand[2].overdue, ["NC-2026-014"]);
    assert_eq!(by_hand[2].items, (15, 19));
}

/// Run a report into `file`.
fn report_to(args: &[&str], file: &Path) {
    let mut all = args.to_vec();
    all.extend(["-o", file.to_str().unwrap()]);
    assert_eq!(gbsw(&all), "", "nothing on stdout");
}

#[test]
fn the_workbooks_hold_the_tables_with_numbers_as_numbers() {
    let dir = Scratch::new("assessment", "xlsx");
    let staff = dir.path("员工考核.xlsx");
    report_to(&["report", "staff", "--year", "2025"], &staff);
    let mut book: Xlsx<_> = open_workbook(&staff).unwrap();
    assert_eq!(book.sheet_names(), ["员工考核"]);
    let range = book.worksheet_range("员工考核").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows[0][0], Data::String("姓名".into()));
    assert_eq!(rows.len(), 9, "a header and 8 people");
    let zhu = rows
        .iter()
        .find(|r| r[0] == Data::String("朱红梅".into()))
        .unwrap();
    assert_eq!(zhu[3], Data::Float(1.0), "优秀 is a number");

    let providers = dir.path("providers.xlsx");
    let args = ["report", "providers", "--period", "2026H1", "--lang", "en"];
    report_to(&args, &providers);
    let mut book: Xlsx<_> = open_workbook(&providers).unwrap();
    assert_eq!(book.sheet_names(), ["providers"]);
    let range = book.worksheet_range("providers").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(
        rows[0][..3],
        [
            Data::String("rank".into()),
            Data::String("unit".into()),
            Data::String("name".into())
        ]
    );
    assert_eq!(rows[2][1], Data::String("catering-co".into()));
    assert_eq!(rows[2][7], Data::Float(78.0), "the mean score");
}

/// The text of `word/document.xml` in a .docx.
fn document_xml(file: &Path) -> String {
    let mut zip = zip::ZipArchive::new(fs::File::open(file).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_word_documents_name_people_and_providers_and_give_the_same_bytes_twice() {
    let dir = Scratch::new("assessment", "docx");
    let (a, b) = (dir.path("a.docx"), dir.path("b.docx"));
    let staff = ["report", "staff", "--year", "2026", "--appendix"];
    report_to(&staff, &a);
    report_to(&staff, &b);
    assert_eq!(fs::read(&a).unwrap(), fs::read(&b).unwrap());
    let xml = document_xml(&a);
    assert!(xml.contains("2026年度员工考核等级汇总"), "the title");
    assert!(xml.contains("丁海涛"), "a person by name");
    assert!(
        xml.contains("EVAL-2026H1-01"),
        "the appendix names the evaluation"
    );

    let c = dir.path("providers.docx");
    report_to(&["report", "providers", "--period", "2026H1"], &c);
    let xml = document_xml(&c);
    assert!(xml.contains("社会化服务单位考核排名"));
    assert!(xml.contains("江苏味源餐饮管理有限公司（行政中心机关食堂项目部）"));
    assert!(!xml.contains("NC-2026-013"), "no record id in the body");
}
