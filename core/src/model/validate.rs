//! Validation of entered records, before anything is written.
//!
//! Two kinds of limits: dates (nothing in the future, nothing before the birth or the
//! pregnancy it belongs to) and values that are physically impossible for the person's
//! age ("a 40 kg newborn"). Implausible-but-possible values (a big jump between two
//! weighings) are the growth module's warnings, not refusals here: a parent must be
//! able to record what the clinic wrote, however surprising.

use chrono::NaiveDate;

use super::*;
use crate::error::{Field, ValidationError};
use crate::schedule::VaccineCode;

type Result<T = ()> = std::result::Result<T, ValidationError>;

/// Longest free text (notes, findings, diary) accepted: about 20 pages of Japanese.
pub const MAX_TEXT: usize = 10_000;
/// Longest name or short label.
pub const MAX_NAME: usize = 100;
/// No record in a handbook is older than this many years (a handbook covers
/// pregnancy to school age; a mother's birth date is the exception and is checked
/// separately).
const MAX_YEARS_BACK: i64 = 25;

fn text(field: Field, value: &str, max: usize) -> Result {
    let len = value.chars().count();
    if len > max {
        return Err(ValidationError::TooLong { field, len, max });
    }
    Ok(())
}

fn opt_text(field: Field, value: &Option<String>, max: usize) -> Result {
    value.as_deref().map_or(Ok(()), |v| text(field, v, max))
}

fn required_name(field: Field, value: &str) -> Result {
    if value.trim().is_empty() {
        return Err(ValidationError::Required { field });
    }
    text(field, value, MAX_NAME)
}

/// A date that has happened (not after today, not absurdly long ago).
pub fn past_date(field: Field, date: NaiveDate, today: NaiveDate) -> Result {
    if date > today {
        return Err(ValidationError::DateInFuture { field, date, today });
    }
    if (today - date).num_days() > MAX_YEARS_BACK * 366 {
        return Err(ValidationError::ImplausibleDate { field, date, today });
    }
    Ok(())
}

fn not_before_birth(field: Field, date: NaiveDate, birth: NaiveDate) -> Result {
    if date < birth {
        return Err(ValidationError::BeforeBirth { field, date, birth });
    }
    Ok(())
}

fn range(
    field: Field,
    value: f64,
    min: f64,
    max: f64,
    unit: &'static str,
    context: &str,
) -> Result {
    if !value.is_finite() || value < min || value > max {
        return Err(ValidationError::OutOfRange {
            field,
            value,
            min,
            max,
            unit,
            context: context.to_string(),
        });
    }
    Ok(())
}

fn opt_range(
    field: Field,
    value: Option<f64>,
    min: f64,
    max: f64,
    unit: &'static str,
    context: &str,
) -> Result {
    value.map_or(Ok(()), |v| range(field, v, min, max, unit, context))
}

/// Physically possible limits of a child's body measurements by age, wide enough
/// for every real child (including the extremes of the growth references and
/// extremely preterm babies) and narrow enough to catch a slipped decimal point.
struct BodyLimits {
    weight: (f64, f64),
    length: (f64, f64),
    head: (f64, f64),
    context: String,
}

fn body_limits(age_days: i64) -> BodyLimits {
    let context = if age_days < 28 {
        "for a newborn".to_string()
    } else if age_days < 365 {
        format!("for a child of {} months", age_days * 12 / 365)
    } else {
        format!("for a child of {} years", age_days / 365)
    };
    let (weight, length, head) = match age_days {
        d if d < 28 => ((0.2, 7.0), (20.0, 65.0), (15.0, 45.0)),
        d if d < 365 => ((0.2, 20.0), (25.0, 100.0), (18.0, 55.0)),
        d if d < 3 * 365 => ((2.0, 30.0), (45.0, 120.0), (30.0, 60.0)),
        d if d < 7 * 365 => ((5.0, 60.0), (60.0, 150.0), (35.0, 65.0)),
        _ => ((8.0, 150.0), (80.0, 200.0), (40.0, 70.0)),
    };
    BodyLimits {
        weight,
        length,
        head,
        context,
    }
}

