//! Synthetic ledgers for benchmarks: `cargo run --release --example synth -- --records N
//! --seed S DIR` writes a valid ledger of about N records shaped like `ledger-example/`.
//!
//! - `gbsw.toml` with units that scale with N (N/1000 + 10: departments, the service centre
//!   and its standardization section, contracted service providers, affiliated units and
//!   district bureaus), a daily self-check duty per department, the monthly supervision of
//!   the providers and the semiannual mutual check.
//! - Standards in all four categories and all five statuses (superseded ones with their
//!   successor), plans with the six activities, daily self-check logs (one file per unit per
//!   month, many records under `checks`), single-record supervision, mutual, spot,
//!   higher-level and third-party checks, a rectification for every check that found a
//!   problem (in every derived status), reviews and yearly validity checks, evaluations with
//!   indicators, improvements, trainings and the semiannual submissions.
//! - About two files in three are TOML, the rest YAML; text is Chinese, built from a fixed
//!   vocabulary; dates run up to 2026-06-24 (check with `--as-of 2026-06-25`).
//! - Deterministic: a splitmix64 generator seeded with S, no hash-map iteration, so the same
//!   N and S give the same bytes.
//!
//! The benchmark in `benches/` includes this file as a module and calls [`generate`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, Duration, NaiveDate};
use gbsw::calendar::WorkCalendar;

// ---------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------

#[allow(dead_code)]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: synth --records N [--seed S] DIR";
    let mut records: Option<usize> = None;
    let mut seed: u64 = 1;
    let mut dir: Option<PathBuf> = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let value = args.get(i + 1);
        match a {
            "--records" | "-n" => {
                records = value.and_then(|v| v.replace('_', "").parse().ok());
                if records.is_none() {
                    eprintln!("synth: --records needs a number\n{usage}");
                    return ExitCode::from(2);
                }
                i += 2;
            }
            "--seed" | "-s" => {
                match value.and_then(|v| v.parse().ok()) {
                    Some(s) => seed = s,
                    None => {
                        eprintln!("synth: --seed needs a number\n{usage}");
                        return ExitCode::from(2);
                    }
                }
                i += 2;
            }
            "-h" | "--help" => {
                println!("{usage}");
                return ExitCode::SUCCESS;
            }
            _ if a.starts_with('-') => {
                eprintln!("synth: unknown option `{a}`\n{usage}");
                return ExitCode::from(2);
            }
            _ => {
                dir = Some(PathBuf::from(a));
                i += 1;
            }
        }
    }
    let (Some(records), Some(dir)) = (records, dir) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let started = std::time::Instant::now();
    match generate(records, seed, &dir) {
        Ok(stats) => {
            eprintln!(
                "synth: wrote {} records in {} files ({:.1} MB) to {} in {:.2}s",
                stats.records,
                stats.files,
                stats.bytes as f64 / 1e6,
                dir.display(),
                started.elapsed().as_secs_f64()
            );
            for (kind, n) in &stats.by_kind {
                eprintln!("  {kind:<15} {n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::from(2)
        }
    }
}

/// What was written.
#[derive(Debug, Default)]
pub struct Stats {
    pub records: usize,
    pub files: usize,
    pub bytes: u64,
    pub by_kind: Vec<(&'static str, usize)>,
}

// ---------------------------------------------------------------------------------------
// Random numbers: splitmix64 (Steele, Lea, Flood 2014), small, fast and seedable
// ---------------------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed ^ 0x6762_7377_5f73_796e) // "gbsw_syn"
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// `k` distinct elements of `xs` (fewer when `xs` is shorter), in the order drawn.
    fn sample<T: Clone + PartialEq>(&mut self, xs: &[T], k: usize) -> Vec<T> {
        let mut out: Vec<T> = Vec::new();
        let mut tries = 0;
        while out.len() < k.min(xs.len()) && tries < 8 * k + 8 {
            let x = self.pick(xs).clone();
            if !out.contains(&x) {
                out.push(x);
            }
            tries += 1;
        }
        out
    }
}

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn plus(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(days)).unwrap_or(d)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), d.month(), 1)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    if d.month() == 12 {
        ymd(d.year() + 1, 1, 1)
    } else {
        ymd(d.year(), d.month() + 1, 1)
    }
}

fn month_end(d: NaiveDate) -> NaiveDate {
    plus(next_month(d), -1)
}

fn half_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), if d.month() <= 6 { 1 } else { 7 }, 1)
}

fn half_end(d: NaiveDate) -> NaiveDate {
    if d.month() <= 6 {
        ymd(d.year(), 6, 30)
    } else {
        ymd(d.year(), 12, 31)
    }
}

fn half_label(d: NaiveDate) -> String {
    format!("{}H{}", d.year(), if d.month() <= 6 { 1 } else { 2 })
}

/// The last day with records: the ledger is checked "as of" the day after.
const LAST_YEAR: i32 = 2026;
fn last_day() -> NaiveDate {
    ymd(LAST_YEAR, 6, 24)
}

/// Working days (State Council calendar through gbsw's own calendar), as a table.
struct Days {
    base: NaiveDate,
    work: Vec<bool>,
}

impl Days {
    fn new() -> Self {
        let base = ymd(2005, 1, 1);
        let cal = WorkCalendar::new(None);
        let work = base
            .iter_days()
            .take_while(|d| *d <= last_day())
            .map(|d| cal.is_workday(d))
            .collect();
        Self { base, work }
    }

    fn is_work(&self, d: NaiveDate) -> bool {
        let i = (d - self.base).num_days();
        i >= 0 && self.work.get(i as usize).copied().unwrap_or(false)
    }

    /// A random working day in `from..=to`, if there is one.
    fn pick(&self, rng: &mut Rng, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
        if to < from {
            return None;
        }
        let span = (to - from).num_days();
        for _ in 0..12 {
            let d = plus(from, rng.range(0, span));
            if self.is_work(d) {
                return Some(d);
            }
        }
        from.iter_days()
            .take_while(|d| *d <= to)
            .find(|d| self.is_work(*d))
    }

    /// The day `n` working days back from `last` (inclusive).
    fn back(&self, last: NaiveDate, n: usize) -> NaiveDate {
        let mut d = last;
        let mut left = n;
        while left > 0 && d > self.base {
            if self.is_work(d) {
                left -= 1;
                if left == 0 {
                    break;
                }
            }
            d = plus(d, -1);
        }
        d
    }
}

// ---------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭",
    "林", "何", "高", "梁", "郑", "罗", "宋", "谢", "唐", "韩", "曹", "许", "邓", "冯", "曾", "程",
    "蔡", "彭", "潘", "袁", "于", "董", "余", "苏", "叶", "吕", "魏", "蒋", "田", "杜", "丁", "沈",
    "姜", "范", "江", "钟", "陆", "姚", "方", "金", "夏", "谭", "贾", "邹", "石", "孟", "秦", "薛",
    "侯", "顾", "钱", "施", "洪", "缪", "储", "恽", "杭", "庄", "盛", "华",
];
const GIVEN: &[&str] = &[
    "建国", "丽华", "志刚", "晓东", "卫平", "海燕", "国平", "敏", "红梅", "伟", "军", "佳", "帆",
    "立新", "磊", "婷", "晓燕", "斌", "雯", "静", "志远", "佳怡", "振华", "文彬", "文杰", "倩",
    "亮", "欣", "超", "海涛", "立", "强", "芳", "娟", "勇", "艳", "杰", "涛", "明", "霞", "平",
    "刚", "桂英", "秀英", "玉兰", "建华", "建军", "春梅", "晓明", "红", "鹏", "宇", "浩", "颖",
    "琳", "蕾", "雪", "慧", "俊", "峰", "凯", "辉", "健", "波", "宁", "丹", "晨", "思远", "雨婷",
    "子涵", "国强", "卫东", "小燕", "志华", "永康", "美玲", "德明", "玉梅", "金龙", "文娟",
];

/// Departments of a bureau: id, name.
const DEPARTMENTS: &[(&str, &str)] = &[
    ("office", "办公室"),
    ("finance", "财务处"),
    ("energy", "公共机构节能管理处"),
    ("assets", "资产管理处"),
    ("property", "房产管理处"),
    ("vehicles", "公务用车管理处"),
    ("personnel", "人事处"),
    ("legal", "政策法规处"),
    ("planning", "规划发展处"),
    ("construction", "基建管理处"),
    ("safety", "安全保卫处"),
    ("dining", "机关餐饮管理处"),
    ("housing", "住房保障处"),
    ("archives", "档案管理处"),
    ("informatics", "信息化管理处"),
    ("audit", "内部审计处"),
    ("procurement", "集中采购处"),
    ("meetings", "会议管理处"),
    ("reception", "接待处"),
    ("greening", "环境绿化管理处"),
    ("maintenance", "房屋修缮处"),
    ("party", "机关党委办公室"),
    ("supervision", "督查室"),
    ("stores", "公物仓管理处"),
];

/// Districts: id, name.
const DISTRICTS: &[(&str, &str)] = &[
    ("wujin", "武进区"),
    ("xinbei", "新北区"),
    ("tianning", "天宁区"),
    ("zhonglou", "钟楼区"),
    ("jintan", "金坛区"),
    ("liyang", "溧阳市"),
    ("jingkai", "经开区"),
];

const AFFILIATED: &[(&str, &str)] = &[
    ("car-service", "常州市公务用车服务中心"),
    ("conference", "常州市会议中心"),
    ("canteen-centre", "常州市机关食堂管理中心"),
    ("print-centre", "常州市机关印刷服务中心"),
    ("archive-centre", "常州市机关档案服务中心"),
    ("training-centre", "常州市机关干部培训中心"),
];

/// Contracted services: id, service, company.
const SERVICES: &[(&str, &str, &str)] = &[
    ("clean", "保洁物业", "洁新物业服务"),
    ("catering", "机关食堂", "味源餐饮管理"),
    ("security", "安保", "卫安保安服务"),
    ("meeting", "会务", "龙城会务服务"),
    ("green", "绿化养护", "绿苑园林工程"),
    ("elevator", "电梯维保", "迅达电梯工程"),
    ("hvac", "空调系统维保", "恒温机电设备"),
    ("fire", "消防设施维保", "安消消防技术"),
    ("parking", "停车场管理", "泊安停车管理"),
    ("itops", "信息系统运维", "数联信息技术"),
    ("laundry", "布草洗涤", "净洁洗涤服务"),
    ("pest", "病媒生物防制", "康宁有害生物防治"),
    ("front", "前台接待", "雅居物业管理"),
    ("water", "二次供水设施维护", "清源水务工程"),
];

const SITES: &[(&str, &str)] = &[
    ("", "行政中心"),
    ("plaza", "市民广场"),
    ("annex", "第二办公区"),
    ("archive", "档案馆"),
    ("hall", "市民中心"),
    ("expo", "会展中心"),
    ("east", "东区办公楼"),
    ("west", "西区办公楼"),
];

const MGMT_TOPICS: &[&str] = &[
    "公共机构节能",
    "公务用车",
    "办公用房",
    "国有资产",
    "公物仓",
    "政府采购",
    "合同",
    "印章",
    "公文处理",
    "会议费",
    "固定资产盘点",
    "维修工程",
    "机关住房",
    "能耗统计报送",
    "车辆维修保养",
    "资产处置",
    "办公家具配置",
    "机关事务督查督办",
];
const SUPPORT_TOPICS: &[&str] = &[
    "财务报销",
    "信息化平台运维",
    "电子档案归档",
    "人员培训",
    "安全生产",
    "保密",
    "应急值守",
    "信访接待",
    "内部控制",
    "数据备份与恢复",
    "网络安全",
    "文书档案管理",
];
const GENERAL: &[(&str, &str)] = &[
    (
        "标准化工作导则 第1部分：标准化文件的结构和起草规则",
        "GB/T 1.1-2020",
    ),
    ("标准体系构建原则和要求", "GB/T 13016-2018"),
    ("服务标准化工作指南", "GB/T 15624-2011"),
    ("公共信息图形符号 第1部分：通用符号", "GB/T 10001.1-2023"),
    ("消防安全标志 第1部分：标志", "GB 13495.1-2015"),
    ("安全色和安全标志", "GB 2894-2025"),
    ("公共机构能源资源管理绩效评价导则", "GB/T 36710-2018"),
    (
        "服务业组织标准化工作指南 第1部分：基本要求",
        "GB/T 24421.1-2023",
    ),
    ("机关事务管理 术语", ""),
    ("机关事务标准体系", ""),
    ("企业标准化工作 指南", "GB/T 35778-2017"),
    ("顾客满意测评通则", "GB/T 19039-2009"),
];

