#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (12cf). Stdlib only, deterministic."""
import json, os, re, shutil, html as H

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WU = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wt in zip(code8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wt
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(p2, region, org8):
    b = p2 + region + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * w for ch, w in zip(b, WU))
    r = 31 - s % 31
    return b + ALPH[0 if r == 31 else r]


# ---------------- sites ----------------
SITES = {
 "huaxin": dict(style="company", name="华信智训", menu=["首页", "课程中心", "证书查询", "关于我们"],
                foot="华信智训(杭州)企业管理咨询有限公司 版权所有", icp="浙ICP备2023018842号-1"),
 "qiming": dict(style="company", name="启明职业培训学校", menu=["学校概况", "培训项目", "报名须知", "联系我们"],
                foot="杭州市拱墅区启明职业培训学校 办学许可证 教民133010570000312号", icp="浙ICP备2021007715号-2"),
 "mall": dict(style="marketplace", name="课满满·职业课程商城", menu=["首页", "IT互联网", "职业考证", "语言", "我的订单"],
              foot="课满满网络科技(北京)有限公司 客服热线 4008-200-517 客服邮箱 service@kemanman.cn",
              icp="京ICP备19044871号 增值电信业务经营许可证 京B2-20200417"),
 "bbs": dict(style="forum", name="智汇AI论坛", menu=["首页", "AI考证交流", "求职招聘", "灌水区"],
             foot="智汇AI论坛 站务QQ群 560123887 管理员邮箱 admin@zhihuiai-bbs.net", icp="粤ICP备18093312号"),
 "fenlei": dict(style="classifieds", name="同城分类信息网", menu=["首页", "教育培训", "招聘", "二手", "发布信息"],
                foot="同城分类信息网 www.tongcheng-fenlei.com 客服电话 010-57023366", icp="京ICP备12045530号-7"),
 "wenda": dict(style="qa", name="知问问答", menu=["首页", "职场", "教育", "科技", "提问"],
               foot="知问问答 违法和不良信息举报邮箱 jubao@zhiwen-wenda.com", icp="沪ICP备16022914号-3"),
 "mp": dict(style="wechat-repost", name="公众号文章聚合", menu=["推荐", "教育", "科技", "职场"],
            foot="本站文章来自公众号转载,如有侵权请联系 copyright@mpjuhe.cn 删除", icp="苏ICP备20031178号-1"),
 "video": dict(style="short-video", name="快看短视频", menu=["推荐", "关注", "同城", "知识"],
               foot="快看短视频 未成年人/违法不良信息举报电话 4000-900-231", icp="京ICP备17011986号-5"),
 "news": dict(style="news", name="东江在线", menu=["首页", "时政", "教育", "科技", "商讯"],
              foot="东江在线 新闻热线 0769-22805110 违法和不良信息举报 0769-22805119", icp="粤ICP备05021468号"),
 "college": dict(style="college", name="南岭职业技术学院", menu=["学院首页", "招生就业", "继续教育", "公告"],
                 foot="南岭职业技术学院 地址:韶关市浈江区学院路18号 学院办公室 0751-8120033", icp="粤ICP备10066215号"),
 "gov": dict(style="gov-notice", name="某市人力资源和社会保障局", menu=["首页", "政务公开", "政策文件", "办事服务", "互动交流"],
             foot="主办:某市人力资源和社会保障局 咨询电话 12333 网站标识码 4406000011", icp="粤ICP备05077310号"),
}

# ---------------- identifiers (normalized) ----------------
US = {
 "U01": uscc("91", "330106", "MA2H7K3C"),
 "U02": uscc("52", "330105", "MJ99214K"),
 "U04": uscc("91", "110108", "MA01TX5P"),
 "U08": uscc("91", "440106", "MA5D2R8W"),
 "mall": uscc("91", "110105", "MA01F8NE"),
}

PAGES = []


def page(path, site, title, body, is_offer=False, operator=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer, operator=operator,
                      provider=provider, identifiers=[list(i) for i in ids], note=note, crumbs=crumbs))


PLACE = '<form class="signup"><label>姓名 <input name="n" placeholder="请输入真实姓名"></label> <label>手机 <input name="m" placeholder="如 13800138000"></label> <button>免费领取报考资料</button></form>'
VENUE = "钱江大厦一楼前台 0571-87016688"
CERTSAMPLE = '<figure><img src="/img/cert-sample.jpg" alt="证书样本 证书编号 S000044010000253000128 查询网址 jndj.osta.org.cn"><figcaption>证书样本(编号 S000044010000253000128,可在 jndj.osta.org.cn 查询)</figcaption></figure>'
READERQQ = "我QQ 2038475619"
SCAM = "170 8881 6354"

