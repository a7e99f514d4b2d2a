#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (4-04-05-05) certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(s8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    t = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s8, ws))
    c = 11 - t % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(body, W)) % 31
    return body + ALPH[0 if r == 31 else r]

C_U01 = uscc("91360200", "MA35XK7R")
C_U02 = uscc("91441202", "MA4W8N2T")
C_U03 = uscc("91110108", "MA01TQ6B")
C_U05 = uscc("91440106", "MA9UJ27K")
C_U07 = uscc("52360200", "MJD75463")
C_U09 = uscc("91440101", "MA5CLR3D")

# ---------------------------------------------------------------- site frames
SITES = {
 "cdzx":   dict(name="瓷都智训职业技能培训", style="training company site", menu=["首页", "课程中心", "师资团队", "报名须知", "联系我们"],
               side="<h4>热门课程</h4><ul><li>人工智能训练师(五级)</li><li>人工智能训练师(四级)</li><li>数据标注员实操营</li></ul><p>校区:景德镇市珠山区新厂西路(近陶瓷大学)</p>",
               foot="景德镇瓷都智训职业技能培训学校有限公司 | 统一社会信用代码:" + C_U01 + " | 招生热线:0798-8561234 | 手机:139-7981-2345 | 微信:cdzx_ai2026 | 官网:www.cdzx-ai.cn | 赣ICP备2021004417号-1"),
 "szwl":   dict(name="数智未来教育", style="training company site", menu=["首页", "职业技能", "AI实训", "报名入口", "关于我们"],
               side="<h4>校区地址</h4><p>肇庆市端州区信安五路星湖创意园3栋</p><h4>报名时间</h4><p>周一至周六 9:00-18:00</p>",
               foot="肇庆市端州区数智未来教育科技有限公司 © 2025 | 全国服务热线 400-678-1234 | www.szwl-edu.cn | 信用代码 " + C_U02 + " | 粤ICP备2022087766号"),
 "kecheng":dict(name="学课网", style="course marketplace", menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻", "我的订单"],
               side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构实名认证</li></ul><p class='promo'>参与活动:双十二职业技能节(活动号13688002025)</p>",
               foot="学课网 xuekewang.cn | 平台客服热线:400-820-6655 | 客服邮箱:kefu@xuekewang.cn | 京ICP备19023456号-2 | 机构入驻请走后台,平台不提供证书办理"),
 "bbs":    dict(name="瓷都论坛", style="forum", menu=["首页", "瓷都杂谈", "求职招聘", "教育培训", "曝光台", "二手市场"],
               side="<h4>版规</h4><p>禁止发布办证、代考信息,发现即删。</p><h4>本版热帖</h4><ul><li>景德镇哪里考电工证</li><li>陶大附近租房</li></ul>",
               foot="瓷都论坛 cdbbs.net | 站务QQ群:213456789 | 站务邮箱 admin@cdbbs.net | 赣ICP备16007788号 | 论坛内容为网友发布,不代表本站观点"),
 "fenlei": dict(name="易分类", style="classifieds", menu=["首页", "招聘", "教育培训", "本地服务", "二手", "发布信息"],
               side="<h4>安全提示</h4><p>凡是先交钱再办证的都要小心,请勿私下转账。</p><h4>附近城市</h4><ul><li>景德镇</li><li>肇庆</li><li>上饶</li><li>佛山</li></ul>",
               foot="易分类 yifenlei.com | 客服电话 400-115-6600 | 粤ICP备15060012号-3 | 用户发布信息示例:联系电话 13800138000(请替换为本人号码)"),
 "wenda":  dict(name="问知道", style="Q&A", menu=["首页", "职业教育", "考试考证", "求职", "我要提问"],
               side="<h4>相关问题</h4><ul><li>人工智能训练师证有用吗</li><li>数据标注员好找工作吗</li><li>技能补贴怎么领</li></ul>",
               foot="问知道 wenzhidao.com | 帮助与反馈:help@wenzhidao.com | 京ICP备17044120号 | 回答内容仅代表答主个人观点"),
 "wx":     dict(name="公号文摘", style="WeChat-article reposts", menu=["首页", "职场", "教育", "科技", "本地"],
               side="<h4>声明</h4><p>本站文章转载自微信公众号,版权归原作者,如有侵权请联系删除。</p>",
               foot="公号文摘 gonghaowz.com | 投稿/删稿:tougao@gonghaowz.com | 沪ICP备20011878号"),
 "shipin": dict(name="快映", style="short-video pages", menu=["推荐", "关注", "同城", "知识", "直播"],
               side="<h4>相关推荐</h4><ul><li>#人工智能训练师</li><li>#考证</li><li>#数据标注</li></ul>",
               foot="快映 kuaiying.tv | 违法和不良信息举报:jubao@kuaiying.tv | 网络文化经营许可证 京网文〔2023〕1234-056号"),
 "news":   dict(name="瓷都在线", style="local news", menu=["首页", "本地", "民生", "教育", "财经", "专题"],
               side="<h4>24小时热榜</h4><ul><li>瓷博会开幕</li><li>昌江区新增公交线路</li></ul>",
               foot="瓷都在线 | 新闻热线:0798-8201100 | 违法和不良信息举报电话:12377 | 赣ICP备10005512号"),
 "rsj":    dict(name="景德镇市人力资源和社会保障局", style="人社局 notice site", menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "办事服务"],
               side="<h4>便民服务</h4><ul><li>12333咨询热线</li><li>技能人才评价证书查询</li><li>补贴申领指南</li></ul>",
               foot="景德镇市人力资源和社会保障局 主办 | 地址:景德镇市昌江区 | 咨询电话:12333"),
 "shop":   dict(name="淘学商城", style="shop", menu=["首页", "职业考证", "学历提升", "语言学习", "店铺街"],
               side="<h4>购物保障</h4><p>支付由支付宝担保交易,交易问题可拨打支付宝客服95188。</p>",
               foot="淘学商城 taoxue-mall.com | 商城客服:400-700-3388 | 浙ICP备18033021号"),
}
SITE_ORDER = ["cdzx", "szwl", "kecheng", "bbs", "fenlei", "wenda", "wx", "shipin", "news", "rsj", "shop"]

