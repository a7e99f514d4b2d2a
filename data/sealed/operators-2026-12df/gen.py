#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(o8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(o8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, o8):
    s17 = prefix8 + o8 + org_check(o8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, W)) % 31
    return s17 + ALPH[0 if r == 31 else r]

U01_USCC = uscc("91420106", "MA4K2T7B")
U06_USCC = uscc("12420000", "42101873")
U08_USCC = uscc("91420500", "MA49QH6C")
U09_USCC = uscc("91110108", "MA01RX3D")
CERT_SAMPLE = "S0000" + "42" + "070012" + "25" + "3" + "000123"

# ---------------------------------------------------------------- sites
SITES = {
 "zxwlai": dict(name="智训未来教育", style="training-company",
   menu=["首页", "课程中心", "报名缴费", "证书查询", "关于我们"],
   side="<h4>热门课程</h4><ul><li>人工智能训练师(四级)</li><li>人工智能训练师(三级)</li><li>数据标注员实训</li></ul>",
   foot="武汉智训未来教育咨询有限公司 版权所有 | 地址:武汉市洪山区珞喻路 | 统一社会信用代码:" + U01_USCC + " | 咨询热线:139-7125-8843 | www.zxwlai.cn"),
 "hbxkzy-jxjy": dict(name="湖北信科职业技术学院继续教育学院", style="college",
   menu=["学院首页", "通知公告", "培训项目", "职业技能等级认定", "联系我们"],
   side="<h4>快速通道</h4><ul><li>学历继续教育</li><li>社会培训</li><li>技能等级认定</li></ul>",
   foot="湖北信科职业技术学院继续教育学院 | 地址:武汉市东湖新技术开发区 | 电话:027-88396120 | 邮箱:jxjy@hbxkzy.edu.cn | jxjy.hbxkzy.edu.cn | 事业单位法人证书统一社会信用代码 " + U06_USCC),
 "jczc-bbs": dict(name="荆楚职场论坛", style="forum",
   menu=["首页", "职业考证", "求职招聘", "武汉生活", "站务"],
   side="<h4>版规</h4><p>禁止发布违规广告,发现请举报。</p><h4>加入交流群</h4><p>荆楚职场交流群 512038847</p>",
   foot="荆楚职场论坛 jczc.net | 站务邮箱:bbs_admin@jczc.net | 官方QQ群:512038847 | 鄂ICP备17023561号-1"),
 "fenlei": dict(name="同城分类信息网", style="classifieds",
   menu=["首页", "教育培训", "招聘", "二手", "房产"],
   side="<h4>安全提示</h4><p>凡是要求先交钱的都要谨慎!</p><p>发布信息请填写手机号,例:13800138000</p>",
   foot="同城分类信息网 | 客服热线:400-686-5858 | 鄂ICP备19008812号-2 | 违法和不良信息举报"),
 "wenda365": dict(name="问答365", style="qa",
   menu=["首页", "教育", "职场", "财经", "我要提问"],
   side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗</li><li>数据标注员怎么考</li></ul>",
   foot="问答365 wenda365.cn | 客服邮箱:kefu@wenda365.cn | 湘ICP备20011472号"),
 "wxwenzhai": dict(name="公众号文摘", style="wechat-reposts",
   menu=["首页", "教育", "职场", "科技", "本地"],
   side="<h4>说明</h4><p>本站文章转载自微信公众号,版权归原作者所有,如有侵权请联系删除。</p>",
   foot="公众号文摘 | 商务合作QQ:800019283 | 侵权删除请联系 wz_report@wxwenzhai.com"),
 "xiaoshipin": dict(name="小视频", style="short-video",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>热门话题</h4><ul><li>#AI训练师</li><li>#考证</li><li>#副业</li></ul>",
   foot="小视频 xiaoshipin.cn | 举报邮箱:jubao@xiaoshipin.cn | 未成年人保护热线 400-140-2108"),
 "chutian-news": dict(name="楚天民生网", style="news",
   menu=["首页", "民生", "教育", "财经", "曝光台"],
   side="<h4>今日热点</h4><ul><li>武汉地铁新线开通</li><li>高考志愿填报指南</li></ul>",
   foot="楚天民生网 | 新闻热线:027-86777000 | 鄂ICP备12003456号 | 互联网新闻信息服务许可证"),
 "rsj-notice": dict(name="某市人力资源和社会保障局", style="gov-notice",
   menu=["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
   side="<h4>便民服务</h4><p>人社服务热线:12333</p><p>证书查询:zscx.osta.org.cn</p>",
   foot="主办:某市人力资源和社会保障局 | 人社服务热线 12333 | 政府网站标识码 4205000012"),
 "kechengjie": dict(name="课程街", style="course-marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证", "我的订单"],
   side="<h4>平台保障</h4><p>7天无理由退款 | 平台担保交易</p><p>平台客服:400-990-1758</p>",
   foot="课程街 kechengjie.com | 客服电话 400-990-1758 | 浙ICP备18044012号"),
 "youpin-shop": dict(name="优品小铺", style="shop",
   menu=["首页", "分类", "店铺", "购物车", "我的"],
   side="<h4>支付方式</h4><p>支持支付宝、微信支付。支付问题请联系支付宝客服 95188</p>",
   foot="优品小铺 | 平台客服 0571-88158090 | 消费者权益保护 | 支付服务由第三方支付机构提供"),
}

