#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(org8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


C_U01 = uscc("91410105", "MA46T83P")
C_U02 = uscc("91140105", "MA0KRE7L")
C_U03 = uscc("91410100", "MA9G3KXW")
C_U08 = uscc("91110108", "MA01UX6B")
C_I04 = uscc("12140700", "40648127")
C_EVAL = uscc("52410000", "MJY1062R")   # third-party evaluation organisation (decoy)

# ---------------------------------------------------------------- sites
SITES = {
 "zhiyun-zz": dict(name="智云职培·郑州分校", style="franchise branch site",
   menu=["首页", "职业技能培训", "补贴政策", "集团动态", "联系我们"],
   side="<h4>郑州分校</h4><p>校区：郑州市金水区花园路与农业路交叉口东北角国基大厦 11 层</p><p>上课时间：周六 周日 全天 / 周二 周四 晚班</p>",
   foot="智云职业教育集团 版权所有 &nbsp;|&nbsp; 全国服务热线 400-617-8520 &nbsp;|&nbsp; 集团邮箱 service@zhiyunpx.com &nbsp;|&nbsp; 集团官网 www.zhiyunpx.com<br>加盟分校独立运营，课程及收费以分校公示为准"),
 "zhiyun-ty": dict(name="智云职培·太原分校", style="franchise branch site",
   menu=["首页", "课程中心", "补贴申领", "学员风采", "联系我们"],
   side="<h4>太原分校</h4><p>地址：太原市小店区长风街与体育路交叉口 万达广场写字楼 B 座 1806</p><p>乘车：地铁 2 号线 长风街站 D 口</p>",
   foot="智云职业教育集团 &middot; 全国统一热线 4006-178-520 &middot; service@zhiyunpx.com &middot; www.zhiyunpx.com<br>本站由太原分校维护"),
 "kecheng": dict(name="课多多 职业课程平台", style="course marketplace",
   menu=["首页", "职业技能", "IT互联网", "考证专区", "机构入驻", "我的订单"],
   side="<h4>平台保障</h4><ul><li>7 天无理由退课（已开课除外）</li><li>资金由平台托管</li><li>机构资质平台审核</li></ul>",
   foot="课多多 kedd.com.cn &nbsp; 客服热线 400-882-6115（9:00-21:00） &nbsp; 豫ICP备2021018834号-2<br>平台仅提供信息展示与交易服务，课程内容由入驻机构负责"),
 "zzbbs": dict(name="商都生活论坛", style="forum",
   menu=["首页", "郑州杂谈", "教育培训", "求职招聘", "二手交易", "版务"],
   side="<h4>版块公告</h4><p>培训广告请发【教育培训】版，禁止虚假宣传，违规删帖封号。</p><p>版务交流 QQ群 735281906</p>",
   foot="商都生活论坛 Powered by Discuz! X3.4 &nbsp; 违法和不良信息举报：0371-55210887 &nbsp; 版务QQ群 735281906"),
 "fenlei": dict(name="并州分类信息网", style="classifieds",
   menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务"],
   side="<h4>安全提示</h4><p>凡是要求先交钱的都要提高警惕！本站不对信息真实性负责。</p>",
   foot="并州分类信息网 &nbsp; 客服电话 0351-5236610 &nbsp; 晋ICP备18006620号 &nbsp; 信息由网友发布，请自行核实"),
 "zhaopin": dict(name="中原英才网", style="job board",
   menu=["首页", "找工作", "校园招聘", "兼职", "企业服务", "求职安全"],
   side="<h4>求职防骗</h4><p>招聘过程中要求缴纳培训费、押金、服装费的，请立即举报！</p>",
   foot="中原英才网 &nbsp; 求职者服务邮箱 kefu@zyyc.com.cn &nbsp; 举报热线 400-066-1588 &nbsp; 人力资源服务许可证 豫人社许字〔2020〕017号"),
 "wx": dict(name="微文摘", style="WeChat article reposts",
   menu=["首页", "职场", "教育", "科技", "本地"],
   side="<h4>说明</h4><p>本站文章均转载自微信公众号，版权归原作者所有。</p>",
   foot="微文摘 wxzhai.cn &nbsp; 投稿QQ 2452816603 &nbsp; 版权联系 copyright@wxzhai.cn"),
 "shipin": dict(name="快看短视频·网页版", style="short-video pages",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h4>同城热门</h4><p>#郑州 #太原 #考证 #副业</p>",
   foot="kuaikan.tv &nbsp; 网上有害信息举报 010-57326120 &nbsp; 未成年人保护"),
 "blog": dict(name="老郭的职场笔记", style="personal blog",
   menu=["首页", "考证", "求职", "随笔", "关于我"],
   side="<h4>关于博主</h4><p>太原人，HR 十年，业余写写考证和求职的事。</p>",
   foot="老郭的职场笔记 &nbsp; Powered by WordPress &nbsp; 主题 Twenty Twenty"),
 "tousu": dict(name="消费者之声投诉平台", style="complaints site",
   menu=["首页", "我要投诉", "投诉列表", "商家入驻", "维权指南"],
   side="<h4>维权指引</h4><p>也可拨打全国 12315 消费者投诉举报专线。</p>",
   foot="消费者之声 tousu.xfzzs.cn &nbsp; 客服邮箱 help@xfzzs.cn"),
 "rsj": dict(name="迎泽区人力资源和社会保障局", style="人社局-style notice site",
   menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设", "互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>证书查询：zscx.osta.org.cn</p>",
   foot="主办：迎泽区人力资源和社会保障局 &nbsp; 人社服务热线：12333 &nbsp; 本站为示例站点"),
}

