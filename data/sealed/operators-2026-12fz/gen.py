#!/usr/bin/env python3
"""Generate a labelled static web of AI-trainer (4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def orgcode(base8):
    s = sum(int(c, 36) * w for c, w in zip(base8, W11714))
    c = 11 - s % 11
    return base8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(head8, org8):
    body = head8 + orgcode(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(body, W32100))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


def I(kind, value, written):
    return (kind, value, written)

# ---------------------------------------------------------------- operators
U1_USCC = uscc("52430400", "MJ4A2731")
U2_USCC = uscc("91320902", "MA1WQ8K3")
U5_USCC = uscc("52320902", "MJ5T0916")
U6_USCC = uscc("91330106", "MA2H7C4Q")
U9_USCC = uscc("91440300", "MA5G3N8R")
I5_USCC = uscc("92430407", "MA4R6P2L")
PLAT_USCC = uscc("91320106", "MA1N5K7D")   # course marketplace operator (decoy)

def m(v, w): return I("phone", "+86" + v, w)

# ---------------------------------------------------------------- sites
SITES = {
 "hyzj": dict(name="衡阳启智职业培训学校", style="training-company", menu=["首页", "培训项目", "报考指南", "师资团队", "联系我们"],
   footer="衡阳市启智职业技能培训学校 版权所有 | 地址：衡阳市蒸湘区解放西路华新开发区 | 湘ICP备2021019377号-1"),
 "ycpx": dict(name="盐城智培教育", style="training-company", menu=["首页", "职业技能", "招生简章", "学员风采", "在线报名"],
   footer="盐城智培教育咨询有限公司 | 盐城市亭湖区开放大道 | 苏ICP备2022031876号 | 统一社会信用代码 " + U2_USCC),
 "ketang": dict(name="学吧课堂·职业技能", style="course-marketplace", menu=["首页", "职业资格", "IT互联网", "考证专区", "机构入驻"],
   footer="学吧课堂 xuebake.com | 平台客服热线 400-820-6617 | 客服邮箱 kefu@xuebake.com | 南京学吧网络科技有限公司 统一社会信用代码 " + PLAT_USCC + " | 苏ICP备19032817号-2"),
 "luntan": dict(name="雁城论坛", style="forum", menu=["首页", "雁城生活", "求职招聘", "教育培训", "曝光台"],
   footer="雁城论坛 hy0734bbs.com | 版主交流QQ群：215637480 | 湘ICP备12004518号-1 | 违法和不良信息举报"),
 "fenlei": dict(name="盐阜百姓信息港", style="classifieds", menu=["首页", "招聘", "二手", "教育培训", "本地服务"],
   footer="盐阜百姓信息港 | 信息审核客服QQ：800098321 | 本站信息由用户自行发布，交易前请核实 | 苏ICP备15020117号"),
 "wenda": dict(name="问答吧", style="qa", menu=["首页", "职场", "教育", "考证", "我要提问"],
   footer="问答吧 wendaba.cn | 侵权/违规举报邮箱：jubao@wendaba.cn | 京ICP备17048823号-3"),
 "wx": dict(name="公号文摘", style="wechat-repost", menu=["首页", "教育", "职场", "本地", "热门"],
   footer="公号文摘 gzwenzhai.com 仅做公众号文章收录，版权归原作者 | 商务合作 bd@gzwenzhai.com"),
 "shipin": dict(name="快看短视频·网页版", style="short-video", menu=["推荐", "关注", "同城", "知识", "直播"],
   footer="快看短视频 | 官方客服微信 kksp_kefu | 网络文化经营许可证 京网文〔2023〕1182-036号"),
 "news": dict(name="衡阳融媒·新闻网", style="news", menu=["首页", "时政", "民生", "教育", "曝光"],
   footer="衡阳融媒新闻网 | 新闻热线 0734-8219110 | 湘ICP备10200931号 | 互联网新闻信息服务许可证 43120180002"),
 "rsj": dict(name="某市人力资源和社会保障局", style="government-notice", menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
   footer="主办：某市人力资源和社会保障局 | 咨询服务电话：12333 | 网站标识码 4304000012 | 证书查询：zscx.osta.org.cn"),
 "shop": dict(name="淘职商城", style="shop", menu=["首页", "分类", "考证培训", "店铺街", "我的订单"],
   footer="淘职商城 taozhimall.com | 支付服务由支付宝提供，支付问题请拨打 95188 | 消费者维权热线 12315"),
}

# ---------------------------------------------------------------- pages
P = []   # each: dict(site, file, title, is_offer, operator, provider, ids, body, note)

def page(site, file, title, body, ids=(), op=None, provider=None, note="", offer=None):
    P.append(dict(site=site, file=file, title=title, body=body, ids=list(ids), operator=op,
                  provider=provider, note=note, is_offer=(op is not None) if offer is None else offer))

# ---- U01 衡阳启智 (honest-ish local school)
u1m = lambda w: m("13973412256", w)
u1w = lambda w: I("wechat", "qizhi0734", w)
u1l = lambda w: I("phone", "07348236617", w)
u1d = I("domain", "qizhi-ai.cn", "www.qizhi-ai.cn")
u1u = I("uscc", U1_USCC, U1_USCC)

page("hyzj", "course-ai5.html", "人工智能训练师（五级/初级工）职业技能等级认定培训班招生",
 """<p>依据《人工智能训练师国家职业技能标准（2021年版）》（职业编码4-04-05-05），本校开设五级（初级工）培训班，课程60课时，内容包括数据采集与处理、数据标注、智能系统运维基础。</p>