const METHODS: &[&str] = &[
    "coordinated",
    "process",
    "element",
    "horizontal",
    "vertical",
    "independent",
];
const CHECK_ITEMS: &[&str] = &[
    "preparation",
    "training",
    "awareness",
    "rules",
    "facilities",
    "execution",
    "ledger",
    "training-records",
    "briefs",
    "revisions",
    "data-analysis",
    "self-check",
];

const DAILY_DONE: &[&str] = &[
    "对照标准逐项检查岗位操作，流程执行到位",
    "工作台账登记完整、字迹清楚",
    "当日业务办理{n}件，均在时限内办结",
    "现场物品定置摆放，标识标牌完好",
    "人员在岗在位，着装和服务用语规范",
    "平台巡检正常，数据备份完成",
    "收文{n}件、发文{m}件，登记及时",
    "审核单据{n}笔，一次审核通过{m}笔",
    "设备运行记录齐全，未发现异常",
    "安全巡查{n}处，未发现隐患",
    "电子文件当日归档，归档率100%",
    "来电来访{n}次，均已登记并答复",
    "能耗数据按时采集，与上周同期基本持平",
    "车辆出车{n}车次，审批手续齐全",
    "公物仓出入库{n}件，账实相符",
    "维修报修{n}项，当日响应{m}项",
];
const DAILY_EXTRA: &[&str] = &[
    "节前对重点部位进行了专项检查",
    "调休上班日照常开展自查",
    "新进人员跟岗学习标准条款",
    "按标准要求更新了岗位操作卡",
    "抽查上周记录{n}份，要素完整",
    "配合标准化科完成资料调阅",
    "对上月不符合项整改情况进行回头看",
    "督促经办人补齐签字{n}处",
];
const PROBLEMS: &[&str] = &[
    "台账记录填写不完整，{n}处缺少经办人签字",
    "巡检记录未按规定时间填写，存在事后补记现象",
    "部分标识标牌褪色、样式不统一",
    "应急预案未按计划组织演练",
    "设备维护保养记录缺失{n}次",
    "交接班记录无交接双方签字，交接内容仅写“正常”",
    "培训签到表人数与实际参训人数不一致",
    "库存物品未按先进先出原则使用",
    "留样记录缺少复核签字",
    "垃圾分类投放点标识不规范，{n}处桶盖缺失",
    "消防通道堆放杂物",
    "审批单据要素不全，{n}份缺少审批意见",
    "电子文件未在规定时限内归档",
    "服务用语不规范，接待登记不完整",
    "计量器具超过检定有效期",
    "数据备份任务失败后未及时告警",
];
const CAUSES: &[&str] = &[
    "岗位人员对标准条款理解不到位",
    "新进人员未经岗前培训即上岗",
    "记录表格未列明必填事项，填写随意",
    "业务高峰期人手不足，复核环节被省略",
    "设备老化，维护计划未及时调整",
    "责任分工不明确，交接环节出现空档",
    "督查频次不足，问题未能及时发现",
    "物资申领不及时，临时替代做法未经审批",
];
const MEASURES: &[&str] = &[
    "组织岗位人员重新学习标准条款并考核",
    "修订记录表格，列明必填事项",
    "明确复核责任人，实行双人签字",
    "补齐缺失记录并归入标准化台账",
    "更换老化设备，调整维护保养计划",
    "增加每日巡查频次，纳入当班考核",
    "对相关人员开展专题培训",
    "建立问题清单，逐项销号",
    "按现行标识标准统一更换标识标牌",
    "完善告警通道，实行双通道通知",
];
const SCOPES: &[&str] = &[
    "局机关各处室及市级机关服务中心",
    "行政中心各楼宇及配套设施",
    "局属事业单位及辖市区机关事务管理部门",
    "各社会化服务单位项目部",
    "机关事务综合管理平台及相关业务系统",
    "公务用车管理平台及全市公务用车",
];
const APPROACHES: &[&str] = &[
    "各部门在服务活动中应用相关标准，关注人员培训是否到位、服务保障活动是否按标准要求进行",
    "在各部门制定和实施标准中应用，要求采用各类标准",
    "以标准实施带动岗位职责、工作流程和考核办法的规范化",
    "配套标准同步宣贯、同步实施、同步检查",
    "由归口部门牵头，相关部门横向联合实施",
    "按标准拟定的文件和记录格式组织实施，形成可追溯的台账",
];
const GOALS: &[&str] = &[
    "标准文本发放率100%",
    "岗位人员培训覆盖率100%",
    "台账记录完整率不低于98%",
    "服务对象满意度不低于95%",
    "不符合项按期整改率100%",
    "投诉处理及时率100%",
    "设备完好率不低于98%",
    "人均综合能耗较上年下降1%",
];
const RESOURCES: &[&str] = &[
    "经费纳入部门年度预算",
    "由服务单位按合同投入",
    "服务中心提供培训场地和设备",
    "依托机关事务综合管理平台开展信息化管理",
    "聘请标准化技术服务机构提供技术支持",
];
const TOPICS: &[&str] = &[
    "标准条款解读",
    "岗位操作实训",
    "检查记录表填写",
    "不符合项整改与复查",
    "标准实施评价方法",
    "应急处置演练",
    "新版标准宣贯",
    "服务礼仪和服务用语",
];
const OPINIONS: &[&str] = &[
    "标准技术内容仍适用，继续有效",
    "标准已写入相关服务合同，实施情况良好",
    "部分条款与新修订的上位标准不一致，建议修订",
    "业务已调整，标准不再适用，建议废止",
    "经全国标准信息公共服务平台核查，现行有效",
];

struct Indicator {
    name: &'static str,
    unit: &'static str,
    target: f64,
    lower: bool,
    lo: f64,
    hi: f64,
}

const INDICATORS: &[Indicator] = &[
    Indicator {
        name: "服务满意度",
        unit: "%",
        target: 95.0,
        lower: false,
        lo: 84.0,
        hi: 99.0,
    },
    Indicator {
        name: "台账记录完整率",
        unit: "%",
        target: 100.0,
        lower: false,
        lo: 88.0,
        hi: 100.0,
    },
    Indicator {
        name: "人均综合能耗",
        unit: "kgce/人",
        target: 235.0,
        lower: true,
        lo: 215.0,
        hi: 252.0,
    },
    Indicator {
        name: "投诉处理及时率",
        unit: "%",
        target: 100.0,
        lower: false,
        lo: 90.0,
        hi: 100.0,
    },
    Indicator {
        name: "设备完好率",
        unit: "%",
        target: 98.0,
        lower: false,
        lo: 92.0,
        hi: 100.0,
    },
    Indicator {
        name: "单位建筑面积能耗",
        unit: "kgce/m²",
        target: 9.2,
        lower: true,
        lo: 8.4,
        hi: 10.2,
    },
    Indicator {
        name: "培训覆盖率",
        unit: "%",
        target: 100.0,
        lower: false,
        lo: 70.0,
        hi: 100.0,
    },
    Indicator {
        name: "整改按期完成率",
        unit: "%",
        target: 100.0,
        lower: false,
        lo: 75.0,
        hi: 100.0,
    },
    Indicator {
        name: "平均响应时间",
        unit: "分钟",
        target: 30.0,
        lower: true,
        lo: 18.0,
        hi: 42.0,
    },
    Indicator {
        name: "持证上岗率",
        unit: "%",
        target: 100.0,
        lower: false,
        lo: 93.0,
        hi: 100.0,
    },
];
const QUALITATIVE: &[&str] = &[
    "应急演练按计划开展",
    "标准文本发放到位",
    "检查记录按月归档",
    "半年实施情况报告按时报送",
];

fn name(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN))
}

/// A template with `{n}` and `{m}` filled in.
fn fill(rng: &mut Rng, t: &str) -> String {
    let n = rng.range(3, 40);
    let m = rng.range(1, n);
    t.replace("{n}", &n.to_string())
        .replace("{m}", &m.to_string())
}

/// `k` distinct clauses from a pool, joined with `；` and closed with `。`.
fn clauses(rng: &mut Rng, pool: &[&str], k: usize) -> String {
    let picked = rng.sample(pool, k);
    let parts: Vec<String> = picked.iter().map(|t| fill(rng, t)).collect();
    format!("{}。", parts.join("；"))
}

/// Numbered measures: `1.…；2.…。`
fn numbered(rng: &mut Rng, pool: &[&str], k: usize) -> String {
    let picked = rng.sample(pool, k);
    let parts: Vec<String> = picked
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}.{}", i + 1, fill(rng, t)))
        .collect();
    format!("{}。", parts.join("；"))
}

// ---------------------------------------------------------------------------------------
// Values and the two file formats
// ---------------------------------------------------------------------------------------

enum V {
    S(String),
    D(NaiveDate),
    I(i64),
    F(f64),
    B(bool),
    L(Vec<String>),
    T(Vec<Rec>),
}

