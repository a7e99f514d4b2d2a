#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers plus truth.json.  Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(base8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(base8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, base8):
    s17 = prefix8 + base8 + org_check(base8)
    r = 31 - sum(ALPHA.index(c) * W18[i] for i, c in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

C_U01 = uscc("52320602", "MJ583214")   # 民办非企业单位, 南通崇川
C_U03 = uscc("91110108", "MA01R7K5")   # 企业, 北京海淀
C_U07 = uscc("91320611", "MA1XQ63L")   # 企业, 南通
C_U08 = uscc("91450300", "MA5NB2T8")   # 企业, 桂林
C_U09 = uscc("91110105", "MA04C9E1")   # 企业 with a state-sounding name
C_EVAL = uscc("12320600", "46600839")  # 事业单位: evaluation centre named by several sellers

# ---------------------------------------------------------------- sites and frames
SITES = {
 "ntzx":    dict(name="南通智训职业培训学校", host="www.ntzhixun.com", style="company"),
 "xuezhang":dict(name="学掌门·职业课堂", host="www.xuezhangmen.com", style="market"),
 "bbs":     dict(name="江海论坛", host="bbs.jianghaiq.com", style="forum"),
 "fenlei":  dict(name="百姓同城网", host="www.bxtongcheng.com", style="classified"),
 "wenda":   dict(name="知了问答", host="www.zhiliaowenda.com", style="qa"),
 "mp":      dict(name="微文摘·公众号精选", host="www.wxwenzhai.cn", style="wechat"),
 "video":   dict(name="看点短视频", host="www.kandianvideo.com", style="video"),
 "news":    dict(name="漓城生活网", host="news.lichenglife.cn", style="news"),
 "rsj":     dict(name="南通市人力资源和社会保障局", host="rsj.nantong.gov.cn", style="gov"),
 "shop":    dict(name="优选好店", host="www.youxuanhd.com", style="shop"),
 "blog":    dict(name="知行博客", host="www.zhixingblog.net", style="blog"),
}

FOOT = {
 "ntzx": f"""<p>南通智训职业培训学校（民办非企业单位） 统一社会信用代码：{C_U01}</p>
<p>地址：南通市崇川区工农路 新城大厦 6 楼 | 咨询电话：0513-85561234 | 邮箱：zhixun_edu@163.com</p>
<p>官网：www.ntzhixun.com 苏ICP备2022008731号-1</p>""",
 "xuezhang": """<p>学掌门·职业课堂 平台客服热线：400-182-7766（9:00-21:00） 客服邮箱：kefu@xuezhangmen.com</p>
<p>平台仅提供信息发布与交易服务，课程内容由入驻机构提供。www.xuezhangmen.com 苏ICP备19047731号-2</p>""",
 "bbs": """<p>江海论坛 · 南通人自己的论坛 | 论坛官方QQ群：315209874 | 广告合作：0513-89012377</p>
<p>本帖内容仅代表网友观点，与本站无关。苏ICP备13056218号</p>""",
 "fenlei": """<p>百姓同城网 南通站 | 桂林站 客服电话：400-690-5128 | 举报邮箱 jubao@bxtongcheng.com</p>
<p>防骗提示：凡是要求先交定金、报名费的，请先核实对方资质。京ICP备15011942号</p>""",
 "wenda": """<p>知了问答 © 2019-2025 | 违法和不良信息举报：jubao@zhiliaowenda.com | 浙ICP备18033561号</p>""",
 "mp": """<p>微文摘 仅做公众号优质文章转载，版权归原作者所有，如有侵权请联系删除。</p>
<p>投稿/删稿：tougao@wxwenzhai.cn | 读者交流QQ群：648120935 | 粤ICP备20051773号</p>""",
 "video": """<p>看点短视频 网页版 | 用户协议 | 隐私政策 | 举报热线：4008-565-326 | 京ICP备16029415号-3</p>""",
 "news": """<p>漓城生活网 新闻热线：0773-2888110 | 报料邮箱：news@lichenglife.cn</p>
<p>桂ICP备10002756号 | 互联网新闻信息服务许可证 45120170003</p>""",
 "rsj": """<p>主办：南通市人力资源和社会保障局 | 政务服务便民热线：12345 | 人社服务热线：12333</p>
<p>苏ICP备05070312号 | 网站标识码3206000044</p>""",
 "shop": """<p>优选好店 平台客服：4006-055-288 | 支付服务由支付宝提供，支付宝客服 95188</p>
<p>请通过平台担保交易付款，不要私下转账。沪ICP备17044286号</p>""",
 "blog": """<p>知行博客 · 记录与分享 | 站务联系：admin@zhixingblog.net | 蜀ICP备19021556号</p>""",
}

MENU = {
 "ntzx": ["首页", "学校简介", "人工智能训练师", "补贴政策", "证书查询", "联系我们"],
 "xuezhang": ["首页", "职业技能", "IT互联网", "考证专区", "人工智能", "我的课程"],
 "bbs": ["论坛首页", "江海茶馆", "教育培训", "求职招聘", "二手市场", "版务"],
 "fenlei": ["首页", "招聘", "二手", "教育培训", "本地服务", "发布信息"],
 "wenda": ["首页", "教育", "职场", "科技", "我要提问"],
 "mp": ["首页", "职场", "教育", "科技", "本地", "热门"],
 "video": ["推荐", "关注", "知识", "职场", "直播"],
 "news": ["首页", "本地", "民生", "教育", "消费维权", "财经"],
 "rsj": ["首页", "政务公开", "通知公告", "职业能力建设", "办事服务", "互动交流"],
 "shop": ["首页", "分类", "教育培训", "购物车", "我的订单"],
 "blog": ["首页", "归档", "分类", "关于"],
}

CSS = {
 "company": "body{font-family:sans-serif;margin:0;background:#f4f7fb}header{background:#0a4ea2;color:#fff;padding:12px}nav a{color:#fff;margin:0 10px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;padding:16px;background:#e8eef7}footer{background:#233;color:#ccd;padding:12px;font-size:13px}",
 "market": "body{font-family:'PingFang SC',sans-serif;margin:0}header{background:#ff6a00;color:#fff;padding:10px}nav a{color:#fff;margin-right:14px}.wrap{display:flex}main{flex:3;padding:14px}aside{flex:1;padding:14px;border-left:1px solid #eee}.price{color:#f40;font-size:22px}footer{background:#fafafa;color:#888;padding:12px;font-size:12px}",
 "forum": "body{font-family:SimSun,serif;font-size:14px;background:#e5edf2}header{background:#2b7acd;color:#fff;padding:8px}nav a{color:#fff;margin-right:8px}.post{background:#fff;border:1px solid #cdcdcd;margin:6px 0;padding:8px}.wrap{display:flex}main{flex:4}aside{flex:1;padding:8px}footer{color:#666;padding:10px;font-size:12px}",
 "classified": "body{font-family:sans-serif;margin:0}header{background:#1fa34a;color:#fff;padding:10px}nav a{color:#fff;margin-right:10px}.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;background:#f6f6f6}.tel{font-size:20px;color:#e33}footer{border-top:2px solid #1fa34a;padding:10px;font-size:12px}",
 "qa": "body{font-family:sans-serif;background:#f6f6f6}header{background:#fff;border-bottom:1px solid #ddd;padding:10px}.ans{background:#fff;margin:10px 0;padding:10px}.wrap{display:flex}main{flex:3}aside{flex:1;padding:10px}footer{color:#999;font-size:12px;padding:10px}",
 "wechat": "body{font-family:-apple-system,sans-serif;max-width:760px;margin:auto;color:#333}header{border-bottom:1px solid #eee;padding:8px}.meta{color:#888;font-size:13px}.wrap{display:block}aside{border-top:1px solid #eee;padding:10px}footer{color:#aaa;font-size:12px;padding:10px}",
 "video": "body{background:#161823;color:#eee;font-family:sans-serif}header{padding:10px}nav a{color:#fff;margin-right:12px}.player{background:#000;height:280px;text-align:center;line-height:280px}.wrap{display:flex}main{flex:3;padding:10px}aside{flex:1;padding:10px}footer{color:#777;font-size:12px;padding:10px}",
 "news": "body{font-family:'Microsoft YaHei',sans-serif;margin:0}header{background:#b00;color:#fff;padding:10px}nav a{color:#fff;margin-right:12px}.wrap{display:flex}main{flex:3;padding:14px}aside{flex:1;padding:14px;background:#fff5f5}footer{background:#eee;font-size:12px;padding:10px}",
 "gov": "body{font-family:SimSun,serif;margin:0;background:#fff}header{background:#c8161d;color:#fff;padding:14px}nav a{color:#fff;margin-right:16px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;padding:16px;background:#f3f3f3}footer{background:#c8161d;color:#fff;font-size:12px;padding:12px;text-align:center}",
 "shop": "body{font-family:sans-serif;margin:0}header{background:#ff0036;color:#fff;padding:10px}nav a{color:#fff;margin-right:10px}.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px}.price{color:#ff0036;font-size:24px}footer{background:#f5f5f5;font-size:12px;padding:10px}",
 "blog": "body{font-family:Georgia,serif;max-width:900px;margin:auto}header{border-bottom:3px double #333;padding:10px}.wrap{display:flex}main{flex:3;padding:10px}aside{flex:1;padding:10px;font-size:14px}footer{border-top:1px solid #ccc;font-size:12px;padding:10px}",
}

SIDEBAR = {
 "ntzx": "<h3>开班信息</h3><p>五级/四级 每月开班，周末班、晚班可选。</p><h3>证书查询</h3><p>技能人才评价证书全国联网查询</p>",
 "xuezhang": "<h3>考证热门</h3><ul><li>人工智能训练师</li><li>数据标注员</li><li>健康管理师</li><li>心理咨询</li></ul><p>平台保障：7天无理由退课（未学习）</p>",
 "bbs": "<h3>版规</h3><p>教育培训版禁止无资质广告刷屏，违者禁言。</p><h3>热帖</h3><p>南通中考2026政策变化</p>",
 "fenlei": "<h3>同城热门</h3><ul><li>会计培训</li><li>电工证</li><li>叉车证</li><li>AI考证</li></ul>",
 "wenda": "<h3>相关话题</h3><p>#职业技能证书 #人工智能 #考证</p>",
 "mp": "<h3>热门文章</h3><p>2026年最值得考的10个证书</p>",
 "video": "<h3>相关推荐</h3><p>AI绘画零基础入门</p><p>Excel三秒做表</p>",
 "news": "<h3>热点</h3><p>桂林市区新增5条公交线路</p><p>“清朗”行动持续推进</p>",
 "rsj": "<h3>快速通道</h3><p>技能人才评价证书查询</p><p>职业技能提升补贴申领</p><p>12333 人社服务热线</p>",
 "shop": "<h3>看了又看</h3><p>Python入门课程</p><p>办公软件速成</p>",
 "blog": "<h3>关于我</h3><p>在桂林做过两年数据标注，写点学习笔记。</p><h3>标签</h3><p>AI 考证 数据标注</p>",
}

pages = []   # dicts
def page(path, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    pages.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      crumbs=crumbs))

