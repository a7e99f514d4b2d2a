#!/usr/bin/env python3
"""Write the sealed operators web (site/) and its labels (truth.json). Stdlib only."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wt in zip(code8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wt
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(head8, org8):
    body = head8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


PAGES = {}      # path -> record
ORDER = []
CUR = {"path": None}
DECOYS = {}     # key -> {"kind","value","paths":set}


def begin(path, is_offer, operator, provider, note):
    CUR["path"] = path
    PAGES[path] = {"path": path, "is_offer": is_offer, "operator": operator,
                   "provider": provider, "identifiers": [], "note": note, "html": None}
    ORDER.append(path)


def end(html):
    PAGES[CUR["path"]]["html"] = html


def I(kind, value, written):
    """A seller's own identifier, written as it appears on the page."""
    rec = PAGES[CUR["path"]]
    trip = [kind, value, written]
    if trip not in rec["identifiers"]:
        rec["identifiers"].append(trip)
    return written


def D(key, written):
    """A decoy: a shared thing that must not tie sellers."""
    assert key in DECOYS, key
    return "\x02" + key + "\x03" + written + "\x04"


def _resolve(path, html):
    """Record decoy markers on the page they end up in, then strip them."""
    out, i = [], 0
    while True:
        j = html.find("\x02", i)
        if j < 0:
            out.append(html[i:])
            return "".join(out)
        k = html.index("\x03", j)
        m = html.index("\x04", k)
        out.append(html[i:j])
        DECOYS[html[j + 1:k]]["paths"].add(path)
        out.append(html[k + 1:m])
        i = m + 1


def decoy(key, kind, value):
    DECOYS[key] = {"kind": kind, "value": value, "paths": set()}


# ---------------------------------------------------------------- decoys
USCC_XIANHUO = uscc("91330110", "MA2H7K3C")
USCC_DIANPING = uscc("91310104", "MA1FL2Q0")
USCC_ZWT = uscc("91440300", "MA5D8RJ4")
USCC_LM = uscc("51440000", "MJL20931")
decoy("hot12333", "phone", "12333")
decoy("hot12345", "phone", "12345")
decoy("zj12333", "phone", "+8657112333")
decoy("gd12333", "phone", "+862012333")
decoy("scam_phone", "phone", "+8617095236618")
decoy("scam_qq", "qq", "3517720946")
decoy("osta", "domain", "osta.org.cn")
decoy("zscx", "domain", "zscx.osta.org.cn")
decoy("jndj", "domain", "jndj.osta.org.cn")
decoy("mohrss", "domain", "osta.mohrss.gov.cn")
decoy("xh_phone", "phone", "+864009006617")
decoy("xh_mail", "email", "kefu@xianhuo.com")
decoy("xh_domain", "domain", "xianhuo.com")
decoy("xh_uscc", "uscc", USCC_XIANHUO)
decoy("xh_escrow", "other", "杭州闲货网络科技有限公司")
decoy("dp_phone", "phone", "+864008205527")
decoy("dp_domain", "domain", "bendidianping.com")
decoy("dp_uscc", "uscc", USCC_DIANPING)
decoy("zwt_phone", "phone", "+864008859002")
decoy("zwt_mail", "email", "jubao@zhiweitong.com")
decoy("zwt_uscc", "uscc", USCC_ZWT)
decoy("wy_phone", "phone", "+864006900300")
decoy("ba_mail", "email", "bawu@tiebaquan.cn")
decoy("hs_mail", "email", "jubao@hongshu.net")
decoy("lm_phone", "phone", "+862038291150")
decoy("lm_mail", "email", "mishuchu@aiplm.org.cn")
decoy("lm_domain", "domain", "aiplm.org.cn")
decoy("lm_uscc", "uscc", USCC_LM)
decoy("lm_account", "other", "440301 8829 0017 6653")
decoy("yf_phone", "phone", "+864006162288")
decoy("yf_domain", "domain", "yunfanjz.com")
decoy("jj_domain", "domain", "jijianzhan.cn")
decoy("ph_phone", "phone", "+8613800138000")
decoy("ph_mail", "email", "zhangsan@example.com")
decoy("cert_sample", "other", "S000044012345265000321")
decoy("cert_sample2", "other", "Y000131012001253000087")
decoy("order_no", "other", "3861205517304496")
decoy("ticket_no", "other", "2603440107135")
decoy("course_no", "other", "4-04-05-05")
decoy("news_phone", "phone", "+8657188092210")

