//! The public booking flow's commands: the lobby kiosk uses them, and so does
//! a front-desk officer booking for a caller. Every error comes back in the
//! language the person chose.

use passdesk_domain::{
    applicant::{ApplicantInput, RepresentativeInput},
    appointment_type::TypeAnswers,
    staff::Action,
};
use passdesk_services::{
    booking::{BookingRequest, NewTime},
    kiosk::{self, IdentityInput, LanguageView, Reissued, SlotOffer},
    notice::NoticeKind,
    views::{AppointmentView, BookingReceipt, OfficeSummary},
    ServiceError, ServiceResult,
};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::{desk::Desk, printing};

type Result<T> = std::result::Result<T, ServiceError>;

/// The kiosk's texts in one language, for the UI (`{name}` marks a value the UI fills in).
#[derive(Debug, Clone, Serialize, TS)]
pub struct UiText {
    pub lang: String,
    pub rtl: bool,
    pub messages: std::collections::BTreeMap<String, String>,
}

/// An appointment as the public screens show it: with its date and time
/// written in the person's language, and the PIN when it was just issued.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PublicAppointment {
    pub appointment: AppointmentView,
    pub when: String,
    pub pin: Option<String>,
}

fn public(lang: &str, appointment: AppointmentView, pin: Option<String>) -> PublicAppointment {
    let when = chrono::DateTime::parse_from_rfc3339(&appointment.starts_at)
        .map(|t| passdesk_i18n::catalog().date_time(lang, t.naive_local()))
        .unwrap_or_else(|_| appointment.starts_at.clone());
    PublicAppointment { appointment, when, pin }
}

/// Offered times per page.
const SLOTS_PER_PAGE: usize = 8;

/// The kiosk, or staff who book for others.
async fn allowed(desk: &Desk) -> ServiceResult<()> {
    if desk.is_kiosk() {
        return Ok(());
    }
    desk.session().await?.require(Action::BookForOthers)
}

/// Runs a step of the flow with its error in `lang`.
async fn step<T>(desk: &Desk, lang: &str, f: impl std::future::Future<Output = ServiceResult<T>>) -> Result<T> {
    allowed(desk).await.map_err(|e| e.in_language(lang))?;
    f.await.map_err(|e| e.in_language(lang))
}

#[tauri::command]
pub fn ui_text(lang: String) -> UiText {
    let lang = passdesk_i18n::supported(&lang);
    UiText { lang: lang.to_string(), rtl: passdesk_i18n::is_rtl(lang), messages: passdesk_i18n::catalog().ui_messages(lang) }
}

#[tauri::command]
pub fn languages() -> Vec<LanguageView> {
    kiosk::languages()
}

#[tauri::command]
pub async fn kiosk_route(desk: State<'_, Desk>, lang: String, zip: Option<String>, country: Option<String>) -> Result<OfficeSummary> {
    step(&desk, &lang, desk.services.office_for_residence(zip.as_deref(), country.as_deref())).await
}

#[tauri::command]
pub async fn kiosk_check_request(desk: State<'_, Desk>, lang: String, office: String, type_code: String, answers: TypeAnswers) -> Result<()> {
    step(&desk, &lang, desk.services.check_request(&office, &type_code, &answers)).await
}

#[tauri::command]
pub async fn kiosk_check_person(
    desk: State<'_, Desk>,
    lang: String,
    office: String,
    applicant: ApplicantInput,
    representative: Option<RepresentativeInput>,
) -> Result<()> {
    step(&desk, &lang, desk.services.check_person(&office, &applicant, representative.as_ref())).await
}

#[tauri::command]
pub async fn kiosk_offer_slots(desk: State<'_, Desk>, lang: String, office: String, type_code: String, from: Option<String>, answers: Option<TypeAnswers>) -> Result<SlotOffer> {
    step(&desk, &lang, desk.services.offer_slots(&office, &type_code, from.as_deref(), SLOTS_PER_PAGE, &lang, answers.as_ref())).await
}

#[tauri::command]
pub async fn kiosk_book(desk: State<'_, Desk>, lang: String, request: BookingRequest) -> Result<PublicAppointment> {
    let request = BookingRequest { language: Some(lang.clone()), ..request };
    let r: BookingReceipt = step(&desk, &lang, desk.services.book(&request)).await?;
    Ok(public(&lang, r.appointment, Some(r.pin)))
}

#[tauri::command]
pub async fn kiosk_lookup(desk: State<'_, Desk>, lang: String, confirmation: String, pin: String) -> Result<PublicAppointment> {
    Ok(public(&lang, step(&desk, &lang, desk.services.lookup(&confirmation, &pin)).await?, None))
}

#[tauri::command]
pub async fn kiosk_reschedule(desk: State<'_, Desk>, lang: String, confirmation: String, pin: String, slot_id: String) -> Result<PublicAppointment> {
    let moved = step(&desk, &lang, desk.services.reschedule(&confirmation, &pin, &NewTime { slot_id: Some(slot_id), from: None })).await?;
    Ok(public(&lang, moved, None))
}

#[tauri::command]
pub async fn kiosk_cancel(desk: State<'_, Desk>, lang: String, confirmation: String, pin: String) -> Result<PublicAppointment> {
    Ok(public(&lang, step(&desk, &lang, desk.services.cancel(&confirmation, &pin)).await?, None))
}

#[tauri::command]
pub async fn kiosk_reissue(desk: State<'_, Desk>, lang: String, identity: IdentityInput) -> Result<PublicAppointment> {
    let r: Reissued = step(&desk, &lang, desk.services.reissue_by_identity(&identity)).await?;
    Ok(public(&lang, r.appointment, Some(r.pin)))
}

/// How a notice left the kiosk.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NoticeOutcome {
    /// Sent to the printer.
    Printed,
    /// Opened in the system's PDF viewer, to print from there.
    Opened,
    Saved,
    /// The person closed the save dialog.
    NotSaved,
}

#[tauri::command]
pub async fn kiosk_notice_print(app: AppHandle, desk: State<'_, Desk>, lang: String, confirmation: String, pin: String, kind: NoticeKind) -> Result<NoticeOutcome> {
    let pdf = step(&desk, &lang, desk.services.notice_pdf(&confirmation, &pin, Some(&lang), kind)).await?;
    printing::print(&app, &format!("notice-{confirmation}"), &pdf, desk.is_kiosk()).map_err(|e| e.in_language(&lang))
}

#[tauri::command]
pub async fn kiosk_notice_save(app: AppHandle, desk: State<'_, Desk>, lang: String, confirmation: String, pin: String, kind: NoticeKind) -> Result<NoticeOutcome> {
    // A save dialog on the lobby screen would let the public browse this
    // machine's files, other people's notices among them.
    if desk.is_kiosk() {
        return Err(ServiceError::new("forbidden", "the kiosk prints notices; saving one as a file is done at a staff desk"));
    }
    let pdf = step(&desk, &lang, desk.services.notice_pdf(&confirmation, &pin, Some(&lang), kind)).await?;
    printing::save(&app, &format!("notice-{confirmation}"), &pdf).map_err(|e| e.in_language(&lang))
}
