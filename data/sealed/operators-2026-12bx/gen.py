#!/usr/bin/env python3
"""12bx: a fictional web of national online sellers of 人工智能训练师 certificates.

Standard library only, deterministic. Writes site/ and truth.json next to this file.
"""
import json, os, re, shutil, html

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- site frames
SITES = {
    "xuetu": dict(name="学途云课堂", tag="职业技能在线学习平台",
                  nav=["首页", "职业技能", "IT编程", "考证专区", "企业培训", "我的学习"],
                  footer=("<p>关于学途 | 讲师入驻 | 机构合作 | 帮助中心 | 隐私政策</p>"
                          "<p>客服热线:400-860-2751(9:00-21:00)  客服邮箱:service@xuetuyun.com</p>"
                          "<p>上海学途网络科技有限公司 统一社会信用代码:91310115MA1H4N8BXE</p>"
                          "<p>沪ICP备18034512号-2 增值电信业务经营许可证:沪B2-20180417</p>"
                          "<p>平台课程由入驻机构自行发布,平台不对第三方证书作任何承诺。</p>")),
    "kezhan": dict(name="课栈网", tag="好课好机构 一站式选课",
                   nav=["首页", "考证", "职场", "语言", "学历提升", "机构入驻", "订单"],
                   footer=("<p>课栈网 kezhanwang.com 版权所有 © 2019-2026</p>"
                           "<p>在线客服QQ:800072614  投诉举报:kefu@kezhanwang.com</p>"
                           "<p>课栈网不直接提供培训服务,机构信息由商家自行提供,请谨慎甄别。</p>"
                           "<p>浙ICP备20011873号</p>")),
    "blogs": dict(name="简记博客", tag="写下你的学习与思考",
                  nav=["发现", "热门", "职场考证", "AI", "写文章", "登录"],
                  footer=("<p>简记博客 jianji.blog | 用户协议 | 侵权投诉:tousu@jianji.blog</p>"
                          "<p>文章仅代表作者观点,与本站无关。京ICP备17055821号</p>")),
    "wenda": dict(name="知答", tag="有问题,就有答案",
                  nav=["首页", "发现", "等你来答", "职业教育", "AI", "消息"],
                  footer=("<p>知答 zhida.net · 社区规范 · 举报邮箱:jubao@zhida.net · 违法和不良信息举报电话:010-5729 3366</p>"
                          "<p>京ICP证160917号 京公网安备11010802024466号</p>")),
    "tousu": dict(name="消保通投诉平台", tag="让每一个投诉都有回应",
                  nav=["首页", "我要投诉", "投诉榜", "商家入驻", "维权指南"],
                  footer=("<p>消保通投诉平台 · 如需行政处理请拨打全国12315热线或登录全国12315平台</p>"
                          "<p>平台客服:400-692-1315  媒体合作:media@xiaobaotong.cn</p>")),
    "mp": dict(name="公号文摘", tag="好文章 值得被更多人看见",
               nav=["首页", "教育", "职场", "科技", "财经", "投稿"],
               footer=("<p>本站文章均转载自微信公众号,版权归原作者所有,如有侵权请联系 mpzhuanzai@163.com 删除</p>"
                       "<p>公号文摘 gongwenzhai.com 粤ICP备21038847号</p>")),
    "video": dict(name="快影短视频", tag="记录美好 分享知识",
                  nav=["推荐", "关注", "同城", "知识", "直播", "创作者中心"],
                  footer=("<p>快影短视频 · 创作者交流群:556120388 · 用户服务热线:95018</p>"
                          "<p>网络文化经营许可证 京网文〔2022〕1403-052号</p>")),
    "sites": dict(name="职培网址导航", tag="收录职业培训与考证机构官网",
                  nav=["首页", "考证机构", "职业院校", "招聘", "提交网址"],
                  footer=("<p>职培网址导航 仅收录网址,不对所收录网站内容负责。提交收录:submit@zhipeidh.com</p>")),
    "news": dict(name="东岸资讯网", tag="权威·及时·民生",
                 nav=["首页", "时政", "民生", "教育", "就业", "科技", "专题"],
                 footer=("<p>东岸资讯网 版权所有 未经授权禁止转载</p>"
                         "<p>新闻热线:0571-8776 2200 违法和不良信息举报:jubao@dongan-news.cn</p>")),
}

CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222}"
       "header{background:#f4f6fa;padding:8px 20px;border-bottom:1px solid #ddd}"
       "nav a{margin-right:14px}main{display:flex;padding:16px 20px}"
       ".content{flex:3;margin-right:20px}.side{flex:1;font-size:13px;background:#fafafa;padding:10px}"
       ".contact{background:#fff8e6;border:1px dashed #e0a000;padding:8px;margin:10px 0}"
       ".cmt{border-top:1px solid #eee;padding:6px 0;font-size:13px}"
       "footer{font-size:12px;color:#777;border-top:1px solid #ddd;padding:10px 20px}")


def frame(site, title, body, side, crumbs=""):
    s = SITES[site]
    nav = "".join(f'<a href="/{site}/index.html">{n}</a>' if i == 0 else f'<a href="#">{n}</a>'
                  for i, n in enumerate(s["nav"]))
    return (f"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title} - {s['name']}</title><style>{CSS}</style></head><body>\n"
            f"<header><a href=\"/{site}/index.html\"><b>{s['name']}</b></a> <small>{s['tag']}</small>"
            f" <span style=\"float:right\"><a href=\"/index.html\">网站导航</a> | 登录 | 注册</span>"
            f"<nav>{nav}</nav></header>\n"
            f"<main><div class=\"content\"><div class=\"crumbs\">{crumbs}</div>\n{body}\n</div>\n"
            f"<aside class=\"side\">{side}</aside></main>\n"
            f"<footer>{s['footer']}</footer>\n</body></html>\n")


def comments(items):
    if not items:
        return ""
    out = ["<section class=\"comments\"><h3>评论(%d)</h3>" % len(items)]
    for who, when, txt in items:
        out.append(f'<div class="cmt"><b>{who}</b> <small>{when}</small><p>{txt}</p></div>')
    out.append("</section>")
    return "".join(out)


# ---------------------------------------------------------------- identifiers
def ID(kind, value, written):
    return [kind, value, written]

# U01 智训未来 family (national online, moderate overclaims)
U01_PH = "+8613816472059"; U01_WX = "zxwl_2024"; U01_DOM = "zhixunweilai.cn"
# U02 沪训 family (Shanghai, honest-ish, real agency wording)
U02_TEL = "021-54328817"; U02_MAIL = "hxpx_edu@163.com"; U02_QQ = "1835520746"; U02_USCC = "91310104MA1FR2XK9Y"
# U03 look-alike brands and domains (包过, 人社部颁发)
U03_PH = "+8617758341290"; U03_WX = "aixls888"; U03_PAY = "杭州易证通信息咨询有限公司"
U03_D1 = "aixunlianshi.cn"; U03_D2 = "aixunlianshi.com.cn"; U03_D3 = "ai-xunlianshi.net"
U03_USCC = "91330106MA2H0PQ18K"
# U04 affiliate blogger turned agent
U04_WX = "lulaoshi_ai"; U04_QG = "715203864"; U04_PH = "+8615962083317"
# U05 Beijing 落户/积分 lure
U05_PH = "+8618601127735"; U05_MAIL = "jingcai_hr@126.com"; U05_USCC = "91110105MA01KQ7D93"
# U06 Guangzhou subsidy seller
U06_TEL = "020-38862104"; U06_PH = "+8613560271846"; U06_DOM = "suiling-edu.com"; U06_QQ = "2950417738"
# U07 免考直接拿证
U07_QQ = "3318092645"; U07_WX = "sztong66"; U07_MAIL = "3318092645@qq.com"
# U08 Shenzhen company, several brands
U08_MAIL = "contact@shenshuzhijiao.com"; U08_DOM = "shenshuzhijiao.com"; U08_PH = "+8613302459180"; U08_USCC = "91440300MA5G3TLW1E"
# U09 Chengdu, 职称 overclaim
U09_PH = "+8618980061527"; U09_WX = "tfzp_2025"; U09_QG = "830124675"

