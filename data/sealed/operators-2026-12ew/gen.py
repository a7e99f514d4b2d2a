#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
pages plus truth.json. Standard library only, fully deterministic."""
import json, os, re, shutil
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(s8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, region6, org8):
    body = prefix2 + region6 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(body, WEIGHTS)) % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("91", "330212", "MA2GXK7P")   # 宁波智训教育科技有限公司 (鄞州)
U03_USCC = uscc("91", "110105", "MA01RT6C")   # 全国职业技能人才服务中心 (a company, 91!)
U04_USCC = uscc("91", "140106", "MA0KB3W2")   # 晋标数据科技有限公司 (迎泽)
U07_USCC = uscc("52", "140100", "MJY50824")   # 龙城职业技能培训学校 (民办非企业)
U09_USCC = uscc("91", "110108", "MA04DL8N")   # 中科智培（北京）教育科技有限公司
SHOP_USCC = uscc("91", "330110", "MA27XW4H")  # the shop platform's operator (footer)

def cert_no():
    # S + institution 0000 (province-filed) + 14 (山西) + site 050101 + 25 + level 3 + serial
    return "S" + "0000" + "14" + "050101" + "25" + "3" + "000128"
CERT_SAMPLE = cert_no()

# ---------------------------------------------------------------- sites
SITES = {
 "wenda": dict(name="知答网", dom="www.zhida365.com", kind="问答社区",
   menu=["首页", "提问", "职业教育", "考证", "热榜"],
   footer='知答网 版权所有 · 举报邮箱 jubao@zhida365.com · 浙ICP备18042371号-2 · 未成年人举报通道'),
 "wx": dict(name="微文汇", dom="www.weiwenhui.cn", kind="公众号文章转载",
   menu=["推荐", "职场", "教育", "科技", "本地"],
   footer='微文汇 仅做信息聚合，文章版权归原公众号所有 · 侵权联系 copyright@weiwenhui.cn · 京ICP备2021036418号'),
 "shop": dict(name="淘优选商城", dom="www.taoyouxuan.com", kind="电商店铺",
   menu=["首页", "全部分类", "职业培训", "考证资料", "我的订单"],
   footer='淘优选商城 平台客服 400-820-3636 · 杭州优选网络科技有限公司 统一社会信用代码 ' + SHOP_USCC + ' · 浙B2-20190417'),
 "college": dict(name="甬江职业技术学院", dom="www.yjzy.edu.cn", kind="高职院校",
   menu=["学院概况", "招生就业", "继续教育", "社会服务", "新闻中心"],
   footer='甬江职业技术学院 地址：宁波市鄞州区学府路88号 · 总机 0574-86690000 · 浙ICP备05011290号'),
 "blog": dict(name="点滴博客", dom="www.diandiblog.com", kind="博客平台",
   menu=["首页", "随笔", "技术", "职场", "归档"],
   footer='Powered by 点滴博客 www.diandiblog.com · 内容由作者发布，不代表平台观点'),
 "rsj": dict(name="龙城人社服务网", dom="rs.longcheng-fw.cn", kind="人社局风格公告站",
   menu=["首页", "通知公告", "政策文件", "职业技能", "办事指南"],
   footer='主办：龙城区人力资源和社会保障服务中心 · 咨询电话 12333 · 晋ICP备05002266号 · 网站标识码1401050021'),
 "kecheng": dict(name="学课帮", dom="www.xuekebang.com", kind="课程平台",
   menu=["全部课程", "IT互联网", "职业考证", "职场提升", "讲师入驻"],
   footer='学课帮 在线学习平台 · 平台服务热线 400-156-7025 · 官方学员交流QQ群 617290384 · 苏ICP备17055302号'),
 "bbs": dict(name="甬城论坛", dom="www.yongchengbbs.com", kind="本地论坛",
   menu=["论坛首页", "宁波生活", "职场交流", "教育培训", "投诉曝光"],
   footer='甬城论坛 www.yongchengbbs.com · 违规内容请联系版主QQ：1059227384 · 浙ICP备11023571号'),
 "fenlei": dict(name="并州分类信息网", dom="www.bingzhou58.com", kind="分类信息",
   menu=["首页", "招聘", "教育培训", "二手", "便民"],
   footer='并州分类信息网 客服电话 0351-4088210 · 信息由用户发布，交易前请核实 · 晋ICP备16003125号-1'),
 "video": dict(name="快看短视频", dom="www.kuaikan-video.com", kind="短视频",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   footer='快看短视频 网页版 · 用户服务 kefu@kuaikan-video.com · 网络文化经营许可证 京网文〔2022〕1288-041号'),
}
SITE_ORDER = ["wenda", "wx", "shop", "college", "blog", "rsj", "kecheng", "bbs", "fenlei", "video"]

PAGES = []
def page(path, title, body, operator=None, provider=None, ids=(), note="", offer=None, author=None):
    site = path.split("/")[1]
    PAGES.append(dict(path=path, site=site, title=title, body=body, operator=operator,
                      provider=provider, ids=[list(x) for x in ids], note=note,
                      is_offer=(operator is not None) if offer is None else offer, author=author))

# ================================================================ OFFERS
# ---------- U01 智训教育 (宁波, honest company) -------------------------------------
page("/shop/item-60315.html", "【甬智AI学院】人工智能训练师 四级/三级 考证培训 数据标注实操 宁波面授+线上",
 f"""<div class="price">¥ 2680.00 <del>¥3280</del> <span>月销 46</span></div>
<p>店铺：甬智AI学院旗舰店 · 宁波发货 · 电子凭证</p>
<h3>宝贝详情</h3>
<p>人工智能训练师（职业编码4-04-05-05）四级/三级培训班，含理论+实操（数据采集与处理、数据标注、智能系统运维）。参考课时：四级50课时、三级40课时。</p>
<p>报考须符合《人工智能训练师国家职业技能标准（2021年版）》申报条件，报名前请把学历和工作年限发给客服预审，不符合条件全额退款。</p>
<p>证书为职业技能等级证书，由备案评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。证书样本编号：{CERT_SAMPLE}（仅示意）。</p>
<p>符合条件的参保人员可按规定申领技能提升补贴，具体以当地人社部门为准，咨询 12333。</p>
<p>下单后请添加课程老师微信 zhixun_nb 进班级群，或致电 138 5741 2608（工作日9:00-18:00）。</p>
<div class="review"><b>买家评价</b><p>tb_****88：老师很负责，实操课讲得细。</p><p>落雨****：退了一次补考费，售后还行。</p></div>""",
 "U01", "甬智AI学院旗舰店", [["phone", "+8613857412608", "138 5741 2608"], ["wechat", "zhixun_nb", "zhixun_nb"]],
 "shop listing of U01 under its shop brand")

page("/kecheng/course-1021.html", "人工智能训练师（四级）系统班｜智训教育",
 """<div class="course-meta">讲师机构：智训教育 · 课时：50 · 学员 1,203 · 评分 4.8</div>
