//! Record types. Each kind is a plain data struct (what the user entered); a stored
//! record is [`Record<T>`]: that data plus its [`Meta`].
//!
//! Keeping the entered data separate from the metadata means one type serves for
//! "add", "update" and "read", and validation sees exactly what the user typed.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

use super::{Answer, GestationalAge, InfantCheckup, LengthPosition, Sex};
use crate::schedule::VaccineCode;

/// Identity and history of a stored record.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Meta {
    /// UUID v7: unique on every phone, and ordered by creation time, which gives a
    /// stable tie-break between records of the same day.
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Incremented on every update; merge (sharing between parents) compares it.
    pub rev: u32,
}

/// A stored record: the entered data and its metadata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record<T> {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(flatten)]
    pub data: T,
}

impl<T> Record<T> {
    pub fn id(&self) -> Uuid {
        self.meta.id
    }
}

/// Whom a record is about: a child, or a pregnancy (the mother while pregnant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Subject {
    Child(Uuid),
    Pregnancy(Uuid),
}

/// The mother's page. One per handbook.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MotherProfile {
    pub name: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub name_kana: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub birth_date: Option<NaiveDate>,
    /// ABO and Rh as written on the test record, e.g. "A Rh+".
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub blood_type: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub height_cm: Option<f64>,
    /// The city district (地区) the feed targets; stays on the phone.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub district: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

/// A pregnancy, dated by the last menstrual period, by an ultrasound due date, or both
/// (the ultrasound date then wins, as it does at the clinic).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Pregnancy {
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub lmp: Option<NaiveDate>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub ultrasound_due_date: Option<NaiveDate>,
    /// 1 for a singleton, 2 for twins, …
    pub fetuses: u8,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub pre_pregnancy_weight_kg: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
    /// How and when the pregnancy ended, when it ended in a loss (a birth is the
    /// delivery record). Changed only by `Handbook::end_pregnancy` and
    /// `Handbook::reopen_pregnancy`: an edit of the dates or notes keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub ended: Option<PregnancyEnd>,
}

/// How a pregnancy ended when it did not end in a birth.
///
/// The three words are the ones the public pages use for the mothers they speak to:
/// こども家庭庁「流産・死産等を経験された方へ」 and the municipal pages that follow it
/// (e.g. 防府市 こども家庭センター「流産・死産を経験された方へ」: 「流産や死産、人工妊娠中絶など
/// 様々な理由で、大切なお子さんを亡くされた」), and 厚生労働省 令和3年度「子どもを亡くした
/// 家族への支援の手引き」, which counts 流産, 死産 and 人工妊娠中絶 alike as the loss of a
/// child. English follows the NHS's plain words (miscarriage, stillbirth, termination
/// of pregnancy). No word judges: the record says what happened, never why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PregnancyOutcome {
    /// 流産
    Miscarriage,
    /// 死産
    Stillbirth,
    /// 人工妊娠中絶
    Termination,
}

impl PregnancyOutcome {
    pub const ALL: [PregnancyOutcome; 3] = [
        PregnancyOutcome::Miscarriage,
        PregnancyOutcome::Stillbirth,
        PregnancyOutcome::Termination,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PregnancyOutcome::Miscarriage => "miscarriage",
            PregnancyOutcome::Stillbirth => "stillbirth",
            PregnancyOutcome::Termination => "termination",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            PregnancyOutcome::Miscarriage => crate::tid!("model-outcome-miscarriage"),
            PregnancyOutcome::Stillbirth => crate::tid!("model-outcome-stillbirth"),
            PregnancyOutcome::Termination => crate::tid!("model-outcome-termination"),
        }
    }
}

// The English words and the Japanese ones (流産, 死産, 人工妊娠中絶 or 中絶).

super::choice::choice!(PregnancyOutcome, crate::tid!("model-what-outcome"));

/// The end of a pregnancy that did not end in a birth: what happened, and the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PregnancyEnd {
    pub outcome: PregnancyOutcome,
    pub date: NaiveDate,
}

impl PregnancyEnd {
    /// The quiet line lists show in place of the weeks: "流産（2026-05-01）" /
    /// "Miscarriage (2026-05-01)".
    pub fn label(self, lang: crate::lang::Lang) -> String {
        crate::t!(
            lang,
            "model-pregnancy-end",
            outcome = self.outcome.as_str(),
            date = self.date.to_string()
        )
    }
}

