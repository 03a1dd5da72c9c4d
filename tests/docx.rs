//! `--format docx`: the Word documents of `report semiannual`, `report checks` and `form`.
//! Their XML is read back and held to an official document's layout (GB/T 9704-2012); the
//! same command twice gives the same bytes; and LibreOffice turns the report into A4 pages
//! whose first holds its title in CJK glyphs, and the evaluation report into one page.

use std::fs;
use std::io::Read as _;
use std::path::Path;
use std::process::Command;

use crate::support::{Scratch, require, runs};

/// Run gbsw from the crate root: stderr and exit code.
fn gbsw(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .env_remove("GBSW_LEDGER")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.stdout.is_empty(),
        "a Word document never goes to stdout"
    );
    (
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

const SEMIANNUAL: [&str; 8] = [
    "report",
    "semiannual",
    "--ledger",
    "ledger-example",
    "--period",
    "2026H1",
    "--as-of",
    "2026-06-28",
];

/// Write the semiannual report as docx into `file`.
fn semiannual(file: &Path) {
    let mut args = SEMIANNUAL.to_vec();
    args.extend(["--format", "docx", "-o", file.to_str().unwrap()]);
    assert_eq!(gbsw(&args), (String::new(), 0));
}

/// The parts of a docx: name and text, in the zip's order.
fn parts(file: &Path) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(fs::File::open(file).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let time = f.last_modified().unwrap();
            assert_eq!(
                (time.year(), time.month(), time.day(), time.hour()),
                (1980, 1, 1, 0),
                "a fixed time in the zip"
            );
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().unwrap().into_owned(), text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| n == name).unwrap().1
}