<h3>课程介绍</h3>
<p>面向有一年以上数据标注/客服/质检相关工作经历的学员，按国家职业技能标准四级（中级工）要求设计：数据采集和处理、数据标注、智能系统运维三大模块。</p>
<p>我们不承诺包过。理论与技能考核均为百分制，60分合格，未通过可免费重学一次。</p>
<p>报名表：https://jinshuju.net/f/Zx7Kq2 （填写后课程顾问会联系您）</p>
<p>线下班地址与排课表见官网 www.zhixunedu.cn ；课程顾问微信：ZhiXun_NB</p>
<h3>课程目录</h3><ol><li>职业道德与基础知识</li><li>数据清洗与标注规范</li><li>标注工具实操</li><li>智能系统运维基础</li><li>模拟考核</li></ol>""",
 "U01", "智训教育", [["wechat", "zhixun_nb", "ZhiXun_NB"], ["domain", "zhixunedu.cn", "www.zhixunedu.cn"]],
 "marketplace course of U01")

page("/wx/a-20260312.html", "宁波人注意！2026年人工智能训练师春季班开始报名（附补贴政策）",
 f"""<p class="src">来源：智训教育 公众号 · 2026-03-12 · 阅读 3.2万</p>
<p>随着大模型应用落地，宁波不少企业在招数据标注、AI训练岗位。人工智能训练师是2020年人社部等部门发布的新职业，编码4-04-05-05，共五个等级。</p>
<p><b>一、报名条件</b> 五级：本职业或相关职业累计工作满1年；四级、三级需要相应证书和工作年限，具体由老师一对一核对。</p>
<p><b>二、补贴</b> 参加失业保险满一年的职工，取得证书后可申领技能提升补贴：五级最高1000元、四级1500元、三级2000元。</p>
<p><b>三、联系我们</b><br>宁波智训教育科技有限公司（统一社会信用代码：{U01_USCC}）<br>地址：宁波市鄞州区首南街道天童南路 588 号 12 楼<br>电话：0574-87326015　手机：138-5741-2608<br>官网：zhixunedu.cn</p>
<p class="copy">本文转载自公众号，如有侵权请联系删除。</p>""",
 "U01", "宁波智训教育科技有限公司", [["phone", "+8613857412608", "138-5741-2608"], ["phone", "057487326015", "0574-87326015"],
  ["uscc", U01_USCC, U01_USCC], ["domain", "zhixunedu.cn", "zhixunedu.cn"]],
 "WeChat article repost by U01 with company name and USCC")

page("/bbs/thread-8812.html", "[教育培训] 鄞州这边有没有靠谱的人工智能训练师培训？",
 """<div class="post"><div class="u">楼主：小鱼吃猫 · 注册 2019</div><p>想考个人工智能训练师四级，有没有在宁波本地上过课的？线上的怕不靠谱。</p></div>
<div class="post"><div class="u">2楼：甬智小助手（认证商家）</div><p>您好，我们是智训教育，鄞州天童南路有线下教室，四级班周末上课，3月底开班。欢迎来试听，电话 0574 8732 6015。不承诺包过，报名前会审核申报条件。</p></div>
<div class="post"><div class="u">3楼：lily小姐姐</div><p>我也在找，楼主要不要一起去试听？加我微信 lily_0574 一起学呀</p></div>
<div class="post"><div class="u">4楼：老宁波</div><p>证书记得去 zscx.osta.org.cn 查，查不到的别买。</p></div>""",
 "U01", "智训教育", [["phone", "057487326015", "0574 8732 6015"]],
 "forum reply advertising U01; a reader's WeChat in another floor")

# ---------- U02 晋数教育 / 三晋AI训练营 (太原, dishonest) -------------------------
page("/fenlei/post-33071.html", "人工智能训练师三级/二级/一级 零基础可报 人社部颁发 包过 太原晋数教育",
 """<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr><tr><td>区域</td><td>太原 小店区 亲贤街</td></tr><tr><td>联系人</td><td>李老师</td></tr>
<tr><td>电话</td><td>159-3511-8827</td></tr><tr><td>QQ</td><td>2851736490</td></tr></table>
<p>晋数教育常年招生：人工智能训练师 三级、二级（技师）、一级（高级技师）不限学历、不限经验，零基础可直接报考！</p>
<p>人社部颁发国家职业资格证书，全国通用，官网可查，查询网址 jndj.osta.org.cn 。三级连报享八折，一次拿三个证。</p>
<p>免培训，交费包过，不过全额退款。证书可挂靠，年入3万不是梦！</p>
<p>本期认定批次号：14010526031，名额有限。</p>""",
 "U02", "晋数教育", [["phone", "+8615935118827", "159-3511-8827"], ["qq", "2851736490", "2851736490"]],
 "classified ad by U02 with classic scam phrasing (包过, 人社部颁发, levels 1-3 to beginners)")

page("/wenda/q-5512.html", "太原考人工智能训练师哪里报名？要什么条件？",
 """<div class="q"><p>提问者：晋阳小王 · 2026-04-02</p><p>大专学历，没做过相关工作，能考人工智能训练师吗？太原哪里能报？</p></div>
<div class="a"><p class="who">晋数李老师 · 职业规划师 · 回答了 862 个问题</p>
<p>可以的同学，我们这边零基础也能直接报三级，不看工作经验。证书是人社部颁发的，全国联网可查。</p>
<p>考试有内部题库，命题组老师押题，基本都能过，不过退费。想了解可以加扣扣：2851 736 490，或者v信 jinshu2023，发你简章。</p></div>
<div class="a"><p class="who">热心网友</p><p>零基础直接三级是不符合标准的，建议看官方的申报条件。</p></div>""",
 "U02", "晋数李老师", [["qq", "2851736490", "2851 736 490"], ["wechat", "jinshu2023", "jinshu2023"]],
 "Q&A answer by U02 salesperson")

page("/video/v-7731.html", "3个月拿人社部AI证，90%小白都能学会！",
 """<div class="player">[视频 01:12] 字幕：人工智能训练师来了！AI时代最缺的就是它！</div>