PAGES = []  # dicts

def P(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note))

VENUE_JDZ = "考点:景德镇陶瓷职业技术学院继续教育学院(前台 0798-8499000)"
VENUE_ZQ = "考点:肇庆市技师学院鉴定站(前台0758-2716100)"
CHECK = "证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询"

# ---------------------------------------------------------------- cdzx (U01 company site)
P("/cdzx/index.html", "瓷都智训 - 景德镇职业技能培训", """
<p>瓷都智训成立于2019年,主要做电商、直播和人工智能方向的职业技能培训,与景德镇本地多家陶瓷电商企业合作。</p>
<ul><li><a href="/cdzx/ai-5ji.html">人工智能训练师(五级/初级工)周末班</a></li><li><a href="/cdzx/ai-4ji.html">人工智能训练师(四级/中级工)</a></li></ul>
<p>学校新闻:12月第二期数据标注实训已结课,感谢各位学员。</p>""",
  note="U01 company home page (non-offer, company news and course links)")
P("/cdzx/ai-5ji.html", "人工智能训练师(五级)周末班招生 - 瓷都智训", f"""
<p>职业编码 4-04-05-05,工种:数据标注员。依据《人工智能训练师国家职业技能标准(2021年版)》,五级参考课时60学时,我们安排8个周末完成。</p>
<p>报名条件:累计从事本职业或相关职业工作满1年,或本职业学徒期满。没有相关经历的同学可以先上课,达到条件后再报认定,不承诺包过。</p>
<p>费用:培训费1680元(含教材、上机),认定费按评价机构公示标准另收。缴纳失业保险满1年的学员取证后可申请技能提升补贴(五级最高1000元)。</p>
<p>{VENUE_JDZ}。{CHECK}(证书编号样式如 S000036010525500012)。</p>
<p>咨询:0798-8561234 / 139-7981-2345(张老师),微信 cdzx_ai2026,官网 www.cdzx-ai.cn</p>""",
  True, "U01", "瓷都智训",
  [["phone", "+8613979812345", "139-7981-2345"], ["phone", "07988561234", "0798-8561234"], ["wechat", "cdzx_ai2026", "cdzx_ai2026"],
   ["domain", "cdzx-ai.cn", "www.cdzx-ai.cn"], ["uscc", C_U01, C_U01], ["other", "赣ICP备2021004417号-1", "赣ICP备2021004417号-1"]],
  "U01 level-5 course page on its own site, honest wording")
P("/cdzx/ai-4ji.html", "人工智能训练师(四级)课程 - 瓷都智训", """
<p>四级/中级工参考课时50学时,内容:数据采集和处理、数据标注、智能系统运维。</p>
<p>申报四级需取得五级证书后从事本职业4年,或相关技工院校毕业生。报名前请带上五级证书原件来校区审核。</p>
<p>学费2280元,分两期缴纳。技能提升补贴四级最高1500元(以人社部门审核为准)。</p>
<p>报名咨询电话 0798-8561234。</p>""",
  True, "U01", "瓷都智训",
  [["phone", "+8613979812345", "139-7981-2345"], ["phone", "07988561234", "0798-8561234"], ["wechat", "cdzx_ai2026", "cdzx_ai2026"],
   ["domain", "cdzx-ai.cn", "www.cdzx-ai.cn"], ["uscc", C_U01, C_U01], ["other", "赣ICP备2021004417号-1", "赣ICP备2021004417号-1"]],
  "U01 level-4 course page on its own site")

# ---------------------------------------------------------------- szwl (U02 company site)
P("/szwl/index.html", "数智未来教育 - 肇庆AI职业技能培训", """
<p>数智未来教育位于肇庆端州,面向在职人员和应届生开设AI应用、数据标注类课程。</p>
<ul><li><a href="/szwl/kecheng-3ji.html">人工智能训练师三级(高级工)</a></li><li><a href="/szwl/baoming.html">在线报名</a></li></ul>""",
  note="U02 company home page (non-offer)")
P("/szwl/kecheng-3ji.html", "人工智能训练师三级(高级工)课程介绍", """
<p>三级课程40学时,覆盖业务分析、智能训练、智能系统设计、培训与指导四个模块,理论+实操。</p>
<p>适合已取得四级证书并有相关工作年限的学员,报名时需提交证书及社保证明。</p>
<p>课程费2980元。广东省对紧缺职业有补贴上浮政策,具体以人社部门公布为准。</p>
<p>课程顾问手机:158 7654 1230</p>""",
  True, "U02", "数智未来教育",
  [["phone", "+8615876541230", "158 7654 1230"], ["phone", "4006781234", "400-678-1234"], ["domain", "szwl-edu.cn", "www.szwl-edu.cn"],
   ["uscc", C_U02, C_U02], ["other", "粤ICP备2022087766号", "粤ICP备2022087766号"]],
  "U02 level-3 course page on its own site")
P("/szwl/baoming.html", "在线报名 - 数智未来教育", f"""
<p>请填写报名表:<a href="https://jinshuju.net/f/Szwl26">jinshuju.net/f/Szwl26</a>(金数据表单),提交后老师会在1个工作日内联系。</p>
<p>{VENUE_ZQ}。</p>
<p>也可以直接添加招生老师微信:szwl_zq</p>""",
  True, "U02", "数智未来教育",
  [["wechat", "szwl_zq", "szwl_zq"], ["phone", "4006781234", "400-678-1234"], ["domain", "szwl-edu.cn", "www.szwl-edu.cn"],
   ["uscc", C_U02, C_U02], ["other", "粤ICP备2022087766号", "粤ICP备2022087766号"]],
  "U02 enrolment form page")

