"""Who says each line of a post's comment section: the post's author, or someone else.

Under a video, a note, a repost or a shop's item, readers leave their own contacts (我微信
lily_0925 可以问, 求带 QQ 1023847561): a reader's, a buyer's or a spammer's, not the seller's
(issue #16: the same reader under several sellers' posts must tie none). The section opens with its
header (评论（3）, 精选留言, 全部评论); each comment opens with its writer's name, before a
time (lily学姐 2天前) or a colon (momo：请问…); a single comment may be headed by its label
(留言：…, 网友：…). The author answers under the name the post is signed with
(@小鹿AI就业营) or marked as the author (云帆AI学堂（作者）); their lines stay the seller's.
Forum floors and Q&A answers are not comment sections: a seller may answer there under any
name, unless the thread's own post (楼主：…, 回答者：…, or the post above 全部回复) already
sells with its writer's contact: then the floors and replies below it (2 楼 路人甲, 网友A：…)
are other people's. Pure functions over a page's main lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from crawler.extract.identifiers import names_a_contact
from crawler.extract.offer import asks, block_sells
from crawler.extract.text import normalize

# (or counts them, as notes and video apps do: 共 2 条评论, 12条留言)
_COMMENTS_HEAD = re.compile(r"^\s*(?:(?:评论|全部评论|精选留言|网友评论|热门评论|最新评论|留言|评论区|网友留言)"
                            r"\s*(?:[(（]\s*\d+\s*[)）]|\d+)?|(?:共\s*)?\d+\s*条\s*(?:评论|留言))\s*$")
_TIME = (r"(?:\d+\s*(?:秒|分钟|小时|天|周|个?月|年)前|刚刚|昨天|前天|\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|"
         r"\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})(?:\s*\d{1,2}:\d{2})?")
# (the author's mark after the name, in brackets or not: 云帆AI学堂（作者）, 小蓉老师AI职培作者)
# (a name is no clause: 零基础包过,不过退费,资料发邮箱：… is a post's own line)
_NAME = (r"(?P<name>[^\s:：|｜,，。.!！?？;；、]{1,20}?)\s*"
         r"(?P<mark>[(（]?(?:作者|楼主|博主|up主|UP主|店主|掌柜|官方)[)）]?)?")
# a comment's head: its writer and when (lily学姐 2天前), or its writer saying it (momo：…),
# or answering someone (粤技通 回复 Lily：…); the author may be named as such (作者 星火职培 回复：)
_AUTHOR_WORD = r"(?P<role>作者|楼主|博主|[Uu][Pp]主|店主|掌柜)?\s*"
# (a forum's floor head names its writer, its floor and when: 石门老王 2楼 发表于 2025-12-08 11:02)
_POSTING = r"发表于|发布于|回复于|发表|发布"  # (the words a post's or a floor's head uses)
_POSTED = rf"(?:(?P<floor>\d+\s*楼|沙发|板凳)\s*)?(?:{_POSTING})?\s*"
# (and where, as apps show it since 2022: lily在武汉 4-11 · 湖北, 2天前 IP属地：四川)
_WHERE = r"(?:(?:\s*[·・]\s*|\s+)(?:IP\s*属地\s*[:：]?\s*)?[\u4e00-\u9fff]{2,8})?"
_POSTING_WORD = re.compile(rf"{_POSTING}|发帖")
_POST_HEAD = re.compile(r"(?:发表于|发布于)\s*\d")  # a forum post's head, not a comment's
_WRITER_AND_TIME = re.compile(rf"^\s*{_AUTHOR_WORD}{_NAME}\s+{_POSTED}{_TIME}{_WHERE}\s*$")
_WRITER_SAYS = re.compile(rf"^\s*{_AUTHOR_WORD}{_NAME}\s*(?:回复\s*[^\s:：]{{0,20}}\s*)?[:：]\s*\S")
# the author answering under its role alone, as video and note apps mark it (作者回复：…,
# 作者回复 @用户A：…, 博主回复：, UP主回复, 作者：考证另算)
_AUTHOR_REPLIES = re.compile(r"^\s*(?P<role>作者|楼主|博主|[Uu][Pp]主|店主|掌柜)\s*(?:回复|答复)?"
                             r"\s*(?:@?[^\s:：]{1,20}\s*)?(?:[:：]|$)")
# a label inside a comment (微信：…, 电话：…, 加VX：…) names no writer
_LABEL = re.compile(r"^(?:加|添加)?(?:微信|薇信|电话|手机|[Qq]{2}|[Vv][Xx]?|邮箱|网址|地址|联系|报名|咨询|备注|注意|提示|"
                    r"温馨提示|回复|答|问)")
# a thread's writer, named over its post (楼主：证书王老师, 回答者：华夏… 认证顾问)
# (its post may follow on the line: 楼主 国培智训-小李：零基础…)
_THREAD_WRITER = re.compile(r"^\s*(?:楼主|发帖人|作者|回答者|答主|最佳答案)\s*[:：]?\s*(?P<name>[^\s:：,，。!！?？]{1,24})"
                            r"(?:[\s:：].*)?$")
# a thread's replies, under their header (全部回复, 回复（3）, 全部回答)
_REPLIES_HEAD = re.compile(r"^\s*(?:全部|最新|热门|精彩|其他|更多)?(?:回复|回帖|跟帖|回答)"
                           r"\s*(?:[(（]\s*\d+\s*[)）]|\d+)?\s*$")
# a floor's head: 2 楼 路人甲, 3楼 吃过亏的人
_FLOOR = re.compile(r"^\s*\d+\s*楼\s*(?P<name>\S.{0,20})$")
# a reader's comment headed by its label on its own line (留言：已报，同学可以加我 …, 网友：…),
# or by the label and its writer's name (评论 鱼塘主：…, 留言 小王：…, 用户小鱼：…, 网友东营小白：…;
# not a notice to users, 用户须知：…, nor an address to them, 读者如需报名可联系：…);
# a Q&A page's question headed by its asker (提问者：安庆小陈 · …我QQ …) is the asker's too
_INLINE_COMMENT = re.compile(r"^\s*(?:(?:网友|读者|用户)(?:留言|评论)?|留言|评论|提问者|提问人)\s*[:：]|"
                             r"^\s*(?:留言|评论|精选留言|热门评论)\s+[^\s:：]{1,12}\s*[:：]|"
                             r"^\s*(?:网友|读者|用户)(?!须知|协议|指南|服务|手册|条款|评价|中心)"
                             r"(?![^\s:：]*(?:如|若|需|可|请|想|联系|报名|咨询))"
                             # (an answer a Q&A page heads with its writer, 网友“国职认证客服”回答：,
                             # is an answer, weighed as answers are, not a reader's comment)
                             r"(?![^\s:：]*答\s*[:：])[^\s:：,，]{1,10}\s*[:：]")
# or a post's own field (上课地点：…, 报名时间：…, 联系人：…)
# (or its class or notice named as a heading: AI星球学院暑期班：…, 招生简章：…, 本期福利：…)
_FIELD = re.compile(r"(?:地点|地址|时间|日期|费用|学费|价格|课程|班型|证书|报名|咨询|电话|微信|邮箱|说明|要求|条件|"
                    r"对象|内容|优势|特色|详情|简介|方式|联系人|收款人|负责人|班|简章|通知|公告|福利|优惠)$")
# the name a post is signed with: @小鹿AI就业营
_SIGNED = re.compile(r"^\s*@\s*(?P<name>[^\s·|｜]{2,20})")


def _writer(line: str) -> tuple[str, bool] | None:
    """The writer a comment's first line names, and whether it is marked as the author."""
    author = _AUTHOR_REPLIES.match(line)
    if author is not None:
        return author.group("role"), True
    found = _WRITER_AND_TIME.match(line) or _WRITER_SAYS.match(line)
    if (found is None or _LABEL.match(found.group("name")) or _FIELD.search(found.group("name"))
            or _POSTING_WORD.fullmatch(found.group("name"))):
        return None  # (a post's date alone, 发表于 2026-03-05, names no writer)
    # (a pinned comment is the author's: only the author pins, 置顶评论：…, 评论置顶：…)
    name = found.group("name")
    return name, bool(found.group("mark") or found.group("role") or "置顶" in name)


