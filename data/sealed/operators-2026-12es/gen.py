#!/usr/bin/env python3
"""Generate a small labeled web of 人工智能训练师 certificate sellers.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, W11714))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W32100))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return s17 + ALPHA[r]


USCC_U01 = uscc("52210100", "05831274")   # 民办非企业单位, 沈阳
USCC_U02 = uscc("91210102", "MA0Y7K3R")   # 企业, 沈阳和平
USCC_U04 = uscc("91450103", "MA5N2C8D")   # 企业, 南宁青秀
USCC_U09 = uscc("91450100", "MA5Q4H1B")   # 企业, 南宁

# ---------------------------------------------------------------- sites
SITES = {
    "fenlei": dict(name="365分类信息网", style="classifieds", domain="fenlei365.cn",
                   menu=["首页", "沈阳", "南宁", "招聘", "教育培训", "二手", "发布信息"],
                   footer="365分类信息网 fenlei365.cn ｜ 客服热线 400-650-8811 ｜ 信息仅供参考，交易前请核实对方资质，谨防上当受骗"),
    "shipin": dict(name="快看短视频 网页版", style="short-video pages", domain="kuaikan-video.cn",
                   menu=["推荐", "关注", "同城", "知识", "直播"],
                   footer="快看短视频 kuaikan-video.cn ｜ 违法和不良信息举报：jubao@kuaikan-video.cn ｜ 网络文化经营许可证 京网文〔2024〕1187-033号"),
    "kecheng": dict(name="学多多课堂", style="course marketplace", domain="xueduoduo.com",
                    menu=["全部课程", "职业技能", "IT互联网", "考证专区", "讲师入驻"],
                    footer="学多多课堂 www.xueduoduo.com ｜ 京ICP备19048213号-2 ｜ 双12好课节 活动编号 2847561930 ｜ 平台仅提供技术服务，课程由讲师/机构自行发布"),
    "blog": dict(name="博客地", style="blog", domain="bokedi.cn",
                 menu=["首页", "职场", "技术", "生活", "写博客"],
                 footer="博客地 bokedi.cn ｜ 联系我们：service@bokedi.cn ｜ 博主观点不代表本站立场"),
    "xueyuan": dict(name="南宁城市职业技术学院·继续教育学院", style="college", domain="nncszy.edu.cn",
                    menu=["学院首页", "学院概况", "社会培训", "通知公告", "联系我们"],
                    footer="南宁城市职业技术学院 继续教育学院 ｜ 地址：南宁市西乡塘区大学东路 ｜ 学院办公室 0771-4837000 ｜ nncszy.edu.cn"),
    "renshe": dict(name="邕城人社公共服务网", style="人社局-style notice site", domain="yongcheng-rsfw.cn",
                   menu=["首页", "通知公告", "职业技能", "就业创业", "政策解读", "办事指南"],
                   footer="邕城人社公共服务网 主办：邕城人力资源和社会保障服务中心 ｜ 咨询电话 0771-5510816 ｜ 全国人社服务热线 12333"),
    "bbs": dict(name="沈阳生活论坛", style="forum", domain="syshlt.com",
                menu=["论坛首页", "沈城杂谈", "求职招聘", "学习考证", "维权曝光"],
                footer="沈阳生活论坛 syshlt.com ｜ 官方QQ群：613072945 ｜ 帖子内容由网友发布，与本站无关"),
    "wenda": dict(name="问答天下", style="Q&A", domain="wendatx.com",
                  menu=["首页", "教育", "职场", "考证", "我要提问"],
                  footer="问答天下 wendatx.com ｜ 意见反馈 help@wendatx.com ｜ 回答仅代表答主个人观点"),
    "weixin": dict(name="微文聚合", style="WeChat-article reposts", domain="wxjuhe.cn",
                   menu=["热文", "教育", "职场", "本地", "科技"],
                   footer="微文聚合 wxjuhe.cn 文章转载自微信公众号，版权归原作者所有 ｜ 桂ICP备2023001876号-1"),
    "qizhi": dict(name="沈阳启智职业技能培训学校", style="training-company site", domain="qizhi-edu.cn",
                  menu=["学校首页", "培训项目", "师资团队", "报名须知", "联系我们"],
                  footer="沈阳启智职业技能培训学校 ｜ 电话：024-31258866 ｜ 网址：www.qizhi-edu.cn ｜ 地址：沈阳市皇姑区崇山中路 ｜ 办学许可证 教民121010500123号"),
}
SITE_ORDER = ["fenlei", "shipin", "kecheng", "blog", "xueyuan", "renshe", "bbs", "wenda", "weixin", "qizhi"]

PAGES = []


def P(path, title, body, offer=False, op=None, provider=None, ids=(), note="", sidebar=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, identifiers=[list(x) for x in ids], note=note,
                      sidebar=sidebar))


# ================================================================ 365分类信息网 (classifieds)
P("/fenlei/sy/ai-xunlianshi-58213.html", "【启智培训】沈阳人工智能训练师四级/三级培训 周末班 可申请补贴",
  """<div class="info-meta">类别：教育培训 &gt; 职业技能 ｜ 区域：沈阳-皇姑 ｜ 发布：2026-03-09 ｜ 浏览 412 次</div>
<table class="attr"><tr><th>机构</th><td>沈阳启智培训学校</td></tr><tr><th>联系人</th><td>王老师</td></tr>
<tr><th>电话</th><td>186-4016-2275</td></tr><tr><th>上课地点</th><td>皇姑区崇山中路（北陵公园南门附近）</td></tr></table>
<div class="desc"><p>人工智能训练师（职业编码4-04-05-05）四级、三级培训，周末班/晚班，理论+实操，结业后由备案评价机构组织认定，理论、实操均60分及格。</p>
<p>报名条件按国家职业技能标准执行：四级需五级证满4年或相关工作6年等，具体帮您免费核对，不符合条件的不收费。</p>
<p>缴纳失业保险满1年的在职人员可按规定申请技能提升补贴（四级最高1500元、三级最高2000元），以人社部门审核为准。</p>
<p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p></div>""",
  True, "U01", "沈阳启智培训学校",
  [("phone", "+8618640162275", "186-4016-2275")],
  "classified ad by 启智 (U01), honest wording; phone ties to school site")

P("/fenlei/sy/aizheng-kaoshi-60177.html", "人工智能训练师证 一级二级 零基础可报 工信部职业技能鉴定中心主办 全国通用",
  """<div class="info-meta">类别：教育培训 &gt; 考证 ｜ 区域：沈阳-和平 ｜ 发布：2026-03-11 ｜ 浏览 1389 次</div>
