//! Templates: the files `gbsw init` writes into a new ledger, in Chinese (the language of the
//! ledger's readers), with the English that a CI log shows beside it.

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
# review_cycle_years = 3   # 本类标准的复审周期（年），不写用 [defaults]

# —— 定期检查安排 ——
# 每项安排：谁（by，空则为自查）对哪些单位按什么频次（cadence）做什么检查（type）。
#   type       自查 self、抽查 spot、监查 supervision、互查 mutual、上级检查 higher-level、第三方检查 third-party
#   cadence    每日 daily（只算工作日）、每周 weekly、每月 monthly、每季度 quarterly、每半年 semiannual、每年 annual
#   units      被检查单位编号，逐个列出，例如 ["office"]
#   unit_kinds 被检查单位类型：该类型的所有单位（包括以后新增的）都按本安排检查
# 下面三项是《标准落地实施指导意见》附件2规定的定期检查，在“单位”中添加处室和社会化服务单位后即生效。
# 半年一次的互评互查也可以由第三方检查或上级检查代替。

[[schedules]]
id = "daily-self"
name = "各处室每日自查"
type = "self"
cadence = "daily"
unit_kinds = ["department"]

[[schedules]]
id = "monthly-supervision"
name = "服务中心每月监查社会化服务单位"
type = "supervision"
cadence = "monthly"
unit_kinds = ["service-provider"]
# by = "center"   # 服务中心的单位编号（在“单位”中添加后填写）

[[schedules]]
id = "semiannual-mutual"
name = "标准化科每半年组织互评互查"
type = "mutual"
cadence = "semiannual"
unit_kinds = ["department", "service-provider"]
# by = "section"  # 标准化科的单位编号（在“单位”中添加后填写）

# —— 评价计划（附件2：制定评价计划）——
# 评价小组按频次对哪些单位（或标准）组织评价；到期未评价的列入 gbsw due。
#   cadence    每月 monthly、每季度 quarterly、每半年 semiannual、每年 annual
#   type       评价主体：自我评价 self、评价小组 group、第三方 third-party
# [[evaluation_plans]]
# id = "provider-semiannual"
# name = "社会化服务单位半年评价"
# cadence = "semiannual"
# unit_kinds = ["service-provider"]
# type = "group"

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
# revision_months = 6            # 复审决定修订或转化后，新标准发布的期限（月）
# improvement_months = 3         # 改进不写完成期限时，记录后几个月内验证效果
# report_deadline_h1 = "06-30"   # 上半年标准落地实施情况报告截止日
# report_deadline_h2 = "12-31"   # 下半年标准落地实施情况报告截止日

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

pub const README: &str = r#"# 标准化工作台账

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
| `submissions/` | 半年标准落地实施情况报告的报送 |

## 常用命令

```sh
gbsw new check unit=office type=self    # 新建一条检查记录，自动编号
gbsw check                              # 检查整个台账，指出错误所在的文件和行
gbsw due --within 30d                   # 30 天内到期和已逾期的事项
gbsw report semiannual --period 2026H1  # 半年标准落地实施情况报告
```

文件一律用 UTF-8 编码保存。提交前运行 `gbsw check`；推送后 CI 也会检查。
"#;

/// The CI workflow. `@SOURCE@` becomes the install command (indented into a block scalar, so
/// no value can end the YAML string), `@KEY@` the cache key that follows it.
pub(crate) const WORKFLOW: &str = r#"# Checks the ledger on every push and pull request. Every night it lists what is overdue in
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
