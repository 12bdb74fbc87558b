#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (a test tool's own browser download does not work here).
# Installs it when missing and we can (root with apt-get); otherwise says so and leaves the choice to the tests:
# they skip loudly outside CI and fail under CI=true.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  "$CHROMIUM" --version
else
  echo "WARNING: no Chromium at $CHROMIUM and no way to install it here (needs root and apt-get): browser tests will skip, or fail under CI." >&2
fi
