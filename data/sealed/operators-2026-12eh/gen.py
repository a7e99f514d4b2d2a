#!/usr/bin/env python3
"""Generate a labeled static web of AI-trainer (人工智能训练师) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(base8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(base8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, base8):
    body = prefix8 + base8 + org_check(base8)
    s = sum(ALPH.index(c) * w for c, w in zip(body, W))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]

U01_USCC = uscc("91370212", "MA3RK7T2")
U02_USCC = uscc("52370102", "MJD61482")
U04_USCC = uscc("91110108", "MA01XH93")
U05_USCC = uscc("91370203", "MA3UP5Q8")
U09_USCC = uscc("91370105", "MA3C8N4W")
KZ_USCC = uscc("91370100", "MA3M2K61")   # platform operator of the marketplace (decoy)

# ---------------------------------------------------------------- site frames
CSS = {
 "kezhan": "body{font-family:sans-serif;margin:0;background:#f5f6f8}.kz-top{background:#ff6a00;color:#fff;padding:8px 20px}.kz-wrap{display:flex}.kz-main{flex:3;padding:16px;background:#fff}.kz-side{flex:1;padding:16px}",
 "kuaiying": "body{background:#111;color:#eee;font-family:sans-serif}.ky-player{background:#000;height:220px;text-align:center;line-height:220px}.ky-cmt li{border-bottom:1px solid #333}",
 "fenlei": "body{font:13px SimSun;background:#fff}#hd{border-bottom:2px solid #1a6fc9}table.info td{border:1px solid #ddd;padding:4px}",
 "zhida": "body{font-family:-apple-system;background:#f6f6f6}.QuestionHeader{background:#fff;padding:12px}.AnswerItem{background:#fff;margin:10px 0;padding:12px}",
 "wxzz": "body{max-width:680px;margin:auto;font-family:sans-serif}.rich_media_title{font-size:22px}.rich_media_meta{color:#888}",
 "taohaoke": "body{font-family:sans-serif}.tb-header{background:#f40;color:#fff}.tb-price{color:#f40;font-size:24px}.tb-detail{border-top:1px solid #eee}",
 "hcvtc": "body{font-family:'Microsoft YaHei'}.banner{background:#0b3d91;color:#fff;padding:16px}.left{float:left;width:24%}.right{float:right;width:74%}",
 "rsj": "body{font-family:SimSun;background:#fff}.gov-head{background:#c00;color:#fff;padding:10px}.gov-article{padding:20px}",
 "qlnews": "body{font-family:serif}.masthead{font-size:28px;border-bottom:3px double #000}.byline{color:#666}",
 "zhixunai": "body{font-family:sans-serif}.zx-nav a{margin:0 8px}.zx-hero{background:#1d4ed8;color:#fff;padding:30px}",
 "lanhai": "body{font-family:sans-serif;background:#f0f9ff}.lh-header{background:#0369a1;color:#fff}.lh-card{background:#fff;margin:12px;padding:12px}",
}

SITES = {}  # name -> dict(title, pages=[(path,title)])

def esc_title(t):
    return t.replace("&", "&amp;").replace("<", "&lt;")

def links(items):
    return "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in items)

def frame(site, path, title, crumbs, body, related=()):
    """Wrap body in the frame of site. crumbs: list of (href,label)."""
    rel = links(related)
    bc = " &gt; ".join(f'<a href="{h}">{l}</a>' if h else l for h, l in crumbs)
    if site == "kezhan":
        head = ('<div class="kz-top"><b>课栈网</b> · 职业技能好课平台　<a href="/kezhan/index.html" style="color:#fff">首页</a> | '
                '<a href="/kezhan/index.html#it" style="color:#fff">IT互联网</a> | <a href="/kezhan/index.html#zg" style="color:#fff">职业资格/技能</a> | 登录 注册</div>')
        foot = (f'<div class="kz-foot"><p>课栈网客服热线：400-618-7722（9:00-21:00）　客服邮箱：kefu@kezhanwang.com</p>'
                f'<p>济南课栈网络科技有限公司　营业执照：{KZ_USCC}　鲁ICP备19051234号-2</p>'
                '<p>平台提示：请勿脱离平台私下转账，课程内容由入驻机构提供并负责。</p></div>')
        return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc_title(title)}_课栈网</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="kz-crumb">当前位置：{bc}</div><div class="kz-wrap"><div class="kz-main">{body}</div>'
                f'<div class="kz-side"><h4>同类好课</h4><ul>{rel}</ul><h4>学员保障</h4><p>7天无理由退款（未开课）</p></div></div>{foot}</body></html>')
    if site == "kuaiying":
        head = '<header class="ky-head"><a href="/kuaiying/index.html">快影</a> · 推荐 · 关注 · 同城(青岛) <input placeholder="搜索 人工智能训练师"></header>'
        foot = ('<footer class="ky-foot">快影 www.kyshipin.com ｜ 网络内容举报 ｜ 未成年人保护 ｜ 京ICP备20011873号 ｜ '
                '视频内容由创作者发布，不代表平台观点</footer>')
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)} - 快影</title><style>{CSS[site]}</style></head><body>'
                f'{head}<nav class="ky-bc">{bc}</nav><main>{body}</main><aside><h3>相关推荐</h3><ul>{rel}</ul></aside>{foot}</body></html>')
    if site == "fenlei":
        head = ('<div id="hd"><a href="/fenlei/index.html"><b>青岛信息港</b></a> 分类信息　[切换城市：青岛 济南 烟台]　'
                '<a href="/fenlei/index.html">首页</a> | 教育培训 | 招聘 | 二手 | 房产</div>')
        foot = ('<div id="ft">青岛信息港 版权所有　鲁ICP备18023456号-1　站务QQ群：562318804　'
                '<br>免责声明：本站信息由网友发布，交易前请核实对方资质，谨防先交费后失联。</div>')
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc_title(title)}-青岛信息港</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="crumbs">您的位置：{bc}</div><div id="content">{body}</div>'
                f'<div id="side"><b>相关信息</b><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "zhida":
        head = '<div class="AppHeader"><a href="/zhida/index.html">知答</a> 首页 · 发现 · 等你来答 <span>搜索：AI训练师证书有用吗</span></div>'
        foot = '<div class="Footer">知答 © 2025 ｜ 侵权举报：jubao@zhida.com ｜ 网上有害信息举报专区 ｜ 沪ICP备16033521号</div>'
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)} - 知答</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="Breadcrumb">{bc}</div><div class="Question-main">{body}</div>'
                f'<div class="Question-sideColumn"><h4>相关问题</h4><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "wxzz":
        head = '<div class="top"><a href="/wxzz/index.html">公众号文摘</a> — 优质微信文章转载 | 职场 | 教育 | 科技</div>'
        foot = '<div class="foot">本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系 tougao@gzhwenzhai.com 删除。</div>'
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)}</title><style>{CSS[site]}</style></head><body>'
                f'{head}<p class="bc">{bc}</p><div id="js_content">{body}</div><div class="rel"><b>往期推荐</b><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "taohaoke":
        head = '<div class="tb-header"><a href="/taohaoke/index.html" style="color:#fff">淘好课</a> 虚拟课程商城 | 我的订单 | 购物车</div>'
        side = ('<div class="tb-help"><b>购买帮助</b><p>查询订单示例：订单号 18820251106，在“我的订单”输入即可。</p>'
                '<p>支付由支付宝担保交易，支付问题请联系支付宝客服95188。</p></div>')
        foot = '<div class="tb-foot">淘好课商城 · 消费者维权请先联系商家，协商不成可申请平台介入 · 浙ICP备17040211号</div>'
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)}-淘好课</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="tb-bc">{bc}</div><div class="tb-main">{body}</div>{side}<div class="tb-rel"><b>看了又看</b><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "hcvtc":
        head = '<div class="banner">青岛海川职业技术学院 · 继续教育学院<br><small>Qingdao Haichuan Vocational and Technical College</small></div>'
        nav = '<div class="nav"><a href="/hcvtc/index.html">学院首页</a> 学院概况 招生信息 社会培训 职业技能等级认定 联系我们</div>'
        foot = '<div class="footer">地址：青岛市黄岛区海川路88号　学院总机：0532-87651000　hcvtc.edu.cn　鲁ICP备10021573号</div>'
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)}-青岛海川职业技术学院</title><style>{CSS[site]}</style></head><body>'
                f'{head}{nav}<div class="pos">当前位置：{bc}</div><div class="left"><ul>{rel}</ul></div><div class="right">{body}</div>{foot}</body></html>')
    if site == "rsj":
        head = '<div class="gov-head">青岛市人力资源和社会保障局　<small>Qingdao Municipal Human Resources and Social Security Bureau</small></div>'
        nav = '<div class="gov-nav"><a href="/rsj/index.html">首页</a> 政务公开 通知公告 职业能力建设 政务服务 互动交流</div>'
        foot = ('<div class="gov-foot">主办单位：青岛市人力资源和社会保障局　网站标识码3702000025　hrss.qingdao.gov.cn　'
                '鲁ICP备05039102号　咨询电话：12333</div>')
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)}</title><style>{CSS[site]}</style></head><body>'
                f'{head}{nav}<div class="gov-bc">当前位置：{bc}</div><div class="gov-article">{body}</div><div class="gov-rel"><b>相关文章</b><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "qlnews":
        head = '<div class="masthead"><a href="/qlnews/index.html">齐鲁晚讯网</a></div><div class="chan">首页 | 民生 | 教育 | 3·15 | 曝光台</div>'
        foot = '<div class="foot">齐鲁晚讯网 新闻热线：0531-85196000　违法和不良信息举报：jubao@qlwanxun.com　鲁ICP备12004567号</div>'
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)}_齐鲁晚讯网</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="bc">{bc}</div><article>{body}</article><div class="hot"><b>热点推荐</b><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "zhixunai":
        head = ('<div class="zx-nav"><b>智训未来</b> <a href="/zhixunai/index.html">首页</a><a href="/zhixunai/kecheng/ai-xunlianshi.html">课程中心</a>'
                '<a href="/zhixunai/index.html#about">关于我们</a><a href="/zhixunai/index.html#contact">联系我们</a></div>')
        foot = (f'<div class="zx-foot">青岛智训未来教育科技有限公司　统一社会信用代码：{U01_USCC}<br>'
                '地址：青岛市李沧区九水东路 智慧产业园B座5F　电话：(0532)6897 1234　邮箱：zhixun_edu@163.com　www.zhixunai.cn　鲁ICP备2023018877号-1</div>')
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)}|智训未来</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="zx-bc">{bc}</div>{body}<div class="zx-rel"><ul>{rel}</ul></div>{foot}</body></html>')
    if site == "lanhai":
        head = '<div class="lh-header"><a href="/lanhai/index.html" style="color:#fff">蓝海数智学堂</a> ｜ 课程 ｜ 师资 ｜ 认定服务 ｜ 联系</div>'
        foot = (f'<div class="lh-foot">青岛蓝海数智科技有限公司 版权所有　统一社会信用代码 {U05_USCC}　'
                '联系电话 0532-85779016　lanhaishuzhi.com</div>')
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc_title(title)} | 蓝海数智</title><style>{CSS[site]}</style></head><body>'
                f'{head}<div class="lh-bc">{bc}</div><div class="lh-card">{body}</div><div class="lh-card"><b>更多课程</b><ul>{rel}</ul></div>{foot}</body></html>')
    raise ValueError(site)

SITE_TITLES = {
 "kezhan": "课栈网（课程市场）", "kuaiying": "快影（短视频）", "fenlei": "青岛信息港（分类信息）",
 "zhida": "知答（问答社区）", "wxzz": "公众号文摘（微信文章转载）", "taohaoke": "淘好课（课程商城）",
 "hcvtc": "青岛海川职业技术学院", "rsj": "青岛市人社局（通知公告）", "qlnews": "齐鲁晚讯网（新闻）",
 "zhixunai": "智训未来（培训公司官网）", "lanhai": "蓝海数智学堂（培训公司官网）",
}

PAGES = []  # dicts

def page(site, path, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, path=path, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, identifiers=[list(x) for x in ids], note=note, crumb=crumb))

def comments(items):
    return '<div class="comments"><h4>评论</h4><ul>' + "".join(f"<li><b>{u}</b>：{t}</li>" for u, t in items) + "</ul></div>"

# ================================================================ kezhan (course marketplace)
page("kezhan", "/kezhan/course/10231.html", "人工智能训练师（五级/四级）考证班 青岛面授+直播",
 """<h1>人工智能训练师（五级/四级）考证班 青岛面授+直播</h1>
