#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def orgcode_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(ch) * wi for ch, wi in zip(s8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + orgcode_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]

USCC_U01 = uscc("91430104", "MA4L2X7K")
USCC_U02 = uscc("52360102", "MJD41207")
USCC_U05 = uscc("91360103", "MA38QW5N")
USCC_U08 = uscc("91430111", "MA4R9T2C")
USCC_XK = uscc("91430100", "MA4PL6H3")   # marketplace platform company
USCC_CO_TOUSU = uscc("91110108", "MA01B7D4")

# ---------------------------------------------------------------- sites
SITES = {
 "xzedu": dict(name="湘智教育", full="长沙湘智职业技能培训学校", cls="corp-red",
   menu=[("首页", "/xzedu/index.html"), ("人工智能训练师", "/xzedu/ai-trainer.html"), ("数据标注员", "/xzedu/biaozhu.html"),
         ("周末班", "/xzedu/zhoumo.html"), ("新闻动态", "/xzedu/news-2026-butie.html")],
   side="<h4>联系我们</h4><p>招生热线：0731-8456 2210</p><p>地址：长沙市岳麓区麓谷大道658号麓谷信息港B座11楼</p><p>乘车：地铁6号线麓谷公园站</p>",
   footer="版权所有 © 2019-2026 长沙湘智职业技能培训学校有限公司 | 统一社会信用代码：%s | 电话：0731-8456 2210 | 湘ICP备2022011873号 | www.xzedu-ai.cn" % USCC_U01,
   footer_ids=[["phone", "073184562210", "0731-8456 2210"], ["uscc", USCC_U01, USCC_U01], ["other", "湘ICP备2022011873号", "湘ICP备2022011873号"], ["domain", "xzedu-ai.cn", "www.xzedu-ai.cn"]]),
 "hczp": dict(name="洪城职培", full="南昌市洪城职业培训中心", cls="corp-blue",
   menu=[("网站首页", "/hczp/index.html"), ("AI训练师报名", "/hczp/ai-xunlianshi.html"), ("补贴培训", "/hczp/butie-ban.html")],
   side="<h4>报名咨询</h4><p>办公室：0791-86251377</p><p>南昌市西湖区孺子路236号3楼</p><p>周一至周六 8:30-17:30</p>",
   footer="南昌市洪城职业培训中心（民办非企业单位） 统一社会信用代码 %s 地址：南昌市西湖区孺子路236号 电话 0791-86251377 hczpedu.com 赣ICP备2020006612号-2" % USCC_U02,
   footer_ids=[["phone", "079186251377", "0791-86251377"], ["uscc", USCC_U02, USCC_U02], ["domain", "hczpedu.com", "hczpedu.com"], ["other", "赣ICP备2020006612号-2", "赣ICP备2020006612号-2"]]),
 "xueke": dict(name="学课网", full="学课网·职业技能课程市场", cls="market",
   menu=[("首页", "/xueke/index.html"), ("职业技能", "/xueke/index.html#zhiye"), ("IT/互联网", "/xueke/index.html#it"), ("我的订单", "/xueke/index.html#order")],
   side="<h4>平台保障</h4><ul><li>担保交易 支付宝/微信支付</li><li>7天无理由退课</li><li>机构资质平台审核</li></ul><h4>热门搜索</h4><p>人工智能训练师 数据标注 AIGC 健康管理师</p>",
   footer="学课网 xuekewang.cn | 客服热线 400-882-6177（9:00-21:00） | 客服邮箱 kefu@xuekewang.cn | 长沙学课网络科技有限公司 统一社会信用代码 %s | 湘ICP备2020015522号-1" % USCC_XK,
   footer_ids=[]),
 "aibbs": dict(name="AI训练师吧", full="湘赣人工智能训练师吧 - 职业考证论坛", cls="forum",
   menu=[("吧首页", "/aibbs/index.html"), ("精品区", "/aibbs/index.html#jp"), ("考证交流", "/aibbs/index.html#kz"), ("吧规", "/aibbs/index.html#rule")],
   side="<h4>吧务公告</h4><p>禁止发布代考、买卖证书信息，广告帖一律删除封号。</p><p>吧友交流QQ群：763120584（验证：训练师）</p><p>会员 12,806 人</p>",
   footer="ai8bbs.com 湘赣职业考证社区 | 联系管理员 admin@ai8bbs.com | 吧友群 763120584 | 湘ICP备2021008765号-1",
   footer_ids=[]),
 "fenlei": dict(name="赣湘分类", full="赣湘分类信息网 - 教育培训频道", cls="classified",
   menu=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#jy"), ("职业技能", "/fenlei/index.html#zy"), ("房产", "/fenlei/index.html#fc"), ("免费发布", "/fenlei/index.html#fb")],
   side="<h4>发布须知</h4><p>联系电话请按格式填写，如 13800000000；请勿发布虚假证书信息。</p><p>举报电话：0791-86008800</p>",
   footer="赣湘分类 ganxiang58.com 客服：0791-86008800 本站信息由用户自行发布，交易前请核实对方资质 赣ICP备19004321号",
   footer_ids=[]),
 "wxwz": dict(name="微文摘", full="微文摘 - 公众号好文转载", cls="repost",
   menu=[("首页", "/wxwz/index.html"), ("职场", "/wxwz/index.html#zc"), ("教育", "/wxwz/index.html#jy"), ("科技", "/wxwz/index.html#kj")],
   side="<h4>热门文章</h4><ul><li>2026年最值得考的8个职业技能证书</li><li>数据标注员到底是不是智商税？</li></ul><p>投稿与侵权：copyright@wxwz.net</p>",
   footer="微文摘 wxwz.net 所有文章均转载自微信公众号，版权归原作者所有，如有侵权请联系 copyright@wxwz.net 删除 | 闽ICP备18022317号",
   footer_ids=[]),
 "rsj": dict(name="人社服务", full="长沙市人力资源和社会保障公共服务平台（示例站）", cls="gov",
   menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tz"), ("职业技能", "/rsj/index.html#jn"), ("政策解读", "/rsj/index.html#zc")],
   side="<h4>便民服务</h4><p>人社服务热线：12333</p><p>职业技能鉴定指导中心咨询：0731-88669333</p><p>证书查询：zscx.osta.org.cn</p>",
   footer="主办：长沙市人力资源和社会保障局 承办：长沙市职业技能鉴定指导中心 | 咨询电话：0731-88669333 服务热线：12333 | 湘ICP备05001234号",
   footer_ids=[]),
 "tousu": dict(name="消费投诉网", full="消费投诉网 - 让每一次投诉都有回应", cls="complaint",
   menu=[("首页", "/tousu/index.html"), ("我要投诉", "/tousu/index.html#new"), ("教育培训", "/tousu/index.html#edu")],
   side="<h4>维权指南</h4><p>培训类纠纷可同时向全国12315平台投诉。</p><p>平台客服：service@tousu-wang.cn</p>",
   footer="消费投诉网 tousu-wang.cn 客服邮箱 service@tousu-wang.cn 北京诉达信息技术有限公司 %s 京ICP备20013579号" % USCC_CO_TOUSU,
   footer_ids=[]),
 "zhida": dict(name="知答", full="知答 - 有问题，就会有答案", cls="qa",
   menu=[("首页", "/zhida/index.html"), ("职业教育", "/zhida/index.html#zj"), ("考证", "/zhida/index.html#kz")],
   side="<h4>相关话题</h4><p>#人工智能训练师 #数据标注 #考证</p><p>知答客服 400-615-2299</p>",
   footer="知答 zhida.com.cn · 违法和不良信息举报 400-615-2299 · 浙ICP备17004420号",
   footer_ids=[]),
 "kuaishi": dict(name="快视", full="快视短视频 网页版", cls="video",
   menu=[("推荐", "/kuaishi/index.html"), ("学习", "/kuaishi/index.html#xx"), ("直播", "/kuaishi/index.html#zb")],
   side="<h4>相关推荐</h4><p>AI副业 数据标注 考证</p><p>用户反馈：feedback@kuaishi.tv</p>",
   footer="快视 kuaishi.tv 网络文化经营许可证 京网文〔2023〕1024-051号 · 用户反馈 feedback@kuaishi.tv",
   footer_ids=[]),
}
ORDER = ["xzedu", "hczp", "xueke", "aibbs", "fenlei", "wxwz", "rsj", "tousu", "zhida", "kuaishi"]

