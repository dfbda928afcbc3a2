//! The Hagukumi handbook core: everything the app knows and decides, behind a small
//! API that the Kotlin and Swift shells and the `hagukumi` CLI call.
//!
//! - [`model`]: the records of the 母子健康手帳 and their validation.
//! - [`store`]: the offline SQLite file ([`Handbook`]), migrations, the timeline and
//!   the screen summaries.
//! - [`photos`]: diary photos: import, upright and metadata-free copies, thumbnails,
//!   files named by content, check and repair.
//! - [`schedule`]: the Japanese vaccination schedule and checkup ages, as data.
//! - [`feed`]: the city information feed: format, signatures, sync, targeting.
//! - [`bundle`]: end-to-end encrypted share and backup files (the container).
//! - [`share`]: sharing with family (merges, read-only views) and backups.
//! - [`export`]: a child's records for others: a FHIR R4 Bundle, a printable HTML
//!   summary.
//! - [`text`]: every sentence people read, from one catalog per language
//!   (`core/data/text/<lang>.ftl`), formatted with Project Fluent.
//! - [`clock`]: "today" in Japan, injectable for tests.
//! - [`error`]: typed errors with messages a parent understands, in English and
//!   Japanese; [`problem`]: the one [`ErrorKind`] list and the [`Problem`] trait every
//!   error answers through (kind, message, can the user fix it).

pub mod bundle;
pub mod clock;
pub mod error;
pub mod export;
pub mod feed;
#[cfg(feature = "uniffi")]
pub mod foreign;
pub mod forms;
pub mod growth;
pub mod lang;
pub mod model;
pub mod photos;
pub mod problem;
pub mod schedule;
pub mod share;
pub mod store;
pub mod text;

pub use bundle::BundleError;
pub use error::{HandbookError, Result, ValidationError};
pub use lang::Lang;
pub use photos::PhotoError;
pub use problem::{ErrorKind, Problem};
pub use store::Handbook;

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("hagukumi_core");
