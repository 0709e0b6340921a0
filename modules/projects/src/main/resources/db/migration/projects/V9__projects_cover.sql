-- a project's cover picture: the name of the file stored under media/project-covers
ALTER TABLE projects_project ADD COLUMN cover VARCHAR(100);
