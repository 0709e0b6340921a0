-- a project's texts in another of the site's languages: title, summary and description; the team,
-- plan, updates and discussion stay the project's own
CREATE TABLE projects_translation (
  project_id BIGINT NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
  language VARCHAR(16) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(300) NOT NULL,
  description_source VARCHAR(20000),
  description_html VARCHAR(200000),
  translated_by VARCHAR(64),
  translated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (project_id, language)
);
CREATE INDEX projects_translation_language ON projects_translation (language);
