-- A released day made again (a new holiday, a changed mix) whose only
-- appointments were cancelled: their slots cannot be deleted, since each
-- cancelled appointment still points at the time it had. Such a slot is
-- withdrawn instead: kept as that record without seats (so no booking can
-- take a seat of it), and taken up again, with new seats, if the day's new
-- plan has a slot at the same start on the same track.
ALTER TABLE slots ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;

-- An exactly chosen slot that was withdrawn is as gone as a deleted one
-- (PDS01, "choose from the slots offered now"), as the local store says it,
-- not full. The rest as in 0002; the setting as in 0004 (a replaced
-- function keeps only the settings its definition names).
CREATE OR REPLACE FUNCTION check_exact_slot(p_slot uuid, p_office uuid, p_type text, p_now timestamptz, p_not uuid) RETURNS void
LANGUAGE plpgsql SET enable_seqscan = off AS $$
DECLARE
    s slots;
BEGIN
    SELECT * INTO s FROM slots WHERE id = p_slot;
    IF NOT FOUND OR s.withdrawn THEN
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
