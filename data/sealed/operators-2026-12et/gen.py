#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
pages plus truth.json. Standard library only, fully deterministic."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wi in zip(body8, w):
        s += (int(ch) if ch.isdigit() else ord(ch) - 55) * wi
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]


U01_USCC = uscc("52340104", "MJ880163")
U04_USCC = uscc("91340100", "MA2TK8N1")
U06_USCC = uscc("91620102", "MA71QX5D")
U08_USCC = uscc("91110108", "MA01R7KP")

# ---------------------------------------------------------------- sites
SITES = {
    "hfzx": dict(name="合肥智信职业技能培训学校", host="www.hfzhixin.com", style="company",
                 menu=["网站首页", "学校概况", "培训项目", "报名指南", "联系我们"],
                 side="<h4>热门项目</h4><ul><li>人工智能训练师</li><li>电子商务师</li><li>育婴员</li></ul>"
                      "<p>校址：合肥市蜀山区长江西路与潜山路交口 华邦大厦9层</p>",
                 foot="合肥智信职业技能培训学校 版权所有 | 地址：合肥市蜀山区长江西路 | 技术支持：皖网科技"),
    "lzqh": dict(name="兰州启航职业培训学校", host="www.lzqihang.cn", style="company",
                 menu=["首页", "关于启航", "课程中心", "补贴政策", "在线报名"],
                 side="<h4>开班动态</h4><ul><li>6月人工智能训练师四级班</li><li>7月数据标注员专项班</li></ul>"
                      "<p>地址：兰州市城关区东岗西路 金城大厦B座12楼</p>",
                 foot="兰州启航职业培训学校 © 2026 | 甘肃·兰州 | 本站内容仅供参考，以人社部门公布为准"),
    "kc": dict(name="学知网·职业课程", host="www.xuezhi365.com", style="market",
               menu=["首页", "职业技能", "IT互联网", "考证培训", "机构入驻", "我的学习"],
               side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构资质审核</li></ul>"
                    "<p>学知网客服热线 400-615-3370</p>",
               foot="学知网 www.xuezhi365.com | 客服热线：400-615-3370 | 客服邮箱：service@xuezhi365.com | 苏ICP备18026613号-3"),
    "bbs": dict(name="庐州社区", host="bbs.luzhou365.net", style="forum",
                menu=["论坛首页", "合肥生活", "职场求职", "教育考试", "兰州版块", "二手交易"],
                side="<h4>版规</h4><p>禁止发布广告，违者删帖封号。</p><p>社区交流群：731245608</p>",
                foot="庐州社区 bbs.luzhou365.net | 联系管理员：admin@luzhou365.net | 社区QQ群 731245608 | 皖ICP备15003398号"),
    "fl": dict(name="同城快帖·分类信息", host="www.tckuaitie.com", style="classifieds",
               menu=["首页", "合肥", "兰州", "教育培训", "招聘求职", "二手房产", "免费发布"],
               side="<h4>发布须知</h4><p>联系电话请填写本人手机号，如 13800138000；邮箱格式如 example@qq.com。</p>"
                    "<p>谨防诈骗：凡要求先交费的请提高警惕。</p>",
               foot="同城快帖 www.tckuaitie.com | 皖ICP备16032781号-2 | 投诉举报：jubao@tckuaitie.com"),
    "wd": dict(name="问答吧", host="www.wendaba.cn", style="qa",
               menu=["首页", "问题", "话题", "专栏", "我要提问"],
               side="<h4>相关话题</h4><ul><li>#职业技能证书</li><li>#人工智能训练师</li><li>#技能补贴</li></ul>",
               foot="问答吧 www.wendaba.cn | 违法和不良信息举报：report@wendaba.cn | 京ICP备17054122号"),
    "shop": dict(name="优选好课商城", host="mall.youxuanhaoke.com", style="shop",
                 menu=["首页", "全部分类", "职业考证", "IT技能", "购物车", "我的订单"],
                 side="<h4>购物保障</h4><ul><li>支付宝担保交易</li><li>支付宝客服 95188</li></ul>",
                 foot="优选好课商城 | 商城客服：kefu@youxuanhaoke.com | 平台热线 400-880-5216 | 浙B2-20190311"),
    "news": dict(name="皖陇在线·教育频道", host="edu.wanlongol.com", style="news",
                 menu=["首页", "要闻", "教育", "就业", "民生", "专题"],
                 side="<h4>热点</h4><ul><li>技能人才评价证书如何查询</li><li>警惕山寨证书</li></ul>",
                 foot="皖陇在线 | 新闻热线：0551-62620110 | 违法和不良信息举报电话：12377 | 皖ICP备12004567号"),
    "mp": dict(name="微文摘", host="www.weiwenzhai.com", style="wechat",
               menu=["首页", "教育", "职场", "科技", "本地"],
               side="<h4>说明</h4><p>本站内容转载自微信公众号，版权归原作者所有。如有侵权请联系微信 wwz_kefu 删除。</p>",
               foot="微文摘 www.weiwenzhai.com | 侵权联系：wwz_kefu（微信） | 邮箱：copyright@weiwenzhai.com"),
    "dy": dict(name="快看短视频·网页版", host="www.kuaikanv.com", style="video",
               menu=["推荐", "关注", "知识", "职场", "直播"],
               side="<h4>相关推荐</h4><ul><li>AI时代普通人怎么办</li><li>00后考证日记</li></ul>",
               foot="快看短视频 | 举报邮箱：jubao@kuaikanv.com | 未成年人保护热线 400-140-2108 | 京ICP备20018865号"),
    "rsj": dict(name="某市人力资源和社会保障局", host="rsj.example-city.gov.cn", style="gov",
                menu=["首页", "政务公开", "通知公告", "政策法规", "办事服务", "互动交流"],
                side="<h4>便民服务</h4><ul><li>人社服务热线：12333</li><li>职业技能等级证书查询</li></ul>",
                foot="主办：某市人力资源和社会保障局 | 地址：市政务中心B区 | 咨询电话：12333 | 政务服务便民热线：12345"),
}