# ---------------------------------------------------------------- kecheng (marketplace)
def kitem(n, title, inst, price, body):
    return f"""<div class="item"><p class="inst">机构:{inst} | 课程编号 KC{n} | 价格 <b>¥{price}</b></p>{body}
<div class="comments"><h4>学员评价</h4></div></div>"""
P("/kecheng/index.html", "学课网 - 考证专区", """<p>考证专区 / 人工智能训练师 共5门课程</p>
<ul><li><a href="/kecheng/item-2031.html">人工智能训练师五级 景德镇面授</a></li><li><a href="/kecheng/item-2045.html">AI训练师四级 线上+线下</a></li>
<li><a href="/kecheng/item-2088.html">零基础数据标注+AI训练师证</a></li><li><a href="/kecheng/item-2102.html">数据标注员就业班</a></li><li><a href="/kecheng/item-2117.html">数据标注入门实操课</a></li></ul>""",
  note="marketplace category index (non-offer)")
P("/kecheng/item-2031.html", "人工智能训练师五级 景德镇面授班 - 学课网", kitem(2031, "", "瓷都AI学堂", 1680, """
<p>景德镇本地面授,周末上课,8周。课程依据国家职业技能标准开设,认定由备案评价机构组织。</p>
<p>到店咨询:(0798)856 1234;添加老师 VX:CDZX_AI2026 领取课表。</p>"""),
  True, "U01", "瓷都AI学堂", [["phone", "07988561234", "(0798)856 1234"], ["wechat", "cdzx_ai2026", "CDZX_AI2026"]],
  "U01 listing on marketplace under another brand")
P("/kecheng/item-2045.html", "AI训练师四级 线上直播+线下实操 - 学课网", kitem(2045, "", "粤智学院", 2380, """
<p>直播课30学时+广州线下实操20学时。学完可报名四级认定(需符合申报条件,报名前免费审核资料)。</p>
<p>咨询热线 400-889-6677,资料发送至 zhaosheng@yuezhi-edu.com</p>"""),
  True, "U05", "粤智学院", [["phone", "4008896677", "400-889-6677"], ["email", "zhaosheng@yuezhi-edu.com", "zhaosheng@yuezhi-edu.com"]],
  "U05 listing on marketplace")
P("/kecheng/item-2088.html", "零基础数据标注+人工智能训练师证 速成 - 学课网", kitem(2088, "", "星火AI职训", 3980, """
<p>零基础可学,不限学历不限经验,一次报名三级、四级、五级三证同拿!90%小白都能学会。</p>
<p>详情见官网 www.xinghuo-ai.com,报名热线 150 1987 6543</p>"""),
  True, "U08", "星火AI职训", [["domain", "xinghuo-ai.com", "www.xinghuo-ai.com"], ["phone", "+8615019876543", "150 1987 6543"]],
  "U08 listing: three levels at once to beginners (misleading)")
P("/kecheng/item-2102.html", "数据标注员就业班(含人工智能训练师证书) - 学课网", kitem(2102, "", "华夏数标", 4800, """
<p>学完推荐上岗,月薪6000+,学费可分期,协议就业。合作企业:广州华夏数标信息技术有限公司(统一社会信用代码 """ + C_U09 + """)。</p>
<p>招生电话:199 2586 0417</p>"""),
  True, "U09", "华夏数标", [["uscc", C_U09, C_U09], ["phone", "+8619925860417", "199 2586 0417"]],
  "U09 listing: job-guarantee training with instalments")
P("/kecheng/item-2117.html", "数据标注入门实操课(10课时) - 学课网", kitem(2117, "", "码上标注", 299, """
<p>只讲实操:图像框选、语音转写、文本分类。本课程不含证书,想考人工智能训练师可以作为入门。</p>
<p>报名表:jinshuju.net/f/MsBz01 ;课程答疑邮箱 Mashang_Biaozhu@163.com,电话18607580315</p>"""),
  True, "I02", "码上标注", [["email", "mashang_biaozhu@163.com", "Mashang_Biaozhu@163.com"], ["phone", "+8618607580315", "18607580315"]],
  "independent I02 course without certificate")

# ---------------------------------------------------------------- bbs (forum)
def post(author, text, floor=1):
    return f'<div class="post"><div class="author">{author}</div><div class="floor">{floor}楼</div><div class="content">{text}</div></div>'
P("/bbs/index.html", "教育培训 - 瓷都论坛", """<table><tr><th>主题</th><th>作者</th><th>回复</th></tr>
<tr><td><a href="/bbs/thread-1.html">人工智能训练师证,带报名,有需要的来</a></td><td>考证老张</td><td>12</td></tr>
<tr><td><a href="/bbs/thread-2.html">肇庆这边AI训练师有没有靠谱的班</a></td><td>星湖边</td><td>8</td></tr>
<tr><td><a href="/bbs/thread-3.html">【曝光】交了3800办AI训练师证,人联系不上了</a></td><td>昌江小李</td><td>46</td></tr>
<tr><td><a href="/bbs/thread-4.html">自己开的AI数据标注小班,收几个学员</a></td><td>老陈AI</td><td>5</td></tr></table>""",
  note="forum board index (non-offer)")
READER_WX = "瓷都小王:同问,有资料的加我微信 wang_xiao0798 发我一份"
P("/bbs/thread-1.html", "人工智能训练师证,带报名,有需要的来 - 瓷都论坛",
  post("考证老张", "帮朋友机构带报名,人工智能训练师五级四级都可以报,景德镇本地考,不用跑南昌。有需要的加Q:3312456789 或者微信 aixls_laozhang,白天在上班晚上回。") +
  post("路过的", "这个证有什么用?", 2) + post("考证老张", "能领补贴,缴了社保一年的五级能领1000", 3) + post("瓷都小王", READER_WX, 4),
  True, "U04", "考证老张", [["qq", "3312456789", "3312456789"], ["wechat", "aixls_laozhang", "aixls_laozhang"]],
  "U04 forum post inviting enrolment; reader's own WeChat in comment")
P("/bbs/thread-2.html", "肇庆这边AI训练师有没有靠谱的班 - 瓷都论坛",
  post("星湖边", "在肇庆上班,想考个人工智能训练师,有没有人推荐?") +
  post("星火AI-周老师", "我们星火AI职训在肇庆有班,零基础也能学,下个月开课,考点在" + VENUE_ZQ[3:] + "。微信xinghuo_ai88,电话15019876543", 2) +
  post("瓷都小王", READER_WX, 3),
  True, "U08", "星火AI职训", [["wechat", "xinghuo_ai88", "xinghuo_ai88"], ["phone", "+8615019876543", "15019876543"]],
  "U08 reply in a forum thread (offer inside a question thread)")