# ---------------------------------------------------------------- page-level decoy snippets
SNIP = {
    "venue": "考点:浦东新区职业技能考核站(咨询 021-5890 3316,仅受理考务咨询)",
    "osta_tel": "人社部职业技能鉴定中心咨询电话 010-8439 5712",
    "batch": "2026年3月批次(批次号:18820260315)",
    "placeholder": "电话:138-0000-0000 邮箱:your@email.com",
    "ajie": "一起备考的加我 vx: ajie_study 互相监督哈",
    "buyer_qq": "我QQ 1029384756,有同样遭遇的可以联系我一起维权",
    "scam_ph": "165 3209 7781",
    "scam_wx": "rsb_zhengshu",
    "certno": "S000044011234525300012",
    "builder": "技术支持:建站宝 www.jianzhanbao.cn 建站热线 400-065-8810",
    "form": "报名表单由 表单大师 biaodanmaster.com 提供技术支持",
}

PAGES = []  # dicts: path, site, title, html, offer, op, brand, ids, note


def add(path, site, title, body, side, offer=False, op=None, brand=None, ids=(), note="", crumbs=None):
    if crumbs is None:
        crumbs = f'<a href="/{site}/index.html">{SITES[site]["name"]}</a> &gt; {title}'
    PAGES.append(dict(path=path, site=site, title=title, html=frame(site, title, body, side, crumbs),
                      offer=offer, op=op, brand=brand, ids=[list(i) for i in ids], note=note))


def fill(text, ids):
    return text.format(*[i[2] for i in ids])


# ================================================================ xuetu (e-learning platform A)
def xuetu_course(cid, op, brand, title, price, intro, contact, ids, outline, rating, cmts, note, extra=""):
    ids = list(ids)
    body = (f"<h1>{title}</h1>"
            f"<div class=\"meta\">授课机构:<b>{brand}</b> | 评分 {rating} | 课程编号 XT{cid} | "
            f"{'¥' + price if price else '价格咨询机构'}</div>"
            f"<div class=\"tabs\"><b>课程介绍</b> | 课程目录 | 学员评价 | 常见问题</div>"
            f"<section><h2>课程介绍</h2>{intro}{extra}</section>"
            f"<section><h2>课程目录</h2><ol>{''.join('<li>'+o+'</li>' for o in outline)}</ol></section>"
            f"<div class=\"contact\"><b>机构联系方式</b><br>{fill(contact, ids)}</div>"
            f"{comments(cmts)}")
    side = (f"<h4>机构信息</h4><p>{brand}</p><p>已入驻学途 · 在售课程若干</p>"
            "<h4>相关课程</h4><ul><li><a href=\"/xuetu/course-1108.html\">Python零基础入门</a></li>"
            "<li><a href=\"/xuetu/index.html\">更多考证课程</a></li></ul>"
            "<h4>学习保障</h4><p>7天无理由退款(已开通直播的课程除外)</p>")
    add(f"/xuetu/course-{cid}.html", "xuetu", title, body, side, True, op, brand, ids, note)

OUT_L4 = ["职业道德与基础知识", "数据采集与预处理", "数据标注规范与工具", "智能系统运维基础", "模拟考试与真题串讲"]
OUT_L3 = ["业务分析", "智能训练:标注质检与模型评测", "智能系统设计入门", "培训与指导", "理论+实操模拟"]

xuetu_course("1101", "U01", "智训未来", "人工智能训练师(四级/三级)考证全程班 2026新版",
    "1980",
    "<p>依据《人工智能训练师国家职业技能标准(2021年版)》开发,覆盖数据标注员、人工智能算法测试员两个工种。"
    "直播+录播,零基础也能跟上,报名即送题库。证书全国通用,可登录 zscx.osta.org.cn 查询。</p>"
    "<p>四级1980元,三级2680元,两级一起报立减500。考试由合作评价机构组织,机考理论+实操。</p>",
    "报名咨询 {0}(微信同号),工作日 9:00-21:00,备注“学途”领取资料包。<br>" + SNIP["venue"],
    [ID("phone", U01_PH, "138 1647 2059")], OUT_L4, "4.6",
    [("小周同学", "2026-01-12", "老师讲得挺细,题库有用。"),
     ("Mia", "2026-02-03", "问了下,上海这边的考点是浦东那个,离家挺近。")],
    "platform course page of U01 brand 智训未来; phone with 微信同号")

xuetu_course("1102", "U02", "沪训职业技能培训", "人工智能训练师三级(高级工)周末班·上海线下+线上",
    "3200",
    "<p>本课程面向已取得四级证书、从事数据标注或AI产品运营满5年(或符合大专+2年条件)的学员,报名前请先自查申报条件。"
    "符合条件的参保职工可按规定申领技能提升补贴(三级最高2000元),以当年政策为准。</p>"
    "<p>培训结束后由已备案的评价机构组织认定,成绩合格颁发职业技能等级证书,不合格可免费重修一次。</p>",
    "上海沪训职业技能培训有限公司 电话 {0}<br>统一社会信用代码 {1}<br>" + SNIP["venue"],
    [ID("phone", U02_TEL, "021-5432 8817"), ID("uscc", U02_USCC, "91310104MA1FR2XK9Y")], OUT_L3, "4.8",
    [("Eric_L", "2025-12-20", "申报条件讲得很清楚,没有乱承诺。"),
     ("游客8831", "2026-01-08", "补贴是学完自己去申请的吧?")],
    "platform course page of U02; honest wording, landline + USCC")

xuetu_course("1103", "U04", "鹿鸣教育", "AI训练师五级入门 · 30天拿证规划营",
    "",
    "<p>适合想转行AI行业的宝子!五级(初级工)门槛最低,有一年相关工作经历即可申报。"
    "鹿老师亲自带班,每天打卡,考前押题。</p><p>名额有限,价格私聊,往期学员通过率很高哦~</p>",
    "添加班主任:{0}(电话同微信),备注“学途五级”。<br>最近一期考试:" + SNIP["batch"],
    [ID("phone", U04_PH, "15962083317")], OUT_L4[:3] + ["考前押题"], "4.3",
    [("lucky猫", "2026-02-14", "鹿老师的视频号我关注了,挺实在。")],
    "platform course page of U04 brand 鹿鸣教育; bare mobile, no price")

xuetu_course("1104", "U06", "岭南AI技能学堂", "人工智能训练师四级 · 广州补贴班(先学后补)",
    "2600",
    "<p>面向广州、佛山参保职工。四级学费2600元,取证后符合条件可申领技能提升补贴,广州等地对紧缺职业有上浮。"
    "补贴由人社部门审核发放,本机构协助准备材料,不代领、不包补。</p>",
    "岭南AI技能学堂(广州天河) 咨询电话:{0} 周一至周六",
    [ID("phone", U06_TEL, "(020)38862104")], OUT_L4, "4.7",
    [("阿May", "2026-01-22", "去年在这里报的四级,补贴到账了1500。")],
    "platform course page of U06 brand 岭南AI技能学堂; landline in brackets")

xuetu_course("1105", "U08", "深数智教", "人工智能训练师(数据标注员)企业内训同款课程",
    "1680",
    "<p>深圳数据标注企业内训同款,讲师来自一线标注团队。课程含标注工具实操、质检流程与算法测试基础,"
    "学完可参加四级认定。支持企业团报开票。</p>",
    "企业团报/开票请发邮件至 {0},注明公司名称与人数。",
    [ID("email", U08_MAIL, "contact@shenshuzhijiao.com")], OUT_L4, "4.5",
    [("hr_陈", "2026-02-01", "我们公司团报了12人,发票开得很快。")],
    "platform course page of U08 brand 深数智教; corporate e-mail")

