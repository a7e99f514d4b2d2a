#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (set 12cd). Stdlib only, deterministic."""
import json, os, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CN = str.maketrans("0123456789", "〇一二三四五六七八九")
def fw(s): return s.translate(FW)
def cn(s): return s.translate(CN)

# ---------------------------------------------------------------- identifiers
USCC_ZY = uscc("91330106", "MA2H7K3Q")
USCC_HS = uscc("91440300", "MA5F2R8N")
USCC_XX = uscc("52330106", "MJ884327")
pages = []          # dicts: path, site, title, crumbs, body, is_offer, operator, provider, ids, note
def page(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    pages.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, ids=[list(i) for i in ids], note=note, crumbs=crumbs or [title]))

# --------------------------------------------------------------- site frames
SITES = {
 "zhiyuan": dict(name="智远教育 · 职业技能培训", style="training-company",
    menu=["首页", "职业技能", "人工智能训练师", "城市分校", "招商加盟", "关于我们"],
    side="<h4>热门课程</h4><ul><li>人工智能训练师（四级/三级）</li><li>数据标注员实操班</li><li>健康管理师</li></ul><p>全国免费咨询：400-652-8169</p>",
    foot="智远教育科技（杭州）有限公司 版权所有 | 地址：杭州市拱墅区丽水路 166 号 | 服务热线 400-652-8169 | 浙ICP备2021034417号-1"),
 "huashu": dict(name="华数教育 · 数字技能学院", style="training-company",
    menu=["首页", "AI课程", "证书查询说明", "城市校区", "学员风采", "联系我们"],
    side="<h4>华数优势</h4><ul><li>十年职业教育经验</li><li>全国 30+ 城市校区</li><li>小班实操</li></ul><p>QQ群：651882037</p>",
    foot="深圳华数教育科技有限公司 © 2016-2025 | 全国热线 400 883 1726 | zs@huashuedu.com | 粤ICP备19077251号"),
 "ke": dict(name="课栈365 · 职业课程商城", style="course-marketplace",
    menu=["首页", "IT互联网", "职业考证", "语言学习", "机构入驻", "我的订单"],
    side="<h4>购课须知</h4><p>平台担保交易，下单后凭订单号（如 18820250613）联系客服处理售后。</p><p>平台客服：400-090-1866</p>",
    foot="课栈365 kezhan365.com | 客服热线 400-090-1866 | 客服邮箱 kefu@kezhan365.com | 沪ICP备17042215号-3 | 本平台仅提供信息展示，课程内容由入驻机构负责"),
 "bbs": dict(name="考证圈论坛", style="forum",
    menu=["首页", "职业考证", "IT认证", "避坑曝光", "经验分享", "版规"],
    side="<h4>论坛公告</h4><p>禁止发布广告，违者封号。交流QQ群 112637480（非官方勿加好友）。</p>",
    foot="考证圈 bbs.kaozhengquan.cn | 论坛交流QQ群 112637480 | 管理员邮箱 admin@kaozhengquan.cn | 京ICP备16058813号"),
 "fenlei": dict(name="百城分类信息网", style="classifieds",
    menu=["首页", "招聘", "教育培训", "二手", "房产", "发布信息"],
    side="<h4>发布须知</h4><p>模板：联系电话：13800138000（示例，请替换为本人号码）</p><p>客服电话 0571-56021188</p>",
    foot="百城分类信息网 baicheng114.com | 客服电话 0571-56021188 | 浙ICP备15019932号-2 | 信息由用户发布，请谨慎交易，先见面后付款"),
 "wenda": dict(name="知问问答", style="qa",
    menu=["首页", "教育", "职场", "法律", "提问"],
    side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗？</li><li>数据标注员怎么考？</li></ul>",
    foot="知问 wendazhi.com | 违法和不良信息举报 jubao@wendazhi.com | 粤ICP备18091125号"),
 "mp": dict(name="微信文章转载站", style="wechat-repost",
    menu=["首页", "教育", "科技", "职场", "投稿"],
    side="<h4>热文</h4><ul><li>2025 新职业盘点</li><li>考证党必看</li></ul>",
    foot="本站文章转载自微信公众号，版权归原作者所有 | 投稿邮箱 tougao@wxzz8.com | 豫ICP备20011872号-1"),
 "sv": dict(name="快刷短视频（网页版）", style="short-video",
    menu=["推荐", "关注", "同城", "直播", "知识"],
    side="<h4>猜你喜欢</h4><ul><li>#副业 #考证</li><li>#AI训练师</li></ul>",
    foot="快刷短视频 | 客服热线 4001-870-555 | 网络文化经营许可证 京网文〔2022〕1187-031号 | 京ICP备19044361号"),
 "news": dict(name="钱江职教网", style="news",
    menu=["首页", "职教资讯", "政策解读", "招生", "曝光台"],
    side="<h4>编辑推荐</h4><ul><li>技能人才评价改革一图读懂</li></ul>",
    foot="钱江职教网 | 新闻热线 0571-85100110 | 浙ICP备14008826号 | 未经授权禁止转载"),
 "college": dict(name="钱塘职业技术学院", style="college",
    menu=["学院首页", "学院概况", "继续教育", "招生就业", "信息公开"],
    side="<h4>快速通道</h4><ul><li>校历</li><li>图书馆</li><li>继续教育学院</li></ul>",
    foot="钱塘职业技术学院 | 地址：杭州市钱塘区学源街 118 号 | 学院总机 0571-86920000 | 浙ICP备05013320号"),
 "gov": dict(name="钱塘市人力资源和社会保障局", style="gov-notice",
    menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
    side="<h4>便民服务</h4><ul><li>证书查询：zscx.osta.org.cn</li><li>咨询电话 12333</li></ul>",
    foot="主办：钱塘市人力资源和社会保障局 | 咨询电话 12333 | hrss.qiantang.gov.cn | 浙ICP备07001234号 | 政府网站标识码 3301000012"),
}

