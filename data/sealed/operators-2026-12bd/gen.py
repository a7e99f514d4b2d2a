#!/usr/bin/env python3
"""Generate test web 12bd: site/ and truth.json. Deterministic, standard library only."""
import json, os, posixpath, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(ch) * wi for ch, wi in zip(body8, w)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPH.index(ch) * wi for ch, wi in zip(s17, W18)) % 31
    return s17 + ALPH[0 if r == 31 else r]


C_U01 = uscc("91330106", "MA2GK3L7")
C_U03 = uscc("91440300", "MA5F8R2D")
C_U05 = uscc("91440106", "MA9W3TQ1")
C_U06 = uscc("52310104", "MJ481627")
C_U09 = uscc("92430104", "MA4Q7N2B")
C_SHOP = uscc("91440101", "MA5CY0K8")   # marketplace operator (decoy)
C_U05_SP = " ".join([C_U05[0:4], C_U05[4:8], C_U05[8:12], C_U05[12:16], C_U05[16:]])

PAGES = []


def P(path, style, title, body, op=None, provider=None, ids=(), note="", crumbs=None):
    PAGES.append(dict(path=path, style=style, title=title, body=body, op=op,
                      provider=provider, ids=[list(i) for i in ids], note=note))


# ---------------------------------------------------------------- site frames
STYLES = {
    "bbs": dict(name="职考论坛", dom="www.zhikaoluntan.net", idx="bbs/index.html",
                nav=["首页", "职业技能", "考证交流", "避坑曝光", "站务"],
                foot='职考论坛 zhikaoluntan.net · 站务QQ群:512087346 · 联系站务:admin@zhikaoluntan.net · 京ICP备19043127号-2<br>'
                     '论坛帖子仅代表网友个人观点,涉及收费培训请自行核实。'),
    "wenda": dict(name="知道问问", dom="www.zdww.cn", idx="wenda/index.html",
                  nav=["首页", "教育", "职场", "考证", "我要提问"],
                  foot='知道问问 zdww.cn · 举报邮箱 jubao@zdww.cn · 沪ICP备20011852号 · 回答内容由网友提供,不代表本站立场'),
    "shop": dict(name="优学集市", dom="www.youxuejishi.com", idx="shop/index.html",
                 nav=["首页", "职业技能", "IT互联网", "语言", "帮助中心"],
                 foot='优学集市 youxuejishi.com · 平台客服热线 400-826-3517(9:00-21:00) · 客服邮箱 kefu@youxuejishi.com<br>'
                      '广州优学集市网络科技有限公司 统一社会信用代码 ' + C_SHOP + ' · 粤ICP备2021088306号 · '
                      '<a href="help.html">帮助中心</a>'),
    "video": dict(name="抖映", dom="www.douying.tv", idx="video/index.html",
                  nav=["推荐", "关注", "直播", "知识", "同城"],
                  foot='抖映 douying.tv · 违法和不良信息举报 jubao@douying.tv · 未成年人守护热线 400-900-6175 · 京ICP备18055021号'),
    "notes": dict(name="小绿书", dom="www.xiaolvshu.cn", idx="notes/index.html",
                  nav=["发现", "职场", "学习", "好物", "发布笔记"],
                  foot='小绿书 xiaolvshu.cn · 社区规范 · 侵权投诉 tousu@xiaolvshu.cn · 沪ICP备21003390号'),
    "fenlei": dict(name="同城易帖", dom="www.yitie58.com", idx="fenlei/index.html",
                   nav=["首页", "招聘", "培训", "二手", "服务"],
                   foot='同城易帖 yitie58.com · 客服电话 400-690-1158 · 提醒:凡收取押金、报名费的信息请谨慎 · 浙ICP备17020446号'),
    "qun": dict(name="群小助", dom="www.qunxiaozhu.com", idx="qun/index.html",
                nav=["群公告", "聊天存档", "群文件", "帮助"],
                foot='群小助 qunxiaozhu.com · 本页由群管理员导出,内容由群成员发布 · 群小助客服QQ群:287104553'),
    "news": dict(name="今日职教网", dom="www.jrzjw.cn", idx="news/index.html",
                 nav=["首页", "政策", "就业", "曝光台", "技能人才"],
                 foot='今日职教网 jrzjw.cn · 新闻热线 010-65880731 · 违法和不良信息举报:jubao@jrzjw.cn · 京ICP备16062208号'),
    "corp": None,
}

CORP = {
    "zxwl": dict(name="智训未来教育", dom="www.zxwl-edu.cn",
                 nav=[("index.html", "首页"), ("kecheng.html", "课程报名")],
                 foot='Copyright © 2026 杭州智训未来教育科技有限公司 版权所有 · 全国服务热线:400-123-4567 · 邮箱:yourname@example.com<br>'
                      '技术支持:建站宝 www.jianzhanbao.cn'),
    "jingsuan": dict(name="鲸算人工智能培训", dom="www.jingsuan-ai.com",
                     nav=[("index.html", "首页")],
                     foot='深圳市鲸算教育科技有限公司 · 服务热线 400-123-4567 · 地址:深圳市南山区 · '
                          '技术支持:建站宝 www.jianzhanbao.cn'),
    "beichen": dict(name="北辰智能科技培训学校", dom="www.bcai-px.com",
                    nav=[("index.html", "学校首页"), ("baoming.html", "在线报名")],
                    foot='上海市徐汇区北辰智能科技培训学校 · 沪ICP备22019945号 · 技术支持:建站宝 www.jianzhanbao.cn'),
}


def rel(src, dst):
    return posixpath.relpath(dst, posixpath.dirname(src) or ".")


def render(p, siblings):
    path, st = p["path"], p["style"]
    home = rel(path, "index.html")
    if st == "corp":
        key = path.split("/")[1]
        c = CORP[key]
        nav = " | ".join('<a href="%s">%s</a>' % (h, t) for h, t in c["nav"])
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']} - {c['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="corp">
<div class="topbar">欢迎访问{c['name']}官网 · <a href="{home}">返回网址导航</a></div>
<header><div class="logo">{c['name']}</div><nav>{nav}</nav></header>
<div class="crumbs">当前位置:<a href="index.html">首页</a> &gt; {p['title']}</div>
<main>
{p['body']}
</main>
<aside><h4>快速入口</h4><ul><li><a href="index.html">关于我们</a></li>{''.join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in c['nav'])}</ul></aside>
<footer>{c['foot']}</footer>
</body></html>
"""
    s = STYLES[st]
    idx = rel(path, s["idx"])
    nav = " ".join('<a href="%s">%s</a>' % (idx, n) for n in s["nav"])
    side = "".join('<li><a href="%s">%s</a></li>' % (rel(path, q["path"]), q["title"])
                   for q in siblings if q["path"] != path)[:6000]
    crumb = '<a href="%s">%s</a> &gt; <a href="%s">%s</a>' % (home, "导航", idx, s["name"])
    if path != s["idx"]:
        crumb += " &gt; " + p["title"][:18]
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="{st}">
<header><a class="logo" href="{idx}">{s['name']}</a> <nav>{nav}</nav>
<form class="search"><input placeholder="搜索"><button>搜索</button></form> <a href="#">登录</a> | <a href="#">注册</a></header>
<div class="crumbs">{crumb}</div>
<main>
{p['body']}
</main>
<aside><h4>相关推荐</h4><ul>{side}</ul></aside>
<footer>{s['foot']}</footer>
</body></html>
"""


