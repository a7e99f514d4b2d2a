#!/usr/bin/env python3
"""Generate a small labeled web of Chinese pages about 人工智能训练师 (4-04-05-05)
certificate sellers, seen from a week of searching in Wuhan and Hefei.

Standard library only, deterministic.  `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WUS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * x for c, x in zip(code8, w))
    r = 11 - s % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def uscc(prefix8, org8):
    s = prefix8 + org8 + org_check(org8)
    t = sum(ALPH.index(c) * x for c, x in zip(s, WUS))
    r = 31 - t % 31
    if r == 31:
        r = 0
    return s + ALPH[r]


assert uscc("91440300", "19220382") == "914403001922038216"
assert uscc("91330100", "71610585") == "91330100716105852F"

USCC_U01 = uscc("52420111", "MJ4A2K61")   # 民办非企业单位 (民办职业培训学校), 洪山区
USCC_U02 = uscc("91340104", "MA2UC8K4")   # 合肥 蜀山区 company
USCC_U04 = uscc("12420000", "42100735")   # 事业单位 (高职院校)
USCC_U05 = uscc("91110108", "MA01R7XQ")   # 北京 海淀 company with a state-sounding name
USCC_U09 = uscc("91340100", "MA8NF3T0")   # 合肥 company
USCC_SHOP = uscc("91330106", "MA27WQ5D")  # shop platform operator (decoy)

# ---------------------------------------------------------------- sites
SITES = {}


def site(key, name, domain, css, menu, footer, side_title, layout):
    SITES[key] = dict(key=key, name=name, domain=domain, css=css, menu=menu,
                      footer=footer, side_title=side_title, layout=layout, pages=[])


site("whzhiyun", "武汉智云职业培训学校", "www.whzhiyun.cn",
     "body{font-family:SimSun;margin:0;background:#f4f7fb}.top{background:#0b4f9c;color:#fff;padding:8px 40px}.nav a{color:#fff;margin-right:18px}.wrap{width:1000px;margin:auto;display:flex}.main{flex:3;background:#fff;padding:20px}.side{flex:1;padding:10px}.foot{background:#333;color:#ccc;padding:16px 40px;font-size:12px}",
     [("首页", "/whzhiyun/index.html"), ("人工智能训练师", "/whzhiyun/course-wuji-siji.html"),
      ("三级高级工", "/whzhiyun/course-sanji.html"), ("补贴政策", "/whzhiyun/course-wuji-siji.html#butie"),
      ("联系我们", "/whzhiyun/index.html#lx")],
     "<p>武汉智云职业培训学校 版权所有　地址：武汉市洪山区珞喻路 727 号光谷智慧园 B 座 6 楼</p>"
     "<p>招生热线：138 7123 4567　办公电话：027-87654321　邮箱：zhiyun_edu@163.com</p>"
     "<p>网址：www.whzhiyun.cn　统一社会信用代码：" + USCC_U01 + "　办学许可证：教民 142011170000312 号</p>",
     "课程导航", "corp")

site("hfxinchuang", "新创职业教育", "www.hfxinchuang.com",
     "body{margin:0;font-family:'Microsoft YaHei';background:#fff}.hd{height:70px;background:linear-gradient(90deg,#e60012,#ff7a00);color:#fff}.nav{display:flex;gap:24px;padding:0 60px}.banner{background:#ffe9d6;padding:30px 60px;font-size:22px;color:#c00}.cont{padding:20px 60px}.side{float:right;width:260px;border:1px solid #eee}.ft{background:#1c1c1c;color:#999;padding:20px 60px}",
     [("网站首页", "/hfxinchuang/index.html"), ("AI训练师三级", "/hfxinchuang/ai-sanji.html"),
      ("在线报名", "/hfxinchuang/baoming.html"), ("证书查询", "/hfxinchuang/index.html#cx")],
     "<p>合肥新创智能科技有限公司（新创职业教育）　地址：合肥市蜀山区长江西路 669 号 14 层</p>"
     "<p>报名热线：159 5512 3456　座机：0551-65432109　QQ：2850123456　官网 www.hfxinchuang.com</p>"
     "<p>统一社会信用代码 " + USCC_U02 + "　皖ICP备2023008821号-1</p>",
     "热门课程", "corp")

site("kecheng", "课课云·职业技能课程", "www.kekeyun.com.cn",
     "body{margin:0;font:14px/1.6 'PingFang SC';background:#f5f5f5}.hd{background:#fff;border-bottom:2px solid #00b38a;padding:10px 30px}.cat a{margin-right:14px;color:#333}.box{display:grid;grid-template-columns:3fr 1fr;gap:16px;padding:16px 30px}.card{background:#fff;padding:16px;border-radius:6px}.price{color:#f60;font-size:24px}.ft{background:#fff;color:#888;padding:20px 30px;border-top:1px solid #ddd}",
     [("首页", "/kecheng/index.html"), ("职业技能", "/kecheng/index.html#zyjn"),
      ("IT/人工智能", "/kecheng/index.html#ai"), ("考证专区", "/kecheng/index.html#kz"),
      ("机构入驻", "/kecheng/index.html#rz")],
     "<p>课课云 — 职业技能在线学习平台　平台客服：400-880-6060（工作日 9:00-18:00）　投诉邮箱：kefu@kekeyun.com.cn</p>"
     "<p>鄂ICP备2021012345号-1　鄂公网安备 42018502004567 号　课程内容由入驻机构提供，平台不对证书效力作出承诺</p>",
     "猜你喜欢", "market")

site("luntan", "江城论坛", "www.jcluntan.com",
     "body{font:12px Tahoma,SimSun;background:#e8eef5;margin:0}.hd{background:#2b5d8c;color:#fff;padding:6px 20px}.nav a{color:#fff;margin-right:10px}.bm{margin:10px 20px;background:#fff;border:1px solid #c2d5e3}.floor{border-bottom:1px dashed #c2d5e3;padding:8px}.author{color:#369;font-weight:bold}.ft{text-align:center;color:#666;padding:14px}",
     [("论坛首页", "/luntan/index.html"), ("武汉生活", "/luntan/index.html#wh"),
      ("合肥生活", "/luntan/index.html#hf"), ("职场考证", "/luntan/index.html#kz"),
      ("投诉曝光", "/luntan/index.html#ts")],
     "<p>江城论坛 www.jcluntan.com　论坛官方 QQ 群：62718309（仅限站务交流）</p>"
     "<p>违法和不良信息举报：jubao@jcluntan.com　鄂ICP备15003377号　本帖内容仅代表网友个人观点</p>",
     "版块热帖", "forum")

site("wx", "微文摘·公众号文章精选", "www.weiwenzhai.net",
     "body{margin:0;background:#ededed;font-family:-apple-system,'PingFang SC'}.rich{max-width:677px;margin:0 auto;background:#fff;padding:20px}.meta{color:#576b95;font-size:14px}.rel{max-width:677px;margin:10px auto;background:#fff;padding:10px}.ft{text-align:center;color:#aaa;font-size:12px;padding:16px}",
     [("首页", "/wx/index.html"), ("职场", "/wx/index.html#zc"), ("教育", "/wx/index.html#jy"),
      ("本地", "/wx/index.html#bd")],
     "<p>微文摘仅做公众号文章聚合转载，版权归原作者所有，如有侵权请联系删除</p>"
     "<p>商务合作 QQ：800076543　粤ICP备19088712号</p>",
     "相关阅读", "wechat")

site("fenlei", "百姓分类网", "www.baixingfenlei.com",
     "body{margin:0;font:13px Arial,'Microsoft YaHei';background:#fafafa}.hd{background:#ff552e;color:#fff;padding:8px 24px}.city{float:right}.crumb{padding:6px 24px;color:#666}.det{background:#fff;margin:0 24px;padding:16px;border:1px solid #eee}.tel{font-size:20px;color:#ff552e}.ft{padding:20px 24px;color:#999}",
     [("首页", "/fenlei/index.html"), ("武汉·教育培训", "/fenlei/index.html#wh"),
      ("合肥·教育培训", "/fenlei/index.html#hf"), ("发布信息", "/fenlei/index.html#fb")],
     "<p>百姓分类网　客服热线：010-57990000　安全提示：凡是要求先付款、代办证书、包过的信息，请提高警惕</p>"
     "<p>京ICP备13030088号-3　营业执照公示</p>",
     "同类信息", "classified")

site("wenda", "问问答", "www.wenwenda.cn",
     "body{margin:0;font:14px 'Microsoft YaHei';background:#f6f6f6}.hd{background:#fff;padding:10px 30px;border-bottom:1px solid #e5e5e5}.q{background:#fff;margin:12px 30px;padding:14px}.ans{border-top:1px solid #eee;padding:10px 0}.best{color:#2e7d32}.ft{padding:16px 30px;color:#999}",
     [("首页", "/wenda/index.html"), ("教育/考试", "/wenda/index.html#jy"),
      ("职业规划", "/wenda/index.html#zy"), ("我要提问", "/wenda/index.html#tw")],
     "<p>问问答 © 2026　用户协议　隐私政策　意见反馈：feedback@wenwenda.cn　京ICP备17055220号</p>",
     "相关问题", "qa")

site("shipin", "映趣短视频", "www.yingqu.tv",
     "body{margin:0;background:#161823;color:#eee;font-family:'PingFang SC'}.hd{padding:10px 24px;background:#000}.player{width:380px;height:640px;background:#222;margin:16px auto}.desc{max-width:600px;margin:auto}.cmt{max-width:600px;margin:10px auto;color:#aaa}.ft{text-align:center;color:#666;font-size:12px;padding:16px}",
     [("推荐", "/shipin/index.html"), ("知识", "/shipin/index.html#zs"), ("同城", "/shipin/index.html#tc")],
     "<p>映趣短视频　违法和不良信息举报邮箱：report@yingqu.tv　沪ICP备20016655号-2　网络文化经营许可证 沪网文〔2024〕1182-066号</p>",
     "更多视频", "video")

site("shop", "淘优选", "www.taoyouxuan.com",
     "body{margin:0;font:12px Arial;background:#fff}.hd{border-bottom:2px solid #ff5000;padding:8px 20px}.search{display:inline-block;border:2px solid #ff5000;width:400px}.item{display:flex;gap:20px;padding:20px}.pic{width:400px;height:400px;background:#f2f2f2}.price{color:#ff5000;font-size:26px}.ft{background:#f5f5f5;padding:16px 20px;color:#999}",
     [("首页", "/shop/index.html"), ("教育培训", "/shop/index.html#jy"), ("虚拟商品", "/shop/index.html#xn")],
     "<p>淘优选网店平台　支付由第三方支付机构提供（支付宝客服 95188）　消费者维权热线 12315</p>"
     "<p>平台经营者：杭州淘优选网络科技有限公司　统一社会信用代码 " + USCC_SHOP + "　浙ICP备2022019988号</p>",
     "看了又看", "shop")

site("college", "湖北楚信职业技术学院", "www.hbcxzy.edu.cn",
     "body{margin:0;font:14px SimSun;background:#fff}.hd{background:#8b0000;color:#fff;padding:14px 40px;font-size:24px}.nav{background:#a31515;padding:6px 40px}.nav a{color:#fff;margin-right:20px}.wrap{display:flex;padding:16px 40px}.left{width:220px}.art{flex:1;padding-left:20px}.ft{background:#8b0000;color:#fff;padding:14px 40px;font-size:12px}",
     [("学院首页", "/college/index.html"), ("继续教育", "/college/ai-xunlianshi-2026.html"),
      ("招生就业", "/college/index.html#zs"), ("信息公开", "/college/index.html#gk")],
     "<p>湖北楚信职业技术学院 地址：武汉市江夏区藏龙岛科技园栗庙路 18 号　邮编 430205</p>"
     "<p>继续教育学院：027-81234567　邮箱 jxjy@hbcxzy.edu.cn　www.hbcxzy.edu.cn　统一社会信用代码 " + USCC_U04 + "</p>"
     "<p>鄂ICP备05011234号</p>",
     "栏目导航", "college")

site("rsj", "江城区人力资源和社会保障局", "rsj.jcq.gov.cn",
     "body{margin:0;font:14px SimSun;background:#fff}.hd{background:#c00;color:#ffd;padding:16px 40px;font-size:26px}.nav{background:#e7e7e7;padding:6px 40px}.lm{padding:16px 40px}.list li{border-bottom:1px dotted #ccc}.ft{border-top:3px solid #c00;padding:14px 40px;color:#555;font-size:12px}",
     [("首页", "/rsj/index.html"), ("通知公告", "/rsj/tz-2026-ai-renzheng.html"),
      ("政策解读", "/rsj/jn-butie-2026.html"), ("风险提示", "/rsj/tishi-shanzhai.html")],
     "<p>主办单位：江城区人力资源和社会保障局　地址：江城区民主路 210 号　办公室电话：027-82861234</p>"
     "<p>人社服务热线 12333　网站标识码 4201020012　鄂ICP备06012345号</p>",
     "栏目", "gov")

# ---------------------------------------------------------------- pages
PAGES = []


def page(path, title, crumbs, body, offer=False, op=None, provider=None, ids=(), note=""):
    site_key = path.strip("/").split("/")[0]
    p = dict(path=path, title=title, crumbs=crumbs, body=body, is_offer=offer, operator=op,
             provider=provider, identifiers=[list(x) for x in ids], note=note, site=site_key)
    PAGES.append(p)
    SITES[site_key]["pages"].append(p)
    return p


def floors(items):
    out = []
    for i, (user, when, text) in enumerate(items, 1):
        out.append(f'<div class="floor"><span class="author">{user}</span> <em>{i}楼</em> '
                   f'<span class="time">发表于 {when}</span><div class="msg">{text}</div></div>')
    return "\n".join(out)


def comments(items):
    return "<div class='cmts'><h4>评论</h4>" + "".join(
        f"<p><b>{u}</b>：{t}</p>" for u, t in items) + "</div>"


# ============ whzhiyun (U01's own site)
page("/whzhiyun/index.html", "武汉智云职业培训学校 — 首页", ["首页"],
     """<h2>学校简介</h2>
