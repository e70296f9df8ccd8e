//! Business days in an office's calendar: Monday to Friday, less its holidays.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};

pub fn is_business_day(day: NaiveDate, holidays: &BTreeSet<NaiveDate>) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&day)
}

/// Business days after `from` up to and including `to` (0 when `to <= from`).
/// Today does not count: a trip tomorrow is 1 business day away if tomorrow is one.
pub fn business_days_until(from: NaiveDate, to: NaiveDate, holidays: &BTreeSet<NaiveDate>) -> u32 {
    let mut n = 0;
    let mut d = from;
    while d < to {
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
        // Friday 2026-11-20 -> Friday 2026-11-27: Mon..Fri = 5.
        assert_eq!(business_days_until(date("2026-11-20"), date("2026-11-27"), &none), 5);
        let thanksgiving = BTreeSet::from([date("2026-11-26")]);
        assert_eq!(business_days_until(date("2026-11-20"), date("2026-11-27"), &thanksgiving), 4);
        assert_eq!(business_days_until(date("2026-11-27"), date("2026-11-20"), &none), 0);
    }
}
