#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("52510502", "MA6B2K3Q")
U02_USCC = uscc("91371002", "MA3R7T1N")
U03_USCC = uscc("91110108", "MA01X4PD")
U06_USCC = uscc("91510107", "MA62W8HL")
U08_USCC = uscc("52371002", "MJ5Y0C4E")
KE_USCC = uscc("91310115", "MA1H8B2T")

# ---------------------------------------------------------------- sites
SITES = {
 "qihang": dict(name="泸州启航职业技能培训学校", style="corp-red", menu=["首页", "学校概况", "培训项目", "补贴政策", "联系我们"],
    footer="泸州启航职业技能培训学校 版权所有 | 地址:泸州市江阳区酒城大道三段88号 | 电话:0830-3125678 | 网址:www.lzqihang.com | 蜀ICP备2021008817号",
    side="<h4>热门项目</h4><ul><li>人工智能训练师(五级/四级)</li><li>电子商务师</li><li>健康管理师</li></ul>"),
 "lanhai": dict(name="蓝海数智教育", style="corp-blue", menu=["首页", "课程中心", "师资团队", "学员风采", "关于蓝海"],
    footer="威海蓝海数智教育科技有限公司 | 全国咨询热线 400-615-2876 | whlanhai.cn | 鲁ICP备2022031756号-1 | 山东省威海市环翠区高区文化西路166号",
    side="<h4>开班日历</h4><ul><li>12月 数据标注实训班</li><li>1月 四级冲刺班</li></ul>"),
 "ke": dict(name="课多多·职业技能课堂", style="market", menu=["首页", "IT/互联网", "职业考证", "语言", "我的课程"],
    footer="课多多(keduoduo.com) 客服热线 400-820-3366 | 客服邮箱 kf@keduoduo.com | 官方微信号 keduoduo_official | 上海课多多网络科技有限公司 统一社会信用代码 " + KE_USCC + " | 沪ICP备19004527号",
    side="<h4>猜你喜欢</h4><ul><li>Python零基础入门</li><li>Excel数据分析</li><li>软考中级冲刺</li></ul>"),
 "bbs": dict(name="酒城论坛", style="forum", menu=["论坛首页", "泸州生活", "求职招聘", "教育培训", "投诉曝光"],
    footer="酒城论坛 © 2012-2025 | 站务QQ群:582194637 | 违法和不良信息举报:jubao@jiucheng-bbs.com",
    side="<h4>版块热帖</h4><ul><li>泸州哪里考证靠谱?</li><li>江阳区周末去哪玩</li></ul>"),
 "fenlei": dict(name="威海便民信息网", style="classifieds", menu=["首页", "招聘", "二手", "教育培训", "房产", "便民服务"],
    footer="威海便民信息网 | 客服电话 0631-5310022 | 鲁ICP备17028831号-1 | 本站信息由用户自行发布,交易前请核实",
    side="<h4>温馨提示</h4><p>凡是先交钱后办证、承诺包过的,请提高警惕。</p>"),
 "wenda": dict(name="问答吧", style="qa", menu=["首页", "教育", "职场", "科技", "提问"],
    footer="问答吧 wendaba.net | 意见反馈:feedback@wendaba.net | 京ICP备16052213号",
    side="<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗?</li><li>数据标注员是做什么的?</li></ul>"),
 "mp": dict(name="职闻汇·公众号文章精选", style="wechat", menu=["首页", "职场", "考证", "科技"],
    footer="职闻汇 收录公开公众号文章,版权归原作者 | 投稿邮箱 tougao@zhiwenhui.net | 本站公众号 zhiwenhui_mp",
    side="<h4>阅读排行</h4><ol><li>2026考证日历</li><li>AI时代哪些证书值得考</li></ol>"),
 "video": dict(name="快看短视频", style="video", menu=["推荐", "关注", "知识", "直播"],
    footer="快看短视频 网页版 | 客服电话 010-58617788 | 京ICP备20011234号 | 网络文化经营许可证",
    side="<h4>相关推荐</h4><ul><li>#人工智能训练师</li><li>#数据标注</li><li>#副业</li></ul>"),
 "news": dict(name="半岛都市快讯", style="news", menu=["首页", "本地", "民生", "教育", "财经"],
    footer="半岛都市快讯 新闻热线 0631-5186000 | 违法和不良信息举报 | 鲁ICP备15009876号",
    side="<h4>24小时热闻</h4><ul><li>威海海水浴场冬季开放时间公布</li></ul>"),
 "rsj": dict(name="泸州市人力资源和社会保障局(信息公开)", style="gov", menu=["首页", "政务公开", "政策文件", "通知公告", "办事服务"],
    footer="主办:泸州市人力资源和社会保障局 | 地址:泸州市江阳区 | 咨询电话:12333 | 网站标识码 5105000012",
    side="<h4>便民查询</h4><ul><li>技能人才评价证书全国联网查询</li><li>社保缴费查询</li></ul>"),
 "shop": dict(name="优品商城", style="shop", menu=["首页", "教育培训", "图书", "数码", "购物车"],
    footer="优品商城 youpin-mall.cn | 交易保障 | 支付方式:支付宝/微信支付 | 商城客服 kefu@youpin-mall.cn",
    side="<h4>店铺推荐</h4><ul><li>考证资料专营店</li><li>数码旗舰店</li></ul>"),
}
CSS = {
 "corp-red": "body{font-family:sans-serif;margin:0}header{background:#b3121b;color:#fff;padding:10px}nav a{color:#fff;margin:0 8px}",
 "corp-blue": "body{font-family:sans-serif;margin:0;background:#f4f8fc}header{background:#0a4d8c;color:#fff;padding:12px}nav a{color:#cfe3ff;margin:0 10px}",
 "market": "body{font-family:sans-serif}header{border-bottom:3px solid #ff6a00}.price{color:#ff6a00;font-size:22px}",
 "forum": "body{font-family:SimSun,serif;font-size:13px}table.post{border:1px solid #ccc;width:100%}.author{background:#eef;width:160px}",
 "classifieds": "body{font-family:sans-serif}header{background:#2d8a3e;color:#fff}.meta{color:#999}",
 "qa": "body{font-family:sans-serif}.answer{border-top:1px solid #eee;padding:8px}.best{background:#f6fff0}",
 "wechat": "body{font-family:-apple-system,sans-serif;max-width:680px;margin:auto}.rich_media_meta{color:#888}",
 "video": "body{background:#161823;color:#eee;font-family:sans-serif}.desc{color:#fff}.cmt{color:#aaa}",
 "news": "body{font-family:serif}h1{font-size:26px}.src{color:#666}",
 "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#fff}.notice{line-height:2}",
 "shop": "body{font-family:sans-serif}.price{color:#e4393c}.sku{border:1px solid #e4393c;padding:2px}",
}

