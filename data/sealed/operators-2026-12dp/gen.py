#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, w in zip(body8, ws):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    """prefix8 = 2 chars kind + 6 digit division; org8 = 8 chars of 组织机构代码 body."""
    s17 = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(s17, W18))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("91440106", "MA5CKL3R")
USCC_U02 = uscc("52440305", "MJL17284")
USCC_U05 = uscc("12440100", "45587210")
USCC_U07 = uscc("91440101", "MA9W6T0B")
USCC_U09 = uscc("91440300", "MA5FQ8N2")

# ---------------------------------------------------------------- sites
SITES = {
 "zhixun": dict(name="智训教育", kind="training company", dom="www.gzzhixun.cn",
   menu=["首页", "职业技能培训", "人工智能训练师", "补贴申领", "关于我们"],
   side="<h4>联系我们</h4><p>地址：广州市天河区中山大道西89号华港商务大厦11楼</p><p>座机：020-85523078</p>",
   foot="广州智训教育科技有限公司 版权所有 | 粤ICP备2021148830号 | 统一社会信用代码：" + USCC_U01,
   css="body{font-family:SimSun}header{background:#0a4fa3;color:#fff}"),
 "college": dict(name="广州南粤职业技术学院", kind="college", dom="www.nyzy.edu.cn",
   menu=["学院首页", "学院概况", "招生就业", "继续教育", "社会服务"],
   side="<h4>继续教育学院</h4><p>办公地点：白云校区行政楼 305</p><p>电话：020-87236615</p>",
   foot="广州南粤职业技术学院 继续教育学院 | 地址：广州市白云区太和镇 | 粤ICP备05023317号",
   css="body{font-family:'Microsoft YaHei'}.topbar{background:#8b0000}"),
 "keyun": dict(name="课云网 · 职业技能课程", kind="course marketplace", dom="www.keyunke.com",
   menu=["首页", "职业资格", "IT互联网", "人工智能", "考证题库", "机构入驻"],
   side="<h4>平台保障</h4><ul><li>7天无理由退款</li><li>机构实名认证</li><li>支付宝担保交易，支付问题请联系支付宝客服95188</li></ul>",
   foot="课云网 keyunke.com | 客服热线：400-186-5930 | 客服邮箱：kefu@keyunke.com | 浙ICP备18039511号-3",
   css=".item{border:1px solid #eee}.price{color:#f40}"),
 "fenlei": dict(name="城市分类信息网", kind="classifieds", dom="gz.chengshifl.com",
   menu=["首页", "招聘", "二手", "房产", "教育培训", "生活服务"],
   side="<h4>安全提示</h4><p>凡是要求先交押金、报名费、办证费的都要谨慎，遇到诈骗请拨打110。</p>",
   foot="城市分类信息网 版权所有 粤ICP备19074415号-2 | 违法和不良信息举报：jubao@chengshifl.com",
   css=".post{font-size:14px}.meta{color:#999}"),
 "note": dict(name="小绿书 · 笔记", kind="notes app (web)", dom="www.xiaolvshu.com",
   menu=["发现", "发布", "通知", "我"],
   side="<h4>相关搜索</h4><p>人工智能训练师证怎么考 · 数据标注员 · AI训练师 深圳</p>",
   foot="小绿书 沪ICP备13030189号 | 网络举报电话：021-64176520 | 行吟信息",
   css=".note{max-width:560px}.like{color:#ff2442}"),
 "video": dict(name="抖快 · 短视频网页版", kind="short-video pages", dom="www.doukuai.tv",
   menu=["推荐", "关注", "朋友", "直播", "放映厅"],
   side="<h4>猜你喜欢</h4><p>AI副业 · 数据标注日结 · 考证攻略</p>",
   foot="抖快 京ICP备16016397号 | 违法不良信息举报电话：010-58364127 | 未成年人举报邮箱：jubao@doukuai.tv",
   css=".player{background:#000;height:320px}"),
 "wx": dict(name="微转载 · 公众号文章精选", kind="WeChat-article reposts", dom="www.wxzz8.net",
   menu=["首页", "教育", "职场", "科技", "本地"],
   side="<h4>热门转载</h4><p>文章来源于网络，如有侵权请联系 tougao@wxzz8.net 删除。</p>",
   foot="微转载 wxzz8.net 文章均来自公众号，版权归原作者所有 | 投稿/删稿：tougao@wxzz8.net",
   css=".rich_media{line-height:1.75}"),
 "wenda": dict(name="问知 · 知识问答社区", kind="Q&A", dom="www.wenzhi.cn",
   menu=["首页", "发现", "等你来答", "职业教育"],
   side="<h4>相关问题</h4><p>数据标注员是不是人工智能训练师？ · 人工智能训练师三级补贴多少？</p>",
   foot="问知 wenzhi.cn | 京ICP备13052560号 | 客服邮箱：help@wenzhi.cn | 侵权举报：010-82716601",
   css=".answer{border-bottom:1px solid #ebebeb}"),
 "bbs": dict(name="深广职场论坛", kind="forum", dom="bbs.shengzhichang.com",
   menu=["论坛首页", "考证交流", "求职招聘", "避坑曝光", "站务"],
   side="<h4>版规</h4><p>禁止发布广告，违者封号。官方交流群：582317046</p>",
   foot="深广职场论坛 Powered by Discuz! | 站务QQ群：582317046 | 粤ICP备17102293号",
   css="table.t_table{width:100%}.authi{color:#369}"),
 "news": dict(name="南方职教新闻网", kind="news", dom="www.nfzjnews.com",
   menu=["首页", "政策", "职教", "就业", "曝光台", "推广"],
   side="<h4>新闻热线</h4><p>报料邮箱：baoliao@nfzjnews.com</p>",
   foot="南方职教新闻网 版权所有 | 新闻热线：020-38891255 | 粤ICP备16082710号",
   css="article{font-size:16px}"),
 "rsj": dict(name="某市人力资源和社会保障局", kind="人社局-style notice site", dom="rsj.example-city.gov.cn",
   menu=["首页", "政务公开", "通知公告", "办事服务", "政民互动"],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：某市人力资源和社会保障局 | 网站标识码 4401000034 | 人社服务热线 12333",
   css=".gov-head{background:#c00;color:#fff}"),
}
SITE_ORDER = ["zhixun", "college", "keyun", "fenlei", "note", "video", "wx", "wenda", "bbs", "news", "rsj"]

