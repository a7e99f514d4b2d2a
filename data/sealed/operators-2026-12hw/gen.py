#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100) with embedded GB 11714 organisation code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def _v11714(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(first16):
    assert len(first16) == 16
    body = first16[8:16]
    c = 11 - sum(_v11714(ch) * w for ch, w in zip(body, W11714)) % 11
    c17 = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = first16 + c17
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W32100)) % 31
    if r == 31:
        r = 0
    return s17 + ALPHA[r]

USCC_U01 = uscc("5223110056821437")   # 民办非企业 (training school), 黑河 231100
USCC_U02 = uscc("9123110MA1C7K2D4")   # company with state-sounding brand
USCC_U05 = uscc("5223118278340615")
USCC_U09 = uscc("9123110MA1BQ6N83")

# ---------- Site frames ----------
SITES = {
 "zhixun": dict(name="黑河智训职业培训学校", style="training", menu=["首页", "学校简介", "培训项目", "师资力量", "报名须知", "联系我们"],
     footer="黑河智训职业培训学校 版权所有 | 地址:黑河市爱辉区海兰街 | 办学许可证号:教民1231100700012号"),
 "kecheng": dict(name="课栈网 · 职业技能课程", style="market", menu=["首页", "IT/互联网", "职业技能", "考证培训", "直播课", "机构入驻"],
     footer="课栈网 kezhan.com.cn | 客服热线 400-820-6613 | 投诉邮箱 service@kezhan.com.cn | 沪ICP备18032619号-2"),
 "bbs": dict(name="黑河在线论坛", style="forum", menu=["论坛首页", "黑河杂谈", "求职招聘", "教育培训", "二手市场", "版务"],
     footer="黑河在线论坛 hhbbs.net | 站务邮箱 admin@hhbbs.net | 网友交流QQ群:621478305 | 黑ICP备15004417号"),
 "fenlei": dict(name="黑河百姓信息网", style="classifieds", menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务", "发布信息"],
     footer="黑河百姓信息网 | 客服电话:0456-8127766 | 黑ICP备19002736号-1 | 信息由网友发布,请自行甄别"),
 "wenda": dict(name="知问网", style="qa", menu=["首页", "问题", "专栏", "职业教育", "我要提问"],
     footer="知问网 zhiwen.net.cn | 客服 kefu@zhiwen.net.cn | 京ICP备20011573号"),
 "wx": dict(name="公众号文章精选(转载)", style="wechat", menu=["首页", "教育", "职场", "本地", "科技"],
     footer="本站转载内容仅供参考,版权归原作者所有 | 联系删除:copyright@wxjingxuan.cn | 京ICP备2021018832号"),
 "video": dict(name="快映短视频", style="video", menu=["推荐", "关注", "同城·黑河", "知识", "直播"],
     footer="快映 kuaiying.cn | 举报电话 400-921-0573 | 未成年人保护 | 京ICP备17054228号"),
 "news": dict(name="黑河新闻网", style="news", menu=["首页", "本地", "民生", "教育", "科技", "专题"],
     footer="黑河新闻网 版权所有 | 新闻热线:0456-8223110 | 黑ICP备09003521号 | 互联网新闻信息服务许可证23120170003"),
 "rsj": dict(name="黑河市人力资源和社会保障局", style="gov", menu=["首页", "政务公开", "政策文件", "通知公告", "办事服务", "互动交流"],
     footer="主办:黑河市人力资源和社会保障局 | 咨询电话:12333 | 黑ICP备05002356号 | 网站标识码2311000012"),
 "shop": dict(name="优品严选商城", style="shop", menu=["首页", "分类", "教育培训", "虚拟商品", "店铺街", "我的订单"],
     footer="优品严选商城 | 平台客服 4001-688-520 | 微信支付客服95017 | 浙ICP备16021197号"),
 "blog": dict(name="北疆笔记 · 个人博客", style="blog", menu=["首页", "随笔", "技术", "考证", "关于"],
     footer="北疆笔记 beijiangbiji.com | Powered by WordPress | 黑ICP备21007790号-1"),
}
ORDER = ["zhixun", "kecheng", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "shop", "blog"]

CSS = {
 "training": "body{font-family:SimSun;background:#f4f7fb}.top{background:#0b4f8a;color:#fff}.nav a{color:#fff;margin:0 12px}",
 "market": "body{font-family:'Microsoft YaHei';background:#fafafa}.top{background:#ff6a00;color:#fff}.price{color:#f40;font-size:22px}",
 "forum": "body{font-size:12px;background:#eef}.top{background:#336}.post{border:1px solid #ccd;margin:6px}",
 "classifieds": "body{background:#fff}.top{background:#2b8a3e;color:#fff}.tag{background:#ffe8cc}",
 "qa": "body{background:#f6f6f6}.top{background:#056de8;color:#fff}.ans{background:#fff;margin:10px;padding:10px}",
 "wechat": "body{max-width:680px;margin:auto}.top{border-bottom:1px solid #eee}.rich_media_title{font-size:22px}",
 "video": "body{background:#161823;color:#eee}.top{background:#000}.desc{font-size:15px}",
 "news": "body{font-family:SimSun}.top{background:#c00;color:#fff}.article{line-height:2}",
 "gov": "body{font-family:SimSun;background:#fff}.top{background:#b50000;color:#fff}.zw{border:1px solid #ddd}",
 "shop": "body{background:#f5f5f5}.top{background:#e4393c;color:#fff}.sku{background:#fff}",
 "blog": "body{font-family:Georgia,serif;background:#fdfdf8}.top{border-bottom:2px solid #333}",
}