def comments(*items):
    return '<section class="comments"><h3>评论 %d</h3>\n' % len(items) + "\n".join(
        '<div class="cmt"><b>%s</b>:%s</div>' % (u, t) for u, t in items) + "\n</section>"


# ------------------------------------------------------------ U01 智训未来
P("corp/zxwl/index.html", "corp", "关于我们",
  f"""<div class="banner"><img src="img/banner1.jpg" alt="智训未来 人工智能训练师 培训报名中"></div>
<h1>杭州智训未来教育科技有限公司</h1>
<p>智训未来教育成立于2021年,专注人工智能训练师(4-04-05-05)、数据标注员岗位培训,已累计服务学员3000+。
课程覆盖五级/四级/三级,线上直播+线下实操,学完统一安排认定考试,证书可在技能人才评价证书全国联网查询平台查询。</p>
<table class="info"><tr><td>公司名称</td><td>杭州智训未来教育科技有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{C_U01}</td></tr>
<tr><td>咨询电话</td><td>138 5712 4619(王老师)</td></tr>
<tr><td>官方网站</td><td>www.zxwl-edu.cn</td></tr>
<tr><td>合作邮箱</td><td>zxwl_edu@163.com</td></tr>
<tr><td>地址</td><td>杭州市西湖区文三路某大厦7楼</td></tr></table>
<p><a href="kecheng.html">查看课程与报名 &gt;&gt;</a></p>""",
  op="U01", provider="杭州智训未来教育科技有限公司",
  ids=[("uscc", C_U01, C_U01), ("phone", "+8613857124619", "138 5712 4619"),
       ("domain", "zxwl-edu.cn", "www.zxwl-edu.cn"), ("email", "zxwl_edu@163.com", "zxwl_edu@163.com")],
  note="company site home page, AI-trainer training with exam arranged")
P("corp/zxwl/kecheng.html", "corp", "课程报名",
  """<h1>人工智能训练师 课程报名</h1>
<ul class="courses"><li>五级(初级工)周末班 60课时 ¥2680</li><li>四级(中级工)周末班 50课时 ¥3280</li>
<li>三级(高级工)精品班 40课时 ¥4580 <em>(符合条件可申领技能提升补贴)</em></li></ul>
<p>报名流程:提交资料 → 资格初审 → 开班 → 统一认定考试(理论+实操)→ 发证</p>
<p>报名咨询:<a href="tel:+8613857124619">138-5712-4619</a>  微信同号请备注“AI训练师”,或加课程顾问微信 zxwl_ai2026</p>
<div class="form"><h3>在线预约试听</h3><p>姓名:[ ] 手机:[ ] 报考等级:[五级/四级/三级]</p>
<p class="credit">本表单由 金数据 jinshuju.net 提供技术支持</p></div>""",
  op="U01", provider="智训未来教育",
  ids=[("phone", "+8613857124619", "tel:+8613857124619"), ("phone", "+8613857124619", "138-5712-4619"),
       ("wechat", "zxwl_ai2026", "zxwl_ai2026")],
  note="company site course/sign-up page with form-tool credit")
P("shop/item-1021.html", "shop", "【未来智训】人工智能训练师四级/三级 考证培训 直播课+题库 统一安排考试",
  """<div class="item"><div class="gallery"><img src="i/1021a.jpg" alt="人工智能训练师证书样本 官网可查"><img src="i/1021b.jpg" alt="加老师V:ZXWL_AI2026 领取报考资料"></div>
<h1>【未来智训】人工智能训练师四级/三级 考证培训 直播课+题库 统一安排考试</h1>
<p class="price">¥2680 起 <s>¥4980</s> 已售 412</p>
<p>店铺:未来智训AI训练师旗舰店 · 好评率 98.6%</p>
<div class="desc"><p>📌 课程内容:数据采集和处理、数据标注、智能系统运维,模拟题库800题</p>
<p>📌 学完由合作评价机构组织认定考试,证书 zscx.osta.org.cn 可查</p>
<p>📌 拍下后请联系客服,或直接加课程老师 V:ZXWL_AI2026,电话 １３８５７１２４６１９</p></div></div>"""
  + comments(("x***9", "课程老师回复挺快的,已经报了四级"), ("买家_7731", "想问下不在杭州能考吗"),
             ("店家回复", "亲,全国可报,考点就近安排哦")),
  op="U01", provider="未来智训AI训练师旗舰店",
  ids=[("wechat", "zxwl_ai2026", "ZXWL_AI2026"), ("phone", "+8613857124619", "１３８５７１２４６１９")],
  note="marketplace item, seller contacts in image alt and description")
P("bbs/thread-3305.html", "bbs", "杭州这边有靠谱的人工智能训练师培训吗?想考个三级",
  """<div class="thread"><h1>杭州这边有靠谱的人工智能训练师培训吗?想考个三级</h1>
<div class="post"><b>楼主 海风吹吹</b><p>做了两年数据标注,公司说有三级证可以加点补贴,想找个正规点的班。求推荐,别推野鸡。</p></div>
<div class="post"><b>2楼 路人甲乙</b><p>先去 pjjg 那个网站查下机构有没有备案再说。</p></div>
<div class="post"><b>3楼 AI训练师报考中心(杭州)</b><p>楼主你好,我们是杭州本地的AI训练师报考中心,三级40课时,周末班,做标注两年可以直接走四级+年限的路子,具体看你证书情况。
官网 zxwl-edu点cn 上有课表,不方便打字可以加 v:zxwl 下划线 ai2026 发你简章。</p></div>
<div class="post"><b>4楼 海风吹吹</b><p>@3楼 私信你了</p></div>
<div class="post"><b>5楼 吃瓜的猫</b><p>三级要先有四级证吧,楼主注意下别被忽悠包过</p></div></div>""",
  op="U01", provider="AI训练师报考中心(杭州)",
  ids=[("domain", "zxwl-edu.cn", "zxwl-edu点cn"), ("wechat", "zxwl_ai2026", "zxwl 下划线 ai2026")],
  note="forum thread; reply 3 sells, domain and wechat written to dodge filters")

# ------------------------------------------------------------ U02 星图 / 小星老师 / 星途职培
P("notes/n-8812.html", "notes", "宝子们!零基础也能考的AI证,我整理好了👇",
  """<article class="note"><div class="author">小星老师AI证 · 杭州 · 3天前</div>
<div class="imgs"><img src="n/8812-1.jpg" alt="图1 人工智能训练师五级四级三级 报名流程"><img src="n/8812-2.jpg" alt="图2 扫码加我 薇:xingtu_laoshi 备注小绿书"><img src="n/8812-3.jpg" alt="图3 往期学员证书 打码"></div>
<h1>宝子们!零基础也能考的AI证,我整理好了👇</h1>
<p>人工智能训练师真的是今年最香的证了吧🔥 不用写代码,会用电脑就行!</p>
<p>✅ 五级四级都能报 ✅ 线上学 ✅ 考完可以申请补贴(具体看当地)</p>
<p>详细的在图2哈,平台不让发联系方式,dd 我 ☎ 一五九二零三八六四七一 也行~</p>
<p>#人工智能训练师 #AI证书 #副业 #考证</p></article>"""
  + comments(("momo", "求资料"), ("小星老师AI证", "已私"), ("阿狸不吃梨", "想问补贴多少钱"),
             ("lily要上岸", "求带!我薇 lily_2046")),
  op="U02", provider="小星老师AI证",
  ids=[("wechat", "xingtu_laoshi", "xingtu_laoshi"), ("phone", "+8615920386471", "一五九二零三八六四七一")],
  note="notes post told partly in images; wechat in alt text, phone in Chinese numerals")
