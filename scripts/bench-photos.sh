#!/usr/bin/env bash
# Photo import on a 12-megapixel JPEG, side by side with libvips' vipsthumbnail
# (issue 6): prints our thumbnail-path and whole-import times, the import's peak RSS,
# and vipsthumbnail's time and peak RSS for the same 320 px thumbnail.
#
# Then the worst cases (issue 14): the largest image of each kind the import accepts
# (written by the ignored test `write_worst_case_photos`) and a PNG whose iCCP colour
# profile inflates to 1 GiB, each imported by the release CLI under /usr/bin/time -v;
# prints the peak RSS of each import and how it ended.
#
# Needs vipsthumbnail (Debian: libvips-tools) and /usr/bin/time (Debian: time) for
# the comparison; installs them with apt-get when run as root (CI, dev machines),
# otherwise says what to install and runs without the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v vipsthumbnail >/dev/null 2>&1 || missing+=(libvips-tools)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing ${missing[*]}" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "note: install ${missing[*]} (apt-get install ${missing[*]}) for the vipsthumbnail comparison" >&2
    fi
fi

cargo bench -p hagukumi-core --bench photos

if [ ! -x /usr/bin/time ] || ! command -v python3 >/dev/null 2>&1; then
    echo "note: the worst cases need /usr/bin/time and python3" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
HAGUKUMI_WORST_CASE_DIR="$work/in" cargo test --release -q -p hagukumi-core \
    write_worst_case_photos -- --ignored >/dev/null
# A valid 4x4 PNG whose iCCP chunk (about 1 MB) inflates to 1 GiB of zeros.
python3 - "$work/in/png-iccp-bomb-1gib.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
z = zlib.compressobj(9)
block = bytes(1 << 20)
profile = b"".join(z.compress(block) for _ in range(1024)) + z.flush()
pixels = zlib.compress(b"".join(b"\0" + b"\x80" * 12 for _ in range(4)))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
       + chunk(b"iCCP", b"bomb\0\0" + profile) + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
PY
cargo build --release -q -p hagukumi-cli
bin="${CARGO_TARGET_DIR:-target}/release/hagukumi"
printf '%-32s %9s %12s  %s\n' file "file MB" "peak RSS MB" result
for f in "$work"/in/*; do
    rm -rf "$work/hb"
    set +e
    /usr/bin/time -v "$bin" --data-dir "$work/hb" photo import --json "$f" >"$work/out" 2>"$work/time"
    code=$?
    set -e
    rss=$(awk '/Maximum resident set size/ {print $6}' "$work/time")
    result=$(grep -o '"kind":"[a-z_]*"' "$work/out" || echo "imported (exit $code)")
    awk -v name="$(basename "$f")" -v size="$(stat -c %s "$f")" -v kib="$rss" -v result="$result" \
        'BEGIN { printf "%-32s %9.1f %12.0f  %s\n", name, size / 1e6, kib * 1024 / 1e6, result }'
done
