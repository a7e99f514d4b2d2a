#!/usr/bin/env python3
"""Generate a small labeled Chinese web of AI-trainer (4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json next to this file."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------- GB 32100 unified social credit code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(s17, W_USCC))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("91320106", "MA1X7K2D")   # 南京智码教育科技有限公司 (鼓楼)
USCC_U06 = uscc("91320102", "MA25HQ3T")   # 南京新职研信息咨询有限公司 (玄武)
USCC_U07 = uscc("91350503", "MA8RT4W1")   # 泉州海西智训教育咨询有限公司 (丰泽)
USCC_I06 = uscc("52350100", "MJ0B6621")   # 福建闽才职业技能评价中心 (民非)
USCC_SHOP = uscc("91350582", "MA2Y9C6B")  # 优品购 platform operator (晋江)

def spaced(s, n=6):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))

# ---------- sites ----------
SITES = {
 "shop": dict(name="优品购·职业技能专区", style="shop",
   nav=["首页", "职业培训", "考证专区", "IT课程", "店铺街", "我的订单"],
   footer="优品购客服热线 400-820-1166 ｜ 营业执照: 优品购(晋江)电子商务有限公司 统一社会信用代码 " + USCC_SHOP + " ｜ 闽ICP备19088123号"),
 "kecheng": dict(name="课课通 在线课程市场", style="market",
   nav=["全部课程", "职业技能", "人工智能", "考证", "机构入驻", "讲师招募"],
   footer="课课通官方答疑QQ群 563218904 ｜ 投诉邮箱 service@kketong.com.cn ｜ 苏ICP备20031877号-2"),
 "fenlei": dict(name="同城分类信息网", style="classifieds",
   nav=["南京", "泉州", "招聘", "教育培训", "二手", "便民"],
   footer="www.fenlei365.cn 同城分类 ｜ 信息由用户发布，本站不承担担保责任 ｜ 举报电话 0595-22880011"),
 "bbs": dict(name="刺桐论坛", style="forum",
   nav=["论坛首页", "刺桐茶馆", "求职招聘", "教育考证", "曝光台", "版规"],
   footer="刺桐论坛 版权所有 ｜ 闽ICP备17023456号-1 ｜ 版主信箱 banzhu@citongbbs.cn"),
 "video": dict(name="快拍短视频", style="video",
   nav=["推荐", "关注", "同城", "知识", "直播", "创作者中心"],
   footer="快拍短视频 用户协议 · 隐私政策 ｜ 客服邮箱 kefu@kuaipai-video.cn ｜ 网络文化经营许可证"),
 "mp": dict(name="职业技能资讯转载", style="wechat",
   nav=["最新转载", "考证资讯", "政策解读", "投稿"],
   footer="本站文章转载自公众号 zhiye_daily 等，版权归原作者所有，如有侵权请联系删除"),
 "news": dict(name="金陵晚报网", style="news",
   nav=["要闻", "民生", "教育", "财经", "推广", "视频"],
   footer="金陵晚报网 ｜ 新闻热线 025-96060 ｜ 投稿邮箱 tougao@jlwb-news.cn ｜ 互联网新闻信息服务许可证"),
 "blog": dict(name="墨岭笔记 | 一个南京程序员的博客", style="blog",
   nav=["首页", "随笔", "AI", "归档", "关于"],
   footer="© 墨岭笔记 ｜ 联系博主: moling_note@qq.com ｜ Powered by 静态生成器"),
 "college": dict(name="南京秦淮职业技术学院", style="college",
   nav=["学院首页", "学院概况", "继续教育", "招生就业", "校园新闻", "信息公开"],
   footer="南京秦淮职业技术学院 ｜ 地址: 南京市江宁区弘景大道 ｜ 学院总机 025-84318000 ｜ 苏ICP备05012345号"),
 "rsj": dict(name="某市人力资源和社会保障局", style="gov",
   nav=["首页", "政务公开", "通知公告", "办事服务", "政策解读", "互动交流"],
   footer="主办: 某市人力资源和社会保障局 ｜ 政务服务热线 12333 ｜ 证书查询 zscx.osta.org.cn"),
}

CSS = {
 "shop": "body{font:14px sans-serif;background:#f5f5f5}header{background:#ff5000;color:#fff}.price{color:#ff5000;font-size:22px}",
 "market": "body{font:14px 'PingFang SC';background:#fff}header{background:#1e80ff;color:#fff}.tag{border:1px solid #1e80ff}",
 "classifieds": "body{font:13px SimSun;background:#fff}header{background:#2b9939;color:#fff}.info td{border:1px solid #ddd}",
 "forum": "body{font:12px Tahoma;background:#e8eef5}.post{border:1px solid #c2d5e3;background:#fff}.reply{margin-left:2em}",
 "video": "body{font:14px sans-serif;background:#111;color:#eee}.desc{color:#ccc}.cmt{border-top:1px solid #333}",
 "wechat": "body{font:16px sans-serif;max-width:680px;margin:auto}.meta{color:#888}",
 "news": "body{font:15px serif}header{border-bottom:3px solid #c00}.ad-mark{color:#999;font-size:12px}",
 "blog": "body{font:15px Georgia;max-width:760px;margin:auto}.comment{background:#fafafa}",
 "college": "body{font:14px sans-serif}header{background:#003d7a;color:#fff}",
 "gov": "body{font:14px SimSun}header{background:#b40000;color:#fff}.wh{color:#666}",
}

PAGES = []   # dicts

def P(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note,
                      crumb=crumb or SITES[site]["nav"][1]))

def comments(items, cls="reply"):
    return "".join(f'<div class="{cls}"><b>{u}</b>: {t}</div>' for u, t in items)

# ================= OPERATORS =================
# U01 南京智码教育科技有限公司: 智码教育 / 金陵AI培训中心 (honest-ish, 五级/四级)
P("/shop/item-zhima.html", "shop", "【智码教育旗舰店】人工智能训练师 五级/四级 培训+认定 南京线下班",
 f"""<div class="item"><h1>人工智能训练师(4-04-05-05) 四级/中级工 培训班 南京鼓楼校区</h1>
