#!/usr/bin/env python3
"""Generate the 12ch labeled web of AI-trainer certificate sellers. Deterministic, stdlib only."""
import json, os, shutil, html

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------- USCC (GB 32100 + GB 11714) ----------------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(prefix8, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - t % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

USCC_U01 = uscc("91330106", "MA2H7K3P")
USCC_U02 = uscc("52330105", "MJ884021")
USCC_U03 = uscc("91110105", "MA01TQ7B")
USCC_U05 = uscc("91440300", "MA5G2W8D")
USCC_U08 = uscc("91310104", "MA1FR6L2")
USCC_U09 = uscc("91110108", "MA04C9NX")
USCC_I01 = uscc("12330100", "47005921")

# ---------------- page registry ----------------
PAGES = []
CUR = None

def I(kind, value, written):
    """Record an identifier written on the current page and return its written form."""
    CUR["identifiers"].append([kind, value, written])
    return written

SITES = {}

def site(key, name, style, menu, footer_fn, side_fn=None):
    SITES[key] = dict(key=key, name=name, style=style, menu=menu, footer=footer_fn, side=side_fn)

def esc(s):
    return html.escape(s, quote=False)

def page(path, sitekey, title, operator=None, provider=None, is_offer=False, note="", crumbs=None):
    def deco(fn):
        PAGES.append(dict(path=path, site=sitekey, title=title, operator=operator, provider=provider,
                          is_offer=is_offer, note=note, crumbs=crumbs or [], fn=fn))
        return fn
    return deco

# ---------------- site frames ----------------
def corp_zhixun_footer():
    return ("<p>杭州智训未来教育科技有限公司 版权所有 | 统一社会信用代码：" + I("uscc", USCC_U01, USCC_U01) +
            "</p><p>地址：杭州市西湖区文三路259号昌地火炬大厦1号楼7层 | 咨询热线：" +
            I("phone", "+8613905712846", "139-0571-2846") + " | 官网：" + I("domain", "zhixunwl.cn", "www.zhixunwl.cn") +
            "</p><p>浙ICP备2021038817号-1</p>")

def corp_qiming_footer():
    return ("<p>杭州市上城区启明职业培训学校（民办非企业单位）办学许可证：教民133010270000118号</p><p>统一社会信用代码："
            + I("uscc", USCC_U02, USCC_U02) + " | 招生电话：" + I("phone", "0571-86912230", "0571-8691 2230")
            + " | 网址：" + I("domain", "qimingpx.com", "www.qimingpx.com") + "</p><p>浙ICP备19011524号</p>")

def ke_footer():
    return ("<div class='svc'>学堂优课客服热线：400-820-6633（工作日9:00-21:00）| 客服邮箱：kefu@xuetangyouke.com | "
            "购买须知：查询订单请提供订单号，示例订单号：13520240101</div>"
            "<p>© 2016-2025 www.xuetangyouke.com 上海优课网络科技有限公司 沪ICP备17032541号-3 | 沪公网安备31010402008831号</p>"
            "<p>平台仅提供信息展示与交易服务，课程内容由入驻机构负责。</p>")

def bbs_footer():
    return ("<p>职场家园论坛 · 站务联系：admin@zcjybbs.com · 论坛交流群：563 880 217</p>"
            "<p>本帖内容仅代表作者观点，涉及付费报名请自行核实资质。粤ICP备16088213号</p>")

def fenlei_footer():
    return ("<p>百城分类信息网 客服电话：010-5217 8800 · 举报受理：jubao@baichengfl.com</p>"
            "<p>京ICP证110288号 · 京公网安备11010802024517号 · 发布信息请遵守《互联网信息服务管理办法》</p>")

def fenlei_side():
    return ("<h4>快速发布</h4><form><input name='tel' placeholder='手机号，如13800138000'>"
            "<button>免费发布</button></form><h4>热门城市</h4><p>北京 上海 广州 深圳 杭州 成都 郑州 武汉</p>")

def wenda_footer():
    return ("<p>问必答 wenbida.cn · 意见反馈 feedback@wenbida.cn · 违法和不良信息举报电话：400-699-1520</p>"
            "<p>浙ICP备15042210号-2</p>")

def wx_footer():
    return ("<p>微文集 weiwenji.net 收录公众号文章，版权归原作者所有，侵权请联系 tougao@weiwenji.net 删除</p>"
            "<p>苏ICP备20015573号-1</p>")

def video_footer():
    return ("<p>快看短视频 · 未成年人保护热线 400-052-7707 · 举报邮箱 jubao@kuaikanv.com</p>"
            "<p>京ICP备18044112号-5 · 网络文化经营许可证 京网文〔2022〕1207-035号</p>")

def news_footer():
    return ("<p>城市晚报网 新闻热线：0571-8510 0110 · 广告合作：ad@cswbw.com.cn</p>"
            "<p>互联网新闻信息服务许可证 33120170003 · 浙ICP备09003219号</p>")

def gov_footer():
    return ("<p>主办：XX市人力资源和社会保障局 · 地址：XX市人民路88号 · 政务服务热线 12345 · 人社服务热线 12333</p>"
            "<p>网站标识码 3301000031 · 浙ICP备05004122号 · 浙公网安备33010302000138号</p>")

def college_footer():
    return ("<p>江南职业技术学院继续教育学院 · 地址：杭州市钱塘区学源街1188号 · 电话："
            + I("phone", "0571-88026617", "0571-8802 6617") + " · 邮箱：" + I("email", "jxjy@jnzy.edu.cn", "jxjy@jnzy.edu.cn")
            + "</p><p>浙ICP备05012377号</p>")

site("zhixun", "智训未来教育", "training-company site (CMS template)", ["首页", "课程中心", "证书查询", "报名入口", "关于我们"], corp_zhixun_footer)
site("qiming", "启明职业培训学校", "training-school site", ["学校首页", "招生简章", "技能认定", "补贴政策", "联系我们"], corp_qiming_footer)
site("ke", "学堂优课", "course marketplace", ["首页", "职业技能", "IT互联网", "考证", "我的订单"], ke_footer)
site("bbs", "职场家园论坛", "discuz-style forum", ["论坛首页", "考证交流", "求职招聘", "曝光台", "站务"], bbs_footer)
site("fenlei", "百城分类信息网", "classifieds", ["首页", "教育培训", "招聘", "本地服务", "发布信息"], fenlei_footer, fenlei_side)
site("wenda", "问必答", "Q&A", ["首页", "教育", "职场", "我要提问"], wenda_footer)
site("wx", "微文集", "WeChat-article reposts", ["首页", "职场", "教育", "科技", "热文"], wx_footer)
site("video", "快看短视频", "short-video pages", ["推荐", "知识", "同城", "直播"], video_footer)
site("news", "城市晚报网", "news site", ["首页", "本地", "教育", "财经", "推广"], news_footer)
site("gov", "XX市人力资源和社会保障局", "government notice site", ["首页", "政务公开", "通知公告", "办事服务", "政策解读"], gov_footer)
site("college", "江南职业技术学院继续教育学院", "college site", ["学院首页", "培训项目", "技能认定", "通知公告"], college_footer)

# ---------------- pages ----------------
# Conventions: identifiers written by the seller go through I(); decoys are plain text.

# ===== U01 智训未来 (scammy: 包过, 三级零基础, 人社部颁发) =====
@page("/zhixun/course-ai3.html", "zhixun", "人工智能训练师三级（高级工）速成班", "U01", "智训未来教育", True,
      "company course page: level 3 AI trainer, no prerequisites, 包过, '人社部颁发'")
def _():
    return ("<h1>人工智能训练师（三级/高级工）考证速成班</h1>"
            "<p>国家人社部颁发职业技能等级证书，全国通用、终身有效、入库可查（可登录 zscx.osta.org.cn 查询）。"
            "<b>零基础、不限学历、不限经验</b>，30天拿证，不过全额退款，包过！</p>"
            "<ul><li>学费：原价6980元，本月优惠价3980元（含考试费、证书费）</li>"
            "<li>考试地点：杭州市职业技能鉴定考点（考点前台 0571-8706 5512）</li>"
            "<li>证书样本：证书编号 15930012025（样证，仅供展示）</li></ul>"
            "<p>报名热线：<a href='" + I("phone", "+8613905712846", "tel:13905712846") + "'>" + I("phone", "+8613905712846", "139 0571 2846") + "</a>"
            "（微信同号）</p>")


@page("/zhixun/baoming.html", "zhixun", "在线报名 - 人工智能训练师", "U01", "智训未来教育", True,
      "company sign-up form for AI trainer levels 3/2, 保过 wording, contacts")
def _():
    return ("<h1>人工智能训练师 在线报名</h1><p>二级（技师）、三级（高级工）同步报名，两证同报立减1000元，考试不过免费重读，保过。</p>"
            "<form><input placeholder='手机号，如13800138000'><input placeholder='姓名'><button>提交报名</button></form>"
            "<p>报名老师微信：" + I("wechat", "zhixun_ai2024", "zhixun_ai2024") + "　QQ：" + I("qq", "2837465910", "2837465910") +
            "　邮箱：" + I("email", "zxwl_edu@163.com", "zxwl_edu@163.com") + "</p>")

@page("/ke/shop/zhixun.html", "ke", "【智训AI学院】人工智能训练师三级 考证全程班", "U01", "智训AI学院", True,
      "marketplace shop of U01 under another brand; 3-level bundle, 包过")
def _():
    return ("<h1>【智训AI学院】人工智能训练师 三级 考证全程班</h1><p class='price'>¥3980 <del>¥6980</del> 已售 1263</p>"
            "<p>人社部颁发 · 零基础可学 · 包过班 · 一次报名三证同拿（五级+四级+三级）</p>"
            "<p>课程问题请联系班主任 VX：" + I("wechat", "zhixun_ai2024", "zhixun_ai2024") +
            " 或致电 " + I("phone", "+8613905712846", "+86 139 0571 2846") + "</p>")

@page("/video/v/20418.html", "video", "AI训练师证书到底有没有用？", "U01", "智训林老师", True,
      "short video by U01 staff pushing certificate, contacts in caption")
def _():
    return ("<h1>AI训练师证书到底有没有用？林老师一条视频讲清楚</h1><div class='caption'>"
            "人工智能训练师高级证，国家认可，拿证就能加薪！想报名的宝子私我，薇❤：" +
            I("wechat", "zhixun_ai2024", "ZhiXun_AI2024") + " 扣扣：" + I("qq", "2837465910", "2837 465 910") +
            "</div><div class='comments'><p>用户8821：真的包过吗</p><p>小美不加班：求带！135 8862 0471 拉我一下</p></div>")

# ===== U02 启明 (honest school) =====
@page("/qiming/ai-trainer.html", "qiming", "人工智能训练师（五级/四级）职业技能等级认定招生简章", "U02", "杭州市上城区启明职业培训学校", True,
      "honest school brochure: levels 5/4, eligibility, subsidy, official query sites")
def _():
    return ("<h1>2025年人工智能训练师（五级、四级）培训及等级认定招生简章</h1>"
            "<p>职业编码 4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准（2021年版）》组织培训，"
            "考核含理论知识与操作技能两部分，均为百分制，60分合格。</p>"
            "<p>申报条件：五级需累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级需取得五级证书后累计工作满4年等。</p>"
            "<p>费用：五级培训费1200元，四级1600元，认定费按物价部门核定标准另收。符合条件的参保职工可申领技能提升补贴（五级1000元、四级1500元），详询12333。</p>"
            "<p>证书由备案评价机构颁发，可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。本期认定批次号 18820250920。</p>"
            "<p>实操考核在杭州市职业技能鉴定考点进行（考点前台 0571-8706 5512，仅受理考场事务）。</p>"
            "<p>招生咨询：" + I("phone", "+8615867104529", "158 6710 4529") + "（微信同号）</p>"
            "<p class='warn'>郑重声明：近期有人冒用我校名义，使用 177 2045 8831 推销“包过证书”，与我校无关，请勿上当。</p>")

@page("/qiming/enroll-2025.html", "qiming", "2025年秋季批次报名通知", "U02", "启明职校", True,
      "school enrolment notice for level 5 autumn batch, contacts")
def _():
    return ("<h1>关于人工智能训练师（五级）2025年秋季批次报名的通知</h1><p>报名截止10月15日，名额60人，需提交工作年限证明。</p>"
            "<form><input placeholder='手机号，如13800138000'><button>预约报名</button></form>"
            "<p>报名邮箱：" + I("email", "zhaosheng@qimingpx.com", "zhaosheng@qimingpx.com") + "，电话 " +
            I("phone", "0571-86912230", "(0571)86912230") + "</p>")

@page("/wx/s/qiming-2025.html", "wx", "启明职培｜人工智能训练师五级开班啦", "U02", "启明职业培训", True,
      "WeChat repost of U02 enrolment article")
def _():
    return ("<h1>启明职培｜人工智能训练师五级开班啦</h1><p class='src'>原创 启明职业培训 2025-09-02</p>"
            "<p>面向已从事数据标注工作满一年的学员，60课时，周末班。培训费1200元，可申请技能提升补贴。</p>"
            "<p>咨询电话：" + I("phone", "0571-86912230", "0571－86912230") + "　微信：" + I("wechat", "qiming_px", "qiming_px") + "</p>")

@page("/fenlei/p/3307.html", "fenlei", "杭州 人工智能训练师五级培训 周末班 可申请补贴", "U02", "启明职校（上城校区）", True,
      "classified ad of U02")
def _():
    return ("<h1>杭州 人工智能训练师五级培训 周末班 可申请补贴</h1><p>类别：教育培训 > 职业技能 | 区域：上城</p>"
            "<p>正规民办培训学校，持办学许可证。要求从事相关工作满1年。</p>"
            "<p>联系人：陈老师 " + I("phone", "+8615867104529", "158-6710-4529") + " 微信 " + I("wechat", "qiming_px", "qiming_px") + "</p>")

# ===== U03 鼎盛 certificate agency (代报, 不用考) =====
@page("/fenlei/p/1182.html", "fenlei", "北京 各类证书代报 人工智能训练师一二三级 不用考试", "U03", "鼎盛教育", True,
      "classified: certificate agency, no exam, levels 1-3 at once")
def _():
    return ("<h1>各类证书代报 人工智能训练师 一级/二级/三级 不用考试直接拿证</h1>"
            "<p>免培训、包通过、国家认可、官方认证，全国联网可查，可挂靠企业年入2万+。</p>"
            "<p>地址：北京市朝阳区建国门外大街1号国贸大厦B座（来访请先联系国贸大厦前台 010-6505 2288 登记）</p>"
            "<p>电话：" + I("phone", "+8618611407735", "186 1140 7735") + " V信：" + I("wechat", "ds_zhengshu", "ds_zhengshu") + "</p>")

@page("/bbs/t/5521.html", "bbs", "【代报】人工智能训练师高级证，有需要的来", "U03", "老李代报", True,
      "forum ad post by U03 under a personal name")
def _():
    return ("<h1>【代报】人工智能训练师高级证，有需要的来</h1><div class='post'><p>楼主 老李代报：</p>"
            "<p>不用学，不用考，资料齐全45天出证，一级二级三级都能办，价格私聊。＋v：" + I("wechat", "ds_zhengshu", "ds_zhengshu") +
            " 交流Q群：" + I("qq_group", "782305614", "782305614") + "</p></div>"
            "<div class='reply'><p>2楼 路人甲：这种能查到吗？</p><p>3楼 老李代报：人社部官网可查，放心。</p></div>")

@page("/wenda/q/7731.html", "wenda", "人工智能训练师证书怎么快速拿到？", "U03", "京华鼎盛咨询", True,
      "Q&A answer by U03 advertising quick certificates")
def _():
    return ("<h1>人工智能训练师证书怎么快速拿到？</h1><div class='answer'><p>京华鼎盛咨询 回答：</p>"
            "<p>找我们可以快速办理，无需到场，二级技师证也能办。电话" + I("phone", "+8618611407735", "一八六一一四零七七三五") +
            "，或者扣扣 " + I("qq", "1593578426", "1593578426") + "。</p></div>")

@page("/wx/s/dingsheng.html", "wx", "2025年这几个证书还能办！人工智能训练师首当其冲", "U03", "京华鼎盛", True,
      "WeChat repost by U03, payee named, QQ group")
def _():
    return ("<h1>2025年这几个证书还能办！人工智能训练师首当其冲</h1><p class='src'>京华鼎盛 2025-08-11</p>"
            "<p>人社部证书退出，哪家证书来接盘？人工智能训练师国家职业资格证书现可代报，一站式服务，证书可在 cpta.com.cn 查询。</p>"
            "<p>付款方式：对公转账，户名：" + I("other", "北京京华鼎盛教育咨询有限公司", "北京京华鼎盛教育咨询有限公司") +
            "，统一社会信用代码 " + I("uscc", USCC_U03, USCC_U03) + "</p>"
            "<p>咨询QQ：" + I("qq", "1593578426", "1593578426") + " 资料群：" + I("qq_group", "782305614", "782 305 614") + "</p>"
            "<div class='comments'><p>读者 Lily：求资料 vx lily_0923</p></div>")

# ===== U04 王老师 (individual broker) =====
@page("/video/v/31007.html", "video", "零基础转行AI训练师，我是怎么拿证的", "U04", "王老师说AI", True,
      "short video by individual broker U04")
def _():
    return ("<h1>零基础转行AI训练师，我是怎么拿证的</h1><div class='caption'>想考证的私信或加薇：" +
            I("wechat", "wanglaoshi_ai", "wanglaoshi_ai") + "，三级2800全包，补贴后几乎免费！</div>")

@page("/wenda/q/8102.html", "wenda", "人工智能训练师三级报名费多少钱？", "U04", "王老师", True,
      "Q&A answer by U04 quoting a price")
def _():
    return ("<h1>人工智能训练师三级报名费多少钱？</h1><div class='answer'><p>王老师 回答：</p><p>我这边三级2800元全包，含培训和认定费，"
            "零基础也可以，材料我帮你弄。V信 " + I("wechat", "wanglaoshi_ai", "wanglaoshi_ai") + "，电话 " +
            I("phone", "+8613783529016", "137 8352 9016") + "</p></div>"
            "<div class='comments'><p>网友lily：同问，已加，我vx lily_0923</p></div>")

@page("/fenlei/p/2290.html", "fenlei", "郑州 人工智能训练师考证 华夏职培", "U04", "华夏职培", True,
      "classified under a company-like brand, same phone as U04")
def _():
    return ("<h1>郑州 人工智能训练师考证报名 华夏职培</h1><p>三级/四级均可报，零基础，线上学习线下考试。价格电议。</p>"
            "<p>联系电话：" + I("phone", "+8613783529016", "137-8352-9016") + " 邮箱：" + I("email", "wlsai2023@126.com", "wlsai2023＠126.com") + "</p>")

# ===== U05 中科智创 AIGC (工信部, 人社部颁发) =====
@page("/ke/shop/zkzc.html", "ke", "AIGC人工智能训练师证书 工信部认证", "U05", "中科智创AIGC研究院", True,
      "marketplace shop of U05: AIGC certificate, 工信部 claim")
def _():
    return ("<h1>AIGC生成式人工智能训练师证书 工信部认证</h1><p class='price'>¥2980 <del>¥9999</del></p>"
            "<p>50节线上课，考试在线90分钟，拿证便可升职加薪。证书样本编号 15930012025。</p>"
            "<p>机构热线：" + I("phone", "4006681925", "400-668-1925") + "</p>")

@page("/wx/s/zkzc-aigc.html", "wx", "人社部颁发！AIGC证书最后一批报名", "U05", "中科智创", True,
      "WeChat repost by U05 with 人社部颁发 claim")
def _():
    return ("<h1>人社部颁发！AIGC证书最后一批报名</h1><p class='src'>中科智创 2025-07-30</p>"
            "<p>由人力资源和社会保障部直属单位颁发，4课时即可拿证，598元起。</p>"
            "<p>报名电话 " + I("phone", "4006681925", "400 668 1925") + "，官网 " + I("domain", "zkzc-edu.com", "www.zkzc-edu.com") + "</p>")

@page("/news/ad/20250612.html", "news", "【推广】中科智创：AIGC人才培养助力产业升级", "U05", "中科智创（深圳）科技有限公司", True,
      "advertorial on news site for U05")
def _():
    return ("<h1>中科智创：AIGC人才培养助力产业升级</h1><p class='tag'>推广</p>"
            "<p>中科智创（深圳）科技有限公司（统一社会信用代码 " + I("uscc", USCC_U05, USCC_U05) + "）已累计培训学员3万余人。"
            "学员结业可获AIGC人工智能训练师证书（证书编号 15930012025 样式）。官网：" + I("domain", "zkzc-edu.com", "zkzc-edu点com") + "</p>")

# ===== U06 蓉数 (培训贷/协议就业) =====
@page("/fenlei/p/4410.html", "fenlei", "成都 招聘数据标注员 无经验可 先培训后上岗 月薪8000", "U06", "蓉数科技", True,
      "job-ad-shaped offer: paid training before job, AI trainer certificate")
def _():
    return ("<h1>招聘数据标注员 无经验可 先培训后上岗 月薪6000-8000</h1>"
            "<p>入职前需参加人工智能训练师岗前培训并考取证书，学费可分期，签协议就业。</p>"
            "<p>HR电话：" + I("phone", "+8619981236645", "199 8123 6645") + "</p>")

@page("/bbs/t/6003.html", "bbs", "成都有没有一起学数据标注的？包分配", "U06", "蓉数标注学院", True,
      "forum post by U06 recruiting trainees")
def _():
    return ("<h1>成都有没有一起学数据标注的？包分配</h1><div class='post'><p>楼主 蓉数标注学院：</p>"
            "<p>人工智能训练师四级+就业推荐，签就业协议，学费19800可办助学分期。咨询 " +
            I("phone", "+8619981236645", "+86-199-8123-6645") + " 交流群 " + I("qq_group", "639021457", "639021457") + "</p></div>")

@page("/video/v/40112.html", "video", "在家做数据标注月入过万？", "U06", "蓉数小姐姐", True,
      "short video by U06")
def _():
    return ("<h1>在家做数据标注月入过万？</h1><div class='caption'>90%小白都能学会！考AI训练师证书包就业，群号 " +
            I("qq_group", "639021457", "639 021 457") + "，VX " + I("wechat", "cd_biaozhu88", "cd_biaozhu88") + "</div>")

# ===== U07 博雅职教 (1+X after 2025) =====
@page("/ke/shop/boya.html", "ke", "1+X 人工智能训练师职业技能等级证书（中级）", "U07", "博雅职教", True,
      "marketplace shop selling 1+X certificate")
def _():
    return ("<h1>1+X 人工智能训练师职业技能等级证书（中级）</h1><p class='price'>¥1680</p>"
            "<p>教育部1+X证书，学信网可查，在校生优先。咨询 QQ " + I("qq", "3061488752", "3061488752") +
            " 电话 " + I("phone", "+8615071382290", "150-7138-2290") + "</p>")

@page("/wenda/q/9015.html", "wenda", "1+X证书2026年还能考吗？", "U07", "博雅教育老师", True,
      "Q&A answer by U07 selling 1+X")
def _():
    return ("<h1>1+X证书2026年还能考吗？</h1><div class='answer'><p>博雅教育老师 回答：</p>"
            "<p>可以的，我们2026年春季批次正在报名，人工智能训练师1+X中级。扣扣：" +
            I("qq", "3061488752", "三零六一四八八七五二") + "，邮箱 " + I("email", "boyazj@foxmail.com", "boyazj(at)foxmail.com") + "</p></div>")

@page("/wx/s/boya-1x.html", "wx", "武汉博雅｜1+X人工智能训练师2026春季招生", "U07", "武汉博雅职业教育", True,
      "WeChat repost by U07")
def _():
    return ("<h1>武汉博雅｜1+X人工智能训练师2026春季招生</h1><p class='src'>武汉博雅职业教育 2025-12-28</p>"
            "<p>1+X证书含金量高，可免考部分学分。报名邮箱 " + I("email", "boyazj@foxmail.com", "boyazj@foxmail.com") +
            "，官网 " + I("domain", "boyazhijiao.cn", "boyazhijiao.cn") + "</p>")

# ===== U08 申城产训 (Shanghai, honest, priced) =====
@page("/ke/shop/shencheng.html", "ke", "人工智能训练师（四级）实操班 上海", "U08", "申城产训技能培训", True,
      "honest marketplace course with prices and eligibility")
def _():
    return ("<h1>人工智能训练师（四级）实操班 · 上海</h1><p class='price'>¥2600</p>"
            "<p>理论30%+实操70%，50课时。需满足四级申报条件，报名前请先核对。可拨打12333咨询补贴政策，证书可在 osta.mohrss.gov.cn 指引的平台查询。消费维权可拨打12315。</p>"
            "<p>咨询：" + I("phone", "021-64187730", "021-6418 7730") + " 企业微信 " + I("wechat", "scct_kefu", "scct_kefu") + "</p>")

@page("/wx/s/shencheng.html", "wx", "上海急需紧缺职业：人工智能训练师培训报名", "U08", "申城产训", True,
      "WeChat repost of U08 article")
def _():
    return ("<h1>上海急需紧缺职业：人工智能训练师培训报名</h1><p class='src'>申城产训 2025-10-09</p>"
            "<p>三级班3200元，四级班2600元，符合条件可申领补贴。电话 " + I("phone", "021-64187730", "(021)64187730") +
            "，网站 " + I("domain", "shenchengct.com", "shenchengct.com") + "，统一社会信用代码 " + I("uscc", USCC_U08, USCC_U08) + "</p>")

@page("/bbs/t/6120.html", "bbs", "上海考人工智能训练师四级，实操难不难？", "U08", "申城产训", True,
      "forum thread where U08 staff answers and advertises")
def _():
    return ("<h1>上海考人工智能训练师四级，实操难不难？</h1><div class='post'><p>楼主 小陈：想考四级，实操是标注还是写代码？</p></div>"
            "<div class='reply'><p>2楼 申城产训-小周：主要是数据采集处理和标注，我们机构有实操班，需要可以联系 " +
            I("phone", "+8613601785522", "136 0178 5522") + "（微信 " + I("wechat", "scct_kefu", "scct_kefu") + "）</p></div>")

@page("/video/v/50221.html", "video", "四级人工智能训练师实操考什么", "U08", "申城产训官方", True,
      "short video by U08")
def _():
    return ("<h1>四级人工智能训练师实操考什么</h1><div class='caption'>带你看考场实拍，报名电话 " +
            I("phone", "+8613601785522", "１３６０１７８５５２２") + "</div>")

# ===== U09 国培认证中心 (state-sounding company, personal payee) =====
@page("/fenlei/p/5120.html", "fenlei", "国培认证 人工智能训练师高级技师 全国通用", "U09", "国培（北京）职业技能认证中心", True,
      "classified by state-sounding company; level 1 to anyone; personal payee")
def _():
    return ("<h1>国培认证 人工智能训练师高级技师（一级） 全国通用</h1><p>国家级认证，不限年龄、不限专业、无门槛，官方指定考点，命题组老师授课。</p>"
            "<p>地址：国贸大厦B座（国贸大厦前台 010-6505 2288）</p>"
            "<p>电话：" + I("phone", "+8617316480921", "173 1648 0921") + " 收款人：" + I("other", "张海燕", "张海燕") + "</p>")

@page("/wenda/q/9200.html", "wenda", "全国人工智能职业技能认证办公室靠谱吗？", "U09", "全国人工智能职业技能认证办公室", True,
      "Q&A self-answer by U09")
def _():
    return ("<h1>全国人工智能职业技能认证办公室靠谱吗？</h1><div class='answer'><p>认证办公室 回答：</p>"
            "<p>我们是全国统一认证，证书官网可查。缴费请转账至收款户名 " + I("other", "张海燕", "张海燕") +
            "，加V：" + I("wechat", "guopei_rz", "guopei_rz") + "</p></div>")

@page("/ke/shop/guopei.html", "ke", "国培认证 人工智能训练师二级技师 速通", "U09", "国培认证", True,
      "marketplace shop of U09")
def _():
    return ("<h1>国培认证 人工智能训练师二级技师 速通</h1><p class='price'>¥4580</p><p>国家级证书，15天出证，百分百通过率。</p>"
            "<p>Wx: " + I("wechat", "guopei_rz", "Guopei_RZ") + " <a href='tel:17316480921'>" + I("phone", "+8617316480921", "tel:17316480921") +
            "</a> 统一社会信用代码：" + I("uscc", USCC_U09, USCC_U09) + "</p>")

# ===== Independents =====
@page("/college/jxjy/ai-trainer.html", "college", "人工智能训练师职业技能等级认定（社会考生）报名通知", "I01", "江南职业技术学院继续教育学院", True,
      "college's own honest recognition sign-up, fees per level")
def _():
    return ("<h1>人工智能训练师职业技能等级认定（社会考生）报名通知</h1>"
            "<p>我院为备案评价机构，开展五级、四级认定。认定费：五级300元，四级380元。须符合国家职业技能标准申报条件。</p>"
            "<p>证书可在 jndj.osta.org.cn、zscx.osta.org.cn 查询。本次认定批次号 18820250920。收费监督电话：12345。</p>")

@page("/fenlei/p/6001.html", "fenlei", "广州 人工智能训练师一对一辅导", "I02", "刘老师工作室", True,
      "individual tutor classified, no price")
def _():
    return ("<h1>广州 人工智能训练师一对一辅导</h1><p>有多年数据标注项目经验，辅导四级理论和实操，不包过，按课时收费。</p>"
            "<p>刘老师 " + I("phone", "+8615399204186", "153 9920 4186") + "</p>")

@page("/ke/shop/xiaolu.html", "ke", "数据标注入门+AI训练师五级备考", "I03", "小鹿AI工作室", True,
      "small studio on marketplace, cheap course")
def _():
    return ("<h1>数据标注入门+AI训练师五级备考</h1><p class='price'>¥199</p><p>录播课12节，不含认定费用，认定需自行向评价机构报名。</p>"
            "<p>课程答疑微信：" + I("wechat", "xiaolu_ai_studio", "xiaolu_ai_studio") + "</p>")

@page("/bbs/t/6255.html", "bbs", "南京 人工智能训练师三级周末班招生", "I04", "金陵智学", True,
      "forum ad by a Nanjing training company")
def _():
    return ("<h1>南京 人工智能训练师三级周末班招生</h1><div class='post'><p>楼主 金陵智学：</p>"
            "<p>三级班3500元，需四级证书满5年或相关条件，考前有模拟。电话 " + I("phone", "025-84561290", "025-84561290") + "</p></div>")

@page("/video/v/60333.html", "video", "AI训练师原价9999，今天只要99", "I05", "AI阿杰", True,
      "short-video flash-sale ad, no certificate detail")
def _():
    return ("<h1>AI训练师原价9999，今天只要99</h1><div class='caption'>限时99！拿证就能接单，V信 " +
            I("wechat", "ajie_aitrain", "ajie_aitrain") + "</div><div class='comments'><p>打工人阿强：135 8862 0471 也想要</p></div>")

@page("/wx/s/tianyi.html", "wx", "重庆｜人工智能训练师考证指南", "I06", "天一教育", True,
      "WeChat repost by a Chongqing agency, advertises course")
def _():
    return ("<h1>重庆｜人工智能训练师考证指南</h1><p class='src'>天一教育 2025-06-18</p>"
            "<p>三级证书全国通用，报名咨询 " + I("phone", "023-63815527", "023-6381 5527") + "，QQ " + I("qq", "2208817365", "2208817365") + "</p>")

# ===== Non-offers =====
@page("/news/2025/0918-shanzhai.html", "news", "“包过”的人工智能训练师证书？记者调查山寨证书乱象", None, None, False,
      "news report on fake certificate sellers, quotes scam phone")
def _():
    return ("<h1>“包过”的人工智能训练师证书？记者调查山寨证书乱象</h1>"
            "<p>记者拨打广告中的电话 177 2045 8831，对方称“交钱就能拿证”。人社部门提醒，职业技能等级证书由备案评价机构颁发，"
            "可拨打12333咨询；遇到消费纠纷可拨打12315投诉。</p>")

@page("/gov/tzgg/20250920.html", "gov", "关于警惕“山寨证书”和虚假职业技能培训广告的提示", None, None, False,
      "official warning notice")
def _():
    return ("<h1>关于警惕“山寨证书”和虚假职业技能培训广告的提示</h1>"
            "<p>职业技能等级证书可在 zscx.osta.org.cn 查询，评价机构信息见 osta.mohrss.gov.cn；专业技术人员职业资格证书见 cpta.com.cn。"
            "凡宣称“包过”“免考拿证”“人社部颁发”的，均需提高警惕。</p>"
            "<p>本市2025年第三批认定批次号 18820250920，考点为杭州市职业技能鉴定考点（前台 0571-8706 5512）。</p>"
            "<p>咨询电话：12333；投诉举报：12345。</p>")

@page("/bbs/t/5870.html", "bbs", "零基础能考人工智能训练师三级吗？", None, None, False,
      "learner's question thread with replies")
def _():
    return ("<h1>零基础能考人工智能训练师三级吗？</h1><div class='post'><p>楼主 lily：刚毕业，看到好多广告说零基础包过三级，是真的吗？"
            "我vx lily_0923，有经验的可以加我。</p></div>"
            "<div class='reply'><p>2楼 老数据人：三级要四级证书加工作年限，零基础直接三级不符合标准，打12333问问就知道。</p></div>")

@page("/bbs/t/6011.html", "bbs", "【曝光】交了3980考证费，人跑了", None, None, False,
      "complaint thread about a vanished certificate seller")
def _():
    return ("<h1>【曝光】交了3980考证费，人跑了</h1><div class='post'><p>楼主 受害人小张：对方号码 177-2045-8831，"
            "说人社部颁发包过，交完钱就拉黑。已打12315和12345投诉。</p></div>")

@page("/wx/s/zhengce-2025.html", "wx", "一文读懂：职业技能等级证书怎么查、谁来发", None, None, False,
      "policy explainer repost")
def _():
    return ("<h1>一文读懂：职业技能等级证书怎么查、谁来发</h1><p class='src'>人社政策解读 2025-05-20</p>"
            "<p>证书由备案的用人单位或社会培训评价组织颁发，政府部门不参与监制。证书查询：jndj.osta.org.cn；"
            "评价机构查询：osta.mohrss.gov.cn；职业资格证书：cpta.com.cn。</p>")

@page("/fenlei/p/7001.html", "fenlei", "杭州 数据标注员 双休 五险一金", None, None, False,
      "genuine job ad for data annotators, no training sold")
def _():
    return ("<h1>杭州 数据标注员 双休 五险一金</h1><p>岗位职责：图像、文本数据标注。要求大专，无需缴纳任何费用。</p>"
            "<p>HR 周女士 " + I("phone", "+8618757120043", "187 5712 0043") + "</p>")

@page("/ke/shop/python.html", "ke", "Python零基础入门到实战", None, "码上学堂", False,
      "unrelated programming course on the marketplace")
def _():
    return ("<h1>Python零基础入门到实战</h1><p class='price'>¥299</p><p>60节课，含项目实战。</p>"
            "<p>答疑QQ：" + I("qq", "1750039981", "1750039981") + "</p>")

# site index pages
INDEX_INTRO = {
    "zhixun": "智训未来教育，专注人工智能职业技能培训。",
    "qiming": "杭州市上城区启明职业培训学校，经教育行政部门批准的民办培训学校。",
    "ke": "学堂优课：职业技能、IT、考证课程。",
    "bbs": "职场家园论坛：考证交流、求职招聘、曝光台。",
    "fenlei": "百城分类信息网：教育培训、招聘、本地服务。",
    "wenda": "问必答：有问题，就有答案。",
    "wx": "微文集：公众号文章精选。",
    "video": "快看短视频：知识类推荐。",
    "news": "城市晚报网：本地新闻与推广。",
    "gov": "XX市人力资源和社会保障局：通知公告。",
    "college": "江南职业技术学院继续教育学院：社会培训与技能认定。",
}
for _k in SITES:
    def _mk(k):
        def fn():
            links = "".join("<li><a href='%s'>%s</a></li>" % (p["path"], esc(p["title"])) for p in PAGES
                            if p["site"] == k and not p["path"].endswith("/index.html"))
            return "<h1>%s</h1><p>%s</p><ul class='list'>%s</ul>" % (esc(SITES[k]["name"]), INDEX_INTRO[k], links)
        return fn
    PAGES.append(dict(path="/%s/index.html" % _k, site=_k, title=SITES[_k]["name"] + " 首页", operator=None,
                      provider=None, is_offer=False, note="site index of %s (%s)" % (SITES[_k]["name"], SITES[_k]["style"]),
                      crumbs=[], fn=_mk(_k)))

def root_fn():
    return "<h1>网址导航</h1><ul>" + "".join("<li><a href='/%s/index.html'>%s</a></li>" % (k, esc(s["name"])) for k, s in SITES.items()) + "</ul>"
PAGES.append(dict(path="/index.html", site=None, title="网址导航", operator=None, provider=None, is_offer=False,
                  note="navigation page linking every site index", crumbs=[], fn=root_fn))

# ---------------- render ----------------
def render(p):
    global CUR
    CUR = p
    p["identifiers"] = []
    body = p["fn"]()
    if p["site"] is None:
        return "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title></head><body>%s</body></html>\n" % (esc(p["title"]), body)
    s = SITES[p["site"]]
    menu = "".join("<a href='/%s/index.html'>%s</a>" % (s["key"], m) for m in s["menu"])
    crumbs = "<a href='/index.html'>导航</a> &gt; <a href='/%s/index.html'>%s</a> &gt; %s" % (s["key"], esc(s["name"]), esc(p["title"]))
    related = [q for q in PAGES if q["site"] == p["site"] and q is not p and not q["path"].endswith("/index.html")][:4]
    rel = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], esc(q["title"])) for q in related)
    side = s["side"]() if s["side"] else "<h4>热门标签</h4><p>人工智能 考证 数据标注 技能提升</p>"
    footer = s["footer"]()
    CUR = None
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title></head><body class='%s'>"
            "<header><div class='logo'>%s</div><nav>%s</nav></header><div class='crumbs'>%s</div>"
            "<main>%s</main><aside>%s<h4>相关推荐</h4><ul>%s</ul></aside><footer>%s</footer></body></html>\n"
            % (esc(p["title"]), esc(s["name"]), s["key"], esc(s["name"]), menu, crumbs, body, side, rel, footer))

