//! One catalog: every sentence gbsw says is written in `src/message/`, in both languages side
//! by side. This test reads the library's and the binary's source and fails on a sentence
//! built anywhere else: a `.pick(` call (the catalog's way of writing both languages), or a
//! string or character literal holding Chinese, outside `src/message/` and the files listed
//! below. Comments, doc comments and `#[cfg(test)]` modules do not count, nor the field
//! descriptors inside `record! { … }` and `row! { … }`: each field's labels and one-line doc
//! are declared once beside it, the catalog of fields (the rest of a model file is held to
//! the rule).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Files that still build sentences outside the catalog, grouped by why. The list may only
/// shrink: a file converted to the catalog comes off it (the test fails on a listed file
/// that no longer needs to be here, so a stale entry cannot hide a new sentence).
const ALLOWED: &[&str] = &[
    // The generator of docs/records.md: developer documentation, written in the Markdown
    // of its template, not something gbsw says.
    "src/reference.rs",
    // Legitimate homes of words that are not sentences. Tables that declare a thing once with
    // its English key and Chinese term side by side (the pattern the catalog follows too):
    // each kind (`kind.rs`), each value of a vocabulary (`vocab!`), each diagnostic code with
    // its two summaries (`codes!`), the source document's categories and plan steps. The
    // Chinese punctuation a line may not start with (`render/text.rs`, line breaking). The
    // languages' own names that `Lang::parse` reads (`--lang 中文`).
    "src/kind.rs",
    "src/vocab.rs",
    "src/diag.rs",
    "src/model/category.rs",
    "src/render/text.rs",
    "src/lang.rs",
    // clap's help: each flag's text is both languages in one string, in attributes, where no
    // function can be called.
    "src/bin/gbsw/cli.rs",
    "src/bin/gbsw/records_cli.rs",
];

