-- Staff accounts. Passwords are argon2id hashes (PHC strings); sign-in
-- failures are counted in pin_attempts under the key 'staff:<username>'.
CREATE TABLE staff (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('district_manager', 'front_desk', 'cashier', 'administrator')),
    office_id     TEXT REFERENCES offices (id),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    INTEGER NOT NULL
) STRICT;