PAGES = []

def page(path, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumbs=None, related=()):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op, provider=provider,
                      ids=[list(x) for x in ids], note=note, crumbs=crumbs, related=list(related)))

S_ZSCX = "证书可在人社部技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。"

# ================================================================ xzedu (U01 own site)
page("/xzedu/ai-trainer.html", "人工智能训练师（四级/三级）职业技能等级认定培训招生简章 - 湘智教育",
 """<h1>2026年人工智能训练师（四级/三级）培训招生简章</h1>
<p>人工智能训练师（职业编码4-04-05-05）是人社部等三部门2020年发布的新职业，分数据标注员、人工智能算法测试员两个工种。我校为长沙市职业技能培训定点机构，本期开设四级（中级工）、三级（高级工）培训班。</p>
<h2>报考条件</h2><p>四级：取得五级证书后累计从事本职业4年及以上，或累计从事本职业6年及以上，或中职相关专业毕业生；三级：取得四级证书后累计从事本职业5年及以上等。具体以评价机构审核为准，不符合条件不收费。</p>
<h2>课程安排</h2><p>四级50课时、三级40课时，理论+实操，含Python数据处理、标注工具、智能系统运维。周末班/晚班可选。</p>
<h2>费用与补贴</h2><p>四级培训费2680元、三级3280元（不含认定费，认定费按评价机构标准另收）。参加失业保险满一年的学员取证后可按规定申领技能提升补贴（四级最高1500元、三级最高2000元）。</p>
<p>证书为职业技能等级证书，由备案的评价机构颁发，""" + S_ZSCX + """</p>
<p>报名电话：158-7412-0368（张老师，微信同号）</p>""",
 True, "U01", "湘智教育", [["phone", "+8615874120368", "158-7412-0368"]], "U01 own site: honest level 4/3 enrolment",
 related=[("/xzedu/biaozhu.html", "数据标注员五级"), ("/rsj/notice-butie-2026.html", "技能提升补贴政策")])

page("/xzedu/biaozhu.html", "数据标注员（人工智能训练师五级）周末班 - 湘智教育",
 """<h1>数据标注员（人工智能训练师五级）周末班</h1>
<p>适合已在数据标注岗位工作满一年的在职人员。60课时，6个周末完成，认定在岳麓区考点进行（考点前台：0731-85583300，考试当天凭准考证入场）。</p>
<p>学费1580元，可开具发票。证书样本编号格式示例：S000043000001265000127（仅供参考，以实际发证为准）。</p>
<p>咨询：15874120368 张老师 / 学校座机见页脚</p>""",
 True, "U01", "湘智教育", [["phone", "+8615874120368", "15874120368"]], "U01 own site: level 5 weekend class")

