-- The front desk: arrivals, their identity documents, the waiting queue.

-- Names folded for search (lower case, no accents, letters and digits), kept
-- by the store beside the names as booked.
ALTER TABLE appointments ADD COLUMN last_key TEXT;
ALTER TABLE appointments ADD COLUMN first_key TEXT;
CREATE INDEX appointments_by_last_key ON appointments (last_key);
CREATE INDEX appointments_by_first_key ON appointments (first_key);
CREATE INDEX appointments_by_receipt ON appointments (receipt_number) WHERE receipt_number IS NOT NULL;

-- One visit per arrival: an appointment checked in, or a walk-in. The queue
-- number is the office's running number of the day, shown in the waiting room.
CREATE TABLE visits (
    id             TEXT PRIMARY KEY NOT NULL,
    office_id      TEXT NOT NULL REFERENCES offices (id),
    local_date     TEXT NOT NULL,
    appointment_id TEXT UNIQUE REFERENCES appointments (id),
    kind           TEXT NOT NULL CHECK (kind IN ('appointment', 'walk_in', 'attorney_walk_in', 'cashier_walk_in')),
    track          TEXT NOT NULL,
    queue_number   INTEGER NOT NULL CHECK (queue_number > 0),
    display_name   TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'served', 'not_served')),
    late           INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    arrived_at     INTEGER NOT NULL,
    checked_in_by  TEXT NOT NULL,
    called_at      INTEGER,
    desk           TEXT,
    called_by      TEXT,
    finished_at    INTEGER,
    finished_by    TEXT,
    receipt_ref    TEXT,
    walk_in_reason TEXT,
    approved_by    TEXT,
    companions     TEXT NOT NULL DEFAULT '[]', -- JSON
    UNIQUE (office_id, local_date, queue_number)
) STRICT;
CREATE INDEX visits_by_day ON visits (office_id, local_date, state);

-- What was seen of each identity document: never a full number or MRZ.
CREATE TABLE document_checks (
    id              TEXT PRIMARY KEY NOT NULL,
    visit_id        TEXT NOT NULL REFERENCES visits (id),
    kind            TEXT NOT NULL,
    number_last4    TEXT,
    expiry          TEXT,
    outcome         TEXT NOT NULL CHECK (outcome IN ('seen', 'mrz_match', 'mrz_mismatch')),
    problems        TEXT NOT NULL DEFAULT '[]', -- JSON array of words for the officer
    override_reason TEXT,
    overridden_by   TEXT,
    checked_by      TEXT NOT NULL,
    at              INTEGER NOT NULL
) STRICT;
CREATE INDEX document_checks_by_visit ON document_checks (visit_id);