xuetu_course("1106", "I01", "北辰数据标注实训基地", "数据标注实训 + 人工智能训练师五级认定辅导",
    "1680",
    "<p>北京昌平线下实训基地,120课时真实项目实训,五级认定辅导为可选项(另付认定费,按评价机构标准收取)。"
    "申报五级需满足一年相关工作经历或完成学徒培训,报名时需提供证明材料。</p>",
    "北辰数据标注实训基地 招生老师:{0}(可加微信)<br>" + SNIP["venue"].replace("浦东新区职业技能考核站(咨询 021-5890 3316,仅受理考务咨询)", "昌平区职业技能实训基地"),
    [ID("phone", "+8613671039952", "136-7103-9952")], ["标注工具", "图像/文本/语音标注", "质检", "项目实战", "认定辅导(选修)"], "4.9",
    [("北漂小王", "2026-01-30", "实训项目是真的,学完直接进了合作公司。")],
    "platform course page of independent I01")

# non-offer: unrelated course on xuetu
add("/xuetu/course-1108.html", "xuetu", "Python零基础入门(2026版)",
    "<h1>Python零基础入门(2026版)</h1><div class=\"meta\">授课机构:<b>码上学</b> | 评分 4.9 | 课程编号 XT1108 | ¥99</div>"
    "<section><h2>课程介绍</h2><p>从变量、循环讲到爬虫和数据分析,共48讲。本课程不涉及任何证书,学完颁发平台电子结业证明。</p></section>"
    "<section><h2>课程目录</h2><ol><li>环境安装</li><li>基础语法</li><li>函数与模块</li><li>文件与数据</li><li>小项目实战</li></ol></section>"
    + comments([("路人甲", "2026-01-02", "99块钱很值。")]),
    "<h4>相关课程</h4><ul><li><a href=\"/xuetu/course-1105.html\">数据标注员企业内训同款</a></li></ul>",
    note="unrelated programming course on platform A")

# ================================================================ kezhan (marketplace B)
def kz_item(iid, op, brand, title, price, desc, contact, ids, cmts, note, shopinfo="", extra_side=""):
    ids = list(ids)
    body = (f"<h1>{title}</h1><div class=\"meta\">店铺:<b>{brand}</b> {shopinfo} | 已售 {int(iid) % 97 + 13} | "
            f"{'<b style=color:#e33>¥' + price + '</b>' if price else '价格:详询'}</div>"
            f"<div class=\"tabs\">商品详情 | 购买须知 | 评价</div><section>{desc}</section>"
            f"<div class=\"contact\">{fill(contact, ids)}</div>"
            f"<section><h3>购买须知</h3><p>虚拟服务类商品,下单后请联系店铺客服确认开班时间。如遇纠纷可联系平台客服QQ 800072614。</p></section>"
            f"{comments(cmts)}")
    side = (f"<h4>店铺信息</h4><p>{brand}</p><p>保证金已缴 · 开店{int(iid) % 5 + 1}年</p>{extra_side}"
            "<h4>看了又看</h4><ul><li><a href=\"/kezhan/index.html\">考证热销榜</a></li></ul>")
    add(f"/kezhan/item-{iid}.html", "kezhan", title, body, side, True, op, brand, ids, note)

kz_item("3301", "U02", "申培教育", "【申培】人工智能训练师四级 晚班 线上直播+上海实操", "2480",
    "<p>四级(中级工)直播课40课时+上海实操8课时。请在下单前确认申报条件,不符合条件全额退款。"
    "证书由备案评价机构颁发,可在 jndj.osta.org.cn 查询。</p>",
    "申培教育 客服:{0} 邮箱:{1}",
    [ID("phone", U02_TEL, "(021)54328817"), ID("email", U02_MAIL, "hxpx_edu(at)163.com")],
    [("买家***7", "2026-01-19", "老师回复很快,条件不够直接劝我先考五级。")],
    "marketplace listing of U02 brand 申培教育")

kz_item("3307", "U03", "智能训练师认证服务中心", "人工智能训练师证书 三级/二级 包过 人社部颁发 全国通用", "4980",
    "<p>不用去现场!不限学历不限经验!全程代办,三个月出证,人社部颁发,官网可查,可用于落户、积分、评职称。"
    "报三级送四级,两证一起拿更划算。</p><p>" + "证书编号示例:" + SNIP["certno"] + "</p>",
    "官方报名微信:{0}  付款请认准对公户名:{1}",
    [ID("wechat", U03_WX, "aixls888"), ID("other", "payee:" + U03_PAY, U03_PAY)],
    [("买家***2", "2026-02-11", "说好的三个月,现在五个月了还没消息。"),
     ("阿杰", "2026-02-12", SNIP["ajie"])],
    "marketplace listing of U03 brand 智能训练师认证服务中心; wechat + payee name")

kz_item("3312", "U05", "京才职培", "人工智能训练师高级工 北京积分/落户加分 一站式服务", "6800",
    "<p>高级工证书可用于北京积分落户及各地人才引进加分,名额紧张。含培训、报名、认定全流程服务,"
    "企业资质齐全,可签正规合同。</p>",
    "北京京才人才服务有限公司 统一社会信用代码:{0}<br>合同及发票咨询:{1}",
    [ID("uscc", U05_USCC, "9111 0105 MA01 KQ7D 93"), ID("email", U05_MAIL, "jingcai_hr@126.com")],
    [("买家***0", "2026-01-05", "积分能加多少客服说不清楚。")],
    "marketplace listing of U05 brand 京才职培; spaced USCC")

kz_item("3318", "U07", "证快拿", "AI训练师证 免考试 直接拿证 7天出结果", "1880",
    "<p>没时间学习?我们帮你搞定!免考免培训,提供身份证即可办理,一级二级三级都能做,"
    "证书入库可查。老客户介绍立减200。</p><p>" + "样证编号:" + SNIP["certno"] + "</p>",
    "客服Q:{0}  V:{1}(加好友请备注“课栈”)",
    [ID("qq", U07_QQ, "3318 0926 45"), ID("wechat", U07_WX, "SZtong66")],
    [("阿杰", "2026-02-20", SNIP["ajie"]),
     ("买家***5", "2026-02-21", "这种能查到吗?有人试过吗")],
    "marketplace listing of U07 brand 证快拿; spaced QQ, wechat with changed case")

kz_item("3323", "U09", "锦官城教育", "人工智能训练师三级 + 职称贯通规划 成都", "3980",
    "<p>职业技能等级证书直接对应职称证书!三级+2年即可认定人工智能助理工程师,成都居住证积分再加30分。"
    "本期:" + SNIP["batch"] + "</p>",
    "报名请加老师微信 {0},进群领资料:QQ群 {1}",
    [ID("wechat", U09_WX, "TFZP_2025"), ID("qq_group", U09_QG, "830124675")],
    [("蓉漂", "2026-02-02", "职称那个是真的能直接对应吗?")],
    "marketplace listing of U09 brand 锦官城教育; 职称 overclaim")

kz_item("3329", "I02", "极光AI考证", "人工智能训练师 二级技师 零基础可报 三证套餐", "5600",
    "<p>零基础可报技师!五级+四级+三级三证套餐,一次付款三证到手。国家认可,官方认证,升职加薪必备。</p>",
    "客服QQ {0}  微信 {1}",
    [ID("qq", "2208571934", "2208571934"), ID("wechat", "jgkz520", "jgkz520")],
    [("买家***9", "2026-01-27", "三证套餐问了一下说要等下一批。")],
    "marketplace listing of independent I02 (三证 bundle)")

