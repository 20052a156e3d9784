#!/usr/bin/env bash
# `npm test` (after scripts/run.sh has the toolchain, the dependencies and the browser): lint,
# typecheck, then every package's tests, one suite after another, with the time of each step
# printed at the end. Arguments go to each package's test command.
#
# Two things run beside the suites, in this run only (nothing is kept for the next one):
# - the admin's production build (what the browser tests' `npm start` needs first) is made while
#   the site's tests run, which leave one of two cores mostly idle; the browser tests then find it
#   up to date. It starts after the typecheck, which reads the build's generated types.
# - Node keeps the compiled code of the modules it loads (NODE_COMPILE_CACHE) in a folder of this
#   run, so the hundred-odd Node processes the tests start (one per test file, every CLI command
#   the tests run) compile Payload, Next and Astro once, not each time.
# - media-tools shares its finished web versions and zoom tiles between data folders
#   (MEDIA_SHARED_FOLDERS, media-tools/src/images/folders.ts) from the site's suite on: about
#   eight of the suites' data folders are seeded with the demo, whose photos and inscription images
#   are then encoded once, not in each. media-tools' own suite, before it, encodes everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"

say() { printf '\033[1m[heritage]\033[0m %s\n' "$*" >&2; }

scratch="$(mktemp -d "${TMPDIR:-/tmp}/heritage-test-run-XXXXXX")"
build_pid=""
# Keeps the run's exit code: a Node process still writing its compile cache as the run ends may
# leave the folder not quite empty, which is no test failure.
cleanup() {
  local code=$?
  if [ -n "$build_pid" ] && kill -0 "$build_pid" 2>/dev/null; then kill "$build_pid" 2>/dev/null || true; fi
  rm -rf "$scratch" 2>/dev/null || rm -rf "$scratch" 2>/dev/null || true
  exit "$code"
}
trap cleanup EXIT
export NODE_COMPILE_CACHE="$scratch/node-compile-cache"

summary=""
step() {
  local name="$1" start=$SECONDS
  shift
  say "── $name"
  "$@"
  summary+="$(printf '  %-28s %5d s' "$name" $((SECONDS - start)))"$'\n'
}

suite() {
  local package="$1"
  shift
  step "$package" pnpm --filter "$package" run --silent test "$@"
}

# The admin build in the background; its output goes to a log, shown if it fails.
start_admin_build() {
  mkdir -p "$scratch/admin-build-data"
  (cd "$root/cms" && DATA_DIR="$scratch/admin-build-data" exec node scripts/build.mjs) >"$scratch/admin-build.log" 2>&1 &
  build_pid=$!
  build_start=$SECONDS
}
wait_admin_build() {
  local code=0
  wait "$build_pid" || code=$?
  build_pid=""
  summary+="$(printf '  %-28s %5d s (beside the suites)' 'admin build' $((SECONDS - build_start)))"$'\n'
  if [ "$code" -ne 0 ]; then
    tail -n 60 "$scratch/admin-build.log" >&2
    say "The admin build failed (exit code $code)."
    return 1
  fi
}

total_start=$SECONDS
step lint "$root/node_modules/.bin/biome" check .
# Two packages at a time: the CMS's check is the long one; the others fit beside it.
step typecheck pnpm -r --workspace-concurrency=2 run typecheck
suite @heritage/contract "$@"
suite @heritage/media-tools "$@"
export MEDIA_SHARED_FOLDERS="$scratch/media-shared"
start_admin_build
suite @heritage/site "$@"
step "admin build (wait)" wait_admin_build
suite @heritage/test "$@"
suite @heritage/cms "$@"
# The CMS's database suite (cms/test/database.ts) again, on a throw-away PostgreSQL server.
step "cms DB suite on PostgreSQL" pnpm --filter @heritage/cms run --silent test:db "$@"
say "Times:"
printf '%s  %-28s %5d s\n' "$summary" total $((SECONDS - total_start)) >&2
