#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (Laibin week). Stdlib only, deterministic."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W32100))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("91451300", "MA5KQ7P2")
USCC_U02 = uscc("91450103", "MA5P4L8D")
USCC_U06 = uscc("91450200", "MA5NB6W4")
USCC_U08 = uscc("52451302", "MJ493057")
USCC_U09 = uscc("91110108", "MA01R3XK")

# ---------------------------------------------------------------- sites
SITES = {
    "zhixun": dict(name="来宾智训职业培训学校", style="corp",
                   menu=["首页", "课程中心", "补贴政策", "学员风采", "联系我们"],
                   footer=("来宾市智训职业技能培训学校有限公司 ｜ 地址：来宾市兴宾区桂中大道东168号3楼 ｜ 电话：0772-4218866 ｜ "
                           "官网 www.zhixunpx.cn ｜ 统一社会信用代码：%s ｜ 桂ICP备2021004417号-1" % USCC_U01)),
    "qihang": dict(name="桂中启航教育", style="corp2",
                   menu=["网站首页", "热门证书", "报考条件", "证书查询", "关于启航"],
                   footer=("广西启航教育咨询有限公司 版权所有 ｜ 咨询热线 182 7723 9906 ｜ gzqihang.com ｜ 信用代码 %s" % USCC_U02)),
    "kecheng": dict(name="课有学 · 职业技能课堂", style="market",
                    menu=["首页", "职业技能", "IT互联网", "考证", "机构入驻"],
                    footer="课有学 www.keyouxue.com ｜ 客服热线 400-860-7722 ｜ 客服邮箱 kefu@keyouxue.com ｜ 京ICP备17052281号"),
    "bbs": dict(name="来宾在线论坛", style="forum",
                menu=["论坛首页", "来宾杂谈", "求职招聘", "教育培训", "维权曝光"],
                footer="来宾在线论坛 bbs.lbzx.net ｜ 版主联系 admin@lbzx.net ｜ 网友交流QQ群：326718840 ｜ 桂ICP备12001688号"),
    "fenlei": dict(name="来宾百姓信息网", style="classified",
                   menu=["首页", "招聘", "二手", "教育培训", "本地服务"],
                   footer="来宾百姓信息网 ｜ 客服电话 0772-4288000 ｜ 桂ICP备18003217号-2 ｜ 发布信息请遵守国家法律法规"),
    "wenda": dict(name="问知道", style="qa",
                  menu=["首页", "教育", "职场", "科技", "我要提问"],
                  footer="问知道 wenzhidao.com ｜ 举报邮箱 jubao@wenzhidao.com ｜ 内容仅代表网友观点"),
    "wx": dict(name="微文摘 · 公众号文章精选", style="wechat",
               menu=["推荐", "教育", "职场", "本地", "科技"],
               footer="本站文章转载自微信公众号，版权归原作者所有 ｜ wxwenzhai.com ｜ 沪ICP备20011432号-3"),
    "shipin": dict(name="快刷视频 网页版", style="video",
                   menu=["推荐", "关注", "同城·来宾", "知识", "直播"],
                   footer="快刷视频 kuaishua.tv ｜ 侵权投诉 tousu@kuaishua.tv ｜ 网络文化经营许可证"),
    "news": dict(name="来宾新闻网", style="news",
                 menu=["首页", "本地新闻", "民生", "教育", "曝光台"],
                 footer="来宾新闻网 ｜ 新闻热线 0772-4212110 ｜ 投稿邮箱 tougao@lbxww.cn ｜ 桂ICP备10006021号"),
    "rsj": dict(name="来宾市人力资源和社会保障局", style="gov",
                menu=["首页", "政务公开", "通知公告", "就业创业", "职业能力建设"],
                footer="主办：来宾市人力资源和社会保障局 ｜ rsj.laibin.gov.cn ｜ 咨询电话 12333 ｜ 桂ICP备05008812号"),
    "shop": dict(name="淘课商城", style="shop",
                 menu=["首页", "分类", "考证专区", "店铺街", "购物车"],
                 footer="淘课商城 www.taokemall.com ｜ 平台客服 0571-88156677 ｜ 消费者权益保障"),
}
SHOP_SIDE = "<div class='pay'>支付保障：支付宝担保交易，支付问题请联系支付宝客服95188</div>"
KC_SIDE = "<div class='topic'>专题：人工智能训练师 考证合集（专题课程号 2837461920）</div>"
FORM_PH = "<form class='signup'><input name='tel' placeholder='手机号，如13800138000'><button>立即报名</button></form>"

PAGES = []


def page(site, fname, title, body, is_offer=False, op=None, provider=None, ids=(), note="", extra_side=""):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, fname), title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, identifiers=[list(x) for x in ids], note=note,
                      extra_side=extra_side))


