//! The UI's commands: each checks who may call it and forwards to one
//! service. Errors reach the UI as `{code, message}`.

use chrono::NaiveDate;
use passdesk_services::{
    booking::BookingRequest,
    central_link::CentralStatus,
    central_settings::CentralForm,
    closure::{ClosedDay, ClosureChoice},
    office_config::{self, MixPreview, OfficeConfig, SaveReport},
    district_desks::DistrictDesks,
    on_its_own::{OwnChange, SentChange},
    release::parse_date,
    staff::{NewStaff, Session, StaffListed, StaffUpdate},
    views::{self, BoardRow, BookingReceipt, OfficeSummary, ReleaseView, SlotView, TypeView},
    ServiceError, ServiceResult,
};
use passdesk_domain::staff::{Action, StaffAccount};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::{
    desk::{set_kiosk_window, Desk},
    front_desk, public_flow,
};

type Result<T> = std::result::Result<T, ServiceError>;

/// What the window shows first.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppStatus {
    /// No account exists yet: show the first-run screen.
    pub first_run: bool,
    pub session: Option<Session>,
    pub kiosk: bool,
    pub database: String,
    /// Today at the signed-in person's office (or the first office), YYYY-MM-DD.
    pub today: Option<String>,
    /// Seconds without a touch or key after which the kiosk starts over
    /// (`PASSDESK_KIOSK_IDLE_SECONDS`, default 90).
    pub kiosk_idle_seconds: u32,
}

const KIOSK_IDLE_SECONDS: u32 = 90;

fn kiosk_idle_seconds() -> u32 {
    std::env::var("PASSDESK_KIOSK_IDLE_SECONDS").ok().and_then(|s| s.trim().parse().ok()).filter(|s| *s >= 2).unwrap_or(KIOSK_IDLE_SECONDS)
}

/// The status bar: online or offline, the age of the last sync, unsent facts.
#[tauri::command]
async fn sync_status(desk: State<'_, Desk>) -> Result<passdesk_services::sync::SyncStatus> {
    Ok(desk.sync.status(desk.services.repo()).await)
}

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        status,
        first_run_setup,
        sign_in,
        sign_out,
        enter_kiosk,
        offices,
        types,
        office_config,
        preview_office,
        save_office,
        close_day,
        release_through,
        slots,
        board,
        search,
        book_for_caller,
        staff_list,
        staff_add,
        staff_update,
        ui_ready,
        sync_status,
        central_settings,
        central_connect,
        central_disconnect,
        central_own_changes,
        central_workstations,
        central_send_own_changes,
        public_flow::ui_text,
        public_flow::languages,
        public_flow::kiosk_route,
        public_flow::kiosk_check_request,
        public_flow::kiosk_check_person,
        public_flow::kiosk_offer_slots,
        public_flow::kiosk_book,
        public_flow::kiosk_lookup,
        public_flow::kiosk_reschedule,
        public_flow::kiosk_cancel,
        public_flow::kiosk_reissue,
        public_flow::kiosk_notice_print,
        public_flow::kiosk_notice_save,
        front_desk::find_arrival,
        front_desk::check_in,
        front_desk::walk_in,
        front_desk::visits_today,
        front_desk::visit_documents,
        front_desk::call_visit,
        front_desk::finish_visit,
        front_desk::cashier_admit,
        front_desk::cashier_queue,
        front_desk::waiting_room,
        front_desk::roster,
        front_desk::roster_print,
        front_desk::open_waiting_room,
        front_desk::rebook_late
    ]
}

async fn today(desk: &Desk, session: Option<&Session>) -> ServiceResult<Option<String>> {
    let code = match session.and_then(|s| s.account.office.clone()) {
        Some(c) => c.to_string(),
        None => match desk.services.list_offices().await?.first() {
            Some(o) => o.code.clone(),
            None => return Ok(None),
        },
    };
    let office = desk.services.office(&code).await?;
    Ok(Some(office.config.today(desk.services.now()).to_string()))
}

