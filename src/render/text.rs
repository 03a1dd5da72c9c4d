//! Text measured in display columns, where a Chinese character takes two: cutting, wrapping,
//! and [`table`], the one way every terminal table (`gbsw due`, `gbsw list`, the status
//! screen, any document drawn as text) is fitted to a width.

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle, presets};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::doc::{Fit, TableKind};
use crate::render::style::{self, Palette};

/// Header, a rule under it and one line per row, with no row separators.
pub(crate) const TABLE_STYLE: TableStyle = TableStyle::new()
    .header_separator(LineStyle::none().fill('─').junction('─'))
    .bottom_border(LineStyle::none().fill('─').junction('─'));

/// `text` cut to `cols` display columns (Chinese characters count two), with `…` when cut.
#[must_use]
pub(crate) fn clip(text: &str, cols: usize) -> String {
    if text.width() <= cols {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > cols {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` broken into lines of at most `cols` display columns. A run of Latin letters, digits
/// and signs (`GB/T 1.1-2020`, `2026-05-08`) moves to the next line whole when it fits there,
/// and closing punctuation (`，。）`) never starts a line: it takes the character before it
/// along. Chinese text otherwise breaks anywhere, as it has no spaces between words.
#[must_use]
pub(crate) fn wrap(text: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(4);
    let mut lines = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        let mut used = 0;
        for c in para.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > cols && !line.is_empty() {
                let cut = break_at(&line, c);
                let carry = line.split_off(cut);
                lines.push(line.trim_end().to_owned());
                line = carry.trim_start().to_owned();
                used = line.width();
                if c == ' ' && line.is_empty() {
                    continue;
                }
            }
            line.push(c);
            used += w;
        }
        lines.push(line.trim_end().to_owned());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Punctuation that may not start a line (避头标点).
fn closing(c: char) -> bool {
    "，。、；：？！）》」』】〕”’…％,.;:?!)]}%".contains(c)
}

/// Where to end a full `line` when `next` does not fit: the byte offset of what moves on.
fn break_at(line: &str, next: char) -> usize {
    // Where the run of Latin characters that ends at `end` begins.
    let latin_start = |end: usize| {
        line[..end]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_graphic())
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let mut end = line.len();
    if closing(next) {
        // Closing marks at the end of the line go along with `next`, and so does what they
        // close: one character, or a Latin run.
        while let Some(c) = line[..end].chars().next_back().filter(|c| closing(*c)) {
            end -= c.len_utf8();
        }
        match line[..end].chars().next_back() {
            Some(c) if c.is_ascii_graphic() => end = latin_start(end),
            Some(c) => end -= c.len_utf8(),
            None => {}
        }
    } else if next.is_ascii_graphic() && line.ends_with(|c: char| c.is_ascii_graphic()) {
        end = latin_start(end);
    }
    // A line that would be left empty is cut where it is full instead.
    if end == 0 { line.len() } else { end }
}

/// Column widths for a table `width` columns wide, where each column also takes three columns
/// of padding and border: each column starts at its `natural` width, and while the table is
/// too wide the widest column above its `min` gives up a column. A table that cannot fit
/// even at the minimums is left wider than `width`.
#[must_use]
pub(crate) fn fit(natural: &[usize], min: &[usize], width: usize) -> Vec<usize> {
    let mut w: Vec<usize> = natural.to_vec();
    let budget = width.saturating_sub(3 * natural.len());
    let mut total: usize = w.iter().sum();
    while total > budget {
        let widest = (0..w.len())
            .filter(|&i| w[i] > min.get(i).copied().unwrap_or(0))
            .max_by_key(|&i| (w[i], std::cmp::Reverse(i)));
        let Some(i) = widest else { break };
        w[i] -= 1;
        total -= 1;
    }
    w
}

/// As [`fit`], but the last column (a description) gives way first, down to 10 columns (or
/// its `min`, if more); only then do the others shrink, widest first.
#[must_use]
pub(crate) fn fit_last_first(natural: &[usize], min: &[usize], width: usize) -> Vec<usize> {
    let Some(last) = natural.len().checked_sub(1) else {
        return Vec::new();
    };
    let mut held = natural.to_vec();
    held[last] = natural[last].min(min.get(last).copied().unwrap_or(0).max(10));
    let first = fit(natural, &held, width);
    fit(&first, min, width)
}

/// `text` padded with spaces to `cols` display columns.
#[must_use]
pub fn pad(text: &str, cols: usize) -> String {
    let mut s = text.to_owned();
    s.push_str(&" ".repeat(cols.saturating_sub(text.width())));
    s
}

/// A table as lines of text (without line ends), fitting `width` display columns or whole
/// without one (a file or a pipe).
///
/// A [`TableKind::Listing`] is a header, a rule and one line per row: columns start at their
/// widest cell, those with [`Fit::CutAt`] at most that wide (never narrower than their
/// header); while the table is too wide the last column gives way first, down to 10 columns,
/// then the widest others, never below their header or 4 columns ([`Fit::Cut`]) or at all
/// ([`Fit::Whole`]), and cut cells end in `…`. Cells are shown as given: escape ledger text
/// first ([`crate::visible::line`]) so widths are those shown.
///
/// A [`TableKind::Grid`] is boxed; too wide, its columns share the width and cells wrap
/// (comfy-table's dynamic arrangement), whatever their fit.
#[must_use]
pub fn table(
    kind: TableKind,
    header: &[String],
    rows: &[Vec<String>],
    fits: &[Fit],
    width: Option<usize>,
) -> Vec<String> {
    match kind {
        TableKind::Grid => grid(header, rows, width),
        TableKind::Listing => listing(header, rows, fits, width),
    }
}

fn grid(header: &[String], rows: &[Vec<String>], width: Option<usize>) -> Vec<String> {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_header(header.to_vec());
    if let Some(w) = width {
        t.set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(w).unwrap_or(u16::MAX));
    }
    for r in rows {
        t.add_row(r.clone());
    }
    t.to_string().lines().map(str::to_owned).collect()
}

fn listing(
    header: &[String],
    rows: &[Vec<String>],
    fits: &[Fit],
    width: Option<usize>,
) -> Vec<String> {
    let n = header.len();
    let head = |c: usize| header.get(c).map_or(0, |h| h.width());
    let fit = |c: usize| fits.get(c).copied().unwrap_or_default();
    let natural: Vec<usize> = (0..n)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.width())
                .chain(std::iter::once(head(c)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let cols = match width {
        None => natural,
        Some(w) => {
            let capped: Vec<usize> = (0..n)
                .map(|c| match fit(c) {
                    Fit::CutAt(cap) => natural[c].min(cap.max(head(c))),
                    Fit::Whole | Fit::Cut => natural[c],
                })
                .collect();
            let min: Vec<usize> = (0..n)
                .map(|c| match fit(c) {
                    Fit::Whole => natural[c],
                    Fit::Cut | Fit::CutAt(_) => head(c).max(4),
                })
                .collect();
            fit_last_first(&capped, &min, w)
        }
    };
    let mut t = Table::new();
    t.load_style(TABLE_STYLE)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.to_vec());
    for row in rows {
        t.add_row(
            row.iter()
                .zip(&cols)
                .map(|(cell, &w)| clip(cell, w))
                .collect::<Vec<_>>(),
        );
    }
    t.lines().map(|l| l.trim_end().to_owned()).collect()
}

/// The lines of a [`TableKind::Listing`] joined, each ending in a line break, the rows for
/// which `alert(row)` holds in the error colour.
#[must_use]
pub(crate) fn paint_rows(
    lines: &[String],
    alert: impl Fn(usize) -> bool,
    palette: Palette,
) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(n, l)| {
            // Lines: the header, its rule, one per row, the closing rule.
            if n.checked_sub(2).is_some_and(&alert) {
                format!("{}\n", palette.paint(style::ERROR, l))
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_and_wraps_by_display_width() {
        assert_eq!(clip("机关会议服务规范", 9), "机关会议…");
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(wrap("机关会议服务规范", 8), ["机关会议", "服务规范"]);
        assert_eq!(
            wrap("CZJG/T 301-2020 and more", 12),
            ["CZJG/T", "301-2020 and", "more"]
        );
        assert_eq!(
            wrap("计划完成：2025-12-20，", 16),
            ["计划完成：", "2025-12-20，"]
        );
        assert_eq!(wrap("不符合规定。", 10), ["不符合规", "定。"]);
        assert_eq!(
            wrap("计划完成：2025-12-20，", 20),
            ["计划完成：", "2025-12-20，"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(pad("标准", 6), "标准  ");
    }

    #[test]
    fn columns_shrink_widest_first_down_to_their_minimum() {
        assert_eq!(fit(&[10, 14, 40], &[10, 4, 4], 80), [10, 14, 40]);
        assert_eq!(fit(&[10, 14, 40], &[10, 4, 4], 45), [10, 13, 13]);
        assert_eq!(fit(&[10, 14, 40], &[10, 4, 4], 10), [10, 4, 4]);
        assert_eq!(fit_last_first(&[10, 16, 40], &[10, 4, 4], 50), [10, 16, 15]);
        assert_eq!(fit_last_first(&[10, 16, 40], &[10, 4, 4], 45), [10, 16, 10]);
        assert_eq!(fit_last_first(&[10, 16, 40], &[10, 4, 4], 40), [10, 11, 10]);
    }
}
