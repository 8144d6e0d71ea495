#!/usr/bin/env bash
# Runs every command once into DIR, for byte-level before/after comparisons of a refactor (issue 12):
#   tools/output-snapshot.sh DIR            # uses the Release build of this checkout
#   diff -r --exclude='*.png' BEFORE AFTER  # then compare; timings and absolute paths are normalised below
# Needs SECRETNU_DATA (or ../shared/data beside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tools/output-snapshot.sh DIR}
export SECRETNU_DATA="${SECRETNU_DATA:-$(cd .. && pwd)/shared/data}"
dll=src/SecretNu.Cli/bin/Release/net10.0/SecretNu.Cli.dll
[ -f "$dll" ] || dotnet build -c Release >/dev/null
rm -rf "$out"; mkdir -p "$out"
run() { dotnet "$dll" "$@"; }
run widths --mass 10MeV > "$out/widths.txt"
run widths --mass 1keV --format json --out "$out/widths.json"
run spectrum --meson K+ --mass 10MeV --coupling etau=1e-3 --out "$out/spectrum.csv"
run spectrum --meson Ds- --mass 100MeV --coupling mutau=1e-3 --format json --out "$out/spectrum.json"
run flux --mass 10MeV --coupling etau=1e-3 --out "$out/flux" >/dev/null
run flux --experiment faser2-nu-x100 --mass 10MeV --coupling ee=1e-3 --seed-mode --out "$out/flux-seed" >/dev/null
run limit --coupling etau,ee --masses 1MeV:300MeV:5 --tilt --experiment faser-nu faser2-nu-x1000 --out "$out/limit" >/dev/null
run limit --coupling mutau --masses 10MeV,100MeV --systematics realistic --out "$out/limit-realistic" >/dev/null
run bounds --coupling etau --masses 1keV:500MeV:13 --out "$out/bounds" >/dev/null
run plane --couplings ee,etau --mass 10MeV --out "$out/plane" >/dev/null
run validate-flux --experiment faser-nu --out "$out/validate" >/dev/null
run limit --coupling emu --masses 1MeV:100MeV:4 --shard 1/2 --out "$out/s1" >/dev/null
run limit --coupling emu --masses 1MeV:100MeV:4 --shard 2/2 --out "$out/s2" >/dev/null
run merge --out "$out/merged" "$out/s1" "$out/s2" >/dev/null
run reproduce --masses 1keV:500MeV:13 --out "$out/reproduce" >/dev/null
# normalise what legitimately differs between runs: absolute paths, wall times, dates
find "$out" -type f \( -name '*.json' -o -name '*.md' -o -name '*.csv' -o -name '*.yaml' -o -name '*.txt' -o -name '*.svg' \) -print0 |
  xargs -0 sed -i -E -e 's/[0-9]+\.[0-9]+\.[0-9]+\+[0-9a-f]{40}/VERSION/g' -e "s#$(pwd)#REPO#g" -e "s#$out#OUT#g" -e 's/[0-9]+(\.[0-9]+)? (s|ms)\b/T \2/g' \
    -e 's/"(elapsed|wall|seconds|created|timestamp|date)[a-z_]*": *[^,}]*/"\1": X/g' -e 's/20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.Z+-]*/DATE/g'
echo "snapshot in $out"
