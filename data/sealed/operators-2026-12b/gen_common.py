# -*- coding: utf-8 -*-
"""Shared helpers for the sealed operators web 2026-12b (stdlib only)."""
A = '0123456789ABCDEFGHJKLMNPQRTUWXY'


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)


def uscc(prefix8, body8):
    x = prefix8 + body8 + org_check(body8)
    W = [pow(3, i, 31) for i in range(17)]
    s = sum(A.index(c) * W[i] for i, c in enumerate(x))
    r = 31 - s % 31
    r = 0 if r == 31 else r
    return x + A[r]


def fw(s):
    """full-width digits/letters"""
    out = []
    for ch in s:
        if '!' <= ch <= '~':
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return ''.join(out)


def spans(*parts, tag='span'):
    return ''.join('<%s>%s</%s>' % (tag, p, tag) for p in parts)

assert uscc('91440300', '19220382') == '914403001922038216'
assert uscc('91330100', '71610585') == '91330100716105852F'
