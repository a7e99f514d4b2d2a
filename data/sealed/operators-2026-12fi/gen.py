#!/usr/bin/env python3
"""Generate a small labeled web of Chinese pages selling 人工智能训练师 certificate courses.
Standard library only, deterministic. Writes site/ and truth.json."""
import html, json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, org8):
    first17 = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W))
    r = 31 - s % 31
    return first17 + ALPHA[0 if r == 31 else r]


# ---------------------------------------------------------------- operators
USCC = {
    "U01": uscc("91440106", "MA5CKT3R"),
    "U03": uscc("91440101", "MA9UPL6N"),
    "U05": uscc("52420500", "MJH47752"),
    "U08": uscc("91110108", "MA01RK5H"),
    "U09": uscc("52420506", "MJH61028"),
}
OPS = {
    "U01": {"brands": ["智训教育", "广州智训职业培训学校", "智训AI学院"], "ids": {
        "tel": ("phone", "02038726615"), "mob": ("phone", "+8613826081457"),
        "wx": ("wechat", "zhixun_gz88"), "dom": ("domain", "gzzhixun.com"),
        "uscc": ("uscc", USCC["U01"])}},
    "U02": {"brands": ["楚天数智", "楚天AI学苑", "王老师(楚天数智)"], "ids": {
        "mob": ("phone", "+8615927310846"), "wx": ("wechat", "ctsz_ai666"),
        "qq": ("qq", "2851639074")}},
    "U03": {"brands": ["中科华智人才评价中心", "国智认证", "华智教育"], "ids": {
        "400": ("phone", "4008263917"), "qq": ("qq", "3307418265"),
        "dom": ("domain", "hzrcpj.cn"), "payee": ("other", "广州华智信息咨询有限公司"),
        "uscc": ("uscc", USCC["U03"])}},
    "U04": {"brands": ["AI职通车", "小鹿老师", "鹿鸣教育"], "ids": {
        "wx": ("wechat", "luxiaolu_ai"), "mail": ("email", "luxiaolu_ai@163.com"),
        "mob": ("phone", "+8617786420593")}},
    "U05": {"brands": ["宜昌三峡技能培训中心", "三峡职培"], "ids": {
        "tel": ("phone", "07176512873"), "mob": ("phone", "+8618671703925"),
        "uscc": ("uscc", USCC["U05"])}},
    "U06": {"brands": ["羊城职培", "穗职通"], "ids": {
        "wx": ("wechat", "ycjp2026"), "mob": ("phone", "+8613631497082"),
        "qqg": ("qq_group", "735920461")}},
    "U07": {"brands": ["标注侠", "星链数据标注学院"], "ids": {
        "wx": ("wechat", "bzx_kefu01"), "mob": ("phone", "+8619120538764"),
        "dom": ("domain", "biaozhuxia.cn"), "mail": ("email", "service@biaozhuxia.cn")}},
    "U08": {"brands": ["京鹏在线", "国培认证中心", "京鹏国培"], "ids": {
        "400": ("phone", "4006159287"), "qq": ("qq", "1798243065"),
        "mob": ("phone", "+8613718460592"), "uscc": ("uscc", USCC["U08"])}},
    "U09": {"brands": ["夷陵职业技能培训学校", "夷陵职校"], "ids": {
        "tel": ("phone", "07177826340"), "mob": ("phone", "+8613986779021"),
        "wx": ("wechat", "ylzx_peixun"), "uscc": ("uscc", USCC["U09"])}},
    # independents
    "I01": {"brands": ["江城职业技术学院继续教育学院"], "ids": {
        "tel": ("phone", "07176398215"), "mail": ("email", "jxjy@jcvtc.edu.cn")}},
    "I02": {"brands": ["陈老师AI工作室"], "ids": {
        "mob": ("phone", "+8615871943620"), "wx": ("wechat", "chenls_ai")}},
    "I03": {"brands": ["启元AI课堂"], "ids": {
        "mail": ("email", "qiyuan_ai@qq.com"), "mob": ("phone", "+8618565213749")}},
    "I04": {"brands": ["周老师的AI笔记"], "ids": {
        "wx": ("wechat", "zhouainotes"), "mail": ("email", "zhou.notes@foxmail.com")}},
    "I05": {"brands": ["阿杰聊AI"], "ids": {
        "qq": ("qq", "945127306"), "mob": ("phone", "+8617371620854")}},
    "I06": {"brands": ["天河智标工作室"], "ids": {
        "mob": ("phone", "+8613580274416"), "wx": ("wechat", "th_aistudio")}},
}

# ---------------------------------------------------------------- sites
SITES = {}


def site(key, name, style, menu, footer, side, css):
    SITES[key] = dict(name=name, style=style, menu=menu, footer=footer, side=side, css=css, pages=[])


site("zhixun", "广州智训职业培训学校", "training-company site",
     ["首页", "课程中心", "学员风采", "关于我们"],
     "广州智训职业培训学校有限公司 版权所有 | 地址:广州市天河区天河北路 | 咨询电话:020-38726615 | 官网 www.gzzhixun.com | 统一社会信用代码:" + USCC["U01"] + " | 在线报名表 jinshuju.net/f/zX8kQ2",
     "<h4>热门课程</h4><p>人工智能训练师四级 / 三级</p><p>数据标注员上岗班</p><h4>报名表样例</h4><p>手机号:13800138000(示例,请替换为本人号码)</p>",
     "background:#f4f8ff")
