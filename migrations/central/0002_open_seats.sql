-- Finding the first free seat for a type without walking past the others.
--
-- Before this, a first-free booking walked the office's slots in start order
-- and probed each slot's free seats, filtering by type on the slot. In a
-- release storm every booker walked past every slot filled so far, and past
-- every free seat of tracks that do not serve its type (an attorney seat for
-- a case inquiry): the walk grew with the storm (1,300 seats/s for the
-- statement alone against 4,400 for the cheapest SKIP LOCKED statement on
-- the same server; BENCHMARKS.md, "Central database").
--
-- Now a seat carries its slot's office, date, start, track and types (a slot
-- is only ever inserted or deleted, so the copies cannot go stale), and each
-- bookable type has a partial index of the free seats serving it, in booking
-- order. A booking reads the first entries of its type's index and nothing
-- else. `crates/central/src/appointments.rs` (`take_first_free`) names the
-- types; a test checks that every bookable type of the catalogue has its
-- index. A type without one is still booked, through `seats_open`.

ALTER TABLE seats
    ADD COLUMN office_id uuid,
    ADD COLUMN local_date date,
    ADD COLUMN starts_at timestamptz,
    ADD COLUMN track text COLLATE "C",
    ADD COLUMN types text[];

UPDATE seats f
SET office_id = s.office_id, local_date = s.local_date, starts_at = s.starts_at, track = s.track, types = s.types
FROM slots s
WHERE s.id = f.slot_id;

ALTER TABLE seats
    ALTER COLUMN office_id SET NOT NULL,
    ALTER COLUMN local_date SET NOT NULL,
    ALTER COLUMN starts_at SET NOT NULL,
    ALTER COLUMN track SET NOT NULL,
    ALTER COLUMN types SET NOT NULL;

CREATE OR REPLACE FUNCTION make_seats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO seats (slot_id, seat, office_id, local_date, starts_at, track, types)
    SELECT NEW.id, g, NEW.office_id, NEW.local_date, NEW.starts_at, NEW.track, NEW.types FROM generate_series(0, NEW.capacity - 1) g;
    RETURN NULL;
END $$;

-- Booking order: start, then track, then seat. Within one office the local
-- date rises with the start, so leading with it lets `local_date >= from`
-- bound the scan.
CREATE INDEX seats_open ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL;
CREATE INDEX seats_open_case_inquiry ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'case_inquiry' = ANY (types);
CREATE INDEX seats_open_adit ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'adit' = ANY (types);
CREATE INDEX seats_open_interim_ead ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'interim_ead' = ANY (types);
CREATE INDEX seats_open_card_replacement ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'card_replacement' = ANY (types);
CREATE INDEX seats_open_eap ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'eap' = ANY (types);
CREATE INDEX seats_open_ij_grant ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'ij_grant' = ANY (types);
CREATE INDEX seats_open_asylum ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'asylum' = ANY (types);
CREATE INDEX seats_open_nacara ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'nacara' = ANY (types);
CREATE INDEX seats_open_attorney_inquiry ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'attorney_inquiry' = ANY (types);
CREATE INDEX seats_open_cashier_payment ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'cashier_payment' = ANY (types);
CREATE INDEX seats_open_dara_adjustment ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND 'dara_adjustment' = ANY (types);

-- Every booking at an office inserted a row referring to the office's one
-- row, and the foreign key check share-locked that row: all of the office's
-- concurrent bookers locked the same row, which PostgreSQL records as a
-- multixact, rewritten with every booker that joins. Offices are never
-- deleted (nothing in PassDesk deletes one), and a booking takes its office
-- from the seat it holds, so the check guarded nothing the booking does not.
ALTER TABLE appointments DROP CONSTRAINT appointments_office_id_fkey;
