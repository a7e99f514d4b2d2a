#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, W32100)) % 31
    return s17 + ALPH[0 if r == 31 else r]

U01_USCC = uscc("91330106", "MA2HX7K3")
U02_USCC = uscc("52310104", "MJ4R3T8C")
U09_USCC = uscc("91330110", "MA7GQ2N5")
KEBAO_USCC = uscc("91330108", "MA28B6W1")

# ---------------------------------------------------------------- sites
SITES = {
 "zhixun": dict(name="杭州智训职业技能培训", style="training-company (Hangzhou), blue corporate",
   css="body{font-family:sans-serif;margin:0;background:#f4f7fb}header{background:#1d4e89;color:#fff;padding:14px}nav a{color:#fff;margin-right:16px}.wrap{display:flex}main{flex:3;padding:18px;background:#fff}aside{flex:1;padding:18px}footer{background:#143a66;color:#cfd;padding:12px;font-size:13px}",
   menu=[("首页", "/zhixun/index.html"), ("收费标准", "/zhixun/fees.html"), ("联系我们", "/zhixun/contact.html")],
   footer="杭州智训职业技能培训有限公司 · 地址:杭州市西湖区文三路477号华星科技大厦9楼 · 电话:0571-86712345 · 网址:www.zhixunpx.cn · 浙ICP备20031945号-1"),
 "shuzhi": dict(name="上海数智人才职业培训中心", style="training-school site (Shanghai), green, table-heavy",
   css="body{font-family:'Microsoft YaHei';margin:0 auto;max-width:980px;background:#fff}header{border-bottom:4px solid #2e7d32;padding:10px}nav a{margin-right:12px;color:#2e7d32}.wrap{display:flex;gap:16px}main{flex:3}aside{flex:1;background:#eef6ee;padding:10px}table{border-collapse:collapse}td,th{border:1px solid #9c9;padding:4px 8px}footer{border-top:1px solid #ccc;font-size:12px;color:#555;padding:10px}",
   menu=[("首页", "/shuzhi/index.html"), ("课程与收费", "/shuzhi/fees.html"), ("联系方式", "/shuzhi/contact.html")],
   footer="上海数智人才职业培训中心(民办非企业单位) · 徐汇区漕溪北路398号汇智大厦6楼 · 咨询:021-54681230 · szrcpx.com · 沪ICP备19007712号"),
 "kebao": dict(name="课宝网 · 职业技能课程超市", style="course marketplace, cards, seller boxes",
   css="body{font-family:sans-serif;margin:0;background:#fafafa}header{background:#ff6a00;color:#fff;padding:10px 20px}nav a{color:#fff;margin-right:14px}.wrap{display:flex;padding:10px 20px;gap:20px}main{flex:3;background:#fff;padding:16px}aside{flex:1}.seller{border:1px dashed #f90;padding:8px;margin:10px 0}.price{color:#e4393c;font-size:22px}footer{background:#333;color:#aaa;padding:14px;font-size:12px}",
   menu=[("首页", "/kebao/index.html"), ("IT/人工智能", "/kebao/index.html#ai"), ("职业技能", "/kebao/index.html#skill"), ("入驻机构", "/kebao/index.html#join")],
   footer="课宝网 客服热线:400-826-3170(9:00-21:00) · 客服邮箱:service@kebao.com.cn · 杭州课宝网络科技有限公司 营业执照:" + KEBAO_USCC + " · 浙ICP备19023817号-2 · 平台仅提供信息展示,课程由入驻机构提供"),
 "forum": dict(name="钱塘生活论坛", style="old-style Discuz forum, posts with floors and replies",
   css="body{font:13px/1.6 Tahoma,sans-serif;background:#e9eef3;margin:0}header{background:#fff;padding:8px 16px;border-bottom:2px solid #369}nav a{margin-right:10px}.wrap{display:flex}main{flex:4;padding:10px}aside{flex:1;padding:10px}.post{background:#fff;border:1px solid #cdd;margin:6px 0;padding:8px}.floor{color:#999;float:right}footer{text-align:center;color:#666;font-size:12px;padding:10px}",
   menu=[("论坛首页", "/forum/index.html"), ("职场交流", "/forum/index.html#job"), ("学习考证", "/forum/index.html#cert"), ("房产租赁", "/forum/index.html#house")],
   footer="钱塘生活论坛 qtbbs.com · 站务QQ群:516380297 · 违规举报请发站内短消息给版主 · Powered by Discuz! X3.4"),
 "jobs": dict(name="职达同城 · 招聘与分类信息", style="classifieds / job board, dense listing",
   css="body{font-family:sans-serif;margin:0}header{background:#00a0e9;color:#fff;padding:8px}nav a{color:#fff;margin-right:14px}.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;background:#f3f9fc}.tag{background:#eef;padding:1px 5px;margin-right:4px}footer{background:#f0f0f0;padding:10px;font-size:12px}",
   menu=[("首页", "/jobs/index.html"), ("招聘", "/jobs/index.html#zp"), ("教育培训", "/jobs/index.html#px"), ("发布信息", "/jobs/index.html#post")],
   footer="职达同城 客服电话:400-660-5858 · 求职防骗:凡以培训、考证、押金为名收费的招聘均需警惕 · 浙ICP备2021034567号"),
 "qa": dict(name="知问 · 有问题就问", style="Q&A site, question with ranked answers",
   css="body{font-family:sans-serif;margin:0;background:#f6f6f6}header{background:#fff;padding:10px 24px;border-bottom:1px solid #ddd}nav a{margin-right:12px}.wrap{display:flex;padding:12px 24px;gap:16px}main{flex:3}aside{flex:1}.ans{background:#fff;padding:12px;margin:8px 0;border-radius:4px}.q{background:#fff;padding:12px;font-size:18px}footer{color:#999;font-size:12px;padding:12px 24px}",
   menu=[("首页", "/qa/index.html"), ("职业教育", "/qa/index.html#edu"), ("提问", "/qa/index.html#ask")],
   footer="知问 © 2026 · 用户协议 · 沪ICP备18047211号 · 回答内容仅代表作者观点"),
 "wechat": dict(name="微文荟 · 公众号文章精选", style="WeChat-article repost aggregator, narrow column",
   css="body{font-family:-apple-system,sans-serif;max-width:680px;margin:0 auto;background:#fff;color:#333}header{padding:10px;border-bottom:1px solid #eee}nav a{margin-right:10px;color:#576b95}.wrap{display:block}main{padding:10px;font-size:16px;line-height:1.8}aside{padding:10px;background:#f7f7f7}.src{color:#576b95}footer{color:#aaa;font-size:12px;padding:10px}",
   menu=[("首页", "/wechat/index.html"), ("职场", "/wechat/index.html#zc"), ("教育", "/wechat/index.html#jy")],
   footer="微文荟转载文章均注明来源,版权归原作者 · 侵权删除请联系 tougao@weiwenhui.net"),
 "video": dict(name="快看短视频", style="short-video pages: caption, tags, comments",
   css="body{background:#161823;color:#eee;font-family:sans-serif;margin:0}header{padding:10px 20px}nav a{color:#fe2c55;margin-right:14px}.wrap{display:flex;padding:0 20px;gap:20px}main{flex:3}.player{background:#000;height:240px;display:flex;align-items:center;justify-content:center;color:#777}aside{flex:1}.cm{border-bottom:1px solid #333;padding:4px 0}footer{color:#666;font-size:12px;padding:12px 20px}",
   menu=[("推荐", "/video/index.html"), ("知识", "/video/index.html#zs"), ("直播", "/video/index.html#zb")],
   footer="快看短视频 · 网络内容举报:report@kkvideo.cn · 未成年人保护 · 京ICP备17058812号"),
 "news": dict(name="浙沪财经新闻网", style="news portal, articles with editor and source",
   css="body{font-family:SimSun,serif;margin:0 auto;max-width:1000px}header{border-bottom:3px double #a00;padding:8px}header b{color:#a00;font-size:24px}nav a{margin-right:14px;color:#000}.wrap{display:flex;gap:20px}main{flex:3}aside{flex:1;border-left:1px solid #ddd;padding-left:10px}.meta{color:#888;font-size:12px}footer{border-top:1px solid #a00;font-size:12px;padding:8px;color:#666}",
   menu=[("首页", "/news/index.html"), ("教育", "/news/index.html#edu"), ("社会", "/news/index.html#sh"), ("推广", "/news/index.html#ad")],
   footer="浙沪财经新闻网 新闻热线:0571-85101234 · 违法和不良信息举报 · 浙ICP备16011234号"),
 "rsj": dict(name="钱江新区人力资源和社会保障局", style="government notice site, plain, red header",
   css="body{font-family:SimSun,serif;margin:0;background:#fff}header{background:#c00;color:#fff;padding:12px}nav a{color:#fff;margin-right:18px}.wrap{display:flex}main{flex:3;padding:16px}aside{flex:1;padding:16px;background:#fdf3f3}footer{background:#eee;font-size:12px;padding:10px;text-align:center}",
   menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tz"), ("政策文件", "/rsj/index.html#zc"), ("办事服务", "/rsj/index.html#bs")],
   footer="主办:钱江新区人力资源和社会保障局 · 政策咨询:12333 · 本站不发布任何培训广告"),
 "shop": dict(name="优选小店 · 知识商品", style="e-commerce shop items with SKU and payment",
   css="body{font-family:sans-serif;margin:0;background:#f5f5f5}header{background:#e4393c;color:#fff;padding:8px 16px}nav a{color:#fff;margin-right:12px}.wrap{display:flex;gap:12px;padding:12px}main{flex:3;background:#fff;padding:14px}aside{flex:1;background:#fff;padding:10px}.sku{border:1px solid #e4393c;padding:2px 8px;margin:2px;display:inline-block}footer{font-size:12px;color:#888;padding:12px}",
   menu=[("首页", "/shop/index.html"), ("考证教材", "/shop/index.html#jc"), ("课程", "/shop/index.html#kc")],
   footer="优选小店平台 官方客服QQ:800016688 · 交易请在平台内完成,私下转账不受保护"),
}

