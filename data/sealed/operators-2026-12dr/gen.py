#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05)
certificate pages plus truth.json.  Standard library only, fully deterministic."""
import html, json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


# ---------------------------------------------------------------- identifiers
USCC01 = uscc("52370102", "MJD83721")   # 民办非企业单位 (a private school)
USCC02 = uscc("91370212", "MA3R6K5T")
USCC03 = uscc("91370102", "MA94Y2N7")
USCC05 = uscc("91370100", "MA7F3P0D")
USCCI3 = uscc("91370103", "16305528")

# ---------------------------------------------------------------- site frames
SITES = {
    "jnxh": dict(
        name="济南鑫航职业技能培训学校", style="training-school",
        menu=[("首页", "/jnxh/index.html"), ("人工智能训练师", "/jnxh/ai-xunlianshi.html"),
              ("四级精品班", "/jnxh/ai-4ji.html"), ("三级提升班", "/jnxh/ai-sanji.html"),
              ("联系我们", "/jnxh/index.html#contact")],
        side="<h3>办学信息</h3><p>济南市人社局审批民办职业培训学校</p><p>办学许可证号：教民137010270001234号</p>",
        footer=("<p>济南鑫航职业技能培训学校 版权所有 | 地址：济南市历下区解放路112号鑫航大厦4楼</p>"
                "<p>招生电话：0531-88962217 | 邮箱：xinhangpx@163.com | 官网：www.jnxhpx.cn</p>"
                "<p>鲁ICP备2021031846号-1</p>")),
    "qdzn": dict(
        name="智宁AI学院", style="training-company",
        menu=[("首页", "/qdzn/index.html"), ("人工智能训练师", "/qdzn/kecheng-aixls.html"),
              ("在线报名", "/qdzn/baoming.html"), ("关于智宁", "/qdzn/index.html#about")],
        side="<h3>智宁AI学院</h3><p>青岛智宁教育科技有限公司旗下品牌，专注数据标注与AI应用人才培养。</p>",
        footer=("<p>Copyright © 2019-2026 青岛智宁教育科技有限公司 www.zhiningai.cn</p>"
                "<p>全国咨询热线：400-863-5172（工作日 9:00-18:00）| 地址：青岛市市南区香港中路76号颐中皇冠写字楼</p>"
                "<p>统一社会信用代码：" + USCC02 + " | 鲁ICP备2023005127号-1</p>")),
    "shop": dict(
        name="鲁优选商城", style="shop/marketplace",
        menu=[("首页", "/shop/index.html"), ("职业培训", "/shop/index.html#peixun"),
              ("考证专区", "/shop/index.html#kaozheng"), ("数码办公", "/shop/index.html#shuma")],
        side="<h3>购物保障</h3><p>7天无理由退货（虚拟课程除外）</p><p>担保交易 · 正品保障</p>",
        footer=("<p>鲁优选商城 www.luyouxuan.com | 平台客服热线：400-615-8800 | 客服邮箱：kefu@luyouxuan.com</p>"
                "<p>支付服务由支付宝提供，支付问题请联系支付宝客服 95188 | 鲁ICP备19023366号-2</p>")),
    "dy": dict(
        name="快看短视频", style="short-video",
        menu=[("推荐", "/dy/index.html"), ("关注", "/dy/index.html#follow"),
              ("同城·济南", "/dy/index.html#city"), ("学习", "/dy/index.html#study")],
        side="<h3>相关搜索</h3><p>人工智能训练师报考条件</p><p>数据标注员怎么考</p><p>AI训练师证书有用吗</p>",
        footer=("<p>快看短视频 kuaikanv.com | 违法和不良信息举报电话：400-140-2108 | 举报邮箱：jubao@kuaikanv.com</p>"
                "<p>京ICP备20110388号-5 | 网络文化经营许可证</p>")),
    "blog": dict(
        name="老周的数据标注笔记", style="personal blog",
        menu=[("首页", "/blog/index.html"), ("考证经验", "/blog/post-1.html"),
              ("训练营", "/blog/post-2.html"), ("学习资料", "/blog/post-3.html")],
        side="<h3>关于博主</h3><p>老周，前电商运营，现在做数据标注项目管理，写点考证和转行的流水账。</p><h3>标签</h3><p>数据标注 · 人工智能训练师 · 转行</p>",
        footer=("<p>本博客由 博客驿站 blogyz.net 提供托管 | 站长邮箱：admin@blogyz.net | 鲁ICP备18047263号-2</p>")),
    "news": dict(
        name="齐鲁民生网", style="news",
        menu=[("首页", "/news/index.html"), ("民生", "/news/index.html#minsheng"),
              ("教育", "/news/index.html#jiaoyu"), ("曝光台", "/news/index.html#baoguang"),
              ("推广", "/news/index.html#tuiguang")],
        side="<h3>热点排行</h3><ol><li>济南地铁4号线最新进展</li><li>青岛今年新增技能补贴政策</li><li>警惕“山寨证书”</li></ol>",
        footer=("<p>齐鲁民生网 www.qlmsw.com.cn | 新闻热线：0531-85196110 | 投稿邮箱：tougao@qlmsw.com.cn</p>"
                "<p>鲁ICP备12008734号 | 互联网新闻信息服务许可证37120180011</p>")),
    "wenda": dict(
        name="问吧百科", style="Q&A",
        menu=[("首页", "/wenda/index.html"), ("教育/考试", "/wenda/index.html#edu"),
              ("职场", "/wenda/index.html#job"), ("我要提问", "/wenda/index.html#ask")],
        side="<h3>相似问题</h3><p>数据标注员证书怎么考？</p><p>人工智能训练师四级和三级区别</p>",
        footer=("<p>问吧百科 wenba.cn | 意见反馈：feedback@wenba.cn | 官方客服QQ：800018866</p>"
                "<p>京ICP备16045512号-1</p>")),
    "bbs": dict(
        name="泉城论坛", style="forum",
        menu=[("论坛首页", "/bbs/index.html"), ("济南职场", "/bbs/index.html#zhichang"),
              ("教育培训", "/bbs/index.html#peixun"), ("维权投诉", "/bbs/index.html#weiquan")],
        side="<h3>版规</h3><p>广告帖请发在“教育培训-广告区”，违规删帖。</p><h3>热帖</h3><p>济南哪里考叉车证</p>",
        footer=("<p>泉城论坛 www.quanchengbbs.com | 官方交流QQ群：218563907 | 版务邮箱：bangwu@quanchengbbs.com</p>"
                "<p>鲁ICP备15012233号-3</p>")),
    "fenlei": dict(
        name="青岛便民信息网", style="classifieds",
        menu=[("首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#jiaoyu"),
              ("招聘", "/fenlei/index.html#zhaopin"), ("二手", "/fenlei/index.html#ershou")],
        side="<h3>安全提示</h3><p>凡是先收费再办证的都要提高警惕，本站不对信息真实性负责。</p>",
        footer=("<p>青岛便民信息网 www.qdbianmin.com | 客服电话：0532-58796600 | 举报邮箱：jubao@qdbianmin.com</p>"
                "<p>鲁ICP备17021559号-1</p>")),
    "rsj": dict(
        name="济南市人力资源和社会保障局（职业能力建设栏目）", style="人社局 notice site",
        menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"),
              ("技能人才评价", "/rsj/notice-1.html"), ("政策解读", "/rsj/index.html#zcjd")],
        side="<h3>便民服务</h3><p>证书查询：技能人才评价证书全国联网查询</p><p>人社服务热线 12333</p>",
        footer=("<p>主办：济南市人力资源和社会保障局 | 政务服务热线：12333</p>"
                "<p>网站标识码：3701000021 | 鲁ICP备05012856号</p>")),
}

PAGES = []


def page(path, site, title, crumbs, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, crumbs=crumbs, body=body,
                      is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(x) for x in ids], note=note))


def comments(items):
    out = ["<div class='comments'><h3>评论（%d）</h3>" % len(items)]
    for who, txt in items:
        out.append("<div class='cmt'><b>%s</b>：%s</div>" % (who, txt))
    out.append("</div>")
    return "".join(out)

# ====================================================================== jnxh (U01)
U01_FOOT = [("phone", "053188962217", "0531-88962217"), ("email", "xinhangpx@163.com", "xinhangpx@163.com"),
            ("domain", "jnxhpx.cn", "www.jnxhpx.cn"), ("other", "鲁ICP备2021031846号-1", "鲁ICP备2021031846号-1")]

page("/jnxh/index.html", "jnxh", "济南鑫航职业技能培训学校-首页", ["首页"], """
<h1>济南鑫航职业技能培训学校</h1>
<p>学校成立于2012年，经济南市人力资源和社会保障局审批，开设电工、叉车、育婴员、健康管理师等培训项目。2024年起开设人工智能训练师（数据标注员）方向课程。</p>
<h2>热门课程</h2>
<ul><li><a href="/jnxh/ai-xunlianshi.html">人工智能训练师（五级/四级）培训招生</a></li>
<li><a href="/jnxh/ai-4ji.html">人工智能训练师四级精品周末班</a></li>
<li><a href="/jnxh/ai-sanji.html">人工智能训练师三级（高级工）提升班</a></li></ul>
<h2 id="contact">联系我们</h2><p>前台接待时间：周一至周六 8:30-17:30</p>
""", note="training school home page (non-offer hub of U01's own site)")

page("/jnxh/ai-xunlianshi.html", "jnxh", "人工智能训练师（五级/四级）培训招生简章-济南鑫航职业技能培训学校",
     ["首页", "职业技能培训", "人工智能训练师"], """
