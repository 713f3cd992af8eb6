#!/usr/bin/env python3
"""Write README.md from nbs/index.ipynb, the nbdev way: the index notebook is the source of the README and of the
docs' home page. Its markdown cells are joined, and links to other notebooks are pointed into nbs/ (on the docs
site they stay relative). Usage: python tools/readme.py [--check]; --check exits 1 when README.md is not current."""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
HEADER = '<!-- Generated from nbs/index.ipynb by `make readme`: edit the notebook, not this file. -->\n\n'

def readme_text(index: Path = root/'nbs'/'index.ipynb') -> str:
    "The README for the index notebook at `index`."
    cells = json.loads(index.read_text(encoding='utf-8'))['cells']
    md = '\n\n'.join(''.join(c['source']).strip() for c in cells if c['cell_type'] == 'markdown')
    md = re.sub(r'\]\((?!https?:|/|#)([^)\s]+\.ipynb)\)', r'](nbs/\1)', md)
    return HEADER + md + '\n'

if __name__ == '__main__':
    text, out = readme_text(), root/'README.md'
    if '--check' in sys.argv[1:]:
        if out.read_text(encoding='utf-8') != text:
            sys.exit('README.md is not what nbs/index.ipynb gives: run `make readme` and commit the result')
        print('ok: README.md is current with nbs/index.ipynb')
    else:
        tmp = out.with_name(f'.{out.name}.tmp')
        tmp.write_text(text, encoding='utf-8'); tmp.replace(out)
        print(f'wrote {out.relative_to(root)} ({len(text.split())} words) from nbs/index.ipynb')
