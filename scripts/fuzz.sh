#!/usr/bin/env bash
# Import fuzzing at scale, outside CI (it takes minutes): random bytes and damaged real files
# through the file decoder, and random agreements through export → import. Counts default to
# 500,000 + 500,000 inputs and 100,000 round trips; set PK_FUZZ_BYTES, PK_FUZZ_FILES and
# PK_FUZZ_ROUNDTRIP to change them. Prints each count and any failure (with proptest's
# shrunk input); the report goes to test-output/fuzz.txt too.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PK_FUZZ_BYTES="${PK_FUZZ_BYTES:-500000}"
export PK_FUZZ_FILES="${PK_FUZZ_FILES:-500000}"
export PK_FUZZ_ROUNDTRIP="${PK_FUZZ_ROUNDTRIP:-100000}"
mkdir -p test-output
start=$(date +%s)
status=0
cargo test --release --locked -p pk-core --test fuzz_import -- --nocapture --test-threads=2 2>&1 | tee test-output/fuzz.log || status=$?
{
  echo "fuzz run $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(( $(date +%s) - start )) s"
  grep -E '^fuzz ' test-output/fuzz.log || true
  [ "$status" -eq 0 ] && echo "result: no failure" || echo "result: FAILED (see test-output/fuzz.log)"
} | tee test-output/fuzz.txt
exit "$status"