# ======== U01 华信智训: scam, 包过 二级/三级 ========
page("/huaxin/index.html", "huaxin", "华信智训-人工智能训练师证书 全国通用 人社部颁发",
 """<h1>人工智能训练师 职业技能等级证书 报考中心</h1>
<p>人社部认证的新职业!零基础、不限学历、不限经验,<b>考三级送二级</b>,三个月内拿证,全国联网可查,证书终身有效。</p>
<p>三级(高级工)+二级(技师)双证套餐 ¥6980,单报三级 ¥3980,<b>不过全额退款</b>。名额紧张,本期仅剩 12 个。</p>
<p>官网:www.huaxin-ai.cn 报名热线:<a href="tel:+8613851237764">138-5123-7764</a></p>
<p class="corp">主办:华信智训(杭州)企业管理咨询有限公司 统一社会信用代码 """ + US["U01"] + "</p>",
 True, "U01", "华信智训",
 [("phone", "+8613851237764", "138-5123-7764"), ("phone", "+8613851237764", "tel:+8613851237764"),
  ("domain", "huaxin-ai.cn", "www.huaxin-ai.cn"), ("uscc", US["U01"], US["U01"])],
 "company homepage of 华信智训 selling 三级+二级 AI-trainer certificates to beginners, refund promise",
 )
page("/huaxin/ai-xunlianshi.html", "huaxin", "人工智能训练师(数据标注员)三级 速成班",
 """<h1>人工智能训练师三级 速成班 · 包过</h1>
<p>线上 7 天速成,题库押题,内部渠道出证,无需到场考试。证书由国家人社部颁发,可用于落户积分、评职称、挂靠年入3万+。</p>
<p>咨询电话:138 5123 7764(微信同号),或加 VX:hx_zhixun88 备注"训练师"。</p>
""" + PLACE + CERTSAMPLE,
 True, "U01", "华信智训",
 [("phone", "+8613851237764", "138 5123 7764"), ("wechat", "hx_zhixun88", "VX:hx_zhixun88")],
 "course page: 7-day 'guaranteed pass' level-3 course, 挂靠 lure, phone with 微信同号")
page("/fenlei/jiaoyu-8812034.html", "fenlei", "【急招学员】人工智能训练师证 考证 代报名 包拿证",
 """<h1>人工智能训练师证 代报名 包拿证</h1>
<p>发布者:智训证书服务中心(个人) 区域:杭州-西湖</p>
<p>三级/二级/一级均可办,不看学历不看工作年限,资料齐全 15 个工作日出证,官网可查。价格私聊。</p>
<p>联系:138512<br>37764 (平台屏蔽,分两行写)</p>
<p>薇 h x _ z h i x u n 8 8 (加v去掉空格)</p>""",
 True, "U01", "智训证书服务中心",
 [("phone", "+8613851237764", "138512\n37764"), ("wechat", "hx_zhixun88", "h x _ z h i x u n 8 8")],
 "classified ad offering all three levels with no requirements; phone split over two lines, wechat spaced out")
page("/video/v7301188245.html", "video", "人工智能训练师 躺着拿证?华信教育带你一步到位",
 """<div class="player"><img src="/img/v7301188245.jpg" alt="视频封面 华信教育 人工智能训练师 三级 二级 一次拿下 官网 huaxin-ai点cn"></div>
<p class="desc">@华信教育:90%小白都能学会,原价9999 限时 1980 报三级,#人工智能训练师 #考证</p>
<div class="comments"><div class="c"><b>用户8812</b>:怎么报名?</div>
<div class="c author"><b>华信教育(作者)</b> 回复 用户8812:V❤:hx_zhixun88 私信发资料</div></div>""",
 True, "U01", "华信教育",
 [("wechat", "hx_zhixun88", "V❤:hx_zhixun88"), ("domain", "huaxin-ai.cn", "huaxin-ai点cn")],
 "short video promoting quick level-3/2 certificates; wechat only in author's reply, domain in cover alt")

# ======== U02 启明职业培训学校: honest school ========
page("/qiming/index.html", "qiming", "启明职业培训学校-人工智能训练师(五级/四级)培训",
 """<h1>人工智能训练师(4-04-05-05)五级、四级 培训招生</h1>
<p>本校为民办职业培训学校,培训合格后由经人社部门备案的第三方评价机构组织职业技能等级认定,证书可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验。</p>
<p>五级培训 60 课时,学费 1680 元;四级 50 课时,学费 2280 元。符合条件的参保职工可按规定申领技能提升补贴。报名需满足《国家职业技能标准》申报条件,不承诺通过。</p>
<p>招生热线:4006-178-293 校区电话:0571-86920315 邮箱:zhaosheng@qiming-edu.com</p>
<p>统一社会信用代码:""" + US["U02"] + "</p>",
 True, "U02", "启明职业培训学校",
 [("phone", "4006178293", "4006-178-293"), ("phone", "0571-86920315", "0571-86920315"),
  ("email", "zhaosheng@qiming-edu.com", "zhaosheng@qiming-edu.com"), ("uscc", US["U02"], US["U02"])],
 "honest training school homepage: levels 5/4, correct eligibility and query site, prices")
