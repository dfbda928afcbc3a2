//! The infant checkup pages of the handbook (2023 format).

use std::fmt;
use std::str::FromStr;

/// One checkup page of the 母子健康手帳 (2023 revision adds 2 weeks and 2 months).
/// The ages at which each falls due are schedule data (`core/data/schedule/`), not
/// code: only the identity of the page lives here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum InfantCheckup {
    W2,
    M1,
    M2,
    M3to4,
    M6to7,
    M9to10,
    Y1,
    M18,
    Y2,
    Y3,
    Y4,
    Y5,
    Y6,
}

impl InfantCheckup {
    pub const ALL: [InfantCheckup; 13] = [
        InfantCheckup::W2,
        InfantCheckup::M1,
        InfantCheckup::M2,
        InfantCheckup::M3to4,
        InfantCheckup::M6to7,
        InfantCheckup::M9to10,
        InfantCheckup::Y1,
        InfantCheckup::M18,
        InfantCheckup::Y2,
        InfantCheckup::Y3,
        InfantCheckup::Y4,
        InfantCheckup::Y5,
        InfantCheckup::Y6,
    ];

    /// Stable code stored in the database and used in data files and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            InfantCheckup::W2 => "2w",
            InfantCheckup::M1 => "1m",
            InfantCheckup::M2 => "2m",
            InfantCheckup::M3to4 => "3-4m",
            InfantCheckup::M6to7 => "6-7m",
            InfantCheckup::M9to10 => "9-10m",
            InfantCheckup::Y1 => "1y",
            InfantCheckup::M18 => "18m",
            InfantCheckup::Y2 => "2y",
            InfantCheckup::Y3 => "3y",
            InfantCheckup::Y4 => "4y",
            InfantCheckup::Y5 => "5y",
            InfantCheckup::Y6 => "6y",
        }
    }

    pub fn label_ja(self) -> &'static str {
        match self {
            InfantCheckup::W2 => "2週間児健診",
            InfantCheckup::M1 => "1か月児健診",
            InfantCheckup::M2 => "2か月児健診",
            InfantCheckup::M3to4 => "3〜4か月児健診",
            InfantCheckup::M6to7 => "6〜7か月児健診",
            InfantCheckup::M9to10 => "9〜10か月児健診",
            InfantCheckup::Y1 => "1歳児健診",
            InfantCheckup::M18 => "1歳6か月児健診",
            InfantCheckup::Y2 => "2歳児健診",
            InfantCheckup::Y3 => "3歳児健診",
            InfantCheckup::Y4 => "4歳児健診",
            InfantCheckup::Y5 => "5歳児健診",
            InfantCheckup::Y6 => "6歳児健診",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            InfantCheckup::W2 => "2-week checkup",
            InfantCheckup::M1 => "1-month checkup",
            InfantCheckup::M2 => "2-month checkup",
            InfantCheckup::M3to4 => "3-4-month checkup",
            InfantCheckup::M6to7 => "6-7-month checkup",
            InfantCheckup::M9to10 => "9-10-month checkup",
            InfantCheckup::Y1 => "1-year checkup",
            InfantCheckup::M18 => "18-month checkup",
            InfantCheckup::Y2 => "2-year checkup",
            InfantCheckup::Y3 => "3-year checkup",
            InfantCheckup::Y4 => "4-year checkup",
            InfantCheckup::Y5 => "5-year checkup",
            InfantCheckup::Y6 => "6-year checkup",
        }
    }
}

impl fmt::Display for InfantCheckup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InfantCheckup {
    type Err = String;

    /// The code (`3-4m`), or what the handbook prints and a Japanese keyboard types:
    /// 「3〜4か月」「３～４か月児健診」「1歳6か月」「2週間」 (full-width digits, either wave
    /// dash, with or without 児健診/児健康診査).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let typed = japanese_key(s);
        InfantCheckup::ALL
            .into_iter()
            .find(|c| {
                c.as_str() == s.trim()
                    || japanese_key(c.label_ja()) == typed
                    // "1y6m", as people write the 1歳6か月 page in English.
                    || (*c == InfantCheckup::M18 && s.trim() == "1y6m")
            })
            .ok_or_else(|| {
                let codes: Vec<&str> = InfantCheckup::ALL.iter().map(|c| c.as_str()).collect();
                format!("unknown checkup {s:?} (one of {})", codes.join(", "))
            })
    }
}

/// A checkup's Japanese name reduced to what tells it apart: ASCII digits, one dash,
/// no suffix (「３～４か月児健診」 and 「3〜4か月」 give the same key).
fn japanese_key(s: &str) -> String {
    let mut key: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '〜' | '～' | '~' | '－' | '-' => '-',
            'ヶ' | 'ケ' | 'カ' => 'か',
            other => other,
        })
        .filter(|c| !c.is_whitespace())
        .collect();
    for suffix in ["児健康診査", "児健診", "健康診査", "健診", "児", "頃"] {
        if let Some(k) = key.strip_suffix(suffix) {
            key = k.to_string();
        }
    }
    key.replace("週間", "週")
}

impl serde::Serialize for InfantCheckup {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for InfantCheckup {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_japanese_names_are_accepted() {
        for (typed, expected) in [
            ("3-4m", InfantCheckup::M3to4),
            ("3〜4か月", InfantCheckup::M3to4),
            ("３～４か月児健診", InfantCheckup::M3to4),
            ("1か月", InfantCheckup::M1),
            ("1ヶ月児健診", InfantCheckup::M1),
            ("1歳6か月", InfantCheckup::M18),
            ("１歳６か月児健康診査", InfantCheckup::M18),
            ("2週間", InfantCheckup::W2),
            ("3歳児健診", InfantCheckup::Y3),
        ] {
            assert_eq!(typed.parse::<InfantCheckup>(), Ok(expected), "{typed}");
        }
        assert!("5か月".parse::<InfantCheckup>().is_err());
    }
}
