//! A workstation's repository: its local SQLite database, and — when one is
//! configured — the central PostgreSQL database. Scarce things (seats,
//! releases, configuration edits, staff accounts) are decided centrally and
//! the replica is brought up to date at once; facts (check-ins, ID checks,
//! queue steps) are written locally with their outbox entry and pushed by the
//! sync; everything is read from the local replica, which keeps working when
//! the central database cannot be reached.

use std::{
    future::Future,
    ops::Deref,
    sync::{
        atomic::{AtomicI64, AtomicU32, AtomicU64, Ordering},
        Arc,
    },
    time::Duration,
};

use chrono::{DateTime, NaiveDate, Utc};
use passdesk_central::PgStore;
use passdesk_domain::{
    confirmation::ConfirmationNumber,
    office::OfficeCode,
    repository::{Appointment, AppointmentSearch, Identity, NewBooking, OfficeWrite, PinAttempts, ReleaseReport, RepoError, RepoResult, Repository, Slot, SlotChoice, StaffChange, StoredOffice},
    service_area::{CountryCode, Zip},
    slot_engine::PlannedSlot,
    staff::{StaffAccount, Username},
    visit::{ArrivalSearch, DocumentRecord, NewVisit, Visit, VisitStep},
};
use passdesk_store::SqliteStore;
use tokio::sync::Mutex;
use uuid::Uuid;

/// How long one call to the central database may take before the
/// workstation treats it as unreachable (a stalled network, not a slow query).
pub const CENTRAL_TIMEOUT: Duration = Duration::from_secs(10);
/// A check-in asks the central database for its queue number this long at most.
const QUEUE_NUMBER_TIMEOUT: Duration = Duration::from_secs(2);
/// Queue numbers a desk holds for each day, to give while it cannot reach
/// the central database (see `PgStore::hold_queue_numbers`): enough for a
/// busy desk's morning; held numbers are outside the online sequence, so
/// holding many costs nothing.
const HELD_NUMBERS: u16 = 100;
/// More are held for a day once fewer than this are left.
const HELD_NUMBERS_LOW: u32 = 50;
/// Open days after the first for which numbers are held as well.
const HELD_OPEN_DAYS_AHEAD: usize = 3;
/// A sync round waits this long at most for numbers to be held.
const HOLD_TIMEOUT: Duration = Duration::from_secs(5);
/// How far ahead those open days are looked for.
const HELD_DAYS_SEARCHED: usize = 60;
/// After a helpful-but-optional central call failed (a queue number, a
/// lookup of something the replica lacks), such calls are not tried again
/// for this long: a desk never waits on a dead network call after call.
const QUIET_AFTER_FAILURE_SECONDS: i64 = 30;
/// How often a password that could not be read is tried again.
const PASSWORD_RETRY_SECONDS: i64 = 30;

/// The central side of a workstation.
#[derive(Clone, Debug)]
pub struct Central {
    pub store: PgStore,
    /// This workstation's name in the central history of facts.
    pub workstation: String,
    /// The office whose private rows (appointments, visits) this replica
    /// keeps; `None` keeps every office's.
    pub office: Option<OfficeCode>,
    /// Which connection of the workstation this is (see
    /// `Workstation::generation`): a round or decision holding an older one
    /// stops rather than act for a database disconnected meanwhile.
    generation: u64,
    /// The address as the local database saved it when this connection was
    /// made (`None`: made by the caller, not from the saved settings).
    saved_address: Option<String>,
}

impl Central {
    pub fn new(store: PgStore, workstation: impl Into<String>, office: Option<OfficeCode>) -> Self {
        Self { store, workstation: workstation.into(), office, generation: 0, saved_address: None }
    }
}

#[derive(Clone, Debug)]
pub struct Workstation {
    local: SqliteStore,
    /// Shared by every clone: connecting in the running app reaches the
    /// background sync and every command at once.
    central: Arc<std::sync::RwLock<Option<Central>>>,
    /// One sync at a time: two pulls applying pages out of order would move
    /// rows back for a moment.
    pub(crate) sync_lock: Arc<Mutex<()>>,
    /// Bumped at every reload of the central side (connect, disconnect, a
    /// password read at last); the current `Central` carries it.
    generation: Arc<AtomicU64>,
    /// The generation whose central database this replica and PIN key were
    /// found to be, plus one (0: none): a check of a connection replaced
    /// meanwhile never counts for the new one.
    central_checked: Arc<AtomicU64>,
    /// The generation (plus one) whose central database answered with this
    /// build's schema and as this replica's district, though a later check
    /// may still refuse the workstation (its own data, another PIN key): its
    /// queue numbers are the office's all the same.
    district_found: Arc<AtomicU64>,
    pub(crate) check_lock: Arc<Mutex<()>>,
    /// Until when (Unix seconds) optional calls are not made to the central
    /// database (see [`QUIET_AFTER_FAILURE_SECONDS`]).
    quiet_until: Arc<AtomicI64>,
    /// Why the saved password could not be read, and when it was last tried.
    password_problem: Arc<std::sync::Mutex<Option<(String, i64)>>>,
    /// Facts in the next push batch (see `sync::FIRST_PUSH_BATCH`).
    pub(crate) push_batch: Arc<AtomicU32>,
    /// When this workstation last told the central database how it stands,
    /// with its unsent facts and failure then (see `district_desks`).
    #[allow(clippy::type_complexity)]
    pub(crate) last_report: Arc<std::sync::Mutex<Option<(std::time::Instant, u64, Option<String>)>>>,
    /// The services' clock, once they are made over this workstation.
    clock: ServicesClock,
}

