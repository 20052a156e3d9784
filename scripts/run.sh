#!/usr/bin/env bash
# Entry point behind `npm start` and `npm test` (README). Works from a fresh clone on a machine that
# only has an older Node and npm: it fetches the pinned toolchain first, then hands over to pnpm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/toolchain.sh
source "$here/toolchain.sh"
cd "$here/.."

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$chromium" ] && return 0
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; else
      say "Chromium is needed for the browser tests: install it with 'sudo apt-get install chromium' (or set CHROMIUM_PATH)."
      return 1
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || { say "Install Chromium and set CHROMIUM_PATH to its binary."; return 1; }
  say "Installing Chromium from Debian for the browser tests"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-noto-core >&2
}

task="${1:-}"
shift || true
case "$task" in
  start) exec pnpm run --silent product:start "$@" ;;
  test)
    ensure_chromium
    exec pnpm run --silent test:all "$@"
    ;;
  *) exec pnpm "$task" "$@" ;;
esac
