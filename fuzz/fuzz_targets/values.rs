//! The small parsers of values a clerk types: periods (`Period::parse`), dates
//! (`decode::parse_date`), report deadlines (`MonthDay::parse`), the enumerations, ids, and a
//! `gbsw new` command-line value for every field of every kind (`author::record::parse_value`).
//! The `--within` span parser lives in the binary (src/bin/gbsw/cli.rs) and is not reachable
//! from the library; tests/reliability.rs covers it through the command line.
#![no_main]

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use gbsw::author::fields::Field;
use gbsw::author::record::{Draft, FileFormat, WValue, render};
use gbsw::calendar::WorkCalendar;
use gbsw::decode::parse_date;
use gbsw::kind::Kind;
use gbsw::lang::Lang;
use gbsw::model::Period;
use gbsw::model::manifest::MonthDay;
use gbsw::model::vocab::Cadence;
use gbsw::parse::Format;
use libfuzzer_sys::fuzz_target;

const MAX_INPUT: usize = 256;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };

    if let Some(p) = Period::parse(s) {
        // What parses prints back to something that parses to the same period, and the
        // period is a non-empty run of days holding its ends.
        assert_eq!(Period::parse(&p.to_string()), Some(p), "{s:?}");
        assert!(p.start() <= p.end(), "{p}");
        assert!(p.contains(p.start()) && p.contains(p.end()), "{p}");
        assert!(!p.contains(p.end().succ_opt().unwrap()), "{p}");
        assert!(!p.contains(p.start().pred_opt().unwrap()), "{p}");
        let half = Period::half_of(p.start());
        assert!(half.contains(p.start()), "{p}");
    }

    if let Some(d) = parse_date(s) {
        // Strict YYYY-MM-DD: what is accepted is exactly the date's own spelling.
        assert_eq!(d.to_string(), s, "parse_date accepted {s:?} as {d}");
        let cal = WorkCalendar::new(None);
        let _ = cal.is_workday(d);
        for cadence in Cadence::ALL {
            let (a, b) = gbsw::due::duties::bounds(*cadence, d);
            assert!(a <= d && d <= b, "{cadence:?} {d}");
        }
        let _ = cal.last_workday(d - chrono::Days::new(40), d);
        assert_eq!(
            Period::half_of(d).start().year(),
            d.year(),
            "half_of({d}) is in another year"
        );
    }

    if let Some(md) = MonthDay::parse(s) {
        for year in [2023, 2024, 2026] {
            let d: NaiveDate = md.in_year(year);
            assert_eq!(d.year(), year, "{s:?}");
        }
    }

    let _ = gbsw::model::Id::is_valid(s);
    let _ = Kind::from_key(s);
    let _ = Cadence::parse(s);
    let _ = gbsw::model::vocab::DueKind::parse(s);

    // A `gbsw new` value for every field (the input's first byte picks the kind).
    static FIELDS: OnceLock<Vec<Vec<Field>>> = OnceLock::new();
    let fields = FIELDS.get_or_init(|| {
        Kind::ALL
            .iter()
            .map(|k| gbsw::author::fields::fields(*k))
            .collect()
    });
    let which = usize::from(data.first().copied().unwrap_or(0)) % Kind::ALL.len();
    let kind_fields = fields.get(which).map_or(&[][..], Vec::as_slice);
    let mut accepted = None;
    for (i, f) in kind_fields.iter().enumerate() {
        if let Ok(v) = gbsw::author::record::parse_value(f, s, Lang::En) {
            if let WValue::Num(n) = v {
                assert!(n.is_finite(), "{}: {s:?} accepted as {n}", f.name);
            }
            if accepted.is_none() || usize::from(data.get(1).copied().unwrap_or(0)) == i {
                accepted = Some((f.name, v));
            }
        }
    }
    // What `gbsw new` accepts from the command line it writes as a file that parses, in
    // both formats, with the field in it.
    if let Some((name, v)) = accepted {
        let kind = Kind::ALL[which];
        let mut draft = Draft::new(kind);
        draft.set(name, v);
        for (format, parse_format) in [
            (FileFormat::Toml, Format::Toml),
            (FileFormat::Yaml, Format::Yaml),
        ] {
            let text = render(&draft, format, Lang::Zh, None);
            match gbsw::parse::parse(&text, parse_format) {
                Ok(node) => assert!(node.get(name).is_some(), "{name} missing in\n{text}"),
                Err(e) => {
                    panic!("{format:?} written for {name} = {s:?} does not parse: {e:?}\n{text}")
                }
            }
        }
    }
});
