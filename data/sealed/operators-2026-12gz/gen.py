#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers
as a week of searching from 武威 and 张掖 would turn up. Standard library only, deterministic."""
import json, os, re, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def uscc(base17):
    assert len(base17) == 17 and all(c in ALPHA for c in base17), base17
    s = sum(ALPHA.index(c) * pow(3, i, 31) for i, c in enumerate(base17))
    r = 31 - s % 31
    return base17 + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91620602MA72XKQ3B")
U03_USCC = uscc("52620702MJ8C40715")
U05_USCC = uscc("91110108MA01TQ8N4")
KC_USCC = uscc("91620100MA74LRW06")   # marketplace operator, footer decoy

# ---------------------------------------------------------------- sites
SITES = {
 "zhixun": dict(name="河西智训教育", domain="www.hxzhixun.cn", kind="培训机构官网",
     css="body{font-family:sans-serif;background:#f4f8fb}header{background:#0b4f8a;color:#fff;padding:10px}nav a{color:#fff;margin:0 8px}.side{float:right;width:220px;background:#e6eef6;padding:8px}",
     menu=["首页", "课程中心", "报考指南", "师资团队", "联系我们"],
     footer=f"武威市河西智训职业技能培训有限公司 版权所有 | 地址:武威市凉州区东大街天马广场写字楼9层 | 电话:0935-6123480 | 官网 www.hxzhixun.cn | 统一社会信用代码 {U01_USCC}"),
 "college": dict(name="河西职业技术学院继续教育学院", domain="jxjy.hxzyxy.edu.cn", kind="高校",
     css="body{font-family:serif;background:#fff}header{background:#7a1010;color:#fff;padding:12px}nav a{color:#ffd;margin:0 10px}.side{float:left;width:200px;border-right:1px solid #ccc}",
     menu=["学院首页", "学院概况", "社会培训", "通知公告", "招生信息"],
     footer="河西职业技术学院继续教育学院 地址:张掖市甘州区北环路 | 陇ICP备10003522号 | jxjy.hxzyxy.edu.cn"),
 "kecheng": dict(name="课程家 · 职业技能课堂", domain="www.kechengjia.com", kind="课程平台",
     css="body{font-family:Arial;background:#fafafa}header{background:#ff6a00;color:#fff;padding:8px}nav a{color:#fff;margin:0 6px}.price{color:#e00;font-size:22px}.side{float:right;width:240px}",
     menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
     footer=f"课程家平台客服热线 400-820-1735 | 客服邮箱 kefu@kechengjia.com | 兰州课程家网络科技有限公司 统一社会信用代码 {KC_USCC} | 平台仅提供信息展示,课程由入驻机构提供"),
 "bbs": dict(name="武威在线 · 凉州论坛", domain="bbs.wwzaixian.com", kind="论坛",
     css="body{font-family:SimSun;background:#eef}table.post{border:1px solid #99c;width:100%}.author{background:#dde;width:150px}.side{display:none}",
     menu=["论坛首页", "凉州杂谈", "求职招聘", "教育培训", "投诉曝光"],
     footer="武威在线论坛 | 网友交流QQ群:61837204 | 违法和不良信息举报:bbs@wwzaixian.com | 陇ICP备13001847号"),
 "fenlei": dict(name="河西分类信息网(武威·张掖·金昌)", domain="www.hxfenlei.com", kind="分类信息",
     css="body{font-size:13px;background:#fff}header{background:#2a8f2a;color:#fff}.tag{background:#ffc;border:1px solid #cc9}.side{float:right;width:200px}",
     menu=["首页", "招聘", "教育培训", "二手", "免费发布"],
     footer="河西分类信息网 www.hxfenlei.com 陇ICP备18002716号-1 | 本站信息由用户发布,交易前请核实对方资质"),
 "wenda": dict(name="问问看 · 职场问答", domain="www.wenwenkan.net", kind="问答",
     css="body{font-family:sans-serif}.q{font-size:18px;font-weight:bold}.a{border-top:1px dashed #ccc;padding:6px}.side{float:right;width:220px;background:#f7f7f7}",
     menu=["首页", "职业资格", "教育", "求职", "我要提问"],
     footer="问问看问答社区 | 商务合作 bd@wenwenkan.net | 回答内容仅代表用户个人观点"),
 "wx": dict(name="微文摘 · 公众号文章转载", domain="www.wxwenzhai.cn", kind="公众号文章转载",
     css="body{max-width:680px;margin:auto;font-family:PingFang SC,sans-serif}.meta{color:#888}.side{border-top:1px solid #eee}",
     menu=["首页", "教育", "职场", "本地", "关于转载"],
     footer="微文摘 www.wxwenzhai.cn 转载自微信公众号,版权归原作者 | 侵权联系 qinquan@wxwenzhai.cn"),
 "video": dict(name="短视界 · 短视频", domain="www.duanshijie.tv", kind="短视频",
     css="body{background:#111;color:#eee}a{color:#6cf}.vid{width:360px;height:640px;background:#333}.side{float:right;width:200px}",
     menu=["推荐", "关注", "同城·张掖", "同城·武威", "直播"],
     footer="短视界 | 举报邮箱 report@duanshijie.tv | 未成年人守护热线及用户协议"),
 "news": dict(name="河西新闻网", domain="www.hexinews.com.cn", kind="新闻",
     css="body{font-family:SimSun}h1{font-size:24px}.src{color:#666}.side{float:right;width:260px;border-left:1px solid #ddd}",
     menu=["首页", "武威", "张掖", "社会", "教育", "广告合作"],
     footer="河西新闻网 新闻热线 0936-8219900 | 陇ICP备09001233号 | 互联网新闻信息服务许可证 62120190001"),
 "rsj": dict(name="某市人力资源和社会保障局(信息公开)", domain="rsj.hexi-gov-demo.cn", kind="人社局通知",
     css="body{font-family:SimSun;background:#f0f0f0}header{background:#c00;color:#fff;padding:14px}.side{float:left;width:180px}",
     menu=["首页", "政务公开", "就业创业", "职业能力建设", "办事指南"],
     footer="主办:市人力资源和社会保障局 | 咨询电话 12333 | 网站标识码 6206000015"),
 "shop": dict(name="河西购 · 本地商城", domain="shop.hexigou.com", kind="网店",
     css="body{font-family:Arial}.sku{border:1px solid #eee;padding:10px}.price{color:#f40}.side{float:right;width:200px}",
     menu=["首页", "本地特产", "教育服务", "数码", "我的订单"],
     footer="河西购 shop.hexigou.com | 支付由支付宝提供,支付问题请拨 95188 | 商城客服 0935-2235500"),
}

COMMENT_FORM = '<div class="cmt-form">发表评论:<input placeholder="昵称"> <input placeholder="邮箱 yourname@example.com"></div>'
VENUE = "考点:武威职业学院实训楼(考点前台 0935-6269012,仅答复考场位置)"
BATCH = "认定批次号 18620250903"
SCAM = "17339462058"

# ---------------------------------------------------------------- pages
# (site, file, title, section, is_offer, operator, provider, identifiers, body, note)
P = []
def page(site, f, title, sec, offer, op, prov, ids, body, note):
    P.append(dict(site=site, file=f, title=title, sec=sec, offer=offer, op=op, prov=prov, ids=ids, body=body, note=note))

# ---- U01 河西智训 (honest-ish training company, own site + marketplace + classifieds)
page("zhixun", "ai-trainer-l5.html", "人工智能训练师(五级/初级工)周末班招生", "课程中心", True, "U01", "河西智训教育",
 [["phone", "+8613935012468", "139-3501-2468"], ["phone", "09356123480", "0935-6123480"], ["wechat", "hxzx_ai2468", "hxzx_ai2468"], ["uscc", U01_USCC, U01_USCC], ["domain", "hxzhixun.cn", "www.hxzhixun.cn"]],
 f"""<p>人工智能训练师(职业编码4-04-05-05)是2020年人社部等部门发布的新职业,含数据标注员、人工智能算法测试员两个工种。本课程面向五级(初级工),参考课时60学时,理论+实操。</p>
