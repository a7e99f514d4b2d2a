#!/usr/bin/env python3
"""12bs: recruitment-flavoured web of AI-trainer certificate sellers. Standard library only,
deterministic. Writes site/ and truth.json next to this file."""
import json, os, re, shutil, html

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC with valid checks
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(body8):
    s = 0
    for ch, w in zip(body8, W11714):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, body8):
    s17 = head8 + body8 + _org_check(body8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]


USCC_JOBS = uscc("91440101", "MA5D3K7P")     # platform 职聘网
USCC_U01 = uscc("91440106", "MA9W2R4T")      # 广州启航人力资源服务有限公司
USCC_U03 = uscc("91440116", "MA7H8N2C")      # 广州星火智数科技有限公司
USCC_U07 = uscc("91440300", "MA5G1L6Q")      # 深圳市卓才人力资源管理有限公司
USCC_I06 = uscc("91510107", "MA6B4X9E")      # 成都博识智能科技有限公司

# ---------------------------------------------------------------- site frames
SITES = {
    "jobs": dict(name="职聘网", tag="找工作，上职聘网", nav=["首页", "全职招聘", "兼职日结", "校园招聘", "企业入驻", "求职攻略", "防骗指南"],
                 foot="客服热线：400-820-3366（工作日 9:00-18:00）｜ 举报邮箱：jubao@zhipinwang.com.cn<br>"
                      "人力资源服务许可证编号：(粤)人服证字〔2021〕第0106004512号 ｜ 统一社会信用代码：" + USCC_JOBS +
                      "<br>粤ICP备2020087731号 ｜ 广州职聘网络科技有限公司 版权所有",
                 banner="【职聘网安全提示】求职过程中，凡要求先交培训费、办证费、服装费的，请提高警惕，可拨打客服热线 400-820-3366 举报。"),
    "jianzhi": dict(name="兼职汇", tag="靠谱兼职 日结周结", nav=["首页", "日结兼职", "线上兼职", "学生兼职", "发布兼职", "兼职防骗"],
                    foot="兼职汇官方交流群：318556207（加群请备注城市）｜ 官方客服QQ：800018899<br>兼职汇从不向求职者收取任何费用，凡收费的兼职请勿轻信。<br>湘ICP备2019047702号",
                    banner="温馨提示：正规兼职不收押金、不收培训费，遇到先交钱后上岗的请立即举报。"),
    "bbs": dict(name="数标人社区", tag="数据标注 · AI训练师 从业者交流", nav=["首页", "行业资讯", "接单交流", "考证交流", "求职招聘", "曝光台", "站务"],
                foot="粤ICP备19088421号-2 ｜ Powered by Discuz! X3.4 ｜ 数标人社区 版权所有<br>本站帖子仅代表作者个人观点，交易请自行甄别。",
                banner=""),
    "ask": dict(name="知问网", tag="有问题，就到知问", nav=["首页", "教育", "职场", "考证", "生活", "我要提问"],
                foot="©2026 知问网 ｜ 意见反馈：feedback@zhiwen.cn ｜ 京ICP证150388号<br>回答内容由网友提供，仅供参考。",
                banner=""),
    "mp": dict(name="微文汇", tag="公众号好文聚合", nav=["首页", "职场", "教育", "科技", "本地", "投稿"],
               foot="本站文章均转载自微信公众号，版权归原作者所有，如有侵权请联系 weiwenhui@163.com 删除。<br>浙ICP备2021031877号",
               banner=""),
    "video": dict(name="抖拍", tag="记录美好生活", nav=["推荐", "关注", "同城", "学习", "职场", "直播"],
                  foot="抖拍 ｜ 网络文化经营许可证 京网文〔2022〕3391-108号 ｜ 未成年人举报专线 010-57213390",
                  banner=""),
    "fenlei": dict(name="百城信息网", tag="免费发布分类信息", nav=["首页", "招聘求职", "教育培训", "二手物品", "房屋租售", "本地服务"],
                   foot="百城信息网客服电话：020-22815588 ｜ 本站信息由用户自行发布，本站不对其真实性负责。<br>豫ICP备2018006652号-1",
                   banner=""),
    "corp": dict(name="企业黄页", tag="企业官网 · 人才招聘 · 工商信息", nav=["首页", "人力资源服务", "科技企业", "教育培训", "企业入驻"],
                 foot="企业黄页收录企业自建官网，内容由企业提供。", banner=""),
    "edu": dict(name="广州科技职业学院 继续教育学院", tag="职业技能培训 · 社会服务", nav=["学院首页", "学院概况", "培训项目", "通知公告", "技能认定", "联系我们"],
                foot="广州科技职业学院继续教育学院 ｜ 地址：广州市白云区太和镇学院路 6 号<br>粤ICP备05041188号",
                banner=""),
    "news": dict(name="羊城民生网", tag="关注民生 · 服务百姓", nav=["首页", "时政", "民生", "教育", "就业", "财经", "推广"],
                 foot="羊城民生网 新闻热线：020-81136600 ｜ 违法和不良信息举报：jubao@ycmsw.cn<br>互联网新闻信息服务许可证 44120200019号",
                 banner=""),
}

CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;background:#f5f6f7;color:#222}"
       ".top{background:#2d6cdf;color:#fff;padding:10px 20px}.top a{color:#fff;margin-right:14px}"
       ".wrap{display:flex;max-width:1100px;margin:10px auto}.main{flex:3;background:#fff;padding:16px}"
       ".side{flex:1;margin-left:12px;background:#fff;padding:12px;font-size:13px}.foot{text-align:center;font-size:12px;color:#777;padding:16px}"
       ".cmt{border-top:1px dashed #ddd;padding:6px 0;font-size:14px}.banner{background:#fff3cd;padding:6px 20px;font-size:13px}")


def frame(site, title, body, side_links, crumbs=True):
    s = SITES[site]
    nav = " ".join('<a href="/%s/index.html">%s</a>' % (site, n) if i == 0 else '<a href="/%s/index.html">%s</a>' % (site, n)
                   for i, n in enumerate(s["nav"]))
    side = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in side_links)
    ban = '<div class="banner">%s</div>' % s["banner"] if s["banner"] else ""
    crumb = '<p style="font-size:12px;color:#888"><a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s</p>' % (
        site, s["name"], title) if crumbs else ""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"><style>%s</style></head><body>'
            '<div class="top"><b>%s</b> <small>%s</small><br>%s</div>%s'
            '<div class="wrap"><div class="main">%s%s</div><div class="side"><h4>相关推荐</h4><ul>%s</ul></div></div>'
            '<div class="foot">%s</div></body></html>') % (title, s["name"], CSS, s["name"], s["tag"], nav, ban, crumb, body, side, s["foot"])


def comments(items):
    out = ['<h4>评论（%d）</h4>' % len(items)]
    for u, t, c in items:
        out.append('<div class="cmt"><b>%s</b> <small>%s</small><p>%s</p></div>' % (u, t, c))
    return "".join(out)


PAGES = []


def page(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", side=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, offer=offer, op=op, provider=provider,
                      ids=[list(x) for x in ids], note=note, side=side))

