#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05)
certificate pages plus truth.json. Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55

def uscc(prefix2, area6, body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix2 + area6 + body8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W18))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return first17 + ALPHA[r]

# ---------------------------------------------------------------- sellers
C = {}
C["U01_uscc"] = uscc("91", "350203", "MA2XM7Q3")
C["U03_uscc"] = uscc("91", "350206", "MA31KD8N")
C["U05_uscc"] = uscc("91", "350206", "MA8UY42L")
C["U08_uscc"] = uscc("51", "350100", "MJ0L72B6")
C["U09_uscc"] = uscc("91", "350104", "MA32HT5W")
C["I01_uscc"] = uscc("52", "350205", "MJX0318C")
C["ZX_uscc"] = uscc("91", "330106", "MA2H9K4E")   # franchise HQ (decoy)
C["KY_uscc"] = uscc("91", "510107", "MA6C8R1P")   # marketplace (decoy)
C["YX_uscc"] = uscc("91", "350102", "MA34PW9J")   # shop platform (decoy)

OPERATORS = {
    "U01": ["智训未来教育厦门分校", "智训AI学院(思明校区)", "智训未来·厦门"],
    "U02": ["智训未来教育福州分校", "榕智人力", "榕智职业培训学校", "榕智职培"],
    "U03": ["数标学堂", "闽智数科", "闽智数科(厦门)信息技术有限公司"],
    "U04": ["国培智联教育", "国培智联", "AI证书速通", "智联证书服务中心"],
    "U05": ["鹭岛优才", "鹭岛优才人力资源", "优才职培旗舰店"],
    "U06": ["职通AI训练营", "老陈说职场"],
    "U07": ["智训未来教育泉州分校", "刺桐AI学堂", "刺桐AI学堂福州报名点"],
    "U08": ["海峡数智技能认定中心", "海峡数智技能发展促进会", "数智认定中心福州服务站"],
    "U09": ["乐学帮兼职", "乐学帮AI训练师", "乐学帮教育旗舰店"],
}

# ---------------------------------------------------------------- sites
SITES = {
 "zhixun": dict(name="智训未来职业培训", domain="www.zhixunweilai.com",
    nav=["首页", "校区分布", "课程体系", "加盟合作", "关于我们"],
    side="<h4>全国校区</h4><p>杭州总部 · 厦门 · 福州 · 泉州 · 宁波 · 合肥</p><h4>热门课程</h4><p>人工智能训练师 / 数据标注员 / 生成式AI应用</p>",
    footer="全国加盟热线：400-860-5151 ｜ 总部邮箱：jiameng@zhixunweilai.com ｜ 智训未来教育科技(杭州)有限公司 统一社会信用代码：%s ｜ 浙ICP备2022034517号-1 ｜ www.zhixunweilai.com" % C["ZX_uscc"]),
 "keyuan": dict(name="课源网 · 职业技能课程平台", domain="www.keyuanwang.com",
    nav=["首页", "IT互联网", "职业技能", "考证培训", "机构入驻", "我的订单"],
    side="<h4>平台保障</h4><p>机构资质审核 · 7天无理由退款 · 平台担保交易</p><h4>猜你喜欢</h4><p>Python数据分析 / 电商运营 / 健康管理师</p>",
    footer="课源网客服热线：400-028-6677 ｜ 客服邮箱：kefu@keyuanwang.com ｜ 官方公众号：kyw_kefu ｜ 成都课源网络科技有限公司 %s ｜ 蜀ICP备2020031866号" % C["KY_uscc"]),
 "xmrc": dict(name="鹭岛分类信息网", domain="www.ludaofenlei.com",
    nav=["首页", "招聘", "求职", "教育培训", "二手", "房产"],
    side="<h4>安全提示</h4><p>凡是先收费的招聘都是骗子！求职过程中请勿缴纳任何押金、培训费。</p><h4>热门区域</h4><p>思明 湖里 集美 海沧 同安 翔安</p>",
    footer="鹭岛分类信息网 客服电话：0592-5139870 ｜ 举报邮箱：jubao@ludaofenlei.com ｜ 闽ICP备19003725号-1 ｜ 信息由用户自行发布，本站不对其真实性负责"),
 "wenda": dict(name="问一问 · 知识问答社区", domain="www.wenyiwen365.com",
    nav=["首页", "教育", "职场", "财经", "生活", "我要提问"],
    side="<h4>相关问题</h4><p>数据标注员好找工作吗？ / 技能提升补贴怎么领？ / 职业技能等级证书怎么查？</p>",
    footer="问一问 wenyiwen365.com ｜ 用户客服QQ：800061523 ｜ 京ICP备18057213号 ｜ 回答内容仅代表答主个人观点"),
 "mp": dict(name="微文摘 · 公众号好文转载", domain="www.weiwenzhai.cn",
    nav=["首页", "职场", "教育", "科技", "本地", "投稿"],
    side="<h4>24小时热文</h4><p>厦门今年社保基数调整 / AI会取代哪些工作 / 福州地铁4号线最新进展</p>",
    footer="微文摘 weiwenzhai.cn ｜ 投稿及侵权联系：tougao@weiwenzhai.cn ｜ 本站内容转载自微信公众号，版权归原作者所有 ｜ 粤ICP备21044508号"),
 "video": dict(name="快看短视频", domain="www.kkvideo.cn",
    nav=["推荐", "关注", "同城·厦门", "知识", "直播"],
    side="<h4>相关推荐</h4><p>#AI训练师 #数据标注 #副业 #考证 #技能提升</p>",
    footer="快看短视频 kkvideo.cn ｜ 平台客服：400-115-8860 ｜ 未成年人保护 ｜ 沪ICP备20011472号-3"),
 "news": dict(name="海西晨报网", domain="www.haixicb.com",
    nav=["首页", "本地", "教育", "民生", "财经", "专题"],
    side="<h4>热点</h4><p>厦门发布2026年紧缺技能人才目录 / 福州技能人才评价改革观察</p>",
    footer="海西晨报网 版权所有 ｜ 新闻热线：0592-5589666 ｜ 报料邮箱：baoliao@haixicb.com ｜ 闽ICP备10205588号"),
 "rsj": dict(name="闽江新区人力资源和社会保障服务网", domain="rsfw.mjxq.gov.cn",
    nav=["首页", "通知公告", "政策文件", "办事指南", "技能人才评价", "互动交流"],
    side="<h4>便民服务</h4><p>技能人才评价证书查询：zscx.osta.org.cn<br>评价机构目录：pjjg.osta.org.cn<br>人社服务热线：12333</p>",
    footer="主办：闽江新区人力资源和社会保障服务中心 ｜ 咨询电话：0591-87601234 ｜ 人社服务热线 12333 ｜ rsfw.mjxq.gov.cn"),
 "forum": dict(name="榕城生活论坛", domain="bbs.rongchenglife.net",
    nav=["首页", "榕城杂谈", "求职招聘", "教育培训", "消费维权", "二手市场"],
    side="<h4>版规</h4><p>广告帖请发到【教育培训】版，发帖请勿留他人隐私信息。</p><h4>论坛交流群</h4><p>QQ群：731502468</p>",
    footer="榕城生活论坛 bbs.rongchenglife.net ｜ 论坛交流QQ群：731502468 ｜ 版主邮箱：bbs@rongchenglife.net ｜ 闽ICP备17021964号"),
 "shop": dict(name="优学优品 · 教育商城", domain="www.youxueyoupin.com",
    nav=["首页", "考证专区", "课程", "资料", "店铺街", "购物车"],
    side="<h4>交易保障</h4><p>担保交易 · 支付宝付款 · 支付宝客服 95188</p><h4>热销</h4><p>健康管理师题库 / 人力资源管理师课程</p>",
    footer="优学优品平台客服：400-772-3150 ｜ 福州优学优品电子商务有限公司 %s ｜ 支付服务由支付宝提供，支付宝客服 95188 ｜ 闽ICP备22009141号" % C["YX_uscc"]),
 "blog": dict(name="简记博客", domain="www.jianjiblog.com",
    nav=["首页", "职场", "技术", "生活", "写博客"],
    side="<h4>热门博主</h4><p>老陈说职场 / 鹭岛数据人 / 小林考证日记</p>",
    footer="简记博客 jianjiblog.com ｜ 平台客服邮箱：help@jianjiblog.com ｜ 博文仅代表作者观点 ｜ 浙ICP备19044821号"),
}

