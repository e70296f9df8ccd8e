//! Machine-readable zones (ICAO Doc 9303): TD3 on passports (2 lines of 44)
//! and TD1 on cards such as green cards and EADs (3 lines of 30), as a
//! document reader types them. Every check digit is verified and reported,
//! including TD1's long document numbers (more than 9 characters, continued
//! in the optional data). Parsing never panics on any input.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::DomainError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MrzFormat {
    /// Passports: 2 lines of 44 characters.
    Td3,
    /// Cards: 3 lines of 30 characters.
    Td1,
}

/// One check digit: over which field, what it should be, what the document says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckDigit {
    pub field: &'static str,
    pub expected: char,
    pub found: char,
    pub holds: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Mrz {
    pub format: MrzFormat,
    /// `P` for passports; `I`, `A`, `C` for cards (with the second letter, if any).
    pub document_code: String,
    pub issuing_state: String,
    pub surname: String,
    pub given_names: String,
    pub document_number: String,
    pub nationality: String,
    /// As printed, YYMMDD.
    pub birth_date_raw: String,
    /// The birth date, with its century from the day the zone is read; `None` when it is not a date.
    pub birth_date: Option<NaiveDate>,
    /// `M`, `F` or `X` (unspecified).
    pub sex: String,
    pub expiry_date_raw: String,
    pub expiry_date: Option<NaiveDate>,
    pub optional_data: String,
    pub checks: Vec<CheckDigit>,
}

impl Mrz {
    pub fn all_checks_hold(&self) -> bool {
        self.checks.iter().all(|c| c.holds)
    }

    /// The last 4 characters of the document number: all PassDesk keeps of it.
    pub fn number_last4(&self) -> String {
        let n: Vec<char> = self.document_number.chars().collect();
        n[n.len().saturating_sub(4)..].iter().collect()
    }
}

fn value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        'A'..='Z' => Some(c as u32 - 'A' as u32 + 10),
        '<' => Some(0),
        _ => None,
    }
}

/// The ICAO 9303 check digit of `s` (weights 7, 3, 1; `<` counts 0).
pub fn check_digit(s: &str) -> char {
    let sum: u32 = s.chars().zip([7, 3, 1].iter().cycle()).map(|(c, w)| value(c).unwrap_or(0) * w).sum();
    char::from_digit(sum % 10, 10).unwrap_or('0')
}

fn check(field: &'static str, data: &str, found: char) -> CheckDigit {
    let expected = check_digit(data);
    // A field left empty may carry `<` for its check digit (optional data).
    let holds = found == expected || (found == '<' && data.chars().all(|c| c == '<'));
    CheckDigit { field, expected, found, holds }
}

fn text(s: &str) -> String {
    s.trim_end_matches('<').replace('<', " ").trim().to_string()
}

fn names(s: &str) -> (String, String) {
    let s = s.trim_end_matches('<');
    match s.split_once("<<") {
        Some((surname, given)) => (text(surname), text(given)),
        None => (text(s), String::new()),
    }
}

/// YYMMDD to a date. Birth dates are never in the future; expiry dates lie
/// within 50 years before and after `today`.
fn date(raw: &str, today: NaiveDate, birth: bool) -> Option<NaiveDate> {
    if raw.len() != 6 || !raw.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let yy: i32 = raw[0..2].parse().ok()?;
    let (mm, dd): (u32, u32) = (raw[2..4].parse().ok()?, raw[4..6].parse().ok()?);
    let century = today.year() / 100 * 100;
    let candidates = [century - 100 + yy, century + yy, century + 100 + yy];
    let year = if birth {
        candidates.iter().copied().filter(|y| NaiveDate::from_ymd_opt(*y, mm, dd).is_some_and(|d| d <= today)).max()?
    } else {
        candidates.iter().copied().min_by_key(|y| (y - today.year()).abs())?
    };
    NaiveDate::from_ymd_opt(year, mm, dd)
}

fn sex(c: char) -> String {
    match c {
        'M' | 'F' => c.to_string(),
        _ => "X".into(),
    }
}

fn invalid(reason: impl Into<String>) -> DomainError {
    DomainError::invalid("mrz", reason)
}

