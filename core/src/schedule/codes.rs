//! Vaccine codes: the stable identifiers a dose record stores and the CLI accepts.
//!
//! They are part of the file format (a record written today must still parse in ten
//! years), so a code is never renamed; a retired vaccine keeps its code.

use std::fmt;

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

    /// The name the handbook prints (「5種混合 (DPT-IPV-Hib)」).
    pub fn label_id(self) -> &'static str {
        match self {
            VaccineCode::HepB => crate::tid!("model-vaccine-hepb"),
            VaccineCode::Rotavirus => crate::tid!("model-vaccine-rotavirus"),
            VaccineCode::DptIpvHib => crate::tid!("model-vaccine-dpt-ipv-hib"),
            VaccineCode::DptIpv => crate::tid!("model-vaccine-dpt-ipv"),
            VaccineCode::Hib => crate::tid!("model-vaccine-hib"),
            VaccineCode::Pcv => crate::tid!("model-vaccine-pcv"),
            VaccineCode::Bcg => crate::tid!("model-vaccine-bcg"),
            VaccineCode::Mr => crate::tid!("model-vaccine-mr"),
            VaccineCode::Varicella => crate::tid!("model-vaccine-varicella"),
            VaccineCode::Je => crate::tid!("model-vaccine-je"),
            VaccineCode::Dt => crate::tid!("model-vaccine-dt"),
            VaccineCode::Hpv => crate::tid!("model-vaccine-hpv"),
            VaccineCode::Mumps => crate::tid!("model-vaccine-mumps"),
            VaccineCode::Influenza => crate::tid!("model-vaccine-influenza"),
            VaccineCode::RsvMaternal => crate::tid!("model-vaccine-rsv-maternal"),
        }
    }
}

// The code, the printed name in any language (「B型肝炎」「5種混合」「四種混合」「ヒブ」
// 「MR」 …) or an alias from the catalogs.
crate::model::choice::choice!(
    VaccineCode,
    crate::tid!("model-what-vaccine"),
    aliases = |c| match c {
        VaccineCode::DptIpvHib => &["dpt-ipv-hib"][..],
        VaccineCode::DptIpv => &["dpt-ipv"],
        VaccineCode::Pcv => &["pcv15", "pcv20"],
        VaccineCode::Hpv => &["hpv9"],
        VaccineCode::RsvMaternal => &["rsv"],
        _ => &[],
    }
);

impl fmt::Display for VaccineCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text that was not a known vaccine.
pub type UnknownVaccineCode = crate::model::UnknownChoice;

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
        assert_eq!(err.value, "polio");
        assert!(err.to_string().contains("hepb"), "{err}");
    }
}