<p><b>报名条件：</b>累计从事本职业或相关职业工作满1年（含），或本职业/相关职业学徒期满。<b>不符合条件的请勿报名</b>，本校不做任何"包过"承诺。</p>
<p><b>费用：</b>培训费1280元，认定费按评价机构公示标准另行缴纳。参加失业保险满1年的学员取证后可按规定申请技能提升补贴（五级最高1000元）。</p>
<p>证书为职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询，或拨打12333咨询。</p>
<p>本期考点：衡阳技师学院考点（考点前台 0734-8851207，仅负责考场事务，报名请勿拨打）。认定批次号：0734202603。</p>
<p>报名咨询：{0}（陈老师） 座机：{1} 微信：{2}<br>官网：{3} | 办学许可/统一社会信用代码：{4}</p>""",
 [u1m("139-7341-2256"), u1l("0734-8236617"), u1w("qizhi0734"), u1d, u1u], "U01", "衡阳市启智职业技能培训学校",
 "U01 own site: level-5 course, honest wording, correct eligibility")
page("hyzj", "course-ai3.html", "人工智能训练师三级（高级工）晋级班 | 启智职业培训",
 """<p>面向已取得人工智能训练师四级证书并满足年限要求的在职人员，课程40课时：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>三级技能提升补贴最高2000元（需失业保险参保满1年）。需提交四级证书及工作年限证明，资格审核不通过全额退费。</p>
<p>与衡阳技师学院考点合作安排理论+实操考核（考点前台 0734-8851207）。本期批次号 0734202603。</p>
<p>联系电话：{0} / 手机 {1}（微信同号：{2}）</p>""",
 [u1l("(0734)8236617"), u1m("13973412256"), u1w("QiZhi0734")], "U01", "启智职业培训",
 "U01 own site: level-3 course with eligibility check")
page("fenlei", "p-1.html", "【衡阳】人工智能训练师报名 五级四级 正规备案机构 可申请补贴",
 """<p>湘南AI训练师报考中心长期招生，五级/四级，周末班+线上直播。</p>
<ul><li>五级：工作满一年即可报</li><li>四级：需五级证+4年或工作6年</li><li>参保满一年可申请补贴</li></ul>
<p>证书全国联网可查（zscx.osta.org.cn），12333可咨询。</p>
<p>电话 {0}　加V：{1}（备注：训练师）</p><p class="meta">发布者：陈老师 | 区域：衡阳-蒸湘 | 浏览 1288</p>""",
 [u1m("139 7341 2256"), u1w("QiZhi0734")], "U01", "湘南AI训练师报考中心", "U01 classified ad under another brand")
page("wenda", "q-1.html", "衡阳哪里可以考人工智能训练师证？靠谱吗？",
 """<div class="q">衡阳本地有没有正规的人工智能训练师培训？网上好多说包过的，不敢信。</div>
<div class="a"><b>启智陈老师</b>（认证：教育培训从业者）：<p>首先要看证书是不是在 zscx.osta.org.cn 可查的职业技能等级证书，凡是说"人社部颁发""包过"的都别信。五级要求相关工作满一年。我们学校在蒸湘区，可以来现场看资质，微信 {0}，座机 {1}。</p></div>
<div class="a"><b>匿名用户</b>：<p>问问12333最靠谱。</p></div>
<div class="a"><b>小周</b>：<p>同问，楼主问到了告诉我一声，我电话15973451208，谢谢</p></div>""",
 [u1w("qizhi0734"), u1l("(0734)8236617")], "U01", "启智陈老师", "U01 rep answering on Q&A")

# ---- U02 盐城智培 (honest, Yancheng)
u2m = lambda w: m("13952083174", w)
u2l = lambda w: I("phone", "051588360425", w)
u2e = lambda w: I("email", "zhipei_yc@163.com", w)
page("ycpx", "ai-trainer.html", "人工智能训练师（数据标注员）职业技能等级培训",
 """<p>智培教育开设人工智能训练师（工种：数据标注员）五级、四级培训，理论30%+实操70%，可线上报名。</p>
