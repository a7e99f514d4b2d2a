#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    if any(ch not in ALPH for ch in s17):
        raise ValueError(s17)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, W_USCC)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("91130402", "MA0CK7P2")   # 邯郸智启职业技能培训有限公司
USCC_U03 = uscc("91110108", "MA01R7KW")   # 北京中科智培教育科技有限公司
USCC_U05 = uscc("52421002", "MJ4E8R61")   # 荆州市沙市区楚才职业技能培训学校 (民非)
USCC_U08 = uscc("91130429", "MA0DPL38")   # 邯郸市永年区华信人力资源服务有限公司
USCC_SHOP = uscc("91130100", "MA07UNB4")  # 优品商城 platform operator

# ---------------------------------------------------------------- sites
SITES = {
 "zhiqi": dict(name="智启教育·邯郸智启职业技能培训", css="body{font-family:SimSun;background:#f4f8ff}.top{background:#0b4fa8;color:#fff;padding:8px}.nav a{color:#fff;margin-right:14px}",
   menu=[("首页", "/zhiqi/index.html"), ("四级课程", "/zhiqi/kc-l4.html"), ("补贴政策", "/zhiqi/index.html#bt"), ("联系我们", "/zhiqi/index.html#lx")],
   side="<h4>热门专业</h4><ul><li>人工智能训练师</li><li>电子商务师</li><li>保育师</li><li>健康管理师</li></ul>",
   footer="<p>邯郸智启职业技能培训有限公司 版权所有 | 地址：邯郸市邯山区陵西大街与贸易街交叉口东行200米 金鼎大厦6楼</p><p>咨询电话：13931047826（微信同号）　官网：www.hdzqpx.cn</p><p>统一社会信用代码：" + USCC_U01 + "</p>"),
 "qihang": dict(name="荆楚启航教育", css="body{font-family:'Microsoft YaHei';background:#fff}.hd{border-bottom:3px solid #e60012}.menu li{display:inline;margin:0 10px}",
   menu=[("网站首页", "/qihang/index.html"), ("招生简章", "/qihang/zs2026.html"), ("师资团队", "/qihang/index.html#sz"), ("在线报名", "/qihang/zs2026.html#bm")],
   side="<div class='kf'><b>在线客服</b><p>QQ：2867451903</p><p>电话：0716-8234567</p></div>",
   footer="<p>荆州市荆楚启航教育咨询有限公司　地址：荆州市沙市区北京中路158号万达广场写字楼B座1207</p><p>电话：0716-8234567　网址：www.jcqhedu.com　鄂ICP备20011873号-2</p>"),
 "kelifang": dict(name="课立方 - 职业技能好课市场", css="body{margin:0;font:14px/1.6 sans-serif}.kl-head{background:#222;color:#ffd200;padding:10px}.card{border:1px solid #eee;padding:12px}",
   menu=[("首页", "/kelifang/index.html"), ("IT互联网", "/kelifang/index.html#it"), ("职业考证", "/kelifang/index.html#kz"), ("讲师入驻", "/kelifang/index.html#rz")],
   side="<div class='kl-side'><h4>平台保障</h4><p>7天无理由退款（已学习超过30%除外）</p><p>平台客服：400-100-2580</p></div>",
   footer="<p>课立方 kelifang.cn ©2026 　客服热线：400-100-2580（9:00-21:00）　客服邮箱：kf@kelifang.cn</p><p>课立方仅提供技术服务，课程内容由入驻机构负责。京ICP备19087654号</p>"),
 "yifenlei": dict(name="易分类 - 邯郸/荆州本地生活信息", css="body{font-family:SimSun;font-size:12px}.yf-top{background:#ff552e;color:#fff}.post{border:1px dashed #ccc}",
   menu=[("首页", "/yifenlei/index.html"), ("邯郸", "/yifenlei/index.html#hd"), ("荆州", "/yifenlei/index.html#jz"), ("教育培训", "/yifenlei/index.html#px"), ("招聘", "/yifenlei/index.html#zp")],
   side="<div class='tips'><b>安全提示</b><p>凡是要求先交押金、报名费、证书费的信息请谨慎，遇到诈骗请拨打110。</p></div>",
   footer="<p>易分类网 yifenlei.com 本地生活信息平台　冀ICP备18023456号-1　客服QQ：800123789</p><p>本站信息由用户自行发布，真实性请自行核实。</p>"),
 "luntan": dict(name="邯郸荆州城事论坛", css="body{background:#eef}.bbs-post{background:#fff;margin:8px;padding:8px}.floor{color:#999}",
   menu=[("论坛首页", "/luntan/index.html"), ("职场学习", "/luntan/index.html#zc"), ("投诉曝光", "/luntan/index.html#ts"), ("二手交易", "/luntan/index.html#es")],
   side="<div class='bbs-side'><p>版规：禁止发布广告，违者删帖封号。</p><p>论坛官方QQ群：612345987（满）</p></div>",
   footer="<p>城事论坛 bbs.chengshiluntan.com　站务QQ群：612345987　举报邮箱：jubao@chengshiluntan.com</p>"),
 "wenwen": dict(name="问问吧", css="body{font-family:Arial}.q-title{font-size:20px}.answer{border-top:1px solid #ddd;padding:10px 0}",
   menu=[("问问吧首页", "/wenwen/index.html"), ("教育/科学", "/wenwen/index.html#jy"), ("职业考证", "/wenwen/index.html#kz"), ("我要提问", "/wenwen/index.html#tw")],
   side="<div class='related-q'><b>相关问题</b><ul><li>人工智能训练师好考吗</li><li>数据标注员有前途吗</li></ul></div>",
   footer="<p>©2026 问问吧 wenwenba.com　用户协议 | 隐私政策 | 意见反馈：help@wenwenba.com</p>"),
 "weiwen": dict(name="微文聚 - 公众号文章精选", css="body{max-width:680px;margin:auto;font-family:-apple-system}.rich_media_title{font-size:22px}.meta{color:#888}",
   menu=[("首页", "/weiwen/index.html"), ("教育", "/weiwen/index.html#jy"), ("职场", "/weiwen/index.html#zc"), ("本地", "/weiwen/index.html#bd")],
   side="<div class='ww-side'><p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p></div>",
   footer="<p>微文聚 weiwenju.cn　投稿/删稿：tougao@weiwenju.cn</p>"),
 "kuaishua": dict(name="快刷短视频", css="body{background:#111;color:#eee}.v-desc{font-size:15px}.cmt{color:#aaa;font-size:13px}",
   menu=[("推荐", "/kuaishua/index.html"), ("同城", "/kuaishua/index.html#tc"), ("学习", "/kuaishua/index.html#xx"), ("直播", "/kuaishua/index.html#zb")],
   side="<div class='ks-side'><p>打开快刷App，看更多精彩视频</p></div>",
   footer="<p>快刷 kuaishua.tv　违法和不良信息举报电话：400-052-0111　网络文化经营许可证 京网文〔2024〕1234-567号</p>"),
 "xinwen": dict(name="冀楚新闻网", css="body{font-family:SimSun}.art h1{font-size:24px;text-align:center}.src{color:#666;text-align:center}",
   menu=[("首页", "/xinwen/index.html"), ("本地", "/xinwen/index.html#bd"), ("教育", "/xinwen/index.html#jy"), ("财经", "/xinwen/index.html#cj"), ("商讯", "/xinwen/index.html#sx")],
   side="<div class='hot'><h4>热点排行</h4><ol><li>邯郸今年新增就业岗位</li><li>荆州古城灯会开幕</li></ol></div>",
   footer="<p>冀楚新闻网 jichunews.com.cn　新闻热线：0310-3188110　违法和不良信息举报：jb@jichunews.com.cn</p>"),
 "rsj": dict(name="某市人力资源和社会保障局（示例）", css="body{font-family:SimSun;background:#fff}.gov-head{background:#c00;color:#fff;padding:14px}.zw{line-height:2}",
   menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("办事指南", "/rsj/bszn/zjcx.html"), ("政策文件", "/rsj/index.html#zc")],
   side="<div class='gov-side'><p>政务服务热线：12345</p><p>人社服务热线：12333</p></div>",
   footer="<p>主办：某市人力资源和社会保障局　网站标识码1304000012　政务服务热线12345 人社咨询12333</p>"),
 "youpin": dict(name="优品商城", css="body{font-family:sans-serif}.price{color:#f40;font-size:24px}.shop-info{background:#fafafa}",
   menu=[("商城首页", "/youpin/index.html"), ("教育培训", "/youpin/index.html#jy"), ("数码配件", "/youpin/index.html#sm"), ("购物车", "/youpin/index.html#gwc")],
   side="<div class='yp-side'><p>正品保障 · 极速退款</p></div>",
   footer="<p>优品商城 www.youpin-mall.cn　客服电话：400-828-9696　营业执照：" + USCC_SHOP + "　冀ICP备21007788号</p>"),
}
SITE_ORDER = ["zhiqi", "qihang", "kelifang", "yifenlei", "luntan", "wenwen", "weiwen", "kuaishua", "xinwen", "rsj", "youpin"]

