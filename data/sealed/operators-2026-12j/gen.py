#!/usr/bin/env python3
"""Generate the sealed operators web 'operators-2026-12j' (stdlib only).

Writes site/ (one host, one top-level folder per site) and truth.json.
Every seller identifier is written through I(), every decoy through D(), so the
truth file records exactly what the pages carry.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(prefix8, body8):
    """prefix8 = '91' + 6-digit division; body8 = first 8 chars of 组织机构代码."""
    s = sum(_orgval(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    org_check = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = prefix8 + body8 + org_check
    assert len(first17) == 17 and all(ch in ALPHA for ch in first17), first17
    t = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W_USCC))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return first17 + ALPHA[r]


USCC_XUETU = uscc("91330106", "MA2GK3L7")   # platform (decoy)
USCC_ZHIXIN = uscc("91330106", "MA2H7R5U")  # U01
USCC_XINGHE = uscc("91310115", "MA1K4D9N")  # U02
USCC_JIANGNAN = uscc("91320505", "MA1W3E8T")  # U06
USCC_YICHENG = uscc("91410105", "MA44NB2R")  # classifieds platform (decoy)


def spaced_uscc(u):
    return u[:6] + " " + u[6:12] + " " + u[12:]


# ---------------------------------------------------------------- page registry
PAGES = {}
DECOYS = {}
cur = None


def begin(path, site, title, is_offer=False, operator=None, provider=None, note="", group=None):
    global cur
    cur = {"path": path, "site": site, "title": title, "is_offer": is_offer,
           "operator": operator, "provider": provider, "note": note, "ids": [],
           "group": group or operator}
    PAGES[path] = cur
    return cur


def I(kind, value, written):
    """A seller's own identifier, written as `written`."""
    cur["ids"].append([kind, value, written])
    return written


def D(kind, value, written):
    """A decoy: shared / public / platform / quoted thing that must not tie sellers."""
    DECOYS.setdefault((kind, value), set()).add(cur["path"])
    return written


PIX = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

# ---------------------------------------------------------------- shared decoy snippets


def d_12333(txt="12333"):
    return D("phone", "12333", txt)


def d_12345(txt="12345"):
    return D("phone", "12345", txt)


def d_osta_zscx():
    return D("domain", "zscx.osta.org.cn", "zscx.osta.org.cn")


def d_osta_main(txt="www.osta.org.cn"):
    return D("domain", "osta.org.cn", txt)


def d_scam_phone(txt="170 5821 6634"):
    return D("phone", "+8617058216634", txt)


def d_scam_site(txt="zscx-osta.com"):
    return D("domain", "zscx-osta.com", txt)


def d_builder():
    return ("<p class=\"builder\">网站建设：" + D("other", "云帆建站", "云帆建站") + " "
            + D("domain", "yunfanjz.com", "www.yunfanjz.com") + " 技术支持热线 "
            + D("phone", "+864006902358", "400-690-2358") + "</p>")


def d_placeholder_phone(txt="如：13800138000"):
    return D("phone", "+8613800138000", txt)


CERT_SAMPLE = "S000033000126253000518"


def d_cert_sample():
    return D("other", CERT_SAMPLE, CERT_SAMPLE)


# ---------------------------------------------------------------- HTML shells
CSS_BASE = "body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222;line-height:1.7}a{color:#1a5fb4}.wrap{max-width:980px;margin:0 auto;padding:12px}"


def html_doc(title, body, css="", mobile=False, extra_head=""):
    vp = '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">' if mobile else ""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n" + vp +
            "<title>" + title + "</title>\n<style>" + CSS_BASE + css + "</style>\n" + extra_head +
            "</head>\n<body>\n" + body + "\n</body>\n</html>\n")


# ---- 学途网 B2B / education marketplace
def market_shell(title, body):
    head = ('<div class="top"><div class="wrap"><a href="/market/index.html"><b>学途网</b></a> 职业技能培训服务平台 | '
            '<a href="/market/index.html">首页</a> · 职业技能 · 学历提升 · 企业内训 · 商家入驻 '
            '<span style="float:right">客服热线 ' + D("phone", "+864008265170", "400-826-5170") + '（9:00-21:00）</span></div></div>')
    foot = ('<div class="foot"><div class="wrap">'
            '<p>平台担保交易：学员付款由平台托管，确认上课后结算给商家。托管收款方：' + D("other", "杭州学途网络科技有限公司", "杭州学途网络科技有限公司") + '</p>'
            '<p>学途网 ' + D("domain", "xuetu365.com", "www.xuetu365.com") + ' ｜ 投诉邮箱 ' + D("email", "service@xuetu365.com", "service@xuetu365.com") +
            ' ｜ 统一社会信用代码 ' + D("uscc", USCC_XUETU, USCC_XUETU) + ' ｜ ' + D("other", "浙B2-20190233", "浙B2-20190233") + '</p>'
            '<p>平台提示：学途网仅提供信息展示与交易担保，证书发放以评价机构为准，可登录 ' + d_osta_zscx() + ' 查询。</p>'
            '</div></div>')
    css = ".top{background:#ff6a00;color:#fff}.top a{color:#fff}.foot{background:#f2f2f2;font-size:12px;color:#666;margin-top:30px}.price{color:#ff4400;font-size:26px}.box{border:1px solid #eee;padding:10px;margin:10px 0}"
    return html_doc(title, head + '<div class="wrap">' + body + '</div>' + foot, css)


# ---- 百姓吧 forum
def tieba_shell(title, body, bar="人工智能训练师吧"):
    head = ('<div class="hd"><a href="/tieba/index.html">百姓吧</a> &gt; <a href="/tieba/index.html">' + bar + '</a>'
            ' <span class="sub">关注 3.2万 · 帖子 18.6万</span></div>')
    foot = ('<div class="ft">©2026 百姓吧 ｜ 吧务申诉 ' + D("email", "bawu@baixingba.cn", "bawu@baixingba.cn") +
            ' ｜ 网络举报APP下载 ｜ 本吧禁止发布违法广告，违者封禁</div>')
    css = ".hd{background:#3385ff;color:#fff;padding:10px}.hd a{color:#fff}.post{border-bottom:1px solid #e5e5e5;padding:12px 0;display:flex}.au{width:130px;color:#2d64b3;font-size:13px}.ct{flex:1}.tail{font-size:12px;color:#999}.ft{color:#999;font-size:12px;text-align:center;padding:20px}"
    return html_doc(title + "_" + bar + "_百姓吧", head + '<div class="wrap"><h2>' + title + '</h2>' + body + '</div>' + foot, css)


def post(author, floor, text, when, lz=False):
    return ('<div class="post"><div class="au">' + author + (' <b>楼主</b>' if lz else '') + '</div><div class="ct">' + text +
            '<div class="tail">' + str(floor) + '楼 ' + when + '</div></div></div>')


# ---- 知问 Q&A
def wenda_shell(title, body):
    head = '<div class="hd"><div class="wrap"><a href="/wenda/index.html"><b>知问</b></a> 首页 · 发现 · 等你来答 <input placeholder="搜索你感兴趣的内容…"></div></div>'
    foot = ('<div class="ft">知问 © 2026 ｜ 违法和不良信息举报：' + D("phone", "+861082716601", "010-82716601") +
            ' ｜ 儿童色情信息举报专区 ｜ 证照中心 ｜ 联系我们</div>')
    css = ".hd{border-bottom:1px solid #eee;background:#fff}.q{font-size:22px;font-weight:600}.ans{border-top:8px solid #f6f6f6;padding:14px 0}.who{font-weight:600}.sig{color:#8590a6;font-size:13px}.meta{color:#8590a6;font-size:13px}.ft{color:#8590a6;font-size:12px;text-align:center;padding:20px}"
    return html_doc(title + " - 知问", head + '<div class="wrap">' + body + '</div>' + foot, css)


def answer(who, sig, text, meta):
    return ('<div class="ans"><div class="who">' + who + '</div><div class="sig">' + sig + '</div><div class="txt">' + text +
            '</div><div class="meta">' + meta + '</div></div>')


# ---- 红书集 notes
def notes_shell(title, body):
    head = '<div class="hd"><a href="/notes/index.html">红书集</a> · 发现 · 发布 · 通知</div>'
    foot = ('<div class="ft">红书集 ｜ 社区规范 ｜ 侵权投诉 ' + D("email", "kefu@hongshuji.cn", "kefu@hongshuji.cn") +
            ' ｜ ' + D("other", "沪ICP备2021017702号", "沪ICP备2021017702号") + '</div>')
    css = ".hd{color:#ff2442;font-weight:700;padding:10px 16px}.hd a{color:#ff2442}.note{max-width:560px;margin:0 auto}.tag{color:#13386c}.cm{font-size:14px;border-top:1px solid #f0f0f0;padding:8px 0}.cm b{color:#666}.ft{color:#aaa;font-size:12px;text-align:center;padding:20px}"
    return html_doc(title + " - 红书集", head + '<div class="note">' + body + '</div>' + foot, css, mobile=True)


def cm(who, text, extra=""):
    return '<div class="cm"><b>' + who + '</b>：' + text + (' <span style="color:#aaa">' + extra + '</span>' if extra else '') + '</div>'


# ---- 抖视 short video
def video_shell(title, body):
    head = '<div class="hd"><a href="/video/index.html">抖视</a> 推荐 · 关注 · 同城 · 直播</div>'
    foot = ('<div class="ft">抖视 用户服务协议 ｜ 隐私政策 ｜ 客服热线 ' + D("phone", "+864009001716", "400 900 1716") +
            ' ｜ 举报邮箱 ' + D("email", "jubao@doushi.tv", "jubao@doushi.tv") + '</div>')
    css = "body{background:#161823;color:#eee}a{color:#fe2c55}.hd{padding:10px 16px;font-weight:700}.player{background:#000;height:360px;display:flex;align-items:center;justify-content:center;color:#777}.cap{padding:10px 0}.cm{border-top:1px solid #333;padding:8px 0;font-size:14px}.cm b{color:#aaa}.ft{color:#666;font-size:12px;text-align:center;padding:20px}"
    return html_doc(title + " - 抖视", head + '<div class="wrap">' + body + '</div>' + foot, css, mobile=True)