page("/qiming/kecheng.html", "qiming", "人工智能训练师四级 周末班 报名须知",
 """<h1>人工智能训练师四级 周末班(2026年第2期)</h1>
<p>申报条件:取得五级证书后累计从事本职业工作 4 年,或累计从事本职业工作 6 年,或相关专业技工学校/中职毕业。报名前请先自行核对。</p>
<p>理论与技能考核均为百分制,60 分合格。认定考点:""" + VENUE + """(考试当天请凭准考证入场)。</p>
<p>对培训机构资质有疑问,可拨打 12333 咨询。报名咨询:(0571)8692 0315,或发邮件至 zhaosheng@qiming-edu.com。</p>""" + PLACE,
 True, "U02", "启明职业培训学校",
 [("phone", "0571-86920315", "(0571)8692 0315"), ("email", "zhaosheng@qiming-edu.com", "zhaosheng@qiming-edu.com")],
 "honest level-4 weekend class page with eligibility, exam venue and 12333 referral")
page("/mall/course-20931.html", "mall", "【启明AI学堂】人工智能训练师五级(初级工)系统班",
 """<h1>人工智能训练师五级(初级工)系统班</h1><p class="shop">店铺:启明AI学堂 已售 312</p>
<p class="price">¥1680 <s>¥1980</s> 618活动编号 15820250618</p>
<p>课程包含数据采集与处理、数据标注、智能系统运维等模块,共 60 课时,配套实操项目。认定由备案评价机构组织,本店不代办证书。</p>
<p>课后答疑:扣扣 2850416637,或致电 400-617-8293。</p>""",
 True, "U02", "启明AI学堂",
 [("qq", "2850416637", "扣扣 2850416637"), ("phone", "4006178293", "400-617-8293")],
 "marketplace listing of the same school's level-5 course; QQ written as 扣扣")
page("/mp/a-qiming-20260312.html", "mp", "新职业人工智能训练师,怎么报考才靠谱?|启明教育",
 """<h1>新职业人工智能训练师,怎么报考才靠谱?</h1><p class="src">来源:公众号"启明教育" 2026-03-12</p>
<p>人工智能训练师是 2020 年人社部等部门发布的新职业,证书属于职业技能等级证书,由备案的评价机构颁发,而非人社部直接颁发。</p>
<p>想了解五级/四级培训,可拨打 0571—86920315,或来信 zhaosheng at qiming-edu dot com。</p>
<img src="/img/qiming-qr.png" alt="扫码关注启明教育">""",
 True, "U02", "启明教育",
 [("phone", "0571-86920315", "0571—86920315"), ("email", "zhaosheng@qiming-edu.com", "zhaosheng at qiming-edu dot com")],
 "WeChat article repost: honest explainer by the school with its course contacts")

# ======== U03 老陈考证: hides contacts ========
page("/bbs/thread-55123.html", "bbs", "人工智能训练师三级 有渠道 懂的来",
 """<h1>人工智能训练师三级 有渠道 懂的来</h1>
<div class="post"><div class="author">楼主:老陈考证</div><p>正规备案机构出证,联网可查。不用考试也能安排,价格美丽。站内不方便留联系方式,有需要的回帖。</p></div>
<div class="post"><div class="author">zz_xiaoyu</div><p>求资料,""" + READERQQ + """</p></div>
<div class="post"><div class="author">路人甲</div><p>小心点,之前有个 """ + SCAM + """ 的也这么说,交了钱就拉黑。</p></div>
<div class="post"><div class="author">老陈考证(楼主)</div><p>回复 zz_xiaoyu:加薇 chen_kz2046 细聊</p></div>""",
 True, "U03", "老陈考证",
 [("wechat", "chen_kz2046", "薇 chen_kz2046")],
 "forum thread selling level-3 without exam; wechat only in the author's reply")
page("/wenda/q-304517.html", "wenda", "人工智能训练师证书去哪里考?多少钱?",
 """<h1>人工智能训练师证书去哪里考?多少钱?</h1><div class="q">提问者:匿名用户</div>
<div class="answer"><div class="who">陈老师证书咨询 的回答</div><p>我们这边可以直接报,五级到一级都有,一级也能办,三个工作日出结果。电话 一五九六七一八二零四三,微信同号。</p></div>
<div class="answer"><div class="who">热心网友</div><p>去 zscx.osta.org.cn 查机构备案,别信包过的。</p></div>""",
 True, "U03", "陈老师证书咨询",
 [("phone", "+8615967182043", "一五九六七一八二零四三")],
 "Q&A answer selling any level incl. level 1, phone spelled in Chinese numerals")
page("/fenlei/jiaoyu-8812577.html", "fenlei", "人工智能训练师 职业技能等级证 正规可查 代办",
 """<h1>人工智能训练师 职业技能等级证 代办</h1><p>发布者:智邦证书 区域:宁波</p>
<p>学历不限,无需工作经验,包过。另有数据标注员、算法测试员证书。</p>
<p>v:c h e n _ k z 2 0 4 6 (加v去掉空格)</p><p>扣扣:147 392 0586</p>
<p>电话:159-6718-2043</p>""",
 True, "U03", "智邦证书",
 [("wechat", "chen_kz2046", "c h e n _ k z 2 0 4 6"), ("qq", "1473920586", "扣扣:147 392 0586"),
  ("phone", "+8615967182043", "159-6718-2043")],
 "classified ad under another brand, spaced wechat, QQ as 扣扣")