PAGES = []

def page(path, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumbs=None, side=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      crumbs=crumbs, side=side))

def render(p):
    site = p["path"].split("/")[1]
    s = SITES[site]
    menu = " ".join('<a href="%s">%s</a>' % (h, t) for t, h in s["menu"])
    crumbs = p["crumbs"] or [("首页", "/%s/index.html" % site)]
    bc = " &gt; ".join('<a href="%s">%s</a>' % (h, t) for t, h in crumbs) + " &gt; " + p["title"]
    rel = [q for q in PAGES if q["path"].startswith("/%s/" % site) and q["path"] != p["path"]][:6]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in rel)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title>"
            "<style>%s</style></head><body>\n<header><b>%s</b> <nav>%s</nav></header>\n"
            "<div class=\"crumbs\">当前位置:%s</div>\n<div class=\"wrap\"><main>\n<h1>%s</h1>\n%s\n</main>\n"
            "<aside>%s<h3>相关推荐</h3><ul>%s</ul><p><a href=\"/index.html\">返回导航</a></p></aside></div>\n"
            "<footer>%s</footer>\n</body></html>\n") % (
        p["title"], s["name"], s["css"], s["name"], menu, bc, p["title"], p["body"], p["side"], related, s["footer"])

# ================================================================ zhixun (U01)
Z_FOOT = [["phone", "057186712345", "0571-86712345"], ["domain", "zhixunpx.cn", "www.zhixunpx.cn"], ["other", "浙ICP备20031945号-1", "浙ICP备20031945号-1"]]
page("/zhixun/index.html", "人工智能训练师(4-04-05-05)五级/四级/三级培训 杭州班招生中", """
<p>智训教育是杭州市人社部门公布的职业技能培训机构,开设<strong>人工智能训练师</strong>(职业编码4-04-05-05,含数据标注员、人工智能算法测试员两个工种)培训,按《人工智能训练师国家职业技能标准(2021年版)》组织教学。</p>
<ul><li>五级/初级工:60课时,周末班,适合从事数据标注满1年的学员</li>
<li>四级/中级工:50课时,需五级证书+4年或相关工作6年</li>
<li>三级/高级工:40课时,需四级证书+5年等,报名前请先做资格预审</li></ul>
<p>考核分理论和技能操作两部分,由备案评价机构组织认定,证书由评价机构颁发,可在技能人才评价工作网查询。我们不承诺包过。</p>
<p>2026年4月班 3月28日截止报名。咨询:139 5716 2048(王老师)</p>
""", True, "U01", "智训教育", Z_FOOT + [["phone", "+8613957162048", "139 5716 2048"]],
 "U01 company home page; honest course overview with enrolment call",
 side="<h3>报名咨询</h3><p>王老师 139 5716 2048</p>")
