//! The day's roster as PDF, read back with `pdftotext`: every appointment and
//! walk-in of the day, in time order, with its status; a 600-appointment day
//! over numbered pages with no row cut across a page break.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::process::Command;

use passdesk_domain::applicant::ApplicantInput;
use passdesk_services::{booking::BookingRequest, roster::RosterGrouping, staff::NewStaff, ServiceError};
use passdesk_tests::{at, date, Fixture};

const BIG: &str = include_str!("../fixtures/big-office.toml");

fn ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{} [{}]", e.message, e.code))
}

/// A distinct name for person `i`: names take no digits.
fn name(i: usize) -> String {
    let l = |n: usize| char::from(b'a' + (n % 26) as u8);
    format!("Q{}{}{}", l(i / 676), l(i / 26), l(i))
}

fn pages(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("roster.pdf");
    std::fs::write(&path, pdf).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new("pdftotext").arg("-layout").arg(&path).arg("-").output().unwrap_or_else(|e| panic!("pdftotext (poppler-utils): {e}"));
    String::from_utf8_lossy(&out.stdout).split('\u{c}').filter(|p| !p.trim().is_empty()).map(String::from).collect()
}

#[tokio::test]
async fn a_600_appointment_day_prints_in_time_order_on_numbered_pages_with_no_row_cut() {
    // Monday 2026-11-23, 06:00 in Chicago: the day is booked full before it begins.
    let f = Fixture::new(BIG, at("2026-11-23T12:00:00Z")).await;
    ok(f.services.release_through("BIG", date("2026-11-23")).await);
    let slots = ok(f.services.slots("BIG", date("2026-11-23")).await);
    assert_eq!(slots.iter().map(|s| s.capacity).sum::<u32>(), 600);
    let mut i = 0;
    for s in &slots {
        for _ in 0..s.capacity {
            let who = ApplicantInput { first_name: "Ann".into(), last_name: name(i), date_of_birth: "1970-01-01".into(), ..Default::default() };
            ok(f.services.book(&BookingRequest { office: Some("BIG".into()), type_code: "case_inquiry".into(), slot_id: Some(s.id.clone()), applicant: who, ..Default::default() }).await);
            i += 1;
        }
    }

    // At 11:00 the morning is over: some came and were served, one waits, the rest did not come.
    let later = f.reopen(at("2026-11-23T17:00:00Z")).await;
    let admin = ok(later.create_first_administrator(&NewStaff { username: "root".into(), display_name: "Root".into(), role: "administrator".into(), office: None, password: "root-password-1".into() }).await);
    ok(later.add_staff(&admin, &NewStaff { username: "desk".into(), display_name: "Desk".into(), role: "front_desk".into(), office: Some("BIG".into()), password: "desk-password-1".into() }).await);
    let desk = ok(later.sign_in("desk", "desk-password-1").await);
    let found = |who: usize| {
        let later = &later;
        let desk = &desk;
        async move { ok(later.find_arrival(desk, &format!("{} ann", name(who))).await).remove(0).appointment.confirmation }
    };
    use passdesk_domain::documents::DocumentKind;
    use passdesk_services::front_desk::{CheckIn, DocumentShown};
    let doc = || vec![DocumentShown { kind: DocumentKind::Passport, number_last4: Some("9876".into()), expiry: Some("2031-01-01".into()), mrz: None }];
    for who in [0, 1, 2] {
        let conf = found(who).await;
        let v = ok(later.check_in(&desk, &CheckIn { confirmation: conf, documents: doc(), override_reason: None, companions: vec![] }).await);
        if who < 2 {
            ok(later.call_visit(&desk, &v.id.to_string(), "W1").await);
            ok(later.finish_visit(&desk, &v.id.to_string(), true, None).await);
        }
    }

    let roster = ok(later.roster("BIG", date("2026-11-23"), None).await);
    assert_eq!(roster.rows.len(), 600);
    let pdf = ok(later.roster_pdf(&roster, RosterGrouping::Track));
    let pages = pages(&pdf);
    let total = pages.len();
    assert!(total >= 10, "600 rows take many pages, got {total}");
    for (n, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("page {} of {total}", n + 1)), "page {} is numbered: {page}", n + 1);
        assert!(page.contains("Roster — Big Test Office (BIG)"), "page {} has the header", n + 1);
    }
    // Every row is whole on exactly one page, in time order, with its status on its own line.
    let mut last_time = String::new();
    for (i, row) in roster.rows.iter().enumerate() {
        let holding: Vec<&String> = pages.iter().filter(|p| p.contains(&row.name)).collect();
        assert_eq!(holding.len(), 1, "{} appears on exactly one page", row.name);
        let line = holding[0].lines().find(|l| l.contains(&row.name)).unwrap_or_default();
        assert!(line.contains(&row.time) && line.contains(&row.status), "row {i} whole on one line: {line:?} for {row:?}");
        assert!(row.time >= last_time, "time order at row {i}");
        last_time = row.time.clone();
    }
    let statuses: Vec<&str> = roster.rows.iter().take(3).map(|r| r.status.as_str()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == "served").count(), 2, "{statuses:?}");
    assert!(roster.rows.iter().any(|r| r.status == "waiting"));
    assert!(roster.rows.iter().filter(|r| r.status == "no-show").count() > 100, "the morning's absentees are no-shows");
    assert!(pages.last().is_some_and(|p| p.contains("Summary")), "a closing summary");
    let general = &roster.summary[0];
    assert_eq!((general.capacity, general.booked, general.arrived), (600, 600, 3));
}