# ----------------------------------------------------- shared ad copy (franchise)
ZY_COPY = ("<p>人工智能训练师是人社部门发布的新职业（职业编码 4-04-05-05），含数据标注员、人工智能算法测试员两个工种。"
           "智远教育课程依据《人工智能训练师国家职业技能标准（2021年版）》开发，理论+实操，考核合格颁发职业技能等级证书，"
           "可在技能人才评价证书全国联网查询。</p><p>证书样本：编号 S000033010012025300168（样本仅供展示）</p>")
HS_COPY = ("<p>华数教育人工智能训练师四级/三级班，线上直播+线下实训，数据采集和处理、数据标注、智能系统运维全覆盖。"
           "考试批次：13520250718（7 月批次报名中）。</p>")

# ============================================================ U01 智远 HQ
page("/zhiyuan/course-ai-trainer.html", "zhiyuan", "人工智能训练师（四级/三级）培训认定班", ZY_COPY + f"""
<h2>班型与费用</h2><table><tr><th>等级</th><th>学时</th><th>培训费</th></tr>
<tr><td>四级/中级工</td><td>50</td><td>2680 元</td></tr><tr><td>三级/高级工</td><td>40</td><td>3480 元</td></tr></table>
<p>申报条件以国家职业技能标准为准，符合失业保险技能提升补贴条件者可按规定申领。证书真伪请至 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询。</p>
<p>杭州考点：华星科技大厦（考点前台 0571-88213456，仅提供场地咨询）。</p>
<p>报名咨询：400-652-8169 ｜ 官网 www.zhiyuanedu.cn ｜ 统一社会信用代码：{USCC_ZY}</p>""",
     True, "U01", "智远教育", [("phone", "4006528169", "400-652-8169"), ("domain", "zhiyuanedu.cn", "www.zhiyuanedu.cn"),
                              ("uscc", USCC_ZY, USCC_ZY)], "brand head office course page, honest pricing", ["人工智能训练师", "四级/三级培训认定班"])
page("/zhiyuan/branch-shanghai.html", "zhiyuan", "智远教育上海分校", f"""
<p>上海分校位于徐汇区漕溪北路，开设人工智能训练师四级周末班，学费 2880 元，上海户籍/居住证持有人可咨询补贴。</p>
<p>分校电话：021-6438 7215 ｜ 全国热线：<a href="tel:4006528169">400 652 8169</a></p>""",
     True, "U01", "智远教育上海分校", [("phone", "021-64387215", "021-6438 7215"), ("phone", "4006528169", "tel:4006528169")],
     "head office city-branch page", ["城市分校", "上海"])
