#!/bin/sh
# Regenerates src/SecretNu/Data/manifest.tsv from a reference data directory (default: ../shared/data beside the
# repository). Not part of the product; ManifestTests checks the committed manifest against the same directory.
#   tests/SecretNu.Tests/Data/make-manifest.sh [DATA_DIR] > src/SecretNu/Data/manifest.tsv
set -eu
data=${1:-$(dirname "$0")/../../../../shared/data}
cd "$data"
export LC_ALL=C
foresee="KlingFelix/FORESEE	2d6431f6f6e92287c1fe1b3003aea39234b29a4b"
fnfs="KlingFelix/FastNeutrinoFluxSimulation	c16ed47d801615ff44226dee141c8e711740e797"
darknews="mhostert/DarkNews-generator	54d63a6b9c104bef184c2089286e36edb4b3eaa5"
printf '# repository\tcommit\tupstream_path\tlocal_path\tsize\tsha256\n'
find foresee fast-neutrino-flux dune -type f | sort | while IFS= read -r local; do
  case "$local" in
    foresee/LICENSE.md)            source=$foresee; upstream=LICENSE.md ;;
    foresee/hadrons/*)             source=$foresee; upstream=files/hadrons/${local#foresee/hadrons/} ;;
    fast-neutrino-flux/LICENSE.md) source=$fnfs;    upstream=LICENSE.md ;;
    fast-neutrino-flux/Fluxes/*)   source=$fnfs;    upstream=Fluxes/${local#fast-neutrino-flux/Fluxes/} ;;
    dune/LICENSE-DarkNews)         source=$darknews; upstream=LICENSE ;;
    dune/DUNE_ND_*.dat)            source=$darknews; upstream=src/DarkNews/include/fluxes/${local#dune/} ;;
    *) echo "unexpected file: $local" >&2; exit 1 ;;
  esac
  size=$(wc -c < "$local" | tr -d ' ')
  sha=$(sha256sum "$local" | cut -d' ' -f1)
  printf '%s\t%s\t%s\t%s\t%s\n' "$source" "$upstream" "$local" "$size" "$sha"
done