# ---- WeChat public-account articles
def mp_shell(title, account, date, body, original=True):
    head = ('<div class="rich_media"><h1>' + title + '</h1><div class="meta">' + ('<span class="orig">原创</span> ' if original else '') +
            '<a href="/mp/index.html">' + account + '</a> ' + date + '</div>')
    foot = ('<div class="tools">阅读 2.1万 · 赞 186 · 在看 74 ｜ <a href="/mp/index.html">返回合集</a></div>'
            '<div class="ft">微信扫一扫关注该公众号 ｜ 本文内容由公众号作者发布，不代表平台观点 ｜ 投诉</div></div>')
    css = ".rich_media{max-width:640px;margin:0 auto;padding:16px}h1{font-size:22px}.meta{color:#888;font-size:14px}.orig{background:#eee;padding:0 4px}.tools{color:#888;font-size:13px;margin-top:24px}.ft{color:#aaa;font-size:12px;margin-top:10px}"
    return html_doc(title, head + body + foot, css, mobile=True)


# ---- 易城分类 classifieds
def fenlei_shell(title, body):
    head = ('<div class="hd"><div class="wrap"><a href="/fenlei/index.html"><b>易城分类</b></a> 郑州 [切换城市] ｜ 招聘 · 二手 · 房产 · 教育培训 · 本地服务'
            ' <span style="float:right">客服 ' + D("phone", "+864001175858", "400-117-5858") + '</span></div></div>')
    foot = ('<div class="ft"><div class="wrap"><p><b>易城安全提示</b>：凡以招聘为名要求先交培训费、押金、体检费的，请提高警惕；遇到诈骗请拨打110或向易城举报。</p>'
            '<p>易城分类 ' + D("domain", "yicheng58.com", "yicheng58.com") + ' ｜ 运营主体：郑州易城信息技术有限公司 ｜ 统一社会信用代码 ' +
            D("uscc", USCC_YICHENG, USCC_YICHENG) + '</p></div></div>')
    css = ".hd{background:#ff552e;color:#fff;padding:8px 0}.hd a{color:#fff}.info td{padding:4px 10px;border-bottom:1px dashed #eee}.ft{background:#f5f5f5;font-size:12px;color:#777;margin-top:30px;padding:10px 0}.red{color:#f30}"
    return html_doc(title + " - 易城分类", head + '<div class="wrap">' + body + '</div>' + foot, css)


def info_table(rows):
    return '<table class="info">' + "".join('<tr><td>' + a + '</td><td>' + b + '</td></tr>' for a, b in rows) + '</table>'


# ---- 中原城市网 local news portal
def news_shell(title, body):
    head = ('<div class="hd"><div class="wrap"><a href="/news/index.html"><b>中原城市网</b></a> 首页 · 本地 · 民生 · 教育 · 就业 · 曝光台'
            ' <span style="float:right;font-size:13px">新闻热线 ' + D("phone", "+863716579 6110".replace(" ", ""), "0371-65796110") + '</span></div></div>')
    foot = ('<div class="ft"><div class="wrap">中原城市网版权所有 ｜ 互联网新闻信息服务许可证 ' + D("other", "41120180002", "41120180002") + ' ｜ 违法和不良信息举报电话 ' +
            D("phone", "+863716579 6119".replace(" ", ""), "0371-65796119") + '</div></div>')
    css = ".hd{background:#c00;color:#fff;padding:8px 0}.hd a{color:#fff}.src{color:#888;font-size:13px}.ft{font-size:12px;color:#888;border-top:1px solid #ddd;margin-top:30px;padding:10px 0}blockquote{background:#fff6f6;border-left:4px solid #c00;margin:10px 0;padding:8px 12px}"
    return html_doc(title + "_中原城市网", head + '<div class="wrap">' + body + '</div>' + foot, css)


# ================================================================= PAGES
# ---------------------------------------------------------------- U01 智信
begin("/zhixin-edu/ai-trainer.html", "zhixin-edu", "人工智能训练师（四级/三级）职业技能等级认定培训 - 智信职培",
      True, "U01", "智信职培", "seller's own site course page; phone, email, domain, USCC, ICP in body/footer; copies scam number in anti-fraud note; builder credit")
ZHIXIN_FOOT = lambda: ('<div class="foot"><p>杭州智信职业技能培训有限公司 ｜ 统一社会信用代码：' + I("uscc", USCC_ZHIXIN, USCC_ZHIXIN) +
                       '</p><p>地址：杭州市西湖区文三路 259 号昌地火炬大厦 1 号楼 11 层 ｜ 官网 ' + I("domain", "zhixinpx.com", "www.zhixinpx.com") +
                       ' ｜ ' + I("other", "浙ICP备2022031846号", "浙ICP备2022031846号-1") + '</p>' + d_builder() + '</div>')
body = ('<div class="nav"><b>智信职培</b> ｜ <a href="/zhixin-edu/index.html">首页</a> · 课程中心 · 学员风采 · 关于我们</div>'
        '<h1>人工智能训练师 职业技能等级认定 培训班（2026年第2期）</h1>'
        '<p>人工智能训练师（职业编码 4-04-05-05）是人社部2020年发布的新职业，下设数据标注员、人工智能算法测试员两个工种。'
        '本期开设四级（中级工）、三级（高级工）两个班型，线上直播 + 周末线下实操，结业后由备案评价机构组织理论与实操考核。</p>'
        '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>班型</th><th>课时</th><th>培训费</th><th>备注</th></tr>'
        '<tr><td>四级 / 中级工</td><td>50课时</td><td>2680元</td><td>含教材、模拟题库</td></tr>'
        '<tr><td>三级 / 高级工</td><td>40课时</td><td>3480元</td><td>需持四级证满5年或相关专业大专+四级证</td></tr></table>'
        '<p>符合条件的参保职工取证后可申请技能提升补贴，具体以当地人社部门政策为准（咨询 ' + d_12333() + '）。</p>'
        '<h3>证书样本</h3><p><img src="' + PIX + '" alt="职业技能等级证书样本" width="240" height="160"> 证书编号示例：' + d_cert_sample() +
        '，可在 ' + d_osta_zscx() + ' 联网查询。</p>'
        '<h3>报名咨询</h3><p>招生老师：周老师 ' + I("phone", "+8613957182046", "139 5718 2046") + '<br>简章索取邮箱：' +
        I("email", "zhixinpx@163.com", "zhixinpx(at)163.com") + '（请把(at)换成@）</p>'
        '<div class="warn"><b>防骗声明</b>：近期有不法分子冒用“人社证书中心”名义，使用号码 ' + d_scam_phone("170-5821-6634") +
        ' 及网站 ' + d_scam_site() + ' 收取“加急入库费”，与本机构无关，请学员谨慎甄别！</div>')
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + ZHIXIN_FOOT() + '</div>',
                       ".nav{border-bottom:2px solid #0b6;padding:8px 0}.warn{background:#fff3e0;padding:8px;margin:12px 0}.foot{font-size:12px;color:#777;border-top:1px solid #ddd;margin-top:24px}.builder{color:#aaa}")

begin("/zhixin-edu/index.html", "zhixin-edu", "智信职培 - 杭州智信职业技能培训有限公司", False, None, "智信职培",
      "seller homepage without an offer (company intro, news), links to the course page", group="U01")
body = ('<div class="nav"><b>智信职培</b> ｜ 首页 · <a href="/zhixin-edu/ai-trainer.html">课程中心</a> · 学员风采 · 关于我们</div>'
        '<h1>让每一位职场人都有一技之长</h1><p>智信职培成立于2019年，专注职业技能提升与企业培训，合作企业200余家。</p>'
        '<h3>机构动态</h3><ul><li>2026-03-02 我校承办的西湖区数字技能公益讲座顺利举行</li><li>2026-01-18 年度优秀讲师评选结果公示</li>'
        '<li><a href="/zhixin-edu/ai-trainer.html">2026年第2期职业技能培训课程上线</a></li></ul>'
        '<p>办公电话：' + "139 5718 2046" + '（周一至周六）</p>')
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + '<div class="foot"><p>杭州智信职业技能培训有限公司 ｜ 统一社会信用代码：' + USCC_ZHIXIN +
                       '</p><p>官网 www.zhixinpx.com ｜ 浙ICP备2022031846号-1</p>' + d_builder() + '</div></div>',
                       ".nav{border-bottom:2px solid #0b6;padding:8px 0}.foot{font-size:12px;color:#777;border-top:1px solid #ddd;margin-top:24px}.builder{color:#aaa}")

begin("/market/shop-zhixin.html", "market", "【智信AI学院】人工智能训练师四级/三级 直播+实操 考证培训 - 学途网",
      True, "U01", "智信AI学院", "marketplace shop listing; same mobile as the seller site, QQ via tencent:// link")
body = ('<div class="box"><h1>人工智能训练师 四级/三级 考证培训 直播+实操｜智信AI学院</h1>'
        '<p class="price">¥2680 <s style="font-size:14px;color:#999">¥3980</s></p><p>已售 1,206 ｜ 好评率 98% ｜ 课程编号 ' +
        D("other", "XT-KC-20260412-0087", "XT-KC-20260412-0087") + '</p>'
        '<p>服务保障：平台担保 · 7天无理由退（未开课） · 电子发票</p></div>'
        '<div class="box"><h3>课程详情</h3><p>面向数据标注、AI产品运营、客服质检等岗位人员。四级50课时，三级40课时，'
        '含Python基础、数据采集与清洗、标注规范、智能系统运维、业务分析。考核由人社备案评价机构组织，理论+实操各100分，60分合格。</p>'
        '<p>报考条件请咨询老师，三级需要持有四级证书并满足年限。</p></div>'
        '<div class="box"><h3>店铺信息</h3><p>智信AI学院（企业店）· 开店4年 · 所在地 浙江杭州</p>'
        '<p>咨询热线：' + I("phone", "+8613957182046", "139-5718-2046") + '（周老师）</p>'
        '<p><a href="' + I("qq", "3187462209", "tencent://message/?uin=3187462209") + '&amp;Site=xuetu&amp;Menu=yes">'
        '<img src="' + PIX + '" alt="QQ在线咨询" width="77" height="22"> 点击QQ咨询</a></p></div>'
        '<div class="box"><h3>最新评价</h3><p>m***8：老师很耐心，四级一次过。</p><p>小***鱼：直播回放可以反复看，适合上班族。</p></div>')