/// The services' clock, shared by every clone of a workstation.
#[derive(Clone, Default)]
struct ServicesClock(Arc<std::sync::RwLock<Option<passdesk_domain::repository::Clock>>>);

impl std::fmt::Debug for ServicesClock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServicesClock")
    }
}

impl Deref for Workstation {
    type Target = SqliteStore;
    fn deref(&self) -> &SqliteStore {
        &self.local
    }
}

/// Runs one central call under [`CENTRAL_TIMEOUT`].
pub async fn central_call<T>(fut: impl Future<Output = RepoResult<T>>) -> RepoResult<T> {
    match tokio::time::timeout(CENTRAL_TIMEOUT, fut).await {
        Ok(r) => r,
        Err(_) => Err(RepoError::Unavailable(format!("no answer within {} s", CENTRAL_TIMEOUT.as_secs()))),
    }
}

/// Of two counts of wrong tries (here, the district's), the one nearer a lock.
fn stricter(a: PinAttempts, b: PinAttempts) -> PinAttempts {
    PinAttempts { failures: a.failures.max(b.failures), locked_until: a.locked_until.max(b.locked_until) }
}

/// A central decision's failure, said plainly when the database is away.
fn needs_central(e: RepoError) -> RepoError {
    match e {
        RepoError::Unavailable(why) => RepoError::CentralUnavailable(why),
        e => e,
    }
}

/// The refusal while the saved password cannot be read (`why`).
pub(crate) fn password_unreadable(why: &str) -> String {
    format!("the central database's password could not be read here ({why}); unlock the keychain, or connect again")
}

/// `meta` key (local and central): the fingerprint of the PIN key.
pub const PIN_KEY_FINGERPRINT: &str = "pin_key_fingerprint";
/// `meta` key: the central database this replica's rows and cursor come from.
pub(crate) const DISTRICT: &str = "sync.district";
/// `meta` key: the offices where this desk checks people in, with the last
/// day it did at each.
const DESK_OFFICES: &str = "queue.desk_offices";
/// A desk holds numbers at an office where it checked someone in within
/// this many days (a desk moved to another office stops holding them).
const DESK_OFFICE_DAYS: i64 = 30;
/// `meta` key: this workstation's name in the central history of facts.
pub const WORKSTATION_NAME: &str = "workstation.name";
pub use passdesk_store::outbox::REPLICA_OFFICE;

/// Keeps only `office`'s appointments and visits in this replica (`None`:
/// every office's). A change reads the central feed again from its start.
pub async fn set_replica_office(ws: &Workstation, office: Option<&OfficeCode>) -> crate::ServiceResult<()> {
    ws.local().set_replica_office(office.map(OfficeCode::as_str).unwrap_or("")).await?;
    Ok(())
}

impl Workstation {
    /// The workstation of a local database: connected when a central
    /// database is set up (its connections are made when first needed),
    /// standalone otherwise. A password that cannot be read (a locked
    /// keychain) leaves it connected without one: central decisions and the
    /// sync fail with that reason, the sync reads the password again now and
    /// then, and nothing is ever decided locally behind the central
    /// database's back.
    pub async fn open(local: SqliteStore) -> crate::ServiceResult<Self> {
        let (central, password_problem) = Self::central_of(&local).await?;
        let ws = Self::with(local, central);
        *ws.password_problem.lock().unwrap_or_else(|e| e.into_inner()) = password_problem.map(|p| (p, Utc::now().timestamp()));
        Ok(ws)
    }

    /// The central side as the local database sets it up, and why its
    /// password could not be read, if it could not.
    async fn central_of(local: &SqliteStore) -> crate::ServiceResult<(Option<Central>, Option<String>)> {
        let Some(config) = crate::central_link::config(local).await? else {
            return Ok((None, None));
        };
        let (options, password_problem) = match crate::central_link::connect_options(local).await {
            Ok(Some(o)) => (o, None),
            Ok(None) => (config.address.options_without_password(), None),
            Err(e) => (config.address.options_without_password(), Some(e.message)),
        };
        let workstation = match local.meta(WORKSTATION_NAME).await? {
            Some(n) => n,
            None => {
                let n = format!("ws-{}", Uuid::now_v7().simple());
                local.set_meta(WORKSTATION_NAME, &n).await?;
                n
            }
        };
        let office = local.meta(REPLICA_OFFICE).await?.filter(|c| !c.is_empty()).map(|c| c.parse()).transpose()?;
        let saved_address = local.meta(crate::central_link::ADDRESS_KEY).await?;
        let central = Central { saved_address, ..Central::new(PgStore::connect_lazy(options, 4), workstation, office) };
        Ok((Some(central), password_problem))
    }