# ================================================================ blogs (seller blogs, affiliate reviews)
def blog_post(path, op, brand, author, title, paras, contact, ids, cmts, note, offer=True, tags="考证,AI", extra=""):
    ids = list(ids)
    body = (f"<h1>{title}</h1><div class=\"meta\">作者:<b>{author}</b> · 标签:{tags}</div>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + (f"<div class=\"contact\">{fill(contact, ids)}</div>" if contact else "") + extra
            + "<p><small>本文由作者发布于简记博客,转载请注明出处。</small></p>"
            + comments(cmts))
    side = (f"<h4>关于作者</h4><p>{author}</p><h4>热门文章</h4><ul>"
            "<li><a href=\"/blogs/pingce-2026.html\">2026年人工智能训练师培训机构横评</a></li>"
            "<li><a href=\"/blogs/index.html\">更多职场考证文章</a></li></ul>")
    add(path, "blogs", title, body, side, offer, op, brand if offer else None, ids, note)

blog_post("/blogs/zhitong-ai-01.html", "U01", "职通AI研习社", "职通AI研习社",
    "人工智能训练师到底值不值得考?我们带过的800名学员告诉你",
    ["很多同学问我们:AI训练师证书有用吗?先说结论:对想进数据标注、AI运营岗位的人,四级、三级很有帮助。",
     "本研习社与合作评价机构长期合作,课程按国家标准编排,直播答疑,考前三轮模拟。",
     "需要课程表和报名条件自查表的同学,直接联系我们的老师。"],
    "课程顾问电话:{0}  微信:{1}",
    [ID("phone", U01_PH, "+86-138-1647-2059"), ID("wechat", U01_WX, "ZXWL_2024")],
    [("晴天", "2026-01-15", "800名学员是真的吗哈哈")],
    "seller blog of U01 brand 职通AI研习社; +86 dashed phone and upper-case wechat")

blog_post("/blogs/xiaolu-review-03.html", "U04", "小鹿说AI", "小鹿说AI",
    "我替你们试听了5家AI训练师课程,最后推荐这一家(附报名优惠)",
    ["这两个月我把市面上常见的5家人工智能训练师课程都试听了一遍,从师资、价格、是否乱承诺几个维度打分。",
     "有两家开口就说“包过”“人社部颁发”,直接pass。最后我推荐自己合作的鹿鸣教育五级班,老师认真,价格透明。",
     "通过我的渠道报名可以再减200,直接加我报名就行。"],
    "找小鹿报名:微信 {0}(备注“简记”),学员交流群 {1}",
    [ID("wechat", U04_WX, "lulaoshi_ai"), ID("qq_group", U04_QG, "715 203 864")],
    [("豆豆", "2026-02-06", "所以是广告吧……"), ("小鹿说AI", "2026-02-06", "是合作的,但我自己也在用哈")],
    "affiliate review page that sells for U04 (review blogger is the agent)")

blog_post("/blogs/yikaobang-notes.html", "U07", "易考帮", "易考帮小编",
    "上班族没时间?AI训练师证书这样拿最省事",
    ["上班族最缺的就是时间。易考帮提供省心办理服务,不用上课不用考试,资料齐全即可办理。",
     "证书样式、办理周期都可以私聊了解,支持先审核后付款。"],
    "联系QQ:{0}(一个字一个字打的,防屏蔽),或发邮件 {1}",
    [ID("qq", U07_QQ, "三三一八零九二六四五"), ID("email", U07_MAIL, "3318092645@qq.com")],
    [("user_7712", "2026-01-29", "不用考试的证书能用吗?")],
    "seller blog of U07 brand 易考帮; QQ in Chinese numerals",
    extra=f"<p><small>{SNIP['form']}</small></p>")

blog_post("/blogs/rongcheng-jineng.html", "U09", "蓉城技能评价服务", "蓉城技能评价服务",
    "成都人工智能训练师报考指南:条件、费用与积分",
    ["人工智能训练师(4-04-05-05)在成都可以参加认定吗?可以。本文整理了五级到三级的申报条件和费用区间。",
     "三级证书可申请成都居住证积分,职称贯通另有条件。报名可直接电话联系,也可在线填表。",
     "有疑问可以拨打 " + SNIP["osta_tel"] + " 核实政策,也可咨询 12333。"],
    "报名电话 {0}(同微信)<br>在线报名(模板未改):" + SNIP["placeholder"],
    [ID("phone", U09_PH, "189 8006 1527")],
    [("阿杰", "2026-02-18", SNIP["ajie"])],
    "seller blog of U09 brand 蓉城技能评价服务; contains a leftover template placeholder",
    extra=f"<p><small>{SNIP['form']}</small></p>")

blog_post("/blogs/wanglaoshi-biaozhu.html", "I03", "王老师的数据标注笔记", "王老师的数据标注笔记",
    "数据标注员五级备考笔记(附一对一辅导说明)",
    ["我在标注团队做了四年质检,这是我整理的五级理论考点:标注规范、数据安全、工具使用。",
     "不少读者问能不能辅导,我周末可以接少量一对一实操辅导,每小时200元,只辅导不代报名,也不保证通过。",
     "证书是否有效,请以评价机构备案和 zscx.osta.org.cn 查询结果为准。"],
    "辅导预约邮件:{0}",
    [ID("email", "wangls_notes@foxmail.com", "wangls_notes@foxmail.com")],
    [("小林", "2026-01-11", "笔记很有用,谢谢王老师!")],
    "teacher's notes blog offering paid tutoring, independent I03")

# non-offer: comparison page naming brands only
blog_post("/blogs/pingce-2026.html", None, None, "测评君",
    "2026年人工智能训练师培训机构横评:5家机构怎么选",
    ["本文为个人体验,不接受任何机构赞助,文中不提供任何机构的联系方式。",
     "智训未来:课程体系完整,价格中等,销售话术略激进。申培教育:申报条件讲得最清楚,推荐有经验的在职人员。",
     "AI训练师考证网:宣传“人社部颁发”“包过”,与政策不符,不推荐。穗岭教育:广州本地,补贴流程熟悉。",
     "极光AI考证:三证套餐,零基础报技师,明显违背申报阶梯,请远离。",
     "提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打12315投诉。"],
    "", [], [("路过", "2026-02-09", "能不能也测一下深数智教?")],
    "affiliate comparison page naming brands without contacts (non-offer)", offer=False)

# ================================================================ wenda (Q&A)
def qa(qid, question, qdetail, answers, note, offer=True, op=None, brand=None, ids=(), cmts=()):
    ids = list(ids)
    out = [f"<h1>{question}</h1><div class=\"q\">{qdetail}</div><p><small>关注者 {int(qid)%300+40} · 被浏览 {int(qid)*7%9000+1200}</small></p>"]
    for who, badge, txt in answers:
        out.append(f"<div class=\"answer\"><b>{who}</b> <small>{badge}</small><div>{fill(txt, ids)}</div>"
                   f"<small>赞同 {len(txt)%90+3} · 评论</small></div>")
    out.append(comments(list(cmts)))
    side = ("<h4>相关问题</h4><ul><li><a href=\"/wenda/q-5501.html\">人工智能训练师证书怎么查真假?</a></li>"
            "<li><a href=\"/wenda/index.html\">更多职业教育问题</a></li></ul><h4>知答广告</h4><p>招聘:数据标注员若干</p>")
    add(f"/wenda/q-{qid}.html", "wenda", question, "".join(out), side, offer, op, brand, ids, note)

qa("5503", "在上海考人工智能训练师四级,哪家机构靠谱?", "<p>本人做电商运营三年,想转数据标注方向,预算3000以内。</p>",
   [("沪训职业技能培训 官方账号", "教育机构 · 已认证",
     "<p>谢邀。先自查条件:四级一般要求五级证书+4年,或相关工作满6年等,条件不够建议先考五级。"
     "我们在徐汇有周末班,详细可加{0}咨询课程表。</p>")],
   "Q&A answer by U02 official account; QQ spelled with spaces after 扣扣",
   op="U02", brand="沪训职业技能培训", ids=[ID("qq", U02_QQ, "扣扣:183 552 0746")],
   cmts=[("网友3391", "2026-02-01", "至少没说包过,点赞。")])