<p class="price">¥1680 <s>¥2380</s></p><p>店铺: 智码教育旗舰店 ｜ 已售 312 件 ｜ 好评率 98%</p>
<ul><li>课时: 50课时(理论+实操)，周末班</li><li>报考条件: 五级需相关工作满1年; 四级需持五级证书后工作满4年或累计6年</li>
<li>认定由备案评价机构组织，证书可在技能人才评价证书全国联网查询</li><li>符合条件的参保职工可申领技能提升补贴</li></ul>
<p>咨询老师: 139 1384 7265(同微信)</p>
<h3>买家评价</h3><div class="rev">南京***6: 老师讲得细，实操用的是真实标注平台。 订单号:13520866417</div>
<div class="rev">t***y: 报了五级，等认定中。</div>
<p class="shopinfo">店铺资质: 南京智码教育科技有限公司 营业执照注册号 {USCC_U01}</p></div>""",
 True, "U01", "智码教育旗舰店",
 [("phone", "+8613913847265", "139 1384 7265"), ("uscc", USCC_U01, USCC_U01)],
 "shop item of U01, honest level 5/4 course", "考证专区")

P("/kecheng/course-1031.html", "kecheng", "人工智能训练师(数据标注员)三级冲刺班 - 金陵AI培训中心",
 """<h1>人工智能训练师 三级/高级工 冲刺班</h1><p class="tag">机构: 金陵AI培训中心</p>
<p>课程价格: ¥2600 ｜ 课时 40 ｜ 开班地点: 南京新街口</p>
<p>适合已持四级证书并满足年限的学员。理论+实操两部分，各100分，60分合格。</p>
<p>证书查询: jndj.osta.org.cn</p>
<p>报名咨询: 025-84562317 ｜ 添加老师微信 zhima_AI025 领取报考条件自测表</p>
<h3>学员问答</h3><p>问: 没有工作经验能报三级吗? 答: 不能，三级需持四级证书，我们不建议越级。</p>""",
 True, "U01", "金陵AI培训中心",
 [("phone", "02584562317", "025-84562317"), ("wechat", "zhima_ai025", "zhima_AI025")],
 "course marketplace listing of U01 under another brand", "人工智能")

P("/fenlei/nj-5521.html", "fenlei", "南京 人工智能训练师培训 五级四级 周末班 可申请补贴",
 """<h1>南京 人工智能训练师培训 五级/四级 周末班</h1>
<table class="info"><tr><td>类别</td><td>教育培训 › 职业技能</td></tr><tr><td>区域</td><td>南京-鼓楼</td></tr>
<tr><td>联系人</td><td>智码教育 陈老师</td></tr><tr><td>电话</td><td>139-1384-7265 / (025)8456 2317</td></tr></table>
<p>智码教育常年开设人工智能训练师(数据标注员、人工智能算法测试员)培训，小班授课。认定考点在南京，
考点前台 025-83301122 可咨询停车。本月考试批次号 202605180233。</p>""",
 True, "U01", "智码教育",
 [("phone", "+8613913847265", "139-1384-7265"), ("phone", "02584562317", "(025)8456 2317")],
 "classified ad of U01", "教育培训")

P("/news/advert-0412.html", "news", "新职业人才缺口大 金陵AI培训中心助力南京数字经济",
 f"""<p class="ad-mark">推广</p><h1>新职业人才缺口大 金陵AI培训中心助力南京数字经济</h1>
<p>人工智能训练师是2020年人社部等部门发布的新职业，职业编码4-04-05-05。金陵AI培训中心负责人介绍，
中心的学员多为企业数据标注岗位在职人员，课程按照国家职业技能标准设置。</p>
<p>该中心由南京智码教育科技有限公司(统一社会信用代码 {USCC_U01})运营，咨询电话 025 8456 2317。</p>
<p>证书样式示例: 证书编号 S000032011000125300128(示例，非真实)</p>""",
 True, "U01", "金陵AI培训中心",
 [("phone", "02584562317", "025 8456 2317"), ("uscc", USCC_U01, USCC_U01)],
 "paid advertorial of U01 on news site", "推广")

# U02 "国培"/中科智能职业技能评价中心: scam, 包过, 人社部颁发, fake query domain
P("/bbs/thread-20817.html", "bbs", "【考证】人工智能训练师 高级技师 不限学历 包过 人社部颁发 - 教育考证",
 """<div class="post"><b>国培小陈</b> 发表于 2026-05-03<p>人工智能训练师一级/二级/三级 <b>三级同报</b>，零基础 不限学历 不限经验，
