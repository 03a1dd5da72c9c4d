//! Text measured in display columns, where a Chinese character takes two: cutting, wrapping
//! and the borderless table style of `gbsw due` and `gbsw list`.

use comfy_table::{LineStyle, TableStyle};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Header, a rule under it and one line per row, with no row separators.
pub const TABLE_STYLE: TableStyle = TableStyle::new()
    .header_separator(LineStyle::none().fill('─').junction('─'))
    .bottom_border(LineStyle::none().fill('─').junction('─'));

/// `text` cut to `cols` display columns (Chinese characters count two), with `…` when cut.
#[must_use]
pub fn clip(text: &str, cols: usize) -> String {
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
pub fn wrap(text: &str, cols: usize) -> Vec<String> {
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
pub fn fit(natural: &[usize], min: &[usize], width: usize) -> Vec<usize> {
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
pub fn fit_last_first(natural: &[usize], min: &[usize], width: usize) -> Vec<usize> {
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