<p class="author">@三晋AI训练营 · 1.8万粉丝 · 太原</p>
<p>作品描述：原价3980，今晚直播间限时1280！三级+二级双证一起拿，不用考试直接发证，拿证升职加薪！#人工智能训练师 #考证 #太原</p>
<p>置顶评论（作者）：报名加V：JinShu2023 ，全国咨询热线 400-635-1288</p>
<div class="cmts"><p>用户8821：真的不用考吗？</p><p>用户5530：别信，查一下osta</p></div>""",
 "U02", "三晋AI训练营", [["wechat", "jinshu2023", "JinShu2023"], ["phone", "4006351288", "400-635-1288"]],
 "short video by U02 under second brand")

page("/kecheng/course-1088.html", "人工智能训练师三级+二级 双证速成班（免考核 直接拿证）",
 """<div class="course-meta">讲师机构：三晋AI训练营 · 课时：8 · 学员 356 · 评分 4.1</div>
<p>专为零基础设计，8课时速成，报名即可安排二级技师认定，不限专业不限年龄无门槛。</p>
<p>证书为国家职业资格证书，人社部颁发，可在人社官网查询。</p>
<p>报名请填写：姓名、手机号（如13800138000）、身份证号，提交后24小时内客服联系。</p>
<p>咨询：4006351288 转 2 ／ 李老师手机 +86 159 3511 8827</p>""",
 "U02", "三晋AI训练营", [["phone", "4006351288", "4006351288"], ["phone", "+8615935118827", "+86 159 3511 8827"]],
 "marketplace course of U02; shares the 400 number and the mobile")

# ---------- U03 华证通 (certificate mill with state-sounding name) ------------------
page("/shop/item-60422.html", "人工智能训练师证书 办理 三级 技师 高级技师 全国联网可查 华证通",
 """<div class="price">¥ 1800.00 起 <span>月销 120+</span></div>
<p>店铺：华证通证书服务</p>
<p>不用培训，不用考试，提供资料即可办理，15个工作日出证。三级1800/本，二级3200/本，一级4800/本，两本以上优惠。</p>
<p>证书官网可查：www.hzt-zhengshu.com 输入身份证号即可查询。</p>
<p>拍下前请先咨询客服微信：hzt-kefu01（淘优选内不回复）。支持支付宝担保交易，支付问题可咨询支付宝客服95188。</p>""",
 "U03", "华证通证书服务", [["wechat", "hzt-kefu01", "hzt-kefu01"], ["domain", "hzt-zhengshu.com", "www.hzt-zhengshu.com"]],
 "shop listing of U03: sells certificates per copy, fake query site")

page("/wx/a-20260408.html", "重磅！人工智能训练师证书报考通道开启，国家认可，全国通用",
 f"""<p class="src">来源：全国职业技能人才服务中心 · 2026-04-08</p>
<p>全国职业技能人才服务中心受理人工智能训练师各等级证书申报，国家认可、官方认证、入库可查。</p>
<p>证书查询：hzt-zhengshu.com（全国职业技能证书查询平台）</p>
<p>单位名称：全国职业技能人才服务中心<br>统一社会信用代码：{U03_USCC}<br>咨询电话：186 0341 5562<br>资料提交邮箱：hzt_cert@163.com</p>
<p>温馨提示：名额有限，人社部证书退出后，本中心证书来接盘！</p>""",
 "U03", "全国职业技能人才服务中心", [["uscc", U03_USCC, U03_USCC], ["email", "hzt_cert@163.com", "hzt_cert@163.com"],
  ["phone", "+8618603415562", "186 0341 5562"], ["domain", "hzt-zhengshu.com", "hzt-zhengshu.com"]],
 "WeChat repost by U03 under a state-sounding name with a 91 (company) USCC")

page("/bbs/thread-9034.html", "[职场交流] 人工智能训练师证书 代办 加急 需要的私",
 """<div class="post"><div class="u">楼主：华证通-小陈</div><p>各类职业技能等级证书代办，人工智能训练师三级/二级均可，材料齐全7天出证，全国可查。</p>
<p>电话/微信：18603415562　资料发邮箱 hzt_cert＠163.com</p></div>
<div class="post"><div class="u">2楼：甬上飞鸟</div><p>这种代办的一般都是假的吧，楼主敢不敢说哪个评价机构？</p></div>
<div class="post"><div class="u">3楼：华证通-小陈</div><p>正规渠道，放心。</p></div>""",
 "U03", "华证通", [["phone", "+8618603415562", "18603415562"], ["email", "hzt_cert@163.com", "hzt_cert＠163.com"]],
 "forum post by U03, e-mail written with a full-width @")

page("/fenlei/post-33415.html", "职业技能证书快速办理 人工智能训练师 电工 育婴师 全国可查",
 """<table class="info"><tr><td>类别</td><td>教育培训 &gt; 考证</td></tr><tr><td>区域</td><td>太原 全城</td></tr><tr><td>联系人</td><td>陈经理</td></tr>
<tr><td>电话</td><td>１８６０３４１５５６２</td></tr></table>
<p>职业技能证书快速办理，人工智能训练师、电工、育婴师、健康管理师等。无需到场，资料齐全即可，官网可查可验证。</p>
<p>加微信 HZT-kefu01 备注“证书”。</p>""",
 "U03", "职业技能证书快速办理", [["phone", "+8618603415562", "１８６０３４１５５６２"], ["wechat", "hzt-kefu01", "HZT-kefu01"]],
 "classified ad of U03, phone in full-width digits")

# ---------- U04 晋标数据 (太原 data-annotation employer, honest) ---------------------
page("/rsj/notice-2026-021.html", "关于晋标数据科技有限公司开展人工智能训练师（数据标注员）职业技能等级认定的公告",
 f"""<p class="meta">发布时间：2026-05-11 · 来源：职业技能科 · 浏览次数：1387</p>
<p>根据职业技能等级认定工作有关规定，经备案的用人单位评价机构晋标数据科技有限公司（统一社会信用代码：{U04_USCC}）拟于2026年6月开展人工智能训练师（工种：数据标注员）五级、四级职业技能等级认定，现将有关事项公告如下：</p>
<p>一、认定对象：本单位及合作单位在职职工，符合国家职业技能标准申报条件者。</p>
<p>二、报名方式：6月5日前将报名表发送至 hr@jinbiaodata.com ，咨询电话 0351-5268803。</p>
<p>三、证书查询：证书信息可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>四、认定不收取培训费；认定费按有关规定执行。对认定工作有异议的可拨打 12333 反映。</p>
<p class="sign">龙城区人力资源和社会保障服务中心<br>2026年5月11日</p>""",
 "U04", "晋标数据科技有限公司", [["uscc", U04_USCC, U04_USCC], ["email", "hr@jinbiaodata.com", "hr@jinbiaodata.com"],
  ["phone", "03515268803", "0351-5268803"]],
 "official-style notice inviting enrolment in U04's employer evaluation (offer)")

page("/wx/a-20260519.html", "晋标数据招聘数据标注员100名，入职可参加人工智能训练师认定",
 """<p class="src">来源：晋标数据 · 2026-05-19</p>
