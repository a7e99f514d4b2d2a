#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(b):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(b))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * WTS[i] for i, ch in enumerate(s)) % 31
    return s + ALPH[0 if r == 31 else r]

# ---------------------------------------------------------------- sellers
USCC_U01 = uscc("91330106", "MA27XK4B")
USCC_U03 = uscc("91110108", "MA01GT6N")
USCC_U05 = uscc("52440300", "MJL17320")
USCC_KCB = uscc("91330108", "MA2CH9P1")   # marketplace company (decoy)
USCC_NEWS = uscc("91330100", "32807614")  # news site company (decoy)

IDS = {
    # U01 智信教育 (Hangzhou, honest)
    "u01_tel": ("phone", "057186921475"), "u01_mob": ("phone", "+8615867123409"),
    "u01_uscc": ("uscc", USCC_U01), "u01_dom": ("domain", "zhixinpx.com"),
    "u01_wx": ("wechat", "zhixin_lsq"),
    # U02 包过 seller
    "u02_mob": ("phone", "+8613816594420"), "u02_wx": ("wechat", "hp_zhengshu666"),
    "u02_qq": ("qq", "3318865021"),
    # U03 中科慧联 (fake 工信部 claims)
    "u03_400": ("phone", "4008672315"), "u03_mail": ("email", "zhaosheng@zkhuilian.cn"),
    "u03_dom": ("domain", "zkhuilian.cn"), "u03_uscc": ("uscc", USCC_U03),
    # U04 三证合一 bundles
    "u04_wx": ("wechat", "zhida2021"), "u04_payee": ("other", "深圳市职达信息咨询有限公司"),
    "u04_qq": ("qq", "1952037746"), "u04_mob": ("phone", "+8619925370618"),
    # U05 鹏程智训 (Shenzhen, honest, subsidy)
    "u05_tel": ("phone", "075526613080"), "u05_mail": ("email", "pczx_px@126.com"),
    "u05_uscc": ("uscc", USCC_U05),
    # U06 高级技师零基础
    "u06_mob": ("phone", "+8617753186260"), "u06_qq": ("qq", "2876540193"),
    "u06_wx": ("wechat", "gzrc_zhang"),
    # U07 挂靠 lure
    "u07_mob": ("phone", "+8615013972846"), "u07_wx": ("wechat", "jucai_hr88"),
    "u07_qqg": ("qq_group", "738291054"),
    # U08 fake query site
    "u08_dom": ("domain", "jnzscx.cn"), "u08_mob": ("phone", "+8613267480931"),
    "u08_mail": ("email", "jnzscx@163.com"),
    # U09 AIGC mix-up
    "u09_wx": ("wechat", "zhiyu_aigc"), "u09_mob": ("phone", "+8618620735519"),
    "u09_mail": ("email", "2607381245@qq.com"),
    # independents
    "i01_mob": ("phone", "+8613705718826"), "i02_wx": ("wechat", "li_aitrainer"),
    "i03_qq": ("qq", "1183402776"), "i04_wx": ("wechat", "zhoucc_ai"),
    "i05_tel": ("phone", "057186890125"), "i06_mail": ("email", "xiaolu_ai@foxmail.com"),
}

# ---------------------------------------------------------------- sites
SITES = {
 "zhixin": dict(name="智信教育", domain="www.zhixinpx.com", cls="zx",
    menu=["首页", "课程中心", "报考指南", "补贴政策", "联系我们"],
    side="热门课程",
    footer="杭州智信职业技能培训有限公司 | 地址:杭州市西湖区文三路 259 号 7 楼 | 电话:0571-86921475 | www.zhixinpx.com | 统一社会信用代码:" + USCC_U01),
 "kechengbao": dict(name="课程宝 · 职业技能课堂", domain="www.kechengbao.com", cls="kcb",
    menu=["首页", "IT 互联网", "职业考证", "AI 人工智能", "企业培训", "我的订单"],
    side="同类课程推荐",
    footer="课程宝客服热线:400-690-5178(9:00-21:00) | 客服邮箱:kefu@kechengbao.com | 浙ICP备19023456号-1 | 杭州课程宝网络科技有限公司 统一社会信用代码 " + USCC_KCB + " | 平台仅提供信息展示,课程由入驻机构提供"),
 "luntan": dict(name="职考交流论坛", domain="bbs.zhikao-jl.com", cls="bbs",
    menu=["论坛首页", "职业资格", "技能等级", "避坑曝光", "资料下载"],
    side="本版热帖",
    footer="职考交流论坛 · 站务QQ交流群 512384967 · 版权所有 © 2018-2026 · 发帖请遵守论坛规则,广告帖请勿轻信"),
 "fenlei": dict(name="便民分类信息网", domain="www.bmfenlei.com", cls="fl",
    menu=["首页", "招聘求职", "教育培训", "二手市场", "房产", "发布信息"],
    side="相关信息",
    footer="便民分类信息网 bmfenlei.com 客服电话 0731-84562210 · 信息由用户发布,本站不承担交易风险 · 湘ICP备17008812号"),
 "wenda": dict(name="知了问答", domain="www.zhiliaowenda.com", cls="qa",
    menu=["首页", "教育", "职场", "科技", "提问"],
    side="相关问题",
    footer="知了问答 © 2026 | 举报邮箱 jubao@zhiliaowenda.com | 回答内容仅代表答主个人观点"),
 "weixin": dict(name="微文聚合 · 公众号文章转载", domain="www.wxjuhe.cn", cls="wx",
    menu=["首页", "职场", "教育", "科技", "投稿"],
    side="相关文章",
    footer="本站文章均转载自微信公众号,版权归原作者所有,如有侵权请联系 tougao@wxjuhe.cn 删除 | 京ICP备21004417号"),
 "video": dict(name="快看短视频 网页版", domain="www.kuaikanv.com", cls="vd",
    menu=["推荐", "关注", "知识", "职场", "直播"],
    side="相关视频",
    footer="快看短视频 | 违法和不良信息举报电话:400-140-2108 | 网络文化经营许可证 沪网文〔2023〕1107-062号"),
 "news": dict(name="钱塘晨报网", domain="www.qtcbnews.com", cls="nw",
    menu=["首页", "本地", "民生", "教育", "财经", "专题"],
    side="相关阅读",
    footer="钱塘晨报网 新闻热线:0571-85109999 | 浙ICP备10044021号 | 钱塘晨报传媒有限公司 " + USCC_NEWS),
 "rsj": dict(name="某市人力资源和社会保障局", domain="rsj.qiantang.gov.cn", cls="gov",
    menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
    side="通知公告",
    footer="主办:某市人力资源和社会保障局 | 咨询电话:12333 | 网站标识码 3301000023 | 浙公网安备 33010202000588号"),
 "college": dict(name="钱塘职业技术学院 继续教育学院", domain="jxjy.qtzy.edu.cn", cls="edu",
    menu=["学院首页", "学院概况", "培训项目", "职业技能等级认定", "联系我们"],
    side="培训项目",
    footer="钱塘职业技术学院 地址:杭州市钱塘区学源街 88 号 | 学院总机:0571-86890000 | 浙ICP备05012398号"),
 "shop": dict(name="淘优选商城", domain="www.taoyouxuan.com", cls="sp",
    menu=["首页", "图书教材", "虚拟服务", "数码", "我的购物车"],
    side="看了又看",
    footer="淘优选商城 · 交易支持支付宝担保 (支付宝客服 95188) · 粤ICP备20077531号 · 商家资质以店铺公示为准"),
}
SITE_ORDER = ["zhixin", "kechengbao", "luntan", "fenlei", "wenda", "weixin", "video", "news",
              "rsj", "college", "shop"]

