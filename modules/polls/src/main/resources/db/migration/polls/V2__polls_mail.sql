-- optional mail to the eligible members: at the opening, and a day before the close to those
-- who have not voted; each flag is claimed by one conditional update, so one instance sends
ALTER TABLE polls_poll ADD COLUMN notify BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE polls_poll ADD COLUMN opening_mailed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE polls_poll ADD COLUMN reminder_mailed BOOLEAN DEFAULT FALSE NOT NULL;