P("/bbs/thread-3.html", "【曝光】交了3800办AI训练师证,人联系不上了 - 瓷都论坛",
  post("昌江小李", "上个月在网上看到说人社部颁发、不用考试包拿证,交了3800元。对方电话 176-0088-4521,微信 zs_banzheng888,现在全部拉黑。已经打了12315投诉,也问了12333,说这种证查不到。大家别上当,证书要在 zscx.osta.org.cn 能查到才算。") +
  post("热心网友", "我也被这个号骗过,同一个人。我QQ 1034567882 拉个维权群吧", 2) +
  post("版主", "已加精,提醒大家:正规职业技能等级证书由备案的评价机构发,不是人社部直接颁发。", 3),
  note="complaint thread quoting scammer's numbers (decoys), reader's QQ")
P("/bbs/thread-4.html", "自己开的AI数据标注小班,收几个学员 - 瓷都论坛",
  post("老陈AI", "本人在外包公司做了3年数据标注,现在回景德镇,开个小班教实操,6个人一班,每人800,想考人工智能训练师的可以顺便辅导理论,证书要自己去正规机构报名认定,我不代办。联系我企鹅 2290057813"),
  True, "I03", "老陈AI工作室", [["qq", "2290057813", "2290057813"]], "independent I03 small class by individual")

# ---------------------------------------------------------------- fenlei (classifieds)
def ad(title, loc, text, poster):
    return f'<div class="ad"><h2>{title}</h2><p class="meta">区域:{loc} | 发布者:{poster} | 类别:教育培训-职业技能</p><div class="desc">{text}</div></div>'
P("/fenlei/index.html", "教育培训信息 - 易分类", """<ul>
<li><a href="/fenlei/jdz-7781.html">[景德镇] 人工智能训练师五级周末班 张老师</a></li>
<li><a href="/fenlei/jdz-7790.html">[景德镇] AI训练师证报名,本地考</a></li>
<li><a href="/fenlei/jdz-7802.html">[浮梁] 启航培训 AI训练师/电商运营</a></li>
<li><a href="/fenlei/zq-3302.html">[肇庆] 人工智能训练师 速通 包过</a></li>
<li><a href="/fenlei/zq-3315.html">[肇庆] 星火AI职训 数据标注</a></li>
<li><a href="/fenlei/zq-3320.html">[肇庆] 数据标注员 招聘+培训</a></li>
<li><a href="/fenlei/zq-3330.html">[肇庆] 人工智能训练师证 全国通用</a></li></ul>""",
  note="classifieds category index (non-offer)")
P("/fenlei/jdz-7781.html", "[景德镇] 人工智能训练师五级周末班 - 易分类", ad("人工智能训练师五级周末班,珠山区面授", "景德镇-珠山",
  "瓷都智训张老师,周末班8周,适合在职人员。认定按国家标准来,有工作经历要求,报名前先审资料。电话:139 7981 2345(微信同号)", "瓷都智训 张老师"),
  True, "U01", "瓷都智训", [["phone", "+8613979812345", "139 7981 2345"], ["wechat", "13979812345", "139 7981 2345(微信同号)"]],
  "U01 classified ad; WeChat id equals the phone")
P("/fenlei/jdz-7790.html", "[景德镇] AI训练师证报名,本地考 - 易分类", ad("AI训练师证报名,景德镇本地考点", "景德镇-昌江",
  "人工智能训练师五级/四级报名,资料我帮你整理,本地考。电话189 0798 1122,扣扣 3312 456 789", "个人"),
  True, "U04", "个人", [["phone", "+8618907981122", "189 0798 1122"], ["qq", "3312456789", "3312 456 789"]],
  "U04 classified ad")
P("/fenlei/jdz-7802.html", "[浮梁] 启航培训 AI训练师/电商运营 - 易分类", ad("浮梁启航培训 人工智能训练师 电商运营", "景德镇-浮梁",
  "浮梁县城开班,人工智能训练师(五级)理论+实操辅导,学费1500。固话 0798-2705518,手机 151 8009 2766。(电话:138xxxx8888)", "浮梁启航培训"),
  True, "I04", "浮梁启航培训", [["phone", "07982705518", "0798-2705518"], ["phone", "+8615180092766", "151 8009 2766"]],
  "independent I04 classified ad")
P("/fenlei/zq-3302.html", "[肇庆] 人工智能训练师 速通 包过 - 易分类", ad("人工智能训练师证 速通 不过全额退", "肇庆-端州",
  "免培训、包通过、国家认可、官方认证!二级技师零基础直接报,三证合一一次拿,挂靠年入3万。电话 136 5287 4098,资料群:765432198。电话:138xxxx8888", "速通职业技能"),
  True, "U06", "速通职业技能", [["phone", "+8613652874098", "136 5287 4098"], ["qq_group", "765432198", "765432198"]],
  "U06 scam-style classified (包过, 挂靠); template placeholder left in text")
P("/fenlei/zq-3315.html", "[肇庆] 星火AI职训 数据标注 - 易分类", ad("星火AI职训 数据标注+人工智能训练师", "肇庆-鼎湖",
  "零基础可学,拿到证书便可升职加薪。weixin: XingHuo_AI88", "星火AI职训"),
  True, "U08", "星火AI职训", [["wechat", "xinghuo_ai88", "XingHuo_AI88"]], "U08 classified ad")
P("/fenlei/zq-3320.html", "[肇庆] 数据标注员 招聘+培训 - 易分类", ad("招数据标注员 先培训后上岗 月薪6000+", "肇庆-高要",
  "无需经验,先参加岗前培训(学费4800可分期,培训后送人工智能训练师证书),结业推荐上岗。联系19925860417,QQ1598763420", "华夏数标HR"),
  True, "U09", "华夏数标", [["phone", "+8619925860417", "19925860417"], ["qq", "1598763420", "QQ1598763420"]],
  "U09 job ad that is really a paid training offer")