# ---------------------------------------------------------------- U01 智训 (honest, local school)
page("zhixun", "ai-trainer-4.html", "人工智能训练师（四级/中级工）职业技能等级认定培训班招生简章",
     """<p>根据《人工智能训练师国家职业技能标准（2021年版）》，我校开设人工智能训练师（4-04-05-05）四级/中级工培训班。</p>
<p>报名条件：取得本职业五级证书后累计从事本职业工作4年及以上，或累计从事本职业工作6年及以上；技工学校相关专业毕业生可报。</p>
<p>培训课时：50课时（理论+实操），考核分理论知识和操作技能两部分，均60分合格。证书为职业技能等级证书，由备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p>证书样本编号格式示例：S000045000012254000318（仅为样本，非真实证书）</p>
<p>补贴：参加失业保险满1年的职工，取得四级证书可按规定申领技能提升补贴（最高1500元），具体以人社部门审核为准，可拨打12333咨询。</p>
<p>报名咨询：李老师 139 7720 1234 ｜ 办公室 0772-4218866 ｜ 微信 zhixun_lb</p>""",
     True, "U01", "来宾市智训职业技能培训学校",
     [("phone", "+8613977201234", "139 7720 1234"), ("phone", "07724218866", "0772-4218866"),
      ("wechat", "zhixun_lb", "zhixun_lb"), ("uscc", USCC_U01, USCC_U01), ("domain", "zhixunpx.cn", "www.zhixunpx.cn"),
      ("other", "桂ICP备2021004417号-1", "桂ICP备2021004417号-1")],
     "training school's own course page, level 4, honest")
page("zhixun", "ai-trainer-3.html", "人工智能训练师三级（高级工）周末班 | 来宾智训",
     """<p>三级/高级工：需取得四级证书，并满足相应工作年限或高级技工学校、技师学院等毕业条件，具体以申报审核为准。</p>
<p>课程内容：业务分析、智能训练、智能系统设计、培训与指导。40课时，周末上课，兴宾区校区。</p>
<p>学费：2680元（含教材），考核费按评价机构标准另行收取。我校不承诺通过率，考核未通过可免费复训一次。</p>
<p>电话：13977201234（同微信） 座机：（0772）4218866</p>""",
     True, "U01", "智训教育",
     [("phone", "+8613977201234", "13977201234"), ("phone", "07724218866", "（0772）4218866"),
      ("uscc", USCC_U01, USCC_U01), ("domain", "zhixunpx.cn", "www.zhixunpx.cn"),
      ("other", "桂ICP备2021004417号-1", "桂ICP备2021004417号-1")],
     "own site, level 3 weekend class, honest")
page("kecheng", "course-1021.html", "【智训教育】人工智能训练师五级 数据标注实操课（来宾线下+线上）",
     """<div class='seller'>机构：智训教育（来宾）｜ 认证机构 ｜ 好评率 96%</div>
<p>60课时，数据采集与处理、数据标注、智能系统运维基础。适合已从事相关工作满1年或完成学徒期的学员。</p>
<p>课程价格：¥1280 ｜ 已报名 214 人</p>
<p>机构介绍：来宾本地职业培训学校，官网 zhixunpx.cn，咨询 139-7720-1234。</p>""",
     True, "U01", "智训教育",
     [("phone", "+8613977201234", "139-7720-1234"), ("domain", "zhixunpx.cn", "zhixunpx.cn")],
     "marketplace listing of U01, level 5", extra_side=KC_SIDE)
page("fenlei", "post-50217.html", "来宾 人工智能训练师培训 可申领补贴 正规学校",
     """<p>发布者：智训职校招生办 ｜ 类别：教育培训 > 职业技能</p>
<p>本校常年开设人工智能训练师五级、四级培训，考核合格颁发职业技能等级证书，联网可查。符合条件的可申请技能提升补贴。</p>
<p>地址：兴宾区桂中大道东168号3楼，联系电话：0772 4218866，加微信 ZhiXun_LB 发资料。</p>""",
     True, "U01", "智训职校",
     [("phone", "07724218866", "0772 4218866"), ("wechat", "zhixun_lb", "ZhiXun_LB")],
     "classifieds post by U01")

# ---------------------------------------------------------------- U02 启航 (dishonest)
page("qihang", "course-ai3.html", "人工智能训练师三级证书 零基础 不限学历 包过班",
     """<p>人社部颁发！国家职业资格证书，全国通用，终身有效，入库可查！</p>
<p>零基础可报三级，不限学历不限经验，<b>交费包过</b>，考不过全额退款。三级+四级+五级三证同报立减1500元。</p>
<p>拿证可挂靠企业，年收入轻松2万+；可用于积分落户、评职称。</p>
<p>报名热线：182 7723 9906 ｜ 微信：qh_zhipei668 ｜ 扣扣2851937746</p>""",
     True, "U02", "桂中启航教育",
     [("phone", "+8618277239906", "182 7723 9906"), ("wechat", "qh_zhipei668", "qh_zhipei668"),
      ("qq", "2851937746", "2851937746"), ("uscc", USCC_U02, USCC_U02), ("domain", "gzqihang.com", "gzqihang.com")],
     "own site, scam wording: 人社部颁发, 包过, three levels at once")
