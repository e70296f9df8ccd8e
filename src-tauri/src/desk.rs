//! What one PassDesk window holds: the services on the local database, who is
//! signed in, and whether it is a kiosk.

use std::{path::PathBuf, sync::Mutex};

use passdesk_services::{staff::Session, LocalServices, ServiceError, ServiceResult};
use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};

pub struct Desk {
    pub services: LocalServices,
    /// The background sync with the central database and how it last went.
    pub sync: passdesk_services::sync::SyncMonitor,
    pub database: PathBuf,
    pub started: std::time::Instant,
    state: Mutex<WindowState>,
}

#[derive(Default)]
struct WindowState {
    session: Option<Session>,
    kiosk: bool,
    /// The office whose waiting-room screen is open: it shows that office
    /// whoever signs in or out at the desk meanwhile.
    waiting_room: Option<String>,
}

impl Desk {
    pub fn new(services: LocalServices, database: PathBuf, kiosk: bool, started: std::time::Instant) -> Self {
        Self { services, sync: Default::default(), database, started, state: Mutex::new(WindowState { session: None, kiosk, waiting_room: None }) }
    }

    fn with<T>(&self, f: impl FnOnce(&mut WindowState) -> T) -> T {
        // A poisoned lock only means another command panicked mid-way; the
        // state itself (two plain fields) is still whole.
        let mut guard = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut guard)
    }

    /// The signed-in staff member; in kiosk mode there is none. The account
    /// is read again each time: one disabled, or given another role or
    /// office (here or at another workstation, through the sync), ends the
    /// session at the next command instead of working on until sign-out.
    pub async fn session(&self) -> ServiceResult<Session> {
        let held = self.with(|s| match (&s.session, s.kiosk) {
            (Some(session), false) => Ok(session.clone()),
            _ => Err(ServiceError::new("not_signed_in", "sign in first")),
        })?;
        self.services.still_signed_in(&held).await.inspect_err(|e| {
            if e.code == "session_ended" {
                self.with(|s| s.session = None);
            }
        })
    }

    pub fn current(&self) -> (Option<Session>, bool) {
        self.with(|s| (s.session.clone(), s.kiosk))
    }

    pub fn set_session(&self, session: Option<Session>) {
        self.with(|s| s.session = session);
    }

    pub fn set_kiosk(&self, kiosk: bool) {
        self.with(|s| {
            s.kiosk = kiosk;
            if kiosk {
                s.session = None;
            }
        });
    }

    pub fn is_kiosk(&self) -> bool {
        self.with(|s| s.kiosk)
    }

    pub fn set_waiting_room(&self, office: String) {
        self.with(|s| s.waiting_room = Some(office));
    }

    pub fn waiting_room(&self) -> Option<String> {
        self.with(|s| s.waiting_room.clone())
    }
}

pub fn focus_main(app: &AppHandle) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

/// Kiosk: full screen, always on top, no closing by the public.
pub fn set_kiosk_window(app: &AppHandle, kiosk: bool) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.set_fullscreen(kiosk);
        let _ = w.set_always_on_top(kiosk);
        let _ = w.set_closable(!kiosk);
    }
}

/// Opens the main window as tauri.conf.json describes it, on `page`.
pub fn open_main_window(app: &tauri::App, page: &str) -> tauri::Result<tauri::WebviewWindow> {
    let config = app.config().app.windows.iter().find(|w| w.label == "main").cloned().unwrap_or_default();
    if page == "index.html" {
        return WebviewWindowBuilder::from_config(app.handle(), &config)?.build();
    }
    WebviewWindowBuilder::new(app.handle(), "main", WebviewUrl::App(page.into())).title(&config.title).inner_size(config.width, config.height).build()
}
