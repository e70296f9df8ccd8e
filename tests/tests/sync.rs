//! Workstations syncing with one central PostgreSQL database, end to end:
//! two workstations of Dallas and one of Arlington, each with its own SQLite
//! database, booking centrally, checking in locally, pushing facts and
//! pulling the change feed.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::path::{Path, PathBuf};

use passdesk_central::{testing::scratch_database, PgStore};
use passdesk_domain::{
    applicant::ApplicantInput,
    confirmation::ConfirmationNumber,
    documents::DocumentKind,
    office_file::Format,
    replica::FeedCursor,
    repository::{RepoError, Repository},
};
use passdesk_services::{
    booking::BookingRequest,
    demo::OFFICES_TOML,
    front_desk::{CheckIn, DocumentShown},
    pin_key::{self, PinKeySource},
    staff::{NewStaff, Session},
    sync,
    workstation::{set_replica_office, Central, Workstation},
    LocalServices, ServiceError, Services,
};
use passdesk_store::SqliteStore;
use passdesk_tests::{at, clock_at, date};
use tempfile::TempDir;

// Tuesday 2026-11-24, 09:00 in Dallas.
const NOW: &str = "2026-11-24T15:00:00Z";

fn ok<T>(r: Result<T, ServiceError>) -> T {
    r.unwrap_or_else(|e| panic!("{} [{}]", e.message, e.code))
}

struct Station {
    _dir: TempDir,
    s: LocalServices,
}

/// A workstation with its own local database, connected to `central`;
/// every workstation of the district shares one PIN key.
async fn station(central: &PgStore, name: &str, office: &str, key: &Path, now: &str) -> Station {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let local = SqliteStore::open(&dir.path().join("local.sqlite3")).await.unwrap_or_else(|e| panic!("{e}"));
    let ws = Workstation::connected(local, Central::new(central.clone(), name, Some(office.parse().unwrap_or_else(|e| panic!("{e}")))));
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.to_path_buf()), None));
    Station { _dir: dir, s: ok(Services::new(ws, pin_key, clock_at(at(now))).await) }
}

async fn round(s: &LocalServices) -> sync::SyncReport {
    ok(sync::round(s.repo(), &|_| {}).await)
}

/// A fresh district (its central database and address, the folder with its
/// PIN key `district.pin-key`), the demo offices imported and the
/// administrator `root` made at a workstation `name` of `office`.
async fn district(name: &str, office: &str) -> (PgStore, String, TempDir, Station) {
    let (central, url) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let desk = station(&central, name, office, &keys.path().join("district.pin-key"), NOW).await;
    ok(desk.s.import_offices(OFFICES_TOML, Format::Toml).await);
    ok(desk.s.create_first_administrator(&staff("root", "administrator", None)).await);
    (central, url, keys, desk)
}

/// A Dallas desk of a fresh district whose outbox holds one emergency walk-in per name.
async fn desk_with_walk_ins(names: &[&str]) -> (PgStore, TempDir, Station) {
    let (central, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let desk = station(&central, "desk", "DAL", &keys.path().join("district.pin-key"), NOW).await;
    ok(desk.s.import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(desk.s.create_first_administrator(&staff("root", "administrator", None)).await);
    ok(desk.s.add_staff(&admin, &staff("dal", "front_desk", Some("DAL"))).await);
    ok(desk.s.release_through("DAL", date("2026-11-25")).await);
    let session = sign_in(&desk.s, "dal").await;
    for name in names {
        let w = passdesk_services::front_desk::WalkIn { name: (*name).into(), kind: passdesk_domain::visit::VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: None };
        ok(desk.s.walk_in(&session, &w).await);
    }
    (central, keys, desk)
}

/// Runs the app's sync monitor on `s` until a round fails; its status then.
async fn failed_monitor_round(s: &LocalServices) -> sync::SyncStatus {
    let monitor = sync::SyncMonitor::default();
    let running = tokio::spawn({
        let (monitor, ws) = (monitor.clone(), s.repo().clone());
        async move { monitor.run(ws, std::time::Duration::from_millis(50)).await }
    });
    let status = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        loop {
            let status = monitor.status(s.repo()).await;
            if status.error_code.is_some() {
                break status;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("the monitor's round must fail within 10 s"));
    running.abort();
    status
}

fn staff(u: &str, role: &str, office: Option<&str>) -> NewStaff {
    NewStaff { username: u.into(), display_name: u.into(), role: role.into(), office: office.map(String::from), password: format!("{u}-password-1") }
}

fn person(first: &str, last: &str) -> ApplicantInput {
    ApplicantInput { first_name: first.into(), last_name: last.into(), date_of_birth: "1980-02-03".into(), ..Default::default() }
}

fn passport() -> DocumentShown {
    DocumentShown { kind: DocumentKind::Passport, number_last4: Some("1234".into()), expiry: Some("2030-01-01".into()), mrz: None }
}

async fn sign_in(s: &LocalServices, u: &str) -> Session {
    ok(s.sign_in(u, &format!("{u}-password-1")).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_offices_three_workstations_one_central_database() {
    let (central, _) = scratch_database(8).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    let dal1 = station(&central, "dal-desk-1", "DAL", &key, NOW).await;
    let dal2 = station(&central, "dal-kiosk", "DAL", &key, NOW).await;
    let arl = station(&central, "arl-desk-1", "ARL", &key, NOW).await;

    // The district's offices and first release are decided centrally, from one workstation.
    ok(dal1.s.import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(dal1.s.create_first_administrator(&staff("root", "administrator", None)).await);
    for (u, role, o) in [("dal", "front_desk", "DAL"), ("dal2", "front_desk", "DAL"), ("arl", "front_desk", "ARL")] {
        ok(dal1.s.add_staff(&admin, &staff(u, role, Some(o))).await);
    }
    for o in ["DAL", "ARL"] {
        ok(dal1.s.release_through(o, date("2026-12-11")).await);
    }
    for w in [&dal2, &arl] {
        let r = round(&w.s).await;
        assert!(r.pulled > 0, "a new workstation pulls the catalogue: {r:?}");
    }
    // Every replica has both offices' slots, as the central database has them.
    let day = date("2026-11-30");
    for w in [&dal1, &dal2, &arl] {
        for o in ["DAL", "ARL"] {
            assert_eq!(ok(w.s.slots(o, day).await).len(), central.slots(&o.parse().unwrap_or_else(|e| panic!("{e}")), day).await.unwrap_or_else(|e| panic!("{e}")).len(), "{o} slots");
        }
    }

    // Booked at the kiosk: decided centrally, at once in the kiosk's replica.
    let booked = ok(dal2
        .s
        .book(&BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Maria", "Lopez"), ..Default::default() })
        .await);
    let conf = booked.appointment.confirmation.clone();
    assert_eq!(ok(dal2.s.lookup(&conf, &booked.pin).await).confirmation, conf, "the kiosk's replica has its booking");

    // The desk pulls it; the other office's workstation never holds Dallas's appointments.
    round(&dal1.s).await;
    round(&arl.s).await;
    let dal_desk = sign_in(&dal1.s, "dal").await;
    let found = ok(dal1.s.find_arrival(&dal_desk, &conf).await);
    assert_eq!(found.len(), 1, "the desk finds the kiosk's booking: {found:?}");
    assert!(arl.s.repo().local().appointment(&conf.parse().unwrap_or_else(|e| panic!("{e}"))).await.unwrap_or_else(|e| panic!("{e}")).is_none(), "Arlington's replica holds no Dallas appointment");

    // Two desks check the same person in before either has synced: both
    // visits are kept centrally, the earliest arrival stands everywhere.
    let check_in = CheckIn { confirmation: conf.clone(), documents: vec![passport()], override_reason: None, companions: vec![] };
    let first = ok(dal1.s.check_in(&dal_desk, &check_in).await);
    round(&dal2.s).await; // dal2 has not seen dal1's check-in (not pushed yet)
    let dal2_later = dal2.s.with_clock(clock_at(at("2026-11-24T15:02:00Z")));
    let dal2_desk = sign_in(&dal2_later, "dal2").await;
    let second = ok(dal2_later.check_in(&dal2_desk, &check_in).await);
    assert_ne!(first.id, second.id);
    let r2 = round(&dal2_later).await;
    assert_eq!((r2.pushed, r2.unsent), (1, 0), "{r2:?}");
    let r1 = round(&dal1.s).await;
    assert_eq!((r1.pushed, r1.unsent), (1, 0), "{r1:?}");
    round(&dal2_later).await;
    let standing = sqlx::query_as::<_, (uuid::Uuid, Option<uuid::Uuid>)>("SELECT id, superseded_by FROM visits ORDER BY arrived_at").fetch_all(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(standing, vec![(first.id, None), (second.id, Some(first.id))], "both visits kept centrally, the earliest stands");
    for w in [&dal1.s, &dal2_later] {
        let visits = w.repo().visits_on(&"DAL".parse().unwrap_or_else(|e| panic!("{e}")), date("2026-11-24")).await.unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<_> = visits.iter().map(|v| v.id).collect();
        assert_eq!(ids, vec![first.id], "one standing visit in every Dallas replica");
        // Pulled back (dal1) or pulled new (dal2): the visit's document checks are replaced, not added to.
        let docs: i64 = sqlx::query_scalar("SELECT count(*) FROM document_checks WHERE visit_id = ?")
            .bind(first.id.to_string())
            .fetch_one(w.repo().local().pool())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(docs, 1, "the standing visit's passport check, once");
    }

    // Pushing the same facts again applies nothing twice.
    let again = dal1.s.repo().local().unsent_facts(100).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(again.is_empty(), "nothing left unsent");
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM applied_commands").fetch_one(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(applied, 2);

    // The feed cursor survives a restart: a reopened replica pulls nothing new.
    let cursor = dal1.s.repo().local().feed_cursor().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(cursor.is_some_and(|c| c > FeedCursor::default()));
    assert_eq!(round(&dal1.s).await.pulled, 0, "a current replica pulls nothing");
}

/// The release storm: many bookers at once on the central database when a
/// day is released. No slot ever holds more than its capacity, every
/// successful booking has exactly one seat, every refusal says "full".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_release_storm_of_48_bookers_on_40_connections_never_overbooks() {
    const BOOKERS: usize = 48;
    let (central, _) = scratch_database(40).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(keys.path().join("district.pin-key")), None));
    let s = std::sync::Arc::new(ok(Services::new(central.clone(), pin_key, clock_at(at(NOW))).await));
    ok(s.import_offices(OFFICES_TOML, Format::Toml).await);
    // Only today and tomorrow are out: everyone races for the same slots.
    ok(s.release_through("DAL", date("2026-11-25")).await);
    let seats: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM seats e JOIN slots s ON s.id = e.slot_id WHERE 'case_inquiry' = ANY (s.types) AND s.starts_at > $1",
    )
    .bind(at(NOW))
    .fetch_one(central.pool())
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(seats >= BOOKERS as i64, "the release made enough seats for a storm: {seats}");
    let tries = seats as usize + 2 * BOOKERS; // more bookers than seats: some must be refused
    let next = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..BOOKERS {
        let (s, next) = (s.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let (mut booked, mut refused) = (Vec::new(), 0usize);
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= tries {
                    return (booked, refused);
                }
                let req = BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: passdesk_tests::person(i), ..Default::default() };
                match s.book(&req).await {
                    Ok(r) => booked.push(r.appointment.appointment_id),
                    Err(e) if matches!(e.code, "no_free_slot" | "slot_full") => refused += 1,
                    Err(e) => panic!("a booking failed other than \"full\": {} [{}]", e.message, e.code),
                }
            }
        }));
    }
    let (mut booked, mut refused) = (Vec::new(), 0);
    for t in tasks {
        let (b, r) = t.await.unwrap_or_else(|e| panic!("{e}"));
        booked.extend(b);
        refused += r;
    }
    eprintln!("release storm: {seats} seats, {} booked, {refused} refused", booked.len());
    assert_eq!(booked.len() as i64, seats, "every seat taken once, no more ({refused} refused)");
    assert_eq!(refused, tries - booked.len(), "every other booker heard \"full\"");
    let over: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM slots s WHERE (SELECT count(*) FROM seats e WHERE e.slot_id = s.id AND e.appointment_id IS NOT NULL) > s.capacity",
    )
    .fetch_one(central.pool())
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(over, 0, "no slot over its capacity");
    let one_seat_each: Vec<(i64,)> = sqlx::query_as(
        "SELECT count(e.seat) FROM appointments a LEFT JOIN seats e ON e.appointment_id = a.id WHERE a.status = 'booked' GROUP BY a.id HAVING count(e.seat) <> 1",
    )
    .fetch_all(central.pool())
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(one_seat_each.is_empty(), "every booked appointment holds exactly one seat: {one_seat_each:?}");
    let appointments: i64 = sqlx::query_scalar("SELECT count(*) FROM appointments").fetch_one(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(appointments, booked.len() as i64, "no appointment without a successful booking");
}

