//! The one error shape every shell shows: `{code, message}`.

use passdesk_domain::{repository::RepoError, DomainError, ErrorCode};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{message}")]
pub struct ServiceError {
    /// Stable `snake_case` code for the UI and scripts to match on.
    pub code: &'static str,
    /// One line for the person in front of the screen.
    pub message: String,
}

impl ServiceError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

impl From<RepoError> for ServiceError {
    fn from(e: RepoError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

impl From<DomainError> for ServiceError {
    fn from(e: DomainError) -> Self {
        Self::new(e.code(), e.to_string())
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;