<table class="attr"><tr><th>机构</th><td>中工AI认证中心（沈阳报名处）</td></tr><tr><th>联系电话</th><td>132 4020 9915</td></tr>
<tr><th>全国热线</th><td>4001602378</td></tr></table>
<div class="desc"><p>★人工智能三级考试由国家工信部职业技能鉴定中心主办★ 一级（高级技师）、二级（技师）零基础均可报，不限学历、不限年龄、无门槛！</p>
<p>三级+二级+一级 三证一起报立减1800元，考完即可对应职称，评工程师用得上。</p>
<p>线上考试，包过，不过全额退款。名额有限，仅剩最后12个。</p></div>""",
  True, "U06", "中工AI认证中心",
  [("phone", "+8613240209915", "132 4020 9915"), ("phone", "4001602378", "4001602378")],
  "classified by 中工 (U06): 工信部 claim, levels 1-2 to beginners, 包过")

P("/fenlei/sy/suzheng-ai-60321.html", "速证通｜AI训练师证书 7天出证 人社部颁发 国家职业资格证书",
  """<div class="info-meta">类别：教育培训 &gt; 考证 ｜ 区域：沈阳-沈河 ｜ 发布：2026-03-13 ｜ 浏览 2201 次</div>
<table class="attr"><tr><th>商家</th><td>速证通</td></tr><tr><th>电话/微信</th><td>156-4028-3391</td></tr><tr><th>微信</th><td>szt_2026</td></tr></table>
<div class="desc"><p>人工智能训练师国家职业资格证书，人社部颁发，官网可查，7天出证！免培训，不用到场，提供身份证照片即可。</p>
<p>五级 980 / 四级 1580 / 三级 2680，两本以上每本再减200。证书挂靠年收入2-3万，一次投入终身受益。</p>
<p>先付定金300，出证后付尾款。</p></div>
<div class="comments"><h4>网友留言（2）</h4><p>沈河小刘：这个人是不是之前论坛曝光过那个？173 0247 5581 也是这么说的</p><p>速证通回复：同行恶意抹黑，欢迎来店面考察</p></div>""",
  True, "U08", "速证通",
  [("phone", "+8615640283391", "156-4028-3391"), ("wechat", "szt_2026", "szt_2026")],
  "classified by 速证通 (U08): 人社部颁发, 免培训, 挂靠; a comment quotes a scam number")

P("/fenlei/sy/shuju-biaozhu-61002.html", "个人代报 人工智能训练师五级（数据标注员方向）沈阳本地考点",
  """<div class="info-meta">类别：教育培训 &gt; 职业技能 ｜ 区域：沈阳-铁西 ｜ 发布：2026-03-15 ｜ 浏览 96 次</div>
<table class="attr"><tr><th>联系人</th><td>张姐（个人）</td></tr><tr><th>手机</th><td>133 8684 8702</td></tr></table>
<div class="desc"><p>本人在标注公司做了两年，帮同事报过名。人工智能训练师五级（数据标注员），需要相关工作满1年，有社保记录最好。</p>
<p>代报名+资料整理收费300，培训费和认定费按机构标准另交，考不过不退培训费，别信那些包过的。</p>
<p>证书查询去 zscx.osta.org.cn，查不到的都别要，被骗就打12315。</p></div>""",
  True, "I01", "张姐（个人）",
  [("phone", "+8613386848702", "133 8684 8702")],
  "independent individual in 沈阳 offering registration help")

P("/fenlei/nn/ai-zhengshu-70433.html", "南宁 人工智能训练师证书 代办 不用考 官网可查 可挂靠",
  """<div class="info-meta">类别：教育培训 &gt; 考证 ｜ 区域：南宁-青秀 ｜ 发布：2026-03-10 ｜ 浏览 876 次</div>
<table class="attr"><tr><th>商家</th><td>智链教育</td></tr><tr><th>手机</th><td>199 7712 4408</td></tr><tr><th>微信</th><td>gx_zhengshu</td></tr></table>
<div class="desc"><p>人工智能训练师三级、二级证书直接发证，不用考试不用上课，国家认可、官方认证，全国联网官网可查。</p>
<p>证书样本编号 S000045000123265012345，查询网址见微信朋友圈。挂靠公司年入3万+。付款走支付宝担保，客服 95188 可查交易。</p></div>""",
  True, "U04", "智链教育",
  [("phone", "+8619977124408", "199 7712 4408"), ("wechat", "gx_zhengshu", "gx_zhengshu")],
  "classified by 智链教育 (U04): no exam, 挂靠; sample certificate number and Alipay hotline are decoys")

P("/fenlei/nn/1x-rengongzhineng-70590.html", "1+X 人工智能训练师职业技能等级证书 2026春季班 南宁可报",
  """<div class="info-meta">类别：教育培训 &gt; 职业技能 ｜ 区域：南宁-西乡塘 ｜ 发布：2026-03-16 ｜ 浏览 233 次</div>
<table class="attr"><tr><th>机构</th><td>智数未来</td></tr><tr><th>报名电话</th><td>182 6987 1054</td></tr><tr><th>邮箱</th><td>ZhiShu_WeiLai@126.com</td></tr></table>
<div class="desc"><p>1+X 人工智能训练师（中级）证书2026春季班开始报名，学校、企业都认可，可在 vslc.ncb.edu.cn 查询。</p>
<p>线上学习40课时+线上考试，报名费1980元，含教材和模拟题。</p>
<p>报名表在线填写：jinshuju.net/f/aiXun26</p></div>""",
  True, "U09", "智数未来",
  [("phone", "+8618269871054", "182 6987 1054"), ("email", "zhishu_weilai@126.com", "ZhiShu_WeiLai@126.com")],
  "classified by 智数未来 (U09): sells a 1+X certificate after the 2025 handover")

P("/fenlei/nn/ai-peixun-70702.html", "青秀区 AI训练师五级 小班培训 工作室 可开发票",
  """<div class="info-meta">类别：教育培训 &gt; 职业技能 ｜ 区域：南宁-青秀 ｜ 发布：2026-03-17 ｜ 浏览 58 次</div>
<table class="attr"><tr><th>商家</th><td>青秀AI小班工作室</td></tr><tr><th>微信</th><td>nn_aitrain88</td></tr></table>
<div class="desc"><p>5人小班，数据采集、数据标注实操为主，每周六上课，共8次课，学费1600元。</p>
<p>我们只做培训，认定由备案评价机构组织，能不能报要看您的工作年限。可先试听一次。补贴政策可问人社 0771-5510816。</p></div>""",
  True, "I02", "青秀AI小班工作室",
  [("wechat", "nn_aitrain88", "nn_aitrain88")],
  "independent small studio in 南宁")

# ================================================================ 快看短视频 (short video)
def video(author, likes, desc, comments):
    cm = "".join(f"<li><b>{a}</b>：{t}</li>" for a, t in comments)
    return (f"""<div class="player"><div class="cover">[视频]</div><div class="author">@{author}</div>
