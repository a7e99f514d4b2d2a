#!/usr/bin/env python3
"""Generate a small labelled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
pages, seen from a week of searching in 新乡 and 十堰, plus truth.json.
Standard library only, deterministic."""
import json, os, re, shutil, html

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    t = sum(ALPH.index(c) * w for c, w in zip(s17, WTS))
    r = 31 - t % 31
    return s17 + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("52410700", "MJ5T8726")   # 民办非企业 (培训学校), 新乡
USCC_U03 = uscc("52420300", "MJ4Q1175")   # 民办非企业, 十堰
USCC_U04 = uscc("91330106", "MA2H6QK3")   # 企业, 杭州
USCC_U07 = uscc("91410100", "MA9G3RU1")   # 企业, 郑州 (state-sounding brand)
USCC_I06 = uscc("52410703", "MJ0D2948")   # 民办非企业, 新乡卫滨区

# ---------------------------------------------------------------- sites and frames
SITES = {
    "qizhi": dict(name="新乡市启智职业技能培训学校", style="training-company",
                  css="body{font-family:SimSun,serif;background:#f4f7fb}header{background:#0b4f9c;color:#fff;padding:10px}nav a{color:#fff;margin-right:14px}",
                  menu=[("首页", "/qizhi/index.html"), ("人工智能训练师", "/qizhi/course-l5.html"), ("数据标注员", "/qizhi/course-biaozhu.html")],
                  side="<h4>报名须知</h4><p>五级需相关工作满1年；参保职工可按规定申领技能提升补贴。</p><h4>招生热线</h4><p>0373-3056688</p>",
                  foot="新乡市启智职业技能培训学校 版权所有 | 地址：新乡市红旗区平原路与新一街交叉口向东200米 | 电话：0373-3056688 | 豫ICP备2021031275号-1 | www.qzzhipei.cn"),
    "exbzp": dict(name="鄂西北职培", style="training-company",
                  css="body{font-family:'Microsoft YaHei';background:#fff}header{border-bottom:3px solid #c8161d;padding:8px}nav{background:#c8161d}nav a{color:#fff;padding:6px 12px;display:inline-block}",
                  menu=[("网站首页", "/exbzp/index.html"), ("培训项目", "/exbzp/ai-trainer.html"), ("数据标注班", "/exbzp/shujubiaozhu-ban.html")],
                  side="<h4>联系我们</h4><p>十堰市鄂西北职业技能培训中心<br>地址：十堰市茅箭区北京中路66号二楼<br>电话：0719-8871326</p>",
                  foot="Copyright © 十堰市鄂西北职业技能培训中心 鄂ICP备19027734号 | www.exbzp.com | 技术支持：十堰云帆网络"),
    "kecheng": dict(name="学途网·职业课程", style="course-marketplace",
                    css="body{font-family:PingFang SC,sans-serif;background:#f5f5f5}header{background:#ff6a00;color:#fff;padding:12px}.card{background:#fff;padding:12px;margin:8px 0}",
                    menu=[("首页", "/kecheng/index.html"), ("IT互联网", "/kecheng/index.html#it"), ("职业考证", "/kecheng/index.html#kz"), ("机构入驻", "/kecheng/index.html#ruzhu")],
                    side="<h4>学途保障</h4><p>7天无理由退款（已开课程除外）<br>平台客服：400-900-6655</p><h4>猜你喜欢</h4><p>Python数据分析 | 短视频剪辑 | 电工证</p>",
                    foot="学途网 xuetuwang.com | 客服热线：400-900-6655（9:00-21:00）| 客服邮箱：kefu@xuetuwang.com | 京ICP备18043327号-3 | 学途网仅提供信息展示，课程由入驻机构提供"),
    "fenlei": dict(name="同城快分类", style="classifieds",
                   css="body{font-family:Arial,SimSun;font-size:13px}header{background:#2a9d3f;color:#fff;padding:6px}.info td{padding:3px 8px}",
                   menu=[("首页", "/fenlei/index.html"), ("新乡", "/fenlei/index.html#xinxiang"), ("十堰", "/fenlei/index.html#shiyan"), ("教育培训", "/fenlei/index.html#jiaoyu"), ("免费发布", "/fenlei/index.html#fabu")],
                   side="<h4>安全提示</h4><p>凡是要求先交定金、保证金的均有诈骗风险，请勿轻信“包过”“内部名额”。</p>",
                   foot="同城快分类 tongchengkuai.com 版权所有 | 豫ICP备17008326号-1 | 违法和不良信息举报：jubao@tongchengkuai.com | 本站信息均由网友发布，请自行核实"),
    "bbs": dict(name="车城社区·职场茶馆", style="forum",
                css="body{font-family:Tahoma,SimSun;background:#e8eef5}.post{background:#fff;border:1px solid #c2d5e3;margin:6px 0;padding:8px}.author{color:#369;font-weight:bold}",
                menu=[("论坛首页", "/bbs/index.html"), ("职场茶馆", "/bbs/index.html#zc"), ("十堰生活", "/bbs/index.html#sy"), ("豫北同乡会", "/bbs/index.html#yb")],
                side="<h4>版规</h4><p>禁止发布广告，违者删帖封号。广告合作QQ：2498813307</p>",
                foot="车城社区 Powered by Discuz! X3.4 | 广告合作QQ：2498813307 | 鄂ICP备15011608号 | 站务邮箱：admin@chechengbbs.com"),
    "wenda": dict(name="问答吧", style="qa",
                  css="body{font-family:sans-serif;background:#fafafa}.q{font-size:18px;font-weight:bold}.ans{border-top:1px solid #eee;padding:10px 0}.cmt{color:#666;font-size:12px}",
                  menu=[("首页", "/wenda/index.html"), ("教育", "/wenda/index.html#edu"), ("职场", "/wenda/index.html#job"), ("我要提问", "/wenda/index.html#ask")],
                  side="<h4>相关问题</h4><p>人工智能训练师证书有用吗？<br>数据标注员是做什么的？</p>",
                  foot="问答吧 wendaba.net © 2016-2026 | 意见反馈：feedback@wendaba.net | 京ICP备16052290号-2 | 回答内容仅代表答主个人观点"),
    "mp": dict(name="微文集", style="wechat-reposts",
               css="body{max-width:680px;margin:auto;font-family:-apple-system,PingFang SC}.meta{color:#999;font-size:13px}.rich_media_content p{line-height:1.8}",
               menu=[("首页", "/mp/index.html"), ("职场", "/mp/index.html#zc"), ("教育", "/mp/index.html#jy"), ("本地", "/mp/index.html#bd")],
               side="<h4>声明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>",
               foot="微文集 weiwenji.cn 公众号文章聚合 | 读者交流群：610254873 | 侵权删除请联系 copyright@weiwenji.cn | 蜀ICP备20011187号"),
    "video": dict(name="快看短视频", style="short-video",
                  css="body{background:#111;color:#eee;font-family:sans-serif}.player{background:#000;height:320px;text-align:center;line-height:320px}.tags a{color:#fe2c55}",
                  menu=[("推荐", "/video/index.html"), ("关注", "/video/index.html#gz"), ("同城", "/video/index.html#tc"), ("知识", "/video/index.html#zs")],
                  side="<h4>热门话题</h4><p>#AI副业 #考证 #新职业</p>",
                  foot="快看短视频 kuaikanv.com | 违法不良信息举报邮箱：jubao@kuaikanv.com | 网络文化经营许可证 京网文〔2024〕1187-041号"),
    "news": dict(name="豫北在线", style="news",
                 css="body{font-family:SimSun;background:#fff}header{border-bottom:2px solid #a00}h1{font-size:22px}.src{color:#888}",
                 menu=[("首页", "/news/index.html"), ("新乡", "/news/index.html#xx"), ("教育", "/news/index.html#jy"), ("民生", "/news/index.html#ms"), ("推广", "/news/index.html#tg")],
                 side="<h4>热点排行</h4><p>1. 新乡东站改造进展<br>2. 2026年新乡中招政策<br>3. 警惕“包过”考证骗局</p>",
                 foot="豫北在线 yubeizaixian.com | 新闻热线：0373-3058110 | 投稿邮箱：tougao@yubeizaixian.com | 豫ICP备12004563号"),
    "rsj": dict(name="某市人力资源和社会保障局（示例）", style="government-notice",
                css="body{font-family:SimSun;background:#f2f2f2}header{background:#b40000;color:#fff;padding:10px}.zw{background:#fff;padding:16px}",
                menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("政策文件", "/rsj/index.html#zcwj"), ("办事服务", "/rsj/index.html#bsfw")],
                side="<h4>便民服务</h4><p>人社服务热线：12333<br>证书查询：技能人才评价工作网</p>",
                foot="主办：十堰市人力资源和社会保障局（演示站） | 地址：十堰市茅箭区 | 服务热线：12333 | 网站标识码 4203000011 | 鄂公网安备 42030202000123号"),
    "shop": dict(name="淘优品商城", style="shop",
                 css="body{font-family:sans-serif;background:#fff}.price{color:#f40;font-size:24px}.sku{border:1px solid #ddd;padding:4px;margin:2px;display:inline-block}",
                 menu=[("首页", "/shop/index.html"), ("教育培训", "/shop/index.html#edu"), ("图书", "/shop/index.html#book"), ("我的订单", "/shop/index.html#order")],
                 side="<h4>平台保障</h4><p>担保交易 | 假一赔三 | 官方客服 www.taoyoupin.com/help</p>",
                 foot="淘优品商城 www.taoyoupin.com | 平台客服：400-826-1199 | 营业执照 | 沪ICP备19022761号-5 | 请勿脱离平台交易"),
}