PAGES = []   # dicts: site, path, title, body, is_offer, operator, provider, identifiers, note, crumbs

def page(site, fname, title, body, operator=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, fname), title=title, body=body,
                      is_offer=operator is not None, operator=operator, provider=provider,
                      identifiers=[list(x) for x in ids], note=note, crumb=crumb or SITES[site]["menu"][2]))

# ---------------------------------------------------------------- operators
OPS = {}
def op(oid, brands, idents):
    OPS[oid] = {"brands": brands, "identifiers": [list(x) for x in idents]}

op("U01", ["黑河智训职业培训学校", "智训教育", "黑河智训人工智能培训中心"],
   [("phone", "+8613945671238"), ("phone", "04568261357"), ("wechat", "zhixun_hh"), ("uscc", USCC_U01),
    ("email", "zhixunpx@163.com"), ("domain", "zhixunpx.cn")])
op("U02", ["北疆数智人才发展中心", "中智联AI认证", "数智学堂"],
   [("phone", "+8618645203917"), ("wechat", "bjsz2025"), ("qq", "2847105539"),
    ("other", "黑河市北疆信息咨询服务有限公司"), ("uscc", USCC_U02)])
op("U03", ["小鹿AI学院", "鹿鸣教育", "XL人工智能训练营"],
   [("phone", "4006728135"), ("domain", "xiaoluai.com.cn"), ("wechat", "xiaoluai666"), ("email", "xiaolu_ai@126.com")])
op("U04", ["龙江技能鉴定服务站", "黑龙江职业技能评价服务中心", "龙江技能"],
   [("phone", "+8615504568823"), ("qq", "1937462085"), ("wechat", "lj_jineng")])
op("U05", ["黑河市远航职业技能培训学校", "远航培训"],
   [("phone", "04566128840"), ("phone", "+8613304560217"), ("uscc", USCC_U05), ("email", "yuanhangpx@sina.com")])
op("U06", ["华职优才", "优才证书服务", "华职教育"],
   [("qq", "3321908467"), ("wechat", "hzyc_kefu"), ("phone", "+8617745620981")])
op("U07", ["速证通", "职证帮"],
   [("phone", "+8613199467752"), ("wechat", "szt_7752")])
op("U08", ["北安启明教育", "启明职培", "启明职业技能培训"],
   [("phone", "+8618904563370"), ("phone", "04566673021"), ("email", "qiming_ba@qq.com")])
op("U09", ["黑河数标科技有限公司", "数标科技数据标注基地", "黑河数标"],
   [("wechat", "shubiao_hr"), ("phone", "+8615845673309"), ("uscc", USCC_U09), ("domain", "shubiaokeji.com")])

SAMPLE_CERT = "S000023123456255000123"

def lst(items):
    return "<ul>" + "".join("<li>%s</li>" % i for i in items) + "</ul>"

# ================================================================ zhixun (U01 own site)
page("zhixun", "course-5.html", "人工智能训练师(五级/四级)职业技能等级认定培训招生简章",
 f"""<h1>人工智能训练师(五级/四级)职业技能等级认定培训招生简章</h1>
<p>职业编码 4-04-05-05,工种:数据标注员、人工智能算法测试员。本校为黑河市人社部门备案的培训机构,考核由备案评价机构组织,证书为<b>职业技能等级证书</b>(非国家职业资格证书)。</p>
<h3>报名条件</h3>{lst(["五级:累计从事本职业或相关职业工作满1年(含),或本职业学徒期满;", "四级:取得五级证书后累计工作4年,或累计从事本职业6年;", "技工院校、中职相关专业毕业年级学生可报四级。"])}
<h3>培训安排</h3><p>五级参考60课时、四级50课时,理论+实操(数据采集和处理、数据标注、智能系统运维)。晚班、周末班,每期30人。</p>
<h3>费用</h3><p>培训费五级 980 元、四级 1380 元,鉴定费按物价部门标准另收。参保满1年的职工取证后可按规定申领失业保险技能提升补贴(五级最高1000元、四级1500元),以人社部门审核为准,政策咨询可拨12333。</p>
<p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。考点:黑河学院考点(前台 0456-6138500,仅受理考场事务,报名请找本校)。</p>
<div class="contact"><p>招生办:0456-8261357 &nbsp; 王老师 139-4567-1238</p><p>邮箱:zhixunpx@163.com &nbsp; 官网:www.zhixunpx.cn</p>
<p>统一社会信用代码:{USCC_U01}</p></div>""",
 "U01", "黑河智训职业培训学校",
 [("phone", "04568261357", "0456-8261357"), ("phone", "+8613945671238", "139-4567-1238"), ("email", "zhixunpx@163.com", "zhixunpx@163.com"),
  ("domain", "zhixunpx.cn", "www.zhixunpx.cn"), ("uscc", USCC_U01, USCC_U01)],
 "honest school enrolment page for levels 5/4 on its own site")
page("zhixun", "course-3.html", "人工智能训练师三级(高级工)晋级班",
 """<h1>人工智能训练师三级(高级工)晋级班 2026年春季</h1>
<p>面向已取得四级证书并从事数据标注、模型测试工作的在职人员。课程覆盖业务分析、智能训练、智能系统设计、培训与指导,参考40课时,理论30%、实操70%。</p>
<p>报名须提交四级证书及工作年限证明,条件不符的不予报名,请勿轻信“零基础直接考三级”的说法。</p>
<p>学费 1680 元。2025年第4期认定批次号 15120251108,考核安排以市职业技能鉴定中心通知为准。</p>
<p>声明:近期有人冒用我校名义,用 171 0845 2231 收取“包过费”,与本校无关。</p>
<p>咨询:王老师 13945671238(微信同号),或加微信 zhixun_hh 备注“三级”。座机 (0456)8261357。</p>""",
 "U01", "智训教育",
 [("phone", "+8613945671238", "13945671238"), ("wechat", "zhixun_hh", "zhixun_hh"), ("phone", "04568261357", "(0456)8261357")],
 "honest level-3 class for certified workers")
