//! The Hagukumi FFI: the core behind a small, coarse-grained API for the Kotlin
//! (Android) and Swift (iOS) shells, generated with uniffi (proc-macros, library mode).
//!
//! - [`handbook`]: the `Handbook` object: open/close, one call per screen, one call per
//!   user action, a batch insert; why the calls block (and the shells run them off the
//!   UI thread).
//! - The records, screens and errors are the core's own types (`hagukumi_core::model`,
//!   `store`, `foreign`), which derive uniffi's traits behind the core's `uniffi`
//!   feature: a record kind is defined once, in the core.
//! - [`growth`]: growth charts and plausibility warnings.
//! - [`error`]: the panic guard every entry point runs in (the error type is the
//!   core's `foreign::HandbookError`).
//! - [`export`]: a child's records for others: the FHIR R4 Bundle and the printable
//!   HTML summary.
//! - [`feed`]: the city information feed: the "for you" list with reasons, read and
//!   bookmark marks, the sync (blocking, on a library-owned tokio runtime).
//! - [`share`]: family sharing (shares, imports, read-only family views) and
//!   encrypted backups, by file path, with progress.
//! - [`text`]: the core's catalogs for sentences the apps' shared modules compose.
//! - [`city`]: the city the handbook follows, moving to another, the archive of the
//!   old cities' notices.
//!
//! The generated Kotlin lives in package `org.hagukumi.ffi`, the Swift in module
//! `Hagukumi` over the C module `HagukumiFFI` (see `uniffi.toml`); neither is committed:
//! `scripts/bindings.sh` regenerates both from the built library on every run.

pub mod city;
pub mod error;
pub mod export;
pub mod feed;
pub mod forms;
pub mod growth;
pub mod handbook;
pub mod photos;
pub mod schedule;
pub mod share;
pub mod text;

#[cfg(test)]
mod tests;

pub use error::HandbookError;
pub use handbook::{Handbook, OpenOptions};

uniffi::setup_scaffolding!();

// The core's types whose FFI traits are implemented for the core's tag only (types of
// other crates: dates, ids, timestamps; and the instantiations of the generic
// `Record<T>`), made usable in this crate's exports.
use chrono::{NaiveDate, NaiveDateTime};
use hagukumi_core::foreign::{
    ChildRecord, DeliveryRecord, DentalRecord, DiaryRecord, GrowthRecord, InfantCheckupRecord,
    MotherProfileRecord, PageRecord, PregnancyRecord, PrenatalCheckupRecord, RecordId, Timestamp,
    VaccinationRecord,
};
use std::path::PathBuf;
uniffi::use_remote_type!(hagukumi_core::NaiveDate);
uniffi::use_remote_type!(hagukumi_core::NaiveDateTime);
uniffi::use_remote_type!(hagukumi_core::RecordId);
uniffi::use_remote_type!(hagukumi_core::PathBuf);
uniffi::use_remote_type!(hagukumi_core::Timestamp);
uniffi::use_remote_type!(hagukumi_core::MotherProfileRecord);
uniffi::use_remote_type!(hagukumi_core::PregnancyRecord);
uniffi::use_remote_type!(hagukumi_core::PrenatalCheckupRecord);
uniffi::use_remote_type!(hagukumi_core::DeliveryRecord);
uniffi::use_remote_type!(hagukumi_core::ChildRecord);
uniffi::use_remote_type!(hagukumi_core::GrowthRecord);
uniffi::use_remote_type!(hagukumi_core::InfantCheckupRecord);
uniffi::use_remote_type!(hagukumi_core::VaccinationRecord);
uniffi::use_remote_type!(hagukumi_core::DentalRecord);
uniffi::use_remote_type!(hagukumi_core::DiaryRecord);
uniffi::use_remote_type!(hagukumi_core::PageRecord);
