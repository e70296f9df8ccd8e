//! The day's roster of an office (per track, or per window/officer) and its
//! summary: who was booked, who came, who did not, who walked in. As data for
//! the screens and the CLI, and as a PDF to print.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use passdesk_domain::{
    appointment_type,
    repository::{AppointmentStatus, Repository},
    visit::{Visit, VisitKind, VisitState},
    DomainError,
};
use passdesk_print::{render_table, Column, Section, TableDocument};
use serde::Serialize;

use crate::{parse_office_code, ServiceError, ServiceResult, Services};

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RosterRow {
    /// Office-local HH:MM: the appointment's time, or a walk-in's arrival.
    pub time: String,
    pub queue_number: Option<u32>,
    pub name: String,
    pub type_name: String,
    pub track: String,
    /// booked, waiting, called, served, not served, no-show, cancelled
    pub status: String,
    pub checked_in: Option<String>,
    pub desk: Option<String>,
    pub walk_in: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TrackSummary {
    pub track: String,
    pub capacity: u32,
    pub booked: u32,
    pub arrived: u32,
    pub no_show: u32,
    pub walk_ins: u32,
    pub served: u32,
    /// No-shows among the appointments whose time has come and gone, in percent.
    pub no_show_rate: Option<f64>,
    /// Booked seats and walk-ins against the track's seats, in percent.
    pub utilisation: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Roster {
    pub office: String,
    pub office_name: String,
    pub date: String,
    pub rows: Vec<RosterRow>,
    pub summary: Vec<TrackSummary>,
    pub printed_at: String,
}

/// How the printed roster is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RosterGrouping {
    Track,
    /// By the window or desk a person was called to (the officer's).
    Desk,
}

impl std::str::FromStr for RosterGrouping {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "track" => Ok(Self::Track),
            "desk" | "window" | "officer" => Ok(Self::Desk),
            other => Err(DomainError::invalid("by", format!("\"{other}\" is not a grouping; use track or desk"))),
        }
    }
}

fn state_word(s: VisitState) -> &'static str {
    match s {
        VisitState::Waiting => "waiting",
        VisitState::Called => "called",
        VisitState::Served => "served",
        VisitState::NotServed => "not served",
    }
}

fn percent(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| (f64::from(part) * 1000.0 / f64::from(whole)).round() / 10.0)
}

impl<R: Repository> Services<R> {
    /// The roster of `office` on `day`, optionally one track only.
    pub async fn roster(&self, office: &str, day: NaiveDate, track: Option<&str>) -> ServiceResult<Roster> {
        let stored = self.repo.office(&parse_office_code(office)?).await?;
        let o = &stored.office;
        let tz = o.time_zone;
        let now = self.now();
        let track = track.map(str::trim).filter(|t| !t.is_empty());
        if let Some(t) = track {
            if !o.track_codes().contains(t) {
                return Err(DomainError::invalid("track", format!("office {} has no track \"{t}\"; it has {}", o.code, o.track_codes().into_iter().collect::<Vec<_>>().join(", "))).into());
            }
        }
        let hhmm = |t: chrono::DateTime<chrono::Utc>| t.with_timezone(&tz).format("%H:%M").to_string();
        let grace = Duration::minutes(i64::from(o.policy.no_show_after_minutes));
        let visits = self.repo.visits_on(&o.code, day).await?;
        let by_conf: BTreeMap<String, &Visit> = visits.iter().filter_map(|v| v.confirmation.as_ref().map(|c| (c.to_string(), v))).collect();
        let mut rows = Vec::new();
        let mut summary: BTreeMap<String, TrackSummary> = BTreeMap::new();
        for s in self.repo.slots(&o.code, day).await? {
            let e = summary.entry(s.track.clone()).or_insert_with(|| TrackSummary { track: s.track.clone(), ..Default::default() });
            e.capacity += s.capacity;
        }
        for a in self.repo.appointments_on(&o.code, day).await? {
            let visit = by_conf.get(&a.confirmation.to_string()).copied();
            let e = summary.entry(a.slot.track.clone()).or_insert_with(|| TrackSummary { track: a.slot.track.clone(), ..Default::default() });
            let status = match (a.status, visit) {
                (AppointmentStatus::Cancelled, _) => "cancelled",
                (_, Some(v)) => {
                    e.arrived += 1;
                    state_word(v.state)
                }
                (_, None) if now > a.slot.starts_at + grace => {
                    e.no_show += 1;
                    "no-show"
                }
                _ => "booked",
            };
            if a.status == AppointmentStatus::Booked {
                e.booked += 1;
            }
            if visit.is_some_and(|v| v.state == VisitState::Served) {
                e.served += 1;
            }
            rows.push(RosterRow {
                time: hhmm(a.slot.starts_at),
                queue_number: visit.map(|v| v.queue_number),
                name: format!("{}, {}", a.applicant.last_name.as_str(), a.applicant.first_name.as_str()),
                type_name: appointment_type::find(&a.type_code).map(|t| t.name.to_string()).unwrap_or_else(|_| a.type_code.clone()),
                track: a.slot.track.clone(),
                status: status.to_string(),
                checked_in: visit.map(|v| hhmm(v.arrived_at)),
                desk: visit.and_then(|v| v.desk.clone()),
                walk_in: false,
            });
        }
        for v in visits.iter().filter(|v| v.kind != VisitKind::Appointment) {
            let e = summary.entry(v.track.clone()).or_insert_with(|| TrackSummary { track: v.track.clone(), ..Default::default() });
            e.walk_ins += 1;
            if v.state == VisitState::Served {
                e.served += 1;
            }
            rows.push(RosterRow {
                time: hhmm(v.arrived_at),
                queue_number: Some(v.queue_number),
                name: v.display_name.clone(),
                type_name: match v.kind {
                    VisitKind::WalkIn => format!("Emergency walk-in ({})", v.walk_in_reason.clone().unwrap_or_default()),
                    VisitKind::AttorneyWalkIn => "Attorney walk-in".into(),
                    _ => "Cashier walk-in".into(),
                },
                track: v.track.clone(),
                status: state_word(v.state).to_string(),
                checked_in: Some(hhmm(v.arrived_at)),
                desk: v.desk.clone(),
                walk_in: true,
            });
        }
        rows.sort_by(|a, b| (&a.time, &a.track, &a.name).cmp(&(&b.time, &b.track, &b.name)));
        if let Some(t) = track {
            rows.retain(|r| r.track == t);
            summary.retain(|k, _| k == t);
        }
        let summary = summary
            .into_values()
            .map(|mut s| {
                s.no_show_rate = percent(s.no_show, s.arrived + s.no_show);
                s.utilisation = percent(s.booked + s.walk_ins, s.capacity);
                s
            })
            .collect();
        Ok(Roster {
            office: o.code.to_string(),
            office_name: o.name.clone(),
            date: day.to_string(),
            rows,
            summary,
            printed_at: now.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
        })
    }