<p>武汉智云职业培训学校是经洪山区人社局审批的民办职业培训学校，主要开展数据标注、人工智能训练师、电子商务师等职业技能培训。</p>
<h3>新闻动态</h3><ul>
<li>2026-03-06　我校第 7 期数据标注实训班结业</li>
<li>2026-02-27　关于 2026 年技能提升补贴申领的温馨提示（详见区人社局官网）</li></ul>
<h3>热门课程</h3><ul>
<li><a href="/whzhiyun/course-wuji-siji.html">人工智能训练师 五级/四级 周末班</a></li>
<li><a href="/whzhiyun/course-sanji.html">人工智能训练师 三级（高级工）提升班</a></li></ul>
<p id="lx">联系我们：见页面底部。</p>""",
     note="U01's own site home page (non-offer; carries the school footer)")

page("/whzhiyun/course-wuji-siji.html", "人工智能训练师（五级/四级）周末班招生简章-武汉智云职业培训学校",
     ["首页", "人工智能训练师", "五级/四级周末班"],
     """<h1>人工智能训练师（4-04-05-05）五级/四级 周末班 2026 年 4 月开班</h1>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》组织培训，工种：数据标注员。培训结束后由经人社部门备案的评价机构组织职业技能等级认定，理论、操作技能两科均 60 分及以上合格，颁发职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<h3>报名条件</h3><p>五级：累计从事本职业或相关职业工作满 1 年（含），或本职业学徒期满；四级：取得五级证书后从事本职业 4 年等，详见标准原文。我校不接受不符合条件的报名。</p>
<h3>课时与费用</h3><table border="1"><tr><th>等级</th><th>培训课时</th><th>培训费</th></tr>
<tr><td>五级</td><td>60</td><td>1680 元</td></tr><tr><td>四级</td><td>50</td><td>2280 元</td></tr></table>
<p id="butie">符合条件的参保职工可按规定申领技能提升补贴（五级最高 1000 元、四级最高 1500 元），以当地人社部门审核为准，政策咨询请拨 12333。</p>
<p>认定考点：江城区职业技能鉴定所（前台电话 027-85612345，仅受理考务咨询）。本期认定使用区人社局公布的考试批次号 13720260516。</p>
<p>在线预报名：wj.qq.com/s2/18855021/7c1d　或致电招生老师 138 7123 4567，微信：zhiyunjy027</p>""",
     True, "U01", "武汉智云职业培训学校",
     [("phone", "+8613871234567", "138 7123 4567"), ("wechat", "zhiyunjy027", "zhiyunjy027"),
      ("phone", "02787654321", "027-87654321"), ("email", "zhiyun_edu@163.com", "zhiyun_edu@163.com"),
      ("domain", "whzhiyun.cn", "www.whzhiyun.cn"), ("uscc", USCC_U01, USCC_U01)],
     "U01 honest level 5/4 course on its own site")

page("/whzhiyun/course-sanji.html", "人工智能训练师三级（高级工）提升班-武汉智云职业培训学校",
     ["首页", "人工智能训练师", "三级提升班"],
     """<h1>人工智能训练师 三级（高级工）提升班</h1>