page("/video/v7301190012.html", "video", "考证避坑?老陈带你拿人工智能训练师证",
 """<div class="player"><img src="/img/v7301190012.jpg" alt="老陈考证 人工智能训练师 不用考试 联网可查"></div>
<p class="desc">@老陈考证 三级高级工 包过 评论区见</p>
<div class="comments"><div class="c"><b>小白一枚</b>:真的不用考?</div>
<div class="c author"><b>老陈考证(作者)</b>:主页有扣,Q 1473920586</div></div>""",
 True, "U03", "老陈考证",
 [("qq", "1473920586", "Q 1473920586")],
 "short video by the same seller; QQ only in the author's comment")

# ======== U04 中科智培认证中心: cert mill with fake query site ========
page("/news/shangxun-20260218.html", "news", "中科智培认证中心:人工智能训练师认证助力人才转型",
 """<h1>中科智培认证中心:人工智能训练师认证助力人才转型</h1><p class="meta">商讯 2026-02-18</p>
<p>据悉,中科智培认证中心颁发的人工智能训练师证书为国家级权威证书,人社部颁发、工信部备案,全国通用,查询网址:www.zkzp-cert.com。</p>
<p>学员零基础三个月可取得"全国人工智能职业资格证书",一次报名三级、二级、一级三证同发,优惠价 ¥9800。</p>
<p>主办单位统一社会信用代码 """ + US["U04"] + """</p><p class="ad">(本文为广告)</p>""",
 True, "U04", "中科智培认证中心",
 [("domain", "zkzp-cert.com", "www.zkzp-cert.com"), ("uscc", US["U04"], US["U04"])],
 "paid advertorial for a cert mill: 国家职业资格 wording, three levels at once, fake query domain")
page("/mall/course-21877.html", "mall", "【国培AI认证网】人工智能训练师 证书考试 报名",
 """<h1>人工智能训练师 证书考试报名(含考试费)</h1><p class="shop">店铺:国培AI认证网 已售 1.2万</p>
<p class="price">¥2980 618活动编号 15820250618</p>
<p>国家级证书,入库可查,拿到证书便可升职加薪。拍下后请联系客服发资料:zkzpzx#163.com(#换成@),学员 Q群 735190284。</p>""" + CERTSAMPLE,
 True, "U04", "国培AI认证网",
 [("email", "zkzpzx@163.com", "zkzpzx#163.com"), ("qq_group", "735190284", "Q群 735190284")],
 "marketplace listing of the same mill under another brand; email with # for @")
page("/mp/a-zkzp-20260301.html", "mp", "重磅!人工智能训练师证书查询系统上线|中智人才评价",
 """<h1>重磅!人工智能训练师证书查询系统上线</h1><p class="src">来源:公众号"中智人才评价"</p>
<p>即日起学员可登录 zkzp-cert.com 查询证书,证书由中智人才评价(人社部职业技能鉴定指导)颁发。</p>
<p>报名咨询:186 2143 0579</p>""",
 True, "U04", "中智人才评价",
 [("domain", "zkzp-cert.com", "zkzp-cert.com"), ("phone", "+8618621430579", "186 2143 0579")],
 "WeChat repost announcing the mill's own 'query system' domain")
page("/video/v7301200456.html", "video", "人工智能训练师三证同发 国家认可",
 """<div class="player"><img src="/img/v7301200456.jpg" alt="三证同发 国家认可 官方认证"></div>
<p class="desc">@中科智培 报名电话 壹捌陆贰壹肆叁零伍柒玖,学员群 735 190 284</p>""",
 True, "U04", "中科智培",
 [("phone", "+8618621430579", "壹捌陆贰壹肆叁零伍柒玖"), ("qq_group", "735190284", "735 190 284")],
 "short video: phone in capital Chinese numerals, QQ group spaced")

# ======== U05 智领未来教育 ========
page("/mall/course-22016.html", "mall", "【智领AI】人工智能训练师四级 实战营(含认定报名)",
 """<h1>人工智能训练师四级 实战营</h1><p class="shop">店铺:智领AI 已售 864</p>
<p class="price">¥2580 618活动编号 15820250618</p>
<p>零基础可学,学完可报四级。(注:报四级需满足工作年限要求,详询客服)</p>
<p>班主任电话:１７７５１９０３６２８</p>""",
 True, "U05", "智领AI",
 [("phone", "+8617751903628", "１７７５１９０３６２８")],
 "marketplace course for level 4, vague about eligibility; full-width digits")
page("/video/v7301211734.html", "video", "人工智能训练师 一个月入门 智领未来教育",
 """<div class="player"><img src="/img/v7301211734.jpg" alt="智领未来教育 训练师四级 咨询 V:zlwl_ai2025"></div>
<p class="desc">@智领未来教育 数据标注员也能拿证,学完推荐兼职</p>""",
 True, "U05", "智领未来教育",
 [("wechat", "zlwl_ai2025", "V:zlwl_ai2025")],
 "short video with the wechat only in the cover image alt text")