impl Pregnancy {
    /// The LMP every gestational age is counted from: the ultrasound due date's
    /// equivalent when there is one, else the LMP.
    pub fn dating_lmp(&self) -> Option<NaiveDate> {
        self.ultrasound_due_date
            .map(super::gestation::lmp_from_due_date)
            .or(self.lmp)
    }

    /// Due date (ultrasound, else Naegele's rule from the LMP).
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.ultrasound_due_date
            .or_else(|| self.lmp.map(super::gestation::due_date_from_lmp))
    }

    /// Gestational age on `date`.
    pub fn gestational_age_on(&self, date: NaiveDate) -> Option<GestationalAge> {
        self.dating_lmp()
            .and_then(|lmp| GestationalAge::on(lmp, date))
    }
}

/// Dipstick result for urine protein or glucose, as the handbook prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Dipstick {
    Negative,
    Trace,
    Plus1,
    Plus2,
    Plus3,
}

impl Dipstick {
    pub const ALL: [Dipstick; 5] = [
        Dipstick::Negative,
        Dipstick::Trace,
        Dipstick::Plus1,
        Dipstick::Plus2,
        Dipstick::Plus3,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dipstick::Negative => "-",
            Dipstick::Trace => "±",
            Dipstick::Plus1 => "+",
            Dipstick::Plus2 => "2+",
            Dipstick::Plus3 => "3+",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Dipstick::Negative => crate::tid!("model-dipstick-negative"),
            Dipstick::Trace => crate::tid!("model-dipstick-trace"),
            Dipstick::Plus1 => crate::tid!("model-dipstick-plus1"),
            Dipstick::Plus2 => crate::tid!("model-dipstick-plus2"),
            Dipstick::Plus3 => crate::tid!("model-dipstick-plus3"),
        }
    }
}

super::choice::choice!(
    Dipstick,
    crate::tid!("model-what-dipstick"),
    aliases = |d| match d {
        Dipstick::Negative => &["neg"][..],
        Dipstick::Trace => &["+-", "+/-"],
        Dipstick::Plus1 => &["1+", "+1"],
        Dipstick::Plus2 => &["++", "+2"],
        Dipstick::Plus3 => &["+++", "+3"],
    }
);

impl fmt::Display for Dipstick {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Oedema (浮腫) as the handbook records it: none, +, ++.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Oedema {
    None,
    Mild,
    Marked,
}

impl Oedema {
    pub const ALL: [Oedema; 3] = [Oedema::None, Oedema::Mild, Oedema::Marked];

    pub fn as_str(self) -> &'static str {
        match self {
            Oedema::None => "-",
            Oedema::Mild => "+",
            Oedema::Marked => "++",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Oedema::None => crate::tid!("model-oedema-none"),
            Oedema::Mild => crate::tid!("model-oedema-mild"),
            Oedema::Marked => crate::tid!("model-oedema-marked"),
        }
    }
}

super::choice::choice!(
    Oedema,
    crate::tid!("model-what-oedema"),
    aliases = |o| match o {
        Oedema::None => &["none"][..],
        Oedema::Mild => &["mild"],
        Oedema::Marked => &["2+", "marked"],
    }
);

/// One prenatal checkup (妊婦健診) row of 妊娠中の経過.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PrenatalCheckup {
    pub pregnancy_id: Uuid,
    pub date: NaiveDate,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weight_kg: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub bp_systolic: Option<u16>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub bp_diastolic: Option<u16>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub urine_protein: Option<Dipstick>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub urine_glucose: Option<Dipstick>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub fundal_height_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub abdominal_girth_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub oedema: Option<Oedema>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub clinic: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub next_visit: Option<NaiveDate>,
}