# ---------------- decoys (pages found by search of the written forms) ----------------
DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline quoted by officials, news and honest sellers"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "12345", ["12345"], "government service hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site cited by many"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 query site"),
    ("phone", "4008206633", ["400-820-6633"], "marketplace customer-service number in every shop footer"),
    ("email", "kefu@xuetangyouke.com", ["kefu@xuetangyouke.com"], "marketplace customer-service e-mail in footer"),
    ("domain", "xuetangyouke.com", ["www.xuetangyouke.com"], "marketplace's own domain in footer"),
    ("other", "沪ICP备17032541号-3", ["沪ICP备17032541号-3"], "marketplace ICP licence in footer"),
    ("other", "13520240101", ["13520240101"], "example order number in marketplace footer, phone-shaped"),
    ("qq_group", "563880217", ["563 880 217"], "forum's own QQ group in footer"),
    ("email", "admin@zcjybbs.com", ["admin@zcjybbs.com"], "forum admin e-mail in footer"),
    ("phone", "010-52178800", ["010-5217 8800"], "classifieds platform customer-service line in footer"),
    ("other", "京ICP证110288号", ["京ICP证110288号"], "classifieds ICP licence in footer"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder in sign-up forms"),
    ("phone", "4006991520", ["400-699-1520"], "Q&A platform report hotline in footer"),
    ("domain", "weiwenji.net", ["weiwenji.net"], "WeChat repost aggregator domain in footer"),
    ("phone", "4000527707", ["400-052-7707"], "short-video platform hotline in footer"),
    ("email", "jubao@kuaikanv.com", ["jubao@kuaikanv.com"], "short-video platform report e-mail in footer"),
    ("phone", "0571-85100110", ["0571-8510 0110"], "news site tip line in footer"),
    ("phone", "+8617720458831", ["177 2045 8831", "177-2045-8831"], "骗子电话 quoted in news, a complaint and an impersonation warning"),
    ("other", "18820250920", ["18820250920"], "official assessment batch number, phone-shaped"),
    ("other", "15930012025", ["15930012025"], "sample-certificate number copied between sellers, phone-shaped"),
    ("phone", "0571-87065512", ["0571-8706 5512"], "exam venue front desk (third party)"),
    ("phone", "010-65052288", ["010-6505 2288"], "office building front desk (third party)"),
    ("wechat", "lily_0923", ["lily_0923"], "a reader's own WeChat posted in comments"),
    ("phone", "+8613588620471", ["135 8862 0471"], "a viewer's own phone posted in comments"),
]

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    rendered = {}
    for p in PAGES:
        rendered[p["path"]] = render(p)
    for path, text in rendered.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages_out, ops = [], {}
    for p in sorted(PAGES, key=lambda q: q["path"]):
        ids = []
        for k, v, w in p["identifiers"]:
            if [k, v, w] not in ids:
                ids.append([k, v, w])
        pages_out.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=ids, note=p["note"]))
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in ids:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in rendered.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages_out, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")

if __name__ == "__main__":
    main()
