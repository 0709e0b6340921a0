-- a project's tags: what lists filter on, what the search finds it by
CREATE TABLE projects_tag (
  project_id BIGINT NOT NULL REFERENCES projects_project (id) ON DELETE CASCADE,
  tag VARCHAR(50) NOT NULL,
  PRIMARY KEY (project_id, tag)
);
CREATE INDEX projects_tag_tag ON projects_tag (tag);
