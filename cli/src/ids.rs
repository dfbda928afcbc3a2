//! Turning what the user typed into a record id: a full UUID, the short id a list
//! shows (the id's last 8 hex digits, see `hagukumi_core::store::duplicates`), a
//! unique prefix or ending of at least 8 hex digits, or nothing at all when the
//! handbook has only one candidate (one child, one ongoing pregnancy).
//!
//! Prefixes are matched against the live records listed by the core, so a deleted
//! record is "not found" here exactly as it is in the core.

use hagukumi_core::model::{RecordKind, Subject};
use hagukumi_core::{Handbook, Lang};
use uuid::Uuid;

use crate::error::{CliError, Msg, Result};

/// Fewest hex digits accepted as an id prefix.
pub const MIN_PREFIX: usize = 8;

/// What kind of record is being looked up, for messages and hints.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    pub en: &'static str,
    pub ja: &'static str,
    pub list_cmd: &'static str,
}

pub const CHILD: Kind = Kind {
    en: "child",
    ja: "お子さん",
    list_cmd: "hagukumi child list",
};
pub const PREGNANCY: Kind = Kind {
    en: "pregnancy",
    ja: "妊娠",
    list_cmd: "hagukumi pregnancy list",
};

pub const SHARE: Kind = Kind {
    en: "share",
    ja: "共有先",
    list_cmd: "hagukumi share list",
};

/// A diary entry by short id, id or unique prefix (a photo is attached to it).
pub fn diary_entry(hb: &Handbook, given: &str) -> Result<Uuid> {
    // An entry's one-line brief is its date and first words, in any language.
    record(hb, RecordKind::Diary, given, Lang::Ja)
}

/// How to list the records of `kind` (where their short ids are shown).
fn list_cmd(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::MotherProfile => "hagukumi profile show",
        RecordKind::Pregnancy => "hagukumi pregnancy list",
        RecordKind::PrenatalCheckup => "hagukumi prenatal list",
        RecordKind::Delivery => "hagukumi delivery list",
        RecordKind::Child => "hagukumi child list",
        RecordKind::Growth => "hagukumi growth list",
        RecordKind::InfantCheckup => "hagukumi checkup list",
        RecordKind::Vaccination => "hagukumi vaccination list",
        RecordKind::Dental => "hagukumi dental list",
        RecordKind::Diary => "hagukumi diary list",
        RecordKind::Page => "hagukumi page list",
    }
}

/// A record of `kind` by its short id as listed, its full id, or any unique prefix of
/// at least 8 hex digits, among every live record of that kind (an ambiguous prefix
/// lists the candidates with their date and contents in `lang`).
pub fn record(hb: &Handbook, kind: RecordKind, given: &str, lang: Lang) -> Result<Uuid> {
    let candidates: Vec<(Uuid, String)> = hb
        .briefs(kind, lang)?
        .into_iter()
        .map(|b| (b.id, format!("{}  {}", b.date, b.description)))
        .collect();
    by_prefix(
        given,
        &candidates,
        Kind {
            en: kind.label_en(),
            ja: kind.label_ja(),
            list_cmd: list_cmd(kind),
        },
    )
}

