//! PINs: random, few digits, stored only as a keyed hash.
//!
//! A 6-digit PIN has a million values, so a slow hash alone would not stop an
//! offline guess and would cap booking throughput. The hash is HMAC-SHA256
//! under a secret kept outside the database (the OS keychain); without the
//! secret a stolen database file does not reveal a PIN. Online guessing is
//! limited per confirmation number by the store.

use std::fmt;

use hmac::{Hmac, Mac};
use rand::Rng;
use sha2::Sha256;

use crate::DomainError;

pub const PIN_DIGITS: usize = 6;

#[derive(Clone, PartialEq, Eq)]
pub struct Pin(String);

impl Pin {
    pub fn random() -> Self {
        let mut rng = rand::rng();
        Self((0..PIN_DIGITS).map(|_| char::from(b'0' + rng.random_range(0..10u8))).collect())
    }
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let t = s.trim();
        if t.len() == PIN_DIGITS && t.bytes().all(|c| c.is_ascii_digit()) {
            Ok(Self(t.to_string()))
        } else {
            Err(DomainError::invalid("pin", format!("a PIN is {PIN_DIGITS} digits")))
        }
    }
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

// Never print a PIN by accident (logs, panics, debug output).
impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(******)")
    }
}

/// The secret key of the PIN hash: 32 random bytes.
#[derive(Clone)]
pub struct PinKey([u8; 32]);

impl PinKey {
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        rand::rng().fill(&mut k);
        Self(k)
    }
    pub fn from_bytes(b: &[u8]) -> Result<Self, DomainError> {
        <[u8; 32]>::try_from(b).map(Self).map_err(|_| DomainError::invalid("pin key", "a PIN key is 32 bytes"))
    }
    pub fn from_hex(s: &str) -> Result<Self, DomainError> {
        let b = hex::decode(s.trim()).map_err(|_| DomainError::invalid("pin key", "not hexadecimal"))?;
        Self::from_bytes(&b)
    }
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    fn mac(&self, parts: &[&[u8]]) -> Hmac<Sha256> {
        // HMAC takes keys of any length; a 32-byte key cannot fail.
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
        for p in parts {
            m.update(&(p.len() as u32).to_be_bytes());
            m.update(p);
        }
        m
    }

    /// The stored hash of a PIN, bound to its confirmation number so a hash
    /// cannot be copied onto another booking.
    pub fn hash(&self, confirmation: &str, pin: &Pin) -> String {
        hex::encode(self.mac(&[b"pin", confirmation.as_bytes(), pin.0.as_bytes()]).finalize().into_bytes())
    }

    pub fn verify(&self, confirmation: &str, pin: &Pin, stored: &str) -> bool {
        let Ok(expected) = hex::decode(stored) else { return false };
        // verify_slice compares in constant time.
        self.mac(&[b"pin", confirmation.as_bytes(), pin.0.as_bytes()]).verify_slice(&expected).is_ok()
    }

    /// A fingerprint that tells whether a database's PINs were made with this
    /// key, without revealing it.
    pub fn fingerprint(&self) -> String {
        hex::encode(&self.mac(&[b"passdesk-pin-key-fingerprint"]).finalize().into_bytes()[..8])
    }
}

impl fmt::Debug for PinKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PinKey({})", self.fingerprint())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_verifies_only_the_right_pin_and_confirmation() {
        let k = PinKey::generate();
        let pin = Pin::parse("123456").expect("pin");
        let h = k.hash("ABCDE12345", &pin);
        assert!(k.verify("ABCDE12345", &pin, &h));
        assert!(!k.verify("ABCDE12346", &pin, &h), "bound to its confirmation");
        assert!(!k.verify("ABCDE12345", &Pin::parse("123457").expect("pin"), &h));
        assert!(!PinKey::generate().verify("ABCDE12345", &pin, &h), "another key does not verify");
        assert!(!h.contains("123456"));
    }

    #[test]
    fn random_pins_are_six_digits_and_debug_hides_them() {
        let p = Pin::random();
        assert_eq!(p.reveal().len(), 6);
        assert!(!format!("{p:?}").contains(p.reveal()));
        assert!(Pin::parse("12345").is_err() && Pin::parse("12a456").is_err());
    }
}
