#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------- USCC (GB 32100) ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(s8):
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * w for ch, w in zip(s8, W_ORG)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(body, W_USCC)) % 31
    return body + ALPHA[0 if r == 31 else r]

# ---------- operators / independents ----------
# each identifier: key -> (kind, value, [written variants])
OPS = {
 "U01": {"brands": ["商洛智联职业技能培训学校", "智联AI教育", "智联职培"],
   "ids": {"m": ("phone", "+8613991450327", ["139 9145 0327", "13991450327", "139-9145-0327"]),
           "l": ("phone", "09142386617", ["0914-2386617", "(0914)2386617"]),
           "w": ("wechat", "sl_zhilian2026", ["sl_zhilian2026", "SL_zhilian2026"]),
           "u": ("uscc", uscc("52611002", "MJ8X2170"), None),
           "d": ("domain", "slzhilian.com", ["www.slzhilian.com"])}},
 "U02": {"brands": ["启航AI职业教育", "陕西启航智数科技有限公司", "启航老师"],
   "ids": {"m": ("phone", "+8615109142258", ["151-0914-2258", "15109142258", "151 0914 2258"]),
           "w": ("wechat", "qihang_ai88", ["qihang_ai88", "Qihang_AI88"]),
           "q": ("qq", "2845561903", ["2845561903"]),
           "u": ("uscc", uscc("91610100", "MA6U7Q3K"), None)}},
 "U03": {"brands": ["秦岭数智教育", "全国数智人才测评中心(陕西报名点)", "数智人才"],
   "ids": {"h": ("phone", "4008291766", ["400-829-1766", "4008 291 766"]),
           "w": ("wechat", "szrc_kefu", ["szrc_kefu", "SZRC_kefu"]),
           "g": ("qq_group", "736219045", ["736219045"]),
           "d": ("domain", "qlszjy.cn", ["cx.qlszjy.cn", "www.qlszjy.cn"])}},
 "U04": {"brands": ["张老师", "AI考证张老师", "张老师(商洛本地)"],
   "ids": {"m": ("phone", "+8617791836604", ["177 9183 6604", "17791836604", "177-9183-6604"]),
           "w": ("wechat", "zhang_ai_kaozheng", ["zhang_ai_kaozheng"])}},
 "U05": {"brands": ["西安博睿教育科技有限公司", "博睿教育", "博睿职培商洛学习中心"],
   "ids": {"l": ("phone", "02988327615", ["029-88327615", "029 8832 7615"]),
           "m": ("phone", "+8618629013547", ["186-2901-3547", "18629013547"]),
           "e": ("email", "brjy@brjy-edu.com", ["brjy@brjy-edu.com", "BRJY@brjy-edu.com"]),
           "d": ("domain", "brjy-edu.com", ["www.brjy-edu.com"]),
           "u": ("uscc", uscc("91610113", "MA6WB21R"), None)}},
 "U06": {"brands": ["商州区鑫源职业培训学校", "鑫源职教", "鑫源培训"],
   "ids": {"m": ("phone", "+8613379141862", ["133 7914 1862", "13379141862"]),
           "q": ("qq", "1378826540", ["1378826540"]),
           "w": ("wechat", "xinyuan_zj", ["xinyuan_zj", "XinYuan_ZJ"])}},
 "U07": {"brands": ["周周AI学堂", "AI小周老师", "小周AI课"],
   "ids": {"w": ("wechat", "zhou_aixue", ["zhou_aixue", "Zhou_AiXue"]),
           "m": ("phone", "+8619891427730", ["198 9142 7730", "19891427730"]),
           "q": ("qq", "3067412259", ["3067412259"])}},
 "U08": {"brands": ["华智人才服务(商洛)有限公司", "华智人才", "华智AI训练师培训基地"],
   "ids": {"m": ("phone", "+8615891472203", ["158-9147-2203", "15891472203"]),
           "e": ("email", "hz_rencai@126.com", ["hz_rencai@126.com", "HZ_rencai@126.com"]),
           "l": ("phone", "09142912088", ["0914-2912088"]),
           "u": ("uscc", uscc("91611000", "MAB3LK09"), None)}},
 "U09": {"brands": ["丹凤匠心AI证书", "匠心教育咨询", "丹凤县匠心教育咨询服务部"],
   "ids": {"m": ("phone", "+8618091456321", ["180 9145 6321", "18091456321"]),
           "w": ("wechat", "jiangxin_ai", ["jiangxin_ai", "JiangXin_AI"]),
           "p": ("other", "丹凤县匠心教育咨询服务部", ["丹凤县匠心教育咨询服务部"])}},
 "I01": {"brands": ["柞水云启培训"], "ids": {"m": ("phone", "+8613659140785", ["136-5914-0785"])}},
 "I02": {"brands": ["李老师数据标注工作室"], "ids": {"w": ("wechat", "ai_peixun_lm", ["ai_peixun_lm"])}},
 "I03": {"brands": ["山阳县益学职业培训"], "ids": {"m": ("phone", "+8615991848216", ["159 9184 8216"]),
         "l": ("phone", "09148326650", ["0914-8326650"])}},
 "I04": {"brands": ["陕西智训评价服务"], "ids": {"q": ("qq", "3165820947", ["3165820947"])}},
 "I05": {"brands": ["洛南AI标注团队"], "ids": {"w": ("wechat", "luonan_biaozhu", ["luonan_biaozhu"])}},
 "I06": {"brands": ["镇安小林AI笔记"], "ids": {"e": ("email", "xiaolin_ainote@163.com", ["xiaolin_ainote@163.com"])}},
}
for op in OPS.values():
    for k, (kind, val, wr) in list(op["ids"].items()):
        if kind == "uscc":
            op["ids"][k] = (kind, val, [val, val[:6] + " " + val[6:12] + " " + val[12:]])