page("qihang", "course-ai2.html", "人工智能训练师 技师（二级）直报 速成30天拿证",
     """<p>官方指定报名点，内部渠道，免培训直接考，30天下证！技师证可直接对应中级职称。</p>
<p>费用：技师 6800元 / 高级技师 9800元，补贴后几乎免费（名额有限）。</p>
<p>咨询：18277239906 微信同号</p>""",
     True, "U02", "启航职培",
     [("phone", "+8618277239906", "18277239906"), ("uscc", USCC_U02, USCC_U02), ("domain", "gzqihang.com", "gzqihang.com")],
     "own site, level 2 to beginners, 免培训, subsidy claim false for level 2")
page("shipin", "v-7301882.html", "考个人工智能训练师证 国家认可 月入过万不是梦",
     """<div class='author'>@启航老师-AI考证</div>
<p class='desc'>90%小白都能学会！原价9999限时999 #人工智能训练师 #考证 #来宾</p>
<p>评论区置顶：想报名的宝子加v：QH_zhipei668 备注“来宾”</p>""",
     True, "U02", "启航老师-AI考证",
     [("wechat", "qh_zhipei668", "QH_zhipei668")],
     "short video by U02")
page("bbs", "thread-88213.html", "【教育培训】人工智能训练师证书报名 包过 最后名额",
     """<div class='post'><span class='user'>楼主：启航小周</span>
<p>桂中启航今年最后一期，人社部颁发证书，不过退费。有意私信或者加扣扣 2851937746 ，电话182-7723-9906。</p></div>
<div class='reply'><span class='user'>2楼 来宾小雨</span><p>求带，我v xiaoyu_1998，想问问是不是真的能查到</p></div>
<div class='reply'><span class='user'>3楼 路人甲</span><p>包过的都别信，去人社局官网看看</p></div>""",
     True, "U02", "桂中启航",
     [("qq", "2851937746", "2851937746"), ("phone", "+8618277239906", "182-7723-9906")],
     "forum post by U02; reader's own wechat in reply")

# ---------------------------------------------------------------- U03 鼎职 (Nanning HR company)
page("kecheng", "course-1033.html", "鼎职教育·人工智能训练师四级/三级 线上直播班（广西可申领补贴）",
     """<div class='seller'>机构：鼎职教育 ｜ 南宁 ｜ 官方指定培训点</div>
<p>直播+录播，理论+实操，配套题库。四级 ¥1980，三级 ¥2580，两级连报 ¥3980。</p>
<p>参保满一年可申领技能提升补贴，<b>补贴后几乎免费</b>。</p>
<p>课程顾问：400-678-7710 ｜ 邮箱 dingzhi_hr@163.com</p>""",
     True, "U03", "鼎职教育",
     [("phone", "4006787710", "400-678-7710"), ("email", "dingzhi_hr@163.com", "dingzhi_hr@163.com")],
     "marketplace listing by U03, 官方指定 wording", extra_side=KC_SIDE)
page("wenda", "q-55820.html", "在来宾考人工智能训练师去哪里报名比较好？",
     """<div class='q'>提问者：匿名用户 ｜ 本人在来宾工作，想考个人工智能训练师四级，哪里能报？我电话15177238890，有靠谱的联系我</div>
<div class='a'><span class='user'>鼎职人才培训中心（认证回答）</span>
<p>您好，我们是南宁的人力资源服务机构，广西各地都可以线上报名，四级、三级都有班，考点安排在当地。详细可以咨询 4006 787 710，或者加微信 dingzhi_hr 领取报考资料。</p></div>
<div class='a'><span class='user'>热心网友</span><p>建议先在技能人才评价证书全国联网查询 zscx.osta.org.cn 查一下机构发的证能不能查。</p></div>""",
     True, "U03", "鼎职人才培训中心",
     [("phone", "4006787710", "4006 787 710"), ("wechat", "dingzhi_hr", "dingzhi_hr")],
     "Q&A answer advertising U03; asker's own phone is a decoy")
page("fenlei", "post-50388.html", "人工智能训练师 线上报名 广西全境 鼎职教育",
     """<p>发布者：鼎职教育（个人认证）｜ 类别：教育培训</p>
<p>人工智能训练师五级/四级/三级，线上学习，就近考试。企业员工可团报。</p>
<p>微信：Dingzhi_HR 邮箱：Dingzhi_HR@163.com</p>""",
     True, "U03", "鼎职教育",
     [("wechat", "dingzhi_hr", "Dingzhi_HR"), ("email", "dingzhi_hr@163.com", "Dingzhi_HR@163.com")],
     "classifieds post by U03")

