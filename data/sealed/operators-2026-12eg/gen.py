#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100) ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(c8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(val(ch) * wi for ch, wi in zip(c8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]

US_U01 = uscc("52450103", "MJ4T2K8L".replace("K", "7"))  # 民办非企业 (training school)
US_U02 = uscc("91520102", "MA6H3Q2D")
US_U05 = uscc("91520115", "MA7C5N1R")
US_U08 = uscc("91520900", "MAAK9U3E")
US_SHOP = uscc("91330100", "MA2H7P4L")  # shop platform operator

# ---------- sites ----------
SITES = {
 "tuan":   dict(name="邕城团购信息网", kind="团购/分类信息", css="body{font:14px SimSun;background:#fff8ee}.hd{background:#e4572e;color:#fff}.bd{display:flex}.main{flex:3}.side{flex:1;border-left:1px dashed #ccc}",
                foot="客服热线：0771-2809316 &nbsp; 投诉邮箱：kefu@yongtuan.cn &nbsp; 桂ICP备2021008813号-1 &nbsp; www.yongtuan.cn"),
 "bbs":    dict(name="黔山论坛 · 职场教育版", kind="论坛", css="table.post{width:100%;border:1px solid #9ab}td.au{width:160px;background:#eef}",
                foot="黔山论坛 版权所有 | 站务邮箱 admin@qianshanbbs.net | 论坛交流群 615408823 | 黔ICP备18007766号"),
 "hqzx":   dict(name="华启职训 · 南宁华启职业培训学校", kind="培训机构官网", css=".nav{background:#0a5;}.banner{height:80px;background:#dfd}",
                foot="南宁华启职业培训学校 &nbsp;地址：南宁市青秀区民族大道某号华启大厦6楼 &nbsp;电话：0771-5862314 &nbsp;网址：www.hqzx-edu.cn &nbsp;桂ICP备2019004417号"),
 "qianzhi":dict(name="黔智教育 · 人工智能职业技能培训", kind="培训机构官网", css="header{background:#123;color:#fc0}.grid{display:grid;grid-template-columns:3fr 1fr}",
                foot="贵州黔智未来教育科技有限公司 全国服务热线 400-851-9620 官网 qianzhi-ai.com 黔ICP备2023003391号-2"),
 "kecheng":dict(name="学而优课堂 · 职业技能课程市场", kind="课程平台", css=".card{border:1px solid #eee;border-radius:6px}.price{color:#f40}",
                foot="学而优课堂（xueeryou.com）平台客服 400-611-0528 | 商务合作 bd@xueeryou.com | 京ICP备20015532号"),
 "shop":   dict(name="淘职优品 · 职业证书类目", kind="网店", css=".item{float:left;width:70%}.shopinfo{float:right;width:28%}",
                foot="淘职优品平台 消费者保障 | 平台客服QQ 800093721 | 支付由支付宝担保交易，支付宝客服 95188 | 消费投诉 12315 | 平台经营者信用代码 " + US_SHOP + " | 浙ICP备19031207号"),
 "news":   dict(name="八桂都市报 · 教育频道", kind="新闻", css="article{max-width:720px}.meta{color:#888}",
                foot="八桂都市报社 新闻热线 0771-5602110 | 违法和不良信息举报 jubao@bgdsb.com.cn | 桂ICP备05003281号"),
 "rsj":    dict(name="某市人力资源和社会保障局（示例）", kind="政务公开", css="body{font-family:SimSun}.gov{border-top:4px solid #c00}",
                foot="主办：某市人力资源和社会保障局 &nbsp; 咨询电话：12333 &nbsp; 网站标识码 4501000012 &nbsp; 桂ICP备05000765号"),
 "wx":     dict(name="职教号外 · 公众号文章转载", kind="微信文章转载", css=".rich_media{max-width:640px;margin:auto}.src{color:#576b95}",
                foot="本站转载自各微信公众号，版权归原作者。投稿/删稿：tougao@zhijiaohaowai.com 粤ICP备2022041175号"),
 "video":  dict(name="快看短视频 · 网页版", kind="短视频", css=".player{background:#000;height:200px}.desc{padding:8px}",
                foot="快看短视频 kuaikan-video.cn | 用户服务 service@kuaikan-video.cn | 违法不良信息举报电话 010-53609527"),
 "wenda":  dict(name="有问必答 · 职业教育", kind="问答", css=".q{font-size:18px}.ans{border-bottom:1px solid #eee}",
                foot="有问必答 youwenbida.net 客服邮箱 help@youwenbida.net 蜀ICP备17022690号"),
}
MENUS = {
 "tuan": ["首页", "团购活动", "技能培训", "本地服务", "发布信息"],
 "bbs": ["论坛首页", "职场教育", "求职招聘", "贵阳生活", "站务"],
 "hqzx": ["学校首页", "课程设置", "报名须知", "师资力量", "联系我们"],
 "qianzhi": ["首页", "AI训练师", "数据标注", "补贴政策", "关于我们"],
 "kecheng": ["发现课程", "职业技能", "IT互联网", "考证", "我的学习"],
 "shop": ["店铺首页", "全部宝贝", "考证服务", "评价", "客服"],
 "news": ["首页", "时政", "教育", "民生", "维权"],
 "rsj": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
 "wx": ["首页", "职业资格", "技能补贴", "热门转载"],
 "video": ["推荐", "关注", "教育", "知识", "直播"],
 "wenda": ["首页", "职业教育", "考证", "热门问题"],
}
SIDE = {
 "tuan": "<h4>热门团购</h4><p>南宁本地技能培训团、驾校团、家政团</p>",
 "bbs": "<h4>版规</h4><p>禁止发布虚假广告，举报请私信版主。</p>",
 "hqzx": "<h4>开班日历</h4><p>每月第一周开新班，周末班/晚班可选</p>",
 "qianzhi": "<h4>在线咨询</h4><p>工作日 9:00-18:00</p>",
 "kecheng": "<h4>猜你喜欢</h4><p>Python入门 · Excel实战 · 数据标注</p>",
 "shop": "<h4>店铺分类</h4><p>职业技能 · 资料 · 题库</p>",
 "news": "<h4>热点</h4><p>就业季 · 技能补贴 · 山寨证书</p>",
 "rsj": "<h4>便民服务</h4><p>社保查询 · 职业技能等级证书查询</p>",
 "wx": "<h4>阅读排行</h4><p>技能补贴怎么领？ · 新职业目录</p>",
 "video": "<h4>相关推荐</h4><p>#人工智能训练师 #考证 #副业</p>",
 "wenda": "<h4>相关问题</h4><p>数据标注员累不累？ · 证书有用吗？</p>",
}

