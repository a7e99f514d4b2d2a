#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55

def uscc(prefix8, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - t % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

C_U01 = uscc("52370102", "MJD20481")   # 民办非企业 (private training school), 济南历下
C_U02 = uscc("91650104", "MA77R2K5")   # company, 乌鲁木齐
C_U03 = uscc("91110108", "MA01X3QN")   # company with a state-sounding name, 北京海淀
C_U05 = uscc("91650100", "MA78F6D2")   # company, 乌鲁木齐
C_U07 = uscc("52370112", "MJE61073")   # 民办非企业, 济南历城
C_SAMPLE = "S000037000012253000123"     # a sample certificate number (decoy)

# ---------------------------------------------------------------- sites and frames
SITES = {
    "jnzq": dict(name="济南智启职业培训学校", style="training", menu=["首页", "学校简介", "培训项目", "新闻动态", "联系我们"],
                 footer="版权所有 © 2019-2026 济南智启职业培训学校 · 地址：济南市历下区解放路某大厦5层 · 本站信息仅供参考"),
    "tszy": dict(name="新疆天山职业技能培训中心", style="training", menu=["首页", "中心概况", "培训课程", "报名须知", "在线咨询"],
                 footer="新疆天山职业技能培训中心 版权所有 · 乌鲁木齐市沙依巴克区 · 技术支持：本地建站"),
    "kechengwang": dict(name="职课网 · 职业技能课程超市", style="marketplace", menu=["首页", "职业技能", "IT互联网", "资格考试", "机构入驻", "我的订单"],
                 footer="职课网 客服热线：400-820-6655（9:00-21:00） 客服邮箱：service@kechengwang.cn 沪ICP备18025731号-2 平台仅提供信息展示，课程由入驻机构提供"),
    "fenlei": dict(name="泉城分类信息网", style="classifieds", menu=["首页", "招聘", "二手", "房产", "教育培训", "本地服务"],
                 footer="泉城分类信息网 | 本地求职交流QQ群：614582370 | 鲁ICP备19036512号 | 信息由网友发布，请谨慎交易，谨防诈骗"),
    "wenda": dict(name="问点啥 · 问答社区", style="qa", menu=["首页", "教育", "职场", "数码", "热门问题", "我要提问"],
                 footer="问点啥问答社区 · 违法和不良信息举报邮箱：kefu@wendaba.cn · 京ICP备17066218号"),
    "shipin": dict(name="快视频 · 短视频", style="shortvideo", menu=["推荐", "关注", "同城", "知识", "直播"],
                 footer="快视频 · 网络举报邮箱：jubao@kuaishipin.cn · 未成年人保护 · 用户协议"),
    "luntan": dict(name="泉城吧 · 济南本地论坛", style="forum", menu=["论坛首页", "泉城杂谈", "职场求职", "教育培训", "曝光台", "版规"],
                 footer="泉城吧 bbs.quanchengba.com · Powered by Discuz! · 鲁ICP备16021577号 · 站务问题请发帖至【站务处理】"),
    "rsj": dict(name="某市人力资源和社会保障局（示例站）", style="gov", menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读", "互动交流"],
                 footer="主办：某市人力资源和社会保障局 · 咨询电话：12333 · 本站为演示页面"),
    "wxrepost": dict(name="职场文摘 · 公众号文章转载", style="wechat", menu=["首页", "热文", "职场", "教育", "本地"],
                 footer="本站内容转载自微信公众号，版权归原作者所有 · 关注本站公众号：wzhai_daily · 如有侵权请联系删除"),
    "blog": dict(name="老K的自留地", style="blog", menu=["首页", "归档", "标签", "关于"],
                 footer="老K的自留地 · 基于 WordPress · 文章转载请注明出处"),
}

PAGES = []   # dicts: path, site, title, body, is_offer, operator, provider, ids, note

def page(path, site, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body,
                      is_offer=(op is not None) if offer is None else offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))

# ---------------------------------------------------------------- operators
OPERATORS = {
    "U01": dict(brands=["济南智启职业培训学校", "智启AI训练师学院", "智启教育"],
                identifiers=[["phone", "+8613805312468"], ["phone", "053188961234"], ["wechat", "zqai_jn"],
                             ["domain", "jnzhiqi.cn"], ["uscc", C_U01]]),
    "U02": dict(brands=["新疆天山职业技能培训中心", "天山职培", "天山数智学堂"],
                identifiers=[["phone", "+8618199231577"], ["phone", "09914628815"], ["wechat", "tszy-px"],
                             ["qq", "3197726540"], ["uscc", C_U02], ["domain", "tszypx.com"]]),
    "U03": dict(brands=["中科智训（北京）教育科技有限公司", "中科智训认证中心", "国培智训", "AI训练师考证中心"],
                identifiers=[["phone", "4008726315"], ["wechat", "zkzx8899"], ["email", "kefu@zkzx-edu.com"],
                             ["domain", "zkzx-cx.com"], ["uscc", C_U03]]),
    "U04": dict(brands=["鲁职优学", "优学职业技能"],
                identifiers=[["phone", "+8615966017782"], ["qq", "2779150346"], ["email", "luzhiyouxue@126.com"]]),
    "U05": dict(brands=["丝路数智教育科技有限公司", "丝路数智", "丝路AI学堂"],
                identifiers=[["phone", "+8613709913306"], ["wechat", "silushuzhi01"], ["email", "slsz_edu@163.com"],
                             ["uscc", C_U05]]),
    "U06": dict(brands=["慧标数据", "慧标AI数据标注基地"],
                identifiers=[["phone", "+8617853127740"], ["wechat", "hb_biaozhu"], ["qq_group", "736281904"]]),
    "U07": dict(brands=["山东泉城职业技能培训学校", "泉城职培", "泉城AI训练营"],
                identifiers=[["phone", "053186915520"], ["phone", "+8618660127913"], ["uscc", C_U07],
                             ["domain", "qczp.org.cn"]]),
    "U08": dict(brands=["天池AI培训", "天池职业技能"],
                identifiers=[["phone", "+8619909915248"], ["wechat", "tc-ai-px"], ["qq", "2063157789"]]),
    "U09": dict(brands=["学海证书网", "学海教育"],
                identifiers=[["qq", "1486603921"], ["email", "xuehai_zs@163.com"], ["domain", "xhzsw.net"],
                             ["phone", "4001869527"]]),
}

