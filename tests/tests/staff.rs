//! Staff accounts: the first-run administrator, sign-in with argon2 hashes,
//! the lock after wrong passwords, and role checks made by the services.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use passdesk_domain::staff::Action;
use passdesk_services::staff::NewStaff;
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
    assert_eq!(all.iter().map(|a| a.username.as_str()).collect::<Vec<_>>(), ["desk", "root"]);
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
