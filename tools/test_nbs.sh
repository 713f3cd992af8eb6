#!/usr/bin/env bash
# Runs every notebook with nbdev_test (cells flagged `slow` only with --flags slow) and prints a summary.
set -uo pipefail
cd "$(dirname "$0")/.."
n=$(ls nbs/[0-9]*.ipynb | wc -l)
# Two notebooks run at once, one per core: one thread each. Two OpenMP pools of two threads on two cores spin
# against each other, and a training cell that takes a minute alone took over 15 (10_denoise beside 14_stepnet).
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
start=$(date +%s)
nbdev_test --do_print --timing --n_workers 2 "$@"
rc=$?
echo "notebook tests took $(( $(date +%s) - start )) s"
if [ $rc = 0 ]; then echo "notebooks: $n passed, 0 failed"; else echo "notebook tests FAILED (see above)"; fi
exit $rc