PAGES = []  # dicts: site, file, title, body, is_offer, operator, provider, ids, note

def P(site, file, title, body, op=None, prov=None, ids=(), note="", offer=None):
    PAGES.append(dict(site=site, file=file, title=title, body=body,
                      is_offer=(op is not None) if offer is None else offer,
                      operator=op, provider=prov, ids=[list(x) for x in ids], note=note))

# ---------------------------------------------------------------- U01 智训未来
P("zxwlai", "course-ai-trainer.html", "人工智能训练师(三级/四级)考证培训班 - 智训未来教育", f"""
<h1>人工智能训练师考证班火热报名中</h1>
<p>智训未来教育是湖北地区专业的职业技能培训机构。人工智能训练师(职业编码4-04-05-05)是人社部认证的新职业,证书由人社部颁发,全国联网可查,入库可查!</p>
<ul><li>四级(中级工):学费3280元,含教材、实操平台</li><li>三级(高级工):学费4680元</li><li>零基础可报,不限专业</li></ul>
<p>报名咨询:139-7125-8843(王老师) 微信:zxwl_ai2026</p>
<p>官网 www.zxwlai.cn 统一社会信用代码 {U01_USCC}</p>""",
  "U01", "智训未来教育", [("phone", "+8613971258843", "139-7125-8843"), ("wechat", "zxwl_ai2026", "zxwl_ai2026"),
   ("domain", "zxwlai.cn", "www.zxwlai.cn"), ("uscc", U01_USCC, U01_USCC)], "training company's own course page; 人社部颁发 claim")
P("zxwlai", "baoming.html", "报名缴费 - 智训未来AI学院", f"""
<h1>在线报名与缴费说明</h1>
<p>智训未来AI学院2026年第三期人工智能训练师班5月开课。报名请拨打 13971258843 或填写下方表格。</p>
<form><label>姓名</label><input><label>手机号</label><input placeholder="请输入手机号"></form>
<p>对公转账:户名:武汉智训未来教育咨询有限公司 开户行:某银行武汉洪山支行</p>
<p>证书样本编号:{CERT_SAMPLE}(样本仅供参考)</p>
<p>考试地点安排在合作考点,考点咨询电话 027-8761 2200。</p>
<p>本机构统一社会信用代码:{U01_USCC}</p>""",
  "U01", "智训未来AI学院", [("phone", "+8613971258843", "13971258843"), ("other", "武汉智训未来教育咨询有限公司", "武汉智训未来教育咨询有限公司"),
   ("uscc", U01_USCC, U01_USCC)], "enrolment/payment page on own site; payee name")
P("fenlei", "post-30418.html", "武汉 人工智能训练师报名 国家证书 包拿证 - 同城分类信息网", """
<h1>【武汉】人工智能训练师报名,国家职业资格证书,速来</h1>
<p>发布者:湖北人工智能训练师报名处 | 区域:洪山区 | 浏览 1263 次</p>
<p>国家职业资格证书,人社部颁发,全国通用。四级三级均可报,补贴后几乎免费!名额有限。</p>
<p>联系电话:139 7125 8843 加V:ZXWL_AI2026 备注“训练师”</p>""",
  "U01", "湖北人工智能训练师报名处", [("phone", "+8613971258843", "139 7125 8843"), ("wechat", "zxwl_ai2026", "ZXWL_AI2026")],
  "classifieds post by U01 under a different brand; calls it 国家职业资格证书")
P("wxwenzhai", "a-20260412-zxai.html", "AI时代不可错过的新职业证书!湖北考点开放报名 - 公众号文摘", """
<h1>AI时代不可错过的新职业证书!湖北考点开放报名</h1>
<p class="src">来源:智训AI 公众号 2026-04-12</p>
<p>人工智能训练师是国家新职业,持证可申领技能补贴,还能积分落户。我们与多家评价机构合作,考试通过率高达98%。</p>
<p>扫码或添加薇信:zxwl_ai2026 ,电话 一三九 七一二五 八八四三 ,学习顾问一对一解答。</p>""",
  "U01", "智训AI", [("wechat", "zxwl_ai2026", "zxwl_ai2026"), ("phone", "+8613971258843", "一三九 七一二五 八八四三")],
  "WeChat-article repost; phone in Chinese numerals")

# ---------------------------------------------------------------- U02 湘智 (honest)
P("jczc-bbs", "thread-88213.html", "【分享】长沙这边考人工智能训练师四级的流程 - 荆楚职场论坛", """
<h1>【分享】长沙这边考人工智能训练师四级的流程</h1>
<div class="post"><p class="author">楼主:湘智职培_李老师</p>
<p>很多人问AI训练师怎么考,这里说一下。四级需要取得五级证书后从事本职业4年,或者累计工作6年,或者相关专业技工院校毕业。证书是职业技能等级证书,由备案的评价机构颁发,可在技能人才评价证书全国联网查询网站查询。</p>
<p>我们学校每月有一期四级班,学费2600元,符合条件的参保职工可以申请技能提升补贴(四级最高1500元)。有需要可以打 18673125506 或者扣扣3381920457 咨询,不符合条件的不建议报。</p></div>
<div class="reply"><p>2楼 武汉小周:请问湖北的能去长沙考吗?</p></div>""",
  "U02", "湘智职培", [("phone", "+8618673125506", "18673125506"), ("qq", "3381920457", "3381920457")], "forum post by honest training school")