PAGES = []


def page(path, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, ids=[list(x) for x in ids], note=note, crumbs=crumbs))


def frame(p):
    site = p["path"].split("/")[1]
    s = SITES[site]
    menu = " ".join('<a href="%s">%s</a>' % (h, t) for t, h in s["menu"])
    crumbs = p["crumbs"] or [s["name"]]
    crumb = ' &gt; '.join(['<a href="/%s/index.html">%s</a>' % (site, html.escape(s["name"]))] + [html.escape(c) for c in crumbs[1:]] + [html.escape(p["title"][:24])])
    rel = [q for q in PAGES if q["path"].startswith("/%s/" % site) and q["path"] != p["path"]][:6]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in rel)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>%s</style></head>
<body><header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumbs">当前位置：%s</div>
<div class="wrap"><main>
<h1>%s</h1>
%s
</main>
<aside>%s<h4>相关链接</h4><ul>%s</ul></aside></div>
<footer>%s<br><a href="/index.html">返回导航</a></footer>
</body></html>
""" % (html.escape(p["title"]), html.escape(s["name"]), s["css"], html.escape(s["name"]), menu, crumb,
       html.escape(p["title"]), p["body"], s["side"], related, s["foot"])


# common warning snippet (fake number impersonating training schools)
FAKE = "170 8452 6631"

# ================================================================ qizhi (U01 own site)
page("/qizhi/course-l5.html", "人工智能训练师（五级/四级）周末班招生简章",
     """<p>发布时间：2026-03-02　来源：教务处</p>
<p>人工智能训练师（职业编码4-04-05-05）是2020年人社部等三部门联合发布的新职业，包含数据标注员、人工智能算法测试员两个工种。本校为新乡市人社部门认可的职业技能培训机构，等级认定由经备案的第三方评价机构组织实施。</p>
<h3>一、报名条件</h3><p>五级：累计从事本职业或相关职业工作满1年，或本职业学徒期满。四级：取得五级证书后累计工作4年，或累计工作6年，或相关专业中职毕业。<strong>不符合条件的学员请勿报名，我校不承诺“包过”。</strong></p>
<h3>二、课程安排</h3><p>五级60课时、四级50课时，周六、周日全天，理论＋实操（数据采集、清洗、标注工具使用）。</p>
<h3>三、费用</h3><p>五级培训费1380元，四级1680元，认定费由评价机构按标准另收。连续缴纳失业保险满1年的职工，取证后可按规定申请技能提升补贴（五级最高1000元、四级最高1500元），以人社部门审核为准。</p>
<h3>四、证书查询</h3><p>考核合格由评价机构颁发职业技能等级证书，可在技能人才评价证书全国联网查询（jndj.osta.org.cn）核验。</p>
<h3>五、报名方式</h3><p>招生办电话：0373-3056688　手机：13523737721（李老师）<br>微信咨询：QZ_zhipei0373<br>官网：www.qzzhipei.cn<br>统一社会信用代码：%s</p>
<p style="color:#c00">郑重声明：近期有人冒用我校名义，使用 %s 等号码以“内部名额、不用考试”为由收取报名费，该号码与本校无关，请广大学员提高警惕，如遇诈骗请拨打12315或报警。</p>""" % (USCC_U01, FAKE),
     True, "U01", "新乡市启智职业技能培训学校",
     [("phone", "03733056688", "0373-3056688"), ("phone", "+8613523737721", "13523737721"),
      ("wechat", "qz_zhipei0373", "QZ_zhipei0373"), ("domain", "qzzhipei.cn", "www.qzzhipei.cn"),
      ("uscc", USCC_U01, USCC_U01)],
     "U01 own site: honest level 5/4 course with correct eligibility and subsidy conditions",
     ["", "招生信息"])
page("/qizhi/course-biaozhu.html", "数据标注员（人工智能训练师工种）就业技能班",
     """<p>面向在岗及待岗人员，30天掌握图像框选、语音转写、文本分类等标注任务，结业后可推荐参加人工智能训练师（数据标注员）五级认定。</p>
