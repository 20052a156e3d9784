#!/usr/bin/env bash
# `npm run test:db -- [URL] [vitest options]`: the database suite (test/database.ts) on a database
# server. With no URL (or `postgres`), on a throw-away PostgreSQL cluster the run starts and
# removes; with postgres://USER:PASSWORD@HOST:PORT/DB, on that server (USER must be allowed to
# create databases; the run's databases are dropped at its end).
set -euo pipefail
cd "$(dirname "$0")/.."
url="postgres"
if [ $# -gt 0 ] && { [ "$1" = postgres ] || [[ "$1" == *://* ]]; }; then
  url="$1"
  shift
fi
TEST_DATABASE_URL="$url" exec vitest run "$@"
