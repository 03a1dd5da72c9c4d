//! Golden CLI cases: every `tests/cmd/*.toml` runs `gbsw` in its `.in/` ledger and compares
//! stdout, stderr and the exit code exactly. `TRYCMD=overwrite cargo test` refreshes them.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
