#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(code8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPH.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    r = 31 - s % 31
    return s17 + ALPH[0 if r == 31 else r]

OPS = {
 "U01": {"brands": ["杭州智训未来教育科技有限公司", "智训AI学堂", "智训未来"],
         "ids": {"phone": ("phone", "+8613958123456"), "tel": ("phone", "057186731245"),
                 "wx": ("wechat", "zxwl_ai88"), "dom": ("domain", "zxwl-edu.cn"),
                 "uscc": ("uscc", uscc("91330106", "MA2H3K7X"))}},
 "U02": {"brands": ["烟台启航职业培训学校", "启航教育", "烟台考证小助手"],
         "ids": {"phone": ("phone", "+8615165351234"), "tel": ("phone", "05356261188"),
                 "qq": ("qq", "3187654021"), "wx": ("wechat", "yt_qihang01"),
                 "uscc": ("uscc", uscc("52370602", "MJ4A8B2C"))}},
 "U03": {"brands": ["中科智培（北京）教育咨询有限公司", "国培智能人才认证中心", "AI训练师考证通"],
         "ids": {"t400": ("phone", "4006681235"), "wx": ("wechat", "zkzp2025"),
                 "qqg": ("qq_group", "861234567"), "dom": ("domain", "ai-zhengshu.com.cn"),
                 "uscc": ("uscc", uscc("91110108", "MA01XY3N"))}},
 "U04": {"brands": ["浙里学AI工作室", "浙里学AI", "杭州浙里学"],
         "ids": {"phone": ("phone", "+8618857191234"), "wx": ("wechat", "zlx_ai"),
                 "mail": ("email", "zlxai@126.com")}},
 "U05": {"brands": ["华职教育烟台分校", "华职教育", "华职烟台校区"],
         "ids": {"tel": ("phone", "05356789012"), "phone": ("phone", "+8613705352288"),
                 "qq": ("qq", "1456789023"), "uscc": ("uscc", uscc("91370613", "MA3C5R8P"))}},
 "U06": {"brands": ["数标星球", "杭州数标星球信息技术有限公司", "数标星球人才部"],
         "ids": {"phone": ("phone", "+8619957108866"), "wx": ("wechat", "shubiao_hr"),
                 "payee": ("other", "杭州数标星球信息技术有限公司")}},
 "U07": {"brands": ["全国人工智能技能人才评价中心", "北辰职业技能评价", "AI训练师报名中心"],
         "ids": {"phone": ("phone", "+8617761234590"), "dom": ("domain", "rgzn-pj.cn"),
                 "mail": ("email", "baoming@rgzn-pj.cn"), "uscc": ("uscc", uscc("91440300", "MA5F2T9W"))}},
 "U08": {"brands": ["芝罘区技能培训中心", "芝罘技能", "老周考证"],
         "ids": {"phone": ("phone", "+8615963871122"), "wx": ("wechat", "zf_jineng"),
                 "tel": ("phone", "05356655770")}},
 "U09": {"brands": ["AI小鹿老师", "小鹿AI课堂", "鹿老师AI副业营"],
         "ids": {"wx": ("wechat", "luxiaolu_ai"), "phone": ("phone", "+8613655718899"),
                 "qq": ("qq", "2233451789")}},
 "I01": {"brands": ["杭州拱墅某培训工作室"], "ids": {"phone": ("phone", "+8617306512783")}},
 "I02": {"brands": ["新程职业教育"], "ids": {"wx": ("wechat", "xincheng_edu"), "t400": ("phone", "4008876512")}},
 "I03": {"brands": ["福山职校王老师"], "ids": {"phone": ("phone", "+8618653592047")}},
 "I04": {"brands": ["明远数智学院"], "ids": {"mail": ("email", "mingyuan_ai@qq.com"), "dom": ("domain", "mingyuan-ai.net")}},
 "I05": {"brands": ["阿杰聊AI"], "ids": {"wx": ("wechat", "ajie_talks_ai")}},
 "I06": {"brands": ["烟台蓬莱技工学校"], "ids": {"tel": ("phone", "05355613278"),
         "uscc": ("uscc", uscc("12370684", "4950287L"))}},
}