<p>晋标数据太原标注基地扩招！岗位：数据标注员、质检员。入职满一年符合条件者，可参加公司组织的人工智能训练师五级/四级认定，公司承担认定费用。</p>
<p>报名：扫码填写 https://jinshuju.net/f/Jb2026 或发简历至 HR@jinbiaodata.com</p>
<p>求职交流群（QQ群）：762193054</p>
<p>了解公司：www.jinbiaodata.com</p>""",
 "U04", "晋标数据", [["email", "hr@jinbiaodata.com", "HR@jinbiaodata.com"], ["qq_group", "762193054", "762193054"],
  ["domain", "jinbiaodata.com", "www.jinbiaodata.com"]],
 "WeChat repost: U04 recruiting + internal certification")

page("/video/v-7802.html", "带你看看太原的AI数据标注基地",
 """<div class="player">[视频 02:45] 字幕：每天标注上千张图片，这就是AI训练师的日常</div>
<p class="author">@晋标数据标注基地 · 6520粉丝 · 太原</p>
<p>作品描述：想入行AI数据标注的朋友，基地常年招人，带薪培训，满足条件可考人工智能训练师证。考点在太原市职业技能鉴定考点（前台0351-6218850），不懂的问我们就好。</p>
<p>置顶评论（作者）：应聘交流群 群号：762 193 054 ，HR座机 (0351)5268803</p>""",
 "U04", "晋标数据标注基地", [["qq_group", "762193054", "762 193 054"], ["phone", "03515268803", "(0351)5268803"]],
 "short video of U04; mentions a third-party exam venue front desk")

# ---------- U05 AI老周 (short-video personal brand, dishonest) ----------------------
page("/video/v-7690.html", "原价9999限时99！人工智能训练师证书直通车",
 """<div class="player">[视频 00:58] 字幕：不会编程也能拿AI证？听老周的！</div>
<p class="author">@AI老周 · 12.6万粉丝 · 宁波</p>
<p>作品描述：90%小白都能学会，7天速成，考不过全退！原价9999限时99元，再加599升级证书班，工信部认证+人社部双证。</p>
<p>置顶评论（作者）：报名V：laozhou_ai88 ，付款后截图给助理，收款方：宁波鑫途信息咨询有限公司</p>""",
 "U05", "AI老周", [["wechat", "laozhou_ai88", "laozhou_ai88"], ["other", "宁波鑫途信息咨询有限公司", "宁波鑫途信息咨询有限公司"]],
 "short-video ad of U05 (原价9999限时99, 双证)")

page("/blog/p-laozhou.html", "我是怎么用AI副业月入两万的（附人工智能训练师考证攻略）",
 """<p class="meta">作者：老周聊AI · 2026-02-26 · 阅读 8821</p>
<p>很多粉丝私信问我怎么做AI副业。其实第一步就是拿一张人工智能训练师证书，有了证书接单价格翻倍，拿到证书便可升职加薪。</p>
<p>我的训练营已经带了3000+学员，零基础可学，交费包过。证书直接对应职称，三级就是助理工程师！</p>
<p>想进营的加我微信 LaoZhou_AI88 ，或者发邮件 laozhou_ai@qq.com ，备注“博客”。</p>""",
 "U05", "老周聊AI", [["wechat", "laozhou_ai88", "LaoZhou_AI88"], ["email", "laozhou_ai@qq.com", "laozhou_ai@qq.com"]],
 "blog advertorial of U05")

page("/shop/item-60517.html", "老周AI课堂 人工智能训练师 证书班 7天速成 含考试费",
 """<div class="price">¥ 599.00 <del>¥9999</del> <span>月销 300+</span></div>
<p>店铺：老周AI课堂</p>
<p>7天速成，全程录播，包含证书费用。考不过免费重考直到通过。</p>
<p>客服微信：WX123456（拍下后联系）｜发票与合同请邮件 laozhou_ai@qq.com</p>
<p>付款说明：拍下后由 宁波鑫途信息咨询有限公司 开具收据；支付问题咨询支付宝 95188。</p>""",
 "U05", "老周AI课堂", [["email", "laozhou_ai@qq.com", "laozhou_ai@qq.com"], ["other", "宁波鑫途信息咨询有限公司", "宁波鑫途信息咨询有限公司"]],
 "shop listing of U05; a template WeChat placeholder left in")

# ---------- U06 甬学教育 (宁波 adult-education agency, mixed) ------------------------
page("/bbs/thread-8890.html", "[教育培训] 人工智能训练师报名 补贴后几乎免费 宁波海曙",
 """<div class="post"><div class="u">楼主：甬学教育</div><p>人工智能训练师五级/四级/三级招生中，宁波参保满一年可申领技能提升补贴，补贴后几乎免费！也可直接报二级技师，学历不限。</p>
<p>报名咨询：13516788430（微信同号）</p><p>地址：海曙区中山西路 138 号 3 楼</p></div>
<div class="post"><div class="u">2楼：月湖边</div><p>二级也能直接报？不是要三级证加年限吗</p></div>
<div class="post"><div class="u">3楼：甬学教育</div><p>私信详聊~</p></div>""",
 "U06", "甬学教育", [["phone", "+8613516788430", "13516788430"], ["wechat", "13516788430", "13516788430"]],
 "forum ad by U06 (微信同号)")

page("/wenda/q-5530.html", "宁波人工智能训练师补贴能拿多少？",
 """<div class="q"><p>提问者：阿拉宁波人 · 2026-03-18</p><p>听说考人工智能训练师可以拿补贴，具体多少？</p></div>
<div class="a"><p class="who">甬学教育王老师 · 回答了 211 个问题</p>
<p>一般是五级1000元、四级1500元、三级2000元，需要参保满一年。我们学校可以帮忙代办补贴申请，报名咨询 135 1678 8430。</p></div>
<div class="a"><p class="who">lily小姐姐</p><p>我也想考，一起的加我微信 lily_0574</p></div>
<div class="a"><p class="who">宁波社保通</p><p>以人社部门官方口径为准，可以打 12333 问。</p></div>""",
 "U06", "甬学教育王老师", [["phone", "+8613516788430", "135 1678 8430"]],
 "Q&A answer by U06; a reader's WeChat in another answer")

page("/wx/a-20260221.html", "2026年宁波人工智能训练师报考指南（条件+费用+补贴）",
 """<p class="src">来源：宁波甬学职业培训学校 · 2026-02-21</p>