VENUE = "考点：山东某技师学院实训楼（考点前台 0531-82601234，仅负责考场安排，不接受报名咨询）"
SAMPLE = "样证编号：" + C_SAMPLE + "（样证仅供参考）"
OCC = "职业编码 4-04-05-05"

# ================================================================ jnzq (U01 own site)
page("/jnzq/news-dasai.html", "jnzq", "我校师生参加市职工职业技能大赛数据标注赛项",
     "<p>近日，我校组织12名学员参加市职工职业技能大赛数据标注赛项，两名学员获得优胜奖。</p>"
     "<p>大赛由市总工会、市人社局联合主办，赛项参照人工智能训练师国家职业技能标准（2021年版）命题。</p>"
     "<p>学校将继续深化校企合作，提升学员实操能力。</p>", note="training-school news, no offer")
page("/jnzq/rgzn-xls.html", "jnzq", "人工智能训练师（数据标注员）五级/四级培训班招生简章",
     "<h2>人工智能训练师 培训招生简章（2026年春季班）</h2>"
     "<p>" + OCC + "，含数据标注员、人工智能算法测试员两个工种。本期开设五级（初级工）、四级（中级工）两个班次。</p>"
     "<table><tr><th>等级</th><th>课时</th><th>培训费</th><th>申报条件</th></tr>"
     "<tr><td>五级</td><td>60课时</td><td>1580元</td><td>累计从事本职业或相关职业工作满1年</td></tr>"
     "<tr><td>四级</td><td>50课时</td><td>1980元</td><td>取得五级证书后从事本职业4年等</td></tr></table>"
     "<p>培训结束后由备案评价机构组织理论与技能认定，合格者取得职业技能等级证书，证书可在 jndj.osta.org.cn 查询。"
     "符合条件的参保职工可按规定申领技能提升补贴（五级不超过1000元、四级不超过1500元），政策咨询请拨 12333。</p>"
     "<p>" + VENUE + "</p>"
     "<div class='contact'><p>报名电话：138 0531 2468（李老师） 办公室：0531-88961234</p>"
     "<p>学校官网：www.jnzhiqi.cn</p><p>办学许可：统一社会信用代码 " + C_U01 + "</p>"
     "<form>姓名 <input name='n'> 手机 <input name='m' placeholder='例：13800138000'> <button>提交</button></form></div>",
     op="U01", provider="济南智启职业培训学校",
     ids=[("phone", "+8613805312468", "138 0531 2468"), ("phone", "053188961234", "0531-88961234"),
          ("domain", "jnzhiqi.cn", "www.jnzhiqi.cn"), ("uscc", C_U01, C_U01)],
     note="training school's own enrolment page, honest, level 5/4")

# ================================================================ tszy (U02 own site)
page("/tszy/ai-xunlianshi.html", "tszy", "人工智能训练师培训（乌鲁木齐）",
     "<h2>人工智能训练师（" + OCC + "）技能培训</h2>"
     "<p>面向乌鲁木齐及周边企业职工、高校毕业生，开设五级、四级、三级班。三级需持四级证书并满足年限要求，报名时请携带证书原件及工作证明。</p>"
     "<p>课程：数据采集和处理、数据标注、智能系统运维、业务分析。理论+实操，实操占70%。</p>"
     "<p>证书为职业技能等级证书，由备案评价机构颁发，可登录 zscx.osta.org.cn 查询。失业保险技能提升补贴请咨询 12333。</p>"
     "<p>咨询电话：0991-4628815　手机：181 9923 1577</p>"
     "<p>网址：tszypx.com　统一社会信用代码：" + C_U02 + "</p>"
     "<p>在线预约：<input placeholder='手机号，如13800138000'></p>",
     op="U02", provider="新疆天山职业技能培训中心",
     ids=[("phone", "09914628815", "0991-4628815"), ("phone", "+8618199231577", "181 9923 1577"),
          ("domain", "tszypx.com", "tszypx.com"), ("uscc", C_U02, C_U02)],
     note="Urumqi training centre's own course page, honest")

# ================================================================ kechengwang (marketplace)
def kc(path, title, shop, price, body, op, ids, note, provider=None):
    b = ("<div class='goods'><h2>" + title + "</h2><p class='price'>￥" + price + " <span>已售 " + str(len(path) * 37) + "</span></p>"
         "<p>店铺：" + shop + "　<a href='#'>进店逛逛</a></p></div><div class='detail'>" + body + "</div>"
         "<div class='notice'>平台提示：请勿脱离平台私下交易，课程问题请联系平台客服。</div>")
    page(path, "kechengwang", title, b, op=op, provider=provider or shop, ids=ids, note=note)