# ================================================================ OFFERS
# ---------------- U01 启航 (HR outsourcing; ties: phone, wechat, qq, payee, domain)
page("/jobs/job-31012.html", "jobs", "数据标注员 无经验可做 包培训 月入6000+",
     """<h2>数据标注员（AI训练师方向） 5000-8000元/月</h2>
<p>公司：启航人力资源 ｜ 工作地点：广州·天河区 ｜ 经验不限 ｜ 学历不限 ｜ 招 30 人</p>
<h3>职位描述</h3>
<p>因合作项目扩招，现招聘数据标注员若干名，负责图片框选、语音转写、文本分类等工作。电脑基本操作即可，<b>零基础先培训后上岗</b>。</p>
<p>岗前需参加 15 天“人工智能训练师（五级）”岗前实训，结业考取职业技能等级证书后统一安排上岗，培训资料费 1980 元，入职满三个月可报销一半。</p>
<h3>福利待遇</h3><p>五险、周末双休、节日福利、免费住宿（名额有限）。</p>
<h3>联系方式</h3><p>联系人：刘主管　电话：137-5182-6403（微信同号），请说明在职聘网看到的。</p>""",
     True, "U01", "启航人力资源", [("phone", "+8613751826403", "137-5182-6403")],
     "job ad that becomes a paid pre-job certificate course")

page("/corp/qihang/index.html", "corp", "广州启航人力资源服务有限公司 - 人才招聘",
     """<h2>广州启航人力资源服务有限公司</h2>
<p>首页 ｜ 关于我们 ｜ 人力外包 ｜ 职业培训 ｜ <b>人才招聘</b> ｜ 联系我们</p>
<h3>关于我们</h3><p>启航人力是一家集人力资源外包、劳务派遣、职业技能培训于一体的综合服务机构，与多家人工智能数据企业建立长期合作，累计输送数据标注人才 3000 余名。</p>
<h3>人工智能训练师 订单班</h3><p>“考证推荐就业”：学员参加人工智能训练师四级/三级培训，考试通过后由我司推荐至合作企业上岗。学费 3680 元（四级），可申请技能提升补贴。</p>
<p>证书可在 zscx.osta.org.cn 查询。</p>
<h3>联系我们</h3><p>咨询热线：+86 137 5182 6403<br>官网：www.qihang-hr.cn<br>地址：广州市天河区黄埔大道西 668 号</p>
<p style="font-size:12px">广州启航人力资源服务有限公司 ｜ 统一社会信用代码：""" + USCC_U01 + """<br>本站由凡科建站提供技术支持 www.fkw.com</p>""",
     True, "U01", "广州启航人力资源服务有限公司",
     [("phone", "+8613751826403", "+86 137 5182 6403"), ("domain", "qihang-hr.cn", "www.qihang-hr.cn"), ("uscc", USCC_U01.lower(), USCC_U01)],
     "HR-outsourcing firm's own site, careers page with 订单班")

page("/mp/a-20260311-qh.html", "mp", "AI训练师缺口百万！零基础也能入行，这份上岗攻略请收好",
     """<h2>AI训练师缺口百万！零基础也能入行，这份上岗攻略请收好</h2>
<p style="color:#888">原创 智训数据标注中心　2026-03-11 18:02 广东</p>
<p>近几年大模型爆发，“人工智能训练师”成为最热门的新职业之一。很多粉丝后台问：没有学历、没有经验，能不能做？答案是可以！</p>
<p>我们中心与多家数据企业合作，开设“数据标注上岗班”：线上学习 + 线下实操，结业参加人工智能训练师职业技能等级认定，拿证后推荐就业。</p>
<p>本期学费 2680 元，支持分期。报名请扫描下方二维码，或添加老师微信：QH_HR2025，QQ 咨询：2865103947。</p>
<p>学费转账请认准对公账户，户名：广州启航人力资源服务有限公司，其他账户均非本中心收款。</p>
<p style="color:#888">阅读 2.1万 ｜ 在看 86</p>""" + comments([
         ("小鱼儿", "3月12日", "请问学历有要求吗？"),
         ("智训数据标注中心（作者）", "3月12日", "初中以上即可，加微信详聊哦"),
     ]),
     True, "U01", "智训数据标注中心",
     [("wechat", "qh_hr2025", "QH_HR2025"), ("qq", "2865103947", "2865103947"),
      ("other", "payee:广州启航人力资源服务有限公司", "户名：广州启航人力资源服务有限公司")],
     "WeChat-article repost selling an on-boarding class; payee is the HR firm")

page("/ask/q-52077.html", "ask", "人工智能训练师证书在哪里考？考了好找工作吗？",
     """<h2>人工智能训练师证书在哪里考？考了好找工作吗？</h2>
<p style="color:#888">提问者：匿名用户 ｜ 2026-02-19 ｜ 浏览 3821</p>
<p>想转行做数据标注，听说要人工智能训练师证，请问在哪里考？</p>
<h3>最佳回答</h3><div class="cmt"><b>启航AI学院-林老师</b> <small>2026-02-19</small>
<p>你好，人工智能训练师是人社部门发布的新职业，现在由备案的评价机构组织认定。我们学院每月开班，四级三级都可以报，考完推荐到合作的标注公司上班，不用担心就业。</p>
<p>有兴趣可以加我扣扣：二八六五一零三九四七，或者上我们官网 qihang-hr点cn 看开班时间。</p></div>
<h3>其他回答</h3>""" + comments([
         ("路过的数据民工", "2026-02-20", "建议先去 zscx.osta.org.cn 看看证书能不能查，别光听机构说。"),
         ("阿May", "2026-02-21", "推荐就业的要问清楚是不是要先交钱。"),
     ]),
     True, "U01", "启航AI学院",
     [("qq", "2865103947", "二八六五一零三九四七"), ("domain", "qihang-hr.cn", "qihang-hr点cn")],
     "Q&A answer by a seller; QQ in Chinese numerals, domain spelled out")

# ---------------- U02 鹿鸣 (gig boards -> training; ties: phone, wechat, qq_group, email)
page("/jianzhi/p-88213.html", "jianzhi", "【线上兼职】AI数据标注 在家可做 日结150-300",
     """<h2>【线上兼职】AI数据标注 在家可做 日结150-300</h2>
<p>发布者：标注侠兼职 ｜ 结算：日结 ｜ 地点：不限（线上） ｜ 人数：50</p>
<p>工作内容：给图片画框、听音频打字、判断AI回答好坏。有电脑就能做，宝妈、学生、上班族都可以。</p>
<p>说明：新人需要先完成平台认证考核（人工智能训练师初级），考核通过才能派单，认证材料费 399 元，派单后从佣金里返还。</p>
<p>报名：电话 159 2037 4418，或者加入接单群 735204118 看任务截图。</p>""" + comments([
         ("兼职小白", "1天前", "交了399之后一直没派单怎么办"),
         ("标注侠兼职", "1天前", "亲，认证要排队的，耐心等待哦"),
     ]),
     True, "U02", "标注侠兼职",
     [("phone", "+8615920374418", "159 2037 4418"), ("qq_group", "735204118", "735204118")],
     "part-time gig post that requires a paid 'certification' first")

page("/fenlei/x-4412097.html", "fenlei", "招聘AI训练师学员 先培训后上岗 推荐就业",
     """<h2>招聘AI训练师学员 先培训后上岗 推荐就业</h2>
<p>类别：教育培训 &gt; 职业技能 ｜ 区域：广州-白云 ｜ 发布：数标优选 ｜ 浏览 692 次</p>
<p>人工智能训练师（数据标注员）培训班火热招生！零基础，先培训后上岗，包推荐就业，月薪 5000 起。</p>
<p>课程：数据采集、数据标注、智能系统运维，理论+实操，考取人工智能训练师职业技能等级证书。认定考点：白云区职业技能鉴定考点（考点咨询 020-86632514）。</p>
<p>学费：四级 2980，三级 3980，两级同报优惠 800。</p>
<p>联系电话：１５９２０３７４４１８　微信：Luming_AI88</p>""",
     True, "U02", "数标优选",
     [("phone", "+8615920374418", "１５９２０３７４４１８"), ("wechat", "luming_ai88", "Luming_AI88")],
     "classified ad, phone in full-width digits")

