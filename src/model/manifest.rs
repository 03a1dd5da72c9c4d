//! 清单 `gbsw.toml`: the organisation, its units, categories, check duties and settings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::Id;
use super::id::IdPattern;
use super::vocab::{BodyRole, Cadence, CheckType, EvaluationParty, UnitKind};
use crate::decode::{Cx, Fields, FromNode};
use crate::diag::{Code, Level};
use crate::kind::Kind;
use crate::lang::Lang;
use crate::message::{Expected, Msg, Subject, labels};
use crate::node::{Node, Value};
use crate::span::{Sp, Span};

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Manifest {
    /// 单位名称, e.g. 常州市机关事务管理局
    pub organization: Sp<String>,
    /// zh (default) or en
    #[schemars(with = "Option<String>")]
    pub lang: Option<Sp<Lang>>,
    /// IANA time zone for "today" (default Asia/Shanghai)
    pub timezone: Option<Sp<String>>,
    /// 单位: `[units.<id>]`
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Unit>")]
    pub units: Vec<Unit>,
    /// 机构: `[bodies.<id>]`, the leading group, its office, the inspection, evaluation and
    /// working groups, each with its members
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Body>")]
    pub bodies: Vec<Body>,
    /// 标准类别: overrides of the four built-in ones, or new ones
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, CategorySetting>")]
    pub categories: Vec<CategorySetting>,
    /// 定期检查安排
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    /// 评价计划: who evaluates which units or standards, how often
    #[serde(default)]
    pub evaluation_plans: Vec<EvaluationPlan>,
    #[serde(default)]
    pub calendar: Calendar,
    #[serde(default)]
    pub grading: Grading,
    #[serde(default)]
    pub defaults: Defaults,
    /// Severity per diagnostic code
    #[serde(default)]
    pub check: CheckSettings,
    /// 编号规则: the id pattern of each record kind, for `gbsw new`
    #[serde(default)]
    pub ids: IdPatterns,
    /// 报告: to whom the semiannual report goes, who signs it, its title
    #[serde(default)]
    pub report: ReportSettings,
}

/// `[report]`: what makes the semiannual report an official document. Each is optional:
/// without an addressee there is no 主送 line; the signatory is the organisation (or, for one
/// unit's report, the unit); the title is gbsw's own.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ReportSettings {
    /// 主送机关, e.g. 局标准化工作领导小组办公室
    pub addressee: Option<Sp<String>>,
    /// 落款单位 of the whole bureau's report (default: the organisation)
    pub signatory: Option<Sp<String>>,
    /// 报告标题: `{who}` is the organisation (or the organisation and the unit), `{period}`
    /// the period written out, e.g. "{who}{period}标准落地实施情况报告"
    pub title: Option<Sp<String>>,
}

/// The placeholders a report title may hold.
pub const TITLE_PLACEHOLDERS: [&str; 2] = ["{who}", "{period}"];

/// Whether a title pattern holds only known placeholders (`{who}`, `{period}`), each brace
/// closed.
#[must_use]
pub fn title_pattern_ok(pattern: &str) -> bool {
    let mut rest = pattern;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        match TITLE_PLACEHOLDERS.iter().find(|p| tail.starts_with(**p)) {
            Some(p) => rest = &tail[p.len()..],
            None => return false,
        }
    }
    true
}

macro_rules! define_id_patterns {
    ($($variant:ident $key:ident $folder:ident { $($rest:tt)* })*) => {
        /// `[ids]`: how `gbsw new` numbers records of each kind. `{year}` is the year of the
        /// record's date, `{seq}` the next free number, `{seq:3}` the same padded to three
        /// digits, `{unit}` the unit the record is about.
        #[derive(Debug, Clone, Default, Serialize, JsonSchema)]
        #[schemars(deny_unknown_fields)]
        pub struct IdPatterns {
            $(pub $key: Option<Sp<String>>,)*
        }

        impl IdPatterns {
            /// The pattern for a kind: the manifest's, else the kind's default.
            #[must_use]
            pub fn pattern(&self, kind: Kind) -> &str {
                let given = match kind {
                    $(Kind::$variant => &self.$key,)*
                };
                given
                    .as_ref()
                    .map_or(kind.default_id_pattern(), |p| p.value.as_str())
            }

            fn decode(c: &mut Fields<'_>, cx: &mut Cx<'_>) -> Self {
                Self {
                    $($key: pattern(c, stringify!($key), cx),)*
                }
            }
        }
    };
}

