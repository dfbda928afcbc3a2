use super::*;

#[test]
fn the_form_data_loads_and_every_form_builds_in_both_languages() {
    let ja = forms(Lang::Ja);
    let en = forms(Lang::En);
    assert_eq!(ja.len(), en.len());
    assert!(ja.len() >= 30, "{} forms", ja.len());
    for (j, e) in ja.iter().zip(&en) {
        assert_eq!(j.id, e.id);
        assert!(j.fields().count() > 0, "{} has no field", j.id);
        assert_eq!(j.fields().count(), e.fields().count());
    }
}

use crate::clock::FixedClock;
use crate::model::{Child, GestationalAge, MotherProfile, Pregnancy, Sex};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// A handbook with a mother, a pregnancy 20 weeks along and a child of 13 months.
fn family() -> (tempfile::TempDir, Handbook, Uuid, Uuid) {
    let dir = tempfile::tempdir().unwrap();
    let mut hb = Handbook::open(dir.path().join("h.sqlite3"))
        .unwrap()
        .with_clock(FixedClock::on(today()));
    hb.set_mother_profile(MotherProfile {
        name: "山田 花子".into(),
        ..Default::default()
    })
    .unwrap();
    let preg = hb
        .add_pregnancy(Pregnancy {
            lmp: Some(today() - chrono::Days::new(140)),
            fetuses: 1,
            ..Default::default()
        })
        .unwrap()
        .id();
    let child = hb
        .add_child(Child {
            name: "ひなた".into(),
            name_kana: None,
            sex: Sex::Female,
            birth_date: today() - chrono::Days::new(400),
            birth_order: 1,
            ga_at_birth: Some(GestationalAge::from_weeks_days(39, 0)),
            delivery_id: None,
            birth: Default::default(),
        })
        .unwrap()
        .id();
    (dir, hb, preg, child)
}

/// A valid value for a field, from its description alone (the middle of a range).
fn sample(field: &FormField) -> Option<FieldValue> {
    Some(match &field.input {
        FieldInput::YesNo => FieldValue::Yes,
        FieldInput::When => FieldValue::When { date: today() },
        FieldInput::Date => FieldValue::Date { date: today() },
        FieldInput::DateTime => FieldValue::DateTime {
            at: today().and_hms_opt(9, 30, 0).unwrap(),
        },
        FieldInput::Gestation => FieldValue::Gestation { weeks: 39, days: 0 },
        FieldInput::Number { min, max, step, .. } => {
            let mid = (min + max) / 2.0;
            FieldValue::Number {
                value: (mid / step).round() * step,
            }
        }
        FieldInput::Integer { min, max, .. } => FieldValue::Integer {
            value: (min + max) / 2,
        },
        FieldInput::Choice { options } => FieldValue::Choice {
            option: options[0].value.clone(),
        },
        FieldInput::Text { .. } => FieldValue::Text {
            text: "テスト".into(),
        },
        FieldInput::Photos { .. } => return None,
    })
}

/// The subject a form's record is about in the sample family.
fn subject_for(form: &Form, preg: Uuid, child: Uuid) -> Option<Subject> {
    match form.subject {
        SubjectKind::Child | SubjectKind::ChildOrPregnancy => Some(Subject::Child(child)),
        SubjectKind::Pregnancy => Some(Subject::Pregnancy(preg)),
        SubjectKind::Family => None,
    }
}