PAGES = []   # dicts: path, title, body, is_offer, operator, provider, ids, note
def page(site, fname, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, path=f"/{site}/{fname}", title=title, body=body,
                      is_offer=is_offer, operator=op, provider=provider,
                      ids=[list(x) for x in ids], note=note))

# ---------- operators ----------
OPS = {
 "U01": dict(brands=["南宁华启职业培训学校", "华启职训", "邕学堂AI"], ids=[
    ["phone", "+8613977124586"], ["phone", "07715862314"], ["wechat", "hq_zhixun0771"],
    ["uscc", US_U01], ["domain", "hqzx-edu.cn"], ["other", "桂ICP备2019004417号"]]),
 "U02": dict(brands=["黔智教育", "黔智教育官方", "贵州黔智未来教育科技有限公司", "AI训练师贵阳报名中心"], ids=[
    ["phone", "+8618685123907"], ["phone", "4008519620"], ["wechat", "qz-ai-2025"], ["qq", "2853106672"],
    ["email", "2853106672@qq.com"], ["uscc", US_U02], ["domain", "qianzhi-ai.com"], ["other", "黔ICP备2023003391号-2"]]),
 "U03": dict(brands=["国培智讯人才中心", "智讯考证老师", "中科智训认证", "智讯考证"], ids=[
    ["phone", "+8615177082613"], ["wechat", "zxrz8899"], ["qq", "3398120745"],
    ["other", "南宁市青秀区智讯信息咨询服务部"]]),
 "U04": dict(brands=["桂码学院", "桂码学长"], ids=[
    ["phone", "+8619977165230"], ["wechat", "guima_xuezhang"], ["email", "guima_ai@163.com"]]),
 "U05": dict(brands=["筑梦职培", "贵州筑梦职业技能培训有限公司"], ids=[
    ["phone", "+8613511904468"], ["phone", "085185967421"], ["email", "zmzp@zhumengpx.cn"],
    ["domain", "zhumengpx.cn"], ["uscc", US_U05]]),
 "U06": dict(brands=["AI证书服务旗舰店", "智证通", "人工智能证书办理中心"], ids=[
    ["phone", "+8617307716254"], ["wechat", "aicert_kf01"], ["qq", "1624877390"], ["domain", "rgzn-zscx.com"]]),
 "U07": dict(brands=["八桂数标", "八桂数标数据标注基地"], ids=[
    ["phone", "+8618977136408"], ["wechat", "bgsb_hr"], ["qq_group", "836120477"]]),
 "U08": dict(brands=["数聚贵阳AI实训基地", "贵州数聚智能科技有限公司"], ids=[
    ["phone", "085186821370"], ["phone", "+8615985142793"], ["domain", "shujuai.cn"],
    ["email", "hr@shujuai.cn"], ["uscc", US_U08]]),
 "U09": dict(brands=["中研智培", "中研智培教育", "AI训练师全国报名处"], ids=[
    ["phone", "4006657318"], ["phone", "+8613261457809"], ["wechat", "zyzp_teacher_li"], ["email", "zyzp_kf@126.com"]]),
}

def ul(items): return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

# ===== tuan (group-buy notices, Nanning/Guiyang) =====
page("tuan", "t-1021.html", "【南宁团购】华启职训人工智能训练师四级周末班 3人成团立减300", f"""
<p class="tag">团购编号：TG-NN-1021 &nbsp; 发布：华启职训 &nbsp; 浏览 1,284</p>
<p>人工智能训练师（职业编码 4-04-05-05）四级/中级工 周末班，50课时，理论+实操（数据标注、智能系统运维）。</p>
{ul(["原价 2680 元，3人成团 2380 元/人", "符合条件的参保职工可按规定申领技能提升补贴（四级最高1500元，以人社部门审核为准）",
     "证书为职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询", "报考条件以国家职业技能标准为准，不承诺包过"])}
<p>考试地点：南宁职业技术学院考点（考点前台 0771-3860214，仅咨询考场事宜）</p>
<p>团购咨询：华启钱老师 139 7712 4586（微信同号）</p>
<p>政策疑问可拨打 12333 核实。</p>""", True, "U01", "华启职训",
 [["phone", "+8613977124586", "139 7712 4586"]], "group-buy notice for U01 level-4 weekend course")