crate::kind::for_each_kind!(define_id_patterns);

/// 单位: a department, the service centre, a contracted service company, …
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Unit {
    #[serde(skip)]
    #[schemars(skip)]
    pub id: Sp<Id>,
    pub name: Sp<String>,
    pub kind: Sp<UnitKind>,
    /// 负责人
    pub head: Option<Sp<String>>,
    /// 上级单位
    pub parent: Option<Sp<Id>>,
    /// 纳入台账日期: no duties before it
    pub since: Option<Sp<NaiveDate>>,
}

/// 机构: a group of people with a role in the work (领导小组, 检查组, 评价小组, 工作组 …).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Body {
    #[serde(skip)]
    #[schemars(skip)]
    pub id: Sp<Id>,
    pub name: Sp<String>,
    /// leading-group, office, inspection-group, evaluation-group or working-group
    pub role: Sp<BodyRole>,
    /// 成员姓名
    #[serde(default)]
    pub members: Vec<Sp<String>>,
    /// 工作组服务的标准
    #[serde(default)]
    pub standards: Vec<Sp<Id>>,
}

impl Body {
    #[must_use]
    pub fn has_member(&self, name: &str) -> bool {
        self.members.iter().any(|m| m.value.trim() == name.trim())
    }
}

/// A category as the manifest writes it: a new one, or steps for a built-in one.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CategorySetting {
    #[serde(skip)]
    #[schemars(skip)]
    pub id: Sp<Id>,
    pub name: Option<Sp<String>>,
    /// 实施程序的活动内容
    #[serde(default)]
    pub steps: Vec<Sp<String>>,
    /// 本类标准的复审周期（年）；标准自己写的周期优先，不填用 `[defaults]`
    pub review_cycle_years: Option<Sp<i64>>,
}

/// 定期检查: who checks whom, how, how often.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Schedule {
    pub id: Sp<Id>,
    pub name: Option<Sp<String>>,
    #[serde(rename = "type")]
    pub check_type: Sp<CheckType>,
    pub cadence: Sp<Cadence>,
    /// 被检查单位: units named one by one
    #[serde(default)]
    pub units: Vec<Sp<Id>>,
    /// 被检查单位类型: every unit of these kinds, present and future (e.g. `["department"]`
    /// for each department's daily self-check), so that a unit added to `[units]` is covered
    /// without editing the schedule. With `units`, the schedule covers both; one of the two is
    /// required.
    #[serde(default)]
    pub unit_kinds: Vec<Sp<UnitKind>>,
    /// 检查单位（不填表示各单位自查）
    pub by: Option<Sp<Id>>,
    #[serde(default)]
    pub standards: Vec<Sp<Id>>,
    pub start: Option<Sp<NaiveDate>>,
    pub end: Option<Sp<NaiveDate>>,
}

/// 评价计划 (制定评价计划): an evaluation owed for each period of a cadence, of each unit it
/// covers, or — when it names no unit — of each of its standards.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EvaluationPlan {
    pub id: Sp<Id>,
    pub name: Option<Sp<String>>,
    /// 评价频次: monthly, quarterly, semiannual or annual
    pub cadence: Sp<Cadence>,
    /// 被评价单位
    #[serde(default)]
    pub units: Vec<Sp<Id>>,
    /// 被评价单位类型: every unit of these kinds
    #[serde(default)]
    pub unit_kinds: Vec<Sp<UnitKind>>,
    /// 被评价标准: the evaluation must name one of them (or, without units, each is owed its own)
    #[serde(default)]
    pub standards: Vec<Sp<Id>>,
    /// 评价主体: self, group or third-party
    #[serde(rename = "type")]
    pub party: Option<Sp<EvaluationParty>>,
    pub start: Option<Sp<NaiveDate>>,
    pub end: Option<Sp<NaiveDate>>,
}

impl EvaluationPlan {
    /// The units the plan covers, in the manifest's order, each once.
    #[must_use]
    pub fn covered<'a>(&'a self, manifest: &'a Manifest) -> Vec<&'a Id> {
        covered(&self.units, &self.unit_kinds, manifest)
    }
}

