//! The front desk's day on the demo offices: the search box, check-in with
//! documents and an MRZ (a mismatch needs a reason, recorded with who gave
//! it), the queue, emergency walk-ins over capacity, and the cashier.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_domain::{
    applicant::ApplicantInput,
    documents::DocumentKind,
    visit::{parse_search, Companion, VisitKind, VisitState},
};
use passdesk_services::{
    booking::BookingRequest,
    demo::OFFICES_TOML,
    front_desk::{Approval, CalledNumber, CheckIn, DocumentShown, WalkIn},
    staff::{NewStaff, Session},
    views::BookingReceipt,
    ServiceError,
};
use passdesk_tests::{at, date, Fixture};

// Tuesday 2026-11-24, 09:00 in Dallas.
const NOW: &str = "2026-11-24T15:00:00Z";

fn ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{} [{}]", e.message, e.code))
}

fn code<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> &'static str {
    r.err().map(|e| e.code).unwrap_or_else(|| panic!("expected a refusal"))
}

struct Desk {
    f: Fixture,
    admin: Session,
    desk: Session,
    cashier: Session,
}

async fn desk() -> Desk {
    let f = Fixture::new(OFFICES_TOML, at(NOW)).await;
    for o in ["DAL", "ARL"] {
        ok(f.services.release_through(o, date("2026-12-11")).await);
    }
    let staff = |u: &str, role: &str, office: Option<&str>| NewStaff {
        username: u.into(),
        display_name: u.into(),
        role: role.into(),
        office: office.map(String::from),
        password: format!("{u}-password-1"),
    };
    let admin = ok(f.services.create_first_administrator(&staff("root", "administrator", None)).await);
    for (u, role, o) in [("desk", "front_desk", "DAL"), ("cash", "cashier", "DAL"), ("boss", "district_manager", "DAL"), ("arlboss", "district_manager", "ARL"), ("arlcash", "cashier", "ARL"), ("arldesk", "front_desk", "ARL")] {
        ok(f.services.add_staff(&admin, &staff(u, role, Some(o))).await);
    }
    let desk = ok(f.services.sign_in("desk", "desk-password-1").await);
    let cashier = ok(f.services.sign_in("cash", "cash-password-1").await);
    Desk { f, admin, desk, cashier }
}

fn person(first: &str, last: &str, dob: &str, a_number: Option<&str>) -> ApplicantInput {
    ApplicantInput { first_name: first.into(), last_name: last.into(), date_of_birth: dob.into(), a_number: a_number.map(String::from), ..Default::default() }
}

async fn book(d: &Desk, office: &str, type_code: &str, from: &str, who: ApplicantInput) -> BookingReceipt {
    ok(d.f.services.book(&BookingRequest { office: Some(office.into()), type_code: type_code.into(), from: Some(from.into()), applicant: who, ..Default::default() }).await)
}

fn id(kind: DocumentKind) -> DocumentShown {
    DocumentShown { kind, number_last4: Some("1234".into()), expiry: Some("2030-01-01".into()), mrz: None }
}

// Anna Maria Eriksson, born 1974-08-12, a card that expires 2030-04-15 (TD1, every check digit right).
const TD1: &str = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F3004157UTO<<<<<<<<<<<2\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

#[test]
fn the_search_box_tells_a_scan_a_number_and_a_name_apart() {
    let conf = passdesk_domain::confirmation::ConfirmationNumber::random().to_string();
    assert!(matches!(parse_search(&conf), Ok(passdesk_domain::visit::ArrivalSearch::Confirmation(_))), "{conf}");
    assert!(matches!(parse_search(" a012345678 "), Ok(passdesk_domain::visit::ArrivalSearch::ANumber(_))));
    assert!(matches!(parse_search("EAC2190012345"), Ok(passdesk_domain::visit::ArrivalSearch::Receipt(_))));
    match parse_search("Núñez  MARÍA 1980-01-02") {
        Ok(passdesk_domain::visit::ArrivalSearch::Name { prefixes, born }) => {
            assert_eq!(prefixes, ["nunez", "maria"]);
            assert_eq!(born, Some(date("1980-01-02")));
        }
        other => panic!("{other:?}"),
    }
    assert!(parse_search("x").is_err(), "one letter is too little to search by");
    assert!(parse_search("").is_err());
}