<div class="stats">♥ {likes} ｜ 评论 {len(comments)} ｜ 转发</div></div>
<div class="caption">{desc}</div><ul class="comments">{cm}</ul>""")


P("/shipin/video/7342018851.html", "零基础拿人工智能训练师三级证｜中科华智",
  video("中科华智人才评价中心", "3.2万",
        "<p>90%小白都能学会！人工智能训练师三级证书，人社部颁发，原价9999限时99元抢课程包！</p>"
        "<p>证书全国通用，拿到证书便可升职加薪。主页简介有联系方式，dd我 → 薇：HZ-AI668</p>"
        "<p>电话（文字版防屏蔽）：一五五 零二四一 七七三零</p>",
        [("用户9921", "真的不用考试吗"), ("中科华智人才评价中心", "有老师全程指导，交费包过"),
         ("沈阳小鱼儿", "三级不是要四级证加5年吗？"), ("路人甲", "蹲一个后续")]),
  True, "U02", "中科华智人才评价中心",
  [("wechat", "hz-ai668", "HZ-AI668"), ("phone", "+8615502417730", "一五五 零二四一 七七三零")],
  "short video by 华智 (U02): 人社部颁发, 99 lure, phone in Chinese numerals")

P("/shipin/video/7342551096.html", "AI训练师证书到底有没有用？华智教育老师讲清楚",
  video("华智教育·陈老师", "8761",
        "<p>很多人问AI训练师证有没有用，我直接说：有证就能接数据标注的活，在家月入过万。</p>"
        "<p>我们是国家级认证机构，三证齐发（五级+四级+三级），一次考完。</p>"
        "<p>咨询加v：hz-ai668 或者扣扣 3176602284</p>",
        [("小熊不吃糖", "已加"), ("南湖老张", "国家级认证机构？哪个部门认证的"), ("华智教育·陈老师", "私信发你资质")]),
  True, "U02", "华智教育",
  [("wechat", "hz-ai668", "hz-ai668"), ("qq", "3176602284", "3176602284")],
  "short video by 华智 (U02) under another brand; three levels at once")

P("/shipin/video/7343100274.html", "证书查询官网可查｜国信人才",
  video("国信人才发展中心", "1.1万",
        "<p>AI训练师证书官网可查！查询网址 www.zgrcpj.org.cn ，输入身份证号就能查到，和国家职业资格证书一样有效。</p>"
        "<p>不用考试，资料齐全15个工作日出证。V：GX_zhengshu</p>",
        [("桂林阿杰", "这个网址不是osta的啊，跟 173 0247 5581 那伙人一个套路"), ("国信人才发展中心", "我们是全国联网的"), ("用户5580", "多少钱")]),
  True, "U04", "国信人才发展中心",
  [("wechat", "gx_zhengshu", "GX_zhengshu"), ("domain", "zgrcpj.org.cn", "www.zgrcpj.org.cn")],
  "short video by 国信 (U04): fake query site")

P("/shipin/video/7343877420.html", "南宁考AI训练师四级 我是怎么备考的",
  video("学邦教育-南宁", "2409",
        "<p>带大家看看我们四级班的实操课：数据清洗、标注规范、智能系统运维。理论和实操都要考，60分及格，不存在包过。</p>"
        "<p>广西缴纳失业保险满一年的可以申请技能提升补贴，具体以人社审核为准。</p>"
        "<p>报名咨询 138 7810 4462（微信 xuebang_nn）</p>",
        [("邕城小陈", "周末班有吗"), ("学邦教育-南宁", "有的，私信"), ("用户3312", "考点在哪")]),
  True, "U07", "学邦教育",
  [("phone", "+8613878104462", "138 7810 4462"), ("wechat", "xuebang_nn", "xuebang_nn")],
  "short video by 学邦 (U07), honest")

P("/shipin/video/7344012298.html", "AI证书 国职联考 下证快",
  video("国职联考官方", "5630",
        "<p>人工智能训练师证 国职联考，全国统一，人社部颁发，免培训直接出证。</p>"
        "<p>对公收款：沈阳市和平区速通信息咨询服务部，放心付款。急用电话 15640283391，支付有问题可打支付宝95188</p>",
        [("一只喵", "免培训也能发证？"), ("国职联考官方", "特殊渠道"), ("鸭绿江", "举报了")]),
  True, "U08", "国职联考",
  [("other", "沈阳市和平区速通信息咨询服务部", "沈阳市和平区速通信息咨询服务部"),
   ("phone", "+8615640283391", "15640283391")],
  "short video by 速证通 (U08) under brand 国职联考; payee name ties")

P("/shipin/video/7344500131.html", "AI小白训练营 第8期开营",
  video("AI小白训练营", "980",
        "<p>不卖证！只教技能：提示词、数据标注、模型测试。21天训练营 199元，结营送学习证明（不是职业技能等级证书哈）。</p>"
        "<p>想进群的扣扣 1520468093</p>",
        [("小米粒", "这种说清楚的反而放心"), ("用户1010", "有回放吗")]),
  True, "I03", "AI小白训练营",
  [("qq", "1520468093", "1520468093")],
  "independent short-video course seller, states it sells no certificate")

# ================================================================ 学多多课堂 (course marketplace)
def course(teacher, price, orig, outline, intro, sold):
    ol = "".join(f"<li>{x}</li>" for x in outline)
    return (f"""<div class="course-head"><div class="price">¥{price} <s>¥{orig}</s></div><div class="sold">已有 {sold} 人报名</div>