PAGES = []


def P(path, title, section, body, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, section=section, body=body, is_offer=is_offer,
                      operator=operator, provider=provider, ids=[list(i) for i in ids], note=note))


# ================================================================ hfzx (U01 own site)
P("/hfzx/course-ai.html", "人工智能训练师（四级/三级）职业技能等级认定培训", "培训项目",
  """<h1>人工智能训练师（4-04-05-05）职业技能等级认定培训</h1>
<p>合肥智信职业技能培训学校是经蜀山区人社局审批的民办职业培训机构（统一社会信用代码：""" + U01_USCC + """），
常年开设人工智能训练师五级、四级、三级培训班。课程按照《人工智能训练师国家职业技能标准(2021年版)》组织，
含理论与实操两部分，四级参考课时50课时，三级40课时。</p>
<p><b>报名条件</b>：五级需从事本职业或相关职业累计工作满1年；四级、三级按标准要求的年限与证书逐级申报，不接受零基础直报三级。</p>
<p><b>费用</b>：四级培训费2380元，三级2980元（含认定费）。符合条件的参保职工取证后可申请失业保险技能提升补贴（四级最高1500元，三级最高2000元），以人社部门审核为准。</p>
<p><b>证书</b>：由备案的评价机构颁发职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 核验。本校不承诺包过。</p>
<p>本期统一认定批次号：0551202603，考点：合肥市政务区天鹅湖大厦，考点前台 0551-63658800（仅咨询考场路线）。</p>
<p>咨询电话：0551-65287716　招生老师：138 5690 1234（微信同号 zhixin_hf）<br>学校官网：www.hfzhixin.com</p>""",
  True, "U01", "合肥智信职业技能培训学校",
  [("phone", "+8613856901234", "138 5690 1234"), ("phone", "055165287716", "0551-65287716"),
   ("wechat", "zhixin_hf", "zhixin_hf"), ("uscc", U01_USCC, U01_USCC), ("domain", "hfzhixin.com", "www.hfzhixin.com")],
  "U01 own site: honest course page for levels 4/3")
P("/hfzx/enroll-2026.html", "2026年第3期人工智能训练师招生简章", "报名指南",
  """<h1>2026年第3期人工智能训练师招生简章</h1>
<p>开班时间：2026年6月20日（周末班），地点：蜀山区本校区。名额40人，额满即止。</p>
<p>适合人群：从事数据标注、智能客服、算法测试相关工作满一年的在职人员；在校高职毕业班学生可报四级。</p>
<p>报名材料：身份证复印件、学历证明、工作年限证明、一寸白底照片2张。</p>
<p>报名方式：到校报名或电话 0551-6528 7716；手机 13856901234；微信 zhixin_hf 备注“AI训练师”。</p>
<p>温馨提示：职业技能等级证书由评价机构颁发，并非“人社部颁发”，请勿轻信任何包过宣传。</p>""",
  True, "U01", "合肥智信职业技能培训学校",
  [("phone", "055165287716", "0551-6528 7716"), ("phone", "+8613856901234", "13856901234"),
   ("wechat", "zhixin_hf", "zhixin_hf")],
  "U01 own site: enrolment brochure")

# ================================================================ lzqh (U02 own site)
P("/lzqh/ai-trainer.html", "人工智能训练师培训（数据标注员方向）", "课程中心",
  """<h1>人工智能训练师培训 · 数据标注员方向</h1>
<p>兰州启航职业培训学校开设人工智能训练师五级、四级课程，重点讲授数据采集和处理、数据标注、智能系统运维。
课程30%理论、70%实操，使用真实标注平台练习。</p>
<p>学费：五级1680元，四级2280元。认定由省内备案评价机构组织，理论与技能考核均60分合格。</p>
<p>证书可登录 zscx.osta.org.cn 查询。</p>
<p>联系我们：（0931）8612455　招生QQ：2875541903　邮箱：qihang_lz@163.com<br>官网 www.lzqihang.cn</p>""",
  True, "U02", "兰州启航职业培训学校",
  [("phone", "09318612455", "（0931）8612455"), ("qq", "2875541903", "2875541903"),
   ("email", "qihang_lz@163.com", "qihang_lz@163.com"), ("domain", "lzqihang.cn", "www.lzqihang.cn")],
  "U02 own site: honest course page")
P("/lzqh/butie.html", "参保职工学AI：技能提升补贴班报名", "补贴政策",
  """<h1>参保职工技能提升补贴班（人工智能训练师）</h1>
<p>在兰州缴纳失业保险满1年的职工，取得人工智能训练师五级/四级/三级证书后，可按规定申请技能提升补贴（最高1000/1500/2000元）。
补贴由个人向参保地人社部门申请，本校协助准备材料，不代领、不截留。</p>
<p>政策咨询请拨打人社服务热线 12333；报名请联系启航教务 189 9312 5867（张老师），或发邮件至 qihang_lz#163.com（#换成@）。</p>""",
  True, "U02", "启航职业培训",
  [("phone", "+8618993125867", "189 9312 5867"), ("email", "qihang_lz@163.com", "qihang_lz#163.com")],
  "U02 own site: subsidy class")