# ================================================================ kecheng (marketplace)
page("kecheng", "c1021.html", "【智训教育】人工智能训练师四级 线上+线下混合班",
 f"""<h1>【智训教育】人工智能训练师四级 线上+线下混合班</h1><p class="price">¥1380</p><p>已报名 126 人 · 好评率 97%</p>
<h3>课程介绍</h3><p>黑河本地机构,线上学理论,周末到爱辉区教学点实操。认定考试由备案评价机构组织,合格颁发职业技能等级证书,可在 zscx.osta.org.cn 查询。</p>
<h3>机构信息</h3><p>机构:黑河智训人工智能培训中心 | 咨询微信:ZhiXun_HH | 座机 0456 826 1357</p>
<div class="cmt"><b>学员评价</b><p>夜里的猫:老师讲得细,数据标注实操很多。</p><p>hh小李:报名前问清了条件,我工作刚满一年只能报五级,挺实在。</p></div>
<p>学员权益保障:培训服务纠纷可拨打12315。</p>""",
 "U01", "黑河智训人工智能培训中心",
 [("wechat", "zhixun_hh", "ZhiXun_HH"), ("phone", "04568261357", "0456 826 1357")],
 "marketplace listing of U01 under another brand")
page("kecheng", "c1045.html", "中智联AI认证 人工智能训练师 一级/二级/三级 三证联报",
 """<h1>中智联AI认证 人工智能训练师 高级技师/技师/高级工 三证联报</h1><p class="price">¥6800 <s>¥12800</s></p>
<p>★ 人社部颁发 ★ 国家职业资格证书 ★ 全国联网可查 ★ 零基础、不限学历、不限经验</p>
<p>三个等级一次拿齐,免考试直接下证,不过全额退款!持证可挂靠,年入3-5万。</p>
<p>查询网址:www.zgjnzscx.com(官方查询入口)</p>
<p>报名咨询:张主任 186 4520 3917 &nbsp; QQ:2847105539</p>
<p>证书样本编号:S000023123456255000123</p>""",
 "U02", "中智联AI认证",
 [("phone", "+8618645203917", "186 4520 3917"), ("qq", "2847105539", "2847105539")],
 "scam: three levels at once, 人社部颁发, 包过, 挂靠, fake query site")
page("kecheng", "c1102.html", "XL人工智能训练营|数据标注员实战 + 五级认定辅导",
 """<h1>XL人工智能训练营|数据标注员实战 + 五级认定辅导</h1><p class="price">¥699</p>
<p>适合已从事数据标注、客服质检等相关工作满1年的学员。课程40节录播+8次直播答疑,考前模拟2套。</p>
<p>注意:本课程为培训服务,证书由评价机构考核后颁发,不承诺通过。谨防山寨证书,可查 www.cpta.com.cn 声明。</p>
<p>机构:小鹿AI学院 | 官网 xiaoluai.com.cn | 客服 400-672-8135</p>
<p>课程编号 KZ-2025-1102 · 讲师:鹿老师</p>""",
 "U03", "XL人工智能训练营",
 [("domain", "xiaoluai.com.cn", "xiaoluai.com.cn"), ("phone", "4006728135", "400-672-8135")],
 "online course on marketplace, honest wording")
page("kecheng", "c1150.html", "远航培训 人工智能训练师五级 黑河线下班(可申领补贴)",
 f"""<h1>远航培训 人工智能训练师五级 黑河线下班</h1><p class="price">¥900</p>
<p>60课时,白天班/晚班。符合条件的参保职工取证后可申请技能提升补贴,补贴直接发放到个人社保卡,具体以人社局审核为准,详询12333。评价机构备案信息可在 osta.mohrss.gov.cn 查看。</p>
<p>机构名称:黑河市远航职业技能培训学校 统一社会信用代码 {USCC_U05}</p><p>报名电话:0456-6128840</p>""",
 "U05", "远航培训",
 [("phone", "04566128840", "0456-6128840"), ("uscc", USCC_U05, USCC_U05)],
 "honest local school listing")
page("kecheng", "c1200.html", "1对1辅导:人工智能训练师理论+实操冲刺(五级/四级)",
 """<h1>1对1辅导:人工智能训练师理论+实操冲刺</h1><p class="price">¥300/课时</p>
<p>本人在数据标注公司做了5年质检,持三级证书,可辅导五级、四级理论和实操题型。线上腾讯会议授课。</p>
<p>联系林老师:136 2456 1190</p>""",
 "I01", "林老师AI工作室",
 [("phone", "+8613624561190", "136 2456 1190")], "independent tutor")
# ================================================================ bbs (forum)
page("bbs", "thread-5521.html", "【转帖】人工智能训练师证 黑河可报 全省通用",
 """<h1>【转帖】人工智能训练师证 黑河可报 全省通用</h1>
<div class="post"><p class="au">楼主:龙江技能小刘 | 发表于 2025-11-03</p>
<p>黑龙江职业技能评价服务中心黑河服务站现招生:人工智能训练师三级、二级,<b>不限学历不限年龄,零基础可报</b>,考前给题库,包过!拿证可以评职称、抵扣个税。</p>
<p>名额有限,电话 155-0456-8823(刘老师)</p></div>
<div class="post"><p class="au">2楼 北安老铁</p><p>不限学历直接考二级?技师不是要三级证加好几年经验吗,慎重。</p></div>
<div class="post"><p class="au">3楼 hh宝妈</p><p>多少钱啊,我也想报,我微信 hh_mama2019 有懂的加我</p></div>""",
 "U04", "黑龙江职业技能评价服务中心",
 [("phone", "+8615504568823", "155-0456-8823")], "forum post: scam, level 2 to beginners, 包过, pose as 中心")
