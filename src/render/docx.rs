//! The Word package (OOXML, `.docx`) shared by the report (`doc_docx`) and the paper forms
//! (`forms::docx`): the page of an official document as GB/T 9704-2012 sets it (A4, margins
//! 37 mm top and 28 mm left around a 156 × 225 mm type area of 22 lines of 28 characters,
//! page numbers `— 1 —` in 4号 宋体 at the outer bottom corner), its styles and fonts (named,
//! not embedded), the escaping of ledger text, and tables whose header rows repeat on each
//! page and whose rows never split.
//!
//! Written as plain XML strings into a zip with fixed timestamps: the few parts a document
//! needs are short and fixed, every value goes through [`text`], and nothing random or dated
//! (no revision ids, no creation time) goes in, so the same input gives the same bytes.

use std::fmt::Write as _;
use std::io::{self, Cursor, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::lang::Lang;
use crate::message::document::fonts;
use crate::message::labels::Label;
use crate::visible;

/// Twips (1/20 pt) in a millimetre, times 100.
const TWIPS_PER_100MM: u32 = 5669;

/// Millimetres as twips.
#[must_use]
pub(crate) const fn mm(v: u32) -> u32 {
    v * TWIPS_PER_100MM / 100
}

/// A4.
pub(crate) const PAGE_W: u32 = 11906;
pub(crate) const PAGE_H: u32 = 16838;
/// 天头 37 mm, 订口 28 mm; the type area 156 × 225 mm leaves 26 mm right and 35 mm bottom.
pub(crate) const TOP: u32 = mm(37);
pub(crate) const LEFT: u32 = mm(28);
pub(crate) const RIGHT: u32 = PAGE_W - LEFT - TYPE_W;
pub(crate) const BOTTOM: u32 = PAGE_H - TOP - mm(225);
/// The type area's width, 156 mm.
pub(crate) const TYPE_W: u32 = mm(156);
/// 22 lines in 225 mm: the line pitch of the text, in twips (28.95 pt).
pub(crate) const LINE: u32 = 579;
/// 28 characters of 3号 (16 pt) in 156 mm (442 pt): each set 0.25 pt closer, in twentieths
/// of a point. (Word's character grid, `linesAndChars` with a `charSpace`, would say the same,
/// but LibreOffice spreads each character over two cells of it.)
const CHAR_SPACING: i32 = -5;
/// One character of 3号 (16 pt), for indents: 两字 is two of these.
pub(crate) const CHAR: u32 = 320;
/// The page number's line sits 7 mm under the type area (GB/T 9704-2012 7.5); Word measures
/// the footer from the page's bottom edge to the bottom of its text.
const FOOTER: u32 = mm(22);
const HEADER: u32 = mm(15);
/// 4号 (14 pt): one character, the page number's distance from the outer edge (空一字).
const FOOTER_CHAR: u32 = 280;
/// Font sizes in half points: 2号 22 pt, 小二 18 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号
/// 10.5 pt, 小五 9 pt.
pub(crate) const SIZE_2: u32 = 44;
pub(crate) const SIZE_S2: u32 = 36;
pub(crate) const SIZE_3: u32 = 32;
const SIZE_4: u32 = 28;
pub(crate) const SIZE_S4: u32 = 24;
pub(crate) const SIZE_5: u32 = 21;
pub(crate) const SIZE_S5: u32 = 18;
/// The Latin face beside the Chinese ones.
const LATIN: &str = "Times New Roman";
const MONO: &str = "Courier New";

/// Ledger text for a `w:t` element: XML-escaped, with every control character, and every
/// line break unless `breaks`, shown as `\u001b`-style text (as [`visible::line`] does);
/// with `breaks`, each line break becomes a `w:br`. Characters XML cannot hold at all
/// (U+FFFE, U+FFFF) are shown escaped too.
#[must_use]
pub(crate) fn text(s: &str, breaks: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let lines: Vec<&str> = if breaks {
        s.split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .collect()
    } else {
        vec![s]
    };
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("</w:t><w:br/><w:t xml:space=\"preserve\">");
        }
        let line = if breaks {
            std::borrow::Cow::Borrowed(*line)
        } else {
            // A line break is a space, as everywhere in a report's text.
            std::borrow::Cow::Owned(line.replace("\r\n", " ").replace(['\n', '\r'], " "))
        };
        for c in visible::line(&line).chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\u{fffe}' | '\u{ffff}' => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
    }
    out
}

