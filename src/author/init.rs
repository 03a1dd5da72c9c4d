//! `gbsw init`: a new ledger — the manifest, the kind folders, a README for the ledger's
//! repository, a CI workflow, UTF-8/LF settings and editor schema hookup. Existing files are
//! never overwritten.

use std::fs;
use std::io;
use std::path::Path;

use super::write::{create_new, link_below};
use crate::kind::Kind;

/// What `init` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Files written, relative to the ledger folder.
    pub created: Vec<String>,
    /// Files that already existed and were left as they were.
    pub kept: Vec<String>,
}

/// What became of git for a new ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Git {
    /// The folder is already inside a git work tree: nothing to do.
    Inside,
    /// `git init` made a repository in the folder.
    Initialised,
    /// git could not be run.
    Missing,
    /// git ran and failed; its first line.
    Failed(String),
}

/// Put the ledger in git: `git init` in `dir` unless it is already inside a work tree (a
/// ledger kept in a larger repository stays there). git runs as in [`crate::history`]: no
/// program named by a repository's configuration is run.
#[must_use]
pub fn git_init(dir: &Path) -> Git {
    let first_line = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .lines()
            .map(|l| l.trim().trim_start_matches("fatal: ").to_owned())
            .find(|l| !l.is_empty())
            .unwrap_or_default()
    };
    let run = |args: &[&str]| crate::history::git(dir).args(args).output();
    match run(&["rev-parse", "--is-inside-work-tree"]) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Git::Missing,
        Err(e) => return Git::Failed(e.to_string()),
        Ok(o) if o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "true" => {
            return Git::Inside;
        }
        Ok(_) => {}
    }
    match run(&["init", "--quiet"]) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Git::Missing,
        Err(e) => Git::Failed(e.to_string()),
        Ok(o) if o.status.success() => Git::Initialised,
        Ok(o) => Git::Failed(first_line(&o.stderr)),
    }
}

/// Why `init` stopped.
#[derive(Debug)]
pub enum InitError {
    /// The folder has files and `--existing` was not given.
    NotEmpty,
    /// A file could not be written (the files before it are kept).
    Io(String, io::Error),
    /// A folder on the way to a file is a symbolic link (nothing was written).
    Link(String),
}

/// The commented manifest of a new ledger.
#[must_use]
pub fn manifest(organization: &str) -> String {
    let org = toml::Value::String(organization.to_owned()).to_string();
    format!(
        r#"#:schema ./schemas/gbsw.schema.json
# 标准化工作台账清单（gbsw.toml）
# 本文件放在台账最上层，说明台账属于谁、有哪些单位、哪些检查必须按时做。
# 以“#”开头的行是说明，程序不读取；修改设置时只改等号右边的内容。
# 字段的完整说明见 gbsw 的 docs/records.md；填写后运行 gbsw check 检查。

# 台账所属单位（必填）
organization = {org}

# 提示信息和报表的语言：zh 中文，en 英文
lang = "zh"

# 计算“今天”、判断是否逾期所用的时区
timezone = "Asia/Shanghai"

# —— 单位 ——
# 每个单位一节，方括号中的英文短名是“单位编号”，其他记录引用单位时只写编号。
#   name   单位全称（必填）
#   kind   单位类型（必填）：department 处室；center 服务中心；service-provider 社会化服务单位；
#          affiliated 局属事业单位；district 辖市区机关事务管理部门
#   head   负责人；parent 上级单位编号；since 纳入台账的日期（此前不计检查任务）
#
# [units.office]
# name = "办公室"
# kind = "department"
# head = "（负责人姓名）"

# —— 标准类别 ——
# 内置四类：general 通用基础标准、management 管理标准、service 服务标准、support 内部保障标准，
# 各带《标准实施计划表》的六步实施程序。需要时可改写某类的步骤或新增类别：
#
# [categories.service]
# steps = ["标准文本发放到位。", "…"]

# —— 定期检查安排 ——
# 每项安排：谁（by，空则为自查）对哪些单位（units）按什么频次（cadence）做什么检查（type）。
#   type    自查 self、抽查 spot、监查 supervision、互查 mutual、上级检查 higher-level、第三方检查 third-party
#   cadence 每日 daily（只算工作日）、每周 weekly、每月 monthly、每季度 quarterly、每半年 semiannual、每年 annual
#
# [[schedules]]
# id = "daily-self"
# name = "各处室每日标准运用自查"
# type = "self"
# cadence = "daily"
# units = ["office"]

# —— 工作日历 ——
# 默认使用国务院公布的节假日和调休安排；在此补充或改写（例如内置数据尚未覆盖的年份）：
# [calendar]
# holidays = [2027-01-01]   # 放假的日子
# workdays = [2027-01-04]   # 调休上班的日子

# —— 评价等级分数线（默认 90/80/60：优秀/良好/及格，以下为不及格）——
# [grading]
# excellent = 90
# good = 80
# pass = 60

# —— 默认值 ——
# [defaults]
# review_cycle_years = 5         # 标准复审周期（年）
# recheck_days = 10              # 整改完成后应在几天内复查
# validity_check_months = 12     # 引用标准有效性核查周期（月）
# report_deadline_h1 = "06-30"   # 上半年实施情况报告截止日
# report_deadline_h2 = "12-31"   # 下半年实施情况报告截止日

# —— 编号规则（gbsw new 用）：{{unit}} 单位编号，{{year}} 年份，{{seq:3}} 三位序号 ——
# 检查、不符合项和培训由各单位分别填写，编号含单位编号、按单位各自排序，
# 这样不同单位在各自的副本上同时新建记录也不会得到相同的编号。
[ids]
check = "CHK-{{unit}}-{{year}}-{{seq:3}}"
rectification = "NC-{{unit}}-{{year}}-{{seq:3}}"
training = "TRN-{{unit}}-{{year}}-{{seq:3}}"

# —— 检查规则的级别：allow 不报告，warn 作为警告，deny 作为错误（代码见 gbsw codes）——
# [check]
# allow = []
# warn = []
# deny = []
"#
    )
}

