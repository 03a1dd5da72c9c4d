//! Text to [`Node`] trees, one module per file format. Parse errors come back as data with a
//! byte span; nothing here knows about record kinds.

mod toml_file;
mod yaml_file;

use crate::node::Node;
use crate::span::Span;

pub use toml_file::parse_toml;
pub use yaml_file::parse_yaml;

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
pub fn parse(text: &str, format: Format) -> Result<Node, Vec<ParseError>> {
    match format {
        Format::Toml => parse_toml(text),
        Format::Yaml => parse_yaml(text),
    }
}