<p>报名前请自查申报条件；本机构不承诺通过率，考核由备案评价机构组织，证书可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。</p>
<p>在线报名表：<a href="https://wj.qq.com/s2/12873456/ab3c/">wj.qq.com/s2/12873456</a>（手机号示例：13800138000，请填写本人号码）</p>
<p>咨询电话：{0} 手机：{1} 邮箱：{2}<br>统一社会信用代码：{3}</p>""",
 [u2l("0515-88360425"), u2m("139 5208 3174"), u2e("zhipei_yc@163.com"), I("uscc", U2_USCC, U2_USCC)], "U02", "盐城智培教育咨询有限公司",
 "U02 own site: course page")
page("ycpx", "jianzhang-2026.html", "2026年人工智能训练师招生简章（盐城）",
 """<p>开班时间：2026年3月、6月、9月。地点：盐城市亭湖区。</p><p>五级培训费1180元，四级1580元；符合条件者可申领技能提升补贴（五级1000元、四级1500元），详见当地人社部门公告或拨打12333。</p>
<p>报名：{0}（同微信） 办公室：{1}</p>""",
 [u2m("13952083174"), u2l("0515-88360425")], "U02", "智培教育", "U02 own site: 2026 brochure")
page("ketang", "c-1001.html", "【盐城线下】人工智能训练师五级/四级认证培训（数据标注方向）",
 """<p>机构：智培教育（已认证） | 课程编号：KT-1001 | 学习人数 326</p><p>课程含数据采集、清洗、标注工具实操；结课后由评价机构组织认定。</p>
<p>线下报名请联系机构：{0}，资料可发邮箱 {1}</p><p>报名表（仅收集姓名电话）：wj.qq.com</p>""",
 [u2l("0515 8836 0425"), u2e("zhipei_yc#163.com")], "U02", "智培教育", "U02 listing on course marketplace")
page("wx", "a-1.html", "盐城智培｜人工智能训练师开班通知，附防骗提醒",
 """<p class="src">来源公众号：盐城智培教育</p><p>3月班开始报名！课程安排、收费标准详见官网简章。</p>
<p><b>防骗提醒：</b>近期有人冒用我机构名义，使用手机 176 7402 8531 收取"包过费"，该号码与本机构无关。本机构唯一报名电话：{0}。证书真伪请到 zscx.osta.org.cn 查询。</p>""",
 [u2m("139-5208-3174")], "U02", "盐城智培教育", "U02 WeChat repost; quotes a scammer number (decoy)")

# ---- U03 scam: 中科智训 / 国家人工智能训练师认证服务中心
u3t = lambda w: I("phone", "4006178392", w)
u3w = lambda w: I("wechat", "zkzx_kefu01", w)
u3m = lambda w: m("18673419025", w)
u3d = lambda w: I("domain", "zkzx-cert.com", w)
u3o = I("other", "周海燕", "周海燕")
page("luntan", "t-1.html", "人工智能训练师证 零基础直接报高级 人社部颁发 包过",
 """<div class="post"><div class="author">楼主：zkzx小助手 | 注册 3 天</div>
<p>人工智能训练师，国家紧缺岗位！零基础、不限学历、不限经验，一二三级都能报，三证一起办更优惠！人社部颁发，全国通用，入库可查，包过不过全退！</p>
<p>咨询加V：{0}  电话{1}</p></div>
<div class="reply">3楼 雁城老王：又是这种，版主删了吧</div>""",
 [u3w("ZKZX_kefu01"), u3m("18673419025")], "U03", "中科智训", "U03 spam forum post with scam wording")
page("wx", "a-2.html", "重磅！人工智能训练师国家职业资格证书开放报名，2026年最后一批",
 """<p class="src">来源公众号：AI人才认证服务</p><p>国家人工智能训练师认证服务中心联合多部门，现面向全国开放报名。国家职业资格证书，人社部颁发，免培训免考试，资料齐全直接下证，证书官网 {1} 可查！</p>
<p>证书样本编号：S000043000001245000123</p><p>报名热线：{0}。对公转账或扫码付款，收款人：{2}；支付由财付通支付科技有限公司提供，支付宝用户可拨95188查询订单。</p>""",
 [u3t("400-617-8392"), u3d("www.zkzx-cert.com"), u3o], "U03", "国家人工智能训练师认证服务中心", "U03 WeChat repost, fake query site")
page("shipin", "v-1.html", "三天拿证！AI训练师证书月入过万（视频）",
 """<p class="desc">@中科智训官方 ：90%小白都能学会！原价9999限时99元体验课，考证包过，拿证就能升职加薪 #人工智能训练师 #考证</p>
<p>评论置顶：私信或加 {0} ，热线 {1}</p><p>添加微信：wxid_xxxxxx（长按复制）</p>""",
 [u3w("zkzx_kefu01"), u3t("400 617 8392")], "U03", "中科智训官方", "U03 short video with 包过 and 99元 lure")
page("shop", "item-1.html", "人工智能训练师证书 三级 二级 一级 包过套餐 官网可查",
 """<p>店铺：AI证书速办 | 月销 83</p><p>价格：三级 ¥2680 / 二级 ¥3980 / 一级 ¥5680，三个等级打包 ¥8800。人社部颁发，零基础可报，不过退款！</p>
