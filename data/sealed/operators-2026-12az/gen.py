#!/usr/bin/env python3
"""Deterministic generator for test web 12az (content platforms, soft selling).
Writes site/ and truth.json. Standard library only."""
import json, os, posixpath, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

CSS = """body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f6f6;color:#222}
header{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 24px}header b{font-size:20px}
nav a{margin-right:14px;color:#555;text-decoration:none}.wrap{display:flex;max-width:1080px;margin:12px auto}
main{flex:1;background:#fff;padding:18px 24px;margin-right:12px}aside{width:260px;background:#fff;padding:12px;font-size:14px}
footer{font-size:12px;color:#888;text-align:center;padding:18px}.crumb{font-size:13px;color:#888}
.cmt{border-top:1px dashed #ddd;padding:8px 0;font-size:14px}.tag{color:#2a6ad8}.meta{color:#999;font-size:13px}
.price{color:#e4393c;font-size:22px}.pin{background:#fff7e0}.quote{background:#f3f3f3;padding:8px;border-left:3px solid #ccc}"""

SITES = {
 "notes": dict(name="小绿书", dom="www.xiaolvshu.com", accent="#2db36f",
   nav=[("发现", "index.html"), ("职场成长", "index.html"), ("帮助中心", "help.html")],
   side="<h4>热门话题</h4><p>#人工智能训练师 #数据标注 #考证 #副业 #职场充电</p>",
   foot="小绿书 www.xiaolvshu.com · 客服电话 400-820-6618 · 违法和不良信息举报邮箱 jubao@xiaolvshu.com<br>沪ICP备2019012345号-3 · 行吟绿书（上海）信息科技有限公司 统一社会信用代码 91310000MA1FL8D285"),
 "video": dict(name="抖拍", dom="www.doupai.tv", accent="#fe2c55",
   nav=[("推荐", "index.html"), ("关注", "index.html"), ("直播", "../live/index.html")],
   side="<h4>相关推荐</h4>",
   foot="抖拍 doupai.tv · 用户服务热线 400-106-2088 · 未成年人关怀 · 深圳拍拍互娱网络有限公司 统一社会信用代码 91440300MA5FQ2J169 · 粤ICP备20034567号"),
 "live": dict(name="鲸播直播", dom="www.jingbo.live", accent="#7b4dff",
   nav=[("直播回放", "index.html"), ("课堂", "index.html"), ("短视频", "../video/index.html")],
   side="<h4>回放推荐</h4>",
   foot="鲸播直播 jingbo.live · 主播入驻请加官方服务QQ群 556102938 · 投诉邮箱 service@jingbo.live · 浙网文〔2021〕1234-056号"),
 "qa": dict(name="问知", dom="www.wenzhi.com", accent="#0066ff",
   nav=[("首页", "index.html"), ("职业教育", "index.html"), ("专栏", "../column/index.html")],
   side="<h4>相关问题</h4>",
   foot="问知 wenzhi.com · 创作者服务 creator@wenzhi.com · 京ICP证090123号 · 北京问知天下科技有限公司 统一社会信用代码 91110108MA01N7E36Y · 违法和不良信息举报 010-82716601"),
 "column": dict(name="简页专栏", dom="www.jianye.me", accent="#ea6f5a",
   nav=[("专栏首页", "index.html"), ("职场", "index.html"), ("问知", "../qa/index.html")],
   side="<h4>专栏推荐</h4>",
   foot="简页 jianye.me · 写作者社区 · 联系我们 help@jianye.me · 沪ICP备11018329号"),
 "bbs": dict(name="职场之家论坛", dom="bbs.zcjia.net", accent="#336699",
   nav=[("论坛首页", "index.html"), ("考证交流", "index.html"), ("分类信息", "../fenlei/index.html")],
   side="<h4>版规</h4><p>禁止发布广告，违者封号。论坛官方QQ群 812300457（禁广告）</p>",
   foot="Powered by Discuz! X3.4 · 职场之家 bbs.zcjia.net · 站务邮箱 admin@zcjia.net"),
 "shop": dict(name="淘课集市", dom="www.taoke.cn", accent="#ff5000",
   nav=[("首页", "index.html"), ("职业技能", "index.html"), ("我的订单", "index.html")],
   side="<h4>看了又看</h4>",
   foot="淘课集市 taoke.cn · 平台客服热线 400-663-5521 · 杭州淘课网络科技有限公司 统一社会信用代码 91330100MA27XG5B2W · 增值电信业务经营许可证 浙B2-20190321"),
 "fenlei": dict(name="百姓分类", dom="www.bxfl.com", accent="#ff7700",
   nav=[("首页", "index.html"), ("教育培训", "index.html"), ("招聘", "index.html")],
   side="<h4>防骗提示</h4><p>凡是要求先交钱的都要提高警惕。百姓分类客服 400-818-2299</p>",
   foot="百姓分类 bxfl.com · 客服 400-818-2299 · 本站信息由用户自行发布，真实性请自行核实"),
 "qun": dict(name="群公告分享", dom="qun.share", accent="#12b7f5",
   nav=[("公告列表", "index.html")],
   side="<h4>说明</h4><p>群公告由群管理员发布，本页面仅作分享展示。</p>",
   foot="本页面由 群助手 生成 · 分享自QQ群公告 · 举报请点击右上角"),
 "news": dict(name="钱江晚讯", dom="www.qjwx.com.cn", accent="#c00",
   nav=[("首页", "index.html"), ("民生", "index.html"), ("教育", "index.html")],
   side="<h4>热点</h4>",
   foot="钱江晚讯 qjwx.com.cn · 新闻热线 0571-85100000 · 互联网新闻信息服务许可证 33120180001"),
}

PAGES = []   # dicts: path, site, title, body, truth fields


def add(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, site=site, title=title, body=body, offer=offer, op=op,
                      provider=provider, ids=[list(i) for i in ids], note=note, crumbs=crumbs))


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm) or ".")


def cmts(*items):
    return "<section><h4>评论 %d</h4>" % len(items) + "".join(
        '<div class="cmt"><b>%s</b>：%s</div>' % (a, t) for a, t in items) + "</section>"

