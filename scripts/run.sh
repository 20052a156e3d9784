#!/usr/bin/env bash
# Entry point behind `npm start` and `npm test` (README). Works from a fresh clone on a machine that
# only has an older Node and npm: it fetches the pinned toolchain first, then hands over to pnpm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Relative paths given to a command are relative to where it was typed (npm run sets INIT_CWD),
# folder settings included: the tools themselves run in cms/ or site/.
export INIT_CWD="${INIT_CWD:-$PWD}"
for setting in DATA_DIR SNAPSHOT_DIR SITE_ROOT SITE_DIR; do
  value="${!setting:-}"
  if [ -n "$value" ] && [ "${value#/}" = "$value" ]; then export "$setting=$INIT_CWD/$value"; fi
done
# shellcheck source=scripts/toolchain.sh
source "$here/toolchain.sh"
# shellcheck source=scripts/jemalloc.sh
source "$here/jemalloc.sh"
cd "$here/.."
root="$PWD"

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here); the
# PDF tests render pages with poppler's pdftoppm.
ensure_test_tools() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  local missing="" tool
  for tool in pdftoppm nginx caddy fc-list; do PATH="$PATH:/usr/sbin:/sbin" command -v "$tool" >/dev/null 2>&1 || missing=1; done
  # The database suite's throw-away PostgreSQL server (cms/test/postgresCluster.ts) needs initdb.
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || [ -x "${POSTGRES_BIN:-}/initdb" ] || missing=1
  # jemalloc: media-tools/test/jemalloc.test.ts checks that the product's commands preload it.
  jemalloc_library >/dev/null || missing=1
  [ -x "$chromium" ] && [ -z "$missing" ] && fc-list :lang=zh | grep -q . && return 0
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; else
      say "The tests need Chromium, poppler, nginx, Caddy, PostgreSQL, jemalloc and a CJK font: install them with 'sudo apt-get install chromium poppler-utils nginx-light caddy postgresql libjemalloc2 fonts-wqy-microhei'."
      return 1
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || { say "Install Chromium (set CHROMIUM_PATH) and poppler's pdftoppm."; return 1; }
  # nginx and Caddy serve a build with the language rules written for them (site/test/language-rules);
  # the CJK font lets Chromium draw the Korean, Chinese and Japanese pages the e2e tests look at.
  # PostgreSQL: the CMS's database suite also runs on a throw-away cluster of Debian's server.
  say "Installing Chromium, poppler-utils, nginx, Caddy, PostgreSQL, jemalloc and a CJK font from Debian for the tests"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-noto-core fonts-wqy-microhei \
    poppler-utils nginx-light caddy postgresql libjemalloc2 >&2
}

# One-shot CMS commands run their script directly (not through pnpm, whose own error lines would
# bury the command's one-line message), against the committed migrations (cms/src/db.ts).
cms_script() {
  local script="$1"
  shift
  cd "$root/cms"
  NODE_OPTIONS="--no-deprecation ${NODE_OPTIONS:-}" exec "$root/cms/node_modules/.bin/payload" run "$script" -- "$@"
}
# Tools that take file paths run where the command was typed.
from_cwd() {
  cd "$INIT_CWD"
  exec "$@"
}

task="${1:-}"
shift || true
# The commands that make web versions of photos (uploads, publishing, the generator, the
# benchmarks) run on jemalloc when it is installed, so that libvips uses every core (jemalloc.sh).
case "$task" in
  start | serve | dev | generate | seed | publish-site | site:publish | media-tools | bench | bench:images)
    [ "$task" = start ] && ensure_jemalloc
    preload_jemalloc
    ;;
esac
case "$task" in
  start) exec pnpm run --silent product:start "$@" ;;
  test)
    ensure_test_tools
    exec pnpm run --silent test:all "$@"
    ;;
  # The CMS's database suite on a PostgreSQL server (a URL), or on a throw-away cluster (none).
  test:db) cd "$root/cms" && exec pnpm run --silent test:db "$@" ;;
  bench)
    # The search benchmark measures in Chromium, like the browser tests.
    ensure_test_tools
    exec node bench/run.ts "$@"
    ;;
  bench:images) from_cwd node "$root/bench/images.ts" "$@" ;;
  bench:login) exec node bench/login-timing.ts "$@" ;;
  import) cms_script src/import/run.ts "$@" ;;
  translations) cms_script src/translate/run.ts "$@" ;;
  export) cms_script src/snapshot/run.ts "$@" ;;
  backup) cms_script src/backup/run.ts backup "$@" ;;
  restore) cms_script src/backup/run.ts restore "$@" ;;
  publish-site) cms_script src/publish/run.ts "$@" ;;
  generate) cms_script src/generate/command.ts "$@" ;;
  seed) cms_script src/seed/run.ts "$@" ;;
  migrate)
    cd "$root/cms"
    NODE_OPTIONS="--no-deprecation ${NODE_OPTIONS:-}" exec node_modules/.bin/payload migrate "$@"
    ;;
  migrate:create) cd "$root/cms" && exec pnpm run --silent migrate:create "$@" ;;
  # The admin's production build, skipped when its sources have not changed since the last one.
  build) cd "$root/cms" && exec node scripts/build.mjs "$@" ;;
  generate:types | generate:importmap | dev) cd "$root/cms" && exec pnpm run --silent "$task" "$@" ;;
  serve) cd "$root/cms" && exec node scripts/serve.mjs "$@" ;;
  media-tools) from_cwd node "$root/media-tools/bin/media-tools.mjs" "$@" ;;
  site:publish) from_cwd node "$root/site/tools/publish.ts" "$@" ;;
  site:serve) from_cwd node "$root/site/tools/serve.ts" "$@" ;;
  site:bucket) from_cwd node "$root/site/tools/bucket.ts" "$@" ;;
  budgets) from_cwd node "$root/site/tools/budgets.ts" "$@" ;;
  lighthouse) from_cwd node "$root/site/tools/lighthouse.ts" "$@" ;;
  lint) exec "$root/node_modules/.bin/biome" check . "$@" ;;
  format) exec "$root/node_modules/.bin/biome" check --write . "$@" ;;
  typecheck) exec pnpm -r --workspace-concurrency=1 run typecheck "$@" ;;
  "" | help | --help)
    say "Usage: npm start | npm test | npm run <command> -- [options]; the commands are listed in the README."
    ;;
  *)
    say "Unknown command '$task'. Lệnh không có: xem danh sách lệnh trong README (npm run <lệnh>)."
    exit 2
    ;;
esac
