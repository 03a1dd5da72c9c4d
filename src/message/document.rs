//! The words an official document (公文, GB/T 9704-2012) adds around a report's text, as the
//! back-ends draw `doc::Document::addressee` and `closing`, and the names of its fonts: the
//! Chinese names Word and WPS know them by, kept here with the document's other Chinese text.

use crate::lang::Lang;

word_table! {
    /// A word of an official document's frame.
    DocWord;
    /// After the addressee (主送机关), which stands on its own line.
    AddresseeColon = "：", ":";
    /// Before the attachments' titles (附件说明).
    Attachments = "附件：", "Attachments: ";
}

/// The addressee's line: the addressee and its colon (kept once when it has one).
#[must_use]
pub fn addressee(name: &str, lang: Lang) -> String {
    if name.ends_with(['：', ':']) {
        name.to_owned()
    } else {
        format!("{name}{}", DocWord::AddresseeColon.text(lang))
    }
}

/// The attachment note's lines: `附件：1.…` and each further title under it (`2.…`).
#[must_use]
pub fn attachment_note(titles: &[String], lang: Lang) -> Vec<String> {
    titles
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let line = attachment(i + 1, titles.len(), t);
            if i == 0 {
                format!("{}{line}", DocWord::Attachments.text(lang))
            } else {
                line
            }
        })
        .collect()
}

/// An attachment's line in the attachment note: its title, numbered (`1.…`) when there are
/// several, as GB/T 9704-2012 7.3.4 writes them.
#[must_use]
pub fn attachment(index: usize, count: usize, title: &str) -> String {
    if count > 1 {
        format!("{index}.{title}")
    } else {
        title.to_owned()
    }
}

/// The fonts of an official document (GB/T 9704-2012 7.1: 小标宋 for the title, 仿宋 for the
/// text, 黑体 and 楷体 for the first two levels of headings, 宋体 for page numbers); each
/// with the name a system without it is offered instead.
pub mod fonts {
    /// The title: 方正小标宋简体, else 宋体 (a serif CJK face either way).
    pub const TITLE: (&str, &str) = ("方正小标宋简体", "宋体");
    /// The text: 仿宋_GB2312, as government machines have it, else 仿宋.
    pub const BODY: (&str, &str) = ("仿宋_GB2312", "仿宋");
    /// Level-one headings (`一、`).
    pub const HEI: (&str, &str) = ("黑体", "SimHei");
    /// Level-two headings (`（一）`) and emphasis.
    pub const KAI: (&str, &str) = ("楷体_GB2312", "楷体");
    /// Page numbers.
    pub const SONG: (&str, &str) = ("宋体", "SimSun");
}
