#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (site/ + truth.json).
Standard library only, deterministic."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(prefix8, body8):
    """prefix8: 2 chars kind + 6 digit area; body8: 8 org-code chars. Returns valid USCC."""
    s = 0
    for ch, w in zip(body8, W_ORG):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    org_chk = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix8 + body8 + org_chk
    s = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPHA[r]


C_U01 = uscc("91321202", "MA1YK3T4")   # 泰州海陵 企业
C_U05 = uscc("52321202", "50881372")   # 民办非企业单位
C_U07 = uscc("91320707", "MA20HQ5N")   # 连云港赣榆 企业
C_U04 = uscc("91320106", "MA27LB8C")   # 南京鼓楼 企业 (sells "国家" certs)
C_VIDEO = uscc("91110108", "MA01R7D2")  # video platform company
C_SHOP = uscc("91330106", "MA2H0K6W")   # shop platform company

# ---------------------------------------------------------------- sites
SITES = {
    "xinzhi": dict(name="泰州信智职业技能培训", kind="training-company", style="corp"),
    "kecheng": dict(name="学邦课堂", kind="course marketplace", style="market"),
    "bbs": dict(name="凤城论坛", kind="forum (泰州)", style="forum"),
    "fenlei": dict(name="港城分类信息网", kind="classifieds (连云港)", style="classified"),
    "wenda": dict(name="知问网", kind="Q&A", style="qa"),
    "mp": dict(name="微读转载", kind="WeChat-article reposts", style="mp"),
    "video": dict(name="快看短视频", kind="short-video pages", style="video"),
    "news": dict(name="连云港新闻在线", kind="news", style="news"),
    "rsj": dict(name="泰州市人力资源和社会保障局(模拟)", kind="人社局-style notices", style="gov"),
    "shop": dict(name="优选好店", kind="shop", style="shop"),
    "blog": dict(name="简记博客", kind="blog", style="blog"),
}

FOOTERS = {
    "xinzhi": "泰州信智职业技能培训有限公司 版权所有 · 地址：泰州市海陵区鼓楼南路 · 官网 www.tzxinzhi.com · 苏ICP备2021034567号-1",
    "kecheng": "学邦课堂 · 客服热线 400-690-2288 · 客服邮箱 kefu@xuebangketang.com · www.xuebangketang.com · 沪ICP备19028841号",
    "bbs": "凤城论坛 · 站务QQ群：523817640 · 发帖须遵守论坛规则，言论仅代表网友个人观点 · 苏ICP备12045561号",
    "fenlei": "港城分类信息网 · 客服电话 0518-85512066 · 投诉 service@gangcheng58.cn · 苏ICP备16077213号 · 信息由用户发布，请谨慎交易",
    "wenda": "知问网 · 举报邮箱 jubao@zhiwen.cn · 回答内容不代表本站观点 · 京ICP备15064227号",
    "mp": "微读转载 · 文章来源于公众号，版权归原作者 · 商务合作 bd@weiduzhan.com · 浙ICP备18051932号",
    "video": "快看短视频网页版 · 平台客服 400-140-0868 · 北京快看互娱科技有限公司 统一社会信用代码 %s" % C_VIDEO,
    "news": "连云港新闻在线 · 新闻热线 0518-85820110 · 违法和不良信息举报 · 苏ICP备09011876号",
    "rsj": "主办：泰州市人力资源和社会保障局(示例站) · 咨询电话 0523-86839961 · 苏ICP备05005544号 · 政府网站标识码 3212000012",
    "shop": "优选好店 · 平台客服 400-612-7080 · 杭州优选网络科技有限公司 %s · 浙ICP备17033165号" % C_SHOP,
    "blog": "简记博客 · 个人博客托管平台 · 联系站长 admin@jianjiblog.net",
}

SIDEBARS = {
    "xinzhi": "<h3>培训项目</h3><ul><li>人工智能训练师 四级/三级</li><li>电工 中级</li><li>保育师</li></ul><h3>上课地址</h3><p>海陵区鼓楼南路，近万达</p>",
    "kecheng": "<h3>热门分类</h3><ul><li>职业技能</li><li>IT互联网</li><li>考证</li></ul><p class='tip'>平台提示：请勿脱离平台私下转账</p>",
    "bbs": "<h3>版块</h3><ul><li>泰州教育</li><li>求职招聘</li><li>曝光台</li></ul><p>本版版主：凤城老兵</p>",
    "fenlei": "<h3>分类</h3><ul><li>教育培训</li><li>职业技能</li><li>二手</li><li>招聘</li></ul><p>防骗提示：先交钱后办证多为骗局</p>",
    "wenda": "<h3>相关话题</h3><ul><li>人工智能训练师</li><li>职业技能等级证书</li><li>技能补贴</li></ul>",
    "mp": "<h3>热门转载</h3><ul><li>职场</li><li>教育</li><li>政策解读</li></ul>",
    "video": "<h3>推荐</h3><ul><li>#AI副业</li><li>#考证</li><li>#人工智能训练师</li></ul>",
    "news": "<h3>栏目</h3><ul><li>本地</li><li>民生</li><li>教育</li><li>曝光</li></ul>",
    "rsj": "<h3>快速通道</h3><ul><li>职业技能等级认定</li><li>技能提升补贴申领</li><li>政策文件</li></ul>",
    "shop": "<h3>店铺分类</h3><ul><li>考证课程</li><li>资料</li><li>会员</li></ul><p>担保交易，确认收货后放款</p>",
    "blog": "<h3>关于博主</h3><p>记录学习和生活。</p><h3>归档</h3><ul><li>2025年</li><li>2026年</li></ul>",
}

