#!/usr/bin/env bash
# `pnpm migrate:create <name>`: a new SQLite migration from the collections, formatted by Biome
# (Payload writes type imports as value imports, which Vitest cannot load).
set -euo pipefail
cd "$(dirname "$0")/.."
PAYLOAD_MIGRATE=1 NODE_OPTIONS=--no-deprecation payload migrate:create "$@"
biome check --write src/migrations