P("video/v-5531.html", "video", "【直播回放】星图数标学院 | 人工智能训练师报考答疑 第12场",
  """<div class="player"><video poster="v/5531.jpg"></video><p class="alt">封面:星图数标学院 AI训练师 直播答疑</p></div>
<h1>【直播回放】星图数标学院 | 人工智能训练师报考答疑 第12场</h1>
<p class="meta">@星图数标学院 · 直播时长 01:42:10 · 观看 2.3万</p>
<div class="transcript"><h3>回放字幕节选</h3>
<p>[00:03:12] 好,欢迎新进直播间的家人们,点点关注,今天还是讲AI训练师怎么报。</p>
<p>[00:15:40] 五级是入门,四级是中级,有标注经验的家人可以直接冲四级。</p>
<p>[00:38:05] 报名的家人加我们小助理,V X 是 xingtu_laoshi,星图的星图,老师的拼音。</p>
<p>[01:10:22] 资料都在Q群 736 158 204,进群看群文件。</p></div>"""
  + comments(("用户88120", "主播考点在哪"), ("星图数标学院", "各地都有合作考点"),
             ("lily要上岸", "加了,薇 lily_2046 求通过")),
  op="U02", provider="星图数标学院",
  ids=[("wechat", "xingtu_laoshi", "xingtu_laoshi"), ("qq_group", "736158204", "736 158 204")],
  note="livestream replay page with transcript; wechat spelled in speech, QQ group spaced")
P("qun/notice-02.html", "qun", "群公告|星图AI训练师备考3群",
  """<div class="group"><h1>星图AI训练师备考3群</h1><p class="gmeta">群号 736158204 · 成员 487/500 · 群主:星图-小星</p>
<div class="notice"><h3>📢 群公告(置顶)</h3>
<p>1. 本群为星图数标学院学员群,本月四级认定考试报名截止本周五,需要报名的私聊群主或打 159-2038-6471。</p>
<p>2. 群满后请加新群,群号见群文件。</p>
<p>3. 禁止发广告,发现直接踢。有疑问可先看官方查询平台 zscx.osta.org.cn。</p></div>
<div class="notice"><h3>历史公告</h3><p>五级理论题库已上传群文件,实操环境账号私聊领取。</p></div></div>""",
  op="U02", provider="星图数标学院",
  ids=[("qq_group", "736158204", "736158204"), ("phone", "+8615920386471", "159-2038-6471")],
  note="exported QQ group notice selling exam registration")
P("fenlei/post-40217.html", "fenlei", "人工智能训练师培训 四级/三级 考试报名 可补贴",
  """<div class="post"><h1>人工智能训练师培训 四级/三级 考试报名 可补贴</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>杭州-西湖</td></tr>
<tr><td>联系人</td><td>星途职培 周老师</td></tr><tr><td>电话</td><td>159 2038 6471</td></tr></table>
<p>本机构长期招收人工智能训练师学员,线上课程+集中认定,本期认定批次号:13320261015,名额有限。
有一年相关工作经历的可报五级,做过数据标注的优先。</p>
<p>联系我时请说是在同城易帖看到的,谢谢!</p></div>""",
  op="U02", provider="星途职培",
  ids=[("phone", "+8615920386471", "159 2038 6471")],
  note="classifieds post; batch number looks like a phone (decoy)")

# ------------------------------------------------------------ U03 鲸算 / 蓝鲸AI学堂
P("wenda/q-1187.html", "wenda", "人工智能训练师证书在深圳哪里考?需要什么条件?",
  """<div class="q"><h1>人工智能训练师证书在深圳哪里考?需要什么条件?</h1><p class="asker">提问者:匿名用户 · 2026-10-08</p></div>
<div class="a"><b>蓝鲸AI学堂</b> <span>采纳率 62%</span>
<p>深圳这边是由备案的评价机构组织认定的,不是人社局直接考。五级要求相关工作满一年,四级要五级证+年限或者技校毕业。</p>
<p>我们这边每月开班,学完统一安排到南山鉴定站考(鉴定站电话 0755-26583109 可以先问考位)。需要简章的话扣扣 2857 361 904,备注知道问问。</p></div>
<div class="a"><b>热心网友</b><p>可以先去 pjjg.osta.org.cn 查下有哪些机构能做这个。</p></div>""",
  op="U03", provider="蓝鲸AI学堂",
  ids=[("qq", "2857361904", "2857 361 904")],
  note="Q&A answer that sells; QQ spaced; quotes an assessment station number (decoy)")
P("shop/item-2210.html", "shop", "蓝鲸AI学堂 人工智能训练师五级 零基础入门课 含认定报名",
  """<div class="item"><div class="gallery"><img src="i/2210a.jpg" alt="蓝鲸AI学堂 课程海报"></div>
<h1>蓝鲸AI学堂 人工智能训练师五级 零基础入门课 含认定报名</h1>
<p class="price">¥1980 已售 96</p><p>店铺:蓝鲸AI学堂</p>
<div class="desc"><p>60课时录播+每周直播答疑,结课统一安排深圳南山鉴定站认定(0755-26583109)。</p>
<p>客服QQ:2857361904 · 电话 +86 181 2460 7753</p>
<p>证书样本编号 S000044190012253000187,可在官方平台查询。</p></div></div>"""
  + comments(("买家_2231", "课程还行,题库有点旧"), ("店家回复", "已更新2026版")),
  op="U03", provider="蓝鲸AI学堂",
  ids=[("qq", "2857361904", "2857361904"), ("phone", "+8618124607753", "+86 181 2460 7753")],
  note="marketplace item of U03")
P("corp/jingsuan/index.html", "corp", "首页",
  f"""<div class="banner"><img src="img/js-banner.jpg" alt="鲸算 人工智能训练师 认定培训"></div>
<h1>鲸算人工智能培训</h1>
<p>深圳市鲸算教育科技有限公司,人工智能训练师、数据标注员职业技能培训。合作评价机构均在人社部门备案,证书信息可登录广东省职业技能鉴定指导中心 www.gdosta.org.cn 或 zscx.osta.org.cn 查询。</p>
<h2>开班信息</h2><p>五级 ¥1980 / 四级 ¥2980 / 三级 ¥3980,每月中旬开班。</p>
<h2>联系我们</h2><p>热线:181-2460-7753 · 网址:jingsuan-ai.com</p>
<p>统一社会信用代码:{C_U03}</p>
<p class="placeholder">公司地址:请在后台填写公司地址 · 邮箱:yourname@example.com</p>""",
  op="U03", provider="鲸算人工智能培训",
  ids=[("phone", "+8618124607753", "181-2460-7753"), ("domain", "jingsuan-ai.com", "jingsuan-ai.com"),
       ("uscc", C_U03, C_U03)],
  note="one-page company site with unedited template placeholders")