# ---------------------------------------------------------------- notes (小绿书)
add("notes/n1021.html", "notes", "数据标注转AI训练师，我是怎么拿到三级证的（附资料）", """
<p class="meta">星禾AI学院-林老师 · 杭州 · 11-18 编辑于</p>
<p>姐妹们！！做了两年数据标注，今年终于把<span class="tag">#人工智能训练师</span>三级拿下了🎉</p>
<p>很多人问我怎么报的，统一回复：三级要有四级证+工作年限，或者大专相关专业+四级，条件不够的别被“零基础直接考三级”忽悠。我是跟着机构系统学的，理论+实操两部分，实操占大头。</p>
<p>📌 我整理了一份备考资料包（理论题库+实操标注案例），评论区扣“资料”我私发～</p>
<p>📌 这期杭州班还有名额，想一起冲的宝子可以问我：139 1726 4530 · vx：ZXWL_ai2026（备注小绿书）</p>
<p>证书能在 zscx.osta.org.cn 查到，别信那些查不到的野鸡证。</p>
<p class="tag">#数据标注 #考证 #职场充电 #杭州</p>
""" + cmts(("数据打工人阿K", "同在杭州，我vx kk_data0901 一起组队备考呀"),
           ("momo", "扣资料"),
           ("星禾AI学院-林老师", "@momo 已私～"),
           ("不吃香菜", "四级要多少钱啊")),
    True, "U01", "星禾AI学院",
    [("phone", "+8613917264530", "139 1726 4530"), ("wechat", "zxwl_ai2026", "ZXWL_ai2026")],
    "notes-app post by a teacher persona; sells the Hangzhou class in the post body")

add("notes/n1088.html", "notes", "🐳AI训练师四级备考笔记｜理论篇第3章", """
<p class="meta">鲸学社 · 上海 · 11-26</p>
<p>继续更新四级理论：数据采集和处理、数据标注、智能系统运维三大块，今天整理“数据清洗”的高频考点👇</p>
<ol><li>缺失值处理的三种方式</li><li>标注规范文档包含哪些要素</li><li>质检抽样比例怎么定</li></ol>
<p>图片是我们内部讲义的截图，完整版放在学习群里了。</p>
<p>想进群的宝子 🐳 v: lanjing-edu88 ，备注“四级”，本周报名的送模拟机考两套～</p>
""" + cmts(("小鹿乱撞", "讲义好清楚！"), ("阿木", "群是免费的吗"), ("鲸学社", "@阿木 进群免费，报班另算哦")),
    True, "U03", "鲸学社",
    [("wechat", "lanjing-edu88", "lanjing-edu88")],
    "study-notes post that funnels readers into a paid class via WeChat")

add("notes/n1130.html", "notes", "周末直播讲AI训练师实操，来蹲！", """
<p class="meta">辰光AI课堂 · 杭州 · 11-29</p>
<p>这周六晚8点在鲸播直播间讲人工智能训练师四级实操：图像框选、文本分类、质检流程，全程手把手。</p>
<p>顺便说一下，12月杭州的考核站是滨江那边的，考点电话 0571-86783210，想提前踩点的可以自己问。</p>
<p>报名咨询直接q：1739205846（白天回复慢见谅）</p>
<p class="tag">#人工智能训练师 #实操 #直播预告</p>
""" + cmts(("Yuki", "能回放吗"), ("辰光AI课堂", "@Yuki 有回放的"), ("路人甲", "滨江考点确实在那")),
    True, "U05", "辰光AI课堂",
    [("qq", "1739205846", "1739205846")],
    "notes post announcing a livestream class; QQ contact; quotes the assessment station number")

add("notes/n1166.html", "notes", "27岁裸辞转行AI训练师，三个月后的真实感受", """
<p class="meta">小满学姐AI · 南京 · 12-01</p>
<p>不贩卖焦虑，说点真实的：数据标注入门门槛不高，但想往训练师方向走，证书+项目经验都要有。</p>
<p>我自己是先考了五级（要满一年相关工作），再一步步来。身边有人花几千块买“包过三级”的，结果连理论都没考。</p>
<p>我现在也在带学员做项目+备考，有需要的宝子戳我主页 → 薇：xiaoman_xj 📩</p>
""" + cmts(("橘子汽水", "学姐好真诚"), ("数据打工人阿K", "学姐南京班还收人吗"), ("小满学姐AI", "@数据打工人阿K 私你了")),
    True, "U08", "小满学姐AI",
    [("wechat", "xiaoman_xj", "xiaoman_xj")],
    "experience-style note that ends with a soft sell to the author's coaching")

add("notes/n1203.html", "notes", "零基础入门AI训练师，我们的小班课开了", """
<p class="meta">蜜桃AI课堂 · 广州 · 12-03</p>
<p>做了一套针对零基础的数据标注+AI训练师五级课程，12节录播+4次直播答疑，结课可推荐参加五级认定（需满足一年工作经历）。</p>
<p>课程价格 1280，符合条件的可以申请技能提升补贴。</p>
<p>详细课表私信，或者加 v：mitao_ai_gz 📮</p>
""" + cmts(("Cici", "广州哪里上课"), ("蜜桃AI课堂", "@Cici 线上为主，考试在广州")),
    True, "I05", "蜜桃AI课堂",
    [("wechat", "mitao_ai_gz", "mitao_ai_gz")],
    "independent seller's notes post")

add("notes/exp-learner.html", "notes", "考完AI训练师四级，说点没人告诉你的", """
<p class="meta">一只程序猿 · 北京 · 11-20</p>
<p>纯分享，不卖课不带货。我是自己报名的，走的是所在公司备案的认定渠道，费用公司出。</p>
<p>几个提醒：1）证书是职业技能等级证书，不是什么“国家职业资格证”；2）发证的是备案的评价机构，不是人社部；3）查询去 zscx.osta.org.cn，别点陌生链接。</p>
<p>被骗了可以打 12333 咨询，或者 12315 投诉。</p>
""" + cmts(("路过", "干货"), ("小鹿乱撞", "收藏了"), ("Anna", "公司备案是怎么查的？"), ("一只程序猿", "@Anna 看 pjjg 那个名单")),
    note="learner's experience post; no selling")

