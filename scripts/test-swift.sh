#!/usr/bin/env bash
# Swift tests of ios/HandbookKit against the real Rust library, with Swift 6 on Linux.
#
#   bash scripts/test-swift.sh
#
# 1. installs the Swift 6.0.3 chroot if missing (scripts/toolchains/swift.sh);
# 2. builds libhagukumi.so and regenerates the Swift bindings (scripts/bindings.sh);
# 3. copies the generated headers and Swift files (Hagukumi.swift, HagukumiCore.swift) into the package (they are
#    git-ignored there, never edited);
# 4. runs `swift test` in the chroot: Swift 6 language mode, strict concurrency,
#    warnings as errors, linking and loading libhagukumi.so from target/debug.
# Exits non-zero if anything fails or if no test ran. Mounts are removed on any exit.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# shellcheck source=toolchains/swift.sh
source scripts/toolchains/swift.sh
# shellcheck source=bindings.sh
source scripts/bindings.sh

# The feed tests serve the sample city with the project's own server (`hagukumi feed
# serve`): Foundation on Linux has no HTTP server of its own.
echo "[test-swift] cargo build -p hagukumi-cli" >&2
cargo build -q -p hagukumi-cli

PKG="$REPO/ios/HandbookKit"
mkdir -p "$PKG/Sources/HagukumiFFI" "$PKG/Sources/Hagukumi"
cp "$BINDINGS_SWIFT_DIR"/*.h "$PKG/Sources/HagukumiFFI/"
cp "$BINDINGS_SWIFT_DIR/Hagukumi.swift" "$BINDINGS_SWIFT_DIR/HagukumiCore.swift" "$PKG/Sources/Hagukumi/"

# The chroot sees the repository at the same path; target/ must be inside it.
case "$BINDINGS_LIB_DIR/" in
    "$REPO"/*) ;;
    *) echo "[test-swift] ERROR: $BINDINGS_LIB_DIR is outside $REPO; unset CARGO_TARGET_DIR" >&2; exit 1 ;;
esac

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
rc=0
swift_chroot_run "$REPO" env LD_LIBRARY_PATH="$BINDINGS_LIB_DIR" \
    swift test --package-path "$PKG" --scratch-path "$REPO/target/swift-build" \
    -Xlinker -L"$BINDINGS_LIB_DIR" \
    -Xswiftc -warnings-as-errors -Xswiftc -strict-concurrency=complete \
    2>&1 | tee "$LOG" >&2 || rc=$?
if ((rc != 0)); then
    echo "[test-swift] swift test failed (exit $rc)" >&2
    exit "$rc"
fi
# "Executed N tests, with 0 failures": refuse a green run that ran nothing.
summary="$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$LOG" | tail -n 1 || true)"
executed="$(sed -nE 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1/p' <<<"$summary")"
failures="$(sed -nE 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\2/p' <<<"$summary")"
if [[ -z "$executed" || "$executed" -eq 0 ]]; then
    echo "[test-swift] ERROR: no Swift test ran" >&2
    exit 1
fi
if [[ "$failures" -ne 0 ]]; then
    echo "[test-swift] ERROR: $failures Swift test(s) failed" >&2
    exit 1
fi
echo "[test-swift] $summary" >&2
