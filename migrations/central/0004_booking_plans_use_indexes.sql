-- The booking functions read by index whatever the statistics say.
--
-- A PL/pgSQL function plans each statement once per connection and keeps
-- the plan until the table is analyzed again. A plan made while
-- `appointments` was nearly empty (a new central database, a district's
-- first bookings) is one for a table of a row or two: the duplicate check
-- read the whole table, or the whole of an index on names, on every
-- booking, while a release storm grows the table by thousands a second. A
-- storm replayed with pgbench on a database analyzed at one appointment read
-- 6.5 million appointment rows in 5 seconds (3,379 whole-table scans).
-- Autovacuum analyzes again only after a tenth more rows and at its next
-- round, which a storm outruns. Seats planned before a large release, and
-- slots, are the same case.
--
-- Now every statement of these functions has exactly the index reads it is
-- written for: sequential scans are not planned inside them (the setting
-- holds while the function runs, for the functions it calls too, and
-- nowhere else), and the duplicate check is two lookups, by A-number and
-- by birth date, instead of one OR the planner could answer by reading a
-- whole index. Same checks, same order, same SQLSTATEs as in 0003.

CREATE OR REPLACE FUNCTION book_seat(p_holder uuid, p_office text, p_type text, p_slot uuid, p_from date, p_now timestamptz, p_person_keys text[],
                          p_last text, p_first text, p_dob date, p_a_number text)
RETURNS TABLE (slot_id uuid, office_id uuid, local_date date, track text, starts_at timestamptz, ends_at timestamptz, capacity integer,
               types text[], booked bigint) LANGUAGE plpgsql SET enable_seqscan = off AS $$
DECLARE
    v_office uuid;
    v_slot uuid;
    s slots;
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
    -- Two lookups, each by its own index; `+ interval '0'` keeps the
    -- start out of index conditions (it is the second column of two
    -- indexes, which would be read whole).
    IF (p_a_number IS NOT NULL
        AND EXISTS (SELECT 1 FROM appointments a
                    WHERE a.a_number = p_a_number AND a.status = 'booked' AND a.type_code = p_type AND a.starts_at + interval '0' > p_now))
       OR EXISTS (SELECT 1 FROM appointments a
                  WHERE a.date_of_birth = p_dob AND lower(a.last_name COLLATE "C") = lower(p_last COLLATE "C")
                    AND lower(a.first_name COLLATE "C") = lower(p_first COLLATE "C")
                    AND a.status = 'booked' AND a.type_code = p_type AND a.starts_at + interval '0' > p_now) THEN
        RAISE EXCEPTION 'duplicate' USING ERRCODE = 'PDD01';
    END IF;
    IF p_slot IS NOT NULL THEN
        v_slot := take_exact_seat(p_holder, p_slot);
        IF v_slot IS NULL THEN
            RAISE EXCEPTION 'slot full' USING ERRCODE = 'PDS06';
        END IF;
    END IF;
    SELECT * INTO s FROM slots WHERE id = v_slot;
    RETURN QUERY SELECT s.id, s.office_id, s.local_date, s.track, s.starts_at, s.ends_at, s.capacity, s.types,
                        s.capacity - (SELECT count(*) FROM seats st WHERE st.slot_id = v_slot AND st.appointment_id IS NULL);
END $$;

ALTER FUNCTION take_first_free_seat(uuid, uuid, text, date, timestamptz, uuid) SET enable_seqscan = off;
ALTER FUNCTION take_exact_seat(uuid, uuid) SET enable_seqscan = off;
ALTER FUNCTION check_exact_slot(uuid, uuid, text, timestamptz, uuid) SET enable_seqscan = off;