PAGES = []


def add(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, identifiers=[list(i) for i in ids],
                      note=note, crumb=crumb or title))


# ---------------------------------------------------------------- A. 智云郑州分校 (U01)
add("/zhiyun-zz/peixun/ai-xunlianshi-4ji.html", "zhiyun-zz", "人工智能训练师（四级/中级工）周末班招生简章",
 f"""<p>智云职业培训学校（郑州分校）2026 年第二期人工智能训练师（四级）周末班现已开始报名。课程依据《人工智能训练师国家职业技能标准（2021年版）》，理论 + 实操，共 50 课时。</p>
<p>报考条件：持五级证书后从事本职业满 4 年，或累计从事本职业 6 年，或技工院校相关专业毕业生。<b>具体以评价机构审核为准</b>。</p>
<p>证书：通过考核后由备案评价机构颁发职业技能等级证书，人社部颁发，全国通用，可在 zscx.osta.org.cn 查询。</p>
<p>合作评价机构：河南中原数智职业技能等级认定中心（统一社会信用代码 {C_EVAL}）</p>
<p>费用：培训费 2680 元，认定费按物价标准另收。符合条件的参保职工可申领技能提升补贴 1500 元。</p>
<p>咨询：王老师 139 3712 4581（同微信）&nbsp; 校区座机 0371-63358812 &nbsp; 微信号 zyzp_zz01</p>
<p class="warn">【郑重声明】近期有人冒充我校以“内部名额”名义收费，号码 177 8845 1203 与我校无关，请勿转账！</p>
<p class="small">郑州智云职业技能培训学校有限公司 统一社会信用代码：{C_U01}</p>""",
 True, "U01", "智云职业培训学校（郑州分校）",
 [("phone", "+8613937124581", "139 3712 4581"), ("phone", "037163358812", "0371-63358812"),
  ("wechat", "zyzp_zz01", "zyzp_zz01"), ("uscc", C_U01, C_U01)],
 "franchise branch course page, level 4, misleading 人社部颁发")
add("/zhiyun-zz/peixun/ai-xunlianshi-3ji.html", "zhiyun-zz", "三级人工智能训练师（高级工）考前辅导班",
 f"""<p>面向已取得四级证书的学员，三级（高级工）考前辅导，40 课时，课程模块：业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>考核地点：郑州市职业技能公共实训基地（考点前台 0371-6598 2210，仅受理考场事务，报名请联系分校）。</p>
<p>考核批次号 1410202604，理论与实操各 100 分，60 分合格。</p>
<p>报名电话（0371）6335 8812　&nbsp;报名微信 ZYZP_ZZ01</p>
<p>学费 3280 元，补贴政策咨询 12333 或分校老师。</p>
<p class="small">郑州智云职业技能培训学校有限公司 {C_U01}</p>""",
 True, "U01", "智云职业培训学校（郑州分校）",
 [("phone", "037163358812", "（0371）6335 8812"), ("wechat", "zyzp_zz01", "ZYZP_ZZ01"), ("uscc", C_U01, C_U01)],
 "franchise branch exam-prep page, level 3")
add("/zhiyun-zz/news/jituan-tongzhi-2026-03.html", "zhiyun-zz", "集团通知：关于规范各分校招生宣传用语的通知",
 """<p>各加盟分校：</p><p>根据人社部《关于开展技术技能类“山寨证书”专项治理工作的通知》和广告法相关规定，各分校招生宣传中一律不得使用“包过”“保过”“国家级”“官方指定”等用语，不得宣称“人社部颁发”。</p>
<p>近期集团接到多起投诉，不法分子冒用“智云”品牌，使用 17788451203 等号码收取“报名费”。各分校须在招生页面显著位置提示。</p>
<p>各分校独立经营、独立核算，集团热线 400-617-8520 仅受理品牌投诉，不受理报名。</p>
<p style="text-align:right">智云职业教育集团 品牌管理部<br>2026年3月12日</p>""",
 note="franchise group notice (non-offer), quotes scam number and HQ hotline")

# ---------------------------------------------------------------- B. 智云太原分校 (U02)
add("/zhiyun-ty/kecheng/rgzn-xunlianshi.html", "zhiyun-ty", "人工智能训练师（数据标注员）五级/四级培训",
 f"""<p>太原智云职校开设人工智能训练师（数据标注员方向）五级、四级培训，小班授课，每班不超过 25 人。</p>
<p>五级：需累计从事本职业或相关职业 1 年以上，或本职业学徒期满；四级条件见简章。</p>
<p>培训费：五级 1680 元，四级 2280 元。参保满一年的职工，取证后可申领 1000/1500 元技能提升补贴。</p>
<p>联系电话：0351-7690345 &nbsp; 手机 158-3512-0967 &nbsp; 咨询QQ 2873016645</p>
<p>提醒：本校从未使用 17788451203 招生，谨防冒充。</p>
<p class="small">太原市智云职业技能培训学校有限公司 统一社会信用代码 {C_U02}</p>""",
 True, "U02", "太原智云职校",
 [("phone", "03517690345", "0351-7690345"), ("phone", "+8615835120967", "158-3512-0967"),
  ("qq", "2873016645", "2873016645"), ("uscc", C_U02, C_U02)],
 "franchise branch course page, honest")