/// The units named one by one, then every unit of the kinds, each once.
fn covered<'a>(units: &'a [Sp<Id>], kinds: &[Sp<UnitKind>], manifest: &'a Manifest) -> Vec<&'a Id> {
    let mut out: Vec<&Id> = Vec::new();
    for u in units {
        if !out.contains(&&u.value) {
            out.push(&u.value);
        }
    }
    for u in &manifest.units {
        if kinds.iter().any(|k| k.value == u.kind.value) && !out.contains(&&u.id.value) {
            out.push(&u.id.value);
        }
    }
    out
}

/// 工作日历: days off and make-up working days (调休) beyond weekends.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Calendar {
    #[serde(default)]
    pub holidays: Vec<Sp<NaiveDate>>,
    #[serde(default)]
    pub workdays: Vec<Sp<NaiveDate>>,
}

/// 评价等级分数线: the lowest score of each grade.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Grading {
    pub excellent: f64,
    pub good: f64,
    pub pass: f64,
}

impl Default for Grading {
    fn default() -> Self {
        Self {
            excellent: 90.0,
            good: 80.0,
            pass: 60.0,
        }
    }
}

/// A month and day, for yearly deadlines (`06-30`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(with = "String")]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (m, d) = s.trim().split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (month, day) = (m.parse().ok()?, d.parse().ok()?);
        // 2024 is a leap year, so 02-29 is accepted; `in_year` clamps it in other years.
        NaiveDate::from_ymd_opt(2024, month, day)?;
        Some(Self { month, day })
    }

    /// The date in a year (02-29 becomes 02-28 in a common year).
    #[must_use]
    pub fn in_year(self, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| NaiveDate::from_ymd_opt(year, self.month, self.day - 1))
            .unwrap_or(NaiveDate::MIN)
    }
}

impl FromNode for MonthDay {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        let s = String::from_node(node, field, cx)?;
        let md = MonthDay::parse(&s);
        if md.is_none() {
            cx.error(
                Code::BadDate,
                node.span,
                Msg::BadDate {
                    field: field.to_owned(),
                    value: s,
                },
                Some(Msg::HintMonthDay),
            );
        }
        md
    }
}

impl FromNode for Lang {
    fn from_node(node: &Node, field: &str, cx: &mut Cx<'_>) -> Option<Self> {
        let s = String::from_node(node, field, cx)?;
        let lang = Lang::parse(&s);
        if lang.is_none() {
            cx.error(
                Code::UnknownValue,
                node.span,
                Msg::UnknownValue {
                    field: field.to_owned(),
                    value: s,
                },
                Some(Msg::HintAllowedValues {
                    values: labels::LANG_VALUES.into(),
                }),
            );
        }
        lang
    }
}

/// 默认值.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Defaults {
    /// 复审周期（年），默认 5
    pub review_cycle_years: i64,
    /// 整改完成后复查期限（天），默认 10
    pub recheck_days: i64,
    /// 引用标准有效性核查周期（月），默认 12
    pub validity_check_months: i64,
    /// 复审决定修订或转化后完成的期限（月），默认 6
    pub revision_months: i64,
    /// 改进计划不写期限时的完成期限（月），默认 3
    pub improvement_months: i64,
    /// 上半年报告截止日，默认 06-30
    pub report_deadline_h1: MonthDay,
    /// 下半年报告截止日，默认 12-31
    pub report_deadline_h2: MonthDay,
}

impl Default for Defaults {
    fn default() -> Self {
        Self {
            review_cycle_years: 5,
            recheck_days: 10,
            validity_check_months: 12,
            revision_months: 6,
            improvement_months: 3,
            report_deadline_h1: MonthDay { month: 6, day: 30 },
            report_deadline_h2: MonthDay { month: 12, day: 31 },
        }
    }
}

/// `[check]`: severity per diagnostic code, like a linter's settings.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CheckSettings {
    #[serde(default)]
    pub allow: Vec<Sp<String>>,
    #[serde(default)]
    pub warn: Vec<Sp<String>>,
    #[serde(default)]
    pub deny: Vec<Sp<String>>,
}

