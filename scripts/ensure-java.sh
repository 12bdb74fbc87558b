#!/usr/bin/env bash
# The Nu HTML Checker (vnu.jar, tests/build/nu-html-checker.test.ts) runs on Java 11 or newer. Installs Debian's
# headless JRE when Java is missing and we can (root with apt-get); otherwise fails, naming what is missing.
# Run before `npm ci` too: the vnu-jar package's install script downloads a JRE from GitHub when none is found.
set -euo pipefail
if command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's default-jre-headless for the Nu HTML Checker…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  java -version
else
  echo "ERROR: no java on PATH and no way to install it here (needs root and apt-get): install Java 11+ for the Nu HTML Checker." >&2
  exit 1
fi
