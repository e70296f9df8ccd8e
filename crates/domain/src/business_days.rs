//! Business days in an office's calendar: Monday to Friday, less the
//! federal holidays (as observed) and the office's own holidays.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The eleven legal public holidays of 5 U.S.C. 6103 in `year`, each on the
/// day it is observed: one falling on a Saturday is kept the Friday before,
/// one on a Sunday the Monday after (so New Year's Day of the next year may
/// be observed on December 31).
pub fn federal_holidays(year: i32) -> Vec<NaiveDate> {
    let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let nth = |m, wd, n| NaiveDate::from_weekday_of_month_opt(year, m, wd, n);
    let last_monday_of_may = nth(5, Weekday::Mon, 5).or_else(|| nth(5, Weekday::Mon, 4));
    let days = [
        fixed(1, 1),
        nth(1, Weekday::Mon, 3),  // Birthday of Martin Luther King, Jr.
        nth(2, Weekday::Mon, 3),  // Washington's Birthday
        last_monday_of_may,       // Memorial Day
        fixed(6, 19),             // Juneteenth National Independence Day
        fixed(7, 4),
        nth(9, Weekday::Mon, 1),  // Labor Day
        nth(10, Weekday::Mon, 2), // Columbus Day
        fixed(11, 11),            // Veterans Day
        nth(11, Weekday::Thu, 4), // Thanksgiving Day
        fixed(12, 25),
    ];
    days.into_iter()
        .flatten()
        .map(|d| match d.weekday() {
            Weekday::Sat => d - Duration::days(1),
            Weekday::Sun => d + Duration::days(1),
            _ => d,
        })
        .collect()
}

pub fn is_federal_holiday(day: NaiveDate) -> bool {
    // December 31 may be the next year's New Year's Day, observed.
    federal_holidays(day.year()).contains(&day) || (day.month() == 12 && federal_holidays(day.year() + 1).contains(&day))
}

pub fn is_business_day(day: NaiveDate, holidays: &BTreeSet<NaiveDate>) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&day) && !is_federal_holiday(day)
}

/// Business days after `from` up to and including `to` (0 when `to <= from`).
/// Today does not count: a trip tomorrow is 1 business day away if tomorrow is one.
pub fn business_days_until(from: NaiveDate, to: NaiveDate, holidays: &BTreeSet<NaiveDate>) -> u32 {
    business_days_until_at_most(from, to, holidays, u32::MAX)
}

/// As [`business_days_until`], counting no further than `cap`: a date
/// centuries ahead, typed at a kiosk, costs no more than the rule needs.
pub fn business_days_until_at_most(from: NaiveDate, to: NaiveDate, holidays: &BTreeSet<NaiveDate>, cap: u32) -> u32 {
    let mut n = 0;
    let mut d = from;
    while d < to && n < cap {
        match d.succ_opt() {
            Some(next) => d = next,
            None => break,
        }
        if is_business_day(d, holidays) {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn counts_weekdays_and_skips_weekends_and_holidays() {
        let none = BTreeSet::new();
        // Friday 2026-12-04 -> Friday 2026-12-11: Mon..Fri = 5.
        assert_eq!(business_days_until(date("2026-12-04"), date("2026-12-11"), &none), 5);
        let closed = BTreeSet::from([date("2026-12-09")]);
        assert_eq!(business_days_until(date("2026-12-04"), date("2026-12-11"), &closed), 4, "the office's own holiday");
        assert_eq!(business_days_until(date("2026-12-11"), date("2026-12-04"), &none), 0);
        assert_eq!(business_days_until_at_most(date("2026-12-04"), date("9999-12-31"), &none, 11), 11, "stops at the cap");
    }

    #[test]
    fn federal_holidays_are_not_business_days_even_if_the_office_forgot_them() {
        let none = BTreeSet::new();
        // Thanksgiving 2026-11-26 is federal: 4 business days without the office listing it.
        assert_eq!(business_days_until(date("2026-11-20"), date("2026-11-27"), &none), 4);
        // Veterans Day, Wednesday 2026-11-11.
        assert!(!is_business_day(date("2026-11-11"), &none));
        assert!(is_business_day(date("2026-11-12"), &none));
    }

    #[test]
    fn federal_holidays_fall_on_their_observed_days() {
        let days = |y| federal_holidays(y).iter().map(ToString::to_string).collect::<Vec<_>>();
        // 2027: Juneteenth and July 4 fall on a Saturday and a Sunday, Christmas on a Saturday.
        assert_eq!(
            days(2027),
            ["2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24"]
        );
        // New Year's Day 2028 is a Saturday: observed on Friday 2027-12-31, and 2028's own list starts in January no more.
        assert!(is_federal_holiday(date("2027-12-31")));
        assert!(!federal_holidays(2028).iter().any(|d| d.year() == 2028 && d.month() == 1 && d.day() == 1));
        assert_eq!(days(2026)[0..4], ["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25"]);
        assert!(!is_federal_holiday(date("2026-12-31")), "New Year's Day 2027 is a Friday, observed on itself");
    }
}
