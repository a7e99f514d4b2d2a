#!/usr/bin/env python3
"""Generate web 12bk: a broad national mix of pages around 人工智能训练师 offers.

Deterministic, standard library only. Writes site/ and truth.json next to this file.
"""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(head8, body8):
    x = head8 + body8 + _org_check(body8)
    s = sum(ALPH.index(c) * w for c, w in zip(x, WTS))
    r = 31 - s % 31
    return x + ALPH[0 if r == 31 else r]


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- identifiers
S_U01 = uscc("91440106", "MA5CQ7L2")   # 智训未来 (广州天河)
S_U03 = uscc("91440111", "MA59KT3P")   # 启明星 (广州白云)
S_U07 = uscc("91510107", "MA6B4N2W")   # 蜀才 (成都武侯)
S_I01 = uscc("92440104", "MA4WQ8D1")   # 个体工商户
S_I03 = uscc("12440605", "45572331")   # 事业单位 (技师学院)
S_SHOP = uscc("91330106", "MA27XR5H")  # 优学集市 platform
S_VID = uscc("91110108", "MA01F3K7")   # 快看短视频 platform

PAGES = []


def add(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": [list(i) for i in ids], "note": note})


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm) or "/")


def doc(title, body, style=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def links(frm, items, cls=""):
    return "".join(f'<li{cls}><a href="{rel(frm, p)}">{t}</a></li>' for p, t in items)


def crumbs(frm, items):
    out = []
    for p, t in items:
        out.append(f'<a href="{rel(frm, p)}">{t}</a>' if p else f"<span>{t}</span>")
    return '<div class="crumb">' + " &gt; ".join(out) + "</div>"


# ---------------------------------------------------------------- frames
def f_bbs(path, title, crumb, main, side=""):
    hdr = ('<div class="top"><a href="' + rel(path, "/bbs/index.html") + '" class="logo">职友汇论坛</a>'
           ' <span>bbs.zhiyouhui.net</span> | <a href="' + rel(path, "/index.html") + '">职教导航</a>'
           ' | 登录 | 注册</div>'
           '<div class="nav">首页 · 职业技能 · 考证交流 · 人工智能训练师 · 求职招聘 · 站务</div>')
    ftr = ('<div class="foot">职友汇论坛 版权所有 ｜ 论坛官方交流群：562018774（仅限站务，不做任何培训推广）'
           ' ｜ 版务邮箱 banwu@zhiyouhui.net ｜ 违法和不良信息举报电话：12377<br>'
           '本版严禁发布代考、包过、买证信息，一经发现删帖封号。</div>')
    sb = ('<div class="side"><h4>版块公告</h4><p>发广告请走付费推广通道，私自留联系方式的回帖会被折叠。</p>'
          + side + "</div>")
    return doc(title + " - 职友汇论坛", hdr + crumbs(path, crumb) + '<div class="wrap"><div class="main">'
               + main + "</div>" + sb + "</div>" + ftr,
               "body{font:14px/1.6 sans-serif;background:#eef2f5}.post{background:#fff;margin:8px 0;padding:10px;border:1px solid #cdd}"
               ".side{float:right;width:220px}.main{float:left;width:700px}.foot{clear:both;color:#777;font-size:12px}")


def post(user, meta, text, floor):
    return (f'<div class="post"><div class="author"><b>{user}</b> <small>{meta}</small></div>'
            f'<div class="content">{text}</div><div class="floor">{floor}</div></div>')


def f_ask(path, title, crumb, main, side=""):
    hdr = ('<header><a class="logo" href="' + rel(path, "/ask/index.html") + '">问道 · 问答</a> wendao365.com'
           ' <form><input placeholder="搜索你感兴趣的问题"></form> <a href="' + rel(path, "/index.html")
           + '">职教导航</a></header>')
    ftr = ('<footer>问道问答 ©2019-2025 ｜ 帮助中心 ｜ 用户协议 ｜ 客服邮箱 help@wendao365.com ｜'
           ' 网上有害信息举报：12377 ｜ 回答内容仅代表答主个人观点，不构成任何建议</footer>')
    return doc(title + " - 问道问答", hdr + crumbs(path, crumb) + "<main>" + main + "</main><aside>"
               + side + "</aside>" + ftr, "body{font:15px/1.7 sans-serif}.answer{border-top:1px solid #eee;padding:12px 0}")


def answer(user, tag, text, votes, comments=""):
    return (f'<div class="answer"><div class="who"><b>{user}</b> <span class="tag">{tag}</span></div>'
            f'<div class="rich">{text}</div><div class="vote">赞同 {votes} · 评论</div>{comments}</div>')


def f_shop(path, title, crumb, main, side=""):
    hdr = ('<div class="topbar">优学集市 youxuejishi.com | 你好，请登录 | 免费注册 | 我的订单 | 联系客服 400-870-2265</div>'
           '<div class="search"><a href="' + rel(path, "/shop/index.html") + '"><b>优学集市</b></a>'
           ' <input value="人工智能训练师"> <button>搜索</button> <a href="' + rel(path, "/index.html") + '">职教导航</a></div>')
    ftr = ('<div class="footer"><p>优学集市 · 职业教育与技能培训服务平台 ｜ 平台客服热线：400-870-2265（9:00-21:00）'
           ' ｜ 客服邮箱：kefu@youxuejishi.com</p>'
           f'<p>杭州优学集市网络科技有限公司 统一社会信用代码：{S_SHOP} ｜ 增值电信业务经营许可证 浙B2-20190833'
           ' ｜ 消费者维权热线 12315</p>'
           '<p><a href="' + rel(path, "/shop/help.html") + '">培训类商品购买须知</a>'
           ' 平台提醒：请勿脱离平台私下转账，平台不对站外交易负责。</p></div>')
    return doc(title + " - 优学集市", hdr + crumbs(path, crumb) + '<div class="detail">' + main
               + '</div><div class="rec">' + side + "</div>" + ftr,
               "body{font:12px/1.5 Arial,sans-serif}.price{color:#f40;font-size:22px}.sku{border:1px solid #ddd;padding:4px}")


def f_note(path, title, crumb, main, side=""):
    hdr = ('<nav class="n"><a href="' + rel(path, "/note/index.html") + '">拾光笔记</a> 发现 · 发布 · 通知'
           ' <a href="' + rel(path, "/index.html") + '">职教导航</a></nav>')
    ftr = ('<footer>拾光笔记 shiguangbiji.com ｜ 沪ICP备2020031177号 ｜ 举报邮箱 jubao@shiguangbiji.com'
           ' ｜ 违法不良信息举报电话 12377 ｜ 笔记内容为用户分享，平台不对其真实性负责</footer>')
    return doc(title + " - 拾光笔记", hdr + crumbs(path, crumb) + '<article class="note">' + main
               + '</article><section class="more">' + side + "</section>" + ftr,
               "body{font:15px/1.8 'PingFang SC',sans-serif;max-width:640px;margin:auto}.tags a{color:#13386c}")


def f_video(path, title, crumb, main, side=""):
    hdr = ('<div class="vh"><a href="' + rel(path, "/video/index.html") + '">快看短视频</a> 推荐 关注 同城'
           ' <a href="' + rel(path, "/index.html") + '">职教导航</a></div>')
    ftr = ('<div class="vf">快看短视频 kuaikan.tv ｜ 北京快看互动科技有限公司'
           f' 统一社会信用代码 {S_VID} ｜ 用户服务热线 400-140-2108 ｜ 网络谣言曝光台 ｜ 举报 12377</div>')
    return doc(title + " - 快看短视频", hdr + crumbs(path, crumb) + '<div class="player">' + main
               + '</div><div class="related">' + side + "</div>" + ftr,
               "body{background:#161823;color:#eee;font:14px sans-serif}a{color:#fe2c55}")


def f_fenlei(path, title, crumb, main, side=""):
    hdr = ('<div class="fh"><a href="' + rel(path, "/fenlei/index.html") + '">百城分类</a> baichengfenlei.com'
           ' [切换城市] 免费发布信息 | <a href="' + rel(path, "/index.html") + '">职教导航</a></div>')
    ftr = ('<div class="ff">百城分类 客服电话：400-663-5858 ｜ 信息由用户自行发布，百城分类不对真实性负责'
           ' ｜ 凡要求先交“报名费、押金、办证费”的请提高警惕，如遇诈骗请拨打110或12315</div>')
    return doc(title + " - 百城分类", hdr + crumbs(path, crumb) + '<div class="info">' + main
               + '</div><div class="side">' + side + "</div>" + ftr,
               "body{font:13px/1.6 sans-serif}.info table td{padding:3px 8px}.ff{color:#888}")


def f_qun(path, title, crumb, main, side=""):
    hdr = ('<div class="qh"><a href="' + rel(path, "/qun/index.html") + '">群公告分享</a> · 由群应用生成的公开页面'
           ' <a href="' + rel(path, "/index.html") + '">职教导航</a></div>')
    ftr = ('<div class="qf">本页面由“群公告分享”工具生成，内容由群管理员发布，与工具提供方无关。'
           ' 如需举报请发送邮件至 report@qungonggao.net</div>')
    return doc(title, hdr + crumbs(path, crumb) + '<div class="notice">' + main + "</div>" + side + ftr,
               "body{font:15px/1.7 sans-serif;background:#f5f5f5}.notice{background:#fff;padding:16px}")


def f_school(path, title, brand, nav, main, extra_footer=""):
    hdr = (f'<div class="sh"><h1>{brand}</h1><ul class="snav">{nav}</ul></div>')
    ftr = ('<div class="sf">' + extra_footer + '<p>技术支持：云站通建站 www.yunzhantong.cn</p>'
           '<p><a href="' + rel(path, "/school/index.html") + '">返回院校机构库</a> ｜ <a href="'
           + rel(path, "/index.html") + '">职教导航</a></p></div>')
    return doc(title, hdr + '<div class="sm">' + main + "</div>" + ftr,
               "body{font:14px/1.8 'Microsoft YaHei',sans-serif}.sh{background:#0b4a8b;color:#fff}.sf{background:#333;color:#aaa}")


def f_news(path, title, crumb, main, side=""):
    hdr = ('<div class="nh"><a href="' + rel(path, "/news/index.html") + '">南方民生网</a> 首页 | 时政 | 民生 | 教育 |'
           ' 就业 | 曝光台 <a href="' + rel(path, "/index.html") + '">职教导航</a></div>')
    ftr = ('<div class="nf">南方民生网 版权所有 未经授权禁止转载 ｜ 新闻报料热线：020-61235500'
           ' ｜ 违法和不良信息举报电话：12377</div>')
    return doc(title + "_南方民生网", hdr + crumbs(path, crumb) + '<div class="article">' + main
               + '</div><div class="hot">' + side + "</div>" + ftr,
               "body{font:16px/1.9 SimSun,serif}.article h1{font-size:26px}.src{color:#888}")


B = "/bbs/index.html"
Q = "/ask/index.html"
SH = "/shop/index.html"
N = "/note/index.html"
V = "/video/index.html"
F = "/fenlei/index.html"
QU = "/qun/index.html"
SC = "/school/index.html"
NW = "/news/index.html"
HOME = "/index.html"

# shared decoy texts
VENUE_A = "020-37298810"
VENUE_B = "020-3729 8810"
LYNN = "lynn_0815ai"
QQ_ASK = "597730126"
SCAM_PHONE_A = "170 8552 3906"
SCAM_PHONE_B = "17085523906"
FAKE_DOMAIN = "www.rgznxl-zscx.com"
CERT_SAMPLE = "S000044010013253000127"
ITEM_NO = "15920250917"

# ================================================================ U01 智训未来 / 北辰AI学堂
p = "/school/zxwl.html"
U01_NAV = ('<li><a href="zxwl.html">首页</a></li><li><a href="zxwl-baoming.html">在线报名</a></li>'
           '<li>师资力量</li><li>学员风采</li><li>联系我们</li>')
add(p, f_school(p, "人工智能训练师培训_广州智训未来教育", "智训未来教育 · 数字技能培训", U01_NAV,
    '<div class="banner">人工智能训练师（4-04-05-05）五级 / 四级 / 三级 周末班火热招生</div>'
    '<h2>关于我们</h2><p>智训未来教育位于广州市天河区，专注数据标注、人工智能训练师、'
    'Python数据处理等数字技能培训，合作企业提供真实标注项目实操。</p>'
    '<h2>课程设置</h2><table border="1"><tr><th>级别</th><th>课时</th><th>学费</th><th>说明</th></tr>'
    '<tr><td>五级/初级工</td><td>60课时</td><td>2680元</td><td>需满足申报条件</td></tr>'
    '<tr><td>四级/中级工</td><td>50课时</td><td>3280元</td><td>符合条件可申请技能提升补贴</td></tr>'
    '<tr><td>三级/高级工</td><td>40课时</td><td>3980元</td><td>含综合实操</td></tr></table>'
    '<p>结业后参加经备案的评价机构组织的职业技能等级认定，证书信息可在技能人才评价证书全国联网查询'
    '（zscx.osta.org.cn）查询。</p>'
    '<h2>联系我们</h2><p>咨询热线：138-2716-4490（周一至周日 9:00-21:00）'
    ' <a href="tel:+8613827164490">一键拨号</a></p>'
    '<p>官网：www.zhixunwl.cn ｜ 邮箱：service@zhixunwl.cn</p>'
    '<p>地址：广州市天河区中山大道西某创意园B座3楼</p>',
    f'<p>广州智训未来教育科技有限公司 统一社会信用代码：{S_U01}</p>'),
    True, "U01", "智训未来教育",
    [("phone", "+8613827164490", "138-2716-4490"), ("phone", "+8613827164490", "tel:+8613827164490"),
     ("domain", "zhixunwl.cn", "www.zhixunwl.cn"), ("email", "service@zhixunwl.cn", "service@zhixunwl.cn"),
     ("uscc", S_U01, S_U01)],
    "Company site home of U01, course table, contacts and USCC in footer")

p = "/school/zxwl-baoming.html"
add(p, f_school(p, "在线报名_智训未来教育", "智训未来教育 · 数字技能培训", U01_NAV,
    '<h2>人工智能训练师 2025年第三期 在线报名</h2>'
    '<p>开班时间：每月第二个周六；上课地点：天河校区；认定考试安排在天河区职业技能等级认定考点'
    f'（考点咨询 {VENUE_A}，仅咨询考场事宜，报名请联系本机构）。</p>'
    '<form><p>姓名 <input></p><p>手机号 <input></p><p>报考级别 <select><option>五级</option>'
    '<option>四级</option><option>三级</option></select></p><p>是否参保满1年 <input type="checkbox"></p>'
    '<button>提交报名</button></form>'
    '<p class="tool">本表单由 表单帮 biaodanbang.com 提供技术支持</p>'
    '<p>报名咨询 138 2716 4490（微信同号），或添加课程顾问微信 ZXWL_ai2024 获取报名材料清单。</p>'
    '<p>温馨提示：参加失业保险满1年的学员取证后可按规定申领技能提升补贴，具体以人社部门审核为准，'
    '政策咨询可拨打 12333。</p>'),
    True, "U01", "智训未来教育",
    [("phone", "+8613827164490", "138 2716 4490"), ("wechat", "zxwl_ai2024", "ZXWL_ai2024")],
    "U01 sign-up form page; venue number and form-tool credit are decoys")

p = "/shop/item-20931.html"
add(p, f_shop(
    p, "【北辰AI学堂】人工智能训练师四级 中级工 培训+认定报名 直播课",
    [(HOME, "首页"), (SH, "职业技能"), (None, "人工智能训练师")],
    '<h1>【北辰AI学堂】人工智能训练师四级 中级工 培训+认定报名 直播+录播</h1>'
    '<div class="price">¥3180 <del>¥4980</del></div><p>月销 126 ｜ 累计评价 58 ｜ 商品编号 20931</p>'
    '<div class="sku">规格：四级直播班 / 四级直播班+题库 / 五级直播班</div>'
    '<h3>商品详情</h3><p>北辰AI学堂 · 数字技能教研团队授课，50课时覆盖数据采集和处理、数据标注、'
    '智能系统运维；提供模拟题库与实操演练。</p><p>证书样本编号：' + CERT_SAMPLE + '（仅为样本展示）</p>'
    '<p>购买前请确认符合申报条件（五级证书后从业4年，或相关专业中职及以上毕业等）。</p>'
    '<p>报名资料审核请加老师薇❤：ＺＸＷＬ＿ａｉ２０２４（备注“集市”）</p>'
    '<h3>店铺资质</h3><p>企业名称已认证 ｜ 统一社会信用代码 ' + spaced4(S_U01) + '</p>'
    '<h3>买家评价</h3><p>t***9：老师回复很快，直播课可回放。</p><p>小***n：题库有点旧，希望更新。</p>',
    '<h4>看了又看</h4><ul>' + links(p, [("/shop/item-30417.html", "人工智能训练师 五级 广州线下班"),
                                        ("/shop/item-41288.html", "数据标注员 人工智能训练师 备考资料")]) + "</ul>"),
    True, "U01", "北辰AI学堂",
    [("wechat", "zxwl_ai2024", "ＺＸＷＬ＿ａｉ２０２４"), ("uscc", S_U01, spaced4(S_U01))],
    "U01 marketplace item under a second brand; tied by full-width WeChat id and spaced USCC")

p = "/video/v-7731.html"
add(p, f_video(p, "人工智能训练师到底值不值得考？3分钟讲清楚", [(HOME, "首页"), (V, "职场"), (None, "视频")],
    '<div class="v"><video poster="cover7731.jpg"></video><h1>人工智能训练师到底值不值得考？3分钟讲清楚 #AI训练师 #考证</h1>'
    '<p>@北辰AI学堂 · 发布于 2025-05-19 · 1.2万点赞</p></div>'
    '<div class="desc">字幕：五级四级三级怎么选？有没有工作经验要求？社保满一年能不能拿补贴？评论区扣“1”领取报考指南。</div>'
    '<div class="profile"><b>北辰AI学堂</b> 简介：数字技能培训 ｜ 报名☎ 一三八 二七一六 四四九零'
    ' ｜ 官网 zhixunwl点cn</div>'
    '<div class="cmts"><p>用户6632：四级要几年经验？</p><p>北辰AI学堂（作者）：五级取证后满4年，或者相关专业毕业，私信发你详细条件。</p>'
    '<p>小白一枚：有没有零基础直接考三级的？</p><p>北辰AI学堂（作者）：不建议，三级需要四级证书和工作年限。</p></div>',
    '<h4>相关推荐</h4><ul>' + links(p, [("/video/v-8810.html", "数据标注员日常"), ("/video/v-9163.html", "考证党必看")]) + "</ul>"),
    True, "U01", "北辰AI学堂",
    [("phone", "+8613827164490", "一三八 二七一六 四四九零"), ("domain", "zhixunwl.cn", "zhixunwl点cn")],
    "U01 short video; phone in Chinese numerals, domain with 点")

# ================================================================ U02 鼎学教育 / 华南AI考证服务中心 / 小鼎老师
p = "/bbs/thread-88213.html"
add(p, f_bbs(p, "广州考个人工智能训练师证大概要多少钱？", [(HOME, "首页"), (B, "人工智能训练师"), (None, "帖子")],
    '<h1>广州考个人工智能训练师证大概要多少钱？</h1>'
    + post("阿康在番禺", "发表于 2025-06-02 21:14", "做了一年多数据标注，想考个证，听说四级三级差价挺大，有没有懂的说说？社保交了两年。", "楼主")
    + post("Lynn求带", "发表于 2025-06-02 22:01", f"同问，蹲一个，有资料的麻烦发我 vx {LYNN} 谢谢", "2楼")
    + post("小鼎老师", "发表于 2025-06-03 09:12",
           "你这情况可以先考五级，有一年从业经历就符合。我们这边广州每月开班，五级2280含认定费，参保一年以上的取证后还能申请补贴。"
           "具体可以加我扣扣：2819 340 675 或者直接打电话 159-0205-8831，白天都在。", "3楼")
    + post("路过的老张", "发表于 2025-06-03 10:40", "楼上广告吧……建议先去人社局官网看看备案机构。", "4楼"),
    '<h4>相关帖子</h4><ul>' + links(p, [("/bbs/thread-89702.html", "交了钱联系不上了，大家避雷"),
                                        ("/bbs/thread-90877.html", "上海三级周末班")]) + "</ul>"),
    True, "U02", "小鼎老师",
    [("qq", "2819340675", "2819 340 675"), ("phone", "+8615902058831", "159-0205-8831")],
    "Forum thread where a seller's reply sells (U02); commenter WeChat is a decoy")

p = "/fenlei/post-5521907.html"
add(p, f_fenlei(p, "人工智能训练师五级四级报名 广州天河/白云可上课", [(HOME, "首页"), (F, "广州 · 教育培训"), (None, "职业技能")],
    '<h1>人工智能训练师五级四级报名 广州天河/白云可上课</h1><table>'
    '<tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>广州-天河</td></tr>'
    '<tr><td>联系人</td><td>何老师（华南AI考证服务中心）</td></tr>'
    '<tr><td>电话</td><td>+86 159 0205 8831</td></tr></table>'
    '<p>华南AI考证服务中心常年招生：人工智能训练师五级、四级，数据标注员方向。小班教学，理论+实操，'
    '认定由备案评价机构组织。学员交流QQ群 735120964（进群备注姓名+级别）。</p>'
    '<p>发布时间：2025-06-11 ｜ 浏览 1832 次</p>',
    '<h4>同类信息</h4><ul>' + links(p, [("/fenlei/post-5530266.html", "上海人工智能训练师周末班"),
                                        ("/fenlei/post-5551043.html", "代报名 AI训练师")]) + "</ul>"),
    True, "U02", "华南AI考证服务中心",
    [("phone", "+8615902058831", "+86 159 0205 8831"), ("qq_group", "735120964", "735120964")],
    "U02 classifieds post under another brand")

p = "/qun/g-735120964.html"
add(p, f_qun(p, "群公告 · AI训练师考证交流①群", [(HOME, "首页"), (QU, "群公告"), (None, "公告详情")],
    '<h1>【置顶】本群须知 & 6月开班通知</h1><p>群名称：AI训练师考证交流①群 ｜ 群号：7351 20964 ｜ 发布者：鼎学教育-何老师</p>'
    '<p>1. 本群为鼎学教育学员及意向学员交流群，禁止发其他机构广告。</p>'
    '<p>2. 6月五级班6月21日开课，四级班6月28日开课，地点天河，线上同步直播。</p>'
    '<p>3. 报名材料（身份证正反面、学历证明、从业证明）统一发邮箱 dingxue_edu@163.com，标题写“姓名+级别”。</p>'
    '<p>4. 补贴政策以人社部门为准，有疑问可自行拨打 12333 咨询。</p><p>已读 214 人</p>'),
    True, "U02", "鼎学教育",
    [("qq_group", "735120964", "7351 20964"), ("email", "dingxue_edu@163.com", "dingxue_edu@163.com")],
    "U02 QQ group notice under a third brand")

p = "/ask/q-3390127.html"
add(p, f_ask(p, "人工智能训练师四级报名条件是什么？大专非相关专业可以吗？", [(HOME, "首页"), (Q, "职业资格"), (None, "问题")],
    '<h1>人工智能训练师四级报名条件是什么？大专非相关专业可以吗？</h1><p class="q">工作三年了，做运营，想转AI方向。</p>'
    + answer("鼎学教育", "职业培训机构 · 已认证",
             "按国家职业技能标准，四级（中级工）一般需要取得五级证书后累计从事本职业4年，或连续从事本职业6年，"
             "或技工院校/中职相关专业毕业。非相关专业大专直接报四级一般不符合，建议先从五级开始。<br>"
             "需要我们帮你逐条核对的，可以把简历发到 dingxue_edu#163.com（#换成@），一般24小时内回复。", "87")
    + answer("匿名用户", "", "以评价机构公布的申报条件为准，别信“不限学历直接考三级”。", "41"),
    '<h4>相关问题</h4><ul>' + links(p, [("/ask/q-4127730.html", "AI训练师证书有用吗？"), ("/ask/q-4620015.html", "零基础怎么规划考证")]) + "</ul>"),
    True, "U02", "鼎学教育",
    [("email", "dingxue_edu@163.com", "dingxue_edu#163.com")],
    "U02 Q&A answer that sells; filter-dodged e-mail")

# ================================================================ U03 启明星职培 / 晨曦数字技能
p = "/note/n-5f2a91.html"
add(p, f_note(p, "广州AI训练师四级班开课啦｜零散时间也能学", [(HOME, "首页"), (N, "发现"), (None, "笔记")],
    '<h1>广州AI训练师四级班开课啦｜零散时间也能学✨</h1><p class="au">晨曦数字技能 · 广州</p>'
    '<p>姐妹们！7月四级班还剩6个位置～ 周末上课，晚上有直播答疑💻 认定考点就在天河，'
    f'考场的事可以直接问考点 {VENUE_B}（我们只负责培训和报名哈）</p>'
    '<p>适合：已经有五级证书 / 相关专业毕业的宝子</p><p>想了解的戳我 v❤ QMX-peixun（备注笔记）</p>'
    '<p class="tags"><a>#人工智能训练师</a> <a>#数据标注</a> <a>#广州考证</a></p>'
    '<div class="cm"><p>Lynn：想要课程表，已加 ' + LYNN + ' 求通过</p><p>番茄炒蛋：五级能直接报吗</p>'
    '<p>晨曦数字技能（作者）：五级要满一年从业哦，私信</p></div>',
    '<h4>相关笔记</h4><ul>' + links(p, [("/note/n-6d3e20.html", "考完四级的真实感受"), ("/note/n-7c19e0.html", "上海AI训练师周末班")]) + "</ul>"),
    True, "U03", "晨曦数字技能",
    [("wechat", "qmx-peixun", "QMX-peixun")],
    "U03 note that sells; venue number and commenter WeChat are decoys")

p = "/shop/item-30417.html"
add(p, f_shop(p, "启明星职培 人工智能训练师 五级/四级 广州线下班", [(HOME, "首页"), (SH, "职业技能"), (None, "人工智能训练师")],
    '<h1>启明星职培 人工智能训练师 五级/四级 广州线下班 周末授课</h1><div class="price">¥2380 起</div>'
    '<p>月销 42 ｜ 商品编号 30417</p><div class="sku">五级线下班 ¥2380 ｜ 四级线下班 ¥2980</div>'
    '<h3>详情</h3><p>启明星职培团队在广州白云、天河设教学点。课程依据《人工智能训练师国家职业技能标准(2021年版)》，'
    '理论+实操。认定考试由备案评价机构组织，成绩以评价机构为准，本店不做任何通过承诺。</p>'
    '<p>下单后请联系班主任：电话 189 2665 0317 ／ 微信 qmx－peixun</p>'
    '<h3>评价</h3><p>j***e：老师讲得细，实操多。</p>',
    '<h4>店铺推荐</h4><ul>' + links(p, [("/shop/item-20931.html", "人工智能训练师四级 直播课")]) + "</ul>"),
    True, "U03", "启明星职培",
    [("phone", "+8618926650317", "189 2665 0317"), ("wechat", "qmx-peixun", "qmx－peixun")],
    "U03 marketplace item; WeChat with full-width hyphen")

p = "/school/qmx.html"
add(p, f_school(p, "启明星职业培训 - 人工智能训练师 数据标注 培训", "启明星职业培训",
    '<li>首页</li><li>课程</li><li>关于</li><li>联系</li>',
    '<h2>人工智能训练师（数据标注员方向）</h2><p>五级60课时、四级50课时，小班面授，配套标注平台实训账号。</p>'
    '<h2>收费与缴费</h2><p>请通过对公账户缴费，户名以营业执照为准，开户行：工商银行广州白云支行，'
    '账号 4400 1583 5110 5300 2871。缴费后凭回单开具发票。</p>'
    '<h2>联系我们</h2><p>招生电话：18926650317</p><p>地址：广州市白云区某大道288号</p>'
    f'<p>天河区职业技能等级认定考点咨询电话：{VENUE_A}</p>',
    f'<p>广州启明星信息咨询有限公司 ｜ 统一社会信用代码 {S_U03}</p><p>电话：400-000-0000 ｜ 邮箱：admin@yourdomain.com</p>'),
    True, "U03", "启明星职业培训",
    [("phone", "+8618926650317", "18926650317"), ("other", "44001583511053002871", "4400 1583 5110 5300 2871"),
     ("uscc", S_U03, S_U03)],
    "U03 company site; template placeholders left in footer are decoys")

p = "/bbs/thread-90145.html"
add(p, f_bbs(p, "求推荐广州靠谱的人工智能训练师培训机构", [(HOME, "首页"), (B, "人工智能训练师"), (None, "帖子")],
    '<h1>求推荐广州靠谱的人工智能训练师培训机构</h1>'
    + post("白云小胖", "发表于 2025-06-20 19:33", "有五级证了，想报四级，预算三千左右，求推荐，不要包过那种。", "楼主")
    + post("晨曦-Amy", "发表于 2025-06-20 20:05",
           "我们晨曦数字技能在白云有教学点，四级2980，不承诺包过，正规走认定流程。电话 189-2665-0317 找Amy，"
           "也可以对公转账开票（4400 1583 5110 5300 2871）。", "2楼")
    + post("老司机阿伟", "发表于 2025-06-21 08:22", "认准备案机构，证书能在 zscx.osta.org.cn 查到才行。", "3楼"),
    '<h4>相关帖子</h4><ul>' + links(p, [("/bbs/thread-88213.html", "广州考证多少钱")]) + "</ul>"),
    True, "U03", "晨曦数字技能",
    [("phone", "+8618926650317", "189-2665-0317"), ("other", "44001583511053002871", "4400 1583 5110 5300 2871")],
    "U03 forum reply that sells; tied by phone and bank account")

# ================================================================ U04 匠数AI / 蓝桥数智研究院
U04_NAV = '<li><a href="jiangshu.html">首页</a></li><li><a href="jiangshu-kecheng.html">课程中心</a></li><li>企业服务</li><li>关于匠数</li>'
p = "/school/jiangshu.html"
add(p, f_school(p, "匠数AI - 人工智能训练师 职业技能培训", "匠数AI · 让每个人都会训练AI", U04_NAV,
    '<h2>匠数AI</h2><p>面向企业与个人的人工智能训练师、数据标注培训服务商，杭州、苏州设有实训基地。</p>'
    '<p>学员取证后证书由备案评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 查询。</p>'
    f'<p>证书样本（编号 {CERT_SAMPLE}，已打码姓名）</p>'
    '<h2>联系</h2><p>官网 www.jiangshu-ai.com ｜ 客服 177 6721 3058 ｜ 邮箱 kefu@jiangshu-ai.com</p>'),
    True, "U04", "匠数AI",
    [("domain", "jiangshu-ai.com", "www.jiangshu-ai.com"), ("phone", "+8617767213058", "177 6721 3058"),
     ("email", "kefu@jiangshu-ai.com", "kefu@jiangshu-ai.com")],
    "U04 company site home; sample certificate number is a decoy")

p = "/school/jiangshu-kecheng.html"
add(p, f_school(p, "课程中心 - 匠数AI", "匠数AI · 让每个人都会训练AI", U04_NAV,
    '<h2>人工智能训练师 课程中心</h2><ul><li>五级（初级工）数据标注实战班 60课时 ¥1980</li>'
    '<li>四级（中级工）数据处理与标注班 50课时 ¥2880</li><li>三级（高级工）业务分析与智能训练 40课时 ¥3680</li></ul>'
    '<p>符合条件的学员可按当地政策申请技能提升补贴。</p>'
    '<p>课程顾问：1776721３０５８ ｜ 企业微信 JiangShu_AI</p>',
    '<p>电话：400-000-0000 ｜ 地址：这里填写公司地址</p>'),
    True, "U04", "匠数AI",
    [("phone", "+8617767213058", "1776721３０５８"), ("wechat", "jiangshu_ai", "JiangShu_AI")],
    "U04 course list; mixed-width phone; template placeholder decoy")

p = "/video/v-8810.html"
add(p, f_video(p, "数据标注员的一天｜人工智能训练师真实工作", [(HOME, "首页"), (V, "职场"), (None, "视频")],
    '<div class="v"><video poster="cover8810.jpg"></video><h1>数据标注员的一天｜人工智能训练师真实工作 #AI #新职业</h1>'
    '<p>@蓝桥数智研究院 · 2025-04-08 · 8563点赞</p></div>'
    '<div class="desc">想系统学习+考取人工智能训练师证书的朋友，官网搜 jiangshu-ai 点 com ，或者 V：jiangshu_ai 领试听课。</div>'
    '<div class="cmts"><p>用户2291：这个证国家认可吗</p><p>蓝桥数智研究院（作者）：是职业技能等级证书，备案机构颁发，可联网查询</p></div>',
    '<h4>相关推荐</h4><ul>' + links(p, [("/video/v-7731.html", "值不值得考"), ("/video/v-9052.html", "成都考证")]) + "</ul>"),
    True, "U04", "蓝桥数智研究院",
    [("domain", "jiangshu-ai.com", "jiangshu-ai 点 com"), ("wechat", "jiangshu_ai", "jiangshu_ai")],
    "U04 short video under a second brand")

p = "/ask/q-4127730.html"
add(p, f_ask(p, "人工智能训练师证书有用吗？企业认不认？", [(HOME, "首页"), (Q, "职业资格"), (None, "问题")],
    '<h1>人工智能训练师证书有用吗？企业认不认？</h1>'
    + answer("蓝桥数智研究院", "教育机构",
             "看用途：做数据标注、AI运营岗位的，有证在部分城市可以走人才补贴或积分；但企业更看实操。我们的课程全程用真实标注项目，"
             "学员作品可以直接放简历。课程介绍：https://www.jiangshu-ai.com/ai-trainer ，电话 +86-177-6721-3058。", "56",
             f'<div class="cm">求资料的扣 {QQ_ASK}：能发一份大纲吗？</div>')
    + answer("HR小周", "互联网行业", "我们招标注员不强制要求证书，有当然加分。", "120"),
    '<h4>相关问题</h4><ul>' + links(p, [("/ask/q-3390127.html", "四级报名条件")]) + "</ul>"),
    True, "U04", "蓝桥数智研究院",
    [("domain", "jiangshu-ai.com", "https://www.jiangshu-ai.com/ai-trainer"), ("phone", "+8617767213058", "+86-177-6721-3058")],
    "U04 Q&A answer that sells; commenter QQ is a decoy")

# ================================================================ U05 华职在线 / 职达教育
p = "/bbs/thread-90877.html"
add(p, f_bbs(p, "【上海】人工智能训练师三级/四级 周末班 7月开课", [(HOME, "首页"), (B, "人工智能训练师"), (None, "帖子")],
    '<h1>【上海】人工智能训练师三级/四级 周末班 7月开课</h1>'
    + post("华职在线-周老师", "发表于 2025-06-15 10:02",
           "华职在线上海徐汇教学点，三级40课时、四级50课时，周末授课。人工智能训练师在上海急需紧缺职业目录内，"
           "符合条件的可以申请补贴，具体以人社审核为准。咨询电话 136 0184 7725，QQ 3306128894。", "楼主")
    + post("Lynn求带", "发表于 2025-06-15 13:40", f"三级要什么条件？我加你了，我的微信 {LYNN}", "2楼")
    + post("freshman", "发表于 2025-06-16 09:11", f"求一份三级大纲 扣 {QQ_ASK}", "3楼"),
    '<h4>相关帖子</h4><ul>' + links(p, [("/bbs/thread-88213.html", "广州多少钱")]) + "</ul>"),
    True, "U05", "华职在线",
    [("phone", "+8613601847725", "136 0184 7725"), ("qq", "3306128894", "3306128894")],
    "U05 forum original post selling; commenter contacts are decoys")

p = "/note/n-7c19e0.html"
add(p, f_note(p, "上海上班族考AI训练师｜周末班实测", [(HOME, "首页"), (N, "发现"), (None, "笔记")],
    '<h1>上海上班族考AI训练师｜周末班实测📚</h1><p class="au">职达教育Cici</p>'
    '<p>上海的宝子看过来～人工智能训练师是上海急需紧缺的职业之一，三级四级我们都有周末班。</p>'
    '<p>平台不让留联系方式，懂的都懂：企鹅 三三〇六一二八八九四 ，或者 wx：HuaZhi_Online</p>'
    '<div class="cm"><p>Lynn：已加 ' + LYNN + '</p><p>小鹿：学费多少</p></div>',
    '<h4>相关笔记</h4><ul>' + links(p, [("/note/n-5f2a91.html", "广州四级班")]) + "</ul>"),
    True, "U05", "职达教育",
    [("qq", "3306128894", "三三〇六一二八八九四"), ("wechat", "huazhi_online", "HuaZhi_Online")],
    "U05 note under a second brand; QQ in Chinese numerals")

p = "/fenlei/post-5530266.html"
add(p, f_fenlei(p, "上海人工智能训练师周末班 徐汇/闵行", [(HOME, "首页"), (F, "上海 · 教育培训"), (None, "职业技能")],
    '<h1>上海人工智能训练师周末班 徐汇/闵行</h1><table><tr><td>联系人</td><td>周老师</td></tr>'
    '<tr><td>电话</td><td>1360 1847 725</td></tr><tr><td>微信</td><td>huazhi_online</td></tr></table>'
    '<p>职达教育：人工智能训练师三级/四级培训，理论+实操，认定由备案评价机构组织。</p>',
    '<ul>' + links(p, [("/fenlei/post-5521907.html", "广州AI训练师")]) + "</ul>"),
    True, "U05", "职达教育",
    [("phone", "+8613601847725", "1360 1847 725"), ("wechat", "huazhi_online", "huazhi_online")],
    "U05 classifieds post")

# ================================================================ U06 优才汇 / 数标学院
p = "/qun/g-893457012.html"
add(p, f_qun(p, "群公告 · 数标学院AI训练师备考群", [(HOME, "首页"), (QU, "群公告"), (None, "公告详情")],
    '<h1>数标学院 8月班报名通知</h1><p>群号 893457012 ｜ 群主：数标学院-小优</p>'
    '<p>8月五级/四级线上班开始报名，直播+录播，报名找群主 QQ1724339860，备注“8月班”。</p>'
    '<p>证书为职业技能等级证书，由备案评价机构颁发，不是国家职业资格证书，请大家理性报名。</p>'),
    True, "U06", "数标学院",
    [("qq_group", "893457012", "893457012"), ("qq", "1724339860", "QQ1724339860")],
    "U06 group notice")

p = "/bbs/thread-91302.html"
add(p, f_bbs(p, "数据标注员想考人工智能训练师，线上课靠谱吗", [(HOME, "首页"), (B, "人工智能训练师"), (None, "帖子")],
    '<h1>数据标注员想考人工智能训练师，线上课靠谱吗</h1>'
    + post("不想加班", "发表于 2025-07-01 22:30", "人在西安，线下没找到合适的，线上课能考吗？", "楼主")
    + post("优才汇_小优", "发表于 2025-07-02 08:47",
           "可以的，我们优才汇线上直播，认定考试就近安排考点。感兴趣加群 893-457-012 看课表。", "2楼")
    + post("西安老王", "发表于 2025-07-02 12:15", "线上可以，但认定一般要去现场。", "3楼"),
    '<ul>' + links(p, [("/bbs/thread-91566.html", "深圳数据标注培训")]) + "</ul>"),
    True, "U06", "优才汇",
    [("qq_group", "893457012", "893-457-012")],
    "U06 forum reply selling; QQ group with dashes")

p = "/shop/item-41288.html"
add(p, f_shop(p, "优才汇 人工智能训练师 数据标注员 五级四级 线上直播班", [(HOME, "首页"), (SH, "职业技能"), (None, "人工智能训练师")],
    '<h1>优才汇 人工智能训练师 数据标注员 五级/四级 线上直播班+备考资料</h1><div class="price">¥1680</div>'
    f'<p>商品编号 {ITEM_NO} ｜ 月销 311</p>'
    '<p>付款后资料包自动发送到你的邮箱，未收到请联系 1724339860@qq.com；上课安排请加 QQ 1724339860。</p>'
    '<p>说明：认定考试报名费另计，以评价机构收费为准。</p>'),
    True, "U06", "优才汇",
    [("email", "1724339860@qq.com", "1724339860@qq.com"), ("qq", "1724339860", "QQ 1724339860")],
    "U06 marketplace item; platform item number looks like a phone (decoy)")

# ================================================================ U07 蜀才教育 / 川渝智能职培
p = "/school/shucai.html"
add(p, f_school(p, "蜀才教育 - 成都人工智能训练师培训", "蜀才教育",
    '<li>首页</li><li>课程</li><li>报名</li><li>联系</li>',
    '<h2>成都 人工智能训练师 五级/四级 培训</h2><p>武侯区教学点，晚班+周末班。</p>'
    '<p>办公电话：028-85546173 ｜ 手机：181-9077-6342 ｜ 微信：shucai028</p>'
    '<p>政策咨询请拨打人社服务热线 12333。</p>',
    f'<p>成都蜀才教育咨询有限公司 统一社会信用代码 {S_U07}</p><p>客服 13800000000（模板示例）</p>'),
    True, "U07", "蜀才教育",
    [("phone", "+862885546173", "028-85546173"), ("phone", "+8618190776342", "181-9077-6342"),
     ("wechat", "shucai028", "shucai028"), ("uscc", S_U07, S_U07)],
    "U07 company site; template phone placeholder is a decoy")

p = "/fenlei/post-5540718.html"
add(p, f_fenlei(p, "成都人工智能训练师考证培训 晚班周末班", [(HOME, "首页"), (F, "成都 · 教育培训"), (None, "职业技能")],
    '<h1>成都人工智能训练师考证培训 晚班周末班</h1><table><tr><td>商家</td><td>川渝智能职培</td></tr>'
    '<tr><td>电话</td><td>(028) 8554 6173</td></tr></table>'
    '<p>五级四级都可报，小班授课。认定由评价机构组织。</p>'),
    True, "U07", "川渝智能职培",
    [("phone", "+862885546173", "(028) 8554 6173")],
    "U07 classifieds post; landline with parentheses")

p = "/video/v-9052.html"
add(p, f_video(p, "成都考人工智能训练师攻略", [(HOME, "首页"), (V, "同城"), (None, "视频")],
    '<div class="v"><h1>成都考人工智能训练师攻略 #成都 #考证</h1><p>@川渝智能职培 · 2025-06-28</p></div>'
    '<div class="profile">简介：成都AI训练师培训 ｜ 薇：shucai零二八 ｜ 电话 幺八幺 九零七七 六三四二</div>'),
    True, "U07", "川渝智能职培",
    [("wechat", "shucai028", "shucai零二八"), ("phone", "+8618190776342", "幺八幺 九零七七 六三四二")],
    "U07 short video; ids in Chinese numerals")

# ================================================================ U08 博雅数智 / 京师AI考证
p = "/news/art-20250611.html"
add(p, f_news(p, "新职业“人工智能训练师”走俏 京城职场人周末充电忙", [(HOME, "首页"), (NW, "教育"), (None, "正文")],
    '<h1>新职业“人工智能训练师”走俏 京城职场人周末充电忙</h1><p class="src">2025-06-11 来源：推广 ｜ 编辑：刘洋</p>'
    '<p>随着大模型应用落地，数据标注、模型测试岗位需求上升。京师AI考证负责人介绍，今年报名人数同比增长明显。</p>'
    '<p>据介绍，该机构开设五级至三级课程，学员完成培训后参加备案评价机构组织的认定。报名网址 www.boyashuzhi.com.cn，'
    '咨询电话 135 2290 6617。</p><p class="ad">【本文为推广信息】</p>'),
    True, "U08", "京师AI考证",
    [("domain", "boyashuzhi.com.cn", "www.boyashuzhi.com.cn"), ("phone", "+8613522906617", "135 2290 6617")],
    "U08 advertorial on a news site")

p = "/ask/q-4511982.html"
add(p, f_ask(p, "北京哪里可以考人工智能训练师？", [(HOME, "首页"), (Q, "职业资格"), (None, "问题")],
    '<h1>北京哪里可以考人工智能训练师？</h1>'
    + answer("博雅数智", "教育机构",
             "北京有多家备案评价机构。我们博雅数智提供培训+认定报名服务，官网 boyashuzhi.com.cn 或邮件 zhaosheng@boyashuzhi.com.cn 咨询。", "23"),
    ),
    True, "U08", "博雅数智",
    [("domain", "boyashuzhi.com.cn", "boyashuzhi.com.cn"), ("email", "zhaosheng@boyashuzhi.com.cn", "zhaosheng@boyashuzhi.com.cn")],
    "U08 Q&A answer that sells")

p = "/note/n-9a0c33.html"
add(p, f_note(p, "北京考AI训练师｜我整理的报名流程", [(HOME, "首页"), (N, "发现"), (None, "笔记")],
    '<h1>北京考AI训练师｜我整理的报名流程</h1><p class="au">京师AI考证-小雅</p>'
    '<p>1 确认级别 2 准备材料 3 培训 4 认定。有问题可以打 13５2290 66１7，或者邮件 zhaosheng at boyashuzhi dot com dot cn</p>'),
    True, "U08", "京师AI考证",
    [("phone", "+8613522906617", "13５2290 66１7"), ("email", "zhaosheng@boyashuzhi.com.cn", "zhaosheng at boyashuzhi dot com dot cn")],
    "U08 note; mixed-width phone, spelled-out e-mail")

# ================================================================ U09 星火证通 / 灵犀职培
p = "/video/v-9163.html"
add(p, f_video(p, "考证党必看！人工智能训练师报名避坑", [(HOME, "首页"), (V, "职场"), (None, "视频")],
    '<div class="v"><h1>考证党必看！人工智能训练师报名避坑 #南京 #AI训练师</h1><p>@灵犀职培 · 2025-07-09</p></div>'
    '<div class="desc">不要相信包过！认准可查证书。南京周末班报名 V❤ xinghuo＿zt ，或主页电话 199 5128 7704。</div>'),
    True, "U09", "灵犀职培",
    [("wechat", "xinghuo_zt", "xinghuo＿zt"), ("phone", "+8619951287704", "199 5128 7704")],
    "U09 short video")

p = "/shop/item-51902.html"
add(p, f_shop(p, "星火证通 人工智能训练师 四级 南京班", [(HOME, "首页"), (SH, "职业技能"), (None, "人工智能训练师")],
    '<h1>星火证通 人工智能训练师 四级 南京周末班</h1><div class="price">¥2680</div>'
    '<p>客服电话 199-5128-7704 ｜ 发票邮件 xinghuozt@foxmail.com</p>'),
    True, "U09", "星火证通",
    [("phone", "+8619951287704", "199-5128-7704"), ("email", "xinghuozt@foxmail.com", "xinghuozt@foxmail.com")],
    "U09 marketplace item")

p = "/qun/g-wx-lingxi.html"
add(p, f_qun(p, "群公告 · 灵犀AI训练师备考群", [(HOME, "首页"), (QU, "群公告"), (None, "公告详情")],
    '<h1>灵犀AI训练师备考群 群公告</h1><p>学费转账：中国银行 6217 8561 0003 4445 672 户名 王*峰</p>'
    '<p>有问题加群主微信 xinghuo_zt ；发票请发邮件 xinghuozt@foxmail.com</p>'),
    True, "U09", "灵犀职培",
    [("other", "6217856100034445672", "6217 8561 0003 4445 672"), ("wechat", "xinghuo_zt", "xinghuo_zt"),
     ("email", "xinghuozt@foxmail.com", "xinghuozt@foxmail.com")],
    "U09 WeChat group notice")

# ================================================================ independents
p = "/shop/item-60375.html"
add(p, f_shop(p, "小陈AI证书工作室 人工智能训练师 五级 报名辅导", [(HOME, "首页"), (SH, "职业技能"), (None, "人工智能训练师")],
    '<h1>小陈AI证书工作室 人工智能训练师 五级 报名辅导+题库</h1><div class="price">¥980</div>'
    '<p>个体店铺，营业执照 ' + S_I01 + '。咨询 150-1376-9248（微信 chenai_studio）</p>'),
    True, "I01", "小陈AI证书工作室",
    [("uscc", S_I01, S_I01), ("phone", "+8615013769248", "150-1376-9248"), ("wechat", "chenai_studio", "chenai_studio")],
    "Independent individual shop on the marketplace")

p = "/ask/q-4620015.html"
add(p, f_ask(p, "零基础怎么规划人工智能训练师考证？", [(HOME, "首页"), (Q, "职业资格"), (None, "问题")],
    '<h1>零基础怎么规划人工智能训练师考证？</h1>'
    + answer("考证规划师阿May", "职业规划",
             "零基础先积累一年标注工作经验再考五级。需要一对一规划可以加我 vx：amay_kaozheng（收费咨询）。", "15"),
    ),
    True, "I02", "考证规划师阿May",
    [("wechat", "amay_kaozheng", "amay_kaozheng")],
    "Independent paid consultant answering")

p = "/school/nhzz.html"
add(p, f_school(p, "社会培训 - 佛山南海智造技师学院", "佛山南海智造技师学院 社会培训部",
    '<li>学院首页</li><li>社会培训</li><li>通知公告</li>',
    '<h2>2025年人工智能训练师（四级/三级）社会培训招生简章</h2><p>培训对象：符合申报条件的社会人员及在校生。</p>'
    '<p>报名电话：0757-8622 9130 ｜ 邮箱 pxb@nhzzjsxy.edu.cn</p>'
    '<p>证书查询：zscx.osta.org.cn ｜ 广东省职业技能鉴定指导中心 www.gdosta.org.cn</p>',
    f'<p>统一社会信用代码 {S_I03}</p>'),
    True, "I03", "佛山南海智造技师学院",
    [("phone", "+8675786229130", "0757-8622 9130"), ("email", "pxb@nhzzjsxy.edu.cn", "pxb@nhzzjsxy.edu.cn"),
     ("uscc", S_I03, S_I03)],
    "Independent public technician college's training notice")

p = "/fenlei/post-5551043.html"
add(p, f_fenlei(p, "代报名 人工智能训练师 广州", [(HOME, "首页"), (F, "广州 · 教育培训"), (None, "职业技能")],
    '<h1>代报名 人工智能训练师 广州</h1><p>王老师个人，帮忙整理材料报名五级四级，考点天河'
    f'（考点电话 {VENUE_A}）。我的电话 134 3029 1175</p>'),
    True, "I04", "王老师",
    [("phone", "+8613430291175", "134 3029 1175")],
    "Independent individual classifieds post; venue number decoy")

p = "/note/n-b41d77.html"
add(p, f_note(p, "AI训练师五级题库+报名指导", [(HOME, "首页"), (N, "发现"), (None, "笔记")],
    '<h1>AI训练师五级题库+报名指导</h1><p class="au">AI考证小喵</p>'
    f'<p>自己整理的题库，附证书样本（编号 {CERT_SAMPLE}）。需要的扣扣 2406617398</p>'),
    True, "I05", "AI考证小喵",
    [("qq", "2406617398", "2406617398")],
    "Independent note seller")

p = "/bbs/thread-91566.html"
add(p, f_bbs(p, "深圳数据标注培训基地 人工智能训练师招生", [(HOME, "首页"), (B, "人工智能训练师"), (None, "帖子")],
    '<h1>深圳数据标注培训基地 人工智能训练师招生</h1>'
    + post("深圳数据标注培训基地", "发表于 2025-07-05",
           "五级四级，电话 0755-2698 3310，邮箱 sz_biaozhu@sina.com", "楼主")),
    True, "I06", "深圳数据标注培训基地",
    [("phone", "+8675526983310", "0755-2698 3310"), ("email", "sz_biaozhu@sina.com", "sz_biaozhu@sina.com")],
    "Independent forum original post")

# ================================================================ non-offer pages
p = "/bbs/thread-89702.html"
add(p, f_bbs(p, "交了3980说包过二级，现在联系不上了，大家避雷", [(HOME, "首页"), (B, "人工智能训练师"), (None, "帖子")],
    '<h1>交了3980说包过二级，现在联系不上了</h1>'
    + post("被坑的阿杰", "发表于 2025-05-30",
           f"对方说零基础直接拿二级技师，人社部颁发，电话 {SCAM_PHONE_A}，给的查询网址 {FAKE_DOMAIN}。已打12315投诉。", "楼主")),
    note="Complaint thread quoting a scammer's phone and fake query domain")

p = "/note/n-6d3e20.html"
add(p, f_note(p, "考完四级人工智能训练师的真实感受", [(HOME, "首页"), (N, "发现"), (None, "笔记")],
    '<h1>考完四级人工智能训练师的真实感受</h1><p>理论不难，实操要多练。证书在 zscx.osta.org.cn 能查到。</p>'),
    note="Learner's experience post, no selling")

p = "/fenlei/job-8830.html"
add(p, f_fenlei(p, "招聘数据标注员 有人工智能训练师证优先", [(HOME, "首页"), (F, "招聘"), (None, "职位")],
    '<h1>招聘数据标注员 6000-8000</h1><p>有人工智能训练师证书优先。简历投递请通过平台。</p>'),
    note="Job ad")

p = "/shop/item-33021.html"
add(p, f_shop(p, "消防设施操作员 中级 培训", [(HOME, "首页"), (SH, "职业技能"), (None, "消防")],
    '<h1>消防设施操作员 中级 培训课程</h1><div class="price">¥2600</div><p>另一职业课程，与AI无关。</p>'),
    note="Another occupation's course")

p = "/shop/help.html"
add(p, f_shop(p, "培训类商品购买须知", [(HOME, "首页"), (SH, "帮助中心"), (None, "须知")],
    '<h1>培训类商品购买须知</h1><p>请勿私下转账；证书以官方查询为准。</p>'),
    note="Marketplace help page")

p = "/news/art-20250402.html"
add(p, f_news(p, "警惕“包过”“人社部颁发” 人工智能训练师山寨证书骗局", [(HOME, "首页"), (NW, "曝光台"), (None, "正文")],
    '<h1>警惕“包过”“人社部颁发”人工智能训练师山寨证书骗局</h1>'
    f'<p>市民阿杰反映，对方电话 {SCAM_PHONE_B}，提供的查询网站 {FAKE_DOMAIN} 系仿冒。'
    '如遇类似情况可拨打 12315、12333 或广东人社服务热线 020-12333。</p>'),
    note="News warning quoting scammer's phone")

p = "/news/art-20250318.html"
add(p, f_news(p, "人工智能训练师证书怎么查？", [(HOME, "首页"), (NW, "教育"), (None, "正文")],
    '<h1>人工智能训练师证书怎么查？</h1><p>登录 zscx.osta.org.cn 或 osta.mohrss.gov.cn；广东可查 www.gdosta.org.cn。'
    '咨询 12333 / 020-12333。</p>'),
    note="Policy explainer")


# ---------------------------------------------------------------- section indexes
def section_list(prefix):
    return [(x["path"], x["html"].split("<title>")[1].split("</title>")[0]) for x in PAGES
            if x["path"].startswith(prefix) and not x["path"].endswith("index.html")]


SECTIONS = [(B, "/bbs/", f_bbs, "人工智能训练师版"), (Q, "/ask/", f_ask, "问题"), (SH, "/shop/", f_shop, "搜索结果"),
            (N, "/note/", f_note, "发现"), (V, "/video/", f_video, "视频"), (F, "/fenlei/", f_fenlei, "信息列表"),
            (QU, "/qun/", f_qun, "公告列表"), (NW, "/news/", f_news, "新闻列表")]
for ip, pre, fr, label in SECTIONS:
    items = section_list(pre)
    extra = f'<p>商品编号 {ITEM_NO} 优才汇 人工智能训练师 线上班</p>' if pre == "/shop/" else ""
    add(ip, fr(ip, label, [(HOME, "首页"), (None, label)], f"<h1>{label}</h1>{extra}<ul>{links(ip, items)}</ul>"),
        note="Section index")

items = section_list("/school/")
add(SC, doc("院校机构库", crumbs(SC, [(HOME, "首页"), (None, "院校机构库")]) + f"<h1>院校机构库</h1><ul>{links(SC, items)}</ul>"),
    note="Directory of school and company sites")

idx = [(B, "职友汇论坛"), (Q, "问道问答"), (SH, "优学集市"), (N, "拾光笔记"), (V, "快看短视频"), (F, "百城分类"),
       (QU, "群公告分享"), (SC, "院校机构库"), (NW, "南方民生网")]
add(HOME, doc("职教导航 · 人工智能训练师专题", "<h1>职教导航 · 人工智能训练师专题</h1><ul>" + links(HOME, idx) + "</ul>"),
    note="Hub")

# ---------------------------------------------------------------- decoys
DECOYS = [
    {"kind": "hotline", "value": "12333", "written": ["12333"], "note": "人社 hotline"},
    {"kind": "hotline", "value": "12315", "written": ["12315"], "note": "market regulator hotline"},
    {"kind": "hotline", "value": "020-12333", "written": ["020-12333"], "note": "provincial 人社 hotline"},
    {"kind": "hotline", "value": "12377", "written": ["12377"], "note": "report hotline in frames"},
    {"kind": "official_domain", "value": "zscx.osta.org.cn", "written": ["zscx.osta.org.cn"], "note": "official query"},
    {"kind": "official_domain", "value": "osta.mohrss.gov.cn", "written": ["osta.mohrss.gov.cn"], "note": "official site"},
    {"kind": "official_domain", "value": "gdosta.org.cn", "written": ["www.gdosta.org.cn"], "note": "provincial query"},
    {"kind": "platform_phone", "value": "4008702265", "written": ["400-870-2265"], "note": "marketplace CS"},
    {"kind": "platform_email", "value": "kefu@youxuejishi.com", "written": ["kefu@youxuejishi.com"], "note": "marketplace"},
    {"kind": "platform_domain", "value": "youxuejishi.com", "written": ["youxuejishi.com"], "note": "marketplace"},
    {"kind": "platform_uscc", "value": S_SHOP, "written": [S_SHOP], "note": "marketplace licence"},
    {"kind": "platform_qq_group", "value": "562018774", "written": ["562018774"], "note": "forum staff group"},
    {"kind": "platform_phone", "value": "4006635858", "written": ["400-663-5858"], "note": "classifieds CS"},
    {"kind": "platform_phone", "value": "4001402108", "written": ["400-140-2108"], "note": "video CS"},
    {"kind": "platform_email", "value": "jubao@shiguangbiji.com", "written": ["jubao@shiguangbiji.com"], "note": "notes app"},
    {"kind": "builder_credit", "value": "yunzhantong.cn", "written": ["www.yunzhantong.cn"], "note": "site builder"},
    {"kind": "template_placeholder", "value": "4000000000", "written": ["400-000-0000"], "note": "template"},
    {"kind": "quoted_scam_phone", "value": "+8617085523906", "written": [SCAM_PHONE_A, SCAM_PHONE_B], "note": "scammer"},
    {"kind": "quoted_scam_domain", "value": "rgznxl-zscx.com", "written": [FAKE_DOMAIN], "note": "fake query site"},
    {"kind": "item_number", "value": ITEM_NO, "written": [ITEM_NO], "note": "item number like a phone"},
    {"kind": "certificate_number", "value": CERT_SAMPLE, "written": [CERT_SAMPLE], "note": "sample certificate"},
    {"kind": "venue_phone", "value": "+862037298810", "written": [VENUE_A, VENUE_B], "note": "assessment venue"},
    {"kind": "commenter_wechat", "value": LYNN, "written": [LYNN], "note": "commenter"},
    {"kind": "commenter_qq", "value": QQ_ASK, "written": [QQ_ASK], "note": "commenter"},
    {"kind": "news_hotline", "value": "+862061235500", "written": ["020-61235500"], "note": "news tip line"},
]
for d in DECOYS:
    d["paths"] = sorted(x["path"] for x in PAGES if any(w in x["html"] for w in d["written"]))


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for x in PAGES:
        fp = os.path.join(SITE, x["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(x["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    ops = {}
    for x in PAGES:
        if x["operator"] and x["operator"].startswith("U"):
            o = ops.setdefault(x["operator"], {"brands": [], "ties": set()})
            if x["provider"] not in o["brands"]:
                o["brands"].append(x["provider"])
            for k, v, _ in x["identifiers"]:
                o["ties"].add(f"{k}:{v}")
    for o in ops.values():
        o["ties"] = ", ".join(sorted(o["ties"]))
    truth = {"description": "12bk: broad national mix of forum, Q&A, marketplace, notes, short video, classifieds, school, group notice and news pages",
             "pages": [{k: x[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                       for x in sorted(PAGES, key=lambda y: y["path"])],
             "operators": dict(sorted(ops.items())), "decoys": DECOYS}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