<p>报考条件:累计从事本职业或相关职业工作满1年,或本职业学徒期满。请带好工作证明报名,条件不符的我们会如实告知,不收费。</p>
<p>收费:培训费1280元(含教材、上机);认定费按评价机构公示标准另收。符合条件的参保职工可申请失业保险技能提升补贴(五级最高1000元),以人社部门审核为准,咨询12333。</p>
<p>{VENUE}</p><p>证书为职业技能等级证书,由备案评价机构颁发,可在 zscx.osta.org.cn 查询。</p>
<p class="warn">近期有人冒用我公司名义收费,电话173-3946-2058不是我公司电话,请勿转账。</p>
<p>报名咨询:张老师 139-3501-2468(微信 hxzx_ai2468),座机 0935-6123480。</p>""",
 "training-company course page, level 5, honest wording")
page("zhixun", "ai-trainer-l4.html", "人工智能训练师四级(中级工)数据标注方向", "课程中心", True, "U01", "河西智训教育",
 [["phone", "+8613935012468", "13935012468"], ["domain", "hxzhixun.cn", "www.hxzhixun.cn"]],
 f"""<p>四级(中级工)申报需取得五级证书后累计工作4年,或累计工作6年,或相关专业技工院校毕业。本班为已有五级证书学员开设,50学时。</p>
