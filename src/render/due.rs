//! Due items as a terminal table, CSV, JSON and iCalendar. Formats only.

use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, EventLike};
use serde_json::json;

use crate::due::DueItem;
use crate::lang::Lang;
use crate::message::due;
use crate::message::labels::Label;
use crate::model::vocab::Vocab;
use crate::render::style::{self, Palette};
use crate::render::{csv_text, doc_text};
use crate::report::words::due_listing;

/// The table with a closing line counting the items and the overdue ones.
#[must_use]
pub fn table(
    items: &[DueItem],
    as_of: NaiveDate,
    lang: Lang,
    width: Option<usize>,
    palette: Palette,
) -> String {
    let overdue = items.iter().filter(|i| i.is_overdue()).count();
    let total = items.len();
    let late = |t: String| {
        if overdue > 0 {
            palette.paint(style::ERROR, &t)
        } else {
            t
        }
    };
    let summary = due::summary(&as_of, total, overdue, late, lang);
    format!("{}{summary}", rows(items, lang, width, palette))
}

/// The table alone: one line per item, most urgent first, overdue ones in the error colour.
/// With a `width` (a terminal's) the unit, person and description columns shrink to fit it
/// (Chinese text counts double) and are cut with `…`; without one (a file or a pipe) nothing
/// is cut. Empty for no items.
#[must_use]
pub fn rows(items: &[DueItem], lang: Lang, width: Option<usize>, palette: Palette) -> String {
    doc_text::table(&due_listing(items, lang), width, palette)
}

/// CSV with a header row (Chinese, or the English keys with `lang` en), one row per item.
///
/// # Errors
/// Only if the CSV writer fails, which writing to memory does not.
pub fn csv(items: &[DueItem], lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(csv_text::header(&due::CSV_COLUMNS, lang))?;
    for i in items {
        let (record, file, line) = i.source.as_ref().map_or_else(
            || (String::new(), String::new(), String::new()),
            |s| (s.id.clone(), s.file.clone(), s.line.to_string()),
        );
        let t = |s: &str| csv_text::text(s).into_owned();
        w.write_record([
            i.due.to_string(),
            i.days_left.to_string(),
            i.kind.key().to_owned(),
            i.kind.zh().to_owned(),
            t(i.unit.as_ref().map_or("", |u| u.0.as_str())),
            t(i.unit_name.as_deref().unwrap_or_default()),
            t(i.person.as_deref().unwrap_or_default()),
            t(&record),
            t(&file),
            line,
            t(&i.what.text(lang)),
            t(&i.uid),
        ])?;
    }
    csv_text::finish(w)
}

/// A JSON array of items.
#[must_use]
pub fn json(items: &[DueItem], lang: Lang) -> String {
    let list: Vec<_> = items.iter().map(|i| item_json(i, lang)).collect();
    let mut s = serde_json::to_string_pretty(&list).unwrap_or_default();
    s.push('\n');
    s
}

/// One item as a JSON object, its description in `lang`.
#[must_use]
pub(crate) fn item_json(i: &DueItem, lang: Lang) -> serde_json::Value {
    json!({
        "due": i.due.to_string(),
        "days_left": i.days_left,
        "overdue": i.is_overdue(),
        "kind": i.kind.key(),
        "kind_label": i.kind.label(lang),
        "unit": i.unit.as_ref().map(|u| u.0.clone()),
        "unit_name": i.unit_name,
        "person": i.person,
        "source": i.source,
        "description": i.what.text(lang),
        "uid": i.uid,
    })
}

/// Text for an iCalendar TEXT value. RFC 5545 has one line break, `\n` (which the writer
/// escapes), and no control characters but tab: a carriage return becomes a line break, and
/// any other control is shown escaped, as everywhere else.
fn ics_text(s: &str) -> String {
    crate::visible::text(&s.replace("\r\n", "\n").replace('\r', "\n")).into_owned()
}

/// The calendar's product identifier (RFC 5545 3.7.3): who wrote the file, in the
/// formal public identifier form calendar apps expect.
#[must_use]
pub(crate) fn ics_prodid(lang: Lang) -> String {
    format!(
        "-//gbsw//gbsw {}//{}",
        env!("CARGO_PKG_VERSION"),
        Label::ProdidLang.text(lang)
    )
}

/// An iCalendar file: one all-day event per item. UIDs are stable, so importing again
/// updates the events; DTSTAMP is the as-of date, so the output is the same every run. Each
/// event carries a reminder (`VALARM`, `ACTION:DISPLAY`) `reminder_days` days before the
/// due day; 0 means none.
#[must_use]
pub fn ics(
    items: &[DueItem],
    as_of: NaiveDate,
    lang: Lang,
    organization: &str,
    reminder_days: u32,
) -> String {
    let stamp = Utc.from_utc_datetime(&as_of.and_hms_opt(0, 0, 0).unwrap_or_default());
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", ics_prodid(lang).as_str()))
        .append_property(("CALSCALE", "GREGORIAN"));
    // The calendar's name goes out as NAME unescaped (and as X-WR-CALNAME escaped): keep it
    // on one line.
    let organization = ics_text(organization).replace('\n', " ");
    cal.name(&due::calendar_name(&organization, lang));
    for i in items {
        let mut description = Vec::new();
        if let Some(u) = &i.unit_name {
            description.push(format!("{}: {u}", Label::Unit.text(lang)));
        }
        if let Some(p) = &i.person {
            description.push(format!("{}: {p}", Label::Person.text(lang)));
        }
        if let Some(s) = &i.source {
            description.push(format!(
                "{}: {} ({}:{})",
                Label::Record.text(lang),
                s.id,
                s.file,
                s.line
            ));
        }
        let summary = ics_text(&format!("[{}] {}", i.kind.label(lang), i.what.text(lang)));
        let mut event = icalendar::Event::new();
        event
            .uid(&ics_text(&format!("{}@gbsw", i.uid)))
            .timestamp(stamp)
            .summary(&summary)
            .description(&ics_text(&description.join("\n")))
            // All-day events end, exclusively, on the next day (RFC 5545 3.6.1).
            .starts(i.due)
            .ends(i.due.succ_opt().unwrap_or(i.due))
            .add_property("CATEGORIES", i.kind.label(lang));
        if reminder_days > 0 {
            // TRIGGER:-P1D (RFC 5545 3.8.6.3), relative to the start of the all-day event:
            // the day before. The writer gives every component a DTSTAMP and a UID, now and
            // random unless set: they are set from the item, so the bytes stay the same.
            let mut alarm = icalendar::Alarm::display(&summary, chrono::Duration::zero());
            alarm
                .add_property("TRIGGER", format!("-P{reminder_days}D"))
                .add_property("UID", ics_text(&format!("{}/alarm@gbsw", i.uid)))
                .timestamp(stamp);
            event.alarm(alarm);
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}