page("/bbs/thread-55410.html", "bbs", "分享:我是怎么考下人工智能训练师四级的",
 """<h1>分享:我是怎么考下人工智能训练师四级的</h1>
<div class="post"><div class="author"><a href="/bbs/index.html?uid=zlwl_ai2025">智领未来-小林老师</a></div>
<p>跟着智领未来的实战营学了一个月,四级顺利通过(软文勿喷)。想报班的可以找我,+86 177-5190-3628。</p></div>
<div class="post"><div class="author">老学员</div><p>同求,""" + READERQQ + """</p></div>""",
 True, "U05", "智领未来教育",
 [("wechat", "zlwl_ai2025", "uid=zlwl_ai2025"), ("phone", "+8617751903628", "+86 177-5190-3628")],
 "forum 'experience' post that is an ad; wechat id in the profile link")

# ======== U06 博学优课 ========
page("/mp/a-boxue-20260205.html", "mp", "2026年人工智能训练师报考指南(附补贴政策)|博学优课",
 """<h1>2026年人工智能训练师报考指南</h1><p class="src">来源:公众号"博学优课"</p>
<p>五级最高补贴 1000 元,四级 1500 元,三级 2000 元(需参保满一年)。报名、代缴、资料审核一条龙服务,服务费 880 元。</p>
<p>QQ:3158804726 手机:130 7291 6650</p>""",
 True, "U06", "博学优课",
 [("qq", "3158804726", "QQ:3158804726"), ("phone", "+8613072916650", "130 7291 6650")],
 "WeChat guide with correct subsidy figures selling a sign-up service")
page("/fenlei/jiaoyu-8813020.html", "fenlei", "人工智能训练师 报名代办 补贴申领指导",
 """<h1>人工智能训练师 报名代办</h1><p>发布者:优课职培 区域:苏州</p>
<p>帮您审核申报条件、提交材料,五级四级三级都可报(需满足条件)。</p>
<p>资料发邮箱:3158804726@qq.com,Q Q:3１58804726</p>""",
 True, "U06", "优课职培",
 [("email", "3158804726@qq.com", "3158804726@qq.com"), ("qq", "3158804726", "3１58804726")],
 "classified ad by the same agency; QQ with a full-width digit")
page("/wenda/q-305228.html", "wenda", "人工智能训练师能申请补贴吗?",
 """<h1>人工智能训练师能申请补贴吗?</h1><div class="q">提问者:小周</div>
<div class="answer"><div class="who">博学优课 的回答</div><p>可以,参保满一年可申请技能提升补贴。我们可以帮您办理报名,打 130-7291-6650。</p></div>""",
 True, "U06", "博学优课",
 [("phone", "+8613072916650", "130-7291-6650")],
 "Q&A answer about subsidies, ends with sign-up service phone")

# ======== U07 数标堂 ========
page("/video/v7301233310.html", "video", "数据标注员在家接单 先考人工智能训练师",
 """<div class="player"><img src="/img/v7301233310.jpg" alt="标注侠训练营"></div>
<p class="desc">@标注侠训练营 学完考证+推荐标注兼职,月入过万 薇❤ shubiaotang01</p>""",
 True, "U07", "标注侠训练营",
 [("wechat", "shubiaotang01", "薇❤ shubiaotang01")],
 "short video: data-annotation job lure plus certificate course")
page("/mall/course-22375.html", "mall", "【数标堂】人工智能训练师(数据标注员)五级 + 接单指导",
 """<h1>人工智能训练师(数据标注员)五级 + 接单指导</h1><p class="shop">店铺:数标堂 已售 2301</p>
<p class="price">¥1299 618活动编号 15820250618</p>
<p>学完包推荐标注兼职。售后:V信 shubiao tang01(去掉空格) 电话 158-8802-3417</p>""",
 True, "U07", "数标堂",
 [("wechat", "shubiaotang01", "shubiao tang01"), ("phone", "+8615888023417", "158-8802-3417")],
 "marketplace course with job promise; wechat split by a space")
page("/wenda/q-305901.html", "wenda", "数标堂的人工智能训练师课程靠谱吗?",
 """<h1>数标堂的人工智能训练师课程靠谱吗?</h1><div class="q">提问者:匿名</div>
<div class="answer"><div class="who">数标堂教育科技 官方回答</div><p>我们是正规公司,考点在""" + VENUE + """。报名可对公转账,收款户名:杭州数标堂教育科技有限公司,或致电 15888023417。</p></div>""",
 True, "U07", "数标堂教育科技",
 [("phone", "+8615888023417", "15888023417"), ("other", "杭州数标堂教育科技有限公司", "收款户名:杭州数标堂教育科技有限公司")],
 "company's own Q&A answer with payee name and phone")

# ======== U08 鼎程教育 ========
page("/news/shangxun-20260305.html", "news", "鼎程职业技能评价中心开设人工智能训练师认定",
 """<h1>鼎程职业技能评价中心开设人工智能训练师认定</h1><p class="meta">商讯 2026-03-05</p>
<p>鼎程职业技能评价中心表示,证书直接对应职称,三级可评助理工程师。咨询电话 020-3876 5120。</p>
<p>统一社会信用代码 """ + US["U08"] + "</p>",
 True, "U08", "鼎程职业技能评价中心",
 [("phone", "020-38765120", "020-3876 5120"), ("uscc", US["U08"], US["U08"])],
 "advertorial overclaiming 证书直接对应职称")