# ---------------------------------------------------------------- U04 李老师 (agent, dishonest)
page("wx", "article-3391.html", "好消息！人工智能训练师证书不用考试也能拿，名额不多了",
     """<div class='mp'>公众号：速证通 ｜ 原创</div>
<p>很多朋友问，没时间上课怎么办？我们有渠道，<b>不考试直接拿证</b>，人社部可查，挂靠企业每年补贴2~3万。</p>
<p>在线报名表：https://jinshuju.net/f/Ab3xQ9</p>
<p>负责人李老师：173 7710 5582，微信 lzs_ai520</p>""",
     True, "U04", "速证通",
     [("phone", "+8617377105582", "173 7710 5582"), ("wechat", "lzs_ai520", "lzs_ai520")],
     "wechat repost by U04, 不考试直接拿证 and 挂靠 lure")
page("shipin", "v-7315520.html", "三天拿人工智能训练师证书？真的可以",
     """<div class='author'>@AI证书办理-李老师</div>
<p class='desc'>不用去考场，不用上课，资料齐了就下证。私我 V：Lzs_Ai520</p>""",
     True, "U04", "AI证书办理-李老师",
     [("wechat", "lzs_ai520", "Lzs_Ai520")],
     "short video by U04")
page("fenlei", "post-50502.html", "代办 人工智能训练师证 快速下证 可挂靠",
     """<p>发布者：李老师 ｜ 类别：本地服务 > 证书代办</p>
<p>人工智能训练师各级别都可办理，不过不收费（先交定金500）。定金转账收款户名：覃丽萍。</p>
<p>联系电话 17377105582</p>""",
     True, "U04", "李老师",
     [("phone", "+8617377105582", "17377105582"), ("other", "覃丽萍", "覃丽萍")],
     "classifieds post by U04, payee name")
page("bbs", "thread-88290.html", "有没有人要考人工智能训练师的 可以帮忙",
     """<div class='post'><span class='user'>楼主：lzs办证</span>
<p>手上有几个名额，流程简单，不用到场。定金打给覃丽萍就行，详细加QQ1692045837。</p></div>
<div class='reply'><span class='user'>2楼 兴宾老街坊</span><p>这种十有八九是骗子，小心</p></div>""",
     True, "U04", "lzs办证",
     [("other", "覃丽萍", "覃丽萍"), ("qq", "1692045837", "1692045837")],
     "forum post by U04 (tied by payee name)")

# ---------------------------------------------------------------- U05 智考通 shop
page("shop", "item-60011.html", "智考通AI证书报名旗舰店｜人工智能训练师五级/四级 报名+网课+题库",
     """<div class='store'>店铺：智考通AI证书报名旗舰店</div>
<p>¥ 899 起 ｜ 月销 86</p>
<p>商品详情：人工智能训练师网课+题库+报名指导，证书由备案评价机构颁发。下单后联系客服QQ：3318402967 拍照上传资料。</p>
<p>售后邮箱：zhikaotong@foxmail.com</p>""",
     True, "U05", "智考通AI证书报名旗舰店",
     [("qq", "3318402967", "3318402967"), ("email", "zhikaotong@foxmail.com", "zhikaotong@foxmail.com")],
     "shop item of U05", extra_side=SHOP_SIDE)
page("kecheng", "course-1047.html", "智考通｜人工智能训练师四级 考前冲刺题库班",
     """<div class='seller'>机构：智考通</div>
<p>1200道题库+3次模考，考前7天冲刺。¥399</p>
<p>学习群答疑，报名后加客服微信 zkt_kefu01 ；或QQ 3318 402 967</p>""",
     True, "U05", "智考通",
     [("wechat", "zkt_kefu01", "zkt_kefu01"), ("qq", "3318402967", "3318 402 967")],
     "marketplace listing of U05", extra_side=KC_SIDE)
page("wenda", "q-56107.html", "人工智能训练师四级题库哪里有？",
     """<div class='q'>提问者：桂中打工人 ｜ 下个月考四级，求题库</div>
<div class='a'><span class='user'>智考通小助手</span>
<p>可以看看我们的冲刺班，淘课商城搜“智考通”，或加微信ZKT_kefu01，有问题发邮件到 ZhiKaoTong@foxmail.com。</p></div>""",
     True, "U05", "智考通",
     [("wechat", "zkt_kefu01", "ZKT_kefu01"), ("email", "zhikaotong@foxmail.com", "ZhiKaoTong@foxmail.com")],
     "Q&A answer advertising U05")

# ---------------------------------------------------------------- U06 匠芯 (data annotation, job lure)
page("shop", "item-60088.html", "匠芯AI实训基地 数据标注员+人工智能训练师证书 培训包就业",
     """<div class='store'>店铺：匠芯数据官方店</div>
<p>¥ 3980 ｜ 学完推荐在家接单，月入8000+，<b>包就业</b>，拿到证书便可升职加薪！</p>
<p>柳州匠芯科技有限公司 统一社会信用代码 %s</p>
<p>咨询电话：150 7801 6623 ｜ 座机 0772-2637718</p>""" % USCC_U06,
     True, "U06", "匠芯AI实训基地",
     [("phone", "+8615078016623", "150 7801 6623"), ("phone", "07722637718", "0772-2637718"), ("uscc", USCC_U06, USCC_U06)],
     "shop item of U06, 包就业 and income lure", extra_side=SHOP_SIDE)