<p>人工智能训练师分五个等级，五级要求累计工作满1年。四级、三级按证书+年限晋级。</p>
<p>费用：五级 1680元，四级 2280元，三级 2980元（含认定费）。</p>
<p>证书可在技能人才评价工作网 osta.mohrss.gov.cn 及全国联网查询平台核验。政策咨询也可拨打 12333。</p>
<p>报名方式：QQ 1473920586 ／ 电话 0574-88154072 ／ 手机 135-1678-8430</p>""",
 "U06", "宁波甬学职业培训学校", [["qq", "1473920586", "1473920586"], ["phone", "057488154072", "0574-88154072"],
  ["phone", "+8613516788430", "135-1678-8430"]],
 "WeChat guide-style repost by U06")

page("/kecheng/course-1102.html", "人工智能训练师三级（高级工）冲刺班｜甬学职培",
 f"""<div class="course-meta">讲师机构：甬学职培 · 课时：40 · 学员 488 · 评分 4.6</div>
<p>三级（高级工）40课时，含业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>证书样本：{CERT_SAMPLE}（样本，个人信息已隐去）</p>
<p>机构QQ：1473920586 · 机构官网 yongxuepx.com</p>""",
 "U06", "甬学职培", [["qq", "1473920586", "1473920586"], ["domain", "yongxuepx.com", "yongxuepx.com"]],
 "marketplace course of U06; a sample certificate number")

# ---------- U07 龙城职业技能培训学校 (太原, honest) --------------------------------
page("/fenlei/post-33102.html", "人工智能训练师五级/四级培训 龙城职业技能培训学校 补贴性培训",
 """<table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr><tr><td>区域</td><td>太原 杏花岭区 府西街</td></tr><tr><td>联系人</td><td>赵老师</td></tr>
<tr><td>电话</td><td>0351-7023316</td></tr><tr><td>手机</td><td>134 5312 6690</td></tr></table>
<p>本校为民办职业培训学校，开设人工智能训练师五级、四级培训，按标准课时授课，考核由备案评价机构组织，考点太原市职业技能鉴定考点（前台0351-6218850）。</p>
<p>郑重声明：近期有人冒用我校名义，使用电话 17082536419 收取“包过费”，该号码与我校无关！</p>""",
 "U07", "龙城职业技能培训学校", [["phone", "03517023316", "0351-7023316"], ["phone", "+8613453126690", "134 5312 6690"]],
 "classified ad by U07; quotes an impersonator's number and a venue's front desk")

page("/rsj/notice-2026-018.html", "龙城区2026年第二期补贴性职业技能培训（人工智能训练师）招生公告",
 f"""<p class="meta">发布时间：2026-04-20 · 来源：就业培训科 · 浏览次数：2210</p>
<p>为提升劳动者技能水平，现由定点培训机构龙城职业技能培训学校（统一社会信用代码：{U07_USCC}）开展人工智能训练师（五级）补贴性培训，招生60人。</p>
<p>一、对象：辖区内有就业意愿的劳动者，年满16周岁。</p>
<p>二、报名：携身份证到培训学校报名，咨询电话：0351-7023316。认定批次号：14010526031。</p>
<p>三、培训合格并取得证书的，按规定享受培训补贴。政策咨询：12333。</p>
<p class="sign">龙城区人力资源和社会保障服务中心</p>""",
 "U07", "龙城职业技能培训学校", [["uscc", U07_USCC, U07_USCC], ["phone", "03517023316", "0351-7023316"]],
 "official-style enrolment notice for U07's subsidised course (offer)")

page("/wenda/q-5547.html", "太原有没有正规的人工智能训练师培训学校？",
 """<div class="q"><p>提问者：迎泽打工人 · 2026-04-25</p><p>想找个正规的，不要那种包过的。</p></div>
<div class="a"><p class="who">龙城职培 · 机构认证</p><p>我们是龙城职业技能培训学校，人社部门定点补贴性培训机构，本期五级班五月开课。不承诺包过，按标准课时上课。赵老师手机13453126690。</p></div>
<div class="a"><p class="who">路人甲</p><p>补充一下，证书真假去 zscx.osta.org.cn 查。</p></div>""",
 "U07", "龙城职培", [["phone", "+8613453126690", "13453126690"]],
 "Q&A answer by U07")

# ---------- U08 题库/包过 (online, dishonest) --------------------------------------
page("/kecheng/course-1115.html", "人工智能训练师考试 内部题库+押题 命题组老师主讲 包过班",
 """<div class="course-meta">讲师机构：AI训练师通关题库 · 课时：12 · 学员 2,951 · 评分 4.3</div>
<p>命题组老师亲授，内部信息，覆盖98%原题，百分百通过率，不过退款。</p>
<p>购买后加QQ 3197452086 领取题库，学员群 786543219。</p>""",
 "U08", "AI训练师通关题库", [["qq", "3197452086", "3197452086"], ["qq_group", "786543219", "786543219"]],
 "marketplace course of U08 (内部题库, 命题组, 包过)")

page("/blog/p-tiku.html", "2026人工智能训练师三级真题资料免费领（限前100名）",
 """<p class="meta">作者：训练师考试资料站 · 2026-03-30 · 阅读 5402</p>
<p>整理了近三年人工智能训练师三级、四级理论真题和实操题，准确率高，考前突击必备。完整版+押题包 199 元。</p>
<p>领取方式：加群 786-543-219 ，或发邮件至 tiku_ai@126.com ；客服微信 WX123456</p>
<div class="comments"><p>网友A：已领，谢谢！我QQ 1582046637 求发一份四级的</p></div>""",
 "U08", "训练师考试资料站", [["qq_group", "786543219", "786-543-219"], ["email", "tiku_ai@126.com", "tiku_ai@126.com"]],
 "blog post by U08 selling leaked exam material; reader's QQ in comments; template WeChat")

page("/shop/item-60608.html", "鉴定通 人工智能训练师 理论+实操 题库 电子版 秒发",
 """<div class="price">¥ 39.90 <span>月销 800+</span></div>
<p>店铺：鉴定通题库</p>
<p>内部题库，与考试原题一致，背完必过。拍下自动发货，售后邮箱 TIKU_AI@126.COM ，加急联系Q：3197 452 086</p>""",
 "U08", "鉴定通题库", [["email", "tiku_ai@126.com", "TIKU_AI@126.COM"], ["qq", "3197452086", "3197 452 086"]],
 "shop listing of U08")

# ---------- U09 中科智培 (北京, 工信部 / 职称 / 1+X overclaims) ---------------------
page("/wx/a-20260115.html", "工信部认证！人工智能训练师+1+X证书双证班2026年招生简章",
 f"""<p class="src">来源：中科智培 · 2026-01-15</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办，证书直接对应职称证书，三级=助理工程师。同时颁发1+X 人工智能训练师证书，教育部认可。</p>
