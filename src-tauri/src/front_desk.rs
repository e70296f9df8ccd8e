//! The front desk's and the cashier's commands: search, check-in, the queue,
//! walk-ins, the cashier's admissions, the waiting room and the roster. Each
//! forwards to one service, which checks the role and the office.

use passdesk_domain::visit::{DocumentRecord, Visit};
use passdesk_services::{
    front_desk::{Arrival, CashierEntry, CheckIn, WaitingRoom, WalkIn},
    kiosk::Reissued,
    roster::Roster,
    ServiceError,
};
use tauri::{AppHandle, Manager, State, WebviewUrl, WebviewWindowBuilder};

use crate::{desk::Desk, printing, public_flow::NoticeOutcome};

type Result<T> = std::result::Result<T, ServiceError>;

#[tauri::command]
pub async fn find_arrival(desk: State<'_, Desk>, query: String) -> Result<Vec<Arrival>> {
    desk.services.find_arrival(&desk.session().await?, &query).await
}

#[tauri::command]
pub async fn check_in(desk: State<'_, Desk>, check_in: CheckIn) -> Result<Visit> {
    let done = desk.services.check_in(&desk.session().await?, &check_in).await;
    // The fact is in the outbox: sent now rather than at the next tick.
    desk.sync.nudge();
    done
}

#[tauri::command]
pub async fn rebook_late(desk: State<'_, Desk>, confirmation: String) -> Result<Reissued> {
    desk.services.rebook_late(&desk.session().await?, &confirmation).await
}

#[tauri::command]
pub async fn walk_in(desk: State<'_, Desk>, walk_in: WalkIn) -> Result<Visit> {
    let done = desk.services.walk_in(&desk.session().await?, &walk_in).await;
    // The fact is in the outbox: sent now rather than at the next tick.
    desk.sync.nudge();
    done
}

#[tauri::command]
pub async fn visits_today(desk: State<'_, Desk>) -> Result<Vec<Visit>> {
    desk.services.visits_today(&desk.session().await?).await
}

#[tauri::command]
pub async fn visit_documents(desk: State<'_, Desk>, visit: String) -> Result<Vec<DocumentRecord>> {
    desk.services.visit_documents(&desk.session().await?, &visit).await
}

#[tauri::command]
pub async fn call_visit(desk: State<'_, Desk>, visit: String, window: String) -> Result<Visit> {
    let done = desk.services.call_visit(&desk.session().await?, &visit, &window).await;
    // The fact is in the outbox: sent now rather than at the next tick.
    desk.sync.nudge();
    done
}

#[tauri::command]
pub async fn finish_visit(desk: State<'_, Desk>, visit: String, served: bool, receipt_ref: Option<String>) -> Result<Visit> {
    let done = desk.services.finish_visit(&desk.session().await?, &visit, served, receipt_ref.as_deref()).await;
    // The fact is in the outbox: sent now rather than at the next tick.
    desk.sync.nudge();
    done
}

#[tauri::command]
pub async fn cashier_admit(desk: State<'_, Desk>, confirmation: String) -> Result<CashierEntry> {
    desk.services.cashier_admit(&desk.session().await?, &confirmation).await
}

#[tauri::command]
pub async fn cashier_queue(desk: State<'_, Desk>) -> Result<Vec<CashierEntry>> {
    desk.services.cashier_queue(&desk.session().await?).await
}

/// Numbers only: the waiting room's screen shows no names.
#[tauri::command]
pub async fn waiting_room(window: tauri::Window, desk: State<'_, Desk>) -> Result<WaitingRoom> {
    // The lobby's screen shows the office it was opened for (numbers and
    // desks only), also while nobody is signed in at the desk.
    if window.label() == WAITING_ROOM {
        if let Some(office) = desk.waiting_room() {
            return desk.services.waiting_room(&office).await;
        }
    }
    desk.services.waiting_room_here(&desk.session().await?).await
}

/// Opens the waiting room's screen, for a second monitor in the lobby.
#[tauri::command]
pub async fn open_waiting_room(app: AppHandle, desk: State<'_, Desk>) -> Result<()> {
    let session = desk.session().await?;
    session.require(passdesk_domain::staff::Action::ViewBoard)?;
    let office = session.account.office.as_ref().map(ToString::to_string).ok_or_else(|| ServiceError::new("forbidden", "your account has no office; open the waiting room from an office's desk"))?;
    desk.set_waiting_room(office);
    if let Some(w) = app.get_webview_window(WAITING_ROOM) {
        let _ = w.set_focus();
        return Ok(());
    }
    WebviewWindowBuilder::new(&app, WAITING_ROOM, WebviewUrl::App("index.html?view=waiting-room".into()))
        .title("PassDesk — waiting room")
        .inner_size(1280.0, 720.0)
        .build()
        .map(|_| ())
        .map_err(|e| ServiceError::new("window_failed", format!("the waiting-room window did not open: {e}")))
}

/// The label of the waiting room's window (its capability names it).
pub const WAITING_ROOM: &str = "waiting-room";

#[tauri::command]
pub async fn roster(desk: State<'_, Desk>, office: String, date: String, track: Option<String>) -> Result<Roster> {
    desk.services.staff_roster(&desk.session().await?, &office, &date, track.as_deref()).await
}

#[tauri::command]
pub async fn roster_print(app: AppHandle, desk: State<'_, Desk>, office: String, date: String, by: String, save: bool) -> Result<NoticeOutcome> {
    let pdf = desk.services.staff_roster_pdf(&desk.session().await?, &office, &date, &by).await?;
    let name = format!("roster-{office}-{date}");
    if save {
        printing::save(&app, &name, &pdf)
    } else {
        printing::print(&app, &name, &pdf, false)
    }
}