<p>证书查询：{1}；样证编号 S000043000001245000123</p><p>客服热线 {0}，下单后请备注姓名，收款人：{2}</p>""",
 [u3t("4006178392"), u3d("zkzx-cert.com"), u3o], "U03", "AI证书速办", "U03 shop bundle priced per certificate")

# ---- U04 刘老师 individual agent, Hengyang
u4m = lambda w: m("15115429387", w)
u4w = lambda w: I("wechat", "liulaoshi_hy", w)
u4q = lambda w: I("qq", "2837461920", w)
page("luntan", "t-2.html", "有想考人工智能训练师的吗？衡阳本地可以报名",
 """<div class="post"><div class="author">楼主：刘老师考证 | 雁城论坛老用户</div><p>衡阳本地代报名，五级四级都有，周末上课，本期批次号0734202603，考点在衡阳技师学院（前台0734-8851207）。补贴能申请，具体看个人社保。</p>
<p>有意向电话 {0} 或者扣扣 {1}</p></div>
<div class="reply">2楼 lily：求资料，加我微信 lily_hy88</div><div class="reply">5楼 访客：楼主靠谱吗</div>""",
 [u4m("151-1542-9387"), u4q("2837461920")], "U04", "刘老师考证", "U04 forum post, Hengyang agent")
page("fenlei", "p-2.html", "衡阳考证 人工智能训练师/数据标注 代报名 可补贴",
 """<p>湘证通考证服务，人工智能训练师五级、四级代报，协助准备材料，考试跟其他批次一样（批次号0734202603）。</p><p>电话：{0}（刘）　微信：{1}</p>""",
 [u4m("15115429387"), u4w("liulaoshi_hy")], "U04", "湘证通", "U04 classified ad, other brand")
page("wenda", "q-2.html", "人工智能训练师五级好考吗？考试考什么？",
 """<div class="q">想考个人工智能训练师五级，考试考什么？难不难？</div>
<div class="a"><b>刘老师</b>：<p>理论+实操，各100分60分及格，实操主要是数据标注。衡阳这边在技师学院考（前台0734-8851207）。需要报名可以加我vx：{0}，或Q{1}</p></div>""",
 [u4w("LiuLaoShi_HY"), u4q("2837461920")], "U04", "刘老师", "U04 answer on Q&A")

# ---- U05 盐城新程职业培训学校
u5l = lambda w: I("phone", "051588329761", w)
u5m = lambda w: m("13815537720", w)
u5e = I("email", "xincheng_px@126.com", "xincheng_px@126.com")
page("ketang", "c-1003.html", "人工智能训练师（四级/中级工）取证班 · 新程职校",
 """<p>机构：新程职校 | 课程编号：KT-1003 | 课时50</p><p>适合五级证满4年或工作满6年学员，四级可申请补贴1500元。</p>
<p>报名热线：{0}　资料邮箱：{1}</p><p>报名表示例：姓名 张三 手机 13800138000</p>""",
 [u5l("0515-88329761"), u5e], "U05", "新程职校", "U05 marketplace listing")
page("fenlei", "p-3.html", "亭湖区 人工智能训练师培训 政府补贴 小班教学",
 """<p>新程培训（亭湖区）长期开设人工智能训练师五级、四级培训，学校地址：开放大道与青年路交叉口。</p><p>手机：{0}　学校电话：{1}</p><p>在线报名：wj.qq.com/s2/20917733</p>""",
 [u5m("138 1553 7720"), u5l("0515 88329761")], "U05", "新程培训", "U05 classified ad")
page("news", "n-2.html", "【推广】新程职校：让更多盐城人搭上人工智能快车",
 """<p class="lead">（广告）盐城市亭湖区新程职业培训学校近日开设人工智能训练师职业技能培训班……</p>
<p>据校方介绍，学员结业后参加备案评价机构组织的认定，证书可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询，相关补贴政策可拨打12333咨询。</p>
<p>报名咨询：{0}、{1}。学校统一社会信用代码：{2}</p>""",
 [u5l("0515-88329761"), u5m("13815537720"), I("uscc", U5_USCC, U5_USCC)], "U05", "盐城市亭湖区新程职业培训学校", "U05 advertorial on news site")

# ---- U06 未来智学 online AIGC / AI trainer vendor
u6g = lambda w: I("qq_group", "736281945", w)
u6w = lambda w: I("wechat", "wlzx-ai", w)
u6d = lambda w: I("domain", "weilaizhixue.com", w)
page("ketang", "c-1002.html", "AI训练师+AIGC双证班 线上直播 零基础可学",
 """<p>机构：未来智学AI | 课程编号：KT-1002 | ¥2980 | 50节录播+直播</p><p>零基础可学，学完颁发"人工智能训练师"+"AIGC应用"双证书，拿到证书便可升职加薪。</p>
<p>学员交流群：{0}  官网：{1}</p><p>报名登记：jinshuju.net/f/wlzx26</p>""",
 [u6g("736281945"), u6d("www.weilaizhixue.com")], "U06", "未来智学AI", "U06 marketplace listing, double-certificate bundle")
page("wx", "a-3.html", "月薪2万的AI训练师，普通人也能转行？",
 """<p class="src">来源公众号：未来智学</p><p>……文末福利：AI训练师+AIGC双证课限时特价，原价9999，现在只要1980！</p>
