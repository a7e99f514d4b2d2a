#!/usr/bin/env python3
"""Generate the sealed labeled web operators-2026-12w (stdlib only).

Writes site/ (HTML pages + robots.txt) and truth.json next to this file.
All names, numbers, companies and codes are invented; USCCs are synthetic
with valid GB 32100 (and GB 11714) check characters.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for c, k in zip(org8, w):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * k
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def make_uscc(head2, region6, org8):
    body = head2 + region6 + org8 + _org_check(org8)
    s = sum(ALPH.index(c) * w for c, w in zip(body, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPH[r]


USCC_U02 = make_uscc("91", "320506", "MA27QK8D")   # 启明证书服务(苏州)
USCC_U07 = make_uscc("91", "440106", "MA5H3T2C")   # 广州天工智培
USCC_I04 = make_uscc("92", "330106", "MA2GJ7W1")   # 明远 (个体户)
USCC_JOB = make_uscc("91", "330110", "MA2KD41R")   # genuine employer
USCC_OTH = make_uscc("91", "310115", "MA1HY6P3")   # 康馨 (other occupation)

# ---------------------------------------------------------------- site chrome
FOOT = {
    "market": ('<footer class="mk-foot"><p>学证宝 · 职业技能好课集市 | 平台客服热线 400-820-3355（9:00-21:00）'
               ' | 客服邮箱 kefu@xuezhengbao.com</p><p>© 2019-2026 xuezhengbao.com 版权所有 · 平台仅提供信息展示，'
               '交易前请核实商家资质</p></footer>'),
    "fenlei": ('<div class="fl-foot">邻里信息港 免费发布同城信息 · 信息由网友发布，本站不对真实性负责<br>'
               '浙ICP备2021034417号-2 · 违法信息举报请点 <a href="/fenlei/index.html">这里</a></div>'),
    "bbs": ('<div class="bbs-foot">职教人论坛 Powered by Discuz! X3.5 · 论坛官方交流QQ群：612300477（禁止广告）'
            ' · 版主招募中</div>'),
    "ask": '<div class="ask-foot">知否问答 · 回答仅代表网友个人观点 · <a href="/ask/index.html">返回问题列表</a></div>',
    "zhaopin": ('<footer>才聘网 · 求职防骗：任何以招聘为名收取培训费、考证费的都要警惕！'
                ' 平台客服 400-690-1122 · <a href="/zhaopin/index.html">更多职位</a></footer>'),
    "mp": ('<div class="mp-foot">本页面由「微课通」小程序生成，内容由商家提供 · 微课通客服电话 0571-86072233'
           '<br>长按识别小程序码查看更多</div>'),
    "notes": ('<div class="nt-foot">小橙书 · 标记你的生活 | 违规内容举报 report@xiaochengshu.net</div>'),
    "weibo": '<div class="wb-foot">微言 · 随时随地分享新鲜事 · <a href="/feed/index.html">返回广场</a></div>',
    "qun": '<div class="qun-foot">群聊精选 · 消息由群成员发布，与本站无关 · <a href="/feed/index.html">更多群</a></div>',
    "builder": ('<div class="copyright">技术支持：速站云建站 suzhanyun.cn 建站咨询QQ 2850011673</div>'),
    "news": ('<footer>职场观察网 · 新闻线索可拨打热线或发送邮件 · 未经授权不得转载 · '
             '<a href="/news/index.html">新闻首页</a></footer>'),
    "none": "",
}

PAGES = []   # list of dicts
DECOYS = []  # filled at end


def page(path, title, body, foot="none", offer=False, op=None, prov=None, ids=(), note="",
         head_extra=""):
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n{head_extra}</head>\n<body>\n{body}\n{FOOT[foot]}\n"
            "</body>\n</html>\n")
    for kind, norm, written in ids:
        assert written in html, (path, written)
    PAGES.append({"path": path, "html": html, "is_offer": offer, "operator": op,
                  "provider": prov, "identifiers": [list(t) for t in ids], "note": note})


# ================================================================ OPERATOR U01
# brands 智训教育 / 星途职培 ; chain market -phone- landing -wechat- notes
page("/market/shop-zhixun-ai.html", "【智训教育】人工智能训练师四级/三级 报名+培训 全程托管-学证宝",
     """<div class="mk-top"><a href="/market/index.html">学证宝首页</a> &gt; 职业技能 &gt; IT/人工智能</div>
<div class="shop-head"><h1>智训教育官方店</h1><span class="badge">已缴保证金</span> <span>好评率 98.6%</span></div>
<div class="item">
<h2>人工智能训练师 四级/三级 考证班（线上学习+线下考试）</h2>
<p class="price">¥<b>2380</b> 起 <del>¥3980</del> 已售 1262 件</p>
<ul><li>四级（中级工）2380 / 三级（高级工）3280</li><li>含教材、题库、实操陪练、考务代报名</li>
<li>证书可在技能人才评价证书全国联网查询系统查询</li><li>适合在职提升、申请技能补贴</li></ul>
<p>下单后请联系店铺客服预约开班时间，或直接致电 <b>138-2291-0457</b>（班主任 周老师）</p>
</div>
<div class="reviews"><h3>买家晒单</h3>
<p>**芳：老师很负责，题库很有用，上个月拿证了。订单编号 XZB2026103188217</p>
<p>z***9：四级已过，准备报三级</p></div>""",
     foot="market", offer=True, op="U01", prov="智训教育",
     ids=[("phone", "+8613822910457", "138-2291-0457")],
     note="marketplace shop; tie phone to landing page; buyer review order number is a copied decoy")

page("/sites/zhixun/index.html", "星途职培 | AI训练师·数据标注 职业技能等级认定培训",
     """<header class="hero"><h1>星途职培</h1><p>一站式职业技能等级证书服务 · 深圳/东莞/惠州开班</p>