# ---------------------------------------------------------------- pages
# each page: site, file, title, body, is_offer, operator, provider, ids, note
P = []


def page(site, fn, title, body, offer=False, op=None, prov=None, ids=(), note=""):
    P.append(dict(site=site, file=fn, title=title, body=body, is_offer=offer, operator=op,
                  provider=prov, ids=[list(x) for x in ids], note=note))


# ===== xinzhi: U01 own site
page("xinzhi", "index.html", "泰州信智职业技能培训 - 人工智能训练师培训报名中",
     f"""<div class="banner">2026年人工智能训练师（4-04-05-05）四级/三级 培训班 火热报名中</div>
<p>泰州信智职业技能培训有限公司是泰州本地职业技能培训机构，开设人工智能训练师（数据标注员方向）四级、三级培训。课程按照《人工智能训练师国家职业技能标准(2021年版)》组织，理论+实操，四级参考学时50学时。</p>
<p>培训结束后由备案的评价机构组织认定考试，理论和技能考核均需达到60分。证书为职业技能等级证书，可在 技能人才评价证书全国联网查询 平台查询。我们不承诺包过。</p>
<p>符合条件的参保职工可申请失业保险技能提升补贴（四级最高1500元），补贴政策可拨打12333咨询。</p>
<p>考点：泰州技师学院鉴定站（前台 0523-86998021）。</p>
<h3>报名咨询</h3>
<p>咨询电话：139-5261-2847（胡老师） 座机：0523-86231457<br>微信：xinzhi_px<br>统一社会信用代码：{C_U01}</p>""",
     True, "U01", "泰州信智职业技能培训有限公司",
     [("phone", "+8613952612847", "139-5261-2847"), ("phone", "052386231457", "0523-86231457"),
      ("wechat", "xinzhi_px", "xinzhi_px"), ("uscc", C_U01, C_U01),
      ("domain", "tzxinzhi.com", "www.tzxinzhi.com"), ("other", "苏ICP备2021034567号-1", "苏ICP备2021034567号-1")],
     "training company home page inviting enrolment (honest)")
page("xinzhi", "ai-trainer-3.html", "人工智能训练师三级（高级工）周末班招生简章",
     f"""<h2>人工智能训练师三级（高级工）周末班</h2>
<p>报考条件：取得四级证书后从事本职业5年，或具有相关专业大专及以上学历并取得四级证书后工作满2年等，具体以认定机构审核为准。<b>不符合条件的学员请勿报名。</b></p>
<p>课程内容：业务分析、智能训练、智能系统设计、培训与指导，参考学时40学时。</p>
<p>学费：3280元（含教材、实操平台账号）。认定费另按评价机构标准收取。</p>
<p>证书编号样例：S000032012345253000127（仅为格式示意），取得后登录 zscx.osta.org.cn 查询。</p>
<p>报名：0523-86231457 ｜ 微信 xinzhi_px ｜ 信用代码 {C_U01}</p>""",
     True, "U01", "信智职培",
     [("phone", "052386231457", "0523-86231457"), ("wechat", "xinzhi_px", "xinzhi_px"),
      ("uscc", C_U01, C_U01), ("domain", "tzxinzhi.com", "www.tzxinzhi.com"),
      ("other", "苏ICP备2021034567号-1", "苏ICP备2021034567号-1")],
     "course page of U01 own site (honest)")

# ===== kecheng: marketplace
page("kecheng", "index.html", "学邦课堂 - 职业技能 - 人工智能训练师课程",
     "<p>为您找到人工智能训练师相关课程 5 门。课程由入驻机构提供，学邦课堂仅提供技术服务。</p>", note="marketplace category page")
page("kecheng", "course-10231.html", "【泰州面授】人工智能训练师四级（中级工）培训 - 信智教育",
     """<div class="course-meta">机构：泰州信智AI培训中心 ｜ 评分 4.8 ｜ 已报名 126 人</div>
<p>面授+线上实操，周末上课。按国家职业技能标准授课，数据采集和处理、数据标注、智能系统运维。</p>
<p>价格：¥2680 &nbsp; 可申请技能提升补贴。</p>
<p>机构咨询：13952612847 / （0523）86231457，机构官网 tzxinzhi.com</p>""",
     True, "U01", "泰州信智AI培训中心",
     [("phone", "+8613952612847", "13952612847"), ("phone", "052386231457", "（0523）86231457"),
      ("domain", "tzxinzhi.com", "tzxinzhi.com")], "marketplace course by U01")
