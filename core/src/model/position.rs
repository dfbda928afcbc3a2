//! How a child's length or height was measured.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Recumbent length (lying, used before 2 years) or standing height. Standing height
/// reads about 0.7 cm less than recumbent length for the same child, which is why the
/// growth references need to know which one a measurement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "lowercase")]
pub enum LengthPosition {
    Recumbent,
    Standing,
}

impl LengthPosition {
    pub const ALL: [LengthPosition; 2] = [LengthPosition::Recumbent, LengthPosition::Standing];

    pub fn as_str(self) -> &'static str {
        match self {
            LengthPosition::Recumbent => "recumbent",
            LengthPosition::Standing => "standing",
        }
    }

    /// The words the charts and the survey print (仰臥位, 立位).
    pub fn label_id(self) -> &'static str {
        match self {
            LengthPosition::Recumbent => crate::tid!("model-position-recumbent"),
            LengthPosition::Standing => crate::tid!("model-position-standing"),
        }
    }
}

super::choice::choice!(LengthPosition, crate::tid!("model-what-position"));

impl fmt::Display for LengthPosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