/// A workstation with another PIN key than the district's is refused before
/// it books or syncs: a PIN it hashed could not be checked at another desk.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workstation_with_another_pin_key_is_refused() {
    let (central, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let first = station(&central, "dal-desk-1", "DAL", &keys.path().join("district.pin-key"), NOW).await;
    ok(first.s.import_offices(OFFICES_TOML, Format::Toml).await);
    ok(first.s.release_through("DAL", date("2026-11-25")).await);
    let stranger = station(&central, "dal-desk-2", "DAL", &keys.path().join("other.pin-key"), NOW).await;
    let e = sync::round(stranger.s.repo(), &|_| {}).await.err().unwrap_or_else(|| panic!("a sync with another PIN key must be refused"));
    assert_eq!(e.code, "pin_key_mismatch", "{}", e.message);
    // Nor does it decide anything centrally.
    let e = stranger.s.import_offices(OFFICES_TOML, Format::Toml).await.err().unwrap_or_else(|| panic!("a central decision with another PIN key must be refused"));
    assert!(e.message.contains("PIN key"), "{} [{}]", e.message, e.code);
    let versions: Vec<i64> = sqlx::query_scalar("SELECT version FROM offices WHERE code = 'DAL'").fetch_all(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(versions, vec![1], "the offices are as the district's workstation saved them");
    // The district's key books.
    let booking = BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Ana", "Diaz"), ..Default::default() };
    ok(first.s.book(&booking).await);
    // The refused workstation's round said why, for the administrator's list.
    let listed = ok(first.s.district_desks(None).await).workstations;
    let refused = listed.iter().find(|w| w.name == "dal-desk-2").unwrap_or_else(|| panic!("the refused workstation is listed: {listed:?}"));
    assert!(refused.last_error.as_deref().is_some_and(|e| e.starts_with("pin_key_mismatch")), "{refused:?}");
}

/// Two managers edit Dallas's mix from two workstations at once: the central
/// database takes the first save and refuses the second (made against the
/// version both read), whether or not the second workstation has synced.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_mix_edit_is_refused_by_the_central_database() {
    let (central, _, keys, one) = district("dal-manager-1", "DAL").await;
    let two = station(&central, "dal-manager-2", "DAL", &keys.path().join("district.pin-key"), NOW).await;
    ok(one.s.add_staff(&sign_in(&one.s, "root").await, &staff("boss", "district_manager", Some("DAL"))).await);
    round(&two.s).await;
    let (boss1, boss2) = (sign_in(&one.s, "boss").await, sign_in(&two.s, "boss").await);
    let (mine, theirs) = (ok(one.s.office_config(&boss1, "DAL").await), ok(two.s.office_config(&boss2, "DAL").await));
    assert_eq!(mine.version, theirs.version, "both read the same version");

    let mut edit = mine.office.clone();
    edit.name = "Dallas Field Office (edited)".into();
    let saved = ok(one.s.save_office(&boss1, &edit, mine.version).await);
    assert_eq!(saved.version, mine.version + 1);
    // The second workstation has not synced: its own replica still says the old version; the central database refuses.
    let mut stale = theirs.office.clone();
    stale.name = "Dallas (stale edit)".into();
    let e = two.s.save_office(&boss2, &stale, theirs.version).await.err().unwrap_or_else(|| panic!("a stale edit must be refused"));
    assert_eq!(e.code, "conflict", "{}", e.message);
    let names: Vec<String> = sqlx::query_scalar("SELECT name FROM offices WHERE code = 'DAL'").fetch_all(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names, vec!["Dallas Field Office (edited)".to_string()], "the first edit stands");
    // After a sync the second workstation sees the new version and its edit goes through.
    round(&two.s).await;
    let fresh = ok(two.s.office_config(&boss2, "DAL").await);
    assert_eq!((fresh.version, fresh.office.name.as_str()), (saved.version, "Dallas Field Office (edited)"));
}

/// Closing a day whose appointments were all cancelled, decided centrally:
/// the cancelled appointment's slot is withdrawn (kept, without seats), the
/// other workstations' replicas stop offering the day, and opening it again
/// gives the same slot its seats back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_of_cancelled_appointments_closes_and_opens_again_across_the_district() {
    let (central, _, keys, manager) = district("dal-manager", "DAL").await;
    let desk = station(&central, "dal-desk", "DAL", &keys.path().join("district.pin-key"), NOW).await;
    ok(manager.s.add_staff(&sign_in(&manager.s, "root").await, &staff("boss", "district_manager", Some("DAL"))).await);
    ok(manager.s.release_through("DAL", date("2026-11-27")).await);
    let wednesday = ok(manager.s.slots("DAL", date("2026-11-25")).await);
    let slot = wednesday.iter().find(|s| s.types.iter().any(|t| t == "case_inquiry")).unwrap_or_else(|| panic!("a case-inquiry slot on Wednesday")).clone();
    let booking = |who: ApplicantInput| BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), slot_id: Some(slot.id.clone()), applicant: who, ..Default::default() };
    let r = ok(manager.s.book(&booking(person("Ana", "Diaz"))).await);
    ok(manager.s.cancel(&r.appointment.confirmation, &r.pin).await);

    let boss = sign_in(&manager.s, "boss").await;
    let config = ok(manager.s.office_config(&boss, "DAL").await);
    let mut closed = config.office.clone();
    closed.holidays.insert(date("2026-11-25"));
    let report = ok(manager.s.save_office(&boss, &closed, config.version).await);
    assert_eq!(report.days_remade, ["2026-11-25"]);
    let id: uuid::Uuid = slot.id.parse().unwrap_or_else(|e| panic!("{e}"));
    let (withdrawn, seats): (bool, i64) = sqlx::query_as("SELECT withdrawn, (SELECT count(*) FROM seats WHERE slot_id = $1) FROM slots WHERE id = $1")
        .bind(id)
        .fetch_one(central.pool())
        .await
        .unwrap_or_else(|e| panic!("the cancelled appointment's slot is kept: {e}"));
    assert_eq!((withdrawn, seats), (true, 0), "withdrawn, with no seat to take");
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM slots s JOIN offices o ON o.id = s.office_id WHERE o.code = 'DAL' AND s.local_date = '2026-11-25' AND NOT s.withdrawn")
        .fetch_one(central.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(left, 0, "no slot offered on the closed day");
    round(&desk.s).await;
    assert!(ok(desk.s.slots("DAL", date("2026-11-25")).await).is_empty(), "the desk's replica offers nothing on the closed day");
    let kept = ok(desk.s.lookup(&r.appointment.confirmation, &r.pin).await);
    assert_eq!((kept.status, kept.starts_at.as_str()), ("cancelled", r.appointment.starts_at.as_str()), "it keeps its time in the replica too");
    let e = manager.s.book(&booking(person("Bea", "Ruiz"))).await.err().unwrap_or_else(|| panic!("a withdrawn slot was booked"));
    assert_eq!(e.code, "slot_unavailable", "a withdrawn slot is gone, not full: {}", e.message);
    let booked: i64 = sqlx::query_scalar("SELECT booked FROM slots WHERE id = ?").bind(&slot.id).fetch_one(desk.s.repo().local().pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(booked, 0, "the replica's withdrawn slot holds no booking");

    // Opened again: the same slot, with its seats.
    let reopened = ok(manager.s.save_office(&boss, &config.office, report.version).await);
    assert_eq!(reopened.days_remade, ["2026-11-25"]);
    let seats: i64 = sqlx::query_scalar("SELECT count(*) FROM seats WHERE slot_id = $1 AND appointment_id IS NULL").bind(id).fetch_one(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(seats, i64::from(slot.capacity), "every seat back");
    ok(manager.s.book(&booking(person("Cy", "Soto"))).await);
    round(&desk.s).await;
    let back = ok(desk.s.slots("DAL", date("2026-11-25")).await);
    assert_eq!(back.iter().find(|s| s.id == slot.id).map(|s| s.booked), Some(1), "the desk sees the slot again, with its new booking");
}

/// A workstation that ran its office on its own cannot pour its own offices
/// into a district: its first sync refuses and names them, and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_with_offices_of_its_own_is_refused_at_its_first_sync() {
    let (central, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let own = passdesk_tests::Fixture::new(passdesk_tests::TEST_OFFICE, at(NOW)).await;
    // The same PIN key as the district: the offices are what is refused.
    let key = own.dir.path().join("pin-key");
    let district = station(&central, "dal-desk-1", "DAL", &key, NOW).await;
    ok(district.s.import_offices(OFFICES_TOML, Format::Toml).await);
    let local = SqliteStore::open(&own.db).await.unwrap_or_else(|e| panic!("{e}"));
    let ws = Workstation::connected(local, Central::new(central.clone(), "island", None));
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.clone()), None));
    let island = ok(Services::new(ws, pin_key, clock_at(at(NOW))).await);
    let e = sync::round(island.repo(), &|_| {}).await.err().unwrap_or_else(|| panic!("the first sync must refuse"));
    assert_eq!(e.code, "replica_has_own_data", "{}", e.message);
    let own_codes: Vec<String> = island.repo().local().office_ids().await.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|(_, c)| c).collect();
    assert!(own_codes.iter().all(|c| e.message.contains(c.as_str())), "{} names {own_codes:?}", e.message);
    assert!(island.repo().local().feed_cursor().await.unwrap_or_else(|e| panic!("{e}")).is_none(), "nothing pulled");
}

/// A workstation's own first-run administrator does not outlive its joining
/// a district that has accounts: removed there, it signs in no more (its
/// session ends), and the district's accounts sign in instead. Into a new
/// district without accounts, it is carried over as the district's first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_run_administrator_does_not_outlive_joining_a_district() {
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    // A workstation set up on its own first: its administrator is local.
    let standalone = |dir: &std::path::Path| {
        let path = dir.join("local.sqlite3");
        let key = key.clone();
        async move {
            let local = SqliteStore::open(&path).await.unwrap_or_else(|e| panic!("{e}"));
            let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key), None));
            let s = ok(Services::new(Workstation::standalone(local), pin_key, clock_at(at(NOW))).await);
            let admin = ok(s.create_first_administrator(&staff("itdesk", "administrator", None)).await);
            (path, admin)
        }
    };
    let join = |path: std::path::PathBuf, central: PgStore| {
        let key = key.clone();
        async move {
            let local = SqliteStore::open(&path).await.unwrap_or_else(|e| panic!("{e}"));
            let ws = Workstation::connected(local, Central::new(central, "newcomer", Some("DAL".parse().unwrap_or_else(|e| panic!("{e}")))));
            let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key), None));
            ok(Services::new(ws, pin_key, clock_at(at(NOW))).await)
        }
    };

    // (a) A district with accounts.
    let (central, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let first = station(&central, "dal-desk-1", "DAL", &key, NOW).await;
    ok(first.s.import_offices(OFFICES_TOML, Format::Toml).await);
    ok(first.s.create_first_administrator(&staff("root", "administrator", None)).await);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, local_admin) = standalone(dir.path()).await;
    let joined = join(path, central.clone()).await;
    round(&joined).await;
    assert_eq!(joined.sign_in("itdesk", "itdesk-password-1").await.err().map(|e| e.code), Some("sign_in_failed"), "the local administrator is gone");
    assert_eq!(joined.still_signed_in(&local_admin).await.err().map(|e| e.code), Some("session_ended"));
    ok(joined.sign_in("root", "root-password-1").await);
    let central_names: Vec<String> = sqlx::query_scalar("SELECT username FROM staff").fetch_all(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(central_names, ["root"], "nothing of the newcomer's reached the district");

    // (b) A new district: the workstation's administrator becomes its first.
    let (fresh, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _) = standalone(dir.path()).await;
    let joined = join(path, fresh.clone()).await;
    round(&joined).await;
    let names: Vec<String> = sqlx::query_scalar("SELECT username FROM staff").fetch_all(fresh.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(names, ["itdesk"], "carried over as the district's first administrator");
    ok(joined.sign_in("itdesk", "itdesk-password-1").await);
}

/// Online, two desks checking people in at the same moment never give the
/// same queue number: the central database numbers the day for every desk.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desks_online_never_give_the_same_queue_number() {
    let (_central, _keys, one, two) = two_dallas_desks().await;
    let (d1, d2) = (sign_in(&one.s, "dal").await, sign_in(&two.s, "dal2").await);
    let walk_in = |name: String| passdesk_services::front_desk::WalkIn { name, kind: passdesk_domain::visit::VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: None };
    // Neither desk syncs in between: each knows only its own visits.
    let (a, b) = tokio::join!(
        async {
            let mut n = Vec::new();
            for i in 0..10 {
                n.push(ok(one.s.walk_in(&d1, &walk_in(format!("Ana Desk{}", char::from(b'a' + i)))).await).queue_number);
            }
            n
        },
        async {
            let mut n = Vec::new();
            for i in 0..10 {
                n.push(ok(two.s.walk_in(&d2, &walk_in(format!("Bo Desk{}", char::from(b'a' + i)))).await).queue_number);
            }
            n
        }
    );
    let mut all: Vec<u32> = a.iter().chain(b.iter()).copied().collect();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), 20, "20 distinct numbers: {a:?} and {b:?}");
    assert_eq!(all, (1..=20).collect::<Vec<u32>>(), "the day's numbers run 1 to 20 without gaps");
}

