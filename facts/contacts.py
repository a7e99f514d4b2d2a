"""Contact identifiers in one normalized form each, so two pages that write one number two
ways (１３８ 0013-8000, +86 13800138000, tel:13800138000) name the same identifier.

Pure functions. Kinds: ``phone`` (``+86`` and the digits: a mobile, a landline with its area
code without the leading 0, a 400/800 number), ``wechat`` (lower case), ``qq`` and
``qq_group`` (digits), ``email`` (lower case), ``uscc`` (upper case, GB 32100 valid),
``domain`` and ``other`` (an account name, ``account:<name>``; a site's ICP filing,
``icp:<number>``).
"""

from __future__ import annotations

import re
import unicodedata

from facts.uscc import has_gb32100_check

KINDS = ("phone", "wechat", "qq", "qq_group", "email", "uscc", "domain", "other")
# the kinds a seller gives for itself (a site's domain or a filing number is the site's,
# shown by its pages whatever they say)
SELLER_KINDS = frozenset({"phone", "wechat", "qq", "qq_group", "email", "uscc"})
_COUNTRY = re.compile(r"^(?:\+?86|0086)(?=1[3-9]\d{9}$|[1-9]\d{8,10}$)")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_SERVICE = re.compile(r"[48]00\d{7}")
_LANDLINE = re.compile(r"0[1-9]\d{1,2}[2-9]\d{6,7}")


def digits_of(text: str) -> str:
    """The digits of ``text`` (full-width digits read as digits)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def normalize_phone(raw: str) -> str | None:
    """``+86`` and the digits of a mobile, landline or 400/800 number; None for anything
    else (too short, too long, an order number that only looks like one, a template's
    placeholder such as 400-000-0000 or 138-8888-8888)."""
    phone = _phone(raw)
    return None if phone is not None and _PLACEHOLDER.search(phone) else phone


# a number no one answers: its last seven digits one digit repeated (a template's filler)
_PLACEHOLDER = re.compile(r"(\d)\1{6}$")
# the mobile every Chinese form, template and guide gives as its example (报名格式：姓名+电话，
# 例13800138000): no one's identifier (a well-formed number, so not left out here)
EXAMPLE_PHONE = "+8613800138000"


def _phone(raw: str) -> str | None:
    text = unicodedata.normalize("NFKC", raw).strip()
    text = re.sub(r"(?i)^tel:", "", text)
    plus = text.lstrip().startswith("+")
    digits = digits_of(text)
    if plus or digits.startswith(("86", "0086")):
        stripped = _COUNTRY.sub("", digits)
        if stripped != digits:
            if _MOBILE.fullmatch(stripped) or _SERVICE.fullmatch(stripped):
                return "+86" + stripped
            if re.fullmatch(r"[1-9]\d{8,10}", stripped):  # a landline written +86 21 …
                return "+86" + stripped
            return None
    if _MOBILE.fullmatch(digits) or _SERVICE.fullmatch(digits):
        return "+86" + digits
    if _LANDLINE.fullmatch(digits):
        return "+86" + digits[1:]
    return None


def normalize_wechat(raw: str) -> str | None:
    """A WeChat id in lower case (6–20 characters, a letter first), or a mobile number used
    as the id (微信同号) as its 11 digits."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if _MOBILE.fullmatch(text):
        return text
    filled = _FILLED_WECHAT.fullmatch(text)
    if (re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", text) and not re.fullmatch(r"(.)\1+", text)
            and not _STAND_IN_WECHAT.search(text)
            and not (filled and filler_digits(filled.group("digits")))):
        return text.lower()  # (not a template's xxxxxx, your_wechat or WX123456)
    return None


# a template's or a platform's stand-in for the id, which every page of it shows: a label
# (your_wechat, yourwechat, wechat_id, your_wx), an id masked (wxid_xxxxxx, zhang_xxxx) or
# left as the example (wxid_example, wx_sample)
_STAND_IN_WECHAT = re.compile(r"^(?:your[-_]?(?:wechat|weixin|wx|id)|wechat[-_]?id|weixin[-_]?id)$|x{4}|"
                              r"^(?:wxid|wx|vx|weixin|wechat|id)?[-_]?(?:example|sample|demo|test|placeholder)$",
                              re.I)
# or the app's name over filler digits (WX123456, weixin888888, abc123456): a template's example
_FILLED_WECHAT = re.compile(r"(?:wx|vx|weixin|wechat|abc|test|demo|id)[-_]?(?P<digits>\d+)", re.I)