PAGES = []  # dicts

def P(site, slug, title, body, offer=False, op=None, provider=None, ids=(), note="", cat="", comments=""):
    PAGES.append(dict(site=site, slug=slug, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, ids=[list(x) for x in ids], note=note, cat=cat, comments=comments))

# ---------------------------------------------------------------- U01 泸州启航 (honest)
P("qihang", "xm/ai-trainer-54.html", "人工智能训练师(五级/四级)职业技能等级认定培训招生简章",
  """<p>根据《人工智能训练师国家职业技能标准(2021年版)》(职业编码4-04-05-05),我校面向社会招收人工智能训练师(数据标注员方向)五级、四级培训学员。</p>
<h3>报名条件</h3><p>五级:累计从事本职业或相关职业工作满1年,或本职业学徒期满;四级:取得五级证书后累计从事本职业工作4年等(以认定机构审核为准)。</p>
<h3>培训安排</h3><p>五级参考课时60学时,四级50学时;理论+实操,实操在我校机房进行。认定考核在泸州职业技术学院考点进行,考点前台电话 0830-2591234(仅限咨询考场位置)。本期认定批次号:15820251122。</p>
<h3>费用与补贴</h3><p>培训费以物价备案为准。符合条件的参保职工取证后可申请失业保险技能提升补贴(五级最高1000元、四级最高1500元),政策咨询请拨打12333。</p>
<p>证书为职业技能等级证书,由备案评价机构颁发,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。</p>
<h3>报名咨询</h3><p>招生办:0830-3125678 / 138 8270 4316(李老师)<br>办学许可证号:川人社民证5105020000123号 统一社会信用代码:""" + U01_USCC + "</p>",
  True, "U01", "泸州启航职业技能培训学校",
  [["phone", "08303125678", "0830-3125678"], ["phone", "+8613882704316", "138 8270 4316"], ["uscc", U01_USCC, U01_USCC],
   ["domain", "lzqihang.com", "www.lzqihang.com"], ["other", "蜀ICP备2021008817号", "蜀ICP备2021008817号"]],
  "training school's own course page, honest, level 5/4", "培训项目")
P("qihang", "xm/ai-trainer-3-weekend.html", "人工智能训练师三级(高级工)周末班 | 启航AI学院",
  """<p>启航AI学院三级周末班开课啦!面向已取得四级证书并满足年限要求的学员,内容包括业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>参考课时40学时,理论与实操各占一半,每周六、日上课。不承诺通过率,考核以评价机构组织为准。</p>
<p>咨询电话/微信同号:13882704316,也可加招生微信 qihang_ai830 索取课表。报名材料发送至 zhaosheng@lzqihang.com。</p>""",
  True, "U01", "启航AI学院",
  [["phone", "+8613882704316", "13882704316"], ["wechat", "qihang_ai830", "qihang_ai830"], ["email", "zhaosheng@lzqihang.com", "zhaosheng@lzqihang.com"],
   ["phone", "08303125678", "0830-3125678"], ["domain", "lzqihang.com", "www.lzqihang.com"], ["other", "蜀ICP备2021008817号", "蜀ICP备2021008817号"]],
  "training school's own page, level 3 weekend class", "培训项目")
P("ke", "course/30871.html", "【启航AI学院】人工智能训练师五级 数据标注实战课(线上+线下认定)",
  """<p class="price">¥ 1280</p><p>课程编号:KDD-30871 | 已报名 326 人 | 好评率 98%</p>
<p>课程介绍:零基础数据标注入门,图像、文本、语音标注实操,结课后可报名参加五级认定(需满足1年相关工作经历)。线下认定地点在泸州。</p>
<p>机构说明:本课程由启航AI学院提供,平台仅提供技术服务。线下班报名请联系机构老师 138-8270-4316。</p>""",
  True, "U01", "启航AI学院", [["phone", "+8613882704316", "138-8270-4316"]],
  "marketplace listing of U01", "职业考证")