page("/zhiyuan/zhaoshang.html", "zhiyuan", "城市合伙人招募｜人工智能训练师项目代理", f"""
<p>智远教育面向全国招募城市合伙人：总部提供课程、题库、认定报名通道，代理享受四级 1200 元/人、三级 1600 元/人渠道价。</p>
<p>零加盟费，一城一代，总部统一出证、统一查询。</p>
<p>招商经理 赵经理：138 5712 6640（微信同号） ｜ 招商热线 400-652-8169</p>""",
     True, "U01", "智远教育", [("phone", "+8613857126640", "138 5712 6640"), ("wechat", "13857126640", "138 5712 6640（微信同号）"),
                              ("phone", "4006528169", "400-652-8169")], "agent-recruitment (招商) page selling channel prices", ["招商加盟"])
page("/ke/c1001.html", "ke", "【智远教育】人工智能训练师四级 直播+实训 含认定报名", ZY_COPY + """
<p>课程价：¥2680 ｜ 已售 1,206 ｜ 好评率 97%</p><p>课程顾问：13857126640 ｜ VX：Zhiyuan_KF</p>""",
     True, "U01", "智远教育", [("phone", "+8613857126640", "13857126640"), ("wechat", "zhiyuan_kf", "Zhiyuan_KF")],
     "marketplace listing of the head office", ["职业考证", "人工智能训练师"])

# ============================================================ U02 合肥鼎学 (reposts 智远 copy)
page("/mp/a2031.html", "mp", "合肥人工智能训练师报名通知（智远教育合肥授权中心）", ZY_COPY + """
<p>合肥授权中心 — 合肥鼎学信息咨询有限公司。本期报名截止 8 月 20 日，四级 2580 元。</p>
<p>报名热线：152-5518-3307 ｜ 薇：dx_hefei2024</p><p>原文来源：公众号“合肥鼎学考证”</p>""",
     True, "U02", "智远教育合肥授权中心", [("phone", "+8615255183307", "152-5518-3307"), ("wechat", "dx_hefei2024", "dx_hefei2024")],
     "agent reposting head-office copy under own contacts (wechat article)", ["教育", "合肥考证"])
page("/fenlei/hf-5521.html", "fenlei", "合肥 人工智能训练师证 报名 四级三级 全国可查", ZY_COPY + """
<p>鼎学教育合肥，周末班，可开发票。联系：+86 152 5518 3307，扣扣 2865519034</p>""",
     True, "U02", "鼎学教育", [("phone", "+8615255183307", "+86 152 5518 3307"), ("qq", "2865519034", "扣扣 2865519034")],
     "classified ad by the Hefei agent", ["教育培训", "合肥"])
page("/sv/v88201.html", "sv", "@合肥鼎学考证 的视频", """
<p>视频文案：想转行AI？人工智能训练师了解一下！合肥线下班，名额有限～</p><p>简介：私信或加 V dx_hefei2024 ｜ Q 2865519034</p>
<div class="comments"><p>用户A：多少钱？</p><p>作者：私信发你</p></div>""",
     True, "U02", "合肥鼎学考证", [("wechat", "dx_hefei2024", "dx_hefei2024"), ("qq", "2865519034", "Q 2865519034")],
     "short-video page of the Hefei agent", ["知识", "视频"])

# ============================================================ U03 成都王老师 (independent agent)
page("/bbs/t3307.html", "bbs", "成都的朋友看过来，人工智能训练师四级名额还有", f"""
<p>楼主：本人做考证代理多年，合作机构正规，四级 2300，三级 2900，可以先上课后付款。</p>
<p>电话 {cn('18981726053')}（防屏蔽写成汉字）</p>
<div class="comments"><p>2楼：靠谱吗？</p><p>3楼 楼主：成都本地，可以当面聊。</p></div>""",
     True, "U03", "王老师考证", [("phone", "+8618981726053", cn("18981726053"))], "forum post by individual agent, phone in Chinese numerals", ["职业考证"])
page("/wenda/q5512.html", "wenda", "问：成都哪里可以考人工智能训练师？", """
<p>最佳回答（王老师考证）：成都可以报的，四级线上理论+线下实操，一般两个月出证。具体可以问我：189 8172 6053，V信 wangls_kaozheng。</p>
<p>其他回答：去人社局官网查一下备案机构。</p>""",
     True, "U03", "王老师考证", [("phone", "+8618981726053", "189 8172 6053"), ("wechat", "wangls_kaozheng", "wangls_kaozheng")],
     "Q&A answer used as an ad by the agent", ["教育", "问题"])