page("/zhixun/fees.html", "收费标准(2026年春季)", """
<table border="1"><tr><th>等级</th><th>培训费</th><th>认定考核费</th><th>可申领补贴</th></tr>
<tr><td>五级</td><td>1800元</td><td>按评价机构公示</td><td>最高1000元</td></tr>
<tr><td>四级</td><td>2600元</td><td>按评价机构公示</td><td>最高1500元</td></tr>
<tr><td>三级</td><td>3400元</td><td>按评价机构公示</td><td>最高2000元</td></tr></table>
<p>说明:失业保险技能提升补贴需连续参保满1年,以人社部门审核为准,详情可拨打12333咨询。二级、一级暂无国家补贴。</p>
<p>证书查询:技能人才评价证书全国联网查询 zscx.osta.org.cn。考点为钱江职业技能考核基地(考点前台 0571-86035512,仅受理考场事务,不受理报名)。</p>
<p>缴费请到校区前台或对公转账,报名加微信:zhixun_px,或致电13957162048。</p>
""", True, "U01", "杭州智训职业技能培训有限公司", Z_FOOT + [["phone", "+8613957162048", "13957162048"], ["wechat", "zhixun_px", "zhixun_px"]],
 "U01 fee page with subsidy table; quotes 12333, osta query site and exam-venue desk")
page("/zhixun/contact.html", "联系我们", """
<p>杭州智训职业技能培训有限公司</p>
<p>统一社会信用代码:%s</p>
<p>校区地址:杭州市西湖区文三路477号华星科技大厦9楼</p>
<p>招生电话:(0571)86712345 / 139-5716-2048</p>
<p>微信咨询:ZhiXun_PX(添加请备注“AI训练师”)</p>
<p>邮箱:zhaosheng@zhixunpx.cn</p>
<p>在线报名表:<a href="https://jinshuju.net/f/Zx7Pq2">https://jinshuju.net/f/Zx7Pq2</a></p>
""" % U01_USCC, True, "U01", "杭州智训职业技能培训有限公司",
 Z_FOOT + [["phone", "057186712345", "(0571)86712345"], ["phone", "+8613957162048", "139-5716-2048"], ["wechat", "zhixun_px", "ZhiXun_PX"],
           ["email", "zhaosheng@zhixunpx.cn", "zhaosheng@zhixunpx.cn"], ["uscc", U01_USCC, U01_USCC]],
 "U01 contact / enrolment page with USCC; uses a form tool (jinshuju)")

# ================================================================ shuzhi (U02)
S_FOOT = [["phone", "02154681230", "021-54681230"], ["domain", "szrcpx.com", "szrcpx.com"], ["other", "沪ICP备19007712号", "沪ICP备19007712号"]]
page("/shuzhi/index.html", "人工智能训练师培训 · 上海急需紧缺高技能人才职业", """
<p>人工智能训练师已列入上海市急需紧缺高技能人才职业(工种)目录。据新华社报道,2025年上海该职业认定1.63万人次,发证1.09万张。</p>
<p>本中心课程理论约30%、实操约70%,覆盖数据采集和处理、数据标注、智能系统运维(四级)以及业务分析、智能训练(三级)。</p>
<p>取得证书可按规定申请上海居住证积分(三级60分,须与所从事岗位一致)。报名热线 186 2130 5576。</p>
""", True, "U02", "数智职培", S_FOOT + [["phone", "+8618621305576", "186 2130 5576"]], "U02 home page (Shanghai training school)")
page("/shuzhi/fees.html", "课程与收费", """
<table><tr><th>班型</th><th>课时</th><th>学费</th></tr>
<tr><td>四级(中级工)周末班</td><td>50</td><td>2980元</td></tr>
<tr><td>三级(高级工)晚班</td><td>40</td><td>3880元</td></tr></table>
<p>学费含教材与实训平台账号,不含认定考核费。符合条件者可申领技能提升补贴,政策以人社部门解释为准(12333)。</p>
<p>付款方式:对公账户 户名 上海数智人才职业培训中心;咨询 021-5468 1230,微信 shuzhi-peixun。</p>
""", True, "U02", "上海数智人才职业培训中心", S_FOOT + [["phone", "02154681230", "021-5468 1230"], ["wechat", "shuzhi-peixun", "shuzhi-peixun"], ["other", "上海数智人才职业培训中心", "户名 上海数智人才职业培训中心"]],
 "U02 fee page; payee name; quotes 12333")
page("/shuzhi/contact.html", "联系方式", """
<p>机构名称:上海数智人才职业培训中心</p>
<p>统一社会信用代码:%s</p>
<p>电话:021-54681230 手机:18621305576</p>
<p>邮箱:info@szrcpx.com 微信公众号:数智职培</p>
<p>证书可在 zscx.osta.org.cn 输入姓名、证件号和证书编号查询。</p>
""" % U02_USCC, True, "U02", "上海数智人才职业培训中心",
 S_FOOT + [["phone", "+8618621305576", "18621305576"], ["email", "info@szrcpx.com", "info@szrcpx.com"], ["uscc", U02_USCC, U02_USCC]],
 "U02 contact page, 52-prefix USCC (民办非企业)")

# ================================================================ kebao marketplace
def kseller(name, lines):
    return '<div class="seller"><b>机构:%s</b><br>%s</div>' % (name, "<br>".join(lines))
page("/kebao/course-1021.html", "人工智能训练师四级(中级工)精品班|杭州线下+直播", """
<p class="price">¥2600</p><p>已售 312 · 好评率 97%</p>
<p>课程大纲:数据采集和处理、数据标注、智能系统运维;配套模拟题库。认定由备案评价机构组织,证书编号可在 jndj.osta.org.cn 查询。</p>
""" + kseller("智训AI学院", ["咨询手机:1395716 2048", "微信:zhixun_px"]), True, "U01", "智训AI学院",
 [["phone", "+8613957162048", "1395716 2048"], ["wechat", "zhixun_px", "zhixun_px"]], "U01 listing on marketplace under a second brand")