<h1>2026年春季人工智能训练师（五级/四级）培训招生简章</h1>
<p>职业编码：4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准（2021年版）》组织教学，理论+实操，五级参考课时60课时、四级50课时。</p>
<h2>报名条件</h2><ul><li>五级：从事本职业或相关职业工作满1年，或本职业学徒期满；</li>
<li>四级：取得五级证书后从事本职业4年，或累计工作6年，或技工院校相关专业毕业（含在读毕业年级）。</li></ul>
<p>培训结束后由备案的评价机构组织认定，颁发职业技能等级证书（非国家职业资格证书），证书信息可在技能人才评价证书全国联网查询平台查询。</p>
<h2>费用与补贴</h2><p>培训费五级1280元、四级1580元（含教材、实操平台账号）。参加失业保险满1年的职工取证后可按规定申领技能提升补贴（五级不超过1000元、四级不超过1500元），具体以人社部门审核为准，政策咨询可拨打12333。</p>
<p>办学资质：济南鑫航职业技能培训学校，统一社会信用代码 """ + USCC01 + """</p>
<p>报名咨询：请致电学校招生办 0531-88962217，或到校现场报名。</p>
""", True, "U01", "济南鑫航职业技能培训学校",
     U01_FOOT + [("uscc", USCC01, USCC01)], "honest school course page, levels 5/4 with correct eligibility")

page("/jnxh/ai-4ji.html", "jnxh", "人工智能训练师四级精品周末班-鑫航职培", ["首页", "人工智能训练师", "四级精品班"], """
<h1>人工智能训练师四级（中级工）周末精品班 · 4月12日开课</h1>
<p>鑫航职培四级班采用小班教学（每班不超过30人），课程覆盖：数据采集和处理、数据标注、智能系统运维、基本要求。</p>
<p>课时安排：周六、周日全天，共6个周末。实操课使用标注平台真实项目。</p>
<p>证书样本（仅供参考，编号已做处理）：证书编号 S000037012345265000123 ，持证人可登录 zscx.osta.org.cn 输入姓名、证件号和证书编号查询。</p>
<p>班主任张老师：15866521830（同微信），欢迎咨询报名条件是否符合。</p>
<p>温馨提示：本校不承诺“包过”，理论和实操各60分合格。</p>
""", True, "U01", "鑫航职培",
     U01_FOOT + [("phone", "+8615866521830", "15866521830")], "honest weekend class, level 4")

page("/jnxh/ai-sanji.html", "jnxh", "人工智能训练师三级（高级工）提升班-鑫航职培", ["首页", "人工智能训练师", "三级提升班"], """
<h1>人工智能训练师三级（高级工）提升班招生</h1>
<p>适合已取得四级证书并满足年限要求的学员。三级认定内容：基本要求、业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>本期对应认定批次号 13701202603 ，考点设在历城区某技师学院（考点前台 0531-87651200，仅负责考场指引，报名请勿致电考点）。</p>
<p>证书查询网址：jndj.osta.org.cn 。三级取证后符合条件者可申领不超过2000元技能提升补贴。</p>
<p>报名热线（0531）8896 2217 ，地址：历下区解放路112号鑫航大厦4楼。</p>
""", True, "U01", "鑫航职培",
     U01_FOOT + [("phone", "053188962217", "（0531）8896 2217")], "honest level-3 class, quotes exam venue front desk and batch number")

# ====================================================================== qdzn (U02)
U02_FOOT = [("phone", "4008635172", "400-863-5172"), ("domain", "zhiningai.cn", "www.zhiningai.cn"),
            ("uscc", USCC02, USCC02), ("other", "鲁ICP备2023005127号-1", "鲁ICP备2023005127号-1")]

page("/qdzn/index.html", "qdzn", "智宁AI学院-青岛AI技能培训", ["首页"], """
<h1>智宁AI学院</h1><p>让每个人都能跟上AI时代。线下校区：青岛市南、黄岛；线上直播课覆盖全省。</p>
<ul><li><a href="/qdzn/kecheng-aixls.html">人工智能训练师（数据标注员）认定培训</a></li>
<li><a href="/qdzn/baoming.html">在线报名 / 预约试听</a></li></ul>
<h2 id="about">关于智宁</h2><p>青岛智宁教育科技有限公司成立于2019年，合作企业20余家，提供标注项目实习。</p>
""", note="training company home page (non-offer)")

page("/qdzn/kecheng-aixls.html", "qdzn", "人工智能训练师认定培训课程-智宁AI学院", ["首页", "课程中心", "人工智能训练师"], """
<h1>人工智能训练师（数据标注员）四级/三级认定培训</h1>
<p>课程特色：30%理论+70%实操，配套标注工具、Prompt调优与模型评测实训。</p>
<table border="1"><tr><th>等级</th><th>课时</th><th>培训费</th></tr>
<tr><td>四级/中级工</td><td>50</td><td>1980元</td></tr><tr><td>三级/高级工</td><td>40</td><td>2680元</td></tr></table>
<p>认定由已备案的评价机构实施，证书可在 zscx.osta.org.cn 联网查询。报考需满足国家职业技能标准规定的年限条件，请先找顾问核对。</p>
<p>课程顾问 王老师 178 0625 3391</p>
""", True, "U02", "智宁AI学院",
     U02_FOOT + [("phone", "+8617806253391", "178 0625 3391")], "honest course page with prices")

page("/qdzn/baoming.html", "qdzn", "在线报名-智宁AI学院", ["首页", "在线报名"], """
<h1>人工智能训练师 2026年第二期报名</h1>
<p>填写报名表：https://jinshuju.net/f/Zn8Kq2 （表单由第三方工具提供）</p>
<p>报名后顾问会在24小时内联系您。也可以加微信：zhining_ai 或QQ：2850163347 咨询。</p>
<p>本期统一认定批次号：13701202603（以评价机构通知为准）。</p>
<p>考点：青岛市黄岛区某职业技术学院实训楼，考点前台电话 0532-86069020（仅限考务咨询）。</p>
""", True, "U02", "智宁AI学院",
     U02_FOOT + [("wechat", "zhining_ai", "zhining_ai"), ("qq", "2850163347", "2850163347")],
     "enrolment form page; third-party form tool, venue desk and batch number are decoys")

# ====================================================================== shop
page("/shop/index.html", "shop", "鲁优选商城-职业培训·考证专区", ["首页"], """
<h1>鲁优选 · 考证专区</h1>
<h2 id="peixun">职业培训</h2><ul>
<li><a href="/shop/item-101.html">【人社部颁发】人工智能训练师三级 包过</a></li>
<li><a href="/shop/item-102.html">人工智能训练师证书四级考证 青岛可报</a></li>
<li><a href="/shop/item-103.html">鑫航 人工智能训练师五级培训 济南面授</a></li>
<li><a href="/shop/item-104.html">AI训练师 数据标注实战课 零基础入门</a></li>
<li><a href="/shop/item-105.html">人工智能训练师 快速拿证 挂靠有补贴</a></li>
<li><a href="/shop/item-107.html">中科智训 人工智能训练师三证套餐</a></li>
<li><a href="/shop/item-108.html">泉城智教 人工智能训练师四级网课+题库</a></li></ul>
<h2 id="shuma">数码办公</h2><ul><li><a href="/shop/item-106.html">机械键盘 87键 青轴 办公游戏</a></li></ul>
""", note="shop category page (non-offer)")

page("/shop/item-101.html", "shop", "【人社部颁发】人工智能训练师三级证书 零基础包过 全国通用-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>【人社部颁发】人工智能训练师三级/二级 零基础包过 国家职业资格证书 全国通用</h1>
<p class="price">￥3980 <del>￥6800</del> 已售 1.2万+</p>
<p>店铺：国家人工智能职业认证服务中心（山东）旗舰店</p>
<h2>商品详情</h2>
<p>✔ 不限学历 不限年龄 不限专业 ✔ 免培训 直接报三级 ✔ 一次报三级送四级五级，三证合一 ✔ 不过全额退款 ✔ 入库可查，全国联网 zscx.osta.org.cn 可查</p>
<p>证书编号样式：S000037012345265000123 （真实证书编号以实际为准）</p>
<p>拍下后请添加老师vx:qirui8866 发送身份证正反面+一寸照片。</p>
<p>对公收款户名：济南启睿信息咨询有限公司 统一社会信用代码：""" + USCC03 + """</p>
<h2>买家评价</h2><div class="cmt">a***8：还没拿到证，客服说下个月</div>
""", True, "U03", "国家人工智能职业认证服务中心（山东）",
     [("wechat", "qirui8866", "vx:qirui8866"), ("other", "济南启睿信息咨询有限公司", "济南启睿信息咨询有限公司"),
      ("uscc", USCC03, USCC03)], "scam listing: 人社部颁发, 包过, level 2/3 to beginners, three levels bundle")