add("notes/help.html", "notes", "小绿书帮助中心｜联系我们", """
<h3>联系我们</h3>
<p>客服电话：400-820-6618（每日 9:00-21:00）</p><p>违法和不良信息举报：jubao@xiaolvshu.com</p>
<h3>关于站外引流</h3><p>小绿书禁止在笔记中发布联系方式进行站外交易，违规笔记将被限流或删除。</p>
<h3>资质</h3><p>营业执照：统一社会信用代码 91310000MA1FL8D285</p>
""", note="platform help page with the platform's own contacts")

# ---------------------------------------------------------------- video (抖拍)
def video(cap, extra=""):
    return '<div class="pin">▶ 视频 00:%s</div><p><b>文案：</b>%s</p>%s' % (cap[0], cap[1], extra)

add("video/v8841.html", "video", "AI训练师到底是啥？3分钟讲清楚", video(("03:12",
    "人工智能训练师=4-04-05-05，五个等级，数据标注员是其中一个工种。想系统学的看主页👉 星禾AI学院 #人工智能训练师 #新职业"),
    cmts(("不吃香菜", "讲得清楚，怎么报名"),
         ("星禾AI学院（作者）", "私信或者 壹叁玖 壹柒贰陆 肆伍叁零 联系林老师，杭州线下+线上都有"),
         ("甜甜圈", "多少钱"), ("星禾AI学院（作者）", "@甜甜圈 四级三级价格不一样，私聊哈"))),
    True, "U01", "星禾AI学院",
    [("phone", "+8613917264530", "壹叁玖 壹柒贰陆 肆伍叁零")],
    "short video; author's reply in comments gives the phone in Chinese numerals")

add("video/v9013.html", "video", "成都｜带你看看AI实训基地里每天在干嘛", video(("01:48",
    "一群年轻人在这里给大模型“当老师”📚 成都AI实训基地，包食宿，学完推荐考人工智能训练师四级。咨询☎ 17326958810 #成都 #人工智能训练师"),
    cmts(("数据打工人阿K", "求带！我vx kk_data0901"),
         ("思齐AI实训基地（作者）", "主页vx siqi_jy，发你课表"),
         ("芝士", "包就业吗"), ("思齐AI实训基地（作者）", "@芝士 推荐实习岗位，不承诺就业哦"))),
    True, "U04", "思齐AI实训基地",
    [("phone", "+8617326958810", "17326958810"), ("wechat", "siqi_jy", "siqi_jy")],
    "short video caption with phone; author comment with WeChat")

add("video/v9102.html", "video", "宝妈在家也能学的新职业｜人工智能训练师", video(("00:58",
    "带娃间隙学数据标注，考个AI训练师证，线上课随时看✨ 名额有限 🌟微❤：wlx20250808 #宝妈 #在家办公 #人工智能训练师"),
    cmts(("小太阳", "真的能在家做吗"), ("未来星AI教育（作者）", "可以的宝，课程全线上，考试按当地考点安排"),
         ("冷静一点", "感觉又是割韭菜"))),
    True, "U06", "未来星AI教育",
    [("wechat", "wlx20250808", "wlx20250808")],
    "short video aimed at stay-at-home mothers; WeChat in caption with emoji separators")

add("video/v9177.html", "video", "AI训练师备考资料免费领（评论区扣1）", video(("00:35",
    "整理了四级理论+实操全套资料，评论区扣1，我一个个发🎁 #人工智能训练师 #考证资料"),
    cmts(("ai小白", "1"), ("Lemon", "1"),
         ("小满学姐AI（作者）", "📌置顶：评论太多回不过来，直接加 x i a o m a n _ x j 领取，备注“资料”"),
         ("冷静一点", "领资料最后都是卖课"))),
    True, "U08", "小满学姐AI",
    [("wechat", "xiaoman_xj", "x i a o m a n _ x j")],
    "lead-magnet video; pinned comment spells the WeChat id with spaces")

# ---------------------------------------------------------------- live (鲸播直播)
def replay(host, dur, lines):
    return ('<p class="meta">直播回放 · 主播：%s · 时长 %s</p><h4>回放字幕摘录</h4>' % (host, dur)
            + "".join('<p><span class="meta">[%s]</span> %s</p>' % (t, s) for t, s in lines))

add("live/l2031.html", "live", "【回放】启明数智｜AI训练师四级直播答疑", replay("启明数智-周老师", "1:42:10", [
    ("00:05:12", "今天来的新朋友比较多，先讲一下人工智能训练师的等级，五级到一级……"),
    ("00:31:40", "有人问考试在哪，我们这期跟滨江的考核站合作，考点电话是 0571-86783210，大家可以自己去核实。"),
    ("00:32:05", "本期鉴定批次号 15920261128，报名截止是月底。"),
    ("00:58:30", "想报名的，群号我念一下啊，6-1-8-2-7-3-0-9-4，进群找班主任。"),
    ("01:20:11", "着急的直接打报名电话 150-6821-3397。")]) + cmts(("小羊", "群满了"), ("启明数智-助理", "@小羊 打电话也行")),
    True, "U02", "启明数智",
    [("qq_group", "618273094", "6-1-8-2-7-3-0-9-4"), ("phone", "+8615068213397", "150-6821-3397")],
    "livestream replay transcript; host reads the QQ group digit by digit")

add("live/l2077.html", "live", "【回放】辰光AI课堂｜周六实操课：图像标注与质检", replay("辰光AI课堂", "2:05:44", [
    ("00:02:10", "欢迎来到辰光AI课堂，今天我们讲图像框选和质检流程。"),
    ("01:15:32", "这期报名的同学统一走批次号 15920261128，考完可以在 jndj.osta.org.cn 查证书。"),
    ("01:50:03", "报名找我们QQ，一七三九二零五八四六，或者打报名热线 135-8840-2716。")]) + cmts(("Yuki", "回放来了"), ("二狗", "价格？")),
    True, "U05", "辰光AI课堂",
    [("qq", "1739205846", "一七三九二零五八四六"), ("phone", "+8613588402716", "135-8840-2716")],
    "live class replay; QQ read out in Chinese digits")

add("live/l2105.html", "live", "【回放】满格教育｜转行AI训练师需要什么条件", replay("满格教育·小满", "58:20", [
    ("00:10:00", "五级要满一年相关工作或者学徒期满，这个一定要满足。"),
    ("00:40:21", "报名的加助理微信 XIAOMAN_XJ，或者助理电话 159-9018-7342。")]) + cmts(("橘子汽水", "学姐换号了？"), ("满格教育·助理", "@橘子汽水 机构号哈")),
    True, "U08", "满格教育",
    [("wechat", "xiaoman_xj", "XIAOMAN_XJ"), ("phone", "+8615990187342", "159-9018-7342")],
    "livestream replay under the organisation brand")