/// The lines of a zone as a reader sends them: one per line, or all run
/// together; trailing spaces and lower case forgiven.
fn lines(input: &str) -> Result<Vec<String>, DomainError> {
    let cleaned: Vec<String> = input.lines().map(|l| l.trim().to_uppercase()).filter(|l| !l.is_empty()).collect();
    // Only ASCII from here on, so the fields can be cut by position.
    if let Some(bad) = cleaned.iter().flat_map(|l| l.chars()).find(|c| value(*c).is_none()) {
        return Err(invalid(format!("the zone holds {bad:?}; an MRZ has only A-Z, 0-9 and <")));
    }
    let lines = match cleaned.as_slice() {
        [one] if one.chars().count() == 88 => vec![one[..44].to_string(), one[44..].to_string()],
        [one] if one.chars().count() == 90 => vec![one[..30].to_string(), one[30..60].to_string(), one[60..].to_string()],
        _ => cleaned,
    };
    Ok(lines)
}

/// Reads a TD3 or TD1 zone. Structure errors (wrong number or length of
/// lines, other characters) are refused; failed check digits and
/// impossible dates are reported in the result, for the officer to judge.
pub fn parse(input: &str, today: NaiveDate) -> Result<Mrz, DomainError> {
    let lines = lines(input)?;
    let lengths: Vec<usize> = lines.iter().map(String::len).collect();
    match lengths.as_slice() {
        [44, 44] => Ok(td3(&lines[0], &lines[1], today)),
        [30, 30, 30] => Ok(td1(&lines[0], &lines[1], &lines[2], today)),
        _ => Err(invalid(format!(
            "{} line(s) of {:?} characters; a passport has 2 lines of 44, a card 3 lines of 30",
            lines.len(),
            lengths
        ))),
    }
}

fn at(s: &str, i: usize) -> char {
    s.as_bytes().get(i).map(|b| *b as char).unwrap_or('<')
}

fn td3(l1: &str, l2: &str, today: NaiveDate) -> Mrz {
    let (surname, given_names) = names(&l1[5..44]);
    let checks = vec![
        check("document_number", &l2[0..9], at(l2, 9)),
        check("birth_date", &l2[13..19], at(l2, 19)),
        check("expiry_date", &l2[21..27], at(l2, 27)),
        check("optional_data", &l2[28..42], at(l2, 42)),
        check("composite", &format!("{}{}{}", &l2[0..10], &l2[13..20], &l2[21..43]), at(l2, 43)),
    ];
    Mrz {
        format: MrzFormat::Td3,
        document_code: text(&l1[0..2]),
        issuing_state: text(&l1[2..5]),
        surname,
        given_names,
        document_number: text(&l2[0..9]),
        nationality: text(&l2[10..13]),
        birth_date_raw: l2[13..19].to_string(),
        birth_date: date(&l2[13..19], today, true),
        sex: sex(at(l2, 20)),
        expiry_date_raw: l2[21..27].to_string(),
        expiry_date: date(&l2[21..27], today, false),
        optional_data: text(&l2[28..42]),
        checks,
    }
}