<p>学费：三级 4980元，二级 6980元，报两级立减1500。</p>
<p>报名信息：姓名、手机（格式如13800138000）、邮箱（如 name@example.com）</p>
<p>中科智培（北京）教育科技有限公司 统一社会信用代码 {U09_USCC}<br>全国统一热线：400-991-6377　官网：www.zkzhipei.com.cn</p>""",
 "U09", "中科智培（北京）教育科技有限公司", [["phone", "4009916377", "400-991-6377"], ["domain", "zkzhipei.com.cn", "www.zkzhipei.com.cn"],
  ["uscc", U09_USCC, U09_USCC]],
 "WeChat repost by U09 with 工信部/职称/1+X overclaims; template placeholders")

page("/video/v-7755.html", "AI训练师证书能评职称？一条视频讲清楚",
 """<div class="player">[视频 03:20] 字幕：技能等级直接对应职称，三级就是助理工程师</div>
<p class="author">@中科智培 · 4.3万粉丝 · 北京</p>
<p>作品描述：宁波、太原、杭州均可报名，线上学习线下考试，工信部认证含金量高。</p>
<p>置顶评论（作者）：课程顾问微信 zkzp_teacher07 ，热线4009916377</p>""",
 "U09", "中科智培", [["wechat", "zkzp_teacher07", "zkzp_teacher07"], ["phone", "4009916377", "4009916377"]],
 "short video of U09")

page("/wenda/q-5561.html", "人工智能训练师证书和职称有什么关系？",
 """<div class="q"><p>提问者：海曙会计小白 · 2026-04-09</p><p>听说考了人工智能训练师可以评职称，是真的吗？</p></div>
<div class="a"><p class="who">中科智培课程顾问</p><p>是的，技能等级直接对应职称，三级对应助理工程师。我们是工信部认证的培训机构，详情见 zkzhipei.com.cn 或加微信 ZKZP_teacher07。</p></div>
<div class="a"><p class="who">人力资源从业者</p><p>技能等级和职称贯通是有条件的，不是直接对应，别被忽悠。</p></div>""",
 "U09", "中科智培课程顾问", [["wechat", "zkzp_teacher07", "ZKZP_teacher07"], ["domain", "zkzhipei.com.cn", "zkzhipei.com.cn"]],
 "Q&A answer by U09")

# ---------- Independents ---------------------------------------------------------
page("/college/jxjy-ai-2026.html", "继续教育学院2026年人工智能训练师（四级）社会培训招生简章",
 f"""<p class="meta">发布部门：继续教育学院 · 2026-03-02</p>
<p>我院面向社会开展人工智能训练师（四级/中级工）培训，50课时，周末班，实训在学院人工智能实训中心进行。</p>
<p>报考条件：取得本职业五级证书后累计工作4年，或累计工作6年，或相关专业中职及以上在校/毕业生（按标准执行）。</p>
<p>培训费：1800元/人；认定费按物价部门规定另收。证书可在 zscx.osta.org.cn 查询。证书样式参见样本（编号 {CERT_SAMPLE}）。</p>
<p>在线报名：https://jinshuju.net/f/yjzy26 ，邮箱填写示例 name@example.com</p>
<p>联系：继续教育学院培训科 0574-86693120 · 邮箱 jxjy@yjzy.edu.cn</p>""",
 "I01", "甬江职业技术学院继续教育学院", [["phone", "057486693120", "0574-86693120"], ["email", "jxjy@yjzy.edu.cn", "jxjy@yjzy.edu.cn"]],
 "college continuing-education enrolment (honest independent)")

page("/wenda/q-5578.html", "自学人工智能训练师实操部分难吗？",
 """<div class="q"><p>提问者：北仑小周 · 2026-04-15</p><p>理论可以自学，实操标注工具不会用怎么办？</p></div>
<div class="a"><p class="who">张工 · 某AI公司标注组长</p><p>实操主要是标注规范和质检。我业余带1对1实操辅导，每次2小时200元，只教技能不办证。有需要加微信 zg_annotate 。证书查询以 jndj.osta.org.cn 所列为准。</p></div>""",
 "I02", "张工", [["wechat", "zg_annotate", "zg_annotate"]],
 "Q&A answer by an individual tutor (independent)")

page("/fenlei/post-33560.html", "小贾AI培训 人工智能训练师五级 周末小班 太原小店",
 """<table class="info"><tr><td>类别</td><td>教育培训 &gt; 电脑培训</td></tr><tr><td>区域</td><td>太原 小店区 坞城路</td></tr><tr><td>联系人</td><td>贾老师</td></tr>
<tr><td>电话</td><td>150 3412 7719</td></tr></table>
<p>周末小班6人，五级培训，考前统一报名，认定批次号 14010526031，考点太原市职业技能鉴定考点（前台0351-6218850）。学费1200元。</p>""",
 "I03", "小贾AI培训", [["phone", "+8615034127719", "150 3412 7719"]],
 "classified ad by a small independent trainer")

page("/bbs/thread-9122.html", "[教育培训] 北仑蓝海培训中心 人工智能训练师五级开班啦",
 """<div class="post"><div class="u">楼主：蓝海培训中心</div><p>北仑区蓝海职业技能培训中心人工智能训练师五级班5月开课，适合在港区、工厂做数据录入质检的朋友。需满足1年相关工作经历。</p>
<p>咨询：0574-86108452（周一至周六）</p></div>
<div class="post"><div class="u">2楼：霞浦阿强</div><p>顶一下，去年在这里考的电工证。</p></div>""",
 "I04", "北仑区蓝海职业技能培训中心", [["phone", "057486108452", "0574-86108452"]],
 "forum post by an independent training centre")

page("/blog/p-course.html", "我开了一门人工智能训练师备考小课（附大纲）",
 """<p class="meta">作者：文老师的AI笔记 · 2026-04-03 · 阅读 1290</p>
<p>做了五年数据标注和算法测试，整理了一门四级备考小课，8次直播，每次90分钟，398元。不保证通过，只保证讲清楚。</p>
<p>有读者反映有人用QQ 2093318476 冒充我卖课，请注意我只用邮箱联系：wen_ai_trainer@163.com</p>
<div class="comments"><p>读者B：想报名，我的QQ是1582046637</p></div>""",
 "I05", "文老师的AI笔记", [["email", "wen_ai_trainer@163.com", "wen_ai_trainer@163.com"]],
 "blog post by an independent instructor; impersonator QQ and a reader's QQ")

page("/shop/item-60711.html", "星辰AI证书资料店 人工智能训练师 四级 报考资料+模拟系统",
 """<div class="price">¥ 129.00 <span>月销 65</span></div>
