#!/usr/bin/env bash
# `npm test`: the quick checks, then the unit, integration and browser tiers,
# one after another. Side by side they took no less: the suite keeps both
# cores busy either way (docs/performance.md, "The test suite", has the
# figures). Each stage's time is printed.
set -euo pipefail
started=$SECONDS
stage() {
  local name=$1
  shift
  "$@"
  echo "npm test: $name done at $((SECONDS - started)) s"
}
stage provision bash scripts/provision.sh
stage engine npm run build -w editions
# The tests' own processes start the engine just compiled, not its source through tsx (tests/helpers/project.ts).
export EDITIONS_TEST_ENGINE=compiled
stage typecheck npm run typecheck
stage lint npm run lint
stage check npm run check
stage unit npm run test:unit
stage integration npm run test:integration
stage build npm run build
stage browser npm run test:e2e