#[tokio::test]
async fn the_search_finds_by_every_key_and_says_where_the_appointment_is() {
    let d = desk().await;
    let today = book(&d, "DAL", "case_inquiry", "2026-11-24", person("María", "Núñez", "1980-01-02", Some("A012345678"))).await;
    book(&d, "DAL", "card_replacement", "2026-11-25", person("María", "Núñez", "1980-01-02", None)).await;
    book(&d, "ARL", "card_replacement", "2026-11-24", person("Mario", "Nunes", "1975-05-05", None)).await;
    let s = &d.f.services;

    let by_scan = ok(s.find_arrival(&d.desk, &today.appointment.confirmation).await);
    assert_eq!(by_scan.len(), 1);
    assert_eq!(by_scan[0].note, "today");
    let by_a_number = ok(s.find_arrival(&d.desk, "a012345678").await);
    assert_eq!(by_a_number[0].appointment.confirmation, today.appointment.confirmation);

    // Accents and case do not matter; today's here comes first, then tomorrow's, then another office.
    let by_name = ok(s.find_arrival(&d.desk, "nun").await);
    let notes: Vec<&str> = by_name.iter().map(|a| a.note.as_str()).collect();
    assert_eq!(notes[0], "today", "{notes:?}");
    assert!(notes.contains(&"booked for tomorrow"), "{notes:?}");
    assert!(notes.iter().any(|n| n.contains("at another office: Arlington District Office (ARL)")), "{notes:?}");
    let narrowed = ok(s.find_arrival(&d.desk, "NUNEZ maria 1980-01-02").await);
    assert_eq!(narrowed.len(), 2, "only María Núñez, on both her days");
    assert_eq!(code(s.find_arrival(&d.desk, "x").await), "invalid_input");
}