PAGES = []  # dicts: path, site, title, body, is_offer, operator, provider, ids, note

def P(path, site, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body,
                      is_offer=(op is not None) if offer is None else offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))

# identifier helpers ------------------------------------------------------
def ph(num, w):  return ("phone", "+86" + num, w)
def ll(num, w):  return ("phone", num, w)
def wx(v, w=None): return ("wechat", v.lower(), w or v)
def qq(v, w=None): return ("qq", v, w or v)
def qg(v, w=None): return ("qq_group", v, w or v)
def em(v, w=None): return ("email", v.lower(), w or v)
def dm(v, w=None): return ("domain", v.lower(), w or v)
def uc(v):         return ("uscc", v, v)
def ot(v, w=None): return ("other", v, w or v)

CERT_SAMPLE = "S000035190032253000128"
VENUE = "考点：厦门某职业技术学院技能鉴定站（前台电话 0592-5710826）"

# ================================================================ zhixun (franchise)
P("/zhixun/xiamen.html", "zhixun", "人工智能训练师培训 - 智训未来教育厦门分校",
f"""<h1>智训未来教育 · 厦门分校 人工智能训练师（4-04-05-05）培训招生</h1>
<p class="addr">地址：厦门市思明区湖滨南路某大厦9楼（地铁1号线湖滨东路站）</p>
<p>人工智能训练师是2020年人社部等三部门发布的新职业，分数据标注员、人工智能算法测试员两个工种。本分校开设<strong>五级（初级工）、四级（中级工）</strong>培训班，
结业后由<em>经人社部门备案的第三方评价机构</em>组织理论＋实操认定，合格者获发职业技能等级证书（证书样式示例，编号 {CERT_SAMPLE}，仅供参考）。</p>
<h2>报名条件（请先自查）</h2>
<ul><li>五级：相关工作累计满1年，或本职业学徒期满；</li><li>四级：取得五级证书后从事本职业满4年，或累计工作满6年，或技工院校相关专业毕业生；</li>
<li>三级及以上需满足工作年限，<b>不接受零基础直报</b>。</li></ul>
<h2>费用说明</h2><p>五级班 1680元（60课时），四级班 2280元（50课时），认定费按评价机构标准另收。参保满1年的学员取证后可按规定申领技能提升补贴（五级最高1000元、四级最高1500元），以人社部门审核为准。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn ；政策咨询可拨打 12333 。{VENUE}</p>
<div class="contact"><h3>厦门分校联系方式</h3>
<p>招生老师：吴老师 139-5021-3388（微信同号）<br>前台座机：0592-5203318<br>微信：zxwl_xm2026</p>
<p>运营主体：厦门智训未来教育咨询有限公司（统一社会信用代码 {C['U01_uscc']}），为智训未来品牌授权加盟校区。</p></div>""",
 "U01", "智训未来教育厦门分校",
 [ph("13950213388", "139-5021-3388"), ll("05925203318", "0592-5203318"), wx("zxwl_xm2026"), uc(C["U01_uscc"])],
 "franchise branch page, honest: eligibility stated, subsidy only for insured workers")

P("/zhixun/fuzhou.html", "zhixun", "福州分校 - 人工智能训练师速成班 - 智训未来",
"""<h1>智训未来教育 · 福州分校 人工智能训练师考证班 火热报名中</h1>
<p>福州分校（鼓楼区五四路）现推出<strong>人工智能训练师三级/四级 速成班</strong>：周末2天集训＋线上刷题，<b>不限学历、不限专业</b>，零基础也能报！</p>
<ul><li>人社部颁发职业技能等级证书，全国通用、终身有效</li><li>协议就业：合作企业优先录用数据标注岗</li><li>通过率高达98%，不过免费重读</li></ul>
<p>学费：三级 3980元，四级 2980元，两级同报立减800元。</p>
<div class="contact"><p>福州分校招生热线：186-5073-6621（张主任）<br>座机：0591-87813526<br>地址：福州市鼓楼区五四路某商务中心12层</p></div>""",
 "U02", "智训未来教育福州分校",
 [ph("18650736621", "186-5073-6621"), ll("059187813526", "0591-87813526")],
 "franchise branch page, dishonest: 不限学历 三级速成, 人社部颁发, 协议就业, 通过率98%")

P("/zhixun/quanzhou.html", "zhixun", "泉州分校（刺桐AI学堂）- 智训未来",
"""<h1>智训未来教育 · 泉州分校（刺桐AI学堂）</h1>
<p>泉州分校与本地电商、制造企业合作开展数据标注实训，开设人工智能训练师五级、四级培训。课程按照《人工智能训练师国家职业技能标准（2021年版）》设计，理论约三成、实操约七成。</p>
<p>报名前请确认工作年限是否满足申报条件；企业在职员工可咨询企业内部认定渠道。证书信息可在技能人才评价工作网 osta.mohrss.gov.cn 及联网查询平台核验。</p>
<p>咨询：0595-22876150（工作日）　手机：138 0595 7720 （陈老师）<br>地址：泉州市丰泽区田安路某产业园3号楼</p>""",
 "U07", "智训未来教育泉州分校",
 [ll("059522876150", "0595-22876150"), ph("13805957720", "138 0595 7720")],
 "franchise branch page (also brand 刺桐AI学堂), honest")

