//! The library's module graph has no cycle: no module imports another that imports it back,
//! directly or through others (ARCHITECTURE.md draws the graph; this keeps it true).
//!
//! The graph is read from the sources: every `crate::a::b` and `super::…` path (in `use`
//! lines and in code, groups `{…}` expanded) is an edge from the file's module to the deepest
//! module the path names. An edge between two modules counts between their ancestors just
//! below their common parent — siblings — so `model::check` → `decode` is `model` → `decode`,
//! and `render::charts` → `render::html_text` stays inside `render`. A parent and its own
//! children (a `mod.rs` re-exporting what its files define) are one module's inside, not
//! imports. Tests (`#[cfg(test)]` and after) are left out: they may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Module = Vec<String>;

fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::path);
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if prefix.is_empty() && name == "bin" {
                continue;
            }
            let mut p = prefix.to_vec();
            p.push(name);
            modules(&path, &p, out);
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let mut m = prefix.to_vec();
            if stem != "mod" && !(prefix.is_empty() && stem == "lib") {
                m.push(stem.to_owned());
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            out.insert(m, text);
        }
    }
}

/// The source without comments and without its tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every path starting at `crate::` or `super::`, as segments from the crate root.
fn paths(module: &Module, code: &str) -> Vec<Module> {
    let mut out = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 8)].iter().collect();
        let start = if rest.starts_with("crate::") {
            Some((Vec::new(), 7))
        } else if rest.starts_with("super::") {
            Some((module[..module.len().saturating_sub(1)].to_vec(), 7))
        } else {
            None
        };
        let preceded = i > 0 && chars.get(i - 1).is_some_and(|c| ident(*c) || *c == ':');
        let Some((base, skip)) = start.filter(|_| !preceded) else {
            i += 1;
            continue;
        };
        i += skip;
        let mut segs = base;
        loop {
            let from = i;
            while i < chars.len() && ident(chars[i]) {
                i += 1;
            }
            if i > from {
                segs.push(chars[from..i].iter().collect());
            }
            if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
                i += 2;
                if chars.get(i) == Some(&'{') {
                    let close = chars[i..]
                        .iter()
                        .position(|c| *c == '}')
                        .map_or(i, |p| i + p);
                    let group: String = chars[i + 1..close].iter().collect();
                    for item in group.split(',') {
                        let item = item.split(" as ").next().unwrap_or_default().trim();
                        if item.is_empty() || item == "self" {
                            out.push(segs.clone());
                            continue;
                        }
                        let mut p = segs.clone();
                        p.extend(item.split("::").map(|s| s.trim().to_owned()));
                        out.push(p);
                    }
                    i = close + 1;
                    break;
                }
                continue;
            }
            out.push(segs);
            break;
        }
    }
    out
}

/// The deepest module a path names.
fn target(mods: &BTreeMap<Module, String>, path: &[String]) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| mods.contains_key(m))
}

/// The edges between siblings, as described at the top.
fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut mods = BTreeMap::new();
    modules(Path::new("src"), &[], &mut mods);
    let mut g: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (m, text) in &mods {
        for p in paths(m, &code(text)) {
            let Some(t) = target(&mods, &p) else {
                continue;
            };
            let common = m.iter().zip(&t).take_while(|(a, b)| a == b).count();
            if common == m.len() || common == t.len() {
                continue;
            }
            g.entry(m[..=common].to_vec())
                .or_default()
                .insert(t[..=common].to_vec());
        }
    }
    g
}

/// A cycle through `start`, if there is one.
fn cycle_from(g: &BTreeMap<Module, BTreeSet<Module>>, start: &Module) -> Option<Vec<Module>> {
    let mut stack = vec![(start.clone(), vec![start.clone()])];
    let mut seen = BTreeSet::new();
    while let Some((node, path)) = stack.pop() {
        for next in g.get(&node).into_iter().flatten() {
            if next == start {
                return Some(path.clone());
            }
            if seen.insert(next.clone()) {
                let mut p = path.clone();
                p.push(next.clone());
                stack.push((next.clone(), p));
            }
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let g = graph();
    assert!(
        g.contains_key(&vec!["model".to_owned()]) && g.len() > 20,
        "the graph was not read: {:?}",
        g.keys().collect::<Vec<_>>()
    );
    let cycles: Vec<String> = g
        .keys()
        .filter_map(|m| cycle_from(&g, m))
        .map(|c| {
            c.iter()
                .map(|m| m.join("::"))
                .collect::<Vec<_>>()
                .join(" → ")
        })
        .collect();
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_reader_finds_paths_and_groups() {
    let m = vec!["render".to_owned(), "charts".to_owned()];
    let found = paths(
        &m,
        "use crate::model::{field::View, Id};\nuse super::html_text::escape;\nlet x = crate::kind::Kind::Plan; my_crate::x();",
    );
    let found: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        found,
        [
            "model::field::View",
            "model::Id",
            "render::html_text::escape",
            "kind::Kind::Plan"
        ]
    );
}

#[test]
fn a_cycle_is_found() {
    let m = |s: &str| vec![s.to_owned()];
    let mut g = BTreeMap::new();
    g.insert(m("a"), BTreeSet::from([m("b")]));
    g.insert(m("b"), BTreeSet::from([m("c")]));
    g.insert(m("c"), BTreeSet::from([m("a")]));
    assert_eq!(cycle_from(&g, &m("a")), Some(vec![m("a"), m("b"), m("c")]));
    g.insert(m("c"), BTreeSet::new());
    assert_eq!(cycle_from(&g, &m("a")), None);
}

/// Each top-level module's layer: one more than the deepest module it imports.
fn layers(g: &BTreeMap<Module, BTreeSet<Module>>) -> BTreeMap<String, usize> {
    fn depth(
        m: &Module,
        g: &BTreeMap<Module, BTreeSet<Module>>,
        memo: &mut BTreeMap<Module, usize>,
    ) -> usize {
        if let Some(d) = memo.get(m) {
            return *d;
        }
        memo.insert(m.clone(), 0);
        let d = g
            .get(m)
            .into_iter()
            .flatten()
            .map(|n| depth(n, g, memo) + 1)
            .max()
            .unwrap_or(0);
        memo.insert(m.clone(), d);
        d
    }
    let mut mods = BTreeMap::new();
    modules(Path::new("src"), &[], &mut mods);
    let mut memo = BTreeMap::new();
    mods.keys()
        .filter(|m| m.len() == 1)
        .map(|m| (m[0].clone(), depth(m, g, &mut memo)))
        .collect()
}

/// The layers ARCHITECTURE.md draws are the graph's: a module in the wrong row, or a module
/// missing from the drawing, fails.
#[test]
fn architecture_draws_the_real_layers() {
    let real = layers(&graph());
    let doc = std::fs::read_to_string("ARCHITECTURE.md").unwrap_or_default();
    let mut drawn: BTreeMap<String, usize> = BTreeMap::new();
    for line in doc.lines() {
        let mut words = line.split_whitespace();
        let Some(layer) = words.next().and_then(|w| w.parse::<usize>().ok()) else {
            continue;
        };
        // The names outside parentheses that are modules.
        let mut depth = 0;
        let mut plain = String::new();
        for c in line.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        for w in plain.split_whitespace() {
            if real.contains_key(w) {
                drawn.insert(w.to_owned(), layer);
            }
        }
    }
    assert_eq!(
        drawn, real,
        "ARCHITECTURE.md's layers (left) against the sources' (right)"
    );
}
