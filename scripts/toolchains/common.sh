#!/usr/bin/env bash
# Shared helpers for the toolchain scripts (kotlin.sh, swift.sh).
#
# Sourced, never run. Everything the toolchains download lives under one cache
# directory so CI can cache it and a developer can wipe it in one command.
#
# Environment:
#   HAGUKUMI_CACHE  where toolchains are unpacked (default /var/cache/hagukumi).

# Guard: sourcing twice (kotlin.sh and swift.sh in one script) must not redo work.
if [[ -n "${HAGUKUMI_COMMON_SH:-}" ]]; then
    return 0
fi
HAGUKUMI_COMMON_SH=1

set -euo pipefail

HAGUKUMI_CACHE="${HAGUKUMI_CACHE:-/var/cache/hagukumi}"
export HAGUKUMI_CACHE

# Logs go to stderr so that functions whose stdout is captured stay clean.
log() {
    printf '[toolchains] %s\n' "$*" >&2
}

die() {
    printf '[toolchains] ERROR: %s\n' "$*" >&2
    exit 1
}

need_root() {
    # apt-get, debootstrap, chroot and mount all need root; say so up front
    # instead of failing halfway with a permission error.
    [[ "$(id -u)" -eq 0 ]] || die "$1 needs root (run as root or via sudo)"
}

need_cmd() {
    command -v "$1" >/dev/null 2>&1 || die "required command '$1' not found${2:+ ($2)}"
}

# apt-get update is slow (~5-10 s) and only needed once per run, and only if
# something is actually missing: a warm machine should not touch the network.
HAGUKUMI_APT_UPDATED="${HAGUKUMI_APT_UPDATED:-}"
apt_update_once() {
    if [[ -z "$HAGUKUMI_APT_UPDATED" ]]; then
        log "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 \
            || die "apt-get update failed"
        HAGUKUMI_APT_UPDATED=1
        export HAGUKUMI_APT_UPDATED
    fi
}

# apt_install PKG...: install only the packages that are not installed yet.
apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    need_root "installing ${missing[*]}"
    apt_update_once
    log "apt-get install ${missing[*]}"
    # dpkg's chatter goes to a log that is shown only when something fails.
    local aptlog
    aptlog="$(mktemp)"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >"$aptlog" 2>&1; then
        cat "$aptlog" >&2
        rm -f "$aptlog"
        die "apt-get install ${missing[*]} failed"
    fi
    rm -f "$aptlog"
}

# require_file PATH WHAT: fail with a readable message if an expected file is absent.
require_file() {
    [[ -f "$1" ]] || die "$2 not found at $1"
}