P("mp", "a/2025-11-ai-xunlianshi-luzhou.html", "泸州人可以考人工智能训练师了!补贴政策一文读懂",
  """<p class="rich_media_meta">原创 川南数智教育 2025-11-20 四川</p>
<p>最近后台很多朋友问:泸州有没有人工智能训练师的培训和认定?答案是有的。人工智能训练师是2020年人社部等三部门发布的新职业,编码4-04-05-05,下设数据标注员、人工智能算法测试员两个工种。</p>
<p>参保满一年的朋友,取得五级、四级、三级证书后可按规定申请技能提升补贴。具体以泸州市人社部门公布为准。</p>
<p>想报名的朋友,添加小编微信 Qihang_AI830 或致电(0830)3125678,备注"训练师"。</p>""",
  True, "U01", "川南数智教育", [["wechat", "qihang_ai830", "Qihang_AI830"], ["phone", "08303125678", "(0830)3125678"]],
  "WeChat article repost by U01 under another brand", "考证")

# ---------------------------------------------------------------- U02 威海蓝海 (honest)
P("lanhai", "course/ai-trainer.html", "人工智能训练师职业技能等级培训(四级/三级)",
  """<p>蓝海数智教育是威海本地数字技能培训机构,开设人工智能训练师四级、三级培训。课程覆盖数据采集和处理、数据标注、智能系统运维等模块。</p>
<p>认定由已备案的评价机构组织,证书可在 jndj.osta.org.cn 查询。培训不包过,请按申报条件报名。</p>
<p>全国咨询热线 400-615-2876;课程顾问王老师 186 6313 2059。威海蓝海数智教育科技有限公司(统一社会信用代码 """ + U02_USCC + ")</p>",
  True, "U02", "威海蓝海数智教育科技有限公司",
  [["phone", "4006152876", "400-615-2876"], ["phone", "+8618663132059", "186 6313 2059"], ["uscc", U02_USCC, U02_USCC],
   ["domain", "whlanhai.cn", "whlanhai.cn"], ["other", "鲁ICP备2022031756号-1", "鲁ICP备2022031756号-1"]],
  "training company own page, honest", "课程中心")
P("lanhai", "course/signup.html", "蓝海AI训练营 在线报名",
  """<p>蓝海AI训练营 · 数据标注实训班(五级)在线报名表,提交后课程顾问24小时内联系您。</p>
<form><label>姓名</label><input placeholder="请输入姓名"><label>手机</label><input placeholder="例如 13800138000"><label>微信</label><input placeholder="选填"></form>
<p>也可通过金数据表单报名:jinshuju.net/f/Lh8x2Q 。咨询热线 4006152876,微信 lanhai_ai。</p>""",
  True, "U02", "蓝海AI训练营",
  [["phone", "4006152876", "4006152876"], ["wechat", "lanhai_ai", "lanhai_ai"], ["phone", "4006152876", "400-615-2876"],
   ["domain", "whlanhai.cn", "whlanhai.cn"], ["other", "鲁ICP备2022031756号-1", "鲁ICP备2022031756号-1"]],
  "sign-up form page of U02", "课程中心")
P("fenlei", "jiaoyu/8812035.html", "【环翠区】人工智能训练师/数据标注员 培训招生 周末班",
  """<p class="meta">发布时间:2025-11-28 | 浏览 412 次 | 区域:环翠区</p>
<p>蓝海数智教育开设人工智能训练师(数据标注员)周末班,小班教学,上机实操。适合想转行数字行业的朋友,按国家标准申报条件报名。</p>
<p>联系人:王老师 电话:186-6313-2059 微信:LanHai_AI</p>""",
  True, "U02", "蓝海数智教育", [["phone", "+8618663132059", "186-6313-2059"], ["wechat", "lanhai_ai", "LanHai_AI"]],
  "classified ad by U02", "教育培训")
P("video", "v/7301188452.html", "威海学AI去哪?带你看看我们的数据标注实训室",
  """<p class="desc">@蓝海AI训练营:实训室开放日,欢迎来参观~ 人工智能训练师四级班12月开班。咨询 400 615 2876,或私信/加v lanhai_ai</p>
<p>点赞 1.2万 · 评论 368</p>""",
  True, "U02", "蓝海AI训练营", [["phone", "4006152876", "400 615 2876"], ["wechat", "lanhai_ai", "lanhai_ai"]],
  "short-video page of U02", "知识",
  comments="<p class='cmt'>用户9527:四级需要什么条件?</p><p class='cmt'>@蓝海AI训练营:需要五级证书加工作年限,详情私信</p>")

# ---------------------------------------------------------------- U03 中科智培 (scam)
P("ke", "course/41526.html", "国家人工智能训练师证书 三级/二级/一级 考试报名(人社部颁发)",
  """<p class="price">¥ 3980 <s>¥ 9999</s></p><p>课程编号:KDD-41526</p>
<p>中科智培国家人工智能人才认证中心 官方指定报名点!零基础、不限学历、不限经验,一次报考三个等级,交费包过,不过全额退款。证书人社部颁发,国家职业资格证书,全国通用,入库可查(查询网址 www.zkrz-cx.org.cn)。</p>
<p>证书样本编号:S000037000123255000321(仅供展示)</p>
<p>名额紧张,报名加微信 zkzp2025 或电话 177 2456 8801 </p>""",
  True, "U03", "中科智培国家人工智能人才认证中心",
  [["phone", "+8617724568801", "177 2456 8801"], ["wechat", "zkzp2025", "zkzp2025"], ["domain", "zkrz-cx.org.cn", "www.zkrz-cx.org.cn"]],
  "scam listing: levels 1-3 to beginners, 包过, fake query site", "职业考证")
