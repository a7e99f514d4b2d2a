"""Ways sellers write a contact beyond a plain label and one block of digits, each a habit
of the web rather than of one page (issue #16):

- digits in any grouping (``4006 771 825``, ``139.5712.0486``, ``86-136…``): a number is
  read by the shape of its digits, not by where the writer put the spaces;
- e-mail written to dodge harvesters (``name#site.com（#换成@）``, ``name(at)site.com``);
- WeChat and QQ under homophones and bare letters (加薇, 徽信, 绿泡泡, ``Q 305…``);
- a number that is also the WeChat id (同微, 电话/微信：…, 手机（微信）);
- a sentence about an order or ticket number ("准考证号是13开头的11位数字（比如…）"): the
  number is an example of that label, not a contact, when no contact word comes between.
- a table's label cell before its value (微信 | id), digits in Chinese numerals, a site or
  mail with its dots spelled out (点com, DOT), an id to add with a note (xx 备注抖声);
- a web vendor's credit in a footer (技术支持：…建站 400-…): the vendor's, not the seller's;
  so is a generator's or form tool's credit (表单由…提供, 在线报名表由…提供), and a form
  filled in on a tool's site (填表：tianbiaoxia.cn/f/bg0318（填表侠）).
- spellings that slip past a platform's filter: 下划线 for "_", a pictograph between a
  number's groups (199🐟2340🐟6677), digits spaced one by one after a label, 圈 for "@", Ⓥ.

Pure patterns and predicates; ``crawler.extract.identifiers`` applies them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from facts.money import CHINESE_DIGITS

# a run of digits with single separators: its shape decides what it is (facts.contacts)
DIGIT_RUN = re.compile(r"(?<![\d.])(?<!\d[-\s.])\d(?:[-\s.]?\d){9,13}(?![-\s.]?\d)")
# dashes of every width between digits (0755–8888 6666, 138—0013—8000) and a Chinese full
# stop between the labels of a site (www。shuzhi-ai。com): written forms of "-" and "."
# (and a tilde or a middle dot: 136~5527~8019, 139·2617·4405)
_DIGIT_DASH = re.compile(r"(?<=\d)\s?[–—―‐‒−﹣~～·・]\s?(?=\d)")
_SITE_STOP = re.compile(r"(?<=[A-Za-z0-9])[。｡](?=[A-Za-z0-9])")


# a table's label cell before its value cell (微信 | xinrui-edu, 户名 | 某某有限公司)
# (the words that label a contact in a table, as a cell of its own or as a column's header)
_CONTACT_LABELS = (r"微信号?|[Vv][Xx]|[Vv]信|QQ群?|qq群?|Q群|群号|联系电话|咨询电话|电话|手机|热线|座机|联系方式|"
                   r"邮箱|e-?mail|E-?mail|户名|开户名|收款人|收款单位|收款账户|信用代码|官网|网址")
_LABEL_CELL = re.compile(rf"({_CONTACT_LABELS})\s*[|｜]\s*")
# a number written in Chinese numerals (一三八零二七六五五九一, 壹叁玖…, 幺 for 1, 洞 for 0):
# seven or more of them in a row, so prices (三千九百八十) and levels never qualify
_CHINESE_DIGITS = CHINESE_DIGITS
_CHINESE_DIGIT_RUN = re.compile(
    f"[{''.join(_CHINESE_DIGITS)}](?:[-\\s]?[{''.join(_CHINESE_DIGITS)}]){{6,}}")


# or three or more of them joined to written digits (137 5716 八四零二), or digits and numerals
# mixed in one run of a phone's length (186二零47三三18)
_CHINESE_DIGIT_TAIL = re.compile(
    f"(?<=\\d)\\s?[{''.join(_CHINESE_DIGITS)}]{{3,}}|[{''.join(_CHINESE_DIGITS)}]{{3,}}\\s?(?=\\d)|"
    f"(?<![\\d{''.join(_CHINESE_DIGITS)}])(?=[\\d{''.join(_CHINESE_DIGITS)}]{{0,9}}\\d\\d)"
    f"(?=[\\d{''.join(_CHINESE_DIGITS)}]{{0,9}}[{''.join(_CHINESE_DIGITS)}])"
    f"[\\d{''.join(_CHINESE_DIGITS)}]{{7,12}}(?![\\d{''.join(_CHINESE_DIGITS)}])")


def _as_digits(match: re.Match[str]) -> str:
    return "".join(_CHINESE_DIGITS.get(c, c) for c in match.group(0))


def _as_digit_run(match: re.Match[str]) -> str:
    """A run of Chinese numerals in groups (壹捌陆 贰壹柒柒 零零玖叁) as one run of digits."""
    return "".join(_CHINESE_DIGITS[c] for c in match.group(0) if c in _CHINESE_DIGITS)


# "youcai_px▲163.com（▲换成@）": the page says which mark stands for "@"
_SWAP_FOR_AT = re.compile(r"(?P<mark>[^\w\s@()（）\[\]【】])\s*(?:换成|改成|替换为|替换成|换为|改为)\s*@")


# what sellers write to slip a contact past a platform's filter: an underscore or a dash
# spelled out (qihang 下划线 shuzhi), a pictograph between a number's groups (199🐟2340🐟6677)
# and a number's digits spaced one by one after its label (扣扣：1 9 4 8 3 0 2 5 7 6)
_SPELLED_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])\s*(?:下划线|下滑线|下横线|底杠)\s*(?=[A-Za-z0-9])")
_SPELLED_DASH = re.compile(r"(?<=[A-Za-z0-9])\s*(?:横杠|中划线|中横线|减号)\s*(?=[A-Za-z0-9])")
# (not a telephone's sign set off by spaces, which labels the number after it: V：gpzn_2837
# ☎ 17387650921; 136📞5830📞2217 is one number)
_MARK_BETWEEN_DIGITS = re.compile(r"(?<=\d)(?!\s[☎☏✆📞📱]\ufe0f?\s)\s?"
                                  r"(?P<mark>[^\x00-\u2000\u3000-\u9fff\uff00-\uffef])\ufe0f?\s?(?=\d)")
_DIGITS_ONE_BY_ONE = re.compile(r"(?:(?<=[:：])|(?<=电话)|(?<=手机)|(?<=热线)|(?<=扣扣)|(?<=QQ))"
                                r"\s*\d(?: ?[- ] ?\d){4,13}(?![\d])")
# an arrow that points from a label to its value (vx→ lin_ai, 微信👉 …) stands for a colon
_ARROW = re.compile(r"\s*(?:→|➡️?|⇒|➜|👉)\s*")
# an id's letters spaced one by one after a WeChat label or 加 (微信 m i n g d e _ a i _ 0 1,
# 直接加 x i a o m a n _ x j)
_LETTERS_ONE_BY_ONE = re.compile(r"(?:(?<=[:：])|(?<=微信)|(?<=[Vv]信)|(?<=[Vv][Xx])|(?<=加))\s*[A-Za-z](?: [A-Za-z0-9_]){5,25}(?![A-Za-z0-9_])")
# WeChat's short label with its letters spaced (w x：…, v x：…)
_SPACED_WX = re.compile(r"(?<![A-Za-z])([VvWw]) ([Xx])(?=\s*[:：])")
# digits in circles or on dark discs (①⑧⓪…, ❶❽…): the digits
_CIRCLED_DIGIT = re.compile(r"[\u2460-\u2468\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]")
# "cx丶ai丶kt（丶换成下划线）": the page says which mark stands for "_"
# the dot stroke inside an id, unsaid (vx：qmx丶xuetang): an id's only marks are _ and -,
# and "_" is the one a filter blocks (before a top-level domain it is a dot: see SPELLED_SITE)
_DOT_STROKE_IN_ID = re.compile(r"(?<=[A-Za-z0-9])丶(?=[A-Za-z0-9])(?!(?:com|cn|net|org)(?![A-Za-z0-9]))")
# an id in groups the writer says have no spaces (威信 hanzhang 888 edu（中间没空格）, 薇 h x _ a i 8 8
# (加v去掉空格))
_SPACES_SAID_AWAY = re.compile(r"(?P<id>[A-Za-z0-9_-]+(?: [A-Za-z0-9_-]+){1,30})\s*"
                               r"(?P<note>[（(]?\s*(?:加\s*[Vv微]信?|添加时)?\s*(?:中间)?(?:没有?|无|不带|去掉|删掉)空格)")
_SWAP_FOR_UNDERSCORE = re.compile(r"(?P<mark>[^\sA-Za-z0-9()（）\[\]【】])\s*(?:换成|改成|替换为|替换成|换为|改为)\s*(?:下划线|_)")


def _dash_for_pictograph(match: re.Match[str]) -> str:
    return "-" if unicodedata.category(match.group("mark")) == "So" else match.group(0)


# an id split in two after its label, its letters too few to be an id alone (V信 zzrc 8866)
_SPLIT_ID = re.compile(r"(?P<label>(?:微信|[Vv]信|[Vv][Xx]|[Ww][Xx]|薇信)\s*号?\s*[:：]?\s*)"
                       r"(?P<a>[A-Za-z][A-Za-z_]{1,4}) (?P<b>\d{2,8})(?![\dA-Za-z_])")
# a mobile written with the letter O for a zero past a filter (177 1O2O 3344)
_MOBILE_WITH_O = re.compile(r"(?<![A-Za-z0-9])1[3-9][\dOo](?:[\s-]?[\dOo]){8}(?![A-Za-z0-9])")


def plain_separators(text: str) -> str:
    """``text`` with dashes between digits as "-", full stops inside a site as ".", a
    table's label cell followed by ":", runs of Chinese numerals as digits, a mark the
    text says to swap for "@" swapped, and the spellings that dodge a platform's filter
    (an underscore or dash in words, a pictograph between digits, digits spaced one by
    one, the letter O for a zero in a mobile, an id split in two) written plainly."""
    for pattern, meant in ((_SWAP_FOR_AT, "@"), (_SWAP_FOR_UNDERSCORE, "_")):
        swap = pattern.search(text)
        # (the mark stands between an id's letters before the instruction: cx丶ai丶kt)
        if swap and re.search(rf"[A-Za-z0-9]{re.escape(swap.group('mark'))}[A-Za-z0-9]",
                              text[:swap.start()]):
            text = text[:swap.start()].replace(swap.group("mark"), meant) + text[swap.start():]
    text = _CIRCLED_DIGIT.sub(lambda m: str(unicodedata.digit(m.group(0))), text)
    text = _MOBILE_WITH_O.sub(lambda m: re.sub("[Oo]", "0", m.group(0)), text)
    text = _SPLIT_ID.sub(r"\g<label>\g<a>\g<b>", text)
    text = _CHINESE_DIGIT_TAIL.sub(_as_digits, _CHINESE_DIGIT_RUN.sub(_as_digit_run, text))
    text = _SPELLED_DASH.sub("-", _SPELLED_UNDERSCORE.sub("_", text))
    text = _DOT_STROKE_IN_ID.sub("_", text)
    text = _SPACES_SAID_AWAY.sub(lambda m: m.group("id").replace(" ", "") + m.group("note"), text)
    text = _MARK_BETWEEN_DIGITS.sub(_dash_for_pictograph, text)
    text = _DIGITS_ONE_BY_ONE.sub(lambda m: m.group(0).replace(" ", ""), _ARROW.sub(":", text))
    # (the space after the label stays: 加 xiaoman_xj, as written with its letters joined)
    text = _LETTERS_ONE_BY_ONE.sub(lambda m: " " * m.group(0)[:1].isspace() + m.group(0).replace(" ", ""),
                                   _SPACED_WX.sub(r"\1\2", text))
    return _LABEL_CELL.sub(r"\1:", _SITE_STOP.sub(".", _DIGIT_DASH.sub("-", text)))


# a country code written without "+" before a grouped mobile (86-136…, 86 136 …)
COUNTRY_WITHOUT_PLUS = re.compile(r"(?<![\d.+-])86[-\s]+(?=1[3-9]\d[-\s.]?\d{4}[-\s.]?\d{4}(?!\d))")
_DOT = r"(?:\.|\s*(?:\[dot\]|\(dot\)|（dot）|\s(?:dot|DOT)\s|点)\s*)"
_TLD = r"(?:com|cn|net|org|top|vip|xyz|cc|info|edu|COM|CN|NET|ORG)"
# e-mail with "@" written otherwise (or spaced: qihang @ 126.com); "#" only counts when the page says to swap it back or
# the rest is clearly an address (a dotted domain right after)
OBFUSCATED_EMAIL = re.compile(
    r"(?P<user>[A-Za-z0-9._%+-]{2,40})\s*"
    r"(?:[#＃]|[(（\[【{]\s*(?:at|AT|艾特)\s*[)）\]】}]|\s(?:at|AT)\s|艾特|圈[aA]?|小?老鼠|\s@|@\s|@)\s*"
    r"(?P<domain>[A-Za-z0-9-]+(?:" + _DOT + r"[A-Za-z0-9-]+)*?" + _DOT + _TLD + r")(?![A-Za-z0-9.-])"
)
# WeChat under a homophone or a plus sign (加薇, ＋V, 徽信, 卫星, 绿泡泡, V号)
WECHAT_HOMOPHONE = re.compile(
    r"(?:(?:加|添加|➕|[+＋])\s*(?:薇|威|维|卫|徽|[VvＶｖ]|微|[Vv][Xx]|[Ww][Xx])\s*(?:信|芯|心)?|"
    r"(?:咨询|联系|找|私)[薇威卫](?=\s*[:：])|"
    r"徽信|维信|卫星|绿泡泡|[VvＶｖ]\s*号|微\s*[Xx]|(?<![\u4e00-\u9fff])[威薇卫](?=\s*[:：]?\s*[A-Za-z])|(?<![\u4e00-\u9fff])微(?=\s*[:：]\s*[A-Za-z]|\s+[A-Za-z])|"
    # a role's WeChat: 群主微：…, 老师微 …
    r"(?:(?<=群主)|(?<=老师)|(?<=客服)|(?<=助教)|(?<=助理)|(?<=班主任))微(?=\s*[:：]?\s*[A-Za-z]))"
    r"\s*(?:号|号码|id|ID)?\s*[:：]?\s*(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9})(?![-_A-Za-z0-9])"
)
# QQ behind its penguin (🐧 2874-410-563, 企鹅：…)
QQ_PENGUIN = re.compile(r"(?:🐧|企鹅)\s*号?\s*[:：]?\s*(?P<id>[1-9]\d{2,4}(?:[-\s]?\d{2,4}){1,3})(?![\d])")
# a QQ chat button: its link carries the number (wpa.qq.com/msgrd?uin=…, tencent://message/?uin=…)
QQ_CHAT_LINK = re.compile(r"(?:wpa\.qq\.com|tencent://|qm\.qq\.com)\S*?[?&]uin=(?P<id>[1-9]\d{4,10})(?!\d)",
                          re.I)
# a site written with its dot spelled out or bracketed so a forum lets it through
# (changanshuzhi点com, jingxuetang[.]net, …(.)com, …【.】cn)
_SPELLED_DOT = r"(?:点|\[dot\]|\(dot\)|（dot）|\[\s*[.。点]\s*\]|[(（]\s*[.。点]\s*[)）]|【\s*[.。点]\s*】)"
SPELLED_SITE = re.compile(rf"(?<![A-Za-z0-9.-])(?P<name>[A-Za-z0-9][-A-Za-z0-9]{{2,40}})\s*{_SPELLED_DOT}\s*"
                          rf"(?P<tld>(?:com|net|org|edu|gov)\s*{_SPELLED_DOT}\s*cn|com|cn|net|org|top|vip)"
                          r"(?![A-Za-z])")
# an id the reader is told to add with a note (qihang6641 备注抖声, xx_edu（添加请备注来意）):
# a friend request's note is WeChat's
WECHAT_BY_NOTE = re.compile(r"(?<![-_A-Za-z0-9@.#])(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.#])"
                            r"\s*(?:加我|[（(]?\s*(?:添加|加的?时候)?\s*(?:请|时)?\s*备注)")
# a WeChat id under a QR code or on a landing page's floating bar: after the scan words
# (微信扫码添加 xhzx2025, 长按识别加老师 …) or before the copy button (qianfan-edu 复制微信号)
WECHAT_SCAN = re.compile(r"(?:扫码|扫一扫|长按识别|长按二维码|微信二维码)\s*(?:添加|加)?\s*(?:老师|客服|助教)?\s*"
                         r"(?:微信号?)?\s*[:：]?\s*(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])")
WECHAT_BEFORE_COPY = re.compile(r"(?<![-_A-Za-z0-9@.#])(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})"
                                r"\s*[\]】)）]?\s*(?:点击|一键)?\s*复制\s*(?:微信号?|[Vv][Xx]|[Ww][Xx])")
# an id after 详询 / 咨询 or the staff to reach that no word could be (letters with a digit or
# an underscore: 详询 shubiao_hr, 咨询 FCSZ_edu, 客服 DZJY_KF): a WeChat id, as captions and
# answers give it
WECHAT_ASK = re.compile(r"(?:详询|咨询|客服|助教|班主任)\s*[:：]?\s*"
                        r"(?P<id>[A-Za-z](?=[A-Za-z]*[_\d])[-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
# "有需要加我 lzy-ai-teacher", "V我：…": an id of letters after 加我 with no app named is a WeChat id (a
# QQ is digits, and a site or mail address goes on with a dot or an @)
# (a circled Ⓥ, or a lone v between words: 需要的 ⓥ zhixing-ai-lu)
WECHAT_ADD_ME = re.compile(r"(?:加我|加一下我?|私我|滴滴我|找我|(?<![A-Za-z])[VvＶｖ]\s*我|(?<![参增更追添附叠])加(?=\s)|"
                           # a role between 加 and the id, or V 搜 (加审核老师 yzj-kefu88, V 搜 ZhouKZ177)
                           r"加\S{0,4}(?:老师|助理|助教|客服|班主任)(?=\s)|(?<![A-Za-z])[VvＶｖ]\s*搜(?:索)?|"
                           r"[ⓥⓋ🅥]|(?<=[\u4e00-\u9fff])\s?[Vv](?=\s)|(?<![A-Za-z])[VvＶｖ]\s*[➕＋+✚])\s*[:：]?\s*"
                           r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
# the app named after the id (biaozhu_laobing（微信）) or after a few words of what it is
# for before the colon (助理微信领回放：hzt_peixun)
WECHAT_LABEL_AFTER = re.compile(r"(?<![-_A-Za-z0-9@.#])(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})\s*[（(]\s*(?:微信|[Vv][Xx]|[Vv]信|[Ww][Xx])\s*[）)]")
WECHAT_LABEL_NOTE = re.compile(r"(?:微信|[Vv][Xx]|[Vv]信)(?!支付|公众号|群|号码?|扫)[\u4e00-\u9fff\"“”「」]{1,10}[:：]\s*"
                               r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
# a bare V set off from the id by a dash or spaces, as captions and subtitles dodge the
# platform's filter (V 一 zkzp_kefu8, V—hr_2024, v zhang2025): the id holds a digit or an
# underscore, as ids do and words do not
WECHAT_BARE_V = re.compile(r"(?<![-_A-Za-z0-9@.#/])[VvＶｖ](?:\s*[-—–一~～➖]\s*|\s+)"
                           r"(?P<id>(?=[A-Za-z][-A-Za-z]*[_\d])[A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])")
_COPY_BUTTON = re.compile(r"^\s*(?:点击|一键)?\s*复制\s*(?:微信号?|[Vv][Xx]|[Ww][Xx])\s*$")


def with_copy_buttons(texts: Sequence[str]) -> list[str]:
    """``texts`` with a line that is only a copy button (复制微信号) joined to the line
    before it, which holds the id it copies (a floating bar's ``<span>id</span><button>``)."""
    out: list[str] = []
    for text in texts:
        if out and _COPY_BUTTON.match(text):
            # "177-0288-" / "4163": a number cut after its dash runs on without a space
            out[-1] = f"{out[-1]}{'' if out[-1].endswith('-') else ' '}{text.lstrip()}"
        else:
            out.append(text)
    return out


# a contact number cut by a line break after a label: "电话 135 1287<br>4096（下午两点后）"
_NUMBER_CUT_AT_END = re.compile(r"(?:电话|手机|热线|微信|QQ|扣扣|致电|tel|[:：])\D{0,4}(?P<head>\d[\d\s\-]{1,12})$",
                                re.I)
_LABEL_AT_END = re.compile(r"(?:信用代码|电话|手机|微信号?|[Vv]信|[Vv][Xx]|QQ|QQ群|群号|邮箱|热线|联系方式)\s*[:：]?\s*$",
                           re.I)
_DIGITS_AT_START = re.compile(r"^\s*(?P<tail>\d[\d\s\-]{1,12})")
_COUNTED = re.compile(r"\s*[年月日号元块人个期级%]")  # a date or count starts the next line


# a table column whose header names a contact (群号, 微信, 联系电话 …)
_CONTACT_HEADER = re.compile(rf"^\s*(?:{_CONTACT_LABELS})\s*[:：]?\s*$", re.I)


def header_labelled_cells(tables: Sequence[tuple[Sequence[str], Sequence[Sequence[str]]]]
                          ) -> list[str]:
    """The cells of a contact column as "header：cell" (a group directory's 群号 column,
    a price table's 咨询电话 column): the header labels every cell below it."""
    out: list[str] = []
    for header, rows in tables:
        columns = [i for i, name in enumerate(header) if _CONTACT_HEADER.match(name)]
        out += [f"{header[i]}：{row[i]}" for row in rows for i in columns
                if i < len(row) and row[i].strip()]
    return out


def with_cut_numbers(texts: Sequence[str]) -> list[str]:
    """``texts`` with a line that ends in a contact's label, or in the first digits of a
    labelled contact number, joined to the next line (a ``<br>`` after the label or inside
    the number); a cut number only when the two parts make at most 12 digits."""
    out: list[str] = []
    for text in texts:
        if out and _LABEL_AT_END.search(out[-1]):  # "统一社会信用代码" / "913101 15MA1F …"
            out[-1] = f"{out[-1]} {text}"
            continue
        head = _NUMBER_CUT_AT_END.search(out[-1]) if out else None
        tail = _DIGITS_AT_START.match(text) if head else None
        if (head and tail and len(re.sub(r"\D", "", head.group("head") + tail.group("tail"))) <= 12
                and not _COUNTED.match(text, tail.end())):
            # "177-0288-" / "4163": a number cut after its dash runs on without a space
            out[-1] = f"{out[-1]}{'' if out[-1].endswith('-') else ' '}{text.lstrip()}"
        else:
            out.append(text)
    return out


# a short-video or social account the seller sends buyers to (抖音号：qmx_ai2026, 去抖音搜
# qmx_ai2026, 快手 ID @…): the same account on two pages is the same seller
SOCIAL_ACCOUNT = re.compile(
    r"(?P<platform>抖音|快手|小红书|视频号|B站|微博|直播(?=号)|(?<![A-Za-z])[dD][yY](?=\s*号))\s*(?:号|ID|id|账号|同名)?\s*"
    r"(?:[,，]?\s*也?搜索?|搜一搜|关注)?\s*[:：]?\s*[「『“\"]?\s*[@＠]?"
    r"(?P<id>[A-Za-z][-_.A-Za-z0-9]{3,29})(?![-_.A-Za-z0-9@])")


# or named in its own script inside corner brackets (推荐视频号「蜀慧职教」, 公众号“…”)
SOCIAL_ACCOUNT_NAMED = re.compile(
    r"(?P<platform>抖音|快手|小红书|视频号|B站|微博|公众号)\s*(?:号|账号)?\s*(?:[,，]?\s*也?搜索?|搜一搜|关注)?\s*"
    r"(?:[:：]?\s*[「『“\"](?P<id>[\u4e00-\u9fffA-Za-z0-9_·]{2,20})[」』”\"]|"
    # or after a colon, a name with Chinese in it (视频号：小蓝鲸学堂AI, 抖音搜：辰星AI课堂)
    r"(?:同名|[发讲更播][\u4e00-\u9fff]{0,8})?(?<=[号搜名货])[:：]\s*(?P<name>(?=[A-Za-z0-9_]*[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z0-9_]{2,20}))")
# a shop the seller sends buyers to on a marketplace (淘宝店铺：启航AI学堂考证店)
SHOP_NAME = re.compile(r"(?P<platform>淘宝|天猫|拼多多|微店|抖店|小红书|京东|闲鱼)\s*(?:店铺名?|小店|店)\s*[:：]\s*"
                       r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,20})")
