#!/usr/bin/env bash
# The whole check, as the README's test command: every step runs, then one line "N passed, N failed".
# Steps that are not test runners (lint, typecheck, data check, build) count as one check each.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf reports && mkdir -p reports
status=0
step() {
  local name=$1; shift
  echo "── $name"
  if "$@"; then echo "pass $name" >> reports/steps.txt; else echo "fail $name" >> reports/steps.txt; status=1; fi
}
step chromium bash scripts/ensure-chromium.sh
step rsvg bash scripts/ensure-rsvg.sh
# Lint, the slowest static check, needs no other step: it runs beside the typecheck, data check, format and unit
# tests (two cores), and its output is printed when it is waited for.
echo "── lint (beside the next steps)"
npx eslint . --max-warnings=0 > reports/lint.log 2>&1 &
lint_pid=$!
lint_result() {
  local rc=0
  wait "$lint_pid" || rc=$?
  cat reports/lint.log
  return $rc
}
step typecheck npx tsc --noEmit
step data-check npx tsx scripts/data-check.ts
step format npx prettier --check . --log-level warn
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step lint lint_result
step build npm run -s build
step bundle-budget node scripts/bundle-budget.mjs
step e2e npx playwright test
node scripts/test-summary.mjs || status=1
exit $status