page("/xzedu/zhoumo.html", "企业内训与周末班报名 - 湘智教育",
 """<h1>企业内训 / 周末班报名</h1>
<p>面向长沙软件园、麓谷企业的数据标注团队提供定制内训，10人起开班。</p>
<p>企业合作请添加招生微信：xzedu_ai，或发送邮件至 zhaosheng@xzedu-ai.cn。</p>
<p>温馨提示：职业技能等级证书不是"人社部颁发"，凡宣称"包过""免考拿证"的均不可信，可拨打人社局电话0731-88669333核实机构资质。</p>""",
 True, "U01", "湘智教育", [["wechat", "xzedu_ai", "xzedu_ai"], ["email", "zhaosheng@xzedu-ai.cn", "zhaosheng@xzedu-ai.cn"]],
 "U01 own site: corporate/weekend enrolment")

page("/xzedu/news-2026-butie.html", "新闻动态｜2026年长沙市职业技能提升补贴政策解读 - 湘智教育",
 """<h1>2026年长沙市职业技能提升补贴政策解读</h1><p>发布时间：2026-03-02　来源：湘智教育教务处</p>
<p>根据人社部门规定，参加失业保险累计满1年的职工取得职业技能等级证书后，可按五级1000元、四级1500元、三级2000元的标准申领技能提升补贴。二级、一级无全国性此类补贴。</p>
<p>政策咨询可拨打12333。本文仅为政策解读，不构成招生承诺。</p>""",
 note="U01 site news page (non-offer)")

# ================================================================ hczp (U02 own site)
page("/hczp/ai-xunlianshi.html", "人工智能训练师五级、四级报名 - 南昌市洪城职业培训中心",
 """<h1>人工智能训练师（数据标注员）五级/四级 开班通知</h1>
<p>我中心3月、5月各开一期，地点：南昌市西湖区孺子路236号3楼实训室。课程按《人工智能训练师国家职业技能标准（2021年版）》设置，五级60课时，四级50课时。</p>
<p>报名需提供身份证、学历证明及相关工作年限证明，资格审核不通过全额退费。</p>
<p>费用：五级1280元，四级1880元。符合条件者可申领失业保险技能提升补贴。</p>
<p>报名热线：137 0791 8842（刘老师）</p><p>""" + S_ZSCX + "</p>",
 True, "U02", "南昌市洪城职业培训中心", [["phone", "+8613707918842", "137 0791 8842"]], "U02 own site: level 5/4 class")

page("/hczp/butie-ban.html", "补贴性培训·人工智能训练师 - 洪城职培",
 """<h1>补贴性职业技能培训（人工智能训练师方向）</h1>
<p>面向南昌市失业人员、农民工和应届高校毕业生，符合条件可享受补贴性培训。名额有限，报完即止。</p>
<p>咨询微信：hczp0791　QQ：3178842061</p><p>注：具体补贴以南昌市人社部门审核为准，咨询12333。</p>""",
 True, "U02", "洪城职培", [["wechat", "hczp0791", "hczp0791"], ["qq", "3178842061", "3178842061"]], "U02 own site: subsidised training")

# ================================================================ xueke marketplace
def xk(pid, price, shop):
    return "<div class='item-meta'><p>商品编号：%s　|　价格：<b>¥%s</b>　|　店铺：%s</p><p>支付方式：支付宝担保交易（支付宝客服95188）/ 微信支付</p></div>" % (pid, price, shop)

page("/xueke/item-88213.html", "【湘智AI学苑】人工智能训练师四级 线上+线下 长沙面授 - 学课网",
 xk("88213", "2680", "湘智AI学苑") + """<h1>人工智能训练师四级（中级工）长沙面授班</h1>
<p>机构介绍：湘智AI学苑是长沙湘智职业技能培训学校旗下线上品牌，麓谷本部面授。</p>
<p>课程：50课时，数据采集和处理、数据标注、智能系统运维。报考需满足标准规定的工作年限。</p>
<p>课程顾问：158 7412 0368　微信：XZEDU_AI（备注学课网）</p>""",
 True, "U01", "湘智AI学苑", [["phone", "+8615874120368", "158 7412 0368"], ["wechat", "xzedu_ai", "XZEDU_AI"]], "U01 marketplace listing")

page("/xueke/item-90417.html", "中科智训 人工智能训练师三级 零基础包过 一次拿证 - 学课网",
 xk("90417", "4980", "中科智训(长沙)") + """<h1>人工智能训练师三级 零基础可报 包过班</h1>
<p>国家职业资格证书，人社部颁发，全国通用，入库可查！不限学历、不限经验，零基础也能报三级。</p>
<p>不过全额退款，免培训直接考，考前内部题库，通过率100%。</p>
<p>报名热线 186-7310-5529，加V：zkzx-2026 领取资料。</p>""",
 True, "U03", "中科智训(长沙)", [["phone", "+8618673105529", "186-7310-5529"], ["wechat", "zkzx-2026", "zkzx-2026"]], "U03 dishonest: 包过, 国家职业资格, 人社部颁发")

page("/xueke/item-90552.html", "星城AI认证中心 人工智能训练师 五级+四级+三级 三证一起考 - 学课网",
 xk("13920260318", "6800", "星城AI认证中心") + """<h1>AI训练师三证连报 立省3000</h1>
<p>人社部颁发证书，五级、四级、三级可同时报考，一次报名三证到手，补贴后几乎免费！</p>
<p>收款方：长沙星诚信息咨询有限公司（对公转账可开票）</p>
<p>咨询：177-7584-1263</p>""",
 True, "U04", "星城AI认证中心", [["phone", "+8617775841263", "177-7584-1263"], ["other", "长沙星诚信息咨询有限公司", "长沙星诚信息咨询有限公司"]],
 "U04 dishonest: three levels at once; 商品编号 looks like a mobile")