DECOYS = [
 ("phone", "12333", ["12333"], "人社部门政务服务热线, quoted by notices, guides and sellers alike"),
 ("phone", "12315", ["12315"], "市场监管投诉举报热线, quoted in complaints and guides"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate-query site cited by everyone"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("phone", "4006003721", ["400-600-3721"], "课学堂 marketplace customer service, footer of every marketplace page"),
 ("email", "service@kexuetang.com", ["service@kexuetang.com"], "课学堂 marketplace footer e-mail"),
 ("qq_group", "295836174", ["295836174"], "烟台生活网 forum's own QQ group in the footer"),
 ("other", "鲁ICP备15021234号-1", ["鲁ICP备15021234号-1"], "forum platform ICP number in the footer"),
 ("domain", "fenlei365.com", ["fenlei365.com"], "classifieds platform's own domain in the footer"),
 ("phone", "4008635858", ["400-863-5858"], "classifieds platform customer service"),
 ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "WeChat-repost site's contribution e-mail in the footer"),
 ("other", "沪ICP备19034567号", ["沪ICP备19034567号"], "WeChat-repost site ICP in the footer"),
 ("phone", "01057123399", ["010-57123399"], "short-video platform report line in the footer"),
 ("phone", "+8617133582046", ["17133582046", "171-3358-2046", "171 3358 2046"], "scammer number quoted in warnings and complaints, not a seller on this web"),
 ("other", "S000033010000245000123", ["S000033010000245000123"], "certificate number on a sample certificate image copied between sellers"),
 ("phone", "+8613705352025", ["13705352025"], "认定批次号 in the 人社局 notice that looks like a mobile number"),
 ("phone", "+8613800138000", ["13800138000", "138 0013 8000"], "template placeholder phone left in blog/site templates"),
 ("email", "example@example.com", ["example@example.com"], "template placeholder e-mail in contact forms"),
 ("wechat", "lily_yt1990", ["lily_yt1990"], "a reader's own WeChat left in comments under different sellers' posts"),
 ("qq", "870012345", ["870012345"], "a viewer's own QQ in comments under different videos"),
 ("phone", "05356397110", ["0535-6397110", "0535-6397 110"], "front desk of the public training base (exam venue), quoted by several sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers for sign-up"),
 ("phone", "95188", ["95188"], "Alipay customer service quoted about refunds"),
 ("phone", "057188880000", ["0571-8888 0000"], "news site's own news hotline in the footer"),
]

SITES = {
 "zhixun": dict(name="智训未来教育", tag="杭州智训未来教育科技有限公司 · 官网", color="#1a5fb4",
   menu=["首页", "课程中心", "师资团队", "学员风采", "关于我们"],
   footer="杭州智训未来教育科技有限公司 版权所有 | 地址：杭州市西湖区文三路某大厦 | 电话 [[U01.tel|0571-8673 1245]] | [[U01.dom|www.zxwl-edu.cn]] | 统一社会信用代码 [[U01.uscc|{U01uscc}]] | 在线留言请留邮箱 example@example.com"),
 "ytedu": dict(name="烟台启航职业培训学校", tag="烟台启航职业培训学校 —— 考证 就业 一站式", color="#b5171f",
   menu=["学校首页", "培训项目", "报名须知", "联系我们"],
   footer="烟台启航职业培训学校 | 芝罘区南大街某号3楼 | 咨询电话：[[U02.tel|0535-6261188]] | 办学许可/统一社会信用代码：[[U02.uscc|{U02uscc}]] | 技术支持：某某建站 模板联系 example@example.com"),
 "kecheng": dict(name="课学堂", tag="课学堂 · 职业技能在线课程平台", color="#e66100",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻"],
   footer="课学堂 kexuetang.com 平台客服 400-600-3721（9:00-21:00）| 商务合作 service@kexuetang.com | 平台仅提供信息展示，课程内容由入驻机构负责"),
 "luntan": dict(name="烟台生活网·社区", tag="烟台生活网 > 社区论坛", color="#26a269",
   menu=["论坛首页", "烟台杂谈", "教育培训", "求职招聘", "投诉维权"],
   footer="烟台生活网 官方QQ群 : 295836174 | 鲁ICP备15021234号-1 | Powered by Discuz! X3.4"),
 "fenlei": dict(name="百姓分类365", tag="百姓分类365 · 本地免费信息", color="#c64600",
   menu=["首页", "杭州", "烟台", "教育培训", "招聘", "发布信息"],
   footer="百姓分类365 m.fenlei365.com 客服热线 400-863-5858 | 信息由用户发布，交易请谨慎，先付款要警惕"),
 "wenda": dict(name="知问", tag="知问 · 有问题就有答案", color="#613583",
   menu=["首页", "教育", "职场", "考证", "我要提问"],
   footer="知问 zhiwen-qa.com | 回答内容仅代表答主个人观点 | 违法和不良信息举报"),
 "weixin": dict(name="微文摘", tag="微文摘 · 公众号好文聚合", color="#2ec27e",
   menu=["首页", "教育", "职场", "科技", "本地"],
   footer="微文摘 wxwenzhai.cn 文章来自公众号，版权归原作者 | 投稿/侵删 tougao@wxwenzhai.cn | 沪ICP备19034567号"),
 "shipin": dict(name="快看短视频", tag="快看短视频 网页版", color="#000000",
   menu=["推荐", "关注", "直播", "知识", "同城"],
   footer="快看短视频 网页版 | 违法和不良信息举报电话 010-57123399 | 未成年人保护"),
 "rsj": dict(name="烟台市人力资源和社会保障局（公告栏）", tag="公示公告 · 政策文件", color="#a51d2d",
   menu=["首页", "通知公告", "政策文件", "职业技能", "办事指南"],
   footer="主办：烟台市人力资源和社会保障局 | 政务服务热线 12333 | 证书查询请登录 zscx.osta.org.cn"),
 "news": dict(name="钱塘晚讯", tag="钱塘晚讯 · 新闻客户端网页版", color="#3d3846",
   menu=["首页", "本地", "教育", "财经", "维权"],
   footer="钱塘晚讯 新闻热线 0571-8888 0000 | 本网所载广告内容由广告主负责"),
 "blog": dict(name="AI打工人笔记", tag="一个普通人的AI副业记录", color="#5e5c64",
   menu=["首页", "副业", "考证", "工具", "关于"],
   footer="AI打工人笔记 © Theme by WPFree | 联系我们：13800138000（示例）"),
}

