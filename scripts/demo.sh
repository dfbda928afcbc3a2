#!/usr/bin/env bash
# Build the `hagukumi` command and show the handbook of a sample family, end to end on
# the embedded defaults: one SQLite file in ./hagukumi-demo (or $HAGUKUMI_DATA_DIR).
#
#   bash scripts/demo.sh            # Japanese
#   bash scripts/demo.sh --lang en  # English
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found: install Rust 1.89 or newer with rustup (https://rustup.rs)," >&2
    echo "then run this script again." >&2
    exit 1
fi

export HAGUKUMI_DATA_DIR="${HAGUKUMI_DATA_DIR:-$REPO/hagukumi-demo}"
echo "Building hagukumi (first build takes a few minutes)..." >&2
cargo build --quiet --locked --release -p hagukumi-cli
hagukumi() { "$REPO/target/release/hagukumi" "$@"; }

hagukumi "$@" demo --force
echo
hagukumi "$@" reminders --days 30
echo
hagukumi "$@" growth chart --indicator weight --out "$HAGUKUMI_DATA_DIR/weight.svg"
echo
echo "The handbook is $HAGUKUMI_DATA_DIR/handbook.sqlite3. Try:" >&2
echo "  target/release/hagukumi --data-dir $HAGUKUMI_DATA_DIR $* schedule" >&2
echo "  target/release/hagukumi --data-dir $HAGUKUMI_DATA_DIR $* timeline --child --limit 50" >&2