def site_of(path):
    return path.strip("/").split("/")[0]

def render(p, allpages):
    s = site_of(p["path"]); info = SITES[s]
    menu = " ".join(f'<a href="/{s}/index.html">{m}</a>' for m in MENU[s])
    crumbs = p["crumbs"] or [info["name"], p["title"]]
    bc = ' &gt; '.join([f'<a href="/index.html">导航</a>', f'<a href="/{s}/index.html">{crumbs[0]}</a>'] + crumbs[1:])
    same = [q for q in allpages if site_of(q["path"]) == s and q["path"] != p["path"]]
    if p["path"].endswith("/index.html"):
        rel = ""
    else:
        rel = "<h3>相关链接</h3><ul>" + "".join(
            f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in same[:6]) + "</ul>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])} - {info['name']}</title>
<style>{CSS[info['style']]}</style></head>
<body class="{info['style']}">
<header><strong>{info['name']}</strong> <nav>{menu}</nav></header>
<div class="crumbs">{bc}</div>
<div class="wrap"><main>
{p['body']}
</main><aside>{SIDEBAR[s]}{rel}</aside></div>
<footer>{FOOT[s]}</footer>
</body></html>
"""

# ============================================================ page content
S5 = "S000032060002256000317"   # sample certificate number shown on some pages (decoy)

# ---------------- ntzx (U01 own site)
page("/ntzx/index.html", "南通智训职业培训学校 - 人工智能训练师培训",
f"""<h1>南通智训职业培训学校</h1>
<p>我校是经南通市崇川区人社局审批的民办职业培训学校，2021年起开设<b>人工智能训练师（4-04-05-05）</b>五级/四级培训，
与南通市职业技能评价服务中心（统一社会信用代码 {C_EVAL}）合作组织等级认定。</p>
<h2>近期开班</h2>
<ul><li><a href="/ntzx/ai-trainer.html">人工智能训练师（数据标注员）五级/四级 周末班 —— 12月20日开课</a></li></ul>
<p>符合条件的在职参保人员，取证后可申领失业保险技能提升补贴（五级1000元、四级1500元），以人社部门审核为准。</p>
<p>微信咨询：ntzhixun2024 （添加请备注“AI训练师”）</p>
<p>证书由备案评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询。</p>""",
 True, "U01", "南通智训职业培训学校",
 [("phone", "051385561234", "0513-85561234"), ("wechat", "ntzhixun2024", "ntzhixun2024"),
  ("domain", "ntzhixun.com", "www.ntzhixun.com"), ("uscc", C_U01, C_U01), ("email", "zhixun_edu@163.com", "zhixun_edu@163.com")],
 "training school's own home page advertising its AI-trainer classes", ["首页"])

page("/ntzx/ai-trainer.html", "人工智能训练师（数据标注员）五级/四级培训招生简章",
f"""<h1>人工智能训练师（数据标注员）五级 / 四级 招生简章</h1>
<h3>一、报考条件</h3>
<p>五级：累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级：取得五级证书后从事本职业4年，或累计工作6年等（详见国家职业技能标准2021年版）。</p>
<h3>二、课程安排</h3>
<p>五级60课时，四级50课时，理论+实操（数据采集与处理、数据标注、智能系统运维）。考核分理论和技能两部分，均60分及以上合格。</p>
<h3>三、费用</h3><p>五级培训费1680元，四级2280元（含教材，不含认定费，认定费按评价机构公示标准收取）。<b>本校不承诺包过。</b></p>
<h3>四、证书样本</h3><p>证书编号示例：{S5}（仅为样本，个人信息已隐去）</p>
<h3>五、考核地点</h3><p>南通市职业技能鉴定考点（崇川区跃龙路），考点前台 0513-85129900，考前一周通知。</p>
<p>在线报名：填写金数据报名表 jinshuju.net/f/Nt8kQ2 或电话 13862771046（李老师）/ 0513-85561234。</p>
<p>也可登录 www.ntzhixun.com 下载报名表。</p>""",
 True, "U01", "南通智训职业培训学校",
 [("phone", "051385561234", "0513-85561234"), ("phone", "+8613862771046", "13862771046"), ("domain", "ntzhixun.com", "www.ntzhixun.com"),
  ("uscc", C_U01, C_U01), ("email", "zhixun_edu@163.com", "zhixun_edu@163.com")],
 "enrolment brochure on the school's own site (honest)", ["首页", "人工智能训练师"])

# ---------------- xuezhang (course marketplace)
page("/xuezhang/course-1021.html", "【江海AI训练营】人工智能训练师五级 线上+线下 南通面授",
"""<h1>【江海AI训练营】人工智能训练师五级 线上+线下 南通面授</h1>
<p class="price">¥1680 <del>¥2580</del></p><p>已有 312 人报名 · 课程ID 1021 · 机构：江海AI训练营（南通智训职业培训学校）</p>
<h3>课程介绍</h3><p>零基础可学，但报考五级需满足1年相关工作经历或学徒期满。课程覆盖数据标注工具、质检流程、模型效果评测。</p>
<h3>机构信息</h3><p>咨询老师：李老师 138-6277-1046 ，官网 www.ntzhixun.com</p>
<h3>学员评价</h3><p>“周末班很方便，老师讲得细。”——南通 用户_a9**</p>
<p>付款请走平台，如需发票联系平台客服 400-182-7766。</p>""",
 True, "U01", "江海AI训练营",
 [("phone", "+8613862771046", "138-6277-1046"), ("domain", "ntzhixun.com", "www.ntzhixun.com")],
 "marketplace course page of U01 under the brand 江海AI训练营")

page("/xuezhang/course-1034.html", "人工智能训练师三级（高级工）全国统一报名 官网可查 不过退费",
f"""<h1>人工智能训练师三级（高级工）全国统一报名 官网可查</h1>
<p class="price">¥3980</p><p>课程ID 1034 · 机构：中科智培（北京）教育科技有限公司</p>
<p>✔ 人社部颁发 国家职业资格证书 ✔ 全国通用 终身有效 ✔ 考试不过全额退费</p>
<p>不限学历、不限专业，零基础可直接报三级，一次考试两证到手（三级+数据标注员）。</p>
<p>报名热线：400-867-1255</p>
<h3>机构资质</h3><p>统一社会信用代码：{C_U03}</p>
<p>学员须知：证书编号入库，可在全国联网查询。</p>""",
 True, "U03", "中科智培",
 [("phone", "4008671255", "400-867-1255"), ("uscc", C_U03, C_U03)],
 "misleading national online seller: 人社部颁发, 国家职业资格, 不过退费, level 3 to beginners")

page("/xuezhang/course-1052.html", "人工智能训练师四级 实操强化班（南通职升教育）",
f"""<h1>人工智能训练师四级 实操强化班</h1>
<p class="price">¥2280</p><p>课程ID 1052 · 机构：职升教育</p>
<p>面向已取得五级证书或有相关工作年限的学员。课程内容：数据采集和处理、数据标注、智能系统运维。</p>
<p>认定由备案评价机构组织，成绩合格后证书可在 zscx.osta.org.cn 查询。在职参保人员可申领技能提升补贴。</p>
<p>课程顾问：王老师 187 6192 5307</p>
<p>南通职升教育科技有限公司 统一社会信用代码 {C_U07}</p>""",
 True, "U07", "职升教育",
 [("phone", "+8618761925307", "187 6192 5307"), ("uscc", C_U07, C_U07)],
 "honest level-4 course of U07 on the marketplace")

page("/xuezhang/course-1066.html", "新程AI学院｜人工智能训练师五级+四级 补贴后几乎免费",
f"""<h1>新程AI学院｜人工智能训练师五级+四级</h1>
<p class="price">¥2980 补贴后几乎免费！</p><p>课程ID 1066 · 机构：桂林新程职业技能培训有限公司</p>
<p>五级、四级连读，学完领补贴，最高可返2000元！名额有限。</p>
<p>机构证照：统一社会信用代码{C_U08}</p>
<p>电话：13317739285（同微信）</p>""",
 True, "U08", "新程AI学院",
 [("uscc", C_U08, C_U08), ("phone", "+8613317739285", "13317739285")],
 "Guilin seller overstating subsidies (补贴后几乎免费 for everyone)")

page("/xuezhang/course-1078.html", "中国人工智能职业评价中心 人工智能训练师一级/二级 直接报名",
f"""<h1>人工智能训练师 二级（技师）/一级（高级技师）直报通道</h1>
<p class="price">¥6800 起</p><p>课程ID 1078 · 发布单位：中国人工智能职业评价中心</p>
<p>零基础、不限经验可直接报考二级、一级，免培训，45天下证，证书国家认可、官方认证，可挂靠，年入3-5万！</p>
<p>咨询微信：cnaipj 　电话：19951307748</p>
<p>单位信用代码：{C_U09}</p>""",
 True, "U09", "中国人工智能职业评价中心",
 [("wechat", "cnaipj", "cnaipj"), ("phone", "+8619951307748", "19951307748"), ("uscc", C_U09, C_U09)],
 "scam: state-sounding 91 company selling levels 2/1 to beginners, 免培训, 挂靠")

page("/xuezhang/course-1090.html", "数据标注员实战课（人工智能训练师五级备考）",
"""<h1>数据标注员实战课（人工智能训练师五级备考）</h1>
<p class="price">¥399</p><p>课程ID 1090 · 讲师：海门数标学堂 陈工</p>
<p>录播 24 节，讲解图像框选、语音转写、文本分类标注规范，附练习数据集。本课程只提供学习内容，不代办报名、不提供证书。</p>
<p>课程答疑QQ：3412087765</p>""",
 True, "I02", "海门数标学堂",
 [("qq", "3412087765", "3412087765")],
 "independent recorded course, prep only")

# ---------------- bbs (forum)
page("/bbs/thread-88213.html", "【广告】人工智能训练师全国报名 一级二级都可以报 加群了解",
"""<h1>【广告】人工智能训练师全国报名 一级二级都可以报 加群了解</h1>
<div class="post"><b>楼主 AI考证小助手</b> 发表于 2025-11-18 21:04<br>
人社部新职业 人工智能训练师 证书全国统一编号，官网 www.cnaipj-cx.com 可查！一级二级都可以直接报，不需要工作年限。<br>
报名QQ群：736291045 进群发资料</div>
<div class="post"><b>2楼 老街口的风</b>：这种一级直接报的，靠谱吗？</div>
<div class="post"><b>3楼 版主_南大街</b>：提醒一下，证书查询请认准 zscx.osta.org.cn，其他网站自称官网的要当心。</div>""",
 True, "U09", "AI考证小助手（中国人工智能职业评价中心）",
 [("qq_group", "736291045", "736291045"), ("domain", "cnaipj-cx.com", "www.cnaipj-cx.com")],
 "forum ad of U09 pointing to its own fake query site")

page("/bbs/thread-88407.html", "崇川这边有没有学人工智能训练师的？求推荐",
"""<h1>崇川这边有没有学人工智能训练师的？求推荐</h1>
<div class="post"><b>楼主 小鱼不吃鱼</b>：在公司做了一年多数据标注，想考个五级，崇川附近有培训的吗？</div>
<div class="post"><b>2楼 启航电脑-张老师</b>：我们启航AI考证在文峰附近，五级小班，晚上上课，电话 151-9587-6620 ，考试在南通市职业技能鉴定考点，考点前台电话0513-85129900可以问考试安排。</div>
<div class="post"><b>3楼 lily</b>：同求，我微信 lily_nt0512 有消息告诉我一下谢谢</div>
<div class="post"><b>4楼 小鱼不吃鱼</b>：谢谢，我去看看。</div>""",
 True, "U04", "启航AI考证",
 [("phone", "+8615195876620", "151-9587-6620")],
 "question thread whose reply is U04's enrolment invitation")

page("/bbs/thread-88532.html", "人工智能训练师免培训直接拿证，人社部颁发，可挂靠",
"""<h1>人工智能训练师免培训直接拿证，人社部颁发，可挂靠</h1>
<div class="post"><b>楼主 职达教育-刘</b> 发表于 2025-11-25<br>
国培智联合作项目：人工智能训练师三级 免培训 只需交资料，包过，人社部颁发，挂靠年入2万+。<br>
V信 Zhida_KF88 ，电话13530418826</div>
<div class="post"><b>2楼 江海路人</b>：又来了，举报了。</div>""",
 True, "U06", "职达教育",
 [("wechat", "zhida_kf88", "Zhida_KF88"), ("phone", "+8613530418826", "13530418826")],
 "scam forum post of U06: 免培训, 包过, 人社部颁发, 挂靠")

page("/bbs/thread-88610.html", "如皋AI考证 五级数据标注方向 小班招生",
"""<h1>如皋AI考证 五级数据标注方向 小班招生</h1>
<div class="post"><b>楼主 如皋阿杰</b>：本人在如皋做标注团队，带过新人，现开一个五级备考小班（8人），只讲课和练题，报名认定自己去评价机构报。费用 600，联系 13773695402。</div>
<div class="post"><b>2楼 皋城小吴</b>：支持一下，阿杰的团队挺实在。</div>""",
 True, "I06", "如皋AI考证",
 [("phone", "+8613773695402", "13773695402")],
 "independent small class, honest")

page("/bbs/thread-88699.html", "被所谓“人工智能训练师一级”骗了4800，大家别上当",
"""<h1>被所谓“人工智能训练师一级”骗了4800，大家别上当</h1>
<div class="post"><b>楼主 港闸老王</b>：上个月在网上看到广告说零基础直接拿一级，交了4800，对方电话 172 0845 3391，现在拉黑了。证书查不到。已经打12315投诉，也问了12333，说一级必须先有二级证书再干4年。</div>
<div class="post"><b>2楼 紫琅山下</b>：骗子微信是不是叫 ai_zhengshu666？我同事也被骗了</div>
<div class="post"><b>3楼 小周</b>：想维权的可以加我QQ 1508722319 一起找律师。</div>
<div class="post"><b>4楼 版主_南大街</b>：已置顶。查证书只认 zscx.osta.org.cn。</div>""",
 False, None, None, [], "complaint thread quoting a scammer's number (decoy)")

# ---------------- fenlei (classifieds)
page("/fenlei/nt-50318.html", "南通 人工智能训练师 五级培训 周末班 智训教育",
"""<h1>南通 人工智能训练师 五级培训 周末班</h1>
<p>发布者：智训教育 · 类别：教育培训 > 职业技能 · 区域：崇川</p>
<p>人工智能训练师（数据标注员方向）五级，理论+上机实操，小班授课。报名需满足1年相关工作经历。</p>
<p class="tel">联系电话：0513 8556 1234</p><p>微信：NTzhixun2024</p>""",
 True, "U01", "智训教育",
 [("phone", "051385561234", "0513 8556 1234"), ("wechat", "ntzhixun2024", "NTzhixun2024")],
 "U01 classified ad")

page("/fenlei/gl-40127.html", "桂林 人工智能训练师 包过 拿证快 华智教育",
"""<h1>桂林 人工智能训练师 包过 拿证快</h1>
<p>发布者：华智教育 · 区域：七星区</p>
<p>人社部颁发，全国联网可查，三级四级五级都能报，不过包退！无门槛，不限年龄，不限专业，官方指定报名点。</p>
<p class="tel">189 7732 1568（何老师）</p>""",
 True, "U02", "华智教育",
 [("phone", "+8618977321568", "189 7732 1568")],
 "U02 classified ad with 包过/官方指定 wording")

page("/fenlei/nt-50402.html", "启航电脑培训 人工智能训练师 办公软件 学历提升",
"""<h1>启航电脑培训 人工智能训练师 办公软件</h1>
<p>发布者：启航电脑 · 区域：崇川 文峰</p>
<p>常年招生：办公软件、平面设计、人工智能训练师五级（数据标注）。晚班、周末班。</p>
<p class="tel">电话 15195876620</p><p>QQ 1093382247</p>""",
 True, "U04", "启航电脑",
 [("phone", "+8615195876620", "15195876620"), ("qq", "1093382247", "1093382247")],
 "U04 classified ad")

page("/fenlei/gl-40155.html", "漓江职培 人工智能训练师五级/四级 可申领补贴",
"""<h1>漓江职培 人工智能训练师五级/四级</h1>
<p>发布者：桂林市漓江职业培训学校 · 区域：秀峰区</p>
<p>按国家职业技能标准（2021年版）授课，五级60课时，四级50课时。参保满1年可申请技能提升补贴（五级1000元、四级1500元）。</p>
<p class="tel">(0773)2856710 / 177 7635 0932</p>""",
 True, "U05", "漓江职培",
 [("phone", "07732856710", "(0773)2856710"), ("phone", "+8617776350932", "177 7635 0932")],
 "U05 honest classified ad")

page("/fenlei/nt-50477.html", "人工智能训练师 全国报名 一级二级三级 三证同考",
"""<h1>人工智能训练师 全国报名 一级二级三级 三证同考</h1>
<p>发布者：中人评报名处 · 区域：南通全市</p>
<p>一次报名三个等级同考，国家认可，官网 www.cnaipj-cx.com 可查，企业挂靠需求大。</p>
<p class="tel">199-5130-7748</p><p>资料群：736291045</p>""",
 True, "U09", "中人评报名处",
 [("phone", "+8619951307748", "199-5130-7748"), ("domain", "cnaipj-cx.com", "www.cnaipj-cx.com"), ("qq_group", "736291045", "736291045")],
 "U09 classified ad: three levels at once")

page("/fenlei/gl-40203.html", "个人 人工智能训练师五级 一对一辅导 桂林",
"""<h1>个人 人工智能训练师五级 一对一辅导</h1>
<p>发布者：李老师（个人） · 区域：临桂</p>
<p>在标注公司做质检三年，可一对一辅导五级理论和实操，按次收费，每次150元。不代报名不包证。</p>
<p class="tel">18278341290</p>""",
 True, "I03", "李老师（个人）",
 [("phone", "+8618278341290", "18278341290")],
 "independent tutor classified ad")

# ---------------- wenda (Q&A)
page("/wenda/q-7731902.html", "人工智能训练师证书在桂林哪里考？多少钱？",
"""<h1>人工智能训练师证书在桂林哪里考？多少钱？</h1>
<div class="ans"><b>提问者 桂花糕</b>：桂林有没有正规的地方考？</div>
<div class="ans"><b>华智教育何老师</b>（3赞）：我们这边可以报，五级到三级都有，包过，人社部颁发的国家证，价格私聊，微信 GXHZ-AI ，或者QQ 2875 613 409</div>
<div class="ans"><b>热心网友</b>：别信包过，查评价机构去 pjjg.osta.org.cn。有问题我QQ 1508722319</div>""",
 True, "U02", "华智教育",
 [("wechat", "gxhz-ai", "GXHZ-AI"), ("qq", "2875613409", "2875 613 409")],
 "Q&A whose top answer is U02's ad")

page("/wenda/q-7732045.html", "南通考人工智能训练师有速成班吗",
"""<h1>南通考人工智能训练师有速成班吗</h1>
<div class="ans"><b>提问者 匿名用户</b>：想一个月拿证。</div>
<div class="ans"><b>启航AI考证</b>：速成不现实，五级60课时，我们晚班大概一个半月。需要的可以加QQ 1093 382 247 了解。</div>
<div class="ans"><b>lily</b>：我也想知道，加我微信 lily_nt0512 一起报团</div>""",
 True, "U04", "启航AI考证",
 [("qq", "1093382247", "1093 382 247")],
 "Q&A with U04's enrolment answer")

page("/wenda/q-7732388.html", "职升教育的人工智能训练师课程怎么样？",
f"""<h1>职升教育的人工智能训练师课程怎么样？</h1>
<div class="ans"><b>职升教育官方</b>：您好，我们是南通职升教育科技有限公司（统一社会信用代码 {C_U07}），四级实操班每月开班，证书由备案评价机构颁发，可在技能人才评价证书全国联网查询。咨询邮箱 zhisheng_nt（at）qq.com</div>
<div class="ans"><b>用户8821</b>：上过，实操练得挺多。</div>""",
 True, "U07", "职升教育",
 [("uscc", C_U07, C_U07), ("email", "zhisheng_nt@qq.com", "zhisheng_nt（at）qq.com")],
 "Q&A with U07's official answer")

page("/wenda/q-7732590.html", "人工智能训练师证书是国家职业资格证书吗？",
"""<h1>人工智能训练师证书是国家职业资格证书吗？</h1>
<div class="ans"><b>最佳回答 人社小百科</b>：不是。2019年以后人工智能训练师属于职业技能等级认定，由在人社部门备案的评价机构颁发职业技能等级证书，不是人社部直接颁发，也不是国家职业资格证书。证书可以在 zscx.osta.org.cn 查询，政策问题可拨打12333。</div>""",
 False, None, None, [], "Q&A explainer, no seller")

# ---------------- mp (WeChat reposts)
page("/mp/a-2025112601.html", "通州湾技能培训中心：人工智能训练师五级12月开班",
"""<h1>通州湾技能培训中心：人工智能训练师五级12月开班</h1>
<p class="meta">原创 通州湾技能培训 2025-11-26 南通 | 转载自公众号</p>
<p>为满足园区企业数据标注岗位需求，中心开设人工智能训练师（五级）培训班，限园区在职职工，企业可统一报名。</p>
<p>报名电话：0513-86123387，邮箱 tzwjn@126.com</p><p>阅读 1024 · 在看 8</p>""",
 True, "I04", "通州湾技能培训中心",
 [("phone", "051386123387", "0513-86123387"), ("email", "tzwjn@126.com", "tzwjn@126.com")],
 "independent: enterprise-park training centre")

page("/mp/a-2025112207.html", "桂林人注意！人工智能训练师证书报名通道开启，最后30个名额",
"""<h1>桂林人注意！人工智能训练师证书报名通道开启，最后30个名额</h1>
<p class="meta">广西AI人才考证服务中心 2025-11-22 | 转载</p>
<p>人社部认证的新职业！国家职业资格证书，全国通用，包过！原价3980，现在只要1980。</p>
<p>扫码或添加QQ：2875613409，电话189-7732-1568</p><p>阅读 10万+</p>""",
 True, "U02", "广西AI人才考证服务中心",
 [("qq", "2875613409", "2875613409"), ("phone", "+8618977321568", "189-7732-1568")],
 "U02 advertorial under another brand")

page("/mp/a-2025111803.html", "AI训练师，2026年最值得考的证书之一",
"""<h1>AI训练师，2026年最值得考的证书之一</h1>
<p class="meta">中科智培 2025-11-18 | 转载</p>
<p>人社部颁发，拿到证书便可升职加薪！内部题库，命题组老师授课，通过率98%。</p>
<p>了解更多请访问 zkzhipei.cn ，或添加课程顾问微信 zkzp0101</p>""",
 True, "U03", "中科智培",
 [("domain", "zkzhipei.cn", "zkzhipei.cn"), ("wechat", "zkzp0101", "zkzp0101")],
 "U03 advertorial with 内部题库/命题组 wording")

page("/mp/a-2025112905.html", "国培智联：人工智能训练师证书 不用上课 交资料就发证",
"""<h1>国培智联：人工智能训练师证书 不用上课 交资料就发证</h1>
<p class="meta">国培智联 2025-11-29 | 转载</p>
<p>不培训直接发证，人社部颁发，可挂靠企业。对公收款：深圳市职达信息咨询有限公司</p>
<p>联系电话 135 3041 8826 （文章模板：此处替换为你的号码13800138000）</p>""",
 True, "U06", "国培智联",
 [("phone", "+8613530418826", "135 3041 8826"), ("other", "深圳市职达信息咨询有限公司", "深圳市职达信息咨询有限公司")],
 "U06 advertorial with leftover template placeholder")

page("/mp/a-2025120102.html", "一文看懂人工智能训练师：五个等级、报考条件和证书查询",
"""<h1>一文看懂人工智能训练师：五个等级、报考条件和证书查询</h1>
<p class="meta">职场观察 2025-12-01 | 转载</p>
<p>人工智能训练师（4-04-05-05）有数据标注员、人工智能算法测试员两个工种，分五级到一级。五级要求1年工作经历或学徒期满，一级要先有二级证书再工作4年。</p>
<p>证书编号为22位，例如 S000032060002256000317 这样的格式。查询认准 zscx.osta.org.cn、osta.mohrss.gov.cn。</p>""",
 False, None, None, [], "neutral guide article")

# ---------------- video (short-video pages)
page("/video/v-7301188.html", "人工智能训练师证不用考试也能拿？",
"""<div class="player">▶ 视频</div><h1>人工智能训练师证不用考试也能拿？</h1>
<p>@职达教育 · 1.2万赞 · 2025-11-20</p>
<p>视频文案：90%小白都能拿证，免培训，原价9999限时999！私信或加 zhida_kf88 ，对公收款：深圳市职达信息咨询有限公司</p>
<p>评论：“真的假的” “求链接”</p>""",
 True, "U06", "职达教育",
 [("wechat", "zhida_kf88", "zhida_kf88"), ("other", "深圳市职达信息咨询有限公司", "深圳市职达信息咨询有限公司")],
 "U06 short video")

page("/video/v-7302041.html", "桂林考AI证书 一个月下证",
"""<div class="player">▶ 视频</div><h1>桂林考AI证书 一个月下证</h1>
<p>@华智教育何老师 · 3560赞</p>
<p>简介：人工智能训练师 五级四级三级 包过 官方指定 ☎１８９７７３２１５６８ 薇：gxhz-ai</p>""",
 True, "U02", "华智教育何老师",
 [("phone", "+8618977321568", "１８９７７３２１５６８"), ("wechat", "gxhz-ai", "gxhz-ai")],
 "U02 short video with full-width digits")

page("/video/v-7302377.html", "在桂林做数据标注是什么体验｜新程AI学院",
"""<div class="player">▶ 视频</div><h1>在桂林做数据标注是什么体验｜新程AI学院</h1>
<p>@新程教育 · 820赞</p>
<p>学员日常vlog，五级四级连读班招生中，补贴后几乎免费。官网 www.xinchengai.com 电话 133 1773 9285</p>""",
 True, "U08", "新程教育",
 [("domain", "xinchengai.com", "www.xinchengai.com"), ("phone", "+8613317739285", "133 1773 9285")],
 "U08 short video")

page("/video/v-7302590.html", "AI训练师三级 零基础直接报",
"""<div class="player">▶ 视频</div><h1>AI训练师三级 零基础直接报</h1>
<p>@中科智培考证 · 5.6万赞</p>
<p>不限学历 零基础直接报三级 人社部颁发 不过退费 咨询V：ZKZP0101 热线 4008 671 255</p>""",
 True, "U03", "中科智培考证",
 [("wechat", "zkzp0101", "ZKZP0101"), ("phone", "4008671255", "4008 671 255")],
 "U03 short video")

page("/video/v-7302833.html", "一级高级技师证书 现在还能报",
"""<div class="player">▶ 视频</div><h1>一级高级技师证书 现在还能报</h1>
<p>@中国人工智能职业评价中心 · 2.1万赞</p>
<p>人工智能训练师一级 高级技师 不需要年限 挂靠费每年3万+ 微：CNAIPJ</p>""",
 True, "U09", "中国人工智能职业评价中心",
 [("wechat", "cnaipj", "CNAIPJ")],
 "U09 short video")

# ---------------- news
page("/news/2025-11/art-58821.html", "市场监管部门提醒：警惕“包过”“人社部颁发”类考证广告",
"""<h1>市场监管部门提醒：警惕“包过”“人社部颁发”类考证广告</h1>
<p class="meta">漓城生活网 记者 覃某 2025-11-27</p>
<p>近期，市民周女士反映在网上报名“人工智能训练师一级”被骗4800元。对方自称“官方指定报名点”，使用手机号17208453391、微信 ai_zhengshu666 联系，收款后即失联。</p>
<p>市场监管部门提示：教育培训广告不得含有“保过”“包过”“官方指定”“命题组”“内部信息”等内容。人工智能训练师属于职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询。</p>
<p>遇到虚假宣传可拨打12315投诉，政策咨询拨打12333。</p>""",
 False, None, None, [], "news warning quoting a scammer's phone and WeChat (decoys)")

page("/news/2025-11/art-58907.html", "我市落实技能提升补贴：人工智能训练师三级最高2000元",
"""<h1>我市落实技能提升补贴：人工智能训练师三级最高2000元</h1>
<p class="meta">漓城生活网 2025-11-29</p>
<p>参加失业保险累计缴费满1年的企业职工，取得五级、四级、三级职业技能等级证书，可分别申领不超过1000元、1500元、2000元的技能提升补贴。二级、一级没有该项国家补贴。详情咨询12333。</p>""",
 False, None, None, [], "news on the subsidy")

page("/news/2025-12/art-59012.html", "【企业风采】漓江职培：让更多桂林人掌握AI时代新技能",
"""<h1>【企业风采】漓江职培：让更多桂林人掌握AI时代新技能</h1>
<p class="meta">漓城生活网 推广 2025-12-02</p>
<p>桂林市漓江职业培训学校2023年开设人工智能训练师培训，现五级、四级班常年招生，学员可按规定申领技能提升补贴。</p>
<p>招生电话：0773－2856710 邮箱：ljzp_gl@126.com</p>""",
 True, "U05", "桂林市漓江职业培训学校",
 [("phone", "07732856710", "0773－2856710"), ("email", "ljzp_gl@126.com", "ljzp_gl@126.com")],
 "U05 advertorial on a news site")

# ---------------- rsj (government notices)
page("/rsj/tzgg/2025-1103.html", "关于公布2025年第四批职业技能等级认定备案评价机构名单的通知",
f"""<h1>关于公布2025年第四批职业技能等级认定备案评价机构名单的通知</h1>
<p>各县（市、区）人社局：现将第四批备案的社会培训评价组织名单公布如下：</p>
<table border="1"><tr><th>机构名称</th><th>统一社会信用代码</th><th>职业（工种）</th><th>等级</th></tr>
<tr><td>南通市职业技能评价服务中心</td><td>{C_EVAL}</td><td>人工智能训练师</td><td>五级、四级、三级</td></tr></table>
<p>证书样式及编号规则见附件，编号示例 {S5}。证书可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。咨询电话：12333。</p>""",
 False, None, None, [], "official notice listing a filed evaluation organisation")

page("/rsj/tzgg/2025-1120.html", "关于防范“山寨证书”和虚假培训广告的提醒",
"""<h1>关于防范“山寨证书”和虚假培训广告的提醒</h1>
<p>近期有不法机构冒用“人社部颁发”“国家职业资格”等字样，以“免培训”“包过”为噱头招揽人工智能训练师报考。</p>
<p>人社部门不直接颁发职业技能等级证书；一级、二级证书需逐级晋升并满足工作年限要求。请通过 zscx.osta.org.cn 查询证书。举报电话：12333；虚假广告投诉：12315。</p>""",
 False, None, None, [], "official warning")

# ---------------- shop
page("/shop/item-660281.html", "职升教育 人工智能训练师四级 实操课 南通线下",
f"""<h1>职升教育 人工智能训练师四级 实操课（南通线下）</h1>
<p>店铺：职升教育官方店 · 月销 36</p><p class="price">¥2280</p>
<p>需已取得五级证书或满足四级报考年限。证书样本编号：{S5}（样本）。</p>
<p>售后邮箱：zhisheng_nt@qq.com ，课程顾问 18761925307</p>
<h3>买家评价</h3><p>“订单编号 15261483097，已上完课，老师负责。”</p>""",
 True, "U07", "职升教育官方店",
 [("email", "zhisheng_nt@qq.com", "zhisheng_nt@qq.com"), ("phone", "+8618761925307", "18761925307")],
 "U07 shop listing; a review quotes an order number that looks like a mobile")

page("/shop/item-660355.html", "桂林 码上学 人工智能训练师五级 晚班",
"""<h1>桂林 码上学 人工智能训练师五级 晚班</h1>
<p>店铺：码上学培训工作室 · 月销 9</p><p class="price">¥1280</p>
<p>七星区线下晚班，讲授数据标注与质检，报考条件按国家标准审核。到店咨询 15607738824，微信 mashangxue_gl</p>""",
 True, "I01", "码上学培训工作室",
 [("phone", "+8615607738824", "15607738824"), ("wechat", "mashangxue_gl", "mashangxue_gl")],
 "independent small studio shop listing")

page("/shop/item-660419.html", "中科智培 人工智能训练师三级 全国报名 送题库",
f"""<h1>中科智培 人工智能训练师三级 全国报名 送题库</h1>
<p>店铺：中科智培考证旗舰店 · 月销 1200+</p><p class="price">¥3980</p>
<p>人社部颁发 国家职业资格证书 不过退费 送内部题库。</p>
<p>客服热线 4008-671-255 官网 www.zkzhipei.cn</p>
<p>营业执照：中科智培（北京）教育科技有限公司 {C_U03}</p>""",
 True, "U03", "中科智培考证旗舰店",
 [("phone", "4008671255", "4008-671-255"), ("domain", "zkzhipei.cn", "www.zkzhipei.cn"), ("uscc", C_U03, C_U03)],
 "U03 shop listing")

# ---------------- blog
page("/blog/2025/11/ai-trainer-guilin.html", "桂林考人工智能训练师五级全记录（附机构）",
"""<h1>桂林考人工智能训练师五级全记录（附机构）</h1>
<p class="meta">发布于 2025-11-15 · 分类：考证</p>
<p>去年在漓江职培报的五级，60课时，考试理论和实操都是60分及格。报名用的是他们的金数据表 jinshuju.net，挺方便。</p>
<p>他们现在还在招生，想报的可以找招生老师，电话/微信同号177-7635-0932，邮箱 ljzp_gl#126.com（#换成@）。</p>""",
 True, "U05", "漓江职培",
 [("phone", "+8617776350932", "177-7635-0932"), ("email", "ljzp_gl@126.com", "ljzp_gl#126.com")],
 "blog post recommending and relaying U05's enrolment contacts")