PAGES = []  # (site, slug, title, is_offer, owner, provider, note, body)
def P(site, slug, title, owner, provider, note, body):
    PAGES.append(dict(site=site, slug=slug, title=title, owner=owner, provider=provider, note=note, body=body))

COMMENTS = lambda items: "<div class='comments'><h3>评论</h3>" + "".join(
    f"<div class='c'><b>{u}</b>：{t}</div>" for u, t in items) + "</div>"

# ---------------- zhixun (U01's own site) ----------------
P("zhixun", "course-l4", "人工智能训练师（四级/中级工）职业技能等级认定培训班", "U01", "杭州智训未来教育科技有限公司",
  "U01 own site: level-4 course, honest",
  """<p>面向从事数据标注、智能客服训练等岗位满一定年限的在职人员，课程依据《人工智能训练师国家职业技能标准（2021年版）》开发，标准参考学时50课时，理论+实操。</p>
<p>报名条件：取得五级证书后从事本职业工作满4年，或累计从事本职业工作6年以上等（以认定机构公布的申报条件为准）。本机构不承诺通过率。</p>
<p>证书由经备案的评价机构颁发，可在 zscx.osta.org.cn 查询；符合条件的参保人员可按规定申领技能提升补贴。</p>
<p>课程咨询：[[U01.phone|139-5812-3456]]（王老师，工作日）</p>""")
P("zhixun", "course-l3", "人工智能训练师三级（高级工）周末班招生", "U01", "智训未来",
  "U01 own site: level-3 weekend course",
  """<p>三级（高级工）对应数据采集处理、智能训练、智能系统设计等模块，参考学时40课时，周末上课共6周。</p>
<p>学费 3680 元（含教材、实操平台账号），认定费按评价机构标准另行缴纳。证书信息可在 jndj.osta.org.cn 核验。</p>
<p>报名：电话 [[U01.phone|13958123456]]，或加微信 [[U01.wx|ZXWL_AI88]] 获取开班时间。</p>""")
# ---------------- ytedu (U02's own site) ----------------
P("ytedu", "ai-trainer", "人工智能训练师 一次报考 三级同拿 国家认可 全国通用", "U02", "烟台启航职业培训学校",
  "U02 own site: bundle of levels, 包过-style wording, sample certificate",
  """<table class='old'><tr><td>项目</td><td>人工智能训练师（五级/四级/三级）</td></tr>
<tr><td>报名条件</td><td>不限学历 不限经验 零基础可报</td></tr><tr><td>费用</td><td>单级1980元，三级联报4980元（考前一次性缴清）</td></tr>
<tr><td>证书</td><td>人社部颁发 国家职业资格证书 全国联网可查</td></tr></table>
<p>考点：烟台市公共实训基地（前台电话 0535-6397110），考试前统一安排刷题，通过率100%，不过全额退。</p>
<p>证书样本编号：S000033010000245000123（仅作示意）。政策咨询也可拨打12333。</p>
<p>招生老师手机：[[U02.phone|151 6535 1234]]　QQ：[[U02.qq|3187654021]]</p>""")
# ---------------- kecheng marketplace ----------------
P("kecheng", "c-1021", "【智训AI学堂】人工智能训练师五级 入门直播课+实操", "U01", "智训AI学堂",
  "U01 shop on marketplace: level-5 online course",
  """<p class='price'>¥ 1280 <del>¥1680</del> · 已报名 326 人 · 评分 4.8</p>
<p>机构：智训AI学堂（杭州）。课程60课时，覆盖数据采集、数据标注、智能系统运维基础。五级需从事相关工作满1年或完成学徒期，报名前请自查。</p>
<p>课后答疑请加班主任 vx：[[U01.wx|zxwl_ai88]]（备注课学堂）</p>""")
P("kecheng", "c-1188", "【国培智能】AI训练师 二级技师/一级高级技师 零基础直通 包拿证", "U03", "国培智能人才认证中心",
  "U03 marketplace listing: level 1/2 to beginners, 包过",
  """<p class='price'>¥ 6800 · 限时立减2000</p>
<p>国家级人才认证，工信部/人社部双备案，零基础 不限学历 45天拿一级高级技师证，挂靠年入3万+，包过不过退费。</p>
<p>证书官网可查：[[U03.dom|www.ai-zhengshu.com.cn]]（“全国技能证书查询平台”）。</p>
<p>退款问题可联系支付宝客服95188，课程顾问热线 [[U03.t400|400-668-1235]]</p>""")
P("kecheng", "c-1230", "人工智能训练师（四级）线上冲刺营 · 浙里学AI", "U04", "浙里学AI",
  "U04 marketplace listing: level-4 online prep",
  """<p class='price'>¥ 1580 · 已报名 88 人</p>
<p>小班直播，8次课+2次模拟，针对四级数据采集和处理、数据标注、智能系统运维三大模块。证书请以 zscx.osta.org.cn 查询结果为准。</p>
<p>报名表：https://jinshuju.net/f/ZLx4ai （填写后老师联系） 邮件咨询：[[U04.mail|zlxai@126.com]]</p>""")
P("kecheng", "c-1302", "全国人工智能技能人才评价中心 AI训练师证书报名（官方）", "U07", "全国人工智能技能人才评价中心",
  "U07 marketplace listing: state-sounding company name, fake query domain",
  """<p class='price'>¥ 2980 · 报名即送AIGC应用师证书</p>
<p>本中心为国家级评价机构，证书人社部备案，入库可查，查询网址 [[U07.dom|rgzn-pj.cn/cx]]，可用于积分落户、职称评定。</p>
<p>证书样本编号 S000033010000245000123。报名资料发送至 [[U07.mail|baoming@rgzn-pj.cn]]</p>""")
P("kecheng", "c-1350", "新程职业教育：人工智能训练师五级（数据标注员）实训课", "I02", "新程职业教育",
  "independent marketplace listing, honest",
  """<p class='price'>¥ 980 · 评分 4.6</p>
<p>以数据标注员工种为主线，60课时实训。我们只提供培训，认定由备案评价机构组织，成绩和证书以 zscx.osta.org.cn 查询为准。</p>
<p>课程顾问 微信 [[I02.wx|xincheng_edu]]，热线 [[I02.t400|400 887 6512]]</p>""")
# ---------------- luntan forum ----------------
P("luntan", "thread-8812", "【招生】烟台本地人工智能训练师考证，名额不多了", "U02", "启航教育",
  "U02 forum post by a sales person",
  """<div class='post'><b>启航小李</b> 发表于 2025-11-03 09:12</div>
<p>启航教育这期人工智能训练师马上截止，三个级别一起考更划算，零基础都能过，考点就在公共实训基地。</p>
<p>有意向的直接加扣扣 [[U02.qq|3187 6540 21]] 或者 V：[[U02.wx|yt_qihang01]]，私信也行。</p>"""
  + COMMENTS([("海边的风", "三个级别一起考？不是要工作年限吗"), ("lily_yt", "想问问价格，我微信 lily_yt1990"), ("启航小李", "已私信")]))
