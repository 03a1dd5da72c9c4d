//! The paper forms, laid out like the source document's tables: which box holds what and its
//! label in either language. `html` draws the sheets for A4 paper, `docx` as a Word document, `md` as Markdown
//! tables.
//! Nothing here reads the ledger; the values come resolved in a [`Form`].

mod check;
mod docx;
mod evaluation;
mod html;
mod improvement;
mod md;
mod plan;
mod rectification;
mod sheet;

use chrono::NaiveDate;

pub(crate) use sheet::{Block, Cell, Column, Field, Grid, Sheet, Signature};

use crate::lang::Lang;
use crate::message::forms::{self, FormLabel};
use crate::model::vocab::Vocab;
use crate::report::forms::{Form, FormBody, StandardRef};

/// Empty rows of a blank plan's standards table, as in the source document's sample.
const BLANK_STANDARD_ROWS: usize = 10;
/// Empty rows of a blank re-check table.
const BLANK_RECHECK_ROWS: usize = 4;
/// Empty rows of a blank evaluation's indicators and staff grades.
const BLANK_INDICATOR_ROWS: usize = 5;
const BLANK_STAFF_ROWS: usize = 4;
/// Height of a long-text box on a blank form, in lines.
const BLANK_LINES: u8 = 3;

/// The form as one self-contained HTML page for A4 paper.
#[must_use]
pub fn html(form: &Form, lang: Lang) -> String {
    html::page(&sheets(form, lang), lang)
}

/// The form as a Word document on the official page, to edit, print and sign.
///
/// # Errors
/// Only if the zip writer fails, which writing into memory does not.
pub fn docx(form: &Form, lang: Lang) -> std::io::Result<Vec<u8>> {
    docx::docx(&sheets(form, lang), lang)
}

/// The form as Markdown tables.
#[must_use]
pub fn markdown(form: &Form, lang: Lang) -> String {
    md::render(&sheets(form, lang), lang)
}

/// The sheets of a form: one, or two for a rectification that was re-checked (or blank).
#[must_use]
pub fn sheets(form: &Form, lang: Lang) -> Vec<Sheet> {
    let l = Layout {
        lang,
        blank: form.blank,
        prefix: prefix(&form.organization),
        organization: form.organization.clone(),
    };
    match &form.body {
        FormBody::Plan(p) => vec![l.plan(p)],
        FormBody::Check(c) => vec![l.check(c)],
        FormBody::Rectification(r) => {
            let mut out = vec![l.nonconformity(r)];
            if form.blank || !r.rechecks.is_empty() {
                out.push(l.rechecks(r));
            }
            out
        }
        FormBody::Evaluation(e) => vec![l.evaluation(e)],
        FormBody::Improvement(m) => vec![l.improvement(m)],
    }
}

/// What the source document's form names start with: `常州市机关事务管理局` gives
/// `常州市机关事务` (常州市机关事务标准实施计划表); another organisation's full name is used as
/// is; without one, the source document's own.
fn prefix(organization: &str) -> String {
    let org = organization.trim();
    if org.is_empty() {
        return forms::SOURCE_PREFIX.to_owned();
    }
    org.strip_suffix(forms::BUREAU_SUFFIX)
        .unwrap_or(org)
        .to_owned()
}

struct Layout {
    lang: Lang,
    blank: bool,
    prefix: String,
    organization: String,
}

impl Layout {
    fn label(&self, label: FormLabel) -> String {
        label.text(self.lang).to_owned()
    }

    /// The label of a box that holds one field: the field's own label (an English one with
    /// a capital, as a box's label starts).
    fn field(&self, fields: &'static [crate::model::field::Field], key: &str) -> String {
        let label = crate::model::field::find(fields, key).map_or(key, |f| f.label(self.lang));
        let mut chars = label.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }

    fn title(&self, label: FormLabel) -> String {
        forms::title(&self.prefix, label, self.lang)
    }

    /// The organisation under an English title (the Chinese title names it already).
    fn subtitle(&self) -> Option<String> {
        match self.lang {
            Lang::Zh => None,
            Lang::En => Some(self.organization.clone()).filter(|o| !o.is_empty()),
        }
    }

    fn number(&self, id: Option<&String>) -> Option<String> {
        Some(forms::number(id.map_or("", String::as_str), self.lang))
    }