<div class="kz-shop">机构：<a>智训未来AI学院</a> ★4.8 | 已报名 312 人</div>
<p class="price">¥2680 <del>¥3280</del></p>
<h3>课程介绍</h3><p>对标《人工智能训练师国家职业技能标准(2021年版)》，数据标注员方向，五级60课时、四级50课时，理论+实操（标注平台实训）。</p>
<p>报考须符合申报条件：五级需本职业或相关职业累计工作满1年（含），四级按标准要求。证书为职业技能等级证书，由备案评价机构颁发。</p>
<p>符合条件的参保人员考后可申请技能提升补贴，具体以青岛市人社部门规定为准。</p>
<h3>咨询方式</h3><p>课程顾问 李老师：151 6532 1847（同微信）<br>微信号：zxwl_ai2024（备注“课栈”）</p>""",
 True, "U01", "智训未来AI学院",
 [("phone", "+8615165321847", "151 6532 1847"), ("wechat", "zxwl_ai2024", "zxwl_ai2024")],
 "marketplace course page, level 5/4, honest wording")

page("kezhan", "/kezhan/course/10457.html", "人工智能训练师四级（数据标注员） 济南周末班",
 f"""<h1>人工智能训练师四级（数据标注员） 济南周末班</h1>
<div class="kz-shop">机构：济南鲁数职业培训学校（已认证）</div>
<p class="price">¥1980</p>
<p>周末班8周，含数据采集和处理、数据标注、智能系统运维三大模块，另附理论模拟题库。</p>
<p>考核由备案的评价机构组织，证书可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。政策问题可拨打12333。</p>
<h3>机构资质</h3><p>办学许可证：济历下教民1370102号　统一社会信用代码：{U02_USCC}</p>
<p>报名咨询：0531-86123456（工作日 8:30-17:30）</p>""",
 True, "U02", "济南鲁数职业培训学校",
 [("phone", "053186123456", "0531-86123456"), ("uscc", U02_USCC, U02_USCC)],
 "marketplace course page of a licensed private school; honest")

page("kezhan", "/kezhan/course/10688.html", "【国家级】人工智能训练师三级+二级双证 人社部颁发 包过班",
 f"""<h1>【国家级】人工智能训练师三级+二级双证 人社部颁发 包过班</h1>