P("luntan", "thread-8830", "华职烟台校区 人工智能训练师四级 12月开班", "U05", "华职烟台校区",
  "U05 forum ad post",
  """<div class='post'><b>华职教育官方号</b> 发表于 2025-11-10 15:40</div>
<p>本期按认定批次号 13705352025 组织报名，需提供工作年限证明。失业保险参保满1年可申请技能提升补贴（四级最高1500元）。</p>
<p>校区座机 [[U05.tel|0535－6789012]]，QQ [[U05.qq|1456789023]]（工作时间在线）</p>""")
P("luntan", "thread-8851", "芝罘这边考AI训练师的可以找我，老周带过很多学员", "U08", "老周考证",
  "U08 forum post, pushy but no guarantee",
  """<div class='post'><b>老周考证</b> 发表于 2025-11-12 20:05</div>
<p>五级四级都能报，资料我帮你审。考试在实训基地，前台 0535-6397 110 可以先问考位。</p>
<p>电话 [[U08.phone|159 6387 1122]]，微信 [[U08.wx|zf_jineng]]</p>"""
  + COMMENTS([("lily_yt", "老周，五级要啥材料？加我 lily_yt1990"), ("路人甲", "顶")]))
P("luntan", "thread-8870", "福山区职校开人工智能训练师五级培训班（社会人员可报）", "I03", "福山职校王老师",
  "independent forum post",
  """<div class='post'><b>福山王老师</b> 发表于 2025-11-15 08:30</div>
<p>学校承接的社会培训，按人社局批次号 13705352025 统一申报，考试地点公共实训基地（0535-6397110）。</p>
<p>需要的联系我：[[I03.phone|186-5359-2047]]</p>""")
P("luntan", "thread-8890", "【投诉】交了4980考AI训练师证，现在人联系不上", None, None,
  "non-offer: complaint quoting a scam number, Alipay, 12315",
  """<div class='post'><b>被坑的小张</b> 发表于 2025-11-20 22:17</div>
<p>之前在网上看到“三级同拿 包过”，对方手机 171-3358-2046，说人社部颁发，交完钱就拉黑了。已经打12315投诉，也找了支付宝客服95188。</p>
<p>大家报名前一定去 zscx.osta.org.cn 查一下机构。</p>"""
  + COMMENTS([("海边的风", "同被坑，报警吧"), ("版主", "已加精，提醒大家")]))