def P(**k):
    k.setdefault("ids", [])
    k.setdefault("operator", None)
    k.setdefault("provider", None)
    k.setdefault("comments", [])
    return k

PAGES = []
def add(**k):
    PAGES.append(P(**k))

# ---------------------------------------------------------------- U01 广州智训教育
add(path="/zhixun/index.html", site="zhixun", offer=True, operator="U01", provider="智训教育",
  title="智训教育-广州人工智能训练师培训_数据标注员考证_技能提升补贴",
  note="U01 training-company home page advertising AI-trainer level 4/3 classes",
  body="""<div class="banner"><h1>人工智能训练师（4-04-05-05）四级/三级 周末班火热报名中</h1>
<p>智训教育是广州本地职业技能培训机构，开设人工智能训练师（数据标注员、人工智能算法测试员）培训，
按《人工智能训练师国家职业技能标准（2021年版）》授课，理论+实操，结业后参加备案评价机构组织的职业技能等级认定。</p></div>
<ul class="courses"><li><a href="/zhixun/course-l3.html">人工智能训练师三级（高级工）</a> 40课时 ¥3680</li>
<li>人工智能训练师四级（中级工）50课时 ¥2980</li><li>人工智能训练师五级（初级工）60课时 ¥1980</li></ul>
<p>符合条件的参保职工取证后可按规定申领失业保险技能提升补贴（以人社部门审核为准）。</p>
<div class="contact">咨询热线：137-1140-2386（王老师） 座机：020-85523078<br>
微信咨询：zhixun_ai2024 官网：www.gzzhixun.cn</div>""",
  ids=[["phone", "+8613711402386", "137-1140-2386"], ["phone", "02085523078", "020-85523078"],
       ["wechat", "zhixun_ai2024", "zhixun_ai2024"], ["domain", "gzzhixun.cn", "www.gzzhixun.cn"],
       ["uscc", USCC_U01, USCC_U01]])
add(path="/zhixun/course-l3.html", site="zhixun", offer=True, operator="U01", provider="智训教育",
  title="人工智能训练师三级（高级工）培训班-智训教育",
  note="U01 course page, level 3, honest wording, mentions eligibility and official query site",
  body="""<h1>人工智能训练师三级（高级工）培训班</h1>
<table class="info"><tr><th>课时</th><td>40课时（周六日上课，共5周）</td></tr>
<tr><th>费用</th><td>培训费 ¥3680（认定费按评价机构收费标准另计）</td></tr>
<tr><th>申报条件</th><td>取得四级证书后从事本职业5年；或取得四级证书并具有高级技工学校、技师学院毕业证书；或大专及以上相关专业并取得四级证书后工作2年。具体以评价机构审核为准。</td></tr>
<tr><th>课程内容</th><td>业务分析、智能训练、智能系统设计、培训与指导</td></tr></table>
<p>证书为职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。
对证书真伪有疑问可拨打12333咨询。证书样式参考：S000044190300124300078（样本编号，非真实证书）。</p>
<p>报名电话 13711402386，座机 020-85523078，了解更多课程请访问 gzzhixun.cn。</p>""",
  ids=[["phone", "+8613711402386", "13711402386"], ["phone", "02085523078", "020-85523078"],
       ["domain", "gzzhixun.cn", "gzzhixun.cn"], ["uscc", USCC_U01, USCC_U01]])
add(path="/keyun/course-1021.html", site="keyun", offer=True, operator="U01", provider="羊城AI学院",
  title="【广州线下】人工智能训练师四级中级工 周末班-羊城AI学院-课云网",
  note="U01 marketplace listing under another brand, tied by mobile",
  body="""<h1>【广州线下】人工智能训练师四级（中级工）周末班 含实操</h1>
<p class="price">¥2980 <s>¥3580</s></p><p>机构：羊城AI学院（已认证）｜上课地点：广州天河</p>
<p>课程介绍：数据采集和处理、数据标注、智能系统运维，按国家职业技能标准四级要求授课，结业后由备案评价机构组织认定。</p>
<p>开课前请先与老师确认报名条件：王老师 137 1140 2386</p>""",
  ids=[["phone", "+8613711402386", "137 1140 2386"]])
add(path="/note/n-0412.html", site="note", offer=True, operator="U01", provider="智训AI职培",
  title="在广州考人工智能训练师四级，我的真实经历",
  note="U01 note written as a student testimonial but ending in an enrolment pitch; tied by WeChat and domain",
  body="""<h1>在广州考人工智能训练师四级，我的真实经历📝</h1>
<p>去年做数据标注一年多，公司说有四级证可以评岗位补贴，就报了智训AI职培的周末班。老师讲得挺细，实操是标注和质检。</p>
<p>考完大概两个月出证，自己在全国联网查询上查到了✅。最近他们又开班了，想报的姐妹可以加课程顾问 V：ZhiXun_AI2024，官网 gzzhixun.cn 也能看课表～</p>
<p>#人工智能训练师 #广州考证 #数据标注</p>""",
  comments=["想问问五级要多久？", "我也想考，我微信 tianmi_0931 求带", "作者回复：私信你啦"],
  ids=[["wechat", "zhixun_ai2024", "ZhiXun_AI2024"], ["domain", "gzzhixun.cn", "gzzhixun.cn"]])

# ---------------------------------------------------------------- U02 鹏程
add(path="/fenlei/sz-0931.html", site="fenlei", offer=True, operator="U02", provider="鹏程职校",
  title="南山人工智能训练师培训 四级三级 可申请补贴 - 深圳教育培训",
  note="U02 classifieds post; landline and mobile",
  body="""<h1>南山人工智能训练师培训 四级/三级 可申请补贴</h1>
<p class="meta">深圳-南山-科技园 ｜ 发布者：鹏程职校 ｜ 已认证机构</p>
<p>我校为民办职业技能培训学校，开设人工智能训练师四级、三级培训，晚班+周末班。本期认定批次号 075520241201（深圳12月批次），
可以拿到职业技能等级证书，证书可在 jndj.osta.org.cn 查询。参保满一年的学员可申请技能提升补贴。</p>
<p>联系电话：0755-26814470 / 159 1987 0342 （周一至周六 9:00-18:00）</p>""",
  ids=[["phone", "075526814470", "0755-26814470"], ["phone", "+8615919870342", "159 1987 0342"]])