P("/fenlei/zq-3330.html", "[肇庆] 人工智能训练师证 全国通用 - 易分类", ad("人工智能训练师证 全国通用 人社部颁发", "肇庆-端州",
  "人社部颁发,全国通用,入库可查!电话:壹柒陆零壹贰叁玖捌柒陆。对公收款户名:北京中科智培教育咨询有限公司", "国培认证"),
  True, "U03", "国培认证", [["phone", "+8617601239876", "壹柒陆零壹贰叁玖捌柒陆"], ["other", "北京中科智培教育咨询有限公司", "北京中科智培教育咨询有限公司"]],
  "U03 classified: phone in Chinese numerals, payee name")

# ---------------------------------------------------------------- wenda (Q&A)
def qa(q, answers):
    s = f'<div class="question"><h2>{q}</h2></div>'
    for who, t in answers:
        s += f'<div class="answer"><div class="who">{who}</div><p>{t}</p></div>'
    return s
P("/wenda/index.html", "考试考证 - 问知道", """<ul>
<li><a href="/wenda/q-101.html">肇庆哪里可以考人工智能训练师?</a></li><li><a href="/wenda/q-102.html">景德镇人工智能训练师培训哪家正规?</a></li>
<li><a href="/wenda/q-103.html">数据标注员培训后包就业是真的吗?</a></li><li><a href="/wenda/q-104.html">肇庆高新区有AI训练师培训吗</a></li>
<li><a href="/wenda/q-105.html">怎么查人工智能训练师证书真假?</a></li><li><a href="/wenda/q-106.html">人工智能训练师证找人代报靠谱吗</a></li></ul>""",
  note="Q&A category index (non-offer)")
P("/wenda/q-101.html", "肇庆哪里可以考人工智能训练师? - 问知道", qa("肇庆哪里可以考人工智能训练师?", [
  ("肇庆AI训练师报名中心", "肇庆本地有备案评价机构组织认定,我们这边代为报名和培训,三级四级五级都有班。V:szwl_zq,Q Q 2876543210"),
  ("网友mm", "求资料,我QQ 1034567882")]),
  True, "U02", "肇庆AI训练师报名中心", [["wechat", "szwl_zq", "szwl_zq"], ["qq", "2876543210", "Q Q 2876543210"]],
  "U02 answer on Q&A under a different brand; reader's QQ decoy")
P("/wenda/q-102.html", "景德镇人工智能训练师培训哪家正规? - 问知道", qa("景德镇人工智能训练师培训哪家正规?", [
  ("景德镇瓷都职业培训学校", "我校是人社部门批准的民办职业培训学校,开设人工智能训练师五级、四级培训。认定由备案评价机构组织,证书可在 zscx.osta.org.cn 查询。咨询 0798-8223456。"),
  ("路人甲", "建议先打12333问问当地人社,哪些机构有备案。")]),
  True, "U07", "景德镇瓷都职业培训学校", [["phone", "07988223456", "0798-8223456"]], "U07 answer")
P("/wenda/q-103.html", "数据标注员培训后包就业是真的吗? - 问知道", qa("数据标注员培训后包就业是真的吗?", [
  ("华夏数标-招生", "我们是企业直招,培训合格直接上岗,签协议就业,学费可以走花呗分期(有问题可以问支付宝客服95188)。加微信 hxsb_hr 或者扣1598763420 了解"),
  ("网友mm", "求资料,我QQ 1034567882"),
  ("过来人", "先交钱再培训的招聘基本都是培训贷,慎重。")]),
  True, "U09", "华夏数标", [["wechat", "hxsb_hr", "hxsb_hr"], ["qq", "1598763420", "扣1598763420"]], "U09 answer, job-guarantee training")
P("/wenda/q-104.html", "肇庆高新区有AI训练师培训吗 - 问知道", qa("肇庆高新区有AI训练师培训吗", [
  ("肇庆高新区智能职培", "有的,我们在高新区大旺,每月一期五级班,理论线上实操线下,费用1380。手机:137-2993-0188")]),
  True, "I06", "肇庆高新区智能职培", [["phone", "+8613729930188", "137-2993-0188"]], "independent I06 answer")
P("/wenda/q-105.html", "怎么查人工智能训练师证书真假? - 问知道", qa("怎么查人工智能训练师证书真假?", [
  ("职业指导师李", "人工智能训练师(4-04-05-05)属于职业技能等级证书,由备案评价机构颁发,证书编号22位,比如样例 S000036010525500012 这种格式。查询网址:zscx.osta.org.cn,评价机构名单看 pjjg.osta.org.cn,也可以拨打12333咨询。所谓人社部颁发的说法都不对。")]),
  note="guide answer: how to verify (official sites, hotline, sample certificate number)")
P("/wenda/q-106.html", "人工智能训练师证找人代报靠谱吗 - 问知道", qa("人工智能训练师证找人代报靠谱吗", [
  ("考证老张", "我帮好多人报过,资料齐全就行,五级四级都能报,不放心可以先加薇:aixls_laozhang 看往期学员的证书"),
  ("路人乙", "证书编号要能在 zscx.osta.org.cn 查到,别的网站都不算。")]),
  True, "U04", "考证老张", [["wechat", "aixls_laozhang", "aixls_laozhang"]], "U04 answer")

# ---------------------------------------------------------------- wx (WeChat reposts)
def art(src, date, text):
    return f'<div class="article"><p class="src">来源:微信公众号「{src}」 {date}</p>{text}<p class="orig">阅读原文 | 在看</p></div>'