# ---------------- fenlei classifieds ----------------
P("fenlei", "yantai-3321", "烟台 人工智能训练师证 包过 零基础 三级联报优惠", "U02", "启航教育",
  "U02 classified ad",
  """<ul class='meta'><li>类别：教育培训 > 职业技能</li><li>区域：烟台-芝罘</li><li>联系人：李老师</li></ul>
<p>人社部颁发，国家职业资格证书，全国通用，可查可验。三级联报4980，报名即送题库。</p>
<p>电话：[[U02.phone|151-6535-1234]]　QQ：[[U02.qq|Q 3187654021]]</p>""")
P("fenlei", "hangzhou-2210", "杭州 人工智能训练师四级小班辅导（在职可报）", "U04", "杭州浙里学",
  "U04 classified ad",
  """<ul class='meta'><li>类别：教育培训</li><li>区域：杭州-滨江</li><li>联系人：陈老师</li></ul>
<p>在职数据标注/AI客服岗位的朋友，四级线上+线下小班，晚上上课。证书以官方查询为准，不做保过承诺。</p>
<p>手机 [[U04.phone|188 5719 1234]]　微信 [[U04.wx|zlx_ai]]</p>""")
P("fenlei", "yantai-3350", "华职教育 人工智能训练师五级/四级 报名进行中", "U05", "华职教育",
  "U05 classified ad, sample certificate image",
  """<ul class='meta'><li>类别：职业培训</li><li>区域：烟台-莱山</li></ul>
<p>正规机构，统一社会信用代码 [[U05.uscc|{U05uscc}]]。证书样图编号 S000033010000245000123（示意）。</p>
<p>咨询：[[U05.phone|137 0535 2288]] / [[U05.tel|(0535)6789012]]</p>""")
P("fenlei", "hangzhou-2233", "招聘 AI数据标注员 在家可做 日结 需先培训考证", "U06", "数标星球",
  "U06 job ad that is really a paid course (培训贷-style)",
  """<ul class='meta'><li>类别：招聘 > 兼职</li><li>区域：杭州-余杭</li><li>薪资：8000-15000</li></ul>
<p>公司承接大厂标注项目，入职前需考取人工智能训练师证书，培训费2680元，考完保证安排上岗。</p>
<p>报名登记：jinshuju.net/f/SBxq01 　HR手机 [[U06.phone|199-5710-8866]]</p>""")
P("fenlei", "yantai-3372", "芝罘技能 人工智能训练师五级 社保补贴可申请", "U08", "芝罘技能",
  "U08 classified ad",
  """<ul class='meta'><li>类别：教育培训</li><li>区域：烟台-芝罘</li></ul>
<p>按人社局批次号 13705352025 组织，符合条件参保满一年可领技能提升补贴（五级最高1000元）。</p>
<p>座机 [[U08.tel|0535-6655770]]，手机 [[U08.phone|15963871122]]</p>""")
P("fenlei", "hangzhou-2250", "拱墅 人工智能训练师 周末班 可开发票", "I01", "杭州拱墅某培训工作室",
  "independent classified ad",
  """<ul class='meta'><li>类别：教育培训</li><li>区域：杭州-拱墅</li></ul>
<p>周末班，四级/五级，小班8人。请先确认自己的工作年限是否满足申报条件。</p>
<p>电话 [[I01.phone|173 0651 2783]]</p>""")
# ---------------- wenda Q&A ----------------
P("wenda", "q-5521", "人工智能训练师一级证书零基础能考吗？多久能拿到？", "U03", "AI训练师考证通",
  "U03 answer on Q&A pushing level-1 to beginners",
  """<div class='q'>提问：本人文科毕业，零基础，想考人工智能训练师高级技师，可行吗？</div>
<div class='a'><b>AI训练师考证通</b>（认证机构答主）：完全可以，我们这边一级二级都能直接报，不用工作经验，45天出证。可以进我们的备考群 [[U03.qqg|861234567]] 或加老师 wx [[U03.wx|zkzp2025]]。</div>
<div class='a'><b>匿名用户</b>：一级要二级证加4年工作经验，别信。</div>""")
P("wenda", "q-5530", "杭州哪里可以学人工智能训练师？在职的", "U04", "浙里学AI",
  "U04 answer on Q&A",
  """<div class='q'>提问：在杭州做AI客服训练，想考四级，有推荐的吗？</div>
<div class='a'><b>浙里学AI</b>：我们在滨江有小班，也有线上，需要你自己先核对申报条件。有问题发邮件 [[U04.mail|zlxai＠126.com]] 或者微信 [[U04.wx|ZLX_AI]]。证书查询认准 zscx.osta.org.cn。</div>""")
P("wenda", "q-5540", "AI数据标注兼职要先交钱考证，靠谱吗？", "U06", "数标星球人才部",
  "U06 answer defending its pay-first scheme",
  """<div class='q'>提问：面试说要先交2680培训费考人工智能训练师才能接单，是骗局吗？</div>
<div class='a'><b>数标星球人才部</b>：不是骗局哈，我们是正规公司，收款方是 [[U06.payee|杭州数标星球信息技术有限公司]] 对公账户，考完就派单。详询 [[U06.wx|shubiao_hr]]。</div>
<div class='a'><b>热心网友</b>：先交钱的都要小心，可以打12315问问。</div>""")
P("wenda", "q-5555", "烟台考人工智能训练师五级，去哪报名？", "U08", "芝罘区技能培训中心",
  "U08 answer on Q&A",
  """<div class='q'>提问：烟台本地，五级去哪报？</div>
<div class='a'><b>芝罘区技能培训中心</b>：我们中心可以报，证书可在 jndj.osta.org.cn 查询。电话 [[U08.tel|0535 665 5770]]，微信 [[U08.wx|zf_jineng]]。</div>"""
  + COMMENTS([("lily_yt", "我也想问，加我 lily_yt1990 一起拼课")]))
