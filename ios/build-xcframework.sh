#!/usr/bin/env bash
# Build HagukumiFFI.xcframework (static libhagukumi for iOS devices and simulators,
# with the generated header and module map) and put the generated Swift into
# HandbookKit, so that Xcode can build the app against the package.
#
# For a Mac with Xcode (not the CI machine: no Apple targets or xcodebuild there).
# Once:
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
# Then, from anywhere:
#   ios/build-xcframework.sh
# and open the app project that depends on the local package ios/HandbookKit. With
# ios/build/HagukumiFFI.xcframework present, HandbookKit/Package.swift uses it as a
# binary target instead of the system-library target used by the Linux tests.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
BUILD="$HERE/build"
PKG="$HERE/HandbookKit"
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"

command -v xcodebuild >/dev/null 2>&1 || { echo "xcodebuild not found: this script needs a Mac with Xcode" >&2; exit 1; }

# Host build + generated Swift (scripts/bindings.sh regenerates them every run).
# shellcheck source=../scripts/bindings.sh
source "$REPO/scripts/bindings.sh"
mkdir -p "$PKG/Sources/Hagukumi"
cp "$BINDINGS_SWIFT_DIR/Hagukumi.swift" "$BINDINGS_SWIFT_DIR/HagukumiCore.swift" "$PKG/Sources/Hagukumi/"
cp "$BINDINGS_SWIFT_DIR"/*.h "$PKG/Sources/HagukumiFFI/"

# Static libraries: the crate is a cdylib + rlib; `cargo rustc --crate-type staticlib`
# adds the static library for these builds only.
for t in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
    (cd "$REPO" && cargo rustc -p hagukumi-bindings --lib --profile mobile --target "$t" --crate-type staticlib)
done

rm -rf "$BUILD"
mkdir -p "$BUILD/headers" "$BUILD/sim"
cp "$BINDINGS_SWIFT_DIR"/*.h "$BUILD/headers/"
cp "$PKG/Sources/HagukumiFFI/module.modulemap" "$BUILD/headers/module.modulemap"
lipo -create \
    "$TARGET/aarch64-apple-ios-sim/mobile/libhagukumi.a" \
    "$TARGET/x86_64-apple-ios/mobile/libhagukumi.a" \
    -output "$BUILD/sim/libhagukumi.a"
xcodebuild -create-xcframework \
    -library "$TARGET/aarch64-apple-ios/mobile/libhagukumi.a" -headers "$BUILD/headers" \
    -library "$BUILD/sim/libhagukumi.a" -headers "$BUILD/headers" \
    -output "$BUILD/HagukumiFFI.xcframework"
echo "built $BUILD/HagukumiFFI.xcframework"