pub fn mother_profile(p: &MotherProfile, today: NaiveDate) -> Result {
    required_name(Field::Name, &p.name)?;
    opt_text(Field::Name, &p.name_kana, MAX_NAME)?;
    opt_text(Field::Name, &p.blood_type, 20)?;
    opt_text(Field::Name, &p.district, MAX_NAME)?;
    opt_text(Field::Text, &p.notes, MAX_TEXT)?;
    if let Some(birth) = p.birth_date {
        if birth > today {
            return Err(ValidationError::DateInFuture {
                field: Field::BirthDate,
                date: birth,
                today,
            });
        }
        let years = (today - birth).num_days() / 365;
        if !(10..=70).contains(&years) {
            return Err(ValidationError::ImplausibleDate {
                field: Field::BirthDate,
                date: birth,
                today,
            });
        }
    }
    opt_range(
        Field::Height,
        p.height_cm,
        100.0,
        220.0,
        "cm",
        "for an adult",
    )
}

pub fn pregnancy(p: &Pregnancy, today: NaiveDate) -> Result {
    let Some(start) = p.dating_lmp() else {
        return Err(ValidationError::NoDating);
    };
    if let Some(lmp) = p.lmp {
        past_date(Field::Lmp, lmp, today)?;
    }
    if let (Some(lmp), Some(due)) = (p.lmp, p.ultrasound_due_date) {
        // Ultrasound dating moves the due date by days, rarely by more than two
        // weeks; six weeks apart means one date is mistyped.
        let days = (due - super::gestation::due_date_from_lmp(lmp)).num_days();
        if days.abs() > 42 {
            return Err(ValidationError::DatingMismatch { lmp, due, days });
        }
    }
    if start > today {
        return Err(ValidationError::DateInFuture {
            field: Field::DueDate,
            date: p.due_date().unwrap_or(start),
            today,
        });
    }
    if (today - start).num_days() > MAX_YEARS_BACK * 366 {
        return Err(ValidationError::ImplausibleDate {
            field: Field::Lmp,
            date: start,
            today,
        });
    }
    range(Field::Fetuses, f64::from(p.fetuses), 1.0, 5.0, "", "")?;
    opt_range(
        Field::PrePregnancyWeight,
        p.pre_pregnancy_weight_kg,
        25.0,
        200.0,
        "kg",
        "for an adult",
    )?;
    opt_text(Field::Text, &p.notes, MAX_TEXT)
}

pub fn prenatal_checkup(c: &PrenatalCheckup, preg: &Pregnancy, today: NaiveDate) -> Result {
    past_date(Field::Date, c.date, today)?;
    if let Some(start) = preg.dating_lmp() {
        if c.date < start {
            return Err(ValidationError::BeforePregnancy {
                field: Field::Date,
                date: c.date,
                start,
            });
        }
        let ga = (c.date - start).num_days();
        if ga > i64::from(GestationalAge::MAX.days()) {
            return Err(ValidationError::OutOfRange {
                field: Field::GestationalAge,
                value: (ga / 7) as f64,
                min: 0.0,
                max: f64::from(GestationalAge::MAX.weeks()),
                unit: "weeks",
                context: String::new(),
            });
        }
    }
    opt_range(
        Field::Weight,
        c.weight_kg,
        25.0,
        200.0,
        "kg",
        "for an adult",
    )?;
    if let Some(s) = c.bp_systolic {
        range(
            Field::BloodPressureSystolic,
            f64::from(s),
            50.0,
            260.0,
            "mmHg",
            "",
        )?;
    }
    if let Some(d) = c.bp_diastolic {
        range(
            Field::BloodPressureDiastolic,
            f64::from(d),
            20.0,
            180.0,
            "mmHg",
            "",
        )?;
    }
    if let (Some(systolic), Some(diastolic)) = (c.bp_systolic, c.bp_diastolic)
        && diastolic >= systolic
    {
        return Err(ValidationError::BloodPressureOrder {
            systolic,
            diastolic,
        });
    }
    opt_range(Field::FundalHeight, c.fundal_height_cm, 1.0, 50.0, "cm", "")?;
    opt_range(
        Field::AbdominalGirth,
        c.abdominal_girth_cm,
        40.0,
        200.0,
        "cm",
        "",
    )?;
    if let Some(next) = c.next_visit
        && next < c.date
    {
        return Err(ValidationError::BeforeOther {
            field: Field::NextVisit,
            date: next,
            other: Field::Date,
            other_date: c.date,
        });
    }
    opt_text(Field::Name, &c.clinic, MAX_NAME)?;
    opt_text(Field::Text, &c.notes, MAX_TEXT)
}

