#!/usr/bin/env python3
"""12bn: a fictional 洛阳 web of WeChat-article mirrors, mini-program course cards and
sellers' notices to their own students/groups, around 人工智能训练师 certificates.
Standard library only, deterministic. Writes site/ and truth.json next to this file."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

PAGES = {}   # path -> html
TRUTH = []   # page records
LINKS = {}   # site key -> list of (path, title)

# ---------------------------------------------------------------- decoys
# value -> record; "written" forms; paths filled as pages use them
DECOYS = {}


def decoy(kind, value, note):
    DECOYS[value] = {"kind": kind, "value": value, "note": note, "written": [], "paths": []}


def D(value, written, path):
    """Use decoy `value` on page `path`, written as `written`; returns the text."""
    d = DECOYS[value]
    if written not in d["written"]:
        d["written"].append(written)
    if path not in d["paths"]:
        d["paths"].append(path)
    return written


decoy("phone", "12333", "人社部门公共服务热线，卖家和官方页面都在引用")
decoy("phone", "12315", "市场监管投诉热线，投诉帖与警示文章引用")
decoy("phone", "12345", "政务服务便民热线，投诉与新闻引用")
decoy("domain", "jndj.osta.org.cn", "官方职业技能等级证书查询网址，印在每张证书上，卖家普遍引用")
decoy("domain", "zscx.osta.org.cn", "技能人才评价证书全国联网查询，官方查询入口")
decoy("domain", "pjjg.osta.org.cn", "官方评价机构名录，政策解读和卖家都引用")
decoy("phone", "0379-63185500", "河洛文摘镜像站页脚客服电话，每篇转载都带")
decoy("email", "jubao@heluowz.cn", "河洛文摘镜像站页脚举报邮箱")
decoy("domain", "heluowz.cn", "河洛文摘镜像站自身域名，出现在页脚")
decoy("domain", "qingyeh5.com", "轻页H5 建站/表单工具的技术支持署名")
decoy("phone", "4008261177", "轻页H5 平台客服电话，出现在每个通知页页脚")
decoy("qq", "800061279", "课栈小程序平台的官方客服QQ，卡片页框架自带")
decoy("qq_group", "213456789", "河洛社区站务QQ群，论坛每页页脚")
decoy("other", "豫B2-20190417", "同城分类网站增值电信业务经营许可证号，页脚")
decoy("domain", "qizhantong.com", "企站通建站平台署名，托管的企业官网页脚")
decoy("phone", "4001402108", "快看短视频平台举报/客服电话，视频页框架")
decoy("phone", "+8613800000000", "课程卡片模板占位号码，卖家没有替换")
decoy("email", "example@qq.com", "通知页模板里的占位邮箱")
decoy("phone", "+8615037986621", "人社警示与投诉帖里引用的骗子号码，不属于任何在售卖家")
decoy("domain", "zgzyjn-cx.com", "被通报的假冒证书查询网站，警示和新闻引用")
decoy("other", "S000041030001253000128", "各家广告共用的证书样本图上的证书编号")
decoy("other", "9787516753217", "官方教材ISBN，多家卖家都写")
decoy("phone", "0379-63216688", "市技能人才评价服务中心（考点）电话，无关卖家都引用")
decoy("uscc", "91410100MA3XQN7B17", "多家机构合作的同一评价机构（发证单位）的信用代码")
decoy("wechat", "lyxiaoyu_1995", "读者在多篇文章评论区留的自己微信（找人拼团报名）")
decoy("other", "13820251103567", "买家订单号，形似手机号，出现在评论和投诉帖")
decoy("qq", "1357924680", "投诉人/提问人自己的QQ，出现在投诉帖和问答")
decoy("other", "LY-AI-2025-11", "市评价中心公布的考核批次号，多家卖家转述")

# ---------------------------------------------------------------- helpers
STYLE = """<style>body{font-family:sans-serif;margin:0;background:#f5f5f5;color:#222}
.top{background:#2b5;color:#fff;padding:8px 16px}.top a{color:#fff;margin-right:12px}
.wrap{display:flex;max-width:1000px;margin:0 auto}.main{flex:3;background:#fff;padding:16px}
.side{flex:1;padding:16px;font-size:13px}.foot{font-size:12px;color:#777;text-align:center;padding:16px}
.cmt{border-top:1px solid #eee;padding:6px 0;font-size:13px}.card{border:1px solid #ddd;border-radius:8px;padding:12px}
</style>"""


def html(title, top, main, side, foot):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title>{STYLE}</head><body>\n<div class=\"top\">{top}</div>\n"
            f"<div class=\"wrap\"><div class=\"main\">\n{main}\n</div>\n<div class=\"side\">{side}</div></div>\n"
            f"<div class=\"foot\">{foot}</div>\n</body></html>\n")


def comments(items):
    out = ["<h3>精选留言</h3>"]
    for who, text, likes in items:
        out.append(f"<div class=\"cmt\"><b>{who}</b>：{text} <span>赞 {likes}</span></div>")
    return "\n".join(out)


def related(site, path):
    items = [(p, t) for p, t in LINKS.get(site, []) if p != path][:5]
    lis = "".join(f"<li><a href=\"{p}\">{t}</a></li>" for p, t in items)
    return f"<h4>相关推荐</h4><ul>{lis}</ul>"


def ids(*triples):
    return [list(t) for t in triples]


def add(path, site, title, render, offer=None, operator=None, provider=None, identifiers=(), note=""):
    LINKS.setdefault(site, []).append((path, title))
    TRUTH.append({"path": path, "is_offer": bool(offer), "operator": operator, "provider": provider,
                  "identifiers": list(identifiers), "note": note, "_render": render, "_site": site,
                  "_title": title})


# ---------------------------------------------------------------- site frames
def frame_wx(path, title, account, date, body, cmts):
    top = ("<b>河洛文摘</b> · 微信公众号文章镜像 <a href=\"/index.html\">首页</a><a href=\"/wx/index.html\">文章列表</a>"
           "<a href=\"/wx/index.html#jy\">教育</a><a href=\"/wx/index.html#zc\">政策</a>")
    main = (f"<h1>{title}</h1><p class=\"meta\">原创 {account} · {date} · 河南</p>"
            f"<p style=\"font-size:12px;color:#999\">本文转载自微信公众号「{account}」，版权归原作者所有。</p>"
            f"{body}<p>阅读 {len(title) * 137 % 9000 + 312} · 在看 {len(title) % 40 + 3}</p>{comments(cmts)}")
    side = (f"<h4>公众号名片</h4><p>{account}</p><p>长按识别二维码关注</p>{related('wx', path)}"
            "<h4>热门标签</h4><p>考证 · 职业技能 · 洛阳本地 · 补贴</p>")
    foot = (f"河洛文摘（{D('heluowz.cn', 'heluowz.cn', path)}）仅做公众号文章的网页镜像，内容由原公众号负责。"
            f"侵权/举报：{D('jubao@heluowz.cn', 'jubao@heluowz.cn', path)} 客服电话 "
            f"{D('0379-63185500', '0379-63185500', path)}<br>豫ICP备2021003187号-1")
    return html(title + " - 河洛文摘", top, main, side, foot)


def frame_mp(path, title, shop, body, extra=""):
    top = ("<b>课栈</b> 小程序 · 课程卡片网页版 <a href=\"/index.html\">首页</a><a href=\"/mp/index.html\">全部课程</a>"
           "<a href=\"/mp/index.html#zs\">职业证书</a><a href=\"/mp/index.html#bg\">办公技能</a>")
    main = (f"<div class=\"card\"><h1>{title}</h1><p>店铺：{shop} · 已认证商家</p>{body}</div>"
            f"<p>课程咨询请点右下角「联系客服」，在线客服 9:00-21:00</p>{extra}"
            "<p><button>立即报名</button> <button>分享给好友</button> <button>收藏</button></p>")
    side = (f"<h4>同店铺课程</h4><p>更多课程请进入店铺主页</p>{related('mp', path)}"
            "<h4>平台保障</h4><p>7天无理由退款（虚拟课程除外）</p>")
    foot = (f"课栈小程序 网页预览 · 平台客服QQ {D('800061279', '800061279', path)} · 平台仅提供技术服务，课程由入驻商家提供")
    return html(title + " - 课栈", top, main, side, foot)


def frame_tz(path, title, org, body):
    top = f"<b>{org}</b> · 通知"
    main = (f"<h1>{title}</h1><p class=\"meta\">发布方：{org}</p>{body}"
            "<p>（长按保存本页，转发给需要的同学）</p>")
    side = ("<h4>报名登记</h4><p>姓名 ____ 手机 ____ 身份证号 ____</p>"
            f"<p>模板示例邮箱：{D('example@qq.com', 'example@qq.com', path)}</p>"
            f"<p><a href=\"/tz/index.html\">更多公开页面</a></p>{related('tz', path)}")
    foot = (f"本页面由 轻页H5（{D('qingyeh5.com', 'qingyeh5.com', path)}）提供技术支持 · 免费制作同款 · "
            f"平台客服 {D('4008261177', '400-826-1177', path)} · 举报不良内容")
    return html(title, top, main, side, foot)


def frame_bbs(path, title, board, author, floor1, replies):
    top = ("<b>河洛社区</b> <a href=\"/index.html\">首页</a><a href=\"/bbs/index.html\">论坛</a>"
           "<a href=\"/bbs/index.html#jy\">教育培训</a><a href=\"/bbs/index.html#ts\">消费维权</a> 登录 | 注册")
    rs = "".join(f"<div class=\"cmt\"><b>{i + 2}楼 {w}</b>：{t}</div>" for i, (w, t) in enumerate(replies))
    main = (f"<p>河洛社区 &gt; {board}</p><h1>{title}</h1>"
            f"<div class=\"cmt\"><b>楼主 {author}</b> 发表于 2025-12 <br>{floor1}</div>{rs}"
            "<p>回复 | 收藏 | 举报</p>")
    side = ("<h4>版块导航</h4><p>教育培训 · 求职招聘 · 消费维权 · 同城交友</p>"
            f"{related('bbs', path)}<h4>版规</h4><p>禁止发布办证、包过类广告，违者封号。</p>")
    foot = (f"河洛社区 · 站务QQ群 {D('213456789', '213456789', path)} · 违法和不良信息举报 · "
            "豫公网安备 41030302000417号")
    return html(title + " - 河洛社区", top, main, side, foot)


def frame_fenlei(path, title, cat, body, poster):
    top = ("<b>洛阳同城分类</b> <a href=\"/index.html\">首页</a><a href=\"/fenlei/index.html\">全部信息</a>"
           "<a href=\"/fenlei/index.html#px\">教育培训</a><a href=\"/fenlei/index.html#zp\">招聘</a>")
    main = (f"<p>洛阳同城 &gt; {cat}</p><h1>{title}</h1><p>发布人：{poster} · 浏览 2317 次 · 洛龙区</p>{body}"
            "<p style=\"color:#c00\">温馨提示：凡是要求先交费、包过、免考的均需谨慎。</p>")
    side = f"<h4>同类信息</h4>{related('fenlei', path)}<h4>发布信息</h4><p>免费发布 · 置顶推广</p>"
    foot = (f"洛阳同城分类 · 增值电信业务经营许可证 {D('豫B2-20190417', '豫B2-20190417', path)} · "
            "本站不对信息真实性负责")
    return html(title + " - 洛阳同城分类", top, main, side, foot)


def frame_ask(path, title, q, answers):
    top = "<b>洛问</b> 本地问答 <a href=\"/index.html\">首页</a><a href=\"/ask/index.html\">问题列表</a>"
    ans = "".join(f"<div class=\"cmt\"><b>{w}</b>（{tag}）<br>{t}</div>" for w, tag, t in answers)
    main = f"<h1>{title}</h1><p>{q}</p><h3>{len(answers)} 个回答</h3>{ans}<p>我来回答</p>"
    side = f"<h4>相关问题</h4>{related('ask', path)}"
    foot = "洛问 · 回答仅代表网友个人观点 · 违规内容举报"
    return html(title + " - 洛问", top, main, side, foot)


def frame_video(path, title, author, desc, cmts):
    top = "<b>快看短视频</b> 网页版 <a href=\"/index.html\">首页</a><a href=\"/video/index.html\">推荐</a> 搜索"
    main = (f"<div class=\"card\">[视频播放器] 00:00 / 01:{len(title) % 50 + 10}</div><h1>{title}</h1>"
            f"<p>@{author}</p>{desc}{comments(cmts)}")
    side = f"<h4>作者其他视频</h4>{related('video', path)}"
    foot = (f"快看短视频 · 未成年人保护 · 违法和不良信息举报电话 {D('4001402108', '400-140-2108', path)}")
    return html(title + " - 快看短视频", top, main, side, foot)


def frame_corp(path, title, name, body):
    top = (f"<b>{name}</b> <a href=\"{path}\">首页</a> <a href=\"{path}#about\">关于我们</a> "
           f"<a href=\"{path}#px\">培训项目</a> <a href=\"{path}#lx\">联系我们</a>")
    side = f"<h4>友情链接</h4><p><a href=\"/corp/index.html\">企站通 企业黄页</a></p>{related('corp', path)}"
    foot = (f"版权所有 {name} · 技术支持：企站通（{D('qizhantong.com', 'qizhantong.com', path)}）")
    return html(title, top, f"<h1>{title}</h1>{body}", side, foot)


def frame_news(path, title, body):
    top = ("<b>洛邑晚报网</b> <a href=\"/index.html\">首页</a><a href=\"/news/index.html\">本地</a>"
           "<a href=\"/news/index.html#jy\">教育</a><a href=\"/news/index.html#ms\">民生</a>")
    side = f"<h4>热点新闻</h4>{related('news', path)}"
    foot = "洛邑晚报网 · 新闻热线 0379-6077 3300 · 互联网新闻信息服务许可证"
    return html(title + " - 洛邑晚报网", top, body, side, foot)


# ---------------------------------------------------------------- pages
P = lambda *xs: "".join(f"<p>{x}</p>" for x in xs)


def build():
    # ---------------- U01 河洛智训 (honest school, prices)
    def a1(p):
        body = P("各位学员、家长：经研究，我校2026年第一期<b>人工智能训练师（数据标注员）</b>五级、四级培训班定于1月10日开班，现将有关事项通知如下。",
                 "一、培训对象：从事或准备从事数据标注、客服质检、智能设备运维的在职人员；五级需相关工作满1年或完成学徒，四级按国家职业标准申报条件执行。",
                 "二、培训安排：五级60课时，四级50课时，周末班，理论+实操（标注平台上机）。",
                 "三、费用：五级培训费1680元，四级2280元；认定考核费另按评价机构标准收取。符合条件的参保职工取证后可申请失业保险技能提升补贴（五级最高1000元、四级最高1500元），政策咨询可拨打"
                 + D("12333", "12333", p) + "。",
                 "四、证书：由备案的第三方评价机构颁发职业技能等级证书，可在 " + D("jndj.osta.org.cn", "jndj.osta.org.cn", p) + " 查询。我校不承诺“包过”。",
                 "五、报名：学校教务处，电话 0379－6088 7766（工作日），或添加招生老师微信 hlzx_ai 备注“AI训练师”。",
                 "本校统一社会信用代码：52410300MJF3K7Q2X5")
        return frame_wx(p, "河洛智训｜2026年第一期人工智能训练师开班通知", "河洛智训", "2025-12-18", body,
                        [("洛龙小陈", "去年在这考的五级，实操部分要多练标注工具。", 23),
                         ("Ada", "四级需要先有五级证吗？", 4)])
    add("/wx/s/hlzx-kaiban.html", "wx", "河洛智训｜2026年第一期人工智能训练师开班通知", a1, True, "U01", "河洛智训",
        ids(("phone", "0379-60887766", "0379－6088 7766"), ("wechat", "hlzx_ai", "hlzx_ai"),
            ("uscc", "52410300MJF3K7Q2X5", "52410300MJF3K7Q2X5")),
        "公众号开班通知（镜像转载），有价格")

    def c1(p):
        body = P("课程：人工智能训练师（五级/初级工）周末直播+线下实操",
                 "课时：60课时 · 配套教材《人工智能训练师（基础知识）》ISBN " + D("9787516753217", "978-7-5167-5321-7", p),
                 "价格：¥1680（含教材，不含认定考核费）",
                 "报名咨询：139-3798-2210（微信同号），学校座机 (0379)60887766",
                 "说明：本课程为培训服务，证书由评价机构依考核结果颁发。")
        return frame_mp(p, "人工智能训练师五级周末班（洛阳线下实操）", "智训AI学堂", body)
    add("/mp/course/zx-ai5.html", "mp", "人工智能训练师五级周末班（洛阳线下实操）", c1, True, "U01", "智训AI学堂",
        ids(("phone", "+8613937982210", "139-3798-2210"), ("wechat", "13937982210", "139-3798-2210（微信同号）"),
            ("phone", "0379-60887766", "(0379)60887766")),
        "小程序课程卡片，有价格")

    def corp1(p):
        body = ("<h2 id=\"about\">学校简介</h2>" + P(
            "洛阳河洛智训职业培训学校是经洛阳市人力资源和社会保障局批准设立的民办职业培训学校，统一社会信用代码 52410300MJF3K7Q2X5。",
            "学校与备案评价机构“河南中原技能评价有限公司”（信用代码 " + D("91410100MA3XQN7B17", "91410100MA3XQN7B17", p) + "）合作开展职业技能等级认定。")
            + "<h2 id=\"px\">培训项目</h2><ul><li>人工智能训练师（五级、四级）</li><li>电工</li><li>保育师</li></ul>"
            + "<h2 id=\"lx\">联系我们</h2>" + P(
                "地址：洛龙区开元大道某号科创大厦5楼", "电话：0379-60887766　手机：+86 139 3798 2210",
                "邮箱：zhixun_ly@163.com", "网址：www.hlzxpx.cn",
                "证书查询：" + D("jndj.osta.org.cn", "jndj.osta.org.cn", p)))
        return frame_corp(p, "洛阳河洛智训职业培训学校", "洛阳河洛智训职业培训学校", body)
    add("/corp/hlzx.html", "corp", "洛阳河洛智训职业培训学校", corp1, True, "U01", "洛阳河洛智训职业培训学校",
        ids(("uscc", "52410300MJF3K7Q2X5", "52410300MJF3K7Q2X5"), ("phone", "0379-60887766", "0379-60887766"),
            ("phone", "+8613937982210", "+86 139 3798 2210"), ("email", "zhixun_ly@163.com", "zhixun_ly@163.com"),
            ("domain", "hlzxpx.cn", "www.hlzxpx.cn")),
        "企站通托管的学校官网")

    def n1(p):
        body = P("【考前群公告】各位同学：本期人工智能训练师五级认定考核批次 " + D("LY-AI-2025-11", "LY-AI-2025-11", p) + "，",
                 "考点：洛阳市技能人才评价服务中心（考点咨询 " + D("0379-63216688", "0379-63216688", p) + "）。",
                 "请携带身份证原件，提前30分钟到场；理论为机考，实操为标注任务。",
                 "考前答疑统一在QQ群，群号：738 221 905；加不上的同学联系班主任微信 HLZX_AI。",
                 "河洛智训教务处")
        return frame_tz(p, "河洛智训｜五级认定考前群公告", "河洛智训教务处", body)
    add("/tz/p/hlzx-kaoqian.html", "tz", "河洛智训｜五级认定考前群公告", n1, True, "U01", "河洛智训",
        ids(("qq_group", "738221905", "738 221 905"), ("wechat", "hlzx_ai", "HLZX_AI")),
        "对自己学员的考前群公告（H5），无价格")

    # ---------------- U02 中原数智 / 豫才 (suspicious, 人社部颁发, 包过, fake query site)
    def v1(p):
        desc = P("AI训练师证书还在犹豫？人社部颁发，国家认可，全国通用！零基础也能拿高级✅ 包过不过退费",
                 "主页简介：中原数智人才评价中心 · 证书官网可查 · V：zysz_pj88 · 电话 1 8 2 3 7 9 1 5 5 0 6")
        return frame_video(p, "2026年最火的证书，不考也亏", "中原数智人才评价", desc,
                           [("用户8812", "真的假的？人社部直接发？", 12), ("洛阳打工人", "求私信价格", 3)])
    add("/video/v/zysz-01.html", "video", "2026年最火的证书，不考也亏", v1, True, "U02", "中原数智人才评价中心",
        ids(("wechat", "zysz_pj88", "zysz_pj88"), ("phone", "+8618237915506", "1 8 2 3 7 9 1 5 5 0 6")),
        "短视频，可疑话术，无价格")

    def f1(p):
        body = P("人工智能训练师 三级/二级 快速取证，不限学历不限经验，免考直接下证，人社部颁发，入库可查。",
                 "证书样本编号 " + D("S000041030001253000128", "S000041030001253000128", p) + "（仅供参考）",
                 "联系电话：182-3791-5506 　QQ：2908716642", "不公开价格，来电详谈。")
        return frame_fenlei(p, "AI训练师证书快速办理 三级二级 免考", "教育培训 > 职业资格", body, "数智职培")
    add("/fenlei/info/zysz-ban.html", "fenlei", "AI训练师证书快速办理 三级二级 免考", f1, True, "U02", "数智职培",
        ids(("phone", "+8618237915506", "182-3791-5506"), ("qq", "2908716642", "2908716642")),
        "分类信息，免考下证")

    def a2(p):
        body = P("人工智能被称为“未来十年最缺的岗位”，人工智能训练师就是其中的敲门砖。",
                 "<b>豫才教育</b>联合评价中心推出三证联报：五级+四级+三级一次报名，一次拿齐，送落户积分材料。",
                 "证书官网可查：www.zysz-rc.com（输入身份证号即可查询）",
                 "咨询扣扣：二九零八七一六六四二（备注公众号）",
                 "对公账户户名：洛阳豫才教育咨询有限公司，请勿转账个人。")
        return frame_wx(p, "三证联报！人工智能训练师名额仅剩最后20个", "豫才教育", "2025-11-27", body,
                        [("小鱼", "有一起报的吗，加我 " + D("lyxiaoyu_1995", "lyxiaoyu_1995", p) + " 拼团", 8),
                         ("阿凯", "我交了钱，订单号：" + D("13820251103567", "13820251103567", p) + "，怎么还没人联系我？", 15),
                         ("豫才教育（作者）", "已私信处理", 2)])
    add("/wx/s/yucai-sanzheng.html", "wx", "三证联报！人工智能训练师名额仅剩最后20个", a2, True, "U02", "豫才教育",
        ids(("domain", "zysz-rc.com", "www.zysz-rc.com"), ("qq", "2908716642", "二九零八七一六六四二"),
            ("other", "洛阳豫才教育咨询有限公司", "洛阳豫才教育咨询有限公司")),
        "公众号推文，三证联报，自建查询网站")

    def b1(p):
        floor = P("有朋友问我AI训练师的事，我们是正规机构，证书在 zysz－rc点com 上都能查到，不信自己查。",
                  "付款走对公：洛阳豫才教育咨询有限公司。想报的跟帖或者站内信。")
        return frame_bbs(p, "【分享】人工智能训练师证书到手了，说说流程", "教育培训", "数智小助手", floor,
                         [("路人甲", "站内信发了"), ("小鱼", "楼主靠谱吗？有没有一起的，vx " + D("lyxiaoyu_1995", "LYXIAOYU_1995", p)),
                          ("版主", "涉嫌广告，已警告")])
    add("/bbs/thread-3102.html", "bbs", "【分享】人工智能训练师证书到手了，说说流程", b1, True, "U02", "数智小助手（豫才教育）",
        ids(("domain", "zysz-rc.com", "zysz－rc点com"), ("other", "洛阳豫才教育咨询有限公司", "洛阳豫才教育咨询有限公司")),
        "伪装成经验分享的论坛软文")

    # ---------------- U03 洛城人才 (落户 / 积分 lure)
    def a3(p):
        body = P("在上海、广州工作的洛阳老乡注意了！技能证书可以加居住证积分，三级最多加60分。",
                 "<b>洛城人才服务</b>代办人工智能训练师报名，全程无需到场，资料齐全即可，助力落户。",
                 "具体费用因人而异，先评估再报价。电话/微信：159 3886 2047",
                 "政策以当地人社部门解释为准，咨询 " + D("12333", "12333", p))
        return frame_wx(p, "老乡们，用一张技能证书换落户积分", "洛城人才服务", "2025-10-09", body,
                        [("沪漂阿洛", "我在上海，能加多少分？", 6)])
    add("/wx/s/lcrc-jifen.html", "wx", "老乡们，用一张技能证书换落户积分", a3, True, "U03", "洛城人才服务",
        ids(("phone", "+8615938862047", "159 3886 2047"), ("wechat", "15938862047", "159 3886 2047")),
        "公众号推文，落户积分诱导，无价格")

    def n2(p):
        body = P("【报名提醒】已咨询的同学请注意，1月批次资料截止日为12月28日。",
                 "需提交：身份证正反面、一寸白底照、工作证明（我们可协助出具）。",
                 "资料发送至邮箱 lcrcfw@126.com，或电话 +86-159-3886-2047 联系顾问。",
                 "智享职业规划 顾问组")
        return frame_tz(p, "报名提醒｜AI训练师1月批次资料截止", "智享职业规划", body)
    add("/tz/p/zxgh-tixing.html", "tz", "报名提醒｜AI训练师1月批次资料截止", n2, True, "U03", "智享职业规划",
        ids(("email", "lcrcfw@126.com", "lcrcfw@126.com"), ("phone", "+8615938862047", "+86-159-3886-2047")),
        "报名提醒（H5），协助出具工作证明")

    def q1(p):
        return frame_ask(p, "没有相关工作经验可以考人工智能训练师吗？",
                         "我是文员，没做过数据标注，想考个证加积分，能直接考吗？",
                         [("优职通老师", "认证顾问", "可以的，我们这边可以协助准备工作证明，五级四级都能报。资料发 lcrcfw#126.com（#换成@），或者加微信 LC-RENCAI 详聊。"),
                          ("热心网友", "", "五级要求相关工作满一年，别信协助开证明的。")])
    add("/ask/q-5521.html", "ask", "没有相关工作经验可以考人工智能训练师吗？", q1, True, "U03", "优职通",
        ids(("email", "lcrcfw@126.com", "lcrcfw#126.com（#换成@）"), ("wechat", "lc-rencai", "LC-RENCAI")),
        "问答里的卖家回答")

    # ---------------- U04 启明数据 (honest company, employer evaluation)
    def corp4(p):
        body = ("<h2 id=\"about\">关于启明</h2>" + P(
            "洛阳启明数据科技有限公司是一家数据标注与AI数据服务企业，统一社会信用代码 91410307MA46WL1D4B。",
            "公司启明数标学院面向社会开展人工智能训练师（数据标注员）培训，认定考核由合作评价机构（信用代码 "
            + D("91410100MA3XQN7B17", "91410100MA3XQN7B17", p) + "）组织，证书可在 "
            + D("jndj.osta.org.cn", "jndj.osta.org.cn", p) + " 查询。")
            + "<h2 id=\"px\">培训项目</h2><table border=1><tr><th>等级</th><th>课时</th><th>培训费</th></tr>"
              "<tr><td>五级</td><td>60</td><td>1500元</td></tr><tr><td>四级</td><td>50</td><td>1980元</td></tr></table>"
            + "<h2 id=\"lx\">联系我们</h2>" + P("电话：0379-65109921", "简历/报名邮箱：hr@qmshubiao.com",
                                              "官网：qmshubiao.com", "地址：伊滨区科技园B座"))
        return frame_corp(p, "洛阳启明数据科技有限公司", "洛阳启明数据科技有限公司", body)
    add("/corp/qiming.html", "corp", "洛阳启明数据科技有限公司", corp4, True, "U04", "洛阳启明数据科技有限公司",
        ids(("uscc", "91410307MA46WL1D4B", "91410307MA46WL1D4B"), ("phone", "0379-65109921", "0379-65109921"),
            ("email", "hr@qmshubiao.com", "hr@qmshubiao.com"), ("domain", "qmshubiao.com", "qmshubiao.com")),
        "企业官网，有价格")

    def c2(p):
        body = P("课程：数据标注实战营（对应人工智能训练师四级）",
                 "图像框选、语音转写、文本分类三个项目实操，结业推荐参加认定。",
                 "教材：" + D("9787516753217", "ISBN 9787516753217", p),
                 "咨询热线 ０３７９－６５１０９９２１", "价格：¥1980，参保职工取证后可申请技能提升补贴")
        return frame_mp(p, "数据标注实战营·四级", "数标训练营", body)
    add("/mp/course/shubiao-4.html", "mp", "数据标注实战营·四级", c2, True, "U04", "数标训练营",
        ids(("phone", "0379-65109921", "０３７９－６５１０９９２１"),), "小程序课程卡片，有价格，全角号码")

    def a4(p):
        body = P("启明数标学院第6期数据标注员培训结业啦！本期43名学员参加四级认定，合格38人。",
                 "证书信息可在 " + D("zscx.osta.org.cn", "zscx.osta.org.cn", p) + " 联网查询。",
                 "第7期报名中：报名邮箱 hr（at）qmshubiao（dot）com，联系电话 135 9810 2736（陈老师）。",
                 "参考教材 " + D("9787516753217", "9787516753217", p))
        return frame_wx(p, "启明数标学院第6期结业，第7期报名开启", "启明数标学院", "2025-12-02", body,
                        [("标注员小王", "第6期学员报到，老师讲得很细", 19)])
    add("/wx/s/qmsb-di7qi.html", "wx", "启明数标学院第6期结业，第7期报名开启", a4, True, "U04", "启明数标学院",
        ids(("email", "hr@qmshubiao.com", "hr（at）qmshubiao（dot）com"), ("phone", "+8613598102736", "135 9810 2736")),
        "公众号结业与报名推文，无价格")

    def f2(p):
        body = P("招收人工智能训练师（数据标注员）培训学员，企业内训班对外开放，考点 洛阳市技能人才评价服务中心（"
                 + D("0379-63216688", "0379 6321 6688", p) + "）。",
                 "联系人：陈老师 13598102736", "公司统一信用代码 91410307MA46WL1D4B，可开发票。")
        return frame_fenlei(p, "数据标注员/AI训练师培训 企业内训班对外招生", "教育培训 > 职业技能", body, "陈老师")
    add("/fenlei/info/qm-peixun.html", "fenlei", "数据标注员/AI训练师培训 企业内训班对外招生", f2, True, "U04", "启明数标",
        ids(("phone", "+8613598102736", "13598102736"), ("uscc", "91410307MA46WL1D4B", "91410307MA46WL1D4B")),
        "分类信息，无价格")

    # ---------------- U05 速证通 / 职达 / 安心考证 (group notices, 免考)
    def n3(p):
        body = P("【报名提醒】AI训练师（人工智能训练师）本月最后一批，免考试，只需提交资料，45个工作日出证。",
                 "还没进群的同学扫码或搜索群号进群：865301274", "个人微信：sztong2025（满员请加这个）", "速证通")
        return frame_tz(p, "速证通｜AI训练师本月最后一批报名提醒", "速证通", body)
    add("/tz/p/szt-zuihou.html", "tz", "速证通｜AI训练师本月最后一批报名提醒", n3, True, "U05", "速证通",
        ids(("qq_group", "865301274", "865301274"), ("wechat", "sztong2025", "sztong2025")), "报名提醒（H5），免考")

    def n4(p):
        body = P("【群公告】各位学员：资料已统一上报，请勿在群内私下询问进度。",
                 "本群 QQ 群 865 301 274 仅用于发布通知，有问题请电话 177 3986 1150 联系班主任。",
                 "证书可在 " + D("jndj.osta.org.cn", "jndj.osta.org.cn", p) + " 查询（出证后）。", "职达教育 教务")
        return frame_tz(p, "职达教育｜学员群公告", "职达教育", body)
    add("/tz/p/zhida-qungonggao.html", "tz", "职达教育｜学员群公告", n4, True, "U05", "职达教育",
        ids(("qq_group", "865301274", "865 301 274"), ("phone", "+8617739861150", "177 3986 1150")), "学员群公告（H5）")

    def v2(p):
        desc = P("考证不用愁，安心考证帮你搞定📌 AI训练师/数据标注员，资料审核通过即可，不用去考场。",
                 "vx：SZTong2025（备注视频）")
        return frame_video(p, "不用去考场也能拿的技能证书", "安心考证", desc,
                           [("学生党", "多少钱", 5), ("安心考证", "私你了", 1)])
    add("/video/v/anxin-02.html", "video", "不用去考场也能拿的技能证书", v2, True, "U05", "安心考证",
        ids(("wechat", "sztong2025", "SZTong2025"),), "短视频，免考话术")

    def b2(p):
        floor = P("AI训练师代报名，资料审核即可，不用到场，有需要的联系。", "手机 177-3986-1150 　QQ 1193504478",
                  "（看到有人问靠不靠谱，我们合作的考点电话 " + D("0379-63216688", "0379-63216688", p) + "，自己打去问）")
        return frame_bbs(p, "人工智能训练师代报名，不用到场", "教育培训", "职达老师", floor,
                         [("老洛阳", "不用到场的证书你敢要？"), ("职达老师", "需要的私聊")])
    add("/bbs/thread-3177.html", "bbs", "人工智能训练师代报名，不用到场", b2, True, "U05", "职达教育",
        ids(("phone", "+8617739861150", "177-3986-1150"), ("qq", "1193504478", "1193504478")), "论坛广告帖")

    # ---------------- U06 华豫 / 鑫途 (multi-level, 技师 for beginners)
    def a5(p):
        body = P("华豫职业技能鉴定服务：人工智能训练师 五级至二级（技师）均可报，零基础可直接报三级，证书人社部门颁发，终身有效。",
                 "证书样本见下图（编号 " + D("S000041030001253000128", "S000041030001253000128", p) + "）",
                 "报名热线（微信同号）：一三三零三七九八八一二", "政策咨询：" + D("12333", "0379-12333", p))
        return frame_wx(p, "零基础直接报三级？人工智能训练师报名答疑", "华豫人才", "2025-11-03", body,
                        [("Lily", "技师也能直接报？", 7)])
    add("/wx/s/huayu-dayi.html", "wx", "零基础直接报三级？人工智能训练师报名答疑", a5, True, "U06", "华豫职业技能鉴定服务",
        ids(("phone", "+8613303798812", "一三三零三七九八八一二"), ("wechat", "13303798812", "一三三零三七九八八一二")),
        "公众号推文，中文数字写号码，跨级报考")

    def f3(p):
        body = P("人工智能训练师 三级 二级 技师 报名，零基础，不限专业，不限年龄。", "电话 133 0379 8812",
                 "微信 hy_jianding", "不收定金，出证后付款（价格电话咨询）")
        return frame_fenlei(p, "人工智能训练师三级技师报名 零基础", "教育培训 > 职业资格", body, "华豫人才")
    add("/fenlei/info/huayu-jishi.html", "fenlei", "人工智能训练师三级技师报名 零基础", f3, True, "U06", "华豫人才",
        ids(("phone", "+8613303798812", "133 0379 8812"), ("wechat", "hy_jianding", "hy_jianding")), "分类信息")

    def c3(p):
        body = P("课程：人工智能训练师 三级（高级工）考证辅导", "课时：8课时精讲+题库", "价格：详询客服",
                 "联系电话：" + D("+8613800000000", "138-0000-0000", p) + "（请填写）",
                 "客服微信：Hy_JianDing")
        return frame_mp(p, "AI训练师三级考证辅导（题库版）", "鑫途教育", body)
    add("/mp/course/xintu-3.html", "mp", "AI训练师三级考证辅导（题库版）", c3, True, "U06", "鑫途教育",
        ids(("wechat", "hy_jianding", "Hy_JianDing"),), "小程序卡片，模板占位号码未替换")

    # ---------------- U07 星火AI / 灵犀AIGC (AIGC, misattributed issuer)
    def v3(p):
        desc = P("AIGC+人工智能训练师双证，人社部颁发（社会保障能力建设中心），40课时线上学完即可考试。原价9999限时开放。",
                 "官网：XingHuo-AI.net ｜ 星火AI研习社")
        return frame_video(p, "普通人抓住AI红利的第一步", "星火AI研习社", desc,
                           [("宝妈小林", "在家能学吗", 9), ("星火AI研习社", "可以的，全程线上", 2)])
    add("/video/v/xinghuo-03.html", "video", "普通人抓住AI红利的第一步", v3, True, "U07", "星火AI研习社",
        ids(("domain", "xinghuo-ai.net", "XingHuo-AI.net"),), "短视频，双证话术")

    def c4(p):
        body = P("课程：AIGC应用+人工智能训练师 双证班（线上）", "讲师：灵犀AIGC学院教研组",
                 "官网 www.xinghuo-ai.net ，客服邮箱 service@xinghuo-ai.net",
                 "付款时备注姓名，收款人：郑丽娟", "价格以客服报价为准")
        return frame_mp(p, "AIGC+AI训练师双证班", "灵犀AIGC学院", body,
                        "<p>课程编号见店铺首页</p>")
    add("/mp/course/lingxi-aigc.html", "mp", "AIGC+AI训练师双证班", c4, True, "U07", "灵犀AIGC学院",
        ids(("domain", "xinghuo-ai.net", "www.xinghuo-ai.net"), ("email", "service@xinghuo-ai.net", "service@xinghuo-ai.net"),
            ("other", "郑丽娟", "收款人：郑丽娟")), "小程序卡片，个人收款")

    def a6(p):
        body = P("洛阳数创联合线上平台开设AI训练师直播课，课程结束统一报考。",
                 "报名请转账至个人账户，转账户名 郑丽娟，并截图发给助教。", "助教电话 186 3879 5521")
        return frame_wx(p, "洛阳数创｜AI训练师直播课报名须知", "洛阳数创", "2025-12-11", body,
                        [("小鱼", "有一起报的吗 " + D("lyxiaoyu_1995", "lyxiaoyu_1995", p), 3), ("路过", "为什么要转个人账户？", 11)])
    add("/wx/s/shuchuang-xuzhi.html", "wx", "洛阳数创｜AI训练师直播课报名须知", a6, True, "U07", "洛阳数创",
        ids(("other", "郑丽娟", "转账户名 郑丽娟"), ("phone", "+8618638795521", "186 3879 5521")), "公众号报名须知")

    # ---------------- U08 新城技工学校 (school, prices)
    def s8(p):
        body = ("<h2 id=\"about\">学校概况</h2>" + P(
            "洛阳市新城技工学校继续教育部面向社会开展职业技能培训，统一社会信用代码 52410305MJY802151R。")
            + "<h2 id=\"px\">社会培训</h2>" + P("人工智能训练师（数据标注员）五级：培训费1200元；四级：1600元。按国家职业标准组织教学，不承诺通过。",
                                              "取证查询：" + D("jndj.osta.org.cn", "http://jndj.osta.org.cn", p))
            + "<h2 id=\"lx\">联系我们</h2>" + P("继续教育部电话：0379-64432015", "邮箱：xcjx_px@sina.com"))
        return frame_corp(p, "洛阳市新城技工学校 继续教育部", "洛阳市新城技工学校", body)
    add("/corp/xincheng.html", "corp", "洛阳市新城技工学校 继续教育部", s8, True, "U08", "洛阳市新城技工学校",
        ids(("phone", "0379-64432015", "0379-64432015"), ("uscc", "52410305MJY802151R", "52410305MJY802151R"),
            ("email", "xcjx_px@sina.com", "xcjx_px@sina.com")), "学校官网培训页，有价格")

    def n5(p):
        body = P("【开班通知】新城技培2026春季人工智能训练师五级班3月2日开班，地点：学校实训楼305。",
                 "已缴费学员请加班主任微信 xcjg_jxb 进班级群，材料电子版发 xcjx_px@sina.com。",
                 "认定考核地点：洛阳市技能人才评价服务中心，咨询 " + D("0379-63216688", "0379-63216688", p))
        return frame_tz(p, "新城技培｜2026春季AI训练师五级班开班通知", "新城技培", body)
    add("/tz/p/xcjp-kaiban.html", "tz", "新城技培｜2026春季AI训练师五级班开班通知", n5, True, "U08", "新城技培",
        ids(("wechat", "xcjg_jxb", "xcjg_jxb"), ("email", "xcjx_px@sina.com", "xcjx_px@sina.com")), "开班通知（H5）")

    def a7(p):
        body = P("新城职教：人工智能训练师社会培训班招生，面向在职人员和本校毕业生。",
                 "报名咨询：64432015（区号0379），或添加招生微信 XCJG_JXB。",
                 "补贴政策咨询 " + D("12333", "12333", p))
        return frame_wx(p, "新城职教｜人工智能训练师社会培训班招生", "新城职教", "2026-01-06", body,
                        [("往届生", "毕业生有优惠吗", 4)])
    add("/wx/s/xczj-zhaosheng.html", "wx", "新城职教｜人工智能训练师社会培训班招生", a7, True, "U08", "新城职教",
        ids(("phone", "0379-64432015", "64432015（区号0379）"), ("wechat", "xcjg_jxb", "XCJG_JXB")), "公众号招生，无价格")

    # ---------------- U09 匠心职培 / 智汇职教 (mini-program heavy, no prices)
    def c5(p):
        body = P("课程：人工智能训练师 备考直通车（五级/四级）", "报名电话：15237905586", "微信：jxzp_01",
                 "价格：咨询获取优惠")
        return frame_mp(p, "AI训练师备考直通车", "匠心职培", body)
    add("/mp/course/jx-zhitong.html", "mp", "AI训练师备考直通车", c5, True, "U09", "匠心职培",
        ids(("phone", "+8615237905586", "15237905586"), ("wechat", "jxzp_01", "jxzp_01")), "小程序卡片，无价格")

    def c6(p):
        body = P("课程：云课堂·AI训练师 题库精讲", "适合：已报名学员考前冲刺",
                 "联系：+86 152 3790 5586", "模板电话：" + D("+8613800000000", "138 0000 0000", p))
        return frame_mp(p, "云课堂·AI训练师题库精讲", "云课堂·AI训练师", body)
    add("/mp/course/yun-tiku.html", "mp", "云课堂·AI训练师题库精讲", c6, True, "U09", "云课堂·AI训练师",
        ids(("phone", "+8615237905586", "+86 152 3790 5586"),), "小程序卡片，留有模板占位号码")

    def n6(p):
        body = P("【考前群公告】智汇职教各位学员：模拟考将于周六晚8点在小程序内开放。",
                 "请大家确认已加入班级群；没有进群的加班主任QQ：2457738106 或微信 JXZP_01。",
                 "考核批次：" + D("LY-AI-2025-11", "LY-AI-2025-11", p))
        return frame_tz(p, "智汇职教｜考前群公告", "智汇职教", body)
    add("/tz/p/zhzj-qungonggao.html", "tz", "智汇职教｜考前群公告", n6, True, "U09", "智汇职教",
        ids(("qq", "2457738106", "2457738106"), ("wechat", "jxzp_01", "JXZP_01")), "考前群公告（H5）")

    # ---------------- independents
    def i1(p):
        body = P("洛阳北辰职业培训学校2026年人工智能训练师五级培训招生，60课时，培训费1380元。",
                 "教材：" + D("9787516753217", "《人工智能训练师（基础知识）》ISBN 978-7-5167-5321-7", p),
                 "发证：合作评价机构（统一社会信用代码 " + D("91410100MA3XQN7B17", "91410100MA3XQN7B17", p) + "）",
                 "报名电话：0379-6990 8812")
        return frame_wx(p, "北辰职培｜人工智能训练师五级招生简章", "北辰职培", "2025-12-20", body,
                        [("小北", "周末班有吗", 2)])
    add("/wx/s/beichen-jianzhang.html", "wx", "北辰职培｜人工智能训练师五级招生简章", i1, True, "I01", "洛阳北辰职业培训学校",
        ids(("phone", "0379-69908812", "0379-6990 8812"),), "独立机构招生简章，有价格")

    def i2(p):
        body = P("课程：数据标注入门（人工智能训练师五级备考）", "主讲：大志，前标注团队组长",
                 "加微信 dazhi_shubiao 获取试听", "价格：¥299")
        return frame_mp(p, "数据标注入门课", "智训数标小站", body)
    add("/mp/course/dazhi-rumen.html", "mp", "数据标注入门课", i2, True, "I02", "智训数标小站",
        ids(("wechat", "dazhi_shubiao", "dazhi_shubiao"),), "个人小程序课程，品牌名与U01相近但无关")

    def i3(p):
        floor = P("本人帮忙代报人工智能训练师五级，只收跑腿费200，考试要自己去考。",
                  "考点电话 " + D("0379-63216688", "0379-63216688", p) + " 可以先去问", "联系 138 4996 3318 老周")
        return frame_bbs(p, "代报人工智能训练师五级，只收跑腿费", "教育培训", "老周", floor,
                         [("网友A", "老周人实在")])
    add("/bbs/thread-3190.html", "bbs", "代报人工智能训练师五级，只收跑腿费", i3, True, "I03", "老周",
        ids(("phone", "+8613849963318", "138 4996 3318"),), "个人代报帖")

    def i4(p):
        desc = P("做了三年数据标注，聊聊AI训练师证书值不值得考。想跟我学标注的私信，或者加 linlin_ai7。")
        return frame_video(p, "数据标注员三年，说点实话", "AI训练师小林", desc, [("路人", "说得很实在", 30)])
    add("/video/v/xiaolin-04.html", "video", "数据标注员三年，说点实话", i4, True, "I04", "AI训练师小林",
        ids(("wechat", "linlin_ai7", "linlin_ai7"),), "个人博主带课")

    def i5(p):
        body = P("【报名提醒】洛阳新城职业培训中心人工智能训练师五级班报名即将截止。",
                 "咨询电话：0379-68231145", "说明：本中心与新城技工学校无隶属关系。")
        return frame_tz(p, "新城职培中心｜AI训练师报名即将截止", "洛阳新城职业培训中心", body)
    add("/tz/p/xczx-jiezhi.html", "tz", "新城职培中心｜AI训练师报名即将截止", i5, True, "I05", "洛阳新城职业培训中心",
        ids(("phone", "0379-68231145", "0379-68231145"),), "报名提醒，品牌名与U08相近但无关")

    def i6(p):
        body = P("嵩县本地数据标注培训，包教会，推荐标注兼职，顺带报考人工智能训练师五级。", "QQ：3058812764", "价格面议")
        return frame_fenlei(p, "嵩县数据标注培训 推荐兼职", "教育培训 > 电脑培训", body, "嵩县标注")
    add("/fenlei/info/songxian-biaozhu.html", "fenlei", "嵩县数据标注培训 推荐兼职", i6, True, "I06", "嵩县标注",
        ids(("qq", "3058812764", "3058812764"),), "分类信息")

    # ---------------- non-offers
    def w_warn(p):
        body = P("近期有市民反映，有人以“人社部颁发”“免考包过”为名推销人工智能训练师证书。",
                 "提醒：职业技能等级证书由备案评价机构颁发，人社部门不直接颁发；请通过 "
                 + D("zscx.osta.org.cn", "zscx.osta.org.cn", p) + " 或 " + D("pjjg.osta.org.cn", "pjjg.osta.org.cn", p) + " 核验。",
                 "据群众举报，号码 " + D("+8615037986621", "150 3798 6621", p) + " 及网站 "
                 + D("zgzyjn-cx.com", "zgzyjn-cx.com", p) + " 涉嫌冒充官方查询，请勿轻信。",
                 "如遇培训收费纠纷请拨打 " + D("12333", "12333", p) + " 或 " + D("12315", "12315", p) + "。")
        return frame_wx(p, "警惕！“人社部颁发”“免考包过”的AI证书广告别信", "洛阳人社", "2025-12-05", body,
                        [("市民", "转发给家里人", 88)])
    add("/wx/s/lyrs-jingti.html", "wx", "警惕！“人社部颁发”“免考包过”的AI证书广告别信", w_warn,
        note="人社公众号警示（非卖家）")

    def w_pol(p):
        body = P("人工智能训练师（4-04-05-05）是2020年发布的新职业，设五个等级，含数据标注员、人工智能算法测试员两个工种。",
                 "2019年改革后，该职业实行职业技能等级认定，证书为职业技能等级证书，不是国家职业资格证书。",
                 "评价机构名单可查 " + D("pjjg.osta.org.cn", "pjjg.osta.org.cn", p) + "，证书可查 "
                 + D("jndj.osta.org.cn", "jndj.osta.org.cn", p) + "、" + D("zscx.osta.org.cn", "zscx.osta.org.cn", p) + "。",
                 "补贴：五级、四级、三级分别最高1000、1500、2000元，咨询 " + D("12333", "12333", p) + "。")
        return frame_wx(p, "一文读懂人工智能训练师：等级、证书与补贴", "洛阳职教观察", "2025-09-15", body,
                        [("小陈", "讲得清楚", 14)])
    add("/wx/s/zhengce-jiedu.html", "wx", "一文读懂人工智能训练师：等级、证书与补贴", w_pol, note="政策解读（非卖家）")

    def mp_excel(p):
        body = P("课程：Excel 函数与数据透视表 15 讲", "价格：¥49", "适合办公室文员")
        return frame_mp(p, "Excel函数15讲", "职场办公课", body)
    add("/mp/course/excel-15.html", "mp", "Excel函数15讲", mp_excel, note="无关课程")

    def b4(p):
        floor = P("去年11月在一个公众号看到AI训练师三证联报，交了3800，订单号：" + D("13820251103567", "13820251103567", p) + "，至今没拿到证。",
                  "对方之前用 " + D("+8615037986621", "150-3798-6621", p) + " 联系我，现在拉黑了。",
                  "已经打了 " + D("12315", "12315", p) + " 和 " + D("12345", "12345", p) + "，有同样遭遇的联系我 QQ "
                  + D("1357924680", "1357924680", p))
        return frame_bbs(p, "【曝光】报了AI训练师三证联报，交钱后人找不到了", "消费维权", "受害者阿凯", floor,
                         [("老洛阳", "早说了别信包过"), ("热心网友", "建议报警")])
    add("/bbs/thread-3205.html", "bbs", "【曝光】报了AI训练师三证联报，交钱后人找不到了", b4, note="投诉帖（非卖家）")

    def f_job(p):
        body = P("招聘：数据标注员 5名，月薪4000-6000，有人工智能训练师证书者优先。", "工作地点：洛龙区",
                 "投递：hrjob@lyzhiyun.com")
        return frame_fenlei(p, "招聘数据标注员 有AI训练师证优先", "招聘 > IT", body, "某科技公司人事")
    add("/fenlei/info/zhaopin-biaozhu.html", "fenlei", "招聘数据标注员 有AI训练师证优先", f_job, note="招聘广告（非卖家）")

    def q3(p):
        return frame_ask(p, "网上说的人社部颁发AI训练师证书是真的吗？",
                         "刷到好几个说人社部颁发、免考的，心动了，怎么判断真假？有知道的加我QQ "
                         + D("1357924680", "1357924680", p) + " 聊聊",
                         [("热心网友", "", "技能等级证书由备案评价机构发，人社部不直接发；可以在 "
                           + D("zscx.osta.org.cn", "zscx.osta.org.cn", p) + " 查。"),
                          ("网友B", "", "有问题打 " + D("12333", "12333", p))])
    add("/ask/q-5580.html", "ask", "网上说的人社部颁发AI训练师证书是真的吗？", q3, note="学习者提问（非卖家）")

    def news1(p):
        body = ("<h1>我市首批人工智能训练师职业技能等级认定完成</h1>" + P(
            "记者从市人社局获悉，本市首批人工智能训练师五级认定考核批次 " + D("LY-AI-2025-11", "LY-AI-2025-11", p)
            + " 于日前完成，共有312人参加。",
            "市技能人才评价服务中心提醒，考生可拨打 " + D("0379-63216688", "0379-63216688", p) + " 咨询下一批次安排，"
            "证书可在 " + D("jndj.osta.org.cn", "jndj.osta.org.cn", p) + " 查询。",
            "市民如遇违规培训，可拨打 " + D("12345", "12345", p) + " 反映。"))
        return frame_news(p, "我市首批人工智能训练师职业技能等级认定完成", body)
    add("/news/2025/1208-rgzn.html", "news", "我市首批人工智能训练师职业技能等级认定完成", news1, note="本地新闻（非卖家）")

    def news2(p):
        body = ("<h1>假冒证书查询网站被关停 市民莫信“包过”</h1>" + P(
            "近日，冒充官方的证书查询网站 " + D("zgzyjn-cx.com", "zgzyjn-cx.com", p) + " 被依法关停。",
            "该网站所“查询”的证书样本编号如 " + D("S000041030001253000128", "S000041030001253000128", p)
            + " 被多家培训广告盗用。", "举报电话 " + D("12315", "12315", p) + "。"))
        return frame_news(p, "假冒证书查询网站被关停 市民莫信“包过”", body)
    add("/news/2025/1215-jiacha.html", "news", "假冒证书查询网站被关停 市民莫信“包过”", news2, note="新闻（非卖家）")


SITES = [
    ("wx", "/wx/index.html", "河洛文摘 · 微信公众号文章镜像"),
    ("mp", "/mp/index.html", "课栈 · 小程序课程卡片"),
    ("tz", "/tz/index.html", "轻页H5 · 公开通知页"),
    ("bbs", "/bbs/index.html", "河洛社区"),
    ("fenlei", "/fenlei/index.html", "洛阳同城分类"),
    ("ask", "/ask/index.html", "洛问 本地问答"),
    ("video", "/video/index.html", "快看短视频 网页版"),
    ("corp", "/corp/index.html", "企站通 企业黄页"),
    ("news", "/news/index.html", "洛邑晚报网"),
]


def main():
    build()
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    records = []
    for rec in TRUTH:
        PAGES[rec["path"]] = rec["_render"](rec["path"])
    for key, ipath, name in SITES:
        lis = "".join(f"<li><a href=\"{p}\">{t}</a></li>" for p, t in LINKS[key])
        main_ = f"<h1>{name}</h1><ul>{lis}</ul>"
        PAGES[ipath] = html(name, f"<b>{name}</b> <a href=\"/index.html\">返回导航</a>", main_,
                            "<h4>公告</h4><p>欢迎访问</p>", f"{name} · 列表页")
        records.append({"path": ipath, "is_offer": False, "operator": None, "provider": None,
                        "identifiers": [], "note": "站点列表页"})
    root = "".join(f"<li><a href=\"{i}\">{n}</a></li>" for _, i, n in SITES)
    PAGES["/index.html"] = html("洛阳本地生活导航", "<b>洛阳本地生活导航</b>", f"<h1>洛阳本地生活导航</h1><ul>{root}</ul>",
                                "<h4>便民</h4><p>天气 · 公交 · 社保查询</p>", "洛阳本地生活导航")
    records.insert(0, {"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                       "identifiers": [], "note": "总导航"})
    for rec in TRUTH:
        records.append({k: v for k, v in rec.items() if not k.startswith("_")})
    for path, text in PAGES.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for r in records:
        o = r["operator"]
        if o and o.startswith("U"):
            ops.setdefault(o, {"brands": [], "ties": ""})
            if r["provider"] not in ops[o]["brands"]:
                ops[o]["brands"].append(r["provider"])
    for o, v in ops.items():
        cnt = {}
        for r in records:
            if r["operator"] == o:
                for kind, val, _ in r["identifiers"]:
                    cnt.setdefault((kind, val), 0)
                    cnt[(kind, val)] += 1
        v["ties"] = "; ".join(f"{k}={val} on {n} pages" for (k, val), n in sorted(cnt.items()) if n > 1)
    truth = {"description": "12bn: 洛阳 web of WeChat-article mirrors, mini-program course cards and sellers' group notices selling 人工智能训练师 training/certificates",
             "pages": records,
             "operators": [[o, ops[o]] for o in sorted(ops)],
             "decoys": [d for d in DECOYS.values()]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)


if __name__ == "__main__":
    main()