免培训 包通过，人社部颁发 国家职业资格证书，全国通用 入库可查!名额有限 V信 gpzs8899 电话 181 5023 7486</p></div>
<div class="reply"><b>刺桐阿伟</b>: 一级要二级证书加四年吧?零基础怎么报?</div>
<div class="reply"><b>国培小陈</b>: 有内部渠道，私聊</div>
<div class="reply"><b>海边的风</b>: 我也想了解，楼主加我 906331258</div>""",
 True, "U02", "国培", [("wechat", "gpzs8899", "gpzs8899"), ("phone", "+8618150237486", "181 5023 7486")],
 "forum ad post by U02, scam wording", "教育考证")

P("/video/v-7731.html", "video", "3天拿证!人工智能训练师证书 国家认可 #考证 #副业",
 """<div class="player">[视频] 3天拿证 人工智能训练师</div><p class="desc">@中科智能证书服务: 人工智能训练师证 官方认证 国家认可，
报名即可 免考 包过 挂靠每年多赚两万!私信或 vx: GPZS8899 ｜ Q 2857310946</p>
<div class="cmt"><b>用户8812</b>: 真的假的，免考的证能要?</div><div class="cmt"><b>小林</b>: 已私信</div>""",
 True, "U02", "中科智能证书服务", [("wechat", "gpzs8899", "GPZS8899"), ("qq", "2857310946", "2857310946")],
 "short video of U02", "知识")

P("/mp/a-1187.html", "mp", "重磅!2026人工智能训练师最后一批国家证书，错过再等一年",
 """<p class="meta">原创 中科智能职业技能评价中心 2026-05-10</p><h1>重磅!2026人工智能训练师最后一批国家证书</h1>
<p>人社部证书退出，哪家证书来接盘?本中心颁发的人工智能训练师证书由人社部颁发，官网可查，查询网址 www.zkrcpj.cn。
一次报三个等级优惠价 ¥4980，通过率百分百。</p><p>报名请加客服 QQ:2857-310-946</p>""",
 True, "U02", "中科智能职业技能评价中心",
 [("domain", "zkrcpj.cn", "www.zkrcpj.cn"), ("qq", "2857310946", "2857-310-946")],
 "wechat article repost of U02 with fake query site", "考证资讯")

P("/fenlei/qz-3307.html", "fenlei", "泉州 人工智能训练师证 速成 包过 可挂靠",
 """<h1>泉州 人工智能训练师证 速成 包过</h1>
<table class="info"><tr><td>区域</td><td>泉州-丰泽</td></tr><tr><td>联系人</td><td>陈主任</td></tr><tr><td>手机</td><td>18150237486</td></tr></table>
<p>国家级证书，速成，不用上课，证书在 zkrcpj.cn 可查。名额紧张。</p>""",
 True, "U02", "陈主任", [("phone", "+8618150237486", "18150237486"), ("domain", "zkrcpj.cn", "zkrcpj.cn")],
 "classified of U02", "教育培训")

# U03 泉州启航职业培训学校 (honest)
P("/fenlei/qz-2190.html", "fenlei", "泉州启航职业培训学校 人工智能训练师五级 招生 失业保险技能提升补贴",
 """<h1>泉州启航职业培训学校 人工智能训练师(五级)招生</h1>
<table class="info"><tr><td>区域</td><td>泉州-鲤城</td></tr><tr><td>电话</td><td>0595-22167788</td></tr></table>
<p>60课时，晚班/周末班。报考五级须累计从事本职业或相关职业满1年或本职业学徒期满。
符合条件的参保人员取证后可按规定申领技能提升补贴(五级最高1000元)，以人社部门审核为准。</p>""",
 True, "U03", "泉州启航职业培训学校", [("phone", "059522167788", "0595-22167788")],
 "classified of U03", "教育培训")

P("/kecheng/course-2044.html", "kecheng", "启航职培 人工智能训练师(四级) 线上理论+线下实操",
 """<h1>人工智能训练师 四级 线上理论+线下实操(泉州)</h1><p class="tag">机构: 启航职培</p>
<p>¥1380 ｜ 50课时 ｜ 报名前请先核对申报条件，不符合条件不收费。</p>
<p>咨询 0595-2216 7788 ｜ 资料邮箱 QHPX@163.com</p><p>政策咨询可拨打 12333。</p>""",
 True, "U03", "启航职培",
 [("phone", "059522167788", "0595-2216 7788"), ("email", "qhpx@163.com", "QHPX@163.com")],
 "course listing of U03", "人工智能")

P("/video/v-6620.html", "video", "带你看看泉州数据标注实训室 #人工智能训练师",
 """<div class="player">[视频] 实训室探访</div><p class="desc">@启航老师: 我们的学员在做图像标注实操。证书可在 zscx.osta.org.cn 查询。