type Rec = Vec<(&'static str, V)>;

fn s(x: impl Into<String>) -> V {
    V::S(x.into())
}

fn num(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn toml_str(x: &str) -> String {
    let mut o = String::with_capacity(x.len() + 2);
    o.push('"');
    for c in x.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04X}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn toml_value(v: &V) -> String {
    match v {
        V::S(x) => toml_str(x),
        V::D(d) => d.to_string(),
        V::I(i) => i.to_string(),
        V::F(f) => num(*f),
        V::B(b) => b.to_string(),
        V::L(xs) => format!(
            "[{}]",
            xs.iter()
                .map(|x| toml_str(x))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        V::T(_) => String::new(),
    }
}

/// A TOML record: plain fields, then its tables as `[[prefix.key]]`.
fn toml_record(o: &mut String, rec: &Rec, prefix: &str) {
    for (k, v) in rec {
        if !matches!(v, V::T(_)) {
            let _ = writeln!(o, "{k} = {}", toml_value(v));
        }
    }
    for (k, v) in rec {
        if let V::T(rows) = v {
            for row in rows {
                let _ = writeln!(o, "\n[[{prefix}{k}]]");
                for (k2, v2) in row {
                    let _ = writeln!(o, "{k2} = {}", toml_value(v2));
                }
            }
        }
    }
}

/// Whether a YAML string must be quoted to stay a string (in a flow list, more so).
fn yaml_needs_quotes(x: &str, in_flow: bool) -> bool {
    let Some(first) = x.chars().next() else {
        return true;
    };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.is_whitespace() {
        return true;
    }
    if x.ends_with(char::is_whitespace)
        || x.ends_with(':')
        || x.contains(": ")
        || x.contains(" #")
        || x.contains(['\n', '\t', '\\', '"'])
    {
        return true;
    }
    if in_flow && x.contains([',', '[', ']', '{', '}']) {
        return true;
    }
    let lower = x.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "null" | "~" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return true;
    }
    // Anything that could read as a number, date or time.
    x.chars()
        .all(|c| c.is_ascii_digit() || "+-.:_eEoxXbB ".contains(c))
}

fn yaml_str(x: &str, in_flow: bool) -> String {
    if yaml_needs_quotes(x, in_flow) {
        // A JSON string is a YAML double-quoted scalar.
        toml_str(x)
    } else {
        x.to_owned()
    }
}

fn yaml_value(v: &V) -> String {
    match v {
        V::S(x) => yaml_str(x, false),
        V::D(d) => d.to_string(),
        V::I(i) => i.to_string(),
        V::F(f) => num(*f),
        V::B(b) => b.to_string(),
        V::L(xs) => format!(
            "[{}]",
            xs.iter()
                .map(|x| yaml_str(x, true))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        V::T(_) => String::new(),
    }
}

/// A YAML mapping at `indent`; `dash` puts `- ` before its first key (a list item).
fn yaml_record(o: &mut String, rec: &Rec, indent: usize, dash: bool) {
    let pad = " ".repeat(indent);
    for (i, (k, v)) in rec.iter().enumerate() {
        let lead = if dash && i == 0 {
            format!("{}- ", " ".repeat(indent.saturating_sub(2)))
        } else {
            pad.clone()
        };
        match v {
            V::T(rows) => {
                let _ = writeln!(o, "{lead}{k}:");
                for row in rows {
                    yaml_record(o, row, indent + 4, true);
                }
            }
            _ => {
                let _ = writeln!(o, "{lead}{k}: {}", yaml_value(v));
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Fmt {
    Toml,
    Yaml,
}

impl Fmt {
    fn ext(self) -> &'static str {
        match self {
            Fmt::Toml => "toml",
            Fmt::Yaml => "yaml",
        }
    }
}

/// One file: a comment, then one record, or many under the kind's array.
fn render(fmt: Fmt, comment: &str, array: Option<&str>, recs: &[Rec]) -> String {
    let mut o = String::new();
    for line in comment.lines() {
        let _ = writeln!(o, "# {line}");
    }
    match (fmt, array) {
        (Fmt::Toml, None) => {
            o.push('\n');
            if let Some(r) = recs.first() {
                toml_record(&mut o, r, "");
            }
        }
        (Fmt::Toml, Some(key)) => {
            let prefix = format!("{key}.");
            for r in recs {
                let _ = writeln!(o, "\n[[{key}]]");
                toml_record(&mut o, r, &prefix);
            }
        }
        (Fmt::Yaml, None) => {
            if let Some(r) = recs.first() {
                yaml_record(&mut o, r, 0, false);
            }
        }
        (Fmt::Yaml, Some(key)) => {
            let _ = writeln!(o, "{key}:");
            for r in recs {
                yaml_record(&mut o, r, 4, true);
            }
        }
    }
    o
}

struct Out {
    root: PathBuf,
    stats: Stats,
    /// Count only, write nothing.
    dry: bool,
    /// Daily self-check records.
    daily: usize,
}

impl Out {
    fn write(&mut self, rel: &str, text: &str) -> std::io::Result<()> {
        if !self.dry {
            let path = self.root.join(rel);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, text)?;
        }
        self.stats.files += 1;
        self.stats.bytes += text.len() as u64;
        Ok(())
    }

    fn count(&mut self, kind: &'static str, n: usize) {
        self.stats.records += n;
        match self.stats.by_kind.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, c)) => *c += n,
            None => self.stats.by_kind.push((kind, n)),
        }
    }

    /// Write records of a kind into one file; `many` puts them under the kind's array.
    #[allow(clippy::too_many_arguments)]
    fn records(
        &mut self,
        rng: &mut Rng,
        kind: &'static str,
        dir: &str,
        stem: &str,
        comment: &str,
        many: bool,
        recs: &[Rec],
    ) -> std::io::Result<()> {
        let fmt = if rng.chance(2.0 / 3.0) {
            Fmt::Toml
        } else {
            Fmt::Yaml
        };
        let array = many.then_some(kind);
        let text = render(fmt, comment, array, recs);
        self.write(&format!("{dir}/{stem}.{}", fmt.ext()), &text)?;
        self.count(kind, recs.len());
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// The world
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Centre,
    Section,
    Dept,
    Provider(usize),
    Affiliated,
    District,
}

struct Unit {
    id: String,
    name: String,
    kind: &'static str,
    head: String,
    parent: Option<String>,
    since: Option<NaiveDate>,
    role: Role,
    staff: Vec<String>,
    /// Departments: the day daily self-checks start.
    daily_from: Option<NaiveDate>,
}

#[derive(Clone, Copy, PartialEq)]
enum Cat {
    General,
    Management,
    Service,
    Support,
}

impl Cat {
    fn key(self) -> &'static str {
        match self {
            Cat::General => "general",
            Cat::Management => "management",
            Cat::Service => "service",
            Cat::Support => "support",
        }
    }
    fn code(self) -> &'static str {
        match self {
            Cat::General => "TY",
            Cat::Management => "GL",
            Cat::Service => "FW",
            Cat::Support => "BZ",
        }
    }
    fn zh(self) -> &'static str {
        match self {
            Cat::General => "通用基础标准",
            Cat::Management => "管理标准",
            Cat::Service => "服务标准",
            Cat::Support => "内部保障标准",
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Draft,
    InForce,
    UnderRevision,
    Abolished,
    Superseded,
}

impl Status {
    fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InForce => "in-force",
            Status::UnderRevision => "under-revision",
            Status::Abolished => "abolished",
            Status::Superseded => "superseded",
        }
    }
}

struct Std {
    id: String,
    title: String,
    cat: Cat,
    status: Status,
    code: Option<String>,
    origin: &'static str,
    owner: usize,
    implementers: Vec<usize>,
    published: Option<NaiveDate>,
    effective: Option<NaiveDate>,
    abolished: Option<NaiveDate>,
    cycle: Option<i64>,
    related: Vec<usize>,
    methods: Vec<&'static str>,
    contracts: Vec<String>,
    supersedes: Option<usize>,
    note: Option<String>,
}

impl Std {
    /// In force on a day (so it may be named by what happens that day).
    fn in_force_on(&self, d: NaiveDate) -> bool {
        if matches!(self.status, Status::Draft) {
            return false;
        }
        let began = self.effective.is_some_and(|e| e <= d);
        let ended = self.abolished.is_some_and(|a| a < d);
        began && !ended
    }
}

/// A check's items: item, result, note.
type Items = Vec<(&'static str, &'static str, Option<String>)>;

struct Chk {
    id: String,
    date: NaiveDate,
    unit: usize,
    contact: Option<String>,
    inspectors: Vec<String>,
    by: Option<usize>,
    ctype: &'static str,
    schedule: Option<String>,
    standards: Vec<usize>,
    content: Option<String>,
    items: Items,
    record: String,
    conclusion: &'static str,
}

impl Chk {
    fn problem(&self) -> Option<&str> {
        (self.conclusion != "conform").then(|| {
            self.items
                .iter()
                .find(|i| i.1 != "conform")
                .and_then(|i| i.2.as_deref())
                .unwrap_or("检查发现问题")
        })
    }
}

struct World {
    rng: Rng,
    days: Days,
    units: Vec<Unit>,
    stds: Vec<Std>,
    begin: NaiveDate,
    /// The plans' step 5 done (组织评价): the day, the plan's standards, its owner and the
    /// score its note gives, each to be recorded as an evaluation.
    plan_evaluations: Vec<(NaiveDate, Vec<usize>, usize, i64)>,
}

impl World {
    fn centre(&self) -> usize {
        self.role_units(|r| r == Role::Centre)
            .first()
            .copied()
            .unwrap_or(0)
    }
    fn section(&self) -> usize {
        self.role_units(|r| r == Role::Section)
            .first()
            .copied()
            .unwrap_or(0)
    }
    fn role_units(&self, f: impl Fn(Role) -> bool) -> Vec<usize> {
        (0..self.units.len())
            .filter(|&i| f(self.units[i].role))
            .collect()
    }
    fn staff(&mut self, u: usize) -> String {
        let n = self.units[u].staff.len();
        let i = self.rng.below(n);
        self.units[u].staff[i].clone()
    }
    /// Standards in force on a day, among `cands` (all standards when empty).
    fn in_force(&self, cands: &[usize], d: NaiveDate) -> Vec<usize> {
        if cands.is_empty() {
            (0..self.stds.len())
                .filter(|&i| self.stds[i].in_force_on(d))
                .collect()
        } else {
            cands
                .iter()
                .copied()
                .filter(|&i| self.stds[i].in_force_on(d))
                .collect()
        }
    }
    /// Standards a unit owns or implements.
    fn unit_stds(&self, u: usize) -> Vec<usize> {
        (0..self.stds.len())
            .filter(|&i| self.stds[i].owner == u || self.stds[i].implementers.contains(&u))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------

/// Write a ledger of about `records` records into `dir` (created; must be empty).
///
/// # Errors
/// When `dir` is not empty or a file cannot be written.
pub fn generate(records: usize, seed: u64, dir: &Path) -> Result<Stats, String> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "{} is not empty: refusing to write into it",
                dir.display()
            ));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let n = records.max(100);
    // Daily self-checks are most of a ledger; how many fill it to N depends on everything
    // else, which depends on how far back they go. Dry runs (nothing written) settle it.
    let mut target = (n as f64 * 0.88 / DAILY_NC) as usize;
    for _ in 0..4 {
        let out = build(n, seed, target, dir, true)?;
        let total = out.stats.records;
        if total.abs_diff(n) * 100 <= n {
            break;
        }
        let others = total as f64 - out.daily as f64 * DAILY_NC;
        let per = out.daily as f64 / target.max(1) as f64;
        target = ((n as f64 - others).max(n as f64 * 0.3) / DAILY_NC / per) as usize;
    }
    Ok(build(n, seed, target, dir, false)?.stats)
}

/// Each daily self-check that finds a problem (1.5%) brings a rectification along.
const DAILY_NC: f64 = 1.015;

/// Generate with about `daily` daily self-checks; `dry` counts without writing.
fn build(n: usize, seed: u64, daily: usize, dir: &Path, dry: bool) -> Result<Out, String> {
    let mut w = World {
        rng: Rng::new(seed),
        days: Days::new(),
        units: Vec::new(),
        stds: Vec::new(),
        begin: last_day(),
        plan_evaluations: Vec::new(),
    };
    let mut out = Out {
        root: dir.to_path_buf(),
        stats: Stats::default(),
        dry,
        daily: 0,
    };
    units(&mut w, n);
    standards(&mut w, n);
    plan_daily(&mut w, daily);
    let io = |e: std::io::Error| e.to_string();
    manifest(&mut w, &mut out).map_err(io)?;
    write_standards(&mut w, &mut out).map_err(io)?;
    plans(&mut w, &mut out).map_err(io)?;
    let checks = checks(&mut w);
    rectifications(&mut w, &mut out, &checks).map_err(io)?;
    write_checks(&mut w, &mut out, checks).map_err(io)?;
    reviews(&mut w, &mut out).map_err(io)?;
    evaluations(&mut w, &mut out).map_err(io)?;
    trainings(&mut w, &mut out).map_err(io)?;
    submissions(&mut w, &mut out).map_err(io)?;
    Ok(out)
}