page("/video/v-7361029.html", "video", "小鹿AI就业营 的作品",
     """<h2>@小鹿AI就业营</h2><p>粉丝 3.2万 ｜ 获赞 18.6万</p>
<p>主页简介：🦌AI训练师就业孵化 ｜ 不懂AI也能上岗 ｜ V：luming_ai88</p>
<h3>视频文案</h3><p>“宝子们，还在找工作吗？AI训练师现在缺口几百万，零基础学一个月就能上岗！我们先培训后上岗，证书+就业一条龙，评论区扣1，我拉你进群～”</p>
<p>#人工智能训练师 #找工作 #数据标注 #宝妈副业</p>
<p>商务合作邮箱：lumingedu#163.com（#换成@）</p>""" + comments([
         ("奶茶续命", "2天前", "1"),
         ("lily学姐", "2天前", "学过的来说一句，证书确实能查，但推荐的工作是计件的，想好再报。我微信 lily_0925 可以问"),
         ("小鹿AI就业营", "2天前", "已私信～"),
     ]),
     True, "U02", "小鹿AI就业营",
     [("wechat", "luming_ai88", "luming_ai88"), ("email", "lumingedu@163.com", "lumingedu#163.com（#换成@）")],
     "short-video page; e-mail written with # for @")

page("/bbs/thread-20931.html", "bbs", "[考证交流] 鹿鸣教育 人工智能训练师四级周末班 开始报名",
     """<h2>[考证交流] 鹿鸣教育 人工智能训练师四级周末班 开始报名</h2>
<p style="color:#888">楼主：鹿鸣教育小助手 ｜ 发表于 2026-04-02 10:15 ｜ 查看 1208 ｜ 回复 6</p>
<p>各位坛友好，鹿鸣教育 2026 年第 4 期人工智能训练师（四级）周末班开始报名。</p>
<p>授课：周六日全天，共 50 课时；认定由合作评价机构组织，理论+实操各 100 分，60 分合格。</p>
<p>费用 2980 元（含教材、模拟题、认定费），符合条件的可申请失业保险技能提升补贴。</p>
<p>报名资料发邮箱：lumingedu at 163 dot com ，也可以加 Q群:735-204-118 咨询。</p>
<p>认定考点就在白云区职业技能鉴定考点，考点电话 020-86632514，可以自己打电话核实。</p>""" + comments([
         ("数据民工老王", "2026-04-02", "这个价格还算正常，比那些包过的靠谱"),
         ("求资料的小张", "2026-04-03", "有没有去年的真题，求发一份，QQ 1043958862 谢谢"),
         ("鹿鸣教育小助手", "2026-04-03", "进群领取哈"),
     ]),
     True, "U02", "鹿鸣教育",
     [("email", "lumingedu@163.com", "lumingedu at 163 dot com"), ("qq_group", "735204118", "735-204-118")],
     "forum thread selling a level-4 weekend class; e-mail spelled out")

# ---------------- U03 星火智数 (company careers page requiring certificate)
page("/corp/xinghuo/join.html", "corp", "加入我们 - 广州星火智数科技有限公司",
     """<h2>星火智数科技 · 加入我们</h2>
<p>首页 ｜ 数据服务 ｜ 星火人才学院 ｜ <b>加入我们</b> ｜ 联系方式</p>
<h3>热招岗位：AI训练师（数据标注方向）</h3>
<p>薪资 6-9K ｜ 广州·番禺 ｜ 要求：持有人工智能训练师职业技能等级证书（四级及以上）优先，无证者可先参加“星火人才学院”岗前培训，培训合格后优先录用。</p>
<p>岗前培训费 3200 元，入职满一年全额返还（以劳动合同为准）。证书可在 jndj.osta.org.cn 查询。</p>
<h3>投递方式</h3><p>简历投递：hr@xinghuo-ai.com ｜ 招聘电话：020-38291657</p>
<p style="font-size:12px">© 广州星火智数科技有限公司 www.xinghuo-ai.com ｜ 统一社会信用代码 """ + USCC_U03 + """</p>""",
     True, "U03", "星火智数科技",
     [("email", "hr@xinghuo-ai.com", "hr@xinghuo-ai.com"), ("phone", "020-38291657", "020-38291657"),
      ("domain", "xinghuo-ai.com", "www.xinghuo-ai.com"), ("uscc", USCC_U03.lower(), USCC_U03)],
     "company careers page: no certificate -> paid pre-job training")

page("/jobs/job-31877.html", "jobs", "AI训练师 6-9K 番禺 双休 接受零基础",
     """<h2>AI训练师 6000-9000元/月</h2>
<p>公司：星火智数人才学院（招聘代理） ｜ 广州·番禺区 ｜ 经验不限 ｜ 大专</p>
<h3>职位描述</h3><p>1. 负责大模型语料清洗、问答标注、效果评测；2. 需持人工智能训练师证书上岗，无证者公司统一安排考证培训（费用自理，入职后分期返还）。</p>
<h3>联系方式</h3><p>投简历：HR@XINGHUO-AI.COM　座机：(020)3829 1657 转 8</p>""",
     True, "U03", "星火智数人才学院",
     [("email", "hr@xinghuo-ai.com", "HR@XINGHUO-AI.COM"), ("phone", "020-38291657", "(020)3829 1657")],
     "job ad that makes the applicant pay for certificate training")

page("/mp/a-20260402-zx.html", "mp", "拿证即上岗！智星AI训练营第 9 期招生简章",
     """<h2>拿证即上岗！智星AI训练营第 9 期招生简章</h2>
<p style="color:#888">智星AI训练营　2026-04-02 20:30 广东</p>
<p>一、项目介绍：本训练营由合作企业出题、企业导师授课，学员结业考取人工智能训练师（四级/三级）证书，成绩优秀者直接进入合作企业实习。</p>
<p>二、证书样本：证书编号格式如 Y000044001234253000123，全国联网可查。</p>
<p>三、费用：四级 3200 元，三级 4200 元；团报 5 人以上每人减 300。</p>
<p>四、报名方式：网址 xinghuo-ai.com/px 在线报名，或添加招生老师微信 xhzs_hr（备注：训练营）。</p>
<p style="color:#888">阅读 5632 ｜ 赞 41</p>""",
     True, "U03", "智星AI训练营",
     [("domain", "xinghuo-ai.com", "xinghuo-ai.com/px"), ("wechat", "xhzs_hr", "xhzs_hr")],
     "WeChat-article enrolment notice; shows a sample certificate number")

page("/fenlei/x-4419356.html", "fenlei", "数据标注/AI训练师 带薪实训 结业推荐入职",
     """<h2>数据标注/AI训练师 带薪实训 结业推荐入职</h2>
<p>类别：招聘求职 &gt; 技工 ｜ 区域：广州-番禺 ｜ 发布：星图数据 ｜ 浏览 311 次</p>
<p>星图数据长期招收 AI 训练师实训生，实训期间有补贴，结业考取人工智能训练师证后推荐到合作企业。实训教材费 800 元需自理。</p>
<p>咨询请加微信 XHZS_HR，电话 020 3829 1657（工作日）。</p>""",
     True, "U03", "星图数据",
     [("wechat", "xhzs_hr", "XHZS_HR"), ("phone", "020-38291657", "020 3829 1657")],
     "classified ad, same landline spaced and wechat upper-cased")