# ================================================================ kc marketplace
P("/kc/course-20417.html", "【智信教育】人工智能训练师四级 直播+实操 合肥线下认定", "考证培训",
  """<h1>【智信教育】人工智能训练师四级 直播+实操</h1>
<div class="price">¥2380 <s>¥2980</s> · 已有316人报名 · 课程编号 KC20417</div>
<p>机构：智信教育（合肥）｜授课方式：线上直播32课时+线下实操18课时｜认定地点：合肥</p>
<p>本期认定批次号 0551202603，考点前台 0551-63658800。</p>
<p>购课后添加班主任：138-5690-1234 / V：ZhiXin_HF，拉入学习群。</p>
<h3>学员评价</h3><p>“老师讲得细，实操环境是真实标注平台。” —— 学员 l***g</p>""",
  True, "U01", "智信教育",
  [("phone", "+8613856901234", "138-5690-1234"), ("wechat", "zhixin_hf", "ZhiXin_HF")],
  "U01 on marketplace under short brand")
P("/kc/course-31088.html", "人工智能训练师二级技师 零基础 免考直接拿证 全国通用", "考证培训",
  """<h1>人工智能训练师 二级/技师 零基础可报 不限学历</h1>
<div class="price">¥3980/证 · 三证同报立减2000 · 课程编号 KC31088</div>
<p>机构：华信人才（全国人才技能评价（合肥）中心）</p>
<p>国家职业资格证书，人社部颁发，全国通用，入库可查！不限学历、不限工作经验，二级一级均可直接申报，30天下证。</p>
<p>证书查询官网：www.hxrcpj.com　证书样本编号：S000034012876253000018</p>
<p>全国统一报名热线：400-826-7731</p>""",
  True, "U04", "华信人才",
  [("phone", "4008267731", "400-826-7731"), ("domain", "hxrcpj.com", "www.hxrcpj.com")],
  "U04 dishonest: level 2 to beginners, 人社部颁发, fake query domain")
P("/kc/course-40922.html", "1+X 人工智能训练师职业技能等级证书 双证课程（2026新版）", "考证培训",
  """<h1>1+X 人工智能训练师证书 双证课程</h1>
<div class="price">¥1980 · 课程编号 KC40922</div>
<p>机构：智数未来｜课程含“人工智能训练师”与“AIGC应用工程师”双证，线上学习40课时，随报随学。</p>
<p>报名表填写：jinshuju.net/f/zswl2026</p>
<p>官方网站 zhishuweilai.com.cn，机构电话 010-62587733。</p>""",
  True, "U08", "智数未来",
  [("domain", "zhishuweilai.com.cn", "zhishuweilai.com.cn"), ("phone", "01062587733", "010-62587733")],
  "U08 suspect: sells 1+X AI certificate after 2025")
P("/kc/course-50311.html", "滨湖职院·人工智能训练师五级社会培训（合肥）", "考证培训",
  """<h1>人工智能训练师五级社会培训班</h1>
<div class="price">¥1200 · 课程编号 KC50311</div>
<p>机构：滨湖职院继续教育学院｜面向从事相关工作满一年人员，学校为人社备案的评价机构，认定在校内考点进行。</p>
<p>本期认定批次号 0551202603。证书可在 zscx.osta.org.cn 查询。</p>
<p>报名咨询：继续教育学院办公室 0551-63992108</p>""",
  True, "U09", "滨湖职院继续教育学院",
  [("phone", "055163992108", "0551-63992108")],
  "U09 college continuing-ed on marketplace")
P("/kc/course-60155.html", "学途在线：人工智能训练师（三级）备考精讲班", "考证培训",
  """<h1>学途在线：人工智能训练师三级 备考精讲</h1>
<div class="price">¥899 · 课程编号 KC60155</div>
<p>机构：学途在线｜只提供培训与题库，不代报名、不代考，认定需本人向评价机构申报（需四级证书及相应年限）。</p>
<p>售后：4006552918</p>""",
  True, "I06", "学途在线",
  [("phone", "4006552918", "4006552918")],
  "I06 honest exam-prep course")

# ================================================================ bbs forum
P("/bbs/thread-40122.html", "【合肥生活】AI训练师三级包过班，不过全额退！", "教育考试",
  """<h1>AI训练师三级包过班，不过全额退！</h1>
<div class="post"><span class="author">楼主：AI训练师包过班</span>
<p>人社部颁发，国家认可，官方认证！免培训，包通过，零基础可报三级高级工，拿证就能升职加薪。</p>
<p>名额有限，私聊扣扣：３３０９８８７４１２。收款户名：合肥培研信息咨询有限公司（对公转账开票）。</p></div>
<div class="reply"><span class="author">2楼 合肥小米</span><p>真的假的？我也想报，加我 wx: xiaomi_hf1990 发我资料</p></div>
<div class="reply"><span class="author">3楼 老吴</span><p>三级要四级证加年限的，楼主这种小心点。有问题打12333问问。</p></div>""",
  True, "U03", "AI训练师包过班",
  [("qq", "3309887412", "３３０９８８７４１２"), ("other", "合肥培研信息咨询有限公司", "合肥培研信息咨询有限公司")],
  "U03 dishonest forum ad; reader contact in reply")
P("/bbs/thread-40188.html", "【职场求职】考个人工智能训练师证挂靠，一年躺赚3万", "职场求职",
  """<h1>考个人工智能训练师证挂靠，一年躺赚3万</h1>
<div class="post"><span class="author">楼主：鼎程老师</span>
<p>证书考下来可以挂靠到科技企业，年挂靠费2-3万，我们负责对接企业。报名费5800，二级技师也能办。</p>
<p>详询 Q 1578823406，或者加V：dc_hr88</p></div>
<div class="reply"><span class="author">2楼 路人甲</span><p>挂靠AI训练师？第一次听说，反正我不信。</p></div>""",
  True, "U07", "鼎程老师",
  [("qq", "1578823406", "1578823406"), ("wechat", "dc_hr88", "dc_hr88")],
  "U07 挂靠 lure on forum")
