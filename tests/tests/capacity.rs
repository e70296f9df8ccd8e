//! Capacity under random book / cancel / reschedule sequences: no slot ever
//! holds more than its capacity, the `booked` count always equals the
//! appointments standing in the slot, and "slot full" only ever comes from a
//! slot that really was full.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use std::collections::HashMap;

use passdesk_domain::repository::{AppointmentStatus, Repository, Slot};
use passdesk_services::{booking::NewTime, LocalServices};
use passdesk_tests::{at, date, request, Fixture, TEST_OFFICE};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Book { slot: usize, who: usize },
    Cancel { booking: usize },
    Reschedule { booking: usize, slot: usize },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => (0usize..64, 0usize..10).prop_map(|(slot, who)| Op::Book { slot, who }),
        2 => (0usize..64).prop_map(|booking| Op::Cancel { booking }),
        3 => (0usize..64, 0usize..64).prop_map(|(booking, slot)| Op::Reschedule { booking, slot }),
    ]
}

const DAYS: [&str; 2] = ["2027-03-08", "2027-03-09"];

async fn all_slots(s: &LocalServices) -> Vec<Slot> {
    let code = "TST".parse().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    for d in DAYS {
        out.extend(s.repo().slots(&code, date(d)).await.unwrap_or_else(|e| panic!("{e}")));
    }
    out
}

/// Checks the invariants; returns the slots as they are now.
async fn check(s: &LocalServices) -> Result<Vec<Slot>, TestCaseError> {
    let code = "TST".parse().unwrap_or_else(|e| panic!("{e}"));
    let mut standing: HashMap<uuid::Uuid, u32> = HashMap::new();
    for d in DAYS {
        for a in s.repo().appointments_on(&code, date(d)).await.unwrap_or_else(|e| panic!("{e}")) {
            if a.status == AppointmentStatus::Booked {
                *standing.entry(a.slot.id).or_default() += 1;
            }
        }
    }
    let slots = all_slots(s).await;
    for slot in &slots {
        prop_assert!(slot.booked <= slot.capacity, "slot {} holds {} of {}", slot.id, slot.booked, slot.capacity);
        prop_assert_eq!(slot.booked, standing.get(&slot.id).copied().unwrap_or(0), "booked count of slot {} matches its appointments", slot.id);
    }
    Ok(slots)
}

async fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let f = Fixture::new(TEST_OFFICE, at("2027-03-07T12:00:00Z")).await;
    f.services.release_through("TST", date(DAYS[1])).await.unwrap_or_else(|e| panic!("{e}"));
    let mut slots = check(&f.services).await?;
    prop_assert_eq!(slots.len(), 12, "two days of 4 general and 2 attorney slots");
    // Confirmation, PIN and the slot the appointment stands in.
    let mut receipts: Vec<(String, String, uuid::Uuid)> = Vec::new();
    for op in ops {
        match op {
            Op::Book { slot, who } => {
                let target = &slots[slot % slots.len()];
                let ty = target.types[0].clone();
                match f.services.book(&request("TST", &ty, Some(&target.id.to_string()), who)).await {
                    Ok(r) => {
                        prop_assert!(!target.is_full(), "booked into a slot that was full");
                        receipts.push((r.appointment.confirmation, r.pin, target.id));
                    }
                    Err(e) if e.code == "slot_full" => prop_assert!(target.is_full(), "slot_full from a slot with a free seat"),
                    Err(e) => prop_assert_eq!(e.code, "duplicate_booking", "unexpected refusal: {}", e.message),
                }
            }
            Op::Cancel { booking } if !receipts.is_empty() => {
                let (c, p, _) = &receipts[booking % receipts.len()];
                if let Err(e) = f.services.cancel(c, p).await {
                    prop_assert_eq!(e.code, "conflict", "only a cancelled appointment refuses a cancel: {}", e.message);
                }
            }
            Op::Reschedule { booking, slot } if !receipts.is_empty() => {
                let i = booking % receipts.len();
                let (c, p, from) = receipts[i].clone();
                let target = &slots[slot % slots.len()];
                let to = NewTime { slot_id: Some(target.id.to_string()), from: None };
                match f.services.reschedule(&c, &p, &to).await {
                    Ok(_) => {
                        prop_assert!(!target.is_full() || target.id == from, "moved into a full slot");
                        receipts[i].2 = target.id;
                    }
                    Err(e) if e.code == "slot_full" => prop_assert!(target.is_full(), "slot_full from a slot with a free seat"),
                    Err(e) => prop_assert!(
                        ["conflict", "slot_unavailable", "duplicate_booking"].contains(&e.code),
                        "unexpected refusal {}: {}", e.code, e.message
                    ),
                }
            }
            _ => {}
        }
        slots = check(&f.services).await?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn capacity_is_never_exceeded(ops in proptest::collection::vec(op(), 1..40)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap_or_else(|e| panic!("{e}"));
        rt.block_on(run(ops))?;
    }
}
