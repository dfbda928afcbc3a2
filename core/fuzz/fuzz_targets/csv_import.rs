//! Bytes from staff's files: encoding detection and the three open-data importers,
//! and the RSS/Atom importer. Errors are fine; panics are not.
#![no_main]

use hagukumi_core::feed::{news, opendata};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = opendata::events(data);
    let _ = opendata::childcare_facilities(data);
    let _ = opendata::medical_institutions(data);
    let _ = news::notices(data);
});
