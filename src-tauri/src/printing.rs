//! Getting a PDF out of the app: to the printer (CUPS `lp`), else into the
//! system's PDF viewer, or saved where the person chooses.

use std::path::{Path, PathBuf};

use passdesk_services::{notice::write_whole, ServiceError, ServiceResult};
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::public_flow::NoticeOutcome;

fn io_error(path: &Path, e: std::io::Error) -> ServiceError {
    ServiceError::new("io_error", format!("cannot write {}: {e}", path.display()))
}

/// A file name from `stem` ("notice-7K3QF-9XW2M"): letters, digits and dashes only.
fn file_name(stem: &str) -> String {
    let safe: String = stem.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("{safe}.pdf")
}

/// Files left for the PDF viewer are removed once they are this old.
const KEEP_FOR_VIEWER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Prints with `PASSDESK_PRINT_COMMAND` (default `lp`) given the file, then
/// removes the file (a notice holds its PIN in clear; `lp` has spooled it).
/// Where there is no such command, a staff window opens the PDF in the
/// system viewer instead; a kiosk (`public`) does not, as the viewer's window
/// would outlive the next person's turn.
pub fn print(app: &AppHandle, stem: &str, pdf: &[u8], public: bool) -> ServiceResult<NoticeOutcome> {
    let dir = app.path().app_cache_dir().unwrap_or_else(|_| std::env::temp_dir()).join("notices");
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    remove_old(&dir);
    let path = dir.join(file_name(stem));
    write_whole(&path, pdf)?;
    let command = std::env::var("PASSDESK_PRINT_COMMAND").unwrap_or_else(|_| "lp".into());
    let status = std::process::Command::new(&command).arg(&path).status();
    if status.is_ok() || public {
        let _ = std::fs::remove_file(&path);
    }
    match status {
        Ok(s) if s.success() => Ok(NoticeOutcome::Printed),
        Ok(s) => Err(ServiceError::new("print_failed", format!("{command} failed ({s})")).with_l10n("error-unexpected", vec![])),
        Err(e) if public => Err(ServiceError::new("print_failed", format!("no printer command ({command}: {e})")).with_l10n("error-unexpected", vec![])),
        Err(_) => {
            app.opener()
                .open_path(path.to_string_lossy(), None::<&str>)
                .map_err(|e| ServiceError::new("print_failed", format!("no printer command ({command}) and the PDF viewer did not open: {e}")))?;
            Ok(NoticeOutcome::Opened)
        }
    }
}

/// Removes what earlier viewer fallbacks left behind.
fn remove_old(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let old = e.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age > KEEP_FOR_VIEWER);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Asks where to save (a native dialog; `PASSDESK_SAVE_DIR`, hidden, skips it
/// for tests) and writes the PDF there.
pub fn save(app: &AppHandle, stem: &str, pdf: &[u8]) -> ServiceResult<NoticeOutcome> {
    let name = file_name(stem);
    let path = match std::env::var_os("PASSDESK_SAVE_DIR") {
        Some(dir) => Some(PathBuf::from(dir).join(&name)),
        None => app.dialog().file().add_filter("PDF", &["pdf"]).set_file_name(&name).blocking_save_file().and_then(|p| p.into_path().ok()),
    };
    match path {
        Some(p) => write_whole(&p, pdf).map(|_| NoticeOutcome::Saved),
        None => Ok(NoticeOutcome::NotSaved),
    }
}