fn td1(l1: &str, l2: &str, l3: &str, today: NaiveDate) -> Mrz {
    let (surname, given_names) = names(l3);
    // Long document number: position 15 (index 14) is `<` and the number goes
    // on in the optional data, ending with its check digit before the filler.
    let (number, number_check, optional) = if at(l1, 14) == '<' && at(l1, 15) != '<' {
        let rest = l1[15..30].trim_end_matches('<');
        let (more, digit) = rest.split_at(rest.len().saturating_sub(1));
        (format!("{}{more}", &l1[5..14]), digit.chars().next().unwrap_or('<'), String::new())
    } else {
        (l1[5..14].to_string(), at(l1, 14), text(&l1[15..30]))
    };
    let checks = vec![
        check("document_number", &number, number_check),
        check("birth_date", &l2[0..6], at(l2, 6)),
        check("expiry_date", &l2[8..14], at(l2, 14)),
        check("composite", &format!("{}{}{}{}", &l1[5..30], &l2[0..7], &l2[8..15], &l2[18..29]), at(l2, 29)),
    ];
    Mrz {
        format: MrzFormat::Td1,
        document_code: text(&l1[0..2]),
        issuing_state: text(&l1[2..5]),
        surname,
        given_names,
        document_number: text(&number),
        nationality: text(&l2[15..18]),
        birth_date_raw: l2[0..6].to_string(),
        birth_date: date(&l2[0..6], today, true),
        sex: sex(at(l2, 7)),
        expiry_date_raw: l2[8..14].to_string(),
        expiry_date: date(&l2[8..14], today, false),
        optional_data: [optional, text(&l2[18..29])].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" "),
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
    }

    // The specimens of ICAO Doc 9303 (parts 4 and 5).
    const TD3: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    const TD1: &str = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    const TD1_LONG: &str = "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<";

    fn parsed(s: &str) -> Mrz {
        parse(s, today()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_td3_specimen_reads_and_every_check_holds() {
        let m = parsed(TD3);
        assert_eq!(m.format, MrzFormat::Td3);
        assert_eq!((m.surname.as_str(), m.given_names.as_str()), ("ERIKSSON", "ANNA MARIA"));
        assert_eq!(m.document_number, "L898902C3");
        assert_eq!((m.issuing_state.as_str(), m.nationality.as_str(), m.sex.as_str()), ("UTO", "UTO", "F"));
        assert_eq!(m.birth_date, NaiveDate::from_ymd_opt(1974, 8, 12));
        assert_eq!(m.expiry_date, NaiveDate::from_ymd_opt(2012, 4, 15));
        assert_eq!(m.optional_data, "ZE184226B");
        assert!(m.all_checks_hold(), "{:?}", m.checks);
        assert_eq!(m.number_last4(), "02C3");
    }

    #[test]
    fn the_td1_specimen_reads_and_every_check_holds() {
        let m = parsed(TD1);
        assert_eq!(m.format, MrzFormat::Td1);
        assert_eq!(m.document_number, "D23145890");
        assert_eq!((m.surname.as_str(), m.given_names.as_str()), ("ERIKSSON", "ANNA MARIA"));
        assert_eq!(m.birth_date, NaiveDate::from_ymd_opt(1974, 8, 12));
        assert!(m.all_checks_hold(), "{:?}", m.checks);
    }

    #[test]
    fn a_long_document_number_continues_in_the_optional_data() {
        let m = parsed(TD1_LONG);
        assert_eq!(m.document_number, "D23145890734");
        assert_eq!(m.optional_data, "");
        assert!(m.all_checks_hold(), "{:?}", m.checks);
    }

    /// Changes one character of the zone to another of the same kind.
    fn broken(zone: &str, line: usize, index: usize) -> String {
        let mut lines: Vec<String> = zone.lines().map(String::from).collect();
        let mut chars: Vec<char> = lines[line].chars().collect();
        chars[index] = match chars[index] {
            '9' => '0',
            c if c.is_ascii_digit() => char::from_digit(c.to_digit(10).unwrap_or(0) + 1, 10).unwrap_or('0'),
            '<' => '1',
            _ => '9',
        };
        lines[line] = chars.into_iter().collect();
        lines.join("\n")
    }

    #[test]
    fn each_check_digit_broken_in_turn_is_reported_alone() {
        // (zone, line, index of the check digit, the check that must fail)
        let cases = [
            (TD3, 1, 9, "document_number"),
            (TD3, 1, 19, "birth_date"),
            (TD3, 1, 27, "expiry_date"),
            (TD3, 1, 42, "optional_data"),
            (TD3, 1, 43, "composite"),
            (TD1, 0, 14, "document_number"),
            (TD1, 1, 6, "birth_date"),
            (TD1, 1, 14, "expiry_date"),
            (TD1, 1, 29, "composite"),
            (TD1_LONG, 0, 18, "document_number"),
        ];
        for (zone, line, index, field) in cases {
            let m = parsed(&broken(zone, line, index));
            let failed: Vec<&str> = m.checks.iter().filter(|c| !c.holds).map(|c| c.field).collect();
            // A check digit inside the composite's range also breaks the composite.
            let expected: Vec<&str> = if field == "composite" { vec!["composite"] } else { vec![field, "composite"] };
            assert_eq!(failed, expected, "breaking line {line} index {index} of {zone}");
        }
    }

    #[test]
    fn a_changed_field_fails_its_check() {
        // The birth date's day changed, its check digit not.
        let m = parsed(&broken(TD3, 1, 18));
        assert!(m.checks.iter().any(|c| c.field == "birth_date" && !c.holds));
    }

    #[test]
    fn structure_errors_are_refused_with_a_reason() {
        for bad in ["", "P<UTO", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", &TD3.replace('<', "-"), "é"] {
            assert!(matches!(parse(bad, today()), Err(DomainError::Invalid { field: "mrz", .. })), "{bad:?}");
        }
    }

    #[test]
    fn a_zone_typed_as_one_line_or_in_lower_case_reads_the_same() {
        assert_eq!(parsed(&TD3.replace('\n', "")), parsed(TD3));
        assert_eq!(parsed(&TD1.to_lowercase()), parsed(TD1));
    }
}
