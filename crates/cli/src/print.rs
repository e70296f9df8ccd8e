//! Text output for people; `--json` prints the same values as JSON.

use std::{fmt::Write, path::Path};

use passdesk_services::{
    central_link::{CentralStatus, Connected, Disconnected, Migrated},
    closure::ClosedDay,
    on_its_own::{OwnChange, SentChange},
    demo::DemoReport,
    district_desks::DistrictDesks,
    views::{AppointmentView, BookingReceipt, OfficeDetail, OfficeSummary, ReleaseView, SlotView, TypeView},
};

/// `08:15` from an RFC 3339 local time.
fn hhmm(rfc3339: &str) -> &str {
    rfc3339.get(11..16).unwrap_or(rfc3339)
}

pub fn demo(r: &DemoReport, db: &Path) -> String {
    let mut s = format!(
        "Demo database ready: {}\n  {} offices, {} days released, {} slots, {} bookings ({} cancelled)\n",
        db.display(),
        r.offices,
        r.days_released,
        r.slots,
        r.bookings,
        r.cancelled
    );
    if !r.samples.is_empty() {
        s.push_str("  Try one (passdesk lookup --confirmation C --pin P):\n");
        for x in &r.samples {
            let _ = writeln!(s, "    {}  PIN {}  {}  {} {}", x.confirmation, x.pin, x.office, x.starts_at, x.name);
        }
    }
    s
}

pub fn offices(v: &[OfficeSummary]) -> String {
    let mut s = String::new();
    for o in v {
        let areas = if o.countries.is_empty() { o.zip_ranges.join(" ") } else { o.countries.join(" ") };
        let _ = writeln!(s, "{:<5} {:<28} {:<20} v{:<3} {}", o.code, o.name, o.time_zone, o.version, areas);
    }
    s
}

pub fn office(o: &OfficeDetail) -> String {
    let mut s = offices(std::slice::from_ref(&o.summary));
    let _ = writeln!(s, "  address: {}", o.summary.address);
    let _ = writeln!(s, "  tracks: {}", o.summary.tracks.join(", "));
    let _ = writeln!(s, "  release: {} days ahead, daily at {}", o.summary.release_window_days, o.summary.release_at);
    let config = serde_json::to_string_pretty(&o.config).unwrap_or_default();
    let _ = writeln!(s, "  configuration (as stored):\n{config}");
    s
}

pub fn release(r: &ReleaseView) -> String {
    format!(
        "{}: {} through {}: released {} days ({} slots); {} days were released before and left as they were\n",
        r.office, r.from, r.through, r.days_released, r.slots_created, r.days_already_released
    )
}

/// The call list of a closed day: one line per person, with the new time or "cancelled".
pub fn closed_day(c: &ClosedDay) -> String {
    let mut s = format!("{} {}: closed (a holiday from now on, office version {}); appointments moved or cancelled: {}\n", c.office, c.day, c.version, c.people.len());
    for p in &c.people {
        let now = p.moved_to.as_deref().map_or_else(|| "cancelled".to_string(), |t| format!("moved to {} {}", &t[..t.len().min(10)], hhmm(t)));
        let _ = writeln!(s, "{}  {}  {:<28} {}  [{}]  {}", hhmm(&p.was), p.confirmation, p.name, now, p.language, reach(p.phone.as_deref(), p.email.as_deref()));
    }
    s
}

/// The people whose appointments the closure or the list touches: phone and e-mail, or a word that there are none.
fn reach(phone: Option<&str>, email: Option<&str>) -> String {
    let reach = [phone, email].into_iter().flatten().collect::<Vec<_>>().join(", ");
    if reach.is_empty() {
        "no phone or e-mail given".into()
    } else {
        reach
    }
}

pub fn sent_changes(v: &[SentChange]) -> String {
    if v.is_empty() {
        return "nothing to send: no appointment was changed here while this workstation ran on its own\n".into();
    }
    let mut s = String::new();
    for c in v {
        let x = &c.change;
        let outcome = match &c.refused {
            None if c.already => "already the district's: nothing to send".to_string(),
            None => "sent".to_string(),
            Some(why) => format!("NOT SENT ({why}): call {} {}", x.name, reach(x.phone.as_deref(), x.email.as_deref())),
        };
        let _ = writeln!(s, "{}  {:<11} {} {} {}  {}", x.confirmation, x.event, x.office, &x.starts_at[..x.starts_at.len().min(10)], hhmm(&x.starts_at), outcome);
    }
    s
}

pub fn own_changes(v: &[OwnChange]) -> String {
    if v.is_empty() {
        return "no appointment was booked, moved, cancelled or given a new PIN here while this workstation ran on its own\n".into();
    }
    let mut s = format!("booked, moved, cancelled or given a new PIN here while this workstation ran on its own: {}\n", v.len());
    for c in v {
        let _ = writeln!(
            s,
            "{}  {:<11} {} {} {}  {:<28} {}  [{}]  {}",
            c.confirmation,
            c.event,
            c.office,
            &c.starts_at[..c.starts_at.len().min(10)],
            hhmm(&c.starts_at),
            c.name,
            c.type_name,
            c.language,
            reach(c.phone.as_deref(), c.email.as_deref())
        );
    }
    s
}