#[tokio::test]
async fn check_in_wants_the_documents_and_an_mrz_that_does_not_match_needs_a_reason() {
    let d = desk().await;
    let s = &d.f.services;
    let anna = book(&d, "DAL", "case_inquiry", "2026-11-24", person("Anna", "Eriksson", "1974-08-12", None)).await;
    let bob = book(&d, "DAL", "case_inquiry", "2026-11-24", person("Bob", "Eriksson", "1974-08-12", None)).await;
    let check_in = |conf: &str, documents: Vec<DocumentShown>, reason: Option<&str>| CheckIn {
        confirmation: conf.into(),
        documents,
        override_reason: reason.map(String::from),
        companions: Vec::new(),
    };
    // No photo ID; an I-94 without a photo alone does not do.
    assert_eq!(code(s.check_in(&d.desk, &check_in(&anna.appointment.confirmation, vec![], None)).await), "documents_missing");
    assert_eq!(code(s.check_in(&d.desk, &check_in(&anna.appointment.confirmation, vec![id(DocumentKind::I94WithoutPhoto)], None)).await), "documents_missing");
    // The card's MRZ matches Anna.
    let card = DocumentShown { kind: DocumentKind::PermanentResidentCard, number_last4: None, expiry: None, mrz: Some(TD1.into()) };
    let visit = ok(s.check_in(&d.desk, &check_in(&anna.appointment.confirmation, vec![card.clone()], None)).await);
    assert_eq!((visit.queue_number, visit.state, visit.kind), (1, VisitState::Waiting, VisitKind::Appointment));
    let docs = ok(s.visit_documents(&d.desk, &visit.id.to_string()).await);
    assert_eq!((docs[0].outcome.as_str(), docs[0].number_last4.as_deref()), ("mrz_match", Some("5890")), "only the last 4 of the number are kept");
    let arl_desk = ok(s.sign_in("arldesk", "arldesk-password-1").await);
    assert_eq!(code(s.visit_documents(&arl_desk, &visit.id.to_string()).await), "not_found", "another office's desk does not read them");
    assert_eq!(code(s.check_in(&d.desk, &check_in(&anna.appointment.confirmation, vec![card.clone()], None)).await), "conflict", "checked in once");
    // Checked in, the appointment is neither moved nor cancelled (at the kiosk, say): the visit belongs to it.
    let later = passdesk_services::booking::NewTime { slot_id: None, from: Some("2026-11-25".into()) };
    assert_eq!(code(s.reschedule(&anna.appointment.confirmation, &anna.pin, &later).await), "checked_in");
    assert_eq!(code(s.cancel(&anna.appointment.confirmation, &anna.pin).await), "checked_in");

    // The same card for Bob does not match: refused without a reason, recorded with one.
    let refused = s.check_in(&d.desk, &check_in(&bob.appointment.confirmation, vec![card.clone()], None)).await;
    let e = refused.err().unwrap_or_else(|| panic!("a mismatch needs a reason"));
    assert_eq!(e.code, "document_mismatch");
    assert!(e.message.contains("ANNA MARIA ERIKSSON"), "{}", e.message);
    let bob_visit = ok(s.check_in(&d.desk, &check_in(&bob.appointment.confirmation, vec![card], Some("name changed by marriage, certificate seen"))).await);
    let docs = ok(s.visit_documents(&d.desk, &bob_visit.id.to_string()).await);
    assert_eq!(docs[0].outcome, "mrz_mismatch");
    assert_eq!(docs[0].override_reason.as_deref(), Some("name changed by marriage, certificate seen"));
    assert_eq!(docs[0].overridden_by.as_deref(), Some("desk"));
    assert_eq!(bob_visit.queue_number, 2);

    // A card's zone read in as a passport: the kind chosen must be what the zone is.
    let anna_again = book(&d, "DAL", "asylum", "2026-11-24", person("Anna", "Eriksson", "1974-08-12", None)).await;
    let as_passport = DocumentShown { kind: DocumentKind::Passport, number_last4: None, expiry: None, mrz: Some(TD1.into()) };
    let e = s.check_in(&d.desk, &check_in(&anna_again.appointment.confirmation, vec![as_passport.clone()], None)).await.err().unwrap_or_else(|| panic!("a card is not a passport"));
    assert_eq!(e.code, "document_mismatch");
    assert!(e.message.contains("card (document code I"), "{}", e.message);

    // The queue: call, serve; the waiting room shows numbers and desks, never names.
    let called = ok(s.call_visit(&d.desk, &visit.id.to_string(), "Window 3").await);
    assert_eq!((called.state, called.desk.as_deref()), (VisitState::Called, Some("Window 3")));
    let room = ok(s.waiting_room("DAL").await);
    assert_eq!(room.called, vec![CalledNumber { number: 1, desk: "Window 3".into(), at_cashier: false }]);
    assert_eq!(room.waiting, 1);
    let served = ok(s.finish_visit(&d.desk, &visit.id.to_string(), true, None).await);
    assert_eq!(served.state, VisitState::Served);
    assert_eq!(code(s.finish_visit(&d.desk, &visit.id.to_string(), true, None).await), "conflict", "served once");
}

#[tokio::test]
async fn an_emergency_walk_in_over_capacity_needs_a_managers_approval() {
    let d = desk().await;
    let s = &d.f.services;
    let walk_in = |approval: Option<Approval>| WalkIn {
        name: "Petra Novak".into(),
        kind: VisitKind::WalkIn,
        reason: Some("medical_emergency".into()),
        reason_text: None,
        approval,
    };
    // Capacity is not taken yet: no approval needed.
    let first = ok(s.walk_in(&d.desk, &walk_in(None)).await);
    assert_eq!((first.kind, first.approved_by.as_deref()), (VisitKind::WalkIn, None));
    // Fill today's general capacity, then a walk-in needs a manager of this office.
    let slots = ok(s.slots("DAL", date("2026-11-24")).await);
    let mut i = 0;
    for slot in slots.iter().filter(|x| x.track == "general") {
        for _ in 0..slot.free {
            i += 1;
            let who = person(&format!("Filler{}", char::from(b'a' + (i % 26) as u8)), &format!("Person{}", char::from(b'a' + (i / 26 % 26) as u8)), "1970-01-01", None);
            let r = s.book(&BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), slot_id: Some(slot.id.clone()), applicant: who, ..Default::default() }).await;
            if let Err(e) = r {
                assert!(["slot_unavailable", "slot_full", "duplicate_booking"].contains(&e.code), "{e:?}");
            }
        }
    }
    assert_eq!(code(s.walk_in(&d.desk, &walk_in(None)).await), "approval_needed");
    let wrong = Approval { username: "boss".into(), password: "nope".into() };
    assert_eq!(code(s.walk_in(&d.desk, &walk_in(Some(wrong))).await), "approval_refused");
    // A desk's wrong approvals (here enough to lock) do not lock the manager out of their own sign-in.
    for _ in 0..6 {
        let wrong = Approval { username: "arlboss".into(), password: "nope".into() };
        assert_eq!(code(s.walk_in(&d.desk, &walk_in(Some(wrong))).await), "approval_refused");
    }
    ok(s.sign_in("arlboss", "arlboss-password-1").await);
    let other_office = Approval { username: "arlboss".into(), password: "arlboss-password-1".into() };
    assert_eq!(code(s.walk_in(&d.desk, &walk_in(Some(other_office))).await), "approval_refused");
    let desk_self = Approval { username: "desk".into(), password: "desk-password-1".into() };
    assert_eq!(code(s.walk_in(&d.desk, &walk_in(Some(desk_self))).await), "approval_refused", "a front-desk officer cannot approve");
    let boss = Approval { username: "boss".into(), password: "boss-password-1".into() };
    let approved = ok(s.walk_in(&d.desk, &walk_in(Some(boss))).await);
    assert_eq!(approved.approved_by.as_deref(), Some("boss"));
    assert_eq!(approved.walk_in_reason.as_deref(), Some("medical_emergency"));
    // "other" needs words; an unknown reason is refused.
    let other = WalkIn { reason: Some("other".into()), ..walk_in(None) };
    assert_eq!(code(s.walk_in(&d.desk, &other).await), "invalid_input");
    let _ = &d.admin;
}