page("/xueke/item-91108.html", "赣鄱技能 人工智能训练师（数据标注员）五级 南昌 - 学课网",
 xk("91108", "1380", "赣鄱技能培训") + """<h1>人工智能训练师五级 南昌青山湖校区</h1>
<p>店铺资质：南昌赣鄱职业技能培训有限公司，统一社会信用代码：""" + USCC_U05 + """</p>
<p>上课地点：南昌市青山湖区北京东路1380号。咨询座机：0791-88317726。</p>
<p>证书样本编号格式示例：S000043000001265000127，可在 zscx.osta.org.cn 查询。</p>""",
 True, "U05", "赣鄱技能培训", [["uscc", USCC_U05, USCC_U05], ["phone", "079188317726", "0791-88317726"]], "U05 marketplace listing")

page("/xueke/item-91276.html", "麓山数标 数据标注员培训+证书+推荐就业 - 学课网",
 xk("91276", "3980", "麓山数标") + """<h1>数据标注员 学完即上岗 签协议就业</h1>
<p>培训结业颁发人工智能训练师证书，签订协议就业，月薪6000+，90%小白都能学会！</p>
<p>官网 lushan-ai.com　招生电话 131 8731 6620</p>""",
 True, "U06", "麓山数标", [["phone", "+8613187316620", "131 8731 6620"], ["domain", "lushan-ai.com", "lushan-ai.com"]], "U06 dishonest: 协议就业")

page("/xueke/item-92030.html", "瑞思职培 人工智能训练师四级 长沙芙蓉区 - 学课网",
 xk("92030", "2380", "长沙瑞思职业培训") + """<h1>人工智能训练师四级 晚班</h1>
<p>芙蓉区五一大道校区，晚班19:00-21:00。考试在岳麓区考点进行（考点前台：0731-85583300）。</p>
<p>电话：135-7488-2017（何老师）</p>""",
 True, "I01", "长沙瑞思职业培训", [["phone", "+8613574882017", "135-7488-2017"]], "independent I01")

# ================================================================ aibbs forum
def thread(author, text, replies):
    h = "<div class='post lz'><div class='author'>楼主：%s</div><div class='content'>%s</div></div>" % (author, text)
    for i, (a, t) in enumerate(replies, 2):
        h += "<div class='post'><div class='author'>%d楼 %s</div><div class='content'>%s</div></div>" % (i, a, t)
    return h

page("/aibbs/p-7781203.html", "【资料】人工智能训练师三级 考前题库 需要的来",
 "<h1>【资料】人工智能训练师三级 考前题库 需要的来</h1>" + thread("智训未来_陈老师",
  "本机构（智训未来）今年三级通过率100%，不限学历零基础也能报，包过，不过退费。需要题库和报名的V：zkzx-2026 或者扣扣2395561870。",
  [("湘江边的猫", "三级不是要四级证+工作年限吗？零基础怎么报？"), ("求职中的阿伟", "求资料 QQ 1334628870 谢谢楼主"), ("吧务-小安", "广告贴，已警告。")]),
 True, "U03", "智训未来", [["wechat", "zkzx-2026", "zkzx-2026"], ["qq", "2395561870", "扣扣2395561870"]], "U03 forum ad; reader QQ in reply")

page("/aibbs/p-7790554.html", "在麓山数标学了数据标注，说说真实感受",
 "<h1>在麓山数标学了数据标注，说说真实感受</h1>" + thread("麓山数标-招生小周",
  "我们是麓山数标，本期还有名额，学完推荐到合作的标注基地上岗，有想了解的加微信 LSDB_HR 详聊。",
  [("路过的", "软文吧这是"), ("长沙打工人", "协议就业靠谱吗？之前有人说交了钱没安排")]),
 True, "U06", "麓山数标", [["wechat", "lsdb_hr", "LSDB_HR"]], "U06 forum post")

page("/aibbs/p-7802316.html", "不用培训直接拿AI训练师证，可挂靠，年入几万",
 "<h1>不用培训直接拿AI训练师证，可挂靠</h1>" + thread("考证服务站",
  "人工智能训练师证书免培训直接发证，全国联网可查，拿证后可挂靠企业年入2-5万。电话幺九九 7084 3315，同微信。",
  [("求职中的阿伟", "求资料 QQ 1334628870"), ("老哥稳", "AI训练师挂靠？第一次听说，别被骗了"), ("吧务-小安", "举报请打12315，本帖保留作反面教材。")]),
 True, "U07", "人工智能训练师考证服务站", [["phone", "+8619970843315", "幺九九 7084 3315"]], "U07 dishonest forum ad: 免培训, 挂靠")

page("/aibbs/p-7811940.html", "潇湘智能学院AI训练师春季班招生（附课程表）",
 "<h1>潇湘智能学院AI训练师春季班招生</h1>" + thread("潇湘智能学院招生办",
  "潇湘智能学院人工智能训练师春季班开始报名，四级、三级均可，课程表见附件。报名材料发送邮箱 xxzn_edu@126.com。",
  [("小透明", "学院？是正规大学吗"), ("潇湘智能学院招生办", "我们是培训机构，学院是品牌名，欢迎来校参观。")]),
 True, "U08", "潇湘智能学院", [["email", "xxzn_edu@126.com", "xxzn_edu@126.com"]], "U08 forum post")