# ================================================================ keyuan (marketplace)
def ky_course(n, title, org, body, op, ids, note, provider=None, price=""):
    P(f"/keyuan/course-{n}.html", "keyuan", title + " - 课源网",
      f"""<div class="course-head"><h1>{title}</h1><p class="price">{price}</p><p>课程编号：KY{n}26 ｜ 已报名 {int(n)%97+35} 人 ｜ 好评率 96%</p>
<button>立即报名</button> <button>咨询客服</button></div>
<div class="org"><h3>开课机构：{org}</h3></div>
<div class="course-body">{body}</div>
<div class="tip">温馨提示：请通过课源网平台下单付款，私下转账不受平台保障。职业技能等级证书请在 zscx.osta.org.cn 核验。</div>""",
      op, provider or org, ids, note)

ky_course("1001", "人工智能训练师（五级/四级）线下班 · 厦门思明", "智训AI学院(思明校区)",
f"""<p>机构资质：厦门智训未来教育咨询有限公司 ｜ 统一社会信用代码：{C['U01_uscc']}</p>
<p>课程介绍：数据采集与处理、数据标注规范、智能系统运维基础，60课时，每周六日上课。结业后参加备案评价机构组织的认定考试，{VENUE}</p>
<p>到店咨询电话：(0592)5203318 ，地址：思明区湖滨南路。</p>""",
 "U01", [uc(C["U01_uscc"]), ll("05925203318", "(0592)5203318")],
 "marketplace course page of U01 under a different brand; tie by USCC and landline", price="¥1680 起")

ky_course("1002", "数据标注员/人工智能训练师 就业实训营（线上+线下）", "数标学堂",
f"""<p>主办：数标学堂（闽智数科(厦门)信息技术有限公司，信用代码 {C['U03_uscc']}）</p>
<p>面向想转行数据标注的同学，8周实训，项目来自真实标注业务。学完可自愿参加人工智能训练师五级认定（需满足申报条件，认定费另计）。</p>
<p>更多课程介绍见官网 www.shubiaoxuetang.com ，批次安排以官网为准。</p>""",
 "U03", [uc(C["U03_uscc"]), dm("shubiaoxuetang.com", "www.shubiaoxuetang.com")],
 "marketplace course of U03, moderately honest", price="¥2680")

ky_course("1003", "【包过】人工智能训练师三级+二级 双证直通车 零基础可报", "国培智联教育",
"""<p>🔥原价9999 限时 1980！不用上课，交资料即可报名，<b>不过全额退款</b>！</p>
<p>国家职业资格证书，人社部颁发，官网可查（查询入口：gpzlzs.com），可挂靠企业年入2万+，评职称、落户加分直接用！</p>
<p>报名热线 177-5033-9182 （24小时）</p>""",
 "U04", [ph("17750339182", "177-5033-9182"), dm("gpzlzs.com")],
 "marketplace course, dishonest: 包过, 二级给零基础, 国家职业资格证书, fake query domain, 挂靠", price="¥1980")

ky_course("1004", "职通AI训练营：人工智能训练师四级冲刺班（线上直播）", "职通AI训练营",
"""<p>讲师：老陈（10年HR，《老陈说职场》作者）。直播12次＋录播回放＋题库，覆盖理论知识与操作技能两部分。</p>
<p>适合已从事数据标注、客服质检、AI产品运营满一定年限的同学。符合条件的参保职工，取证后可申请技能提升补贴，补贴后几乎免费！</p>
<p>课程答疑：150-8047-2296 ｜ 邮箱 zhitongai@163.com</p>""",
 "U06", [ph("15080472296", "150-8047-2296"), em("zhitongai@163.com")],
 "marketplace course of blogger-trainer U06; '补贴后几乎免费' overstated")

ky_course("1005", "人工智能训练师（数据标注员）五级 职业技能培训 · 海沧", "厦门海沧职业技能培训学校",
f"""<p>本校为民办职业培训学校（统一社会信用代码 {C['I01_uscc']}），课程60课时，工作日晚班。报名需提供工作年限证明，认定由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>招生办：0592-6588217（周一至周五 9:00-17:30）</p>""",
 "I01", [uc(C["I01_uscc"]), ll("05926588217", "0592-6588217")],
 "independent private training school, honest", price="¥1500")

ky_course("1006", "人工智能训练师 三证合一（技能等级+工信部+行业协会）一次拿齐", "海峡数智技能认定中心",
f"""<p>认定单位：海峡数智技能发展促进会（社会团体，统一社会信用代码 {C['U08_uscc']}）</p>
<p>一次报名三本证书：职业技能等级证书＋工信部认证人工智能训练师证书＋协会会员证，入库可查，<b>免培训、包通过</b>。证书样本编号：{CERT_SAMPLE}</p>
<p>全国服务热线：400-990-1726</p>""",
 "U08", [uc(C["U08_uscc"]), ph400 := ("phone", "4009901726", "400-990-1726")],
 "marketplace course of an association (51 USCC), dishonest: 三证, 工信部认证, 免培训包通过")

# ================================================================ xmrc (classifieds / job board)
P("/xmrc/job-1.html", "xmrc", "【急招】AI数据标注员 底薪4500+提成 无经验可带 - 鹭岛分类信息网",
"""<h1>【急招】AI数据标注员/人工智能训练师 10名 福州·厦门均可</h1>
<table><tr><td>薪资</td><td>4500-8000元/月</td></tr><tr><td>学历</td><td>不限</td></tr><tr><td>经验</td><td>无经验可带</td></tr></table>
<p>岗位说明：公司承接大厂AI数据标注项目，现招学员。入职前需参加公司组织的人工智能训练师岗前培训并考取证书（培训费2980元，可分期），持证后安排上岗，协议就业。</p>
<p>报名方式：在线填写报名表 https://jinshuju.net/f/Rz8kQp ，或直接联系 张主任 18650736621 ，微信 rongzhi_ai</p>
<p class="pub">发布者：榕智人力 ｜ 联系电话：13800138000（示例请勿拨打）</p>""",
 "U02", "榕智人力",
 [ph("18650736621", "18650736621"), wx("rongzhi_ai")],
 "job post that recruits trainees and charges a training fee (协议就业); U02")