page("kecheng", "course-10587.html", "数据标注员/人工智能训练师 线上实战营（含五级认定辅导）- 智标学院",
     """<div class="course-meta">机构：智标学院 ｜ 课程编号：18800421937 ｜ 直播+录播 60课时</div>
<p>零基础可学数据标注，结业推荐参加五级认定（需满足一年相关工作经历）。学完可接平台标注兼职。</p>
<p>价格：¥1980 限时¥1580。</p>
<p>课程顾问：400-826-5317 ｜ 加微信 zhibiao2023 领试听</p>""",
     True, "U03", "智标学院",
     [("phone", "4008265317", "400-826-5317"), ("wechat", "zhibiao2023", "zhibiao2023")], "marketplace course by U03")
page("kecheng", "course-10712.html", "启明职业培训学校 人工智能训练师五级/四级 补贴班",
     f"""<div class="course-meta">机构：泰州市海陵区启明职业培训学校（民办非企业）</div>
<p>符合条件的参保人员可申领技能提升补贴：五级最高1000元、四级最高1500元。本校为培训机构，认定由备案评价机构实施，证书可在 zscx.osta.org.cn 查询。</p>
<p>学费：¥1800（四级）。</p>
<p>咨询：0523-86889215 ｜ 办学单位信用代码 {C_U05}</p>""",
     True, "U05", "启明职业培训学校",
     [("phone", "052386889215", "0523-86889215"), ("uscc", C_U05, C_U05)], "marketplace course by U05 (honest)")
page("kecheng", "course-10844.html", "【国培智联】人工智能训练师高级证书 挂靠年入3万 包过班",
     """<div class="course-meta">机构：国培智联职业教育 ｜ 课程编号：18800421937-B</div>
<p>人社部颁发，国家职业资格证书，全国通用终身有效！考后可挂靠企业，年入2-3万。内部渠道，包过，不过全额退款。</p>
<p>原价¥6800，今日报名¥3980。</p>
<p>报名热线 400-187-3962 ｜ 学员交流群号：731846259</p>""",
     True, "U08", "国培智联职业教育",
     [("phone", "4001873962", "400-187-3962"), ("qq_group", "731846259", "731846259")], "marketplace course by U08 (scam: 挂靠, 包过)")
page("kecheng", "course-10903.html", "AI训练师入门：大模型数据标注与评测（录播）",
     """<div class="course-meta">讲师：苏北智能实训工作室 ｜ 录播 24课时</div>
<p>本课只讲技能，不含任何证书，如需考证请自行向备案评价机构报名。</p>
<p>价格：¥299。讲师电话 158-9602-1573，邮箱 subei_ailab@163.com</p>""",
     True, "I01", "苏北智能实训工作室",
     [("phone", "+8615896021573", "158-9602-1573"), ("email", "subei_ailab@163.com", "subei_ailab@163.com")], "independent marketplace course")

# ===== bbs: forum (Taizhou)
page("bbs", "index.html", "凤城论坛 - 泰州教育版", "<p>版块帖子列表：考证、培训、曝光。</p>", note="forum board index")
page("bbs", "thread-88213.html", "【求助】被所谓人工智能训练师“包过”骗了3800，大家避雷",
     """<div class="post"><b>楼主 海陵小陈：</b>上个月在网上看到人工智能训练师三证一起办，说人社部颁发、不用考试。交了3800后对方拉黑了。骗子电话 187-0513-4492，微信 zhengshu_kf01，大家千万别信！已经打了12315投诉，也问了12333，人家说证书都是评价机构发的，要自己去官网查。</div>
<div class="reply"><b>2楼 tz妈妈：</b>我表妹也差点上当。被骗的可以加我微信 tzmama_88 一起去报警。</div>
<div class="reply"><b>3楼 凤城老兵：</b>正规的去人社局网站看通知，别信包过。</div>""",
     note="complaint thread quoting scam contacts; readers' own contacts")
page("bbs", "thread-88340.html", "人工智能训练师高级证 包过 免考 人社部颁发 名额有限",
     """<div class="post"><b>楼主 港城智训-刘老师：</b>人工智能训练师证书办理，人社部颁发，国家职业资格证书，全国联网可查。零基础可报三级，不用到场考试，包过！三证同报优惠。电话 189 6132 7705（刘）</div>
<div class="reply"><b>2楼 tz妈妈：</b>楼主是真的吗？我上次被骗了，微信 tzmama_88 说下。</div>
<div class="reply"><b>3楼 凤城老兵：</b>又是包过，已举报。</div>""",
     True, "U02", "港城智训",
     [("phone", "+8618961327705", "189 6132 7705")], "forum ad post by U02 (scam)")
page("bbs", "thread-88377.html", "分享下我在小鹿老师那学AI训练师的经历（附联系方式）",
     """<div class="post"><b>楼主 luluAI：</b>我是跟抖音上小鹿老师学的，原价9999限时99，先上99的体验课，后面正式班1980，说90%小白都能学会，学完拿证接单。想学的可以私她 V：luxiaolu_ai 或者 Q：3359021476。</div>
<div class="reply"><b>2楼 路人甲：</b>软文吧？</div>""",
     True, "U06", "小鹿老师",
     [("wechat", "luxiaolu_ai", "luxiaolu_ai"), ("qq", "3359021476", "3359021476")], "forum soft ad for U06")
