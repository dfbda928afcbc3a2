//! The handbook's records as the shells see them.
//!
//! As in the core, each kind has one data type (what the user entered: the input of
//! `add_…`/`update_…` and the `data` of what is read back) and one stored type
//! (`…Record`: the data plus its id, revision and timestamps). Fields are plain: numbers,
//! strings, enums from [`crate::kinds`]; ids and dates are ISO strings (see
//! [`crate::convert`] for why).

use hagukumi_core::model as core;
use hagukumi_core::model::Record;

use crate::convert::{
    date, date_text, date_time, date_time_text, opt_date, opt_uuid, timestamp_text, uuid,
};
use crate::error::Result;
use crate::kinds::{
    DeliveryMethod, Dipstick, InfantCheckup, LengthPosition, Mood, Oedema, Sex, Subject, Vaccine,
};

/// A stored record of one kind: `data` plus identity and history.
macro_rules! stored {
    ($(#[$meta:meta])* $name:ident($data:ident) from $core:ty) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, uniffi::Record)]
        pub struct $name {
            /// UUID v7, the same on every phone the record is shared to.
            pub id: String,
            /// 1 when created, +1 on every update.
            pub rev: u32,
            /// RFC 3339 UTC timestamps, e.g. "2025-10-05T03:00:00.000Z".
            pub created_at: String,
            pub updated_at: String,
            pub data: $data,
        }

        impl From<Record<$core>> for $name {
            fn from(r: Record<$core>) -> Self {
                $name {
                    id: r.meta.id.to_string(),
                    rev: r.meta.rev,
                    created_at: timestamp_text(r.meta.created_at),
                    updated_at: timestamp_text(r.meta.updated_at),
                    data: r.data.into(),
                }
            }
        }
    };
}

// ---------------------------------------------------------------- mother

/// The mother's page (one per handbook).
#[derive(Debug, Clone, PartialEq, Default, uniffi::Record)]
pub struct MotherProfile {
    pub name: String,
    #[uniffi(default)]
    pub name_kana: Option<String>,
    #[uniffi(default)]
    pub birth_date: Option<String>,
    /// ABO and Rh as on the test record, e.g. "A Rh+".
    #[uniffi(default)]
    pub blood_type: Option<String>,
    #[uniffi(default)]
    pub height_cm: Option<f64>,
    #[uniffi(default)]
    pub district: Option<String>,
    #[uniffi(default)]
    pub notes: Option<String>,
}

impl MotherProfile {
    pub(crate) fn to_core(&self) -> Result<core::MotherProfile> {
        Ok(core::MotherProfile {
            name: self.name.clone(),
            name_kana: self.name_kana.clone(),
            birth_date: opt_date(&self.birth_date)?,
            blood_type: self.blood_type.clone(),
            height_cm: self.height_cm,
            district: self.district.clone(),
            notes: self.notes.clone(),
        })
    }
}

impl From<core::MotherProfile> for MotherProfile {
    fn from(p: core::MotherProfile) -> Self {
        MotherProfile {
            name: p.name,
            name_kana: p.name_kana,
            birth_date: p.birth_date.map(date_text),
            blood_type: p.blood_type,
            height_cm: p.height_cm,
            district: p.district,
            notes: p.notes,
        }
    }
}

stored!(MotherProfileRecord(MotherProfile) from core::MotherProfile);

/// A pregnancy, dated by the last menstrual period, an ultrasound due date, or both.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Pregnancy {
    #[uniffi(default)]
    pub lmp: Option<String>,
    #[uniffi(default)]
    pub ultrasound_due_date: Option<String>,
    /// 1 for one baby, 2 for twins, …
    #[uniffi(default = 1)]
    pub fetuses: u8,
    #[uniffi(default)]
    pub pre_pregnancy_weight_kg: Option<f64>,
    #[uniffi(default)]
    pub notes: Option<String>,
}

impl Pregnancy {
    pub(crate) fn to_core(&self) -> Result<core::Pregnancy> {
        Ok(core::Pregnancy {
            lmp: opt_date(&self.lmp)?,
            ultrasound_due_date: opt_date(&self.ultrasound_due_date)?,
            fetuses: self.fetuses,
            pre_pregnancy_weight_kg: self.pre_pregnancy_weight_kg,
            notes: self.notes.clone(),
        })
    }
}