add("/zhiyun-ty/butie/jineng-tisheng-butie.html", "zhiyun-ty", "2026年技能提升补贴申领班（人工智能训练师）",
 """<p>补贴后几乎免费？不完全是。补贴仅限参保满 12 个月的职工，五级 1000 元、四级 1500 元、三级 2000 元，每人每年最多 3 次。</p>
<p>本校协助学员准备材料。报名请扫码填写报名表（jinshuju.net/f/Zy7Tq2），或加微信 jzai_ty2026。</p>
<p>咨询座机 0351 769 0345（工作日 9:00-17:30）。补贴政策以 www.osta.org.cn 及省人社厅公布为准，消费纠纷可拨 12315。</p>""",
 True, "U02", "智云职业培训学校（太原分校）",
 [("wechat", "jzai_ty2026", "jzai_ty2026"), ("phone", "03517690345", "0351 769 0345")],
 "subsidy class page")

# ---------------------------------------------------------------- C. 课多多 course marketplace
add("/kecheng/item/20417.html", "kecheng", "【包过班】人工智能训练师三级 线上+线下 豫才教育",
 f"""<div class="shop">店铺：豫才教育 &nbsp; 认证：企业店铺 &nbsp; 好评率 98.7%</div>
<p>课程ID：20417 &nbsp; 售价 ¥3980 <del>¥6800</del></p>
<p>✔ 一次不过免费重修 ✔ 包过 ✔ 零基础可报 ✔ 国家职业资格证书 全国联网可查</p>
<p>证书样本编号：S000041000001253000128（样本，仅供展示）</p>
<p>合作考点：河南中原数智职业技能等级认定中心 {C_EVAL}，考核批次号 1410202604</p>
<p>机构客服：186 3821 5570 &nbsp; 微信 yucai_edu666</p>
<p class="small">入驻主体：河南豫才人力资源服务有限公司 {C_U03}</p>""",
 True, "U03", "豫才教育",
 [("phone", "+8618638215570", "186 3821 5570"), ("wechat", "yucai_edu666", "yucai_edu666"), ("uscc", C_U03, C_U03)],
 "marketplace listing, 包过, calls it 国家职业资格证书")
add("/kecheng/item/20533.html", "kecheng", "星途AI学院｜人工智能训练师 高级技师 一站式拿证",
 """<div class="shop">店铺：星途AI学院官方旗舰店</div>
<p>零基础 不限学历 不限经验，一级/高级技师直接报，人社部颁发，终身有效！</p>
<p>原价 9999 限时 1980，支持支付宝付款（支付宝客服 95188 可查交易）</p>
<p>学完直接出证，详情见官网 www.xingtuai.com 或致电 400-876-5321</p>""",
 True, "U04", "星途AI学院",
 [("domain", "xingtuai.com", "www.xingtuai.com"), ("phone", "4008765321", "400-876-5321")],
 "marketplace listing, level 1 to beginners, 人社部颁发")
add("/kecheng/item/20688.html", "kecheng", "并州技能培训｜人工智能训练师五级 太原面授",
 """<div class="shop">店铺：并州技能培训学校</div>
<p>五级（初级工）60 课时，太原面授。报考需相关工作满 1 年或学徒期满，报名时审核社保或劳动合同。</p>
<p>价格 ¥1280（含教材），认定费另按标准收取，补贴问题请咨询 12333。证书在人社官方平台查询（1+X 老证书才用 vslc.ncb.edu.cn）。</p>
<p>到店咨询：太原市杏花岭区府西街 69 号 &nbsp; 电话 0351-4087726 &nbsp; 邮箱 bzjn_px@126.com</p>""",
 True, "U05", "并州技能培训学校",
 [("phone", "03514087726", "0351-4087726"), ("email", "bzjn_px@126.com", "bzjn_px@126.com")],
 "marketplace listing, honest level 5")
add("/kecheng/item/20702.html", "kecheng", "三级连报 人工智能训练师五级+四级+三级 鼎学教育",
 """<div class="shop">店铺：鼎学教育</div>
<p>三证连报优惠价 ¥4600，一次报名三个等级，不限学历，不用工作经验，挂靠每年可领 2 万！</p>
<p>证书样本：S000041000001253000128</p>
<p>考核批次号 1410202604 名额有限</p>
<p>店主QQ 1593372280 &nbsp; 微信 dingxue_zz</p>""",
 True, "U06", "鼎学教育",
 [("qq", "1593372280", "1593372280"), ("wechat", "dingxue_zz", "dingxue_zz")],
 "marketplace listing, three levels at once, 挂靠 lure")
add("/kecheng/item/20815.html", "kecheng", "慧学AI课堂：数据标注入门 + 人工智能训练师五级备考",
 """<div class="shop">店铺：慧学AI课堂（个人店铺）</div>
<p>录播 36 节 + 每周直播答疑，适合已在标注公司工作的同学备考五级。</p>
<p>不承诺通过，考核由备案评价机构组织。售价 ¥399。</p>
<p>售后联系 156 1770 3892</p>""",
 True, "I01", "慧学AI课堂", [("phone", "+8615617703892", "156 1770 3892")],
 "independent marketplace listing, honest")