fn units(w: &mut World, n: usize) {
    let total = n / 1000 + 10;
    let extra = total.saturating_sub(10);
    let affiliated = (1 + extra / 60).min(AFFILIATED.len());
    let districts = (1 + extra / 60).min(DISTRICTS.len());
    let rest = total - 2 - affiliated - districts;
    let providers = (rest * 3 / 10).max(2);
    let departments = rest - providers;
    let rng = &mut w.rng;
    let mut add = |rng: &mut Rng,
                   id: String,
                   name: String,
                   kind: &'static str,
                   role: Role,
                   parent: Option<String>| {
        let staff = (0..rng.range(3, 6)).map(|_| self::name(rng)).collect();
        w.units.push(Unit {
            id,
            name,
            kind,
            head: self::name(rng),
            parent,
            since: None,
            role,
            staff,
            daily_from: None,
        });
    };
    add(
        rng,
        "service-center".into(),
        "常州市市级机关服务中心".into(),
        "center",
        Role::Centre,
        None,
    );
    add(
        rng,
        "std-section".into(),
        "市级机关服务中心标准化科".into(),
        "center",
        Role::Section,
        Some("service-center".into()),
    );
    for i in 0..departments {
        let (base_id, base_name) = DEPARTMENTS[i % DEPARTMENTS.len()];
        let bureau = i / DEPARTMENTS.len();
        let (id, name, parent) = if bureau == 0 {
            (base_id.to_owned(), base_name.to_owned(), None)
        } else {
            let k = (bureau - 1) % DISTRICTS.len();
            let rep = (bureau - 1) / DISTRICTS.len();
            let (did, dname) = DISTRICTS[k];
            let suffix = if rep == 0 {
                String::new()
            } else {
                format!("-{}", rep + 1)
            };
            let parent = (k < districts).then(|| did.to_owned());
            (
                format!("{did}-{base_id}{suffix}"),
                format!(
                    "{dname}机关事务管理局{}{}",
                    base_name.replace('处', "科"),
                    if rep == 0 {
                        String::new()
                    } else {
                        format!("（{}）", rep + 1)
                    }
                ),
                parent,
            )
        };
        add(rng, id, name, "department", Role::Dept, parent);
    }
    for (id, name) in AFFILIATED.iter().take(affiliated) {
        add(
            rng,
            (*id).into(),
            (*name).into(),
            "affiliated",
            Role::Affiliated,
            None,
        );
    }
    for (id, name) in DISTRICTS.iter().take(districts) {
        add(
            rng,
            (*id).into(),
            format!("常州市{name}机关事务管理局"),
            "district",
            Role::District,
            None,
        );
    }
    for j in 0..providers {
        let svc = j % SERVICES.len();
        let site = j / SERVICES.len();
        let (sid, sname, company) = SERVICES[svc];
        let (site_id, site_name) = SITES[site % SITES.len()];
        let mut id = if site_id.is_empty() {
            format!("{sid}-co")
        } else {
            format!("{sid}-co-{site_id}")
        };
        if site >= SITES.len() {
            let _ = write!(id, "-{}", site / SITES.len() + 1);
        }
        let name = format!("常州市{company}有限公司（{site_name}{sname}项目部）");
        add(rng, id, name, "service-provider", Role::Provider(svc), None);
    }
}

fn standards(w: &mut World, n: usize) {
    let count = (n / 250).max(24);
    let depts = w.role_units(|r| r == Role::Dept);
    let providers = w.role_units(|r| matches!(r, Role::Provider(_)));
    let centre = w.centre();
    let section = w.section();
    let mut seq = [0usize; 4];
    let mut next_id = |cat: Cat| {
        let i = cat as usize;
        seq[i] += 1;
        format!("STD-{}-{:03}", cat.code(), seq[i])
    };
    // A home standard for every department (its daily self-checks name it), in force long
    // before the checks start; then the rest at random.
    let home = depts.len();
    for k in 0..count.max(home + 8) {
        let rng = &mut w.rng;
        let cat = if k < home {
            if rng.chance(0.6) {
                Cat::Management
            } else {
                Cat::Support
            }
        } else if k < home + 4 {
            Cat::Service
        } else if k < home + 8 {
            // One standard in each category and each status other than in force, at any size.
            [Cat::General, Cat::Management, Cat::Support, Cat::Service][k - home - 4]
        } else {
            match rng.below(10) {
                0 | 1 => Cat::General,
                2..=4 => Cat::Management,
                5..=7 => Cat::Service,
                _ => Cat::Support,
            }
        };
        let status = if k < home + 4 {
            Status::InForce
        } else if k < home + 8 {
            [
                Status::Draft,
                Status::UnderRevision,
                Status::Abolished,
                Status::Superseded,
            ][k - home - 4]
        } else {
            match rng.below(100) {
                0..=69 => Status::InForce,
                70..=77 => Status::UnderRevision,
                78..=84 => Status::Draft,
                85..=92 => Status::Abolished,
                _ => Status::Superseded,
            }
        };
        let service = (cat == Cat::Service).then(|| rng.below(SERVICES.len()));
        let (title, origin, code) = match cat {
            Cat::General => {
                let (t, c) = *rng.pick(GENERAL);
                if c.is_empty() || rng.chance(0.25) {
                    (t.to_owned(), "own", None)
                } else {
                    (t.to_owned(), "national", Some(c.to_owned()))
                }
            }
            Cat::Management => {
                let t = *rng.pick(MGMT_TOPICS);
                let kind = *rng.pick(&["管理规范", "工作规程", "管理制度", "考核评价规范"]);
                (format!("{t}{kind}"), "own", None)
            }
            Cat::Service => {
                let (_, sname, _) = SERVICES[service.unwrap_or(0)];
                let kind = *rng.pick(&["服务规范", "服务质量评价", "作业规程", "应急处置规范"]);
                let (origin, code) = match rng.below(10) {
                    0 => (
                        "local",
                        Some(format!(
                            "DB3204/T {}-{}",
                            rng.range(1000, 1099),
                            rng.range(2015, 2024)
                        )),
                    ),
                    1 => (
                        "group",
                        Some(format!(
                            "T/CZJG {:03}-{}",
                            rng.range(1, 60),
                            rng.range(2018, 2024)
                        )),
                    ),
                    2 => (
                        "industry",
                        Some(format!(
                            "SB/T {}-{}",
                            rng.range(10400, 11200),
                            rng.range(2012, 2022)
                        )),
                    ),
                    _ => ("own", None),
                };
                (format!("机关{sname}{kind}"), origin, code)
            }
            Cat::Support => {
                let t = *rng.pick(SUPPORT_TOPICS);
                let kind = *rng.pick(&["工作规范", "操作规程", "管理办法"]);
                (format!("{t}{kind}"), "own", None)
            }
        };
        let id = next_id(cat);
        let num = id.rsplit('-').next().unwrap_or("001").to_owned();
        let code = code.or_else(|| {
            (status != Status::Draft)
                .then(|| format!("CZJG/T {}{num}-{}", cat as usize + 1, rng.range(2012, 2024)))
        });
        let owner = match cat {
            Cat::General => section,
            Cat::Service => {
                if rng.chance(0.8) {
                    centre
                } else {
                    section
                }
            }
            _ if k < home => depts[k],
            _ => depts[rng.below(depts.len())],
        };
        let mut implementers = vec![owner];
        if let Some(svc) = service {
            implementers.extend(
                providers
                    .iter()
                    .copied()
                    .filter(|&p| w.units[p].role == Role::Provider(svc)),
            );
        }
        for _ in 0..rng.range(0, 2) {
            let u = rng.below(w.units.len());
            if !implementers.contains(&u) {
                implementers.push(u);
            }
        }
        // Home standards take effect years before the ledger starts; others at random.
        let (published, effective) = if status == Status::Draft {
            (None, None)
        } else {
            let p = if k < home + 4 {
                ymd(
                    rng.range(2008, 2013) as i32,
                    rng.range(1, 12) as u32,
                    rng.range(1, 28) as u32,
                )
            } else {
                plus(ymd(2008, 1, 1), rng.range(0, 18 * 365))
            };
            (Some(p), Some(plus(p, rng.range(0, 90))))
        };
        let abolished = match (status, effective) {
            (Status::Abolished | Status::Superseded, Some(e)) => {
                let span = (last_day() - e).num_days().max(400);
                let room = ((last_day() - e).num_days() - 5).max(1);
                Some(plus(e, rng.range(365, span).min(room)))
            }
            _ => None,
        };
        let k_methods = rng.range(1, 2) as usize;
        let methods = rng.sample(METHODS, k_methods);
        let contracts = match service {
            Some(svc) => vec![format!(
                "{}{}服务合同（{}—{}）附件 服务标准",
                SITES[rng.below(3)].1,
                SERVICES[svc].1,
                2020 + rng.range(0, 4),
                2025 + rng.range(0, 3)
            )],
            None => Vec::new(),
        };
        let note = rng.chance(0.4).then(|| {
            clauses(
                rng,
                &[
                    "按岗位职责分解标准条款，逐岗落实",
                    "与相关服务合同考核条款衔接",
                    "实施中发现的问题纳入持续改进",
                    "配套记录表格已按标准格式启用",
                    "每半年开展一次实施效果评价",
                ],
                2,
            )
        });
        w.stds.push(Std {
            id,
            title,
            cat,
            status,
            code,
            origin,
            owner,
            implementers,
            published,
            effective,
            abolished,
            cycle: rng.chance(0.15).then_some(3),
            related: Vec::new(),
            methods,
            contracts,
            supersedes: None,
            note,
        });
    }
    // Related standards; superseded ones get a successor that names them.
    let count = w.stds.len();
    for i in 0..count {
        let rng = &mut w.rng;
        if rng.chance(0.4) {
            let j = rng.below(count);
            if j != i {
                w.stds[i].related.push(j);
            }
        }
        if w.stds[i].status == Status::Superseded
            && let Some(end) = w.stds[i].abolished
        {
            let successor = w.stds.iter().position(|s| {
                s.cat == w.stds[i].cat
                    && s.status == Status::InForce
                    && s.supersedes.is_none()
                    && s.effective.is_some_and(|e| e > end)
            });
            if let Some(j) = successor {
                w.stds[j].supersedes = Some(i);
                w.stds[i].note = Some(format!("自{}起被{}代替，不再执行。", end, w.stds[j].id));
            }
        }
    }
}

/// Daily self-check starts per department, so that there are about `budget` daily records.
fn plan_daily(w: &mut World, budget: usize) {
    let depts = w.role_units(|r| r == Role::Dept);
    let each = budget / depts.len().max(1);
    let earliest = ymd(2012, 1, 1);
    let mut begin = last_day();
    for &u in &depts {
        let k = ((each as f64) * (0.75 + 0.5 * w.rng.unit())) as usize;
        let start = w.days.back(last_day(), k.max(5)).max(earliest);
        w.units[u].daily_from = Some(start);
        begin = begin.min(start);
    }
    w.begin = begin;
    // Providers join with their contracts, a few during the ledger's life.
    let providers = w.role_units(|r| matches!(r, Role::Provider(_)));
    for u in providers {
        let span = (last_day() - begin).num_days();
        let since = if w.rng.chance(0.6) {
            month_start(plus(begin, -w.rng.range(0, 700)))
        } else {
            month_start(plus(begin, w.rng.range(0, span - 40)))
        };
        w.units[u].since = Some(since);
    }
}