<a class="cta" href="tel:13822910457">☎ 138 2291 0457 立即咨询</a></header>
<section><h2>人工智能训练师（4-04-05-05）培训班</h2>
<table border="1"><tr><th>等级</th><th>课时</th><th>费用</th><th>补贴</th></tr>
<tr><td>五级</td><td>60</td><td>1680</td><td>可申领</td></tr>
<tr><td>四级</td><td>50</td><td>2380</td><td>可申领</td></tr>
<tr><td>三级</td><td>40</td><td>3280</td><td>可申领</td></tr></table>
<p>证书样本：<img src="/img/sample.png" alt="证书编号 S000044190023253000128 样本"></p>
<p>报名流程：加微信 → 提交身份证、学历、工作证明 → 缴费 → 开课 → 考试 → 领证</p>
<p>微信：zhixun_edu88（备注"训练师"）</p></section>
<footer>星途职培 版权所有</footer>""",
     offer=True, op="U01", prov="星途职培",
     ids=[("phone", "+8613822910457", "138 2291 0457"), ("phone", "+8613822910457", "tel:13822910457"),
          ("wechat", "zhixun_edu88", "zhixun_edu88")],
     note="seller landing page, other brand; tel: link; sample certificate number decoy")

page("/notes/n-u01.html", "宝子们！AI训练师证我帮你们问清楚了（附价格）",
     """<div class="note"><div class="author">@星途小周老师 · 深圳</div>
<h1>宝子们！AI训练师证我帮你们问清楚了（附价格）</h1>
<p>最近好多姐妹私信问这个证 🤔 统一回复一下：</p>
<p>1️⃣ 是人社那边能查的职业技能等级证书<br>2️⃣ 五级一六八 四级二三八 三级三二八（别问能不能再便宜了😂）<br>
3️⃣ 有补贴的可以退一部分</p>
<p>想报的直接 VX: Zhixun_Edu88 ，看到就回～</p>
<p class="tags">#AI训练师 #考证 #副业 #数据标注</p></div>""",
     foot="notes", offer=True, op="U01", prov="星途职培",
     ids=[("wechat", "zhixun_edu88", "Zhixun_Edu88")],
     note="notes-app post; prices in Chinese numerals; mixed-case wechat")

# ================================================================ OPERATOR U02
# brands 数标学堂 / 华职云课 / 启明证书服务 ; bbs -qq- ask -email- site -uscc- zhaopin
page("/bbs/thread-1021.html", "数据标注转行，要不要先考个证？ - 职教人论坛",
     """<div class="thread"><h1>数据标注转行，要不要先考个证？</h1>
<div class="post"><div class="u">楼主 小鹿乱撞2024</div><p>在电商做客服三年了，想转数据标注，听说有个AI训练师证，有用吗？</p></div>
<div class="post"><div class="u">2# 路过的打工人</div><p>有用没用看公司，我们组没人要求。</p></div>
<div class="post"><div class="u">3# 数标学堂-林老师</div><p>楼主你好，我们这边正好在招下一期。训练师四级 1580，
含网课+实操+报名考试，苏州本地考点，外地可以线上学完过来考两天。零基础也行，我们有带教。
感兴趣可以加我QQ 2875 40 1936 细聊，不在论坛回复价格了怕被删帖。</p></div>
<div class="post"><div class="u">4# 小鹿乱撞2024</div><p>谢谢，我先了解一下</p></div></div>""",
     foot="bbs", offer=True, op="U02", prov="数标学堂",
     ids=[("qq", "2875401936", "2875 40 1936")],
     note="forum thread where seller replies with an offer; QQ split by spaces; forum official QQ group is a decoy")

page("/ask/q-501.html", "人工智能训练师报名去哪里？苏州有没有靠谱的机构？ - 知否问答",
     """<div class="q"><h1>人工智能训练师报名去哪里？苏州有没有靠谱的机构？</h1><p>提问者：匿名用户</p></div>
<div class="a best"><div class="who">华职云课（认证机构用户）</div>
<p>您好，人工智能训练师属于职业技能等级认定，由备案的评价机构组织考试发证。我们华职云课每月在苏州园区有班，
五级 1180、四级 1580、三级 2380（三级需要四级证+相关工作年限）。</p>
<p>具体可以扣扣：2875401936，或发简历到 huazhiyk # 163.com （#换成@），会有老师帮您评估报考等级。</p></div>
<div class="a"><div class="who">网友 abc_zz</div><p>自己去当地人社局问问最靠谱。</p></div>""",
     foot="ask", offer=True, op="U02", prov="华职云课",
     ids=[("qq", "2875401936", "2875401936"), ("email", "huazhiyk@163.com", "huazhiyk # 163.com")],
     note="Q&A answer by seller; obfuscated email")

page("/sites/huazhi/index.html", "华职云课 - 职业技能等级认定培训 | 人工智能训练师 数据标注员",
     f"""<nav>首页 | 课程 | 师资 | 联系我们</nav>
<h1>华职云课 · 让技能被看见</h1>
<div class="course"><h2>热门：人工智能训练师（数据标注员方向）</h2>
<p>面向数据标注、AI产品运营岗位，课程对标《人工智能训练师国家职业技能标准(2021年版)》。</p>
<p>学费：五级 1180 元 / 四级 1580 元 / 三级 2380 元，报名费、考务费已含。</p>
<p>报名邮箱：huazhiyk@163.com &nbsp; 地址：苏州工业园区星湖街 328 号 B 座 6 楼</p></div>
<footer><p>运营主体：启明证书服务（苏州）有限公司</p><p>统一社会信用代码：{USCC_U02}</p>
<p>© 2025 华职云课</p></footer>""",
     offer=True, op="U02", prov="华职云课",
     ids=[("email", "huazhiyk@163.com", "huazhiyk@163.com"), ("uscc", USCC_U02, USCC_U02)],
     note="seller company site; footer USCC of operating company")

page("/zhaopin/job-u02.html", "数据标注员（可考证 包就业推荐）- 启明证书服务（苏州）有限公司 - 才聘网",
     f"""<div class="job"><h1>数据标注员（可考证 包就业推荐）</h1><p class="sal">4-6K · 苏州 · 经验不限 · 学历不限</p>
<h3>职位描述</h3><p>1. 入职前需参加公司组织的岗前培训并考取人工智能训练师证书（四级），培训考证费用 1580 元，
可分期；2. 考证通过后推荐至合作企业从事图像/文本标注；3. 名额有限，先到先得。</p>
<h3>公司信息</h3><table><tr><td>公司名称</td><td>启明证书服务（苏州）有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{USCC_U02}</td></tr><tr><td>规模</td><td>20-99人</td></tr>
<tr><td>行业</td><td>教育培训</td></tr></table></div>""",
     foot="zhaopin", offer=True, op="U02", prov="启明证书服务（苏州）有限公司",
     ids=[("uscc", USCC_U02, USCC_U02)],
     note="recruitment ad that really sells a certificate course; USCC in company table")

