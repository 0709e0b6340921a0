-- an administrator's change to the roles a permission goes to; absent rows keep the default
-- that the module declared
CREATE TABLE plenum_role_permission (
  role VARCHAR(64) NOT NULL,
  permission VARCHAR(128) NOT NULL,
  granted BOOLEAN NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  changed_by VARCHAR(64),
  PRIMARY KEY (role, permission)
);
