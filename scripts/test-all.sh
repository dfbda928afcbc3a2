#!/usr/bin/env bash
# Install what the tests need on a fresh Debian/Ubuntu machine and run every test:
# formatting and lints, the Rust workspace (unit, end-to-end, crash tests), the Kotlin
# tests on the JVM and the Swift tests with a real Swift 6 toolchain.
#
#   bash scripts/test-all.sh          (as root: it installs Debian packages and a chroot)
#
# .ci/run calls exactly this. Each step prints its name; the first failure stops the run
# with a non-zero exit code.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

step() { printf '\n==> %s\n' "$*" >&2; }

# Every runner's output is also kept here, to print one total at the end.
LOG_DIR="$(mktemp -d)"
trap 'rm -rf "$LOG_DIR"' EXIT

# shellcheck source=toolchains/common.sh
source scripts/toolchains/common.sh

step "Rust toolchain"
need_cmd cargo "install Rust 1.89 or newer with rustup: https://rustup.rs"
cargo --version >&2
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

step "System packages for the tests"
# fonts-ipafont-gothic: Japanese glyphs in the growth-chart PNG and the PDF summary.
# chromium: `hagukumi export pdf` prints the summary with it; poppler-utils: the test
# reads the PDF's text back with pdftotext.
apt_install fonts-ipafont-gothic chromium poppler-utils
export HAGUKUMI_REQUIRE_CHROMIUM=1

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (workspace: unit, end-to-end, crash test)"
cargo test --workspace --locked 2>&1 | tee "$LOG_DIR/cargo.log"

step "Kotlin tests on the JVM (kotlinc + JNA + JUnit 5)"
bash scripts/test-kotlin.sh 2>&1 | tee "$LOG_DIR/kotlin.log"

step "Swift tests (Swift 6 in a Debian trixie chroot)"
bash scripts/test-swift.sh 2>&1 | tee "$LOG_DIR/swift.log"

step "SwiftUI screens type-checked against HandbookKit (stand-ins for SwiftUI; not a build)"
bash ios/uicheck/check.sh

# One line for all runners (each already failed the run above if anything failed).
rust=$(grep -oE 'test result: ok\. [0-9]+ passed' "$LOG_DIR/cargo.log" | awk '{s += $4} END {print s + 0}')
kotlin=$(grep -oE 'JUnit: [0-9]+ tests passed' "$LOG_DIR/kotlin.log" | awk '{s += $2} END {print s + 0}')
swift=$(grep -oE 'Executed [0-9]+ tests, with 0 failures' "$LOG_DIR/swift.log" | tail -n 1 | awk '{print $2 + 0}')
step "All tests passed: Rust $rust, Kotlin $kotlin, Swift ${swift:-0}"
echo "$((rust + kotlin + ${swift:-0})) passed, 0 failed"