cur["html"] = market_shell(cur["title"], body)

begin("/tieba/t-8830215547.html", "tieba", "杭州有没有靠谱的人工智能训练师培训？求推荐", True, "U01", "智信AI学院",
      "forum thread; the 6th-floor reply sells: full-width QQ ties to the marketplace shop, WeChat ties to the note")
body = (post("西湖边的码农", 1, "做了两年数据标注，公司说有证的话可以调岗加薪。想考个三级，杭州这边有没有靠谱的机构？线上也行。", "2026-03-11 21:07", True) +
        post("柠檬不萌", 2, "先去人社局官网查一下评价机构名单，别信那种包过的。有问题打 " + d_12333() + " 问问。", "2026-03-11 21:20") +
        post("西湖边的码农", 3, "回复 柠檬不萌：好的谢谢，我先查查", "2026-03-11 21:31", True) +
        post("ai小白冲冲冲", 4, "蹲一个，我也想报四级", "2026-03-12 08:02") +
        post("阿飞不飞", 5, "三级要四级证满五年，或者大专+四级证干满两年，楼主先看看自己条件", "2026-03-12 09:45") +
        post("智信小助手", 6, "楼主您好~我们智信AI学院在杭州做人工智能训练师培训好几年了，四级2680，三级3480，直播+周末实操，"
             "可以先免费试听两节。扣扣：" + I("qq", "3187462209", "３１８７４６２２０９") + "，或者加V：" +
             I("wechat", "zxai-kefu01", "zxai-kefu01") + " 发资料给你", "2026-03-12 10:13") +
        post("柠檬不萌", 7, "楼上广告，自己斟酌", "2026-03-12 10:40"))
cur["html"] = tieba_shell(cur["title"], body)

begin("/notes/n-64a1f3e2.html", "notes", "上班族考人工智能训练师四级经验｜附课程", True, "U01", "智信AI学院",
      "note by the school's staff account; WeChat written with a heart glyph and upper case ties to the forum reply")
body = ('<img src="' + PIX + '" alt="笔记封面 人工智能训练师" width="100%" height="300">'
        '<h2>上班族考人工智能训练师四级经验｜附课程</h2>'
        '<p>姐妹们！很多人私信问我AI训练师怎么考，统一回复一下👇</p>'
        '<p>1️⃣ 四级（中级工）：需要相关工作经验，数据标注干过的基本都够<br>2️⃣ 考试分理论+实操，都是60分及格<br>'
        '3️⃣ 我们班是晚上直播，周末一次线下实操，2680包教材和模拟题</p>'
        '<p>想要课表的姐妹可以滴滴我，薇❤：' + I("wechat", "zxai-kefu01", "ZXAI-kefu01") + '（备注红书）</p>'
        '<p class="tag">#人工智能训练师 #考证 #职场提升 #数据标注</p>'
        '<p style="color:#999">智信AI学院-小周 · 编辑于 03-20 · 浙江</p>'
        '<h4>共 23 条评论</h4>' + cm("奶茶续命", "四级考完多久出证？") + cm("智信AI学院-小周", "一般考后一个月左右哦", "作者") +
        cm("Momo", "可以用补贴吗") + cm("智信AI学院-小周", "参保满一年可以申请技能提升补贴，具体问当地人社", "作者"))
cur["html"] = notes_shell(cur["title"], body)

# ---------------------------------------------------------------- U02 星河
begin("/m-xinghe/index.html", "m-xinghe", "星河智训｜人工智能训练师 限时报名", True, "U02", "星河智训",
      "mobile landing page: tel: link with +86, WeChat only in image alt text, company name and USCC in footer; form placeholder")
body = ('<div class="banner"><h1>0基础入行AI训练师</h1><p>人工智能训练师 五级/四级 考证班<br>理论+实操 · 线上学习 · 随到随学</p></div>'
        '<div class="sec"><h3>为什么选星河智训</h3><ul><li>资深讲师，7年数据标注项目经验</li><li>配套练习平台，真实标注任务</li><li>考核通过后证书可在 ' +
        d_osta_zscx() + ' 查询</li></ul></div>'
        '<div class="sec"><h3>学费</h3><p>五级班 <b>1980元</b> ｜ 四级班 <b>2580元</b> ｜ 报两级立减300</p></div>'
        '<div class="sec"><h3>加老师微信领取课程大纲</h3><img src="' + PIX + '" width="180" height="180" alt="' +
        I("wechat", "xhzx2025", "微信扫码添加 xhzx2025") + '"></div>'
        '<form class="sec"><h3>预约试听</h3><input name="name" placeholder="您的姓名"><br><input name="tel" placeholder="' + d_placeholder_phone() +
        '"><br><button type="button">立即预约</button></form>'
        '<div class="foot">' + I("other", "上海星河数智信息技术有限公司", "上海星河数智信息技术有限公司") + '<br>统一社会信用代码 ' +
        I("uscc", USCC_XINGHE, USCC_XINGHE) + '</div>'
        '<div class="fixbar"><a href="' + I("phone", "+8618621774390", "tel:+86-186-2177-4390") + '">📞 一键拨号</a> <a href="#">💬 在线咨询</a></div>')
cur["html"] = html_doc(cur["title"], body, ".banner{background:linear-gradient(#2b5cff,#6a8bff);color:#fff;padding:30px 16px}.sec{padding:12px 16px}.foot{font-size:12px;color:#999;text-align:center;padding:16px 16px 70px}.fixbar{position:fixed;bottom:0;left:0;right:0;background:#2b5cff;display:flex;justify-content:space-around;padding:12px}.fixbar a{color:#fff}", mobile=True)

begin("/video/v-7351029984.html", "video", "零基础也能做AI训练师？", True, "U02", "星河数智AI课",
      "short video page; offer in caption, WeChat in the author's pinned comment ties to the landing page")
body = ('<div class="player">▶ 视频 00:58</div><div class="cap"><b>@星河数智AI课</b><p>零基础也能做AI训练师？人工智能训练师五级/四级考证班，线上随到随学，'
        '1980起，考核通过发职业技能等级证书 #人工智能训练师 #AI #副业 #考证</p><p style="color:#888">❤ 1.3万 · 💬 412 · ⭐ 2051 · 上海</p></div>'
        '<div class="cm"><b>星河数智AI课（作者）</b>：置顶 需要大纲的宝子加v：' + I("wechat", "xhzx2025", "xhzx2025") + '，备注“抖视”</div>'
        '<div class="cm"><b>一只咸鱼</b>：真的零基础能考？五级不是要干满一年吗</div>'
        '<div class="cm"><b>星河数智AI课（作者）</b>：回复 一只咸鱼：有相关工作经历或学徒经历都可以，具体私信老师评估哈</div>'
        '<div class="cm"><b>路人甲乙丙</b>：这种证有用吗</div>'
        '<div class="cm"><b>小陈同学</b>：我同事考了四级，公司给涨了500</div>')
cur["html"] = video_shell(cur["title"], body)

begin("/mp/a-xinghe-0318.html", "mp", "2026年人工智能训练师报考全攻略（附报名通道）", True, "U02", "星河数智",
      "WeChat article by the company account; company name and USCC in the article footer tie to the landing page; own e-mail")
body = ('<p>人工智能训练师是人社部发布的新职业（4-04-05-05），国家职业技能标准2021年版共设五个等级。</p>'
        '<p><b>一、报考条件</b><br>五级：累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。<br>四级：取得五级证书后累计从事本职业4年以上，或累计工作6年以上……</p>'
        '<p><b>二、考核方式</b><br>理论知识考试和操作技能考核，均实行百分制，成绩皆达60分及以上者为合格。</p>'
        '<p><b>三、证书查询</b><br>职业技能等级证书可登录技能人才评价证书全国联网查询（' + d_osta_zscx() + '）查询。</p>'
        '<p><b>四、星河数智培训班</b><br>五级1980元、四级2580元，含线上课程、练习平台账号、模拟考试。报名后由老师一对一审核报考条件。</p>'
        '<p>报名/合作邮箱：' + I("email", "xhsz_ai@xinghe-ai.cn", "xhsz_ai@xinghe-ai.cn") + '</p>'
        '<hr><p style="font-size:13px;color:#888">主办：' + I("other", "上海星河数智信息技术有限公司", "上海星河数智信息技术有限公司") +
        '（统一社会信用代码：' + I("uscc", USCC_XINGHE, spaced_uscc(USCC_XINGHE)) + '）<br>本文部分内容整理自网络，如有侵权请联系删除。</p>')
cur["html"] = mp_shell(cur["title"], "星河数智", "2026-03-18 09:30", body)

# ---------------------------------------------------------------- U03 鼎盛 / 鼎晟
begin("/fenlei/p-48201937.html", "fenlei", "人工智能训练师报名 四级三级 郑州面授/网课 鼎盛教育", True, "U03", "鼎盛教育",
      "classifieds ad; mobile ties to the job post")
