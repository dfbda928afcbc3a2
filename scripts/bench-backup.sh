#!/usr/bin/env bash
# Backup of a handbook with 100 and 1,000 photos (issue: "time and peak memory; goal:
# memory does not grow with the number of photos"), through the release CLI:
#
#   bash scripts/bench-backup.sh
#
# Prepares two handbooks (one child, N diary entries each showing one distinct photo,
# imported through the real photo path: core/examples/bench_backup_prepare.rs) under
# target/bench-backup/, kept for the next run (delete the folder to prepare again), then
# measures under /usr/bin/time -v: `backup create --key` for 100 and 1,000 photos, one
# `backup create` with a passphrase (Argon2id, 64 MiB: the KDF's share of the memory),
# and `backup restore` of the 1,000 into an empty folder. Prints wall time, peak RSS,
# bytes and MB/s, and fails if the peak RSS at 1,000 photos is over 1.5× that at 100.
#
# Needs /usr/bin/time (Debian: time); installs it with apt-get when run as root.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

if [[ ! -x /usr/bin/time ]]; then
    # shellcheck source=toolchains/common.sh
    source scripts/toolchains/common.sh
    apt_install time
fi

TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
# One cargo invocation for both: built apart, the example's dev-dependencies change
# the features of shared dependencies and each build undoes the other's.
# BENCH_BACKUP_NO_BUILD=1 measures the binaries already built.
if [[ -z "${BENCH_BACKUP_NO_BUILD:-}" ]]; then
    echo "[bench-backup] cargo build --release (hagukumi, bench_backup_prepare)" >&2
    cargo build -q --release -p hagukumi-cli --bin hagukumi \
        -p hagukumi-core --example bench_backup_prepare
fi
BIN="$TARGET/release/hagukumi"
PREPARE="$TARGET/release/examples/bench_backup_prepare"

OUT="$TARGET/bench-backup"
mkdir -p "$OUT"
for n in 100 1000; do
    dir="$OUT/hb-$n"
    if [[ -f "$dir/prepared.txt" ]]; then
        echo "[bench-backup] reusing $dir: $(cat "$dir/prepared.txt")" >&2
        continue
    fi
    echo "[bench-backup] preparing $dir ($n photos)" >&2
    rm -rf "$dir"
    "$PREPARE" "$dir" "$n" >"$OUT/prepare-$n.log"
    cat "$OUT/prepare-$n.log" >&2
    mv "$OUT/prepare-$n.log" "$dir/prepared.txt"
done

# A share key, kept with the handbooks.
[[ -f "$OUT/bench.key" ]] || "$PREPARE" --key >"$OUT/bench.key"
KEY="$(cat "$OUT/bench.key")"
ROWS=()

# measure LABEL BYTES_FILE CMD...: run CMD under /usr/bin/time -v, add a table row;
# the peak RSS (KiB) is left in LAST_RSS.
measure() {
    local label="$1" bytes_file="$2"
    shift 2
    local log="$OUT/time.log"
    /usr/bin/time -v -o "$log" "$@" >/dev/null || {
        echo "[bench-backup] FAIL: $label" >&2
        exit 1
    }
    local wall rss bytes
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")"
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")"
    bytes="$(stat -c %s "$bytes_file")"
    ROWS+=("$(awk -v l="$label" -v w="$wall" -v r="$rss" -v b="$bytes" \
        'BEGIN { printf "%-34s %8.2f s %8.1f MiB %9.1f MB %8.1f MB/s", l, w, r / 1024, b / 1e6, (w > 0 ? b / 1e6 / w : 0) }')")
    echo "[bench-backup] ${ROWS[-1]}" >&2
    LAST_RSS="$rss"
}

# Let the kernel's page cache hold the photos for every run alike: one untimed pass.
cat "$OUT"/hb-*/photos/*/* >/dev/null 2>&1 || true

rm -f "$OUT"/backup-*.hgk
measure "backup create --key, 100 photos" "$OUT/backup-100.hgk" \
    "$BIN" --data-dir "$OUT/hb-100" backup create --out "$OUT/backup-100.hgk" --key "$KEY"
rss_100="$LAST_RSS"
measure "backup create --key, 1,000 photos" "$OUT/backup-1000.hgk" \
    "$BIN" --data-dir "$OUT/hb-1000" backup create --out "$OUT/backup-1000.hgk" --key "$KEY"
rss_1000="$LAST_RSS"
measure "backup create passphrase, 1,000" "$OUT/backup-1000-pass.hgk" \
    env HAGUKUMI_PASSPHRASE="bench backup passphrase" \
    "$BIN" --data-dir "$OUT/hb-1000" backup create --out "$OUT/backup-1000-pass.hgk"
rm -rf "$OUT/restored"
measure "backup restore --key, 1,000 photos" "$OUT/backup-1000.hgk" \
    "$BIN" --data-dir "$OUT/restored" backup restore "$OUT/backup-1000.hgk" --key "$KEY"
restored="$(find "$OUT/restored/photos" -type f | wc -l)"
rm -rf "$OUT/restored"

echo
echo "Backup benchmark (release CLI; MB = 10^6 bytes, MiB = 2^20; peak RSS from /usr/bin/time -v)"
printf '%-34s %10s %11s %12s %13s\n' "run" "wall" "peak RSS" "bytes" "throughput"
printf '%s\n' "${ROWS[@]}"
echo "restore wrote $restored photo files"
awk -v a="$rss_100" -v b="$rss_1000" 'BEGIN {
    printf "peak RSS 1,000 photos / 100 photos: %.2f (goal: memory does not grow with the photos)\n", b / a
    exit (b > 1.5 * a) }' || {
    echo "[bench-backup] FAIL: peak RSS grows with the number of photos" >&2
    exit 1
}