CSS = {
 "zx": "body{font-family:sans-serif;margin:0}.zx-top{background:#0a5;color:#fff;padding:12px}.zx-nav a{color:#fff;margin-right:14px}.zx-wrap{display:flex}.zx-main{flex:3;padding:16px}.zx-side{flex:1;background:#f3f3f3;padding:12px}.zx-foot{background:#333;color:#ccc;padding:10px;font-size:12px}",
 "kcb": "body{font-family:'Microsoft YaHei';background:#fafafa}.kcb-hd{border-bottom:2px solid #f60;padding:8px}.kcb-tabs a{margin:0 8px}.kcb-body{width:1000px;margin:auto}.kcb-detail{float:left;width:700px}.kcb-aside{float:right;width:260px}.kcb-ft{clear:both;color:#888;font-size:12px}",
 "bbs": "body{font:13px Tahoma;background:#e8eef5}.bbs-head{background:#2b5d8f;color:#fff}.bbs-bar a{color:#fff}.bbs-post{background:#fff;border:1px solid #c2d5e3;margin:6px}.bbs-uinfo{width:140px;float:left;color:#369}.bbs-floor{margin-left:150px}.bbs-foot{font-size:12px}",
 "fl": "body{font-family:SimSun}.fl-logo{color:#c00;font-size:22px}.fl-cate a{margin:0 6px}.fl-info{border:1px solid #ddd;padding:10px}.fl-meta{color:#999}.fl-rel{background:#fff8e6}.fl-bottom{font-size:12px;color:#666}",
 "qa": "body{font-family:sans-serif}.qa-header{background:#fff;border-bottom:1px solid #eee}.qa-q{font-size:20px}.qa-ans{border-top:1px solid #eee;padding:10px}.qa-rel{font-size:13px}.qa-copy{color:#aaa;font-size:12px}",
 "wx": "body{max-width:680px;margin:auto;font-family:-apple-system}.wx-title{font-size:22px}.wx-meta{color:#576b95}.wx-content p{line-height:1.8}.wx-rel{border-top:1px solid #eee}.wx-ft{color:#999;font-size:12px}",
 "vd": "body{background:#111;color:#eee}.vd-player{background:#000;height:360px}.vd-desc{padding:8px}.vd-cmt{border-top:1px solid #333;padding:6px}.vd-side a{color:#fc0}.vd-foot{font-size:12px;color:#777}",
 "nw": "body{font-family:SimSun}.nw-mast{font-size:26px;color:#b00}.nw-art{width:660px}.nw-src{color:#666}.nw-side{width:280px}.nw-copy{font-size:12px}",
 "gov": "body{background:#f2f2f2}.gov-banner{background:#c00;color:#fff;padding:14px}.gov-pos{font-size:12px}.gov-article{background:#fff;padding:20px}.gov-list li{list-style:square}.gov-foot{text-align:center;font-size:12px}",
 "edu": "body{font-family:sans-serif}.edu-head{background:#134;color:#fff}.edu-menu a{color:#fff}.edu-content{padding:16px}.edu-sidebar{background:#eef}.edu-footer{font-size:12px}",
 "sp": "body{font-family:sans-serif}.sp-top{background:#ff5000;color:#fff}.sp-item{display:flex}.sp-price{color:#ff5000;font-size:24px}.sp-desc{padding:12px}.sp-guess{font-size:13px}.sp-foot{font-size:12px;color:#999}",
}

# ---------------------------------------------------------------- pages
# each page: site, slug, title, offer(bool), op, provider, ids {placeholder: (idkey, written)}, body, note
PAGES = []
def P(site, slug, title, body, op=None, provider=None, ids=None, note="", offer=None, crumbs=None):
    PAGES.append(dict(site=site, slug=slug, title=title, body=body, op=op, provider=provider,
                      ids=ids or {}, note=note, offer=(op is not None) if offer is None else offer,
                      crumbs=crumbs))

CERT_SAMPLE = "S000044000255253000123"
VENUE = "0571-86903321"
BATCH = "13520250318"

# ---- zhixin (U01 own site)
P("zhixin", "course-ai-l3.html", "人工智能训练师(三级/高级工)周末班 2026 春季招生",
"""<h1>人工智能训练师(三级/高级工)周末班 2026 春季招生</h1>
<p>人工智能训练师(职业编码 4-04-05-05)是 2020 年人社部等部门联合发布的新职业,工种分为数据标注员和人工智能算法测试员。本班依据《人工智能训练师国家职业技能标准(2021年版)》组织教学,理论 40 课时 + 实操 32 课时,结业后参加第三方评价机构组织的职业技能等级认定。</p>
<h2>报名条件</h2>
<p>三级需已取得本职业四级证书并从事相关工作满 5 年,或大专及以上相关专业且取得四级证书后工作满 2 年。<b>不符合条件的学员请报四级或五级班,本校不代办、不保过。</b></p>
<h2>费用与补贴</h2>
<p>培训费 2680 元(含教材、机房实训)。认定费按评价机构公示标准另行缴纳。缴纳失业保险满一年的在职人员,取证后可按规定申请技能提升补贴(三级最高 2000 元),具体以当地人社部门审核为准,政策咨询可拨打 12333。</p>
<p>证书为职业技能等级证书,由备案的评价机构颁发,可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。证书编号样式如 """ + CERT_SAMPLE + """(样本,非真实证书)。</p>
<h2>上课与考试地点</h2>
<p>上课:文三路校区;认定考点:滨江实训基地(考点前台 """ + VENUE + """,仅负责考场事务,不受理报名)。</p>
<p class="contact">报名咨询:{A} / 手机 {B}(王老师)<br>官网 {C} · 杭州智信职业技能培训有限公司 统一社会信用代码 {D}</p>""",
 op="U01", provider="智信教育", ids={"A": ("u01_tel", "0571-86921475"), "B": ("u01_mob", "158 6712 3409"),
 "C": ("u01_dom", "www.zhixinpx.com"), "D": ("u01_uscc", USCC_U01)},
 note="training-company course page, level 3, honest wording")