    /// When the password could not be read: read again (at most every
    /// [`PASSWORD_RETRY_SECONDS`], a keychain may ask to be unlocked), and
    /// the workstation reconnected with it once it can be; until then the
    /// reason, for the sync's status.
    pub(crate) async fn password_still_unread(&self) -> Option<String> {
        let now = Utc::now().timestamp();
        let (why, tried) = self.password_problem.lock().unwrap_or_else(|e| e.into_inner()).clone()?;
        if now - tried < PASSWORD_RETRY_SECONDS {
            return Some(why);
        }
        match self.reload_central().await {
            Ok(()) => self.password_problem.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map(|(why, _)| why.clone()),
            Err(e) => {
                *self.password_problem.lock().unwrap_or_else(|e| e.into_inner()) = Some((e.message.clone(), now));
                Some(e.message)
            }
        }
    }

    /// Before anything goes to or comes from the central database, once per
    /// connection: the replica must come from this central database (its
    /// rows and cursor would otherwise mix two districts), and the PIN key
    /// must be the district's (a PIN given at one kiosk must work at the next
    /// desk). A new replica must not hold offices of its own. The first
    /// workstation to reach a new central database records its PIN key's
    /// fingerprint there.
    pub(crate) async fn check_central(&self, central: &Central) -> crate::ServiceResult<()> {
        self.still_current(central)?;
        if self.is_checked(central) {
            return Ok(());
        }
        Self::schema_usable(central).await?;
        // One check at a time (the sync and the app's release task start
        // together): a join's account changes are made once.
        let _one_at_a_time = self.check_lock.lock().await;
        // A disconnection (which holds this lock) may have ended meanwhile.
        self.still_current(central)?;
        if self.is_checked(central) {
            return Ok(());
        }
        let (district, known) = self.district_of(central).await?;
        self.district_found.store(central.generation + 1, Ordering::Relaxed);
        self.no_offices_of_its_own(central).await?;
        // Back after running on its own: what it did meanwhile must be the district's too.
        let never_there = if known { self.nothing_changed_on_its_own(central).await? } else { Vec::new() };
        self.pin_key_is_the_districts(central, true).await?;
        // Last, once every other check passed: a refused join leaves the
        // workstation's own accounts as they were. At every first check, not
        // only the first join: accounts made while it was disconnected, on
        // its own, are the workstation's own as much.
        self.join_with_staff(central).await?;
        self.local.set_meta(DISTRICT, &district).await?;
        self.local.rejoined_district(&never_there).await?;
        self.central_checked.store(central.generation + 1, Ordering::Relaxed);
        Ok(())
    }

    /// Refuses a `central` that is not the workstation's connection now: one
    /// a connect or disconnect replaced while a round or decision waited.
    pub(crate) fn still_current(&self, central: &Central) -> crate::ServiceResult<()> {
        if central.generation == self.generation.load(Ordering::Relaxed) {
            return Ok(());
        }
        Err(crate::ServiceError::new(
            "central_changed",
            "the central database was connected or disconnected meanwhile; nothing was done with the one before, try again",
        ))
    }

    fn is_checked(&self, central: &Central) -> bool {
        self.central_checked.load(Ordering::Relaxed) == central.generation + 1
    }

    /// The central database's schema is the one this build knows.
    async fn schema_usable(central: &Central) -> crate::ServiceResult<()> {
        let schema = central_call(central.store.schema_state()).await.map_err(crate::sync::unreachable)?;
        if schema.applied < schema.known {
            return Err(crate::ServiceError::new(
                "central_schema_outdated",
                format!(
                    "the central database's schema is at step {} of {}: an administrator runs `passdesk central migrate` once for the district (a new database: `passdesk central init`)",
                    schema.applied, schema.known
                ),
            ));
        }
        if schema.applied > schema.known {
            return Err(crate::ServiceError::new(
                "central_schema_newer",
                format!(
                    "the central database's schema (step {}) is newer than this workstation's PassDesk knows (step {}): install the district's PassDesk version here",
                    schema.applied, schema.known
                ),
            ));
        }
        Ok(())
    }

    /// The central database's district, and whether this replica came from
    /// it before; refused when it came from another one.
    async fn district_of(&self, central: &Central) -> crate::ServiceResult<(String, bool)> {
        let district = central_call(central.store.district_id()).await.map_err(crate::sync::unreachable)?;
        match self.local.meta(DISTRICT).await? {
            Some(known) if known != district => Err(crate::ServiceError::new(
                "replica_of_another_database",
                "this workstation's database is a replica of another central database; connect a new, empty database (--db) to this one, or connect back to the one it came from",
            )),
            known => Ok((district, known.is_some())),
        }
    }