# ---------- sites ----------
SITES = {
 "zhilian": {"name": "商洛智联职业技能培训学校", "style": "training-company site",
   "menu": ["首页", "课程中心", "报名须知", "学员风采", "联系我们"],
   "footer": "商洛智联职业技能培训学校 版权所有 地址:商洛市商州区北新街 陕ICP备2023004417号-1"},
 "keduoduo": {"name": "课多多·职业技能课程", "style": "course marketplace",
   "menu": ["首页", "IT互联网", "职业考证", "人工智能", "我的订单"],
   "footer": "课多多 keduoduo.cn 客服热线 400-606-1288 客服邮箱 kf@keduoduo.cn 平台不对机构宣传内容作担保"},
 "forum": {"name": "商洛论坛", "style": "local forum",
   "menu": ["论坛首页", "商洛杂谈", "求职招聘", "教育培训", "便民信息"],
   "footer": "商洛论坛 站务QQ群 532810446 陕ICP备18004521号-1 违法和不良信息举报 0914-2351100"},
 "fenlei": {"name": "商洛分类信息网", "style": "classifieds",
   "menu": ["首页", "招聘", "二手", "教育培训", "本地服务"],
   "footer": "商洛分类信息网 fenlei-sl.com 客服电话 0914-2125800 发布信息请遵守法律法规"},
 "wenda": {"name": "问答吧", "style": "Q&A site",
   "menu": ["首页", "教育", "职场", "科技", "提问"],
   "footer": "问答吧 wendaba.cn 举报邮箱 jubao@wendaba.cn 京ICP备16051873号"},
 "wx": {"name": "微文聚合", "style": "WeChat-article reposts",
   "menu": ["首页", "职场", "教育", "本地号", "热文"],
   "footer": "微文聚合 wxjuhe.com 本站内容转载自微信公众号 侵删联系 wxjuhe@outlook.com 沪ICP备19028811号"},
 "shipin": {"name": "快看短视频", "style": "short-video pages",
   "menu": ["推荐", "关注", "同城", "知识", "直播"],
   "footer": "快看短视频 kuaikan-v.com 网络举报热线 400-140-2108 未成年人守护"},
 "news": {"name": "商洛新闻网", "style": "local news",
   "menu": ["首页", "时政", "民生", "教育", "曝光台"],
   "footer": "商洛新闻网 新闻热线 0914-2313999 陕ICP备05000371号"},
 "rsj": {"name": "商洛市人力资源和社会保障局(示例站)", "style": "人社局-style notice site",
   "menu": ["首页", "政务公开", "通知公告", "就业创业", "技能人才"],
   "footer": "主办:商洛市人力资源和社会保障局 政务服务热线 12333 (本站为示例)"},
 "shop": {"name": "淘学网店铺街", "style": "online shop",
   "menu": ["首页", "虚拟课程", "考证资料", "店铺", "购物车"],
   "footer": "淘学网 taoxue-mall.com 平台客服 400-8811-920 支付由第三方支付平台提供"},
 "blog": {"name": "博客园地", "style": "personal blogs",
   "menu": ["首页", "文章", "归档", "关于"],
   "footer": "博客园地 bkyd.net 内容由作者发布 平台联系 service@bkyd.net"},
}