page("tuan", "t-1035.html", "人工智能训练师证 三级+二级+一级 一次拿齐！团购价1980 零基础包过", f"""
<p class="tag">团购编号：TG-NN-1035 &nbsp; 发布：国培智讯人才中心</p>
<p>国家人社部颁发，国家职业资格证书，全国通用，官网可查！<b>零基础、不限学历、不限经验</b>，免培训直接报名，
三个等级一次拿，挂靠年入2万+！</p>
{ul(["原价5980 团购价1980/三证", "交费包过，不过全额退", "名额仅剩7个"])}
<p>报名电话：151-7708-2613 &nbsp; 钉钉/微信同号</p>
<p>团购批次 19920251103 截止本周日</p>""", True, "U03", "国培智讯人才中心",
 [["phone", "+8615177082613", "151-7708-2613"]], "scam group-buy: three levels for beginners, 人社部颁发, 包过")

page("tuan", "t-1040.html", "【贵阳拼团】筑梦职培 人工智能训练师五级+四级 补贴班招生", f"""
<p class="tag">团购编号：TG-GY-1040 &nbsp; 地区：贵阳·观山湖</p>
<p>贵州筑梦职业技能培训有限公司开设人工智能训练师（数据标注员方向）五级、四级课程，白天班/晚班。</p>
{ul(["五级 60课时 1680元；四级 50课时 1980元", "满足条件者可申请失业保险技能提升补贴，五级最高1000元、四级最高1500元",
     "报名需提供一年以上相关工作证明（五级）", "在线报名表：https://jinshuju.net/f/zmzp1040"])}
<p>联系：0851-85967421（周一至周六）&nbsp; 官网 www.zhumengpx.cn</p>""", True, "U05", "筑梦职培",
 [["phone", "085185967421", "0851-85967421"], ["domain", "zhumengpx.cn", "www.zhumengpx.cn"]], "group-buy notice for U05 subsidised course, Guiyang")

page("tuan", "t-1052.html", "AI训练师证书 免考直出 包入库 团购特价", f"""
<p class="tag">团购编号：TG-NN-1052 &nbsp; 发布者：智证通</p>
<p>人工智能训练师高级证书，无需考试，7天出证，<b>官网可查</b>：www.rgzn-zscx.com 输入身份证即可查询。</p>
{ul(["单证 880，两证 1500", "包邮寄纸质证书", "加QQ：1624877390 发身份证照片即可办理"])}
<p>团购批次 19920251103</p>""", True, "U06", "智证通",
 [["qq", "1624877390", "1624877390"], ["domain", "rgzn-zscx.com", "www.rgzn-zscx.com"]], "scam group-buy: no exam, fake query site")

page("tuan", "t-1066.html", "八桂数标：数据标注员/人工智能训练师五级 学+考+推荐实习 拼团", f"""
<p class="tag">团购编号：TG-NN-1066 &nbsp; 地区：南宁·西乡塘</p>
<p>八桂数标数据标注基地，人工智能训练师五级（数据标注员工种）培训，60课时，结业可推荐到合作标注项目实习（不承诺就业）。</p>
{ul(["拼团价 1280 元", "考点：南宁职业技术学院考点 0771-3860214", "学员QQ群：836120477（报名后拉群）"])}
<p>招生老师：189 7713 6408</p>""", True, "U07", "八桂数标",
 [["phone", "+8618977136408", "189 7713 6408"], ["qq_group", "836120477", "836120477"]], "group-buy for U07 annotation course")

page("tuan", "t-1071.html", "南宁家教：阿杰老师 一对一辅导人工智能训练师理论考试", f"""
<p class="tag">团购编号：TG-NN-1071</p>
<p>本人计算机专业，已考取人工智能训练师三级，可一对一辅导理论部分和实操题，线下南宁江南区，线上腾讯会议。</p>
{ul(["每课时 120 元，5课时起", "只辅导，不代报名、不代考", "考点信息可咨询南宁职业技术学院考点 0771-3860214"])}
<p>电话 15077193462 阿杰</p>""", True, "I01", "阿杰老师",
 [["phone", "+8615077193462", "15077193462"]], "independent tutor offer")

# ===== bbs (forum, Guiyang) =====
def bbs_thread(fname, title, author, floor1, replies, offer, op, prov, ids, note):
    rows = f'<table class="post"><tr><td class="au">{author}<br>楼主</td><td>{floor1}</td></tr>'
    for i, (a, t) in enumerate(replies, 2):
        rows += f'<tr><td class="au">{a}<br>{i}楼</td><td>{t}</td></tr>'
    rows += "</table>"
    page("bbs", fname, title, rows, offer, op, prov, ids, note)

bbs_thread("thread-88213.html", "[招生] 贵阳人工智能训练师四级/三级 黔智教育 新班开课", "黔智小王",
 "黔智教育人工智能训练师培训，四级、三级均可报，<b>通过率99%</b>，全程有老师带，考不过免费重读。"
 "咨询：一八六 8512 3907 或 加V：qz-ai-2025 。全国服务热线 400-851-9620",
 [("路过的猫", "三级不是要四级证书加工作年限吗？"), ("黔智小王", "有渠道的，私聊"),
  ("贵阳找工作中", "求带，我微信 lucky_nn1987 ")], True, "U02", "黔智教育",
 [["phone", "+8618685123907", "一八六 8512 3907"], ["wechat", "qz-ai-2025", "qz-ai-2025"], ["phone", "4008519620", "400-851-9620"]],
 "forum ad for U02 with 通过率99%")
