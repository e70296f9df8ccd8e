//! Dates and times in each language, from its month and weekday names and its
//! own patterns (`date-long`, `date-medium`, `time-of-day` in dates.ftl).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

use crate::{Arg, Catalog};

fn weekday_id(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    }
}

impl Catalog {
    fn date_args(&self, lang: &str, d: NaiveDate) -> Vec<(&'static str, Arg)> {
        vec![
            ("weekday", Arg::Text(self.text(lang, weekday_id(d.weekday()), &[]))),
            ("month", Arg::Text(self.text(lang, &format!("month-{}", d.month()), &[]))),
            ("day", Arg::Text(d.day().to_string())),
            ("year", Arg::Text(d.year().to_string())),
        ]
    }

    /// "Monday, November 30, 2026" in `lang`.
    pub fn date_long(&self, lang: &str, d: NaiveDate) -> String {
        self.text(lang, "date-long", &self.date_args(lang, d))
    }

    /// "November 30, 2026" in `lang`.
    pub fn date_medium(&self, lang: &str, d: NaiveDate) -> String {
        self.text(lang, "date-medium", &self.date_args(lang, d))
    }

    pub fn weekday(&self, lang: &str, d: Weekday) -> String {
        self.text(lang, weekday_id(d), &[])
    }

    /// "8:30 AM" or "8:30", as the language writes a time of day.
    pub fn time(&self, lang: &str, t: NaiveTime) -> String {
        let h12 = match t.hour() % 12 {
            0 => 12,
            h => h,
        };
        let ampm = self.text(lang, if t.hour() < 12 { "time-am" } else { "time-pm" }, &[]);
        self.text(
            lang,
            "time-of-day",
            &[
                ("hour24", Arg::Text(t.hour().to_string())),
                ("hour12", Arg::Text(h12.to_string())),
                ("minute", Arg::Text(format!("{:02}", t.minute()))),
                ("ampm", Arg::Text(ampm)),
            ],
        )
    }

    /// A local date with its weekday and a time.
    pub fn date_time(&self, lang: &str, at: NaiveDateTime) -> String {
        self.text(lang, "date-time", &[("date", Arg::Text(self.date_long(lang, at.date()))), ("time", Arg::Text(self.time(lang, at.time())))])
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog;
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn english_dates_and_times_read_as_in_the_us() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        assert_eq!(catalog().date_long("en", d), "Monday, November 30, 2026");
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        assert_eq!(catalog().time("en", t(8, 5)), "8:05 AM");
        assert_eq!(catalog().time("en", t(12, 30)), "12:30 PM");
        assert_eq!(catalog().time("en", t(0, 15)), "12:15 AM");
    }
}