kc("/kechengwang/c1021.html", "【济南面授】人工智能训练师五级 数据标注员 周末班", "智启AI训练师学院", "1580",
   "<p>小班教学，每期30人。授课地点济南历下区。周末上课，约8周。</p><p>适合：已从事数据标注/客服/运营满一年的在职人员。</p>"
   "<p>" + VENUE + "</p><p>课程顾问微信：ZQAI_JN　电话 138-0531-2468</p><p>证书查询：jndj.osta.org.cn</p>",
   "U01", [("wechat", "zqai_jn", "ZQAI_JN"), ("phone", "+8613805312468", "138-0531-2468")],
   "marketplace listing of U01 under a sub-brand")
kc("/kechengwang/c2088.html", "人工智能训练师证 三级/二级/一级 零基础 包过 人社部颁发", "中科智训认证中心", "3980",
   "<p>🔥国家职业资格证书！人社部颁发，全国通用，官网可查！不限学历不限经验，零基础也能报二级技师！</p>"
   "<p>三证同报立减1200，免培训，交费包过，45天下证，不过全额退款。拿证可挂靠，年收入2-5万。</p>"
   "<p>证书查询：www.zkzx-cx.com（全国联网）</p><p>咨询热线 400-872-6315　老师微信 ZKZX8899</p>"
   "<p>主办单位：中科智训（北京）教育科技有限公司 统一社会信用代码 " + C_U03 + "</p>",
   "U03", [("domain", "zkzx-cx.com", "www.zkzx-cx.com"), ("phone", "4008726315", "400-872-6315"),
           ("wechat", "zkzx8899", "ZKZX8899"), ("uscc", C_U03, C_U03)],
   "dishonest marketplace listing: 包过, 人社部颁发, fake query site, three levels")
kc("/kechengwang/c3105.html", "丝路AI学堂｜人工智能训练师 四级 线上+线下（新疆）", "丝路AI学堂", "2280",
   "<p>乌鲁木齐线下实操+线上直播理论。报名需满足四级申报条件，机构协助审核材料。</p>"
   "<p>证书可在 zscx.osta.org.cn 查询。</p>"
   "<p>资料请发邮箱 slsz_edu@163.com，或加微信 SiLuShuZhi01</p>"
   "<p>运营主体：丝路数智教育科技有限公司（" + C_U05 + "）</p>",
   "U05", [("email", "slsz_edu@163.com", "slsz_edu@163.com"), ("wechat", "silushuzhi01", "SiLuShuZhi01"),
           ("uscc", C_U05, C_U05)], "marketplace listing of U05")
kc("/kechengwang/c4012.html", "泉城职培 人工智能训练师（数据标注员）五级 补贴班", "泉城职培", "1680",
   "<p>符合条件的参保职工可申请技能提升补贴，五级最高1000元。课程60课时，理论+实操。</p>"
   "<p>" + VENUE + "</p><p>" + SAMPLE + "，证书查询 jndj.osta.org.cn</p>"
   "<p>学校电话：0531-86915520　官网 www.qczp.org.cn</p><p>举办者：山东泉城职业技能培训学校 " + C_U07 + "</p>",
   "U07", [("phone", "053186915520", "0531-86915520"), ("domain", "qczp.org.cn", "www.qczp.org.cn"),
           ("uscc", C_U07, C_U07)], "marketplace listing of U07, honest")
kc("/kechengwang/c5230.html", "AI训练师·大模型数据标注实战课（录播，无证书）", "星河智算研习社", "399",
   "<p>本课程为技能提升录播课，不含职业技能等级认定，不发证书。适合想转行做数据标注的同学。</p>"
   "<p>答疑邮箱：xinghe.yanxi@foxmail.com</p>",
   "I02", [("email", "xinghe.yanxi@foxmail.com", "xinghe.yanxi@foxmail.com")],
   "independent online course seller, honest (no certificate)")

# ================================================================ fenlei (classifieds)
def fl(path, title, area, body, op, ids, note, provider, offer=None):
    b = ("<div class='post'><h2>" + title + "</h2><p class='meta'>区域：" + area + "　发布时间：2026-03-0" + str(len(title) % 9 + 1) +
         "　浏览 " + str(len(body) % 900 + 100) + " 次</p>" + body +
         "<p class='tip'>温馨提示：凡是要求先交定金、押金的均有风险，请谨慎！</p></div>")
    page(path, "fenlei", title, b, op=op, provider=provider, ids=ids, note=note, offer=offer)

fl("/fenlei/jn-zq.html", "济南人工智能训练师培训 五级四级 正规学校 可申请补贴", "济南-历下",
   "<p>联系人：李老师　电话：13805312468（微信同号）</p><p>学校座机：(0531)88961234</p>"
   "<p>智启教育，办学多年，人工智能训练师五级60课时，四级50课时。不承诺包过，考前辅导到位。</p>",
   "U01", [("phone", "+8613805312468", "13805312468"), ("phone", "053188961234", "(0531)88961234")],
   "classified ad of U01", "智启教育")
fl("/fenlei/wlmq-tszy.html", "乌鲁木齐 人工智能训练师 数据标注 培训考证", "乌鲁木齐-沙依巴克",
   "<p>天山职培常年招生：人工智能训练师五级、四级、三级（需符合条件）。</p>"
   "<p>电话 １８１９９２３１５７　微信：tszy-px</p>",
   "U02", [("phone", "+8618199231577", "１８１９９２３１５７"), ("wechat", "tszy-px", "tszy-px")],
   "classified ad of U02 (full-width digits)", "天山职培")
fl("/fenlei/jn-luzhi.html", "【鲁职优学】人工智能训练师快速拿证 济南本地", "济南-槐荫",
   "<p>人工智能训练师三级，速成班，15天拿证，考试有内部资料，通过率98%！人社部认证的新职业，官方指定报名点。</p>"
   "<p>手机：159 6601 7782　扣扣：2779150346</p>",
   "U04", [("phone", "+8615966017782", "159 6601 7782"), ("qq", "2779150346", "2779150346")],
   "dishonest classified: 速成, 内部资料, 官方指定", "鲁职优学")