site("ketanghui", "课堂汇", "course marketplace",
     ["首页", "职业技能", "IT互联网", "我的课程", "讲师入驻"],
     "课堂汇 ketanghui.com | 平台客服热线 400-860-1357 | 客服邮箱 kefu@ketanghui.com | 沪ICP备20019384号-2 | 平台仅提供信息展示,交易请走平台担保",
     "<h4>猜你喜欢</h4><p>Python数据分析入门</p><p>办公自动化</p><p>平台提示:私下转账无保障,举报请拨 400-860-1357</p>",
     "background:#fff")
site("kuaishua", "快刷短视频", "short-video pages",
     ["推荐", "关注", "同城·广州", "同城·宜昌", "直播"],
     "快刷 kuaishua.com · 网络内容举报 kefu@kuaishua.com · 京ICP备17063521号 · 未成年人保护热线 400-118-6600",
     "<h4>相关推荐</h4><p>#人工智能训练师 #副业 #考证</p>",
     "background:#111;color:#eee")
site("blog", "周老师的AI笔记", "personal blog",
     ["首页", "AI考证", "Python", "读书", "关于"],
     "© 周老师的AI笔记 · 博客程序 WordPress · 托管于 blog.zhouai.net · 粤ICP备21044718号",
     "<h4>分类</h4><p>AI考证(12)</p><p>Python(30)</p><h4>友情链接</h4><p>技能人才评价工作网 osta.mohrss.gov.cn</p>",
     "background:#fdfdf6")
site("college", "江城职业技术学院 继续教育学院", "college site",
     ["学院首页", "继续教育", "社会培训", "技能等级认定", "联系我们"],
     "江城职业技术学院 地址:湖北省宜昌市西陵区学院路 | 学院总机 0717-6398000 | 鄂ICP备05009127号 | jcvtc.edu.cn",
     "<h4>快速通道</h4><p>证书查询 zscx.osta.org.cn</p><p>湖北省人社厅</p>",
     "background:#f5fff5")
site("news", "三峡晚报网", "news site",
     ["首页", "宜昌新闻", "民生", "教育", "3·15维权"],
     "三峡晚报网 新闻报料热线 0717-6226110 | 邮箱 bl@sxwbw.cn | 鄂ICP备08014512号",
     "<h4>热点</h4><p>宜昌技能人才评价新规</p><p>暑期培训防骗指南</p>",
     "background:#fff8f0")
site("rsj", "宜昌市西陵区人力资源和社会保障局", "人社局-style notice site",
     ["首页", "政务公开", "通知公告", "办事服务", "政策解读"],
     "主办:宜昌市西陵区人力资源和社会保障局 | 政务服务热线 12333 | 办公室电话 0717-6731230 | 鄂ICP备11020135号",
     "<h4>便民服务</h4><p>职业技能等级证书查询 zscx.osta.org.cn</p><p>技能人才评价工作网 osta.mohrss.gov.cn</p>",
     "background:#fffafa")
site("bbs", "羊城论坛", "forum",
     ["论坛首页", "职场交流", "教育培训", "维权投诉", "二手"],
     "羊城论坛 版务QQ群 218734590 | 违规举报 admin@ycbbs.net | 粤ICP备15077326号-3",
     "<h4>版规</h4><p>禁止发布违法广告,广告贴请发分类信息版</p>",
     "background:#f7f7f7")
site("fenlei", "同城快讯分类信息", "classifieds",
     ["首页", "招聘", "教育培训", "二手", "发布信息"],
     "同城快讯 tckx.cn | 客服电话 020-29183377 | 粤ICP备18052736号-1 | 请勿提前支付任何费用",
     "<h4>发布须知</h4><p>发布信息请勿填写示例号码 13800138000</p>",
     "background:#fffff0")
site("weiyue", "微阅读·公众号文章精选", "WeChat-article reposts",
     ["精选", "教育", "职场", "科技", "投稿"],
     "微阅读 weiyuedu.cn 转载内容版权归原公众号所有 | 原文链接 mp.weixin.qq.com | 侵权联系 tougao@weiyuedu.cn",
     "<h4>阅读排行</h4><p>2026年新职业盘点</p><p>考证避坑指南</p>",
     "background:#f6fbf6")
site("wenda", "知了问答", "Q&A",
     ["首页", "教育", "职场", "科技", "我要提问"],
     "知了问答 zhiliaowenda.com | 鄂ICP备19023517号 | 客服 kf@zhiliaowenda.com",
     "<h4>相关问题</h4><p>人工智能训练师证有用吗?</p><p>数据标注员好找工作吗?</p>",
     "background:#fbfbff")

PAGES = []  # (site, file, title, body, operator, provider, ids [(key, written)], note)


def page(site_key, fname, title, body, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site_key, file=fname, title=title, body=body, op=op,
                      provider=provider, ids=list(ids), note=note))
    SITES[site_key]["pages"].append(fname)


# ================================================================ zhixun (U01 own site)
page("zhixun", "course-l4.html", "人工智能训练师(四级)周末班招生简章 - 智训教育", """
<h1>人工智能训练师(四级/中级工)周末班 招生简章</h1>
<p>职业编码 4-04-05-05,工种:数据标注员。培训 50 课时,线下 + 线上直播结合,由智训教育讲师授课。</p>
<p>报考条件(摘自国家职业技能标准2021年版):取得五级证书后从事本职业满4年,或累计从事本职业满6年,或技工学校相关专业毕业。</p>
<p>认定由我校合作的备案评价机构组织,颁发职业技能等级证书,可在 zscx.osta.org.cn 联网查询。理论、技能两门均60分及格。</p>
<p>培训费 2680 元/人,符合条件的参保职工取证后可申领技能提升补贴(四级最高1500元),以人社部门审核为准。</p>
<p>报名咨询:李老师 138-2608-1457(同微信) | 学校电话 020-38726615 | 微信号 zhixun_gz88</p>
""", "U01", "广州智训职业培训学校", [("mob", "138-2608-1457"), ("tel", "020-38726615"), ("wx", "zhixun_gz88"), ("dom", "www.gzzhixun.com"), ("uscc", USCC["U01"])],
     "U01 own site, honest level-4 course")