#[tokio::test]
async fn the_cashier_admits_only_cashier_appointments_and_sees_no_personal_data() {
    let d = desk().await;
    let s = &d.f.services;
    let general = book(&d, "DAL", "case_inquiry", "2026-11-24", person("Gina", "General", "1981-01-01", Some("A087654321"))).await;
    let pays = book(&d, "DAL", "cashier_payment", "2026-11-24", person("Paul", "Payer", "1982-02-02", Some("A011112222"))).await;
    assert_eq!(code(s.cashier_admit(&d.cashier, &general.appointment.confirmation).await), "no_cashier_appointment");
    let entry = ok(s.cashier_admit(&d.cashier, &pays.appointment.confirmation).await);
    assert_eq!(entry.name, "Payer, Paul");
    let shown = serde_json::to_string(&ok(s.cashier_queue(&d.cashier).await)).unwrap_or_default();
    assert!(!shown.contains("A011112222") && !shown.contains("1982"), "no A-number, no birth date: {shown}");
    ok(s.call_visit(&d.cashier, &entry.visit_id, passdesk_services::front_desk::CASHIER_DESK).await);
    let room = ok(s.waiting_room("DAL").await);
    assert!(room.called.iter().any(|c| c.desk == "Cashier" && c.at_cashier), "the lobby says cashier in its languages: {:?}", room.called);
    assert!(room.called.iter().all(|c| c.at_cashier == (c.desk == "Cashier")), "a window stays a window: {:?}", room.called);
    let paid = ok(s.finish_visit(&d.cashier, &entry.visit_id, true, Some("RCPT-0042")).await);
    assert_eq!(paid.receipt_ref.as_deref(), Some("RCPT-0042"));
    // A cashier cannot check in general arrivals, nor walk in anyone outside cashier hours (DAL keeps none).
    assert_eq!(code(s.check_in(&d.cashier, &CheckIn { confirmation: general.appointment.confirmation.clone(), documents: vec![id(DocumentKind::Passport)], override_reason: None, companions: vec![] }).await), "forbidden");
    let cash_walk_in = WalkIn { name: "Wanda Walker".into(), kind: VisitKind::CashierWalkIn, reason: None, reason_text: None, approval: None };
    assert_eq!(code(s.walk_in(&d.cashier, &cash_walk_in).await), "outside_cashier_hours");
    // Nor use the check-in's search, which returns whole applicant records of every office.
    assert_eq!(code(s.find_arrival(&d.cashier, &general.appointment.confirmation).await), "forbidden");
}

