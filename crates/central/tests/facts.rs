//! Desk facts applied centrally: exactly once, a queue step that is older
//! than the visit's end does not reopen a visit another desk finished, and
//! a fact that cannot be applied is kept as rejected without stopping its
//! batch.

// Test helpers outside #[test] functions fail the test loudly too.
#![allow(clippy::panic)]

use chrono::{DateTime, Duration, Utc};
use passdesk_central::testing::scratch_database;
use passdesk_domain::{
    replica::OutboxFact,
    visit::{Visit, VisitKind, VisitState},
};
use serde_json::json;
use uuid::Uuid;

fn fact(kind: &str, payload: serde_json::Value, at: DateTime<Utc>) -> OutboxFact {
    OutboxFact { id: Uuid::now_v7(), kind: kind.into(), payload, made_at: at }
}

/// A walk-in at `office` with queue number `n`, arrived at `at`.
fn walk_in(office: &str, n: u32, at: DateTime<Utc>) -> Visit {
    Visit {
        id: Uuid::now_v7(),
        office: office.parse().unwrap_or_else(|e| panic!("{e}")),
        local_date: at.date_naive(),
        confirmation: None,
        kind: VisitKind::WalkIn,
        track: "general".into(),
        queue_number: n,
        display_name: format!("Walker {n}"),
        state: VisitState::Waiting,
        late: false,
        arrived_at: at,
        checked_in_by: "desk".into(),
        called_at: None,
        desk: None,
        finished_at: None,
        receipt_ref: None,
        walk_in_reason: Some("medical_emergency".into()),
        approved_by: None,
        companions: vec![],
    }
}

fn step(visit: Uuid, state: &str, at: DateTime<Utc>) -> OutboxFact {
    fact("visit_advanced", json!({ "visit": visit, "state": state, "desk": "Window 2", "receipt_ref": null, "by": "desk", "at": at.timestamp() }), at)
}

#[tokio::test]
async fn facts_apply_once_and_an_older_step_does_not_reopen_a_finished_visit() {
    let (store, _) = scratch_database(2).await.unwrap_or_else(|e| panic!("{e}"));
    sqlx::query("INSERT INTO offices (id, code, name, time_zone, config, version, updated_at) VALUES ($1, 'DAL', 'Dallas', 'America/Chicago', '{}', 1, now())")
        .bind(Uuid::now_v7())
        .execute(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let t0 = DateTime::parse_from_rfc3339("2026-11-24T15:00:00Z").map(|t| t.with_timezone(&Utc)).unwrap_or_else(|e| panic!("{e}"));
    let visit = walk_in("DAL", 1, t0);
    let recorded = fact("visit_recorded", json!({ "visit": visit, "documents": [] }), t0);
    let served = step(visit.id, "served", t0 + Duration::minutes(10));
    // A desk that was offline called the visit before it was served; its step arrives last.
    let late_call = step(visit.id, "called", t0 + Duration::minutes(5));
    let r = store.apply_facts("desk-1", &[recorded.clone(), served.clone()]).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.duplicates, r.rejected), (2, 0, 0));
    let r = store.apply_facts("desk-2", std::slice::from_ref(&late_call)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.applied, 1);
    let state: String = sqlx::query_scalar("SELECT state FROM visits WHERE id = $1").bind(visit.id).fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state, "served", "an older call does not reopen a served visit");
    let note = store.fact_outcome(late_call.id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
    assert!(note.starts_with("kept in the history only"), "{note}");

    // The same facts again: nothing applied twice.
    let r = store.apply_facts("desk-1", &[recorded, served, late_call]).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.duplicates), (0, 3));
    let visits: i64 = sqlx::query_scalar("SELECT count(*) FROM visits").fetch_one(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(visits, 1);
}

/// A batch of three visits, two at Dallas and one at an office the central
/// database does not know: the Dallas ones are applied, each with Dallas's
/// id (the office is looked up once per batch), the third is kept as
/// rejected with its reason and does not stop the batch.
#[tokio::test]
async fn a_fact_naming_an_unknown_office_is_rejected_and_the_batch_goes_on() {
    let (store, _) = scratch_database(2).await.unwrap_or_else(|e| panic!("{e}"));
    let dallas = Uuid::now_v7();
    sqlx::query("INSERT INTO offices (id, code, name, time_zone, config, version, updated_at) VALUES ($1, 'DAL', 'Dallas', 'America/Chicago', '{}', 1, now())")
        .bind(dallas)
        .execute(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let t0 = DateTime::parse_from_rfc3339("2026-11-24T15:00:00Z").map(|t| t.with_timezone(&Utc)).unwrap_or_else(|e| panic!("{e}"));
    let (first, stranger, second) = (walk_in("DAL", 1, t0), walk_in("ZZZ", 2, t0), walk_in("DAL", 3, t0));
    let facts: Vec<OutboxFact> = [&first, &stranger, &second].iter().map(|v| fact("visit_recorded", json!({ "visit": v, "documents": [] }), t0)).collect();
    let r = store.apply_facts("desk-1", &facts).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.applied, r.duplicates, r.rejected), (2, 0, 1));
    let offices: Vec<(Uuid, Uuid)> =
        sqlx::query_as("SELECT id, office_id FROM visits ORDER BY queue_number").fetch_all(store.pool()).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(offices, vec![(first.id, dallas), (second.id, dallas)], "both Dallas visits, at Dallas; none at the unknown office");
    let why = store.fact_outcome(facts[1].id).await.unwrap_or_else(|e| panic!("{e}")).unwrap_or_default();
    assert!(why.starts_with("rejected: ") && why.contains("ZZZ"), "{why}");
}