<ul><li>上课地点：新乡市红旗区平原路校区三楼机房</li><li>学费：980元（含教材、实训平台账号）</li><li>开班时间：每月10日</li></ul>
<p>咨询：(0373)3056688，135-2373-7721（同微信）。了解更多请访问 www.qzzhipei.cn 。</p>
<p>温馨提示：培训合格证明不等于职业技能等级证书，等级证书须参加评价机构组织的考核。</p>""",
     True, "U01", "新乡市启智职业技能培训学校",
     [("phone", "03733056688", "(0373)3056688"), ("phone", "+8613523737721", "135-2373-7721"),
      ("domain", "qzzhipei.cn", "www.qzzhipei.cn")],
     "U01 own site: data-annotation class", ["", "招生信息"])

# ================================================================ exbzp (U03 own site)
VENUE = "0719-8265100"
page("/exbzp/ai-trainer.html", "2026年人工智能训练师（四级/三级）培训报名通知",
     """<p>作者：教务部　发布日期：2026-03-05　浏览次数：1316</p>
<p>根据十堰市技能提升行动安排，本中心开设人工智能训练师四级（中级工）、三级（高级工）培训班。四级参考课时50学时，三级40学时，理论考试与技能考核均为百分制，60分合格。</p>
<p><b>申报三级须已取得四级证书并满足相应工作年限</b>，报名时请携带身份证、学历证明、四级证书原件及单位出具的工作年限证明。</p>
<p>认定考点：十堰技师学院实训楼（考点前台：%s）。考试安排以评价机构通知为准。</p>
<p>培训费：四级1600元、三级2200元。符合条件的参保职工可申领技能提升补贴，政策咨询请拨打12333。</p>
<p>报名电话：0719-8871326　186 7198 2233（刘老师）　微信：exb_peixun<br>单位：十堰市鄂西北职业技能培训中心（统一社会信用代码 %s）<br>网址：www.exbzp.com</p>""" % (VENUE, USCC_U03),
     True, "U03", "十堰市鄂西北职业技能培训中心",
     [("phone", "07198871326", "0719-8871326"), ("phone", "+8618671982233", "186 7198 2233"),
      ("wechat", "exb_peixun", "exb_peixun"), ("uscc", USCC_U03, USCC_U03), ("domain", "exbzp.com", "www.exbzp.com")],
     "U03 own site: honest level 4/3 course notice", ["", "培训项目"])
page("/exbzp/shujubiaozhu-ban.html", "数据标注实训班（第12期）开始报名",
     """<p>本期共30个名额，适合高中及以上学历、会基本电脑操作的学员。课程内容：标注规范、质检流程、常用标注平台实操。</p>
<p>费用：1200元，本市户籍就业困难人员可申请免费培训名额（以人社部门审核为准）。</p>
<p>报名咨询：0719－8871326 或 18671982233。</p>
<p style="color:#a00">提醒：本中心从未委托任何个人代收费用，也从未使用 %s 等号码，谨防上当。</p>""" % FAKE,
     True, "U03", "鄂西北职培",
     [("phone", "07198871326", "0719－8871326"), ("phone", "+8618671982233", "18671982233")],
     "U03 own site: data annotation class", ["", "培训项目"])

# ================================================================ kecheng (marketplace)
page("/kecheng/course-2107.html", "人工智能训练师五级（数据标注方向）线下面授｜新乡",
     """<div class="card">机构：启智职培（已认证）｜评分 4.8｜已报名 326 人<br><span class="price">￥1380</span></div>
<div class="card"><h3>课程介绍</h3><p>60课时线下面授，新乡红旗区校区上课。课程对应《人工智能训练师国家职业技能标准（2021年版）》五级要求，结课后参加评价机构组织的认定考试（2026年新乡第7批，认定批次号13730250718）。</p>
<p>报名前请确认符合五级条件（相关工作满1年）。</p>
<h3>联系机构</h3><p>课程顾问：135 2373 7721　微信：qz_zhipei0373</p></div>
<div class="card"><h3>学员评价</h3><p>“老师讲得细，实操多。”——新乡学员 王**</p></div>""",
     True, "U01", "启智职培",
     [("phone", "+8613523737721", "135 2373 7721"), ("wechat", "qz_zhipei0373", "qz_zhipei0373")],
     "U01 on the course marketplace", ["", "职业考证"])
page("/kecheng/course-3356.html", "0基础学AI训练师｜原价9999限时99｜附赠考证通道",
     """<div class="card">机构：火鸟AI学院｜认证主体：杭州火鸟网络科技有限公司（%s）<br><span class="price">￥99</span> <del>￥9999</del></div>
<div class="card"><p>90%%小白都能学会！21天录播课带你入行AI数据标注，居家副业月入过万不是梦。</p>
<p>结课后可加购“人社部认证人工智能训练师证书”考证通道（2980元），官方认证，全国通用。</p>
<p>课程问题请发邮件至 huoniao_ai@163.com ，工作日24小时内回复。</p></div>""" % USCC_U04,
     True, "U04", "火鸟AI学院",
     [("uscc", USCC_U04, USCC_U04), ("email", "huoniao_ai@163.com", "huoniao_ai@163.com")],
     "U04: low-price hook course with upsell to a misleadingly described certificate", ["", "IT互联网"])
page("/kecheng/course-3902.html", "人工智能训练师高级技师/技师 直报通道｜国家职业资格",
     """<div class="card">机构：国培职业技能评价中心｜已认证企业<br><span class="price">￥4800起</span></div>
<div class="card"><p>人社部颁发国家职业资格证书，全国联网可查，可用于职称评定、落户积分。无需相关工作经验，不限学历、不限年龄，零基础可直接报考二级/一级。</p>
<p>三级+二级+一级套餐立减2000元，报三证送AIGC证书。</p>
<p>全国统一咨询：400-186-7720<br>企业信用代码：%s</p></div>""" % USCC_U07,
     True, "U07", "国培职业技能评价中心",
     [("phone", "4001867720", "400-186-7720"), ("uscc", USCC_U07, USCC_U07)],
     "U07: level 2/1 to beginners, 国家职业资格 and 人社部颁发 claims", ["", "职业考证"])
page("/kecheng/course-4018.html", "数据标注员入门实训（线上直播＋实操作业）",
     """<div class="card">机构：沪上数标学堂｜<span class="price">￥699</span></div>