qa("5507", "零基础可以考人工智能训练师吗?要多久?", "<p>宝妈一枚,想学点技能在家接单。</p>",
   [("鹿老师考证", "职业教育话题优秀答主",
     "<p>可以的!五级门槛最低,我带的学员很多都是宝妈。一般一个月左右学完,具体看考试批次。"
     "想系统学可以加我薇信 {0},学员群 {1} 里每天有打卡和资料。</p>")],
   "Q&A answer by U04 brand 鹿老师考证; 薇信 and mixed-case wechat, qq group",
   op="U04", brand="鹿老师考证", ids=[ID("wechat", U04_WX, "LuLaoShi_AI"), ID("qq_group", U04_QG, "群号:715203864")],
   cmts=[("Grace", "2026-01-25", "一年工作经历这个要求你没说啊。")])

qa("5512", "人工智能训练师证书能用于北京积分落户吗?", "<p>在北京工作五年,积分一直不够。</p>",
   [("才智积分通", "人才服务",
     "<p>高级工以上技能证书在很多城市都有加分,北京的具体口径每年不同。我们做积分规划多年,"
     "可以帮您评估。资料发送至 {0},三个工作日内回复。政策原文可致电" + SNIP["osta_tel"] + "核实。</p>")],
   "Q&A answer by U05 brand 才智积分通; full-width @ e-mail",
   op="U05", brand="才智积分通", ids=[ID("email", U05_MAIL, "jingcai_hr＠126.com")])

qa("5516", "深圳有没有企业团报人工智能训练师的机构?", "<p>公司想给20个标注员统一考四级。</p>",
   [("鹏城AI教育", "企业培训",
     "<p>我们常年做企业团报,可上门授课,含开票。联系人王经理 {0},或邮件 {1}。</p>")],
   "Q&A answer by U08 brand 鹏城AI教育; obfuscated e-mail",
   op="U08", brand="鹏城AI教育",
   ids=[ID("phone", U08_PH, "133 0245 9180"), ID("email", U08_MAIL, "contact[at]shenshuzhijiao[dot]com")])

qa("5520", "天津哪里可以参加人工智能训练师认定?", "<p>在天津做客服,想考个证。</p>",
   [("津门职业培训学校", "职业院校",
     "<p>我校是天津市人社局备案的民办职业培训学校,开设人工智能训练师五级、四级培训,"
     "四级培训费2200元,认定费按评价机构标准另收。咨询电话 {0}(工作日)。</p>")],
   "Q&A answer by independent I04 (training school with landline)",
   op="I04", brand="津门职业培训学校", ids=[ID("phone", "022-23317806", "022-2331 7806")])

# non-offer: learner question with buyer contacts
qa("5501", "人工智能训练师证书怎么查真假?花了4000块心里没底", 
   "<p>在网上报了个“人社部颁发、包过”的班,交了4000,到现在只给了个电子版。怎么查是不是真的?" + SNIP["buyer_qq"] + "</p>",
   [("热心网友", "", "<p>职业技能等级证书可在 zscx.osta.org.cn 用姓名、证件号和证书编号查询;如果是以前的1+X证书,去 vslc.ncb.edu.cn 查;遇到问题可以打12333咨询。</p>"),
    ("劳动法小助手", "法律话题答主", "<p>“人社部颁发”这种说法本身就不对,新证书是备案评价机构颁发的。建议保留聊天记录和付款凭证,向12315投诉。</p>")],
   "learner's question about verifying a certificate (non-offer)", offer=False,
   cmts=[("Mia", "2026-02-08", "同问")])

# ================================================================ mp (WeChat reposts)
def mp_article(aid, op, brand, account, title, paras, contact, ids, note, date="2026-01-20", offer=True, extra=""):
    ids = list(ids)
    body = (f"<h1>{title}</h1><div class=\"meta\">原创 {account} · {date} · 阅读 {int(aid)%5000+800}</div>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + (f"<div class=\"contact\">{fill(contact, ids)}</div>" if contact else "") + extra
            + "<p><small>长按识别二维码关注公众号 · 点击“阅读原文”报名</small></p>"
            + "<p><small>本文转载自微信公众号,如有侵权请联系 mpzhuanzai@163.com</small></p>")
    side = ("<h4>相关文章</h4><ul><li><a href=\"/mp/index.html\">教育频道</a></li>"
            "<li><a href=\"/news/policy-0302.html\">技能证书改革一图读懂</a></li></ul>")
    add(f"/mp/a-{aid}.html", "mp", title, body, side, offer, op, brand if offer else None, ids, note)

mp_article("7781", "U02", "启航AI训练营", "启航AI训练营",
    "开班通知|人工智能训练师五级/四级 3月周末班",
    ["3月周末班开始报名:五级1580元,四级2480元。授课地点徐汇,线上可同步听课。",
     "报名前请准备身份证明、学历证明和工作年限证明。符合条件的参保学员取证后可申请技能提升补贴,咨询12333了解本地政策。"],
    "报名邮箱:{0}  课程顾问QQ:{1}",
    [ID("email", U02_MAIL, "HXPX_EDU@163.COM"), ID("qq", U02_QQ, "1835520746")],
    "WeChat repost of U02 brand 启航AI训练营; upper-case e-mail")

mp_article("7785", "U03", "训练师官方报名处", "AI训练师资讯",
    "重磅!人工智能训练师证书报名通道开启,人社部颁发,全国通用",
    ["国家紧缺人才!持证可落户、可补贴、可评职称!本期不限学历、不限年龄、无门槛,报名即享包过服务。",
     "官方报名网站:{0},证书可在 zscx.osta.org.cn 查询。",
     "收款方:{1},请勿向个人转账。"],
    "训练师官方报名处 报名热线 {2}",
    [ID("domain", U03_D3, "ai-xunlianshi.net"), ID("other", "payee:" + U03_PAY, U03_PAY), ID("phone", U03_PH, "17758341290")],
    "WeChat repost of U03 brand 训练师官方报名处; third look-alike domain")
# paragraphs with placeholders must be filled too: patch the page html
_p = PAGES[-1]
_p["html"] = _p["html"].replace("{0}", "ai-xunlianshi.net", 1).replace("{1}", U03_PAY, 1)

mp_article("7790", "U06", "穗岭教育", "穗岭教育",
    "广州人工智能训练师补贴最新解读:四级最高可领多少?",
    ["根据广东现行政策,技能提升补贴五级、四级、三级分别有不同标准,紧缺职业在部分城市可上浮。",
     "证书查询请认准 jndj.osta.org.cn。我校四级班每月开班,欢迎咨询。"],
    "穗岭教育 报名热线:{0}  QQ:{1}",
    [ID("phone", U06_PH, "+86 135 6027 1846"), ID("qq", U06_QQ, "2950417738")],
    "WeChat repost of U06 brand 穗岭教育")

mp_article("7794", "U08", "数智训练营", "数智训练营",
    "深圳数据标注员转AI训练师,这条路怎么走?",
    ["数据标注员是人工智能训练师的两个工种之一。有一年相关工作经历可以先报五级,之后按年限逐级晋升。",
     "数智训练营由深圳市深数智教科技有限公司运营,提供四级、三级培训。"],
    "咨询电话 {0}<br>运营主体统一社会信用代码 {1}",
    [ID("phone", U08_PH, "133-0245-9180"), ID("uscc", U08_USCC, "91440300MA5G3TLW1E")],
    "WeChat repost of U08 brand 数智训练营")

