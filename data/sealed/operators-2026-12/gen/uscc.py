"""GB 32100-2015 统一社会信用代码 with GB 11714 organisation-code check digit."""
CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum(int(c, 36) * w for c, w in zip(body8, W9))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, region6, body8):
    s17 = prefix2 + region6 + body8 + org_check(body8)
    s = sum(CH.index(c) * w for c, w in zip(s17, W18))
    c = (31 - s % 31) % 31
    return s17 + CH[c]


def valid(code):
    code = code.upper()
    if len(code) != 18 or any(c not in CH for c in code):
        return False
    if org_check(code[8:16]) != code[16]:
        return False
    s = sum(CH.index(c) * w for c, w in zip(code[:17], W18))
    return CH[(31 - s % 31) % 31] == code[17]


if __name__ == "__main__":
    for a in (("91", "310104", "MA1FL3K2"), ("91", "440300", "MA5G8T2W"), ("91", "420100", "MA4K7R1D")):
        print(uscc(*a))