# or its number there (小店ID 88231457, 店铺号：…): where the course is sold
SHOP_ID = re.compile(r"(?:小店|店铺|橱窗|卖家|商家|抖店)\s*(?:ID|id|号)\s*[:：]?\s*(?P<id>[A-Za-z0-9_]{5,20})(?![A-Za-z0-9_])")
# QQ as a bare letter before the number (或者Q 3056617248, q:…, 或 Q1432667901): a standalone Q
QQ_BARE_LETTER = re.compile(r"(?<![A-Za-z0-9])[Qq]\s*(?:我|一下)?\s*[:：]?\s*(?P<id>[1-9]\d{2,4}(?:[-\s]?\d{2,4}){0,3})(?![\d])")
# the number is also the WeChat id: said after it (同微, 同V, 微信同号) or in one label for
# both (电话/微信：, 手机（微信）, 微信/手机)
SAME_AS_PHONE = re.compile(r"微信同号|同微信?|同[VvＶｖ薇]|微信同步|可加微信|也是微信")
SAME_AS_PHONE_LABEL = re.compile(
    r"(?:电话|手机|热线|联系方式)\s*[/／、&＆和及|｜]\s*(?:微信|[Vv][Xx]?|薇信|wx)"
    r"|(?:微信|[Vv][Xx]?|薇信|wx)\s*[/／、&＆和及|｜]\s*(?:电话|手机)"
    r"|(?:电话|手机)\s*[（(]\s*(?:同?微信|[Vv])\s*[）)]",
    re.I,
)
_NUMBER_TOPIC = re.compile(r"(?:订单|准考证|证书|报名序|课程|流水|考生|学员|档案|批次)\s*(?:编)?号")
_CONTACT_WORD = re.compile(r"电话|热线|手机|微信|联系|咨询|致电|拨打|QQ|加我|找我|客服", re.I)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,；;~～]")  # 补贴哦～咨询vx：… : a tilde ends a clause too