/// The board is read every second; a cashier's holds the cashier track only,
/// and nobody's carries an A-number or a birth date.
#[tokio::test]
async fn the_board_carries_no_personal_data_and_a_cashiers_only_the_cashier_track() {
    let d = desk().await;
    let s = &d.f.services;
    let general = book(&d, "DAL", "case_inquiry", "2026-11-24", person("Gina", "General", "1981-01-01", Some("A087654321"))).await;
    let pays = book(&d, "DAL", "cashier_payment", "2026-11-24", person("Paul", "Payer", "1982-02-02", Some("A011112222"))).await;
    let names = |rows: &[passdesk_services::views::BoardRow]| rows.iter().map(|r| r.last_name.clone()).collect::<Vec<_>>();

    let desks = ok(s.board(&d.desk, "DAL", date("2026-11-24")).await);
    assert!(names(&desks).contains(&"General".to_string()) && names(&desks).contains(&"Payer".to_string()), "the desk sees every track: {:?}", names(&desks));
    let shown = serde_json::to_string(&desks).unwrap_or_default();
    assert!(!shown.contains("A087654321") && !shown.contains("1981-01-01"), "no A-number, no birth date on the board: {shown}");

    let cashiers = ok(s.board(&d.cashier, "DAL", date("2026-11-24")).await);
    assert_eq!(names(&cashiers), ["Payer"], "the cashier's board holds the cashier track alone");
    assert!(cashiers.iter().all(|r| r.track == "cashier"));
    assert!(ok(s.search(&d.cashier, "DAL", "General").await).is_empty(), "a general appointment is not found by the cashier");
    // A pasted page is refused with a message, not sent to the database.
    let long = s.search(&d.cashier, "DAL", &"General ".repeat(10_000)).await.err().unwrap_or_else(|| panic!("an 80,000-character search was run"));
    assert_eq!(long.code, "invalid_input", "{}", long.message);
    assert!(long.message.contains("at most 100 characters"), "{}", long.message);
    assert!(ok(s.search(&d.cashier, "DAL", &general.appointment.confirmation).await).is_empty());
    assert_eq!(names(&ok(s.search(&d.cashier, "DAL", &pays.appointment.confirmation).await)), ["Payer"]);
    assert_eq!(code(s.search(&d.cashier, "DAL", "A011112222").await), "forbidden", "a cashier finds no one by A-number");
    assert_eq!(names(&ok(s.search(&d.desk, "DAL", "A087654321").await)), ["General"], "the desk does");

    // Nor does the roster or today's queue show a cashier the other tracks.
    let roster = ok(s.staff_roster(&d.cashier, "DAL", "2026-11-24", None).await);
    assert!(!roster.rows.is_empty() && roster.rows.iter().all(|r| r.track == "cashier"), "{:?}", roster.rows);
    assert!(ok(s.staff_roster(&d.desk, "DAL", "2026-11-24", None).await).rows.iter().any(|r| r.track == "general"));
    ok(s.check_in(&d.desk, &CheckIn { confirmation: general.appointment.confirmation.clone(), documents: vec![id(DocumentKind::Passport)], override_reason: None, companions: vec![] }).await);
    ok(s.cashier_admit(&d.cashier, &pays.appointment.confirmation).await);
    let tracks = |v: Vec<passdesk_domain::visit::Visit>| v.into_iter().map(|v| v.track).collect::<Vec<_>>();
    assert_eq!(tracks(ok(s.visits_today(&d.cashier).await)), ["cashier"]);
    assert_eq!(tracks(ok(s.visits_today(&d.desk).await)).len(), 2, "the desk sees both");
}

#[test]
fn a_search_with_letters_beyond_ascii_where_a_number_would_be_is_no_panic() {
    // Found by the fuzzer: 13 bytes, a multi-byte letter among the first three.
    assert!(parse_search("N/úa 10\u{1f}01-02").is_ok());
    assert!(parse_search("Añ1234567").is_ok());
}