page("/fenlei/cd-7730.html", "fenlei", "成都 人工智能训练师 数据标注员 考证 代报名", """
<p>代报名，资料齐全一周内录入系统，三级需提供四级证书。费用对公或个人账户，收款人：王建国。</p><p>微信：wangls_kaozheng</p>""",
     True, "U03", "王老师考证", [("wechat", "wangls_kaozheng", "wangls_kaozheng"), ("other", "payee:王建国", "收款人：王建国")],
     "classified ad by the agent with payee name", ["教育培训", "成都"])

# ============================================================ U04 华数 HQ
page("/huashu/ai-trainer.html", "huashu", "人工智能训练师认定培训 | 华数教育", HS_COPY + f"""
<p>四级 2980 元 / 三级 3680 元，含教材与两次实操模考。证书查询：zscx.osta.org.cn。</p>
<p>统一社会信用代码 {USCC_HS} ｜ 官网 huashuedu.com ｜ 全国热线 400 883 1726</p>""",
     True, "U04", "华数教育", [("uscc", USCC_HS, USCC_HS), ("domain", "huashuedu.com", "huashuedu.com"), ("phone", "4008831726", "400 883 1726")],
     "second brand head office course page", ["AI课程", "人工智能训练师"])
page("/huashu/city-guangzhou.html", "huashu", "华数教育广州天河校区", HS_COPY + """
<p>校区地址：天河区体育西路 191 号。校区电话 020-3885 9142。</p>""",
     True, "U04", "华数教育广州校区", [("phone", "020-38859142", "020-3885 9142"), ("phone", "4008831726", "400 883 1726")],
     "city branch page of the second brand", ["城市校区", "广州"])
page("/huashu/city-dongguan.html", "huashu", "华数教育东莞南城校区", HS_COPY + """
<p>东莞校区电话 0769-22881734，学员群 QQ群：651882037。</p>""",
     True, "U04", "华数教育东莞校区", [("phone", "0769-22881734", "0769-22881734"), ("qq_group", "651882037", "QQ群：651882037"), ("phone", "4008831726", "400 883 1726")],
     "city branch page of the second brand", ["城市校区", "东莞"])
page("/news/n20250912.html", "news", "AI 浪潮下，“人工智能训练师”成就业新赛道", HS_COPY + """
<p>（推广）记者了解到，华数教育已在全国开设 30 余个校区……咨询邮箱 zs（at）huashuedu.com，全国热线 ４００－８８３－１７２６。</p>""",
     True, "U04", "华数教育", [("email", "zs@huashuedu.com", "zs（at）huashuedu.com"), ("phone", "4008831726", "４００－８８３－１７２６")],
     "advertorial on a news site", ["职教资讯"])

# ============================================================ U05 scam mill
U05W = "zkzp888"
page("/mp/a2077.html", "mp", "零基础3天拿证！人工智能训练师二级/三级同报，国家认可全国通用", f"""
<p>人社部颁发！官方认证！不限学历不限经验，免培训包通过，二级技师+三级高级工两证同报立减 1000。</p>
<p>拿证后可挂靠企业，年入 3-5 万，落户积分直接加分！原价 9999 限时 3980。</p>
<p>报名加V信：{U05W} ｜ 电话 一七三 二四五六 九九一八</p>""",
     True, "U05", "中科智培", [("wechat", U05W, U05W), ("phone", "+8617324569918", "一七三 二四五六 九九一八")],
     "scam ad: level 2+3 to beginners, 包过, 人社部颁发", ["教育"])
page("/sv/v88315.html", "sv", "@中科智培官方 的视频", f"""
<p>视频文案：90%小白都能学会！人工智能训练师证，交费包过，拿到证书升职加薪！</p><p>简介：加薇 {U05W.upper()}，扣扣：3329871546</p>
<div class="comments"><p>用户B：真的假的</p><p>用户C：已报，等出证</p></div>""",
     True, "U05", "中科智培官方", [("wechat", U05W, U05W.upper()), ("qq", "3329871546", "扣扣：3329871546")],
     "scam short video", ["知识"])
