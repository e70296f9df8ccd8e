//! The store behind the domain's [`Repository`] trait.

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_domain::{
    confirmation::ConfirmationNumber,
    office::OfficeCode,
    repository::{Appointment, AppointmentSearch, Identity, NewBooking, OfficeWrite, PinAttempts, ReleaseReport, RepoResult, Repository, Slot, SlotChoice, StaffChange, StoredOffice},
    service_area::{CountryCode, Zip},
    slot_engine::PlannedSlot,
    staff::{StaffAccount, Username},
    visit::{ArrivalSearch, DocumentRecord, NewVisit, Visit, VisitStep},
};

use uuid::Uuid;

use crate::SqliteStore;

impl Repository for SqliteStore {
    async fn write_offices(&self, writes: &[OfficeWrite], now: DateTime<Utc>) -> RepoResult<Vec<StoredOffice>> {
        self.write_offices_impl(writes, now).await
    }
    async fn offices(&self) -> RepoResult<Vec<StoredOffice>> {
        self.offices_impl().await
    }
    async fn office(&self, code: &OfficeCode) -> RepoResult<StoredOffice> {
        self.office_impl(code).await
    }
    async fn office_for_zip(&self, zip: Zip) -> RepoResult<Option<OfficeCode>> {
        self.office_for_zip_impl(zip).await
    }
    async fn office_for_country(&self, country: &CountryCode) -> RepoResult<Option<OfficeCode>> {
        self.office_for_country_impl(country).await
    }
    async fn release(&self, office: &OfficeCode, planned_on: Option<i64>, days: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        self.release_impl(office, planned_on, days, now).await
    }
    async fn rerelease(&self, office: &OfficeCode, planned_on: Option<i64>, day: NaiveDate, slots: &[PlannedSlot], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        self.rerelease_impl(office, planned_on, day, slots, now).await
    }
    async fn released_days(&self, office: &OfficeCode, from: NaiveDate, through: NaiveDate) -> RepoResult<Vec<NaiveDate>> {
        self.released_days_impl(office, from, through).await
    }
    async fn slots(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Slot>> {
        self.slots_impl(office, day).await
    }
    async fn book(&self, booking: &NewBooking) -> RepoResult<Appointment> {
        self.book_impl(booking).await
    }
    async fn reschedule(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>) -> RepoResult<Appointment> {
        self.reschedule_impl(confirmation, to, now, false).await
    }
    async fn rebook_late(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>) -> RepoResult<Appointment> {
        self.reschedule_impl(confirmation, to, now, true).await
    }
    async fn cancel(&self, confirmation: &ConfirmationNumber, now: DateTime<Utc>) -> RepoResult<Appointment> {
        self.cancel_impl(confirmation, now).await
    }
    async fn appointment(&self, confirmation: &ConfirmationNumber) -> RepoResult<Option<(Appointment, String)>> {
        self.appointment_impl(confirmation).await
    }
    async fn appointments_on(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Appointment>> {
        self.appointments_on_impl(office, day).await
    }
    async fn appointments_of_person(&self, identity: &Identity, now: DateTime<Utc>) -> RepoResult<Vec<Appointment>> {
        self.appointments_of_person_impl(identity, now).await
    }
    async fn replace_pin(&self, confirmation: &ConfirmationNumber, pin_hash: &str, now: DateTime<Utc>) -> RepoResult<()> {
        self.replace_pin_impl(confirmation, pin_hash, now).await
    }
    async fn find_arrivals(&self, search: &ArrivalSearch, around: DateTime<Utc>, limit: u32) -> RepoResult<Vec<Appointment>> {
        self.find_arrivals_impl(search, around, limit).await
    }
    async fn record_visit(&self, visit: &NewVisit) -> RepoResult<Visit> {
        self.record_visit_impl(visit).await
    }
    async fn visits_on(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Visit>> {
        self.visits_on_impl(office, day).await
    }
    async fn advance_visit(&self, step: &VisitStep<'_>) -> RepoResult<Visit> {
        self.advance_visit_impl(step).await
    }
    async fn documents_of(&self, visit: Uuid) -> RepoResult<Vec<DocumentRecord>> {
        self.documents_of_impl(visit).await
    }
    async fn pin_attempts(&self, confirmation: &str, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        self.pin_attempts_impl(confirmation, now).await
    }
    async fn record_pin_failure(&self, confirmation: &str, max: u32, lock_until: DateTime<Utc>, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        self.record_pin_failure_impl(confirmation, max, lock_until, now).await
    }
    async fn clear_pin_failures(&self, confirmation: &str) -> RepoResult<()> {
        self.clear_pin_failures_impl(confirmation).await
    }
    async fn meta(&self, key: &str) -> RepoResult<Option<String>> {
        self.meta_impl(key).await
    }
    async fn set_meta(&self, key: &str, value: &str) -> RepoResult<()> {
        self.set_meta_impl(key, value).await
    }
    async fn add_staff(&self, account: &StaffAccount, password_hash: &str, only_if_none: bool, now: DateTime<Utc>) -> RepoResult<()> {
        self.add_staff_impl(account, password_hash, only_if_none, now).await
    }
    async fn staff(&self, username: &Username) -> RepoResult<Option<(StaffAccount, String)>> {
        self.staff_impl(username).await
    }
    async fn staff_count(&self) -> RepoResult<u64> {
        self.staff_count_impl().await
    }
    async fn search_appointments(&self, office: &OfficeCode, search: &AppointmentSearch, from: NaiveDate, limit: u32) -> RepoResult<Vec<Appointment>> {
        self.search_appointments_impl(office, search, from, limit).await
    }
    async fn slot(&self, id: Uuid) -> RepoResult<Option<Slot>> {
        self.slot_impl(id).await
    }
    async fn staff_accounts(&self) -> RepoResult<Vec<(StaffAccount, bool)>> {
        self.staff_accounts_impl().await
    }
    async fn update_staff(&self, username: &Username, change: &StaffChange, now: DateTime<Utc>) -> RepoResult<StaffAccount> {
        self.update_staff_impl(username, change, now).await
    }
}