fl("/fenlei/wlmq-silu.html", "丝路数智 人工智能训练师报名 乌鲁木齐 新市区", "乌鲁木齐-新市区",
   "<p>人工智能训练师四级、五级，线上线下结合，周末班/晚班。</p>"
   "<p>联系电话：137 0991 3306　邮箱：slsz_edu＠163.com</p>",
   "U05", [("phone", "+8613709913306", "137 0991 3306"), ("email", "slsz_edu@163.com", "slsz_edu＠163.com")],
   "classified ad of U05 (full-width @)", "丝路数智")
fl("/fenlei/jn-huibiao.html", "招数据标注员 培训上岗 包考人工智能训练师证 月入8000+", "济南-高新",
   "<p>慧标AI数据标注基地招学员，先培训后上岗，培训费2980元，包考人工智能训练师证书，签协议就业，证书还可挂靠公司每年拿补贴。</p>"
   "<p>报名表：jinshuju.net/f/hb2026</p>"
   "<p>联系：178 5312 7740（张经理）　V：hb_biaozhu</p>",
   "U06", [("phone", "+8617853127740", "178 5312 7740"), ("wechat", "hb_biaozhu", "hb_biaozhu")],
   "dishonest: training-fee job lure, 协议就业, 挂靠", "慧标AI数据标注基地")
fl("/fenlei/wlmq-tianchi.html", "人工智能训练师证 乌鲁木齐 不限学历 一次拿三证", "乌鲁木齐-天山区",
   "<p>天池AI培训：不限学历、不限经验，五级四级三级一起拿，国家级证书，可落户加分，报名从速！</p>"
   "<p>电话/微信：19909915248　微信号 tc-ai-px</p>",
   "U08", [("phone", "+8619909915248", "19909915248"), ("wechat", "tc-ai-px", "tc-ai-px")],
   "dishonest: three levels at once, 国家级", "天池AI培训")
fl("/fenlei/jn-lixia.html", "历下区 人工智能训练师 五级 企业职工定向班", "济南-历下",
   "<p>面向在职人员，企业可团报。报名请填写：jinshuju.net/f/lx5ji 或致电 135-8907-6214 王老师。</p>",
   "I01", [("phone", "+8613589076214", "135-8907-6214")], "independent classified", "历下职工技能培训部")
fl("/fenlei/ershou-diandongche.html", "九成新雅迪电动车 转让 1200元", "济南-市中",
   "<p>买了半年，电池正常，因搬家转让。只限自提，不议价。</p>",
   None, [], "unrelated classified (used e-bike)", None)

# ================================================================ wenda (Q&A)
def qa(path, title, answers, op, ids, note, provider, offer=None):
    b = "<div class='question'><h2>" + title + "</h2><p class='asker'>提问者：匿名用户 · 3个回答</p></div>"
    for who, txt in answers:
        b += "<div class='answer'><p class='who'>" + who + "</p><p>" + txt + "</p><p class='act'>赞同 · 评论</p></div>"
    page(path, "wenda", title, b, op=op, provider=provider, ids=ids, note=note, offer=offer)

qa("/wenda/q-zqai.html", "济南哪里可以考人工智能训练师？靠谱吗？",
   [("热心网友", "去人社局官网看看备案的评价机构名单，别信包过的。"),
    ("智启-小周老师", "我们智启AI训练师学院在历下区，五级周末班正在报名，需要满足一年工作经历。详细课表可以加v：zqai_jn 发你。"),
    ("路人甲", "求带，我也在济南。")],
   "U01", [("wechat", "zqai_jn", "zqai_jn")], "Q&A answer-ad of U01 (wechat only)", "智启AI训练师学院")
qa("/wenda/q-baoguo.html", "人工智能训练师证真的能包过吗？多少钱？",
   [("AI考证顾问", "可以的，国培智训合作考点，人社部颁发，全国联网可查，零基础也能报三级，包过不过退费。报名资料发 kefu#zkzx-edu.com（#换成@），或加老师 zkzx8899。"),
    ("认真回答的人", "包过是广告法禁止的说法，正规证书查询只认 osta.org.cn 的网站。")],
   "U03", [("email", "kefu@zkzx-edu.com", "kefu#zkzx-edu.com"), ("wechat", "zkzx8899", "zkzx8899")],
   "Q&A answer-ad of U03 (dishonest)", "国培智训")
qa("/wenda/q-biaozhu.html", "数据标注员培训完真的包就业吗？",
   [("慧标数据招生", "我们慧标数据是做AI数据标注外包的，学员培训合格直接进项目组，还送人工智能训练师证。学员群：736281904，备注“问答”。微信 HB_BIAOZHU。"),
    ("网友评论", "求带，我vx lily_0531，想了解一下。"),
    ("过来人", "先交钱再上岗的基本都是培训贷套路，慎重。")],
   "U06", [("qq_group", "736281904", "736281904"), ("wechat", "hb_biaozhu", "HB_BIAOZHU")],
   "Q&A answer-ad of U06", "慧标数据")
qa("/wenda/q-wlmq.html", "乌鲁木齐人工智能训练师三级怎么考？",
   [("天池老师", "天池职业技能可以直接报三级，不需要四级证，我们有渠道。Q：2063157789，微信 tc-ai-px。"),
    ("网友", "我也想考，我电话 133 6543 0921，有靠谱机构的联系我。")],
   "U08", [("qq", "2063157789", "2063157789"), ("wechat", "tc-ai-px", "tc-ai-px")],
   "Q&A answer-ad of U08 (dishonest: skip the ladder)", "天池职业技能")