<p>扫码加助教微信 {0}，或加入QQ群 {1} 领取资料。</p><p>证书样本（S000043000001245000123）仅供参考。</p>""",
 [u6w("wlzx-ai"), u6g("736281945")], "U06", "未来智学", "U06 WeChat article with course pitch")
page("shipin", "v-2.html", "普通人学AI训练师的第一步（视频）",
 """<p class="desc">@未来智学小林 ：跟着做，30天入门数据标注，想要证书的同学主页看简介 #AI训练师</p><p>简介：V {0}</p>""",
 [u6w("WLZX-AI")], "U06", "未来智学小林", "U06 short-video teaser")
page("shop", "item-2.html", "【智学优选旗舰店】人工智能训练师课程+证书 双证 终身回放",
 """<p>店铺：智学优选旗舰店 | 月销 412</p><p>¥1980 含课程、题库、证书报名服务。最近成交：订单编号 13861024590。</p>
<p>开店主体：杭州未来智学网络科技有限公司（{0}） 官网 {1} 售后邮箱 {2}</p>""",
 [I("uscc", U6_USCC, U6_USCC), u6d("weilaizhixue.com"), I("email", "service@weilaizhixue.com", "service@weilaizhixue.com")], "U06", "智学优选旗舰店", "U06 shop listing")

# ---- U07 湘才人力 Hengyang HR company
u7m = lambda w: m("17708445163", w)
u7w = lambda w: I("wechat", "xc_hr_0734", w)
u7e = lambda w: I("email", "xiangcai_hr@qq.com", w)
page("luntan", "t-3.html", "【招聘+培训】数据标注员 先培训后上岗 可考人工智能训练师证",
 """<div class="post"><div class="author">楼主：湘才人力</div><p>衡阳本地数据标注岗位，先培训后上岗，培训期可考人工智能训练师五级（批次号0734202603），考点衡阳技师学院。</p><p>联系 {0}（微信 {1}）</p></div>
<div class="reply">4楼 小周：我电话15973451208，有合适岗位联系我</div>""",
 [u7m("177 0844 5163"), u7w("xc_hr_0734")], "U07", "湘才人力", "U07 job-plus-training forum post")
page("fenlei", "p-4.html", "衡阳 数据标注员培训 考人工智能训练师 推荐就业",
 """<p>湘才就业服务：培训合格推荐就业（不承诺协议就业），可考人工智能训练师五级。</p><p>电话：{0} 简历投递：{1}</p>""",
 [u7m("177-0844-5163"), u7e("xiangcai_hr@qq.com")], "U07", "湘才就业服务", "U07 classified ad")
page("wenda", "q-3.html", "做数据标注需要考人工智能训练师证吗？",
 """<div class="q">想去做数据标注，有必要考证吗？</div>
<div class="a"><b>湘才HR</b>：<p>不是必须，但有证更好找工作。我们有先培训后上岗的班，简历发 {0}，考点在衡阳技师学院（前台0734-8851207）。</p></div>
<div class="a"><b>lily</b>：<p>同求，加我 lily_hy88 一起学</p></div>""",
 [u7e("xiangcai_hr@qq.com")], "U07", "湘才HR", "U07 answer on Q&A")

# ---- U08 鹤鸣教育 scam with 挂靠 lure, Yancheng
u8m = lambda w: m("19951562804", w)
u8q = lambda w: I("qq", "1594837261", w)
u8w = lambda w: I("wechat", "heming_edu8", w)
page("fenlei", "p-5.html", "人工智能训练师证 挂靠年入3万 包过 不限专业",
 """<p>鹤鸣教育：考个人工智能训练师证，挂靠企业年入2-3万！不限年龄、不限专业、无门槛，包过，速成15天拿证。</p><p>电话{0} QQ{1}</p>""",
 [u8m("19951562804"), u8q("1594837261")], "U08", "鹤鸣教育", "U08 classified ad with 挂靠 lure")
page("wenda", "q-4.html", "人工智能训练师证书可以挂靠吗？一年多少钱？",
 """<div class="q">听说人工智能训练师证可以挂靠，真的假的？</div>
<div class="a"><b>鹤鸣考证</b>：<p>可以的，我们合作企业很多，考完直接挂，年入2万起。详情Q：{0}，微信 {1}</p></div>
<div class="a"><b>路人甲</b>：<p>别信，这个证没什么挂靠价值，打12315投诉。</p></div>""",
 [u8q("1594837261"), u8w("heming_edu8")], "U08", "鹤鸣考证", "U08 self-answer on Q&A")
