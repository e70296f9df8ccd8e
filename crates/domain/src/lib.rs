//! The PassDesk domain: what an immigration district office schedules and the
//! rules it schedules by. Pure: no I/O, no clock (callers pass `now`), no
//! database. Every piece of outside input becomes one of these types once, at
//! the boundary, and is trusted from then on.

pub mod applicant;
pub mod appointment_type;
pub mod business_days;
pub mod confirmation;
pub mod documents;
pub mod error;
pub mod hours;
pub mod mix;
pub mod mrz;
pub mod office;
pub mod office_file;
pub mod pin;
pub mod replica;
pub mod repository;
pub mod service_area;
pub mod slot_engine;
pub mod staff;
pub mod track;
pub mod visit;

pub use error::{DomainError, ErrorCode, Refusal};
