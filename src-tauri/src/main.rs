//! Placeholder for the Tauri 2 desktop shell (next issue). The workspace
//! reserves its place so the window sits on the same services as the CLI.

fn main() {
    eprintln!("The PassDesk desktop window is not built yet; use the `passdesk` command line (see README.md).");
    std::process::exit(2);
}
