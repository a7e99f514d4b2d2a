#!/usr/bin/env python3
"""Verify site/ against truth.json."""
import json, os, re, sys
from collections import defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
t = json.load(open('truth.json', encoding='utf-8')); E = []
A = '0123456789ABCDEFGHJKLMNPQRTUWXY'; W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
html = {}
for r, _, fs in os.walk('site'):
    for f in fs:
        if f.endswith('.html'): html['/' + os.path.relpath(os.path.join(r, f), 'site')] = open(os.path.join(r, f), encoding='utf-8').read()
paths = [p['path'] for p in t['pages']]
if sorted(paths) != sorted(html): E.append('truth pages != html files')
if not 48 <= len(html) <= 56: E.append('page count %d' % len(html))
if 'Allow: /' not in open('site/robots.txt').read(): E.append('robots')
seen, todo = set(), ['/index.html']
while todo:
    p = todo.pop()
    if p in seen or p not in html: continue
    seen.add(p)
    for h in re.findall(r'href="([^"#:]+)', html[p]):
        todo.append(os.path.normpath(os.path.join(os.path.dirname(p), h)))
if set(html) - seen: E.append('unreachable %s' % sorted(set(html) - seen))
owner = defaultdict(set); byop = defaultdict(list)
for p in t['pages']:
    if not p['is_offer'] and p['operator']: E.append('non-offer with operator ' + p['path'])
    if p['is_offer'] and not p['operator']: E.append('offer without operator ' + p['path'])
    for k, v, w in p['identifiers']:
        if w not in html.get(p['path'], ''): E.append('missing %r on %s' % (w, p['path']))
        if k == 'uscc':
            s = sum(A.index(c) * x for c, x in zip(v, W)); r = 31 - s % 31
            if len(v) != 18 or A[0 if r == 31 else r] != v[17]: E.append('bad uscc ' + v)
        if k == 'phone' and not re.fullmatch(r'\+86\d{7,12}|[48]00\d{7}', v): E.append('bad phone ' + v)
        owner[(k, v)].add(p['operator'])
    if p['operator']: byop[p['operator']].append(p)
for kv, os_ in owner.items():
    if len(os_) > 1: E.append('identifier shared across operators %s' % (kv,))
for op, pp in byop.items():
    if op.startswith('I') and len(pp) != 1: E.append('independent with %d pages' % len(pp))
    if op.startswith('U'):
        if not 3 <= len(pp) <= 4: E.append(op + ' page count')
        sets = [{(k, v) for k, v, _ in p['identifiers']} for p in pp]
        if set.intersection(*sets): E.append(op + ' has identifier on every page')
        comp = {0}; ch = True
        while ch:
            ch = False
            for i in range(len(pp)):
                if i not in comp and any(sets[i] & sets[j] for j in comp): comp.add(i); ch = True
        if len(comp) != len(pp): E.append(op + ' not connected')
if set(byop) != set(t['operators']): E.append('operators mismatch')
for d in t['decoys']:
    if len(d['paths']) < 2: E.append('decoy on <2 pages ' + d['value'])
    for p in d['paths']:
        if d['written'] not in html[p]: E.append('decoy missing ' + d['value'])
    if (d['kind'], d['value']) in owner: E.append('decoy equals seller id ' + d['value'])
nU = sum(o.startswith('U') for o in byop); nI = sum(o.startswith('I') for o in byop)
print('pages %d offers %d operators %d independents %d decoys %d' % (len(html), sum(p['is_offer'] for p in t['pages']), nU, nI, len(t['decoys'])))
print('\n'.join(E) or 'OK'); sys.exit(1 if E else 0)