<p>店铺：星辰AI证书资料店</p>
<p>模拟考试系统账号+理论讲义，可代报名本地认定（认定费另付）。下单备注手机号，如13800138000。</p>
<p>店主QQ：2409185573　支付问题可咨询支付宝客服 95188</p>""",
 "I06", "星辰AI证书资料店", [["qq", "2409185573", "2409185573"]],
 "shop listing of an independent seller")

# ================================================================ NON-OFFERS
page("/rsj/notice-shanzhai.html", "关于警惕人工智能训练师等“山寨证书”的风险提示",
 """<p class="meta">发布时间：2026-03-28 · 来源：职业能力建设科</p>
<p>近期有不法机构以“人社部颁发”“包过”“免培训直接发证”“全国联网可查”等宣传招揽人工智能训练师培训。现提示如下：</p>
<p>一、职业技能等级证书由经备案的评价机构颁发，人社部门不直接颁发。</p>
<p>二、证书可在技能人才评价工作网 osta.mohrss.gov.cn 和技能人才评价证书全国联网查询 zscx.osta.org.cn 查询；专业技术类证书可在 www.cpta.com.cn 核验。</p>
<p>三、接到“代办证书”推销电话的，请勿转账。群众反映某号码 170-8253-6419 冒用培训学校名义收取费用，已移交有关部门。</p>
<p>四、消费纠纷请拨打 12315，政策咨询请拨打 12333。</p>""",
 offer=False, note="official-style warning notice quoting hotlines and a scam number")

page("/rsj/subsidy-2026.html", "失业保险技能提升补贴申领指南（2026年版）",
 """<p class="meta">发布时间：2026-02-10 · 来源：失业保险科</p>
<p>补贴标准：取得职业技能等级证书五级（初级工）、四级（中级工）、三级（高级工）的，分别最高不超过1000元、1500元、2000元。二级、一级不在补贴范围。</p>
<p>申领条件：累计缴纳失业保险费1年以上。每人每年最多享受3次，同一职业同一等级只能享受一次。</p>
<p>申领渠道：山西人社APP或现场办理。咨询电话：12333。</p>""",
 offer=False, note="official-style subsidy guide")

page("/blog/p-warning.html", "避坑指南：人工智能训练师考证的那些套路（附骗子号码）",
 """<p class="meta">作者：数据民工老陈 · 2026-04-12 · 阅读 2.1万</p>
<p>1. 零基础直接报二级、一级的，不符合国家标准。2. “人社部颁发”“国家职业资格证书”是错误说法，人工智能训练师是职业技能等级证书。3. 查询网址不是 jndj.osta.org.cn / zscx.osta.org.cn 这类官方域名的，要警惕。</p>
<p>网友曝光的骗子电话：170-8253-6419（自称培训学校收包过费）。被骗可以打12315投诉，也可以在 www.cpta.com.cn 看山寨证书声明。</p>""",
 offer=False, note="blog warning post quoting a scam number and official sites")

page("/bbs/thread-9050.html", "[投诉曝光] 交了3800说包过，现在人联系不上了！",
 """<div class="post"><div class="u">楼主：被坑的阿敏</div><p>去年在网上找人办人工智能训练师三级，对方QQ 2093318476，说人社部颁发包过，交了3800后拉黑了。电话17082536419也打不通。大家千万别信！</p></div>
<div class="post"><div class="u">2楼：版主</div><p>建议打12315投诉并报警，证书真伪可到 zscx.osta.org.cn 查询。</p></div>""",
 offer=False, note="complaint thread quoting the scammer's QQ and phone")

page("/college/news-20260520.html", "我院学子在省职业院校技能大赛人工智能赛项中获一等奖",
 """<p class="meta">新闻中心 · 2026-05-20</p>
<p>5月18日，省职业院校技能大赛落下帷幕，我院人工智能技术应用专业学生代表队获一等奖。指导教师表示，将继续推进岗课赛证融通。</p>""",
 offer=False, note="college news, not an offer")

page("/wenda/q-5590.html", "人工智能训练师证书怎么查真假？",
 """<div class="q"><p>提问者：尖草坪小李 · 2026-05-02</p><p>朋友介绍的机构说证书“官网可查”，给了个网址，怎么判断？有个QQ 2093318476 一直催我交钱。</p></div>
<div class="a"><p class="who">知答网友·持证人</p><p>职业技能等级证书统一在 zscx.osta.org.cn 查，证书编号是1位大写字母+21位数字，例如规则里的 Y000123XXXXXX195000001 这种格式。别的网址都不算。催交钱的直接拉黑。</p></div>""",
 offer=False, note="Q&A guide on verification, quotes a scam QQ")

page("/video/v-7900.html", "宁波老底子的年糕炒法，十分钟学会",
 """<div class="player">[视频 04:02] 字幕：先把年糕切片，冷水泡一会儿</div>