page("zhixun", "course-l3.html", "人工智能训练师三级(高级工)晚班 - 智训AI学院", """
<h1>智训AI学院 · 人工智能训练师三级(高级工)晚班</h1>
<p>面向已取得四级证书并有相关工作经历的学员,课程覆盖业务分析、智能训练、智能系统设计、培训与指导。40 课时。</p>
<p>学费 3280 元,可开具发票。广州户籍或在穗参保满一年者,取证后可按规定申请补贴,三级最高2000元(以人社部门公布为准)。</p>
<p>证书样本编号:S000044012345263000128(仅示意编码规则,非真实证书)</p>
<p>咨询热线:(020)3872 6615 / 138 2608 1457 &nbsp; 官网:www.gzzhixun.com</p>
""", "U01", "智训AI学院", [("tel", "(020)3872 6615"), ("mob", "138 2608 1457"), ("dom", "www.gzzhixun.com"), ("uscc", USCC["U01"]), ("tel", "020-38726615")],
     "U01 own site, honest level-3 course")

# ================================================================ ketanghui marketplace
page("ketanghui", "course-1001.html", "【广州线下】人工智能训练师四级考证班 | 课堂汇", """
<h1>【广州线下】人工智能训练师四级考证班(含数据标注实操)</h1>
<p>机构:广州智训职业培训学校 · 已认证机构 · 课程编号 KTH-1001</p>
<p>¥2680 <s>¥3200</s> · 已报名 312 人 · 好评率 97%</p>
<p>课程说明:按国家职业技能标准授课,认定由备案评价机构组织,证书为职业技能等级证书。不承诺包过。</p>
<p>机构联系方式:138 2608 1457 微信 ZhiXun_GZ88(工作时间 9:00-18:00)</p>
<h3>学员评价</h3><p>“老师讲得细,实操多。”——广州学员 小何</p>
""", "U01", "广州智训职业培训学校", [("mob", "138 2608 1457"), ("wx", "ZhiXun_GZ88")], "marketplace listing of U01")
page("ketanghui", "course-1002.html", "AI职通车:人工智能训练师零基础到持证 全程直播 | 课堂汇", """
<h1>AI职通车 · 人工智能训练师 零基础直播课(五级/四级)</h1>
<p>讲师:小鹿老师 · 课程编号 KTH-1002 · ¥1299</p>
<p>90%小白都能学会!原价9999限时99元体验课,正式课 1299 元,拿到证书便可升职加薪。</p>
<p>课程含:数据采集和处理、数据标注、智能系统运维,附赠题库。</p>
<p>课程答疑请加小鹿老师 vx:luxiaolu_ai(备注课堂汇)</p>
""", "U04", "AI职通车", [("wx", "luxiaolu_ai")], "marketplace listing of U04, hype wording")
page("ketanghui", "course-1003.html", "标注侠:数据标注员+人工智能训练师双证班 学完可接单 | 课堂汇", """
<h1>标注侠 · 数据标注员 + 人工智能训练师 双证班</h1>
<p>课程编号 KTH-1003 · ¥1980 · 线上录播 60 课时</p>
<p>学完推荐兼职接单,月入过万不是梦!考试不过全额退费。</p>
<p>官网 www.biaozhuxia.cn 客服微信 bzx_kefu01</p>
""", "U07", "标注侠", [("dom", "www.biaozhuxia.cn"), ("wx", "bzx_kefu01")], "marketplace listing of U07, job promise")
page("ketanghui", "course-1004.html", "京鹏在线:人工智能训练师高级技师 人社部颁发 全国通用 | 课堂汇", """
<h1>京鹏在线 · 人工智能训练师(一级/高级技师)直通班</h1>
<p>课程编号 KTH-1004 · ¥6800 · 不限学历 不限经验 零基础可报</p>
<p>国家职业资格证书,人社部颁发,全国通用,入库可查。三级+二级+一级三证一起报更优惠!</p>
<p>招生热线 400-615-9287 · 报名请联系 QQ1798243065</p>
""", "U08", "京鹏在线", [("400", "400-615-9287"), ("qq", "1798243065")], "marketplace listing of U08, scam wording")
page("ketanghui", "course-1005.html", "启元AI课堂:人工智能训练师五级理论精讲 | 课堂汇", """
<h1>启元AI课堂 · 人工智能训练师五级理论精讲</h1>
<p>课程编号 KTH-1005 · ¥399 · 24 节录播</p>
<p>本课程仅为理论辅导,不含认定报名。报考五级需累计从事本职业或相关职业满1年,或本职业学徒期满。</p>
<p>课后问题发邮件 qiyuan_ai@qq.com,或致电 185-6521-3749。</p>
""", "I03", "启元AI课堂", [("mail", "qiyuan_ai@qq.com"), ("mob", "185-6521-3749")], "marketplace listing of independent I03, honest")
page("ketanghui", "course-1006.html", "羊城职培:人工智能训练师二级 补贴后几乎免费 | 课堂汇", """
<h1>羊城职培 · 人工智能训练师二级(技师)速成班</h1>
<p>课程编号 KTH-1006 · ¥3980 · 补贴后几乎免费!</p>
<p>不限学历,零基础直接报技师,30天拿证,可入户积分。</p>
<p>添加老师微信 YCJP2026 进学员QQ群 735920461 领资料</p>
""", "U06", "羊城职培", [("wx", "YCJP2026"), ("qqg", "735920461")], "marketplace listing of U06, subsidy lure for level 2")