# ---------------- U04 国培 (包过/免考/落户 scam; fake query domain)
page("/video/v-7365518.html", "video", "国培认证中心 的作品",
     """<h2>@国培认证中心</h2><p>粉丝 8.9万 ｜ 获赞 42.1万</p>
<p>视频文案：“人社部颁发！人工智能训练师高级技师证，免考拿证，包过，不过全额退！可用于积分落户、评职称、补贴申领。名额有限，先到先得！”</p>
<p>简介：证书咨询 一八六二零九三七七五一 ｜ 加V：gp_rz668</p>""" + comments([
         ("打工人阿杰", "5小时前", "免考也能拿高级技师？真的假的"),
         ("lily学姐", "4小时前", "免考的都是假证，别信。想了解正规考证加我 lily_0925"),
         ("国培认证中心", "4小时前", "正规渠道，官网可查，私信详谈"),
     ]),
     True, "U04", "国培认证中心",
     [("phone", "+8618620937751", "一八六二零九三七七五一"), ("wechat", "gp_rz668", "gp_rz668")],
     "short video promising 免考/包过/落户, phone in Chinese numerals")

page("/jianzhi/p-88577.html", "jianzhi", "【高薪】持证AI训练师 挂证/兼职 年入3万",
     """<h2>【高薪】持证AI训练师 挂证/兼职 年入3万</h2>
<p>发布者：中科智培 ｜ 结算：月结 ｜ 地点：全国</p>
<p>企业急需人工智能训练师持证人员，证书挂靠企业即可每年领取 2-3 万元，不用上班。没有证书的我们可以帮你办理，一级、二级、三级三证同拿，不限学历不限经验，45 天出证。</p>
<p>联系：186 2093 7751（张老师），QQ：3318602754</p>""",
     True, "U04", "中科智培",
     [("phone", "+8618620937751", "186 2093 7751"), ("qq", "3318602754", "3318602754")],
     "gig post offering 挂靠 income and three levels at once")

page("/ask/q-52391.html", "ask", "人工智能训练师证书在哪里查真伪？",
     """<h2>人工智能训练师证书在哪里查真伪？</h2>
<p style="color:#888">提问者：追风的少年 ｜ 2026-03-28</p>
<p>朋友介绍了一个机构，说证书是人社部颁发的，请问在哪里查？</p>
<h3>回答</h3><div class="cmt"><b>华职鉴定服务</b> <small>2026-03-28</small>
<p>我们办理的证书都是国家职业资格证书，全国通用，可在国家证书查询官网 www.gpjd-cert.com 输入身份证号查询。如需办理，扣扣 3318 6027 54。</p></div>""" + comments([
         ("知问热心网友", "2026-03-29", "官方查询只有 zscx.osta.org.cn，其他网站都不是官方的，小心。"),
     ]),
     True, "U04", "华职鉴定服务",
     [("domain", "gpjd-cert.com", "www.gpjd-cert.com"), ("qq", "3318602754", "3318 6027 54")],
     "Q&A answer pointing to a non-official 'query' domain")

page("/news/tg-0516.html", "news", "【推广】人才评价服务站：新职业人工智能训练师 助力就业落户",
     """<h2>人才评价服务站：新职业人工智能训练师 助力就业落户</h2>
<p style="color:#888">来源：推广 ｜ 2026-05-16</p>
<p>人工智能训练师是人社部认证的新职业，持有高级工证书可享受积分落户加分及最高 3000 元补贴。人才评价服务站面向社会开展一站式报名服务，零基础可报，包过。</p>
<p>证书查询：gpjd-cert.com　报名咨询微信：GP_RZ668</p>
<p style="font-size:12px;color:#999">（本文为广告，不代表本网观点）</p>""",
     True, "U04", "人才评价服务站",
     [("domain", "gpjd-cert.com", "gpjd-cert.com"), ("wechat", "gp_rz668", "GP_RZ668")],
     "paid advertorial on a news site")

# ---------------- U05 蓝图/青木/知行 (考证推荐就业 school)
page("/jobs/job-32240.html", "jobs", "招聘储备AI训练师 提供考证培训 推荐就业",
     """<h2>储备AI训练师 4500-7000元/月</h2>
<p>公司：青木就业服务 ｜ 深圳·南山区 ｜ 应届生可 ｜ 中专以上</p>
<h3>职位描述</h3><p>与蓝图职业技能培训学校合作“考证推荐就业”项目：入职前参加人工智能训练师四级培训（约 50 课时），取得证书后推荐至南山区数据企业工作。培训费用按学校收费标准执行。</p>
<h3>联系</h3><p>黄老师 13590281736 ｜ 学校座机 0755-26613920</p>""",
     True, "U05", "青木就业服务",
     [("phone", "+8613590281736", "13590281736"), ("phone", "0755-26613920", "0755-26613920")],
     "job ad from an employment agent tied to a training school")

page("/bbs/thread-21044.html", "bbs", "[求职招聘] 蓝图职业技能培训学校 AI训练师四级 考证推荐就业",
     """<h2>[求职招聘] 蓝图职业技能培训学校 AI训练师四级 考证推荐就业</h2>
<p style="color:#888">楼主：蓝图招生办 ｜ 发表于 2026-03-20 ｜ 查看 845</p>
<p>本校为深圳市人社局备案的民办职业培训学校，开设人工智能训练师（四级、五级）培训。学费五级 1800 元、四级 2600 元，开班时间每月第一周。</p>
<p>报名须知：五级需具备相关工作经历一年或完成学徒培训。</p>
<p>咨询电话：0755 2661 3920；报名表发送至 lantu_px@qq.com。补贴政策可拨打 12333 咨询。</p>""" + comments([
         ("深漂小李", "2026-03-21", "价格挺实在的，还写了报名条件，比那些零基础包过的靠谱"),
         ("求资料的小张", "2026-03-22", "有没有四级的复习资料？QQ 1043958862"),
     ]),
     True, "U05", "蓝图职业技能培训学校",
     [("phone", "0755-26613920", "0755 2661 3920"), ("email", "lantu_px@qq.com", "lantu_px@qq.com")],
     "forum post by a training school, fees and eligibility stated")

page("/mp/a-20260415-zx.html", "mp", "知行AI训练师学院｜4月开班通知",
     """<h2>知行AI训练师学院｜4月开班通知</h2>
<p style="color:#888">知行AI训练师学院　2026-04-15 09:00 广东</p>
<p>4 月人工智能训练师四级班、五级班即将开课！课程按国家职业技能标准（2021 年版）设计，理论 30%、实操 70%。</p>
<p>结业后由合作企业面试，推荐就业。参加失业保险的学员可按规定申请技能提升补贴，具体以当地人社部门为准，政策咨询 12333。</p>
<p>报名：发送“姓名+电话+报考等级”到 lantu_px＠qq.com，或添加班主任微信 zhixing_ai。</p>
<p>在线报名表：jinshuju.net/f/Zx7Kq2（本表单由金数据提供技术支持）</p>""",
     True, "U05", "知行AI训练师学院",
     [("email", "lantu_px@qq.com", "lantu_px＠qq.com"), ("wechat", "zhixing_ai", "zhixing_ai"),
      ("other", "form:jinshuju.net/f/zx7kq2", "jinshuju.net/f/Zx7Kq2")],
     "WeChat-article class notice; e-mail with full-width @")