/// Seconds as the largest whole unit: 45 s, 12 min, 3 h, 2 days.
fn age(seconds: i64) -> String {
    match seconds.max(0) {
        s if s < 120 => format!("{s} s"),
        s if s < 2 * 3600 => format!("{} min", s / 60),
        s if s < 2 * 86_400 => format!("{} h", s / 3600),
        s => format!("{} days", s / 86_400),
    }
}

pub fn district_desks(v: &DistrictDesks) -> String {
    let mut s = String::new();
    if v.workstations.is_empty() {
        s.push_str("no workstation has said how it stands yet (each does at the end of its sync rounds)\n");
    }
    for w in &v.workstations {
        let _ = write!(
            s,
            "{}{:<38} {:<20} {:<5} heard from {} ago{}",
            if w.this_one { "* " } else { "  " },
            w.name,
            w.host,
            w.office.as_deref().unwrap_or("all"),
            age(w.silent_seconds),
            if w.silent { " (SILENT)" } else { "" }
        );
        if w.unsent > 0 {
            let _ = write!(s, "; {} fact(s) unsent then, the oldest {} old", w.unsent, w.oldest_unsent_seconds.map_or_else(|| "?".into(), age));
        }
        if w.rejected > 0 {
            let _ = write!(s, "; {} fact(s) rejected", w.rejected);
        }
        if let Some(e) = &w.last_error {
            let _ = write!(s, "; its last round failed: {e}");
        }
        let _ = writeln!(s, "  [{}]", w.app_version);
    }
    if v.rejected.is_empty() {
        s.push_str("no fact was rejected by the central database\n");
    } else {
        let _ = writeln!(s, "facts the central database kept as rejected (newest first): {}", v.rejected.len());
        for f in &v.rejected {
            let _ = writeln!(s, "  {}  {}  {}  {}: {}", f.made_at, f.workstation, f.kind, f.about, f.reason);
        }
    }
    s
}

pub fn slots(v: &[SlotView]) -> String {
    if v.is_empty() {
        return "no slots released on this day\n".into();
    }
    let mut s = String::new();
    for x in v {
        let _ = writeln!(s, "{}-{}  {:<9} {:>2}/{:<2} free {:>2}  {}  {}", hhmm(&x.starts_at), hhmm(&x.ends_at), x.track, x.booked, x.capacity, x.free, x.id, x.types.join(","));
    }
    s
}

pub fn types(v: &[TypeView]) -> String {
    let mut s = String::new();
    for t in v {
        let _ = writeln!(s, "{:<17} {:<9} {}{}", t.code, t.usual_track, t.name, if t.bookable { "" } else { "  (not booked: redirected)" });
    }
    s
}

pub fn receipt(r: &BookingReceipt) -> String {
    let mut s = appointment("Booked", &r.appointment);
    let _ = writeln!(s, "  PIN {}  (keep it: it is shown only now)", r.pin);
    s
}

pub fn appointment(what: &str, a: &AppointmentView) -> String {
    let mut s = format!("{what}: {}  {}\n", a.confirmation, a.status);
    let _ = writeln!(s, "  {} {} {}", a.applicant.first_name, a.applicant.last_name, a.applicant.date_of_birth.date());
    let _ = writeln!(s, "  {} at {}, {}", a.type_name, a.office_name, a.address);
    let _ = writeln!(s, "  {} ({} track)", a.starts_at, a.track);
    s
}

pub fn appointments(v: &[AppointmentView]) -> String {
    if v.is_empty() {
        return "no appointments on this day\n".into();
    }
    let mut s = String::new();
    for a in v {
        let _ = writeln!(
            s,
            "{}  {:<9} {}  {:<9} {:<17} {} {}",
            hhmm(&a.starts_at),
            a.track,
            a.confirmation,
            a.status,
            a.type_code,
            a.applicant.last_name,
            a.applicant.first_name
        );
    }
    s
}

pub fn mrz(m: &passdesk_domain::mrz::Mrz) -> String {
    let date = |d: &Option<chrono::NaiveDate>, raw: &str| d.map(|d| d.to_string()).unwrap_or_else(|| format!("{raw} (not a date)"));
    let mut out = format!(
        "{:?} document {} {}, {} (issued by {})\nnumber {}  nationality {}  born {}  sex {}  expires {}",
        m.format,
        m.document_code,
        m.surname,
        m.given_names,
        m.issuing_state,
        m.document_number,
        m.nationality,
        date(&m.birth_date, &m.birth_date_raw),
        m.sex,
        date(&m.expiry_date, &m.expiry_date_raw),
    );
    if !m.optional_data.is_empty() {
        out += &format!("\noptional data {}", m.optional_data);
    }
    for c in &m.checks {
        out += &format!("\n  check {:<16} {}", c.field, if c.holds { "holds".to_string() } else { format!("FAILS (reads {}, should be {})", c.found, c.expected) });
    }
    out.push('\n');
    out
}