# ---------------------------------------------------------------- D. 商都生活论坛
add("/zzbbs/thread-88213-1-1.html", "zzbbs", "【教育培训】郑州人工智能训练师报名，下月开班，国家认可",
 """<div class="post"><b>楼主 豫才教育-小李</b><p>人工智能训练师三级，交费包过，国家认可官方认证，拿证升职加薪。郑州考点，考场前台 0371-65982210。</p>
<p>电话 18638215570 微信 YuCai_Edu666 随时咨询</p></div>
<div class="post"><b>2楼 路过的猫</b><p>包过的都是骗子吧……</p></div>
<div class="post"><b>3楼 lily</b><p>想了解一下，加我微信 lily_0371</p></div>
<div class="post"><b>4楼 老张不是老王</b><p>楼主敢不敢把评价机构名字发出来？有疑问的加我QQ 512066738</p></div>""",
 True, "U03", "豫才教育",
 [("phone", "+8618638215570", "18638215570"), ("wechat", "yucai_edu666", "YuCai_Edu666")],
 "forum advert thread, 包过, reader contact in comments")
add("/zzbbs/thread-88457-1-1.html", "zzbbs", "AI数据标注员招聘+培训 太原郑州均可 月入过万",
 """<div class="post"><b>楼主 晋才HR</b><p>晋才AI数据标注基地招学员，先培训后上岗，培训费 2980 元入职后可返还，考人工智能训练师证书。</p>
<p>联系方式 137-0054-3619，微信 jincai_hr</p></div>
<div class="post"><b>2楼 lily</b><p>已私信，我微信 lily_0371，麻烦通过一下</p></div>
<div class="post"><b>3楼 老张不是老王</b><p>先交钱后上岗？小心。我QQ 512066738 可以交流</p></div>""",
 True, "U07", "晋才AI数据标注基地",
 [("phone", "+8613700543619", "137-0054-3619"), ("wechat", "jincai_hr", "jincai_hr")],
 "forum post recruiting trainees with up-front fee")
add("/zzbbs/thread-88590-1-1.html", "zzbbs", "工信部人工智能人才评价项目 郑州报名点 截止本月底",
 """<div class="post"><b>楼主 zkzx_郑州报名点</b><p>人工智能三级考试由国家工信部职业技能鉴定中心主办，证书官网 www.zkzhixun.org.cn 可查。</p>
<p>报名加微信 zkzx_kf01（备注 论坛）</p></div>""",
 True, "U08", "中科智训郑州报名点",
 [("domain", "zkzhixun.org.cn", "www.zkzhixun.org.cn"), ("wechat", "zkzx_kf01", "zkzx_kf01")],
 "forum post, fake 工信部 authority")
add("/zzbbs/thread-88602-1-1.html", "zzbbs", "中原标注学堂 人工智能训练师五级 小班", 
 """<div class="post"><b>楼主 中原标注学堂</b><p>我们是一家小工作室，给在职标注员做五级考前辅导，考点在郑州市职业技能公共实训基地（前台 0371-6598 2210）。</p>
<p>学费 880，电话 135 2667 8104</p></div>""",
 True, "I06", "中原标注学堂", [("phone", "+8613526678104", "135 2667 8104")],
 "independent forum post")
add("/zzbbs/thread-87990-1-1.html", "zzbbs", "【曝光】交了 4000 块报“人工智能训练师”，结果拉黑了",
 """<div class="post"><b>楼主 金水区小王</b><p>去年在网上看到广告，对方电话 177 8845 1203，说是“智云”内部名额，交钱后直接拉黑。大家注意！已打 12315 和 12333 反映。</p></div>
<div class="post"><b>2楼 lily</b><p>我也差点被骗，大家可以加我 lily_0371 拉个群互相提醒</p></div>
<div class="post"><b>3楼 老张不是老王</b><p>证书去 zscx.osta.org.cn 查，查不到的都别信。QQ 512066738</p></div>""",
 note="forum warning thread (non-offer), scam number, readers' contacts")

# ---------------------------------------------------------------- E. 并州分类信息网
add("/fenlei/jiaoyu/398812.html", "fenlei", "中原AI人才培训中心 太原郑州同步招生 人工智能训练师",
 """<p>【发布者】中原AI人才培训中心 &nbsp; 【区域】太原 小店</p>
<p>人工智能训练师四级、三级，郑州总部授课，线上直播，考试回郑州。</p>
<p>联系人：王老师 13937124581 &nbsp; V信：ZYZP_ZZ01</p>""",
 True, "U01", "中原AI人才培训中心",
 [("phone", "+8613937124581", "13937124581"), ("wechat", "zyzp_zz01", "ZYZP_ZZ01")],
 "classifieds post under another brand")
add("/fenlei/jiaoyu/398907.html", "fenlei", "太原智云职校 人工智能训练师五级 可申领补贴",
 """<p>【发布者】太原智云职校 &nbsp; 【区域】太原 小店</p>
<p>五级/四级 周末班，参保一年以上可申请补贴。</p>
<p>手机：15835120967 &nbsp; 微信：JZai_TY2026</p>""",
 True, "U02", "太原智云职校",
 [("phone", "+8615835120967", "15835120967"), ("wechat", "jzai_ty2026", "JZai_TY2026")],
 "classifieds post")
