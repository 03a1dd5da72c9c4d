//! Byte offsets to lines and columns in time independent of the file's size: a diagnostic
//! must not scan its file from the start, or 100 000 problems in one file take minutes.

/// Characters are counted from checkpoints this many bytes apart, so a column costs at most
/// this many bytes of counting however long its line is.
const CHUNK: usize = 256;

/// Where each line of a text starts, and how many characters come before each checkpoint.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// Characters before byte `i * CHUNK`, for each `i`.
    chars: Vec<usize>,
}

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars = Vec::with_capacity(bytes.len() / CHUNK + 1);
        let mut count = 0;
        for chunk in bytes.chunks(CHUNK) {
            chars.push(count);
            count += chars_in(chunk);
        }
        chars.push(count);
        Self { starts, chars }
    }

    /// 1-based line and 1-based column (in characters) of a byte offset of `text`, the text
    /// the index was built from.
    #[must_use]
    pub(crate) fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_number(offset);
        let start = self.line_start(line);
        let col = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line, col)
    }

    /// The line holding `offset` (without its line break), its 1-based number and the byte
    /// offset where it starts.
    #[must_use]
    pub(crate) fn line_of<'t>(&self, text: &'t str, offset: usize) -> (usize, usize, &'t str) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_number(offset);
        let start = self.line_start(line);
        // The next line starts after this line's `\n`.
        let end = self
            .starts
            .get(line)
            .map_or(text.len(), |next| next.saturating_sub(1));
        let content = text.get(start..end).unwrap_or("").trim_end_matches('\r');
        (line, start, content)
    }

    /// The byte offset of the character `col` characters (0-based) after the start of line
    /// `line` (1-based), as a parser that counts characters reports a place; the end of the
    /// text when there is no such character.
    #[must_use]
    pub fn offset(&self, text: &str, line: usize, col: usize) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return text.len();
        };
        let wanted = self.chars_before(text, start) + col;
        // The last checkpoint at or before the character; every chunk holds at least one
        // character start, so the walk from it is shorter than two chunks.
        let chunk = self
            .chars
            .partition_point(|&c| c <= wanted)
            .saturating_sub(1);
        let mut count = self.chars.get(chunk).copied().unwrap_or(0);
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate().skip(chunk * CHUNK) {
            if (b & 0xC0) != 0x80 {
                if count == wanted {
                    return i;
                }
                count += 1;
            }
        }
        text.len()
    }

    /// The byte offset where line `line` (1-based; 0 counts as 1, as in [`Self::offset`])
    /// starts, if the text has that line.
    #[must_use]
    pub fn start_of_line(&self, line: usize) -> Option<usize> {
        self.starts.get(line.saturating_sub(1)).copied()
    }

    /// 1-based number of the line holding a byte offset.
    fn line_number(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    fn line_start(&self, line: usize) -> usize {
        self.starts.get(line - 1).copied().unwrap_or(0)
    }

    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let chunk = offset / CHUNK;
        let counted = self.chars.get(chunk).copied().unwrap_or(0);
        counted
            + text
                .as_bytes()
                .get(chunk * CHUNK..offset)
                .map_or(0, chars_in)
    }
}

/// Characters in UTF-8 bytes: every byte that does not continue a character starts one. This
/// needs no character boundary, so checkpoints can fall inside a character.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition the index must agree with: count from the start of the text.
    fn scan(text: &str, offset: usize) -> (usize, usize, usize, &str) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let col = before[start..].chars().count() + 1;
        (line, col, start, text[start..end].trim_end_matches('\r'))
    }

    #[test]
    fn finds_the_byte_of_a_line_and_character_column() {
        let long = "会议".repeat(300) + "x\n";
        let texts = [
            String::new(),
            "a\r\nb\r\n".to_owned(),
            "标题 = \"会议服务规范\"\nid = 1\n\n最后".to_owned(),
            format!("{long}{long}y"),
        ];
        for text in &texts {
            let index = LineIndex::new(text);
            let lines = text.split('\n').count();
            for line in 1..=lines + 1 {
                let start: usize = text.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
                let rest = text.get(start..).unwrap_or("");
                for col in 0..=rest.chars().count() + 1 {
                    let expected = rest
                        .char_indices()
                        .nth(col)
                        .map_or(text.len(), |(i, _)| start + i);
                    let expected = if line > lines { text.len() } else { expected };
                    assert_eq!(
                        index.offset(text, line, col),
                        expected,
                        "{text:?} {line}:{col}"
                    );
                }
            }
        }
    }

    #[test]
    fn agrees_with_scanning_from_the_start() {
        let long = "会议".repeat(300) + "x\n";
        let texts = [
            String::new(),
            "a".to_owned(),
            "\n".to_owned(),
            "a\r\nb\r\n".to_owned(),
            "标题 = \"会议服务规范\"\nid = 1\n\n最后".to_owned(),
            format!("{long}{long}y"),
        ];
        for text in &texts {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                let (line, col, start, content) = scan(text, offset);
                assert_eq!(
                    index.line_col(text, offset),
                    (line, col),
                    "{text:?} at {offset}"
                );
                assert_eq!(
                    index.line_of(text, offset),
                    (line, start, content),
                    "{text:?} at {offset}"
                );
            }
        }
    }
}