page("bbs", "thread-5530.html", "有没有一起考AI训练师的?优才这边团报便宜",
 """<h1>有没有一起考AI训练师的?团报便宜</h1>
<div class="post"><p class="au">楼主:优才小助手</p><p>华职优才人工智能训练师四级,官方指定考点,7天速成,内部题库,通过率100%。现在团报5人立减800。</p>
<p>有意向私聊企鹅:3321908467</p></div>
<div class="post"><p class="au">2楼 zzz</p><p>“官方指定”“通过率100%”这种广告词都是违规的吧</p></div>""",
 "U06", "华职优才", [("qq", "3321908467", "3321908467")], "forum post: scam wording")
page("bbs", "thread-5540.html", "孙吴这边有人想学数据标注吗,我带",
 """<h1>孙吴这边有人想学数据标注吗,我带</h1>
<div class="post"><p class="au">楼主:孙吴小王</p><p>我在哈尔滨数据标注公司干过三年,现在回孙吴了。想开个小班教数据标注和人工智能训练师五级考证的实操部分,收费按次,一次80。要求至少有一年相关工作经历才能报五级,这个要先说清楚。</p>
<p>微信:sw_wang1990</p></div>""",
 "I02", "孙吴小王", [("wechat", "sw_wang1990", "sw_wang1990")], "independent individual teacher on forum")
page("bbs", "thread-5566.html", "【曝光】交了3800的AI训练师证,说好的包过现在人找不到了",
 """<h1>【曝光】交了3800的AI训练师证,说好的包过现在人找不到了</h1>
<div class="post"><p class="au">楼主:嫩江打工人</p><p>去年在网上看到广告说人工智能训练师高级证包过,加了个微信交了3800,给了个查询网站说能查到,后来网站打不开了。骗子电话 171 0845 2231,大家小心!已经打了12315和12333反映。</p></div>
<div class="post"><p class="au">2楼 hh宝妈</p><p>我之前也差点报了,还好没交钱。谁有靠谱的,加我微信 hh_mama2019</p></div>
<div class="post"><p class="au">3楼 版主</p><p>正规证书只能在 zscx.osta.org.cn 查询,别信其他“官网”。</p></div>""",
 note="complaint thread quoting scam phone")
# ================================================================ fenlei (classifieds)
page("fenlei", "post-8812.html", "人工智能训练师培训 黑河爱辉区 正规学校 晚班周末班",
 """<h1>人工智能训练师培训 黑河爱辉区 正规学校 晚班周末班</h1><span class="tag">个人认证</span><span class="tag">机构</span>
<p>五级、四级常年招生,人社备案培训机构,不搞包过那一套,好好学才能考下来。数据标注、算法测试实操都有机房。</p>
<p>联系人:王老师 电话:139 4567 1238 微信:zhixun_hh</p>""",
 "U01", "黑河智训职业培训学校",
 [("phone", "+8613945671238", "139 4567 1238"), ("wechat", "zhixun_hh", "zhixun_hh")], "classified ad of U01")
page("fenlei", "post-8830.html", "数智学堂 AI训练师证 人社部证书 高薪就业 三证联报",
 """<h1>数智学堂 AI训练师证 人社部证书 高薪就业</h1><span class="tag">急招</span>
<p>国家职业资格,人社部颁发,全国通用!零基础一站式拿证,高级技师证包过,拿证后推荐月薪过万岗位。</p>
<p>电话:18645203917 微信:bjsz2025(24小时在线)</p>
<p>证书编号示例 S000023123456255000123,官网可查。</p>""",
 "U02", "数智学堂",
 [("phone", "+8618645203917", "18645203917"), ("wechat", "bjsz2025", "bjsz2025")], "classified scam ad, U02 other brand")
page("fenlei", "post-8841.html", "嫩江 五大连池 人工智能训练师 可报名 代报名",
 """<h1>嫩江、五大连池 人工智能训练师 可报名/代报名</h1>
<p>龙江技能 代理各类技能证书报名,人工智能训练师二级三级均可,不用到场,材料我们帮做,工作年限证明可代开。</p>
<p>电话:15504568823 QQ 1937462085</p>
<p>(如联系不上请留言,信息格式:姓名+电话:138-0000-0000)</p>""",
 "U04", "龙江技能",
 [("phone", "+8615504568823", "15504568823"), ("qq", "1937462085", "1937462085")], "scam: proxy registration, fake work proof")
page("fenlei", "post-8855.html", "快速拿证 人工智能训练师 职证帮 15天出证",
 """<h1>快速拿证 人工智能训练师 15天出证</h1>
<p>职证帮:不用培训,不用考试,交资料15天出证,入库可查。价格:五级1200、四级1800、三级2600,多证更优惠。</p>
<p>电话/微信:131-9946-7752</p>""",
 "U07", "职证帮", [("phone", "+8613199467752", "131-9946-7752")], "scam: price per certificate, no training")