P("/xmrc/job-2.html", "xmrc", "招聘人工智能训练师 在家办公 日结 - 鹭岛分类信息网",
f"""<h1>AI训练师（居家兼职）日结200-500 宝妈学生均可</h1>
<p>手机/电脑都能做，给AI打标签、判对错。需先考取人工智能训练师证书才能接单，公司统一安排报考，考证费1280，<b>交费包过</b>，拿证当天派单。</p>
<p>线下考试统一安排：{VENUE}</p>
<p>联系人：林经理 13328611705 ，加V：ludao_yc 备注"训练师"</p>""",
 "U05", "鹭岛优才人力资源",
 [ph("13328611705", "13328611705"), wx("ludao_yc")],
 "job-scam post: pay for certificate before work, 交费包过; U05")

P("/xmrc/job-3.html", "xmrc", "兼职数据标注 月入过万 送考证 - 鹭岛分类信息网",
"""<h1>乐学帮兼职：AI数据标注员 月入过万不是梦</h1>
<p>报名人工智能训练师课程（699元），<b>送证书＋送兼职</b>，持证后平台派单，多劳多得；证书还能挂靠企业，每年额外收入1-2万。</p>
<p>报名表：jinshuju.net/f/Lx7wQ2</p>
<p>电话 19959013364 ／ QQ 2450918836</p>
<p class="pub">联系电话：13800138000（示例请勿拨打）</p>""",
 "U09", "乐学帮兼职",
 [ph("19959013364", "19959013364"), qq("2450918836")],
 "classified post, dishonest: 送证书送兼职, 挂靠 income; U09")

P("/xmrc/post-4.html", "xmrc", "福州 个人辅导人工智能训练师理论考试 - 鹭岛分类信息网",
"""<h1>个人一对一辅导：人工智能训练师四级理论＋实操</h1>
<p>本人已取得人工智能训练师三级证书，在福州某标注公司做质检组长。可一对一辅导四级备考（不代报名、不包过），300元/次，每次2小时，福州仓山区可面授。</p>
<p>有意者联系林老师：135 9901 4628 ，微信 lin_t_ai</p>""",
 "I02", "林老师（个人辅导）",
 [ph("13599014628", "135 9901 4628"), wx("lin_t_ai")],
 "independent individual tutor, honest")

P("/xmrc/job-5.html", "xmrc", "闽智数科 招聘数据标注实习生（可培训） - 鹭岛分类信息网",
f"""<h1>闽智数科招聘：数据标注实习生 / 人工智能训练师储备</h1>
<p>公司位于湖里区软件园，招收数据标注实习生，提供数标学堂带薪实训名额，实训期结束可自愿报考人工智能训练师五级（公司报销一半认定费）。</p>
<p>简历投递：hr@minzhishuke.cn 电话：159-6028-1147（人事 黄女士）</p>
<p>{VENUE}</p>
<p class="pub">联系电话：13800138000（示例请勿拨打）</p>""",
 "U03", "闽智数科",
 [em("hr@minzhishuke.cn"), ph("15960281147", "159-6028-1147")],
 "job post recruiting trainees with training; U03")

# ================================================================ wenda (Q&A)
P("/wenda/q-1.html", "wenda", "人工智能训练师证书零基础能考三级吗？ - 问一问",
"""<h1>问：人工智能训练师证书零基础能考三级吗？在厦门哪里报名？</h1>
<div class="answer best"><p><b>最佳回答</b>（答主：证书规划师小周）</p>
<p>可以的亲，我们这边<b>零基础直接报三级</b>，不看学历不看工作年限，人社部颁发国家职业资格证书，包过，一个月拿证。有需要加我微信 gpzl888 ，或电话 17750339182 。</p></div>
<div class="comments"><p>网友A：真的假的？三级不是要四级证书加5年吗</p><p>网友B：我也想了解，我的QQ 372810456 有资料麻烦发我</p></div>""",
 "U04", "国培智联",
 [wx("gpzl888"), ph("17750339182", "17750339182")],
 "Q&A answer pushing 零基础三级/包过; U04")

P("/wenda/q-2.html", "wenda", "人工智能训练师证书怎么查真假？ - 问一问",
"""<h1>问：人工智能训练师证书怎么查真假？</h1>
<div class="answer best"><p><b>最佳回答</b>（答主：人社系统退休干部）</p>
<p>改革后人工智能训练师属于<b>职业技能等级证书</b>，由备案的评价机构颁发，不是国家职业资格证书。查询方法：登录技能人才评价证书全国联网查询 zscx.osta.org.cn ，输入姓名、证件号、证书编号。评价机构是否备案可查 pjjg.osta.org.cn 。</p>
<p>证书编号一般是22位：一个大写字母（Y或S）加21位数字。别信什么"内部渠道""包过"，拿不准可以打 12333 咨询。</p></div>""",
 None, None, [], "Q&A guide, non-offer (official query sites, 12333)")

P("/wenda/q-3.html", "wenda", "在职想考人工智能训练师四级，线上课哪家好？ - 问一问",
"""<h1>问：在职想考人工智能训练师四级，有靠谱的线上课吗？</h1>
<div class="answer"><p>答主：老陈说职场（职场博主）</p>
<p>先确认自己的申报条件，四级一般要五级证书加4年或者累计6年工作。线上课我自己在带一个四级冲刺班，直播＋题库，有兴趣加我微信 chen_zhitong ，学员交流群 826734519 。</p></div>
<div class="comments"><p>网友C：老陈讲得很实在。我QQ 372810456 求一份大纲</p></div>""",
 "U06", "老陈说职场",
 [wx("chen_zhitong"), qg("826734519")],
 "Q&A answer by U06 promoting own course")

P("/wenda/q-4.html", "wenda", "数据标注员考什么证书有用？ - 问一问",
"""<h1>问：数据标注员考什么证书有用？</h1>
<div class="answer"><p>答主：慧标教育-王老师</p>
<p>数据标注员是人工智能训练师下面的工种，可以考人工智能训练师五级或四级。慧标教育福州、厦门都有周末班，五级1580元，免费试听一节课。V：huibiao_edu ，QQ：1187320945</p></div>""",
 "I03", "慧标教育",
 [wx("huibiao_edu"), qq("1187320945")],
 "independent Q&A answer inviting enrolment")

