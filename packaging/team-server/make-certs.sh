#!/bin/sh
# A small certificate authority of the team's own, and a server certificate signed by it for
# HOST (a name or an IP address), in certs/ beside this script (or in DIR).
# caseapp checks the server against ca.crt (sslmode=verify-full): copy ca.crt to every computer
# that runs caseapp; ca.key never leaves the administrator.
# Usage: ./make-certs.sh HOST [DIR]
set -eu
host=${1:?usage: make-certs.sh HOST [DIR]}
dir=${2:-$(dirname "$0")/certs}
mkdir -p "$dir"
cd "$dir"
umask 077
case "$host" in
    *[!0-9.]*) san="DNS:$host" ;;
    *) san="IP:$host" ;;
esac
openssl req -x509 -new -nodes -newkey rsa:3072 -sha256 -days 3650 \
    -subj "/CN=caseapp team server CA" -keyout ca.key -out ca.crt 2>/dev/null
openssl req -new -nodes -newkey rsa:3072 -subj "/CN=$host" \
    -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$san" \
    > server.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
    -sha256 -extfile server.ext -out server.crt 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 0644 ca.crt server.crt
echo "Made $dir/server.crt for $host, signed by $dir/ca.crt."