page("fenlei", "post-8860.html", "北安 人工智能训练师五级培训 启明职培 小班授课",
 """<h1>北安 人工智能训练师五级培训 小班授课</h1>
<p>启明职培 北安市铁西街教学点,五级60课时,学费1100元。报名需工作满一年证明。</p>
<p>手机:189 0456 3370 座机:0456-6673021</p>""",
 "U08", "启明职培",
 [("phone", "+8618904563370", "189 0456 3370"), ("phone", "04566673021", "0456-6673021")], "classified ad, honest-ish")
page("fenlei", "post-8870.html", "逊克县 人工智能训练师考前培训 随到随学",
 """<h1>逊克县 人工智能训练师考前培训 随到随学</h1>
<p>逊克县城星光培训部,五级考前辅导,包教会(不包过)。费用面议。</p>
<p>电话 182-4567-9024 赵</p>""",
 "I03", "逊克星光培训部", [("phone", "+8618245679024", "182-4567-9024")], "independent small classified ad")
# ================================================================ wenda (Q&A)
page("wenda", "q-311.html", "在黑河想考人工智能训练师,线上课哪家靠谱?",
 """<h1>在黑河想考人工智能训练师,线上课哪家靠谱?</h1><p class="q">提问者:北极村的风 · 3个回答</p>
<div class="ans"><b>鹿鸣教育-课程顾问</b><p>可以了解一下我们鹿鸣教育的数据标注员实战课,线上学习+直播答疑,五级需要满一年相关工作经历。领资料加微信 xiaoluai666 或打 4006 728 135。</p></div>
<div class="ans"><b>匿名用户</b><p>先去人社局官网看有没有本地认定批次,再决定报哪家,别信包过。</p></div>""",
 "U03", "鹿鸣教育",
 [("wechat", "xiaoluai666", "xiaoluai666"), ("phone", "4006728135", "4006 728 135")], "Q&A answer by U03 sales")
page("wenda", "q-318.html", "人工智能训练师补贴怎么领?",
 """<h1>人工智能训练师补贴怎么领?</h1><p class="q">提问者:爱辉小陈 · 2个回答</p>
<div class="ans"><b>远航培训 李老师</b><p>参保满1年,取得五级证书后12个月内在人社局网站申请,最高1000元。我们学校五级班正在报名,电话 133 0456 0217,学校座机04566128840。政策问题可以打12333。另外提醒,网上有人用171 0845 2231冒充学校收费,别上当。</p></div>
<div class="ans"><b>路人甲</b><p>二级一级没有这个补贴,说补贴后免费的都是忽悠。</p></div>""",
 "U05", "远航培训",
 [("phone", "+8613304560217", "133 0456 0217"), ("phone", "04566128840", "04566128840")], "Q&A answer by U05")
page("wenda", "q-325.html", "数据标注员包就业是真的吗?",
 """<h1>数据标注员包就业是真的吗?</h1><p class="q">提问者:小镇青年 · 2个回答</p>
<div class="ans"><b>黑河数标HR</b><p>我们是本地数据标注基地,先交2980元培训费,考人工智能训练师证,包过包就业,月薪6000+。了解加V:shubiao_hr,电话15845673309。</p></div>
<div class="ans"><b>hh宝妈</b><p>求内推,我微信 hh_mama2019</p></div>""",
 "U09", "黑河数标",
 [("wechat", "shubiao_hr", "shubiao_hr"), ("phone", "+8615845673309", "15845673309")], "training-loan style job lure")
page("wenda", "q-330.html", "人工智能训练师四级考什么?",
 """<h1>人工智能训练师四级考什么?</h1><p class="q">提问者:学习中 · 1个回答</p>
<div class="ans"><b>爱辉职教服务部</b><p>四级认定要素包括基本要求、数据采集和处理、数据标注、智能系统运维。我们这边有四级冲刺班,QQ:2093847561 报名表在这里填:https://www.wjx.cn/vm/hhzj.aspx</p></div>""",
 "I04", "爱辉职教服务部", [("qq", "2093847561", "2093847561")], "independent Q&A answer")
# ================================================================ wx (WeChat reposts)
page("wx", "a-2.html", "重磅!人工智能训练师证书全面开放报名,错过再等一年",
 """<h1 class="rich_media_title">重磅!人工智能训练师证书全面开放报名,错过再等一年</h1><p class="meta">原创 北疆数智人才发展中心 2025-10-20</p>
<p>人社部新职业,国家级证书,持证可落户、评职称、领补贴!一级/二级/三级均可报,无门槛,国家认可、官方认证。</p>
<p>报名请加客服微信:BJSZ2025</p><p>缴费请转账至对公账户,收款户名:黑河市北疆信息咨询服务有限公司</p>
<p>阅读 1.2万 · 在看 86</p>""",
 "U02", "北疆数智人才发展中心",
 [("wechat", "bjsz2025", "BJSZ2025"), ("other", "黑河市北疆信息咨询服务有限公司", "黑河市北疆信息咨询服务有限公司")], "WeChat repost scam advertorial")
page("wx", "a-3.html", "AI时代的新饭碗:人工智能训练师到底是做什么的?",
 """<h1 class="rich_media_title">AI时代的新饭碗:人工智能训练师到底是做什么的?</h1><p class="meta">小鹿AI学院 2025-09-12</p>
<p>人工智能训练师(4-04-05-05)是2020年人社部等三部门发布的新职业,分数据标注员和人工智能算法测试员两个工种,证书是职业技能等级证书,备案机构可在 osta.mohrss.gov.cn 查询。</p>
<p>我们的训练营正在招生,报名表:https://www.wjx.cn/vm/xlai.aspx ;咨询邮箱 xiaolu_ai@126.com ;官网 www.XiaoLuAI.com.cn</p>""",
 "U03", "小鹿AI学院",
 [("email", "xiaolu_ai@126.com", "xiaolu_ai@126.com"), ("domain", "xiaoluai.com.cn", "www.XiaoLuAI.com.cn")], "WeChat article, soft sell")