#[test]
fn the_report_is_laid_out_as_an_official_document() {
    let s = Scratch::new("docx", "xml");
    let file = s.path("report.docx");
    semiannual(&file);
    let p = parts(&file);
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml",
            "word/fontTable.xml",
            "word/footer1.xml",
            "word/footer2.xml",
        ]
    );
    let doc = part(&p, "word/document.xml");
    // A4; 37 mm top, 28 mm left; a type area of 156 × 225 mm in 22 lines.
    assert!(doc.ends_with("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2097\" w:right=\"1476\" w:bottom=\"1986\" w:left=\"1587\" w:header=\"850\" w:footer=\"1247\" w:gutter=\"0\"/><w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr></w:body></w:document>\n"), "{}", &doc[doc.len() - 600..]);
    assert!(doc.contains("<w:body>\n<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">常州市机关事务管理局2026年上半年标准落地实施情况报告</w:t></w:r></w:p>\n"));
    assert!(doc.contains("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">一、基本情况</w:t></w:r></w:p>\n"));
    assert!(doc.contains("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">各单位对比</w:t></w:r></w:p>\n"));
    // Every row kept whole; each table's header row repeated on each page.
    let rows = doc.matches("<w:tr>").count();
    assert!(rows > 100);
    assert_eq!(doc.matches("<w:trPr><w:cantSplit/>").count(), rows);
    let tables = doc.matches("<w:tbl>").count();
    assert!(tables > 5);
    assert_eq!(
        doc.matches("<w:tblHeader/>").count(),
        tables - doc.matches("<w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">定期检查完成率").count() - doc.matches("各单位检查项目符合率").count(),
        "a header row in every table but the bar charts' (label and figure)"
    );

    let styles = part(&p, "word/styles.xml");
    for style in [
        // 3号 仿宋 on the 22-line grid, two characters in, 28 characters a line.
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\"/><w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>",
        // 2号 小标宋, centred.
        "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"方正小标宋简体\" w:cs=\"Times New Roman\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\" w:cs=\"Times New Roman\"/></w:rPr></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"楷体_GB2312\" w:cs=\"Times New Roman\"/></w:rPr></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\"/></w:rPr></w:style>",
        // Tables smaller, off the grid.
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"TableText\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>",
        // The signature and the date at the right, two characters in.
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Date\"><w:name w:val=\"Date\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:right=\"640\" w:rightChars=\"200\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"right\"/></w:pPr><w:rPr></w:rPr></w:style>",
    ] {
        assert!(styles.contains(style), "missing style {style}");
    }
    // Fonts are named, with what to take instead; none is embedded.
    let fonts = part(&p, "word/fontTable.xml");
    assert!(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"));
    assert!(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"));
    assert!(!fonts.contains("embed"));
    // Page numbers `— 1 —` in 4号 宋体, right on odd pages and left on even ones.
    assert!(part(&p, "word/settings.xml").contains("<w:evenAndOddHeaders/>"));
    let field = "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>";
    let odd = part(&p, "word/footer1.xml");
    assert!(odd.contains(&format!("<w:pPr><w:pStyle w:val=\"Footer\"/><w:ind w:right=\"280\"/><w:jc w:val=\"right\"/></w:pPr>{field}")), "{odd}");
    let even = part(&p, "word/footer2.xml");
    assert!(even.contains(&format!("<w:pPr><w:pStyle w:val=\"Footer\"/><w:ind w:left=\"280\"/><w:jc w:val=\"left\"/></w:pPr>{field}")), "{even}");
    assert!(styles.contains("<w:styleId=\"Footer\"") || styles.contains("w:styleId=\"Footer\"><w:name w:val=\"Footer\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\" w:cs=\"宋体\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"));
}

#[test]
fn the_same_command_twice_gives_the_same_bytes() {
    let s = Scratch::new("docx", "same");
    let checks = [
        "report",
        "checks",
        "--ledger",
        "ledger-example",
        "--period",
        "2026H1",
        "--as-of",
        "2026-06-28",
    ];
    let runs: [&[&str]; 5] = [
        &SEMIANNUAL,
        &checks,
        &["form", "PLAN-2026-FW-05", "--ledger", "ledger-example"],
        &[
            "form",
            "rectification",
            "--blank",
            "--ledger",
            "ledger-example",
        ],
        &EVALUATION,
    ];
    for (i, args) in runs.iter().enumerate() {
        let bytes: Vec<Vec<u8>> = ["a", "b"]
            .iter()
            .map(|n| {
                let file = s.path(&format!("{i}{n}.docx"));
                let mut a = args.to_vec();
                a.extend(["--format", "docx", "-o", file.to_str().unwrap()]);
                assert_eq!(gbsw(&a), (String::new(), 0), "{a:?}");
                fs::read(&file).unwrap()
            })
            .collect();
        assert!(bytes[0] == bytes[1], "{args:?} differs between two runs");
        assert!(bytes[0].starts_with(b"PK"));
    }
    // The form's re-check sheet starts a page of its own; its tables' header rows repeat.
    let p = parts(&s.path("3a.docx"));
    let doc = part(&p, "word/document.xml");
    assert_eq!(doc.matches("<w:pageBreakBefore/>").count(), 1);
    assert!(doc.contains("<w:tblHeader/>"));
    // The evaluation report: one sheet, its methods ticked, its verdict chosen, ledger text
    // escaped like every form's.
    let p = parts(&s.path("4a.docx"));
    let doc = part(&p, "word/document.xml");
    assert!(doc.contains("常州市机关事务标准实施评价报告"));
    assert_eq!(doc.matches("<w:pageBreakBefore/>").count(), 0);
    assert_eq!(doc.matches('☑').count(), 4, "three methods and the verdict");
    assert!(doc.contains("85.0（由指标计算）") && doc.contains("良好（由得分评定）"));
}

/// `gbsw form` of an evaluation with methods, a sampling plan, indicators and staff grades.
const EVALUATION: [&str; 4] = ["form", "EVAL-2026H1-01", "--ledger", "ledger-example"];

/// LibreOffice and poppler's tools are here (else skipped, or a failure under `CI=true`).
fn libreoffice() -> bool {
    require("soffice", runs("soffice", "--version")) && require("pdftoppm", runs("pdftoppm", "-v"))
}

/// `file` turned into a PDF by LibreOffice beside it; the PDF's path. The document names
/// fonts this machine lacks; `docs/fonts/gbsw-fonts.conf` maps them to the Noto CJK faces,
/// as a Linux desktop would be set up.
fn to_pdf(s: &Scratch, file: &Path) -> std::path::PathBuf {
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/fonts/gbsw-fonts.conf");
    let out = Command::new("soffice")
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&s.0)
        .arg(file)
        .env("FONTCONFIG_FILE", &fonts)
        .env("HOME", &s.0)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "soffice: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    file.with_extension("pdf")
}

/// A field of `pdfinfo`'s answer, e.g. `Pages:`.
fn pdf_info(pdf: &Path, name: &str) -> String {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8(info.stdout).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix(name))
        .map(str::trim)
        .unwrap()
        .to_owned()
}

/// The evaluation report through LibreOffice: one A4 page on the official page's margins,
/// signature boxes included (its staff are listed two a row so that they fit).
#[test]
fn the_evaluation_report_fits_one_page_in_libreoffice() {
    if !libreoffice() {
        return;
    }
    let s = Scratch::new("docx", "soffice-evaluation");
    let file = s.path("evaluation.docx");
    let mut args = EVALUATION.to_vec();
    args.extend(["-o", file.to_str().unwrap()]);
    assert_eq!(gbsw(&args), (String::new(), 0));
    let pdf = to_pdf(&s, &file);
    assert_eq!(pdf_info(&pdf, "Page size:"), "595.304 x 841.89 pts (A4)");
    assert_eq!(pdf_info(&pdf, "Pages:"), "1");
}

/// The report through LibreOffice (`to_pdf`): A4 pages, and ink where the title is on page 1.
#[test]
fn the_report_renders_in_libreoffice() {
    if !libreoffice() {
        return;
    }
    let s = Scratch::new("docx", "soffice");
    let file = s.path("report.docx");
    semiannual(&file);
    let pdf = to_pdf(&s, &file);
    assert_eq!(pdf_info(&pdf, "Page size:"), "595.304 x 841.89 pts (A4)");
    // Measured: 16 pages with the example ledger (its tables of every standard and unit, its
    // narrative; no appendix without --appendix); the bounds leave room for the text to change.
    let pages: u32 = pdf_info(&pdf, "Pages:").parse().unwrap();
    assert!((8..=40).contains(&pages), "{pages} pages");
    // Page 1 at 150 dpi is 1240 × 1754, the size `support::ink` reads.
    let status = Command::new("pdftoppm")
        .args([
            "-scale-to-x",
            "1240",
            "-scale-to-y",
            "1754",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
        ])
        .arg("-singlefile")
        .arg(&pdf)
        .arg(s.path("page"))
        .status()
        .unwrap();
    assert!(status.success());
    // The title's two lines, under the 37 mm top margin (219 px).
    let got = crate::support::ink(&s.path("page.png"), TITLE.0, TITLE.1);
    assert!(
        (TITLE_INK.0 * 7 / 10..=TITLE_INK.0 * 3 / 2).contains(&got.dark)
            && got.columns >= TITLE_INK.1 * 4 / 5,
        "the title band holds {got:?}; measured {TITLE_INK:?}: a blank page, or boxes for missing CJK fonts?"
    );
    // Above the title, the top margin is empty.
    assert_eq!(crate::support::ink(&s.path("page.png"), 0, 200).dark, 0);
}

/// The rows of page 1 (150 dpi) that hold the title's two lines.
const TITLE: (u32, u32) = (210, 420);
/// Ink measured there with Noto Serif CJK SC Bold (through docs/fonts/gbsw-fonts.conf) and
/// LibreOffice 7.4: dark pixels, columns holding any.
const TITLE_INK: (u64, u32) = (14_992, 834);