P("zhixin", "baoming.html", "在线报名 | 人工智能训练师四级/五级",
"""<h1>在线报名:人工智能训练师 四级 / 五级</h1>
<p>五级(初级工)需累计从事本职业或相关职业工作满 1 年,或本职业学徒期满;四级按标准要求审核工作年限或技工院校学历。报名后请携带身份证、学历证明、工作证明到校审核。</p>
<table border="1"><tr><th>等级</th><th>培训课时</th><th>培训费</th></tr><tr><td>五级</td><td>60</td><td>1280 元</td></tr><tr><td>四级</td><td>50</td><td>1680 元</td></tr></table>
<p>报名表:<input placeholder="姓名"> <input placeholder="手机号"> <button>提交</button></p>
<p>也可直接电话报名:{A},或加招生老师微信 {C}(手机同号 {B})。</p>""",
 op="U01", provider="智信教育", ids={"A": ("u01_tel", "(0571)8692 1475"), "B": ("u01_mob", "15867123409"),
 "C": ("u01_wx", "zhixin_lsq")}, note="training-company enrolment form, levels 4/5")

# ---- kechengbao (marketplace)
P("kechengbao", "course-10231.html", "【智信教育】人工智能训练师四级 线上+线下混合班",
"""<h1>【智信教育】人工智能训练师四级 线上+线下混合班</h1>
<div class="price">¥1680 <del>¥1980</del> 已报名 312 人</div>
<p>机构:智信教育(杭州) · 课程编号 KC10231 · 评分 4.8</p>
<p>课程介绍:数据采集和处理、数据标注、智能系统运维三大模块,对应四级认定要素细目表。线下实操在杭州文三路,考试由备案评价机构组织。本课程不承诺通过,未通过可免费重修一次。</p>
<p>机构联系方式:手机 {A},微信 {B}。(平台提示:请通过课程宝下单,私下转账不受平台保障)</p>""",
 op="U01", provider="智信教育", ids={"A": ("u01_mob", "158-6712-3409"), "B": ("u01_wx", "Zhixin_LSQ")},
 note="marketplace listing of U01")
P("kechengbao", "course-10876.html", "中科慧联 人工智能训练师(工信部认证)高级证书班",
"""<h1>中科慧联 人工智能训练师高级证书班(工信部认证)</h1>
<div class="price">¥4980 限时 ¥3980</div>
<p>机构:中科慧联AI研究院 · 课程编号 KC10876</p>
<p>本证书由国家工信部职业技能鉴定中心主办考试,人社部、工信部双备案,全国通用,可直接对应职称证书,入库可查!零基础 45 天拿证,不限学历、不限专业。</p>
<p>证书查询请登录官网 {B}。全国统一咨询热线 {A}。</p>""",
 op="U03", provider="中科慧联AI研究院", ids={"A": ("u03_400", "400-867-2315"), "B": ("u03_dom", "www.zkhuilian.cn")},
 note="marketplace listing with false 工信部 claims")
P("kechengbao", "course-11002.html", "鹏程智训 | 深圳人工智能训练师五级/四级 补贴班",
"""<h1>鹏程智训 深圳人工智能训练师五级/四级 补贴班</h1>
<div class="price">¥1500 起</div>
<p>机构:深圳市鹏程智训职业培训学校(民办非企业,统一社会信用代码 {B}) · 课程编号 KC11002</p>
<p>深圳户籍或在深缴纳失业保险满一年的学员,取得五级、四级证书后可申请技能提升补贴(五级 1000 元,四级 1500 元,以人社部门审核为准)。本期考试批次号 """ + BATCH + """,名额有限。</p>
<p>报名表在线填写:jinshuju.net/f/pczx2026(金数据),咨询电话 {A}。</p>""",
 op="U05", provider="鹏程智训", ids={"A": ("u05_tel", "0755-26613080"), "B": ("u05_uscc", USCC_U05)},
 note="marketplace listing, subsidy class, honest")
P("kechengbao", "course-11540.html", "全国技能证书查询中心 人工智能训练师 报考+查询一站式",
"""<h1>人工智能训练师 报考+证书查询一站式服务</h1>
<div class="price">¥2600 / 证</div>
<p>机构:全国技能证书查询中心 · 课程编号 KC11540</p>
<p>报考即可在我中心官方查询平台 {A} 录入,官网可查、终身有效。五级、四级、三级同报享 8 折。无需到场,线上答题即可。</p>
<p>下单前请电话确认名额:{B}(李主任)</p>""",
 op="U08", provider="全国技能证书查询中心", ids={"A": ("u08_dom", "www.jnzscx.cn"), "B": ("u08_mob", "132 6748 0931")},
 note="marketplace listing pointing to a non-official query domain")
P("kechengbao", "course-11688.html", "启明AI学堂 数据标注员入门实训(可衔接人工智能训练师五级)",
"""<h1>启明AI学堂 数据标注员入门实训</h1>
<div class="price">¥699</div>
<p>机构:启明AI学堂 · 课程编号 KC11688</p>
<p>12 节录播课 + 4 次直播答疑,适合想了解数据标注岗位的同学。课程本身不发证;如需报考人工智能训练师五级,请自行确认满足 1 年工作经历等条件后,向备案评价机构报名。</p>
<p>学习群请联系助教:{A}。报名信息收集表 jinshuju.net/f/qmai699。</p>
<p class="tip">手机号填写示例:13800138000</p>""",
 op="I01", provider="启明AI学堂", ids={"A": ("i01_mob", "137 0571 8826")},
 note="independent: honest intro course")

# ---- luntan (forum)
P("luntan", "thread-88213.html", "【转】AI训练师证包过班,最后10个名额",
"""<h1>【转】AI训练师证包过班,最后10个名额</h1>
<div class="bbs-post"><div class="bbs-uinfo">华培老师<br>注册会员</div><div class="bbs-floor">
<p>人社部颁发人工智能训练师证书,国家职业资格证书,全国联网可查!不用考试,交资料 30 天出证,不过全额退款,<b>包过</b>!</p>
<p>三级 3800,二级 5800,一级 7800,一次性报三个等级优惠 2000。</p>
<p>有意向的私信或者加扣扣{B},电话 {A}</p></div></div>
<div class="bbs-post"><div class="bbs-uinfo">路人甲</div><div class="bbs-floor"><p>不用考试直接出证?楼主确定这是真的?</p></div></div>""",
 op="U02", provider="华培老师", ids={"A": ("u02_mob", "138-1659-4420"), "B": ("u02_qq", "3318865021")},
 note="forum ad post, 包过 and 人社部颁发 scams")