P("wenda365", "q-55120.html", "人工智能训练师四级报名条件是什么?- 问答365", """
<h1>人工智能训练师四级报名条件是什么?</h1>
<p class="q">提问者:匿名 | 我大专学计算机,工作两年,能直接考四级吗?</p>
<div class="ans"><p>回答者:长沙湘智 已认证机构</p>
<p>按照国家职业技能标准,四级一般要求取得五级证书后工作满4年,或累计工作满6年,或技工院校相关专业毕业。你的情况建议先报五级(需一年相关工作经历)。我们长沙湘智开设五级、四级培训,咨询电话186-7312-5506。证书可以在 zscx.osta.org.cn 查询,不要相信“包过”。</p></div>""",
  "U02", "长沙湘智", [("phone", "+8618673125506", "186-7312-5506")], "Q&A answer by honest school")
P("kechengjie", "course-60817.html", "人工智能训练师(四级)线下班 长沙 - 课程街", """
<h1>人工智能训练师(四级)线下实训班·长沙</h1>
<p>机构:长沙市湘智职业培训学校 | 课程ID:60817 | 已报名 214 人</p>
<p>课时:50课时(理论+实操)。价格:¥2600。考核由备案评价机构组织,理论与技能考核均60分合格。</p>
<p>机构电话:0731-84562210 机构邮箱:xiangzhi_px@126.com</p>
<p>报名前请先在线填写资格预审表:jinshuju.net/f/kQ7x2A</p>""",
  "U02", "长沙市湘智职业培训学校", [("phone", "073184562210", "0731-84562210"), ("email", "xiangzhi_px@126.com", "xiangzhi_px@126.com")],
  "marketplace listing by honest school")
P("wxwenzhai", "a-20260420-xzpx.html", "湘智职业培训学校2026年5月人工智能训练师培训招生简章 - 公众号文摘", """
<h1>湘智职业培训学校2026年5月人工智能训练师培训招生简章</h1>
<p class="src">来源:湘智职业培训学校 公众号 2026-04-20</p>
<p>一、培训等级:五级、四级。二、报名条件:按《人工智能训练师国家职业技能标准(2021年版)》执行。三、费用:五级1980元,四级2600元。</p>
<p>联系电话:(0731)8456 2210 QQ:338 192 0457 邮箱:XiangZhi_PX@126.com</p>""",
  "U02", "湘智职业培训学校", [("phone", "073184562210", "(0731)8456 2210"), ("qq", "3381920457", "338 192 0457"),
   ("email", "xiangzhi_px@126.com", "XiangZhi_PX@126.com")], "WeChat repost of the school's 招生简章")

# ---------------------------------------------------------------- U03 鼎程 (mill)
P("jczc-bbs", "thread-88501.html", "人工智能训练师一级二级直接拿证,不限学历 - 荆楚职场论坛", """
<h1>人工智能训练师一级二级直接拿证,不限学历</h1>
<div class="post"><p class="author">楼主:鼎程教育</p>
<p>人工智能训练师高级技师/技师,零基础、不限学历、不限经验,免培训,包过!三个等级一起报更优惠。挂靠企业年入2万+。</p>
<p>V:dingcheng_zs 电话177 8642 1930</p></div>
<div class="reply"><p>3楼 江夏阿明:同问,加我qq 1029384756 一起报有优惠吗</p></div>
<div class="reply"><p>4楼 荆门网友:一级不是要二级证书再干四年吗?</p></div>""",
  "U03", "鼎程教育", [("wechat", "dingcheng_zs", "dingcheng_zs"), ("phone", "+8617786421930", "177 8642 1930")], "mill post selling level 1/2 to beginners")
P("fenlei", "post-30522.html", "AI训练师证 技师 高级技师 快速拿证 - 同城分类信息网", """
<h1>AI训练师证 技师/高级技师 快速拿证 45天出证</h1>
<p>发布者:AI训练师考证-鼎程 | 区域:武昌区</p>
<p>无需考试,直接入库,官网可查,可用于评职称、积分落户。一级8800,二级6800。</p>
<p>手机:17786421930 QQ:2950018876</p>""",
  "U03", "AI训练师考证-鼎程", [("phone", "+8617786421930", "17786421930"), ("qq", "2950018876", "2950018876")], "classifieds: no-exam certificate")
P("xiaoshipin", "v-7321004.html", "鼎程老师:AI训练师证书怎么拿?- 小视频", """
<h1>鼎程老师:AI训练师证书怎么拿?三分钟讲清楚</h1>
<p class="meta">@鼎程老师 | 点赞 3.2万 | 评论 812</p>
<p>视频文案:国家缺口几百万人,拿证就能升职加薪!90%小白都能学会,交费包过。主页有vx:DingCheng_ZS</p>
<div class="cmt"><p>网友:怎么报?</p><p>作者回复:私信或者加 DingCheng_ZS</p></div>""",
  "U03", "鼎程老师", [("wechat", "dingcheng_zs", "DingCheng_ZS")], "short-video page")