page("fenlei", "post-50611.html", "招聘数据标注员 在家可做 需先培训考证",
     """<p>发布者：匠芯数据 ｜ 类别：招聘 > 兼职</p>
<p>招数据标注员若干，无经验可，入职前需参加人工智能训练师培训（费用3980，可分期）。</p>
<p>联系人：韦主管 电话：138xxxxxxxx（旧号作废），现用 15078016623，微信 jiangxin_ai</p>""",
     True, "U06", "匠芯数据",
     [("phone", "+8615078016623", "15078016623"), ("wechat", "jiangxin_ai", "jiangxin_ai")],
     "job ad that is really a training sale (U06); template placeholder number")
page("shipin", "v-7320044.html", "在家做数据标注 一个月8000 真实收入截图",
     """<div class='author'>@匠芯数据-韦主管</div>
<p class='desc'>宝妈也能做！先学人工智能训练师，学完派单。详询 Jiangxin_AI 或 0772 2637718</p>""",
     True, "U06", "匠芯数据-韦主管",
     [("wechat", "jiangxin_ai", "Jiangxin_AI"), ("phone", "07722637718", "0772 2637718")],
     "short video of U06")

# ---------------------------------------------------------------- U07 广西职培在线 (content marketing)
page("wx", "article-3420.html", "2026年广西人工智能训练师报考指南（附报名入口）",
     """<div class='mp'>公众号：广西职培在线（gxzhipei）</div>
<p>人工智能训练师是人社部认证的新职业，共五个等级……五级需从事相关工作满1年。</p>
<p>我们每月开班，报名入口：www.gxzhipei.com/ai ，客服职培君微信 zhipeijun01，电话 199 7723 4410。</p>""",
     True, "U07", "广西职培在线",
     [("domain", "gxzhipei.com", "www.gxzhipei.com"), ("wechat", "zhipeijun01", "zhipeijun01"),
      ("phone", "+8619977234410", "199 7723 4410")],
     "wechat article by U07, guide plus enrolment")
page("news", "ad-20260114.html", "AI时代来了，来宾青年如何抓住新职业机遇？（推广）",
     """<p class='tag'>【推广】</p>
<p>随着数据标注产业落地来宾，人工智能训练师成为热门新职业。广西职培在线开设五级至三级课程，学员可就近参加认定考核。</p>
<p>详情请访问 gxzhipei.com 或致电 19977234410。</p>""",
     True, "U07", "广西职培在线",
     [("domain", "gxzhipei.com", "gxzhipei.com"), ("phone", "+8619977234410", "19977234410")],
     "advertorial on news site (U07)")
page("wenda", "q-56230.html", "人工智能训练师证书有用吗？值得考吗？",
     """<div class='q'>提问者：小韦 ｜ 看到很多广告，这个证有用吗</div>
<div class='a'><span class='user'>职培君</span>
<p>有用，新职业，数据标注岗位需要。我们广西职培在线每月开班，想了解的加我 ZhiPeiJun01 。</p></div>""",
     True, "U07", "职培君",
     [("wechat", "zhipeijun01", "ZhiPeiJun01")],
     "Q&A answer advertising U07")

# ---------------------------------------------------------------- U08 新程 (honest, subsidy)
page("bbs", "thread-88345.html", "兴宾区新程职校 人工智能训练师五级补贴班开班通知",
     """<div class='post'><span class='user'>楼主：新程职校</span>
<p>本校人工智能训练师五级补贴班3月开班，60课时。参加失业保险满1年的职工取得证书后可申领技能提升补贴（五级最高1000元），以人社部门审核为准。</p>
<p>考核地点：来宾市技师学院考点（考点前台 0772-4250117）。</p>
<p>报名：0772-4236655（办公室）</p></div>""",
     True, "U08", "新程职校",
     [("phone", "07724236655", "0772-4236655")],
     "forum notice by U08; exam venue front desk is third party")
page("fenlei", "post-50730.html", "新程培训 人工智能训练师 五级/四级 周末班",
     """<p>发布者：新程培训 ｜ 类别：教育培训</p>
<p>民办职业培训学校，统一社会信用代码 %s。五级 980元，四级 1380元。</p>
<p>证书样本编号示例 S000045000012254000318，可在官方平台查询。电话 07724236655 ／ 136 3502 0177</p>""" % USCC_U08,
     True, "U08", "新程培训",
     [("phone", "07724236655", "07724236655"), ("phone", "+8613635020177", "136 3502 0177"), ("uscc", USCC_U08, USCC_U08)],
     "classifieds by U08 (民办非企业 52 code)")