#[test]
fn every_data_and_checkup_page_can_be_filled_read_back_edited_and_deleted() {
    let (_dir, mut hb, preg, child) = family();
    let mut walked = 0;
    for form in forms(Lang::Ja).into_iter().filter(|f| {
        matches!(
            f.target,
            FormTarget::Page
                | FormTarget::Record {
                    kind: RecordKind::InfantCheckup
                }
        )
    }) {
        let subject = subject_for(&form, preg, child);
        let values: Vec<Answer> = form
            .fields()
            .filter_map(|f| Some(Answer::new(f.id.clone(), sample(f)?)))
            .collect();
        let input = FormInput {
            form: form.id.clone(),
            subject,
            record: None,
            force: false,
            values: values.clone(),
        };
        assert_eq!(
            hb.form_check(&input, Lang::Ja).unwrap(),
            vec![],
            "{}",
            form.id
        );
        let saved = hb.form_submit(input, Lang::Ja).unwrap();
        let back = hb.form_read(&form.id, saved.id, Lang::Ja).unwrap();
        for v in &values {
            assert!(
                back.values.contains(v),
                "{}: {} not read back",
                form.id,
                v.field
            );
        }
        let lines = hb.form_records(&form.id, subject, Lang::Ja).unwrap();
        assert!(lines.iter().any(|l| l.id == saved.id), "{}", form.id);
        hb.form_delete(&form.id, saved.id).unwrap();
        assert!(hb.form_read(&form.id, saved.id, Lang::Ja).is_err());
        walked += form.fields().count();
    }
    assert!(walked > 500, "{walked} fields walked");
}

#[test]
fn a_value_outside_a_field_is_refused_naming_the_field() {
    let (_dir, hb, _preg, child) = family();
    let form = form("hearing_screen", Lang::En).unwrap();
    let mut input = FormInput {
        form: form.id.clone(),
        subject: Some(Subject::Child(child)),
        record: None,
        force: false,
        values: vec![
            Answer::new("date", FieldValue::Date { date: today() }),
            Answer::new(
                "right_ear",
                FieldValue::Choice {
                    option: "maybe".into(),
                },
            ),
        ],
    };
    let problems = hb.form_check(&input, Lang::Ja).unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field.as_deref(), Some("right_ear"));
    assert!(
        problems[0].message.contains("パス"),
        "{}",
        problems[0].message
    );
    input.values[1] = Answer::new("no_such_question", FieldValue::Yes);
    let problems = hb.form_check(&input, Lang::En).unwrap();
    assert_eq!(problems[0].field.as_deref(), Some("no_such_question"));
    // A record's own rule lands on its field too: a date before the birth.
    input.values = vec![Answer::new(
        "date",
        FieldValue::Date {
            date: today() - chrono::Days::new(1000),
        },
    )];
    let problems = hb.form_check(&input, Lang::En).unwrap();
    assert_eq!(problems[0].field.as_deref(), Some("date"), "{problems:?}");
}

#[test]
fn a_stool_colour_of_one_to_three_raises_the_contact_the_doctor_alert() {
    let (_dir, mut hb, _preg, child) = family();
    let submit = |hb: &mut Handbook, n: i64| {
        hb.form_submit(
            FormInput {
                form: "stool_color".into(),
                subject: Some(Subject::Child(child)),
                record: None,
                // Checked again the same day: the family confirms.
                force: true,
                values: vec![
                    Answer::new("date", FieldValue::Date { date: today() }),
                    Answer::new("color_number", FieldValue::Integer { value: n }),
                ],
            },
            Lang::Ja,
        )
    };
    let alerts = submit(&mut hb, 2).unwrap().alerts;
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].kind, AlertKind::ContactDoctorNow);
    assert!(alerts[0].message.contains("1日も早く"));
    assert!(submit(&mut hb, 5).unwrap().alerts.is_empty());
    assert!(submit(&mut hb, 8).is_err());
}