/// The workstation of `s`'s database at `now`, with its central database
/// `central` (one that cannot be reached, for an office's network down).
async fn same_desk(s: &Station, central: PgStore, name: &str, key: &Path, now: &str) -> LocalServices {
    let ws = Workstation::connected(s.s.repo().local().clone(), Central::new(central, name, Some("DAL".parse().unwrap_or_else(|e| panic!("{e}")))));
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.to_path_buf()), None));
    ok(Services::new(ws, pin_key, clock_at(at(now))).await)
}

/// An office's network goes down: both desks go on checking people in,
/// each from the numbers the central database held for it, so no two
/// people hold the same number, and the online sequence runs on without
/// gaps once the network is back. The queue lists people as they arrived.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desks_offline_at_once_never_give_the_same_queue_number() {
    let (central, keys, one, two) = two_dallas_desks().await;
    let key = keys.path().join("district.pin-key");
    let dal: passdesk_domain::office::OfficeCode = "DAL".parse().unwrap_or_else(|e| panic!("{e}"));
    // Tuesday, then Dallas's next three open days: Thanksgiving and the weekend are not.
    let days: Vec<_> = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"].into_iter().map(date).collect();
    let held = |s: &Station| {
        let (local, days, dal) = (s.s.repo().local().clone(), days.clone(), dal.clone());
        async move { local.held_numbers(&dal, &days).await.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|(_, left, _)| left).collect::<Vec<u32>>() }
    };
    assert_eq!(held(&one).await, [0, 0, 0, 0, 0], "nothing held before the first check-in");
    let (d1, d2) = (sign_in(&one.s, "dal").await, sign_in(&two.s, "dal2").await);
    assert_eq!(ok(one.s.walk_in(&d1, &emergency("Ana Online")).await).queue_number, 1);
    assert_eq!(ok(two.s.walk_in(&d2, &emergency("Bo Online")).await).queue_number, 2);
    round(&one.s).await;
    round(&two.s).await;
    assert_eq!(held(&one).await, [100, 100, 0, 100, 100], "after a first check-in, a round holds 100 numbers for the day and each of the next three open days");
    assert_eq!(held(&two).await, [100, 100, 0, 100, 100]);

    // 09:30: the network is down.
    let off1 = same_desk(&one, unreachable_central(), "dal-desk-1", &key, "2026-11-24T15:30:00Z").await;
    let off2 = same_desk(&two, unreachable_central(), "dal-desk-2", &key, "2026-11-24T15:30:00Z").await;
    let (o1, o2) = (sign_in(&off1, "dal").await, sign_in(&off2, "dal2").await);
    let mut a = Vec::new();
    for i in 0..3 {
        a.push(ok(off1.walk_in(&o1, &emergency(&format!("Ana Offline{}", char::from(b'a' + i)))).await).queue_number);
    }
    // Desk one has given 50 of its numbers by the afternoon.
    sqlx::query("UPDATE held_queue_numbers SET given = 1 WHERE local_date = '2026-11-24' AND number <= 950").execute(one.s.repo().local().pool()).await.unwrap_or_else(|e| panic!("{e}"));
    a.push(ok(off1.walk_in(&o1, &emergency("Ana Offline Late")).await).queue_number);
    let mut b = Vec::new();
    for i in 0..3 {
        b.push(ok(off2.walk_in(&o2, &emergency(&format!("Bo Offline{}", char::from(b'a' + i)))).await).queue_number);
    }
    assert_eq!(a, [901, 902, 903, 951], "desk one gives its held numbers");
    assert_eq!(b, [1001, 1002, 1003], "desk two gives its own, none of desk one's");
    assert_eq!(held(&one).await, [49, 100, 0, 100, 100]);

    // 10:00: back online. The facts go up and the numbers stay as given.
    let back1 = same_desk(&one, central.clone(), "dal-desk-1", &key, "2026-11-24T16:00:00Z").await;
    let back2 = same_desk(&two, central.clone(), "dal-desk-2", &key, "2026-11-24T16:00:00Z").await;
    round(&back1).await;
    round(&back2).await;
    assert_eq!(held(&one).await, [149, 100, 0, 100, 100], "fewer than 50 left: back online, the desk holds 100 more");
    let b1 = sign_in(&back1, "dal").await;
    assert_eq!(ok(back1.walk_in(&b1, &emergency("Cy Online")).await).queue_number, 3, "the online sequence runs on without gaps");
    round(&back1).await;
    round(&back2).await;
    let mut everyone: Vec<u32> = central.visits_on(&dal, days[0]).await.unwrap_or_else(|e| panic!("{e}")).iter().map(|v| v.queue_number).collect();
    assert_eq!(everyone.len(), 10);
    everyone.sort_unstable();
    everyone.dedup();
    assert_eq!(everyone.len(), 10, "10 people, 10 numbers: {everyone:?}");
    let b2 = sign_in(&back2, "dal2").await;
    let queue: Vec<u32> = ok(back2.visits_today(&b2).await).iter().map(|v| v.queue_number).collect();
    assert_eq!(queue, [1, 2, 901, 902, 903, 951, 1001, 1002, 1003, 3], "the queue lists people in the order they arrived");

    // Its held numbers all given before the network is back, a desk goes
    // on above the highest number it knows of (it cannot know of holds
    // made after its own: such numbers can repeat, see the README).
    sqlx::query("UPDATE held_queue_numbers SET given = 1 WHERE local_date = '2026-11-24'").execute(two.s.repo().local().pool()).await.unwrap_or_else(|e| panic!("{e}"));
    let off2 = same_desk(&two, unreachable_central(), "dal-desk-2", &key, "2026-11-24T16:30:00Z").await;
    let o2 = sign_in(&off2, "dal2").await;
    assert_eq!(ok(off2.walk_in(&o2, &emergency("Bo Beyond")).await).queue_number, 1101, "above its own held numbers (1001 to 1100) and every number seen");
}

/// A check-in refused at the desk (the person is checked in already) takes
/// no number from the day's sequence: the next one has no gap.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_check_in_takes_no_queue_number() {
    let (_central, _keys, one, _two) = two_dallas_desks().await;
    let receipt = ok(one.s.book(&BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Ana", "Diaz"), ..Default::default() }).await);
    let desk = sign_in(&one.s, "dal").await;
    let check_in = CheckIn { confirmation: receipt.appointment.confirmation.clone(), documents: vec![passport()], override_reason: None, companions: Vec::new() };
    assert_eq!(ok(one.s.check_in(&desk, &check_in).await).queue_number, 1);
    let e = one.s.check_in(&desk, &check_in).await.err().unwrap_or_else(|| panic!("a second check-in of one appointment must be refused"));
    assert_eq!(e.code, "conflict", "{}", e.message);
    assert_eq!(ok(one.s.walk_in(&desk, &emergency("Bo Next")).await).queue_number, 2, "the refused check-in took no number");
}

/// A desk that checks people in holds its numbers in every sync round, by
/// the services' clock: the next open days are held before their first
/// check-in (the network may be down by then). A workstation that never
/// checked anyone in holds none.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_that_checks_people_in_holds_its_numbers_before_the_days_first_check_in() {
    let (central, keys, one, two) = two_dallas_desks().await;
    let key = keys.path().join("district.pin-key");
    ok(one.s.walk_in(&sign_in(&one.s, "dal").await, &emergency("Ana Online")).await);
    round(&one.s).await;
    round(&two.s).await;
    let dal: passdesk_domain::office::OfficeCode = "DAL".parse().unwrap_or_else(|e| panic!("{e}"));
    let days: Vec<_> = ["2026-11-24", "2026-11-25", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"].into_iter().map(date).collect();
    let left = |s: &LocalServices| {
        let (local, days, dal) = (s.repo().local().clone(), days.clone(), dal.clone());
        async move { local.held_numbers(&dal, &days).await.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|(_, left, _)| left).collect::<Vec<u32>>() }
    };
    assert_eq!(left(&one.s).await, [100, 100, 100, 100, 0, 0], "Tuesday and the next three open days");
    assert_eq!(left(&two.s).await, [0, 0, 0, 0, 0, 0], "a workstation that never checked anyone in holds nothing");
    // Friday's round, with nobody checked in yet that day: Tuesday's numbers
    // are forgotten, the two open days after Monday held.
    let friday = same_desk(&one, central.clone(), "dal-desk-1", &key, "2026-11-27T14:00:00Z").await;
    round(&friday).await;
    assert_eq!(left(&friday).await, [0, 0, 100, 100, 100, 100]);
    // More than 30 days without a check-in there (the desk moved): none held.
    let later = same_desk(&one, central.clone(), "dal-desk-1", &key, "2027-01-06T14:00:00Z").await;
    round(&later).await;
    let january: Vec<_> = later.repo().local().held_numbers(&dal, &[date("2027-01-06")]).await.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|(day, left, _)| (day, left)).collect();
    assert_eq!(january, [(date("2027-01-06"), 0)]);
}

/// Each workstation tells the central database how it stands when it
/// syncs; the administrator sees every one of the district: which office,
/// when last heard from, facts it had not sent then, why its last round
/// failed. A front-desk officer does not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_administrator_sees_how_every_workstation_stands() {
    let (central, _keys, one, two) = two_dallas_desks().await;
    round(&one.s).await;
    round(&two.s).await;
    let seen = ok(two.s.district_desks(Some(&sign_in(&two.s, "root").await)).await);
    let names: Vec<(&str, bool, Option<&str>, u64, bool)> = seen.workstations.iter().map(|w| (w.name.as_str(), w.this_one, w.office.as_deref(), w.unsent, w.silent)).collect();
    assert_eq!(names, [("dal-desk-1", false, Some("DAL"), 0, false), ("dal-desk-2", true, Some("DAL"), 0, false)]);
    assert!(seen.workstations.iter().all(|w| !w.host.is_empty() && w.last_error.is_none() && !w.app_version.is_empty()), "{:?}", seen.workstations);
    assert!(seen.rejected.is_empty());
    let e = two.s.district_desks(Some(&sign_in(&two.s, "dal2").await)).await.err().unwrap_or_else(|| panic!("a front-desk officer must not see the district's workstations"));
    assert_eq!(e.code, "forbidden", "{}", e.message);

    // Desk one holds a check-in it could not send: its round failed here.
    ok(one.s.walk_in(&sign_in(&one.s, "dal").await, &emergency("Ana Unsent")).await);
    let its_central = one.s.repo().central().unwrap_or_else(|| panic!("desk one is connected"));
    one.s.repo().report_standing(&its_central, Some(&ServiceError::new("workstation_database", "this workstation's database: disk full"))).await;
    sqlx::query("UPDATE workstations SET last_contact = now() - interval '5 minutes' WHERE name = 'dal-desk-1'").execute(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    let seen = ok(two.s.district_desks(None).await);
    let desk = &seen.workstations[0];
    assert_eq!((desk.unsent, desk.silent), (1, true), "{desk:?}");
    assert!(desk.oldest_unsent_seconds.is_some(), "{desk:?}");
    assert!(desk.silent_seconds >= 300, "{desk:?}");
    assert_eq!(desk.last_error.as_deref(), Some("workstation_database: this workstation's database: disk full"));
}