page("kecheng", "course-1059.html", "来宾新程职业培训学校｜人工智能训练师五级（线下）",
     """<div class='seller'>机构：来宾新程职业培训学校</div>
<p>60课时，线下授课，兴宾区。¥980。考核前如实审核报考条件（需相关工作满1年或学徒期满）。</p>
<p>证书可在 jndj.osta.org.cn 查询。咨询老师：13635020177 统一社会信用代码：%s</p>""" % USCC_U08,
     True, "U08", "来宾新程职业培训学校",
     [("phone", "+8613635020177", "13635020177"), ("uscc", USCC_U08, USCC_U08)],
     "marketplace listing of U08", extra_side=KC_SIDE)

# ---------------------------------------------------------------- U09 中科智联 (national, dishonest)
page("kecheng", "course-1066.html", "中科智联AI学院｜人工智能训练师+工信部证书 双证班",
     """<div class='seller'>机构：中科智联AI学院 ｜ 北京</div>
<p>国家级双证：人工智能训练师职业技能等级证书+工信部人工智能证书，<b>百分百通过率</b>，证书官网可查：www.zkzl-cert.com</p>
<p>限时 ¥2980（原价9999）。课程顾问 4000-109-627，service@zkzledu.com</p>""",
     True, "U09", "中科智联AI学院",
     [("phone", "4000109627", "4000-109-627"), ("email", "service@zkzledu.com", "service@zkzledu.com"),
      ("domain", "zkzl-cert.com", "www.zkzl-cert.com")],
     "marketplace listing of U09: 工信部 double cert, fake query site", extra_side=KC_SIDE)
page("shipin", "v-7333109.html", "零基础3个月成为人工智能训练师 国家认可双证",
     """<div class='author'>@中科智联AI学院</div>
<p class='desc'>零基础可学，交费包过！官网 zkzledu.com 报名 ☎ 400 010 9627</p>""",
     True, "U09", "中科智联AI学院",
     [("domain", "zkzledu.com", "zkzledu.com"), ("phone", "4000109627", "400 010 9627")],
     "short video by U09")
page("wx", "article-3455.html", "国家级！人工智能训练师双证报名通道开启",
     """<div class='mp'>公众号：中科智联</div>
<p>北京中科智联教育科技有限公司（统一社会信用代码 %s）联合工信部相关单位推出双证项目，入库可查（查询网址 zkzl-cert.com）。</p>
<p>报名邮箱 Service@ZKZLedu.com</p>""" % USCC_U09,
     True, "U09", "北京中科智联教育科技有限公司",
     [("uscc", USCC_U09, USCC_U09), ("domain", "zkzl-cert.com", "zkzl-cert.com"),
      ("email", "service@zkzledu.com", "Service@ZKZLedu.com")],
     "wechat repost by U09; 91 company with state-sounding name")
page("shop", "item-60120.html", "中科智联 人工智能训练师高级技师 直通车",
     """<div class='store'>店铺：中科智联教育专营店</div>
<p>¥ 5980 ｜ 高级技师零基础直报，不限学历。证书查询 www.zkzl-cert.com</p>
<p>开票主体：北京中科智联教育科技有限公司 %s ｜ 客服 4000109627</p>
<div class='review'>买家晒单：订单编号 15207721938，已收到证书</div>""" % USCC_U09,
     True, "U09", "中科智联教育专营店",
     [("domain", "zkzl-cert.com", "www.zkzl-cert.com"), ("uscc", USCC_U09, USCC_U09), ("phone", "4000109627", "4000109627")],
     "shop item of U09, level 1 to beginners", extra_side=SHOP_SIDE)

# ---------------------------------------------------------------- independents
page("bbs", "thread-88401.html", "本人在技师学院附近开人工智能训练师五级小班 5人起",
     """<div class='post'><span class='user'>楼主：蓝老师</span>
<p>在企业做了几年数据标注，现带五级小班，5人成班，考核在来宾市技师学院考点（前台 0772-4250117 可咨询考场）。有意电话 135 1772 8845。</p></div>""",
     True, "I01", "蓝老师",
     [("phone", "+8613517728845", "135 1772 8845")],
     "independent individual tutor")
page("fenlei", "post-50815.html", "象州 人工智能训练师五级培训 报名中",
     """<p>发布者：象州县职业培训点 ｜ 类别：教育培训</p>
<p>象州本地开班，五级。报名填表：https://jinshuju.net/f/Xz88aP ，电话：138xxxxxxxx ，微信 xzpx_2025</p>""",
     True, "I02", "象州县职业培训点",
     [("wechat", "xzpx_2025", "xzpx_2025")],
     "independent; template placeholder phone left in; form tool link")