fn birth_measurements(b: &BirthMeasurements) -> Result {
    let limits = body_limits(0);
    opt_range(Field::Weight, b.weight_kg, 0.2, 6.5, "kg", &limits.context)?;
    opt_range(
        Field::Length,
        b.length_cm,
        limits.length.0,
        limits.length.1,
        "cm",
        &limits.context,
    )?;
    opt_range(
        Field::Head,
        b.head_cm,
        limits.head.0,
        limits.head.1,
        "cm",
        &limits.context,
    )?;
    opt_range(Field::Chest, b.chest_cm, 12.0, 45.0, "cm", &limits.context)?;
    for apgar in [b.apgar_1min, b.apgar_5min].into_iter().flatten() {
        range(Field::Apgar, f64::from(apgar), 0.0, 10.0, "", "")?;
    }
    opt_text(Field::Text, &b.findings, MAX_TEXT)
}

fn ga_at_birth(ga: GestationalAge) -> Result {
    if ga.days() < 22 * 7 || ga > GestationalAge::MAX {
        return Err(ValidationError::BirthGestationalAge { ga: ga.to_string() });
    }
    Ok(())
}

pub fn delivery(d: &Delivery, preg: &Pregnancy, today: NaiveDate) -> Result {
    let date = d.delivered_at.date();
    past_date(Field::DeliveredAt, date, today)?;
    if let Some(start) = preg.dating_lmp()
        && date < start
    {
        return Err(ValidationError::BeforePregnancy {
            field: Field::DeliveredAt,
            date,
            start,
        });
    }
    ga_at_birth(d.ga_at_birth)?;
    // A typing guard (a slipped zero), not a clinical limit.
    opt_range(
        Field::BloodLoss,
        d.blood_loss_ml.map(f64::from),
        0.0,
        20_000.0,
        "mL",
        "",
    )?;
    opt_text(Field::Name, &d.place, MAX_NAME)?;
    for name in [&d.attendant, &d.midwife, &d.other_attendant] {
        opt_text(Field::Name, name, MAX_NAME)?;
    }
    opt_text(Field::Text, &d.notes, MAX_TEXT)?;
    opt_text(Field::Text, &d.course_notes, MAX_TEXT)?;
    opt_text(Field::Text, &d.presentation_other, MAX_NAME)?;
    opt_text(Field::Text, &d.transfusion_detail, MAX_NAME)?;
    // The bracket after その他 / 有 belongs to that choice: a detail under another
    // choice would print beside the wrong word.
    detail_only_with(
        "presentation_other",
        d.presentation_other.is_some() && d.presentation != Some(Presentation::Other),
        crate::tid!("model-check-presentation-other"),
    )?;
    detail_only_with(
        "transfusion_detail",
        d.transfusion_detail.is_some() && d.transfusion != Some(Transfusion::Yes),
        crate::tid!("model-check-transfusion-detail"),
    )?;
    // 分娩所要時間: a typing guard of a week (a slipped digit, or hours typed as
    // minutes twice over), not a clinical limit.
    if let Some(m) = d.labor_minutes
        && m > MAX_LABOR_MINUTES
    {
        // The error carries each language (its fields); the words are the catalog's.
        let say = |lang| {
            crate::t!(
                lang,
                "model-check-labor-too-long",
                duration = labor_duration_label(m, lang)
            )
        };
        return Err(ValidationError::Answer {
            field: "labor_minutes".into(),
            messages: crate::text::every_lang(say),
        });
    }
    Ok(())
}