# the web vendor's credit in a footer (技术支持：云帆建站 www.… 建站热线 400-…): its number
# and site are the vendor's, on every site it built
_WEB_VENDOR = re.compile(r"技术支持|网站建设|建站|设计制作|网站制作|制作维护|网站设计|网站由|本站由|站点由|"
                         # a marketplace shop's designer (店铺装修：旺铺易 设计 QQ …)
                         r"店铺装修|店铺设计|装修设计|"
                         r"(?:[Pp]owered|[Bb]uilt|[Mm]ade|[Dd]esigned|[Hh]osted)\s*(?:by|with|on)\b")


def sentence_before(text: str, start: int, reach: int = 40) -> str:
    """The words of ``start``'s sentence before it, ``reach`` characters at most."""
    return _SENTENCE_END.split(text[max(0, start - reach):start])[-1]


def clause_before(text: str, start: int, reach: int = 40) -> str:
    """The words of ``start``'s clause (up to a comma or semicolon) before it."""
    return _CLAUSE_END.split(sentence_before(text, start, reach))[-1]


# the national 人社 hotline, with a number listed beside it (咨询电话：12333，0791-83883370)
_BESIDE_HOTLINE = re.compile(r"12333\s*[，,、/]\s*(?:或\s*)?$")


def beside_the_hotline(text: str, start: int) -> bool:
    """The number at ``start`` is listed right after 12333: the bureau's own line beside the
    national hotline, as its notices and guides give it (docs/domain.md §3.5)."""
    return bool(_BESIDE_HOTLINE.search(sentence_before(text, start, 12)))


