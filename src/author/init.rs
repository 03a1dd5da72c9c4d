//! `gbsw init`: a new ledger — the manifest, the kind folders, a README for the ledger's
//! repository, a CI workflow, UTF-8/LF settings and editor schema hookup. Existing files are
//! never overwritten.

use std::fs;
use std::io;
use std::path::Path;

use super::write::{create_new, link_below};
use crate::kind::Kind;
use crate::message::templates::{README, WORKFLOW};

pub use crate::message::templates::manifest;

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

pub(crate) use crate::error::InitError;

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
pub(crate) fn workflow(source: &str) -> String {
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
    // The section's own words for each half year's report (`gbsw new narrative`): a ledger
    // that has the folder is reminded before a deadline when they are missing.
    out.push((
        format!("{}/.gitkeep", crate::narrative::FOLDER),
        String::new(),
    ));
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
