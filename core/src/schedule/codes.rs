//! Vaccine codes: the stable identifiers a dose record stores and the CLI accepts.
//!
//! They are part of the file format (a record written today must still parse in ten
//! years), so a code is never renamed; a retired vaccine keeps its code.

use std::fmt;
use std::str::FromStr;

/// One vaccine series of the Japanese childhood schedule (routine 定期 and the common
/// voluntary 任意 ones), plus the maternal RSV vaccine given during pregnancy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum VaccineCode {
    HepB,
    Rotavirus,
    DptIpvHib,
    DptIpv,
    Hib,
    Pcv,
    Bcg,
    Mr,
    Varicella,
    Je,
    Dt,
    Hpv,
    Mumps,
    Influenza,
    /// Maternal RSV vaccine (routine from 2026-04-01), recorded on the pregnancy.
    RsvMaternal,
}

impl VaccineCode {
    /// Every code, in the order the handbook's vaccination page lists them.
    pub const ALL: [VaccineCode; 15] = [
        VaccineCode::HepB,
        VaccineCode::Rotavirus,
        VaccineCode::DptIpvHib,
        VaccineCode::DptIpv,
        VaccineCode::Hib,
        VaccineCode::Pcv,
        VaccineCode::Bcg,
        VaccineCode::Mr,
        VaccineCode::Varicella,
        VaccineCode::Je,
        VaccineCode::Dt,
        VaccineCode::Hpv,
        VaccineCode::Mumps,
        VaccineCode::Influenza,
        VaccineCode::RsvMaternal,
    ];

    /// The code as stored in the database and typed on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            VaccineCode::HepB => "hepb",
            VaccineCode::Rotavirus => "rotavirus",
            VaccineCode::DptIpvHib => "dpt_ipv_hib",
            VaccineCode::DptIpv => "dpt_ipv",
            VaccineCode::Hib => "hib",
            VaccineCode::Pcv => "pcv",
            VaccineCode::Bcg => "bcg",
            VaccineCode::Mr => "mr",
            VaccineCode::Varicella => "varicella",
            VaccineCode::Je => "je",
            VaccineCode::Dt => "dt",
            VaccineCode::Hpv => "hpv",
            VaccineCode::Mumps => "mumps",
            VaccineCode::Influenza => "influenza",
            VaccineCode::RsvMaternal => "rsv_maternal",
        }
    }

    /// The name printed in the Japanese handbook.
    pub fn name_ja(self) -> &'static str {
        match self {
            VaccineCode::HepB => "B型肝炎",
            VaccineCode::Rotavirus => "ロタウイルス",
            VaccineCode::DptIpvHib => "5種混合 (DPT-IPV-Hib)",
            VaccineCode::DptIpv => "4種混合 (DPT-IPV)",
            VaccineCode::Hib => "ヒブ (Hib)",
            VaccineCode::Pcv => "小児の肺炎球菌",
            VaccineCode::Bcg => "BCG",
            VaccineCode::Mr => "麻しん風しん混合 (MR)",
            VaccineCode::Varicella => "水痘",
            VaccineCode::Je => "日本脳炎",
            VaccineCode::Dt => "2種混合 (DT)",
            VaccineCode::Hpv => "HPV (子宮頸がん予防)",
            VaccineCode::Mumps => "おたふくかぜ",
            VaccineCode::Influenza => "インフルエンザ",
            VaccineCode::RsvMaternal => "RSウイルス (妊婦)",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            VaccineCode::HepB => "Hepatitis B",
            VaccineCode::Rotavirus => "Rotavirus",
            VaccineCode::DptIpvHib => "5-in-1 (DPT-IPV-Hib)",
            VaccineCode::DptIpv => "4-in-1 (DPT-IPV)",
            VaccineCode::Hib => "Hib",
            VaccineCode::Pcv => "Pneumococcal conjugate",
            VaccineCode::Bcg => "BCG",
            VaccineCode::Mr => "Measles-rubella (MR)",
            VaccineCode::Varicella => "Varicella",
            VaccineCode::Je => "Japanese encephalitis",
            VaccineCode::Dt => "DT",
            VaccineCode::Hpv => "HPV",
            VaccineCode::Mumps => "Mumps",
            VaccineCode::Influenza => "Influenza",
            VaccineCode::RsvMaternal => "RSV (maternal)",
        }
    }
}

impl fmt::Display for VaccineCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text that was not a known vaccine code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVaccineCode(pub String);

impl fmt::Display for UnknownVaccineCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown vaccine code {:?}", self.0)
    }
}

impl std::error::Error for UnknownVaccineCode {}

impl FromStr for VaccineCode {
    type Err = UnknownVaccineCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        VaccineCode::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownVaccineCode(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_through_its_string() {
        for code in VaccineCode::ALL {
            assert_eq!(code.as_str().parse::<VaccineCode>(), Ok(code));
        }
    }

    #[test]
    fn unknown_code_is_refused_with_the_text() {
        let err = "polio".parse::<VaccineCode>().unwrap_err();
        assert_eq!(err.to_string(), "unknown vaccine code \"polio\"");
    }
}