add(path="/bbs/thread-5520.html", site="bbs", offer=True, operator="U02", provider="鹏程培训",
  title="【招生】人工智能训练师四级12月班，南山地铁口 - 考证交流",
  note="U02 forum ad thread; mobile and QQ; form-tool link",
  body="""<h1>【招生】人工智能训练师四级12月班，南山地铁口</h1>
<div class="authi">楼主：鹏程培训_李老师</div>
<p>鹏程培训12月班还有8个名额，零基础可以先报五级。报名表填这里：https://wj.qq.com/s2/14735092/ ，
或者加QQ 2853176604，电话15919870342。</p>""",
  comments=["2楼：三级要什么条件？", "3楼（楼主）：三级要有四级证，私聊"],
  ids=[["phone", "+8615919870342", "15919870342"], ["qq", "2853176604", "2853176604"]])
add(path="/video/v-2281.html", site="video", offer=True, operator="U02", provider="南山鹏程AI训练营",
  title="数据标注员到底是干嘛的？南山鹏程AI训练营带你看一堂实操课",
  note="U02 short-video page; QQ written with spaces",
  body="""<h1>数据标注员到底是干嘛的？带你看一堂实操课 #人工智能训练师</h1>
<p class="desc">@南山鹏程AI训练营 · 粉丝1.2w · 2.3w赞</p>
<p>视频文案：报名人工智能训练师四级课程，先看看你适不适合～详情扣扣：285 317 6604（备注抖快）</p>""",
  comments=["学费多少", "作者：看简介哦", "这个证有用吗"],
  ids=[["qq", "2853176604", "285 317 6604"]])
add(path="/keyun/course-1033.html", site="keyun", offer=True, operator="U02", provider="深圳市南山区鹏程职业技能培训学校",
  title="人工智能训练师五级（初级工）深圳南山线下班-课云网",
  note="U02 marketplace listing with full legal name, USCC and landline",
  body="""<h1>人工智能训练师五级（初级工）深圳南山线下班</h1>
<p class="price">¥1680</p>
<p>开课机构：深圳市南山区鹏程职业技能培训学校（统一社会信用代码 """ + USCC_U02 + """）</p>
<p>报名条件：从事本职业或相关职业累计1年以上，或本职业学徒期满。证书可在 zscx.osta.org.cn 查询。</p>
<p>机构电话：(0755)26814470</p>""",
  ids=[["phone", "075526814470", "(0755)26814470"], ["uscc", USCC_U02, USCC_U02]])

# ---------------------------------------------------------------- U03 中科智培 (dishonest)
add(path="/keyun/course-1047.html", site="keyun", offer=True, operator="U03", provider="中科智培",
  title="人工智能训练师证 零基础 包过 人社部颁发 全国通用-中科智培-课云网",
  note="U03 dishonest marketplace listing: 包过, 人社部颁发, level 2 to beginners",
  body="""<h1>人工智能训练师证 零基础 包过 人社部颁发 全国通用 ✅可挂靠</h1>
<p class="price">¥4980 三级+二级套餐 <s>¥9999</s></p>
<p>机构：中科智培（国家人工智能人才认证合作单位）</p>
<p>不限学历不限经验，免培训直接考，包过！不过全额退款！证书人社部颁发，国家职业资格证书，入库可查，可用于评职称、落户、挂靠年入3万+。</p>
<p>课程编号：KY1047-AI-2T　　咨询热线 400-819-7265</p>""",
  ids=[["phone", "4008197265", "400-819-7265"]])
add(path="/wx/a-7719.html", site="wx", offer=True, operator="U03", provider="国家AI人才认证中心",
  title="重磅！人工智能训练师证书最后一批报名，2025年起停发！",
  note="U03 WeChat repost, invented policy, fake query domain; 400, WeChat and domain",
  body="""<h1>重磅！人工智能训练师证书最后一批报名，明年起停发！</h1>
<p class="src">原创 国家AI人才认证中心 　转载自公众号</p>
<p>人社部证书退出，AI证书来接盘！国家AI人才认证中心受委托开展人工智能训练师认证，证书人社部颁发，全国联网可查（查询网址：www.zgaircx.com）。</p>
<p>✅零基础 ✅不用考试 ✅15天出证 ✅可评职称</p>
<p>名额有限，报名加老师微信：zkzp_kefu01，或拨打 4008197265。</p>""",
  ids=[["phone", "4008197265", "4008197265"], ["wechat", "zkzp_kefu01", "zkzp_kefu01"],
       ["domain", "zgaircx.com", "www.zgaircx.com"]])
add(path="/note/n-0588.html", site="note", offer=True, operator="U03", provider="智培教育",
  title="AI训练师证书到手！宝子们冲！没想到这么简单",
  note="U03 note posing as a buyer; WeChat in caps, fake query domain",
  body="""<h1>AI训练师证书到手！宝子们冲！没想到这么简单🎉</h1>
<p>本来以为要考很久，结果智培教育老师全程帮忙，15天就拿证了，zgaircx.com 一查就有！</p>
<p>需要的私我或者直接找老师 ZKZP_kefu01 （说是小绿书来的有优惠）</p>""",
  comments=["真的假的？不用考？", "是骗子吧，人社部的证不是这么来的", "作者：亲测有效哦"],
  ids=[["wechat", "zkzp_kefu01", "ZKZP_kefu01"], ["domain", "zgaircx.com", "zgaircx.com"]])
