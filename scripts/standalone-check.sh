#!/usr/bin/env bash
# The repository stands on its own: a clone without the sibling ../shared folder installs from the
# lockfile and passes the tests that read fixtures and (where present) the seed release — the seed
# tests skip with a printed reason, and our own fixtures carry the same slips.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$root" "$work/repo"
cd "$work/repo"
test ! -e ../shared
unset BAYAN_SEED
pnpm install --frozen-lockfile --offline >/dev/null
npx vitest run \
  tests/releases.test.ts tests/golden tests/data-files.test.ts tests/rules-meta.test.ts \
  packages/arabic/test/seed.test.ts rules/terminology/test rules/orthography/test rules/numbers/test \
  rules/rtl/test/language-of-parts.test.ts rules/rtl/test/no-bidi-controls.test.ts \
  rules/a11y/test/no-fake-lists.test.ts rules/punctuation/test/consistent-quotes.test.ts tests/cli/real.test.ts
echo "standalone clone: ok"