bbs_thread("thread-88347.html", "分享：自学人工智能训练师的资料，顺便推荐下桂码学院的课", "桂码学长",
 "我是桂码学院的学长，整理了四级的理论题库和实操笔记，免费分享。想系统学的可以看看我们的网课，399元，"
 "有疑问发邮件 guima_ai@163.com 或加微 Guima_XueZhang",
 [("数据狗", "题库是真题吗"), ("桂码学长", "是模拟题，考试以认定要素细目表为准")], True, "U04", "桂码学院",
 [["email", "guima_ai@163.com", "guima_ai@163.com"], ["wechat", "guima_xuezhang", "Guima_XueZhang"]],
 "forum post by U04 promoting online course")
bbs_thread("thread-88402.html", "南宁/贵阳 数据标注员培训+实习，八桂数标招新一期", "八桂数标HR",
 "八桂数标数据标注基地招收人工智能训练师五级学员，学完可参加认定考试，优秀学员推荐项目实习。"
 "报名微信 bgsb_hr ，电话18977136408",
 [("贵阳找工作中", "实习有工资吗？我微信 lucky_nn1987 "), ("八桂数标HR", "实习按件计酬，详情私聊")], True, "U07", "八桂数标",
 [["wechat", "bgsb_hr", "bgsb_hr"], ["phone", "+8618977136408", "18977136408"]], "forum post by U07")
bbs_thread("thread-88455.html", "[小作坊] 贵阳小周标注工作室 带人考人工智能训练师五级", "小周标注",
 "工作室做图像标注两年了，带新人边做项目边考五级，满一年工作经历我们开证明（真实在职的）。学费 900，加微信 zhou_biaozhu 聊",
 [("路过的猫", "这个靠谱些，至少有工作经历")], True, "I02", "小周标注工作室",
 [["wechat", "zhou_biaozhu", "zhou_biaozhu"]], "independent small studio offer")
bbs_thread("thread-88501.html", "[避雷] 交了1980说包过三个证，现在联系不上了", "被坑的阿云",
 "上个月在网上看到人工智能训练师三证一起拿，交了1980，对方电话 171 8526 4930 现在打不通了，"
 "证书编号给了一个 S000045100120253000012 到官网查不到。大家小心！已经打 12315 投诉了。",
 [("热心网友", "正规证书去 zscx.osta.org.cn 查，不要信对方给的查询网站"), ("贵阳找工作中", "同被骗，我微信 lucky_nn1987 一起维权")],
 False, None, None, [], "complaint thread quoting a scammer's number")

# ===== hqzx (U01 own site) =====
page("hqzx", "course-ai.html", "人工智能训练师（四级/三级）培训课程 - 华启职训", f"""
<div class="banner">华启职训 · 人工智能训练师</div>
<p>南宁华启职业培训学校（统一社会信用代码：{US_U01}）开设人工智能训练师四级（中级工）、三级（高级工）培训。</p>
{ul(["四级：50课时，学费2680元", "三级：40课时，学费3280元，需持四级证书并满足工作年限",
     "理论与实操各100分，60分合格", "证书为职业技能等级证书，可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询"])}
<p>咨询：钱老师 13977124586 &nbsp; 微信 hq_zhixun0771</p>""", True, "U01", "南宁华启职业培训学校",
 [["uscc", US_U01, US_U01], ["phone", "+8613977124586", "13977124586"], ["wechat", "hq_zhixun0771", "hq_zhixun0771"],
  ["phone", "07715862314", "0771-5862314"], ["domain", "hqzx-edu.cn", "www.hqzx-edu.cn"], ["other", "桂ICP备2019004417号", "桂ICP备2019004417号"]],
 "U01 course page on own site")
page("hqzx", "baoming.html", "2025年第四期报名须知 - 华启职训", f"""
<p>报名材料：身份证、学历证明、工作年限证明。五级需累计从事本职业或相关职业工作满1年。</p>
<p>证书样本编号示例：S000045100120253000012（仅为格式示意）</p>
<p>防骗提醒：近期有人冒充本校招生，号码 171 8526 4930 非本校电话，请勿转账。</p>
<form><input placeholder="手机号 138-0000-0000"><input placeholder="your@email.com"></form>
<p>报名热线：0771-5862314 &nbsp; 微信：HQ_Zhixun0771（钱老师）</p>""", True, "U01", "华启职训",
 [["phone", "07715862314", "0771-5862314"], ["wechat", "hq_zhixun0771", "HQ_Zhixun0771"],
  ["domain", "hqzx-edu.cn", "www.hqzx-edu.cn"], ["other", "桂ICP备2019004417号", "桂ICP备2019004417号"]],
 "U01 enrolment page")

# ===== qianzhi (U02 own site) =====
page("qianzhi", "ai-trainer.html", "人工智能训练师 三级 速成班 | 黔智教育", f"""
<div class="grid"><div>
<p>贵州黔智未来教育科技有限公司（信用代码 {US_U02}）。人工智能训练师证书<b>人社部认证的新职业</b>，
持证可直接对应职称证书，积分落户加分！</p>
{ul(["三级速成班 15天 3980元", "通过率99%，一次不过免费重读", "不限学历，零基础可学"])}
<p>全国服务热线 400-851-9620 &nbsp; 招生QQ 2853106672</p></div></div>""", True, "U02", "黔智教育",
 [["uscc", US_U02, US_U02], ["phone", "4008519620", "400-851-9620"], ["qq", "2853106672", "2853106672"],
  ["domain", "qianzhi-ai.com", "qianzhi-ai.com"], ["other", "黔ICP备2023003391号-2", "黔ICP备2023003391号-2"]],
 "U02 own course page, misleading claims")
