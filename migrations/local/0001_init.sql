-- PassDesk local store (one SQLite file per workstation).
-- Ids are UUID v7 text, made wherever a row is made, so rows created on
-- different workstations never collide when they meet in the central database.
-- Instants are Unix seconds (UTC); office-local dates are 'YYYY-MM-DD'.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- The office's whole configuration (hours, holidays, policies, tracks, mix,
-- release policy) is one JSON document with a version: the mix editor saves it
-- whole, and a stale save is refused by the version check.
CREATE TABLE offices (
    id         TEXT PRIMARY KEY NOT NULL,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    time_zone  TEXT NOT NULL,
    config     TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE zip_areas (
    office_id TEXT NOT NULL REFERENCES offices (id) ON DELETE CASCADE,
    first_zip INTEGER NOT NULL,
    last_zip  INTEGER NOT NULL,
    CHECK (first_zip <= last_zip)
) STRICT;
CREATE INDEX zip_areas_by_first ON zip_areas (first_zip, last_zip);

CREATE TABLE country_areas (
    country   TEXT PRIMARY KEY NOT NULL,
    office_id TEXT NOT NULL REFERENCES offices (id) ON DELETE CASCADE
) STRICT;

-- A day is released once; slots are made from the mix as it was then.
CREATE TABLE released_days (
    office_id      TEXT NOT NULL REFERENCES offices (id),
    local_date     TEXT NOT NULL,
    office_version INTEGER NOT NULL,
    released_at    INTEGER NOT NULL,
    PRIMARY KEY (office_id, local_date)
) STRICT, WITHOUT ROWID;

CREATE TABLE slots (
    id         TEXT PRIMARY KEY NOT NULL,
    office_id  TEXT NOT NULL REFERENCES offices (id),
    local_date TEXT NOT NULL,
    track      TEXT NOT NULL,
    starts_at  INTEGER NOT NULL,
    ends_at    INTEGER NOT NULL CHECK (ends_at > starts_at),
    capacity   INTEGER NOT NULL CHECK (capacity > 0),
    -- The database itself refuses an over-full slot, whatever the code does.
    booked     INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    types      TEXT NOT NULL, -- JSON array of appointment type codes
    UNIQUE (office_id, track, starts_at)
) STRICT;
CREATE INDEX slots_by_day ON slots (office_id, local_date, starts_at);
CREATE INDEX slots_by_start ON slots (office_id, starts_at);

CREATE TABLE appointments (
    id             TEXT PRIMARY KEY NOT NULL,
    confirmation   TEXT NOT NULL UNIQUE,
    pin_hash       TEXT NOT NULL,
    office_id      TEXT NOT NULL REFERENCES offices (id),
    slot_id        TEXT NOT NULL REFERENCES slots (id),
    type_code      TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
    language       TEXT NOT NULL,
    -- Searchable copies of the applicant's identity; the whole record is `applicant`.
    last_name      TEXT NOT NULL,
    first_name     TEXT NOT NULL,
    date_of_birth  TEXT NOT NULL,
    a_number       TEXT,
    receipt_number TEXT,
    applicant      TEXT NOT NULL, -- JSON
    representative TEXT,          -- JSON
    answers        TEXT NOT NULL, -- JSON
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX appointments_by_slot ON appointments (slot_id);
CREATE INDEX appointments_by_a_number ON appointments (a_number) WHERE a_number IS NOT NULL;
CREATE INDEX appointments_by_person ON appointments (last_name COLLATE NOCASE, first_name COLLATE NOCASE, date_of_birth);

-- What happened to each appointment, in order (booked, rescheduled, cancelled).
CREATE TABLE appointment_history (
    id             TEXT PRIMARY KEY NOT NULL,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    at             INTEGER NOT NULL,
    event          TEXT NOT NULL,
    detail         TEXT NOT NULL
) STRICT;
CREATE INDEX appointment_history_by_appointment ON appointment_history (appointment_id, at);

-- Wrong-PIN counting per confirmation number, known or not, so the answer
-- never tells whether a number exists.
CREATE TABLE pin_attempts (
    confirmation TEXT PRIMARY KEY NOT NULL,
    failures     INTEGER NOT NULL,
    locked_until INTEGER
) STRICT;

-- Facts recorded at this desk (check-ins, ID checks, walk-ins, notes) wait
-- here until the central database has them. `id` is the idempotency key.
CREATE TABLE outbox (
    id         TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at    INTEGER
) STRICT;
CREATE INDEX outbox_unsent ON outbox (created_at) WHERE sent_at IS NULL;