# ================================================================ mp (WeChat reposts)
P("/mp/a-1.html", "mp", "厦门招AI训练师了！在家就能做，日结 - 微文摘",
f"""<p class="src">来源：微信公众号「鹭岛优才」 ｜ 转载</p>
<h1>厦门招AI训练师了！在家就能做，日结200+</h1>
<p>最近很多粉丝问AI训练师是什么。简单说就是教AI认东西。我们和多家互联网大厂合作，<b>零基础3天上岗</b>，只需先考一个人工智能训练师证（国家认可，官方认证）。</p>
<p>考证费用1280元，付款请认准对公账户：厦门鹭岛优才企业管理有限公司。也可以用支付宝付款，有问题联系支付宝客服 95188 申请保障。</p>
<p>👉长按添加招聘专员微信：Ludao_YC</p>""",
 "U05", "鹭岛优才",
 [ot("厦门鹭岛优才企业管理有限公司"), wx("ludao_yc", "Ludao_YC")],
 "WeChat article repost, job scam; U05; payee name")

P("/mp/a-2.html", "mp", "重磅！人工智能训练师证书报名通道开启（三证合一） - 微文摘",
f"""<p class="src">来源：微信公众号「海峡数智技能发展促进会」</p>
<h1>重磅！2026年人工智能训练师认定报名开启</h1>
<p>我会认定中心面向全省开展人工智能训练师认定，同步颁发工信部认证证书。证书<b>入库可查</b>（查询官网 hxszjn.org.cn ），可用于积分落户、评职称、挂靠。</p>
<p>报名咨询热线 4009901726 ，微信公众号/客服：hxszjn</p>
<p>职业编码：4-04-05-05 ｜ 第2026093001批次</p>""",
 "U08", "海峡数智技能发展促进会",
 [("phone", "4009901726", "4009901726"), dm("hxszjn.org.cn"), wx("hxszjn")],
 "WeChat article repost, dishonest (fake query domain, 工信部, 挂靠); U08")

P("/mp/a-3.html", "mp", "宝妈副业：考个AI训练师证，在家接单 - 微文摘",
"""<p class="src">来源：微信公众号「乐学帮AI训练师」</p>
<h1>宝妈副业：考个AI训练师证，在家接单月入过万</h1>
<p>小美去年还是全职宝妈，跟着乐学帮学了人工智能训练师，现在每月接单收入过万！课程699元，<b>送证书、送兼职</b>，名额有限。</p>
<p>咨询微信：lxb_2026kf ，Q：2450918836</p>""",
 "U09", "乐学帮AI训练师",
 [wx("lxb_2026kf"), qq("2450918836", "Q：2450918836")],
 "WeChat repost, dishonest testimonial; U09")

P("/mp/a-4.html", "mp", "数据标注是不是智商税？一个从业者的实话 - 微文摘",
"""<p class="src">来源：微信公众号「数标学堂」</p>
<h1>数据标注是不是智商税？一个从业者的实话</h1>
<p>标注是AI产业的基础工种，但并不是"躺着赚钱"。我们数标学堂的实训营只教真本事：8周项目实训，考证自愿，认定由备案评价机构组织。第2026093001批次认定报名已开始。</p>
<p>课程详情：www.shubiaoxuetang.com ｜ 课程顾问：159 6028 1147 ｜ 微信：shubiao_xt</p>""",
 "U03", "数标学堂",
 [dm("shubiaoxuetang.com", "www.shubiaoxuetang.com"), ph("15960281147", "159 6028 1147"), wx("shubiao_xt")],
 "WeChat repost of U03, honest-ish")

# ================================================================ video (short video)
def vid(n, author, caption, comments, op, ids, note, provider):
    P(f"/video/v-{n}.html", "video", f"{author}的视频 - 快看短视频",
      f"""<div class="player">[视频] 时长 00:{30+n*7:02d}</div><h1>@{author}</h1><p class="caption">{caption}</p>
<div class="stats">点赞 {n*1234} · 评论 {n*87} · 分享 {n*45}</div><div class="comments">{comments}</div>""",
      op, provider, ids, note)

vid(1, "AI证书速通", "人工智能训练师二级技师💥零基础可考，90%小白都能学会！原价9999限时99定金锁名额，主页加V：GPZL888，电话一七七 五零三三 九一八二 #AI训练师 #考证",
 "<p>用户7712：二级技师也能零基础？</p><p>作者回复：可以的，私信</p>", "U04",
 [wx("gpzl888", "GPZL888"), ph("17750339182", "一七七 五零三三 九一八二")], "short video, dishonest; U04", "AI证书速通")
vid(2, "刺桐AI学堂", "带大家看看我们的数据标注实训课📚 人工智能训练师五级、四级小班，报名前先看申报条件哦～ 咨询 13805957720 微信 citong_ai 官网 citongai.cn",
 "<p>用户3390：泉州哪里上课？</p><p>作者回复：丰泽区田安路，欢迎来试听</p>", "U07",
 [ph("13805957720", "13805957720"), wx("citong_ai"), dm("citongai.cn")], "short video, honest; U07", "刺桐AI学堂")
vid(3, "老陈说职场", "人工智能训练师四级怎么备考？3分钟讲清楚。想系统学的进粉丝群826734519，或加微信Chen_ZhiTong",
 "<p>用户5521：讲得清楚👍</p>", "U06",
 [qg("826734519"), wx("chen_zhitong", "Chen_ZhiTong")], "short video of U06", "老陈说职场")
vid(4, "小鹿老师AIGC", "生成式AI应用证书598元，4小时课程，人社部颁发，拿到证书便可升职加薪！私信或加微 xiaolu_aigc 电话 18159263307",
 "<p>用户8803：这个是职业技能等级证书吗？</p>", "I04",
 [wx("xiaolu_aigc"), ph("18159263307", "18159263307")], "independent, misleading 人社部颁发 AIGC cert", "小鹿老师AIGC")

# ================================================================ news
P("/news/n-1.html", "news", "警惕！“AI训练师”招聘骗局瞄准求职者 - 海西晨报网",
"""<h1>警惕！“AI训练师”招聘骗局瞄准求职者</h1><p class="meta">海西晨报网 记者 陈晓 ｜ 本地</p>
<p>近日，市民李女士在网上看到“居家做AI训练师，日结200元”的招聘信息，对方称必须先交1280元考证费才能接单。李女士交钱后，对方（骗子电话：171 5028 6630）便将其拉黑。</p>
<p>市场监管部门提醒，招聘中以考证为名收费、承诺“包过”“协议就业”的，均需警惕。人工智能训练师证书属于职业技能等级证书，可在 zscx.osta.org.cn 查询；山寨证书可关注中国人事考试网 cpta.com.cn 的声明。遇到消费纠纷可拨打 12315 投诉。</p>""",
 None, None, [], "news warning; quotes a scammer number, 12315, official query sites")