page("/mp/a-dingcheng-20260310.html", "mp", "人工智能训练师三级招生|鼎程教育",
 """<h1>人工智能训练师三级招生</h1><p class="src">来源:公众号"鼎程教育"</p>
<p>三级 ¥4200,考前密训,通过率98%。电话:(020)38765120,手机 139 2617 4405</p>""",
 True, "U08", "鼎程教育",
 [("phone", "020-38765120", "(020)38765120"), ("phone", "+8613926174405", "139 2617 4405")],
 "WeChat repost with pass-rate claim")
page("/bbs/thread-55702.html", "bbs", "广州 人工智能训练师三级 考前密训 有人一起吗",
 """<h1>广州 人工智能训练师三级 考前密训 有人一起吗</h1>
<div class="post"><div class="author">dingcheng_gz</div><p>鼎程的密训班,还差 3 人开班。</p>
<img src="/img/dc-contact.png" alt="咨询 139·2617·4405"></div>
<div class="post"><div class="author">阿杰</div><p>可以,""" + READERQQ + """</p></div>""",
 True, "U08", "鼎程教育",
 [("phone", "+8613926174405", "139·2617·4405")],
 "forum recruitment post, phone only in image alt")

# ======== U09 极客AI训练营 ========
page("/video/v7301245560.html", "video", "AI训练师 极客训练营 第9期",
 """<div class="player"><img src="/img/v7301245560.jpg" alt="极客AI训练营"></div>
<p class="desc">@极客AI训练营 第9期招生 考五级 学员群:812 736 450 威信 geek_ai_777</p>""",
 True, "U09", "极客AI训练营",
 [("qq_group", "812736450", "812 736 450"), ("wechat", "geek_ai_777", "威信 geek_ai_777")],
 "short video for a level-5 bootcamp")
page("/wenda/q-306118.html", "wenda", "极客学院AI的训练师课怎么样?",
 """<h1>极客学院AI的训练师课怎么样?</h1><div class="q">提问者:阿伟</div>
<div class="answer"><div class="who">极客学院AI 助教</div><p>欢迎了解,五级 899 元,加 vx geek_ai_777 领试听。</p></div>""",
 True, "U09", "极客学院AI",
 [("wechat", "geek_ai_777", "vx geek_ai_777")],
 "Q&A answer by the bootcamp's assistant")
page("/fenlei/jiaoyu-8813544.html", "fenlei", "人工智能训练师五级 周末班 极客AI",
 """<h1>人工智能训练师五级 周末班</h1><p>发布者:极客AI 区域:成都</p>
<p>五级 899 元,可申领补贴。QQ群812736450 电话 199 0347 8215</p>""",
 True, "U09", "极客AI",
 [("qq_group", "812736450", "QQ群812736450"), ("phone", "+8619903478215", "199 0347 8215")],
 "classified ad for the same bootcamp")

# ======== independents ========
page("/college/jxjy-ai-2026.html", "college", "继续教育学院关于开展人工智能训练师(五级、四级)培训与认定的通知",
 """<h1>关于开展人工智能训练师(五级、四级)培训与认定的通知</h1>
<p>我院为经人社部门备案的职业技能等级认定机构,现面向社会开展人工智能训练师五级、四级培训与认定。认定费按省物价标准收取,培训费另计。</p>
<p>证书可在 zscx.osta.org.cn 查询。对认定工作有疑问可拨打 12333。</p>
<p>报名咨询:继续教育学院 0751-8120516 邮箱 jxjy@nlvtc.edu.cn</p>""" + PLACE,
 True, "I01", "南岭职业技术学院继续教育学院",
 [("phone", "0751-8120516", "0751-8120516"), ("email", "jxjy@nlvtc.edu.cn", "jxjy@nlvtc.edu.cn")],
 "honest college notice for level 5/4 training and assessment")
page("/bbs/thread-55811.html", "bbs", "出一个人工智能训练师四级报名名额",
 """<h1>出一个人工智能训练师四级报名名额</h1>
<div class="post"><div class="author">momo_2019</div><p>机构报名了去不了,原价转让,可以带你办转班。V:momo-ai-0923</p></div>""",
 True, "I02", None,
 [("wechat", "momo-ai-0923", "V:momo-ai-0923")],
 "individual reselling a course seat on the forum")
page("/mall/course-23001.html", "mall", "【云帆职教】人工智能训练师理论+实操 精讲(录播)",
 """<h1>人工智能训练师理论+实操 精讲(录播)</h1><p class="shop">店铺:云帆职教 已售 95</p>
<p class="price">¥399</p><p>仅提供课程,不代报名、不承诺取证。如遇虚假宣传可拨打 12315 投诉。企业团购请致电 4008-765-120 转 2。</p>""",
 True, "I03", "云帆职教",
 [("phone", "4008765120", "4008-765-120")],
 "honest recorded course, no certificate promises")
page("/mp/a-hengtong-20260220.html", "mp", "不考试也能拿人工智能训练师证?真的!|恒通证书",
 """<h1>不考试也能拿人工智能训练师证?真的!</h1><p class="src">来源:公众号"恒通证书"</p>
<p>免培训、包通过、国家认可、官方认证。一级高级技师 ¥12800,二级 ¥8800。</p>
<p>联系扣扣:二八六九一零三三七四</p>""",
 True, "I04", "恒通证书",
 [("qq", "2869103374", "二八六九一零三三七四")],
 "scam WeChat repost selling level 1/2 without exam; QQ in Chinese numerals")