fn emergency(name: &str) -> passdesk_services::front_desk::WalkIn {
    passdesk_services::front_desk::WalkIn { name: name.into(), kind: passdesk_domain::visit::VisitKind::WalkIn, reason: Some("medical_emergency".into()), reason_text: None, approval: None }
}

/// A replica belongs to the central database it came from: connected to
/// another one, its next sync refuses instead of mixing two districts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_connected_to_another_central_database_is_refused() {
    let (first, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let (second, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    let here = station(&first, "dal-desk-1", "DAL", &key, NOW).await;
    ok(here.s.import_offices(OFFICES_TOML, Format::Toml).await);
    round(&here.s).await;
    let moved = Workstation::connected(here.s.repo().local().clone(), Central::new(second.clone(), "dal-desk-1", None));
    let e = sync::round(&moved, &|_| {}).await.err().unwrap_or_else(|| panic!("a replica of another database must be refused"));
    assert_eq!(e.code, "replica_of_another_database", "{}", e.message);
    let offices: i64 = sqlx::query_scalar("SELECT count(*) FROM offices").fetch_one(second.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(offices, 0, "nothing of the first district reached the second");
    let reported: i64 = sqlx::query_scalar("SELECT count(*) FROM workstations").fetch_one(second.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reported, 0, "nor did it say how it stands there");
}

/// A central database at a port where nothing listens.
fn unreachable_central() -> PgStore {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or_else(|e| panic!("{e}"));
    PgStore::connect_lazy(passdesk_central::ConnectOptions::new().host("127.0.0.1").port(port).username("passdesk"), 2)
}

/// A kiosk whose central database cannot be reached, asked for an
/// appointment its replica does not hold (booked at another office), says
/// that it needs the central database: not "wrong PIN", which would count
/// towards locking the number. The next lookups say so at once instead of
/// waiting for the network again; reachable again, the same PIN works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_central_database_is_not_a_wrong_pin() {
    let (central, _, keys, arl) = district("arl-desk", "ARL").await;
    let key = keys.path().join("district.pin-key");
    ok(arl.s.release_through("ARL", date("2026-11-25")).await);
    let booking = BookingRequest { office: Some("ARL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Ana", "Diaz"), ..Default::default() };
    let receipt = ok(arl.s.book(&booking).await);
    let conf = receipt.appointment.confirmation.clone();
    let dal = station(&central, "dal-kiosk", "DAL", &key, NOW).await;
    round(&dal.s).await;

    let cut_off = Workstation::connected(
        dal.s.repo().local().clone(),
        Central::new(unreachable_central(), "dal-kiosk", Some("DAL".parse().unwrap_or_else(|e| panic!("{e}")))),
    );
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.clone()), None));
    let kiosk = ok(Services::new(cut_off, pin_key, clock_at(at(NOW))).await);
    for attempt in 1..=3 {
        let started = std::time::Instant::now();
        let e = kiosk.authorize(&conf, &receipt.pin).await.err().unwrap_or_else(|| panic!("attempt {attempt}: an appointment the kiosk cannot see must not be shown"));
        assert_eq!(e.code, "central_unavailable", "attempt {attempt}: {}", e.message);
        assert!(e.message.contains("not in this workstation's copy"), "attempt {attempt}: {}", e.message);
        assert!(!e.message.contains("pool timed out"), "in words for staff, not the pool's: {}", e.message);
        if attempt > 1 {
            assert!(started.elapsed() < std::time::Duration::from_secs(1), "attempt {attempt} waited {:?} for a network that just failed", started.elapsed());
        }
    }
    let attempts = kiosk.repo().pin_attempts(&conf, at(NOW)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((attempts.failures, attempts.locked_until), (0, None), "no wrong PIN was counted while the lookup could not be made");
    // A desk's search for it says the same, not "nothing found".
    let e = kiosk.search(&sign_in(&kiosk, "root").await, "DAL", &conf).await.err().unwrap_or_else(|| panic!("a search needing the central database must say so"));
    assert_eq!(e.code, "central_unavailable", "{}", e.message);

    let found = ok(dal.s.authorize(&conf, &receipt.pin).await);
    assert_eq!(found.id.to_string(), receipt.appointment.appointment_id, "reachable, the kiosk finds the appointment with its PIN");
}

/// A workstation that kept Dallas's appointments is switched to Arlington's:
/// the feed is read again from its start, so Arlington's appointments booked
/// before the switch arrive too (the old cursor had passed over them).
/// Choosing the same office again keeps the cursor.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_switched_to_another_office_brings_that_offices_earlier_rows() {
    let (central, _) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    let arl = station(&central, "arl-desk", "ARL", &key, NOW).await;
    ok(arl.s.import_offices(OFFICES_TOML, Format::Toml).await);
    ok(arl.s.release_through("ARL", date("2026-11-25")).await);
    let booking = BookingRequest { office: Some("ARL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Ana", "Diaz"), ..Default::default() };
    let conf: ConfirmationNumber = ok(arl.s.book(&booking).await).appointment.confirmation.parse().unwrap_or_else(|e| panic!("{e}"));
    // Changes every replica keeps, after the booking: Dallas's cursor passes it.
    ok(arl.s.release_through("DAL", date("2026-11-25")).await);
    let desk = station(&central, "desk", "DAL", &key, NOW).await;
    let local = desk.s.repo().local().clone();
    ok(set_replica_office(desk.s.repo(), Some(&"DAL".parse().unwrap_or_else(|e| panic!("{e}")))).await);
    round(&desk.s).await;
    let held = |local: &SqliteStore| {
        let (local, conf) = (local.clone(), conf.clone());
        async move { local.appointment(&conf).await.unwrap_or_else(|e| panic!("{e}")).is_some() }
    };
    assert!(!held(&local).await, "Dallas's replica keeps no Arlington appointment");
    let cursor = local.feed_cursor().await.unwrap_or_else(|e| panic!("{e}"));
    ok(set_replica_office(desk.s.repo(), Some(&"DAL".parse().unwrap_or_else(|e| panic!("{e}")))).await);
    assert_eq!(local.feed_cursor().await.unwrap_or_else(|e| panic!("{e}")), cursor, "the same office again: the cursor stays");

    // A pull of Dallas's rows still under way when the choice changes: its
    // page is not applied, so it cannot move the cursor set back to the start.
    let dallas = central.office_id_of(&"DAL".parse().unwrap_or_else(|e| panic!("{e}"))).await.unwrap_or_else(|e| panic!("{e}"));
    let page = central.feed(FeedCursor::default(), dallas, 100).await.unwrap_or_else(|e| panic!("{e}"));
    let arlington = "ARL".parse().unwrap_or_else(|e| panic!("{e}"));
    ok(set_replica_office(desk.s.repo(), Some(&arlington)).await);
    let refused = local.apply_feed(&page, FeedCursor::default(), "DAL").await;
    assert!(refused.is_err(), "a page read for the office kept before is not applied");
    assert_eq!(local.feed_cursor().await.unwrap_or_else(|e| panic!("{e}")), None, "the cursor stays at the start");
    // The running workstation takes the new office up at its next round.
    round(&desk.s).await;
    assert!(held(&local).await, "Arlington's appointment, booked before the switch, is in the replica");
}

/// A central database that answers but cannot be used as it is says why,
/// each with its own code, never "cannot be reached": one without the
/// schema yet (migrate it), an account the server does not know, a database
/// the server does not have. The sync's status carries the code, so the
/// status bar shows a problem to fix, not a network to wait for.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_central_database_that_answers_but_cannot_be_used_says_why() {
    let url = passdesk_central::testing::empty_database().await.unwrap_or_else(|e| panic!("{e}"));
    let options: passdesk_central::ConnectOptions = url.parse().unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    let cases = [
        (options.clone(), "central_schema_outdated", "passdesk central migrate"),
        (options.clone().username("nobody_here"), "central_login_refused", "refused the account"),
        (options.clone().database("no_such_database_here"), "central_database_missing", "no such database"),
    ];
    for (options, code, says) in cases {
        let desk = station(&PgStore::connect_lazy(options, 2), "desk", "DAL", &key, NOW).await;
        let e = sync::round(desk.s.repo(), &|_| {}).await.err().unwrap_or_else(|| panic!("{code}: the round must fail"));
        assert_eq!(e.code, code, "{}", e.message);
        assert!(e.message.contains(says), "{code}: {}", e.message);
        // A central decision says the same.
        let e = desk.s.import_offices(OFFICES_TOML, Format::Toml).await.err().unwrap_or_else(|| panic!("{code}: nothing is decided"));
        assert_eq!(e.code, code, "{}", e.message);

        let status = failed_monitor_round(&desk.s).await;
        assert_eq!((status.online, status.error_code.as_deref()), (false, Some(code)), "{status:?}");
    }
}

/// A round says how many facts it has to send before its first batch goes
/// (the status bar's progress shows from the start), then after each batch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_announces_its_outbox_before_the_first_batch() {
    let (_central, _keys, desk) = desk_with_walk_ins(&["Ana Uno", "Bea Dos", "Cy Tres"]).await;
    let heard = std::sync::Mutex::new(Vec::new());
    let r = ok(sync::round(desk.s.repo(), &|p| heard.lock().unwrap_or_else(|e| e.into_inner()).push((p.sent, p.remaining))).await);
    assert_eq!(r.pushed, 3);
    assert_eq!(heard.into_inner().unwrap_or_else(|e| e.into_inner()), vec![(0, 3), (3, 0)], "first the count, then the batch");
}

/// This workstation's own database failing in a round (here: it refuses to
/// mark facts sent) is said as its failure, not the central database's: the
/// status bar must not send staff to check a central database that works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_local_database_is_not_blamed_on_the_central_one() {
    let (_central, _keys, desk) = desk_with_walk_ins(&["Ana Uno"]).await;

    let file = desk._dir.path().join("local.sqlite3");
    let mut raw = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!("sqlite://{}", file.display())).await.unwrap_or_else(|e| panic!("{e}"));
    let refuse = "CREATE TRIGGER outbox_refuses BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END";
    sqlx::query(refuse).execute(&mut raw).await.unwrap_or_else(|e| panic!("{e}"));

    let e = sync::round(desk.s.repo(), &|_| {}).await.err().unwrap_or_else(|| panic!("the round must fail"));
    assert_eq!(e.code, "workstation_database", "{}", e.message);
    assert!(e.message.contains("this workstation's database") && e.message.contains("disk I/O error (test)"), "{}", e.message);

    let status = failed_monitor_round(&desk.s).await;
    assert_eq!(status.error_code.as_deref(), Some("workstation_database"), "{status:?}");

    // Mended, the next round sends the fact once.
    sqlx::query("DROP TRIGGER outbox_refuses").execute(&mut raw).await.unwrap_or_else(|e| panic!("{e}"));
    let r = round(&desk.s).await;
    assert_eq!((r.pushed + r.duplicates, r.unsent), (1, 0), "{r:?}");
}

/// The saved password cannot be read when the workstation opens (its file
/// gone, a keychain still locked): the sync says so with its own code
/// instead of failing a login, and so do central decisions; once it can be
/// read again, the sync's next try (every 30 s; here made due at once)
/// reconnects with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_that_cannot_be_read_is_said_and_read_again() {
    use passdesk_services::central_link::{self, CentralAddress, CentralPassword};
    let (central, url) = scratch_database(4).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    let first = station(&central, "first", "DAL", &key, NOW).await;
    ok(first.s.import_offices(OFFICES_TOML, Format::Toml).await);

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (db, password_file) = (dir.path().join("desk.sqlite3"), dir.path().join("central.password"));
    let options: passdesk_central::ConnectOptions = url.parse().unwrap_or_else(|e| panic!("{e}"));
    let address = ok(CentralAddress::new(options.get_host(), options.get_port(), options.get_database().unwrap_or_default(), options.get_username()));
    let local = SqliteStore::open(&db).await.unwrap_or_else(|e| panic!("{e}"));
    ok(central_link::connect(&local, address, ok(CentralPassword::new("s3cret-Password")), Some(password_file.clone()), false).await);
    let saved = std::fs::read(&password_file).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_file(&password_file).unwrap_or_else(|e| panic!("{e}"));

    let ws = ok(Workstation::open(local).await);
    let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.clone()), None));
    let desk = ok(Services::new(ws, pin_key, clock_at(at(NOW))).await);
    let e = sync::round(desk.repo(), &|_| {}).await.err().unwrap_or_else(|| panic!("no password, no sync"));
    assert_eq!(e.code, "central_password_unreadable", "{}", e.message);
    assert!(e.message.contains("is gone") && !e.message.contains("s3cret"), "{}", e.message);
    // Nor a central decision, with the same reason (not a login the server refused).
    let e = desk.import_offices(OFFICES_TOML, Format::Toml).await.err().unwrap_or_else(|| panic!("no password, no decision"));
    assert_eq!(e.code, "central_password_unreadable", "{}", e.message);
    // Within the 30 s the password is not read again: still refused though the file is back.

    // The file is back (restored with its mode): the next try reads it and the sync goes through.
    {
        use std::{io::Write, os::unix::fs::OpenOptionsExt};
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&password_file).unwrap_or_else(|e| panic!("{e}"));
        f.write_all(&saved).unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(sync::round(desk.repo(), &|_| {}).await.err().map(|e| e.code), Some("central_password_unreadable"), "read again only after a while");
    // The while is over: the round reads it and reconnects.
    desk.repo().retry_password_now();
    let r = ok(sync::round(desk.repo(), &|_| {}).await);
    assert!(r.pulled > 0, "the replica filled: {r:?}");
}