<p>面向已取得四级证书并有相关工作年限的学员（具体以标准申报条件为准），40 课时，内容：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>费用 2980 元（含教材、上机实训），认定费按评价机构公示标准另行缴纳。</p>
<p>证书样本说明：证书编号为 22 位，如 Y000123XXXXXX195000001 格式，可登录 jndj.osta.org.cn 或扫码查询。</p>
<p>咨询：招生办 027-87654321（工作日）</p>""",
     True, "U01", "智云教育",
     [("phone", "02787654321", "027-87654321"), ("phone", "+8613871234567", "138 7123 4567"),
      ("email", "zhiyun_edu@163.com", "zhiyun_edu@163.com"), ("domain", "whzhiyun.cn", "www.whzhiyun.cn"),
      ("uscc", USCC_U01, USCC_U01)],
     "U01 level 3 upgrade course on its own site")

# ============ hfxinchuang (U02's own site)
page("/hfxinchuang/index.html", "新创职业教育-合肥新创智能科技有限公司", ["首页"],
     """<div class="banner">AI 时代 抢先持证 · 新职业 新机遇</div>
<p>新创职业教育隶属合肥新创智能科技有限公司，专注新职业考证服务，业务覆盖合肥、芜湖、六安、淮南。</p>
<ul><li><a href="/hfxinchuang/ai-sanji.html">人工智能训练师三级 火热报名中</a></li>
<li><a href="/hfxinchuang/baoming.html">在线报名 / 学员须知</a></li></ul>
<p id="cx">证书查询请联系客服获取查询入口。</p>""",
     note="U02's own site home page (non-offer; carries U02 footer)")

page("/hfxinchuang/ai-sanji.html", "【人社部颁发】人工智能训练师三级证书 零基础可报 包过-新创职业教育",
     ["首页", "课程中心", "AI训练师三级"],
     """<h1>人工智能训练师（高级工）三级 国家职业资格证书</h1>
<p>★ 人社部颁发，全国通用，入库可查，终身有效！★ 零基础、不限学历、不限专业、无门槛，直接报考三级！</p>
<p>五级+四级+三级 三证一起拿，报三级送四级，考试不过全额退款，内部题库，包过！</p>
<p>拿证可申领技能补贴 3000 元以上，企业挂靠每年收益 2 万+，评职称、落户积分全部用得上。</p>
<p>证书样本：编号 S000042010012253000128（样本仅供参考）</p>
<p>报名热线：159 5512 3456（同微信）　客服微信：xc_ai_kz　QQ：2850123456</p>""",
     True, "U02", "新创职业教育",
     [("phone", "+8615955123456", "159 5512 3456"), ("wechat", "xc_ai_kz", "xc_ai_kz"),
      ("qq", "2850123456", "2850123456"), ("phone", "055165432109", "0551-65432109"),
      ("domain", "hfxinchuang.com", "www.hfxinchuang.com"), ("uscc", USCC_U02, USCC_U02)],
     "U02 dishonest level-3 ad: 人社部颁发, 零基础, 三证, 包过, 挂靠")

page("/hfxinchuang/baoming.html", "在线报名-新创职业教育", ["首页", "在线报名"],
     """<h1>学员报名须知</h1>
<p>1. 提交身份证正反面、一寸白底照片；2. 缴纳报名费 6800 元（VIP 保障班 12800 元，一次不过免费重考至拿证）；3. 无需到校，线上刷课即可。</p>
<p>对公账户：合肥新创智能科技有限公司　开户行：徽商银行合肥长江西路支行</p>
<p>报名咨询：0551-65432109　手机 159 5512 3456</p>""",
     True, "U02", "合肥新创智能科技有限公司",
     [("phone", "055165432109", "0551-65432109"), ("phone", "+8615955123456", "159 5512 3456"),
      ("qq", "2850123456", "2850123456"), ("other", "合肥新创智能科技有限公司", "合肥新创智能科技有限公司"),
      ("domain", "hfxinchuang.com", "www.hfxinchuang.com"), ("uscc", USCC_U02, USCC_U02)],
     "U02 enrolment/payment page, VIP 保障班")

# ============ kecheng (course marketplace)
page("/kecheng/index.html", "课课云-职业技能课程平台", ["首页"],
     """<h2 id="ai">IT/人工智能 · 考证专区</h2><ul>
<li><a href="/kecheng/item-20431.html">人工智能训练师五级/四级 直播+实操 — 智云教育</a></li>
<li><a href="/kecheng/item-20517.html">楚信职院 人工智能训练师（数据标注员）社会培训</a></li>
<li><a href="/kecheng/item-20602.html">0 基础学 AI 数据标注 训练师入门 — 航启教育</a></li>
<li><a href="/kecheng/item-20688.html">1+X 人工智能训练证书 + 生成式 AI 应用 双证班 — 皖智数字教育</a></li>
<li><a href="/kecheng/item-20745.html">人工智能训练师 三级 冲刺班 — 启明AI学院</a></li></ul>
<p id="zyjn">更多职业技能课程持续上新。</p><p id="kz">考证专区</p><p id="rz">机构入驻请联系平台客服。</p>""",
     note="course marketplace home (non-offer)")

page("/kecheng/item-20431.html", "人工智能训练师五级/四级 直播+实操-智云教育-课课云",
     ["首页", "IT/人工智能", "人工智能训练师五级/四级"],
     """<div class="card"><h1>人工智能训练师五级/四级 直播+实操（武汉线下实训）</h1>
<p class="price">¥1680 起</p><p>课程编号：KC2026-20431　已报名 318 人　评分 4.8</p>
<p>机构：智云教育（武汉）　授课方式：直播 12 次 + 线下实训 4 次</p>
<p>课程介绍：按国家职业技能标准（2021年版）数据标注员工种设计，结业后参加备案评价机构组织的等级认定，证书可在 zscx.osta.org.cn 查询。申报条件请对照标准，机构会审核工作年限证明。</p>
<p>机构联系方式（平台认证）：13871234567　机构微信：ZhiYunJY027</p></div>""",
     True, "U01", "智云教育",
     [("phone", "+8613871234567", "13871234567"), ("wechat", "zhiyunjy027", "ZhiYunJY027")],
     "U01 listing on the marketplace under 智云教育")

page("/kecheng/item-20517.html", "楚信职院 人工智能训练师（数据标注员）社会培训-课课云",
     ["首页", "职业技能", "楚信职院 人工智能训练师"],
     """<div class="card"><h1>楚信职院·社会培训｜人工智能训练师（数据标注员）五级、四级</h1>
<p class="price">¥1200</p><p>课程编号：KC2026-20517　开课：2026-04-11　地点：江夏校区实训楼</p>
<p>本课程由湖北楚信职业技术学院继续教育学院开设，面向社会人员，学院为人社部门备案的职业技能等级认定机构（以 pjjg.osta.org.cn 公示为准）。</p>
<p>咨询：继续教育学院 027 8123 4567　报名材料发送至 JXJY@hbcxzy.edu.cn</p></div>""",
     True, "U04", "楚信职院·社会培训",
     [("phone", "02781234567", "027 8123 4567"), ("email", "jxjy@hbcxzy.edu.cn", "JXJY@hbcxzy.edu.cn")],
     "U04 (college) listing on the marketplace")

page("/kecheng/item-20602.html", "0基础学AI数据标注 人工智能训练师入门-航启教育-课课云",
     ["首页", "IT/人工智能", "AI数据标注入门"],
     """<div class="card"><h1>0 基础学 AI 数据标注｜人工智能训练师入门实战课</h1>
<p class="price">¥399</p><p>课程编号：KC2026-20602　32 课时录播 + 社群答疑</p>
<p>航启教育出品。本课为技能课程，不含证书；需要参加等级认定的同学，课程结束后老师会介绍当地备案机构的报名方式。</p>
<p>学员 QQ 群：735612849（购课后凭订单号入群）　课程问题邮件：hangqi_edu@qq.com</p></div>""",
     True, "U07", "航启教育",
     [("qq_group", "735612849", "735612849"), ("email", "hangqi_edu@qq.com", "hangqi_edu@qq.com")],
     "U07 honest skills course (no certificate promise)")

page("/kecheng/item-20688.html", "1+X人工智能训练证书+生成式AI应用 双证班-皖智数字教育-课课云",
     ["首页", "考证专区", "1+X 人工智能训练证书"],
     """<div class="card"><h1>1+X 人工智能训练证书 + 生成式人工智能系统应用员 双证班（2026 春季）</h1>
