//! Machine formats keep their own rules whatever the ledger holds: a carriage return in
//! iCalendar text becomes an escaped line break (RFC 5545), and SARIF `uri` values are
//! percent-encoded (RFC 3986).

use super::{Scratch, stdout};

#[test]
fn a_carriage_return_in_calendar_text_is_a_line_break() {
    let s = Scratch::example("ics-cr");
    s.edit(
        "gbsw.toml",
        "organization = \"常州市机关事务管理局\"",
        "organization = \"常州市\\r机关事务管理局\"",
    );
    s.edit(
        "gbsw.toml",
        "name = \"常州市市级机关服务中心\"",
        "name = \"服务中心\\r\\nBEGIN:VEVENT\"",
    );
    let out = s.gbsw(&["due", "--as-of=2026-06-20", "--format", "ics"]);
    let ics = stdout(&out);
    let bytes = ics.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "a bare CR at byte {i}");
        }
        if *b == b'\n' {
            assert_eq!(
                i.checked_sub(1).map(|j| bytes[j]),
                Some(b'\r'),
                "a bare LF at byte {i}"
            );
        }
    }
    assert!(
        ics.contains("\r\nNAME:常州市 机关事务管理局 标准化工作待办\r\n"),
        "{ics}"
    );
    assert!(ics.contains("单位: 服务中心\\nBEGIN:VEVENT"), "{ics}");
    assert_eq!(
        ics.matches("\r\nBEGIN:VEVENT\r\n").count(),
        ics.matches("\r\nEND:VEVENT\r\n").count()
    );
}

#[test]
fn sarif_uris_are_percent_encoded() {
    let s = Scratch::new("sarif-uri");
    s.write(
        "gbsw.toml",
        "organization = \"测试局\"\n\n[units.office]\nname = \"办公室\"\nkind = \"department\"\n",
    );
    s.write(
        "checks/办公室 自查#1.toml",
        "id = \"CHK-2026-001\"\ndate = 2026-03-02\nunit = \"office\"\ninspectors = [\"刘敏\"]\ntype = \"self\"\nconclusion = \"conform\"\ncolour = 1\n",
    );
    let out = s.gbsw(&["check", "--as-of=2026-06-25", "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let uri =
        &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    assert_eq!(
        uri,
        "checks/%E5%8A%9E%E5%85%AC%E5%AE%A4%20%E8%87%AA%E6%9F%A5%231.toml"
    );
}
