"""GB 32100 unified social credit code helpers (stdlib only)."""
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OW = [3, 7, 9, 10, 5, 8, 4, 2]


def _ov(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(_ov(c) * w for c, w in zip(body8, OW))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(first17):
    s = sum(ALPHA.index(c) * w for c, w in zip(first17, W))
    r = 31 - s % 31
    return ALPHA[0 if r == 31 else r]


def make(prefix2, area6, body8):
    first17 = prefix2 + area6 + body8 + org_check(body8)
    return first17 + uscc_check(first17)


def valid(code):
    if len(code) != 18 or any(c not in ALPHA for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


if __name__ == "__main__":
    for t in ["914403001922038216", "91330100716105852F", "9144030071526726XG"]:
        print(t, valid(t))
