#!/usr/bin/env bash
# Kotlin/JVM tests of the Android `handbook` module against the real Rust library.
#
#   bash scripts/test-kotlin.sh
#
# 1. installs kotlinc, JNA and JUnit 5 if missing (scripts/toolchains/kotlin.sh);
# 2. builds libhagukumi.so and regenerates the Kotlin bindings (scripts/bindings.sh);
# 3. compiles the generated bindings, the facade (android/handbook/src/main) and its
#    tests (android/handbook/src/test) in one kotlinc call with -Werror;
# 4. runs the JUnit 5 tests on the JVM, loading libhagukumi.so through JNA.
# Exits non-zero if anything fails or if no test ran.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# shellcheck source=toolchains/kotlin.sh
source scripts/toolchains/kotlin.sh
# shellcheck source=bindings.sh
source scripts/bindings.sh

OUT="${CARGO_TARGET_DIR:-$REPO/target}/kotlin"
rm -rf "$OUT"
mkdir -p "$OUT"

MODULE=android/handbook/src
mapfile -t SOURCES < <(find "$MODULE/main/kotlin" "$MODULE/test/kotlin" -name '*.kt' | sort)
((${#SOURCES[@]} > 0)) || { echo "[test-kotlin] ERROR: no Kotlin sources under $MODULE" >&2; exit 1; }

echo "[test-kotlin] kotlinc -Werror: generated bindings + ${#SOURCES[@]} files" >&2
# shellcheck disable=SC2086 # two generated files, space-separated
"$KOTLINC" -Werror -jvm-target 17 $BINDINGS_KOTLIN "${SOURCES[@]}" \
    -cp "$KOTLIN_COMPILE_CP" -d "$OUT/handbook-tests.jar"

KOTLIN_JAVA_OPTS="-Djna.library.path=$BINDINGS_LIB_DIR" \
    kotlin_run_junit "$KOTLIN_RUNTIME_CP" "$OUT/handbook-tests.jar"