def said_by_others(sentences: list[str], frame: Collection[str] = (),
                   section: int | None = None) -> set[int]:
    """The indices of the lines written by someone other than the post's author: in its
    comment section, in a comment headed by its label (留言：…), or in the replies below a
    thread post that sells (empty when the page has none of these). ``frame``: the page's
    lines outside its main text (its byline and header name the author too); ``section``:
    the first line inside the page's comment section as its markup names it, which may have
    no header (``crawler.extract.answers.comments_start``)."""
    norms = [normalize(s) for s in sentences]
    inline = {i for i, s in enumerate(norms) if _INLINE_COMMENT.match(s)}
    head = next((i for i, s in enumerate(norms) if _COMMENTS_HEAD.match(s)), None)
    if head is None and section:  # (the section's first line is its header's place)
        head = section - 1
    if head is None:
        return inline | _replies_below_a_selling_post(sentences, norms)
    authors = {m.group("name") for s in norms[:head] if (m := _SIGNED.match(s))}
    # (the author's name is in its post, its byline or its header: 小智老师AI考证 · 关注)
    post = "\n".join([*norms[:head], *(normalize(line) for line in frame)])
    return inline | _lines_of_others(norms, head + 1, lambda name: (
        any(a in name or name in a for a in authors) or (len(name) >= 2 and name in post)))