<p>本期对应 {BATCH},理论考试与操作技能考核均为百分制,60分合格。</p>
<p>学费1680元,可分两期。线上报名入口见 www.hxzhixun.cn,也可直接电话 13935012468 。</p>""",
 "training-company course page, level 4")
page("kecheng", "course-30417.html", "【武威线下】人工智能训练师五级 数据标注实操班", "考证专区", True, "U01", "智训AI学院",
 [["phone", "+8613935012468", "139 3501 2468"]],
 """<p class="price">¥1280</p><p>机构:智训AI学院(武威凉州)。课程编号 KC30417。</p>
<p>上课地点:凉州区东大街。周六周日全天,共8个周末。结业后组织参加职业技能等级认定,能否取证以考核结果为准。</p>
<p>机构咨询电话:139 3501 2468</p><div class="reviews"><p>学员评价:老师讲得很细,标注工具都上机练了。</p></div>""",
 "marketplace course listing")
page("fenlei", "edu-77120.html", "武威 人工智能训练师培训 周末班 可申请补贴", "教育培训", True, "U01", "武威智训培训",
 [["wechat", "hxzx_ai2468", "Hxzx_AI2468"], ["phone", "09356123480", "(0935)6123480"]],
 """<p class="tag">教育培训 › 职业技能 › 凉州区</p><p>人工智能训练师五级周末班开课啦,适合做电商客服、数据录入的朋友转岗。名额30人。</p>
<p>联系人:张老师 微信:Hxzx_AI2468 座机:(0935)6123480</p><p>发布时间:三天前 浏览 412 次</p>""",
 "classified ad")

# ---- U02 国培智联 (scam: 包过, 人社部颁发, 三级零基础)
page("fenlei", "edu-77388.html", "人工智能训练师三级 零基础 包过 人社部颁发 全国通用", "教育培训", True, "U02", "国培智联人才测评",
 [["phone", "+8618719350671", "187-1935-0671"], ["qq", "2853041976", "2853041976"]],
 """<p class="tag">教育培训 › 考证</p><p>国培智联人才测评:人工智能训练师三级、二级,零基础可报,不限学历不限经验,<b>包过</b>,人社部颁发,全国通用,入库可查!</p>
<p>三级 3980,二级 6980,三级+二级一起报 8800。不过全额退款。</p>
<p>咨询 187-1935-0671 / QQ 2853041976</p><p>如需发布信息,电话格式如:13800138000</p>""",
 "classified ad, scam wording")
page("wenda", "q-50213.html", "人工智能训练师证书在哪里考?武威能考吗?", "职业资格", True, "U02", "智联AI考证中心",
 [["qq", "2853041976", "扣扣 2853041976"]],
 """<p class="q">人工智能训练师证书在哪里考?武威能考吗?</p><p class="a"><b>智联AI考证中心 回答:</b>可以的,我们全国统一报名,武威张掖都能报,不用去现场,线上考试,包过。证书人社部颁发,国家认可。三级零基础直接考。有意加我扣扣 2853041976 发简章。</p>
<p class="a"><b>网友 凉州小白 回答:</b>等级证书是备案的评价机构发的,去 zscx.osta.org.cn 查一下再报吧。</p>""",
 "Q&A with seller answer")
page("wx", "a-0415.html", "重磅!人工智能训练师全面开放报名,国家职业资格证书即将收紧", "职场", True, "U02", "国培智联(甘肃)",
 [["wechat", "gpzl_kefu01", "gpzl_kefu01"], ["phone", "+8618719350671", "18719350671"]],
 """<p class="meta">原创 国培智联甘肃 公众号</p><p>人社部证书退出,哪家证书来接盘?人工智能训练师是国家职业资格证书,含金量高,可挂靠,年入2万+!现在报名三级、二级一次拿双证。</p>
<p>证书样本编号:S000062010001253000128,官网可查。</p><p>报名老师微信 gpzl_kefu01 ,电话 18719350671 。</p>""" + COMMENT_FORM,
 "WeChat-article repost, scam (国家职业资格, 挂靠)")
page("video", "v-8827331.html", "3天拿证!人工智能训练师小白也能考", "推荐", True, "U02", "AI训练师考证-国培老师",
 [["phone", "+8618719350671", "一八七一九三五零六七一"], ["wechat", "gpzl_kefu01", "v:gpzl_kefu01"]],
 """<div class="vid">[视频]</div><p>@AI训练师考证-国培老师:90%小白都能学会!原价9999限时1999,免培训直接考,不过退费。口播:电话一八七一九三五零六七一,或者主页 v:gpzl_kefu01</p>