#[tauri::command]
async fn status(desk: State<'_, Desk>) -> Result<AppStatus> {
    let (session, kiosk) = desk.current();
    Ok(AppStatus {
        first_run: desk.services.first_run().await?,
        today: today(&desk, session.as_ref()).await?,
        session: if kiosk { None } else { session },
        kiosk,
        database: desk.database.display().to_string(),
        kiosk_idle_seconds: kiosk_idle_seconds(),
    })
}

#[tauri::command]
async fn first_run_setup(desk: State<'_, Desk>, account: NewStaff) -> Result<Session> {
    // The public's screen never makes the district's first administrator.
    if desk.is_kiosk() {
        return Err(ServiceError::new("forbidden", "a kiosk window does not set up the first account; start the app without --kiosk"));
    }
    let session = desk.services.create_first_administrator(&account).await?;
    desk.set_session(Some(session.clone()));
    Ok(session)
}

/// Signs in; in kiosk mode only an account that may leave the kiosk does, and leaves it.
#[tauri::command]
async fn sign_in(app: AppHandle, desk: State<'_, Desk>, username: String, password: String) -> Result<Session> {
    let session = if desk.is_kiosk() { desk.services.sign_in_at_kiosk(&username, &password).await? } else { desk.services.sign_in(&username, &password).await? };
    if desk.is_kiosk() {
        session.require(Action::LeaveKiosk)?;
        desk.set_kiosk(false);
        set_kiosk_window(&app, false);
    }
    desk.set_session(Some(session.clone()));
    Ok(session)
}

#[tauri::command]
fn sign_out(desk: State<'_, Desk>) {
    desk.set_session(None);
}

/// Turns this window into the public kiosk; only staff can, and only staff can leave it.
#[tauri::command]
async fn enter_kiosk(app: AppHandle, desk: State<'_, Desk>) -> Result<()> {
    desk.session().await?;
    desk.set_kiosk(true);
    set_kiosk_window(&app, true);
    Ok(())
}

#[tauri::command]
async fn offices(desk: State<'_, Desk>) -> Result<Vec<OfficeSummary>> {
    desk.session().await?;
    desk.services.list_offices().await
}

#[tauri::command]
fn types() -> Vec<TypeView> {
    views::catalogue()
}

#[tauri::command]
async fn office_config(desk: State<'_, Desk>, office: String) -> Result<OfficeConfig> {
    desk.services.office_config(&desk.session().await?, &office).await
}

/// The resulting slots and seats of an edited office; a problem is reported, not thrown.
#[tauri::command]
async fn preview_office(desk: State<'_, Desk>, office: serde_json::Value) -> Result<MixPreview> {
    desk.session().await?.require(Action::EditOffice)?;
    Ok(match office_config::parse_office(&office) {
        Ok(o) => office_config::preview(&o),
        Err(e) => match serde_json::from_value::<passdesk_domain::office::Office>(office) {
            Ok(o) => MixPreview { problem: Some(e.message), ..office_config::preview(&o) },
            Err(_) => MixPreview { days: Vec::new(), problem: Some(e.message) },
        },
    })
}

#[tauri::command]
async fn save_office(desk: State<'_, Desk>, office: serde_json::Value, version: i64) -> Result<SaveReport> {
    let session = desk.session().await?;
    let office = office_config::parse_office(&office)?;
    desk.services.save_office(&session, &office, version).await
}

#[tauri::command]
async fn close_day(desk: State<'_, Desk>, office: String, day: String, choice: ClosureChoice) -> Result<ClosedDay> {
    desk.session().await?.require_office(Action::EditOffice, &office)?;
    desk.services.close_day(&office, &day, choice).await
}

#[tauri::command]
async fn release_through(desk: State<'_, Desk>, office: String, through: String) -> Result<ReleaseView> {
    desk.session().await?.require_office(Action::EditOffice, &office)?;
    desk.services.release_through(&office, parse_date("through", &through)?).await
}

fn day(s: &str) -> ServiceResult<NaiveDate> {
    parse_date("date", s)
}

#[tauri::command]
async fn slots(desk: State<'_, Desk>, office: String, date: String) -> Result<Vec<SlotView>> {
    desk.session().await?.require_office(Action::ViewBoard, &office)?;
    desk.services.slots(&office, day(&date)?).await
}