<p class="price">¥3980</p><p>课程编号：KC2026-20688</p>
<p>教育部 1+X 证书 + 人社新职业证书，双证加持，报一次拿两证！生成式 AI 即人工智能训练师升级版，考一个等于考两个。</p>
<p>报名表：wj.qq.com/s2/20931177/a0e2　咨询 177 5678 9012　邮箱 wanzhi2026@126.com</p>
<p>安徽皖智教育科技有限公司　统一社会信用代码：""" + USCC_U09 + """</p></div>""",
     True, "U09", "皖智数字教育",
     [("phone", "+8617756789012", "177 5678 9012"), ("email", "wanzhi2026@126.com", "wanzhi2026@126.com"),
      ("uscc", USCC_U09, USCC_U09)],
     "U09 misleading 1+X (after 2025) and 4-04-05-13 mix-up")

page("/kecheng/item-20745.html", "人工智能训练师三级冲刺班-启明AI学院-课课云",
     ["首页", "考证专区", "人工智能训练师三级冲刺"],
     """<div class="card"><h1>人工智能训练师三级 理论+操作冲刺班</h1>
<p class="price">¥2580</p><p>课程编号：KC2026-20745　适合已有四级证书、准备 5 月认定的学员</p>
<p>启明AI学院：题型精讲、操作技能模拟（智能训练、智能系统设计）。不承诺通过率。</p>
<p>报名加班主任微信 qiming_ai_edu</p></div>""",
     True, "I01", "启明AI学院",
     [("wechat", "qiming_ai_edu", "qiming_ai_edu")],
     "independent I01 exam-prep listing")

# ============ luntan (forum)
page("/luntan/index.html", "江城论坛 - 武汉 合肥 本地生活社区", ["论坛首页"],
     """<h3 id="kz">职场考证</h3><ul>
<li><a href="/luntan/thread-884120-1-1.html">楚信职院继续教育学院 人工智能训练师社会培训开班通知（转）</a></li>
<li><a href="/luntan/thread-884377-1-1.html">【求助】想考人工智能训练师，合肥哪里能报？</a></li>
<li><a href="/luntan/thread-884402-1-1.html">国家级人工智能训练师认证，全国联网可查，限时优惠</a></li>
<li><a href="/luntan/thread-884519-1-1.html">皖智AI 人工智能训练师+AIGC 双证 合肥线下班</a></li>
<li><a href="/luntan/thread-884633-1-1.html">自己整理的 AI 训练师资料，可带练标注实操</a></li></ul>
<h3 id="ts">投诉曝光</h3><ul><li><a href="/luntan/thread-884290-1-1.html">【曝光】交了 6800 考 AI 训练师，拿到的证书查不到！</a></li></ul>
<p id="wh">武汉生活</p><p id="hf">合肥生活</p>""",
     note="forum home (non-offer)")

page("/luntan/thread-884120-1-1.html", "楚信职院继续教育学院 人工智能训练师社会培训开班通知（转）-职场考证-江城论坛",
     ["论坛首页", "职场考证", "楚信职院 AI 训练师开班通知"],
     floors([
         ("楚信张老师", "2026-03-09 10:12",
          "各位网友好，我院继续教育学院 2026 年第一期人工智能训练师（五级、四级）社会培训 4 月开班，按标准要求审核申报条件，"
          "认定考务由区人社局统一安排（考试批次号 13720260516）。详情见学院官网 hbcxzy.edu.cn/jxjy，咨询电话 81234567（区号027），请勿相信任何“包过”宣传。"),
         ("光谷打工人", "2026-03-09 11:40", "学校办的靠谱一点，请问没有工作年限能报吗？"),
         ("楚信张老师", "2026-03-09 13:05", "五级需要累计 1 年相关工作或学徒期满，请带证明材料来咨询。"),
     ]),
     True, "U04", "楚信职院继续教育学院",
     [("phone", "02781234567", "81234567（区号027）"), ("domain", "hbcxzy.edu.cn", "hbcxzy.edu.cn/jxjy")],
     "U04 teacher's forum post about the college course")

page("/luntan/thread-884377-1-1.html", "【求助】想考人工智能训练师，合肥哪里能报？-职场考证-江城论坛",
     ["论坛首页", "职场考证", "合肥哪里能报"],
     floors([
         ("蜀山小鱼", "2026-03-10 20:31", "做了一年数据标注，想考个人工智能训练师四级，合肥哪里能报？靠谱吗？"),
         ("合肥考证王老师", "2026-03-10 21:02",
          "可以找我，内部渠道，不用去考场，资料齐全 20 天出证，四级三级都能办，二级技师也有名额。加我 WangLaoShi_HF 详聊。"),
         ("路过的鹅", "2026-03-10 22:15", "楼上这种不用考的别信，去人社局官网看备案机构。我也想一起报，QQ846213579 求拉群"),
         ("蜀山小鱼", "2026-03-11 08:20", "谢谢提醒，我先打 12333 问问。"),
     ]),
     True, "U06", "合肥考证王老师",
     [("wechat", "wanglaoshi_hf", "WangLaoShi_HF")],
     "help thread; U06 agent's reply floor is the offer (不用考试, 二级也能办)")

page("/luntan/thread-884402-1-1.html", "国家级人工智能训练师认证，全国联网可查，限时优惠-职场考证-江城论坛",
     ["论坛首页", "职场考证", "国家级人工智能训练师认证"],
     floors([
         ("zkzp_小周", "2026-03-11 09:00",
          "【全国人工智能训练师职业能力认证中心】工信部认证 + 人社部颁发，国家级证书，官网可查 www.zkzprc.cn，"
          "报名即送 AIGC 证书。三月限时 1980 元，名额有限！添加微信 zkzp_kefu01 领取报名表。"),
         ("江夏阿伟", "2026-03-11 09:45", "官网可查？查询网址不是 zscx.osta.org.cn 吗？"),
         ("zkzp_小周", "2026-03-11 10:02", "我们是独立官网，数据同步，放心。"),
     ]),
     True, "U05", "全国人工智能训练师职业能力认证中心",
     [("domain", "zkzprc.cn", "www.zkzprc.cn"), ("wechat", "zkzp_kefu01", "zkzp_kefu01")],
     "U05 soft-ad post with a private 'query site'")

page("/luntan/thread-884519-1-1.html", "皖智AI 人工智能训练师+AIGC 双证 合肥线下班-职场考证-江城论坛",
     ["论坛首页", "职场考证", "皖智AI 双证班"],
     floors([
         ("皖智AI", "2026-03-12 14:20",
          "合肥政务区线下班，人工智能训练师+生成式人工智能双证，1+X 证书教育部认可，报名咨询 17756789012，官网 www.ahwanzhi.cn"),
         ("滨湖大白", "2026-03-12 15:01", "1+X 不是今年不让新办了吗？"),
         ("皖智AI", "2026-03-12 15:30", "我们有老名额的，放心报。"),
         ("路过的鹅", "2026-03-12 18:44", "同问，有群的拉一下 QQ846213579"),
     ]),
     True, "U09", "皖智AI",
     [("phone", "+8617756789012", "17756789012"), ("domain", "ahwanzhi.cn", "www.ahwanzhi.cn")],
     "U09 forum post; reader's QQ in a floor is a decoy")

page("/luntan/thread-884633-1-1.html", "自己整理的AI训练师资料，可带练标注实操-职场考证-江城论坛",
     ["论坛首页", "职场考证", "AI 训练师资料带练"],
     floors([
         ("标注老兵", "2026-03-13 19:10",
          "本人在武汉某标注基地干了三年，整理了五级四级的操作题资料，可以一对一带练标注实操，300 元一期，认定请自己去备案机构报名。有需要打 151 7203 9876。"),
         ("Cindy_wh", "2026-03-13 20:00", "良心楼主，至少不说包过。"),
     ]),
     True, "I06", "标注老兵",
     [("phone", "+8615172039876", "151 7203 9876")],
     "independent I06 private tutoring offer on forum")

page("/luntan/thread-884290-1-1.html", "【曝光】交了6800考AI训练师，拿到的证书查不到！-投诉曝光-江城论坛",
     ["论坛首页", "投诉曝光", "证书查不到"],
     floors([
         ("受害者小陈", "2026-03-10 08:12",
          "去年在网上看到“人社部颁发 包过”的广告，对方电话 17097654321，交了 6800，说证书全国联网可查，给的查询网站是 zgjnrcpx.org.cn，"
          "在 zscx.osta.org.cn 根本查不到。现在电话打不通了，大家千万别上当！"),
         ("热心网友", "2026-03-10 09:30", "可以打 12315 投诉，也可以向当地人社部门反映，12333 能告诉你怎么查备案机构。"),
         ("江城论坛版主", "2026-03-10 10:00", "已置顶。本版禁止发布代办证书广告。"),
     ]),
     note="complaint thread (non-offer) quoting a scam phone and a fake query site")

# ============ wx (WeChat article reposts)
page("/wx/index.html", "微文摘 - 公众号好文精选", ["首页"],
     """<h3 id="zc">职场</h3><ul>