P("youpin-shop", "item-33021.html", "人工智能训练师证书报名 一级二级三级 - 优品小铺", """
<h1>人工智能训练师证书报名 一级/二级/三级 代报名</h1>
<p>店铺:鼎程职业技能服务 | 月销 56 | ¥1800起</p>
<p>拍下后联系客服Q 2950 018 876 提交资料,收款方:湖北鼎程人力资源服务有限公司。</p>
<p>订单号示例:20260418337215 请保存</p>""",
  "U03", "鼎程职业技能服务", [("qq", "2950018876", "2950 018 876"), ("other", "湖北鼎程人力资源服务有限公司", "湖北鼎程人力资源服务有限公司")],
  "shop listing, payee name")

# ---------------------------------------------------------------- U04 楚天职教 (fake query site)
P("fenlei", "post-30677.html", "楚天职教 人工智能训练师 报名 - 同城分类信息网", f"""
<h1>楚天职教:人工智能训练师证书报名,官网可查</h1>
<p>发布者:楚天职教 | 区域:江汉区</p>
<p>证书全国通用,查询网址 www.ctzjcx.cn 输入身份证号即可查询。证书编号样式:{CERT_SAMPLE}</p>
<p>全国统一咨询:400-027-1886</p>""",
  "U04", "楚天职教", [("phone", "4000271886", "400-027-1886"), ("domain", "ctzjcx.cn", "www.ctzjcx.cn")], "classifieds; fake query domain")
P("kechengjie", "course-61022.html", "人工智能训练师三级 认证班 - 课程街", """
<h1>人工智能训练师三级 认证班(线上)</h1>
<p>机构:楚天职业教育 | 课程ID:61022</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办,双证书。价格¥3980。</p>
<p>机构官网 chutianzhijiao.com 热线 4000271886 邮箱 ctzj_service@163.com</p>""",
  "U04", "楚天职业教育", [("phone", "4000271886", "4000271886"), ("domain", "chutianzhijiao.com", "chutianzhijiao.com"),
   ("email", "ctzj_service@163.com", "ctzj_service@163.com")], "marketplace listing; 工信部 claim")
P("jczc-bbs", "thread-88740.html", "AI训练师证书在哪查?楚天职教网可查 - 荆楚职场论坛", f"""
<h1>AI训练师证书在哪查?我们的证书在ctzjcx点cn可查</h1>
<div class="post"><p class="author">楼主:楚天职教网</p>
<p>近期很多学员问证书查询,本机构颁发证书均可在 ctzjcx点cn 查询,也可对比证书编号 {CERT_SAMPLE} 格式。报名发邮件 ctzj_service#163.com(#换成@)</p></div>""",
  "U04", "楚天职教网", [("domain", "ctzjcx.cn", "ctzjcx点cn"), ("email", "ctzj_service@163.com", "ctzj_service#163.com")], "forum post; obfuscated domain/email")

# ---------------------------------------------------------------- U05 星途AI
P("xiaoshipin", "v-7330518.html", "星途AI课堂:原价9999限时99 - 小视频", """
<h1>星途AI课堂:AI训练师+AIGC双证,原价9999限时99!</h1>
<p class="meta">@星途AI课堂 | 点赞 1.1万</p>
<p>零基础可学,学完拿双证,副业月入过万。加老师微信 xingtu_ai99 进粉丝群 618273945 领资料。</p>""",
  "U05", "星途AI课堂", [("wechat", "xingtu_ai99", "xingtu_ai99"), ("qq_group", "618273945", "618273945")], "short-video ad, 99元引流")
P("kechengjie", "course-61135.html", "AI训练师+AIGC应用 双证班 - 课程街", """
<h1>AI训练师+AIGC应用 双证班(录播50课时)</h1>
<p>机构:星途人工智能学院 | 课程ID:61135 | ¥2980</p>
<p>拿到证书便可升职加薪。学员QQ群:618-273-945 售后邮箱 xingtuai@foxmail.com</p>""",
  "U05", "星途人工智能学院", [("qq_group", "618273945", "618-273-945"), ("email", "xingtuai@foxmail.com", "xingtuai@foxmail.com")], "marketplace listing")
P("wenda365", "q-55388.html", "零基础能学人工智能训练师吗?- 问答365", """
<h1>零基础能学人工智能训练师吗?</h1>
<p class="q">提问者:宝妈一枚 | 在家带娃想学个技能</p>
<div class="ans"><p>回答者:星途AI</p><p>完全可以!我们的课90%小白都能学会,还送AIGC证书。资料发你邮箱,或者写信到 xingtuai(at)foxmail.com,电话 156 2398 7014。</p></div>
<div class="ans"><p>回答者:路人乙</p><p>别信,先去人社局问问,12333可以打电话问。</p></div>""",
  "U05", "星途AI", [("email", "xingtuai@foxmail.com", "xingtuai(at)foxmail.com"), ("phone", "+8615623987014", "156 2398 7014")], "Q&A self-promotion answer")

