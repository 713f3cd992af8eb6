#!/usr/bin/env python3
"""The shape of the numbered chapters, as the course promises it: no code cell longer than 30 lines, and at least
80 % of the export cells holding one definition (a function or a class). Prints both figures; exit status 1 when a
chapter breaks either. Usage: python tools/check_lessons.py"""
import ast, json, re, sys
from pathlib import Path

MAX_LINES, MIN_ONE_DEF = 30, 0.8
ROOT = Path(__file__).resolve().parent.parent

def cells(path:Path):
    "The code cells of a notebook, as source strings."
    return [''.join(c['source']) for c in json.loads(path.read_text())['cells'] if c['cell_type'] == 'code']

def n_defs(src:str) -> int:
    "Top-level functions and classes of a cell (0 when it does not parse as Python)."
    try: return sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in ast.parse(src).body)
    except SyntaxError: return 0

if __name__ == '__main__':
    long, exports, one = [], 0, 0
    for nb in sorted((ROOT/'nbs').glob('[0-9][0-9]_*.ipynb')):
        for src in cells(nb):
            if len(src.splitlines()) > MAX_LINES: long.append(f"{nb.name}: a code cell of {len(src.splitlines())} lines ({src.splitlines()[0][:60]!r})")
            if re.match(r'#\|\s*export\b', src): exports += 1; one += n_defs(src) <= 1
    print(f"chapters: code cells over {MAX_LINES} lines: {len(long)}; export cells with one definition: {one} of {exports} ({one / max(exports, 1):.0%})")
    for l in long: print('  ' + l)
    sys.exit(1 if long or one < MIN_ONE_DEF * exports else 0)
