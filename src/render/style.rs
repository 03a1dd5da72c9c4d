//! Colour on a terminal: the few styles gbsw uses, and the one list of the escape sequences
//! they make. Renderers mark overdue items, errors and warnings through a [`Palette`]; with
//! colour off (`--color never`, `NO_COLOR`, or output to a file or pipe) it adds nothing, so
//! the text is byte for byte what it was without colour.
//!
//! Ledger text never carries its own escapes to the terminal: renderers that paint show it
//! escaped first ([`crate::visible`]), and the binary's printer lets through exactly the
//! sequences listed by [`own_sequences`] and escapes every other control character.

use annotate_snippets::renderer::{AnsiColor, Effects, Style};

/// Errors, and overdue items: the things to act on.
pub(crate) const ERROR: Style = AnsiColor::BrightRed.on_default().effects(Effects::BOLD);
/// Warnings, and items due soon.
pub(crate) const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
/// Line numbers, gutters and related places in diagnostics.
pub(crate) const GUTTER: Style = AnsiColor::BrightBlue.on_default().effects(Effects::BOLD);
/// Hints.
pub(crate) const HELP: Style = AnsiColor::BrightCyan.on_default().effects(Effects::BOLD);
/// Notes.
pub(crate) const NOTE: Style = AnsiColor::BrightGreen.on_default().effects(Effects::BOLD);
/// Bold text without a colour.
pub(crate) const EMPHASIS: Style = Style::new().effects(Effects::BOLD);

const ALL: [Style; 6] = [ERROR, WARNING, GUTTER, HELP, NOTE, EMPHASIS];

/// Every escape sequence gbsw's own colouring writes: each style's start and its reset.
#[must_use]
pub fn own_sequences() -> Vec<String> {
    let mut out: Vec<String> = ALL
        .iter()
        .flat_map(|s| [s.render().to_string(), s.render_reset().to_string()])
        .filter(|s| !s.is_empty())
        .collect();
    // Longest first, so a longer sequence is never taken for its prefix.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// Colour on or off, for a renderer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Palette {
    pub on: bool,
}

impl Palette {
    pub const OFF: Palette = Palette { on: false };

    /// `text` in `style`, or as it is with colour off.
    #[must_use]
    pub fn paint(self, style: Style, text: &str) -> String {
        if self.on && !text.is_empty() {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_owned()
        }
    }

    /// The renderer of annotate-snippets in gbsw's styles, or its plain one.
    #[must_use]
    pub fn snippets(self) -> annotate_snippets::Renderer {
        if !self.on {
            return annotate_snippets::Renderer::plain();
        }
        annotate_snippets::Renderer::styled()
            .error(ERROR)
            .warning(WARNING)
            .info(GUTTER)
            .note(NOTE)
            .help(HELP)
            .line_num(GUTTER)
            .emphasis(EMPHASIS)
            .context(GUTTER)
            .addition(NOTE)
            .removal(ERROR)
            .none(Style::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_adds_nothing_and_on_uses_only_its_own_sequences() {
        assert_eq!(Palette::OFF.paint(ERROR, "逾期"), "逾期");
        let red = Palette { on: true }.paint(ERROR, "逾期");
        assert_eq!(red, "\x1b[1m\x1b[91m逾期\x1b[0m");
        let own = own_sequences();
        assert!(own.contains(&"\x1b[1m".to_owned()) && own.contains(&"\x1b[0m".to_owned()));
        assert!(
            own.iter()
                .all(|s| s.starts_with("\x1b[") && s.ends_with('m'))
        );
    }
}
