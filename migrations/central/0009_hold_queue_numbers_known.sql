-- A hold whose answer was lost (a slow link, a call given up) is not made
-- again and again: the desk says, for each day, the highest number it knows
-- it holds, and a range of its own above that is returned instead of a new
-- one. Otherwise as in 0008.
DROP FUNCTION hold_queue_numbers(uuid, date[], integer, integer, text);

CREATE FUNCTION hold_queue_numbers(p_office uuid, p_days date[], p_known integer[], p_count integer, p_from integer, p_workstation text)
RETURNS TABLE (held_day date, held_first integer, held_last integer)
LANGUAGE plpgsql AS $$
DECLARE
    i integer;
    d date;
    counter integer;
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_days, 1), 0) LOOP
        d := p_days[i];
        -- Locks the day's counter: a desk asking for a number meanwhile waits, then steps over this range.
        counter := bump_queue_counter(p_office, d, 0);
        held_day := d;
        SELECT h.first, h.last INTO held_first, held_last
          FROM queue_number_holds h
         WHERE h.office_id = p_office AND h.local_date = d AND h.workstation = p_workstation AND h.last > coalesce(p_known[i], 0)
         ORDER BY h.first LIMIT 1;
        IF NOT FOUND THEN
            SELECT GREATEST(counter + 1, p_from, COALESCE(MAX(h.last), 0) + 1,
                            (SELECT COALESCE(MAX(v.queue_number), 0) + 1 FROM visits v WHERE v.office_id = p_office AND v.local_date = d))
              INTO held_first
              FROM queue_number_holds h WHERE h.office_id = p_office AND h.local_date = d;
            held_last := held_first + p_count - 1;
            INSERT INTO queue_number_holds (office_id, local_date, first, last, workstation) VALUES (p_office, d, held_first, held_last, p_workstation);
        END IF;
        RETURN NEXT;
    END LOOP;
END $$;