# ---------------------------------------------------------------- seller USCCs
USCC_ZHIYUN = uscc("91110108", "MA01T4B6")
USCC_JINQIAO = uscc("91330106", "MA27W9X1")
USCC_XINGHUO = uscc("91420100", "MA4K2P8D")
USCC_HXXC = uscc("91110108", "MA04N7C2")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def doc(title, body, css="", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n<style>{css}</style>\n{head_extra}</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------- platform shells
XH_CSS = ("body{margin:0;background:#f6f6f6;font-family:PingFang SC,Helvetica,sans-serif;color:#222}"
          ".top{background:#ffe60f;padding:10px 20px;font-weight:bold}.wrap{max-width:980px;margin:12px auto;"
          "background:#fff;border-radius:12px;padding:18px}.price{color:#ff4400;font-size:28px}"
          ".seller{border-top:1px solid #eee;margin-top:12px;padding-top:10px;color:#555}"
          ".msg{background:#fafafa;border-radius:8px;padding:8px;margin:6px 0}.foot{text-align:center;"
          "font-size:12px;color:#999;padding:20px}.tag{display:inline-block;background:#fff4d6;"
          "color:#a86b00;padding:2px 6px;border-radius:4px;margin-right:4px;font-size:12px}")


def xh_shell(title, body):
    foot = (f"<div class=\"foot\">闲货 · 让闲置游起来 | 客服热线 {D('xh_phone', '400-900-6617')}"
            f"（9:00-21:00） | 客服邮箱 {D('xh_mail', 'kefu@xianhuo.com')}<br>"
            f"{D('xh_escrow', '杭州闲货网络科技有限公司')} 统一社会信用代码 {D('xh_uscc', USCC_XIANHUO)} | "
            f"{D('xh_domain', 'www.xianhuo.com')} 版权所有<br>"
            "平台提醒：请勿脱离平台私下交易，谨防诈骗</div>")
    return doc(title + " - 闲货", "<div class=\"top\"><a href=\"/xianhuo/index.html\">闲货</a> "
               "| 搜索：人工智能训练师</div>\n<div class=\"wrap\">" + body + "</div>" + foot, XH_CSS)


def xh_escrow_note():
    return ("<span class=\"tag\">担保交易</span> 付款后资金由 "
            f"{D('xh_escrow', '杭州闲货网络科技有限公司')} 代为保管，确认收货后才打给卖家。")


BA_CSS = ("body{font:14px/1.6 'Microsoft YaHei',sans-serif;background:#eef1f6;margin:0}"
          ".hd{background:#3385ff;color:#fff;padding:8px 16px}.hd a{color:#fff}.thread{width:900px;"
          "margin:10px auto;background:#fff}.floor{display:flex;border-bottom:1px solid #e5e5e5}"
          ".u{width:130px;background:#fbfbfd;padding:12px;font-size:12px;color:#2d64b3}"
          ".c{flex:1;padding:12px}.tail{color:#999;font-size:12px;text-align:right}"
          ".lzl{background:#f7f8fa;margin:6px 0;padding:6px 10px;font-size:12px}"
          ".ft{text-align:center;color:#999;font-size:12px;padding:18px}")


def ba_shell(title, body):
    return doc(title + "_人工智能训练师吧_贴吧圈", "<div class=\"hd\"><a href=\"/ba/index.html\">"
               "人工智能训练师吧</a> · 关注 3.2万 · 帖子 18万</div>\n<div class=\"thread\">" + body +
               f"</div><div class=\"ft\">贴吧圈 ©2026 吧务反馈：{D('ba_mail', 'bawu@tiebaquan.cn')} · "
               "本吧禁止发布广告，违者删帖封禁</div>", BA_CSS)


def floor(n, user, level, content, when, lzl=""):
    return (f"<div class=\"floor\" id=\"f{n}\"><div class=\"u\">{user}<br><span>Lv.{level}</span></div>"
            f"<div class=\"c\">{content}{lzl}<div class=\"tail\">{n}楼 {when}</div></div></div>\n")


HS_CSS = ("body{margin:0;background:#fff;font-family:-apple-system,PingFang SC,sans-serif}"
          ".nav{height:52px;border-bottom:1px solid #f0f0f0;padding:0 24px;line-height:52px;"
          "color:#ff2442;font-weight:700}.note{max-width:720px;margin:20px auto}.author{color:#333;"
          "font-weight:600}.imgs{background:#fde8ec;height:260px;border-radius:12px;display:flex;"
          "align-items:center;justify-content:center;color:#c66}.tags a{color:#13386c;margin-right:6px}"
          ".cmt{border-top:1px solid #f3f3f3;padding:10px 0}.cmt .reply{margin-left:36px;color:#444}"
          ".au{background:#ffebee;color:#ff2442;font-size:11px;padding:0 4px;border-radius:3px}"
          ".ft{font-size:12px;color:#aaa;text-align:center;padding:30px}")


def hs_shell(title, body):
    return doc(title + " - 红薯笔记", "<div class=\"nav\"><a href=\"/hongshu/index.html\">红薯</a>"
               " 发现 · 职场 · 考证</div>\n<div class=\"note\">" + body + "</div>"
               f"<div class=\"ft\">红薯笔记 · 违法不良信息举报 {D('hs_mail', 'jubao@hongshu.net')}</div>", HS_CSS)


WB_CSS = ("body{background:#f2f2f5;margin:0;font:14px/1.7 Arial,'PingFang SC',sans-serif}"
          ".bar{background:#fff;padding:10px 20px;box-shadow:0 1px 3px #ddd;color:#ff8200;font-weight:700}"
          ".card{max-width:640px;margin:14px auto;background:#fff;border-radius:6px;padding:16px}"
          ".name{color:#eb7350;font-weight:700}.v{color:#ffa700}.meta{color:#939393;font-size:12px}"
          ".rt{background:#f7f7f7;padding:10px;border-radius:4px;margin:8px 0}.acts{color:#808080;"
          "font-size:12px;border-top:1px solid #f0f0f0;margin-top:8px;padding-top:6px}"
          ".cm{border-top:1px dashed #eee;padding:6px 0;font-size:13px}.ft{text-align:center;"
          "font-size:12px;color:#999;padding:16px}")


def wb_shell(title, body):
    return doc(title + " - 微言", "<div class=\"bar\"><a href=\"/weibo/index.html\">微言</a> 首页 · 热搜"
               "</div>\n" + body + f"<div class=\"ft\">微言客服 {D('wy_phone', '4006900300')} · 举报中心 · "
               "微言社区公约</div>", WB_CSS)


DP_CSS = ("body{margin:0;background:#f4f4f4;font-family:'PingFang SC',sans-serif}.h{background:#ff6633;"
          "color:#fff;padding:10px 20px}.h a{color:#fff}.shop{max-width:960px;margin:14px auto;background:#fff;"
          "padding:18px}.stars{color:#f60}.info td{padding:4px 10px 4px 0;color:#555}"
          ".rv{border-top:1px solid #eee;padding:10px 0}.rv .who{color:#333;font-weight:600}"
          ".biz{background:#fff7f0;padding:6px 10px;margin-top:6px;font-size:13px;color:#666}"
          ".deal{border:1px solid #fdd;padding:8px;margin:8px 0;border-radius:4px}.ft{text-align:center;"
          "color:#999;font-size:12px;padding:18px}")


def dp_shell(title, body):
    return doc(title + " - 本地点评", "<div class=\"h\"><a href=\"/dianping/index.html\">本地点评</a> · "
               "学习培训 · 职业技能</div>\n<div class=\"shop\">" + body + "</div>"
               f"<div class=\"ft\">本地点评客服 {D('dp_phone', '400-820-5527')} · "
               f"{D('dp_domain', 'bendidianping.com')} · 上海本地点评信息服务有限公司 "
               f"统一社会信用代码：{D('dp_uscc', USCC_DIANPING)}<br>平台不参与商户与用户间的线下交易</div>", DP_CSS)


ZP_CSS = ("body{margin:0;background:#f5f7fa;font:14px/1.7 'Microsoft YaHei',sans-serif}.h{background:#00a6a7;"
          "color:#fff;padding:12px 24px}.h a{color:#fff}.job{max-width:900px;margin:14px auto;background:#fff;"
          "padding:20px 24px}.sal{color:#fe574a;font-size:22px;font-weight:700}.req span{background:#f1f5f8;"
          "padding:2px 8px;margin-right:6px;border-radius:3px}.comp{border-top:1px solid #eee;margin-top:14px;"
          "padding-top:10px;color:#666}.warn{background:#fff8e6;padding:8px;font-size:12px;color:#8a6d3b}"
          ".ft{text-align:center;color:#999;font-size:12px;padding:16px}")


def zp_shell(title, body):
    return doc(title + " - 职位通", "<div class=\"h\"><a href=\"/zhaopin/index.html\">职位通</a> 找工作 · "
               "找公司</div>\n<div class=\"job\">" + body +
               "<div class=\"warn\">职位通安全提示：招聘方以任何名义向求职者收取费用（培训费、服装费、押金等）"
               f"均属违法，请立即举报：{D('zwt_phone', '400-885-9002')} / {D('zwt_mail', 'jubao@zhiweitong.com')}"
               "</div></div>" + "<div class=\"ft\">深圳职位通网络科技有限公司 统一社会信用代码 "
               f"{D('zwt_uscc', USCC_ZWT)} · 人力资源服务许可证</div>", ZP_CSS)


LM_CSS = ("body{margin:0;font:14px/1.8 SimSun,'Songti SC',serif;background:#fdfaf3}.hd{background:#8b1a1a;"
          "color:#fff;padding:14px 30px;font-size:22px}.nav{background:#a52a2a;padding:4px 30px}.nav a{color:#fff;"
          "margin-right:18px}.main{width:960px;margin:0 auto;background:#fff;padding:20px;border:1px solid #e8dcc0}"
          "table.m{border-collapse:collapse;width:100%}table.m td,table.m th{border:1px solid #ddd;padding:6px}"
          ".ft{background:#8b1a1a;color:#f3dede;text-align:center;font-size:12px;padding:12px}")


def lm_shell(title, body):
    return doc(title + " - 粤港澳人工智能职业培训机构联盟", "<div class=\"hd\">粤港澳人工智能职业培训机构联盟</div>"
               "<div class=\"nav\"><a href=\"/lianmeng/index.html\">首页</a><a href=\"/lianmeng/index.html#members\">"
               "会员单位</a><a href=\"/lianmeng/index.html\">联盟动态</a></div>\n<div class=\"main\">" + body +
               "</div><div class=\"ft\">联盟秘书处电话：" + D("lm_phone", "020-3829 1150") + " 邮箱："
               + D("lm_mail", "mishuchu@aiplm.org.cn") + "<br>主办：广东省人工智能职业教育促进会（社会团体 统一社会信用代码 "
               + D("lm_uscc", USCC_LM) + "） " + D("lm_domain", "www.aiplm.org.cn") + "</div>", LM_CSS)


ZC_CSS = ("body{margin:0;font:15px/1.9 'FangSong','SimSun',serif;background:#fff}.banner{background:linear-gradient"
          "(#c40000,#a00000);color:#ffe9a8;padding:18px 40px;font-size:26px;letter-spacing:4px}.sub{font-size:13px;"
          "letter-spacing:1px;color:#fff}.nav{background:#b30000;padding:6px 40px}.nav a{color:#fff;margin-right:20px}"
          ".art{width:900px;margin:20px auto}.art h1{text-align:center;color:#b30000;font-size:24px}"
          ".meta{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #eee}.ft{border-top:3px solid #b30000;"
          "text-align:center;font-size:12px;color:#888;padding:14px}")


def zc_shell(title, body):
    return doc(title + " - 职业技能政策解读网", "<div class=\"banner\">职业技能政策解读网<div class=\"sub\">"
               "汇聚人社政策 · 解读技能评价 · 服务技能人才</div></div><div class=\"nav\"><a href=\"/zhengce/index.html\">"
               "首页</a><a href=\"/zhengce/index.html\">政策解读</a><a href=\"/zhengce/index.html\">补贴申领</a></div>\n"
               "<div class=\"art\">" + body + "</div><div class=\"ft\">本站为个人整理的政策学习网站，非政府网站，内容仅供参考；"
               f"政策以人社部门发布为准，咨询请拨打 {D('hot12333', '12333')}。</div>", ZC_CSS)


NEWS_CSS = ("body{margin:0;font:16px/1.8 'PingFang SC','Microsoft YaHei',sans-serif;color:#333}.top{background:#0b3c7a;"
            "color:#fff;padding:10px 30px}.top a{color:#fff;margin-right:14px}.a{max-width:760px;margin:20px auto}"
            ".src{color:#999;font-size:13px}.ft{background:#f2f2f2;text-align:center;font-size:12px;color:#888;padding:14px}")


def news_shell(title, body):
    return doc(title + "_东方热线新闻", "<div class=\"top\"><a href=\"/news/index.html\">东方热线新闻</a>"
               "<a href=\"/news/index.html\">社会</a><a href=\"/news/index.html\">教育</a><a href=\"/news/index.html\">"
               "财经</a></div>\n<div class=\"a\">" + body + "</div><div class=\"ft\">东方热线新闻 版权所有 · "
               "未经授权禁止转载 · 新闻热线 " + D("news_phone", "0571-8809 2210") + "</div>", NEWS_CSS)


# Page bodies for gen.py (executed inside gen.py's namespace).

OP_TIES = {
    "U01": "seller site (floating widget + QR alt wechat) -wechat- 闲货 listing -QQ- 贴吧 floor reply -QQ群- 微言 repost (e-mail also)",
    "U02": "table-layout course page -mobile (微信同号)- table-layout homepage -Beijing landline- 本地点评 shop",
    "U03": "modern single-page site -wechat- 红薯 note (author reply in comments) -mobile (+86 form)- 职位通 fake job",
    "U04": "table-layout school site -USCC- alliance member page -obfuscated e-mail- 闲货 listing",
    "U05": "single-page site -wechat (QR alt)- sign-up/payment page -bank account + licence company name- 本地点评 shop",
    "U06": "table-layout AI page -QQ群- 贴吧 thread with many floors -wechat in floor reply- 红薯 note comment reply",
    "U07": "职位通 fake job -Shenzhen landline- alliance member page -wechat- 微言 post",
    "U08": "policy-explainer page -domain- 闲货 listing -QQ- 本地点评 shop",
    "U09": "alliance member page -mobile- WordPress course post -e-mail + domain (sidebar)- WordPress exam post",
}

SCAM_NOTE = ("<p style=\"font-size:12px;color:#c00\">【防骗声明】近期有人冒充培训机构以“内部名额”“包过”为名收费，"
             "诈骗电话 {p}、QQ {q} 均与本机构无关，请勿转账！</p>")


def scam_note(pf="170 9523 6618", qf="3517720946"):
    return SCAM_NOTE.format(p=D("scam_phone", pf), q=D("scam_qq", qf))


# ================================================================ 闲货 (Xianyu-like)
XH_ITEMS = []


def xh_item(path, title, price, want, body, seller, city, msgs, op, provider, note, offer=True):
    begin(path, offer, op, provider, note)
    XH_ITEMS.append((path, title, price, city))
    msg_html = "".join(f"<div class=\"msg\"><b>{w}</b>：{t}</div>" for w, t in msgs)
    b = (f"<h2>{title}</h2><div class=\"price\">¥{price}</div><p>{want}人想要 · 发布于{city}</p>"
         f"<div>{body}</div><p>{xh_escrow_note()}</p>"
         f"<div class=\"seller\">卖家：{seller}</div><h4>留言</h4>{msg_html}"
         "<p><a href=\"/xianhuo/index.html\">返回搜索结果</a></p>")
    end(xh_shell(title, b))


xh_item("/xianhuo/item-20931.html", "人工智能训练师 四级/三级 网课+考前辅导 包报名", "1680", "37",
        "<p>转让自家机构名额，人社备案机构认定，证书可在"
        f"{D('zscx', 'zscx.osta.org.cn')} 查询。四级 1680，三级 2380，零基础也能学，"
        "线上直播+录播回放。</p><p>想了解课表的直接加v：" + "<b>" + "{W}" + "</b>，闲货聊天回复慢。</p>"
        "<p>另有老师一对一答疑，扣：{Q}</p><p>成交订单可以晒单，上周订单号 "
        + "{ORD}" + " 的学员已经约上考试了。</p>",
        "启航AI学苑（信用极好 · 卖出72件）", "北京", [("想要的木子", "能开发票吗"),
                                          ("启航AI学苑", "可以，机构开的培训费发票")],
        "U01", "启航AI学苑", "marketplace listing; wechat written after 加v, QQ spaced as 扣")


def _fix_last(repl):
    rec = PAGES[CUR["path"]]
    h = rec["html"]
    for k, v in repl.items():
        h = h.replace("{" + k + "}", v)
    rec["html"] = h


_fix_last({"W": I("wechat", "zhiyun_ai2026", "zhiyun_ai2026"),
           "Q": I("qq", "2850137764", "2850 137 764"),
           "ORD": D("order_no", "3861205517304496")})

xh_item("/xianhuo/item-20957.html", "学姐自用 人工智能训练师三级资料+代报名", "299", "112",
        "<p>去年考过的三级，整理的理论题库+实操录屏全套，附赠代报名服务（报名费另算，按机构收费）。</p>"
        "<p>东西都是网盘发，拍下后v我：<b>{W}</b> 发链接。不退不换哈。</p>"
        "<p>证书样本打码了：编号 {C} 。真实可查，官网 {O}</p>",
        "小鹿学姐（实名认证）", "南京", [("一只咸鱼", "代报名是哪个机构？"), ("小鹿学姐", "南京本地的评价机构，私聊说")],
        None, "小鹿学姐", "independent individual reseller; wechat only")
_fix_last({"W": I("wechat", "lulu_xuejie88", "lulu_xuejie88"),
           "C": D("cert_sample", "S000044012345265000321"), "O": D("osta", "www.osta.org.cn")})

xh_item("/xianhuo/item-21004.html", "【金桥教育】人工智能训练师(数据标注员)五级 周末班", "980", "21",
        "<p>杭州线下周末班，两天理论两天实操，结业统一参加认定考试。五级980含教材，四级1580。</p>"
        "<p>平台不方便发联系方式，邮箱咨询 {E} ，报名表发你。</p>",
        "金桥教育小叶", "杭州", [("Rain", "在哪个区上课"), ("金桥教育小叶", "西湖区文三路，地铁可达")],
        "U04", "金桥教育", "marketplace listing; e-mail obfuscated with at/dot words")
_fix_last({"E": I("email", "jqpx2018@qq.com", "jqpx2018 at qq dot com")})

xh_item("/xianhuo/item-21188.html", "优职教育官方店 人工智能训练师 三级 直播班 可申请补贴", "2680", "58",
        "<p>人工智能训练师三级（高级工）直播班，符合条件的学员考后可申领技能提升补贴（以当地人社为准，可咨询"
        f"{D('hot12333', '12333')}）。</p><p>课程大纲、开班时间在官网 <b>{{DOM}}</b> 可查。</p>"
        "<p>售前答疑QQ：{Q}（备注闲货）</p>",
        "优职教育官方店", "成都", [("小糖", "补贴是打到个人账户吗"), ("优职教育官方店", "是的，个人社保卡")],
        "U08", "优职教育", "marketplace listing; domain in body text; QQ with note")
_fix_last({"DOM": I("domain", "ykt-edu.com", "www.ykt-edu.com"), "Q": I("qq", "3308871265", "3308871265")})

xh_item("/xianhuo/item-21240.html", "人工智能训练师证 报名 速度 全国可报", "1500", "9",
        "<p>职达教育，全国可报，四级1500三级2200，包教材包模拟。拍前请先咨询：{P}</p>"
        "<p>遇到过冒充我们的，特别提醒：" + "{SC}" + "</p>",
        "职达教育", "郑州", [], None, "职达教育", "independent; phone in dashed form; copies scam number warning")
_fix_last({"P": I("phone", "+8613062718850", "130-6271-8850"),
           "SC": "骗子号码" + D("scam_phone", "17095236618") + "不是我们的"})

xh_item("/xianhuo/item-21302.html", "晨曦培训 AI训练师 中级 线上课 送题库", "1280", "15",
        "<p>线上自学+每周两次直播答疑，送三千道题库。拍下后请加企鹅 {Q} 拉你进学习群。</p>",
        "晨曦培训", "长沙", [("路人甲", "题库是最新的吗"), ("晨曦培训", "2026年3月更新")],
        None, "晨曦培训", "independent; QQ written as 企鹅")
_fix_last({"Q": I("qq", "1094537281", "1094537281")})

begin("/xianhuo/index.html", False, None, None, "marketplace search list")
rows = "".join(f"<li><a href=\"{p}\">{t}</a> <span class=\"price\" style=\"font-size:14px\">¥{pr}</span> {c}</li>"
               for p, t, pr, c in XH_ITEMS)
end(xh_shell("人工智能训练师 搜索结果", "<h3>“人工智能训练师” 共 6 件宝贝</h3><ul>" + rows +
             "</ul><p>温馨提示：闲货不允许发布证书代考、假证类信息。</p>"))

# ================================================================ 贴吧圈 (Tieba-like)
begin("/ba/p-8841207.html", True, "U01", "启航AI学苑", "forum thread; the selling is in floor 7 (QQ + QQ群)")
b = "<h2 style=\"padding:10px\">人工智能训练师四级到底值不值得考？在职打工人求真实回答</h2>"
b += floor(1, "夜猫子打工人", 6, "做电商客服三年，公司说以后可能要懂数据标注，四级证有没有用？网上报班从几百到几千都有，看花眼了。", "2026-03-02 22:14")
b += floor(2, "路过的老张", 9, "有用没用看公司认不认，真想学就找能在官网查到证书的机构。", "2026-03-02 22:31")
b += floor(3, "夜猫子打工人", 6, "官网是哪个？", "2026-03-02 22:40",
           "<div class=\"lzl\">路过的老张：技能人才评价证书全国联网查询，" + D("zscx", "zscx.osta.org.cn") + "</div>")
b += floor(4, "数据民工", 4, "我同事三级考了两次才过，实操不好弄。", "2026-03-03 08:02")
b += floor(5, "吃瓜群众", 2, "坐等广告", "2026-03-03 09:11")
b += floor(6, "夜猫子打工人", 6, "哈哈确实，已经有好几个私信我的了", "2026-03-03 09:30")
b += floor(7, "启航AI学苑小助手", 3,
           "我们这边在职班晚上直播，四级 1680 三级 2380，考不过下期免费重学。具体问题可以Q我 "
           + I("qq", "2850137764", "2850137764") + "，或者直接进交流群 QQ群：" + I("qq_group", "746201935", "746 201 935")
           + "，群里有往期学员。", "2026-03-03 10:02")
b += floor(8, "路过的老张", 9, "楼上广告，楼主自己判断", "2026-03-03 10:20")
b += floor(9, "吧务-小猫", 12, "提醒：本吧不保证任何机构的资质，报名前请在人社部门公布的评价机构名单里核实。", "2026-03-03 11:00")
end(ba_shell("人工智能训练师四级到底值不值得考", b))

begin("/ba/p-8843390.html", True, None, "同程职教", "forum Q&A; floor 3 answer sells with phone")
b = "<h2 style=\"padding:10px\">【求助】三级报名要什么条件？我只有大专，没有相关工作经验</h2>"
b += floor(1, "小透明呀", 3, "如题，看有的机构说不限经验直接报三级，靠谱吗？", "2026-02-18 14:05")
b += floor(2, "老吧友", 11, "按标准三级要四级证再加年限，或者相关专业毕业生。说不限的多半有猫腻。", "2026-02-18 14:30")
b += floor(3, "同程职教-刘老师", 2,
           "楼主好，大专可以先报四级，我们四级班 1380（含认定费），三个月拿证。有疑问打我电话 "
           + I("phone", "+8618980012367", "18980012367") + "（同微）。", "2026-02-18 15:12")
b += floor(4, "小透明呀", 3, "谢谢，我再看看", "2026-02-18 16:00")
b += floor(5, "老吧友", 11, "实在不放心打" + D("hot12333", "12333") + "问本地人社。", "2026-02-18 16:22")
end(ba_shell("【求助】三级报名要什么条件", b))
PAGES["/ba/p-8843390.html"]["identifiers"].append(["wechat", "18980012367", "18980012367"])

begin("/ba/p-8850016.html", True, "U06", "明德智学堂", "long forum thread by the seller; QQ群 in OP, wechat in seller's floor reply")
b = "<h2 style=\"padding:10px\">【经验贴】人工智能训练师三级备考全记录（附资料，持续更新）</h2>"
b += floor(1, "明德智学堂", 5,
           "<p>整理了三级理论+实操的重点，直接放在楼下。我们是做职业技能培训的，但这帖子干货为主。"
           "</p><p>资料太大传不上来，需要的进交流群自取：群号 " + I("qq_group", "583901276", "583-901-276")
           + "</p><p>课程：三级直播班 2580，四级 1680，含认定费。</p>", "2026-01-09 20:00")
for n, u, t in [(2, "阿哲", "前排"), (3, "数据标注小白", "第一章就看不懂"),
                (4, "明德智学堂", "业务分析那章多看流程图，考试常考"),
                (5, "Kiki", "实操考的是啥软件？"),
                (6, "明德智学堂", "用的是评价机构指定的平台，标注+模型测试，不同地区不一样"),
                (7, "乐乐", "准考证号 " + D("ticket_no", "2603440107135") + " 打码打漏了哈哈，我下周考"),
                (8, "阿哲", "楼上快删了"),
                (9, "乐乐", "没事，准考证号别人拿去也没用"),
                (10, "坚果", "三级2580贵不贵"),
                (11, "路人乙", "不算贵，我问过的有三千五的"),
                (12, "明德智学堂", "群满了的话加我v：" + I("wechat", "mdzx_2025", "mdzx_2025") + " 拉你进二群"),
                (13, "坚果", "已加"),
                (14, "吧务-小猫", "经验贴保留，广告内容已提醒楼主注意")]:
    b += floor(n, u, 5 if u == "明德智学堂" else 3, t, f"2026-01-{9 + n // 3:02d} 21:{n * 3:02d}")
end(ba_shell("【经验贴】人工智能训练师三级备考全记录", b))

begin("/ba/p-8838875.html", False, None, None, "forum warning thread quoting scam numbers; not an offer")
b = "<h2 style=\"padding:10px\">避雷！交了4800说“内部名额包过”，然后人没了</h2>"
b += floor(1, "被坑的阿强", 4, "<p>上个月在短视频上刷到说人工智能训练师二级零基础包过，加了个QQ "
           + D("scam_qq", "3517720946") + "，对方让打电话 " + D("scam_phone", "170-9523-6618")
           + " 确认，交了4800，现在拉黑了。</p><p>大家别信什么二级零基础包过！</p>", "2026-02-27 23:10")
b += floor(2, "老吧友", 11, "二级是技师，要三级证加年限的，零基础直接二级就是骗。赶紧报警，顺便打"
           + D("hot12345", "12345") + "投诉。", "2026-02-27 23:25")
b += floor(3, "热心网友", 7, "证书查询只认 " + D("osta", "osta.org.cn") + " 和各省人社官网，别的查询网站都可能是假的。", "2026-02-28 07:40")
b += floor(4, "被坑的阿强", 4, "已经报警了，谢谢大家", "2026-02-28 09:02")
end(ba_shell("避雷！交了4800说内部名额包过", b))

begin("/ba/index.html", False, None, None, "forum list page")
end(ba_shell("人工智能训练师吧", "<ul style=\"padding:20px 40px\">"
             "<li><a href=\"/ba/p-8850016.html\">【经验贴】人工智能训练师三级备考全记录（附资料，持续更新）</a> 回复 14</li>"
             "<li><a href=\"/ba/p-8841207.html\">人工智能训练师四级到底值不值得考？</a> 回复 9</li>"
             "<li><a href=\"/ba/p-8843390.html\">【求助】三级报名要什么条件？</a> 回复 5</li>"
             "<li><a href=\"/ba/p-8838875.html\">避雷！交了4800说“内部名额包过”，然后人没了</a> 回复 4</li></ul>"))

# ================================================================ 红薯笔记 (Xiaohongshu-like)
HS_NOTES = []


def hs_note(path, title, author, text, tags, cmts, op, provider, note, offer=True):
    begin(path, offer, op, provider, note)
    HS_NOTES.append((path, title, author))
    c = ""
    for who, t, reply in cmts:
        c += f"<div class=\"cmt\"><b>{who}</b>：{t}"
        if reply:
            c += f"<div class=\"reply\"><b>{author}</b> <span class=\"au\">作者</span>：{reply}</div>"
        c += "</div>"
    body = (f"<div class=\"author\">{author}</div><div class=\"imgs\">图 1/6</div><h2>{title}</h2>"
            f"<div>{text}</div><div class=\"tags\">" + "".join(f"<a href=\"/hongshu/index.html\">#{t}</a>" for t in tags)
            + f"</div><p style=\"color:#999;font-size:12px\">编辑于 03-1{len(HS_NOTES)} 上海</p><h4>共 {len(cmts)} 条评论</h4>{c}")
    end(hs_shell(title, body))


hs_note("/hongshu/note-6a1f.html", "宝妈转行｜我是怎么拿到AI训练师四级的✨", "AI训练营阿杰",
        "<p>30岁宝妈，之前完全不懂AI😂 跟着课程学了两个月，四级到手！</p><p>费用：1580（含考试），"
        "想一起学的姐妹评论区扣1～</p>", ["人工智能训练师", "宝妈转行", "考证"],
        [("momo", "1", "已私～"), ("橙子汽水", "求带，怎么联系", "薯上不让留联系方式，看我简介～ v：" + "{W}"),
         ("不吃香菜", "是真的能查到吗", "可以的，官网查询")],
        None, "AI训练营阿杰", "note; independent; wechat in author's comment reply")
_fix_last({"W": I("wechat", "ajie_aitrain", "ajie_aitrain")})

hs_note("/hongshu/note-6b7c.html", "上海｜数据标注员真实体验，从0到拿证📒", "未来智训·小七",
        "<p>我们机构最近开了新一期人工智能训练师（数据标注员方向）四级班，线下+线上，学费 1880。</p>"
        "<p>课后有实习推荐（不保证就业哈）。</p>", ["数据标注", "人工智能训练师", "上海考证"],
        [("Luna", "怎么报名", "私信或者加薇 " + "{W}"), ("小鱼", "可以电话咨询吗", "可以，{P}")],
        "U03", "未来智训", "note; author replies in comments with wechat and phone")
_fix_last({"W": I("wechat", "szwl-kefu01", "SZWL-kefu01"), "P": I("phone", "+8615821937704", "158 2193 7704")})

hs_note("/hongshu/note-6c33.html", "三级实操怎么过？王老师划重点了（收藏）", "明德智学堂_王老师",
        "<p>整理了三级实操高频考点，图里有。需要完整版的评论区说～</p><p>我们也有三级直播班 2580，含认定费。</p>",
        ["人工智能训练师三级", "实操", "干货"],
        [("阿May", "完整版求", "V：" + "{W}" + " 发你"), ("Tim", "直播班有回放吗", "有的，一年内随时看")],
        "U06", "明德智学堂", "note; wechat in author comment reply")
_fix_last({"W": I("wechat", "mdzx_2025", "mdzx_2025")})

hs_note("/hongshu/note-6d90.html", "⚠️考AI训练师千万别踩这些坑！亲身经历", "清醒打工人",
        "<p>1. 说“人社部颁发”的不对，现在等级证书是备案的评价机构发的；<br>2. 零基础直接报二级、一级的都是坑；<br>"
        "3. 查询网站要认准 " + D("osta", "osta.org.cn") + "；<br>4. 我被骗过的号码：" + D("scam_phone", "17095236618")
        + "，大家避雷。</p><p>不推荐任何机构，不接广告。</p>", ["避坑", "人工智能训练师"],
        [("Bella", "谢谢提醒", None), ("西西", "我也差点被这个号骗", None)],
        None, None, "warning note; not an offer", offer=False)

begin("/hongshu/index.html", False, None, None, "note platform topic list")
end(hs_shell("#人工智能训练师 话题", "<h3>#人工智能训练师 相关笔记</h3><ul>" + "".join(
    f"<li><a href=\"{p}\">{t}</a> — {a}</li>" for p, t, a in HS_NOTES) + "</ul>"))

# ================================================================ 微言 (Weibo-like)
begin("/weibo/status-4990112.html", True, None, "鼎学教育", "microblog post; independent; 400 number")
end(wb_shell("鼎学教育的微言", "<div class=\"card\"><span class=\"name\">鼎学教育官微</span> <span class=\"v\">V</span>"
             "<div class=\"meta\">3月12日 10:05 来自 微言网页版</div><p>#人工智能训练师# 春季班开始报名啦！四级/三级同步开班，"
             "早鸟价四级1299、三级1999，名额有限～ 报名热线 " + I("phone", "+864006027118", "400-602-7118")
             + " #考证# #技能提升#</p><div class=\"acts\">转发 12 · 评论 8 · 赞 30</div>"
             "<div class=\"cm\">用户2231：能退吗</div><div class=\"cm\">鼎学教育官微：开课前可全额退</div></div>"))

begin("/weibo/status-4990538.html", True, "U01", "智云教育科技",
      "microblog repost by the seller's second account; QQ群 + obfuscated e-mail")
end(wb_shell("智云教育科技的微言", "<div class=\"card\"><span class=\"name\">智云教育科技</span>"
             "<div class=\"meta\">3月14日 19:22 来自 iPhone客户端</div><p>在职人员晚上学，周末考，这期还剩12个位置。"
             "资料和课表在答疑群：" + I("qq_group", "746201935", "746201935") + "，合作请发邮件 "
             + I("email", "zhiyunedu@163.com", "zhiyunedu[at]163.com") + "</p>"
             "<div class=\"rt\">//@启航AI学苑: 人工智能训练师四级1680 三级2380，晚班直播，考不过免费重学～"
             "<br>//@职场充电站: 有想考证的朋友可以看看</div><div class=\"acts\">转发 4 · 评论 2 · 赞 9</div>"
             "<div class=\"cm\">小鹿的猫：价格跟闲货上一样的</div></div>"))

begin("/weibo/status-4991207.html", True, "U07", "慧学职业技能", "microblog post; wechat written as 咨询vx")
end(wb_shell("慧学职业技能的微言", "<div class=\"card\"><span class=\"name\">慧学职业技能</span>"
             "<div class=\"meta\">3月16日 08:40 来自 微言 HTML5 版</div><p>【深圳 | 人工智能训练师】"
             "四级 1480 / 三级 2280，深圳本地考点，可开发票。符合条件的可以申请技能提升补贴哦～"
             "咨询vx：" + I("wechat", "huixue0755", "huixue0755") + "</p><p>温馨提示：我司从未授权任何个人收款，"
             "谨防冒充！</p><div class=\"acts\">转发 3 · 评论 1 · 赞 11</div></div>"))

begin("/weibo/status-4988001.html", False, None, None, "police microblog warning; scam numbers; not an offer")
end(wb_shell("平安东城的微言", "<div class=\"card\"><span class=\"name\">平安东城</span> <span class=\"v\">V</span>"
             "<div class=\"meta\">3月8日 12:00 来自 微言政务</div><p>【警惕“包过考证”骗局】近期多名群众反映，"
             "有人以“人工智能训练师二级零基础包过”为名诈骗。涉案号码 " + D("scam_phone", "170 9523 6618")
             + "、QQ " + D("scam_qq", "3517720946") + "。正规证书可在 " + D("zscx", "zscx.osta.org.cn")
             + " 查询。如遇诈骗请拨打110，政策咨询 " + D("hot12333", "12333") + "。</p>"
             "<div class=\"acts\">转发 2310 · 评论 412 · 赞 5021</div></div>"))

begin("/weibo/index.html", False, None, None, "microblog topic list")
end(wb_shell("#人工智能训练师# 话题", "<div class=\"card\"><h3>#人工智能训练师# 阅读 1.2亿</h3><ul>"
             "<li><a href=\"/weibo/status-4988001.html\">平安东城：警惕“包过考证”骗局</a></li>"
             "<li><a href=\"/weibo/status-4990112.html\">鼎学教育官微：春季班开始报名</a></li>"
             "<li><a href=\"/weibo/status-4990538.html\">智云教育科技：在职人员晚上学</a></li>"
             "<li><a href=\"/weibo/status-4991207.html\">慧学职业技能：深圳本地考点</a></li></ul></div>"))

# ================================================================ 本地点评 (Dianping-like)
DP_SHOPS = []


def dp_shop(path, name, stars, addr, tel_html, deals, reviews, op, provider, note, extra=""):
    begin(path, True, op, provider, note)
    DP_SHOPS.append((path, name, stars))
    rv = ""
    for who, s, t, reply in reviews:
        rv += f"<div class=\"rv\"><span class=\"who\">{who}</span> <span class=\"stars\">{'★' * s}</span><p>{t}</p>"
        if reply:
            rv += f"<div class=\"biz\">商家回复：{reply}</div>"
        rv += "</div>"
    dl = "".join(f"<div class=\"deal\">{d}</div>" for d in deals)
    body = (f"<h2>{name}</h2><div class=\"stars\">{'★' * stars} {stars}.{len(reviews)}分</div>"
            f"<table class=\"info\"><tr><td>地址</td><td>{addr}</td></tr><tr><td>电话</td><td>{tel_html}</td></tr>"
            f"<tr><td>营业时间</td><td>周一至周日 09:00-21:00</td></tr></table>{extra}<h3>团购</h3>{dl}"
            f"<h3>网友点评（{len(reviews)}）</h3>{rv}")
    end(dp_shell(name, body))


dp_shop("/dianping/shop-77120.html", "启智职业培训(朝阳大悦城店)", 4, "北京市朝阳区朝阳北路101号 写字楼B座8层",
        "{P}", ["人工智能训练师四级 全程班 ¥1480 <s>¥2200</s> 已售 86",
                "免费试听课 ¥0 已售 310"],
        [("Jessie", 5, "老师讲得细，实操环境很完整。", "谢谢认可～"),
         ("大鹏", 4, "就是教室有点小", None)], None, "启智职业培训", "local listing; independent; Beijing landline",
        extra="<p style=\"font-size:12px;color:#888\">" + "{SC}" + "</p>")
_fix_last({"P": I("phone", "+861085763310", "010-85763310"),
           "SC": "本店郑重声明：" + D("scam_phone", "17095236618") + " 非本店号码，谨防诈骗。"})

dp_shop("/dianping/shop-77345.html", "鑫才职业技能培训(海淀店)", 4, "北京市海淀区中关村大街27号 中关村大厦10层",
        "{P}", ["人工智能训练师三级 周末班 ¥2380 已售 41", "四级 晚班 ¥1580 已售 67"],
        [("晓晓", 4, "课程内容还行，报名流程有点慢。", "抱歉久等，已优化流程"),
         ("Leo", 5, "老师很负责，推荐", None),
         ("匿名用户", 3, "团购订单号 " + "{ORD}" + " 一直没人联系我", "已电话联系您处理")],
        "U02", "鑫才职业技能培训", "local listing; landline with spaces ties to seller homepage")
_fix_last({"P": I("phone", "+861062758841", "010-6275 8841"), "ORD": D("order_no", "3861 2055 1730 4496")})

dp_shop("/dianping/shop-77502.html", "星火智学AI培训(光谷店)", 5, "武汉市东湖新技术开发区光谷大道77号 金融港B3栋",
        "暂无电话，请在线咨询", ["人工智能训练师四级 ¥1580 已售 23", "三级 ¥2480 已售 12"],
        [("武汉小王", 5, "环境不错，老师是互联网公司出来的。", "感谢！线下转账请认准对公账户 {ACC}，户名 {CO}"),
         ("Sunny", 4, "团购券核销很快", None)],
        "U05", "星火智学", "local listing; bank account + company name in merchant reply",
        extra="<p>营业执照：" + "{CO2}" + "</p>")
_fix_last({"ACC": I("other", "bank:127906583210901", "1279 0658 3210 901"),
           "CO": I("other", "company:武汉星火智学科技有限公司", "武汉星火智学科技有限公司"),
           "CO2": "武汉星火智学科技有限公司（已认证）"})

dp_shop("/dianping/shop-77781.html", "优职教育(春熙路中心)", 4, "成都市锦江区春熙路东段8号 5楼",
        "028-8661 0000转优职教育", ["人工智能训练师三级 直播+线下实操 ¥2680 已售 33"],
        [("川妹子", 4, "前台小姐姐很耐心", "欢迎再来～课程问题也可以加客服QQ " + "{Q}"),
         ("老周", 5, "补贴申请老师全程指导了", None)],
        "U08", "优职教育", "local listing; QQ in merchant reply; building switchboard shared by tenants")
_fix_last({"Q": I("qq", "3308871265", "3308871265")})
decoy("bldg_phone", "phone", "+862886610000")
DECOYS["bldg_phone"]["paths"].add("/dianping/shop-77781.html")

begin("/dianping/index.html", False, None, None, "local-services list page")
end(dp_shell("职业技能培训 排行", "<h3>北京/武汉/成都 · 职业技能培训 热门商户</h3><ul>" + "".join(
    f"<li><a href=\"{p}\">{n}</a> {'★' * s}</li>" for p, n, s in DP_SHOPS) + "</ul>"))

# ================================================================ 职位通 (recruiting)
begin("/zhaopin/job-301.html", True, "U07", "智汇人才服务", "job post that is really paid training; landline + e-mail domain")
end(zp_shell("AI训练师（包培训）", "<h2>AI训练师（包培训 包上岗）</h2><div class=\"sal\">8-15K</div>"
             "<div class=\"req\"><span>深圳·南山</span><span>经验不限</span><span>学历不限</span></div>"
             "<h4>职位描述</h4><p>1. 负责大模型数据标注、对话质检；<br>2. 无经验可培训，入职前需参加公司“人工智能训练师”"
             "岗前培训并取得四级证书，培训费 3980 元（可分期，上岗后返还一半）。</p>"
             "<div class=\"comp\">智汇人才服务(深圳)有限公司 · 人力资源服务 · 50-99人<br>"
             "联系电话：" + I("phone", "+8675586293374", "0755-86293374") + " 简历投递：" +
             I("email", "hr@zhihuirencai.com.cn", "hr@zhihuirencai.com.cn") + "</div>"))
PAGES["/zhaopin/job-301.html"]["identifiers"].append(["domain", "zhihuirencai.com.cn", "hr@zhihuirencai.com.cn"])

begin("/zhaopin/job-318.html", True, "U03", "未来智训", "fake internship with mandatory paid course; +86 mobile")
end(zp_shell("数据标注实习生", "<h2>数据标注实习生（可转正）</h2><div class=\"sal\">4-6K</div>"
             "<div class=\"req\"><span>上海·徐汇</span><span>在校/应届</span><span>大专</span></div>"
             "<h4>职位描述</h4><p>参与AI数据标注项目。实习前统一参加人工智能训练师（数据标注员）四级培训，"
             "学费 1880 元，结业发证后安排项目。</p><div class=\"comp\">未来智训(上海)信息技术有限公司<br>"
             "HR 手机：" + I("phone", "+8615821937704", "+86 158-2193-7704") + "</div>"))

begin("/zhaopin/job-325.html", False, None, None, "genuine data-labelling job; no fee; not an offer")
end(zp_shell("数据标注员", "<h2>数据标注员（文本方向）</h2><div class=\"sal\">6-8K·13薪</div>"
             "<div class=\"req\"><span>杭州·余杭</span><span>1-3年</span><span>本科</span></div>"
             "<h4>职位描述</h4><p>负责中文语料标注与质检，有人工智能训练师证书者优先（非必须）。公司不收取任何费用。</p>"
             "<div class=\"comp\">杭州某互联网科技有限公司 · 1000-9999人 · 请通过职位通在线沟通</div>"))

begin("/zhaopin/index.html", False, None, None, "job list page")
end(zp_shell("AI训练师 职位搜索", "<h3>“AI训练师” 相关职位</h3><ul>"
             "<li><a href=\"/zhaopin/job-301.html\">AI训练师（包培训 包上岗）8-15K 深圳</a></li>"
             "<li><a href=\"/zhaopin/job-318.html\">数据标注实习生（可转正）4-6K 上海</a></li>"
             "<li><a href=\"/zhaopin/job-325.html\">数据标注员（文本方向）6-8K 杭州</a></li></ul>"))

# ================================================================ 联盟 (alliance portal)
LM = []


def lm_member(path, name, intro, rows, op, provider, note):
    begin(path, True, op, provider, note)
    LM.append((path, name))
    tr = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    body = (f"<h2>会员单位：{name}</h2><p>{intro}</p><table class=\"m\">{tr}</table>"
            "<p>联盟会员统一报名缴费监管账户（学员可选）：" + D("lm_account", "440301 8829 0017 6653")
            + "，户名：广东省人工智能职业教育促进会。</p><p><a href=\"/lianmeng/index.html#members\">返回会员名录</a></p>")
    end(lm_shell(name, body))


lm_member("/lianmeng/member-hz01.html", "杭州金桥教育咨询有限公司",
          "理事单位。主营职业技能培训咨询，开设人工智能训练师五级、四级课程，五级 980 元、四级 1580 元，可线上报名。",
          [("统一社会信用代码", "{U}"), ("会员编号", "AIPLM-2024-017"), ("联系邮箱", "{E}"),
           ("地址", "杭州市西湖区文三路90号")],
          "U04", "杭州金桥教育咨询有限公司", "alliance member page; USCC + e-mail with full-width ＃")
_fix_last({"U": I("uscc", USCC_JINQIAO, USCC_JINQIAO), "E": I("email", "jqpx2018@qq.com", "jqpx2018＃qq.com（＃换成@）")})

lm_member("/lianmeng/member-sz07.html", "慧学职业技能培训中心（深圳）",
          "会员单位。人工智能训练师四级 1480 元、三级 2280 元，深圳本地考点。",
          [("联系电话", "{P}"), ("微信", "{W}"), ("会员编号", "AIPLM-2025-031")],
          "U07", "慧学职业技能", "alliance member page; landline with spaces; wechat")
_fix_last({"P": I("phone", "+8675586293374", "0755 - 8629 3374"), "W": I("wechat", "huixue0755", "HuiXue0755")})

lm_member("/lianmeng/member-cd03.html", "成都青藤职业培训学校",
          "会员单位。开设人工智能训练师（数据标注员/算法测试员）四级、三级，三级 2680 元，支持分期。",
          [("办公电话", "{L}"), ("招生老师", "{M}"), ("会员编号", "AIPLM-2025-044")],
          "U09", "青藤职业培训", "alliance member page; Chengdu landline + mobile (微信同号)")
_fix_last({"L": I("phone", "+862885197732", "(028)85197732"),
           "M": I("phone", "+8619908174426", "199-0817-4426") + "（微信同号）"})
PAGES["/lianmeng/member-cd03.html"]["identifiers"].append(["wechat", "19908174426", "199-0817-4426"])

begin("/lianmeng/index.html", False, None, None, "alliance portal home with member directory")
end(lm_shell("首页", "<h2>联盟简介</h2><p>本联盟由粤港澳及全国部分职业培训机构自愿组成，致力于规范人工智能训练师培训市场。"
             "联盟不颁发任何职业技能等级证书，证书查询请登录 " + D("mohrss", "osta.mohrss.gov.cn") + "。</p>"
             "<h2 id=\"members\">会员名录</h2><table class=\"m\"><tr><th>单位</th><th>类别</th></tr>" + "".join(
                 f"<tr><td><a href=\"{p}\">{n}</a></td><td>会员单位</td></tr>" for p, n in LM) + "</table>"))

# ================================================================ 政策解读网 (unofficial gov-looking)
begin("/zhengce/jiedu-2026-03.html", True, "U08", "易考通", "policy-explainer article ending in a sign-up box; domain + mobile")
end(zc_shell("2026年人工智能训练师报考政策解读", "<h1>2026年人工智能训练师报考政策解读（附补贴标准）</h1>"
             "<div class=\"meta\">来源：易考通政策研究室 发布时间：2026-03-05</div>"
             "<p>人工智能训练师（职业编码 " + D("course_no", "4-04-05-05") + "）为2020年发布的新职业，"
             "现行为职业技能等级认定，由备案的评价机构颁发证书，可在 " + D("jndj", "jndj.osta.org.cn") + " 查询。</p>"
             "<p>技能提升补贴：五级1000元、四级1500元、三级2000元（以当地政策为准）。</p>"
             "<div style=\"border:2px solid #b30000;padding:10px;margin-top:16px\"><b>报名咨询</b>：易考通人工智能训练师"
             "三级集训营 2680 元，协助申领补贴。<br>报名电话：" + I("phone", "+8617712830465", "17712830465")
             + "　官网：" + I("domain", "ykt-edu.com", "ykt-edu.com") + "</div>"))

begin("/zhengce/butie-2026.html", False, None, None, "policy explainer about subsidies; public hotlines only")
end(zc_shell("技能提升补贴怎么领", "<h1>职业技能提升补贴怎么领？一文看懂</h1><div class=\"meta\">2026-02-20</div>"
             "<p>参保职工取得职业技能等级证书后，可按规定申领技能提升补贴。证书须能在 "
             + D("zscx", "zscx.osta.org.cn") + " 查询。</p><p>咨询电话：全国人社服务热线 " + D("hot12333", "12333")
             + "；浙江可拨 " + D("zj12333", "0571-12333") + "，广东可拨 " + D("gd12333", "020-12333")
             + "；投诉建议拨打 " + D("hot12345", "12345") + "。</p><p>本站不提供任何培训报名服务。</p>"))

begin("/zhengce/index.html", False, None, None, "policy-explainer home")
end(zc_shell("首页", "<h1>最新解读</h1><ul><li><a href=\"/zhengce/jiedu-2026-03.html\">2026年人工智能训练师报考政策解读</a></li>"
             "<li><a href=\"/zhengce/butie-2026.html\">职业技能提升补贴怎么领？一文看懂</a></li></ul>"))

# ================================================================ 新闻 (news portal)
begin("/news/2026-03-10-kaozheng-pianju.html", False, None, None, "news on a certificate scam; scam numbers quoted")
end(news_shell("“零基础包过二级”？警方揭秘AI考证骗局", "<h1>“零基础包过二级”？警方揭秘AI考证骗局</h1>"
               "<p class=\"src\">2026-03-10 08:30 东方热线新闻 记者 周敏</p><p>近日，警方通报一起以“人工智能训练师”"
               "考证为名的诈骗案。犯罪嫌疑人通过QQ（" + D("scam_qq", "3517720946") + "）和手机（"
               + D("scam_phone", "170-9523-6618") + "）联系受害人，声称可“内部操作”拿到二级证书，已有十余人被骗。</p>"
               "<p>警方提醒，证书查询请通过 " + D("zscx", "zscx.osta.org.cn") + "，政策咨询拨打 "
               + D("hot12333", "12333") + "。样本证书编号如 " + D("cert_sample2", "Y000131012001253000087")
               + " 的格式可作为参考。</p>"))

begin("/news/2026-02-26-xinzhiye.html", False, None, None, "industry news; no seller")
end(news_shell("人工智能训练师报考人数激增", "<h1>人工智能训练师报考人数激增 多地纳入紧缺职业目录</h1>"
               "<p class=\"src\">2026-02-26 东方热线新闻</p><p>人工智能训练师（" + D("course_no", "4-04-05-05")
               + "）报考热度持续上升。业内人士提醒，等级证书由备案评价机构颁发，可在 " + D("osta", "www.osta.org.cn")
               + " 查询评价机构名单。</p>"))

begin("/news/2026-03-15-315.html", False, None, None, "consumer-day news; platform numbers and scam number")
end(news_shell("3·15｜职业培训投诉居高不下", "<h1>3·15｜职业培训投诉居高不下，这些套路要小心</h1>"
               "<p class=\"src\">2026-03-15 东方热线新闻</p><p>记者梳理发现，部分机构在二手平台、招聘平台以“包就业”“内部名额”"
               "为噱头收费。职位通表示，求职者遇到收费可拨打 " + D("zwt_phone", "400-885-9002") + " 举报；"
               "闲货客服 " + D("xh_phone", "4009006617") + " 提醒勿私下转账。</p><p>消费者也可拨打 "
               + D("hot12345", "12345") + " 投诉。曾有消费者被号码 " + D("scam_phone", "17095236618") + " 骗走数千元。</p>"))

begin("/news/index.html", False, None, None, "news list page")
end(news_shell("教育频道", "<h2>教育频道</h2><ul>"
               "<li><a href=\"/news/2026-03-15-315.html\">3·15｜职业培训投诉居高不下，这些套路要小心</a></li>"
               "<li><a href=\"/news/2026-03-10-kaozheng-pianju.html\">“零基础包过二级”？警方揭秘AI考证骗局</a></li>"
               "<li><a href=\"/news/2026-02-26-xinzhiye.html\">人工智能训练师报考人数激增</a></li></ul>"))

# ================================================================ seller sites: old table layouts
TBL_CSS = ("body{margin:0;background:#e9e9e9;font:12px/1.8 '宋体',SimSun,serif}table.page{width:960px;margin:0 auto;"
           "background:#fff;border-collapse:collapse}td{vertical-align:top}.logo{background:#1a4f9c;color:#fff;font-size:24px;"
           "padding:14px}.menu td{background:#2f6cc4;color:#fff;text-align:center;padding:6px}.menu a{color:#fff}"
           ".box{border:1px solid #c7d6ee;margin:6px}.box h3{background:#dfe9f8;margin:0;padding:4px 8px;font-size:13px}"
           ".red{color:#d00;font-weight:bold}.foot{background:#1a4f9c;color:#dde;text-align:center;padding:10px}")


def yunfan_credit():
    return ("技术支持：云帆建站 " + D("yf_domain", "www.yunfanjz.com") + " 建站热线 " + D("yf_phone", "400-616-2288"))


def tbl_page(title, brand, menu, left, main, foot):
    m = "".join(f"<td><a href=\"{h}\">{t}</a></td>" for h, t in menu)
    return doc(title, f"<table class=\"page\"><tr><td colspan=\"2\" class=\"logo\">{brand}</td></tr>"
               f"<tr><td colspan=\"2\"><table width=\"100%\" class=\"menu\"><tr>{m}</tr></table></td></tr>"
               f"<tr><td width=\"230\">{left}</td><td>{main}</td></tr>"
               f"<tr><td colspan=\"2\" class=\"foot\">{foot}</td></tr></table>", TBL_CSS)


HX_MENU = [("/hxedu/index.html", "网站首页"), ("/hxedu/kecheng.html", "课程设置"), ("/hxedu/index.html#lx", "联系我们")]

begin("/hxedu/index.html", True, "U02", "华夏鑫才教育", "old table-layout homepage with courses; landline, mobile, e-mail, USCC in footer")
left = ("<div class=\"box\"><h3>联系我们</h3><p id=\"lx\">电话：" + I("phone", "+861062758841", "(010)62758841")
        + "<br>手机：" + I("phone", "+8613701285563", "137 0128 5563") + "<br>邮箱：" + I("email", "hxxc_edu@126.com", "hxxc_edu@126.com")
        + "<br>地址：北京市海淀区中关村大街27号</p></div><div class=\"box\"><h3>证书查询</h3><p>全国联网查询：<br>"
        + D("zscx", "zscx.osta.org.cn") + "</p></div>")
main = ("<div class=\"box\"><h3>★ 热烈庆祝我校人工智能训练师培训班第28期圆满结业 ★</h3>"
        "<p>华夏鑫才教育是海淀区老牌职业技能培训机构，常年开设：<br>· 人工智能训练师 四级 <span class=\"red\">1580元</span>"
        "<br>· 人工智能训练师 三级 <span class=\"red\">2380元</span><br>· 健康管理师、育婴员等</p>"
        "<p>报名即送教材一套，<a href=\"/hxedu/kecheng.html\">点击查看课程设置&gt;&gt;</a></p>"
        "<p>证书样张（编号：" + D("cert_sample", "S000044012345265000321") + "）</p></div>")
foot = ("版权所有：北京华夏鑫才教育科技有限公司 网址：" + I("domain", "hxxcedu.cn", "www.hxxcedu.cn") + " 统一社会信用代码："
        + I("uscc", USCC_HXXC, USCC_HXXC) + "<br>" + yunfan_credit())
end(tbl_page("华夏鑫才教育-人工智能训练师培训-北京职业技能培训", "华夏鑫才教育 HUAXIA XINCAI", HX_MENU, left, main, foot))

begin("/hxedu/kecheng.html", True, "U02", "华夏鑫才教育", "table-layout course page; mobile 微信同号")
left = ("<div class=\"box\"><h3>报名咨询</h3><p>招生办刘老师<br>" + I("phone", "+8613701285563", "13701285563")
        + "(微信同号)</p></div>")
PAGES["/hxedu/kecheng.html"]["identifiers"].append(["wechat", "13701285563", "13701285563"])
main = ("<div class=\"box\"><h3>人工智能训练师课程设置</h3><table border=\"1\" cellpadding=\"4\" width=\"100%\">"
        "<tr><th>级别</th><th>课时</th><th>学费</th><th>开班</th></tr><tr><td>五级</td><td>60</td><td>980元</td><td>每月</td></tr>"
        "<tr><td>四级</td><td>50</td><td>1580元</td><td>每月</td></tr><tr><td>三级</td><td>40</td><td>2380元</td><td>双月</td></tr>"
        "</table><p>报名需提供身份证复印件、一寸照片两张。政策问题可咨询" + D("hot12333", "12333") + "。</p></div>")
foot = "版权所有：北京华夏鑫才教育科技有限公司<br>" + yunfan_credit()
end(tbl_page("课程设置-华夏鑫才教育", "华夏鑫才教育 HUAXIA XINCAI", HX_MENU, left, main, foot))

JQ_MENU = [("/jinqiao/index.html", "学校首页"), ("/jinqiao/index.html#kc", "招生简章"), ("/jinqiao/index.html#lx", "联系方式")]
begin("/jinqiao/index.html", True, "U04", "金桥职业培训学校", "old table-layout school site; tencent:// QQ link, landline, USCC in footer")
left = ("<div class=\"box\" id=\"lx\"><h3>在线咨询</h3><p><a href=\"tencent://message/?uin=1627409935&amp;Site=jinqiao&amp;Menu=yes\">"
        "<img src=\"/jinqiao/qq.gif\" alt=\"点击这里给我发消息\" border=\"0\"></a><br>咨询电话：" + I("phone", "+8657187963320", "0571-87963320")
        + "<br>招生热线：" + I("phone", "+8613588046217", "135 8804 6217") + "</p></div>")
PAGES["/jinqiao/index.html"]["identifiers"].append(["qq", "1627409935", "tencent://message/?uin=1627409935"])
main = ("<div class=\"box\" id=\"kc\"><h3>2026年春季人工智能训练师招生简章</h3><p>我校（杭州金桥职业培训学校）经人社部门批准办学，"
        "现招收人工智能训练师（数据标注员）五级、四级学员：五级 <span class=\"red\">980元</span>，四级 <span class=\"red\">1580元</span>，"
        "周末班/晚班。</p><p>补贴政策咨询：" + D("zj12333", "0571-12333") + "</p></div>")
foot = ("主办单位：杭州金桥教育咨询有限公司 统一社会信用代码：" + I("uscc", USCC_JINQIAO, USCC_JINQIAO)
        + "<br>地址：杭州市西湖区文三路90号 " + yunfan_credit())
end(tbl_page("杭州金桥职业培训学校", "杭州金桥职业培训学校", JQ_MENU, left, main, foot))

MD_MENU = [("/mingde/index.html", "首页"), ("/mingde/rengongzhineng.html", "人工智能训练师"), ("/mingde/index.html#jk", "健康管理师")]
begin("/mingde/index.html", False, None, None, "seller homepage advertising another occupation (健康管理师); no AI-trainer offer")
main = ("<div class=\"box\" id=\"jk\"><h3>健康管理师 春季班火热报名中</h3><p>三级健康管理师，理论+技能，学费面议，"
        "详情到校咨询。</p><p>人工智能训练师课程请见 <a href=\"/mingde/rengongzhineng.html\">专题页</a>。</p></div>")
end(tbl_page("明德教育-职业技能培训", "明德教育 MINGDE EDUCATION", MD_MENU,
             "<div class=\"box\"><h3>公告</h3><p>本校春节后2月17日正常上课。</p></div>", main,
             "明德教育 版权所有<br>" + yunfan_credit()))

begin("/mingde/rengongzhineng.html", True, "U06", "明德教育", "table-layout AI page; QQ群 with label, mobile, e-mail")
left = ("<div class=\"box\"><h3>联系方式</h3><p>手机：" + I("phone", "+8613316582094", "１３３-１６５８-２０９４") + "<br>QQ群:"
        + I("qq_group", "583901276", "583901276") + "<br>E-mail：" + I("email", "mingde_px@sina.com", "mingde_px@sina.com") + "</p></div>")
main = ("<div class=\"box\"><h3>人工智能训练师三级/四级 培训招生</h3><p>三级直播班 <span class=\"red\">2580元</span>（含认定费），"
        "四级 <span class=\"red\">1680元</span>。小班授课，实操电脑一人一台。</p><p>报名流程：加群咨询→提交资料→缴费→开课。</p></div>")
end(tbl_page("人工智能训练师培训-明德教育", "明德教育 MINGDE EDUCATION", MD_MENU, left, main, "明德教育 版权所有<br>" + yunfan_credit()))

# ================================================================ seller sites: modern single-page
SPA_CSS = ("*{box-sizing:border-box}body{margin:0;font-family:Inter,'PingFang SC',sans-serif;color:#1d2129}"
           ".hero{padding:80px 10%;color:#fff}.hero h1{font-size:40px;margin:0 0 10px}.sec{padding:48px 10%}"
           ".cards{display:flex;gap:18px}.card{flex:1;border-radius:14px;box-shadow:0 6px 24px rgba(0,0,0,.08);padding:22px}"
           ".p{font-size:30px;font-weight:800}.btn{display:inline-block;padding:10px 22px;border-radius:22px;color:#fff}"
           ".float{position:fixed;right:18px;bottom:90px;width:150px;background:#fff;border-radius:12px;"
           "box-shadow:0 4px 20px rgba(0,0,0,.15);padding:12px;font-size:13px;text-align:center}"
           "form input{display:block;width:320px;margin:8px 0;padding:10px;border:1px solid #ddd;border-radius:8px}"
           "footer{background:#111;color:#888;font-size:12px;padding:24px 10%}")


def jj_credit():
    return "Built with 极简站 " + D("jj_domain", "jijianzhan.cn")


def spa(title, color, hero, secs, float_html, footer):
    return doc(title, f"<div class=\"hero\" style=\"background:{color}\">{hero}</div>{secs}"
               f"<div class=\"float\" id=\"kefu\">{float_html}</div><footer>{footer}</footer>",
               SPA_CSS + f".btn{{background:{color}}}")


def signup_form():
    return ("<form onsubmit=\"return false\"><input placeholder=\"您的姓名\"><input placeholder=\"请输入手机号，如"
            + D("ph_phone", "13800138000") + "\"><input placeholder=\"邮箱（选填）例：" + D("ph_mail", "zhangsan@example.com")
            + "\"><button class=\"btn\">免费领取课程资料</button></form>")


begin("/zhiyun/index.html", True, "U01", "智云职培", "modern single-page site; floating widget with tel link and QR alt wechat; domain + USCC footer")
secs = ("<div class=\"sec\"><h2>课程与价格</h2><div class=\"cards\"><div class=\"card\"><h3>四级·中级工</h3><div class=\"p\">¥1680</div>"
        "<p>50课时 · 直播+录播</p></div><div class=\"card\"><h3>三级·高级工</h3><div class=\"p\">¥2380</div><p>40课时 · 实操辅导</p></div>"
        "</div></div><div class=\"sec\"><h2>预约试听</h2>" + signup_form() + "</div><div class=\"sec\">"
        + scam_note() + "</div>")
flt = ("<b>在线咨询</b><br><img src=\"/zhiyun/qr.png\" alt=\"微信：zhiyun_ai2026\" width=\"110\" height=\"110\"><br>扫码加老师微信<br>"
       "<a href=\"tel:13911862047\">☎ " + I("phone", "+8613911862047", "139-1186-2047") + "</a>")
I("wechat", "zhiyun_ai2026", "微信：zhiyun_ai2026")
foot = ("© 2026 北京智云职培教育科技有限公司 " + I("domain", "zhiyunzhipei.com", "zhiyunzhipei.com") + " · 统一社会信用代码 "
        + I("uscc", USCC_ZHIYUN, USCC_ZHIYUN) + " · " + jj_credit())
end(spa("智云职培 | 人工智能训练师在职班", "linear-gradient(120deg,#3a7bd5,#00d2ff)",
        "<h1>人工智能训练师 在职晚班</h1><p>下班后学，考不过免费重学</p><a class=\"btn\" href=\"#kefu\">立即咨询</a>",
        secs, flt, foot))

begin("/shuzhi/index.html", True, "U03", "数智未来教育", "modern single-page site; 400 number spaced; wechat in floating widget; domain")
secs = ("<div class=\"sec\"><h2>人工智能训练师（数据标注员）</h2><div class=\"cards\"><div class=\"card\"><h3>四级</h3>"
        "<div class=\"p\">¥1880</div><p>线下+线上 · 上海徐汇</p></div><div class=\"card\"><h3>三级</h3><div class=\"p\">¥2780</div>"
        "<p>项目实训 · 实习推荐</p></div></div></div><div class=\"sec\">" + signup_form() + "</div>")
flt = ("<b>课程顾问</b><br>加薇：" + I("wechat", "szwl-kefu01", "SZWL-kefu01") + "<br>热线 " + I("phone", "+864006618229", "400 661 8229"))
foot = ("数智未来教育 · " + I("domain", "shuzhiweilai.net", "shuzhiweilai.net") + " · " + jj_credit())
end(spa("数智未来教育-AI训练师培训", "#6c3cf0", "<h1>成为AI时代的训练师</h1><p>从0到持证，项目实战</p>", secs, flt, foot))

begin("/xinghuo/index.html", True, "U05", "星火AI训练营", "modern single-page site; floating widget phone; QR alt wechat; scam note")
secs = ("<div class=\"sec\"><h2>训练营套餐</h2><div class=\"cards\"><div class=\"card\"><h3>四级</h3><div class=\"p\">¥1580</div></div>"
        "<div class=\"card\"><h3>三级</h3><div class=\"p\">¥2480</div></div><div class=\"card\"><h3>四+三 联报</h3>"
        "<div class=\"p\">¥3680</div></div></div><p><a class=\"btn\" href=\"/xinghuo/baoming.html\">在线报名</a></p></div>"
        "<div class=\"sec\">" + scam_note("170-9523-6618", "3517720946") + "</div>")
flt = ("<img src=\"/xinghuo/wx.jpg\" alt=\"课程顾问微信 xinghuo_ai\" width=\"110\"><br>电话咨询<br>"
       + I("phone", "+8618627459031", "186 2745 9031"))
I("wechat", "xinghuo_ai", "课程顾问微信 xinghuo_ai")
foot = "星火AI训练营 " + I("domain", "xinghuoai.cn", "xinghuoai.cn") + " · " + jj_credit()
end(spa("星火AI训练营 | 武汉人工智能训练师", "#ff6a00", "<h1>星火AI训练营</h1><p>武汉光谷 · 人工智能训练师认证培训</p>",
        secs, flt, foot))

begin("/xinghuo/baoming.html", True, "U05", "星火AI训练营", "sign-up/payment page; wechat + bank account + licence company + USCC")
secs = ("<div class=\"sec\"><h2>报名缴费</h2>" + signup_form() + "<p>提交后课程顾问会添加您，或主动添加微信 "
        + I("wechat", "xinghuo_ai", "xinghuo_ai") + "。</p><h3>缴费方式</h3><p>对公转账：户名 "
        + I("other", "company:武汉星火智学科技有限公司", "武汉星火智学科技有限公司") + "，开户行 招商银行武汉光谷支行，账号 "
        + I("other", "bank:127906583210901", "127906583210901") + "</p></div>")
foot = ("武汉星火智学科技有限公司 统一社会信用代码 " + I("uscc", USCC_XINGHUO, USCC_XINGHUO) + " · " + jj_credit())
end(spa("报名 - 星火AI训练营", "#ff6a00", "<h1>在线报名</h1>", secs, "<b>有疑问？</b><br>见页面说明", foot))

# ================================================================ seller site: WordPress blog
WP_CSS = ("body{margin:0;background:#f7f7f7;font:16px/1.8 Georgia,'Noto Serif SC',serif;color:#333}.site-header{background:#fff;"
          "padding:20px 8%;border-bottom:1px solid #eee}.site-title{font-size:26px}.wrap{display:flex;gap:30px;padding:30px 8%}"
          "main{flex:3;background:#fff;padding:30px}aside{flex:1}.widget{background:#fff;padding:16px;margin-bottom:16px}"
          ".entry-meta{color:#999;font-size:13px}.site-footer{text-align:center;font-size:13px;color:#999;padding:20px}")
WP_POSTS = [("/aiketang/2026/03/ai-xunlianshi-kecheng.html", "2026年人工智能训练师课程上线（四级/三级）"),
            ("/aiketang/2026/02/kaoshi-jingyan.html", "三级考试经验：理论和实操怎么分配时间")]


def wp(title, main):
    side = ("<section class=\"widget\"><h3 class=\"widget-title\">课程咨询</h3><p>邮箱："
            + "lanhai_ai(at)outlook.com" + "<br>官网：lanhaiai.com</p></section>"
            "<section class=\"widget\"><h3 class=\"widget-title\">近期文章</h3><ul>"
            + "".join(f"<li><a href=\"{p}\">{t}</a></li>" for p, t in WP_POSTS) + "</ul></section>")
    return doc(title + " – 蓝海AI学院", "<header class=\"site-header\"><a class=\"site-title\" href=\"/aiketang/index.html\">"
               "蓝海AI学院</a><p class=\"site-description\">人工智能训练师 · 在线课程</p></header>"
               f"<div class=\"wrap\"><main>{main}</main><aside>{side}</aside></div>"
               "<footer class=\"site-footer\">© 2026 蓝海AI学院 · 自豪地采用 WordPress</footer>", WP_CSS,
               "<meta name=\"generator\" content=\"WordPress 6.7.2\">\n")


begin(WP_POSTS[0][0], True, "U09", "蓝海AI学院", "WordPress post selling courses; phone/wechat in body; sidebar e-mail and domain")
I("email", "lanhai_ai@outlook.com", "lanhai_ai(at)outlook.com")
I("domain", "lanhaiai.com", "lanhaiai.com")
end(wp(WP_POSTS[0][1], "<article><h1 class=\"entry-title\">" + WP_POSTS[0][1] + "</h1><div class=\"entry-meta\">发布于 2026年3月1日 · 作者 蓝海小编</div>"
       "<p>新一期人工智能训练师课程上线：四级 1580 元，三级 2680 元，支持花呗分期。学完推荐参加合作评价机构的认定考试。</p>"
       "<p>报名电话/微信：" + I("phone", "+8619908174426", "199 0817 4426") + "</p>"
       "<p>注意：证书以 " + D("zscx", "zscx.osta.org.cn") + " 可查为准。</p></article>"))
PAGES[WP_POSTS[0][0]]["identifiers"].append(["wechat", "19908174426", "199 0817 4426"])

begin(WP_POSTS[1][0], True, "U09", "蓝海AI学院", "WordPress post with course call-to-action; ties by sidebar e-mail and domain")
I("email", "lanhai_ai@outlook.com", "lanhai_ai(at)outlook.com")
I("domain", "lanhaiai.com", "lanhaiai.com")
end(wp(WP_POSTS[1][1], "<article><h1 class=\"entry-title\">" + WP_POSTS[1][1] + "</h1><div class=\"entry-meta\">发布于 2026年2月12日</div>"
       "<p>三级考试分理论和实操，建议理论刷题两周，实操至少练三套完整项目。</p><p>想系统学习的同学，"
       "我们的三级班 2680 元，含三套实操项目，报名请发邮件到右侧邮箱，注明“三级报名”。</p></article>"))

begin("/aiketang/index.html", False, None, None, "WordPress blog home (post list)")
end(wp("首页", "".join(f"<article><h2><a href=\"{p}\">{t}</a></h2></article>" for p, t in WP_POSTS)))

# ================================================================ root index
begin("/index.html", False, None, None, "host root: links to every site")
SITES = [("/xianhuo/index.html", "闲货 · 二手与服务"), ("/ba/index.html", "贴吧圈 · 人工智能训练师吧"),
         ("/hongshu/index.html", "红薯笔记"), ("/weibo/index.html", "微言"), ("/dianping/index.html", "本地点评"),
         ("/zhaopin/index.html", "职位通"), ("/lianmeng/index.html", "人工智能职业培训机构联盟"),
         ("/zhengce/index.html", "职业技能政策解读网"), ("/news/index.html", "东方热线新闻"),
         ("/hxedu/index.html", "华夏鑫才教育"), ("/jinqiao/index.html", "杭州金桥职业培训学校"),
         ("/mingde/index.html", "明德教育"), ("/zhiyun/index.html", "智云职培"), ("/shuzhi/index.html", "数智未来教育"),
         ("/xinghuo/index.html", "星火AI训练营"), ("/aiketang/index.html", "蓝海AI学院博客")]
end(doc("网址导航 - 职业技能", "<h1>职业技能 · 网址导航</h1><ul>" + "".join(
    f"<li><a href=\"{p}\">{t}</a></li>" for p, t in SITES) + "</ul>", "body{font-family:sans-serif;margin:40px}"))

# ================================================================ registered company names (licence / footer)
for _p, _co in [("/zhaopin/job-301.html", "智汇人才服务(深圳)有限公司"),
                ("/zhaopin/job-318.html", "未来智训(上海)信息技术有限公司"),
                ("/hxedu/index.html", "北京华夏鑫才教育科技有限公司"),
                ("/hxedu/kecheng.html", "北京华夏鑫才教育科技有限公司"),
                ("/jinqiao/index.html", "杭州金桥教育咨询有限公司"),
                ("/lianmeng/member-hz01.html", "杭州金桥教育咨询有限公司"),
                ("/zhiyun/index.html", "北京智云职培教育科技有限公司"),
                ("/xinghuo/baoming.html", "武汉星火智学科技有限公司")]:
    _t = ["other", "company:" + _co, _co]
    if _t not in PAGES[_p]["identifiers"]:
        assert _co in PAGES[_p]["html"], (_p, _co)
        PAGES[_p]["identifiers"].append(_t)


def write_all():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for path in ORDER:
        rec = PAGES[path]
        assert rec["html"], path
        rec["html"] = _resolve(path, rec["html"])
        assert "{" not in rec["html"].split("</style>")[1], path
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(rec["html"])
        for kind, value, written in rec["identifiers"]:
            assert written in rec["html"], (path, written)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for path in ORDER:
        rec = PAGES[path]
        if rec["operator"]:
            ops.setdefault(rec["operator"], [])
            if rec["provider"] not in ops[rec["operator"]]:
                ops[rec["operator"]].append(rec["provider"])
    truth = {
        "description": ("Sealed labeled web 'operators-2026-12m': Chinese AI-trainer (人工智能训练师) "
                        "certificate course ads on marketplace, forum, note, microblog, local-review, "
                        "recruiting, alliance, policy-explainer, news and seller sites, served from one host. "
                        "Offers are grouped into operators by shared seller identifiers; decoys are shared "
                        "platform, public and scam identifiers that must not tie sellers."),
        "pages": [{k: PAGES[p][k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")}
                  for p in ORDER],
        "operators": [[op, {"brands": ops[op], "ties": OP_TIES[op]}] for op in sorted(ops)],
        "decoys": [{"kind": d["kind"], "value": d["value"], "paths": sorted(d["paths"])}
                   for d in DECOYS.values() if d["paths"]],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"pages={len(ORDER)} offers={sum(PAGES[p]['is_offer'] for p in ORDER)} "
          f"operators={len(ops)} decoys={len(truth['decoys'])}")


if __name__ == "__main__":
    write_all()