page("qianzhi", "baoming.html", "在线报名 | 黔智教育", f"""
<p>请填写报名表，老师会在24小时内联系您。</p>
<form><label>手机号</label><input placeholder="请输入手机号，如 138-0000-0000"><label>邮箱</label><input placeholder="your@email.com"></form>
<p>也可发简历至 2853106672@qq.com，或拨打 186 8512 3907</p>""", True, "U02", "AI训练师贵阳报名中心",
 [["email", "2853106672@qq.com", "2853106672@qq.com"], ["phone", "+8618685123907", "186 8512 3907"],
  ["phone", "4008519620", "400-851-9620"], ["domain", "qianzhi-ai.com", "qianzhi-ai.com"]],
 "U02 enrolment form page")

# ===== kecheng (course marketplace) =====
def kc(fname, title, shop, price, desc, contact, op, ids, note):
    page("kecheng", fname, title, f"""
<div class="card"><h3>{title}</h3><p>机构：{shop}</p><p class="price">¥{price}</p>
<p>{desc}</p><p class="contact">{contact}</p>
<p>课程编号：KC-4040505-{fname[3:7]} &nbsp; 留资表单示例：<input placeholder="13800138000"></p></div>""",
         True, op, shop, ids, note)
kc("kc-2201.html", "邕学堂AI：人工智能训练师四级 直播+录播", "邕学堂AI", "1980",
   "华启职训线上课程品牌。50课时，配套实操环境。证书可在 zscx.osta.org.cn 查询。",
   "课程顾问 V：hq_zhixun0771 ☎ 139-7712-4586", "U01",
   [["wechat", "hq_zhixun0771", "hq_zhixun0771"], ["phone", "+8613977124586", "139-7712-4586"]], "U01 on marketplace under another brand")
kc("kc-2215.html", "桂码学院：人工智能训练师四级理论+实操全套", "桂码学院", "399",
   "录播 40 讲，含模拟题库。本课程为培训课程，不含考试费，不承诺拿证。",
   "答疑：guima_ai@163.com ｜ 学长电话 199 7716 5230", "U04",
   [["email", "guima_ai@163.com", "guima_ai@163.com"], ["phone", "+8619977165230", "199 7716 5230"]], "U04 marketplace course")
kc("kc-2230.html", "人工智能训练师五级（数据标注员）贵阳线下班", "贵州筑梦职业技能培训有限公司", "1680",
   "60课时，含理论与实操；可按规定申领技能提升补贴。报名表：jinshuju.net/f/zmzp2230",
   "电话 13511904468 ｜ 邮箱 ZMZP@zhumengpx.cn", "U05",
   [["phone", "+8613511904468", "13511904468"], ["email", "zmzp@zhumengpx.cn", "ZMZP@zhumengpx.cn"]], "U05 marketplace course")
kc("kc-2244.html", "数聚贵阳AI实训基地：人工智能训练师三级 企业项目实训", "数聚贵阳AI实训基地", "3600",
   "贵州数聚智能科技有限公司运营，三级需持四级证书并满足年限。预约试听：jinshuju.net/f/shuju2244",
   "基地电话 0851 8682 1370 ｜ 官网 https://www.shujuai.cn", "U08",
   [["phone", "085186821370", "0851 8682 1370"], ["domain", "shujuai.cn", "https://www.shujuai.cn"]], "U08 marketplace course")
kc("kc-2258.html", "智行课堂：AI训练师四级冲刺课", "智行课堂", "299",
   "个人讲师课程，理论冲刺 20 讲。报名问卷 jinshuju.net/f/zhixing",
   "讲师邮箱 zhixing_ketang@163.com ｜ 177 8532 6401", "I03",
   [["email", "zhixing_ketang@163.com", "zhixing_ketang@163.com"], ["phone", "+8617785326401", "177 8532 6401"]], "independent marketplace course")

# ===== shop =====
def item(fname, title, store, price, desc, svc, op, ids, note):
    page("shop", fname, title, f"""
<div class="item"><h3>{title}</h3><p class="price">¥{price}</p><p>{desc}</p>
<p>示例订单号：15820250918（下单后可在“我的订单”查看）</p></div>
<div class="shopinfo"><p>店铺：{store}</p><p>{svc}</p></div>""", True, op, store, ids, note)
item("item-5501.html", "人工智能训练师证书 三级 报名费 人社部颁发 国家职业资格", "智讯考证", "1280",
     "国家人社部颁发，官网可查，挂靠可年入2万。拍下后添加客服微信 zxrz8899 提交资料。",
     "收款方：南宁市青秀区智讯信息咨询服务部 ｜ 售后扣扣 3398120745", "U03",
     [["wechat", "zxrz8899", "zxrz8899"], ["other", "南宁市青秀区智讯信息咨询服务部", "南宁市青秀区智讯信息咨询服务部"],
      ["qq", "3398120745", "3398120745"]], "U03 shop item, misleading")
item("item-5514.html", "AI训练师高级证 免考试 7天出证 官网可查", "AI证书服务旗舰店", "880",
     "无需考试，资料齐全7天出证，证书信息可在 rgzn-zscx.com 查询。",
     "客服微信 aicert_kf01 ｜ 电话 173 0771 6254", "U06",
     [["wechat", "aicert_kf01", "aicert_kf01"], ["domain", "rgzn-zscx.com", "rgzn-zscx.com"], ["phone", "+8617307716254", "173 0771 6254"]],
     "U06 shop item, no-exam certificate")
