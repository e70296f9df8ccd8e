//! `passdesk`: the command line over PassDesk's services. It parses
//! arguments, calls one service and prints the result; it decides nothing.

mod print;

use std::{
    io::{BufRead, IsTerminal, Read},
    path::PathBuf,
    process::ExitCode,
};

use clap::{Args, Parser, Subcommand};
use passdesk_domain::office_file::Format;
use passdesk_services::{
    booking::{BookingRequest, NewTime},
    central_link::{self, CentralAddress, CentralPassword},
    closure::ClosureChoice,
    sync,
    notice::{write_whole, NoticeKind},
    roster::RosterGrouping,
    default_db_path, open_local,
    pin_key::{PinKeyOrigin, PinKeySource},
    release::parse_date,
    clock_at_or_system, views, Clock, LocalServices, ServiceError, ServiceResult, Services,
};
use serde::Serialize;

#[derive(Parser)]
#[command(name = "passdesk", version, about = "PassDesk: appointments for immigration district offices", propagate_version = true)]
struct Cli {
    /// The local database file [default: the OS data directory]
    #[arg(long, global = true, env = "PASSDESK_DB", value_name = "PATH")]
    db: Option<PathBuf>,
    /// Print JSON instead of text
    #[arg(long, global = true)]
    json: bool,
    /// Act as if it were this instant (RFC 3339); test builds only
    #[arg(long, global = true, env = "PASSDESK_NOW", value_name = "RFC3339", hide = true)]
    now: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the demo database, or refresh it (a database with real data is never overwritten without --force)
    Demo {
        /// Bookings to make per office
        #[arg(long, default_value_t = 60)]
        bookings_per_office: usize,
        /// Overwrite the database even if it is not a demo
        #[arg(long)]
        force: bool,
        /// Also show the slots of this office's next open day
        #[arg(long, value_name = "CODE")]
        show: Option<String>,
    },
    /// District offices
    #[command(subcommand)]
    Office(OfficeCommand),
    /// Release and list appointment slots
    #[command(subcommand)]
    Slots(SlotsCommand),
    /// The appointment-type catalogue
    #[command(subcommand)]
    Types(TypesCommand),
    /// Book an appointment: reads one booking request as JSON on stdin (see examples/book-request.json)
    Book,
    /// Move an appointment to another slot
    Reschedule {
        #[command(flatten)]
        auth: Auth,
        /// The new slot (from `slots list`)
        #[arg(long, conflicts_with = "from")]
        slot_id: Option<String>,
        /// Else: the first free slot on this date or later (YYYY-MM-DD)
        #[arg(long)]
        from: Option<String>,
    },
    /// Cancel an appointment (no penalty)
    Cancel {
        #[command(flatten)]
        auth: Auth,
    },
    /// Show an appointment
    Lookup {
        #[command(flatten)]
        auth: Auth,
    },
    /// Print an appointment's notice as PDF, in the appointment's language or --lang (a wrong PIN prints nothing)
    Notice {
        #[command(flatten)]
        auth: Auth,
        /// Language code: en es pt fr ru pl ar ko zh vi tl eo ht
        #[arg(long)]
        lang: Option<String>,
        /// Mark it as a replacement notice for a lost one
        #[arg(long)]
        replacement: bool,
        /// Where to write the PDF
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Read a passport's or card's machine-readable zone (TD3 or TD1) on stdin and check it: prints the fields and each check digit; exits 1 when any check fails
    Mrz,
    /// Print an office's roster of a day as PDF (every appointment and walk-in with its status), e.g. tomorrow's from a scheduled job
    Roster {
        #[arg(long, value_name = "CODE")]
        office: String,
        /// YYYY-MM-DD [default: today at the office]
        #[arg(long)]
        date: Option<String>,
        /// One track only (general, attorney, cashier, or a special track)
        #[arg(long)]
        track: Option<String>,
        /// Group by track or by desk (the window or officer a person was called to)
        #[arg(long, default_value = "track")]
        by: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// An office's day in figures per track: seats, booked, arrived, no-shows, walk-ins, no-show rate, utilisation
    Summary {
        #[arg(long, value_name = "CODE")]
        office: String,
        /// YYYY-MM-DD [default: today at the office]
        #[arg(long)]
        date: Option<String>,
    },
    /// The appointments of an office on a day
    Appointments {
        #[arg(long, value_name = "CODE")]
        office: String,
        /// YYYY-MM-DD [default: today at the office]
        #[arg(long)]
        date: Option<String>,
    },
    /// The central database this workstation syncs with
    #[command(subcommand)]
    Central(CentralCommand),
    /// One sync round with the central database: push the facts recorded here, pull the changes made elsewhere; prints the counts
    Sync,
}

#[derive(Subcommand)]
enum CentralCommand {
    /// Set up the central database: reads the password from stdin (one line) or PASSDESK_CENTRAL_PASSWORD, tries it, then keeps it in the OS keychain (or --password-file) and the address in the local database
    Connect(ConnectArgs),
    /// Forget the central database: its address and its password (keychain entry or file)
    Disconnect,
    /// Bring the central database's schema up to this version's migrations
    Migrate,
    /// Start a district on an empty central database: create its schema, record this workstation's PIN key as the district's, optionally import the offices, then sync
    Init {
        /// The district's office file (TOML or JSON), imported centrally
        #[arg(long, value_name = "FILE")]
        offices: Option<PathBuf>,
    },
    /// The central database: address, where the password is kept, whether it answers, its schema; and the local sync state (exit 0 even when unreachable)
    Status,
    /// The district's workstations as the central database last heard from each (host, office, silent for how long, facts unsent then, why its last round failed, rejected facts), then the latest facts the central database kept as rejected, with why
    Workstations,
    /// The appointments booked, moved, cancelled or given a new PIN here while this workstation ran on its own (disconnected), which stop it from connecting again, with whom to call
    OwnChanges {
        /// Send each to the district (booked into the same time with the same confirmation number and PIN; moves, cancellations and new PINs made there too), then sync; what cannot be sent is named with why
        #[arg(long)]
        send: bool,
    },
}

#[derive(Args)]
struct ConnectArgs {
    /// The whole address instead of the four below: postgres://USER@HOST:PORT/DATABASE (no password)
    #[arg(long, value_name = "URL", conflicts_with_all = ["host", "port", "database", "user"])]
    url: Option<String>,
    /// The server's name or IP address
    #[arg(long, required_unless_present = "url")]
    host: Option<String>,
    /// The server's port [default: 5432]
    #[arg(long)]
    port: Option<String>,
    /// The database's name
    #[arg(long, required_unless_present = "url")]
    database: Option<String>,
    /// The PostgreSQL role
    #[arg(long, required_unless_present = "url")]
    user: Option<String>,
    /// Keep the password in this file (created readable only by you) instead of the OS keychain: for machines without one
    #[arg(long, value_name = "PATH")]
    password_file: Option<PathBuf>,
    /// Save without trying to connect first
    #[arg(long)]
    no_verify: bool,
    /// The office whose appointments and visits this workstation keeps [default: every office's]
    #[arg(long, value_name = "CODE")]
    office: Option<String>,
}

#[derive(Args)]
struct Auth {
    /// The confirmation number on the notice
    #[arg(long)]
    confirmation: String,
    /// The PIN on the notice
    #[arg(long)]
    pin: String,
}

#[derive(Subcommand)]
enum OfficeCommand {
    /// List the offices
    List,
    /// Show one office in full (hours, policies, mix, areas)
    Show { code: String },
    /// Import offices from a TOML or JSON office file (docs/office-file.md); all or nothing
    Import { file: PathBuf },
    /// Close an office for a day (snow, a power cut): its booked appointments move to the first free time of their type after it (--cancel: are cancelled), the day becomes a holiday; prints the call list
    CloseDay {
        #[arg(long, value_name = "CODE")]
        office: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// Cancel the appointments instead of moving them
        #[arg(long)]
        cancel: bool,
    },
    /// Which office serves a ZIP code or a country of residence
    Route {
        #[arg(long, conflicts_with = "country")]
        zip: Option<String>,
        #[arg(long)]
        country: Option<String>,
    },
}

#[derive(Subcommand)]
enum SlotsCommand {
    /// Release slots from the office's mix through a date (idempotent); without --through, what the release policy says is due
    Release {
        #[arg(long, value_name = "CODE")]
        office: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        through: Option<String>,
    },
    /// Make a released day's slots again from the current mix (only while the day has no bookings)
    Rerelease {
        #[arg(long, value_name = "CODE")]
        office: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
    },
    /// The slots of an office on a day
    List {
        #[arg(long, value_name = "CODE")]
        office: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
    },
}

#[derive(Subcommand)]
enum TypesCommand {
    /// List the appointment types and their rules
    List,
}

fn note_key_origin(origin: &PinKeyOrigin) {
    if let PinKeyOrigin::File { path, because_no_keychain: true } = origin {
        eprintln!("note: no OS keychain on this machine; the PIN key is kept in {} (readable only by you)", path.display());
    }
}

fn emit<T: Serialize>(json: bool, value: &T, text: impl FnOnce(&T) -> String) -> ServiceResult<()> {
    if json {
        let s = serde_json::to_string_pretty(value).map_err(|e| ServiceError::new("internal", e.to_string()))?;
        println!("{s}");
    } else {
        print!("{}", text(value));
    }
    Ok(())
}

async fn open(db: &std::path::Path, clock: Clock) -> ServiceResult<LocalServices> {
    let (s, _) = open_local(db, &PinKeySource::for_database(db), clock).await?;
    Ok(s)
}

#[derive(Serialize)]
struct DemoOutput {
    #[serde(flatten)]
    report: passdesk_services::demo::DemoReport,
    /// With `--show`: the slots of the office's next day that has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    shown: Option<ShownDay>,
}

#[derive(Serialize)]
struct ShownDay {
    office: String,
    date: String,
    slots: Vec<views::SlotView>,
}

async fn next_open_day(s: &LocalServices, code: &str) -> ServiceResult<ShownDay> {
    let office = s.office(code).await?;
    let mut day = office.config.today(s.now());
    for _ in 0..14 {
        let slots = s.slots(code, day).await?;
        if !slots.is_empty() {
            return Ok(ShownDay { office: office.summary.code.clone(), date: day.to_string(), slots });
        }
        day = day.succ_opt().unwrap_or(day);
    }
    Err(ServiceError::new("no_free_slot", format!("{code} has no released slots in the next two weeks; run `passdesk slots release --office {code}`")))
}

async fn run(cli: Cli) -> ServiceResult<()> {
    let db = cli.db.clone().unwrap_or_else(default_db_path);
    let clock = clock_at_or_system(cli.now.as_deref())?;
    let json = cli.json;
    match cli.command {
        Command::Demo { bookings_per_office, force, show } => {
            // Before the database is replaced: a mistyped --show leaves it as it was.
            if let Some(code) = &show {
                LocalServices::check_demo_office(code)?;
            }
            let key = PinKeySource::for_database(&db);
            let (s, report) = Services::create_demo(&db, &key, force, bookings_per_office, clock).await?;
            if !json {
                note_key_origin(&passdesk_services::pin_key::load(&key, Some(&s.pin_key_fingerprint()))?.1);
            }
            let shown = match show {
                Some(code) => Some(next_open_day(&s, &code).await?),
                None => None,
            };
            emit(json, &DemoOutput { report, shown }, |o| {
                let mut text = print::demo(&o.report, &db);
                if let Some(day) = &o.shown {
                    text += &format!("\n{} on {}:\n{}", day.office, day.date, print::slots(&day.slots));
                }
                text
            })?;
        }
        Command::Office(c) => {
            let s = open(&db, clock).await?;
            match c {
                OfficeCommand::List => emit(json, &s.list_offices().await?, |v| print::offices(v))?,
                OfficeCommand::Show { code } => emit(json, &s.office(&code).await?, print::office)?,
                OfficeCommand::Import { file } => emit(json, &import_office_file(&s, &file).await?, |v| print::offices(v))?,
                OfficeCommand::CloseDay { office, date, cancel } => {
                    let choice = if cancel { ClosureChoice::Cancel } else { ClosureChoice::Move };
                    emit(json, &s.close_day(&office, &date, choice).await?, print::closed_day)?
                }
                OfficeCommand::Route { zip, country } => {
                    let office = match (zip, country) {
                        (Some(z), _) => s.office_for_zip(&z).await?,
                        (None, Some(c)) => s.office_for_country(&c).await?,
                        (None, None) => return Err(ServiceError::new("invalid_input", "give --zip or --country")),
                    };
                    emit(json, &office, |o| print::offices(std::slice::from_ref(o)))?
                }
            }
        }
        Command::Slots(c) => {
            let s = open(&db, clock).await?;
            match c {
                SlotsCommand::Release { office, through } => {
                    let r = match through {
                        Some(d) => s.release_through(&office, parse_date("--through", &d)?).await?,
                        None => s.release_due(&office).await?,
                    };
                    emit(json, &r, print::release)?
                }
                SlotsCommand::Rerelease { office, date } => emit(json, &s.rerelease_day(&office, parse_date("--date", &date)?).await?, print::release)?,
                SlotsCommand::List { office, date } => emit(json, &s.slots(&office, parse_date("--date", &date)?).await?, |v| print::slots(v))?,
            }
        }
        Command::Types(TypesCommand::List) => emit(json, &views::catalogue(), |v| print::types(v))?,
        Command::Book => {
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| ServiceError::new("invalid_input", format!("cannot read the request on stdin: {e}")))?;
            let req: BookingRequest = serde_json::from_str(&input)
                .map_err(|e| ServiceError::new("invalid_input", format!("the booking request is not valid JSON of the expected shape: {e}")))?;
            let s = open(&db, clock).await?;
            emit(json, &s.book(&req).await?, print::receipt)?
        }
        Command::Reschedule { auth, slot_id, from } => {
            let s = open(&db, clock).await?;
            let a = s.reschedule(&auth.confirmation, &auth.pin, &NewTime { slot_id, from }).await?;
            emit(json, &a, |a| print::appointment("Rescheduled", a))?
        }
        Command::Cancel { auth } => {
            let s = open(&db, clock).await?;
            emit(json, &s.cancel(&auth.confirmation, &auth.pin).await?, |a| print::appointment("Cancelled", a))?
        }
        Command::Lookup { auth } => {
            let s = open(&db, clock).await?;
            emit(json, &s.lookup(&auth.confirmation, &auth.pin).await?, |a| print::appointment("Appointment", a))?
        }
        Command::Notice { auth, lang, replacement, out } => {
            let s = open(&db, clock).await?;
            let kind = if replacement { NoticeKind::Replacement } else { NoticeKind::Original };
            let pdf = s.notice_pdf(&auth.confirmation, &auth.pin, lang.as_deref(), kind).await?;
            write_whole(&out, &pdf)?;
            let written = NoticeWritten { path: out.display().to_string(), bytes: pdf.len() };
            emit(json, &written, |w| format!("Notice written to {} ({} bytes)", w.path, w.bytes))?
        }
        Command::Roster { office, date, track, by, out } => {
            let by: RosterGrouping = by.parse()?;
            let s = open(&db, clock).await?;
            let day = day_or_today(&s, &office, date.as_deref()).await?;
            let roster = s.roster(&office, day, track.as_deref()).await?;
            let pdf = s.roster_pdf(&roster, by)?;
            write_whole(&out, &pdf)?;
            let written = NoticeWritten { path: out.display().to_string(), bytes: pdf.len() };
            emit(json, &written, |w| format!("Roster of {} on {} ({} rows) written to {} ({} bytes)\n", roster.office, roster.date, roster.rows.len(), w.path, w.bytes))?
        }
        Command::Summary { office, date } => {
            let s = open(&db, clock).await?;
            let day = day_or_today(&s, &office, date.as_deref()).await?;
            let roster = s.roster(&office, day, None).await?;
            emit(json, &roster.summary, |v| print::summary(&roster.office, &roster.date, v))?
        }
        Command::Mrz => {
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| ServiceError::new("invalid_input", format!("cannot read the zone on stdin: {e}")))?;
            let today = clock().date_naive();
            let zone = passdesk_domain::mrz::parse(&input, today)?;
            emit(json, &MrzOutput { valid: zone.all_checks_hold(), zone: zone.clone() }, |o| print::mrz(&o.zone))?;
            let failed: Vec<&str> = zone.checks.iter().filter(|c| !c.holds).map(|c| c.field).collect();
            if !failed.is_empty() {
                return Err(ServiceError::new("mrz_check_failed", format!("check digits that do not hold: {}", failed.join(", "))));
            }
        }
        Command::Appointments { office, date } => {
            let s = open(&db, clock).await?;
            let day = day_or_today(&s, &office, date.as_deref()).await?;
            emit(json, &s.appointments_on(&office, day).await?, |v| print::appointments(v))?
        }
        Command::Central(c) => central(c, &db, clock, json).await?,
        Command::Sync => {
            let s = open(&db, clock).await?;
            let report = sync::round(s.repo(), &|p| eprintln!("sent {}, {} to go", p.sent, p.remaining)).await?;
            emit(json, &report, print::sync_report)?
        }
    }
    Ok(())
}

