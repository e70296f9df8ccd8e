-- Each workstation tells the central database how it stands when it syncs
-- (every 30 s, and at once when that changes): the district's administrator
-- sees a desk that stopped syncing, or one holding facts it has not sent.
CREATE TABLE workstations (
    name          text PRIMARY KEY,
    host          text NOT NULL,
    -- The office whose rows it keeps; NULL: every office's.
    office        text,
    app_version   text NOT NULL,
    last_contact  timestamptz NOT NULL,
    unsent        integer NOT NULL CHECK (unsent >= 0),
    oldest_unsent timestamptz,
    -- Why its last round failed, when it did (the central database answered).
    last_error    text,
    first_seen    timestamptz NOT NULL DEFAULT now()
);

-- Facts kept as rejected, found per workstation without reading every fact.
CREATE INDEX applied_commands_rejected ON applied_commands (workstation, applied_at) WHERE outcome LIKE 'rejected%';