# ================================================================ OPERATOR U03
# brands 领航职培 / 未来匠人 ; fenlei -landline- weibo -qq_group- mp
page("/fenlei/post-3301.html", "南山 AI训练师/数据标注 考证培训 周末班 - 邻里信息港",
     """<div class="post"><h1>南山 AI训练师/数据标注 考证培训 周末班</h1>
<p class="meta">类别：教育培训 &gt; 职业技能 · 发布：2026-11-21 · 浏览 388</p>
<dl><dt>价格</dt><dd>1880元/期</dd><dt>联系人</dt><dd>领航职培 何老师</dd>
<dt>电话</dt><dd>0755-2360 8841</dd><dt>区域</dt><dd>南山 科技园</dd></dl>
<p>人工智能训练师四级周末班，理论+实操，8周。考试安排在市内认定考点（考点咨询电话 0755-2671 3300），
通过后发职业技能等级证书。另有五级速通班，欢迎来电。</p></div>""",
     foot="fenlei", offer=True, op="U03", prov="领航职培",
     ids=[("phone", "+8675523608841", "0755-2360 8841")],
     note="classifieds post; landline tie; exam-site phone is a decoy shared by unrelated sellers")

page("/weibo/u-lhzp-2291.html", "领航职培的微言",
     """<div class="wb"><div class="nick">领航职培 <span class="v">V</span></div><div class="time">11-25 10:42 来自 iPhone客户端</div>
<p>【12月班开始报名】#人工智能训练师# 四级/三级 周末班 12.6 开课！往期通过率高（具体以考试为准）
咨询 (0755)23608841 ，备考资料都在 QQ群：739 204 518 自取～ 转发本条抽 3 位减 200 🎁</p>
<div class="act">转发 56 · 评论 21 · 赞 130</div></div>""",
     foot="weibo", offer=True, op="U03", prov="领航职培",
     ids=[("phone", "+8675523608841", "(0755)23608841"), ("qq_group", "739204518", "739 204 518")],
     note="microblog; landline in parentheses; QQ group")

page("/mp/share-u03.html", "未来匠人 · AI训练师（四级）报名",
     """<div class="mp"><div class="mp-title">未来匠人职业技能</div>
<div class="card"><h2>AI训练师（四级）</h2><p class="price">1880</p><p>已报名 97 人 · 剩余名额 13</p>
<p>课程：数据采集与处理 / 数据标注 / 智能系统运维</p>
<button>立即报名</button></div>
<p>报名后请加入备考群，群号739204518，入群备注姓名+手机后四位</p></div>""",
     foot="mp", offer=True, op="U03", prov="未来匠人",
     ids=[("qq_group", "739204518", "739204518")],
     note="mini-program share card; price without currency mark; never says 人工智能训练师 in full")

# ================================================================ OPERATOR U04
# brands 优学考证网 / 博睿教育 / 职达人 ; site -domain- blog -wechat- qun ; site -400- form
page("/sites/youxue/index.html", "优学考证网 - 全国职业技能证书报考平台",
     """<div class="top">全国热线：<b>400-606-2817</b> | 官网 www.youxuekz.cn</div>
<h1>优学考证网</h1><p>人工智能训练师 · 健康管理师 · 心理咨询 · 育婴员 多证报考</p>
<div class="panel"><h2>人工智能训练师 报考套餐</h2>
<ol><li>单证四级：2580</li><li>单证三级：3580</li><li>四级+三级 连报：5280（省 880）</li></ol>
<p>全国统一考试，证书全国通用，官网可查！报名截止本月 25 号。</p>
<p>在线报名入口：<a href="/form/signup-u04.html">点此填写</a></p></div>""",
     foot="builder", offer=True, op="U04", prov="优学考证网",
     ids=[("phone", "+864006062817", "400-606-2817"), ("domain", "youxuekz.cn", "www.youxuekz.cn")],
     note="seller own site built with a site builder (credit is a decoy shared by unrelated sellers)")

page("/sites/youxue-blog/post-12.html", "2026年人工智能训练师怎么报考？一文讲清（博睿教育）",
     """<article><h1>2026年人工智能训练师怎么报考？一文讲清</h1><p class="by">博睿教育 教务部 · 2026-10-30</p>
<p>人工智能训练师是2020年人社部等部门发布的新职业，共五个等级……（以下略）</p>
<h2>报名方式</h2><p>博睿教育为合作招生点，统一报名入口：https://bm.youxuekz.cn/ai ，
也可添加招生老师微信 bory_ai2026 获取报名表。</p>
<p>费用参考：四级 2580，三级 3580，两级连报有优惠。</p></article>""",
     offer=True, op="U04", prov="博睿教育",
     ids=[("domain", "youxuekz.cn", "bm.youxuekz.cn"), ("wechat", "bory_ai2026", "bory_ai2026")],
     note="SEO-style blog of another brand linking to the same sign-up domain")

page("/qun/board-u04.html", "群聊精选 | AI考证交流群（3群）公告",
     """<div class="qun"><h1>AI考证交流群（3群）</h1><p>群主：职达人-小美 · 成员 412</p>
<div class="msg"><b>职达人-小美</b>：【群公告】本月人工智能训练师四级/三级开始报名，四级两千五百八，三级三千五百八，
名额有限。需要报名表的加V信：bory_ai2026（备注 3群）</div>
<div class="msg"><b>阿杰</b>：有补贴吗</div>
<div class="msg"><b>职达人-小美</b>：有社保满一年的可以申请技能提升补贴，具体问当地 12333</div></div>""",
     foot="qun", offer=True, op="U04", prov="职达人",
     ids=[("wechat", "bory_ai2026", "bory_ai2026")],
     note="chat-group notice board; V信; prices in words")

page("/form/signup-u04.html", "职达人 · 人工智能训练师 在线报名表",
     """<h1>职达人 · 人工智能训练师 在线报名表</h1>
<form action="/form/submit" method="post">
<label>姓名 <input name="name"></label><label>手机 <input name="tel"></label>
<label>报考等级 <select name="lv"><option>四级（2580）</option><option>三级（3580）</option></select></label>
<label>学历 <input name="edu"></label><button>提交报名</button></form>
<p>提交后客服将在 24 小时内与您联系。咨询热线 4006 062 817</p>""",
     offer=True, op="U04", prov="职达人",
     ids=[("phone", "+864006062817", "4006 062 817")],
     note="sign-up form; 400 number grouped 4-3-3")