page("/shop/item-102.html", "shop", "人工智能训练师证书四级 考证报名 青岛可报 线上学习-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>人工智能训练师四级证书 报名+网课+模拟题 青岛/济南均可报</h1>
<p class="price">￥1680 已售 356</p>
<p>店铺：鲁信职业技能（青岛）</p>
<p>零基础也能学，一般45天拿证，通过率98%。工作年限不够的可以协助出具工作证明。</p>
<p>售前咨询 QQ：3279045186 ，资料发送邮箱 luxinzp@126.com 。</p>
<h2>买家评价</h2><div class="cmt">q***n：客服回复挺快的</div>
""", True, "U04", "鲁信职业技能",
     [("qq", "3279045186", "3279045186"), ("email", "luxinzp@126.com", "luxinzp@126.com")],
     "misleading: 98% pass rate, offers to fabricate work proof")

page("/shop/item-103.html", "shop", "鑫航 人工智能训练师五级培训 济南面授 可申请补贴-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>人工智能训练师五级（初级工）培训 济南历下面授 定金</h1>
<p class="price">￥200（定金，余款到校缴纳） 已售 87</p>
<p>店铺：泉城技能小店（济南鑫航职业技能培训学校官方店）</p>
<p>本商品为报名定金。报考条件：从事相关工作满1年或学徒期满。证书为职业技能等级证书，非“国家职业资格证书”。</p>
<p>到校地址：济南市历下区解放路112号；班主任电话 158-6652-1830 。办学主体统一社会信用代码 """ + USCC01 + """ ，官网 jnxhpx.cn 。</p>
""", True, "U01", "泉城技能小店",
     [("phone", "+8615866521830", "158-6652-1830"), ("uscc", USCC01, USCC01), ("domain", "jnxhpx.cn", "jnxhpx.cn")],
     "U01's deposit listing under its shop brand")

page("/shop/item-104.html", "shop", "AI训练师 数据标注实战课 零基础入门 录播+答疑-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>数据标注实战课（对标人工智能训练师五级知识点）录播42节+答疑群</h1>
<p class="price">￥299 已售 2103</p>
<p>店铺：匠心AI学苑</p>
<p>本课程为技能课程，不含认定考试报名，不代办证书。需要报考的同学请自行联系当地备案评价机构。</p>
<p>购买后加助教微信 jiangxin_ai 拉答疑群。</p>
""", True, "I01", "匠心AI学苑", [("wechat", "jiangxin_ai", "jiangxin_ai")], "independent honest skills course")

page("/shop/item-105.html", "shop", "人工智能训练师 不用考试 快速拿证 挂靠年入2万-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>人工智能训练师证 不用考试 30天下证 挂靠企业年补贴2万</h1>
<p class="price">￥2580 已售 41</p>
<p>店铺：博睿考证服务部</p>
<p>国家紧缺工种，拿证后可挂靠AI公司，每年领取挂靠费。不用到场，资料齐全直接下证，官网可查。</p>
<p>客服手机 133 0639 8154 ，也可支付宝转账后截图。</p>
""", True, "U07", "博睿考证服务部", [("phone", "+8613306398154", "133 0639 8154")],
     "scam: no exam, 挂靠 income promise")

page("/shop/item-106.html", "shop", "机械键盘 87键 青轴 办公游戏 有线-鲁优选", ["首页", "数码办公", "键盘"], """
<h1>机械键盘 87键 青轴 白光 有线 办公游戏两用</h1>
<p class="price">￥139 已售 5.6万+</p><p>店铺：极客外设专营店</p>
<p>订单问题请联系平台客服。发货地：山东临沂。</p>
""", note="unrelated product page on the same shop (non-offer)")

