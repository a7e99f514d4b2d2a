#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (4-04-05-05) certificate pages.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")

# ---------- USCC (GB 32100) with embedded GB 11714 organisation-code check ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(code8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W11714))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

U01_USCC = uscc("52220502", "MJ5C2761")   # 民办非企业 (training school)
U03_USCC = uscc("91110108", "MA01R7K3")
U07_USCC = uscc("91440300", "MA5GQ2N8")
U09_USCC = uscc("91220502", "MA17D4W6")
KT_USCC = uscc("91330106", "MA2H8T4C")    # marketplace's own licence (decoy)

# ---------- sites ----------
SITES = {
 "zhilian": dict(name="通化智联职业培训学校", kind="training", color="#0a5ea8",
   menu=[("首页", "/zhilian/index.html"), ("培训项目", "/zhilian/kecheng/ai-xunlianshi.html"), ("学校简介", "/zhilian/index.html#about"), ("联系我们", "/zhilian/index.html#contact")],
   footer="通化智联职业培训学校 版权所有 | 地址:通化市东昌区新华大街 2188 号 3 楼 | 吉ICP备2021003417号-1 | www.thzlpx.com"),
 "ketang": dict(name="课堂网 · 职业技能课", kind="marketplace", color="#e3562a",
   menu=[("首页", "/ketang/index.html"), ("职业资格", "/ketang/index.html#zy"), ("IT互联网", "/ketang/index.html#it"), ("我的课程", "/ketang/index.html#my"), ("讲师入驻", "/ketang/index.html#join")],
   footer="课堂网 www.ketangwang.cn 客服热线 400-018-6600(9:00-21:00)| 投诉邮箱 kefu@ketangwang.cn | 杭州课堂网络科技有限公司 统一社会信用代码 " + KT_USCC + " | 浙ICP备18033170号"),
 "luntan": dict(name="通化论坛 · 教育培训版", kind="forum", color="#3c7a3c",
   menu=[("论坛首页", "/luntan/index.html"), ("通化杂谈", "/luntan/index.html#zt"), ("教育培训", "/luntan/index.html"), ("求职招聘", "/luntan/index.html#zp"), ("曝光台", "/luntan/index.html#bg")],
   footer="通化论坛 bbs.thlt.net | 网友交流QQ群:612948730 | 违法和不良信息举报 | 吉ICP备17002290号-2"),
 "fenlei": dict(name="通化百姓分类网", kind="classifieds", color="#f08a00",
   menu=[("通化首页", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#jy"), ("招聘", "/fenlei/index.html#zp"), ("二手", "/fenlei/index.html#es"), ("免费发布", "/fenlei/index.html#fb")],
   footer="百姓分类网 th.bxfenlei.com | 客服电话 4006-258-058 | 谨防诈骗:凡是要求先交押金、培训费的招聘信息请提高警惕 | 吉ICP备19004521号"),
 "wenda": dict(name="知道问答", kind="qa", color="#2e65c8",
   menu=[("问答首页", "/wenda/index.html"), ("职业培训", "/wenda/index.html#px"), ("考试认证", "/wenda/index.html#ks"), ("我要提问", "/wenda/index.html#ask")],
   footer="知道问答 wd.zhidaowenda.com | 意见反馈QQ:2968431057 | 回答内容仅代表网友观点 | 京ICP备16051180号"),
 "wxwz": dict(name="微文摘 · 公众号文章聚合", kind="wechat", color="#07c160",
   menu=[("首页", "/wxwz/index.html"), ("教育", "/wxwz/index.html#jy"), ("职场", "/wxwz/index.html#zc"), ("本地", "/wxwz/index.html#bd")],
   footer="微文摘 www.weiwenzhai.net 转载内容版权归原公众号所有,如有侵权请联系删除 | 投稿/删稿:tougao@weiwenzhai.net | 商务合作微信:wwz_bd | 沪ICP备20011672号"),
 "dsp": dict(name="快视频 · 知识号", kind="video", color="#111111",
   menu=[("推荐", "/dsp/index.html"), ("同城", "/dsp/index.html#tc"), ("知识", "/dsp/index.html#zs"), ("直播", "/dsp/index.html#zb")],
   footer="快视频 kspvideo.cn | 网络文化经营许可证 京网文〔2021〕1187-066号 | 未成年人举报 | 京ICP备21008765号"),
 "xinwen": dict(name="通化城事网", kind="news", color="#b5121b",
   menu=[("首页", "/xinwen/index.html"), ("本地新闻", "/xinwen/index.html#bd"), ("教育", "/xinwen/index.html#jy"), ("商讯", "/xinwen/index.html#sx"), ("民生热线", "/xinwen/index.html#rx")],
   footer="通化城事网 版权所有 新闻热线 报料邮箱 thxw@thxww.cn | 本站“商讯”栏目为广告信息,不代表本站观点 | 吉ICP备15001123号"),
 "rsj": dict(name="通化市人力资源和社会保障局(模拟)", kind="gov", color="#8b0000",
   menu=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tz"), ("政策文件", "/rsj/index.html#zc"), ("职业技能", "/rsj/index.html#jn")],
   footer="主办:通化市人力资源和社会保障局 | 咨询电话:12333 | 技能证书查询:zscx.osta.org.cn | 网站标识码 2205000012"),
 "shop": dict(name="淘小铺 · 教育培训类目", kind="shop", color="#ff5000",
   menu=[("淘小铺首页", "/shop/index.html"), ("教育培训", "/shop/index.html#jy"), ("图书", "/shop/index.html#ts"), ("购物车", "/shop/index.html#cart")],
   footer="淘小铺 www.taoxiaopu.cn | 交易安全:请使用平台担保交易,支付问题可联系支付宝客服 95188 | 浙B2-20190331"),
 "blog": dict(name="老周的职场笔记(博客)", kind="blog", color="#5a4a7a",
   menu=[("博客首页", "/blog/index.html"), ("职场", "/blog/index.html#zc"), ("考证", "/blog/index.html#kz"), ("关于", "/blog/index.html#about")],
   footer="老周的职场笔记 · 基于开源博客程序搭建 | 部分文章为读者投稿,观点不代表博主 | 豫ICP备22014473号-1"),
}

BLOG_FORM = ('<div class="comment-form"><h4>发表评论</h4><input name="nick" placeholder="昵称">'
             '<input name="tel" placeholder="手机号,如 13800138000(选填)"><input name="mail" placeholder="邮箱,如 yourname@example.com">'
             '<textarea placeholder="说点什么..."></textarea><button>提交</button></div>')

PAGES = []  # dicts

def page(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note="", crumbs=None, side=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(i) for i in ids], note=note,
                      crumbs=crumbs or [], side=side))