<div class="kz-shop">机构：华夏AI人才研究院</div>
<p class="price">¥6800 两证同报立减1200</p>
<ul><li>人社部颁发国家职业资格证书，全国通用，入库可查</li><li>零基础、不限学历、不限经验，三级二级一次拿</li>
<li>不过全额退款，包过！</li><li>证书可直接对应中级职称，工信部认证</li></ul>
<p>主办：中科华夏人工智能人才评价研究院（北京）有限公司　统一社会信用代码：{U04_USCC}</p>
<p>全国招生热线：400-086-1729</p>""",
 True, "U04", "华夏AI人才研究院",
 [("phone", "4000861729", "400-086-1729"), ("uscc", U04_USCC, U04_USCC)],
 "marketplace course page, dishonest: 包过, 人社部颁发, level 2 to beginners, 91-code company with state-sounding name")

page("kezhan", "/kezhan/course/10912.html", "人工智能训练师三级（高级工）实训营｜蓝海数智学堂",
 """<h1>人工智能训练师三级（高级工）实训营</h1>
<div class="kz-shop">机构：蓝海数智学堂</div>
<p class="price">¥3600（含认定费）</p>
<p>适合已取得四级证书并有相关工作年限的学员，40课时，章节：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>本期对应青岛市2025年第3批认定，认定批次号13703250301，报名截止前需提交资格审核材料。</p>
<p>官网：lanhaishuzhi.com　教务：(0532) 8577-9016</p>""",
 True, "U05", "蓝海数智学堂",
 [("phone", "053285779016", "(0532) 8577-9016"), ("domain", "lanhaishuzhi.com", "lanhaishuzhi.com")],
 "marketplace course page, level 3 with eligibility, honest")

page("kezhan", "/kezhan/course/11035.html", "数据标注员 / 人工智能训练师五级 零基础入门（可申请补贴）",
 f"""<h1>数据标注员 / 人工智能训练师五级 入门班</h1>
<div class="kz-shop">机构：启明AI培训</div>
<p class="price">¥1280</p>
<p>面向有一年以上数据标注、客服质检等相关工作经历的学员。按规定参加失业保险满1年的，取得五级证书后可申领最高1000元技能提升补贴。</p>
<p>济南启明数据标注培训中心　统一社会信用代码 {U09_USCC}</p>
<p>联系电话：0531-88917362</p>""",
 True, "U09", "启明AI培训",
 [("phone", "053188917362", "0531-88917362"), ("uscc", U09_USCC, U09_USCC)],
 "marketplace course page, level 5, subsidy described correctly")

page("kezhan", "/kezhan/course/11206.html", "AI训练师实战：大模型数据标注与评测（附等级证书报考指导）",
 """<h1>AI训练师实战：大模型数据标注与评测</h1>
<div class="kz-shop">机构：智码未来工作室</div>
<p class="price">¥899</p>
<p>12节直播课+项目实操，结课后提供人工智能训练师等级认定报考指导（报考需满足申报条件，认定费另付）。</p>
<p>报名登记表：https://www.wjx.cn/vm/hK3p9Zs.aspx</p>
<p>答疑电话：150-6914-2283</p>""",
 True, "I02", "智码未来工作室",
 [("phone", "+8615069142283", "150-6914-2283")],
 "marketplace course by an independent studio")

# ================================================================ kuaiying (short video)
page("kuaiying", "/kuaiying/v/7301556.html", "AI训练师到底是干嘛的？青岛这个班我替你们问了",
 """<div class="ky-player">▶ 02:41</div>
<h1>AI训练师到底是干嘛的？青岛这个班我替你们问了 #人工智能训练师 #考证</h1>
<p class="author">@智训未来·青岛 ｜ 1.2万赞</p>
<p>简介：五级四级都能报，要有相关工作经历哈，不是随便谁都能考。想了解课程的滴滴我，V：ZXWL_AI2024</p>"""
 + comments([("海边的风", "多少钱啊"), ("作者", "两千多，私信发你课表"), ("小杨同学", "不是说要工作一年吗，我应届生行不行")]),
 True, "U01", "智训未来·青岛",
 [("wechat", "zxwl_ai2024", "ZXWL_AI2024")],
 "short video of U01 with WeChat in description")

page("kuaiying", "/kuaiying/v/7302981.html", "零基础直接考二级技师！人社部颁发 全国通用",
 """<div class="ky-player">▶ 00:58</div>