page("/news/shangxun-20260322.html", "news", "东莞睿思科技培训:人工智能训练师四级开班",
 """<h1>东莞睿思科技培训:人工智能训练师四级开班</h1><p class="meta">商讯 2026-03-22</p>
<p>课程 50 课时,学费 2400 元,认定由备案评价机构组织,考点设在""" + VENUE + """附近的合作校区。报名电话:0769-2298 6613。</p>""",
 True, "I05", "东莞睿思科技培训",
 [("phone", "0769-22986613", "0769-2298 6613")],
 "short commercial news item for a level-4 class")
page("/wenda/q-306555.html", "wenda", "有没有人工智能训练师三级的网课推荐?",
 """<h1>有没有人工智能训练师三级的网课推荐?</h1><div class="q">提问者:kk</div>
<div class="answer"><div class="who">AI小课堂 的回答</div><p>我们AI小课堂有三级网课,399 元。报名前先去 zscx.osta.org.cn 确认评价机构。邮箱 aixiaoketang@126.com</p></div>""",
 True, "I06", "AI小课堂",
 [("email", "aixiaoketang@126.com", "aixiaoketang@126.com")],
 "Q&A answer by a small online course seller")

# ======== non-offers ========
page("/mall/course-19002.html", "mall", "【码上学】Python 数据分析 零基础入门",
 """<h1>Python 数据分析 零基础入门</h1><p class="shop">店铺:码上学</p><p class="price">¥199</p><p>与职业证书无关,纯技能课程。</p>""",
 note="unrelated Python course on the marketplace")
page("/bbs/thread-55300.html", "bbs", "求助:人工智能训练师二级零基础能直接考吗?",
 """<h1>求助:人工智能训练师二级零基础能直接考吗?</h1>
<div class="post"><div class="author">新手小王</div><p>看到广告说零基础能考二级,是真的吗?</p></div>
<div class="post"><div class="author">版主</div><p>二级需要三级证书加工作年限,零基础不可能。拿不准就打 12333 问。</p></div>""",
 note="learner's question with moderator's answer")
page("/bbs/thread-55980.html", "bbs", "曝光:交了6800说包过,现在拉黑了",
 """<h1>曝光:交了6800说包过,现在拉黑了</h1>
<div class="post"><div class="author">受害者A</div><p>对方电话 """ + SCAM + """,说是人社部颁发的三级证,交钱后拉黑。已打 12315 投诉。</p></div>""",
 note="complaint thread quoting a scammer's number")
page("/fenlei/zhaopin-7712093.html", "fenlei", "招聘 数据标注员 若干",
 """<h1>招聘 数据标注员 若干</h1><p>某科技公司招数据标注员,月薪 5000-7000,有人工智能训练师证书优先。HR 邮箱 hr@lanjing-data.com</p>""",
 note="job ad mentioning the certificate as a plus")
page("/news/jiaoyu-20260310.html", "news", "警惕!\"人工智能训练师包过\"骗局又来了",
 """<h1>警惕!"人工智能训练师包过"骗局又来了</h1><p class="meta">教育 2026-03-10</p>
<p>记者调查发现,有人以"人社部颁发""三证同发"为噱头收费,受害者反映对方手机号 """ + SCAM + """ 现已停机。人社部门提示:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询,如有疑问拨打 12333,消费纠纷可拨打 12315。</p>""",
 note="news warning about AI-trainer scams, quotes a scam number")
page("/news/jiaoyu-20260115.html", "news", "政策解读:人工智能训练师证书是什么证?",
 """<h1>政策解读:人工智能训练师证书是什么证?</h1><p class="meta">教育 2026-01-15</p>
<p>人工智能训练师(4-04-05-05)证书是职业技能等级证书,分五个等级,不属于国家职业资格目录。证书查询:zscx.osta.org.cn;政策咨询:12333。</p>""",
 note="policy explainer")
page("/gov/tzgg-20260301.html", "gov", "关于警惕技术技能类\"山寨证书\"的提醒",
 """<h1>关于警惕技术技能类"山寨证书"的提醒</h1>
<p>近期有机构冒用"人社部颁发""国家职业资格"等字样,宣传人工智能训练师"包过""免考拿证"。职业技能等级证书由备案的评价机构颁发,请登录 zscx.osta.org.cn 查询核验。如发现违规行为,请拨打 12333 反映。</p>""",
 note="official warning notice")

SITE_ORDER = ["huaxin", "qiming", "mall", "bbs", "fenlei", "wenda", "mp", "video", "news", "college", "gov"]
for s in ["mall", "bbs", "fenlei", "wenda", "mp", "video", "news", "college", "gov"]:
    page("/%s/index.html" % s, s, SITES[s]["name"] + " 首页", None, note="site index of " + SITES[s]["name"])