add("/fenlei/jiaoyu/399015.html", "fenlei", "并州职培 初级人工智能训练师 杏花岭面授",
 """<p>【发布者】并州职培 &nbsp; 【区域】太原 杏花岭</p>
<p>五级数据标注方向，需 1 年相关工作经历。价格透明。</p>
<p>电话 134 8536 0218 / 0351 408 7726</p>""",
 True, "U05", "并州职培",
 [("phone", "+8613485360218", "134 8536 0218"), ("phone", "03514087726", "0351 408 7726")],
 "classifieds post")
add("/fenlei/jiaoyu/399106.html", "fenlei", "人工智能训练师 不限学历 三个等级一起考 包拿证",
 """<p>【发布者】河南鼎学职业培训 &nbsp; 【区域】太原 全城</p>
<p>不限学历不限年龄，五四三级一起报，包拿证，证书人社部可查。</p>
<p>电话 177-1988-2046 &nbsp; 薇：dingxue_zz</p>""",
 True, "U06", "河南鼎学职业培训",
 [("phone", "+8617719882046", "177-1988-2046"), ("wechat", "dingxue_zz", "dingxue_zz")],
 "classifieds post, 包拿证")
add("/fenlei/jiaoyu/399244.html", "fenlei", "中科智训 AI训练师 工信部证书 太原报名",
 """<p>【发布者】中科智训(北京)教育 &nbsp; 【区域】太原</p>
<p>工信部人工智能人才证书，官方认证，入库可查，免培训直接考。</p>
<p>全国报名热线 4001-867-723 &nbsp; 微信 ZKZX_KF01</p>""",
 True, "U08", "中科智训(北京)教育",
 [("phone", "4001867723", "4001-867-723"), ("wechat", "zkzx_kf01", "ZKZX_KF01")],
 "classifieds post, 免培训")
add("/fenlei/jiaoyu/399301.html", "fenlei", "个人辅导 人工智能训练师理论 小店区",
 """<p>【发布者】李老师（个人） &nbsp; 【区域】太原 小店</p>
<p>在职算法测试工程师，周末一对一辅导理论与实操，不卖证。</p>
<p>微信 tyteacher_li</p>""",
 True, "I02", "李老师（个人）", [("wechat", "tyteacher_li", "tyteacher_li")],
 "independent classifieds post")

# ---------------------------------------------------------------- F. 中原英才网 job board
add("/zhaopin/job/5520871.html", "zhaopin", "人工智能训练师（学员） 3000-6000元 郑州·金水",
 """<p>公司：智云教育·郑州 &nbsp; 学历不限 &nbsp; 经验不限</p>
<p>岗位说明：招收人工智能训练师学员，参加培训并取得证书后推荐就业。培训费用详询。</p>
<p>HR 王老师 139-3712-4581</p>""",
 True, "U01", "智云教育·郑州",
 [("phone", "+8613937124581", "139-3712-4581")],
 "job post recruiting trainees")
add("/zhaopin/job/5521034.html", "zhaopin", "数据标注员/AI训练师 双休 包培训 郑州",
 """<p>公司：河南豫才人力资源 &nbsp; 学历不限</p>
<p>入职前需参加人工智能训练师三级培训（费用 3980 元，可分期），考试包过。</p>
<p>简历投递 YuCaiEdu@163.com，电话 +86 186-3821-5570</p>""",
 True, "U03", "河南豫才人力资源",
 [("email", "yucaiedu@163.com", "YuCaiEdu@163.com"), ("phone", "+8618638215570", "+86 186-3821-5570")],
 "job post with paid training, 包过")
add("/zhaopin/job/5521190.html", "zhaopin", "AI训练师 居家兼职 日结 无需经验",
 """<p>公司：星途教育科技 &nbsp; 兼职</p>
<p>先考取人工智能训练师证书（报名费 1980，支付宝支付，支付宝客服 95188），持证后平台派单，日结 300+。</p>
<p>咨询 4008 765 321 &nbsp; 微信 XingTu_AI</p>""",
 True, "U04", "星途教育科技",
 [("phone", "4008765321", "4008 765 321"), ("wechat", "xingtu_ai", "XingTu_AI")],
 "job scam: pay for certificate first")
add("/zhaopin/job/5521302.html", "zhaopin", "AI数据标注员 太原 包住 培训上岗",
 """<p>公司：山西晋才科技 &nbsp; 太原 小店区</p>
<p>零基础培训上岗，培训费 2980 元（入职满 6 个月返还），考取人工智能训练师五级证书。</p>
<p>报名表：jinshuju.net/f/Jc83mK &nbsp; 电话 13700543619 &nbsp; 邮箱 hr@jincaihr.cn</p>""",
 True, "U07", "山西晋才科技",
 [("phone", "+8613700543619", "13700543619"), ("email", "hr@jincaihr.cn", "hr@jincaihr.cn")],
 "job post with up-front training fee")
