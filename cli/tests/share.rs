//! `share` and `backup` through the real binary: two parents, a grandparent, a lost
//! phone.

#![allow(clippy::unwrap_used)]

mod common;

use common::Hb;

fn growth(hb: &Hb, child: &str, date: &str, kg: &str) {
    hb.run(&[
        "growth", "add", "--child", child, "--date", date, "--weight", kg,
    ])
    .ok();
}

fn key_of(hb: &Hb, name: &str) -> String {
    let list = hb.run(&["--json", "share", "list"]).ok().json();
    list.as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap()["key"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn parents_exchange_both_ways_and_a_grandparent_views_one_child() {
    let mother = Hb::new();
    let father = Hb::new();
    let grandma = Hb::new();
    let hana = mother.add_child("はな", "2025-11-02");
    mother.add_child("そら", "2025-11-02");
    growth(&mother, &hana, "2026-01-05", "5.1");

    mother
        .run(&["share", "create", "--name", "パパ", "--co-parent"])
        .ok();
    let bundle = mother.path().join("to-father.share");
    let b = bundle.to_str().unwrap();
    mother.run(&["share", "export", "パパ", "--out", b]).ok();
    let key = key_of(&mother, "パパ");
    let r = father
        .run(&["--json", "share", "import", b, "--key", &key])
        .ok()
        .json();
    assert_eq!(r["import"]["joined"], true);

    // Each parent records something; then both ways.
    growth(&father, &hana, "2026-02-05", "5.8");
    growth(&mother, &hana, "2026-03-05", "6.4");
    father
        .run(&["share", "create", "--name", "ママ", "--co-parent"])
        .ok();
    let back = father.path().join("to-mother.share");
    father
        .run(&["share", "export", "ママ", "--out", back.to_str().unwrap()])
        .ok();
    let back_key = key_of(&father, "ママ");
    mother
        .run(&[
            "share",
            "import",
            back.to_str().unwrap(),
            "--key",
            &back_key,
        ])
        .ok();
    let again = mother.path().join("to-father-2.share");
    mother
        .run(&["share", "export", "パパ", "--out", again.to_str().unwrap()])
        .ok();
    father
        .run(&["share", "import", again.to_str().unwrap(), "--key", &key])
        .ok();
    let list = |hb: &Hb| {
        hb.run(&["--json", "growth", "list", "--child", &hana])
            .ok()
            .json()
    };
    assert_eq!(list(&mother), list(&father));
    assert_eq!(list(&mother).as_array().unwrap().len(), 3);

    // The same file twice: reported, nothing changed.
    let twice = father
        .run(&[
            "--json",
            "share",
            "import",
            again.to_str().unwrap(),
            "--key",
            &key,
        ])
        .ok()
        .json();
    assert_eq!(twice["import"]["already_imported"], true);
    assert_eq!(twice["import"]["applied"], 0);

    // Grandma gets one child, read-only.
    mother
        .run(&[
            "share",
            "create",
            "--name",
            "おばあちゃん",
            "--child",
            &hana,
        ])
        .ok();
    let g = mother.path().join("grandma.share");
    mother
        .run(&[
            "share",
            "export",
            "おばあちゃん",
            "--out",
            g.to_str().unwrap(),
        ])
        .ok();
    let gkey = key_of(&mother, "おばあちゃん");
    let r = grandma
        .run(&[
            "--json",
            "share",
            "import",
            g.to_str().unwrap(),
            "--key",
            &gkey,
        ])
        .ok()
        .json();
    let view = r["data_dir"].as_str().unwrap().to_string();
    let views = grandma.run(&["--json", "share", "views"]).ok().json();
    assert_eq!(views[0]["children"], serde_json::json!(["はな"]));
    let in_view = Hb::run_with(
        Hb::bare()
            .args(["--data-dir", &view, "--json", "child", "list"])
            .args(["--today", common::TODAY]),
    )
    .ok()
    .json();
    assert_eq!(
        in_view.as_array().unwrap().len(),
        1,
        "only the shared child"
    );
    let refused = Hb::run_with(Hb::bare().args([
        "--data-dir",
        &view,
        "--today",
        common::TODAY,
        "--json",
        "growth",
        "add",
        "--child",
        &hana,
        "--date",
        "2026-04-01",
        "--weight",
        "7",
    ]));
    assert_eq!(refused.code, 2);
    assert!(
        refused.stdout.contains("read_only_view"),
        "{}",
        refused.stdout
    );
    // Grandma's own handbook holds nothing of it.
    assert!(
        !grandma.file().exists() || {
            let own = grandma.run(&["--json", "child", "list"]).ok().json();
            own.as_array().unwrap().is_empty()
        }
    );

    // A wrong key: refused, exit 2, no view created.
    let other = Hb::new();
    let wrong = other.run(&[
        "--json",
        "share",
        "import",
        g.to_str().unwrap(),
        "--key",
        &key,
    ]);
    assert_eq!(wrong.code, 2, "{}", wrong.stdout);
    assert!(wrong.stdout.contains("wrong_key"), "{}", wrong.stdout);
    let views = other.run(&["--json", "share", "views"]).ok().json();
    assert!(views.as_array().unwrap().is_empty());
}

#[test]
fn backup_restore_on_a_new_phone_and_the_choice_on_a_used_one() {
    let phone = Hb::new();
    let hana = phone.add_child("はな", "2025-11-02");
    growth(&phone, &hana, "2026-01-05", "5.1");
    let file = phone.path().join("family.backup");
    let f = file.to_str().unwrap();
    let pass = phone.path().join("pass.txt");
    std::fs::write(&pass, "はぐくみ のバックアップ\n").unwrap();
    let p = pass.to_str().unwrap();
    let made = phone
        .run(&[
            "--json",
            "backup",
            "create",
            "--out",
            f,
            "--passphrase-file",
            p,
        ])
        .ok()
        .json();
    assert_eq!(made["backup"]["records"], 2);
    let info = phone
        .run(&["--json", "backup", "inspect", f, "--passphrase-file", p])
        .ok()
        .json();
    assert_eq!(info["children"], serde_json::json!(["はな"]));

    let new = Hb::new();
    new.run(&["backup", "restore", f, "--passphrase-file", p])
        .ok();
    let children = new.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(children[0]["name"], "はな");
    assert_eq!(
        new.run(&["--json", "growth", "list", "--child", &hana])
            .ok()
            .json(),
        phone
            .run(&["--json", "growth", "list", "--child", &hana])
            .ok()
            .json()
    );

    // A phone with records of its own: asked, unchanged; then merged.
    let used = Hb::new();
    used.add_child("ゆい", "2024-06-01");
    let asked = used.run(&["backup", "restore", f, "--passphrase-file", p]);
    assert_eq!(asked.code, 2);
    assert!(
        asked.stderr.contains("--replace") || asked.stdout.contains("--replace"),
        "{asked:?}",
        asked = asked.stderr
    );
    assert_eq!(
        used.run(&["--json", "child", "list"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    used.run(&["backup", "restore", f, "--passphrase-file", p, "--merge"])
        .ok();
    assert_eq!(
        used.run(&["--json", "child", "list"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // A wrong passphrase: refused, exit 2.
    std::fs::write(&pass, "まちがったパスフレーズ\n").unwrap();
    let wrong = used.run(&["backup", "restore", f, "--passphrase-file", p, "--replace"]);
    assert_eq!(wrong.code, 2);
    assert_eq!(
        used.run(&["--json", "child", "list"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn a_bare_child_flag_shares_the_only_child() {
    let hb = Hb::new();
    let id = hb.add_child("はな", "2025-11-02");
    let share = hb
        .run(&[
            "--json",
            "share",
            "create",
            "--name",
            "おばあちゃん",
            "--child",
        ])
        .ok()
        .json();
    assert_eq!(share["scope"], "child");
    assert_eq!(share["scope_id"], id.as_str());
    // With two children it must be said which.
    hb.add_child("そら", "2025-11-02");
    let r = hb.run(&["share", "create", "--name", "じいじ", "--child"]);
    assert_eq!(r.code, 2);
}

/// Run with `input` on standard input.
fn run_stdin(hb: &Hb, args: &[&str], input: &str) -> common::Run {
    use std::io::Write as _;
    let mut child = Hb::bare()
        .arg("--data-dir")
        .arg(hb.path())
        .args(["--today", common::TODAY])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn keys_come_from_a_file_or_standard_input_and_bundles_are_private() {
    let mother = Hb::new();
    let hana = mother.add_child("はな", "2025-11-02");
    growth(&mother, &hana, "2026-01-05", "5.1");
    mother
        .run(&["share", "create", "--name", "パパ", "--co-parent"])
        .ok();
    let key = key_of(&mother, "パパ");
    let bundle = mother.path().join("to-father.share");
    let b = bundle.to_str().unwrap();
    mother.run(&["share", "export", "パパ", "--out", b]).ok();
    assert_eq!(mode(&bundle), 0o600, "a share bundle is private");

    // The key from a file.
    let key_file = mother.path().join("key.txt");
    std::fs::write(&key_file, format!("{key}\n")).unwrap();
    let father = Hb::new();
    let r = father
        .run(&[
            "--json",
            "share",
            "import",
            b,
            "--key-file",
            key_file.to_str().unwrap(),
        ])
        .ok()
        .json();
    assert_eq!(r["import"]["joined"], true);
    // The key on standard input: never on the command line.
    let father2 = Hb::new();
    let r = run_stdin(
        &father2,
        &["--json", "share", "import", b, "--key", "-"],
        &key,
    )
    .ok();
    assert_eq!(r.json()["import"]["joined"], true);
    // A wrong key from stdin is still a typed refusal.
    let wrong = run_stdin(
        &Hb::new(),
        &["share", "import", b, "--key", "-"],
        "not a key\n",
    );
    assert_eq!(wrong.code, 2, "{}", wrong.stderr);
    // A key file that is not one (here an endless line) is refused without reading
    // it whole.
    let endless = Hb::new().run(&["share", "import", b, "--key-file", "/dev/zero"]);
    assert_eq!(endless.code, 2, "{}", endless.stderr);
    assert!(endless.stderr.contains("4096"), "{}", endless.stderr);

    // Backups with a share key from a file or stdin, written 0600.
    let backup = mother.path().join("family.backup");
    let f = backup.to_str().unwrap();
    mother
        .run(&[
            "backup",
            "create",
            "--out",
            f,
            "--key-file",
            key_file.to_str().unwrap(),
        ])
        .ok();
    assert_eq!(mode(&backup), 0o600, "a backup is private");
    let restored = Hb::new();
    run_stdin(&restored, &["backup", "restore", f, "--key", "-"], &key).ok();
    let children = restored.run(&["--json", "child", "list"]).ok().json();
    assert_eq!(children[0]["name"], "はな");
    // Nothing decrypted left in either data folder.
    for dir in [mother.path(), restored.path()] {
        let hidden: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(hidden.is_empty(), "{hidden:?}");
    }
}

#[test]
fn a_rescue_backup_restores_like_any_backup() {
    let phone = Hb::new();
    let hana = phone.add_child("はな", "2025-11-02");
    growth(&phone, &hana, "2026-01-05", "5.1");
    let pass = phone.path().join("pass.txt");
    std::fs::write(&pass, "はぐくみ のバックアップ\n").unwrap();
    let p = pass.to_str().unwrap();
    let file = phone.path().join("rescue.backup");
    let f = file.to_str().unwrap();
    let r = phone
        .run(&[
            "--json",
            "backup",
            "create",
            "--rescue",
            "--out",
            f,
            "--passphrase-file",
            p,
        ])
        .ok()
        .json();
    let growth_row = r["rescue"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "growth")
        .unwrap()
        .clone();
    assert_eq!(growth_row["saved"], 1);
    assert_eq!(growth_row["lost"], 0);
    let text = phone
        .run(&[
            "backup",
            "create",
            "--rescue",
            "--out",
            f,
            "--passphrase-file",
            p,
        ])
        .ok();
    assert!(text.stdout.contains("救出バックアップ"), "{}", text.stdout);
    let new = Hb::new();
    new.run(&["backup", "restore", f, "--passphrase-file", p])
        .ok();
    assert_eq!(
        new.run(&["--json", "growth", "list", "--child", &hana])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
