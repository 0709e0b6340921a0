-- rendered Markdown is longer than what was written ("&" becomes "&amp;"), and a reply carries
-- the quote it was given: each text's columns hold ten times what may be written
ALTER TABLE projects_project ALTER COLUMN description_html SET DATA TYPE VARCHAR(200000);
ALTER TABLE projects_update ALTER COLUMN body_html SET DATA TYPE VARCHAR(200000);
ALTER TABLE projects_message ALTER COLUMN body_source SET DATA TYPE VARCHAR(11100);
ALTER TABLE projects_message ALTER COLUMN body_html SET DATA TYPE VARCHAR(111000);
