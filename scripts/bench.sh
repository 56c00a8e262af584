#!/usr/bin/env bash
# Builds the release app and benchmarks it in headless Chromium: bytes per file, time to the
# first usable field against a plain HTML floor, keystroke latency, a full consultation with
# every export, memory, Lighthouse (mobile). Writes bench/report.json and BENCHMARKS.md.
# Reports only; nothing here fails on a slow figure. BENCH_RUNS=15 for more runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
if ! command -v twiggy >/dev/null 2>&1; then
  echo "[bench] installing twiggy from crates.io (size profiler, a few minutes once)"
  cargo install twiggy --locked
fi
trunk build --release --offline 2>&1 | tail -n 1
mkdir -p bench/out
# The wasm before wasm-opt still has function names: that is what twiggy reads.
cp target/wasm32-unknown-unknown/release/patientkontrakt.wasm bench/out/patientkontrakt_named.wasm
node bench/bench.mjs
