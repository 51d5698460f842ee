#!/usr/bin/env bash
# Measures how well the Domain tests catch a broken rule: runs Stryker.NET on src/OnlineMinisterial.Domain with
# tests/OnlineMinisterial.Domain.Tests, prints the mutation score per folder and overall, and writes the HTML report.
# A full run takes most of an hour on 2 cores. Extra arguments go to Stryker, e.g.
#   scripts/mutation.sh --since:main          only the mutants in files changed since main
#   scripts/mutation.sh -m "**/Voting/*.cs"   only one folder (or one file)
# The report goes to $MUTATION_OUTPUT (default: artifacts/mutation/<UTC time>/reports/mutation-report.html).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${MUTATION_OUTPUT:-artifacts/mutation/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

dotnet tool restore >/dev/null
root=$(pwd)
# Run from the test project's folder: at the root Stryker would take the whole solution.
(cd tests/OnlineMinisterial.Domain.Tests &&
  dotnet tool run dotnet-stryker -- --config-file "$root/stryker-config.json" --output "$out" "$@")

report="$out/reports/mutation-report.json"
if [ ! -f "$report" ]; then
  echo "No report written (no mutant to test?)" >&2
  exit 0
fi
node scripts/mutation-score.mjs "$report"
echo "HTML report: $out/reports/mutation-report.html"
