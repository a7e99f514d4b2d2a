"""GB 32100-2015 unified social credit code helpers (stdlib only)."""
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(org8):
    """GB 11714 check character for the 8-char organisation code body."""
    s = 0
    for ch, w in zip(org8, W9):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def check_char(first17):
    s = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W18))
    return ALPHA[(31 - s % 31) % 31]


def make(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    return body + check_char(body)


def valid(code):
    return (len(code) == 18 and all(c in ALPHA for c in code)
            and check_char(code[:17]) == code[17])