<h1>零基础直接考二级技师！人社部颁发 全国通用 #AI训练师 #副业</h1>
<p class="author">@国培认证(青岛办)</p>
<p>国家职业资格证书，不用培训，交费包过，一个月下证！名额有限，薇❤：GZRC8899</p>"""
 + comments([("lily", "求资料 加我 lily_qd88"), ("路人甲", "二级要技师证+四年吧？零基础直接考？"), ("国培认证(青岛办)", "私信")]),
 True, "U03", "国培认证(青岛办)",
 [("wechat", "gzrc8899", "GZRC8899")],
 "short video, dishonest: 包过, 人社部颁发, level 2 to beginners")

page("kuaiying", "/kuaiying/v/7303114.html", "原价9999限时99！90%小白都能学会的AI训练师",
 """<div class="ky-player">▶ 01:30</div>
<h1>原价9999限时99！90%小白都能学会的AI训练师 #济南 #AI</h1>
<p class="author">@AI老周</p>
<p>拿到证书便可升职加薪，学员群：738215604（进群领资料），课程顾问微信 laozhou_ai</p>"""
 + comments([("泉城小吴", "99块包证吗"), ("AI老周", "证书另外报名，群里说")]),
 True, "U06", "AI老周",
 [("wechat", "laozhou_ai", "laozhou_ai"), ("qq_group", "738215604", "738215604")],
 "short video funnel, 原价9999限时99")

page("kuaiying", "/kuaiying/v/7304470.html", "老周说AI：四级证书怎么拿最快",
 """<div class="ky-player">▶ 03:05</div>
<h1>老周说AI：四级证书怎么拿最快</h1>
<p class="author">@老周说AI</p>
<p>三个月速成，拿证涨薪，报名找助理小周 159 5310 9863，微信同号 LaoZhou_AI</p>"""
 + comments([("lily", "求资料 加我 lily_qd88"), ("济南打工人", "速成？四级不是要五级证加四年吗")]),
 True, "U06", "老周说AI",
 [("phone", "+8615953109863", "159 5310 9863"), ("wechat", "laozhou_ai", "LaoZhou_AI")],
 "second video of U06, phone + WeChat in different case")

page("kuaiying", "/kuaiying/v/7305022.html", "考个AI训练师证挂靠公司，一年躺赚3万",
 """<div class="ky-player">▶ 00:45</div>
<h1>考个AI训练师证挂靠公司，一年躺赚3万 #证书挂靠</h1>
<p class="author">@鑫途人才</p>
<p>证书挂靠企业资质，年薪到手3万+，我们负责考证和对接企业。咨询加v：xt_rencai</p>"""
 + comments([("不吃香菜", "真的假的"), ("鑫途人才", "私你了")]),
 True, "U08", "鑫途人才",
 [("wechat", "xt_rencai", "xt_rencai")],
 "short video, 挂靠 lure")

page("kuaiying", "/kuaiying/v/7306687.html", "我是怎么用AIGC证书接单的（不是广告）",
 """<div class="ky-player">▶ 04:12</div>
