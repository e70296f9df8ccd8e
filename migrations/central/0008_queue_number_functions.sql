-- The counters' work for held numbers (0006 made the tables), as functions:
-- one call holds a desk's numbers for several days, so a desk on a slow
-- link keeps the counters locked for one round trip only.

-- The day's counter brought up to the highest number given outside held
-- ranges (numbers desks gave while offline, pushed since), plus p_step; the
-- counter row stays locked until commit.
CREATE OR REPLACE FUNCTION bump_queue_counter(p_office uuid, p_day date, p_step integer) RETURNS integer
LANGUAGE sql AS $$
    WITH given AS (
        SELECT COALESCE(MAX(v.queue_number), 0) AS top FROM visits v
        WHERE v.office_id = p_office AND v.local_date = p_day
          AND NOT EXISTS (SELECT 1 FROM queue_number_holds h
                          WHERE h.office_id = p_office AND h.local_date = p_day AND v.queue_number BETWEEN h.first AND h.last))
    INSERT INTO queue_numbers AS q (office_id, local_date, last) SELECT p_office, p_day, top + p_step FROM given
    ON CONFLICT (office_id, local_date) DO UPDATE SET last = GREATEST(q.last + p_step, excluded.last)
    RETURNING last
$$;

-- p_count numbers of each of p_days held for a workstation: above every
-- number given or held that day, and from p_from at least. One call, so a
-- desk on a slow link holds the counters for one round trip only.
CREATE OR REPLACE FUNCTION hold_queue_numbers(p_office uuid, p_days date[], p_count integer, p_from integer, p_workstation text)
RETURNS TABLE (held_day date, held_first integer, held_last integer)
LANGUAGE plpgsql AS $$
DECLARE
    d date;
    counter integer;
BEGIN
    FOREACH d IN ARRAY p_days LOOP
        -- Locks the day's counter: a desk asking for a number meanwhile waits, then steps over this range.
        counter := bump_queue_counter(p_office, d, 0);
        SELECT GREATEST(counter + 1, p_from, COALESCE(MAX(h.last), 0) + 1,
                        (SELECT COALESCE(MAX(v.queue_number), 0) + 1 FROM visits v WHERE v.office_id = p_office AND v.local_date = d))
          INTO held_first
          FROM queue_number_holds h WHERE h.office_id = p_office AND h.local_date = d;
        held_day := d;
        held_last := held_first + p_count - 1;
        INSERT INTO queue_number_holds (office_id, local_date, first, last, workstation) VALUES (p_office, d, held_first, held_last, p_workstation);
        RETURN NEXT;
    END LOOP;
END $$;