fn manifest(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    let mut o = String::new();
    o.push_str(
        "# ============================================================================\n\
         # 常州市机关事务管理局 标准化工作台账 清单文件（gbsw.toml）\n\
         # 由 examples/synth.rs 生成的合成台账，用于性能测试；结构与 ledger-example 相同。\n\
         # ============================================================================\n\n",
    );
    o.push_str(
        "organization = \"常州市机关事务管理局\"\nlang = \"zh\"\ntimezone = \"Asia/Shanghai\"\n",
    );
    o.push_str("\n# ----------------------------------------------------------------------------\n# 处室和单位\n# ----------------------------------------------------------------------------\n");
    for u in &w.units {
        let _ = writeln!(o, "\n[units.{}]", u.id);
        let _ = writeln!(o, "name = {}", toml_str(&u.name));
        let _ = writeln!(o, "kind = \"{}\"", u.kind);
        let _ = writeln!(o, "head = {}", toml_str(&u.head));
        if let Some(p) = &u.parent {
            let _ = writeln!(o, "parent = \"{p}\"");
        }
        if let Some(d) = u.since {
            let _ = writeln!(o, "since = {d}");
        }
    }
    o.push_str("\n# ----------------------------------------------------------------------------\n# 定期检查任务\n# ----------------------------------------------------------------------------\n");
    let home: Vec<(usize, Vec<usize>)> = w
        .role_units(|r| r == Role::Dept)
        .into_iter()
        .map(|u| {
            let stds = daily_standards(w, u);
            (u, stds)
        })
        .collect();
    for (u, stds) in &home {
        let unit = &w.units[*u];
        let _ = writeln!(o, "\n[[schedules]]\nid = \"daily-{}\"", unit.id);
        let _ = writeln!(
            o,
            "name = {}",
            toml_str(&format!("{}每日标准运用自查", unit.name))
        );
        o.push_str("type = \"self\"\ncadence = \"daily\"\n");
        let _ = writeln!(o, "units = [\"{}\"]", unit.id);
        let ids: Vec<String> = stds.iter().map(|&s| toml_str(&w.stds[s].id)).collect();
        let _ = writeln!(o, "standards = [{}]", ids.join(", "));
        if let Some(d) = unit.daily_from {
            let _ = writeln!(o, "start = {d}");
        }
    }
    let providers = w.role_units(|r| matches!(r, Role::Provider(_)));
    let list = |ids: &[usize]| {
        ids.iter()
            .map(|&u| toml_str(&w.units[u].id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let core: Vec<String> = (0..w.stds.len())
        .filter(|&i| w.stds[i].cat == Cat::Service && w.stds[i].status == Status::InForce)
        .filter(|&i| w.stds[i].effective.is_some_and(|e| e < ymd(2014, 1, 1)))
        .take(5)
        .map(|i| toml_str(&w.stds[i].id))
        .collect();
    let _ = write!(
        o,
        "\n# 市级机关服务中心每月对社会化服务单位开展监督检查（监查）\n[[schedules]]\nid = \"monthly-supervision\"\nname = \"社会化服务单位月度监督检查\"\ntype = \"supervision\"\ncadence = \"monthly\"\nunits = [{}]\nby = \"service-center\"\nstandards = [{}]\nstart = {}\n",
        list(&providers),
        core.join(", "),
        supervision_start(w)
    );
    let depts = w.role_units(|r| r == Role::Dept);
    let _ = write!(
        o,
        "\n# 标准化科每半年组织一次互评互查\n[[schedules]]\nid = \"semiannual-mutual\"\nname = \"半年度互评互查\"\ntype = \"mutual\"\ncadence = \"semiannual\"\nunits = [{}]\nby = \"std-section\"\nstart = {}\n",
        list(&depts),
        mutual_start(w)
    );
    o.push_str(
        "\n[grading]\nexcellent = 90\ngood = 80\npass = 60\n\n[defaults]\nreview_cycle_years = 5\nrecheck_days = 10\nvalidity_check_months = 12\nreport_deadline_h1 = \"06-30\"\nreport_deadline_h2 = \"12-31\"\n\n[check]\nallow = []\nwarn = []\ndeny = []\n",
    );
    out.write("gbsw.toml", &o)
}

fn supervision_start(w: &World) -> NaiveDate {
    next_month(w.begin)
}

fn mutual_start(w: &World) -> NaiveDate {
    plus(half_end(w.begin), 1)
}

/// The standards a department's daily self-checks name: its home standards.
fn daily_standards(w: &World, u: usize) -> Vec<usize> {
    let from = w.units[u].daily_from.unwrap_or(w.begin);
    let mut v: Vec<usize> = (0..w.stds.len())
        .filter(|&i| {
            w.stds[i].owner == u
                && w.stds[i].status == Status::InForce
                && w.stds[i].effective.is_some_and(|e| e <= from)
        })
        .take(2)
        .collect();
    if v.is_empty() {
        v = (0..w.stds.len())
            .filter(|&i| {
                w.stds[i].status == Status::InForce
                    && w.stds[i].effective.is_some_and(|e| e <= from)
            })
            .take(1)
            .collect();
    }
    v
}

fn write_standards(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    for i in 0..w.stds.len() {
        let st = &w.stds[i];
        let mut r: Rec = vec![
            ("id", s(&st.id)),
            ("title", s(&st.title)),
            ("category", s(st.cat.key())),
            ("status", s(st.status.key())),
        ];
        if let Some(c) = &st.code {
            r.push(("code", s(c)));
        }
        r.push(("origin", s(st.origin)));
        r.push(("owner", s(&w.units[st.owner].id)));
        r.push(("organizer", s(&w.units[w.section()].id)));
        r.push((
            "implementers",
            V::L(
                st.implementers
                    .iter()
                    .map(|&u| w.units[u].id.clone())
                    .collect(),
            ),
        ));
        for (k, d) in [
            ("published", st.published),
            ("effective", st.effective),
            ("abolished", st.abolished),
        ] {
            if let Some(d) = d {
                r.push((k, V::D(d)));
            }
        }
        if let Some(c) = st.cycle {
            r.push(("review_cycle_years", V::I(c)));
        }
        if !st.related.is_empty() {
            r.push((
                "related",
                V::L(st.related.iter().map(|&j| w.stds[j].id.clone()).collect()),
            ));
        }
        r.push((
            "methods",
            V::L(st.methods.iter().map(|m| (*m).to_owned()).collect()),
        ));
        if !st.contracts.is_empty() {
            r.push(("contracts", V::L(st.contracts.clone())));
        }
        if let Some(j) = st.supersedes {
            r.push(("supersedes", s(&w.stds[j].id)));
        }
        if let Some(n) = &st.note {
            r.push(("note", s(n)));
        }
        let dir = format!("standards/{}", st.cat.key());
        let comment = format!("标准登记表 — {}", st.cat.zh());
        let stem = st.id.clone();
        out.records(&mut w.rng, "standards", &dir, &stem, &comment, false, &[r])?;
    }
    Ok(())
}

fn plans(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    let as_of = last_day();
    let drive = ymd(2019, 10, 1);
    // Standards that need a plan, grouped by category for coordinated plans.
    let mut todo: Vec<usize> = (0..w.stds.len())
        .filter(|&i| {
            let st = &w.stds[i];
            match st.status {
                Status::InForce | Status::UnderRevision => true,
                Status::Abolished | Status::Superseded => {
                    st.abolished.is_some_and(|a| a > plus(drive, 200))
                }
                Status::Draft => false,
            }
        })
        .collect();
    let mut seq: Vec<(i32, usize)> = Vec::new();
    while let Some(first) = todo.first().copied() {
        todo.remove(0);
        let mut group = vec![first];
        let cat = w.stds[first].cat;
        if w.rng.chance(0.15)
            && let Some(pos) = todo.iter().position(|&j| {
                w.stds[j].cat == cat
                    && w.stds[j].abolished.is_none()
                    && w.stds[first].abolished.is_none()
            })
        {
            group.push(todo.remove(pos));
        }
        let st = &w.stds[first];
        let eff = group
            .iter()
            .filter_map(|&j| w.stds[j].effective)
            .max()
            .unwrap_or(drive);
        let rng = &mut w.rng;
        let mut start = if eff < drive {
            plus(drive, rng.range(0, 600))
        } else {
            plus(eff, rng.range(-20, 40))
        };
        if let Some(a) = group.iter().filter_map(|&j| w.stds[j].abolished).min() {
            start = start.min(plus(a, -rng.range(60, 150)));
        }
        start = start.min(plus(as_of, -rng.range(10, 60)));
        let end = plus(start, rng.range(180, 300));
        let year = start.year();
        let n = match seq.iter_mut().find(|(y, _)| *y == year) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                seq.push((year, 1));
                1
            }
        };
        let id = format!("PLAN-{year}-{}-{n:02}", cat.code());
        let title = if group.len() > 1 {
            format!("{}等{}项标准配套实施计划", st.title, group.len())
        } else {
            format!("《{}》实施计划", st.title)
        };
        let owner = st.owner;
        let steps: [&str; 6] = match cat {
            Cat::General => [
                "标准文本发放到位。",
                "标准化科组织标准宣贯，对国标、行标、地标中不理解的问题，反映到标准实施工作小组，统一向发布或起草单位咨询。",
                "为贯彻标准做好技术、物资准备。",
                "各部门实施标准。",
                "标准评价小组对标准实施组织评价，反馈评价结果。",
                "标准评价小组组织相关部门实施改进。",
            ],
            _ => [
                "标准文本发放到位。",
                "由所实施标准规定的主管部门向相关部门、相关人员组织宣贯标准。",
                "为贯彻标准规定，按标准拟定的文件和记录格式准备好各式表格。",
                "各部门实施标准，形成文件和记录。",
                "标准评价小组对标准实施组织评价，反馈评价结果。",
                "标准评价小组组织相关部门实施改进。",
            ],
        };
        let dues = [
            plus(start, 5),
            plus(start, 15),
            plus(start, 30),
            plus(end, -60),
            plus(end, -30),
            end,
        ];
        let mut acts: Vec<Rec> = Vec::new();
        let mut evaluated: Option<(NaiveDate, i64)> = None;
        for (k, text) in steps.iter().enumerate() {
            let due = dues[k];
            let responsible = if k >= 4 {
                w.units[w.section()].head.clone()
            } else {
                w.staff(owner)
            };
            let rng = &mut w.rng;
            let mut a: Rec = vec![
                ("step", V::I(k as i64 + 1)),
                ("activity", s(*text)),
                ("responsible", s(responsible)),
                ("due", V::D(due)),
            ];
            let done = plus(due, rng.range(-3, 4)).max(start);
            if done <= as_of && plus(due, 20) <= as_of && rng.chance(0.97) {
                a.push(("done", V::D(done)));
                let note = match k {
                    0 => format!("标准文本发放至相关岗位{}人。", rng.range(8, 120)),
                    1 => format!(
                        "组织宣贯{}场，参加{}人。",
                        rng.range(1, 4),
                        rng.range(15, 160)
                    ),
                    2 => "检查记录表、交接班记录、台账目录按标准格式启用。".to_owned(),
                    3 => clauses(rng, DAILY_DONE, 2),
                    4 => {
                        let score = rng.range(72, 96);
                        evaluated = Some((done, score));
                        format!("评价得分{score}分，评价报告已反馈相关部门。")
                    }
                    _ => "改进措施已落实，纳入下一轮实施计划。".to_owned(),
                };
                a.push(("note", s(note)));
            }
            acts.push(a);
        }
        if let Some((done, score)) = evaluated {
            w.plan_evaluations.push((done, group.clone(), owner, score));
        }
        let section_id = w.units[w.section()].id.clone();
        let rng = &mut w.rng;
        let r: Rec = vec![
            ("id", s(&id)),
            ("title", s(title)),
            (
                "standards",
                V::L(group.iter().map(|&j| w.stds[j].id.clone()).collect()),
            ),
            ("scope", s(format!("{}。", rng.pick(SCOPES)))),
            ("approach", s(format!("{}。", rng.pick(APPROACHES)))),
            ("goals", s(clauses(rng, GOALS, 3))),
            ("resources", s(format!("{}。", rng.pick(RESOURCES)))),
            ("owner", s(&w.units[owner].id)),
            ("organizer", s(section_id)),
            ("responsible", s(w.units[owner].head.clone())),
            ("start", V::D(start)),
            ("end", V::D(end)),
            ("budget_yuan", V::I(rng.range(0, 40) * 1000)),
            ("activities", V::T(acts)),
        ];
        let comment = format!("常州市机关事务标准实施计划表 — {}", cat.zh());
        out.records(
            &mut w.rng,
            "plans",
            &format!("plans/{year}"),
            &id,
            &comment,
            false,
            &[r],
        )?;
    }
    Ok(())
}

/// Items of a check: `bad` gives one item a non-conforming result.
fn items(rng: &mut Rng, base: &[&'static str], extra: usize, bad: bool) -> (Items, &'static str) {
    let mut picked: Vec<&'static str> = base.to_vec();
    for it in rng.sample(CHECK_ITEMS, extra) {
        if !picked.contains(&it) {
            picked.push(it);
        }
    }
    let bad_at = if bad {
        Some(rng.below(picked.len()))
    } else {
        None
    };
    let mut worst = "conform";
    let items = picked
        .into_iter()
        .enumerate()
        .map(|(i, it)| {
            if Some(i) == bad_at {
                let result = if rng.chance(0.7) {
                    "partial"
                } else {
                    "nonconform"
                };
                worst = result;
                let t = rng_pick(rng, PROBLEMS);
                (it, result, Some(format!("{}。", fill(rng, t))))
            } else if rng.chance(0.1) {
                let t = rng_pick(rng, DAILY_DONE);
                (it, "conform", Some(format!("{}。", fill(rng, t))))
            } else {
                (it, "conform", None)
            }
        })
        .collect();
    (items, worst)
}

fn rng_pick(rng: &mut Rng, xs: &[&'static str]) -> &'static str {
    xs[rng.below(xs.len())]
}

fn checks(w: &mut World) -> Vec<Chk> {
    let mut all: Vec<Chk> = Vec::new();
    let last = last_day();
    // Daily self-checks of each department, on working days, a few days missed.
    for u in w.role_units(|r| r == Role::Dept) {
        let Some(from) = w.units[u].daily_from else {
            continue;
        };
        let stds = daily_standards(w, u);
        let uid = w.units[u].id.clone();
        let upper = uid.to_ascii_uppercase();
        for d in from.iter_days().take_while(|d| *d <= last) {
            if !w.days.is_work(d) || w.rng.chance(0.003) {
                continue;
            }
            let bad = w.rng.chance(0.015);
            let extra = usize::from(w.rng.chance(0.15));
            let (items, conclusion) = items(&mut w.rng, &["execution"], extra, bad);
            let k = w.rng.range(1, 3) as usize;
            let mut record = clauses(&mut w.rng, DAILY_DONE, k);
            if w.rng.chance(0.1) {
                record.pop();
                record.push('；');
                record.push_str(&clauses(&mut w.rng, DAILY_EXTRA, 1));
            }
            if bad {
                record.push_str("发现问题已列入不符合项，限期整改。");
            }
            let contact = w.staff(u);
            let inspector = if w.rng.chance(0.5) {
                w.units[u].head.clone()
            } else {
                w.staff(u)
            };
            all.push(Chk {
                id: format!("CHK-{upper}-{}", d.format("%Y%m%d")),
                date: d,
                unit: u,
                contact: Some(contact),
                inspectors: vec![inspector],
                by: None,
                ctype: "self",
                schedule: Some(format!("daily-{uid}")),
                standards: stds.clone(),
                content: None,
                items,
                record,
                conclusion,
            });
        }
    }
    let centre = w.centre();
    let section = w.section();
    // Monthly supervision of the providers by the service centre.
    let sup_from = supervision_start(w);
    for u in w.role_units(|r| matches!(r, Role::Provider(_))) {
        let since = w.units[u].since.unwrap_or(sup_from).max(sup_from);
        let cands = w.unit_stds(u);
        let mut m = month_start(since);
        while m <= last {
            let lo = m.max(since);
            let hi = month_end(m).min(last);
            let skip = w.rng.chance(0.02) || (m == month_start(last) && w.rng.chance(0.35));
            if !skip && let Some(d) = w.days.pick(&mut w.rng, lo, hi) {
                let mut stds = w.in_force(&cands, d);
                stds.retain(|&i| w.stds[i].cat == Cat::Service);
                let stds = w.rng.sample(&stds, 2);
                let bad = w.rng.chance(0.25);
                let (items, conclusion) = items(&mut w.rng, &["execution"], 2, bad);
                let inspectors = vec![w.staff(centre), w.staff(centre)];
                let mut inspectors_u = inspectors.clone();
                inspectors_u.dedup();
                let content = clauses(&mut w.rng, TOPICS, 2);
                let mut record = clauses(&mut w.rng, DAILY_DONE, 2);
                record.pop();
                let _ = write!(record, "；当月考评得分{}分。", w.rng.range(82, 98));
                all.push(Chk {
                    id: String::new(),
                    date: d,
                    unit: u,
                    contact: Some(format!("{}（项目经理）", w.units[u].head)),
                    inspectors: inspectors_u,
                    by: Some(centre),
                    ctype: "supervision",
                    schedule: Some("monthly-supervision".into()),
                    standards: stds,
                    content: Some(content),
                    items,
                    record,
                    conclusion,
                });
            }
            m = next_month(m);
        }
    }
    // Semiannual mutual checks of the departments, organised by the section.
    let depts = w.role_units(|r| r == Role::Dept);
    let mut h = mutual_start(w);
    while h <= last {
        for &u in &depts {
            let hi = half_end(h).min(last);
            if h == half_start(last) && w.rng.chance(0.3) {
                continue;
            }
            let Some(d) = w.days.pick(&mut w.rng, plus(hi, -60).max(h), hi) else {
                continue;
            };
            let cands = w.unit_stds(u);
            let stds = w.in_force(&cands, d);
            let stds = w.rng.sample(&stds, 3);
            let bad = w.rng.chance(0.3);
            let (items, conclusion) = items(&mut w.rng, &["execution", "ledger"], 2, bad);
            let other = depts[w.rng.below(depts.len())];
            let inspectors = vec![w.units[section].head.clone(), w.staff(other)];
            let record = clauses(&mut w.rng, DAILY_DONE, 3);
            all.push(Chk {
                id: String::new(),
                date: d,
                unit: u,
                contact: Some(w.units[u].head.clone()),
                inspectors,
                by: Some(section),
                ctype: "mutual",
                schedule: Some("semiannual-mutual".into()),
                standards: stds,
                content: Some(format!(
                    "{}半年度互评互查：{}",
                    half_label(h),
                    clauses(&mut w.rng, TOPICS, 2)
                )),
                items,
                record,
                conclusion,
            });
        }
        h = plus(half_end(h), 1);
    }
    // Spot, higher-level and third-party checks at random.
    let n_spot = (all.len() / 120).max(6);
    let others: Vec<usize> = (0..w.units.len())
        .filter(|&u| !matches!(w.units[u].role, Role::Centre | Role::Section))
        .collect();
    for _ in 0..n_spot {
        let u = others[w.rng.below(others.len())];
        let lo = w.units[u].since.unwrap_or(w.begin).max(w.begin);
        let Some(d) = w.days.pick(&mut w.rng, lo, last) else {
            continue;
        };
        let (ctype, by, inspectors) = match w.rng.below(10) {
            0..=6 => ("spot", Some(section), vec![w.staff(section)]),
            7 | 8 => (
                "higher-level",
                None,
                vec![
                    format!("省机关事务管理局 {}", name(&mut w.rng)),
                    format!("省机关事务管理局 {}", name(&mut w.rng)),
                ],
            ),
            _ => (
                "third-party",
                None,
                vec![format!(
                    "{}（江苏正衡标准化技术服务有限公司）",
                    name(&mut w.rng)
                )],
            ),
        };
        let cands = w.unit_stds(u);
        let stds = w.in_force(&cands, d);
        let stds = w.rng.sample(&stds, 2);
        let bad = w.rng.chance(0.3);
        let (items, conclusion) = items(&mut w.rng, &["execution"], 3, bad);
        let record = clauses(&mut w.rng, DAILY_DONE, 3);
        let contact = w.staff(u);
        all.push(Chk {
            id: String::new(),
            date: d,
            unit: u,
            contact: Some(contact),
            inspectors,
            by,
            ctype,
            schedule: None,
            standards: stds,
            content: Some(clauses(&mut w.rng, TOPICS, 2)),
            items,
            record,
            conclusion,
        });
    }
    // Number the single-record checks by date, per year.
    let mut singles: Vec<usize> = (0..all.len()).filter(|&i| all[i].id.is_empty()).collect();
    singles.sort_by_key(|&i| (all[i].date, all[i].unit));
    let mut year = 0;
    let mut seq = 0;
    for i in singles {
        if all[i].date.year() != year {
            year = all[i].date.year();
            seq = 0;
        }
        seq += 1;
        all[i].id = format!("CHK-{year}-{seq:04}");
    }
    all
}

fn check_rec(w: &World, c: &Chk) -> Rec {
    let mut r: Rec = vec![
        ("id", s(&c.id)),
        ("date", V::D(c.date)),
        ("unit", s(&w.units[c.unit].id)),
    ];
    if let Some(x) = &c.contact {
        r.push(("contact", s(x)));
    }
    r.push(("inspectors", V::L(c.inspectors.clone())));
    if let Some(b) = c.by {
        r.push(("by", s(&w.units[b].id)));
    }
    r.push(("type", s(c.ctype)));
    if let Some(x) = &c.schedule {
        r.push(("schedule", s(x)));
    }
    if !c.standards.is_empty() {
        r.push((
            "standards",
            V::L(c.standards.iter().map(|&i| w.stds[i].id.clone()).collect()),
        ));
    }
    if let Some(x) = &c.content {
        r.push(("content", s(x)));
    }
    r.push(("record", s(&c.record)));
    r.push(("conclusion", s(c.conclusion)));
    let items: Vec<Rec> = c
        .items
        .iter()
        .map(|(it, res, note)| {
            let mut row: Rec = vec![("item", s(*it)), ("result", s(*res))];
            if let Some(n) = note {
                row.push(("note", s(n)));
            }
            row
        })
        .collect();
    r.push(("items", V::T(items)));
    r
}

fn write_checks(w: &mut World, out: &mut Out, checks: Vec<Chk>) -> std::io::Result<()> {
    // Daily logs: one file per unit per month, in date order.
    let mut daily: Vec<&Chk> = checks.iter().filter(|c| c.ctype == "self").collect();
    daily.sort_by_key(|c| (c.date.year(), c.date.month(), c.unit, c.date));
    let mut i = 0;
    while i < daily.len() {
        let (y, m, u) = (daily[i].date.year(), daily[i].date.month(), daily[i].unit);
        let mut j = i;
        while j < daily.len()
            && (daily[j].date.year(), daily[j].date.month(), daily[j].unit) == (y, m, u)
        {
            j += 1;
        }
        let recs: Vec<Rec> = daily[i..j].iter().map(|c| check_rec(w, c)).collect();
        out.daily += recs.len();
        let unit = &w.units[u];
        let comment = format!(
            "{} {y}年{m}月 每日标准运用自查记录（检查记录表，一日一条）",
            unit.name
        );
        let stem = format!("{}-daily", unit.id);
        let dir = format!("checks/{y}/{m:02}");
        out.records(&mut w.rng, "checks", &dir, &stem, &comment, true, &recs)?;
        i = j;
    }
    for c in checks.iter().filter(|c| c.ctype != "self") {
        let comment = match c.ctype {
            "supervision" => "常州市机关事务标准实施情况检查记录表 — 月度监督检查（监查）",
            "mutual" => "常州市机关事务标准实施情况检查记录表 — 半年度互评互查",
            "spot" => "常州市机关事务标准实施情况检查记录表 — 抽查",
            "higher-level" => "常州市机关事务标准实施情况检查记录表 — 上级检查",
            _ => "常州市机关事务标准实施情况检查记录表 — 第三方检查",
        };
        let r = check_rec(w, c);
        let dir = format!("checks/{}/{:02}", c.date.year(), c.date.month());
        out.records(&mut w.rng, "checks", &dir, &c.id, comment, false, &[r])?;
    }
    Ok(())
}

fn rectifications(w: &mut World, out: &mut Out, checks: &[Chk]) -> std::io::Result<()> {
    let as_of = plus(last_day(), 1);
    let mut list: Vec<(NaiveDate, &Chk)> = checks
        .iter()
        .filter(|c| c.problem().is_some())
        .map(|c| (c.date, c))
        .collect();
    list.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let mut year = 0;
    let mut seq = 0;
    for (nth, (found, c)) in list.into_iter().enumerate() {
        if found.year() != year {
            year = found.year();
            seq = 0;
        }
        seq += 1;
        let id = format!("NC-{year}-{seq:04}");
        let rng = &mut w.rng;
        let major = rng.chance(0.05);
        let mut due = plus(found, rng.range(5, 30));
        let age = (as_of - found).num_days();
        // Which derived status this one ends in, as of the day after the last record: the
        // first four take the rarer ones, so that a small ledger has every status too.
        let roll = rng.below(100);
        let forced = ["overdue", "reopened", "awaiting", "open"]
            .get(nth)
            .copied();
        if forced == Some("open") {
            due = plus(as_of, rng.range(10, 40));
        }
        let status = if let Some(f) = forced {
            f
        } else if age > 45 {
            match roll {
                0..=3 => "overdue",
                4..=6 => "reopened",
                7..=8 => "awaiting",
                _ => "closed",
            }
        } else {
            match roll {
                0..=29 => "open",
                30..=59 => "awaiting",
                60..=64 => "reopened",
                _ => "closed",
            }
        };
        let status = if status == "open" && due < as_of {
            "overdue"
        } else {
            status
        };
        let recheck_by = w.units[w.section()].staff[0].clone();
        let rng = &mut w.rng;
        let mut completed = None;
        let mut rechecks: Vec<Rec> = Vec::new();
        let cap = plus(last_day(), 0);
        let clamp = |d: NaiveDate| d.min(cap).max(found);
        match status {
            "closed" => {
                let done = clamp(plus(found, rng.range(1, (due - found).num_days() + 3)));
                if rng.chance(0.15) && plus(done, 12) <= cap {
                    // Failed once, done again, then passed.
                    let fail = clamp(plus(done, rng.range(2, 5)));
                    let again = clamp(plus(fail, rng.range(2, 6)));
                    let pass = clamp(plus(again, rng.range(0, 3)));
                    completed = Some(again);
                    rechecks.push(recheck(rng, fail, &recheck_by, false));
                    rechecks.push(recheck(rng, pass, &recheck_by, true));
                } else {
                    completed = Some(done);
                    let pass = clamp(plus(done, rng.range(0, 8)));
                    rechecks.push(recheck(rng, pass, &recheck_by, true));
                }
            }
            "reopened" => {
                let done = clamp(plus(found, rng.range(1, 12)));
                let fail = clamp(plus(done, rng.range(1, 8)));
                completed = Some(done);
                rechecks.push(recheck(rng, fail, &recheck_by, false));
            }
            "awaiting" => {
                completed = Some(clamp(plus(found, rng.range(1, age.clamp(1, 20)))));
            }
            _ => {}
        }
        let problem = c.problem().unwrap_or("检查发现问题。");
        let stds = &c.standards;
        let standard = stds.first().map(|&i| w.stds[i].id.clone());
        let rng = &mut w.rng;
        let mut r: Rec = vec![("id", s(&id)), ("check", s(&c.id))];
        if let Some(sid) = standard {
            r.push(("standard", s(sid)));
            r.push((
                "clause",
                s(format!(
                    "{}.{} {}",
                    rng.range(4, 9),
                    rng.range(1, 6),
                    rng_pick(
                        rng,
                        &[
                            "人员要求",
                            "作业要求",
                            "记录要求",
                            "设施设备",
                            "服务质量",
                            "安全要求"
                        ]
                    )
                )),
            ));
        }
        r.push(("unit", s(&w.units[c.unit].id)));
        r.push(("found", V::D(found)));
        r.push((
            "description",
            s(format!("{}{}", problem, clauses(rng, PROBLEMS, 1))),
        ));
        if major {
            r.push(("severity", s("major")));
        }
        r.push(("cause", s(clauses(rng, CAUSES, 2))));
        let k = rng.range(2, 4) as usize;
        r.push(("measures", s(numbered(rng, MEASURES, k))));
        r.push(("responsible", s(w.units[c.unit].head.clone())));
        r.push(("due", V::D(due)));
        if let Some(d) = completed {
            r.push(("completed", V::D(d)));
        }
        if !rechecks.is_empty() {
            r.push(("rechecks", V::T(rechecks)));
        }
        if major {
            r.push((
                "report",
                s(format!(
                    "严重不符合项书面报告（常机服〔{}〕{}号，{}）：说明问题经过、原因分析、整改措施，已报局标准化工作领导小组办公室。",
                    found.year(),
                    w.rng.range(3, 60),
                    found.format("%Y年%-m月%-d日")
                )),
            ));
        }
        out.records(
            &mut w.rng,
            "rectifications",
            &format!("rectifications/{year}"),
            &id,
            "常州市机关事务标准实施不符合项报告表 / 整改落实情况复查记录表\n整改状态由程序根据日期和复查结果自动判定，不在此填写。",
            false,
            &[r],
        )?;
    }
    Ok(())
}

fn recheck(rng: &mut Rng, date: NaiveDate, by: &str, pass: bool) -> Rec {
    let note = if pass {
        format!("现场复查，{}", clauses(rng, DAILY_DONE, 1))
    } else {
        format!("复查发现{}要求重新整改。", clauses(rng, PROBLEMS, 1))
    };
    vec![
        ("date", V::D(date)),
        ("by", s(by)),
        ("result", s(if pass { "pass" } else { "fail" })),
        ("note", s(note)),
    ]
}

fn reviews(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    let last = last_day();
    let section = w.section();
    let mut all: Vec<(NaiveDate, Rec, usize)> = Vec::new();
    for i in 0..w.stds.len() {
        let st = &w.stds[i];
        let Some(eff) = st.effective else {
            continue;
        };
        let cycle = st.cycle.unwrap_or(5);
        let end = st.abolished.map_or(last, |a| plus(a, -1));
        // The closing review that decided the standard's fate.
        let closing = match st.status {
            Status::Abolished => Some(("abolish", "abolish")),
            Status::UnderRevision => Some(("revise", "revise")),
            Status::Superseded => Some(("revise", "revise")),
            _ => None,
        };
        let closing_date = closing.map(|_| {
            let lo = plus(eff, 1);
            let d = plus(end, -w.rng.range(20, 200));
            d.max(lo).min(end)
        });
        let stop = closing_date.unwrap_or(last);
        let mut k = 1;
        while let Some(d) = eff.checked_add_months(chrono::Months::new((cycle * 12 * k) as u32)) {
            let d = plus(d, -w.rng.range(5, 60));
            if d >= stop || d > last {
                break;
            }
            let proposal = if w.rng.chance(0.15) {
                "revise"
            } else {
                "continue"
            };
            all.push((d, review_rec(w, i, d, proposal, "continue"), i));
            k += 1;
        }
        if let (Some((p, dec)), Some(d)) = (closing, closing_date) {
            all.push((d, review_rec(w, i, d, p, dec), i));
        }
    }
    all.sort_by_key(|a| (a.0, a.2));
    let mut year = 0;
    let mut seq = 0;
    for (d, mut r, _) in all {
        if d.year() != year {
            year = d.year();
            seq = 0;
        }
        seq += 1;
        let id = format!("REV-{year}-{seq:03}");
        r.insert(0, ("id", s(&id)));
        out.records(
            &mut w.rng,
            "reviews",
            &format!("reviews/{year}"),
            &id,
            "标准复审记录",
            false,
            &[r],
        )?;
    }
    // Yearly validity checks of the adopted standards, in December, one file a year.
    let first = w.begin.year().max(2023);
    for year in first..LAST_YEAR {
        let Some(d) = w.days.pick(&mut w.rng, ymd(year, 12, 8), ymd(year, 12, 20)) else {
            continue;
        };
        let adopted: Vec<usize> = (0..w.stds.len())
            .filter(|&i| w.stds[i].origin != "own" && w.stds[i].status == Status::InForce)
            .filter(|&i| w.stds[i].effective.is_some_and(|e| e < d))
            .collect();
        let experts = vec![w.units[section].head.clone(), w.staff(section)];
        let recs: Vec<Rec> = adopted
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                let st = &w.stds[i];
                vec![
                    ("id", s(format!("REV-{year}-V{:03}", k + 1))),
                    ("standard", s(&st.id)),
                    ("date", V::D(d)),
                    ("proposal", s("continue")),
                    ("decision", s("continue")),
                    ("proposed_by", s(&w.units[section].id)),
                    ("experts", V::L(experts.clone())),
                    (
                        "opinion",
                        s(format!(
                            "经全国标准信息公共服务平台核查，{}现行有效。",
                            st.code.as_deref().unwrap_or(&st.title)
                        )),
                    ),
                ]
            })
            .collect();
        if recs.is_empty() {
            continue;
        }
        out.records(
            &mut w.rng,
            "reviews",
            &format!("reviews/{year}"),
            &format!("{year}-12-validity-check"),
            &format!("{year}年12月 引用标准有效性核查（附件1：定期核查引用标准的有效性）"),
            true,
            &recs,
        )?;
    }
    Ok(())
}

fn review_rec(w: &mut World, i: usize, d: NaiveDate, proposal: &str, decision: &str) -> Rec {
    let section = w.section();
    let owner = w.stds[i].owner;
    let experts = vec![
        format!("外聘专家 {}（标准化高级工程师）", name(&mut w.rng)),
        w.units[section].head.clone(),
        w.staff(owner),
    ];
    let opinion = match decision {
        "abolish" => OPINIONS[3],
        "revise" => OPINIONS[2],
        _ => OPINIONS[w.rng.below(2)],
    };
    vec![
        ("standard", s(&w.stds[i].id)),
        ("date", V::D(d)),
        ("proposal", s(proposal)),
        ("decision", s(decision)),
        ("proposed_by", s(&w.units[owner].id)),
        ("experts", V::L(experts)),
        ("opinion", s(format!("{opinion}。"))),
    ]
}

fn evaluations(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    let last = last_day();
    let grading = |x: f64| {
        if x >= 90.0 {
            "excellent"
        } else if x >= 80.0 {
            "good"
        } else if x >= 60.0 {
            "pass"
        } else {
            "fail"
        }
    };
    let section = w.section();
    let mut h = half_start(w.begin);
    let mut improvements: Vec<(NaiveDate, String, usize)> = Vec::new();
    while h <= last {
        let period = half_label(h);
        let hi = half_end(h).min(last);
        let mut seq = 0;
        let units: Vec<usize> = (0..w.units.len())
            .filter(|&u| match w.units[u].role {
                Role::Provider(_) => w.units[u].since.is_some_and(|s| s <= plus(hi, -60)),
                Role::Dept => w.rng.chance(0.35),
                Role::Affiliated => w.rng.chance(0.5),
                _ => false,
            })
            .collect();
        for u in units {
            if h == half_start(last) && w.rng.chance(0.5) {
                continue;
            }
            let Some(d) = w.days.pick(&mut w.rng, plus(hi, -25).max(h), hi) else {
                continue;
            };
            let cands = w.unit_stds(u);
            let stds = w.in_force(&cands, d);
            let stds = w.rng.sample(&stds, 2);
            if stds.is_empty() {
                continue;
            }
            seq += 1;
            let id = format!("EVAL-{period}-{seq:02}");
            let provider = matches!(w.units[u].role, Role::Provider(_));
            let etype = if provider && w.rng.chance(0.4) {
                "external"
            } else if provider {
                "conformity"
            } else {
                "effectiveness"
            };
            let evaluators = vec![
                w.units[section].head.clone(),
                w.staff(section),
                name(&mut w.rng),
            ];
            let mut r: Rec = vec![
                ("id", s(&id)),
                ("period", s(&period)),
                ("date", V::D(d)),
                ("unit", s(&w.units[u].id)),
                (
                    "standards",
                    V::L(stds.iter().map(|&i| w.stds[i].id.clone()).collect()),
                ),
                ("type", s(etype)),
                ("evaluators", V::L(evaluators)),
            ];
            let rng = &mut w.rng;
            let score;
            if etype == "external" {
                let sat = 80.0 + rng.range(0, 190) as f64 / 10.0;
                let sc = rng.range(62, 97);
                score = sc as f64;
                r.push(("satisfaction", V::F(sat)));
                r.push(("score", V::I(sc)));
                r.push(("grade", s(grading(score))));
            } else {
                let k = rng.range(3, 5) as usize;
                let picks = rng.sample(&(0..INDICATORS.len()).collect::<Vec<_>>(), k);
                let (mut sum, mut weights) = (0.0, 0.0);
                let mut rows: Vec<Rec> = Vec::new();
                for k in picks {
                    let ind = &INDICATORS[k];
                    let actual = ((ind.lo + (ind.hi - ind.lo) * rng.unit()) * 10.0).round() / 10.0;
                    let weight = rng.range(1, 3) as f64;
                    let ratio = if ind.lower {
                        ind.target / actual
                    } else {
                        actual / ind.target
                    };
                    sum += ratio.clamp(0.0, 1.0) * 100.0 * weight;
                    weights += weight;
                    let mut row: Rec = vec![
                        ("name", s(ind.name)),
                        ("target", V::F(ind.target)),
                        ("actual", V::F(actual)),
                        ("unit", s(ind.unit)),
                    ];
                    if ind.lower {
                        row.push(("better", s("lower")));
                    }
                    if weight != 1.0 {
                        row.push(("weight", V::F(weight)));
                    }
                    rows.push(row);
                }
                if rng.chance(0.5) {
                    let passed = rng.chance(0.8);
                    sum += if passed { 100.0 } else { 0.0 };
                    weights += 1.0;
                    rows.push(vec![
                        ("name", s(*rng.pick(QUALITATIVE))),
                        ("passed", V::B(passed)),
                    ]);
                }
                score = sum / weights;
                let near = [60.0, 80.0, 90.0]
                    .iter()
                    .any(|t: &f64| (score - t).abs() < 0.5);
                if !near && rng.chance(0.5) {
                    r.push(("grade", s(grading(score))));
                }
                r.push(("indicators", V::T(rows)));
            }
            r.push(("findings", s(clauses(rng, PROBLEMS, 2))));
            r.push(("recommendations", s(clauses(rng, MEASURES, 2))));
            let staff: Vec<Rec> = (0..rng.range(2, 4))
                .map(|_| {
                    let g =
                        *rng.pick(&["excellent", "competent", "competent", "competent", "basic"]);
                    vec![("name", s(name(rng))), ("grade", s(g))]
                })
                .collect();
            // TOML puts tables after plain fields anyway; keep the same order in YAML.
            r.push(("staff", V::T(staff)));
            if score < 85.0 && w.rng.chance(0.4) {
                improvements.push((d, id.clone(), stds[0]));
            }
            out.records(
                &mut w.rng,
                "evaluations",
                &format!("evaluations/{period}"),
                &id,
                "标准实施评价记录\n未填写 score 的，得分由各项指标自动计算，等级按 gbsw.toml [grading] 分数线判定。",
                false,
                &[r],
            )?;
        }
        h = plus(half_end(h), 1);
    }
    // The evaluations the plans' step 5 organised, one a plan, of its standards in force that
    // day, graded by the score its note gives.
    let mut seqs: Vec<(String, usize)> = Vec::new();
    for (done, group, owner, score) in std::mem::take(&mut w.plan_evaluations) {
        let stds: Vec<String> = group
            .iter()
            .filter(|&&j| w.stds[j].in_force_on(done))
            .map(|&j| w.stds[j].id.clone())
            .collect();
        if stds.is_empty() {
            continue;
        }
        let period = half_label(half_start(done));
        let n = match seqs.iter_mut().find(|(p, _)| *p == period) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                seqs.push((period.clone(), 1));
                1
            }
        };
        let id = format!("EVAL-{period}-P{n:03}");
        let r: Rec = vec![
            ("id", s(&id)),
            ("period", s(&period)),
            ("date", V::D(done)),
            ("unit", s(&w.units[owner].id)),
            ("standards", V::L(stds)),
            ("type", s("conformity")),
            ("party", s("group")),
            (
                "methods",
                V::L(vec!["records".to_owned(), "observe".to_owned()]),
            ),
            ("evaluators", V::L(vec![w.units[section].head.clone()])),
            ("score", V::I(score)),
            ("grade", s(grading(score as f64))),
            ("verdict", s("passed")),
        ];
        out.records(
            &mut w.rng,
            "evaluations",
            &format!("evaluations/{period}"),
            &id,
            "标准实施计划第5步“组织评价”的评价记录",
            false,
            &[r],
        )?;
    }
    // Improvements that follow the weaker evaluations.
    let mut dated: Vec<(NaiveDate, String, usize)> = improvements
        .into_iter()
        .map(|(d, source, st)| (plus(d, w.rng.range(7, 30)), source, st))
        .filter(|(date, _, _)| *date <= last)
        .collect();
    dated.sort();
    let mut year = 0;
    let mut seq = 0;
    for (date, source, st) in dated {
        if date.year() != year {
            year = date.year();
            seq = 0;
        }
        seq += 1;
        let id = format!("IMP-{year}-{seq:03}");
        let rng = &mut w.rng;
        let mut r: Rec = vec![
            ("id", s(&id)),
            ("standard", s(&w.stds[st].id)),
            ("source", s(source)),
            ("round", V::I(rng.range(1, 2))),
            ("date", V::D(date)),
            (
                "plan",
                s(format!(
                    "针对评价发现的问题制定改进计划：{}",
                    clauses(rng, PROBLEMS, 2)
                )),
            ),
            ("measures", s(numbered(rng, MEASURES, 3))),
        ];
        let verified = plus(date, rng.range(40, 90));
        if verified <= last {
            let effective = rng.chance(0.6);
            r.push(("verified", V::D(verified)));
            r.push(("effective", V::B(effective)));
            if !effective {
                // 改进效果不明显：分析原因，转入下一轮。
                r.push(("causes", s("措施落实不到位，岗位人员培训不足。")));
                r.push(("next_round", V::D(plus(verified, 14))));
            }
            r.push((
                "next",
                s(if effective {
                    "改进效果明显，相关做法提请复审并纳入标准修订。"
                } else {
                    "改进效果未达预期，进入下一轮改进。"
                }),
            ));
        }
        let reviewers = vec![w.units[section].head.clone(), w.staff(section)];
        r.push(("reviewed_by", V::L(reviewers)));
        out.records(
            &mut w.rng,
            "improvements",
            &format!("improvements/{year}"),
            &id,
            "常州市机关事务标准持续改进记录表",
            false,
            &[r],
        )?;
    }
    Ok(())
}

