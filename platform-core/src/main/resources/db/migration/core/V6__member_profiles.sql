-- member profiles: a public address (never the log-in name), an avatar kept in the data
-- folder, and what the member chooses to show to other members
ALTER TABLE plenum_account ADD COLUMN slug VARCHAR(120);
ALTER TABLE plenum_account ADD COLUMN avatar VARCHAR(64);
ALTER TABLE plenum_account ADD COLUMN show_bio BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE plenum_account ADD COLUMN show_chapters BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE plenum_account ADD COLUMN show_email BOOLEAN DEFAULT FALSE NOT NULL;
CREATE UNIQUE INDEX uq_account_slug ON plenum_account (slug);