const README: &str = r#"# 标准化工作台账

本仓库用纯文本文件记录标准落地实施的全过程（痕迹化管理），由 gbsw 检查、提醒和出报表。

## 文件夹

| 文件夹 | 内容 |
|---|---|
| `gbsw.toml` | 清单：单位、检查安排、日历、默认值 |
| `standards/` | 标准 |
| `plans/` | 标准实施计划 |
| `checks/` | 检查记录（可一个文件一条，也可一个文件记一个月的日查） |
| `rectifications/` | 不符合项、整改和复查 |
| `reviews/` | 复审 |
| `evaluations/` | 评价 |
| `improvements/` | 持续改进 |
| `trainings/` | 宣贯和培训 |
| `submissions/` | 半年实施情况报告的报送 |

## 常用命令

```sh
gbsw new check unit=office type=self    # 新建一条检查记录，自动编号
gbsw check                              # 检查整个台账，指出错误所在的文件和行
gbsw due --within 30d                   # 30 天内到期和已逾期的事项
gbsw report semiannual --period 2026H1  # 半年标准实施情况报告
```

文件一律用 UTF-8 编码保存。提交前运行 `gbsw check`；推送后 CI 也会检查。
"#;

/// The CI workflow. `@SOURCE@` becomes the install command (indented into a block scalar, so
/// no value can end the YAML string), `@KEY@` the cache key that follows it.
const WORKFLOW: &str = r#"# Checks the ledger on every push and pull request. Every night it lists what is overdue in
# the run's summary and as an artifact (overdue.csv), without failing: overdue work is news
# for people, not a broken build. gbsw itself is built once and kept in the cache.
name: ledger
on:
  push:
  pull_request:
  schedule:
    - cron: "0 1 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Cache gbsw
        id: cache
        uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin
            ~/.cargo/registry
            ~/.cargo/git
          key: @KEY@
      - name: Install gbsw
        if: steps.cache.outputs.cache-hit != 'true'
        run: |
@SOURCE@
      - name: Check the ledger
        if: github.event_name != 'schedule'
        run: gbsw check --format github
      - name: Overdue items
        if: github.event_name == 'schedule'
        run: |
          gbsw due --overdue --format csv --bom > overdue.csv
          {
            echo '## 逾期事项 / Overdue'
            echo
            echo '```'
            gbsw due --overdue
            echo '```'
          } >> "$GITHUB_STEP_SUMMARY"
      - name: Publish the overdue list
        if: github.event_name == 'schedule'
        uses: actions/upload-artifact@v4
        with:
          name: overdue
          path: overdue.csv
"#;

/// How the ledger's CI installs gbsw unless `gbsw init --gbsw-source` says otherwise: this
/// very version, from crates.io.
#[must_use]
pub fn default_gbsw_source() -> String {
    format!(
        "cargo install --locked gbsw --version {}",
        env!("CARGO_PKG_VERSION")
    )
}