page("/aibbs/p-7823377.html", "南昌启航：AI训练师五级晚班还有3个名额",
 "<h1>南昌启航：AI训练师五级晚班还有3个名额</h1>" + thread("启航教育-黄老师",
  "红谷滩校区晚班，需有一年相关工作经历，审核不过不收费。微信 qihang_NC",
  [("赣江边", "价格多少？"), ("启航教育-黄老师", "1350，含教材，认定费另计")]),
 True, "U09", "南昌启航教育", [["wechat", "qihang_nc", "qihang_NC"]], "U09 forum post")

page("/aibbs/p-7830012.html", "有没有一起考四级的？我这边有内推培训名额",
 "<h1>有没有一起考四级的？</h1>" + thread("Lily爱学习",
  "本人在长沙做标注三年了，认识的老师开小班，可以帮大家报名，5人成团优惠，私信或加我 aitrain_lily",
  [("阿狸", "怎么收费"), ("Lily爱学习", "四级2200，成团2000")]),
 True, "I02", "Lily爱学习（个人代报名）", [["wechat", "aitrain_lily", "aitrain_lily"]], "independent I02: individual agent")

page("/aibbs/p-7700001.html", "【精品】避坑帖：AI训练师证书这些骗局要小心（持续更新）",
 "<h1>【精品】避坑帖：AI训练师证书这些骗局要小心</h1>" + thread("吧务-小安",
  "1. 宣称“人社部颁发”“国家职业资格证书”的都不对，AI训练师是职业技能等级证书；2. 承诺包过、免培训、三级一起考的别信；3. 证书只认 zscx.osta.org.cn 查询。吧友反馈的骗子电话：176 0731 6658，骗子微信 zhengshu_kuaiban，交了3000块就拉黑了。被骗可打12315或12333。",
  [("受害者小王", "就是这个17607316658，我也被骗了"), ("路人", "收藏了")]),
 note="forum warning thread (non-offer), quotes scam numbers")

# ================================================================ fenlei classifieds
def fl(no, area, txt):
    return "<div class='info-head'><span>信息编号：%s</span><span>区域：%s</span><span>发布者：个人/商家</span></div>%s<p class='tip'>提示：凡要求先交定金、承诺包过的，请谨慎。</p>" % (no, area, txt)

page("/fenlei/jy-5520871.html", "赣职通 人工智能训练师报名 南昌西湖区 - 赣湘分类",
 fl("5520871", "南昌-西湖区", """<h1>人工智能训练师五级/四级报名 赣职通职业技能服务</h1>
<p>正规培训机构开班，资格审核，学完参加认定。地址孺子路。</p><p>联系人：刘老师 电话：13707918842 微信 HCZP0791</p>"""),
 True, "U02", "赣职通职业技能服务", [["phone", "+8613707918842", "13707918842"], ["wechat", "hczp0791", "HCZP0791"]], "U02 classified under another brand")

page("/fenlei/jy-5533402.html", "AI训练师证书 三证一起拿 人社部颁发 长沙 - 赣湘分类",
 fl("5533402", "长沙-雨花区", """<h1>AI训练师证书 五四三级同报</h1>
<p>星城认证，人社部颁发，一次报三个级别，补贴后几乎免费。电话 17775841263 微信 xcai888</p>"""),
 True, "U04", "星城认证", [["phone", "+8617775841263", "17775841263"], ["wechat", "xcai888", "xcai888"]], "U04 classified")

page("/fenlei/jy-5540019.html", "赣鄱技能 人工智能训练师培训 青山湖区 - 赣湘分类",
 fl("5540019", "南昌-青山湖区", """<h1>人工智能训练师五级培训 赣鄱技能</h1>
<p>白天班/晚班，学费1380。座机 (0791)8831 7726 手机 159 7910 6634</p>"""),
 True, "U05", "赣鄱技能", [["phone", "079188317726", "(0791)8831 7726"], ["phone", "+8615979106634", "159 7910 6634"]], "U05 classified")

page("/fenlei/jy-5547713.html", "人工智能训练师 免考拿证 全国可查 - 赣湘分类",
 fl("5547713", "南昌-红谷滩", """<h1>人工智能训练师证 免考直接下证</h1>
<p>不用上课不用考试，15个工作日出证，可挂靠。微信 ai_kz919 电话 199-7084-3315</p>"""),
 True, "U07", "AI考证服务站", [["wechat", "ai_kz919", "ai_kz919"], ["phone", "+8619970843315", "199-7084-3315"]], "U07 classified")

page("/fenlei/jy-5551180.html", "启航教育 人工智能训练师五级 红谷滩 - 赣湘分类",
 fl("5551180", "南昌-红谷滩", """<h1>启航教育 人工智能训练师（五级）</h1>
<p>在线报名表：https://jinshuju.net/f/Qh7kLm 电话：187 7912 0457 座机：0791-86776521</p>"""),
 True, "U09", "启航教育", [["phone", "+8618779120457", "187 7912 0457"], ["phone", "079186776521", "0791-86776521"]], "U09 classified; jinshuju form link")

page("/fenlei/jy-5559036.html", "个人代报AI训练师四级 长沙 - 赣湘分类",
 fl("5559036", "长沙-开福区", """<h1>代报人工智能训练师四级</h1>
<p>熟悉报名流程，帮忙准备材料，收服务费。电话 173 0791 5546</p>"""),
 True, "I03", None, [["phone", "+8617307915546", "173 0791 5546"]], "independent I03, no brand")

page("/fenlei/fc-5560211.html", "青山湖区 两室一厅 近地铁 1600元/月 - 赣湘分类",
 fl("5560211", "南昌-青山湖区", """<h1>青山湖区两室一厅出租</h1><p>家电齐全，押一付三。房东电话请通过平台拨打。</p>"""),
 note="unrelated rental classified (non-offer)")