# ================================================================ kuaishua short video
page("kuaishua", "v7301.html", "宜昌王老师:人工智能训练师包过班 #考证 - 快刷", """
<h1>@楚天AI学苑王老师</h1>
<div class="video">[视频] 人社部颁发!零基础直接考三级,免培训包通过,三证合一一次拿齐</div>
<p>文案:想要证书的宝子评论区扣1,V: ctsz_ai666 电话 159 2731 0846</p>
<h3>评论 2.3w</h3>
<p>lily_gz:真的假的?我加你了 lily_gz1990</p><p>宜昌小陈:多少钱?</p>
""", "U02", "楚天AI学苑", [("wx", "ctsz_ai666"), ("mob", "159 2731 0846")], "short video of U02, 包过 人社部颁发")
page("kuaishua", "v7302.html", "标注侠:在家做数据标注 一单结一单 - 快刷", """
<h1>@标注侠官方</h1>
<div class="video">[视频] 宝妈在家做数据标注,考个人工智能训练师证,接单更多</div>
<p>简介:双证班报名加客服 BZX_KEFU01 或直接打 191 2053 8764</p>
<h3>评论 842</h3><p>网友A:去年交了钱没接到单</p>
""", "U07", "标注侠", [("wx", "BZX_KEFU01"), ("mob", "191 2053 8764")], "short video of U07")
page("kuaishua", "v7303.html", "广州考证:人工智能训练师补贴 - 快刷", """
<h1>@穗职通考证</h1>
<div class="video">[视频] 广州人注意!人工智能训练师二级补贴后几乎免费,不限学历</div>
<p>主页:私信或加 ycjp2026,急单直接打 136 3149 7082</p>
<h3>评论 1.1w</h3><p>lily_gz:我朋友说是坑,lily_gz1990 有被坑的一起交流</p>
""", "U06", "穗职通", [("wx", "ycjp2026"), ("mob", "136 3149 7082")], "short video of U06")
page("kuaishua", "v7304.html", "阿杰聊AI:人工智能训练师到底值不值得考 - 快刷", """
<h1>@阿杰聊AI</h1>
<div class="video">[视频] 实话实说:五级要一年相关工作经验,别信零基础包过。我这有个四级备考陪跑群,599元</div>
<p>简介:陪跑报名 扣扣 945127306 / 173 7162 0854</p>
""", "I05", "阿杰聊AI", [("qq", "945127306"), ("mob", "173 7162 0854")], "short video of independent I05")
page("kuaishua", "v7305.html", "国智认证:AI训练师证 官网可查 - 快刷", """
<h1>@国智认证服务中心</h1>
<div class="video">[视频] 国家级人工智能训练师证书,官网可查,入库可查,全国通用,挂靠一年收入两三万</div>
<p>证书查询官网:hzrcpj.cn  全国咨询热线 400-826-3917</p>
""", "U03", "国智认证", [("dom", "hzrcpj.cn"), ("400", "400-826-3917")], "short video of U03, fake query site")

# ================================================================ blog
page("blog", "guide-levels.html", "人工智能训练师五个等级怎么报?一篇讲清 - 周老师的AI笔记", """
<h1>人工智能训练师五个等级怎么报?一篇讲清</h1>
<p>人工智能训练师(4-04-05-05)是2020年人社厅发〔2020〕17号公布的新职业,有数据标注员、人工智能算法测试员两个工种。</p>
<p>证书是职业技能等级证书,由备案的评价机构颁发,不是“人社部颁发”。查询请上 zscx.osta.org.cn,机构名单看 pjjg.osta.org.cn。</p>
<p>看到“零基础直接考高级技师”“包过”的广告,直接划走。有疑问打当地 12333 问。</p>
""", note="blog guide, non-offer")
page("blog", "my-course.html", "我的人工智能训练师四级备考小班开课了 - 周老师的AI笔记", """
<h1>我的四级备考小班开课了(第3期)</h1>
<p>讲了两年数据标注,终于把备考笔记整理成小班课:8次直播 + 实操作业,980元。只辅导,不代报名,不承诺通过。</p>
<p>想上车的加我微信 zhouAInotes,或者发邮件到 zhou.notes@foxmail.com,说明工作年限。</p>
""", "I04", "周老师的AI笔记", [("wx", "zhouAInotes"), ("mail", "zhou.notes@foxmail.com")], "blog author's own course, independent I04")
page("blog", "guest-luxiaolu.html", "【合作推广】小鹿老师:我是怎么带500个学员拿到AI训练师证的", """
<h1>【合作推广】小鹿老师:我是怎么带500个学员拿到AI训练师证的</h1>
<p>本文为合作推广内容。小鹿老师的“AI职通车”直播课,五级四级都能报,拿到证书便可升职加薪。</p>
<p>报名微信 LuXiaoLu_AI,资料包发送邮箱 luxiaolu_ai#163.com(#换成@)</p>
<h3>评论</h3><p>读者小米:求资料,我的QQ 604827193</p>
""", "U04", "小鹿老师", [("wx", "LuXiaoLu_AI"), ("mail", "luxiaolu_ai#163.com")], "sponsored guest post by U04")
page("blog", "python-pandas.html", "pandas 读取 Excel 的三个坑 - 周老师的AI笔记", """
<h1>pandas 读取 Excel 的三个坑</h1>
<p>1. 日期列被读成浮点数;2. 前导零丢失;3. 合并单元格。下面逐一说明……</p>
<pre>df = pd.read_excel("a.xlsx", dtype={"工号": str})</pre>
""", note="unrelated technical post")