# =============================== zhilian (U01 own site) ===============================
page("/zhilian/kecheng/ai-xunlianshi.html", "zhilian", "人工智能训练师(四级/五级)职业技能等级培训招生简章",
"""<h1>人工智能训练师(职业编码 4-04-05-05)职业技能等级培训招生简章</h1>
<p class="meta">发布:教务处 | 2026年3月</p>
<p>我校为通化市人社部门备案的职业技能培训机构,现面向社会招收人工智能训练师(数据标注员方向)五级/四级培训学员。培训结束后由经备案的评价机构组织理论知识考试和操作技能考核,合格者颁发职业技能等级证书,可在技能人才评价证书全国联网查询系统 zscx.osta.org.cn 查询。</p>
<h2>报名条件</h2><ul><li>五级:在本职业或相关职业累计工作满1年,或本职业学徒期满;</li><li>四级:取得五级证书后累计从事本职业4年,或累计工作6年;或技工学校相关专业毕业(含在读最后一年)。</li></ul>
<p>本校不承诺“包过”,考核不合格可参加一次补考。符合条件的参保职工取证后可按规定申领技能提升补贴(五级最高1000元、四级最高1500元),以人社部门审核为准,政策咨询可拨打 12333。</p>
<h2>课程安排</h2><table><tr><th>等级</th><th>课时</th><th>培训费</th></tr><tr><td>五级</td><td>60课时</td><td>1280元</td></tr><tr><td>四级</td><td>50课时</td><td>1580元</td></tr></table>
<p>本期为市补贴性培训班,班期编号 18820260315。考核地点:通化市职业技能鉴定考点(考点前台 0435-3920115,仅负责考场事务,不受理报名)。</p>
<h2 id="contact">报名咨询</h2>
<p>招生办电话:0435-3216688 / 139 4351 2876(张老师)<br>办学许可及登记:民办非企业单位,统一社会信用代码 """ + U01_USCC + """<br>学校官网:www.thzlpx.com 吉ICP备2021003417号-1</p>""",
True, "U01", "通化智联职业培训学校",
[("phone", "04353216688", "0435-3216688"), ("phone", "+8613943512876", "139 4351 2876"), ("uscc", U01_USCC, U01_USCC),
 ("domain", "thzlpx.com", "www.thzlpx.com"), ("other", "吉ICP备2021003417号-1", "吉ICP备2021003417号-1")],
"U01 own school site, honest enrolment brochure for levels 5/4",
crumbs=[("首页", "/zhilian/index.html"), ("培训项目", "/zhilian/kecheng/ai-xunlianshi.html")],
side="<h4>热门培训</h4><ul><li>人工智能训练师</li><li>低压电工作业</li><li>育婴员</li><li>中式烹调师</li></ul>")

# =============================== ketang marketplace ===============================
KT_SIDE = "<h4>相关课程</h4><ul><li><a href='/ketang/course-1021.html'>人工智能训练师五级</a></li><li><a href='/ketang/course-2207.html'>AI训练师三级冲刺</a></li><li><a href='/ketang/course-4412.html'>数据标注实操</a></li></ul><p class='tip'>平台提示:请勿脱离平台私下转账</p>"
def kt(path, title, body, op, prov, ids, note):
    page(path, "ketang", title, body, True, op, prov, ids, note,
         crumbs=[("课堂网", "/ketang/index.html"), ("职业资格", "/ketang/index.html#zy"), (title[:10], path)], side=KT_SIDE)

kt("/ketang/course-1021.html", "人工智能训练师(五级)线上+线下培训 通化班",
"""<h1>人工智能训练师(五级)线上+线下培训 通化班</h1><div class="price">¥1280 <s>¥1680</s> 已有 326 人报名</div>
<p>机构:<b>智联职培</b>(认证机构)| 评分 4.8</p>
<div class="desc"><p>课程包含:人工智能基础、数据采集与处理、数据标注(图像/文本/语音)、质检与交付。线上录播40课时+线下实操20课时,线下在通化市东昌区上课。</p>
<p>报考需满足人工智能训练师国家职业技能标准(2021年版)五级申报条件,课程顾问会先帮您核对工作年限。证书为职业技能等级证书,非职业资格证书。</p>
<p>课程顾问(同微信):139-4351-2876</p></div>
<div class="reviews"><p>学员“通化小林”:老师讲得细,实操多。</p></div>""",
"U01", "智联职培", [("phone", "+8613943512876", "139-4351-2876")], "U01 course listing on marketplace under short brand")

kt("/ketang/course-2207.html", "【三级同报】人工智能训练师 零基础直达高级工 官网可查",
"""<h1>【三级同报】人工智能训练师 零基础直达高级工 官网可查</h1><div class="price">¥3980 <s>¥9999</s> 限时特惠</div>
<p>机构:<b>中科慧训</b> | 评分 4.9</p>
<div class="desc"><p>不限学历、不限经验、无门槛!五级、四级、三级三证同报,一次考试三本证书,人社部颁发国家职业资格证书,入库可查、全国通用。</p>
<p>通过率98%,不过全额退费。证书可在 cx.huixunedu.cn 官网查询。</p>
<p>全国统一招生热线:400-867-2135 官网:huixunedu.cn</p></div>""",
"U03", "中科慧训", [("phone", "4008672135", "400-867-2135"), ("domain", "huixunedu.cn", "huixunedu.cn")],
"U03 misleading marketplace listing: three levels at once, 人社部颁发, fake query domain")

kt("/ketang/course-3310.html", "人工智能训练师(数据标注员)四级 补贴培训班",
"""<h1>人工智能训练师(数据标注员)四级 补贴培训班</h1><div class="price">¥1500</div>
<p>机构:<b>鼎信职业技能培训</b> | 评分 4.7</p>
<div class="desc"><p>面向已取得五级证书、从事数据标注工作满4年的学员。理论+实操,考核由备案评价机构组织。</p>
<p>参保满1年的职工取证后可申请失业保险技能提升补贴(四级最高1500元),详情咨询当地 12333。</p>
<p>机构座机:0435-5067321(工作日 8:30-17:00)</p></div>""",
"U06", "鼎信职业技能培训", [("phone", "04355067321", "0435-5067321")], "U06 honest level-4 course")

