#!/usr/bin/env bash
# Installs what is missing, then builds the app and serves it at http://127.0.0.1:8080/
# (rebuilding on change). PORT=9000 scripts/run.sh for another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --offline --port "${PORT:-8080}" --address 127.0.0.1