<p class="author">@甬上吃货 · 3.1万粉丝 · 宁波</p><p>作品描述：家常做法，雪菜肉丝炒年糕。</p>""",
 offer=False, note="unrelated video page")

# ================================================================ DECOYS
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates (also misused by sellers)"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "cpta.com.cn", ["www.cpta.com.cn"], "人事考试中心 verification / 山寨证书 notices"),
 ("phone", "4008203636", ["400-820-3636"], "shop platform customer service in footer"),
 ("uscc", SHOP_USCC, [SHOP_USCC], "shop platform operator's USCC in footer"),
 ("email", "jubao@zhida365.com", ["jubao@zhida365.com"], "Q&A platform report e-mail in footer"),
 ("other", "浙ICP备18042371号-2", ["浙ICP备18042371号-2"], "Q&A platform ICP number"),
 ("qq_group", "617290384", ["617290384"], "course marketplace's official student QQ group in footer"),
 ("phone", "4001567025", ["400-156-7025"], "course marketplace hotline in footer"),
 ("email", "copyright@weiwenhui.cn", ["copyright@weiwenhui.cn"], "repost aggregator copyright e-mail in footer"),
 ("qq", "1059227384", ["1059227384"], "forum moderator QQ in footer"),
 ("domain", "yongchengbbs.com", ["www.yongchengbbs.com"], "forum's own domain in footer"),
 ("phone", "03514088210", ["0351-4088210"], "classifieds customer-service number in footer"),
 ("other", "晋ICP备16003125号-1", ["晋ICP备16003125号-1"], "classifieds ICP number"),
 ("email", "kefu@kuaikan-video.com", ["kefu@kuaikan-video.com"], "video platform service e-mail in footer"),
 ("other", "晋ICP备05002266号", ["晋ICP备05002266号"], "notice site ICP number"),
 ("domain", "diandiblog.com", ["www.diandiblog.com"], "blog platform's domain in footer"),
 ("phone", "057486690000", ["0574-86690000"], "college switchboard in footer"),
 ("phone", "+8617082536419", ["170-8253-6419", "17082536419"], "scammer/impersonator number quoted in warnings, a complaint and a legitimate school's disclaimer"),
 ("qq", "2093318476", ["2093318476"], "scammer QQ quoted in a complaint, a Q&A and an instructor's impersonation warning"),
 ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied onto several sellers' pages"),
 ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number format example from the rules"),
 ("phone", "+8614010526031", ["14010526031"], "an assessment batch number that looks like a mobile"),
 ("phone", "+8613800138000", ["13800138000"], "form placeholder phone number"),
 ("wechat", "wx123456", ["WX123456"], "template WeChat placeholder left in by two sellers"),
 ("email", "name@example.com", ["name@example.com"], "form placeholder e-mail"),
 ("wechat", "lily_0574", ["lily_0574"], "a reader's own WeChat in comments"),
 ("qq", "1582046637", ["1582046637"], "a reader's own QQ in comments"),
 ("phone", "03516218850", ["0351-6218850"], "third party: exam venue front desk"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third party: form tool used by several sellers"),
 ("phone", "95188", ["95188"], "third party: payment platform (Alipay) hotline"),
]

# ================================================================ rendering
CSS = {
 "wenda": "body{font:14px sans-serif;background:#f4f5f7}.q{background:#fff;padding:12px}.a{background:#fff;margin-top:8px;padding:12px;border-left:3px solid #2b7}",
 "wx": "body{max-width:680px;margin:auto;font:16px/1.7 serif}.src{color:#888}",
 "shop": "body{font:13px Arial}.price{color:#f40;font-size:22px}.review{background:#fafafa}",
 "college": "body{font:14px SimSun;background:#eef}#hd{background:#036;color:#fff}",
 "blog": "body{font:15px Georgia;max-width:760px;margin:auto}.meta{color:#999}",
 "rsj": "body{font:14px SimSun}#hd{background:#c00;color:#fff}.sign{text-align:right}",
 "kecheng": "body{font:14px sans-serif}.course-meta{background:#eef6ff;padding:6px}",
 "bbs": "body{font:12px Tahoma}.post{border:1px solid #ccd;margin:6px;padding:6px}.u{background:#e5edf2}",
 "fenlei": "body{font:13px sans-serif}table.info td{border:1px solid #ddd;padding:3px 8px}",
 "video": "body{background:#111;color:#eee;font:14px sans-serif}.player{background:#000;height:120px}",
}

def render(p, site_pages):
    s = SITES[p["site"]]
    sk = p["site"]
    menu = " | ".join(f'<a href="/{sk}/index.html">{escape(m)}</a>' for m in s["menu"])
    if p["path"].endswith("/index.html"):
        crumbs = f'<a href="/index.html">导航</a> &gt; {escape(s["name"])}'
    else:
        crumbs = f'<a href="/{sk}/index.html">{escape(s["name"])}</a> &gt; {escape(s["menu"][2])} &gt; 正文'
    rel = [q for q in site_pages if q["path"] != p["path"] and not q["path"].endswith("/index.html")]
    # deterministic "related" selection: next three pages in order
    idx = [q["path"] for q in site_pages].index(p["path"])
    rel = (rel[idx:] + rel[:idx])[:3]
    side = "".join(f'<li><a href="{q["path"]}">{escape(q["title"][:24])}</a></li>' for q in rel)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(p["title"])} - {escape(s["name"])}</title>
<style>{CSS[sk]}</style></head>
<body>
<div id="hd"><b class="logo">{escape(s["name"])}</b> <span class="dom">{escape(s["dom"])}</span><div class="nav">{menu}</div></div>
<div class="crumbs">{crumbs}</div>
<div id="main"><h1>{escape(p["title"])}</h1>
{p["body"]}
</div>
<div id="side"><h4>相关推荐</h4><ul>{side}</ul><p><a href="/index.html">返回导航</a></p></div>
<div id="ft">{s["footer"]}</div>
</body></html>
"""

def main():
    # site indexes
    for sk in SITE_ORDER:
        s = SITES[sk]
        items = [p for p in PAGES if p["site"] == sk]
        lis = "\n".join(f'<li><a href="{p["path"]}">{escape(p["title"])}</a></li>' for p in items)
        PAGES.append(dict(path=f"/{sk}/index.html", site=sk, title=f'{s["name"]} - {s["kind"]}',
            body=f"<ul class='list'>\n{lis}\n</ul>", operator=None, provider=None, ids=[],
            note=f"index page of {s['name']} ({s['kind']})", is_offer=False))
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for sk in SITE_ORDER:
        sp = [p for p in PAGES if p["site"] == sk]
        sp = [q for q in sp if q["path"].endswith("/index.html")] + [q for q in sp if not q["path"].endswith("/index.html")]
        for p in sp:
            html = render(p, sp)
            fn = os.path.join(SITE, p["path"].lstrip("/"))
            os.makedirs(os.path.dirname(fn), exist_ok=True)
            with open(fn, "w", encoding="utf-8") as f:
                f.write(html)
            texts[p["path"]] = html
    hub_links = "\n".join(f'<li><a href="/{sk}/index.html">{escape(SITES[sk]["name"])}</a>（{escape(SITES[sk]["kind"])}）</li>' for sk in SITE_ORDER)
    hub = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：人工智能训练师（宁波 / 太原）</title></head>
<body><h1>导航</h1><p>从宁波和太原搜索“人工智能训练师 证书 报名”一周所见的网站：</p>
<ul>
{hub_links}
</ul></body></html>
"""
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: seller written forms present
    for p in PAGES:
        for kind, value, written in p["ids"]:
            assert written in texts[p["path"]], (p["path"], written)
    seller_written = {w for p in PAGES for _, _, w in p["ids"]}
    decoys = []
    for kind, value, written, why in DECOYS:
        for w in written:
            for sw in seller_written:
                assert w not in sw, ("decoy inside seller identifier", w, sw)
        pages = sorted(path for path, t in texts.items() if any(w in t for w in written))
        assert len(pages) >= 1, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))

    operators = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = operators.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for kind, value, _ in p["ids"]:
                if [kind, value] not in o["identifiers"]:
                    o["identifiers"].append([kind, value])
    truth_pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                        note="hub linking every site's index")]
    for p in sorted(PAGES, key=lambda q: q["path"]):
        truth_pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                                provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    truth = dict(pages=truth_pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(texts)} pages, {sum(p['is_offer'] for p in truth_pages)} offers, {len(decoys)} decoys")

if __name__ == "__main__":
    main()
