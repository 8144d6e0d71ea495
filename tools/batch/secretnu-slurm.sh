#!/bin/bash
# Slurm: the reproduce job as an 8-task array, then the merge once every task has succeeded.
#   mkdir -p logs && sbatch tools/batch/secretnu-slurm.sh
# To shard another scan, append its command and options:  sbatch tools/batch/secretnu-slurm.sh limit --coupling etau …
#SBATCH --job-name=secretnu
#SBATCH --array=0-7
#SBATCH --cpus-per-task=4
#SBATCH --mem=4G
#SBATCH --time=01:00:00
#SBATCH --output=logs/secretnu-%A_%a.log
set -euo pipefail
export SECRETNU_DATA=${SECRETNU_DATA:-/path/to/secretnu-data}
cd "${SLURM_SUBMIT_DIR}"
n=${SLURM_ARRAY_TASK_COUNT}
if [ "${SLURM_ARRAY_TASK_ID}" = "${SLURM_ARRAY_TASK_MIN}" ]; then
  # queue the merge behind the whole array; it runs only if every shard succeeded
  sbatch --dependency=afterok:"${SLURM_ARRAY_JOB_ID}" --job-name=secretnu-merge --output=logs/secretnu-merge-%j.log \
    --wrap "secretnu merge --out out shards/*"
fi
exec bash tools/batch/secretnu-shard.sh "${SLURM_ARRAY_TASK_ID}" "$n" "${@:-reproduce}"
