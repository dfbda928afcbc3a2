//! The handbook's records: one type per section of the paper 母子健康手帳.
//!
//! These are plain values with no storage behind them. A record carries [`Meta`]
//! (UUID, timestamps, tombstone) so that sharing and two-parent merge can be
//! idempotent: a record is the same record on every phone because its UUID is.
//! Input to create a record is a separate `New…` type, validated by
//! [`validate`] before anything is written.

mod age;
mod checkup_kind;
pub mod choice;
pub mod gestation;
mod page;
mod position;
mod records;
mod sex;
pub mod validate;

pub use age::{Age, age_between, corrected_age};
pub use checkup_kind::InfantCheckup;
pub use choice::{Choice, UnknownChoice};
pub use gestation::GestationalAge;
pub use page::{Answer, FieldValue, PageEntry};
pub use position::LengthPosition;
pub use records::*;
pub use sex::{Sex, UnknownSex};