fn trainings(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    let last = last_day();
    let mut list: Vec<(NaiveDate, usize)> = Vec::new();
    let mut h = half_start(w.begin);
    while h <= last {
        for u in 0..w.units.len() {
            let from = w.units[u].since.unwrap_or(w.begin).max(w.begin).max(h);
            let hi = half_end(h).min(last);
            if w.rng.chance(0.8)
                && let Some(d) = w.days.pick(&mut w.rng, from, hi)
            {
                list.push((d, u));
            }
        }
        h = plus(half_end(h), 1);
    }
    list.sort();
    let mut year = 0;
    let mut seq = 0;
    for (d, u) in list {
        if d.year() != year {
            year = d.year();
            seq = 0;
        }
        seq += 1;
        let id = format!("TRN-{year}-{seq:03}");
        let cands = w.unit_stds(u);
        let mut stds = w.in_force(&cands, d);
        if stds.is_empty() {
            stds = w.in_force(&[], d);
        }
        let stds = w.rng.sample(&stds, 2);
        let trainer = format!("{}、{}", w.staff(u), w.units[w.section()].head);
        let rng = &mut w.rng;
        let attendees = rng.range(8, 120);
        let assessed = rng.range(attendees * 7 / 10, attendees);
        let passed = rng.range(assessed * 8 / 10, assessed);
        let topic = if let Some(&st) = stds.first() {
            format!("《{}》{}", w.stds[st].title, rng.pick(TOPICS))
        } else {
            (*rng.pick(TOPICS)).to_owned()
        };
        let mut r: Rec = vec![
            ("id", s(&id)),
            ("date", V::D(d)),
            ("unit", s(&w.units[u].id)),
        ];
        if !stds.is_empty() {
            r.push((
                "standards",
                V::L(stds.iter().map(|&i| w.stds[i].id.clone()).collect()),
            ));
        }
        r.push(("topic", s(topic)));
        r.push((
            "type",
            s(*rng.pick(&["briefing", "training", "training", "drill"])),
        ));
        r.push(("trainer", s(trainer)));
        r.push(("hours", V::F(*rng.pick(&[1.5, 2.0, 3.0, 4.0, 8.0]))));
        r.push(("attendees", V::I(attendees)));
        if rng.chance(0.7) {
            r.push(("assessed", V::I(assessed)));
            r.push(("passed", V::I(passed)));
        }
        out.records(
            &mut w.rng,
            "trainings",
            &format!("trainings/{year}"),
            &id,
            "标准宣贯 / 培训台账",
            false,
            &[r],
        )?;
    }
    Ok(())
}

