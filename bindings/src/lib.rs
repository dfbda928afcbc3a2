//! The Hagukumi FFI: the core behind a small, coarse-grained API for the Kotlin
//! (Android) and Swift (iOS) shells, generated with uniffi (proc-macros, library mode).
//!
//! - [`handbook`]: the `Handbook` object: open/close, one call per screen, one call per
//!   user action, a batch insert; why the calls block (and the shells run them off the
//!   UI thread).
//! - [`records`]: the record kinds, as entered (`Child`) and as stored (`ChildRecord`).
//! - [`screens`]: what each screen renders (home, timeline, child and pregnancy cards,
//!   growth charts).
//! - [`kinds`]: enums mirrored from the core (sex, record kinds, vaccines, …).
//! - [`error`]: the one error type, with the message in English and Japanese, and the
//!   panic guard every entry point runs in.
//! - [`export`]: a child's records for others: the FHIR R4 Bundle and the printable
//!   HTML summary.
//! - [`feed`]: the city information feed: the "for you" list with reasons, read and
//!   bookmark marks, the sync (blocking, on a library-owned tokio runtime).
//! - [`share`]: family sharing (shares, imports, read-only family views) and
//!   encrypted backups, by file path, with progress.
//! - [`city`]: the city the handbook follows, moving to another, the archive of the
//!   old cities' notices.
//! - [`convert`]: ISO text ↔ dates and ids at the boundary.
//!
//! The generated Kotlin lives in package `org.hagukumi.ffi`, the Swift in module
//! `Hagukumi` over the C module `HagukumiFFI` (see `uniffi.toml`); neither is committed:
//! `scripts/bindings.sh` regenerates both from the built library on every run.

pub mod city;
pub mod convert;
pub mod error;
pub mod export;
pub mod feed;
pub mod handbook;
pub mod kinds;
pub mod photos;
pub mod records;
pub mod schedule;
pub mod screens;
pub mod share;

#[cfg(test)]
mod tests;

pub use error::HandbookError;
pub use handbook::{Handbook, OpenOptions};

uniffi::setup_scaffolding!();