P("fenlei", "jiaoyu/8813377.html", "人工智能训练师证 快速拿证 不用考试 可挂靠",
  """<p class="meta">发布时间:2025-12-01 | 区域:威海全市</p>
<p>国培数智人才中心直招:人工智能训练师高级技师/技师证书,免培训,包通过,一个月下证,拿证后可挂靠企业年入3万+!</p>
<p>电话 17724568801 QQ 2851736490 (非诚勿扰)</p>""",
  True, "U03", "国培数智人才中心", [["phone", "+8617724568801", "17724568801"], ["qq", "2851736490", "2851736490"]],
  "scam classified: 免培训 包通过 挂靠", "教育培训")
P("wenda", "q/552301.html", "人工智能训练师证书去哪里报名?要考试吗?",
  """<div class="q"><p>问:想考个人工智能训练师证书,听说很吃香,去哪里报名?难不难?</p></div>
<div class="answer best"><p>答(认证用户 AI训练师证书办理中心):我们是正规渠道,人社部认证的新职业,证书官网可查(zkrz-cx.org.cn),零基础也能直接报三级,全程代办,加Q:2851736490 咨询。</p></div>""",
  True, "U03", "AI训练师证书办理中心", [["qq", "2851736490", "2851736490"], ["domain", "zkrz-cx.org.cn", "zkrz-cx.org.cn"]],
  "Q&A answer that is an ad by U03", "教育",
  comments="<div class='answer'><p>网友甲:楼上的靠谱吗?我也想问问,我QQ 409871263 有懂的加我</p></div>")
P("shop", "item/100238871.html", "人工智能训练师证书报名费 三证套餐 (五级+四级+三级)",
  """<p class="price">¥ 2680 / 套</p><p class="sku">三证套餐</p><p class="sku">单证 ¥1280</p>
<p>中科智培官方授权店。三个等级一起报更优惠,无需工作年限,证书人社部颁发。付款后请添加客服微信 ZKZP2025 提交资料。</p>
<p>对公收款户名:北京智培汇通信息咨询有限公司(统一社会信用代码 """ + U03_USCC + """)。如使用支付宝付款遇到问题可致电支付宝客服95188。</p>
<p>证书样本:S000037000123255000321</p>""",
  True, "U03", "中科智培", [["wechat", "zkzp2025", "ZKZP2025"], ["uscc", U03_USCC, U03_USCC],
   ["other", "北京智培汇通信息咨询有限公司", "北京智培汇通信息咨询有限公司"]],
  "shop bundle of three levels, per-certificate price", "教育培训")

# ---------------------------------------------------------------- U04 鲁东职培 (poses as official)
P("fenlei", "jiaoyu/8810642.html", "威海职业技能服务中心 人工智能训练师报名通知",
  """<p class="meta">发布时间:2025-11-15 | 区域:威海</p>
<p>威海职业技能服务中心关于2025年第四期人工智能训练师职业技能等级认定报名的通知:各有关单位及个人,本期报名即将截止,考试由人社部职业技能鉴定中心统一组织,证书与职称直接对应。</p>
<p>报名电话:155 0631 7740 QQ:3127790415 政策咨询也可拨打12333</p>""",
  True, "U04", "威海职业技能服务中心", [["phone", "+8615506317740", "155 0631 7740"], ["qq", "3127790415", "3127790415"]],
  "agency posing as an official body", "教育培训")
P("bbs", "thread-220915-1-1.html", "[教育培训] 威海/泸州都能报 人工智能训练师 四级三级 有补贴",
  """<table class="post"><tr><td class="author">鲁东职培<br>注册会员</td><td>
<p>鲁东职培网常年办理人工智能训练师报名,四级三级都能报,有补贴,基本不花钱!外地也能报,线上考试。</p>
<p>咨询:155-0631-7740 微信 ldzp0631</p></td></tr></table>""",
  True, "U04", "鲁东职培网", [["phone", "+8615506317740", "155-0631-7740"], ["wechat", "ldzp0631", "ldzp0631"]],
  "forum ad by U04", "教育培训",
  comments="<table class='post'><tr><td class='author'>江阳小李</td><td>补贴不是要交满一年失业保险吗?</td></tr></table>")
P("mp", "a/2025-12-ldzp-baoming.html", "2026年人工智能训练师报名入口已开启(附报名条件)",
  """<p class="rich_media_meta">鲁东职培 2025-12-03 山东</p>
<p>人工智能训练师是国家人社部认证的新职业。现2026年第一期报名入口已开启,一级至五级均可报名。报名方式:添加微信 ldzp0631,或QQ 3127790415 发送"报名"。</p>""",
  True, "U04", "鲁东职培", [["wechat", "ldzp0631", "ldzp0631"], ["qq", "3127790415", "3127790415"]],
  "WeChat repost by U04", "考证")