body = ('<h1>人工智能训练师报名 四级三级 郑州面授/网课</h1><p style="color:#999">发布时间：2026-03-25 ｜ 浏览 1532 次 ｜ 信息编号 ' +
        D("other", "YC-48201937", "YC-48201937") + '</p>' +
        info_table([("类别", "教育培训 &gt; 职业技能"), ("区域", "金水区 - 花园路"), ("机构", "鼎盛教育"),
                    ("联系人", "王老师"), ("电话", '<span class="red">' + I("phone", "+8615103726618", "151 0372 6618") + '</span>')]) +
        '<h3>详细描述</h3><p>鼎盛教育常年招生：人工智能训练师四级、三级，面授班周末上课（花园路校区），网课班随报随学。</p>'
        '<p>四级 2300元 三级 3600元（含资料费），报名送Python入门课。已有工作经验的学员可走快速通道，具体条件电话咨询。</p>'
        '<p>联系我时请说在易城分类看到的，谢谢！</p>')
cur["html"] = fenlei_shell(cur["title"], body)

begin("/fenlei/p-48377105.html", "fenlei", "招聘AI数据标注员 月薪6000-9000 无经验可培训上岗", True, "U03", "鼎盛人才服务",
      "job post that is really paid training (岗前培训收费 + certificate); mobile ties to the classifieds ad, landline ties to the school site")
body = ('<h1>招聘AI数据标注员 月薪6000-9000 无经验可培训上岗</h1><p style="color:#999">2026-04-02 发布 ｜ 郑州 - 郑东新区</p>' +
        info_table([("职位", "数据标注员 / AI训练师助理"), ("薪资", '<span class="red">6000-9000元/月</span>'), ("学历", "不限"), ("经验", "不限"),
                    ("公司", "鼎盛人才服务"), ("联系电话", I("phone", "+8637165882301", "0371-6588 2301") + "（人事部）")]) +
        '<h3>职位描述</h3><p>1. 负责图片、语音、文本数据的标注和审核；<br>2. 上岗前统一参加公司岗前培训，培训合格并取得人工智能训练师（四级）职业技能等级证书后推荐上岗；'
        '<br>3. 培训费1980元（含考证费），可分期，上岗后前三个月每月返还200元。</p>'
        '<p>有意者请联系人事王老师 ' + I("phone", "+8615103726618", "15103726618") + '，工作地点郑东新区。</p>')
cur["html"] = fenlei_shell(cur["title"], body)

begin("/dingsheng/ai-xunlianshi.html", "dingsheng", "人工智能训练师培训 - 郑州鼎晟职业培训学校", True, "U03", "鼎晟职业培训学校",
      "school's own site; landline ties to the job post, e-mail (own) ties to the forum post; provincial hotline and scam number in anti-fraud box; builder credit")
body = ('<div class="nav"><b>郑州鼎晟职业培训学校</b>　首页 · 专业设置 · 招生简章 · 学员风采 · 联系我们</div>'
        '<h1>人工智能训练师（四级/三级）招生简章</h1>'
        '<p>培训对象：从事或有意从事数据标注、AI算法测试工作的人员。<br>培训周期：四级约6周，三级约5周，周末面授。<br>'
        '收费标准：四级 2300 元/人，三级 3600 元/人（含教材、实操耗材）。符合条件者可申请技能提升补贴。</p>'
        '<p>考核：由备案的评价机构组织理论+实操考核，合格者颁发职业技能等级证书，全国联网可查（' + d_osta_main() + '）。</p>'
        '<h3>学员风采</h3><p>2025年度我校人工智能训练师班累计培训学员 600 余人。</p>'
        '<div class="box"><b>报名咨询</b><br>招生办：' + I("phone", "+8637165882301", "0371-65882301") + '<br>邮箱：' +
        I("email", "dingsheng_px@126.com", "dingsheng_px@126.com") + '<br>地址：郑州市金水区花园路与农业路交叉口东北角</div>'
        '<div class="box">⚠ 温馨提示：河南省人社厅咨询电话 ' + D("phone", "+8637112333", "0371-12333") + '。如有人以本校名义使用 ' +
        d_scam_phone("17058216634") + ' 联系您收取费用，请勿相信。</div>'
        '<div class="foot">© 郑州鼎晟职业培训学校 ｜ 豫ICP备2021008843号' + d_builder() + '</div>')
cur["ids"].append(["other", "豫ICP备2021008843号", "豫ICP备2021008843号"])
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + '</div>', ".nav{background:#14416e;color:#fff;padding:10px}.box{border:1px solid #ddd;padding:10px;margin:10px 0}.foot{font-size:12px;color:#888;margin-top:20px}.builder{color:#aaa}")

begin("/tieba/t-8841177302.html", "tieba", "【招生】鼎晟职校人工智能训练师周末班，四级三级均可报", True, "U03", "鼎晟职业培训学校",
      "forum thread opened by the school; e-mail with full-width at sign ties to the school site")
body = (post("鼎晟职校招生办", 1, "【招生】鼎晟职校人工智能训练师周末班开班啦！<br>四级2300 / 三级3600，面授+实操，郑州金水区花园路。"
             "<br>报名资料发邮箱：" + I("email", "dingsheng_px@126.com", "dingsheng_px＠126.com") + "，注明姓名+报考级别。", "2026-03-28 14:02", True) +
        post("郑州小透明", 2, "请问是正规备案的吗？", "2026-03-28 15:10") +
        post("鼎晟职校招生办", 3, "回复 郑州小透明：考核由备案评价机构组织，证书可以在官网查询", "2026-03-28 15:33", True) +
        post("晚风", 4, "帮顶", "2026-03-29 09:12"))
cur["html"] = tieba_shell(cur["title"], body)

# ---------------------------------------------------------------- U04 未来智能 / 林老师
begin("/wenda/q-582019374.html", "wenda", "人工智能训练师证书怎么考？零基础能考几级？", True, "U04", "未来AI训练营",
      "Q&A; the second answer is a sales answer with VX id; ties to the note")
body = ('<div class="q">人工智能训练师证书怎么考？零基础能考几级？</div><div class="meta">关注者 1,284 · 被浏览 386,120</div>' +
        answer("数据民工老K", "AI数据标注从业者", "按国家标准，五级要求累计工作1年或学徒期满，四级往上都要前一级证书加年限。零基础直接考二级、一级的都是忽悠。"
               "证书真假去 " + d_osta_zscx() + " 查，查不到的别交钱。", "赞同 2.3K · 编辑于 2026-02-11") +
        answer("林老师", "未来AI训练营 讲师｜带过3000+学员", "谢邀。零基础的同学建议从五级或四级开始，先把数据采集、清洗、标注规范学扎实。<br>"
               "我们未来AI训练营这期四级班2880（含实操平台），每周三次直播，结课后统一组织考核。<br>"
               "有需要的可以私信或加我VX：" + I("wechat", "linlaoshi_ai", "linlaoshi_ai") + "，发你课表。", "赞同 86 · 发布于 2026-03-02") +
        answer("匿名用户", "", "补充一句，宣传“人社部颁发”的都不对，现在是评价机构发证。", "赞同 410 · 发布于 2026-03-05"))
cur["html"] = wenda_shell(cur["title"], body)

begin("/notes/n-7be02c91.html", "notes", "AI训练师四级班开课啦｜北京可线下", True, "U04", "未来AI训练营",
      "note; VX id ties to the Q&A answer, QQ group (spaced) ties to the marketplace shop")
body = ('<img src="' + PIX + '" alt="课程海报" width="100%" height="300"><h2>AI训练师四级班开课啦｜北京可线下</h2>'
        '<p>📌 人工智能训练师 四级/三级<br>📌 直播课 + 海淀线下实操<br>📌 四级 2880｜三级 3880</p>'
        '<p>学员群里每天有答疑，进群请备注“红书”：QQ群 ' + I("qq_group", "738215946", "738 215 946") + '<br>想详细了解就滴滴林老师 VX ' +
        I("wechat", "linlaoshi_ai", "Linlaoshi_AI") + '</p>'
        '<p class="tag">#AI训练师 #北京考证 #技能提升</p><p style="color:#999">林老师带你学AI · 03-26 · 北京</p>' +
        cm("大熊", "线下在海淀哪里呀") + cm("林老师带你学AI", "中关村附近，进群看通知哈", "作者"))
cur["html"] = notes_shell(cur["title"], body)

begin("/market/shop-weilai.html", "market", "【未来智能教育】人工智能训练师三级 高级工 直播课 - 学途网", True, "U04", "未来智能教育",
      "marketplace shop under the company brand; QQ group ties to the note; own landline")
body = ('<div class="box"><h1>人工智能训练师三级（高级工）直播精讲班｜未来智能教育</h1><p class="price">¥3880</p>'
        '<p>已售 342 ｜ 课程编号 ' + D("other", "XT-KC-20260319-0412", "XT-KC-20260319-0412") + '</p></div>'
        '<div class="box"><h3>课程介绍</h3><p>适合已取得四级证书的数据标注、算法测试从业者。内容：业务分析、智能训练、智能系统设计、培训与指导。'
        '40课时直播+题库，考前两次模拟。</p></div>'
        '<div class="box"><h3>商家信息</h3><p>未来智能教育科技（北京）有限公司 · 北京海淀</p><p>电话：' +
        I("phone", "+861062593378", "010-6259 3378") + '</p><p>学员答疑群（QQ群）：' + I("qq_group", "738215946", "738215946") + '</p></div>')
cur["html"] = market_shell(cur["title"], body)

# ---------------------------------------------------------------- U05 瑞智
begin("/market/shop-ruizhi.html", "market", "瑞智考培｜人工智能训练师四级 深圳周末班 - 学途网", True, "U05", "瑞智考培",
      "marketplace shop; landline ties to the seller site")
body = ('<div class="box"><h1>人工智能训练师四级 深圳周末班（福田）｜瑞智考培</h1><p class="price">¥2980</p>'
        '<p>已售 518 ｜ 课程编号 ' + D("other", "XT-KC-20260227-0133", "XT-KC-20260227-0133") + '</p></div>'
        '<div class="box"><p>周末面授，4周完成；深圳户籍或在深参保满一年可申领技能提升补贴（以人社部门审核为准）。</p>'
        '<p>最近成交：订单号 ' + D("other", "2026041318223907", "2026041318223907") + '（张**）</p></div>'
        '<div class="box"><h3>门店信息</h3><p>瑞智考培 · 深圳福田区车公庙</p><p>门店电话：' +
        I("phone", "+8675523618890", "0755-2361 8890") + '</p></div>')