page("/shop/item-107.html", "shop", "中科智训 人工智能训练师 四级+三级+AIGC 三证套餐 工信部认证-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>中科智训 人工智能训练师 四级+三级+AIGC应用 三证套餐 原价9999 限时1999</h1>
<p class="price">￥1999 <del>￥9999</del> 已售 3千+</p>
<p>店铺：中科智训官方旗舰店</p>
<p>工信部认证+人社备案双证书，90%小白都能学会，拿到证书便可升职加薪，交费包过。</p>
<p>全国服务热线 400 017 6638 ，班主任微信 zkzx_kefu01 。</p>
<p>运营主体统一社会信用代码：""" + USCC05 + """</p>
""", True, "U05", "中科智训",
     [("phone", "4000176638", "400 017 6638"), ("wechat", "zkzx_kefu01", "zkzx_kefu01"), ("uscc", USCC05, USCC05)],
     "misleading bundle: 工信部认证, three certificates, 包过")

page("/shop/item-108.html", "shop", "泉城智教 人工智能训练师四级 网课+题库 济南线下实操-鲁优选", ["首页", "考证专区", "人工智能训练师"], """
<h1>人工智能训练师四级 网课+题库+2次线下实操（济南）</h1>
<p class="price">￥1380 已售 512</p>
<p>店铺：泉城智教</p>
<p>课程按2021版国家职业技能标准编写。报名表：jinshuju.net/f/QcZj26 ，资料包发邮箱，请备注订单号。</p>
<p>商务合作/发票：qczj_edu@163.com 。证书查询：jndj.osta.org.cn</p>
""", True, "U09", "泉城智教", [("email", "qczj_edu@163.com", "qczj_edu@163.com")], "honest online course + exam bank")

# ====================================================================== dy short video
page("/dy/index.html", "dy", "快看短视频-推荐", ["推荐"], """
<h1>#人工智能训练师 话题 2.3亿次播放</h1><ul>
<li><a href="/dy/v7301.html">人社部新证书！零基础直接考三级</a></li>
<li><a href="/dy/v7302.html">原价9999 今天只要99 AI训练师入门</a></li>
<li><a href="/dy/v7303.html">数据标注员一天的工作是怎样的</a></li>
<li><a href="/dy/v7304.html">我考AI训练师四级的全过程</a></li>
<li><a href="/dy/v7305.html">济南AI训练师四级备考直播回放</a></li>
<li><a href="/dy/v7306.html">揭秘“山寨证书”套路</a></li>
<li><a href="/dy/v7307.html">AI训练师报名入口在这里</a></li></ul>
""", note="short-video topic feed (non-offer)")

page("/dy/v7301.html", "dy", "人社部新证书！零基础直接考三级-快看短视频", ["推荐", "视频"], """
<h1>@启睿教育老师 的视频</h1>
<p class="caption">人社部新职业📣人工智能训练师 零基础直接考三级高级工‼️不限学历 三证一起拿 包过包拿证 名额不多 看主页 #人工智能训练师 #考证 #济南</p>
<p class="bio">主页简介：AI考证咨询 📞131 5612 8930 薇❤：qirui 8866</p>
<p>❤ 1.1万  💬 382  ⭐ 2405</p>
""" + comments([("济南小鱼", "多少钱"), ("作者", "私信发你了"), ("草莓酱", "真的包过吗")]),
     True, "U03", "启睿教育", [("phone", "+8613156128930", "131 5612 8930"), ("wechat", "qirui8866", "qirui 8866")],
     "scam video caption: 零基础直接考三级, 包过")

page("/dy/v7302.html", "dy", "原价9999今天只要99 AI训练师入门-快看短视频", ["推荐", "视频"], """
<h1>@中科AI训练师考证 的视频</h1>
<p class="caption">原价9999限时99🔥90%小白都能学会的AI训练师课程，学完直接考工信部认证证书，评论区扣“1”领资料 #AI #副业 #人工智能训练师</p>
<p class="bio">主页：中科AI训练师考证 | 加V：ZKZX_kefu01</p>
<p>❤ 4.5万  💬 2103</p>
""" + comments([("青岛阿杰", "1"), ("山山", "1 我微信shanshan0532 发我一份"), ("路人甲", "99是引流课吧")]),
     True, "U05", "中科AI训练师考证", [("wechat", "zkzx_kefu01", "ZKZX_kefu01")],
     "misleading low-price bait; a reader leaves her own WeChat in the comments")

page("/dy/v7303.html", "dy", "数据标注员一天的工作是怎样的-快看短视频", ["推荐", "视频"], """
<h1>@老周带你学标注 的视频</h1>
<p class="caption">数据标注员的一天：拉框、质检、写规则。想考人工智能训练师四级的朋友，我的周末备考训练营第5期开始报名，名额30人，不包过，只陪你学。#数据标注 #人工智能训练师</p>
<p class="bio">博客同名 | V：Zhoulaoshi_BZ</p>
<p>❤ 8923  💬 411</p>
""" + comments([("山山", "想报名，加我 shanshan0532"), ("老周带你学标注", "看简介加我哈")]),
     True, "U06", "老周带你学标注", [("wechat", "zhoulaoshi_bz", "Zhoulaoshi_BZ")],
     "honest study-camp invitation; reader's WeChat in comments is a decoy")

page("/dy/v7304.html", "dy", "我考AI训练师四级的全过程-快看短视频", ["推荐", "视频"], """
<h1>@小鹿学AI 的视频</h1>
<p class="caption">记录我考人工智能训练师四级：理论+实操，都是60分及格。我整理了一套实操笔记和模拟环境，需要陪跑的同学可以找我，49元一对一答疑。#考证日记</p>
<p class="bio">合作/陪跑：19853160417</p>
<p>❤ 2301  💬 98</p>
""" + comments([("大头", "实操难吗"), ("小鹿学AI", "标注部分不难，运维要多练")]),
     True, "I02", "小鹿学AI", [("phone", "+8619853160417", "19853160417")], "independent tutor, honest")

page("/dy/v7305.html", "dy", "济南AI训练师四级备考直播回放-快看短视频", ["推荐", "视频"], """
<h1>@泉城智教 的视频</h1>
<p class="caption">直播回放｜人工智能训练师四级报考条件一次讲清：五级证书+4年，或累计6年，或技工院校毕业。不符合条件的不要花冤枉钱！课程和题库在小黄车 #济南 #人工智能训练师</p>
<p class="bio">学员交流群：753216489（进群备注来源）</p>
<p>❤ 1520  💬 77</p>
""" + comments([("工作三年了", "五级能直接报吗"), ("泉城智教", "满一年就可以报五级")]),
     True, "U09", "泉城智教", [("qq_group", "753216489", "753216489")], "honest course promotion with QQ group")

page("/dy/v7306.html", "dy", "揭秘“山寨证书”套路-快看短视频", ["推荐", "视频"], """
<h1>@齐鲁民生网 的视频</h1>
<p class="caption">“人社部颁发”“包过”“零基础考二级”？都是套路！职业技能等级证书由备案评价机构颁发，查询认准 osta.org.cn 。遇到虚假宣传拨打12315投诉。有网友反映被 170 8531 6642 这个号码骗了3980元，大家注意。#防骗</p>
<p>❤ 3.2万  💬 1288</p>
""" + comments([("老张", "我也接到过这个号码的电话"), ("小米粥", "涨知识了")]),
     note="warning video by a news account (non-offer), quotes scam phone and 12315")

page("/dy/v7307.html", "dy", "AI训练师报名入口在这里-快看短视频", ["推荐", "视频"], """
<h1>@人工智能训练师报名处 的视频</h1>
<p class="caption">人工智能训练师全国统一报名入口已开通！国家职业资格证书，人社部官网可查，三个月下证。报名电话17753162048 ，名额有限 #人工智能训练师 #官方报名</p>
<p>❤ 612  💬 45</p>
""" + comments([("阿芳", "是官方的吗？"), ("人工智能训练师报名处", "是的，放心")]),
     True, "U08", "人工智能训练师报名处", [("phone", "+8617753162048", "17753162048")],
     "scam: poses as official enrolment entry")

# ====================================================================== blog (U06)
page("/blog/index.html", "blog", "老周的数据标注笔记", ["首页"], """
<h1>老周的数据标注笔记</h1>
<ul><li><a href="/blog/post-1.html">2025-11-02 我在济南考人工智能训练师四级的全过程</a></li>
<li><a href="/blog/post-2.html">2026-02-20 周末备考训练营第5期招募</a></li>
<li><a href="/blog/post-3.html">2026-03-05 四级实操复习资料整理（附一对一答疑）</a></li></ul>
""", note="blog home (non-offer)")

page("/blog/post-1.html", "blog", "我在济南考人工智能训练师四级的全过程-老周的数据标注笔记", ["首页", "考证经验"], """
<h1>我在济南考人工智能训练师四级的全过程</h1>
<p class="meta">2025-11-02 · 阅读 3217</p>
<p>先说结论：四级不难，但要看清报考条件，我是五级证拿了4年多才报的。报名前我打了12333问补贴，答复是失业保险连续缴满一年、取证后一年内申请。</p>
<p>考点在历城区的一所技师学院，考前一天我打考点前台 0531-87651200 问了机房开放时间，前台很客气，但他们只管考场，不管报名。</p>
<p>出证以后在 zscx.osta.org.cn 能查到，证书编号是22位，开头一个字母。</p>
<p>最后提醒：网上那种“零基础直接考二级”“人社部颁发”的，千万别信。</p>
""" + comments([("路过的小王", "请问考点在哪"), ("老周", "历城那边，报名时机构会通知")]),
     note="first-person exam experience (non-offer)")

page("/blog/post-2.html", "blog", "周末备考训练营第5期招募-老周的数据标注笔记", ["首页", "训练营"], """
<h1>人工智能训练师四级·周末备考训练营第5期招募</h1>
<p class="meta">2026-02-20 · 阅读 1890</p>
<p>“老周带你学标注”训练营只做一件事：陪你把四级实操练熟。6个周末线上，每次3小时，收费599元，只收已经在评价机构报上名的同学，不代报名、不包过。</p>
<p>报名方式：加我微信 zhoulaoshi_bz ，或者发邮件到 1648823095@qq.com 说明你的报名机构和考试时间。</p>
""" + comments([("阿星", "第4期的来支持"), ("咖啡不加糖", "已加V")]),
     True, "U06", "老周带你学标注",
     [("wechat", "zhoulaoshi_bz", "zhoulaoshi_bz"), ("email", "1648823095@qq.com", "1648823095@qq.com")],
     "blogger's own paid study camp")

page("/blog/post-3.html", "blog", "四级实操复习资料整理（附一对一答疑）-老周的数据标注笔记", ["首页", "学习资料"], """
<h1>四级实操复习资料整理（附一对一答疑）</h1>
<p class="meta">2026-03-05 · 阅读 2466</p>
<p>资料目录：数据清洗、图像拉框、文本分类规则、智能系统运维常见命令。资料免费下载。</p>
<p>需要一对一答疑（99元/次，1小时）的，周老师数据标注工作室可以预约，微信：zhoulaoshi_bz（备注“答疑”）。</p>
""", True, "U06", "周老师数据标注工作室", [("wechat", "zhoulaoshi_bz", "zhoulaoshi_bz")],
     "free materials plus paid tutoring offer")

# ====================================================================== news
page("/news/index.html", "news", "齐鲁民生网-首页", ["首页"], """
<h1>齐鲁民生网</h1>
<h2 id="baoguang">曝光台</h2><ul><li><a href="/news/a1.html">“包过”“人社部颁发”？济南市民花3980元买了张“山寨证书”</a></li></ul>
<h2 id="tuiguang">推广</h2><ul><li><a href="/news/a2.html">人工智能训练师全国报名通道开启</a></li>
<li><a href="/news/a3.html">海岳人力：人工智能训练师企业内训与认定服务</a></li></ul>
""", note="news home (non-offer)")

page("/news/a1.html", "news", "“包过”“人社部颁发”？济南市民花3980元买了张“山寨证书”-齐鲁民生网", ["首页", "曝光台", "正文"], """
<h1>“包过”“人社部颁发”？济南市民花3980元买了张“山寨证书”</h1>
<p class="meta">2026-03-18 08:12 来源：齐鲁民生网 记者 孙悦</p>
<p>市民李女士在网上看到“人工智能训练师三级零基础包过、人社部颁发”的广告，添加对方微信后转账3980元。两个月后收到的证书在技能人才评价证书全国联网查询平台查不到。李女士提供的对方手机号为17085316642，目前已无法接通。</p>
<p>记者了解到，职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发。市民可通过 zscx.osta.org.cn 或中国人事考试网 cpta.com.cn 核验相关证书，遇到虚假宣传可拨打12315投诉，政策咨询可拨打12333。</p>
""", note="news warning quoting a scammer's phone, 12315, 12333 and official sites (non-offer)")

page("/news/a2.html", "news", "人工智能训练师全国报名通道开启 三个月可取证-齐鲁民生网", ["首页", "推广", "正文"], """
<h1>人工智能训练师全国报名通道开启 三个月可取证</h1>
<p class="meta">2026-03-10 推广</p>
<p>据全国职业技能人才服务平台介绍，人工智能训练师为国家职业资格证书，由人社部统一颁发，全国通用、官网可查，可用于落户积分、职称评定。即日起报名，不限学历，零基础可报二级技师。</p>
<p>证书查询官网：www.zgjnzscx.com 报名热线：177 5316 2048</p>
<p class="note">（本文为推广信息，不代表本网观点）</p>
""", True, "U08", "全国职业技能人才服务平台",
     [("domain", "zgjnzscx.com", "www.zgjnzscx.com"), ("phone", "+8617753162048", "177 5316 2048")],
     "paid advertorial; fake query site, 国家职业资格证书, 人社部颁发")

page("/news/a3.html", "news", "海岳人力：人工智能训练师企业内训与认定服务-齐鲁民生网", ["首页", "推广", "正文"], """
<h1>海岳人力：为济南企业提供人工智能训练师内训与认定对接服务</h1>
<p class="meta">2026-02-27 推广</p>
<p>山东海岳人力资源有限公司面向企业提供数据标注岗位内训，内训结束后协助企业对接已备案的评价机构开展职业技能等级认定。费用按企业人数报价，个人不接单。</p>
<p>企业报名表：jinshuju.net/f/HyHr01 ，联系电话 0531-82601935 ，统一社会信用代码 """ + USCCI3 + """ 。</p>
<p class="note">（本文为推广信息）</p>
""", True, "I03", "山东海岳人力资源有限公司",
     [("phone", "053182601935", "0531-82601935"), ("uscc", USCCI3, USCCI3)], "independent corporate-training advertorial")

# ====================================================================== wenda
page("/wenda/index.html", "wenda", "问吧百科-教育/考试", ["首页"], """
<h1>教育/考试 · 热门问题</h1><ul>
<li><a href="/wenda/q1001.html">青岛哪里可以考人工智能训练师？</a></li>
<li><a href="/wenda/q1002.html">人工智能训练师四级网课哪家好？</a></li>
<li><a href="/wenda/q1003.html">花钱买的人工智能训练师证书查不到怎么办？</a></li>
<li><a href="/wenda/q1004.html">零基础想转行数据标注，需要先考证吗？</a></li>
<li><a href="/wenda/q1005.html">人工智能训练师证能挂靠吗？</a></li></ul>
""", note="Q&A category page (non-offer)")

page("/wenda/q1001.html", "wenda", "青岛哪里可以考人工智能训练师？-问吧百科", ["首页", "教育/考试", "问题详情"], """
<h1>青岛哪里可以考人工智能训练师？</h1><p class="q">在黄岛上班，做了两年客服质检，想考个四级，有没有靠谱的机构？</p>
<div class="ans"><b>智宁教育-王老师</b>（认证：教育机构）：<p>你做质检两年还不够四级的年限，建议先考五级。我们智宁教育青岛市南、黄岛都有班，五级/四级都有，报名前先帮你核对条件。有问题可以加V: ZhiNing_AI 或者扣扣 2850163347 。</p></div>
<div class="ans"><b>网友_青岛大虾</b>：<p>我在人社局网站上查的备案机构，自己报的。有问题加我微信 shanshan0532 交流（帮朋友问的）。</p></div>
""", True, "U02", "智宁教育",
     [("wechat", "zhining_ai", "ZhiNing_AI"), ("qq", "2850163347", "2850163347")],
     "an agency rep's answer inviting enrolment; another answerer leaves a reader contact")

page("/wenda/q1002.html", "wenda", "人工智能训练师四级网课哪家好？-问吧百科", ["首页", "教育/考试", "问题详情"], """
<h1>人工智能训练师四级网课哪家好？</h1><p class="q">济南的，想先网课学，再去考点考。</p>
<div class="ans"><b>智教优学</b>：<p>可以看看我们智教优学的四级课，题库按2021版标准更新，济南有线下实操。老师微信 qczj2025 ，学员群 753 216 489 。</p></div>
<div class="ans"><b>匿名用户</b>：<p>网课都差不多，关键是实操多练。</p></div>
""", True, "U09", "智教优学",
     [("wechat", "qczj2025", "qczj2025"), ("qq_group", "753216489", "753 216 489")], "U09 answer under another brand")

page("/wenda/q1003.html", "wenda", "花钱买的人工智能训练师证书查不到怎么办？-问吧百科", ["首页", "教育/考试", "问题详情"], """
<h1>花钱买的人工智能训练师证书查不到怎么办？</h1><p class="q">对方说人社部颁发、包过，收了我3980，订单号 139120260318，证书到了查不到。对方号码 170-8531-6642 打不通了。</p>
<div class="ans"><b>法律咨询-刘律师</b>：<p>保留转账记录和聊天记录，向当地市场监管部门投诉（12315），涉嫌诈骗的向公安机关报案。正规证书可以在 zscx.osta.org.cn 查询。</p></div>
""", note="victim question (non-offer), quotes scam phone, order number and official contacts")

page("/wenda/q1004.html", "wenda", "零基础想转行数据标注，需要先考证吗？-问吧百科", ["首页", "教育/考试", "问题详情"], """
<h1>零基础想转行数据标注，需要先考证吗？</h1><p class="q">今年30岁，想转行。</p>
<div class="ans"><b>启明星培训-赵老师</b>：<p>不一定要先考证，先学技能找项目。我们启明星培训（青岛李沧）有数据标注就业班，8周，结业推荐实习，满一年后再考五级。电话 135-8927-0563 。</p></div>
""", True, "I04", "启明星培训", [("phone", "+8613589270563", "135-8927-0563")], "independent honest answer/offer")

page("/wenda/q1005.html", "wenda", "人工智能训练师证能挂靠吗？-问吧百科", ["首页", "职场", "问题详情"], """
<h1>人工智能训练师证能挂靠吗？</h1><p class="q">听说挂靠一年能拿两万？</p>
<div class="ans"><b>博睿考证-孙经理</b>：<p>可以的，我们博睿考证合作企业多，拿证即可安排挂靠，不用考试，资料齐全30天下证。详询(0532)66778120 。</p></div>
<div class="ans"><b>匿名用户</b>：<p>这个证没有挂靠价值，别信。</p></div>
""", True, "U07", "博睿考证", [("phone", "053266778120", "(0532)66778120")], "scam answer: 挂靠, no exam")

# ====================================================================== bbs
page("/bbs/index.html", "bbs", "泉城论坛-教育培训", ["论坛首页"], """
<h1>泉城论坛 · 教育培训</h1><ul>
<li><a href="/bbs/thread-1.html">[广告] 人工智能训练师四级 济南青岛都能报 送题库</a></li>
<li><a href="/bbs/thread-2.html">[维权] 被“包过”骗了3980，大家别上当</a></li>
<li><a href="/bbs/thread-3.html">[广告] 人工智能训练师全国统一报名 官网可查</a></li>
<li><a href="/bbs/thread-4.html">[广告] AI训练师三级 人社部证 包过 对公可开票</a></li>
<li><a href="/bbs/thread-5.html">[分享] 四级实操小组第5期，济南线下也能聚</a></li></ul>
""", note="forum board (non-offer)")

page("/bbs/thread-1.html", "bbs", "[广告] 人工智能训练师四级 济南青岛都能报 送题库-泉城论坛", ["论坛首页", "教育培训", "帖子"], """
<h1>[广告] 人工智能训练师四级 济南青岛都能报 送题库</h1>
<div class="post"><b>楼主 luxin_edu</b> 发表于 2026-03-02<p>鲁信教育常年招生：人工智能训练师四级、三级，通过率98%，年限不够可以想办法。送题库+模拟机考。电话 185 6190 7724 ，Q 3279045186 。</p></div>
<div class="post"><b>2楼 泉水叮咚</b><p>年限不够怎么想办法？</p></div>
""", True, "U04", "鲁信教育",
     [("phone", "+8618561907724", "185 6190 7724"), ("qq", "3279045186", "3279045186")], "forum ad hinting at fake work proof")

page("/bbs/thread-2.html", "bbs", "[维权] 被“包过”骗了3980，大家别上当-泉城论坛", ["论坛首页", "维权投诉", "帖子"], """
<h1>[维权] 被“包过”骗了3980，大家别上当</h1>
<div class="post"><b>楼主 历下小李</b> 发表于 2026-03-19<p>就是新闻里说的那个，号码17085316642 ，订单号 139120260318 。已经打了12315，也报了警。</p></div>
<div class="post"><b>2楼 老周</b><p>正规证书去 zscx.osta.org.cn 查。考之前先看评价机构有没有备案。</p></div>
""", note="complaint thread (non-offer), quotes scam phone and order number")

page("/bbs/thread-3.html", "bbs", "[广告] 人工智能训练师全国统一报名 官网可查-泉城论坛", ["论坛首页", "教育培训", "帖子"], """
<h1>[广告] 人工智能训练师全国统一报名 官网可查</h1>
<div class="post"><b>楼主 rgzn_baoming</b> 发表于 2026-03-11<p>【人工智能训练师报名中心】人工智能训练师国家职业资格证，人社部颁发，二级技师零基础可报，落户加分。证书官网查询：www.zgjnzscx.com ，报名加微信 rgzn_bm 。</p></div>
""", True, "U08", "人工智能训练师报名中心",
     [("domain", "zgjnzscx.com", "www.zgjnzscx.com"), ("wechat", "rgzn_bm", "rgzn_bm")], "scam ad with fake query site")

page("/bbs/thread-4.html", "bbs", "[广告] AI训练师三级 人社部证 包过 对公可开票-泉城论坛", ["论坛首页", "教育培训", "帖子"], """
<h1>[广告] AI训练师三级 人社部证 包过 对公可开票</h1>
<div class="post"><b>楼主 AI考证站</b> 发表于 2026-03-14<p>AI训练师考证站：三级/二级直报，不限学历，一次拿三证，包过，不过退款。单位报名可对公转账，户名济南启睿信息咨询有限公司，可开票。咨询 131-5612-8930 。</p></div>
""", True, "U03", "AI训练师考证站",
     [("phone", "+8613156128930", "131-5612-8930"), ("other", "济南启睿信息咨询有限公司", "济南启睿信息咨询有限公司")],
     "scam ad, same payee as shop/item-101")

page("/bbs/thread-5.html", "bbs", "[分享] 四级实操小组第5期，济南线下也能聚-泉城论坛", ["论坛首页", "教育培训", "帖子"], """
<h1>[分享] 四级实操小组第5期，济南线下也能聚</h1>
<div class="post"><b>楼主 老周</b> 发表于 2026-02-22<p>我的备考训练营第5期，599元6个周末，线上为主，最后一次在历城考点附近线下模拟（考点前台 0531-87651200 可以问机房开放时间）。报名QQ 1648823095 ，邮箱 1648823095@qq.com 。</p></div>
""", True, "U06", "老周", [("qq", "1648823095", "1648823095"), ("email", "1648823095@qq.com", "1648823095@qq.com")],
     "U06's camp posted on the forum")

# ====================================================================== fenlei
page("/fenlei/index.html", "fenlei", "青岛便民信息网-教育培训", ["首页"], """
<h1>教育培训 · 职业技能</h1><ul>
<li><a href="/fenlei/post-3301.html">智宁教育 人工智能训练师 四级/三级 市南黄岛开班</a></li>
<li><a href="/fenlei/post-3302.html">人工智能训练师证 不用考试 快速下证</a></li>
<li><a href="/fenlei/post-3303.html">泉城智教 AI训练师四级 网课+实操</a></li>
<li><a href="/fenlei/post-3304.html">李老师 数据标注一对一辅导</a></li>
<li><a href="/fenlei/post-3305.html">人工智能训练师四级 年限不够也能报</a></li>
<li><a href="/fenlei/post-3306.html">AI训练师 三证套餐 工信部认证</a></li>
<li><a href="/fenlei/post-3307.html">蓝海职校 人工智能训练师五级 周末班</a></li></ul>
""", note="classifieds category page (non-offer)")

page("/fenlei/post-3301.html", "fenlei", "智宁教育 人工智能训练师 四级/三级 市南黄岛开班-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>智宁教育 人工智能训练师 四级/三级 市南黄岛开班</h1>
<p>发布：2026-03-06 | 区域：市南区</p>
<p>青岛智宁 人工智能训练师认定培训，四级1980元，三级2680元，需符合报考年限。免费试听。</p>
<p>联系人：王老师 17806253391 ，全国热线 4008635172 。</p>
""", True, "U02", "青岛智宁",
     [("phone", "+8617806253391", "17806253391"), ("phone", "4008635172", "4008635172")], "U02 classified ad")

