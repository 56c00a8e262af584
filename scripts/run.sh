#!/usr/bin/env bash
# Installs what is missing, then builds the app and serves it at http://127.0.0.1:8080/
# (rebuilding on change). PORT=9000 scripts/run.sh for another port. The iframe demo's host
# origin (http://localhost:PORT) may drive embed.html in this build only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
# The iframe demo (http://localhost:PORT/demos/iframe-host.html) drives the widget served as
# http://127.0.0.1:PORT: its origin goes into this build's dist/embed-origins.json only (the
# shipped list is empty; scripts/embed-origins.mjs, a Trunk hook, writes it).
export PK_EMBED_ORIGINS="${PK_EMBED_ORIGINS:-http://localhost:${PORT:-8080}}"
# The demo host pages (dist/demos/) are built for this server only.
export PK_DEMOS=1
exec trunk serve --offline --port "${PORT:-8080}" --address 127.0.0.1