/// Dallas rebooking late arrivals, released through `through`, with a
/// front-desk account `desk` and a case inquiry booked at today's first free time.
async fn booked_where_late_arrivals_are_rebooked(through: &str) -> (Fixture, passdesk_services::views::BookingReceipt) {
    let rebooking = OFFICES_TOML.replacen("policy = { walk_ins = true, companions = true }", "policy = { walk_ins = true, companions = true, late_arrivals = \"rebook\" }", 1);
    assert_ne!(rebooking, OFFICES_TOML, "Dallas's policy line is in the demo file");
    let f = Fixture::new(&rebooking, at(NOW)).await;
    ok(f.services.release_through("DAL", date(through)).await);
    let admin = ok(f.services.create_first_administrator(&NewStaff { username: "root".into(), display_name: "Root".into(), role: "administrator".into(), office: None, password: "root-password-1".into() }).await);
    ok(f.services.add_staff(&admin, &NewStaff { username: "desk".into(), display_name: "Desk".into(), role: "front_desk".into(), office: Some("DAL".into()), password: "desk-password-1".into() }).await);
    let r = ok(f.services.book(&BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Lena", "Late", "1990-03-03", None), ..Default::default() }).await);
    (f, r)
}

#[tokio::test]
async fn a_late_arrival_where_the_office_rebooks_moves_to_the_next_free_time_with_a_new_pin() {
    let (f, r) = booked_where_late_arrivals_are_rebooked("2026-12-11").await;
    // An hour after the appointment's time (09:00 + 1 h is past 15 minutes of grace).
    let later = f.reopen(at("2026-11-24T16:30:00Z")).await;
    let desk = ok(later.sign_in("desk", "desk-password-1").await);
    let check_in = CheckIn { confirmation: r.appointment.confirmation.clone(), documents: vec![id(DocumentKind::Passport)], override_reason: None, companions: vec![] };
    assert_eq!(code(later.check_in(&desk, &check_in).await), "late_arrival");
    let moved = ok(later.rebook_late(&desk, &r.appointment.confirmation).await);
    assert!(moved.appointment.starts_at > r.appointment.starts_at, "{} after {}", moved.appointment.starts_at, r.appointment.starts_at);
    ok(later.lookup(&r.appointment.confirmation, &moved.pin).await);
    assert_eq!(code(later.lookup(&r.appointment.confirmation, &r.pin).await), "wrong_pin", "the old PIN is void");
    assert_eq!(code(later.rebook_late(&desk, &r.appointment.confirmation).await), "not_late", "the new time has not passed");
}

#[tokio::test]
async fn a_late_arrival_with_no_time_left_to_move_to_is_told_so_by_the_types_name() {
    // Only today released: after its last time there is nothing to move to.
    let (f, r) = booked_where_late_arrivals_are_rebooked("2026-11-24").await;
    let evening = f.reopen(at("2026-11-24T23:30:00Z")).await;
    let desk = ok(evening.sign_in("desk", "desk-password-1").await);
    let refused = evening.rebook_late(&desk, &r.appointment.confirmation).await.err().unwrap_or_else(|| panic!("moved to a time that was never released"));
    assert_eq!(refused.code, "no_free_slot", "{}", refused.message);
    let name = passdesk_domain::appointment_type::find("case_inquiry").map(|t| t.name).unwrap_or_default();
    assert!(refused.message.contains(&format!("\"{name}\"")) && !refused.message.contains("\"case_inquiry\""), "{}", refused.message);
}

#[tokio::test]
async fn arlington_admits_attorneys_and_payers_without_appointments_only_in_their_hours() {
    let d = desk().await;
    let s = &d.f.services;
    let arl_cashier = ok(s.sign_in("arlcash", "arlcash-password-1").await);
    let arl_desk = ok(s.sign_in("arldesk", "arldesk-password-1").await);
    let walk = |kind: VisitKind| WalkIn { name: "Oscar Ortega".into(), kind, reason: None, reason_text: None, approval: None };
    // Tuesday 10:00 in Arlington: inside the cashier hours (08:00-11:00), outside the attorney hours (13:00-15:00).
    let paid = ok(s.walk_in(&arl_cashier, &walk(VisitKind::CashierWalkIn)).await);
    assert_eq!((paid.kind, paid.track.as_str()), (VisitKind::CashierWalkIn, "cashier"));
    assert_eq!(code(s.walk_in(&arl_desk, &walk(VisitKind::AttorneyWalkIn)).await), "outside_walk_in_hours");
    assert_eq!(code(s.walk_in(&arl_desk, &walk(VisitKind::CashierWalkIn)).await), "forbidden", "the cashier admits payers");
    // Arlington sees no emergency walk-ins at all.
    let emergency = WalkIn { reason: Some("medical_emergency".into()), ..walk(VisitKind::WalkIn) };
    assert_eq!(code(s.walk_in(&arl_desk, &emergency).await), "walk_ins_not_allowed");
    let later = d.f.reopen(at("2026-11-24T18:30:00Z")).await; // 13:30 in Arlington
    let arl_desk = ok(later.sign_in("arldesk", "arldesk-password-1").await);
    let attorney = ok(later.walk_in(&arl_desk, &walk(VisitKind::AttorneyWalkIn)).await);
    assert_eq!(attorney.track, "attorney");
    // Thanksgiving, 10:00 in Arlington: a weekday inside the cashier hours, but a holiday.
    let holiday = d.f.reopen(at("2026-11-26T15:00:00Z")).await;
    let arl_cashier = ok(holiday.sign_in("arlcash", "arlcash-password-1").await);
    assert_eq!(code(holiday.walk_in(&arl_cashier, &walk(VisitKind::CashierWalkIn)).await), "office_closed");
    let dal_desk = ok(holiday.sign_in("desk", "desk-password-1").await);
    let emergency = WalkIn { reason: Some("medical_emergency".into()), ..walk(VisitKind::WalkIn) };
    assert_eq!(code(holiday.walk_in(&dal_desk, &emergency).await), "office_closed", "Dallas is closed too");
    // Juneteenth 2027 (observed Friday 06-18), which the demo offices do not list: closed all the same.
    let juneteenth = d.f.reopen(at("2027-06-18T15:00:00Z")).await;
    let arl_cashier = ok(juneteenth.sign_in("arlcash", "arlcash-password-1").await);
    assert_eq!(code(juneteenth.walk_in(&arl_cashier, &walk(VisitKind::CashierWalkIn)).await), "office_closed", "a federal holiday");
}

/// What a desk types goes to every replica and to the central database, so
/// what one of them could not keep is refused at the desk with the field
/// named, and nothing is recorded: a date whose year is not four digits
/// (chrono reads "-5000-01-01"), a control character (a NUL) in a reason, a
/// name, a desk or a receipt, a companion of no known role, a document
/// number with more than letters and digits.
#[tokio::test]
async fn what_the_desk_types_is_refused_unless_every_database_can_keep_it() {
    let d = desk().await;
    let s = &d.f.services;
    let anna = book(&d, "DAL", "case_inquiry", "2026-11-24", person("Anna", "Eriksson", "1974-08-12", None)).await;
    let good = CheckIn { confirmation: anna.appointment.confirmation.clone(), documents: vec![id(DocumentKind::Passport)], override_reason: None, companions: Vec::new() };
    let with_doc = |doc: DocumentShown| CheckIn { documents: vec![doc], ..good.clone() };
    let with_companion = |role: &str, name: &str| CheckIn { companions: vec![Companion { role: role.into(), name: name.into() }], ..good.clone() };
    let refused = [
        ("expiry", with_doc(DocumentShown { expiry: Some("-5000-01-01".into()), ..id(DocumentKind::Passport) })),
        ("expiry", with_doc(DocumentShown { expiry: Some("+12345-01-01".into()), ..id(DocumentKind::Passport) })),
        ("number_last4", with_doc(DocumentShown { number_last4: Some("12\u{0}4".into()), ..id(DocumentKind::Passport) })),
        ("override_reason", CheckIn { override_reason: Some("seen\u{0}".into()), ..good.clone() }),
        ("companions", with_companion("bodyguard", "Ana Lee")),
        ("companions", with_companion("family", "Ana\u{0}Lee")),
    ];
    for (field, c) in refused {
        let e = s.check_in(&d.desk, &c).await.err().unwrap_or_else(|| panic!("{c:?} must be refused"));
        assert_eq!((e.code, e.field.as_deref()), ("invalid_input", Some(field)), "{c:?}: {}", e.message);
    }
    assert!(ok(s.visits_today(&d.desk).await).is_empty(), "nothing recorded");
    let visit = ok(s.check_in(&d.desk, &with_companion("translator", "Ana Lee")).await);

    let e = s.call_visit(&d.desk, &visit.id.to_string(), "W\u{7}1").await.err().unwrap_or_else(|| panic!("a desk name with a control character"));
    assert_eq!(e.field.as_deref(), Some("desk"), "{}", e.message);
    ok(s.call_visit(&d.desk, &visit.id.to_string(), "Window 1").await);
    let e = s.finish_visit(&d.desk, &visit.id.to_string(), true, Some("R-1\u{0}")).await.err().unwrap_or_else(|| panic!("a receipt with a NUL"));
    assert_eq!(e.field.as_deref(), Some("receipt_ref"), "{}", e.message);
    let other = WalkIn { name: "Petra Novak".into(), kind: VisitKind::WalkIn, reason: Some("other".into()), reason_text: Some("lost\u{0}".into()), approval: None };
    let e = s.walk_in(&d.desk, &other).await.err().unwrap_or_else(|| panic!("a reason with a NUL"));
    assert_eq!(e.field.as_deref(), Some("reason_text"), "{}", e.message);
    let visits = ok(s.visits_today(&d.desk).await);
    assert_eq!(visits.iter().map(|v| (v.state, v.receipt_ref.clone())).collect::<Vec<_>>(), vec![(VisitState::Called, None)], "only the good check-in, called");
}

/// Emergency Advance Parole helps only before the trip: a first-free search
/// never lands on or after the travel day, a time chosen after it is
/// refused with the Contact Center's number, and so is a reschedule there;
/// the kiosk offers no time after it.
#[tokio::test]
async fn an_eap_appointment_is_never_on_or_after_the_travel_day() {
    let d = desk().await;
    let s = &d.f.services;
    // Friday 2026-12-11 is 11 business days ahead: bookable, by Thursday 12-10 at the latest.
    let answers = passdesk_domain::appointment_type::TypeAnswers { travel_date: Some(date("2026-12-11")), ..Default::default() };
    let request = |from: Option<&str>, slot: Option<String>, who: ApplicantInput| BookingRequest {
        office: Some("DAL".into()),
        type_code: "eap".into(),
        from: from.map(String::from),
        slot_id: slot,
        answers: answers.clone(),
        applicant: who,
        ..Default::default()
    };
    let on_the_day = ok(s.slots("DAL", date("2026-12-11")).await).into_iter().find(|x| x.types.iter().any(|t| t == "eap")).unwrap_or_else(|| panic!("an EAP slot on the travel day"));
    let late = s.book(&request(Some("2026-12-11"), None, person("Tara", "Traveler", "1980-01-01", None))).await.err().unwrap_or_else(|| panic!("booked on the travel day"));
    assert_eq!(late.code, "no_slot_in_time", "{}", late.message);
    assert!(late.message.contains("2026-12-10") && late.message.contains("Contact Center"), "{}", late.message);
    let chosen = s.book(&request(None, Some(on_the_day.id.clone()), person("Tara", "Traveler", "1980-01-01", None))).await.err().unwrap_or_else(|| panic!("the travel day's slot was booked"));
    assert_eq!(chosen.code, "no_slot_in_time");

    let r = ok(s.book(&request(Some("2026-12-10"), None, person("Tara", "Traveler", "1980-01-01", None))).await);
    assert!(r.appointment.starts_at.as_str() < "2026-12-11", "{}", r.appointment.starts_at);
    let moved = s.reschedule(&r.appointment.confirmation, &r.pin, &passdesk_services::booking::NewTime { slot_id: Some(on_the_day.id.clone()), from: None }).await;
    assert_eq!(moved.err().map(|e| e.code), Some("no_slot_in_time"), "not moved onto the travel day");
    let moved = s.reschedule(&r.appointment.confirmation, &r.pin, &passdesk_services::booking::NewTime { slot_id: None, from: Some("2026-12-11".into()) }).await;
    assert_eq!(moved.err().map(|e| e.code), Some("no_slot_in_time"));

    let offer = ok(s.offer_slots("DAL", "eap", None, 500, "en", Some(&answers)).await);
    assert!(!offer.slots.is_empty() && offer.slots.iter().all(|x| x.local_date.as_str() <= "2026-12-10"), "offered by the 10th only");
    assert_eq!(s.offer_slots("DAL", "eap", Some("2026-12-11"), 8, "es", Some(&answers)).await.err().map(|e| e.code), Some("no_slot_in_time"));
    // Without answers (a case inquiry), the same days are offered as before.
    assert!(ok(s.offer_slots("DAL", "case_inquiry", Some("2026-12-11"), 8, "en", None).await).slots.iter().any(|x| x.local_date == "2026-12-11"));
}

