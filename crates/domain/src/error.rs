//! Errors a user can cause. Each has a stable `code` the UI and scripts can
//! match on, and a message written for the person at the desk or kiosk.

use chrono::NaiveDate;
use thiserror::Error;

/// Why a type's own rule refused a request, with what a translated message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Proof of status needed on `needed`, more than `max_lead_days` ahead.
    ProofTooFarAhead { needed: NaiveDate, max_lead_days: u32 },
    /// Travel on `travel`, `min_business_days` business days away or fewer.
    TravelTooSoon { travel: NaiveDate, min_business_days: u32 },
    /// Filed `waited` days ago, fewer than `min_days`.
    FiledTooRecently { min_days: u32, waited: i64 },
}

/// A stable, machine-readable error code (`snake_case`). The UI chooses the
/// translated text by this code and never by the message.
pub trait ErrorCode {
    fn code(&self) -> &'static str;
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// A field's value could not be read; `field` names it as a user knows it.
    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    #[error("unknown appointment type \"{0}\"; `passdesk types list` shows the catalogue")]
    UnknownType(String),
    /// The type is not booked here; the message says where to go instead:
    /// the Contact Center, or (`online`) the type's online service.
    #[error("{message}")]
    Redirected { type_code: &'static str, online: bool, message: String },
    /// A type's own rule refused the request (ADIT lead time, EAP travel date, ...).
    #[error("{message}")]
    RuleRefused { refusal: Refusal, message: String },
    #[error("the daily mix is not valid: {0}")]
    InvalidMix(String),
    #[error("{0}")]
    InvalidOffice(String),
}

impl DomainError {
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Self::Invalid { field, reason: reason.into() }
    }
}

impl ErrorCode for DomainError {
    fn code(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "invalid_input",
            Self::UnknownType(_) => "unknown_type",
            Self::Redirected { .. } => "redirected",
            Self::RuleRefused { .. } => "rule_refused",
            Self::InvalidMix(_) => "invalid_mix",
            Self::InvalidOffice(_) => "invalid_office",
        }
    }
}