<h1>我是怎么用AIGC证书接单的（不是广告）</h1>
<p class="author">@AI小鹿</p>
<p>生成式AI应用证书，人社部颁发，40课时线上学完就能考，想报名的加我：xiaolu_aigc</p>"""
 + comments([("青岛小林", "人社部颁发？不是挂靠中心发的吗"), ("AI小鹿", "都一样的")]),
 True, "I04", "AI小鹿",
 [("wechat", "xiaolu_aigc", "xiaolu_aigc")],
 "short video, AIGC certificate sold as 人社部颁发")

# ================================================================ fenlei (classifieds)
def fl(title, rows, desc):
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f'<h1>{title}</h1><table class="info">{tr}</table><div class="desc">{desc}</div>'

page("fenlei", "/fenlei/px/1188201.html", "李沧 人工智能训练师培训 五级四级 周末班 可开发票",
 fl("李沧 人工智能训练师培训 五级四级 周末班", [("类别", "职业技能培训"), ("区域", "李沧区"), ("联系人", "李老师"),
  ("电话", "15165321847"), ("座机", "0532-68971234")],
  "智训教育常年开班，考点在青岛市技师学院（考点前台0532-86015566，仅考试当天咨询）。须满足申报条件，五级需相关工作满一年。"),
 True, "U01", "青岛智训教育",
 [("phone", "+8615165321847", "15165321847"), ("phone", "053268971234", "0532-68971234")],
 "classified ad of U01 with mobile and landline")

page("fenlei", "/fenlei/px/1188354.html", "济南 历下 AI训练师四级 数据标注 正规学校 报名中",
 fl("济南 历下 AI训练师四级 数据标注 报名中", [("类别", "职业技能培训"), ("区域", "济南-历下"), ("联系人", "周老师"),
  ("手机", "186 5311 7720"), ("学校电话", "0531 8612 3456")],
  "鲁数AI训练营，民办职业培训学校，持证办学。证书联网可查，不承诺包过。"),
 True, "U02", "鲁数AI训练营",
 [("phone", "+8618653117720", "186 5311 7720"), ("phone", "053186123456", "0531 8612 3456")],
 "classified ad of U02")

page("fenlei", "/fenlei/px/1188517.html", "人工智能训练师 一级/二级/三级 不限学历 包过 下证快",
 fl("人工智能训练师 一级/二级/三级 不限学历 包过 下证快", [("类别", "职业资格证书"), ("区域", "市南区"), ("联系人", "张主任"),
  ("电话", "178-0639-2215"), ("QQ", "2871306645")],
  "国家职业资格证书，人社部颁发，全国通用入库可查，不用考试直接拿证，三级二级一起办更优惠。国培认证青岛办事处。"),
 True, "U03", "国培认证青岛办事处",
 [("phone", "+8617806392215", "178-0639-2215"), ("qq", "2871306645", "2871306645")],
 "classified ad, dishonest, three levels at once")

page("fenlei", "/fenlei/px/1188760.html", "崂山 蓝海数智 人工智能训练师四级 小班教学",
 fl("崂山 人工智能训练师四级 小班教学", [("类别", "职业技能培训"), ("区域", "崂山区"), ("联系人", "孙老师"),
  ("手机", "136-1639-2408")],
  "蓝海数智，理论+实操，考前审核申报条件。考点：青岛市技师学院。"),
 True, "U05", "蓝海数智",
 [("phone", "+8613616392408", "136-1639-2408")],
 "classified ad of U05 with mobile only")

page("fenlei", "/fenlei/px/1189032.html", "1+X 人工智能训练 职业技能等级证书 2026春季班 官方指定",
 fl("1+X 人工智能训练 职业技能等级证书 2026春季班", [("类别", "职业资格证书"), ("区域", "城阳区"), ("联系人", "职教通 刘老师"),
  ("电话", "130 5328 7765"), ("微信", "zjt1x_sd")],
  "山东职教通，官方指定1+X证书培训点，学信网可查，高校学生优先。"),
 True, "U07", "山东职教通",
 [("phone", "+8613053287765", "130 5328 7765"), ("wechat", "zjt1x_sd", "zjt1x_sd")],
 "classified ad, 1+X certificate sold after the 2025 handover")

page("fenlei", "/fenlei/px/1189215.html", "证书挂靠 AI训练师 考证+挂靠一条龙 年入3万",
 fl("证书挂靠 AI训练师 考证+挂靠一条龙", [("类别", "职业资格证书"), ("区域", "黄岛区"), ("联系人", "鑫途 王经理"),
  ("电话", "19861273390"), ("QQ", "1946627318")],
  "鑫途职业服务：考证挂靠一条龙，证书挂企业每年3万。联系电话：13800138000（请改为您的号码）"),
 True, "U08", "鑫途职业服务",
 [("phone", "+8619861273390", "19861273390"), ("qq", "1946627318", "1946627318")],
 "classified ad, 挂靠 lure; template placeholder left in text")

page("fenlei", "/fenlei/px/1189466.html", "王老师 AI训练师 一对一辅导 速成 不限学历",
 fl("王老师 AI训练师 一对一辅导 速成", [("类别", "家教/辅导"), ("区域", "市北区"), ("联系人", "王老师"),
  ("电话", "182 5423 7716"), ("微信", "wang_ai_teacher"), ("备用", "联系电话：13800138000")],
  "个人辅导，速成，不限学历，考点青岛市技师学院（前台0532-86015566）。"),
 True, "I03", "王老师",
 [("phone", "+8618254237716", "182 5423 7716"), ("wechat", "wang_ai_teacher", "wang_ai_teacher")],
 "classified ad by an individual tutor; placeholder number in the template")

# ================================================================ zhida (Q&A)
def qa(q, answers):
    a = "".join(f'<div class="AnswerItem"><div class="AuthorInfo">{u}</div><div class="RichContent">{t}</div></div>' for u, t in answers)
    return f'<div class="QuestionHeader"><h1>{q}</h1></div>{a}'

page("zhida", "/zhida/q/52013.html", "有人在青岛被人工智能训练师“包过班”骗了吗？",
 qa("有人在青岛被人工智能训练师“包过班”骗了吗？", [
  ("匿名用户", "我被骗了4800。对方电话 171 5526 3310，微信 kaozheng_vip666，说人社部颁发包过，交钱后拉黑。已经打12315投诉。"),
  ("泉城法务小刘", "记下号码17155263310的都注意，遇到这种先在zscx.osta.org.cn查机构和证书，再打12333问。")]),
 False, None, None, [], "Q&A complaint thread quoting scammer contacts (non-offer)")

page("zhida", "/zhida/q/52177.html", "人工智能训练师证书在哪里查真假？",
 qa("人工智能训练师证书在哪里查真假？", [
  ("中科智评 认证顾问", "我们的证书官网可查：www.gzrc-cx.com，输入身份证号就能查到。想报名可以加微信gzrc8899，包过，不过退费。"),
  ("答主小王", "只认 osta 的联网查询，别的站都不算。")]),
 True, "U03", "中科智评",
 [("wechat", "gzrc8899", "gzrc8899"), ("domain", "gzrc-cx.com", "www.gzrc-cx.com")],
 "Q&A answer by U03 pushing its fake query site")

page("zhida", "/zhida/q/52390.html", "2026年还能考1+X人工智能证书吗？",
 qa("2026年还能考1+X人工智能证书吗？", [
  ("职通教育 招生老师", "可以的，我们是官方指定1+X考点，2026年照常开班，学信网可查。微信：ZJT1X_SD"),
  ("小白兔", "求链接，扣 903317245")]),
 True, "U07", "职通教育",
 [("wechat", "zjt1x_sd", "ZJT1X_SD")],
 "Q&A answer selling 1+X after the handover; reader leaves own QQ")

page("zhida", "/zhida/q/52544.html", "济南哪里有靠谱的数据标注员培训？",
 qa("济南哪里有靠谱的数据标注员培训？", [
  ("启明数标 教研", "我们在济南做数据标注培训，五级需要相关工作满一年，参保满一年可申请补贴。有兴趣加 qiming_ai 或电话 0531 88917362。补贴政策可打12333核实。"),
  ("小白兔", "求资料 扣 903317245")]),
 True, "U09", "启明数标",
 [("wechat", "qiming_ai", "qiming_ai"), ("phone", "053188917362", "0531 88917362")],
 "Q&A answer by U09; reader's QQ in comment")

page("zhida", "/zhida/q/52718.html", "做数据标注需要考人工智能训练师证吗？",
 qa("做数据标注需要考人工智能训练师证吗？", [
  ("李工｜数据标注团队负责人", "不是必须。我们团队也带新人做项目+考五级，项目结算后可以报名，邮件联系 li.datalab@outlook.com。")]),
 True, "I06", "李工数据标注团队",
 [("email", "li.datalab@outlook.com", "li.datalab@outlook.com")],
 "Q&A answer by an independent team lead")

# ================================================================ wxzz (WeChat reposts)
def wx(title, acct, date, txt):
    return f'<h1 class="rich_media_title">{title}</h1><div class="rich_media_meta">{acct}　{date}</div>{txt}<p class="src">原文来源：微信公众号“{acct}”</p>'

page("wxzz", "/wxzz/a/20250611-lushu.html", "鲁数AI训练营第8期招生｜人工智能训练师四级",
 wx("鲁数AI训练营第8期招生｜人工智能训练师四级", "鲁数职业培训", "2025-06-11",
  "<p>第8期6月21日开班，周末授课，学费1980元。</p><p>报名表：https://www.wjx.cn/vm/mL2rQ8a.aspx（填写示例邮箱：yourname@example.com）</p>"
  "<p>咨询：18653117720　邮箱 LuShuPX@126.com</p>"),
 True, "U02", "鲁数AI训练营",
 [("phone", "+8618653117720", "18653117720"), ("email", "lushupx@126.com", "LuShuPX@126.com")],
 "WeChat article repost of U02's enrolment notice")

page("wxzz", "/wxzz/a/20250702-huaxia.html", "重磅！人工智能训练师国家级证书 三证一起拿",
 wx("重磅！人工智能训练师国家级证书 三证一起拿", "中华AI人才网", "2025-07-02",
  "<p>国家级证书、人社部颁发，三级+二级+AIGC三证一起拿，直接对应中级职称。</p>"
  "<p>证书样本编号：S000037000001253000168（入库可查）</p>"
  "<p>官网 www.hxairc.com　热线 4000-861-729　邮箱 service@hxairc.com</p>"),
 True, "U04", "中华AI人才网",
 [("phone", "4000861729", "4000-861-729"), ("domain", "hxairc.com", "www.hxairc.com"), ("email", "service@hxairc.com", "service@hxairc.com")],
 "WeChat repost, dishonest bundle; sample certificate number")

page("wxzz", "/wxzz/a/20250815-zjt.html", "1+X人工智能训练证书最后一批！",
 wx("1+X人工智能训练证书最后一批！", "职教通", "2025-08-15",
  "<p>官方指定考点，学信网可查。名额有限，抓紧报名。</p><p>电话：130-5328-7765　资料发送至 zhijiaotong#qq.com（#换成@）</p>"),
 True, "U07", "职教通1+X",
 [("phone", "+8613053287765", "130-5328-7765"), ("email", "zhijiaotong@qq.com", "zhijiaotong#qq.com")],
 "WeChat repost, 1+X urgency sale")

page("wxzz", "/wxzz/a/20250903-xintu.html", "一本证书=一份被动收入？AI训练师挂靠揭秘",
 wx("一本证书=一份被动收入？AI训练师挂靠揭秘", "鑫途人才", "2025-09-03",
  "<p>证书考下来挂靠企业，年收入3万起。考证+挂靠一站式服务。</p><p>王经理 198-6127-3390　微信 XT_RENCAI</p>"),
 True, "U08", "鑫途人才",
 [("phone", "+8619861273390", "198-6127-3390"), ("wechat", "xt_rencai", "XT_RENCAI")],
 "WeChat repost, 挂靠 lure")

page("wxzz", "/wxzz/a/20251010-qiming.html", "济南启明：人工智能训练师五级10月班开始报名",
 wx("济南启明：人工智能训练师五级10月班开始报名", "济南启明", "2025-10-10",
  "<p>五级60课时，须满足申报条件。报名表：https://www.wjx.cn/vm/Qm7TzR1.aspx（邮箱栏请勿填写yourname@example.com示例）</p>"
  "<p>联系：qimingpx@163.com　微信 qiming_ai</p>"),
 True, "U09", "济南启明",
 [("email", "qimingpx@163.com", "qimingpx@163.com"), ("wechat", "qiming_ai", "qiming_ai")],
 "WeChat repost of U09's class notice")

page("wxzz", "/wxzz/a/20250420-jingti.html", "警惕！这些“人社部颁发”的AI证书是山寨的",
 wx("警惕！这些“人社部颁发”的AI证书是山寨的", "青岛人社", "2025-04-20",
  "<p>职业技能等级证书由备案评价机构颁发，人社部不直接颁发。凡宣称“包过”“人社部颁发”的，请提高警惕。</p>"
  "<p>近期有市民反映微信号 kaozheng_vip666 以包过为名收费后失联。如有疑问请拨打12333。</p>"),
 False, None, None, [], "WeChat repost of an official warning; quotes a scam WeChat id")

# ================================================================ taohaoke (shop)
def item(title, price, shop, txt):
    return f'<h1>{title}</h1><div class="tb-price">¥{price}</div><div class="tb-shop">店铺：{shop}</div><div class="tb-detail">{txt}</div>'

page("taohaoke", "/taohaoke/item/660128.html", "人工智能训练师证书 二级技师 人社部颁发 包过 可查",
 item("人工智能训练师证书 二级技师 人社部颁发 包过 可查", "3980", "国职人才测评中心",
  "<p>国家职业资格证书，全国联网可查（查询网址 www.gzrc-cx.com），免培训直接发证。</p>"
  "<p>证书样本编号：S000037000001253000168</p><p>客服QQ：287 130 6645　手机：17806392215</p>"),
 True, "U03", "国职人才测评中心",
 [("qq", "2871306645", "287 130 6645"), ("phone", "+8617806392215", "17806392215"), ("domain", "gzrc-cx.com", "www.gzrc-cx.com")],
 "shop item, dishonest, fake query site")

page("taohaoke", "/taohaoke/item/660347.html", "华夏智培 AI训练师三级 国家级证书 报名定金",
 item("华夏智培 AI训练师三级 国家级证书 报名定金", "500", "华夏智培",
  "<p>拍下为报名定金，尾款对公转账：收款户名 北京华夏智培教育咨询有限公司。</p><p>服务热线 400 086 1729</p>"),
 True, "U04", "华夏智培",
 [("other", "北京华夏智培教育咨询有限公司", "北京华夏智培教育咨询有限公司"), ("phone", "4000861729", "400 086 1729")],
 "shop item, deposit with payee name")

page("taohaoke", "/taohaoke/item/660519.html", "AI训练师速成课 老周 原价9999 限时99",
 item("AI训练师速成课 老周 原价9999 限时99", "99", "周老师AI考证",
  "<p>90%小白都能学会，拿证升职加薪。发货方式：拍下后联系 15953109863 拉群。</p>"
  "<p>开票主体：济南市历下区周建华电子商务商行</p>"),
 True, "U06", "周老师AI考证",
 [("phone", "+8615953109863", "15953109863"), ("other", "济南市历下区周建华电子商务商行", "济南市历下区周建华电子商务商行")],
 "shop item of U06")

page("taohaoke", "/taohaoke/item/660802.html", "AI训练师证书挂靠咨询 考证挂靠一条龙",
 item("AI训练师证书挂靠咨询 考证挂靠一条龙", "199", "鑫途人才服务",
  "<p>咨询费199，挂靠成功年入3万。拍前请先联系客服扣扣：1946627318</p>"),
 True, "U08", "鑫途人才服务",
 [("qq", "1946627318", "1946627318")],
 "shop item, 挂靠")

page("taohaoke", "/taohaoke/item/661044.html", "数据标注实操课（人工智能训练师五级备考）",
 item("数据标注实操课（人工智能训练师五级备考）", "368", "青岛数标工坊",
  "<p>真实标注项目练习，附五级理论题库。报考需满足申报条件，本店不承诺通过。</p><p>店主QQ 3190245577，电话 176 8532 1094</p>"),
 True, "I05", "青岛数标工坊",
 [("qq", "3190245577", "3190245577"), ("phone", "+8617685321094", "176 8532 1094")],
 "shop item by an independent; honest")

# ================================================================ hcvtc (college)
page("hcvtc", "/hcvtc/jxjy/2025-ai-xunlianshi.html", "2025年人工智能训练师职业技能等级认定培训招生简章",
 """<h2>2025年人工智能训练师职业技能等级认定培训招生简章</h2>