impl CheckSettings {
    /// The level set for each listed code that exists, and the names that do not.
    #[must_use]
    pub fn levels(&self) -> (BTreeMap<Code, Level>, Vec<&Sp<String>>) {
        let mut levels = BTreeMap::new();
        let mut unknown = Vec::new();
        for (list, level) in [
            (&self.allow, Level::Allow),
            (&self.warn, Level::Warn),
            (&self.deny, Level::Deny),
        ] {
            for name in list {
                match Code::ALL.iter().find(|c| c.name() == name.value.as_str()) {
                    Some(c) => {
                        levels.insert(*c, level);
                    }
                    None => unknown.push(name),
                }
            }
        }
        (levels, unknown)
    }
}

impl Schedule {
    /// The units the schedule covers: those it names, then every other unit of a kind it
    /// names, in the manifest's order, each once. A named unit the manifest does not list is
    /// kept (its reference is reported elsewhere, and the duty still shows).
    #[must_use]
    pub fn covered<'a>(&'a self, manifest: &'a Manifest) -> Vec<&'a Id> {
        covered(&self.units, &self.unit_kinds, manifest)
    }

    /// Whether the schedule covers the unit `id` (by name or by its kind).
    #[must_use]
    pub fn covers(&self, manifest: &Manifest, id: &str) -> bool {
        self.units.iter().any(|u| u.value.as_str() == id)
            || manifest
                .unit(id)
                .is_some_and(|u| self.unit_kinds.iter().any(|k| k.value == u.kind.value))
    }
}

impl Manifest {
    #[must_use]
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id.value.as_str() == id)
    }

    /// The bodies of a role.
    pub fn bodies_of(&self, role: BodyRole) -> impl Iterator<Item = &Body> {
        self.bodies.iter().filter(move |b| b.role.value == role)
    }

    #[must_use]
    pub fn schedule(&self, id: &str) -> Option<&Schedule> {
        self.schedules.iter().find(|s| s.id.value.as_str() == id)
    }

    /// A manifest with only an organisation: what checks run against when `gbsw.toml` itself
    /// could not be read, so that the records are still checked.
    #[must_use]
    pub fn empty() -> Self {
        Self {
            organization: Sp::new(String::new(), Span::default()),
            lang: None,
            timezone: None,
            units: Vec::new(),
            bodies: Vec::new(),
            categories: Vec::new(),
            schedules: Vec::new(),
            evaluation_plans: Vec::new(),
            calendar: Calendar::default(),
            grading: Grading::default(),
            defaults: Defaults::default(),
            check: CheckSettings::default(),
            ids: IdPatterns::default(),
            report: ReportSettings::default(),
        }
    }

    /// Read the manifest's fields.
    #[must_use]
    pub fn decode(f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Self> {
        let organization = f.req("organization", cx);
        let lang = f.opt("lang", cx);
        let timezone = f.opt::<String>("timezone", cx).filter(|tz| {
            let ok = tz.value.parse::<chrono_tz::Tz>().is_ok();
            if !ok {
                cx.error(
                    Code::UnknownValue,
                    tz.span,
                    Msg::UnknownValue {
                        field: "timezone".into(),
                        value: tz.value.clone(),
                    },
                    Some(Msg::HintTimezone),
                );
            }
            ok
        });
        let units = f
            .opt_node("units")
            .map(|n| keyed_tables(n, "units", Subject::Unit, cx, decode_unit))
            .unwrap_or_default();
        let bodies = f
            .opt_node("bodies")
            .map(|n| keyed_tables(n, "bodies", Subject::Body, cx, decode_body))
            .unwrap_or_default();
        let categories = f
            .opt_node("categories")
            .map(|n| keyed_tables(n, "categories", Subject::Category, cx, decode_category))
            .unwrap_or_default();
        let schedules = f.tables("schedules", cx, Subject::Schedule, decode_schedule);
        let evaluation_plans = f.tables(
            "evaluation_plans",
            cx,
            Subject::EvaluationPlan,
            decode_evaluation_plan,
        );
        let calendar = f
            .sub("calendar", Subject::Calendar, cx, |c, cx| {
                Some(Calendar {
                    holidays: c.list("holidays", cx),
                    workdays: c.list("workdays", cx),
                })
            })
            .unwrap_or_default();
        let grading = f
            .sub("grading", Subject::Grading, cx, decode_grading)
            .unwrap_or_default();
        let defaults = f
            .sub("defaults", Subject::Defaults, cx, |d, cx| {
                let base = Defaults::default();
                Some(Defaults {
                    review_cycle_years: d
                        .int_in("review_cycle_years", 1, 10, cx)
                        .map_or(base.review_cycle_years, |v| v.value),
                    recheck_days: d
                        .int_in("recheck_days", 0, 365, cx)
                        .map_or(base.recheck_days, |v| v.value),
                    validity_check_months: d
                        .int_in("validity_check_months", 1, 120, cx)
                        .map_or(base.validity_check_months, |v| v.value),
                    revision_months: d
                        .int_in("revision_months", 1, 60, cx)
                        .map_or(base.revision_months, |v| v.value),
                    improvement_months: d
                        .int_in("improvement_months", 1, 60, cx)
                        .map_or(base.improvement_months, |v| v.value),
                    report_deadline_h1: d
                        .opt("report_deadline_h1", cx)
                        .map_or(base.report_deadline_h1, |v| v.value),
                    report_deadline_h2: d
                        .opt("report_deadline_h2", cx)
                        .map_or(base.report_deadline_h2, |v| v.value),
                })
            })
            .unwrap_or_default();
        let check = f
            .sub("check", Subject::CheckSettings, cx, |c, cx| {
                Some(CheckSettings {
                    allow: c.list("allow", cx),
                    warn: c.list("warn", cx),
                    deny: c.list("deny", cx),
                })
            })
            .unwrap_or_default();
        let ids = f
            .sub("ids", Subject::IdPatterns, cx, |c, cx| {
                Some(IdPatterns::decode(c, cx))
            })
            .unwrap_or_default();
        let report = f
            .sub("report", Subject::ReportSettings, cx, |r, cx| {
                let addressee = r.opt("addressee", cx);
                let signatory = r.opt("signatory", cx);
                let title = r.opt::<String>("title", cx);
                if let Some(t) = &title
                    && !title_pattern_ok(&t.value)
                {
                    cx.error(
                        Code::UnknownValue,
                        t.span,
                        Msg::UnknownValue {
                            field: r.path("title"),
                            value: t.value.clone(),
                        },
                        Some(Msg::HintTitlePattern),
                    );
                }
                Some(ReportSettings {
                    addressee,
                    signatory,
                    title,
                })
            })
            .unwrap_or_default();
        Some(Self {
            organization: organization?,
            lang,
            timezone,
            units,
            bodies,
            categories,
            schedules,
            evaluation_plans,
            calendar,
            grading,
            defaults,
            check,
            ids,
            report,
        })
    }
}

