#!/usr/bin/env bash
# Runs a psql check script against a fresh, migrated database in a throwaway private cluster.
# Usage: run_sql_checks.sh /path/to/opsdeskd checks.sql
set -euo pipefail
opsdeskd=$1
script=$2
dir=$(mktemp -d)
chmod 755 "$dir"
cleanup() { "$opsdeskd" cluster destroy --data-dir "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
url=$("$opsdeskd" cluster start --fast --data-dir "$dir" | sed -n 's/^OPSDESK_DATABASE_URL=//p')
[ -n "$url" ] || { echo "could not start a test cluster" >&2; exit 1; }
OPSDESK_DATABASE_URL=$url OPSDESK_LOG_LEVEL=warn "$opsdeskd" migrate
psql -X -q -v ON_ERROR_STOP=1 -d "$url" -f "$script"