page("/kebao/course-1088.html", "【人社部颁发】人工智能训练师 三级+二级+一级 三证联报 零基础包过", """
<p class="price">¥6800 <s>¥12800</s></p>
<p>国家职业资格证书,人社部颁发,全国通用终身有效!不限学历、不限经验,零基础直接报二级技师。免培训,交费包过,不过全额退款。</p>
<p>证书样本(编号 S000033010000253000128)入库可查。课程ID:15820260311</p>
""" + kseller("国职认证中心", ["报名专线:177 5821 3906"]), True, "U03", "国职认证中心",
 [["phone", "+8617758213906", "177 5821 3906"]], "U03 scam listing: 包过, 三证联报, 人社部颁发; sample certificate number and course id are decoys")
page("/kebao/course-1107.html", "AI训练师(数据标注方向)四级 上海周末班", """
<p class="price">¥3200</p>
<p>申程教育,十年职业培训经验。小班教学,课程含理论和实操两部分。结业后参加评价机构组织的认定,证书可在 zscx.osta.org.cn 查询。</p>
""" + kseller("申程教育", ["邮箱:shencheng_edu@163.com", "电话:138 1662 0735"]), True, "U05", "申程教育",
 [["email", "shencheng_edu@163.com", "shencheng_edu@163.com"], ["phone", "+8613816620735", "138 1662 0735"]], "U05 listing, honest")
page("/kebao/course-1130.html", "1+X 人工智能训练师(数据标注)职业技能等级证书 2026秋季批次", """
<p class="price">¥1980</p>
<p>教育部1+X证书,学校认可,可抵学分。2026年新批次火热报名中!考点:钱江职业技能考核基地(前台 0571-86035512)。</p>
""" + kseller("浙数智学", ["王老师 135 8841 0762", "备考QQ群:738291045"]), True, "U07", "浙数智学",
 [["phone", "+8613588410762", "135 8841 0762"], ["qq_group", "738291045", "738291045"]], "U07 listing: sells a new 1+X batch after the 2025 hand-over (suspect)")
page("/kebao/course-1176.html", "陈老师AI训练师速成班 7天拿证 原价9999限时99", """
<p class="price">¥99 <s>¥9999</s></p>
<p>90%小白都能学会!7天速成,拿证后升职加薪,副业月入过万。直播课+答疑群。课程编号 13920251108。</p>
""" + kseller("陈老师AI训练师速成班", ["抖音号:laochenAI", "手机 19957826614"]), True, "U08", "陈老师AI训练师速成班",
 [["other", "douyin:laochenai", "laochenAI"], ["phone", "+8619957826614", "19957826614"]], "U08 listing (速成, 原价9999限时99); 11-digit course number is a decoy")
page("/kebao/course-1203.html", "人工智能训练师五级 数据标注实操课(上海)", """
<p class="price">¥1500</p>
<p>工作室主讲,真实标注项目实操,适合在标注岗位工作满一年、准备申报五级的同学。</p>
""" + kseller("上海简标AI培训工作室", ["手机:136 7189 2205", "微信 jianbiao_sh"]), True, "I01", "上海简标AI培训工作室",
 [["phone", "+8613671892205", "136 7189 2205"], ["wechat", "jianbiao_sh", "jianbiao_sh"]], "independent I01")
page("/kebao/course-1219.html", "人工智能训练师三级 杭州脱产班(含算法测试实训)", """
<p class="price">¥3600</p>
<p>杭州源码人工智能培训学校,三级课程40课时,报名需满足四级证书+5年等条件,入学前审核材料。</p>
""" + kseller("杭州源码人工智能培训学校", ["电话:0571-85097731", "官网:ymaipx.com"]), True, "I02", "杭州源码人工智能培训学校",
 [["phone", "057185097731", "0571-85097731"], ["domain", "ymaipx.com", "ymaipx.com"]], "independent I02")
page("/kebao/index.html", "课宝网首页 · 人工智能训练师热门课程", """
<p>为您找到“人工智能训练师”相关课程 7 门:</p>
<ul>
<li><a href="/kebao/course-1021.html">人工智能训练师四级(中级工)精品班|杭州线下+直播</a> ¥2600</li>
<li><a href="/kebao/course-1088.html">【人社部颁发】人工智能训练师 三级+二级+一级 三证联报</a> ¥6800</li>
<li><a href="/kebao/course-1107.html">AI训练师(数据标注方向)四级 上海周末班</a> ¥3200</li>
<li><a href="/kebao/course-1130.html">1+X 人工智能训练师 2026秋季批次</a> ¥1980</li>
<li><a href="/kebao/course-1176.html">陈老师AI训练师速成班 7天拿证</a> ¥99</li>
<li><a href="/kebao/course-1203.html">人工智能训练师五级 数据标注实操课(上海)</a> ¥1500</li>
<li><a href="/kebao/course-1219.html">人工智能训练师三级 杭州脱产班</a> ¥3600</li></ul>
<p id="join">机构入驻请联系平台客服。</p>
""", note="marketplace index")

# ================================================================ forum
page("/forum/thread-88213.html", "[考证] 人工智能训练师包过,名额不多了", """
<div class="post"><span class="floor">楼主</span><b>中科智培-李老师</b><br>人社部颁发的人工智能训练师国家职业资格证书,国家认可、官方认证,可挂靠,年入3万不是梦!一次拿三级+二级,不看学历。有意向加威信 gzrz8899 或打 177-5821-3906。</div>
<div class="post"><span class="floor">2楼</span><b>西湖边的猫</b><br>我也想报,我微信 lily_hz2020 求拉群</div>
<div class="post"><span class="floor">3楼</span><b>路过的老张</b><br>楼上小心,官方说了证书不是人社部发的。</div>
""", True, "U03", "中科智培", [["wechat", "gzrz8899", "gzrz8899"], ["phone", "+8617758213906", "177-5821-3906"]],
 "U03 forum ad thread; reader's own wechat in reply is a decoy")
page("/forum/thread-88390.html", "分享:我考1+X人工智能训练师的经历(附备考群)", """
<div class="post"><span class="floor">楼主</span><b>浙数培训王老师</b><br>去年带的班通过率不错,今年秋季批次1+X继续开班,报名表在这里 https://jinshuju.net/f/Wz31kA ,备考QQ群 738291045,资料发邮箱 zsedu_wang@qq.com。</div>
<div class="post"><span class="floor">2楼</span><b>annie</b><br>1+X不是已经转到人社了吗?还能报新批次?</div>
""", True, "U07", "浙数培训", [["qq_group", "738291045", "738291045"], ["email", "zsedu_wang@qq.com", "zsedu_wang@qq.com"]],
 "U07 disguised experience post selling 1+X batch")