P("notes/n-9035.html", "notes", "深圳考AI训练师的姐妹看过来|我的报班经历",
  """<article class="note"><div class="author">鲸算AI小助手 · 深圳 · 1周前</div>
<div class="imgs"><img src="n/9035-1.jpg" alt="课表截图"><img src="n/9035-2.jpg" alt="官网 jingsuan-ai(点)com 扫码预约"></div>
<h1>深圳考AI训练师的姐妹看过来|我的报班经历</h1>
<p>之前一直在纠结要不要考人工智能训练师,后来在鲸算报了四级班,老师讲得很细,实操就是标注+质检。</p>
<p>需要了解的姐妹可以直接call 幺八幺二四六零七七五三,说小绿书来的有优惠💰</p>
<p>#深圳考证 #人工智能训练师 #数据标注</p></article>"""
  + comments(("Cc", "这是广告吧"), ("鲸算AI小助手", "真实分享哈")),
  op="U03", provider="鲸算AI小助手",
  ids=[("domain", "jingsuan-ai.com", "jingsuan-ai(点)com"), ("phone", "+8618124607753", "幺八幺二四六零七七五三")],
  note="soft-ad note posing as experience; phone with 幺 homophone digits")

# ------------------------------------------------------------ U04 码上标注 / 老陈带你考AI证
P("video/v-6027.html", "video", "老陈带你考AI证|三分钟讲清人工智能训练师怎么报",
  """<div class="player"><video poster="v/6027.jpg"></video><p class="alt">封面文字:AI训练师 怎么报?主页有薇 chen-ai-zheng</p></div>
<h1>老陈带你考AI证|三分钟讲清人工智能训练师怎么报</h1>
<p class="meta">@老陈带你考AI证 · 点赞 1.1万 · 评论 836</p>
<p class="desc">家人们想考证的看主页📍 #人工智能训练师 #考证 #数据标注</p>"""
  + comments(("小鱼干", "陈老师能报三级吗"), ("老陈带你考AI证", "看你之前证书,私我"),
             ("lily要上岸", "求带 薇 lily_2046")),
  op="U04", provider="老陈带你考AI证",
  ids=[("wechat", "chen-ai-zheng", "chen-ai-zheng")],
  note="short-video page; wechat only in cover text")
P("bbs/thread-4417.html", "bbs", "【招生】码上标注工作室 AI训练师四级班 本月开课",
  """<div class="thread"><h1>【招生】码上标注工作室 AI训练师四级班 本月开课</h1>
<div class="post"><b>楼主 码上标注-陈</b><p>工作室做数据标注外包五年了,现带AI训练师四级班,实操全部用真实项目数据。
学完安排认定,考点和批次会提前通知。</p>
<p>报名电话 177 5138 6204 陈老师,资料发邮箱也行 chen.biaozhu@126.com</p></div>
<div class="post"><b>2楼 打工人小王</b><p>多少钱</p></div>
<div class="post"><b>3楼 码上标注-陈</b><p>@打工人小王 2980含考务,私聊</p></div>
<div class="post"><b>4楼 lily要上岸</b><p>有五级吗 我薇 lily_2046</p></div></div>""",
  op="U04", provider="码上标注工作室",
  ids=[("phone", "+8617751386204", "177 5138 6204"), ("email", "chen.biaozhu@126.com", "chen.biaozhu@126.com")],
  note="forum recruiting thread")
P("fenlei/post-40388.html", "fenlei", "AI训练师 数据标注 培训考证一条龙 老陈",
  """<div class="post"><h1>AI训练师 数据标注 培训考证一条龙 老陈</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>苏州-工业园区</td></tr>
<tr><td>联系人</td><td>陈先生</td></tr><tr><td>电话</td><td>①⑦⑦⑤①③⑧⑥②⓪④</td></tr></table>
<p>有标注基础的直接上四级,没基础的先五级。V❤ chen-ai-zheng(加时说明来意)</p></div>""",
  op="U04", provider="老陈",
  ids=[("phone", "+8617751386204", "①⑦⑦⑤①③⑧⑥②⓪④"), ("wechat", "chen-ai-zheng", "chen-ai-zheng")],
  note="classifieds post; phone in circled digits")

# ------------------------------------------------------------ U05 瀚章
P("qun/chat-05.html", "qun", "聊天记录存档|AI证咨询(私聊导出)",
  """<div class="chat"><h1>聊天记录:瀚章-李老师 与 用户“晴天”</h1>
<p class="m"><b>晴天 20:13</b> 你好,我想问一下人工智能训练师四级要多久能拿证</p>
<p class="m"><b>瀚章-李老师 20:14</b> 您好~正常一个半月左右,学完统一考,理论和实操都是机考</p>
<p class="m"><b>晴天 20:15</b> 我没工作经验可以吗</p>
<p class="m"><b>瀚章-李老师 20:16</b> 可以先报五级,有的情况也可以直接四级,我们这边帮您审核材料</p>
<p class="m"><b>瀚章-李老师 20:16</b> 我微信 hanzhang888edu ,或者打 136 9215 7408 详细说</p>
<p class="m"><b>瀚章-李老师 20:17</b> 考点一般在深圳南山鉴定站 0755-26583109 那边</p>
<p class="m"><b>晴天 20:20</b> 好的我加你</p></div>""",
  op="U05", provider="瀚章-李老师",
  ids=[("wechat", "hanzhang888edu", "hanzhang888edu"), ("phone", "+8613692157408", "136 9215 7408")],
  note="chat transcript written out as text")
P("wenda/q-1203.html", "wenda", "人工智能训练师四级没有五级证可以直接考吗?",
  """<div class="q"><h1>人工智能训练师四级没有五级证可以直接考吗?</h1><p class="asker">提问者:晴天 · 2026-09-21</p></div>
<div class="a"><b>瀚章教育顾问</b> <span>回答 212</span>
<p>按标准一般是五级证+年限,或者技工学校相关专业毕业。具体能不能直接报要看你的学历和工作证明,可以把情况发过来帮你看,威信 hanzhang 888 edu(中间没空格)。</p></div>
<div class="a"><b>过来人</b><p>别信能直接跳级的,我同事就被坑了</p></div>""",
  op="U05", provider="瀚章教育",
  ids=[("wechat", "hanzhang888edu", "hanzhang 888 edu")],
  note="Q&A answer selling; wechat spaced with homophone 威信")