<div class="comments"><p>评论 ww_xiaoyu1990:我微信 ww_xiaoyu1990 有一起报的吗</p><p>评论 张掖的猫:真的假的</p></div>""",
 "short-video page, scam")

# ---- U03 张掖甘泉职业技能培训学校 (民非, legit)
page("kecheng", "course-30522.html", "张掖 人工智能训练师四级 面授+上机(可申请技能提升补贴)", "考证专区", True, "U03", "甘泉职培",
 [["phone", "09368231567", "0936-8231567"], ["email", "gqpx_zy@163.com", "gqpx_zy@163.com"]],
 """<p class="price">¥1580</p><p>机构:甘泉职培(张掖市甘州区)。四级(中级工)50学时,需满足申报条件,报名时审核。</p>
<p>补贴:符合条件参保人员可申请技能提升补贴,四级最高1500元,政策咨询12333。</p>
<p>机构电话 0936-8231567 邮箱 gqpx_zy@163.com</p>""",
 "marketplace listing, honest")
page("bbs", "thread-220931.html", "[招生] 张掖甘泉职校 人工智能训练师五级、四级 十月班", "教育培训", True, "U03", "张掖甘泉职业技能培训学校",
 [["email", "gqpx_zy@163.com", "gqpx_zy(at)163.com"], ["phone", "+8615309367014", "153 0936 7014"]],
 f"""<table class="post"><tr><td class="author">甘泉职校王老师<br>注册会员</td><td><p>本校十月开班,五级60学时、四级50学时,对应 {BATCH}。</p>
<p>提醒:有人冒用我校名义加微信 rszs_kaozheng 收费,与本校无关。</p><p>报名资料发邮箱 gqpx_zy(at)163.com,或电话 153 0936 7014。</p></td></tr>
<tr><td class="author">甘州老李</td><td>补贴能拿多少?</td></tr><tr><td class="author">甘泉职校王老师</td><td>按人社规定,以审核为准。</td></tr></table>""",
 "forum recruitment thread")
page("shop", "item-6610.html", "人工智能训练师五级培训报名(甘泉职业技能培训学校·张掖)", "教育服务", True, "U03", "甘泉职业技能培训学校(张掖)",
 [["uscc", U03_USCC, U03_USCC], ["phone", "09368231567", "0936 8231567"], ["phone", "+8615309367014", "15309367014"]],
 f"""<div class="sku"><p class="price">¥1180 报名定金¥200</p><p>卖家:甘泉职业技能培训学校(张掖) 统一社会信用代码 {U03_USCC}</p>
<p>说明:本商品为培训报名费,不含认定费,证书以考核结果为准,不承诺通过。</p><p>客服:0936 8231567 / 15309367014</p>
<p>订单示例:订单号 HX20250914003318</p></div>""",
 "shop item, honest")

# ---- U04 凉州星火数据标注 (job lure + certificate)
page("bbs", "thread-221407.html", "在家就能做的数据标注,培训+考证+派单,月入五千", "求职招聘", True, "U04", "凉州星火数据标注基地",
 [["phone", "+8615193520389", "15193520389"]],
 """<table class="post"><tr><td class="author">星火基地小刘</td><td><p>凉州星火数据标注基地招学员:先交2680培训费,包考人工智能训练师证,拿证后包分配标注单,月入五千不是梦,证书还能挂靠。</p>
<p>电话 15193520389</p></td></tr><tr><td class="author">ww_xiaoyu1990</td><td>我微信 ww_xiaoyu1990 ,楼主说的派单是真的吗?</td></tr>
<tr><td class="author">天祝牧民</td><td>交钱派单的都小心点。</td></tr></table>""",
 "forum post, job lure")
page("fenlei", "job-90311.html", "招聘 数据标注员 无经验可 需考人工智能训练师证", "招聘", True, "U04", "星火AI标注",
 [["phone", "+8615193520389", "151-9352-0389"], ["wechat", "xinghuo_bz888", "xinghuo_bz888"]],
 """<p class="tag">招聘 › 兼职</p><p>星火AI标注招数据标注员,无经验可,需先参加我们的人工智能训练师培训(2680元)并取证,包就业。</p>
<p>报名表:jinshuju.net/f/XhB2k9</p><p>电话 151-9352-0389 微信 xinghuo_bz888</p>""",
 "classified job ad with fee")
page("wenda", "q-50877.html", "数据标注员要考证吗?", "求职", True, "U04", "星火数据",
 [["wechat", "xinghuo_bz888", "XingHuo_BZ888"]],
 """<p class="q">数据标注员要考证吗?</p><p class="a"><b>星火数据 回答:</b>要考人工智能训练师,我们培训包考证还派单,需要的加 XingHuo_BZ888。</p>
