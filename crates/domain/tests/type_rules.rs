//! The appointment types' rules at their edges, for any day of the year and
//! any holidays: exactly 10 business days, exactly 90 days, exactly the ADIT
//! lead time. The expected edges are worked out here day by day, apart from
//! the code under test.

// Test helpers may panic.
#![allow(clippy::expect_used)]

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use passdesk_domain::{
    appointment_type::{check_rule, find, TypeAnswers},
    DomainError,
};
use proptest::prelude::*;

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date") + Duration::days(n)
}

/// A day in 2026-2028 and some weekday holidays within the 40 days after it.
fn today_and_holidays() -> impl Strategy<Value = (NaiveDate, BTreeSet<NaiveDate>)> {
    (0i64..1000, prop::collection::btree_set(1i64..40, 0..6)).prop_map(|(t, offsets)| {
        let today = day(t);
        (today, offsets.into_iter().map(|o| today + Duration::days(o)).collect())
    })
}

/// The `n`-th business day after `today`, counted one day at a time.
/// The federal holidays come from the domain, whose own tests pin them to dates.
fn nth_business_day(today: NaiveDate, n: u32, holidays: &BTreeSet<NaiveDate>) -> NaiveDate {
    let mut d = today;
    let mut seen = 0;
    while seen < n {
        d += Duration::days(1);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&d) && !passdesk_domain::business_days::is_federal_holiday(d) {
            seen += 1;
        }
    }
    d
}

fn check(code: &str, answers: TypeAnswers, today: NaiveDate, holidays: &BTreeSet<NaiveDate>) -> Result<(), DomainError> {
    check_rule(find(code).expect("type in the catalogue"), &answers, today, holidays)
}

proptest! {
    #[test]
    fn eap_is_refused_up_to_the_tenth_business_day_and_taken_from_the_eleventh((today, holidays) in today_and_holidays()) {
        let eleventh = nth_business_day(today, 11, &holidays);
        let travel = |d| TypeAnswers { travel_date: Some(d), ..Default::default() };
        let mut d = today;
        while d < eleventh {
            let refused = check("eap", travel(d), today, &holidays);
            prop_assert!(matches!(refused, Err(DomainError::RuleRefused { .. })), "travel on {} (today {}, holidays {:?}) must be refused: {:?}", d, today, holidays, refused);
            d += Duration::days(1);
        }
        prop_assert!(check("eap", travel(eleventh), today, &holidays).is_ok(), "travel on the 11th business day {} is taken", eleventh);
    }

    #[test]
    fn interim_work_permit_needs_exactly_ninety_days((today, holidays) in today_and_holidays()) {
        let filed = |d| TypeAnswers { adjustment_filed_on: Some(d), ..Default::default() };
        prop_assert!(check("interim_ead", filed(today - Duration::days(90)), today, &holidays).is_ok());
        prop_assert!(check("interim_ead", filed(today - Duration::days(200)), today, &holidays).is_ok());
        let early = check("interim_ead", filed(today - Duration::days(89)), today, &holidays);
        prop_assert!(matches!(early, Err(DomainError::RuleRefused { .. })), "{:?}", early);
        let future = check("interim_ead", filed(today + Duration::days(1)), today, &holidays);
        prop_assert!(matches!(future, Err(DomainError::Invalid { field: "adjustment_filed_on", .. })), "{:?}", future);
    }

    #[test]
    fn adit_takes_proof_needed_within_thirty_days((today, holidays) in today_and_holidays(), ahead in 0i64..=30) {
        let needed = |d| TypeAnswers { proof_needed_by: Some(d), ..Default::default() };
        prop_assert!(check("adit", needed(today + Duration::days(ahead)), today, &holidays).is_ok());
        let far = check("adit", needed(today + Duration::days(31)), today, &holidays);
        prop_assert!(matches!(far, Err(DomainError::RuleRefused { .. })), "{:?}", far);
        let past = check("adit", needed(today - Duration::days(1)), today, &holidays);
        prop_assert!(matches!(past, Err(DomainError::Invalid { field: "proof_needed_by", .. })), "{:?}", past);
    }
}
