# shellcheck shell=bash
# Sourced by scripts/run.sh. Makes sure this shell has the pinned Node (from .nvmrc), the pinned
# pnpm (from package.json "packageManager") and installed dependencies. Everything it fetches comes
# from the npm registry and lands in .tools/ inside the checkout, so nothing global is touched.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node_want="$(tr -d ' \n' <"$root/.nvmrc")"
pnpm_want="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$root/package.json")"

say() { printf '\033[1m[heritage]\033[0m %s\n' "$*" >&2; }

node_pkg() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) say "Unsupported OS $(uname -s): install Node $node_want yourself and re-run."; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) say "Unsupported CPU $(uname -m): install Node $node_want yourself and re-run."; return 1 ;;
  esac
  echo "node-$os-$arch"
}

ensure_node() {
  if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" = "${node_want%%.*}" ]; then
    return 0
  fi
  local pkg bin
  pkg="$(node_pkg)" || return 1
  bin="$tools/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$node_want" ]; then
    command -v npm >/dev/null 2>&1 || { say "npm is needed once to fetch Node $node_want; install Node.js (any version) first."; return 1; }
    say "System Node is $(node --version 2>/dev/null || echo missing); fetching Node $node_want from the npm registry into .tools/"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "$pkg@$node_want" "pnpm@$pnpm_want" >&2 || return 1
  fi
  export PATH="$bin:$tools/node_modules/.bin:$PATH"
  # Native addons must build against the Node that runs them, not the system one.
  export npm_config_nodedir="$tools/node_modules/$pkg"
}

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$pnpm_want" ]; then
    return 0
  fi
  if [ ! -x "$tools/node_modules/.bin/pnpm" ] || [ "$("$tools/node_modules/.bin/pnpm" --version)" != "$pnpm_want" ]; then
    say "Fetching pnpm $pnpm_want from the npm registry into .tools/"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "$(node_pkg)@$node_want" "pnpm@$pnpm_want" >&2 || return 1
  fi
  export PATH="$tools/node_modules/.bin:$PATH"
}

ensure_deps() {
  local stamp="$root/node_modules/.heritage-install-stamp" want
  want="$(cat "$root/pnpm-lock.yaml" "$root/.nvmrc" 2>/dev/null | cksum)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  say "Installing dependencies (pnpm install --frozen-lockfile)"
  (cd "$root" && pnpm install --frozen-lockfile --reporter=append-only >&2) || return 1
  echo "$want" >"$stamp"
}

ensure_node && ensure_pnpm && ensure_deps
