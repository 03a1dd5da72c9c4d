//! 报告正文 (narrative): the words a unit, or the standardization section for the whole
//! bureau, writes into its semiannual report beside the computed figures — one Markdown file
//! a period and unit, `reports/2026H1.md` for the bureau and `reports/2026H1/office.md` for a
//! unit, with a `## ` heading a part (实施频率, 实施范围, 实施成效, 存在问题, 下一步工作).
//!
//! A narrative is ledger content, so untrusted: it is read only inside the ledger (a file
//! that is, or leads through, a symbolic link out of the root is refused, as `discover`
//! refuses one), only when it is a regular file (a pipe would block), at most
//! [`MAX_NARRATIVE_BYTES`], as UTF-8 text. Its Markdown is not kept: it is read as plain
//! paragraphs, so nothing in it can add markup, links or HTML to a report — the back-ends
//! escape each paragraph like any ledger text. `## ` headings divide the parts; blank lines
//! divide paragraphs; a list item (`- `, `* `, `+ `) or numbered line (`1.`, `1、`) starts a
//! paragraph of its own (a bullet's marker dropped, a number kept as text); deeper headings
//! become paragraphs; the `# ` title, whatever comes before the first part and `<!-- -->`
//! comments (where a draft keeps its instructions) are left out.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::message::Msg;
use crate::message::report::NUMBER_ENDS;
pub use crate::message::report::NarrativePart;
use crate::period::Period;

/// The folder of the narratives, at the ledger's root.
pub const FOLDER: &str = "reports";

/// A narrative is prose: a few pages. Anything larger is not one.
pub const MAX_NARRATIVE_BYTES: u64 = 256 * 1024;

/// A narrative as parts, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Narrative {
    pub parts: Vec<Part>,
}

/// One `## ` part: its heading as written, the part of the report it names (if any), its
/// paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    #[serde(skip)]
    pub key: Option<NarrativePart>,
    pub heading: String,
    pub paragraphs: Vec<String>,
}

impl Narrative {
    /// The paragraphs of a part: those of the first part naming it that has any. None when
    /// the narrative does not write that part.
    #[must_use]
    pub fn paragraphs(&self, key: NarrativePart) -> Option<&[String]> {
        self.parts
            .iter()
            .find(|p| p.key == Some(key) && !p.paragraphs.is_empty())
            .map(|p| p.paragraphs.as_slice())
    }
}

/// Why a narrative file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// It is, or leads through, a symbolic link out of the ledger.
    OutsideLedger,
    /// It is a folder, a pipe, a device.
    NotAFile,
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// Not UTF-8 text, binary, or unreadable: the reading's own message.
    Unreadable(Msg),
}

/// What is found where a narrative would be.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Missing,
    Read(Narrative),
    Problem(Problem),
}

/// The narrative's path relative to the ledger's root, `/`-separated: `reports/2026H1.md`
/// for the whole bureau, `reports/2026H1/office.md` for a unit. A unit id holds no `/` and
/// starts with a letter or digit, so the path stays in the folder.
#[must_use]
pub fn rel_path(period: Period, unit: Option<&str>) -> String {
    match unit {
        None => format!("{FOLDER}/{period}.md"),
        Some(u) => format!("{FOLDER}/{period}/{u}.md"),
    }
}

/// The narrative's path under `root`.
#[must_use]
pub fn path(root: &Path, period: Period, unit: Option<&str>) -> PathBuf {
    root.join(rel_path(period, unit))
}

/// Whether anything is at the narrative's place (a file, or a link, even a broken one): what
/// `gbsw check` asks, without reading it.
#[must_use]
pub fn exists(root: &Path, period: Period, unit: Option<&str>) -> bool {
    path(root, period, unit).symlink_metadata().is_ok()
}

/// Read the narrative of a period (and unit) from the ledger at `root`.
#[must_use]
pub fn read(root: &Path, period: Period, unit: Option<&str>) -> Found {
    let file = path(root, period, unit);
    if file.symlink_metadata().is_err() {
        return Found::Missing;
    }
    match read_text(root, &file, &rel_path(period, unit)) {
        Ok(text) => Found::Read(parse(&text)),
        Err(p) => Found::Problem(p),
    }
}