P("luntan", "thread-88377.html", "AI训练师+数据标注员+算法测试员 三证合一 低价",
"""<h1>AI训练师 + 数据标注员 + 算法测试员 三证合一</h1>
<div class="bbs-post"><div class="bbs-uinfo">职达教育-小刘</div><div class="bbs-floor">
<p>三证一次办齐只要 1980!数据标注员、算法测试员、人工智能训练师三本证书,职业技能等级 + 专项 + 培训证书全覆盖,找工作加分必备。</p>
<p>咨询加V:{A} 或者 QQ {B},备注“论坛”。</p></div></div>""",
 op="U04", provider="职达教育", ids={"A": ("u04_wx", "zhida2021"), "B": ("u04_qq", "1952037746")},
 note="forum ad: bundle of work types sold as three certificates")
P("luntan", "thread-88590.html", "人工智能训练师证书挂靠,年入3万不是梦",
"""<h1>人工智能训练师证书挂靠,年入 3 万不是梦</h1>
<div class="bbs-post"><div class="bbs-uinfo">聚才人力</div><div class="bbs-floor">
<p>考下人工智能训练师三级,我们帮你挂到科技企业,每年挂证费 2-3 万!先考证后挂靠,一条龙服务。</p>
<p>已有 200+ 学员挂靠成功,进群看截图:QQ群 {A},或者加我微信 {B}</p></div></div>""",
 op="U07", provider="聚才人力", ids={"A": ("u07_qqg", "738291054"), "B": ("u07_wx", "jucai_hr88")},
 note="forum ad with 挂靠 income lure")
P("luntan", "thread-88702.html", "生成式人工智能/AIGC 证书 = 人工智能训练师?一文说清(附报名)",
"""<h1>生成式人工智能/AIGC 证书和人工智能训练师是一回事吗?(附报名)</h1>
<div class="bbs-post"><div class="bbs-uinfo">智语学苑</div><div class="bbs-floor">
<p>很多人分不清,其实 AIGC 应用证书就是人工智能训练师的升级版,职业编码 4-04-05-13,人社部直属中心颁发,拿到证书便可升职加薪。零基础可学,50 节课,考试线上进行。</p>
<p>原价 2980,论坛网友 1980。报名联系:{A},资料邮箱 {B}</p></div></div>""",
 op="U09", provider="智语学苑", ids={"A": ("u09_mob", "186 2073 5519"), "B": ("u09_mail", "2607381245@qq.com")},
 note="forum post mixing up 4-04-05-13 with 4-04-05-05, AIGC upsell")
P("luntan", "thread-89011.html", "【避坑】花了5800买的人工智能训练师“二级”,查不到!",
"""<h1>【避坑】花了 5800 买的人工智能训练师“二级”,查不到!</h1>
<div class="bbs-post"><div class="bbs-uinfo">被坑的小陈</div><div class="bbs-floor">
<p>去年在网上找的一个“考证老师”,说零基础直接报二级(技师),不用考试,交钱就行。拿到证后在 zscx.osta.org.cn 查不到,对方说是“内部系统还没同步”,后来电话 171 2096 3385 直接关机,微信 zs_cert888 也把我拉黑了。</p>
<p>已经打了 12315 投诉,也问了 12333,工作人员说二级要三级证书加工作年限,零基础根本不可能。</p></div></div>
<div class="bbs-post"><div class="bbs-uinfo">热心网友</div><div class="bbs-floor"><p>同被坑,我加你微信 lily_2019ai 一起整理材料报警吧。</p></div></div>
<div class="bbs-post"><div class="bbs-uinfo">版主</div><div class="bbs-floor"><p>提醒:证书真伪请到技能人才评价工作网 osta.mohrss.gov.cn 查询。本帖置顶。</p></div></div>""",
 note="forum complaint thread; quotes scam phone/wechat, readers' contacts, hotlines")

# ---- fenlei (classifieds)
P("fenlei", "info-5520931.html", "【急招】人工智能训练师考证 包过 不限学历 30天拿证",
"""<h1>人工智能训练师考证 包过 不限学历 30天拿证</h1>
<div class="fl-meta">类别:教育培训 > 职业技能 · 区域:全国 · 发布人:王老师</div>
<div class="fl-info"><p>人工智能训练师证书报名啦!免培训、包通过、国家认可、官方认证,不限年龄不限专业,无门槛。证书人社部颁发,全国通用,联网可查。</p>
<p>联系电话:{A}(微信同号) 微信:{B}</p></div>""",
 op="U02", provider="王老师", ids={"A": ("u02_mob", "13816594420"), "B": ("u02_wx", "hp_zhengshu666")},
 note="classified ad, 包过/免培训 scam")
P("fenlei", "info-5521408.html", "AI训练师三证 1980 含数据标注员 算法测试员",
"""<h1>AI训练师三证 1980 含数据标注员 算法测试员</h1>
<div class="fl-meta">类别:教育培训 · 区域:深圳 · 发布人:AI证书直通车</div>
<div class="fl-info"><p>三个证一起拿,省时省心,下证快。支持对公转账,收款单位:{C}。</p>
<p>电话 {B} / 微信 {A}</p></div>""",
 op="U04", provider="AI证书直通车", ids={"A": ("u04_wx", "ZhiDa2021"), "B": ("u04_mob", "199-2537-0618"),
 "C": ("u04_payee", "深圳市职达信息咨询有限公司")}, note="classified ad: three-certificate bundle")
P("fenlei", "info-5522107.html", "零基础报考人工智能训练师高级技师(一级)",
"""<h1>零基础报考人工智能训练师 高级技师(一级)</h1>
<div class="fl-meta">类别:教育培训 · 区域:全国 · 发布人:国职人才网</div>
<div class="fl-info"><p>不限学历、不限经验,零基础直接考一级高级技师!享受国务院特殊津贴申报资格,积分落户直接加分。一级 6800,二级 4800。</p>
<p>报名热线 {A},QQ:{B}</p></div>""",
 op="U06", provider="国职人才网", ids={"A": ("u06_mob", "17753186260"), "B": ("u06_qq", "2876540193")},
 note="classified ad: level 1 for beginners")
P("fenlei", "info-5523380.html", "考证+挂靠一条龙 人工智能训练师 年收益2万+",
"""<h1>考证+挂靠一条龙 人工智能训练师</h1>
<div class="fl-meta">类别:招聘求职 > 兼职 · 发布人:技能挂证网</div>
<div class="fl-info"><p>在家就能赚钱,证书挂靠企业每年 2 万+,我们负责找企业、签协议。先考证,费用 3600 全包。</p>
<p>手机:{A} 微信:{B}</p></div>""",
 op="U07", provider="技能挂证网", ids={"A": ("u07_mob", "150 1397 2846"), "B": ("u07_wx", "jucai_hr88")},
 note="classified ad: 挂靠 lure")
P("fenlei", "info-5524016.html", "AIGC生成式人工智能证书 人工智能训练师 报名",
"""<h1>AIGC 生成式人工智能证书 / 人工智能训练师 报名</h1>
<div class="fl-meta">类别:教育培训 · 发布人:AIGC人才认证中心</div>
<div class="fl-info"><p>人社部直属中心颁发,4 小时课程,598 元拿证,交费包过!可同时申报人工智能训练师。</p>
<p>咨询:{A},加微信:{B}</p></div>""",
 op="U09", provider="AIGC人才认证中心", ids={"A": ("u09_mob", "18620735519"), "B": ("u09_wx", "zhiyu_aigc")},
 note="classified ad: AIGC certificate with 包过")