def normalize_qq(raw: str) -> str | None:
    """A QQ number or QQ group number: 5 to 11 digits, no leading 0; not a template's filler
    (123456, 88888888)."""
    digits = digits_of(raw)
    return digits if re.fullmatch(r"[1-9]\d{4,10}", digits) and not filler_digits(digits) else None


def filler_digits(digits: str) -> bool:
    """Digits a template fills in for a number: counting up (12345678) or one digit over."""
    return digits.isdigit() and ("1234567890".startswith(digits) or len(set(digits)) == 1)


def normalize_email(raw: str) -> str | None:
    text = unicodedata.normalize("NFKC", raw).strip().lower()
    text = re.sub(r"^mailto:", "", text).split("?")[0]
    return text if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", text) else None


def normalize_uscc(raw: str) -> str | None:
    """A credit code whose GB 32100 check character is right. The check of the organisation
    code inside it (GB 11714) is not asked: a code a seller made up still ties its brands,
    as long as it is written the same way on each (the screen judges validity, not this)."""
    text = unicodedata.normalize("NFKC", raw).strip().upper()
    return text if has_gb32100_check(text) else None


def normalize_account(raw: str) -> str | None:
    """An account holder's name as ``account:<name>`` (spaces dropped), or None."""
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", raw)).strip("：:，,。.;；")
    return f"account:{name}" if 2 <= len(name) <= 40 else None


# a site's ICP filing or licence number: 浙ICP备2025018832号-2, 京ICP证030173号
ICP_NUMBER = re.compile(r"(?P<region>[\u4e00-\u9fff])\s*ICP\s*(?P<type>[备证])\s*(?P<num>\d{6,10})\s*号?"
                        r"(?:\s*-\s*\d{1,3})?", re.I)


def normalize_icp(raw: str) -> str | None:
    """A site's ICP filing number as ``icp:浙ICP备2025018832号``, without the site's suffix.

    The Ministry of Industry and Information Technology files every Chinese site under the
    number of the business that runs it, and numbers each of its sites with a suffix
    (-1, -2): two sites that show one number without the suffix are one business's."""
    m = ICP_NUMBER.search(unicodedata.normalize("NFKC", raw))
    if m is None:
        return None
    return f"icp:{m.group('region')}ICP{m.group('type')}{m.group('num')}号"


# names reserved for examples and tests (RFC 2606, RFC 6761): a template's placeholder
# (name@example.com) reaches nobody
# (and a template's own stand-in: admin@yourdomain.com, www.yoursite.com)
_RESERVED_DOMAIN = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|"
                              r"your-?(?:domain|site|company|website)\.(?:com|cn|net))$")


# a form's placeholder address: your@email.com, name@domain.com, xxx@xxx.com, or one at a
# mail service everyone knows (example@qq.com, yourname@163.com)
_PLACEHOLDER_MAIL = re.compile(r"^(?:(?:your|yourname|name|user|someone|example|xxx+|abc)@(?:e?mail|domain|xxx+)|"
                               r"(?:your|yourname|example|xxx+)@(?:qq|163|126|gmail|foxmail|sina|hotmail|outlook))"
                               r"\.com$")


def reserved_domain(domain: str) -> bool:
    """Is ``domain`` (or an address's domain) one reserved for examples, or the address a
    form's placeholder (your@email.com, 123456@qq.com)?"""
    text = domain.strip().lower()
    user, _, host = text.rpartition("@")
    return bool(_RESERVED_DOMAIN.search(host) or _PLACEHOLDER_MAIL.match(text)
                or (host == "qq.com" and filler_digits(user)))  # (123456@qq.com)


def normalize(kind: str, raw: str) -> str | None:
    """``raw`` as the normalized value of ``kind``, or None when it is not one."""
    if kind in ("email", "domain") and reserved_domain(raw):
        return None
    normalizers = {
        "phone": normalize_phone, "wechat": normalize_wechat, "qq": normalize_qq,
        "qq_group": normalize_qq, "email": normalize_email, "uscc": normalize_uscc,
        "other": normalize_account,
    }
    if kind == "other" and raw.startswith("icp:"):
        return normalize_icp(raw)
    if kind == "domain":
        return raw.strip().lower() or None
    normalizer = normalizers.get(kind)
    return normalizer(raw) if normalizer else None