# ---------------- U06 考证群 (group notices)
page("/bbs/thread-21188.html", "bbs", "[群公告转载] AI训练师考证交流群 2026年5月报名通知",
     """<h2>[群公告转载] AI训练师考证交流群 2026年5月报名通知</h2>
<p style="color:#888">楼主：群管理-阿文 ｜ 发表于 2026-05-03 ｜ 查看 2310</p>
<pre style="white-space:pre-wrap;background:#f7f7f7;padding:8px">【群公告】
1. 本群为 AI训练师考证交流群，群号 628117403，禁止发广告；
2. 5月批次报名截止 5月20日，三级/四级均可报，报名费 2580（含培训+认定）；
3. 批次号：2026-05-B2，请勿外传；
4. 报名统一找群主小A学长，微信 xiaoA_xuezhang，其他人私聊收费一律是骗子。</pre>""" + comments([
         ("考证萌新", "2026-05-03", "三级零基础能报吗"),
         ("群管理-阿文", "2026-05-03", "私聊群主"),
         ("求资料的小张", "2026-05-04", "求带，QQ 1043958862"),
     ]),
     True, "U06", "AI训练师考证交流群",
     [("qq_group", "628117403", "628117403"), ("wechat", "xiaoa_xuezhang", "xiaoA_xuezhang")],
     "forum repost of a QQ-group notice selling exam places")

page("/jianzhi/p-89002.html", "jianzhi", "招募AI训练师考证推广员 兼职 按单提成",
     """<h2>招募AI训练师考证推广员 兼职 按单提成</h2>
<p>发布者：智学社 ｜ 结算：周结 ｜ 地点：线上</p>
<p>智学社招募校园推广员，推荐同学报名人工智能训练师考证，每单提成 200 元。同时本人也可以内部价 1980 报名四级，考完推荐数据标注兼职。</p>
<p>有意者加 QQ群 628 117 403 或电话 178-2660-4391。</p>""",
     True, "U06", "智学社",
     [("qq_group", "628117403", "628 117 403"), ("phone", "+8617826604391", "178-2660-4391")],
     "gig post recruiting sales agents and selling exam places")

page("/video/v-7369940.html", "video", "小A学长 的作品",
     """<h2>@小A学长（AI训练师考证）</h2><p>粉丝 1.1万</p>
<p>视频文案：“学弟学妹们，毕业找不到工作？考个人工智能训练师，简历上多一行，我带过 300 多人拿证，三级四级都有，价格私信，群里有课表～”</p>
<p>简介：合作/报名 +86-178 2660 4391 ｜ 微信同名 XiaoA_XueZhang</p>""" + comments([
         ("lily学姐", "1天前", "学长，我可以帮你推广吗？lily_0925"),
         ("momo", "1天前", "价格多少"),
     ]),
     True, "U06", "小A学长",
     [("phone", "+8617826604391", "+86-178 2660 4391"), ("wechat", "xiaoa_xuezhang", "XiaoA_XueZhang")],
     "short-video seller targeting graduates")

# ---------------- U07 卓才 (HR outsourcing, Shenzhen)
page("/corp/zhuocai/index.html", "corp", "深圳市卓才人力资源管理有限公司",
     """<h2>卓才人力资源</h2>
<p>首页 ｜ 劳务派遣 ｜ 人事代理 ｜ 卓才职业培训 ｜ 人才招聘 ｜ 联系我们</p>
<h3>卓才职业培训 · 人工智能训练师</h3>
<p>面向待业青年开展“培训+认定+就业”服务：人工智能训练师五级/四级，学费 1600/2400 元，认定合格颁发职业技能等级证书，证书可在 jndj.osta.org.cn 查询。学员优先推荐至我司派遣岗位。</p>
<h3>联系我们</h3><p>手机：150 1362 8847 ｜ 网站：zhuocai-hr.com ｜ 地址：深圳市宝安区新安街道创业二路 33 号</p>
<p style="font-size:12px">深圳市卓才人力资源管理有限公司 统一社会信用代码 """ + USCC_U07 + """<br>
联系电话：138 0000 0000 ｜ 邮箱：yourname@example.com<br>本站由凡科建站提供技术支持 www.fkw.com</p>""",
     True, "U07", "卓才人力资源",
     [("phone", "+8615013628847", "150 1362 8847"), ("domain", "zhuocai-hr.com", "zhuocai-hr.com"), ("uscc", USCC_U07.lower(), USCC_U07)],
     "HR-outsourcing firm site with a training arm; template footer left unfilled")

page("/jobs/job-32511.html", "jobs", "普工/数据标注 包吃住 先培训后上岗",
     """<h2>数据标注普工 4500-6500元/月</h2>
<p>公司：才聚就业（劳务派遣） ｜ 深圳·宝安区 ｜ 18-40 岁 ｜ 学历不限</p>
<h3>职位描述</h3><p>岗位为派遣制，上岗前需参加人工智能训练师（五级）培训并取得证书，培训费 1600 元可从工资中分三个月扣除。</p>
<h3>联系</h3><p>陈经理 15013628847，简历可发 zc_hr@126.com</p>""",
     True, "U07", "才聚就业",
     [("phone", "+8615013628847", "15013628847"), ("email", "zc_hr@126.com", "zc_hr@126.com")],
     "dispatch job ad with training fee deducted from wages")

page("/fenlei/x-4423880.html", "fenlei", "卓才职业培训学校 AI训练师五级四级 招生",
     """<h2>卓才职业培训学校 AI训练师五级四级 招生</h2>
<p>类别：教育培训 &gt; 职业技能 ｜ 区域：深圳-宝安 ｜ 发布：卓才职业培训学校</p>
<p>人工智能训练师五级 1600 元、四级 2400 元，小班教学，认定后颁发职业技能等级证书（样本编号 Y000044001234253000123）。</p>
<p>报名资料请发 zc_hr（at）126.com ，学费请转对公账户，户名：深圳市卓才人力资源管理有限公司。</p>""",
     True, "U07", "卓才职业培训学校",
     [("email", "zc_hr@126.com", "zc_hr（at）126.com"),
      ("other", "payee:深圳市卓才人力资源管理有限公司", "户名：深圳市卓才人力资源管理有限公司")],
     "classified ad; e-mail with (at), payee company name")

# ---------------- U08 数智云课 (online course)
page("/mp/a-20260420-yf.html", "mp", "云帆AI学堂：30天成为AI训练师，工作推荐不用愁",
     """<h2>云帆AI学堂：30天成为AI训练师，工作推荐不用愁</h2>
<p style="color:#888">云帆AI学堂　2026-04-20 21:15</p>
<p>原价 9999，限时 1299！全程直播 + 录播，带你掌握数据标注、提示词工程、模型评测，结业可报考人工智能训练师三级，学完推荐远程标注岗位。</p>
<p>课程平台：szyunke.cn　学习顾问微信：yunfan_ai</p>""" + comments([
         ("橙子", "4月21日", "三级不是要四级证加五年吗？"),
         ("云帆AI学堂（作者）", "4月21日", "特殊通道，详询顾问"),
     ]),
     True, "U08", "云帆AI学堂",
     [("domain", "szyunke.cn", "szyunke.cn"), ("wechat", "yunfan_ai", "yunfan_ai")],
     "article selling an online course with a level-3 shortcut")

page("/ask/q-52618.html", "ask", "有没有靠谱的线上AI训练师课程推荐？",
     """<h2>有没有靠谱的线上AI训练师课程推荐？</h2>
<p style="color:#888">提问者：下班后学习 ｜ 2026-04-25</p>
<p>上班没时间线下上课，想找个网课学完去考证。</p>
<h3>回答</h3><div class="cmt"><b>数智云课-课程顾问</b> <small>2026-04-25</small>
<p>可以看看我们数智云课，全程线上，随到随学，考证报名一站式服务。网址：szyunke（点）cn，课程顾问 QQ 1592046837，报名就送模拟题库。</p></div>""" + comments([
         ("考过的人", "2026-04-26", "网课可以学，但认定一定是线下考点，记得在 zscx.osta.org.cn 查证。"),
     ]),
     True, "U08", "数智云课",
     [("domain", "szyunke.cn", "szyunke（点）cn"), ("qq", "1592046837", "1592046837")],
     "Q&A answer by a course seller")