# ================================================================ video (short-video pages)
def video(vid, op, brand, author, caption, script, contact, ids, cmts, note, likes="1.2w"):
    ids = list(ids)
    body = (f"<h1>{caption}</h1><div class=\"player\">[视频] 00:{int(vid)%50+10:02d}</div>"
            f"<div class=\"meta\">@{author} · 点赞 {likes} · 分享</div>"
            f"<div class=\"desc\"><p>{script}</p></div>"
            + (f"<div class=\"contact\">{fill(contact, ids)}</div>" if contact else "")
            + comments(cmts))
    side = (f"<h4>作者</h4><p>@{author}</p><h4>相关推荐</h4><ul><li><a href=\"/video/index.html\">知识频道</a></li></ul>"
            "<p><small>创作者交流群:556120388</small></p>")
    add(f"/video/v-{vid}.html", "video", caption, body, side, True, op, brand, ids, note)

video("2207", "U01", "未来AI学苑", "未来AI学苑",
    "AI训练师证书一个月拿下?看完这条你就懂了",
    "口播:很多人问我AI训练师怎么考,三步:查条件、选机构、备考。我们学苑带你走完全程。证书官网可查!",
    "主页有方式,或者直接 V❤ {0},官网 {1}",
    [ID("wechat", U01_WX, "Zxwl_2024"), ID("domain", U01_DOM, "zhixunweilai点cn")],
    [("阿杰", "2026-02-10", SNIP["ajie"]), ("用户99012", "2026-02-10", "一个月拿证?")],
    "short video of U01 brand 未来AI学苑; wechat with changed case, spelled domain")

video("2213", "U04", "鹿鸣教育", "鹿鸣教育-鹿老师",
    "宝妈在家也能做的AI工作,先把这个证考了",
    "口播:数据标注、AI训练师,门槛不高,五级有一年相关经历就能报。想了解的姐妹进群。",
    "进群 {0} | 电话 {1}",
    [ID("qq_group", U04_QG, "QQ群715203864"), ID("phone", U04_PH, "159 6208 3317")],
    [("阿杰", "2026-02-15", SNIP["ajie"]), ("小雨", "2026-02-16", "已加群")],
    "short video of U04 brand 鹿鸣教育; qq group + spaced mobile")

video("2219", "U07", "速证通", "速证通",
    "不想考试也能拿证?点进来",
    "字幕:免考 | 包过 | 一级二级都能办 | 入库可查 | 7天出证",
    "扣 {0}  V {1}",
    [ID("qq", U07_QQ, "3318092645"), ID("wechat", U07_WX, "sztong66")],
    [("用户55310", "2026-01-31", "这不就是买证吗"), ("速证通", "2026-01-31", "私信")],
    "short video of U07 brand 速证通")

video("2224", "U09", "天府AI职培", "天府AI职培",
    "成都人注意!AI训练师三级加30分积分",
    "口播:三级证书成都积分加30分,再干两年还能评助理工程师。本期" + SNIP["batch"] + "马上截止。",
    "电话(防屏蔽写法):{0}  微信 {1}",
    [ID("phone", U09_PH, "一八九 八零零六 一五二七"), ID("wechat", U09_WX, "tfzp_2025")],
    [("蓉漂2", "2026-02-19", "积分这个有文件吗?")],
    "short video of U09 brand 天府AI职培; phone in Chinese numerals")

video("2230", "I05", "AI证书小助手", "AI证书小助手",
    "人工智能训练师报名入口在这里",
    "字幕:报名入口 | 全国可报 | 四级三级 | 详情看官网",
    "官网 {0}  微信 {1}",
    [ID("domain", "aixunlianshi.org.cn", "aixunlianshi.org.cn"), ID("wechat", "aizs_helper", "aizs_helper")],
    [("用户70021", "2026-02-22", "跟那个aixunlianshi是一家吗?")],
    "short video of independent I05; look-alike of U03's domains but a different business")

# ================================================================ sites (directory + seller/company sites)
def seller_site(slug, op, brand, domain_written, title, paras, contact, ids, note, extra=""):
    ids = list(ids)
    body = (f"<div class=\"sitebar\"><b>{brand}</b> <small>{domain_written}</small> | 首页 | 课程 | 报名 | 证书查询 | 关于我们</div>"
            f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paras)
            + f"<div class=\"contact\">{fill(contact, ids)}</div>" + extra
            + f"<p><small>{SNIP['builder']}</small></p>")
    side = ("<h4>快速通道</h4><ul><li>在线报名</li><li>证书查询</li><li>常见问题</li></ul>"
            "<p><a href=\"/sites/index.html\">返回导航</a></p>")
    crumbs = f'<a href="/sites/index.html">职培网址导航</a> &gt; {brand}'
    add(f"/sites/{slug}.html", "sites", title, body, side, True, op, brand, ids, note, crumbs=crumbs)

seller_site("zhixunweilai", "U01", "智训教育", "www.zhixunweilai.cn",
    "智训教育 · 人工智能训练师培训与认定服务",
    ["智训教育专注人工智能训练师、数据标注员培训,线上直播覆盖全国。",
     "课程价格:五级1280元、四级1980元、三级2680元。证书由合作评价机构颁发,可在 zscx.osta.org.cn 查询。"],
    "全国咨询热线:{0}  官网:{1}  客服微信:{2}",
    [ID("phone", U01_PH, "一三八 一六四七 二零五九"), ID("domain", U01_DOM, "www.zhixunweilai.cn"), ID("wechat", U01_WX, "zxwl_2024")],
    "U01 company site 智训教育")

seller_site("aixunlianshi-cn", "U03", "人工智能训练师报考中心", "aixunlianshi.cn",
    "人工智能训练师报考中心 - 官方报名入口",
    ["人工智能训练师证书由人社部颁发,全国通用,官网可查!可用于落户、积分、职称评定。",
     "不限学历 不限经验 包过 三个月拿证。证书查询:zscx.osta.org.cn。"],
    "报名电话:{0}  官网:{1}",
    [ID("phone", U03_PH, "177 5834 1290"), ID("domain", U03_D1, "aixunlianshi.cn")],
    "U03 site on look-alike domain 1", extra="<p>证书编号示例:" + SNIP["certno"] + "</p>")

seller_site("aixunlianshi-comcn", "U03", "AI训练师考证网", "aixunlianshi.com.cn",
    "AI训练师考证网 - 人工智能训练师报名",
    ["考证网为您提供人工智能训练师一级至五级报名服务,报二级送三级。",
     "运营主体:杭州易证通信息咨询有限公司(统一社会信用代码 " + U03_USCC + ")"],
    "官方微信:{0}  网址:{1}",
    [ID("wechat", U03_WX, "AIXLS888"), ID("domain", U03_D2, "aixunlianshi.com.cn")],
    "U03 site on look-alike domain 2")
PAGES[-1]["ids"].append(ID("uscc", U03_USCC, U03_USCC))
PAGES[-1]["ids"].append(ID("other", "payee:" + U03_PAY, U03_PAY))

seller_site("suiling-edu", "U06", "穗岭职业培训学校", "www.suiling-edu.com",
    "广州市穗岭职业培训学校 · 人工智能训练师",
    ["我校为广州市人社局审批的民办职业培训学校,开设人工智能训练师五级、四级、三级培训。",
     "证书查询请登录 jndj.osta.org.cn。参保职工取证后可申请技能提升补贴,政策咨询 12333。"],
    "校址:广州市天河区 电话:{0}  招生老师:{1}  官网:{2}",
    [ID("phone", U06_TEL, "020-3886 2104"), ID("phone", U06_PH, "135 6027 1846"), ID("domain", U06_DOM, "www.suiling-edu.com")],
    "U06 school site")