page("wx", "a-5.html", "7天拿证!华职教育AI训练师速成班",
 """<h1 class="rich_media_title">7天拿证!华职教育AI训练师速成班</h1><p class="meta">华职教育 2025-11-01</p>
<p>速成、保过、命题组老师亲授内部信息。原价9999限时999!90%小白都能学会。</p>
<p>客服微信:hzyc_kefu 扣扣:3321908467</p><p>(模板)联系电话:138-0000-0000 微信号:XXXXXX</p>""",
 "U06", "华职教育",
 [("wechat", "hzyc_kefu", "hzyc_kefu"), ("qq", "3321908467", "3321908467")], "scam WeChat article")
page("wx", "a-8.html", "北安启明:人工智能训练师五级第3期开班啦",
 """<h1 class="rich_media_title">北安启明:人工智能训练师五级第3期开班啦</h1><p class="meta">启明职业技能培训 2025-10-08</p>
<p>第3期五级班11月开课,理论+实操60课时,考核由备案评价机构组织,本期批次号 15120251108,证书可在 zscx.osta.org.cn 查询。考点前台 0456-6138500 只负责考场安排,报名请联系我们。</p>
<p>报名电话 0456-6673021 邮箱 qiming_ba@qq.com</p>""",
 "U08", "启明职业技能培训",
 [("phone", "04566673021", "0456-6673021"), ("email", "qiming_ba@qq.com", "qiming_ba@qq.com")], "WeChat article of U08")
page("wx", "a-11.html", "黑河数标科技:招聘数据标注员20名(需持证)",
 f"""<h1 class="rich_media_title">黑河数标科技:招聘数据标注员20名</h1><p class="meta">黑河数标科技有限公司 2025-09-30</p>
<p>无经验可培训上岗,培训费2980元,培训后统一考人工智能训练师证,包过,包分配工作。</p>
<p>HR:158 4567 3309 &nbsp; 公司统一社会信用代码:{USCC_U09}</p>""",
 "U09", "黑河数标科技有限公司",
 [("phone", "+8615845673309", "158 4567 3309"), ("uscc", USCC_U09, USCC_U09)], "job-lure + paid training")
# ================================================================ video (short video)
page("video", "v-7721.html", "小鹿AI学院:数据标注员一天的工作 #人工智能训练师",
 """<h1 class="desc">数据标注员一天的工作 #人工智能训练师 #新职业</h1><p>@小鹿AI学院 · 3.4万赞</p>
<p>主页简介:五级认定辅导 | 私信或+V xiaoluai666 | 合作 xiaolu_ai@126.com</p>
<div class="cmts"><p>用户8823:学费多少</p><p>作者回复:主页有链接哦</p></div>""",
 "U03", "小鹿AI学院",
 [("wechat", "xiaoluai666", "xiaoluai666"), ("email", "xiaolu_ai@126.com", "xiaolu_ai@126.com")], "short video with course funnel")
page("video", "v-7730.html", "AI训练师二级证,零基础也能拿!",
 """<h1 class="desc">AI训练师二级证,零基础也能拿!#考证 #黑河</h1><p>@龙江技能鉴定服务站 · 1.1万赞</p>
<p>不限学历不限经验,技师证直接考,评职称加工资!评论区扣1,详询QQ 1937462085 / vx: LJ_jineng</p>
<div class="cmts"><p>北安老铁:技师要三级加4年经验的</p><p>hh宝妈:想报 我微信 hh_mama2019</p></div>""",
 "U04", "龙江技能鉴定服务站",
 [("qq", "1937462085", "1937462085"), ("wechat", "lj_jineng", "LJ_jineng")], "short video scam")
page("video", "v-7745.html", "速证通:人工智能训练师证 不考试也能拿?",
 """<h1 class="desc">人工智能训练师证 不考试也能拿?看完你就懂了</h1><p>@速证通 · 5632赞</p>
<p>三证同报更划算,入库可查,官网可查!联系 131 9946 7752 微信 szt_7752</p>""",
 "U07", "速证通",
 [("phone", "+8613199467752", "131 9946 7752"), ("wechat", "szt_7752", "szt_7752")], "short video scam, U07")
page("video", "v-7760.html", "AI课代表阿杰:人工智能训练师五级实操题演示",
 """<h1 class="desc">人工智能训练师五级实操题演示 | 图像框选标注</h1><p>@AI课代表阿杰 · 892赞</p>
<p>整理了一套练习资料,需要的加我 ajie_ai_class,资料包19.9。</p>""",
 "I05", "AI课代表阿杰", [("wechat", "ajie_ai_class", "ajie_ai_class")], "independent creator selling practice pack")
# ================================================================ news
page("news", "n-20251112.html", "警惕!“包过”的人工智能训练师证可能是山寨证书",
 """<h1>警惕!“包过”的人工智能训练师证可能是山寨证书</h1><p class="src">来源:黑河新闻网 2025-11-12</p>
<div class="article"><p>近日,市民刘女士反映在网上报名人工智能训练师“高级证”被骗3800元。记者拨打对方留下的电话171 0845 2231,已无人接听。</p>
<p>市人社局提醒:人工智能训练师证书属于职业技能等级证书,由备案的评价机构颁发,“人社部颁发”“免考包过”均是虚假宣传。证书可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 或技能人才评价工作网 osta.mohrss.gov.cn 查询;山寨证书声明可查 www.cpta.com.cn。遇到问题可拨打12333或12315。</p></div>""",
 note="news warning quoting scam phone and official sites")