# ---------- decoys (kind, value, written forms, why) ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社政务服务热线,公共号码"),
 ("phone", "12315", ["12315"], "市场监管投诉热线,公共号码"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "官方证书查询站点"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "官方全国联网查询站点"),
 ("phone", "4006061288", ["400-606-1288"], "课多多平台页脚客服"),
 ("email", "kf@keduoduo.cn", ["kf@keduoduo.cn"], "课多多平台页脚邮箱"),
 ("domain", "keduoduo.cn", ["keduoduo.cn"], "课多多平台自身域名"),
 ("qq_group", "532810446", ["532810446"], "论坛站务QQ群,每页页脚"),
 ("other", "陕ICP备18004521号-1", ["陕ICP备18004521号-1"], "论坛ICP备案号"),
 ("phone", "09142125800", ["0914-2125800"], "分类信息网页脚客服电话"),
 ("email", "jubao@wendaba.cn", ["jubao@wendaba.cn"], "问答平台举报邮箱"),
 ("domain", "wxjuhe.com", ["wxjuhe.com"], "聚合站自身域名"),
 ("phone", "4001402108", ["400-140-2108"], "短视频平台举报热线"),
 ("phone", "4008811920", ["400-8811-920"], "商城平台客服"),
 ("phone", "+8617709145566", ["177-0914-5566", "17709145566"], "新闻和投诉中引用的骗子电话,不属于任何在售卖家"),
 ("other", "13000214", ["13000214"], "课程编号,不是电话"),
 ("other", "2026110815093421", ["2026110815093421"], "订单号"),
 ("other", "S000061000125263000017", ["S000061000125263000017"], "证书编号样例"),
 ("phone", "13800138000", ["138xxxxxxxx", "13800138000"], "模板占位号码"),
 ("wechat", "wl_19880215", ["wl_19880215"], "读者在评论里留下的自己的微信"),
 ("phone", "09142986101", ["0914-2986101"], "考点(商洛职业技术学院)前台电话,第三方"),
 ("domain", "wjx.cn", ["wjx.cn"], "问卷星报名表单工具,第三方"),
 ("phone", "95188", ["95188"], "支付宝客服,支付平台"),
 ("other", "202611-0914", ["202611-0914"], "考试批次号"),
]