impl From<core::Pregnancy> for Pregnancy {
    fn from(p: core::Pregnancy) -> Self {
        Pregnancy {
            lmp: p.lmp.map(date_text),
            ultrasound_due_date: p.ultrasound_due_date.map(date_text),
            fetuses: p.fetuses,
            pre_pregnancy_weight_kg: p.pre_pregnancy_weight_kg,
            notes: p.notes,
        }
    }
}

stored!(PregnancyRecord(Pregnancy) from core::Pregnancy);

/// One prenatal checkup (妊婦健診).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PrenatalCheckup {
    pub pregnancy_id: String,
    pub date: String,
    #[uniffi(default)]
    pub weight_kg: Option<f64>,
    #[uniffi(default)]
    pub bp_systolic: Option<u16>,
    #[uniffi(default)]
    pub bp_diastolic: Option<u16>,
    #[uniffi(default)]
    pub urine_protein: Option<Dipstick>,
    #[uniffi(default)]
    pub urine_glucose: Option<Dipstick>,
    #[uniffi(default)]
    pub fundal_height_cm: Option<f64>,
    #[uniffi(default)]
    pub abdominal_girth_cm: Option<f64>,
    #[uniffi(default)]
    pub oedema: Option<Oedema>,
    #[uniffi(default)]
    pub clinic: Option<String>,
    #[uniffi(default)]
    pub notes: Option<String>,
    #[uniffi(default)]
    pub next_visit: Option<String>,
}

impl PrenatalCheckup {
    pub(crate) fn to_core(&self) -> Result<core::PrenatalCheckup> {
        Ok(core::PrenatalCheckup {
            pregnancy_id: uuid(&self.pregnancy_id)?,
            date: date(&self.date)?,
            weight_kg: self.weight_kg,
            bp_systolic: self.bp_systolic,
            bp_diastolic: self.bp_diastolic,
            urine_protein: self.urine_protein.map(Into::into),
            urine_glucose: self.urine_glucose.map(Into::into),
            fundal_height_cm: self.fundal_height_cm,
            abdominal_girth_cm: self.abdominal_girth_cm,
            oedema: self.oedema.map(Into::into),
            clinic: self.clinic.clone(),
            notes: self.notes.clone(),
            next_visit: opt_date(&self.next_visit)?,
        })
    }
}

impl From<core::PrenatalCheckup> for PrenatalCheckup {
    fn from(c: core::PrenatalCheckup) -> Self {
        PrenatalCheckup {
            pregnancy_id: c.pregnancy_id.to_string(),
            date: date_text(c.date),
            weight_kg: c.weight_kg,
            bp_systolic: c.bp_systolic,
            bp_diastolic: c.bp_diastolic,
            urine_protein: c.urine_protein.map(Into::into),
            urine_glucose: c.urine_glucose.map(Into::into),
            fundal_height_cm: c.fundal_height_cm,
            abdominal_girth_cm: c.abdominal_girth_cm,
            oedema: c.oedema.map(Into::into),
            clinic: c.clinic,
            notes: c.notes,
            next_visit: c.next_visit.map(date_text),
        }
    }
}

stored!(PrenatalCheckupRecord(PrenatalCheckup) from core::PrenatalCheckup);

/// Gestational age in obstetric weeks and days (38w2d = weeks 38, days 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct GestationalAge {
    pub weeks: u32,
    /// 0–6.
    pub days: u32,
}

impl GestationalAge {
    pub(crate) fn to_core(self) -> core::GestationalAge {
        core::GestationalAge::from_weeks_days(self.weeks, self.days)
    }
}

impl From<core::GestationalAge> for GestationalAge {
    fn from(ga: core::GestationalAge) -> Self {
        GestationalAge {
            weeks: ga.weeks(),
            days: ga.day_of_week(),
        }
    }
}

/// The delivery (出産の状態).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Delivery {
    pub pregnancy_id: String,
    /// Local (Japan) date and time of birth of the first baby, "2025-10-03T14:25".
    pub delivered_at: String,
    pub ga_at_birth: GestationalAge,
    pub method: DeliveryMethod,
    #[uniffi(default)]
    pub place: Option<String>,
    #[uniffi(default)]
    pub attendant: Option<String>,
    #[uniffi(default)]
    pub notes: Option<String>,
}