P("fenlei", "info-5524777.html", "个人带学 人工智能训练师五级 考前辅导",
"""<h1>个人带学 人工智能训练师五级 考前辅导</h1>
<div class="fl-meta">类别:教育培训 · 区域:杭州 · 发布人:李老师</div>
<div class="fl-info"><p>本人数据标注行业 6 年,已取得三级证书,周末一对一辅导五级理论和实操,300 元 / 次。不代报名、不保证通过,报名请自行找备案评价机构。</p>
<p>微信 {A}(请注明来意)</p></div>""",
 op="I02", provider="李老师", ids={"A": ("i02_wx", "li_aitrainer")}, note="independent tutor ad")

# ---- wenda (Q&A)
P("wenda", "q-7781203.html", "人工智能训练师证书去哪里考?有没有快速拿证的途径?",
"""<h1 class="qa-q">人工智能训练师证书去哪里考?有没有快速拿证的途径?</h1>
<div class="qa-ans"><b>答主:证书顾问小王</b><p>可以找我们,不用考试,三十天出证,包过。人社部颁发,联网可查。微信:{A}</p><p>赞同 3 · 评论 2</p></div>
<div class="qa-ans"><b>评论</b><p>网友:这种一看就是骗子,大家别信。</p></div>""",
 op="U02", provider="证书顾问小王", ids={"A": ("u02_wx", "hp_zhengshu666")},
 note="Q&A answer advertising a 包过 service")
P("wenda", "q-7782519.html", "没有工作经验能考人工智能训练师二级吗?",
"""<h1 class="qa-q">没有工作经验能考人工智能训练师二级吗?</h1>
<div class="qa-ans"><b>答主:AI训练师考证中心-张老师</b><p>可以的,我们有特殊渠道,零基础也能报二级技师、一级高级技师,学历经验都不限。详细可以加扣:{A} 咨询。</p></div>
<div class="qa-ans"><b>评论</b><p>提问者:我QQ 2290417765,麻烦发下资料。</p></div>""",
 op="U06", provider="AI训练师考证中心", ids={"A": ("u06_qq", "2876540193")},
 note="Q&A answer selling level 2 to beginners")
P("wenda", "q-7783960.html", "数据标注员怎么入门?有推荐的课程吗?",
"""<h1 class="qa-q">数据标注员怎么入门?有推荐的课程吗?</h1>
<div class="qa-ans"><b>答主:码上标注</b><p>入门建议先学标注工具和质检规范。我们工作室开了一个 4 周的数据标注实训营,399 元,结营后推荐标注兼职,想考人工智能训练师五级的也可以一起辅导。感兴趣 Q 我:{A}</p></div>
<div class="qa-ans"><b>评论</b><p>网友:我也在学,QQ 2290417765 可以互相交流。</p></div>""",
 op="I03", provider="码上标注", ids={"A": ("i03_qq", "1183402776")}, note="independent studio answer")
P("wenda", "q-7785034.html", "怎么辨别人工智能训练师证书真假?",
"""<h1 class="qa-q">怎么辨别人工智能训练师证书真假?</h1>
<div class="qa-ans"><b>答主:人社政策小助手</b><p>1. 人工智能训练师证书属于职业技能等级证书,由人社部门备案的评价机构颁发,不是“人社部颁发”。<br>2. 查询渠道:技能人才评价证书全国联网查询 zscx.osta.org.cn,或各省人社厅网站;专业技术类职业资格可在 cpta.com.cn 核验。<br>3. 证书编号为 1 位字母 + 21 位数字,例如 """ + CERT_SAMPLE + """ 这种格式。<br>4. 拿不准可以拨打 12333 咨询。</p></div>""",
 note="Q&A guide on verifying certificates (non-offer)")

# ---- weixin (WeChat reposts)
P("weixin", "a-20260303-01.html", "杭州人工智能训练师培训哪家好?这家老牌机构开春季班了",
"""<h1 class="wx-title">杭州人工智能训练师培训哪家好?这家老牌机构开春季班了</h1>
<div class="wx-meta">原创 智信职培 · 2026-03-03 · 转载自公众号“智信职培”</div>
<div class="wx-content"><p>AI 大模型火了,数据标注、模型评测岗位需求大增。智信教育开设人工智能训练师五级、四级、三级课程,按国家职业技能标准教学,认定由备案评价机构组织。</p>
<p>三级学员需满足工作年限条件,报名时现场审核。取证后符合条件可申请技能提升补贴。</p>
<p>咨询电话:{A}  更多课程:{B}</p></div>""",
 op="U01", provider="智信职培", ids={"A": ("u01_tel", "0571 8692 1475"), "B": ("u01_dom", "zhixinpx.com")},
 note="WeChat repost of U01 promo")
P("weixin", "a-20260305-02.html", "重磅!工信部人工智能训练师高级证书开放报名",
"""<h1 class="wx-title">重磅!工信部人工智能训练师高级证书开放报名</h1>
<div class="wx-meta">工信人才AI训练师项目办 · 2026-03-05</div>
<div class="wx-content"><p>由国家工信部职业技能鉴定中心主办,全国统一考试,证书国家级权威,入库可查,可直接对应中级职称!</p>
<p>官方指定培训单位名额有限,先到先得。报名热线:{A};报名材料请发送至 {B}</p></div>""",
 op="U03", provider="工信人才AI训练师项目办", ids={"A": ("u03_400", "4008-672-315"), "B": ("u03_mail", "zhaosheng@zkhuilian.cn")},
 note="WeChat repost with fake 工信部 authority")
P("weixin", "a-20260310-01.html", "深圳这项技能补贴别错过,人工智能训练师最高可领2000元",
"""<h1 class="wx-title">深圳这项技能补贴别错过,人工智能训练师最高可领 2000 元</h1>
<div class="wx-meta">鹏程职校 · 2026-03-10</div>
<div class="wx-content"><p>失业保险技能提升补贴:五级 1000 元、四级 1500 元、三级 2000 元,需参保满一年,每人每年最多三次。二级、一级没有这项补贴,请勿相信“补贴后免费拿技师证”的说法。</p>
<p>鹏程职校 4 月开班,本期认定批次号 """ + BATCH + """。报名咨询 {A},或邮件 {B}。</p></div>""",
 op="U05", provider="鹏程职校", ids={"A": ("u05_tel", "0755-2661 3080"), "B": ("u05_mail", "pczx_px@126.com")},
 note="WeChat repost: subsidy explainer with enrolment")