impl PrenatalCheckup {
    /// A visit of `pregnancy_id` on `date` with nothing measured yet: what the CLI
    /// and the tests fill in.
    pub fn new(pregnancy_id: Uuid, date: NaiveDate) -> PrenatalCheckup {
        PrenatalCheckup {
            pregnancy_id,
            date,
            weight_kg: None,
            bp_systolic: None,
            bp_diastolic: None,
            urine_protein: None,
            urine_glucose: None,
            fundal_height_cm: None,
            abdominal_girth_cm: None,
            oedema: None,
            clinic: None,
            notes: None,
            next_visit: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMethod {
    Vaginal,
    Vacuum,
    Forceps,
    Caesarean,
}

impl DeliveryMethod {
    pub const ALL: [DeliveryMethod; 4] = [
        DeliveryMethod::Vaginal,
        DeliveryMethod::Vacuum,
        DeliveryMethod::Forceps,
        DeliveryMethod::Caesarean,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryMethod::Vaginal => "vaginal",
            DeliveryMethod::Vacuum => "vacuum",
            DeliveryMethod::Forceps => "forceps",
            DeliveryMethod::Caesarean => "caesarean",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            DeliveryMethod::Vaginal => crate::tid!("model-delivery-vaginal"),
            DeliveryMethod::Vacuum => crate::tid!("model-delivery-vacuum"),
            DeliveryMethod::Forceps => crate::tid!("model-delivery-forceps"),
            DeliveryMethod::Caesarean => crate::tid!("model-delivery-caesarean"),
        }
    }
}

super::choice::choice!(
    DeliveryMethod,
    crate::tid!("model-what-delivery-method"),
    aliases = |m| match m {
        DeliveryMethod::Caesarean => &["cesarean", "c-section"][..],
        _ => &[],
    }
);

/// A choice the 出産の状態 page prints as a row of words to circle: the enum, its
/// code (`as_str`, what the store and a share hold), its label in the catalogs (the
/// printed word), and `FromStr` taking the code, a label or an alias
/// ([`Choice::parse`](super::Choice::parse)).
macro_rules! printed_choice {
    (
        $(#[$meta:meta])*
        $name:ident, $what:expr, {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal, $id:expr;)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every option, in the order the form prints them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The word the form prints.
            pub fn label_id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }

        super::choice::choice!($name, $what);
    };
}

printed_choice! {
    /// 分娩経過: the baby's presentation, as the form prints it (「頭位・骨盤位・その他（　）」).
    Presentation, crate::tid!("model-what-presentation"), {
        /// 頭位
        Cephalic = "cephalic", crate::tid!("model-presentation-cephalic");
        /// 骨盤位
        Breech = "breech", crate::tid!("model-presentation-breech");
        /// その他: what it was goes in [`Delivery::presentation_other`].
        Other = "other", crate::tid!("model-presentation-other");
    }
}

printed_choice! {
    /// 出血量's printed grade (「少量・中量・多量（　ml）」); the mL figure is
    /// [`Delivery::blood_loss_ml`]. The form prints no thresholds: the clinic circles one.
    BloodLossGrade, crate::tid!("model-what-blood-loss"), {
        /// 少量
        Small = "small", crate::tid!("model-blood-loss-small");
        /// 中量
        Moderate = "moderate", crate::tid!("model-blood-loss-moderate");
        /// 多量
        Large = "large", crate::tid!("model-blood-loss-large");
    }
}

printed_choice! {
    /// 輸血（血液製剤含む）の有無, printed 「無・有（　）」 in that order.
    Transfusion, crate::tid!("model-what-transfusion"), {
        /// 無
        No = "no", crate::tid!("model-transfusion-no");
        /// 有: what was given goes in [`Delivery::transfusion_detail`].
        Yes = "yes", crate::tid!("model-transfusion-yes");
    }
}

printed_choice! {
    /// 証明: which certificate the birth was certified with, as printed
    /// (「出生証明書・死産証書（死胎検案書）・出生証明書及び死亡診断書」).
    BirthCertificate, crate::tid!("model-what-certificate"), {
        /// 出生証明書
        Birth = "birth", crate::tid!("model-certificate-birth");
        /// 死産証書（死胎検案書）
        Stillbirth = "stillbirth", crate::tid!("model-certificate-stillbirth");
        /// 出生証明書及び死亡診断書
        BirthAndDeath = "birth_and_death", crate::tid!("model-certificate-birth-and-death");
    }
}

/// 出産の状態: the delivery. Recording it creates the child (or children, for twins).
///
/// The page's rows, in the order the 2023 form prints them: 妊娠期間 (`ga_at_birth`),
/// 娩出日時 (`delivered_at`), 分娩経過 (`presentation`, `presentation_other`,
/// `course_notes`), 分娩方法 (`method`), 分娩所要時間 (`labor_minutes`), 出血量
/// (`blood_loss_grade`, `blood_loss_ml`), 輸血の有無 (`transfusion`,
/// `transfusion_detail`), 出産時の児の状態 (each baby: [`Newborn`] and its
/// [`BirthMeasurements`]), 証明 (`certificate`), 出産の場所 (`place`), 分娩取扱者
/// (`attendant` = 医師, `midwife`, `other_attendant`).
///
/// The form's 「新生児仮死→（死亡・蘇生）・死産」 under 特別な所見・処置 is deliberately
/// not a field: a stillbirth is recorded as the pregnancy's outcome (`pregnancy end`,
/// [`PregnancyOutcome::Stillbirth`]), and what was done for a baby who needed
/// resuscitation is written in that baby's [`BirthMeasurements::findings`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Delivery {
    pub pregnancy_id: Uuid,
    /// Local (Japan) date and time of birth of the first baby.
    pub delivered_at: NaiveDateTime,
    pub ga_at_birth: GestationalAge,
    pub method: DeliveryMethod,
    /// Blood loss at delivery (出血量), in mL.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    #[serde(default)]
    pub blood_loss_ml: Option<u32>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub place: Option<String>,
    /// 分娩取扱者 氏名 — 医師: the doctor's name. Before the page had three name cells
    /// this was the one "attended by" field, so an older record may hold any
    /// attendant's name here (the demo wrote 「医師・助産師」); it is kept as written.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub attendant: Option<String>,
    /// The family's own notes on the birth (not a printed row).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
    /// 分娩経過: 頭位・骨盤位・その他.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub presentation: Option<Presentation>,
    /// 分娩経過 その他（　）: what it was; only with [`Presentation::Other`].
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub presentation_other: Option<String>,
    /// 分娩経過 特記事項.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub course_notes: Option<String>,
    /// 分娩所要時間, in minutes (the clinic writes hours and minutes: 12時間30分 is 750).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub labor_minutes: Option<u32>,
    /// 出血量: the printed grade 少量・中量・多量 (the mL are `blood_loss_ml`).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub blood_loss_grade: Option<BloodLossGrade>,
    /// 輸血（血液製剤含む）の有無.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub transfusion: Option<Transfusion>,
    /// 輸血 有（　）: what was given; only with [`Transfusion::Yes`].
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub transfusion_detail: Option<String>,
    /// 証明: which certificate.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub certificate: Option<BirthCertificate>,
    /// 分娩取扱者 氏名 — 助産師.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub midwife: Option<String>,
    /// 分娩取扱者 氏名 — その他.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub other_attendant: Option<String>,
}

impl Delivery {
    /// A delivery with the four rows every record has, every other row empty.
    pub fn new(
        pregnancy_id: Uuid,
        delivered_at: NaiveDateTime,
        ga_at_birth: GestationalAge,
        method: DeliveryMethod,
    ) -> Self {
        Delivery {
            pregnancy_id,
            delivered_at,
            ga_at_birth,
            method,
            blood_loss_ml: None,
            place: None,
            attendant: None,
            notes: None,
            presentation: None,
            presentation_other: None,
            course_notes: None,
            labor_minutes: None,
            blood_loss_grade: None,
            transfusion: None,
            transfusion_detail: None,
            certificate: None,
            midwife: None,
            other_attendant: None,
        }
    }

