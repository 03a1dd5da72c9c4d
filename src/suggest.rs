//! "Did you mean": the closest of some candidates to a misspelt name. A leaf: decoding,
//! the checks, the queries and the binary ask it.

/// The closest candidate to a misspelt name, if one is close enough to be a likely typo.
///
/// Jaro-Winkler ranks the candidates; an edit distance bound keeps a long id from being
/// "corrected" to a short one that merely shares its prefix (`CHK-2026-099` is not `CHK-1`).
pub fn did_you_mean<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    let max_edits = (lower.chars().count() / 3).max(2);
    candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, c)| {
            *score >= 0.8 && strsim::levenshtein(&lower, &c.to_lowercase()) <= max_edits
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}