page("shipin", "v-3.html", "考这个证躺赚！（视频）",
 """<p class="desc">@鹤鸣教育 ：人工智能训练师，官方指定，内部信息，包过！挂靠一年两三万</p><p>置顶评论：咨询 {0}，微信 {1}；付款收款方显示财付通支付科技有限公司属正常</p><p>添加微信：wxid_xxxxxx</p>""",
 [u8m("199-5156-2804"), u8w("heming_edu8")], "U08", "鹤鸣教育", "U08 short video")

# ---- U09 华智鉴定 fake 工信部 centre
u9t = lambda w: I("phone", "4008862715", w)
u9d = lambda w: I("domain", "hzjd-cert.cn", w)
u9u = I("uscc", U9_USCC, U9_USCC)
u9o = I("other", "深圳华智未来教育科技有限公司", "深圳华智未来教育科技有限公司")
page("wx", "a-4.html", "工信部人工智能训练师证书报名通道开启",
 """<p class="src">来源公众号：工信华智认证</p><p>人工智能三级考试由国家工信部职业技能鉴定中心主办，华智职业技能鉴定服务中心承办，证书直接对应职称！</p>
<p>报名热线 {0}，证书查询 {1}。样本编号 S000043000001245000123</p>""",
 [u9t("400-886-2715"), u9d("www.hzjd-cert.cn")], "U09", "工信华智认证", "U09 WeChat repost, fake 工信部 claim")
page("news", "n-3.html", "【企业资讯】华智职业技能鉴定服务中心助力AI人才评价",
 """<p class="lead">（企业供稿）华智职业技能鉴定服务中心称，其人工智能训练师证书"国家认可、官方认证"……</p><p>咨询电话 {0}；机构信用代码 {1}</p>""",
 [u9t("400 886 2715"), u9u], "U09", "华智职业技能鉴定服务中心", "U09 sponsored news")
page("shop", "item-3.html", "华智鉴定 人工智能训练师 工信部证书 可查 职称评定",
 """<p>店铺：华智鉴定官方店 | ¥3680</p><p>官网可查：{0}</p><p>收款主体：{1}，统一社会信用代码 {2}</p>""",
 [u9d("hzjd-cert.cn"), u9o, u9u], "U09", "华智鉴定官方店", "U09 shop listing")

# ---- independents
page("ketang", "c-1004.html", "人工智能训练师五级 周末班（衡阳星辰职校）",
 """<p>机构：衡阳星辰职业技能培训学校 | 课程编号：KT-1004</p><p>60课时，需相关工作满1年；证书 zscx.osta.org.cn 可查。</p><p>咨询：{0} / {1}</p><p>手机号示例：13800138000</p>""",
 [I("phone", "07348471936", "0734-8471936"), I("email", "xingchen_px@163.com", "xingchen_px@163.com")], "I01", "衡阳星辰职业技能培训学校", "independent school listing")
page("luntan", "t-5.html", "盐城有没有一起考人工智能训练师的，拼班便宜",
 """<div class="post"><div class="author">楼主：王姐</div><p>认识一家机构，人多可以团报打折，五级八百多。想拼的电话 {0} 或微信 {1}</p></div>""",
 [m("18762093518", "187 6209 3518"), I("wechat", "wj_yc2026", "wj_yc2026")], "I02", "王姐", "independent group-buy post")
page("wx", "a-5.html", "苏北技能云：人工智能训练师五级线上理论+线下实操班",
 """<p class="src">来源公众号：苏北技能云</p><p>线上理论+线下实操，报名前资格审核。报名登记：jinshuju.net/f/sbjny</p><p>咨询：{0} 官网 {1}</p>""",
 [m("15251071846", "152-5107-1846"), I("domain", "sbjny.cn", "sbjny.cn")], "I03", "苏北技能云", "independent WeChat article")
page("shipin", "v-4.html", "数据标注实操演示｜AI小鹿老师（视频）",
 """<p class="desc">@AI小鹿老师 ：训练师考试实操就考这个，想系统学的可报我的训练营 399元</p><p>V：{0} Q：{1}</p><p>添加微信：wxid_xxxxxx</p>""",
 [I("wechat", "xiaolu_ai666", "xiaolu_ai666"), I("qq", "3091746258", "3091746258")], "I04", "AI小鹿老师", "independent short-video seller")
page("shop", "item-4.html", "人工智能训练师五级 题库+模拟考试 智码考证专营店",
 """<p>店铺：智码考证专营店 | ¥69 题库 + ¥980 培训报名服务</p><p>最近成交：订单编号 13861024590</p><p>客服：{0} 主体：个体工商户 {1}</p>""",
 [I("phone", "4001039527", "400-103-9527"), I("uscc", I5_USCC, I5_USCC)], "I05", "智码考证专营店", "independent shop")
page("fenlei", "p-6.html", "大丰 人工智能训练师 一对一辅导 理论+实操",
 """<p>赵老师，大丰区，一对一辅导人工智能训练师五级理论和实操，不包过，按课时收费。</p><p>电话 {0}</p>""",
 [m("13305152946", "133 0515 2946")], "I06", "赵老师", "independent tutor ad")

