//! Ledger text inside HTML: as an attribute value or between tags. A leaf of `render`.

/// Text for HTML content and attributes.
#[must_use]
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Ledger text between tags: `&`, `<` and `>` escaped, and a line break is a space, as
/// everywhere in a report's text.
#[must_use]
pub(crate) fn body(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace(['\n', '\r'], " ")
}