# ================================================================ college
page("college", "training-ai.html", "关于举办人工智能训练师(五级、四级)社会培训班的通知 - 江城职业技术学院", """
<h1>关于举办人工智能训练师(五级、四级)社会培训班的通知</h1>
<p>我院作为备案评价机构,面向社会招收人工智能训练师五级、四级培训学员。五级须累计从事相关工作满1年或本职业学徒期满。</p>
<p>培训费:五级 1200 元,四级 1600 元;认定费按物价部门核定标准收取。证书可在 zscx.osta.org.cn 查询。</p>
<p>联系人:继续教育学院 张老师 0717-6398215,邮箱 jxjy@jcvtc.edu.cn</p>
""", "I01", "江城职业技术学院继续教育学院", [("tel", "0717-6398215"), ("mail", "jxjy@jcvtc.edu.cn")], "college's own training class, independent I01")
page("college", "partner-yiling.html", "校企合作 | 夷陵职业技能培训学校人工智能训练师班招生 - 江城职业技术学院", """
<h1>校企合作:夷陵职业技能培训学校人工智能训练师五级班招生</h1>
<p>夷陵职业技能培训学校与我院鉴定站合作开班,考点设在我院实训楼。考点前台 0717-6398100(仅咨询考场事宜)。</p>
<p>培训费 1100 元,参保满一年可申领技能提升补贴。报名:夷陵职校 0717-7826340,招生老师 13986779021</p>
""", "U09", "夷陵职业技能培训学校", [("tel", "0717-7826340"), ("mob", "13986779021")], "college page hosting U09 enrolment")

# ================================================================ news
page("news", "warn-fake-cert.html", "花6800元买的“人工智能训练师高级技师证”查不到!宜昌市民被骗 - 三峡晚报网", """
<h1>花6800元买的“人工智能训练师高级技师证”查不到!</h1>
<p>本报讯 市民刘女士在短视频上看到“人社部颁发、零基础考高级技师、包过”的广告,转账6800元后收到的证书在 zscx.osta.org.cn 查不到。对方所留骗子电话 176 2715 8834、QQ 2736104958 已无法联系。</p>
<p>市人社局提醒:职业技能等级证书由备案评价机构颁发,可拨打 12333 咨询;遇到虚假宣传可拨打 12315 投诉。</p>
""", note="news warning quoting a scammer's phone and QQ")
page("news", "adv-sanxia.html", "宜昌三峡技能培训中心人工智能训练师班开班 助力数字宜昌 - 三峡晚报网", """
<h1>三峡技能培训中心人工智能训练师班开班</h1>
<p>(广告)宜昌三峡技能培训中心第5期人工智能训练师五级班近日开班,50名学员参加数据标注实训。中心提示:五级报考须满足一年相关工作经历。</p>
<p>本期认定批次号:13726050301,考点为江城职院鉴定站(前台 0717-6398100)。</p>
<p>咨询电话:0717-6512873,186 7170 3925</p>
""", "U05", "宜昌三峡技能培训中心", [("tel", "0717-6512873"), ("mob", "186 7170 3925")], "advertorial of U05 on a news site")

# ================================================================ rsj
page("rsj", "notice-subsidy.html", "关于做好2026年职业技能提升补贴申领工作的通知 - 宜昌市西陵区人社局", """
<h1>关于做好2026年职业技能提升补贴申领工作的通知</h1>
<p>各有关单位:参保职工取得职业技能等级证书的,五级、四级、三级分别最高补贴1000元、1500元、2000元。二级、一级无此项国家补贴。</p>
<p>第3批职业技能等级认定批次号 13726050301 已公布,考生可在 zscx.osta.org.cn 查询证书,评价机构名单见 pjjg.osta.org.cn 及 osta.mohrss.gov.cn。</p>
<p>警惕“包过”“人社部颁发”等虚假宣传。咨询电话 12333。</p>
""", note="official-style subsidy notice")

# ================================================================ bbs forum
page("bbs", "thread-complaint.html", "【维权】被“国培认证”骗了3800,大家帮忙看看 - 羊城论坛", """
<h1>【维权】交了3800买人工智能训练师证,结果查不到</h1>
<p>楼主:对方说是国家职业资格证书,订单号 15626031908,发来的证书官网查不到。骗子电话 176 2715 8834,已打 12315 投诉。</p>
<p>2楼 lily_gz:同被坑,加我 lily_gz1990 一起维权</p>
<p>3楼 广州阿强:别信三证一起报的,正规的一级一级考</p>
""", note="forum complaint thread with readers' contacts")
page("bbs", "thread-ctsz.html", "宜昌有没有想考人工智能训练师的?带你包过 - 羊城论坛", """
<h1>人工智能训练师三级,零基础可报,包过!</h1>
<p>楼主 楚天数智王老师:人社部颁发,全国联网可查,不过退费。名额不多,Q 2851639074,薇 CTSZ_ai666</p>
<p>2楼:版主,这是广告吧</p>
""", "U02", "楚天数智", [("qq", "2851639074"), ("wx", "CTSZ_ai666")], "forum ad post by U02")
page("bbs", "thread-tianhe.html", "天河区人工智能训练师四级备考搭子,小班辅导 - 羊城论坛", """
<h1>天河小班:人工智能训练师四级备考辅导</h1>
<p>我们是天河智标工作室,做数据标注外包三年,开个四级备考小班,周末上课,1500元,不代办证书。</p>
<p>有兴趣私信,或电话 135-8027-4416,微信 th_aistudio</p>
""", "I06", "天河智标工作室", [("mob", "135-8027-4416"), ("wx", "th_aistudio")], "forum post by independent I06")
page("bbs", "thread-guopei.html", "国培认证中心 人工智能训练师高级技师 全国招生 - 羊城论坛", """
<h1>国培认证中心:人工智能训练师高级技师 全国招生</h1>
<p>国家级证书,人社部颁发,可挂靠,可评职称。不限学历,零基础可直接报一级。</p>
<p>咨询扣扣 1798243065,招生主任 137 1846 0592</p>
""", "U08", "国培认证中心", [("qq", "1798243065"), ("mob", "137 1846 0592")], "forum ad post by U08")
page("bbs", "thread-bzx.html", "在家做数据标注的姐妹看过来 - 羊城论坛", """
<h1>在家做数据标注的姐妹看过来</h1>
<p>我们标注侠的双证班又开了,学完推荐接单。有意向打我电话 19120538764 (同微信)</p>
""", "U07", "标注侠", [("mob", "19120538764")], "forum post by U07")