P("wenda", "q-5570", "人工智能训练师三级的实操考什么？", "I04", "明远数智学院",
  "independent answer with a course link",
  """<div class='q'>提问：三级实操部分都考什么？</div>
<div class='a'><b>明远数智学院</b>：三级包括业务分析、智能训练、智能系统设计、培训与指导。我们有三级实操课，介绍见 [[I04.dom|mingyuan-ai.net]]，报名邮箱 [[I04.mail|Mingyuan_AI@qq.com]]。</div>""")
P("wenda", "q-5580", "怎么查人工智能训练师证书真假？", None, None,
  "non-offer guide: verification, hotlines, warning number",
  """<div class='q'>提问：朋友给我发了个证书编号，怎么查？</div>
<div class='a'><b>职业规划师阿文</b>：职业技能等级证书在 zscx.osta.org.cn 按姓名、证件号、证书编号查询，证书上也印有 jndj.osta.org.cn。有疑问拨12333。网上流传的骗子号 171 3358 2046 别接，被骗了打12315。</div>""")
# ---------------- weixin reposts ----------------
P("weixin", "a-0412", "AI时代，这个新职业缺口百万！杭州智训未来开班啦", "U01", "智训未来",
  "U01 WeChat article repost",
  """<p class='src'>来源：智训未来 公众号 | 2025-10-28</p>
<p>人工智能训练师是2020年人社部等部门发布的新职业（4-04-05-05）……11月四级、三级班开课。</p>
<p>官网 [[U01.dom|zxwl-edu.cn]]　咨询热线 [[U01.phone|139 5812 3456]]</p>""")
P("weixin", "a-0420", "在职考人工智能训练师，我踩过的坑（文末有福利）", "U04", "浙里学AI工作室",
  "U04 WeChat article repost, soft ad",
  """<p class='src'>来源：浙里学AI | 2025-11-02</p>
<p>先说结论：看清申报条件，证书去 zscx.osta.org.cn 查，别信“三级同拿”。文末福利：四级冲刺营早鸟价。</p>
<p>扫码或加微信 [[U04.wx|zlx_ai]]，手机 [[U04.phone|18857191234]]</p>""")
P("weixin", "a-0433", "重磅！人工智能训练师证书报名通道开启（官方）", "U07", "北辰职业技能评价",
  "U07 WeChat article repost, fake official wording",
  """<p class='src'>来源：北辰职业技能评价 | 2025-11-06</p>
<p>国家人社部认证新职业，证书人社部颁发，官方认证，入库可查。退款咨询支付宝95188。</p>
<p>报名咨询：[[U07.phone|壹柒柒 陆壹贰叁 肆伍玖零]]（电话：[[U07.phone|177-6123-4590]]）　官网 [[U07.dom|RGZN-PJ.CN]]</p>""")
P("weixin", "a-0445", "90%小白都能学会！AI训练师+AIGC双证副业营", "U09", "小鹿AI课堂",
  "U09 WeChat article repost, 原价9999限时99 style",
  """<p class='src'>来源：小鹿AI课堂 | 2025-11-09</p>
<p>原价9999，限时99元体验课，结营送人工智能训练师报考名额+AIGC证书，拿到证书便可升职加薪。</p>
<p>报名表 jinshuju.net/f/luAIcamp　小鹿老师微信：[[U09.wx|luxiaolu_ai]]</p>""")
# ---------------- shipin short video ----------------
P("shipin", "v-7781", "烟台考证小助手：AI训练师证三级同拿，评论区扣1", "U02", "烟台考证小助手",
  "U02 short video page",
  """<div class='video'>[视频] 02:31 · 点赞 1.2w</div>
<p class='desc'>人社部颁发！零基础！三级同拿！#人工智能训练师 #烟台考证</p>
<p class='pin'>置顶评论：V❤ [[U02.wx|yt_qihang01]]　电话 [[U02.phone|幺五幺 六五三五 幺二三四]]</p>"""
  + COMMENTS([("大鱼", "1"), ("小雪", "多少钱")]))
P("shipin", "v-7802", "AI训练师一级高级技师 45天拿证 挂靠年入3万", "U03", "AI训练师考证通",
  "U03 short video page",
  """<div class='video'>[视频] 00:58 · 点赞 8千</div>
<p class='desc'>不限学历不限经验，官网可查 ai-zhengshu.com.cn ，主页有群。</p>
<p class='pin'>作者：进群 [[U03.qqg|QQ群861234567]]　热线 [[U03.t400|4006681235]]</p>"""
  + COMMENTS([("阿明", "真的假的？加我qq 870012345 细说"), ("路过", "挂靠？这个证能挂靠？")]))