kt("/ketang/course-4412.html", "人工智能训练师三级 晋升课 证书对应职称", 
"""<h1>人工智能训练师三级 晋升课 证书对应职称</h1><div class="price">¥2680</div>
<p>机构:<b>英腾职教</b> | 评分 4.6</p>
<div class="desc"><p>适合已持四级证书人员。三级即高级工,职业技能等级证书直接对应职称证书,可评“人工智能助理工程师”。</p>
<p>证书编号示例:S000022071234263000158(以实际发放为准)。</p>
<p>咨询:159 4459 6012(刘老师)</p></div>""",
"U09", "英腾职教", [("phone", "+8615944596012", "159 4459 6012")], "U09 level-3 course with 职称 overclaim")

kt("/ketang/course-5108.html", "数据标注实战+人工智能训练师五级考证辅导",
"""<h1>数据标注实战+人工智能训练师五级考证辅导</h1><div class="price">¥899</div>
<p>机构:<b>码上标注学院</b> | 评分 4.5</p>
<div class="desc"><p>手把手教你使用常见标注工具,完成图像框选、语义分割、文本分类项目。附五级理论题库讲解,不含考核费。</p>
<p>课程答疑请加助教微信 mashang_biaozhu,或发邮件 service@mashangbz.com</p></div>""",
"I03", "码上标注学院", [("wechat", "mashang_biaozhu", "mashang_biaozhu"), ("email", "service@mashangbz.com", "service@mashangbz.com")],
"independent online course")

# =============================== luntan forum ===============================
LT_SIDE = "<h4>版块热帖</h4><ul><li><a href='/luntan/thread-88240.html'>曝光:交了3800的AI证书钱联系不上了</a></li><li><a href='/luntan/thread-88101.html'>人工智能训练师证挂靠</a></li></ul><p>版主:雪山飞狐 | 发帖须知</p>"
def lt(path, title, body, op=None, prov=None, ids=(), note="", offer=True):
    page(path, "luntan", title, body, offer, op, prov, ids, note,
         crumbs=[("通化论坛", "/luntan/index.html"), ("教育培训", "/luntan/index.html"), ("帖子", path)], side=LT_SIDE)

lt("/luntan/thread-88101.html", "【长期招】人工智能训练师证书挂靠,一年轻松两三万",
"""<div class="post"><div class="author">楼主:博途人力小陈 | 发表于 2026-03-09</div><h1>【长期招】人工智能训练师证书挂靠,一年轻松两三万</h1>
<p>新职业缺口大,企业申报资质急需人工智能训练师持证人员,证书挂靠一年两三万躺赚。没有证的我们可以帮考,零基础两个月拿三级,包过!</p>
<p>长春博途职教 陈经理 186 0431 8862(电话同微信)</p></div>
<div class="reply"><b>2楼 通化老铁:</b> 新职业证书挂靠?没听说过,谨慎。</div>
<div class="reply"><b>3楼 小丽在通化:</b> 想了解下,我V: xiaoli_th0435 求私信</div>""",
"U04", "长春博途职教", [("phone", "+8618604318862", "186 0431 8862")], "U04 挂靠 lure + 包过 post")

lt("/luntan/thread-88132.html", "有考人工智能训练师的吗?可以代报名,加我",
"""<div class="post"><div class="author">楼主:王老师AI考证 | 发表于 2026-03-11</div><h1>有考人工智能训练师的吗?可以代报名,加我</h1>
<p>全国都能报,在家网课,考试也是线上,五级四级都能安排,提交资料就行不用管工作年限,我们来弄。费用私聊。</p>
<p>扣扣 1827364055,薇 wlsai668</p></div>
<div class="reply"><b>2楼 梅河人:</b> 工作年限不用管?这靠谱吗</div>
<div class="reply"><b>3楼 王老师AI考证:</b> 放心,做了好几年了</div>""",
"U05", "王老师AI考证", [("qq", "1827364055", "1827364055"), ("wechat", "wlsai668", "wlsai668")], "U05 individual agent, ignores eligibility")

lt("/luntan/thread-88190.html", "数据标注员 在家可做 先培训拿证后上岗 月入6000+",
"""<div class="post"><div class="author">楼主:数标HR-Amy | 发表于 2026-03-12</div><h1>数据标注员 在家可做 先培训拿证后上岗 月入6000+</h1>
<p>深圳数标科技长期招聘数据标注员,无经验可培训,需先参加人工智能训练师(数据标注员)岗前培训并取证,培训费1980,取证后协议就业,保底月入6000。</p>
<p>应聘请加招聘群 736-215-904,或加HR微信 shubiao_hr01</p></div>
<div class="reply"><b>2楼 打工人:</b> 招聘要先交钱的都要小心</div>""",
"U07", "深圳数标科技", [("qq_group", "736215904", "736-215-904"), ("wechat", "shubiao_hr01", "shubiao_hr01")],
"U07 job-plus-training-fee scheme")

lt("/luntan/thread-88215.html", "梅河口 人工智能训练师五级 周末班开课啦",
"""<div class="post"><div class="author">楼主:启航培训梅河口 | 发表于 2026-03-14</div><h1>梅河口 人工智能训练师五级 周末班开课啦</h1>
<p>启航培训梅河口校区,周末班,每班20人,实操为主。报名需提供一年以上相关工作证明。学费1200元,可开发票。</p>
<p>报名电话 151-4357-8821</p></div>""",
"I04", "启航培训", [("phone", "+8615143578821", "151-4357-8821")], "independent local school post")

lt("/luntan/thread-88240.html", "曝光:交了3800的AI证书钱联系不上了,大家别上当",
"""<div class="post"><div class="author">楼主:受骗的小郑 | 发表于 2026-03-15</div><h1>曝光:交了3800的AI证书钱联系不上了,大家别上当</h1>
<p>上个月刷视频看到“人工智能训练师三级包过”,对方用 171-9043-7726 给我打电话,说人社部颁发、入库可查,我转了3800,现在电话打不通,微信也把我删了。已经打了 12315 投诉,也报警了。</p></div>
<div class="reply"><b>2楼 热心网友:</b> 证书真假去 zscx.osta.org.cn 查,查不到的都是假的。</div>
<div class="reply"><b>3楼 同病相怜:</b> 我也是这个号码骗的!我电话 15043596688,有同样情况的联系我一起维权</div>""",
None, None, (), "complaint thread (non-offer), quotes scam number and reader contacts", offer=False)