    /// 分娩所要時間 as the clinic writes it: 「12時間30分」 / "12 h 30 min".
    pub fn labor_duration_label(&self, lang: crate::lang::Lang) -> Option<String> {
        self.labor_minutes.map(|m| labor_duration_label(m, lang))
    }
}

/// Minutes as hours and minutes: 「12時間30分」 / "12 h 30 min" (「45分」 / "45 min").
pub fn labor_duration_label(minutes: u32, lang: crate::lang::Lang) -> String {
    crate::t!(
        lang,
        "model-labor-duration",
        hours = minutes / 60,
        minutes = minutes % 60
    )
}

/// Hours and minutes as the clinic writes them, as minutes: 「12時間30分」, 「45分」,
/// 「3時間」, "12h30m", "12:30", "2h", "45m". A bare number is refused (hours or
/// minutes?).
pub fn parse_labor_duration(s: &str) -> Result<u32, String> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '：' => ':',
            _ => c,
        })
        .collect::<String>()
        .to_lowercase();
    let bad = || crate::t!(crate::Lang::En, "model-input-labor-duration", value = s);
    let num = |n: &str| n.parse::<u32>().map_err(|_| bad());
    let (hours, minutes) = if let Some((h, m)) = t.split_once(':') {
        (num(h)?, num(m)?)
    } else {
        let mut hours = None;
        let mut minutes = None;
        let mut digits = String::new();
        let mut rest = t.as_str();
        while let Some(c) = rest.chars().next() {
            if c.is_ascii_digit() {
                digits.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
            let unit = ["時間", "hours", "hour", "hrs", "hr", "h"]
                .iter()
                .map(|u| (u, true))
                .chain(
                    ["分", "minutes", "minute", "mins", "min", "m"]
                        .iter()
                        .map(|u| (u, false)),
                )
                .find(|(u, _)| rest.starts_with(**u));
            let Some((u, is_hours)) = unit else {
                return Err(bad());
            };
            if digits.is_empty() {
                return Err(bad());
            }
            let slot = if is_hours { &mut hours } else { &mut minutes };
            if slot.is_some() {
                return Err(bad());
            }
            *slot = Some(num(&digits)?);
            digits.clear();
            rest = &rest[u.len()..];
        }
        if !digits.is_empty() || (hours.is_none() && minutes.is_none()) {
            return Err(bad());
        }
        (hours.unwrap_or(0), minutes.unwrap_or(0))
    };
    if minutes >= 60 && hours > 0 {
        return Err(bad());
    }
    hours
        .checked_mul(60)
        .and_then(|h| h.checked_add(minutes))
        .ok_or_else(bad)
}