add("live/l2140.html", "live", "【回放】深蓝AI实训营｜数据标注项目实战", replay("深蓝AI实训营", "1:10:05", [
    ("00:05:00", "我们做的是真实项目，做满工时可以开工作证明。"),
    ("00:50:12", "证书考完在 jndj.osta.org.cn 能查。报名进群 735162089。")]) + cmts(("Leo", "工作证明能用于五级报名吗"),),
    True, "I03", "深蓝AI实训营",
    [("qq_group", "735162089", "735162089")],
    "independent seller's replay")

# ---------------------------------------------------------------- qa (问知)
def answer(q, who, txt, votes):
    return ('<h3 class="quote">问题：%s</h3><p class="meta">%s 的回答 · 赞同 %d</p>%s' % (q, who, votes, txt))

add("qa/q331.html", "qa", "人工智能训练师证书有用吗？在哪里报名靠谱？", answer("人工智能训练师证书有用吗？在哪里报名靠谱？",
    "智训未来-教务", """<p>利益相关，我在培训机构（智训未来）做教务，尽量客观说。</p>
<p>1. 证书是职业技能等级证书，由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；2. 有用与否看岗位，做数据标注/质检的有加分；3. 报名选有合作考点的机构。</p>
<p>我们官网 zhixunweilai 点 cn 有课程表，也可以加老师微信 zxwl_ai2026 咨询。</p>""", 214)
    + cmts(("数据打工人阿K", "利益相关还算诚实"), ("怀疑一切", "广告")),
    True, "U01", "智训未来",
    [("domain", "zhixunweilai.cn", "zhixunweilai 点 cn"), ("wechat", "zxwl_ai2026", "zxwl_ai2026")],
    "Q&A answer by a staffer; domain spelled with 点")

add("qa/q417.html", "qa", "成都有哪些靠谱的人工智能训练师培训？", answer("成都有哪些靠谱的人工智能训练师培训？",
    "思齐教育", """<p>推荐看三点：有没有实操场地、考点是不是正规备案机构、收费是否明码标价。</p>
<p>我们思齐教育在成都做了三年，四级理论+实操小班，考完 zscx.osta.org.cn 可查。官网 siqiedu.com.cn，电话：173 2695 8810。</p>""", 56)
    + cmts(("芝士", "是机构号吧"),),
    True, "U04", "思齐教育",
    [("domain", "siqiedu.com.cn", "siqiedu.com.cn"), ("phone", "+8617326958810", "173 2695 8810")],
    "Q&A answer from an institution account")

add("qa/q452.html", "qa", "人工智能训练师是国家承认的吗？培训机构怎么辨别真假？", answer("人工智能训练师是国家承认的吗？培训机构怎么辨别真假？",
    "数联学堂", """<p>辨别机构最简单：查营业执照。比如我们公司叫华数智联，统一社会信用代码 9151 0107 MA68 W4TN 3R，国家企业信用信息公示系统自己查。</p>
<p>课程介绍在 huashuzl.com，不强推，看完觉得合适再说。</p>""", 89)
    + cmts(("数据打工人阿K", "有成都的一起吗 vx kk_data0901"), ("怀疑一切", "查执照只能说明公司存在")),
    True, "U07", "数联学堂",
    [("uscc", "91510107MA68W4TN3R", "9151 0107 MA68 W4TN 3R"), ("domain", "huashuzl.com", "huashuzl.com")],
    "Q&A answer quoting the company USCC with spaces")

add("qa/q488.html", "qa", "文科生能考人工智能训练师吗？", answer("文科生能考人工智能训练师吗？",
    "满格教育", """<p>能。五级对学历要求是初中，关键是一年相关工作经历。文本标注、对话质检很多岗位反而喜欢文科生。</p>
<p>我们满格教育有文科生专班，咨询 15990187342 / manige_edu@qq.com。</p>""", 33),
    True, "U08", "满格教育",
    [("phone", "+8615990187342", "15990187342"), ("email", "manige_edu@qq.com", "manige_edu@qq.com")],
    "Q&A answer ending with contacts")

# ---------------------------------------------------------------- column (简页专栏)
add("column/c402.html", "column", "为什么我劝你别买“三证同考”的AI训练师套餐", """
<p class="meta">蓝鲸职学 教务组 · 阅读 3.2万</p>
<p>最近后台很多人发来截图：“人工智能训练师三级+二级+一级，三证同考，不限学历，包过”。按照国家职业技能标准，等级是一级一级往上考的，每一级都有证书和年限要求，三证同考本身就不成立。</p>
<p>也别信“人社部颁发”：改革以后职业技能等级证书由备案的评价机构颁发。</p>
<p>正规路径：满足五级或四级条件→系统学习→参加备案机构的认定。我们蓝鲸职学只做四级、三级的正规班，欢迎对比。</p>
<hr><p class="meta">作者：蓝鲸职学 | 联系：lanjingzx#126.com（#换成@） | 微信 LANJING-EDU88</p>
""" + cmts(("老李", "说得对，不过最后还是广告"), ("蓝鲸职学", "@老李 哈哈 有需要再说")),
    True, "U03", "蓝鲸职学",
    [("email", "lanjingzx@126.com", "lanjingzx#126.com"), ("wechat", "lanjing-edu88", "LANJING-EDU88")],
    "essay column warning against bundles, then selling its own class")

add("column/c455.html", "column", "一个宝妈的转行日记：从带娃到AI训练师", """
<p class="meta">星途职教 · 阅读 8,901</p>
<p>孩子两岁那年，我开始在手机上学数据标注……（正文略长）……现在我在星途职教做助教，也帮更多和我一样的妈妈。</p>
<p>如果你也想试试，可以加我 微 信 w l x 2 0 2 5 0 8 0 8，或者打电话 199 4163 2075，我给你讲讲要准备什么。</p>
""" + cmts(("小太阳", "好励志"),),
    True, "U06", "星途职教",
    [("wechat", "wlx20250808", "w l x 2 0 2 5 0 8 0 8"), ("phone", "+8619941632075", "199 4163 2075")],
    "personal-story column with a soft sell")