P("/wx/index.html", "公号文摘 - 教育", """<ul>
<li><a href="/wx/a-01.html">人社部颁发!人工智能训练师证书报名通道开启</a></li><li><a href="/wx/a-02.html">2026年广东人工智能训练师报考指南</a></li>
<li><a href="/wx/a-03.html">景德镇:人工智能训练师培训班开班啦</a></li><li><a href="/wx/a-04.html">数据标注员:AI时代的入门岗位</a></li>
<li><a href="/wx/a-05.html">警惕!这些"山寨证书"别再买了</a></li></ul>""", note="repost site index (non-offer)")
P("/wx/a-01.html", "人社部颁发!人工智能训练师证书报名通道开启", art("中科智培", "2025-12-03", """
<p>人工智能训练师是人社部认证的新职业!本中心证书由人社部颁发,全国通用,入库可查,官网可查询:zgjnzs-cx.com。</p>
<p>零基础可直接报考三级,原价9999限时1999,考不过全额退。</p>
<p>报名热线:176 0123 9876 &nbsp;微信:zkzp666</p>"""),
  True, "U03", "中科智培", [["phone", "+8617601239876", "176 0123 9876"], ["wechat", "zkzp666", "zkzp666"], ["domain", "zgjnzs-cx.com", "zgjnzs-cx.com"]],
  "U03 article: 人社部颁发, fake query domain, 包过")
P("/wx/a-02.html", "2026年广东人工智能训练师报考指南", art("岭南AI职训", "2025-11-20", """
<p>人工智能训练师共五个等级,五级最低要求初中学历加一年相关工作经历。广东基础补贴:五级1000元、四级1500元、三级2000元起,紧缺职业可上浮。</p>
<p>报名表:jinshuju.net/f/Lnai26。咨询:4008 896 677;资料可发邮箱 zhaosheng#yuezhi-edu.com(#换成@)</p>"""),
  True, "U05", "岭南AI职训", [["phone", "4008896677", "4008 896 677"], ["email", "zhaosheng@yuezhi-edu.com", "zhaosheng#yuezhi-edu.com"]],
  "U05 guide-style article with enrolment call under another brand")
P("/wx/a-03.html", "景德镇:人工智能训练师培训班开班啦", art("瓷都职培", "2025-12-01", f"""
<p>景德镇瓷都职业培训学校第三期人工智能训练师(五级)培训班本周开班,共45名学员。{VENUE_JDZ}。</p>
<p>第四期报名中:138 0798 5566(李老师),邮箱 jdzjypx@163.com</p>"""),
  True, "U07", "瓷都职培", [["phone", "+8613807985566", "138 0798 5566"], ["email", "jdzjypx@163.com", "jdzjypx@163.com"]],
  "U07 article announcing a class and next enrolment")
P("/wx/a-04.html", "数据标注员:AI时代的入门岗位", art("华夏数标招聘", "2025-11-28", """
<p>数据标注员是人工智能训练师的工种之一。华夏数标常年招聘,无经验先培训,培训费可分期,结业送证推荐就业。</p>
<p>HR微信:Hxsb_HR,电话199-2586-0417</p>"""),
  True, "U09", "华夏数标招聘", [["wechat", "hxsb_hr", "Hxsb_HR"], ["phone", "+8619925860417", "199-2586-0417"]], "U09 recruitment/training article")
P("/wx/a-05.html", "警惕!这些\"山寨证书\"别再买了", art("景德镇消费维权", "2025-12-05", """
<p>近期有市民反映,有人冒称"人社部颁发"兜售人工智能训练师证书,收款后失联,涉及电话176-0088-4521、微信zs_banzheng888。</p>
<p>提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;遇到侵权可拨打12315投诉,政策咨询拨打12333。</p>"""),
  note="consumer warning repost quoting scam contacts (decoys)")

# ---------------------------------------------------------------- shipin (short video)
def vid(author, desc, extra=""):
    return f'<div class="video"><div class="player">[视频]</div><p class="author">@{author}</p><p class="desc">{desc}</p><div class="profile">{extra}</div><p class="stats">点赞 1.2w 评论 356</p></div>'
P("/shipin/index.html", "#人工智能训练师 - 快映", """<ul>
<li><a href="/shipin/v-01.html">@数智未来小林老师</a></li><li><a href="/shipin/v-02.html">@国培AI证书办理</a></li>
<li><a href="/shipin/v-03.html">@速通考证</a></li><li><a href="/shipin/v-05.html">@AI阿杰聊就业</a></li></ul>""", note="hashtag index (non-offer)")
P("/shipin/v-01.html", "数智未来小林老师的视频 - 快映", vid("数智未来小林老师", "三分钟讲清人工智能训练师五个等级怎么报 #考证 #肇庆",
  "主页简介:肇庆端州线下班 | 扣扣2876 5432 10 | 158-7654-1230"),
  True, "U02", "数智未来小林老师", [["qq", "2876543210", "2876 5432 10"], ["phone", "+8615876541230", "158-7654-1230"]], "U02 short video profile")
P("/shipin/v-02.html", "国培AI证书办理的视频 - 快映", vid("国培AI证书办理", "不用考试也能拿证?人社部颁发全国通用,点左下角咨询",
  "简介:VX:ZKZP666 | 17601239876"),
  True, "U03", "国培AI证书办理", [["wechat", "zkzp666", "ZKZP666"], ["phone", "+8617601239876", "17601239876"]], "U03 short video")
P("/shipin/v-03.html", "速通考证的视频 - 快映", vid("速通考证", "人工智能训练师二级技师,零基础,无门槛,包过!评论区扣1",
  "主页:VX sutong_zs | Q群:765432198"),
  True, "U06", "速通考证", [["wechat", "sutong_zs", "sutong_zs"], ["qq_group", "765432198", "765432198"]], "U06 short video")
P("/shipin/v-05.html", "AI阿杰聊就业的视频 - 快映", vid("AI阿杰聊就业", "做了两年标注,说说这个证到底要不要考。我的训练营在简介",
  "训练营报名 vx: ajie_ai_jy"),
  True, "I05", "AI阿杰聊就业", [["wechat", "ajie_ai_jy", "ajie_ai_jy"]], "independent I05 short video with training camp")

# ---------------------------------------------------------------- news
P("/news/index.html", "瓷都在线 - 教育", """<ul><li><a href="/news/n-01.html">市民买"人工智能训练师证"被骗3800元</a></li>
<li><a href="/news/n-02.html">瓷都职业培训学校:AI新职业助力本地就业</a></li><li><a href="/news/n-03.html">第二十二届瓷博会开幕</a></li></ul>""", note="news index")
P("/news/n-01.html", "市民买\"人工智能训练师证\"被骗3800元", """<p>本报讯 昌江区市民李先生近日向本报反映,他在网上看到"人社部颁发、免考拿证"的广告,通过电话176-0088-4521联系对方后转账3800元,随后被拉黑。</p>
<p>市人社局提醒,人工智能训练师证书属职业技能等级证书,由备案评价机构颁发,可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询;消费纠纷可拨打12315。</p>""",
  note="news on a scam, quoting scam phone (decoy)")