<div class="card"><p>8周线上直播，每周作业批改。本课程为技能培训，不包含等级认定；需要考证的同学请自行向经备案的评价机构报名，证书可在 jndj.osta.org.cn 查询。</p>
<p>课程咨询邮箱：shubiao_xt@outlook.com</p></div>""",
     True, "I01", "沪上数标学堂",
     [("email", "shubiao_xt@outlook.com", "shubiao_xt@outlook.com")],
     "I01: honest online annotation course", ["", "IT互联网"])

# ================================================================ fenlei (classifieds)
page("/fenlei/xinxiang/zhiye-88231.html", "【启智教育】人工智能训练师五级培训 周末班 红旗区",
     """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>新乡-红旗区</td></tr><tr><td>联系人</td><td>李老师</td></tr>
<tr><td>电话</td><td>0373 3056688</td></tr><tr><td>微信</td><td>QZ_zhipei0373</td></tr></table>
<p>正规培训学校，人工智能训练师五级、四级常年招生，周末上课，理论加实操。学费透明，不乱收费，参保满一年的可以申请补贴。来校咨询请提前电话预约。</p>""",
     True, "U01", "启智教育",
     [("phone", "03733056688", "0373 3056688"), ("wechat", "qz_zhipei0373", "QZ_zhipei0373")],
     "U01 classified ad", ["", "新乡", "教育培训"])
page("/fenlei/xinxiang/zhiye-90412.html", "人工智能训练师三级/技师 包拿证 不限学历 新乡可报",
     """<table class="info"><tr><td>类别</td><td>职业资格考证</td></tr><tr><td>区域</td><td>新乡-牧野区</td></tr><tr><td>联系人</td><td>李老师（个人）</td></tr>
<tr><td>电话</td><td>159-0373-1245</td></tr></table>
<p>新乡证书报名中心：人工智能训练师三级、二级（技师）火热报名中！零基础可报，不看工作年限，不用到场考试，包拿证，人社部颁发全国通用。证书可挂靠公司，每年多挣一两万。名额有限先交定金500锁名额。</p>
<p>加微信 xxlaoshi159 发资料。</p>""",
     True, "U05", "新乡证书报名中心",
     [("phone", "+8615903731245", "159-0373-1245"), ("wechat", "xxlaoshi159", "xxlaoshi159")],
     "U05: 包拿证, level 2 to beginners, 挂靠 lure", ["", "新乡", "教育培训"])
page("/fenlei/xinxiang/zhiye-91077.html", "技能提升补贴 人工智能训练师 补贴后几乎免费 豫才",
     """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>新乡-卫滨区</td></tr><tr><td>联系人</td><td>豫才评价 张主任</td></tr>
<tr><td>电话</td><td>0373 2029518</td></tr></table>
<p>人工智能训练师五级到技师都能报，补贴后几乎免费！技师补贴最高4000元（国家政策）。学员QQ群：738215946，进群领取报名表和历年真题。</p>""",
     True, "U09", "豫才评价",
     [("phone", "03732029518", "0373 2029518"), ("qq_group", "738215946", "738215946")],
     "U09: false subsidy claim for 技师", ["", "新乡", "教育培训"])
page("/fenlei/shiyan/peixun-50917.html", "十堰人工智能训练师培训 四级三级 正规机构",
     """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>十堰-茅箭区</td></tr><tr><td>联系人</td><td>刘老师</td></tr>
<tr><td>电话</td><td>186-7198-2233</td></tr><tr><td>微信</td><td>exb_peixun</td></tr></table>
<p>鄂西北职业培训（十堰）开设人工智能训练师四级、三级培训，按标准课时授课，考点设在十堰技师学院（考点咨询 %s）。报三级需有四级证书和工作年限，具体条件欢迎来电咨询。</p>""" % VENUE,
     True, "U03", "鄂西北职业培训",
     [("phone", "+8618671982233", "186-7198-2233"), ("wechat", "exb_peixun", "exb_peixun")],
     "U03 classified ad", ["", "十堰", "教育培训"])
page("/fenlei/shiyan/peixun-51260.html", "十堰考证报名点 人工智能训练师 数据标注员 报名",
     """<table class="info"><tr><td>类别</td><td>职业资格考证</td></tr><tr><td>区域</td><td>十堰-张湾区</td></tr><tr><td>联系人</td><td>王老师</td></tr>
<tr><td>电话</td><td>138 7248 1567</td></tr><tr><td>QQ</td><td>1549872630</td></tr></table>
<p>十堰考证报名点代报人工智能训练师五级、四级，协助准备材料，考前辅导，通过率高。考试在十堰技师学院（前台 %s），证书可在 zscx.osta.org.cn 查询。报名费用电话咨询。</p>""" % VENUE,
     True, "U06", "十堰考证报名点",
     [("phone", "+8613872481567", "138 7248 1567"), ("qq", "1549872630", "1549872630")],
     "U06: agent, mild 'high pass rate' wording", ["", "十堰", "教育培训"])
page("/fenlei/shiyan/peixun-52388.html", "数据标注员五级 一对一辅导 郧阳区 张老师",
     """<table class="info"><tr><td>类别</td><td>家教/辅导</td></tr><tr><td>区域</td><td>十堰-郧阳区</td></tr><tr><td>联系人</td><td>张老师</td></tr>
<tr><td>电话</td><td>15671903378</td></tr></table>
<p>本人在标注公司做项目主管三年，可一对一辅导人工智能训练师（数据标注员）五级理论和实操，每次2小时150元。只做辅导，不代报名、不办证，考证请到正规机构，证书到 zscx.osta.org.cn 查，遇到办假证的可打12315举报。</p>""",
     True, "I02", "张老师",
     [("phone", "+8615671903378", "15671903378")],
     "I02: independent tutor, honest", ["", "十堰", "教育培训"])

# ================================================================ bbs (forum)
RQQ = "1023847561"      # a reader's own QQ, left in comments on several pages
RWX = "hx_8823"         # a reader's own WeChat
page("/bbs/thread-44102.html", "【转】人工智能训练师证书 免考直接拿 官网可查",
     """<div class="post"><span class="author">智培教育客服小刘</span> 发表于 2026-3-3 21:14<p>人工智能训练师三级、二级、一级均可办理，免培训、包通过、国家认可、官方认证！人社部颁发国家职业资格证书，官网可查：zgzyjn-cx.com 。急用的加急7天出证，电话17737316620。</p></div>