    /// The roster for staff: their own office (administrators any), `date` as YYYY-MM-DD.
    pub async fn staff_roster(&self, session: &crate::staff::Session, office: &str, date: &str, track: Option<&str>) -> ServiceResult<Roster> {
        session.require_office(passdesk_domain::staff::Action::ViewBoard, office)?;
        // A cashier's roster, like their board, is the cashier track's.
        let track = if session.account.role == passdesk_domain::staff::Role::Cashier { Some("cashier") } else { track };
        self.roster(office, crate::release::parse_date("date", date)?, track).await
    }

    /// The staff roster as a PDF, grouped as `by` says (track or desk).
    pub async fn staff_roster_pdf(&self, session: &crate::staff::Session, office: &str, date: &str, by: &str) -> ServiceResult<Vec<u8>> {
        let by: RosterGrouping = by.parse()?;
        let roster = self.staff_roster(session, office, date, None).await?;
        self.roster_pdf(&roster, by)
    }

    /// The roster as a PDF, grouped by track or by desk.
    pub fn roster_pdf(&self, r: &Roster, by: RosterGrouping) -> ServiceResult<Vec<u8>> {
        let col = |title: &str, width: f32| Column { title: title.into(), width };
        let columns = vec![col("Time", 38.0), col("No.", 30.0), col("Name", 150.0), col("Type", 150.0), col("Status", 62.0), col("Checked in", 56.0), col("Desk", 54.0)];
        let mut groups: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
        for row in &r.rows {
            let key = match by {
                RosterGrouping::Track => format!("Track: {}", row.track),
                RosterGrouping::Desk => row.desk.as_ref().map_or_else(|| "Not called to a desk".to_string(), |d| format!("Desk: {d}")),
            };
            groups.entry(key).or_default().push(vec![
                row.time.clone(),
                row.queue_number.map(|n| n.to_string()).unwrap_or_default(),
                row.name.clone(),
                row.type_name.clone(),
                row.status.clone(),
                row.checked_in.clone().unwrap_or_default(),
                row.desk.clone().unwrap_or_default(),
            ]);
        }
        let pct = |p: Option<f64>| p.map(|p| format!("{p:.1} %")).unwrap_or_else(|| "–".into());
        let closing_cols = vec![col("Track", 80.0), col("Seats", 50.0), col("Booked", 55.0), col("Arrived", 55.0), col("No-show", 60.0), col("Walk-ins", 60.0), col("No-show rate", 80.0), col("Utilisation", 80.0)];
        let closing_rows = r
            .summary
            .iter()
            .map(|s| {
                vec![s.track.clone(), s.capacity.to_string(), s.booked.to_string(), s.arrived.to_string(), s.no_show.to_string(), s.walk_ins.to_string(), pct(s.no_show_rate), pct(s.utilisation)]
            })
            .collect();
        let doc = TableDocument {
            title: format!("Roster — {} ({})", r.office_name, r.office),
            subtitle: format!("{}   ·   {} appointments and walk-ins", r.date, r.rows.len()),
            columns,
            sections: groups.into_iter().map(|(heading, rows)| Section { heading, rows }).collect(),
            closing: Some(("Summary".into(), closing_cols, closing_rows)),
            footer: format!("{} · {} · printed {}", r.office, r.date, r.printed_at),
            page_of: |n, m| format!("page {n} of {m}"),
        };
        render_table(&doc).map_err(|e| ServiceError::new("print_failed", e.to_string()))
    }
}
