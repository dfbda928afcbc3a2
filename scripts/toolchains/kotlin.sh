#!/usr/bin/env bash
# Kotlin/JVM toolchain for testing the generated uniffi Kotlin bindings on Linux.
#
# Usage:
#   source scripts/toolchains/kotlin.sh   # install if needed, export variables
#   scripts/toolchains/kotlin.sh          # only install (and print the variables)
#
# Why these sources: Maven Central is not reachable from the build machines, so
#   - kotlinc comes from the npm package `kotlin-compiler` (the full JetBrains
#     distribution, including kotlin-stdlib, kotlinx-coroutines and kotlin-test);
#   - JNA and JUnit 5 come from Debian (libjna-java, junit5). The plain JNA jar
#     carries the desktop libjnidispatch that the JVM tests need.
#
# Exports after sourcing:
#   KOTLINC            path to kotlinc
#   KOTLIN_HOME        the unpacked distribution
#   KOTLIN_LIB         $KOTLIN_HOME/lib (kotlin-stdlib.jar, kotlinx-coroutines-core-jvm.jar,
#                      kotlin-test.jar, kotlin-test-junit5.jar)
#   JNA_JAR, JUNIT_API_JAR, JUNIT_CONSOLE_JAR, OPENTEST4J_JAR, APIGUARDIAN_JAR
#   KOTLIN_COMPILE_CP  everything a test source set needs on kotlinc's -cp
#   KOTLIN_RUNTIME_CP  everything the JVM needs besides the compiled tests
# Functions:
#   kotlin_run_junit <classpath> <testjar>   run all JUnit 5 tests in <testjar>

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KOTLIN_VERSION="2.4.20"
KOTLIN_HOME="$HAGUKUMI_CACHE/kotlinc-$KOTLIN_VERSION"
KOTLINC="$KOTLIN_HOME/bin/kotlinc"
KOTLIN_LIB="$KOTLIN_HOME/lib"

# Debian's junit5 puts unversioned symlinks in /usr/share/java.
JNA_JAR=/usr/share/java/jna.jar
JUNIT_API_JAR=/usr/share/java/junit-jupiter-api.jar
JUNIT_CONSOLE_JAR=/usr/share/java/junit-platform-console-standalone.jar
# @API and AssertionFailedError appear in junit-jupiter-api's signatures; kotlinc
# warns about missing classes without them, and -Werror turns that into an error.
OPENTEST4J_JAR=/usr/share/java/opentest4j.jar
APIGUARDIAN_JAR=/usr/share/java/apiguardian-api.jar

_kotlin_works() {
    [[ -x "$KOTLINC" ]] && "$KOTLINC" -version >/dev/null 2>&1
}