cur["html"] = market_shell(cur["title"], body)

RUIZHI_CSS = ".nav{background:#8b1a1a;color:#fff;padding:10px}.nav a{color:#fff}.foot{font-size:12px;color:#777;border-top:1px solid #ccc;margin-top:20px}"
begin("/ruizhi/course.html", "ruizhi", "人工智能训练师培训课程 - 深圳瑞智教育", True, "U05", "深圳瑞智教育",
      "seller's own site; full-width landline ties to the shop, e-mail to the WeChat article, domain to the video; form placeholder; scam number copied")
body = ('<div class="nav"><b>深圳瑞智教育</b>　<a href="/ruizhi/index.html">首页</a> · 课程 · 师资 · 联系</div>'
        '<h1>人工智能训练师（四级/三级）</h1><p>课程亮点：小班教学（15人以内），真实标注项目实操，考前冲刺。</p>'
        '<ul><li>四级：2980元，周末4周</li><li>三级：3980元，周末5周（需持四级证书及满足年限）</li></ul>'
        '<p>证书查询：' + d_osta_zscx() + '　<b>谨防</b>假冒查询网站 ' + d_scam_site("zscx-osta.com") + '！</p>'
        '<form><p>在线报名</p><input placeholder="姓名"> <input placeholder="' + d_placeholder_phone("手机号 例 138 0013 8000") + '"> <button type="button">提交</button></form>'
        '<div class="foot">咨询热线：' + I("phone", "+8675523618890", "０７５５－２３６１８８９０") + '　邮箱：' +
        I("email", "ruizhi_edu@qq.com", "ruizhi_edu@qq.com") + '<br>' + I("domain", "szruizhi.com", "szruizhi.com") + ' 版权所有 粤ICP备2020117356号</div>')
cur["ids"].append(["other", "粤ICP备2020117356号", "粤ICP备2020117356号"])
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + '</div>', RUIZHI_CSS)

begin("/ruizhi/index.html", "ruizhi", "深圳瑞智教育 - 职业技能 · 学历提升", False, None, "深圳瑞智教育",
      "seller homepage without an offer (adult-education brochure style), links to the course page", group="U05")
body = ('<div class="nav"><b>深圳瑞智教育</b>　首页 · <a href="/ruizhi/course.html">课程</a> · 师资 · 联系</div>'
        '<h1>专注成人职业教育十年</h1><p>瑞智教育为深圳地区在职人员提供职业技能培训、学历提升咨询、企业内训等服务。</p>'
        '<h3>热门方向</h3><ul><li><a href="/ruizhi/course.html">人工智能训练师</a></li><li>健康管理师（咨询）</li><li>成人本科学历提升（咨询）</li></ul>'
        '<div class="foot">咨询热线：0755-23618890　szruizhi.com 版权所有 粤ICP备2020117356号</div>')
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + '</div>', RUIZHI_CSS)

begin("/mp/a-ruizhi-0402.html", "mp", "深圳在职人员注意：这个新职业证书可以申请补贴！", True, "U05", "深圳瑞智教育",
      "WeChat article; obfuscated e-mail (AT) ties to the seller site; quotes 12333")
body = ('<p>最近很多同学问：考人工智能训练师能不能拿补贴？答案是：<b>符合条件可以！</b></p>'
        '<p>根据失业保险技能提升补贴政策，参保满一年的职工取得五级、四级、三级职业技能等级证书，可按规定申领补贴，'
        '具体标准请咨询 ' + d_12333() + ' 或当地人社部门。</p>'
        '<p>🔥 瑞智教育4月班报名中：四级2980元，三级3980元，福田车公庙周末上课。</p>'
        '<p>报名方式：把【姓名+电话+报考级别】发送到 ' + I("email", "ruizhi_edu@qq.com", "ruizhi_edu AT qq.com") + '，老师24小时内联系你。</p>'
        '<p style="color:#999">▲ 点击阅读原文了解课程</p>')
cur["html"] = mp_shell(cur["title"], "瑞智教育深圳", "2026-04-02 12:00", body, original=False)

begin("/video/v-7360044172.html", "video", "深圳上班族考证攻略", True, "U05", "瑞智考培",
      "short video; caption points to the seller's domain; ties to the seller site")
body = ('<div class="player">▶ 视频 01:32</div><div class="cap"><b>@瑞智考培</b><p>深圳上班族考证攻略｜人工智能训练师四级周末班2980，'
        '参保满一年可申请补贴👉 官网 ' + I("domain", "szruizhi.com", "szruizhi.com") + ' 搜“训练师” #深圳 #考证 #AI训练师</p>'
        '<p style="color:#888">❤ 3,288 · 💬 97 · 广东</p></div>'
        '<div class="cm"><b>打工人小吴</b>：补贴能拿多少？</div><div class="cm"><b>瑞智考培（作者）</b>：不同等级标准不一样，以人社审核为准哦</div>'
        '<div class="cm"><b>Sunny</b>：去年在他们家考的，还行</div>')
cur["html"] = video_shell(cur["title"], body)

# ---------------------------------------------------------------- U06 江南 / 苏职通
begin("/jiangnan/index.html", "jiangnan", "江南职培 · 人工智能训练师认定培训（苏州）", True, "U06", "江南职培",
      "seller's own site with floating QQ widget and footer USCC; QQ ties to the classifieds ad; builder credit")
body = ('<div class="nav"><b>江南职培</b> 苏州职业技能培训中心 ｜ 首页 · 培训项目 · 报名流程 · 联系我们</div>'
        '<div class="hero"><h1>人工智能训练师 职业技能等级认定培训</h1><p>苏州高新区面授 · 五级/四级/三级</p></div>'
        '<h3>收费标准</h3><p>五级 1600元 ｜ 四级 2400元 ｜ 三级 3500元（含培训、教材、考核服务费）</p>'
        '<h3>报名流程</h3><ol><li>电话或QQ咨询，老师审核报考条件</li><li>提交身份证、学历及工作证明</li><li>缴费入班</li><li>参加认定考核</li></ol>'
        '<p>联系电话：' + I("phone", "+8651268785512", "0512-68785512") + ' ｜ 地址：苏州高新区狮山路</p>'
        '<div class="float"><a href="' + I("qq", "2469130857", "tencent://message/?uin=2469130857") + '&amp;Site=jnzp&amp;Menu=yes">'
        '<img src="' + PIX + '" alt="在线客服" width="40" height="40"><br>QQ咨询</a></div>'
        '<div class="foot">苏州江南职业技能培训有限公司 ｜ 统一社会信用代码 ' + I("uscc", USCC_JIANGNAN, USCC_JIANGNAN) +
        ' ｜ 苏ICP备2023009417号' + d_builder() + '</div>')
cur["ids"].append(["other", "苏ICP备2023009417号", "苏ICP备2023009417号"])
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + '</div>', ".nav{border-bottom:3px solid #2a7;padding:8px 0}.hero{background:#e8f6ef;padding:20px}.float{position:fixed;right:10px;top:40%;background:#2a7;padding:8px;text-align:center}.float a{color:#fff}.foot{font-size:12px;color:#888;margin-top:20px}.builder{color:#aaa}")

begin("/fenlei/p-48455210.html", "fenlei", "苏州 人工智能训练师考证 苏职通 报名咨询", True, "U06", "苏职通",
      "classifieds ad; QQ ties to the seller site, mobile ties to the Q&A answer")
body = ('<h1>苏州 人工智能训练师考证 苏职通 报名咨询</h1><p style="color:#999">2026-04-06 ｜ 苏州 - 高新区 ｜ 信息编号 ' +
        D("other", "YC-48455210", "YC-48455210") + '</p>' +
        info_table([("类别", "教育培训 &gt; 职业资格"), ("服务商", "苏职通"), ("联系人", "陈老师"),
                    ("手机", I("phone", "+8618751203396", "187-5120-3396")), ("QQ", I("qq", "2469130857", "2469130857"))]) +
        '<h3>详细描述</h3><p>苏职通专业代办苏州地区职业技能等级认定报名，人工智能训练师五级/四级/三级滚动开班，面授地点高新区。'
        '四级2400、三级3500。外地学员可线上学习，考核需到苏州现场。</p>')
cur["html"] = fenlei_shell(cur["title"], body)

begin("/wenda/q-590381126.html", "wenda", "苏州哪里可以考人工智能训练师？", True, "U06", "苏职通",
      "Q&A answer; phone with 微信同号 (phone + wechat) ties to the classifieds ad")
body = ('<div class="q">苏州哪里可以考人工智能训练师？</div><div class="meta">关注者 57 · 被浏览 12,904</div>' +
        answer("苏职通-陈老师", "苏州职业技能报名咨询", "苏州高新区和工业园区都有评价机构组织人工智能训练师的认定。我们苏职通这边五级1600、四级2400、三级3500，"
               "每月开班。报名需要身份证、学历证明和工作证明。<br>有问题可以直接电话/微信：" +
               I("phone", "+8618751203396", "18751203396") + "（" + I("wechat", "18751203396", "微信同号") + "）", "赞同 12 · 发布于 2026-04-08") +
        answer("姑苏小猫", "", "建议先查机构是不是在人社备案，苏州人社的网站上有公示。", "赞同 31 · 发布于 2026-04-09"))
cur["html"] = wenda_shell(cur["title"], body)

# ---------------------------------------------------------------- U07 千帆
begin("/m-qianfan/index.html", "m-qianfan", "千帆AI职业教育 - 人工智能训练师 三证班", True, "U07", "千帆AI职业教育",
      "mobile landing page; copy-WeChat button, corporate bank account and payee name; form placeholder; certificate sample number")