# ---------------------------------------------------------------- U05 泸州李老师 (dishonest individual)
P("bbs", "thread-220987-1-1.html", "泸州本地 人工智能训练师证 包过 有需要的私",
  """<table class="post"><tr><td class="author">酒城证书服务<br>新手上路</td><td>
<p>泸州本地可办人工智能训练师证,包过,不用去考场,考点在泸州职业技术学院(0830-2591234那个),我们有内部信息。</p>
<p>V:lzai_li88 电话 一九九 八三零零 六六一五</p></td></tr></table>""",
  True, "U05", "酒城证书服务", [["wechat", "lzai_li88", "lzai_li88"], ["phone", "+8619983006615", "一九九 八三零零 六六一五"]],
  "forum ad by U05, 包过 内部信息", "教育培训")
P("fenlei", "jiaoyu/8814410.html", "人工智能训练师 数据标注员 证书 速成 十天拿证",
  """<p class="meta">发布时间:2025-12-05 | 区域:威海 | 信息来源:个人</p>
<p>李老师,人工智能训练师五级四级速成,十天拿证,全国可办,官方可查。电话 199 8300 6615</p>""",
  True, "U05", "李老师", [["phone", "+8619983006615", "199 8300 6615"]],
  "classified by U05", "教育培训")
P("video", "v/7302004519.html", "一张证书让你工资翻倍?人工智能训练师了解一下",
  """<p class="desc">@泸州AI证书李老师:人工智能训练师证书,90%小白都能学会,原价9999限时99元资料包,拿到证书便可升职加薪!主页V❤:LZAI_LI88</p><p>点赞 3408 · 评论 221</p>""",
  True, "U05", "泸州AI证书李老师", [["wechat", "lzai_li88", "LZAI_LI88"]],
  "short-video by U05", "知识",
  comments="<p class='cmt'>用户小月:真的假的,我加你了</p><p class='cmt'>用户阿亮:有一起学的吗,wxid_hm2233 互相监督</p>")

# ---------------------------------------------------------------- U06 智训未来 (honest online)
P("ke", "course/52290.html", "智训未来|人工智能训练师四级备考全程班(数据标注+智能系统运维)",
  """<p class="price">¥ 1680</p><p>课程编号:KDD-52290 | 48课时 录播+直播</p>
<p>按2021年版国家职业技能标准编排,四级章节:基本要求、数据采集和处理、数据标注、智能系统运维。本课程为培训课程,认定需自行向备案评价机构报名,我们提供报名指导。官网 zxweilai.cn,学员答疑QQ群 738261945。</p>
<p>报名信息采集:jinshuju.net/f/Zx9w2K</p>""",
  True, "U06", "智训未来", [["domain", "zxweilai.cn", "zxweilai.cn"], ["qq_group", "738261945", "738261945"]],
  "marketplace listing of U06, honest", "IT/互联网")
P("mp", "a/2025-10-zxwl-sijiao.html", "人工智能训练师四级,我们这样备考",
  """<p class="rich_media_meta">智训未来 2025-10-18 四川</p>
<p>很多同学问四级到底考什么。先说结论:按标准,四级需要五级证书加工作年限,或相关专业的技工院校毕业生,不是谁都能直接报。</p>
<p>我们的课程请访问 www.zxweilai.cn,机构合作请邮件 service@zxweilai.cn。未来智训教育科技(成都)有限公司</p>""",
  True, "U06", "未来智训教育科技(成都)有限公司", [["domain", "zxweilai.cn", "www.zxweilai.cn"], ["email", "service@zxweilai.cn", "service@zxweilai.cn"]],
  "WeChat article by U06", "考证")
P("wenda", "q/553478.html", "有没有靠谱的人工智能训练师网课推荐?",
  """<div class="q"><p>问:在威海上班没时间线下上课,想报个网课备考人工智能训练师四级。</p></div>
<div class="answer best"><p>答(智训未来课程顾问):可以看看我们的四级全程班,直播有回放。先确认自己满足申报条件。入群 738 261 945 可领试听,课程咨询邮箱 service(at)zxweilai.cn。统一社会信用代码 """ + U06_USCC + """</p></div>""",
  True, "U06", "智训未来", [["qq_group", "738261945", "738 261 945"], ["email", "service@zxweilai.cn", "service(at)zxweilai.cn"], ["uscc", U06_USCC, U06_USCC]],
  "Q&A answer ad by U06", "教育")

# ---------------------------------------------------------------- U07 速证通 (scam shop)
P("shop", "item/100241166.html", "速证通 人工智能训练师证书 加急办理 7天出证",
  """<p class="price">¥ 1599 起</p><p class="sku">五级</p><p class="sku">三级</p><p class="sku">一级(高级技师)</p>
<p>速证通证书之家,不用考试,7天出证,网上可查!一级高级技师也能办,挂靠每年躺赚2万。下单后联系客服微信 suzt-888 或电话 132 5017 8823。</p>
<p>证书样本:S000037000123255000321 。付款问题请联系支付宝客服 95188。</p>""",
  True, "U07", "速证通", [["wechat", "suzt-888", "suzt-888"], ["phone", "+8613250178823", "132 5017 8823"]],
  "scam shop item: no exam, 7 days", "教育培训")
P("wenda", "q/551907.html", "人工智能训练师证书不考试能拿到吗?",
  """<div class="q"><p>问:工作忙,没时间考试,有没有办法直接拿人工智能训练师证?</p></div>
<div class="answer"><p>答(证书之家):可以的亲,我们这边免考直接出证,国家认可,需要的加QQ1765390284,或者微信suzt-888。</p></div>""",
  True, "U07", "证书之家", [["qq", "1765390284", "1765390284"], ["wechat", "suzt-888", "suzt-888"]],
  "Q&A ad by U07", "职场",
  comments="<div class='answer'><p>网友乙:这种都是骗子吧?有人试过吗,QQ 409871263 交流</p></div>")