item("item-5520.html", "人工智能训练师 一级+二级 套餐 加急", "AI证书服务旗舰店", "2680",
     "两证套餐更优惠，零基础可办，加急5天。",
     "旺旺/QQ：1624877390 ｜ V: aicert_kf01", "U06",
     [["qq", "1624877390", "1624877390"], ["wechat", "aicert_kf01", "aicert_kf01"]], "U06 shop item, level 1+2 bundle")
item("item-5533.html", "工信部 人工智能训练师 证书报名 全国通用", "中研智培教育", "2980",
     "人工智能三级考试由国家工信部职业技能鉴定中心主办，全国通用，网课50节。",
     "报名热线 400 665 7318 ｜ 邮箱 zyzp_kf@126.com", "U09",
     [["phone", "4006657318", "400 665 7318"], ["email", "zyzp_kf@126.com", "zyzp_kf@126.com"]], "U09 shop item, 工信部 claim")
item("item-5547.html", "人工智能训练师四级 教材+模拟题库（纸质书）", "启元AI书店", "68",
     "正版教材与练习册，仅为学习资料，不含报名和证书服务。",
     "店主QQ 2471590836", "I04",
     [["qq", "2471590836", "2471590836"]], "independent bookshop offer of study material")

# ===== news =====
page("news", "2025-11-08-ai.html", "企业动态｜数聚贵阳AI实训基地新一期人工智能训练师实训班开班", f"""
<p class="meta">2025-11-08 来源：企业供稿（推广）</p>
<p>贵州数聚智能科技有限公司（统一社会信用代码 {US_U08}）运营的数聚贵阳AI实训基地近日开设人工智能训练师三级、四级实训班，
学员在真实标注项目中练习。报名咨询：0851-86821370，邮箱 hr@shujuai.cn。</p>""", True, "U08", "数聚贵阳AI实训基地",
 [["uscc", US_U08, US_U08], ["phone", "085186821370", "0851-86821370"], ["email", "hr@shujuai.cn", "hr@shujuai.cn"]],
 "advertorial in news site for U08")
page("news", "2025-11-12-warn.html", "“三证一起拿、交费包过”？警惕人工智能训练师“山寨证书”", f"""
<p class="meta">2025-11-12 本报记者</p>
<p>近日，南宁市民黄女士向本报反映，她在网上花1980元报名“人工智能训练师三证一起拿”，对方承诺“人社部颁发、包过”，
收款后电话 17185264930 再也无法接通。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询；
遇到虚假宣传可拨打 12315 投诉，政策咨询请拨打 12333。</p>""", False, None, None, [], "news warning quoting scam number")
page("news", "2025-11-15-traffic.html", "南宁民族大道部分路段夜间施工 公交线路临时调整", """
<p class="meta">2025-11-15</p><p>因管网改造，民族大道部分路段11月18日至25日夜间封闭施工，公交线路临时绕行。</p>""",
 False, None, None, [], "unrelated local news")

# ===== rsj (official notices) =====
page("rsj", "tz-2025-031.html", "关于做好2025年职业技能提升补贴申领工作的通知", """
<div class="gov"><p>各有关单位：</p>
<p>参保职工取得职业资格证书或职业技能等级证书的，可按规定申领技能提升补贴，初级（五级）、中级（四级）、高级（三级）
分别不超过1000元、1500元、2000元。证书信息以技能人才评价证书全国联网查询（zscx.osta.org.cn）结果为准。</p>
<p>咨询电话：12333</p></div>""", False, None, None, [], "official subsidy notice")
page("rsj", "tz-2025-044.html", "关于警惕“山寨证书”和虚假证书查询网站的提示", """
<div class="gov"><p>近期发现有机构冒用“人社部颁发”名义，宣称“免考直出、官网可查”，并提供非官方查询网址。
职业技能等级证书请通过 osta.mohrss.gov.cn、zscx.osta.org.cn 查询。</p><p>举报：12333；消费投诉：12315</p></div>""",
 False, None, None, [], "official warning notice")

# ===== wx (WeChat reposts) =====
def wx(fname, title, acct, body, offer, op, prov, ids, note):
    page("wx", fname, title, f'<div class="rich_media"><p class="src">原创 {acct}</p>{body}<p>阅读 3.2万 · 在看 86</p></div>',
         offer, op, prov, ids, note)
wx("a-7781.html", "最后3天！人工智能训练师证书报名通道即将关闭", "中科智训认证",
   "<p>人社部证书退出，哪家证书来接盘？人工智能训练师，国家职业资格证书，人社部颁发！零基础三证一起拿，交费包过。</p>"
   "<p>报名请添加老师微信：zxrz8899（备注AI）或致电 15177082613；对公收款：南宁市青秀区智讯信息咨询服务部</p>",
   True, "U03", "中科智训认证",
   [["wechat", "zxrz8899", "zxrz8899"], ["phone", "+8615177082613", "15177082613"], ["other", "南宁市青秀区智讯信息咨询服务部", "南宁市青秀区智讯信息咨询服务部"]],
   "U03 WeChat repost, scam wording")
