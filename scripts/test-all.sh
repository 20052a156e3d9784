#!/usr/bin/env bash
# `npm test` (after scripts/run.sh has the toolchain, the dependencies and the browser): lint,
# typecheck, then every package's tests, one suite after another, with the time of each step
# printed at the end. Arguments go to each package's test command.
#
# Four things are shared or run beside the suites, in this run only (nothing is kept for the next):
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
# - the CMS's database suite on PostgreSQL starts once the admin build has ended, at a lower CPU
#   priority (nice 10), beside the site's and the browser tests: they leave about half a core of
#   two idle for most of their time (sampled in CI: site 76 %, browser tests 71 % of both cores),
#   and the lower priority keeps what a browser waits for on time. Its output is shown after the
#   browser tests, before the CMS's own suite, which keeps both cores busy and so runs alone.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"

say() { printf '\033[1m[heritage]\033[0m %s\n' "$*" >&2; }

scratch="$(mktemp -d "${TMPDIR:-/tmp}/heritage-test-run-XXXXXX")"
build_pid=""
database_pid=""
# Keeps the run's exit code: a Node process still writing its compile cache as the run ends may
# leave the folder not quite empty, which is no test failure.
cleanup() {
  local code=$?
  if [ -n "$build_pid" ] && kill -0 "$build_pid" 2>/dev/null; then kill "$build_pid" 2>/dev/null || true; fi
  # The database suite runs in a session of its own: its vitest, workers and PostgreSQL go with it.
  if [ -n "$database_pid" ] && kill -0 "$database_pid" 2>/dev/null; then kill -- "-$database_pid" 2>/dev/null || true; fi
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

# The database suite on PostgreSQL in the background, once the admin build (pid $1) has ended; its
# output goes to a log, shown by wait_database_suite.
start_database_suite() {
  local after="$1"
  shift
  # setsid: a session (and process group) of its own, so that cleanup can stop all of it (this
  # script has no job control, so the job is no group leader and setsid keeps its process id).
  # PostgreSQL, which pg_ctl starts in a session of its own, is stopped by the suite on exit.
  # It writes the times it began and ended, for the summary.
  setsid bash -c 'while kill -0 "$0" 2>/dev/null; do sleep 2; done; times="$1"; shift; date +%s >"$times"
    code=0; nice -n 10 pnpm --filter @heritage/cms run --silent test:db "$@" || code=$?
    date +%s >>"$times"; exit "$code"' \
    "$after" "$scratch/database-suite.times" "$@" >"$scratch/database-suite.log" 2>&1 </dev/null &
  database_pid=$!
}
wait_database_suite() {
  local code=0
  wait "$database_pid" || code=$?
  database_pid=""
  cat "$scratch/database-suite.log" >&2
  local began ended
  { read -r began && read -r ended; } <"$scratch/database-suite.times" || true
  summary+="$(printf '  %-28s %5d s (beside the suites)' 'cms DB suite on PostgreSQL' $((${ended:-0} - ${began:-0})))"$'\n'
  if [ "$code" -ne 0 ]; then
    say "The CMS's database suite on PostgreSQL failed (exit code $code)."
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
start_database_suite "$build_pid" "$@"
suite @heritage/site "$@"
step "admin build (wait)" wait_admin_build
suite @heritage/test "$@"
step "cms DB suite (wait)" wait_database_suite
suite @heritage/cms "$@"
say "Times:"
printf '%s  %-28s %5d s\n' "$summary" total $((SECONDS - total_start)) >&2