# ================================================================ OPERATOR U05
# brands 慧证通 / 青禾学苑 ; market -wechat- fenlei -phone- bbs
page("/market/item-8812.html", "慧证通 AI训练师五级四级 考证培训 报名 学证宝",
     """<div class="mk-top"><a href="/market/index.html">学证宝首页</a> &gt; 职业技能</div>
<div class="item"><h1>慧证通｜人工智能训练师 五级/四级 培训报考</h1>
<p class="price">¥1380.00 - ¥2180.00</p>
<p>规格：五级 1380 / 四级 2180　　服务：含报名、培训、考试</p>
<div class="detail"><img src="/img/hzt1.jpg" alt="慧证通 招生简章">
<img src="/img/hzt-qr.jpg" alt="扫码添加老师 微信：hzt-kefu66">
<p>拍下后请添加详情页图片中的老师微信，平台内聊天不及时</p></div></div>""",
     foot="market", offer=True, op="U05", prov="慧证通",
     ids=[("wechat", "hzt-kefu66", "hzt-kefu66")],
     note="marketplace item; wechat only in image alt text; platform hotline/email/domain are decoys")

page("/fenlei/post-4187.html", "东莞 人工智能训练师 考证 补贴后很便宜 - 邻里信息港",
     """<div class="post"><h1>东莞 人工智能训练师 考证 补贴后很便宜</h1>
<p class="meta">类别：教育培训 · 发布：2026-11-18</p>
<div class="body" style="white-space:pre-line">慧证通东莞报名点
五级1380 四级2180 交社保满一年可以申请补贴
不信可以打省鉴定中心电话核实 020-83300815
联系：陈生 13926578814（微信同号）
备用微信 hzt-kefu66</div></div>""",
     foot="fenlei", offer=True, op="U05", prov="慧证通",
     ids=[("phone", "+8613926578814", "13926578814"), ("wechat", "13926578814", "13926578814"),
          ("wechat", "hzt-kefu66", "hzt-kefu66")],
     note="classifieds; 微信同号; provincial centre phone quoted as a decoy")

page("/bbs/thread-1188.html", "广东考AI训练师的姐妹看过来 - 职教人论坛",
     """<div class="thread"><h1>广东考AI训练师的姐妹看过来</h1>
<div class="post"><div class="u">楼主 青禾学苑-阿琳</div><p>我们青禾学苑东莞/广州都有班，训练师四级两千出头，
有社保的补贴下来基本不亏。想了解的打我电话 １３９ ２６５７ ８８１４（同微信），论坛私信我不常看。</p></div>
<div class="post"><div class="u">2# 木子</div><p>广告吧</p></div>
<div class="post"><div class="u">3# 青禾学苑-阿琳</div><p>是招生没错哈，不是骗子，可以来校区看</p></div></div>""",
     foot="bbs", offer=True, op="U05", prov="青禾学苑",
     ids=[("phone", "+8613926578814", "１３９ ２６５７ ８８１４"), ("wechat", "13926578814", "１３９ ２６５７ ８８１４")],
     note="forum thread opened by seller; full-width digits")

# ================================================================ OPERATOR U06
# brands 鼎新人力 / 云帆培训 / 三叶草职教 ; zhaopin -email- notes -other- weibo -qq- ask
page("/zhaopin/job-u06.html", "AI数据训练专员（带薪培训）- 鼎新人力 - 才聘网",
     """<div class="job"><h1>AI数据训练专员（带薪培训）</h1><p class="sal">5-8K · 成都 · 1年以下 · 大专</p>
<p>岗位职责：负责文本/语音数据标注与质检。</p>
<p>任职要求：持有人工智能训练师证书优先；无证者可参加我司合作机构培训（费用 1980，入职后报销一半）。</p>
<p>简历投递：dingxin_hr@126.com（标题注明 应聘+培训）</p>
<p>公司：鼎新人力资源服务（成都）有限公司 · 人力资源服务</p></div>""",
     foot="zhaopin", offer=True, op="U06", prov="鼎新人力",
     ids=[("email", "dingxin_hr@126.com", "dingxin_hr@126.com")],
     note="recruitment bait with paid training; email tie")

page("/notes/n-u06.html", "成都考AI训练师｜云帆培训上课记录",
     """<div class="note"><div class="author">@云帆培训-Lily</div>
<h1>成都考AI训练师｜云帆培训上课记录 📒</h1><p>今天是实操课，老师带我们做图像框选和质检，一天下来眼睛都花了😵</p>
<p>这期四级学费1980，下期12月开，想一起的宝子可以发邮件 dingxin_hr[at]126[dot]com 领资料，
或者抖音号：yunfan.ai.kao 看往期直播～</p><p class="tags">#成都考证 #AI训练师 #数据标注</p></div>""",
     foot="notes", offer=True, op="U06", prov="云帆培训",
     ids=[("email", "dingxin_hr@126.com", "dingxin_hr[at]126[dot]com"),
          ("other", "douyin:yunfan.ai.kao", "yunfan.ai.kao")],
     note="notes app; obfuscated email; douyin account (kind other)")

page("/weibo/status-u06.html", "云帆培训的微言",
     """<div class="wb"><div class="nick">云帆培训成都</div><div class="time">11-20 19:03</div>
<p>今晚8点直播讲#AI训练师#四级考点，抖音搜 yunfan.ai.kao ！报名的同学加 Q：3351 072 964 ，
四级 1980 三级 2980，包教包会～</p><div class="act">转发 4 · 评论 9 · 赞 33</div></div>""",
     foot="weibo", offer=True, op="U06", prov="云帆培训",
     ids=[("other", "douyin:yunfan.ai.kao", "yunfan.ai.kao"), ("qq", "3351072964", "3351 072 964")],
     note="microblog; douyin tie; QQ")

page("/ask/q-533.html", "人工智能训练师三级 零基础能直接考吗？ - 知否问答",
     """<div class="q"><h1>人工智能训练师三级 零基础能直接考吗？</h1></div>
<div class="a"><div class="who">三叶草职教</div><p>按标准三级要有四级证和工作年限，但我们有绿色通道，
工作证明可以协助开具，三级 2980 全包。QQ3351072964 咨询（工作日 9-18 点）</p></div>
<div class="a"><div class="who">网友 老杨</div><p>"协助开具"这种别信。</p></div>""",
     foot="ask", offer=True, op="U06", prov="三叶草职教",
     ids=[("qq", "3351072964", "QQ3351072964")],
     note="Q&A answer with a dubious 绿色通道 offer; QQ glued to prefix")