<div class="teacher">讲师/机构：{teacher}</div></div>
<div class="course-intro">{intro}</div><h3>课程大纲</h3><ol>{ol}</ol>
<form class="signup">姓名 <input placeholder="请输入姓名"> 手机 <input placeholder="例：13800000000"> <button>立即报名</button></form>""")


P("/kecheng/course/20871.html", "人工智能训练师（三级）证书直通班｜国培AI考证",
  course("国培AI考证·华智", "2680", "5980",
         ["人工智能训练师职业介绍", "三级理论题库精讲", "实操模拟", "证书申领流程"],
         "<p>国家职业资格证书，人社部颁发，零基础可直接报三级！包过班不过退款。</p>"
         "<p>课程答疑QQ：3176 602 284 ｜ 收款单位：沈阳华智信息咨询有限公司（统一社会信用代码 " + USCC_U02 + "）</p>",
         1203),
  True, "U02", "国培AI考证·华智",
  [("qq", "3176602284", "3176 602 284"), ("other", "沈阳华智信息咨询有限公司", "沈阳华智信息咨询有限公司"),
   ("uscc", USCC_U02, USCC_U02)],
  "marketplace course by 华智 (U02)")

P("/kecheng/course/20904.html", "人工智能训练师四级 校企合作班（南宁线下）",
  course("邕才教育", "2200", "2800",
         ["职业道德与基础知识", "数据采集和处理", "数据标注", "智能系统运维", "模拟认定"],
         "<p>广西邕才职业培训学校与高校合作开设，线下50课时，结业后参加备案评价机构组织的职业技能等级认定。</p>"
         "<p>报名需满足四级申报条件，课程顾问帮您核对。电话 177 7716 5032，资料可发邮箱 YongCai_PX@163.com，报名表 jinshuju.net/f/yc4ji</p>",
         87),
  True, "U03", "邕才教育",
  [("phone", "+8617777165032", "177 7716 5032"), ("email", "yongcai_px@163.com", "YongCai_PX@163.com")],
  "marketplace course by 邕才 (U03), honest")

P("/kecheng/course/21133.html", "AI训练师证书 快速拿证 国信智链",
  course("国信智链", "3880", "6800",
         ["资料提交", "在线练习（可选）", "出证", "挂靠推荐"],
         "<p>三级二级一级都可办，无需考试，官网可查。证书样本编号 S000045000123265012345。</p>"
         "<p>咨询扣扣1048822573，电话19977124408</p>",
         356),
  True, "U04", "国信智链",
  [("qq", "1048822573", "1048822573"), ("phone", "+8619977124408", "19977124408")],
  "marketplace listing by 国信 (U04) under brand 国信智链")

P("/kecheng/course/21290.html", "周老师·人工智能训练师四级备考（理论+实操）",
  course("周老师（博客地·老周聊AI）", "399", "599",
         ["标准解读：五个等级与申报条件", "四级理论：数据采集和处理", "四级实操：数据标注", "智能系统运维", "历年真题思路"],
         "<p>我是写了三年AI训练师备考博客的老周，这门课是博客文章的系统版。只讲备考，不卖证，也不承诺通过。</p>"
         "<p>课后答疑加微信 Zhou_LaoShi_AI，资料勘误发 laozhou_ai(at)foxmail.com</p>",
         642),
  True, "U05", "周老师",
  [("wechat", "zhou_laoshi_ai", "Zhou_LaoShi_AI"), ("email", "laozhou_ai@foxmail.com", "laozhou_ai(at)foxmail.com")],
  "marketplace course by blogger 老周 (U05), honest")

P("/kecheng/course/21377.html", "学邦·AI训练师五级/四级 南宁周末班",
  course("学邦教育", "1680", "2380",
         ["认识人工智能训练师", "数据采集", "数据标注实操", "模拟考试"],
         "<p>南宁本地机构，线下小班。官网 www.xuebang-edu.com 可看往期学员作品。</p>"
         "<p>咨询电话 13878104462</p>",
         215),
  True, "U07", "学邦教育",
  [("domain", "xuebang-edu.com", "www.xuebang-edu.com"), ("phone", "+8613878104462", "13878104462")],
  "marketplace course by 学邦 (U07)")

P("/kecheng/course/21405.html", "1+X人工智能训练师（中级）证书班｜智数未来",
  course("智数未来教育科技", "1980", "3600",
         ["1+X证书介绍", "在线课程40课时", "题库", "线上考试"],
         "<p>1+X证书，高校认可，求职加分，可在 vslc.ncb.edu.cn 查询。</p>"
         "<p>官网 https://www.zhishu-future.cn ，报名热线18269871054</p>",
         498),
  True, "U09", "智数未来教育科技",
  [("domain", "zhishu-future.cn", "https://www.zhishu-future.cn"), ("phone", "+8618269871054", "18269871054")],
  "marketplace course by 智数未来 (U09)")

P("/kecheng/course/21488.html", "生成式AI应用+人工智能训练师 入门课｜智训云课堂",
  course("智训云课堂", "299", "499",
         ["大模型基础", "提示词工程", "数据标注入门", "AI训练师职业介绍"],
         "<p>入门课，不含考证。注意：生成式人工智能系统应用员（4-04-05-13）和人工智能训练师（4-04-05-05）是两个职业，别被混着卖的广告忽悠。另外1+X证书已停止新开，vslc.ncb.edu.cn 只能查老证。</p>"
         "<p>企业团购联系 service@zhixunyun.cn</p>",
         1877),
  True, "I04", "智训云课堂",
  [("email", "service@zhixunyun.cn", "service@zhixunyun.cn")],
  "independent online course seller, honest")

# ================================================================ 博客地 (blog of 老周)
BLOG_SIDE = "<h4>关于博主</h4><p>老周，前数据标注项目经理，写AI训练师备考笔记。</p><p>备考交流QQ群 782301456</p>"

P("/blog/laozhou/2026-ai-xunlianshi-beikao.html", "2026年人工智能训练师四级备考营开营（第5期）",
  """<p class="post-meta">老周聊AI ｜ 2026-02-20 ｜ 阅读 5120</p>
<p>第5期四级备考营3月开营：8周直播+作业批改，学费399元。报名前先看自己符不符合四级申报条件（五级证满4年，或相关工作满6年，或技工院校相关专业毕业等）。</p>
<p>我不卖证，也不保证通过；认定由备案的评价机构组织，证书在 zscx.osta.org.cn 可查。</p>
<p>报名加我微信：zhou_laoshi_ai（备注“备考营”），或者进群 782301456 问。</p>
<div class="comments"><h4>评论 3</h4><p>阿木：去年跟着第3期过了，实操那块讲得很细。</p><p>小唐：老周，三级要多久？</p><p>老周聊AI：四级拿证后满5年，或者高级技工学校毕业等，看标准原文。</p></div>""",
  True, "U05", "老周聊AI",
  [("wechat", "zhou_laoshi_ai", "zhou_laoshi_ai"), ("qq_group", "782301456", "782301456")],
  "blogger 老周 (U05) enrolment post", sidebar=BLOG_SIDE)

P("/blog/laozhou/shuju-biaozhu-yiduiyi.html", "数据标注员方向一对一辅导（五级）开放预约",
  """<p class="post-meta">老周聊AI ｜ 2026-03-05 ｜ 阅读 1733</p>
