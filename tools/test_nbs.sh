#!/usr/bin/env bash
# Runs every notebook with nbdev_test (cells flagged `slow` only with --flags slow) and prints a summary.
set -uo pipefail
cd "$(dirname "$0")/.."
n=$(ls nbs/[0-9]*.ipynb | wc -l)
start=$(date +%s)
nbdev_test --do_print --timing --n_workers 2 "$@"
rc=$?
echo "notebook tests took $(( $(date +%s) - start )) s"
if [ $rc = 0 ]; then echo "notebooks: $n passed, 0 failed"; else echo "notebook tests FAILED (see above)"; fi
exit $rc