/// Find the one candidate whose id starts or ends with `input` (hyphens ignored).
pub fn by_prefix(input: &str, candidates: &[(Uuid, String)], kind: Kind) -> Result<Uuid> {
    let hex: String = input
        .trim()
        .chars()
        .filter(|c| *c != '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if hex.len() < MIN_PREFIX || hex.len() > 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(CliError::Input(Msg::new(
            format!(
                "{input:?} is not a {} id: give the id as listed by `{}`, or {MIN_PREFIX} or more hex digits of its start or end.",
                kind.en, kind.list_cmd
            ),
            format!(
                "「{input}」は{}のIDではありません。`{}` で表示されるID、またはIDの先頭か末尾の{MIN_PREFIX}桁以上を入力してください。",
                kind.ja, kind.list_cmd
            ),
        )));
    }
    let matches: Vec<&(Uuid, String)> = candidates
        .iter()
        .filter(|(id, _)| {
            let id = id.simple().to_string();
            id.starts_with(&hex) || id.ends_with(&hex)
        })
        .collect();
    match matches.as_slice() {
        [(id, _)] => Ok(*id),
        [] => Err(CliError::NotFound(Msg::new(
            format!(
                "No {} has an id starting or ending with {input} (see `{}`).",
                kind.en, kind.list_cmd
            ),
            format!(
                "IDが {input} で始まる、または終わる{}はありません（`{}` で確認できます）。",
                kind.ja, kind.list_cmd
            ),
        ))),
        many => {
            let list = candidate_lines(many.iter().copied());
            Err(CliError::Input(Msg::new(
                format!(
                    "{input} matches {} {}s; type more of the id:\n{list}",
                    many.len(),
                    kind.en
                ),
                format!(
                    "{input} に当てはまる{}が{}件あります。IDをもう少し長く入力してください:\n{list}",
                    kind.ja,
                    many.len()
                ),
            )))
        }
    }
}