# ================================================================ OPERATOR U07
# brands 码上考证 / 天工智培 ; form -phone- site -uscc- market ; about page (non-offer)
page("/form/signup-u07.html", "码上考证 | 人工智能训练师报名登记",
     """<div class="form-card"><h1>码上考证 · 报名登记</h1>
<p>项目：AI训练师（数据标注方向） 四级 ¥1990 / 五级 ¥1290</p>
<form><input placeholder="姓名"><input placeholder="手机号"><input placeholder="所在城市">
<button>预约报名</button></form>
<p>电话咨询：+86 186 2071 5539（工作日） · 补贴政策可拨打 12333 咨询当地人社</p></div>""",
     offer=True, op="U07", prov="码上考证",
     ids=[("phone", "+8618620715539", "+86 186 2071 5539")],
     note="sign-up form; +86 with spaces; 12333 decoy")

page("/sites/tiangong/ai.html", "天工智培 · 人工智能训练师培训",
     f"""<nav><a href="/sites/tiangong/about.html">关于天工</a> | 课程中心</nav>
<h1>人工智能训练师 培训课程</h1>
<p>四级：1990 元（含认定考务费）；五级：1290 元；三级需审核资格，另行报价。</p>
<p>上课地点：广州市天河区中山大道西 1138 号 · 咨询电话：186-2071-5539</p>
<p>证书查询：zscx.osta.org.cn</p>
<footer>广州天工智培教育科技有限公司 · {USCC_U07}</footer>""",
     offer=True, op="U07", prov="天工智培",
     ids=[("phone", "+8618620715539", "186-2071-5539"), ("uscc", USCC_U07, USCC_U07)],
     note="seller course page; official query domain is a decoy")

page("/sites/tiangong/about.html", "关于我们 - 广州天工智培教育科技有限公司",
     f"""<nav><a href="/sites/tiangong/ai.html">课程中心</a></nav>
<h1>关于天工智培</h1><p>广州天工智培教育科技有限公司成立于 2021 年，专注数字技能人才培养，与多家企业共建实训基地。</p>
<p>统一社会信用代码：{USCC_U07}</p><p>联系电话：18620715539</p>""",
     offer=False, op=None, prov="天工智培",
     ids=[("uscc", USCC_U07, USCC_U07), ("phone", "+8618620715539", "18620715539")],
     note="seller homepage without an offer (non-offer)")

page("/market/item-9034.html", "码上考证 数据标注 AI训练师 4级 报名 学证宝",
     f"""<div class="mk-top"><a href="/market/index.html">学证宝首页</a> &gt; 职业技能</div>
<div class="item"><h1>码上考证｜数据标注员·AI训练师 4级 报名</h1><p class="price">¥1990</p>
<p>线上网课 + 广州线下考试</p>
<div class="qual"><h3>店铺资质</h3><p>营业执照：广州天工智培教育科技有限公司</p>
<p>统一社会信用代码 {USCC_U07}</p></div></div>""",
     foot="market", offer=True, op="U07", prov="码上考证",
     ids=[("uscc", USCC_U07, USCC_U07)],
     note="marketplace shop qualification block with USCC")

# ================================================================ OPERATOR U08
# brands 知行AI训练营 / 易考职途 ; qun -qq_group- ask -wechat- mp -phone- fenlei
page("/qun/board-ai.html", "群聊精选 | 知行AI训练营 学员群",
     """<div class="qun"><h1>知行AI训练营 学员群</h1><p>成员 289 · 群号：804-612-357</p>
<div class="msg"><b>知行-助教</b>：新一期训练师（四级）开班啦，学费 2280，老学员推荐减 200</div>
<div class="msg"><b>小雨</b>：三级什么时候开</div>
<div class="msg"><b>知行-助教</b>：三级明年 3 月，先交 500 定金锁位</div></div>""",
     foot="qun", offer=True, op="U08", prov="知行AI训练营",
     ids=[("qq_group", "804612357", "804-612-357")],
     note="chat-group board; QQ group number with dashes")

page("/ask/q-560.html", "西安哪里可以考AI训练师？ - 知否问答",
     """<div class="q"><h1>西安哪里可以考AI训练师？</h1></div>
<div class="a"><div class="who">易考职途</div><p>西安这边我们易考职途有合作考点，训练师四级 2280。
可以先进我们的交流群 804612357 看看往期学员反馈，或者加v：yikao-zt</p></div>""",
     foot="ask", offer=True, op="U08", prov="易考职途",
     ids=[("qq_group", "804612357", "804612357"), ("wechat", "yikao-zt", "yikao-zt")],
     note="Q&A answer; 加v")

page("/mp/share-u08.html", "易考职途 · 训练师四级 限时团购",
     """<div class="mp"><div class="mp-title">易考职途</div>
<div class="card"><h2>训练师四级 · 3人成团</h2><p class="price">团购价 1980　单买价 2280</p>
<p>➕V：yikao-zt　或致电 177 0288 4163</p><button>发起拼团</button></div></div>""",
     foot="mp", offer=True, op="U08", prov="易考职途",
     ids=[("wechat", "yikao-zt", "yikao-zt"), ("phone", "+8617702884163", "177 0288 4163")],
     note="mini-program group-buy share; never says 人工智能 in full")

page("/fenlei/post-5520.html", "西安 AI训练师 四级 考证 - 邻里信息港",
     """<div class="post"><h1>西安 AI训练师 四级 考证</h1><p class="meta">发布：2026-11-10 · 个人/商家：商家</p>
<div class="body" style="white-space:pre-line">知行AI训练营 西安校区
四级 2280 可分期
电话 177-0288-
4163 (王老师)</div></div>""",
     foot="fenlei", offer=True, op="U08", prov="知行AI训练营",
     ids=[("phone", "+8617702884163", "177-0288-\n4163")],
     note="classifieds; phone number split over two lines")

