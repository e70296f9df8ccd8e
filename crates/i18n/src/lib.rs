//! PassDesk's languages. Every text a kiosk user can see comes from the Fluent
//! files in `locales/<lang>/`, built into the binary (see build.rs). Fluent
//! has no date formatting and its NUMBER() ignores the locale, so dates and
//! times are put together here from each language's own month and weekday
//! names and patterns.

mod catalog;
mod clock;

pub use catalog::{catalog, Arg, Catalog, LoadError};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The languages PassDesk speaks, in the order the kiosk offers them.
pub const LANGUAGES: &[&str] = &["en", "es", "pt", "fr", "ru", "pl", "ar", "ko", "zh", "vi", "tl", "eo", "ht"];

/// The language every other one is checked against and falls back to.
pub const SOURCE: &str = "en";

/// True for languages written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar")
}

/// `lang` when PassDesk speaks it, else the source language.
pub fn supported(lang: &str) -> &'static str {
    LANGUAGES.iter().copied().find(|l| *l == lang.trim()).unwrap_or(SOURCE)
}