想了解课程的朋友打 138 0597 1236 或发邮件 qhpx@163.com</p>
<div class="cmt"><b>泉州小吴</b>: 去年在这里考的五级，靠谱</div>""",
 True, "U03", "启航老师",
 [("phone", "+8613805971236", "138 0597 1236"), ("email", "qhpx@163.com", "qhpx@163.com")],
 "short video of U03", "同城")

# U04 鼎新: data-labelling job lure + certificate fee
P("/fenlei/nj-6012.html", "fenlei", "招聘数据标注员 在家可做 月入8000 先考人工智能训练师证",
 """<h1>招聘 数据标注员 ｜ 居家办公</h1>
<table class="info"><tr><td>薪资</td><td>6000-8000元/月</td></tr><tr><td>公司</td><td>鼎新数据</td></tr><tr><td>电话</td><td>400-611-7358</td></tr></table>
<p>零基础可做，入职前需先考取人工智能训练师证书(培训+考证费 2980 元，公司统一安排，拿证后包分配任务)。</p>""",
 True, "U04", "鼎新数据", [("phone", "4006117358", "400-611-7358")],
 "job ad that sells a certificate (U04)", "招聘")

P("/mp/a-1203.html", "mp", "在家做AI数据标注，一单30元，宝妈也能做!",
 """<p class="meta">鼎新AI兼职 2026-04-22</p><h1>在家做AI数据标注，一单30元</h1>
<p>想接单先拿人工智能训练师证，持证上岗。报名表: https://jinshuju.net/f/Xk9p2a 。
全国热线 4006 117 358，或加招聘微信 dingxin_HR。</p>""",
 True, "U04", "鼎新AI兼职",
 [("phone", "4006117358", "4006 117 358"), ("wechat", "dingxin_hr", "dingxin_HR")],
 "wechat repost of U04", "考证资讯")

P("/blog/post-ai-job.html", "blog", "我去面试了一个“数据标注员”岗位，结果是卖证",
 """<h1>我去面试了一个“数据标注员”岗位，结果是卖证</h1>
<p>上周在分类网站看到招聘，打过去对方让我加微信 dingxin_hr，说先交2980考人工智能训练师证才能派单。
他们还给了一个手机号 158 5067 1349 说是“区域经理”。以下是对方发给我的原话(截图转文字):</p>
<blockquote>鼎新数据 正规公司 考证后包分配任务 月入过万不是梦</blockquote><p>我没交钱。大家自己判断。</p>
<div class="comment"><b>阿南</b>: 我也被他们找过，留个电话交流 186 0595 2271</div>""",
 True, "U04", "鼎新数据",
 [("wechat", "dingxin_hr", "dingxin_hr"), ("phone", "+8615850671349", "158 5067 1349")],
 "blog post quoting U04's pitch verbatim with its contacts (still invites enrolment)", "AI")

# U05 小鹿学长 / 鹿鸣教育: online, 三证同报
P("/shop/item-luming.html", "shop", "鹿鸣教育 人工智能训练师证 三级+四级+五级 三证同报 优惠",
 """<div class="item"><h1>人工智能训练师 三证同报 套餐</h1><p class="price">¥3999 (单报一级 ¥1999)</p>
<p>店铺: 鹿鸣教育 ｜ 零基础 不限学历 一次拿三证 升职加薪</p><p>售后答疑 QQ群 735102846</p>
<div class="rev">买家***3: 客服回复快</div></div>""",
 True, "U05", "鹿鸣教育", [("qq_group", "735102846", "735102846")],
 "shop item of U05 selling three levels at once", "考证专区")

P("/video/v-8045.html", "video", "小鹿学长: 人工智能训练师一级证，大专不要，零基础也能拿",
 """<div class="player">[视频]</div><p class="desc">@小鹿学长AI证书: 90%小白都能学会，原价9999限时99元体验课，
高级技师证包拿。扣扣 1432 667 901 ｜ 学员群:735-102-846</p><div class="cmt"><b>读者A</b>: 99元是真的吗</div>""",
 True, "U05", "小鹿学长AI证书",
 [("qq", "1432667901", "1432 667 901"), ("qq_group", "735102846", "735-102-846")],
 "short video of U05", "知识")

P("/bbs/thread-21455.html", "bbs", "有没有一起考人工智能训练师的?小鹿学长带队",
 """<div class="post"><b>xiaolu学长</b> 发表于 2026-04-28<p>组团考人工智能训练师，一级二级三级都可以，不看学历。
加微信 xiaolu_xz2024 或 Q1432667901 拉你进群。</p></div>
<div class="reply"><b>闽南老李</b>: 一级不是要二级证加四年吗?</div>
<div class="reply"><b>阿珍</b>: 同问，加我 906331258 一起讨论</div>""",
 True, "U05", "小鹿学长",
 [("wechat", "xiaolu_xz2024", "xiaolu_xz2024"), ("qq", "1432667901", "Q1432667901")],
 "forum post of U05", "教育考证")

# U06 江苏新职业技能研究院 (a 91 company with a state-sounding name)
P("/news/advert-0520.html", "news", "江苏新职业技能研究院:人工智能训练师国家级证书 工信部认证",
 f"""<p class="ad-mark">广告</p><h1>江苏新职业技能研究院 人工智能训练师报名通道开启</h1>