page("/fenlei/post-3302.html", "fenlei", "人工智能训练师证 不用考试 快速下证-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>人工智能训练师证 不用考试 快速下证 可挂靠</h1>
<p>发布：2026-03-09 | 区域：李沧区</p>
<p>博睿考证：AI训练师、碳排放管理师等各类证书，不用考试，资料齐全30天下证，可挂靠，年入2万。支持支付宝付款（支付宝客服95188可查交易）。</p>
<p>电话：13306398154 座机：0532-6677 8120 微信 borui_kz</p>
""", True, "U07", "博睿考证",
     [("phone", "+8613306398154", "13306398154"), ("phone", "053266778120", "0532-6677 8120"), ("wechat", "borui_kz", "borui_kz")],
     "scam classified: no exam, 挂靠")

page("/fenlei/post-3303.html", "fenlei", "泉城智教 AI训练师四级 网课+实操-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>泉城智教 AI训练师四级 网课+实操 青岛学员可线上</h1>
<p>发布：2026-03-12 | 区域：全市</p>
<p>四级网课1380元含题库，线下实操在济南，青岛学员可线上完成。报考条件按国家标准，不符合不收。</p>
<p>微信 QCZJ2025 ，邮箱 QCZJ_EDU@163.com</p>
""", True, "U09", "泉城智教",
     [("wechat", "qczj2025", "QCZJ2025"), ("email", "qczj_edu@163.com", "QCZJ_EDU@163.com")], "U09 classified ad")

