#!/usr/bin/env bash
# Fuzzes the three input readers (hadron tables, published flux files, experiment cards) and the command line outside
# CI: N mutated inputs per reader and N random command lines (default 100000; CI runs a few thousand). The only allowed outcomes are a valid result or an
# InputException with a one-line message; anything else fails with the shrunk input and a CsCheck seed to reproduce it
# (CsCheck_Seed=<seed> tools/fuzz.sh 1). See tests/SecretNu.Tests/Hardening/FuzzTests.cs.
#
# Usage: tools/fuzz.sh [N] [dotnet test options...]     e.g. tools/fuzz.sh 1000000
set -uo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  ''|*[!0-9]*) [ -n "${1:-}" ] && { echo "fuzz.sh: N must be a whole number, not '$1' (try tools/fuzz.sh --help)" >&2; exit 2; } ;;
esac
n="${1:-100000}"
shift $(( $# > 0 ? 1 : 0 ))
export SECRETNU_FUZZ_ITERATIONS="$n"
log="$(mktemp -t secretnu-fuzz.XXXXXX)"
echo "fuzzing each reader with $n inputs and the command line with $n argument vectors (log: $log)"
start=$(date +%s)
# a hang is a failure too: no run should come near the limit (about 10 min per 10^6 inputs on two cores)
timeout "${SECRETNU_FUZZ_TIMEOUT:-4h}" dotnet test tests/SecretNu.Tests -c Release \
  --filter "FullyQualifiedName~SecretNu.Tests.Hardening.FuzzTests|FullyQualifiedName~SecretNu.Tests.Hardening.CommandLineFuzzTests" --logger "console;verbosity=detailed" "$@" >"$log" 2>&1
status=$?
grep -E "inputs in [0-9.]+ s|command lines: [0-9]+ in" "$log" | sed 's/^ *//'
if [ "$status" -ne 0 ]; then
  grep -E -A12 "\[FAIL\]|Error Message" "$log" | head -60
  [ "$status" -eq 124 ] && echo "fuzz: timed out (a hang?)"
  echo "fuzz: FAILED after $(( $(date +%s) - start )) s (exit $status); full log: $log"
  exit 1
fi
echo "fuzz: passed in $(( $(date +%s) - start )) s"
rm -f "$log"