body = ('<div class="banner"><h2>人工智能训练师 五级+四级+三级</h2><p>三证连报 立省1500｜线上学习 名额有限</p></div>'
        '<div class="sec"><p>✅ 单报四级 2680元<br>✅ 四级+三级 5980元<br>✅ 五级+四级+三级 三证班 6980元</p>'
        '<p style="font-size:12px;color:#888">*三级需满足相应年限条件，是否符合以老师审核为准</p></div>'
        '<div class="sec"><h3>证书样本</h3><img src="' + PIX + '" alt="证书样本" width="220" height="150"><p>编号：' + d_cert_sample() + '</p></div>'
        '<div class="sec"><h3>报名缴费</h3><p>对公账户转账<br>户名：' + I("other", "成都千帆启航教育咨询有限公司", "成都千帆启航教育咨询有限公司") +
        '<br>开户行：中国建设银行成都武侯支行<br>账号：' + I("other", "510201880000334671", "5102 0188 0000 3346 71") + '</p></div>'
        '<form class="sec"><input placeholder="请输入姓名"><input placeholder="' + d_placeholder_phone("请输入手机号，如13800138000") + '"><button type="button">提交报名</button></form>'
        '<div class="fixbar"><span id="wx">' + I("wechat", "qianfan-edu", "qianfan-edu") + '</span> <button type="button" onclick="void(0)">复制微信号</button></div>')
cur["html"] = html_doc(cur["title"], body, ".banner{background:#0a2f6b;color:#ffd36b;padding:24px 16px}.sec{padding:10px 16px}.fixbar{position:fixed;bottom:0;left:0;right:0;background:#07c160;color:#fff;padding:12px;text-align:center}", mobile=True)

begin("/video/v-7362210085.html", "video", "AI训练师三证班", True, "U07", "千帆启航",
      "short video; WeChat given in a reply to a viewer's comment ties to the landing page")
body = ('<div class="player">▶ 视频 00:41</div><div class="cap"><b>@千帆启航·AI职业教育</b><p>AI训练师五级四级三级一起拿，三证班6980，线上学，'
        '名额有限 #人工智能训练师 #考证 #成都</p><p style="color:#888">❤ 6,021 · 💬 288 · 四川</p></div>'
        '<div class="cm"><b>木子李</b>：怎么报名？</div>'
        '<div class="cm"><b>千帆启航·AI职业教育（作者）</b>：回复 木子李：已私你，或者直接加 ' + I("wechat", "qianfan-edu", "qianfan-edu") + ' 备注“训练师”</div>'
        '<div class="cm"><b>理性吃瓜</b>：三个等级一起考？三级不是要年限吗</div>'
        '<div class="cm"><b>小鱼干</b>：评论区都是托吧</div>')
cur["html"] = video_shell(cur["title"], body)

begin("/mp/a-qianfan-0410.html", "mp", "千帆启航｜4月AI训练师班报名通道已开启", True, "U07", "千帆启航",
      "WeChat article; corporate account (payee name + number) ties to the landing page; own landline")
body = ('<p>各位同学好！千帆启航4月人工智能训练师班开始报名👇</p><p>📍 班型：四级 2680 / 四级+三级 5980 / 三证班 6980<br>📍 学习方式：线上直播+录播，配套题库</p>'
        '<p><b>缴费方式（对公）</b><br>户名：' + I("other", "成都千帆启航教育咨询有限公司", "成都千帆启航教育咨询有限公司") +
        '<br>账号：' + I("other", "510201880000334671", "510201880000334671") + '<br>转账请备注姓名+手机号</p>'
        '<p>咨询电话：' + I("phone", "+862887652210", "028-87652210") + '（工作日9:00-18:00）</p>'
        '<p style="color:#999">温馨提示：证书以评价机构发放为准，可在 ' + d_osta_zscx() + ' 查询。</p>')
cur["html"] = mp_shell(cur["title"], "千帆启航教育", "2026-04-10 18:20", body)

# ---------------------------------------------------------------- U08 博睿 / 华职联盟
begin("/market/shop-borui.html", "market", "博睿职业技能｜人工智能训练师四级 网课+题库 - 学途网", True, "U08", "博睿职业技能",
      "marketplace shop; e-mail ties to the alliance site")
body = ('<div class="box"><h1>人工智能训练师四级 网课+题库 考前押题｜博睿职业技能</h1><p class="price">¥1880</p>'
        '<p>已售 2,310 ｜ 课程编号 ' + D("other", "XT-KC-20260105-0021", "XT-KC-20260105-0021") + '</p></div>'
        '<div class="box"><p>全套录播课42节 + 1200道题库 + 实操模拟。学完后可报名由合作评价机构组织的四级考核（考核费另计）。</p></div>'
        '<div class="box"><h3>商家联系方式</h3><p>博睿职业技能 · 湖北武汉</p><p>资料邮箱：' +
        I("email", "borui_px@sina.com", "borui_px@sina.com") + '</p></div>')
cur["html"] = market_shell(cur["title"], body)

begin("/huazhi/index.html", "huazhi", "华职联盟 - 人工智能训练师全国报名中心", True, "U08", "华职联盟",
      "alliance's own site; bracketed e-mail ties to the shop, +86 mobile ties to the forum reply; admission-ticket number in a testimonial; form placeholder")
body = ('<div class="nav"><b>华职联盟</b> 全国职业技能报名服务 ｜ 首页 · 报考指南 · 证书查询 · 加盟合作</div>'
        '<h1>人工智能训练师 全国报名中心</h1><p>华职联盟联合多地培训机构，提供人工智能训练师四级/三级报名、培训、考前辅导一站式服务。</p>'
        '<p>四级 1880元（网课） / 2580元（面授）；三级 3580元。</p>'
        '<h3>学员喜报</h3><p>恭喜武汉学员刘同学（准考证号 ' + D("other", "420126250300417", "420126250300417") + '）一次通过四级考核！</p>'
        '<form><input placeholder="姓名"><input placeholder="' + d_placeholder_phone("手机（如13800138000）") + '"><button type="button">免费咨询</button></form>'
        '<div class="foot">服务热线：' + I("phone", "+8613588021947", "+86 135 8802 1947") + ' ｜ 邮箱：' +
        I("email", "borui_px@sina.com", "borui_px[at]sina.com") + ' ｜ 武汉市洪山区光谷大道</div>')
cur["html"] = html_doc(cur["title"], '<div class="wrap">' + body + '</div>', ".nav{background:#b8860b;color:#fff;padding:10px}.foot{font-size:12px;color:#777;border-top:1px solid #ddd;margin-top:20px}")

begin("/tieba/t-8852003916.html", "tieba", "考人工智能训练师被坑了一次，这次想找个靠谱的", True, "U08", "华职联盟",
      "forum thread; a reply from the alliance gives the mobile with dashes; warning posts quote a scam number")
body = (post("桂子山下", 1, "去年在网上交了800说包过拿证，结果人跑了，对方QQ是 " + D("qq", "2851736490", "2851736490") +
             "，大家小心。这次想找个靠谱的机构，武汉的。", "2026-04-01 20:15", True) +
        post("光谷打工人", 2, "我也差点被骗，骗子电话 " + d_scam_phone("170 5821 6634") + "，说是人社局的", "2026-04-01 20:40") +
        post("华职联盟武汉站", 3, "楼主别急，我们华职联盟武汉站四级网课1880，面授2580，考核是备案机构组织的，不存在包过。电话 " +
             I("phone", "+8613588021947", "135-8802-1947") + " 可以来光谷校区看看。", "2026-04-02 09:03") +
        post("桂子山下", 4, "谢谢，我先去实地看看", "2026-04-02 10:12", True))
cur["html"] = tieba_shell(cur["title"], body)

# ---------------------------------------------------------------- U09 启明星 / 明途
begin("/m-qmx/index.html", "m-qmx", "启明星AI课堂｜人工智能训练师 随报随学", True, "U09", "启明星AI课堂",
      "mobile landing page; domain in footer, QQ group; builder credit")
body = ('<div class="banner"><h2>启明星AI课堂</h2><p>人工智能训练师四级 · 三级｜录播+直播答疑</p></div>'
        '<div class="sec"><p>四级 2199元 ｜ 三级 3299元<br>赠送：Python基础课、标注工具实操包</p>'
        '<p>考核由人社备案评价机构组织，理论+实操。</p></div>'
        '<div class="sec">学员交流QQ群：' + I("qq_group", "618302745", "618302745") + '（入群审核）</div>'
        '<div class="foot">' + I("domain", "qmxketang.cn", "qmxketang.cn") + ' © 启明星AI课堂' + d_builder() + '</div>')
cur["html"] = html_doc(cur["title"], body, ".banner{background:#4b2c82;color:#fff;padding:24px 16px}.sec{padding:10px 16px}.foot{font-size:12px;color:#999;text-align:center;padding:14px}.builder{color:#bbb}", mobile=True)

begin("/notes/n-81c9d0a4.html", "notes", "自学AI训练师的第30天｜分享我报的课", True, "U09", "明途教育",
      "note that sells; domain (with www) ties to the landing page, e-mail ties to the classifieds ad")
body = ('<img src="' + PIX + '" alt="学习打卡" width="100%" height="300"><h2>自学AI训练师的第30天｜分享我报的课</h2>'
        '<p>打卡第30天✌️ 从完全不懂到能独立做标注质检～<br>我报的是明途教育合作的课程，四级2199，网课可以反复看。</p>'
        '<p>课程官网：' + I("domain", "qmxketang.cn", "www.qmxketang.cn") + '<br>想报名的可以发邮件给明途的老师 ' +
        I("email", "mingtu_edu@foxmail.com", "mingtu_edu@foxmail.com") + '，说是红书看到的有优惠</p>'
        '<p class="tag">#AI训练师 #自学打卡 #转行</p><p style="color:#999">明途教育·小满 · 04-03 · 湖南</p>' +
        cm("椰子", "是广告吗哈哈") + cm("明途教育·小满", "是我们合作课程啦，真实学员反馈", "作者"))