# a newsroom's tip line (新闻热线, 报料电话, 爆料热线), credited on its pages and in the reposts
# that cite it (部分内容来源：黔北在线 新闻热线0851-…): a paper's, never a seller's
_NEWSROOM = re.compile(r"(?:新闻|报料|爆料|读者)\s*(?:热线|电话|专线)|新闻线索|报料|爆料")


def newsroom_line(text: str, start: int) -> bool:
    """The clause before ``start`` labels the number as a newsroom's tip line."""
    return bool(_NEWSROOM.search(clause_before(text, start, 20)[-10:]))


def web_vendor_credit(text: str, start: int, reach: int = 40) -> bool:
    """The sentence before ``start`` credits the site's builder."""
    return bool(_WEB_VENDOR.search(sentence_before(text, start, reach)))


def about_a_number_label(text: str, start: int, reach: int = 40) -> bool:
    """The sentence before ``start`` is about an order, ticket or certificate number and
    no contact word comes between that label and the number: the number is an example of
    the label ("准考证号是13开头的11位数字（比如上期的131…）")."""
    before = sentence_before(text, start, reach)
    labels = list(_NUMBER_TOPIC.finditer(before))
    if not labels:
        return False
    return not _CONTACT_WORD.search(before[labels[-1].end():])


_ORDINAL_AFTER = re.compile(r"\s*(?:批次|批|期|届|号考场)")