page("bbs", "thread-88402.html", "泰州兴化有做人工智能训练师培训的吗？赣榆这边有家在招",
     f"""<div class="post"><b>楼主 兴化阿强：</b>看到连云港赣榆数智职业技能培训中心在招人工智能训练师四级，周末班，说是按标准上课、有实操，学费2200，补贴另算。电话 138-1566-1024，统一社会信用代码 {C_U07} 我查了是正规注册公司。</div>
<div class="reply"><b>2楼 凤城老兵：</b>报之前去 pjjg 名录看看认定机构。</div>""",
     True, "U07", "赣榆数智职业技能培训中心",
     [("phone", "+8613815661024", "138-1566-1024"), ("uscc", C_U07, C_U07)], "forum post relaying U07 enrolment")
page("bbs", "thread-88455.html", "本人带人工智能训练师数据标注实操，一对一，不办证",
     """<div class="post"><b>楼主 老周实验室：</b>在泰州做了三年标注项目，周末一对一带实操，800元/8小时，只教技能不卖证。有意加微信 zhou_lab_ai</div>""",
     True, "I02", "老周实验室",
     [("wechat", "zhou_lab_ai", "zhou_lab_ai")], "independent tutor offer on forum")

# ===== fenlei: classifieds (Lianyungang)
page("fenlei", "index.html", "港城分类信息网 - 教育培训 - 职业技能",
     "<p>最新发布：人工智能训练师培训、考证信息。发布信息模板：联系电话 13800138000（请替换为您的号码）。</p>",
     note="classifieds listing index with template placeholder")
page("fenlei", "post-301556.html", "泰州信智 人工智能训练师四级培训 连云港学员可线上",
     """<p>类别：教育培训/职业技能 ｜ 区域：海州区</p>
<p>泰州信智职培开设人工智能训练师四级线上+线下混合班，连云港学员可线上学习、集中实操。</p>
<p>联系人：胡老师 139 5261 2847 ｜ 微信同号或 XinZhi_PX</p>""",
     True, "U01", "泰州信智职培",
     [("phone", "+8613952612847", "139 5261 2847"), ("wechat", "xinzhi_px", "XinZhi_PX")], "classified by U01")
page("fenlei", "post-301702.html", "人工智能训练师 一级 二级 三级 零基础直接报 三证合一 官网可查",
     """<p>类别：证书办理 ｜ 区域：连云区</p>
<p>华腾AI证书中心：人工智能训练师二级技师、一级高级技师，不限学历不限经验，零基础直接报考，三级+二级+一级三证合一优惠价8800。人社部颁发，官网 www.zgzs-cx.com 可查。</p>
<p>电话：151-5087-3926</p>""",
     True, "U04", "华腾AI证书中心",
     [("phone", "+8615150873926", "151-5087-3926"), ("domain", "zgzs-cx.com", "www.zgzs-cx.com")], "classified by U04 (scam, fake query site)")
page("fenlei", "post-301811.html", "赣榆数智职培 人工智能训练师四级 周末班 可申领补贴",
     """<p>类别：教育培训 ｜ 区域：赣榆区</p>
<p>按国家职业技能标准授课，理论+实操，考核由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。</p>
<p>电话：13815661024 座机：0518-86125530</p>
<p class="tpl">（平台模板）联系电话：13800138000</p>""",
     True, "U07", "赣榆数智职培",
     [("phone", "+8613815661024", "13815661024"), ("phone", "051886125530", "0518-86125530")], "classified by U07")
page("fenlei", "post-301930.html", "鼎职教育：人工智能训练师证 挂靠企业 年入2万 速成包过",
     """<p>类别：证书办理 ｜ 区域：海州区</p>
<p>鼎职教育代办人工智能训练师证书，速成，包过，拿证后可挂靠企业，每年2万躺赚。</p>
<p>全国热线：4001873962 ｜ 客服微信 dzjy_kf</p>""",
     True, "U08", "鼎职教育",
     [("phone", "4001873962", "4001873962"), ("wechat", "dzjy_kf", "dzjy_kf")], "classified by U08 (scam)")
page("fenlei", "post-302017.html", "新浦鑫源培训 数据标注员岗前培训 推荐就业",
     """<p>类别：教育培训 ｜ 区域：海州区新浦</p>
<p>数据标注员岗前培训两周，结业可参加人工智能训练师五级认定（需一年相关工作经历或学徒期满）。学费1200。</p>
<p>联系电话：133 9056 2814 鑫源培训</p>
<p class="tpl">（平台模板）联系电话：13800138000</p>""",
     True, "I03", "新浦鑫源培训",
     [("phone", "+8613390562814", "133 9056 2814")], "independent classified")

# ===== wenda: Q&A
page("wenda", "index.html", "知问网 - 人工智能训练师 话题", "<p>话题下共有 4 个问题。</p>", note="Q&A topic index")
page("wenda", "q-552014.html", "人工智能训练师证书是人社部颁发的吗？怎么查真假？",
     """<div class="q">问：人工智能训练师证书是人社部颁发的吗？</div>
<div class="a"><b>最佳回答 职业规划师王：</b>不是。改革后职业技能等级证书由备案的评价机构颁发，人社部门负责备案监管。查询在技能人才评价工作网 osta.mohrss.gov.cn 及全国联网查询平台。宣称“人社部颁发”“包过”的都要小心。</div>""",
     note="Q&A guide answer (non-offer)")