    /// This workstation's PIN key is the district's; with `record`, the
    /// first workstation to reach a new central database records its own.
    async fn pin_key_is_the_districts(&self, central: &Central, record: bool) -> crate::ServiceResult<()> {
        // Services::new records the local fingerprint before anything else runs.
        let Some(here) = self.local.meta(PIN_KEY_FINGERPRINT).await? else { return Ok(()) };
        match central_call(central.store.meta(PIN_KEY_FINGERPRINT)).await.map_err(crate::sync::unreachable)? {
            None if record => central_call(central.store.set_meta(PIN_KEY_FINGERPRINT, &here)).await.map_err(crate::sync::unreachable),
            Some(there) if there != here => Err(crate::ServiceError::new(
                "pin_key_mismatch",
                format!(
                    "this workstation's PIN key (fingerprint {here}) is not the district's (fingerprint {there}): a PIN given here could not be checked at another desk; install the district's PIN key on this workstation (PASSDESK_PIN_KEY_FILE or the keychain) before it books or syncs"
                ),
            )),
            _ => Ok(()),
        }
    }

    /// Before what this workstation did on its own goes to the district:
    /// the district it came from, its schema and its PIN key.
    pub(crate) async fn check_own_district(&self, central: &Central) -> crate::ServiceResult<()> {
        Self::schema_usable(central).await?;
        if !self.district_of(central).await?.1 {
            return Err(crate::ServiceError::new("not_of_this_district", "this workstation never synced with this central database: nothing it made on its own can be sent there"));
        }
        self.pin_key_is_the_districts(central, false).await
    }

    /// A workstation joining a district keeps no accounts of its own (the
    /// administrator made at its first run, say): kept, they would sign in
    /// here, unknown to every other workstation and beyond any
    /// administrator's reach. Into a district without any account yet (a
    /// new one) they are carried over, so its first administrator is the one
    /// who set this workstation up; otherwise they are removed here, and
    /// people sign in with their district accounts.
    async fn join_with_staff(&self, central: &Central) -> crate::ServiceResult<()> {
        let here = self.local.staff_accounts().await?;
        if here.is_empty() {
            return Ok(());
        }
        let there: std::collections::HashSet<Uuid> =
            central_call(central.store.staff_accounts()).await.map_err(crate::sync::unreachable)?.into_iter().map(|(a, _)| a.id).collect();
        let own: Vec<StaffAccount> = here.into_iter().filter(|(a, _)| !there.contains(&a.id)).map(|(a, _)| a).collect();
        let mut forget = Vec::new();
        for account in own {
            let carried = match self.local.staff(&account.username).await? {
                Some((_, hash)) if there.is_empty() => match central_call(central.store.add_staff(&account, &hash, false, Utc::now())).await {
                    Ok(()) => true,
                    // Its office is not the district's, or its username is taken there.
                    Err(RepoError::NotFound(_) | RepoError::Conflict(_)) => false,
                    Err(e) => return Err(crate::sync::unreachable(e)),
                },
                _ => false,
            };
            if !carried {
                forget.push(account.id);
            }
        }
        self.local.forget_staff(&forget).await?;
        Ok(())
    }

    /// Two histories cannot be merged row by row (the central one would
    /// silently replace this one's): a replica's database must not hold
    /// offices the central database does not know.
    async fn no_offices_of_its_own(&self, central: &Central) -> crate::ServiceResult<()> {
        let here = self.local.office_ids().await?;
        if here.is_empty() {
            return Ok(());
        }
        let there = central_call(central.store.office_ids()).await.map_err(crate::sync::unreachable)?;
        let foreign: Vec<&str> = here.iter().filter(|(id, _)| !there.contains(id)).map(|(_, code)| code.as_str()).collect();
        if foreign.is_empty() {
            return Ok(());
        }
        Err(crate::ServiceError::new(
            "replica_has_own_data",
            format!(
                "this workstation's database holds offices of its own that the central database does not know ({}); connect a new, empty database (--db) instead: this file stays usable on its own once disconnected",
                foreign.join(", ")
            ),
        ))
    }

    /// A number no other desk of the office gets today, when the central
    /// database answers quickly; `None` when it does not (the desk then
    /// gives one of the numbers it holds, or goes on above the highest it
    /// knows of).
    async fn central_queue_number(&self, central: &Central, visit: &NewVisit) -> Option<u32> {
        // Only from a central database a sync round or a decision found to be
        // this district's, with the schema this build numbers by (an older
        // one would not step over held numbers); also while it refuses this
        // workstation for its own data, whose replica may be days behind.
        // The check itself is left to them: a check-in does not wait on it.
        if self.district_found.load(Ordering::Relaxed) != central.generation + 1 {
            return None;
        }
        self.optional_call(QUEUE_NUMBER_TIMEOUT, central.store.next_queue_number(&visit.office, visit.local_date)).await.ok()
    }

