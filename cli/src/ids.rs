//! Turning what the user typed into a record id: a full UUID, the short id a list
//! shows (the id's last 8 hex digits, see `hagukumi_core::store::duplicates`), a
//! unique prefix or ending of at least 8 hex digits, or nothing at all when the
//! handbook has only one candidate (one child, one ongoing pregnancy).
//!
//! Prefixes are matched against the live records listed by the core, so a deleted
//! record is "not found" here exactly as it is in the core.

use hagukumi_core::model::{RecordKind, Subject};
use hagukumi_core::{Handbook, Lang, t, tid};
use uuid::Uuid;

use crate::error::{CliError, Result};

/// Fewest hex digits accepted as an id prefix.
pub const MIN_PREFIX: usize = 8;

/// What kind of record is being looked up, for messages and hints.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    pub noun: Noun,
    pub list_cmd: &'static str,
    /// How a candidate's label reads in a list of candidates (a catalog message
    /// taking `$label`); `None`: the label as it is.
    pub label: Option<&'static str>,
}

/// What a kind of record is called.
#[derive(Debug, Clone, Copy)]
pub enum Noun {
    /// A catalog message.
    Text(&'static str),
    /// A kind of handbook record.
    Record(RecordKind),
}

impl Kind {
    pub fn name(self, lang: Lang) -> String {
        match self.noun {
            Noun::Text(id) => hagukumi_core::text::text(lang, id),
            Noun::Record(kind) => crate::commands::record_noun(lang, kind),
        }
    }
}

pub const CHILD: Kind = Kind {
    noun: Noun::Text(tid!("cli-kind-child")),
    list_cmd: "hagukumi child list",
    label: None,
};
/// A pregnancy's label is its due date.
pub const PREGNANCY: Kind = Kind {
    noun: Noun::Text(tid!("cli-kind-pregnancy")),
    list_cmd: "hagukumi pregnancy list",
    label: Some(tid!("cli-candidate-due")),
};

pub const SHARE: Kind = Kind {
    noun: Noun::Text(tid!("cli-kind-share")),
    list_cmd: "hagukumi share list",
    label: None,
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
            noun: Noun::Record(kind),
            list_cmd: list_cmd(kind),
            label: None,
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
        let input = input.to_string();
        return Err(CliError::input(move |lang| {
            t!(
                lang,
                "cli-id-malformed",
                input = input.as_str(),
                what = kind.name(lang),
                list = kind.list_cmd,
                digits = MIN_PREFIX
            )
        }));
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
        [] => {
            let input = input.to_string();
            Err(CliError::not_found(move |lang| {
                t!(
                    lang,
                    "cli-id-not-found",
                    input = input.as_str(),
                    what = kind.name(lang),
                    list = kind.list_cmd
                )
            }))
        }
        many => {
            let many: Vec<(Uuid, String)> = many.iter().map(|&c| c.clone()).collect();
            let (input, n) = (input.to_string(), many.len());
            Err(CliError::input(move |lang| {
                let list = candidate_lines(lang, kind, &many);
                t!(
                    lang,
                    "cli-id-ambiguous",
                    input = input.as_str(),
                    n = n,
                    what = kind.name(lang),
                    list = list.as_str()
                )
            }))
        }
    }
}

fn candidate_lines(lang: Lang, kind: Kind, c: &[(Uuid, String)]) -> String {
    c.iter()
        .map(|(id, label)| match kind.label {
            Some(message) => {
                let label = hagukumi_core::text::format(
                    lang,
                    message,
                    &[("label", hagukumi_core::text::Arg::from(label))],
                );
                format!("  {id}  {label}")
            }
            None => format!("  {id}  {label}"),
        })
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
            (p.id(), due)
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
            (p.id(), due)
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
        0 if matches!(kind.noun, Noun::Text("cli-kind-pregnancy")) => {
            Err(CliError::input(|lang| t!(lang, "cli-no-ongoing-pregnancy")))
        }
        0 => Err(CliError::input(|lang| t!(lang, "cli-no-child-yet"))),
        n => {
            let flag = flag.to_string();
            Err(CliError::input(move |lang| {
                let list = candidate_lines(lang, kind, &candidates);
                t!(
                    lang,
                    "cli-choose-one",
                    n = n,
                    what = kind.name(lang),
                    flag = flag.as_str(),
                    list = list.as_str()
                )
            }))
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
        (Some(_), Some(_)) => Err(CliError::input(|lang| t!(lang, "cli-child-or-pregnancy"))),
        (Some(c), None) => Ok(Subject::Child(child(hb, Some(c))?)),
        (None, Some(p)) => Ok(Subject::Pregnancy(pregnancy(hb, Some(p))?)),
        (None, None) => {
            let kids = children(hb)?;
            let pregs = ongoing_pregnancies(hb)?;
            match (kids.as_slice(), pregs.as_slice()) {
                ([(c, _)], []) => Ok(Subject::Child(*c)),
                ([], [(p, _)]) => Ok(Subject::Pregnancy(*p)),
                ([], []) => Err(CliError::input(|lang| t!(lang, "cli-no-subject-yet"))),
                _ => Err(CliError::input(|lang| t!(lang, "cli-choose-subject"))),
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
