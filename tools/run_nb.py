#!/usr/bin/env python3
"""Run notebooks in place and store their outputs, as the course is read and as the docs site shows them; cells
marked `slow` (or `eval: false`) are skipped and keep what they hold, unless --slow is given (then only `eval: false`
is skipped). --keep-going runs every cell after an error too and stores the outputs, errors included, then exits
with status 1 (for a long run whose last checks may fail). --slow-cells=ID,ID runs the slow cells of those cell ids
and keeps the others' outputs. Usage: python tools/run_nb.py [--slow | --slow-cells=IDS] [--keep-going] nbs/NAME.ipynb ..."""
import os, re, sys
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

SLOW, KEEP_GOING = '--slow' in sys.argv, '--keep-going' in sys.argv
SLOW_IDS = {i for a in sys.argv if a.startswith('--slow-cells=') for i in a.split('=', 1)[1].split(',') if i}

def _skip(cell) -> bool:
    "Cells the tests skip too (`#| slow` unless --slow, `#| eval: false`); a cell that runs starts without its old outputs."
    head = re.findall(r'^#\|\s*(.+)$', cell.source, re.M)
    slow = SLOW or cell.get('id') in SLOW_IDS
    skip = cell.cell_type != 'code' or any(h.strip() in (('eval: false', 'eval:false') if slow else ('slow', 'eval: false', 'eval:false')) for h in head)
    if not skip: cell.outputs = []
    return skip

if __name__ == '__main__':
    failed = False
    for f in [a for a in sys.argv[1:] if a not in ('--slow', '--keep-going') and not a.startswith('--slow-cells=')]:
        path = Path(f).resolve()
        nb, cwd = read_nb(path), os.getcwd()
        os.chdir(path.parent)  # as Jupyter and nbdev_test run a notebook: from its folder
        try:
            shell = CaptureShell(path)
            shell.run_all(nb, exc_stop=not KEEP_GOING, preproc=_skip)
        finally: os.chdir(cwd)
        write_nb(nb, path)
        errors = [c for c in nb.cells if any(o.get('output_type') == 'error' for o in c.get('outputs', []))]
        failed |= bool(errors)
        print(f"ran {f}: outputs stored" + (f"; {len(errors)} cells failed, their errors stored" if errors else ''))
    sys.exit(1 if failed else 0)