<li><a href="/wx/a-6f3k2.html">武汉人注意！人工智能训练师补贴申领攻略（附培训班）｜智云AI学堂</a></li>
<li><a href="/wx/a-7h2m9.html">国家级 AI 证书来了！人社部颁发，官网可查｜AI职业认证</a></li>
<li><a href="/wx/a-8b1q4.html">考一个证，每年躺赚 2 万？人工智能训练师挂靠揭秘｜楚才教育</a></li>
<li><a href="/wx/a-8k5w0.html">光谷未来技能培训中心 4 月数据标注员班招生｜光谷未来</a></li>
<li><a href="/wx/a-9c3p7.html">如何辨别“山寨证书”？一文教你查询职业技能等级证书｜职场观察</a></li></ul>
<p id="jy">教育</p><p id="bd">本地</p>""",
     note="WeChat-repost aggregator home (non-offer)")

page("/wx/a-6f3k2.html", "武汉人注意！人工智能训练师补贴申领攻略（附培训班）",
     ["首页", "职场", "补贴申领攻略"],
     """<div class="meta">智云AI学堂　2026-03-09　原文转载自公众号</div>
<p>人工智能训练师是 2020 年人社厅发〔2020〕17号公布的新职业，职业编码 4-04-05-05。参保满 1 年的职工取得五级、四级、三级证书，可按规定申领最高 1000、1500、2000 元技能提升补贴。</p>
<p>证书一律到 zscx.osta.org.cn 核验；凡说“人社部颁发”“不用考试”的，都不靠谱。</p>
<p>我们的周末班 4 月开课，学校官网 whzhiyun.cn，招生老师 138-7123-4567，办公室 (027)8765-4321。</p>
<p>长按识别二维码添加老师（二维码图片）</p>""",
     True, "U01", "智云AI学堂",
     [("phone", "+8613871234567", "138-7123-4567"), ("phone", "02787654321", "(027)8765-4321"),
      ("domain", "whzhiyun.cn", "whzhiyun.cn")],
     "U01 WeChat article repost under brand 智云AI学堂")

page("/wx/a-7h2m9.html", "国家级AI证书来了！人社部颁发，官网可查",
     ["首页", "职场", "国家级 AI 证书"],
     """<div class="meta">AI职业认证　2026-03-10</div>
<p>由中科智培（北京）教育科技有限公司承办的“全国人工智能训练师职业能力认证”全面开放报名！人社部颁发、工信部认证，国家级证书，入库可查、官网可查：cx.zkzprc.cn。</p>
<p>一次报名，五级到一级任选，高级技师无需工作年限，30 天拿证。原价 9800，现在 3980！</p>
<p>证书样本编号：S000042010012253000128</p>
<p>全国统一报名热线 400-678-1234　承办单位统一社会信用代码 """ + USCC_U05 + """</p>""",
     True, "U05", "全国人工智能训练师职业能力认证",
     [("phone", "4006781234", "400-678-1234"), ("domain", "zkzprc.cn", "cx.zkzprc.cn"),
      ("uscc", USCC_U05, USCC_U05), ("other", "中科智培（北京）教育科技有限公司", "中科智培（北京）教育科技有限公司")],
     "U05 dishonest article: 人社部颁发, 国家级, fake query site, level 1 without years")

page("/wx/a-8b1q4.html", "考一个证，每年躺赚2万？人工智能训练师挂靠揭秘",
     ["首页", "职场", "挂靠揭秘"],
     """<div class="meta">楚才教育　2026-03-11</div>
<p>人工智能训练师属于国家职业资格证书，人社部颁发，持证可挂靠企业，每年收益 2 万起！楚才教育（楚天职业技能服务中心）包过班，不过退费。</p>
<p>证书样本 S000042010012253000128，联网可查。</p>
<p>武汉报名点：洪山区街道口。电话 13545678901，座机 027 5987 6543，微信 chucai_027</p>
<p>读者留言：xiaoyu_1998：真的能挂靠吗？</p>""",
     True, "U08", "楚才教育",
     [("phone", "+8613545678901", "13545678901"), ("phone", "02759876543", "027 5987 6543"),
      ("wechat", "chucai_027", "chucai_027")],
     "U08 dishonest article: 挂靠 income, 国家职业资格证书, 包过")

page("/wx/a-8k5w0.html", "光谷未来技能培训中心4月数据标注员班招生",
     ["首页", "本地", "数据标注员班招生"],
     """<div class="meta">光谷未来　2026-03-12</div>
<p>光谷未来技能培训中心 4 月开设人工智能训练师（数据标注员）五级培训班，60 课时，学费 1500 元，结业后参加备案评价机构认定，证书可登录 zscx.osta.org.cn 查询。</p>
<p>报名电话：027-67894561　邮箱 gg_weilai@sina.com</p>""",
     True, "I05", "光谷未来技能培训中心",
     [("phone", "02767894561", "027-67894561"), ("email", "gg_weilai@sina.com", "gg_weilai@sina.com")],
     "independent I05 honest course article")

page("/wx/a-9c3p7.html", "如何辨别“山寨证书”？一文教你查询职业技能等级证书",
     ["首页", "职场", "辨别山寨证书"],
     """<div class="meta">职场观察　2026-03-13</div>
<p>职业技能等级证书由备案的评价机构颁发，不是“人社部颁发”。证书编号 22 位，如规则示例 Y000123XXXXXX195000001，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。</p>
<p>近期有冒充查询网站 zgjnrcpx.org.cn 的情况，请勿相信。遇到问题可拨 12333 咨询，消费纠纷可拨 12315。</p>""",
     note="guide article (non-offer) with official query sites and hotlines")

# ============ fenlei (classifieds)
page("/fenlei/index.html", "百姓分类网 - 教育培训", ["首页", "教育培训"],
     """<h3 id="wh">武汉 · 职业技能培训</h3><ul>
<li><a href="/fenlei/wh-68812.html">人工智能训练师 包过 国家证书 可挂靠 — 楚天职业技能服务中心</a></li>
<li><a href="/fenlei/wh-68901.html">全国人工智能训练师认证 官网可查 — 中科智培</a></li></ul>
<h3 id="hf">合肥 · 职业技能培训</h3><ul>
<li><a href="/fenlei/hf-31207.html">AI训练师三级 零基础 三证一起拿 — 新创</a></li>
<li><a href="/fenlei/hf-31244.html">考证代报 人工智能训练师 各等级 — 王老师</a></li>
<li><a href="/fenlei/hf-31290.html">蜀山区 人工智能训练师五级 周末班 — 个人代报名</a></li></ul>
<p id="fb">免费发布信息</p>""",
     note="classifieds category page (non-offer)")

page("/fenlei/wh-68812.html", "人工智能训练师 包过 国家证书 可挂靠-武汉教育培训-百姓分类网",
     ["首页", "武汉", "教育培训", "人工智能训练师 包过"],
     """<div class="det"><h1>人工智能训练师 包过 国家证书 可挂靠</h1>
<p>发布者：楚天职业技能服务中心（商家）　区域：洪山-街道口</p>
<p>人社部颁发国家证书，全国通用。不用上课，提供资料即可报名，三个月下证，包过！持证挂靠每年 1.5-2 万。</p>
<p class="tel">联系电话：135 4567 8901</p><p>座机：027-59876543</p></div>""",
     True, "U08", "楚天职业技能服务中心",
     [("phone", "+8613545678901", "135 4567 8901"), ("phone", "02759876543", "027-59876543")],
     "U08 classified ad under a second brand")

page("/fenlei/wh-68901.html", "全国人工智能训练师认证 官网可查-武汉教育培训-百姓分类网",
     ["首页", "武汉", "教育培训", "全国人工智能训练师认证"],
     """<div class="det"><h1>全国人工智能训练师职业能力认证 武汉报名点</h1>
