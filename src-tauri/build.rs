//! Tauri's build step: reads tauri.conf.json, embeds ui/dist, and turns the
//! capability files into the access-control list. Every app command gets an
//! `allow-…` permission that a capability must grant.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let manifest = tauri_build::AppManifest::new().commands(passdesk_commands());
    let attributes = tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*").app_manifest(manifest);
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri build step failed: {e:#}");
        std::process::exit(1);
    }
}

/// The commands of src-tauri/src/commands.rs (kept in step by a test there).
fn passdesk_commands() -> &'static [&'static str] {
    &[
        "status",
        "first_run_setup",
        "sign_in",
        "sign_out",
        "enter_kiosk",
        "offices",
        "types",
        "office_config",
        "preview_office",
        "save_office",
        "close_day",
        "release_through",
        "slots",
        "board",
        "search",
        "book_for_caller",
        "kiosk_route",
        "kiosk_book",
        "staff_list",
        "staff_add",
        "staff_update",
        "ui_ready",
        "sync_status",
        "central_settings",
        "central_connect",
        "central_disconnect",
        "central_own_changes",
        "central_workstations",
        "central_send_own_changes",
        "ui_ready_empty",
        "startup_problem",
        "startup_quit",
        "ui_text",
        "languages",
        "kiosk_check_request",
        "kiosk_check_person",
        "kiosk_offer_slots",
        "kiosk_lookup",
        "kiosk_reschedule",
        "kiosk_cancel",
        "kiosk_reissue",
        "kiosk_notice_print",
        "kiosk_notice_save",
        "find_arrival",
        "check_in",
        "walk_in",
        "visits_today",
        "visit_documents",
        "call_visit",
        "finish_visit",
        "cashier_admit",
        "cashier_queue",
        "waiting_room",
        "roster",
        "roster_print",
        "open_waiting_room",
        "rebook_late",
    ]
}