/// An attribute value (a style id, a font name): escaped like [`text`].
fn attr(s: &str) -> String {
    text(s, false)
}

/// A run's properties, written in the order the schema wants them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Props {
    /// The Chinese face and the Latin one.
    pub font: Option<(&'static str, &'static str)>,
    pub bold: bool,
    /// In half points.
    pub size: Option<u32>,
}

impl Props {
    /// Bold.
    pub(crate) const BOLD: Props = Props {
        font: None,
        bold: true,
        size: None,
    };

    /// The 楷体 of emphasis (Chinese text is not slanted).
    #[must_use]
    pub(crate) fn kai(self) -> Self {
        Props {
            font: Some((fonts::KAI.0, LATIN)),
            ..self
        }
    }

    /// A command to type: a monospaced Latin face.
    #[must_use]
    pub(crate) fn mono(self) -> Self {
        Props {
            font: Some((fonts::BODY.0, MONO)),
            ..self
        }
    }

    #[must_use]
    pub(crate) fn bold(self) -> Self {
        Props { bold: true, ..self }
    }

    #[must_use]
    pub(crate) fn size(size: u32) -> Self {
        Props {
            size: Some(size),
            ..Props::default()
        }
    }

    fn xml(self) -> String {
        let mut out = String::new();
        if let Some((east_asia, latin)) = self.font {
            out.push_str(&fonts_props(east_asia, latin));
        }
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if let Some(sz) = self.size {
            let _ = write!(out, "<w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/>");
        }
        out
    }
}

/// A run of text with its properties.
#[must_use]
pub(crate) fn run(s: &str, props: Props, breaks: bool) -> String {
    let rpr = props.xml();
    let rpr = if rpr.is_empty() {
        rpr
    } else {
        format!("<w:rPr>{rpr}</w:rPr>")
    };
    format!(
        "<w:r>{rpr}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        text(s, breaks)
    )
}

/// A paragraph of the style `style` with extra paragraph properties (in the schema's order:
/// `w:ind` before `w:jc`) and its runs.
#[must_use]
pub(crate) fn para(style: &str, props: &str, runs: &str) -> String {
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"{}\"/>{props}</w:pPr>{runs}</w:p>\n",
        attr(style)
    )
}

fn fonts_props(east_asia: &str, latin: &str) -> String {
    format!(
        "<w:rFonts w:ascii=\"{latin}\" w:hAnsi=\"{latin}\" w:eastAsia=\"{}\" w:cs=\"{latin}\"/>",
        attr(east_asia)
    )
}

/// A table: its columns' widths in twips, its rows.
#[derive(Debug, Default)]
pub(crate) struct Table {
    pub widths: Vec<u32>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Default)]
pub(crate) struct Row {
    /// Repeated at the top of each page the table runs onto (only the table's first rows).
    pub header: bool,
    /// The row's least height, in twips.
    pub min_height: Option<u32>,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Default)]
pub(crate) struct Cell {
    /// Its paragraphs, as XML (at least one: Word requires it).
    pub paras: String,
    /// How many grid columns it spans.
    pub span: usize,
    pub merge: Merge,
    /// Centred vertically (a form's label boxes).
    pub middle: bool,
}

/// A cell's part in a cell spanning rows.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Merge {
    #[default]
    None,
    /// The top of a cell spanning the rows under it.
    Start,
    /// Covered by the cell above.
    Continue,
}

impl Cell {
    #[must_use]
    pub(crate) fn new(paras: String) -> Self {
        Cell {
            paras,
            span: 1,
            merge: Merge::None,
            middle: false,
        }
    }
}

