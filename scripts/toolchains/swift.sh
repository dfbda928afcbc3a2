#!/usr/bin/env bash
# Swift 6 toolchain for testing the generated uniffi Swift bindings on Linux.
#
# Usage:
#   source scripts/toolchains/swift.sh    # install if needed, define swift_chroot_run
#   scripts/toolchains/swift.sh           # only install (prints `swift --version`)
#
#   swift_chroot_run <host-dir> <command...>
#       Runs <command> inside the chroot, in <host-dir>, which is bind-mounted at
#       the same path inside (so paths in build logs and .build/ are the same
#       inside and outside). Environment inside is clean (PATH, HOME=/root,
#       LANG); pass variables with `env`, e.g.
#       swift_chroot_run "$PWD" env LD_LIBRARY_PATH="$PWD/target/debug" swift test
#
# Why a chroot: Debian 12 has no Swift, swift.org is not reachable, and Debian 13
# "trixie" packages swiftlang 6.0.3 (which needs trixie's glibc 2.38). So we
# debootstrap a minimal trixie into $HAGUKUMI_CACHE/swift-trixie and apt-get
# swiftlang inside it. Needs root (debootstrap, chroot, mount).
#
# Safety: /proc, /dev and the host directory are bind-mounted only for the
# duration of one call, from a subshell whose EXIT/INT/TERM trap unmounts them;
# mounts left by a run killed with SIGKILL are removed by the next call, and
# nothing is ever deleted under the chroot while something is mounted in it.
# A lock file serialises calls, so the stale-mount cleanup cannot tear down the
# mounts of another run that is still going.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SWIFT_ROOT="$HAGUKUMI_CACHE/swift-trixie"
SWIFT_LOCK="$HAGUKUMI_CACHE/swift-trixie.lock"
SWIFT_DEBIAN_MIRROR="${SWIFT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# libc6-dev: Foundation's headers include <sys/param.h>; libstdc++-14-dev: the
# C++ interop headers swiftc pulls in. Without them swift build fails early.
SWIFT_PACKAGES=(swiftlang libc6-dev libstdc++-14-dev)
export SWIFT_ROOT

# Mount points (as listed in /proc/mounts) under directory $1, deepest last-mounted
# first, so they can be unmounted in that order.
_swift_mounts_under() {
    awk -v r="$1/" 'index($2, r) == 1 { print $2 }' /proc/mounts | tac
}

# Unmount everything under $1. Lazy unmount as a fallback: a process killed
# half-way may still hold a file open, and a detached mount is better than a
# leaked one (it disappears from /proc/mounts either way).
_swift_umount_under() {
    local m
    while IFS= read -r m; do
        [[ -n "$m" ]] || continue
        umount "$m" 2>/dev/null || umount -l "$m" || log "could not unmount $m"
    done < <(_swift_mounts_under "$1")
    if [[ -n "$(_swift_mounts_under "$1")" ]]; then
        log "mounts still present under $1:"
        _swift_mounts_under "$1" >&2
        return 1
    fi
}

# rm -rf of a chroot with /dev or a work tree bind-mounted in it would delete
# the host's files: refuse unless nothing is mounted there.
_swift_remove_tree() {
    _swift_umount_under "$1" || die "refusing to delete $1: something is still mounted in it"
    rm -rf --one-file-system "$1"
}

# Take the lock on fd 9 (the caller is a subshell; the lock goes with it).
_swift_lock() {
    mkdir -p "$HAGUKUMI_CACHE" || die "cannot create $HAGUKUMI_CACHE"
    exec 9>"$SWIFT_LOCK" || die "cannot open $SWIFT_LOCK"
    flock -w 1800 9 || die "timed out waiting for $SWIFT_LOCK (another swift run?)"
}

# _swift_session <host-dir or ''> <command...>
#   Must run in a subshell that holds the lock. Mounts, runs, always unmounts.
_swift_session() {
    local dir="$1"
    shift
    trap '_swift_umount_under "$SWIFT_ROOT"' EXIT
    # Exit (running the EXIT trap) instead of dying silently on a signal.
    trap 'exit 130' INT
    trap 'exit 143' TERM

    _swift_umount_under "$SWIFT_ROOT" || die "could not clean stale mounts under $SWIFT_ROOT"

    # swiftc finds its runtime libraries through /proc/self/exe.
    mount --bind /proc "$SWIFT_ROOT/proc" || die "mount --bind /proc failed"
    mount --bind /dev "$SWIFT_ROOT/dev" || die "mount --bind /dev failed"
    local workdir=/
    if [[ -n "$dir" ]]; then
        mkdir -p "$SWIFT_ROOT$dir" || die "cannot create mount point $SWIFT_ROOT$dir"
        mount --bind "$dir" "$SWIFT_ROOT$dir" || die "mount --bind $dir failed"
        workdir="$dir"
    fi

    local rc=0
    # shellcheck disable=SC2016 # $1/$@ are expanded by the inner bash, on purpose.
    # 9>&- : the command must not inherit (and keep holding) the lock.
    chroot "$SWIFT_ROOT" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive \
        /bin/bash -c 'cd -- "$1" || exit 1; shift; exec "$@"' swift_chroot_run "$workdir" "$@" \
        9>&- || rc=$?
    exit "$rc"
}

