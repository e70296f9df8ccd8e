-- Numbers a desk holds for check-ins made while it cannot reach the central
-- database. They are taken above the day's online sequence (from 901 up, or
-- above whatever is given already), so the desks' online numbers run on
-- without gaps, and two desks offline at once never give the same number.
-- The day's counter steps over a held range when it reaches one.
CREATE TABLE queue_number_holds (
    office_id   uuid NOT NULL REFERENCES offices (id),
    local_date  date NOT NULL,
    first       integer NOT NULL CHECK (first > 0),
    last        integer NOT NULL CHECK (last >= first),
    workstation text NOT NULL,
    held_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (office_id, local_date, first)
);

-- A counter may now be made before the day's first number (to hold numbers
-- above it): 0 says none given yet.
ALTER TABLE queue_numbers DROP CONSTRAINT queue_numbers_last_check;
ALTER TABLE queue_numbers ADD CONSTRAINT queue_numbers_last_check CHECK (last >= 0);
