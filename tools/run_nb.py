#!/usr/bin/env python3
"""Run notebooks in place and store their outputs, as the course is read and as the docs site shows them; cells
marked `slow` (or `eval: false`) are skipped and keep what they hold, unless --slow is given (then only `eval: false`
is skipped). Usage: python tools/run_nb.py [--slow] nbs/NAME.ipynb ..."""
import os, re, sys
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

SLOW = '--slow' in sys.argv

def _skip(cell) -> bool:
    "Cells the tests skip too (`#| slow` unless --slow, `#| eval: false`); a cell that runs starts without its old outputs."
    head = re.findall(r'^#\|\s*(.+)$', cell.source, re.M)
    skip = cell.cell_type != 'code' or any(h.strip() in (('eval: false', 'eval:false') if SLOW else ('slow', 'eval: false', 'eval:false')) for h in head)
    if not skip: cell.outputs = []
    return skip

if __name__ == '__main__':
    for f in [a for a in sys.argv[1:] if a != '--slow']:
        path = Path(f).resolve()
        nb, cwd = read_nb(path), os.getcwd()
        os.chdir(path.parent)  # as Jupyter and nbdev_test run a notebook: from its folder
        try: CaptureShell(path).run_all(nb, exc_stop=True, preproc=_skip)
        finally: os.chdir(cwd)
        write_nb(nb, path)
        print(f"ran {f}: outputs stored")
