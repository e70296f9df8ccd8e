-- The front desk's name search wants the matches nearest today among an
-- office's whole history: each appointment carries its slot's start, kept by
-- the store, so the name indexes can answer "near this day" on their own.
ALTER TABLE appointments ADD COLUMN starts_at INTEGER;
UPDATE appointments SET starts_at = (SELECT s.starts_at FROM slots s WHERE s.id = appointments.slot_id);
DROP INDEX appointments_by_last_key;
DROP INDEX appointments_by_first_key;
CREATE INDEX appointments_by_last_key ON appointments (last_key, starts_at);
CREATE INDEX appointments_by_first_key ON appointments (first_key, starts_at);
-- A birth date narrows a name to a handful of people: searched by it first.
CREATE INDEX appointments_by_birth ON appointments (date_of_birth);