#[test]
fn a_typed_record_round_trips_through_its_form() {
    let (_dir, mut hb, _preg, child) = family();
    let values = vec![
        Answer::new("measured_on", FieldValue::Date { date: today() }),
        Answer::new("weight_kg", FieldValue::Number { value: 9.4 }),
        Answer::new("length_cm", FieldValue::Number { value: 76.5 }),
        Answer::new(
            "position",
            FieldValue::Choice {
                option: "recumbent".into(),
            },
        ),
    ];
    let saved = hb
        .form_submit(
            FormInput {
                form: "growth".into(),
                subject: Some(Subject::Child(child)),
                record: None,
                force: false,
                values: values.clone(),
            },
            Lang::Ja,
        )
        .unwrap();
    let stored = hb.growth_measurement(saved.id).unwrap();
    assert_eq!(stored.data.weight_kg, Some(9.4));
    let back = hb.form_read("growth", saved.id, Lang::Ja).unwrap();
    for v in &values {
        assert!(back.values.contains(v), "{v:?}");
    }
    // An edit that leaves out the length clears it, and keeps the child.
    hb.form_submit(
        FormInput {
            form: "growth".into(),
            subject: None,
            record: Some(saved.id),
            force: false,
            values: values[..2].to_vec(),
        },
        Lang::Ja,
    )
    .unwrap();
    let edited = hb.growth_measurement(saved.id).unwrap();
    assert_eq!(edited.data.length_cm, None);
    assert_eq!(edited.data.child_id, child);
    // A weight impossible for a child of 13 months lands on the weight field.
    let problems = hb
        .form_check(
            &FormInput {
                form: "growth".into(),
                subject: Some(Subject::Child(child)),
                record: None,
                force: false,
                values: vec![
                    Answer::new("measured_on", FieldValue::Date { date: today() }),
                    Answer::new("weight_kg", FieldValue::Number { value: 80.0 }),
                ],
            },
            Lang::Ja,
        )
        .unwrap();
    assert_eq!(
        problems[0].field.as_deref(),
        Some("weight_kg"),
        "{problems:?}"
    );
}

#[test]
fn checkup_answers_are_kept_by_id_and_an_id_not_on_the_page_is_refused() {
    let (_dir, mut hb, _preg, child) = family();
    let saved = hb
        .form_submit(
            FormInput {
                form: "checkup_3_4m".into(),
                subject: Some(Subject::Child(child)),
                record: None,
                force: false,
                values: vec![
                    Answer::new("date", FieldValue::Date { date: today() }),
                    Answer::new(
                        "neck_steady",
                        FieldValue::When {
                            date: today() - chrono::Days::new(10),
                        },
                    ),
                ],
            },
            Lang::Ja,
        )
        .unwrap();
    let r = hb.infant_checkup(saved.id).unwrap();
    assert_eq!(r.data.checkup, InfantCheckup::M3to4);
    assert_eq!(r.data.answers.len(), 1);
    assert_eq!(r.data.answers[0].field, "neck_steady");
    // The 1-month page has no such question.
    let mut on_1m = r.data.clone();
    on_1m.checkup = InfantCheckup::M1;
    let e = hb.add_infant_checkup(on_1m).unwrap_err();
    assert!(matches!(
        e,
        HandbookError::Invalid(ValidationError::Answer { ref field, .. }) if field == "neck_steady"
    ));
}

#[test]
fn legacy_checkup_answers_are_matched_to_the_page_or_kept_in_the_notes() {
    let mut notes = None;
    let answers = read_checkup_answers(
        InfantCheckup::M3to4,
        r#"[{"question":"首がすわったのはいつですか","answer":"since","date":"2026-03-01"},
            {"question":"好きな歌","answer":"yes"}]"#,
        &mut notes,
    )
    .unwrap();
    assert_eq!(
        answers,
        vec![Answer::new(
            "neck_steady",
            FieldValue::When {
                date: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
            }
        )]
    );
    assert_eq!(notes.as_deref(), Some("好きな歌: はい"));
}