impl Delivery {
    pub(crate) fn to_core(&self) -> Result<core::Delivery> {
        Ok(core::Delivery {
            pregnancy_id: uuid(&self.pregnancy_id)?,
            delivered_at: date_time(&self.delivered_at)?,
            ga_at_birth: self.ga_at_birth.to_core(),
            method: self.method.into(),
            place: self.place.clone(),
            attendant: self.attendant.clone(),
            notes: self.notes.clone(),
        })
    }
}

impl From<core::Delivery> for Delivery {
    fn from(d: core::Delivery) -> Self {
        Delivery {
            pregnancy_id: d.pregnancy_id.to_string(),
            delivered_at: date_time_text(d.delivered_at),
            ga_at_birth: d.ga_at_birth.into(),
            method: d.method.into(),
            place: d.place,
            attendant: d.attendant,
            notes: d.notes,
        }
    }
}

stored!(DeliveryRecord(Delivery) from core::Delivery);

/// Measurements taken at birth.
#[derive(Debug, Clone, PartialEq, Default, uniffi::Record)]
pub struct BirthMeasurements {
    #[uniffi(default)]
    pub weight_kg: Option<f64>,
    #[uniffi(default)]
    pub length_cm: Option<f64>,
    #[uniffi(default)]
    pub head_cm: Option<f64>,
    #[uniffi(default)]
    pub chest_cm: Option<f64>,
    #[uniffi(default)]
    pub apgar_1min: Option<u8>,
    #[uniffi(default)]
    pub apgar_5min: Option<u8>,
}

impl From<&BirthMeasurements> for core::BirthMeasurements {
    fn from(b: &BirthMeasurements) -> Self {
        core::BirthMeasurements {
            weight_kg: b.weight_kg,
            length_cm: b.length_cm,
            head_cm: b.head_cm,
            chest_cm: b.chest_cm,
            apgar_1min: b.apgar_1min,
            apgar_5min: b.apgar_5min,
        }
    }
}

impl From<core::BirthMeasurements> for BirthMeasurements {
    fn from(b: core::BirthMeasurements) -> Self {
        BirthMeasurements {
            weight_kg: b.weight_kg,
            length_cm: b.length_cm,
            head_cm: b.head_cm,
            chest_cm: b.chest_cm,
            apgar_1min: b.apgar_1min,
            apgar_5min: b.apgar_5min,
        }
    }
}

/// One baby of a delivery; recording the delivery creates a child from it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Newborn {
    pub name: String,
    pub sex: Sex,
    pub birth: BirthMeasurements,
}

impl From<&Newborn> for core::Newborn {
    fn from(n: &Newborn) -> Self {
        core::Newborn {
            name: n.name.clone(),
            sex: n.sex.into(),
            birth: (&n.birth).into(),
        }
    }
}

// ---------------------------------------------------------------- child

/// A child.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Child {
    pub name: String,
    #[uniffi(default)]
    pub name_kana: Option<String>,
    pub sex: Sex,
    pub birth_date: String,
    /// 1 for a singleton; 1, 2, … among twins.
    #[uniffi(default = 1)]
    pub birth_order: u8,
    /// Needed for corrected age when born before 37 weeks.
    #[uniffi(default)]
    pub ga_at_birth: Option<GestationalAge>,
    /// Set when the child was created by a delivery record.
    #[uniffi(default)]
    pub delivery_id: Option<String>,
    pub birth: BirthMeasurements,
}

impl Child {
    pub(crate) fn to_core(&self) -> Result<core::Child> {
        Ok(core::Child {
            name: self.name.clone(),
            name_kana: self.name_kana.clone(),
            sex: self.sex.into(),
            birth_date: date(&self.birth_date)?,
            birth_order: self.birth_order,
            ga_at_birth: self.ga_at_birth.map(GestationalAge::to_core),
            delivery_id: opt_uuid(&self.delivery_id)?,
            birth: (&self.birth).into(),
        })
    }
}

impl From<core::Child> for Child {
    fn from(c: core::Child) -> Self {
        Child {
            name: c.name,
            name_kana: c.name_kana,
            sex: c.sex.into(),
            birth_date: date_text(c.birth_date),
            birth_order: c.birth_order,
            ga_at_birth: c.ga_at_birth.map(Into::into),
            delivery_id: c.delivery_id.map(|id| id.to_string()),
            birth: c.birth.into(),
        }
    }
}