# ================================================================ OPERATOR U09
# brands 北辰教育 / 极光职培 / 芯火学院 ; blog -email- landing -landline- weibo
page("/sites/beichen/blog-7.html", "北辰教育 | 数据标注员就业前景与考证攻略",
     """<article><h1>数据标注员就业前景与考证攻略</h1><p>作者：北辰教育 发布于 2026-09-12</p>
<p>数据标注员是人工智能训练师的工种之一……</p>
<p><b>北辰教育</b>开设训练师五级/四级班，五级 980，四级 1680，线上学习，成都考点考试。
报名请发邮件至 beichen.edu AT foxmail.com ，注明姓名和电话。</p></article>""",
     foot="builder", offer=True, op="U09", prov="北辰教育",
     ids=[("email", "beichen.edu@foxmail.com", "beichen.edu AT foxmail.com")],
     note="seller blog; AT-obfuscated email; builder credit decoy")

page("/sites/jiguang/index.html", "极光职培 · 成都人工智能训练师培训中心",
     """<div class="banner"><h1>极光职培</h1><p>成都 · 人工智能训练师 / 数据标注员 认定培训</p></div>
<div class="info"><p>五级 980 ｜ 四级 1680 ｜ 三级 2680</p>
<p>报名电话：028-8541 7720 转 8012</p><p>邮箱：beichen.edu@foxmail.com</p>
<p>地址：成都市武侯区天府大道北段 966 号</p></div>""",
     offer=True, op="U09", prov="极光职培",
     ids=[("email", "beichen.edu@foxmail.com", "beichen.edu@foxmail.com"),
          ("phone", "+862885417720", "028-8541 7720")],
     note="seller landing page; landline with extension")

page("/weibo/status-u09.html", "芯火学院的微言",
     """<div class="wb"><div class="nick">芯火学院</div><div class="time">11-28 09:15</div>
<p>成都的朋友看过来👉 AI训练师五级 980 元、四级 1680 元，周末班，月底截止报名。电话：02885417720</p>
<div class="act">转发 2 · 评论 0 · 赞 11</div></div>""",
     foot="weibo", offer=True, op="U09", prov="芯火学院",
     ids=[("phone", "+862885417720", "02885417720")],
     note="microblog; landline written without separators")

# ================================================================ INDEPENDENTS
page("/weibo/status-i01.html", "陈老师聊AI的微言",
     """<div class="wb"><div class="nick">陈老师聊AI</div><div class="time">11-22 21:40</div>
<p>自己带的小班，人工智能训练师四级辅导，只讲题库和实操，考试你们自己去当地机构报名，我只收辅导费 800。
想来的加微信 chen-ai-teacher 或者打 135 8810 4726。不包过，别问。</p></div>""",
     foot="weibo", offer=True, op="I01", prov="陈老师聊AI",
     ids=[("wechat", "chen-ai-teacher", "chen-ai-teacher"), ("phone", "+8613588104726", "135 8810 4726")],
     note="independent tutor on microblog")

page("/market/item-7720.html", "智源考证工作室 人工智能训练师 报名 学证宝",
     """<div class="mk-top"><a href="/market/index.html">学证宝首页</a> &gt; 职业技能</div>
<div class="item"><h1>智源考证工作室｜人工智能训练师 四级 全程代办</h1><p class="price">¥2100</p>
<p>证书样本见下图（S000044190023253000128 为样本编号，仅供参考）</p>
<p>咨询电话 152 1033 8406</p>
<div class="reviews"><p>晒单：订单编号 XZB2026103188217 已出证，好评！</p></div></div>""",
     foot="market", offer=True, op="I02", prov="智源考证工作室",
     ids=[("phone", "+8615210338406", "152 1033 8406")],
     note="independent marketplace seller; copied sample certificate number and copied review order number (decoys)")

page("/fenlei/post-6093.html", "蓝鲸职业培训学校 人工智能训练师 招生 - 邻里信息港",
     """<div class="post"><h1>蓝鲸职业培训学校 人工智能训练师 招生</h1><p class="meta">发布：2026-11-02</p>
<p>我校为民办职业培训学校，开设人工智能训练师五级/四级培训，学费 1500/2000。考试在市内认定考点进行，
考点电话 0755-26713300。补贴政策咨询 12333。</p>
<p>报名电话：0755-8632 9105（蓝鲸教务处）</p></div>""",
     foot="fenlei", offer=True, op="I03", prov="蓝鲸职业培训学校",
     ids=[("phone", "+8675586329105", "0755-8632 9105")],
     note="independent school; shares only decoys (exam-site phone, 12333, platform footer)")

page("/sites/mingyuan/index.html", "明远教育 - 杭州AI训练师培训",
     f"""<h1>明远教育</h1><p>杭州 · 小班 · 人工智能训练师（四级）</p>
<p>学费 2200，含考试费，全程陪跑。官网 www.mingyuanpx.com</p>
<p>报名邮箱 mingyuan_px@sina.com</p>
<p>经营者：杭州市西湖区明远教育咨询服务部 · 统一社会信用代码 {USCC_I04}</p>""",
     foot="builder", offer=True, op="I04", prov="明远教育",
     ids=[("domain", "mingyuanpx.com", "www.mingyuanpx.com"), ("email", "mingyuan_px@sina.com", "mingyuan_px@sina.com"),
          ("uscc", USCC_I04, USCC_I04)],
     note="independent own site on the same site builder as two operators (builder credit decoy)")

page("/ask/q-590.html", "AI训练师证书是假的吗？在哪查？ - 知否问答",
     """<div class="q"><h1>AI训练师证书是假的吗？在哪查？</h1></div>
<div class="a"><div class="who">网友 小白兔</div><p>官方查询在 zscx.osta.org.cn，输入姓名身份证号就能查。</p></div>
<div class="a"><div class="who">广州启航技能培训 刘老师</div><p>我们是正规培训机构，发的证都能在上面查到。
训练师四级 1800 元，五级 1200 元，有意向加QQ 1049223856。不放心可以打广东省鉴定中心（020）8330 0815 核实。</p></div>""",
     foot="ask", offer=True, op="I05", prov="广州启航技能培训",
     ids=[("qq", "1049223856", "1049223856")],
     note="independent seller answering a verification question; quotes provincial centre phone and osta (decoys)")