cur["html"] = notes_shell(cur["title"], body)

begin("/fenlei/p-48502288.html", "fenlei", "长沙 人工智能训练师 四级三级 网课 明途教育", True, "U09", "明途教育",
      "classifieds ad; obfuscated e-mail ties to the note")
body = ('<h1>长沙 人工智能训练师 四级三级 网课 明途教育</h1><p style="color:#999">2026-04-09 ｜ 长沙 - 岳麓区 ｜ 信息编号 ' +
        D("other", "YC-48502288", "YC-48502288") + '</p>' +
        info_table([("类别", "教育培训 &gt; 职业技能"), ("机构", "明途教育"), ("联系方式", "请发邮件：" +
                    I("email", "mingtu_edu@foxmail.com", "mingtu_edu # foxmail.com") + "（#换成@）")]) +
        '<h3>详细描述</h3><p>明途教育长期招收人工智能训练师学员，四级2199，三级3299，网课+直播答疑，全国可报。报名请发邮件写明姓名、电话、报考等级。</p>')
cur["html"] = fenlei_shell(cur["title"], body)

# ---------------------------------------------------------------- independents
begin("/market/shop-anxin.html", "market", "安心职培｜人工智能训练师五级 入门班 - 学途网", True, None, "安心职培",
      "independent marketplace shop", group="I1")
body = ('<div class="box"><h1>人工智能训练师五级（初级工）入门班｜安心职培</h1><p class="price">¥1580</p>'
        '<p>已售 96 ｜ 课程编号 ' + D("other", "XT-KC-20260330-0519", "XT-KC-20260330-0519") + '</p></div>'
        '<div class="box"><p>60课时，适合有一年以上相关工作经历或学徒经历的学员，零基础先试听再决定。</p></div>'
        '<div class="box"><h3>联系商家</h3><p>安心职培 · 安徽合肥</p><p>手机：' + I("phone", "+8613329057712", "133 2905 7712") + '</p></div>')
cur["html"] = market_shell(cur["title"], body)

begin("/tieba/t-8860431778.html", "tieba", "人工智能训练师和生成式人工智能系统应用员有啥区别？", True, None, "求学小铺",
      "forum thread with neutral answers; one reply sells with a '+V' id", group="I2")
body = (post("路过的星星", 1, "看到有卖“生成式人工智能”证书的，和人工智能训练师是一个东西吗？", "2026-04-05 11:20", True) +
        post("资深吧友", 2, "不是，训练师是4-04-05-05，生成式人工智能系统应用员是4-04-05-13，两个职业。", "2026-04-05 11:35") +
        post("求学小铺", 3, "训练师四级证2480包培训包考核，有意+V " + I("wechat", "aixue_88", "aixue_88"), "2026-04-05 12:02") +
        post("资深吧友", 4, "楼上又来了，吧主删一下", "2026-04-05 12:10"))
cur["html"] = tieba_shell(cur["title"], body)

begin("/wenda/q-601177420.html", "wenda", "石家庄人工智能训练师培训机构哪家好？", True, None, "宏图教育",
      "independent Q&A answer selling; landline + QQ", group="I3")
body = ('<div class="q">石家庄人工智能训练师培训机构哪家好？</div><div class="meta">关注者 33 · 被浏览 6,210</div>' +
        answer("宏图教育-赵老师", "石家庄宏图教育 课程顾问", "我们宏图教育在裕华区，人工智能训练师四级面授2200，三级3300，晚班和周末班都有。"
               "可以来校区试听。电话 " + I("phone", "+8631185674420", "0311-85674420") + "，QQ " + I("qq", "1570386642", "1570386642"), "赞同 4 · 发布于 2026-03-30") +
        answer("冀A打工人", "", "多比较几家，看评价机构是不是在人社备案了。", "赞同 9 · 发布于 2026-03-31"))
cur["html"] = wenda_shell(cur["title"], body)

begin("/notes/n-93f0e1b7.html", "notes", "AI训练师证书到手啦！附证书和报名方式", True, None, "小鹿学姐",
      "independent note; seller posts a certificate sample number and WeChat", group="I4")
body = ('<img src="' + PIX + '" alt="证书照片" width="100%" height="300"><h2>AI训练师证书到手啦！附证书和报名方式</h2>'
        '<p>三月底考的四级，今天终于拿到证啦🎉 证书编号 ' + d_cert_sample() + '（网上可查）</p>'
        '<p>好多宝子问在哪报的，我现在帮老师招生，四级2380包资料，🦌+v ' + I("wechat", "xiaolu_xj2026", "xiaolu_xj2026") + '</p>'
        '<p class="tag">#AI训练师 #拿证 #考证经验</p><p style="color:#999">小鹿学姐 · 04-12 · 江西</p>' +
        cm("一颗橙子", "证书编号怎么跟别人晒的一样？") + cm("路人", "同问"))
cur["html"] = notes_shell(cur["title"], body)

begin("/video/v-7365518821.html", "video", "AI训练师四级考什么？", True, None, "智学堂",
      "independent short video; mobile with 微信同号 in caption", group="I5")
body = ('<div class="player">▶ 视频 02:10</div><div class="cap"><b>@智学堂AI</b><p>AI训练师四级考什么？一条视频讲清楚！报课2580，电话 ' +
        I("phone", "+8619984206613", "199 8420 6613") + '（' + I("wechat", "19984206613", "微信同号") + '）#AI训练师 #干货</p>'
        '<p style="color:#888">❤ 892 · 💬 35 · 陕西</p></div><div class="cm"><b>卷不动了</b>：讲得挺清楚</div>')
cur["html"] = video_shell(cur["title"], body)

begin("/mp/a-lanjing-0321.html", "mp", "蓝鲸职教｜人工智能训练师三级高研班招生", True, None, "蓝鲸职教",
      "independent WeChat article; own 400 number, own domain and e-mail; scam number copied into anti-fraud note; certificate sample", group="I6")
body = ('<p>蓝鲸职教人工智能训练师三级高研班（第7期）招生！</p><p>面向已持四级证书并满足年限要求的从业者，40课时，重点讲授业务分析、智能训练、智能系统设计。学费 3880 元。</p>'
        '<p>证书样本编号 ' + d_cert_sample() + '，请以实际发证为准。</p>'
        '<p>📞 全国报名热线：' + I("phone", "+864008632719", "400-863-2719") + '<br>📧 ' + I("email", "zhaosheng@lanjingzj.com", "zhaosheng@lanjingzj.com") +
        '<br>🌐 ' + I("domain", "lanjingzj.com", "www.lanjingzj.com") + '</p>'
        '<p style="color:#c00">【防骗提醒】本机构不会通过 ' + d_scam_phone("17058216634") + ' 等个人手机号收取“入库费”，请认准官方热线。</p>')
cur["html"] = mp_shell(cur["title"], "蓝鲸职教", "2026-03-21 20:00", body)

begin("/fenlei/p-48519063.html", "fenlei", "西安 人工智能训练师 考证培训 华夏培训", True, None, "华夏培训",
      "independent classifieds ad", group="I7")
body = ('<h1>西安 人工智能训练师 考证培训 华夏培训</h1><p style="color:#999">2026-04-11 ｜ 西安 - 雁塔区 ｜ 信息编号 ' +
        D("other", "YC-48519063", "YC-48519063") + '</p>' +
        info_table([("类别", "教育培训 &gt; 职业技能"), ("机构", "华夏培训"), ("电话", I("phone", "+8615609214478", "156 0921 4478"))]) +
        '<h3>详细描述</h3><p>人工智能训练师五级/四级，五级1500，四级2300，小班面授，雁塔区小寨附近。</p>')
cur["html"] = fenlei_shell(cur["title"], body)

begin("/news/ad-jinqiao.html", "news", "【合作推广】金桥职业培训学校人工智能训练师春季班开始报名", True, None, "金桥职业培训学校",
      "advertorial on the news portal; independent seller's landline", group="I8")
body = ('<h1>【合作推广】金桥职业培训学校人工智能训练师春季班开始报名</h1><p class="src">2026-03-15 来源：合作推广</p>'
        '<p>随着人工智能产业快速发展，数据标注、算法测试等岗位需求持续增长。佛山金桥职业培训学校人工智能训练师春季班即日起报名，'
        '四级 2500 元，三级 3600 元，周末面授。</p><p>报名电话：' + I("phone", "+8675783321056", "0757-83321056") + '　地址：佛山市南海区桂城</p>'
        '<p class="src">（本文为合作推广内容，不代表本网观点）</p>')
cur["html"] = news_shell(cur["title"], body)

# ---------------------------------------------------------------- non-offers
begin("/news/warn-20260408.html", "news", "市人社局提醒：谨防“人工智能训练师证书包过”骗局", note="news warning quoting scam phone, QQ and a fake query site; public numbers")
body = ('<h1>市人社局提醒：谨防“人工智能训练师证书包过”骗局</h1><p class="src">2026-04-08 09:12 来源：中原城市网 记者 李想</p>'
        '<p>近期，市人社局接到多起群众反映，有人冒充“人社部证书中心”工作人员，以“免考包过”“加急入库”为由收取费用。</p>'
        '<blockquote>据受害人提供的线索，诈骗人员使用的手机号为 ' + d_scam_phone("170-5821-6634") + '，QQ号 ' + D("qq", "2851736490", "2851736490") +
        '，并引导受害人登录假冒查询网站 ' + d_scam_site() + ' “查询”证书。</blockquote>'
        '<p>市人社局提醒：职业技能等级证书由经备案的评价机构颁发，可在技能人才评价证书全国联网查询（' + d_osta_zscx() + '）核验；'
        '如有疑问可拨打 ' + d_12333() + ' 或省人社厅咨询电话 ' + D("phone", "+8637112333", "0371-12333") + '，也可拨打市民热线 ' + d_12345() + ' 反映。</p>')