# ---------- page specs ----------
# (site, file, title, operator, brand_index, [(idkey, variant)], style)
# style: honest | scam | mixed
OFFERS = [
 ("zhilian", "course-5ji.html", "人工智能训练师(五级/初级)周末班招生", "U01", 0, [("m",0),("l",0),("u",0),("d",0)], "honest"),
 ("zhilian", "course-3ji.html", "人工智能训练师三级(高级工)考前培训", "U01", 0, [("m",1),("l",1),("d",0)], "honest"),
 ("keduoduo", "item-30127.html", "【智联AI教育】人工智能训练师四级 数据标注实战课", "U01", 1, [("m",0),("w",0)], "honest"),
 ("fenlei", "post-88213.html", "商州 人工智能训练师考证 补贴培训 名额有限", "U01", 2, [("l",0),("w",1)], "mixed"),
 ("keduoduo", "item-30188.html", "启航AI 人工智能训练师 零基础 三级直通班", "U02", 0, [("m",0)], "scam"),
 ("forum", "thread-5521.html", "[教育培训] 人工智能训练师证 有需要的私聊", "U02", 2, [("q",0),("w",0)], "scam"),
 ("wenda", "q-77102.html", "人工智能训练师证书在哪里报名?商洛能考吗", "U02", 2, [("w",1),("m",1)], "scam"),
 ("shop", "item-4410.html", "人工智能训练师证书报考 三级+四级 双证套餐", "U02", 1, [("m",2),("u",1)], "scam"),
 ("keduoduo", "item-30231.html", "数智人才测评 人工智能训练师 全国统一证书 官网可查", "U03", 1, [("h",0),("d",0)], "scam"),
 ("fenlei", "post-88377.html", "人工智能训练师 人社部颁发 包过 全国通用", "U03", 2, [("h",1),("w",0)], "scam"),
 ("wx", "a-20261104.html", "重磅!人工智能训练师 2026年最后一期报名", "U03", 0, [("w",1),("g",0),("d",1)], "scam"),
 ("blog", "qinling-ai.html", "秦岭数智教育:AI训练师三级考证一站式服务", "U03", 0, [("g",0),("d",1)], "scam"),
 ("forum", "thread-5540.html", "AI训练师证 考过的来 不过退费", "U04", 0, [("m",0),("w",0)], "scam"),
 ("fenlei", "post-88410.html", "人工智能训练师 二级技师 零基础 一个月拿证", "U04", 1, [("m",1)], "scam"),
 ("shipin", "v-7731925.html", "AI训练师证书到底有什么用?评论区扣1", "U04", 2, [("m",2),("w",0)], "scam"),
 ("keduoduo", "item-30302.html", "博睿教育 人工智能训练师(四级/三级)线上+线下课程", "U05", 1, [("l",0),("e",0),("d",0)], "honest"),
 ("wenda", "q-77245.html", "人工智能训练师考试难吗?需要什么条件?", "U05", 2, [("e",1),("m",0)], "honest"),
 ("wx", "a-20261109.html", "技能补贴申领指南|人工智能训练师培训开班啦", "U05", 0, [("m",1),("l",1)], "honest"),
 ("shop", "item-4433.html", "博睿 人工智能训练师 五级 培训+认定 报名费", "U05", 0, [("d",0),("u",0)], "honest"),
 ("forum", "thread-5602.html", "鑫源职教 人工智能训练师 周末班 商州本地", "U06", 1, [("m",0),("q",0)], "mixed"),
 ("fenlei", "post-88501.html", "人工智能训练师培训 商州区 随到随学", "U06", 2, [("q",0),("w",0)], "mixed"),
 ("shipin", "v-7732260.html", "一个视频带你了解人工智能训练师 私信领资料", "U06", 1, [("w",1),("m",1)], "mixed"),
 ("keduoduo", "item-30355.html", "小周AI课 人工智能训练师 原价9999限时99", "U07", 2, [("w",0),("q",0)], "scam"),
 ("wenda", "q-77318.html", "宝妈在家能考人工智能训练师吗?", "U07", 1, [("w",1)], "scam"),
 ("shipin", "v-7732811.html", "90%小白都能学会 AI训练师拿证就能接单", "U07", 0, [("w",0),("m",0)], "scam"),
 ("forum", "thread-5633.html", "华智人才 人工智能训练师培训基地 招生", "U08", 2, [("m",0),("l",0)], "mixed"),
 ("wx", "a-20261112.html", "商洛这家机构开设人工智能训练师培训", "U08", 1, [("e",0),("m",1)], "mixed"),
 ("news", "adv-1118.html", "【企业资讯】华智人才:助力商洛数字人才培养", "U08", 0, [("e",1),("u",0)], "mixed"),
 ("fenlei", "post-88620.html", "丹凤 人工智能训练师证 免考试 直接发证", "U09", 0, [("m",0),("w",0)], "scam"),
 ("wx", "a-20261115.html", "人工智能训练师证书 最后50个名额 速抢", "U09", 1, [("w",1),("p",0)], "scam"),
 ("shop", "item-4490.html", "人工智能训练师 三级证书 代报名 加急", "U09", 1, [("m",1),("p",0)], "scam"),
 ("keduoduo", "item-30410.html", "柞水云启 人工智能训练师五级 数据标注入门", "I01", 0, [("m",0)], "honest"),
 ("forum", "thread-5650.html", "数据标注/AI训练师 带新人 有证优先", "I02", 0, [("w",0)], "mixed"),
 ("fenlei", "post-88702.html", "山阳 人工智能训练师五级培训 可申请补贴", "I03", 0, [("m",0),("l",0)], "honest"),
 ("wenda", "q-77390.html", "人工智能训练师证书可以挂靠吗?", "I04", 0, [("q",0)], "scam"),
 ("shipin", "v-7733102.html", "洛南本地AI标注团队 招学员 包教包会", "I05", 0, [("w",0)], "mixed"),
 ("blog", "xiaolin-note.html", "我的人工智能训练师备考笔记(附课程)", "I06", 0, [("e",0)], "honest"),
]
NONOFFERS = [
 ("forum", "thread-5588.html", "曝光:交了3800说包过,现在人联系不上", "complaint"),
 ("wenda", "q-77011.html", "人工智能训练师证书怎么查真假?", "guide"),
 ("wx", "a-20261101.html", "转发:关于技能人才评价证书查询的提示", "policy"),
 ("news", "n-1102.html", "警惕!\"包过\"AI证书骗局 商洛市民被骗3800元", "warning"),
 ("news", "n-1110.html", "我市技能提升补贴政策解读", "subsidy"),
 ("rsj", "notice-2026-31.html", "关于开展2026年第四批职业技能等级认定的通知", "notice"),
]