page("/forum/thread-88452.html", "招人工智能训练师,持证挂靠,年入两三万", """
<div class="post"><span class="floor">楼主</span><b>启智人才-赵经理</b><br>我司长期收人工智能训练师三级证书挂靠,没有证的可以先报我们的培训,包拿证。赵经理 133 0651 8827,微信 qizhi_zhao。</div>
<div class="post"><span class="floor">2楼</span><b>k哥</b><br>已私信,我电话 159 6811 2044,麻烦回电</div>
""", True, "U09", "启智人才", [["phone", "+8613306518827", "133 0651 8827"], ["wechat", "qizhi_zhao", "qizhi_zhao"]],
 "U09 挂靠 lure; reader phone in reply is a decoy")
page("/forum/thread-88501.html", "个人带学员备考人工智能训练师四级,一对一", """
<div class="post"><span class="floor">楼主</span><b>AI训练师刘老师</b><br>本人大厂标注团队负责人,业余一对一辅导四级理论和实操,按课时收费,不卖证。微信 liu_aitrainer,QQ 2647015532。</div>
""", True, "I03", "AI训练师刘老师", [["wechat", "liu_aitrainer", "liu_aitrainer"], ["qq", "2647015532", "2647015532"]], "independent I03 (tutor)")
page("/forum/thread-87960.html", "曝光!交了6800报人工智能训练师,拿到的证网上查不到", """
<div class="post"><span class="floor">楼主</span><b>被坑的小王</b><br>去年11月在网上看到“包过”的广告,对方微信 hzks_pass,电话 17085512673,收了我6800说是人社部颁发。证书发来在 zscx.osta.org.cn 根本查不到,对方给的查询网站也打不开了。订单号 202511080617。已经打了12315投诉。</div>
<div class="post"><span class="floor">2楼</span><b>版主</b><br>已加精。大家报考前请在技能人才评价工作网核实评价机构,有疑问打12333。</div>
""", note="complaint thread quoting scammer contacts (decoys) and hotlines")
page("/forum/thread-87102.html", "滨江整租两室一厅,近地铁", """
<div class="post"><span class="floor">楼主</span><b>房东直租</b><br>滨江区江南大道附近两室一厅,月租4500,押一付三,看房请站内私信。</div>
""", note="unrelated rental post")
page("/forum/index.html", "钱塘生活论坛", """
<h3 id="cert">学习考证</h3><ul>
<li><a href="/forum/thread-88213.html">[考证] 人工智能训练师包过,名额不多了</a></li>
<li><a href="/forum/thread-88390.html">分享:我考1+X人工智能训练师的经历</a></li>
<li><a href="/forum/thread-88501.html">个人带学员备考人工智能训练师四级</a></li>
<li><a href="/forum/thread-87960.html">曝光!交了6800报人工智能训练师,证查不到</a></li></ul>
<h3 id="job">职场交流</h3><ul><li><a href="/forum/thread-88452.html">招人工智能训练师,持证挂靠</a></li></ul>
<h3 id="house">房产租赁</h3><ul><li><a href="/forum/thread-87102.html">滨江整租两室一厅,近地铁</a></li></ul>
""", note="forum index")

# ================================================================ jobs
page("/jobs/job-55012.html", "AI训练师/数据标注员 月薪8000-15000 无经验可", """
<p><span class="tag">杭州</span><span class="tag">不限学历</span><span class="tag">包培训</span></p>
<p>华夏AI职业认证合作企业急招数据标注员。上岗前需取得人工智能训练师证书,公司安排考证(费用4980元,可分期),入职后报销一半。证书人社部颁发、国家认可。</p>
<p>报名表:https://jinshuju.net/f/Hx09Lm 。联系人:薇❤ GZRZ8899 / QQ 3204876615</p>
""", True, "U03", "华夏AI职业认证", [["wechat", "gzrz8899", "GZRZ8899"], ["qq", "3204876615", "3204876615"]], "U03 job-lure ad requiring a paid certificate")
page("/jobs/job-55140.html", "居家数据标注 日结 先培训后上岗", """
<p><span class="tag">兼职</span><span class="tag">居家办公</span></p>
<p>杭州云标数据科技招居家标注员,日结200-400。需先参加岗前培训考取人工智能训练师证(3980元),包分配任务。</p>
<p>咨询热线:400-602-1789,招聘专员:151 6709 3342</p>
""", True, "U04", "杭州云标数据科技", [["phone", "4006021789", "400-602-1789"], ["phone", "+8615167093342", "151 6709 3342"]], "U04 job lure")
page("/jobs/job-55177.html", "云标AI人才基地 定向培养 协议就业", """
<p>零基础0元入学?先交3980元培训考证费,结业后协议就业,不就业退一半。</p>
<p>缴费账户户名:杭州云标信息技术有限公司(支付宝转账请备注姓名,支付宝客服95188可查询交易)。报名填表 https://jinshuju.net/f/Yb22Tc</p>
<p>HR小何:15167093342 微信 yunbiao_hr</p>
""", True, "U04", "云标AI人才基地", [["other", "杭州云标信息技术有限公司", "杭州云标信息技术有限公司"], ["phone", "+8615167093342", "15167093342"], ["wechat", "yunbiao_hr", "yunbiao_hr"]],
 "U04 协议就业 lure; payee name; payment-platform and form-tool decoys")
page("/jobs/job-55203.html", "招聘:人工智能训练师讲师(兼职)/ 学员招募", """
<p>浙数教育科技招兼职讲师;同时招募1+X人工智能训练师秋季批次学员,考点钱江职业技能考核基地(前台 0571-86035512)。</p>
<p>简历与报名请发 zsedu_wang@qq.com,或电话 13588410762。</p>
""", True, "U07", "浙数教育科技", [["email", "zsedu_wang@qq.com", "zsedu_wang@qq.com"], ["phone", "+8613588410762", "13588410762"]], "U07 mixed job/enrolment ad")
page("/jobs/job-55251.html", "高薪收人工智能训练师证书 挂靠 无证可代培", """
<p>杭州启智人才服务有限公司(统一社会信用代码 %s)长期合作企业,证书挂靠年入2-3万。无证者可报名我司培训,三级包拿证。</p>
<p>电话:0571-88203417 / 手机:１３３０６５１８８２７</p>
""" % U09_USCC, True, "U09", "杭州启智人才服务有限公司",
 [["uscc", U09_USCC, U09_USCC], ["phone", "057188203417", "0571-88203417"], ["phone", "+8613306518827", "１３３０６５１８８２７"]], "U09 挂靠 ad; fullwidth digits")