P("video", "v/7303551207.html", "不考试也能拿证?人工智能训练师证书办理",
  """<p class="desc">@证书之家官方:人工智能训练师证书快速办理,官方认证,网上可查,电话13250178823 扣扣 1765390284</p><p>点赞 812 · 评论 97</p>""",
  True, "U07", "证书之家", [["phone", "+8613250178823", "13250178823"], ["qq", "1765390284", "1765390284"]],
  "short-video ad by U07", "知识")

# ---------------------------------------------------------------- U08 齐鲁匠人 (honest, Weihai)
P("ke", "course/47755.html", "齐鲁匠人职业培训学校 人工智能训练师五级线下班(威海)",
  """<p class="price">¥ 980</p><p>课程编号:KDD-47755</p>
<p>威海市齐鲁匠人职业培训学校线下班,五级60课时,理论+实操。考核由备案评价机构组织,本期认定批次号15820251122。学校电话 0631-5208871,统一社会信用代码 """ + U08_USCC + "。</p>",
  True, "U08", "齐鲁匠人职业培训学校", [["phone", "06315208871", "0631-5208871"], ["uscc", U08_USCC, U08_USCC]],
  "marketplace listing by U08", "职业考证")
P("bbs", "thread-221034-1-1.html", "分享:在威海考人工智能训练师五级的经历(附培训学校)",
  """<table class="post"><tr><td class="author">匠人教育<br>中级会员</td><td>
<p>我们匠人教育上一期学员刚拿到五级证书,过程给大家分享一下:先审核工作经历,再上课60学时,最后理论和实操考核。不包过,认真学都能过。</p>
<p>下一期1月开班,报名电话 150 6310 4427,座机 0631 5208871</p></td></tr></table>""",
  True, "U08", "匠人教育", [["phone", "+8615063104427", "150 6310 4427"], ["phone", "06315208871", "0631 5208871"]],
  "forum post by U08 inviting enrolment", "教育培训")
P("fenlei", "jiaoyu/8811509.html", "齐鲁匠人培训学校 人工智能训练师 招生",
  """<p class="meta">发布时间:2025-11-20 | 区域:环翠区</p>
<p>正规备案培训学校,人工智能训练师五级/四级培训,可申请技能提升补贴(符合条件参保人员)。手机 15063104427 微信 jiangren_wh</p>""",
  True, "U08", "齐鲁匠人培训学校", [["phone", "+8615063104427", "15063104427"], ["wechat", "jiangren_wh", "jiangren_wh"]],
  "classified by U08", "教育培训")
P("wenda", "q/554120.html", "威海哪里可以参加人工智能训练师培训?",
  """<div class="q"><p>问:威海有线下的人工智能训练师培训吗?</p></div>
<div class="answer best"><p>答(匠人教育招生老师):我们在环翠区有线下班,五级四级都有,可以加微信 jiangren_wh 了解,或电话150-6310-4427。</p></div>""",
  True, "U08", "匠人教育", [["wechat", "jiangren_wh", "jiangren_wh"], ["phone", "+8615063104427", "150-6310-4427"]],
  "Q&A answer ad by U08", "教育")

# ---------------------------------------------------------------- U09 易学AI (job/labelling scam)
P("shop", "item/100245590.html", "易学AI 数据标注兼职培训 学完包分配 日结300+ 送人工智能训练师证",
  """<p class="price">¥ 699</p><p>数标工坊合作店。学会数据标注在家接单,学完包分配任务,日结300+,再送人工智能训练师证书一本!</p>
<p>下单后加入学员群 915330267,售后电话 181 8306 2290。预约表单:手机号请按 13800138000 格式填写。</p>""",
  True, "U09", "易学AI", [["phone", "+8618183062290", "181 8306 2290"], ["qq_group", "915330267", "915330267"]],
  "job-bait course with free certificate", "教育培训")
P("mp", "a/2025-12-shubiao-jianzhi.html", "宝妈在家做数据标注,月入过万是真的吗?",
  """<p class="rich_media_meta">数标工坊 2025-12-06</p>
<p>越来越多宝妈通过数据标注实现在家办公!数标工坊零基础培训,包分配任务,顺便考个人工智能训练师证书,升职加薪两不误。</p>
<p>想了解的姐妹加微信 yixueai_kf,或打电话18183062290。</p>""",
  True, "U09", "数标工坊", [["wechat", "yixueai_kf", "yixueai_kf"], ["phone", "+8618183062290", "18183062290"]],
  "WeChat article by U09", "职场")
P("video", "v/7304110382.html", "在家躺赚?数据标注真实收入揭秘",
  """<p class="desc">@易学AI官方:零基础学数据标注,学完包分配!送人工智能训练师证书。详情加v:yixueai_kf,进群915330267</p><p>点赞 5621 · 评论 640</p>""",
  True, "U09", "易学AI", [["wechat", "yixueai_kf", "yixueai_kf"], ["qq_group", "915330267", "915330267"]],
  "short-video ad by U09", "知识")