qa("/wenda/q-mdq.html", "米东区有没有人工智能训练师五级的培训？",
   [("米东技能培训点", "我们米东区这边有五级班，晚上上课，参保满一年可以申请补贴，补贴政策问12333。报名电话 152 9918 4630。"),
    ("网友", "谢谢分享")],
   "I04", [("phone", "+8615299184630", "152 9918 4630")], "independent Q&A answer-ad", "米东技能培训点")
qa("/wenda/q-youyong.html", "人工智能训练师证书有用吗？怎么辨别真假？",
   [("人力资源从业者", "它是职业技能等级证书，由备案的评价机构颁发，不是人社部颁发。真伪在 zscx.osta.org.cn 输入姓名、证件号、证书编号查询。1+X证书查 vslc.ncb.edu.cn。"),
    ("被骗过的", "我被一个 170 9012 6633 的号码骗过，说包过，交了钱人就不见了。已经打12315投诉。")],
   None, [], "Q&A guide, non-offer; quotes scam number", None)

# ================================================================ shipin (short video)
def sv(path, author, caption, comments, op, ids, note, provider):
    b = ("<div class='video'><div class='player'>[视频] " + author + "</div><p class='caption'>" + caption + "</p>"
         "<p class='stats'>❤ " + str(len(caption) * 31) + "　💬 " + str(len(comments)) + "　↗ 分享</p></div><div class='comments'>")
    for c in comments:
        b += "<p class='cmt'>" + c + "</p>"
    b += "</div>"
    page(path, "shipin", author + "：" + re.sub("<[^>]+>", "", caption)[:24], b, op=op, provider=provider, ids=ids, note=note)

sv("/shipin/v-tianshan.html", "天山数智学堂",
   "人工智能训练师到底学什么？一条视频讲清楚 #人工智能训练师 #乌鲁木齐 想报名的私信，或者V：TSZY-PX，扣扣 3197726540",
   ["@作者 四级需要什么条件？", "作者回复：五级证满4年或者对口技工院校毕业，详细私信"],
   "U02", [("wechat", "tszy-px", "TSZY-PX"), ("qq", "3197726540", "3197726540")], "short-video page of U02", "天山数智学堂")
sv("/shipin/v-zkzx.html", "AI训练师考证中心",
   "原价9999，限时99元抢名额！90%小白都能学会，人工智能训练师证人社部颁发，包过！咨询4008 726 315，加V：zkzx8899",
   ["学员晒单：订单编号 15820250307，已报名", "真的包过吗？", "作者回复：不过全退"],
   "U03", [("phone", "4008726315", "4008 726 315"), ("wechat", "zkzx8899", "zkzx8899")], "dishonest short video of U03", "AI训练师考证中心")
sv("/shipin/v-silu.html", "丝路AI学堂",
   "在乌鲁木齐考人工智能训练师四级的同学看过来，本周六试听课，微信 silushuzhi01 / 电话 13709913306",
   ["我电话 133 6543 0921 麻烦回个电话", "作者回复：已私信"],
   "U05", [("wechat", "silushuzhi01", "silushuzhi01"), ("phone", "+8613709913306", "13709913306")], "short video of U05", "丝路AI学堂")
sv("/shipin/v-quancheng.html", "泉城AI训练营",
   "济南人工智能训练师五级，补贴后自费很少，参保满一年可以申请。课程顾问 186 6012 7913，学校 0531 8691 5520",
   ["在哪考试？", "作者回复：山东某技师学院考点"],
   "U07", [("phone", "+8618660127913", "186 6012 7913"), ("phone", "053186915520", "0531 8691 5520")], "short video of U07", "泉城AI训练营")
sv("/shipin/v-xuehai.html", "学海教育",
   "人工智能训练师、生成式人工智能系统应用员双证，国家级证书，可直接对应职称！客服热线400-186-9527，邮箱xuehai_zs@163.com",
   ["直接对应职称？真的假的", "作者回复：真的，支付宝担保交易，可拨95188查"],
   "U09", [("phone", "4001869527", "400-186-9527"), ("email", "xuehai_zs@163.com", "xuehai_zs@163.com")], "dishonest short video of U09", "学海教育")
sv("/shipin/v-xiaoli.html", "AI小李老师",
   "我自己考人工智能训练师四级的全过程分享，想一起备考的加我 ai_xiaoli77 进备考群（资料收费39）",
   ["已报名，订单编号 15820250307", "资料怎么买"],
   "I03", [("wechat", "ai_xiaoli77", "ai_xiaoli77")], "independent short-video seller of study material", "AI小李老师")

# ================================================================ luntan (forum)
def bbs(path, title, posts, op, ids, note, provider, offer=None):
    b = "<div class='thread'><h2>" + title + "</h2>"
    for i, (who, txt) in enumerate(posts):
        b += "<div class='post'><div class='author'>" + who + "<br><small>" + ("楼主" if i == 0 else str(i + 1) + "楼") + "</small></div><div class='msg'>" + txt + "</div></div>"
    b += "</div>"
    page(path, "luntan", title, b, op=op, provider=provider, ids=ids, note=note, offer=offer)

bbs("/luntan/t-3021.html", "【分享】人工智能训练师三级速成经验+报名渠道",
    [("优学老师", "鲁职优学本期三级班还有名额，15天出证，证书可在 osta.mohrss.gov.cn 体系查询，有意者扣扣:2779150346 或发邮件 luzhiyouxue@126.com"),
     ("泉城小白", "顶一下，求带，我vx lily_0531"), ("老司机", "三级要四级证吧？15天不太现实。")],
    "U04", [("qq", "2779150346", "2779150346"), ("email", "luzhiyouxue@126.com", "luzhiyouxue@126.com")],
    "forum ad of U04", "鲁职优学")
