//! The notice in every language, read back as a person or a scanner would:
//! `pdftotext` (poppler-utils) finds the confirmation number, the office
//! address and the date in the language; `zbarimg` (zbar-tools) reads the QR
//! code off a rendered page (pdftoppm). `PASSDESK_NOTICE_PNG_DIR` keeps the
//! rendered Arabic and Chinese pages (docs/notices/ holds them).

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::{path::Path, process::Command};

use passdesk_i18n::{catalog, LANGUAGES};
use passdesk_print::{render_notice, Notice};

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?} did not run ({e}); the test script installs poppler-utils and zbar-tools"));
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text as pdftotext reads it, with spaces, line breaks and the bidi
/// controls it adds squeezed out, so a date split over two lines still matches.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')).collect()
}

/// The words of a localized date, without punctuation: pdftotext may place a
/// comma on the other side of a number in right-to-left text.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()).filter(|w| !w.is_empty()).collect()
}

#[test]
fn the_notice_reads_right_in_every_language() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let keep = std::env::var_os("PASSDESK_NOTICE_PNG_DIR");
    let mut problems = Vec::new();
    for &lang in LANGUAGES {
        let n = Notice::specimen(lang);
        let pdf = render_notice(&n).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert!(pdf.len() < 150_000, "{lang}: the notice is {} bytes, over 150 KB", pdf.len());
        let path = dir.path().join(format!("{lang}.pdf"));
        std::fs::write(&path, &pdf).unwrap_or_else(|e| panic!("{e}"));
        let text = squeezed(&run(Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-")));
        let date = catalog().date_long(lang, n.starts_at.date());
        let mut expected: Vec<(&str, String)> = vec![("confirmation number", "7K3QF-9XW2M".into()), ("street", "8101NStemmonsFwy".into()), ("city", "Dallas,TX75247".into())];
        expected.extend(words(&date).into_iter().map(|w| ("date", w)));
        for (what, e) in expected {
            if !text.contains(&e) {
                problems.push(format!("{lang}: {what} {e:?} not in the extracted text: {text}"));
            }
        }
        let png = dir.path().join(lang);
        run(Command::new("pdftoppm").args(["-png", "-r", "110", "-singlefile"]).arg(&path).arg(&png));
        let png = png.with_extension("png");
        let qr = run(Command::new("zbarimg").args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"]).arg(&png));
        if qr.trim() != "7K3QF-9XW2M" {
            problems.push(format!("{lang}: the QR code reads {qr:?}"));
        }
        if let (Some(keep), true) = (&keep, matches!(lang, "ar" | "zh")) {
            std::fs::create_dir_all(keep).unwrap_or_else(|e| panic!("{e}"));
            std::fs::copy(&png, Path::new(keep).join(format!("notice-{lang}.png"))).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn arabic_is_shaped_and_runs_right_to_left() {
    // Joined Arabic uses presentation forms the font maps from the letters
    // only through shaping; unshaped text would come back letter by letter
    // in the isolated forms, and left to right.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pdf = render_notice(&Notice::specimen("ar")).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("ar.pdf");
    std::fs::write(&path, &pdf).unwrap_or_else(|e| panic!("{e}"));
    let text = run(Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-"));
    let title = catalog().text("ar", "notice-title", &[]);
    assert!(text.contains(&title), "the Arabic title {title:?} reads in logical order from: {text}");
}