add("/zhaopin/job/5521417.html", "zhaopin", "云标数据科技 标注员（需持人工智能训练师证）",
 """<p>公司：云标数据科技 &nbsp; 太原</p>
<p>无证可先报名我司合作培训班，费用 1680，支付宝转账（有问题请联系支付宝 95188）。</p>
<p>联系：199 3510 6672 &nbsp; QQ：3309478125</p>""",
 True, "U09", "云标数据科技",
 [("phone", "+8619935106672", "199 3510 6672"), ("qq", "3309478125", "3309478125")],
 "job post that sells training")
add("/zhaopin/job/5521588.html", "zhaopin", "郑州云栈数据 数据标注实习生（可协助考五级）",
 """<p>公司：郑州云栈数据服务有限公司 &nbsp; 实习 3 个月</p>
<p>实习满一年后公司可组织报考人工智能训练师五级，费用公司承担 50%，自愿参加。</p>
<p>座机 0371-55901236</p>""",
 True, "I03", "郑州云栈数据", [("phone", "037155901236", "0371-55901236")],
 "independent employer post with optional exam enrolment")

# ---------------------------------------------------------------- G. 微文摘 WeChat reposts
add("/wx/a/2026041801.html", "wx", "郑州人注意！人工智能训练师报名通道开启（附补贴）",
 """<p class="src">来源：豫才教育 公众号</p>
<p>新职业人工智能训练师火了！豫才教育三级班最后 20 个名额，包过，不过退费。</p>
<p>添加老师微信：yucai_edu666 &nbsp; 邮箱：yucaiedu@163.com</p>""",
 True, "U03", "豫才教育",
 [("wechat", "yucai_edu666", "yucai_edu666"), ("email", "yucaiedu@163.com", "yucaiedu@163.com")],
 "WeChat repost advertorial")
add("/wx/a/2026041907.html", "wx", "XT人工智能研究院：2026 新职业红利，你抓住了吗",
 """<p class="src">来源：XT人工智能研究院</p>
<p>人社部认证的新职业！高级技师证书对应正高级职称，一证在手落户无忧。</p>
<p>官网 xingtuai.com/kaozheng &nbsp; 学员群 QQ群：624118390</p>
<p>收款方：郑州星途信息咨询有限公司</p>""",
 True, "U04", "XT人工智能研究院",
 [("domain", "xingtuai.com", "xingtuai.com/kaozheng"), ("qq_group", "624118390", "624118390"),
  ("other", "郑州星途信息咨询有限公司", "郑州星途信息咨询有限公司")],
 "WeChat repost, 职称 overclaim, payee name")
add("/wx/a/2026042003.html", "wx", "工信部人工智能人才评价项目 2026 年第二批报名通知",
 f"""<p class="src">来源：工信部人工智能人才评价项目办</p>
<p>主办单位：中科智训(北京)教育科技有限公司（统一社会信用代码 {C_U08}）</p>
<p>证书样本编号 S000041000001253000128，官网 zkzhixun.org.cn 可查。</p>
<p>报名热线 400 186 7723</p>""",
 True, "U08", "工信部人工智能人才评价项目办",
 [("uscc", C_U08, C_U08), ("domain", "zkzhixun.org.cn", "zkzhixun.org.cn"), ("phone", "4001867723", "400 186 7723")],
 "WeChat repost, poses as 工信部 office, 91 company")
add("/wx/a/2026042105.html", "wx", "在家做AI训练师，宝妈也能月入8000",
 """<p class="src">来源：太原数标 公众号</p>
<p>数标工场招募居家标注员，先参加人工智能训练师培训（980 元），考证后派单。</p>
<p>联系方式：138-0000-0000（请替换为实际号码）&nbsp; 实际咨询加微信 shubiao_gc 或拨 19935106672</p>""",
 True, "U09", "太原数标",
 [("wechat", "shubiao_gc", "shubiao_gc"), ("phone", "+8619935106672", "19935106672")],
 "WeChat repost, job-bait with template placeholder left in")
add("/wx/a/2026042210.html", "wx", "晋中职业技术学院继续教育学院 人工智能训练师社会培训招生",
 f"""<p class="src">来源：晋中职院继续教育 公众号</p>
<p>学院为人工智能训练师备案评价机构，面向社会招收五级、四级学员，按标准课时授课，证书可在 www.osta.org.cn 及 vslc.ncb.edu.cn（1+X 历史证书）查询，补贴政策可咨询 12333。</p>
<p>咨询电话 0354-3061122 &nbsp; 学院统一社会信用代码 {C_I04}</p>""",
 True, "I04", "晋中职业技术学院继续教育学院",
 [("phone", "03543061122", "0354-3061122"), ("uscc", C_I04, C_I04)],
 "independent college enrolment repost")

# ---------------------------------------------------------------- H. 快看短视频
add("/shipin/v/7391002.html", "shipin", "太原考AI训练师，补贴怎么领？一条视频讲清楚",
 """<p class="author">@太原智云职校</p><p>视频文案：参保满一年的朋友，五级能补 1000……主页有联系方式。</p>
<p>简介：咨询 v：JZAI_TY2026 &nbsp; 扣扣：2873 016 645</p>""",
 True, "U02", "太原智云职校",
 [("wechat", "jzai_ty2026", "JZAI_TY2026"), ("qq", "2873016645", "2873 016 645")],
 "short video page")