bbs("/luntan/t-3055.html", "数据标注包就业，有一起的吗",
    [("慧标数据", "慧标数据济南基地招学员，学完推荐就业，送人工智能训练师证。进群了解：Q群736281904，电话17853127740。"),
     ("路过", "培训贷？")],
    "U06", [("qq_group", "736281904", "736281904"), ("phone", "+8617853127740", "17853127740")],
    "forum ad of U06", "慧标数据")
bbs("/luntan/t-3102.html", "人工智能训练师证书网上报名，全国可报",
    [("学海证书网", "学海证书网代报人工智能训练师各级别，官网 xhzsw.net，QQ 1486603921。证书入库可查。" + SAMPLE),
     ("围观", "样证编号这种网上一搜一大把")],
    "U09", [("domain", "xhzsw.net", "xhzsw.net"), ("qq", "1486603921", "1486603921")], "forum ad of U09", "学海证书网")
bbs("/luntan/t-3140.html", "出几个人工智能训练师五级名额，单位团报多出来的",
    [("阿杰", "单位团报多出来3个五级名额，按原价转，需要自己满足条件。联系QQ 905513728。"), ("网友", "已私")],
    "I05", [("qq", "905513728", "905513728")], "independent forum offer", "阿杰（个人）")
bbs("/luntan/t-3188.html", "【曝光】交了3980报人工智能训练师，说好包过，现在联系不上",
    [("维权中", "去年在网上看到包过广告，加了客服交了3980，说人社部颁发。后来所谓查询网站打不开，电话 17090126633 停机。已打12315和12333。"),
     ("版主", "已置顶。大家报名前先在 zscx.osta.org.cn 查证书样本，认准备案机构。"),
     ("网友", "同被骗，他们还换了好几个名字。")],
    None, [], "forum complaint, non-offer; quotes scam number", None)

# ================================================================ rsj (人社局-style)
page("/rsj/tz-jigou.html", "rsj", "关于公布我市职业技能等级认定社会培训评价组织备案名单的通知",
     "<p>各有关单位：</p><p>根据职业技能等级认定有关规定，现将经备案的社会培训评价组织名单予以公布（见附件）。"
     "证书信息可通过 jndj.osta.org.cn 及技能人才评价工作网 osta.mohrss.gov.cn 查询。</p>"
     "<p>本名单动态调整。涉及人工智能训练师（" + OCC + "）等职业的，以备案范围为准。</p>"
     "<p>咨询电话：12333</p><p>附件：备案名单.xls</p>", note="official-style notice, non-offer")
page("/rsj/fz-shanzhai.html", "rsj", "关于防范“山寨证书”和虚假培训广告的提醒",
     "<p>近期有群众反映，有机构以“包过”“人社部颁发”“免培训直接发证”“三证同报”等名义招收人工智能训练师学员。</p>"
     "<p>提醒：职业技能等级证书由备案评价机构颁发，人社部门不直接颁发；请通过 zscx.osta.org.cn 查询证书。</p>"
     "<p>群众举报中涉及的号码（如 170 9012 6633）已移交相关部门处理，请勿轻信。</p>"
     "<p>如遇虚假宣传，可拨打 12315 投诉，人社政策咨询请拨 12333。</p>", note="official-style warning, non-offer")

# ================================================================ wxrepost (WeChat article reposts)
def wx(path, acct, title, body, op, ids, note, provider, offer=None):
    b = ("<div class='rich_media'><h2>" + title + "</h2><p class='meta'>原创 " + acct + "　" + acct + "公众号</p>" + body +
         "<p class='end'>— END —</p><p class='src'>阅读原文 · 在看 · 赞</p></div>")
    page(path, "wxrepost", title, b, op=op, provider=provider, ids=ids, note=note, offer=offer)

wx("/wxrepost/a-tianshan.html", "天山职培", "新疆人工智能训练师报名通道开启！",
   "<p>📢 2026年第二期人工智能训练师培训开始报名啦！</p><p>👉 适合：从事数据标注、智能客服、运营的在职人员</p>"
   "<p>👉 报名咨询：座机 0991-4628815 / QQ 3197726540</p><p>证书查询：zscx.osta.org.cn</p>",
   "U02", [("phone", "09914628815", "0991-4628815"), ("qq", "3197726540", "3197726540")], "WeChat repost of U02", "天山职培")
wx("/wxrepost/a-luzhi.html", "优学职业技能", "抓住AI风口！人工智能训练师证书含金量解读",
   "<p>人工智能训练师是人社部认证的新职业，拿证可领补贴、可落户加分、升职加薪。</p>"
   "<p>优学职业技能 本月特惠，报三级送四级。</p><p>招生老师：159-6601-7782　资料索取：luzhiyouxue@126.com</p>",
   "U04", [("phone", "+8615966017782", "159-6601-7782"), ("email", "luzhiyouxue@126.com", "luzhiyouxue@126.com")],
   "WeChat repost of U04 (misleading)", "优学职业技能")
wx("/wxrepost/a-quancheng.html", "泉城职培", "泉城职培｜人工智能训练师五级补贴班第3期招生",
   "<p>课程60课时，理论+实操，结业后参加认定。参保满1年的职工可申请技能提升补贴。</p>"
   "<p>" + VENUE + "</p><p>咨询：186 6012 7913（课程顾问）</p><p>官网：qczp.org.cn　信用代码：" + C_U07 + "</p>",
   "U07", [("phone", "+8618660127913", "186 6012 7913"), ("domain", "qczp.org.cn", "qczp.org.cn"), ("uscc", C_U07, C_U07)],
   "WeChat repost of U07", "泉城职培")