/// A district on a fresh central database with two Dallas desks (staff
/// `dal` and `dal2`), Dallas released for two days, both replicas current.
async fn two_dallas_desks() -> (PgStore, TempDir, Station, Station) {
    let (central, _) = scratch_database(8).await.unwrap_or_else(|e| panic!("{e}"));
    let keys = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key = keys.path().join("district.pin-key");
    let dal1 = station(&central, "dal-desk-1", "DAL", &key, NOW).await;
    let dal2 = station(&central, "dal-desk-2", "DAL", &key, NOW).await;
    ok(dal1.s.import_offices(OFFICES_TOML, Format::Toml).await);
    let admin = ok(dal1.s.create_first_administrator(&staff("root", "administrator", None)).await);
    for u in ["dal", "dal2"] {
        ok(dal1.s.add_staff(&admin, &staff(u, "front_desk", Some("DAL"))).await);
    }
    ok(dal1.s.release_through("DAL", date("2026-11-25")).await);
    round(&dal2.s).await;
    (central, keys, dal1, dal2)
}

/// Wrong passwords spread over two workstations lock as if typed at one:
/// each counts at the central database too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_at_several_workstations_add_up() {
    let (_central, _keys, dal1, dal2) = two_dallas_desks().await;
    for _ in 0..3 {
        assert_eq!(dal1.s.sign_in("dal", "not-it-at-all").await.err().map(|e| e.code), Some("sign_in_failed"));
    }
    assert_eq!(dal2.s.sign_in("dal", "not-it-at-all").await.err().map(|e| e.code), Some("sign_in_failed"));
    assert_eq!(dal2.s.sign_in("dal", "not-it-at-all").await.err().map(|e| e.code), Some("sign_in_locked"), "the fifth wrong password, at another desk, locks");
    assert_eq!(dal1.s.sign_in("dal", "dal-password-1").await.err().map(|e| e.code), Some("sign_in_locked"), "at every desk");
}

/// An administrator disables an account at one workstation: the central
/// database decides it, and at another workstation that account cannot sign
/// in after its next round, and its open session there ends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_disabled_at_one_workstation_is_disabled_at_every_one() {
    let (central, _keys, dal1, dal2) = two_dallas_desks().await;
    let open_there = sign_in(&dal2.s, "dal2").await;
    let root = sign_in(&dal1.s, "root").await;
    let off = passdesk_services::staff::StaffUpdate { username: "dal2".into(), display_name: "dal2".into(), role: "front_desk".into(), office: Some("DAL".into()), disabled: true, new_password: None };
    ok(dal1.s.update_staff(&root, &off).await);
    let disabled: bool = sqlx::query_scalar("SELECT disabled FROM staff WHERE username = 'dal2'").fetch_one(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(disabled, "decided centrally");
    round(&dal2.s).await;
    assert_eq!(dal2.s.sign_in("dal2", "dal2-password-1").await.err().map(|e| e.code), Some("sign_in_failed"));
    assert_eq!(dal2.s.still_signed_in(&open_there).await.err().map(|e| e.code), Some("session_ended"));
}

/// Two desks record the same arrival and the person is called or served on
/// one record: whichever record stands (the earliest arrival), the person
/// is not back in the queue. (a) The later record was served before the
/// earlier one reached the central database: the standing record takes its
/// progress. (b) The earlier record came first: a step made on the later
/// one, at a desk that had not seen the earlier, moves the standing one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_served_on_a_superseded_record_is_not_back_in_the_queue() {
    let (central, _keys, dal1, dal2) = two_dallas_desks().await;
    let book = |first: &str| BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person(first, "Lopez"), ..Default::default() };
    let (maria, nina) = (ok(dal2.s.book(&book("Maria")).await).appointment.confirmation, ok(dal2.s.book(&book("Nina")).await).appointment.confirmation);
    round(&dal1.s).await;
    let check_in = |conf: &str| CheckIn { confirmation: conf.into(), documents: vec![passport()], override_reason: None, companions: vec![] };
    let later = dal2.s.with_clock(clock_at(at("2026-11-24T15:02:00Z")));
    let (d1, d2) = (sign_in(&dal1.s, "dal").await, sign_in(&later, "dal2").await);
    let state_of = |id: uuid::Uuid| {
        let pool = central.pool().clone();
        async move {
            sqlx::query_as::<_, (String, Option<String>, Option<uuid::Uuid>)>("SELECT state, desk, superseded_by FROM visits WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .unwrap_or_else(|e| panic!("{e}"))
        }
    };

    // (a) Desk 1's record (earlier) stays unsent while desk 2 serves Maria on its own.
    let early = ok(dal1.s.check_in(&d1, &check_in(&maria)).await);
    let late = ok(later.check_in(&d2, &check_in(&maria)).await);
    ok(later.call_visit(&d2, &late.id.to_string(), "W2").await);
    ok(later.finish_visit(&d2, &late.id.to_string(), true, None).await);
    round(&later).await;
    round(&dal1.s).await;
    assert_eq!(state_of(early.id).await, ("served".into(), Some("W2".into()), None), "the earliest record stands, served as the person was");
    assert_eq!(state_of(late.id).await.2, Some(early.id));

    // (b) Desk 1's record of Nina reaches the central database first; desk 2 had not seen it and calls its own.
    let early = ok(dal1.s.check_in(&d1, &check_in(&nina)).await);
    let late = ok(later.check_in(&d2, &check_in(&nina)).await);
    ok(later.call_visit(&d2, &late.id.to_string(), "W2").await);
    round(&dal1.s).await;
    round(&later).await;
    assert_eq!(state_of(early.id).await, ("called".into(), Some("W2".into()), None), "the call made on the later record moved the standing one");
    let note: String = sqlx::query_scalar("SELECT outcome FROM applied_commands WHERE kind = 'visit_advanced' ORDER BY applied_at DESC LIMIT 1")
        .fetch_one(central.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(note.starts_with("applied to the visit that stands"), "{note}");

    // Every replica shows each person once, as far as they got.
    round(&dal1.s).await;
    round(&later).await;
    for w in [&dal1.s, &later] {
        let visits = w.repo().visits_on(&"DAL".parse().unwrap_or_else(|e| panic!("{e}")), date("2026-11-24")).await.unwrap_or_else(|e| panic!("{e}"));
        let mut states: Vec<String> = visits.iter().map(|v| v.state.as_str().to_string()).collect();
        states.sort();
        assert_eq!(states, vec!["called".to_string(), "served".to_string()], "nobody back in the queue: {visits:?}");
    }
}

/// A desk calls its record of an arrival while another desk's earlier record
/// of it is on its way: the pull that brings the supersession leaves the
/// desk's record alone (its call is unsent), and the call then moves the
/// standing record. The superseded record is announced again, so the desk's
/// copy becomes the central one: superseded, not a second person called.
/// (Found by the fault test under load.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_that_called_a_record_superseded_meanwhile_ends_with_the_central_copy() {
    let (central, _keys, dal1, dal2) = two_dallas_desks().await;
    let book = BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Olga", "Lopez"), ..Default::default() };
    let olga = ok(dal2.s.book(&book).await).appointment.confirmation;
    round(&dal1.s).await;
    let check_in = CheckIn { confirmation: olga, documents: vec![passport()], override_reason: None, companions: vec![] };
    let later = dal2.s.with_clock(clock_at(at("2026-11-24T15:02:00Z")));
    let (d1, d2) = (sign_in(&dal1.s, "dal").await, sign_in(&later, "dal2").await);

    let mine = ok(later.check_in(&d2, &check_in).await);
    round(&later).await;
    let earlier = ok(dal1.s.check_in(&d1, &check_in).await);
    ok(later.call_visit(&d2, &mine.id.to_string(), "W2").await);
    round(&dal1.s).await;
    // Desk 2 pulls (after a decision of its own, say) while its call is unsent.
    let link = later.repo().central().unwrap_or_else(|| panic!("connected"));
    ok(sync::pull(later.repo(), &link).await);
    round(&later).await;
    round(&later).await;

    let (state, standing): (String, Option<uuid::Uuid>) =
        sqlx::query_as("SELECT state, superseded_by FROM visits WHERE id = $1").bind(mine.id).fetch_one(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(standing, Some(earlier.id), "desk 1's earlier record stands");
    let local: (String, Option<String>) = sqlx::query_as("SELECT state, superseded_by FROM visits WHERE id = ?")
        .bind(mine.id.to_string())
        .fetch_one(later.repo().local().pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(local, (state, standing.map(|s| s.to_string())), "desk 2's copy of its record is the central one");
    let visits = later.repo().visits_on(&"DAL".parse().unwrap_or_else(|e| panic!("{e}")), date("2026-11-24")).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(visits.iter().filter(|v| v.state.as_str() == "called").count(), 1, "Olga is called once, not twice: {visits:?}");
}

/// A step on a superseded record takes its locks in the order an arrival's
/// record takes them, the appointment before any of its visits, so the two
/// never deadlock: while another transaction holds the appointment, the
/// step waits holding no visit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_step_on_a_superseded_record_locks_the_appointment_first() {
    let (central, _keys, dal1, dal2) = two_dallas_desks().await;
    let booking = BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-24".into()), applicant: person("Maria", "Lopez"), ..Default::default() };
    let maria = ok(dal2.s.book(&booking).await).appointment.confirmation;
    round(&dal1.s).await;
    let check_in = CheckIn { confirmation: maria.clone(), documents: vec![passport()], override_reason: None, companions: vec![] };
    let later = dal2.s.with_clock(clock_at(at("2026-11-24T15:02:00Z")));
    let (d1, d2) = (sign_in(&dal1.s, "dal").await, sign_in(&later, "dal2").await);
    ok(dal1.s.check_in(&d1, &check_in).await);
    let late = ok(later.check_in(&d2, &check_in).await);
    ok(later.call_visit(&d2, &late.id.to_string(), "W2").await);
    round(&dal1.s).await;
    // Desk 2's record arrives (superseded at once); its call is still to come.
    let facts = later.repo().local().unsent_facts(10).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(facts.len(), 2, "the record and the call");
    central.apply_facts("dal-desk-2", &facts[..1]).await.unwrap_or_else(|e| panic!("{e}"));
    later.repo().local().mark_sent(&[facts[0].id], chrono::Utc::now()).await.unwrap_or_else(|e| panic!("{e}"));

    let mut holder = central.pool().begin().await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("SELECT id FROM appointments WHERE confirmation = $1 FOR UPDATE").bind(maria.replace('-', "")).execute(&mut *holder).await.unwrap_or_else(|e| panic!("{e}"));
    let pushing = tokio::spawn({
        let (central, call) = (central.clone(), facts[1..].to_vec());
        async move { central.apply_facts("dal-desk-2", &call).await }
    });
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(!pushing.is_finished(), "the step waits for the appointment's lock");
    let mut probe = central.pool().begin().await.unwrap_or_else(|e| panic!("{e}"));
    let free = sqlx::query("SELECT id FROM visits WHERE id = $1 FOR UPDATE NOWAIT").bind(late.id).execute(&mut *probe).await;
    assert!(free.is_ok(), "meanwhile it holds no visit: {free:?}");
    probe.rollback().await.unwrap_or_else(|e| panic!("{e}"));
    holder.commit().await.unwrap_or_else(|e| panic!("{e}"));
    let pushed = pushing.await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pushed.applied, 1, "{pushed:?}");
    let states: Vec<String> = sqlx::query_scalar("SELECT state FROM visits WHERE superseded_by IS NULL").fetch_all(central.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(states, vec!["called".to_string()], "the standing record was called");
}

/// A booking that must end by a last useful day (ADIT) searches this
/// workstation's copy of the slots, which may lag: a slot another desk has
/// just filled is skipped at the central database's word, and the next free
/// one in time is taken instead of answering "full".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_search_by_a_last_day_moves_on_from_a_slot_filled_meanwhile() {
    let (_central, _keys, dal1, dal2) = two_dallas_desks().await;
    let answers = passdesk_domain::appointment_type::TypeAnswers { proof_needed_by: Some(date("2026-11-25")), ..Default::default() };
    let adit = |who: ApplicantInput, slot: Option<String>| BookingRequest {
        office: Some("DAL".into()),
        type_code: "adit".into(),
        slot_id: slot,
        answers: answers.clone(),
        applicant: who,
        ..Default::default()
    };
    let first = ok(dal1.s.slots("DAL", date("2026-11-24")).await)
        .into_iter()
        .find(|x| x.types.iter().any(|t| t == "adit") && x.starts_at.as_str() > "2026-11-24T09:00:00-06:00")
        .unwrap_or_else(|| panic!("an ADIT slot later today"));
    for i in 0..first.capacity {
        ok(dal1.s.book(&adit(person(&format!("Filler{}", char::from(b'A' + i as u8)), "Seat"), Some(first.id.clone()))).await);
    }
    // dal2 has not synced: its copy still shows the slot free.
    let seen = ok(dal2.s.slots("DAL", date("2026-11-24")).await);
    assert_eq!(seen.iter().find(|x| x.id == first.id).map(|x| x.free), Some(first.capacity), "dal2's copy must lag for this test");

    let r = ok(dal2.s.book(&adit(person("Late", "Comer"), None)).await);
    assert_ne!(r.appointment.slot_id, first.id, "not into the slot filled meanwhile");
    assert!(r.appointment.starts_at > first.starts_at && r.appointment.starts_at.get(..10) <= Some("2026-11-25"), "the next free time by the 25th: {}", r.appointment.starts_at);
}