add(path="/video/v-2307.html", site="video", offer=True, operator="U03", provider="中科智培AI考证",
  title="原价9999限时99！人工智能训练师证书 90%小白都能拿",
  note="U03 short-video ad; 400 spaced, WeChat",
  body="""<h1>原价9999限时99！人工智能训练师证书 90%小白都能拿 #AI副业</h1>
<p class="desc">@中科智培AI考证 · 粉丝8.7w</p>
<p>视频文案：拿到证书便可升职加薪，交费包过！➕V zkzp_kefu01 　热线 400 819 7265</p>""",
  comments=["99包含证书吗", "作者：99是体验课哦", "避雷，后面要交四千多"],
  ids=[["wechat", "zkzp_kefu01", "zkzp_kefu01"], ["phone", "4008197265", "400 819 7265"]])

# ---------------------------------------------------------------- U04 职达人 (dishonest bundles)
add(path="/fenlei/sz-1002.html", site="fenlei", offer=True, operator="U04", provider="职达人考证",
  title="人工智能训练师 三级二级一起拿 不限学历 深圳考证 - 教育培训",
  note="U04 classifieds: three-level bundle to beginners; mobile, QQ",
  body="""<h1>人工智能训练师 三级二级一起拿 不限学历 不限专业</h1>
<p class="meta">深圳-福田 ｜ 发布者：职达人考证 ｜ 个人</p>
<p>三证同报更优惠！二级技师零基础也能报，无门槛，包拿证。下一个认定批次号 075520241201，错过等半年。</p>
<p>电话 186 6592 7013 　QQ：3391480275</p>""",
  ids=[["phone", "+8618665927013", "186 6592 7013"], ["qq", "3391480275", "3391480275"]])
add(path="/bbs/thread-5583.html", site="bbs", offer=True, operator="U04", provider="职达人",
  title="考人工智能训练师二级，有没有一起的？（内部名额）",
  note="U04 forum post dressed as a question; QQ and e-mail",
  body="""<h1>考人工智能训练师二级，有没有一起的？（内部名额）</h1>
<div class="authi">楼主：职达人小助手</div>
<p>我们这有内部名额，技师直接报，不用四年工作经验，官方指定考点。资料发你邮箱，有意发简历到 ZDR_AI@163.com 或加Q 3391480275。</p>""",
  comments=["2楼：二级不是要三级证+4年吗？", "3楼：楼主别打广告了"],
  ids=[["qq", "3391480275", "3391480275"], ["email", "zdr_ai@163.com", "ZDR_AI@163.com"]])
add(path="/wenda/q-318.html", site="wenda", offer=True, operator="U04", provider="深圳考证王老师",
  title="深圳人工智能训练师证怎么考？需要什么条件？ - 问知",
  note="U04 answer in Q&A; another answer quotes a scam phone (decoy)",
  body="""<h1>深圳人工智能训练师证怎么考？需要什么条件？</h1>
<div class="answer"><b>深圳考证王老师</b> · 职业规划师<p>不用想那么复杂，我们这边一级二级三级都能安排，不限学历，交费就能报，速成班两周出证。
需要的朋友打 186-6592-7013 或邮件 zdr_ai@163.com 说明情况。</p></div>
<div class="answer"><b>路过的打工人</b><p>别信这种。我之前被一个 150 1367 9824 的人骗了2800，说包过，结果人直接拉黑。正规的去人社局网站查备案机构。</p></div>""",
  ids=[["phone", "+8618665927013", "186-6592-7013"], ["email", "zdr_ai@163.com", "zdr_ai@163.com"]])

# ---------------------------------------------------------------- U05 南粤职院
add(path="/college/jxjy-ai.html", site="college", offer=True, operator="U05", provider="南粤职院继续教育学院",
  title="继续教育学院2024年人工智能训练师（四级/三级）职业技能等级认定培训招生简章",
  note="U05 college enrolment notice (honest); landline, email, domain, USCC; venue front desk decoy",
  body="""<h1>2024年人工智能训练师（四级/三级）职业技能等级认定培训招生简章</h1>
<p>我院为广东省备案的职业技能等级认定机构，现面向社会招收人工智能训练师四级、三级培训学员。</p>
<p>一、申报条件：按《人工智能训练师国家职业技能标准（2021年版）》执行。二、培训费用：四级 2600 元/人，三级 3200 元/人；认定费按物价部门核定标准收取。
三、考核：理论知识考试与操作技能考核，均实行百分制，成绩皆达60分及以上者为合格。</p>
<p>证书可登录 zscx.osta.org.cn 查询，编号规则如 S000044190300124300078。政策咨询可拨打12333。</p>
<p>考点：白云校区实训楼（考点前台电话 020-3862 9170）</p>
<p>报名咨询：继续教育学院 020-8723 6615　邮箱：jxjy@nyzy.edu.cn　网址：www.nyzy.edu.cn</p>
<p>单位统一社会信用代码：""" + USCC_U05 + """</p>""",
  ids=[["phone", "02087236615", "020-8723 6615"], ["email", "jxjy@nyzy.edu.cn", "jxjy@nyzy.edu.cn"],
       ["domain", "nyzy.edu.cn", "www.nyzy.edu.cn"], ["uscc", USCC_U05, USCC_U05]])
add(path="/keyun/course-1052.html", site="keyun", offer=True, operator="U05", provider="南粤职院培训中心",
  title="人工智能训练师四级 高校认定点 广州白云-课云网",
  note="U05 marketplace listing; landline and email",
  body="""<h1>人工智能训练师四级 高校认定点 广州白云</h1>
<p class="price">¥2600</p><p>机构：南粤职院培训中心</p>
<p>高校实训室上课，理论+实操，需满足申报条件。咨询：020-87236615，资料请发 jxjy@nyzy.edu.cn</p>""",
  ids=[["phone", "02087236615", "020-87236615"], ["email", "jxjy@nyzy.edu.cn", "jxjy@nyzy.edu.cn"],
       ["domain", "nyzy.edu.cn", "nyzy.edu.cn"]])
add(path="/wx/a-7736.html", site="wx", offer=True, operator="U05", provider="南粤职院继续教育",
  title="招生｜人工智能训练师职业技能等级认定培训开班啦",
  note="U05 WeChat repost of the college notice; landline written with parentheses, domain",
  body="""<h1>招生｜人工智能训练师职业技能等级认定培训开班啦</h1>
<p class="src">南粤职院继续教育 　转载</p>
<p>为服务广州数字经济发展，我院开设人工智能训练师培训。报名电话：(020)8723 6615，详见学院官网 nyzy.edu.cn 继续教育栏目。</p>
<p>证书样本编号示意：S000044190300124300078。</p>""",
  ids=[["phone", "02087236615", "(020)8723 6615"], ["domain", "nyzy.edu.cn", "nyzy.edu.cn"]])