add("column/c478.html", "column", "AI训练师的职业前景：2026年的五个判断", """
<p class="meta">卓远AI研修院 · 阅读 1.5万</p>
<p>一、大模型对齐需要大量高质量标注；二、质检与评测岗位增长快；三、证书是敲门砖不是终点；四、企业更看项目经验；五、复合型人才稀缺。</p>
<p>卓远AI研修院开设人工智能训练师四级/三级研修班，课程与项目实训结合。</p>
<hr><p class="meta">作者简介：卓远AI研修院教研团队。商务合作邮箱 zhuoyuan_px@sina.com</p>
""",
    True, "U09", "卓远AI研修院",
    [("email", "zhuoyuan_px@sina.com", "zhuoyuan_px@sina.com")],
    "trend essay that advertises the author's course")

add("column/c501.html", "column", "南风教育｜人工智能训练师五级周末班招生说明", """
<p class="meta">南风教育 · 阅读 2,130</p>
<p>面向从事标注、客服质检一年以上的在职人员，周末两天线下+线上录播。</p>
<p>报名邮箱 nanfeng_edu@foxmail.com，邮件注明姓名、工作年限。</p>
""",
    True, "I06", "南风教育",
    [("email", "nanfeng_edu@foxmail.com", "nanfeng_edu@foxmail.com")],
    "independent seller's enrolment column")

add("column/policy-explain.html", "column", "一文读懂：职业技能等级证书到底谁来发？", """
<p class="meta">职场政策观察 · 阅读 5.6万</p>
<p>2019年起，技能人才评价改为职业技能等级认定，由经人社部门备案的用人单位和社会培训评价组织开展并颁发证书。证书可在技能人才评价工作网 osta.mohrss.gov.cn 及全国联网查询 zscx.osta.org.cn 查询。</p>
<p>人工智能训练师（4-04-05-05）属于新职业，证书是职业技能等级证书，不是国家职业资格证书。</p>
<p>有疑问可拨打 12333；浙江的读者也可以咨询 0571-12333。</p>
""", note="policy explainer; no selling")

# ---------------------------------------------------------------- bbs (职场之家)
def thread(title, posts):
    return "<h3>%s</h3>" % title + "".join(
        '<div class="cmt"><b>%s</b> <span class="meta">%s楼</span><p>%s</p></div>' % (a, i + 1, t) for i, (a, t) in enumerate(posts))

add("bbs/t55120.html", "bbs", "求问：杭州哪里可以考人工智能训练师四级？", thread("求问：杭州哪里可以考人工智能训练师四级？", [
    ("考证小白", "公司做标注的，想考个四级，求推荐。"),
    ("启明职培_招生", "可以了解下我们启明职培，合作考核站在滨江。可以联系我们招生老师 QQ：2850417736，群：618 273 094"),
    ("老油条", "楼上广告，版主呢"),
    ("考证小白", "谢谢，我去问问")]),
    True, "U02", "启明职培",
    [("qq", "2850417736", "2850417736"), ("qq_group", "618273094", "618 273 094")],
    "forum question with a seller reply")

add("bbs/t55188.html", "bbs", "【经验】报了北辰的班，说说感受（非广）", thread("【经验】报了北辰的班，说说感受（非广）", [
    ("晨跑的猫", "上个月报的四级，老师挺负责，实操讲得细。"),
    ("北辰职业技能培训", "感谢认可～ 新同学可加微 beichen_ai，或电话13588402716，收款人王晓辰，可查"),
    ("老油条", "“非广”"),
    ("路人乙", "收款是个人名字？")]),
    True, "U05", "北辰职业技能培训",
    [("wechat", "beichen_ai", "beichen_ai"), ("phone", "+8613588402716", "13588402716"), ("other", "收款人:王晓辰", "王晓辰")],
    "forum experience thread with seller reply naming payee")

add("bbs/t55230.html", "bbs", "AI训练师证和CAIE证哪个好？", thread("AI训练师证和CAIE证哪个好？", [
    ("纠结星人", "如题，预算有限。"),
    ("卓远老师", "不是一回事，训练师是职业技能等级证书。我们卓远职业培训两个都有辅导，电话 tel 18058236619 扣扣3308175542"),
    ("老油条", "又来了")]),
    True, "U09", "卓远职业培训",
    [("phone", "+8618058236619", "18058236619"), ("qq", "3308175542", "3308175542")],
    "forum comparison thread with a seller reply")

add("bbs/t55301.html", "bbs", "数据标注干了一年，可以考五级了吗", thread("数据标注干了一年，可以考五级了吗", [
    ("小熊", "满一年了，怎么报？"),
    ("阿泽老师", "满一年就可以报五级，我这边可以帮你走报名流程+给复习资料，威 aze_ai_trainer"),
    ("小熊", "收费吗"), ("阿泽老师", "资料免费，报名辅导 399")]),
    True, "I02", "阿泽老师",
    [("wechat", "aze_ai_trainer", "aze_ai_trainer")],
    "independent seller's forum reply")

add("bbs/thread-complaint.html", "bbs", "【曝光】交了4800“包过三级”，现在人找不到了", thread("【曝光】交了4800“包过三级”，现在人找不到了", [
    ("维权中", "对方说零基础也能直接考三级，人社部颁发，交了4800，订单编号 13620251103，现在电话 17088886621 打不通。"),
    ("老油条", "三级哪有零基础的，打 12315 投诉，再打 12333 问问。"),
    ("维权中", "已经打了12315"),
    ("版主", "已置顶，大家引以为戒")]),
    note="complaint thread quoting a scammer's phone and an order number")

# ---------------------------------------------------------------- shop (淘课集市)
def item(title, price, shop, desc, reviews):
    return ('<h3>%s</h3><p class="price">¥%s</p><p class="meta">店铺：%s · 已售 %d</p><div>%s</div><h4>累计评价</h4>%s'
            % (title, price, shop, len(title) * 7, desc,
               "".join('<div class="cmt"><b>%s</b>：%s</div>' % r for r in reviews)))

