//! PassDesk's desktop app. A thin shell: it opens the local database, keeps
//! who is signed in at this window, and forwards each UI command to the same
//! services the `passdesk` CLI calls. No business rule lives here.
//!
//! `passdesk-app [--db PATH] [--demo] [--kiosk]`: `--demo` creates the demo
//! database at PATH when it does not exist yet; `--kiosk` starts in kiosk mode.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod bindings;
mod commands;
mod desk;
mod front_desk;
mod printing;
mod public_flow;
mod startup_problem;

use std::path::PathBuf;

use passdesk_services::{clock_from, default_db_path, open_local, pin_key::PinKeySource, Services};
use tauri::Manager;

struct Options {
    db: PathBuf,
    demo: bool,
    kiosk: bool,
    /// Hidden: an empty window and no database, the baseline of the startup benchmark.
    empty_window: bool,
}

fn options() -> Result<Options, String> {
    let mut o = Options { db: std::env::var_os("PASSDESK_DB").map(PathBuf::from).unwrap_or_else(default_db_path), demo: false, kiosk: false, empty_window: false };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--db" => o.db = args.next().map(PathBuf::from).ok_or("--db needs a path")?,
            "--demo" => o.demo = true,
            "--kiosk" => o.kiosk = true,
            "--empty-window" => o.empty_window = true,
            "--help" | "-h" => return Err("usage: passdesk-app [--db PATH] [--demo] [--kiosk]".into()),
            other => return Err(format!("unknown argument {other}; usage: passdesk-app [--db PATH] [--demo] [--kiosk]")),
        }
    }
    Ok(o)
}

fn main() {
    let started = std::time::Instant::now();
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("passdesk-app: {e}");
            std::process::exit(2);
        }
    };
    if o.empty_window {
        return empty_window(started);
    }
    let key = PinKeySource::for_database(&o.db);
    // PASSDESK_NOW (hidden, as in the CLI; test builds only) stands the clock
    // still; with PASSDESK_NOW_RUNS=1 it starts there and runs.
    let opened = tauri::async_runtime::block_on(async {
        let runs = std::env::var("PASSDESK_NOW_RUNS").is_ok_and(|v| v == "1");
        let clock = clock_from(std::env::var("PASSDESK_NOW").ok().as_deref(), runs)?;
        if o.demo && !o.db.exists() {
            Services::create_demo(&o.db, &key, false, 60, clock).await.map(|(s, _)| s)
        } else {
            open_local(&o.db, &key, clock).await.map(|(s, _)| s)
        }
    });
    let services = match opened {
        Ok(s) => s,
        Err(e) => {
            eprintln!("passdesk-app: {} [{}]", e.message, e.code);
            startup_problem::show(startup_problem::StartupProblem { code: e.code.to_string(), message: e.message, database: o.db.display().to_string() });
        }
    };
    let desk = desk::Desk::new(services, o.db.clone(), o.kiosk, started);
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| desk::focus_main(app)))
        .plugin(tauri_plugin_log::Builder::new().level(log::LevelFilter::Info).build())
        .plugin(tauri_plugin_window_state::Builder::new().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(desk)
        .setup(move |app| {
            let desk = app.state::<desk::Desk>();
            let (monitor, ws) = (desk.sync.clone(), desk.services.repo().clone());
            // Half a second between rounds: another desk's change shows here within 2 s.
            tauri::async_runtime::spawn(async move { monitor.run(ws, std::time::Duration::from_millis(500)).await });
            // Each office's new day comes out at its release time, whoever is at the keyboard.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                loop {
                    let desk = handle.state::<desk::Desk>();
                    let Some(released) = desk.services.release_due_when_current(&desk.sync).await else {
                        // Not synced yet: tried again soon.
                        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                        continue;
                    };
                    match released {
                        Ok(done) => {
                            for (office, r) in done {
                                match r {
                                    Ok(v) if v.days_released > 0 => log::info!("released {} day(s) of {office} through {}", v.days_released, v.through),
                                    Ok(_) => {}
                                    // Offline: the next minute tries again, or another workstation releases it.
                                    Err(e) if e.code == "central_unavailable" => {}
                                    Err(e) => log::warn!("releasing {office}'s due days: {} [{}]", e.message, e.code),
                                }
                            }
                        }
                        Err(e) => log::warn!("releasing due days: {} [{}]", e.message, e.code),
                    }
                    tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                }
            });
            desk::open_main_window(app, "index.html")?;
            if o.kiosk {
                desk::set_kiosk_window(app.handle(), true);
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = app {
        eprintln!("passdesk-app: the window could not start: {e}");
        std::process::exit(1);
    }
}

/// The startup benchmark's baseline: the same binary and WebView with an
/// empty page that only reports that it is ready.
fn empty_window(started: std::time::Instant) {
    let app = tauri::Builder::default()
        .manage(commands::Started(started))
        .setup(|app| Ok(desk::open_main_window(app, "empty.html").map(|_| ())?))
        .invoke_handler(tauri::generate_handler![commands::ui_ready_empty])
        .run(tauri::generate_context!());
    if let Err(e) = app {
        eprintln!("passdesk-app: the window could not start: {e}");
        std::process::exit(1);
    }
}