page("/fenlei/bj-9012.html", "fenlei", "北京 AI训练师证 一级二级三级 直接出证 全国联网可查", """
<p>国职认证中心，不用考试直接下证，十五天拿证，官网可查。付款账户：北京中科智培咨询服务有限公司。</p>
<p>联系 17324569918 ｜ 扣扣 3329871546</p>""",
     True, "U05", "国职认证中心", [("phone", "+8617324569918", "17324569918"), ("qq", "3329871546", "扣扣 3329871546"),
                                  ("other", "payee:北京中科智培咨询服务有限公司", "北京中科智培咨询服务有限公司")],
     "scam classified: certificate without exam, different brand", ["教育培训", "北京"])
page("/bbs/t3341.html", "bbs", "【干货】人工智能训练师证怎么拿最快", f"""
<p>楼主：别走弯路，找对渠道三天出证，二级技师也能直接报，要的私我 v：{U05W}</p>
<div class="comments"><p>5楼：求资料，我QQ2836619042</p><p>6楼：广告吧这是</p></div>""",
     True, "U05", "中科智培", [("wechat", U05W, "v：" + U05W)], "scam forum post disguised as tips", ["职业考证"])

# ============================================================ U06 fake query site
page("/ke/c1088.html", "ke", "国培人才评价中心 人工智能训练师（三级）认证 官网可查", """
<p>国培人才评价中心颁发，国家级证书，官网 www.gprcpj.cn 可查，一次通过率 100%。</p>
<p>课程价 ¥4580 ｜ 咨询微信 gprc_pj01</p>""",
     True, "U06", "国培人才评价中心", [("domain", "gprcpj.cn", "www.gprcpj.cn"), ("wechat", "gprc_pj01", "gprc_pj01")],
     "dishonest listing pointing to a non-official query domain", ["职业考证"])
page("/wenda/q5590.html", "wenda", "问：国培人才评价中心的证书能查到吗？", """
<p>回答（国培官方客服）：可以的，登录 gprcpj.cn 输入身份证号即可查询，与人社联网。资料发邮箱 gprcpj#126.com（#换成@）。</p>
<p>回答（网友）：求资料 我QQ2836619042</p>""",
     True, "U06", "国培人才评价中心", [("domain", "gprcpj.cn", "gprcpj.cn"), ("email", "gprcpj@126.com", "gprcpj#126.com")],
     "self-answer promoting a fake query site", ["教育"])
page("/bbs/t3350.html", "bbs", "三级人工智能训练师 包过 可查 有需要的来", """
<p>正规评价中心出证，已帮 300+ 人拿证。联系 GPRC_PJ01（微信）或 gprcpj@126.com</p>""",
     True, "U06", "国培", [("wechat", "gprc_pj01", "GPRC_PJ01"), ("email", "gprcpj@126.com", "gprcpj@126.com")],
     "forum ad of the same fake-query operator", ["职业考证"])

# ============================================================ U07 honest school
page("/ke/c1120.html", "ke", "西溪职校 人工智能训练师（五级/四级）培训 可申请技能提升补贴", """
<p>杭州西溪职业技能培训学校，人社部门备案培训机构。五级 60 学时，四级 50 学时；五级申报需相关工作满 1 年。</p>
<p>学费：五级 1680 元，四级 2280 元。认定考点：华星科技大厦（考点前台 0571-88213456）。</p><p>咨询：0571 8512 7730</p>""",
     True, "U07", "杭州西溪职业技能培训学校", [("phone", "0571-85127730", "0571 8512 7730")],
     "honest school listing with correct eligibility", ["职业考证"])
page("/news/n20251020.html", "news", "杭州西溪职业技能培训学校 2025 年秋季人工智能训练师招生简章", f"""
<p>一、培训等级：五级、四级。二、申报条件按国家职业技能标准执行。三、证书可在 zscx.osta.org.cn 查询，补贴政策咨询 12333。</p>
<p>报名电话：(0571)85127730 ｜ 邮箱：xixipx@163.com ｜ 统一社会信用代码：{USCC_XX}</p>""",
     True, "U07", "杭州西溪职业技能培训学校", [("phone", "0571-85127730", "(0571)85127730"), ("email", "xixipx@163.com", "xixipx@163.com"),
                                            ("uscc", USCC_XX, USCC_XX)],
     "honest enrolment notice on a news site", ["招生"])
page("/mp/a2102.html", "mp", "西溪职校｜AI训练师秋季班开课啦", """
<p>报名资料发送至 xixipx艾特163.com 或电话 0571-85127730。</p>""",
     True, "U07", "西溪职校", [("email", "xixipx@163.com", "xixipx艾特163.com"), ("phone", "0571-85127730", "0571-85127730")],
     "school's wechat article, e-mail spelled out", ["教育"])