    /// Room to write by hand on a blank form; a filled box is as tall as its text.
    fn lines(&self) -> u8 {
        if self.blank { BLANK_LINES } else { 1 }
    }

    fn join(&self, items: &[String]) -> String {
        items.join(FormLabel::ListSeparator.text(self.lang))
    }

    fn standard(&self, s: &StandardRef) -> String {
        match (&s.title, &s.code) {
            (Some(t), Some(c)) => forms::standard(t, c, self.lang),
            (Some(t), None) => t.clone(),
            (None, _) => s.id.clone(),
        }
    }

    /// A standard in a table cell: its number on a line of its own.
    fn standard_cell(&self, s: &StandardRef) -> String {
        match (&s.title, &s.code) {
            (Some(t), Some(c)) => format!("{t}\n{c}"),
            _ => self.standard(s),
        }
    }

    /// `☑ 符合　☐ 基本符合　☐ 不符合`: every choice with the chosen one ticked, each box bound
    /// to its label by a no-break space.
    fn choice(&self, options: &[String], chosen: Option<usize>) -> String {
        self.ticks(options, |i| chosen == Some(i))
    }

    /// Every choice, each ticked when `ticked` says so.
    fn ticks(&self, options: &[String], ticked: impl Fn(usize) -> bool) -> String {
        options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                // A no-break space: the box never ends a line apart from its label.
                let mark = if ticked(i) { '☑' } else { '☐' };
                format!("{mark}\u{a0}{o}")
            })
            .collect::<Vec<_>>()
            .join(FormLabel::ChoiceGap.text(self.lang))
    }

    fn vocab_choice<T: Vocab + PartialEq>(&self, chosen: Option<T>) -> String {
        self.vocab_choices(chosen.as_slice())
    }

    /// A value of a vocabulary as written (nothing when none is); on a blank form, every
    /// value to tick.
    fn one_of<T: Vocab + PartialEq>(&self, chosen: Option<T>) -> String {
        if self.blank {
            self.vocab_choice::<T>(None)
        } else {
            chosen.map_or_else(String::new, |v| v.label(self.lang).to_owned())
        }
    }

    /// Every value of a vocabulary, those chosen ticked (several may be).
    fn vocab_choices<T: Vocab + PartialEq>(&self, chosen: &[T]) -> String {
        let options: Vec<String> = T::all()
            .iter()
            .map(|v| v.label(self.lang).to_owned())
            .collect();
        self.ticks(&options, |i| {
            T::all().get(i).is_some_and(|v| chosen.contains(v))
        })
    }

    /// Blank signature boxes, to sign by hand.
    fn signatures(&self, labels: &[FormLabel]) -> Vec<Signature> {
        labels.iter().map(|l| self.signed(*l, "", None)).collect()
    }

    /// A signature box with who signed and when, as the ledger records it.
    fn signed(&self, label: FormLabel, name: &str, date: Option<NaiveDate>) -> Signature {
        Signature {
            label: self.label(label),
            name: name.to_owned(),
            date: self::date(date),
        }
    }

    /// A form of one sheet signed twice: by those who did the work (named, and dated as the
    /// ledger records it) and by the head of the unit, by hand.
    fn sheet(
        &self,
        title: FormLabel,
        id: Option<&String>,
        blocks: Vec<Block>,
        (by, names, on): (FormLabel, &[String], Option<NaiveDate>),
        head: FormLabel,
    ) -> Sheet {
        Sheet {
            title: self.title(title),
            subtitle: self.subtitle(),
            number: self.number(id),
            blocks,
            signatures: vec![
                self.signed(by, &self.join(names), on),
                self.signed(head, "", None),
            ],
        }
    }

    /// `附件：evidence/2026/…pdf、…`: the evidence files, when there are any.
    fn attachments(&self, paths: &[String]) -> Option<Block> {
        (!paths.is_empty()).then(|| {
            Block::Note(format!(
                "{}{}",
                self.label(FormLabel::Attachments),
                self.join(paths)
            ))
        })
    }
}

fn text(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::prefix;

    #[test]
    fn form_names_start_with_the_organisation() {
        assert_eq!(prefix("常州市机关事务管理局"), "常州市机关事务");
        assert_eq!(prefix("某区机关事务服务中心"), "某区机关事务服务中心");
        assert_eq!(prefix(""), "常州市机关事务");
    }
}