def _lines_of_others(norms: list[str], start: int, is_author: Callable[[str], bool]) -> set[int]:
    """From ``start`` on, the lines of each comment, floor or reply whose writer (named at its
    head) is neither marked as the author nor ``is_author``."""
    others: set[int] = set()
    current_is_other = False
    for i in range(start, len(norms)):
        floor = _FLOOR.match(norms[i])
        writer = (floor.group("name"), False) if floor else _writer(norms[i])
        if writer is not None:
            name, marked = writer
            current_is_other = not (marked or is_author(name))
        if current_is_other:
            others.add(i)
    return others


def _marked_first_writer(norms: list[str]) -> tuple[int, str] | None:
    """The thread's post signed by its writer's head marked as the poster's (冀才教育 楼主
    发表于 2025-12-08 10:21) or as a post (AI星球小助手 发表于 2026-06-10: a forum heads its
    thread's post so), when that is the first writer's head on the page."""
    for i, line in enumerate(norms):
        if _FLOOR.match(line):
            return None  # a plain floor heads first: no marked poster
        writer = _writer(line)
        if writer is not None:
            return (i, writer[0]) if writer[1] or _POST_HEAD.search(line) else None
    return None


def _replies_below_a_selling_post(sentences: list[str], norms: list[str]) -> set[int]:
    """In a thread whose post sells, giving its writer's contact, the lines of the floors and
    replies written by anyone else below it. The post is signed (楼主：X, or X 楼主 发表于 …,
    and its writer is X), or ends at its replies' header (全部回复, and its writer is named
    in it)."""
    heads = [next(((i, m.group("name").strip()) for i, s in enumerate(norms)
                   if (m := _THREAD_WRITER.match(s))), None), _marked_first_writer(norms)]
    # (on one line, the name 楼主：X gives is the writer's, not the role's)
    signed = min((h for h in heads if h is not None), key=lambda h: h[0], default=None)
    if signed is not None:
        at, author = signed
        others = _lines_of_others(norms, at + 1, lambda name: name in author or author in name)
    else:
        head = next((i for i, s in enumerate(norms) if _REPLIES_HEAD.match(s)), None)
        if head is None:
            return set()
        at, post = 0, "\n".join(norms[:head])
        others = _lines_of_others(norms, head + 1, lambda name: len(name) >= 2 and name in post)
    # (a contact the post asks about, 电话 133…，靠谱吗？, is not its writer's)
    lines = [s for i, s in enumerate(sentences[at:], at) if i not in others]
    sells = block_sells(lines) and any(names_a_contact(s) and not asks(s)
                                       for s in lines)
    return others if sells else set()