/// The table as XML: bordered, centred, the given column widths (fixed, so Word and
/// LibreOffice lay it out alike), header rows repeated on each page, no row split across
/// pages.
#[must_use]
pub(crate) fn table(t: &Table) -> String {
    let total: u32 = t.widths.iter().sum();
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"{CELL_PAD}\" w:type=\"dxa\"/><w:right w:w=\"{CELL_PAD}\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    );
    for w in &t.widths {
        let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
    }
    out.push_str("</w:tblGrid>\n");
    for r in &t.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if let Some(h) = r.min_height {
            let _ = write!(out, "<w:trHeight w:val=\"{h}\" w:hRule=\"atLeast\"/>");
        }
        if r.header {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        let mut col = 0;
        for c in &r.cells {
            let span = c.span.max(1);
            let width: u32 = t.widths.iter().skip(col).take(span).sum();
            col += span;
            let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
            if span > 1 {
                let _ = write!(out, "<w:gridSpan w:val=\"{span}\"/>");
            }
            match c.merge {
                Merge::None => {}
                Merge::Start => out.push_str("<w:vMerge w:val=\"restart\"/>"),
                Merge::Continue => out.push_str("<w:vMerge/>"),
            }
            if c.middle {
                out.push_str("<w:vAlign w:val=\"center\"/>");
            }
            out.push_str("</w:tcPr>");
            if c.paras.is_empty() {
                out.push_str("<w:p/>");
            } else {
                out.push_str(&c.paras);
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>\n");
    }
    out.push_str("</w:tbl>\n");
    out
}

/// Whether columns needing `need` (as for [`widths`]) fit the type area at `size` with
/// each column at least its longest word.
#[must_use]
pub(crate) fn fits(need: &[(usize, usize)], size: u32) -> bool {
    let half = size * 10 / 2;
    let least: usize = need
        .iter()
        .map(|&(l, m)| (l.min(m).max(2) + 2) * half as usize + 2 * CELL_PAD as usize)
        .sum();
    least <= TYPE_W as usize
}

/// Widths for columns of text, in twips at a font size of `size` half points, from what
/// each column needs in display columns (a CJK character counts two): `(least, most)`, its
/// longest word (an id, a date, one Chinese character) and its longest line. As a browser
/// lays out a table: a narrow table keeps each column's longest line; a wider one fills the
/// type area in proportion; when the lines do not fit, each column gets its longest word
/// and the room left is shared by what each would need more, so ids and dates stay whole
/// and long names wrap.
#[must_use]
pub(crate) fn widths(need: &[(usize, usize)], size: u32) -> Vec<u32> {
    // A display column is half a character of `size`; two more than the text (bold, and
    // the rounding of a face's widths), and the cell's padding.
    let half = size * 10 / 2;
    let twips = |n: usize| {
        u32::try_from(n + 2)
            .unwrap_or(u32::MAX / 4)
            .saturating_mul(half)
            .saturating_add(2 * CELL_PAD)
    };
    let most: Vec<u32> = need.iter().map(|&(_, m)| twips(m.max(4))).collect();
    let least: Vec<u32> = need.iter().map(|&(l, m)| twips(l.min(m).max(2))).collect();
    let sum_most: u32 = most.iter().sum();
    let sum_least: u32 = least.iter().sum();
    if sum_most == 0 || sum_most <= TYPE_W * 6 / 10 {
        return most;
    }
    if sum_most <= TYPE_W {
        return fill(most.iter().map(|&w| part(w, TYPE_W, sum_most)).collect());
    }
    if sum_least >= TYPE_W {
        return fill(least.iter().map(|&w| part(w, TYPE_W, sum_least)).collect());
    }
    let room = TYPE_W - sum_least;
    let more = sum_most - sum_least;
    fill(
        least
            .iter()
            .zip(&most)
            .map(|(&l, &m)| l + part(m.saturating_sub(l), room, more))
            .collect(),
    )
}

/// `w` scaled from a total of `from` to one of `to`.
fn part(w: u32, to: u32, from: u32) -> u32 {
    u32::try_from(u64::from(w) * u64::from(to) / u64::from(from.max(1))).unwrap_or(w)
}

/// The last column takes what rounding left, so that the table is the type area's width.
fn fill(mut out: Vec<u32>) -> Vec<u32> {
    let used: u32 = out.iter().take(out.len().saturating_sub(1)).sum();
    if let Some(last) = out.last_mut() {
        *last = TYPE_W.saturating_sub(used);
    }
    out
}

/// A cell's inner margin, left and right.
const CELL_PAD: u32 = 85;

/// The section's page: A4 portrait, the official margins and text grid, the footers with
/// the page number.
fn section_props() -> String {
    format!(
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/><w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/><w:pgMar w:top=\"{TOP}\" w:right=\"{RIGHT}\" w:bottom=\"{BOTTOM}\" w:left=\"{LEFT}\" w:header=\"{HEADER}\" w:footer=\"{FOOTER}\" w:gutter=\"0\"/><w:cols w:space=\"425\"/><w:docGrid w:type=\"lines\" w:linePitch=\"{LINE}\"/></w:sectPr>"
    )
}

const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The whole package: `body` (paragraphs and tables, as XML) in an official document's
/// page, with `title` in its properties.
///
/// # Errors
/// Only if the zip writer fails, which writing into memory does not.
pub(crate) fn package(title: &str, lang: Lang, body: &str) -> io::Result<Vec<u8>> {
    let document = format!(
        "{XML_DECL}<w:document xmlns:w=\"{NS_W}\" xmlns:r=\"{NS_R}\"><w:body>\n{body}{}</w:body></w:document>\n",
        section_props()
    );
    let parts: [(&str, String); 10] = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", root_rels()),
        ("docProps/core.xml", core(title, lang)),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", document_rels()),
        ("word/styles.xml", styles(lang)),
        ("word/settings.xml", settings(lang)),
        ("word/fontTable.xml", font_table()),
        ("word/footer1.xml", footer(false)),
        ("word/footer2.xml", footer(true)),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // A fixed time (zip's epoch, 1980-01-01) and mode: the same document gives the same bytes.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    for (name, xml) in &parts {
        zip.start_file(*name, options).map_err(io::Error::other)?;
        zip.write_all(xml.as_bytes())?;
    }
    Ok(zip.finish().map_err(io::Error::other)?.into_inner())
}

fn content_types() -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"{main}.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"{main}.styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"{main}.settings+xml\"/><Override PartName=\"/word/fontTable.xml\" ContentType=\"{main}.fontTable+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"{main}.footer+xml\"/><Override PartName=\"/word/footer2.xml\" ContentType=\"{main}.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>\n"
    )
}