page("wenda", "q-552389.html", "连云港哪里可以考人工智能训练师？",
     """<div class="q">问：连云港哪里可以考人工智能训练师？</div>
<div class="a"><b>回答 启航教育顾问：</b>我们启航职业教育可以办，不用考试直接拿证，人社部颁发，包过。加扣扣2874561093详聊。</div>
<div class="a"><b>回答 网友：</b>楼上是广告。</div>""",
     True, "U02", "启航职业教育",
     [("qq", "2874561093", "2874561093")], "Q&A answer ad by U02 (scam)")
page("wenda", "q-552501.html", "泰州有没有正规的人工智能训练师培训学校？",
     """<div class="q">问：泰州有没有正规的人工智能训练师培训学校？</div>
<div class="a"><b>回答 启明职校招生办：</b>启明职校（海陵区）开设五级、四级班，参保职工可申请补贴。电话 0523-8688 9215，邮箱 qiming_px@126.com。</div>""",
     True, "U05", "启明职校",
     [("phone", "052386889215", "0523-8688 9215"), ("email", "qiming_px@126.com", "qiming_px@126.com")], "Q&A answer by U05")
page("wenda", "q-552633.html", "人工智能训练师在线学哪家好？",
     """<div class="q">问：人工智能训练师在线学哪家好？</div>
<div class="a"><b>回答 慧学AI助教：</b>推荐慧学AI，直播课+题库，报四级送五级，两证同拿。有问题Q我：2461789035</div>""",
     True, "U09", "慧学AI",
     [("qq", "2461789035", "2461789035")], "Q&A answer ad by U09")

# ===== mp: WeChat reposts
page("mp", "index.html", "微读转载 - 教育频道", "<p>本频道转载教育类公众号文章。</p>", note="repost index")
page("mp", "a-20260311.html", "警惕！“人工智能训练师”证书骗局又来了",
     """<p>来源：泰州发布（转载）</p>
<p>近期有市民反映，有人以“人社部颁发”“包过”“免考拿证”为名推销人工智能训练师证书。市民举报的号码包括 187-0513-4492、微信 zhengshu_kf01。人社部门提醒：职业技能等级证书由备案评价机构颁发，可在技能人才评价证书全国联网查询平台核验；遇到虚假宣传可拨打12315。</p>""",
     note="warning article quoting scam contacts")
page("mp", "a-20260318.html", "AI时代的铁饭碗？数据标注员了解一下 | 智标学院",
     """<p>来源：数标未来（公众号）</p>
<p>人工智能训练师有数据标注员、人工智能算法测试员两个工种。我们的线上实战营60课时，结业可推荐五级认定。报名表：https://jinshuju.net/f/Zb7kQ2</p>
<p>课程咨询 4008-265-317 ｜ 邮箱 zhibiao_edu@163.com</p>""",
     True, "U03", "数标未来",
     [("phone", "4008265317", "4008-265-317"), ("email", "zhibiao_edu@163.com", "zhibiao_edu@163.com")], "WeChat repost ad by U03")
page("mp", "a-20260322.html", "国家认可！人工智能训练师证书全国联网可查，报名通道开启",
     f"""<p>来源：国职联考中心（公众号）</p>
<p>国家职业资格证书，人社部颁发，官方认证，证书查询：zgzs-cx.com。零基础可直接报考二级技师。</p>
<p>报名加微信：huateng_zs ｜ 主体 南京华腾信息咨询有限公司 {C_U04}</p>""",
     True, "U04", "国职联考中心",
     [("domain", "zgzs-cx.com", "zgzs-cx.com"), ("wechat", "huateng_zs", "huateng_zs"), ("uscc", C_U04, C_U04),
      ("other", "南京华腾信息咨询有限公司", "南京华腾信息咨询有限公司")], "WeChat repost ad by U04 (scam)")
page("mp", "a-20260325.html", "赣榆：人工智能训练师四级培训班第3期开班",
     f"""<p>来源：赣榆数智职培（公众号）</p>
<p>第3期四级班开班，学员32人。下一期报名：0518 8612 5530。信用代码 {C_U07}。</p>""",
     True, "U07", "赣榆数智职培",
     [("phone", "051886125530", "0518 8612 5530"), ("uscc", C_U07, C_U07)], "WeChat repost by U07 inviting next class")
page("mp", "a-20260329.html", "泰州职教继续教育中心：人工智能训练师四级社会化培训报名",
     """<p>来源：泰州职教继续教育中心（公众号）</p>
<p>面向社会招收人工智能训练师四级学员，报名表：https://jinshuju.net/f/Qp3Lx9 。证书可在 zscx.osta.org.cn 查询，补贴政策咨询12333。</p>
<p>联系：0523-86107722，tzzj_jxjy@163.com</p>""",
     True, "I04", "泰州职教继续教育中心",
     [("phone", "052386107722", "0523-86107722"), ("email", "tzzj_jxjy@163.com", "tzzj_jxjy@163.com")], "independent repost, college continuing education")

