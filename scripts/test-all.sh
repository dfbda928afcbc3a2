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

# shellcheck source=toolchains/common.sh
source scripts/toolchains/common.sh

step "Rust toolchain"
need_cmd cargo "install Rust 1.88 or newer with rustup: https://rustup.rs"
cargo --version >&2
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

step "System packages for the tests"
# fonts-ipafont-gothic: Japanese glyphs in the growth-chart PNG.
apt_install fonts-ipafont-gothic

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (workspace: unit, end-to-end, crash test)"
cargo test --workspace --locked

step "Kotlin tests on the JVM (kotlinc + JNA + JUnit 5)"
bash scripts/test-kotlin.sh

step "Swift tests (Swift 6 in a Debian trixie chroot)"
bash scripts/test-swift.sh

step "All tests passed"
