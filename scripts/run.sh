#!/usr/bin/env bash
# Entry point behind `npm start` and `npm test` (README). Works from a fresh clone on a machine that
# only has an older Node and npm: it fetches the pinned toolchain first, then hands over to pnpm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/toolchain.sh
source "$here/toolchain.sh"
cd "$here/.."

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here); the
# PDF tests render pages with poppler's pdftoppm.
ensure_test_tools() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$chromium" ] && command -v pdftoppm >/dev/null 2>&1 && return 0
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; else
      say "The tests need Chromium and poppler: install them with 'sudo apt-get install chromium poppler-utils'."
      return 1
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || { say "Install Chromium (set CHROMIUM_PATH) and poppler's pdftoppm."; return 1; }
  say "Installing Chromium and poppler-utils from Debian for the tests"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-noto-core poppler-utils >&2
}

task="${1:-}"
shift || true
case "$task" in
  start) exec pnpm run --silent product:start "$@" ;;
  test)
    ensure_test_tools
    exec pnpm run --silent test:all "$@"
    ;;
  bench)
    # The search benchmark measures in Chromium, like the browser tests.
    ensure_test_tools
    exec pnpm run --silent bench:suite "$@"
    ;;
  *) exec pnpm "$task" "$@" ;;
esac