P("weixin", "a-20260312-03.html", "宝妈在家也能赚钱:考个AI训练师证,挂靠一年2万",
"""<h1 class="wx-title">宝妈在家也能赚钱:考个 AI 训练师证,挂靠一年 2 万</h1>
<div class="wx-meta">聚才证书服务 · 2026-03-12</div>
<div class="wx-content"><p>不用上班,证书挂到企业名下,每年躺赚 2 万。我们有 300 家合作企业。</p>
<p>入群领取挂靠名单:QQ群号 {A};一对一咨询请拨 {B}</p></div>""",
 op="U07", provider="聚才证书服务", ids={"A": ("u07_qqg", "738 291 054"), "B": ("u07_mob", "150-1397-2846")},
 note="WeChat repost: 挂靠 lure")
P("weixin", "a-20260315-02.html", "AIGC时代,人工智能训练师证书你考了吗?",
"""<h1 class="wx-title">AIGC 时代,人工智能训练师证书你考了吗?</h1>
<div class="wx-meta">智语未来 · 2026-03-15</div>
<div class="wx-content"><p>生成式人工智能系统应用员、人工智能训练师、AIGC 技术应用证书,一次学习三证可考,90% 小白都能学会,原价 9999 限时 99 元试听。</p>
<p>试听报名表:jinshuju.net/f/zyaigc99 · 客服微信 {A} · 合作邮箱 {B}</p></div>""",
 op="U09", provider="智语未来", ids={"A": ("u09_wx", "zhiyu_aigc"), "B": ("u09_mail", "2607381245@qq.com")},
 note="WeChat repost: AIGC upsell")

# ---- video
P("video", "v-6932018845.html", "30天拿AI训练师证,不用考试",
"""<div class="vd-player">[视频]</div>
<div class="vd-desc"><h1>30天拿AI训练师证,不用考试 #人工智能训练师 #考证</h1>
<p>@华培证书 · 1.2万 赞</p><p>主页简介:V:{A}(三个6)扣扣{B} 私信秒回</p></div>
<div class="vd-cmt"><p>用户8823:怎么报名</p><p>用户lily:加我 lily_2019ai 拉个群</p></div>""",
 op="U02", provider="华培证书", ids={"A": ("u02_wx", "hp_zhengshu666"), "B": ("u02_qq", "3318865021")},
 note="short-video ad, 包过-style")
P("video", "v-6932245170.html", "三证合一 低至1980 #AI证书",
"""<div class="vd-player">[视频]</div>
<div class="vd-desc"><h1>三证合一 低至1980 #AI证书 #数据标注员</h1>
<p>@职达教育官方 · 5421 赞</p><p>橱窗下单或电话 {A},对公收款:{B}</p></div>
<div class="vd-cmt"><p>用户lily:求链接 lily_2019ai</p></div>""",
 op="U04", provider="职达教育官方", ids={"A": ("u04_mob", "19925370618"), "B": ("u04_payee", "深圳市职达信息咨询有限公司")},
 note="short-video bundle ad")
P("video", "v-6932710093.html", "零基础也能考高级技师?真的可以!",
"""<div class="vd-player">[视频]</div>
<div class="vd-desc"><h1>零基础也能考高级技师?真的可以!#人工智能训练师</h1>
<p>@国职人才网张老师 · 8930 赞</p><p>评论区扣1,或直接打 幺七七 5318 6260({A}),微信 {B}</p></div>""",
 op="U06", provider="国职人才网张老师", ids={"A": ("u06_mob", "177 5318 6260"), "B": ("u06_wx", "gzrc_zhang")},
 note="short-video ad: level 1 to beginners")
P("video", "v-6933004418.html", "证书怎么查?官网可查才是真证书",
"""<div class="vd-player">[视频]</div>
<div class="vd-desc"><h1>证书怎么查?官网可查才是真证书 #证书查询</h1>
<p>@中技联证书服务中心 · 2210 赞</p><p>我们的证书在 jnzscx点cn 可查({A}),报名咨询 {B}</p></div>""",
 op="U08", provider="中技联证书服务中心", ids={"A": ("u08_dom", "jnzscx.cn"), "B": ("u08_mob", "13267480931")},
 note="short-video ad promoting fake query site")
P("video", "v-6933390761.html", "我是怎么转行做数据标注的|附学习资料",
"""<div class="vd-player">[视频]</div>
<div class="vd-desc"><h1>我是怎么转行做数据标注的|附学习资料 #人工智能训练师</h1>
<p>@小周聊AI · 3.1万 赞</p><p>整理了人工智能训练师五级备考资料包 49 元,另有 6 周带学营 599 元。需要的加 vx:{A}</p></div>
<div class="vd-cmt"><p>用户lily:已关注 lily_2019ai</p></div>""",
 op="I04", provider="小周聊AI", ids={"A": ("i04_wx", "zhoucc_ai")}, note="independent creator selling a study camp")

# ---- news
P("news", "2026-03/warning-ai-cert.html", "“交钱就能拿AI训练师证”?警惕这些考证陷阱",
"""<h1>“交钱就能拿 AI 训练师证”?警惕这些考证陷阱</h1>
<div class="nw-src">来源:钱塘晨报 记者 周敏 2026-03-18</div>
<p>近期,多名市民向本报反映,在网上报名“人工智能训练师”考证后,证书查询不到。市民陈先生称,对方自称“人社部直属”,手机号 17120963385,承诺“包过”,收费 5800 元后失联。另一名读者提供的对方微信号为 zs_cert888。</p>
<p>市人社局提醒,人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,可在 osta.org.cn 查询;专业技术类资格可在 cpta.com.cn 核验。如遇虚假宣传,可拨打 12315 投诉,政策咨询拨打 12333。</p>""",
 note="news warning quoting scam contacts")
P("news", "2026-03/advertorial-zkhl.html", "中科慧联:让AI人才培养更专业(企业风采)",
"""<h1>中科慧联:让 AI 人才培养更专业</h1>
<div class="nw-src">企业风采 · 广告 2026-03-20</div>
<p>中科慧联(北京)人工智能技术研究院有限公司(统一社会信用代码 {C})是专注人工智能人才培养的机构,其人工智能训练师项目“由国家工信部职业技能鉴定中心主办”,学员结业即可取得高级证书。</p>
<p>2026 年春季班火热招生中,详情访问 {B} 或发送邮件至 zhaosheng(at)zkhuilian.cn({A})。</p>""",
 op="U03", provider="中科慧联", ids={"A": ("u03_mail", "zhaosheng@zkhuilian.cn"), "B": ("u03_dom", "zkhuilian.cn"), "C": ("u03_uscc", USCC_U03)},
 note="news advertorial for U03")

