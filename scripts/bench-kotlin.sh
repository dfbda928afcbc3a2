#!/usr/bin/env bash
# Benchmark of the home-screen call through Kotlin/JNA on the JVM, with the library as
# the phones get it (the `mobile` profile: size-optimised, fat LTO), on a handbook of
# 10,000 records; and the size of that library, stripped.
#
#   bash scripts/bench-kotlin.sh [records] [iterations]
#
# Builds the phone library once (`cargo build --profile mobile -p hagukumi-bindings`),
# regenerates the Kotlin bindings (from the debug build of the same sources: the release
# profile strips the symbols uniffi reads its metadata from; the generated code checks
# the library's API checksums when it loads, so a mismatch fails loudly), compiles the benchmark
# (android/handbook/src/bench) with the facade, and runs it. Prints mean, p50 and p99
# per call and fails if the mean is over 1 ms (the goal), or if the stripped library is
# over 8 MiB.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# shellcheck source=toolchains/kotlin.sh
source scripts/toolchains/kotlin.sh
# The debug build provides the generator (and checks the bindings generate at all).
# shellcheck source=bindings.sh
source scripts/bindings.sh

TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
echo "[bench-kotlin] cargo build --profile mobile -p hagukumi-bindings" >&2
cargo build -q --profile mobile -p hagukumi-bindings --lib
LIB="$TARGET/mobile/libhagukumi.so"
[[ -f "$LIB" ]] || { echo "[bench-kotlin] ERROR: $LIB was not built" >&2; exit 1; }

OUT="$TARGET/bench-kotlin"
rm -rf "$OUT"
mkdir -p "$OUT"

# Size: the mobile profile already strips symbols; strip a copy again to be sure.
cp "$LIB" "$OUT/libhagukumi.stripped.so"
strip --strip-all "$OUT/libhagukumi.stripped.so"
size_bytes="$(stat -c %s "$OUT/libhagukumi.stripped.so")"
awk -v b="$size_bytes" 'BEGIN { printf "[bench-kotlin] mobile libhagukumi.so stripped: %d bytes (%.2f MiB; goal < 8 MiB)\n", b, b / 1048576 }' >&2

mapfile -t SOURCES < <(find android/handbook/src/main/kotlin android/handbook/src/bench/kotlin -name '*.kt' | sort)
echo "[bench-kotlin] kotlinc -Werror: generated bindings + ${#SOURCES[@]} files" >&2
# shellcheck disable=SC2086 # two generated files, space-separated
"$KOTLINC" -Werror -jvm-target 17 $BINDINGS_KOTLIN "${SOURCES[@]}" \
    -cp "$KOTLIN_COMPILE_CP" -d "$OUT/bench.jar"

java -Djna.library.path="$TARGET/mobile" -cp "$OUT/bench.jar:$KOTLIN_RUNTIME_CP" \
    org.hagukumi.handbook.bench.HomeBenchKt "$@"

if ((size_bytes >= 8 * 1024 * 1024)); then
    echo "[bench-kotlin] FAIL: stripped library is over 8 MiB" >&2
    exit 1
fi