PAGES = []

def page(path, title, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, ids=[list(x) for x in ids], note=note))

# ================================================================ U01 智启 (Handan, honest)
P_U01 = ("phone", "+8613931047826")
page("/zhiqi/index.html", "人工智能训练师培训_邯郸智启职业技能培训有限公司",
 """<div class='banner'><h1>人工智能训练师（4-04-05-05）五级/四级 2026年第三期开班</h1><p>邯郸本地备案机构合作认定点 · 面授+实操 · 可申领技能提升补贴</p></div>
<h2>关于职业</h2><p>人工智能训练师是2020年人社厅发〔2020〕17号公布的新职业，下设数据标注员、人工智能算法测试员两个工种。按《人工智能训练师国家职业技能标准（2021年版）》分五个等级。</p>
<h2>开班信息</h2><table border='1'><tr><th>等级</th><th>课时</th><th>培训费</th><th>开班</th></tr><tr><td>五级/初级工</td><td>60课时</td><td>1680元</td><td>6月15日</td></tr><tr><td>四级/中级工</td><td>50课时</td><td>2280元</td><td>6月22日</td></tr></table>
<p id='bt'>符合条件的参保职工取证后可按规定申请失业保险技能提升补贴（五级最高1000元、四级最高1500元），以人社部门审核为准。我们不承诺包过，理论和实操考试均需达到60分。</p>
<p>证书由备案的评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。证书样本编号如 S000013000618264000117（样本，仅供参考）。</p>
<p>考点：冀南职业技术学院实训楼，考点前台 0310-3021166（仅负责考场事务，报名请联系我校）。</p>
<h2 id='lx'>报名咨询</h2><p>张老师：139 3104 7826　微信：zhiqi_ai2026</p>
<form><p>姓名：<input></p><p>手机号：<input placeholder='例：13800138000'></p><p><button>提交预约</button></p></form>""",
 True, "U01", "邯郸智启职业技能培训有限公司",
 [P_U01 + ("139 3104 7826",), P_U01 + ("13931047826",), ("wechat", "zhiqi_ai2026", "zhiqi_ai2026"),
  ("domain", "hdzqpx.cn", "www.hdzqpx.cn"), ("uscc", USCC_U01, USCC_U01)],
 "training company home page, enrolment for level 5/4, honest")
page("/zhiqi/kc-l4.html", "人工智能训练师四级（中级工）课程介绍",
 """<h1>人工智能训练师 四级（中级工）</h1><p>适合：已取得五级证书并从事相关工作满4年，或相关专业技工院校毕业生。报名前请携带身份证、学历证明、工作证明原件审核。</p>
<h3>课程内容</h3><ul><li>基本要求与职业道德</li><li>数据采集和处理</li><li>数据标注（图像、文本、语音）</li><li>智能系统运维</li></ul>
<p>理论约30%，实操约70%，共50课时，周末班。培训费2280元（含教材，不含认定费，认定费按评价机构标准另行缴纳）。</p>
<p>报名电话：139-3104-7826（张老师）</p>""",
 True, "U01", "智启教育",
 [P_U01 + ("139-3104-7826",), P_U01 + ("13931047826",), ("domain", "hdzqpx.cn", "www.hdzqpx.cn"), ("uscc", USCC_U01, USCC_U01)],
 "level-4 course page on company site")