<div class="post"><span class="author">车城老王</span><p>这种一看就是骗子，版主删了吧。</p></div>
<div class="post"><span class="author">小鱼儿2019</span><p>查询网站不是osta的都别信。</p></div>""",
     True, "U02", "智培教育",
     [("phone", "+8617737316620", "17737316620"), ("domain", "zgzyjn-cx.com", "zgzyjn-cx.com")],
     "U02 spam post with fake query domain", ["", "职场茶馆"])
page("/bbs/thread-44871.html", "新乡的朋友看过来，人工智能训练师技师直接报",
     """<div class="post"><span class="author">豫北考证李老师</span> 发表于 2026-3-4 10:02<p>新乡牧野区，人工智能训练师技师、三级都能报，不用工作年限，不用考试，包拿证。有意向的直接打我电话15903731245。</p></div>
<div class="post"><span class="author">hx哥</span><p>真的假的？我也想报，加我微信 %s 聊聊</p></div>
<div class="post"><span class="author">路人甲</span><p>不用考试就能拿技师？别被骗了，去 12333 问问就知道了。</p></div>""" % RWX,
     True, "U05", "豫北考证李老师",
     [("phone", "+8615903731245", "15903731245")],
     "U05 forum post", ["", "豫北同乡会"])
page("/bbs/thread-45013.html", "十堰有没有一起考人工智能训练师的？组队报名有优惠",
     """<div class="post"><span class="author">车城王老师</span> 发表于 2026-3-5 19:40<p>我这边在张湾区帮大家代报五级、四级，组队5人以上每人优惠200。资料发QQ：1549872630，或者微信 sywang_0719。</p></div>
<div class="post"><span class="author">hx哥</span><p>+1，%s 拉我一下</p></div>""" % RWX,
     True, "U06", "车城王老师",
     [("qq", "1549872630", "QQ：1549872630"), ("wechat", "sywang_0719", "sywang_0719")],
     "U06 forum post", ["", "十堰生活"])
page("/bbs/thread-45230.html", "车城职业技术学院继续教育学院 人工智能训练师社会培训招生",
     """<div class="post"><span class="author">cczy_jjxy</span> 发表于 2026-3-6 09:15<p>我院面向社会开设人工智能训练师五级、四级培训，师资为计算机专业教师，实训在校内机房。学费按物价部门核定标准收取，符合条件者可申请补贴（政策咨询12333）。报名电话：0719-8105236（工作日）。</p></div>
<div class="post"><span class="author">hx哥</span><p>学校办的靠谱点，%s 求带</p></div>""" % RWX,
     True, "I05", "车城职业技术学院继续教育学院",
     [("phone", "07198105236", "0719-8105236")],
     "I05: a college's continuing-education course", ["", "职场茶馆"])
page("/bbs/thread-45377.html", "曝光！交了3800说包过人工智能训练师三级，现在人联系不上了",
     """<div class="post"><span class="author">被坑的小陈</span> 发表于 2026-3-7 22:31<p>去年在网上看到说人工智能训练师三级不用考试包过，对方用的电话是 %s，自称某某培训学校老师，交了3800，说三个月出证，现在电话关机微信拉黑。已经打了12315投诉，也报了警。大家别上当！</p></div>
<div class="post"><span class="author">hx哥</span><p>同被骗过，%s 私聊拉个维权群</p></div>
<div class="post"><span class="author">版主</span><p>已置顶。证书真伪请到官方网站查询：zscx.osta.org.cn</p></div>""" % (FAKE, RWX),
     False, None, None, [], "complaint thread quoting a scam number (non-offer)", ["", "职场茶馆"])

# ================================================================ wenda (Q&A)
page("/wenda/q-3308.html", "人工智能训练师证书在哪里报名？多少钱？",
     """<div class="q">人工智能训练师证书在哪里报名？多少钱？</div>
<div class="ans"><b>中科智培教育</b>（认证答主）<p>我们这边全国都可以报，三级技师一起拿，三证套餐6800，不需要到场，人社部颁发国家职业资格证书，可挂靠可积分落户。详询QQ 285 006 1713，或电话 177 3731 6620。</p></div>
<div class="cmt">网友评论：求资料，我QQ %s</div>""" % RQQ,
     True, "U02", "中科智培教育",
     [("qq", "2850061713", "285 006 1713"), ("phone", "+8617737316620", "177 3731 6620")],
     "U02 answer on Q&A", ["", "教育"])
page("/wenda/q-3415.html", "新乡哪里可以考人工智能训练师三级？",
     """<div class="q">新乡哪里可以考人工智能训练师三级？我大专毕业没工作经验</div>
<div class="ans"><b>豫北考证李老师</b><p>没经验也能报，我们直接给你报三级，不用考，包拿证。微信：xxlaoshi159，电话 159 0373 1245。</p></div>
<div class="ans"><b>老HR</b><p>三级要先有四级证书和工作年限，楼上说不用考的你自己想想。</p></div>
<div class="cmt">网友评论：同问，QQ%s</div>""" % RQQ,
     True, "U05", "豫北考证李老师",
     [("wechat", "xxlaoshi159", "xxlaoshi159"), ("phone", "+8615903731245", "159 0373 1245")],
     "U05 answer on Q&A", ["", "教育"])
page("/wenda/q-3522.html", "人工智能训练师技能提升补贴怎么领？",
     """<div class="q">人工智能训练师技能提升补贴怎么领？</div>
<div class="ans"><b>豫才培训学校</b><p>在我们这报名，五级到技师都有补贴，补贴后几乎免费。进学员群：738 215 946，资料发邮箱 yucai_pj@126.com。报名表通过 jinshuju.net 在线填写。</p></div>
<div class="ans"><b>热心网友</b><p>补贴只有五级到三级，而且要交满一年失业保险，技师没有国家补贴，具体打12333问。</p></div>""",
     True, "U09", "豫才培训学校",
     [("qq_group", "738215946", "738 215 946"), ("email", "yucai_pj@126.com", "yucai_pj@126.com")],
     "U09 answer with false subsidy claim", ["", "职场"])
page("/wenda/q-3601.html", "人工智能训练师证书是国家职业资格证书吗？怎么查真假？",
     """<div class="q">人工智能训练师证书是国家职业资格证书吗？怎么查真假？</div>
<div class="ans"><b>职业规划师老周</b><p>不是。2020年后它属于职业技能等级证书，由经人社部门备案的评价机构颁发，不是人社部颁发。查询请用技能人才评价证书全国联网查询 zscx.osta.org.cn 或证书上的 jndj.osta.org.cn，其他网站一律存疑。有疑问可拨打12333。</p></div>
<div class="cmt">网友评论：学到了，有真题的发我 QQ %s</div>""" % RQQ,
     False, None, None, [], "guide answer (non-offer) with reader contact in comments", ["", "教育"])

# ================================================================ mp (WeChat reposts)
PH = "400-000-0000"   # template placeholder left by an editor tool
page("/mp/a-exb-2025.html", "十堰人注意！2026年人工智能训练师培训开班啦",
     """<p class="meta">原创　鄂西北职培　2026-03-06 08:30　湖北</p><div class="rich_media_content">