add("/shipin/v/7391455.html", "shipin", "90%小白都能学会 人工智能训练师 原价9999限时99",
 """<p class="author">@星途AI学院</p><p>视频文案：零基础 7 天拿证，人社部颁发！</p>
<p>简介：私信或加 xingtu_ai，学员群 624 118 390</p>""",
 True, "U04", "星途AI学院",
 [("wechat", "xingtu_ai", "xingtu_ai"), ("qq_group", "624118390", "624 118 390")],
 "short video page, 99 bait")
add("/shipin/v/7391780.html", "shipin", "鼎学教育：三个证一起拿，郑州太原都能报",
 """<p class="author">@鼎学教育</p><p>视频文案：五四三级连报，不限学历！</p>
<p>简介：电话 177 1988 2046（模板号 138-0000-0000 请勿拨打）&nbsp; QQ 159 337 2280</p>""",
 True, "U06", "鼎学教育",
 [("phone", "+8617719882046", "177 1988 2046"), ("qq", "1593372280", "159 337 2280")],
 "short video page, three levels, placeholder number")
add("/shipin/v/7392016.html", "shipin", "AI数据标注基地实拍 先培训后上岗",
 """<p class="author">@晋才AI数据标注基地</p><p>视频文案：基地实拍，培训完考证上岗。</p>
<p>简介：微信 Jincai_HR</p>""",
 True, "U07", "晋才AI数据标注基地",
 [("wechat", "jincai_hr", "Jincai_HR")],
 "short video page")
add("/shipin/v/7392233.html", "shipin", "数标工场：居家接单的前提是有证",
 """<p class="author">@数标工场</p><p>视频文案：没证接不到单，报班 980 送考证。</p>
<p>简介：加 Q 3309 478 125 或 微信 ShuBiao_GC</p>""",
 True, "U09", "数标工场",
 [("qq", "3309478125", "3309 478 125"), ("wechat", "shubiao_gc", "ShuBiao_GC")],
 "short video page")
add("/shipin/v/7392590.html", "shipin", "AI陈老师：人工智能训练师四级实操题讲解（附直播课）",
 """<p class="author">@AI陈老师</p><p>视频文案：四级实操数据清洗题演示，完整直播课 199 元。</p>
<p>简介：报课 QQ 1287745093</p>""",
 True, "I05", "AI陈老师", [("qq", "1287745093", "1287745093")],
 "independent short video course seller")

# ---------------------------------------------------------------- I. blog
add("/blog/2026/04/bingzhou-ai-xunlianshi.html", "blog", "我在太原报了人工智能训练师五级：并州技能培训体验",
 """<p>上个月在并州技能培训学校报了五级，记录一下（非广告，但老板给了读者优惠）。</p>
<p>报名时审核了我的劳动合同；学费 1280，评价机构另收认定费。报名填的是 jinshuju.net 的表单。</p>
<p>想报名的可以直接找郭校长 13485360218，或者发邮件 BZJN_PX@126.com 说是老郭博客来的，减 100。</p>
<p>证书查询记得用官方的 zscx.osta.org.cn，1+X 的老证书才去 vslc.ncb.edu.cn。</p>""",
 True, "U05", "并州技能培训学校",
 [("phone", "+8613485360218", "13485360218"), ("email", "bzjn_px@126.com", "BZJN_PX@126.com")],
 "blog post with affiliate discount")
add("/blog/2026/03/ai-xunlianshi-zhengshu-zhinan.html", "blog", "人工智能训练师证书到底是什么证？一篇说清",
 """<p>人工智能训练师（4-04-05-05）是 2020 年人社厅发〔2020〕17号公布的新职业，证书是<b>职业技能等级证书</b>，由备案评价机构颁发，不是人社部颁发，也不是国家职业资格证书。</p>
<p>五级要求相关工作 1 年或学徒期满；说“零基础直接考一级”的都不靠谱。</p>
<p>查询：zscx.osta.org.cn；政策咨询拨 12333。</p>""",
 note="blog guide (non-offer)")

# ---------------------------------------------------------------- J. complaints
add("/tousu/detail/17730411.html", "tousu", "[投诉] 交费后无法联系，承诺的人工智能训练师证书未发放",
 """<p>投诉对象：某“AI人才认证中心” &nbsp; 涉诉金额 ¥4200</p>
<p>对方以“智云内部名额”为名，电话 17788451203，收款后拉黑。已同时向 12315 反映。</p>
<p>诉求：退款 &nbsp; 状态：处理中</p>""",
 note="complaint (non-offer), scam number")
add("/tousu/detail/17731266.html", "tousu", "[投诉] 三级连报说不限学历，报完说条件不符不退款",
 """<p>投诉对象：某培训机构（郑州） &nbsp; 涉诉金额 ¥4600</p>
<p>客服说可以查 zscx.osta.org.cn，结果考核批次号 1410202604 根本查不到我。订单号 20260318774512。</p>
<p>诉求：全额退款 &nbsp; 状态：已回复</p>""",
 note="complaint (non-offer), batch number quoted")