page("/kelifang/course/20318.html", "【冀智AI学院】人工智能训练师五级 数据标注实操班（邯郸面授）",
 """<div class='card'><h1>人工智能训练师五级 数据标注实操班（邯郸面授）</h1><p class='org'>机构：冀智AI学院</p><p class='price'>¥1680 <del>¥2380</del></p>
<p>618活动编号 15820240611，下单时备注可减100元。</p>
<h3>课程简介</h3><p>零基础可学数据标注工具使用，但报考五级需满足累计从事本职业或相关职业工作1年以上等条件，报名时需审核。结课后统一安排认定考试，不包过。</p>
<h3>机构联系方式</h3><p>课程顾问微信：ZhiQi_AI2026（加好友请备注“课立方”）</p></div>""",
 True, "U01", "冀智AI学院",
 [("wechat", "zhiqi_ai2026", "ZhiQi_AI2026")],
 "marketplace course listing under a second brand")
page("/yifenlei/hd/88213.html", "邯郸 人工智能训练师培训 周末班 可申请补贴",
 """<div class='post'><h1>邯郸 人工智能训练师培训 周末班 可申请补贴</h1><p>区域：邯山区　类别：职业技能培训　发布人：智启培训张老师</p>
<p>人工智能训练师五级、四级常年招生，陵西大街金鼎大厦6楼上课。参保满一年可以申请技能提升补贴，具体以人社审核为准。</p>
<p>电话 139-3104-7826 来电请说在易分类看到的。考点在冀南职院，考点电话0310-3021166只管考务。</p></div>""",
 True, "U01", "智启培训",
 [P_U01 + ("139-3104-7826",)],
 "classified ad, ties to U01 by mobile")

# ================================================================ U02 启航 (Jingzhou)
L_U02 = ("phone", "07168234567")
M_U02 = ("phone", "+8615972316408")
page("/qihang/index.html", "荆楚启航教育-荆州人工智能训练师培训报名中心",
 """<div class='hd'><h1>荆州人工智能训练师培训报名中心</h1></div>
<p>荆楚启航教育专注荆州本地职业技能培训，开设人工智能训练师五级、四级、三级（高级工）课程，学员多来自荆州开发区电商、客服、数据外包企业。</p>
<p>三级需已取得四级证书并满足相应工作年限；不符合条件的学员请先报考五级。</p>
<div id='sz'><h3>师资</h3><p>主讲老师具有多年数据标注项目管理经验。</p></div>
<p>咨询：0716-8234567　手机：159 7231 6408（王老师）　QQ：2867451903</p>
<p>在线报名表：https://www.wjx.cn/vm/qh2026ai.aspx</p>
<p>手机号填写示例：13800138000（请填写您本人号码）</p>""",
 True, "U02", "荆楚启航教育",
 [L_U02 + ("0716-8234567",), M_U02 + ("159 7231 6408",), ("qq", "2867451903", "2867451903"), ("domain", "jcqhedu.com", "www.jcqhedu.com")],
 "training company home page in Jingzhou")
page("/qihang/zs2026.html", "2026年人工智能训练师招生简章",
 """<h1>2026年人工智能训练师（数据标注员方向）招生简章</h1><p>一、培训对象：从事或准备从事数据标注、AI产品运营工作的人员。</p>
<p>二、报名条件：五级需累计从事本职业或相关职业工作满1年，或经本职业学徒期满。</p>
<p>三、费用：五级培训费1580元，四级1980元，认定费另计。</p>
<p>四、证书：由备案评价机构颁发职业技能等级证书，可在 osta.mohrss.gov.cn 技能人才评价工作网或 zscx.osta.org.cn 查询。</p>
<p id='bm'>五、报名方式：电话(0716)823 4567，或扫码填写问卷报名（wjx.cn 问卷星）。</p>""",
 True, "U02", "荆楚启航教育",
 [L_U02 + ("(0716)823 4567",), L_U02 + ("0716-8234567",), ("domain", "jcqhedu.com", "www.jcqhedu.com")],
 "enrolment brochure on company site")
page("/weiwen/a/2026051201.html", "荆州人注意！这个新职业缺口大，考证还能领补贴",
 """<h1 class='rich_media_title'>荆州人注意！这个新职业缺口大，考证还能领补贴</h1><p class='meta'>荆楚AI训练营　2026-05-12　原文转载</p>
<p>最近后台很多粉丝问：“人工智能训练师到底是干啥的？”简单说，就是给AI“喂数据”、做标注、测算法的人。</p>
<p>我们荆楚AI训练营6月在沙市开班，五级、四级都有，名额有限。</p>
<p>报名找王老师：159-7231-6408（电话微信同号），也可以加QQ 2867451903 领取报考条件自测表。</p>
<p>（本文不构成通过承诺，补贴以当地人社部门审核为准）</p>""",
 True, "U02", "荆楚AI训练营",
 [M_U02 + ("159-7231-6408",), ("qq", "2867451903", "2867451903")],
 "WeChat article repost under a third brand")
page("/wenwen/q/33871.html", "荆州哪里可以考人工智能训练师？",
 """<h1 class='q-title'>荆州哪里可以考人工智能训练师？</h1><p class='q-desc'>在开发区上班，做客服的，想转数据标注，荆州有培训的地方吗？</p>
<div class='answer'><p><b>启航老师</b>　回答于 2026-05-14</p><p>沙市万达那边有培训的，我们启航就在B座，五级一般一个多月拿证，要先看你工作年限够不够。想了解可以加扣扣2867451903，发你报考条件。</p></div>
<div class='answer'><p><b>路人甲</b></p><p>建议先上人社局官网看看有哪些备案机构。</p></div>""",
 True, "U02", "启航",
 [("qq", "2867451903", "扣扣2867451903")],
 "Q&A answer by seller's staff")

# ================================================================ U03 中科智培 / 国职认证 (scam)
T_U03 = ("phone", "4008061234")
W_U03 = ("wechat", "zkzp-kefu08")
page("/kuaishua/v/7301.html", "零基础拿人工智能训练师证 二级三级一起考 包过",
 """<div class='v-box'><p class='v-author'>@国职认证中心官方</p><p class='v-desc'>零基础！不限学历不限经验！人工智能训练师二级技师+三级高级工一起拿，人社部颁发，全国通用，国家职业资格证书，入库可查！原价9999限时1999，包过不过全额退！#人工智能训练师 #考证</p>
<p>私信或加v：ZKZP-kefu08 领取报名资料</p></div>
<div class='cmt'><p>用户a***：真的包过吗？</p><p>@国职认证中心官方：亲，100%通过，已经帮几千个学员拿证了</p></div>""",
 True, "U03", "国职认证中心",
 [W_U03 + ("ZKZP-kefu08",)],
 "short-video ad, scam wording (包过, 人社部颁发, levels 2+3 to beginners)")
