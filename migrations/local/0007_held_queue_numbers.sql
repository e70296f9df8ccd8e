-- Queue numbers the central database holds for this desk, given only while
-- it cannot be reached: no other desk gives them (see the central 0006).
CREATE TABLE held_queue_numbers (
    office_id  TEXT NOT NULL REFERENCES offices (id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    number     INTEGER NOT NULL CHECK (number > 0),
    PRIMARY KEY (office_id, local_date, number)
) STRICT, WITHOUT ROWID;
