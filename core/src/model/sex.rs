//! The child's sex, as the growth references and the handbook's pages need it.

use serde::{Deserialize, Serialize};
use std::fmt;

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

    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];

    pub fn label_id(self) -> &'static str {
        match self {
            Sex::Male => crate::tid!("model-sex-male"),
            Sex::Female => crate::tid!("model-sex-female"),
        }
    }
}

super::choice::choice!(
    Sex,
    crate::tid!("model-what-sex"),
    aliases = |s| match s {
        Sex::Male => &["m"][..],
        Sex::Female => &["f"][..],
    }
);

impl fmt::Display for Sex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text that named no sex.
pub type UnknownSex = super::UnknownChoice;