# where extra decoy sentences go: page file -> list of snippets
def decoy_snippets(site, fname, style, op):
    s = []
    if style == "honest":
        s.append("证书由备案评价机构颁发,可在 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。政策咨询可拨打12333。")
    if site == "keduoduo":
        s.append("课程编号:13000214(平台统一编号)")
    if site == "shop":
        s.append("示例订单号 2026110815093421 下单后请联系客服 请添加微信:xxxxxx 手机号请填写真实号码,如 138xxxxxxxx")
        s.append("付款遇到问题可拨打支付宝客服 95188")
    if op in ("U01", "U05", "I03"):
        s.append("考点:商洛职业技术学院实训楼,考点前台 0914-2986101(仅限考务咨询)")
    if op in ("U02", "U07", "I05"):
        s.append("在线报名表:https://www.wjx.cn/vm/baoming.aspx")
    if op in ("U01", "U06", "I03", "U05"):
        s.append("本期考试批次号 202611-0914")
    if op in ("U05", "I04"):
        s.append("证书编号样式如 S000061000125263000017,22位")
    if op in ("U04", "U06") and site == "forum":
        s.append("<c>网友 秦岭小王:求拉群,我微信 wl_19880215</c>")
    if op == "U09" or op == "U03":
        s.append("不满意可拨打12315?放心,我们从不被投诉。")
    return s

PREFIX = {
 "phone": ["咨询电话:", "电话/微信同号 ", "报名热线:", "手机 ", "联系:", "☎ "],
 "wechat": ["微信:", "加V ", "vx:", "薇❤:", "微信号 "],
 "qq": ["QQ:", "扣扣 ", "QQ号 "],
 "qq_group": ["学员交流群:", "QQ群 "],
 "email": ["邮箱:", "简历/报名表发送至 ", "E-mail: "],
 "uscc": ["统一社会信用代码:", "信用代码 "],
 "domain": ["官网:", "证书查询:", "网址 "],
 "other": ["收款户名:", "对公收款:"],
}

SCAM_LINES = [
 "零基础可报,不限学历、不限经验,一次考三个等级!",
 "人社部颁发,国家职业资格证书,全国通用,官网可查。",
 "包过!不过全额退费,免培训直接发证,最快15天下证。",
 "拿证后可挂靠,每年躺赚2万+,还能直接对应职称。",
 "原价9999限时99,90%小白都能学会,拿到证书便可升职加薪。",
 "二级技师、一级高级技师均可直接报考,内部渠道,名额有限。",
]
HONEST_LINES = [
 "依据《人工智能训练师国家职业技能标准(2021年版)》,职业编码4-04-05-05,工种含数据标注员、人工智能算法测试员。",
 "五级申报条件:累计从事本职业或相关职业工作满1年,或本职业学徒期满。",
 "认定包括理论知识考试和操作技能考核,均实行百分制,60分及以上为合格。",
 "符合条件的参保职工可申领技能提升补贴(五级最高1000元、四级1500元、三级2000元),以人社部门审核为准。",
 "证书为职业技能等级证书,由备案的评价机构颁发,不是国家职业资格证书;本机构不承诺通过。",
]
MIXED_LINES = [
 "人工智能训练师是人社部认证的新职业,持证可享补贴。",
 "小班授课,通过率高,老学员推荐可优惠200元。",
 "五级/四级均可报,具体条件请电话咨询。",
 "学完可推荐数据标注兼职,月入3000-8000。",
]