# =============================== fenlei classifieds ===============================
FL_SIDE = "<h4>通化 教育培训 推荐</h4><ul><li><a href='/fenlei/post-3391020.html'>人工智能训练师五级</a></li><li><a href='/fenlei/post-3391457.html'>数据标注员招聘</a></li></ul><p class='warn'>安全提示:不要提前支付任何费用</p>"
def fl(path, title, body, op, prov, ids, note):
    page(path, "fenlei", title, body, True, op, prov, ids, note,
         crumbs=[("通化百姓分类网", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html#jy"), ("职业技能培训", path)], side=FL_SIDE)

fl("/fenlei/post-3391020.html", "人工智能训练师五级/四级培训 可申请补贴 东昌区",
"""<h1>人工智能训练师五级/四级培训 可申请补贴 东昌区</h1><div class="info">类别:职业技能培训 | 区域:东昌区 | 发布:2026-03-05 | 浏览 1032 次</div>
<p>通化智联教育,人社备案培训机构,人工智能训练师五级、四级常年招生,小班授课。参保职工取证可按政策申请技能提升补贴。</p>
<p>联系人:张老师 电话:0435 3216688 微信:zltraining0435</p>""",
"U01", "通化智联教育", [("phone", "04353216688", "0435 3216688"), ("wechat", "zltraining0435", "zltraining0435")],
"U01 classified ad under variant brand")

fl("/fenlei/post-3391188.html", "AI训练师证 三个月拿证 可挂靠 长春/通化均可",
"""<h1>AI训练师证 三个月拿证 可挂靠 长春/通化均可</h1><div class="info">类别:职业技能培训 | 区域:全市 | 发布:2026-03-07</div>
<p>博途人力资源,专业办理人工智能训练师等新职业证书,三个月拿证,持证可挂靠企业,年收益可观。</p>
<p>公司座机 0431-85927730,手机 18604318862</p>""",
"U04", "博途人力资源", [("phone", "043185927730", "0431-85927730"), ("phone", "+8618604318862", "18604318862")],
"U04 classified: certificate + 挂靠")

fl("/fenlei/post-3391302.html", "人工智能训练师 全国报名 网课 代报名",
"""<h1>人工智能训练师 全国报名 网课 代报名</h1><div class="info">类别:职业技能培训 | 区域:不限 | 发布:2026-03-08</div>
<p>王老师,专注新职业考证,人工智能训练师五级四级三级均可报,资料我们帮你整理,不限专业。</p>
<p>电话 135 0445 2398 微信 wlsai668</p>""",
"U05", "王老师", [("phone", "+8613504452398", "135 0445 2398"), ("wechat", "wlsai668", "wlsai668")], "U05 classified")

fl("/fenlei/post-3391457.html", "【急招】数据标注员20名 居家办公 培训上岗",
"""<h1>【急招】数据标注员20名 居家办公 培训上岗</h1><div class="info">类别:招聘-兼职 | 薪资:6000-9000 | 发布:2026-03-10</div>
<p>深圳数标科技有限公司,急招数据标注员,零基础可做,入职前统一参加人工智能训练师岗前培训(培训费另计),取证后安排项目。</p>
<p>HR电话:177 2754 8831 | 应聘QQ群:736215904</p>""",
"U07", "深圳数标科技有限公司", [("phone", "+8617727548831", "177 2754 8831"), ("qq_group", "736215904", "736215904")],
"U07 job ad with training fee")

fl("/fenlei/post-3391610.html", "个人辅导人工智能训练师五级理论考试",
"""<h1>个人辅导人工智能训练师五级理论考试</h1><div class="info">类别:家教辅导 | 区域:二道江区 | 发布:2026-03-12</div>
<p>本人曾参与企业数据标注项目,可一对一辅导五级理论和实操,只收辅导费200元/次,不代报名不卖证。</p>
<p>李老师 13614357702</p>""",
"I01", "李老师", [("phone", "+8613614357702", "13614357702")], "independent individual tutor")

# =============================== wenda Q&A ===============================
WD_SIDE = "<h4>相关问题</h4><ul><li><a href='/wenda/q-51207.html'>人工智能训练师证书怎么辨别真假?</a></li><li><a href='/wenda/q-50913.html'>人工智能训练师零基础能考吗?</a></li></ul>"
def wd(path, title, body, op=None, prov=None, ids=(), note="", offer=True):
    page(path, "wenda", title, body, offer, op, prov, ids, note,
         crumbs=[("知道问答", "/wenda/index.html"), ("考试认证", "/wenda/index.html#ks"), ("问题", path)], side=WD_SIDE)

wd("/wenda/q-50913.html", "人工智能训练师零基础能考吗?考哪个级别好?",
"""<h1>人工智能训练师零基础能考吗?考哪个级别好?</h1><p class="q">提问者:匿名用户 | 2026-03-02</p>
<div class="ans best"><div class="who">最佳回答 · 启智AI学院-课程顾问</div>
<p>可以的,我们这边零基础直接报三级甚至二级技师都行,国家职业资格证书,人社部颁发,包过,拿证升职加薪。具体加Q咨询:QQ:2853 316 470</p></div>
<div class="ans"><div class="who">网友 · 北漂十年</div><p>别信“零基础报二级”,按标准二级要三级证加好几年工作经验。</p></div>""",
"U02", "启智AI学院", [("qq", "2853316470", "2853 316 470")], "U02 Q&A answer used as ad")

wd("/wenda/q-51033.html", "通化哪里可以报人工智能训练师?",
"""<h1>通化哪里可以报人工智能训练师?</h1><p class="q">提问者:东昌小吴 | 2026-03-06</p>
<div class="ans"><div class="who">网友回答 · 王老师AI考证</div>
<p>不用在通化找,我这全国都能报,网课学习,资料帮你弄好,扣扣 1827 3640 55 直接找我</p></div>
<div class="ans"><div class="who">网友 · 通化土著</div><p>可以问问市里的培训学校,补贴班便宜。</p></div>""",
"U05", "王老师AI考证", [("qq", "1827364055", "1827 3640 55")], "U05 Q&A answer")

wd("/wenda/q-51120.html", "人工智能训练师证书在哪里考?北京有机构吗?",
"""<h1>人工智能训练师证书在哪里考?北京有机构吗?</h1><p class="q">提问者:匿名 | 2026-03-08</p>
<div class="ans"><div class="who">认证回答 · 华智鉴定服务</div>
<p>北京华智鉴定服务可以为企业员工组织人工智能训练师培训和报名,按标准审核申报条件。企业团报请致电 400 187 6520。</p></div>""",
"I05", "华智鉴定服务", [("phone", "4001876520", "400 187 6520")], "independent institution answer")

wd("/wenda/q-51207.html", "人工智能训练师证书怎么辨别真假?",
"""<h1>人工智能训练师证书怎么辨别真假?</h1><p class="q">提问者:怕被骗 | 2026-03-10</p>
<div class="ans best"><div class="who">最佳回答 · 人力资源从业者</div>
<p>1. 人工智能训练师是职业技能等级证书,由备案的评价机构颁发,不是“人社部颁发”,也不是国家职业资格证书。</p>
<p>2. 证书编号是22位,一个大写字母加21位数字,例如 S000022071234263000158 这种格式。</p>
<p>3. 到技能人才评价工作网 osta.mohrss.gov.cn 或全国联网查询 zscx.osta.org.cn 查,其他网站说“官网可查”的要警惕。</p>
<p>4. 拿不准就打 12333 问当地人社。</p></div>
<div class="ans"><div class="who">网友 · 同病相怜</div><p>我被骗过,15043596688 欢迎私聊交流。</p></div>""",
None, None, (), "guide answer (non-offer) with official hotline/sites and reader contact", offer=False)

# =============================== wxwz WeChat reposts ===============================
WX_SIDE = "<h4>相关阅读</h4><ul><li><a href='/wxwz/a-20260312-01.html'>通化人注意!这个证补贴最高1500</a></li><li><a href='/wxwz/a-20260313-02.html'>2026年最火新职业证书</a></li></ul><p>扫码关注“微文摘”</p>"
def wx(path, title, acct, body, op, prov, ids, note):
    page(path, "wxwz", title, "<h1>" + title + "</h1><p class='acct'>原创 " + acct + " | 转载自公众号</p>" + body + "<p class='end'>阅读 10万+ | 在看</p>",
         True, op, prov, ids, note, crumbs=[("微文摘", "/wxwz/index.html"), ("教育", "/wxwz/index.html#jy"), ("正文", path)], side=WX_SIDE)

wx("/wxwz/a-20260312-01.html", "通化人注意!这个新职业证书取证后补贴最高1500元", "智联职业教育",
"""<p>人工智能训练师是2020年人社部等部门发布的新职业,职业编码4-04-05-05。通化智联职业培训学校本期补贴班(班期编号 18820260315)正在报名,五级、四级均可。</p>
<p>要提醒大家的是:申请补贴要求参加失业保险满1年,具体以人社部门审核为准。</p>
<p>报名方式:添加招生老师微信 ZLtraining0435,或登录 www.thzlpx.com 在线登记。</p>""",
"U01", "通化智联职业培训学校", [("wechat", "zltraining0435", "ZLtraining0435"), ("domain", "thzlpx.com", "www.thzlpx.com")],
"U01 WeChat article repost")

wx("/wxwz/a-20260313-02.html", "2026年最火新职业证书!人社部颁发,零基础包过,拿证月薪过万", "启智未来教育",
"""<p>AI时代来了!人工智能训练师国家职业资格证书,人社部颁发,全国通用,入库可查!零基础、不限学历、不限年龄,一次报名五级四级三级三证同拿,包过!</p>
<p>原价9999,限时只要1980!名额有限,先到先得。</p>
<p>报名表填写:https://www.wjx.cn/vm/qzwl2026.aspx</p>
<p>咨询电话:15584367219 微信:QZWL-AI2026</p>""",
"U02", "启智未来教育", [("phone", "+8615584367219", "15584367219"), ("wechat", "qzwl-ai2026", "QZWL-AI2026")],
"U02 scam advertorial repost")

wx("/wxwz/a-20260314-03.html", "人工智能训练师证书挂靠?一文讲清收益", "博途职教",
"""<p>很多朋友问,考了人工智能训练师能做什么?除了就业,还可以将证书挂靠给有资质需求的企业,每年获得稳定收入。博途职教可全程代办考证、对接挂靠企业。</p>
<p>长春总部:(0431)8592 7730,欢迎来电。</p>""",
"U04", "博途职教", [("phone", "043185927730", "(0431)8592 7730")], "U04 挂靠 advertorial")

wx("/wxwz/a-20260315-04.html", "东昌区人工智能训练师四级补贴班开课通知", "鼎信职培",
"""<p>东昌区鼎信职业技能培训中心本期人工智能训练师(数据标注员)四级补贴班(班期编号 18820260315)将于4月开课,报名需已取得五级证书并满足工作年限要求。</p>
<p>咨询:133 3158 6045(周老师);报名材料发送至 dxpx0435@163.com</p>""",
"U06", "东昌区鼎信职业技能培训中心", [("phone", "+8613331586045", "133 3158 6045"), ("email", "dxpx0435@163.com", "dxpx0435@163.com")],
"U06 honest course notice")

wx("/wxwz/a-20260316-05.html", "AIGC+人工智能训练师双证班,7天速成,90%小白都能学会", "灵犀AI学苑",
"""<p>AIGC应用师+人工智能训练师双证同拿,7天速成,90%小白都能学会!课程99元体验,正式班2980元含考证服务。</p>
<p>报名表:https://www.wjx.cn/vm/lingxi99.aspx</p>
<p>更多课程请访问 lingxi-ai.com.cn,课程顾问微信 lingxi_aigc</p>""",
"U08", "灵犀AI学苑", [("domain", "lingxi-ai.com.cn", "lingxi-ai.com.cn"), ("wechat", "lingxi_aigc", "lingxi_aigc")],
"U08 double-cert speed course advertorial")

# =============================== dsp short video ===============================
DS_SIDE = "<h4>相关推荐</h4><ul><li><a href='/dsp/v-7301885.html'>三级包过?</a></li><li><a href='/dsp/v-7302210.html'>AI训练师一个月拿证</a></li></ul>"
def ds(path, title, author, desc, comments, op, prov, ids, note):
    body = ("<div class='player'>[视频] " + title + "</div><div class='author'>@" + author + " · 粉丝 2.3万</div><h1>" + title + "</h1><p class='desc'>" + desc + "</p>"
            "<div class='comments'><h4>评论</h4>" + "".join("<p>" + c + "</p>" for c in comments) + "</div>")
    page(path, "dsp", title, body, True, op, prov, ids, note, crumbs=[("快视频", "/dsp/index.html"), ("知识", "/dsp/index.html#zs"), ("视频", path)], side=DS_SIDE)

ds("/dsp/v-7301885.html", "人工智能训练师三级包过 零基础也能考", "启智AI学院",
"零基础报三级,人社部颁发,包过不过退费!#人工智能训练师 #考证 详情V❤:qzwl-ai2026",
["网友A:真的包过吗", "启智AI学院(作者):私信或加V", "网友B:三级不是要四级证吗?"],
"U02", "启智AI学院", [("wechat", "qzwl-ai2026", "qzwl-ai2026")], "U02 short video")

ds("/dsp/v-7302004.html", "一个视频讲清:人工智能训练师三证同报", "中科慧训官方",
"五级四级三级一起报,一次考完,证书官网可查。全国招生热线 400 867 2135,北京招生办 182-1053-7764",
["网友C:多少钱", "中科慧训官方(作者):3980三证"],
"U03", "中科慧训", [("phone", "4008672135", "400 867 2135"), ("phone", "+8618210537764", "182-1053-7764")], "U03 short video")

ds("/dsp/v-7302210.html", "AI训练师一个月拿证,不用管工作年限", "王老师说考证",
"资料我们帮你弄,网课+线上考,一个月拿证。薇: wlsai668",
["网友D:我想报四级", "小丽在通化:求带,我V: xiaoli_th0435", "王老师说考证(作者):已私信"],
"U05", "王老师说考证", [("wechat", "wlsai668", "wlsai668")], "U05 short video")

ds("/dsp/v-7302377.html", "原价9999限时99!AIGC+AI训练师双证体验课", "灵犀AI学苑",
"90%小白都能学会,7天拿双证。课程顾问微信:LingXi_AIGC",
["网友E:99元包证书吗", "灵犀AI学苑(作者):正式班含考证服务"],
"U08", "灵犀AI学苑", [("wechat", "lingxi_aigc", "LingXi_AIGC")], "U08 short video")

ds("/dsp/v-7302481.html", "数据标注怎么入门?顺便说说人工智能训练师五级", "AI小周老师",
"我的五级备考小班本周开课,每期10人,有一年相关工作经历再报。报名表:https://www.wjx.cn/vm/zhouai.aspx 报名加微信 zhouai_2026",
["网友F:小周老师讲得清楚"],
"I06", "AI小周老师", [("wechat", "zhouai_2026", "zhouai_2026")], "independent creator's small class")

# =============================== xinwen news ===============================
XW_SIDE = "<h4>热点</h4><ul><li><a href='/xinwen/n-20260318.html'>警惕“三级包过”AI证书骗局</a></li><li><a href='/xinwen/sx-20260311.html'>商讯:AI训练师培训</a></li></ul>"
def xw(path, title, body, op=None, prov=None, ids=(), note="", offer=True, col="商讯"):
    page(path, "xinwen", title, body, offer, op, prov, ids, note, crumbs=[("通化城事网", "/xinwen/index.html"), (col, "/xinwen/index.html#sx"), ("正文", path)], side=XW_SIDE)

xw("/xinwen/sx-20260309.html", "中科慧训(北京)人工智能研究院2026年春季人工智能训练师招生启事",
"""<h1>中科慧训(北京)人工智能研究院2026年春季人工智能训练师招生启事</h1><p class="src">来源:商讯 | 2026-03-09</p>
<p>中科慧训(北京)人工智能研究院经工信部职业技能鉴定中心授权,面向全国招收人工智能训练师学员,五级至三级同报,证书由人社部颁发,入库可查。</p>
<p>招生热线:4008-672-135 邮箱:zhaosheng@huixunedu.cn</p>
<p>主办单位:北京中科慧训教育科技有限公司(统一社会信用代码 """ + U03_USCC + """)</p>""",
"U03", "中科慧训(北京)人工智能研究院", [("phone", "4008672135", "4008-672-135"), ("email", "zhaosheng@huixunedu.cn", "zhaosheng@huixunedu.cn"), ("uscc", U03_USCC, U03_USCC)],
"U03 paid advertorial with state-sounding name and 91 code")

xw("/xinwen/sx-20260311.html", "英腾职教:人工智能训练师三级班开始报名",
"""<h1>英腾职教:人工智能训练师三级班开始报名</h1><p class="src">来源:商讯 | 2026-03-11</p>
<p>通化英腾职业技能培训有限公司开设人工智能训练师三级(高级工)培训,面向持四级证书学员。据介绍,职业技能等级证书可对应职称评审。考核在通化市职业技能鉴定考点进行(考点前台 0435-3920115)。</p>
<p>报名地址:通化市东昌区光明路 66 号;电话 0435-3958870、15944596012。统一社会信用代码:""" + U09_USCC + """</p>""",
"U09", "通化英腾职业技能培训有限公司", [("phone", "04353958870", "0435-3958870"), ("phone", "+8615944596012", "15944596012"), ("uscc", U09_USCC, U09_USCC)],
"U09 enrolment advertorial")

xw("/xinwen/n-20260318.html", "警惕“三级包过”AI证书骗局 市民转账3800元后对方失联",
"""<h1>警惕“三级包过”AI证书骗局 市民转账3800元后对方失联</h1><p class="src">来源:本网记者 | 2026-03-18</p>
<p>近日,市民郑女士向本网反映,她在短视频平台看到“人工智能训练师三级包过、人社部颁发”的广告,对方用尾号7726的手机(171-9043-7726)联系她,收款3800元后失联。</p>
<p>市人社局提醒:人工智能训练师属于职业技能等级证书,由经备案的评价机构颁发,可登录 zscx.osta.org.cn 查询;宣传“包过”“三证同报”的要提高警惕。遇到消费纠纷可拨打 12315,政策咨询可拨打 12333。</p>""",
None, None, (), "news warning (non-offer) quoting scam number and hotlines", offer=False, col="本地新闻")

# =============================== rsj gov notices ===============================
RS_SIDE = "<h4>便民服务</h4><ul><li>证书查询:zscx.osta.org.cn</li><li>评价机构目录:pjjg.osta.org.cn</li><li>咨询电话:12333</li></ul>"
page("/rsj/tz-2026-021.html", "rsj", "关于开展2026年第一批补贴性职业技能培训的通知",
"""<h1>关于开展2026年第一批补贴性职业技能培训的通知</h1><p class="doc">通人社发〔2026〕(模拟)| 发布日期:2026-02-26</p>
<p>各县(市、区)人社局,各定点培训机构:</p>
<p>根据失业保险技能提升补贴政策,现开展第一批补贴性职业技能培训,人工智能训练师(4-04-05-05)五级、四级纳入本批目录。第一批班期编号 18820260315,考核统一在通化市职业技能鉴定考点进行,考点前台 0435-3920115。</p>
<p>补贴标准:五级最高1000元,四级最高1500元,三级最高2000元。二级、一级无此项国家补贴。</p>
<p>技能人才评价证书可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。政策咨询电话 12333。</p>""",
crumbs=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tz"), ("正文", "/rsj/tz-2026-021.html")], side=RS_SIDE,
note="official-style notice (non-offer): batch number, exam venue desk, hotline")
page("/rsj/tz-2026-027.html", "rsj", "关于警惕“山寨证书”和虚假培训宣传的提示",
"""<h1>关于警惕“山寨证书”和虚假培训宣传的提示</h1><p class="doc">发布日期:2026-03-16</p>
<p>近期有群众反映,个别机构通过短视频、公众号宣传“人工智能训练师人社部颁发”“零基础三证同报”“包过”“证书挂靠”等。根据人社部函〔2022〕25号,上述宣传涉嫌虚假宣传。</p>
<p>已接到群众举报的可疑号码包括 17190437726,请市民提高警惕。</p>
<p>职业技能等级证书由经备案的评价机构颁发,请通过 zscx.osta.org.cn 查询,评价机构可在 pjjg.osta.org.cn 查询。举报投诉:12333、12315。</p>""",
crumbs=[("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tz"), ("正文", "/rsj/tz-2026-027.html")], side=RS_SIDE,
note="official-style warning (non-offer)")

# =============================== shop ===============================
SH_SIDE = "<h4>看了又看</h4><ul><li><a href='/shop/item-600218.html'>人工智能训练师网课</a></li><li><a href='/shop/item-600733.html'>教资面试真题</a></li></ul>"
def sh(path, title, body, op=None, prov=None, ids=(), note="", offer=True):
    page(path, "shop", title, body, offer, op, prov, ids, note, crumbs=[("淘小铺", "/shop/index.html"), ("教育培训", "/shop/index.html#jy"), ("宝贝详情", path)], side=SH_SIDE)

sh("/shop/item-600218.html", "人工智能训练师证书报名 三级/二级 国家职业资格 包过班",
"""<h1>人工智能训练师证书报名 三级/二级 国家职业资格 包过班</h1><div class="price">¥1980.00 月销 86</div>
<p>店铺:<b>启智AI学院官方店</b></p><div class="detail"><p>人社部颁发国家职业资格证书,零基础可报二级技师,包过!拍下后联系客服登记信息。</p>
<p>售后QQ:2853316470 电话:155 8436 7219</p></div>
<div class="rate"><p>买家“t***8”:客服回复挺快</p></div>""",
"U02", "启智AI学院官方店", [("qq", "2853316470", "2853316470"), ("phone", "+8615584367219", "155 8436 7219")], "U02 shop item")

sh("/shop/item-600305.html", "数据标注员岗前培训+人工智能训练师取证 推荐就业",
"""<h1>数据标注员岗前培训+人工智能训练师取证 推荐就业</h1><div class="price">¥1980.00</div>
<p>店铺:<b>数标科技培训中心</b></p><div class="detail"><p>培训合格推荐进入标注项目,协议就业。</p>
<p>企业信息:深圳数标科技有限公司 统一社会信用代码 """ + U07_USCC + """;咨询 17727548831,微信 shubiao_hr01</p></div>""",
"U07", "数标科技培训中心", [("uscc", U07_USCC, U07_USCC), ("phone", "+8617727548831", "17727548831"), ("wechat", "shubiao_hr01", "shubiao_hr01")],
"U07 shop item")

sh("/shop/item-600461.html", "AIGC应用+人工智能训练师 双证课程 正式班",
"""<h1>AIGC应用+人工智能训练师 双证课程 正式班</h1><div class="price">¥2980.00 <s>¥9999</s></div>
<p>店铺:<b>灵犀AI学苑</b></p><div class="detail"><p>7天速成,含双证考证服务。对公收款:上海犀悦信息咨询有限公司。</p>
<p>课程平台 www.lingxi-ai.com.cn,发票申请 kefu@lingxi-ai.com.cn</p></div>""",
"U08", "灵犀AI学苑", [("other", "上海犀悦信息咨询有限公司", "上海犀悦信息咨询有限公司"), ("domain", "lingxi-ai.com.cn", "www.lingxi-ai.com.cn"), ("email", "kefu@lingxi-ai.com.cn", "kefu@lingxi-ai.com.cn")],
"U08 shop item with payee name")

sh("/shop/item-600590.html", "人工智能训练师五级 理论题库+实操讲义(电子版)",
"""<h1>人工智能训练师五级 理论题库+实操讲义(电子版)</h1><div class="price">¥39.90</div>
<p>店铺:<b>智训书苑</b></p><div class="detail"><p>资料按2021年版国家职业技能标准整理,仅为学习资料,不含报名和证书。另有五级辅导小班,咨询店主QQ 3390215786。</p></div>""",
"I02", "智训书苑", [("qq", "3390215786", "3390215786")], "independent bookshop with a coaching class")

sh("/shop/item-600733.html", "2026教师资格证面试真题 结构化试讲",
"""<h1>2026教师资格证面试真题 结构化试讲</h1><div class="price">¥29.80</div><p>店铺:<b>书香考试店</b></p><div class="detail"><p>中小学各学科,包邮。</p></div>""",
note="unrelated shop item (non-offer)", offer=False)

# =============================== blog ===============================
BL_SIDE = "<h4>最新文章</h4><ul><li><a href='/blog/p-112.html'>三证同报值不值</a></li><li><a href='/blog/p-118.html'>东昌区补贴班体验</a></li><li><a href='/blog/p-125.html'>三级能评职称吗</a></li></ul>"
def bl(path, title, body, op, prov, ids, note):
    page(path, "blog", title, body + BLOG_FORM, True, op, prov, ids, note, crumbs=[("博客首页", "/blog/index.html"), ("考证", "/blog/index.html#kz"), (title[:8], path)], side=BL_SIDE)

bl("/blog/p-112.html", "【读者投稿】人工智能训练师三证同报,我为什么推荐中科慧训",
"""<h1>【读者投稿】人工智能训练师三证同报,我为什么推荐中科慧训</h1><p class="meta">投稿 | 2026-03-10</p>
<p>作为过来人,我报的是慧训教育的三证同报班,一次考完拿三本,官网可查。想了解的可以去 huixunedu.cn 看看,或者打招生老师电话 182-1053-7764。</p>""",
"U03", "慧训教育", [("domain", "huixunedu.cn", "huixunedu.cn"), ("phone", "+8618210537764", "182-1053-7764")], "U03 planted blog post")

bl("/blog/p-118.html", "东昌区人工智能训练师四级补贴班报名体验",
"""<h1>东昌区人工智能训练师四级补贴班报名体验</h1><p class="meta">老周 | 2026-03-13</p>
<p>朋友推荐的鼎信培训,座机 0435—5067321,材料发到 dxpx0435#163.com(#换成@)。他们家说清楚了四级要五级证加4年工作,不合格不退费但可补考一次。考试在鉴定考点(前台 0435-3920115)。</p>
<p>附一张证书样式,编号 S000022071234263000158 是样例。</p>""",
"U06", "鼎信培训", [("phone", "04355067321", "0435—5067321"), ("email", "dxpx0435@163.com", "dxpx0435#163.com")], "U06 blog post with contacts")

bl("/blog/p-125.html", "人工智能训练师三级能评职称吗?英腾职教课程顾问答疑",
"""<h1>人工智能训练师三级能评职称吗?英腾职教课程顾问答疑</h1><p class="meta">合作稿 | 2026-03-15</p>
<p>英腾职教表示,三级证书加2年可评助理工程师,报名请致电 0435 395 8870。</p>""",
"U09", "英腾职教", [("phone", "04353958870", "0435 395 8870")], "U09 sponsored blog post")

# =============================== index pages ===============================
SITE_INTRO = {
 "zhilian": "通化智联职业培训学校创办于2015年,开设电工、育婴员、人工智能训练师等培训项目。",
 "ketang": "海量职业技能课程,机构认证入驻。",
 "luntan": "通化本地教育培训交流,发帖请遵守版规,禁止发布违法广告。",
 "fenlei": "通化本地分类信息,免费发布。",
 "wenda": "有问题,就来知道问答。",
 "wxwz": "精选公众号文章。",
 "dsp": "记录美好生活,发现有用知识。",
 "xinwen": "通化本地新闻门户。",
 "rsj": "政务公开 · 通知公告。",
 "shop": "放心购物,担保交易。",
 "blog": "一个普通职场人的记录,欢迎读者投稿。",
}
for s in SITES:
    links = "".join("<li><a href='%s'>%s</a></li>" % (p["path"], p["title"]) for p in PAGES if p["site"] == s)
    page("/%s/index.html" % s, s, SITES[s]["name"], "<h1>%s</h1><p>%s</p><ul class='list'>%s</ul>" % (SITES[s]["name"], SITE_INTRO[s], links) + (BLOG_FORM if s == "blog" else ""),
         crumbs=[(SITES[s]["name"], "/%s/index.html" % s)], note="site index (non-offer)")

# ---------- render ----------
def render(p):
    s = SITES[p["site"]]
    menu = " ".join("<a href='%s'>%s</a>" % m for m in s["menu"])
    crumbs = " &gt; ".join("<a href='%s'>%s</a>" % c for c in p["crumbs"])
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title>"
            "<style>body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:8px}header a{color:#fff;margin-right:12px}"
            ".wrap{display:flex}.main{flex:3;padding:12px}.side{flex:1;padding:12px;background:#f5f5f5}footer{font-size:12px;color:#666;padding:10px;border-top:1px solid #ccc}</style></head>"
            "<body class='%s'><header><b>%s</b> <nav>%s</nav></header><div class='crumbs'>%s</div><div class='wrap'><div class='main'>%s</div><aside class='side'>%s<p><a href='/index.html'>返回导航</a></p></aside></div>"
            "<footer>%s</footer></body></html>") % (p["title"], s["name"], s["color"], s["kind"], s["name"], menu, crumbs, p["body"], p["side"], s["footer"])

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
html = {}
for p in PAGES:
    html[p["path"]] = render(p)
hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>通化本地常用网址导航</h1><ul>%s</ul></body></html>" % "".join(
    "<li><a href='/%s/index.html'>%s</a></li>" % (s, SITES[s]["name"]) for s in SITES)
html["/index.html"] = hub
for path, text in html.items():
    fp = os.path.join(OUT, path.lstrip("/"))
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "w", encoding="utf-8") as f:
        f.write(text)
