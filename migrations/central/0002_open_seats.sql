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
-- else. The planner uses a partial index only for a statement that names the
-- type as a constant, so `take_first_free_seat` has one statement per type;
-- the indexes and those statements are made below from one list of types.
-- A test checks that every bookable type of the catalogue has its index; a
-- type without one is still booked, through `seats_open`.
--
-- The booking's checks and seat-taking run in the database (`book_seat`):
-- one round trip where the client's statements took seven. Each refusal
-- raises its own SQLSTATE (class PD), which the store turns into its
-- RepoError with the English text; nothing here is shown to a user.

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

-- The first free seat for appointment `p_holder` of type `p_type` at office
-- `p_office`, on `p_from` or later, starting after `p_now`, not in slot
-- `p_not` (a reschedule's current slot): taken, and its slot returned; NULL
-- when there is none. SKIP LOCKED: a seat being taken by another booker is
-- passed over, not waited for.
DO $make$
DECLARE
    types text[] := ARRAY['case_inquiry', 'adit', 'interim_ead', 'card_replacement', 'eap', 'ij_grant', 'asylum', 'nacara',
                          'attorney_inquiry', 'cashier_payment', 'dara_adjustment'];
    t text;
    branches text := '';
    take text := $take$
            UPDATE seats SET appointment_id = p_holder
            WHERE (slot_id, seat) = (SELECT f.slot_id, f.seat FROM seats f
                                     WHERE f.office_id = p_office AND f.local_date >= p_from AND f.starts_at > p_now AND %s = ANY (f.types)
                                       AND f.slot_id IS DISTINCT FROM p_not AND f.appointment_id IS NULL
                                     ORDER BY f.local_date, f.starts_at, f.track, f.seat
                                     LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING slot_id INTO taken;$take$;
BEGIN
    FOREACH t IN ARRAY types LOOP
        EXECUTE format('CREATE INDEX %I ON seats (office_id, local_date, starts_at, track, seat) WHERE appointment_id IS NULL AND %L = ANY (types)',
                       'seats_open_' || t, t);
        branches := branches || format(E'\n        WHEN %L THEN', t) || format(take, quote_literal(t));
    END LOOP;
    EXECUTE format($fn$
CREATE FUNCTION take_first_free_seat(p_holder uuid, p_office uuid, p_type text, p_from date, p_now timestamptz, p_not uuid)
RETURNS uuid LANGUAGE plpgsql AS $body$
DECLARE
    taken uuid;
BEGIN
    CASE p_type%s
        ELSE%s
    END CASE;
    RETURN taken;
END $body$;$fn$, branches, format(take, 'p_type'));
END $make$;

-- A free seat of slot `p_slot` taken for `p_holder`, or NULL when it is full.
CREATE FUNCTION take_exact_seat(p_holder uuid, p_slot uuid) RETURNS uuid LANGUAGE sql AS $$
    UPDATE seats SET appointment_id = p_holder
    WHERE (slot_id, seat) = (SELECT f.slot_id, f.seat FROM seats f WHERE f.slot_id = p_slot AND f.appointment_id IS NULL
                             ORDER BY f.seat LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING slot_id
$$;

-- Whether an exactly chosen slot may be taken: it exists (PDS01), belongs to
-- the office (PDS02), lies ahead (PDS03), is not the appointment's own
-- (PDS04, rescheduling) and serves the type (PDS05). Whether a seat is free
-- is the taking's business.
CREATE FUNCTION check_exact_slot(p_slot uuid, p_office uuid, p_type text, p_now timestamptz, p_not uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    s slots;
BEGIN
    SELECT * INTO s FROM slots WHERE id = p_slot;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such slot' USING ERRCODE = 'PDS01';
    ELSIF s.office_id <> p_office THEN
        RAISE EXCEPTION 'slot of another office' USING ERRCODE = 'PDS02';
    ELSIF s.starts_at <= p_now THEN
        RAISE EXCEPTION 'slot begun' USING ERRCODE = 'PDS03';
    ELSIF p_slot = p_not THEN
        RAISE EXCEPTION 'the appointment''s own slot' USING ERRCODE = 'PDS04';
    ELSIF NOT p_type = ANY (s.types) THEN
        RAISE EXCEPTION 'type not served' USING ERRCODE = 'PDS05';
    END IF;
END $$;

-- A booking's seat: the office (PDO01 if unknown), the person's locks
-- (`p_person_keys`: a booking of the same person for the same type waits, so
-- the duplicate check below and the insert after it cannot interleave with
-- another), the seat of `p_slot` (PDS06 when full) or the first free one
-- from `p_from` (PDS07 when none), and one appointment of a type per person
-- while it is ahead (PDD01), matched by A-number or by name (ASCII case
-- ignored, as SQLite's NOCASE) and birth date. The checks come in the
-- SQLite store's order: slot, duplicate, seat. Returns the slot, the office
-- and the slot's count of taken seats with this one.
CREATE FUNCTION book_seat(p_holder uuid, p_office text, p_type text, p_slot uuid, p_from date, p_now timestamptz, p_person_keys text[],
                          p_last text, p_first text, p_dob date, p_a_number text)
RETURNS TABLE (slot_id uuid, office_id uuid, booked bigint) LANGUAGE plpgsql AS $$
DECLARE
    v_office uuid;
    v_slot uuid;
BEGIN
    SELECT o.id INTO v_office FROM offices o WHERE o.code = p_office;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such office' USING ERRCODE = 'PDO01';
    END IF;
    PERFORM pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(x, 0) AS k FROM unnest(p_person_keys) x ORDER BY 1) keys;
    IF p_slot IS NOT NULL THEN
        PERFORM check_exact_slot(p_slot, v_office, p_type, p_now, NULL);
    ELSE
        v_slot := take_first_free_seat(p_holder, v_office, p_type, p_from, p_now, NULL);
        IF v_slot IS NULL THEN
            RAISE EXCEPTION 'no free slot' USING ERRCODE = 'PDS07';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM appointments a
               WHERE a.status = 'booked' AND a.type_code = p_type AND a.starts_at > p_now
                 AND ((a.a_number IS NOT NULL AND a.a_number = p_a_number)
                      OR (lower(a.last_name COLLATE "C") = lower(p_last COLLATE "C") AND lower(a.first_name COLLATE "C") = lower(p_first COLLATE "C")
                          AND a.date_of_birth = p_dob))) THEN
        RAISE EXCEPTION 'duplicate' USING ERRCODE = 'PDD01';
    END IF;
    IF p_slot IS NOT NULL THEN
        v_slot := take_exact_seat(p_holder, p_slot);
        IF v_slot IS NULL THEN
            RAISE EXCEPTION 'slot full' USING ERRCODE = 'PDS06';
        END IF;
    END IF;
    RETURN QUERY SELECT v_slot, v_office,
                        (SELECT s.capacity FROM slots s WHERE s.id = v_slot) - (SELECT count(*) FROM seats st WHERE st.slot_id = v_slot AND st.appointment_id IS NULL);
END $$;

-- Every booking at an office inserted a row referring to the office's one
-- row, and the foreign key check share-locked that row: all of the office's
-- concurrent bookers locked the same row, which PostgreSQL records as a
-- multixact, rewritten with every booker that joins. Offices are never
-- deleted (nothing in PassDesk deletes one), and a booking takes its office
-- from the seat it holds, so the check guarded nothing the booking does not.
ALTER TABLE appointments DROP CONSTRAINT appointments_office_id_fkey;