#[test]
fn a_delivery_of_twins_creates_both_children_and_a_duplicate_needs_force() {
    let (_dir, mut hb, _preg, _child) = family();
    let twins = hb
        .add_pregnancy(Pregnancy {
            lmp: Some(today() - chrono::Days::new(260)),
            fetuses: 2,
            ..Default::default()
        })
        .unwrap()
        .id();
    let subject = Some(Subject::Pregnancy(twins));
    let form = hb.form_for("delivery", subject, None, Lang::Ja).unwrap();
    assert!(form.field("baby2_name").is_some());
    let mut values = vec![
        Answer::new("ga_at_birth", FieldValue::Gestation { weeks: 37, days: 1 }),
        Answer::new(
            "delivered_at",
            FieldValue::DateTime {
                at: today().and_hms_opt(4, 10, 0).unwrap(),
            },
        ),
        Answer::new(
            "method",
            FieldValue::Choice {
                option: "caesarean".into(),
            },
        ),
    ];
    for (n, name) in [(1, "あお"), (2, "そら")] {
        values.push(Answer::new(
            format!("baby{n}_name"),
            FieldValue::Text { text: name.into() },
        ));
        values.push(Answer::new(
            format!("baby{n}_sex"),
            FieldValue::Choice {
                option: "male".into(),
            },
        ));
        values.push(Answer::new(
            format!("baby{n}_weight_kg"),
            FieldValue::Number { value: 2.41 },
        ));
    }
    let input = FormInput {
        form: "delivery".into(),
        subject,
        record: None,
        values,
        force: false,
    };
    assert_eq!(hb.form_check(&input, Lang::Ja).unwrap(), vec![]);
    hb.form_submit(input, Lang::Ja).unwrap();
    let names: Vec<String> = hb
        .children()
        .unwrap()
        .into_iter()
        .map(|c| c.data.name)
        .collect();
    assert!(names.contains(&"あお".to_string()) && names.contains(&"そら".to_string()));

    // The same weighing twice on a day is refused until the family confirms.
    let child = hb.children().unwrap()[0].id();
    let weigh = |force| FormInput {
        form: "growth".into(),
        subject: Some(Subject::Child(child)),
        record: None,
        values: vec![
            Answer::new("measured_on", FieldValue::Date { date: today() }),
            Answer::new("weight_kg", FieldValue::Number { value: 2.5 }),
        ],
        force,
    };
    hb.form_submit(weigh(false), Lang::Ja).unwrap();
    let e = hb.form_submit(weigh(false), Lang::Ja).unwrap_err();
    assert_eq!(e.kind(), crate::ErrorKind::LikelyDuplicate);
    hb.form_submit(weigh(true), Lang::Ja).unwrap();
    // So is a second hearing screen of the same child (one per child).
    let hear = |force| FormInput {
        form: "hearing_screen".into(),
        subject: Some(Subject::Child(child)),
        record: None,
        values: vec![Answer::new("date", FieldValue::Date { date: today() })],
        force,
    };
    hb.form_submit(hear(false), Lang::Ja).unwrap();
    assert!(hb.form_submit(hear(false), Lang::Ja).is_err());
    hb.form_submit(hear(true), Lang::Ja).unwrap();
}

#[test]
fn an_epds_at_the_threshold_offers_the_desk_at_the_top_of_home_and_a_stool_alert_leads() {
    let (_dir, mut hb, preg, child) = family();
    let epds = |hb: &mut Handbook, total: i64| {
        hb.form_submit(
            FormInput {
                form: "postpartum_checkup".into(),
                subject: Some(Subject::Pregnancy(preg)),
                record: None,
                values: vec![
                    Answer::new("date", FieldValue::Date { date: today() }),
                    Answer::new("epds_total", FieldValue::Integer { value: total }),
                ],
                force: true,
            },
            Lang::Ja,
        )
        .unwrap()
    };
    // 8: under the threshold; nothing at the top of home.
    assert!(epds(&mut hb, 8).alerts.is_empty());
    assert!(hb.home(Lang::Ja).unwrap().worries.is_empty());
    // 9 or more: a gentle suggestion, with the desk (none configured: the words name
    // the city's こども家庭センター).
    let saved = epds(&mut hb, 12);
    assert_eq!(saved.alerts[0].kind, AlertKind::TalkToDesk);
    let worries = hb.home(Lang::Ja).unwrap().worries;
    assert_eq!(worries.len(), 1);
    assert!(
        worries[0].message.contains("こども家庭センター"),
        "{}",
        worries[0].message
    );
    assert!(!worries[0].message.contains("病気です"));
    // A stool colour of 2 comes first.
    hb.form_submit(
        FormInput {
            form: "stool_color".into(),
            subject: Some(Subject::Child(child)),
            record: None,
            values: vec![
                Answer::new("date", FieldValue::Date { date: today() }),
                Answer::new("color_number", FieldValue::Integer { value: 2 }),
            ],
            force: false,
        },
        Lang::En,
    )
    .unwrap();
    let worries = hb.home(Lang::En).unwrap().worries;
    assert_eq!(worries.len(), 2);
    assert!(matches!(
        worries[0].kind,
        crate::store::WorryKind::PageAlert {
            alert: AlertKind::ContactDoctorNow,
            ..
        }
    ));
    assert!(worries[0].message.contains("paediatrician"));
}

