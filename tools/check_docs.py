#!/usr/bin/env python3
"""Open the built site as a person would: headless Chromium loads the home page and two chapters, and each page
as the browser renders it must show its title, a figure (the chapters) and no error output.
Usage: python tools/check_docs.py [PAGE ...] (default: index 05_vignetting 08_bench); run by `make docs`."""
import json, re, shutil, subprocess, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
DOCS = root/'_docs'

def browser() -> str:
    for b in ('chromium', 'chromium-browser', 'google-chrome'):
        if shutil.which(b): return shutil.which(b)
    sys.exit("check_docs: no Chromium found: install the system package chromium (Debian/Ubuntu: sudo apt-get install chromium)")

def rendered(page: Path) -> str:
    "The page's DOM after Chromium has loaded and rendered it (scripts run)."
    r = subprocess.run([browser(), '--headless', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=5000',
                        '--dump-dom', page.as_uri()], capture_output=True, text=True, timeout=120)
    if r.returncode != 0 or '<body' not in r.stdout: sys.exit(f"check_docs: {page}: Chromium could not render it ({r.stderr.strip()[-300:]})")
    return r.stdout

def check(name: str) -> list[str]:
    "What is wrong with page `name` as rendered; empty when it is fine."
    page, nb = DOCS/f'{name}.html', json.loads((root/'nbs'/f'{name}.ipynb').read_text(encoding='utf-8'))
    if not page.is_file(): return [f"{page}: missing; run `make docs`"]
    dom, problems = rendered(page), []
    title = re.search(r'^#\s+(.+)$', ''.join(nb['cells'][0]['source']), re.M).group(1).strip()
    h1 = [re.sub(r'<[^>]+>|¶', '', h).strip() for h in re.findall(r'<h1[^>]*>(.*?)</h1>', dom, re.S)]
    if title not in h1: problems.append(f"{name}: title {title!r} not among the page's headings {h1[:3]}")
    figures = len(re.findall(r'<img[^>]+src="data:image/png', dom))
    if name != 'index' and figures == 0: problems.append(f"{name}: no figure")
    if 'Traceback (most recent call last)' in dom: problems.append(f"{name}: an error output is shown")
    print(f"{name}: title {title!r}, {figures} figure{'s' * (figures != 1)}, {len(dom):,} characters rendered" + ('' if problems else ': ok'))
    return problems

if __name__ == '__main__':
    names = sys.argv[1:] or ['index', '05_vignetting', '08_bench']
    problems = [p for n in names for p in check(n)]
    for p in problems: print(f"FAILED: {p}")
    sys.exit(1 if problems else 0)
