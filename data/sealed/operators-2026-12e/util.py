"""Shared helpers for gen.py and check.py (stdlib only)."""
import re
import unicodedata

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(first17, USCC_W))
    r = 31 - s % 31
    return USCC_ALPHA[0 if r == 31 else r]


def make_uscc(prefix8, org8):
    """prefix8 = 登记管理部门+机构类别+行政区划; org8 = first 8 chars of 组织机构代码."""
    first17 = prefix8 + org8 + org_check(org8)
    return first17 + uscc_check(first17)


def uscc_valid(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", code):
        return False
    return code[16] == org_check(code[8:16]) and code[17] == uscc_check(code[:17])


CN_DIGITS = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2",
             "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def norm_phone(written):
    t = unicodedata.normalize("NFKC", written)
    t = "".join(CN_DIGITS.get(c, c) for c in t)
    d = re.sub(r"\D", "", t)
    if d.startswith("86") and len(d) >= 13:
        d = d[2:]
    if d.startswith("0"):
        d = d[1:]
    return "+86" + d


def norm_email(written):
    t = unicodedata.normalize("NFKC", written).strip().lower()
    t = re.sub(r"\s*(#|\(at\)|\[at\]|（at）)\s*", "@", t)
    t = t.replace("mailto:", "")
    return t


def norm_domain(written):
    t = written.strip().lower()
    t = re.sub(r"^[a-z]+://", "", t)
    t = t.split("/")[0]
    if t.startswith("www."):
        t = t[4:]
    return t


def normalize(kind, written):
    if kind == "phone":
        return norm_phone(written)
    if kind == "email":
        return norm_email(written)
    if kind == "domain":
        return norm_domain(written)
    if kind in ("wechat",):
        return unicodedata.normalize("NFKC", written).strip().lower()
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", unicodedata.normalize("NFKC", written))
    if kind == "uscc":
        return written.strip().upper()
    return written.strip()