#[test]
fn the_delivery_page_round_trips_every_printed_row_through_its_form() {
    let (_dir, mut hb, _preg, _child) = family();
    let preg = hb
        .add_pregnancy(Pregnancy {
            lmp: Some(today() - chrono::Days::new(275)),
            fetuses: 1,
            ..Default::default()
        })
        .unwrap()
        .id();
    let subject = Some(Subject::Pregnancy(preg));
    let form = hb.form_for("delivery", subject, None, Lang::Ja).unwrap();
    // The printed rows, in the printed order (the family's メモ last).
    let ids: Vec<&str> = form.fields().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ga_at_birth",
            "delivered_at",
            "presentation",
            "presentation_other",
            "course_notes",
            "method",
            "labor_minutes",
            "blood_loss_grade",
            "blood_loss_ml",
            "transfusion",
            "transfusion_detail",
            "baby1_name",
            "baby1_sex",
            "baby1_weight_kg",
            "baby1_length_cm",
            "baby1_head_cm",
            "baby1_chest_cm",
            "baby1_findings",
            "baby1_apgar_1min",
            "baby1_apgar_5min",
            "certificate",
            "place",
            "attendant",
            "midwife",
            "other_attendant",
            "notes",
        ]
    );
    let labels = |id: &str| -> Vec<String> {
        match &form.field(id).unwrap().input {
            FieldInput::Choice { options } => options.iter().map(|o| o.label.clone()).collect(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(labels("presentation"), ["頭位", "骨盤位", "その他"]);
    assert_eq!(labels("blood_loss_grade"), ["少量", "中量", "多量"]);
    assert_eq!(labels("transfusion"), ["無", "有"]);
    assert_eq!(
        labels("certificate"),
        [
            "出生証明書",
            "死産証書（死胎検案書）",
            "出生証明書及び死亡診断書"
        ]
    );
    assert_eq!(
        form.field("attendant").unwrap().label,
        "分娩取扱者氏名　医師"
    );

    let choice = |o: &str| FieldValue::Choice { option: o.into() };
    let text = |t: &str| FieldValue::Text { text: t.into() };
    let values = vec![
        Answer::new("ga_at_birth", FieldValue::Gestation { weeks: 39, days: 2 }),
        Answer::new(
            "delivered_at",
            FieldValue::DateTime {
                at: today().and_hms_opt(15, 5, 0).unwrap(),
            },
        ),
        Answer::new("presentation", choice("other")),
        Answer::new("presentation_other", text("横位")),
        Answer::new("course_notes", text("陣痛促進")),
        Answer::new("method", choice("caesarean")),
        Answer::new("labor_minutes", FieldValue::Integer { value: 750 }),
        Answer::new("blood_loss_grade", choice("moderate")),
        Answer::new("blood_loss_ml", FieldValue::Integer { value: 640 }),
        Answer::new("transfusion", choice("yes")),
        Answer::new("transfusion_detail", text("赤血球液")),
        Answer::new("baby1_name", text("あお")),
        Answer::new("baby1_sex", choice("male")),
        Answer::new("baby1_findings", text("一過性多呼吸、酸素投与")),
        Answer::new("certificate", choice("birth")),
        Answer::new("place", text("市民病院")),
        Answer::new("attendant", text("山田")),
        Answer::new("midwife", text("佐藤")),
        Answer::new("other_attendant", text("鈴木")),
    ];
    let input = FormInput {
        form: "delivery".into(),
        subject,
        record: None,
        values: values.clone(),
        force: false,
    };
    assert_eq!(hb.form_check(&input, Lang::Ja).unwrap(), vec![]);
    let saved = hb.form_submit(input, Lang::Ja).unwrap();
    let stored = hb.delivery(saved.id).unwrap().data;
    assert_eq!(stored.presentation, Some(crate::model::Presentation::Other));
    assert_eq!(stored.labor_minutes, Some(750));
    assert_eq!(
        stored.certificate,
        Some(crate::model::BirthCertificate::Birth)
    );
    assert_eq!(stored.midwife.as_deref(), Some("佐藤"));
    let back = hb.form_read("delivery", saved.id, Lang::Ja).unwrap();
    for v in values.iter().filter(|v| !v.field.starts_with("baby1_")) {
        assert!(back.values.contains(v), "{} not read back", v.field);
    }
    // The baby's 特別な所見・処置 is the child's, and its own page shows it.
    let child = hb
        .children()
        .unwrap()
        .into_iter()
        .find(|c| c.data.delivery_id == Some(saved.id))
        .unwrap();
    let page = hb.form_read("child", child.id(), Lang::Ja).unwrap();
    assert!(
        page.values.contains(&Answer::new(
            "birth_findings",
            text("一過性多呼吸、酸素投与")
        )),
        "{:?}",
        page.values
    );
    // A transfusion detail without 有 lands on its field.
    let mut wrong = values.clone();
    wrong.retain(|a| a.field != "transfusion");
    wrong.push(Answer::new("transfusion", choice("no")));
    let problems = hb
        .form_check(
            &FormInput {
                form: "delivery".into(),
                subject,
                record: None,
                values: wrong,
                force: false,
            },
            Lang::Ja,
        )
        .unwrap();
    assert_eq!(
        problems[0].field.as_deref(),
        Some("transfusion_detail"),
        "{problems:?}"
    );
    assert!(problems[0].message.contains("有"), "{problems:?}");
}

#[test]
fn typed_text_is_read_as_a_japanese_keyboard_and_a_number_pad_give_it() {
    let growth = form("growth", Lang::Ja).unwrap();
    let weight = growth.field("weight_kg").unwrap();
    for (typed, value) in [
        ("９．４ｋｇ", 9.4),
        ("9.4 kg", 9.4),
        ("3,5", 3.5),
        ("３，５", 3.5),
    ] {
        assert_eq!(
            parse_value(weight, typed),
            Ok(FieldValue::Number { value }),
            "{typed}"
        );
    }
    let delivery = form("delivery", Lang::Ja).unwrap();
    let loss = delivery.field("blood_loss_ml").unwrap();
    assert_eq!(
        parse_value(loss, "1,200"),
        Ok(FieldValue::Integer { value: 1200 })
    );
    assert!(parse_value(weight, "－１").is_err());
    let hearing = form("hearing_screen", Lang::Ja).unwrap();
    assert_eq!(
        parse_value(hearing.field("right_ear").unwrap(), "リファー"),
        Ok(FieldValue::Choice {
            option: "refer".into()
        })
    );
    // An option printed in full-width letters, typed either way.
    for typed in ["自動ＡＢＲ", "自動ABR"] {
        assert_eq!(
            parse_value(hearing.field("method").unwrap(), typed),
            Ok(FieldValue::Choice {
                option: "automated_abr".into()
            }),
            "{typed}"
        );
    }
    // Free text stays as typed.
    let child = form("child", Lang::Ja).unwrap();
    assert_eq!(
        parse_value(child.field("name").unwrap(), "ＡＹＡ　さくら"),
        Ok(FieldValue::Text {
            text: "ＡＹＡ　さくら".into()
        })
    );
}

#[test]
fn a_recorded_delivery_reads_back_and_saves_again_as_it_was() {
    let (_dir, mut hb, preg, _child) = family();
    let subject = Some(Subject::Pregnancy(preg));
    let saved = hb
        .form_submit(
            FormInput {
                form: "delivery".into(),
                subject,
                record: None,
                values: vec![
                    Answer::new("ga_at_birth", FieldValue::Gestation { weeks: 39, days: 0 }),
                    Answer::new(
                        "delivered_at",
                        FieldValue::DateTime {
                            at: today().and_hms_opt(1, 0, 0).unwrap(),
                        },
                    ),
                    Answer::new(
                        "method",
                        FieldValue::Choice {
                            option: "vaginal".into(),
                        },
                    ),
                    Answer::new(
                        "baby1_name",
                        FieldValue::Text {
                            text: "みお".into(),
                        },
                    ),
                    Answer::new(
                        "baby1_sex",
                        FieldValue::Choice {
                            option: "female".into(),
                        },
                    ),
                ],
                force: false,
            },
            Lang::Ja,
        )
        .unwrap();
    let read = hb.form_read("delivery", saved.id, Lang::Ja).unwrap();
    assert!(read.form.field("baby1_name").is_none());
    let again = FormInput {
        form: "delivery".into(),
        subject: read.subject,
        record: Some(saved.id),
        values: read.values,
        force: false,
    };
    assert_eq!(hb.form_check(&again, Lang::Ja).unwrap(), vec![]);
    hb.form_submit(again, Lang::Ja).unwrap();
}

#[test]
fn a_diary_entry_without_photos_saves_through_its_form() {
    let (_dir, mut hb, _preg, child) = family();
    let saved = hb
        .form_submit(
            FormInput {
                form: "diary".into(),
                subject: Some(Subject::Child(child)),
                record: None,
                values: vec![
                    Answer::new("written_on", FieldValue::Date { date: today() }),
                    Answer::new(
                        "text",
                        FieldValue::Text {
                            text: "はじめて笑った".into(),
                        },
                    ),
                ],
                force: false,
            },
            Lang::Ja,
        )
        .unwrap();
    assert!(hb.diary_entry(saved.id).unwrap().data.photos.is_empty());
}

#[test]
fn weeks_of_pregnancy_out_of_range_say_weeks_in_english_and_週_in_japanese() {
    let field = FormField {
        id: "ga_at_birth".into(),
        label: "GA".into(),
        help: None,
        input: FieldInput::Gestation,
        required: false,
        alert: None,
    };
    let problem = check_value(&field, &FieldValue::Gestation { weeks: 50, days: 0 }).unwrap_err();
    let en = problem.message("Gestational age", Lang::En);
    assert!(!en.contains('週'), "{en}");
    assert!(en.contains("between 12 and 45 weeks"), "{en}");
    assert!(problem.message("在胎週数", Lang::Ja).contains("12〜45週"));
}

#[test]
fn values_read_as_a_person_reads_them_in_each_language() {
    let field = FormField {
        id: "photos".into(),
        label: "写真".into(),
        help: None,
        input: FieldInput::Photos { max: 20 },
        required: false,
        alert: None,
    };
    let one = FieldValue::Photos {
        refs: vec!["a.jpg".into()],
    };
    assert_eq!(display_value(&field, &one, Lang::En), "1 photo");
    assert_eq!(display_value(&field, &one, Lang::Ja), "写真1枚");
    let date: NaiveDate = "2025-03-01".parse().unwrap();
    assert_eq!(date_text(date, Lang::Ja), "2025年3月1日");
    assert_eq!(date_text(date, Lang::En), "2025-03-01");
}

/// The `form-…` messages of a catalog, each with its attributes.
fn form_messages(lang: Lang) -> std::collections::BTreeMap<String, Vec<String>> {
    let resource = fluent_syntax::parser::parse(lang.catalog())
        .unwrap_or_else(|(_, e)| panic!("{lang:?} catalog: {e:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) if m.id.name.starts_with("form-") => Some((
                m.id.name.to_string(),
                m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
            )),
            _ => None,
        })
        .collect()
}

