"""Shared helpers for gen.py (stdlib only)."""
import html
import os
import re

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    s = 0
    for ch, w in zip(code8, W11714):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, division6, body8):
    """Build a valid GB 32100 code from kind, division and an 8-char org body."""
    first17 = prefix2 + division6 + body8 + org_check(body8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(first17, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPH[r]


def esc(s):
    return html.escape(s, quote=False)


def relify(page_path, body):
    """Turn href="/x/y.html" site-absolute links into relative ones."""
    base = os.path.dirname(page_path)

    def rep(m):
        target = m.group(2)
        rel = os.path.relpath(target, base if base else "/")
        return m.group(1) + rel + '"'
    return re.sub(r'((?:href|src)=")(/[^"]*)"', rep, body)


def doc(title, body, head_extra="", lang="zh-CN", body_attrs=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>\n{head_extra}</head>\n<body{body_attrs}>\n{body}\n</body>\n</html>\n')


class _Text(__import__("html.parser").parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(html_text):
    p = _Text()
    p.feed(html_text)
    return "\n".join(p.parts)


def squash(text):
    """NFKC, then drop spaces and dash-like separators (for finding numbers)."""
    import unicodedata
    t = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-–—]", "", t)


def occurs(needle, text):
    """needle in squashed text; digit needles must not sit inside a longer digit run."""
    hay = squash(text)
    n = squash(needle)
    start = 0
    while True:
        i = hay.find(n, start)
        if i < 0:
            return False
        if not n.isdigit():
            return True
        before = hay[i - 1] if i > 0 else ""
        after = hay[i + len(n)] if i + len(n) < len(hay) else ""
        if not before.isdigit() and not after.isdigit():
            return True
        start = i + 1
