//! Many bookers on one slot, each with its own connection pool on the same
//! database file (as separate workstations' processes would be): exactly the
//! slot's capacity succeed, every other one is told the slot is full.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::sync::Arc;

use passdesk_tests::{at, date, request, Fixture, TEST_OFFICE};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_bookers_fill_a_slot_exactly_to_capacity() {
    let now = at("2027-03-07T12:00:00Z");
    let f = Fixture::new(TEST_OFFICE, now).await;
    f.services.release_through("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    let slots = f.services.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    let slot = slots.iter().find(|s| s.track == "general").unwrap_or_else(|| panic!("a general slot"));
    assert_eq!(slot.capacity, 2);

    const POOLS: usize = 6;
    const BOOKERS_PER_POOL: usize = 8;
    let mut pools = Vec::new();
    for _ in 0..POOLS {
        pools.push(Arc::new(f.reopen(now).await));
    }
    let mut tasks = Vec::new();
    for (p, services) in pools.iter().enumerate() {
        for b in 0..BOOKERS_PER_POOL {
            let services = Arc::clone(services);
            let req = request("TST", "case_inquiry", Some(&slot.id), p * BOOKERS_PER_POOL + b);
            tasks.push(tokio::spawn(async move { services.book(&req).await }));
        }
    }
    let mut ok = 0;
    let mut full = 0;
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("booker task: {e}")) {
            Ok(_) => ok += 1,
            Err(e) if e.code == "slot_full" => full += 1,
            Err(e) => panic!("a booker got {} instead of success or slot_full: {}", e.code, e.message),
        }
    }
    assert_eq!(ok, 2, "exactly the capacity succeeds");
    assert_eq!(full, POOLS * BOOKERS_PER_POOL - 2, "everyone else is told the slot is full");
    let after = f.services.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    let after = after.iter().find(|s| s.id == slot.id).unwrap_or_else(|| panic!("slot still there"));
    assert_eq!(after.booked, 2);
    assert_eq!(f.services.appointments_on("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}")).len(), 2);
}

/// "First free slot" under contention: bookers spread over the day's slots
/// and no slot goes over; those left over get "no free slot".
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_first_free_bookers_never_overfill() {
    let now = at("2027-03-07T12:00:00Z");
    let f = Fixture::new(TEST_OFFICE, now).await;
    f.services.release_through("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}"));
    let seats: u32 = f.services.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}")).iter().filter(|s| s.track == "general").map(|s| s.capacity).sum();
    let mut tasks = Vec::new();
    for p in 0..4 {
        let services = Arc::new(f.reopen(now).await);
        for b in 0..6 {
            let services = Arc::clone(&services);
            let req = request("TST", "case_inquiry", None, p * 6 + b);
            tasks.push(tokio::spawn(async move { services.book(&req).await }));
        }
    }
    let mut ok = 0u32;
    for t in tasks {
        match t.await.unwrap_or_else(|e| panic!("booker task: {e}")) {
            Ok(_) => ok += 1,
            Err(e) => assert_eq!(e.code, "no_free_slot", "{}", e.message),
        }
    }
    assert_eq!(ok, seats, "every seat of the day is taken, no more");
    for s in f.services.slots("TST", date("2027-03-08")).await.unwrap_or_else(|e| panic!("{e}")) {
        assert!(s.booked <= s.capacity, "slot {} holds {} of {}", s.id, s.booked, s.capacity);
    }
}