# ================================================================ wxwz reposts
def wx(acct, date, txt):
    return "<div class='wx-meta'>原创 %s　%s　转载自微信公众号</div>%s<div class='wx-foot'>阅读 1.2万　在看 86</div>" % (acct, date, txt)

page("/wxwz/a-20260311-ai.html", "江西2026年第二期人工智能训练师报名通知",
 wx("江西AI训练师报名中心", "2026-03-11", """<h1>江西2026年第二期人工智能训练师报名通知</h1>
<p>本期由南昌市洪城职业培训中心组织培训，五级、四级开班。报名咨询微信号：hczp0791，QQ 3178842061。</p>"""),
 True, "U02", "江西AI训练师报名中心", [["wechat", "hczp0791", "hczp0791"], ["qq", "3178842061", "QQ 3178842061"]], "U02 wechat repost")

page("/wxwz/a-20260318-sb.html", "月薪6000的数据标注员，零基础怎么入行？",
 wx("麓山数标", "2026-03-18", """<h1>月薪6000的数据标注员，零基础怎么入行？</h1>
<p>麓山数标培训+证书+协议就业一站式，官网 www.lushan-ai.com，学员群 689214537。报名表：https://jinshuju.net/f/Ls26ab</p>"""),
 True, "U06", "麓山数标", [["domain", "lushan-ai.com", "www.lushan-ai.com"], ["qq_group", "689214537", "689214537"]], "U06 wechat repost")

page("/wxwz/a-20260322-xx.html", "潇湘智能学院：人工智能训练师证书直接对应职称",
 wx("潇湘智能学院", "2026-03-22", """<h1>人工智能训练师证书直接对应职称！</h1>
<p>职业技能等级证书直接对应职称证书，三级即可评助理工程师。运营主体：长沙潇湘智能教育科技有限公司（统一社会信用代码 """ + USCC_U08 + """）。官网 xxznxy.cn 邮箱 xxzn_edu@126.com</p>"""),
 True, "U08", "潇湘智能学院", [["uscc", USCC_U08, USCC_U08], ["domain", "xxznxy.cn", "xxznxy.cn"], ["email", "xxzn_edu@126.com", "xxzn_edu@126.com"]], "U08 repost: 直接对应职称 overclaim")

page("/wxwz/a-20260325-qh.html", "南昌启航教育｜人工智能训练师五级四月班",
 wx("启航教育南昌", "2026-03-25", """<h1>人工智能训练师五级四月班</h1>
<p>需一年相关工作经历。证书样本编号格式示例：S000043000001265000127。报名电话18779120457，微信qihang_nc</p>"""),
 True, "U09", "南昌启航教育", [["phone", "+8618779120457", "18779120457"], ["wechat", "qihang_nc", "qihang_nc"]], "U09 repost")

page("/wxwz/a-20260327-jx.html", "江西数智人才发展研究院人工智能训练师研修班",
 wx("江西数智人才", "2026-03-27", """<h1>人工智能训练师研修班</h1>
<p>研究院联合高校开设研修班，报名邮箱 jxszrc@163.com，电话 0791-88459902。</p>"""),
 True, "I04", "江西数智人才发展研究院", [["email", "jxszrc@163.com", "jxszrc@163.com"], ["phone", "079188459902", "0791-88459902"]], "independent I04")

# ================================================================ rsj notices
page("/rsj/notice-shanzhai.html", "关于防范技术技能类“山寨证书”的提醒",
 """<h1>关于防范技术技能类“山寨证书”的提醒</h1><p>发布日期：2026-02-20</p>
<p>近期有机构以“人社部颁发”“包过”“免培训直接发证”等名义招揽人工智能训练师培训。职业技能等级证书由备案的评价机构颁发，可通过 zscx.osta.org.cn 查询。群众反映的可疑电话如 176 0731 6658 等，请勿轻信。</p>
<p>咨询：12333，0731-88669333。</p>""", note="official warning notice (non-offer)")

page("/rsj/notice-butie-2026.html", "2026年职业技能提升补贴申领指南",
 """<h1>2026年职业技能提升补贴申领指南</h1><p>补贴标准：五级1000元、四级1500元、三级2000元，需参加失业保险满1年。申领渠道：湘易办APP。咨询电话12333。</p>""",
 note="official subsidy guide (non-offer)")

# ================================================================ tousu complaints
page("/tousu/c-2026031902.html", "投诉：交了3200元报AI训练师证，对方拉黑",
 """<h1>投诉：交了3200元报AI训练师证，对方拉黑</h1><div class='case'>投诉编号：TS2026031902　状态：处理中</div>
<p>对方自称“证书快办中心”，电话17607316658，微信zhengshu_kuaiban，承诺包过，转账后拉黑。订单号 20260305113321。已向12315反映。</p>""",
 note="complaint (non-offer), quotes scam contacts")

page("/tousu/c-2026032215.html", "投诉：承诺协议就业，培训后不安排工作",
 """<h1>投诉：承诺协议就业，培训后不安排工作</h1><div class='case'>投诉编号：TS2026032215　状态：已回复</div>
<p>某数据标注培训机构承诺学完安排就业，结果只给了一个线上接单群。要求退款。本人联系方式已隐藏。</p>""",
 note="complaint without identifiers (non-offer)")

# ================================================================ zhida Q&A
def qa(q, a_author, a_text, comments=()):
    h = "<div class='question'><h1>%s</h1></div><div class='answer'><div class='a-author'>%s 的回答</div><p>%s</p></div>" % (q, a_author, a_text)
    for c in comments:
        h += "<div class='comment'>%s</div>" % c
    return h