# ===== video: short-video pages
page("video", "index.html", "快看短视频 - #人工智能训练师", "<p>话题 #人工智能训练师 播放 1.2亿次</p>", note="video topic index")
page("video", "v-7301.html", "三天拿证！人工智能训练师包过",
     """<div class="vdesc">@港城智训刘老师：三天拿证，人社部颁发，不用考试！评论区扣1，或打 18961327705，V：gczx666</div>
<div class="cmt">网友 小蜜蜂：求资料 qq 1029384756</div>""",
     True, "U02", "港城智训刘老师",
     [("phone", "+8618961327705", "18961327705"), ("wechat", "gczx666", "gczx666")], "short-video ad by U02 (scam)")
page("video", "v-7322.html", "零基础考二级技师？这个证现在还能拿！",
     """<div class="vdesc">@华腾证书：不限学历，零基础直接二级，三证合一。主页电话 15150873926，收款方 南京华腾信息咨询有限公司</div>""",
     True, "U04", "华腾证书",
     [("phone", "+8615150873926", "15150873926"), ("other", "南京华腾信息咨询有限公司", "南京华腾信息咨询有限公司")], "short-video ad by U04 (scam)")
page("video", "v-7345.html", "原价9999限时99 | 小白也能当AI训练师",
     """<div class="vdesc">@小鹿AI训练营：90%小白都能学会，原价9999限时99！私信或加 luxiaolu_ai</div>""",
     True, "U06", "小鹿AI训练营",
     [("wechat", "luxiaolu_ai", "luxiaolu_ai")], "short-video ad by U06")
page("video", "v-7388.html", "拿了AI训练师证挂靠，一年多赚两万",
     """<div class="vdesc">@国培智联：证书挂靠企业一年2万，进群了解，群 731846259，客服 DZJY_KF</div>""",
     True, "U08", "国培智联",
     [("qq_group", "731846259", "731846259"), ("wechat", "dzjy_kf", "DZJY_KF")], "short-video ad by U08 (scam)")
page("video", "v-7402.html", "数据标注到底干啥？我带你看一天",
     """<div class="vdesc">@阿杰聊AI：讲讲标注日常，想系统学的我有一门小课199，Q 1578342690</div>
<div class="cmt">网友 小蜜蜂：求资料 qq 1029384756</div>""",
     True, "I05", "阿杰聊AI",
     [("qq", "1578342690", "1578342690")], "independent short-video seller")

# ===== news
page("news", "index.html", "连云港新闻在线 - 教育", "<p>教育频道最新报道。</p>", note="news index")
page("news", "n-60211.html", "市民花3800元买“人工智能训练师”证书 发现是假的",
     """<p>本报讯 海州区市民张女士反映，她通过对方电话18705134492联系办证，对方称证书“人社部颁发、官网可查”。记者拨打12315了解到……市人社局提醒，职业技能等级证书可通过 zscx.osta.org.cn 查询，政策咨询请拨12333。</p>""",
     note="news report quoting scam number")
page("news", "n-60298.html", "（推广）启明职业培训学校：技能提升补贴帮你省钱学AI",
     f"""<p>【推广】启明职业培训学校开设人工智能训练师五级、四级课程，考点为泰州技师学院鉴定站（0523-86998021）。</p>
<p>证书编号示例 S000032012345253000127。咨询 0523－86889215，qiming_px@126.com，信用代码 {C_U05}。</p>""",
     True, "U05", "启明职业培训学校",
     [("phone", "052386889215", "0523－86889215"), ("email", "qiming_px@126.com", "qiming_px@126.com"), ("uscc", C_U05, C_U05)],
     "advertorial by U05")
page("news", "n-60305.html", "两部门开展技术技能类“山寨证书”治理 一批假查询网站被关停",
     """<p>据报道，有关部门关停了一批仿冒证书查询网站。网友曾举报微信 zhengshu_kf01 售卖假证。市民可拨打12315投诉虚假宣传。</p>""",
     note="news on fake-certificate campaign")

# ===== rsj: gov notices
page("rsj", "index.html", "泰州市人力资源和社会保障局 - 通知公告", "<p>通知公告列表。</p>", note="gov notice index")
page("rsj", "notice-2026-08.html", "关于2026年第二批人工智能训练师职业技能等级认定的公告",
     """<p>各有关单位：根据工作安排，第二批认定在泰州技师学院鉴定站进行（咨询电话 0523-86998021）。证书由备案评价机构颁发，可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。政策咨询请拨打12333。</p>""",
     note="official-style notice naming exam venue front desk")

# ===== shop
page("shop", "index.html", "优选好店 - 考证课程", "<p>热销考证课程。</p>", note="shop category index")
page("shop", "item-5521.html", "人工智能训练师证书代报 包过 人社部颁发",
     """<p>店铺：启航证书办理店 ｜ 月销 88</p>
<p>人社部颁发，包过，三证同报更优惠。拍下联系客服V信：gczx666 或 QQ 2874561093。付款后订单号：13720260315 发给客服。收款方 连云港启航信息咨询有限公司。</p>""",
     True, "U02", "启航证书办理店",
     [("wechat", "gczx666", "gczx666"), ("qq", "2874561093", "2874561093"),
      ("other", "连云港启航信息咨询有限公司", "连云港启航信息咨询有限公司")], "shop item by U02 (scam)")