page("/youpin/item/5521.html", "人工智能训练师证书报名 三级/二级 官网可查 免考试快速下证",
 """<div class='goods'><h1>人工智能训练师证书报名 三级/二级 官网可查 免考试快速下证</h1><p class='price'>¥2980</p>
<p>满减活动编号 18820260314</p>
<ul><li>国家职业资格证书，人社部颁发</li><li>免培训，线上提交资料即可，45天下证</li><li>证书官网可查：www.zkzp-cert.com</li><li>可挂靠企业，年收益过万</li></ul>
<div class='shop-info'><p>店铺：中科智培官方店</p><p>客服热线：400-806-1234</p><p>对公收款：北京中科智培教育科技有限公司</p><p>营业执照：""" + USCC_U03 + """</p></div>
<p>付款问题可拨打支付宝客服95188查询。</p></div>""",
 True, "U03", "中科智培官方店",
 [T_U03 + ("400-806-1234",), ("domain", "zkzp-cert.com", "www.zkzp-cert.com"), ("other", "北京中科智培教育科技有限公司", "北京中科智培教育科技有限公司"), ("uscc", USCC_U03, USCC_U03)],
 "shop listing, scam (免考试, 挂靠, fake query domain)")
page("/yifenlei/jz/90077.html", "荆州 人工智能训练师 高级技师 速办 不限学历",
 """<div class='post'><h1>荆州 人工智能训练师 高级技师 速办 不限学历</h1><p>区域：荆州区　发布人：国职认证-李老师</p>
<p>人工智能训练师一级/二级/三级均可报，不限年龄不限专业无门槛，人社部备案，全国联网可查。可办理落户积分。</p>
<p>全国统一报名热线 4008 061 234，微信 zkzp-kefu08。证书样本编号：S000013000618264000117</p></div>""",
 True, "U03", "国职认证",
 [T_U03 + ("4008 061 234",), W_U03 + ("zkzp-kefu08",)],
 "classified ad, scam")
page("/weiwen/a/2026052003.html", "人社部证书退出，哪家证书来接盘？人工智能训练师最后一批名额",
 """<h1 class='rich_media_title'>人社部证书退出，哪家证书来接盘？人工智能训练师最后一批名额</h1><p class='meta'>中科智培　2026-05-20</p>
<p>国家已经明确AI人才缺口500万！人工智能训练师证书直接对应职称证书，持证可享受补贴、落户加分。</p>
<p>本中心为工信部职业技能鉴定中心合作单位，证书官网可查：zkzp-cert.com。</p>
<p>扫码添加招生老师：zkzp-kefu08</p>""",
 True, "U03", "中科智培",
 [("domain", "zkzp-cert.com", "zkzp-cert.com"), W_U03 + ("zkzp-kefu08",)],
 "WeChat repost, scam slogan")

# ================================================================ U04 冀南数标
G_U04 = ("qq_group", "735124680")
M_U04 = ("phone", "+8618632097415")
page("/yifenlei/hd/88540.html", "数据标注员 先培训后上岗 可考人工智能训练师五级",
 """<div class='post'><h1>数据标注员 先培训后上岗 可考人工智能训练师五级</h1><p>区域：邯郸经开区　类别：招聘/培训　发布人：冀南数标人事</p>
<p>公司长期承接自动驾驶、语音数据标注项目，招标注员，新人先参加两周岗前培训（培训费880元，转正后返还一半），做满一年可以报人工智能训练师五级认定。</p>
<p>联系人：刘经理 186 3209 7415　求职交流QQ群：735124680</p></div>""",
 True, "U04", "冀南数标",
 [M_U04 + ("186 3209 7415",), G_U04 + ("735124680",)],
 "classified: job ad bundled with paid training")
page("/luntan/t/60231.html", "【分享】在邯郸做数据标注一年，准备考人工智能训练师",
 """<div class='bbs-post'><p class='floor'>1楼　楼主：数标学堂小助手</p><p>做数据标注一年了，公司（数标学堂）组织大家报人工智能训练师五级，理论+实操，听说一个月左右出证。有想入行的可以进群一起学：群号 735124680，或者发邮件到 jnsb_hr@126.com 要资料。</p></div>
<div class='bbs-post'><p class='floor'>2楼　匿名用户</p><p>这是广告吧……</p></div>
<div class='bbs-post'><p class='floor'>3楼　楼主</p><p>不是广告，就是分享，考试要自己考的，不包过。</p></div>""",
 True, "U04", "数标学堂",
 [G_U04 + ("735124680",), ("email", "jnsb_hr@126.com", "jnsb_hr@126.com")],
 "forum soft-ad by staff account")
page("/kelifang/course/20477.html", "数据标注入门到上岗：人工智能训练师五级配套课",
 """<div class='card'><h1>数据标注入门到上岗：人工智能训练师五级配套课</h1><p class='org'>机构：冀南数标学堂</p><p class='price'>¥399</p>
<p>618活动编号 15820240611</p>
<p>录播40节，覆盖图像框选、语义分割、文本实体标注。结业优秀学员可推荐到合作企业实习。</p>
<p>课程答疑：JNSB_HR@126.com　／　手机 18632097415</p></div>""",
 True, "U04", "冀南数标学堂",
 [("email", "jnsb_hr@126.com", "JNSB_HR@126.com"), M_U04 + ("18632097415",)],
 "marketplace recorded course")

# ================================================================ U05 楚才职校 (honest, 民非)
L_U05 = ("phone", "07168456789")
E_U05 = ("email", "chucai_px@163.com")
page("/xinwen/2026/0512-chucai.html", "楚才职校开设人工智能训练师培训 助力荆州数字就业",
 """<div class='art'><h1>楚才职校开设人工智能训练师培训 助力荆州数字就业</h1><p class='src'>2026-05-12 09:30　来源：冀楚新闻网·商讯</p>
<p>记者从荆州市沙市区楚才职业技能培训学校获悉，该校今年新增人工智能训练师（数据标注员）五级、四级培训项目，首期学员主要为辖区失业人员和在职参保职工。</p>
<p>学校负责人介绍，学员需按国家职业技能标准完成理论与实操培训，由备案评价机构组织认定，合格者获得职业技能等级证书，符合条件者可申领技能提升补贴。</p>
<p>报名咨询电话：0716—8456789。学校统一社会信用代码 """ + USCC_U05 + """。</p>
<p>（责任编辑：周敏）</p></div>""",
 True, "U05", "荆州市沙市区楚才职业技能培训学校",
 [L_U05 + ("0716—8456789",), ("uscc", USCC_U05, USCC_U05)],
 "news advertorial for an honest private school")