/// An id pattern: it must number records with one `{seq}` and, apart from its placeholders,
/// use only what an id may hold. A bad one is reported and still kept, so that `gbsw new`
/// refuses it rather than falling back to the default and numbering records unexpectedly.
fn pattern(f: &mut Fields<'_>, key: &'static str, cx: &mut Cx<'_>) -> Option<Sp<String>> {
    let p = f.opt::<String>(key, cx)?;
    if IdPattern::parse(&p.value).is_none() {
        cx.error(
            Code::UnknownValue,
            p.span,
            Msg::UnknownValue {
                field: f.path(key),
                value: p.value.clone(),
            },
            Some(Msg::HintIdPattern),
        );
    }
    Some(p)
}

fn decode_unit(id: Sp<Id>, f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Unit> {
    let name = f.req("name", cx);
    let kind = f.req("kind", cx);
    let head = f.opt("head", cx);
    let parent = f.opt("parent", cx);
    let since = f.opt("since", cx);
    Some(Unit {
        id,
        name: name?,
        kind: kind?,
        head,
        parent,
        since,
    })
}

fn decode_body(id: Sp<Id>, f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Body> {
    let name = f.req("name", cx);
    let role = f.req("role", cx);
    let members = f.list("members", cx);
    let standards = f.list("standards", cx);
    Some(Body {
        id,
        name: name?,
        role: role?,
        members,
        standards,
    })
}

fn decode_category(id: Sp<Id>, f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<CategorySetting> {
    let name = f.opt("name", cx);
    let steps = f.list("steps", cx);
    let review_cycle_years = f.int_in("review_cycle_years", 1, 10, cx);
    Some(CategorySetting {
        id,
        name,
        steps,
        review_cycle_years,
    })
}

fn decode_schedule(f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Schedule> {
    let id = super::id::read_id(f, cx);
    let name = f.opt("name", cx);
    let check_type = f.req("type", cx);
    let cadence = f.req("cadence", cx);
    let unit_kinds: Vec<Sp<UnitKind>> = f.list("unit_kinds", cx);
    // Either list says whom the duty is for.
    let units = units_unless(!unit_kinds.is_empty(), f, cx);
    let by = f.opt("by", cx);
    let standards = f.list("standards", cx);
    let start = f.opt("start", cx);
    let end = f.opt("end", cx);
    Some(Schedule {
        id: id?,
        name,
        check_type: check_type?,
        cadence: cadence?,
        units: units?,
        unit_kinds,
        by,
        standards,
        start,
        end,
    })
}

/// A duty's `units`: required unless another of its lists already says whom the duty is for
/// (without any, `units` is the missing field).
fn units_unless(said: bool, f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Vec<Sp<Id>>> {
    if said {
        Some(f.list("units", cx))
    } else {
        f.req::<Vec<Sp<Id>>>("units", cx).map(|u| u.value)
    }
}

fn decode_evaluation_plan(f: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<EvaluationPlan> {
    let id = super::id::read_id(f, cx);
    let name = f.opt("name", cx);
    let cadence = f.req::<Cadence>("cadence", cx).filter(|c| {
        // An evaluation covers a month at the least: a period gbsw can name (2026-05 … 2026).
        let ok = !matches!(c.value, Cadence::Daily | Cadence::Weekly);
        if !ok {
            cx.error(
                Code::UnknownValue,
                c.span,
                Msg::UnknownValue {
                    field: f.path("cadence"),
                    value: c.value.key().to_owned(),
                },
                Some(Msg::HintEvaluationCadence),
            );
        }
        ok
    });
    let unit_kinds: Vec<Sp<UnitKind>> = f.list("unit_kinds", cx);
    let standards: Vec<Sp<Id>> = f.list("standards", cx);
    // Units, kinds of unit or standards say what is evaluated.
    let units = units_unless(!unit_kinds.is_empty() || !standards.is_empty(), f, cx);
    let party = f.opt("type", cx);
    let start = f.opt("start", cx);
    let end = f.opt("end", cx);
    Some(EvaluationPlan {
        id: id?,
        name,
        cadence: cadence?,
        units: units?,
        unit_kinds,
        standards,
        party,
        start,
        end,
    })
}

fn decode_grading(g: &mut Fields<'_>, cx: &mut Cx<'_>) -> Option<Grading> {
    let base = Grading::default();
    let excellent = g.num_in("excellent", 0.0, 100.0, cx);
    let good = g.num_in("good", 0.0, 100.0, cx);
    let pass = g.num_in("pass", 0.0, 100.0, cx);
    let grading = Grading {
        excellent: excellent.as_ref().map_or(base.excellent, |v| v.value),
        good: good.as_ref().map_or(base.good, |v| v.value),
        pass: pass.as_ref().map_or(base.pass, |v| v.value),
    };
    for (higher, h, lower, l, span) in [
        (
            "excellent",
            grading.excellent,
            "good",
            grading.good,
            excellent.as_ref().or(good.as_ref()).map(|v| v.span),
        ),
        (
            "good",
            grading.good,
            "pass",
            grading.pass,
            good.as_ref().or(pass.as_ref()).map(|v| v.span),
        ),
    ] {
        if h <= l {
            cx.error(
                Code::OutOfRange,
                span.unwrap_or_else(|| g.span()),
                Msg::GradingOrder {
                    higher: higher.into(),
                    lower: lower.into(),
                },
                Some(Msg::HintGradingOrder),
            );
            return Some(Grading::default());
        }
    }
    Some(grading)
}

/// `[units.<id>]`-style tables: a table of tables whose keys are ids.
fn keyed_tables<T>(
    node: &Node,
    field: &str,
    subject: Subject,
    cx: &mut Cx<'_>,
    read: impl Fn(Sp<Id>, &mut Fields<'_>, &mut Cx<'_>) -> Option<T>,
) -> Vec<T> {
    let Value::Map(entries) = &node.value else {
        cx.wrong_type(node, field, Expected::Table);
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(|e| {
            let key = Node {
                span: e.key_span,
                value: Value::Str(e.key.clone()),
            };
            let id = Id::checked(&key, field, cx)?;
            let mut f = Fields::new(&e.value, subject, &format!("{field}.{}", e.key), cx)?;
            let v = read(Sp::new(id, e.key_span), &mut f, cx);
            f.finish(cx);
            v
        })
        .collect()
}