    /// Keeps this desk holding queue numbers for `from` (when the office is
    /// open then) and the office's next [`HELD_OPEN_DAYS_AHEAD`] open days (a
    /// network down from the morning after a long weekend still finds them),
    /// asked for only when a day has fewer than [`HELD_NUMBERS_LOW`] left;
    /// numbers of days before `from` are forgotten. A failure leaves the
    /// desk with what it holds, and says nothing: the next round asks again.
    async fn hold_numbers_for_offline(&self, central: &Central, office: &OfficeCode, from: NaiveDate) {
        let Ok(stored) = self.local.office(office).await else { return };
        let days: Vec<NaiveDate> = from.iter_days().take(HELD_DAYS_SEARCHED).filter(|d| stored.office.is_open_on(*d)).take(HELD_OPEN_DAYS_AHEAD + 1).collect();
        let Ok(held_now) = self.local.held_numbers(office, &days).await else { return };
        // With the highest number held, so a hold whose answer was lost is
        // handed back rather than made again.
        let short: Vec<(NaiveDate, u32)> = held_now.into_iter().filter(|(_, left, _)| *left < HELD_NUMBERS_LOW).map(|(d, _, top)| (d, top)).collect();
        if short.is_empty() {
            return;
        }
        // Without quieting the desk's other calls; the round holds the sync
        // lock meanwhile, and a later round gets what this one gave up on.
        let Ok(Ok(held)) = tokio::time::timeout(HOLD_TIMEOUT, central.store.hold_queue_numbers(office, &central.workstation, &short, HELD_NUMBERS)).await else { return };
        for h in held {
            // Lost only if this database fails now: the numbers are then never given.
            let _ = self.local.keep_held_numbers(office, from, h.day, h.first, h.last).await;
        }
    }

    /// A sync round's share of [`Self::hold_numbers_for_offline`]: for each
    /// office where this desk has checked people in within the last
    /// [`DESK_OFFICE_DAYS`] days, numbers for today (by the services' clock)
    /// and the next open days, so they are there before the day's first
    /// check-in.
    pub(crate) async fn keep_numbers_held(&self, central: &Central) {
        let Ok(offices) = self.desk_offices().await else { return };
        for (office, last) in offices {
            let Ok(stored) = self.local.office(&office).await else { continue };
            let today = stored.office.today(self.now());
            if (today - last).num_days() <= DESK_OFFICE_DAYS {
                self.hold_numbers_for_offline(central, &office, today).await;
            }
        }
    }

    /// The offices where this desk checks people in, each with the last day
    /// it recorded a visit there (`DAL=2026-11-24,ARL=…`).
    async fn desk_offices(&self) -> RepoResult<Vec<(OfficeCode, NaiveDate)>> {
        let listed = self.local.meta(DESK_OFFICES).await?.unwrap_or_default();
        Ok(listed
            .split(',')
            .filter_map(|entry| {
                let (code, day) = entry.split_once('=')?;
                Some((code.parse().ok()?, day.parse().ok()?))
            })
            .collect())
    }