/// The longest 分娩所要時間 accepted, in minutes: 7 days.
pub const MAX_LABOR_MINUTES: u32 = 7 * 24 * 60;

/// `message` is the catalog id of what is wrong.
fn detail_only_with(field: &str, misplaced: bool, message: &'static str) -> Result {
    if misplaced {
        return Err(ValidationError::Answer {
            field: field.into(),
            messages: crate::text::every_lang(|lang| crate::text::text(lang, message)),
        });
    }
    Ok(())
}

/// The babies a delivery creates: as many as the pregnancy carried.
pub fn newborns(newborns: &[Newborn], preg: &Pregnancy) -> Result {
    if newborns.is_empty() {
        return Err(ValidationError::Required {
            field: Field::Newborns,
        });
    }
    if newborns.len() != usize::from(preg.fetuses) {
        return Err(ValidationError::NewbornCount {
            expected: preg.fetuses,
            got: newborns.len(),
        });
    }
    for baby in newborns {
        required_name(Field::Name, &baby.name)?;
        birth_measurements(&baby.birth)?;
    }
    Ok(())
}

pub fn child(c: &Child, today: NaiveDate) -> Result {
    required_name(Field::Name, &c.name)?;
    opt_text(Field::Name, &c.name_kana, MAX_NAME)?;
    past_date(Field::BirthDate, c.birth_date, today)?;
    if (today - c.birth_date).num_days() > 20 * 366 {
        return Err(ValidationError::ImplausibleDate {
            field: Field::BirthDate,
            date: c.birth_date,
            today,
        });
    }
    range(
        Field::BirthOrder,
        f64::from(c.birth_order),
        1.0,
        5.0,
        "",
        "",
    )?;
    if let Some(ga) = c.ga_at_birth {
        ga_at_birth(ga)?;
    }
    birth_measurements(&c.birth)
}

pub fn growth(m: &GrowthMeasurement, birth: NaiveDate, today: NaiveDate) -> Result {
    past_date(Field::Date, m.measured_on, today)?;
    not_before_birth(Field::Date, m.measured_on, birth)?;
    if m.weight_kg.is_none() && m.length_cm.is_none() && m.head_cm.is_none() {
        return Err(ValidationError::NoMeasurement);
    }
    let limits = body_limits((m.measured_on - birth).num_days());
    opt_range(
        Field::Weight,
        m.weight_kg,
        limits.weight.0,
        limits.weight.1,
        "kg",
        &limits.context,
    )?;
    opt_range(
        Field::Length,
        m.length_cm,
        limits.length.0,
        limits.length.1,
        "cm",
        &limits.context,
    )?;
    opt_range(
        Field::Head,
        m.head_cm,
        limits.head.0,
        limits.head.1,
        "cm",
        &limits.context,
    )?;
    opt_text(Field::Text, &m.notes, MAX_TEXT)
}

pub fn infant_checkup(r: &InfantCheckupRecord, birth: NaiveDate, today: NaiveDate) -> Result {
    past_date(Field::Date, r.date, today)?;
    not_before_birth(Field::Date, r.date, birth)?;
    crate::forms::check_checkup_answers(r, birth, today)?;
    opt_text(Field::Text, &r.findings, MAX_TEXT)?;
    opt_text(Field::Name, &r.clinic, MAX_NAME)?;
    opt_text(Field::Text, &r.notes, MAX_TEXT)
}

/// Most doses any series has (JE: 1期 3 doses + 2期; influenza counts per season).
fn max_dose(code: VaccineCode) -> u32 {
    match code {
        VaccineCode::HepB => 3,
        VaccineCode::Rotavirus => 3,
        VaccineCode::DptIpvHib | VaccineCode::DptIpv | VaccineCode::Hib | VaccineCode::Pcv => 4,
        VaccineCode::Bcg | VaccineCode::Dt | VaccineCode::RsvMaternal => 1,
        VaccineCode::Mr | VaccineCode::Varicella | VaccineCode::Mumps => 2,
        VaccineCode::Je => 4,
        VaccineCode::Hpv => 3,
        // Two doses a season for 13 years, recorded as a running count.
        VaccineCode::Influenza => 30,
    }
}