# ---- rsj
P("rsj", "tzgg/2026/0301.html", "关于开展2026年第一批人工智能训练师职业技能等级认定的公告",
"""<h1>关于开展 2026 年第一批人工智能训练师职业技能等级认定的公告</h1>
<p>各有关单位:根据《职业技能等级认定工作规程(试行)》,经备案的评价机构将于 2026 年 4 月组织人工智能训练师(4-04-05-05)五级至三级认定,批次号 """ + BATCH + """。</p>
<p>一、申报条件按《人工智能训练师国家职业技能标准(2021年版)》执行,二级、一级不面向零基础人员。</p>
<p>二、考点:滨江实训基地,考点前台 """ + VENUE + """(仅答复考场事务)。</p>
<p>三、证书查询:jndj.osta.org.cn。任何单位和个人承诺“包过”“免考”的,均为虚假宣传,请拨打 12333 举报咨询。</p>""",
 note="official-style notice with batch number, venue desk, hotline")

# ---- college
P("college", "pxxm/ai-trainer.html", "人工智能训练师(五级、四级)社会培训招生简章",
"""<h1>人工智能训练师(五级、四级)社会培训招生简章</h1>
<p>我院为备案的职业技能等级认定机构,面向社会开展人工智能训练师五级、四级培训与认定。培训 60/50 课时,理论与实操各占一半。</p>
<p>费用:培训费五级 980 元、四级 1280 元;认定费按物价部门核定标准收取。本期认定批次号 """ + BATCH + """,考点前台 """ + VENUE + """。</p>
<p>证书可在 zscx.osta.org.cn 查询,样本编号 """ + CERT_SAMPLE + """。</p>
<p>报名咨询:继续教育学院培训部 周老师 {A}(工作日)</p>""",
 op="I05", provider="钱塘职业技术学院继续教育学院", ids={"A": ("i05_tel", "0571-8689 0125")},
 note="college's own enrolment notice (independent, honest)")
P("college", "pxxm/xqhz-pengcheng.html", "校企合作 | 鹏程智训人工智能训练师订单班(深圳教学点)",
"""<h1>校企合作:鹏程智训人工智能训练师订单班(深圳教学点)</h1>
<p>我院与深圳市鹏程智训职业培训学校(统一社会信用代码 {B})合作开设人工智能训练师四级订单班,教学由合作方在深圳实施,报名与收费由合作方负责。</p>
<p>报名邮箱:{A}(请注明“订单班”)。证书编号样式:""" + CERT_SAMPLE + """。</p>""",
 op="U05", provider="鹏程智训", ids={"A": ("u05_mail", "PCZX_PX@126.com"), "B": ("u05_uscc", USCC_U05)},
 note="college page for partner U05's class")

# ---- shop
P("shop", "item-60231178.html", "人工智能训练师 三证套餐 报名服务【职达官方旗舰店】",
"""<h1>人工智能训练师 三证套餐 报名服务</h1>
<div class="sp-price">¥1980</div>
<p>店铺:职达官方旗舰店 · 月销 86</p>
<div class="sp-desc"><p>拍下后联系客服登记资料。对公收款单位 {A}。售后QQ {B}。</p>
<p>收货人手机请填写真实号码(如 13800138000 为示例,请勿照抄)。</p></div>""",
 op="U04", provider="职达官方旗舰店", ids={"A": ("u04_payee", "深圳市职达信息咨询有限公司"), "B": ("u04_qq", "1952037746")},
 note="shop listing: bundle")
P("shop", "item-60245513.html", "人工智能训练师证书 考证+挂靠 服务",
"""<h1>人工智能训练师证书 考证 + 挂靠 服务</h1>
<div class="sp-price">¥3600</div>
<p>店铺:聚才人力服务店</p>
<div class="sp-desc"><p>下单后加微信 {A} 对接挂靠企业。挂证收益每年 2 万起。</p>
<p>手机号示例:13800138000</p></div>""",
 op="U07", provider="聚才人力服务店", ids={"A": ("u07_wx", "jucai_hr88")}, note="shop listing: 挂靠")
P("shop", "item-60250094.html", "职业技能证书 报考+官网查询 人工智能训练师",
"""<h1>职业技能证书 报考 + 官网查询 人工智能训练师</h1>
<div class="sp-price">¥2600</div>
<p>店铺:技能证书查询服务店</p>
<div class="sp-desc"><p>证书录入官方查询平台 {A},全国联网可查。资料发送至 {B}。</p>
<p>手机号示例:13800138000</p></div>""",
 op="U08", provider="技能证书查询服务店", ids={"A": ("u08_dom", "www.jnzscx.cn"), "B": ("u08_mail", "jnzscx@163.com")},
 note="shop listing: fake query domain")
P("shop", "item-60261437.html", "人工智能训练师五级 教材+真题+报名指导【小鹿AI书店】",
"""<h1>人工智能训练师五级 教材 + 练习题 + 报名指导</h1>
<div class="sp-price">¥128</div>
<p>店铺:小鹿AI书店</p>
<div class="sp-desc"><p>含《人工智能训练师(五级)》配套教材一册、练习题 300 道,以及报名流程指导(需自行向备案评价机构报名,本店不代考不发证)。</p>
<p>发票及售后:{A}</p></div>""",
 op="I06", provider="小鹿AI书店", ids={"A": ("i06_mail", "xiaolu_ai@foxmail.com")}, note="independent bookshop bundle")
P("shop", "item-60270001.html", "办公家用 A4 打印纸 500张/包",
"""<h1>办公家用 A4 打印纸 500 张/包</h1><div class="sp-price">¥23.9</div>
<div class="sp-desc"><p>70g 加厚,不卡纸。下单填写收货手机(如 13800138000 仅为示例)。</p></div>""",
 note="unrelated shop item")

# ---- add remaining operator pages (weixin U01 already, luntan U02...) sanity handled below

INDEX_INTRO = {
 "zhixin": "智信教育专注职业技能培训十余年,开设人工智能训练师、数据标注等课程。",
 "kechengbao": "课程宝:海量职业技能课程,在线选课,平台担保交易。",
 "luntan": "职业资格、技能等级考证交流,欢迎分享经验,谨防广告。",
 "fenlei": "免费发布本地便民信息:招聘、培训、二手、房产。",
 "wenda": "有问题,上知了问答。",
 "weixin": "精选公众号文章转载,职场、教育、科技。",
 "video": "快看短视频,发现有趣的知识。",
 "news": "钱塘晨报网 本地新闻门户。",
 "rsj": "政务公开 · 通知公告 · 办事服务。",
 "college": "钱塘职业技术学院继续教育学院,面向社会开展职业技能培训与等级认定。",
 "shop": "淘优选商城,正品低价,放心购物。",
}

def esc(s):
    return html.escape(s, quote=False)

def relpath(frm, to):
    return os.path.relpath(to, os.path.dirname(frm)).replace(os.sep, "/")

def render(site, path, title, body, crumbs, sidebar):
    s = SITES[site]; c = s["cls"]
    home = "/" + site + "/index.html"
    menu = " ".join('<a href="%s">%s</a>' % (relpath(path, home), esc(m)) for m in s["menu"])
    crumb = ' &gt; '.join(['<a href="%s">%s</a>' % (relpath(path, "/index.html"), "网站导航"),
                           '<a href="%s">%s</a>' % (relpath(path, home), esc(s["name"]))] + [esc(x) for x in crumbs])
    side = "".join('<li><a href="%s">%s</a></li>' % (relpath(path, p), esc(t)) for p, t in sidebar)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)} - {esc(s['name'])}</title>