page("/weiwen/a/2026051802.html", "楚才培训｜人工智能训练师6月班报名通道开启",
 """<h1 class='rich_media_title'>楚才培训｜人工智能训练师6月班报名通道开启</h1><p class='meta'>楚才培训　2026-05-18</p>
<p>开课时间：6月8日（周一至周五晚班）</p><p>地点：荆州市沙市区江津东路楚才职校3楼</p>
<p>报名方式：①电话 0716-8456789 ②邮箱 chucai_px@163.com ③问卷报名 wjx.cn/vm/chucai.aspx</p>
<p>温馨提示：培训不等于保证取证，请考生认真备考。人工智能训练师属于职业技能等级证书，不在中国人事考试网 cpta.com.cn 查询。</p>""",
 True, "U05", "楚才培训",
 [L_U05 + ("0716-8456789",), E_U05 + ("chucai_px@163.com",)],
 "WeChat repost, honest")
page("/wenwen/q/34102.html", "失业了可以免费学人工智能训练师吗？",
 """<h1 class='q-title'>失业了可以免费学人工智能训练师吗？</h1><p class='q-desc'>荆州的，刚失业，听说有免费培训？</p>
<div class='answer'><p><b>楚才职校招生办</b></p><p>失业人员参加职业培训可以按当地政策申请培训补贴，具体看人社局当年的目录。我们学校有人工智能训练师五级班，可以发简历和身份证信息到 chucai_px#163.com（#换成@）帮你初审。</p></div>
<div class='answer'><p><b>网友甲</b></p><p>我也想问，我qq 8573920146，有消息告诉我一声。</p></div>""",
 True, "U05", "楚才职校",
 [E_U05 + ("chucai_px#163.com",)],
 "Q&A answer by the school, obfuscated e-mail; reader's QQ is a decoy")

# ================================================================ U06 未来智联 (scam, online)
W_U06 = ("wechat", "wlzl8899")
M_U06 = ("phone", "+8617786541230")
PAYEE_U06 = ("other", "荆州市沙市区智联信息咨询服务部")
page("/kuaishua/v/7342.html", "AI时代不考这个证就落后了",
 """<div class='v-box'><p class='v-author'>@未来智联AI证书</p><p class='v-desc'>90%小白都能学会！人工智能训练师证书，交费包过，拿到证书便可升职加薪！一次报名送三证：人工智能训练师+数据标注员+AIGC应用师。戳主页 vx：wlzl8899</p></div>
<div class='cmt'><p>用户b***：多少钱</p><p>@未来智联AI证书：私信哦亲</p></div>""",
 True, "U06", "未来智联AI证书",
 [W_U06 + ("wlzl8899",)],
 "short-video ad, scam (包过, 三证)")
page("/luntan/t/60388.html", "人工智能训练师证书 加急办理 不用考试",
 """<div class='bbs-post'><p class='floor'>1楼　楼主：智联证书网</p><p>人工智能训练师各等级证书，不用考试，提交身份证照片学历即可，30天出证，人社部颁发，官网可查。另有电工、焊工、健康管理师。</p><p>电话：177 8654 1230　微信：WLZL8899</p></div>
<div class='bbs-post'><p class='floor'>2楼　版主</p><p>广告，已警告。</p></div>""",
 True, "U06", "智联证书网",
 [M_U06 + ("177 8654 1230",), W_U06 + ("WLZL8899",)],
 "forum spam post, scam (不用考试)")
page("/youpin/item/5608.html", "人工智能训练师 报名服务 官方认证 三级高级工",
 """<div class='goods'><h1>人工智能训练师 报名服务 官方认证 三级高级工</h1><p class='price'>¥1580</p>
<p>满减活动编号 18820260314</p>
<p>AI证书速办中心代报名，官方指定，无门槛，不限专业。下单后联系客服 17786541230 提交资料。</p>
<p>如需对公转账，收款户名：荆州市沙市区智联信息咨询服务部。支付问题请咨询95188。</p></div>""",
 True, "U06", "AI证书速办中心",
 [M_U06 + ("17786541230",), PAYEE_U06 + ("荆州市沙市区智联信息咨询服务部",)],
 "shop listing, scam")
page("/wenwen/q/34250.html", "人工智能训练师证书网上办靠谱吗",
 """<h1 class='q-title'>人工智能训练师证书网上办靠谱吗</h1><p class='q-desc'>看到很多说不用考试就能拿的，真的吗？</p>
<div class='answer'><p><b>未来智联老师</b></p><p>我们是正规机构，全程线上，不用跑腿，证书人社部颁发可查询。需要的话加微信 wlzl8899 或打 +86 177-8654-1230 咨询。注意别信 170-9645-2311 那种骗子，我们是正规的。</p></div>
<div class='answer'><p><b>热心网友</b></p><p>不用考试的都不靠谱，去 zscx.osta.org.cn 查一下再说。</p></div>""",
 True, "U06", "未来智联",
 [W_U06 + ("wlzl8899",), M_U06 + ("+86 177-8654-1230",)],
 "Q&A self-promotion; cites another scam number (decoy)")

# ================================================================ U07 小鹿学AI (influencer)
W_U07 = ("wechat", "xiaolu_ai_t")
Q_U07 = ("qq", "1940328756")
page("/kuaishua/v/7415.html", "宝妈在家做数据标注，一个月多赚3000",
 """<div class='v-box'><p class='v-author'>@小鹿学AI</p><p class='v-desc'>我是鹿老师，带了200多个宝妈学数据标注。想系统学、顺便考人工智能训练师五级的，来我的训练营，评论区扣“学”，或者加我V：xiaolu_ai_t</p></div>
<div class='cmt'><p>用户c***：学</p><p>用户d***：学</p></div>""",
 True, "U07", "小鹿学AI",
 [W_U07 + ("xiaolu_ai_t",)],
 "short-video influencer ad")