# ============================================================ U08 aggregator 考证帮
page("/wenda/q5533.html", "wenda", "问：数据标注员和人工智能训练师是一个证吗？", """
<p>回答（考证帮小刘）：数据标注员是人工智能训练师的一个工种。我们可代报四级，费用 1980。Q：1587702391，交流群 738825104。</p>
<p>回答（网友）：小心 170-9552-8841 这种号码，我被骗过。</p>""",
     True, "U08", "考证帮", [("qq", "1587702391", "1587702391"), ("qq_group", "738825104", "738825104")],
     "aggregator answering with its QQ", ["教育"])
page("/sv/v88407.html", "sv", "@考证帮小刘 的视频", """
<p>视频文案：人工智能训练师四级怎么报？三分钟讲清楚。</p><p>简介：资料在群里 QQ群738825104 ｜ VX kzb_xiaoliu</p>""",
     True, "U08", "考证帮小刘", [("qq_group", "738825104", "QQ群738825104"), ("wechat", "kzb_xiaoliu", "kzb_xiaoliu")],
     "aggregator short video", ["知识"])
page("/bbs/t3362.html", "bbs", "整理了一份人工智能训练师报考流程（附代报）", """
<p>流程：确认等级→提交材料→培训→理论+实操考核→证书查询。需要代报的加 ＱＱ：1587702391 或 kzb_xiaoliu。</p>""",
     True, "U08", "考证帮", [("qq", "1587702391", "1587702391"), ("wechat", "kzb_xiaoliu", "kzb_xiaoliu")],
     "aggregator forum post", ["经验分享"])

# ============================================================ U09 佛山优学 (reposts 华数 copy)
page("/fenlei/fs-6610.html", "fenlei", "佛山 人工智能训练师 四级三级 华数教育授权", HS_COPY + f"""
<p>禅城优学教育（华数教育授权合作点），四级 2780。电话 {fw('13690218874')}</p>""",
     True, "U09", "禅城优学教育", [("phone", "+8613690218874", fw("13690218874"))], "agent reposting second brand's copy, full-width phone", ["教育培训", "佛山"])
page("/mp/a2150.html", "mp", "佛山人工智能训练师7月批次报名", HS_COPY + """
<p>佛山优学 · 华数教育授权。咨询 136-9021-8874（微信同号），资料发 youxuefs 艾特 163.com</p>""",
     True, "U09", "佛山优学", [("phone", "+8613690218874", "136-9021-8874"), ("wechat", "13690218874", "136-9021-8874（微信同号）"),
                               ("email", "youxuefs@163.com", "youxuefs 艾特 163.com")], "agent wechat repost", ["教育"])
page("/sv/v88512.html", "sv", "@佛山优学考证 的视频", """
<p>视频文案：佛山的宝子们，AI训练师证补贴后超划算！</p><p>简介：威 youxue_fs ｜ 邮箱 youxuefs@163.com</p>""",
     True, "U09", "佛山优学考证", [("wechat", "youxue_fs", "youxue_fs"), ("email", "youxuefs@163.com", "youxuefs@163.com")],
     "agent short video", ["同城"])
page("/ke/c1156.html", "ke", "【华数教育·佛山】人工智能训练师四级", HS_COPY + """
<p>课程价 ¥2780 ｜ 机构：禅城优学教育 ｜ 顾问微信 youxue_fs</p>""",
     True, "U09", "禅城优学教育", [("wechat", "youxue_fs", "youxue_fs")], "agent marketplace listing under franchise brand", ["职业考证"])

# ============================================================ independents
page("/college/jxjy-ai-trainer.html", "college", "继续教育学院关于开展人工智能训练师（四级）职业技能等级认定培训的通知", """
<p>我院为备案的职业技能等级认定机构，面向社会开展四级培训与认定。培训费 1500 元，认定费按物价部门核定标准收取。</p>
<p>证书查询 zscx.osta.org.cn；补贴政策请咨询 12333。联系：继续教育学院 0571-86925518，jxjy@qtzy.edu.cn</p>""",
     True, "I01", "钱塘职业技术学院继续教育学院", [("phone", "0571-86925518", "0571-86925518"), ("email", "jxjy@qtzy.edu.cn", "jxjy@qtzy.edu.cn")],
     "college continuing-education enrolment notice (honest)", ["继续教育", "通知"])