stored!(ChildRecord(Child) from core::Child);

/// A growth measurement; at least one of weight, length and head circumference.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct GrowthMeasurement {
    pub child_id: String,
    pub measured_on: String,
    #[uniffi(default)]
    pub weight_kg: Option<f64>,
    #[uniffi(default)]
    pub length_cm: Option<f64>,
    /// `None`: the usual way for the age (lying before 2 years).
    #[uniffi(default)]
    pub position: Option<LengthPosition>,
    #[uniffi(default)]
    pub head_cm: Option<f64>,
    #[uniffi(default)]
    pub notes: Option<String>,
}

impl GrowthMeasurement {
    pub(crate) fn to_core(&self) -> Result<core::GrowthMeasurement> {
        Ok(core::GrowthMeasurement {
            child_id: uuid(&self.child_id)?,
            measured_on: date(&self.measured_on)?,
            weight_kg: self.weight_kg,
            length_cm: self.length_cm,
            position: self.position.map(Into::into),
            head_cm: self.head_cm,
            notes: self.notes.clone(),
        })
    }
}

impl From<core::GrowthMeasurement> for GrowthMeasurement {
    fn from(m: core::GrowthMeasurement) -> Self {
        GrowthMeasurement {
            child_id: m.child_id.to_string(),
            measured_on: date_text(m.measured_on),
            weight_kg: m.weight_kg,
            length_cm: m.length_cm,
            position: m.position.map(Into::into),
            head_cm: m.head_cm,
            notes: m.notes,
        }
    }
}

stored!(GrowthRecord(GrowthMeasurement) from core::GrowthMeasurement);

/// A parent's answer to a milestone question.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum MilestoneAnswer {
    Yes,
    No,
    /// "Yes, since this date."
    Since {
        date: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Milestone {
    /// The question as printed on the page the parent answered.
    pub question: String,
    pub answer: MilestoneAnswer,
}

/// One infant checkup page (乳幼児健診).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct InfantCheckupEntry {
    pub child_id: String,
    pub checkup: InfantCheckup,
    pub date: String,
    #[uniffi(default)]
    pub milestones: Vec<Milestone>,
    #[uniffi(default)]
    pub findings: Option<String>,
    #[uniffi(default)]
    pub clinic: Option<String>,
    #[uniffi(default)]
    pub notes: Option<String>,
}

