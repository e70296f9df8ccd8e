//! The window shown when the app cannot open its database (a PIN key that is
//! missing, a locked keychain, a file that is not a PassDesk database…).
//! Staff start PassDesk from the desktop, where nobody reads stderr: without
//! it the app would vanish without a word.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// Why the app did not start, as its window shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StartupProblem {
    /// The error's code, for IT and the README.
    pub code: String,
    pub message: String,
    /// The database the app tried to open.
    pub database: String,
}

#[tauri::command]
pub fn startup_problem(problem: State<'_, StartupProblem>) -> StartupProblem {
    problem.inner().clone()
}

#[tauri::command]
pub fn startup_quit(app: tauri::AppHandle) {
    app.exit(1);
}

/// Shows `problem` in the app's window until it is closed, then exits with 1.
pub fn show(problem: StartupProblem) -> ! {
    let app = tauri::Builder::default()
        .manage(problem)
        .setup(|app| Ok(crate::desk::open_main_window(app, "problem.html").map(|_| ())?))
        .invoke_handler(tauri::generate_handler![startup_problem, startup_quit, crate::public_flow::ui_text])
        .build(tauri::generate_context!());
    match app {
        // Closed by its button or by the window's own close box: the app did not start.
        Ok(app) => app.run(|_, event| {
            if let tauri::RunEvent::Exit = event {
                std::process::exit(1);
            }
        }),
        Err(e) => eprintln!("passdesk-app: the window could not start: {e}"),
    }
    std::process::exit(1);
}