P("/news/n-02.html", "瓷都职业培训学校:AI新职业助力本地就业", f"""<p>【企业风采】景德镇瓷都职业培训学校(统一社会信用代码{C_U07})今年开设人工智能训练师培训,已有百余名学员参加认定。</p>
<p>{VENUE_JDZ}。学校常年招生,咨询电话 0798—8223456,邮箱 jdzjypx@163.com。</p>""",
  True, "U07", "景德镇瓷都职业培训学校", [["uscc", C_U07, C_U07], ["phone", "07988223456", "0798—8223456"], ["email", "jdzjypx@163.com", "jdzjypx@163.com"]],
  "U07 advertorial in local news")
P("/news/n-03.html", "第二十二届瓷博会开幕", "<p>第二十二届中国景德镇国际陶瓷博览会开幕,展期5天,吸引海内外客商。</p>", note="unrelated news")

# ---------------------------------------------------------------- rsj
P("/rsj/index.html", "景德镇市人力资源和社会保障局", """<ul><li><a href="/rsj/notice-1.html">关于开展2025年第四季度职业技能等级认定工作的通知</a></li>
<li><a href="/rsj/notice-2.html">关于谨防"山寨证书"的风险提示</a></li></ul>""", note="notice site index")
P("/rsj/notice-1.html", "关于开展2025年第四季度职业技能等级认定工作的通知", f"""<p>各有关单位:根据工作安排,第四季度职业技能等级认定涉及人工智能训练师(4-04-05-05)等职业,由备案评价机构组织实施。{VENUE_JDZ}。</p>
<p>证书查询:zscx.osta.org.cn;评价机构名单:pjjg.osta.org.cn。符合条件的参保职工可申领技能提升补贴。政策咨询:12333。</p>""",
  note="official notice (non-offer): venue desk, hotline, official sites")
P("/rsj/notice-2.html", "关于谨防\"山寨证书\"的风险提示", """<p>近期发现有机构以"人社部颁发""包过""免培训"为名兜售人工智能训练师证书。职业技能等级证书由备案评价机构颁发,政府部门不参与监制。正规证书编号为22位,如 S000036010525500012。证书可登录 zscx.osta.org.cn、osta.mohrss.gov.cn 查询。如遇欺诈请拨打12315或报警,咨询请拨打12333。</p>""",
  note="official warning (non-offer)")

# ---------------------------------------------------------------- shop
def item(shop, title, price, text, extra=""):
    return f'<div class="goods"><p class="shop">店铺:{shop}</p><h2>{title}</h2><p class="price">¥{price} 已售 {len(title)*13}</p><div class="detail">{text}</div>{extra}</div>'
P("/shop/index.html", "职业考证 - 淘学商城", """<ul><li><a href="/shop/item-1.html">人工智能训练师证书 人社部颁发</a></li>
<li><a href="/shop/item-2.html">AI训练师二级技师 速通</a></li><li><a href="/shop/item-3.html">人工智能训练师五级网课</a></li>
<li><a href="/shop/item-4.html">粤智 AI训练师四级 线上班</a></li></ul>""", note="shop category index")
P("/shop/item-1.html", "人工智能训练师证书 人社部颁发 - 淘学商城", item("国培人工智能认证中心", "人工智能训练师证书 三级/二级 人社部颁发 入库可查", 2980,
  "<p>国家职业资格证书,人社部颁发,官网 www.zgjnzs-cx.com 可查。不培训直接考,包过。下单后联系客服微信 zkzp666 登记。</p><p>对公转账收款户名:北京中科智培教育咨询有限公司</p>"),
  True, "U03", "国培人工智能认证中心", [["domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com"], ["wechat", "zkzp666", "zkzp666"], ["other", "北京中科智培教育咨询有限公司", "北京中科智培教育咨询有限公司"]],
  "U03 shop listing, false 国家职业资格 claim")
P("/shop/item-2.html", "AI训练师二级技师 速通 - 淘学商城", item("速通证书专营", "人工智能训练师二级技师 零基础速通 三证合一", 3600,
  "<p>不限学历不限经验,30天拿证,二级技师+三级+四级三证一起办更优惠。咨询微信:sutong_zs 电话13652874098</p>"),
  True, "U06", "速通证书专营", [["wechat", "sutong_zs", "sutong_zs"], ["phone", "+8613652874098", "13652874098"]], "U06 shop listing")
P("/shop/item-3.html", "人工智能训练师五级网课 - 淘学商城", item("智学坊", "人工智能训练师五级 理论+实操网课 赠题库", 399,
  "<p>只卖网课和题库,不代办证书。购买后加微信 zhixuefang_01 进学习群,或电话 133 1758 6420。</p>",
  "<p class='tpl'>商家信息模板:联系电话:13800138000</p>"),
  True, "I01", "智学坊", [["wechat", "zhixuefang_01", "zhixuefang_01"], ["phone", "+8613317586420", "133 1758 6420"]],
  "independent I01 shop listing (course only); placeholder phone in template")
