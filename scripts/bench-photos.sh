#!/usr/bin/env bash
# Photo import on a 12-megapixel JPEG, side by side with libvips' vipsthumbnail
# (issue 6): prints our thumbnail-path and whole-import times, the import's peak RSS,
# and vipsthumbnail's time and peak RSS for the same 320 px thumbnail.
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

exec cargo bench -p hagukumi-core --bench photos