<p>人工智能训练师是人社部等部门发布的新职业，越来越多的企业需要数据标注、算法测试人才。</p>
<p>我中心3月开设四级、三级班，按国家标准课时授课。报名条件以《人工智能训练师国家职业技能标准（2021年版）》为准。</p>
<p>报名地址：茅箭区北京中路66号　电话：(0719)8871326　微信：exb_peixun</p>
<p>十堰市鄂西北职业技能培训中心　统一社会信用代码：%s</p></div>""" % USCC_U03,
     True, "U03", "鄂西北职培",
     [("phone", "07198871326", "(0719)8871326"), ("wechat", "exb_peixun", "exb_peixun"), ("uscc", USCC_U03, USCC_U03)],
     "U03 WeChat article repost", ["", "本地"])
page("/mp/a-huoniao-99.html", "宝妈在家做AI训练师，一个月多赚5000？99元带你入门",
     """<p class="meta">火鸟教育　2026-03-01</p><div class="rich_media_content">
<p>90%%小白都能学会！原价9999，今天限时99。学完可加购人社部认证的人工智能训练师证书，拿到证书便可升职加薪。</p>
<p>客服微信：huoniaoai_01　邮箱：huoniao_ai#163.com（#换成@）</p>
<p>联系电话：%s</p>
<p>报名表：jinshuju.net 搜索“火鸟训练营”</p></div>""" % PH,
     True, "U04", "火鸟教育",
     [("wechat", "huoniaoai_01", "huoniaoai_01"), ("email", "huoniao_ai@163.com", "huoniao_ai#163.com")],
     "U04 article: hype, obfuscated e-mail, placeholder phone left in template", ["", "职场"])
page("/mp/a-guopei-zhinan.html", "权威发布｜2026人工智能训练师报考指南（附官方报名入口）",
     """<p class="meta">国培职业技能评价中心　2026-02-27</p><div class="rich_media_content">
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办，证书人社部颁发、国家职业资格、全国通用，直接对应职称证书。</p>
<p>报名入口：gpzl-edu.com　咨询热线：4001867720　邮箱：service@gpzl-edu.com</p>
<p>证书可在中国人事考试网 cpta.com.cn 及本中心官网双重查询。支持支付宝分期，支付宝客服95188可查询交易记录。</p></div>""",
     True, "U07", "国培职业技能评价中心",
     [("domain", "gpzl-edu.com", "gpzl-edu.com"), ("phone", "4001867720", "4001867720"), ("email", "service@gpzl-edu.com", "service@gpzl-edu.com")],
     "U07 article with 工信部 / 人社部颁发 / 职称 overclaims", ["", "教育"])
page("/mp/a-hanjiang-ying.html", "AI训练师特训营第9期｜结业推荐就业，签协议",
     """<p class="meta">汉江数智学院　2026-03-03　湖北</p><div class="rich_media_content">
<p>4周特训，结业推荐到合作标注基地上岗，签订协议就业，包就业！学费3980元，可分期。</p>
<p>收款单位：武汉汉江数智科技有限公司（请认准对公账户）</p>
<p>客服微信：hjsz-kefu　电话：%s</p></div>""" % PH,
     True, "U08", "汉江数智学院",
     [("wechat", "hjsz-kefu", "hjsz-kefu"), ("other", "武汉汉江数智科技有限公司", "武汉汉江数智科技有限公司")],
     "U08 article with 协议就业 promise and payee", ["", "职场"])
page("/mp/a-muye-shequ.html", "卫滨区数智技能培训学校：人工智能训练师五级免费培训名额公示",
     """<p class="meta">卫滨数智职校　2026-03-08　河南</p><div class="rich_media_content">
<p>面向辖区登记失业人员和农村转移劳动力开设人工智能训练师五级免费培训班（就业技能培训项目），共40个名额。</p>
<p>报名电话：0373-5126907。在线报名表：jinshuju.net/f/ws2026 。</p>
<p>新乡市卫滨区数智技能培训学校　信用代码：%s</p></div>""" % USCC_I06,
     True, "I06", "新乡市卫滨区数智技能培训学校",
     [("phone", "03735126907", "0373-5126907"), ("uscc", USCC_I06, USCC_I06)],
     "I06: free government-funded training slots", ["", "本地"])

# ================================================================ video (short video)
page("/video/v-58213.html", "人工智能训练师证书不用考试也能拿？评论区扣1",
     """<div class="player">▶ 00:47</div><p>@AI证书张老师　3.2万赞　1876评论</p>
<p>文案：人工智能训练师三级+技师一起拿，国家职业资格，人社部颁发，不过全退！V：ZKZP2026，Q：2850061713</p>
<p class="tags"><a>#人工智能训练师</a> <a>#考证</a></p>""",
     True, "U02", "AI证书张老师",
     [("wechat", "zkzp2026", "ZKZP2026"), ("qq", "2850061713", "2850061713")],
     "U02 short video", ["", "知识"])
page("/video/v-60477.html", "小白也能做的AI副业｜人工智能训练师入门",
     """<div class="player">▶ 01:12</div><p>@火鸟AI学院　8713赞</p>
<p>文案：90%%小白都能学会，原价9999限时99，主页有课，想考证的私信或加 HuoNiaoAI_01</p>""",
     True, "U04", "火鸟AI学院",
     [("wechat", "huoniaoai_01", "HuoNiaoAI_01")],
     "U04 short video", ["", "知识"])
page("/video/v-61122.html", "十堰同城｜人工智能训练师在哪报名？我带你去考点看看",
     """<div class="player">▶ 02:05</div><p>@十堰人工智能训练师报名处　1205赞　📍十堰·张湾区</p>
<p>文案：带大家实拍十堰技师学院考点，想报名五级四级的找我，电话13872481567，微信 SYwang_0719。</p>""",
     True, "U06", "十堰人工智能训练师报名处",
     [("phone", "+8613872481567", "13872481567"), ("wechat", "sywang_0719", "SYwang_0719")],
     "U06 short video", ["", "同城"])