page("wenda", "q-56377.html", "梧州有人工智能训练师培训吗？",
     """<div class='q'>提问者：匿名 ｜ 梧州的，想考</div>
<div class='a'><span class='user'>梧州启智培训</span><p>我们梧州有班，五级四级都有，加QQ 905571632 咨询。</p></div>""",
     True, "I03", "梧州启智培训",
     [("qq", "905571632", "905571632")],
     "independent Q&A answer")
page("shipin", "v-7340021.html", "桂林数据标注实训 带你考人工智能训练师",
     """<div class='author'>@桂林标注实训营</div>
<p class='desc'>桂林本地实训基地，四级课程招生，V：glbz_ai</p>""",
     True, "I04", "桂林标注实训营",
     [("wechat", "glbz_ai", "glbz_ai")],
     "independent short video")
page("kecheng", "course-1078.html", "青禾教育｜人工智能训练师五级 入门到认定",
     """<div class='seller'>机构：南宁青禾教育</div>
<p>入门课程+考前辅导，¥760。证书编号样式见样本：S000045000012254000318。联系 qinghe_edu@126.com</p>""",
     True, "I05", "南宁青禾教育",
     [("email", "qinghe_edu@126.com", "qinghe_edu@126.com")],
     "independent marketplace listing", extra_side=KC_SIDE)
page("shop", "item-60175.html", "数标学苑 人工智能训练师四级网课 含实操项目",
     """<div class='store'>店铺：数标学苑</div>
<p>¥ 660 ｜ 实操项目：图像标注、文本标注、语音标注。咨询电话 0771-3318420（南宁）</p>""",
     True, "I06", "数标学苑",
     [("phone", "07713318420", "0771-3318420")],
     "independent shop item", extra_side=SHOP_SIDE)

# ---------------------------------------------------------------- non-offers
page("rsj", "notice-20260105.html", "关于开展2026年第一批人工智能训练师职业技能等级认定工作的通知",
     """<p>各有关单位：根据人社部门有关规定，现将2026年第一批人工智能训练师（4-04-05-05）职业技能等级认定工作通知如下。</p>
<p>一、认定由经备案的评价机构组织实施，证书由评价机构颁发，可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）或 jndj.osta.org.cn 查询。</p>
<p>二、考点：来宾市技师学院考点，考点前台电话 0772-4250117。</p>
<p>三、谨防“包过”“免考拿证”等虚假宣传，如有疑问请拨打 12333。</p>""",
     note="人社局 official notice; venue desk, 12333 and official query sites")
page("news", "warn-20260110.html", "警惕！“人工智能训练师”免考拿证骗局 来宾多人被骗",
     """<p>本报讯 近日，市民韦女士向本报反映，她通过网络添加对方微信 zs_ai2024，对方自称可“免考拿证”，收取定金后失联。对方手机号为 173 7720 9981。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，人社部不直接颁发；可在 zscx.osta.org.cn 查询。遇到消费纠纷可拨打12315投诉，政策咨询拨打12333。</p>""",
     note="news warning quoting a scam phone and wechat (not a seller on this web)")
page("news", "local-20260112.html", "来宾数据标注产业园新增岗位300个",
     """<p>本报讯 兴宾区数据标注产业园今年计划新增岗位300个，园区负责人表示，新员工将由企业组织岗前培训。</p>""",
     note="unrelated local industry news")
page("bbs", "thread-88377.html", "【维权曝光】交了2800考人工智能训练师，现在联系不上了",
     """<div class='post'><span class='user'>楼主：被坑的阿梅</span>
<p>去年在网上找的，对方微信 zs_ai2024，电话17377209981，说包过三级。我的订单编号 15207721938，交完钱就拉黑了。已经打了12315。</p></div>
<div class='reply'><span class='user'>2楼 来宾小雨</span><p>同被骗，加我xiaoyu_1998一起维权</p></div>""",
     note="complaint thread quoting scam identifiers; reader's own wechat")
page("wenda", "q-56401.html", "人工智能训练师证书怎么查真假？",
     """<div class='q'>提问者：匿名 ｜ 我电话15177238890，求懂的人指点</div>
<div class='a'><span class='user'>人社政策小百科</span><p>在技能人才评价证书全国联网查询 zscx.osta.org.cn 输入姓名、证件号和证书编号查询；证书编号22位，如 S000045000012254000318 这样的格式。也可拨打12333。</p></div>""",
     note="Q&A guide on checking certificates")
page("fenlei", "post-50901.html", "转让九成新雅迪电动车 兴宾区自提",
     """<p>发布者：个人 ｜ 类别：二手 > 电动车</p><p>骑了一年，电池良好，1200元，兴宾区自提，电话联系。</p>""",
     note="unrelated classifieds post")

