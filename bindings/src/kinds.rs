//! Enums of the FFI: the core's enums mirrored one to one, so that Kotlin and Swift get
//! exhaustive `when`/`switch` over kinds instead of string codes.
//!
//! The core types carry no uniffi derives (the core knows nothing of the FFI), so each
//! one is mirrored here with conversions both ways, written once by `mirror!`.

use hagukumi_core::growth as core_growth;
use hagukumi_core::model as core_model;
use hagukumi_core::schedule::VaccineCode;

use crate::error::Result;

/// An FFI enum with the same variants as a core enum, converted both ways.
macro_rules! mirror {
    ($(#[$meta:meta])* $name:ident <=> $core:path { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl From<$core> for $name {
            fn from(v: $core) -> Self {
                use $core as C;
                match v {
                    $(C::$variant => $name::$variant),+
                }
            }
        }

        impl From<$name> for $core {
            fn from(v: $name) -> Self {
                use $core as C;
                match v {
                    $($name::$variant => C::$variant),+
                }
            }
        }
    };
}

mirror! {
    /// Language of the text the core writes (labels, timeline lines, messages).
    Lang <=> hagukumi_core::Lang { Ja, En }
}

mirror! {
    Sex <=> core_model::Sex { Male, Female }
}

mirror! {
    /// Lying (before 2 years) or standing.
    LengthPosition <=> core_model::LengthPosition { Recumbent, Standing }
}

mirror! {
    RecordKind <=> core_model::RecordKind {
        MotherProfile, Pregnancy, PrenatalCheckup, Delivery, Child, Growth,
        InfantCheckup, Vaccination, Dental, Diary,
    }
}

mirror! {
    /// Urine dipstick: -, ±, +, 2+, 3+.
    Dipstick <=> core_model::Dipstick { Negative, Trace, Plus1, Plus2, Plus3 }
}

mirror! {
    /// Oedema: -, +, ++.
    Oedema <=> core_model::Oedema { None, Mild, Marked }
}

mirror! {
    DeliveryMethod <=> core_model::DeliveryMethod { Vaginal, Vacuum, Forceps, Caesarean }
}

mirror! {
    Mood <=> core_model::Mood { Happy, Calm, Tired, Worried, Unwell }
}

mirror! {
    /// The infant checkup pages of the handbook (2023 format).
    InfantCheckup <=> core_model::InfantCheckup {
        W2, M1, M2, M3to4, M6to7, M9to10, Y1, M18, Y2, Y3, Y4, Y5, Y6,
    }
}

mirror! {
    /// A vaccine series (routine and common voluntary ones, and the maternal RSV vaccine).
    Vaccine <=> VaccineCode {
        HepB, Rotavirus, DptIpvHib, DptIpv, Hib, Pcv, Bcg, Mr, Varicella, Je, Dt, Hpv,
        Mumps, Influenza, RsvMaternal,
    }
}

mirror! {
    /// What a growth chart plots.
    Indicator <=> core_growth::Indicator {
        WeightForAge, LengthHeightForAge, HeadForAge, BmiForAge, WeightForLengthHeight,
    }
}

mirror! {
    /// The growth reference. `Japan2023` is not bundled yet and fails with
    /// `GrowthUnavailable`.
    Standard <=> core_growth::Standard { Who, Japan2023 }
}

mirror! {
    /// Percentile lines (the Japanese handbook) or SD lines (WHO's charts).
    Bands <=> core_growth::Bands { Percentiles, SdLines }
}

mirror! {
    /// What the x axis of a growth chart measures.
    XAxis <=> core_growth::XAxis { AgeDays, LengthCm, HeightCm }
}

mirror! {
    PlausibilityKind <=> core_growth::PlausibilityKind {
        OutsideFiveSd, JumpOverTwoSd, NotPositive, BeforeBirth,
    }
}

/// Whom a record is about. Ids are UUID strings (see [`crate::records`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Subject {
    Child { id: String },
    Pregnancy { id: String },
}

impl Subject {
    pub(crate) fn to_core(&self) -> Result<core_model::Subject> {
        Ok(match self {
            Subject::Child { id } => core_model::Subject::Child(crate::convert::uuid(id)?),
            Subject::Pregnancy { id } => core_model::Subject::Pregnancy(crate::convert::uuid(id)?),
        })
    }
}

impl From<core_model::Subject> for Subject {
    fn from(s: core_model::Subject) -> Self {
        match s {
            core_model::Subject::Child(id) => Subject::Child { id: id.to_string() },
            core_model::Subject::Pregnancy(id) => Subject::Pregnancy { id: id.to_string() },
        }
    }
}