P("/shop/item-4.html", "粤智 AI训练师四级 线上班 - 淘学商城", item("粤智职培旗舰店", "人工智能训练师四级 线上班(广州粤智)", 2380,
  f"<p>广州粤智职业培训有限公司官方店,统一社会信用代码 {C_U05}。售前请加微信 yzxy_gz,报名资料发 ZhaoSheng@yuezhi-edu.com</p>",
  "<p class='tpl'>商家信息模板:联系电话:13800138000</p>"),
  True, "U05", "粤智职培旗舰店", [["uscc", C_U05, C_U05], ["wechat", "yzxy_gz", "yzxy_gz"], ["email", "zhaosheng@yuezhi-edu.com", "ZhaoSheng@yuezhi-edu.com"]],
  "U05 shop listing")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "hotline", "人社 public hotline"),
 ("phone", "12315", ["12315"], "hotline", "market-regulation complaint hotline"),
 ("phone", "12377", ["12377"], "hotline", "internet-reporting hotline in news footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official", "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official", "official skills-evaluation portal"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official", "official list of evaluation institutions"),
 ("phone", "4008206655", ["400-820-6655"], "platform", "marketplace customer-service line in footer"),
 ("email", "kefu@xuekewang.cn", ["kefu@xuekewang.cn"], "platform", "marketplace footer e-mail"),
 ("domain", "xuekewang.cn", ["xuekewang.cn"], "platform", "marketplace own domain"),
 ("other", "京ICP备19023456号-2", ["京ICP备19023456号-2"], "platform", "marketplace ICP"),
 ("qq_group", "213456789", ["213456789"], "platform", "forum's own staff QQ group in footer"),
 ("email", "admin@cdbbs.net", ["admin@cdbbs.net"], "platform", "forum footer e-mail"),
 ("phone", "4001156600", ["400-115-6600"], "platform", "classifieds customer-service line"),
 ("other", "粤ICP备15060012号-3", ["粤ICP备15060012号-3"], "platform", "classifieds ICP"),
 ("email", "help@wenzhidao.com", ["help@wenzhidao.com"], "platform", "Q&A site footer e-mail"),
 ("email", "tougao@gonghaowz.com", ["tougao@gonghaowz.com"], "platform", "repost site footer e-mail"),
 ("email", "jubao@kuaiying.tv", ["jubao@kuaiying.tv"], "platform", "short-video platform report e-mail"),
 ("phone", "4007003388", ["400-700-3388"], "platform", "shop mall customer service"),
 ("phone", "07988201100", ["0798-8201100"], "platform", "news site hotline"),
 ("phone", "+8617600884521", ["176-0088-4521"], "warning", "scammer's phone quoted in complaint/news/warning; belongs to no seller in the web"),
 ("wechat", "zs_banzheng888", ["zs_banzheng888"], "warning", "scammer's WeChat quoted in complaint and warning"),
 ("phone", "+8613688002025", ["13688002025"], "number", "marketplace promotion/activity number shown on every item page"),
 ("other", "S000036010525500012", ["S000036010525500012"], "number", "sample certificate number in a guide"),
 ("other", "4-04-05-05", ["4-04-05-05"], "number", "occupation code, not a contact"),
 ("phone", "+8613800138000", ["13800138000"], "placeholder", "template placeholder phone (classifieds footer, shop templates)"),
 ("phone", "138xxxx8888", ["138xxxx8888"], "placeholder", "template placeholder left in an ad"),
 ("wechat", "wang_xiao0798", ["wang_xiao0798"], "reader", "a reader's own WeChat in comments under two sellers' posts"),
 ("qq", "1034567882", ["1034567882"], "reader", "a reader's own QQ in comments"),
 ("phone", "07988499000", ["0798-8499000"], "third_party", "exam venue front desk, quoted by several sellers and the 人社 notice"),
 ("phone", "07582716100", ["0758-2716100"], "third_party", "Zhaoqing exam venue front desk"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third_party", "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "third_party", "Alipay customer service (payment platform)"),
]

# ---------------------------------------------------------------- render
CSS = {
 "cdzx": "body{font-family:sans-serif;background:#fff8ef}header{background:#8b0000;color:#fff}",
 "szwl": "body{font-family:sans-serif}header{background:#0a5ad6;color:#fff}",
 "kecheng": "body{background:#f4f4f4}.item{background:#fff}",
 "bbs": "body{font-size:13px}.post{border:1px solid #ccc}",
 "fenlei": ".ad{border-bottom:1px dashed #999}",
 "wenda": ".answer{border-top:1px solid #eee}",
 "wx": ".article{max-width:680px;margin:auto}",
 "shipin": "body{background:#111;color:#eee}",
 "news": "body{font-family:serif}",
 "rsj": "header{background:#c00;color:#fff}",
 "shop": ".price{color:#f40}",
}

def frame(site, page, related):
    s = SITES[site]
    menu = " | ".join(f'<a href="/{site}/index.html">{m}</a>' for m in s["menu"])
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{s["name"]}</a>'
    if not page["path"].endswith("index.html"):
        crumbs += " &gt; " + html.escape(page["title"].split(" - ")[0])
    rel = "".join(f'<li><a href="{p["path"]}">{html.escape(p["title"])}</a></li>' for p in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(page["title"])}</title><style>{CSS[site]}</style></head>
<body>
<header><div class="logo">{s["name"]}</div><nav class="menu">{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<main>
<h1>{html.escape(page["title"].split(" - ")[0])}</h1>
{page["body"]}
</main>
<aside class="sidebar">{s["side"]}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{s["foot"]}</footer>
</body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["path"].split("/")[1], []).append(p)
    texts = {}
    for site, plist in by_site.items():
        os.makedirs(os.path.join(SITE, site), exist_ok=True)
        for i, p in enumerate(plist):
            related = [q for q in plist if q is not p][:4]
            t = frame(site, p, related)
            texts[p["path"]] = t
            with open(os.path.join(SITE, p["path"].lstrip("/")), "w", encoding="utf-8") as f:
                f.write(t)
    hub = "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a>({SITES[s]["style"]})</li>' for s in SITE_ORDER)
    hubt = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 - 景德镇/肇庆 本周搜索</title></head>
<body><h1>网址导航</h1><ul>{hub}</ul><footer>网址导航页</footer></body></html>
"""
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hubt)
    texts["/index.html"] = hubt
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub linking every site's index")]
    for p in PAGES:
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    ops = {}
    for p in pages:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    ops = dict(sorted(ops.items()))
    # sanity: decoy strings must not be part of any seller's identifier text
    seller_strings = [w for p in pages for _, v, w in p["identifiers"]] + [v for p in pages for _, v, _ in p["identifiers"]]
    decoys = []
    for kind, value, written, cat, why in DECOYS:
        for w in written:
            for s in seller_strings:
                assert w not in s, (w, s)
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, category=cat, why=why))
    truth = dict(pages=pages, operators=ops, decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