_kotlin_install_compiler() {
    if _kotlin_works; then
        return 0
    fi
    need_cmd npm "Node.js is needed to fetch kotlinc from the npm registry"
    need_cmd tar
    log "installing kotlinc $KOTLIN_VERSION into $KOTLIN_HOME (npm pack kotlin-compiler@$KOTLIN_VERSION)"
    mkdir -p "$HAGUKUMI_CACHE"
    local tmp
    tmp="$(mktemp -d "$HAGUKUMI_CACHE/.kotlinc.XXXXXX")"
    # npm pack only downloads the tarball: no node_modules, no install scripts.
    (cd "$tmp" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null) \
        || { rm -rf "$tmp"; die "npm pack kotlin-compiler@$KOTLIN_VERSION failed"; }
    tar -xzf "$tmp"/kotlin-compiler-*.tgz -C "$tmp" \
        || { rm -rf "$tmp"; die "could not unpack the kotlin-compiler tarball"; }
    # Unpack beside the target and rename: a killed run never leaves a
    # half-populated $KOTLIN_HOME that a later run would mistake for a good one.
    rm -rf "$KOTLIN_HOME"
    mv "$tmp/package" "$KOTLIN_HOME"
    rm -rf "$tmp"
    chmod +x "$KOTLIN_HOME"/bin/*
    _kotlin_works || die "kotlinc at $KOTLINC does not run (is a JDK installed?)"
}

kotlin_install() {
    # A JDK (not just a JRE) is needed: kotlinc compiles against the JDK's classes.
    if ! command -v javac >/dev/null 2>&1; then
        apt_install openjdk-17-jdk-headless
    fi
    apt_install libjna-java junit5
    _kotlin_install_compiler

    local jar
    for jar in "$KOTLIN_LIB/kotlin-stdlib.jar" \
        "$KOTLIN_LIB/kotlinx-coroutines-core-jvm.jar" \
        "$KOTLIN_LIB/kotlin-test.jar" \
        "$KOTLIN_LIB/kotlin-test-junit5.jar" \
        "$JNA_JAR" "$JUNIT_API_JAR" "$JUNIT_CONSOLE_JAR" \
        "$OPENTEST4J_JAR" "$APIGUARDIAN_JAR"; do
        require_file "$jar" "$(basename "$jar")"
    done
}

kotlin_install

KOTLIN_COMPILE_CP="$JNA_JAR:$KOTLIN_LIB/kotlinx-coroutines-core-jvm.jar:$KOTLIN_LIB/kotlin-test.jar:$KOTLIN_LIB/kotlin-test-junit5.jar:$JUNIT_API_JAR:$OPENTEST4J_JAR:$APIGUARDIAN_JAR"
KOTLIN_RUNTIME_CP="$JNA_JAR:$KOTLIN_LIB/kotlin-stdlib.jar:$KOTLIN_LIB/kotlinx-coroutines-core-jvm.jar:$KOTLIN_LIB/kotlin-test.jar:$KOTLIN_LIB/kotlin-test-junit5.jar"
export KOTLIN_VERSION KOTLIN_HOME KOTLINC KOTLIN_LIB JNA_JAR JUNIT_API_JAR \
    JUNIT_CONSOLE_JAR OPENTEST4J_JAR APIGUARDIAN_JAR KOTLIN_COMPILE_CP KOTLIN_RUNTIME_CP

# kotlin_run_junit <classpath> <testjar>
#   Runs every JUnit 5 test found in <testjar> with the console launcher.
#   <classpath> holds the runtime dependencies (usually "$KOTLIN_RUNTIME_CP").
#   Extra JVM options (e.g. -Djna.library.path=target/debug) come from the
#   KOTLIN_JAVA_OPTS environment variable (space separated).
#   Returns non-zero if a test failed, or if no test ran at all (a typo in a
#   package name must not look like a green build).
kotlin_run_junit() {
    [[ $# -eq 2 ]] || die "usage: kotlin_run_junit <classpath> <testjar>"
    local cp="$1" testjar="$2" out rc=0
    require_file "$testjar" "test jar"
    local -a java_opts=()
    if [[ -n "${KOTLIN_JAVA_OPTS:-}" ]]; then
        read -r -a java_opts <<<"$KOTLIN_JAVA_OPTS"
    fi
    out="$(mktemp)"
    # Scan only the test jar: scanning the whole classpath would also walk
    # kotlin-stdlib and friends.
    java "${java_opts[@]}" -jar "$JUNIT_CONSOLE_JAR" \
        --disable-banner --disable-ansi-colors --fail-if-no-tests --details=tree \
        --class-path "$cp:$testjar" --scan-classpath "$testjar" \
        2>&1 | tee "$out" >&2 || rc=$?
    local found failed
    found="$(sed -n 's/^\[ *\([0-9][0-9]*\) tests found *\]$/\1/p' "$out")"
    failed="$(sed -n 's/^\[ *\([0-9][0-9]*\) tests failed *\]$/\1/p' "$out")"
    rm -f "$out"
    if ((rc != 0)); then
        log "JUnit: launcher exited with $rc (found=${found:-?} failed=${failed:-?})"
        return "$rc"
    fi
    if [[ -z "$found" || "$found" -eq 0 ]]; then
        log "JUnit: no tests found in $testjar"
        return 1
    fi
    if [[ -z "$failed" || "$failed" -ne 0 ]]; then
        log "JUnit: ${failed:-unknown number of} tests failed"
        return 1
    fi
    log "JUnit: $found tests passed"
}

# Run directly: install only, and show what a caller would get.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    log "kotlinc: $KOTLINC"
    log "KOTLIN_LIB=$KOTLIN_LIB"
    log "JNA_JAR=$JNA_JAR JUNIT_CONSOLE_JAR=$JUNIT_CONSOLE_JAR"
fi