def ordinal(text: str, start: int, end: int | None) -> bool:
    """The number is an ordinal (第13520251206批次, 第2026031期): a batch or a class, not a
    phone, whatever its shape."""
    return (end is not None and text[:start].rstrip().endswith("第")
            and bool(_ORDINAL_AFTER.match(text, end)))


def account_name_cut(name: str) -> str:
    """An account holder's name without what the sentence went on to say after it: a
    trailing bracketed note ("(个人)", "（请认准对公账户）") or an opening bracket never
    closed ("…有限公司(请认准对公账户"). A bracket inside the name stays ("某某（集团）有限公司")."""
    while True:
        opened = max(name.rfind("（"), name.rfind("("))
        closed = max(name.rfind("）"), name.rfind(")"))
        if opened > 0 and (opened > closed or closed == len(name) - 1):
            name = name[:opened]
            continue
        return name.rstrip("）)")


def email_domain(written: str) -> str:
    """A domain written with its dots spelled out ("foxmail DOT com", "qq点com") as
    ``foxmail.com``."""
    return re.sub(_DOT, ".", written)


# a line that credits the platform that generated the page: all it names is the platform's
PLATFORM_CREDIT = re.compile(r"(?:[本该此]?\s*(?:页面?|表单|问卷|小程序))由.{1,30}?(?:生成|提供|搭建)|"
                              # 在线报名表由 填表宝 … 提供, 网上报名由 … 提供技术支持
                              r"(?:报名表|报名系统|网上报名|在线报名)\S{0,3}由.{1,30}?(?:生成|提供|搭建)|"
                              # 问卷星 wjx.cn 提供表单服务: the tool credits itself
                              r"提供(?:表单|问卷|建站|报名表)(?:服务|支持|工具)|"
                              r"内容由(?:发布者|商家|用户|作者)提供|"
                              # a video site's own line: 官方客服 4001-… · 视频内容由创作者上传
                              r"内容由\S{0,4}(?:创作者|用户|网友|作者|up主|UP主)\S{0,2}(?:上传|发布)|"
                              # a post's "sent from" line: 来自 种草笔记App · zhongcaobiji.com
                              r"来自\s*[^\s·|｜]{1,12}?\s*(?:App|APP|app|客户端)(?:\s*[·|｜-]\s*\S+)?|"
                              # an app's invitation: 打开拾光笔记App，查看更多精彩 shiguangbiji.com
                              r"(?:打开|下载|前往)\s*[^\s,，。]{1,12}?\s*(?:App|APP|app|客户端)\s*[,，]?\s*(?:查看|看|发现|阅读|浏览)")


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def credits_the_platform(text: str, start: int) -> bool:
    """The line credits the platform that generated the page, and the credit is not an
    aside in brackets apart from the mention at ``start`` (添加微信 … 或在线填写报名表
    （报名表由表单通 … 提供）: the WeChat is the seller's)."""
    asides = [m.span() for m in _BRACKETED.finditer(text) if not m.start() <= start < m.end()]
    return any(not any(a <= credit.start() < b for a, b in asides)
               for credit in PLATFORM_CREDIT.finditer(text))