/// A mix edit at a workstation whose copy has not seen a day another desk
/// released since: the workstation catches up before planning, so that day
/// is made again with the new mix too (the central database refuses a plan
/// that missed a released day).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mix_edit_remakes_a_day_released_elsewhere_since_the_last_sync() {
    let (_central, _keys, dal1, dal2) = two_dallas_desks().await;
    ok(dal2.s.release_through("DAL", date("2026-11-27")).await);
    let root = sign_in(&dal1.s, "root").await;
    let config = ok(dal1.s.office_config(&root, "DAL").await);
    let mut json = serde_json::to_value(&config.office).unwrap_or_else(|e| panic!("{e}"));
    for d in ["mon", "tue", "wed", "thu", "fri"] {
        for block in json["mix"][d].as_array_mut().into_iter().flatten().filter(|b| b["track"] == "general") {
            block["capacity"] = 5.into();
        }
    }
    let office = ok(passdesk_services::office_config::parse_office(&json));
    let report = ok(dal1.s.save_office(&root, &office, config.version).await);
    assert!(report.days_remade.iter().any(|d| d == "2026-11-27"), "the day released at the other desk is made again: {report:?}");
    round(&dal2.s).await;
    let friday = ok(dal2.s.slots("DAL", date("2026-11-27")).await);
    assert_eq!(friday.iter().find(|s| s.track == "general").map(|s| s.capacity), Some(5), "with the new mix, at every desk");
}

/// A day closed at one desk is closed for the whole district: the moved
/// appointment, the empty day and the new holiday reach the other desk.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_closed_at_one_desk_is_closed_at_every_desk() {
    let (_central, _keys, dal1, dal2) = two_dallas_desks().await;
    ok(dal1.s.release_through("DAL", date("2026-11-30")).await);
    let r = ok(dal1.s.book(&BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-25".into()), applicant: person("Snow", "Day"), ..Default::default() }).await);
    assert!(r.appointment.starts_at.starts_with("2026-11-25"), "{}", r.appointment.starts_at);
    let closed = ok(dal1.s.close_day("DAL", "2026-11-25", passdesk_services::closure::ClosureChoice::Move).await);
    let moved_to = closed.people.iter().find(|p| p.confirmation == r.appointment.confirmation).and_then(|p| p.moved_to.clone()).unwrap_or_else(|| panic!("moved: {closed:?}"));
    assert!(moved_to.starts_with("2026-11-27"), "the first free time after the closed day and Thanksgiving: {moved_to}");

    round(&dal2.s).await;
    assert!(ok(dal2.s.slots("DAL", date("2026-11-25")).await).is_empty(), "no slot on the closed day at the other desk");
    assert_eq!(ok(dal2.s.lookup(&r.appointment.confirmation, &r.pin).await).starts_at, moved_to);
    let root = sign_in(&dal2.s, "root").await;
    assert!(ok(dal2.s.office_config(&root, "DAL").await).office.holidays.contains(&date("2026-11-25")), "a holiday there too");
}

/// An account made while the workstation was disconnected (on its own) is
/// the workstation's own: reconnected, it is gone, as at the first join,
/// and the district never knew it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_made_while_disconnected_does_not_outlive_reconnecting() {
    let (central, keys, _dal1, dal2) = two_dallas_desks().await;
    let db = dal2._dir.path().join("local.sqlite3");
    let key = keys.path().join("district.pin-key");
    let services = |ws: Workstation| async {
        let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key.clone()), None));
        ok(Services::new(ws, pin_key, clock_at(at(NOW))).await)
    };
    let alone = services(Workstation::standalone(SqliteStore::open(&db).await.unwrap_or_else(|e| panic!("{e}")))).await;
    let root = sign_in(&alone, "root").await;
    ok(alone.add_staff(&root, &staff("temp", "front_desk", Some("DAL"))).await);
    sign_in(&alone, "temp").await;

    let central_place = Central::new(central.clone(), "dal-desk-2", Some("DAL".parse().unwrap_or_else(|e| panic!("{e}"))));
    let back = services(Workstation::connected(SqliteStore::open(&db).await.unwrap_or_else(|e| panic!("{e}")), central_place)).await;
    round(&back).await;
    assert_eq!(back.sign_in("temp", "temp-password-1").await.err().map(|e| e.code), Some("sign_in_failed"), "the account made alone is gone");
    sign_in(&back, "dal2").await;
    let there = central.staff_accounts().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(!there.iter().any(|(a, _)| a.username.as_str() == "temp"), "never carried into the district");
}

/// A day closed at one desk before its release is never released by a
/// desk that has not synced since: it catches up before planning, and the
/// central database refuses a plan made from the office's older version.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_closed_before_its_release_is_not_released_by_a_stale_desk() {
    let (_central, _keys, dal1, dal2) = two_dallas_desks().await;
    ok(dal1.s.close_day("DAL", "2026-11-30", passdesk_services::closure::ClosureChoice::Move).await);
    ok(dal2.s.release_through("DAL", date("2026-12-01")).await);
    assert!(ok(dal2.s.slots("DAL", date("2026-11-30")).await).is_empty(), "the closed day stays closed");
    assert!(!ok(dal2.s.slots("DAL", date("2026-12-01")).await).is_empty(), "the next day is released");
    assert!(ok(dal1.s.slots("DAL", date("2026-11-30")).await).is_empty());
}

/// A workstation keeping Dallas's appointments only sees Arlington's seats
/// taken, not who took them: it neither closes an Arlington day with
/// appointments nor lets an import close it, and says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_offices_booked_day_is_not_closed_blind() {
    let (_central, _keys, dal1, _dal2) = two_dallas_desks().await;
    ok(dal1.s.release_through("ARL", date("2026-11-25")).await);
    let r = ok(dal1.s.book(&BookingRequest { office: Some("ARL".into()), type_code: "case_inquiry".into(), from: Some("2026-11-25".into()), applicant: person("Far", "Away"), ..Default::default() }).await);
    assert!(r.appointment.starts_at.starts_with("2026-11-25"), "{}", r.appointment.starts_at);
    let e = dal1.s.close_day("ARL", "2026-11-25", passdesk_services::closure::ClosureChoice::Move).await.err().unwrap_or_else(|| panic!("closed blind"));
    assert_eq!(e.code, "office_not_kept_here", "{}", e.message);
    let closing = OFFICES_TOML.replacen("holidays = [\"2026-11-26\"", "holidays = [\"2026-11-25\", \"2026-11-26\"", 2);
    let e = dal1.s.import_offices(&closing, Format::Toml).await.err().unwrap_or_else(|| panic!("an import closing a booked Arlington day"));
    assert_eq!(e.code, "day_has_bookings", "{}", e.message);
    assert!(e.message.contains("1 booked"), "{}", e.message);
    assert_eq!(ok(dal1.s.lookup(&r.appointment.confirmation, &r.pin).await).status, "booked");
}

/// A workstation disconnected, its office edited while on its own, then
/// connected again: it takes the district's data anew, so its copy of the
/// office is the district's again and it releases as every desk does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workstation_connected_again_takes_the_districts_offices_anew() {
    use passdesk_services::central_link::{self, CentralAddress, CentralPassword};
    let (central, url, keys, _setup) = district("setup", "DAL").await;
    let key = keys.path().join("district.pin-key");
    let district_version = ok(central.office(&"DAL".parse().unwrap_or_else(|e| panic!("{e}"))).await.map_err(ServiceError::from)).version;

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("desk.sqlite3");
    let options: passdesk_central::ConnectOptions = url.parse().unwrap_or_else(|e| panic!("{e}"));
    let address = || ok(CentralAddress::new(options.get_host(), options.get_port(), options.get_database().unwrap_or_default(), options.get_username()));
    let open = |ws: Workstation| {
        let key = key.clone();
        async move {
            let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(key), None));
            ok(Services::new(ws, pin_key, clock_at(at(NOW))).await)
        }
    };
    let local = SqliteStore::open(&db).await.unwrap_or_else(|e| panic!("{e}"));
    ok(central_link::connect(&local, address(), ok(CentralPassword::new("s3cret-Password")), Some(dir.path().join("central.password")), false).await);
    let desk = open(ok(Workstation::open(local).await)).await;
    round(&desk).await;
    ok(central_link::disconnect(desk.repo()).await);
    drop(desk);

    let alone = open(Workstation::standalone(SqliteStore::open(&db).await.unwrap_or_else(|e| panic!("{e}")))).await;
    let root = sign_in(&alone, "root").await;
    let config = ok(alone.office_config(&root, "DAL").await);
    let mut renamed = config.office.clone();
    renamed.name = "Dallas, as edited alone".into();
    ok(alone.save_office(&root, &renamed, config.version).await);
    drop(alone);

    let local = SqliteStore::open(&db).await.unwrap_or_else(|e| panic!("{e}"));
    ok(central_link::connect(&local, address(), ok(CentralPassword::new("s3cret-Password")), Some(dir.path().join("central.password")), false).await);
    let back = open(ok(Workstation::open(local).await)).await;
    round(&back).await;
    let office = ok(back.office("DAL").await);
    assert_eq!((office.summary.name.as_str(), office.summary.version), ("Dallas Field Office", district_version), "the district's office again");
    ok(back.release_through("DAL", date("2026-11-25")).await);
}

