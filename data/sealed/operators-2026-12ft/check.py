#!/usr/bin/env python3
"""Verify truth.json against site/. Exit non-zero on any failure; print the counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
KINDS = {'phone', 'wechat', 'qq', 'qq_group', 'email', 'uscc', 'domain', 'other'}
errs = []

def fail(m): errs.append(m)

def uscc_ok(c):
    if len(c) != 18 or any(ch not in ALPHA for ch in c): return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return c[17] == ALPHA[0 if r == 31 else r]

def norm_ok(kind, v):
    if kind == 'phone':
        return bool(re.fullmatch(r'\+861[3-9]\d{9}|0[1-9]\d{8,10}|[48]00\d{7}|\d{5}', v))
    if kind in ('wechat', 'email', 'domain'): return v == v.lower()
    if kind == 'uscc': return uscc_ok(v)
    if kind in ('qq', 'qq_group'): return v.isdigit()
    return True

truth = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
html = {}
for root, _d, files in os.walk(SITE):
    for f in files:
        if f.endswith('.html'):
            p = os.path.join(root, f)
            html['/' + os.path.relpath(p, SITE).replace(os.sep, '/')] = open(p, encoding='utf-8').read()

# reachability from hub
seen, todo = set(), ['/index.html']
while todo:
    cur = todo.pop()
    if cur in seen or cur not in html: continue
    seen.add(cur)
    base = cur.rsplit('/', 1)[0]
    for href in re.findall(r'href="([^"#]+)"', html[cur]):
        parts = (base + '/' + href).split('/')
        out = []
        for x in parts:
            if x == '..': out.pop()
            elif x not in ('', '.'): out.append(x)
        todo.append('/' + '/'.join(out))
for p in html:
    if p not in seen: fail('unreachable from hub: ' + p)
if not os.path.exists(os.path.join(SITE, 'robots.txt')): fail('no robots.txt')

pages = truth['pages']
paths = [p['path'] for p in pages]
if len(set(paths)) != len(paths): fail('duplicate paths')
for p in pages:
    if p['path'] not in html: fail('missing page ' + p['path']); continue
    op = p['operator']
    if p['is_offer']:
        if not op or not re.fullmatch(r'[UI]0\d', op): fail('offer without operator ' + p['path'])
        if not p['provider']: fail('offer without provider ' + p['path'])
    elif op is not None or p['identifiers']:
        fail('non-offer with operator/identifiers ' + p['path'])
    for kind, val, wr in p['identifiers']:
        if kind not in KINDS: fail('bad kind %s %s' % (kind, p['path']))
        if not norm_ok(kind, val): fail('bad normalized value %s %s' % (kind, val))
        if wr not in html[p['path']]: fail('written form %r not on %s' % (wr, p['path']))
for p in html:
    if p != '/index.html' and p not in paths: fail('page not in truth: ' + p)

# operators
offers = [p for p in pages if p['is_offer']]
opc = Counter(p['operator'] for p in offers)
U = sorted(k for k in opc if k.startswith('U')); I = sorted(k for k in opc if k.startswith('I'))
if U != ['U0%d' % i for i in range(1, 10)]: fail('operators U01-U09 expected, got %s' % U)
if I != ['I0%d' % i for i in range(1, 7)]: fail('independents I01-I06 expected, got %s' % I)
for u in U:
    if not 3 <= opc[u] <= 4: fail('%s has %d offer pages' % (u, opc[u]))
    ps = [p for p in offers if p['operator'] == u]
    if len({p['path'].split('/')[1] for p in ps}) < 2: fail(u + ' on a single site')
    # connected by shared identifiers
    comp = {ps[0]['path']}; changed = True
    while changed:
        changed = False
        have = {(k, v) for p in ps if p['path'] in comp for k, v, _ in p['identifiers']}
        for p in ps:
            if p['path'] not in comp and have & {(k, v) for k, v, _ in p['identifiers']}:
                comp.add(p['path']); changed = True
    if len(comp) != len(ps): fail(u + ' pages not chained by identifiers')
    ids = {(k, v) for p in ps for k, v, _ in p['identifiers']}
    if ids != {tuple(x) for x in truth['operators'][u]['identifiers']}: fail(u + ' operator identifiers mismatch')
for i in I:
    if opc[i] != 1: fail(i + ' should have one page')
owner = {}
for p in offers:
    for k, v, _ in p['identifiers']:
        owner.setdefault((k, v), set()).add(p['operator'])
for key, o in owner.items():
    if len(o) > 1: fail('identifier %s shared across sellers %s' % (key, o))

# decoys
dec = truth['decoys']
for d in dec:
    actual = sorted(p for p, h in html.items() if p != '/index.html' and any(w in h for w in d['written']))
    if not d['pages']: fail('decoy without pages %s' % d['value'])
    if sorted(d['pages']) != actual: fail('decoy pages wrong %s: %s vs %s' % (d['value'], d['pages'], actual))
    for pth in d['pages']:
        if pth in html and not any(w in html[pth] for w in d['written']): fail('decoy %s absent on %s' % (d['value'], pth))
    if (d['kind'], d['value']) in owner: fail('decoy value is a seller identifier: %s' % d['value'])
multi = sum(1 for d in dec if len({p['operator'] for p in offers if p['path'] in d['pages']}) >= 2)

n = len(pages); nsites = len({p.split('/')[1] for p in paths})
if not 48 <= n <= 56: fail('page count %d' % n)
if not 8 <= nsites <= 11: fail('site count %d' % nsites)
if len(dec) < 18: fail('decoys %d' % len(dec))
if not 34 <= len(offers) <= 40: fail('offers %d' % len(offers))

print('pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d decoys_spanning_sellers=%d'
      % (n, nsites, len(offers), n - len(offers), len(U), sum(opc[u] for u in U), len(I), len(dec), multi))
for e in errs: print('FAIL:', e)
sys.exit(1 if errs else 0)
