//! Bytes from the network: the envelope, then (as if its signature verified) the feed
//! document. Neither may panic, hang or allocate without bound on any input.
#![no_main]

use hagukumi_core::feed::{SecretKey, format, signature};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let key = SecretKey::from_seed([7; 32]);
    let _ = signature::open(data, &[key.public_key()]);
    // What `feed serve` does with any file it serves (the ETag of its payload).
    if let Some(payload) = signature::unverified_payload(data) {
        let _ = hagukumi_core::feed::sync::content_etag(&payload);
    }
    if let Ok(feed) = format::parse_feed(data) {
        // Whatever parses must serialise and parse back to the same feed.
        let again = format::parse_feed(&feed.to_json()).expect("a parsed feed re-parses");
        assert_eq!(again, feed);
    }
});