P("/bbs/thread-40310.html", "【兰州版块】兰州这边有靠谱的人工智能训练师培训吗？", "兰州版块",
  """<h1>兰州这边有靠谱的人工智能训练师培训吗？</h1>
<div class="post"><span class="author">楼主：金城打工人</span><p>在兰州做标注两年了，想考个四级拿补贴，求推荐。</p></div>
<div class="reply"><span class="author">2楼 陇原职培</span><p>我们陇原职培在七里河开四级班，参保满一年的可以申请补贴，政策可以先打12333核实。
有意向加微信 lyjn0931 细聊，不收定金。</p></div>
<div class="reply"><span class="author">3楼 金城打工人</span><p>谢谢，我先去问问。</p></div>""",
  True, "U06", "陇原职培",
  [("wechat", "lyjn0931", "lyjn0931")],
  "U06 seller answering in a forum thread")
P("/bbs/thread-40451.html", "【教育考试】工作室带学AI数据标注+训练师五级，小班", "教育考试",
  """<h1>工作室带学AI数据标注+训练师五级，小班</h1>
<div class="post"><span class="author">楼主：庐阳小标工作室</span>
<p>我们是做数据标注外包的，带新人边做项目边学，做满一年可以报人工智能训练师五级。学费1500，项目有收入。</p>
<p>五级认定考点在天鹅湖大厦，考点前台 0551-63658800。联系QQ：2210984563</p></div>""",
  True, "I03", "庐阳小标工作室",
  [("qq", "2210984563", "2210984563")],
  "I03 small studio offer")
P("/bbs/thread-40077.html", "【避雷】交了6800的AI训练师包过班，人间蒸发了", "教育考试",
  """<h1>【避雷】交了6800的AI训练师包过班，人间蒸发了</h1>
<div class="post"><span class="author">楼主：被坑的阿强</span>
<p>去年在网上看到说“人社部颁发、三级二级一起拿”，对方手机 171-5642-0089，交完钱就拉黑了。大家看到这个号码千万别信。</p>
<p>已经打12315投诉，也在 zscx.osta.org.cn 查了，根本没有我的证书。</p></div>
<div class="reply"><span class="author">2楼 合肥小米</span><p>太坑了，我差点也报了。有类似经历的加我 xiaomi_hf1990 一起维权。</p></div>""",
  False, None, None, [], "complaint thread quoting a scam number")

# ================================================================ fl classifieds
P("/fl/hf-ai-7731.html", "合肥 人工智能训练师周末班 徽智AI学堂 小班授课", "教育培训",
  """<h1>合肥 人工智能训练师周末班（徽智AI学堂）</h1>
<table class="info"><tr><td>区域</td><td>合肥-蜀山</td></tr><tr><td>价格</td><td>面议</td></tr><tr><td>发布者</td><td>徽智AI学堂</td></tr></table>
<p>数据标注、提示词、模型评测实操，学完按条件报五级/四级认定。不承诺包过。</p>
<p>联系人：周老师　V：zhixin_hf（电话请在微信内索取）</p>""",
  True, "U01", "徽智AI学堂",
  [("wechat", "zhixin_hf", "zhixin_hf")],
  "U01 under a third brand, tied only by WeChat")
P("/fl/lz-zs-5512.html", "兰州 人工智能训练师证书 全国人才技能评价中心 一次报三级", "教育培训",
  """<h1>兰州 人工智能训练师证书 一次报三个等级</h1>
<table class="info"><tr><td>区域</td><td>兰州-城关</td></tr><tr><td>价格</td><td>2980元/证</td></tr><tr><td>发布者</td><td>华信职业技能评价</td></tr></table>
<p>全国人才技能评价（合肥）中心授权兰州报名点，五级四级三级同时报，免培训，包过，不限学历。</p>
<p>机构代码：""" + U04_USCC + """　报名热线 4008 267 731</p>""",
  True, "U04", "华信职业技能评价",
  [("phone", "4008267731", "4008 267 731"), ("uscc", U04_USCC, U04_USCC)],
  "U04 dishonest: three levels at once, price per certificate")
P("/fl/lz-butie-2231.html", "兰州 技能提升补贴 人工智能训练师四级 陇原技能培训", "教育培训",
  """<h1>兰州 人工智能训练师四级 补贴培训</h1>
<table class="info"><tr><td>区域</td><td>兰州-七里河</td></tr><tr><td>价格</td><td>2100元</td></tr><tr><td>发布者</td><td>陇原技能培训</td></tr></table>
<p>参保满一年可申请技能提升补贴，具体以人社部门审核为准，可咨询12333。</p>
<p>电话：0931-4567023　微信：lyjn0931</p>""",
  True, "U06", "陇原技能培训",
  [("phone", "09314567023", "0931-4567023"), ("wechat", "lyjn0931", "lyjn0931")],
  "U06 classifieds subsidy class")
P("/fl/hf-gk-9921.html", "合肥 考AI训练师证挂靠 年收入2万+ 鼎程人力", "招聘求职",
  """<h1>合肥 考AI训练师证 挂靠年收入2万+</h1>
<table class="info"><tr><td>区域</td><td>合肥-包河</td></tr><tr><td>价格</td><td>5800元</td></tr><tr><td>发布者</td><td>鼎程人力</td></tr></table>
<p>拿证后推荐挂靠企业，证书挂靠费每年2万以上，技师证更高。速成，45天拿证。</p>
<p>手机：139 5607 8812　QQ 1578823406</p>""",
  True, "U07", "鼎程人力",
  [("phone", "+8613956078812", "139 5607 8812"), ("qq", "1578823406", "1578823406")],
  "U07 挂靠 lure on classifieds")