page("/jobs/job-55300.html", "数据标注员(正式员工,公司提供免费培训)", """
<p>某互联网公司数据运营部招聘数据标注员,五险一金,无需自费考证,入职后公司统一组织内部培训。简历投递请通过本平台在线投递。</p>
""", note="genuine job ad, no course sold")
page("/jobs/index.html", "职达同城 杭州/上海 最新信息", """
<h3 id="zp">招聘</h3><ul>
<li><a href="/jobs/job-55012.html">AI训练师/数据标注员 月薪8000-15000</a></li>
<li><a href="/jobs/job-55140.html">居家数据标注 日结 先培训后上岗</a></li>
<li><a href="/jobs/job-55300.html">数据标注员(正式员工)</a></li>
<li><a href="/jobs/job-55251.html">高薪收人工智能训练师证书 挂靠</a></li></ul>
<h3 id="px">教育培训</h3><ul>
<li><a href="/jobs/job-55177.html">云标AI人才基地 定向培养</a></li>
<li><a href="/jobs/job-55203.html">招聘讲师/学员招募</a></li></ul>
<p id="post">发布信息请填写手机号(示例:13800138000)</p>
""", note="classifieds index; placeholder phone")

# ================================================================ qa
page("/qa/q-30117.html", "零基础能做数据标注吗?听说要先考人工智能训练师证", """
<div class="q">零基础能做数据标注吗?招聘说要先考证</div>
<div class="ans"><b>云标HR小何</b>(已认证企业):可以的,我们基地先培训再考证再上岗,加我 yunbiao_hr 详细聊。</div>
<div class="ans"><b>网友A</b>:同问,我的微信 lily_hz2020,有靠谱的麻烦告诉我</div>
""", True, "U04", "云标AI人才基地", [["wechat", "yunbiao_hr", "yunbiao_hr"]], "U04 answer recruiting students; reader wechat decoy")
page("/qa/q-30245.html", "上海哪里可以培训人工智能训练师四级?", """
<div class="q">上海哪里可以培训人工智能训练师四级?</div>
<div class="ans"><b>申程教育顾问</b>:我们申程教育在徐汇有周末班,课纲按国家标准。资料可发 shencheng_edu＠163.com,或电话 13816620735。</div>
""", True, "U05", "申程教育", [["email", "shencheng_edu@163.com", "shencheng_edu＠163.com"], ["phone", "+8613816620735", "13816620735"]], "U05 answer; fullwidth @")
page("/qa/q-30302.html", "人工智能训练师证书能挂靠吗?一年多少钱?", """
<div class="q">人工智能训练师证书能挂靠吗?</div>
<div class="ans"><b>启智小赵</b>:能,我们这边在收,没证可以先培训。Ｖ:qizhi_zhao</div>
""", True, "U09", "启智人才", [["wechat", "qizhi_zhao", "qizhi_zhao"]], "U09 answer")
page("/qa/q-30410.html", "接到电话说交钱包过人工智能训练师,是真的吗?", """
<div class="q">接到电话说交钱包过人工智能训练师,是真的吗?</div>
<div class="ans"><b>职业规划师老周</b>(高赞):别信。“包过”本身就违反广告法。AI训练师是职业技能等级证书,由备案的评价机构颁发,不是人社部颁发。给你打电话的 170-8551-2673 已经被很多人曝光。可在 zscx.osta.org.cn 查询证书,政策问题打12333。</div>
""", note="warning answer quoting a scam phone")
page("/qa/index.html", "知问 · 职业教育热门问题", """
<ul id="edu">
<li><a href="/qa/q-30117.html">零基础能做数据标注吗?</a></li>
<li><a href="/qa/q-30245.html">上海哪里可以培训人工智能训练师四级?</a></li>
<li><a href="/qa/q-30302.html">人工智能训练师证书能挂靠吗?</a></li>
<li><a href="/qa/q-30410.html">接到电话说交钱包过,是真的吗?</a></li></ul>
""", note="Q&A index")

# ================================================================ wechat reposts
page("/wechat/a-7781.html", "2026上海人工智能训练师报考指南(附补贴)", """
<p class="src">来源:数智职培 公众号</p>
<p>人工智能训练师共五个等级,四级需五级证书+4年或相关工作6年。证书由备案评价机构颁发,扫码或登录 jndj.osta.org.cn 可查。</p>
<p>春季班报名:021-5468 1230,或手机 186-2130-5576。</p>
""", True, "U02", "数智职培", [["phone", "02154681230", "021-5468 1230"], ["phone", "+8618621305576", "186-2130-5576"]], "U02 article repost")
page("/wechat/a-7802.html", "在家就能拿的AI证书,免考直接发证", """
<p class="src">来源:职证通</p>
<p>人工智能训练师证书免考试直接发证,官网可查(查询网站 www.zgjnzs-cx.com),3天出证,全国通用。</p>
<p>证书样本编号 S000033010000253000128。咨询扣扣 1473920588。</p>
""", True, "U06", "职证通", [["domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com"], ["qq", "1473920588", "1473920588"]], "U06 scam article, fake query domain")
page("/wechat/a-7835.html", "老陈说AI:普通人怎么靠AI训练师证副业月入过万", """
<p class="src">来源:老陈说AI</p>
<p>90%小白都能学会,我的速成班原价9999,今天限时99。拿证书便可升职加薪。</p>
<p>加我微信 laochen_ai66 或打 199 5782 6614 进群。</p>
""", True, "U08", "老陈说AI", [["wechat", "laochen_ai66", "laochen_ai66"], ["phone", "+8619957826614", "199 5782 6614"]], "U08 article")
page("/wechat/a-7850.html", "沪上职训 | 人工智能训练师五级招生简章", """
<p class="src">来源:沪上职训</p>
<p>招生对象:从事数据标注等相关工作满1年者。培训60课时,考核含理论与技能操作。学费1600元。</p>
<p>报名邮箱 hszx_office@126.com,电话 150-2134-7789。</p>
""", True, "I04", "沪上职训", [["email", "hszx_office@126.com", "hszx_office@126.com"], ["phone", "+8615021347789", "150-2134-7789"]], "independent I04")
page("/wechat/index.html", "微文荟 · 最新文章", """
<ul id="jy">
<li><a href="/wechat/a-7781.html">2026上海人工智能训练师报考指南(附补贴)</a></li>
<li><a href="/wechat/a-7802.html">在家就能拿的AI证书,免考直接发证</a></li>
<li><a href="/wechat/a-7835.html">普通人怎么靠AI训练师证副业月入过万</a></li>
<li><a href="/wechat/a-7850.html">沪上职训 | 人工智能训练师五级招生简章</a></li></ul>
""", note="repost index")