P("shipin", "v-7815", "官方报名通道｜人工智能训练师证书全国可查", "U07", "AI训练师报名中心",
  "U07 short video page",
  """<div class='video'>[视频] 01:20 · 点赞 3千</div>
<p class='desc'>全国人工智能技能人才评价中心授权报名点，统一社会信用代码 [[U07.uscc|{U07uscc}]]，证书查询 [[U07.dom|www.rgzn-pj.cn]]</p>""")
P("shipin", "v-7830", "原价9999现在99！小鹿带你做AI训练师副业", "U09", "AI小鹿老师",
  "U09 short video page",
  """<div class='video'>[视频] 03:02 · 点赞 5.6w</div>
<p class='desc'>90%小白都能学会，送证书报考名额。主页简介有联系方式。</p>
<p class='pin'>简介：商务 [[U09.phone|136 5571 8899]]　Q [[U09.qq|2233451789]]</p>"""
  + COMMENTS([("阿明", "小鹿老师我qq 870012345"), ("喵喵", "99是真的吗")]))
P("shipin", "v-7840", "阿杰聊AI：人工智能训练师值不值得考？（附我的课）", "I05", "阿杰聊AI",
  "independent short video page",
  """<div class='video'>[视频] 06:45 · 点赞 2千</div>
<p class='desc'>理性分析，五级适合在职数据标注员，我的四级备考课在橱窗，答疑加 [[I05.wx|ajie_talks_ai]]</p>""")
# ---------------- rsj notices ----------------
P("rsj", "notice-2025-31", "关于公布2025年第四批职业技能等级认定计划的通知", None, None,
  "non-offer: official notice with batch number and venue",
  """<p>各有关单位：现将2025年第四批职业技能等级认定计划公布如下。人工智能训练师（五级、四级），认定批次号：13705352025，认定地点：烟台市公共实训基地（咨询电话 0535-6397110）。</p>
<p>证书查询：zscx.osta.org.cn。咨询电话：12333。</p>""")
P("rsj", "notice-shanzhai", "关于警惕技术技能类“山寨证书”的提醒", None, None,
  "non-offer: warning notice",
  """<p>近期有机构以“人社部颁发”“包过”“三级同拿”等名义招揽人工智能训练师培训。职业技能等级证书由备案评价机构颁发，请通过 zscx.osta.org.cn 或 jndj.osta.org.cn 查询，如遇虚假宣传可拨打12315或12333。</p>""")
# ---------------- news ----------------
P("news", "n-2025-1108", "【教育资讯】华职教育：人工智能训练师培训助力在职人员技能提升", "U05", "华职教育烟台分校",
  "U05 advertorial on a news site",
  """<p class='src'>2025-11-08 来源：钱塘晚讯 教育频道（推广）</p>
<p>华职教育烟台分校开设人工智能训练师五级、四级培训，参保满一年的学员可申请技能提升补贴，可拨打12333咨询政策。</p>
<p>报名：[[U05.phone|13705352288]]，QQ [[U05.qq|1456 7890 23]]</p>""")
P("news", "n-2025-1115", "交了钱“三级同拿”证书没影：记者调查AI训练师考证乱象", None, None,
  "non-offer: news warning quoting the scam number",
  """<p class='src'>2025-11-15 记者 林某</p>
<p>多名读者反映，一个手机号为17133582046的“老师”以“人社部颁发”“包过”为名收取4980元后失联。律师提醒，职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询；消费纠纷可拨打12315，政策咨询拨打12333。</p>""")
P("news", "n-2025-1120", "蓬莱技工学校面向社会开展人工智能训练师四级培训", "I06", "烟台蓬莱技工学校",
  "independent: school enrolment notice reposted by news site",
  """<p class='src'>2025-11-20 来源：学校供稿</p>
<p>烟台蓬莱技工学校（统一社会信用代码 [[I06.uscc|{I06uscc}]]）即日起招收人工智能训练师四级社会学员，按标准50课时培训，证书可在 jndj.osta.org.cn 查询，补贴政策可咨询12333。</p>
<p>招生办电话：[[I06.tel|0535-5613278]]</p>""")
# ---------------- blog ----------------
P("blog", "post-33", "亲测：零基础45天拿下AI训练师二级（附渠道）", "U03", "中科智培（北京）教育咨询有限公司",
  "U03 blog advertorial",
  """<p>去年我也是小白，找了中科智培，二级技师直接报，考前有“内部题库”，一次通过……</p>
<p>官网查询 [[U03.dom|ai-zhengshu.com.cn]]，公司统一社会信用代码 [[U03.uscc|{U03uscc}]]，想报的加 [[U03.wx|zkzp2025]] 说是博客来的。</p>""")
P("blog", "post-41", "做AI数据标注副业，先要考证吗？我的经历", "U06", "数标星球",
  "U06 blog advertorial",
  """<p>我在数标星球做了三个月标注，入职前交了培训考证费2680，对公打款给 [[U06.payee|杭州数标星球信息技术有限公司]]。</p>
<p>现在他们还在招人，HR电话 [[U06.phone|19957108866]]，微信 [[U06.wx|SHUBIAO_HR]]</p>""")
P("blog", "post-52", "我是怎么靠AI训练师副业月入过万的（小鹿老师课程笔记）", "U09", "鹿老师AI副业营",
  "U09 blog advertorial",
  """<p>跟着鹿老师AI副业营学了三周，结营送人工智能训练师证书报考名额……</p>
<p>老师微信 [[U09.wx|LuXiaoLu_AI]]，手机 [[U09.phone|136-5571-8899]]</p>""")