/// The source with the inside of each `record! {…}` and `row! {…}` blanked (its line breaks
/// kept, so lines still count): the field descriptors.
fn without_descriptors(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    loop {
        let start = ["record! {", "row! {"]
            .iter()
            .filter_map(|m| rest.find(m).map(|i| i + m.len()))
            .min();
        let Some(start) = start else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..start]);
        // To the brace that closes the block, braces inside strings aside.
        let (mut depth, mut in_str, mut escaped, mut end) = (1usize, false, false, rest.len());
        for (i, c) in rest[start..].char_indices() {
            match (in_str, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (true, false, '"') | (false, _, '"') => in_str = !in_str,
                (false, _, '{') => depth += 1,
                (false, _, '}') => {
                    depth -= 1;
                    if depth == 0 {
                        end = start + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.extend(rest[start..end].chars().filter(|c| *c == '\n'));
        rest = &rest[end..];
    }
}

/// What the test looks for in one file: `(line, what)` for each sentence built there.
fn findings(source: &str) -> Vec<(usize, String)> {
    let source = without_descriptors(source);
    let source = source.as_str();
    let mut out = Vec::new();
    // Unit tests compare with the sentences they expect; they are not where sentences are made.
    let code = [
        "\n#[cfg(test)]\nmod tests",
        "\n#[cfg(test)]\npub(crate) mod tests",
    ]
    .iter()
    .filter_map(|m| source.find(m))
    .min()
    .map_or(source, |end| &source[..end]);
    let chars: Vec<char> = code.chars().collect();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            while i < chars.len() && !(chars[i] == '*' && at(i + 1) == '/') {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if c == '"'
            || (c == 'r' && (at(i + 1) == '"' || at(i + 1) == '#') && !ident(at(i.wrapping_sub(1))))
        {
            // A string, plain or raw (`r"…"`, `r#"…"#`).
            let start_line = line;
            let raw = c == 'r';
            let mut hashes = 0;
            i += 1;
            if raw {
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                if at(i) != '"' {
                    continue;
                }
                i += 1;
            }
            let mut text = String::new();
            while i < chars.len() {
                let d = chars[i];
                if !raw && d == '\\' {
                    text.push(d);
                    text.push(at(i + 1));
                    line += usize::from(at(i + 1) == '\n');
                    i += 2;
                    continue;
                }
                if d == '"' && (0..hashes).all(|k| at(i + 1 + k) == '#') {
                    i += 1 + hashes;
                    break;
                }
                line += usize::from(d == '\n');
                text.push(d);
                i += 1;
            }
            if text.chars().any(chinese) {
                out.push((start_line, format!("\"{}\"", shorten(&text))));
            }
        } else if c == '\'' {
            // A character literal (`'。'`, `'\n'`), or a lifetime (`'a`).
            let len = if at(i + 1) == '\\' {
                (i + 2..chars.len())
                    .find(|&k| chars[k] == '\'')
                    .map(|k| k - i)
            } else if at(i + 2) == '\'' {
                Some(2)
            } else {
                None
            };
            match len {
                Some(len) => {
                    if chinese(at(i + 1)) {
                        out.push((line, format!("'{}'", at(i + 1))));
                    }
                    i += len + 1;
                }
                None => i += 1,
            }
        } else if c == '.' && chars[i..].starts_with(&['.', 'p', 'i', 'c', 'k', '(']) {
            out.push((line, ".pick(".to_owned()));
            i += 6;
        } else {
            i += 1;
        }
    }
    out
}

fn ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Chinese characters and the full-width punctuation that goes with them.
fn chinese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

fn shorten(s: &str) -> String {
    let mut t: String = s.chars().take(30).collect();
    if s.chars().count() > 30 {
        t.push('…');
    }
    t
}

/// Every `.rs` file under `dir`, as paths relative to the crate with `/`.
fn rust_files(dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn scan() -> BTreeMap<String, Vec<(usize, String)>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files
        .into_iter()
        .filter(|f| !f.starts_with("src/message/"))
        .map(|f| {
            let text = fs::read_to_string(root.join(&f)).unwrap();
            (f, findings(&text))
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

#[test]
fn every_sentence_is_in_the_catalog() {
    let found = scan();
    let outside: Vec<String> = found
        .iter()
        .filter(|(f, _)| !ALLOWED.contains(&f.as_str()))
        .flat_map(|(f, hits)| {
            hits.iter()
                .map(move |(line, what)| format!("{f}:{line}: {what}"))
        })
        .collect();
    assert!(
        outside.is_empty(),
        "sentences built outside src/message/ (write them in the catalog, both languages side by side):\n{}",
        outside.join("\n")
    );
    let stale: Vec<&str> = ALLOWED
        .iter()
        .copied()
        .filter(|f| !found.contains_key(*f))
        .collect();
    assert!(
        stale.is_empty(),
        "these files build no sentence any more: take them off ALLOWED in tests/catalog.rs: {stale:?}"
    );
}

#[test]
fn the_scan_sees_picks_and_chinese_but_not_comments() {
    let src = "// 注释 .pick(\n/// 文档\nfn f(l: Lang) -> &'static str {\n    l.pick(\"新\", \"new\")\n}\nconst S: &str = r#\"说\"#;\nconst C: char = '。';\nconst A: &str = \"plain\";\n#[cfg(test)]\nmod tests {\n    const T: &str = \"测试\";\n}\n";
    let found = findings(src);
    assert_eq!(
        found,
        vec![
            (4, ".pick(".to_owned()),
            (4, "\"新\"".to_owned()),
            (6, "\"说\"".to_owned()),
            (7, "'。'".to_owned()),
        ]
    );
}

#[test]
fn descriptors_are_the_only_exception_in_a_model_file() {
    let src = "record! {\n    pub struct A: K {\n        x: T = req(\"x\", \"甲{\", \"x\");\n    }\n}\nfn f() -> &'static str {\n    \"乙\"\n}\nrow! { y: T = opt(\"y\", \"丙\", \"y\"); }\n";
    let found: Vec<(usize, String)> = findings(src);
    assert_eq!(found, [(7, "\"乙\"".to_owned())]);
}
