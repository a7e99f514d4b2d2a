#!/usr/bin/env python3
"""Verify site/ against truth.json for web 12bi. Exit 1 on any failure."""
import json, os, re, sys
from collections import defaultdict, deque
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
T = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
ERR = []


def err(m):
    ERR.append(m)


AL = '0123456789ABCDEFGHJKLMNPQRTUWXY'
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(c):
    if not re.fullmatch(r'[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}', c):
        return False
    r = 31 - sum(AL.index(x) * w for x, w in zip(c[:17], WT)) % 31
    return AL[0 if r == 31 else r] == c[17]


files = set()
for root, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith('.html'):
            files.add('/' + os.path.relpath(os.path.join(root, f), SITE).replace(os.sep, '/'))
tp = [p['path'] for p in T['pages']]
if len(tp) != len(set(tp)):
    err('duplicate page in truth')
if files != set(tp):
    err(f'page set differs: {sorted(files ^ set(tp))}')
if not 48 <= len(files) <= 56:
    err(f'{len(files)} pages')
rb = os.path.join(SITE, 'robots.txt')
if not os.path.exists(rb) or 'Allow: /' not in open(rb).read():
    err('robots.txt')

html = {p: open(os.path.join(SITE, p[1:]), encoding='utf-8').read() for p in files}

owner = {}
byop = defaultdict(list)
for pg in T['pages']:
    if bool(pg['is_offer']) != (pg['operator'] is not None):
        err(f'{pg["path"]}: operator set iff is_offer')
    if pg['is_offer']:
        byop[pg['operator']].append(pg)
        if not pg['provider']:
            err(f'{pg["path"]}: no provider')
    for kind, val, written in pg['identifiers']:
        if written not in html.get(pg['path'], ''):
            err(f'{pg["path"]}: written "{written}" not on page')
        if kind == 'uscc' and not uscc_ok(val):
            err(f'{pg["path"]}: bad USCC {val}')
        if pg['operator']:
            k = (kind, val)
            if owner.setdefault(k, pg['operator']) != pg['operator']:
                err(f'{k} shared by {owner[k]} and {pg["operator"]}')

U = sorted(k for k in byop if k.startswith('U'))
I = sorted(k for k in byop if k.startswith('I'))
if U != [f'U{i:02d}' for i in range(1, 10)]:
    err(f'U operators {U}')
if I != [f'I{i:02d}' for i in range(1, 7)]:
    err(f'I operators {I}')
for k in U:
    pgs = byop[k]
    if not 3 <= len(pgs) <= 4:
        err(f'{k}: {len(pgs)} pages')
    sets = [{(a, b) for a, b, _ in p['identifiers']} for p in pgs]
    for i, s in enumerate(sets):
        if not any(s & t for j, t in enumerate(sets) if j != i):
            err(f'{k}: {pgs[i]["path"]} shares no identifier')
    # connectivity of the operator's pages
    seen, q = {0}, deque([0])
    while q:
        i = q.popleft()
        for j in range(len(sets)):
            if j not in seen and sets[i] & sets[j]:
                seen.add(j); q.append(j)
    if len(seen) != len(sets):
        err(f'{k}: pages not connected by identifiers')
    brands = {p['provider'] for p in pgs}
    if not 2 <= len(brands) <= 3:
        err(f'{k}: {len(brands)} brands')
    dirs = [p['path'].split('/')[1] for p in pgs]
    if len(set(dirs)) != len(dirs):
        err(f'{k}: two pages on one site')
for k in I:
    if len(byop[k]) != 1:
        err(f'{k}: {len(byop[k])} pages')
noff = sum(1 for p in T['pages'] if p['is_offer'])
if not 36 <= noff <= 38:
    err(f'{noff} offer pages')

seller_vals = {v for _, v in owner}
seller_written = [w for pg in T['pages'] if pg['operator'] for _, _, w in pg['identifiers']]
if len(T['decoys']) < 18:
    err('fewer than 18 decoys')
for d in T['decoys']:
    if d['value'] in seller_vals or d['value'].lower() in {v.lower() for v in seller_vals}:
        err(f'decoy {d["value"]} is a seller identifier')
    for w in d['written']:
        if w in seller_written:
            err(f'decoy written {w} equals a seller identifier text')
    if len(d['paths']) < 2:
        err(f'decoy {d["value"]} on {len(d["paths"])} pages')
    for p in d['paths']:
        if not any(w in html.get(p, '') for w in d['written']):
            err(f'decoy {d["value"]} not on {p}')
    for w in d['written']:
        if not any(w in html.get(p, '') for p in d['paths']):
            err(f'decoy written {w} on none of its paths')
    if d['kind'].endswith('uscc') and not uscc_ok(d['value']):
        err(f'decoy USCC {d["value"]} bad')


class L(HTMLParser):
    def __init__(s):
        super().__init__(); s.h = []

    def handle_starttag(s, t, a):
        if t == 'a':
            for k, v in a:
                if k == 'href' and v:
                    s.h.append(v)


seen, q = {'/index.html'}, deque(['/index.html'])
while q:
    p = q.popleft()
    l = L(); l.feed(html[p])
    for h in l.h:
        if re.match(r'^[a-z]+:', h) or h.startswith('#') or h.startswith('/'):
            continue
        t = os.path.normpath(os.path.join(os.path.dirname(p), h.split('#')[0])).replace(os.sep, '/')
        if t not in html:
            err(f'{p}: broken link {h}')
        elif t not in seen:
            seen.add(t); q.append(t)
if seen != files:
    err(f'unreachable: {sorted(files - seen)}')

if ERR:
    print('\n'.join(ERR)); print(f'FAIL ({len(ERR)})'); sys.exit(1)
print(f'OK: {len(files)} pages, {noff} offers, {len(files) - noff} non-offers, {len(U)} U, {len(I)} I, {len(T["decoys"])} decoys')
