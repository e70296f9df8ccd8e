-- A released day made again (a new holiday, a changed mix) whose only
-- appointments were cancelled: their slots cannot be deleted, since each
-- cancelled appointment still points at the time it had. Such a slot is
-- withdrawn instead: kept as that record without seats (so no booking can
-- take it and the booking statements need no change), and taken up again,
-- with new seats, if the day's new plan has a slot at the same start on the
-- same track.
ALTER TABLE slots ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
