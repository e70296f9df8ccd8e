//! Any bytes a document reader might type: the MRZ parser returns a zone or a
//! refusal, never panics, and a zone it returns is consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    if let Ok(zone) = passdesk_domain::mrz::parse(text, today) {
        assert!(!zone.checks.is_empty());
        assert!(zone.number_last4().chars().count() <= 4);
        if let Some(birth) = zone.birth_date {
            assert!(birth <= today, "a birth date is never in the future");
        }
    }
});
