-- A released day made again (a new holiday, a changed mix) whose only
-- appointments were cancelled: their slots cannot be deleted, since each
-- cancelled appointment still points at the time it had. Such a slot is
-- withdrawn instead: kept as that record, never offered or booked, and
-- taken up again if the day's new plan has a slot at the same start on the
-- same track.
ALTER TABLE slots ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));
