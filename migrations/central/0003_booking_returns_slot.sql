-- A booking's seat comes back with its slot.
--
-- The booking statement (crates/central/src/appointments.rs) read the slot
-- of the seat `book_seat` took three more times: for the appointment's start,
-- and, with the office, for the row it returns. `book_seat` reads the slot
-- once anyway (for the count of taken seats) and now returns all of it; the
-- office's code is the one the booking named. In a release storm replayed
-- with pgbench this took about a tenth off the server's time per booking
-- (BENCHMARKS.md, "Central database").
--
-- Same checks, same order, same SQLSTATEs as in 0002; only the result grew.

DROP FUNCTION book_seat(uuid, text, text, uuid, date, timestamptz, text[], text, text, date, text);

CREATE FUNCTION book_seat(p_holder uuid, p_office text, p_type text, p_slot uuid, p_from date, p_now timestamptz, p_person_keys text[],
                          p_last text, p_first text, p_dob date, p_a_number text)
RETURNS TABLE (slot_id uuid, office_id uuid, local_date date, track text, starts_at timestamptz, ends_at timestamptz, capacity integer,
               types text[], booked bigint) LANGUAGE plpgsql AS $$
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
    SELECT * INTO s FROM slots WHERE id = v_slot;
    RETURN QUERY SELECT s.id, s.office_id, s.local_date, s.track, s.starts_at, s.ends_at, s.capacity, s.types,
                        s.capacity - (SELECT count(*) FROM seats st WHERE st.slot_id = v_slot AND st.appointment_id IS NULL);
END $$;
