//! Text to [`Node`] trees, one module per file format. Parse errors come back as data with a
//! byte span; nothing here knows about record kinds.

mod toml_file;
mod yaml_file;

use crate::node::Node;
use crate::span::Span;

pub(crate) use toml_file::parse_toml;
pub(crate) use yaml_file::parse_yaml;

/// Deeper nesting than this is refused: no record needs more than a handful of levels, and a
/// bound keeps a hostile file from exhausting the stack.
pub const MAX_DEPTH: usize = 32;

/// A syntax error in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub span: Span,
    /// The parser's own description, in English (the parsers do not translate).
    pub detail: String,
}

/// What a syntax error is, in the terms a clerk fixes it in: the parsers' messages (English,
/// and worded for programmers) sorted into the common mistakes, each with its own message and
/// hint in the catalog. `Other` keeps the parser's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    UnclosedQuote,
    UnclosedBracket,
    /// TOML: a key with no `=`.
    MissingEquals,
    /// YAML: no `:` after a key, or indentation that does not line up.
    MissingColon,
    DuplicateKey,
    BadEscape,
    /// YAML: a tab used for indentation.
    Tab,
    Other,
}

impl SyntaxKind {
    /// The kind of a parser's message.
    #[must_use]
    pub fn of(format: Format, detail: &str) -> Self {
        let has = |s: &str| detail.contains(s);
        match format {
            Format::Toml if has("duplicate key") => Self::DuplicateKey,
            Format::Toml if has("escape") => Self::BadEscape,
            Format::Toml if has("invalid basic string") || has("invalid literal string") => {
                Self::UnclosedQuote
            }
            Format::Toml if has("unclosed") || has("expected `]`") || has("expected `}`") => {
                Self::UnclosedBracket
            }
            Format::Toml if has("expected `=`") => Self::MissingEquals,
            Format::Yaml if has("found a tab") || has("tabs") => Self::Tab,
            Format::Yaml if has("duplicate key") => Self::DuplicateKey,
            Format::Yaml if has("escape") => Self::BadEscape,
            Format::Yaml if has("quoted scalar") => Self::UnclosedQuote,
            Format::Yaml if has("flow sequence") || has("flow mapping") => Self::UnclosedBracket,
            Format::Yaml
                if has("expected ':'")
                    || has("expect ':'")
                    || has("mapping values are not allowed")
                    || has("did not find expected key")
                    || has("block mapping") =>
            {
                Self::MissingColon
            }
            _ => Self::Other,
        }
    }
}

/// The formats a record file can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Yaml,
}

impl Format {
    #[must_use]
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext.to_ascii_lowercase().as_str() {
            "toml" => Some(Self::Toml),
            "yaml" | "yml" => Some(Self::Yaml),
            _ => None,
        }
    }
}

/// Parse a file's text in the given format. An empty document becomes an empty map.
///
/// # Errors
/// The syntax errors found (TOML reports several at once, YAML the first).
pub fn parse(text: &str, format: Format) -> Result<Node<'_>, Vec<ParseError>> {
    match format {
        Format::Toml => parse_toml(text),
        Format::Yaml => parse_yaml(text),
    }
}
