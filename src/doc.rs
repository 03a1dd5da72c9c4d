//! A report as plain data: a [`Document`] of [`Section`]s holding [`Block`]s (paragraphs, key
//! figures, tables, charts, notes, lists). `report::*` decides every sentence, figure and
//! choice of what to show and writes it down here; each back-end in `render` (Markdown, HTML,
//! terminal text) only draws the blocks it is given. Ledger text stays as it was written:
//! escaping it is the back-end's job, since only the back-end knows its markup. Depends on
//! nothing but `lang`.

use crate::lang::Lang;

/// 文档 (document): a title, lines under it, blocks before the first section, and sections.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// Lines under the title (an as-of date, how the figures were made).
    pub meta: Vec<Vec<Inline>>,
    /// 主送机关: to whom the document is addressed, on its own line before the body.
    pub addressee: Option<String>,
    pub sections: Vec<Section>,
    /// What closes an official document: 附件 (attachments), 落款 (signature) and 成文日期.
    pub closing: Option<Closing>,
}

/// The end of an official document (GB/T 9704-2012): the attachments' titles, then the
/// signing organisation and the date, written out by `report` (`2026年6月28日`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Closing {
    pub attachments: Vec<String>,
    pub signatory: String,
    pub date: String,
}

/// A part of a document: a heading (none for the part before the first one) and its blocks,
/// then its subsections. `level` is the heading's depth, 2 for a top-level section (the
/// title is 1).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    pub heading: Option<String>,
    pub level: u8,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// Label: value pairs (a report's key figures).
    Figures(Vec<(String, String)>),
    Table(Table),
    Chart(Chart),
    /// A remark set apart from the text: a warning, or "none" where a list would be.
    Note(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
}

/// Text inside a paragraph, a list item or a note.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    /// A command to type (`gbsw check`).
    Code(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
}

/// How a table sits in a terminal; in Markdown and HTML every table is the same grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TableKind {
    /// A few figures in a box; on a narrow terminal its cells wrap.
    #[default]
    Grid,
    /// Records one a line, under a rule; on a narrow terminal cells are cut with `…`.
    Listing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Default,
    Left,
    Right,
    Center,
}

/// What a column does in a listing too wide for the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fit {
    /// Never cut (dates, counts, ids).
    Whole,
    /// Cut as needed, first to `cap` display columns if one is given (never below its
    /// header). The last column gives way first.
    #[default]
    Cut,
    CutAt(usize),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Column {
    pub header: String,
    pub align: Align,
    pub fit: Fit,
}

/// One row; `alert` rows (overdue ones) are drawn in the error colour where there is colour.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub cells: Vec<String>,
    pub alert: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub kind: TableKind,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub caption: Option<String>,
    pub note: Option<String>,
}

/// A chart as the figures it shows, not as a drawing. `key` names it in formats that cannot
/// draw it (a Markdown comment); `plot` is none when there is nothing to draw, and then
/// `no_data` is shown in its place.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub key: String,
    pub title: String,
    pub plot: Option<Plot>,
    pub no_data: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Plot {
    /// Horizontal bars of percentages, the first at the top.
    Percent(Vec<Bar>),
    /// Columns of counts stacked in `series` order from the bottom, one per group, with the
    /// series named in a legend; `max` is the highest total.
    Stacked {
        series: Vec<String>,
        groups: Vec<Stack>,
        max: usize,
    },
}

/// One bar: its label, its length in percent (none: no bar) and the text written by it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub percent: Option<f64>,
    pub text: String,
}

/// One stacked column: its label, a count per series and their total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stack {
    pub label: String,
    pub counts: Vec<usize>,
    pub total: usize,
}

impl Inline {
    #[must_use]
    pub fn text(s: impl Into<String>) -> Self {
        Self::Text(s.into())
    }

    #[must_use]
    pub(crate) fn strong(s: impl Into<String>) -> Self {
        Self::Strong(vec![Self::Text(s.into())])
    }
}

impl Block {
    /// A paragraph of one run of text.
    #[must_use]
    pub fn text(s: impl Into<String>) -> Self {
        Self::Paragraph(vec![Inline::text(s)])
    }

    /// A list of items of one run of text each.
    #[must_use]
    pub(crate) fn bullets(items: impl IntoIterator<Item = String>) -> Self {
        Self::Bullets(items.into_iter().map(|s| vec![Inline::Text(s)]).collect())
    }
}

impl Column {
    #[must_use]
    pub fn new(header: impl Into<String>) -> Self {
        Self {
            header: header.into(),
            ..Self::default()
        }
    }