    /// Notes that this desk checked someone in at `office` on `day`, for its
    /// sync rounds to hold numbers there (written once a day an office).
    async fn note_desk_office(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<()> {
        let mut offices = self.desk_offices().await?;
        match offices.iter_mut().find(|(o, _)| o == office) {
            Some((_, last)) if *last >= day => return Ok(()),
            Some((_, last)) => *last = day,
            None => offices.push((office.clone(), day)),
        }
        let listed: Vec<String> = offices.iter().map(|(o, d)| format!("{}={d}", o.as_str())).collect();
        self.local.set_meta(DESK_OFFICES, &listed.join(",")).await?;
        Ok(())
    }

    /// A sync round or decision found the central database to be this
    /// district's, with this schema, since it was last connected.
    pub(crate) fn central_is_checked(&self) -> bool {
        self.central().is_some_and(|c| self.is_checked(&c))
    }

    /// The services' clock (see `Repository::use_clock`), else the system's.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        match self.clock.0.read().unwrap_or_else(|e| e.into_inner()).as_ref() {
            Some(clock) => clock(),
            None => Utc::now(),
        }
    }

    /// The central database answered (a decision, a sync round): optional
    /// calls are made again at once.
    pub(crate) fn central_answered(&self) {
        self.quiet_until.store(0, Ordering::Relaxed);
    }

    /// A central call the desk can go on without. After the central database
    /// failed to answer one, the next ones fail at once for a while
    /// (`CentralUnavailable`) instead of each waiting for the network.
    async fn optional_call<T>(&self, timeout: Duration, fut: impl Future<Output = RepoResult<T>>) -> RepoResult<T> {
        // The real clock: the services' clock may stand still (tests, rehearsals).
        let now = Utc::now().timestamp();
        if now < self.quiet_until.load(Ordering::Relaxed) {
            return Err(RepoError::CentralUnavailable("it did not answer a moment ago".into()));
        }
        let out = match tokio::time::timeout(timeout, fut).await {
            Ok(r) => r,
            Err(_) => Err(RepoError::Unavailable(format!("no answer within {} s", timeout.as_secs()))),
        };
        if let Err(RepoError::Unavailable(_)) = &out {
            self.quiet_until.store(now + QUIET_AFTER_FAILURE_SECONDS, Ordering::Relaxed);
        }
        out.map_err(needs_central)
    }

    pub fn standalone(local: SqliteStore) -> Self {
        Self::with(local, None)
    }

    pub fn connected(local: SqliteStore, central: Central) -> Self {
        Self::with(local, Some(central))
    }

    fn with(local: SqliteStore, central: Option<Central>) -> Self {
        // The first connection is generation 0, whoever made it.
        let central = central.map(|c| Central { generation: 0, ..c });
        Self {
            local,
            central: Arc::new(std::sync::RwLock::new(central)),
            sync_lock: Arc::new(Mutex::new(())),
            generation: Arc::new(AtomicU64::new(0)),
            central_checked: Arc::new(AtomicU64::new(0)),
            district_found: Arc::new(AtomicU64::new(0)),
            check_lock: Arc::new(Mutex::new(())),
            quiet_until: Arc::new(AtomicI64::new(0)),
            password_problem: Arc::default(),
            push_batch: Arc::new(AtomicU32::new(crate::sync::FIRST_PUSH_BATCH)),
            last_report: Arc::default(),
            clock: ServicesClock::default(),
        }
    }

    pub fn local(&self) -> &SqliteStore {
        &self.local
    }

    pub fn central(&self) -> Option<Central> {
        self.central.read().map(|c| c.clone()).unwrap_or_else(|e| e.into_inner().clone())
    }

    /// Connects (or disconnects) the running workstation from what its
    /// database now says (after `central_link::connect` or `disconnect`).
    pub async fn reload_central(&self) -> crate::ServiceResult<()> {
        let (fresh, password_problem) = Self::central_of(&self.local).await?;
        {
            // The generation moves with the connection, under the same lock:
            // whoever reads the new one reads its generation. Checks made of
            // the one before no longer count (they were of its generation).
            let mut central = self.central.write().unwrap_or_else(|e| e.into_inner());
            let generation = self.generation.fetch_add(1, Ordering::Relaxed) + 1;
            *central = fresh.map(|c| Central { generation, ..c });
        }
        *self.password_problem.lock().unwrap_or_else(|e| e.into_inner()) = password_problem.map(|p| (p, Utc::now().timestamp()));
        Ok(())
    }

    /// Holds the sync lock as a disconnection does, for a test to change the
    /// connection while a round waits.
    #[doc(hidden)]
    pub async fn hold_sync_lock(&self) -> tokio::sync::OwnedMutexGuard<()> {
        self.sync_lock.clone().lock_owned().await
    }

    /// Reads an unreadable password again at the next chance instead of
    /// within [`PASSWORD_RETRY_SECONDS`] (for tests, which do not wait).
    #[doc(hidden)]
    pub fn retry_password_now(&self) {
        if let Some((_, tried)) = self.password_problem.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            *tried = 0;
        }
    }

    /// The central database, where wrong tries of `key` count too: once it
    /// was found to be this district's, and not for a kiosk's staff sign-in,
    /// whose lock holds at that kiosk only.
    fn district_counter(&self, key: &str) -> Option<Central> {
        self.central().filter(|c| self.is_checked(c) && !key.starts_with("kiosk:"))
    }

    /// Takes up the central database the local database names now: another
    /// program (`passdesk central disconnect` or `connect` beside the running
    /// app) may have changed it. A connection made by the caller, not from
    /// the saved settings, is left as it is.
    pub(crate) async fn follow_saved_connection(&self) -> crate::ServiceResult<()> {
        let saved_now = self.local.meta(crate::central_link::ADDRESS_KEY).await?.filter(|a| !a.is_empty());
        let changed = match self.central() {
            None => saved_now.is_some(),
            Some(c) => c.saved_address.is_some_and(|was| saved_now.as_deref() != Some(was.as_str())),
        };
        if changed {
            self.reload_central().await?;
        }
        Ok(())
    }

    /// Takes up the office this replica keeps as its local database now says
    /// (changed here, or by `passdesk central connect` while the app runs).
    pub(crate) async fn follow_kept_office(&self) -> crate::ServiceResult<()> {
        // Never recorded: the workstation keeps the office it was opened with.
        let Some(kept) = self.local.meta(REPLICA_OFFICE).await? else {
            return Ok(());
        };
        let kept: Option<OfficeCode> = Some(kept).filter(|c| !c.is_empty()).map(|c| c.parse()).transpose()?;
        if let Some(c) = self.central.write().unwrap_or_else(|e| e.into_inner()).as_mut() {
            c.office = kept;
        }
        Ok(())
    }

    /// Makes a central decision, then brings the replica up to date so the
    /// screens show it at once. A failed pull is not the decision's failure:
    /// the next sync round brings it.
    async fn decide<T>(&self, central: &Central, fut: impl Future<Output = RepoResult<T>>) -> RepoResult<T> {
        if let Some(why) = self.password_still_unread().await {
            return Err(RepoError::CentralRefused { code: "central_password_unreadable", message: password_unreadable(&why) });
        }
        self.check_central(central).await.map_err(|e| match e.code {
            "central_unavailable" => RepoError::CentralUnavailable(e.message),
            code => RepoError::CentralRefused { code, message: e.message },
        })?;
        let out = central_call(fut).await;
        if !matches!(out, Err(RepoError::Unavailable(_))) {
            self.central_answered();
        }
        let out = out.map_err(needs_central)?;
        // Its error shows in the sync status (the age of the last sync) instead.
        let _ = crate::sync::pull(self, central).await;
        Ok(out)
    }
}