page("/fenlei/hz-8831.html", "fenlei", "杭州 个人辅导 人工智能训练师四级实操", """
<p>本人持三级证书，一对一辅导实操，不包过。考点一般在华星科技大厦（考点前台 0571-88213456）。电话 159 5813 0462 微信同号</p>""",
     True, "I02", "个人辅导（陈老师）", [("phone", "+8615958130462", "159 5813 0462"), ("wechat", "15958130462", "159 5813 0462 微信同号")],
     "individual tutor classified", ["教育培训", "杭州"])
page("/bbs/t3388.html", "bbs", "出一套人工智能训练师三级题库+实操视频", """
<p>题库 199 元，实操视频 99 元，加Q 1120873396。</p><div class="comments"><p>3楼：求分享 我QQ2836619042</p></div>""",
     True, "I03", None, [("qq", "1120873396", "1120873396")], "individual selling question bank", ["职业考证"])
page("/ke/c1203.html", "ke", "南京知信 人工智能训练师三级冲刺班", """
<p>南京知信培训，三级需持四级证书满 5 年或符合其他条件。价格 3200 元。电话 025-84761209，微信 njzhixin_ai</p>""",
     True, "I04", "南京知信培训", [("phone", "025-84761209", "025-84761209"), ("wechat", "njzhixin_ai", "njzhixin_ai")],
     "independent school marketplace listing", ["职业考证"])
page("/sv/v88620.html", "sv", "@AI小美老师 的视频", """
<p>视频文案：月入过万的副业？人工智能训练师零基础包教包会，送证书！</p><p>简介：VX ai_xiaomei_77</p>""",
     True, "I05", "AI小美老师", [("wechat", "ai_xiaomei_77", "ai_xiaomei_77")], "influencer short video, dishonest promises", ["推荐"])
page("/mp/a2188.html", "mp", "我是怎么考下人工智能训练师四级的（附报名方式）", """
<p>……需要报名的可以联系我：186 0211 7359，或发邮件 aitrainer_li@126.com。</p>""",
     True, "I06", "李老师", [("phone", "+8618602117359", "186 0211 7359"), ("email", "aitrainer_li@126.com", "aitrainer_li@126.com")],
     "testimonial-style repost ending in contact", ["职场"])

# ============================================================ non-offers
page("/gov/notice-20250806.html", "gov", "关于警惕人工智能训练师等“山寨证书”虚假宣传的提示", """
<p>近期发现有机构以“人社部颁发”“包过”“不培训直接发证”等名义招揽。职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。</p>
<p>如遇可疑情况，请拨打 12333 咨询。</p>""", note="government warning notice", crumbs=["通知公告", "提示"])
page("/news/n20250630.html", "news", "市民花 3980 元买“AI训练师证”，结果查无此证", """
<p>记者调查发现，对方自称“国职认证中心”，提供的客服号码 170-9552-8841 已停机。人社部门提醒通过 12333 核实。</p>""",
     note="news report on a scam quoting the scammer's phone", crumbs=["曝光台"])
page("/bbs/t3399.html", "bbs", "【曝光】交了钱拿不到证，大家别上当", """
<p>楼主：对方电话 170-9552-8841，收钱后拉黑。已向 12315 投诉。</p>""", note="complaint thread", crumbs=["避坑曝光"])
page("/wenda/q5601.html", "wenda", "问：零基础能直接考人工智能训练师二级吗？", """
<p>提问者：没有相关工作经验，看到广告说能直接报二级。</p><p>回答：不能，二级需要三级证书和相应年限，五级也需要一年相关工作经历。</p>""",
     note="learner's question", crumbs=["教育", "问题"])
page("/college/python-short.html", "college", "Python 数据分析短期培训班招生", """
<p>面向在职人员，32 学时，学费 980 元。报名请联系学院总机。</p>""", note="unrelated short course", crumbs=["继续教育"])
page("/fenlei/job-4420.html", "fenlei", "招聘 数据标注员 5 名 杭州", """
<p>某科技公司招聘数据标注员，月薪 5000-7000，双休。投递 hr_biaozhu@163.com</p>""", note="job ad", crumbs=["招聘"])
page("/news/n20250415.html", "news", "政策解读：职业技能等级证书由谁发？", """
<p>2019 年起水平评价类职业资格逐步退出目录，改为职业技能等级认定，由备案评价机构颁发证书，并非人社部颁发。</p>""",
     note="policy explainer", crumbs=["政策解读"])