P("/fl/hf-bh-6620.html", "合肥 滨湖职院社会培训 人工智能训练师五级 周末开班", "教育培训",
  """<h1>滨湖职院社会培训部 人工智能训练师五级</h1>
<table class="info"><tr><td>区域</td><td>合肥-滨湖</td></tr><tr><td>价格</td><td>1200元</td></tr><tr><td>发布者</td><td>滨湖职院社会培训</td></tr></table>
<p>学校考点，认定批次号 0551202603。需工作满一年。</p>
<p>联系王老师 18055127390</p>""",
  True, "U09", "滨湖职院社会培训",
  [("phone", "+8618055127390", "18055127390")],
  "U09 teacher's mobile on classifieds")
P("/fl/lz-i-3301.html", "兰州 金城电脑培训 AI数据标注就业班（可考训练师五级）", "教育培训",
  """<h1>金城电脑培训 AI数据标注就业班</h1>
<table class="info"><tr><td>区域</td><td>兰州-安宁</td></tr><tr><td>价格</td><td>1380元</td></tr><tr><td>发布者</td><td>金城电脑培训</td></tr></table>
<p>老牌电脑学校，零基础学标注，工作满一年后可报人工智能训练师五级。</p>
<p>电话 138-9334-0176</p>""",
  True, "I01", "金城电脑培训",
  [("phone", "+8613893340176", "138-9334-0176")],
  "I01 independent local computer school")
P("/fl/hf-zufang-1208.html", "合肥 政务区 天鹅湖旁 一室一厅 个人出租", "二手房产",
  """<h1>政务区 天鹅湖旁 一室一厅 个人出租</h1>
<table class="info"><tr><td>区域</td><td>合肥-政务区</td></tr><tr><td>价格</td><td>2200元/月</td></tr></table>
<p>近地铁，拎包入住，押一付三。联系电话见平台隐私号。</p>""",
  False, None, None, [], "unrelated rental ad")

# ================================================================ wd Q&A
P("/wd/q-88213.html", "兰州考人工智能训练师四级，去哪里培训比较正规？", "问题",
  """<h1>兰州考人工智能训练师四级，去哪里培训比较正规？</h1>
<div class="answer"><span class="author">启航智训 · 职业培训从业者</span>
<p>先看自己条件：四级需要五级证书加4年，或者工作满6年，或相关专业技工院校毕业。符合条件再找培训。
我们启航在城关区有四级班，学费2280，证书可在 zscx.osta.org.cn 查。有问题可以电话 18993125867。</p></div>
<div class="answer"><span class="author">匿名用户</span><p>先去人社局官网看评价机构名单，别信包过的。</p></div>""",
  True, "U02", "启航智训",
  [("phone", "+8618993125867", "18993125867")],
  "U02 answer-as-ad on Q&A")
P("/wd/q-90177.html", "人工智能训练师证书在哪里查真伪？", "问题",
  """<h1>人工智能训练师证书在哪里查真伪？</h1>
<div class="answer"><span class="author">华信证书服务</span>
<p>我们颁发的证书可在 hxrcpj点com 输入身份证号查询，全国联网。需要办理二级一级的也可以找我们，不限经验。</p></div>
<div class="answer"><span class="author">热心网友</span><p>官方查询是 zscx.osta.org.cn，其他网站都要当心。</p></div>""",
  True, "U04", "华信证书服务",
  [("domain", "hxrcpj.com", "hxrcpj点com")],
  "U04 answer pushing fake query domain")
P("/wd/q-90452.html", "AI训练师证书挂靠一年能拿多少钱？", "问题",
  """<h1>AI训练师证书挂靠一年能拿多少钱？</h1>
<div class="answer"><span class="author">安徽鼎程</span><p>目前行情2万左右，技师3万，我们包对接。感兴趣加 DC_hr88。</p></div>
<div class="answer"><span class="author">老HR</span><p>人工智能训练师没有资质挂靠需求，说能挂靠的基本是骗报名费的。</p></div>
<div class="comment"><span class="author">合肥小米</span><p>那我之前问的那个也不靠谱了…wx: xiaomi_hf1990</p></div>""",
  True, "U07", "安徽鼎程",
  [("wechat", "dc_hr88", "DC_hr88")],
  "U07 answer on Q&A; reader contact")
P("/wd/q-91230.html", "零基础想转行做AI训练师，有没有人带？", "问题",
  """<h1>零基础想转行做AI训练师，有没有人带？</h1>
<div class="answer"><span class="author">学AI的陈老师</span>
<p>零基础建议先从数据标注岗位做起，满一年再考五级。我开了一个8周的线上入门课（699元），报名表：jinshuju.net/f/chenai
，有疑问加我微信 chen_ai_t。</p></div>""",
  True, "I02", "学AI的陈老师",
  [("wechat", "chen_ai_t", "chen_ai_t")],
  "I02 independent individual teacher")
P("/wd/q-89001.html", "有人说人工智能训练师证是人社部颁发的，是真的吗？", "问题",
  """<h1>有人说人工智能训练师证是人社部颁发的，是真的吗？</h1>
<div class="answer"><span class="author">职业规划师老林</span>
<p>不是。现在的职业技能等级证书由备案的评价机构颁发，人社部门负责备案监管和查询平台。查询用 zscx.osta.org.cn，证书上也印有 jndj.osta.org.cn。
有疑问拨打12333。曾有网友反映号码 17156420089 以“人社部颁发”为名收钱后失联。</p></div>
<div class="comment"><span class="author">合肥小米</span><p>谢谢科普！xiaomi_hf1990 这是我微信，想找个靠谱的一起学。</p></div>""",
  False, None, None, [], "explainer Q&A; scam number and reader contact")