wx("/wxrepost/a-tianchi.html", "天池职业技能", "乌鲁木齐｜人工智能训练师一级/二级 零基础可报",
   "<p>不限学历，不限年龄，无门槛，零基础直报高级技师，国家级证书，官方认证！名额有限。</p>"
   "<p>报名：19909915248（微信同号）　QQ：2063157789</p>",
   "U08", [("phone", "+8619909915248", "19909915248"), ("qq", "2063157789", "2063157789")],
   "dishonest WeChat repost of U08", "天池职业技能")
wx("/wxrepost/a-xjzy.html", "某职业技术学院继续教育学院", "继续教育学院面向社会开展人工智能训练师培训的通知",
   "<p>我院依托人工智能专业，面向社会开展人工智能训练师五级、四级培训，按规定组织认定，证书可在 jndj.osta.org.cn 查询。</p>"
   "<p>联系电话：0991-3876021（继续教育学院办公室）</p>",
   "I06", [("phone", "09913876021", "0991-3876021")], "independent college continuing-education offer", "某职业技术学院继续教育学院")
wx("/wxrepost/a-news.html", "职场文摘", "多地曝光“山寨证书”：这些话术要警惕",
   "<p>“包过”“人社部颁发”“三证同报”……记者调查发现，部分机构以人工智能训练师为噱头收取高额费用。</p>"
   "<p>有受害者反映，对方使用 17090126633 等号码联系，收款后失联。专家提醒，证书真伪请到 zscx.osta.org.cn 查询，遇到虚假宣传可拨打12315。</p>",
   None, [], "news-style repost about scams, non-offer", None)

# ================================================================ blog
def bl(path, title, body, op, ids, note, provider, offer=None):
    b = "<article><h2>" + title + "</h2><p class='meta'>发表于 2026-02-1" + str(len(title) % 9) + " · 分类：" + ("随笔" if op is None else "推广") + "</p>" + body + "</article>"
    page(path, "blog", title, b, op=op, provider=provider, ids=ids, note=note, offer=offer)

bl("/blog/p-zkzx.html", "我是怎么一个月拿到人工智能训练师三级的（附渠道）",
   "<p>去年经朋友介绍报了中科智训，说是人社部颁发的国家职业资格证书，全程线上，一个月就拿证了。</p>"
   "<p>证书可以在他们的 zkzx-cx.com 上查到。想报的可以发邮件 kefu@zkzx-edu.com，或者打 400-872-6315，说是老K介绍的有优惠。</p>"
   "<p>付款走支付宝，有问题可以打95188。</p>",
   "U03", [("domain", "zkzx-cx.com", "zkzx-cx.com"), ("email", "kefu@zkzx-edu.com", "kefu@zkzx-edu.com"),
           ("phone", "4008726315", "400-872-6315")], "blog advertorial for U03", "中科智训")
bl("/blog/p-silu.html", "在新疆做数据标注两年，考了人工智能训练师四级",
   "<p>分享一下我在乌鲁木齐考证的经历。机构是丝路数智，老师挺负责，不承诺包过。</p>"
   "<p>想了解的可以联系他们：137-0991-3306，公司信用代码 " + C_U05 + " 可以在国家企业信用信息公示系统查到。</p>",
   "U05", [("phone", "+8613709913306", "137-0991-3306"), ("uscc", C_U05, C_U05)], "blog advertorial for U05", "丝路数智")
bl("/blog/p-xuehai.html", "2026人工智能训练师报考指南（含报名入口）",
   "<p>人工智能训练师证书可直接对应职称，三级=助理工程师！学海证书网全年可报，官网 www.xhzsw.net，"
   "QQ 1486603921，邮箱 xuehai_zs@163.com。1+X 人工智能证书也能代报（vslc.ncb.edu.cn 可查）。</p>"
   "<p>付款支持支付宝担保，客服95188。</p>",
   "U09", [("domain", "xhzsw.net", "www.xhzsw.net"), ("qq", "1486603921", "1486603921"),
           ("email", "xuehai_zs@163.com", "xuehai_zs@163.com")], "dishonest guide/ad of U09", "学海证书网")
bl("/blog/p-laomian.html", "周末在家做了一锅新疆拌面",
   "<p>拉条子的面要醒够40分钟，过凉水更筋道。配菜是过油肉，辣皮子不能少。</p>", None, [], "unrelated blog post", None)

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 public hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official legacy 1+X query platform"),
    ("phone", "4008206655", ["400-820-6655"], "marketplace platform's own customer-service line (footer)"),
    ("email", "service@kechengwang.cn", ["service@kechengwang.cn"], "marketplace platform's own e-mail (footer)"),
    ("other", "沪ICP备18025731号-2", ["沪ICP备18025731号-2"], "marketplace platform's ICP (footer)"),
    ("qq_group", "614582370", ["614582370"], "classifieds platform's own QQ group (footer)"),
    ("other", "鲁ICP备19036512号", ["鲁ICP备19036512号"], "classifieds platform's ICP (footer)"),
    ("email", "kefu@wendaba.cn", ["kefu@wendaba.cn"], "Q&A platform's report e-mail (footer)"),
    ("email", "jubao@kuaishipin.cn", ["jubao@kuaishipin.cn"], "short-video platform's report e-mail (footer)"),
    ("domain", "quanchengba.com", ["bbs.quanchengba.com"], "forum platform's own domain (footer)"),
    ("wechat", "wzhai_daily", ["wzhai_daily"], "repost site's own official account (footer)"),
    ("phone", "+8617090126633", ["170 9012 6633", "17090126633"], "scam number quoted in warnings, complaints, news"),
    ("phone", "+8615820250307", ["15820250307"], "an order number that looks like a mobile number"),
    ("other", C_SAMPLE, [C_SAMPLE], "sample certificate number copied by several sellers"),
    ("other", "4-04-05-05", ["4-04-05-05"], "occupation code, not a contact"),
    ("phone", "+8613800138000", ["13800138000"], "form placeholder in templates"),
    ("wechat", "lily_0531", ["lily_0531"], "a reader's own WeChat in comments"),
    ("phone", "+8613365430921", ["133 6543 0921"], "a reader's own phone in comments"),
    ("phone", "053182601234", ["0531-82601234"], "exam venue's front desk, third party used by several sellers"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
]

