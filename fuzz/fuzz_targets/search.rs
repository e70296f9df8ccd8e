//! Whatever is typed or scanned into the front desk's search box: it is read
//! as one kind of search or refused with a message, never a panic, and a name
//! search holds at most two folded prefixes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passdesk_domain::visit::{parse_search, ArrivalSearch};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(ArrivalSearch::Name { prefixes, .. }) = parse_search(text) {
        assert!(!prefixes.is_empty() && prefixes.len() <= 2);
        assert!(prefixes.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric())));
    }
});