add("shop/item7712.html", "shop", "人工智能训练师四级 线上课+实操 考前辅导", item("人工智能训练师四级 线上课+实操 考前辅导", "1980",
    "启明AI职业培训", """<p>课程包含：理论精讲20课时、实操30课时、模拟机考3套。</p>
<p>报考须满足四级申报条件，拍前咨询 qq 2850417736 审核资格。</p><p>联系电话 +86 150 6821 3397</p>""",
    [("t***8", "老师讲得好"), ("小*子", "订单编号 13620251103 这单是我拍错了，客服很快退了")]),
    True, "U02", "启明AI职业培训",
    [("qq", "2850417736", "2850417736"), ("phone", "+8615068213397", "+86 150 6821 3397")],
    "marketplace course item; QQ for eligibility check")

add("shop/item7790.html", "shop", "AI训练师四级 周末实操班 杭州 含认定报名", item("AI训练师四级 周末实操班 杭州 含认定报名", "2380",
    "北辰智培", """<p>杭州线下周末班，认定统一走批次号 15920261128，考后 jndj.osta.org.cn 可查。</p>
<p>联系电话 135 8840 2716。付款备注学员姓名，收款人：王晓辰。</p>""",
    [("晨*猫", "实操讲得细"), ("a***1", "还行")]),
    True, "U05", "北辰智培",
    [("phone", "+8613588402716", "135 8840 2716"), ("other", "收款人:王晓辰", "王晓辰")],
    "marketplace item; payee name shared with the forum reply")

add("shop/item7833.html", "shop", "人工智能训练师三级研修班 项目实训", item("人工智能训练师三级研修班 项目实训", "3680",
    "卓远职业培训", """<p>面向已取得四级证书的学员，三级认定前的系统研修。</p>
<p>咨询 ☎ 180 5823 6619，资料索取 zhuoyuan_px(at)sina.com</p>""",
    [("z***n", "项目案例不错")]),
    True, "U09", "卓远职业培训",
    [("phone", "+8618058236619", "180 5823 6619"), ("email", "zhuoyuan_px@sina.com", "zhuoyuan_px(at)sina.com")],
    "marketplace item; email with (at)")

add("shop/item-health.html", "shop", "健康管理师三级 线上培训课程", item("健康管理师三级 线上培训课程", "1580",
    "康程教育", "<p>健康管理师（4-14-02-02）三级培训课程，含题库。详情咨询店铺客服。</p>",
    [("h***y", "题库有用")]),
    note="another occupation's course (not the AI trainer)")

# ---------------------------------------------------------------- fenlei (百姓分类)
def post(title, body, contact):
    return '<h3>%s</h3><p class="meta">发布于 3天前 · 浏览 412</p>%s<div class="quote">%s</div>' % (title, body, contact)

add("fenlei/f30917.html", "fenlei", "人工智能训练师四级/三级培训 上海 可申请补贴", post("人工智能训练师四级/三级培训 上海 可申请补贴",
    "<p>蓝鲸职学长期招生，四级、三级小班，符合条件可申领技能提升补贴。</p>",
    "联系人：陈老师<br>联系电话 186 5711 9204<br>邮箱 lanjingzx@126.com"),
    True, "U03", "蓝鲸职学",
    [("phone", "+8618657119204", "186 5711 9204"), ("email", "lanjingzx@126.com", "lanjingzx@126.com")],
    "classifieds post")

add("fenlei/f31022.html", "fenlei", "成都 华数智联 人工智能训练师培训 周末班", post("成都 华数智联 人工智能训练师培训 周末班",
    "<p>华数智联职业技能培训中心，五级/四级，周末班+晚班。在线报名表由 金数据 jinshuju.net 提供技术支持。</p>",
    "电话：028-8765 1234<br>网址 HUASHUZL.COM"),
    True, "U07", "华数智联职业技能培训中心",
    [("phone", "+862887651234", "028-8765 1234"), ("domain", "huashuzl.com", "HUASHUZL.COM")],
    "classifieds post with landline and upper-case domain")

add("fenlei/f31100.html", "fenlei", "北京 人工智能训练师五级 报名辅导", post("北京 人工智能训练师五级 报名辅导",
    "<p>博睿职业技能培训学校，五级报名辅导，需一年相关工作证明。</p>",
    "电话 133-1102-9847（王老师）"),
    True, "I01", "博睿职业技能培训学校",
    [("phone", "+8613311029847", "133-1102-9847")],
    "independent classifieds post")

add("fenlei/job-annotator.html", "fenlei", "招聘：数据标注员 8-12K 有AI训练师证优先", post("招聘：数据标注员 8-12K 有AI训练师证优先",
    "<p>某互联网公司数据标注组招聘，五险一金，持人工智能训练师证书者优先。不收任何费用，凡收费的都是骗子。</p>",
    "简历投递：hr_annotate@lingxi-tech.cn"),
    note="job ad; not an offer of the certificate")

# ---------------------------------------------------------------- qun (群公告)
def notice(group, admin, body):
    return '<p class="meta">群：%s · 管理员 %s 发布</p><div class="pin">%s</div>' % (group, admin, body)

add("qun/g118.html", "qun", "群公告｜12月四级班报名", notice("鲸学社·AI训练师交流群", "班主任小陈",
    "<p>1. 12月四级班开始报名，名额30人；</p><p>2. 报名请填表（金数据 jinshuju.net 表单），报名联系班主任 １８６５７１１９２０４；</p><p>3. 群内禁止发广告。</p>"),
    True, "U03", "鲸学社",
    [("phone", "+8618657119204", "１８６５７１１９２０４")],
    "group notice with full-width digits")

add("qun/g126.html", "qun", "群公告｜星途职教 宝妈专班", notice("星途职教学员群", "星途-小吴",
    "<p>宝妈专班第3期开课，课程全线上。</p><p>咨询电话：+86 19941632075</p><p>新人请改群名片：城市-姓名。</p>"),
    True, "U06", "星途职教",
    [("phone", "+8619941632075", "+86 19941632075")],
    "group notice; phone with +86")

add("qun/g133.html", "qun", "群公告｜鹏城职培 五级考前冲刺", notice("鹏城职培AI训练师群", "鹏城-李老师",
    "<p>五级考前冲刺班本周六开课，未报名的联系 137 2345 0981。</p>"),
    True, "I04", "鹏城职培",
    [("phone", "+8613723450981", "137 2345 0981")],
    "independent seller's group notice")