<p class="a"><b>网友 回答:</b>不考证也能做标注,正规平台不会先收钱。</p>""",
 "Q&A seller answer")
page("video", "v-8830192.html", "宝妈在家做数据标注,一天两小时", "同城·武威", True, "U04", "星火标注培训",
 [["wechat", "xinghuo_bz888", "薇:xinghuo_bz888"]],
 """<div class="vid">[视频]</div><p>@星火标注培训:带证上岗,培训后考人工智能训练师,考完派单。主页薇:xinghuo_bz888</p>""",
 "short-video page, job lure")

# ---- U05 中培AI人才认证中心 (national-sounding company, fake query domain)
page("wx", "a-0502.html", "中培AI人才认证中心:人工智能训练师证书官网可查", "教育", True, "U05", "中培AI人才认证中心",
 [["phone", "4006018229", "4006-018-229"], ["domain", "zpai-cert.com", "www.zpai-cert.com"]],
 """<p class="meta">转载自公众号 中培AI人才</p><p>中培AI人才认证中心颁发的人工智能训练师证书,全国联网,官网 www.zpai-cert.com 可查,工信部备案,直接对应职称证书。</p>
<p>证书样本:S000062010001253000128</p><p>全国统一热线 4006-018-229</p>""" + COMMENT_FORM,
 "WeChat repost, fake query site")
page("news", "ad-1189.html", "【推广】AI时代来临,人工智能训练师成热门新职业", "广告合作", True, "U05", "中科智培(北京)教育科技有限公司",
 [["domain", "zpai-cert.com", "zpai-cert.com"], ["email", "service@zpai-cert.com", "service@zpai-cert.com"]],
 """<p class="src">推广 来源:中科智培(北京)教育科技有限公司</p><p>中科智培开设人工智能训练师一级、二级、三级课程,零基础三个月拿高级技师证,证书在 zpai-cert.com 查询。</p>
<p>合作邮箱 service@zpai-cert.com</p><p>投诉请拨12315。</p>""",
 "advertorial on news site")
page("shop", "item-6702.html", "人工智能训练师证书 二级技师 速发 中培认证", "教育服务", True, "U05", "中培认证旗舰店",
 [["phone", "4006018229", "400 601 8229"], ["uscc", U05_USCC, U05_USCC]],
 f"""<div class="sku"><p class="price">¥4980/证</p><p>中培认证旗舰店 主体 中科智培(北京)教育科技有限公司 {U05_USCC}</p>
<p>免培训,资料审核后30天出证,样证编号 S000062010001253000128。</p><p>咨询 400 601 8229</p></div>""",
 "shop item, price per certificate")

# ---- U06 张掖李老师
page("bbs", "thread-221650.html", "张掖哪里能报人工智能训练师?我这有渠道", "教育培训", True, "U06", "丹霞职教咨询",
 [["phone", "+8613609369725", "136 0936 9725"]],
 """<table class="post"><tr><td class="author">丹霞职教咨询</td><td><p>张掖本地,人工智能训练师三级、四级都能报,不限专业,快速出证,有需要的打 136 0936 9725 找李老师。</p></td></tr>
<tr><td class="author">临泽小马</td><td>我QQ 1049385526 求资料</td></tr></table>""",
 "forum post by agent")
page("wenda", "q-51002.html", "张掖有人工智能训练师培训吗?", "职业资格", True, "U06", "李老师(张掖考证)",
 [["wechat", "zy_lilaoshi", "zy_lilaoshi"]],
 """<p class="q">张掖有人工智能训练师培训吗?</p><p class="a"><b>李老师(张掖考证) 回答:</b>有,甘州区就能报,三个月拿证,加微信 zy_lilaoshi 。</p>
<p class="a"><b>网友 回答:</b>官方政策问12333。</p><p class="a">评论 ww_xiaoyu1990:我微信 ww_xiaoyu1990 ,组团吗</p>""",
 "Q&A agent answer")
page("fenlei", "edu-77502.html", "张掖考证 人工智能训练师 不限专业 快速出证", "教育培训", True, "U06", "张掖考证李老师",
 [["phone", "+8613609369725", "13609369725"], ["wechat", "zy_lilaoshi", "ZY_lilaoshi"]],
 """<p class="tag">教育培训 › 甘州区</p><p>张掖考证李老师:人工智能训练师、健康管理师、心理咨询等,快速出证。在线登记:jinshuju.net/f/Lz8qQ1</p>