/// Connected again after running on its own, a workstation would take the
/// district's rows anew and lose, without a word, the appointments it
/// booked meanwhile. Refused instead, naming them; the file keeps them.
/// Also for a workstation disconnected by a version before the mark.
#[tokio::test]
async fn a_booking_made_on_its_own_is_not_lost_by_connecting_again() {
    let (_central, url, keys, setup) = district("setup", "DAL").await;
    ok(setup.s.release_through("DAL", date("2026-11-30")).await);
    ok(setup.s.add_staff(&sign_in(&setup.s, "root").await, &staff("dal", "front_desk", Some("DAL"))).await);
    let desk = Rejoining::new(&url, &keys);
    let d = desk.connect().await;
    round(&d).await;
    let central_booking = ok(setup.s.book(&booking_of(person("Ana", "Central"), "2026-11-24")).await);
    round(&d).await;
    desk.disconnect(d).await;

    // On its own: a new day released here, bookings on it (one moved after,
    // one cancelled after), and the district's booking cancelled here.
    let alone = desk.alone().await;
    ok(alone.release_through("DAL", date("2026-12-04")).await);
    let solo = ok(alone.book(&booking_of(person("Solo", "Alone"), "2026-12-02")).await);
    let duo = ok(alone.book(&booking_of(person("Duo", "Moved"), "2026-12-02")).await);
    ok(alone.reschedule(&duo.appointment.confirmation, &duo.pin, &passdesk_services::booking::NewTime { slot_id: None, from: Some("2026-12-03".into()) }).await);
    let gone = ok(alone.book(&booking_of(person("Gone", "Again"), "2026-12-02")).await);
    ok(alone.cancel(&gone.appointment.confirmation, &gone.pin).await);
    ok(alone.cancel(&central_booking.appointment.confirmation, &central_booking.pin).await);
    drop(alone);
    // Meanwhile the district releases the same days.
    ok(setup.s.release_through("DAL", date("2026-12-04")).await);

    let refused_as = |e: ServiceError| {
        assert_eq!(e.code, "replica_has_own_data", "{e:?}");
        // Booked here, then moved: the district never had it, so it is booked again, not moved.
        for named in [format!("{} booked", solo.appointment.confirmation), format!("{} booked", duo.appointment.confirmation), format!("{} cancelled", central_booking.appointment.confirmation)] {
            assert!(e.message.contains(&named), "names {named}: {}", e.message);
        }
        assert!(e.message.contains("3 appointment(s)") && !e.message.contains(&gone.appointment.confirmation), "booked and cancelled here leaves nothing to redo: {}", e.message);
    };
    let back = desk.connect().await;
    refused_as(sync::round(back.repo(), &|_| {}).await.expect_err("connected again with bookings of its own"));
    let kept = ok(back.lookup(&solo.appointment.confirmation, &solo.pin).await);
    assert_eq!(kept.starts_at, solo.appointment.starts_at, "the booking made on its own is still here, as it was");
    // Refused, it pulls nothing; its check-ins still take the office's numbers
    // from the central database, not from its replica, days behind.
    let at_setup = sign_in(&setup.s, "dal").await;
    for name in ["Ana Before", "Bo Before"] {
        ok(setup.s.walk_in(&at_setup, &emergency(name)).await);
    }
    assert_eq!(ok(back.walk_in(&sign_in(&back, "dal").await, &emergency("Cy Refused")).await).queue_number, 3, "the office's next number");
    // The full list, oldest change first, holds the one booked and cancelled here too (nothing to send for it).
    let listed: Vec<String> = ok(back.changed_on_its_own().await).into_iter().map(|c| format!("{} {}", c.event, c.name)).collect();
    assert_eq!(listed, ["booked Solo Alone", "booked Duo Moved", "cancelled Gone Again", "cancelled Ana Central"], "{listed:?}");

    // Disconnected by a version before the mark: no mark, the feed reset. Refused all the same.
    desk.disconnect(back).await;
    desk.forget_mark().await;
    let back = desk.connect().await;
    refused_as(sync::round(back.repo(), &|_| {}).await.expect_err("no mark, refused all the same"));

    // Disconnected again, the file goes on with it on its own.
    desk.disconnect(back).await;
    let alone = desk.alone().await;
    assert_eq!(ok(alone.lookup(&solo.appointment.confirmation, &solo.pin).await).confirmation, solo.appointment.confirmation);
}

/// A workstation that released days and booked and cancelled on its own,
/// with nothing left to redo, connects again: the district's slots replace
/// the ones it released, and the booking the district never had goes.
#[tokio::test]
async fn a_workstation_back_with_nothing_to_redo_takes_the_districts_slots() {
    let (central, url, keys, setup) = district("setup", "DAL").await;
    ok(setup.s.release_through("DAL", date("2026-12-02")).await);
    let desk = Rejoining::left_district(&url, &keys).await;

    let alone = desk.alone().await;
    ok(alone.release_through("DAL", date("2026-12-08")).await);
    let gone = ok(alone.book(&booking_of(person("Gone", "Again"), "2026-12-07")).await);
    ok(alone.cancel(&gone.appointment.confirmation, &gone.pin).await);
    assert!(!ok(alone.slots("DAL", date("2026-12-07")).await).is_empty(), "released here on its own");
    drop(alone);

    let back = desk.connect().await;
    round(&back).await;
    let dal: passdesk_domain::office::OfficeCode = "DAL".parse().unwrap_or_else(|e| panic!("{e}"));
    for day in ["2026-12-01", "2026-12-07"] {
        let here: Vec<String> = ok(back.slots("DAL", date(day)).await).into_iter().map(|s| s.id).collect();
        let there: Vec<String> = central.slots(&dal, date(day)).await.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|s| s.id.to_string()).collect();
        assert_eq!(here, there, "{day}: the district's slots, and only those");
    }
    let number: ConfirmationNumber = gone.appointment.confirmation.parse().unwrap_or_else(|e| panic!("{e:?}"));
    assert!(back.repo().local().appointment(&number).await.unwrap_or_else(|e| panic!("{e}")).is_none(), "the booking the district never had is gone");
    assert!(ok(back.changed_on_its_own().await).is_empty());
}

fn booking_of(who: ApplicantInput, from: &str) -> BookingRequest {
    BookingRequest { office: Some("DAL".into()), type_code: "case_inquiry".into(), from: Some(from.into()), applicant: who, ..Default::default() }
}

/// One workstation's database that is connected to a district, disconnected, run on its own and connected again.
struct Rejoining {
    dir: std::sync::Arc<TempDir>,
    key: PathBuf,
    options: passdesk_central::ConnectOptions,
    /// The desks' clock.
    now: String,
}

impl Rejoining {
    fn new(url: &str, keys: &TempDir) -> Self {
        Self {
            dir: std::sync::Arc::new(tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))),
            key: keys.path().join("district.pin-key"),
            options: url.parse().unwrap_or_else(|e| panic!("{e}")),
            now: NOW.into(),
        }
    }

    /// A workstation that joined the district (one sync) and left it.
    async fn left_district(url: &str, keys: &TempDir) -> Self {
        let desk = Self::new(url, keys);
        let joined = desk.connect().await;
        round(&joined).await;
        desk.disconnect(joined).await;
        desk
    }

    /// The same database, the desks' clock at `now`.
    fn clone_at(&self, now: &str) -> Self {
        Self { dir: self.dir.clone(), key: self.key.clone(), options: self.options.clone(), now: now.into() }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("desk.sqlite3")
    }

    async fn open(&self, ws: Workstation) -> LocalServices {
        let (pin_key, _) = ok(pin_key::load(&PinKeySource::File(self.key.clone()), None));
        ok(Services::new(ws, pin_key, clock_at(at(&self.now))).await)
    }

    async fn connect(&self) -> LocalServices {
        use passdesk_services::central_link::{self, CentralAddress, CentralPassword};
        let o = &self.options;
        let address = ok(CentralAddress::new(o.get_host(), o.get_port(), o.get_database().unwrap_or_default(), o.get_username()));
        let local = SqliteStore::open(&self.db()).await.unwrap_or_else(|e| panic!("{e}"));
        ok(central_link::connect(&local, address, ok(CentralPassword::new("s3cret-Password")), Some(self.dir.path().join("central.password")), false).await);
        self.open(ok(Workstation::open(local).await)).await
    }

    async fn disconnect(&self, s: LocalServices) {
        ok(passdesk_services::central_link::disconnect(s.repo()).await);
    }

    async fn alone(&self) -> LocalServices {
        self.open(Workstation::standalone(SqliteStore::open(&self.db()).await.unwrap_or_else(|e| panic!("{e}")))).await
    }

    /// As a version before the mark left a disconnected database: the feed reset, no mark.
    async fn forget_mark(&self) {
        use sqlx::Connection;
        let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", self.db().display())).await.unwrap_or_else(|e| panic!("{e}"));
        let gone = sqlx::query("DELETE FROM meta WHERE key = ?").bind(passdesk_store::outbox::ON_ITS_OWN_FROM).execute(&mut c).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(gone.rows_affected(), 1, "the mark was there");
        c.close().await.unwrap_or_else(|e| panic!("{e}"));
    }
}

/// An office made on its own, which the district does not know, stops the
/// reconnection as it stops a first join.
#[tokio::test]
async fn an_office_made_on_its_own_stops_the_reconnection() {
    let (_central, url, keys, _setup) = district("setup", "DAL").await;
    let desk = Rejoining::left_district(&url, &keys).await;
    let alone = desk.alone().await;
    let office = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/one-office.toml")).unwrap_or_else(|e| panic!("{e}"));
    ok(alone.import_offices(&office, Format::Toml).await);
    drop(alone);
    let back = desk.connect().await;
    let e = sync::round(back.repo(), &|_| {}).await.expect_err("an office of its own");
    assert!(e.code == "replica_has_own_data" && e.message.contains("TST"), "{e:?}");
}

/// What a workstation did on its own goes to the district: a booking the
/// district never had, into the same time with the same number and PIN; a
/// move; a cancellation. One whose time is full at the district is named
/// and holds the reconnection until it is settled here; then the
/// workstation connects again and its copy is the district's.
#[tokio::test]
async fn changes_made_on_its_own_are_sent_to_the_district() {
    let (central, url, keys, setup) = district("setup", "DAL").await;
    ok(setup.s.release_through("DAL", date("2026-12-04")).await);
    let desk = Rejoining::new(&url, &keys);
    let d = desk.connect().await;
    let ana = ok(setup.s.book(&booking_of(person("Ana", "Cancelled"), "2026-11-24")).await);
    let bea = ok(setup.s.book(&booking_of(person("Bea", "Moved"), "2026-11-24")).await);
    round(&d).await;
    desk.disconnect(d).await;

    let alone = desk.alone().await;
    ok(alone.release_through("DAL", date("2026-12-08")).await);
    let solo = ok(alone.book(&booking_of(person("Solo", "Alone"), "2026-12-07")).await);
    ok(alone.reschedule(&bea.appointment.confirmation, &bea.pin, &passdesk_services::booking::NewTime { slot_id: None, from: Some("2026-12-03".into()) }).await);
    ok(alone.cancel(&ana.appointment.confirmation, &ana.pin).await);
    let full = ok(alone.book(&booking_of(person("Full", "There"), "2026-12-02")).await);
    drop(alone);
    // Meanwhile the district releases the same new days, and fills the time Full was given.
    ok(setup.s.release_through("DAL", date("2026-12-08")).await);
    let taken = BookingRequest { slot_id: Some(full.appointment.slot_id.clone()), from: None, ..booking_of(person("Zed", "First"), "2026-12-02") };
    for i in 0.. {
        match setup.s.book(&BookingRequest { applicant: person(&format!("Zed{}", (b'a' + i) as char), "First"), ..taken.clone() }).await {
            Ok(_) => {}
            Err(e) if e.code == "slot_full" => break,
            Err(e) => panic!("{e:?}"),
        }
    }

    let back = desk.connect().await;
    let e = sync::round(back.repo(), &|_| {}).await.expect_err("changes of its own");
    assert!(e.code == "replica_has_own_data" && e.message.contains("4 appointment(s)") && e.message.contains("--send"), "{e:?}");
    let sent = ok(back.send_own_changes(None).await);
    let outcome: Vec<(String, bool)> = sent.iter().map(|c| (c.change.name.clone(), c.sent)).collect();
    assert_eq!(outcome, [("Solo Alone".to_string(), true), ("Bea Moved".into(), true), ("Ana Cancelled".into(), true), ("Full There".into(), false)], "{sent:?}");
    assert!(sent[3].holds_reconnection && sent[3].refused.as_deref().is_some_and(|why| why.contains("full") || why.contains("taken")), "why it was not sent: {sent:?}");

    // The district has them: the same number and PIN at another desk, the move, the cancellation.
    round(&setup.s).await;
    let there = ok(setup.s.lookup(&solo.appointment.confirmation, &solo.pin).await);
    assert_eq!((there.starts_at.as_str(), there.status), (solo.appointment.starts_at.as_str(), solo.appointment.status), "booked into the same time");
    let moved = ok(setup.s.lookup(&bea.appointment.confirmation, &bea.pin).await);
    assert!(moved.starts_at.starts_with("2026-12-03"), "{moved:?}");
    assert_eq!(ok(setup.s.lookup(&ana.appointment.confirmation, &ana.pin).await).status, "cancelled", "cancelled at the district");

    // Full still holds the reconnection, alone; settled here (called, cancelled), it connects.
    let e = sync::round(back.repo(), &|_| {}).await.expect_err("one not sent");
    assert!(e.message.contains("1 appointment(s)") && e.message.contains(&full.appointment.confirmation), "{e:?}");
    desk.disconnect(back).await;
    let alone = desk.alone().await;
    ok(alone.cancel(&full.appointment.confirmation, &full.pin).await);
    // And Solo, already sent, calls to cancel: that goes to the district too.
    ok(alone.cancel(&solo.appointment.confirmation, &solo.pin).await);
    drop(alone);
    let back = desk.connect().await;
    let e = sync::round(back.repo(), &|_| {}).await.expect_err("the cancellation of a booking the district has");
    assert!(e.message.contains(&format!("{} cancelled", solo.appointment.confirmation)) && e.message.contains("1 appointment(s)"), "{e:?}");
    let sent = ok(back.send_own_changes(None).await);
    assert!(sent.iter().all(|c| c.sent), "{sent:?}");
    round(&back).await;
    round(&setup.s).await;
    assert_eq!(ok(setup.s.lookup(&solo.appointment.confirmation, &solo.pin).await).status, "cancelled", "cancelled at the district");
    let dal: passdesk_domain::office::OfficeCode = "DAL".parse().unwrap_or_else(|e| panic!("{e}"));
    for day in ["2026-12-02", "2026-12-07"] {
        let here: Vec<(String, u32)> = ok(back.slots("DAL", date(day)).await).into_iter().map(|s| (s.id, s.booked)).collect();
        let there: Vec<(String, u32)> = central.slots(&dal, date(day)).await.unwrap_or_else(|e| panic!("{e}")).into_iter().map(|s| (s.id.to_string(), s.booked)).collect();
        assert_eq!(here, there, "{day}: the district's slots and counts");
    }
    assert_eq!(ok(back.lookup(&solo.appointment.confirmation, &solo.pin).await).status, "cancelled", "here as at the district");
    let number: ConfirmationNumber = full.appointment.confirmation.parse().unwrap_or_else(|e| panic!("{e:?}"));
    assert!(back.repo().local().appointment(&number).await.unwrap_or_else(|e| panic!("{e}")).is_none(), "the one the district never had is dropped");
    // The feed started again for another reason (another office kept): the history checked before is not its own again.
    ok(set_replica_office(back.repo(), Some(&dal)).await);
    assert!(ok(back.changed_on_its_own().await).is_empty(), "nothing of its own after rejoining");
    round(&back).await;
}