# ================================================================ video
def vid(cap, comments):
    return '<div class="player">▶ 视频</div><p>%s</p>%s' % (cap, "".join('<div class="cm">%s</div>' % c for c in comments))
page("/video/v-6610231.html", "人社部认证新职业!AI训练师证书这样拿", vid(
 "#人工智能训练师 #考证 人社部认证的新职业,一次拿三个等级,包过!详情扣扣 3204 876 615", ["用户1:真的假的", "用户2:已私"]),
 True, "U03", "人工智能认证服务中心", [["qq", "3204876615", "3204 876 615"]], "U03 short video")
page("/video/v-6610388.html", "证书姐姐:3天出证的AI训练师", vid(
 "不用考试,3天出证!主页有店铺,v:ZSJ_2025 / QQ 1473920588", ["用户3:能查吗", "证书姐姐:官网可查的亲"]),
 True, "U06", "证书姐姐", [["wechat", "zsj_2025", "ZSJ_2025"], ["qq", "1473920588", "1473920588"]], "U06 short video")
page("/video/v-6610455.html", "AI老陈:原价9999限时99 AI训练师速成", vid(
 "90%小白都能学会!抖音号 laochenAI 同名,进群加 laochen_ai66", ["用户5:上车了"]),
 True, "U08", "AI老陈", [["other", "douyin:laochenai", "laochenAI"], ["wechat", "laochen_ai66", "laochen_ai66"]], "U08 short video")
page("/video/v-6610502.html", "数据标注阿杰:五级考证实操演示", vid(
 "分享五级实操题怎么做,想系统学的可以找我报班,电话 18358179903。证书样子参考 S000033010000253000128", ["用户6:讲得清楚"]),
 True, "I05", "数据标注阿杰", [["phone", "+8618358179903", "18358179903"]], "independent I05; copied sample certificate number decoy")
page("/video/index.html", "快看短视频 · 知识", """
<ul id="zs">
<li><a href="/video/v-6610231.html">人社部认证新职业!AI训练师证书这样拿</a></li>
<li><a href="/video/v-6610388.html">证书姐姐:3天出证的AI训练师</a></li>
<li><a href="/video/v-6610455.html">AI老陈:原价9999限时99</a></li>
<li><a href="/video/v-6610502.html">数据标注阿杰:五级考证实操演示</a></li></ul>
""", note="video index")

# ================================================================ news
page("/news/2026-01-26-sh.html", "2025年上海人工智能训练师认定1.63万人次", """
<p class="meta">2026-01-26 来源:综合新华社报道 编辑:林</p>
<p>记者获悉,2025年上海人工智能训练师职业认定1.63万人次,发证1.09万张,该职业已列入上海急需紧缺高技能人才职业目录。人社部门提示,证书可在 zscx.osta.org.cn 查询,政策咨询拨打12333。</p>
""", note="news report")
page("/news/2026-03-02-scam.html", "“包过”“人社部颁发”?警惕AI训练师考证骗局", """
<p class="meta">2026-03-02 记者 陈</p>
<p>多名市民反映,自称“国家认证中心”的人员通过电话(170 8551 2673)和微信(hzks_pass)推销人工智能训练师“包过”证书,收费6800元。市场监管部门提示,“包过”“保过”属违法广告用语,遇到可拨打12315投诉;人事考试中心 cpta.com.cn 设有山寨证书声明专栏。</p>
""", note="news warning quoting scam phone and wechat")
page("/news/ad-2026-0315.html", "【推广】申程教育:让人工智能训练师培训回归课堂", """
<p class="meta">本文为推广内容</p>
<p>申程教育在上海开设人工智能训练师四级、三级课程,坚持按国家职业技能标准教学。课程详情见 www.shenchengedu.cn,咨询 138-1662-0735。</p>
""", True, "U05", "申程教育", [["domain", "shenchengedu.cn", "www.shenchengedu.cn"], ["phone", "+8613816620735", "138-1662-0735"]], "U05 advertorial on news site")
page("/news/index.html", "浙沪财经新闻网", """
<ul id="edu"><li><a href="/news/2026-01-26-sh.html">2025年上海人工智能训练师认定1.63万人次</a></li>
<li><a href="/news/2026-03-02-scam.html">警惕AI训练师考证骗局</a></li></ul>
<ul id="ad"><li><a href="/news/ad-2026-0315.html">【推广】申程教育</a></li></ul>
""", note="news index")

# ================================================================ rsj
page("/rsj/notice-2026-018.html", "关于2026年第二批人工智能训练师职业技能等级认定的公告", """
<p>根据《职业技能等级认定工作规程(试行)》,现将认定安排公告如下:</p>
<p>一、职业(工种):人工智能训练师(4-04-05-05),五级至三级。二、考点:钱江职业技能考核基地,考务咨询电话(前台)0571-86035512。三、证书由备案评价机构颁发,可登录 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。四、政策咨询:12333。</p>
""", note="official notice with exam-venue desk")
page("/rsj/notice-2026-021.html", "关于警惕技术技能类“山寨证书”的提示", """
<p>近期有机构以“人社部颁发”“国家职业资格”“包过”等名义招揽人工智能训练师培训。人工智能训练师证书属职业技能等级证书,由备案评价机构颁发。请通过 zscx.osta.org.cn 及 cpta.com.cn 核实;如遇虚假宣传,可拨打12315或12333反映。</p>
""", note="official warning")
page("/rsj/index.html", "钱江新区人力资源和社会保障局", """
<ul id="tz"><li><a href="/rsj/notice-2026-018.html">关于2026年第二批人工智能训练师职业技能等级认定的公告</a></li>
<li><a href="/rsj/notice-2026-021.html">关于警惕技术技能类“山寨证书”的提示</a></li></ul>
""", note="rsj index")

