//! `gbsw init` and `gbsw new`: the files they write, a clerk's whole round (init, a record of
//! every kind, fill in, check clean), concurrent writers, and never touching an existing file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn gbsw(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gbsw"))
        .args(args)
        .current_dir(dir)
        .env_remove("GBSW_LEDGER")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A temporary folder, removed on drop.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("gbsw-authoring-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Temp(dir)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Compare with a golden file in tests/golden; `GBSW_BLESS=1` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = Path::new("tests/golden").join(name);
    if std::env::var_os("GBSW_BLESS").is_some() {
        fs::write(&path, actual).unwrap();
    }
    let expected = fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        actual,
        expected,
        "{} differs (GBSW_BLESS=1 rewrites it)",
        path.display()
    );
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} lacks {from:?}:\n{text}",
        path.display()
    );
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

const UNITS: &str =
    "\n[units.office]\nname = \"办公室\"\nkind = \"department\"\nhead = \"王建国\"\n";

#[test]
fn init_writes_the_ledger_skeleton() {
    let t = Temp::new("init");
    let out = gbsw(&t.0, &["init", "ledger", "--organization", "测试局"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "已在 ledger 新建台账：写入 27 个文件。\n已在 ledger 运行 git init：台账的每次修改都可用 git 提交和追溯。\n下一步：在 gbsw.toml 中填写单位（附件2的三项定期检查已按单位类型写好），用 `gbsw new` 添加记录，用 `gbsw check` 检查。\n"
    );
    let root = t.0.join("ledger");
    let mut files: Vec<String> = walk(&root);
    files.sort();
    golden("init-files.txt", &(files.join("\n") + "\n"));
    for name in [
        "gbsw.toml",
        "README.md",
        ".github/workflows/ledger.yml",
        ".gitattributes",
        ".editorconfig",
        ".taplo.toml",
        ".vscode/settings.json",
    ] {
        golden(
            &format!("init-{}", name.replace('/', "_")),
            &fs::read_to_string(root.join(name)).unwrap(),
        );
    }
    // The new ledger is clean.
    let check = gbsw(&root, &["check", "--as-of", "2026-06-20"]);
    assert_eq!(
        (stdout(&check), check.status.code()),
        (
            "已检查 1 个文件、0 条记录：没有发现问题。\n".to_owned(),
            Some(0)
        )
    );
}

/// The files below `root`, but not git's own (`gbsw init` runs `git init`).
fn walk(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".git");
    for entry in walker {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            out.push(
                entry
                    .path()
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
    out
}

#[test]
fn init_refuses_a_folder_with_files_and_never_overwrites() {
    let t = Temp::new("init-existing");
    fs::write(t.0.join("gbsw.toml"), "organization = \"旧\"\n").unwrap();
    let out = gbsw(&t.0, &["init"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "gbsw: . 不是空文件夹；要在其中补齐台账文件（不改动已有文件），请加 --existing\n"
    );
    assert_eq!(walk(&t.0), vec!["gbsw.toml".to_owned()]);
    let out = gbsw(&t.0, &["init", "--existing"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("已存在、未改动：gbsw.toml\n"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        fs::read_to_string(t.0.join("gbsw.toml")).unwrap(),
        "organization = \"旧\"\n"
    );
    assert_eq!(walk(&t.0).len(), 27);
}

/// A fresh ledger with one unit.
fn ledger(name: &str) -> (Temp, PathBuf) {
    let t = Temp::new(name);
    assert_eq!(
        gbsw(&t.0, &["init", "l", "--organization", "测试局", "--no-git"])
            .status
            .code(),
        Some(0)
    );
    let root = t.0.join("l");
    let manifest = root.join("gbsw.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    fs::write(&manifest, text + UNITS).unwrap();
    (t, root)
}

#[test]
fn new_writes_a_commented_record_with_the_next_id() {
    let (_t, root) = ledger("new-files");
    let out = gbsw(
        &root,
        &[
            "new",
            "check",
            "unit=office",
            "type=self",
            "inspectors=张三,李四",
            "--as-of",
            "2026-06-20",
        ],
    );
    assert_eq!(
        (stdout(&out), out.status.code()),
        (
            "已创建 checks/CHK-office-2026-001.toml\n还需填写：conclusion（去掉行首的 # 并填入内容）\n"
                .to_owned(),
            Some(0)
        )
    );
    golden(
        "new-check.toml",
        &fs::read_to_string(root.join("checks/CHK-office-2026-001.toml")).unwrap(),
    );
    let out = gbsw(
        &root,
        &[
            "new",
            "check",
            "unit=office",
            "--format",
            "yaml",
            "--subfolder",
            "2026/06",
            "--as-of",
            "2026-06-21",
        ],
    );
    assert_eq!(
        stdout(&out),
        "已创建 checks/2026/06/CHK-office-2026-002.yaml\n还需填写：inspectors、type、conclusion（去掉行首的 # 并填入内容）\n"
    );
    golden(
        "new-check.yaml",
        &fs::read_to_string(root.join("checks/2026/06/CHK-office-2026-002.yaml")).unwrap(),
    );
}

#[test]
fn a_clerk_fills_every_kind_and_the_ledger_is_clean() {
    let (_t, root) = ledger("round");
    let as_of = ["--as-of", "2026-06-20"];
    let new = |args: &[&str]| {
        let mut all = vec!["new"];
        all.extend_from_slice(args);
        all.extend_from_slice(&as_of);
        let out = gbsw(&root, &all);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout(&out)
    };
    new(&[
        "standard",
        "title=会议服务规范",
        "category=服务标准",
        "status=in-force",
        "owner=office",
        "effective=2026-01-01",
    ]);
    assert_eq!(
        new(&["plan", "--standard", "STD-001"]),
        "已创建 plans/PLAN-2026-01.toml\n必填字段都已填写。\n"
    );
    golden(
        "new-plan.toml",
        &fs::read_to_string(root.join("plans/PLAN-2026-01.toml")).unwrap(),
    );
    new(&[
        "check",
        "unit=office",
        "type=self",
        "inspectors=张三",
        "conclusion=partial",
        "standards=STD-001",
    ]);
    assert_eq!(
        new(&["rectification", "--check", "CHK-office-2026-001"]),
        "已创建 rectifications/NC-office-2026-001.toml\n还需填写：description、due（去掉行首的 # 并填入内容）\n"
    );
    let nc = root.join("rectifications/NC-office-2026-001.toml");
    edit(
        &nc,
        "# description = \"…\"",
        "description = \"会议室席卡打印机故障未报修\"",
    );
    edit(&nc, "# due = YYYY-MM-DD", "due = 2026-06-30");
    new(&["review", "standard=STD-001", "decision=continue"]);
    new(&["evaluation", "period=2026H1", "unit=office", "score=86"]);
    new(&[
        "improvement",
        "standard=STD-001",
        "source=CHK-office-2026-001",
    ]);
    new(&[
        "training",
        "unit=office",
        "standards=STD-001",
        "attendees=20",
        "assessed=18",
        "passed=18",
    ]);
    new(&["submission", "unit=office", "period=2026H1"]);
    // The bureau's own words for the half year's report: a new ledger is reminded of them
    // in the last 30 days before the deadline until they are drafted.
    assert_eq!(
        new(&["narrative", "--period", "2026H1"]).lines().next(),
        Some("已创建 reports/2026H1.md")
    );
    let check = gbsw(&root, &["check", "--as-of", "2026-06-20"]);
    assert_eq!(
        (stdout(&check), check.status.code()),
        (
            "已检查 10 个文件、9 条记录：没有发现问题。\n".to_owned(),
            Some(0)
        )
    );
}

#[test]
fn concurrent_writers_never_share_an_id() {
    let (_t, root) = ledger("concurrent");
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_gbsw"))
                .args(["new", "training", "unit=office", "--as-of", "2026-06-20"])
                .current_dir(&root)
                .env_remove("GBSW_LEDGER")
                .output_async()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut names: Vec<String> = walk(&root.join("trainings"))
        .into_iter()
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let expected: Vec<String> = (1..=8)
        .map(|i| format!("TRN-office-2026-{i:03}.toml"))
        .collect();
    assert_eq!(names, expected);
    assert!(!root.join(".gbsw-new.lock").exists());
}

trait SpawnOutput {
    fn output_async(&mut self) -> std::process::Child;
}

impl SpawnOutput for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    }
}

#[test]
fn new_never_overwrites_and_a_taken_id_is_refused() {
    let (_t, root) = ledger("no-overwrite");
    // A stray file named like the next id takes that id.
    fs::write(root.join("checks/CHK-office-2026-001.toml"), "不是记录").unwrap();
    let out = gbsw(
        &root,
        &["new", "check", "unit=office", "--as-of", "2026-06-20"],
    );
    assert!(
        stdout(&out).starts_with("已创建 checks/CHK-office-2026-002.toml\n"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        fs::read_to_string(root.join("checks/CHK-office-2026-001.toml")).unwrap(),
        "不是记录"
    );
    // An id given on the command line that is taken: refused, nothing written.
    let before = walk(&root);
    let out = gbsw(
        &root,
        &[
            "new",
            "check",
            "id=CHK-office-2026-002",
            "--as-of",
            "2026-06-20",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "gbsw: 编号 `CHK-office-2026-002` 已被使用\n"
    );
    assert_eq!(walk(&root), before);
    // A bad value: refused before anything is written.
    let out = gbsw(&root, &["new", "check", "date=2026-13-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "gbsw: `date` 应为日期（YYYY-MM-DD），`2026-13-01` 不是\n"
    );
    let out = gbsw(&root, &["new", "check", "unti=office"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "gbsw: 这种记录没有字段 `unti`，是不是想写 `unit`？\n"
    );
    assert_eq!(walk(&root), before);
}

/// `gbsw` with an environment change, for the git tests.
fn gbsw_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gbsw"));
    cmd.args(args).current_dir(dir).env_remove("GBSW_LEDGER");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn init_puts_the_ledger_in_git_unless_it_is_there_already() {
    let t = Temp::new("init-git");
    // A fresh folder: git init, and said so.
    let out = gbsw(&t.0, &["init", "fresh", "--organization", "测试局"]);
    assert!(t.0.join("fresh/.git").is_dir());
    assert!(
        stdout(&out).contains("已在 fresh 运行 git init"),
        "{}",
        stdout(&out)
    );
    // Inside a repository (a ledger in a larger project): no repository of its own.
    let out = gbsw(&t.0.join("fresh"), &["init", "sub", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!t.0.join("fresh/sub/.git").exists());
    assert!(!stdout(&out).contains("git"), "{}", stdout(&out));
    // No git on the PATH: how to do it by hand.
    let out = gbsw_env(&t.0, &["init", "nogit", "--lang", "en"], &[("PATH", "")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!t.0.join("nogit/.git").exists());
    assert!(
        stdout(&out).contains(
            "git was not found, so the ledger is not in a git repository yet: install git (https://git-scm.com), then run git init in nogit.\n"
        ),
        "{}",
        stdout(&out)
    );
    // --no-git: left alone.
    gbsw(&t.0, &["init", "plain", "--no-git"]);
    assert!(!t.0.join("plain/.git").exists());
}

#[test]
fn init_writes_a_workflow_that_installs_gbsw_from_where_it_is_told() {
    let t = Temp::new("init-source");
    let source = "cargo install --locked --git https://git.example.gov.cn/std/gbsw.git gbsw";
    let out = gbsw(&t.0, &["init", "l", "--no-git", "--gbsw-source", source]);
    assert_eq!(out.status.code(), Some(0));
    let wf = fs::read_to_string(t.0.join("l/.github/workflows/ledger.yml")).unwrap();
    assert!(
        wf.contains(&format!("        run: |\n          {source}\n")),
        "{wf}"
    );
    for placeholder in ["your-forge", "GBSW_REPO", "@SOURCE@", "@KEY@"] {
        assert!(!wf.contains(placeholder), "{placeholder} left in:\n{wf}");
    }
    // The nightly job publishes the list instead of failing.
    assert!(!wf.contains("--fail-on-overdue"), "{wf}");
    assert!(wf.contains("GITHUB_STEP_SUMMARY") && wf.contains("actions/upload-artifact@v4"));
    assert!(wf.contains("uses: actions/cache@v4"));
    // Another source, another cache key: gbsw is built afresh.
    let other = Temp::new("init-source-2");
    gbsw(&other.0, &["init", "l", "--no-git"]);
    let wf2 = fs::read_to_string(other.0.join("l/.github/workflows/ledger.yml")).unwrap();
    let key = |w: &str| w.lines().find(|l| l.contains("key:")).unwrap().to_owned();
    assert_ne!(key(&wf), key(&wf2));
}

#[test]
fn unit_patterns_count_per_unit_so_clones_never_collide() {
    let (_t, root) = ledger("unit-ids");
    let manifest = root.join("gbsw.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    fs::write(
        &manifest,
        text + "\n[units.finance]\nname = \"财务处\"\nkind = \"department\"\n",
    )
    .unwrap();
    // Two clerks on two clones: each only sees their own records, and still the ids differ.
    let clone = root.with_file_name("clone");
    copy_dir(&root, &clone);
    let a = gbsw(
        &root,
        &[
            "new",
            "check",
            "unit=office",
            "type=self",
            "inspectors=张三",
            "conclusion=partial",
            "--as-of",
            "2026-06-20",
        ],
    );
    let b = gbsw(
        &clone,
        &["new", "check", "unit=finance", "--as-of", "2026-06-20"],
    );
    assert!(stdout(&a).starts_with("已创建 checks/CHK-office-2026-001.toml\n"));
    assert!(stdout(&b).starts_with("已创建 checks/CHK-finance-2026-001.toml\n"));
    // The sequence counts per unit.
    let c = gbsw(
        &root,
        &["new", "check", "unit=office", "--as-of", "2026-06-21"],
    );
    assert!(stdout(&c).starts_with("已创建 checks/CHK-office-2026-002.toml\n"));
    // Without a unit there is no id to give: said, nothing written.
    let before = walk(&root);
    let out = gbsw(&root, &["new", "check", "--as-of", "2026-06-20"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "gbsw: gbsw.toml 中的编号规则 [ids] check = \"CHK-{unit}-{year}-{seq:3}\" 含 {unit}，需要记录的单位，未写入任何文件；请给出 unit=…（单位编号），或用 id=… 指定编号\n"
    );
    assert_eq!(walk(&root), before);
    // A rectification takes its check's unit.
    let out = gbsw(
        &root,
        &["new", "rectification", "--check", "CHK-office-2026-001"],
    );
    assert!(
        stdout(&out).starts_with("已创建 rectifications/NC-office-2026-001.toml\n"),
        "{}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&dest).unwrap();
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

#[test]
fn new_takes_a_unit_by_name_and_refuses_an_unknown_one() {
    let (_t, root) = ledger("new-unit-name");
    let out = gbsw(
        &root,
        &[
            "new",
            "check",
            "unit=办公室",
            "type=self",
            "inspectors=张三",
            "conclusion=conform",
            "--as-of",
            "2026-06-20",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let written = fs::read_to_string(root.join("checks/CHK-office-2026-001.toml")).unwrap();
    assert!(written.contains("\nunit = \"office\"\n"), "{written}");

    let out = gbsw(
        &root,
        &["new", "check", "unit=办工室", "--as-of", "2026-06-20"],
    );
    assert_eq!(
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned()
        ),
        (
            Some(2),
            "gbsw: `unit` 的单位 `办工室` 在 gbsw.toml 中既不是单位编号也不是单位名称，未写入任何文件\n".to_owned()
        )
    );
    let out = gbsw(
        &root,
        &[
            "new",
            "check",
            "unit=offce",
            "--as-of",
            "2026-06-20",
            "--lang",
            "en",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "gbsw: `unit`: `offce` is neither the id nor the name of a unit in gbsw.toml; nothing was written; did you mean `office`?\n"
    );
    let written: Vec<String> = fs::read_dir(root.join("checks"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("CHK-"))
        .collect();
    assert_eq!(written, ["CHK-office-2026-001.toml"]);
}

#[test]
fn new_leaves_an_optional_date_to_the_clerk() {
    let (_t, root) = ledger("new-optional-date");
    let out = gbsw(&root, &["new", "evaluation", "--as-of", "2026-06-20"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let written = fs::read_to_string(root.join("evaluations/EVAL-2026-01.toml")).unwrap();
    assert!(!written.contains("2026-06-20"), "{written}");
}

#[test]
fn an_english_draft_keeps_to_english() {
    let (_t, root) = ledger("new-english");
    let out = gbsw(
        &root,
        &["new", "evaluation", "--as-of", "2026-06-20", "--lang", "en"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let written = fs::read_to_string(root.join("evaluations/EVAL-2026-01.toml")).unwrap();
    let head: Vec<&str> = written.lines().skip(3).take(8).collect();
    assert_eq!(
        head,
        [
            "# required",
            "id = \"EVAL-2026-01\"",
            "# required",
            "# period = \"2026H1\"",
            "# date = YYYY-MM-DD",
            "# unit = \"…\"",
            "# standards = [\"…\"]",
            "# one of: conformity（符合性评价）, effectiveness（实施效果评价）, external（外部评价）",
        ]
    );
}

/// A list may be given as documented (`a,b`, `a，b`, `a、b`) or as a file writes it
/// (`["a", "b"]`): both give the same two items, never one item holding brackets.
#[test]
fn a_list_is_read_in_either_spelling() {
    let (_t, root) = ledger("new-list-spellings");
    for (n, value) in ["inspectors=张三,李四", "inspectors=[\"张三\", '李四']"]
        .iter()
        .enumerate()
    {
        let id = format!("id=CHK-L{n}");
        let out = gbsw(
            &root,
            &[
                "new",
                "check",
                &id,
                "unit=office",
                "type=self",
                value,
                "--as-of",
                "2026-06-20",
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = fs::read_to_string(root.join(format!("checks/CHK-L{n}.toml"))).unwrap();
        assert!(
            text.contains("\ninspectors = [\"张三\", \"李四\"]\n"),
            "{value}: {text}"
        );
    }
}

/// A new ledger holds the guidance's inspection regime (附件2): once the clerk adds a
/// department and a contracted service provider, `gbsw due` lists their duties from the first
/// day, without a schedule being edited. 2026-06-10 is a Wednesday, a working day: the
/// office's daily self-check is due that day; the month's supervision of the provider and the
/// half year's mutual check of both are due on Tuesday 2026-06-30, 20 days later.
#[test]
fn a_new_ledger_has_the_inspection_regime_from_the_first_day() {
    let t = Temp::new("init-regime");
    let out = gbsw(&t.0, &["init", "l", "--organization", "测试局", "--no-git"]);
    assert_eq!(out.status.code(), Some(0));
    let root = t.0.join("l");
    let manifest = root.join("gbsw.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    // Before any unit, nothing is owed and nothing is wrong.
    let out = gbsw(&root, &["due", "--as-of", "2026-06-10", "--format", "csv"]);
    assert_eq!(
        stdout(&out),
        "到期日,剩余天数,类型代码,类型,单位,单位名称,责任人,记录,文件,行号,事项,标识\n"
    );
    let units = "\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n\n\
                 [units.cleaning]\nname = \"保洁公司\"\nkind = \"service-provider\"\n";
    fs::write(&manifest, text + units).unwrap();
    let out = gbsw(&root, &["check", "--as-of", "2026-06-10"]);
    assert_eq!(stdout(&out), "已检查 1 个文件、0 条记录：没有发现问题。\n");
    let out = gbsw(&root, &["due", "--as-of", "2026-06-10", "--format", "csv"]);
    assert_eq!(
        stdout(&out),
        "到期日,剩余天数,类型代码,类型,单位,单位名称,责任人,记录,文件,行号,事项,标识\n\
         2026-06-10,0,check-duty,定期检查,office,办公室,,daily-self,gbsw.toml,46,2026-06-10 各处室每日自查（办公室）,duty/daily-self/office/2026-06-10\n\
         2026-06-30,20,check-duty,定期检查,cleaning,保洁公司,,monthly-supervision,gbsw.toml,53,2026-06 服务中心每月监查社会化服务单位（保洁公司）,duty/monthly-supervision/cleaning/2026-06\n\
         2026-06-30,20,check-duty,定期检查,cleaning,保洁公司,,semiannual-mutual,gbsw.toml,61,2026H1 标准化科每半年组织互评互查（保洁公司）,duty/semiannual-mutual/cleaning/2026H1\n\
         2026-06-30,20,check-duty,定期检查,office,办公室,,semiannual-mutual,gbsw.toml,61,2026H1 标准化科每半年组织互评互查（办公室）,duty/semiannual-mutual/office/2026H1\n"
    );
}