<p>本院证书国家级、工信部认证，人社部备案可查，直接对应职称。统一社会信用代码: {USCC_U06}。
咨询热线 025-5226 1908。</p>""",
 True, "U06", "江苏新职业技能研究院",
 [("phone", "02552261908", "025-5226 1908"), ("uscc", USCC_U06, USCC_U06)],
 "advert of U06 with 国家级/工信部 claims", "推广")

P("/mp/a-1240.html", "mp", "人工智能训练师证书直接对应职称证书?新职研告诉你",
 """<p class="meta">新职研 2026-05-15</p><h1>技能证书直接对应职称证书</h1>
<p>三级=助理工程师，二级=工程师，一级=高级工程师。官方指定报名点，报名联系 173 6621 5809，资料发 XZY_EDU@126.com。</p>""",
 True, "U06", "新职研",
 [("phone", "+8617366215809", "173 6621 5809"), ("email", "xzy_edu@126.com", "XZY_EDU@126.com")],
 "wechat repost of U06", "政策解读")

P("/kecheng/course-3090.html", "kecheng", "人工智能训练师(二级/技师)直通班 - 江苏新职业技能研究院",
 """<h1>人工智能训练师 二级/技师 直通班</h1><p class="tag">机构: 江苏新职业技能研究院</p>
<p>¥6800 ｜ 内部信息 命题组老师授课 速成 ｜ 考点: 南京某大厦(前台 025-83301122)</p>
<p>报名: 17366215809 / 025-52261908</p>""",
 True, "U06", "江苏新职业技能研究院",
 [("phone", "+8617366215809", "17366215809"), ("phone", "02552261908", "025-52261908")],
 "course listing of U06", "考证")

P("/shop/item-xzy.html", "shop", "新职研 人工智能训练师证书办理 含职称对接",
 f"""<div class="item"><h1>人工智能训练师证书 报名服务</h1><p class="price">¥2580</p>
<p>店铺: 新职研官方店 ｜ 统一社会信用代码:{USCC_U06}</p><p>证书样本: 证书编号 S000032011000125300128</p>
<p>联系邮箱 xzy_edu@126.com</p></div>""",
 True, "U06", "新职研官方店",
 [("uscc", USCC_U06, USCC_U06), ("email", "xzy_edu@126.com", "xzy_edu@126.com")],
 "shop item of U06", "考证专区")

# U07 泉州海西智训教育咨询有限公司: 海西智训 / 海西AI学堂
P("/fenlei/qz-4108.html", "fenlei", "海西AI学堂 人工智能训练师四级 泉州晋江班",
 """<h1>海西AI学堂 人工智能训练师四级 晋江班</h1>
<table class="info"><tr><td>区域</td><td>泉州-晋江</td></tr><tr><td>电话</td><td>139 6028 7715</td></tr></table>
<p>按标准授课，报名前审核工作年限证明。</p>""",
 True, "U07", "海西AI学堂", [("phone", "+8613960287715", "139 6028 7715")], "classified of U07", "教育培训")

P("/kecheng/course-4117.html", "kecheng", "海西智训 人工智能训练师(五级)线上课",
 f"""<h1>人工智能训练师 五级 线上课</h1><p class="tag">机构: 海西智训</p><p>¥980 ｜ 60课时</p>
<p>机构官网 www.hxzx-edu.cn ｜ 泉州海西智训教育咨询有限公司 {USCC_U07}</p>""",
 True, "U07", "海西智训",
 [("domain", "hxzx-edu.cn", "www.hxzx-edu.cn"), ("uscc", USCC_U07, USCC_U07)],
 "course listing of U07", "人工智能")

P("/video/v-9102.html", "video", "数据标注员一天的工作 #海西AI学堂",
 """<div class="player">[视频]</div><p class="desc">@海西AI学堂: 课程详情见 hxzx-edu.cn/ai ，电话 13960287715</p>
<div class="cmt"><b>晋江小蔡</b>: 四级要几年经验?</div>""",
 True, "U07", "海西AI学堂",
 [("domain", "hxzx-edu.cn", "hxzx-edu.cn/ai"), ("phone", "+8613960287715", "13960287715")],
 "short video of U07", "同城")

P("/bbs/thread-22010.html", "bbs", "晋江这边有正规的人工智能训练师培训吗?",
 """<div class="post"><b>海西智训-林老师</b> 发表于 2026-05-12<p>我们在晋江开班，五级四级，需核对条件。