# ---------------------------------------------------------------- company sites
CORP_FOOT = "技术支持：建站宝 jianzhanbao.net"
add("corpA/index.html", "corpA", "杭州智训未来教育科技有限公司 - 人工智能训练师培训", """
<h2>智训未来教育</h2><p>专注人工智能训练师、数据标注员职业技能培训。</p>
<h3 id="course">课程</h3><ul><li>五级（初级工）：需一年相关工作</li><li>四级（中级工）</li><li>三级（高级工）</li></ul>
<p>证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询。</p>
<h3 id="contact">联系我们</h3><p>电话：<a href="tel:+86-139-1726-4530">139-1726-4530</a></p>
<p>邮箱：zhaosheng@zhixunweilai.cn · 官网：www.zhixunweilai.cn</p>
<p>地址：杭州市西湖区文三路 · 统一社会信用代码：91330106MA2H7K3LXA</p>
<p class="meta">在线客服：400-000-0000 · admin@yourdomain.com</p>
""", True, "U01", "智训未来教育",
    [("phone", "+8613917264530", "tel:+86-139-1726-4530"), ("email", "zhaosheng@zhixunweilai.cn", "zhaosheng@zhixunweilai.cn"),
     ("domain", "zhixunweilai.cn", "www.zhixunweilai.cn"), ("uscc", "91330106MA2H7K3LXA", "91330106MA2H7K3LXA")],
    "company site; template placeholders left in")

add("corpB/index.html", "corpB", "成都思齐教育咨询有限公司 官网", """
<h2>思齐教育 · AI实训基地</h2><p>成都本地人工智能训练师培训，理论+实操，小班教学。</p>
<h3>联系方式</h3><p>咨询热线 <a href="tel:17326958810">173-2695-8810</a> · 微信 SiQi_JY</p>
<p>官网 www.siqiedu.com.cn · 统一社会信用代码 91510104MA6C8Q2R7M</p>
<p class="meta">在线客服：400-000-0000 · admin@yourdomain.com</p>
""", True, "U04", "思齐教育",
    [("phone", "+8617326958810", "173-2695-8810"), ("wechat", "siqi_jy", "SiQi_JY"),
     ("domain", "siqiedu.com.cn", "www.siqiedu.com.cn"), ("uscc", "91510104MA6C8Q2R7M", "91510104MA6C8Q2R7M")],
    "company site built on a site builder")

add("corpC/index.html", "corpC", "华数智联 - 职业技能培训", """
<h2>华数智联职业技能培训中心</h2><p>人工智能训练师五级/四级培训，成都武侯校区。</p>
<p>成都华数智联科技有限公司 · 统一社会信用代码 91510107MA68W4TN3R</p>
<p>电话 (028)87651234 · 邮箱 peixun@huashuzl.com · www.huashuzl.com</p>
""", True, "U07", "华数智联",
    [("uscc", "91510107MA68W4TN3R", "91510107MA68W4TN3R"), ("phone", "+862887651234", "(028)87651234"),
     ("email", "peixun@huashuzl.com", "peixun@huashuzl.com"), ("domain", "huashuzl.com", "www.huashuzl.com")],
    "company site")

# ---------------------------------------------------------------- news
add("news/warning-2026-11.html", "news", "警惕“包过三级AI训练师”骗局，已有市民被骗4800元", """
<p class="meta">钱江晚讯 记者 孙悦 · 2026-11-28</p>
<p>近日，市民张女士向本报反映，她在网上看到“零基础直接考人工智能训练师三级、人社部颁发、包过”的广告，转账4800元后对方失联。对方留下的联系电话为 170-8888-6621。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询；遇到问题可拨打 12333，消费纠纷可拨打 12315。浙江省内也可拨打 0571-12333 咨询。</p>
""", note="news warning quoting a scammer's phone and official hotlines")

# ---------------------------------------------------------------- section indexes
SECTIONS = [("notes", "小绿书 · 职场成长"), ("video", "抖拍 · 知识区"), ("live", "鲸播直播 · 回放"),
            ("qa", "问知 · 职业教育"), ("column", "简页专栏 · 职场"), ("bbs", "职场之家 · 考证交流"),
            ("shop", "淘课集市 · 职业技能"), ("fenlei", "百姓分类 · 教育培训"), ("qun", "群公告分享"),
            ("news", "钱江晚讯 · 民生")]


def build_indexes():
    for sec, title in SECTIONS:
        items = [p for p in PAGES if p["path"].startswith(sec + "/")]
        body = "<h2>%s</h2><ul>" % title + "".join(
            '<li><a href="%s">%s</a></li>' % (posixpath.basename(p["path"]), p["title"]) for p in items) + "</ul>"
        add(sec + "/index.html", sec, title, body, note="section index of " + sec)
    body = ["<h2>网址导航 · 职业技能与考证</h2><p>以下为常用内容平台与资讯站点。</p><ul>"]
    for sec, title in SECTIONS:
        body.append('<li><a href="%s/index.html">%s</a></li>' % (sec, title))
    body.append('</ul><h3>企业黄页</h3><ul><li><a href="corpA/index.html">杭州智训未来教育科技有限公司</a></li>'
                '<li><a href="corpB/index.html">成都思齐教育咨询有限公司</a></li>'
                '<li><a href="corpC/index.html">华数智联职业技能培训中心</a></li></ul>'
                '<p class="meta">官方查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>')
    add("index.html", "portal", "网址导航 · 职业技能与考证", "".join(body), note="root portal index")


