//! What helps a clerk write the ledger: what `gbsw new` writes into a draft and says about
//! the values it is given (the draft's comments, why a value given on the command line does
//! not fit its field), and the titles and descriptions an editor shows from the JSON Schemas.

use crate::kind::Kind;
use crate::lang::Lang;

/// The comment at the top of a draft.
#[must_use]
pub(crate) fn draft_heading(kind: Kind, lang: Lang) -> String {
    lang.pick(
        format!(
            "# {}（{}）。以 # 开头的行是说明；去掉字段前的 # 并填写后生效。字段说明见 docs/records.md。\n\n",
            kind.zh(),
            kind.key()
        ),
        format!(
            "# {} {} record. Lines starting with # are comments: remove the # of a field and fill it in to use it. Every field is described in docs/records.md.\n\n",
            if kind.key().starts_with(['a', 'e', 'i', 'o', 'u']) {
                "An"
            } else {
                "A"
            },
            kind.key()
        ),
    )
}

/// The comment above a field: its description (Chinese drafts only: the descriptions are the
/// schema's, in Chinese), its values as `key（term）` pairs, and whether it is required.
#[must_use]
pub(crate) fn field_comment(
    description: &str,
    choices: Option<&[(&String, &String)]>,
    required: bool,
    lang: Lang,
) -> String {
    let mut parts = Vec::new();
    if !description.is_empty() && lang == Lang::Zh {
        parts.push(description.to_owned());
    }
    if let Some(choices) = choices {
        let pairs: Vec<String> = choices
            .iter()
            .map(|(en, zh)| format!("{en}（{zh}）"))
            .collect();
        parts.push(lang.pick(
            format!("可选：{}", pairs.join("、")),
            format!("one of: {}", pairs.join(", ")),
        ));
    }
    if required {
        parts.push(lang.pick("必填".to_owned(), "required".to_owned()));
    }
    parts.join(lang.pick("；", "; "))
}

/// After a field of a commented table that must be filled in.
#[must_use]
pub(crate) fn required_comment(lang: Lang) -> &'static str {
    lang.pick("  # 必填", "  # required")
}

/// What a field given on the command line expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Wanted {
    Date,
    Integer,
    Number,
    Bool,
    OneOf(Vec<String>),
    Period,
    Table,
}

/// Why a value given on the command line does not fit its field.
#[must_use]
pub(crate) fn bad_value(field: &str, raw: &str, wanted: &Wanted, lang: Lang) -> String {
    let (zh, en) = match wanted {
        Wanted::Date => (
            "日期（YYYY-MM-DD）".to_owned(),
            "a date (YYYY-MM-DD)".to_owned(),
        ),
        Wanted::Integer => ("整数".to_owned(), "an integer".to_owned()),
        Wanted::Number => ("数字".to_owned(), "a number".to_owned()),
        Wanted::Bool => ("true 或 false".to_owned(), "true or false".to_owned()),
        Wanted::OneOf(values) => (
            format!("以下之一：{}", values.join("、")),
            format!("one of {}", values.join(", ")),
        ),
        Wanted::Period => (
            "期间（如 2026H1）".to_owned(),
            "a period (e.g. 2026H1)".to_owned(),
        ),
        Wanted::Table => (
            "表格（请直接编辑文件）".to_owned(),
            "a table (edit the file for it)".to_owned(),
        ),
    };
    lang.pick(
        format!("`{field}` 应为{zh}，`{raw}` 不是"),
        format!("`{field}` must be {en}; `{raw}` is not"),
    )
}

/// The words `gbsw new` reads as yes and no, besides `true` and `false`.
pub(crate) const YES: [&str; 2] = ["是", "yes"];
pub const NO: [&str; 2] = ["否", "no"];

/// What separates the items of a list given on the command line: a comma, a full-width one,
/// or the enumeration comma.
pub(crate) const LIST_SEPARATORS: [char; 3] = [',', '，', '、'];

/// A field's description in a Chinese draft: its label, then its one-line doc and the range
/// its number must fall in, when it has them.
#[must_use]
pub(crate) fn field_description(label: &str, doc: &str, range: Option<&str>) -> String {
    let more: Vec<&str> = [doc]
        .into_iter()
        .chain(range)
        .filter(|s| !s.is_empty())
        .collect();
    if more.is_empty() {
        label.to_owned()
    } else {
        format!("{label}：{}", more.join("；"))
    }
}

/// The title of the manifest's JSON Schema.
pub(crate) const MANIFEST_SCHEMA_TITLE: &str = "gbsw manifest gbsw.toml (清单)";

/// The title of a record kind's JSON Schema: `gbsw check (检查记录)`.
#[must_use]
pub(crate) fn record_schema_title(kind: Kind) -> String {
    format!("gbsw {} ({})", kind.key(), kind.zh())
}

/// The description of a record kind's JSON Schema: what a file of the kind holds.
#[must_use]
pub(crate) fn record_schema_description(kind: Kind) -> String {
    format!(
        "One {} record, or many under a top-level `{}` array.",
        kind.key(),
        kind.folder()
    )
}

/// A field's description in the JSON Schemas, which an editor shows over the field: its
/// labels, then its one-line doc when it has one (`检查日期（date）`,
/// `检查单位（checked by）：不填表示本单位自查`).
#[must_use]
pub(crate) fn schema_field_description(zh: &str, en: &str, doc: &str) -> String {
    if doc.is_empty() {
        format!("{zh}（{en}）")
    } else {
        format!("{zh}（{en}）：{doc}")
    }
}

/// The comment at the top of a draft narrative (`gbsw new narrative`): what it is for and
/// how the report reads it.
#[must_use]
pub(crate) fn narrative_comment(as_of: chrono::NaiveDate, lang: Lang) -> String {
    lang.pick(
        format!("<!-- gbsw new narrative 于 {as_of} 起草。各部分的句子是台账中本期的数据，请核对、修改，补充为本单位的文字。\n报告按“## ”标题把各部分的文字放在计算出的数据之后：请保留这些标题；没有文字的部分在报告中显示【待填写】。\n只读取段落文字（空行分段），Markdown 格式、链接和 HTML 都按原样显示为文字。 -->"),
        format!("<!-- Drafted by gbsw new narrative on {as_of}. Each part starts with the period's figures from the ledger: check them, edit them, add your own words.\nThe report puts each part's text after its computed figures, by the \"## \" headings: keep them; a part with no text shows [to be written].\nOnly paragraphs are read (a blank line between them); Markdown, links and HTML show as plain text. -->"),
    )
}