# ---------------------------------------------------------------- U06 college (honest)
P("hbxkzy-jxjy", "notice-2026-041.html", "关于开展2026年第二批人工智能训练师职业技能等级认定的通知", """
<h1>关于开展2026年第二批人工智能训练师职业技能等级认定的通知</h1>
<p>我院为经人社部门备案的职业技能等级认定机构。现开展人工智能训练师(4-04-05-05)五级、四级、三级认定,报名条件按国家职业技能标准执行。</p>
<p>认定计划编号:13920260518。认定费用按物价部门核定标准收取。考点咨询电话 027-8761 2200。</p>
<p>证书可登录技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。政策咨询可拨打12333。</p>
<p>报名咨询:027-88396120 邮箱:jxjy@hbxkzy.edu.cn</p>""",
  "U06", "湖北信科职业技术学院继续教育学院", [("phone", "02788396120", "027-88396120"), ("email", "jxjy@hbxkzy.edu.cn", "jxjy@hbxkzy.edu.cn")],
  "college continuing-ed enrolment notice")
P("hbxkzy-jxjy", "px-ai-trainer.html", "人工智能训练师培训班(周末班) - 信科职院继教学院", """
<h1>人工智能训练师培训班(周末班)招生</h1>
<p>信科职院继教学院面向社会开设人工智能训练师四级、三级周末培训班,参保职工可按规定申领技能提升补贴(三级最高2000元)。</p>
<p>班主任:张老师 135 5407 1236 | 办公室:027-88396120</p>""",
  "U06", "信科职院继教学院", [("phone", "+8613554071236", "135 5407 1236"), ("phone", "02788396120", "027-88396120")], "college training class page")
P("jczc-bbs", "thread-88802.html", "信科职院五月份AI训练师认定还有名额 - 荆楚职场论坛", """
<h1>信科职院五月份AI训练师认定还有名额</h1>
<div class="post"><p class="author">楼主:信科职院张老师</p>
<p>帮学院发个信息,第二批认定还有名额,条件不符合的请勿咨询。详见 jxjy.hbxkzy.edu.cn ,手机13554071236。</p></div>
<div class="reply"><p>2楼 路过:学校的靠谱点,外面那些包过的别信</p></div>""",
  "U06", "信科职院", [("phone", "+8613554071236", "13554071236"), ("domain", "jxjy.hbxkzy.edu.cn", "jxjy.hbxkzy.edu.cn")], "teacher's forum post")
P("wxwenzhai", "a-20260425-xkzy.html", "湖北信科职业技术学院:人工智能训练师认定报名开始 - 公众号文摘", """
<h1>人工智能训练师认定报名开始啦</h1>
<p class="src">来源:湖北信科职业技术学院 公众号 2026-04-25</p>
<p>我院第二批人工智能训练师职业技能等级认定开始报名,认定计划编号 13920260518。</p>
<p>咨询电话:(027)88396120 邮箱:jxjy@hbxkzy.edu.cn</p>""",
  "U06", "湖北信科职业技术学院", [("phone", "02788396120", "(027)88396120"), ("email", "jxjy@hbxkzy.edu.cn", "jxjy@hbxkzy.edu.cn")], "WeChat repost of college notice")

# ---------------------------------------------------------------- U07 麓智
P("fenlei", "post-30790.html", "长沙 AI训练师 零基础 补贴后几乎免费 - 同城分类信息网", """
<h1>长沙 人工智能训练师 零基础班 补贴后几乎免费</h1>
<p>发布者:麓智教育 | 区域:岳麓区</p>
<p>五级、四级、三级、二级都可报,零基础三个月拿证。报名表:jinshuju.net/f/kQ7x2A</p>
<p>电话:158-7412-9036 微信 lz_ai_cs</p>""",
  "U07", "麓智教育", [("phone", "+8615874129036", "158-7412-9036"), ("wechat", "lz_ai_cs", "lz_ai_cs")], "classifieds; level 2 to beginners")
P("wenda365", "q-55461.html", "长沙哪里可以培训人工智能训练师?- 问答365", """
<h1>长沙哪里可以培训人工智能训练师?</h1>
<p class="q">提问者:湘江边的鱼</p>
<div class="ans"><p>回答者:麓智人工智能培训</p><p>我们在岳麓区有实训基地,小班教学,加微信LZ_AI_CS领取试听课。</p></div>""",
  "U07", "麓智人工智能培训", [("wechat", "lz_ai_cs", "LZ_AI_CS")], "Q&A answer")
P("youpin-shop", "item-33187.html", "湖南AI训练师考证中心 报名定金 - 优品小铺", """
<h1>湖南AI训练师考证中心 报名定金(可抵学费)</h1>
<p>店铺:湖南AI训练师考证中心 | ¥500</p>
<p>拍下后联系 15874129036 或QQ 1473820569 确认班期。</p>""",
  "U07", "湖南AI训练师考证中心", [("phone", "+8615874129036", "15874129036"), ("qq", "1473820569", "1473820569")], "shop deposit listing")

