//! Crash safety: a writer process is killed with SIGKILL at random moments, 100 times,
//! on the same file. After each kill the file must open, pass `PRAGMA
//! integrity_check`, and hold every write the writer had acknowledged.
//!
//! Set HAGUKUMI_CRASH_SEED to replay a run; the seed is printed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use hagukumi_core::Handbook;
use hagukumi_core::model::Subject;
use hagukumi_e2e::Rng;
use uuid::Uuid;

const ROUNDS: usize = 100;

#[test]
fn acknowledged_writes_survive_sigkill() {
    let mut rng = Rng::from_env("crash test");
    let seed = rng.seed();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.hagukumi");
    let mut acked: Vec<(String, Uuid)> = Vec::new();
    let mut killed_mid_write = 0;

    for round in 0..ROUNDS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        // From "while opening the file" to "after dozens of commits".
        std::thread::sleep(Duration::from_millis(rng.below(80)));
        let still_running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        let lines = reader.join().unwrap();
        if still_running {
            killed_mid_write += 1;
        } else {
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
            panic!("round {round}: the writer stopped by itself ({status}): {err}");
        }
        for line in lines {
            let mut parts = line.split_whitespace();
            match (parts.next(), parts.next(), parts.next()) {
                (Some("ACK"), Some(kind), Some(id)) => {
                    acked.push((kind.to_string(), Uuid::parse_str(id).unwrap()))
                }
                _ => panic!("round {round}: unexpected output {line:?}"),
            }
        }

        let hb = Handbook::open(&path).unwrap();
        assert_eq!(hb.integrity_check().unwrap(), "ok", "round {round}");
        let children = hb.children().unwrap();
        let Some(c) = children.first() else {
            assert!(
                acked.is_empty(),
                "round {round}: acknowledged writes but no child"
            );
            continue;
        };
        let growth: std::collections::HashSet<Uuid> =
            hb.growth(c.id()).unwrap().iter().map(|r| r.id()).collect();
        let diary: std::collections::HashSet<Uuid> = hb
            .diary(Subject::Child(c.id()))
            .unwrap()
            .iter()
            .map(|r| r.id())
            .collect();
        for (kind, id) in &acked {
            let present = match kind.as_str() {
                "growth" => growth.contains(id),
                "diary" => diary.contains(id),
                other => panic!("unknown kind {other}"),
            };
            assert!(
                present,
                "round {round}: acknowledged {kind} {id} is missing (seed {seed})"
            );
        }
        assert_eq!(
            children.len(),
            1,
            "round {round}: the writer created a second child"
        );
        drop(hb);
    }
    eprintln!(
        "{ROUNDS} kills ({killed_mid_write} while running), {} acknowledged writes all present",
        acked.len()
    );
    assert!(
        acked.len() > 100,
        "too few writes to mean anything: {}",
        acked.len()
    );
}