/// A change made on its own that the district changed again later is not
/// sent over the later one: it is named, with why, for a call.
#[tokio::test]
async fn a_change_the_district_changed_again_later_is_not_sent_over_it() {
    let (central, url, keys, setup) = district("setup", "DAL").await;
    ok(setup.s.release_through("DAL", date("2026-12-04")).await);
    let desk = Rejoining::new(&url, &keys);
    let d = desk.connect().await;
    let dan = ok(setup.s.book(&booking_of(person("Dan", "Twice"), "2026-11-25")).await);
    round(&d).await;
    desk.disconnect(d).await;

    // Moved here (the desks' clock stands at NOW), and moved again at the district an hour later.
    let alone = desk.alone().await;
    ok(alone.reschedule(&dan.appointment.confirmation, &dan.pin, &passdesk_services::booking::NewTime { slot_id: None, from: Some("2026-12-03".into()) }).await);
    drop(alone);
    let an_hour_later = (at(NOW) + chrono::Duration::hours(1)).to_rfc3339();
    let later = station(&central, "later", "DAL", &keys.path().join("district.pin-key"), &an_hour_later).await;
    round(&later.s).await;
    let moved_there = ok(later.s.reschedule(&dan.appointment.confirmation, &dan.pin, &passdesk_services::booking::NewTime { slot_id: None, from: Some("2026-12-04".into()) }).await);

    let back = desk.connect().await;
    // Not lost without a word: it holds the reconnection until a sending names it.
    let e = sync::round(back.repo(), &|_| {}).await.expect_err("not named yet");
    assert!(e.message.contains(&format!("{} rescheduled", dan.appointment.confirmation)), "{e:?}");
    let sent = ok(back.send_own_changes(None).await);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(!sent[0].sent && !sent[0].holds_reconnection && sent[0].refused.as_deref().is_some_and(|why| why.contains("changed at the district")), "named, and settled: {sent:?}");
    round(&setup.s).await;
    assert_eq!(ok(setup.s.lookup(&dan.appointment.confirmation, &dan.pin).await).starts_at, moved_there.starts_at, "the later change stands");
    // Settled so: the workstation connects again and takes the district's time.
    round(&back).await;
    assert_eq!(ok(back.lookup(&dan.appointment.confirmation, &dan.pin).await).starts_at, moved_there.starts_at);
}

/// A booking made on its own whose time has passed by the time it is sent
/// still goes: it is made at the district as of when it was made here.
#[tokio::test]
async fn a_booking_made_on_its_own_goes_even_after_its_time() {
    let (central, url, keys, setup) = district("setup", "DAL").await;
    ok(setup.s.release_through("DAL", date("2026-12-04")).await);
    let desk = Rejoining::left_district(&url, &keys).await;
    let alone = desk.alone().await;
    let early = ok(alone.book(&booking_of(person("Early", "Bird"), "2026-11-25")).await);
    drop(alone);

    // Sent two days later, by then its time has passed.
    let later = desk.clone_at("2026-11-26T20:00:00Z");
    let back = later.connect().await;
    let sent = ok(back.send_own_changes(None).await);
    assert!(sent.len() == 1 && sent[0].sent, "{sent:?}");
    let number: ConfirmationNumber = early.appointment.confirmation.parse().unwrap_or_else(|e| panic!("{e:?}"));
    let there = central.appointment(&number).await.unwrap_or_else(|e| panic!("{e}")).map(|(a, _)| a.slot.starts_at.with_timezone(&chrono_tz::America::Chicago).to_rfc3339());
    assert_eq!(there.as_deref(), Some(early.appointment.starts_at.as_str()), "booked at the district into its time");
    round(&back).await;
}

/// An appointment cancelled here whose person was checked in at the
/// district meanwhile: the check-in stands, the cancellation is named for a
/// call and not sent.
#[tokio::test]
async fn a_cancellation_made_on_its_own_does_not_undo_a_check_in_at_the_district() {
    let (central, url, keys, setup) = district("setup", "DAL").await;
    ok(setup.s.release_through("DAL", date("2026-12-04")).await);
    let admin = sign_in(&setup.s, "root").await;
    ok(setup.s.add_staff(&admin, &staff("desk", "front_desk", Some("DAL"))).await);
    let eve = ok(setup.s.book(&booking_of(person("Eve", "Came"), "2026-11-24")).await);
    let desk = Rejoining::left_district(&url, &keys).await;
    let alone = desk.alone().await;
    ok(alone.cancel(&eve.appointment.confirmation, &eve.pin).await);
    drop(alone);
    let front = sign_in(&setup.s, "desk").await;
    ok(setup.s.check_in(&front, &CheckIn { confirmation: eve.appointment.confirmation.clone(), documents: vec![passport()], override_reason: None, companions: vec![] }).await);
    round(&setup.s).await;

    let back = desk.connect().await;
    let sent = ok(back.send_own_changes(None).await);
    assert!(sent.len() == 1 && !sent[0].sent && !sent[0].holds_reconnection, "{sent:?}");
    assert!(sent[0].refused.as_deref().is_some_and(|why| why.contains("checked in at the district")), "{sent:?}");
    let number: ConfirmationNumber = eve.appointment.confirmation.parse().unwrap_or_else(|e| panic!("{e:?}"));
    let there = central.appointment(&number).await.unwrap_or_else(|e| panic!("{e}")).map(|(a, _)| a.status);
    assert_eq!(there, Some(passdesk_domain::repository::AppointmentStatus::Booked), "not cancelled at the district");
    round(&back).await;
}

/// A page read before another program (the CLI's `sync` beside the app) or
/// a disconnection moved this replica's cursor is not applied: its rows and
/// the cursor never go back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_read_from_where_the_replica_no_longer_stands_is_not_applied() {
    let (central, _, _keys, desk) = district("dal-desk", "DAL").await;
    ok(desk.s.release_through("DAL", date("2026-11-25")).await);
    round(&desk.s).await;
    let local = desk.s.repo().local().clone();
    let at = local.feed_cursor().await.unwrap_or_else(|e| panic!("{e}"));
    assert!(at.is_some_and(|c| c != FeedCursor::default()), "a round moved the cursor");
    let dallas = central.office_id_of(&"DAL".parse().unwrap_or_else(|e| panic!("{e}"))).await.unwrap_or_else(|e| panic!("{e}"));
    let page = central.feed(FeedCursor::default(), dallas, 100).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(page.feed_rows > 0, "the feed has rows from its start");
    let refused = local.apply_feed(&page, FeedCursor::default(), "DAL").await;
    assert!(matches!(refused, Err(RepoError::Conflict(_))), "{refused:?}");
    assert_eq!(local.feed_cursor().await.unwrap_or_else(|e| panic!("{e}")), at, "the cursor stays where the replica stands");
}

/// A round that waited while the workstation was disconnected does not go
/// on with the connection it found before: it would pull into a replica now
/// on its own and undo what the disconnection set up. A decision's pull with
/// the connection before is refused the same way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_waiting_through_a_disconnection_does_nothing_with_the_connection_before() {
    let (_central, _, _keys, desk) = district("dal-desk", "DAL").await;
    round(&desk.s).await;
    ok(desk.s.release_through("DAL", date("2026-11-25")).await);
    let ws = desk.s.repo().clone();
    let before = ws.central().unwrap_or_else(|| panic!("connected"));
    let cursor = ws.local().feed_cursor().await.unwrap_or_else(|e| panic!("{e}"));
    let disconnecting = ws.hold_sync_lock().await;
    let waiting = {
        let ws = ws.clone();
        tokio::spawn(async move { sync::round(&ws, &|_| {}).await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    // The local database names no central database: reloaded, the workstation is on its own.
    ws.reload_central().await.unwrap_or_else(|e| panic!("{}", e.message));
    drop(disconnecting);
    let e = waiting.await.unwrap_or_else(|e| panic!("{e}")).err().unwrap_or_else(|| panic!("a round ran after the disconnection"));
    assert_eq!(e.code, "central_not_configured", "{}", e.message);
    let e = sync::pull(&ws, &before).await.err().unwrap_or_else(|| panic!("a pull with the connection before"));
    assert_eq!(e.code, "central_changed", "{}", e.message);
    assert_eq!(ws.local().feed_cursor().await.unwrap_or_else(|e| panic!("{e}")), cursor, "nothing was pulled after the disconnection");
}

/// `passdesk central disconnect` run beside the app: the app's next round
/// takes the disconnection up instead of syncing on with the connection it
/// had (which would pull the whole feed again into a replica now on its own).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disconnection_by_another_program_is_taken_up_at_the_next_round() {
    let (_central, url, keys, _admin) = district("dal-admin", "DAL").await;
    let desk = Rejoining::new(&url, &keys);
    let running = desk.connect().await;
    round(&running).await;
    let cli = SqliteStore::open(&desk.db()).await.unwrap_or_else(|e| panic!("{e}"));
    ok(passdesk_services::central_link::disconnect(&cli).await);
    let e = sync::round(running.repo(), &|_| {}).await.err().unwrap_or_else(|| panic!("the app synced on after the disconnection"));
    assert_eq!(e.code, "central_not_configured", "{}", e.message);
    assert!(running.repo().central().is_none(), "the app runs on its own now");
    assert_eq!(running.repo().local().feed_cursor().await.unwrap_or_else(|e| panic!("{e}")), Some(FeedCursor::default()), "nothing pulled after the disconnection");
    // Connected again from the terminal: the app's next round takes that up too.
    {
        use passdesk_services::central_link::{self, CentralAddress, CentralPassword};
        let o = &desk.options;
        let address = ok(CentralAddress::new(o.get_host(), o.get_port(), o.get_database().unwrap_or_default(), o.get_username()));
        ok(central_link::connect(&cli, address, ok(CentralPassword::new("s3cret-Password")), Some(desk.dir.path().join("central.password")), false).await);
    }
    round(&running).await;
    assert!(running.repo().central().is_some(), "the app is connected again");
}
