#!/usr/bin/env python3
"""Check site/ against truth.json."""
import json, os, re, sys, collections
from urllib.parse import urljoin
HERE = os.path.dirname(os.path.abspath(__file__)); SITE = os.path.join(HERE, 'site')
T = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
AL = '0123456789ABCDEFGHJKLMNPQRTUWXY'
err = []
def ok(c, m):
    if not c: err.append(m)
def uscc_ok(s):
    w = [pow(3, i, 31) for i in range(17)]
    r = 31 - sum(AL.index(c) * w[i] for i, c in enumerate(s[:17])) % 31
    return len(s) == 18 and s[17] == AL[0 if r == 31 else r]
html = {}
for p in T['pages']:
    f = os.path.join(SITE, p['path'][1:])
    ok(os.path.isfile(f), 'missing ' + p['path'])
    if not os.path.isfile(f): continue
    h = html[p['path']] = open(f, encoding='utf-8').read()
    for kind, val, wr in p['identifiers']:
        ok(wr in h, f'{p["path"]}: written {wr!r} not on page')
        ok(kind in ('phone', 'wechat', 'qq', 'qq_group', 'email', 'uscc', 'domain', 'other'), 'bad kind ' + kind)
        if kind == 'uscc': ok(uscc_ok(val), 'bad uscc ' + val)
        if kind == 'phone': ok(re.fullmatch(r'\+86\d{9,11}|[48]00\d{7}', val), 'bad phone ' + val)
        if kind in ('wechat', 'email', 'domain'): ok(val == val.lower(), 'not lower ' + val)
    ok(p['is_offer'] == bool(p['operator']), 'offer/operator mismatch ' + p['path'])
    if not p['is_offer']: ok(not p['identifiers'], 'non-offer with identifiers ' + p['path'])
files = sorted('/' + os.path.relpath(os.path.join(d, f), SITE) for d, _, fs in os.walk(SITE) for f in fs if f.endswith('.html'))
ok(files == sorted(html), 'html files differ from truth')
ok(48 <= len(files) <= 56, f'page count {len(files)}')
ok(os.path.isfile(os.path.join(SITE, 'robots.txt')), 'robots.txt')
# reachability
seen, todo = {'/index.html'}, ['/index.html']
while todo:
    cur = todo.pop()
    for href in re.findall(r'href="([^"#:]+)', html.get(cur, '')):
        t = urljoin(cur, href)
        if t.endswith('.html') and t not in seen and t in html: seen.add(t); todo.append(t)
ok(seen == set(html), 'unreachable: ' + str(sorted(set(html) - seen)))
# operators
by = collections.defaultdict(list)
for p in T['pages']:
    if p['operator']: by[p['operator']].append(p)
owner = collections.defaultdict(set)
for o, ps in by.items():
    ok(len(ps) >= 2 if o[0] == 'U' else len(ps) == 1, 'operator size ' + o)
    ok(o in T['operators'], 'operator not described ' + o)
    for p in ps:
        for k, v, _ in p['identifiers']: owner[(k, v)].add(o)
    if o[0] == 'U':
        sets = [{(k, v) for k, v, _ in p['identifiers']} for p in ps]
        ok(not set.intersection(*sets), 'identifier on every page of ' + o)
        comp, grow = {0}, True   # connectivity of the chain
        while grow:
            grow = False
            for i in range(len(ps)):
                if i not in comp and any(sets[i] & sets[j] for j in comp): comp.add(i); grow = True
        ok(len(comp) == len(ps), 'operator not connected ' + o)
for key, os_ in owner.items(): ok(len(os_) == 1, f'{key} shared by {os_}')
dv = set()
for d in T['decoys']:
    ok(len(d['paths']) >= 2, 'decoy on <2 pages ' + d['value'])
    ops = {next(p['operator'] for p in T['pages'] if p['path'] == x) for x in d['paths']}
    ok(len(ops) >= 2, 'decoy within one operator ' + d['value'])
    for x in d['paths']: ok(any(w in html[x] for w in d['written']), f'decoy {d["value"]} not on {x}')
    ok((d['kind'], d['value']) not in owner, 'decoy equals seller id ' + d['value'])
    dv.add(d['value'])
n = collections.Counter(o[0] for o in by)
offers = sum(p['is_offer'] for p in T['pages'])
print(f'pages={len(files)} offers={offers} operators={n["U"]} independents={n["I"]} decoys={len(T["decoys"])}')
rd = open(os.path.join(HERE, 'README.md'), encoding='utf-8').read() if os.path.exists(os.path.join(HERE, 'README.md')) else ''
for lab, v in (('pages', len(files)), ('offers', offers), ('operators', n['U']), ('independents', n['I']), ('decoys', len(T['decoys']))):
    ok(f'{lab}: {v}' in rd, f'README count {lab}: {v} missing')
if err:
    print('\n'.join('FAIL ' + e for e in err)); sys.exit(1)
print('OK')