# ---------------------------------------------------------------- independents
P("bbs", "thread-221102-1-1.html", "泸县 人工智能训练师五级 小班辅导 有意向的跟帖",
  """<table class="post"><tr><td class="author">泸县王老师<br>注册会员</td><td>
<p>本人在泸县做数据标注项目多年,带五级小班辅导(需满足一年工作经历)。考点一般在泸州职业技术学院,前台0830-2591234可以问考场位置。</p>
<p>微信 wang_lx_ai,电话 137 7810 2945</p></td></tr></table>""",
  True, "I01", "泸县王老师", [["wechat", "wang_lx_ai", "wang_lx_ai"], ["phone", "+8613778102945", "137 7810 2945"]],
  "independent tutor forum post", "教育培训")
P("ke", "course/53318.html", "码上AI|大模型数据标注与人工智能训练师五级理论课",
  """<p class="price">¥ 399</p><p>课程编号:KDD-53318</p><p>码上AI出品,深圳团队。理论课覆盖职业道德、数据标注基础、标注工具使用。认定请自行报名。合作邮箱 hi@mashangai.com</p>""",
  True, "I02", "码上AI", [["email", "hi@mashangai.com", "hi@mashangai.com"]],
  "independent marketplace course", "IT/互联网")
P("ke", "course/54002.html", "泉城职培 人工智能训练师三级冲刺班(济南线下)",
  """<p class="price">¥ 2200</p><p>课程编号:KDD-54002</p><p>面向已持四级证书学员。济南线下授课,咨询 0531-88216470。</p>""",
  True, "I03", "泉城职培", [["phone", "053188216470", "0531-88216470"]],
  "independent marketplace course", "职业考证")
P("fenlei", "jiaoyu/8815021.html", "荣成 人工智能训练师培训 星火培训学校",
  """<p class="meta">发布时间:2025-12-07 | 区域:荣成市</p><p>荣成星火培训学校开设人工智能训练师五级班,欢迎咨询 158-6632-5018。报名登记:jinshuju.net/f/Xh3r8P</p>""",
  True, "I04", "荣成星火培训学校", [["phone", "+8615866325018", "158-6632-5018"]],
  "independent classified", "教育培训")
P("shop", "item/100249013.html", "标注侠 数据标注入门课 + 人工智能训练师五级备考资料",
  """<p class="price">¥ 129</p><p>电子资料+录播课,不含认定费用,不承诺拿证。店主微信 biaozhuxia。收货手机号示例:13800138000。支付宝付款异常请联系95188。</p>""",
  True, "I05", "标注侠", [["wechat", "biaozhuxia", "biaozhuxia"]],
  "independent shop item", "教育培训")
P("video", "v/7305002716.html", "我考人工智能训练师四级的全过程,附资料",
  """<p class="desc">@阿杰聊AI:四级考了理论和实操,实操是标注+质检。想要资料和一对一辅导的加Q 2290417356(收费)</p><p>点赞 980 · 评论 88</p>""",
  True, "I06", "阿杰聊AI", [["qq", "2290417356", "2290417356"]],
  "independent creator selling tutoring", "知识")

# ---------------------------------------------------------------- non-offers
P("news", "minsheng/20251208/ai-cert-scam.html", "花3980元买\"国家级\"AI证书,威海市民发现查不到",
  """<p class="src">本报记者 2025-12-08</p>
<p>威海市民刘女士在网上看到"人工智能训练师三级二级一级一次拿"的广告,转账3980元后拿到一本证书,却在技能人才评价证书全国联网查询平台(zscx.osta.org.cn)查不到。对方电话171 3345 0981已停机。</p>
<p>记者了解到,职业技能等级证书由备案的评价机构颁发,人社部门不直接颁发。市民可登录 osta.mohrss.gov.cn 查询备案机构,遇到类似情况可拨打12315投诉或12333咨询。</p>""",
  note="news report on a scam, quotes a scammer's number and hotlines", cat="民生")
P("rsj", "tzgg/2025/1120-jndj.html", "关于开展2025年第四批职业技能等级认定工作的通知",
  """<div class="notice"><p>各有关单位:根据工作安排,我市2025年第四批职业技能等级认定(含人工智能训练师等职业)将于12月在泸州职业技术学院考点进行,认定批次号:15820251122。</p>
<p>职业技能等级证书由备案评价机构颁发,可登录技能人才评价证书全国联网查询(zscx.osta.org.cn)或 jndj.osta.org.cn 查询。请广大群众谨防"包过""免考拿证"等虚假宣传。</p>
<p>咨询电话:12333</p></div>""",
  note="official-style notice", cat="通知公告")
P("bbs", "thread-219870-1-1.html", "[投诉曝光] 交了钱拿不到人工智能训练师证,大家小心这个号码",
  """<table class="post"><tr><td class="author">受害者小张</td><td>
<p>上个月在网上报了人工智能训练师三级,对方说包过,交了2980,现在电话171 3345 0981打不通,微信也拉黑了。已经打了12315。大家注意!</p></td></tr></table>""",
  note="complaint thread quoting scammer number", cat="投诉曝光",
  comments="<table class='post'><tr><td class='author'>吃瓜群众</td><td>我也差点被骗,有需要一起维权的加我 wxid_hm2233</td></tr></table><table class='post'><tr><td class='author'>热心网友</td><td>证书要在 zscx.osta.org.cn 能查到才算。</td></tr></table>")
