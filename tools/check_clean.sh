#!/usr/bin/env bash
# Fails when `nbdev_clean` or `nbdev_export` changes a file: notebooks must be committed clean, and the
# package must be what the notebooks export. Then the README and the chapters' shape are checked (chapter 17 checks the model table).
set -euo pipefail
cd "$(dirname "$0")/.."
state() { git status --porcelain; git diff | sha1sum; git ls-files -o --exclude-standard -z | xargs -0 -r sha1sum; }
for cmd in nbdev_clean nbdev_export; do
  before=$(state)
  $cmd
  after=$(state)
  if [ "$before" != "$after" ]; then
    echo "FAILED: '$cmd' changed files; run it and commit the result:"
    git status --short
    exit 1
  fi
  echo "ok: '$cmd' leaves the tree unchanged"
done
"${PYTHON:-python3}" tools/readme.py --check
"${PYTHON:-python3}" tools/check_lessons.py