def pick(lst, n, seed):
    return [lst[(seed + i * 2) % len(lst)] for i in range(n)]

def esc(t):
    return html.escape(t, quote=False)

def frame(site, fname, title, body_html, related):
    S = SITES[site]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (site, esc(m)) for m in S["menu"])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (site, esc(S["name"]), esc(title))
    side = "".join('<li><a href="/%s/%s">%s</a></li>' % (site, f, esc(t)) for f, t in related)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head>\n"
            "<body class=\"%s\"><header><div class=\"logo\">%s</div><nav>%s</nav></header>\n"
            "<div class=\"crumbs\">%s</div>\n<main><h1>%s</h1>\n%s\n</main>\n"
            "<aside><h3>相关推荐</h3><ul>%s</ul></aside>\n<footer>%s</footer>\n</body></html>\n") % (
        esc(title), esc(S["name"]), site, esc(S["name"]), menu, crumbs, esc(title), body_html, side, esc(S["footer"]))

def para(t):
    if t.startswith("<c>"):
        return '<div class="comment">%s</div>' % esc(t[3:-4])
    return "<p>%s</p>" % esc(t)

def offer_body(i, spec):
    site, fname, title, op, bi, idsel, style = spec
    O = OPS[op]
    brand = O["brands"][bi]
    lines = {"honest": HONEST_LINES, "scam": SCAM_LINES, "mixed": MIXED_LINES}[style]
    ps = []
    if site in ("forum", "wenda"):
        ps.append(("楼主" if site == "forum" else "回答者") + ":" + brand)
    else:
        ps.append("机构:" + brand)
    ps += pick(lines, 3, i)
    if style == "mixed":
        ps.append(HONEST_LINES[i % len(HONEST_LINES)])
    price = [980, 1680, 2980, 3800, 599, 1280, 99, 4500][i % 8]
    ps.append("费用:%d元/人(含培训资料%s)" % (price, "、认定费另计" if style == "honest" else ""))
    ids = []
    contact = []
    for j, (k, v) in enumerate(idsel):
        kind, val, wr = O["ids"][k]
        w = wr[v]
        pre = PREFIX[kind][(i + j) % len(PREFIX[kind])]
        contact.append(pre + w)
        ids.append([kind, val, w])
    ps.append(";".join(contact))
    ps += decoy_snippets(site, fname, style, op)
    return brand, ids, "\n".join(para(p) for p in ps)

