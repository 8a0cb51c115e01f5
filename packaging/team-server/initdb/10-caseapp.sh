#!/bin/sh
# Runs once, when the data volume is new: caseapp's role and database (the same SQL as the
# guide in caseapp's README), then the role's password from its secret file.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$CASEAPP_ROLE" -v database="$CASEAPP_DATABASE" \
    -f /etc/caseapp/create-database.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$CASEAPP_ROLE" -v password="$(cat "$CASEAPP_PASSWORD_FILE")" <<'SQL'
ALTER ROLE :"role" PASSWORD :'password';
SQL