# non-offer: job ad (company site)
add("/sites/zhaopin-shuzhi.html", "sites", "招聘:数据标注员(可培养)",
    "<div class=\"sitebar\"><b>杭州云标数据科技有限公司</b> | 首页 | 业务 | 加入我们</div>"
    "<h1>招聘:数据标注员(可培养)若干名</h1><p>工作地点:杭州余杭。岗位职责:图像、文本数据标注与质检。"
    "要求:大专及以上,细心耐心;有人工智能训练师证书者优先,入职后公司统一安排内部培训。</p>"
    "<p>薪资:5000-8000元/月,五险一金。本公司不收取任何培训费、押金,谨防冒名招聘收费。</p>"
    "<div class=\"contact\">投递简历(页面模板,待更新):" + SNIP["placeholder"] + "<br>HR邮箱:hr@yunbiaodata.cn</div>"
    f"<p><small>{SNIP['builder']}</small></p>",
    "<h4>在招岗位</h4><ul><li>数据标注员</li><li>质检组长</li></ul><p><a href=\"/sites/index.html\">返回导航</a></p>",
    note="job ad of a data company (non-offer); template placeholder left in")

# ================================================================ news
def news(nid, title, src, paras, note, offer=False, op=None, brand=None, ids=(), contact=""):
    ids = list(ids)
    body = (f"<h1>{title}</h1><div class=\"meta\">来源:{src} · 2026-{nid[-4:-2]}-{nid[-2:]}</div>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + (f"<div class=\"contact\">{fill(contact, ids)}</div>" if contact else "")
            + "<p><small>责任编辑:李楠</small></p>")
    side = ("<h4>热点</h4><ul><li><a href=\"/news/warn-0311.html\">警惕“山寨证书”</a></li>"
            "<li><a href=\"/news/policy-0302.html\">技能人才评价制度改革</a></li></ul>")
    add(f"/news/{nid}.html", "news", title, body, side, offer, op, brand, ids, note)

news("warn-0311", "人社部门提醒:警惕“包过”“人社部颁发”的人工智能训练师证书广告", "市人力资源和社会保障局",
    ["近期有群众反映,部分网站和社交平台发布“人工智能训练师证书人社部颁发、不限学历、包过”等广告。",
     "市人社局提醒:职业技能等级证书由经人社部门备案的评价机构颁发,可在 zscx.osta.org.cn 查询。人社部门从未授权任何个人或公司代办证书。",
     "已有市民被冒充“人社部门工作人员”的 " + SNIP["scam_ph"] + " 诱导转账,对方微信号 " + SNIP["scam_wx"] + "。",
     "如有疑问请拨打12333咨询,遇到虚假宣传可向12315投诉,也可通过12345政务服务便民热线反映。"],
    "人社 warning (non-offer); quotes a scammer's phone and wechat")

news("policy-0302", "一文读懂:技能人才评价制度改革后,证书由谁发、怎么查?", "东岸资讯网综合",
    ["2019年以来,水平评价类技能人员职业资格陆续退出目录,改为职业技能等级认定。人工智能训练师(4-04-05-05)属于职业技能等级证书。",
     "证书由备案的用人单位或社会培训评价组织颁发,编号为22位,例如 " + SNIP["certno"] + "(示例),可登录 jndj.osta.org.cn 或 zscx.osta.org.cn 查询;原1+X证书可在 vslc.ncb.edu.cn 查询。",
     "政策咨询可拨打12333,或拨打" + SNIP["osta_tel"] + "。",
     "近期统考安排:" + SNIP["batch"] + ",以各评价机构通知为准。"],
    "policy explainer (non-offer)")

news("ad-0315", "AI新职业风口来了 京才人才服务助力职场人积分落户", "企业供稿",
    ["【推广】人工智能训练师被列入多地紧缺职业目录,持高级工证书可在积分落户、人才引进中加分。",
     "北京京才人才服务有限公司提供从培训、报名到认定的一站式服务,证书可在 zscx.osta.org.cn 查询。"],
    "advertorial of U05 brand 京才人才服务 on a news site",
    offer=True, op="U05", brand="京才人才服务",
    ids=[ID("phone", U05_PH, "186-0112-7735"), ID("uscc", U05_USCC, "91110105MA01KQ7D93")],
    contact="咨询电话:{0}  统一社会信用代码:{1}")

news("edu-0320", "杭州某技师学院面向社会开设人工智能训练师培训班", "教育频道",
    ["记者获悉,杭州一所技师学院今年面向社会开设人工智能训练师四级、三级培训班,学费按物价部门核定标准收取,四级1800元。",
     "学院提醒,报名需满足国家职业技能标准规定的申报条件,学院不做任何“包过”承诺。证书可在 zscx.osta.org.cn 查询。"],
    "news article carrying a technical college's enrolment notice (independent I06)",
    offer=True, op="I06", brand="技师学院社会培训部",
    ids=[ID("phone", "0571-86920153", "0571-86920153"), ID("domain", "hzjsxy-px.cn", "hzjsxy-px.cn")],
    contact="技师学院社会培训部 报名咨询:{0},报名网址 {1}")

# ================================================================ tousu (complaints)
def complaint(cid, title, who, target, demand, text, status, note):
    body = (f"<h1>{title}</h1><div class=\"meta\">投诉编号:XBT2026{cid} · 投诉对象:{target} · 诉求:{demand} · 状态:{status}</div>"
            f"<div class=\"story\">{text}</div>"
            f"<p><small>投诉人:{who} · 本平台仅做信息发布,如需行政处理请拨打全国12315热线。</small></p>"
            + comments([("消保通客服", "2026-02-2" + cid[-1], "已转交商家处理,请耐心等待。")]))
    side = ("<h4>同类投诉</h4><ul><li><a href=\"/tousu/index.html\">证书培训类投诉</a></li></ul>"
            "<h4>维权指南</h4><p>保留付款凭证与聊天记录。</p>")
    add(f"/tousu/c-{cid}.html", "tousu", title, body, side, note=note)

complaint("0418", "交了4980说包过人社部颁发,半年没拿到证", "匿名用户", "某“人工智能训练师认证服务中心”",
    "退款", "<p>去年在网上看到人工智能训练师“包过、人社部颁发”的广告,转账4980元。对方一直拖延,后来换了一个号码 "
    + SNIP["scam_ph"] + " 联系我说要再交“加急费”。我打12345反映过,也打了12315。</p><p>" + SNIP["buyer_qq"] + "</p>",
    "处理中", "consumer complaint (non-offer); quotes a scammer phone and the buyer's own QQ")

complaint("0426", "免考拿证被骗,对方冒充人社部门工作人员", "王女士", "微信号 rsb_zhengshu",
    "退款并追责", "<p>对方微信 " + SNIP["scam_wx"] + " 自称人社部门工作人员,说人工智能训练师证书可以免考直接拿证,收了我2600元后拉黑。"
    "后来看到新闻,人社局提醒里也提到这个微信号。已向12315投诉。</p>",
    "已受理", "consumer complaint (non-offer); scammer wechat shared with the warning")

# ================================================================ indexes
def index_page(site, title, intro, extra_items=()):
    items = [p for p in PAGES if p["site"] == site]
    lis = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in items)
    lis += "".join(f"<li>{t}</li>" for t in extra_items)
    body = f"<h1>{title}</h1><p>{intro}</p><ul>{lis}</ul>"
    side = "<h4>公告</h4><p>谨防冒充平台客服的诈骗电话。</p><p><a href=\"/index.html\">返回总导航</a></p>"
    add(f"/{site}/index.html", site, title, body, side, note=f"index of {SITES[site]['name']}", crumbs=SITES[site]["name"])