/// `birth_or_start` is the child's birth date, or the pregnancy's start (LMP).
pub fn vaccination(v: &Vaccination, birth_or_start: NaiveDate, today: NaiveDate) -> Result {
    match (v.subject, v.vaccine) {
        (Subject::Pregnancy(_), code) if code != VaccineCode::RsvMaternal => {
            return Err(ValidationError::WrongSubject {
                what: "childhood vaccines",
                expected: "a child",
            });
        }
        (Subject::Child(_), VaccineCode::RsvMaternal) => {
            return Err(ValidationError::WrongSubject {
                what: "maternal RSV vaccine",
                expected: "a pregnancy",
            });
        }
        _ => {}
    }
    past_date(Field::Date, v.date, today)?;
    match v.subject {
        Subject::Child(_) => not_before_birth(Field::Date, v.date, birth_or_start)?,
        Subject::Pregnancy(_) if v.date < birth_or_start => {
            return Err(ValidationError::BeforePregnancy {
                field: Field::Date,
                date: v.date,
                start: birth_or_start,
            });
        }
        Subject::Pregnancy(_) => {}
    }
    let max = max_dose(v.vaccine);
    if v.dose == 0 || v.dose > max {
        return Err(ValidationError::DoseOutOfRange {
            vaccine: v.vaccine,
            dose: v.dose,
            max,
        });
    }
    // A vaccine whose schedule lists brands takes one of them, by code or by the
    // name on the sticker (「ロタリックス」).
    if let Some(brand) = v.brand.as_deref()
        && crate::schedule::data::has_brands(v.vaccine)
        && crate::schedule::data::brand_code(v.vaccine, brand).is_none()
    {
        return Err(ValidationError::UnknownCode {
            what: "rotavirus brand",
            value: brand.to_string(),
            valid: vec!["rotarix".into(), "rotateq".into()],
        });
    }
    opt_text(Field::Name, &v.brand, MAX_NAME)?;
    opt_text(Field::Name, &v.lot, MAX_NAME)?;
    opt_text(Field::Name, &v.clinic, MAX_NAME)?;
    opt_text(Field::Text, &v.notes, MAX_TEXT)
}

/// The vaccine a user typed: its code, its printed name in any shipped language
/// (「B型肝炎」「五種混合」) or an alias; refused with the accepted vaccines in each
/// language.
pub fn vaccine_code(text: &str) -> Result<VaccineCode> {
    text.parse()
        .map_err(|e: crate::model::UnknownChoice| ValidationError::Answer {
            field: "vaccine".into(),
            messages: crate::text::every_lang(|lang| e.message(lang)),
        })
}

pub fn dental(r: &DentalRecord, birth_or_start: NaiveDate, today: NaiveDate) -> Result {
    past_date(Field::Date, r.date, today)?;
    if let Subject::Child(_) = r.subject {
        not_before_birth(Field::Date, r.date, birth_or_start)?;
    }
    if let Some(t) = r.teeth_present {
        range(Field::Teeth, f64::from(t), 0.0, 32.0, "", "")?;
    }
    if let Some(c) = r.caries {
        range(Field::Caries, f64::from(c), 0.0, 32.0, "", "")?;
    }
    opt_text(Field::Text, &r.findings, MAX_TEXT)?;
    opt_text(Field::Name, &r.clinic, MAX_NAME)
}

pub fn diary(e: &DiaryEntry, today: NaiveDate) -> Result {
    if e.subjects.is_empty() {
        return Err(ValidationError::NoSubject);
    }
    past_date(Field::Date, e.written_on, today)?;
    if e.text.trim().is_empty() && e.photos.is_empty() {
        return Err(ValidationError::Required { field: Field::Text });
    }
    text(Field::Text, &e.text, MAX_TEXT)?;
    if e.photos.len() > 50 {
        return Err(ValidationError::TooLong {
            field: Field::Photos,
            len: e.photos.len(),
            max: 50,
        });
    }
    Ok(())
}