page("shop", "item-5538.html", "人工智能训练师一二三级 三证合一 官网可查",
     """<p>店铺：华腾证书旗舰 ｜ 月销 41</p>
<p>零基础三证合一，官网 ZGZS-CX.com 可查（非 zscx.osta.org.cn 的那种难考）。加 huateng_zs。支付宝客服95188可查交易。收款方：南京华腾信息咨询有限公司</p>""",
     True, "U04", "华腾证书旗舰",
     [("domain", "zgzs-cx.com", "ZGZS-CX.com"), ("wechat", "huateng_zs", "huateng_zs"),
      ("other", "南京华腾信息咨询有限公司", "南京华腾信息咨询有限公司")], "shop item by U04 (scam)")
page("shop", "item-5560.html", "小鹿AI训练营 正式班 1980",
     """<p>店铺：鹿鸣AI学堂 ｜ 月销 203</p>
<p>AI训练师正式班，学完推荐接单。售后 177 0523 7319，Q 3359021476。</p>""",
     True, "U06", "鹿鸣AI学堂",
     [("phone", "+8617705237319", "177 0523 7319"), ("qq", "3359021476", "3359021476")], "shop item by U06")
page("shop", "item-5577.html", "慧学AI 人工智能训练师四级直播课 报四级送五级",
     """<p>店铺：慧学职业教育 ｜ 月销 65</p>
<p>两证同拿。课程助教 198 5123 0746，QQ：2461789035。支付宝客服95188。</p>""",
     True, "U09", "慧学职业教育",
     [("phone", "+8619851230746", "198 5123 0746"), ("qq", "2461789035", "2461789035")], "shop item by U09")
page("shop", "item-5590.html", "靖江智学 数据标注实操题库+模拟平台",
     """<p>店铺：靖江智学 ｜ 月销 12</p>
<p>只卖题库和模拟平台，不代办证书。售后 182-5261-7738，微信 jjzhixue。示例：订单号：13720260315 格式。</p>""",
     True, "I06", "靖江智学",
     [("phone", "+8618252617738", "182-5261-7738"), ("wechat", "jjzhixue", "jjzhixue")], "independent shop item")

# ===== blog
page("blog", "index.html", "简记博客 - 标签：AI训练师", "<p>标签下的文章。</p>", note="blog tag index")
page("blog", "p-1103.html", "我是怎么从零开始做数据标注的（内含课程推荐）",
     """<p>作者：阿木。我报的是智标学院的课，客服 400 826 5317，资料可以发邮件 ZhiBiao_Edu@163.com 要。考证要去技能人才评价工作网 osta.mohrss.gov.cn 确认机构。</p>""",
     True, "U03", "智标学院",
     [("phone", "4008265317", "400 826 5317"), ("email", "zhibiao_edu@163.com", "ZhiBiao_Edu@163.com")], "blog soft ad for U03")
page("blog", "p-1117.html", "小鹿老师的AI训练营值不值？上课一个月的真实感受",
     """<p>作者：鹿鸣学员。想上课的加 Luxiaolu_AI，或者电话17705237319。</p>""",
     True, "U06", "小鹿老师",
     [("wechat", "luxiaolu_ai", "Luxiaolu_AI"), ("phone", "+8617705237319", "17705237319")], "blog soft ad for U06")