# ================================================================ shop
page("/shop/item-40112.html", "数据标注上岗证培训(含人工智能训练师五级报名)", """
<p><span class="sku">标准版 ¥3980</span><span class="sku">分期版 ¥4280</span></p>
<p>云标数据标注上岗证培训,结业推荐任务。收款方:杭州云标信息技术有限公司(支付宝担保交易,支付宝客服 95188)。售后热线 4006 021 789。</p>
<p>下单请留手机号,如 138 0013 8000。</p>
""", True, "U04", "云标数据标注", [["other", "杭州云标信息技术有限公司", "杭州云标信息技术有限公司"], ["phone", "4006021789", "4006 021 789"]], "U04 shop item; placeholder phone decoy")
page("/shop/item-40177.html", "人工智能训练师证书 免考 3天出证 官网可查", """
<p><span class="sku">五级 ¥1280</span><span class="sku">三级 ¥2680</span><span class="sku">三证套餐 ¥4980</span></p>
<p>速证小铺,免考直发,查询网址 zgjnzs-cx.com。付款走支付宝(客服95188)。下单后加微信 zsj_2025 发资料。</p>
<p>证书样本编号 S000033010000253000128</p>
""", True, "U06", "速证小铺", [["domain", "zgjnzs-cx.com", "zgjnzs-cx.com"], ["wechat", "zsj_2025", "zsj_2025"]], "U06 shop item: price per certificate, fake query domain")
page("/shop/item-40203.html", "人工智能训练师(四级)考试教材+报名辅导", """
<p><span class="sku">教材 ¥128</span><span class="sku">教材+报名辅导 ¥880</span></p>
<p>智标图书专营,正版教材,辅导报名材料审核。店铺QQ 925631408,门店电话 021-64380912。支持支付宝(95188)。</p>
<p>联系电话请填写真实号码,如 13800138000。</p>
""", True, "I06", "智标图书专营", [["qq", "925631408", "925631408"], ["phone", "02164380912", "021-64380912"]], "independent I06")
page("/shop/index.html", "优选小店 · 考证专区", """
<ul id="kc"><li><a href="/shop/item-40112.html">数据标注上岗证培训</a></li>
<li><a href="/shop/item-40177.html">人工智能训练师证书 免考 3天出证</a></li>
<li><a href="/shop/item-40203.html">人工智能训练师(四级)考试教材+报名辅导</a></li></ul>
""", note="shop index")

# ---------------------------------------------------------------- operators
OPERATORS = {}
for p in PAGES:
    op = p["operator"]
    if op and op.startswith("U"):
        o = OPERATORS.setdefault(op, {"brands": [], "identifiers": []})
        if p["provider"] not in o["brands"]:
            o["brands"].append(p["provider"])
        for k, v, w in p["identifiers"]:
            if [k, v] not in o["identifiers"]:
                o["identifiers"].append([k, v])

DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 (山寨证书 column)"),
 ("phone", "4008263170", ["400-826-3170"], "marketplace customer-service hotline in footer"),
 ("email", "service@kebao.com.cn", ["service@kebao.com.cn"], "marketplace service e-mail in footer"),
 ("uscc", KEBAO_USCC, [KEBAO_USCC], "marketplace operator's own licence in footer"),
 ("other", "浙ICP备19023817号-2", ["浙ICP备19023817号-2"], "marketplace ICP number"),
 ("qq_group", "516380297", ["516380297"], "forum site-admin QQ group in footer"),
 ("domain", "qtbbs.com", ["qtbbs.com"], "forum's own domain in footer"),
 ("phone", "4006605858", ["400-660-5858"], "classifieds platform hotline"),
 ("other", "浙ICP备2021034567号", ["浙ICP备2021034567号"], "classifieds ICP"),
 ("other", "沪ICP备18047211号", ["沪ICP备18047211号"], "Q&A site ICP"),
 ("email", "tougao@weiwenhui.net", ["tougao@weiwenhui.net"], "repost site takedown e-mail"),
 ("email", "report@kkvideo.cn", ["report@kkvideo.cn"], "video platform report e-mail"),
 ("qq", "800016688", ["800016688"], "shop platform's official customer-service QQ"),
 ("phone", "057185101234", ["0571-85101234"], "news site hotline"),
 ("phone", "+8617085512673", ["17085512673", "170 8551 2673", "170-8551-2673"], "scammer phone quoted in complaint, news and warning"),
 ("wechat", "hzks_pass", ["hzks_pass"], "scammer WeChat quoted in complaint and news"),
 ("other", "202511080617", ["202511080617"], "order number in a complaint"),
 ("phone", "+8613920251108", ["13920251108"], "course number that looks like a mobile"),
 ("other", "15820260311", ["15820260311"], "marketplace course id"),
 ("other", "S000033010000253000128", ["S000033010000253000128"], "sample certificate number copied by several sellers"),
 ("phone", "+8613800138000", ["13800138000", "138 0013 8000"], "template placeholder phone"),
 ("wechat", "lily_hz2020", ["lily_hz2020"], "a reader's own WeChat in comments on two sites"),
 ("phone", "+8615968112044", ["159 6811 2044"], "a reader's own phone in a reply"),
 ("phone", "057186035512", ["0571-86035512"], "exam venue front desk quoted by notice and sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),

]

def occurs(w, text):
    if re.fullmatch(r"[0-9 -]+", w):
        return re.search(r"(?<![0-9])" + re.escape(w) + r"(?![0-9])", text) is not None
    return w in text

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "site")
    if os.path.exists(out):
        shutil.rmtree(out)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    hub = ["<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head><body><h1>本周浏览导航(杭州/上海)</h1><ul>"]
    for key, s in SITES.items():
        hub.append('<li><a href="/%s/index.html">%s</a> — %s</li>' % (key, s["name"], s["style"]))
    hub.append("</ul></body></html>\n")
    html["/index.html"] = "\n".join(hub)
    for path, text in html.items():
        fp = out + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(out, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    for p in PAGES:
        for k, v, w in p["identifiers"]:
            assert w in html[p["path"]], (p["path"], w)
    tpages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        tpages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, t in html.items() if any(occurs(w, t) for w in written))
        assert pages, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(OPERATORS.items())), decoys=decoys)
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
