//! Confirmation numbers: 10 characters from an alphabet without look-alikes
//! (no I, L, O, U), 9 random and 1 check character (Luhn mod 32), shown as
//! `XXXXX-XXXXX`. Random, so not sequential and not guessable: 45 bits.

use std::{fmt, str::FromStr};

use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::DomainError;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BODY: usize = 9;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
#[serde(try_from = "String", into = "String")]
pub struct ConfirmationNumber(String);

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|a| *a == c).map(|p| p as u32)
}

/// Luhn mod N over the alphabet: catches every single wrong character and
/// every swap of two neighbours but one
/// (the characters worth 0 and 31, the known blind spot of Luhn mod N).
fn check_char(body: &[u8]) -> u8 {
    let n = ALPHABET.len() as u32;
    let mut factor = 2;
    let mut sum = 0;
    for c in body.iter().rev() {
        let mut addend = factor * value(*c).unwrap_or(0);
        factor = if factor == 2 { 1 } else { 2 };
        addend = addend / n + addend % n;
        sum += addend;
    }
    ALPHABET[((n - sum % n) % n) as usize]
}

impl ConfirmationNumber {
    pub fn random() -> Self {
        let mut rng = rand::rng();
        let mut s: Vec<u8> = (0..BODY).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())]).collect();
        s.push(check_char(&s));
        Self(String::from_utf8(s).unwrap_or_default())
    }
    /// The canonical form, as stored: 10 characters, no separator.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ConfirmationNumber {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm: Vec<u8> = s
            .bytes()
            .filter(|c| !matches!(c, b'-' | b' '))
            .map(|c| match c.to_ascii_uppercase() {
                // People read O as 0 and I/L as 1; accept what they type.
                b'O' => b'0',
                b'I' | b'L' => b'1',
                c => c,
            })
            .collect();
        let bad = || DomainError::invalid("confirmation", "a confirmation number has 10 letters and digits, such as 7K3QF-9XW2M");
        if norm.len() != BODY + 1 || !norm.iter().all(|c| value(*c).is_some()) {
            return Err(bad());
        }
        if check_char(&norm[..BODY]) != norm[BODY] {
            return Err(DomainError::invalid("confirmation", "this confirmation number has a typing error; check it against the notice"));
        }
        Ok(Self(String::from_utf8(norm).map_err(|_| bad())?))
    }
}
impl TryFrom<String> for ConfirmationNumber {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<ConfirmationNumber> for String {
    fn from(c: ConfirmationNumber) -> Self {
        c.0
    }
}
/// Shown grouped as `XXXXX-XXXXX`; parsing accepts either form.
impl fmt::Display for ConfirmationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", &self.0[..5], &self.0[5..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn random_numbers_parse_back_in_both_forms() {
        for _ in 0..1000 {
            let c = ConfirmationNumber::random();
            assert_eq!(c.as_str().parse::<ConfirmationNumber>().expect("canonical"), c);
            assert_eq!(c.to_string().to_lowercase().parse::<ConfirmationNumber>().expect("grouped, lower case"), c);
        }
    }

    #[test]
    fn random_numbers_are_not_sequential() {
        let a: std::collections::BTreeSet<_> = (0..10_000).map(|_| ConfirmationNumber::random()).collect();
        assert_eq!(a.len(), 10_000, "45 random bits: no collision expected in 10,000");
    }

    proptest! {
        #[test]
        fn every_single_substitution_is_caught(pos in 0usize..10, delta in 1usize..32) {
            let c = ConfirmationNumber::random();
            let mut b = c.as_str().as_bytes().to_vec();
            let v = value(b[pos]).expect("alphabet") as usize;
            b[pos] = ALPHABET[(v + delta) % 32];
            let s = String::from_utf8(b).expect("ascii");
            prop_assert!(s.parse::<ConfirmationNumber>().is_err(), "{} was accepted for {}", s, c.as_str());
        }

        #[test]
        fn every_neighbour_swap_is_caught(pos in 0usize..9) {
            let c = ConfirmationNumber::random();
            let mut b = c.as_str().as_bytes().to_vec();
            prop_assume!(b[pos] != b[pos + 1]);
            b.swap(pos, pos + 1);
            let s = String::from_utf8(b).expect("ascii");
            // Luhn mod N misses only the swap of the two values that sum to N-1 around the fold.
            let (x, y) = (value(c.as_str().as_bytes()[pos]).expect("a"), value(c.as_str().as_bytes()[pos + 1]).expect("a"));
            prop_assume!(!((x == 0 && y == 31) || (x == 31 && y == 0)));
            prop_assert!(s.parse::<ConfirmationNumber>().is_err(), "swap {} accepted", s);
        }
    }
}