# ---------------------------------------------------------------- decoys (written forms; pages found by scanning)
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL"),
    ("phone", "4008607722", ["400-860-7722"], "course marketplace customer service (footer)"),
    ("email", "kefu@keyouxue.com", ["kefu@keyouxue.com"], "marketplace footer e-mail"),
    ("domain", "keyouxue.com", ["www.keyouxue.com"], "marketplace own domain (footer)"),
    ("other", "京ICP备17052281号", ["京ICP备17052281号"], "marketplace ICP (footer)"),
    ("qq_group", "326718840", ["326718840"], "forum users' QQ group (footer)"),
    ("email", "admin@lbzx.net", ["admin@lbzx.net"], "forum admin e-mail (footer)"),
    ("phone", "07724288000", ["0772-4288000"], "classifieds customer service (footer)"),
    ("other", "桂ICP备18003217号-2", ["桂ICP备18003217号-2"], "classifieds ICP (footer)"),
    ("email", "jubao@wenzhidao.com", ["jubao@wenzhidao.com"], "Q&A platform report e-mail (footer)"),
    ("domain", "wxwenzhai.com", ["wxwenzhai.com"], "repost site domain (footer)"),
    ("other", "沪ICP备20011432号-3", ["沪ICP备20011432号-3"], "repost site ICP (footer)"),
    ("domain", "kuaishua.tv", ["kuaishua.tv"], "video platform domain (footer)"),
    ("phone", "07724212110", ["0772-4212110"], "news site hotline (footer)"),
    ("phone", "057188156677", ["0571-88156677"], "shop platform customer service (footer)"),
    ("domain", "taokemall.com", ["www.taokemall.com"], "shop platform domain (footer)"),
    ("phone", "+8617377209981", ["173 7720 9981", "17377209981"], "scam number quoted in news warning and complaint"),
    ("wechat", "zs_ai2024", ["zs_ai2024"], "scam WeChat quoted in news warning and complaint"),
    ("phone", "+8615207721938", ["15207721938"], "an order number, not a phone"),
    ("other", "S000045000012254000318", ["S000045000012254000318"], "sample certificate number"),
    ("qq", "2837461920", ["2837461920"], "marketplace topic course number, not a QQ"),
    ("phone", "+8613800138000", ["13800138000"], "form placeholder"),
    ("phone", "138xxxxxxxx", ["138xxxxxxxx"], "template placeholder left in ads"),
    ("wechat", "xiaoyu_1998", ["xiaoyu_1998"], "a reader's own WeChat in forum replies"),
    ("phone", "+8615177238890", ["15177238890"], "a Q&A asker's own phone"),
    ("phone", "07724250117", ["0772-4250117"], "exam venue front desk (third party)"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "online form tool (third party)"),
    ("phone", "95188", ["95188"], "payment platform hotline (third party)"),
]


def crumbs(cfg, title, is_index):
    if is_index:
        return "<nav class='crumb'><a href='/index.html'>导航</a> &gt; %s</nav>" % cfg["name"]
    return "<nav class='crumb'><a href='/index.html'>导航</a> &gt; <a href='index.html'>%s</a> &gt; %s</nav>" % (cfg["name"], title)


def render(site, title, main, related, extra_side="", is_index=False):
    cfg = SITES[site]
    menu = "".join("<li><a href='index.html'>%s</a></li>" % m for m in cfg["menu"])
    rel = "".join("<li><a href='%s'>%s</a></li>" % (os.path.basename(p["path"]), p["title"]) for p in related)
    return ("<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title></head>\n"
            "<body class='%s'><header><div class='logo'>%s</div><ul class='menu'>%s</ul></header>\n%s\n"
            "<div class='wrap'><main><h1>%s</h1>\n%s\n</main>\n<aside><h3>相关推荐</h3><ul>%s</ul>%s</aside></div>\n"
            "<footer>%s</footer></body></html>\n") % (title, cfg["name"], cfg["style"], cfg["name"], menu,
                                                     crumbs(cfg, title, is_index), title, main, rel, extra_side, cfg["footer"])


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    files = {}
    for site in SITES:
        sp = [p for p in PAGES if p["site"] == site]
        for p in sp:
            body = p["body"]
            if site in ("kecheng", "shop") and p["is_offer"]:
                body += "\n" + FORM_PH
            others = [q for q in sp if q is not p][:5]
            files[p["path"]] = render(site, p["title"], body, others, p["extra_side"])
        idx = "<ul class='list'>%s</ul>" % "".join(
            "<li><a href='%s'>%s</a></li>" % (os.path.basename(p["path"]), p["title"]) for p in sp)
        files["/%s/index.html" % site] = render(site, SITES[site]["name"] + " 首页", idx, [], "", True)
    hub = "<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>常用网址导航</h1><ul>%s</ul></body></html>\n" % "".join(
        "<li><a href='/%s/index.html'>%s</a></li>" % (s, c["name"]) for s, c in SITES.items())
    files["/index.html"] = hub
    for path, html in files.items():
        fp = SITE + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = []
    for path in sorted(files):
        p = next((q for q in PAGES if q["path"] == path), None)
        if p is None:
            tpages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                               note="hub" if path == "/index.html" else "site index page"))
        else:
            tpages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                               identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, html in files.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