CSS = {"company": "body{font-family:sans-serif}.hero{background:#036}", "marketplace": ".price{color:#e40}",
       "forum": ".post{border:1px solid #ccc}", "classifieds": "h1{font-size:18px}", "qa": ".answer{margin:8px}",
       "wechat-repost": ".src{color:#888}", "short-video": ".player img{width:100%}", "news": ".meta{color:#666}",
       "college": "header{background:#7a1}", "gov-notice": "header{background:#b00;color:#fff}"}


def frame(p, siblings):
    s = SITES[p["site"]]
    base = "/" + p["site"] + "/"
    menu = " | ".join('<a href="%sindex.html">%s</a>' % (base, m) for m in s["menu"])
    crumb = '<a href="/index.html">导航</a> &gt; <a href="%sindex.html">%s</a> &gt; %s' % (base, s["name"], H.escape(p["title"]))
    if p["body"] is None:
        body = "<h1>%s</h1><ul>%s</ul>" % (s["name"], "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in siblings))
    else:
        body = p["body"]
    rel = [q for q in siblings if q["path"] != p["path"]][:5]
    side = "<aside><h3>相关推荐</h3><ul>%s</ul><p>热门标签:人工智能训练师 数据标注 考证</p></aside>" % "".join(
        '<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in rel)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><style>%s</style></head>\n'
            '<body class="%s"><header><div class="logo">%s</div><nav>%s</nav></header>\n<div class="crumbs">%s</div>\n'
            '<main>%s</main>\n%s\n<footer><p>%s</p><p><a href="/%s/index.html">关于我们</a> | <a href="/%s/index.html">联系我们</a> | <a href="/index.html">网站导航</a></p><p>%s</p></footer>\n</body></html>\n') % (
        H.escape(p["title"]), s["name"], CSS[s["style"]], s["style"], s["name"], menu, crumb, body, side, s["foot"],
        p["site"], p["site"], s["icp"])


DECOYS = [
 ("phone", "12333", ["12333"], "人社部门 public hotline, quoted by officials, news and honest sellers"),
 ("phone", "12315", ["12315"], "market-regulation consumer hotline quoted in complaints and news"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on a certificate sample image copied by several sellers"),
 ("other", "S000044010000253000128", ["S000044010000253000128"], "certificate number on a sample certificate image reused by different sellers"),
 ("phone", "4008200517", ["4008-200-517"], "marketplace customer-service line in every mall footer"),
 ("email", "service@kemanman.cn", ["service@kemanman.cn"], "marketplace customer-service e-mail in footer"),
 ("other", "京B2-20200417", ["京B2-20200417"], "marketplace telecom licence in footer"),
 ("qq_group", "560123887", ["560123887"], "forum's own staff QQ group in footer"),
 ("email", "admin@zhihuiai-bbs.net", ["admin@zhihuiai-bbs.net"], "forum administrator e-mail in footer"),
 ("phone", "010-57023366", ["010-57023366"], "classifieds site customer service in footer"),
 ("domain", "tongcheng-fenlei.com", ["www.tongcheng-fenlei.com"], "classifieds platform's own domain in footer"),
 ("email", "jubao@zhiwen-wenda.com", ["jubao@zhiwen-wenda.com"], "Q&A site's report e-mail in footer"),
 ("email", "copyright@mpjuhe.cn", ["copyright@mpjuhe.cn"], "repost aggregator's takedown e-mail in footer"),
 ("phone", "4000900231", ["4000-900-231"], "short-video platform report line in footer"),
 ("phone", "0769-22805110", ["0769-22805110"], "news site's news hotline in footer"),
 ("phone", "+8617088816354", [SCAM], "scammer's number quoted in a warning, a complaint and a reader's comment"),
 ("other", "15820250618", ["15820250618"], "marketplace 618 campaign id shaped like a mobile number, on every mall offer"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder in sign-up forms"),
 ("phone", "0571-87016688", ["0571-87016688"], "front desk of the building hosting the exam venue, a third party"),
 ("qq", "2038475619", ["2038475619"], "a reader's own QQ left in comments under several sellers' threads"),
]


def found(w, h):
    pat = re.compile(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])")
    return bool(pat.search(h) or pat.search(visible(h)))


def visible(h):
    t = re.sub(r"<br\s*/?>", "\n", h)
    t = re.sub(r"<[^>]+>", "", t)
    return H.unescape(t)


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    htmls = {}
    for p in PAGES:
        sib = [q for q in by_site[p["site"]] if not q["path"].endswith("/index.html")] or by_site[p["site"]]
        htmls[p["path"]] = frame(p, sib)
    # root navigation page
    root = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网站导航</title></head><body><h1>网站导航</h1><ul>%s</ul>'
            '<p>导航页仅收录站点入口。</p></body></html>\n') % "".join(
        '<li><a href="/%s/index.html">%s</a>(%s)</li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in SITE_ORDER)
    htmls["/index.html"] = root
    for path, h in htmls.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    owner = {p["path"]: p["operator"] for p in PAGES}
    owner["/index.html"] = None
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(path for path, h in htmls.items() if any(found(w, h) for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] and p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    tp = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="navigation page linking every site index")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        tp.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                       identifiers=p["identifiers"], note=p["note"]))
    truth = dict(pages=tp, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