<style>{CSS[c]}</style></head>
<body class="{c}-page">
<div class="{c}-top {c}-hd {c}-head {c}-header {c}-mast {c}-banner"><span class="{c}-logo">{esc(s['name'])}</span>
<nav class="{c}-nav {c}-tabs {c}-bar {c}-cate {c}-menu">{menu}</nav></div>
<div class="{c}-pos {c}-crumb">当前位置:{crumb}</div>
<div class="{c}-wrap {c}-body">
<div class="{c}-main {c}-detail {c}-content {c}-article">
{body}
</div>
<aside class="{c}-side {c}-aside {c}-sidebar {c}-rel {c}-guess"><h3>{esc(s['side'])}</h3><ul>{side}</ul></aside>
</div>
<footer class="{c}-foot {c}-ft {c}-bottom {c}-copy">{s['footer']}</footer>
</body></html>
"""

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    by_site = {k: [] for k in SITE_ORDER}
    for pg in PAGES:
        pg["path"] = "/" + pg["site"] + "/" + pg["slug"]
        by_site[pg["site"]].append(pg)
    truth_pages = []
    for site in SITE_ORDER:
        home = "/" + site + "/index.html"
        side = [(p["path"], p["title"]) for p in by_site[site]]
        for pg in by_site[site]:
            fmt = {k: w for k, (key, w) in pg["ids"].items()}
            body = pg["body"].format(**fmt)
            files[pg["path"]] = render(site, pg["path"], pg["title"], body, [pg["title"]],
                                       [x for x in side if x[0] != pg["path"]])
            truth_pages.append(dict(path=pg["path"], is_offer=pg["offer"], operator=pg["op"],
                provider=pg["provider"],
                identifiers=[[IDS[key][0], IDS[key][1], w] for k, (key, w) in sorted(pg["ids"].items())],
                note=pg["note"]))
        lst = "".join('<li><a href="%s">%s</a></li>' % (relpath(home, p), esc(t)) for p, t in side)
        body = f"<h1>{esc(SITES[site]['name'])}</h1><p>{esc(INDEX_INTRO[site])}</p><ul class='list'>{lst}</ul>"
        files[home] = render(site, home, SITES[site]["name"], body, [], side)
        truth_pages.append(dict(path=home, is_offer=False, operator=None, provider=None,
                                identifiers=[], note="site index page"))
    hub = "".join('<li><a href="%s/index.html">%s</a> (%s)</li>' % (s, esc(SITES[s]["name"]), SITES[s]["domain"])
                  for s in SITE_ORDER)
    files["/index.html"] = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网站导航</title></head>"
                            "<body><h1>一周搜索记录:人工智能训练师证</h1><ul>" + hub + "</ul></body></html>\n")
    truth_pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None,
                            identifiers=[], note="hub"))
    for p, txt in files.items():
        fp = OUT + p
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # operators
    ops = {}
    for tp in truth_pages:
        op = tp["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if tp["provider"] not in o["brands"]:
                o["brands"].append(tp["provider"])
            for k, v, w in tp["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    ops = dict(sorted(ops.items()))

    # decoys
    D = [
     ("phone", "12333", ["12333"], "public 人社 hotline quoted by many pages"),
     ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
     ("domain", "osta.org.cn", ["osta.org.cn"], "official certificate query site"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skill-evaluation portal"),
     ("domain", "cpta.com.cn", ["cpta.com.cn"], "official 人事考试 verification site"),
     ("phone", "4006905178", ["400-690-5178"], "marketplace customer-service number in every kechengbao footer"),
     ("email", "kefu@kechengbao.com", ["kefu@kechengbao.com"], "marketplace footer e-mail"),
     ("other", "浙ICP备19023456号-1", ["浙ICP备19023456号-1"], "marketplace ICP number"),
     ("uscc", USCC_KCB, [USCC_KCB], "marketplace operator's own credit code in footer"),
     ("qq_group", "512384967", ["512384967"], "forum's own QQ group in footer"),
     ("phone", "073184562210", ["0731-84562210"], "classifieds site customer service in footer"),
     ("domain", "bmfenlei.com", ["bmfenlei.com"], "classifieds site's own domain in footer"),
     ("email", "tougao@wxjuhe.cn", ["tougao@wxjuhe.cn"], "repost site's takedown e-mail"),
     ("phone", "4001402108", ["400-140-2108"], "video platform's report hotline"),
     ("uscc", USCC_NEWS, [USCC_NEWS], "news site company code in footer"),
     ("phone", "057185109999", ["0571-85109999"], "news site's tip-off hotline"),
     ("phone", "+8617120963385", ["17120963385", "171 2096 3385"], "scammer's number quoted in complaint and news"),
     ("wechat", "zs_cert888", ["zs_cert888"], "scammer's WeChat quoted in complaint and news"),
     ("phone", "+8613520250318", [BATCH], "exam batch number that looks like a mobile"),
     ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
     ("wechat", "lily_2019ai", ["lily_2019ai"], "a reader's own WeChat in comments"),
     ("qq", "2290417765", ["2290417765"], "a reader's own QQ in comments"),
     ("phone", "057186903321", [VENUE], "exam venue front desk (third party)"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
     ("phone", "95188", ["95188"], "payment platform (Alipay) hotline in shop footer"),
     ("other", "粤ICP备20077531号", ["粤ICP备20077531号"], "shop platform ICP"),
     ("phone", "057186890000", ["0571-86890000"], "college switchboard in footer, shared by I05 and U05 pages"),
     ("email", "jubao@zhiliaowenda.com", ["jubao@zhiliaowenda.com"], "Q&A site's report e-mail"),
    ]
    decoys = []
    for kind, value, written, why in D:
        pages = sorted(p for p, t in files.items() if any(w in t for w in written))
        assert pages, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))

    # sanity: a seller's identifier must not appear on another seller's page
    owner = {}
    for tp in truth_pages:
        for k, v, w in tp["identifiers"]:
            owner.setdefault((k, v), set()).add(tp["operator"])
    for tp in truth_pages:
        if not tp["operator"]:
            continue
        t = files[tp["path"]]
        for (k, v), ow in owner.items():
            if tp["operator"] in ow:
                continue
            for tp2 in truth_pages:
                for k2, v2, w2 in tp2["identifiers"]:
                    if (k2, v2) == (k, v):
                        assert w2 not in t, (tp["path"], w2)
    truth = dict(pages=sorted(truth_pages, key=lambda x: x["path"]), operators=ops, decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(truth_pages), "offers", sum(p["is_offer"] for p in truth_pages), "decoys", len(decoys))

if __name__ == "__main__":
    main()