# ================================================================ fenlei classifieds
page("fenlei", "info-201.html", "广州天河 人工智能训练师四级培训 正规学校 - 同城快讯", """
<h1>广州天河 人工智能训练师四级培训 正规学校</h1>
<p>类别:教育培训 › 职业技能 | 区域:天河</p>
<p>广州智训职业培训学校,开设人工智能训练师四级、三级课程,按标准授课,证书可联网查询。</p>
<p>联系人:李老师 电话 13826081457 座机 (020)3872 6615</p>
""", "U01", "广州智训职业培训学校", [("mob", "13826081457"), ("tel", "(020)3872 6615")], "classified ad of U01")
page("fenlei", "info-202.html", "宜昌 人工智能训练师 零基础包过 人社部颁发 - 同城快讯", """
<h1>宜昌 人工智能训练师 零基础包过</h1>
<p>类别:教育培训 | 区域:宜昌西陵</p>
<p>人社部颁发,三证合一,不过全退。电话 15927310846,QQ:2851639074</p>
""", "U02", "楚天数智", [("mob", "15927310846"), ("qq", "2851639074")], "classified ad of U02")
page("fenlei", "info-203.html", "宜昌 三峡职培 人工智能训练师五级 数据标注实训 - 同城快讯", """
<h1>三峡职培 人工智能训练师五级班 第6期招生</h1>
<p>类别:教育培训 | 区域:宜昌伍家岗</p>
<p>五级报考需一年相关工作经历。考点:江城职院鉴定站(前台 0717-6398100)。</p>
<p>报名:18671703925 办公室 (0717)6512873</p>
""", "U05", "三峡职培", [("mob", "18671703925"), ("tel", "(0717)6512873")], "classified ad of U05")
page("fenlei", "info-204.html", "广州 人工智能训练师技师 补贴后几乎免费 - 同城快讯", """
<h1>人工智能训练师技师 补贴后几乎免费</h1>
<p>类别:教育培训 | 区域:广州白云</p>
<p>不限学历,零基础直接报二级。报名表 jinshuju.net/f/Yc2026</p>
<p>联系:13631497082 微信同号 ycjp2026</p>
""", "U06", "羊城职培", [("mob", "13631497082"), ("wx", "ycjp2026")], "classified ad of U06")
page("fenlei", "info-205.html", "宜昌夷陵 人工智能训练师五级班 可申请补贴 - 同城快讯", """
<h1>夷陵职校 人工智能训练师五级班</h1>
<p>类别:教育培训 | 区域:宜昌夷陵</p>
<p>正规办学,考点江城职院鉴定站。参保满一年取证后可申领补贴。</p>
<p>电话 139 8677 9021 微信 ylzx_peixun</p>
""", "U09", "夷陵职校", [("mob", "139 8677 9021"), ("wx", "ylzx_peixun")], "classified ad of U09")
page("fenlei", "info-206.html", "个人 一对一辅导人工智能训练师理论 - 同城快讯", """
<h1>个人 一对一辅导人工智能训练师理论</h1>
<p>类别:家教 | 区域:广州海珠</p>
<p>本人在AI公司做标注质检,可一对一辅导理论,200元/次。陈老师 158 7194 3620 v:chenls_ai</p>
""", "I02", "陈老师AI工作室", [("mob", "158 7194 3620"), ("wx", "chenls_ai")], "classified ad of independent I02")
page("fenlei", "info-207.html", "中科华智 人工智能训练师证书 官网可查 - 同城快讯", """
<h1>中科华智人才评价中心 人工智能训练师证书</h1>
<p>类别:教育培训 | 区域:广州越秀</p>
<p>国家级证书,官网可查 www.hzrcpj.cn,免培训直接发证。热线 4008-263-917 QQ 3307418265</p>
""", "U03", "中科华智人才评价中心", [("400", "4008-263-917"), ("qq", "3307418265"), ("dom", "www.hzrcpj.cn")], "classified ad of U03")

