#!/usr/bin/env bash
# Checks that a change leaves the public output alone. For the seeded demo and for a generated
# 300-entry province, the base revision makes the database once; then the base and this checkout
# (its working tree) each export the snapshot from a copy of that same database, at the same path,
# and build the site from it. The two snapshots and the two sites must be byte-identical, save two
# fields: the manifest's `generatedAt` (the time of the export) and the CMS's own incremental
# state's `world` (a hash of the export's code, so that new code re-reads everything once).
#
# Then this checkout makes the two databases again with its own seed and generator and exports
# them, with random codes drawn from one fixed seed on both sides (scripts/fixed-random.mjs); those
# snapshots must match the base's, save the save times (`createdAt`, `updatedAt`…), which are the
# clock's.
#
#   bash scripts/same-output.sh [BASE]      BASE: a commit (default: main)
#   KEEP=1 bash scripts/same-output.sh      keeps the scratch folder to look at the differences
#
# Exit 0 when everything matches, 1 with the differing files listed otherwise. Where a site differs,
# scripts/same-output-pages.mjs says which pages still differ once inline <style> blocks and the
# content hashes of asset names are set aside (a CSS or browser-script change touches every page).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$(git -C "$here" rev-parse --verify "${1:-main}^{commit}")"
work="$(mktemp -d "${TMPDIR:-/tmp}/heritage-same-output.XXXXXX")"
keep="${KEEP:-0}"
cleanup() {
  git -C "$here" worktree remove --force "$work/base" >/dev/null 2>&1 || true
  if [ "$keep" = 1 ]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
say() { printf '\033[1m[same-output]\033[0m %s\n' "$*" >&2; }

export SITE_URL=https://disan.example.vn PAYLOAD_SECRET=same-output-only SITE_AUTOBUILD=0 \
  SEED_QUIET_ACCOUNTS=1 DATABASE_URL= ASTRO_TELEMETRY_DISABLED=1
fixed="--no-deprecation --import=$here/scripts/fixed-random.mjs"

# make CHECKOUT DATASET DIR: the dataset's database (and its uploads) in DIR.
make_db() {
  local checkout="$1" dataset="$2" dir="$3"
  mkdir -p "$dir"
  (
    cd "$checkout"
    export DATA_DIR="$dir" NODE_OPTIONS="$fixed"
    if [ "$dataset" = demo ]; then bash scripts/run.sh seed
    else bash scripts/run.sh migrate && bash scripts/run.sh generate --entries 300 --seed 1; fi
  ) >"$dir.log" 2>&1 || { say "failed: $dir.log"; tail -20 "$dir.log" >&2; keep=1; exit 2; }
}
# publish CHECKOUT DIR: export the snapshot of DIR's database and build the site from it.
publish() {
  local checkout="$1" dir="$2"
  (
    cd "$checkout"
    export DATA_DIR="$dir" SNAPSHOT_DIR="$dir/snapshot" NODE_OPTIONS=--no-deprecation
    bash scripts/run.sh export
    bash scripts/run.sh site:publish --snapshot "$dir/snapshot" --root "$dir/root" --site-url "$SITE_URL"
  ) >"$dir.log" 2>&1 || { say "failed: $dir.log"; tail -20 "$dir.log" >&2; keep=1; exit 2; }
}
# compare LABEL A B [SED]: file trees A and B, each file through SED (a sed script) first.
status=0
compare() {
  local label="$1" a="$2" b="$3" filter="${4:-}" differ=() file
  while IFS= read -r file; do
    if [ ! -f "$b/$file" ]; then differ+=("only before: $file"); continue; fi
    if [ -n "$filter" ]; then
      cmp -s <(sed -E "$filter" "$a/$file") <(sed -E "$filter" "$b/$file") || differ+=("$file")
    else cmp -s "$a/$file" "$b/$file" || differ+=("$file"); fi
  done < <(cd "$a" && find . -type f | sort)
  while IFS= read -r file; do [ -f "$a/$file" ] || differ+=("only after: $file"); done < <(cd "$b" && find . -type f | sort)
  local count; count="$(cd "$a" && find . -type f | wc -l)"
  if [ "${#differ[@]}" = 0 ]; then say "$label: identical ($count files)"; else
    status=1
    say "$label: DIFFERENT (${#differ[@]} of $count files)"
    printf '  %s\n' "${differ[@]:0:30}" >&2
    return 1
  fi
}

say "base $(git -C "$here" rev-parse --short "$base") in a temporary worktree; this checkout: $(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet HEAD || echo ' + uncommitted changes')"
git -C "$here" worktree add -q --detach "$work/base" "$base"
(cd "$work/base" && source scripts/toolchain.sh >/dev/null 2>&1)
generated='s/"generatedAt": ?"[^"]*"//; s/"world": ?"[0-9a-f]*"//'
times='s/"(createdAt|updatedAt|publishedAt|generatedAt|savedAt)": ?"[^"]*"//g; s/"contentHash": ?"[^"]*"//; s/"hash": ?"[0-9a-f]{64}"//g'
for dataset in demo province; do
  say "$dataset: the database, made by the base and by this checkout"
  make_db "$work/base" "$dataset" "$work/db-base/$dataset"
  make_db "$here" "$dataset" "$work/db-head/$dataset"
  for side in before after; do
    checkout="$work/base"
    [ "$side" = after ] && checkout="$here"
    say "$dataset: export and site build, $side"
    rm -rf "$work/run" && cp -a "$work/db-base/$dataset" "$work/run"
    publish "$checkout" "$work/run"
    mkdir -p "$work/$side/$dataset"
    mv "$work/run/snapshot" "$work/$side/$dataset/snapshot"
    cp -a "$(readlink -f "$work/run/root/current")" "$work/$side/$dataset/site"
  done
  compare "$dataset snapshot (one database)" "$work/before/$dataset/snapshot" "$work/after/$dataset/snapshot" "$generated" || true
  compare "$dataset site (one database)" "$work/before/$dataset/site" "$work/after/$dataset/site" ||
    { say "$dataset site: what the differences are"; node "$here/scripts/same-output-pages.mjs" "$work/before/$dataset/site" "$work/after/$dataset/site" >&2; }
  say "$dataset: export of this checkout's own database"
  rm -rf "$work/run" && cp -a "$work/db-head/$dataset" "$work/run"
  publish "$here" "$work/run"
  compare "$dataset snapshot (own seed, save times aside)" "$work/before/$dataset/snapshot/entries" \
    "$work/run/snapshot/entries" "$times" || true
done
[ "$status" = 0 ] || keep=1
exit "$status"