# ================================================================ shop
P("/shop/item-5521.html", "国培AI考证旗舰店 人工智能训练师三级 包过 报名即发资料", "职业考证",
  """<h1>人工智能训练师三级 高级工 报名 包过班</h1>
<div class="price">¥4680 月销 88</div>
<p>店铺：国培AI考证旗舰店　发货：电子资料包+报名服务</p>
<p>人社部颁发·国家职业资格证书·全国联网可查。零基础不限学历，不过退款。</p>
<p>拍下后联系客服QQ 3309887412 或手机 152-5510-7788 登记信息。支持支付宝，支付宝客服 95188。</p>
<p>近期订单：订单号 202606150933281 已发货</p>""",
  True, "U03", "国培AI考证旗舰店",
  [("qq", "3309887412", "3309887412"), ("phone", "+8615255107788", "152-5510-7788")],
  "U03 shop listing")
P("/shop/item-6603.html", "AI小白营课程店 人工智能训练师入门+AIGC 原价9999限时99", "IT技能",
  """<h1>AI训练师入门+AIGC实战 原价9999 限时99</h1>
<div class="price">¥99 <s>¥9999</s> 月销 2.3万</div>
<p>店铺：AI小白营课程店。90%小白都能学会，学完送“人工智能训练师”结业证书，拿到证书便可升职加薪。</p>
<p>购买后进学员群 865201347，助教电话 177 3056 2219。支付宝客服 95188。</p>""",
  True, "U05", "AI小白营课程店",
  [("qq_group", "865201347", "865201347"), ("phone", "+8617730562219", "177 3056 2219")],
  "U05 knowledge-pay shop listing")
P("/shop/item-7710.html", "智数未来官方店 1+X人工智能训练师证书 报名服务", "职业考证",
  """<h1>1+X人工智能训练师证书 报名服务</h1>
<div class="price">¥1980 月销 41</div>
<p>店铺：智数未来官方店。教育部1+X证书，学分互认。</p>
<p>售后邮箱 zswl_edu@163.com　电话 (010)6258-7733　报名表 jinshuju.net/f/zswlx</p>""",
  True, "U08", "智数未来官方店",
  [("email", "zswl_edu@163.com", "zswl_edu@163.com"), ("phone", "01062587733", "(010)6258-7733")],
  "U08 shop listing")
P("/shop/item-8802.html", "芯途AI考证 人工智能训练师二级技师 快速下证", "职业考证",
  """<h1>人工智能训练师二级技师 快速下证</h1>
<div class="price">¥5200 月销 12</div>
<p>店铺：芯途AI考证。不限经验，免考核，45天出证，官方指定机构。</p>
<p>联系：159 0551 0662。维权投诉可拨12315。支付宝客服 95188。</p>""",
  True, "I04", "芯途AI考证",
  [("phone", "+8615905510662", "159 0551 0662")],
  "I04 independent dishonest shop")

# ================================================================ news
P("/news/warning-shanzhai.html", "警惕！“人社部颁发”的AI训练师证书多是山寨", "要闻",
  """<h1>警惕！“人社部颁发”的AI训练师证书多是山寨</h1>
<p class="meta">皖陇在线记者 2026-06-12</p>
<p>记者调查发现，部分机构以“人社部颁发”“包过”“三级二级一起拿”为噱头售卖人工智能训练师证书。
有市民反映，拨打对方提供的号码 171 5642 0089 交费后即被拉黑。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可通过 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315或12333。</p>
<p>样本证书编号形如 S000034012876253000018，第16位为等级。</p>""",
  False, None, None, [], "news warning quoting a scam number")
P("/news/lz-advertorial.html", "陇原技能：让兰州职工学AI、拿补贴（推广）", "教育",
  """<h1>陇原技能：让兰州职工学AI、拿补贴</h1>
<p class="meta">推广 2026-06-09</p>
<p>甘肃陇原职业技能培训有限公司（统一社会信用代码 """ + U06_USCC + """）近年开设人工智能训练师四级、三级课程，
已有数百名参保职工取证后申请技能提升补贴。</p>
<p>证书上印有查询网址 jndj.osta.org.cn。报名电话 0931 4567 023，邮箱 longyuan_px@126.com。</p>""",
  True, "U06", "甘肃陇原职业技能培训有限公司",
  [("uscc", U06_USCC, U06_USCC), ("phone", "09314567023", "0931 4567 023"),
   ("email", "longyuan_px@126.com", "longyuan_px@126.com")],
  "U06 advertorial in news site")
P("/news/policy-butie.html", "技能提升补贴怎么领？一文读懂", "就业",
  """<h1>技能提升补贴怎么领？一文读懂</h1>
<p>取得职业技能等级证书的参保职工，缴纳失业保险满1年，可申请技能提升补贴：五级最高1000元、四级1500元、三级2000元。二级、一级无此全国性补贴。</p>
<p>申请渠道以当地人社部门为准，咨询12333。</p>""",
  False, None, None, [], "policy explainer")

# ================================================================ mp wechat reposts
P("/mp/gp-sanji.html", "国培智业｜人工智能训练师三级，一次拿证，终身有效！", "教育",
  """<h1>人工智能训练师三级，一次拿证，终身有效！</h1>
<p class="src">来源：国培智业 公众号</p>
<p>国家认可、官方认证，人社部颁发，免培训直接考，包通过！零基础也能报高级工。</p>
<p>报名咨询：15255107788（微信同号 gpzy888）</p>
<p>▲长按识别二维码添加老师</p>""",
  True, "U03", "国培智业",
  [("phone", "+8615255107788", "15255107788"), ("wechat", "gpzy888", "gpzy888")],
  "U03 WeChat repost")
