#!/usr/bin/env bash
# Start Debian's PostgreSQL on loopback for the tests and create their database; prints the URL to use.
# Used by .ci/run (which installs the `postgresql` package); safe to run again.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null 2>&1
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname='dossier'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE dossier LOGIN PASSWORD 'dossier'\""
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_database WHERE datname='dossier_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O dossier dossier_test"
echo "postgresql+psycopg://dossier:dossier@127.0.0.1:5432/dossier_test"