<p>发布者：中科智培武汉服务站</p>
<p>国家级证书，官方认证，入库可查。一级至五级均可报，证书编号可查。费用详询。</p>
<p class="tel">全国热线 4006781234</p><p>微信：ZKZP_kefu01</p></div>""",
     True, "U05", "中科智培武汉服务站",
     [("phone", "4006781234", "4006781234"), ("wechat", "zkzp_kefu01", "ZKZP_kefu01")],
     "U05 classified ad")

page("/fenlei/hf-31207.html", "AI训练师三级 零基础 三证一起拿-合肥教育培训-百姓分类网",
     ["首页", "合肥", "教育培训", "AI训练师三级"],
     """<div class="det"><h1>AI训练师三级 零基础 三证一起拿 不过退款</h1>
<p>发布者：新创（个人认证）　区域：蜀山-长江西路</p>
<p>不限学历不限经验，五四三级一起拿，人社部颁发，补贴 3000，名额不多。</p>
<p class="tel">15955123456</p><p>VX：XC_AI_KZ　扣扣 2850 123 456</p></div>""",
     True, "U02", "新创",
     [("phone", "+8615955123456", "15955123456"), ("wechat", "xc_ai_kz", "XC_AI_KZ"),
      ("qq", "2850123456", "2850 123 456")],
     "U02 classified ad")

page("/fenlei/hf-31244.html", "考证代报 人工智能训练师 各等级-合肥教育培训-百姓分类网",
     ["首页", "合肥", "教育培训", "考证代报"],
     """<div class="det"><h1>考证代报 人工智能训练师 五级到二级 各等级都有</h1>
<p>发布者：王老师（个人）</p>
<p>正规渠道，无需考试，资料齐全 20 天出证，全国可查。另有电工、育婴师等。</p>
<p class="tel">182 5601 2345（微信同号）</p><p>微信号：wanglaoshi_hf</p></div>""",
     True, "U06", "王老师",
     [("phone", "+8618256012345", "182 5601 2345"), ("wechat", "wanglaoshi_hf", "wanglaoshi_hf")],
     "U06 classified ad (同号 phone/WeChat)")

page("/fenlei/hf-31290.html", "蜀山区 人工智能训练师五级 周末班-合肥教育培训-百姓分类网",
     ["首页", "合肥", "教育培训", "人工智能训练师五级周末班"],
     """<div class="det"><h1>蜀山区 人工智能训练师五级（数据标注员）周末班 代报名</h1>
<p>发布者：个人</p><p>本人帮合作学校招生，需满足一年相关工作经历，学费 1600，可开票。报名表 wj.qq.com/s2/20110846/55ab 填好后电话确认。</p>
<p class="tel">199 5544 3322</p></div>""",
     True, "I02", "蜀山区代报名（个人）",
     [("phone", "+8619955443322", "199 5544 3322")],
     "independent I02 classified ad")

# ============ wenda (Q&A)
page("/wenda/index.html", "问问答 - 有问题就有答案", ["首页"],
     """<h3 id="jy">教育/考试 热门问题</h3><ul>
<li><a href="/wenda/q-5521803.html">人工智能训练师证书怎么考最快？</a></li>
<li><a href="/wenda/q-5522016.html">在合肥能不能不考试直接拿人工智能训练师证？</a></li>
<li><a href="/wenda/q-5522290.html">人工智能训练师证书能挂靠吗？一年多少钱？</a></li>
<li><a href="/wenda/q-5522371.html">零基础怎么入门 AI 训练师？有没有靠谱课程？</a></li>
<li><a href="/wenda/q-5522458.html">“人社部颁发”的人工智能训练师证书是真的吗？</a></li></ul>
<p id="zy">职业规划</p><p id="tw">我要提问</p>""",
     note="Q&A home (non-offer)")

page("/wenda/q-5521803.html", "人工智能训练师证书怎么考最快？-问问答", ["首页", "教育/考试", "怎么考最快"],
     """<div class="q"><h1>人工智能训练师证书怎么考最快？</h1><p>提问者：匿名用户　2026-03-09</p>
<div class="ans best"><b>速通教育（认证答主）</b>：找我们最快，免培训直接出证，三级二级一级一起拿，交费包过，证书官网可查。加v ktz8899ai，Q: 178 945 6230</div>
<div class="ans"><b>xiaoyu_1998</b>：同问，楼上靠谱吗？</div>
<div class="ans"><b>职业规划师老周</b>：最快也要按申报条件来，先看标准里的工作年限要求。</div></div>""",
     True, "U03", "速通教育",
     [("wechat", "ktz8899ai", "ktz8899ai"), ("qq", "1789456230", "178 945 6230")],
     "U03 answer: 免培训直接出证, 三级二级一级一起拿")

page("/wenda/q-5522016.html", "在合肥能不能不考试直接拿人工智能训练师证？-问问答", ["首页", "教育/考试", "不考试拿证"],
     """<div class="q"><h1>在合肥能不能不考试直接拿人工智能训练师证？</h1><p>提问者：滨湖打工仔　2026-03-10</p>
<div class="ans"><b>考证王老师</b>：可以的，我这里有正规渠道，不用考试，资料齐全二十天出证。电话：一八二五六零一二三四五</div>
<div class="ans"><b>热心网友</b>：不考试拿的证一般查不到，建议去人社局网站看备案机构。</div></div>""",
     True, "U06", "考证王老师",
     [("phone", "+8618256012345", "一八二五六零一二三四五")],
     "U06 answer with phone written in Chinese numerals")

page("/wenda/q-5522290.html", "人工智能训练师证书能挂靠吗？一年多少钱？-问问答", ["首页", "教育/考试", "能挂靠吗"],
     """<div class="q"><h1>人工智能训练师证书能挂靠吗？一年多少钱？</h1><p>提问者：xiaoyu_1998　2026-03-11</p>
<div class="ans"><b>楚才教育顾问</b>：可以，国家职业资格证书，我们合作企业多，一年 1.5 万起，包过班报名 135-4567-8901，微信 Chucai_027。</div>
<div class="ans"><b>法律小白</b>：技能等级证书挂靠基本没市场，别被忽悠。</div></div>""",
     True, "U08", "楚才教育",
     [("phone", "+8613545678901", "135-4567-8901"), ("wechat", "chucai_027", "Chucai_027")],
     "U08 answer promising 挂靠 income; asker's id is a decoy")

page("/wenda/q-5522371.html", "零基础怎么入门AI训练师？有没有靠谱课程？-问问答", ["首页", "教育/考试", "零基础入门"],
     """<div class="q"><h1>零基础怎么入门 AI 训练师？有没有靠谱课程？</h1><p>提问者：转行中的阿杰　2026-03-12</p>
<div class="ans best"><b>航启-小航老师</b>：可以先学数据标注的实操，我们航启的入门课 399，90% 小白都能学会，课程不含证书，考证要满足申报条件。课程咨询微信 hangqi-edu，或发邮件 HangQi_Edu@qq.com。</div></div>""",
     True, "U07", "航启",
     [("wechat", "hangqi-edu", "hangqi-edu"), ("email", "hangqi_edu@qq.com", "HangQi_Edu@qq.com")],
     "U07 answer (mild marketing)")

page("/wenda/q-5522458.html", "“人社部颁发”的人工智能训练师证书是真的吗？-问问答", ["首页", "教育/考试", "人社部颁发是真的吗"],
     """<div class="q"><h1>“人社部颁发”的人工智能训练师证书是真的吗？</h1><p>提问者：匿名用户　2026-03-13</p>
<div class="ans best"><b>人社政策解读</b>：2020 年后技能等级证书由备案评价机构颁发，人社部不直接颁发。可到 zscx.osta.org.cn 查询，或拨打 12333。之前有人被 170-9765-4321 这个号码骗过，自称能“内部出证”。</div>
<div class="ans"><b>维权过的人</b>：被骗了打 12315。</div></div>""",
     note="Q&A debunking (non-offer) quoting a scam number")

# ============ shipin (short video)
page("/shipin/index.html", "映趣短视频 - 知识 · 推荐", ["推荐"],
     """<ul>