# ---------------------------------------------------------------- U06 阿琳老师 (individual agent)
add(path="/note/n-0630.html", site="note", offer=True, operator="U06", provider="阿琳老师",
  title="不用考试也能拿的AI证书？姐妹们别再走弯路了",
  note="U06 note: 不用考试, 官网可查; WeChat",
  body="""<h1>不用考试也能拿的AI证书？姐妹们别再走弯路了💡</h1>
<p>我是阿琳老师，做考证规划5年。人工智能训练师现在超火，资料审核通过就能安排，不用考试，官网可查。</p>
<p>有需要的宝子戳 Lin_AiZheng，备注"AI证"</p>""",
  comments=["我朋友被骗过，一个QQ 2709913845 的，大家小心", "作者：我们是正规的哦"],
  ids=[["wechat", "lin_aizheng", "Lin_AiZheng"]])
add(path="/video/v-2315.html", site="video", offer=True, operator="U06", provider="AI证书规划琳琳",
  title="宝妈在家也能考的AI证书，拿证后接数据标注单",
  note="U06 video; WeChat and mobile (mobile in full-width digits)",
  body="""<h1>宝妈在家也能考的AI证书，拿证后接数据标注单 #宝妈副业</h1>
<p class="desc">@AI证书规划琳琳 · 粉丝3.1w</p>
<p>简介：证书包过，拿证后推荐接单月入过万。wx：lin_aizheng 电话：１７８２０６４５１９３</p>""",
  comments=["真的能接单吗", "作者：评论区私你"],
  ids=[["wechat", "lin_aizheng", "lin_aizheng"], ["phone", "+8617820645193", "１７８２０６４５１９３"]])
add(path="/wenda/q-402.html", site="wenda", offer=True, operator="U06", provider="琳姐考证",
  title="人工智能训练师证书在网上报名靠谱吗？ - 问知",
  note="U06 Q&A answer; mobile spaced; payee name; a reader leaves own WeChat (decoy)",
  body="""<h1>人工智能训练师证书在网上报名靠谱吗？</h1>
<div class="answer"><b>琳姐考证</b><p>靠谱的，我们都是线上报名，学费转到对公或者负责人林晓琳名下都可以，开票。
电话 178 2064 5193 微信同号。</p></div>
<div class="answer"><b>小米粥</b><p>我也想报，有人一起吗？加我 tianmi_0931</p></div>""",
  ids=[["phone", "+8617820645193", "178 2064 5193"], ["other", "林晓琳", "林晓琳"]])
add(path="/fenlei/gz-1120.html", site="fenlei", offer=True, operator="U06", provider="琳琳考证规划",
  title="广州人工智能训练师证书报名 线上学习 快速出证 - 教育培训",
  note="U06 classifieds; mobile plain; payee name; venue front desk (decoy)",
  body="""<h1>广州人工智能训练师证书报名 线上学习 快速出证</h1>
<p class="meta">广州-天河 ｜ 发布者：琳琳考证规划 ｜ 个人</p>
<p>线上学习，统一安排考试，考点在白云（考点前台 020-3862 9170 可咨询考场位置），快速出证。学费付款至林晓琳。电话：17820645193</p>""",
  ids=[["phone", "+8617820645193", "17820645193"], ["other", "林晓琳", "林晓琳"]])

# ---------------------------------------------------------------- U07 华南数标 (培训+就业)
add(path="/fenlei/gz-1135.html", site="fenlei", offer=True, operator="U07", provider="华南数标科技",
  title="招聘数据标注员 包培训 考人工智能训练师证 保底5000 - 广州招聘",
  note="U07 classifieds job ad that is really paid training; mobile, USCC; payment-platform decoy",
  body="""<h1>招聘数据标注员 包培训 考人工智能训练师证 保底5000</h1>
<p class="meta">广州-番禺 ｜ 广州华南数标科技有限公司 ｜ 企业认证</p>
<p>无经验可，先培训后上岗，培训期间考取人工智能训练师五级证书，培训费2980可分期（支持支付宝，有问题可找95188），协议就业。</p>
<p>公司信用代码：""" + USCC_U07 + """　　HR电话：135-2847-6610</p>""",
  ids=[["phone", "+8613528476610", "135-2847-6610"], ["uscc", USCC_U07, USCC_U07]])
add(path="/wx/a-7752.html", site="wx", offer=True, operator="U07", provider="数标学院",
  title="AI时代的新饭碗：数据标注员，数标学院带你入行",
  note="U07 WeChat repost; mobile, own QQ group; form-tool link decoy",
  body="""<h1>AI时代的新饭碗：数据标注员，数标学院带你入行</h1>
<p class="src">数标学院 　转载</p>
<p>人工智能训练师是人社部门发布的新职业（4-04-05-05），数标学院提供培训+推荐就业。报名表：https://wj.qq.com/s2/14735092/</p>
<p>学员交流群：736184205 　招生老师：13528476610</p>""",
  ids=[["phone", "+8613528476610", "13528476610"], ["qq_group", "736184205", "736184205"]])
add(path="/bbs/thread-5601.html", site="bbs", offer=True, operator="U07", provider="华南AI数据标注基地",
  title="番禺数据标注基地招学员，考证+就业一条龙",
  note="U07 forum post; QQ group written with prefix; 12315 in comments (decoy)",
  body="""<h1>番禺数据标注基地招学员，考证+就业一条龙</h1>
<div class="authi">楼主：华南AI数据标注基地</div>
<p>考人工智能训练师证，结业安排标注岗位。想了解的进群 群号736184205 ，群公告有报名方式。</p>""",
  comments=["2楼：先交钱再上岗？小心培训贷", "3楼：被坑了可以打12315投诉"],
  ids=[["qq_group", "736184205", "736184205"]])