<p>我院为经备案的职业技能等级认定机构，面向社会开展人工智能训练师五级、四级培训与认定。</p>
<p>申报条件按国家职业技能标准执行；证书可在 zscx.osta.org.cn 查询。认定收费按物价部门核定标准执行。</p>
<p>报名地点：继续教育学院 312 室　电话：0532-87651200　邮箱：jxjy@hcvtc.edu.cn</p>
<p>政策咨询：12333</p>""",
 True, "I01", "青岛海川职业技术学院继续教育学院",
 [("phone", "053287651200", "0532-87651200"), ("email", "jxjy@hcvtc.edu.cn", "jxjy@hcvtc.edu.cn"),
  ("phone", "053287651000", "0532-87651000"), ("domain", "hcvtc.edu.cn", "hcvtc.edu.cn")],
 "college enrolment notice (independent, honest)")

page("hcvtc", "/hcvtc/news/2025-0612.html", "我院举办人工智能训练师师资研修班",
 "<h2>我院举办人工智能训练师师资研修班</h2><p>6月10日至12日，我院组织骨干教师参加人工智能训练师师资研修……</p>",
 False, None, None, [], "college news, not an offer")

# ================================================================ rsj (人社局)
page("rsj", "/rsj/tzgg/2025-0301.html", "关于开展2025年第3批职业技能等级认定工作的通知",
 """<h2>关于开展2025年第3批职业技能等级认定工作的通知</h2>
