-- Held numbers given stay (marked) until their day has passed: the highest
-- number held is where a desk that used all of them offline goes on from.
ALTER TABLE held_queue_numbers ADD COLUMN given INTEGER NOT NULL DEFAULT 0 CHECK (given IN (0, 1));
