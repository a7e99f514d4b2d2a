A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * x for ch, x in zip(body8, w)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))
def uscc(prefix8, body8):
    s = prefix8 + body8 + org_check(body8)
    w = [pow(3, i, 31) for i in range(17)]
    c = 31 - sum(A.index(ch) * x for ch, x in zip(s, w)) % 31
    return s + A[0 if c == 31 else c]
if __name__ == "__main__":
    print(uscc("91110108", "MA01K7R3"), uscc("91320104", "MA1T8Q2W"), uscc("91330106", "MA2H4C9D"))