<p>有同学在标注公司干满一年，想考五级（数据标注员）。开放10个一对一名额，每人4次、共6小时，600元。</p>
<p>预约发邮件到 laozhou_ai@foxmail.com，写清楚工作年限和所在城市；也可以在群里找我：782 301 456。</p>
<p>提醒：看到“零基础直接考二级”“三证齐发”的广告，直接划走，被骗了打12315。</p>""",
  True, "U05", "老周聊AI",
  [("email", "laozhou_ai@foxmail.com", "laozhou_ai@foxmail.com"), ("qq_group", "782301456", "782 301 456")],
  "blogger 老周 (U05) one-to-one tutoring offer", sidebar=BLOG_SIDE)

P("/blog/laozhou/shanzhai-zhengshu-shibie.html", "怎么识别山寨AI训练师证书：一张表说清楚",
  """<p class="post-meta">老周聊AI ｜ 2026-01-12 ｜ 阅读 20310</p>
<p>1. 人工智能训练师证是<b>职业技能等级证书</b>，不是国家职业资格证书，由人社部门备案的评价机构颁发，不是“人社部颁发”。</p>
<p>2. 查询只认 zscx.osta.org.cn、jndj.osta.org.cn 和各省人社网站；1+X证书老平台是 vslc.ncb.edu.cn，2025年底以后不会有新的1+X证书。</p>
<p>3. 证书编号22位：1个字母+21位数字，比如样本 S000045000123265012345，第16位是等级。</p>
<p>4. 被骗了先固定证据，打12315投诉，涉及补贴政策问12333。</p>""",
  False, None, None, [], "blog guide on spotting fake certificates (non-offer)", sidebar=BLOG_SIDE)

# ================================================================ 南宁城市职业技术学院 (college)
P("/xueyuan/shehuipeixun/ai-xunlianshi-hezuoban.html", "【社会培训】人工智能训练师（四级）校企合作班招生简章",
  """<p class="meta">发布单位：继续教育学院 ｜ 2026-02-26 ｜ 点击 688</p>
<p>为服务区域数字经济发展，我院与广西邕才职业培训学校合作开设人工智能训练师（四级）培训班，教学由合作方负责，场地在我院实训楼。</p>
<p>培训费2200元/人，认定费按评价机构标准另行收取。认定考点：南宁市数字技能实训基地（考点前台 0771-2861305）。</p>
<p>报名咨询：广西邕才职业培训学校 0771-5586213；报名材料发送至 yongcai_px@163.com。</p>""",
  True, "U03", "广西邕才职业培训学校",
  [("phone", "07715586213", "0771-5586213"), ("email", "yongcai_px@163.com", "yongcai_px@163.com")],
  "college page for a class run by 邕才 (U03); venue desk and college office are decoys")

P("/xueyuan/shehuipeixun/ai-xunlianshi-wuji.html", "继续教育学院 人工智能训练师（五级）在职人员培训班",
  """<p class="meta">发布单位：继续教育学院 ｜ 2026-03-02 ｜ 点击 402</p>
<p>面向在岗满一年的数据标注、客服质检等人员，60课时，理论+实操，学费1200元，符合条件的可申请技能提升补贴。</p>
<p>认定考点：南宁市数字技能实训基地（考点前台 0771-2861305）。</p>
<p>报名：继续教育学院培训科 0771-4837265（周一至周五）。补贴政策请咨询12333。</p>""",
  True, "I05", "南宁城市职业技术学院继续教育学院",
  [("phone", "07714837265", "0771-4837265")],
  "college's own level-5 class (independent)")

P("/xueyuan/tongzhi/2026-chunji-zhaopinhui.html", "关于举办2026届毕业生春季双选会的通知",
  """<p class="meta">发布单位：招生就业处 ｜ 2026-03-04</p>
<p>我校定于2026年3月28日在体育馆举办春季双选会，欢迎用人单位报名参加。参会单位请于3月20日前提交营业执照副本扫描件。</p>
<p>咨询：招生就业处（办公楼208室）。</p>""",
  False, None, None, [], "unrelated college notice (non-offer)")

# ================================================================ 邕城人社公共服务网 (notice site)
P("/renshe/tzgg/2026-ai-xunlianshi-rending-jihua.html", "关于公布2026年第一批职业技能等级认定计划的通知",
  """<p class="meta">来源：职业能力建设科 ｜ 2026-02-18 ｜ 字号：大 中 小</p>
<p>各有关单位：现将2026年第一批职业技能等级认定计划公布如下，认定计划编号：13210026031。</p>
<table class="tb"><tr><th>职业（工种）</th><th>等级</th><th>认定时间</th></tr>
<tr><td>人工智能训练师（数据标注员）</td><td>五级、四级</td><td>2026年4月18日</td></tr>
<tr><td>人工智能训练师（人工智能算法测试员）</td><td>四级、三级</td><td>2026年4月25日</td></tr></table>
<p>认定地点：南宁市数字技能实训基地。证书信息可在 jndj.osta.org.cn 和 zscx.osta.org.cn 查询。咨询电话 12333。</p>""",
  False, None, None, [], "official-style assessment plan notice (non-offer); batch number looks like a mobile")

P("/renshe/tzgg/shanzhai-zhengshu-tixing.html", "警惕“山寨证书”：这些话术都是坑",
  """<p class="meta">来源：邕城人社 ｜ 2026-03-01</p>
<p>近期有群众反映，有人以“人社部颁发”“免培训直接发证”“包过”“挂靠年入数万”为噱头售卖人工智能训练师证书。</p>
<p>职业技能等级证书由备案的评价机构颁发，可通过 zscx.osta.org.cn 查询。不法分子常用电话 173 0247 5581 等号码联系群众，请勿轻信。</p>
<p>发现违法培训广告可拨打 12315 投诉，政策咨询拨打 12333。</p>""",
  False, None, None, [], "official-style warning (non-offer); quotes a scam number")

P("/renshe/bszn/jineng-tisheng-butie.html", "失业保险技能提升补贴申领指南",
  """<p class="meta">来源：就业服务科 ｜ 2026-01-08</p>