<p>各有关单位：现将2025年第3批职业技能等级认定（认定批次号13703250301）有关事项通知如下……</p>
<p>证书查询：osta.mohrss.gov.cn、zscx.osta.org.cn。咨询电话：12333。</p>""",
 False, None, None, [], "official notice with batch number (non-offer)")

page("rsj", "/rsj/tzgg/2025-0415.html", "关于警惕技术技能类“山寨证书”的提示",
 """<h2>关于警惕技术技能类“山寨证书”的提示</h2>
<p>职业技能等级证书由备案的评价机构颁发，凡宣称“人社部颁发”“包过”“不培训直接发证”的，均属虚假宣传。</p>
<p>发现线索请拨打12333或12315反映。</p>""",
 False, None, None, [], "official warning (non-offer)")

# ================================================================ qlnews
page("qlnews", "/qlnews/2025/0520/ai-zhengshu.html", "“包过”的AI训练师证书？济南市民交费后被拉黑",
 """<h1>“包过”的AI训练师证书？济南市民交费后被拉黑</h1><p class="byline">记者 赵敏　2025-05-20</p>
<p>市民刘女士通过短视频联系到一名自称“国家级培训中心”的人员，对方手机号171 5526 3310，微信kaozheng_vip666……</p>
<p>市场监管部门提醒，遇到此类情况可拨打12315投诉，证书真伪可通过osta.mohrss.gov.cn查询，政策咨询12333。</p>""",
 False, None, None, [], "news report quoting scammer contacts (non-offer)")

# ================================================================ zhixunai (U01 company site)
page("zhixunai", "/zhixunai/kecheng/ai-xunlianshi.html", "人工智能训练师培训课程",
 """<div class="zx-hero"><h1>人工智能训练师（五级/四级）培训</h1><p>2025年秋季班火热报名中</p></div>
<p>课程依据国家职业技能标准开发，数据标注员方向。认定考点：青岛市技师学院（考点前台0532-86015566）。</p>
<p>报名热线：151-6532-1847　座机：(0532)6897 1234　微信：zxwl_ai2024</p>
<p>了解更多：www.zhixunai.cn</p>""",
 True, "U01", "智训未来",
 [("phone", "+8615165321847", "151-6532-1847"), ("phone", "053268971234", "(0532)6897 1234"),
  ("wechat", "zxwl_ai2024", "zxwl_ai2024"), ("domain", "zhixunai.cn", "www.zhixunai.cn"),
  ("uscc", U01_USCC, U01_USCC), ("email", "zhixun_edu@163.com", "zhixun_edu@163.com")],
 "U01's own course page; footer with company identifiers")

# ================================================================ lanhai (U05 company site)
page("lanhai", "/lanhai/course/l4.html", "人工智能训练师四级（中级工）课程",
 f"""<h1>人工智能训练师四级（中级工）</h1><p>50课时，模块：数据采集和处理、数据标注、智能系统运维。学费2480元。</p>
<p>申报条件：取得五级证书后累计从事本职业4年，或累计从事本职业6年，或技工院校相关专业毕业等。</p>
<p>证书查询：zscx.osta.org.cn；技能人才评价工作网 osta.mohrss.gov.cn。</p>
<p>咨询：0532-85779016　孙老师 13616392408　邮箱 lhsz@lanhaishuzhi.com</p>""",
 True, "U05", "蓝海数智学堂",
 [("phone", "053285779016", "0532-85779016"), ("phone", "+8613616392408", "13616392408"),
  ("email", "lhsz@lanhaishuzhi.com", "lhsz@lanhaishuzhi.com"), ("domain", "lanhaishuzhi.com", "lanhaishuzhi.com"),
  ("uscc", U05_USCC, U05_USCC)],
 "U05's own course page, level 4")

page("lanhai", "/lanhai/course/l3.html", "人工智能训练师三级（高级工）课程",
 """<h1>人工智能训练师三级（高级工）</h1><p>40课时，需持四级证书并满足年限要求。考点：青岛市技师学院（前台0532-86015566）。</p>