page("/fenlei/post-3304.html", "fenlei", "李老师 数据标注一对一辅导-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>数据标注 / 人工智能训练师五级 一对一辅导</h1>
<p>发布：2026-03-13 | 区域：崂山区</p>
<p>本人在标注公司做质检组长，可一对一辅导五级理论和实操，200元/次。只辅导，不代报名。政策问题请打12333。</p>
<p>联系电话：150 9224 1876（李老师）</p>
<p class="tpl">【模板示例：联系电话 13800138000，请替换为您的号码】</p>
""", True, "I05", "李老师",
     [("phone", "+8615092241876", "150 9224 1876")], "independent tutor; left template placeholder")

page("/fenlei/post-3305.html", "fenlei", "人工智能训练师四级 年限不够也能报-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>人工智能训练师四级 年限不够也能报</h1>
<p>发布：2026-03-15 | 区域：城阳区</p>
<p>青岛鲁信教育：工作年限不够可协助开具证明，通过率98%，45天拿证。</p>
<p>电话/微信同号 18561907724 ，资料发 luxinzp@126.com</p>
""", True, "U04", "青岛鲁信教育",
     [("phone", "+8618561907724", "18561907724"), ("email", "luxinzp@126.com", "luxinzp@126.com")], "U04 classified ad")