page("/kuaishua/v/7420.html", "人工智能训练师四级怎么备考（干货）",
 """<div class='v-box'><p class='v-author'>@小鹿学AI</p><p class='v-desc'>干货：四级考数据采集和处理、数据标注、智能系统运维。鹿老师AI训练营第8期6月开营，399元含题库和直播答疑，不承诺包过。报名加V xiaolu_AI_t 或Q 1940328756。</p></div>""",
 True, "U07", "鹿老师AI训练营",
 [W_U07 + ("xiaolu_AI_t",), Q_U07 + ("1940328756",)],
 "short-video with course pitch")
page("/kelifang/course/20590.html", "鹿老师AI训练营：人工智能训练师四级直播班",
 """<div class='card'><h1>鹿老师AI训练营：人工智能训练师四级直播班</h1><p class='org'>讲师：鹿老师</p><p class='price'>¥399</p>
<p>12次直播+2000道练习题，学完可参加备案机构组织的认定考试。</p>
<p>课后答疑QQ：1940 328 756</p></div>""",
 True, "U07", "鹿老师AI训练营",
 [Q_U07 + ("1940 328 756",)],
 "marketplace live course")

# ================================================================ U08 华信人力 (Handan Yongnian)
L_U08 = ("phone", "03106812345")
M_U08 = ("phone", "+8613785061972")
page("/yifenlei/hd/88907.html", "永年 人工智能训练师+电子商务师+直播销售员 三证班",
 """<div class='post'><h1>永年 人工智能训练师+电子商务师+直播销售员 三证班</h1><p>区域：永年区　发布人：华信人力</p>
<p>三证一起报更优惠，总价3600元，单报一个1500元。课程周末上课，考点冀南职院，考点前台0310-3021166。</p>
<p>地址：永年区洺州路华信人力三楼　电话：0310-6812345　手机：13785061972</p></div>""",
 True, "U08", "华信人力",
 [L_U08 + ("0310-6812345",), M_U08 + ("13785061972",)],
 "classified: three-certificate bundle")
page("/luntan/t/60455.html", "永年有一起考人工智能训练师的吗",
 """<div class='bbs-post'><p class='floor'>1楼　楼主：永年小刘</p><p>永年有一起考人工智能训练师的吗？求组队。</p></div>
<div class='bbs-post'><p class='floor'>2楼　永年华信职培</p><p>我们这里6月有班，三证一起报便宜，137 8506 1972 微信同号。</p></div>
<div class='bbs-post'><p class='floor'>3楼　邯郸宝妈</p><p>我也想报，加我微信 hdmama0310 一起问问。</p></div>""",
 True, "U08", "永年华信职培",
 [M_U08 + ("137 8506 1972",)],
 "forum reply by seller; reader's WeChat is a decoy")
page("/weiwen/a/2026052505.html", "永年华信：技能提升补贴申领指南+人工智能训练师开班",
 """<h1 class='rich_media_title'>永年华信：技能提升补贴申领指南+人工智能训练师开班</h1><p class='meta'>华信人力资源　2026-05-25</p>
<p>技能提升补贴：五级最高1000元、四级1500元、三级2000元，需参保满一年，通过当地人社服务渠道申请，咨询12333。</p>
<p>我司人工智能训练师五级班6月开班。报名：0310 6812345。</p>
<p>邯郸市永年区华信人力资源服务有限公司（统一社会信用代码：""" + USCC_U08 + """）</p>""",
 True, "U08", "华信人力资源",
 [L_U08 + ("0310 6812345",), ("uscc", USCC_U08, USCC_U08)],
 "WeChat repost, subsidy guide plus enrolment")

# ================================================================ U09 智训未来 (national chain)
T_U09 = ("phone", "4006607788")
E_U09 = ("email", "service@zxwl-edu.com.cn")
D_U09 = ("domain", "zxwl-edu.com.cn")
page("/kelifang/course/20655.html", "智训未来｜人工智能训练师三级（高级工）冲刺班",
 """<div class='card'><h1>人工智能训练师三级（高级工）冲刺班</h1><p class='org'>机构：智训未来</p><p class='price'>¥2680</p>
<p>适合已持四级证书并满足年限的学员。业务分析、智能训练、智能系统设计、培训与指导四大模块。</p>
<p>全国服务热线 400-660-7788　官网 www.zxwl-edu.com.cn</p></div>""",
 True, "U09", "智训未来",
 [T_U09 + ("400-660-7788",), D_U09 + ("www.zxwl-edu.com.cn",)],
 "marketplace course, national chain")
page("/xinwen/2026/0527-zx.html", "智训未来荆州学习中心揭牌 人工智能训练师课程落地",
 """<div class='art'><h1>智训未来荆州学习中心揭牌 人工智能训练师课程落地</h1><p class='src'>2026-05-27　来源：企业供稿</p>
<p>5月26日，智训未来·荆州学习中心在荆州开发区揭牌。该中心将开设人工智能训练师四级、三级课程，并与本地企业合作提供实训岗位。</p>
<p>课程咨询：4006607788，邮箱 service@zxwl-edu.com.cn。</p></div>""",
 True, "U09", "智训未来·荆州学习中心",
 [T_U09 + ("4006607788",), E_U09 + ("service@zxwl-edu.com.cn",)],
 "news advertorial for chain's local centre")
page("/youpin/item/5712.html", "ZX AI学院 人工智能训练师四级 网课+题库 电子兑换码",
 """<div class='goods'><h1>ZX AI学院 人工智能训练师四级 网课+题库 电子兑换码</h1><p class='price'>¥899</p>
<p>购买后兑换码发送至手机，登录 zxwl-edu.com.cn 学习。售后邮箱 Service@zxwl-edu.com.cn</p></div>""",
 True, "U09", "ZX AI学院",
 [D_U09 + ("zxwl-edu.com.cn",), E_U09 + ("Service@zxwl-edu.com.cn",)],
 "shop listing, chain's second brand")

# ================================================================ independents
page("/yifenlei/jz/90150.html", "荆州 个人带学数据标注 可辅导人工智能训练师五级",
 """<div class='post'><h1>荆州 个人带学数据标注 可辅导人工智能训练师五级</h1><p>区域：沙市区　发布人：陈姐（个人）</p>
<p>本人在标注公司做了三年组长，周末一对一带学，辅导五级认定理论，每人800元，不包过。电话 189 7234 5610</p></div>""",
 True, "I01", "陈姐（个人）", [("phone", "+8618972345610", "189 7234 5610")], "individual tutor classified")
