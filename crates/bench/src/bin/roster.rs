//! `roster`: the day's roster of 600 appointments as PDF (release build),
//! time and size, beside the same roster as an HTML table printed to PDF by
//! headless Chromium (Debian package `chromium`), measured in the same run.
//!
//! `roster [--runs 10] [--chromium /usr/bin/chromium]`

use std::{
    path::PathBuf,
    process::Command,
    time::{Duration, Instant},
};

use chrono::{DateTime, Utc};
use clap::Parser;
use passdesk_domain::applicant::ApplicantInput;
use passdesk_services::{booking::BookingRequest, open_local, pin_key::PinKeySource, roster::RosterGrouping, Clock};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 10)]
    runs: usize,
    #[arg(long, default_value = "/usr/bin/chromium")]
    chromium: PathBuf,
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const BIG: &str = include_str!("../../../../tests/fixtures/big-office.toml");

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let now: DateTime<Utc> = "2026-11-23T12:00:00Z".parse()?;
    let clock: Clock = std::sync::Arc::new(move || now);
    let (s, _) = open_local(&dir.path().join("roster.sqlite3"), &PinKeySource::File(dir.path().join("k")), clock).await?;
    s.import_offices(BIG, passdesk_domain::office_file::Format::Toml).await?;
    let day = now.date_naive();
    s.release_through("BIG", day).await?;
    let letters = |i: usize| -> String { [i / 676, i / 26, i].iter().map(|n| char::from(b'a' + (n % 26) as u8)).collect() };
    let mut n = 0;
    for slot in s.slots("BIG", day).await? {
        for _ in 0..slot.capacity {
            let who = ApplicantInput { first_name: "Ana".into(), last_name: format!("Núñez{}", letters(n)), date_of_birth: "1970-01-01".into(), ..Default::default() };
            s.book(&BookingRequest { office: Some("BIG".into()), type_code: "case_inquiry".into(), slot_id: Some(slot.id.clone()), applicant: who, ..Default::default() }).await?;
            n += 1;
        }
    }
    let roster = s.roster("BIG", day, None).await?;
    // Warm the fonts, as a desk that has printed once today has them.
    let pdf = s.roster_pdf(&roster, RosterGrouping::Track)?;
    let times = (0..args.runs.max(1))
        .map(|_| {
            let t = Instant::now();
            let _ = s.roster_pdf(&roster, RosterGrouping::Track);
            t.elapsed()
        })
        .collect();
    println!("| | rows | time (median of {}) | size |", args.runs);
    println!("|---|---:|---:|---:|");
    println!("| PassDesk roster PDF (shaped text, subset fonts) | {} | {:.0} ms | {} KB |", roster.rows.len(), median(times).as_secs_f64() * 1000.0, pdf.len() / 1024);

    // The baseline: the same table as HTML, printed by headless Chromium.
    let mut html = String::from("<!doctype html><meta charset=utf-8><style>body{font-family:'Noto Sans';font-size:9pt} table{border-collapse:collapse;width:100%} td,th{padding:1px 4px;text-align:left;white-space:nowrap;overflow:hidden;max-width:150pt} tr{break-inside:avoid}</style>");
    html += &format!("<h1>Roster — {} ({})</h1><p>{}</p><table><thead><tr><th>Time<th>No.<th>Name<th>Type<th>Status<th>Checked in<th>Desk</tr></thead><tbody>", escape(&roster.office_name), roster.office, roster.date);
    for r in &roster.rows {
        html += &format!("<tr><td>{}<td>{}<td>{}<td>{}<td>{}<td>{}<td>{}</tr>", r.time, r.queue_number.map(|n| n.to_string()).unwrap_or_default(), escape(&r.name), escape(&r.type_name), r.status, r.checked_in.clone().unwrap_or_default(), r.desk.clone().unwrap_or_default());
    }
    html += "</tbody></table>";
    let page = dir.path().join("roster.html");
    std::fs::write(&page, html)?;
    let out = dir.path().join("chromium.pdf");
    let profile = dir.path().join("profile");
    let mut times = Vec::new();
    for _ in 0..args.runs.max(1) {
        let t = Instant::now();
        let status = Command::new(&args.chromium)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", page.display()))
            .output()?;
        times.push(t.elapsed());
        if !status.status.success() {
            return Err(format!("chromium failed: {}", String::from_utf8_lossy(&status.stderr)).into());
        }
    }
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    println!("| baseline: the same rows as HTML, headless Chromium --print-to-pdf (process start included) | {} | {:.0} ms | {} KB |", roster.rows.len(), median(times).as_secs_f64() * 1000.0, size / 1024);
    Ok(())
}
