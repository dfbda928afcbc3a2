//! The infant checkup pages of the handbook (2023 format).

use std::fmt;

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

    /// The page's name as the handbook prints it (「3〜4か月児健診」).
    pub fn label_id(self) -> &'static str {
        match self {
            InfantCheckup::W2 => crate::tid!("model-checkup-2w"),
            InfantCheckup::M1 => crate::tid!("model-checkup-1m"),
            InfantCheckup::M2 => crate::tid!("model-checkup-2m"),
            InfantCheckup::M3to4 => crate::tid!("model-checkup-3-4m"),
            InfantCheckup::M6to7 => crate::tid!("model-checkup-6-7m"),
            InfantCheckup::M9to10 => crate::tid!("model-checkup-9-10m"),
            InfantCheckup::Y1 => crate::tid!("model-checkup-1y"),
            InfantCheckup::M18 => crate::tid!("model-checkup-18m"),
            InfantCheckup::Y2 => crate::tid!("model-checkup-2y"),
            InfantCheckup::Y3 => crate::tid!("model-checkup-3y"),
            InfantCheckup::Y4 => crate::tid!("model-checkup-4y"),
            InfantCheckup::Y5 => crate::tid!("model-checkup-5y"),
            InfantCheckup::Y6 => crate::tid!("model-checkup-6y"),
        }
    }
}

// What the handbook prints and a Japanese keyboard types: 「3〜4か月」「３～４か月児健診」
// 「1歳6か月」「2週間」 (full-width digits, either wave dash, with or without 児健診).

super::choice::choice!(
    InfantCheckup,
    crate::tid!("model-what-checkup"),
    aliases = |c| match c {
        // As people write the 1歳6か月 page in English.
        InfantCheckup::M18 => &["1y6m"][..],
        _ => &[],
    },
    reduce = checkup_key
);

impl fmt::Display for InfantCheckup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A checkup's normalised name reduced to what tells it apart: no 児健診/児健康診査
/// suffix, ヶ月/カ月 as か月, 週間 as 週 (「３～４か月児健診」 and 「3〜4か月」 give the
/// same key).
fn checkup_key(key: String) -> String {
    let mut key: String = key
        .chars()
        .map(|c| match c {
            'ヶ' | 'ケ' | 'カ' | 'ヵ' => 'か',
            other => other,
        })
        .collect();
    for suffix in [
        "児健康診査",
        "児健診",
        "健康診査",
        "健診",
        "児",
        "頃",
        "checkup",
    ] {
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
