#!/usr/bin/env bash
# Wall time and peak memory of the main job and of the other timed runs of issue 14, on this machine:
#   bench/reproduce-timing.sh [--r2r] [DATA_DIR]
# Prints one line per run: what, wall seconds, peak resident memory (MB). Uses a temporary cache and output folder.
# The runs use the framework-dependent Release build (what `dotnet run` and the installed tool run: JIT at start-up);
# --r2r repeats the warm runs with a ReadyToRun publish of the same code (precompiled: less start-up JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
r2r=0
if [ "${1:-}" = "--r2r" ]; then r2r=1; shift; fi
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
  printf '%-50s %6.2f s  %6s MB\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$mem"
}
shards() { for k in 1 2 3; do rm -rf "$work/s$k"; "${cli[@]}" reproduce --data "$data" --cache "$work/cache" --shard $k/3 --out "$work/s$k" >/dev/null 2>&1; done; }
warm_runs() { # the runs that read a warm cache
  run "reproduce, warm cache"                  reproduce --data "$data" --cache "$work/cache" --out "$work/c"
  [ -n "${1:-}" ] && run "limit 61 masses, fluxes cached (not its points)" limit --coupling etau --no-band --data "$data" --cache "$work/cache" --out "$work/d"
  run "limit 61 masses, warm cache"            limit --coupling etau --no-band --data "$data" --cache "$work/cache" --out "$work/d"
  shards
  rm -rf "$work/m"
  run "merge of 3 reproduce shards, warm cache" merge --data "$data" --cache "$work/cache" --out "$work/m" "$work/s1" "$work/s2" "$work/s3"
}
run "reproduce, no cache"                      reproduce --data "$data" --no-cache --out "$work/a"
run "reproduce, empty cache"                   reproduce --data "$data" --cache "$work/cache" --out "$work/b"
warm_runs first
# what the cached bound points save: the same warm cache without them (fluxes, fits and tables still cached)
cp -r "$work/cache" "$work/nopoints" && find "$work/nopoints" -name '*.point' -delete
run "reproduce, cache without bound points"    reproduce --data "$data" --cache "$work/nopoints" --out "$work/e"
run "limit 61 masses, realistic, fluxes cached" limit --coupling etau --no-band --systematics realistic --data "$data" --cache "$work/cache" --out "$work/r"
run "limit 61 masses, realistic, cold"         limit --coupling etau --no-band --systematics realistic --data "$data" --cache "$work/cold" --out "$work/rc"
run "limit 61 masses, paper, cold"             limit --coupling etau --no-band --data "$data" --cache "$work/cold2" --out "$work/pc"
run "limit dune-nd, 4 couplings, cold"         limit --experiment dune-nd --coupling etau,ee,mutau,emu --no-band --data "$data" --cache "$work/cold3" --out "$work/dc"
run "limit dune-nd, 4 couplings, warm"         limit --experiment dune-nd --coupling etau,ee,mutau,emu --no-band --data "$data" --cache "$work/cold3" --out "$work/dw"
if [ "$r2r" = 1 ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
  dotnet publish src/SecretNu.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v q >/dev/null
  cli=(dotnet "$work/r2r/SecretNu.Cli.dll")
  echo "ReadyToRun publish ($rid), same cache:"
  warm_runs
fi