/// The CI workflow, installing gbsw with `source` (one or more shell lines). The cache key
/// names the source, so changing it builds gbsw afresh.
#[must_use]
pub fn workflow(source: &str) -> String {
    let lines: String = source
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("          {}\n", l.trim_start()))
        .collect();
    // FNV-1a: a short, stable digest of the command, the same on every machine.
    let digest = source.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    WORKFLOW
        .replace("@SOURCE@\n", &lines)
        .replace("@KEY@", &format!("gbsw-${{{{ runner.os }}}}-{digest:016x}"))
}

const GITATTRIBUTES: &str = "# Records are UTF-8 text with LF line ends on every machine.\n* text=auto eol=lf\n*.toml text eol=lf\n*.yaml text eol=lf\n*.yml text eol=lf\n*.md text eol=lf\n";

const EDITORCONFIG: &str = "root = true\n\n[*]\ncharset = utf-8\nend_of_line = lf\ninsert_final_newline = true\ntrim_trailing_whitespace = true\n\n[*.{yaml,yml}]\nindent_style = space\nindent_size = 2\n";

/// `.taplo.toml`: the schema of each kind folder's TOML files, for taplo-based editors.
fn taplo() -> String {
    let mut out = String::from(
        "# Completion and inline errors for TOML records (Even Better TOML / taplo).\n\n[[rule]]\ninclude = [\"gbsw.toml\"]\nschema.path = \"schemas/gbsw.schema.json\"\n",
    );
    for k in Kind::ALL {
        out.push_str(&format!(
            "\n[[rule]]\ninclude = [\"{}/**/*.toml\"]\nschema.path = \"schemas/{}.schema.json\"\n",
            k.folder(),
            k.key()
        ));
    }
    out
}

/// `.vscode/settings.json`: the YAML language server's schema for each kind folder.
fn vscode() -> String {
    let map: serde_json::Map<String, serde_json::Value> = Kind::ALL
        .iter()
        .map(|k| {
            (
                format!("./schemas/{}.schema.json", k.key()),
                serde_json::json!([
                    format!("{}/**/*.yaml", k.folder()),
                    format!("{}/**/*.yml", k.folder())
                ]),
            )
        })
        .collect();
    let v = serde_json::json!({ "yaml.schemas": map, "files.encoding": "utf8", "files.eol": "\n" });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}

/// Every file of a new ledger, relative path and text; the CI workflow installs gbsw with
/// `gbsw_source`.
#[must_use]
pub fn files(organization: &str, gbsw_source: &str) -> Vec<(String, String)> {
    let mut out = vec![
        ("gbsw.toml".to_owned(), manifest(organization)),
        ("README.md".to_owned(), README.to_owned()),
        (
            ".github/workflows/ledger.yml".to_owned(),
            workflow(gbsw_source),
        ),
        (".gitattributes".to_owned(), GITATTRIBUTES.to_owned()),
        (".editorconfig".to_owned(), EDITORCONFIG.to_owned()),
        (".taplo.toml".to_owned(), taplo()),
        (".vscode/settings.json".to_owned(), vscode()),
    ];
    for k in Kind::ALL {
        out.push((format!("{}/.gitkeep", k.folder()), String::new()));
    }
    for (name, text) in crate::schema::all() {
        out.push((format!("schemas/{name}"), text));
    }
    out
}

/// Create a ledger in `dir` (made if missing). A folder with files in it is refused unless
/// `existing` is set; then only missing files are written.
///
/// # Errors
/// [`InitError`] when the folder is not empty (without `existing`) or a file cannot be
/// written.
pub fn init(
    dir: &Path,
    organization: &str,
    existing: bool,
    gbsw_source: &str,
) -> Result<Outcome, InitError> {
    let io = |path: &str, e| InitError::Io(path.to_owned(), e);
    fs::create_dir_all(dir).map_err(|e| io(".", e))?;
    let non_empty = fs::read_dir(dir).map_err(|e| io(".", e))?.next().is_some();
    if non_empty && !existing {
        return Err(InitError::NotEmpty);
    }
    let files = files(organization, gbsw_source);
    if let Some(link) = files
        .iter()
        .find_map(|(rel, _)| link_below(dir, Path::new(rel).parent()?))
    {
        return Err(InitError::Link(link.to_string_lossy().replace('\\', "/")));
    }
    let mut outcome = Outcome::default();
    for (rel, text) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io(&rel, e))?;
        }
        match create_new(&path, &text) {
            Ok(()) => outcome.created.push(rel),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => outcome.kept.push(rel),
            Err(e) => return Err(io(&rel, e)),
        }
    }
    Ok(outcome)
}