/// Why the catalog test lets `form-…` messages be: the definitions name them by their
/// ids (computed, not literals), and here every definition is walked. Every shipped
/// catalog has each page's title, each field's label and each option, agrees with the
/// others on the optional ones (a section's title, a field's help and unit), and keeps
/// no `form-…` message nor attribute that no definition names.
#[test]
fn the_catalogs_have_exactly_the_form_messages_the_definitions_name() {
    use std::collections::{BTreeMap, BTreeSet};
    // Every name a definition can give: id → (required, attributes it may have).
    let mut names: BTreeMap<String, (bool, &[&str])> = BTreeMap::new();
    for page in &data::pages().pages {
        names.insert(page.text_id.clone(), (true, &[]));
        for section in &page.section {
            names.insert(section.text_id.clone(), (false, &[]));
            for field in &section.field {
                let attrs: &[&str] = if matches!(field.kind.as_str(), "number" | "integer") {
                    &["help", "unit"]
                } else {
                    &["help"]
                };
                names.insert(field.text_id.clone(), (true, attrs));
                for o in &field.options {
                    names.insert(data::option_text_id(field, o), (true, &[]));
                }
            }
        }
    }
    let catalogs: Vec<(Lang, BTreeMap<String, Vec<String>>)> = Lang::SHIPPED
        .iter()
        .map(|l| (*l, form_messages(*l)))
        .collect();
    for (lang, messages) in &catalogs {
        for (id, (required, _)) in &names {
            assert!(
                !required || messages.contains_key(id),
                "{lang:?} catalog has no {id}"
            );
        }
        for (id, attrs) in messages {
            let Some((_, allowed)) = names.get(id) else {
                panic!("{lang:?} catalog has {id}, which no form definition names");
            };
            for a in attrs {
                assert!(
                    allowed.contains(&a.as_str()),
                    "{lang:?}: {id}.{a} is not read"
                );
            }
        }
    }
    // The optional ones: the same in every catalog.
    let with_attrs = |m: &BTreeMap<String, Vec<String>>| -> BTreeSet<String> {
        m.iter()
            .flat_map(|(id, attrs)| {
                std::iter::once(id.clone()).chain(attrs.iter().map(move |a| format!("{id}.{a}")))
            })
            .collect()
    };
    let (first, messages) = &catalogs[0];
    for (lang, other) in &catalogs[1..] {
        assert_eq!(
            with_attrs(messages),
            with_attrs(other),
            "{first:?} and {lang:?} differ in form-… messages"
        );
    }
    // Every shipped language's forms show those words: no id shown for a missing one.
    for lang in Lang::SHIPPED {
        for form in forms(lang) {
            assert!(!form.title.starts_with("form-"), "{lang:?} {}", form.id);
            for s in &form.sections {
                for f in &s.fields {
                    assert!(!f.label.starts_with("form-"), "{lang:?} {}", f.id);
                }
            }
        }
    }
}