P("/news/n-2.html", "news", "技能提升补贴怎么领？人社部门权威解答 - 海西晨报网",
"""<h1>技能提升补贴怎么领？人社部门权威解答</h1><p class="meta">海西晨报网 ｜ 民生</p>
<p>参加失业保险累计满1年的企业职工，取得职业技能等级证书后可申领技能提升补贴：五级最高1000元、四级最高1500元、三级最高2000元，二级、一级不在全国统一补贴范围内。</p>
<p>人工智能训练师（职业编码4-04-05-05）已被纳入本市紧缺职业目录。具体政策可咨询人社服务热线 12333 。</p>""",
 None, None, [], "news on subsidy; non-offer")

P("/news/n-3.html", "news", "【企业风采】榕智职业培训学校：让更多人搭上AI快车 - 海西晨报网",
"""<h1>【企业风采】榕智职业培训学校：让更多人搭上AI快车</h1><p class="meta">海西晨报网 ｜ 推广</p>
<p>“我们的学员<b>100%取证</b>。”榕智职业培训学校负责人张先生介绍。学校开设人工智能训练师各等级考证班，人社部颁发证书，官方指定培训点，毕业推荐就业。</p>
<p>报名咨询：微信 RongZhi_AI ，QQ 1592837406 。</p>""",
 "U02", "榕智职业培训学校",
 [wx("rongzhi_ai", "RongZhi_AI"), qq("1592837406")],
 "paid advertorial on a news site; U02 (100%取证, 官方指定)")

# ================================================================ rsj (official-style notices)
P("/rsj/notice-1.html", "rsj", "关于做好2026年职业技能提升补贴申领工作的通知",
"""<h1>关于做好2026年职业技能提升补贴申领工作的通知</h1><p class="meta">发布机构：闽江新区人力资源和社会保障服务中心 ｜ 第2026093001批次</p>
<p>各有关单位：现就人工智能训练师（4-04-05-05）等紧缺职业的技能提升补贴申领事项通知如下：一、申领对象为参加失业保险累计满1年的职工；二、证书须为备案评价机构颁发、可在 zscx.osta.org.cn 查询的职业技能等级证书；三、每人每年最多享受3次。</p>
<p>咨询电话：0591-87601234，12333。</p>""",
 None, None, [], "official-style notice; non-offer")

P("/rsj/notice-2.html", "rsj", "关于谨防“山寨证书”的风险提示",
"""<h1>关于谨防“山寨证书”的风险提示</h1>
<p>近期有机构冒用“人社部颁发”“国家职业资格”等字样招揽学员，宣称“包过”“免培训直接发证”。人社部门提示：职业技能等级证书由备案评价机构颁发，政府部门不参与监制；可登录 osta.mohrss.gov.cn 、zscx.osta.org.cn 核实，专业技术类证书可查 cpta.com.cn 。</p>
<p>群众反映有人自称本中心工作人员，使用手机号 171 5028 6630 收取“加急费”，本中心从未授权任何个人收费。举报投诉：12315，咨询：12333。</p>""",
 None, None, [], "official-style scam warning; non-offer, quotes scam number")

# ================================================================ forum
def thread(n, title, board, posts, op, ids, note, provider):
    P(f"/forum/t-{n}.html", "forum", f"{title} - 榕城生活论坛",
      f"<h1>{title}</h1><p class='board'>版块：{board}</p>" + "".join(
          f"<div class='post'><p class='author'>{a}</p><p>{t}</p></div>" for a, t in posts),
      op, provider, ids, note)

thread(1, "【曝光】交了3980报人工智能训练师，说好的证书三个月都没下来", "消费维权",
 [("楼主 福州小郑", "去年在五四路一家机构报的三级速成班，说人社部颁发、包过。交钱后一直拖，骗子电话：17150286630，现在打不通了。已经打12315投诉。"),
  ("2楼 榕城老张", "三级要四级证加年限的，零基础直接三级的都别信。去 zscx.osta.org.cn 查证书编号。"),
  ("3楼 lin_xiaomei88", "我也差点报了，同病相怜，楼主加我微信 lin_xiaomei88 一起维权")],
 None, [], "complaint thread; non-offer; scam number, reader's WeChat", None)
thread(2, "刺桐AI学堂福州报名点：人工智能训练师五级周末班", "教育培训",
 [("楼主 刺桐AI学堂", "泉州本部开课，福州学员可线上学习＋集中实操。报名前先自查申报条件，不承诺包过。官网 www.citongai.cn ，微信 CiTong_AI"),
  ("2楼 lin_xiaomei88", "请问在福州哪里考？我微信 lin_xiaomei88")],
 "U07", [dm("citongai.cn", "www.citongai.cn"), wx("citong_ai", "CiTong_AI")], "forum ad post of U07", "刺桐AI学堂福州报名点")
thread(3, "数智认定中心福州服务站：人工智能训练师三证一次拿", "教育培训",
 [("楼主 数智认定中心", "技能等级证＋工信部证＋协会证，免考试材料审核，入库可查。服务热线 400 990 1726 ，邮箱 szjn_rz@126.com ，微信 HXSZJN"),
  ("2楼 路人甲", "工信部哪来的人工智能训练师证？")],
 "U08", [("phone", "4009901726", "400 990 1726"), em("szjn_rz@126.com"), wx("hxszjn", "HXSZJN")], "forum ad, dishonest; U08", "数智认定中心福州服务站")
thread(4, "榕城技能培训中心 人工智能训练师（五级）开班通知", "教育培训",
 [("楼主 榕城技能培训中心", "本中心开设人工智能训练师五级班，60课时，晚班＋周末班，学费1480元。报名需满足申报条件。电话 0591-83371065 ，邮箱 rcjn_px@163.com")],
 "I05", [ll("059183371065", "0591-83371065"), em("rcjn_px@163.com")], "independent training centre post", "榕城技能培训中心")
thread(5, "厦门智训未来开通福州线上班，人工智能训练师五级/四级", "教育培训",
 [("楼主 智训吴老师", "福州的朋友也可以报厦门分校的线上班，实操集中到厦门。咨询 139 5021 3388 ，微信 ZXWL_XM2026"),
  ("2楼 网友", "线上能考吗？"), ("3楼 智训吴老师", "认定考试需到考点线下进行，详见私信。")],
 "U01", [ph("13950213388", "139 5021 3388"), wx("zxwl_xm2026", "ZXWL_XM2026")], "forum ad of U01", "智训未来·厦门")