# a form filled in on a form tool's site: the words before ask to fill it in, and the
# address goes on to the form's own path; or the tool is named in brackets right after it
_FORM_TO_FILL = re.compile(r"填表|表单|问卷|登记表|报名表|填写|扫码填")
_TOOL_NAMED_AFTER = re.compile(r"\s*[(（][^)）]{0,8}(?:表|问卷)[^)）]{0,4}[)）]")


def hosted_form(text: str, start: int, end: int, reach: int = 30) -> bool:
    """The site at ``start:end`` is where a form is filled in, not the seller's own site."""
    with_path = text[end:end + 1] == "/"
    asked = _FORM_TO_FILL.search(clause_before(text, start, reach))
    return bool((with_path and asked) or _TOOL_NAMED_AFTER.match(text, _path_end(text, end)))


_PATH = re.compile(r"/[-\w./?=&%#]*")


def _path_end(text: str, end: int) -> int:
    """Where the address that ends its host at ``end`` ends, its path included."""
    path = _PATH.match(text, end)
    return path.end() if path else end


# a line that gives a number for enrolment (报名热线, 招生电话, 课程顾问, 咨询：) and names no
# platform's desk (平台客服, 商家入驻, 举报, 本站)
_ENROLS_BY = re.compile(r"报名|招生|咨询|课程顾问|学费")
_PLATFORMS_DESK = re.compile(r"平台|本站|本网|网站|入驻|商家|商城|店铺|客服|举报|投诉|合作|投稿|站长|版主")


def enrols_by(kind: str, line: str) -> bool:
    """Does the main text give a contact of the page's footer for enrolment (全国热线
    400-… 报名QQ …, 课程顾问座机 025-…)? Then the footer is the seller's own, as on a
    school's site, not a marketplace's desk that every shop on it shows. (The site's own
    domain, in an address such as jxjy@college.edu.cn, stays the site's: a college hosts
    its partners' pages too.)"""
    return kind != "domain" and bool(_ENROLS_BY.search(line)) and not _PLATFORMS_DESK.search(line)


# every form of a WeChat id above that its own pattern reads
WECHAT_FORMS = (WECHAT_HOMOPHONE, WECHAT_BY_NOTE, WECHAT_SCAN, WECHAT_BEFORE_COPY, WECHAT_ADD_ME,
                WECHAT_LABEL_AFTER, WECHAT_LABEL_NOTE, WECHAT_BARE_V, WECHAT_ASK)