P("shop/item-2388.html", "shop", "瀚章教育 人工智能训练师 四级三级 培训+认定 包含报名审核",
  f"""<div class="item"><div class="gallery"><img src="i/2388a.jpg" alt="瀚章教育 营业执照"></div>
<h1>瀚章教育 人工智能训练师 四级三级 培训+认定 包含报名审核</h1>
<p class="price">¥3280 已售 57</p><p>店铺:瀚章教育</p>
<div class="desc"><p>广州瀚章职业技能服务中心,统一社会信用代码 {C_U05_SP}</p>
<p>学员QQ群 614302957,咨询电话 13692157408。考后证书可在 zscx.osta.org.cn 查询。</p>
<p>考点:深圳南山鉴定站(0755-26583109)、广州天河考点</p></div></div>""",
  op="U05", provider="瀚章教育",
  ids=[("uscc", C_U05, C_U05_SP), ("qq_group", "614302957", "614302957"), ("phone", "+8613692157408", "13692157408")],
  note="marketplace item; USCC written in spaced blocks")

# ------------------------------------------------------------ U06 北辰
P("corp/beichen/index.html", "corp", "学校简介",
  f"""<h1>上海市徐汇区北辰智能科技培训学校</h1>
<p>本校为经教育部门批准设立的民办培训学校,开设人工智能训练师(五级/四级/三级)职业技能培训。</p>
<p>证书查询:jndj.osta.org.cn(以评价机构发证为准)</p>
<div class="contact"><p>招生办:021-64378215</p><p>邮箱:service@bcai-px.com</p>
<p>统一社会信用代码:{C_U06}</p></div>
<p><a href="baoming.html">立即报名</a></p>""",
  op="U06", provider="上海市徐汇区北辰智能科技培训学校",
  ids=[("phone", "+862164378215", "021-64378215"), ("email", "service@bcai-px.com", "service@bcai-px.com"),
       ("uscc", C_U06, C_U06), ("domain", "bcai-px.com", "bcai-px.com")],
  note="private training school site (52 USCC)")
P("corp/beichen/baoming.html", "corp", "在线报名",
  """<h1>2026年第四期 人工智能训练师 招生报名</h1>
<p>开课时间:12月20日 · 地点:徐汇校区 · 费用:四级 ¥3600 / 三级 ¥4800</p>
<p>报名咨询:招生老师 <a href="tel:13917650243">139 1765 0243</a>(微信同号),或致电招生办 (021)6437-8215</p>
<div class="form"><p>姓名 / 手机 / 身份证号 / 报考等级 / 工作年限</p><p class="credit">本表单由 金数据 jinshuju.net 提供技术支持</p></div>""",
  op="U06", provider="北辰智能科技培训学校",
  ids=[("phone", "+8613917650243", "139 1765 0243"), ("phone", "+8613917650243", "tel:13917650243"),
       ("phone", "+862164378215", "(021)6437-8215")],
  note="school sign-up form page")
P("fenlei/post-40551.html", "fenlei", "北辰AI认证中心 人工智能训练师 周末班 徐汇",
  """<div class="post"><h1>北辰AI认证中心 人工智能训练师 周末班 徐汇</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>上海-徐汇</td></tr>
<tr><td>联系人</td><td>张老师</td></tr><tr><td>电话</td><td>139-1765-0243</td></tr></table>
<p>上海户籍及居住证积分可用,四级30分三级60分(以官方为准)。本月认定批次号:13320261015。</p></div>""",
  op="U06", provider="北辰AI认证中心",
  ids=[("phone", "+8613917650243", "139-1765-0243")],
  note="classifieds; same batch number as U02 (decoy)")
P("video/v-6140.html", "video", "【直播回放】北辰AI认证中心 人工智能训练师 积分落户怎么用",
  """<div class="player"><video poster="v/6140.jpg"></video><p class="alt">封面:北辰AI认证中心 积分直播</p></div>
<h1>【直播回放】北辰AI认证中心 人工智能训练师 积分落户怎么用</h1>
<p class="meta">@北辰AI认证中心 · 直播时长 00:58:31</p>
<div class="transcript"><p>[00:12:01] 我们在徐汇,想来面授的直接来,官网 bcai-px点com</p>
<p>[00:40:44] 报名电话我念一下,139一七六五0243,记一下哈</p></div>"""
  + comments(("上海打工人", "外地能报吗"), ("北辰AI认证中心", "可以的")),
  op="U06", provider="北辰AI认证中心",
  ids=[("domain", "bcai-px.com", "bcai-px点com"), ("phone", "+8613917650243", "139一七六五0243")],
  note="livestream replay; phone half in Chinese numerals")

# ------------------------------------------------------------ U07 启明
P("notes/n-9120.html", "notes", "数据标注转AI训练师,考证真的有用吗?(附路线)",
  """<article class="note"><div class="author">启明老师 · 成都 · 5天前</div>
<div class="imgs"><img src="n/9120-1.jpg" alt="考证路线图 五级到三级"><img src="n/9120-2.jpg" alt="vx: QM 2026 1688 备注路线"></div>
<h1>数据标注转AI训练师,考证真的有用吗?(附路线)</h1>
<p>在启明数据标注基地带了三年班,说点实在的:证不是万能的,但对标注岗晋升确实有加分。</p>
<p>我们基地四级班还有几个位置,路线和费用都在图2,需要的戳我。</p></article>"""
  + comments(("Tina", "已加"), ("lily要上岸", "我也想要路线 薇 lily_2046")),
  op="U07", provider="启明数据标注基地",
  ids=[("wechat", "qm20261688", "QM 2026 1688")],
  note="notes post; wechat spaced in image alt")
P("qun/notice-07.html", "qun", "群公告|启明AI训练师交流群",
  """<div class="group"><h1>启明AI训练师交流群</h1><p class="gmeta">成员 212 · 群主:启明老师</p>
<div class="notice"><h3>📢 群公告</h3><p>新进群的同学先改备注:城市+报考等级。</p>
<p>报名、缴费问题统一私聊群主 企鹅3370281645 或 vx QM20261688,其他人私聊你要钱的一律是骗子!</p>
<p>遇到问题可拨打人社服务热线 12333 咨询政策。</p></div></div>""",
  op="U07", provider="启明老师",
  ids=[("qq", "3370281645", "3370281645"), ("wechat", "qm20261688", "QM20261688")],
  note="group notice")
P("bbs/thread-4580.html", "bbs", "成都人工智能训练师四级 启明基地 有人报过吗",
  """<div class="thread"><h1>成都人工智能训练师四级 启明基地 有人报过吗</h1>
<div class="post"><b>楼主 锦里的风</b><p>小绿书看到的,想问问真实情况</p></div>
<div class="post"><b>2楼 启明-教务</b><p>你好,我是启明的教务,欢迎来基地实地看,qq 3370 2816 45,电话 186 6209 4375。</p></div>
<div class="post"><b>3楼 锦里的风</b><p>好的谢谢</p></div></div>""",
  op="U07", provider="启明-教务",
  ids=[("qq", "3370281645", "3370 2816 45"), ("phone", "+8618662094375", "186 6209 4375")],
  note="forum thread where seller's staff replies")