impl Repository for Workstation {
    async fn write_offices(&self, writes: &[OfficeWrite], now: DateTime<Utc>) -> RepoResult<Vec<StoredOffice>> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.write_offices(writes, now)).await,
            None => self.local.write_offices(writes, now).await,
        }
    }
    fn use_clock(&self, clock: passdesk_domain::repository::Clock) {
        *self.clock.0.write().unwrap_or_else(|e| e.into_inner()) = Some(clock);
    }
    async fn catch_up(&self) {
        // Only as a decision would reach it; else `write_offices` says why.
        if let Some(c) = self.central() {
            if self.password_still_unread().await.is_none() && self.check_central(&c).await.is_ok() {
                let _ = crate::sync::pull(self, &c).await;
            }
        }
    }
    async fn offices(&self) -> RepoResult<Vec<StoredOffice>> {
        self.local.offices().await
    }
    async fn office(&self, code: &OfficeCode) -> RepoResult<StoredOffice> {
        self.local.office(code).await
    }
    async fn office_for_zip(&self, zip: Zip) -> RepoResult<Option<OfficeCode>> {
        self.local.office_for_zip(zip).await
    }
    async fn office_for_country(&self, country: &CountryCode) -> RepoResult<Option<OfficeCode>> {
        self.local.office_for_country(country).await
    }
    async fn release(&self, office: &OfficeCode, planned_on: Option<i64>, days: &[(NaiveDate, Vec<PlannedSlot>)], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.release(office, planned_on, days, now)).await,
            None => self.local.release(office, planned_on, days, now).await,
        }
    }
    async fn rerelease(&self, office: &OfficeCode, planned_on: Option<i64>, day: NaiveDate, slots: &[PlannedSlot], now: DateTime<Utc>) -> RepoResult<ReleaseReport> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.rerelease(office, planned_on, day, slots, now)).await,
            None => self.local.rerelease(office, planned_on, day, slots, now).await,
        }
    }
    async fn released_days(&self, office: &OfficeCode, from: NaiveDate, through: NaiveDate) -> RepoResult<Vec<NaiveDate>> {
        self.local.released_days(office, from, through).await
    }
    async fn slots(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Slot>> {
        self.local.slots(office, day).await
    }
    async fn book(&self, booking: &NewBooking) -> RepoResult<Appointment> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.book(booking)).await,
            None => self.local.book(booking).await,
        }
    }
    async fn reschedule(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>) -> RepoResult<Appointment> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.reschedule(confirmation, to, now)).await,
            None => self.local.reschedule(confirmation, to, now).await,
        }
    }
    async fn rebook_late(&self, confirmation: &ConfirmationNumber, to: SlotChoice, now: DateTime<Utc>) -> RepoResult<Appointment> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.rebook_late(confirmation, to, now)).await,
            None => self.local.rebook_late(confirmation, to, now).await,
        }
    }
    async fn cancel(&self, confirmation: &ConfirmationNumber, now: DateTime<Utc>) -> RepoResult<Appointment> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.cancel(confirmation, now)).await,
            None => self.local.cancel(confirmation, now).await,
        }
    }
    async fn appointment(&self, confirmation: &ConfirmationNumber) -> RepoResult<Option<(Appointment, String)>> {
        let here = self.local.appointment(confirmation).await?;
        match (&here, &self.central()) {
            // Booked at another office's kiosk, or not pulled yet: asked
            // centrally. When that cannot be done it is said so, never
            // "no such appointment" (a kiosk would count a wrong PIN).
            (None, Some(c)) => self.optional_call(CENTRAL_TIMEOUT, c.store.appointment(confirmation)).await.map_err(|e| match e {
                RepoError::CentralUnavailable(why) => RepoError::CentralUnavailable(format!("the appointment is not in this workstation's copy; {why}")),
                e => e,
            }),
            _ => Ok(here),
        }
    }
    async fn appointments_on(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Appointment>> {
        self.local.appointments_on(office, day).await
    }
    async fn appointments_of_person(&self, identity: &Identity, now: DateTime<Utc>) -> RepoResult<Vec<Appointment>> {
        match &self.central() {
            Some(c) => central_call(c.store.appointments_of_person(identity, now)).await.map_err(needs_central),
            None => self.local.appointments_of_person(identity, now).await,
        }
    }
    async fn replace_pin(&self, confirmation: &ConfirmationNumber, pin_hash: &str, now: DateTime<Utc>) -> RepoResult<()> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.replace_pin(confirmation, pin_hash, now)).await,
            None => self.local.replace_pin(confirmation, pin_hash, now).await,
        }
    }
    async fn find_arrivals(&self, search: &ArrivalSearch, around: DateTime<Utc>, limit: u32) -> RepoResult<Vec<Appointment>> {
        self.local.find_arrivals(search, around, limit).await
    }
    async fn record_visit(&self, visit: &NewVisit) -> RepoResult<Visit> {
        match (&self.central(), visit.queue_number) {
            (Some(c), None) => {
                // Refused here anyway: no number is taken from the day's sequence for it.
                self.local.visit_can_be_recorded(visit).await?;
                let number = self.central_queue_number(c, visit).await;
                let recorded = self.local.record_visit(&NewVisit { queue_number: number, ..visit.clone() }).await?;
                // Recorded; a failure to note it only delays the numbers held.
                let _ = self.note_desk_office(&visit.office, visit.local_date).await;
                Ok(recorded)
            }
            _ => self.local.record_visit(visit).await,
        }
    }
    async fn visits_on(&self, office: &OfficeCode, day: NaiveDate) -> RepoResult<Vec<Visit>> {
        self.local.visits_on(office, day).await
    }
    async fn advance_visit(&self, step: &VisitStep<'_>) -> RepoResult<Visit> {
        self.local.advance_visit(step).await
    }
    async fn documents_of(&self, visit: Uuid) -> RepoResult<Vec<DocumentRecord>> {
        self.local.documents_of(visit).await
    }
    // Wrong PINs and passwords count at the central database too, when it
    // answers: tries spread over the district's kiosks and desks lock as
    // tries at one. The local count goes on alone while it is away.
    async fn pin_attempts(&self, key: &str, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        let here = self.local.pin_attempts(key, now).await?;
        Ok(match &self.district_counter(key) {
            Some(c) => match self.optional_call(QUEUE_NUMBER_TIMEOUT, c.store.pin_attempts(key, now)).await {
                Ok(there) => stricter(here, there),
                Err(_) => here,
            },
            None => here,
        })
    }
    async fn record_pin_failure(&self, key: &str, max: u32, lock_until: DateTime<Utc>, now: DateTime<Utc>) -> RepoResult<PinAttempts> {
        let here = self.local.record_pin_failure(key, max, lock_until, now).await?;
        Ok(match &self.district_counter(key) {
            Some(c) => match self.optional_call(QUEUE_NUMBER_TIMEOUT, c.store.record_pin_failure(key, max, lock_until, now)).await {
                Ok(there) => stricter(here, there),
                Err(_) => here,
            },
            None => here,
        })
    }
    async fn clear_pin_failures(&self, key: &str) -> RepoResult<()> {
        self.local.clear_pin_failures(key).await?;
        if let Some(c) = self.district_counter(key) {
            // Nobody waits for it: a right PIN is answered at once.
            let (store, key) = (c.store.clone(), key.to_string());
            tokio::spawn(async move { central_call(store.clear_pin_failures(&key)).await });
        }
        Ok(())
    }
    async fn meta(&self, key: &str) -> RepoResult<Option<String>> {
        self.local.meta(key).await
    }
    async fn set_meta(&self, key: &str, value: &str) -> RepoResult<()> {
        self.local.set_meta(key, value).await
    }
    async fn add_staff(&self, account: &StaffAccount, password_hash: &str, only_if_none: bool, now: DateTime<Utc>) -> RepoResult<()> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.add_staff(account, password_hash, only_if_none, now)).await,
            None => self.local.add_staff(account, password_hash, only_if_none, now).await,
        }
    }
    async fn staff(&self, username: &Username) -> RepoResult<Option<(StaffAccount, String)>> {
        self.local.staff(username).await
    }
    async fn staff_count(&self) -> RepoResult<u64> {
        self.local.staff_count().await
    }
    async fn search_appointments(&self, office: &OfficeCode, search: &AppointmentSearch, from: NaiveDate, limit: u32) -> RepoResult<Vec<Appointment>> {
        self.local.search_appointments(office, search, from, limit).await
    }
    async fn slot(&self, id: Uuid) -> RepoResult<Option<Slot>> {
        self.local.slot(id).await
    }
    async fn staff_accounts(&self) -> RepoResult<Vec<(StaffAccount, bool)>> {
        self.local.staff_accounts().await
    }
    async fn update_staff(&self, username: &Username, change: &StaffChange, now: DateTime<Utc>) -> RepoResult<StaffAccount> {
        match &self.central() {
            Some(c) => self.decide(c, c.store.update_staff(username, change, now)).await,
            None => self.local.update_staff(username, change, now).await,
        }
    }
}
