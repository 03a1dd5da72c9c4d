//! Writers: what a killed or slow `gbsw new` leaves behind (a lock file, temporary files)
//! must not block or litter the next one, writers that queue must wait rather than fail, and
//! a symbolic link in the ledger must never carry a write outside it.

use std::fs;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Scratch, stderr, stdout};

const AS_OF: &str = "2026-06-30";
const LOCK: &str = ".gbsw-new.lock";

/// The pid of a process that has ended.
fn dead_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

fn host() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap()
        .trim()
        .to_owned()
}

#[test]
fn a_lock_left_by_a_killed_writer_is_taken_over_at_once() {
    let s = Scratch::example("writers-stale-lock");
    s.write(LOCK, format!("pid={} host={}\n", dead_pid(), host()));
    let started = Instant::now();
    let o = s.gbsw(&["new", "training", "unit=office", "--as-of", AS_OF]);
    let took = started.elapsed();
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            "已创建 trainings/TRN-2026-009.toml\n必填字段都已填写。\n".to_owned(),
            String::new(),
            Some(0)
        )
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert!(!s.path(LOCK).exists());
}

#[test]
fn temporary_files_of_killed_writers_are_removed_by_the_next_write() {
    let s = Scratch::example("writers-stale-tmp");
    let dead = format!("trainings/.TRN-2026-009.toml.{}.tmp", dead_pid());
    let live = format!("trainings/.TRN-2026-010.toml.{}.tmp", std::process::id());
    s.write(&dead, "id = \"TRN-2026-009\"\n# cut off by kill -9");
    s.write(&live, "id = \"TRN-2026-010\"\n");
    let o = s.gbsw(&["new", "training", "unit=office", "--as-of", AS_OF]);
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            "已创建 trainings/TRN-2026-009.toml\n必填字段都已填写。\n".to_owned(),
            String::new(),
            Some(0)
        )
    );
    assert!(!s.path(&dead).exists(), "{dead} is still there");
    // A writer that is alive (this test) keeps its file.
    assert!(s.path(&live).exists(), "{live} was removed");
}

#[test]
fn queued_writers_wait_for_the_lock_instead_of_failing() {
    let s = Scratch::example("writers-queue");
    // A writer that holds the lock for 6 s, as one does while it reads a large ledger.
    let lock_path = s.path(LOCK);
    let held = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&lock_path)
        .unwrap();
    held.lock().unwrap();
    fs::write(
        &lock_path,
        format!("pid={} host={}\n", std::process::id(), host()),
    )
    .unwrap();
    let children: Vec<_> = (0..4)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_gbsw"))
                .args(["new", "training", "unit=office", "--as-of", AS_OF])
                .current_dir(&s.0)
                .env_remove("GBSW_LEDGER")
                .env_remove("GBSW_LANG")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    std::thread::sleep(Duration::from_secs(6));
    fs::remove_file(&lock_path).unwrap();
    drop(held);
    let mut created: Vec<String> = children
        .into_iter()
        .map(|c| {
            let o = c.wait_with_output().unwrap();
            assert_eq!((stderr(&o), o.status.code()), (String::new(), Some(0)));
            stdout(&o)
        })
        .collect();
    created.sort();
    let expected: Vec<String> = (9..=12)
        .map(|n| format!("已创建 trainings/TRN-2026-{n:03}.toml\n必填字段都已填写。\n"))
        .collect();
    assert_eq!(created, expected);
    assert!(!lock_path.exists());
}

#[test]
fn new_never_writes_through_a_symbolic_link() {
    let s = Scratch::example("writers-symlink");
    let elsewhere = Scratch::new("writers-symlink-elsewhere");
    fs::rename(s.path("checks"), elsewhere.path("checks")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path("checks"), s.path("checks")).unwrap();
    fs::create_dir(elsewhere.path("trainings")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path("trainings"), s.path("trainings/2026")).unwrap();
    let before = super::files(&elsewhere.0);

    let o = s.gbsw(&["new", "check", "unit=office", "--as-of", AS_OF]);
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            String::new(),
            "gbsw: checks 是符号链接；gbsw new 不经符号链接写入（记录可能落到台账之外），未写入任何文件。请把它换成真正的文件夹后重试\n".to_owned(),
            Some(2)
        )
    );
    let o = s.gbsw(&[
        "new",
        "training",
        "unit=office",
        "--as-of",
        AS_OF,
        "--subfolder",
        "2026/06",
        "--lang",
        "en",
    ]);
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            String::new(),
            "gbsw: trainings/2026 is a symbolic link; gbsw new does not write through symbolic links (the record could land outside the ledger); nothing was written. Replace it with a real folder, then try again\n".to_owned(),
            Some(2)
        )
    );
    // The lock is not written through a link either.
    std::os::unix::fs::symlink(elsewhere.path("victim"), s.path(LOCK)).unwrap();
    let o = s.gbsw(&["new", "training", "unit=office", "--as-of", AS_OF]);
    let lock = fs::canonicalize(&s.0).unwrap().join(LOCK);
    assert_eq!(
        (stdout(&o), stderr(&o), o.status.code()),
        (
            String::new(),
            format!(
                "gbsw: {} 不是普通文件（可能是符号链接或文件夹），不是 gbsw new 的锁；未写入任何文件。请删除它后重试\n",
                lock.display()
            ),
            Some(2)
        )
    );
    assert_eq!(super::files(&elsewhere.0), before);
    assert!(!elsewhere.path("victim").exists());
}