CSS = "body{font-family:sans-serif;margin:0;background:#f6f5f4}header{color:#fff;padding:8px 16px}nav a{margin-right:12px;color:#fff}.wrap{display:flex}main{flex:3;padding:16px;background:#fff}aside{flex:1;padding:16px}footer{font-size:12px;color:#555;padding:12px 16px;border-top:1px solid #ccc}.crumb{font-size:12px;color:#777}"

TOKEN = re.compile(r"\[\[(\w\d\d)\.(\w+)\|([^\]]+)\]\]")

def fill_uscc(s):
    for k, o in OPS.items():
        if "uscc" in o["ids"]:
            s = s.replace("{" + k + "uscc}", o["ids"]["uscc"][1])
    return s

def expand(s, rec):
    def rep(m):
        op, key, written = m.group(1), m.group(2), m.group(3)
        kind, value = OPS[op]["ids"][key]
        if rec is not None:
            rec.append((op, [kind, value, written]))
        return written
    return TOKEN.sub(rep, fill_uscc(s))

def path_of(site, slug):
    return f"/{site}/{slug}.html"

def render(site, slug, title, body, rec, crumbs_title):
    S = SITES[site]
    menu = "".join(f"<a href='/{site}/index.html'>{m}</a>" for m in S["menu"])
    siblings = [p for p in PAGES if p["site"] == site and p["slug"] != slug]
    related = "".join(f"<li><a href='{path_of(site, p['slug'])}'>{p['title']}</a></li>" for p in siblings[:6])
    crumbs = f"<a href='/index.html'>导航</a> &gt; <a href='/{site}/index.html'>{S['name']}</a>" + (f" &gt; {crumbs_title}" if crumbs_title else "")
    footer = expand(S["footer"], rec)
    body = expand(body, rec)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {S['name']}</title><style>{CSS}</style></head>
<body><header style="background:{S['color']}"><div class="logo">{S['tag']}</div><nav>{menu}</nav></header>
<div class="crumb">{crumbs}</div>
<div class="wrap"><main><h1>{title}</h1>
{body}
</main><aside><h3>相关推荐</h3><ul>{related}</ul><p><a href="/{site}/index.html">返回{S['name']}</a></p></aside></div>
<footer>{footer}</footer></body></html>
"""

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    truth_pages = []
    for p in PAGES:
        rec = []
        html = render(p["site"], p["slug"], p["title"], p["body"], rec, p["title"][:16])
        path = path_of(p["site"], p["slug"])
        out[path] = html
        owner = p["owner"]
        ids = []
        for op, trip in rec:
            if owner is not None:
                assert op == owner, (path, op)
                if trip not in ids:
                    ids.append(trip)
        truth_pages.append({"path": path, "is_offer": owner is not None, "operator": owner,
                            "provider": p["provider"], "identifiers": ids, "note": p["note"]})
    for site, S in SITES.items():
        items = [p for p in PAGES if p["site"] == site]
        body = "<ul class='list'>" + "".join(
            f"<li><a href='{path_of(site, p['slug'])}'>{p['title']}</a></li>" for p in items) + "</ul>"
        path = f"/{site}/index.html"
        out[path] = render(site, "index", S["name"] + " 首页", body, None, "")
        truth_pages.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                            "identifiers": [], "note": f"non-offer: index page of {S['name']}"})
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>一周搜索记录：人工智能训练师（杭州/烟台）</title></head><body><h1>站点导航</h1><ul>" + "".join(
        f"<li><a href='/{s}/index.html'>{S['name']}</a> — {S['tag']}</li>" for s, S in SITES.items()) + "</ul></body></html>\n"
    out["/index.html"] = hub
    truth_pages.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                        "identifiers": [], "note": "non-offer: hub"})
    for path, html in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    operators = {}
    for k, o in OPS.items():
        if not k.startswith("U"):
            continue
        used = []
        for tp in truth_pages:
            if tp["operator"] == k:
                for kind, value, _ in tp["identifiers"]:
                    if [kind, value] not in used:
                        used.append([kind, value])
        operators[k] = {"brands": o["brands"], "identifiers": used}
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, html in out.items() if any(w in html for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})
    truth = {"pages": sorted(truth_pages, key=lambda t: t["path"]), "operators": operators, "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