fn root_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{NS_R}/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>\n"
    )
}

fn document_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"{NS_R}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdSettings\" Type=\"{NS_R}/settings\" Target=\"settings.xml\"/><Relationship Id=\"rIdFonts\" Type=\"{NS_R}/fontTable\" Target=\"fontTable.xml\"/><Relationship Id=\"rIdFooterOdd\" Type=\"{NS_R}/footer\" Target=\"footer1.xml\"/><Relationship Id=\"rIdFooterEven\" Type=\"{NS_R}/footer\" Target=\"footer2.xml\"/></Relationships>\n"
    )
}

/// The document's properties: its title and language, and no dates.
fn core(title: &str, lang: Lang) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>gbsw</dc:creator><dc:language>{}</dc:language></cp:coreProperties>\n",
        text(title, false),
        Label::HtmlLang.text(lang)
    )
}

/// Odd and even pages: page numbers at the outer corner (GB/T 9704-2012 7.5).
fn settings(lang: Lang) -> String {
    format!(
        "{XML_DECL}<w:settings xmlns:w=\"{NS_W}\"><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"compressPunctuation\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"{}\"/></w:settings>\n",
        Label::HtmlLang.text(lang)
    )
}

/// The fonts the document names, each with the one to take instead (`w:altName`) and its
/// family, so that a system without it picks a face of the same kind (serif for 宋体, 仿宋
/// and 楷体, sans for 黑体).
fn font_table() -> String {
    let mut out = format!("{XML_DECL}<w:fonts xmlns:w=\"{NS_W}\">");
    for ((name, alt), family) in [
        (fonts::TITLE, "roman"),
        (fonts::BODY, "roman"),
        (fonts::HEI, "swiss"),
        (fonts::KAI, "roman"),
        (fonts::SONG, "roman"),
    ] {
        let _ = write!(
            out,
            "<w:font w:name=\"{}\"><w:altName w:val=\"{}\"/><w:charset w:val=\"86\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>",
            attr(name),
            attr(alt)
        );
    }
    for (name, family) in [(LATIN, "roman"), (MONO, "modern")] {
        let _ = write!(
            out,
            "<w:font w:name=\"{name}\"><w:charset w:val=\"00\"/><w:family w:val=\"{family}\"/><w:pitch w:val=\"variable\"/></w:font>"
        );
    }
    out.push_str("</w:fonts>\n");
    out
}

