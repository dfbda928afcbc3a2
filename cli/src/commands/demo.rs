//! `demo`: a handbook for a sample family, with every date counted back from today so
//! that it stays realistic whenever it is run, written through the core API so that
//! every record passes the same validation as typed ones.
//!
//! The family: the mother, pregnant at 28w3d with her second child (seven prenatal
//! checkups, a dental checkup, diary), and her daughter aged 1 year 0 months 20 days
//! (delivery record, a year of growth along the Japanese median curve for girls,
//! four infant checkups with the parent's answers, the first year's routine shots on the
//! standard Japanese schedule, a dental checkup, diary). Texts and names are in the
//! language chosen with `--lang`.

use chrono::{Days, Months, NaiveDate};
use clap::Args;
use hagukumi_core::model::{
    Answer, BirthCertificate, BirthMeasurements, Delivery, DeliveryMethod, DentalRecord,
    DiaryEntry, Dipstick, FieldValue, GestationalAge, GrowthMeasurement, InfantCheckup,
    InfantCheckupRecord, LengthPosition, Mood, MotherProfile, Newborn, Oedema, Pregnancy,
    PrenatalCheckup, Presentation, Sex, Subject, Transfusion, Vaccination,
};
use hagukumi_core::schedule::VaccineCode;
use hagukumi_core::{Handbook, Lang, t, tid};
use serde::Serialize;
use std::path::{Path, PathBuf};
use uuid::Uuid;

use super::{home, timeline};
use crate::ctx::{Ctx, HANDBOOK_FILE};
use crate::error::{CliError, Result};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Replace an existing handbook in the data directory (its records are lost)
    #[arg(long)]
    force: bool,
}

/// How many timeline items of each subject the summary shows.
const SHOWN: u32 = 10;

pub fn run(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let path = ctx.handbook_path();
    if path.exists() && !args.force {
        return Err(CliError::AlreadyExists { path });
    }
    hagukumi_core::store::private::create_dir_all(&ctx.data_dir).map_err(|source| {
        CliError::Io {
            path: ctx.data_dir.clone(),
            source,
        }
    })?;

    // Build the new handbook beside the old one and move it into place only when it is
    // complete: a failure leaves the existing handbook as it was.
    let tmp = ctx
        .data_dir
        .join(format!(".{HANDBOOK_FILE}.demo-{}", std::process::id()));
    remove_db_files(&tmp)?;
    let built = build_at(ctx, &tmp);
    let ids = match built {
        Ok(ids) => ids,
        Err(e) => {
            // Best effort: the error being reported matters more than a stray file.
            let _ = remove_db_files(&tmp);
            return Err(e);
        }
    };
    remove_db_files(&path)?;
    std::fs::rename(&tmp, &path).map_err(|source| CliError::Io {
        path: path.clone(),
        source,
    })?;

    let hb = ctx.open_at(&path)?;
    let home = hb.home(ctx.lang)?;
    let child_page = hb.timeline(Subject::Child(ids.child), None, SHOWN, ctx.lang)?;
    let pregnancy_page = hb.timeline(Subject::Pregnancy(ids.pregnancy), None, SHOWN, ctx.lang)?;
    let notices = hb.for_you(ctx.lang)?.len();

    if ctx.json {
        #[derive(Serialize)]
        struct Out<'a> {
            path: &'a Path,
            home: &'a hagukumi_core::store::HomeSummary,
            child_timeline: &'a hagukumi_core::store::TimelinePage,
            pregnancy_timeline: &'a hagukumi_core::store::TimelinePage,
        }
        return ctx.print_json(&Out {
            path: &path,
            home: &home,
            child_timeline: &child_page,
            pregnancy_timeline: &pregnancy_page,
        });
    }

    let child_name = home
        .children
        .first()
        .map(|c| c.child.data.name.clone())
        .unwrap_or_default();
    outln!(
        "{}\n",
        t!(
            ctx.lang,
            "cli-demo-created",
            path = path.display().to_string()
        )
    );
    out!("{}", home::home_text(ctx, &home));
    outln!();
    outln!(
        "{}",
        t!(
            ctx.lang,
            "cli-demo-child-records",
            name = child_name,
            n = SHOWN
        )
    );
    out!("{}", timeline::lines(&child_page.items, "  "));
    outln!();
    outln!("{}", t!(ctx.lang, "cli-demo-pregnancy-records", n = SHOWN));
    out!("{}", timeline::lines(&pregnancy_page.items, "  "));
    outln!();
    outln!("{}\n", t!(ctx.lang, "cli-demo-notices", n = notices));
    outln!("{}", t!(ctx.lang, "cli-demo-more-hagukumi-growth-list"));
    Ok(())
}