/// An office file's text, its format (TOML or JSON by its name) and its name for messages.
fn read_office_file(file: &std::path::Path) -> ServiceResult<(String, Format, String)> {
    let text = std::fs::read_to_string(file).map_err(|e| ServiceError::new("invalid_input", format!("cannot read {}: {e}", file.display())))?;
    let name = file.to_string_lossy().to_string();
    Ok((text, Format::from_path(&name), name))
}

/// Imports an office file; its errors name the file.
async fn import_office_file(s: &LocalServices, file: &std::path::Path) -> ServiceResult<Vec<views::OfficeSummary>> {
    let (text, format, name) = read_office_file(file)?;
    s.import_offices(&text, format).await.map_err(|e| ServiceError::new(e.code, format!("{name}: {}", e.message)))
}

async fn central(c: CentralCommand, db: &std::path::Path, clock: Clock, json: bool) -> ServiceResult<()> {
    match c {
        CentralCommand::Connect(a) => {
            // The address and password are checked before the database is opened.
            let (address, password) = central_connect_args(&a)?;
            let s = open(db, clock).await?;
            let office = a.office.as_deref().map(passdesk_services::parse_office_code).transpose()?;
            let done = central_link::connect(s.repo(), address, password, a.password_file, !a.no_verify).await?;
            passdesk_services::workstation::set_replica_office(s.repo(), office.as_ref()).await?;
            emit(json, &done, print::central_connected)
        }
        CentralCommand::Disconnect => {
            let s = open(db, clock).await?;
            emit(json, &central_link::disconnect(s.repo()).await?, |d| print::central_disconnected(d.as_ref()))
        }
        CentralCommand::Migrate => {
            let s = open(db, clock).await?;
            emit(json, &central_link::migrate(s.repo()).await?, print::central_migrated)
        }
        CentralCommand::Init { offices } => {
            let s = open(db, clock).await?;
            let file = offices.as_deref().map(read_office_file).transpose()?;
            let started = s.init_district(file.as_ref().map(|(text, format, _)| (text.as_str(), *format))).await?;
            emit(json, &started, |o| format!("{}Offices imported centrally: {}\n{}", print::central_migrated(&o.migrated), o.offices_imported, print::sync_report(&o.sync)))
        }
        CentralCommand::Workstations => {
            let s = open(db, clock).await?;
            emit(json, &s.district_desks(None).await?, print::district_desks)
        }
        CentralCommand::OwnChanges { send: false } => {
            let s = open(db, clock).await?;
            emit(json, &s.changed_on_its_own().await?, |v| print::own_changes(v))
        }
        CentralCommand::OwnChanges { send: true } => {
            let s = open(db, clock).await?;
            let sent = s.send_own_changes(None).await?;
            emit(json, &sent, |v| print::sent_changes(v))?;
            let holding = sent.iter().filter(|c| c.holds_reconnection).count();
            if holding > 0 {
                return Err(ServiceError::new(
                    "own_changes_not_sent",
                    format!("{holding} change(s) could not be sent (listed above): call those people and settle each on this workstation alone (disconnect, cancel or move it, connect and send again), or disconnect it to go on with this file on its own"),
                ));
            }
            // Everything is the district's now: the round takes the district's data anew.
            let report = sync::round(s.repo(), &|p| eprintln!("sent {}, {} to go", p.sent, p.remaining)).await?;
            if !json {
                print!("{}", print::sync_report(&report));
            }
            Ok(())
        }
        CentralCommand::Status => {
            let s = open(db, clock).await?;
            emit(json, &central_link::status(s.repo(), s.repo(), s.now()).await?, print::central_status)
        }
    }
}