<li><a href="/shipin/v-7301882.html">@新创AI考证：零基础直接考三级？</a></li>
<li><a href="/shipin/v-7302041.html">@AI证书速通：三个等级一起拿</a></li>
<li><a href="/shipin/v-7302113.html">@全国AI认证：官网可查的国家级证书</a></li>
<li><a href="/shipin/v-7302256.html">@小航老师讲AI：数据标注 0 基础入门</a></li>
<li><a href="/shipin/v-7302390.html">@鹿鸣说AI：我是怎么考下四级的</a></li></ul>
<p id="zs">知识</p><p id="tc">同城</p>""",
     note="short-video home (non-offer)")

page("/shipin/v-7301882.html", "零基础直接考三级？人工智能训练师-新创AI考证-映趣短视频", ["推荐", "知识", "新创AI考证"],
     """<div class="player">[视频]</div><div class="desc"><b>@新创AI考证</b>（合肥）
<p>#人工智能训练师 #考证 零基础直接考三级！人社部颁发，三证一起拿，不过退费～ 私信或 v❤ xc_ai_kz</p></div>
""" + comments([("看见你了", "多少钱"), ("新创AI考证", "私信发你了"), ("不明真相", "这不是包过吗")]),
     True, "U02", "新创AI考证",
     [("wechat", "xc_ai_kz", "xc_ai_kz")],
     "U02 short video")

page("/shipin/v-7302041.html", "三个等级一起拿-AI证书速通-映趣短视频", ["推荐", "知识", "AI证书速通"],
     """<div class="player">[视频]</div><div class="desc"><b>@AI证书速通</b>
<p>人工智能训练师 三级+二级+一级 一起拿，免培训直接出证，原价 9999 限时 999！VX: KTZ8899AI</p>
<p>收款户名：武汉市洪山区速通教育咨询服务部</p></div>
""" + comments([("小鹿", "一级也能拿？"), ("AI证书速通", "可以的宝")]),
     True, "U03", "AI证书速通",
     [("wechat", "ktz8899ai", "KTZ8899AI"), ("other", "武汉市洪山区速通教育咨询服务部", "武汉市洪山区速通教育咨询服务部")],
     "U03 short video: levels 3+2+1 at once, 免培训")

page("/shipin/v-7302113.html", "官网可查的国家级证书-全国AI认证-映趣短视频", ["推荐", "知识", "全国AI认证"],
     """<div class="player">[视频]</div><div class="desc"><b>@全国AI认证</b>
<p>国家级人工智能训练师证书，人社部颁发，官网可查！咨询热线 400 678 1234</p></div>
""" + comments([("江汉路小王", "查询网址是什么"), ("全国AI认证", "主页有")]),
     True, "U05", "全国AI认证",
     [("phone", "4006781234", "400 678 1234")],
     "U05 short video")

page("/shipin/v-7302256.html", "数据标注0基础入门-小航老师讲AI-映趣短视频", ["推荐", "知识", "小航老师讲AI"],
     """<div class="player">[视频]</div><div class="desc"><b>@小航老师讲AI</b>
<p>90% 小白都能学会的数据标注入门，原价 999 限时 99 体验课，粉丝群735612849 进群领资料～</p></div>
""" + comments([("阿杰", "学完能考证吗"), ("小航老师讲AI", "课程不含证，考证要满足条件哦")]),
     True, "U07", "小航老师讲AI",
     [("qq_group", "735612849", "735612849")],
     "U07 short video")

page("/shipin/v-7302390.html", "我是怎么考下四级的-鹿鸣说AI-映趣短视频", ["推荐", "知识", "鹿鸣说AI"],
     """<div class="player">[视频]</div><div class="desc"><b>@鹿鸣说AI</b>
<p>分享我考人工智能训练师四级的经历，想跟我的训练营一起备考的加微信 luming_ai_666，128 元一期。</p></div>
""" + comments([("合肥人", "求资料")]),
     True, "I03", "鹿鸣说AI",
     [("wechat", "luming_ai_666", "luming_ai_666")],
     "independent I03 short video")

# ============ shop
page("/shop/index.html", "淘优选 - 教育培训 · 虚拟商品", ["首页"],
     """<ul id="jy">
<li><a href="/shop/item-6630981.html">人工智能训练师证书 免培训 包过 — 速通证书工作室</a></li>
<li><a href="/shop/item-6631207.html">航启AI训练营 数据标注实战课</a></li>
<li><a href="/shop/item-6631455.html">皖智教育 人工智能训练师 1+X 证书班</a></li>
<li><a href="/shop/item-6631702.html">数据标注员培训 视频课+题库 — 智标</a></li></ul>
<p id="xn">虚拟商品</p>""",
     note="shop category page (non-offer)")

page("/shop/item-6630981.html", "人工智能训练师证书 免培训 包过 高级技师-速通证书工作室-淘优选", ["首页", "教育培训", "人工智能训练师证书"],
     """<div class="item"><div class="pic"></div><div><h1>人工智能训练师证书 五级-一级 免培训 包过 官网可查</h1>
<p class="price">¥2980</p><p>月销 56　店铺：速通证书工作室</p>
<p>拍下请联系客服薇：ktz8899ai　QQ 1789456230　对公收款户名：武汉市洪山区速通教育咨询服务部</p>
<p>交易说明：虚拟商品，拍下不退。</p></div></div>""",
     True, "U03", "速通证书工作室",
     [("wechat", "ktz8899ai", "ktz8899ai"), ("qq", "1789456230", "1789456230"),
      ("other", "武汉市洪山区速通教育咨询服务部", "武汉市洪山区速通教育咨询服务部")],
     "U03 shop item: price per certificate, 免培训, 包过")

page("/shop/item-6631207.html", "航启AI训练营 数据标注实战课-淘优选", ["首页", "教育培训", "航启AI训练营"],
     """<div class="item"><div class="pic"></div><div><h1>航启AI训练营｜人工智能训练师方向 数据标注实战课 32 课时</h1>
<p class="price">¥399</p><p>店铺：航启AI训练营</p>
<p>购买后添加微信客服 hangqi-edu 开通课程，学员 Q群 735 612 849。课程为技能培训，不含证书。</p></div></div>""",
     True, "U07", "航启AI训练营",
     [("wechat", "hangqi-edu", "hangqi-edu"), ("qq_group", "735612849", "735 612 849")],
     "U07 shop item")

page("/shop/item-6631455.html", "皖智教育 人工智能训练师 1+X 证书班-淘优选", ["首页", "教育培训", "皖智教育 1+X"],
     """<div class="item"><div class="pic"></div><div><h1>皖智教育 人工智能训练师 1+X 证书班 合肥线下/线上</h1>
<p class="price">¥3980</p><p>店铺：安徽皖智教育科技有限公司</p>
<p>1+X 证书教育部颁发，可叠加人社证书。官网 ahwanzhi.cn　售后邮箱 Wanzhi2026@126.com</p>
<p>店铺资质：统一社会信用代码 """ + USCC_U09 + """</p>
<p>联系电话：13800138000（请以客服旺旺为准）</p></div></div>""",
     True, "U09", "安徽皖智教育科技有限公司",
     [("domain", "ahwanzhi.cn", "ahwanzhi.cn"), ("email", "wanzhi2026@126.com", "Wanzhi2026@126.com"),
      ("uscc", USCC_U09, USCC_U09)],
     "U09 shop item; the 13800138000 is a template placeholder (decoy)")

page("/shop/item-6631702.html", "数据标注员培训 视频课+题库-智标-淘优选", ["首页", "教育培训", "数据标注员培训"],
     """<div class="item"><div class="pic"></div><div><h1>数据标注员（人工智能训练师）五级 视频课 + 理论题库</h1>
<p class="price">¥168</p><p>店铺：智标数据标注培训</p>
<p>售后 QQ：1562034789　联系电话：13800138000</p></div></div>""",
     True, "I04", "智标数据标注培训",
     [("qq", "1562034789", "1562034789")],
     "independent I04 shop item; same placeholder phone as U09 template")

# ============ college
page("/college/index.html", "湖北楚信职业技术学院", ["学院首页"],
     """<h3>通知公告</h3><ul>
<li><a href="/college/ai-xunlianshi-2026.html">继续教育学院 2026 年人工智能训练师社会培训招生简章</a></li>
<li>2026-03-05　关于 2026 年春季学期开学工作的通知</li>
<li>2026-03-02　图书馆开放时间调整</li></ul>
<p id="zs">招生就业</p><p id="gk">信息公开</p>""",
     note="college home (non-offer)")

page("/college/ai-xunlianshi-2026.html", "继续教育学院2026年人工智能训练师社会培训招生简章-湖北楚信职业技术学院",
     ["学院首页", "继续教育", "招生简章"],
     """<h1>继续教育学院 2026 年人工智能训练师（4-04-05-05）社会培训招生简章</h1>
