//! Shared helpers of the end-to-end tests.

use chrono::NaiveDate;
use hagukumi_core::model::{BirthMeasurements, Child, Sex};

/// A child record as the tests add it.
pub fn sample_child(name: &str, birth: NaiveDate) -> Child {
    Child {
        name: name.to_string(),
        name_kana: None,
        sex: Sex::Female,
        birth_date: birth,
        birth_order: 1,
        ga_at_birth: None,
        delivery_id: None,
        birth: BirthMeasurements::default(),
    }
}
