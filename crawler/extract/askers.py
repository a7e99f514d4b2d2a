"""Lines in which someone other than the seller gives their own contact: a would-be buyer
asking to be contacted or to find company, and the spam posted under other people's ads.

A number in such a line is the asker's or the spammer's, and it ties nothing: the same
reader asks under many sellers' posts (``crawler.extract.identifiers`` leaves it out).
"""

from __future__ import annotations

import re

# a would-be buyer asks to be contacted: those who know send to them, not they to you
# (or gathers buyers to haggle together: 想拼团的加我, 同求搭子, 蹲一个)
BUYER_ASKS = re.compile(r"有(?:资料|经验|门路|了解|渠道)的\S{0,4}(?:发我|加我|联系我|私我|带带我)|求推荐|求带|求资料|"
                        # (…or anyone at all, a reliable one, one who knows: 有人能联系我吗,
                        # 有靠谱的联系我, 有知道的联系我; not a seller's 有需要的联系我)
                        r"有人能?\S{0,3}联系我|有(?:靠谱|正规|知道|懂行?)\S{0,4}的\S{0,4}(?:联系|加|私|发)我|"
                        r"拼团的\S{0,4}(?:加我|找我|私我|注意)|同求|[求找]搭子|蹲一个|"
                        # or looks for company (有一起备考的吗, 有人一起吗, 想一起报的加我,
                        # 有一起避坑的, 组队报名, 大家一起维权)
                        # (asking to be added: 加我, not 看他们官网)
                        r"(?:有人?|想|找|有没有)一起\S{0,6}?(?:的\s*(?:可以)?\s*(?:加我|找我|私我|滴我)|吗)|"
                        r"组队报名|一起维权|避坑的|(?:想|要)?组队的?\S{0,3}(?:找我|加我|私我)|"
                        # a fellow student's offer to answer questions (已报名，有问题的可以问我)
                        # or one who passed, in a buyer's review (买家秀:已考过 有问题Q我 …)
                        r"(?:已报名|已考过|考过了|已拿证|已上岸)[,，。\s]\S{0,10}(?:问我|找我|[Qq]我|私我|加我)|"
                        # (a buyer's review under a shop's item: 买家lily：…加我 …一起学)
                        r"买家秀|买家评价|买家\S{0,8}[:：]|学员评价[:：]|能便宜点?吗|想组团|"
                        # a price-comparing blogger's own (比价表找我, 想看全网对比的加我)
                        r"比价表|全网对比的|我做过比价|"
                        # a reader asking to be told (我也想问问，我微信 …，求私; 有消息告诉我 …;
                        # 我也想了解…有靠谱渠道麻烦告诉我) or for company (求组队, 报了的来交流)
                        r"求私|(?:有消息|麻烦|请)告诉我|我也想(?:问|了解|知道)|已私信|求组队|(?:报了|已报|报过|考过|在学)的?来交流|"
                        # a fellow learner who wants to talk (同样在学的朋友可以交流), a wanted
                        # ad's "有的联系" (those who have one, contact me)
                        r"(?:可以|一起|互相)交流(?!群)|同样在学|有的\S{0,2}(?:联系|私|加)(?!我们)|"
                        # (…or leaves their own number to compare notes: 留个号大家交流, 留个电话交流)
                        r"留个\S{0,2}(?:号|电话|手机|微信|联系方式)\S{0,6}?交流|"
                        # a buyer asking to be sent something or for company to haggle
                        # (QQ … 发我一份, 你加我发个价目表, 求一份题库, 一起组队备考, 便宜点加我一起问问)
                        r"发我|发个价|求一份|求个|一起组队|组队备考|一起问问|一起砍价|"
                        # (…and a commenter asking for the notes or to be accepted: 求计划表 薇 …,
                        # 我也想要路线 薇 …, 加了,薇 … 求通过, 135… 拉我一下, 加我微信 … 互相监督)
                        r"(?<![需追寻要请征])求(?:题库|资料|计划|路线|分享|链接|通过|私发|拉群|机构)|我?也想要|我也要|加了[,，]|拉我一下|互相监督|"
                        # (…or to be pointed to a seller: 同问, 我也想报, 有正规渠道的说一声, 加你了)
                        r"(?<![\u4e00-\u9fff])同问|我也想报|有(?!需要)\S{0,6}的说一声|加你了|"
                        # (…or gathers a group to haggle, or asks to be sent the details: 组个团
                        # 便宜点, 课件能发 … 吗; or is still looking: 我也在了解, 有没有懂的)
                        r"组个?团|凑个?团|想要一份|麻烦发|(?<!我)发一下|发几[道份个]|(?<![需要请追])求发|"
                        r"能(?:不能)?(?:私)?发\s*(?:一份|一下|个)?\s*$|"
                        # (a group-buyer looking for others to buy with: 谁来拼一个，我手机 …
                        # 拼成了喊我, 有拼的 v:…, 拼课的加我, 一起的加我)
                        r"(?:有|谁|来)拼|拼[课单团]?的\S{0,4}(?:加我|找我|私我|叫我|喊我|v|V)|拼成了?|一起的\S{0,2}加我|"
                        r"我也在(?:了解|看|找|问)|有没有懂的|有懂的吗")
# a spammer's line under other people's posts: part-time work paid by the day (标注兼职日结,
# 同行勿扰, 兼职加Q …), not a course seller's contact
# (and a certificate mill's: 各类证书加急办理 vx …, 办证加vx …, on every seller's review page)
COMMENT_SPAM = re.compile(r"日结|同行勿扰|同行加|刷单|兼职加\s*[Qq]|各[类种]证[书件]|办证")