P("/mp/lz-ai-0612.html", "启航智训｜兰州6月人工智能训练师四级班开班啦", "本地",
  """<h1>兰州6月人工智能训练师四级班开班啦</h1>
<p class="src">来源：启航智训 公众号</p>
<p>6月22日开班，周末授课，理论+实操。请按条件报名，证书可官方查询。</p>
<p>咨询电话：0931-8612455　邮箱 qihang_lz@163.com</p>""",
  True, "U02", "启航智训",
  [("phone", "09318612455", "0931-8612455"), ("email", "qihang_lz@163.com", "qihang_lz@163.com")],
  "U02 WeChat repost")
P("/mp/ai-xb.html", "AI小白营｜普通人靠AI训练师月入过万的秘密", "职场",
  """<h1>普通人靠AI训练师月入过万的秘密</h1>
<p class="src">来源：AI小白营 公众号</p>
<p>原价9999限时99！90%小白都能学会，学完送证书，拿到证书便可升职加薪。</p>
<p>助教手机：17730562219</p>""",
  True, "U05", "AI小白营",
  [("phone", "+8617730562219", "17730562219")],
  "U05 WeChat repost")
P("/mp/zswl-1x.html", "智数未来教育｜1+X人工智能训练师证书最后一批报名", "教育",
  """<h1>1+X人工智能训练师证书最后一批报名</h1>
<p class="src">来源：智数未来教育 公众号</p>
<p>教育部1+X证书，全国通用，最后一批！主体：""" + U08_USCC + """</p>
<p>报名邮箱 zswl_edu@163.com，报名表 jinshuju.net/f/zswl-last</p>""",
  True, "U08", "智数未来教育",
  [("uscc", U08_USCC, U08_USCC), ("email", "zswl_edu@163.com", "zswl_edu@163.com")],
  "U08 WeChat repost")
P("/mp/bh-jxjy.html", "滨湖职院继续教育｜人工智能训练师五级社会培训招生", "本地",
  """<h1>人工智能训练师五级社会培训招生</h1>
<p class="src">来源：滨湖职院继续教育学院 公众号</p>
<p>我院为备案评价机构，面向社会开展人工智能训练师五级培训与认定，本期批次号 0551202603，考点前台 0551-63658800。</p>
<p>报名：0551-63992108（办公室），王老师 180 5512 7390；邮箱 jxjy@bhzy.edu.cn</p>""",
  True, "U09", "滨湖职院继续教育学院",
  [("phone", "055163992108", "0551-63992108"), ("phone", "+8618055127390", "180 5512 7390"),
   ("email", "jxjy@bhzy.edu.cn", "jxjy@bhzy.edu.cn")],
  "U09 college account repost")

# ================================================================ dy short video
P("/dy/v-7291.html", "小国老师讲AI：三级证一次拿，评论区扣1", "知识",
  """<h1>小国老师讲AI：三级证一次拿</h1>
<div class="video">[视频 00:58]</div>
<p class="desc">@小国老师讲AI　人工智能训练师三级，零基础包过，人社部颁发！私信或加 GPZY888</p>
<div class="comments"><p>用户A：真的假的</p><p>用户B：骗子吧</p></div>""",
  True, "U03", "小国老师讲AI",
  [("wechat", "gpzy888", "GPZY888")],
  "U03 short video")
P("/dy/v-8830.html", "AI小白营：原价9999限时99，学完就能接单", "知识",
  """<h1>AI小白营：原价9999限时99</h1>
<div class="video">[视频 01:12]</div>
<p class="desc">@AI小白营　90%小白都能学会！主页加V：aixb2026，进群 865201347 领资料</p>""",
  True, "U05", "AI小白营",
  [("wechat", "aixb2026", "aixb2026"), ("qq_group", "865201347", "865201347")],
  "U05 short video")
P("/dy/v-9015.html", "阿飞带你学AI：拿到证书就能升职加薪", "职场",
  """<h1>阿飞带你学AI：拿到证书就能升职加薪</h1>
<div class="video">[视频 00:45]</div>
<p class="desc">@阿飞带你学AI　人工智能训练师证书+AIGC，一节课99，限时！vx AIxb2026</p>""",
  True, "U05", "阿飞带你学AI",
  [("wechat", "aixb2026", "AIxb2026")],
  "U05 second persona")
P("/dy/v-9377.html", "兰州AI训练营：带你实地看数据标注基地", "知识",
  """<h1>兰州AI训练营：带你实地看数据标注基地</h1>
<div class="video">[视频 02:03]</div>
<p class="desc">@兰州AI训练营　实地探访兰州新区标注基地，训练营招第5期，满一年可考五级。合作微信 lzai_camp</p>""",
  True, "I05", "兰州AI训练营",
  [("wechat", "lzai_camp", "lzai_camp")],
  "I05 independent short video")

# ================================================================ rsj notices
P("/rsj/notice-butie.html", "关于做好2026年职工技能提升补贴申领工作的通知", "通知公告",
  """<h1>关于做好2026年职工技能提升补贴申领工作的通知</h1>
<p>各有关单位：参保职工取得职业技能等级证书的，可按规定申领技能提升补贴。证书真伪以技能人才评价证书全国联网查询（zscx.osta.org.cn）结果为准。</p>
<p>咨询电话：12333。</p>""",
  False, None, None, [], "official notice")