def render(p):
    path = p["path"]
    site = p["site"]
    idx = rel(path, "index.html")
    if site in SITES:
        s = SITES[site]
        nav = "".join('<a href="%s">%s</a>' % (rel(path, site + "/" + h) if not h.startswith("..") else rel(path, posixpath.normpath(site + "/" + h)), t) for t, h in s["nav"])
        crumbs = '<div class="crumb"><a href="%s">首页</a> &gt; <a href="%s">%s</a> &gt; %s</div>' % (
            idx, rel(path, site + "/index.html"), s["name"], p["title"])
        sibs = [q for q in PAGES if q["site"] == site and q["path"] != path and not q["path"].endswith("index.html")][:6]
        side = s["side"] + "<ul>" + "".join('<li><a href="%s">%s</a></li>' % (rel(path, q["path"]), q["title"]) for q in sibs) + "</ul>"
        header = '<header><b style="color:%s">%s</b> <span class="meta">%s</span> <nav>%s</nav></header>' % (s["accent"], s["name"], s["dom"], nav)
        foot = s["foot"]
    elif site.startswith("corp"):
        header = '<header><b>%s</b> <nav><a href="index.html">首页</a><a href="#course">课程</a><a href="#contact">联系我们</a></nav></header>' % p["provider"]
        crumbs = '<div class="crumb"><a href="%s">网址导航</a></div>' % idx
        side = "<h4>快速导航</h4><ul><li><a href=\"index.html\">网站首页</a></li><li><a href=\"%s\">返回导航</a></li></ul>" % idx
        foot = "Copyright © 2026 %s 版权所有 · 沪ICP备XXXXXXXX号 · %s" % (p["provider"], CORP_FOOT)
    else:
        header = "<header><b>网址导航</b></header>"
        crumbs = ""
        side = "<h4>友情提示</h4><p>查询证书请认准官方网站。</p>"
        foot = "网址导航 · 收录站点内容由各站点负责"
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s'
            '<div class="wrap"><main>%s%s</main><aside>%s</aside></div><footer>%s</footer></body></html>\n'
            % (p["title"], CSS, header, crumbs, p["body"], side, foot))


# ---------------------------------------------------------------- decoys
def decoys(paths_of):
    D = []
    def d(kind, value, written, note, paths=None):
        ps = paths if paths is not None else paths_of(written)
        D.append(dict(kind=kind, value=value, written=written, paths=ps, note=note))
    d("platform_phone", "+864008206618", ["400-820-6618"], "小绿书 customer-service number in every notes page footer")
    d("platform_email", "jubao@xiaolvshu.com", ["jubao@xiaolvshu.com"], "notes platform report mailbox")
    d("platform_uscc", "91310000MA1FL8D285", ["91310000MA1FL8D285"], "notes platform operator's USCC in footer")
    d("platform_domain", "xiaolvshu.com", ["www.xiaolvshu.com"], "notes platform domain in header/footer")
    d("platform_phone", "+864001062088", ["400-106-2088"], "抖拍 user-service hotline")
    d("platform_uscc", "91440300MA5FQ2J169", ["91440300MA5FQ2J169"], "video platform USCC")
    d("platform_qq_group", "556102938", ["556102938"], "鲸播 official streamer-service QQ group in footer")
    d("platform_email", "creator@wenzhi.com", ["creator@wenzhi.com"], "问知 creator-service mailbox")
    d("platform_uscc", "91110108MA01N7E36Y", ["91110108MA01N7E36Y"], "问知 operator USCC")
    d("platform_domain", "jianye.me", ["www.jianye.me"], "column platform domain")
    d("platform_qq_group", "812300457", ["812300457"], "forum's own QQ group in sidebar")
    d("site_builder", "discuz", ["Powered by Discuz! X3.4"], "forum software credit")
    d("platform_phone", "+864006635521", ["400-663-5521"], "淘课集市 platform hotline")
    d("platform_uscc", "91330100MA27XG5B2W", ["91330100MA27XG5B2W"], "marketplace operator USCC")
    d("platform_phone", "+864008182299", ["400-818-2299"], "百姓分类 customer service")
    d("site_builder", "jianzhanbao.net", ["建站宝 jianzhanbao.net"], "site-builder credit on company sites of different operators")
    d("form_tool", "jinshuju.net", ["jinshuju.net"], "form tool named by sellers of different operators")
    d("template_placeholder", "+864000000000", ["400-000-0000"], "template placeholder phone left in company sites")
    d("template_placeholder", "admin@yourdomain.com", ["admin@yourdomain.com"], "template placeholder e-mail")
    d("template_placeholder", "ICP-XXXXXXXX", ["沪ICP备XXXXXXXX号"], "template ICP placeholder")
    d("public_hotline", "12333", ["12333"], "人社 hotline")
    d("public_hotline", "12315", ["12315"], "market-regulation complaint hotline")
    d("public_hotline", "+8657112333", ["0571-12333"], "Zhejiang provincial 人社 hotline")
    d("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, quoted by sellers and news")
    d("official_domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网")
    d("official_domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "certificate query URL quoted by several sellers")
    d("quoted_scammer_phone", "+8617088886621", ["170-8888-6621", "17088886621"], "scammer phone quoted in news and complaint")
    d("order_number", "13620251103", ["13620251103"], "order number that looks like a mobile number")
    d("batch_number", "15920261128", ["15920261128"], "assessment batch number that looks like a mobile, quoted by two operators")
    d("venue_phone", "+8657186783210", ["0571-86783210"], "assessment station phone quoted by sellers of U02 and U05")
    d("commenter_wechat", "kk_data0901", ["kk_data0901"], "a commenter's own WeChat on several sellers' threads")
    return D


def main():
    build_indexes()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    html = {}
    for p in PAGES:
        h = render(p)
        html[p["path"]] = h
        fp = os.path.join(SITE, p["path"])
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    paths_of = lambda ws: sorted("/" + k for k, v in html.items() if any(w in v for w in ws))
    pages = []
    for p in PAGES:
        op = p["op"]
        pages.append(dict(path="/" + p["path"], is_offer=p["offer"], operator=op, provider=p["provider"],
                          identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in pages:
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "ties": ""})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
    TIES = {
        "U01": "phone n1021-v8841-corpA; wechat n1021-q331; domain q331-corpA",
        "U02": "QQ group l2031-t55120; QQ t55120-item7712; phone l2031-item7712",
        "U03": "wechat n1088-c402; email c402-f30917; phone f30917-g118",
        "U04": "phone v9013-q417-corpB; wechat v9013-corpB; domain q417-corpB",
        "U05": "QQ n1130-l2077; phone l2077-item7790-t55188; payee item7790-t55188",
        "U06": "wechat v9102-c455; phone c455-g126",
        "U07": "USCC q452-corpC; domain q452-f31022-corpC; landline f31022-corpC",
        "U08": "wechat n1166-v9177-l2105; phone l2105-q488",
        "U09": "email c478-item7833; phone item7833-t55230",
    }
    for k in ops:
        ops[k]["ties"] = TIES[k]
    truth = {"description": "12az: content-platform web (notes, short video, live replays, Q&A, columns) with soft selling of AI-trainer certificates",
             "pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys(paths_of)}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
