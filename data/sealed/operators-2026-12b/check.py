# -*- coding: utf-8 -*-
"""Self-check of the sealed web: truth coverage, reachability, operator chains, no cross ties, text overlap."""
import json, os, re, unicodedata, itertools, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
T = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
files = set()
for d, _, fs in os.walk(SITE):
    for f in fs:
        if f.endswith('.html'):
            files.add('/' + os.path.relpath(os.path.join(d, f), SITE).replace(os.sep, '/'))
paths = [p['path'] for p in T['pages']]
assert len(paths) == len(set(paths)), 'duplicate truth path'
assert files == set(paths), (files ^ set(paths))
def read(p): return open(os.path.join(SITE, p.lstrip('/')), encoding='utf-8').read()
# reachability
seen, todo = set(), ['/index.html']
while todo:
    p = todo.pop()
    if p in seen or p not in files: continue
    seen.add(p)
    todo += re.findall(r'href="(/[^"#]+\.html)"', read(p))
assert seen == files, files - seen
def text(p):
    h = re.sub(r'<img[^>]*alt="([^"]*)"[^>]*>', r' \1 ', read(p))
    h = re.sub(r'<(style|script)[^>]*>.*?</\1>', ' ', h, flags=re.S)
    h = re.sub(r'<[^>]+>', '', h)
    import html as _h
    return unicodedata.normalize('NFKC', _h.unescape(h))
# identifiers present
for e in T['pages']:
    t = text(e['path']); digits = re.sub(r'\D', '', t); flat = re.sub(r'\s', '', t).lower()
    flat = flat.replace('at', '@').replace('dot', '.') if 'AT' in t else flat
    for i in e['identifiers']:
        v = i['value']
        if i['kind'] == 'phone': ok = v[3:] in digits or v[5:] in digits
        elif i['kind'] in ('qq', 'qq_group'): ok = v in digits
        else: ok = v.lower().replace(' ', '') in flat
        assert ok, (e['path'], i)
# chains & no cross ties
owner = collections.defaultdict(set)
for e in T['pages']:
    if e['is_offer']:
        for i in e['identifiers']:
            owner[(i['kind'], i['value'])].add(e['operator'] or e['path'])
for k, v in owner.items():
    assert len(v) == 1, ('cross tie', k, v)
ops = collections.defaultdict(list)
for e in T['pages']:
    if e['operator']: ops[e['operator']].append(e)
for op, es in ops.items():
    assert 2 <= len(es) <= 5 and len({e['provider'] for e in es}) == len(es), op
    comp = {0}; changed = True
    while changed:
        changed = False
        for j, e in enumerate(es):
            if j in comp: continue
            ids = {(i['kind'], i['value']) for i in e['identifiers']}
            if any(ids & {(i['kind'], i['value']) for i in es[c]['identifiers']} for c in comp):
                comp.add(j); changed = True
    assert len(comp) == len(es), ('chain broken', op)
indep = [e for e in T['pages'] if e['is_offer'] and not e['operator']]
for e in T['pages']:
    if not e['is_offer']: assert e['operator'] is None and not e['identifiers']
# offer text overlap (character 4-gram containment)
def grams(p):
    t = re.sub(r'\s', '', text(p)); return {t[i:i+4] for i in range(len(t) - 3)}
offers = [e['path'] for e in T['pages'] if e['is_offer']]
G = {p: grams(p) for p in offers}
worst = max((len(G[a] & G[b]) / min(len(G[a]), len(G[b])), a, b) for a, b in itertools.combinations(offers, 2))
print('worst 4-gram overlap between offers: %.2f %s %s' % worst)
# decoys on >=3 distinct sellers per kind
for kind in ('public_number', 'marketplace_footer', 'warning_quote', 'order_number'):
    sellers = set()
    for d in T['decoys']:
        if d['kind'] == kind:
            for p in d['paths']:
                e = next(x for x in T['pages'] if x['path'] == p)
                if e['is_offer']: sellers.add(e['operator'] or p)
    print(kind, 'distinct sellers', len(sellers)); assert len(sellers) >= 3
print('pages', len(files), 'offers', len(offers), 'operators', len(ops), 'operator offers', sum(map(len, ops.values())), 'independent', len(indep))
