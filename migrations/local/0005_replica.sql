-- The local database becomes a replica of the central one as well as the
-- desk's own store. Visits from other desks arrive through the change feed:
-- two desks may give out the same queue number between syncs, and may record
-- the same arrival (the earliest stands; the later one is kept, superseded).
-- SQLite cannot drop a UNIQUE constraint, so visits are rebuilt, and with
-- them document_checks, which refer to them (foreign keys stay on: renaming
-- a table carries the references to it along).
CREATE TABLE visits_replica (
    id             TEXT PRIMARY KEY NOT NULL,
    office_id      TEXT NOT NULL REFERENCES offices (id),
    local_date     TEXT NOT NULL,
    appointment_id TEXT REFERENCES appointments (id),
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
    superseded_by  TEXT
) STRICT;
INSERT INTO visits_replica (id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at,
                            checked_in_by, called_at, desk, called_by, finished_at, finished_by, receipt_ref, walk_in_reason, approved_by, companions)
SELECT id, office_id, local_date, appointment_id, kind, track, queue_number, display_name, state, late, arrived_at,
       checked_in_by, called_at, desk, called_by, finished_at, finished_by, receipt_ref, walk_in_reason, approved_by, companions
FROM visits;
CREATE TABLE document_checks_replica (
    id              TEXT PRIMARY KEY NOT NULL,
    visit_id        TEXT NOT NULL REFERENCES visits_replica (id),
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
INSERT INTO document_checks_replica SELECT id, visit_id, kind, number_last4, expiry, outcome, problems, override_reason, overridden_by, checked_by, at
FROM document_checks;
DROP TABLE document_checks;
DROP TABLE visits;
ALTER TABLE visits_replica RENAME TO visits;
ALTER TABLE document_checks_replica RENAME TO document_checks;
CREATE INDEX document_checks_by_visit ON document_checks (visit_id);
CREATE INDEX visits_by_day ON visits (office_id, local_date, state);
CREATE INDEX visits_by_number ON visits (office_id, local_date, queue_number);
CREATE UNIQUE INDEX visits_standing ON visits (appointment_id) WHERE appointment_id IS NOT NULL AND superseded_by IS NULL;
