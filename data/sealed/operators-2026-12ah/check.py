#!/usr/bin/env python3
"""Check site/ against truth.json for operators-2026-12ah. Standard library only."""
import json, os, re, sys
from html.parser import HTMLParser
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
errors = []
def err(m):
    errors.append(m)

truth = json.load(open(os.path.join(HERE, 'truth.json'), encoding='utf-8'))
pages = truth['pages']
bypath = {p['path']: p for p in pages}
if len(bypath) != len(pages):
    err('duplicate paths in truth')

def read(path):
    with open(os.path.join(SITE, path.lstrip('/')), encoding='utf-8') as f:
        return f.read()

# 1. files on disk == truth pages
disk = set()
for root, _, files in os.walk(SITE):
    for fn in files:
        if fn.endswith('.html'):
            disk.add('/' + os.path.relpath(os.path.join(root, fn), SITE).replace(os.sep, '/'))
for p in bypath:
    if p not in disk:
        err('missing page file ' + p)
for p in disk - set(bypath):
    err('page without truth entry ' + p)
if not (48 <= len(disk) <= 56):
    err('page count %d outside 48-56' % len(disk))
rb = os.path.join(SITE, 'robots.txt')
if not os.path.exists(rb) or 'Allow: /' not in open(rb).read():
    err('robots.txt missing or not allow-all')

# 2. reachability by relative links
class LinkP(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            for k, v in attrs:
                if k == 'href' and v:
                    self.links.append(v)
seen = {'/index.html'}
q = deque(['/index.html'])
while q:
    cur = q.popleft()
    if cur not in disk:
        continue
    lp = LinkP(); lp.feed(read(cur))
    for h in lp.links:
        if re.match(r'^[a-z]+:', h) or h.startswith('#') or h.startswith('/'):
            continue
        h = h.split('#')[0]
        base = cur.rsplit('/', 1)[0]
        parts = [x for x in (base + '/' + h).split('/') if x]
        out = []
        for x in parts:
            if x == '..':
                if out: out.pop()
            elif x != '.':
                out.append(x)
        t = '/' + '/'.join(out)
        if t not in disk:
            err('broken link %s -> %s' % (cur, h))
        elif t not in seen:
            seen.add(t); q.append(t)
for p in disk - seen:
    err('unreachable ' + p)

# 3. identifiers
FW = str.maketrans('０１２３４５６７８９', '0123456789')
CN = {'零': '0', '〇': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
      '壹': '1', '贰': '2', '叁': '3', '肆': '4', '伍': '5', '陆': '6', '柒': '7', '捌': '8', '玖': '9'}
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc_ok(c):
    if not re.match(r'^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$', c):
        return False
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(c[:17], W)) % 31
    return ALPHA[0 if r == 31 else r] == c[17]
def phone_digits(w):
    s = ''.join(CN.get(ch, ch) for ch in w.translate(FW))
    return re.sub(r'\D', '', s)
def phone_consistent(value, written):
    d = phone_digits(written)
    if value.startswith('+86'):
        v = value[3:]
        if d.startswith('86') and len(d) > len(v): d = d[2:]
        return d.lstrip('0') == v or d == v
    return d == value
KINDS = {'phone', 'wechat', 'qq', 'qq_group', 'email', 'uscc', 'domain', 'other'}

id_owner = defaultdict(set)   # (kind,value) -> operators
for p in pages:
    html = read(p['path']) if p['path'] in disk else ''
    if p['is_offer']:
        if not p['operator'] or not re.match(r'^[UI]\d\d$', p['operator']):
            err('offer without operator ' + p['path'])
        if not p['identifiers']:
            err('offer without identifiers ' + p['path'])
    else:
        if p['operator'] is not None:
            err('non-offer with operator ' + p['path'])
    for kind, value, written in p['identifiers']:
        if kind not in KINDS:
            err('bad kind %s on %s' % (kind, p['path']))
        if written not in html:
            err('written form %r not on %s' % (written, p['path']))
        if kind == 'phone' and not phone_consistent(value, written):
            err('phone %s vs %r inconsistent on %s' % (value, written, p['path']))
        if kind == 'phone' and not re.match(r'^(\+86\d{9,11}|[48]00\d{7}|\d{5})$', value):
            err('phone format ' + value)
        if kind == 'uscc' and not uscc_ok(value):
            err('bad uscc ' + value)
        if kind in ('wechat', 'email', 'domain') and value != value.lower():
            err('not lower-case ' + value)
        if p['operator']:
            id_owner[(kind, value)].add(p['operator'])
for k, ops in id_owner.items():
    if len(ops) > 1:
        err('identifier %s shared across operators %s' % (k, ops))

# 4. operators: U = 3-4 connected offer pages, no id on every page; I = exactly one
byop = defaultdict(list)
for p in pages:
    if p['operator']:
        byop[p['operator']].append(p)
for op, ps in byop.items():
    if op not in truth['operators']:
        err('operator missing from operators dict ' + op)
    if op.startswith('I'):
        if len(ps) != 1: err('independent %s has %d pages' % (op, len(ps)))
        continue
    if not (3 <= len(ps) <= 4):
        err('%s has %d pages' % (op, len(ps)))
    sets = [set((k, v) for k, v, _ in p['identifiers']) for p in ps]
    if set.intersection(*sets):
        err('%s: identifier on every page %s' % (op, set.intersection(*sets)))
    comp = {0}; changed = True
    while changed:
        changed = False
        for i in range(len(ps)):
            if i not in comp and any(sets[i] & sets[j] for j in comp):
                comp.add(i); changed = True
    if len(comp) != len(ps):
        err('%s pages not connected by shared identifiers' % op)
    brands = {p['provider'] for p in ps}
    if len(brands) < 2:
        err('%s has fewer than 2 brands' % op)
for op in truth['operators']:
    if op not in byop:
        err('operator without pages ' + op)

# 5. decoys
for d in truth['decoys']:
    if len(d['paths']) < 2:
        err('decoy %s on fewer than 2 pages' % d['value'])
    for path in d['paths']:
        if path not in disk:
            err('decoy path missing ' + path); continue
        html = read(path)
        if not any(w in html for w in d.get('written', [])):
            err('decoy %s not written on %s' % (d['value'], path))
    ops = {bypath[x]['operator'] for x in d['paths']}
    offers = {bypath[x]['is_offer'] for x in d['paths']}
    if len(ops - {None}) < 2 and not (True in offers and False in offers):
        err('decoy %s does not span operators or offer/non-offer' % d['value'])
    if d['kind'] == 'uscc' and not uscc_ok(d['value']):
        err('bad decoy uscc')

# 6. counts vs README
n_pages = len(pages)
n_offers = sum(p['is_offer'] for p in pages)
n_u = len([o for o in byop if o.startswith('U')])
n_i = len([o for o in byop if o.startswith('I')])
n_dec = len(truth['decoys'])
counts = {'pages': n_pages, 'offers': n_offers, 'non-offers': n_pages - n_offers,
          'operators': n_u, 'independents': n_i, 'decoys': n_dec}
readme = open(os.path.join(HERE, 'README.md'), encoding='utf-8').read()
for k, v in counts.items():
    m = re.search(r'^- %s: (\d+)' % re.escape(k), readme, re.M)
    if not m or int(m.group(1)) != v:
        err('README count %s should be %d' % (k, v))

print(counts)
if errors:
    print('FAIL'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