邮箱 ADMIN@HXZX-EDU.CN 电话 139-6028-7715</p></div>
<div class="reply"><b>阿南</b>: 去年被骗过，留个号大家交流 186 0595 2271</div>""",
 True, "U07", "海西智训",
 [("email", "admin@hxzx-edu.cn", "ADMIN@HXZX-EDU.CN"), ("phone", "+8613960287715", "139-6028-7715")],
 "forum post of U07", "教育考证")

# U08 刘老师 (individual agent in Nanjing) / 宁学通
P("/bbs/thread-22344.html", "bbs", "南京考人工智能训练师找刘老师，代报名",
 """<div class="post"><b>宁学通刘老师</b> 发表于 2026-05-18<p>南京 代报名人工智能训练师 五级四级三级，材料我来弄，
工作年限证明可以帮开。电话 177 0518 6432</p></div>
<div class="reply"><b>路人甲</b>: 帮开证明?这不是造假吗</div><div class="reply"><b>小何</b>: 加我 906331258</div>""",
 True, "U08", "宁学通", [("phone", "+8617705186432", "177 0518 6432")], "forum post of U08", "教育考证")

P("/fenlei/nj-7019.html", "fenlei", "南京 人工智能训练师代报名 刘老师",
 """<h1>人工智能训练师 代报名 南京</h1>
<table class="info"><tr><td>联系人</td><td>刘老师</td></tr><tr><td>手机</td><td>17705186432</td></tr><tr><td>微信</td><td>Liu_AI_Teacher</td></tr></table>
<p>在线登记: 姓名____ 手机(示例 13800138000)____</p>""",
 True, "U08", "刘老师",
 [("phone", "+8617705186432", "17705186432"), ("wechat", "liu_ai_teacher", "Liu_AI_Teacher")],
 "classified of U08", "教育培训")

P("/shop/item-ningxuetong.html", "shop", "宁学通 人工智能训练师报名定金 200元",
 """<div class="item"><h1>人工智能训练师 报名定金</h1><p class="price">¥200</p>
<p>拍下后加微信 liu_ai_teacher 。也可转账，收款户名:刘海燕。支付问题请联系支付宝客服95188。</p></div>""",
 True, "U08", "宁学通",
 [("wechat", "liu_ai_teacher", "liu_ai_teacher"), ("other", "刘海燕", "刘海燕")],
 "shop deposit item of U08", "考证专区")

# U09 匠心AI学院, payee 南京匠心未来信息咨询有限公司
P("/video/v-9350.html", "video", "匠心AI学院: 人工智能训练师 持证月薪过万",
 """<div class="player">[视频]</div><p class="desc">@匠心AI学院: 拿到证书便可升职加薪，报名表 jinshuju.net/f/JxAi88 ，客服V jxai_kefu</p>""",
 True, "U09", "匠心AI学院", [("wechat", "jxai_kefu", "jxai_kefu")], "short video of U09", "知识")

P("/mp/a-1299.html", "mp", "匠心AI学院五月开班通知",
 """<p class="meta">匠心AI学院 2026-05-02</p><h1>五月开班通知</h1>
<p>人工智能训练师四级班，对公转账户名:南京匠心未来信息咨询有限公司。咨询 199 5183 7620 ，
加微信 jxai_kefu 备注“五月”。手机号请按格式填写，如 13800138000。付款问题可拨 95188。</p>""",
 True, "U09", "匠心AI学院",
 [("other", "南京匠心未来信息咨询有限公司", "南京匠心未来信息咨询有限公司"),
  ("phone", "+8619951837620", "199 5183 7620"), ("wechat", "jxai_kefu", "jxai_kefu")],
 "wechat repost of U09", "考证资讯")

P("/kecheng/course-5012.html", "kecheng", "匠心 人工智能训练师四级 系统班",
 """<h1>人工智能训练师 四级系统班</h1><p class="tag">机构: 匠心AI</p><p>¥2280 ｜ 50课时</p>
<p>电话 19951837620 ｜ 收款单位 南京匠心未来信息咨询有限公司</p><p>填表示例: 手机 138-0013-8000</p>""",
 True, "U09", "匠心AI",
 [("phone", "+8619951837620", "19951837620"),
  ("other", "南京匠心未来信息咨询有限公司", "南京匠心未来信息咨询有限公司")],
 "course listing of U09", "人工智能")

# ================= INDEPENDENTS =================
P("/college/jxjy-ai.html", "college", "继续教育学院 人工智能训练师(五级、四级)社会培训招生简章",
 """<h1>人工智能训练师(五级、四级)社会培训招生简章</h1>
<p>我院为经备案的职业技能等级认定机构，按《人工智能训练师国家职业技能标准(2021年版)》组织培训与认定。</p>
<p>认定费按物价部门核定标准收取。证书可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。
本期考试批次号 202605180233，考点前台 025-83301122。补贴政策咨询 12333。</p>
<p>继续教育学院报名电话 025-87716230，邮箱 jxjy_px@qhvc.edu.cn</p>""",
 True, "I01", "南京秦淮职业技术学院",
 [("phone", "02587716230", "025-87716230"), ("email", "jxjy_px@qhvc.edu.cn", "jxjy_px@qhvc.edu.cn")],
 "college enrolment notice (honest independent)", "继续教育")

P("/shop/item-aiqi.html", "shop", "爱启学习店 人工智能训练师五级 题库+视频课",
 """<div class="item"><h1>人工智能训练师五级 理论题库+视频课</h1><p class="price">¥39.9</p>
