//! YAML to a node tree, built straight from the parser's events (saphyr-parser): no
//! intermediate document with hashed keys, which made YAML the slowest part of loading.
//! Scalars are resolved with saphyr's YAML 1.2 core schema rules.

use std::borrow::Cow;

use saphyr::{Marker, Scalar};
use saphyr_parser::{Event, Parser, ScalarStyle, Span as YamlSpan, SpannedEventReceiver, Tag};

use super::{MAX_DEPTH, ParseError};
use crate::node::{Entry, Node, Value};
use crate::span::Span;

/// Parse YAML text (one document) into a node tree.
///
/// # Errors
/// The first syntax error, a duplicate key, an alias, several documents in one file, or
/// nesting past [`MAX_DEPTH`].
pub(crate) fn parse_yaml(text: &str) -> Result<Node<'_>, Vec<ParseError>> {
    let mut b = Builder {
        lines: LineIndex::new(text),
        text,
        stack: Vec::new(),
        docs: Vec::new(),
        error: None,
    };
    // Event by event, not `Parser::load`: that recurses once per nesting level, so a line of
    // 100 000 `- ` overflowed the stack (an abort, not an error) before the depth check could
    // refuse it. The loop stops at the first error, the depth check's included.
    for event in Parser::new_from_str(text) {
        match event {
            Ok((ev, span)) => b.on_event(ev, span),
            Err(e) => {
                let mut at = b.lines.offset(e.marker());
                // The scanner reports a tab where the token before it began (often the line
                // above): point at the tab itself.
                if e.info().contains("found a tab")
                    && let Some(tab) = text.get(at..).and_then(|rest| rest.find('\t'))
                {
                    at += tab;
                }
                // A key without its `:` is noticed at the next line: point at the line that
                // lacks it, the last one with text before this.
                if e.info().contains("expect ':'")
                    && let Some(previous) = previous_line_text(text, at)
                {
                    at = previous;
                }
                b.fail(Span::new(at, next_char_end(text, at)), e.info());
            }
        }
        if b.error.is_some() {
            break;
        }
    }
    if let Some(e) = b.error {
        return Err(vec![e]);
    }
    let mut docs = b.docs.into_iter();
    let Some(doc) = docs.next() else {
        return Ok(Node {
            span: Span::new(0, 0),
            value: Value::Map(Vec::new()),
        });
    };
    if let Some(second) = docs.next() {
        let at = second.span.start;
        return Err(vec![ParseError {
            span: Span::new(at, next_char_end(text, at)),
            detail: "a second YAML document in one file".to_owned(),
        }]);
    }
    // A document of only comments is a null: treat it like an empty file's map.
    if doc.value == Value::Null {
        return Ok(Node {
            span: doc.span,
            value: Value::Map(Vec::new()),
        });
    }
    Ok(doc)
}

fn next_char_end(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(at, |c| at + c.len_utf8())
}

/// A collection being built.
enum Frame<'a> {
    Seq {
        start: usize,
        items: Vec<Node<'a>>,
    },
    Map {
        start: usize,
        entries: Vec<Entry<'a>>,
        /// A key read and waiting for its value: its text and span.
        key: Option<(Cow<'a, str>, Span)>,
    },
}

struct Builder<'a> {
    lines: LineIndex<'a>,
    text: &'a str,
    stack: Vec<Frame<'a>>,
    docs: Vec<Node<'a>>,
    error: Option<ParseError>,
}

/// Where the text of the last non-blank line before `at` begins, when `at` starts a line.
fn previous_line_text(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    if !(before.is_empty() || before.ends_with('\n')) {
        return None;
    }
    let before = before.trim_end();
    let line = before.rfind('\n').map_or(0, |i| i + 1);
    let content = before.get(line..)?;
    Some(line + content.len() - content.trim_start().len())
}

impl<'a> Builder<'a> {
    fn fail(&mut self, span: Span, detail: &str) {
        self.error.get_or_insert(ParseError {
            span,
            detail: detail.to_owned(),
        });
    }

    fn span(&self, s: &YamlSpan) -> Span {
        Span::new(self.lines.offset(&s.start), self.lines.offset(&s.end))
    }

    /// Place a finished node: a document, a sequence item, a mapping key or its value.
    /// `key_text` is the scalar's text, for nodes that may be a key.
    fn place(&mut self, node: Node<'a>, key_text: Option<Cow<'a, str>>) {
        let bad_key = match self.stack.last_mut() {
            None => {
                self.docs.push(node);
                return;
            }
            Some(Frame::Seq { items, .. }) => {
                items.push(node);
                return;
            }
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                Some((k, key_span)) => {
                    entries.push(Entry {
                        key: k,
                        key_span,
                        value: node,
                    });
                    return;
                }
                None => match key_text {
                    Some(text) => {
                        *key = Some((text, node.span));
                        return;
                    }
                    None => node.span,
                },
            },
        };
        self.fail(bad_key, "a mapping key that is not plain text");
        // Keep the mapping's shape so later events still pair keys with values.
        if let Some(Frame::Map { key, .. }) = self.stack.last_mut() {
            *key = Some((Cow::Borrowed(""), bad_key));
        }
    }

    fn open(&mut self, frame: Frame<'a>, span: Span) {
        if self.stack.len() >= MAX_DEPTH {
            self.fail(span, &format!("nested deeper than {MAX_DEPTH} levels"));
        }
        self.stack.push(frame);
    }
}