    #[must_use]
    pub(crate) fn fit(mut self, fit: Fit) -> Self {
        self.fit = fit;
        self
    }
}

impl Table {
    /// A grid with these column headers and rows.
    #[must_use]
    pub fn grid(headers: impl IntoIterator<Item = String>, rows: Vec<Vec<String>>) -> Self {
        Self {
            kind: TableKind::Grid,
            columns: headers.into_iter().map(Column::new).collect(),
            rows: rows
                .into_iter()
                .map(|cells| Row {
                    cells,
                    alert: false,
                })
                .collect(),
            caption: None,
            note: None,
        }
    }
}

impl Section {
    /// A top-level section (level 2) with a heading.
    #[must_use]
    pub fn new(heading: impl Into<String>) -> Self {
        Self {
            heading: Some(heading.into()),
            level: 2,
            ..Self::default()
        }
    }

    /// The part of a document before its first heading.
    #[must_use]
    pub(crate) fn untitled() -> Self {
        Self {
            level: 2,
            ..Self::default()
        }
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A short official document: an addressee that tries markup, a paragraph, and a closing
    /// with two attachments (one with Markdown emphasis) and a control character-free
    /// signature and date.
    pub(crate) fn official() -> Document {
        let mut body = Section::untitled();
        body.push(Block::text("一、概况"));
        body.push(Block::text("正文。"));
        Document {
            lang: Lang::Zh,
            title: "关于报送 2026 年上半年标准落地实施情况的报告".into(),
            meta: Vec::new(),
            addressee: Some("各处室、各单位<b>".into()),
            sections: vec![body],
            closing: Some(Closing {
                attachments: vec!["标准实施情况表".into(), "*检查*记录".into()],
                signatory: "常州市机关事务管理局".into(),
                date: "2026年6月28日".into(),
            }),
        }
    }

    /// A small document holding ledger text that tries markup, table pipes, list markers and a
    /// control character, for the back-ends' tests.
    pub(crate) fn sample() -> Document {
        let mut head = Section::untitled();
        head.push(Block::Note(vec![Inline::Strong(vec![
            Inline::text("注意：a|b.toml 未能读取。请运行 "),
            Inline::Code("gbsw check".into()),
            Inline::text("。"),
        ])]));
        let mut one = Section::new("一、概况");
        one.push(Block::Bullets(vec![
            vec![Inline::text("- 项 *粗* [x](javascript:alert(1))")],
            vec![
                Inline::text("NC-1#2"),
                Inline::text("：第一行\n<img src=x onerror=alert(2)>"),
            ],
        ]));
        one.push(Block::Table(Table::grid(
            ["标准".to_owned(), "名称".to_owned()],
            vec![
                vec!["STD-1".into(), "A|B <b>&</b>".into()],
                vec!["STD-2".into(), "机关会议服务规范机关会议服务规范".into()],
            ],
        )));
        one.push(Block::Chart(Chart {
            key: "duty-completion".into(),
            title: "定期检查完成率".into(),
            plot: None,
            no_data: "（无数据）".into(),
        }));
        let mut sub = Section::new("细节");
        sub.level = 3;
        sub.push(Block::Paragraph(vec![
            Inline::text("12. 行首"),
            Inline::Emphasis(vec![Inline::text("强调")]),
        ]));
        one.sections.push(sub);
        let mut listing = Section::new("逾期：");
        listing.push(Block::Table(Table {
            kind: TableKind::Listing,
            columns: vec![
                Column::new("到期日").fit(Fit::Whole),
                Column::new("单位").fit(Fit::CutAt(6)),
                Column::new("事项"),
            ],
            rows: vec![
                Row {
                    cells: vec![
                        "2026-06-01".into(),
                        "常州市机关事务管理局".into(),
                        "复查\u{1b}[31m 红".into(),
                    ],
                    alert: true,
                },
                Row {
                    cells: vec!["2026-07-01".into(), "office".into(), "计划活动".into()],
                    alert: false,
                },
            ],
            caption: None,
            note: None,
        }));
        let mut appendix = Section::new("附录");
        appendix.push(Block::Figures(vec![(
            "检查".into(),
            "2：CHK-1#1, <CHK-2>".into(),
        )]));
        Document {
            lang: Lang::Zh,
            addressee: None,
            closing: None,
            title: "<script>alert(1)</script>局 #1 报告".into(),
            meta: vec![vec![Inline::text("截至 2026-06-25。")]],
            sections: vec![head, one, listing, appendix],
        }
    }
}
