#!/usr/bin/env bash
# Every test and gate, in order. `npm test` runs this; CI runs it through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
bash scripts/ensure-java.sh

echo "== Lint (Prettier formatting, knip: unused files, exports and dependencies)"
npm run lint

echo "== Types (astro check, TypeScript strict)"
npx astro check --minimumSeverity warning

echo "== Unit tests (pure functions, content checks, permalinks)"
npx vitest run --project unit

echo "== Build (default, then under the base path /ethics/)"
npm run build
SITE_BASE=/ethics/ SITE_URL=https://example.org OUT_DIR=./dist-ethics npm run build

echo "== Built-output tests"
npx vitest run --project build

echo "== Browser tests (Chromium)"
npx vitest run --project browser

echo "== Sixth code (the suite with a synthetic sixth code imported, in a temporary copy: as a committed draft, then reviewed)"
bash scripts/sixth-code.sh draft
bash scripts/sixth-code.sh reviewed
