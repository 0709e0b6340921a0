-- user names and addresses are found ignoring case on every signed-in request: a lower-case
-- copy of each, indexed, instead of lower() over the whole table
ALTER TABLE plenum_account ADD COLUMN username_key VARCHAR(64);
UPDATE plenum_account SET username_key = LOWER(username);
ALTER TABLE plenum_account ALTER COLUMN username_key SET NOT NULL;
CREATE UNIQUE INDEX uq_account_username_key ON plenum_account (username_key);
ALTER TABLE plenum_account ADD COLUMN email_key VARCHAR(320);
UPDATE plenum_account SET email_key = LOWER(email);
CREATE INDEX ix_account_email_key ON plenum_account (email_key);