impl InfantCheckupEntry {
    pub(crate) fn to_core(&self) -> Result<core::InfantCheckupRecord> {
        let milestones = self
            .milestones
            .iter()
            .map(|m| {
                Ok(core::Milestone {
                    question: m.question.clone(),
                    answer: match &m.answer {
                        MilestoneAnswer::Yes => core::MilestoneAnswer::Yes,
                        MilestoneAnswer::No => core::MilestoneAnswer::No,
                        MilestoneAnswer::Since { date: d } => {
                            core::MilestoneAnswer::Since(date(d)?)
                        }
                    },
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(core::InfantCheckupRecord {
            child_id: uuid(&self.child_id)?,
            checkup: self.checkup.into(),
            date: date(&self.date)?,
            milestones,
            findings: self.findings.clone(),
            clinic: self.clinic.clone(),
            notes: self.notes.clone(),
        })
    }
}

impl From<core::InfantCheckupRecord> for InfantCheckupEntry {
    fn from(r: core::InfantCheckupRecord) -> Self {
        InfantCheckupEntry {
            child_id: r.child_id.to_string(),
            checkup: r.checkup.into(),
            date: date_text(r.date),
            milestones: r
                .milestones
                .into_iter()
                .map(|m| Milestone {
                    question: m.question,
                    answer: match m.answer {
                        core::MilestoneAnswer::Yes => MilestoneAnswer::Yes,
                        core::MilestoneAnswer::No => MilestoneAnswer::No,
                        core::MilestoneAnswer::Since(d) => {
                            MilestoneAnswer::Since { date: date_text(d) }
                        }
                    },
                })
                .collect(),
            findings: r.findings,
            clinic: r.clinic,
            notes: r.notes,
        }
    }
}

stored!(InfantCheckupRecord(InfantCheckupEntry) from core::InfantCheckupRecord);

/// A vaccine dose given (to a child, or to the mother during pregnancy).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Vaccination {
    pub subject: Subject,
    pub vaccine: Vaccine,
    /// 1-based within the series.
    pub dose: u32,
    pub date: String,
    #[uniffi(default)]
    pub brand: Option<String>,
    #[uniffi(default)]
    pub lot: Option<String>,
    #[uniffi(default)]
    pub clinic: Option<String>,
    #[uniffi(default)]
    pub notes: Option<String>,
}

impl Vaccination {
    pub(crate) fn to_core(&self) -> Result<core::Vaccination> {
        Ok(core::Vaccination {
            subject: self.subject.to_core()?,
            vaccine: self.vaccine.into(),
            dose: self.dose,
            date: date(&self.date)?,
            brand: self.brand.clone(),
            lot: self.lot.clone(),
            clinic: self.clinic.clone(),
            notes: self.notes.clone(),
        })
    }
}

impl From<core::Vaccination> for Vaccination {
    fn from(v: core::Vaccination) -> Self {
        Vaccination {
            subject: v.subject.into(),
            vaccine: v.vaccine.into(),
            dose: v.dose,
            date: date_text(v.date),
            brand: v.brand,
            lot: v.lot,
            clinic: v.clinic,
            notes: v.notes,
        }
    }
}

stored!(VaccinationRecord(Vaccination) from core::Vaccination);

/// A dental checkup, of a child or of the mother during pregnancy.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DentalCheckup {
    pub subject: Subject,
    pub date: String,
    #[uniffi(default)]
    pub teeth_present: Option<u8>,
    #[uniffi(default)]
    pub caries: Option<u8>,
    #[uniffi(default = false)]
    pub fluoride_applied: bool,
    #[uniffi(default)]
    pub findings: Option<String>,
    #[uniffi(default)]
    pub clinic: Option<String>,
}

impl DentalCheckup {
    pub(crate) fn to_core(&self) -> Result<core::DentalRecord> {
        Ok(core::DentalRecord {
            subject: self.subject.to_core()?,
            date: date(&self.date)?,
            teeth_present: self.teeth_present,
            caries: self.caries,
            fluoride_applied: self.fluoride_applied,
            findings: self.findings.clone(),
            clinic: self.clinic.clone(),
        })
    }
}

impl From<core::DentalRecord> for DentalCheckup {
    fn from(r: core::DentalRecord) -> Self {
        DentalCheckup {
            subject: r.subject.into(),
            date: date_text(r.date),
            teeth_present: r.teeth_present,
            caries: r.caries,
            fluoride_applied: r.fluoride_applied,
            findings: r.findings,
            clinic: r.clinic,
        }
    }
}

stored!(DentalRecord(DentalCheckup) from core::DentalRecord);

/// A diary entry about one or more subjects (one entry for both twins).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DiaryEntry {
    pub subjects: Vec<Subject>,
    pub written_on: String,
    pub text: String,
    #[uniffi(default)]
    pub mood: Option<Mood>,
    /// References to photos kept by the photo store.
    #[uniffi(default)]
    pub photos: Vec<String>,
}

impl DiaryEntry {
    pub(crate) fn to_core(&self) -> Result<core::DiaryEntry> {
        Ok(core::DiaryEntry {
            subjects: self
                .subjects
                .iter()
                .map(Subject::to_core)
                .collect::<Result<_>>()?,
            written_on: date(&self.written_on)?,
            text: self.text.clone(),
            mood: self.mood.map(Into::into),
            photos: self.photos.clone(),
        })
    }
}

impl From<core::DiaryEntry> for DiaryEntry {
    fn from(e: core::DiaryEntry) -> Self {
        DiaryEntry {
            subjects: e.subjects.into_iter().map(Into::into).collect(),
            written_on: date_text(e.written_on),
            text: e.text,
            mood: e.mood.map(Into::into),
            photos: e.photos,
        }
    }
}

stored!(DiaryRecord(DiaryEntry) from core::DiaryEntry);

/// One record of a batch insert (`Handbook::add_batch`).
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum NewRecord {
    Pregnancy { data: Pregnancy },
    PrenatalCheckup { data: PrenatalCheckup },
    Child { data: Child },
    Growth { data: GrowthMeasurement },
    InfantCheckup { data: InfantCheckupEntry },
    Vaccination { data: Vaccination },
    Dental { data: DentalCheckup },
    Diary { data: DiaryEntry },
}