wx("a-7790.html", "贵阳人，技能提升补贴这样领（附人工智能训练师开班信息）", "筑梦职培",
   "<p>符合条件的参保职工考取五级、四级、三级证书，可分别申领最高1000、1500、2000元补贴，咨询12333核实自身条件。</p>"
   "<p>筑梦职培12月开班，电话：135 1190 4468，官网 zhumengpx.cn ，在线报名：jinshuju.net/f/zmzp12</p>"
   f"<p>贵州筑梦职业技能培训有限公司 {US_U05}</p><p>证书编号格式示例：S000045100120253000012，也可在 osta.mohrss.gov.cn 查询</p>",
   True, "U05", "筑梦职培",
   [["phone", "+8613511904468", "135 1190 4468"], ["domain", "zhumengpx.cn", "zhumengpx.cn"], ["uscc", US_U05, US_U05]],
   "U05 WeChat repost with subsidy info")
wx("a-7802.html", "数据标注不是“点点点”：走进数聚贵阳AI实训基地", "数聚智能",
   "<p>实训基地与本地企业合作，学员完成人工智能训练师四级培训后参加认定。</p>"
   "<p>合作与报名：159 8514 2793（王老师）｜ hr@shujuai.cn</p><p>提醒：凡自称本基地、使用 17185264930 联系的均非本基地人员。</p>",
   True, "U08", "数聚贵阳AI实训基地",
   [["phone", "+8615985142793", "159 8514 2793"], ["email", "hr@shujuai.cn", "hr@shujuai.cn"]], "U08 WeChat repost")
wx("a-7815.html", "原价9999，限时99！AI训练师全国报名处开启", "AI训练师全国报名处",
   "<p>90%小白都能学会，工信部认证，拿到证书便可升职加薪。</p>"
   "<p>李老师微信 zyzp_teacher_li，电话 132-6145-7809，全国热线 400-665-7318</p>",
   True, "U09", "AI训练师全国报名处",
   [["wechat", "zyzp_teacher_li", "zyzp_teacher_li"], ["phone", "+8613261457809", "132-6145-7809"], ["phone", "4006657318", "400-665-7318"]], "U09 WeChat repost")
wx("a-7826.html", "柳州某职校面向社会招收人工智能训练师五级学员", "柳州职教",
   "<p>本校为备案评价机构之一，面向社会招收五级学员，学费按物价核定标准收取。</p><p>招生办：0772-2856130</p>",
   True, "I05", "柳州某职业技术学校",
   [["phone", "07722856130", "0772-2856130"]], "independent college enrolment repost")

# ===== video =====
def vid(fname, title, author, desc, op, ids, note):
    page("video", fname, title, f'<div class="player">▶ 00:58</div><div class="desc"><b>@{author}</b><p>{desc}</p><p>❤ 2.1w 💬 436</p></div>',
         True, op, author, ids, note)
vid("v-33018.html", "贵阳考AI训练师看这里", "黔智教育官方",
    "四级三级都能报，通过率99%！评论区扣1，或者 v: QZ-AI-2025", "U02",
    [["wechat", "qz-ai-2025", "QZ-AI-2025"]], "U02 short video")
vid("v-33025.html", "一次拿三个证？手慢无", "智讯考证老师",
    "零基础三证一起拿，人社部颁发，包过！主页有联系方式，V：zxrz8899", "U03",
    [["wechat", "zxrz8899", "zxrz8899"]], "U03 short video")
vid("v-33031.html", "不用考试也能拿AI证？", "人工智能证书办理中心",
    "7天出证，官网可查！私信或加威：aicert_kf01，电话 17307716254", "U06",
    [["wechat", "aicert_kf01", "aicert_kf01"], ["phone", "+8617307716254", "17307716254"]], "U06 short video")
vid("v-33047.html", "原价9999限时99 AI训练师", "中研智培",
    "工信部认证，全国通用。咨询 4006657318 / zyzp_kf@126.com", "U09",
    [["phone", "4006657318", "4006657318"], ["email", "zyzp_kf@126.com", "zyzp_kf@126.com"]], "U09 short video")
vid("v-33052.html", "我是怎么考下AI训练师四级的", "AI小林老师",
    "分享备考经验，需要我整理的笔记和一对一辅导的可以加 xiaolin_ai666（辅导收费199）", "I06",
    [["wechat", "xiaolin_ai666", "xiaolin_ai666"]], "independent creator selling tutoring")

# ===== wenda (Q&A) =====
page("wenda", "q-60121.html", "人工智能训练师四级网课哪家好？", f"""
<p class="q">人工智能训练师四级网课哪家好？</p>
<div class="ans"><b>桂码学长</b>：推荐看看桂码学院，399元全套，有问题可以打我电话 19977165230 或加微信 guima_xuezhang。</div>
<div class="ans"><b>网友A</b>：买之前去 zscx.osta.org.cn 看看证书能不能查。</div>""", True, "U04", "桂码学院",
 [["phone", "+8619977165230", "19977165230"], ["wechat", "guima_xuezhang", "guima_xuezhang"]], "Q&A answer by U04 promoting course")
page("wenda", "q-60188.html", "数据标注员培训完能找到工作吗？南宁的", f"""
<p class="q">数据标注员培训完能找到工作吗？南宁的</p>
<div class="ans"><b>八桂数标招生</b>：我们八桂数标结业推荐实习，人工智能训练师五级培训1280元，感兴趣加群 836120477 或微信 BGSB_HR。</div>
<div class="ans"><b>贵阳找工作中</b>：我也想知道，我微信 lucky_nn1987</div>""", True, "U07", "八桂数标",
 [["qq_group", "836120477", "836120477"], ["wechat", "bgsb_hr", "BGSB_HR"]], "Q&A answer by U07")
