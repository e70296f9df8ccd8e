//! The one error shape every shell shows: `{code, message}`, plus the form
//! field it concerns. Each error also knows its Fluent message, so a kiosk
//! shows it in the applicant's language.

use passdesk_domain::{
    appointment_type::CONTACT_CENTER,
    repository::RepoError,
    DomainError, ErrorCode, Refusal,
};
use passdesk_i18n::{catalog, Arg};
use serde::Serialize;

/// A Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct L10n {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{message}")]
pub struct ServiceError {
    /// Stable `snake_case` code for the UI and scripts to match on.
    pub code: &'static str,
    /// One line for the person in front of the screen.
    pub message: String,
    /// The form field the error is about, when it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub field: Option<String>,
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub l10n: Option<L10n>,
}

impl ServiceError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self { code, message: message.into(), field: None, l10n: None }
    }

    /// Names the Fluent message that says this to the public.
    pub fn with_l10n(mut self, id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        self.l10n = Some(L10n { id, args });
        self
    }

    /// The message in `lang`: the error's own, else its field's, else its
    /// code's, else a general one. Never the English developer text.
    pub fn localized(&self, lang: &str) -> String {
        if let Some(l) = &self.l10n {
            return catalog().text(lang, l.id, &l.args);
        }
        if let Some(f) = &self.field {
            let id = format!("field-{f}");
            if catalog().has(lang, &id) {
                return catalog().text(lang, &id, &[]);
            }
        }
        let id = format!("error-{}", self.code);
        catalog().text(lang, if catalog().has(lang, &id) { &id } else { "error-unexpected" }, &[])
    }

    /// The same error with its message in `lang`, for the public's screens.
    pub fn in_language(mut self, lang: &str) -> Self {
        self.message = self.localized(lang);
        self
    }
}

impl From<RepoError> for ServiceError {
    fn from(e: RepoError) -> Self {
        match e {
            RepoError::Domain(d) => d.into(),
            RepoError::Closed { cancelled } => {
                let id = if cancelled { "error-appointment_cancelled" } else { "error-appointment_past" };
                Self::new(e.code(), e.to_string()).with_l10n(id, vec![])
            }
            e => Self::new(e.code(), e.to_string()),
        }
    }
}

impl From<DomainError> for ServiceError {
    fn from(e: DomainError) -> Self {
        let mut out = Self::new(e.code(), e.to_string());
        match &e {
            DomainError::Invalid { field, .. } => out.field = Some(field.to_string()),
            DomainError::Redirected { type_code, online, .. } => {
                let name = ("type", Arg::Message(format!("type-{type_code}")));
                out = if *online {
                    out.with_l10n("error-redirect-online", vec![name, ("service", Arg::Message(format!("service-{type_code}")))])
                } else {
                    out.with_l10n("error-redirect-contact-center", vec![name, ("phone", CONTACT_CENTER.into())])
                };
                out.field = Some("type".into());
            }
            DomainError::RuleRefused { refusal, .. } => {
                let phone = ("phone", Arg::from(CONTACT_CENTER));
                out = match refusal {
                    Refusal::ProofTooFarAhead { needed, max_lead_days } => {
                        out.with_l10n("error-rule-proof", vec![("date", (*needed).into()), ("days", (*max_lead_days).into()), phone])
                    }
                    Refusal::TravelTooSoon { travel, min_business_days } => {
                        out.with_l10n("error-rule-travel", vec![("date", (*travel).into()), ("days", (*min_business_days).into()), phone])
                    }
                    Refusal::FiledTooRecently { min_days, waited } => {
                        out.with_l10n("error-rule-filed", vec![("days", (*min_days).into()), ("waited", (*waited).into())])
                    }
                };
            }
            DomainError::UnknownType(_) => out.field = Some("type".into()),
            _ => {}
        }
        out
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;