swift_chroot_run() {
    [[ $# -ge 2 ]] || die "usage: swift_chroot_run <host-dir> <command...>"
    need_root "swift_chroot_run"
    local dir
    dir="$(realpath -e -- "$1")" || die "swift_chroot_run: directory $1 does not exist"
    [[ -d "$dir" ]] || die "swift_chroot_run: $1 is not a directory"
    [[ "$dir" != / ]] || die "swift_chroot_run: refusing to bind-mount / into the chroot"
    case "$dir/" in
        "$SWIFT_ROOT"/*) die "swift_chroot_run: $dir is inside the chroot itself" ;;
    esac
    _swift_present || die "no Swift chroot at $SWIFT_ROOT (source swift.sh first)"
    shift
    _swift_guarded _swift_locked_session "$dir" "$@"
}

_swift_locked_session() {
    _swift_lock
    _swift_session "$@"
}

# _swift_guarded <function> <args...>
#   Runs the function in a subshell (which scopes its traps and the lock, so the
#   caller's traps are untouched and calls can repeat), and makes the caller
#   wait for the subshell's cleanup when a signal arrives. Without this, `timeout`
#   or Ctrl-C kills the caller at once while the subshell is still unmounting,
#   so the mounts vanish only a moment after the caller has "exited". The
#   signal is re-raised afterwards, so the caller still dies (or runs its own trap).
_swift_guarded() {
    local saved_traps signal_seen="" rc=0
    saved_traps="$(trap -p INT TERM)"
    trap 'signal_seen=INT' INT
    trap 'signal_seen=TERM' TERM
    ("$@") || rc=$?
    trap - INT TERM
    eval "$saved_traps"
    if [[ -n "$signal_seen" ]]; then
        kill -s "$signal_seen" "$BASHPID"
    fi
    return "$rc"
}

# /usr/bin/swift in the chroot is an absolute symlink (-> /usr/libexec/swift/...),
# which dangles when seen from the host: test for the link, not its target.
_swift_present() {
    [[ -L "$SWIFT_ROOT/usr/bin/swift" || -e "$SWIFT_ROOT/usr/bin/swift" ]]
}

_swift_works() {
    _swift_present || return 1
    (_swift_session "" swift --version) >/dev/null 2>&1
}

_swift_install() {
    need_root "installing the Swift chroot"
    _swift_lock
    if _swift_works; then
        return 0
    fi
    # debootstrap writes a marker only once it succeeded; a tree without it is
    # a leftover of an interrupted run, so it is rebuilt from scratch.
    if [[ ! -f "$SWIFT_ROOT/.hagukumi-debootstrap-ok" ]]; then
        apt_install debootstrap
        local partial="$SWIFT_ROOT.partial"
        [[ ! -e "$partial" ]] || _swift_remove_tree "$partial"
        [[ ! -e "$SWIFT_ROOT" ]] || _swift_remove_tree "$SWIFT_ROOT"
        log "debootstrap trixie into $SWIFT_ROOT (about 1 minute)"
        local dlog
        dlog="$(mktemp)"
        if ! debootstrap --variant=minbase trixie "$partial" "$SWIFT_DEBIAN_MIRROR" >"$dlog" 2>&1; then
            tail -n 30 "$dlog" >&2
            [[ ! -f "$partial/debootstrap/debootstrap.log" ]] \
                || tail -n 30 "$partial/debootstrap/debootstrap.log" >&2
            rm -f "$dlog"
            _swift_remove_tree "$partial"
            die "debootstrap trixie failed"
        fi
        rm -f "$dlog"
        touch "$partial/.hagukumi-debootstrap-ok" || die "cannot write to $partial"
        mv "$partial" "$SWIFT_ROOT" || die "cannot rename $partial to $SWIFT_ROOT"
    fi
    # apt inside the chroot needs name resolution.
    cp -L /etc/resolv.conf "$SWIFT_ROOT/etc/resolv.conf" || die "cannot copy resolv.conf into the chroot"
    log "installing ${SWIFT_PACKAGES[*]} in the chroot (444 MB download)"
    # apt's chatter goes to a log that is shown only when something fails.
    local alog
    alog="$(mktemp)"
    if ! { (_swift_session "" apt-get update -q) &&
        (_swift_session "" apt-get install -y -q --no-install-recommends "${SWIFT_PACKAGES[@]}"); } \
        >"$alog" 2>&1; then
        tail -n 40 "$alog" >&2
        rm -f "$alog"
        die "apt-get install ${SWIFT_PACKAGES[*]} in the chroot failed"
    fi
    rm -f "$alog"
    # The .debs are not needed again; they would double the disk used.
    (_swift_session "" apt-get clean) >&2 || true
    _swift_works || die "swift --version does not run in $SWIFT_ROOT after installing"
}

# In a subshell: the lock and any traps stay scoped to the install. (errexit
# does not apply inside a `||` list, hence the explicit `|| die` everywhere.)
_swift_guarded _swift_install || die "Swift toolchain installation failed"

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    _swift_guarded _swift_locked_session "" swift --version
fi