# ------------------------------------------------------------ U08 优证达 / 证达学堂 / AI证快速通
P("shop/item-2506.html", "shop", "证达学堂 人工智能训练师 三级 速通班 题库+押题+考试安排",
  """<div class="item"><div class="gallery"><img src="i/2506a.jpg" alt="证达学堂 三级速通"></div>
<h1>证达学堂 人工智能训练师 三级 速通班 题库+押题+考试安排</h1>
<p class="price">¥3980 已售 238</p><p>店铺:证达学堂官方店</p>
<div class="desc"><p>不会的题直接背,押题命中率高!考前一对一辅导。</p>
<p>售后加微 zhengda-kf · 学习平台 www.zhengda-ai.cn</p>
<p>证书样本 S000044190012253000187</p></div></div>"""
  + comments(("买家_0091", "三级要四级证吗,客服说不用?"), ("店家回复", "以审核结果为准哦")),
  op="U08", provider="证达学堂",
  ids=[("wechat", "zhengda-kf", "zhengda-kf"), ("domain", "zhengda-ai.cn", "www.zhengda-ai.cn")],
  note="marketplace item; same sample certificate number as U03 (decoy)")
P("wenda/q-1250.html", "wenda", "AI训练师三级证书一般多少钱?",
  """<div class="q"><h1>AI训练师三级证书一般多少钱?</h1><p class="asker">提问者:匿名 · 2026-11-02</p></div>
<div class="a"><b>优证达人工智能</b><p>培训加认定一般三四千,我们三级速通班3980,资料可以发你邮箱,
或者你发需求到 zhengda_kf(at)outlook.com,看到回复。</p></div>
<div class="a"><b>网友</b><p>先查补贴政策,三级最多能补2000左右</p></div>""",
  op="U08", provider="优证达人工智能",
  ids=[("email", "zhengda_kf@outlook.com", "zhengda_kf(at)outlook.com")],
  note="Q&A answer; email with (at)")
P("video/v-6233.html", "video", "AI证快速通|三级证书速通攻略",
  """<div class="player"><video poster="v/6233.jpg"></video><p class="alt">封面:三级速通 加V zhengda-kf</p></div>
<h1>AI证快速通|三级证书速通攻略</h1>
<p class="meta">@AI证快速通 · 点赞 4520</p>
<p class="desc">想要速通的家人私信或者直接电话 153 6621 8094 #人工智能训练师 #考证</p>"""
  + comments(("阿飞", "真的能速通?"), ("AI证快速通", "私")),
  op="U08", provider="AI证快速通",
  ids=[("wechat", "zhengda-kf", "zhengda-kf"), ("phone", "+8615366218094", "153 6621 8094")],
  note="short video page")
P("notes/n-9207.html", "notes", "30天拿下人工智能训练师三级,我是怎么做到的",
  """<article class="note"><div class="author">证达学堂-Amy · 广州 · 2周前</div>
<div class="imgs"><img src="n/9207-1.jpg" alt="证书打码"><img src="n/9207-2.jpg" alt="学习计划表"></div>
<h1>30天拿下人工智能训练师三级,我是怎么做到的</h1>
<p>跟着证达学堂的速通班,每天两小时,最后一周押题。想要学习计划表的可以邮件 zhengda_kf@outlook.com 或打 +86-153-6621-8094。</p></article>"""
  + comments(("lily要上岸", "求计划表 薇 lily_2046"), ("证达学堂-Amy", "已发")),
  op="U08", provider="证达学堂-Amy",
  ids=[("email", "zhengda_kf@outlook.com", "zhengda_kf@outlook.com"), ("phone", "+8615366218094", "+86-153-6621-8094")],
  note="notes post selling speed course")

# ------------------------------------------------------------ U09 众创
P("fenlei/post-40702.html", "fenlei", "众创职培 长沙 人工智能训练师/数据标注员 培训报名",
  f"""<div class="post"><h1>众创职培 长沙 人工智能训练师/数据标注员 培训报名</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>长沙-岳麓</td></tr>
<tr><td>联系人</td><td>刘老师</td></tr><tr><td>电话</td><td>18907315562</td></tr></table>
<p>长沙众创技能服务部(营业执照 {C_U09}),人工智能训练师五级/四级,晚班周末班均有。</p></div>""",
  op="U09", provider="众创职培",
  ids=[("phone", "+8618907315562", "18907315562"), ("uscc", C_U09, C_U09)],
  note="classifieds post of a sole proprietor (92 USCC)")
P("bbs/thread-4702.html", "bbs", "长沙有一起考AI训练师的吗?组队报班便宜",
  f"""<div class="thread"><h1>长沙有一起考AI训练师的吗?组队报班便宜</h1>
<div class="post"><b>楼主 众创-刘</b><p>长沙众创技能服务部,组满5人团报优惠500。电话 189-0731-5562,团报群 829-417-530。</p>
<p>本期认定批次号:13320261015。执照 {C_U09.lower()}</p></div>
<div class="post"><b>2楼 星城小李</b><p>已加群</p></div></div>""",
  op="U09", provider="众创技能服务部",
  ids=[("phone", "+8618907315562", "189-0731-5562"), ("qq_group", "829417530", "829-417-530"),
       ("uscc", C_U09, C_U09.lower())],
  note="forum post; USCC in lowercase")
P("qun/notice-09.html", "qun", "群公告|众创AI训练师团报群",
  """<div class="group"><h1>众创AI训练师团报群</h1><p class="gmeta">群号 829417530 · 成员 61</p>
<div class="notice"><h3>📢 群公告</h3><p>第3期团报已满,第4期开始登记,交费找刘老师 微 zhongchuang_px。</p>
<p>考前一周发模拟题,别外传。</p></div></div>""",
  op="U09", provider="众创",
  ids=[("qq_group", "829417530", "829417530"), ("wechat", "zhongchuang_px", "zhongchuang_px")],
  note="group notice")

# ------------------------------------------------------------ independents
P("shop/item-2612.html", "shop", "智能标注实训营 人工智能训练师五级 实训+认定",
  """<div class="item"><div class="gallery"><img src="i/2612a.jpg" alt="实训营 课程表"></div>
<h1>智能标注实训营 人工智能训练师五级 实训+认定</h1>
<p class="price">¥1680 已售 33</p><p>店铺:智能标注实训营</p>
<div class="desc"><p>适合有一年以上标注/客服工作经历的同学报五级。考点深圳南山鉴定站 0755-26583109。</p>
<p>咨询:133-1657-2049(微信 biaozhu_camp),证书 zscx.osta.org.cn 可查。</p></div></div>""",
  op="I01", provider="智能标注实训营",
  ids=[("phone", "+8613316572049", "133-1657-2049"), ("wechat", "biaozhu_camp", "biaozhu_camp")],
  note="independent marketplace seller")
P("bbs/thread-4815.html", "bbs", "分享下我的AI训练师四级备考资料",
  """<div class="thread"><h1>分享下我的AI训练师四级备考资料</h1>
<div class="post"><b>楼主 吴老师AI</b><p>整理了四级理论题库和实操样例,顺便说下,我这边也带四级班,包报名审核和考务,有需要加 aitrainer_wu 。</p></div>
<div class="post"><b>2楼 lily要上岸</b><p>求题库!薇 lily_2046</p></div></div>""",
  op="I02", provider="吴老师AI",
  ids=[("wechat", "aitrainer_wu", "aitrainer_wu")],
  note="forum 'sharing' post that sells")