pub fn summary(office: &str, date: &str, v: &[passdesk_services::roster::TrackSummary]) -> String {
    let pct = |p: Option<f64>| p.map(|p| format!("{p:.1}%")).unwrap_or_else(|| "-".into());
    let mut out = format!("{office} {date}\n{:<10} {:>6} {:>7} {:>8} {:>8} {:>9} {:>13} {:>12}\n", "track", "seats", "booked", "arrived", "no-show", "walk-ins", "no-show rate", "utilisation");
    for s in v {
        out += &format!(
            "{:<10} {:>6} {:>7} {:>8} {:>8} {:>9} {:>13} {:>12}\n",
            s.track, s.capacity, s.booked, s.arrived, s.no_show, s.walk_ins, pct(s.no_show_rate), pct(s.utilisation)
        );
    }
    out
}

fn password_place(store: &str, file: Option<&str>) -> String {
    match file {
        Some(f) => format!("in the file {f} (readable only by you)"),
        None if store == "keychain" => "in the OS keychain".into(),
        None => store.to_string(),
    }
}

pub fn central_connected(c: &Connected) -> String {
    let checked = match (&c.verified, &c.server_version) {
        (true, Some(v)) => format!("connected and checked: PostgreSQL {v}"),
        (true, None) => "connected and checked".into(),
        (false, _) => "not checked (--no-verify)".into(),
    };
    format!("Central database: {} ({checked})\n  password kept {}\n", c.address, password_place(c.password_store, c.password_file.as_deref()))
}

pub fn central_disconnected(d: Option<&Disconnected>) -> String {
    match d {
        Some(d) => match &d.password_file {
            Some(f) => format!("Disconnected from {}; its password file {f} was deleted\n", d.address),
            None => format!("Disconnected from {}; its password was deleted from the OS keychain\n", d.address),
        },
        None => "no central database was set up\n".into(),
    }
}

pub fn central_migrated(m: &Migrated) -> String {
    let what = if m.applied == m.applied_before { "already current".to_string() } else { format!("migrated from {} to {}", m.applied_before, m.applied) };
    format!("Central database {}: schema {} of {} ({what})\n", m.address, m.applied, m.known)
}

pub fn central_status(s: &CentralStatus) -> String {
    let mut out = String::new();
    match &s.address {
        None => out.push_str("central database: none set up (passdesk central connect)\n"),
        Some(a) => {
            let _ = writeln!(out, "central database: {a}");
            if let Some(store) = s.password_store {
                let _ = writeln!(out, "  password: {}", password_place(store, s.password_file.as_deref()));
            }
            if s.reachable {
                let version = s.server_version.as_deref().map(|v| format!("PostgreSQL {v}")).unwrap_or_else(|| "PostgreSQL".into());
                let schema = match (s.schema_applied, s.schema_known) {
                    (Some(a), Some(k)) if a == k => format!("schema {a} of {k} (current)"),
                    (Some(a), Some(k)) if a < k => format!("schema {a} of {k} (run passdesk central migrate)"),
                    (Some(a), Some(k)) => format!("schema {a}, newer than this version's {k}"),
                    _ => "schema unknown".into(),
                };
                let _ = writeln!(out, "  reachable: {version}, {schema}");
            } else {
                let _ = writeln!(out, "  unreachable: {}", s.error.as_deref().unwrap_or("no reason given"));
            }
        }
    }
    if let Some(office) = &s.office {
        let _ = writeln!(out, "office kept here: {office}");
        if s.office_not_in_district {
            let _ = writeln!(
                out,
                "  the district has no office {office}: its board, roster and search stay empty; connect again with the right --office (passdesk office list shows the district's)"
            );
        }
    }
    let _ = writeln!(out, "unsent facts: {}", s.unsent_facts);
    match (&s.last_sync, s.last_sync_age_seconds) {
        (Some(t), Some(age)) => {
            let _ = writeln!(out, "last sync: {t} ({} ago)", age_text(age));
        }
        (Some(t), None) => {
            let _ = writeln!(out, "last sync: {t}");
        }
        (None, _) => out.push_str("last sync: never\n"),
    }
    if let Some(c) = &s.cursor {
        let _ = writeln!(out, "feed cursor: {c}");
    }
    out
}

fn age_text(seconds: i64) -> String {
    match seconds {
        s if s < 120 => format!("{s} s"),
        s if s < 7200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3600),
        s => format!("{} days", s / 86_400),
    }
}

pub fn sync_report(r: &passdesk_services::sync::SyncReport) -> String {
    let mut out = format!("Pushed {} facts ({} already there, {} rejected); pulled {} changes in {} pages; {} unsent; feed at {}\n", r.pushed, r.duplicates, r.rejected, r.pulled, r.pull_pages, r.unsent, r.cursor);
    if r.rejected > 0 {
        out.push_str("Rejected facts are kept centrally with the reason (applied_commands).\n");
    }
    out
}
