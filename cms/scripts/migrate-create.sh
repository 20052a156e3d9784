#!/usr/bin/env bash
# `pnpm migrate:create <name>`: a new migration from the collections for each SQL database the CMS
# runs on: SQLite (src/migrations) and PostgreSQL (src/migrations-postgres, made against a
# throw-away PostgreSQL server started for the purpose, test/postgresCluster.ts). Each adapter
# compares the collections with its own last migration's snapshot. Formatted by Biome (Payload
# writes type imports as value imports, which Vitest cannot load).
set -euo pipefail
cd "$(dirname "$0")/.."
PAYLOAD_MIGRATE=1 NODE_OPTIONS=--no-deprecation payload migrate:create "$@"
PAYLOAD_MIGRATE=1 NODE_OPTIONS=--no-deprecation node test/postgresCluster.ts -- node_modules/.bin/payload migrate:create "$@"
biome check --write src/migrations src/migrations-postgres