P("wenda/q-1302.html", "wenda", "有没有人工智能训练师线上培训推荐?",
  """<div class="q"><h1>有没有人工智能训练师线上培训推荐?</h1><p class="asker">提问者:小透明 · 2026-11-20</p></div>
<div class="a"><b>知行AI</b><p>推荐我们知行AI,全程线上,认定考试统一安排。QQ:1547983260</p></div>""",
  op="I03", provider="知行AI",
  ids=[("qq", "1547983260", "1547983260")],
  note="Q&A answer, independent")
P("notes/n-9311.html", "notes", "学姐带考|人工智能训练师四级经验+报班",
  """<article class="note"><div class="author">小鹿学姐 · 武汉 · 4天前</div>
<div class="imgs"><img src="n/9311-1.jpg" alt="我的证书 打码"><img src="n/9311-2.jpg" alt="带考 扫码 xiaolu_xuejie"></div>
<h1>学姐带考|人工智能训练师四级经验+报班</h1><p>今年考过四级,现在也在帮机构招学员,想报的加我(图2)。</p></article>""",
  op="I04", provider="小鹿学姐",
  ids=[("wechat", "xiaolu_xuejie", "xiaolu_xuejie")],
  note="notes post; wechat in image alt only")
P("video/v-6350.html", "video", "AI课堂阿杰|人工智能训练师五级 一节课讲完",
  """<div class="player"><video poster="v/6350.jpg"></video><p class="alt">封面:五级一节课</p></div>
<h1>AI课堂阿杰|人工智能训练师五级 一节课讲完</h1>
<p class="meta">@AI课堂阿杰 · 点赞 880</p><p class="desc">报班咨询 198 5174 2036</p>"""
  + comments(("路过", "讲得不错")),
  op="I05", provider="AI课堂阿杰",
  ids=[("phone", "+8619851742036", "198 5174 2036")],
  note="short video, independent")
P("fenlei/post-40833.html", "fenlei", "宏远培训 人工智能训练师 考证培训 杭州",
  """<div class="post"><h1>宏远培训 人工智能训练师 考证培训 杭州</h1>
<table class="kv"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>杭州-拱墅</td></tr>
<tr><td>电话</td><td>0571-86295307</td></tr></table>
<p>宏远培训常年开设人工智能训练师五级/四级,报名邮箱 hongyuan_px@sina.com。</p></div>""",
  op="I06", provider="宏远培训",
  ids=[("phone", "+8657186295307", "0571-86295307"), ("email", "hongyuan_px@sina.com", "hongyuan_px@sina.com")],
  note="classifieds, independent")

# ------------------------------------------------------------ non-offer pages
SCAM_PHONE = "170 8956 4213"
P("news/warning.html", "news", "警惕!“包过”人工智能训练师证书骗局又出新花样",
  f"""<article><h1>警惕!“包过”人工智能训练师证书骗局又出新花样</h1><p class="meta">今日职教网 曝光台 · 2026-11-15</p>
<p>近日,多名读者反映,有人以“免培训、包通过、人社部颁发”为噱头,兜售人工智能训练师三级、二级证书,收费后失联。
读者提供的对方手机号为 {SCAM_PHONE},微信号 kaozheng_vip88,一名读者的订单号为 15820260412。</p>
<p>记者提醒:人工智能训练师证书属于职业技能等级证书,由在人社部门备案的评价机构颁发,可在技能人才评价证书全国联网查询
zscx.osta.org.cn 核验。遇到虚假宣传可拨打 12315 投诉,政策咨询可拨打 12333。</p></article>""",
  note="news warning quoting a scammer's phone/wechat and an order number")
P("news/shanghai.html", "news", "上海去年人工智能训练师认定1.63万人次",
  """<article><h1>上海去年人工智能训练师认定1.63万人次</h1><p class="meta">今日职教网 · 2026-01-26</p>
<p>据新华社报道,2025年上海人工智能训练师职业共评价1.63万人次,发证1.09万张。该职业已列入上海急需紧缺高技能人才职业目录。</p>
<p>市民可通过 osta.mohrss.gov.cn 查询备案评价机构。</p></article>""",
  note="news report, policy only")
P("bbs/thread-4901.html", "bbs", "【避坑】交了4800说包过三级,现在人找不到了",
  f"""<div class="thread"><h1>【避坑】交了4800说包过三级,现在人找不到了</h1>
<div class="post"><b>楼主 被坑的小白</b><p>对方说免培训直接拿AI训练师三级,人社部颁发。手机 17089564213,微信 kaozheng_vip88,订单号 15820260412。
已经打了12315和12345,大家千万别信。</p></div>
<div class="post"><b>2楼 老版主</b><p>先去 zscx.osta.org.cn 查证书,查不到就是假的。</p></div></div>""",
  note="complaint thread quoting scammer contacts")
P("notes/n-9400.html", "notes", "考完人工智能训练师四级的真实感受(无广)",
  """<article class="note"><div class="author">阿柚 · 南京 · 1周前</div>
<h1>考完人工智能训练师四级的真实感受(无广)</h1>
<p>单位统一组织的,没交钱。理论+实操,实操就是标注和质检。不推荐任何机构,有疑问打12333或12345问当地人社。</p></article>""",
  note="learner's experience post, no seller")
P("fenlei/job-8812.html", "fenlei", "招聘 数据标注员 5人 要求有人工智能训练师证优先",
  """<div class="post"><h1>招聘 数据标注员 5人 要求有人工智能训练师证优先</h1>
<table class="kv"><tr><td>类别</td><td>招聘</td></tr><tr><td>薪资</td><td>5000-7000</td></tr><tr><td>公司</td><td>某数据科技公司</td></tr></table>
<p>岗位职责:图像/文本标注、质检。有人工智能训练师四级证优先。投递请走平台在线简历。</p></div>""",
  note="job ad, not an offer")
P("shop/item-2700.html", "shop", "健康管理师 备考全程班",
  """<div class="item"><h1>健康管理师 备考全程班</h1><p class="price">¥1280</p><p>店铺:康途教育</p>
<div class="desc"><p>健康管理师三级 全程班,含题库。咨询请走平台客服。</p></div></div>""",
  note="another occupation's course")
P("shop/help.html", "shop", "帮助中心|如何辨别职业技能证书课程",
  """<div class="help"><h1>帮助中心|如何辨别职业技能证书课程</h1>
<p>1. 职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询。</p>
<p>2. 商家承诺“包过”属于违规宣传,可向平台客服或 12315 投诉。</p></div>""",
  note="marketplace help page")
P("wenda/q-1100.html", "wenda", "人工智能训练师是国家职业资格证书吗?",
  """<div class="q"><h1>人工智能训练师是国家职业资格证书吗?</h1></div>
<div class="a"><b>政策小百科</b><p>不是。人工智能训练师(4-04-05-05)是2020年新职业,现在发的是职业技能等级证书,由备案评价机构颁发,
可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询;广东可看 www.gdosta.org.cn。政策咨询打12333。</p></div>""",
  note="policy explanation only")

# index pages
SECTION_TITLES = {"bbs": "职考论坛 - 考证交流", "wenda": "知道问问 - 考证", "shop": "优学集市 - 职业技能",
                  "video": "抖映 - 知识", "notes": "小绿书 - 职场学习", "fenlei": "同城易帖 - 培训",
                  "qun": "群小助 - 群公告", "news": "今日职教网 - 首页"}