P("/rsj/notice-shanzhai.html", "关于警惕技术技能类“山寨证书”的提示", "通知公告",
  """<h1>关于警惕技术技能类“山寨证书”的提示</h1>
<p>近期有机构以“人社部颁发”“包过”“免培训直接发证”等宣传售卖人工智能训练师等证书。职业技能等级证书由备案评价机构颁发，政府部门不参与监制。</p>
<p>证书查询网址：jndj.osta.org.cn、zscx.osta.org.cn。举报投诉：12345、12315。</p>""",
  False, None, None, [], "official warning")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline quoted by sellers, notices and readers"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "12345", ["12345"], "government service hotline in a notice/footer"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("phone", "4006153370", ["400-615-3370"], "marketplace customer-service line in footer/sidebar"),
    ("email", "service@xuezhi365.com", ["service@xuezhi365.com"], "marketplace footer e-mail"),
    ("domain", "xuezhi365.com", ["www.xuezhi365.com"], "marketplace's own domain"),
    ("qq_group", "731245608", ["731245608"], "forum's own QQ group in sidebar/footer"),
    ("email", "admin@luzhou365.net", ["admin@luzhou365.net"], "forum admin e-mail in footer"),
    ("other", "皖ICP备16032781号-2", ["皖ICP备16032781号-2"], "classifieds platform ICP in footer"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in classifieds posting hint"),
    ("email", "example@qq.com", ["example@qq.com"], "template placeholder e-mail"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("email", "kefu@youxuanhaoke.com", ["kefu@youxuanhaoke.com"], "shop platform footer e-mail"),
    ("phone", "4008805216", ["400-880-5216"], "shop platform hotline in footer"),
    ("wechat", "wwz_kefu", ["wwz_kefu"], "repost site's own WeChat for takedowns"),
    ("email", "jubao@kuaikanv.com", ["jubao@kuaikanv.com"], "video platform report e-mail"),
    ("phone", "+8617156420089", ["171-5642-0089", "171 5642 0089", "17156420089"],
     "scam number quoted in complaint, news and Q&A warning"),
    ("wechat", "xiaomi_hf1990", ["xiaomi_hf1990"], "a reader's own WeChat in comments"),
    ("phone", "055163658800", ["0551-63658800"], "exam venue front desk, third party"),
    ("phone", "0551202603", ["0551202603"], "exam batch number that looks like a landline"),
    ("other", "S000034012876253000018", ["S000034012876253000018"], "sample certificate number"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
    ("other", "202606150933281", ["202606150933281"], "shop order number"),
    ("phone", "055162620110", ["0551-62620110"], "news site's own news hotline in footer"),
]

# ---------------------------------------------------------------- render
CSS = {
    "company": "body{font-family:sans-serif;background:#f4f7fb}header{background:#0b4da2;color:#fff}",
    "market": "body{font-family:sans-serif}.price{color:#e4393c;font-size:20px}",
    "forum": "body{font-size:13px;background:#eef}.post,.reply{border:1px solid #ccd;margin:6px;padding:6px}",
    "classifieds": "body{font-family:SimSun}table.info td{border:1px solid #ddd;padding:3px}",
    "qa": "body{font-family:sans-serif}.answer{border-bottom:1px solid #eee;padding:8px}",
    "shop": "body{font-family:sans-serif}.price{color:#f40;font-size:22px}",
    "news": "body{font-family:serif;max-width:900px;margin:auto}.meta{color:#888}",
    "wechat": "body{max-width:680px;margin:auto;font-family:sans-serif}.src{color:#576b95}",
    "video": "body{background:#161823;color:#eee}.video{background:#000;height:200px}",
    "gov": "body{font-family:SimSun;background:#fff}header{background:#c00;color:#fff}",
}


def site_pages(key):
    return [p for p in PAGES if p["path"].split("/")[1] == key]


def frame(key, title, crumbs, main, related):
    s = SITES[key]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (key, m) if i == 0 else "<span>%s</span>" % m
                      for i, m in enumerate(s["menu"]))
    crumb = ' &gt; '.join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (key, s["name"])] + crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], p["title"]) for p in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>%s</style></head>
<body class="site-%s">
<header><div class="logo">%s</div><nav class="menu">%s</nav></header>
<div class="crumbs">当前位置：%s</div>
<div class="wrap"><main>%s</main>
<aside class="sidebar">%s<h4>相关内容</h4><ul>%s</ul></aside></div>
<footer>%s</footer>
</body></html>
""" % (title, s["name"], CSS[s["style"]], key, s["name"], menu, crumb, main, s["side"], rel, s["foot"])


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    files = {}
    hub_links = []
    for key, s in SITES.items():
        ps = site_pages(key)
        items = "".join('<li><a href="%s">%s</a> <small>%s</small></li>' % (p["path"], p["title"], p["section"]) for p in ps)
        idx = frame(key, "首页", [], "<h1>%s</h1><ul class=\"list\">%s</ul>" % (s["name"], items), ps[:3])
        files["/%s/index.html" % key] = idx
        hub_links.append('<li><a href="/%s/index.html">%s</a> <small>%s</small></li>' % (key, s["name"], s["host"]))
        for i, p in enumerate(ps):
            related = [q for q in ps if q is not p][:4]
            files[p["path"]] = frame(key, p["title"], [p["section"], p["title"]], p["body"], related)
    files["/index.html"] = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：合肥·兰州 人工智能训练师</title></head>
<body><h1>一周搜索记录：合肥·兰州 人工智能训练师</h1>
<p>以下为搜索“人工智能训练师 证书 合肥/兰州”一周内访问过的站点。</p>
<ul>%s</ul></body></html>
""" % "".join(hub_links)
    for path, html in files.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = []
    for path in sorted(files):
        p = next((q for q in PAGES if q["path"] == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index page"))
        else:
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, html in files.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