thread(6, "榕智职培：AI训练师三级四级速成，周末拿证", "教育培训",
 [("楼主 榕智职培", "不限学历不限专业，三级四级都能报，两级同报优惠。座机 0591-8781 3526 ，邮箱 1592837406@qq.com ，报名表 jinshuju.net/f/Rz8kQp")],
 "U02", [ll("059187813526", "0591-8781 3526"), em("1592837406@qq.com"), qq("1592837406")], "forum ad of U02, dishonest", "榕智职培")

# ================================================================ shop
def item(n, title, store, price, body, op, ids, note, provider, buyer=""):
    P(f"/shop/item-{n}.html", "shop", f"{title} - 优学优品",
      f"""<h1>{title}</h1><p class="price">¥{price}</p><p class="store">店铺：{store}</p><div class="detail">{body}</div>
<div class="form"><p>请填写考生手机号：<input placeholder="例如 13800138000"> 邮箱：<input placeholder="yourname@example.com"></p></div>
<div class="reviews"><h3>买家秀</h3>{buyer}</div>""",
      op, provider, ids, note)

item(1, "人工智能训练师报考服务（含考证费）", "优才职培旗舰店", "1280",
 f"""<p>拍下即报名，交费包过，拿证后推荐居家标注工作。店铺主体：厦门鹭岛优才企业管理有限公司，营业执照 {C['U05_uscc']}。</p>""",
 "U05", [ot("厦门鹭岛优才企业管理有限公司"), uc(C["U05_uscc"])], "shop listing, dishonest; U05 (payee/USCC)", "优才职培旗舰店",
 "<p>订单编号：13698120457 已取证，好评！</p>")
item(2, "【乐学帮】AI训练师课程＋证书＋兼职派单 三合一", "乐学帮教育旗舰店", "699",
 f"""<p>送证书送兼职，证书可挂靠。客服微信 LXB_2026KF ，电话 199-5901-3364 。主体：福州乐学帮教育科技有限公司（{C['U09_uscc']}）</p>""",
 "U09", [wx("lxb_2026kf", "LXB_2026KF"), ph("19959013364", "199-5901-3364"), uc(C["U09_uscc"]), ot("福州乐学帮教育科技有限公司")],
 "shop listing, dishonest; U09", "乐学帮教育旗舰店", "<p>订单编号：13698120457 派单很少</p>")
item(3, "人工智能训练师 二级/三级 证书办理 加急", "智联证书服务中心", "2980",
 """<p>无需考试，资料审核，15个工作日出证，国家职业资格证书，官网 www.gpzlzs.com 可查。客服QQ 3306618842 ，微信 gpzl 888</p>""",
 "U04", [dm("gpzlzs.com", "www.gpzlzs.com"), qq("3306618842"), wx("gpzl888", "gpzl 888")],
 "shop listing selling certificates without exam; U04", "智联证书服务中心")
item(4, "人工智能训练师四级 理论＋实操题库 模拟考系统（1年）", "题库宝", "129",
 """<p>覆盖理论知识和操作技能，按认定要素细目表整理。仅为练习资料，不含报名和证书。店铺客服QQ 3051187266 ，网页版 tikubao.net</p>""",
 "I06", [qq("3051187266"), dm("tikubao.net")], "independent exam-prep product", "题库宝")

# ================================================================ blog
P("/blog/post-1.html", "blog", "人工智能训练师四级，我为什么推荐在职的人去考 - 老陈说职场 - 简记博客",
"""<h1>人工智能训练师四级，我为什么推荐在职的人去考</h1><p class="meta">博主：老陈说职场</p>
<p>做了10年HR，我见过太多乱七八糟的证书。人工智能训练师是正经的新职业，但要看清申报条件。我的四级冲刺班第8期开放报名，直播＋题库，详情加微信 chen_zhitong 或电话 15080472296 ，发邮件 zhitongai@163.com 也行。</p>
<div class="comments"><p>评论 lin_xiaomei88：老师好，我在福州，能加微信 lin_xiaomei88 请教吗</p></div>""",
 "U06", "老陈说职场",
 [wx("chen_zhitong"), ph("15080472296", "15080472296"), em("zhitongai@163.com")],
 "blog post by U06 selling own course")

P("/blog/post-2.html", "blog", "我考人工智能训练师五级的全过程 - 小林考证日记 - 简记博客",
"""<h1>我考人工智能训练师五级的全过程</h1><p class="meta">博主：小林考证日记</p>
<p>去年在公司做标注满一年，单位帮我报了五级认定。理论考试和实操都是60分及格，实操是在电脑上做标注任务。证书拿到后在 zscx.osta.org.cn 能查到，编号是S开头22位。</p>
<p>提醒大家：网上说零基础直接考二级、三级的，基本都是坑。有问题可以打12333问清楚。</p>""",
 None, None, [], "personal experience blog; non-offer")

P("/blog/post-3.html", "blog", "【合作推广】数据标注入门：从实训到考证 - 鹭岛数据人 - 简记博客",
"""<h1>【合作推广】数据标注入门：从实训到考证</h1><p class="meta">博主：鹭岛数据人</p>
<p>本文由数标学堂赞助。想系统入行的可以看看他们的8周实训营，考证自愿。学费请转账至对公户“闽智数科(厦门)信息技术有限公司”，课程顾问微信 shubiao_xt 。</p>""",
 "U03", "数标学堂",
 [ot("闽智数科(厦门)信息技术有限公司"), wx("shubiao_xt")],
 "sponsored blog post for U03")

# ---------------------------------------------------------------- index pages
INDEX_NOTES = {}
def site_pages(s):
    return [p for p in PAGES if p["site"] == s]

for s, meta in SITES.items():
    items = "".join(f'<li><a href="/{p["path"].lstrip("/")}">{html.escape(p["title"])}</a></li>' for p in site_pages(s))
    intro = {
        "zhixun": "智训未来——全国连锁职业技能培训品牌，校区由各地授权加盟机构运营。",
        "keyuan": "课源网汇集上千家机构的职业技能课程，搜索“人工智能训练师”共找到6门课程。",
        "xmrc": "教育培训 / 招聘 频道：人工智能训练师 相关信息。",
        "wenda": "与“人工智能训练师”相关的问题。",
        "mp": "精选公众号文章：AI训练师 专题。",
        "video": "话题 #AI训练师 下的热门视频。",
        "news": "本地教育与民生新闻。",
        "rsj": "通知公告。",
        "forum": "教育培训 / 消费维权 版块热帖。",
        "shop": "考证专区：人工智能训练师。",
        "blog": "职场频道热门博文。",
    }[s]
    P(f"/{s}/index.html", s, meta["name"] + " - 首页", f"<h1>{meta['name']}</h1><p>{intro}</p><ul class='list'>{items}</ul>",
      None, None, [], f"site index page of {s}", offer=False)