# ---------------------------------------------------------------- U08 学证宝
add(path="/keyun/course-1068.html", site="keyun", offer=True, operator="U08", provider="学证宝",
  title="人工智能训练师 报名代办 资料审核 全程无忧-学证宝-课云网",
  note="U08 marketplace listing; mobile and payee; buyer review quotes an order number (decoy)",
  body="""<h1>人工智能训练师 报名代办 资料审核 全程无忧</h1>
<p class="price">¥1280 起</p><p>机构：学证宝</p>
<p>代办报名、工作年限证明材料指导、考前押题。付款账户名：深圳市学证宝信息咨询有限公司。客服手机 130 5817 2946</p>
<div class="review">买家评价：老师回复慢，订单号 13920241107 到现在没安排考试。</div>""",
  ids=[["phone", "+8613058172946", "130 5817 2946"], ["other", "深圳市学证宝信息咨询有限公司", "深圳市学证宝信息咨询有限公司"]])
add(path="/wx/a-7790.html", site="wx", offer=True, operator="U08", provider="学证宝考证",
  title="2025年还能考的技能证书清单，第一个就是人工智能训练师",
  note="U08 WeChat repost; WeChat id and mobile",
  body="""<h1>2025年还能考的技能证书清单，第一个就是人工智能训练师</h1>
<p class="src">学证宝考证 　转载</p>
<p>1.人工智能训练师 2.健康管理师 3.家庭教育指导师……有需要代办报名的，添加微信 xuezhengbao66 或致电 13058172946。</p>""",
  ids=[["wechat", "xuezhengbao66", "xuezhengbao66"], ["phone", "+8613058172946", "13058172946"]])
add(path="/wenda/q-455.html", site="wenda", offer=True, operator="U08", provider="证书宝姐",
  title="工作年限不够能报人工智能训练师三级吗？ - 问知",
  note="U08 Q&A answer promising to fix work-years; WeChat in caps",
  body="""<h1>工作年限不够能报人工智能训练师三级吗？</h1>
<div class="answer"><b>证书宝姐</b><p>年限不够可以想办法，材料我们帮你准备。V：XueZhengBao66</p></div>
<div class="answer"><b>HR小林</b><p>别造假，审核查社保的。</p></div>""",
  ids=[["wechat", "xuezhengbao66", "XueZhengBao66"]])

# ---------------------------------------------------------------- U09 智联未来研究院
add(path="/news/n-20241108.html", site="news", offer=True, operator="U09", provider="智联未来(深圳)人工智能研究院",
  title="智联未来研究院：打造华南人工智能人才评价新高地",
  note="U09 advertorial (推广) on a news site; 400, domain, USCC starting 91 with state-sounding name",
  body="""<h1>智联未来研究院：打造华南人工智能人才评价新高地</h1>
<p class="src">来源：推广 　2024-11-08</p>
<p>智联未来(深圳)人工智能研究院（中国人工智能人才评价中心华南工作站）近日启动人工智能训练师认证培训，证书国家级权威，官方指定。</p>
<p>报名热线：400-662-7318，官网：www.zlwl-ai.com。统一社会信用代码：""" + USCC_U09 + """</p>""",
  ids=[["phone", "4006627318", "400-662-7318"], ["domain", "zlwl-ai.com", "www.zlwl-ai.com"],
       ["uscc", USCC_U09, USCC_U09]])
add(path="/keyun/course-1075.html", site="keyun", offer=True, operator="U09", provider="智联未来AI学院",
  title="人工智能训练师 国家级认证 命题组老师授课-智联未来AI学院-课云网",
  note="U09 marketplace listing; 400 and email",
  body="""<h1>人工智能训练师 国家级认证 命题组老师授课</h1>
<p class="price">¥3980</p><p>机构：智联未来AI学院</p>
<p>命题组专家授课，内部信息，通过率百分百。电话 4006627318 邮箱 zp@zlwl-ai.com</p>""",
  ids=[["phone", "4006627318", "4006627318"], ["email", "zp@zlwl-ai.com", "zp@zlwl-ai.com"],
       ["domain", "zlwl-ai.com", "zlwl-ai.com"]])
add(path="/video/v-2333.html", site="video", offer=True, operator="U09", provider="中国人工智能人才评价中心(华南)",
  title="人工智能训练师证书含金量有多高？一条视频讲清楚",
  note="U09 video; domain only",
  body="""<h1>人工智能训练师证书含金量有多高？一条视频讲清楚</h1>
<p class="desc">@中国人工智能人才评价中心(华南) · 粉丝2.0w</p>
<p>简介：国家级证书，报名请上 zlwl-ai.com 在线提交</p>""",
  comments=["中心是国家的吗", "蓝V都不是"],
  ids=[["domain", "zlwl-ai.com", "zlwl-ai.com"]])

# ---------------------------------------------------------------- independents
add(path="/keyun/course-1089.html", site="keyun", offer=True, operator="I01", provider="佛山启航职业培训",
  title="人工智能训练师五级 佛山线下小班-佛山启航职业培训-课云网",
  note="I01 honest marketplace listing",
  body="""<h1>人工智能训练师五级 佛山线下小班</h1><p class="price">¥1580</p><p>机构：佛山启航职业培训</p>
<p>需从事相关工作满1年。电话 136 2087 5514</p>""",
  ids=[["phone", "+8613620875514", "136 2087 5514"]])
add(path="/fenlei/gz-1150.html", site="fenlei", offer=True, operator="I02", provider="陈老师",
  title="人工智能训练师考证辅导 广州海珠 - 教育培训",
  note="I02 classifieds; left the template placeholder number in (decoy)",
  body="""<h1>人工智能训练师考证辅导 广州海珠</h1><p class="meta">广州-海珠 ｜ 发布者：陈老师 ｜ 个人</p>
<p>一对一辅导理论和实操。联系电话：138-0000-0000（请替换为您的电话）</p><p>陈老师 156 0221 8893</p>""",
  ids=[["phone", "+8615602218893", "156 0221 8893"]])
add(path="/note/n-0702.html", site="note", offer=True, operator="I03", provider="小鹿学姐",
  title="深圳AI训练师四级备考资料分享+课程",
  note="I03 note selling a course",
  body="""<h1>深圳AI训练师四级备考资料分享+课程📚</h1><p>整理了四级理论题和标注实操，带课报名找我 luxuejie_ai</p>""",
  ids=[["wechat", "luxuejie_ai", "luxuejie_ai"]])
