//! CSV that a spreadsheet opens as data. Excel, WPS and LibreOffice run a cell that begins
//! with `=`, `+`, `-` or `@` as a formula (and treat a leading tab or carriage return the
//! same way), so ledger text that a clerk wrote could run a command on the reader's machine.
//! Text cells that begin so are prefixed with `'`, as OWASP recommends; numbers and dates are
//! written as they are, so they stay numbers.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula when they come first,
/// with their full-width forms, which some Chinese spreadsheets read the same way.
const FORMULA_START: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// A text cell that no spreadsheet will run. Leading spaces (also no-break and ideographic
/// ones) do not hide a formula: a spreadsheet that trims them on import would run it.
#[must_use]
pub fn text(s: &str) -> Cow<'_, str> {
    if is_formula_start(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Whether a spreadsheet would run `s` as a formula: what [`text`] guards, and so what a `'`
/// before it in a CSV cell of gbsw's means (`gbsw import` takes the guard off again).
#[must_use]
pub(crate) fn is_formula_start(s: &str) -> bool {
    let trimmed = s.trim_start_matches([' ', '\u{a0}', '\u{3000}', '\n']);
    s.starts_with(FORMULA_START) || trimmed.starts_with(FORMULA_START)
}

/// What Excel on Chinese Windows needs to read a CSV file as UTF-8 rather than GBK.
pub const BOM: &str = "\u{feff}";

/// `text` with a byte-order mark in front when `bom` is set (`--bom`).
#[must_use]
pub fn with_bom(text: String, bom: bool) -> String {
    if bom { format!("{BOM}{text}") } else { text }
}

/// A header row: each column's Chinese name, or its English key with `lang` en. The English
/// keys are stable, for scripts that read the file.
#[must_use]
pub fn header<'a>(columns: &[(&'a str, &'a str)], lang: crate::lang::Lang) -> Vec<&'a str> {
    crate::message::labels::csv_header(columns, lang)
}

/// The text a CSV writer wrote into memory.
///
/// # Errors
/// Only if the writer fails to flush, which writing to memory does not.
pub fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn formulas_become_text() {
        for (s, expected) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("＝1+1", "'＝1+1"),
            (" =1+1", "' =1+1"),
            ("\u{a0}\u{3000}@SUM(A1)", "'\u{a0}\u{3000}@SUM(A1)"),
            ("\n=1", "'\n=1"),
            ("办公室", "办公室"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(text(s), expected, "{s:?}");
        }
    }
}