<p>补贴标准：取得五级、四级、三级职业技能等级证书的，分别最高1000元、1500元、2000元。申领条件：累计缴纳失业保险1年以上。</p>
<p>二级、一级无此项国家补贴。每人每年最多享受3次，同一职业同一等级只能享受1次。</p>""",
  False, None, None, [], "official-style subsidy guide (non-offer)")

# ================================================================ 沈阳生活论坛 (forum)
def thread(author, level, body, replies):
    rp = "".join(f"<div class=\"reply\"><span class=\"floor\">{i + 2}楼</span> <b>{a}</b>：{t}</div>" for i, (a, t) in enumerate(replies))
    return (f"""<div class="post"><div class="author">{author}<br><small>{level}</small></div><div class="content">{body}</div></div>{rp}""")


P("/bbs/thread-884120-1-1.html", "[学习考证] 华智考证：AI训练师三级名额还剩8个",
  thread("华智考证老师", "注册会员",
         "<p>沈阳本地报名，人社部颁发，国家职业资格证书，零基础可报三级，包过。</p>"
         "<p>报名电话 155 0241 7730，学费对公：沈阳华智信息咨询有限公司</p>",
         [("浑河边上", "包过？山寨证书吧"), ("xiaoyu", "求带，我微信 xiaoyu_0923"), ("华智考证老师", "已私信")]),
  True, "U02", "华智考证",
  [("phone", "+8615502417730", "155 0241 7730"), ("other", "沈阳华智信息咨询有限公司", "沈阳华智信息咨询有限公司")],
  "forum post by 华智 (U02); a reader leaves her own WeChat")

P("/bbs/thread-884357-1-1.html", "[学习考证] 工信人才服务 人工智能训练师一级二级招生",
  thread("工信人才服务", "新手上路",
         "<p>工信部职业技能鉴定中心主办，一级二级都可报，不看学历不看经验，考下来直接对应高级职称。</p>"
         "<p>全国统一咨询 400-160-2378，QQ 2698130457</p>",
         [("老铁西", "一级要二级证加4年的吧"), ("工信人才服务", "我们有特殊通道")]),
  True, "U06", "工信人才服务",
  [("phone", "4001602378", "400-160-2378"), ("qq", "2698130457", "2698130457")],
  "forum post by 中工 (U06) under brand 工信人才服务")

P("/bbs/thread-884590-1-1.html", "[学习考证] 速证通 AI证 出证快 价格美丽",
  thread("SZT速证通", "注册会员",
         "<p>AI训练师五级四级三级，免培训，人社部颁发，十天左右出证。加微 SZT_2026 发价目表。</p>"
         "<p>付款户名：沈阳市和平区速通信息咨询服务部</p>",
         [("铁西老王", "去年被这种坑过"), ("SZT速证通", "我们是正规的")]),
  True, "U08", "速证通",
  [("wechat", "szt_2026", "SZT_2026"), ("other", "沈阳市和平区速通信息咨询服务部", "沈阳市和平区速通信息咨询服务部")],
  "forum post by 速证通 (U08)")

P("/bbs/thread-884712-1-1.html", "[学习考证] 沈北宝妈在家做标注，顺便带几个人考五级",
  thread("沈北lily", "中级会员",
         "<p>本人在家做标注快两年了，考了五级（数据标注员）。可以带想入行的姐妹做标注+准备五级，带教费500，不包过，要先干满一年才能报。</p>"
         "<p>感兴趣加我 shenbei_lily</p>",
         [("三好街", "实在人"), ("小区门口", "我留个电话 15040286612 有消息告诉我"), ("沈北lily", "好的")]),
  True, "I06", "沈北lily",
  [("wechat", "shenbei_lily", "shenbei_lily")],
  "independent individual on forum; a reader leaves own phone")

P("/bbs/thread-883901-1-1.html", "[维权曝光] 交了2680说七天出证，现在人联系不上了",
  thread("被坑的小李", "注册会员",
         "<p>去年11月在网上看到AI训练师证“人社部颁发”“免培训”，对方电话 173 0247 5581，付了2680，到现在没证，电话打不通。</p>"
         "<p>已经打了12315，也问了12333，说证书只能在 zscx.osta.org.cn 查，他给的网址是假的。</p>",
         [("版主", "已加精，大家擦亮眼睛"), ("铁西老王", "同样被坑过")]),
  False, None, None, [], "complaint thread (non-offer); quotes scam number")

# ================================================================ 问答天下 (Q&A)
def qa(q, qdesc, answers):
    a = "".join(f"<div class=\"answer\"><div class=\"who\">{w}</div><div>{t}</div></div>" for w, t in answers)
    return f"<div class=\"question\"><h2>{q}</h2><p>{qdesc}</p></div><div class=\"answers\">{a}</div>"


P("/wenda/q/5581204.html", "沈阳哪里可以考人工智能训练师？靠谱吗？",
  qa("沈阳哪里可以考人工智能训练师？靠谱吗？", "在沈阳做客服质检，想考个AI训练师，怕被骗。",
     [("启智职业培训·王老师（机构认证）", "<p>先看申报条件：五级要相关工作满1年。我们学校在皇姑区，有四级三级班，认定由备案评价机构组织。"
       "详情看 qizhi-edu.cn，微信 Qizhi_Wang。</p>"),
      ("网友 浑南小赵", "<p>补充一下，能在 zscx.osta.org.cn 查到的才算。有问题我电话 15040286612 可以交流。</p>")]),
  True, "U01", "启智职业培训",
  [("wechat", "qizhi_wang", "Qizhi_Wang"), ("domain", "qizhi-edu.cn", "qizhi-edu.cn")],
  "Q&A answer by 启智 (U01); a reader leaves own phone")

P("/wenda/q/5590377.html", "南宁考AI训练师四级要多少钱？有补贴吗？",
  qa("南宁考AI训练师四级要多少钱？有补贴吗？", "在南宁，交了两年失业保险。",
     [("邕才教育顾问", "<p>培训费各家不一样，我们四级线下班2200。失业保险满1年可以申请技能提升补贴，四级最高1500元。"
       "想报可以打 177-7716-5032，或看官网 yongcai-px.com。</p>"),
      ("网友 阿桂", "<p>补贴去人社窗口问，12333也能问。</p>")]),
  True, "U03", "邕才教育",
  [("phone", "+8617777165032", "177-7716-5032"), ("domain", "yongcai-px.com", "yongcai-px.com")],
  "Q&A answer by 邕才 (U03)")

P("/wenda/q/5602118.html", "人工智能训练师二级需要什么条件？零基础能考吗？",
  qa("人工智能训练师二级需要什么条件？零基础能考吗？", "想直接考二级，听说能评职称。",
     [("中工教育", "<p>可以的，零基础也能报二级，我们工信部背景，考完直接对应职称。企鹅：2698 1304 57，电话13240209915。</p>"),
      ("网友 xiaoyu", "<p>二级要三级证加4年，别信。我也在备考，微信 xiaoyu_0923 一起。</p>")]),
  True, "U06", "中工教育",
  [("qq", "2698130457", "2698 1304 57"), ("phone", "+8613240209915", "13240209915")],
  "Q&A answer by 中工 (U06); a reader leaves own WeChat")

# ================================================================ 微文聚合 (WeChat reposts)
def wx(account, date, body):
    return (f"""<div class="rich_media_meta"><span class="account">{account}</span> ｜ {date} ｜ 原文转载自微信公众号</div>