page("news", "n-20251020.html", "[企业风采]远航培训:让黑河职工掌握人工智能新技能",
 f"""<h1>[企业风采]远航培训:让黑河职工掌握人工智能新技能</h1><p class="src">来源:黑河新闻网 广告 2025-10-20</p>
<div class="article"><p>黑河市远航职业技能培训学校(统一社会信用代码{USCC_U05})今年开设人工智能训练师五级、四级培训班,已有200余名职工参训。校长提醒,报名前可在 www.cpta.com.cn 查看山寨证书声明。</p>
<p>新一期报名中,咨询电话13304560217,邮箱 yuanhangpx@sina.com。</p></div>""",
 "U05", "黑河市远航职业技能培训学校",
 [("uscc", USCC_U05, USCC_U05), ("phone", "+8613304560217", "13304560217"), ("email", "yuanhangpx@sina.com", "yuanhangpx@sina.com")],
 "paid advertorial for U05")
page("news", "n-20250930.html", "本地企业数标科技招募数据标注员",
 """<h1>本地企业数标科技招募数据标注员</h1><p class="src">来源:黑河新闻网 推广 2025-09-30</p>
<div class="article"><p>数标科技数据标注基地面向社会招募学员,经培训考取人工智能训练师证书后安排上岗。详情见 shubiaokeji.com 或加微信 Shubiao_HR。</p></div>""",
 "U09", "数标科技数据标注基地",
 [("domain", "shubiaokeji.com", "shubiaokeji.com"), ("wechat", "shubiao_hr", "Shubiao_HR")], "promoted news for U09")
# ================================================================ rsj (gov)
page("rsj", "notice-2025-11.html", "关于开展2025年第4期人工智能训练师职业技能等级认定的通知",
 """<h1>关于开展2025年第4期人工智能训练师职业技能等级认定的通知</h1>
<div class="zw"><p>各有关单位:根据职业技能等级认定工作安排,现将本期认定事项通知如下。</p>
<p>一、职业(工种):人工智能训练师(4-04-05-05)五级、四级。批次号 15120251108。</p><p>二、考点:黑河学院考点,考点前台 0456-6138500。</p>
<p>三、证书查询:zscx.osta.org.cn。</p><p>四、本局不委托任何中介代报名,谨防诈骗。咨询电话12333。</p></div>""",
 note="official notice, batch number and venue")
# ================================================================ shop
page("shop", "item-602.html", "【华职】人工智能训练师四级 全程托管 不过退款",
 """<h1>【华职】人工智能训练师四级 全程托管 不过退款</h1><p class="price">¥2680</p>
<p>店铺:优才证书服务 · 已售 320</p><p>全程托管、无需到场、不过退款。拍下后联系店主 177 4562 0981 / 微信 HZYC_KEFU。</p>
<div class="rev"><p>买家 t***8:订单号 19845730126,已收到资料</p></div>""",
 "U06", "优才证书服务",
 [("phone", "+8617745620981", "177 4562 0981"), ("wechat", "hzyc_kefu", "HZYC_KEFU")], "shop listing scam")
page("shop", "item-610.html", "人工智能训练师证书 五级四级三级 多证优惠",
 """<h1>人工智能训练师证书 五级/四级/三级 多证优惠</h1><p class="price">¥1200起</p>
<p>店铺:职证帮 · 已售 1k+</p><p>资料齐全当月出证,支持批量,证书样本:S000023123456255000123,请加微信 szt_7752 发资料。</p>
<div class="rev"><p>买家 a***n:订单号 19845730126 的证什么时候到?</p></div>""",
 "U07", "职证帮", [("wechat", "szt_7752", "szt_7752")], "shop: price per certificate")
page("shop", "item-615.html", "启明职培 人工智能训练师五级 课程券",
 """<h1>启明职培 人工智能训练师五级 课程券</h1><p class="price">¥1100</p>
<p>店铺:北安启明教育 · 线下北安教学点使用。</p><p>如有消费纠纷可拨打12315,本店不承诺包过。核销联系 189 0456 3370,邮箱 Qiming_BA@qq.com</p>""",
 "U08", "北安启明教育",
 [("phone", "+8618904563370", "189 0456 3370"), ("email", "qiming_ba@qq.com", "Qiming_BA@qq.com")], "shop voucher for U08")
page("shop", "item-620.html", "龙江技能 技能证书代报名服务 人工智能训练师",
 """<h1>龙江技能 技能证书代报名服务 人工智能训练师</h1><p class="price">¥3980</p>
<p>二级三级可选,材料代办,工作证明代开,包拿证。售后加 LJ_jineng。</p><p>默认收货信息:微信号:XXXXXX</p>""",
 "U04", "龙江技能", [("wechat", "lj_jineng", "LJ_jineng")], "shop proxy-registration scam")
# ================================================================ blog
page("blog", "post-guide.html", "2026年人工智能训练师报考指南(黑河版)",
 """<h1>2026年人工智能训练师报考指南(黑河版)</h1><p class="meta">博主:北疆笔记 · 2026-01-05</p>
<p>一、职业编码4-04-05-05,证书是职业技能等级证书,不是国家职业资格证书。二、五级要求工作满1年或学徒期满;二级、一级需要逐级晋升。三、补贴五级最高1000元、四级1500元、三级2000元,需参保满1年。四、查证书只认 zscx.osta.org.cn 和 osta.mohrss.gov.cn,山寨证书声明看 www.cpta.com.cn。五、本地政策咨询12333。</p>
<p>评论:hh宝妈:博主能推荐机构吗,我微信 hh_mama2019</p>""",
 note="blog guide, non-offer")