<p>电话 13609369725 微信 ZY_lilaoshi</p>""",
 "classified ad")

# ---- U07 AI训练师速成营 (online)
page("kecheng", "course-30688.html", "AI训练师速成营 | 7天掌握数据标注+考证辅导", "IT互联网", True, "U07", "AI训练师速成营",
 [["qq_group", "738204615", "738204615"], ["email", "aitrainer_camp@126.com", "aitrainer_camp@126.com"]],
 """<p class="price">¥399</p><p>AI训练师速成营:7天直播课,附人工智能训练师五级题库。学员答疑QQ群 738204615,资料申请 aitrainer_camp@126.com。</p>""",
 "marketplace online course")
page("video", "v-8834550.html", "7天速成人工智能训练师,题库免费领", "推荐", True, "U07", "速成营阿杰",
 [["qq_group", "738204615", "738 204 615"], ["wechat", "sucheng_ai", "sucheng_ai"]],
 """<div class="vid">[视频]</div><p>@速成营阿杰:7天速成,题库白送,进群 738 204 615 或加 sucheng_ai</p>""",
 "short-video")
page("wx", "a-0533.html", "零基础7天入门AI训练师,附考证路线", "职场", True, "U07", "AI速成营",
 [["email", "aitrainer_camp@126.com", "aitrainer_camp@126.com"], ["wechat", "sucheng_ai", "sucheng_ai"]],
 """<p class="meta">转载自公众号 AI速成营</p><p>考证路线:五级需累计工作满一年。速成营直播课399元,咨询微信 sucheng_ai,邮箱 aitrainer_camp@126.com 。</p>""" + COMMENT_FORM,
 "WeChat repost")

# ---- U08 武威天马职业技能培训学校 (honest)
page("kecheng", "course-30710.html", "武威天马职校 人工智能训练师五级 面授班", "考证专区", True, "U08", "天马职培",
 [["phone", "09352216688", "0935-2216688"]],
 f"""<p class="price">¥1200</p><p>天马职培(凉州区南城),五级60学时,报名需工作证明或学徒证明。{VENUE}</p><p>电话 0935-2216688</p>""",
 "marketplace listing")
page("shop", "item-6733.html", "人工智能训练师五级/四级培训报名(武威天马职业技能培训学校)", "教育服务", True, "U08", "武威天马职业技能培训学校",
 [["phone", "09352216688", "0935 2216688"], ["phone", "+8618093517720", "180 9351 7720"]],
 f"""<div class="sku"><p class="price">¥1200 起</p><p>卖家:武威天马职业技能培训学校。{BATCH}。证书查询 zscx.osta.org.cn ,政策咨询 12333。</p>
<p>谨防诈骗:{SCAM} 冒充我校,请勿理会。</p><p>联系 0935 2216688 / 180 9351 7720</p></div>""",
 "shop item")
page("bbs", "thread-222015.html", "天马职校人工智能训练师十一月班还有名额", "教育培训", True, "U08", "天马培训学校",
 [["phone", "+8618093517720", "18093517720"], ["email", "tmpx2216688@163.com", "tmpx2216688@163.com"]],
 """<table class="post"><tr><td class="author">天马培训学校</td><td><p>十一月五级班还有8个名额,电话 18093517720,报名表发 tmpx2216688@163.com 。</p></td></tr></table>""",
 "forum post")
page("wenda", "q-51120.html", "武威哪家人工智能训练师培训靠谱?", "教育", True, "U08", "天马职校招生办",
 [["email", "tmpx2216688@163.com", "tmpx2216688@163.com"]],
 """<p class="q">武威哪家人工智能训练师培训靠谱?</p><p class="a"><b>天马职校招生办 回答:</b>建议先看机构是否在人社部门备案,证书能否在 jndj.osta.org.cn 查询。我校资料可发邮件 tmpx2216688@163.com 索取。</p>
<p class="a">评论 古浪阿强:我QQ 1049385526 一起交流</p>""",
 "Q&A answer by school")

# ---- U09 全国AI人才认证管理中心 (scam)
page("wenda", "q-51233.html", "人工智能训练师二级多少钱?", "职业资格", True, "U09", "全国AI人才认证管理中心",
 [["wechat", "airc_2025", "AIRC_2025"]],
 """<p class="q">人工智能训练师二级多少钱?</p><p class="a"><b>全国AI人才认证管理中心 回答:</b>二级技师5800,一级高级技师7800,三个级别一起报打8折,国家级证书,加微信 AIRC_2025 。</p>