# ---- non-offers
page("hyzj", "index.html", "衡阳启智职业培训学校 - 首页", "", offer=False)
page("luntan", "t-4.html", "曝光：交了3800说包过人工智能训练师，现在电话打不通",
 """<div class="post"><div class="author">楼主：被骗的小李</div><p>网上找的，对方说人社部颁发包过，收了3800，现在 176 7402 8531 打不通了，微信也拉黑了。已经打了12315和12333，大家小心！</p></div>
<div class="reply">2楼：证书去 zscx.osta.org.cn 查，查不到就是假的</div>""", note="complaint thread quoting scammer number")
page("wenda", "q-5.html", "人工智能训练师证书怎么查真伪？",
 """<div class="q">拿到一本人工智能训练师证书，怎么查真假？</div><div class="a"><b>热心网友</b>：<p>登录技能人才评价证书全国联网查询 zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn，输入姓名、证件号、证书编号；证书编号是22位，一个字母加21位数字，比如样本 S000043000001245000123 这种格式。有疑问打12333。</p></div>""",
 note="guide on verifying certificates")
page("wx", "a-6.html", "转给家人！人社部提醒：警惕山寨证书",
 """<p class="src">来源公众号：某市人社</p><p>凡是宣称"包过""免考直接发证""人社部颁发"的职业技能等级证书培训，请提高警惕。职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。举报投诉：12333、12315。</p>""",
 note="repost of official warning")
page("news", "n-1.html", "女子花3800元报\"包过\"AI训练师班 对方失联",
 """<p class="lead">记者 周敏</p><p>近日，市民李女士向本报反映，她通过网络联系到一名自称"人社部认证中心"的工作人员，对方使用手机号176 7402 8531，承诺"包过"……</p><p>市人社局提醒，职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询，也可拨打12333咨询；消费纠纷可拨打12315。</p>""",
 note="news report quoting a scammer number")
page("news", "n-5.html", "衡阳东洲岛景区春季开放时间调整", """<p>东洲岛景区自3月起调整开放时间……游客咨询请关注景区公告。</p>""", note="unrelated local news")
page("rsj", "notice-1.html", "关于做好2026年职业技能提升补贴申领工作的通知",
 """<p>各有关单位：……参加失业保险累计缴费满1年的企业职工取得职业技能等级证书的，可按规定申领技能提升补贴，五级最高1000元、四级1500元、三级2000元。证书应可在技能人才评价证书全国联网查询系统（zscx.osta.org.cn）查询。咨询电话：12333。</p>""",
 note="official subsidy notice")
page("rsj", "notice-2.html", "关于开展技术技能类“山寨证书”专项治理的公告",
 """<p>根据人社部函〔2022〕25号……对"包过""不培训直接发证"、冒用"人社部颁发"等行为依法查处。举报电话：12333，消费投诉：12315。职业技能等级证书查询：zscx.osta.org.cn、osta.mohrss.gov.cn。</p>""",
 note="official notice on fake certificates")

# ---------------------------------------------------------------- site index pages
INTRO = {
 "hyzj": "衡阳市启智职业技能培训学校成立于2016年，开展人工智能训练师、电子商务师等职业技能培训。",
 "ycpx": "盐城智培教育专注职业技能培训与就业服务。",
 "ketang": "学吧课堂：汇聚全国职业技能课程。",
 "luntan": "雁城论坛 · 教育培训版：本版禁止发布虚假广告。",
 "fenlei": "盐阜百姓信息港 · 教育培训分类",
 "wenda": "问答吧 · 考证话题",
 "wx": "公号文摘 · 教育职场精选",
 "shipin": "快看短视频 · 知识频道",
 "news": "衡阳融媒新闻网 · 教育与民生",
 "rsj": "某市人力资源和社会保障局 · 通知公告",
 "shop": "淘职商城 · 考证培训类目",
}
for s in SITES:
    if not any(p["site"] == s and p["file"] == "index.html" for p in P):
        page(s, "index.html", SITES[s]["name"] + " - 首页", "", offer=False)

CSS = {
 "training-company": "body{font-family:sans-serif;margin:0}header{background:#14507a;color:#fff;padding:12px}nav a{color:#fff;margin-right:14px}",
 "course-marketplace": "body{font-family:sans-serif;background:#f5f6f8}header{background:#ff6a00;color:#fff;padding:10px}nav a{color:#fff;margin-right:10px}",
 "forum": "body{font:14px SimSun,serif;background:#eef}header{background:#36c;color:#fff}.reply{border-top:1px dashed #999;padding:6px}",
 "classifieds": "body{font-family:sans-serif}header{background:#2b8a3e;color:#fff}.meta{color:#888}",
 "qa": "body{font-family:sans-serif}header{background:#0a7cff;color:#fff}.a{border-left:3px solid #ddd;padding-left:8px}",
 "wechat-repost": "body{max-width:680px;margin:auto;font-family:sans-serif}.src{color:#576b95}",
 "short-video": "body{background:#111;color:#eee;font-family:sans-serif}a{color:#fe2c55}",
 "news": "body{font-family:serif}header{border-bottom:3px solid #c00}.lead{font-weight:bold}",
 "government-notice": "body{font-family:SimSun,serif}header{background:#b30000;color:#fff;padding:14px}",
 "shop": "body{font-family:sans-serif}header{background:#e4393c;color:#fff}",
}