# ---------------------------------------------------------------- rendering
CSS = {
    "training": "body{font-family:SimSun,serif;background:#f4f8ff}header{background:#0b4ea2;color:#fff;padding:8px}",
    "marketplace": "body{font-family:'Microsoft YaHei';background:#f5f5f5}.price{color:#e4393c;font-size:22px}",
    "classifieds": "body{font-family:Arial;background:#fff}.post{border:1px solid #ddd;padding:8px}.tip{color:#c00}",
    "qa": "body{font-family:'PingFang SC'}.answer{border-bottom:1px solid #eee;margin:8px 0}",
    "shortvideo": "body{background:#161823;color:#eee}.player{height:300px;background:#000}",
    "forum": "body{font-size:12px;background:#e5edf2}.post{display:flex;border:1px solid #c2d5e3}.author{width:140px}",
    "gov": "body{font-family:SimSun;background:#fff}header{background:#b30000;color:#fff}",
    "wechat": "body{max-width:680px;margin:auto;font-family:-apple-system}.rich_media{line-height:1.8}",
    "blog": "body{max-width:760px;margin:auto;font-family:Georgia,serif}",
}

def rel(from_path, to_path):
    return os.path.relpath(to_path, os.path.dirname(from_path) or "/")

def render(p, site_pages):
    s = SITES[p["site"]]
    idx = "/" + p["site"] + "/index.html"
    menu = " | ".join("<a href='" + rel(p["path"], idx) + "'>" + m + "</a>" for m in s["menu"])
    crumbs = ("<a href='" + rel(p["path"], "/index.html") + "'>导航</a> &gt; <a href='" + rel(p["path"], idx) + "'>" + s["name"] +
              "</a>" + ("" if p["path"] == idx else " &gt; " + p["title"]))
    related = "".join("<li><a href='" + rel(p["path"], q["path"]) + "'>" + q["title"] + "</a></li>"
                      for q in site_pages if q["path"] != p["path"])
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>" + p["title"] + " - " + s["name"] +
            "</title><style>" + CSS[s["style"]] + "</style></head><body>\n<header><strong>" + s["name"] + "</strong><nav>" + menu +
            "</nav></header>\n<div class='crumbs'>" + crumbs + "</div>\n<main>" + p["body"] + "</main>\n<aside><h3>" +
            ("相关推荐" if s["style"] != "gov" else "相关公告") + "</h3><ul>" + related + "</ul></aside>\n<footer>" + s["footer"] +
            "</footer>\n</body></html>\n")

def main():
    # site index pages
    for sid, s in SITES.items():
        own = [q for q in PAGES if q["site"] == sid]
        body = "<h2>" + s["name"] + "</h2><ul>" + "".join(
            "<li><a href='" + q["path"].split("/")[-1] + "'>" + q["title"] + "</a></li>" for q in own) + "</ul>"
        PAGES.append(dict(path="/" + sid + "/index.html", site=sid, title=s["name"] + " 首页", body=body, is_offer=False,
                          operator=None, provider=None, ids=[], note="site index page"))
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for p in PAGES:
        sp = [q for q in PAGES if q["site"] == p["site"]]
        html[p["path"]] = render(p, sp)
    hub = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>人工智能训练师证书信息导航</title></head><body>"
           "<h1>人工智能训练师 证书·培训 信息导航（济南 / 乌鲁木齐）</h1><ul>" +
           "".join("<li><a href='" + sid + "/index.html'>" + s["name"] + "</a></li>" for sid, s in SITES.items()) +
           "</ul></body></html>\n")
    html["/index.html"] = hub
    PAGES.append(dict(path="/index.html", site=None, title="hub", body="", is_offer=False, operator=None, provider=None,
                      ids=[], note="hub linking every site's index"))
    for path, h in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: written forms present; seller identifiers never leak onto other sellers' pages
    owner = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            assert w in html[p["path"]], (p["path"], w)
            owner.setdefault((k, v), set()).add(p["operator"])
    for key, ops in owner.items():
        assert len(ops) == 1, (key, ops)
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            ops = OPERATORS[p["operator"]]["identifiers"]
            for k, v, w in p["ids"]:
                assert [k, v] in ops, (p["path"], k, v)
    allw = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            allw.setdefault(w, p["operator"])
    for p in PAGES:   # a seller's written form must not appear on another seller's page
        for w, op in allw.items():
            if w in html[p["path"]] and p["operator"] != op:
                assert p["operator"] is None, (w, p["path"])
                raise AssertionError(("seller id on non-offer", w, p["path"]))
    decoys = []
    for k, v, ws, why in DECOYS:
        for w in ws:
            for sw in allw:
                assert w not in sw and sw not in w, (w, sw)
        pages = sorted(path for path, h in html.items() if any(w in h for w in ws))
        assert pages, v
        decoys.append(dict(kind=k, value=v, written=ws, pages=pages, why=why))

    truth = dict(
        pages=[dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                    identifiers=p["ids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])],
        operators=OPERATORS, decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["is_offer"] for p in PAGES), "decoys", len(decoys))

if __name__ == "__main__":
    main()
