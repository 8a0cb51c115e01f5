#!/bin/sh
# Put the TLS key where PostgreSQL accepts it (owned by postgres, readable by it alone), then
# start as the image always does.
set -eu
install -d -o postgres -g postgres -m 0700 /var/lib/postgresql/tls
install -o postgres -g postgres -m 0644 /certs/server.crt /var/lib/postgresql/tls/server.crt
install -o postgres -g postgres -m 0600 /certs/server.key /var/lib/postgresql/tls/server.key
exec docker-entrypoint.sh "$@"