page("/zhida/q-40211.html", "人工智能训练师证书好考吗？ - 知答",
 qa("人工智能训练师证书好考吗？", "AI考证陈老师", "很好考，我们机构三级包过，零基础也可以报，有需要加 Q 2395561870 咨询。",
    ["网友A：三级零基础？不是要四级+年限吗", "网友B：有人说打人社局0731-88669333问一下就知道"]),
 True, "U03", None, [["qq", "2395561870", "Q 2395561870"]], "U03 Q&A answer ad, unnamed")

page("/zhida/q-40388.html", "AI训练师五级四级三级可以一起考吗？ - 知答",
 qa("AI训练师五级四级三级可以一起考吗？", "星城认证顾问", "可以的，我们星城AI认证中心支持三证同报，人社部颁发，详情发邮件 xingcheng_ai#qq.com"),
 True, "U04", "星城AI认证中心", [["email", "xingcheng_ai@qq.com", "xingcheng_ai#qq.com"]], "U04 Q&A answer, obfuscated email")

page("/zhida/q-40415.html", "南昌哪里可以培训人工智能训练师？ - 知答",
 qa("南昌哪里可以培训人工智能训练师？", "赣鄱技能教务", "可以了解一下赣鄱技能，青山湖区北京东路，五级需要一年相关工作经历。微信 gpjn_nc，电话159-7910-6634。",
    ["网友C：我朋友电话 139 0791 2204 也想报，能联系下吗"]),
 True, "U05", "赣鄱技能", [["wechat", "gpjn_nc", "gpjn_nc"], ["phone", "+8615979106634", "159-7910-6634"]], "U05 Q&A answer; reader phone in comment")

page("/zhida/q-40502.html", "想考AI训练师四级，有老师带吗？ - 知答",
 qa("想考AI训练师四级，有老师带吗？", "标注老兵", "我业余带小班辅导实操，一对一，QQ 1592004738，只辅导不代报名。"),
 True, "I05", None, [["qq", "1592004738", "QQ 1592004738"]], "independent I05: tutor")

# ================================================================ kuaishi video
def vid(author, desc, extra=""):
    return "<div class='player'>[视频] 00:58</div><div class='v-author'>@%s</div><div class='v-desc'>%s</div>%s<div class='v-stat'>点赞 3.4万 评论 812 分享 1290</div>" % (author, desc, extra)

page("/kuaishi/v-7348810.html", "三个证一次拿！AI训练师人社部颁发 #考证 - 快视",
 vid("星城AI认证", "原价9999限时99元锁定名额！五四三级一起考，人社部颁发，补贴后几乎免费。vx：xcai888 邮箱 xingcheng_ai@qq.com",
     "<p>支付宝担保交易，客服95188可查。</p>"),
 True, "U04", "星城AI认证", [["wechat", "xcai888", "vx：xcai888"], ["email", "xingcheng_ai@qq.com", "xingcheng_ai@qq.com"]], "U04 short video")

page("/kuaishi/v-7351122.html", "零基础学数据标注 学完就业 - 快视",
 vid("麓山数标官方", "90%小白都能学会！学员群689214537，加微信lsdb_hr领试听课。"),
 True, "U06", "麓山数标", [["qq_group", "689214537", "689214537"], ["wechat", "lsdb_hr", "lsdb_hr"]], "U06 short video")

page("/kuaishi/v-7355308.html", "不用考试也能拿AI证？ - 快视",
 vid("考证服务站小陈", "免培训直接拿证，挂靠年入几万。V信 ai_kz919 扣1047759236"),
 True, "U07", "考证服务站", [["wechat", "ai_kz919", "V信 ai_kz919"], ["qq", "1047759236", "1047759236"]], "U07 short video")

page("/kuaishi/v-7359917.html", "潇湘智能学院开学啦 - 快视",
 vid("潇湘智能学院", "人工智能训练师春季班，三级结业可评职称！官网xxznxy.cn 咨询150 8073 0981"),
 True, "U08", "潇湘智能学院", [["domain", "xxznxy.cn", "xxznxy.cn"], ["phone", "+8615080730981", "150 8073 0981"]], "U08 short video")

