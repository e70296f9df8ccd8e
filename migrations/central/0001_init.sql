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
    types      text[] NOT NULL,
    UNIQUE (office_id, track, starts_at)
);
CREATE INDEX slots_by_day ON slots (office_id, local_date, starts_at);
-- The first free seat is looked for in start order: walked by this index, a
-- booking stops at the first slot with a free seat instead of sorting them all.
CREATE INDEX slots_by_start ON slots (office_id, starts_at);

-- One row per seat, made with the slot: a booking takes a free seat with
-- FOR UPDATE SKIP LOCKED, so concurrent bookers of one slot never wait on one
-- hot counter row. A slot cannot be over-full: it has only `capacity` seats,
-- and an appointment holds at most one seat. A slot's `booked` is its count
-- of taken seats.
CREATE TABLE seats (
    slot_id        uuid NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    seat           integer NOT NULL CHECK (seat >= 0),
    appointment_id uuid UNIQUE,
    PRIMARY KEY (slot_id, seat)
);
CREATE INDEX seats_free ON seats (slot_id, seat) WHERE appointment_id IS NULL;

CREATE FUNCTION make_seats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO seats (slot_id, seat) SELECT NEW.id, g FROM generate_series(0, NEW.capacity - 1) g;
    RETURN NULL;
END $$;
CREATE TRIGGER slots_make_seats AFTER INSERT ON slots FOR EACH ROW EXECUTE FUNCTION make_seats();

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
    called_by      text,
    finished_at    timestamptz,
    finished_by    text,
    receipt_ref    text,
    walk_in_reason text,
    approved_by    text,
    companions     jsonb NOT NULL DEFAULT '[]',
    -- Two desks may record the same arrival: both visits are kept, the
    -- earliest arrival stands and the later one points to it.
    superseded_by  uuid REFERENCES visits (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX visits_by_day ON visits (office_id, local_date, state);
CREATE INDEX visits_by_appointment ON visits (appointment_id);
-- The visit that stands for an appointment is the one not superseded.
CREATE UNIQUE INDEX visits_standing ON visits (appointment_id) WHERE appointment_id IS NOT NULL AND superseded_by IS NULL;

-- Each office's running queue number of the day. Desks ask for one before
-- they record a visit (one row, updated in place: no two desks get the same
-- number); a desk that cannot reach the central database continues from the
-- highest number it has seen.
CREATE TABLE queue_numbers (
    office_id  uuid NOT NULL REFERENCES offices (id),
    local_date date NOT NULL,
    last       integer NOT NULL CHECK (last > 0),
    PRIMARY KEY (office_id, local_date)
);

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
CREATE INDEX document_checks_by_visit ON document_checks (visit_id);

-- Each fact from a desk's outbox is applied exactly once: its idempotency key
-- is recorded in the same transaction that applies it. Kept whole, it is the
-- history of what every desk recorded.
CREATE TABLE applied_commands (
    id          uuid PRIMARY KEY,
    workstation text NOT NULL,
    kind        text NOT NULL,
    payload     jsonb NOT NULL,
    made_at     timestamptz NOT NULL,
    -- 'applied', or why it could not be (kept, never retried forever).
    outcome     text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- The change feed. A sequence number is not commit order (a transaction that
-- took 10 may commit after one that took 11), so each change also carries the
-- writing transaction's id: a replica reads, in (txid, seq) order, only the
-- changes of transactions older than every transaction still running
-- (pg_snapshot_xmin), and keeps (txid, seq) as its cursor. A transaction that
-- commits late has a txid at or above the xmin of every earlier read, so it is
-- delivered on a later pull, never skipped.
-- Triggers write the feed, so no code path can change a row unnoticed.
-- `office_id` is set for an office's private rows (appointments, visits) and
-- NULL for what every workstation keeps (offices, released days, slots, staff).
CREATE TABLE changes (
    seq        bigserial PRIMARY KEY,
    txid       bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint,
    office_id  uuid,
    entity     text NOT NULL CHECK (entity IN ('office', 'released_day', 'slot', 'appointment', 'visit', 'staff')),
    entity_key text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_by_txid ON changes (txid, seq);

-- One small trigger function per kind of key: reading NEW's columns directly
-- costs a fraction of turning the row into JSON (every booking fires two).
CREATE FUNCTION record_change_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (office_id, entity, entity_key)
    VALUES (NULL, TG_ARGV[0], (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
    RETURN NULL;
END $$;

CREATE FUNCTION record_change_by_office_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (office_id, entity, entity_key)
    VALUES (NULL, TG_ARGV[0], (CASE WHEN TG_OP = 'DELETE' THEN OLD.office_id ELSE NEW.office_id END)::text);
    RETURN NULL;
END $$;

CREATE FUNCTION record_private_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO changes (office_id, entity, entity_key) VALUES (OLD.office_id, TG_ARGV[0], OLD.id::text);
    ELSE
        INSERT INTO changes (office_id, entity, entity_key) VALUES (NEW.office_id, TG_ARGV[0], NEW.id::text);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION record_seat_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (office_id, entity, entity_key) VALUES (NULL, 'slot', NEW.slot_id::text);
    RETURN NULL;
END $$;

CREATE TRIGGER offices_feed AFTER INSERT OR UPDATE OR DELETE ON offices
    FOR EACH ROW EXECUTE FUNCTION record_change_by_id('office');
CREATE TRIGGER zip_areas_feed AFTER INSERT OR UPDATE OR DELETE ON zip_areas
    FOR EACH ROW EXECUTE FUNCTION record_change_by_office_id('office');
CREATE TRIGGER country_areas_feed AFTER INSERT OR UPDATE OR DELETE ON country_areas
    FOR EACH ROW EXECUTE FUNCTION record_change_by_office_id('office');
CREATE TRIGGER slots_feed AFTER INSERT OR UPDATE OR DELETE ON slots
    FOR EACH ROW EXECUTE FUNCTION record_change_by_id('slot');
-- A taken or freed seat changes its slot's count.
CREATE TRIGGER seats_feed AFTER UPDATE ON seats
    FOR EACH ROW EXECUTE FUNCTION record_seat_change();
CREATE TRIGGER appointments_feed AFTER INSERT OR UPDATE OR DELETE ON appointments
    FOR EACH ROW EXECUTE FUNCTION record_private_change('appointment');
CREATE TRIGGER visits_feed AFTER INSERT OR UPDATE OR DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION record_private_change('visit');
CREATE TRIGGER staff_feed AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH ROW EXECUTE FUNCTION record_change_by_id('staff');

-- A released day's key is "office id/date".
CREATE FUNCTION record_released_day() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r released_days := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    INSERT INTO changes (office_id, entity, entity_key) VALUES (NULL, 'released_day', r.office_id::text || '/' || r.local_date::text);
    RETURN NULL;
END $$;
CREATE TRIGGER released_days_feed AFTER INSERT OR UPDATE OR DELETE ON released_days
    FOR EACH ROW EXECUTE FUNCTION record_released_day();

-- A document check belongs to its visit: it travels with the visit.
CREATE FUNCTION record_document_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (office_id, entity, entity_key)
    SELECT v.office_id, 'visit', v.id::text FROM visits v WHERE v.id = NEW.visit_id;
    RETURN NULL;
END $$;
CREATE TRIGGER document_checks_feed AFTER INSERT OR UPDATE ON document_checks
    FOR EACH ROW EXECUTE FUNCTION record_document_check();

-- Small facts about the database itself, such as the fingerprint of the PIN
-- key every workstation must share (Repository::meta). Not in the change feed:
-- each workstation checks it against the central database directly.
CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