# ---------------------------------------------------------------- U08 宜昌智汇 (dishonest)
P("xiaoshipin", "v-7342260.html", "智汇考证:AI训练师证挂靠年入3万 - 小视频", """
<h1>智汇考证:AI训练师证挂靠年入3万,三级二级一起报</h1>
<p class="meta">@智汇考证 | 宜昌</p>
<p>证书挂靠企业,躺赚!三级二级一起报送一级。包过,不过全额退款。电话138 7205 6617(微信同号)</p>""",
  "U08", "智汇考证", [("phone", "+8613872056617", "138 7205 6617")], "short video; 挂靠 lure")
P("jczc-bbs", "thread-88915.html", "宜昌 人工智能训练师 包过班 - 荆楚职场论坛", f"""
<h1>宜昌 人工智能训练师 包过班</h1>
<div class="post"><p class="author">楼主:宜昌智汇职业技能</p>
<p>正规公司,统一社会信用代码 {U08_USCC},包过班名额仅剩5个。加微信yczh0717</p></div>
<div class="reply"><p>2楼 吃瓜:包过的都要小心,可以打12315投诉</p></div>""",
  "U08", "宜昌智汇职业技能", [("wechat", "yczh0717", "yczh0717"), ("uscc", U08_USCC, U08_USCC)], "forum post; 包过")
P("youpin-shop", "item-33250.html", "人工智能训练师 技师证 宜昌智汇 - 优品小铺", f"""
<h1>人工智能训练师 技师证 全程代办</h1>
<p>店铺:宜昌智汇人力资源 | ¥6800</p>
<p>客服:138-7205-6617 微信:YCZH0717 企业信用代码:{U08_USCC}</p>""",
  "U08", "宜昌智汇人力资源", [("phone", "+8613872056617", "138-7205-6617"), ("wechat", "yczh0717", "YCZH0717"), ("uscc", U08_USCC, U08_USCC)],
  "shop listing")

# ---------------------------------------------------------------- U09 中科智培 (state-sounding company)
P("chutian-news", "ad-20260415.html", "全国人工智能职业能力认证中心:助力湖北数字人才培养(推广)", f"""
<h1>全国人工智能职业能力认证中心:助力湖北数字人才培养</h1>
<p class="tag">推广</p>
<p>全国人工智能职业能力认证中心近日在武汉举办人工智能训练师认证说明会。中心证书国家认可、官方认证,由人社部颁发。</p>
<p>报名热线 400-810-6329,官网 www.zkzhipei.com。运营主体统一社会信用代码 {U09_USCC}。</p>""",
  "U09", "全国人工智能职业能力认证中心", [("phone", "4008106329", "400-810-6329"), ("domain", "zkzhipei.com", "www.zkzhipei.com"), ("uscc", U09_USCC, U09_USCC)],
  "advertorial on a news site")
P("kechengjie", "course-61290.html", "中科智培 人工智能训练师 全国证书班 - 课程街", """
<h1>中科智培 人工智能训练师 全国证书班</h1>
<p>机构:中科智培 | 课程ID:61290 | ¥4580</p>
<p>国家级证书,官方指定。咨询 4008106329 邮箱 zs@zkzhipei.com</p>""",
  "U09", "中科智培", [("phone", "4008106329", "4008106329"), ("email", "zs@zkzhipei.com", "zs@zkzhipei.com")], "marketplace listing; 国家级/官方指定")
P("wxwenzhai", "a-20260428-zkzp.html", "人工智能训练师全国证书报名通道开启 - 公众号文摘", f"""
<h1>人工智能训练师全国证书报名通道开启</h1>
<p class="src">来源:中科智培 公众号 2026-04-28</p>
<p>中科智培(北京)教育科技有限公司承办,证书入库可查。统一社会信用代码:{U09_USCC}。详情访问 ZKZHIPEI.COM</p>""",
  "U09", "中科智培(北京)教育科技有限公司", [("uscc", U09_USCC, U09_USCC), ("domain", "zkzhipei.com", "ZKZHIPEI.COM")], "WeChat repost")

# ---------------------------------------------------------------- independents
P("fenlei", "post-30812.html", "人工智能训练师五级 辅导 刘老师 - 同城分类信息网", """
<h1>人工智能训练师五级考前辅导(个人)</h1>
<p>发布者:刘老师 | 区域:汉阳区</p>
<p>本人从事数据标注三年,可辅导五级理论和实操,每次150元。电话 159 7233 1408</p>""",
  "I01", "刘老师", [("phone", "+8615972331408", "159 7233 1408")], "individual tutor")
P("jczc-bbs", "thread-89020.html", "湘潭 数据标注员(AI训练师)培训班招生 - 荆楚职场论坛", """
<h1>湘潭 数据标注员(AI训练师)培训班招生</h1>
<div class="post"><p class="author">楼主:湘潭数智实训</p>
<p>数据标注方向,五级,40人小班,结业推荐就业。咨询QQ:2087731645</p></div>""",
  "I02", "湘潭数智实训", [("qq", "2087731645", "2087731645")], "independent forum post")
P("youpin-shop", "item-33301.html", "人工智能训练师 题库+视频课 - 优品小铺", """
<h1>人工智能训练师四级 题库+视频课</h1>
<p>店铺:知行考证小店 | ¥39.9</p>
<p>发货后加微信 zhixing_kz 拉学习群。订单号示例:20260418337215</p>""",
  "I03", "知行考证小店", [("wechat", "zhixing_kz", "zhixing_kz")], "independent shop listing")