/// `central connect`'s address (from `--url` or the four parts) and password.
fn central_connect_args(a: &ConnectArgs) -> ServiceResult<(CentralAddress, CentralPassword)> {
    // The services name the field; here it is a flag.
    let flagged = |mut e: ServiceError| {
        if let Some(f) = &e.field {
            e.message = format!("--{f}: {}", e.message);
        }
        e
    };
    let address = central_connect_address(a).map_err(flagged)?;
    let password = read_central_password(&address)?;
    Ok((address, password))
}

fn central_connect_address(a: &ConnectArgs) -> ServiceResult<CentralAddress> {
    let address = match &a.url {
        Some(url) => CentralAddress::parse_url(url)?,
        None => CentralAddress::new(
            a.host.as_deref().unwrap_or_default(),
            match &a.port {
                Some(p) => central_link::parse_port(p)?,
                None => central_link::DEFAULT_PORT,
            },
            a.database.as_deref().unwrap_or_default(),
            a.user.as_deref().unwrap_or_default(),
        )?,
    };
    Ok(address)
}

/// The central database's password: `PASSDESK_CENTRAL_PASSWORD` (for
/// scripts), else one line on stdin, not echoed when typed at a terminal.
/// Never an argument: arguments show in the process list and shell history.
fn read_central_password(address: &CentralAddress) -> ServiceResult<CentralPassword> {
    if let Some(p) = std::env::var_os("PASSDESK_CENTRAL_PASSWORD").filter(|p| !p.is_empty()) {
        let p = p.into_string().map_err(|_| ServiceError::new("invalid_input", "PASSDESK_CENTRAL_PASSWORD is not valid UTF-8"))?;
        return CentralPassword::new(p);
    }
    let stdin = std::io::stdin();
    let terminal = stdin.is_terminal();
    if terminal {
        eprint!("Password for {address}: ");
        // Best effort: without stty the typed password shows.
        let _ = std::process::Command::new("stty").arg("-echo").stdin(std::process::Stdio::inherit()).status();
    }
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    if terminal {
        let _ = std::process::Command::new("stty").arg("echo").stdin(std::process::Stdio::inherit()).status();
        eprintln!();
    }
    read.map_err(|e| ServiceError::new("invalid_input", format!("cannot read the password on stdin: {e}")))?;
    if line.is_empty() {
        return Err(ServiceError::new("invalid_input", "no password: give it as one line on stdin or in PASSDESK_CENTRAL_PASSWORD"));
    }
    CentralPassword::from_line(&line)
}

/// `--date`, or today at the office.
async fn day_or_today(s: &LocalServices, office: &str, date: Option<&str>) -> ServiceResult<chrono::NaiveDate> {
    match date {
        Some(d) => parse_date("--date", d),
        None => Ok(s.office(office).await?.config.today(s.now())),
    }
}

#[derive(Serialize)]
struct MrzOutput {
    #[serde(flatten)]
    zone: passdesk_domain::mrz::Mrz,
    /// Every check digit holds.
    valid: bool,
}

#[derive(Serialize)]
struct NoticeWritten {
    path: String,
    bytes: usize,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("passdesk: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("passdesk: {} [{}]", e.message, e.code);
            ExitCode::FAILURE
        }
    }
}
