#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (12cy). Stdlib only, deterministic."""
import json, os, shutil

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def org_check(s8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(a)*w for a, w in zip(s8, [3,7,9,10,5,8,4,2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix, region, org8):
    body = prefix + region + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(c)*w for c, w in zip(body, W18)) % 31
    return body + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("91", "110108", "MA01XK7P")
USCC_U02 = uscc("91", "330106", "MA2H8C3Q")
USCC_U06 = uscc("91", "440300", "MA5G2R9T")
USCC_U09 = uscc("91", "320583", "MA1Y6W4B")

SITES = {
 "zhixun": dict(name="智训未来·AI职业教育", style="training-company site (national online brand A)",
   menu=["首页","人工智能训练师","数据标注实训","证书查询指引","关于我们"],
   side="<h4>热门课程</h4><ul><li>人工智能训练师四级(中级工)</li><li>人工智能训练师三级(高级工)</li><li>数据标注员实操营</li></ul>",
   foot=f"北京智训未来教育科技有限公司 统一社会信用代码 {USCC_U01}<br>全国服务热线 400-618-2735 · 邮箱 service@zhixunai.cn · www.zhixunai.cn<br>京ICP备2021034567号-1"),
 "huazhi": dict(name="华职在线", style="training-company site (national online brand B)",
   menu=["首页","职业技能等级认定","补贴政策","学员服务","联系我们"],
   side="<h4>报名须知</h4><p>报名前请确认工作年限满足申报条件。证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>",
   foot=f"杭州华职在线教育科技有限公司 ({USCC_U02})<br>咨询热线 4008-571-339 · 在线客服QQ 2850317746 · huazhiedu.com<br>浙ICP备19052281号-2 · 消费投诉可拨打 12315"),
 "kecheng": dict(name="课程宝 · 职业技能课程平台", style="course marketplace",
   menu=["首页","IT互联网","职业考证","语言学习","企业培训"],
   side="<h4>平台保障</h4><p>7天无理由退款 · 平台担保交易 · 请勿脱离平台私下转账</p>",
   foot="课程宝客服热线 400-880-5127 · 客服邮箱 kefu@kechengbao.com<br>沪ICP备17028812号 · 增值电信业务经营许可证 沪B2-20170311"),
 "bbs": dict(name="爱学习论坛 bbs.aixuexi.net", style="forum",
   menu=["论坛首页","职业考证","AI与数据标注","求职招聘","站务"],
   side="<h4>版规</h4><p>禁止发布虚假办证广告，举报请加站务QQ群 512087334。</p>",
   foot="爱学习论坛 bbs.aixuexi.net · 站务QQ群 512087334<br>苏ICP备16047719号"),
 "fenlei": dict(name="百姓分类网", style="classifieds",
   menu=["首页","教育培训","招聘","二手","本地服务"],
   side="<h4>安全提示</h4><p>凡是要求先交定金、包过办证的均有风险。</p>",
   foot="百姓分类网客服 010-58103366 · 京ICP证070359号<br>本站信息由用户自行发布，本站不对内容真实性负责"),
 "wenda": dict(name="问答汇", style="Q&A",
   menu=["首页","教育","职场","科技","提问"],
   side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗</li><li>数据标注员怎么考</li></ul>",
   foot="问答汇 · 举报邮箱 jubao@wendahui.com · 粤ICP备18066270号"),
 "mp": dict(name="微读 · 公众号文章聚合", style="WeChat-article reposts",
   menu=["首页","教育","职场","科技","财经"],
   side="<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>",
   foot="微读网 · 侵权删除请联系 contact@weidu.net · 鄂ICP备20011853号"),
 "video": dict(name="快看短视频 网页版", style="short-video pages",
   menu=["推荐","关注","知识","职场","直播"],
   side="<h4>相关视频</h4><ul><li>AI训练师一个月能赚多少</li><li>数据标注是干什么的</li></ul>",
   foot="快看短视频 · 违法和不良信息举报电话 400-140-2108 · 京ICP备19050623号"),
 "news": dict(name="钱江观察网", style="news site",
   menu=["首页","社会","教育","财经","辟谣"],
   side="<h4>热点</h4><ul><li>2025年技能人才评价新规解读</li></ul>",
   foot="钱江观察网 新闻热线 0571-85096620 · 浙ICP备05017722号"),
 "college": dict(name="江南信息职业技术学院", style="college site",
   menu=["学院首页","学院概况","继续教育","招生就业","信息公开"],
   side="<h4>快速通道</h4><ul><li>职业技能等级认定</li><li>社会培训</li></ul>",
   foot="江南信息职业技术学院 学院总机 0571-86920000 · jnxx.edu.cn · 浙ICP备05009913号"),
 "gov": dict(name="某市人力资源和社会保障局", style="government-style notice page",
   menu=["首页","政务公开","政策法规","办事服务","互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线 12333</p>",
   foot="主办：某市人力资源和社会保障局 · 服务热线 12333 · 网站标识码 3301000021"),
}

P = []  # pages
def page(site, name, title, body, owner=None, provider=None, ids=(), note="", offer=None, comments=""):
    P.append(dict(site=site, path=f"/{site}/{name}.html", title=title, body=body, owner=owner,
                  provider=provider, ids=[list(i) for i in ids], note=note,
                  offer=(owner is not None) if offer is None else offer, comments=comments))

def cm(*items):
    return "<div class='comments'><h3>评论</h3>" + "".join(f"<div class='c'><b>{u}</b>：{t}</div>" for u, t in items) + "</div>"

# ---------------- U01 智训未来 (national online brand A) ----------------
page("zhixun", "index", "智训未来 - 人工智能训练师培训认定一站式平台",
 "<h1>人工智能训练师（4-04-05-05）职业技能等级培训</h1><p>五级/四级/三级全程线上学习，实操项目覆盖数据采集、数据标注、智能系统运维。理论+实操考核，各60分合格。</p>"
 "<p>学费：五级 1680元，四级 2280元，三级 2980元。符合条件的参保职工可申领失业保险技能提升补贴。</p>"
 f"<p>官网 www.zhixunai.cn · 全国服务热线 400-618-2735 · 商务合作 service@zhixunai.cn</p>",
 "U01", "智训未来", [["phone","4006182735","400-618-2735"],["domain","zhixunai.cn","www.zhixunai.cn"],["email","service@zhixunai.cn","service@zhixunai.cn"],["uscc",USCC_U01,USCC_U01],["other","京ICP备2021034567号","京ICP备2021034567号"]],
 "home page of national online training brand 智训未来, course prices per level")
page("zhixun", "course-l3", "人工智能训练师三级（高级工）精品班 - 智训未来",
 "<h1>三级（高级工）精品班</h1><p>课程章节：业务分析、智能训练、智能系统设计、培训与指导。需持四级证书并满足年限要求。</p>"
 "<p>班主任手机 139 1047 2286（微信同号），或加课程顾问 VX：zxwl-kefu01</p>"
 "<form><input placeholder='请输入手机号，如 13800138000'><button>预约试听</button></form>"
 "<p>考试批次以评价机构公布为准，证书可登录 zscx.osta.org.cn 查询。</p>",
 "U01", "智训未来", [["phone","4006182735","400-618-2735"],["phone","+8613910472286","139 1047 2286"],["wechat","zxwl-kefu01","zxwl-kefu01"],["domain","zhixunai.cn","www.zhixunai.cn"],["email","service@zhixunai.cn","service@zhixunai.cn"],["uscc",USCC_U01,USCC_U01],["other","京ICP备2021034567号","京ICP备2021034567号"]],
 "level-3 course page on the brand's own site")
page("kecheng", "c1024", "【智训AI学院】人工智能训练师四级 全程直播+实操 - 课程宝",
 "<h1>人工智能训练师四级（中级工）直播班</h1><p>机构：智训AI学院 · 已售 3214 · 评分 4.8</p><p>价格：¥2280（平台券后 ¥2080）</p>"
 "<p>课后答疑请联系助教：139-1047-2286</p><p>课程包含 50 课时，对应国家职业技能标准（2021年版）。</p>",
 "U01", "智训AI学院", [["phone","+8613910472286","139-1047-2286"]], "marketplace listing of U01 under a sub-brand",
 comments=cm(("学员a***","老师讲得清楚，考前刷题很有用"),("m***9","客服回复慢")))
page("video", "v501", "智训未来李老师：人工智能训练师到底值不值得考？",
 "<h1>@智训未来·李老师</h1><p>视频文案：人工智能训练师是人社部发布的新职业，五级起步，要满一年相关工作经历。想系统学习的评论区扣1，或者私信 V信 zxwl-kefu01 领资料。</p><p>点赞 1.2万 · 评论 836</p>",
 "U01", "智训未来·李老师", [["wechat","zxwl-kefu01","zxwl-kefu01"]], "short-video of U01 teacher account",
 comments=cm(("用户5521","扣1"),("小鱼儿","求带，我的微信 xiaoyu_0921")))

# ---------------- U02 华职在线 (national online brand B) ----------------
page("huazhi", "index", "华职在线 - 职业技能等级认定报名",
 "<h1>人工智能训练师 职业技能等级认定报名中</h1><p>我们与已备案评价机构合作组织培训，证书由评价机构颁发并可在技能人才评价证书全国联网查询（zscx.osta.org.cn）中查询。</p>"
 "<p>参考费用：培训费 1200-2600 元，认定费按评价机构标准收取。</p><form><input placeholder='邮箱，例如 your@email.com'><button>获取简章</button></form>",
 "U02", "华职在线", [["phone","4008571339","4008-571-339"],["qq","2850317746","2850317746"],["domain","huazhiedu.com","huazhiedu.com"],["uscc",USCC_U02,USCC_U02],["other","浙ICP备19052281号","浙ICP备19052281号"]],
 "home page of national online brand 华职在线, honest wording")
page("huazhi", "subsidy", "2025年人工智能训练师技能提升补贴怎么领？- 华职在线",
 "<h1>技能提升补贴申领说明</h1><p>参保满一年的职工取得五级、四级、三级证书，最高可分别申领1000元、1500元、2000元（以当地政策为准），二级和一级没有此项国家补贴。</p>"
 "<p>本期认定批次号 13520250816，报名截止8月10日。报名咨询：158 6710 3324，或拨打 4008-571-339。</p><p>政策咨询也可拨打人社服务热线 12333。</p>",
 "U02", "华职在线", [["phone","+8615867103324","158 6710 3324"],["phone","4008571339","4008-571-339"],["qq","2850317746","2850317746"],["domain","huazhiedu.com","huazhiedu.com"],["uscc",USCC_U02,USCC_U02],["other","浙ICP备19052281号","浙ICP备19052281号"]],
 "subsidy explainer with sign-up call on U02 site")
page("kecheng", "c2077", "【华职在线】人工智能训练师五级入门班 - 课程宝",
 "<h1>人工智能训练师五级（初级工）入门班</h1><p>机构：华职在线 · 已售 1877</p><p>¥1200 · 60课时 · 含模拟考试</p><p>报名后加班主任扣扣2850317746进学习群</p>",
 "U02", "华职在线", [["qq","2850317746","2850317746"]], "marketplace listing of U02")
page("mp", "a401", "华职教育｜人工智能训练师报名开启，附申报条件",
 "<h1>人工智能训练师报名开启，附申报条件</h1><p class='src'>来源公众号：华职教育</p><p>五级：累计从事本职业或相关职业工作满1年，或本职业学徒期满。四级及以上需逐级申报。</p>"
 "<p>报名老师：+86 158-6710-3324（微信：hzzx_2020）</p>",
 "U02", "华职教育", [["phone","+8615867103324","+86 158-6710-3324"],["wechat","hzzx_2020","hzzx_2020"]], "WeChat article repost by U02")

# ---------------- U03 上海 local school, honest ----------------
page("bbs", "t101", "[上海] 人工智能训练师四级周末班招生（申城智培）",
 "<h1>[上海] 人工智能训练师四级周末班招生</h1><p>楼主：申城智培_陈老师</p><p>徐汇校区周末上课，8周，学费2600元，报名前请核对申报条件。本期认定批次号 13520250816。</p>"
 "<p>咨询：186-2173-5409，微信 sczn_peixun</p>",
 "U03", "申城智培", [["phone","+8618621735409","186-2173-5409"],["wechat","sczn_peixun","sczn_peixun"]], "forum recruiting post by U03 teacher",
 comments=cm(("路过的猫","去年在他们那考的四级，正规"),))
page("fenlei", "p201", "上海申城智能职业技能培训 人工智能训练师培训",
 "<h1>上海申城智能职业技能培训 · 人工智能训练师</h1><p>地址：徐汇区。考点：漕溪北路某大厦，考点前台 021-64870231（仅考试当天咨询）。</p>"
 "<p>联系电话：021 5428 1937 / 18621735409</p><form><input placeholder='请输入手机号，如 13800138000'></form>",
 "U03", "上海申城智能职业技能培训", [["phone","02154281937","021 5428 1937"],["phone","+8618621735409","18621735409"]], "classified ad by U03")
page("wenda", "q305", "上海哪里可以考人工智能训练师？",
 "<h1>上海哪里可以考人工智能训练师？</h1><div class='a'><b>申城职培（机构认证）</b>答：我们是本地培训学校，和已备案评价机构合作组织认定，先确认您工作满一年。电话 (021)54281937，邮箱 sczn_px＠163.com</div>",
 "U03", "申城职培", [["phone","02154281937","(021)54281937"],["email","sczn_px@163.com","sczn_px＠163.com"]], "Q&A answer by U03 with full-width @")

# ---------------- U04 广州 local school ----------------
page("fenlei", "p202", "广州天河 人工智能训练师/数据标注员 培训考证",
 "<h1>广州天河 人工智能训练师培训考证</h1><p>穗智培训中心，小班教学，四级3个月。广东三级补贴最高可申请，具体看社保。</p>"
 "<p>电话：137 1928 4650 微信同号 · 座机 020—38296174</p>",
 "U04", "穗智培训中心", [["phone","+8613719284650","137 1928 4650"],["phone","02038296174","020—38296174"]], "classified ad by U04")
page("wenda", "q302", "广州人工智能训练师培训机构推荐？",
 "<h1>广州人工智能训练师培训机构推荐？</h1><div class='a'><b>穗智教育</b>答：可以来天河校区试听，座机020-3829 6174，学员QQ群：618273945</div>",
 "U04", "穗智教育", [["phone","02038296174","020-3829 6174"],["qq_group","618273945","618273945"]], "Q&A answer by U04")
page("video", "v505", "穗智老师：数据标注员一天的工作",
 "<h1>@穗智培训小周老师</h1><p>视频文案：想学的加群 618273945，或者打电话 一三七一九二八四六五零</p>",
 "U04", "穗智培训", [["qq_group","618273945","618273945"],["phone","+8613719284650","一三七一九二八四六五零"]], "short video by U04 with Chinese numerals")

# ---------------- U05 individual agent, 包过 scam ----------------
page("bbs", "t102", "人工智能训练师证 包过 不用考 一周出证",
 "<h1>人工智能训练师证 包过 不用考 一周出证</h1><p>零基础、不限学历、不限经验，二级技师、一级高级技师都能办，三级一起报更便宜！国家认可，官网可查，拿证升职加薪。</p>"
 "<p>加薇：wlaoshi_ai888 或扣扣 3126648790，王老师</p>",
 "U05", "AI证书王老师", [["wechat","wlaoshi_ai888","wlaoshi_ai888"],["qq","3126648790","3126648790"]], "forum spam by U05 agent promising 包过",
 comments=cm(("老韩","楼上那个171 6032 8849的也是这套话术，别信"),("小鱼儿","求带，我的微信 xiaoyu_0921")))
page("fenlei", "p203", "AI训练师证书 快速办理 包通过",
 "<h1>AI训练师证书 快速办理</h1><p>免培训、包通过，三证同报 ¥3980，送人社部联网可查。</p><p>V信 wlaoshi_ai888 · 手机 173 2465 8913</p>",
 "U05", "王老师证书服务", [["wechat","wlaoshi_ai888","wlaoshi_ai888"],["phone","+8617324658913","173 2465 8913"]], "classified ad by U05")
page("video", "v502", "原价9999限时99！人工智能训练师证轻松拿",
 "<h1>@AI考证王老师</h1><p>视频文案：90%小白都能拿证，不用上课，包过！➕V：wlaoshi_ai888</p>",
 "U05", "AI考证王老师", [["wechat","wlaoshi_ai888","wlaoshi_ai888"]], "short video by U05")
page("wenda", "q306", "没有工作经验能考人工智能训练师二级吗？",
 "<h1>没有工作经验能考人工智能训练师二级吗？</h1><div class='a'><b>热心网友</b>答：可以的，我们这边不看经验，直接报二级，包过。QQ：３１２６６４８７９０ 手机17324658913</div>",
 "U05", "热心网友(王老师)", [["qq","3126648790","３１２６６４８７９０"],["phone","+8617324658913","17324658913"]], "Q&A answer by U05 with full-width digits")

# ---------------- U06 国家职业资格 / 人社部颁发 scam ----------------
page("bbs", "t103", "国家职业资格证书 人工智能训练师 人社部颁发",
 "<h1>国家职业资格证书 人工智能训练师 人社部颁发</h1><p>中职认证服务中心常年办理，国家级证书，全国通用，可挂靠年入2万。</p><p>电话 150 1876 3342 微信 guopei_zs</p>",
 "U06", "中职认证服务中心", [["phone","+8615018763342","150 1876 3342"],["wechat","guopei_zs","guopei_zs"]], "forum ad by U06 claiming 国家职业资格/人社部颁发",
 comments=cm(("小鱼儿","求带，我的微信 xiaoyu_0921"),))
page("fenlei", "p204", "人工智能训练师 国家职业资格证 办理",
 "<h1>人工智能训练师 国家职业资格证 办理</h1><p>国培人才网，证书样本：证书编号 15120240306（样本），三级 4800 元。</p>"
 "<p>对公收款户名：深圳市国培人才服务有限公司 · 咨询 +86 15018763342</p>",
 "U06", "国培人才网", [["phone","+8615018763342","+86 15018763342"],["other","深圳市国培人才服务有限公司","深圳市国培人才服务有限公司"]], "classified ad by U06 with payee name")
page("mp", "a402", "国培人才｜人工智能训练师（国家职业资格）报名通知",
 "<h1>人工智能训练师（国家职业资格）报名通知</h1><p class='src'>来源公众号：国培人才</p><p>由人社部颁发，全国联网可查，不限学历不限专业。</p>"
 f"<p>收款单位：深圳市国培人才服务有限公司（统一社会信用代码 {USCC_U06}），报名微信 guopei_zs</p>",
 "U06", "国培人才", [["other","深圳市国培人才服务有限公司","深圳市国培人才服务有限公司"],["uscc",USCC_U06,USCC_U06],["wechat","guopei_zs","guopei_zs"]], "WeChat repost by U06")

# ---------------- U07 杭州 local school, several brands ----------------
page("kecheng", "c3150", "【钱塘数智学院】人工智能训练师三级实战班 - 课程宝",
 "<h1>人工智能训练师三级实战班</h1><p>机构：钱塘数智学院 · ¥2980</p><p>官网 qtszedu.cn，学员Q群 735120846</p><form><input placeholder='邮箱 your@email.com'></form>",
 "U07", "钱塘数智学院", [["domain","qtszedu.cn","qtszedu.cn"],["qq_group","735120846","735120846"]], "marketplace listing by U07")
page("wenda", "q303", "杭州有人工智能训练师线下培训吗？",
 "<h1>杭州有人工智能训练师线下培训吗？</h1><div class='a'><b>钱塘AI训练营</b>答：有的，滨江线下班，资料发邮箱 qtsz_edu at 126 dot com，或加Q群 735 120 846</div>",
 "U07", "钱塘AI训练营", [["email","qtsz_edu@126.com","qtsz_edu at 126 dot com"],["qq_group","735120846","735 120 846"]], "Q&A answer by U07, e-mail spelled out")
page("mp", "a403", "数智未来教育｜杭州人工智能训练师四级开班",
 "<h1>杭州人工智能训练师四级开班</h1><p class='src'>来源公众号：数智未来教育</p><p>学费 2280 元，可申请技能提升补贴。报名邮箱 qtsz_edu@126.com，电话 180 5812 6637</p>",
 "U07", "数智未来教育", [["email","qtsz_edu@126.com","qtsz_edu@126.com"],["phone","+8618058126637","180 5812 6637"]], "WeChat repost by U07 under third brand")
page("bbs", "t107", "杭州滨江 人工智能训练师 周末班 试听",
 "<h1>杭州滨江 人工智能训练师 周末班</h1><p>钱塘数智，免费试听一节。<a href='tel:18058126637'>点击拨打 180-5812-6637</a>，详情 qtszedu.cn</p>",
 "U07", "钱塘数智", [["phone","+8618058126637","tel:18058126637"],["domain","qtszedu.cn","qtszedu.cn"]], "forum post by U07 with tel: link")

# ---------------- U08 certificate service, fake query site ----------------
page("bbs", "t104", "人工智能训练师证书 代报名 挂靠 可查",
 "<h1>人工智能训练师证书 代报名 挂靠</h1><p>本站证书在 www.aizhengshu-cx.com 查询中心可查，挂靠年薪2万起。QQ 1739925508</p>",
 "U08", "AI证书查询中心", [["domain","aizhengshu-cx.com","www.aizhengshu-cx.com"],["qq","1739925508","1739925508"]], "forum ad by U08 pointing to fake query site")
page("wenda", "q304", "人工智能训练师证书在哪里查真伪？",
 "<h1>人工智能训练师证书在哪里查真伪？</h1><div class='a'><b>证书服务小李</b>答：在 aizhengshu-cx.com 输入证书编号即可，样本：证书编号 15120240306。办证咨询 132-2658-7140</div>",
 "U08", "证书服务小李", [["domain","aizhengshu-cx.com","aizhengshu-cx.com"],["phone","+8613226587140","132-2658-7140"]], "Q&A answer by U08")
page("fenlei", "p208", "代报 人工智能训练师 三级 二级",
 "<h1>代报 人工智能训练师 三级 二级</h1><p>无需经验，代报名，全程包办。手机 13226587140，Q 1739925508</p>",
 "U08", "证书代办", [["phone","+8613226587140","13226587140"],["qq","1739925508","1739925508"]], "classified ad by U08")

# ---------------- U09 online shop ----------------
page("kecheng", "c4411", "【慧学优选】人工智能训练师考证全套资料+网课 - 课程宝",
 "<h1>人工智能训练师考证全套资料+网课</h1><p>店铺：慧学优选 · ¥399</p>"
 f"<p>主体：苏州慧学优选信息科技有限公司 {USCC_U09} · 售后 199 3746 1028</p>",
 "U09", "慧学优选", [["uscc",USCC_U09,USCC_U09],["phone","+8619937461028","199 3746 1028"]], "marketplace shop listing by U09")
page("fenlei", "p205", "人工智能训练师 题库+网课 低价",
 "<h1>人工智能训练师 题库+网课</h1><p>慧学资料铺，五级四级题库。电话 199-3746-1028，微信 huixue_yx</p>",
 "U09", "慧学资料铺", [["phone","+8619937461028","199-3746-1028"],["wechat","huixue_yx","huixue_yx"]], "classified ad by U09")
page("video", "v503", "人工智能训练师题库怎么刷？",
 "<h1>@慧学优选官方</h1><p>视频文案：三天刷完题库。资料领取加微 huixue_yx，合作发邮件 huixueyx@qq.com</p>",
 "U09", "慧学优选官方", [["wechat","huixue_yx","huixue_yx"],["email","huixueyx@qq.com","huixueyx@qq.com"]], "short video by U09")

# ---------------- independents ----------------
page("college", "c701", "继续教育学院：人工智能训练师职业技能等级认定社会考生报名通知",
 "<h1>人工智能训练师（四级/三级）社会考生报名通知</h1><p>我院为已备案评价机构（可在 www.osta.org.cn 查询备案信息），按国家职业技能标准组织理论与技能考核。认定费按物价部门核定标准收取。1+X 证书历史查询请至 vslc.ncb.edu.cn。</p>"
 "<p>咨询：继续教育学院 0571-86927315，邮箱 jxjy@jnxx.edu.cn</p>",
 "I01", "江南信息职业技术学院继续教育学院", [["phone","057186927315","0571-86927315"],["email","jxjy@jnxx.edu.cn","jxjy@jnxx.edu.cn"]], "college continuing-ed enrolment notice, honest")
page("kecheng", "c5203", "【启明AI课堂】数据标注员零基础入门 - 课程宝",
 "<h1>数据标注员零基础入门</h1><p>机构：启明AI课堂 · ¥199 · 含人工智能训练师五级备考</p><p>老师QQ 2467731905</p>",
 "I02", "启明AI课堂", [["qq","2467731905","2467731905"]], "marketplace listing by independent I02")
page("fenlei", "p206", "代报名人工智能训练师 小刘",
 "<h1>代报名人工智能训练师</h1><p>帮忙对接培训学校，收服务费300。电话 155 2739 0846</p>",
 "I03", "小刘代报名", [["phone","+8615527390846","155 2739 0846"]], "classified ad by independent agent I03")
page("bbs", "t105", "[上海] 数据标注实训班，老周带练",
 "<h1>[上海] 数据标注实训班</h1><p>楼主：老周。考点就在漕溪北路，考点前台 021-64870231 可问考场安排。不包过，想认真学的加微信 zhou_biaozhu</p>",
 "I04", "老周数据标注实训", [["wechat","zhou_biaozhu","zhou_biaozhu"]], "forum post by independent trainer I04")
page("video", "v504", "AI阿杰：原价9999限时99 人工智能训练师速成",
 "<h1>@AI阿杰</h1><p>视频文案：速成！99元拿下人工智能训练师，V：ajie_ai2025</p>",
 "I05", "AI阿杰", [["wechat","ajie_ai2025","ajie_ai2025"]], "short video by independent I05")
page("mp", "a404", "蓉智培训｜成都人工智能训练师四级班招生",
 "<h1>成都人工智能训练师四级班招生</h1><p class='src'>来源公众号：蓉智培训</p><p>学费 2200 元，理论+实操。电话 189 8061 2473，座机 028-85316204</p>",
 "I06", "蓉智培训", [["phone","+8618980612473","189 8061 2473"],["phone","02885316204","028-85316204"]], "WeChat repost by independent school I06")

# ---------------- non-offers ----------------
page("kecheng", "c6600", "Python数据分析从入门到实战 - 课程宝",
 "<h1>Python数据分析从入门到实战</h1><p>机构：码上学 · ¥299 · 与证书无关的技能课程</p>", note="unrelated course on marketplace")
page("bbs", "t106", "被所谓“人工智能训练师包过”骗了3980，求助",
 "<h1>被所谓“人工智能训练师包过”骗了3980</h1><p>对方电话 171 6032 8849，收钱后拉黑。已打12315投诉，也问了12333，说证书要在 zscx.osta.org.cn 能查才算。</p>",
 note="learner complaint thread quoting a scammer number",
 comments=cm(("小鱼儿","同被骗，求带维权，我的微信 xiaoyu_0921"),))
page("fenlei", "p207", "招聘：数据标注员 月薪6-8千",
 "<h1>招聘：数据标注员</h1><p>某科技公司招聘数据标注员，有人工智能训练师证书优先。投递简历 hr@ai-jobs-demo.cn</p>", note="job ad")
page("wenda", "q301", "人工智能训练师证书怎么辨别真假？",
 "<h1>人工智能训练师证书怎么辨别真假？</h1><p>提问：网上很多说包过的，怎么查？</p>"
 "<div class='a'><b>网友A</b>答：去 zscx.osta.org.cn 查，或者打12333。</div><div class='a'><b>小鱼儿</b>答：我也想知道，我的微信 xiaoyu_0921 交流</div>",
 note="learner's question with readers' answers")
page("mp", "a405", "一文读懂：职业技能等级证书和职业资格证书的区别",
 "<h1>职业技能等级证书和职业资格证书的区别</h1><p class='src'>来源公众号：职场政策通</p><p>人工智能训练师属于职业技能等级认定，由备案评价机构颁发，可在 www.osta.org.cn 及 zscx.osta.org.cn 查询；原1+X证书在 vslc.ncb.edu.cn 查询。</p>",
 note="policy explainer")
page("news", "n601", "警惕！“人工智能训练师包过”骗局又现",
 "<h1>警惕！“人工智能训练师包过”骗局又现</h1><p>记者调查发现，有人以“人社部颁发”“包过”为噱头收费，受害人提供的号码 171-6032-8849 已停机。人社部门提示：证书请在 zscx.osta.org.cn 查询，可拨打 12333 咨询，遇欺诈可拨打 12315。</p>",
 note="news report on scams")
page("gov", "g801", "关于警惕技术技能类“山寨证书”的风险提示",
 "<h1>关于警惕技术技能类“山寨证书”的风险提示</h1><p>近期有不法分子以“包过”“人社部颁发”为名收费，相关号码（如 17160328849）已移交公安。职业技能等级证书由备案评价机构颁发，可在 www.osta.org.cn、zscx.osta.org.cn 查询。咨询电话 12333。</p>",
 note="official warning")

# site index pages
NON_INDEX_NOTE = "site index page"
def build():
    out = "site"
    if os.path.exists(out): shutil.rmtree(out)
    os.makedirs(out)
    by_site = {}
    for p in P: by_site.setdefault(p["site"], []).append(p)
    for s in SITES:
        if s in ("zhixun", "huazhi"): continue
        lst = "".join(f"<li><a href='{q['path']}'>{q['title']}</a></li>" for q in by_site[s])
        P.append(dict(site=s, path=f"/{s}/index.html", title=SITES[s]["name"] + " 首页",
                      body=f"<h1>{SITES[s]['name']}</h1><ul class='list'>{lst}</ul>", owner=None, provider=None,
                      ids=[], note=NON_INDEX_NOTE, offer=False, comments=""))
        by_site[s].append(P[-1])
    # brand sites: index links other pages
    for s in ("zhixun", "huazhi"):
        idx = [q for q in by_site[s] if q["path"].endswith("index.html")][0]
        idx["body"] += "<ul class='list'>" + "".join(f"<li><a href='{q['path']}'>{q['title']}</a></li>" for q in by_site[s] if q is not idx) + "</ul>"
    for p in P:
        s = SITES[p["site"]]; sib = [q for q in by_site[p["site"]] if q is not p][:4]
        rel = "".join(f"<li><a href='{q['path']}'>{q['title']}</a></li>" for q in sib)
        html = (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{p['title']}</title></head>"
                f"<body class='site-{p['site']}'><header><div class='logo'>{s['name']}</div><nav>"
                + "".join(f"<a href='/{p['site']}/index.html'>{m}</a> " for m in s["menu"]) +
                f"</nav></header><div class='crumbs'><a href='/{p['site']}/index.html'>{s['menu'][0]}</a> &gt; {p['title']}</div>"
                f"<main>{p['body']}{p['comments']}</main><aside>{s['side']}</aside>"
                f"<section class='related'><h3>相关链接</h3><ul>{rel}</ul></section>"
                f"<footer>{s['foot']}</footer></body></html>\n")
        p["html"] = html
        fp = out + p["path"]; os.makedirs(os.path.dirname(fp), exist_ok=True)
        open(fp, "w", encoding="utf-8").write(html)
    hub = "".join(f"<li><a href='/{s}/index.html'>{SITES[s]['name']}</a></li>" for s in SITES)
    hubhtml = f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>导航</title></head><body><h1>网址导航</h1><ul>{hub}</ul></body></html>\n"
    open(out + "/index.html", "w", encoding="utf-8").write(hubhtml)
    open(out + "/robots.txt", "w").write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="navigation hub linking every site's index")]
    pages += [dict(path=p["path"], is_offer=p["offer"], operator=p["owner"], provider=p["provider"], identifiers=p["ids"], note=p["note"]) for p in P]
    ops = {}
    for p in P:
        o = p["owner"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    DEC = [
     ("phone","12333",["12333"],"人社 national service hotline"),
     ("phone","12315",["12315"],"market-regulation complaint hotline"),
     ("domain","zscx.osta.org.cn",["zscx.osta.org.cn"],"official certificate query site"),
     ("domain","osta.org.cn",["www.osta.org.cn"],"official 技能人才评价工作网"),
     ("domain","vslc.ncb.edu.cn",["vslc.ncb.edu.cn"],"legacy 1+X query platform"),
     ("phone","4008805127",["400-880-5127"],"marketplace 课程宝 customer service in footer"),
     ("email","kefu@kechengbao.com",["kefu@kechengbao.com"],"marketplace e-mail in footer"),
     ("other","沪ICP备17028812号",["沪ICP备17028812号"],"marketplace ICP licence"),
     ("qq_group","512087334",["512087334"],"forum's own admin QQ group"),
     ("domain","bbs.aixuexi.net",["bbs.aixuexi.net"],"forum's own domain"),
     ("phone","01058103366",["010-58103366"],"classifieds customer service"),
     ("other","京ICP证070359号",["京ICP证070359号"],"classifieds ICP licence"),
     ("email","jubao@wendahui.com",["jubao@wendahui.com"],"Q&A platform report e-mail"),
     ("email","contact@weidu.net",["contact@weidu.net"],"repost aggregator's own e-mail"),
     ("phone","4001402108",["400-140-2108"],"short-video platform report hotline"),
     ("phone","057186920000",["0571-86920000"],"college switchboard in college footer"),
     ("phone","+8617160328849",["171 6032 8849","171-6032-8849","17160328849"],"scammer number quoted in complaint, news, warning and a reader comment"),
     ("other","13520250816",["13520250816"],"assessment batch number shaped like a mobile, quoted by two sellers"),
     ("other","15120240306",["15120240306"],"sample certificate number shaped like a mobile, copied by two sellers"),
     ("phone","+8613800138000",["13800138000"],"template placeholder in sign-up forms"),
     ("email","your@email.com",["your@email.com"],"template placeholder e-mail"),
     ("phone","02164870231",["021-64870231"],"third-party exam venue front desk"),
     ("wechat","xiaoyu_0921",["xiaoyu_0921"],"a reader's own WeChat in comments"),
    ]
    allp = [("/index.html", None, hubhtml)] + [(p["path"], p["owner"], p["html"]) for p in P]
    decoys = []
    for k, v, ws, why in DEC:
        pg = [path for path, o, h in allp if any(w in h for w in ws)]
        decoys.append(dict(kind=k, value=v, written=ws, pages=pg, why=why))
    truth = dict(pages=sorted(pages, key=lambda x: x["path"]), operators=dict(sorted(ops.items())), decoys=decoys)
    open("truth.json", "w", encoding="utf-8").write(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=False) + "\n")

if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    build()