P("xiaoshipin", "v-7351877.html", "阿杰聊AI:我是怎么考下AI训练师三级的 - 小视频", """
<h1>阿杰聊AI:我是怎么考下AI训练师三级的</h1>
<p class="meta">@阿杰聊AI</p>
<p>分享我的备考经历,我的实操课在橱窗,想报班的加 ajieai_88。</p>""",
  "I04", "阿杰聊AI", [("wechat", "ajieai_88", "ajieai_88")], "independent short video selling a course")
P("wenda365", "q-55503.html", "岳阳有人工智能训练师培训吗?- 问答365", """
<h1>岳阳有人工智能训练师培训吗?</h1>
<p class="q">提问者:巴陵人</p>
<div class="ans"><p>回答者:岳阳启航职校王老师</p><p>我们学校有五级班,下月开班,电话0730-8226541。</p></div>""",
  "I05", "岳阳启航职校", [("phone", "07308226541", "0730-8226541")], "independent Q&A answer")
P("kechengjie", "course-61344.html", "数据标注实训(人工智能训练师五级方向) - 课程街", """
<h1>数据标注实训(人工智能训练师五级方向)</h1>
<p>机构:株洲启明数据标注实训 | 课程ID:61344 | ¥1280</p>
<p>联系邮箱 qiming_zz@163.com 报名时请填写手机号,例:13800138000</p>""",
  "I06", "株洲启明数据标注实训", [("email", "qiming_zz@163.com", "qiming_zz@163.com")], "independent marketplace listing")

# ---------------------------------------------------------------- non-offers
P("jczc-bbs", "thread-89104.html", "【曝光】交了6800的AI训练师包过班,人跑了 - 荆楚职场论坛", """
<h1>【曝光】交了6800的AI训练师包过班,人跑了</h1>
<div class="post"><p class="author">楼主:维权的小李</p>
<p>去年在网上看到“人工智能训练师二级包过”,对方电话177 2049 6631,微信rszs_kf01,交了6800后拉黑。已经打了12315和12333。大家注意!</p></div>
<div class="reply"><p>2楼 江夏阿明:我也差点被骗,有同样遭遇的加我qq 1029384756 一起维权</p></div>""", None, None, [], "complaint thread quoting scammer's contacts", offer=False)
P("wenda365", "q-55600.html", "怎么查人工智能训练师证书真假?- 问答365", f"""
<h1>怎么查人工智能训练师证书真假?</h1>
<div class="ans"><p>回答者:人力资源从业者</p><p>职业技能等级证书编号是22位,第一位Y或S,例如 {CERT_SAMPLE} 这种格式。到 zscx.osta.org.cn 查询,或者 jndj.osta.org.cn。其他网站说能查的都要警惕,可以打12333咨询。</p></div>""",
  None, None, [], "guide answer, not an offer", offer=False)
P("wxwenzhai", "a-20260430-warn.html", "警惕!这些“AI证书”是山寨的 - 公众号文摘", """
<h1>警惕!这些“AI证书”是山寨的</h1>
<p class="src">来源:某地人社 公众号 2026-04-30</p>
<p>近期有市民反映,有人冒充“人社招生办”,使用电话177 2049 6631、微信rszs_kf01推销人工智能训练师“包过”证书。职业技能等级证书由备案评价机构颁发,可在zscx.osta.org.cn查询。如遇诈骗请拨打12315或咨询12333。</p>""",
  None, None, [], "official warning repost", offer=False)
P("chutian-news", "n-20260502.html", "市民花6800元报AI训练师包过班被骗 - 楚天民生网", """
<h1>市民花6800元报AI训练师包过班被骗</h1>
<p>本网讯 近日,市民李先生反映,他通过网络联系到自称“人社招生办”的人员,对方号码为177 2049 6631,承诺人工智能训练师二级包过。民警提醒:人工智能训练师证书属于职业技能等级证书,不存在“包过”,市民可通过12333咨询,遇到消费纠纷可拨打12315。</p>""",
  None, None, [], "news warning quoting scam number", offer=False)
P("rsj-notice", "tz-2026-17.html", "关于2026年人工智能训练师职业技能等级认定考点安排的公告", """
<h1>关于2026年人工智能训练师职业技能等级认定考点安排的公告</h1>
<p>根据工作安排,本市2026年第二批职业技能等级认定(认定计划编号 13920260518)考点设在市职业技能实训中心,考点咨询电话 027-8761 2200。</p>
<p>证书查询:zscx.osta.org.cn、jndj.osta.org.cn。咨询电话:12333。</p>""",
  None, None, [], "official notice", offer=False)
P("rsj-notice", "tz-2026-21.html", "关于警惕技术技能类“山寨证书”的提示", """
<h1>关于警惕技术技能类“山寨证书”的提示</h1>
<p>近期发现有机构以“人社部颁发”“包过”“不限学历”为噱头推销人工智能训练师证书。人社部门不直接颁发职业技能等级证书。证书真伪请登录 zscx.osta.org.cn 查询,投诉举报请拨打12315,政策咨询请拨打12333。</p>""",
  None, None, [], "official warning", offer=False)