# ================================================================ weiyue WeChat reposts
page("weiyue", "a-301.html", "重磅!人工智能训练师证书2026年最后一批报名 - 微阅读", """
<h1>重磅!人工智能训练师证书2026年最后一批报名</h1>
<p>原创 楚天AI学苑 2026-03-18</p>
<p>人社部颁发,零基础可报三级,三证合一!报名表 jinshuju.net/f/Ct3318</p>
<p>扫码或致电王老师 159-2731-0846</p>
""", "U02", "楚天AI学苑", [("mob", "159-2731-0846")], "WeChat repost of U02")
page("weiyue", "a-302.html", "三峡技能培训中心:人工智能训练师五级第6期招生简章 - 微阅读", """
<h1>人工智能训练师五级第6期招生简章</h1>
<p>原创 三峡职培 2026-04-02</p>
<p>宜昌三峡技能培训中心(统一社会信用代码 """ + USCC["U05"] + """)为民办非企业单位。培训 60 课时,认定考点江城职院鉴定站(前台 0717-6398100)。</p>
<p>证书样本编号:S000044012345263000128(示意)</p>
<p>报名电话:0717－6512873</p>
""", "U05", "宜昌三峡技能培训中心", [("uscc", USCC["U05"]), ("tel", "0717－6512873")], "WeChat repost of U05")
page("weiyue", "a-303.html", "人社部颁发!人工智能训练师一级高级技师全国招生 - 微阅读", """
<h1>人社部颁发!人工智能训练师一级高级技师全国招生</h1>
<p>原创 京鹏国培 2026-02-11</p>
<p>国家人才评价中心(北京京鹏国培教育科技有限公司,信用代码 """ + USCC["U08"] + """)面向全国招生,三级二级一级可同时报考。</p>
<p>对公收款走支付宝担保(支付宝客服 95188)。招生热线 4006 159 287</p>
""", "U08", "京鹏国培", [("uscc", USCC["U08"]), ("400", "4006 159 287")], "WeChat repost of U08")
page("weiyue", "a-304.html", "夷陵职校人工智能训练师五级班开始报名啦 - 微阅读", """
<h1>夷陵职校人工智能训练师五级班开始报名啦</h1>
<p>原创 夷陵职业技能培训学校 2026-04-10</p>
<p>本期认定批次号 13726050301,考点江城职院鉴定站(前台 0717-6398100)。学校统一社会信用代码 """ + USCC["U09"] + """。</p>
<p>加招生老师微信 ylzx_peixun,或拨打 0717 7826340</p>
""", "U09", "夷陵职业技能培训学校", [("wx", "ylzx_peixun"), ("tel", "0717 7826340"), ("uscc", USCC["U09"])], "WeChat repost of U09")
page("weiyue", "a-305.html", "华智教育:人工智能训练师证书办理须知 - 微阅读", """
<h1>人工智能训练师证书办理须知</h1>
<p>原创 华智教育 2026-01-20</p>
<p>证书官网可查:www.hzrcpj.cn。付款请转对公账户,户名:广州华智信息咨询有限公司(统一社会信用代码 """ + USCC["U03"] + """),也可走支付宝(客服 95188)。</p>
<p>咨询QQ:3307418265</p>
""", "U03", "华智教育", [("dom", "www.hzrcpj.cn"), ("payee", "广州华智信息咨询有限公司"), ("uscc", USCC["U03"]), ("qq", "3307418265")], "WeChat repost of U03")

# ================================================================ wenda Q&A
page("wenda", "q-8812.html", "人工智能训练师零基础能考吗?去哪报名? - 知了问答", """
<h1>人工智能训练师零基础能考吗?去哪报名?</h1>
<p>最佳回答 by 小鹿老师(AI职通车):可以的,我们直播课五级四级都能带,有问题打 177 8642 0593 或邮件 luxiaolu_ai@163.com</p>
<p>其他回答:五级也要一年相关经验,别听机构的。</p>
""", "U04", "AI职通车", [("mob", "177 8642 0593"), ("mail", "luxiaolu_ai@163.com")], "Q&A answer by U04")
page("wenda", "q-8813.html", "数据标注员证书有用吗?能接单吗? - 知了问答", """
<h1>数据标注员证书有用吗?能接单吗?</h1>
<p>回答 by 星链数据标注学院:我们学员学完可在 biaozhuxia.cn 平台接单,课程咨询 service@biaozhuxia.cn</p>
<p>网友评论:求资料,QQ 604827193</p>
""", "U07", "星链数据标注学院", [("dom", "biaozhuxia.cn"), ("mail", "service@biaozhuxia.cn")], "Q&A answer by U07")
page("wenda", "q-8814.html", "人工智能训练师高级技师怎么考最快? - 知了问答", """
<h1>人工智能训练师高级技师怎么考最快?</h1>
<p>回答 by 京鹏在线招生办:我们可以直接报一级,不看年限,人社部颁发。电话 13718460592</p>
<p>网友评论:一级要二级证书加四年,不可能直接报。</p>
""", "U08", "京鹏在线", [("mob", "13718460592")], "Q&A answer by U08")