<p>本期对应认定批次号13703250301。</p><p>咨询：孙老师 136 1639 2408</p>""",
 True, "U05", "蓝海数智学堂",
 [("phone", "+8613616392408", "136 1639 2408"), ("phone", "053285779016", "0532-85779016"),
  ("domain", "lanhaishuzhi.com", "lanhaishuzhi.com"), ("uscc", U05_USCC, U05_USCC)],
 "U05's own course page, level 3")

# ================================================================ index pages
INDEX_INTRO = {
 "kezhan": "<h1>职业资格/技能 · 人工智能训练师 相关课程</h1>",
 "kuaiying": "<h1>#人工智能训练师 话题 · 热门视频</h1>",
 "fenlei": "<h1>青岛 教育培训 > 职业技能培训 信息列表</h1>",
 "zhida": "<h1>话题：人工智能训练师</h1>",
 "wxzz": "<h1>职场·考证 栏目</h1>",
 "taohaoke": "<h1>搜索结果：人工智能训练师</h1>",
 "hcvtc": "<h1>学院新闻 · 通知公告</h1>",
 "rsj": "<h1>通知公告</h1>",
 "qlnews": "<h1>教育 · 曝光台</h1>",
 "zhixunai": '<div class="zx-hero"><h1>智训未来 · 让每个人都懂AI</h1></div><p id="about">青岛智训未来教育科技有限公司成立于2021年，专注数字技能培训。</p><p id="contact">联系方式见页脚。</p>',
 "lanhai": "<h1>蓝海数智学堂</h1><p>青岛本地数字技能培训品牌，课程见下方列表。</p>",
}

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    # content pages
    for site, ps in by_site.items():
        idx = f"/{site}/index.html"
        for p in ps:
            rel = [(q["path"], q["title"]) for q in ps if q is not p][:4] + [(idx, "返回列表")]
            crumbs = [(idx, SITE_TITLES[site].split("（")[0]), (None, p["title"])]
            p["html"] = frame(site, p["path"], p["title"], crumbs, p["body"], rel)
    # index pages
    idx_pages = []
    for site in SITE_TITLES:
        ps = by_site.get(site, [])
        lst = "<ul class='list'>" + "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in ps) + "</ul>"
        body = INDEX_INTRO[site] + lst
        html = frame(site, f"/{site}/index.html", SITE_TITLES[site], [("/index.html", "导航"), (None, SITE_TITLES[site])], body,
                     [("/index.html", "网址导航")])
        idx_pages.append(dict(site=site, path=f"/{site}/index.html", title=SITE_TITLES[site], is_offer=False, operator=None,
                              provider=None, identifiers=[], note="site index page", html=html))
    hub = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>网址导航 · 青岛/济南 AI训练师考证搜索</title></head><body>'
           '<h1>网址导航</h1><ul>' + "".join(f'<li><a href="/{s}/index.html">{t}</a></li>' for s, t in SITE_TITLES.items()) + '</ul></body></html>')
    allp = [dict(site=None, path="/index.html", title="hub", is_offer=False, operator=None, provider=None,
                 identifiers=[], note="hub linking every site's index", html=hub)] + idx_pages + PAGES
    for p in allp:
        fp = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # operators
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    # decoys: scan pages
    html_by_path = {p["path"]: p["html"] for p in allp}
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(pth for pth, h in html_by_path.items() if any(w in h for w in written))
        assert pages, (value, "not found")
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})
    # sanity: seller identifiers never overlap decoys, and no identifier shared across sellers
    owner = {}
    for p in PAGES:
        for k, v, w in p["identifiers"]:
            assert w in p["html"], (p["path"], w)
            prev = owner.setdefault((k, v), p["operator"])
            assert prev == p["operator"], (k, v, prev, p["operator"])
            for d in decoys:
                assert d["value"] != v and not any(x in w or w in x for x in d["written"]), (w, d["value"])
    truth = {"pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in allp],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(allp)} pages, {sum(p['is_offer'] for p in allp)} offers, {len(decoys)} decoys")

DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline, quoted by sellers, news and notices"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site cited by honest sellers and notices"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4006187722", ["400-618-7722"], "course marketplace's own customer-service line in every page footer"),
 ("email", "kefu@kezhanwang.com", ["kefu@kezhanwang.com"], "marketplace footer e-mail"),
 ("uscc", KZ_USCC, [KZ_USCC], "marketplace operator's business licence in footer"),
 ("other", "鲁ICP备19051234号-2", ["鲁ICP备19051234号-2"], "marketplace ICP number in footer"),
 ("other", "鲁ICP备18023456号-1", ["鲁ICP备18023456号-1"], "classifieds site ICP number in footer"),
 ("qq_group", "562318804", ["562318804"], "classifieds site's own 站务QQ群 in footer"),
 ("domain", "kyshipin.com", ["www.kyshipin.com"], "short-video platform's domain in footer"),
 ("email", "jubao@zhida.com", ["jubao@zhida.com"], "Q&A platform's report mailbox in footer"),
 ("phone", "+8617155263310", ["171 5526 3310", "17155263310"], "scammer's number quoted in a complaint and a news report"),
 ("wechat", "kaozheng_vip666", ["kaozheng_vip666"], "scammer's WeChat quoted in complaint, news and an official warning"),
 ("phone", "+8613703250301", ["13703250301"], "an assessment batch number (认定批次号) that looks like a mobile"),
 ("other", "S000037000001253000168", ["S000037000001253000168"], "sample certificate number copied by two sellers"),
 ("phone", "+8618820251106", ["18820251106"], "shop's sample order number in the help sidebar"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone left in two ads"),
 ("email", "yourname@example.com", ["yourname@example.com"], "form placeholder e-mail"),
 ("wechat", "lily_qd88", ["lily_qd88"], "a reader's own WeChat in comments under two sellers' videos"),
 ("qq", "903317245", ["903317245"], "a reader's own QQ in comments under two sellers' answers"),
 ("phone", "053286015566", ["0532-86015566"], "exam venue (青岛市技师学院) front desk, a third party"),
 ("domain", "wjx.cn", ["www.wjx.cn"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
 ("domain", "hrss.qingdao.gov.cn", ["hrss.qingdao.gov.cn"], "人社局 site domain in its footer"),
 ("phone", "053185196000", ["0531-85196000"], "news site's hotline in footer"),
 ("email", "tougao@gzhwenzhai.com", ["tougao@gzhwenzhai.com"], "repost site's takedown mailbox in footer"),
]

if __name__ == "__main__":
    main()