page("/blog/2025/11/xincheng.html", "新程AI学院合作招生｜五级四级连读",
f"""<h1>新程AI学院合作招生｜五级四级连读</h1>
<p class="meta">发布于 2025-11-21 · 分类：推广</p>
<p>桂林新程职业技能培训有限公司（{C_U08}）开设人工智能训练师五级四级连读班，学完领补贴。详见 xinchengai.com</p>""",
 True, "U08", "新程AI学院",
 [("uscc", C_U08, C_U08), ("domain", "xinchengai.com", "xinchengai.com")],
 "U08 sponsored blog post")

page("/blog/2025/12/my-course.html", "我开了一门数据标注入门课",
"""<h1>我开了一门数据标注入门课</h1>
<p class="meta">发布于 2025-12-03 · 分类：随笔</p>
<p>很多读者问怎么准备人工智能训练师五级，我录了一套入门课，199元，只讲技能不代办证书。想报的加我微信 aitrainer_xiaozhou。</p>""",
 True, "I05", "小周（博主）",
 [("wechat", "aitrainer_xiaozhou", "aitrainer_xiaozhou")],
 "independent blogger's own course")

# ---------------- index pages
INTRO = {
 "ntzx": None,  # own index written above
 "xuezhang": "<h1>考证专区 · 人工智能</h1><p>精选人工智能训练师、数据标注相关课程。</p>",
 "bbs": "<h1>教育培训版</h1><p>本版讨论各类培训考证，广告请发到广告区。</p>",
 "fenlei": "<h1>教育培训信息</h1><p>发布信息格式示例：联系人 张先生 13800138000（请替换为真实号码）。</p>",
 "wenda": "<h1>热门问题 · 考证</h1>",
 "mp": "<h1>职场 · 考证 精选文章</h1>",
 "video": "<h1>知识 · 职场 热门视频</h1>",
 "news": "<h1>漓城生活网 · 教育 · 消费维权</h1>",
 "rsj": "<h1>通知公告</h1>",
 "shop": "<h1>教育培训 · 职业考证</h1><p>担保交易，付款请认准支付宝 95188 官方客服。</p>",
 "blog": "<h1>知行博客</h1><p>最新文章</p>",
}
for s, intro in INTRO.items():
    if intro is None:
        continue
    page(f"/{s}/index.html", SITES[s]["name"] + " 首页", intro + "<!--LIST-->", False, None, None, [], "site index page", ["首页"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # fill index lists
    for p in pages:
        if p["path"].endswith("/index.html"):
            s = site_of(p["path"])
            items = [q for q in pages if site_of(q["path"]) == s and q is not p]
            lst = "<ul>" + "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in items) + "</ul>"
            p["body"] = p["body"].replace("<!--LIST-->", lst) if "<!--LIST-->" in p["body"] else p["body"] + "<h2>更多</h2>" + lst
    texts = {}
    for p in pages:
        t = render(p, pages)
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
        texts[p["path"]] = t
    hub = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head><body><h1>网址导航</h1><ul>" + "".join(
        f'<li><a href="/{s}/index.html">{v["name"]}</a></li>' for s, v in SITES.items()) + "</ul></body></html>\n"
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # ---------------- decoys (pages computed by scanning)
    D = [
     ("phone", "12333", ["12333"], "人社 public service hotline"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
     ("phone", "12345", ["12345"], "government service hotline in the 人社局 footer"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site quoted by honest sellers, guides and notices"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions quoted by a reader"),
     ("phone", "4001827766", ["400-182-7766"], "marketplace customer-service footer on every 学掌门 page"),
     ("email", "kefu@xuezhangmen.com", ["kefu@xuezhangmen.com"], "marketplace footer e-mail"),
     ("domain", "xuezhangmen.com", ["www.xuezhangmen.com"], "marketplace's own domain"),
     ("qq_group", "315209874", ["315209874"], "forum's official QQ group in its footer"),
     ("phone", "051389012377", ["0513-89012377"], "forum advertising line in its footer"),
     ("other", "苏ICP备13056218号", ["苏ICP备13056218号"], "forum ICP number"),
     ("phone", "4006905128", ["400-690-5128"], "classifieds customer service in footer"),
     ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's submission e-mail"),
     ("qq_group", "648120935", ["648120935"], "repost site's reader QQ group"),
     ("phone", "4008565326", ["4008-565-326"], "video platform report hotline"),
     ("phone", "07732888110", ["0773-2888110"], "news site hotline"),
     ("phone", "4006055288", ["4006-055-288"], "shop platform customer service"),
     ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
     ("phone", "+8617208453391", ["172 0845 3391", "17208453391"], "scammer's number quoted in a complaint and a news warning"),
     ("wechat", "ai_zhengshu666", ["ai_zhengshu666"], "scammer's WeChat quoted in a complaint and a news warning"),
     ("phone", "+8615261483097", ["15261483097"], "an order number in a buyer's review, looks like a mobile"),
     ("other", S5, [S5], "sample certificate number shown by several pages"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder number"),
     ("wechat", "lily_nt0512", ["lily_nt0512"], "a reader's own WeChat in comments"),
     ("qq", "1508722319", ["1508722319"], "a reader's own QQ in comments"),
     ("phone", "051385129900", ["0513-85129900"], "exam venue front desk (third party)"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used for enrolment (third party)"),
     ("uscc", C_EVAL, [C_EVAL], "filed evaluation centre (third party) named by a seller and a notice"),
    ]
    decoys = []
    for kind, value, written, why in D:
        pl = sorted(p for p, t in texts.items() if any(w in t for w in written))
        assert pl, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pl, why=why))

    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    truth = {"pages": [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                            identifiers=p["identifiers"], note=p["note"]) for p in pages]
             + [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(pages) + 1, "pages written")

if __name__ == "__main__":
    main()