# ------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skills-evaluation portal"),
 ("phone", "+8617095528841", ["170-9552-8841"], "scammer number quoted in news, complaint and a warning answer"),
 ("other", "S000033010012025300168", ["S000033010012025300168"], "sample certificate number copied with franchise ad text"),
 ("other", "18820250613", ["18820250613"], "marketplace order-number example shaped like a mobile"),
 ("other", "13520250718", ["13520250718"], "exam batch number shaped like a mobile, copied by franchise agent"),
 ("phone", "+8613800138000", ["13800138000"], "classifieds posting-template placeholder"),
 ("phone", "0571-88213456", ["0571-88213456"], "exam venue building front desk"),
 ("qq", "2836619042", ["2836619042"], "reader's own QQ left in comments"),
 ("phone", "4000901866", ["400-090-1866"], "marketplace customer service"),
 ("email", "kefu@kezhan365.com", ["kefu@kezhan365.com"], "marketplace service e-mail"),
 ("qq_group", "112637480", ["112637480"], "forum's own QQ group"),
 ("domain", "kaozhengquan.cn", ["bbs.kaozhengquan.cn"], "forum domain"),
 ("phone", "0571-56021188", ["0571-56021188"], "classifieds customer service"),
 ("other", "浙ICP备15019932号-2", ["浙ICP备15019932号-2"], "classifieds ICP licence"),
 ("email", "jubao@wendazhi.com", ["jubao@wendazhi.com"], "Q&A platform report e-mail"),
 ("email", "tougao@wxzz8.com", ["tougao@wxzz8.com"], "repost site submission e-mail"),
 ("phone", "4001870555", ["4001-870-555"], "short-video platform hotline"),
 ("phone", "0571-85100110", ["0571-85100110"], "news site hotline"),
 ("phone", "0571-86920000", ["0571-86920000"], "college switchboard"),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(p, related):
    s = SITES[p["site"]]
    menu = "".join(f'<a href="/{p["site"]}/index.html">{m}</a> ' for m in s["menu"])
    crumbs = " &gt; ".join([f'<a href="/index.html">导航</a>', f'<a href="/{p["site"]}/index.html">{s["name"]}</a>'] + [esc(c) for c in p["crumbs"]])
    rel = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a></li>' for q in related)
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(p["title"])} - {s["name"]}</title></head>\n'
            f'<body class="{s["style"]}"><header><div class="logo">{s["name"]}</div><nav>{menu}</nav></header>\n'
            f'<div class="crumbs">{crumbs}</div>\n<main><h1>{esc(p["title"])}</h1>\n{p["body"]}\n</main>\n'
            f'<aside>{s["side"]}<h4>相关链接</h4><ul>{rel}</ul></aside>\n<footer>{s["foot"]}</footer></body></html>\n')


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for key, s in SITES.items():
        members = [q for q in pages if q["site"] == key]
        lis = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a></li>' for q in members)
        pages.insert(0, dict(path=f"/{key}/index.html", site=key, title=s["name"] + " 首页", crumbs=["首页"],
                             body=f"<ul class='list'>{lis}</ul>", is_offer=False, operator=None, provider=None, ids=[],
                             note=f"site index ({s['style']})"))
    pages.sort(key=lambda q: q["path"])
    html = {}
    for p in pages:
        same = [q for q in pages if q["site"] == p["site"] and q["path"] != p["path"]][:4]
        html[p["path"]] = render(p, same)
    for path, h in html.items():
        fn = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8") as f:
            f.write(h)
    nav = "".join(f'<li><a href="/{k}/index.html">{s["name"]}</a>（{s["style"]}）</li>' for k, s in SITES.items())
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>{nav}</ul></body></html>\n')
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    truth_pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                        identifiers=p["ids"], note=p["note"]) for p in pages]
    truth_pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="navigation page linking every site"))
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] and p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pl = [p for p, h in sorted(html.items()) if any(w in h for w in written)]
        decoys.append(dict(kind=kind, value=value, written=written, pages=pl, why=why))
    truth = {"pages": sorted(truth_pages, key=lambda x: x["path"]), "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
