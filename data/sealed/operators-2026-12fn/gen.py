#!/usr/bin/env python3
"""Generate a small labelled web of Chinese AI-trainer (人工智能训练师 4-04-05-05)
certificate-seller pages: site/ and truth.json.  Standard library only, deterministic."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, region6, body8):
    s17 = prefix2 + region6 + body8 + _org_check(body8)
    tot = sum(ALPH.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    r = 31 - tot % 31
    return s17 + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("52", "370705", "MJD8K31R")   # 民办非企业单位, 潍坊奎文
USCC_U03 = uscc("91", "110108", "MA01QY7K")   # 企业, 北京海淀
USCC_U05 = uscc("91", "310115", "MA1K4H2W")   # 企业, 上海浦东
USCC_I04 = uscc("91", "520302", "MA6J8C4N")   # 企业, 遵义红花岗
USCC_KT = uscc("91", "110105", "MA00B7TL")    # 知课网 platform company

# ---------------------------------------------------------------- sites
SITES = {}


def site(key, name, domain, menu, footer, side):
    SITES[key] = dict(key=key, name=name, domain=domain, menu=menu, footer=footer, side=side)


site("wfzy", "潍坊智云职业技能培训学校", "www.wfzhiyun.com",
     [("首页", "/wfzy/index.html"), ("人工智能训练师", "/wfzy/ai-trainer.html"), ("学校新闻", "/wfzy/news-1.html")],
     "<p>潍坊智云职业技能培训学校 版权所有 | 地址：潍坊市奎文区东风东街与北海路交叉口西200米 智云大厦5楼</p>"
     "<p>招生电话：0536-8231657 | 邮箱：zhiyunpx@163.com | 网址：www.wfzhiyun.com</p>"
     "<p>办学许可证：教民137070570001234号 | 鲁ICP备2021035566号-1</p>",
     "<h3>联系我们</h3><p>电话：0536-8231657</p><p>工作时间：周一至周六 8:30-17:30</p>")

site("ketang", "知课网", "zhikewang.cn",
     [("首页", "/ketang/index.html"), ("职业技能", "/ketang/index.html#zyjn"), ("IT/互联网", "/ketang/index.html#it"), ("考证", "/ketang/index.html#kz")],
     "<p>知课网 zhikewang.cn - 在线职业教育平台 | 客服热线：400-660-1818（9:00-21:00）| 客服邮箱：kefu@zhikewang.cn</p>"
     "<p>北京知课互联科技有限公司 统一社会信用代码：" + USCC_KT + " | 京ICP备19023517号-2 | 京公网安备11010502040388号</p>"
     "<p>平台仅提供信息展示服务，课程由入驻机构提供，请谨慎甄别。</p>",
     "<h3>平台保障</h3><ul><li>7天无理由退课</li><li>平台担保交易</li><li>入驻机构资质审核</li></ul>")

site("bbs", "鸢都论坛", "bbs.yuandu365.com",
     [("论坛首页", "/bbs/index.html"), ("潍坊杂谈", "/bbs/index.html#zt"), ("教育培训", "/bbs/index.html#jy"), ("便民求助", "/bbs/index.html#qz")],
     "<p>鸢都论坛 - 潍坊人自己的网上家园 | 站务QQ群：563218907 | 广告合作：ad@yuandu365.com</p>"
     "<p>Powered by Discuz! X3.4 | 鲁ICP备15008872号-3</p>",
     "<h3>版规</h3><p>禁止发布违法广告，交易请当面或走担保。</p><p>论坛QQ群：563218907</p>")

site("fenlei", "百业分类网", "www.baiyefenlei.com",
     [("首页", "/fenlei/index.html"), ("潍坊", "/fenlei/index.html#wf"), ("遵义", "/fenlei/index.html#zy"), ("教育培训", "/fenlei/index.html#jy"), ("免费发布", "/fenlei/index.html#fb")],
     "<p>百业分类网 免费发布本地信息 | 客服电话：400-018-5858 | 鲁ICP备16041388号</p>"
     "<p>发布须知：联系电话请填写手机号，如：13800138000；涉及先交费的信息请提高警惕。</p>",
     "<h3>安全提示</h3><p>凡是要求先付定金、保证金的，均可能是骗局。</p><p>客服：400-018-5858</p>")

site("wenda", "知否问答", "www.zhifouwenda.com",
     [("首页", "/wenda/index.html"), ("教育", "/wenda/index.html#jy"), ("职场", "/wenda/index.html#zc"), ("我要提问", "/wenda/index.html#ask")],
     "<p>知否问答 | 意见反馈：feedback@zhifouwenda.com | 黔ICP备18003921号-1</p>"
     "<p>回答内容仅代表答主个人观点，不代表本站立场。</p>",
     "<h3>热门话题</h3><ul><li>考证</li><li>职业技能补贴</li><li>人工智能</li></ul>")

site("wx", "今日看点号", "www.jrkandian.com",
     [("首页", "/wx/index.html"), ("教育", "/wx/index.html#jy"), ("职场", "/wx/index.html#zc"), ("本地", "/wx/index.html#bd")],
     "<p>今日看点号 www.jrkandian.com - 优质公众号文章聚合 | 商务合作QQ：2968810532</p>"
     "<p>本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>",
     "<h3>热文榜</h3><ol><li>2025年技能补贴怎么领</li><li>考证避坑指南</li><li>AI时代的新职业</li></ol>")

site("video", "快看短视频", "www.kuaikanvideo.com",
     [("推荐", "/video/index.html"), ("知识", "/video/index.html#zs"), ("同城", "/video/index.html#tc")],
     "<p>快看短视频 网页版 | 违法和不良信息举报电话：400-140-2108 | 举报邮箱：jubao@kuaikanvideo.com</p>"
     "<p>京ICP备20031177号-5 | 网络文化经营许可证 京网文〔2020〕1234-222号</p>",
     "<h3>打开App看更多</h3><p>扫码下载快看App</p>")

site("news", "黔北在线", "www.qianbeizx.com",
     [("首页", "/news/index.html"), ("遵义新闻", "/news/index.html#zy"), ("教育", "/news/index.html#jy"), ("民生", "/news/index.html#ms")],
     "<p>黔北在线 版权所有 | 新闻热线：0851-28611234 | 广告服务：0851-28611235</p><p>黔ICP备12004561号</p>",
     "<h3>新闻热线</h3><p>0851-28611234</p><p>欢迎提供新闻线索</p>")

site("rsj", "鸢都新区人力资源和社会保障局", "rsj.yuandu-xq.gov.example",
     [("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("政策文件", "/rsj/index.html#zcwj"), ("办事服务", "/rsj/index.html#bsfw")],
     "<p>主办：鸢都新区人力资源和社会保障局 | 地址：鸢都新区政务服务中心3楼 | 人社服务热线：12333</p>",
     "<h3>便民服务</h3><ul><li>技能人才评价证书查询</li><li>失业保险技能提升补贴</li><li>12333咨询</li></ul>")

site("shop", "淘优选商城", "www.taoyouxuan.com",
     [("首页", "/shop/index.html"), ("教育培训", "/shop/index.html#jy"), ("考试服务", "/shop/index.html#ks")],
     "<p>淘优选商城 | 平台客服：400-800-6677 | 支付宝客服：95188 | 消费者维权热线：12315</p>"
     "<p>浙ICP备17045536号 | 商品信息由商家发布，平台不对虚拟服务类商品承担担保责任</p>",
     "<h3>购物保障</h3><ul><li>担保交易</li><li>假一赔三（实物）</li></ul>")

site("blog", "简记博客", "www.jianjiblog.net",
     [("首页", "/blog/index.html"), ("职场", "/blog/index.html#zc"), ("生活", "/blog/index.html#sh")],
     "<p>简记博客 - 记录与分享 | 联系我们：contact@jianjiblog.net | 苏ICP备19061234号</p>",
     "<h3>标签</h3><p>考证 / AI / 职场 / 生活 / 种植</p>")

SITE_ORDER = ["wfzy", "ketang", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "shop", "blog"]

# ---------------------------------------------------------------- pages
PAGES = []


def page(path, title, body, op=None, provider=None, ids=(), note="", offer=None):
    PAGES.append(dict(path=path, title=title, body=body, op=op, provider=provider,
                      ids=[list(x) for x in ids], note=note,
                      offer=(op is not None) if offer is None else offer))


def comments(items):
    return "<div class='comments'><h4>评论（%d）</h4>" % len(items) + "".join(
        "<div class='c'><b>%s</b>：%s</div>" % (u, t) for u, t in items) + "</div>"


# ---- wfzy (U01's own site)
page("/wfzy/index.html", "潍坊智云职业技能培训学校 - 人工智能训练师 数据标注员 培训认定",
     "<div class='banner'><h1>潍坊智云职业技能培训学校</h1><p>2025年人工智能训练师（4-04-05-05）四级/三级 培训班火热报名中</p></div>"
     "<p>我校是经潍坊市人社部门批准设立的民办职业培训学校，统一社会信用代码：" + USCC_U01 + "。"
     "开设人工智能训练师（数据标注员、人工智能算法测试员）、电工、保育师等培训项目。</p>"
     "<ul><li>人工智能训练师五级/四级：理论+实操，周末班约6周</li><li>符合条件的参保职工取证后可申领失业保险技能提升补贴</li></ul>"
     "<p>报名咨询：0536-8231657 / 152 6631 8842（王老师）　邮箱：zhiyunpx@163.com　官网：www.wfzhiyun.com</p>"
     "<div class='notice'><b>郑重声明：</b>近期有人冒用我校名义以“包过、免考拿证”为由收费，号码139 8520 9613非我校电话，请勿转账。</div>",
     "U01", "潍坊智云职业技能培训学校",
     [("phone", "05368231657", "0536-8231657"), ("phone", "+8615266318842", "152 6631 8842"),
      ("email", "zhiyunpx@163.com", "zhiyunpx@163.com"), ("domain", "wfzhiyun.com", "www.wfzhiyun.com"),
      ("uscc", USCC_U01, USCC_U01), ("other", "鲁ICP备2021035566号-1", "鲁ICP备2021035566号-1")],
     "training school homepage advertising AI-trainer classes (honest)")

page("/wfzy/ai-trainer.html", "人工智能训练师培训（四级/三级）招生简章 - 潍坊智云",
     "<h1>人工智能训练师职业技能等级认定培训 招生简章</h1>"
     "<p>职业编码：4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准（2021年版）》组织培训，"
     "由备案评价机构组织理论知识考试和操作技能考核，均为百分制，60分及格。</p>"
     "<h3>报考条件</h3><p>五级：累计从事本职业或相关职业工作满1年；四级：取得五级证书后从事本职业4年，或累计工作6年等。"
     "我校不承诺“包过”，不接受跨级报考。</p>"
     "<h3>证书</h3><p>颁发职业技能等级证书（不是国家职业资格证书），由评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。"
     "证书样本编号：S000037070001255000316（样本，仅作格式展示）。</p>"
     "<h3>补贴</h3><p>参保满1年的职工取证后可按规定申领技能提升补贴（五级1000元、四级1500元、三级2000元），具体以人社部门审核为准，政策咨询可拨打12333。</p>"
     "<p>本期认定批次号：15370725003；考点：潍坊职业学院实训楼（考点前台 0536-8195210，仅提供考场指引）。</p>"
     "<p>报名：（0536）8231657，手机同微信 15266318842，微信号 zhiyun_wf。</p>",
     "U01", "潍坊智云职业技能培训学校",
     [("phone", "05368231657", "（0536）8231657"), ("phone", "+8615266318842", "15266318842"), ("wechat", "zhiyun_wf", "zhiyun_wf")],
     "enrolment brochure, correct eligibility and subsidy, quotes official hotline, batch no., venue desk")

page("/wfzy/news-1.html", "关于不法分子冒用我校名义招生的声明",
     "<h1>关于不法分子冒用我校名义招生的声明</h1><p>2025-06-20</p>"
     "<p>近日接到多名学员反映，有人使用手机号13985209613、微信“rsb_zhengshu”冒充我校老师，以“人社部颁发、不用考试、三天出证”为由收取费用。"
     "我校从未授权任何个人或机构代为招生，职业技能等级证书须经培训和考核后由评价机构颁发。</p>"
     "<p>如遇类似情况请向12315投诉或报警。</p>",
     None, None, [], "school statement warning about impersonators; quotes scam phone and wechat")

# ---- ketang (course marketplace)
KT_REV = lambda a, b: comments([("学员" + a, b)])

page("/ketang/course-1011.html", "【包过班】人工智能训练师三级 零基础直通车 人社部颁发 - 知课网",
     "<h1>人工智能训练师（三级/高级工）零基础直通车</h1><p>课程ID：KT1011 | 机构：启元AI学院 | 已报名 3261 人</p>"
     "<p class='price'>¥2980 <del>¥6800</del> 限时特惠</p>"
     "<ul><li>零基础、不限学历、不限经验，直接报考三级</li><li>人社部颁发国家职业资格证书，全国通用，入库可查</li>"
     "<li>不过全额退款，包过！考前内部题库</li><li>加报二级技师仅需1680元，三证一起拿更划算</li></ul>"
     "<p>机构资质：北京启元智训科技有限公司（统一社会信用代码 " + USCC_U03 + "）</p>"
     "<p>课程顾问热线：4008-517-266　添加班主任微信：qiyuan_ai01 领取备考资料</p>"
     + KT_REV("A***9", "课程还没看，先占个坑。"),
     "U03", "启元AI学院",
     [("phone", "4008517266", "4008-517-266"), ("wechat", "qiyuan_ai01", "qiyuan_ai01"), ("uscc", USCC_U03, USCC_U03)],
     "marketplace course: dishonest (包过, 零基础三级, 人社部颁发, 国家职业资格)")

page("/ketang/course-1024.html", "AI训练师速成营 原价9999限时99 - 知课网",
     "<h1>AI训练师速成营｜90%小白都能学会</h1><p>课程ID：KT1024 | 机构：智汇未来教育</p>"
     "<p class='price'>¥99 <del>¥9999</del></p>"
     "<p>7天直播课带你入门数据标注、提示词工程，结课可加购“人工智能训练师+AIGC”双证（¥3980，人社部颁发，拿到证书便可升职加薪）。</p>"
     "<p>主办方：上海智汇未来信息科技有限公司，统一社会信用代码：" + USCC_U05 + "</p>"
     "<p>课后服务请加助教微信 zhfl2023，或发邮件 service@zhihuiweilai.com。付款问题可咨询微信支付客服95017。</p>"
     + KT_REV("B***k", "99的课最后推销三千多的证，慎重。"),
     "U05", "智汇未来教育",
     [("wechat", "zhfl2023", "zhfl2023"), ("email", "service@zhihuiweilai.com", "service@zhihuiweilai.com"), ("uscc", USCC_U05, USCC_U05)],
     "low-price hook course with upsell to a 'double certificate' (dishonest)")

page("/ketang/course-1038.html", "人工智能训练师（数据标注员）四级 线上理论+线下实操 - 知课网",
     "<h1>人工智能训练师四级（中级工）培训</h1><p>课程ID：KT1038 | 机构：智云教育（潍坊）</p>"
     "<p class='price'>¥1680（含教材，不含认定考试费）</p>"
     "<p>线上理论32课时 + 潍坊线下实操。需满足四级申报条件，报名时请提供工作年限证明。认定由备案评价机构组织，证书为职业技能等级证书。</p>"
     "<p>机构官网：wfzhiyun.com　咨询：152-6631-8842</p>"
     + KT_REV("C***n", "线下实操老师很认真，机房电脑有点老。"),
     "U01", "智云教育",
     [("domain", "wfzhiyun.com", "wfzhiyun.com"), ("phone", "+8615266318842", "152-6631-8842")],
     "marketplace listing of U01 under short brand (honest)")

page("/ketang/course-1052.html", "数据标注实战课：从标注工具到质检（可对接人工智能训练师五级） - 知课网",
     "<h1>数据标注实战课</h1><p>课程ID：KT1052 | 机构：北辰数据标注工作室</p><p class='price'>¥399</p>"
     "<p>本课程只讲技能，不代办证书。想考人工智能训练师五级的同学需要满足1年相关工作经历，可自行联系当地备案评价机构。</p>"
     "<p>讲师答疑：183 0636 8127（工作日）　微信 bc_biaozhu</p>"
     + KT_REV("D***2", "干货多，没有推销。"),
     "I01", "北辰数据标注工作室",
     [("phone", "+8618306368127", "183 0636 8127"), ("wechat", "bc_biaozhu", "bc_biaozhu")],
     "independent honest skills course")

page("/ketang/course-1060.html", "人工智能训练师证书 免考直接出证 三天拿证 - 知课网",
     "<h1>人工智能训练师证 加急办理</h1><p>课程ID：KT1060 | 机构：考证帮</p><p class='price'>¥1280/本</p>"
     "<p>不用考试，提交身份证照片即可，三天出证，人社部官网可查。五级、四级、三级均可办理，二级技师另议。</p>"
     "<p>进群领取证书样本：QQ群781204563　或加微信 KZB8866</p>"
     + KT_REV("E***x", "这种能上架？举报了。"),
     "U07", "考证帮",
     [("qq_group", "781204563", "781204563"), ("wechat", "kzb8866", "KZB8866")],
     "certificate mill listing: no exam, price per certificate")

page("/ketang/course-1077.html", "遵义 人工智能训练师五级 周末班 补贴后几乎免费 - 知课网",
     "<h1>遵义人工智能训练师五级周末班</h1><p>课程ID：KT1077 | 机构：黔北职教</p><p class='price'>¥1200（补贴后几乎免费）</p>"
     "<p>人人都能领补贴，学完考试通过后返还学费！不限学历，不限年龄。上课地点：遵义市汇川区。</p>"
     "<p>报名微信：qbzj_666　电话：13639212785</p>"
     + KT_REV("F***y", "补贴不是人人都有，要交满一年失业保险。"),
     "U06", "黔北职教",
     [("wechat", "qbzj_666", "qbzj_666"), ("phone", "+8613639212785", "13639212785")],
     "Zunyi weekend class overstating the subsidy")

page("/ketang/index.html", "知课网 - 职业技能 考证 在线课程",
     "<h1>知课网 · 职业技能频道</h1><p>本周热门：人工智能训练师、数据标注、AIGC应用</p>",
     None, None, [], "marketplace index")

# ---- bbs (forum)
page("/bbs/thread-3301.html", "[教育培训] 潍坊有没有靠谱的人工智能训练师培训？顺便发个我们学校的招生 - 鸢都论坛",
     "<div class='post'><p class='meta'>楼主：智云_王老师 | 发表于 2025-6-16 09:12</p>"
     "<p>大家好，我是潍坊智云培训的老师。七月份开人工智能训练师五级/四级班，周末上课，需要满足申报条件，不搞包过那一套。"
     "符合条件的可以领补贴，电话微信同号 １５２６６３１８８４２，也可以加 ZhiYun_WF。</p></div>"
     + comments([("鸢都小燕子", "四级要工作年限吗？我做客服三年了"), ("智云_王老师", "四级一般要求取得五级后工作4年或累计6年，可以先报五级"),
                 ("lily_wf", "想了解一下，我微信lily_wf88，麻烦发个课表")]),
     "U01", "潍坊智云培训",
     [("phone", "+8615266318842", "１５２６６３１８８４２"), ("wechat", "zhiyun_wf", "ZhiYun_WF")],
     "forum self-promotion thread by U01 with full-width digits; a reader posts her WeChat")

page("/bbs/thread-3315.html", "[便民求助] 被“人社部颁发”的AI训练师证书骗了2980，怎么维权 - 鸢都论坛",
     "<div class='post'><p class='meta'>楼主：老实人小刘 | 发表于 2025-6-18 21:40</p>"
     "<p>上个月在网上看到广告说人工智能训练师三级零基础包过，加了个微信rsb_zhengshu，对方手机139-8520-9613，交了2980之后就拉黑了。"
     "订单号2025051822417706。打了12315，说要提供对方主体信息。大家有什么办法？</p></div>"
     + comments([("潍坊老张", "正规证书在zscx.osta.org.cn能查，查不到的都别信"), ("路过的", "报警吧，顺便打12333问问")]),
     None, None, [], "complaint thread quoting scam phone/wechat, hotlines, an order number")

page("/bbs/thread-3320.html", "[教育培训] 人工智能训练师三证合一，一次拿三级+二级+一级，可挂靠 - 鸢都论坛",
     "<div class='post'><p class='meta'>楼主：华职教育-小孙 | 发表于 2025-6-20 10:05</p>"
     "<p>三证合一！不限学历不限经验，一次拿人工智能训练师三级+技师+高级技师，国家认可，全国通用，可挂靠企业年入3万+。"
     "名额有限，加企鹅 Q 340 921 7756 咨询，对公收款：潍坊市奎文区华职信息咨询服务部。</p></div>"
     + comments([("小草", "三个级别一次拿？这不合规吧"), ("求带", "多少钱？电话135 0536 7781回我一下")]),
     "U04", "华职教育",
     [("qq", "3409217756", "340 921 7756"), ("other", "潍坊市奎文区华职信息咨询服务部", "潍坊市奎文区华职信息咨询服务部")],
     "dishonest forum ad: three levels at once, 挂靠 income; reader leaves phone")

page("/bbs/thread-3342.html", "[教育培训] 个人辅导人工智能训练师五级理论，潍坊本地，可上门 - 鸢都论坛",
     "<div class='post'><p class='meta'>楼主：张老师_数据标注 | 发表于 2025-6-21 14:30</p>"
     "<p>本人在数据标注公司做质检五年，业余时间辅导五级理论和标注实操，按小时收费150元/小时。证书要自己去评价机构报名考试，我只负责辅导。"
     "联系电话：131-5369-7740。</p></div>"
     + comments([("阿伟", "支持一下，实在人")]),
     "I02", "张老师（个人）",
     [("phone", "+8613153697740", "131-5369-7740")],
     "independent private tutor offer")

page("/bbs/thread-3350.html", "[教育培训] 慧学国际：AI训练师证书+挂靠，持证年入3万不是梦 - 鸢都论坛",
     "<div class='post'><p class='meta'>楼主：慧学国际教育 | 发表于 2025-6-23 11:11</p>"
     "<p>人工智能训练师国家职业资格证书，工信部认证，证书直接对应职称！考下来我们负责挂靠，一年稳拿3万。"
     "报名热线 156 1587 3390，微信 huixue_gj。</p></div>"
     + comments([("求带", "挂靠是真的吗？13505367781 私聊"), ("鸢都老兵", "AI训练师证书挂靠？没听说过，小心")]),
     "U08", "慧学国际教育",
     [("phone", "+8615615873390", "156 1587 3390"), ("wechat", "huixue_gj", "huixue_gj")],
     "dishonest 挂靠 lure; same reader phone as thread-3320")

page("/bbs/index.html", "鸢都论坛 - 潍坊人自己的网上家园",
     "<h1>鸢都论坛</h1><p>今日：326 | 昨日：1204 | 会员：18万</p>", None, None, [], "forum index")

# ---- fenlei (classifieds)
page("/fenlei/wf-8812.html", "【潍坊】人工智能训练师证书 三证合一 速办 - 百业分类网",
     "<h1>人工智能训练师证书 三证合一 包过</h1><p>信息编号：8812 | 区域：潍坊-奎文 | 发布者：华职认证服务中心</p>"
     "<p>人社部颁发，国家认可，全国联网可查。三级+技师+高级技师打包价5800，零基础可报，不过退费。</p>"
     "<p>联系人：孙老师 135 8361 0297　QQ：3409217756</p>"
     "<p>付款方式：可走支付宝担保交易，有疑问可咨询支付宝客服95188。</p>",
     "U04", "华职认证服务中心",
     [("phone", "+8613583610297", "135 8361 0297"), ("qq", "3409217756", "3409217756")],
     "classified ad, dishonest three-level bundle")

page("/fenlei/zy-8830.html", "【遵义】人工智能训练师五级/四级培训 黔智职培 - 百业分类网",
     "<h1>遵义黔智职业技能培训中心 人工智能训练师培训</h1><p>信息编号：8830 | 区域：遵义-红花岗</p>"
     "<p>人工智能训练师五级、四级培训，人社部颁发证书，可在 zscx.osta.org.cn 查询。需满足报考条件，提供工作证明。</p>"
     "<p>咨询电话：187 8521 6630 / 0851-28226417　微信：qianzhi-AI</p>"
     "<p>提醒：近期有人冒充我中心，号码139-8520-9613、微信rsb_zhengshu均非本中心。</p>",
     "U02", "遵义黔智职业技能培训中心",
     [("phone", "+8618785216630", "187 8521 6630"), ("phone", "085128226417", "0851-28226417"), ("wechat", "qianzhi-ai", "qianzhi-AI")],
     "classified ad; mostly honest but says 人社部颁发")

page("/fenlei/zy-8847.html", "【遵义】AI人工智能训练师 考证培训 可领补贴 - 百业分类网",
     "<h1>黔北职业技能学校 人工智能训练师招生</h1><p>信息编号：8847 | 区域：遵义-汇川</p>"
     "<p>学费1200元，考试通过申领补贴，补贴后几乎免费！不限学历、不限年龄、无门槛。</p>"
     "<p>手机：136 3921 2785　办公室：0851-27305561</p>",
     "U06", "黔北职业技能学校",
     [("phone", "+8613639212785", "136 3921 2785"), ("phone", "085127305561", "0851-27305561")],
     "classified ad, overstated subsidy, 无门槛")

page("/fenlei/wf-8855.html", "【潍坊】人工智能训练师五级 周末班 鸢都数智 - 百业分类网",
     "<h1>鸢都数智职业培训学校 人工智能训练师五级</h1><p>信息编号：8855 | 区域：潍坊-高新</p>"
     "<p>五级需从事相关工作满1年。本批次随全市认定批次号15370725003统一考核，考点潍坊职业学院（考点前台0536-8195210）。"
     "补贴政策请以人社部门为准，可咨询12333。</p>"
     "<p>电话：0536-2098715　手机：138 6962 4018</p>",
     "U09", "鸢都数智职业培训学校",
     [("phone", "05362098715", "0536-2098715"), ("phone", "+8613869624018", "138 6962 4018")],
     "honest classified ad, quotes batch no., venue desk, 12333")

page("/fenlei/zy-8861.html", "【遵义】新蒲职业培训学校 人工智能训练师（数据标注员）招生 - 百业分类网",
     "<h1>遵义新蒲职业培训学校招生</h1><p>信息编号：8861 | 区域：遵义-新蒲</p>"
     "<p>人工智能训练师五级培训60课时，理论+实操，考核合格由评价机构颁发职业技能等级证书，可在zscx.osta.org.cn查询。政策咨询12333。</p>"
     "<p>学校电话：0851-27651193　招生老师：18985267714</p>",
     "I03", "遵义新蒲职业培训学校",
     [("phone", "085127651193", "0851-27651193"), ("phone", "+8618985267714", "18985267714")],
     "independent honest classified ad")

page("/fenlei/wf-8870.html", "【潍坊】启元AI学院潍坊招生处 人工智能训练师二级技师 包过 - 百业分类网",
     "<h1>人工智能训练师二级（技师）包过班</h1><p>信息编号：8870 | 区域：潍坊-潍城</p>"
     "<p>零基础直接考技师！国家职业资格证书，证书查询网址 qiyuanai.cn/cert 联网可查。考不过免费重学。</p>"
     "<p>北京启元智训科技有限公司潍坊招生处，统一社会信用代码" + USCC_U03 + "</p>"
     "<p>全国热线：400-851-7266　微信：qiyuan_ai02</p>",
     "U03", "北京启元智训科技有限公司潍坊招生处",
     [("phone", "4008517266", "400-851-7266"), ("wechat", "qiyuan_ai02", "qiyuan_ai02"), ("uscc", USCC_U03, USCC_U03),
      ("domain", "qiyuanai.cn", "qiyuanai.cn")],
     "dishonest: level 2 for beginners, own domain as 'query site'")

page("/fenlei/index.html", "百业分类网 - 潍坊 遵义 免费发布信息",
     "<h1>百业分类网</h1><p>城市：潍坊 | 遵义 | 更多</p>", None, None, [], "classifieds index")

# ---- wenda (Q&A)
page("/wenda/q-501.html", "遵义哪里可以考人工智能训练师？要什么条件？ - 知否问答",
     "<h1>遵义哪里可以考人工智能训练师？要什么条件？</h1><p>提问者：匿名用户 | 2025-06-12</p>"
     "<div class='answer'><b>黔智职培-刘老师</b>（认证：教育机构）<p>五级要求相关工作满一年，四级要五级证后再工作4年。"
     "我们中心在红花岗区有周末班，人社部颁发证书。想了解可以加v：qianzhi-ai，或者打一八七八五二一六六三零也行：187-8521-6630。</p></div>"
     "<div class='answer'><b>热心网友</b><p>先去当地人社局问清楚哪些是备案评价机构。</p></div>",
     "U02", "黔智职培",
     [("wechat", "qianzhi-ai", "qianzhi-ai"), ("phone", "+8618785216630", "187-8521-6630")],
     "Q&A answer by U02 staff inviting enrolment")

page("/wenda/q-517.html", "人工智能训练师三级零基础能考吗？ - 知否问答",
     "<h1>人工智能训练师三级零基础能考吗？</h1><p>提问者：lily_wf | 2025-06-15</p>"
     "<p>问题补充：想报个班，有人推荐的加我微信lily_wf88。</p>"
     "<div class='answer'><b>启元教育 官方</b><p>可以的！我们启元零基础直接报三级，人社部颁发，包过，不过退款。"
     "加老师微信 QiYuan_AI01 或电话 177-3186-9425 咨询。</p></div>"
     "<div class='answer'><b>考证老司机</b><p>三级要四级证加年限，零基础直接三级的都别信。</p></div>",
     "U03", "启元教育",
     [("wechat", "qiyuan_ai01", "QiYuan_AI01"), ("phone", "+8617731869425", "177-3186-9425")],
     "dishonest answer by U03; asker posted own WeChat")

page("/wenda/q-522.html", "网上说人工智能训练师证书是“人社部颁发”，是真的吗？ - 知否问答",
     "<h1>网上说人工智能训练师证书是“人社部颁发”，是真的吗？</h1>"
     "<div class='answer'><b>人社小助手</b><p>不是。改革后的职业技能等级证书由备案的评价机构颁发，人社部门负责备案监管。"
     "证书可在 zscx.osta.org.cn 查询，备案机构名单见 pjjg.osta.org.cn。有疑问拨打12333。"
     "最近有人用微信rsb_zhengshu冒充人社工作人员卖证，请勿上当。</p></div>",
     None, None, [], "warning Q&A, official domains and hotline, scam wechat")

page("/wenda/q-538.html", "潍坊考人工智能训练师五级大概多少钱？ - 知否问答",
     "<h1>潍坊考人工智能训练师五级大概多少钱？</h1>"
     "<div class='answer'><b>鸢都数智</b><p>我们五级培训费1100元左右，认定考试费另计，以评价机构公示为准。"
     "证书编号格式类似S000037070001255000316，可到zscx.osta.org.cn查，评价机构名单看pjjg.osta.org.cn。咨询13869624018，微信yd-shuzhi。</p></div>",
     "U09", "鸢都数智",
     [("phone", "+8613869624018", "13869624018"), ("wechat", "yd-shuzhi", "yd-shuzhi")],
     "honest-ish answer by U09 with sample certificate number")

page("/wenda/index.html", "知否问答 - 有问题，就问知否", "<h1>知否问答</h1><p>教育频道 最新问题</p>",
     None, None, [], "Q&A index")

# ---- wx (WeChat-article reposts)
page("/wx/a-20250611.html", "AI时代最缺的岗位！人工智能训练师，小白7天入门（文末福利） - 今日看点号",
     "<p class='src'>来源：公众号「智汇AI训练营」 2025-06-11</p>"
     "<h1>AI时代最缺的岗位！人工智能训练师，小白7天入门</h1>"
     "<p>90%小白都能学会，原价9999，现在限时99！结课加购双证，人社部颁发，拿证升职加薪。</p>"
     "<p>填写报名表：https://www.wjx.cn/vm/tZ8kQ2a.aspx</p>"
     "<p>长按识别二维码添加老师微信（搜不到请搜 ZHFL2023），或致电 199 2140 6673。</p>",
     "U05", "智汇AI训练营",
     [("wechat", "zhfl2023", "ZHFL2023"), ("phone", "+8619921406673", "199 2140 6673")],
     "reposted WeChat article, dishonest hook price")

page("/wx/a-20250618.html", "遵义人注意！这个证考下来能领补贴 - 今日看点号",
     "<p class='src'>来源：公众号「黔北职教」 2025-06-18（部分内容来源：黔北在线 新闻热线0851-28611234）</p>"
     "<h1>遵义人注意！这个证考下来能领补贴</h1>"
     "<p>人工智能训练师是人社部认证的新职业，不限学历不限年龄，补贴后几乎免费。证书可在 osta.mohrss.gov.cn 查询。</p>"
     "<p>报名表：https://www.wjx.cn/vm/hJ3pLx9.aspx　电话：0851 2730 5561　微信：qbzj_666</p>",
     "U06", "遵义市黔北职教培训",
     [("phone", "085127305561", "0851 2730 5561"), ("wechat", "qbzj_666", "qbzj_666")],
     "repost from U06's account; cites news hotline and form tool")

page("/wx/a-20250702.html", "持证挂靠年入3万？这个AI证书很多人还不知道 - 今日看点号",
     "<p class='src'>来源：公众号「慧学国际职业教育」 2025-07-02</p>"
     "<h1>持证挂靠年入3万？这个AI证书很多人还不知道</h1>"
     "<p>工信部认证，证书直接对应职称，考完我们安排挂靠。名额紧张，微信 huixue_gj，资料发送邮箱 huixuegj@qq.com。</p>",
     "U08", "慧学国际",
     [("wechat", "huixue_gj", "huixue_gj"), ("email", "huixuegj@qq.com", "huixuegj@qq.com")],
     "dishonest 挂靠 article repost")

page("/wx/a-20250715.html", "云启职教遵义分校：人工智能训练师（数据标注员）五级开班 - 今日看点号",
     "<p class='src'>来源：公众号「云启职教」 2025-07-15</p>"
     "<h1>人工智能训练师（数据标注员）五级开班通知</h1>"
     "<p>贵州云启职业技能培训有限公司（统一社会信用代码：" + USCC_I04 + "）遵义分校8月开班，60课时。"
     "报考需满足一年相关工作经历；证书信息可在 osta.mohrss.gov.cn 所列查询平台核验，本公司备案信息可在 pjjg.osta.org.cn 查看；补贴以人社部门审核为准，详询12333。</p>"
     "<p>报名电话：0851-28657702　微信：gzyq_ai</p>",
     "I04", "贵州云启职业技能培训有限公司",
     [("uscc", USCC_I04, USCC_I04), ("phone", "085128657702", "0851-28657702"), ("wechat", "gzyq_ai", "gzyq_ai")],
     "independent honest enrolment notice repost")

page("/wx/a-20250722.html", "我用3个月从客服转行AI训练师，月薪涨了4000 - 今日看点号",
     "<p class='src'>来源：公众号「智汇未来」 2025-07-22</p>"
     "<h1>我用3个月从客服转行AI训练师，月薪涨了4000</h1>"
     "<p>（学员故事）……最后想说，选对机构很重要。智汇未来官网 zhihuiweilai.com，课程顾问电话19921406673，现在报名送人工智能训练师+AIGC双证。</p>",
     "U05", "智汇未来",
     [("domain", "zhihuiweilai.com", "zhihuiweilai.com"), ("phone", "+8619921406673", "19921406673")],
     "testimonial advertorial repost by U05")

page("/wx/index.html", "今日看点号 - 公众号好文聚合", "<h1>今日看点号</h1><p>教育 · 职场 · 本地</p>",
     None, None, [], "repost aggregator index")

# ---- video (short-video pages)
page("/video/v-7310.html", "零基础也能拿三级人工智能训练师证？评论区扣1 - 快看短视频",
     "<div class='player'>[视频] 时长 00:48</div><h1>零基础也能拿三级人工智能训练师证？评论区扣1</h1>"
     "<p class='author'>@启元AI学院-李老师 | 简介：人社部颁发 包过 | 主页：www.qiyuanai.cn | 商务：177 3186 9425 | V：qiyuan_ai02</p>"
     + comments([("用户7711", "1"), ("用户2093", "真的包过吗")]),
     "U03", "启元AI学院-李老师",
     [("domain", "qiyuanai.cn", "www.qiyuanai.cn"), ("phone", "+8617731869425", "177 3186 9425"), ("wechat", "qiyuan_ai02", "qiyuan_ai02")],
     "short video by U03, contacts in profile")

page("/video/v-7328.html", "三天拿证 不用考试 人工智能训练师 - 快看短视频",
     "<div class='player'>[视频] 时长 00:21</div><h1>三天拿证 不用考试 人工智能训练师</h1>"
     "<p class='author'>@证通天下 | 简介：各类证书 加急 | 粉丝群：781204563 | 电话13037195582</p>"
     + comments([("用户5520", "骗子吧"), ("证通天下", "官网可查，不信可以先看样本")]),
     "U07", "证通天下",
     [("qq_group", "781204563", "781204563"), ("phone", "+8613037195582", "13037195582")],
     "certificate mill short video")

page("/video/v-7344.html", "潍坊考人工智能训练师，避坑三条 - 快看短视频",
     "<div class='player'>[视频] 时长 02:10</div><h1>潍坊考人工智能训练师，避坑三条（文末有报名方式）</h1>"
     "<p>1. 证书由备案评价机构颁发；2. 不存在包过；3. 警惕冒充人社的微信rsb_zhengshu。</p>"
     "<p class='author'>@鸢都数智-王老师 | 简介：潍坊本地培训 | 咨询电话2098715 | 微信YD-shuzhi</p>"
     + comments([("lily_wf", "王老师我加您了，我微信lily_wf88")]),
     "U09", "鸢都数智-王老师",
     [("wechat", "yd-shuzhi", "YD-shuzhi"), ("phone", "05362098715", "2098715")],
     "honest-ish video by U09; local landline without area code; reader's WeChat")

page("/video/v-7351.html", "原价9999，今天只要99，AI训练师带你入门 - 快看短视频",
     "<div class='player'>[视频] 时长 00:35</div><h1>原价9999，今天只要99</h1>"
     "<p class='author'>@智汇AI训练营 官方号 | 简介：90%小白都能学会 | 合作邮箱 service@zhihuiweilai.com | 加V：zhfl2023</p>"
     + comments([("用户3011", "99之后还要交多少？")]),
     "U05", "智汇AI训练营",
     [("email", "service@zhihuiweilai.com", "service@zhihuiweilai.com"), ("wechat", "zhfl2023", "zhfl2023")],
     "hook-price video by U05")

page("/video/index.html", "快看短视频 - 推荐", "<h1>快看短视频</h1><p>知识 · 同城</p>", None, None, [], "video index")

# ---- news
page("/news/n-1201.html", "遵义警方提醒：网购“人社部颁发”AI证书当心被骗 - 黔北在线",
     "<h1>遵义警方提醒：网购“人社部颁发”AI证书当心被骗</h1><p>2025-06-25 来源：黔北在线</p>"
     "<p>近日，市民李女士在网上看到“人工智能训练师三级包过”的广告，添加微信rsb_zhengshu后转账2980元，随后被拉黑。"
     "警方提示，涉案手机号13985209613已被多地群众举报。</p>"
     "<p>人社部门介绍，职业技能等级证书由备案评价机构颁发，可在技能人才评价工作网（osta.mohrss.gov.cn）及证书查询平台核验。"
     "遇到虚假宣传可拨打12315投诉，政策问题可拨打12333。</p>",
     None, None, [], "news warning: scam phone/wechat, official domain, hotlines")

page("/news/n-1215.html", "【推广】AI浪潮下的新职业：遵义黔智教育助力本地人才转型 - 黔北在线",
     "<h1>AI浪潮下的新职业：遵义黔智教育助力本地人才转型</h1><p>2025-07-01 推广</p>"
     "<p>人工智能训练师（4-04-05-05）是2020年公布的新职业……遵义黔智教育今年已开设五期培训班，学员可获人社部颁发的证书。</p>"
     "<p>报名地址：遵义市红花岗区中华南路；电话：0851－28226417；QQ：2851736490</p>",
     "U02", "遵义黔智教育",
     [("phone", "085128226417", "0851－28226417"), ("qq", "2851736490", "2851736490")],
     "advertorial on news site for U02 (full-width hyphen)")

page("/news/n-1230.html", "遵义市职工职业技能大赛人工智能训练师赛项开赛 - 黔北在线",
     "<h1>遵义市职工职业技能大赛人工智能训练师赛项开赛</h1><p>2025-07-08</p>"
     "<p>本次赛项设数据标注与算法测试两个模块，共62名选手参赛，优胜者可按规定晋升职业技能等级。</p>",
     None, None, [], "news, skill contest (no offer)")

page("/news/index.html", "黔北在线 - 遵义新闻门户", "<h1>黔北在线</h1><p>遵义 · 教育 · 民生</p>", None, None, [], "news index")

# ---- rsj (人社局-style notices)
page("/rsj/notice-01.html", "关于做好2025年职业技能提升补贴申领及防范“山寨证书”的通知",
     "<h1>关于做好2025年职业技能提升补贴申领及防范“山寨证书”的通知</h1><p>发布时间：2025-06-10</p>"
     "<p>一、企业职工参加失业保险累计1年以上，取得职业技能等级证书的，可按五级1000元、四级1500元、三级2000元标准申领技能提升补贴。</p>"
     "<p>二、本年度第三批人工智能训练师等职业技能等级认定批次号：15370725003。</p>"
     "<p>三、职业技能等级证书可登录 zscx.osta.org.cn 查询，评价机构名单见 pjjg.osta.org.cn、osta.mohrss.gov.cn。"
     "凡宣称“包过”“免考拿证”“人社部颁发”的均为虚假宣传。</p><p>咨询电话：12333</p>",
     None, None, [], "official-style notice: subsidy, batch no., official domains, warning")

page("/rsj/index.html", "鸢都新区人力资源和社会保障局", "<h1>鸢都新区人力资源和社会保障局</h1><p>通知公告</p>",
     None, None, [], "人社 site index")

# ---- shop
page("/shop/item-6601.html", "人工智能训练师证书 三天出证 人社可查 - 智训考证旗舰店 - 淘优选",
     "<h1>人工智能训练师证书办理 五级/四级/三级</h1><p>店铺：智训考证旗舰店 | 月销 86 | ¥1280起</p>"
     "<p>无需考试，提供身份证正反面+一寸照即可，三天出证，官网可查。拍下后联系客服微信 kzb8866 或电话 130 3719 5582。</p>"
     "<p>收货信息请按格式填写，示例：13800138000。微信支付问题可咨询95017。</p>",
     "U07", "智训考证旗舰店",
     [("wechat", "kzb8866", "kzb8866"), ("phone", "+8613037195582", "130 3719 5582")],
     "shop listing selling certificates without exam")

page("/shop/item-6615.html", "AI训练师证书+挂靠服务 慧学国际职业教育店 - 淘优选",
     "<h1>人工智能训练师证书 + 一年挂靠服务</h1><p>店铺：慧学国际职业教育店 | ¥4680</p>"
     "<p>国家职业资格证书，持证挂靠年入3万。资料请发 HuiXueGJ@qq.com，电话 15615873390。</p>",
     "U08", "慧学国际职业教育店",
     [("email", "huixuegj@qq.com", "HuiXueGJ@qq.com"), ("phone", "+8615615873390", "15615873390")],
     "shop listing, 挂靠 bundle")

page("/shop/item-6632.html", "人工智能训练师五级四级 理论题库 实操素材 - AI题库小铺 - 淘优选",
     "<h1>人工智能训练师题库（五级/四级）</h1><p>店铺：AI题库小铺 | ¥39.9 | 月销 1203</p>"
     "<p>整理公开知识点练习题，非考试原题，不代办证书。售后QQ：1987460325。</p>",
     "I05", "AI题库小铺",
     [("qq", "1987460325", "1987460325")],
     "independent practice-question shop")

page("/shop/item-6640.html", "人工智能训练师三证合一 快速办理 - 华职考证专营店 - 淘优选",
     "<h1>人工智能训练师 三级+技师+高级技师 三证合一</h1><p>店铺：华职考证专营店 | ¥5800</p>"
     "<p>零基础可报，全国通用。大额请对公转账：潍坊市奎文区华职信息咨询服务部。咨询电话13583610297。</p>",
     "U04", "华职考证专营店",
     [("phone", "+8613583610297", "13583610297"), ("other", "潍坊市奎文区华职信息咨询服务部", "潍坊市奎文区华职信息咨询服务部")],
     "shop listing, three-level bundle")

page("/shop/index.html", "淘优选商城 - 教育培训", "<h1>淘优选商城</h1><p>教育培训 · 考试服务</p>", None, None, [], "shop index")

# ---- blog
page("/blog/p-101.html", "在遵义考人工智能训练师五级的全过程（附机构联系方式） - 简记博客",
     "<h1>在遵义考人工智能训练师五级的全过程</h1><p>作者：贵州小何 | 2025-06-28</p>"
     "<p>去年在数据标注公司干满一年后报了黔智职培的五级班，理论+实操，考试在7月。想报名的可以报我名字找刘老师，"
     "微信 Qianzhi-AI，QQ 2851736490，学费有优惠。</p>",
     "U02", "黔智职培",
     [("wechat", "qianzhi-ai", "Qianzhi-AI"), ("qq", "2851736490", "2851736490")],
     "blog post with referral to U02")

page("/blog/p-115.html", "AI训练师一对一辅导开课了（五级/四级理论） - 简记博客",
     "<h1>AI训练师一对一辅导开课了</h1><p>作者：周老师AI | 2025-07-05</p>"
     "<p>在潍坊做了几年算法测试，开个一对一理论辅导，线上进行，不卖证、不包过。联系：zhou.ailab@outlook.com，微信 zhoulaoshi_wf。</p>",
     "I06", "周老师AI训练师辅导",
     [("email", "zhou.ailab@outlook.com", "zhou.ailab@outlook.com"), ("wechat", "zhoulaoshi_wf", "zhoulaoshi_wf")],
     "independent tutor offer on blog platform")

page("/blog/p-120.html", "寒亭萝卜今年种晚了，记一下出苗情况 - 简记博客",
     "<h1>寒亭萝卜今年种晚了</h1><p>作者：老潍县 | 2025-07-10</p><p>八月初下种，十天出苗，注意防蚜虫。</p>",
     None, None, [], "unrelated blog post")

page("/blog/index.html", "简记博客 - 记录与分享", "<h1>简记博客</h1><p>最新文章</p>", None, None, [], "blog index")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaints hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official evaluation-institution list"),
    ("phone", "4006601818", ["400-660-1818"], "知课网 platform customer-service line in footer"),
    ("email", "kefu@zhikewang.cn", ["kefu@zhikewang.cn"], "知课网 platform e-mail in footer"),
    ("other", "京ICP备19023517号-2", ["京ICP备19023517号-2"], "知课网 platform ICP number"),
    ("uscc", USCC_KT, [USCC_KT], "知课网 platform operator's own credit code in footer"),
    ("domain", "zhikewang.cn", ["zhikewang.cn"], "知课网 platform domain"),
    ("qq_group", "563218907", ["563218907"], "鸢都论坛 site QQ group in sidebar and footer"),
    ("phone", "4000185858", ["400-018-5858"], "百业分类网 customer service"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
    ("qq", "2968810532", ["2968810532"], "今日看点号 business QQ in footer"),
    ("domain", "jrkandian.com", ["www.jrkandian.com"], "今日看点号 repost platform domain"),
    ("phone", "4001402108", ["400-140-2108"], "快看短视频 report hotline"),
    ("email", "jubao@kuaikanvideo.com", ["jubao@kuaikanvideo.com"], "快看短视频 report e-mail"),
    ("phone", "085128611234", ["0851-28611234"], "黔北在线 news hotline (footer and cited as source)"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
    ("phone", "95017", ["95017"], "payment platform (WeChat Pay) hotline"),
    ("phone", "+8613985209613", ["139 8520 9613", "13985209613", "139-8520-9613"], "scam number quoted in warnings/statements"),
    ("wechat", "rsb_zhengshu", ["rsb_zhengshu"], "scam WeChat quoted in warnings"),
    ("phone", "+8615370725003", ["15370725003"], "official assessment batch number that looks like a mobile"),
    ("other", "S000037070001255000316", ["S000037070001255000316"], "sample certificate number"),
    ("wechat", "lily_wf88", ["lily_wf88"], "a reader's own WeChat in comments/questions"),
    ("phone", "+8613505367781", ["135 0536 7781", "13505367781"], "a reader's own phone in comments"),
    ("phone", "05368195210", ["0536-8195210"], "exam venue front desk (third party)"),
    ("domain", "wjx.cn", ["wjx.cn"], "form tool (问卷星) used for sign-up forms"),
    ("email", "contact@jianjiblog.net", ["contact@jianjiblog.net"], "简记博客 platform contact in footer"),
]


# ---------------------------------------------------------------- render
def esc_title(t):
    return t.replace("&", "&amp;").replace("<", "&lt;")


def render(p):
    key = p["path"].split("/")[1]
    s = SITES[key]
    menu = " | ".join("<a href='%s'>%s</a>" % (h, t) for t, h in s["menu"])
    idx = "/%s/index.html" % key
    crumbs = "<a href='/index.html'>导航</a> &gt; <a href='%s'>%s</a>" % (idx, s["name"])
    if p["path"] != idx:
        crumbs += " &gt; " + esc_title(p["title"].split(" - ")[0])
    same = [q for q in PAGES if q["path"].startswith("/%s/" % key) and q["path"] != p["path"]]
    rel = "".join("<li><a href='%s'>%s</a></li>" % (q["path"], esc_title(q["title"])) for q in same)
    main = p["body"]
    if p["path"] == idx:
        main += "<ul class='list'>" + "".join(
            "<li><a href='%s'>%s</a></li>" % (q["path"], esc_title(q["title"])) for q in same) + "</ul>"
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s</title></head><body>\n"
            "<header><div class='logo'><a href='%s'>%s</a></div><nav>%s</nav></header>\n"
            "<div class='crumbs'>%s</div>\n<main>%s</main>\n"
            "<aside>%s<h3>相关链接</h3><ul>%s</ul></aside>\n<footer>%s</footer>\n</body></html>\n"
            % (esc_title(p["title"]), idx, s["name"], menu, crumbs, main, s["side"], rel, s["footer"]))


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
    hub = ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>一周搜索收录：潍坊·遵义 人工智能训练师</title></head><body>\n"
           "<h1>一周搜索收录（潍坊、遵义）：人工智能训练师 培训/考证</h1><ul>\n"
           + "".join("<li><a href='/%s/index.html'>%s</a></li>\n" % (k, SITES[k]["name"]) for k in SITE_ORDER)
           + "</ul></body></html>\n")
    html["/index.html"] = hub
    for path, h in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site's index"}]
    for p in PAGES:
        pages.append({"path": p["path"], "is_offer": p["offer"], "operator": p["op"], "provider": p["provider"],
                      "identifiers": p["ids"], "note": p["note"]})
    ops = {}
    for p in PAGES:
        o = p["op"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        on = sorted(path for path, h in html.items() if any(w in h for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": on, "why": why})
    truth = {"pages": sorted(pages, key=lambda x: x["path"]),
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