/// The footer of odd pages (`even` false: the number at the right, one character in) or
/// even ones (at the left): `— 1 —`, the number a PAGE field.
fn footer(even: bool) -> String {
    let place = if even {
        format!("<w:ind w:left=\"{FOOTER_CHAR}\"/><w:jc w:val=\"left\"/>")
    } else {
        format!("<w:ind w:right=\"{FOOTER_CHAR}\"/><w:jc w:val=\"right\"/>")
    };
    format!(
        "{XML_DECL}<w:ftr xmlns:w=\"{NS_W}\" xmlns:r=\"{NS_R}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>{place}</w:pPr><w:r><w:t xml:space=\"preserve\">\u{2014} </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> \u{2014}</w:t></w:r></w:p></w:ftr>\n"
    )
}

/// A paragraph style: id, based on, paragraph and run properties.
fn style(out: &mut String, id: &str, based: Option<&str>, ppr: &str, rpr: &str) {
    let based = based.map_or_else(String::new, |b| format!("<w:basedOn w:val=\"{b}\"/>"));
    let _ = write!(
        out,
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{id}\"/>{based}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    );
}

fn heading(out: &mut String, level: u8, font: &str) {
    let outline = level.saturating_sub(1);
    let _ = write!(
        out,
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\"><w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"{outline}\"/></w:pPr><w:rPr>{}</w:rPr></w:style>",
        fonts_props(font, LATIN)
    );
}

/// The styles: 3号 仿宋 text on the 22-line grid with a two-character indent; the title in
/// 2号 小标宋, centred; headings `一、` in 黑体, `（一）` in 楷体, lower ones in the text's
/// face; tables in 小四 (五号 for wide ones and forms), off the grid; the page number in 4号 宋体.
fn styles(lang: Lang) -> String {
    let zh = Label::HtmlLang.text(lang);
    let body_fonts = fonts_props(fonts::BODY.0, LATIN);
    let exact =
        format!("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{LINE}\" w:lineRule=\"exact\"/>");
    let no_indent = "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>";
    let table_spacing = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";
    let mut out = format!(
        "{XML_DECL}<w:styles xmlns:w=\"{NS_W}\"><w:docDefaults><w:rPrDefault><w:rPr>{body_fonts}<w:kern w:val=\"2\"/><w:sz w:val=\"{SIZE_3}\"/><w:szCs w:val=\"{SIZE_3}\"/><w:lang w:val=\"en-US\" w:eastAsia=\"{zh}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>{exact}</w:pPr></w:pPrDefault></w:docDefaults>"
    );
    let _ = write!(
        out,
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/>{exact}<w:ind w:firstLineChars=\"200\" w:firstLine=\"{}\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr>{body_fonts}<w:spacing w:val=\"{CHAR_SPACING}\"/><w:sz w:val=\"{SIZE_3}\"/><w:szCs w:val=\"{SIZE_3}\"/></w:rPr></w:style>",
        2 * CHAR
    );
    style(
        &mut out,
        "Title",
        Some("Normal"),
        &format!(
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"{LINE}\" w:line=\"700\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>"
        ),
        &format!(
            "{}<w:sz w:val=\"{SIZE_2}\"/><w:szCs w:val=\"{SIZE_2}\"/>",
            fonts_props(fonts::TITLE.0, LATIN)
        ),
    );
    style(
        &mut out,
        "Addressee",
        Some("Normal"),
        &format!("{no_indent}<w:jc w:val=\"left\"/>"),
        "",
    );
    heading(&mut out, 1, fonts::HEI.0);
    heading(&mut out, 2, fonts::KAI.0);
    heading(&mut out, 3, fonts::BODY.0);
    heading(&mut out, 4, fonts::BODY.0);
    style(
        &mut out,
        "Note",
        Some("Normal"),
        "<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>",
        "",
    );
    style(
        &mut out,
        "Caption",
        Some("Normal"),
        &format!("<w:keepNext/>{no_indent}<w:jc w:val=\"center\"/>"),
        &fonts_props(fonts::HEI.0, LATIN),
    );
    style(
        &mut out,
        "TableText",
        Some("Normal"),
        &format!("{table_spacing}{no_indent}<w:jc w:val=\"left\"/>"),
        &format!("<w:sz w:val=\"{SIZE_S4}\"/><w:szCs w:val=\"{SIZE_S4}\"/>"),
    );
    style(
        &mut out,
        "TableHead",
        Some("TableText"),
        "<w:keepNext/><w:jc w:val=\"center\"/>",
        &fonts_props(fonts::HEI.0, LATIN),
    );
    style(
        &mut out,
        "TableNote",
        Some("TableText"),
        "<w:spacing w:before=\"60\" w:after=\"120\"/>",
        "",
    );
    style(
        &mut out,
        "Attachment",
        Some("Normal"),
        &format!("<w:spacing w:before=\"{LINE}\"/><w:jc w:val=\"left\"/>"),
        "",
    );
    style(
        &mut out,
        "AttachmentMore",
        Some("Normal"),
        "<w:jc w:val=\"left\"/>",
        "",
    );
    let right = format!(
        "<w:ind w:right=\"{}\" w:rightChars=\"200\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"right\"/>",
        2 * CHAR
    );
    style(
        &mut out,
        "Signatory",
        Some("Normal"),
        &format!("<w:spacing w:before=\"{LINE}\"/>{right}"),
        "",
    );
    style(&mut out, "Date", Some("Normal"), &right, "");
    style(
        &mut out,
        "FormTitle",
        Some("Normal"),
        &format!(
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"600\" w:lineRule=\"exact\"/>{no_indent}<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>"
        ),
        &format!(
            "{}<w:sz w:val=\"{SIZE_S2}\"/><w:szCs w:val=\"{SIZE_S2}\"/>",
            fonts_props(fonts::TITLE.0, LATIN)
        ),
    );
    style(
        &mut out,
        "FormSubtitle",
        Some("TableText"),
        "<w:keepNext/><w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>",
        "",
    );
    style(
        &mut out,
        "FormNumber",
        Some("TableText"),
        "<w:keepNext/><w:spacing w:after=\"60\"/><w:jc w:val=\"right\"/>",
        &format!("<w:sz w:val=\"{SIZE_5}\"/><w:szCs w:val=\"{SIZE_5}\"/>"),
    );
    style(
        &mut out,
        "Joint",
        Some("TableText"),
        "<w:spacing w:line=\"20\" w:lineRule=\"exact\"/>",
        "<w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/>",
    );
    style(
        &mut out,
        "Footer",
        Some("Normal"),
        &format!(
            "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>{no_indent}"
        ),
        &format!(
            "{}<w:sz w:val=\"{SIZE_4}\"/><w:szCs w:val=\"{SIZE_4}\"/>",
            fonts_props(fonts::SONG.0, fonts::SONG.0)
        ),
    );
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
    };
    let _ = write!(
        out,
        "<w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>{}{}{}{}{}{}</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"{CELL_PAD}\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"{CELL_PAD}\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
        border("top"),
        border("left"),
        border("bottom"),
        border("right"),
        border("insideH"),
        border("insideV")
    );
    out.push_str("</w:styles>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_gb_t_9704() {
        assert_eq!((TOP, LEFT, TYPE_W), (2097, 1587, 8843));
        assert_eq!((RIGHT, BOTTOM), (1476, 1986));
        // 22 lines fit the type area's 225 mm.
        assert!(22 * LINE <= mm(225) && 23 * LINE > mm(225));
    }

    #[test]
    fn ledger_text_is_escaped_and_shows_controls() {
        assert_eq!(
            text("<b>&\"x\"\u{1b}[31m\u{202e}\u{ffff}\n=1+1", false),
            "&lt;b&gt;&amp;&quot;x&quot;\\u001b[31m\\u202e\\uffff =1+1"
        );
        assert_eq!(
            text("a\r\nb\tc", true),
            "a</w:t><w:br/><w:t xml:space=\"preserve\">b\\u0009c"
        );
    }

    #[test]
    fn widths_fill_the_type_area_or_stay_natural() {
        let w = widths(&[(10, 10), (2, 40), (2, 30), (10, 20), (2, 60)], SIZE_S4);
        assert_eq!(w.iter().sum::<u32>(), TYPE_W);
        // The id keeps its width, the rest share the room.
        assert_eq!(w[0], 12 * 120 + 170);
        let narrow = widths(&[(4, 4), (2, 10)], SIZE_S4);
        assert_eq!(narrow, vec![6 * 120 + 170, 12 * 120 + 170]);
    }
}
