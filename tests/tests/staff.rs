//! Staff accounts: the first-run administrator, sign-in with argon2 hashes,
//! the lock after wrong passwords, and role checks made by the services.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_domain::{repository::Repository, staff::{Action, Role}};
use passdesk_services::staff::{NewStaff, StaffUpdate};
use passdesk_tests::{at, Fixture, TEST_OFFICE};

fn new(username: &str, role: &str, office: Option<&str>) -> NewStaff {
    NewStaff { username: username.into(), display_name: format!("{username} person"), role: role.into(), office: office.map(str::to_string), password: format!("{username}-password-1") }
}

#[tokio::test]
async fn first_run_creates_one_administrator_then_sign_in_works() {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-07T12:00:00Z")).await;
    assert!(f.services.first_run().await.unwrap_or_else(|e| panic!("{e}")));
    let not_admin = f.services.create_first_administrator(&new("maria", "front_desk", Some("TST"))).await;
    assert_eq!(not_admin.err().map(|e| e.code), Some("invalid_input"), "the first account is the administrator");
    let admin = f.services.create_first_administrator(&new("root", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(!f.services.first_run().await.unwrap_or_else(|e| panic!("{e}")));
    let again = f.services.create_first_administrator(&new("root2", "administrator", None)).await;
    assert_eq!(again.err().map(|e| e.code), Some("conflict"), "no second first-run administrator");

    f.services.add_staff(&admin, &new("desk", "front_desk", Some("TST"))).await.unwrap_or_else(|e| panic!("{e}"));
    let dup = f.services.add_staff(&admin, &new("DESK", "cashier", Some("TST"))).await;
    assert_eq!(dup.err().map(|e| e.code), Some("conflict"), "usernames are unique regardless of case");
    let bad = f.services.add_staff(&admin, &NewStaff { password: "short".into(), ..new("shorty", "cashier", Some("TST")) }).await;
    assert_eq!(bad.err().map(|e| e.code), Some("invalid_input"));
    let no_office = f.services.add_staff(&admin, &new("floater", "cashier", None)).await;
    assert_eq!(no_office.err().map(|e| e.code), Some("invalid_input"));
    let unknown_office = f.services.add_staff(&admin, &new("lost", "cashier", Some("ZZZ"))).await;
    assert_eq!(unknown_office.err().map(|e| e.code), Some("not_found"));

    let all = f.services.list_staff(&admin).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(all.iter().map(|a| a.account.username.as_str()).collect::<Vec<_>>(), ["desk", "root"]);
    let desk = f.services.sign_in("Desk", "desk-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(f.services.list_staff(&desk).await.err().map(|e| e.code), Some("forbidden"));
    assert_eq!(desk.account.role.as_str(), "front_desk");
    let refused = f.services.add_staff(&desk, &new("sneaky", "administrator", None)).await;
    assert_eq!(refused.err().map(|e| e.code), Some("forbidden"), "a front-desk officer cannot create accounts");
}

#[tokio::test]
async fn wrong_passwords_are_answered_alike_and_lock() {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-07T12:00:00Z")).await;
    f.services.create_first_administrator(&new("root", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    let unknown = f.services.sign_in("nobody", "whatever-password").await.err().unwrap_or_else(|| panic!("unknown user signed in"));
    let wrong = f.services.sign_in("root", "wrong-password").await.err().unwrap_or_else(|| panic!("wrong password signed in"));
    assert_eq!((unknown.code, &unknown.message), (wrong.code, &wrong.message), "no telling which usernames exist");
    for _ in 0..3 {
        f.services.sign_in("root", "wrong-password").await.err().unwrap_or_else(|| panic!("signed in"));
    }
    let locked = f.services.sign_in("root", "wrong-password").await.err().unwrap_or_else(|| panic!("signed in"));
    assert_eq!(locked.code, "sign_in_locked");
    let still = f.services.sign_in("root", "root-password-1").await.err().unwrap_or_else(|| panic!("the lock must hold for the right password too"));
    assert_eq!(still.code, "sign_in_locked");
    let later = f.reopen(at("2027-03-07T12:16:00Z")).await;
    later.sign_in("root", "root-password-1").await.unwrap_or_else(|e| panic!("after the lock: {e}"));
}

#[tokio::test]
async fn roles_and_offices_are_checked_by_the_services() {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-07T12:00:00Z")).await;
    let admin = f.services.create_first_administrator(&new("root", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    for (u, role) in [("boss", "district_manager"), ("desk", "front_desk"), ("till", "cashier")] {
        f.services.add_staff(&admin, &new(u, role, Some("TST"))).await.unwrap_or_else(|e| panic!("{e}"));
    }
    let boss = f.services.sign_in("boss", "boss-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    let desk = f.services.sign_in("desk", "desk-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    let till = f.services.sign_in("till", "till-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    assert!(boss.require_office(Action::EditOffice, "TST").is_ok());
    assert_eq!(boss.require_office(Action::EditOffice, "DAL").err().map(|e| e.code), Some("forbidden"), "a manager edits only their own office");
    assert!(admin.require_office(Action::EditOffice, "DAL").is_ok());
    assert_eq!(desk.require(Action::EditOffice).err().map(|e| e.code), Some("forbidden"));
    assert!(desk.require_office(Action::BookForOthers, "TST").is_ok());
    assert_eq!(till.require(Action::BookForOthers).err().map(|e| e.code), Some("forbidden"));
    assert!(till.require(Action::Cashier).is_ok());
}

fn change(username: &str, role: &str, office: Option<&str>, disabled: bool, new_password: Option<&str>) -> StaffUpdate {
    StaffUpdate {
        username: username.into(),
        display_name: format!("{username} person"),
        role: role.into(),
        office: office.map(str::to_string),
        disabled,
        new_password: new_password.map(str::to_string),
    }
}

/// A departing officer is disabled (their open session ends at its next
/// command), enabled again with a new password that also lifts a lock,
/// moved to another role; the last administrator cannot be taken away.
#[tokio::test]
async fn an_administrator_disables_enables_and_resets_an_account() {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-07T12:00:00Z")).await;
    let s = &f.services;
    let root = s.create_first_administrator(&new("root", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    s.add_staff(&root, &new("desk", "front_desk", Some("TST"))).await.unwrap_or_else(|e| panic!("{e}"));
    let desk = s.sign_in("desk", "desk-password-1").await.unwrap_or_else(|e| panic!("{e}"));

    s.update_staff(&root, &change("desk", "front_desk", Some("TST"), true, None)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.still_signed_in(&desk).await.err().map(|e| e.code), Some("session_ended"), "the open session ends");
    assert_eq!(s.sign_in("desk", "desk-password-1").await.err().map(|e| e.code), Some("sign_in_failed"));
    let listed = s.list_staff(&root).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(listed.iter().map(|a| (a.account.username.as_str(), a.disabled)).collect::<Vec<_>>(), [("desk", true), ("root", false)], "a disabled account is listed, to enable it again");

    // Locked out by wrong passwords, then enabled with a new password: the lock goes too.
    s.update_staff(&root, &change("desk", "front_desk", Some("TST"), false, None)).await.unwrap_or_else(|e| panic!("{e}"));
    for _ in 0..5 {
        let _ = s.sign_in("desk", "not-the-password").await;
    }
    assert_eq!(s.sign_in("desk", "desk-password-1").await.err().map(|e| e.code), Some("sign_in_locked"));
    s.update_staff(&root, &change("desk", "cashier", Some("TST"), false, Some("brand-new-password"))).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.sign_in("desk", "desk-password-1").await.err().map(|e| e.code), Some("sign_in_failed"), "the old password is gone");
    let moved = s.sign_in("desk", "brand-new-password").await.unwrap_or_else(|e| panic!("the new password, lock lifted: {e}"));
    assert_eq!(moved.account.role.as_str(), "cashier");
    // A new password ends a session opened with the old one (a leaked
    // password, say); a new display name does not.
    s.update_staff(&root, &StaffUpdate { display_name: "Desk Renamed".into(), ..change("desk", "cashier", Some("TST"), false, None) }).await.unwrap_or_else(|e| panic!("{e}"));
    let renamed = s.still_signed_in(&moved).await.unwrap_or_else(|e| panic!("a new name keeps the session: {e}"));
    assert_eq!(renamed.account.display_name, "Desk Renamed");
    s.update_staff(&root, &change("desk", "cashier", Some("TST"), false, Some("third-password-here"))).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.still_signed_in(&moved).await.err().map(|e| e.code), Some("session_ended"), "the old password's session ends");
    let moved = s.sign_in("desk", "third-password-here").await.unwrap_or_else(|e| panic!("{e}"));

    // Bad input is refused and changes nothing.
    for (bad, code) in [
        (change("desk", "cashier", None, false, None), "invalid_input"),
        (change("desk", "cashier", Some("ZZZ"), false, None), "not_found"),
        (change("desk", "cashier", Some("TST"), false, Some("short")), "invalid_input"),
        (StaffUpdate { display_name: "Desk\u{202E}nimda".into(), ..change("desk", "cashier", Some("TST"), false, None) }, "invalid_input"),
        (change("nobody", "cashier", Some("TST"), false, None), "not_found"),
    ] {
        assert_eq!(s.update_staff(&root, &bad).await.err().map(|e| e.code), Some(code), "{bad:?}");
    }
    assert_eq!(s.still_signed_in(&moved).await.map(|m| m.account.role.as_str().to_string()).ok().as_deref(), Some("cashier"), "unchanged");
    assert!(!format!("{:?}", change("desk", "cashier", Some("TST"), false, Some("brand-new-password"))).contains("brand-new"));

    // Only an administrator changes accounts; none takes away their own role or the last administrator.
    assert_eq!(s.update_staff(&moved, &change("desk", "administrator", None, false, None)).await.err().map(|e| e.code), Some("forbidden"));
    assert_eq!(s.update_staff(&root, &change("root", "administrator", None, true, None)).await.err().map(|e| e.code), Some("invalid_input"));
    assert_eq!(s.update_staff(&root, &change("root", "district_manager", Some("TST"), false, None)).await.err().map(|e| e.code), Some("invalid_input"));
    let last = passdesk_domain::repository::StaffChange { display_name: "root".into(), role: Role::DistrictManager, office: Some("TST".parse().unwrap_or_else(|e| panic!("{e}"))), disabled: false, password_hash: None };
    let e = s.repo().update_staff(&"root".parse().unwrap_or_else(|e| panic!("{e}")), &last, at("2027-03-07T12:00:00Z")).await.err().unwrap_or_else(|| panic!("the last administrator demoted"));
    assert!(e.to_string().contains("last administrator"), "{e}");
    s.add_staff(&root, &new("root2", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    let root2 = s.sign_in("root2", "root2-password-1").await.unwrap_or_else(|e| panic!("{e}"));
    s.update_staff(&root2, &change("root", "administrator", None, true, None)).await.unwrap_or_else(|e| panic!("another administrator may: {e}"));
    assert_eq!(s.still_signed_in(&root).await.err().map(|e| e.code), Some("session_ended"));
}

/// Someone at the public kiosk types a staff name with wrong passwords: that
/// name can no longer leave this kiosk for a while, but its owner still signs
/// in at a desk.
#[tokio::test]
async fn wrong_passwords_at_the_kiosk_never_lock_a_desk_sign_in() {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-07T12:00:00Z")).await;
    let s = &f.services;
    let root = s.create_first_administrator(&new("root", "administrator", None)).await.unwrap_or_else(|e| panic!("{e}"));
    s.add_staff(&root, &new("desk", "front_desk", Some("TST"))).await.unwrap_or_else(|e| panic!("{e}"));
    for _ in 0..5 {
        let _ = s.sign_in_at_kiosk("desk", "guessing-away").await;
    }
    assert_eq!(s.sign_in_at_kiosk("desk", "desk-password-1").await.err().map(|e| e.code), Some("sign_in_locked"));
    s.sign_in("desk", "desk-password-1").await.unwrap_or_else(|e| panic!("the desk sign-in is not locked: {e}"));
}