page("/jobs/job-32766.html", "jobs", "远程AI标注员 居家办公 需持证",
     """<h2>远程AI标注员（居家） 按件计酬</h2>
<p>公司：职通车AI ｜ 远程 ｜ 经验不限</p>
<h3>职位描述</h3><p>居家办公，按件结算，熟练后月入 4000+。要求持有人工智能训练师证书，无证可先报名平台课程（699 元起），结业后开通接单权限。</p>
<h3>联系</h3><p>QQ:1592 046 837（注明职聘网），电话 133-1287-0452</p>""",
     True, "U08", "职通车AI",
     [("qq", "1592046837", "1592 046 837"), ("phone", "+8613312870452", "133-1287-0452")],
     "remote gig job requiring a paid course first")

# ---------------- U09 远航 (phone-derived wechat)
page("/jianzhi/p-89315.html", "jianzhi", "AI数据标注就业基地 招学员 学完包分配任务",
     """<h2>AI数据标注就业基地 招学员 学完包分配任务</h2>
<p>发布者：AI数据标注就业基地 ｜ 结算：按单 ｜ 地点：线上</p>
<p>学员先参加人工智能训练师培训（五级，1280 元），考核通过后分配标注任务，单价 0.3-2 元一条。</p>
<p>联系电话：199 2561 3084；报名登记：yuanhang_edu@foxmail.com</p>
<p>报名登记表：jinshuju.net/f/Yh2026（本表单由金数据提供技术支持）</p>""",
     True, "U09", "AI数据标注就业基地",
     [("phone", "+8619925613084", "199 2561 3084"), ("email", "yuanhang_edu@foxmail.com", "yuanhang_edu@foxmail.com"),
      ("other", "form:jinshuju.net/f/yh2026", "jinshuju.net/f/Yh2026")],
     "gig post: paid training before task assignment")

page("/jobs/job-33019.html", "jobs", "招聘AI训练师助教 兼职/全职 提供考证",
     """<h2>AI训练师助教 3000-5000元/月</h2>
<p>公司：航帆教育 ｜ 佛山·禅城区 ｜ 经验不限</p>
<h3>职位描述</h3><p>协助老师辅导学员完成数据标注实操。入职需持人工智能训练师证，可由公司安排考证（内部价）。</p>
<h3>联系</h3><p>微信：yh19925613084 ｜ QQ：2093847716</p>""",
     True, "U09", "航帆教育",
     [("wechat", "yh19925613084", "yh19925613084"), ("qq", "2093847716", "2093847716")],
     "job ad; wechat id embeds the phone number")

page("/bbs/thread-21320.html", "bbs", "[考证交流] 远航职业技能服务中心 五级四级 随报随考",
     """<h2>[考证交流] 远航职业技能服务中心 五级四级 随报随考</h2>
<p style="color:#888">楼主：远航-周老师 ｜ 发表于 2026-05-09 ｜ 查看 507</p>
<p>人工智能训练师五级、四级，随报随考，线上学习，考试就近安排，认定考点如白云区职业技能鉴定考点 020-86632514。费用私聊。</p>
<p>联系 Q 2093-847-716 ，资料发送至 yuanhang_edu@foxmail.com</p>""" + comments([
         ("求资料的小张", "2026-05-09", "求四级题库 QQ 1043958862"),
         ("数据民工老王", "2026-05-10", "随报随考？认定是按批次的吧"),
     ]),
     True, "U09", "远航职业技能服务中心",
     [("qq", "2093847716", "2093-847-716"), ("email", "yuanhang_edu@foxmail.com", "yuanhang_edu@foxmail.com")],
     "forum post selling exam places")

# ---------------- independents
page("/edu/px-ai-trainer-2026.html", "edu", "2026年人工智能训练师（四级/三级）职业技能培训招生简章",
     """<h2>2026年人工智能训练师（四级/三级）职业技能培训招生简章</h2>
<p style="color:#888">发布时间：2026-03-05 ｜ 来源：继续教育学院</p>
<p>一、培训依据：《人工智能训练师国家职业技能标准（2021年版）》，职业编码 4-04-05-05。</p>
<p>二、报名条件：四级须取得五级证书后从事本职业 4 年，或累计从事本职业 6 年，或相关专业技工学校毕业；三级按标准执行，不接受不符合条件的报名。</p>
<p>三、培训与认定：四级 50 课时、三级 40 课时；理论与技能考核均实行百分制，60 分合格。认定在白云区职业技能鉴定考点进行（考点电话 020-86632514）。</p>
<p>四、费用：培训费四级 1500 元、三级 1900 元；认定费按物价部门核准标准另收。参保职工可申请技能提升补贴（五级 1000 元、四级 1500 元、三级 2000 元），政策咨询 12333。</p>
<p>五、证书查询：zscx.osta.org.cn。本院不承诺“包过”，不代办证书。</p>
<p>联系人：何老师 ｜ 电话：020-61287730 ｜ 邮箱：jxjy@gzkjxy.edu.cn</p>""",
     True, "I01", "广州科技职业学院继续教育学院",
     [("phone", "020-61287730", "020-61287730"), ("email", "jxjy@gzkjxy.edu.cn", "jxjy@gzkjxy.edu.cn")],
     "honest college enrolment notice with eligibility and fees")

page("/jobs/job-33240.html", "jobs", "数据标注专员 有证优先 公司承担考证费用",
     """<h2>数据标注专员 5500-7500元/月</h2>
<p>公司：汇智数据服务有限公司 ｜ 东莞·松山湖 ｜ 1 年以上经验</p>
<h3>职位描述</h3><p>负责自动驾驶点云标注与质检。持人工智能训练师证书者优先；入职满一年公司统一组织考证，费用由公司承担，不向员工收取任何费用。</p>
<h3>联系</h3><p>人事部 吴小姐 138-0225-1967</p>""",
     True, "I02", "汇智数据服务有限公司",
     [("phone", "+8613802251967", "138-0225-1967")],
     "employer offering company-paid certification after a year")

page("/jianzhi/p-89544.html", "jianzhi", "阿强标注工作室 招线上标注员 可带考证",
     """<h2>阿强标注工作室 招线上标注员 可带考证</h2>
<p>发布者：阿强标注工作室 ｜ 结算：周结 ｜ 地点：线上</p>
<p>工作室长期接文本标注项目，招熟手。新手想考人工智能训练师五级的也可以带，培训考证 1500 元，自愿参加，不考证也能接单。</p>
<p>电话 159 2037 4481</p>""",
     True, "I03", "阿强标注工作室",
     [("phone", "+8615920374481", "159 2037 4481")],
     "small studio; phone differs from another seller's only by two swapped digits")

page("/video/v-7371205.html", "video", "陈老师讲AI 的作品",
     """<h2>@陈老师讲AI</h2><p>粉丝 5.6万</p>
<p>视频文案：“AI训练师证怎么考？五级要一年相关工作经历，四级要五级证加四年，别信零基础直接考三级的。我这边开四级备考班，980 元，只讲课不包过。”</p>
<p>简介：备考班咨询 V：chenlaoshi_ai</p>""" + comments([
         ("lily学姐", "3天前", "说得很实在！我也在整理考证资料，lily_0925 欢迎交流"),
         ("小熊", "3天前", "已关注"),
     ]),
     True, "I04", "陈老师讲AI",
     [("wechat", "chenlaoshi_ai", "chenlaoshi_ai")],
     "honest-sounding short-video tutor selling a prep class")