page("blog", "p-1124.html", "慧学AI课程笔记 + 报名优惠码",
     """<p>作者：huixue。报名发邮件 2461789035@qq.com 或打 19851230746 领优惠码。</p>""",
     True, "U09", "慧学AI",
     [("email", "2461789035@qq.com", "2461789035@qq.com"), ("phone", "+8619851230746", "19851230746")], "blog post inviting enrolment (U09)")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("phone", "+8618705134492", ["187-0513-4492", "18705134492"], "scam number quoted in complaint/warning/news"),
    ("wechat", "zhengshu_kf01", ["zhengshu_kf01"], "scam WeChat quoted in complaint/warning/news"),
    ("wechat", "tzmama_88", ["tzmama_88"], "forum reader's own WeChat in comments"),
    ("qq", "1029384756", ["1029384756"], "video viewer's own QQ in comments"),
    ("phone", "052386998021", ["0523-86998021"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder"),
    ("phone", "+8613720260315", ["13720260315"], "order number that looks like a mobile"),
    ("phone", "+8618800421937", ["18800421937"], "course number that looks like a mobile"),
    ("other", "S000032012345253000127", ["S000032012345253000127"], "sample certificate number"),
    ("phone", "4006902288", ["400-690-2288"], "marketplace footer hotline"),
    ("email", "kefu@xuebangketang.com", ["kefu@xuebangketang.com"], "marketplace footer e-mail"),
    ("domain", "xuebangketang.com", ["www.xuebangketang.com"], "marketplace domain in footer"),
    ("other", "沪ICP备19028841号", ["沪ICP备19028841号"], "marketplace ICP"),
    ("qq_group", "523817640", ["523817640"], "forum's own QQ group in footer"),
    ("other", "苏ICP备12045561号", ["苏ICP备12045561号"], "forum ICP"),
    ("phone", "051885512066", ["0518-85512066"], "classifieds footer service number"),
    ("email", "service@gangcheng58.cn", ["service@gangcheng58.cn"], "classifieds footer e-mail"),
    ("email", "jubao@zhiwen.cn", ["jubao@zhiwen.cn"], "Q&A site report e-mail"),
    ("email", "bd@weiduzhan.com", ["bd@weiduzhan.com"], "repost site business e-mail"),
    ("phone", "4001400868", ["400-140-0868"], "video platform customer service"),
    ("uscc", C_VIDEO, [C_VIDEO], "video platform company's USCC in footer"),
    ("phone", "051885820110", ["0518-85820110"], "news hotline in footer"),
    ("phone", "052386839961", ["0523-86839961"], "gov site footer consultation number"),
    ("phone", "4006127080", ["400-612-7080"], "shop platform customer service"),
    ("uscc", C_SHOP, [C_SHOP], "shop platform company's USCC in footer"),
    ("other", "浙ICP备17033165号", ["浙ICP备17033165号"], "shop platform ICP"),
    ("email", "admin@jianjiblog.net", ["admin@jianjiblog.net"], "blog host footer e-mail"),
]

# ---------------------------------------------------------------- render
CSS = {
    "corp": "body{font-family:sans-serif;margin:0}header{background:#0b4fa0;color:#fff;padding:12px}.banner{background:#ffd;padding:10px;font-size:20px}",
    "market": "body{font-family:sans-serif;background:#f5f5f5}.course-meta{color:#666}",
    "forum": "body{font-family:SimSun,serif;font-size:13px}.post,.reply{border:1px solid #ccc;margin:6px;padding:6px}",
    "classified": "body{font-family:sans-serif}.tpl{color:#aaa;font-size:11px}",
    "qa": "body{font-family:sans-serif}.q{font-weight:bold}.a{border-top:1px solid #eee;padding:8px}",
    "mp": "body{max-width:640px;margin:auto;font-family:sans-serif;line-height:1.8}",
    "video": "body{background:#111;color:#eee;font-family:sans-serif}.cmt{color:#aaa}",
    "news": "body{font-family:serif}h1{font-size:26px}",
    "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#fff;padding:10px}",
    "shop": "body{font-family:sans-serif}p{margin:8px 0}",
    "blog": "body{font-family:Georgia,serif;max-width:720px;margin:auto}",
}
NAVS = {
    "xinzhi": ["首页", "培训项目", "师资力量", "联系我们"],
    "kecheng": ["首页", "职业技能", "IT互联网", "机构入驻"],
    "bbs": ["论坛首页", "泰州教育", "曝光台", "求职招聘"],
    "fenlei": ["首页", "教育培训", "招聘", "免费发布"],
    "wenda": ["首页", "话题", "提问", "专栏"],
    "mp": ["首页", "教育", "职场", "政策"],
    "video": ["推荐", "关注", "话题", "直播"],
    "news": ["首页", "本地", "民生", "教育"],
    "rsj": ["首页", "政务公开", "通知公告", "办事服务"],
    "shop": ["首页", "全部宝贝", "店铺动态", "客服"],
    "blog": ["首页", "归档", "标签", "关于"],
}


def render(pg, siblings):
    s = SITES[pg["site"]]
    d = pg["site"]
    nav = " | ".join(f'<a href="/{d}/index.html">{n}</a>' if i == 0 else f"<span>{n}</span>" for i, n in enumerate(NAVS[d]))
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{d}/index.html">{s["name"]}</a>'
    if pg["file"] != "index.html":
        crumbs += f" &gt; {pg['title']}"
    rel = "".join(f'<li><a href="/{d}/{x["file"]}">{x["title"]}</a></li>' for x in siblings if x is not pg)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{pg['title']} - {s['name']}</title>
<style>{CSS[s['style']]}</style></head>
<body class="{s['style']}">
<header><div class="logo">{s['name']}</div><nav>{nav}</nav></header>
<div class="crumbs">{crumbs}</div>
<main><h1>{pg['title']}</h1>
{pg['body']}
</main>
<aside>{SIDEBARS[d]}</aside>
<section class="related"><h3>{'相关推荐' if pg['file'] != 'index.html' else '本站页面'}</h3><ul>{rel}</ul></section>
<footer>{FOOTERS[d]}</footer>
</body></html>
"""


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for d in SITES:
        sib = [p for p in P if p["site"] == d]
        os.makedirs(os.path.join(SITE, d), exist_ok=True)
        for pg in sib:
            html = render(pg, sib)
            path = f"/{d}/{pg['file']}"
            with open(os.path.join(SITE, d, pg["file"]), "w", encoding="utf-8") as f:
                f.write(html)
            texts[path] = html
    hub = "".join(f'<li><a href="/{d}/index.html">{s["name"]}</a>（{s["kind"]}）</li>' for d, s in SITES.items())
    hub_html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航</h1><ul>{hub}</ul></body></html>
"""
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub_html)
    texts["/index.html"] = hub_html
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site's index"}]
    for pg in P:
        pages.append({"path": f"/{pg['site']}/{pg['file']}", "is_offer": pg["is_offer"],
                      "operator": pg["operator"], "provider": pg["provider"],
                      "identifiers": pg["ids"], "note": pg["note"]})
    ops = {}
    for pg in P:
        o = pg["operator"]
        if o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if pg["provider"] not in e["brands"]:
                e["brands"].append(pg["provider"])
            for k, v, _ in pg["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pp = sorted(p for p, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pp, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