NONOFFER_TEXT = {
 "complaint": ["楼主:上个月在网上看到人工智能训练师广告,说人社部颁发、包过,交了3800元。",
               "对方电话 177-0914-5566,现在拉黑了。已经打了12315和12333投诉。",
               "大家报班前一定去 zscx.osta.org.cn 查机构和证书!",
               "<c>网友 秦岭小王:同被坑,求拉群维权,我微信 wl_19880215</c>",
               "<c>网友 丹江水:报名表都是用 wjx.cn 填的,根本看不出是谁</c>"],
 "guide": ["问:人工智能训练师证书怎么查真假?",
           "答:正规职业技能等级证书由备案评价机构颁发,证书编号22位,如 S000061000125263000017 这种格式。",
           "可以在 jndj.osta.org.cn 或 zscx.osta.org.cn 输入姓名、证件号和证书编号查询。",
           "遇到包过、人社部颁发之类说法要警惕,有人反映 17709145566 这个号码推销假证。咨询请打12333。"],
 "policy": ["人社部提醒:技能人才评价证书可在技能人才评价工作网查询。",
            "全国联网查询:zscx.osta.org.cn;证书上的查询网址为 jndj.osta.org.cn。",
            "如遇虚假宣传,可拨打12315举报;政策咨询拨打12333。"],
 "warning": ["近日,市民刘女士反映,她通过网络广告报名人工智能训练师培训,对方承诺\"包过\"、\"人社部颁发\"。",
             "刘女士通过支付宝转账3800元后,对方电话 177-0914-5566 已无法接通。",
             "市人社局提醒:职业技能等级证书由备案评价机构颁发,可登录 zscx.osta.org.cn 查询,政策咨询请拨打12333,消费纠纷可拨打12315。"],
 "subsidy": ["技能提升补贴:取得五级、四级、三级职业技能等级证书的参保职工,分别可申领最高1000元、1500元、2000元。",
             "需累计缴纳失业保险1年以上,详情咨询12333。"],
 "notice": ["各有关单位:根据工作安排,现开展2026年第四批职业技能等级认定。",
            "认定职业含人工智能训练师(4-04-05-05)五级至三级,本期考试批次号 202611-0914。",
            "考点:商洛职业技术学院,考务咨询 0914-2986101。",
            "证书查询:jndj.osta.org.cn。咨询电话:12333。"],
}

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    pages = {}  # path -> (site, title)
    site_pages = {s: [] for s in SITES}
    for spec in OFFERS:
        site_pages[spec[0]].append((spec[1], spec[2]))
    for site, f, t, _ in NONOFFERS:
        site_pages[site].append((f, t))
    for s in site_pages:
        site_pages[s].sort()
    out = {}
    truth = []

    def related(site, fname):
        return [(f, t) for f, t in site_pages[site] if f != fname][:4]

    for i, spec in enumerate(OFFERS):
        site, fname = spec[0], spec[1]
        brand, ids, body = offer_body(i, spec)
        path = "/%s/%s" % (site, fname)
        out[path] = frame(site, fname, spec[2], body, related(site, fname))
        truth.append({"path": path, "is_offer": True, "operator": spec[3], "provider": brand,
                      "identifiers": ids, "note": "%s offer on %s (%s)" % (spec[6], SITES[site]["style"], spec[3])})
    for site, fname, title, kind in NONOFFERS:
        path = "/%s/%s" % (site, fname)
        body = "\n".join(para(p) for p in NONOFFER_TEXT[kind])
        out[path] = frame(site, fname, title, body, related(site, fname))
        truth.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                      "identifiers": [], "note": kind})
    for site, S in SITES.items():
        items = "".join('<li><a href="/%s/%s">%s</a></li>' % (site, f, esc(t)) for f, t in site_pages[site])
        body = "<p>%s</p><ul class=\"list\">%s</ul>" % (esc(S["name"] + " 最新内容"), items)
        path = "/%s/index.html" % site
        out[path] = frame(site, "index.html", S["name"], body, related(site, "index.html"))
        truth.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                      "identifiers": [], "note": "site index (%s)" % S["style"]})
    hub = "".join('<li><a href="/%s/index.html">%s</a> (%s)</li>' % (s, esc(S["name"]), esc(S["style"])) for s, S in SITES.items())
    out["/index.html"] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>商洛一周搜索 导航</title></head>"
                          "<body><h1>导航</h1><ul>%s</ul></body></html>\n" % hub)
    truth.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                  "identifiers": [], "note": "hub"})
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    # decoys: scan pages
    decoys = []
    for kind, val, written, why in DECOYS:
        pg = sorted(p for p, t in out.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": val, "written": written, "pages": pg, "why": why})
    # sanity: seller identifiers must not leak to other sellers' pages
    owner = {t["path"]: t["operator"] for t in truth}
    for opid, O in OPS.items():
        for kind, val, wr in O["ids"].values():
            for p, t in out.items():
                if owner.get(p) and owner[p] != opid and any(w in t for w in wr):
                    raise SystemExit("leak %s %s on %s" % (opid, val, p))
    operators = {}
    for opid, O in OPS.items():
        if not opid.startswith("U"):
            continue
        used = sorted({(k, v) for t in truth if t["operator"] == opid for k, v, _ in t["identifiers"]})
        brands = sorted({t["provider"] for t in truth if t["operator"] == opid})
        operators[opid] = {"brands": brands, "identifiers": [list(x) for x in used]}
    truth.sort(key=lambda t: t["path"])
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump({"pages": truth, "operators": operators, "decoys": decoys}, fh, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
