#!/usr/bin/env python3
"""Build the course as a website in _docs/: every notebook of nbs/ one page, index.ipynb the home page.

Each page is the notebook as stored, with its outputs and figures: hidden cells and directives dropped, and after
every exported cell the API of what it defines, shown by nbdev's `show_doc`; nbconvert (which ships with
jupyterlab) writes the HTML, and a navigation bar lists every page. nbdev_docs would render with Quarto, whose
PyPI package downloads its program from GitHub while it installs, which this project cannot reach.
Usage: python tools/docs.py  (make docs)."""
import ast, importlib, inspect, json, os, re, shutil, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from nbdev.showdoc import show_doc

root = Path(__file__).resolve().parent.parent
OUT, NBS = root/'_docs', root/'nbs'

def _options(src: str) -> tuple[dict, str]:
    "The cell's directives (`#| key: value` or `#| key` lines at its top) and its source without them."
    opts, lines = {}, src.splitlines()
    while lines and lines[0].startswith('#|'):
        k, _, v = lines.pop(0)[2:].strip().partition(':')
        k, v = (k.split() + [''])[0], (v.strip() or ' '.join(k.split()[1:]))
        opts[k] = v
    return opts, '\n'.join(lines)

def _defined(src: str) -> list[str]:
    "Public functions and classes a cell defines, in order."
    try: tree = ast.parse(src)
    except SyntaxError: return []
    return [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and not n.name.startswith('_')]

def _api(mod, name: str) -> str:
    "`show_doc` of `mod.name` as markdown, without nbdev's link to a source repository this project does not have."
    obj = getattr(mod, name)
    try: md = show_doc(obj)._repr_markdown_()
    except (ValueError, NameError):  # fastcore's docments compares a default with !=, which fails for an array default
        md = f"### {name}\n\n```python\n{name}{inspect.signature(obj)}\n```\n\n*{inspect.getdoc(obj) or ''}*"
    return re.sub(r'^\[source\]\(.*$', '', md, flags=re.M).strip()

def page_cells(nb: dict) -> dict:
    "`nb` as a page: hidden cells dropped, directives removed, the API of every exported definition shown by `show_doc`."
    cells, mod = [], None
    for c in nb['cells']:
        opts, src = _options(''.join(c['source']))
        if 'default_exp' in opts: mod = importlib.import_module(f"restoration.{opts['default_exp']}")
        if 'hide' in opts or 'default_exp' in opts or opts.get('include') == 'false': continue
        c = dict(c, source=src)
        if c['cell_type'] == 'code':
            if opts.get('output') == 'false': c['outputs'] = []
            if opts.get('echo') == 'false': c['metadata'] = dict(c.get('metadata', {}), transient={'remove_source': True})
            if not src.strip() and not c.get('outputs'): continue
        cells.append(c)
        if mod is not None and c['cell_type'] == 'code' and ('export' in opts or 'exports' in opts):
            docs = [_api(mod, n) for n in _defined(src) if hasattr(mod, n)]
            if docs: cells.append(dict(cell_type='markdown', id=f"{c.get('id', 'api')}-api", metadata={}, source='\n\n'.join(docs)))
    nb['cells'] = cells
    return nb

def nb_normalise(nb: dict) -> dict:
    "`nb` with an id on every cell, as nbformat 4.5 asks."
    for i, c in enumerate(nb['cells']): c.setdefault('id', f'cell-{i}')
    return nb

def title(nb: dict, name: str) -> str:
    "The first heading of the notebook, else its file name."
    for c in nb['cells']:
        m = re.search(r'^#\s+(.+)$', ''.join(c['source']) if isinstance(c['source'], list) else c['source'], re.M)
        if c['cell_type'] == 'markdown' and m: return m.group(1).strip()
    return name

def nav(pages: list[tuple[str, str]], here: str) -> str:
    "The navigation bar: every page by its title, the current one marked."
    here_attr = ' class="here"'
    items = ''.join(f'<a href="{n}.html"{here_attr if n == here else ""}>{t}</a>' for n, t in pages)
    return ('<style>nav.course{font:13px sans-serif;padding:6px 12px;background:#f4f4f4;border-bottom:1px solid #ddd;'
            'display:flex;flex-wrap:wrap;gap:4px 14px}nav.course a{color:#235;text-decoration:none}'
            'nav.course a.here{font-weight:bold}</style>'
            f'<nav class="course">{items}</nav>')

def build() -> list[Path]:
    t0 = time.time()
    names = sorted(p.stem for p in NBS.glob('*.ipynb'))
    names = ['index'] + [n for n in names if n != 'index']
    tmp = OUT.with_name('._docs.tmp')
    shutil.rmtree(tmp, ignore_errors=True); tmp.mkdir()
    pages, nbs = [], {}
    for n in names:
        nb = json.loads((NBS/f'{n}.ipynb').read_text(encoding='utf-8'))
        errors = [i for i, c in enumerate(nb['cells']) for o in c.get('outputs', []) if o.get('output_type') == 'error']
        if errors: sys.exit(f"docs: nbs/{n}.ipynb: cell {errors[0]} holds an error output; run the notebook again and save it")
        nb = page_cells(nb)
        pages.append((n, 'Home' if n == 'index' else f"{n.split('_')[0]} {title(nb, n)}"))
        nbs[n] = nb
    def convert(n):
        src = tmp/f'{n}.ipynb'
        src.write_text(json.dumps(nb_normalise(nbs[n])), encoding='utf-8')
        subprocess.run([sys.executable, '-m', 'nbconvert', '--to', 'html', '--log-level', 'ERROR',
                        '--TemplateExporter.exclude_input_prompt=True', '--TemplateExporter.exclude_output_prompt=True', str(src)], check=True)
        src.unlink()
    with ThreadPoolExecutor(os.cpu_count() or 1) as ex: list(ex.map(convert, nbs))  # one nbconvert process per core
    for n in nbs:
        html = (tmp/f'{n}.html').read_text(encoding='utf-8')
        html = re.sub(r'href="((?!https?:)[^"#]+)\.ipynb', r'href="\1.html', html)  # links between notebooks: between pages
        html = re.sub(r'(<body[^>]*>)', lambda m: m.group(1) + nav(pages, n), html, count=1)
        html = re.sub(r'<title>[^<]*</title>', f'<title>{dict(pages)[n]} - restoration</title>', html, count=1)
        (tmp/f'{n}.html').write_text(html, encoding='utf-8')
    shutil.rmtree(OUT, ignore_errors=True); tmp.rename(OUT)
    print(f"wrote {len(pages)} pages to {OUT.relative_to(root)}/ in {time.time() - t0:.0f} s; open {OUT.relative_to(root)}/index.html")
    return [OUT/f'{n}.html' for n in names]

if __name__ == '__main__': build()