fn candidate_lines<'a>(c: impl Iterator<Item = &'a (Uuid, String)>) -> String {
    c.map(|(id, label)| format!("  {id}  {label}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn children(hb: &Handbook) -> Result<Vec<(Uuid, String)>> {
    Ok(hb
        .children()?
        .into_iter()
        .map(|c| (c.id(), format!("{} ({})", c.data.name, c.data.birth_date)))
        .collect())
}

fn pregnancies(hb: &Handbook) -> Result<Vec<(Uuid, String)>> {
    Ok(hb
        .pregnancies()?
        .into_iter()
        .map(|p| {
            let due = p.data.due_date().map(|d| d.to_string()).unwrap_or_default();
            (p.id(), format!("due {due}"))
        })
        .collect())
}

/// Pregnancies still going on today: not delivered and not past 45 weeks (the same
/// rule as the home screen).
pub fn ongoing_pregnancies(hb: &Handbook) -> Result<Vec<(Uuid, String)>> {
    Ok(hb
        .ongoing_pregnancies()?
        .into_iter()
        .map(|p| {
            let due = p.data.due_date().map(|d| d.to_string()).unwrap_or_default();
            (p.id(), format!("due {due}"))
        })
        .collect())
}

/// `--child ID`, or the only child when `given` is `None` or empty.
pub fn child(hb: &Handbook, given: Option<&str>) -> Result<Uuid> {
    let all = children(hb)?;
    match given.filter(|g| !g.trim().is_empty()) {
        Some(g) => by_prefix(g, &all, CHILD),
        None => only(all, CHILD, "--child"),
    }
}

/// `--pregnancy ID`, or the only ongoing pregnancy when `given` is `None` or empty.
pub fn pregnancy(hb: &Handbook, given: Option<&str>) -> Result<Uuid> {
    match given.filter(|g| !g.trim().is_empty()) {
        Some(g) => by_prefix(g, &pregnancies(hb)?, PREGNANCY),
        None => only(ongoing_pregnancies(hb)?, PREGNANCY, "--pregnancy"),
    }
}

fn only(mut candidates: Vec<(Uuid, String)>, kind: Kind, flag: &str) -> Result<Uuid> {
    match candidates.len() {
        1 => Ok(candidates.remove(0).0),
        0 => Err(CliError::Input(Msg::new(
            if kind.en == "pregnancy" {
                "There is no ongoing pregnancy in this handbook; add one with `hagukumi pregnancy add`, or name one with --pregnancy ID.".to_string()
            } else {
                "There is no child in this handbook yet; add one with `hagukumi child add` or `hagukumi delivery add`.".to_string()
            },
            if kind.en == "pregnancy" {
                "この手帳には進行中の妊娠がありません。`hagukumi pregnancy add` で追加するか、--pregnancy ID で指定してください。".to_string()
            } else {
                "この手帳にはまだお子さんがいません。`hagukumi child add` か `hagukumi delivery add` で追加してください。".to_string()
            },
        ))),
        n => {
            let list = candidate_lines(candidates.iter());
            Err(CliError::Input(Msg::new(
                format!(
                    "This handbook has {n} {}s; choose one with {flag} ID:\n{list}",
                    kind.en
                ),
                format!(
                    "この手帳には{}が{n}件あります。{flag} ID で選んでください:\n{list}",
                    kind.ja
                ),
            )))
        }
    }
}

/// Whom a timeline or a diary listing is about: `--child [ID]` or `--pregnancy [ID]`
/// (a flag without a value means the only one). With neither, the handbook's only
/// subject when it has exactly one (one child and no ongoing pregnancy, or the
/// reverse).
pub fn subject(
    hb: &Handbook,
    child_arg: Option<&str>,
    pregnancy_arg: Option<&str>,
) -> Result<Subject> {
    match (child_arg, pregnancy_arg) {
        (Some(_), Some(_)) => Err(CliError::input(
            "Give either --child or --pregnancy, not both.",
            "--child と --pregnancy はどちらか一方だけを指定してください。",
        )),
        (Some(c), None) => Ok(Subject::Child(child(hb, Some(c))?)),
        (None, Some(p)) => Ok(Subject::Pregnancy(pregnancy(hb, Some(p))?)),
        (None, None) => {
            let kids = children(hb)?;
            let pregs = ongoing_pregnancies(hb)?;
            match (kids.as_slice(), pregs.as_slice()) {
                ([(c, _)], []) => Ok(Subject::Child(*c)),
                ([], [(p, _)]) => Ok(Subject::Pregnancy(*p)),
                ([], []) => Err(CliError::input(
                    "This handbook has no child and no ongoing pregnancy yet.",
                    "この手帳にはお子さんも進行中の妊娠もまだありません。",
                )),
                _ => Err(CliError::input(
                    "Choose whose records to show: --child [ID] or --pregnancy [ID].",
                    "どの記録を表示するか --child [ID] か --pregnancy [ID] で選んでください。",
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Vec<(Uuid, String)> {
        [
            "0196f1a2-3b4c-7d5e-8f60-0123456789ab",
            "0196f1a2-3b4c-7d5e-8f60-fedcba987654",
            "0196f1a2-9999-7d5e-8f60-000000000000",
        ]
        .iter()
        .map(|s| (Uuid::parse_str(s).unwrap(), String::new()))
        .collect()
    }

    #[test]
    fn a_unique_prefix_finds_the_record() {
        let all = ids();
        assert_eq!(by_prefix("0196f1a29", &all, CHILD).unwrap(), all[2].0);
        // The short id a list shows: the last digits.
        assert_eq!(by_prefix("ba987654", &all, CHILD).unwrap(), all[1].0);
        assert_eq!(by_prefix("456789AB", &all, CHILD).unwrap(), all[0].0);
        assert_eq!(by_prefix("0196F1A2-9999", &all, CHILD).unwrap(), all[2].0);
        assert_eq!(
            by_prefix(&all[1].0.to_string(), &all, CHILD).unwrap(),
            all[1].0
        );
    }

    #[test]
    fn short_ambiguous_or_unknown_prefixes_are_refused() {
        let all = ids();
        assert!(matches!(
            by_prefix("0196f1a", &all, CHILD),
            Err(CliError::Input(_))
        ));
        assert!(matches!(
            by_prefix("0196f1a23b4c", &all, CHILD),
            Err(CliError::Input(_))
        ));
        assert!(matches!(
            by_prefix("deadbeef", &all, CHILD),
            Err(CliError::NotFound(_))
        ));
        assert!(matches!(
            by_prefix("ひなたひなたひなた", &all, CHILD),
            Err(CliError::Input(_))
        ));
    }
}