# ---------------------------------------------------------------- decoys (written forms; pages computed by scan)
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official list of evaluation institutions"),
    ("phone", "4008601357", ["400-860-1357"], "course marketplace customer-service footer"),
    ("email", "kefu@ketanghui.com", ["kefu@ketanghui.com"], "course marketplace footer e-mail"),
    ("domain", "ketanghui.com", ["ketanghui.com"], "course marketplace's own domain"),
    ("qq_group", "218734590", ["218734590"], "forum's own QQ group in footer"),
    ("other", "粤ICP备18052736号-1", ["粤ICP备18052736号-1"], "classifieds site ICP in footer"),
    ("phone", "02029183377", ["020-29183377"], "classifieds customer-service footer"),
    ("phone", "13800138000", ["13800138000"], "template placeholder phone"),
    ("phone", "07176226110", ["0717-6226110"], "news site's tip-off hotline in footer"),
    ("phone", "+8617627158834", ["176 2715 8834"], "scammer number quoted in news and complaint"),
    ("qq", "2736104958", ["2736104958"], "scammer QQ quoted in news"),
    ("phone", "+8615626031908", ["15626031908"], "order number that looks like a mobile"),
    ("phone", "+8613726050301", ["13726050301"], "assessment batch number that looks like a mobile"),
    ("other", "S000044012345263000128", ["S000044012345263000128"], "sample certificate number copied by two sellers"),
    ("wechat", "lily_gz1990", ["lily_gz1990"], "reader's own WeChat in comments"),
    ("qq", "604827193", ["604827193"], "reader's own QQ in comments"),
    ("phone", "07176398100", ["0717-6398100"], "exam venue front desk (third party)"),
    ("phone", "07176398000", ["0717-6398000"], "college switchboard in footer"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
    ("phone", "95188", ["95188"], "payment platform hotline"),
    ("domain", "kuaishua.com", ["kuaishua.com"], "short-video platform domain in footer"),
    ("phone", "4001186600", ["400-118-6600"], "short-video platform hotline in footer"),
    ("domain", "mp.weixin.qq.com", ["mp.weixin.qq.com"], "WeChat platform domain on reposts"),
    ("email", "tougao@weiyuedu.cn", ["tougao@weiyuedu.cn"], "repost site footer e-mail"),
    ("other", "鄂ICP备19023517号", ["鄂ICP备19023517号"], "Q&A site ICP in footer"),
    ("phone", "07176731230", ["0717-6731230"], "人社局 office phone in footer"),
    ("domain", "jcvtc.edu.cn", ["jcvtc.edu.cn"], "college's own domain in footer (also in I01 e-mail)"),
]

# ---------------------------------------------------------------- rendering
CSS_BASE = "body{font-family:sans-serif;margin:0}header,footer,nav,aside,main{padding:8px 16px}aside{float:right;width:220px;font-size:13px}footer{clear:both;font-size:12px;color:#666;border-top:1px solid #ccc}"


def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm) or ".").replace(os.sep, "/")


def frame(skey, path, title, body, related):
    s = SITES[skey]
    idx = f"{skey}/index.html"
    menu = " | ".join(f'<a href="{rel(path, idx)}">{m}</a>' if i == 0 else f'<a href="{rel(path, idx)}#{i}">{m}</a>' for i, m in enumerate(s["menu"]))
    crumbs = f'<a href="{rel(path, "index.html")}">导航</a> › <a href="{rel(path, idx)}">{s["name"]}</a>'
    if path != idx:
        crumbs += f" › {html.escape(title.split(' - ')[0].split(' | ')[0])}"
    rel_links = "".join(f'<li><a href="{rel(path, r[0])}">{html.escape(r[1])}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{CSS_BASE}body{{{s['css']}}}</style></head>
<body>
<header><strong>{s['name']}</strong></header>
<nav>{menu}</nav>
<div class="crumbs">{crumbs}</div>
<aside>{s['side']}<h4>相关链接</h4><ul>{rel_links}</ul></aside>
<main>{body}</main>
<footer>{s['footer']}</footer>
</body></html>
"""


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    titles = {f"{p['site']}/{p['file']}": p["title"] for p in PAGES}
    for skey, s in SITES.items():
        plist = [f"{skey}/{f}" for f in s["pages"]]
        for p in PAGES:
            if p["site"] != skey:
                continue
            path = f"{skey}/{p['file']}"
            others = [q for q in plist if q != path]
            related = [(q, titles[q]) for q in others[:4]]
            files[path] = frame(skey, path, p["title"], p["body"], related)
        idx = f"{skey}/index.html"
        items = "".join(f'<li><a href="{rel(idx, q)}">{html.escape(titles[q])}</a></li>' for q in plist)
        body = f"<h1>{s['name']}</h1><p>本站最新内容:</p><ul>{items}</ul>"
        files[idx] = frame(skey, idx, s["name"] + " - 首页", body, [(q, titles[q]) for q in plist[:3]])
    hub_items = "".join(f'<li><a href="{k}/index.html">{v["name"]}</a>({v["style"]})</li>' for k, v in SITES.items())
    files["index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航 · 广州 宜昌 一周搜索记录</title></head>
<body><h1>网址导航</h1><p>一周内在广州、宜昌搜索“人工智能训练师 证书”访问过的网站:</p><ul>{hub_items}</ul></body></html>
"""
    for path, text in files.items():
        fp = os.path.join(OUT, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    def visible(t):
        t = re.sub(r"<style.*?</style>", "", t, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    texts = {p: visible(t) for p, t in files.items()}

    pages = []
    by_path = {f"{p['site']}/{p['file']}": p for p in PAGES}
    for path in sorted(files):
        p = by_path.get(path)
        if p is None:
            pages.append({"path": "/" + path, "is_offer": False, "operator": None, "provider": None,
                          "identifiers": [], "note": "hub page" if path == "index.html" else f"index page of {SITES[path.split('/')[0]]['name']}"})
            continue
        ids, seen = [], set()
        if p["op"]:
            for key, written in p["ids"]:
                kind, value = OPS[p["op"]]["ids"][key]
                if (kind, value, written) not in seen:
                    seen.add((kind, value, written))
                    ids.append([kind, value, written])
        pages.append({"path": "/" + path, "is_offer": p["op"] is not None, "operator": p["op"],
                      "provider": p["provider"], "identifiers": ids, "note": p["note"]})
    operators = {}
    for op, d in OPS.items():
        if not op.startswith("U"):
            continue
        used = []
        for pg in pages:
            if pg["operator"] == op:
                for k, v, _ in pg["identifiers"]:
                    if [k, v] not in used:
                        used.append([k, v])
        operators[op] = {"brands": d["brands"], "identifiers": used}
    decoys = []
    for kind, value, written, why in DECOYS:
        pl = sorted("/" + p for p, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pl, "why": why})
    truth = {"pages": pages, "operators": operators, "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
