#!/usr/bin/env bash
# Proves the suite survives growth: in a temporary copy of the project, imports a synthetic sixth code of real
# shape (25 values numbered "1….", written for the tests) with the importer, writes its front matter and marks it
# reviewed, then runs the unit tests, both builds and the built-output tests. A test that pins a fact of today's
# five codes, rather than a mechanism or a fact a new code cannot make false, fails here.
# `sixth-code.sh draft` stops where an editor commits a draft (docs/IMPORTING.md, step 4: front matter written,
# status still draft, no publishing steps) and runs the same tests, so CI is shown green with a draft in content.
# No ALLOW_DRAFT_PLACEHOLDERS: a draft whose front matter is written builds as it is.
set -euo pipefail
STATUS=${1:-reviewed}
if [ "$STATUS" != draft ] && [ "$STATUS" != reviewed ]; then
  echo "usage: bash scripts/sixth-code.sh [draft|reviewed]" >&2
  exit 1
fi
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pec-sixth-code-XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== Sixth code: a copy of the project in $WORK"
# Tracked and new (not ignored) files: no build output, no caches. The dependencies are hard-linked, not copied.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [ -e "$file" ] && printf '%s\0' "$file"
done | tar --null -T - -cf - | tar -xf - -C "$WORK"
cp -al "$ROOT/node_modules" "$WORK/node_modules" 2>/dev/null || cp -a "$ROOT/node_modules" "$WORK/node_modules"
# The build caches must be the copy's own: a hard-linked file written in place would change the project's too (the
# content-reader test reads the last build's SiteData from node_modules/.astro).
rm -rf "$WORK/node_modules/.astro" "$WORK/node_modules/.vite"
cd "$WORK"

echo "== Sixth code: import, write the front matter, status $STATUS"
npm run --silent import-code -- tests/fixtures/import/values-ellipsis.txt --id sixth-code-test
npx vite-node scripts/sixth-code-review.ts sixth-code-test "$STATUS"
if [ "$STATUS" = reviewed ]; then
  # The publishing steps docs/IMPORTING.md lists: record the new permalinks, update the quoted tagging figure.
  npm run --silent permalinks
  npm run --silent evaluate-tagging -- --write
fi

echo "== Sixth code ($STATUS): unit tests"
npx vitest run --project unit

echo "== Sixth code ($STATUS): builds (default, then under the base path /ethics/)"
npm run build
SITE_BASE=/ethics/ SITE_URL=https://example.org OUT_DIR=./dist-ethics npm run build

echo "== Sixth code ($STATUS): built-output tests"
npx vitest run --project build