<div class="rich_media_content">{body}</div><div class="wx-tail">阅读原文 ｜ 在看 ｜ 分享</div>""")


P("/weixin/a/6f1d20a9.html", "邕才教育｜人工智能训练师四级班3月开课",
  wx("邕才教育", "2026-02-27",
     "<p>本期四级班与南宁城市职业技术学院合作，线下50课时。认定计划编号 13210026031，认定时间以人社公告为准。</p>"
     "<p>咨询电话：0771 5586213 ｜ 官网：www.yongcai-px.com</p>"),
  True, "U03", "邕才教育",
  [("phone", "07715586213", "0771 5586213"), ("domain", "yongcai-px.com", "www.yongcai-px.com")],
  "WeChat repost by 邕才 (U03); quotes the official batch number")

P("/weixin/a/7b3e9c01.html", "国信人才：AI训练师证书办理须知",
  wx("国信人才发展中心", "2026-03-03",
     "<p>证书全国联网，查询官网 zgrcpj.org.cn。国家职业资格证书，终身有效，挂靠年入3万+。</p>"
     "<p>办理咨询扣扣：1048822573 ｜ 主体：广西国信人才发展有限公司 统一社会信用代码 " + USCC_U04 + "</p>"
     "<p>证书样本编号：S000045000123265012345</p>"),
  True, "U04", "国信人才发展中心",
  [("domain", "zgrcpj.org.cn", "zgrcpj.org.cn"), ("qq", "1048822573", "1048822573"), ("uscc", USCC_U04, USCC_U04)],
  "WeChat repost by 国信 (U04): fake query site, 挂靠")

P("/weixin/a/8c0a4f77.html", "学邦教育｜广西技能提升补贴怎么领？附AI训练师报名",
  wx("学邦教育", "2026-03-06",
     "<p>缴纳失业保险满1年的，取得四级证书最高可领1500元。我们的AI训练师四级周末班正在报名，认定计划编号 13210026031。</p>"
     "<p>考点在南宁市数字技能实训基地（前台 0771-2861305）。政策问题可咨询 0771-5510816。</p>"
     "<p>报名加微信 XueBang_NN，或致电 0771-3912077，官网 xuebang-edu.com</p>"
     "<p>证书可在 jndj.osta.org.cn 查询。</p>"),
  True, "U07", "学邦教育",
  [("wechat", "xuebang_nn", "XueBang_NN"), ("phone", "07713912077", "0771-3912077"),
   ("domain", "xuebang-edu.com", "xuebang-edu.com")],
  "WeChat repost by 学邦 (U07); quotes batch number, venue desk and notice-site number")

P("/weixin/a/9d5b1e32.html", "智数未来｜1+X人工智能训练师证书 最后一期",
  wx("智数未来教育", "2026-03-08",
     "<p>1+X证书最后一期，错过不再有！可在 vslc.ncb.edu.cn 查询。线上学习，线上考试。</p>"
     "<p>官网 zhishu-future.cn ｜ 邮箱 zhishu_weilai@126.com ｜ 广西智数未来教育科技有限公司（" + USCC_U09 + "）</p>"
     "<p>在线报名表：jinshuju.net/f/aiXun26 ｜ 证书样本编号 S000045000123265012345</p>"),
  True, "U09", "智数未来教育",
  [("domain", "zhishu-future.cn", "zhishu-future.cn"), ("email", "zhishu_weilai@126.com", "zhishu_weilai@126.com"),
   ("uscc", USCC_U09, USCC_U09)],
  "WeChat repost by 智数未来 (U09)")

P("/weixin/a/a1c7e640.html", "曝光！“包过”“人社部颁发”的AI证书，南宁多人被骗",
  wx("南宁晚报微刊", "2026-03-12",
     "<p>记者调查发现，有商家以“免培训、包通过、国家认可”为卖点售卖人工智能训练师证书。多名市民反映，对方使用 173 0247 5581 等号码联系，收款后失联。</p>"
     "<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询；遇到虚假宣传可拨打12315举报。</p>"),
  False, None, None, [], "news repost warning (non-offer); quotes scam number")

# ================================================================ 启智 (training company site, U01)
QZ_SIDE = "<h4>联系我们</h4><p>电话：024-31258866</p><p>地址：沈阳市皇姑区崇山中路</p>"
P("/qizhi/index.html", "沈阳启智职业技能培训学校 - 人工智能训练师培训",
  f"""<div class="banner">人工智能训练师（4-04-05-05）四级 / 三级 培训招生中</div>
<p>沈阳启智职业技能培训学校是经人社部门批准的民办职业培训学校（统一社会信用代码：{USCC_U01}），开设人工智能训练师、数据标注等培训项目。</p>
<p>我们只负责培训，职业技能等级认定由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>招生咨询：王老师 186 4016 2275</p>
<p><a href="/qizhi/peixun/ai-xunlianshi.html">人工智能训练师培训项目</a></p>
<form>在线预约：姓名 <input placeholder="您的姓名"> 电话 <input placeholder="如 13800000000"></form>""",
  True, "U01", "沈阳启智职业技能培训学校",
  [("phone", "02431258866", "024-31258866"), ("domain", "qizhi-edu.cn", "www.qizhi-edu.cn"),
   ("uscc", USCC_U01, USCC_U01), ("phone", "+8618640162275", "186 4016 2275")],
  "training school homepage (U01), invites enrolment", sidebar=QZ_SIDE)

P("/qizhi/peixun/ai-xunlianshi.html", "人工智能训练师培训项目 - 沈阳启智",
  """<h2>人工智能训练师（四级/三级）</h2>
