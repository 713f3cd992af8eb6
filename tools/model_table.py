#!/usr/bin/env python3
"""Write restoration/weights/MODELS.md, the table of the package's deblurring weights, from each file's note,
`restoration.best.BEST` and the benchmark's tables in data/bench (chapter 17's `model_file`); with --check, only
say whether the file is current (exit status 1 if not). Usage: python tools/model_table.py [--check]"""
import sys
from pathlib import Path
import pandas as pd
from restoration.best import model_file
from restoration.core import atomic_write

ROOT = Path(__file__).resolve().parent.parent
if __name__ == '__main__':
    bench = ROOT/'data'/'bench'
    text = model_file(pd.read_csv(bench/'synthetic.csv', index_col='step'), pd.read_csv(bench/'real.csv', index_col='step'))
    out = ROOT/'restoration'/'weights'/'MODELS.md'
    if '--check' in sys.argv[1:]:
        ok = out.exists() and out.read_text() == text
        print(f"{out.relative_to(ROOT)} is {'current' if ok else 'NOT current: run python tools/model_table.py'}")
        sys.exit(0 if ok else 1)
    atomic_write(out, lambda p: p.write_text(text))
    print(f"wrote {out.relative_to(ROOT)}")