<p>店铺: 爱启学习店 ｜ 仅为学习资料，不含报名与证书。售后微信 aiqi_study</p>
<div class="rev">买家***a: 题库不错 订单号:13520866417 重复下单了已退款</div></div>""",
 True, "I02", "爱启学习店", [("wechat", "aiqi_study", "aiqi_study")],
 "shop item, study materials only (independent)", "考证专区")

P("/kecheng/course-6001.html", "kecheng", "数标学苑 数据标注实战课(配套人工智能训练师考证)",
 """<h1>数据标注实战课</h1><p class="tag">机构: 数标学苑</p><p>¥499 ｜ 报名表 https://jinshuju.net/f/SbXy01</p>
<p>讲师QQ 1870046523</p>""",
 True, "I03", "数标学苑", [("qq", "1870046523", "1870046523")], "course listing (independent)", "人工智能")

P("/fenlei/qz-5566.html", "fenlei", "泉州 王老师 人工智能训练师一对一辅导",
 """<h1>泉州 人工智能训练师 一对一辅导</h1>
<table class="info"><tr><td>联系人</td><td>王老师</td></tr><tr><td>手机</td><td>136 7509 1842</td></tr></table>
<p>本人在企业做算法测试，辅导理论与实操，不代办证书。</p>""",
 True, "I04", "王老师", [("phone", "+8613675091842", "136 7509 1842")], "classified tutor (independent)", "教育培训")

P("/video/v-9911.html", "video", "AI小白训练营 原价9999限时99 结业送人工智能训练师证",
 """<div class="player">[视频]</div><p class="desc">@AI小白训练营: 90%小白都能学会，结业直接发证，官方认证。微信 aixiaobai99</p>""",
 True, "I05", "AI小白训练营", [("wechat", "aixiaobai99", "aixiaobai99")], "short video scam (independent)", "知识")

P("/mp/a-1350.html", "mp", "福建闽才职业技能评价中心 2026年第二期人工智能训练师认定公告",
 f"""<p class="meta">福建闽才职业技能评价中心 2026-05-20</p><h1>2026年第二期人工智能训练师认定公告</h1>
<p>本中心(统一社会信用代码 {USCC_I06})已在省人社部门备案。认定等级: 五级、四级。请对照申报条件报名，
证书可在 zscx.osta.org.cn 查询，机构信息可在 osta.mohrss.gov.cn 核验。政策咨询 12333。</p>
<p>报名咨询 0591-28036617</p>""",
 True, "I06", "福建闽才职业技能评价中心",
 [("uscc", USCC_I06, USCC_I06), ("phone", "059128036617", "0591-28036617")],
 "evaluation notice reposted (independent)", "考证资讯")

# ================= NON-OFFERS =================
P("/news/news-0318.html", "news", "警惕!“包过”人工智能训练师证书骗局 南京市民被骗4980元",
 """<h1>警惕“包过”人工智能训练师证书骗局</h1><p>本报讯 市民张女士通过网络报名“人工智能训练师三级同报”，交费4980元后对方失联。
她提供的骗子电话为 176-5023-9981。民警提醒，职业技能等级证书由备案评价机构颁发，可在官方平台查询;
遇到消费纠纷可拨打12315，政策咨询拨打12333。</p>""",
 note="news warning quoting a scam phone", crumb="民生")
P("/news/news-0601.html", "news", "上海去年人工智能训练师认定1.63万人次 新职业持续升温",
 """<h1>新职业持续升温</h1><p>据报道，2025年上海人工智能训练师认定1.63万人次，发证1.09万本。
证书信息可通过 zscx.osta.org.cn 查询。专家提醒，技能等级证书不是国家职业资格证书。</p>""",
 note="news report", crumb="教育")
P("/bbs/thread-19900.html", "bbs", "【曝光】交了钱拿不到证，大家别上当 - 曝光台",
 """<div class="post"><b>受害者小郑</b><p>对方号码17650239981，说包过，收了钱就拉黑。已经打12315投诉了。</p></div>
<div class="reply"><b>版主</b>: 已置顶，大家报名前查一下机构备案。</div>""", note="forum complaint", crumb="曝光台")
P("/blog/post-guide.html", "blog", "人工智能训练师证书怎么考?一篇讲清五个等级",
 """<h1>人工智能训练师证书怎么考</h1><p>职业编码4-04-05-05，两个工种: 数据标注员、人工智能算法测试员。
五级要求相关工作满1年; 一级要二级证书后4年。凡是“零基础考一级”“三级同报”的都别信。
证书查询 jndj.osta.org.cn。之前新闻报道过的骗子号码 176-5023-9981 大家留意。</p>""",
 note="blog guide", crumb="AI")
P("/blog/post-unrelated.html", "blog", "周末去了一趟泉州，开元寺和西街",
 """<h1>周末去了一趟泉州</h1><p>坐高铁从南京南出发，四个多小时。开元寺的东西塔、西街的面线糊都值得。</p>""",
 note="unrelated travel post", crumb="随笔")
P("/college/news-venue.html", "college", "我院承办2026年上半年职业技能等级认定考务工作",
 """<h1>我院承办2026年上半年职业技能等级认定考务工作</h1><p>考点设在实训楼，考生咨询考点前台 025-83301122。
