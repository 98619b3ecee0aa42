#!/usr/bin/env bash
# The one test command (README, .ci/run): on a fresh Debian machine it installs what
# the suites need — Debian's LibreOffice Calc, Chromium, poppler and openpyxl, the npm packages — then
# type-checks, lints and runs every suite: unit, LibreOffice interop, end to end.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# poppler turns LibreOffice's PDF of the workbook into words with sizes and PNG pages (tests/interop/print.test.ts).
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# openpyxl saves workbooks in the read-back fidelity suite (tests/interop/fidelity.test.ts).
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core
fi

npm ci --no-audit --no-fund
npm run typecheck
npm run lint

results="$(mktemp -d)"
status=0
run_suite() {
  local name="$1"; shift
  echo "== jest: $name"
  npx jest --selectProjects "$name" --json --outputFile="$results/$name.json" "$@" || status=1
}
run_suite unit
run_suite interop --runInBand
if [ -d tests/e2e ]; then
  npm run build
  run_suite e2e --runInBand
fi

node -e '
  const fs = require("fs"); let passed = 0, failed = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
' "$results"
exit $status