page("/kuaishi/v-7362045.html", "AI训练师备考经验分享（附私教） - 快视",
 vid("AI教练阿峰", "四级实操怎么练？私教课199元一节，微信 dyai_coach 电话19918630472"),
 True, "I06", "AI教练阿峰", [["wechat", "dyai_coach", "dyai_coach"], ["phone", "+8619918630472", "19918630472"]], "independent I06")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("phone", "073188669333", ["0731-88669333"], "人社局/鉴定中心 consultation line quoted by sellers and Q&A"),
 ("phone", "4008826177", ["400-882-6177"], "marketplace footer customer-service number"),
 ("email", "kefu@xuekewang.cn", ["kefu@xuekewang.cn"], "marketplace footer e-mail"),
 ("domain", "xuekewang.cn", ["xuekewang.cn"], "marketplace platform domain"),
 ("uscc", USCC_XK, [USCC_XK], "marketplace operating company's USCC in footer"),
 ("qq_group", "763120584", ["763120584"], "forum's own QQ group in sidebar/footer"),
 ("other", "湘ICP备2021008765号-1", ["湘ICP备2021008765号-1"], "forum ICP number"),
 ("email", "admin@ai8bbs.com", ["admin@ai8bbs.com"], "forum admin e-mail"),
 ("phone", "079186008800", ["0791-86008800"], "classifieds platform service line"),
 ("other", "赣ICP备19004321号", ["赣ICP备19004321号"], "classifieds ICP number"),
 ("phone", "+8613800000000", ["13800000000"], "template placeholder in classifieds posting rules"),
 ("domain", "wxwz.net", ["wxwz.net"], "repost platform domain"),
 ("email", "copyright@wxwz.net", ["copyright@wxwz.net"], "repost platform copyright e-mail"),
 ("phone", "4006152299", ["400-615-2299"], "Q&A platform report line"),
 ("email", "feedback@kuaishi.tv", ["feedback@kuaishi.tv"], "video platform feedback e-mail"),
 ("phone", "+8617607316658", ["176 0731 6658", "17607316658"], "scammer number quoted in warnings/complaints"),
 ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer WeChat quoted in warnings/complaints"),
 ("phone", "+8613920260318", ["13920260318"], "marketplace 商品编号 that looks like a mobile number"),
 ("other", "S000043000001265000127", ["S000043000001265000127"], "sample certificate number copied by several sellers"),
 ("qq", "1334628870", ["1334628870"], "a reader's own QQ in forum replies"),
 ("phone", "+8613907912204", ["139 0791 2204"], "a reader's friend's phone in a Q&A comment"),
 ("phone", "073185583300", ["0731-85583300"], "exam venue front desk quoted by two sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
 ("email", "service@tousu-wang.cn", ["service@tousu-wang.cn"], "complaint platform e-mail"),
]

OPS = {
 "U01": ["湘智教育", "湘智AI学苑"], "U02": ["南昌市洪城职业培训中心", "洪城职培", "赣职通职业技能服务", "江西AI训练师报名中心"],
 "U03": ["中科智训(长沙)", "智训未来"], "U04": ["星城AI认证中心", "星城认证", "星城AI认证"],
 "U05": ["赣鄱技能培训", "赣鄱技能"], "U06": ["麓山数标"], "U07": ["人工智能训练师考证服务站", "AI考证服务站", "考证服务站"],
 "U08": ["潇湘智能学院"], "U09": ["南昌启航教育", "启航教育"],
}

# ---------------------------------------------------------------- render
CSS = {"corp-red": "#b22", "corp-blue": "#1d4f91", "market": "#f60", "forum": "#3385ff", "classified": "#2a8c3a",
       "repost": "#07c160", "gov": "#c00", "complaint": "#e4393c", "qa": "#0084ff", "video": "#111"}

def site_of(path):
    return path.split("/")[1]

def render(p):
    s = SITES[site_of(p["path"])]
    sk = site_of(p["path"])
    menu = " | ".join("<a href='%s'>%s</a>" % (u, t) for t, u in s["menu"])
    crumbs = p.get("crumbs") or [("首页", "/%s/index.html" % sk)]
    bc = " &gt; ".join("<a href='%s'>%s</a>" % (u, t) for t, u in crumbs) + " &gt; " + html.escape(p["title"].split(" - ")[0])
    sibs = [q for q in PAGES if site_of(q["path"]) == sk and q is not p and not q["path"].endswith("index.html")][:4]
    rel = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], html.escape(q["title"])) for q in sibs)
    rel += "".join("<li><a href='%s'>%s</a></li>" % (u, t) for u, t in p.get("related", []))
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:"Microsoft YaHei",sans-serif;margin:0}header{background:%s;color:#fff;padding:8px}header a{color:#fff}
.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;background:#f5f5f5}footer{font-size:12px;color:#666;border-top:1px solid #ddd;padding:8px}</style>
</head><body class="%s">
<header><div class="logo">%s</div><nav>%s | <a href="/index.html">导航</a></nav></header>
<div class="breadcrumb">当前位置：%s</div>
<div class="wrap"><main>%s
<div class="related"><h3>相关推荐</h3><ul>%s</ul></div></main>
<aside>%s</aside></div>
<footer>%s</footer>
</body></html>
""" % (html.escape(p["title"]), CSS[s["cls"]], s["cls"], s["full"], menu, bc, p["body"], rel, s["side"], s["footer"])

def build():
    # site indexes
    for sk in ORDER:
        s = SITES[sk]
        items = [q for q in PAGES if site_of(q["path"]) == sk]
        lis = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], html.escape(q["title"])) for q in items)
        PAGES.append(dict(path="/%s/index.html" % sk, title="%s - 首页" % s["full"],
                          body="<h1>%s</h1><ul class='list'>%s</ul>" % (s["full"], lis), is_offer=False, operator=None,
                          provider=None, ids=[], note="site index", crumbs=[("首页", "/%s/index.html" % sk)], related=[]))
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        t = render(p)
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
        texts[p["path"]] = t
        # own-site footers belong to the operator
        if p["is_offer"] and SITES[site_of(p["path"])]["footer_ids"]:
            for x in SITES[site_of(p["path"])]["footer_ids"]:
                if x not in p["ids"]:
                    p["ids"].append(list(x))
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>" % "".join(
        "<li><a href='/%s/index.html'>%s</a></li>" % (sk, SITES[sk]["full"]) for sk in ORDER)
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                  identifiers=p["ids"], note=p["note"]) for p in PAGES]
    ops = {}
    for op, brands in OPS.items():
        idl = []
        for p in pages:
            if p["operator"] == op:
                for k, v, _w in p["identifiers"]:
                    if [k, v] not in idl:
                        idl.append([k, v])
        ops[op] = {"brands": brands, "identifiers": idl}
    decoys = []
    for k, v, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pg, why=why))
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(dict(pages=pages, operators=ops, decoys=decoys), f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    build()