impl<'a> SpannedEventReceiver<'a> for Builder<'a> {
    fn on_event(&mut self, ev: Event<'a>, span: YamlSpan) {
        if self.error.is_some() {
            return;
        }
        let here = self.span(&span);
        match ev {
            Event::Scalar(text, style, _, tag) => {
                // A key's text moves into its entry as it is; only a value is resolved.
                if let Some(Frame::Map {
                    key: key @ None, ..
                }) = self.stack.last_mut()
                {
                    *key = Some((text, here));
                    return;
                }
                let value = scalar(text, style, tag.as_ref());
                self.place(Node { span: here, value }, None);
            }
            Event::SequenceStart(..) => self.open(
                Frame::Seq {
                    start: here.start,
                    items: Vec::new(),
                },
                here,
            ),
            Event::MappingStart(..) => self.open(
                Frame::Map {
                    start: here.start,
                    entries: Vec::new(),
                    key: None,
                },
                here,
            ),
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Frame::Seq { start, items }) => Node {
                        span: Span::new(start, here.end),
                        value: Value::Seq(items),
                    },
                    Some(Frame::Map { start, entries, .. }) => {
                        if let Some(dup) = duplicate(&entries) {
                            self.fail(dup, "a duplicate key in a mapping");
                            return;
                        }
                        Node {
                            span: Span::new(start, here.end),
                            value: Value::Map(entries),
                        }
                    }
                    None => return,
                };
                self.place(node, None);
            }
            Event::Alias(_) => {
                self.fail(
                    Span::new(
                        here.start,
                        next_char_end(self.text, here.start).max(here.end),
                    ),
                    "YAML aliases (*name) are not supported in a ledger",
                );
            }
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart(_)
            | Event::DocumentEnd => {}
        }
    }
}

/// The span of the second occurrence of a key, if a key occurs twice.
fn duplicate(entries: &[Entry]) -> Option<Span> {
    // Mappings are small (a record's fields): a quadratic scan beats hashing here.
    entries.iter().enumerate().find_map(|(i, e)| {
        entries
            .get(..i)
            .is_some_and(|before| before.iter().any(|b| b.key == e.key))
            .then_some(e.key_span)
    })
}

/// A scalar resolved with the YAML 1.2 core schema: quoted text is text; plain `null`, `~`
/// and nothing are null; `true`/`false`, integers and floats are typed.
fn scalar<'a>(text: Cow<'a, str>, style: ScalarStyle, tag: Option<&Cow<'a, Tag>>) -> Value<'a> {
    // Only a tag can leave a scalar unresolved; its text is kept for that case alone.
    let fallback = tag.map(|_| text.clone());
    match Scalar::parse_from_cow_and_metadata(text, style, tag) {
        Some(Scalar::Null) => Value::Null,
        Some(Scalar::Boolean(b)) => Value::Bool(b),
        Some(Scalar::Integer(i)) => Value::Int(i),
        Some(Scalar::FloatingPoint(f)) => Value::Float(f.into_inner()),
        Some(Scalar::String(s)) => Value::Str(s),
        None => Value::Str(fallback.unwrap_or_default()),
    }
}

/// saphyr's markers count characters; spans here are bytes. The marker's line and column are
/// turned into a byte offset through the shared line index, in time independent of how far
/// along its line the marker is: a one-line file of 100 000 list items has as many markers.
/// Markers mostly come in the order of the text, so the last one converted is remembered and
/// a marker later on the same line is reached by walking on from it: each byte is walked about
/// once, where going through the index walked up to two of its chunks for every marker.
struct LineIndex<'a> {
    text: &'a str,
    index: crate::line_index::LineIndex,
    /// The last marker converted: its line, column and byte offset.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            index: crate::line_index::LineIndex::new(text),
            last: std::cell::Cell::new((usize::MAX, 0, 0)),
        }
    }

    fn offset(&self, m: &Marker) -> usize {
        let (line, col) = (m.line(), m.col());
        let (last_line, last_col, last_at) = self.last.get();
        let at = if line == last_line && col >= last_col {
            forward(self.text, last_at, col - last_col)
        } else if line > last_line && col < NEAR {
            // A later line, near its start: from there, rather than from a checkpoint.
            self.index
                .start_of_line(line)
                .map_or(self.text.len(), |start| forward(self.text, start, col))
        } else {
            self.index.offset(self.text, line, col)
        };
        self.last.set((line, col, at));
        at
    }
}

/// How many characters into a line a marker may be for its offset to be counted from the
/// line's start.
const NEAR: usize = 256;

/// The byte offset `chars` characters after the character starting at byte `from` (the end
/// of the text when there are not that many), as `line_index::LineIndex::offset` counts them.
fn forward(text: &str, from: usize, chars: usize) -> usize {
    let mut count = 0;
    for (i, &b) in text.as_bytes().iter().enumerate().skip(from) {
        if (b & 0xC0) != 0x80 {
            if count == chars {
                return i;
            }
            count += 1;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Walking on from the last marker finds the byte the line index finds, in any order.
    #[test]
    fn the_cursor_agrees_with_the_line_index() {
        let text =
            "a: 会议\n- [x, 标准化, y]\n\n长长的一行：".to_owned() + &"字".repeat(700) + "\nz";
        let index = crate::line_index::LineIndex::new(&text);
        let lines = LineIndex::new(&text);
        let places = [
            (1, 0),
            (1, 3),
            (1, 5),
            (1, 9),
            (2, 2),
            (2, 4),
            (2, 1),
            (4, 0),
        ];
        let far = (0..760).step_by(37).map(|c| (4, c));
        for (line, col) in places
            .into_iter()
            .chain(far)
            .chain([(5, 0), (5, 4), (9, 1)])
        {
            let m = Marker::new(0, line, col);
            assert_eq!(
                lines.offset(&m),
                index.offset(&text, line, col),
                "line {line} column {col}"
            );
        }
    }
}