page("/notes/n-i06.html", "自学AI训练师｜我的备考小组还差5人",
     """<div class="note"><div class="author">@小林的考证笔记</div>
<h1>自学AI训练师｜我的备考小组还差5人 ✍️</h1>
<p>我自己整理了四级题库和实操笔记，组了个付费备考小组，199 一个人，含一对一答疑（不含考试报名费）。</p>
<p>进群：QQ群 558 019 233 或 wx：lin_kaozheng</p>
<p>⚠️ 有人冒充我卖证，我从来不卖证！</p></div>""",
     foot="notes", offer=True, op="I06", prov="小林的考证笔记",
     ids=[("qq_group", "558019233", "558 019 233"), ("wechat", "lin_kaozheng", "lin_kaozheng")],
     note="independent paid study group; QQ group + wx")

# ================================================================ NON-OFFER CONTENT
page("/market/item-yuying.html", "康馨母婴 育婴员四级 培训 学证宝",
     f"""<div class="mk-top"><a href="/market/index.html">学证宝首页</a> &gt; 家政服务</div>
<div class="item"><h1>康馨母婴｜育婴员 四级 培训考证</h1><p class="price">¥1680</p>
<p>理论+实操，上海浦东上课，咨询 133 1290 6658</p>
<p>主体：上海康馨母婴服务有限公司 {USCC_OTH}</p></div>""",
     foot="market", prov="康馨母婴",
     ids=[("phone", "+8613312906658", "133 1290 6658"), ("uscc", USCC_OTH, USCC_OTH)],
     note="other occupation (育婴员), not an AI-trainer offer")

page("/zhaopin/job-real.html", "数据标注工程师 - 杭州数界智能科技有限公司 - 才聘网",
     f"""<div class="job"><h1>数据标注工程师</h1><p class="sal">7-10K · 杭州 · 1-3年 · 本科</p>
<p>负责自动驾驶点云标注规则制定与质检。公司提供岗前培训，不收取任何费用。</p>
<p>简历请投：hr@shujie-ai.com</p>
<table><tr><td>公司</td><td>杭州数界智能科技有限公司</td></tr><tr><td>信用代码</td><td>{USCC_JOB}</td></tr></table>
<p>求职遇到收费，请拨打 12333 或 12345 举报。</p></div>""",
     foot="zhaopin", prov="杭州数界智能科技有限公司",
     ids=[("email", "hr@shujie-ai.com", "hr@shujie-ai.com"), ("uscc", USCC_JOB, USCC_JOB)],
     note="genuine job ad, no course or certificate sold")

page("/bbs/thread-1250.html", "【曝光】交了3980说包过，现在人联系不上了 - 职教人论坛",
     """<div class="thread"><h1>【曝光】交了3980说包过，现在人联系不上了</h1>
<div class="post"><div class="u">楼主 被坑的阿May</div><p>10月在网上找的所谓"国家人工智能训练师证"，对方说人社部颁发、包过、
不用考试，收了我3980。对方电话 170-9938-4412，微信 zsbg_666，现在都拉黑我了。订单截图里编号 XZB2026103188217，
大家避雷！</p></div>
<div class="post"><div class="u">2# 热心网友</div><p>报警，打12315投诉平台。证书去 zscx.osta.org.cn 查。</p></div></div>""",
     foot="bbs",
     note="complaint thread quoting a scam phone and wechat and an order number (all decoys)")

page("/ask/q-578.html", "人工智能训练师证书有用吗？ - 知否问答",
     """<div class="q"><h1>人工智能训练师证书有用吗？值得考吗？</h1></div>
<div class="a"><div class="who">网友 产品汪</div><p>看岗位。做数据标注质检的，部分公司会看；算法岗基本不看。
它是职业技能等级证书，不是职业资格证书，由备案的评价机构发证，可以在技能人才评价工作网查询。</p></div>
<div class="a"><div class="who">网友 阿秋</div><p>有失业保险的可以领技能提升补贴，算下来不亏。</p></div>""",
     foot="ask", note="neutral Q&A, no seller")

page("/news/warn-2026-11.html", "警惕！\"AI训练师证\"包过骗局又来了 - 职场观察网",
     """<article><h1>警惕！"AI训练师证"包过骗局又来了</h1><p class="by">职场观察网记者 2026-11-26</p>
<p>近期，多名读者反映，有人以"人社部颁发""不用考试、包过"为噱头兜售人工智能训练师证书。读者提供的对方联系方式为
手机 17099384412、微信 zsbg_666，收款后即失联。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询；
遇到可疑情况可拨打 12333 人社服务热线或 12345 政务服务便民热线，消费纠纷可拨打 12315。</p></article>""",
     foot="news", note="news warning quoting scam numbers and public hotlines (decoys)")

page("/news/policy-2026.html", "技能提升补贴怎么领？人工智能训练师可以吗 - 职场观察网",
     """<article><h1>技能提升补贴怎么领？人工智能训练师可以吗</h1><p class="by">2026-10-15</p>
<p>按规定，参加失业保险累计满 1 年的职工，取得五级、四级、三级职业技能等级证书的，可分别申领最高 1000、1500、2000 元补贴。</p>
<p>广东省职业技能鉴定指导中心提示，证书须在 zscx.osta.org.cn 可查，咨询电话 020-8330 0815。
此前本网曾报道的冒充"人社部"售证号码 170 9938 4412 仍在活跃，请勿轻信。</p></article>""",
     foot="news", note="policy news; provincial centre phone, official domain and scam number quoted (decoys)")

page("/gov/ai-trainer-faq.html", "人工智能训练师职业技能等级认定 常见问题 - 人社服务专栏",
     """<div class="gov"><h1>人工智能训练师（4-04-05-05）职业技能等级认定常见问题</h1>
<h3>一、证书由谁颁发？</h3><p>由经人社部门备案的用人单位或社会培训评价组织颁发，政府部门不直接发证。</p>
<h3>二、如何查询？</h3><p>登录技能人才评价证书全国联网查询 zscx.osta.org.cn，证书编号为22位，如 S000044190023253000128（示例）。</p>
<h3>三、咨询渠道</h3><p>人社服务热线 12333；政务服务便民热线 12345；广东省职业技能鉴定指导中心 020-83300815。</p>
<p>技能人才评价工作网：osta.mohrss.gov.cn</p></div>""",
     note="official explainer; hotlines, provincial centre, official domains, sample certificate number (decoys)")

# ================================================================ LIST / INDEX PAGES
def links(paths):
    by = {p["path"]: p for p in PAGES}
    out = []
    for x in paths:
        t = by[x]["html"].split("<title>")[1].split("</title>")[0]
        out.append(f'<li><a href="{x}">{t}</a></li>')
    return "<ul>\n" + "\n".join(out) + "\n</ul>"


