//! The child's sex, as the growth references and the handbook's pages need it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Sex recorded at birth. Growth references (WHO and the Japanese survey) are split by
/// it, so it is required for every child; there is no "unknown" because a chart cannot
/// be drawn without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// The code stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }

    pub fn label_ja(self) -> &'static str {
        match self {
            Sex::Male => "男",
            Sex::Female => "女",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Sex::Male => "boy",
            Sex::Female => "girl",
        }
    }
}

impl fmt::Display for Sex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text that named no sex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSex(pub String);

impl fmt::Display for UnknownSex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown sex {:?} (expected male or female)", self.0)
    }
}

impl std::error::Error for UnknownSex {}

impl FromStr for Sex {
    type Err = UnknownSex;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "male" | "m" | "boy" | "男" => Ok(Sex::Male),
            "female" | "f" | "girl" | "女" => Ok(Sex::Female),
            other => Err(UnknownSex(other.to_string())),
        }
    }
}
