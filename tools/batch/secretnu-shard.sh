#!/bin/bash
# One shard of a SecretNu scan on a batch node.
#   usage: secretnu-shard.sh INDEX N [COMMAND [OPTIONS…]]
# INDEX = 0…N−1 (HTCondor's $(Process), a Slurm array task id from --array=0-(N−1)); COMMAND defaults to
# "reproduce". Runs `secretnu COMMAND … --shard INDEX+1/N --out shards/INDEX+1 --resume`: checkpoints and shard.json
# go to shards/K, and --resume lets a re-queued job continue where it stopped. Combine with
#   secretnu merge --out out shards/*
# Needs `secretnu` on PATH (dotnet tool install, see README) and SECRETNU_DATA pointing at the input data.
set -euo pipefail
k=$(( $1 + 1 )) n=$2
shift 2
[ $# -gt 0 ] || set -- reproduce
exec secretnu "$@" --shard "$k/$n" --out "shards/$k" --resume