P("wenda", "q/550018.html", "人工智能训练师证书怎么查真假?",
  """<div class="q"><p>问:朋友给我看了一本人工智能训练师证书,怎么查真假?</p></div>
<div class="answer best"><p>答:职业技能等级证书可在 zscx.osta.org.cn 按姓名、证件号、证书编号查询。编号一般是1位字母+21位数字。查不到的、只能在机构自己网站查的,要警惕。有疑问可打12333。</p></div>""",
  note="Q&A guide, non-offer", cat="教育",
  comments="<div class='answer'><p>网友丙:学到了,谢谢。我QQ 409871263,有问题再请教</p></div>")
P("shop", "item/100230055.html", "Python编程从入门到实践(第3版) 正版图书",
  """<p class="price">¥ 69.8</p><p>正版图书,全国包邮。付款问题请联系支付宝客服95188。</p>""",
  note="unrelated shop item", cat="图书")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "public 人社 hotline"),
 ("phone", "12315", ["12315"], "public market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skill-evaluation portal"),
 ("phone", "4008203366", ["400-820-3366"], "marketplace customer service in platform footer"),
 ("email", "kf@keduoduo.com", ["kf@keduoduo.com"], "marketplace footer e-mail"),
 ("wechat", "keduoduo_official", ["keduoduo_official"], "marketplace official WeChat in footer"),
 ("uscc", KE_USCC, [KE_USCC], "marketplace operator's own USCC in footer"),
 ("qq_group", "582194637", ["582194637"], "forum's own QQ group in footer"),
 ("phone", "06315310022", ["0631-5310022"], "classifieds site's customer service in footer"),
 ("other", "鲁ICP备17028831号-1", ["鲁ICP备17028831号-1"], "classifieds site's ICP number in footer"),
 ("email", "tougao@zhiwenhui.net", ["tougao@zhiwenhui.net"], "repost site's footer e-mail"),
 ("wechat", "zhiwenhui_mp", ["zhiwenhui_mp"], "repost site's own official account"),
 ("phone", "01058617788", ["010-58617788"], "video platform's customer service in footer"),
 ("domain", "youpin-mall.cn", ["youpin-mall.cn"], "shop platform domain in footer"),
 ("phone", "+8617133450981", ["171 3345 0981"], "scammer's number quoted in news and complaint"),
 ("phone", "+8615820251122", ["15820251122"], "really an official assessment batch number"),
 ("other", "S000037000123255000321", ["S000037000123255000321"], "certificate sample number reused on scam pages"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in forms"),
 ("wechat", "wxid_hm2233", ["wxid_hm2233"], "a reader's own WeChat in a comment"),
 ("qq", "409871263", ["409871263"], "a reader's own QQ in comments"),
 ("phone", "08302591234", ["0830-2591234"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
]

# ---------------------------------------------------------------- render
def crumbs(site, cat, title):
    s = SITES[site]
    parts = ['<a href="/index.html">导航</a>', '<a href="/%s/index.html">%s</a>' % (site, s["name"])]
    if cat:
        parts.append(cat)
    parts.append(title)
    return '<div class="breadcrumb">' + " &gt; ".join(parts) + "</div>"

def frame(site, title, body, cat="", related=(), comments=""):
    s = SITES[site]
    menu = "".join('<a href="/%s/index.html">%s</a>' % (site, m) for m in s["menu"])
    rel = "".join('<li><a href="/%s">%s</a></li>' % (p["path"].lstrip("/"), p["title"]) for p in related)
    cm = ('<section class="comments"><h4>评论</h4>%s</section>' % comments) if comments else ""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title><style>%s</style></head>"
            "<body class=\"%s\"><header><div class=\"logo\">%s</div><nav>%s</nav></header>%s"
            "<main><h1>%s</h1><article>%s</article>%s</main><aside>%s<h4>相关链接</h4><ul>%s</ul></aside>"
            "<footer>%s</footer></body></html>\n") % (title, s["name"], CSS[s["style"]], s["style"], s["name"], menu,
            crumbs(site, cat, title), title, body, cm, s["side"], rel, s["footer"])

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "site")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for p in PAGES:
        p["path"] = "/%s/%s" % (p["site"], p["slug"])
    files = {}
    for site in SITES:
        sp = [p for p in PAGES if p["site"] == site]
        for i, p in enumerate(sp):
            rel = [q for q in sp if q is not p][:3]
            files[p["path"]] = frame(site, p["title"], p["body"], p["cat"], rel, p["comments"])
        lis = "".join('<li><a href="/%s">%s</a></li>' % (p["path"].lstrip("/"), p["title"]) for p in sp)
        files["/%s/index.html" % site] = frame(site, SITES[site]["name"] + " 首页", "<ul class=\"list\">%s</ul>" % lis)
    hub = "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, v["name"]) for k, v in SITES.items())
    files["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>人工智能训练师 搜索结果导航</title></head>"
                            "<body><h1>一周搜索:泸州 / 威海 人工智能训练师</h1><ul>%s</ul></body></html>\n" % hub)
    for path, html in files.items():
        fp = os.path.join(out, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(out, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages = []
    page_by_path = {p["path"]: p for p in PAGES}
    for path in sorted(files):
        p = page_by_path.get(path)
        if p:
            ids = []
            for x in p["ids"]:
                if x not in ids:
                    ids.append(x)
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=ids, note=p["note"]))
        else:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else "site index page"))
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
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, html in files.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
