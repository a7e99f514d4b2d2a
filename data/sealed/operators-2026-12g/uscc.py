"""GB 32100-2015 unified social credit code helpers (stdlib only)."""
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    """GB 11714 organization-code check character for 8 chars."""
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def check_char(first17):
    s = sum(CHARS.index(c) * w for c, w in zip(first17, W18))
    c = (31 - s % 31) % 31
    return CHARS[c]


def make(prefix8, org8):
    first17 = prefix8 + org8 + org_check(org8)
    return first17 + check_char(first17)


def valid(code):
    return (len(code) == 18 and all(c in CHARS for c in code)
            and check_char(code[:17]) == code[17])