page("/video/v-61880.html", "武汉AI训练师特训营 学员上岗实拍",
     """<div class="player">▶ 00:58</div><p>@汉江数智学院　4410赞</p>
<p>文案：第9期特训营结业直接上岗，包就业！咨询加 HJSZ-kefu，或致电 199 7120 3345。</p>""",
     True, "U08", "汉江数智学院",
     [("wechat", "hjsz-kefu", "HJSZ-kefu"), ("phone", "+8619971203345", "199 7120 3345")],
     "U08 short video", ["", "知识"])
page("/video/v-62309.html", "三天速成AI训练师，证书到手！",
     """<div class="player">▶ 00:35</div><p>@阿K聊AI　2.1万赞</p>
<p>文案：我整理的速成资料，三天速成，交费包过，拿到证书便可升职加薪，需要的加我 vx：ak_ai_talk</p>""",
     True, "I03", "阿K聊AI",
     [("wechat", "ak_ai_talk", "ak_ai_talk")],
     "I03: blogger selling 速成/包过", ["", "知识"])

# ================================================================ news
page("/news/2026/0309-jingti.html", "警惕！“包过”考证骗局盯上人工智能训练师",
     """<p class="src">来源：豫北在线　2026-03-09　记者 赵敏</p>
<p>近日，市民陈先生向本网反映，其在网上报名“人工智能训练师三级不用考试包过”，交费3800元后对方失联。对方使用的联系电话为 %s。</p>
<p>市人社局提醒，人工智能训练师证书属于职业技能等级证书，由经备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）核验；“人社部颁发”“包过”“不用考试”均为虚假宣传。专业技术类证书可在中国人事考试网 cpta.com.cn 核验。遇到消费纠纷可拨打12315，政策咨询拨打12333。</p>""" % FAKE,
     False, None, None, [], "news warning quoting a scam number (non-offer)", ["", "民生"])
page("/news/2026/0302-tuiguang-guopei.html", "【推广】国培职业技能评价中心：AI新职业人才缺口大，证书含金量高",
     """<p class="src">来源：企业供稿　2026-03-02</p>
<p>记者从国培职业技能评价中心了解到，该中心开设人工智能训练师全等级报考，证书人社部颁发，官网可查，可用于评职称、积分落户。</p>
<p>报考官网：www.gpzl-edu.com　邮箱：Service@gpzl-edu.com</p>
<p>（本文为推广信息，不代表本网观点）</p>""",
     True, "U07", "国培职业技能评价中心",
     [("domain", "gpzl-edu.com", "www.gpzl-edu.com"), ("email", "service@gpzl-edu.com", "Service@gpzl-edu.com")],
     "U07 advertorial", ["", "推广"])
page("/news/2026/0305-yucai-butie.html", "技能提升补贴政策来了！新乡豫才评价助力市民学AI",
     """<p class="src">来源：豫北在线推广频道　2026-03-05</p>
<p>新乡市民参加人工智能训练师培训，五级到技师均可享受补贴，补贴后几乎免费。豫才评价本期考试为新乡第7批（批次号13730250718）。</p>
<p>咨询电话：0373-2029518　资料邮箱：yucai_pj@126.com　在线报名：jinshuju.net/f/yc2026</p>""",
     True, "U09", "豫才评价",
     [("phone", "03732029518", "0373-2029518"), ("email", "yucai_pj@126.com", "yucai_pj@126.com")],
     "U09 sponsored news", ["", "推广"])

# ================================================================ rsj (government notice style)
page("/rsj/tzgg-20260301.html", "关于2026年职业技能提升补贴申领有关事项的通知",
     """<div class="zw"><p>各有关单位、广大参保职工：</p>
<p>依法参加失业保险、累计缴纳满1年的企业职工，取得职业资格证书或职业技能等级证书的，可按规定申领技能提升补贴：初级（五级）不超过1000元，中级（四级）不超过1500元，高级（三级）不超过2000元。二级、一级不在国家技能提升补贴范围内。</p>
<p>证书须能在技能人才评价证书全国联网查询（jndj.osta.org.cn、zscx.osta.org.cn）查到。凡宣称“补贴后几乎免费”“技师有补贴”的社会广告，请市民注意甄别。咨询电话：12333。</p></div>""",
     False, None, None, [], "official subsidy notice (non-offer)", ["", "通知公告"])
page("/rsj/tzgg-20260304.html", "2026年第一季度职业技能等级认定考点及批次安排公告",
     """<div class="zw"><p>人工智能训练师（4-04-05-05）五级、四级认定安排如下：</p>
<table border="1"><tr><th>批次号</th><th>考点</th><th>考点电话</th></tr>
<tr><td>13730250718（豫鄂协作·新乡联考批次，转载）</td><td>新乡市职业技能公共实训基地</td><td>—</td></tr>
<tr><td>42032026Q1-05</td><td>十堰技师学院实训楼</td><td>%s</td></tr></table>
<p>本局不委托任何机构或个人代收认定费用。</p></div>""" % VENUE,
     False, None, None, [], "official exam batch and venue notice (non-offer)", ["", "通知公告"])

# ================================================================ shop
CERT = "S000041060112253000187"  # sample certificate number copied onto several ads
page("/shop/item-7731.html", "人工智能训练师证书报考 三级/技师 加急出证 官网可查",
     """<div class="price">￥3980.00</div><p>店铺：智培证书官方旗舰店　月销 200+</p>
<div class="sku">三级</div><div class="sku">二级技师</div><div class="sku">三证套餐</div>
<p>宝贝详情：人社部颁发国家职业资格证书，免考包过，证书入库可查，查询网址 www.zgzyjn-cx.com 。证书样本（编号 %s）。拍下后请加客服微信 zkzp2026 提交资料。</p>
<p>支付方式：支付宝担保交易（支付宝客服95188）。</p>""" % CERT,
     True, "U02", "智培证书官方旗舰店",
     [("domain", "zgzyjn-cx.com", "www.zgzyjn-cx.com"), ("wechat", "zkzp2026", "zkzp2026")],
     "U02 shop item", ["", "教育培训"])
page("/shop/item-8120.html", "国培 人工智能训练师 二级/一级 报名服务 人社部颁发",
     """<div class="price">￥4800.00</div><p>店铺：国培智联人才服务</p>
<p>零基础直报技师、高级技师，不限学历不限年龄，全国通用。证书样本编号：%s。</p>
<p>售前咨询 400 186 7720　主体信用代码 %s</p>""" % (CERT, USCC_U07),
     True, "U07", "国培智联人才服务",
     [("phone", "4001867720", "400 186 7720"), ("uscc", USCC_U07, USCC_U07)],
     "U07 shop item", ["", "教育培训"])