index_page("xuetu", "考证专区 · 人工智能训练师热门课程", "学途云课堂考证频道,课程由入驻机构发布。客服热线 400-860-2751。")
index_page("kezhan", "考证热销榜 · 人工智能训练师", "精选考证好课,下单前请核实机构资质。")
index_page("blogs", "职场考证 · 最新文章", "简记博客职场考证频道。")
index_page("wenda", "职业教育话题 · 精选问答", "关于人工智能训练师的热门问题。")
index_page("tousu", "证书培训类投诉", "近30天证书培训类投诉。全国12315平台:12315.cn。")
index_page("mp", "教育频道 · 公号文摘", "精选教育类公众号文章。")
index_page("video", "知识频道 · AI与职场", "快影知识频道热门视频。")
index_page("sites", "考证机构网址导航", "收录考证与职业培训机构官网及招聘信息,排名不分先后。")
index_page("news", "东岸资讯网 · 教育就业", "教育就业频道最新消息。")

root = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网站导航</title></head><body>"
        "<h1>网站导航</h1><ul>" + "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a> - {SITES[s]["tag"]}</li>' for s in SITES)
        + "</ul></body></html>\n")
PAGES.append(dict(path="/index.html", site=None, title="网站导航", html=root, offer=False, op=None, brand=None, ids=[],
                  note="root index linking every site's index"))

# ================================================================ decoys
DECOYS = [
    ("phone", "12333", "人社 public hotline quoted by sellers and warnings", ["12333"]),
    ("phone", "12315", "market-regulation complaint hotline", ["12315"]),
    ("phone", "12345", "government service hotline", ["12345"]),
    ("domain", "zscx.osta.org.cn", "official certificate query site quoted by many sellers", ["zscx.osta.org.cn"]),
    ("domain", "jndj.osta.org.cn", "official query URL printed on certificates", ["jndj.osta.org.cn"]),
    ("domain", "vslc.ncb.edu.cn", "legacy 1+X query site", ["vslc.ncb.edu.cn"]),
    ("phone", "4008602751", "platform A customer-service number in every course page footer", ["400-860-2751"]),
    ("email", "service@xuetuyun.com", "platform A customer-service e-mail in footer", ["service@xuetuyun.com"]),
    ("uscc", "91310115MA1H4N8BXE", "platform A operator's own USCC in footer", ["91310115MA1H4N8BXE"]),
    ("other", "沪ICP备18034512号", "platform A ICP licence in footer", ["沪ICP备18034512号-2"]),
    ("qq", "800072614", "marketplace B customer-service enterprise QQ", ["800072614"]),
    ("domain", "kezhanwang.com", "marketplace B domain in footer", ["kezhanwang.com"]),
    ("email", "mpzhuanzai@163.com", "repost site's takedown e-mail on every article", ["mpzhuanzai@163.com"]),
    ("qq_group", "556120388", "video platform's creator group in frame", ["556120388"]),
    ("domain", "jianzhanbao.cn", "site-builder credit on seller and company sites", ["www.jianzhanbao.cn"]),
    ("phone", "4000658810", "site-builder's sales hotline in the credit", ["400-065-8810"]),
    ("domain", "biaodanmaster.com", "form-tool credit on seller blogs", ["biaodanmaster.com"]),
    ("phone", "+8613800000000", "template placeholder phone left unfilled", ["138-0000-0000"]),
    ("email", "your@email.com", "template placeholder e-mail", ["your@email.com"]),
    ("phone", "+8616532097781", "scammer's number quoted in a warning and a complaint", ["165 3209 7781"]),
    ("wechat", "rsb_zhengshu", "scammer's wechat quoted in a warning and a complaint", ["rsb_zhengshu"]),
    ("other", "S000044011234525300012", "sample certificate number quoted by unrelated pages", ["S000044011234525300012"]),
    ("other", "18820260315", "exam batch number that looks like a mobile", ["18820260315"]),
    ("phone", "021-58903316", "assessment venue's number quoted by unrelated sellers", ["021-5890 3316"]),
    ("phone", "010-84395712", "public body's number quoted by unrelated sellers and news", ["010-8439 5712"]),
    ("wechat", "ajie_study", "a commenter's own wechat left on several sellers' pages", ["ajie_study"]),
    ("qq", "1029384756", "a buyer's own QQ in a question and a complaint", ["1029384756"]),
    ("email", "kefu@kezhanwang.com", "marketplace B complaint e-mail in footer", ["kefu@kezhanwang.com"]),
    ("email", "tousu@jianji.blog", "blog host's takedown e-mail in footer", ["tousu@jianji.blog"]),
    ("email", "jubao@zhida.net", "Q&A site's report e-mail in footer", ["jubao@zhida.net"]),
    ("phone", "010-57293366", "Q&A site's report hotline in footer", ["010-5729 3366"]),
    ("phone", "95018", "video platform's service hotline in footer", ["95018"]),
    ("email", "submit@zhipeidh.com", "directory's submission e-mail in footer", ["submit@zhipeidh.com"]),
    ("phone", "0571-87762200", "news site's news hotline in footer", ["0571-8776 2200"]),
    ("other", "沪B2-20180417", "platform A telecom licence in footer", ["沪B2-20180417"]),
]


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    paths = set()
    for p in PAGES:
        assert p["path"] not in paths, p["path"]
        paths.add(p["path"])
        f = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    # identifier sanity: no real identifier shared between different operators
    owner = {}
    for p in PAGES:
        for k, v, w in p["ids"]:
            o = owner.setdefault((k, v), p["op"])
            assert o == p["op"], ("identifier shared across operators", k, v, o, p["op"])
    texts = {p["path"]: html.unescape(p["html"]) for p in PAGES}
    decoys = []
    ops = {p["path"]: p["op"] for p in PAGES}
    for kind, value, note, written in DECOYS:
        pats = [re.compile(r"(?<![0-9A-Za-z_.@])" + re.escape(w) + r"(?![0-9A-Za-z_@])") for w in written]
        dp = sorted(path for path, t in texts.items() if any(pt.search(t) for pt in pats))
        groups = {ops[x] or ("non-offer", x) for x in dp}
        assert len(dp) >= 2 and len(groups) >= 2, (value, dp)
        assert (kind, value) not in owner, value
        decoys.append(dict(kind=kind, value=value, note=note, written=written, paths=dp))

    opinfo = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            mine = {(k, v) for k, v, w in p["ids"]}
            others = {(k, v) for q in PAGES if q["op"] == p["op"] and q is not p for k, v, w in q["ids"]}
            assert mine & others, ("untied page", p["path"])
        if p["op"] and p["op"].startswith("I"):
            assert sum(q["op"] == p["op"] for q in PAGES) == 1
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            opinfo.setdefault(p["op"], []).append(p)
    operators = []
    for op in sorted(opinfo):
        ps = opinfo[op]
        brands = []
        for p in ps:
            if p["brand"] not in brands:
                brands.append(p["brand"])
        cnt = {}
        for p in ps:
            for k, v, w in {(i[0], i[1], 0) for i in p["ids"]}:
                cnt.setdefault((k, v), []).append(p["path"])
        ties = "; ".join(f"{k} {v}: " + ", ".join(pp) for (k, v), pp in sorted(cnt.items()) if len(pp) > 1)
        operators.append([op, {"brands": brands, "ties": ties}])

    order = sorted(PAGES, key=lambda p: p["path"])
    truth = {
        "description": "12bx: national online sellers of AI-trainer certificates across e-learning platforms, seller blogs, affiliate reviews, Q&A, reposts, short video, seller sites and a complaint site; 9 multi-brand operators with look-alike brands and domains",
        "pages": [{"path": p["path"], "is_offer": p["offer"], "operator": p["op"] if p["offer"] else None,
                   "provider": p["brand"] if p["offer"] else None, "identifiers": p["ids"], "note": p["note"]}
                  for p in order],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    n_off = sum(p["offer"] for p in PAGES)
    print(f"pages={len(PAGES)} offers={n_off} non-offers={len(PAGES)-n_off} operators={len(operators)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