add(path="/bbs/thread-5644.html", site="bbs", offer=True, operator="I04", provider="东莞智学培训",
  title="东莞人工智能训练师周末班招生",
  note="I04 forum ad; QQ; form tool",
  body="""<h1>东莞人工智能训练师周末班招生</h1><div class="authi">楼主：东莞智学培训</div>
<p>报名表 https://wj.qq.com/s2/14735092/ 或QQ：1549027736</p>""",
  ids=[["qq", "1549027736", "1549027736"]])
add(path="/video/v-2350.html", site="video", offer=True, operator="I05", provider="AI训练师老周",
  title="做了三年数据标注，聊聊人工智能训练师证值不值",
  note="I05 video; WeChat and mobile",
  body="""<h1>做了三年数据标注，聊聊人工智能训练师证值不值</h1><p class="desc">@AI训练师老周 · 粉丝6k</p>
<p>简介：带四级课，vx zhou_aitrain，电话 199-2563-1408</p>""",
  ids=[["wechat", "zhou_aitrain", "zhou_aitrain"], ["phone", "+8619925631408", "199-2563-1408"]])
add(path="/wenda/q-471.html", site="wenda", offer=True, operator="I06", provider="天河职培中心",
  title="广州哪里可以考人工智能训练师四级？ - 问知",
  note="I06 Q&A answer; landline and email; venue front desk decoy; 12315",
  body="""<h1>广州哪里可以考人工智能训练师四级？</h1>
<div class="answer"><b>天河职培中心</b><p>我们天河有班，考点在白云（考点前台 020-3862 9170）。报名 020-3197 5521，tianhe_px@163.com</p></div>
<div class="answer"><b>匿名用户</b><p>交钱前签合同，有问题打12315。</p></div>""",
  ids=[["phone", "02031975521", "020-3197 5521"], ["email", "tianhe_px@163.com", "tianhe_px@163.com"]])

# ---------------------------------------------------------------- non-offers
add(path="/fenlei/jiazheng-2210.html", site="fenlei", offer=False, title="白云区家政保洁 开荒保洁 - 生活服务",
  note="unrelated classifieds post that still carries the template placeholder",
  body="""<h1>白云区家政保洁 开荒保洁 日常保洁</h1><p>价格实惠。联系电话：138-0000-0000（请替换为您的电话）</p>""")
add(path="/bbs/thread-5590.html", site="bbs", offer=False, title="【避坑】交了2800报人工智能训练师，对方失联了",
  note="complaint thread quoting scammer contacts and an order number",
  body="""<h1>【避坑】交了2800报人工智能训练师，对方失联了</h1><div class="authi">楼主：深圳小白</div>
<p>对方说包过不用考，手机 15013679824，QQ 2709913845，付款后拉黑。平台订单号 13920241107。已打12315和12333。</p>""",
  comments=["2楼：同被骗，也是这个号", "3楼：去 zscx.osta.org.cn 查不到的都是假的"])
add(path="/wenda/q-290.html", site="wenda", offer=False, title="人工智能训练师证书怎么辨别真假？ - 问知",
  note="guide answer: how to check a certificate; no seller",
  body="""<h1>人工智能训练师证书怎么辨别真假？</h1>
<div class="answer"><b>职业规划师Amy</b><p>1. 职业技能等级证书由备案的评价机构颁发，不是人社部颁发；2. 在 zscx.osta.org.cn 输入姓名、证件号、证书编号查询；
3. 有疑问打12333。网上说"不用考试""包过"的都要小心，比如有人反映 QQ 2709913845 就是骗子。</p></div>""")
add(path="/news/n-20241115.html", site="news", offer=False, title="警惕“山寨证书”！人工智能训练师证书不是人社部颁发",
  note="news warning quoting hotlines and official sites",
  body="""<h1>警惕“山寨证书”！人工智能训练师证书不是人社部颁发</h1>
<p>记者调查发现，网上有机构宣称“人社部颁发”“包过”“零基础拿二级”。人社部门提醒，职业技能等级证书由备案评价机构颁发，
可在 jndj.osta.org.cn、zscx.osta.org.cn 查询；专业技术类资格可在 cpta.com.cn 核验。如遇虚假宣传可拨打12315，政策咨询拨打12333。</p>""")
add(path="/news/n-20241120.html", site="news", offer=False, title="男子网上花2800元“包过”考证 对方失联",
  note="news scam report quoting the scammer's number",
  body="""<h1>男子网上花2800元“包过”考证 对方失联</h1>
<p>深圳的刘先生在网上看到“人工智能训练师证书不用考试”的广告，添加对方（手机号 150 1367 9824）后转账2800元，随后被拉黑。警方提醒……</p>""")
add(path="/rsj/notice-0312.html", site="rsj", offer=False, title="关于开展技术技能类“山寨证书”专项治理工作的通知",
  note="official-style notice on fake certificates",
  body="""<h1>关于开展技术技能类“山寨证书”专项治理工作的通知</h1>
<p>各有关单位：根据人社部函〔2022〕25号要求……严禁“包过”“不培训直接发证”等行为。职业技能等级证书可在 jndj.osta.org.cn 查询，
专业技术人员职业资格证书可在 cpta.com.cn 查询。咨询电话：12333。</p>""")
add(path="/rsj/notice-0528.html", site="rsj", offer=False, title="关于失业保险技能提升补贴申领的公告",
  note="official-style subsidy notice",
  body="""<h1>关于失业保险技能提升补贴申领的公告</h1>
<p>参保职工取得五级、四级、三级职业技能等级证书的，分别按不超过1000元、1500元、2000元申领补贴。证书需能在 zscx.osta.org.cn 查询。咨询12333。</p>""")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline quoted on notices, guides and many sellers' pages"),
 ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service, on marketplace sidebar and a job ad"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "official 人事考试 verification site"),
 ("phone", "4001865930", ["400-186-5930"], "marketplace footer customer-service hotline on every keyun page"),
 ("email", "kefu@keyunke.com", ["kefu@keyunke.com"], "marketplace footer e-mail"),
 ("domain", "keyunke.com", ["keyunke.com"], "marketplace's own domain in its footer"),
 ("other", "粤ICP备19074415号-2", ["粤ICP备19074415号-2"], "classifieds platform ICP number in footer"),
 ("email", "jubao@chengshifl.com", ["jubao@chengshifl.com"], "classifieds platform report e-mail"),
 ("other", "沪ICP备13030189号", ["沪ICP备13030189号"], "notes platform ICP in footer"),
 ("phone", "02164176520", ["021-64176520"], "notes platform report line in footer"),
 ("phone", "01058364127", ["010-58364127"], "video platform report line in footer"),
 ("email", "tougao@wxzz8.net", ["tougao@wxzz8.net"], "repost site's submission e-mail on every wx page"),
 ("email", "help@wenzhi.cn", ["help@wenzhi.cn"], "Q&A platform footer e-mail"),
 ("qq_group", "582317046", ["582317046"], "forum's own official QQ group (sidebar and footer)"),
 ("phone", "+8615013679824", ["150 1367 9824", "15013679824"], "scammer's phone quoted in news, complaint and a Q&A answer"),
 ("qq", "2709913845", ["2709913845"], "scammer's QQ quoted in complaint, guide and a note comment"),
 ("phone", "+8613920241107", ["13920241107"], "an order number that looks like a mobile"),
 ("phone", "075520241201", ["075520241201"], "an assessment batch number that looks like a Shenzhen landline"),
 ("other", "S000044190300124300078", ["S000044190300124300078"], "sample certificate number printed on several pages"),
 ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder phone left in classifieds posts"),
 ("wechat", "tianmi_0931", ["tianmi_0931"], "a reader's own WeChat left in comments under different sellers"),
 ("phone", "02038629170", ["020-3862 9170"], "exam venue front desk quoted by several sellers"),
 ("domain", "wj.qq.com", ["wj.qq.com"], "third-party form tool used by several sellers"),
]