# ---------------------------------------------------------------- K. 人社局 notice
add("/rsj/tzgg/2026-0309.html", "rsj", "关于谨防“山寨证书”和虚假职业技能培训广告的提醒",
 """<p>近期，我局接到群众反映，有机构以“人社部颁发”“包过”“不限学历直接考高级技师”等宣传招收人工智能训练师学员。现提醒如下：</p>
<ol><li>职业技能等级证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 或 www.osta.org.cn 查询；</li>
<li>技能提升补贴仅适用于符合条件的参保职工，五级至三级分别最高 1000、1500、2000 元；</li>
<li>如遇虚假宣传可拨打 12333 咨询或 12315 投诉。</li></ol>
<p>有群众反映 177 8845 1203 冒充培训机构收费，请提高警惕。</p>""",
 note="official-style warning notice (non-offer)")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.org.cn", ["www.osta.org.cn"], "official 技能人才评价工作网"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official legacy 1+X query site"),
 ("phone", "4006178520", ["400-617-8520", "4006-178-520"], "franchise group hotline in footers of independently run branches (U01 and U02)"),
 ("email", "service@zhiyunpx.com", ["service@zhiyunpx.com"], "franchise group e-mail in branch footers"),
 ("domain", "zhiyunpx.com", ["www.zhiyunpx.com"], "franchise group domain in branch footers"),
 ("phone", "4008826115", ["400-882-6115"], "course marketplace customer service, footer of every page"),
 ("other", "豫ICP备2021018834号", ["豫ICP备2021018834号-2"], "marketplace ICP number, footer"),
 ("qq_group", "735281906", ["735281906"], "forum staff QQ group, sidebar and footer"),
 ("phone", "037155210887", ["0371-55210887"], "forum abuse-report number, footer"),
 ("phone", "03515236610", ["0351-5236610"], "classifieds site customer service, footer"),
 ("other", "晋ICP备18006620号", ["晋ICP备18006620号"], "classifieds ICP number, footer"),
 ("email", "kefu@zyyc.com.cn", ["kefu@zyyc.com.cn"], "job board service e-mail, footer"),
 ("phone", "4000661588", ["400-066-1588"], "job board report hotline, footer"),
 ("domain", "wxzhai.cn", ["wxzhai.cn"], "repost platform's own domain, footer"),
 ("qq", "2452816603", ["2452816603"], "repost platform's submission QQ, footer"),
 ("phone", "01057326120", ["010-57326120"], "video platform report line, footer"),
 ("phone", "+8617788451203", ["177 8845 1203", "17788451203"], "impostor number quoted in warnings, complaints and sellers' disclaimers"),
 ("wechat", "lily_0371", ["lily_0371"], "a reader's own WeChat in forum comments"),
 ("qq", "512066738", ["512066738"], "a reader's own QQ in forum comments"),
 ("phone", "037165982210", ["0371-65982210", "0371-6598 2210"], "exam venue front desk (third party)"),
 ("uscc", C_EVAL, [C_EVAL], "third-party evaluation organisation quoted by sellers"),
 ("other", "1410202604", ["1410202604"], "exam batch number quoted by several sellers"),
 ("other", "S000041000001253000128", ["S000041000001253000128"], "sample certificate number on template images"),
 ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder phone"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
]

# ---------------------------------------------------------------- render
def crumbs_html(site, p):
    s = SITES[site]
    if p is None:
        return f'<a href="/index.html">导航</a> &gt; {s["name"]}'
    return f'<a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{s["name"]}</a> &gt; {html.escape(p["crumb"])}'


def frame(site, title, crumbs, main, related):
    s = SITES[site]
    menu = " ".join(f'<a href="/{site}/index.html">{m}</a>' for m in s["menu"])
    rel = "".join(f'<li><a href="{r["path"]}">{html.escape(r["title"])}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s["name"]}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="{site}">
<header><div class="logo">{s["name"]}</div><nav>{menu}</nav></header>
<div class="crumbs">{crumbs}</div>
<div class="wrap"><main><h1>{html.escape(title)}</h1>
{main}
<section class="related"><h3>相关推荐</h3><ul>{rel}</ul></section>
</main>
<aside>{s["side"]}</aside></div>
<footer>{s["foot"]}</footer>
</body></html>
"""


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    texts = {}
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    for site, plist in by_site.items():
        for i, p in enumerate(plist):
            related = [q for q in plist if q is not p][:4]
            texts[p["path"]] = frame(site, p["title"], crumbs_html(site, p), p["body"], related)
        lis = "".join(f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in plist)
        idx = f"/{site}/index.html"
        texts[idx] = frame(site, SITES[site]["name"] + " 首页", crumbs_html(site, None),
                           f"<ul class=\"list\">{lis}</ul>", plist[:3])
    hub_links = "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a>（{v["style"]}）</li>' for k, v in SITES.items())
    texts["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航：郑州 太原 考证 培训</title></head>
<body><h1>网址导航</h1><p>一周搜索记录：郑州、太原 人工智能训练师</p><ul>{hub_links}</ul></body></html>
"""
    for path, t in texts.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    tpages = []
    for path in sorted(texts):
        p = next((q for q in PAGES if q["path"] == path), None)
        if p is None:
            note = "hub" if path == "/index.html" else "site index"
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[], note=note))
        else:
            for k, v, w in p["identifiers"]:
                assert w in texts[path], (path, w)
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    seller_written = [w for p in PAGES for _, _, w in p["identifiers"]]
    decoys = []
    for kind, value, written, why in DECOYS:
        for w in written:
            for sw in seller_written:
                assert w not in sw and sw not in w, (w, sw)
        pages = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