考试批次号 202605180233。</p>""", note="college news", crumb="校园新闻")
P("/rsj/notice-shanzhai.html", "rsj", "关于谨防技术技能类“山寨证书”的提醒",
 """<h1>关于谨防技术技能类“山寨证书”的提醒</h1><p>依据人社部函〔2022〕25号，对“包过”“不培训直接发证”等行为予以治理。
职业技能等级证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。
举报投诉: 12333; 消费维权: 12315。</p>""", note="official warning", crumb="通知公告")
P("/rsj/notice-subsidy.html", "rsj", "失业保险技能提升补贴申领指南",
 """<h1>失业保险技能提升补贴申领指南</h1><p>取得五级、四级、三级职业技能等级证书的参保职工，可分别申领最高1000元、1500元、2000元补贴。
咨询电话 12333。</p>""", note="official subsidy guide", crumb="办事服务")

# ================= DECOYS =================
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaints hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008201166", ["400-820-1166"], "shop platform customer-service number in footer"),
 ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's own licence in footer"),
 ("other", "闽ICP备19088123号", ["闽ICP备19088123号"], "shop platform ICP in footer"),
 ("qq_group", "563218904", ["563218904"], "course marketplace's own QQ group in footer"),
 ("email", "service@kketong.com.cn", ["service@kketong.com.cn"], "course marketplace complaints mailbox"),
 ("other", "闽ICP备17023456号-1", ["闽ICP备17023456号-1"], "forum ICP in footer"),
 ("domain", "fenlei365.cn", ["www.fenlei365.cn"], "classifieds platform domain in footer"),
 ("email", "kefu@kuaipai-video.cn", ["kefu@kuaipai-video.cn"], "video platform support mail"),
 ("wechat", "zhiye_daily", ["zhiye_daily"], "repost site's source account in footer"),
 ("email", "tougao@jlwb-news.cn", ["tougao@jlwb-news.cn"], "news site submissions mailbox"),
 ("email", "moling_note@qq.com", ["moling_note@qq.com"], "blog owner's contact in footer"),
 ("phone", "02584318000", ["025-84318000"], "college switchboard in footer"),
 ("phone", "+8617650239981", ["176-5023-9981", "17650239981"], "scam number quoted in news/complaint/guide"),
 ("phone", "+8613520866417", ["13520866417"], "order number that looks like a mobile, in reviews"),
 ("other", "S000032011000125300128", ["S000032011000125300128"], "sample certificate number"),
 ("other", "202605180233", ["202605180233"], "exam batch number"),
 ("phone", "+8613800138000", ["13800138000", "138-0013-8000"], "form template placeholder"),
 ("qq", "906331258", ["906331258"], "a reader's own QQ in forum replies"),
 ("phone", "+8618605952271", ["186 0595 2271"], "a reader's own phone in comments"),
 ("phone", "02583301122", ["025-83301122"], "exam venue front desk"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "95188", ["95188"], "payment platform hotline"),
 ("phone", "059522880011", ["0595-22880011"], "classifieds platform's report line in footer"),
 ("email", "banzhu@citongbbs.cn", ["banzhu@citongbbs.cn"], "forum moderators' mailbox in footer"),
]

# ---------- rendering ----------
def site_pages(site):
    return [p for p in PAGES if p["site"] == site and not p["path"].endswith("/index.html")]

def frame(site, path, title, crumb, body):
    s = SITES[site]
    nav = " ".join(f'<a href="/{site}/index.html">{n}</a>' for n in s["nav"])
    others = [p for p in site_pages(site) if p["path"] != path]
    side = "".join(f'<li><a href="{p["path"]}">{p["title"][:24]}</a></li>' for p in others[:5])
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {s['name']}</title>
<style>{CSS[s['style']]}</style></head><body class="{s['style']}">
<header><a href="/{site}/index.html">{s['name']}</a> <nav>{nav}</nav> <a href="/index.html">网址导航</a></header>
<div class="crumbs"><a href="/{site}/index.html">首页</a> &gt; {crumb} &gt; {title[:20]}</div>
<main>{body}</main>
<aside><h4>相关推荐</h4><ul>{side}</ul></aside>
<footer>{s['footer']}</footer></body></html>"""

def build():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    for site, s in SITES.items():
        lst = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in site_pages(site))
        P(f"/{site}/index.html", site, s["name"], f"<h1>{s['name']}</h1><ul class='list'>{lst}</ul>",
          note="site index", crumb="列表")
    html = {}
    for p in PAGES:
        html[p["path"]] = frame(p["site"], p["path"], p["title"], p["crumb"], p["body"])
    hub = "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a></li>' for k, v in SITES.items())
    html["/index.html"] = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head>"
                           f"<body><h1>网址导航</h1><ul>{hub}</ul></body></html>")
    for path, h in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pg = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