<p>我院为人社部门备案的职业技能等级认定机构（数据标注员工种，五级、四级），备案信息可在 pjjg.osta.org.cn 查询。</p>
<p>培训费：五级 1200 元，四级 1500 元；认定费按物价部门核定标准收取。参保职工可申领技能提升补贴，咨询 12333。</p>
<p>认定考点：江城区职业技能鉴定所（考务咨询 027-85612345），考试批次号 13720260516。</p>
<p>联系电话：027-81234567　邮箱：jxjy@hbcxzy.edu.cn</p>""",
     True, "U04", "湖北楚信职业技术学院继续教育学院",
     [("phone", "02781234567", "027-81234567"), ("email", "jxjy@hbcxzy.edu.cn", "jxjy@hbcxzy.edu.cn"),
      ("domain", "hbcxzy.edu.cn", "www.hbcxzy.edu.cn"), ("uscc", USCC_U04, USCC_U04)],
     "U04 honest enrolment notice on the college site")

# ============ rsj (人社局 notice site)
page("/rsj/index.html", "江城区人力资源和社会保障局", ["首页"],
     """<ul class="list">
<li><a href="/rsj/tz-2026-ai-renzheng.html">关于开展 2026 年第二批人工智能训练师职业技能等级认定的通知</a>　2026-03-06</li>
<li><a href="/rsj/jn-butie-2026.html">2026 年技能提升补贴申领政策解读</a>　2026-02-27</li>
<li><a href="/rsj/tishi-shanzhai.html">关于警惕“山寨证书”和虚假证书查询网站的风险提示</a>　2026-03-12</li></ul>""",
     note="人社局 notice site home (non-offer)")

page("/rsj/tz-2026-ai-renzheng.html", "关于开展2026年第二批人工智能训练师职业技能等级认定的通知", ["首页", "通知公告", "正文"],
     """<h1>关于开展 2026 年第二批人工智能训练师职业技能等级认定的通知</h1>
<p>各有关单位：经备案评价机构申请，定于 2026 年 5 月 16 日组织人工智能训练师（数据标注员）五级、四级认定，考试批次号 13720260516。</p>
<p>考点：江城区职业技能鉴定所，考务咨询 027-85612345。证书查询：zscx.osta.org.cn。政策咨询：12333。</p>
<p>本局不委托任何中介机构代为报名，不收取任何费用。</p>""",
     note="official notice (non-offer); exam venue desk, batch number, hotline")

page("/rsj/jn-butie-2026.html", "2026年技能提升补贴申领政策解读", ["首页", "政策解读", "正文"],
     """<h1>2026 年技能提升补贴申领政策解读</h1>
<p>参加失业保险 1 年以上的企业职工取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书的，可分别申领不超过 1000 元、1500 元、2000 元补贴。二级、一级无此项补贴。</p>
<p>咨询电话：12333</p>""",
     note="subsidy explainer (non-offer)")

page("/rsj/tishi-shanzhai.html", "关于警惕“山寨证书”和虚假证书查询网站的风险提示", ["首页", "风险提示", "正文"],
     """<h1>关于警惕“山寨证书”和虚假证书查询网站的风险提示</h1>
<p>近期有群众反映，有不法分子以“人社部颁发”“包过”“免培训直接发证”为名推销人工智能训练师证书，并搭建虚假查询网站（如 zgjnrcpx.org.cn、cx.zkzprc.cn）。举报线索涉及号码 170 9765 4321 等。</p>
<p>职业技能等级证书请通过 zscx.osta.org.cn 查询。如遇侵权可拨打 12315 投诉，政策咨询 12333。</p>""",
     note="official warning (non-offer); quotes a scam number and fake query domains, one of them U05's")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline quoted by sellers, guides and notices"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "95188", ["95188"], "payment platform's customer service in the shop footer (third party)"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("domain", "wj.qq.com", ["wj.qq.com"], "third-party form tool (腾讯问卷) used by unrelated sellers"),
    ("phone", "4008806060", ["400-880-6060"], "marketplace customer-service number in every kecheng footer"),
    ("email", "kefu@kekeyun.com.cn", ["kefu@kekeyun.com.cn"], "marketplace complaint e-mail in every kecheng footer"),
    ("other", "鄂ICP备2021012345号-1", ["鄂ICP备2021012345号-1"], "marketplace ICP number in every kecheng footer"),
    ("qq_group", "62718309", ["62718309"], "forum's own QQ group in every luntan footer"),
    ("domain", "jcluntan.com", ["www.jcluntan.com"], "forum's own domain in every luntan footer"),
    ("qq", "800076543", ["800076543"], "repost site's business QQ in every wx footer"),
    ("phone", "01057990000", ["010-57990000"], "classifieds customer-service line in every fenlei footer"),
    ("email", "report@yingqu.tv", ["report@yingqu.tv"], "video platform's report e-mail in every shipin footer"),
    ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's credit code in every shop footer"),
    ("phone", "+8617097654321", ["17097654321", "170 9765 4321", "170-9765-4321"],
     "scam number quoted in a complaint, an answer and an official warning"),
    ("domain", "zgjnrcpx.org.cn", ["zgjnrcpx.org.cn"], "fake query site named in warnings and a complaint"),
    ("phone", "02785612345", ["027-85612345"], "exam venue front desk quoted by the 人社局 notice and two unrelated sellers"),
    ("phone", "+8613720260516", ["13720260516"], "exam batch number that looks like a mobile number"),
    ("other", "S000042010012253000128", ["S000042010012253000128"], "sample certificate number copied by unrelated sellers"),
    ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number example from the rules"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder phone left in two shop listings"),
    ("qq", "846213579", ["846213579"], "a reader's own QQ in comments under two different sellers' posts"),
    ("wechat", "xiaoyu_1998", ["xiaoyu_1998"], "a reader's own id on pages of U03 and U08"),
    ("phone", "02782861234", ["027-82861234"], "人社局 site office number in its footer"),
]

# ---------------------------------------------------------------- render


def render(p):
    s = SITES[p["site"]]
    menu = "".join(f'<a href="{h}">{l}</a>' for l, h in s["menu"])
    crumbs = " &gt; ".join(p["crumbs"])
    side = "".join(f'<li><a href="{q["path"]}">{q["title"].split("-")[0][:28]}</a></li>'
                   for q in s["pages"] if q is not p)
    others = [k for k in SITES if k != s["key"]]
    i = PAGES.index(p)
    rel = "".join(f'<a href="/{k}/index.html">{SITES[k]["name"]}</a> ' for k in
                  (others[i % len(others)], others[(i + 3) % len(others)]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{p["title"]}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>{s["css"]}</style></head>
<body class="{s["layout"]}">
<div class="hd top"><span class="logo">{s["name"]}</span> <span class="nav">{menu}</span></div>
<div class="crumb breadcrumb">当前位置：<a href="/{s["key"]}/index.html">{s["name"]}</a> &gt; {crumbs}</div>
<div class="wrap box">
<div class="main cont">
{p["body"]}
</div>
<div class="side"><h4>{s["side_title"]}</h4><ul>{side}</ul>
<h4>友情链接</h4><p>{rel}<a href="/index.html">导航首页</a></p></div>
</div>
<div class="ft foot">{s["footer"]}</div>
</body></html>
"""


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        fn = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        html = render(p)
        texts[p["path"]] = html
        with open(fn, "w", encoding="utf-8") as f:
            f.write(html)
    hub_links = "".join(f'<li><a href="/{k}/index.html">{s["name"]}</a>（{s["domain"]}）</li>'
                        for k, s in SITES.items())
    hub = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：武汉/合肥 人工智能训练师</title></head>
<body><h1>站点导航</h1><ul>{hub_links}</ul></body></html>
"""
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # operators
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if not op or not op.startswith("U"):
            continue
        o = ops.setdefault(op, {"brands": [], "identifiers": []})
        if p["provider"] not in o["brands"]:
            o["brands"].append(p["provider"])
        for k, v, _w in p["identifiers"]:
            if [k, v] not in o["identifiers"]:
                o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})
    truth_pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                    "identifiers": [], "note": "hub linking every site's index"}]
    for p in PAGES:
        truth_pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider",
                                               "identifiers", "note")})
    truth = {"pages": truth_pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
