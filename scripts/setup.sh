#!/usr/bin/env bash
# Installs whatever is missing, and nothing else. Idempotent: a second run only checks.
#   scripts/setup.sh app    Rust wasm target, Trunk, wasm-bindgen-cli, Node tools (wasm-opt)
#   scripts/setup.sh test   the above, plus Debian's Chromium and ChromeDriver, Debian's
#                           firefox-esr and geckodriver (crates.io), Debian's WebKitGTK
#                           WebDriver (webkit2gtk-driver) and xvfb, Python tools
# Everything comes from crates.io, npm, PyPI or Debian apt; no build step downloads binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-app}"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
# Whether a command's output has a line matching the pattern. The whole output is read first: a
# pipe into `grep -q` can close before the command has finished writing, and a Rust tool
# (geckodriver, rustup) then panics on the broken pipe, which under pipefail looked like "not
# installed" and reinstalled geckodriver on every run.
prints() { local pattern=$1 out; shift; out=$("$@" 2>/dev/null) || return 1; grep -q -- "$pattern" <<<"$out"; }
apt_install() { # Debian packages, with sudo when not root
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_REQ='~0.21'
GECKODRIVER_VERSION='0.37.1'
# wasm-bindgen-cli must be exactly the wasm-bindgen of Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

if ! prints '^wasm32-unknown-unknown$' rustup target list --installed; then
  say "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$what" = "test" ]; then
  for component in rustfmt clippy; do
    if ! prints "^$component" rustup component list --installed; then
      say "adding Rust component $component"
      rustup component add "$component"
    fi
  done
fi

if ! (have trunk && prints '^trunk 0\.21\.' trunk --version); then
  say "installing Trunk $TRUNK_REQ from crates.io (about 12 minutes the first time)"
  cargo install trunk --version "$TRUNK_REQ" --locked
fi

if ! (have wasm-bindgen && [ "$(wasm-bindgen --version)" = "wasm-bindgen $WB_VERSION" ]); then
  say "installing wasm-bindgen-cli $WB_VERSION from crates.io (about 4 minutes)"
  # `cargo install --locked` fails: the Cargo.lock the crate ships names webpki-roots 1.0.11,
  # which is not on the registry. We ship that lock with the one line changed to 1.0.10
  # (scripts/locks/), check the crate against its sha256 (the registry index's), and build it
  # with our lock, so every dependency is pinned. For a version we ship no lock for: unlocked.
  lock="$PWD/scripts/locks/wasm-bindgen-cli-$WB_VERSION.Cargo.lock"
  if [ -f "$lock" ]; then
    src=$(mktemp -d)
    crate="wasm-bindgen-cli-$WB_VERSION.crate"
    curl -sSfL -o "$src/$crate" "https://static.crates.io/crates/wasm-bindgen-cli/$crate"
    (cd "$src" && sha256sum --quiet -c "$OLDPWD/scripts/locks/$crate.sha256")
    tar -xzf "$src/$crate" -C "$src"
    cp "$lock" "$src/wasm-bindgen-cli-$WB_VERSION/Cargo.lock"
    cargo install --path "$src/wasm-bindgen-cli-$WB_VERSION" --locked --force
    rm -rf "$src"
  else
    say "no lock in scripts/locks for wasm-bindgen-cli $WB_VERSION: installing it unlocked"
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
  fi
fi

# Node tools (wasm-opt from npm's binaryen; Playwright, axe, Lighthouse, and the independent QR,
# PNG and iCalendar readers jsQR, pngjs and ical.js for tests), pinned by
# package-lock.json. Reinstalled only when the lock file changes.
stamp=node_modules/.pk-lock-sha
lock_sha=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sha" ]; then
  say "installing Node tools (npm ci)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sha" > "$stamp"
fi

if [ "$what" = "test" ]; then
  if ! (have chromium && have chromedriver); then
    say "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
  if ! have firefox-esr; then
    say "installing Debian's firefox-esr"
    apt_install firefox-esr
  fi
  # WebKitGTK, Safari's engine: its WebDriver and MiniBrowser (webkit2gtk-driver pulls in
  # libwebkit2gtk-4.1-0, which ships MiniBrowser), run on a virtual display (xvfb-run, which
  # needs xauth: only a recommendation of xvfb, so named here for systems that skip those).
  if ! (have WebKitWebDriver && have xvfb-run && have xauth); then
    say "installing Debian's webkit2gtk-driver, xvfb and xauth"
    apt_install webkit2gtk-driver xvfb xauth
  fi
  if ! (have geckodriver && prints "^geckodriver $GECKODRIVER_VERSION" geckodriver --version); then
    say "installing geckodriver $GECKODRIVER_VERSION from crates.io (about 5 minutes)"
    cargo install geckodriver --version "=$GECKODRIVER_VERSION" --force
  fi
  if [ -f requirements-test.txt ]; then
    venv=.tools/venv
    req_sha=$(sha256sum requirements-test.txt | cut -d' ' -f1)
    if [ ! -f "$venv/.pk-req-sha" ] || [ "$(cat "$venv/.pk-req-sha")" != "$req_sha" ]; then
      say "installing Python test tools into $venv"
      if ! python3 -m venv "$venv"; then
        # Debian ships venv's pip bootstrap separately.
        say "installing Debian's python3-venv"
        apt_install python3-venv
        rm -rf "$venv"
        python3 -m venv "$venv"
      fi
      "$venv/bin/pip" install --quiet --disable-pip-version-check -r requirements-test.txt
      echo "$req_sha" > "$venv/.pk-req-sha"
    fi
  fi
fi
say "ready ($what)"