fn read_text(root: &Path, file: &Path, display: &str) -> Result<String, Problem> {
    let unreadable = |e: &std::io::Error| {
        Problem::Unreadable(Msg::Unreadable {
            kind: e.kind(),
            detail: e.to_string(),
        })
    };
    // Where the file really is, every link on the way resolved: inside the root, or refused.
    let real_root = root.canonicalize().map_err(|e| unreadable(&e))?;
    let (real, meta) = match crate::read::locate(&real_root, file) {
        crate::read::Place::Inside(real, meta) => (real, meta),
        crate::read::Place::Outside => return Err(Problem::OutsideLedger),
        crate::read::Place::Unresolved(e) => return Err(unreadable(&e)),
    };
    if !meta.is_file() {
        return Err(Problem::NotAFile);
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&real)
        .and_then(|f| f.take(MAX_NARRATIVE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| unreadable(&e))?;
    if bytes.len() as u64 > MAX_NARRATIVE_BYTES {
        return Err(Problem::TooLarge {
            size: meta.len().max(bytes.len() as u64),
            limit: MAX_NARRATIVE_BYTES,
        });
    }
    crate::read::decode_bytes(bytes, display).map_err(|p| Problem::Unreadable(p.message))
}

/// A narrative's text as parts of plain paragraphs (see the module's documentation).
#[must_use]
pub fn parse(text: &str) -> Narrative {
    let text = without_comments(text);
    let mut parts: Vec<Part> = Vec::new();
    let mut para = String::new();
    let end = |parts: &mut Vec<Part>, para: &mut String| {
        let p = para.trim().to_owned();
        para.clear();
        if let (false, Some(part)) = (p.is_empty(), parts.last_mut()) {
            part.paragraphs.push(p);
        }
    };
    for raw in text.lines() {
        let line = raw.trim();
        let hashes = line.chars().take_while(|c| *c == '#').count();
        let after = &line[hashes..];
        let is_heading = hashes > 0 && (after.is_empty() || after.starts_with([' ', '\t']));
        if is_heading && hashes <= 2 {
            end(&mut parts, &mut para);
            if hashes == 2 {
                let heading = after.trim().trim_end_matches('#').trim().to_owned();
                parts.push(Part {
                    key: NarrativePart::ALL
                        .into_iter()
                        .find(|k| k.named_by(&heading)),
                    heading,
                    paragraphs: Vec::new(),
                });
            }
            continue;
        }
        if line.is_empty() {
            end(&mut parts, &mut para);
            continue;
        }
        if is_heading {
            end(&mut parts, &mut para);
            para.push_str(after.trim().trim_end_matches('#').trim());
            end(&mut parts, &mut para);
            continue;
        }
        if let Some(item) = ["- ", "* ", "+ "].iter().find_map(|m| line.strip_prefix(m)) {
            end(&mut parts, &mut para);
            para.push_str(item.trim());
            continue;
        }
        if numbered(line) {
            end(&mut parts, &mut para);
        }
        join(&mut para, line);
    }
    end(&mut parts, &mut para);
    Narrative { parts }
}

/// A line starting a numbered item: `1.`, `12.`, `1、`, `1）`.
fn numbered(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(NUMBER_ENDS)
}

/// Lines of one paragraph joined: with a space between two words of a spaced script, with
/// nothing between Chinese characters (as Markdown renderers for Chinese do).
fn join(para: &mut String, line: &str) {
    let spaced =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c.is_ascii_punctuation());
    if !para.is_empty() && spaced(para.chars().last()) && spaced(line.chars().next()) {
        para.push(' ');
    }
    para.push_str(line);
}

/// The text without `<!-- … -->` comments; an unclosed one runs to the end.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_by_heading_paragraphs_by_blank_line_markup_kept_as_text() {
        let n = parse(
            "# 办公室 报告\n报送：某办公室\n<!-- 说明\n## 存在问题\n -->\n## 一、实施频率\n每日巡检，\n每日备份。\n\nsecond\nline\n\n## 二、牵头标准\n- 《A》\n- 《B》\n### 小标题 ###\n1. 第一\n2、第二\n## 五、存在问题\n<b>*x*</b> [l](javascript:1)\n## 下一步工作\n\n",
        );
        let got: Vec<(Option<NarrativePart>, &str, Vec<&str>)> = n
            .parts
            .iter()
            .map(|p| {
                (
                    p.key,
                    p.heading.as_str(),
                    p.paragraphs.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Some(NarrativePart::Frequency),
                    "一、实施频率",
                    vec!["每日巡检，每日备份。", "second line"]
                ),
                (
                    None,
                    "二、牵头标准",
                    vec!["《A》", "《B》", "小标题", "1. 第一", "2、第二"]
                ),
                (
                    Some(NarrativePart::Problems),
                    "五、存在问题",
                    vec!["<b>*x*</b> [l](javascript:1)"]
                ),
                (Some(NarrativePart::Next), "下一步工作", vec![]),
            ]
        );
        assert_eq!(n.paragraphs(NarrativePart::Next), None);
        assert_eq!(n.paragraphs(NarrativePart::Scope), None);
        assert_eq!(
            n.paragraphs(NarrativePart::Problems),
            Some(&["<b>*x*</b> [l](javascript:1)".to_owned()][..])
        );
    }

    #[test]
    fn english_headings_name_parts_too() {
        let n = parse("## Next Steps\ngo\n## 3. Scope\nall\n");
        assert_eq!(n.parts[0].key, Some(NarrativePart::Next));
        assert_eq!(n.parts[1].key, Some(NarrativePart::Scope));
    }

    #[test]
    fn paths_per_period_and_unit() {
        assert_eq!(rel_path(Period::Half(2026, 1), None), "reports/2026H1.md");
        assert_eq!(
            rel_path(Period::Half(2026, 2), Some("office")),
            "reports/2026H2/office.md"
        );
    }
}