page("wenda", "q-60230.html", "说是人社部颁发的人工智能训练师证，怎么查真假？", """
<p class="q">说是人社部颁发的人工智能训练师证，怎么查真假？对方给的号码是 171 8526 4930</p>
<div class="ans"><b>热心答主</b>：职业技能等级证书由备案评价机构颁发，不是人社部颁发。到 zscx.osta.org.cn 输入姓名、证件号、证书编号查询。
对方给的其他查询网站都不可信，被骗可打12315。</div>""", False, None, None, [], "Q&A question about verifying certificates")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline, quoted on many pages"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "07712809316", ["0771-2809316"], "tuan platform customer-service footer"),
 ("email", "kefu@yongtuan.cn", ["kefu@yongtuan.cn"], "tuan platform footer e-mail"),
 ("other", "桂ICP备2021008813号-1", ["桂ICP备2021008813号-1"], "tuan platform ICP"),
 ("domain", "yongtuan.cn", ["www.yongtuan.cn"], "tuan platform domain"),
 ("email", "admin@qianshanbbs.net", ["admin@qianshanbbs.net"], "forum admin e-mail in footer"),
 ("qq_group", "615408823", ["615408823"], "forum's own QQ group in footer"),
 ("phone", "4006110528", ["400-611-0528"], "course marketplace customer service"),
 ("domain", "xueeryou.com", ["xueeryou.com"], "course marketplace domain"),
 ("qq", "800093721", ["800093721"], "shop platform customer-service QQ"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("domain", "kuaikan-video.cn", ["kuaikan-video.cn"], "video platform domain"),
 ("email", "tougao@zhijiaohaowai.com", ["tougao@zhijiaohaowai.com"], "repost site submission e-mail"),
 ("email", "help@youwenbida.net", ["help@youwenbida.net"], "Q&A platform e-mail"),
 ("phone", "+8617185264930", ["17185264930", "171 8526 4930"], "scammer number quoted in news, complaint and Q&A"),
 ("other", "S000045100120253000012", ["S000045100120253000012"], "certificate number (sample / complaint)"),
 ("other", "15820250918", ["15820250918"], "shop order number that looks like a mobile"),
 ("other", "19920251103", ["19920251103"], "group-buy batch number that looks like a mobile"),
 ("phone", "+8613800000000", ["138-0000-0000"], "form placeholder"),
 ("phone", "+8613800138000", ["13800138000"], "form placeholder on marketplace"),
 ("email", "your@email.com", ["your@email.com"], "form placeholder e-mail"),
 ("wechat", "lucky_nn1987", ["lucky_nn1987"], "a reader's own WeChat in comments"),
 ("phone", "07713860214", ["0771-3860214"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("uscc", US_SHOP, [US_SHOP], "shop platform operator code in footer"),
]

# ---------- render ----------
def frame(site, title, body, crumbs, related):
    s = SITES[site]
    menu = " | ".join(f'<a href="/{site}/index.html">{m}</a>' for m in MENUS[site])
    crumb = " &gt; ".join(crumbs)
    rel = "".join(f'<li><a href="{p}">{html.escape(t)}</a></li>' for p, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<style>{s['css']}</style></head><body class="site-{site}">
<div class="hd"><a href="/index.html">导航</a> · <b>{s['name']}</b><div class="nav">{menu}</div></div>
<div class="crumb">当前位置：{crumb}</div>
<div class="bd"><div class="main"><h1>{html.escape(title)}</h1>
{body}
<div class="related"><h4>相关链接</h4><ul>{rel}</ul></div></div>
<div class="side">{SIDE[site]}</div></div>
<div class="ft">{s['foot']}</div>
</body></html>
"""

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITES}
    out = {}
    for site, plist in by_site.items():
        home = f'<a href="/{site}/index.html">{SITES[site]["name"]}</a>'
        for i, p in enumerate(plist):
            rel = [(q["path"], q["title"]) for q in plist if q is not p][:4]
            out[p["path"]] = frame(site, p["title"], p["body"], ['<a href="/index.html">导航</a>', home, html.escape(p["title"][:12])], rel)
        lst = "<ul>" + "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in plist) + "</ul>"
        out[f"/{site}/index.html"] = frame(site, SITES[site]["name"] + " 首页", f"<p>{SITES[site]['kind']}</p>{lst}",
                                           ['<a href="/index.html">导航</a>', home], [])
    hub = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>本周搜索记录（南宁/贵阳）</title></head><body><h1>本周搜索记录</h1><ul>" + \
          "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a>（{v["kind"]}）</li>' for k, v in SITES.items()) + "</ul></body></html>\n"
    out["/index.html"] = hub
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [], "note": "hub"}]
    for site in SITES:
        pages.append({"path": f"/{site}/index.html", "is_offer": False, "operator": None, "provider": None,
                      "identifiers": [], "note": f"index of {SITES[site]['kind']} site"})
        for p in by_site[site]:
            pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                          "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
    decoys = []
    for kind, value, written, why in DECOYS:
        found = sorted(path for path, text in out.items() if any(w in html.unescape(text) for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": found, "why": why})
    ops = {k: {"brands": v["brands"], "identifiers": v["ids"]} for k, v in OPS.items()}
    truth = {"pages": pages, "operators": ops, "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} html pages")

if __name__ == "__main__":
    main()
