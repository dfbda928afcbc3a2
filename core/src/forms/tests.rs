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
