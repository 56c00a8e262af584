#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   0. cargo fmt --check and cargo clippy -D warnings (host and wasm32)
#   1. host tests (cargo test): domain, content, formats, exports; then the golden FHIR
#      bundles and edge-case bundles through three independent FHIR R4 validators (Python
#      fhir.resources; npm FHIR.js and HL7's R4 JSON schema)
#   2. component tests in headless Chromium and Firefox (wasm-bindgen-test)
#   3. the release build, then end-to-end tests against it (Playwright + axe in Chromium;
#      WebDriver walks in Firefox and in WebKitGTK, Safari's engine, on a virtual display;
#      the 20-kill durability test)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export CARGO_TERM_COLOR=never
# A clean run builds once: incremental caches would only take disk (CI ran out of it once).
export CARGO_INCREMENTAL=0
echo "disk free before the run: $(df -h . | awk 'NR==2 {print $4}')"
mkdir -p test-output
summary=test-output/summary.txt
: > "$summary"

section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
count() { # name, log: pull "N passed" totals out of a log
  local passed failed
  passed=$(grep -Eo '[0-9]+ passed' "$2" | awk '{s+=$1} END {print s+0}')
  failed=$(grep -Eo '[0-9]+ failed' "$2" | awk '{s+=$1} END {print s+0}')
  printf '%-28s %5s passed %5s failed\n' "$1" "$passed" "$failed" | tee -a "$summary"
}

section "formatting and lints (cargo fmt, clippy on the host and for wasm32)"
cargo fmt --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
echo "fmt and clippy: clean" | tee -a "$summary"

section "host tests (cargo test)"
cargo test --locked --workspace 2>&1 | tee test-output/host.log
count "host (cargo test)" test-output/host.log

section "FHIR R4 validation: goldens and edge cases, three independent validators"
cargo run --quiet --locked -p pk-tools --bin fhir_edge_cases -- test-output/fhir-edge
.tools/venv/bin/python tests/fhir/validate.py 2>&1 | tee test-output/fhir.log
tail -n 1 test-output/fhir.log | sed 's/^/fhir validation             /' >> "$summary"
node tests/fhir/validate.mjs 2>&1 | tee test-output/fhir-js.log
tail -n 2 test-output/fhir-js.log | paste -sd' ' | sed 's/^/fhir validation (npm)       /' >> "$summary"

section "component tests in Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown -p patientkontrakt --test web 2>&1 | tee test-output/browser.log
count "components (Chromium)" test-output/browser.log

section "component tests in Firefox (wasm-bindgen-test, geckodriver)"
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" \
  cargo test --locked --target wasm32-unknown-unknown -p patientkontrakt --test web 2>&1 | tee test-output/browser-firefox.log
count "components (Firefox)" test-output/browser-firefox.log

section "release build"
# With the demo host pages (dist/demos/, PK_DEMOS=1): the e2e tests drive them.
PK_DEMOS=1 trunk build --release --offline 2>&1 | tail -n 3

section "end-to-end tests (Playwright + axe in Chromium; WebDriver in Firefox and WebKitGTK)"
rm -f test-output/axe.json test-output/safety.json
# WebKitGTK needs a display (tests/e2e/webkit.test.mjs): xvfb-run gives the suite a virtual one;
# Chromium and Firefox run headless and do not use it.
xvfb-run -a node --test --test-reporter=spec --test-concurrency=1 tests/e2e/ 2>&1 | tee test-output/e2e.log
grep -E '^ℹ (pass|fail) ' test-output/e2e.log | awk '{print $2, $3}' | paste -sd' ' | sed 's/^/e2e (Chromium, Firefox, WebKit) /' | tee -a "$summary"

# What the e2e suite counted (written by its tests; see test-output/*.json).
node -e '
  const fs = require("fs");
  const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
  const axe = read("test-output/axe.json");
  const safety = read("test-output/safety.json");
  if (axe) console.log(`axe-core                     ${axe.length} pages, ${axe.reduce((s, p) => s + p.violations, 0)} violations`);
  if (safety) console.log(`data safety                  ${safety.badFiles} bad files refused, ${safety.requestsSeen} requests (own origin only), autosave ${safety.autosaveMs} ms`);
' | tee -a "$summary"

section "summary"
echo "disk used by target/: $(du -sh target | cut -f1), free after the run: $(df -h . | awk 'NR==2 {print $4}')" | tee -a "$summary"
cat "$summary"