<p>课时：四级50课时、三级40课时（参照国家职业技能标准），周末班。</p>
<p>学费：四级2400元，三级2800元。认定费按评价机构标准另交。</p>
<p>申报条件以《人工智能训练师国家职业技能标准（2021年版）》为准，报名前老师一对一核对。</p>
<p>证书查询：jndj.osta.org.cn；补贴政策咨询12333。</p>
<p>报名热线：(024)3125 8866 ｜ 招生老师微信：qizhi_wang</p>""",
  True, "U01", "沈阳启智",
  [("phone", "02431258866", "(024)3125 8866"), ("wechat", "qizhi_wang", "qizhi_wang"),
   ("phone", "02431258866", "024-31258866"), ("domain", "qizhi-edu.cn", "www.qizhi-edu.cn")],
  "training school course page (U01)", sidebar=QZ_SIDE)

# ================================================================ decoys
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform (official)"),
    ("phone", "4006508811", ["400-650-8811"], "classifieds platform's own customer-service line in its footer"),
    ("domain", "fenlei365.cn", ["fenlei365.cn"], "classifieds platform's own domain in footer"),
    ("email", "jubao@kuaikan-video.cn", ["jubao@kuaikan-video.cn"], "short-video platform's report e-mail in footer"),
    ("other", "京ICP备19048213号-2", ["京ICP备19048213号-2"], "course marketplace's ICP number in footer"),
    ("qq", "2847561930", ["2847561930"], "marketplace promotion number that looks like a QQ number, in footer"),
    ("phone", "+8613800000000", ["13800000000"], "template placeholder in sign-up forms"),
    ("email", "service@bokedi.cn", ["service@bokedi.cn"], "blog platform's own contact e-mail"),
    ("phone", "07714837000", ["0771-4837000"], "college office number in the college site footer"),
    ("phone", "07715510816", ["0771-5510816"], "notice site's own consultation number, quoted by a seller"),
    ("qq_group", "613072945", ["613072945"], "forum's official QQ group in footer"),
    ("email", "help@wendatx.com", ["help@wendatx.com"], "Q&A platform's feedback e-mail in footer"),
    ("other", "桂ICP备2023001876号-1", ["桂ICP备2023001876号-1"], "WeChat-repost site's ICP number in footer"),
    ("phone", "+8617302475581", ["173 0247 5581"], "scam number quoted in warnings, complaints and a comment"),
    ("wechat", "xiaoyu_0923", ["xiaoyu_0923"], "a reader's own WeChat left in comments under two sellers"),
    ("phone", "+8615040286612", ["15040286612"], "a reader's own phone left in comments under two sellers"),
    ("phone", "07712861305", ["0771-2861305"], "exam venue front desk, a third party"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used for sign-up, a third party"),
    ("phone", "95188", ["95188"], "Alipay customer-service line, a payment platform"),
    ("other", "13210026031", ["13210026031"], "official assessment-plan batch number that looks like a mobile"),
    ("other", "S000045000123265012345", ["S000045000123265012345"], "sample certificate number shown by several sellers"),
]

# ---------------------------------------------------------------- rendering
CSS = """body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
.top{background:#f5f5f5;padding:6px 16px;font-size:13px}.top a{margin-right:12px}
.crumb{padding:6px 16px;font-size:12px;color:#666}.wrap{display:flex}.main{flex:3;padding:12px 16px}
.side{flex:1;padding:12px;border-left:1px solid #eee;font-size:13px}.foot{border-top:1px solid #ddd;padding:10px 16px;font-size:12px;color:#888}"""


def esc_title(t):
    return t


def site_pages(site):
    return [p for p in PAGES if p["path"].startswith("/" + site + "/")]


def render(p, site):
    s = SITES[site]
    menu = " ".join(f'<a href="/{site}/index.html">{m}</a>' if i == 0 else f'<a href="/{site}/index.html#{i}">{m}</a>'
                    for i, m in enumerate(s["menu"]))
    others = [q for q in site_pages(site) if q["path"] != p["path"]][:4]
    rel = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in others)
    side = p.get("sidebar") or f"<h4>{s['name']}</h4><p>热门推荐</p>"
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{s["name"]}</a> &gt; {p["title"]}'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{CSS}</style></head>
<body><div class="top"><b>{s['name']}</b> {menu}</div>
<div class="crumb">当前位置：{crumbs}</div>
<div class="wrap"><div class="main"><h1>{p['title']}</h1>
{p['body']}
<div class="related"><h3>相关推荐</h3><ul>{rel}</ul></div></div>
<div class="side">{side}</div></div>
<div class="foot">{s['footer']}</div></body></html>
"""


def render_index(site):
    s = SITES[site]
    items = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in site_pages(site))
    menu = " ".join(f'<a href="/{site}/index.html">{m}</a>' for m in s["menu"])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{s['name']}</title><style>{CSS}</style></head>
<body><div class="top"><b>{s['name']}</b> {menu}</div>
<div class="crumb">当前位置：<a href="/index.html">导航</a> &gt; {s['name']}</div>
<div class="wrap"><div class="main"><h1>{s['name']}</h1><ul class="list">{items}</ul></div>
<div class="side"><h4>本站说明</h4><p>{s['style']}</p></div></div>
<div class="foot">{s['footer']}</div></body></html>
"""


def main():
    # qizhi/index.html is both the site index and an offer page
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for p in PAGES:
        site = p["path"].split("/")[1]
        html[p["path"]] = render(p, site)
    index_pages = []
    for site in SITE_ORDER:
        path = f"/{site}/index.html"
        if path in html:
            # company homepage: add the full page list to the body so every page is reachable
            continue
        html[path] = render_index(site)
        index_pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                                note=f"index page of {SITES[site]['name']} ({SITES[site]['style']})"))
    hub_items = "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a>（{SITES[s]["style"]}）</li>' for s in SITE_ORDER)
    html["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航</h1><ul>{hub_items}</ul></body></html>
"""
    index_pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                            note="hub linking every site's index"))
    for path, text in html.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: no seller identifier's written form contains a decoy written form
    for p in PAGES:
        for k, v, w in p["identifiers"]:
            for dk, dv, dws, _ in DECOYS:
                for dw in dws:
                    assert dw not in w and w not in dw, (p["path"], w, dw)

    pages = []
    for p in PAGES:
        pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                          identifiers=p["identifiers"], note=p["note"]))
    pages += index_pages
    pages.sort(key=lambda x: x["path"])

    operators = {}
    for p in PAGES:
        op = p["operator"]
        if not op or not op.startswith("U"):
            continue
        o = operators.setdefault(op, {"brands": [], "identifiers": []})
        if p["provider"] not in o["brands"]:
            o["brands"].append(p["provider"])
        for k, v, w in p["identifiers"]:
            if [k, v] not in o["identifiers"]:
                o["identifiers"].append([k, v])
    operators = dict(sorted(operators.items()))

    decoys = []
    for k, v, ws, why in DECOYS:
        found = sorted(path for path, text in html.items() if any(w in text for w in ws))
        decoys.append(dict(kind=k, value=v, written=ws, pages=found, why=why))

    truth = dict(pages=pages, operators=operators, decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
