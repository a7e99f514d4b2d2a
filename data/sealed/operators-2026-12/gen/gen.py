"""Generate the sealed operator web: site/ and truth.json. Stdlib only. Run from anywhere."""
import json, os, random, shutil
from uscc import uscc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SITE = os.path.join(ROOT, "site")
R = random.Random(1)

U_SC = uscc("91", "310104", "MA1FL3K2")   # S03 上海
U_PC = uscc("91", "440300", "MA5G8T2W")   # S04 深圳
U_I = uscc("91", "420100", "MA4K7R1D")    # independent 武汉 school (unique)

MALL_FOOT = ('<div class="mall-foot">学能优选职业教育商城 · 平台客服热线 400-820-7716 · 投诉邮箱 '
             '<a href="mailto:kefu@xuenengyx.com">kefu@xuenengyx.com</a> · 入驻机构所售课程由入驻机构自行负责 · '
             '沪ICP备2021031587号</div>')

# --- sentence pools (each offer draws a few, without repeating inside one page) ---
POOL = [
 "课程覆盖数据采集与清洗、数据标注规范、模型效果评测等核心模块。",
 "授课老师来自一线互联网公司的数据运营团队，案例都是真实项目。",
 "线上直播与录播结合，错过直播可以无限次回看。",
 "每周两次直播答疑，班主任全程督学，作业逐份批改。",
 "实操环节使用真实标注平台账号练习，熟悉图像框选、语音转写和文本分类。",
 "理论部分配有章节题库，共一千二百余道练习题。",
 "考前安排三次全真模拟，按认定要素细目表逐项过关。",
 "学员可以申请加入合作企业的标注项目，边学边接单。",
 "适合客服、运营、行政、在校大学生等希望转型AI方向的人群。",
 "课程包含Prompt编写与大模型对话质量评估的专题。",
 "周末班、晚班、全日制班三种时间可选，在职人员也能兼顾。",
 "教材为标准配套教材，另附内部讲义和操作手册。",
 "结业后可获得培训结业证明，通过认定者另领职业技能等级证书。",
 "报名后七天内未开课可全额退款，开课后按课时比例退费。",
 "费用包含培训费、教材费与认定考务费，无其他隐形收费。",
 "支持分期付款，首付三成即可入学。",
 "企业团报五人以上另有优惠，可开具增值税发票。",
 "已有数千名学员通过我们取得证书，就业方向包括数据标注主管、算法测试等岗位。",
 "证书可在全国联网平台查询，用人单位认可度高。",
 "部分城市持证可申请技能提升补贴，具体以当地政策为准。",
 "实训基地配备工作站，线下班提供免费午餐。",
 "每期限额三十人，小班教学保证效果。",
 "零基础学员先上两周先修课，补齐计算机与Excel基础。",
 "学完赠送一年的岗位推荐服务，简历一对一修改。",
 "我们与多家评价机构长期合作，考位充足。",
 "课程内容根据2021年版国家职业技能标准编排。",
 "报名需提交身份证复印件、学历证明和一寸白底照片。",
 "考试分理论知识和操作技能两部分，均为百分制，六十分合格。",
 "线上考核采用双机位监考，请提前准备好摄像设备。",
 "本期开班时间为每月第一个周六，报满即开。",
 "老学员推荐新学员报名，双方各减两百元。",
 "课后提供专属学习群，助教每天在线解答问题。",
 "开课前会寄出纸质教材一套和实训账号开通指南。",
 "课堂录音录像仅供本班学员复习使用，请勿外传。",
 "每节课后布置十到十五分钟的小练习，第二天讲评。",
 "我们的讲师都持有本职业二级以上证书并有授课经验。",
 "学习平台支持手机、平板和电脑三端同步进度。",
 "报名成功后班主任会拉你进班级群并发放课表。",
 "操作技能部分会讲解标注质检、抽检比例和返工流程。",
 "文本标注模块涵盖实体识别、情感判断和意图分类。",
 "语音模块练习转写规范、静音切分和说话人区分。",
 "图像模块练习矩形框、多边形和关键点三种标注方式。",
 "课程后半段讲解如何编写标注规则文档并培训新人。",
 "算法测试员方向会介绍测试集构建和指标计算方法。",
 "学员反馈最多的是实操课老师讲得接地气。",
 "不清楚自己适合哪个等级，可以先做一次免费测评。",
 "往期班级的平均出勤率在九成以上。",
 "缺课学员可以跟下一期补听，不另收费。",
 "教学点附近有地铁站，交通方便。",
 "线上学员考前一周需到指定考点参加实操考核。",
 "认定报名截止时间以评价机构通知为准，请尽早提交材料。",
 "培训合同一式两份，退费条款写在第六条。",
 "收费按物价备案标准执行，开具正规收据。",
 "为照顾宝妈学员，部分班级设在工作日上午。",
 "团队项目课上分组完成一个小型数据集的标注与验收。",
 "课程结束有结业展示，优秀作品推荐给合作企业。",
 "结业三个月内可免费回来重听任意章节。",
 "我们不承诺包过，但会针对薄弱项单独辅导。",
 "学员档案统一保管，报名材料不外泄。",
 "课件每季度更新一次，紧跟大模型行业变化。",
 "有工作单位的学员可申请单位出具工作年限证明。",
 "认定不通过的科目可申请补考一次，补考费另计。",
 "课程试听链接在公众号菜单里可以找到。",
 "咨询时请说明自己的学历和相关工作年限，方便老师判断报考等级。",
 "来校参观请提前一天预约。",
 "每月评选学习之星，奖励实体书一本。",
 "就业推荐不等于包分配，请理性看待。",
 "报名人数不足十人时顺延开班，已交费用可全额退回。",
 "外地学员可在线完成全部课时，只需到考点参加考核。",
 "培训期间提供上机电脑，无需自带笔记本。",
 "学员满意度调查每期公开，欢迎监督。",
 "已取得五级证书的学员报四级可减免部分学费。",
 "我们会在开课首日讲解职业技能等级证书的查询方法。",
 "特别欢迎退役军人和失业人员报名，可咨询补贴政策。",
]

