//! Builds every `locales/<lang>/*.ftl` into the binary, so a language is added
//! by adding its folder and a kiosk needs no files beside the program.

use std::{env, fmt::Write, fs, path::PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    if let Ok(dirs) = fs::read_dir(&root) {
        for dir in dirs.flatten().filter(|d| d.path().is_dir()) {
            println!("cargo:rerun-if-changed={}", dir.path().display());
            for f in fs::read_dir(dir.path()).into_iter().flatten().flatten() {
                if f.path().extension().is_some_and(|e| e == "ftl") {
                    files.push((dir.file_name().to_string_lossy().into_owned(), f.path()));
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// (language, file name, contents) of every Fluent file under locales/.\npub static FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, path) in &files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let _ = writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", path.canonicalize().unwrap_or(path.clone()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = fs::write(&dest, out) {
        println!("cargo:warning=could not write {}: {e}", dest.display());
    }
}