cur["html"] = news_shell(cur["title"], body)

begin("/news/warn-20260322.html", "news", "花800元买“AI证书”，到手的却是一张假证", note="news story about a fake-certificate case; quotes a fake query site, public numbers")
body = ('<h1>花800元买“AI证书”，到手的却是一张假证</h1><p class="src">2026-03-22 16:40 来源：中原城市网</p>'
        '<p>市民刘先生在短视频平台看到“人工智能训练师证书，不用考试，7天拿证”的广告，转账800元后收到一张证书，'
        '对方称可在 ' + d_scam_site("zscx-osta.com") + ' 查询。刘先生到人社部门核实后才发现是假证。</p>'
        '<p>民警提示：凡是“不用考试直接拿证”的都是骗局。遇到类似情况请及时拨打110报警，或拨打 ' + d_12345() + ' 热线，'
        '也可向市场监管部门 ' + D("phone", "12315", "12315") + ' 投诉。</p>')
cur["html"] = news_shell(cur["title"], body)

begin("/news/policy-20260301.html", "news", "我市2026年技能提升补贴申领指南发布", note="policy news; official sites and public numbers")
body = ('<h1>我市2026年技能提升补贴申领指南发布</h1><p class="src">2026-03-01 10:00 来源：市人社局</p>'
        '<p>参加失业保险累计1年以上的企业职工，取得初级（五级）、中级（四级）、高级（三级）职业技能等级证书的，可按规定申领技能提升补贴，'
        '标准分别为不超过1000元、1500元、2000元。证书信息须能在 ' + d_osta_main("osta.org.cn") + ' 或技能人才评价证书全国联网查询平台核验。</p>'
        '<p>咨询电话：' + d_12333() + '。</p>')
cur["html"] = news_shell(cur["title"], body)

begin("/wenda/q-577310298.html", "wenda", "人工智能训练师证书有用吗？值得考吗？", note="neutral Q&A; no seller; official sites and 12333")
body = ('<div class="q">人工智能训练师证书有用吗？值得考吗？</div><div class="meta">关注者 2,301 · 被浏览 1,022,847</div>' +
        answer("HR小王", "互联网公司招聘", "对数据标注、AI训练相关岗位有一定加分，但企业更看实际项目经验。证书属于职业技能等级证书，不是职业资格证书。", "赞同 5.1K · 编辑于 2026-01-20") +
        answer("一只考证狗", "", "有用的地方：部分城市积分落户、技能提升补贴。查真假去 " + d_osta_zscx() + "，补贴政策问 " + d_12333() + "。", "赞同 1.2K · 发布于 2026-02-03"))
cur["html"] = wenda_shell(cur["title"], body)

begin("/tieba/t-8871290055.html", "tieba", "【经验】人工智能训练师四级一次过，分享备考", note="neutral experience thread; admission-ticket number shared (also on a seller page)")
body = (post("考证达人阿成", 1, "上周出成绩，理论78实操85，一次过。分享几点：1.题库刷三遍；2.实操多练标注工具；3.考前看准考证信息，我的准考证号 " +
             D("other", "420126250300417", "420126250300417") + " 打码都忘了哈哈。证书出来后去 " + d_osta_zscx() + " 能查到。", "2026-04-10 22:30", True) +
        post("小透明", 2, "恭喜！准考证号别乱发啊", "2026-04-10 22:41") +
        post("考证达人阿成", 3, "已经考完了无所谓啦", "2026-04-10 22:45", True))
cur["html"] = tieba_shell(cur["title"], body)

begin("/fenlei/p-48533174.html", "fenlei", "健康管理师考证 郑州周末班 报名中", note="ad for a different occupation (健康管理师), not an AI-trainer offer; unrelated small business")
body = ('<h1>健康管理师考证 郑州周末班 报名中</h1><p style="color:#999">2026-04-12 ｜ 郑州 - 二七区 ｜ 信息编号 ' + D("other", "YC-48533174", "YC-48533174") + '</p>' +
        info_table([("类别", "教育培训 &gt; 医疗健康"), ("机构", "康源培训"), ("电话", "137 8361 0925")]) +
        '<h3>详细描述</h3><p>健康管理师三级，周末班，学费2800，含教材。适合医护、药店、养老从业人员。</p>')
cur["html"] = fenlei_shell(cur["title"], body)

# ---------------------------------------------------------------- list pages
def items(prefix):
    return [p for p in PAGES if p.startswith(prefix) and not p.endswith("/index.html")]


def lst(paths):
    return "<ul>" + "".join('<li><a href="' + p + '">' + PAGES[p]["title"] + '</a></li>' for p in sorted(paths)) + "</ul>"


begin("/market/index.html", "market", "学途网 - 职业技能课程 人工智能训练师", note="marketplace list page")
cur["html"] = market_shell(cur["title"], '<h2>人工智能训练师 相关课程</h2><p>共 ' + str(len(items("/market/"))) + ' 个商品，按综合排序</p>' + lst(items("/market/")))

begin("/tieba/index.html", "tieba", "人工智能训练师吧", note="forum list page")
cur["html"] = tieba_shell("帖子列表", lst(items("/tieba/")) + '<p style="color:#999">吧规：禁止发布包过、代考等违规广告。</p>')

begin("/wenda/index.html", "wenda", "话题：人工智能训练师", note="Q&A topic list")
cur["html"] = wenda_shell(cur["title"], '<h2>话题 · 人工智能训练师</h2>' + lst(items("/wenda/")))

begin("/notes/index.html", "notes", "搜索：AI训练师", note="notes search list")
cur["html"] = notes_shell(cur["title"], '<h3>“AI训练师” 相关笔记</h3>' + lst(items("/notes/")))

begin("/video/index.html", "video", "话题 #人工智能训练师", note="video topic list")
cur["html"] = video_shell(cur["title"], '<h3>#人工智能训练师 · 2.6亿次播放</h3>' + lst(items("/video/")))

begin("/mp/index.html", "mp", "搜一搜：人工智能训练师 公众号文章", note="WeChat article search list")
cur["html"] = mp_shell("搜一搜：人工智能训练师", "搜一搜", "", '<p>文章</p>' + lst(items("/mp/")), original=False)

begin("/fenlei/index.html", "fenlei", "教育培训 信息列表", note="classifieds list")
cur["html"] = fenlei_shell(cur["title"], '<h2>教育培训 · 职业技能</h2>' + lst(items("/fenlei/")))

begin("/news/index.html", "news", "中原城市网 首页", note="news portal front page")
cur["html"] = news_shell(cur["title"], '<h2>本地 · 教育就业</h2>' + lst(items("/news/")) + '<p>曝光台线索征集：' + d_12345("12345") + ' 市民热线</p>')

SELLER_ENTRY = ["/zhixin-edu/index.html", "/m-xinghe/index.html", "/dingsheng/ai-xunlianshi.html", "/ruizhi/index.html",
                "/jiangnan/index.html", "/m-qianfan/index.html", "/huazhi/index.html", "/m-qmx/index.html"]
begin("/index.html", "root", "网址导航 · 职业技能考证", note="root directory page")
cur["html"] = html_doc(cur["title"], '<div class="wrap"><h1>网址导航 · 职业技能考证</h1><h3>平台与社区</h3><ul>' +
                       "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, n) for k, n in [
                           ("market", "学途网 课程市场"), ("tieba", "百姓吧 人工智能训练师吧"), ("wenda", "知问 问答"), ("notes", "红书集 笔记"),
                           ("video", "抖视 短视频"), ("mp", "公众号文章"), ("fenlei", "易城分类"), ("news", "中原城市网")]) +
                       '</ul><h3>机构站点</h3>' + lst(SELLER_ENTRY) + '</div>')


# ================================================================= write
def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for path, pg in PAGES.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(pg["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    ops = {}
    for p in PAGES.values():
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    ties = {
        "U01": "seller site -phone- marketplace shop -QQ (tencent link / full-width)- forum reply -WeChat- note",
        "U02": "video pinned comment -WeChat (image alt)- landing page -company name + USCC- WeChat article",
        "U03": "classifieds ad -mobile- job post (paid training) -landline- school site -e-mail- forum post",
        "U04": "Q&A answer -WeChat- note -QQ group- marketplace shop",
        "U05": "marketplace shop -landline (full-width on site)- seller site -e-mail (AT)- WeChat article; seller site -domain- video",
        "U06": "seller site -QQ- classifieds ad -mobile- Q&A answer (微信同号)",
        "U07": "video comment reply -WeChat- landing page -payee company + bank account- WeChat article",
        "U08": "marketplace shop -e-mail- alliance site -mobile (+86 / dashes)- forum reply",
        "U09": "landing page -domain- note -e-mail (# obfuscated)- classifieds ad",
    }
    truth = {
        "description": "Sealed labeled web operators-2026-12j: Chinese AI-trainer (人工智能训练师 4-04-05-05) course ads on a "
                       "marketplace, forum, Q&A, notes, short-video, WeChat articles, classifieds, a local news portal and eight "
                       "sellers' own sites; 9 operators, 8 independent offers, and decoys that must not tie sellers.",
        "pages": [],
        "operators": [],
        "decoys": [],
    }
    for path in sorted(PAGES):
        p = PAGES[path]
        truth["pages"].append({"path": path, "is_offer": p["is_offer"], "operator": p["operator"],
                               "provider": p["provider"], "identifiers": p["ids"] if p["is_offer"] else [],
                               "note": p["note"]})
    for op in sorted(ops):
        brands = []
        for p in ops[op]:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        truth["operators"].append([op, {"brands": brands, "ties": ties[op]}])
    for (kind, value), paths in sorted(DECOYS.items()):
        truth["decoys"].append({"kind": kind, "value": value, "paths": sorted(paths)})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(PAGES), "offers", sum(p["is_offer"] for p in PAGES.values()),
          "operators", len(ops), "decoys", len(DECOYS))


if __name__ == "__main__":
    main()