page("blog", "post-ai.html", "我是怎么拿到人工智能训练师证的(内含报名渠道)",
 """<h1>我是怎么拿到人工智能训练师证的(内含报名渠道)</h1><p class="meta">投稿 · 2025-12-02</p>
<p>一开始我也觉得难,后来报了数智学堂的套餐,一次拿了三级和二级,人社部颁发,全国联网可查。报名渠道:扣扣2847105539,转账户名 黑河市北疆信息咨询服务有限公司。</p>""",
 "U02", "数智学堂",
 [("qq", "2847105539", "扣扣2847105539"), ("other", "黑河市北疆信息咨询服务有限公司", "黑河市北疆信息咨询服务有限公司")], "planted testimonial post")
page("blog", "post-zhou.html", "数据标注笔记(十二):五级实操题型整理 + 付费答疑",
 """<h1>数据标注笔记(十二):五级实操题型整理 + 付费答疑</h1><p class="meta">老周 · 2025-11-20</p>
<p>本篇整理框选、分类、语义分割三类题。需要一对一答疑(50元/次)可发邮件到 zhou.biaozhu@foxmail.com。</p>""",
 "I06", "老周的数据标注笔记",
 [("email", "zhou.biaozhu@foxmail.com", "zhou.biaozhu@foxmail.com")], "independent blogger selling tutoring")

# ---------- decoys: (kind, value, written forms, why) ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "cpta.com.cn", ["www.cpta.com.cn"], "人事考试中心 official site in news"),
 ("phone", "4008206613", ["400-820-6613"], "kecheng marketplace footer customer service"),
 ("email", "service@kezhan.com.cn", ["service@kezhan.com.cn"], "kecheng platform footer email"),
 ("domain", "kezhan.com.cn", ["kezhan.com.cn"], "kecheng platform domain"),
 ("qq_group", "621478305", ["621478305"], "forum footer QQ group"),
 ("email", "admin@hhbbs.net", ["admin@hhbbs.net"], "forum admin email in footer"),
 ("phone", "04568127766", ["0456-8127766"], "classifieds platform footer phone"),
 ("other", "黑ICP备19002736号-1", ["黑ICP备19002736号-1"], "classifieds platform ICP"),
 ("other", "京ICP备2021018832号", ["京ICP备2021018832号"], "wechat repost site ICP"),
 ("phone", "4009210573", ["400-921-0573"], "video platform report line"),
 ("phone", "4001688520", ["4001-688-520"], "shop platform customer service"),
 ("phone", "95017", ["95017"], "WeChat Pay customer service (payment platform)"),
 ("phone", "+8617108452231", ["171 0845 2231"], "scam phone quoted in complaint and news"),
 ("phone", "+8619845730126", ["19845730126"], "shop order number that looks like a mobile"),
 ("phone", "+8615120251108", ["15120251108"], "人社 assessment batch number that looks like a mobile"),
 ("other", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number copied by different sellers"),
 ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder"),
 ("wechat", "xxxxxx", ["XXXXXX"], "template placeholder"),
 ("wechat", "hh_mama2019", ["hh_mama2019"], "a reader's own WeChat in comments"),
 ("phone", "04566138500", ["0456-6138500"], "exam venue front desk (third party)"),
 ("domain", "wjx.cn", ["www.wjx.cn"], "form tool (问卷星) used by different sellers"),
]

# ---------- render ----------
def esc(s):
    return html.escape(s, quote=False)

def render(p):
    s = SITES[p["site"]]
    sib = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) for m in s["menu"])
    side = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in sib[:6])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s &gt; %s' % (
        p["site"], s["name"], p["crumb"], esc(p["title"][:18]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(p['title'])} - {s['name']}</title>
<style>{CSS[s['style']]}</style></head><body class="{s['style']}">
<div class="top"><span class="logo">{s['name']}</span><div class="nav">{menu}</div></div>
<div class="crumbs">{crumbs}</div>
<div class="main">{p['body']}</div>
<div class="side"><h4>相关推荐</h4><ul>{side}</ul><h4>热门标签</h4><p>人工智能训练师 数据标注 考证 黑河 技能补贴</p></div>
<div class="footer">{s['footer']}</div>
</body></html>
"""

def build_indexes():
    for key in ORDER:
        s = SITES[key]
        items = [q for q in PAGES if q["site"] == key]
        body = "<h1>%s</h1><ul>%s</ul>" % (s["name"], "".join(
            '<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"])) for q in items))
        PAGES.append(dict(site=key, path="/%s/index.html" % key, title=s["name"] + " 首页", body=body,
                          is_offer=False, operator=None, provider=None, identifiers=[], note="site index", crumb="首页"))

def main():
    build_indexes()
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        t = render(p)
        texts[p["path"]] = t
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
    hub = "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, SITES[k]["name"]) for k in ORDER)
    hubt = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>黑河一周搜索 · 导航</title></head>'
            '<body><h1>导航</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hubt)
    texts["/index.html"] = hubt
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages_out = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                  "identifiers": [], "note": "hub"}]
    for p in sorted(PAGES, key=lambda q: q["path"]):
        pages_out.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    # sanity: seller written forms never coincide with a decoy form
    dforms = {w for d in DECOYS for w in d[2]}
    for p in PAGES:
        for _, _, w in p["identifiers"]:
            assert w not in dforms and not any(df in w for df in dforms), (p["path"], w)
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages_out, "operators": OPS, "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
