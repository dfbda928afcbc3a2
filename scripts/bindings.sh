#!/usr/bin/env bash
# Build the FFI library and generate its Kotlin and Swift bindings from it.
#
# Usage:
#   bash scripts/bindings.sh              # build, generate, print where things are
#   source scripts/bindings.sh            # same, and export the paths below
#
# Every run regenerates from the library just built (library mode), into a directory
# that is emptied first, so the bindings can never be stale or disagree with the .so.
# Nothing generated is committed.
#
# Two crates carry uniffi code: the core (its own types: records, screens, the error;
# crate hagukumi_core) and the bindings (the Handbook object; crate hagukumi). Both
# are in the one library.
#
# Exports after sourcing:
#   BINDINGS_LIB_DIR     directory holding libhagukumi.so (.dylib on a Mac): target/debug
#   BINDINGS_LIB         the library itself
#   BINDINGS_KOTLIN      the generated Kotlin files, space-separated (packages
#                        org.hagukumi.core and org.hagukumi.ffi)
#   BINDINGS_SWIFT_DIR   Hagukumi.swift and HagukumiCore.swift (one Swift module,
#                        Hagukumi) and their C headers HagukumiFFI.h, hagukumi_coreFFI.h
#
# Environment:
#   CARGO_TARGET_DIR     honoured (default: <repo>/target)

set -euo pipefail

_bindings_main() {
    local repo
    repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    local target="${CARGO_TARGET_DIR:-$repo/target}"
    local out="$target/bindings"

    command -v cargo >/dev/null 2>&1 || { echo "[bindings] ERROR: cargo not found" >&2; return 1; }

    # One build for both the library and the generator: the `cli` feature only adds
    # the generator's dependencies, and building both with the same features keeps
    # cargo from rebuilding the library back and forth between runs.
    echo "[bindings] cargo build -p hagukumi-bindings --features cli" >&2
    (cd "$repo" && cargo build -q -p hagukumi-bindings --features cli --lib --bin uniffi-bindgen) \
        || { echo "[bindings] ERROR: building hagukumi-bindings failed" >&2; return 1; }

    local ext=so
    [[ "$(uname -s)" == Darwin ]] && ext=dylib
    local lib="$target/debug/libhagukumi.$ext"
    local bindgen="$target/debug/uniffi-bindgen"
    [[ -f "$lib" ]] || { echo "[bindings] ERROR: $lib was not built" >&2; return 1; }
    [[ -x "$bindgen" ]] || { echo "[bindings] ERROR: $bindgen was not built" >&2; return 1; }

    rm -rf "$out"
    mkdir -p "$out/kotlin" "$out/swift" "$out/swift-core"
    # Each crate's uniffi.toml is found through the library's metadata (crate root).
    (cd "$repo" && "$bindgen" generate --library "$lib" --language kotlin \
        --out-dir "$out/kotlin" --no-format) >&2 \
        || { echo "[bindings] ERROR: generating kotlin bindings failed" >&2; return 1; }
    # Swift names a source file after its module, and both crates' code is one module
    # (Hagukumi): generate each crate on its own and give the core's its own name.
    local crate dir
    for crate in hagukumi hagukumi_core; do
        dir="$out/swift"
        [[ "$crate" == hagukumi_core ]] && dir="$out/swift-core"
        (cd "$repo" && "$bindgen" generate --library "$lib" --crate "$crate" --language swift \
            --out-dir "$dir" --no-format) >&2 \
            || { echo "[bindings] ERROR: generating swift bindings of $crate failed" >&2; return 1; }
    done
    mv "$out/swift-core/Hagukumi.swift" "$out/swift/HagukumiCore.swift"
    mv "$out/swift-core/hagukumi_coreFFI.h" "$out/swift/hagukumi_coreFFI.h"
    rm -rf "$out/swift-core"

    BINDINGS_LIB_DIR="$target/debug"
    BINDINGS_LIB="$lib"
    BINDINGS_KOTLIN="$out/kotlin/org/hagukumi/core/hagukumi_core.kt $out/kotlin/org/hagukumi/ffi/hagukumi.kt"
    BINDINGS_SWIFT_DIR="$out/swift"
    local f
    for f in $BINDINGS_KOTLIN "$BINDINGS_SWIFT_DIR/Hagukumi.swift" "$BINDINGS_SWIFT_DIR/HagukumiCore.swift" \
        "$BINDINGS_SWIFT_DIR/HagukumiFFI.h" "$BINDINGS_SWIFT_DIR/hagukumi_coreFFI.h"; do
        [[ -f "$f" ]] || { echo "[bindings] ERROR: expected generated file $f is missing" >&2; return 1; }
    done
    export BINDINGS_LIB_DIR BINDINGS_LIB BINDINGS_KOTLIN BINDINGS_SWIFT_DIR
    echo "[bindings] library: $BINDINGS_LIB" >&2
    echo "[bindings] kotlin:  $BINDINGS_KOTLIN" >&2
    echo "[bindings] swift:   $BINDINGS_SWIFT_DIR/{Hagukumi,HagukumiCore}.swift + headers" >&2
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    _bindings_main
else
    _bindings_main || return 1
fi
