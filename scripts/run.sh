#!/usr/bin/env bash
# Entry point behind `npm start` and `npm test` (README). Works from a fresh clone on a machine that
# only has an older Node and npm: it fetches the pinned toolchain first, then hands over to pnpm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/toolchain.sh
source "$here/toolchain.sh"
cd "$here/.."

task="${1:-}"
shift || true
case "$task" in
  start) exec pnpm run --silent product:start "$@" ;;
  test) exec pnpm run --silent test:all "$@" ;;
  *) exec pnpm "$task" "$@" ;;
esac