page("/fenlei/post-3306.html", "fenlei", "AI训练师 三证套餐 工信部认证-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>智训学堂 AI训练师 四级+三级+AIGC 三证套餐</h1>
<p>发布：2026-03-16 | 区域：黄岛区</p>
<p>工信部认证，人社备案，包过。原价9999，现价1999。</p>
<p>服务热线：4000176638 手机：159 5418 7260</p>
<p class="tpl">【模板示例：联系电话 13800138000，请替换为您的号码】</p>
""", True, "U05", "智训学堂",
     [("phone", "4000176638", "4000176638"), ("phone", "+8615954187260", "159 5418 7260")],
     "U05 classified under another brand; template placeholder left in")

page("/fenlei/post-3307.html", "fenlei", "蓝海职校 人工智能训练师五级 周末班-青岛便民信息网", ["首页", "教育培训", "信息详情"], """
<h1>青岛蓝海职业培训学校 人工智能训练师五级周末班</h1>
<p>发布：2026-03-17 | 区域：市北区</p>
<p>五级60课时，周末上课，报名需从事相关工作满1年。认定考点：黄岛某职业技术学院（考点前台 0532-86069020）。</p>
<p>报名电话：0532-85903316 邮箱：lanhai_px@163.com</p>
""", True, "I06", "青岛蓝海职业培训学校",
     [("phone", "053285903316", "0532-85903316"), ("email", "lanhai_px@163.com", "lanhai_px@163.com")],
     "independent honest school classified")

# ====================================================================== rsj
page("/rsj/index.html", "rsj", "济南市人力资源和社会保障局-职业能力建设", ["首页"], """
<h1>职业能力建设 · 通知公告</h1><ul id="tzgg">
<li><a href="/rsj/notice-1.html">关于2026年第一季度人工智能训练师等职业技能等级认定计划的公告</a> 2026-03-01</li></ul>
<h2 id="zcjd">政策解读</h2><p>职业技能等级证书由经备案的用人单位和社会培训评价组织颁发，人社部门不直接颁发证书。请警惕“人社部颁发”“包过”等虚假宣传。</p>
""", note="人社局-style notice list (non-offer)")

page("/rsj/notice-1.html", "rsj", "关于2026年第一季度人工智能训练师等职业技能等级认定计划的公告", ["首页", "通知公告", "正文"], """
<h1>关于2026年第一季度人工智能训练师等职业技能等级认定计划的公告</h1>
<p class="meta">发布日期：2026-03-01 来源：职业能力建设处</p>
<p>一、人工智能训练师（4-04-05-05）五级、四级、三级认定计划，认定批次号 13701202603 。</p>
<p>二、认定由经备案的社会培训评价组织实施，考点设在历城区某技师学院（考点前台 0531-87651200）。</p>
<p>三、证书可在 zscx.osta.org.cn 查询，也可通过 jndj.osta.org.cn 核验。</p>
<p>四、政策咨询：12333；对违规培训收费、虚假宣传的，可向市场监管部门投诉（12315），也可登录 cpta.com.cn 查看山寨证书声明。</p>
""", note="official-style notice (non-offer)")

# ---------------------------------------------------------------- operators
OPERATORS = {
    "U01": ["济南鑫航职业技能培训学校", "鑫航职培", "泉城技能小店"],
    "U02": ["智宁AI学院", "智宁教育", "青岛智宁"],
    "U03": ["国家人工智能职业认证服务中心（山东）", "启睿教育", "AI训练师考证站"],
    "U04": ["鲁信职业技能", "鲁信教育", "青岛鲁信教育"],
    "U05": ["中科智训", "中科AI训练师考证", "智训学堂"],
    "U06": ["老周带你学标注", "周老师数据标注工作室", "老周"],
    "U07": ["博睿考证服务部", "博睿考证"],
    "U08": ["全国职业技能人才服务平台", "人工智能训练师报名处", "人工智能训练师报名中心"],
    "U09": ["泉城智教", "智教优学"],
}

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 official site"),
    ("phone", "4006158800", ["400-615-8800"], "shop platform's customer-service number (footer)"),
    ("email", "kefu@luyouxuan.com", ["kefu@luyouxuan.com"], "shop platform's e-mail (footer)"),
    ("domain", "luyouxuan.com", ["www.luyouxuan.com"], "shop platform's domain (footer)"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
    ("phone", "4001402108", ["400-140-2108"], "video platform's report line (footer)"),
    ("email", "jubao@kuaikanv.com", ["jubao@kuaikanv.com"], "video platform's report e-mail (footer)"),
    ("other", "鲁ICP备18047263号-2", ["鲁ICP备18047263号-2"], "blog host's ICP (footer)"),
    ("email", "admin@blogyz.net", ["admin@blogyz.net"], "blog host's webmaster e-mail (footer)"),
    ("phone", "053185196110", ["0531-85196110"], "news site's news hotline (footer)"),
    ("email", "tougao@qlmsw.com.cn", ["tougao@qlmsw.com.cn"], "news site's submissions e-mail (footer)"),
    ("qq", "800018866", ["800018866"], "Q&A platform's customer-service QQ (footer)"),
    ("email", "feedback@wenba.cn", ["feedback@wenba.cn"], "Q&A platform's feedback e-mail (footer)"),
    ("qq_group", "218563907", ["218563907"], "forum's own QQ group (footer)"),
    ("email", "bangwu@quanchengbbs.com", ["bangwu@quanchengbbs.com"], "forum moderators' e-mail (footer)"),
    ("phone", "053258796600", ["0532-58796600"], "classifieds site's customer service (footer)"),
    ("email", "jubao@qdbianmin.com", ["jubao@qdbianmin.com"], "classifieds site's report e-mail (footer)"),
    ("other", "鲁ICP备17021559号-1", ["鲁ICP备17021559号-1"], "classifieds site's ICP (footer)"),
    ("phone", "+8617085316642", ["17085316642", "170 8531 6642", "170-8531-6642"],
     "scammer's number quoted in news, a warning video, a complaint and a victim's question"),
    ("phone", "+8613912026031", ["139120260318"], "an order number that contains a mobile-like run"),
    ("phone", "+8613701202603", ["13701202603"], "exam batch number (认定批次号) shaped like a mobile"),
    ("other", "S000037012345265000123", ["S000037012345265000123"], "sample certificate number"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder left in classified ads"),
    ("wechat", "shanshan0532", ["shanshan0532"], "a reader's own WeChat left in comments/answers"),
    ("phone", "053187651200", ["0531-87651200"], "Jinan exam venue's front desk (third party)"),
    ("phone", "053286069020", ["0532-86069020"], "Qingdao exam venue's front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
]


# ---------------------------------------------------------------- rendering
def esc(s):
    return html.escape(s, quote=False)


def render(p):
    s = SITES[p["site"]]
    menu = " | ".join('<a href="%s">%s</a>' % (h, esc(t)) for t, h in s["menu"])
    crumbs = " &gt; ".join(['<a href="/%s/index.html">%s</a>' % (p["site"], esc(s["name"]))] +
                           [esc(c) for c in p["crumbs"][1:]])
    related = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]]
    rel = "".join('<li><a href="%s">%s</a></li>' % (q["path"], esc(q["title"].split("-")[0]))
                  for q in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<title>%s</title></head><body>\n"
            "<div class=\"header\"><a href=\"/%s/index.html\" class=\"logo\">%s</a><div class=\"nav\">%s</div></div>\n"
            "<div class=\"crumbs\">当前位置：%s</div>\n"
            "<div class=\"main\">%s</div>\n"
            "<div class=\"sidebar\">%s<h3>相关链接</h3><ul>%s</ul></div>\n"
            "<div class=\"footer\">%s<p><a href=\"/index.html\">网址导航</a></p></div>\n"
            "</body></html>\n") % (esc(p["title"]), p["site"], esc(s["name"]), menu, crumbs,
                                   p["body"].strip(), s["side"], rel, s["footer"])


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for p in PAGES:
        out = render(p)
        texts[p["path"]] = out
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(out)
    hub = ["<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航 · 济南青岛本周搜索</title></head><body>",
           "<h1>网址导航</h1><ul>"]
    for k, s in SITES.items():
        hub.append('<li><a href="/%s/index.html">%s</a>（%s）</li>' % (k, esc(s["name"]), esc(s["style"])))
    hub.append("</ul></body></html>\n")
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(hub))
    texts["/index.html"] = "\n".join(hub)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: every written identifier appears on its page
    for p in PAGES:
        for kind, value, written in p["identifiers"]:
            assert written in texts[p["path"]], (p["path"], written)
    pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                  identifiers=p["identifiers"], note=p["note"]) for p in PAGES]
    pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None,
                      identifiers=[], note="hub linking every site"))
    ops = {}
    for op, brands in OPERATORS.items():
        idents = []
        for p in PAGES:
            if p["operator"] == op:
                for kind, value, _ in p["identifiers"]:
                    if [kind, value] not in idents:
                        idents.append([kind, value])
        ops[op] = dict(brands=brands, identifiers=idents)
    decoys = []
    for kind, value, written, why in DECOYS:
        found = sorted(path for path, t in texts.items() if any(w in t for w in written))
        assert found, value
        decoys.append(dict(kind=kind, value=value, written=written, pages=found, why=why))
    truth = dict(pages=pages, operators=ops, decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