#[test]
fn a_form_definition_whose_word_a_catalog_lacks_does_not_load_and_names_it() {
    let without = |lang: Lang, missing: &'static str| {
        move |l: Lang, id: &str| !(l == lang && id == missing) && crate::text::has(l, id)
    };
    let err = |has: &dyn Fn(Lang, &str) -> bool| data::load(data::FILES, has).err();
    // A label, a title, an option: each required in every language.
    for (lang, id) in [
        (Lang::En, "form-growth--weight_kg"),
        (Lang::Ja, "form-growth"),
        (Lang::En, "form-newborn_early--jaundice_1--strong"),
    ] {
        let e = err(&without(lang, id)).unwrap_or_else(|| panic!("{id} missing in {lang:?} loads"));
        assert!(e.contains(id) && e.contains(lang.code()), "{e}");
    }
    // An optional one (help, unit, a section's title) in one catalog but not another.
    for id in [
        "form-mother_profile--blood_type.help",
        "form-growth--weight_kg.unit",
        "form-newborn_early--section-early",
    ] {
        let e = err(&without(Lang::En, id)).unwrap_or_else(|| panic!("{id} in ja only loads"));
        assert!(e.contains(id), "{e}");
    }
    // The data as shipped loads.
    assert!(err(&crate::text::has).is_none());
    // An option value that cannot be part of a message id.
    let bad = r#"
schema = 1
[[source]]
id = "s"
title = "S"
[[page]]
id = "p"
part = "child"
subject = "child"
order = 1
source = "s"
[[page.section]]
id = "a"
who = "guardian"
[[page.section.field]]
id = "f"
type = "choice"
options = ["ok", "not-ok"]
"#;
    let e = data::load(&[("bad.toml", bad)], &|_, _| true)
        .err()
        .unwrap();
    assert!(e.contains("not-ok"), "{e}");
}
