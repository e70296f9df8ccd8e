-- PassDesk central database (PostgreSQL 15 or newer): the authority every
-- workstation syncs with. Scarce things (seats) are decided here in one
-- transaction; facts recorded at desks arrive as idempotent commands; every
-- change is numbered for the replicas' change feed.

CREATE TABLE offices (
    id         uuid PRIMARY KEY,
    code       text NOT NULL UNIQUE,
    name       text NOT NULL,
    time_zone  text NOT NULL,
    config     jsonb NOT NULL,
    version    bigint NOT NULL CHECK (version > 0),
    updated_at timestamptz NOT NULL
);

CREATE TABLE zip_areas (
    office_id uuid NOT NULL REFERENCES offices (id) ON DELETE CASCADE,
    first_zip integer NOT NULL,
    last_zip  integer NOT NULL,
    CHECK (first_zip <= last_zip)
);
CREATE INDEX zip_areas_by_first ON zip_areas (first_zip, last_zip);

CREATE TABLE country_areas (
    country   text PRIMARY KEY,
    office_id uuid NOT NULL REFERENCES offices (id) ON DELETE CASCADE
);

CREATE TABLE released_days (
    office_id      uuid NOT NULL REFERENCES offices (id),
    local_date     date NOT NULL,
    office_version bigint NOT NULL,
    released_at    timestamptz NOT NULL,
    PRIMARY KEY (office_id, local_date)
);

CREATE TABLE slots (
    id         uuid PRIMARY KEY,
    office_id  uuid NOT NULL REFERENCES offices (id),
    local_date date NOT NULL,
    track      text NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL CHECK (ends_at > starts_at),
    capacity   integer NOT NULL CHECK (capacity > 0),
    -- The database itself refuses an over-full slot, whatever the code does.
    booked     integer NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    types      text[] NOT NULL,
    UNIQUE (office_id, track, starts_at)
);
CREATE INDEX slots_by_day ON slots (office_id, local_date, starts_at);

-- One row per seat: a booking takes a free seat with FOR UPDATE SKIP LOCKED,
-- so concurrent bookers of one slot never wait on each other's row.
CREATE TABLE seats (
    slot_id        uuid NOT NULL REFERENCES slots (id),
    seat           integer NOT NULL CHECK (seat >= 0),
    appointment_id uuid,
    PRIMARY KEY (slot_id, seat)
);
CREATE INDEX seats_free ON seats (slot_id) WHERE appointment_id IS NULL;

CREATE TABLE appointments (
    id             uuid PRIMARY KEY,
    confirmation   text NOT NULL UNIQUE,
    pin_hash       text NOT NULL,
    office_id      uuid NOT NULL REFERENCES offices (id),
    slot_id        uuid NOT NULL REFERENCES slots (id),
    starts_at      timestamptz NOT NULL,
    type_code      text NOT NULL,
    status         text NOT NULL CHECK (status IN ('booked', 'cancelled')),
    language       text NOT NULL,
    last_name      text NOT NULL,
    first_name     text NOT NULL,
    last_key       text NOT NULL,
    first_key      text NOT NULL,
    date_of_birth  date NOT NULL,
    a_number       text,
    receipt_number text,
    applicant      jsonb NOT NULL,
    representative jsonb,
    answers        jsonb NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX appointments_by_slot ON appointments (slot_id);
CREATE INDEX appointments_by_a_number ON appointments (a_number) WHERE a_number IS NOT NULL;
CREATE INDEX appointments_by_receipt ON appointments (receipt_number) WHERE receipt_number IS NOT NULL;
CREATE INDEX appointments_by_last_key ON appointments (last_key text_pattern_ops, starts_at);
CREATE INDEX appointments_by_first_key ON appointments (first_key text_pattern_ops, starts_at);
CREATE INDEX appointments_by_birth ON appointments (date_of_birth);

CREATE TABLE appointment_history (
    id             uuid PRIMARY KEY,
    appointment_id uuid NOT NULL REFERENCES appointments (id),
    at             timestamptz NOT NULL,
    event          text NOT NULL,
    detail         jsonb NOT NULL
);
CREATE INDEX appointment_history_by_appointment ON appointment_history (appointment_id, at);

CREATE TABLE pin_attempts (
    key          text PRIMARY KEY,
    failures     integer NOT NULL,
    locked_until timestamptz
);

CREATE TABLE staff (
    id            uuid PRIMARY KEY,
    username      text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    role          text NOT NULL CHECK (role IN ('district_manager', 'front_desk', 'cashier', 'administrator')),
    office_id     uuid REFERENCES offices (id),
    password_hash text NOT NULL,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);

-- Visits and document checks arrive from the desks as facts (below).
CREATE TABLE visits (
    id             uuid PRIMARY KEY,
    office_id      uuid NOT NULL REFERENCES offices (id),
    local_date     date NOT NULL,
    appointment_id uuid REFERENCES appointments (id),
    kind           text NOT NULL CHECK (kind IN ('appointment', 'walk_in', 'attorney_walk_in', 'cashier_walk_in')),
    track          text NOT NULL,
    queue_number   integer NOT NULL CHECK (queue_number > 0),
    display_name   text NOT NULL,
    state          text NOT NULL CHECK (state IN ('waiting', 'called', 'served', 'not_served')),
    late           boolean NOT NULL DEFAULT false,
    arrived_at     timestamptz NOT NULL,
    checked_in_by  text NOT NULL,
    called_at      timestamptz,
    desk           text,
    finished_at    timestamptz,
    receipt_ref    text,
    walk_in_reason text,
    approved_by    text,
    companions     jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX visits_by_day ON visits (office_id, local_date, state);
-- Two desks may record the same arrival: both are kept in the history, the
-- earliest arrival stands (the sync decides; see `applied_commands`).
CREATE INDEX visits_by_appointment ON visits (appointment_id);

CREATE TABLE document_checks (
    id              uuid PRIMARY KEY,
    visit_id        uuid NOT NULL REFERENCES visits (id),
    kind            text NOT NULL,
    number_last4    text,
    expiry          date,
    outcome         text NOT NULL CHECK (outcome IN ('seen', 'mrz_match', 'mrz_mismatch')),
    problems        jsonb NOT NULL DEFAULT '[]',
    override_reason text,
    overridden_by   text,
    checked_by      text NOT NULL,
    at              timestamptz NOT NULL
);

-- Each fact from a desk's outbox is applied exactly once: its idempotency key
-- is recorded in the same transaction that applies it.
CREATE TABLE applied_commands (
    id          uuid PRIMARY KEY,
    workstation text NOT NULL,
    kind        text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- The change feed. A sequence number is not commit order (a transaction that
-- took 10 may commit after one that took 11), so each change also carries the
-- writing transaction's id: a replica reads only changes whose transaction is
-- older than every transaction still running (pg_snapshot_xmin), and a late
-- commit is therefore delivered on a later pull, never skipped.
CREATE TABLE changes (
    seq       bigserial PRIMARY KEY,
    txid      xid8 NOT NULL DEFAULT pg_current_xact_id(),
    office_id uuid,
    entity    text NOT NULL,
    entity_id uuid NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_by_office ON changes (office_id, seq);