with open(os.path.join(OUT, "robots.txt"), "w") as f:
    f.write("User-agent: *\nAllow: /\n")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline quoted by notices, guides and honest sellers"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official evaluation-organisation list"),
 ("phone", "4000186600", ["400-018-6600"], "marketplace customer-service line in every ketang footer"),
 ("email", "kefu@ketangwang.cn", ["kefu@ketangwang.cn"], "marketplace complaint e-mail in footer"),
 ("domain", "ketangwang.cn", ["www.ketangwang.cn"], "marketplace's own domain in footer"),
 ("uscc", KT_USCC, [KT_USCC], "marketplace operator's own licence in footer"),
 ("phone", "4006258058", ["4006-258-058"], "classifieds platform customer service"),
 ("other", "吉ICP备19004521号", ["吉ICP备19004521号"], "classifieds platform ICP number"),
 ("qq_group", "612948730", ["612948730"], "forum's own QQ group in footer"),
 ("other", "吉ICP备17002290号-2", ["吉ICP备17002290号-2"], "forum ICP number"),
 ("qq", "2968431057", ["2968431057"], "Q&A platform feedback QQ in footer"),
 ("email", "tougao@weiwenzhai.net", ["tougao@weiwenzhai.net"], "repost platform's contribution e-mail"),
 ("wechat", "wwz_bd", ["wwz_bd"], "repost platform's business WeChat"),
 ("domain", "kspvideo.cn", ["kspvideo.cn"], "short-video platform's domain"),
 ("domain", "taoxiaopu.cn", ["www.taoxiaopu.cn"], "shop platform's domain"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline in shop footer"),
 ("email", "thxw@thxww.cn", ["thxw@thxww.cn"], "news site's tip-off e-mail"),
 ("phone", "+8617190437726", ["171-9043-7726", "17190437726"], "scammer's number quoted in complaint, news and warning"),
 ("phone", "+8618820260315", ["18820260315"], "really a subsidised-training batch number (班期编号), shaped like a mobile"),
 ("other", "S000022071234263000158", ["S000022071234263000158"], "sample certificate number quoted as an example"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in the blog comment form"),
 ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail in blog comment form"),
 ("wechat", "xiaoli_th0435", ["xiaoli_th0435"], "a reader's own WeChat in comments"),
 ("phone", "+8615043596688", ["15043596688"], "a scam victim's (reader's) own phone in comments"),
 ("phone", "04353920115", ["0435-3920115"], "exam venue front desk, a third party"),
 ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used by several sellers"),
]
decoys = []
for kind, value, written, why in DECOYS:
    pages = sorted(path for path, text in html.items() if path != "/index.html" and any(w in text for w in written))
    decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))

operators = {}
for p in PAGES:
    o = p["operator"]
    if o and o.startswith("U"):
        d = operators.setdefault(o, {"brands": [], "identifiers": []})
        if p["provider"] not in d["brands"]:
            d["brands"].append(p["provider"])
        for k, v, w in p["identifiers"]:
            if [k, v] not in d["identifiers"]:
                d["identifiers"].append([k, v])
truth = dict(pages=[dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                         identifiers=p["identifiers"], note=p["note"]) for p in PAGES],
             operators=dict(sorted(operators.items())), decoys=decoys)
with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("pages", len(html), "offers", sum(p["is_offer"] for p in PAGES), "decoys", len(decoys))