# ---------------------------------------------------------------- render
def frame(p):
    s = SITES[p["site"]]
    nav = " ".join(f'<a href="/{p["site"]}/index.html">{n}</a>' for n in s["nav"])
    crumbs = f'<a href="/index.html">搜索记录</a> &gt; <a href="/{p["site"]}/index.html">{s["name"]}</a>'
    if not p["path"].endswith("index.html"):
        crumbs += " &gt; " + html.escape(p["title"].split(" - ")[0])
    related = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]][:5]
    rel = "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"].split(" - ")[0])}</a></li>' for q in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="site-{p['site']}">
<header><div class="logo">{s['name']}</div><nav>{nav}</nav></header>
<div class="crumbs">{crumbs}</div>
<main>{p['body']}</main>
<aside>{s['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{s['footer']}</footer>
</body></html>
"""

HUB_ORDER = list(SITES)

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    rendered = {}
    for p in PAGES:
        rendered[p["path"]] = frame(p)
    hub = "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a>（{SITES[s]["domain"]}）</li>' for s in HUB_ORDER)
    rendered["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：厦门 / 福州 人工智能训练师</title></head>
<body><h1>一周搜索记录：厦门、福州 “人工智能训练师 证书 报名”</h1><p>以下为本周搜索结果中出现的站点。</p><ul>{hub}</ul></body></html>
"""
    for path, txt in rendered.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: each written form on its page
    for p in PAGES:
        for k, v, w in p["ids"]:
            assert w in rendered[p["path"]], (p["path"], w)
    # sanity: seller written forms appear only on that seller's pages
    owner = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            owner.setdefault((k, v), set()).add(p["operator"])
    for (k, v), ops in owner.items():
        assert len(ops) == 1, (k, v, ops)
    for p in PAGES:
        for k, v, w in p["ids"]:
            for path, txt in rendered.items():
                q = next((x for x in PAGES if x["path"] == path), None)
                if w in txt and (q is None or q["operator"] != p["operator"]):
                    raise AssertionError(("leak", w, path))

    decoys = [
     ("phone", "12333", ["12333"], "人社 national service hotline, quoted by guides, notices and honest sellers"),
     ("phone", "12315", ["12315"], "market-regulation complaint hotline quoted in warnings"),
     ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site cited by many sellers and the marketplace tip"),
     ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
     ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official registry of evaluation institutions"),
     ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 山寨证书 notices, cited in warnings"),
     ("phone", "4008605151", ["400-860-5151"], "franchise HQ hotline in footer of every zhixun page (three different franchisee operators)"),
     ("email", "jiameng@zhixunweilai.com", ["jiameng@zhixunweilai.com"], "franchise HQ e-mail in footer"),
     ("domain", "zhixunweilai.com", ["zhixunweilai.com"], "franchise platform domain shared by three operators"),
     ("uscc", C["ZX_uscc"], [C["ZX_uscc"]], "franchise HQ company code in footer, not any branch operator"),
     ("phone", "4000286677", ["400-028-6677"], "marketplace customer-service number in footer"),
     ("email", "kefu@keyuanwang.com", ["kefu@keyuanwang.com"], "marketplace customer-service e-mail in footer"),
     ("wechat", "kyw_kefu", ["kyw_kefu"], "marketplace official account in footer"),
     ("uscc", C["KY_uscc"], [C["KY_uscc"]], "marketplace operator company code in footer"),
     ("phone", "05925139870", ["0592-5139870"], "classifieds site customer-service landline in footer"),
     ("other", "闽ICP备19003725号-1", ["闽ICP备19003725号-1"], "classifieds ICP number in footer"),
     ("qq", "800061523", ["800061523"], "Q&A platform customer-service QQ in footer"),
     ("email", "tougao@weiwenzhai.cn", ["tougao@weiwenzhai.cn"], "repost platform contact e-mail in footer"),
     ("phone", "4001158860", ["400-115-8860"], "short-video platform customer service in footer"),
     ("phone", "05925589666", ["0592-5589666"], "news site tip hotline in footer"),
     ("phone", "059187601234", ["0591-87601234"], "official service centre consultation number"),
     ("qq_group", "731502468", ["731502468"], "forum's own QQ group in footer and sidebar"),
     ("phone", "4007723150", ["400-772-3150"], "shop platform customer service in footer"),
     ("uscc", C["YX_uscc"], [C["YX_uscc"]], "shop platform company code in footer"),
     ("phone", "95188", ["95188"], "payment platform (Alipay) hotline: third party"),
     ("email", "help@jianjiblog.com", ["help@jianjiblog.com"], "blog platform contact e-mail in footer"),
     ("phone", "+8617150286630", ["171 5028 6630", "17150286630"], "scammer number quoted in news warning, complaint thread and official warning; belongs to no seller here"),
     ("phone", "+8613698120457", ["13698120457"], "order number in buyer reviews on two sellers' shop items (looks like a mobile)"),
     ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number shown in an ad (22-char 职业技能等级证书 format)"),
     ("other", "2026093001", ["2026093001"], "official batch number quoted by a notice and two different sellers"),
     ("other", "4-04-05-05", ["4-04-05-05"], "occupation code, looks like a phone fragment"),
     ("phone", "+8613800138000", ["13800138000"], "template placeholder phone on classifieds posts and shop forms"),
     ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail in shop forms"),
     ("wechat", "lin_xiaomei88", ["lin_xiaomei88"], "a reader's own WeChat in comments under different sellers' pages"),
     ("qq", "372810456", ["372810456"], "a reader's own QQ in comments under two sellers' Q&A answers"),
     ("phone", "05925710826", ["0592-5710826"], "exam venue front desk quoted by several sellers"),
     ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by different sellers"),
    ]
    # values must not coincide with seller ids
    seller_vals = {v for (k, v) in owner}
    out_decoys = []
    for k, v, ws, why in decoys:
        assert v not in seller_vals, v
        pages = sorted(path for path, txt in rendered.items() if any(w in txt for w in ws))
        assert pages, v
        out_decoys.append(dict(kind=k, value=v, written=ws, pages=pages, why=why))

    truth_pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None,
                        identifiers=[], note="hub page linking every site's index")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        truth_pages.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"],
                                provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    ops = {}
    for u in sorted(OPERATORS):
        idents = []
        for p in PAGES:
            if p["operator"] == u:
                for k, v, w in p["ids"]:
                    if [k, v] not in idents:
                        idents.append([k, v])
        ops[u] = dict(brands=OPERATORS[u], identifiers=sorted(idents))
    truth = dict(pages=truth_pages, operators=ops, decoys=out_decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