def path_of(p):
    return "/%s/%s" % (p["site"], p["file"])


def render(p):
    site = SITES[p["site"]]
    same = [q for q in P if q["site"] == p["site"]]
    menu = " ".join('<a href="/%s/index.html">%s</a>' % (p["site"], html.escape(x)) for x in site["menu"])
    if p["file"] == "index.html":
        items = "".join('<li><a href="%s">%s</a></li>' % (path_of(q), html.escape(q["title"]))
                        for q in same if q["file"] != "index.html")
        body = "<p>%s</p><ul class=\"list\">%s</ul>" % (INTRO[p["site"]], items)
    else:
        body = p["body"].format(*[w for (_, _, w) in p["ids"]])
    others = [q for q in same if q is not p and q["file"] != "index.html"][:4]
    related = "".join('<li><a href="%s">%s</a></li>' % (path_of(q), html.escape(q["title"])) for q in others)
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (
        p["site"], site["name"], html.escape(p["title"]))
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><style>%s</style></head>
<body class="%s"><header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumbs">%s</div>
<main><h1>%s</h1>
%s
</main>
<aside class="sidebar"><h3>相关推荐</h3><ul>%s</ul></aside>
<footer>%s</footer>
</body></html>
""" % (html.escape(p["title"]), site["name"], CSS[site["style"]], site["style"], site["name"], menu, crumbs,
       html.escape(p["title"]), body, related, site["footer"])

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline quoted by many sellers and notices"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "Alipay customer-service number (payment platform)"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008206617", ["400-820-6617"], "course marketplace's own customer-service line in footer"),
 ("email", "kefu@xuebake.com", ["kefu@xuebake.com"], "course marketplace footer e-mail"),
 ("uscc", PLAT_USCC, [PLAT_USCC], "course marketplace operator's USCC in footer"),
 ("domain", "xuebake.com", ["xuebake.com"], "course marketplace's own domain in footer"),
 ("other", "湘ICP备12004518号-1", ["湘ICP备12004518号-1"], "forum ICP number in footer"),
 ("qq_group", "215637480", ["215637480"], "forum moderators' QQ group in footer"),
 ("qq", "800098321", ["800098321"], "classifieds site's review QQ in footer"),
 ("email", "jubao@wendaba.cn", ["jubao@wendaba.cn"], "Q&A site's report e-mail in footer"),
 ("wechat", "kksp_kefu", ["kksp_kefu"], "short-video platform's customer-service WeChat in footer"),
 ("domain", "taozhimall.com", ["taozhimall.com"], "shop platform's own domain in footer"),
 ("phone", "+8617674028531", ["176 7402 8531"], "scammer number quoted in news, complaint and a seller's anti-impersonation notice"),
 ("phone", "+8613861024590", ["13861024590"], "an order number that looks like a mobile, shown on shop pages"),
 ("phone", "0734202603", ["0734202603"], "exam batch number (looks like a Hengyang landline)"),
 ("other", "S000043000001245000123", ["S000043000001245000123"], "sample certificate number copied across ads"),
 ("phone", "+8613800138000", ["13800138000"], "form placeholder phone"),
 ("wechat", "wxid_xxxxxx", ["wxid_xxxxxx"], "template placeholder WeChat id"),
 ("wechat", "lily_hy88", ["lily_hy88"], "a reader's own WeChat left in comments"),
 ("phone", "+8615973451208", ["15973451208"], "a reader's own phone left in comments"),
 ("phone", "07348851207", ["0734-8851207"], "exam venue front desk (third party)"),
 ("domain", "wj.qq.com", ["wj.qq.com"], "form tool (腾讯问卷)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (金数据)"),
 ("other", "财付通支付科技有限公司", ["财付通支付科技有限公司"], "payment platform shown as payee"),
]


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    texts = {}
    for p in P:
        d = os.path.join(OUT, p["site"])
        os.makedirs(d, exist_ok=True)
        t = render(p)
        with open(os.path.join(d, p["file"]), "w", encoding="utf-8") as f:
            f.write(t)
        texts[path_of(p)] = t
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (s, v["name"], v["style"]) for s, v in SITES.items())
    hubt = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>'
            '<body><h1>网址导航 · 衡阳 / 盐城 考证信息</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(hubt)
    texts["/index.html"] = hubt
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = []
    for p in sorted(P, key=path_of):
        pages.append(dict(path=path_of(p), is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=[list(x) for x in p["ids"]] if p["is_offer"] else [],
                          note=p["note"] or ("site index page" if p["file"] == "index.html" else "")))
    pages.insert(0, dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    ops = {}
    for p in P:
        o = p["operator"]
        if o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in e["brands"]:
                e["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pg = sorted(pp for pp, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
