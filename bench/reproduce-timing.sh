#!/usr/bin/env bash
# Wall time and peak memory of the main job, cold (empty flux cache) and warm (issue 14), on this machine:
#   bench/reproduce-timing.sh [DATA_DIR]
# Prints one line per run: what, wall seconds, peak resident memory (MB). Uses a temporary cache and output folder.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-${SECRETNU_DATA:-$(cd .. && pwd)/shared/data}}"
work="$(mktemp -d -t secretnu-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dotnet build src/SecretNu.Cli -c Release -nologo -v q >/dev/null
cli=(dotnet src/SecretNu.Cli/bin/Release/net10.0/SecretNu.Cli.dll)
run() { # label, args...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f "%M" -o "$work/mem" "${cli[@]}" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    mem=$(( $(cat "$work/mem") / 1024 ))
  else
    "${cli[@]}" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    mem="?"
  fi
  end=$(date +%s.%N)
  printf '%-34s %6.1f s  %6s MB\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$mem"
}
run "reproduce, no cache"          reproduce --data "$data" --no-cache --out "$work/a"
run "reproduce, empty cache"       reproduce --data "$data" --cache "$work/cache" --out "$work/b"
run "reproduce, warm cache"        reproduce --data "$data" --cache "$work/cache" --out "$work/c"
run "limit 61 masses, warm cache"  limit --coupling etau --no-band --data "$data" --cache "$work/cache" --out "$work/d"
for k in 1 2 3; do "${cli[@]}" reproduce --data "$data" --cache "$work/cache" --shard $k/3 --out "$work/s$k" >/dev/null 2>&1; done
run "merge of 3 shards, warm cache" merge --data "$data" --cache "$work/cache" --out "$work/m" "$work/s1" "$work/s2" "$work/s3"
run "limit 61 masses, paper, warm"     limit --coupling etau --no-band --data "$data" --cache "$work/cache" --out "$work/p"
run "limit 61 masses, realistic, warm" limit --coupling etau --no-band --systematics realistic --data "$data" --cache "$work/cache" --out "$work/r"
run "limit 61 masses, realistic, cold" limit --coupling etau --no-band --systematics realistic --data "$data" --cache "$work/cold" --out "$work/rc"
run "limit 61 masses, paper, cold"     limit --coupling etau --no-band --data "$data" --cache "$work/cold2" --out "$work/pc"
run "limit dune-nd, 4 couplings, warm"  limit --experiment dune-nd --coupling etau,ee,mutau,emu --no-band --data "$data" --cache "$work/cache" --out "$work/dw"
run "limit dune-nd, 4 couplings, cold"  limit --experiment dune-nd --coupling etau,ee,mutau,emu --no-band --data "$data" --cache "$work/cold3" --out "$work/dc"