/// The main file and the SQLite side files of a handbook at `path`.
fn remove_db_files(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(CliError::Io { path: p, source }),
        }
    }
    Ok(())
}

fn build_at(ctx: &Ctx, path: &Path) -> Result<DemoIds> {
    let mut hb = ctx.open_at(path)?;
    let ids = build(&mut hb, ctx.lang)?;
    // The sample city's notices, verified like a downloaded feed (no network).
    super::feed::apply_sample(&mut hb)?;
    hb.close()?;
    Ok(ids)
}

/// What the summary needs to find again.
pub struct DemoIds {
    pub child: Uuid,
    pub pregnancy: Uuid,
}

fn days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}

fn days_before(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).unwrap_or(d)
}

/// `d` plus `m` calendar months and `n` days (clamped to the month's end).
fn months(d: NaiveDate, m: u32, n: u64) -> NaiveDate {
    days(d.checked_add_months(Months::new(m)).unwrap_or(d), n)
}

/// A catalog message, when there is one.
type Note = Option<&'static str>;

/// Write the sample family into `hb`, all dates relative to its today.
pub fn build(hb: &mut Handbook, lang: Lang) -> Result<DemoIds> {
    let today = hb.today();
    let text = |id: &'static str| hagukumi_core::text::text(lang, id);

    hb.set_mother_profile(MotherProfile {
        name: t!(lang, "cli-demo-sakura-yamada"),
        name_kana: Some("やまだ さくら".into()),
        birth_date: Some(days_before(
            today
                .checked_sub_months(Months::new(32 * 12 + 4))
                .unwrap_or(today),
            11,
        )),
        blood_type: Some("A Rh+".into()),
        height_cm: Some(158.0),
        district: Some(t!(lang, "cli-demo-chuo-ward")),
        notes: None,
    })?;

    // ---- The first pregnancy, delivered a year and 20 days ago.
    let birth = days_before(
        today.checked_sub_months(Months::new(12)).unwrap_or(today),
        20,
    );
    let ga_at_birth = GestationalAge::from_weeks_days(39, 4);
    let first = hb.add_pregnancy(Pregnancy {
        lmp: Some(days_before(birth, u64::from(ga_at_birth.days()))),
        ultrasound_due_date: None,
        fetuses: 1,
        pre_pregnancy_weight_kg: Some(51.0),
        notes: None,
        ended: None,
    })?;
    let birth_clinic = t!(lang, "cli-demo-sakura-women-s");
    let (_, children) = hb.record_delivery(
        Delivery {
            place: Some(birth_clinic.clone()),
            presentation: Some(Presentation::Cephalic),
            transfusion: Some(Transfusion::No),
            certificate: Some(BirthCertificate::Birth),
            notes: Some(t!(lang, "cli-demo-an-easy-birth")),
            ..Delivery::new(
                first.id(),
                birth.and_hms_opt(3, 42, 0).unwrap_or_default(),
                ga_at_birth,
                DeliveryMethod::Vaginal,
            )
        },
        vec![Newborn {
            name: t!(lang, "cli-demo-hinata"),
            sex: Sex::Female,
            birth: BirthMeasurements {
                weight_kg: Some(3.02),
                length_cm: Some(49.0),
                head_cm: Some(33.0),
                chest_cm: Some(32.0),
                apgar_1min: Some(8),
                apgar_5min: Some(9),
                findings: None,
            },
        }],
    )?;
    let child = children
        .first()
        .map(|c| c.id())
        .ok_or_else(|| CliError::input(|lang| t!(lang, "cli-demo-no-child")))?;

    // ---- The current pregnancy: 28w3d today; the ultrasound moved the due date by 2 days.
    let due = days(today, 81);
    let dating_lmp = days_before(due, 280);
    let current = hb.add_pregnancy(Pregnancy {
        lmp: Some(days_before(today, 201)),
        ultrasound_due_date: Some(due),
        fetuses: 1,
        pre_pregnancy_weight_kg: Some(52.0),
        notes: None,
        ended: None,
    })?;
    let pregnancy = current.id();

    // (GA in days, weight, BP, protein, fundal height, girth, note)
    type Visit = (
        u64,
        f64,
        (u16, u16),
        Dipstick,
        Option<f64>,
        Option<f64>,
        Note,
    );
    let visits: [Visit; 7] = [
        (
            58,
            52.4,
            (106, 64),
            Dipstick::Negative,
            None,
            None,
            Some(tid!("cli-demo-heartbeat-seen-on")),
        ),
        (
            85,
            52.9,
            (108, 66),
            Dipstick::Negative,
            None,
            None,
            Some(tid!("cli-demo-due-date-moved")),
        ),
        (
            112,
            53.8,
            (110, 68),
            Dipstick::Negative,
            Some(14.0),
            Some(72.0),
            None,
        ),
        (
            142,
            55.1,
            (108, 66),
            Dipstick::Negative,
            Some(18.0),
            Some(76.5),
            None,
        ),
        (
            168,
            56.5,
            (112, 70),
            Dipstick::Trace,
            Some(21.5),
            Some(80.0),
            Some(tid!("cli-demo-trace-protein-drink")),
        ),
        (
            183,
            57.3,
            (110, 68),
            Dipstick::Negative,
            Some(23.5),
            Some(82.0),
            None,
        ),
        (
            196,
            58.1,
            (114, 72),
            Dipstick::Negative,
            Some(25.5),
            Some(84.0),
            Some(tid!("cli-demo-breech-for-now")),
        ),
    ];
    for (i, (ga_days, weight, bp, protein, fundal, girth, note)) in visits.iter().enumerate() {
        let next_ga = visits.get(i + 1).map(|v| v.0).unwrap_or(210);
        hb.add_prenatal_checkup(PrenatalCheckup {
            pregnancy_id: pregnancy,
            date: days(dating_lmp, *ga_days),
            weight_kg: Some(*weight),
            bp_systolic: Some(bp.0),
            bp_diastolic: Some(bp.1),
            urine_protein: Some(*protein),
            urine_glucose: Some(Dipstick::Negative),
            fundal_height_cm: *fundal,
            abdominal_girth_cm: *girth,
            oedema: fundal.map(|_| Oedema::None),
            clinic: Some(birth_clinic.clone()),
            notes: note.map(text),
            next_visit: Some(days(dating_lmp, next_ga)),
        })?;
    }
    hb.add_dental(DentalRecord {
        subject: Subject::Pregnancy(pregnancy),
        date: days(dating_lmp, 150),
        teeth_present: Some(28),
        caries: Some(0),
        fluoride_applied: false,
        findings: Some(t!(lang, "cli-demo-mild-gingivitis-brushing")),
        clinic: Some(t!(lang, "cli-demo-minato-dental")),
    })?;

    // ---- The daughter's first year: growth near the Japanese median for girls.
    // (months, days, weight kg, length cm, head cm, note)
    type Measurement = (u32, u64, f64, f64, f64, Note);
    let growth: [Measurement; 11] = [
        (0, 5, 2.92, 49.3, 33.3, Some(tid!("cli-demo-at-discharge"))),
        (
            0,
            14,
            3.40,
            51.0,
            34.5,
            Some(tid!("cli-demo-midwife-s-home")),
        ),
        (1, 2, 4.20, 53.6, 36.4, None),
        (2, 0, 5.30, 57.2, 38.2, None),
        (3, 15, 6.30, 61.0, 40.0, None),
        (5, 0, 7.05, 64.3, 41.6, None),
        (6, 20, 7.55, 66.4, 42.4, None),
        (8, 0, 8.05, 68.6, 43.3, None),
        (9, 15, 8.45, 70.6, 44.2, None),
        (11, 0, 8.80, 72.6, 44.9, None),
        (
            12,
            0,
            9.00,
            74.0,
            45.5,
            Some(tid!("cli-demo-first-birthday")),
        ),
    ];
    for (m, d, w, l, h, note) in growth {
        hb.add_growth(GrowthMeasurement {
            child_id: child,
            measured_on: months(birth, m, d),
            weight_kg: Some(w),
            length_cm: Some(l),
            position: Some(LengthPosition::Recumbent),
            head_cm: Some(h),
            notes: note.map(text),
        })?;
    }

    let pediatrics = t!(lang, "cli-demo-hidamari-pediatrics");
    let health_center = t!(lang, "cli-demo-chuo-health-center");
    let checkups = [
        (
            InfantCheckup::M1,
            months(birth, 1, 2),
            birth_clinic.clone(),
            vec![
                Answer::new("moves_limbs", FieldValue::Yes),
                Answer::new("feeds_well", FieldValue::Yes),
                Answer::new("startles_at_noise", FieldValue::Yes),
            ],
            t!(lang, "cli-demo-no-concerns"),
        ),
        (
            InfantCheckup::M3to4,
            months(birth, 3, 15),
            health_center.clone(),
            vec![
                Answer::new(
                    "neck_steady",
                    FieldValue::When {
                        date: months(birth, 3, 5),
                    },
                ),
                Answer::new("smiles_when_played_with", FieldValue::Yes),
                Answer::new("turns_to_voice", FieldValue::Yes),
            ],
            t!(lang, "cli-demo-no-concerns-hips"),
        ),
        (
            InfantCheckup::M6to7,
            months(birth, 6, 20),
            pediatrics.clone(),
            vec![
                Answer::new(
                    "rolled_over",
                    FieldValue::When {
                        date: months(birth, 5, 12),
                    },
                ),
                Answer::new("sat_alone", FieldValue::No),
                Answer::new("reaches_for_toy", FieldValue::Yes),
            ],
            t!(lang, "cli-demo-no-concerns-solids"),
        ),
        (
            InfantCheckup::M9to10,
            months(birth, 9, 15),
            pediatrics.clone(),
            vec![
                Answer::new(
                    "crawled",
                    FieldValue::When {
                        date: months(birth, 8, 3),
                    },
                ),
                Answer::new(
                    "pulled_to_stand",
                    FieldValue::When {
                        date: months(birth, 9, 1),
                    },
                ),
                Answer::new("follows_parent", FieldValue::Yes),
            ],
            t!(lang, "cli-demo-no-concerns"),
        ),
    ];
    for (checkup, date, clinic, answers, findings) in checkups {
        hb.add_infant_checkup(InfantCheckupRecord {
            child_id: child,
            checkup,
            date,
            answers,
            findings: Some(findings),
            clinic: Some(clinic),
            notes: None,
        })?;
    }

    // The handbook's other pages, filled as a family fills them through the forms:
    // the newborn screening tests, the stool-colour checks (all 4–7), the mother's
    // checkup after the birth.
    let page =
        |hb: &mut Handbook, form: &str, subject: Subject, values: Vec<Answer>| -> Result<()> {
            hb.form_submit(
                hagukumi_core::forms::FormInput {
                    form: form.into(),
                    subject: Some(subject),
                    record: None,
                    values,
                    force: false,
                },
                lang,
            )?;
            Ok(())
        };
    let choice = |o: &str| FieldValue::Choice { option: o.into() };
    let on = |date| FieldValue::Date { date };
    page(
        hb,
        "hearing_screen",
        Subject::Child(child),
        vec![
            Answer::new("date", on(days(birth, 2))),
            Answer::new("method", choice("automated_abr")),
            Answer::new("right_ear", choice("pass")),
            Answer::new("left_ear", choice("pass")),
        ],
    )?;
    page(
        hb,
        "metabolic_screen",
        Subject::Child(child),
        vec![Answer::new("date", on(days(birth, 5)))],
    )?;
    for (timing, day, colour) in [("2w", 14, 6), ("1m", 30, 7), ("1_4m", 75, 7)] {
        page(
            hb,
            "stool_color",
            Subject::Child(child),
            vec![
                Answer::new("date", on(days(birth, day))),
                Answer::new("timing", choice(timing)),
                Answer::new("color_number", FieldValue::Integer { value: colour }),
            ],
        )?;
    }
    page(
        hb,
        "postpartum_checkup",
        Subject::Pregnancy(first.id()),
        vec![
            Answer::new("date", on(days(birth, 30))),
            Answer::new("timing", choice("1m")),
            Answer::new("weight_kg", FieldValue::Number { value: 55.2 }),
            Answer::new("epds_total", FieldValue::Integer { value: 4 }),
            Answer::new(
                "clinic",
                FieldValue::Text {
                    text: birth_clinic.clone(),
                },
            ),
        ],
    )?;

    // The routine shots of the first year on the standard Japanese schedule: from
    // 2 months hepatitis B, rotavirus, 5-in-1 and pneumococcal together; BCG at 5
    // months; the 3rd hepatitis B at 7-8 months; MR and varicella just after 1 year.
    let (gobik, prevenar, bimmugen) = (
        t!(lang, "cli-demo-gobik"),
        t!(lang, "cli-demo-prevenar-20"),
        t!(lang, "cli-demo-bimmugen"),
    );
    let shots: [(VaccineCode, u32, NaiveDate, String, &str, &str); 14] = [
        (
            VaccineCode::HepB,
            1,
            months(birth, 2, 0),
            bimmugen.clone(),
            "Y241A",
            &pediatrics,
        ),
        (
            VaccineCode::Rotavirus,
            1,
            months(birth, 2, 0),
            // A code the store checks (rotarix, rotateq), not a name.
            "rotarix".into(),
            "AROLC734",
            &pediatrics,
        ),
        (
            VaccineCode::DptIpvHib,
            1,
            months(birth, 2, 0),
            gobik.clone(),
            "GB012",
            &pediatrics,
        ),
        (
            VaccineCode::Pcv,
            1,
            months(birth, 2, 0),
            prevenar.clone(),
            "PV2051",
            &pediatrics,
        ),
        (
            VaccineCode::HepB,
            2,
            months(birth, 3, 0),
            bimmugen.clone(),
            "Y241A",
            &pediatrics,
        ),
        (
            VaccineCode::Rotavirus,
            2,
            months(birth, 3, 0),
            "rotarix".into(),
            "AROLC734",
            &pediatrics,
        ),
        (
            VaccineCode::DptIpvHib,
            2,
            months(birth, 3, 0),
            gobik.clone(),
            "GB014",
            &pediatrics,
        ),
        (
            VaccineCode::Pcv,
            2,
            months(birth, 3, 0),
            prevenar.clone(),
            "PV2051",
            &pediatrics,
        ),
        (
            VaccineCode::DptIpvHib,
            3,
            months(birth, 4, 0),
            gobik.clone(),
            "GB014",
            &pediatrics,
        ),
        (
            VaccineCode::Pcv,
            3,
            months(birth, 4, 0),
            prevenar.clone(),
            "PV2077",
            &pediatrics,
        ),
        (
            VaccineCode::Bcg,
            1,
            months(birth, 5, 10),
            t!(lang, "cli-demo-japan-bcg-laboratory"),
            "KH318",
            &health_center,
        ),
        (
            VaccineCode::HepB,
            3,
            months(birth, 7, 15),
            bimmugen.clone(),
            "Y262B",
            &pediatrics,
        ),
        (
            VaccineCode::Mr,
            1,
            months(birth, 12, 7),
            t!(lang, "cli-demo-mearubik"),
            "MR189",
            &pediatrics,
        ),
        (
            VaccineCode::Varicella,
            1,
            months(birth, 12, 7),
            t!(lang, "cli-demo-biken"),
            "VZ092",
            &pediatrics,
        ),
    ];
    for (vaccine, dose, date, brand, lot, clinic) in shots {
        if date > today {
            continue;
        }
        hb.add_vaccination(Vaccination {
            subject: Subject::Child(child),
            vaccine,
            dose,
            date,
            brand: Some(brand),
            lot: Some(lot.to_string()),
            clinic: Some(clinic.to_string()),
            notes: None,
        })?;
    }
    hb.add_dental(DentalRecord {
        subject: Subject::Child(child),
        date: months(birth, 11, 5),
        teeth_present: Some(6),
        caries: Some(0),
        fluoride_applied: true,
        findings: Some(t!(lang, "cli-demo-six-front-teeth")),
        clinic: Some(t!(lang, "cli-demo-minato-dental")),
    })?;

    // ---- Diary.
    let diary: [(Vec<Subject>, NaiveDate, Mood, &'static str); 12] = [
        (
            vec![Subject::Child(child)],
            birth,
            Mood::Happy,
            tid!("cli-demo-welcome-to-the"),
        ),
        (
            vec![Subject::Child(child)],
            months(birth, 1, 1),
            Mood::Calm,
            tid!("cli-demo-took-her-to"),
        ),
        (
            vec![Subject::Child(child)],
            months(birth, 3, 3),
            Mood::Happy,
            tid!("cli-demo-she-laughed-out"),
        ),
        (
            vec![Subject::Child(child)],
            months(birth, 5, 20),
            Mood::Calm,
            tid!("cli-demo-started-solids-one"),
        ),
        (
            vec![Subject::Child(child)],
            months(birth, 8, 5),
            Mood::Tired,
            tid!("cli-demo-she-crawls-after"),
        ),
        (
            vec![Subject::Child(child)],
            months(birth, 12, 0),
            Mood::Happy,
            tid!("cli-demo-first-birthday-one"),
        ),
        (
            vec![Subject::Pregnancy(pregnancy)],
            days(dating_lmp, 36),
            Mood::Happy,
            tid!("cli-demo-positive-pregnancy-test"),
        ),
        (
            vec![Subject::Pregnancy(pregnancy)],
            days(dating_lmp, 60),
            Mood::Unwell,
            tid!("cli-demo-morning-sickness-is"),
        ),
        (
            vec![Subject::Pregnancy(pregnancy)],
            days(dating_lmp, 131),
            Mood::Happy,
            tid!("cli-demo-felt-the-baby"),
        ),
        (
            vec![Subject::Child(child), Subject::Pregnancy(pregnancy)],
            days(dating_lmp, 160),
            Mood::Happy,
            tid!("cli-demo-hinata-said-good"),
        ),
        (
            vec![Subject::Pregnancy(pregnancy)],
            days(dating_lmp, 190),
            Mood::Tired,
            tid!("cli-demo-back-ache-getting"),
        ),
        (
            vec![Subject::Pregnancy(pregnancy)],
            days(dating_lmp, 197),
            Mood::Calm,
            tid!("cli-demo-started-exercises-to"),
        ),
    ];
    for (subjects, date, mood, id) in diary {
        if date > today {
            continue;
        }
        hb.add_diary(DiaryEntry {
            subjects,
            written_on: date,
            text: text(id),
            mood: Some(mood),
            photos: Vec::new(),
        })?;
    }

    Ok(DemoIds { child, pregnancy })
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::clock::FixedClock;

    #[test]
    fn the_family_passes_validation_on_awkward_days() {
        // Month ends, a leap day, New Year: the relative dates must always be valid.
        for today in [
            "2026-05-20",
            "2028-02-29",
            "2027-03-31",
            "2027-01-01",
            "2026-12-31",
        ] {
            for lang in [Lang::Ja, Lang::En] {
                let today: NaiveDate = today.parse().unwrap();
                let mut hb = Handbook::open_in_memory()
                    .unwrap()
                    .with_clock(FixedClock::on(today));
                let ids = build(&mut hb, lang)
                    .unwrap_or_else(|e| panic!("{today}: {}", e.message(Lang::En)));
                let home = hb.home(lang).unwrap();
                let p = home.pregnancy.expect("ongoing pregnancy");
                assert_eq!(p.gestational_age.to_string(), "28w3d", "{today}");
                assert_eq!(p.days_until_due, 81);
                assert_eq!(home.children.len(), 1);
                assert_eq!(home.children[0].age.years, 1);
                assert_eq!(
                    hb.vaccinations(Subject::Child(ids.child)).unwrap().len(),
                    14
                );
                assert_eq!(hb.growth(ids.child).unwrap().len(), 11);
            }
        }
    }
}