OPS = {
 "U01": ["智训教育", "羊城AI学院", "智训AI职培", "广州智训教育科技有限公司"],
 "U02": ["鹏程职校", "鹏程培训", "南山鹏程AI训练营", "深圳市南山区鹏程职业技能培训学校"],
 "U03": ["中科智培", "国家AI人才认证中心", "智培教育", "中科智培AI考证"],
 "U04": ["职达人考证", "职达人", "深圳考证王老师"],
 "U05": ["南粤职院继续教育学院", "南粤职院培训中心", "南粤职院继续教育"],
 "U06": ["阿琳老师", "AI证书规划琳琳", "琳姐考证", "琳琳考证规划"],
 "U07": ["华南数标科技", "数标学院", "华南AI数据标注基地", "广州华南数标科技有限公司"],
 "U08": ["学证宝", "学证宝考证", "证书宝姐", "深圳市学证宝信息咨询有限公司"],
 "U09": ["智联未来(深圳)人工智能研究院", "智联未来AI学院", "中国人工智能人才评价中心(华南)"],
}

# ---------------------------------------------------------------- rendering
def esc_title(t):
    return t.replace("&", "&amp;").replace("<", "&lt;")

def render(site_key, title, crumbs, body, comments, related):
    s = SITES[site_key]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (site_key, m) if i == 0 else "<a href=\"/%s/index.html\">%s</a>" % (site_key, m)
                   for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (site_key, s["name"])] + crumbs)
    com = ""
    if comments:
        com = '<section class="comments"><h3>评论 %d</h3>%s</section>' % (
            len(comments), "".join("<div class=\"c\">%s</div>" % c for c in comments))
    rel = ""
    if related:
        rel = '<section class="related"><h3>相关推荐</h3><ul>%s</ul></section>' % "".join(
            '<li><a href="%s">%s</a></li>' % (p, t) for p, t in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<style>%s</style></head>
<body class="site-%s"><header><div class="logo">%s</div><nav>%s</nav></header>
<div class="breadcrumb">%s</div>
<main><div class="content">%s%s</div>
<aside class="sidebar">%s</aside></main>%s
<footer>%s</footer></body></html>
""" % (esc_title(title), s["name"], s["css"], site_key, s["name"], menu, crumb, body, com, s["side"], rel, s["foot"])

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITE_ORDER}
    html = {}
    for k in SITE_ORDER:
        pages = by_site[k]
        for p in pages:
            related = [(q["path"], q["title"]) for q in pages if q is not p][:3]
            html[p["path"]] = render(k, p["title"], [p["title"][:18]], p["body"], p["comments"], related)
        idx = "/%s/index.html" % k
        if idx not in html:
            lst = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in pages)
            body = "<h1>%s</h1><p>最新内容</p><ul class=\"list\">%s</ul>" % (SITES[k]["name"], lst)
            html[idx] = render(k, SITES[k]["name"] + " 首页", [], body, [], [])
            PAGES.append(P(path=idx, site=k, offer=False, title=SITES[k]["name"], body="",
                           note="site index page (%s)" % SITES[k]["kind"]))
        else:
            # offer page that is also the index: add a list of the other pages
            lst = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in pages if q["path"] != idx)
            html[idx] = html[idx].replace("</main>", "</main><section class=\"more\"><ul>%s</ul></section>" % lst, 1)
    hub = "".join('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, SITES[k]["name"], SITES[k]["kind"]) for k in SITE_ORDER)
    html["/index.html"] = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航：人工智能训练师证 一周搜索记录（广州/深圳）</h1><ul>%s</ul></body></html>
""" % hub
    PAGES.append(P(path="/index.html", site="hub", offer=False, title="hub", body="", note="hub page linking every site index"))
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages_out = []
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages_out.append({"path": p["path"], "is_offer": bool(p["offer"]), "operator": p["operator"],
                          "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
    ops = {}
    for op, brands in OPS.items():
        idents = []
        for p in PAGES:
            if p["operator"] == op:
                for k, v, _w in p["ids"]:
                    if [k, v] not in idents:
                        idents.append([k, v])
        ops[op] = {"brands": brands, "identifiers": idents}
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages_out, "operators": ops, "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