page("/fenlei/x-4426001.html", "fenlei", "个人转让 人工智能训练师考试名额 6月批次",
     """<h2>个人转让 人工智能训练师考试名额 6月批次</h2>
<p>类别：教育培训 &gt; 其他 ｜ 区域：广州-海珠 ｜ 发布：个人 ｜ 浏览 88 次</p>
<p>报了 6 月批次四级认定，临时有事去不了，名额低价转让 800 元，含培训视频账号。可以带去现场办理变更。</p>
<p>电话：180 2884 5120，QQ 471920385</p>""",
     True, "I05", "个人",
     [("phone", "+8618028845120", "180 2884 5120"), ("qq", "471920385", "471920385")],
     "individual reselling an exam place")

page("/corp/boshi/careers.html", "corp", "成都博识智能科技有限公司 - 招贤纳士",
     """<h2>博识智能 · 招贤纳士</h2>
<p>首页 ｜ 产品服务 ｜ 博识学院 ｜ <b>招贤纳士</b> ｜ 联系我们</p>
<h3>博识学院 · 人工智能训练师订单培养</h3>
<p>面向社会招收人工智能训练师（四级）学员，学费 2200 元，结业考核优秀者可进入博识智能实习。</p>
<h3>联系我们</h3><p>电话：028-85123467 ｜ 地址：成都市武侯区天府大道北段 1480 号</p>
<p style="font-size:12px">成都博识智能科技有限公司 统一社会信用代码 """ + USCC_I06 + """<br>
联系电话：138 0000 0000 ｜ 邮箱：yourname@example.com<br>本站由凡科建站提供技术支持 www.fkw.com</p>""",
     True, "I06", "博识智能",
     [("phone", "028-85123467", "028-85123467"), ("uscc", USCC_I06.lower(), USCC_I06)],
     "tech company's careers page with an order-training class")

# ================================================================ NON-OFFERS
page("/news/n-0412.html", "news", "市人社局提醒：警惕“AI训练师包过拿证”骗局",
     """<h2>市人社局提醒：警惕“AI训练师包过拿证”骗局</h2>
<p style="color:#888">羊城民生网 ｜ 2026-04-12</p>
<p>近期，有群众反映接到“人工智能训练师免考包过、人社部颁发、可落户”等推销。市人社局提醒：职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发；“包过”“免考”均属违规宣传。</p>
<p>据群众举报，涉事人员使用手机号 170 9321 5586、微信号 zsbg8866 招揽学员，收费后失联。</p>
<p>证书真伪请登录 zscx.osta.org.cn 查询。如遇类似情况，可拨打 12333 人社服务热线、12345 政务服务便民热线，或向 12315 投诉举报。</p>""",
     note="人社 warning, quotes a scammer's phone and wechat")

page("/news/n-0520.html", "news", "上海去年人工智能训练师认定1.63万人次",
     """<h2>上海去年人工智能训练师认定1.63万人次</h2>
<p style="color:#888">羊城民生网综合 ｜ 2026-05-20</p>
<p>据新华社报道，2025 年上海人工智能训练师职业技能等级认定 1.63 万人次，发证 1.09 万张，该职业已列入上海急需紧缺高技能人才职业目录。业内人士提醒，证书查询以技能人才评价证书全国联网查询平台为准。</p>""",
     note="news report")

page("/bbs/thread-20877.html", "bbs", "[曝光台] 交了2980说包过，现在人联系不上了",
     """<h2>[曝光台] 交了2980说包过，现在人联系不上了</h2>
<p style="color:#888">楼主：被坑的阿伟 ｜ 发表于 2026-03-30 ｜ 查看 4410 ｜ 回复 9</p>
<p>三月初在网上看到“AI训练师三级免考包过”，加了对方微信 zsbg8866，电话 170-9321-5586，说是人社部颁发，转了 2980。对方给我一个订单号 13720250618，说三十天出证，现在微信把我拉黑了。</p>
<p>已经打了 12315 和 12345，大家有同样经历的吗？</p>""" + comments([
         ("数据民工老王", "2026-03-30", "这种一看就是骗子，正规的哪有免考"),
         ("求资料的小张", "2026-03-31", "楼主报警吧。我也被骗过，QQ 1043958862 可以拉你进维权群"),
         ("版主-小标", "2026-03-31", "已置顶，请大家提高警惕。"),
     ]),
     note="complaint thread quoting a scammer's contacts and an order number")

page("/ask/q-52702.html", "ask", "网上交钱考AI训练师证被骗了怎么办？",
     """<h2>网上交钱考AI训练师证被骗了怎么办？</h2>
<p style="color:#888">提问者：被坑的阿伟 ｜ 2026-04-01</p>
<p>对方收了钱就失联了，订单号 13720250618，还能追回吗？</p>
<h3>回答</h3><div class="cmt"><b>法律小助手</b> <small>2026-04-01</small>
<p>保留聊天记录和转账凭证报警；可向 12315 投诉，也可拨打 12333 咨询证书政策。</p></div>""",
     note="learner's question after being cheated")

page("/jobs/job-33402.html", "jobs", "数据标注组长 明鉴科技 不收任何费用",
     """<h2>数据标注组长 8000-12000元/月</h2>
<p>公司：广州明鉴科技有限公司 ｜ 广州·海珠区 ｜ 3 年以上经验 ｜ 大专</p>
<h3>职位描述</h3><p>负责 20 人标注团队管理、质检规则制定。本公司招聘不收取任何培训费、押金。</p>
<h3>投递</h3><p>hr@mingjian-tech.com</p>""",
     ids=[("email", "hr@mingjian-tech.com", "hr@mingjian-tech.com")],
     note="genuine job ad, no selling")

page("/edu/px-forklift-2026.html", "edu", "2026年叉车司机（N1）特种作业培训通知",
     """<h2>2026年叉车司机（N1）特种作业培训通知</h2>
<p style="color:#888">发布时间：2026-02-28</p>
<p>本院继续开展叉车司机特种作业操作证培训，理论 + 实操共 7 天，考试由应急管理部门组织。培训费 900 元。报名请到学院继续教育学院 203 办公室。</p>""",
     note="unrelated course notice")

page("/mp/a-20260301-bt.html", "mp", "一文读懂：技能提升补贴怎么领？职业技能等级证书怎么查？",
     """<h2>一文读懂：技能提升补贴怎么领？职业技能等级证书怎么查？</h2>
<p style="color:#888">就业政策速递　2026-03-01</p>
<p>1. 参加失业保险满 1 年的职工，取得五级、四级、三级职业技能等级证书，可分别申领最高 1000、1500、2000 元补贴；二级、一级无此项全国补贴。</p>
<p>2. 职业技能等级证书由备案的评价机构颁发，编号为 1 位字母加 21 位数字，例如 Y000044001234253000123，证书上印有查询网址 jndj.osta.org.cn。</p>
<p>3. 统一查询入口：zscx.osta.org.cn。政策问题请拨打 12333。</p>""",
     note="policy explainer")