/// Measurements taken at birth, per baby.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BirthMeasurements {
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weight_kg: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub length_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub head_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub chest_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub apgar_1min: Option<u8>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub apgar_5min: Option<u8>,
    /// 出産時の児の状態 特別な所見・処置: what the clinic noted or did for this baby
    /// (it travels with the child's record). The form's 「新生児仮死→（死亡・蘇生）・
    /// 死産」 is not a separate field: see [`Delivery`].
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub findings: Option<String>,
}

/// One baby of a delivery: what the delivery record creates a child from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Newborn {
    pub name: String,
    pub sex: Sex,
    pub birth: BirthMeasurements,
}

/// A child. Created by a delivery record, or entered directly (a child born before the
/// family started using the app).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Child {
    pub name: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub name_kana: Option<String>,
    pub sex: Sex,
    pub birth_date: NaiveDate,
    /// 1 for a singleton; 1, 2, … among twins and triplets.
    pub birth_order: u8,
    /// Needed for corrected age when born before 37 weeks.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub ga_at_birth: Option<GestationalAge>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivery_id: Option<Uuid>,
    pub birth: BirthMeasurements,
}

/// A growth measurement. Any of the three values may be missing (a home weighing has
/// only weight), but not all of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GrowthMeasurement {
    pub child_id: Uuid,
    pub measured_on: NaiveDate,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weight_kg: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub length_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub position: Option<LengthPosition>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub head_cm: Option<f64>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

