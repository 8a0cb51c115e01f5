-- One caseapp instance's database on a PostgreSQL server, and the login role caseapp uses.
-- Run once by the server's administrator (the README's "The team server" guide):
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -v role=caseapp -v database=caseapp \
--        < create-database.sql
-- then give the role its password:  sudo -u postgres psql -c '\password caseapp'
-- The role is no superuser: it may log in, and owns its own database and nothing else.

CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"database" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
-- Only the role (and the administrator) may connect to it.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;

\connect :"database"
-- caseapp makes its tables in the public schema: the role owns it, other roles may not use it.
ALTER SCHEMA public OWNER TO :"role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
