#!/usr/bin/env bash
# Build libhagukumi.so for the Android ABIs into app/src/main/jniLibs, with cargo-ndk.
#
# For a workstation with the Android NDK (not the CI machine: rustup cannot add the
# Android targets there). Once:
#   rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
#   cargo install cargo-ndk
#   export ANDROID_NDK_HOME=$HOME/Android/Sdk/ndk/<version>    # or ANDROID_NDK_ROOT
# Then, from anywhere:
#   android/build-rust-android.sh            # the mobile profile (what the app ships)
#   PROFILE=debug android/build-rust-android.sh
# and build the app: (cd android && ./gradlew :app:assembleDebug).
#
# The Kotlin bindings the app compiles come from the host build (the `handbook` module's
# generateBindings task runs scripts/bindings.sh); they are the same for every ABI.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
PROFILE="${PROFILE:-mobile}"
ABIS=(arm64-v8a armeabi-v7a x86_64)
OUT="$HERE/app/src/main/jniLibs"

command -v cargo-ndk >/dev/null 2>&1 || { echo "cargo-ndk not found: cargo install cargo-ndk" >&2; exit 1; }
[[ -n "${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}" ]] || { echo "set ANDROID_NDK_HOME to the NDK directory" >&2; exit 1; }

args=()
for abi in "${ABIS[@]}"; do args+=(-t "$abi"); done
# `mobile`: the size-optimised profile the apps ship (see the root Cargo.toml);
# PROFILE=dev for a debug library.
[[ "$PROFILE" == dev ]] && release=() || release=(--profile "$PROFILE")

rm -rf "$OUT"
mkdir -p "$OUT"
# --platform 26: the app's minSdk. cargo-ndk copies lib<name>.so into $OUT/<abi>/.
(cd "$REPO" && cargo ndk "${args[@]}" --platform 26 -o "$OUT" build -p hagukumi-bindings --lib "${release[@]}")

for abi in "${ABIS[@]}"; do
    [[ -f "$OUT/$abi/libhagukumi.so" ]] || { echo "missing $OUT/$abi/libhagukumi.so" >&2; exit 1; }
    echo "$abi: $(stat -c %s "$OUT/$abi/libhagukumi.so") bytes"
done