page("/shop/item-8344.html", "汉江数智 AI训练师特训营 4周 包就业",
     """<div class="price">￥3980.00</div><p>店铺：汉江数智学院旗舰店　开票主体：武汉汉江数智科技有限公司</p>
<p>结业签订协议就业。课程顾问：19971203345（工作日）。</p>
<p>支付宝担保交易，如有疑问可致电支付宝客服95188。</p>""",
     True, "U08", "汉江数智学院旗舰店",
     [("phone", "+8619971203345", "19971203345"), ("other", "武汉汉江数智科技有限公司", "武汉汉江数智科技有限公司")],
     "U08 shop item", ["", "教育培训"])
page("/shop/item-8611.html", "人工智能训练师五级四级 题库+代报名服务 知行书屋",
     """<div class="price">￥168.00</div><p>店铺：知行书屋</p>
<p>含理论题库1200题、实操指导视频，可代为向本地评价机构提交报名材料（考试需本人参加）。注意：职业技能等级证书不在 cpta.com.cn 查询，请以 osta 官网为准。拍前请联系QQ：3307618842。</p>""",
     True, "I04", "知行书屋",
     [("qq", "3307618842", "3307618842")],
     "I04: question bank plus registration service", ["", "图书"])
page("/shop/item-9002.html", "Python编程从入门到实践（第3版）正版图书",
     """<div class="price">￥69.80</div><p>店铺：知新图书专营店</p><p>正版现货，下单48小时内发货。</p>""",
     False, None, None, [], "unrelated shop item (non-offer)", ["", "图书"])

# ================================================================ site index pages
def index_page(site, title, intro):
    links = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"]))
                    for q in PAGES if q["path"].startswith("/%s/" % site) and not q["path"].endswith("/index.html"))
    page("/%s/index.html" % site, title, "<p>%s</p><ul>%s</ul>" % (intro, links), False, None, None, [],
         "site index (non-offer)", [""])


index_page("qizhi", "新乡市启智职业技能培训学校 首页", "学校新闻：2026年春季班开课；安全生产培训通知。招生热线 0373-3056688。")
index_page("exbzp", "十堰市鄂西北职业技能培训中心", "中心简介：成立于2016年，开展电工、育婴员、人工智能训练师等培训。")
index_page("kecheng", "学途网 - 职业考证课程", "热门课程推荐，机构入驻请联系平台客服。")
index_page("fenlei", "同城快分类 - 新乡/十堰 教育培训信息", "最新发布的教育培训信息：")
index_page("bbs", "车城社区 - 职场茶馆", "今日：128　昨日：311　帖子：52万")
index_page("wenda", "问答吧 - 教育频道", "最新问题：")
index_page("mp", "微文集 - 公众号文章精选", "今日更新：")
index_page("video", "快看短视频 - 推荐", "为你推荐：")
index_page("news", "豫北在线 - 新乡新闻门户", "今日要闻：")
index_page("rsj", "通知公告", "本站为人社服务信息公开栏目。")
index_page("shop", "淘优品商城 - 教育培训 / 图书", "精选商品：")

# ================================================================ decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline quoted on notices, guides and ads"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline quoted in warnings and an ad"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site quoted by several sellers"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 official verification site quoted in news"),
    ("phone", "4009006655", ["400-900-6655"], "course marketplace customer-service number in every kecheng footer/sidebar"),
    ("email", "kefu@xuetuwang.com", ["kefu@xuetuwang.com"], "course marketplace service e-mail in every footer"),
    ("other", "京ICP备18043327号-3", ["京ICP备18043327号-3"], "course marketplace ICP number in every footer"),
    ("other", "豫ICP备17008326号-1", ["豫ICP备17008326号-1"], "classifieds platform ICP number in every footer"),
    ("email", "jubao@tongchengkuai.com", ["jubao@tongchengkuai.com"], "classifieds platform report e-mail in every footer"),
    ("qq", "2498813307", ["2498813307"], "forum's advertising QQ in sidebar and footer of every thread"),
    ("qq_group", "610254873", ["610254873"], "WeChat-repost site's reader QQ group in every footer"),
    ("email", "jubao@kuaikanv.com", ["jubao@kuaikanv.com"], "short-video platform report e-mail in every footer"),
    ("phone", "4008261199", ["400-826-1199"], "shop platform customer-service number in every footer"),
    ("domain", "taoyoupin.com", ["www.taoyoupin.com"], "shop platform's own domain in every sidebar/footer"),
    ("phone", "03733058110", ["0373-3058110"], "news site's news hotline in every footer"),
    ("phone", "+8617084526631", [FAKE], "scam number quoted in news, a complaint, and in two schools' impersonation warnings"),
    ("phone", "+8613730250718", ["13730250718"], "official exam batch number (新乡第7批) that looks like a mobile"),
    ("other", CERT, [CERT], "sample certificate number copied onto several sellers' ads"),
    ("phone", "4000000000", [PH], "template placeholder phone left by an article editor"),
    ("qq", RQQ, [RQQ], "a reader's own QQ left in comments on several Q&A pages"),
    ("wechat", RWX, [RWX], "a reader's own WeChat left in replies on several threads"),
    ("phone", "07198265100", [VENUE], "exam venue (十堰技师学院) front desk, third party"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("phone", "95188", ["95188"], "payment platform (支付宝) customer service, third party"),
]


def touches(edge, nb):
    """True when a decoy's edge character runs on into a neighbouring token."""
    if edge.isdigit():
        return nb.isdigit()
    if edge.isascii() and edge.isalpha():
        return nb.isascii() and (nb.isalnum() or nb in "._-")
    return False


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        out = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        h = frame(p)
        texts[p["path"]] = h
        with open(out, "w", encoding="utf-8") as f:
            f.write(h)
    sites = sorted(SITES)
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (s, html.escape(SITES[s]["name"]), SITES[s]["style"]) for s in sites)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    ops = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            assert w in texts[p["path"]], (p["path"], w)
        assert p["provider"] is None or p["provider"] in texts[p["path"]], (p["path"], p["provider"])
        tpages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                           identifiers=p["ids"], note=p["note"]))
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    bad = False
    for kind, value, written, why in DECOYS:
        pages = []
        for path in sorted(texts):
            t = texts[path]
            for w in written:
                for m in re.finditer(re.escape(w), t):
                    a = t[m.start() - 1] if m.start() else " "
                    b = t[m.end()] if m.end() < len(t) else " "
                    if touches(w[0], a) or touches(w[-1], b):
                        raise SystemExit("decoy %s embedded in a longer token on %s" % (w, path))
            if any(w in t for w in written):
                pages.append(path)
        ops_on = {p["operator"] for p in PAGES if p["path"] in pages and p["operator"]}
        if len(ops_on) < 2: print("WEAK DECOY", value, ops_on); bad = True
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    if bad:
        raise SystemExit(1)
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
