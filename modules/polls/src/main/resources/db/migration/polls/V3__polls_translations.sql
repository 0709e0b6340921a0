-- a poll's texts in another language: its title, description, questions and options (by id,
-- as JSON); the ballots and the tally stay the poll's own, whatever language they were read in
CREATE TABLE polls_translation (
  poll_id BIGINT NOT NULL REFERENCES polls_poll (id) ON DELETE CASCADE,
  language VARCHAR(16) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description_source VARCHAR(20000),
  description_html VARCHAR(40000),
  texts VARCHAR(100000) NOT NULL,
  translated_by VARCHAR(64),
  translated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (poll_id, language)
);