P("fenlei", "post-30901.html", "出售二手笔记本电脑 九成新 - 同城分类信息网", """
<h1>出售二手笔记本电脑 九成新</h1>
<p>发布者:个人 | 区域:青山区</p><p>i5/16G/512G,1800元,同城自提。电话 131 0072 5583</p>""",
  None, None, [], "unrelated classifieds post", offer=False)

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline"),
 ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate verification site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL"),
 ("phone", "4006865858", ["400-686-5858"], "classifieds platform footer hotline"),
 ("other", "鄂ICP备19008812号-2", ["鄂ICP备19008812号-2"], "classifieds platform ICP"),
 ("qq_group", "512038847", ["512038847"], "forum's own QQ group in sidebar/footer"),
 ("email", "bbs_admin@jczc.net", ["bbs_admin@jczc.net"], "forum admin e-mail in footer"),
 ("phone", "4009901758", ["400-990-1758"], "marketplace customer service"),
 ("domain", "kechengjie.com", ["kechengjie.com"], "marketplace's own domain"),
 ("email", "jubao@xiaoshipin.cn", ["jubao@xiaoshipin.cn"], "short-video platform report e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform hotline"),
 ("qq", "800019283", ["800019283"], "repost site's business QQ"),
 ("email", "kefu@wenda365.cn", ["kefu@wenda365.cn"], "Q&A platform footer e-mail"),
 ("phone", "+8617720496631", ["177 2049 6631"], "scammer's number quoted in warnings/complaints/news"),
 ("wechat", "rszs_kf01", ["rszs_kf01"], "scammer's WeChat quoted in warnings"),
 ("phone", "+8613920260518", ["13920260518"], "really an evaluation plan/batch number"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("qq", "1029384756", ["1029384756"], "a reader's own QQ in comments"),
 ("phone", "02787612200", ["027-8761 2200"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by two sellers"),
 ("phone", "95188", ["95188"], "payment platform hotline"),
 ("phone", "057188158090", ["0571-88158090"], "shop platform customer service"),
 ("other", "20260418337215", ["20260418337215"], "order number example"),
]

# ---------------------------------------------------------------- render
CSS = {"training-company": "body{font-family:sans-serif;background:#f4f8ff}", "college": "body{font-family:serif;background:#fff}",
       "forum": "body{font-size:13px;background:#eef}", "classifieds": "body{background:#fffbe8}", "qa": "body{background:#f7f7f7}",
       "wechat-reposts": "body{max-width:680px;margin:auto}", "short-video": "body{background:#111;color:#eee}",
       "news": "body{font-family:serif}", "gov-notice": "body{background:#fdf6f6}", "course-marketplace": "body{background:#f2fff4}",
       "shop": "body{background:#fff4ee}"}

def url(site, f): return f"/{site}/{f}"

def render(site, f, title, body, crumbs):
    s = SITES[site]
    mine = [p for p in PAGES if p["site"] == site]
    menu = " | ".join(f'<a href="/{site}/index.html">{m}</a>' if i == 0 else f"<span>{m}</span>" for i, m in enumerate(s["menu"]))
    rel = "".join(f'<li><a href="{url(site, p["file"])}">{html.escape(p["title"])}</a></li>' for p in mine if p["file"] != f)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>{CSS[s['style']]}</style></head>
<body class="{s['style']}">
<header><div class="logo">{s['name']}</div><nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<main>{body}</main>
<aside>{s['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{s['foot']} | <a href="/index.html">网址导航</a></footer>
</body></html>
"""

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    os.makedirs(SITE)
    written = {}
    for key, s in SITES.items():
        os.makedirs(os.path.join(SITE, key))
        mine = [p for p in PAGES if p["site"] == key]
        items = "".join(f'<li><a href="{url(key, p["file"])}">{html.escape(p["title"])}</a></li>' for p in mine)
        written[url(key, "index.html")] = render(key, "index.html", s["name"], f"<h1>{s['name']}</h1><ul class='list'>{items}</ul>", f"首页")
        for p in mine:
            written[url(key, p["file"])] = render(key, p["file"], p["title"], p["body"],
                f'<a href="/{key}/index.html">首页</a> &gt; {html.escape(p["title"][:20])}')
    hub = "".join(f'<li><a href="/{k}/index.html">{s["name"]}</a></li>' for k, s in SITES.items())
    written["/index.html"] = f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>{hub}</ul></body></html>\n'
    for path, text in written.items():
        with open(os.path.join(SITE, path.lstrip("/")), "w", encoding="utf-8") as fh: fh.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as fh: fh.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [], "note": "hub"}]
    for key, s in SITES.items():
        pages.append({"path": url(key, "index.html"), "is_offer": False, "operator": None, "provider": None,
                      "identifiers": [], "note": f"index of {s['name']} ({s['style']})"})
    for p in PAGES:
        pages.append({"path": url(p["site"], p["file"]), "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    decoys = []
    for kind, value, forms, why in DECOYS:
        pg = sorted(path for path, t in written.items() if any(w in t for w in forms))
        decoys.append({"kind": kind, "value": value, "written": forms, "pages": pg, "why": why})
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump({"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}, fh, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