<p class="a">评论:我QQ 1049385526 也想问</p>""",
 "Q&A scam answer")
page("video", "v-8839013.html", "高级技师证也能速办?人工智能训练师", "推荐", True, "U09", "AI人才认证中心",
 [["wechat", "airc_2025", "airc_2025"], ["phone", "+8617797301452", "177 9730 1452"]],
 """<div class="vid">[视频]</div><p>@AI人才认证中心:一级二级都能办,样证 S000062010001253000128。微信 airc_2025 电话 177 9730 1452</p>""",
 "short-video scam")
page("bbs", "thread-222310.html", "人社部颁发 人工智能训练师 三级二级一级 包拿证", "教育培训", True, "U09", "认证中心王老师",
 [["phone", "+8617797301452", "17797301452"], ["other", "兰州锐诚信息咨询有限公司", "兰州锐诚信息咨询有限公司"]],
 """<table class="post"><tr><td class="author">认证中心王老师</td><td><p>人社部颁发,包拿证,学费转对公账户:兰州锐诚信息咨询有限公司。支付宝付款有问题拨95188。电话 17797301452</p></td></tr></table>""",
 "forum scam post")

# ---- independents
page("kecheng", "course-30801.html", "金川AI课堂 人工智能训练师五级线上班", "考证专区", True, "I01", "金川AI课堂",
 [["wechat", "jcai_class", "jcai_class"]],
 """<p class="price">¥699</p><p>金川AI课堂(金昌),线上60学时,报名前请自查申报条件。报名登记 jinshuju.net/f/Jc01aa,微信 jcai_class</p>""",
 "independent marketplace listing")
page("fenlei", "edu-77611.html", "民勤 电脑培训 可报人工智能训练师五级", "教育培训", True, "I02", "民勤小赵电脑培训",
 [["phone", "+8618393550816", "183-9355-0816"]],
 """<p class="tag">教育培训 › 民勤县</p><p>民勤小赵电脑培训,办公软件、数据标注入门,可推荐参加人工智能训练师五级认定。电话 183-9355-0816</p>""",
 "independent classified")
page("college", "notice-2025-118.html", "关于开展人工智能训练师(四级)社会化培训的招生通知", "社会培训", True, "I03", "河西职业技术学院继续教育学院",
 [["phone", "09368282103", "0936-8282103"]],
 f"""<p>我院面向社会开展人工智能训练师(四级/中级工)培训,50学时,{BATCH}。符合条件者可申请技能提升补贴,政策咨询12333。</p><p>联系电话 0936-8282103</p>""",
 "college enrolment notice")
page("video", "v-8841720.html", "张掖小伙做数据标注一年,考了五级证", "同城·张掖", True, "I04", "小周AI工作室",
 [["wechat", "zhou_aiwork", "zhou_aiwork"]],
 """<div class="vid">[视频]</div><p>@小周AI工作室:分享我考五级的过程,工作室带徒,想学加 zhou_aiwork</p>""",
 "independent short video")
page("shop", "item-6801.html", "人工智能训练师五级题库+实操视频 电子版", "教育服务", True, "I05", "陇上智能科技工作室",
 [["qq", "3310457728", "3310457728"]],
 """<div class="sku"><p class="price">¥59</p><p>陇上智能科技工作室 题库+实操视频,售后QQ 3310457728</p></div>""",
 "independent shop item")
page("wx", "a-0560.html", "古浪县职教中心人工智能训练师培训班开始报名", "本地", True, "I06", "古浪县职教中心",
 [["phone", "09355521907", "0935-5521907"]],
 """<p class="meta">转载自公众号 古浪职教</p><p>县职教中心开设人工智能训练师五级培训班,报名电话 0935-5521907。</p>""" + COMMENT_FORM,
 "independent WeChat repost")

# ---- non-offers
page("bbs", "thread-222501.html", "[曝光] 交了3980考人工智能训练师,对方失联", "投诉曝光", False, None, None, [],
 f"""<table class="post"><tr><td class="author">甘州受害人</td><td><p>对方电话 173-3946-2058,微信 rszs_kaozheng,说人社部颁发包过,交钱后拉黑。已打12315投诉。</p></td></tr></table>""",
 "forum complaint")
page("wx", "a-0601.html", "转扩:警惕山寨证书!人工智能训练师证书这样查", "教育", False, None, None, [],
 f"""<p>职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。近期有人用电话 {SCAM} 冒充人社部门收费,遇到请拨12315或12333。</p>""" + COMMENT_FORM,
 "warning repost")
page("news", "n-30211.html", "张掖警方提醒:“包过”考证骗局又出新花样", "社会", False, None, None, [],
 f"""<p class="src">河西新闻网讯</p><p>警方通报,有人以“人工智能训练师三级零基础包过”为名诈骗,涉案电话 173-3946-2058、微信 rszs_kaozheng。市民可拨12315举报,证书真伪请在 zscx.osta.org.cn 查询。</p>""",
 "news warning")
page("news", "n-30288.html", "武威今年首批人工智能训练师职业技能等级认定顺利完成", "武威", False, None, None, [],
 f"""<p>本次认定共{BATCH.replace('认定批次号 ', '批次 ')}考生一百余人,{VENUE}。证书可在 jndj.osta.org.cn 查询。</p>""",
 "local news")
page("rsj", "tz-2025-031.html", "关于失业保险技能提升补贴申领的通知", "政务公开", False, None, None, [],
 """<p>参保满一年的职工取得职业技能等级证书的,五级最高1000元、四级1500元、三级2000元。咨询电话12333。</p>""",
 "official subsidy notice")
page("rsj", "tz-2025-044.html", "关于开展技术技能类“山寨证书”专项治理的提示", "职业能力建设", False, None, None, [],
 """<p>职业技能等级证书由备案的评价机构颁发,人社部门不颁发。请通过 zscx.osta.org.cn 查询,谨防“包过”“免培训”。举报12333、12315。</p>""",
 "official warning")
page("shop", "item-5102.html", "民勤蜜瓜 5斤装", "本地特产", False, None, None, [],
 """<div class="sku"><p class="price">¥39.9</p><p>收货信息示例:张三 13800138000</p></div>""",
 "unrelated shop item")

DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "payment platform (支付宝) hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("phone", "4008201735", ["400-820-1735"], "marketplace customer-service footer"),
 ("email", "kefu@kechengjia.com", ["kefu@kechengjia.com"], "marketplace footer e-mail"),
 ("uscc", KC_USCC, [KC_USCC], "marketplace operator's own USCC in footer"),
 ("qq_group", "61837204", ["61837204"], "forum's own QQ group in footer"),
 ("other", "陇ICP备18002716号-1", ["陇ICP备18002716号-1"], "classifieds site ICP in footer"),
 ("domain", "hxfenlei.com", ["www.hxfenlei.com"], "classifieds platform domain in footer"),
 ("domain", "shop.hexigou.com", ["shop.hexigou.com"], "shop platform domain in footer"),
 ("phone", "09352235500", ["0935-2235500"], "shop platform customer service in footer"),
 ("email", "report@duanshijie.tv", ["report@duanshijie.tv"], "video platform footer e-mail"),
 ("phone", "+8617339462058", ["173-3946-2058", "17339462058"], "scam number quoted in warnings, complaints, news"),
 ("wechat", "rszs_kaozheng", ["rszs_kaozheng"], "scam WeChat quoted in complaint/news/warning"),
 ("phone", "+8618620250903", ["18620250903"], "exam batch number that looks like a mobile"),
 ("other", "S000062010001253000128", ["S000062010001253000128"], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder"),
 ("email", "yourname@example.com", ["yourname@example.com"], "comment-form placeholder"),
 ("wechat", "ww_xiaoyu1990", ["ww_xiaoyu1990"], "reader's own WeChat in comments"),
 ("qq", "1049385526", ["1049385526"], "reader's own QQ in comments"),
 ("phone", "09356269012", ["0935-6269012"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
]

# ---------------------------------------------------------------- render
def render(site_key, title, sec, body, others):
    s = SITES[site_key]
    menu = " ".join(f'<a href="index.html">{m}</a>' for m in s["menu"])
    side = "".join(f'<li><a href="{f}">{html.escape(t)}</a></li>' for f, t in others)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title><style>{s['css']}</style></head>
<body><header><b>{s['name']}</b> <small>{s['kind']}</small><nav>{menu}</nav></header>
<div class="crumb"><a href="index.html">首页</a> &gt; {sec} &gt; {html.escape(title)}</div>
<aside class="side"><h4>相关推荐</h4><ul>{side}</ul></aside>
<main><h1>{html.escape(title)}</h1>{body}</main>
<footer>{s['footer']}</footer></body></html>
"""

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    texts = {}
    by_site = {}
    for p in P:
        by_site.setdefault(p["site"], []).append(p)
    for sk, pages in by_site.items():
        os.makedirs(os.path.join(OUT, sk), exist_ok=True)
        lst = [(p["file"], p["title"]) for p in pages]
        for p in pages:
            others = [x for x in lst if x[0] != p["file"]][:4]
            texts[f"/{sk}/{p['file']}"] = render(sk, p["title"], p["sec"], p["body"], others)
        idx_body = "<ul>" + "".join(f'<li><a href="{f}">{html.escape(t)}</a></li>' for f, t in lst) + "</ul>"
        texts[f"/{sk}/index.html"] = render(sk, SITES[sk]["name"], "首页", idx_body, [])
    hub = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>hub</title></head><body><h1>一周搜索:武威·张掖 人工智能训练师</h1><ul>" + \
        "".join(f'<li><a href="/{k}/index.html">{SITES[k]["name"]}</a></li>' for k in SITES) + "</ul></body></html>\n"
    texts["/index.html"] = hub
    for path, t in texts.items():
        with open(OUT + path, "w", encoding="utf-8") as fh:
            fh.write(t)
    with open(os.path.join(OUT, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    pages = []
    for p in P:
        pages.append(dict(path=f"/{p['site']}/{p['file']}", is_offer=p["offer"], operator=p["op"], provider=p["prov"], identifiers=p["ids"], note=p["note"]))
    for sk in SITES:
        pages.append(dict(path=f"/{sk}/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note=f"{SITES[sk]['kind']} index page"))
    pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    ops = {}
    for p in P:
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], dict(brands=[], identifiers=[]))
            if p["prov"] not in o["brands"]:
                o["brands"].append(p["prov"])
            for k, v, _ in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pg, why=why))
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys), fh, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