page("/luntan/t/60601.html", "老张AI考证辅导，邯郸本地，欢迎咨询",
 """<div class='bbs-post'><p class='floor'>1楼　楼主：邯郸老张</p><p>退休老师，会点AI，开了个小班辅导人工智能训练师五级理论，一期6次课600元，在丛台区老年大学旁边。微信 laozhang_hd0310</p></div>""",
 True, "I02", "邯郸老张", [("wechat", "laozhang_hd0310", "laozhang_hd0310")], "forum post by a small tutor")
page("/wenwen/q/34388.html", "江陵县能考人工智能训练师吗",
 """<h1 class='q-title'>江陵县能考人工智能训练师吗</h1><p class='q-desc'>在江陵，不想跑市里。</p>
<div class='answer'><p><b>江陵AI小站</b></p><p>我们在江陵县城有线下点，五级培训1200元，考试要到市里考点。QQ 2214896530</p></div>""",
 True, "I03", "江陵AI小站", [("qq", "2214896530", "2214896530")], "Q&A answer by a county-level outlet")
page("/youpin/item/5803.html", "人工智能训练师五级四级 理论题库 2026新版 电子版",
 """<div class='goods'><h1>人工智能训练师五级四级 理论题库 2026新版 电子版</h1><p class='price'>¥29.9</p>
<p>店铺：AI题库铺。非官方资料，仅供练习。可加题库交流群：583920741</p><p>发货邮箱 aitiku_pu@qq.com</p></div>""",
 True, "I04", "AI题库铺", [("qq_group", "583920741", "583920741"), ("email", "aitiku_pu@qq.com", "aitiku_pu@qq.com")],
 "shop listing selling question bank")
page("/kuaishua/v/7533.html", "阿凯讲AI：人工智能训练师线上课上新",
 """<div class='v-box'><p class='v-author'>@阿凯讲AI</p><p class='v-desc'>荆州阿凯，做了五年算法测试。人工智能训练师（算法测试员方向）四级线上课上新，499元，名额30个，V：akai_ai_jz</p></div>""",
 True, "I05", "阿凯讲AI", [("wechat", "akai_ai_jz", "akai_ai_jz")], "short-video course pitch")
page("/kelifang/course/20702.html", "冀南职业技术学院继续教育学院：人工智能训练师五级社会培训",
 """<div class='card'><h1>人工智能训练师五级社会培训（面向社会人员）</h1><p class='org'>机构：冀南职业技术学院继续教育学院</p><p class='price'>¥1200</p>
<p>学院为本地认定考点之一，按标准60课时组织培训，认定费按评价机构公示标准收取。</p>
<p>继续教育学院办公室：0310-8056120　邮箱：jxjy@jnzy.edu.cn</p></div>""",
 True, "I06", "冀南职业技术学院继续教育学院",
 [("phone", "03108056120", "0310-8056120"), ("email", "jxjy@jnzy.edu.cn", "jxjy@jnzy.edu.cn")],
 "college continuing-education course on marketplace")

# ================================================================ non-offers
page("/xinwen/2026/0603-warn.html", "警惕！“包过”“免考”的人工智能训练师证书多为山寨",
 """<div class='art'><h1>警惕！“包过”“免考”的人工智能训练师证书多为山寨</h1><p class='src'>2026-06-03　来源：冀楚新闻网</p>
<p>近期，市民王女士反映，她通过一个自称“国家人工智能认证中心”的电话170-9645-2311报名，交了3800元后对方失联，对方还曾让她加QQ 3398127654提交材料。</p>
<p>人社部门提醒：人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，“人社部颁发”“免考包过”均为虚假宣传。证书真伪可登录 zscx.osta.org.cn 查询，如遇消费纠纷可拨打12315，政策咨询拨打12333。</p></div>""",
 note="news warning quoting a scammer's phone and QQ")
page("/rsj/tzgg/20260515.html", "关于开展2026年第二批人工智能训练师职业技能等级认定的通知",
 """<div class='zw'><h1>关于开展2026年第二批人工智能训练师职业技能等级认定的通知</h1>
<p>各有关单位：根据《人工智能训练师国家职业技能标准（2021年版）》，经备案的评价机构将于2026年7月组织人工智能训练师（4-04-05-05）五级、四级认定。</p>
<p>一、认定地点：冀南职业技术学院实训楼（考点咨询 0310-3021166）。</p>
<p>二、证书查询：技能人才评价工作网 osta.mohrss.gov.cn、全国联网查询 zscx.osta.org.cn。</p>
<p>三、本局不委托任何机构或个人代办证书，不收取任何费用。咨询电话：12333。</p></div>""",
 note="official-style notice; venue phone and hotline are decoys")
page("/rsj/bszn/zjcx.html", "办事指南：职业技能等级证书查询",
 """<div class='zw'><h1>办事指南：职业技能等级证书查询</h1><p>1. 职业技能等级证书、国家职业资格证书：登录 zscx.osta.org.cn，输入姓名、证件号、证书编号查询。</p>
<p>2. 专业技术人员职业资格：登录中国人事考试网 cpta.com.cn 证书查验。</p>
<p>3. 证书编号为22位，例如 S000013000618264000117（示例）。</p><p>4. 咨询：12333。</p></div>""",
 note="official guide to certificate lookup")
page("/luntan/t/60199.html", "【曝光】交了3800考人工智能训练师，对方拉黑了",
 """<div class='bbs-post'><p class='floor'>1楼　楼主：被坑的小王</p><p>大家避雷！17096452311 这个号，说是国家人工智能认证中心，免考包过二级，交钱后拉黑。已经打12315投诉了。他们还让我加过QQ 3398127654。</p></div>
<div class='bbs-post'><p class='floor'>2楼　邯郸宝妈</p><p>抱抱，我差点也信了，有后续告诉我，微信 hdmama0310</p></div>
<div class='bbs-post'><p class='floor'>3楼　老司机</p><p>凡是说人社部颁发、包过的都是骗子，去 zscx.osta.org.cn 查。</p></div>""",
 note="complaint thread; quoted scam number and reader contacts are decoys")
