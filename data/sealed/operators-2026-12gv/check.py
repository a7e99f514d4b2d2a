#!/usr/bin/env python3
"""Verify truth.json against site/; exit non-zero on any failure; print the counts."""
import json, os, re, sys, posixpath
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []

def err(msg):
    errors.append(msg)

def uscc_ok(c):
    if not re.fullmatch(r'[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}', c):
        return False
    s = sum(ALPH.index(ch) * W18[i] for i, ch in enumerate(c[:17]))
    r = 31 - s % 31
    return c[17] == ALPH[0 if r == 31 else r]

NORM = {
    'phone': lambda v: re.fullmatch(r'\+861\d{10}|0\d{9,11}|[48]00\d{7}|\d{5}', v),
    'wechat': lambda v: v == v.lower(), 'email': lambda v: v == v.lower() and '@' in v,
    'domain': lambda v: v == v.lower() and '.' in v, 'qq': lambda v: re.fullmatch(r'\d{5,11}', v),
    'qq_group': lambda v: re.fullmatch(r'\d{5,11}', v), 'uscc': uscc_ok, 'other': lambda v: bool(v),
}

truth = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
pages = truth['pages']
text = {}
for p in pages:
    f = os.path.join(SITE, p['path'].lstrip('/'))
    if not os.path.isfile(f):
        err('missing page ' + p['path']); continue
    text[p['path']] = open(f, encoding='utf-8').read()

on_disk = set()
for root, _, files in os.walk(SITE):
    for n in files:
        if n.endswith(('.html', '.htm')):
            on_disk.add('/' + os.path.relpath(os.path.join(root, n), SITE).replace(os.sep, '/'))
if on_disk != set(text):
    err('pages on disk not in truth: %s' % sorted(on_disk - set(text)))
if '/index.html' not in text:
    err('no hub')
robots = os.path.join(SITE, 'robots.txt')
if not os.path.isfile(robots) or 'Disallow: /\n' in open(robots).read():
    err('robots.txt missing or not allowing')

# reachability from hub
seen, todo = set(), ['/index.html']
while todo:
    cur = todo.pop()
    if cur in seen or cur not in text:
        continue
    seen.add(cur)
    for href in re.findall(r'href="([^"#:]+)"', text[cur]):
        todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(cur), href)))
for p in text:
    if p not in seen:
        err('unreachable from hub: ' + p)

# pages and identifiers
ops = Counter()
for p in pages:
    if p['is_offer']:
        if not p['operator'] or not re.fullmatch(r'[UI]0\d', p['operator']):
            err('offer without operator ' + p['path'])
        ops[p['operator']] += 1
        if not p['identifiers']:
            err('offer without identifiers ' + p['path'])
    elif p['operator'] is not None or p['identifiers']:
        err('non-offer with operator/identifiers ' + p['path'])
    for kind, value, written in p['identifiers']:
        if kind not in NORM or not NORM[kind](value):
            err('bad normalization %s %s on %s' % (kind, value, p['path']))
        if p['path'] in text and written not in text[p['path']]:
            err('written form %r not on %s' % (written, p['path']))

U = {k: v for k, v in ops.items() if k.startswith('U')}
I = {k: v for k, v in ops.items() if k.startswith('I')}
if sorted(U) != ['U0%d' % i for i in range(1, 10)]:
    err('operators are %s' % sorted(U))
for k, v in U.items():
    if not 3 <= v <= 4:
        err('%s has %d pages' % (k, v))
if sorted(I) != ['I0%d' % i for i in range(1, 7)] or any(v != 1 for v in I.values()):
    err('independents wrong: %s' % I)

# operator records agree with pages; operator pages tied into one component; independents share nothing
for op, rec in truth['operators'].items():
    ids = {(k, v) for p in pages if p['operator'] == op for k, v, _ in p['identifiers']}
    if ids != {tuple(x) for x in rec['identifiers']}:
        err('operator identifiers mismatch ' + op)
    provs = {p['provider'] for p in pages if p['operator'] == op}
    if provs != set(rec['brands']):
        err('operator brands mismatch ' + op)
    plist = [p for p in pages if p['operator'] == op]
    comp = {plist[0]['path']}
    changed = True
    while changed:
        changed = False
        for p in plist:
            if p['path'] in comp:
                continue
            mine = {(k, v) for k, v, _ in p['identifiers']}
            if any(mine & {(k, v) for k, v, _ in q['identifiers']} for q in plist if q['path'] in comp):
                comp.add(p['path']); changed = True
    if len(comp) != len(plist):
        err('operator %s pages not connected by shared identifiers' % op)
owner = {}
for p in pages:
    for k, v, _ in p['identifiers']:
        owner.setdefault((k, v), set()).add(p['operator'])
for key, o in owner.items():
    if len(o) > 1:
        err('identifier %s shared by %s' % (key, o))

# decoys
dk = Counter()
seller_vals = set(owner)
for d in truth['decoys']:
    dk[d['kind']] += 1
    found = sorted(p for p, t in text.items() if any(w in t for w in d['written']))
    if found != sorted(d['pages']):
        err('decoy %s pages %s != scanned %s' % (d['value'], d['pages'], found))
    for path in d['pages']:
        if path in text and not any(w in text[path] for w in d['written']):
            err('decoy %s not on %s' % (d['value'], path))
    if (d['kind'], d['value']) in seller_vals:
        err('decoy is also a seller identifier: ' + d['value'])
    sellers = {p['operator'] for p in pages if p['path'] in d['pages'] and p['is_offer']}
    d['_sellers'] = len(sellers)
if len(truth['decoys']) < 18:
    err('fewer than 18 decoys')

n_sites = len({p['path'].split('/')[1] for p in pages if p['path'] != '/index.html'})
n_pages, n_off = len(pages), sum(p['is_offer'] for p in pages)
if not 48 <= n_pages <= 56: err('page count %d' % n_pages)
if not 8 <= n_sites <= 11: err('site count %d' % n_sites)
if not 34 <= n_off <= 40: err('offer count %d' % n_off)

print('pages=%d sites=%d offers=%d non_offers=%d operators=%d operator_pages=%d independents=%d decoys=%d '
      'decoys_multi_seller=%d' % (n_pages, n_sites, n_off, n_pages - n_off, len(U), sum(U.values()), len(I),
                                  len(truth['decoys']), sum(d['_sellers'] >= 2 for d in truth['decoys'])))
for e in errors:
    print('FAIL:', e)
sys.exit(1 if errors else 0)
