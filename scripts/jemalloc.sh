# shellcheck shell=bash
# Sourced by scripts/run.sh (and media-tools/test/jemalloc.test.ts). sharp lets libvips use every
# core only when the process runs on jemalloc: with glibc's malloc it keeps one thread per image
# operation (sharp.concurrency() 1) against memory fragmentation. Debian's libjemalloc2, when
# installed, is preloaded into the commands that make web versions of photos.

jemalloc_library() {
  local lib
  for lib in /usr/lib/*-linux-gnu/libjemalloc.so.2 /usr/lib64/libjemalloc.so.2 /usr/lib/libjemalloc.so.2; do
    [ -e "$lib" ] && echo "$lib" && return 0
  done
  return 1
}

# Only glibc Linux needs it: on musl and macOS sharp already uses every core.
needs_jemalloc() {
  [ "$(uname -s)" = Linux ] && getconf GNU_LIBC_VERSION >/dev/null 2>&1
}

preload_jemalloc() {
  needs_jemalloc || return 0
  case "${LD_PRELOAD:-}" in *jemalloc*) return 0 ;; esac
  local lib
  if lib="$(jemalloc_library)"; then
    export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}"
  else
    say "libjemalloc2 is not installed: photos are processed with one thread per image operation. Install it ('sudo apt-get install libjemalloc2') to use every core. / Chưa cài libjemalloc2: ảnh được xử lý trên một luồng; cài nó để dùng mọi nhân CPU."
  fi
}

# Installs Debian's libjemalloc2 when it can without asking (root or passwordless sudo); otherwise
# preload_jemalloc says how and everything runs as before, on one thread per image operation.
ensure_jemalloc() {
  needs_jemalloc || return 0
  jemalloc_library >/dev/null && return 0
  command -v apt-get >/dev/null 2>&1 || return 0
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || return 0
    sudo_cmd="sudo -n"
  fi
  say "Installing libjemalloc2 from Debian, so that photos are processed on every core"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libjemalloc2 >&2 ||
    { DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libjemalloc2 >&2; } ||
    say "Could not install libjemalloc2; going on without it."
}