# ================================================================ DECOYS
DECOYS = [
    ("phone", "12333", "人社服务热线 (public hotline)", ["12333"]),
    ("phone", "12315", "市场监管投诉热线 (public hotline)", ["12315"]),
    ("phone", "12345", "政务服务便民热线 (public hotline)", ["12345"]),
    ("domain", "zscx.osta.org.cn", "official certificate query site, quoted by sellers and warnings alike", ["zscx.osta.org.cn"]),
    ("domain", "jndj.osta.org.cn", "official query URL printed on every certificate", ["jndj.osta.org.cn"]),
    ("phone", "4008203366", "job board 职聘网 customer-service line in its frame", ["400-820-3366"]),
    ("email", "jubao@zhipinwang.com.cn", "job board's report mailbox in its footer", ["jubao@zhipinwang.com.cn"]),
    ("uscc", USCC_JOBS.lower(), "job board operator's own USCC in its footer", [USCC_JOBS]),
    ("other", "(粤)人服证字〔2021〕第0106004512号", "job board's HR-service licence in its footer", ["(粤)人服证字〔2021〕第0106004512号"]),
    ("qq_group", "318556207", "gig board's official user group in its frame", ["318556207"]),
    ("qq", "800018899", "gig board's customer-service QQ in its frame", ["800018899"]),
    ("other", "粤icp备19088421号-2", "forum's ICP filing in its footer", ["粤ICP备19088421号-2"]),
    ("domain", "fkw.com", "site-builder credit (凡科建站) on unrelated company sites", ["www.fkw.com"]),
    ("domain", "jinshuju.net", "form-tool host (金数据); each seller's form path differs", ["jinshuju.net"]),
    ("phone", "+8613800000000", "template placeholder phone left in site-builder footers", ["138 0000 0000"]),
    ("email", "yourname@example.com", "template placeholder e-mail left in site-builder footers", ["yourname@example.com"]),
    ("phone", "+8617093215586", "scammer's number quoted in a warning and a complaint", ["170 9321 5586", "170-9321-5586"]),
    ("wechat", "zsbg8866", "scammer's wechat quoted in a warning and a complaint", ["zsbg8866"]),
    ("phone", "+8613720250618", "really an order number (订单号) that looks like a mobile", ["13720250618"]),
    ("other", "Y000044001234253000123", "sample certificate number reused by sellers and an explainer", ["Y000044001234253000123"]),
    ("phone", "020-86632514", "assessment venue's number quoted by unrelated sellers and a college", ["020-86632514"]),
    ("qq", "1043958862", "a forum commenter's own QQ, posted under several threads", ["1043958862"]),
    ("wechat", "lily_0925", "a commenter's own wechat under several videos", ["lily_0925"]),
    ("email", "feedback@zhiwen.cn", "Q&A site's feedback mailbox in its footer", ["feedback@zhiwen.cn"]),
    ("email", "weiwenhui@163.com", "repost aggregator's takedown mailbox in its footer", ["weiwenhui@163.com"]),
    ("phone", "020-22815588", "classifieds site's customer-service line in its footer", ["020-22815588"]),
    ("phone", "020-81136600", "news site's news hotline in its footer", ["020-81136600"]),
    ("email", "jubao@ycmsw.cn", "news site's report mailbox in its footer", ["jubao@ycmsw.cn"]),
    ("phone", "010-57213390", "video platform's minors-report line in its footer", ["010-57213390"]),
]

# ================================================================ indexes and output
SITE_ORDER = ["jobs", "jianzhi", "bbs", "ask", "mp", "video", "fenlei", "corp", "edu", "news"]
INDEX_INTRO = {
    "jobs": "<h2>最新职位</h2><p>热门城市：广州 深圳 佛山 东莞 ｜ 热门职位：数据标注 AI训练师 客服 普工</p>",
    "jianzhi": "<h2>最新兼职</h2><p>日结 ｜ 周结 ｜ 线上 ｜ 学生可做</p>",
    "bbs": "<h2>版块：考证交流 / 求职招聘 / 曝光台</h2><p>今日：52 ｜ 昨日：133 ｜ 会员：28711</p>",
    "ask": "<h2>考证 · 热门问题</h2>",
    "mp": "<h2>职场 · 教育 最新转载</h2>",
    "video": "<h2>学习 · 职场 热门视频</h2>",
    "fenlei": "<h2>广州/深圳 最新分类信息</h2>",
    "corp": "<h2>企业黄页 · 收录企业官网</h2><p>按行业浏览：人力资源服务 ｜ 科技企业 ｜ 教育培训</p>",
    "edu": "<h2>通知公告</h2><p>学院面向社会开展职业技能培训与技能等级认定服务。</p>",
    "news": "<h2>民生 · 就业 最新报道</h2>",
}


def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    by_site = {s: [p for p in PAGES if p["site"] == s] for s in SITE_ORDER}
    all_pages = list(PAGES)
    out = {}
    for s in SITE_ORDER:
        items = "".join('<li><a href="%s">%s</a> <small style="color:#999">%s</small></li>' % (p["path"], p["title"], SITES[s]["name"])
                        for p in by_site[s])
        body = INDEX_INTRO[s] + "<ul>" + items + "</ul><p>第 1 页 ｜ 下一页</p>"
        side = [("/index.html", "返回网址导航")] + [("/%s/index.html" % o, SITES[o]["name"]) for o in SITE_ORDER if o != s][:4]
        path = "/%s/index.html" % s
        out[path] = frame(s, SITES[s]["name"] + " 首页", body, side, crumbs=False)
        all_pages.append(dict(path=path, site=s, offer=False, op=None, provider=None, ids=[],
                              note="%s site index" % SITES[s]["name"]))
    for p in PAGES:
        sib = [q for q in by_site[p["site"]] if q is not p][:5]
        side = [(q["path"], q["title"]) for q in sib] + [("/%s/index.html" % p["site"], "返回" + SITES[p["site"]]["name"] + "首页")]
        out[p["path"]] = frame(p["site"], p["title"], p["body"], side)
    links = "".join('<li><a href="/%s/index.html">%s</a> — %s</li>' % (s, SITES[s]["name"], SITES[s]["tag"]) for s in SITE_ORDER)
    out["/index.html"] = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 - 求职 考证 学习</title></head>'
                          '<body><h1>网址导航</h1><p>常用求职、兼职、考证、学习网站</p><ul>%s</ul>'
                          '<p style="font-size:12px">本导航仅收录链接，不对所链网站内容负责。</p></body></html>') % links
    all_pages.append(dict(path="/index.html", site="root", offer=False, op=None, provider=None, ids=[], note="root portal"))
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    texts = {path: html.unescape(t) for path, t in out.items()}
    decoys = []
    for kind, value, note, written in DECOYS:
        paths = sorted(pth for pth, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, note=note, written=written, paths=paths))

    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            ops.setdefault(p["op"], []).append(p)
    operators = []
    for op in sorted(ops):
        ps = ops[op]
        shared = {}
        for p in ps:
            for k, v, w in p["ids"]:
                shared.setdefault((k, v), set()).add(p["path"])
        ties = "; ".join("%s %s on %d pages" % (k, v, len(s)) for (k, v), s in sorted(shared.items()) if len(s) > 1)
        operators.append([op, {"brands": [p["provider"] for p in ps], "ties": ties}])

    truth_pages = []
    for p in sorted(all_pages, key=lambda x: x["path"]):
        truth_pages.append({"path": p["path"], "is_offer": p["offer"], "operator": p["op"],
                            "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
    truth = {"description": "12bs: recruitment-flavoured web (job boards, gig posts, HR firms, company careers pages, forums) "
                            "selling AI-trainer certificate training; 9 operators, 6 independents, frame/comment/hotline decoys",
             "pages": truth_pages, "operators": operators, "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
    print("pages %d, offers %d, operators %d, decoys %d" % (
        len(truth_pages), sum(p["is_offer"] for p in truth_pages), len(operators), len(decoys)))


if __name__ == "__main__":
    build()