fn submissions(w: &mut World, out: &mut Out) -> std::io::Result<()> {
    let last = last_day();
    let current = half_start(last);
    let mut h = half_start(w.begin);
    while h <= last {
        let period = half_label(h);
        let end = half_end(h);
        let mut recs: Vec<Rec> = Vec::new();
        for u in 0..w.units.len() {
            if w.units[u].since.is_some_and(|s| s > end) {
                continue;
            }
            let id = format!("SUB-{period}-{}", w.units[u].id);
            let rng = &mut w.rng;
            let submitted = if h == current {
                if rng.chance(0.4) {
                    continue;
                }
                plus(last, -rng.range(0, 20))
            } else if rng.chance(0.01) {
                continue;
            } else if rng.chance(0.05) {
                plus(end, rng.range(1, 12))
            } else {
                plus(end, -rng.range(0, 10))
            };
            let mut r: Rec = vec![
                ("id", s(&id)),
                ("period", s(&period)),
                ("unit", s(&w.units[u].id)),
                ("submitted", V::D(submitted)),
            ];
            if h == current {
                let file = format!("reports/{period}/{}.md", w.units[u].id);
                let text = format!(
                    "# {} {period} 标准落地实施情况报告\n\n{}\n",
                    w.units[u].name,
                    clauses(rng, DAILY_DONE, 4)
                );
                out.write(&file, &text)?;
                r.push(("file", s(file)));
                let comment = format!("{period} 标准落地实施情况报告报送登记");
                out.records(
                    &mut w.rng,
                    "submissions",
                    &format!("submissions/{period}"),
                    &id,
                    &comment,
                    false,
                    &[r],
                )?;
            } else {
                if submitted > end {
                    r.push((
                        "note",
                        s(format!(
                            "逾期报送（截止日{}月{}日）。",
                            end.month(),
                            end.day()
                        )),
                    ));
                } else if rng.chance(0.3) {
                    r.push(("note", s(clauses(rng, DAILY_DONE, 1))));
                }
                recs.push(r);
            }
        }
        if !recs.is_empty() {
            let comment = format!("{period} 标准落地实施情况报告报送登记");
            out.records(
                &mut w.rng,
                "submissions",
                "submissions",
                &period,
                &comment,
                true,
                &recs,
            )?;
        }
        h = plus(end, 1);
    }
    Ok(())
}