SHOW_DECOY = {
 "12333": "证书真伪可拨打人社服务热线12333或登录官方平台核验。",
 "12333b": "如对培训收费有疑问，可致电当地人社咨询电话 12333 了解政策。",
 "12315": "消费维权请拨打全国市场监管投诉热线12315。",
 "zscx": "证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。",
 "zscxb": "拿证后登录 zscx.osta.org.cn 输入姓名与证书编号即可查到。",
}


def h(s):
    return s


pages = []   # truth entries
files = {}   # path -> html


def tag_ids(ids):
    return [{"kind": k, "value": v} for k, v in ids]


def page(path, html, is_offer, operator=None, provider=None, ids=(), note=""):
    files[path] = html
    pages.append({"path": path, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": tag_ids(ids), "note": note})


def shell(title, body, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<!-- fictional test page; organisations, phones and sites are invented -->\n"
            f"<title>{title}</title>\n<style>body{{font-family:sans-serif;max-width:860px;margin:auto}}{css}</style>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


_CYCLE = []


def draw(k):
    """sentences dealt from a shuffled deck, so two offers rarely share one"""
    out = []
    for _ in range(k):
        if not _CYCLE:
            _CYCLE.extend(R.sample(POOL, len(POOL)))
        out.append(_CYCLE.pop())
    return "".join(f"<p>{s}</p>\n" for s in out)


FACTS = [
 "<ul class=\"facts\"><li>职业：人工智能训练师（{level}）</li><li>费用：{fee}</li><li>发证：{issuer}</li></ul>\n",
 "<p>【报考项目】人工智能训练师 {level}；【学费】{fee}；【证书颁发】{issuer}。</p>\n",
 "<table><tr><td>等级</td><td>{level}</td></tr><tr><td>收费标准</td><td>{fee}</td></tr><tr><td>认定机构</td><td>{issuer}</td></tr></table>\n",
 "<p>本次招生为人工智能训练师{level}，学费合计{fee}，考核合格由{issuer}核发职业技能等级证书，欢迎报名。</p>\n",
 "<p>▶ 项目：人工智能训练师·{level} ▶ 价格：{fee} ▶ 出证单位：{issuer}</p>\n",
]


def offer_core(o):
    return R.choice(FACTS).format(level=o["level"], fee=o["fee"], issuer=o["issuer"])


def render(o):
    kind = o["where"]
    t = o["title"]
    extras = "".join(f"<p>{SHOW_DECOY[d]}</p>\n" for d in o.get("show", []))
    body_txt = f"<p>{o['pitch']}</p>\n" + draw(2) + offer_core(o) + extras + o.get("extra", "")
    contact = f"<div class=\"contact\">{o['contact']}</div>\n"
    if kind == "mall":
        b = (f"<div class=\"mall-top\"><a href=\"/mall/index.html\">学能优选</a> &gt; 职业技能 &gt; 人工智能</div>\n"
             f"<div class=\"shop\">店铺：{o['brand']}</div>\n<h1>{t}</h1>\n<div class=\"price\">￥{o['price']}</div>\n"
             f"{body_txt}<h3>机构联系方式</h3>\n{contact}{MALL_FOOT}")
    elif kind == "fenlei":
        b = (f"<div class=\"crumb\"><a href=\"/fenlei/index.html\">百姓信息港</a> &gt; 教育培训 &gt; 职业技能</div>\n"
             f"<h1>{t}</h1>\n<div class=\"meta\">发布者：{o['brand']} · {o['city']} · 浏览 {R.randint(120, 3000)} 次</div>\n"
             f"{body_txt}<div class=\"lx\"><b>联系方式</b>{contact}</div>\n<p class=\"tip\">温馨提示：交易前请核实对方资质，谨防上当受骗。</p>")
    elif kind == "bbs":
        b = (f"<div class=\"crumb\"><a href=\"/bbs/index.html\">职考吧论坛</a> &gt; 考证交流</div>\n<h1>{t}</h1>\n"
             f"<div class=\"post\"><div class=\"author\">楼主：{o['brand']}招生老师</div>\n{body_txt}{contact}</div>\n"
             f"<div class=\"reply\">2楼：{o.get('reply', '已私信，求资料。')}</div>")
    elif kind == "mp":
        b = (f"<h1 class=\"rich_media_title\">{t}</h1>\n<div class=\"meta\"><a href=\"/mp/index.html\">{o['brand']}</a> "
             f"<em>2026-11-{R.randint(10, 30)}</em></div>\n<div id=\"js_content\">{body_txt}<section class=\"box\">{contact}</section></div>\n"
             f"<div class=\"read\">阅读 {R.randint(800, 9000)} · 在看 {R.randint(3, 90)}</div>")
    else:  # school site
        b = (f"<div class=\"logo\">{o['brand']}</div>\n<nav><a href=\"/sites/index.html\">院校导航</a> | 首页 | 课程 | 关于我们</nav>\n"
             f"<h1>{t}</h1>\n{body_txt}<h3>报名咨询</h3>\n{contact}<div class=\"foot\">© 2026 {o['brand']} 版权所有</div>")
    return shell(t, b)


def sp(num, cuts):
    """split a digit string by inline tags at the given cut points"""
    out, last = [], 0
    for c in cuts + [len(num)]:
        out.append(num[last:c]); last = c
    return out[0] + "".join(f"<span>{x}</span>" for x in out[1:])


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

OFFERS = [
 # ---------------- S01 北京: mobile 13911452087, wechat zqwl2087 ----------------
 dict(path="/sites/zhiqi/index.html", op="S01", brand="智启AI学院", where="site", city="北京",
      title="智启AI学院 | 人工智能训练师四级（中级工）周末班招生", level="四级/中级工", fee="3280元", price="3280",
      issuer="北京市备案的社会培训评价组织", show=["zscx"],
      pitch="智启AI学院坐落于海淀区中关村南大街，专注新职业培训五年，本期周末班面向有一年以上相关工作经历的学员。",
      contact="联系人手机：139 1145 2087（张老师）<br>学院邮箱：zhaosheng@zqai-edu.cn",
      ids=[("phone", "+8613911452087"), ("email", "zhaosheng@zqai-edu.cn")]),
 dict(path="/mall/shop/qihang.html", op="S01", brand="启航职培中心", where="mall", city="北京",
      title="【启航职培】人工智能训练师三级 高级工 直播+实训 包教材", level="三级/高级工", fee="4580元（含认定费）", price="4580",
      issuer="经人社部门备案的第三方评价机构",
      pitch="启航职培中心开设的高级工班侧重业务分析与智能训练两大章节，配套二十个实操任务。",
      contact="咨询热线：+86 139-1145-2087（微信同号）<br>备用微信：zqwl2087",
      ids=[("phone", "+8613911452087"), ("wechat", "13911452087"), ("wechat", "zqwl2087")],
      note="微信同号 gives wechat = the mobile"),
 dict(path="/fenlei/post-70413.html", op="S01", brand="未来数智教育", where="fenlei", city="北京",
      title="朝阳区 人工智能训练师五级初级工培训 数据标注入门 包过指导", level="五级/初级工", fee="1980元", price="1980",
      issuer="北京某评价机构（报名时告知）", show=["12333"],
      pitch="未来数智教育在朝阳区望京设有教学点，五级班六十课时，结课后统一组织认定。",
      contact="薇信：ZQWL2087（加好友备注“训练师”）<br>座机：010-8245 6631",
      ids=[("wechat", "zqwl2087"), ("phone", "+861082456631")]),
 # ---------------- S02 杭州: 400-611-3827, QQ 2837461920, email zhixing_ai@163.com ----------------
 dict(path="/mall/shop/zhixing.html", op="S02", brand="知行数智学堂", where="mall", city="杭州",
      title="知行数智学堂·人工智能训练师（四级）线上班 随到随学", level="四级", fee="2680元", price="2680",
      issuer="浙江省技能人才评价备案机构",
      pitch="知行数智学堂的线上四级班把数据采集和处理、数据标注、智能系统运维拆成四十八节短课，每节不超过二十分钟。",
      contact="全国咨询：４００－６１１－３８２７<br>资料索取：zhixing_ai@163.com",
      ids=[("phone", "+864006113827"), ("email", "zhixing_ai@163.com")]),
 dict(path="/mp/hangshu-1124.html", op="S02", brand="杭数职培", where="mp", city="杭州",
      title="杭州人注意！人工智能训练师三级开班，名额仅剩12个", level="三级/高级工", fee="3980元", price="3980",
      issuer="省级备案评价机构",
      pitch="杭数职培本月在滨江区开设线下高级工班，三个周末集中授课，第四周进行操作技能考核。",
      extra="<p>⚠️ 近期有不法分子冒充杭数职培老师，使用电话 170-8812-5506 收取“加急费”，该号码非本机构电话，请勿转账！</p>\n",
      contact="报名咨询：400 6113827<br>企鹅：2837461920",
      ids=[("phone", "+864006113827"), ("qq", "2837461920")]),
 dict(path="/fenlei/post-70588.html", op="S02", brand="码上标注学院", where="fenlei", city="杭州",
      title="码上标注学院 人工智能训练师五级 数据标注员方向 可开发票", level="五级（数据标注员）", fee="1680元", price="1680",
      issuer="合作评价机构", show=["12315"],
      pitch="码上标注学院只做数据标注员方向，五级课程以图像、语音、文本三类标注为主线。",
      contact="QQ：2837 461 920<br>邮箱：<a href=\"mailto:ZhiXing_AI@163.com\">ZhiXing_AI@163.com</a>",
      ids=[("qq", "2837461920"), ("email", "zhixing_ai@163.com")]),
 # ---------------- S03 上海: 021-64832917, QQ group 736281945, shzxpx.cn, USCC ----------------
 dict(path="/sites/shencheng/index.html", op="S03", brand="申城智训", where="site", city="上海",
      title="申城智训职业技能培训学校 - 人工智能训练师三级/四级", level="三级、四级", fee="三级4200元，四级3100元", price="3100",
      issuer="上海市技能人才评价备案的评价机构", show=["12333"],
      pitch="申城智训位于徐汇区漕溪北路，是上海较早开设人工智能训练师课程的民办培训学校之一。",
      contact=f"电话：(021) 6483 2917<br>官网：www.shzxpx.cn<br>统一社会信用代码：{U_SC}",
      ids=[("phone", "+862164832917"), ("domain", "shzxpx.cn"), ("uscc", U_SC)]),
 dict(path="/bbs/thread-3318.html", op="S03", brand="浦江AI职业技能培训", where="bbs", city="上海",
      title="【上海】人工智能训练师四级考前冲刺班，带你过操作技能", level="四级/中级工", fee="1500元（冲刺班）", price="1500",
      issuer="评价机构（上海）",
      pitch="浦江AI职业技能培训的冲刺班只针对已报名认定的考生，五次课讲透操作题评分点。",
      contact="备考交流群：736281945<br>咨询电话 +86 21 6483 2917",
      reply="去年在他们那里上的冲刺班，操作题讲得挺细。",
      ids=[("qq_group", "736281945"), ("phone", "+862164832917")]),
 dict(path="/mall/shop/hushang.html", op="S03", brand="沪上数据标注营", where="mall", city="上海",
      title="沪上数据标注营 人工智能训练师五级 21天训练营", level="五级", fee="1299元", price="1299",
      issuer="上海备案评价机构",
      pitch="沪上数据标注营用二十一天打卡的方式带学员完成五级全部课时，每天一小时。",
      extra="<p>声明：微信号 kzvip_0099 自称我营“内部渠道”可免考拿证，系骗子账号，与本营无关。</p>\n",
      contact="训练营QQ群：736 281 945<br>更多课程见我们的网站 shzxpx.cn",
      ids=[("qq_group", "736281945"), ("domain", "shzxpx.cn")]),
 dict(path="/mp/haipai-ai.html", op="S03", brand="海派人工智能学苑", where="mp", city="上海",
      title="海派人工智能学苑｜一级高级技师研修班开放申请", level="一级/高级技师", fee="12800元", price="12800",
      issuer="上海市备案评价机构",
      pitch="海派人工智能学苑的研修班只接收持二级证书满四年的学员，课程以培训与指导、技术论文答辩为主。",
      extra="<p>证书样本：准考证号 15023318927（示例，非真实考生）</p>\n",
      contact=f"主办单位统一社会信用代码 {U_SC.lower()}<br>申请方式：提交材料至学苑教务处",
      ids=[("uscc", U_SC)], note="USCC written lower case"),
 # ---------------- S04 深圳: USCC, account holder, mobile ----------------
 dict(path="/sites/pengcheng/index.html", op="S04", brand="鹏城智能教育", where="site", city="深圳",
      title="鹏城智能教育 — 人工智能训练师职业技能等级认定培训", level="四级/三级", fee="四级2980元，三级3880元", price="2980",
      issuer="广东省备案的社会培训评价组织", show=["zscx"],
      pitch="鹏城智能教育在南山科技园设有两间实训室，可同时容纳八十人上机。",
      contact=(f"企业统一社会信用代码：{U_PC}<br>对公账户 户名：深圳市鹏城数智教育科技有限公司<br>"
               "开户行：招商银行深圳科技园支行"),
      ids=[("uscc", U_PC), ("other", "深圳市鹏城数智教育科技有限公司")]),
 dict(path="/fenlei/post-71020.html", op="S04", brand="南山数智人才", where="fenlei", city="深圳",
      title="南山数智人才 人工智能训练师中级 晚班 周一至周四", level="中级（四级）", fee="2880元", price="2880",
      issuer="广东备案评价机构",
      pitch="南山数智人才的晚班每晚七点半到九点半，四周上完，适合上班族。",
      extra="<p>特别提醒：有人冒充我司员工用 17088125506 打电话催缴考试费，非本公司号码。</p>\n",
      contact="学费请转入对公账户（收款户名：深圳市鹏城数智教育科技有限公司，开户行：招商银行）<br>招生手机：186 7654 3019",
      ids=[("other", "深圳市鹏城数智教育科技有限公司"), ("phone", "+8618676543019")]),
 dict(path="/mall/shop/nanhai.html", op="S04", brand="南海智汇学堂", where="mall", city="深圳",
      title="南海智汇学堂｜人工智能训练师三级高级工 双休班", level="三级", fee="3680元", price="3680",
      issuer="评价机构（深圳）",
      pitch="南海智汇学堂双休班安排六个周末，每周六上理论、周日上机实操。",
      extra="<p>国家标准课程编号：586204137</p>\n",
      contact=f"运营主体信用代码：{U_PC[:6]} {U_PC[6:12]} {U_PC[12:]}",
      ids=[("uscc", U_PC)], note="USCC written with spaces"),
 # ---------------- S05 成都: 15828374610, tfzx-4610, tfzx@tfzhixun.com ----------------
 dict(path="/mp/rongcheng-ai.html", op="S05", brand="蓉城AI培训", where="mp", city="成都",
      title="成都｜人工智能训练师五级/四级开课啦，蓉城AI培训春季班", level="五级、四级", fee="五级1880元，四级2580元", price="1880",
      issuer="四川省备案评价机构", show=["12333b"],
      pitch="蓉城AI培训在高新区天府三街开课，春季班提前报名可领教材礼包。",
      contact="一键拨号：<a href=\"tel:+8615828374610\">点击咨询</a><br>微信：tfzx-4610",
      ids=[("phone", "+8615828374610"), ("wechat", "tfzx-4610")], note="phone only in tel: link"),
 dict(path="/mall/shop/tianfu.html", op="S05", brand="天府智能职训", where="mall", city="成都",
      title="天府智能职训 人工智能训练师四级 含上机考试辅导", level="四级", fee="2580元", price="2580",
      issuer="四川备案评价机构",
      pitch="天府智能职训的四级课程特别加强了智能系统运维一章的上机演练。",
      contact="电话：0086-158 2837 4610<br>邮箱：<a href=\"mailto:tfzx@tfzhixun.com\">tfzx@tfzhixun.com</a>",
      ids=[("phone", "+8615828374610"), ("email", "tfzx@tfzhixun.com")]),
 dict(path="/bbs/thread-3402.html", op="S05", brand="锦官数据学院", where="bbs", city="成都",
      title="锦官数据学院：人工智能训练师三级，成都本地考点，欢迎咨询", level="三级", fee="3580元", price="3580",
      issuer="四川省备案评价机构",
      pitch="锦官数据学院的三级班与本地考点对接，不需要跑外地考试。",
      extra="<p>往期学员准考证号：15023318927（已打码处理）</p>\n",
      contact="报名资料发邮箱 TFZX@tfzhixun.com<br>或加V：tfzx-4610",
      ids=[("email", "tfzx@tfzhixun.com"), ("wechat", "tfzx-4610")]),
 # ---------------- S06 武汉: hx-ai668, QQ 3305571286, 13367120458, group 915203348 ----------------
 dict(path="/fenlei/post-71266.html", op="S06", brand="江城智学", where="fenlei", city="武汉",
      title="武汉江城智学 人工智能训练师考证 四级五级 零基础可学", level="四级、五级", fee="2200元起", price="2200",
      issuer="湖北备案评价机构",
      pitch="江城智学在洪山区街道口开班，五级和四级可以分开报，也可以连报享优惠。",
      contact="V❤：hx-ai668",
      ids=[("wechat", "hx-ai668")]),
 dict(path="/mp/chutian-yanxiu.html", op="S06", brand="楚天AI研修社", where="mp", city="武汉",
      title="楚天AI研修社：人工智能训练师二级技师班，开放最后一批名额", level="二级/技师", fee="8800元", price="8800",
      issuer="湖北省备案评价机构", show=["zscxb"],
      pitch="楚天AI研修社的技师班要求学员持三级证书，课程以项目答辩和论文指导为主。",
      contact="薇❤：hx-ai668<br>企鹅号：3305571286",
      ids=[("wechat", "hx-ai668"), ("qq", "3305571286")]),
 dict(path="/mall/shop/guanggu.html", op="S06", brand="光谷数智职教", where="mall", city="武汉",
      title="光谷数智职教 人工智能训练师三级 线上直播 送题库", level="三级", fee="3380元", price="3380",
      issuer="湖北备案评价机构",
      pitch="光谷数智职教的三级直播课每周三次，配套题库含操作技能评分细则。",
      contact="扣扣：3305571286<br>手机：133 6712 0458",
      ids=[("qq", "3305571286"), ("phone", "+8613367120458")]),
 dict(path="/sites/hankou/index.html", op="S06", brand="汉口人工智能训练营", where="site", city="武汉",
      title="汉口人工智能训练营 人工智能训练师五级 暑期集训", level="五级", fee="1580元", price="1580",
      issuer="湖北省备案评价机构", show=["12315"],
      pitch="汉口人工智能训练营的暑期集训为期十五天，住宿可由营地协助安排。",
      contact="咨询热线：" + sp("13367120458", [3, 7]) + "<br>学员QQ群：915203348",
      ids=[("phone", "+8613367120458"), ("qq_group", "915203348")], note="mobile split by <span> tags"),
 # ---------------- S07 西安: 18992706613 ----------------
 dict(path="/fenlei/post-71503.html", op="S07", brand="长安智培", where="fenlei", city="西安",
      title="西安长安智培 人工智能训练师四级 小班授课 雁塔区", level="四级", fee="2480元", price="2480",
      issuer="陕西省备案评价机构",
      extra="<p>标准课程编号 586204137，按国家标准学时授课。</p>\n",
      pitch="长安智培在雁塔区小寨设点，每班不超过十五人。",
      contact="联系电话：" + "18992706613".translate(FW) + "（刘老师）",
      ids=[("phone", "+8618992706613")], note="full-width digits"),
 dict(path="/bbs/thread-3477.html", op="S07", brand="秦川数智", where="bbs", city="西安",
      title="秦川数智招生：人工智能训练师三级，西安线下+线上双模式", level="三级", fee="3450元", price="3450",
      issuer="陕西备案评价机构",
      pitch="秦川数智三级班线下在高新区上课，外地学员可选线上直播。",
      extra="<p>提醒：手机号17088125506自称秦川数智“考务组”收费，属冒充，请勿理会。</p>\n",
      contact="电话：189-9270-6613<br>地址：高新区锦业路",
      ids=[("phone", "+8618992706613")]),
 # ---------------- S08 广州: ycai-edu.com, 020-38921174, admin@ycai-edu.com ----------------
 dict(path="/mall/shop/yangcheng.html", op="S08", brand="羊城AI技能学堂", where="mall", city="广州",
      title="羊城AI技能学堂 人工智能训练师四级 周末班 天河校区", level="四级/中级工", fee="2780元", price="2780",
      issuer="广东省备案评价机构",
      pitch="羊城AI技能学堂天河校区每周末开课，四级课程五十学时。",
      contact="官方网站：www.ycai-edu.com<br>校区电话：020-3892 1174",
      ids=[("domain", "ycai-edu.com"), ("phone", "+862038921174")]),
 dict(path="/mp/yueshu-ai.html", op="S08", brand="粤数人工智能培训", where="mp", city="广州",
      title="粤数人工智能培训｜广州人工智能训练师三级高级工招生简章", level="三级/高级工", fee="3880元", price="3880",
      issuer="广东备案评价机构", show=["12333"],
      pitch="粤数人工智能培训的招生简章写明三级须持四级证书，不收零基础学员。",
      contact="报名热线：0086 20 3892 1174",
      ids=[("phone", "+862038921174")]),
 dict(path="/fenlei/post-71644.html", op="S08", brand="珠江职培网", where="fenlei", city="广州",
      title="珠江职培网 人工智能训练师五级 数据标注 番禺/海珠可上课", level="五级", fee="1780元", price="1780",
      issuer="广东备案评价机构",
      pitch="珠江职培网在番禺和海珠各有一个教学点，五级课程两周完成。",
      contact="网上报名：ycai-edu.com/ai<br>邮箱：admin@ycai-edu.com",
      ids=[("domain", "ycai-edu.com"), ("email", "admin@ycai-edu.com")]),
 # ---------------- S09 南京: 王丽娟, 17751380926, wlj_jl926 ----------------
 dict(path="/fenlei/post-71802.html", op="S09", brand="金陵智训", where="fenlei", city="南京",
      title="南京金陵智训 人工智能训练师证书培训 四级 新街口", level="四级", fee="2380元", price="2380",
      issuer="江苏省备案评价机构", show=["zscx"],
      pitch="金陵智训在新街口附近上课，四级班每周二、四晚上。",
      contact="学费支付宝转账，收款人：王丽娟<br>微信：wlj_jl926",
      ids=[("other", "王丽娟"), ("wechat", "wlj_jl926")]),
 dict(path="/mp/qinhuai-ai.html", op="S09", brand="秦淮AI学院", where="mp", city="南京",
      title="秦淮AI学院｜人工智能训练师五级，一次通过率高", level="五级", fee="1690元", price="1690",
      issuer="江苏备案评价机构",
      pitch="秦淮AI学院五级课程配有每章一套的小测，错题自动归集。",
      extra="<p>郑重声明：微信 kzvip_0099 并非本学院账号，其“免考包过”说法均为诈骗。</p>\n",
      contact="转账请备注姓名，收款人 王丽娟<br>电话 177-5138-0926",
      ids=[("other", "王丽娟"), ("phone", "+8617751380926")]),
 dict(path="/bbs/thread-3519.html", op="S09", brand="钟山数据标注学堂", where="bbs", city="南京",
      title="钟山数据标注学堂 人工智能训练师三级 南京本地班开课通知", level="三级", fee="3280元", price="3280",
      issuer="江苏省备案评价机构",
      pitch="钟山数据标注学堂的三级本地班在玄武区上课，共八次课。",
      contact="微信：WLJ_JL926<br>电话：<a href=\"tel:17751380926\">17751380926</a>",
      ids=[("wechat", "wlj_jl926"), ("phone", "+8617751380926")]),
 # ---------------- independents ----------------
 dict(path="/mall/shop/xinghuo.html", op=None, brand="星火职业技能学校", where="mall", city="郑州",
      title="星火职业技能学校 人工智能训练师五级 郑州金水区", level="五级", fee="1580元", price="1580",
      issuer="河南省备案评价机构",
      pitch="星火职业技能学校在金水区开设五级班，每月一期。",
      contact="咨询：0371-6592 3308",
      ids=[("phone", "+8637165923308")]),
 dict(path="/mall/shop/lanjing.html", op=None, brand="蓝鲸数据学院", where="mall", city="青岛",
      title="蓝鲸数据学院·人工智能训练师四级 青岛线下班", level="四级", fee="2650元", price="2650",
      issuer="山东省备案评价机构", show=["12333"],
      pitch="蓝鲸数据学院青岛校区在市南区，四级线下班含十次上机课。",
      contact="微信号：lanjing_qd2026<br>手机：135 0532 7781",
      ids=[("wechat", "lanjing_qd2026"), ("phone", "+8613505327781")]),
 dict(path="/mall/shop/mingde.html", op=None, brand="明德智能培训", where="mall", city="长沙",
      title="明德智能培训 人工智能训练师三级 长沙岳麓区 含食宿", level="三级", fee="4380元（含食宿）", price="4380",
      issuer="湖南省备案评价机构",
      pitch="明德智能培训的三级班为全封闭集训，包含十二天食宿。",
      extra="<p>谨防上当：170 8812 5506 冒用我校名义招生，不是我们的电话。</p>\n",
      contact="QQ：1047736259<br>电话：0731-8861 4402",
      ids=[("qq", "1047736259"), ("phone", "+8673188614402")]),
 dict(path="/fenlei/post-72011.html", op=None, brand="北辰人工智能工作室", where="fenlei", city="天津",
      title="天津 人工智能训练师四级 辅导 北辰工作室 个人授课", level="四级", fee="2000元", price="2000",
      issuer="天津备案评价机构",
      pitch="北辰人工智能工作室由一名持二级证书的老师个人授课，一对三小组辅导。",
      extra="<p>以往学员准考证号样例 15023318927</p>\n",
      contact="联系人手机 152-2216-0394",
      ids=[("phone", "+8615222160394")]),
 dict(path="/sites/jiangnan/index.html", op=None, brand="江南数智职业培训学校", where="site", city="苏州",
      title="江南数智职业培训学校 人工智能训练师 三级四级 苏州工业园区", level="三级、四级", fee="三级3580元，四级2680元", price="2680",
      issuer="江苏省备案评价机构", show=["zscx"],
      pitch="江南数智职业培训学校在苏州工业园区星湖街，学校拥有自己的评价机构备案资质。",
      contact="招生办：0512-6288 7315<br>邮箱：<a href=\"mailto:zs@jnszpx.com\">zs@jnszpx.com</a><br>官网 www.jnszpx.com",
      ids=[("phone", "+8651262887315"), ("email", "zs@jnszpx.com"), ("domain", "jnszpx.com")]),
 dict(path="/mp/huayu-ai.html", op=None, brand="华宇数智", where="mp", city="合肥",
      title="华宇数智｜合肥人工智能训练师四级考证班，本周六开课", level="四级", fee="2380元", price="2380",
      issuer="安徽省备案评价机构",
      pitch="华宇数智合肥班在蜀山区上课，本周六首课免费试听。",
      extra="<p>声明：kzvip_0099 不是我们的微信，冒充者请自重。</p>\n",
      contact="咨询微信：huayu_hf88<br>企鹅：2209183746",
      ids=[("wechat", "huayu_hf88"), ("qq", "2209183746")]),
 dict(path="/bbs/thread-3560.html", op=None, brand="东湖智能教育", where="bbs", city="武汉",
      title="东湖智能教育 人工智能训练师五级 武昌开班 附课程表", level="五级", fee="1480元", price="1480",
      issuer="湖北省备案评价机构", show=["12315"],
      pitch="东湖智能教育武昌班课表已排好，每周一三五晚上上课。",
      contact=f"机构代码：{U_I}<br>电话：027-8765 2210",
      ids=[("uscc", U_I), ("phone", "+862787652210")]),
 dict(path="/sites/qilu/index.html", op=None, brand="齐鲁AI职业培训中心", where="site", city="济南",
      title="齐鲁AI职业培训中心 人工智能训练师二级技师 研修招生", level="二级/技师", fee="7800元", price="7800",
      issuer="山东省备案评价机构",
      pitch="齐鲁AI职业培训中心研修班在历下区，学员需持三级证书满四年。",
      extra="<p>本中心开设课程的标准课程编号 586204137。</p>\n",
      contact="联系我们：+86 531 8690 4417<br>qilu.ai.px@qq.com",
      ids=[("phone", "+8653186904417"), ("email", "qilu.ai.px@qq.com")]),
]

assert len({o["path"] for o in OFFERS}) == len(OFFERS)

for o in OFFERS:
    page(o["path"], render(o), True, o["op"], o["brand"], o["ids"], o.get("note", ""))

# --------------- non-offer pages ---------------
def listing(title, items, intro=""):
    lis = "\n".join(f"<li><a href=\"{p}\">{t}</a></li>" for p, t in items)
    return shell(title, f"<h1>{title}</h1>\n{intro}<ul>\n{lis}\n</ul>\n<p><a href=\"/index.html\">返回首页</a></p>")


def under(prefix):
    return [(o["path"], o["title"]) for o in OFFERS if o["path"].startswith(prefix)]


NEWS = [
 ("/news/warn-1.html", "警惕！冒充培训机构收取“加急拿证费”的电话诈骗",
  "<p>近日多名市民反映，接到自称培训机构考务人员的电话，称人工智能训练师证书可“加急”出证，需另交八百元。"
  "经核实，来电号码 170-8812-5506 并非任何备案机构的电话，系诈骗号码。</p>"
  "<p>人社部门提醒：职业技能等级证书可在 zscx.osta.org.cn 查询，如有疑问请拨打12333。</p>"),
 ("/news/warn-2.html", "“免考包过”微信号被曝光：已有学员被骗数千元",
  "<p>一个名为 kzvip_0099 的微信号在多个群内宣称“内部渠道免考拿人工智能训练师证”，收款后拉黑。"
  "记者联系多家培训机构，均表示该账号与其无关。</p><p>遇到类似情况可拨打12315投诉或向公安机关报案。</p>"),
 ("/news/warn-3.html", "人工智能训练师不是“国家职业资格证书”：看懂证书再报名",
  "<p>2020年以后，人工智能训练师证书属于职业技能等级证书，由备案的评价机构颁发，人社部不直接颁发。"
  "报名前可在 pjjg.osta.org.cn 查询评价机构名单，证书真伪可登录 zscx.osta.org.cn 核验。</p>"),
 ("/news/warn-4.html", "培训退费纠纷增多，消协提示签合同看清退费条款",
  "<p>今年以来，涉及职业技能培训的投诉明显增多，集中在退费难、虚假宣传。消费者可拨打12315或当地人社热线12333咨询。</p>"
  "<p>有消费者反映，订单号 13520467781 的课程付款后无人联系，经查系某电商平台订单编号，并非联系电话。</p>"),
]
for p, t, b in NEWS:
    page(p, shell(t, f"<div class=\"crumb\"><a href=\"/news/index.html\">资讯</a></div><h1>{t}</h1>\n{b}"), False,
         note="warning/news page")

QA = [
 ("/bbs/thread-3601.html", "求助：有人加我微信说能免考拿人工智能训练师证，靠谱吗？",
  "<p>楼主：对方微信 kzvip_0099，说交三千就能直接出证，还能在网上查到。</p>"
  "<p>2楼：别信，新闻都曝光了，这是骗子。证书只能去 zscx.osta.org.cn 查。</p>"
  "<p>3楼：正规的都要考理论和实操，没有免考。</p>"),
 ("/bbs/thread-3622.html", "考完人工智能训练师四级多久能查到证书？",
  "<p>楼主：我十月考的四级，准考证号 15023318927 开头那种，现在还查不到。</p>"
  "<p>2楼：一般评价机构上报后一两个月，可以打12333问问当地人社。</p>"),
 ("/bbs/thread-3650.html", "接到170开头的电话催缴考试费，是不是诈骗？",
  "<p>楼主：电话是17088125506，说我报名的人工智能训练师考试要补缴费用。</p>"
  "<p>2楼：肯定是骗子，正规机构不会这样催，直接问你报名的学校。</p>"),
]
for p, t, b in QA:
    page(p, shell(t, f"<div class=\"crumb\"><a href=\"/bbs/index.html\">职考吧论坛</a></div><h1>{t}</h1>\n{b}"), False,
         note="forum Q&A, not an offer")

page("/mall/help.html", shell("学能优选 帮助中心", "<h1>学能优选 帮助中心</h1><p>入驻机构的课程由入驻机构负责，平台提供担保交易。"
     "订单问题请联系平台客服。</p><p>示例订单号：13520467781（订单编号不是电话号码）</p>" + MALL_FOOT), False,
     note="marketplace help page")
page("/sites/zhiqi/about.html", shell("关于智启AI学院", "<h1>关于智启AI学院</h1><p>智启AI学院成立于2021年，"
     "主要从事新职业培训研究，师资团队十余人。</p><p><a href=\"/sites/zhiqi/index.html\">返回首页</a></p>"), False,
     note="school about page, no offer, no contacts")
page("/sites/shencheng/news.html", shell("申城智训 学校新闻", "<h1>学校新闻</h1><p>我校组织教师参加人工智能训练师师资研修。</p>"
     "<p>学校新闻页不提供报名。</p><p><a href=\"/sites/shencheng/index.html\">返回首页</a></p>"), False,
     note="school news page")

SECTIONS = [
 ("/mall/index.html", "学能优选·职业技能课程", under("/mall/shop/") + [("/mall/help.html", "帮助中心")], MALL_FOOT),
 ("/fenlei/index.html", "百姓信息港 · 教育培训", under("/fenlei/"), ""),
 ("/bbs/index.html", "职考吧论坛 · 考证交流", under("/bbs/") + [(p, t) for p, t, _ in QA], ""),
 ("/mp/index.html", "公众号文章合集", under("/mp/"), ""),
 ("/news/index.html", "职业培训资讯与防骗提醒", [(p, t) for p, t, _ in NEWS], ""),
 ("/sites/index.html", "培训院校导航", under("/sites/") + [("/sites/zhiqi/about.html", "关于智启AI学院"),
                                                ("/sites/shencheng/news.html", "申城智训学校新闻")], ""),
]
for p, t, items, extra in SECTIONS:
    page(p, listing(t, items, extra), False, note="list page")
page("/index.html", listing("职培导航 — 人工智能训练师课程信息汇总", [(p, t) for p, t, _, _ in SECTIONS]), False, note="site root")

# --------------- write ---------------
if os.path.isdir(SITE):
    shutil.rmtree(SITE)
for p, html in files.items():
    fp = os.path.join(SITE, p.lstrip("/"))
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "w", encoding="utf-8") as f:
        f.write(html)
with open(os.path.join(SITE, "robots.txt"), "w") as f:
    f.write("User-agent: *\nAllow: /\n")

ops = {}
for o in OFFERS:
    if o["op"]:
        ops.setdefault(o["op"], []).append(o["brand"])
TIES = {
 "S01": "智启–启航 by mobile 13911452087; 启航–未来数智 by WeChat zqwl2087",
 "S02": "知行–杭数 by 400-611-3827; 杭数–码上 by QQ 2837461920; 知行–码上 by e-mail",
 "S03": "申城–浦江 by landline 021-64832917; 浦江–沪上 by QQ group 736281945; 沪上–申城 by domain shzxpx.cn; 海派–申城 by USCC",
 "S04": "鹏城–南山 by account holder 深圳市鹏城数智教育科技有限公司; 鹏城–南海 by USCC",
 "S05": "蓉城–天府 by mobile (tel: link / 0086); 天府–锦官 by e-mail; 蓉城–锦官 by WeChat tfzx-4610",
 "S06": "江城–楚天 by WeChat hx-ai668; 楚天–光谷 by QQ 3305571286; 光谷–汉口 by mobile 13367120458",
 "S07": "长安–秦川 by mobile 18992706613 (full-width on one page)",
 "S08": "羊城–粤数 by landline 020-38921174 (0086 form); 羊城–珠江 by domain ycai-edu.com",
 "S09": "金陵–秦淮 by 收款人 王丽娟; 秦淮–钟山 by mobile; 金陵–钟山 by WeChat wlj_jl926",
}
operators = {k: {"brands": v, "ties": TIES[k]} for k, v in sorted(ops.items())}


def paths_with(s):
    return sorted(p for p, html in files.items() if s in html)


decoys = [
 {"kind": "public_number", "value": "12333", "paths": paths_with("12333")},
 {"kind": "public_number", "value": "12315", "paths": paths_with("12315")},
 {"kind": "public_number", "value": "zscx.osta.org.cn", "paths": paths_with("zscx.osta.org.cn")},
 {"kind": "marketplace_footer", "value": "400-820-7716", "paths": paths_with("400-820-7716")},
 {"kind": "marketplace_footer", "value": "kefu@xuenengyx.com", "paths": paths_with("kefu@xuenengyx.com")},
 {"kind": "warning_quote", "value": "17088125506 (170-8812-5506 / 170 8812 5506)",
  "paths": sorted(set(paths_with("17088125506") + paths_with("170-8812-5506") + paths_with("170 8812 5506")))},
 {"kind": "warning_quote", "value": "kzvip_0099", "paths": paths_with("kzvip_0099")},
 {"kind": "order_number", "value": "15023318927", "paths": paths_with("15023318927")},
 {"kind": "order_number", "value": "586204137", "paths": paths_with("586204137")},
 {"kind": "order_number", "value": "13520467781", "paths": paths_with("13520467781")},
]
n_off = sum(p["is_offer"] for p in pages)
truth = {
 "description": ("Sealed operator web 2026-12, written by an independent hand without reading certwatch code. "
                 f"{len(pages)} HTML pages, {n_off} offers, {len(operators)} operators, "
                 f"{sum(1 for p in pages if p['is_offer'] and not p['operator'])} independent sellers. All names, numbers and sites invented."),
 "pages": sorted(pages, key=lambda p: p["path"]),
 "operators": operators,
 "decoys": decoys,
}
with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(truth["description"])