page("/wenwen/q/33702.html", "人工智能训练师证书怎么查真假？",
 """<h1 class='q-title'>人工智能训练师证书怎么查真假？</h1>
<div class='answer'><p><b>知无不言</b></p><p>登录技能人才评价证书全国联网查询 zscx.osta.org.cn，或者打12333问。编号22位，开头是Y或S。</p></div>
<div class='answer'><p><b>小白求助</b></p><p>谢谢！我也想考，谁有资料发我qq 8573920146</p></div>""",
 note="Q&A guide, no seller")
page("/youpin/item/5490.html", "iPhone 17 手机壳 磨砂防摔",
 """<div class='goods'><h1>iPhone 17 手机壳 磨砂防摔</h1><p class='price'>¥19.9</p><p>满减活动编号 18820260314</p><p>支付问题请咨询95188。</p></div>""",
 note="unrelated shop item")
page("/kuaishua/v/7288.html", "避坑：考AI证之前先看这条",
 """<div class='v-box'><p class='v-author'>@职场避坑君</p><p class='v-desc'>人工智能训练师是职业技能等级证书，不是国家职业资格证书！二级、一级要逐级考，零基础直接拿技师的都是坑。查证书上 zscx.osta.org.cn。</p></div>""",
 note="short-video warning, no seller")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "official 人事考试网"),
 ("domain", "wjx.cn", ["wjx.cn"], "third-party form tool used by several sellers"),
 ("phone", "4001002580", ["400-100-2580"], "course marketplace's own customer-service number in footer"),
 ("email", "kf@kelifang.cn", ["kf@kelifang.cn"], "course marketplace's footer e-mail"),
 ("qq_group", "612345987", ["612345987"], "forum's own QQ group in sidebar/footer"),
 ("other", "冀ICP备18023456号-1", ["冀ICP备18023456号-1"], "classifieds platform ICP number in footer"),
 ("qq", "800123789", ["800123789"], "classifieds platform customer-service QQ in footer"),
 ("domain", "youpin-mall.cn", ["youpin-mall.cn"], "shop platform domain in footer"),
 ("phone", "4008289696", ["400-828-9696"], "shop platform customer-service number"),
 ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's business licence in footer"),
 ("email", "tougao@weiwenju.cn", ["tougao@weiwenju.cn"], "repost site's footer e-mail"),
 ("phone", "4000520111", ["400-052-0111"], "video platform's report hotline"),
 ("phone", "03103188110", ["0310-3188110"], "news site's news hotline"),
 ("email", "help@wenwenba.com", ["help@wenwenba.com"], "Q&A site's feedback e-mail"),
 ("phone", "+8617096452311", ["170-9645-2311", "17096452311"], "scammer's number quoted in warning, complaint and a rival's page"),
 ("qq", "3398127654", ["3398127654"], "scammer's QQ quoted in news"),
 ("phone", "+8615820240611", ["15820240611"], "marketplace promotion number that looks like a mobile"),
 ("phone", "+8618820260314", ["18820260314"], "shop promotion number that looks like a mobile"),
 ("other", "S000013000618264000117", ["S000013000618264000117"], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "form placeholder"),
 ("wechat", "hdmama0310", ["hdmama0310"], "a reader's own WeChat in comments"),
 ("qq", "8573920146", ["8573920146"], "a reader's own QQ in comments"),
 ("phone", "03103021166", ["0310-3021166"], "exam venue front desk quoted by several sellers and the notice"),
]

# ---------------------------------------------------------------- render
def site_of(path):
    return path.strip("/").split("/")[0]

def render(p, siblings):
    s = SITES[site_of(p["path"])]
    key = site_of(p["path"])
    menu = "".join("<a href='%s'>%s</a> " % (h, n) for n, h in s["menu"])
    crumbs = "<a href='/index.html'>导航</a> &gt; <a href='/%s/index.html'>%s</a> &gt; %s" % (key, s["name"], html.escape(p["title"]))
    rel = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], html.escape(q["title"])) for q in siblings if q["path"] != p["path"])[:4000]
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body class="site-%s"><div class="top hd kl-head yf-top gov-head"><span class="logo">%s</span><nav class="nav menu">%s</nav></div>
<div class="crumbs">当前位置：%s</div>
<div class="main">%s</div>
<aside class="side">%s<div class="related"><h4>相关推荐</h4><ul>%s</ul></div></aside>
<footer>%s</footer></body></html>
""" % (html.escape(p["title"]), s["css"], key, s["name"], menu, crumbs, p["body"], s["side"], rel, s["footer"])

def index_body(key, pages):
    items = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], html.escape(q["title"])) for q in pages)
    return "<h1>%s</h1><ul class='list'>%s</ul>" % (SITES[key]["name"], items)

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    by_site = {k: [] for k in SITE_ORDER}
    for p in PAGES:
        by_site[site_of(p["path"])].append(p)
    # platform index pages (company sites use their own offer page as index)
    for k in SITE_ORDER:
        if not any(q["path"] == "/%s/index.html" % k for q in by_site[k]):
            idx = dict(path="/%s/index.html" % k, title=SITES[k]["name"] + " 首页", body="", is_offer=False,
                       operator=None, provider=None, ids=[], note="platform index page")
            PAGES.append(idx)
            by_site[k].insert(0, idx)
    out = {}
    for k in SITE_ORDER:
        for p in by_site[k]:
            if p["path"] == "/%s/index.html" % k and not p["is_offer"]:
                p["body"] = index_body(k, [q for q in by_site[k] if q is not p])
            elif p["path"] == "/%s/index.html" % k:
                p["body"] += "<div class='more'><h3>更多</h3><ul>%s</ul></div>" % "".join(
                    "<li><a href='%s'>%s</a></li>" % (q["path"], html.escape(q["title"])) for q in by_site[k] if q is not p)
            out[p["path"]] = render(p, by_site[k])
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n" % "".join(
        "<li><a href='/%s/index.html'>%s</a></li>" % (k, SITES[k]["name"]) for k in SITE_ORDER)
    out["/index.html"] = hub
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for k in SITE_ORDER:
        for p in by_site[k]:
            pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for kind, val, _w in p["ids"]:
                if [kind, val] not in o["identifiers"]:
                    o["identifiers"].append([kind, val])
    decoys = []
    texts = {path: html.unescape(t) for path, t in out.items()}
    for kind, val, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
