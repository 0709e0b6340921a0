-- when each ballot was first cast, for the turnout over time (a change of answers keeps it)
ALTER TABLE polls_ballot ADD COLUMN cast_at TIMESTAMP;
UPDATE polls_ballot SET cast_at = updated_at;
ALTER TABLE polls_ballot ALTER COLUMN cast_at SET NOT NULL;