def section(prefixes):
    return [p["path"] for p in PAGES if any(p["path"].startswith(x) for x in prefixes)]


page("/market/index.html", "学证宝 - 职业技能好课集市",
     "<h1>学证宝 · 职业技能</h1><p>热门推荐</p>\n" + links(section(["/market/"])),
     foot="market", note="marketplace list page")
page("/fenlei/index.html", "邻里信息港 - 教育培训",
     "<h1>教育培训 · 最新信息</h1>\n" + links(section(["/fenlei/"])), foot="fenlei",
     note="classifieds list page")
page("/bbs/index.html", "职教人论坛 - 考证交流版",
     "<h1>考证交流版</h1>\n" + links(section(["/bbs/"])), foot="bbs", note="forum board list")
page("/ask/index.html", "知否问答 - 职业教育",
     "<h1>职业教育 相关问题</h1>\n" + links(section(["/ask/"])), foot="ask", note="Q&A list")
page("/zhaopin/index.html", "才聘网 - 人工智能相关职位",
     "<h1>人工智能相关职位</h1>\n" + links(section(["/zhaopin/"])), foot="zhaopin",
     note="recruitment list")
page("/news/index.html", "职场观察网",
     "<h1>职场观察网 · 教育与就业</h1>\n" + links(section(["/news/", "/gov/"])), foot="news",
     note="news index")
page("/feed/index.html", "广场 · 微言 / 小橙书 / 群聊 / 小程序分享",
     "<h1>广场</h1>\n" + links(section(["/weibo/", "/notes/", "/qun/", "/mp/"])),
     note="aggregated social feed list")
page("/sites/index.html", "网址导航 · 培训机构 / 报名入口",
     "<h1>培训机构导航</h1>\n" + links(section(["/sites/", "/form/"])),
     note="link directory of seller sites and forms")
page("/index.html", "AI训练师 考证信息聚合",
     "<h1>AI训练师 考证信息聚合</h1>\n" + links(["/market/index.html", "/fenlei/index.html",
                                             "/bbs/index.html", "/ask/index.html",
                                             "/zhaopin/index.html", "/news/index.html",
                                             "/feed/index.html", "/sites/index.html"]),
     note="root index")

# ================================================================ DECOYS (value + written forms)
DECOY_DEFS = [
    ("phone", "12333", "public hotline 12333"),
    ("phone", "12345", "public hotline 12345"),
    ("phone", "12315", "consumer complaints hotline"),
    ("phone", "+862083300815", "provincial skill-assessment centre"),
    ("domain", "osta.org.cn", "official verification site"),
    ("domain", "osta.mohrss.gov.cn", "official verification site"),
    ("phone", "+864008203355", "marketplace customer service"),
    ("email", "kefu@xuezhengbao.com", "marketplace customer service e-mail"),
    ("domain", "xuezhengbao.com", "marketplace domain in footer"),
    ("other", "浙ICP备2021034417号-2", "classifieds ICP filing number in footer"),
    ("qq_group", "612300477", "forum's official QQ group in footer"),
    ("phone", "+864006901122", "recruitment site customer service"),
    ("phone", "+8657186072233", "mini-program platform customer service"),
    ("email", "report@xiaochengshu.net", "notes app report e-mail"),
    ("domain", "suzhanyun.cn", "site-builder credit"),
    ("qq", "2850011673", "site-builder credit QQ"),
    ("phone", "+8617099384412", "scam number quoted in warnings/news"),
    ("wechat", "zsbg_666", "scam wechat quoted in warnings"),
    ("phone", "+8675526713300", "exam-site public phone quoted by unrelated sellers"),
    ("other", "S000044190023253000128", "sample certificate number"),
    ("other", "XZB2026103188217", "order number in copied review screenshots"),
]
DECOY_KINDS = {v: (k, why) for k, v, why in DECOY_DEFS}


def main():
    import re
    import unicodedata
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # decoy paths by scanning (same logic as check.py)
    sys_path = HERE
    import sys
    sys.path.insert(0, sys_path)
    from check import page_hits  # noqa
    decoys = []
    for kind, value, why in DECOY_DEFS:
        paths = sorted(p["path"] for p in PAGES if page_hits(kind, value, p["html"]))
        decoys.append({"kind": kind, "value": value, "paths": paths, "note": why})

    ops = {}
    for p in PAGES:
        if p["is_offer"] and p["operator"].startswith("U"):
            ops.setdefault(p["operator"], []).append(p)
    TIES = {
        "U01": "/market/shop-zhixun-ai.html -phone- /sites/zhixun/index.html -wechat- /notes/n-u01.html",
        "U02": "/bbs/thread-1021.html -qq- /ask/q-501.html -email- /sites/huazhi/index.html -uscc- /zhaopin/job-u02.html",
        "U03": "/fenlei/post-3301.html -phone- /weibo/u-lhzp-2291.html -qq_group- /mp/share-u03.html",
        "U04": "/sites/youxue/index.html -domain- /sites/youxue-blog/post-12.html -wechat- /qun/board-u04.html ; /sites/youxue/index.html -phone- /form/signup-u04.html",
        "U05": "/market/item-8812.html -wechat- /fenlei/post-4187.html -phone- /bbs/thread-1188.html",
        "U06": "/zhaopin/job-u06.html -email- /notes/n-u06.html -other- /weibo/status-u06.html -qq- /ask/q-533.html",
        "U07": "/form/signup-u07.html -phone- /sites/tiangong/ai.html -uscc- /market/item-9034.html",
        "U08": "/qun/board-ai.html -qq_group- /ask/q-560.html -wechat- /mp/share-u08.html -phone- /fenlei/post-5520.html",
        "U09": "/sites/beichen/blog-7.html -email- /sites/jiguang/index.html -phone- /weibo/status-u09.html",
    }
    operators = []
    for oid in sorted(ops):
        brands = []
        for p in ops[oid]:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        operators.append([oid, {"brands": brands, "ties": TIES[oid]}])

    truth = {
        "description": ("operators-2026-12w: sealed labeled web of Chinese ads for 人工智能训练师 "
                        "(4-04-05-05) certificate courses; 9 multi-brand operators tied by shared "
                        "contact identifiers, independent sellers, non-offer pages and decoy identifiers. "
                        "All data invented."),
        "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(PAGES)} offers={sum(p['is_offer'] for p in PAGES)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