#[tauri::command]
async fn board(desk: State<'_, Desk>, office: String, date: String) -> Result<Vec<BoardRow>> {
    desk.services.board(&desk.session().await?, &office, day(&date)?).await
}

#[tauri::command]
async fn search(desk: State<'_, Desk>, office: String, query: String) -> Result<Vec<BoardRow>> {
    desk.services.search(&desk.session().await?, &office, &query).await
}

#[tauri::command]
async fn book_for_caller(desk: State<'_, Desk>, request: BookingRequest) -> Result<BookingReceipt> {
    desk.services.book_for_caller(&desk.session().await?, &request).await
}

#[tauri::command]
async fn staff_list(desk: State<'_, Desk>) -> Result<Vec<StaffListed>> {
    desk.services.list_staff(&desk.session().await?).await
}

/// The administrator's central-database settings.
#[tauri::command]
async fn central_settings(desk: State<'_, Desk>) -> Result<CentralStatus> {
    desk.services.central_settings(&desk.session().await?).await
}

#[tauri::command]
async fn central_connect(desk: State<'_, Desk>, form: CentralForm) -> Result<CentralStatus> {
    let done = desk.services.connect_central(&desk.session().await?, &form).await;
    // The first round now, not at the next tick.
    desk.sync.nudge();
    done
}

#[tauri::command]
async fn central_disconnect(desk: State<'_, Desk>) -> Result<CentralStatus> {
    desk.services.disconnect_central(&desk.session().await?).await
}

#[tauri::command]
async fn central_workstations(desk: State<'_, Desk>) -> Result<DistrictDesks> {
    desk.services.district_desks(Some(&desk.session().await?)).await
}

#[tauri::command]
async fn central_own_changes(desk: State<'_, Desk>) -> Result<Vec<OwnChange>> {
    desk.services.own_changes_for(&desk.session().await?).await
}

#[tauri::command]
async fn central_send_own_changes(desk: State<'_, Desk>) -> Result<Vec<SentChange>> {
    let sent = desk.services.send_own_changes(Some(&desk.session().await?)).await;
    // Sent: the next round connects again and takes the district's data.
    desk.sync.nudge();
    sent
}

#[tauri::command]
async fn staff_add(desk: State<'_, Desk>, account: NewStaff) -> Result<StaffAccount> {
    desk.services.add_staff(&desk.session().await?, &account).await
}

#[tauri::command]
async fn staff_update(desk: State<'_, Desk>, update: StaffUpdate) -> Result<StaffAccount> {
    desk.services.update_staff(&desk.session().await?, &update).await
}

/// The UI's first screen is up and takes input: logged with the time since
/// the process started (the startup benchmark reads this line).
#[tauri::command]
pub fn ui_ready(desk: State<'_, Desk>) {
    report_ready(desk.started);
}

pub struct Started(pub std::time::Instant);

#[tauri::command]
pub fn ui_ready_empty(started: State<'_, Started>) {
    report_ready(started.0);
}

fn report_ready(started: std::time::Instant) {
    eprintln!("passdesk-app: first screen ready after {} ms", started.elapsed().as_millis());
}

#[cfg(test)]
mod tests {
    /// The build script generates a permission per command; both lists must match.
    #[test]
    fn every_command_has_a_permission_and_a_capability() {
        let build = include_str!("../build.rs");
        let capability = include_str!("../capabilities/default.json");
        let source = include_str!("commands.rs");
        let handler = source.split("generate_handler![").nth(1).and_then(|s| s.split(']').next()).unwrap_or_default();
        let names: Vec<&str> = handler.split(',').map(str::trim).filter(|s| !s.is_empty()).filter_map(|s| s.rsplit("::").next()).collect();
        assert!(names.len() > 10, "commands found: {names:?}");
        for n in names {
            assert!(build.contains(&format!("\"{n}\"")), "build.rs lists {n}");
            assert!(capability.contains(&format!("\"allow-{}\"", n.replace('_', "-"))), "the capability grants {n}");
        }
    }
}