for st in SECTION_TITLES:
    P(STYLES[st]["idx"], st, SECTION_TITLES[st], "", note="section index/list page")


def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    by_style = {}
    for p in PAGES:
        by_style.setdefault(p["style"], []).append(p)
    for st, lst in by_style.items():
        if st == "corp":
            continue
        idxp = next(p for p in lst if p["path"] == STYLES[st]["idx"])
        items = [p for p in lst if p is not idxp]
        idxp["body"] = "<h1>%s</h1><ul class=\"list\">%s</ul>" % (SECTION_TITLES[st], "".join(
            '<li><a href="%s">%s</a></li>' % (rel(idxp["path"], q["path"]), q["title"]) for q in items))
    corp_links = {"corp/zxwl/index.html": "智训未来教育", "corp/jingsuan/index.html": "鲸算人工智能培训",
                  "corp/beichen/index.html": "北辰智能科技培训学校"}
    out = {}
    for p in PAGES:
        sib = by_style[p["style"]] if p["style"] != "corp" else []
        out[p["path"]] = render(p, [q for q in sib if q["path"] != STYLES[p["style"]]["idx"]] if sib else [])
    links = "".join('<li><a href="%s">%s</a></li>' % (STYLES[s]["idx"], STYLES[s]["name"]) for s in SECTION_TITLES)
    links += "".join('<li><a href="%s">%s</a></li>' % (h, n) for h, n in corp_links.items())
    out["index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职教网址导航</title></head>
<body><header><h1>职教网址导航</h1></header>
<main><h2>常用站点</h2><ul>{links}</ul>
<h2>官方查询</h2><p>技能人才评价证书全国联网查询(请自行在浏览器输入官方网址)</p></main>
<footer>网址导航仅收录链接,不对站点内容负责</footer></body></html>
"""
    for path, html in out.items():
        fp = os.path.join(SITE, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="root link directory")]
    for p in PAGES:
        pages.append(dict(path="/" + p["path"], is_offer=p["op"] is not None, operator=p["op"],
                          provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    ops = {
        "U01": (["杭州智训未来教育科技有限公司", "智训未来教育", "未来智训AI训练师旗舰店", "AI训练师报考中心(杭州)"],
                "phone +8613857124619, wechat zxwl_ai2026, domain zxwl-edu.cn"),
        "U02": (["小星老师AI证", "星图数标学院", "星途职培"], "wechat xingtu_laoshi, QQ group 736158204, phone +8615920386471"),
        "U03": (["蓝鲸AI学堂", "鲸算人工智能培训", "鲸算AI小助手"], "QQ 2857361904, phone +8618124607753, domain jingsuan-ai.com"),
        "U04": (["老陈带你考AI证", "码上标注工作室", "老陈"], "wechat chen-ai-zheng, phone +8617751386204"),
        "U05": (["瀚章-李老师", "瀚章教育"], "wechat hanzhang888edu, phone +8613692157408"),
        "U06": (["上海市徐汇区北辰智能科技培训学校", "北辰智能科技培训学校", "北辰AI认证中心"],
                "phone +862164378215, mobile +8613917650243, domain bcai-px.com"),
        "U07": (["启明数据标注基地", "启明老师", "启明-教务"], "wechat qm20261688, QQ 3370281645"),
        "U08": (["证达学堂", "优证达人工智能", "AI证快速通", "证达学堂-Amy"], "wechat zhengda-kf, email zhengda_kf@outlook.com, phone +8615366218094"),
        "U09": (["众创职培", "众创技能服务部", "众创"], "phone +8618907315562, USCC, QQ group 829417530"),
        "I01": (["智能标注实训营"], "single page"), "I02": (["吴老师AI"], "single page"),
        "I03": (["知行AI"], "single page"), "I04": (["小鹿学姐"], "single page"),
        "I05": (["AI课堂阿杰"], "single page"), "I06": (["宏远培训"], "single page"),
    }
    decoy_specs = [
        ("phone", "12333", ["12333"], "人社 national hotline"),
        ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
        ("phone", "12345", ["12345"], "government service hotline"),
        ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query domain quoted by many sellers"),
        ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
        ("domain", "gdosta.org.cn", ["www.gdosta.org.cn"], "provincial 鉴定指导中心 domain"),
        ("phone", "+864008263517", ["400-826-3517"], "marketplace customer-service hotline in shop frame"),
        ("email", "kefu@youxuejishi.com", ["kefu@youxuejishi.com"], "marketplace e-mail in shop frame"),
        ("uscc", C_SHOP, [C_SHOP], "marketplace operator's USCC in shop frame"),
        ("domain", "youxuejishi.com", ["youxuejishi.com"], "marketplace's own domain"),
        ("other", "粤ICP备2021088306号", ["粤ICP备2021088306号"], "marketplace ICP licence"),
        ("qq_group", "512087346", ["512087346"], "forum's staff QQ group in forum frame"),
        ("email", "admin@zhikaoluntan.net", ["admin@zhikaoluntan.net"], "forum admin e-mail"),
        ("phone", "+864006901158", ["400-690-1158"], "classifieds platform hotline"),
        ("email", "jubao@douying.tv", ["jubao@douying.tv"], "video platform report e-mail"),
        ("phone", "+864009006175", ["400-900-6175"], "video platform minors hotline"),
        ("qq_group", "287104553", ["287104553"], "group-tool vendor's own support QQ group"),
        ("email", "tousu@xiaolvshu.cn", ["tousu@xiaolvshu.cn"], "notes app complaint e-mail"),
        ("domain", "jianzhanbao.cn", ["www.jianzhanbao.cn"], "site-builder credit on company sites of U01, U03, U06"),
        ("domain", "jinshuju.net", ["jinshuju.net"], "form-tool credit on U01 and U06 sign-up pages"),
        ("phone", "+864001234567", ["400-123-4567"], "template placeholder phone on U01 and U03 sites"),
        ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail"),
        ("phone", "+8617089564213", [SCAM_PHONE, "17089564213"], "scammer phone quoted in news warning and complaint"),
        ("wechat", "kaozheng_vip88", ["kaozheng_vip88"], "scammer wechat quoted in warning and complaint"),
        ("other", "15820260412", ["15820260412"], "order number that looks like a mobile"),
        ("other", "13320261015", ["13320261015"], "assessment batch number that looks like a mobile, quoted by U02, U06, U09"),
        ("other", "S000044190012253000187", ["S000044190012253000187"], "sample certificate number copied by U03 and U08"),
        ("phone", "+8675526583109", ["0755-26583109"], "assessment station number quoted by U03, U05, I01"),
        ("wechat", "lily_2046", ["lily_2046"], "commenter's own wechat on several sellers' threads"),
    ]
    decoys = []
    for kind, value, written, note in decoy_specs:
        paths = sorted("/" + p for p, h in out.items() if any(w in h for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, paths=paths, note=note))
    truth = dict(description="12bd: casual, filter-dodging AI-trainer sellers across 9 site styles (images/alt, homophones, group notices, chats, livestreams)",
                 pages=sorted(pages, key=lambda x: x["path"]),
                 operators={k: dict(brands=v[0], ties=v[1]) for k, v in ops.items()},
                 decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