/// An infant checkup (乳幼児健診) page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "InfantCheckupEntry")
)]
pub struct InfantCheckupRecord {
    pub child_id: Uuid,
    pub checkup: InfantCheckup,
    pub date: NaiveDate,
    /// The page's questions and the clinician's fields, by their ids in the form
    /// data (`core/data/forms/child-pages.toml`, the page of this `checkup`).
    pub answers: Vec<Answer>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub findings: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub clinic: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

/// A vaccine dose given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Vaccination {
    pub subject: Subject,
    #[serde(with = "vaccine_code_serde")]
    pub vaccine: VaccineCode,
    /// 1-based within the series (MR 1期 = 1, 2期 = 2; JE 1期 = 1..3, 2期 = 4).
    pub dose: u32,
    pub date: NaiveDate,
    /// Brand or manufacturer as on the sticker (rotavirus: rotarix or rotateq).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub brand: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub lot: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub clinic: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

/// A dental checkup, of a child or of the mother during pregnancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "uniffi",
    derive(uniffi::Record),
    uniffi(name = "DentalCheckup")
)]
pub struct DentalRecord {
    pub subject: Subject,
    pub date: NaiveDate,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub teeth_present: Option<u8>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub caries: Option<u8>,
    pub fluoride_applied: bool,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub findings: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub clinic: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Mood {
    Happy,
    Calm,
    Tired,
    Worried,
    Unwell,
}

impl Mood {
    pub const ALL: [Mood; 5] = [
        Mood::Happy,
        Mood::Calm,
        Mood::Tired,
        Mood::Worried,
        Mood::Unwell,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Mood::Happy => "happy",
            Mood::Calm => "calm",
            Mood::Tired => "tired",
            Mood::Worried => "worried",
            Mood::Unwell => "unwell",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Mood::Happy => crate::tid!("model-mood-happy"),
            Mood::Calm => crate::tid!("model-mood-calm"),
            Mood::Tired => crate::tid!("model-mood-tired"),
            Mood::Worried => crate::tid!("model-mood-worried"),
            Mood::Unwell => crate::tid!("model-mood-unwell"),
        }
    }
}

super::choice::choice!(Mood, crate::tid!("model-what-mood"));

/// A diary entry, about a pregnancy, a child, or several subjects at once (one entry
/// for both twins).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DiaryEntry {
    pub subjects: Vec<Subject>,
    pub written_on: NaiveDate,
    pub text: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub mood: Option<Mood>,
    /// References to photos kept by the photo store.
    pub photos: Vec<String>,
}

/// Every kind of record, for the timeline and for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    MotherProfile,
    Pregnancy,
    PrenatalCheckup,
    Delivery,
    Child,
    Growth,
    InfantCheckup,
    Vaccination,
    Dental,
    Diary,
    /// A page the form data defines ([`super::PageEntry`]).
    Page,
}

impl RecordKind {
    /// Every kind, a record before the kinds that point to it (a pregnancy before its
    /// checkups, a child before its measurements): the order a merge applies them in.
    pub const ALL: [RecordKind; 11] = [
        RecordKind::MotherProfile,
        RecordKind::Pregnancy,
        RecordKind::PrenatalCheckup,
        RecordKind::Delivery,
        RecordKind::Child,
        RecordKind::Growth,
        RecordKind::InfantCheckup,
        RecordKind::Vaccination,
        RecordKind::Dental,
        RecordKind::Diary,
        RecordKind::Page,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::MotherProfile => "mother_profile",
            RecordKind::Pregnancy => "pregnancy",
            RecordKind::PrenatalCheckup => "prenatal_checkup",
            RecordKind::Delivery => "delivery",
            RecordKind::Child => "child",
            RecordKind::Growth => "growth",
            RecordKind::InfantCheckup => "infant_checkup",
            RecordKind::Vaccination => "vaccination",
            RecordKind::Dental => "dental",
            RecordKind::Diary => "diary",
            RecordKind::Page => "page",
        }
    }

    pub fn label_id(self) -> &'static str {
        match self {
            RecordKind::MotherProfile => crate::tid!("model-kind-mother-profile"),
            RecordKind::Pregnancy => crate::tid!("model-kind-pregnancy"),
            RecordKind::PrenatalCheckup => crate::tid!("model-kind-prenatal-checkup"),
            RecordKind::Delivery => crate::tid!("model-kind-delivery"),
            RecordKind::Child => crate::tid!("model-kind-child"),
            RecordKind::Growth => crate::tid!("model-kind-growth"),
            RecordKind::InfantCheckup => crate::tid!("model-kind-infant-checkup"),
            RecordKind::Vaccination => crate::tid!("model-kind-vaccination"),
            RecordKind::Dental => crate::tid!("model-kind-dental"),
            RecordKind::Diary => crate::tid!("model-kind-diary"),
            RecordKind::Page => crate::tid!("model-kind-page"),
        }
    }
}

super::choice::choice!(RecordKind, crate::tid!("model-what-record-kind"));

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Serde for [`VaccineCode`] as its stable string code.
mod vaccine_code_serde {
    use crate::schedule::VaccineCode;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(code: &VaccineCode, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(code.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<VaccineCode, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}
