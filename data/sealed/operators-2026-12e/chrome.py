"""Page chrome (headers, footers) per site style. Platform-wide contacts live here."""
import html

MALL = {"name": "学途商城", "domain": "www.xuetumall.com", "tel": "400-806-3355",
        "mail": "service@xuetumall.com"}
FENLEI = {"name": "百城分类网", "domain": "www.bcfenlei.com", "tel": "400-876-1158",
          "mail": "jubao@bcfenlei.com"}
WENDA = {"name": "问答堂", "domain": "www.wendatang.com", "mail": "feedback@wendatang.com"}

CSS = "<style>body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#333}" \
      ".wrap{max-width:1000px;margin:0 auto;padding:10px}table{border-collapse:collapse}" \
      "td,th{border:1px solid #ddd;padding:4px 8px}.topbar{background:#f5f5f5;font-size:12px;padding:4px 10px}" \
      ".foot{font-size:12px;color:#888;border-top:1px solid #eee;margin-top:30px;padding:10px}" \
      ".side{float:right;width:240px;border:1px solid #eee;padding:8px;font-size:13px}" \
      ".cmt{border-bottom:1px dashed #eee;padding:6px 0;font-size:14px}.price{color:#e4393c;font-size:22px}</style>"


def doc(title, inner, desc=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n"
            f"<meta name=\"description\" content=\"{html.escape(desc or title)}\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n{CSS}\n</head>\n"
            f"<body>\n{inner}\n</body>\n</html>\n")


def mall(title, body, goods_no=""):
    m = MALL
    top = (f"<div class=\"topbar\">您好，欢迎来到{m['name']}！<a href=\"/mall/index.html\">请登录</a> "
           f"<a href=\"/mall/index.html\">免费注册</a> | 我的订单 | 商家中心 | "
           f"平台客服热线：{m['tel']}（9:00-21:00）</div>\n"
           f"<div class=\"wrap\"><div><a href=\"/mall/index.html\"><b style=\"font-size:24px;color:#e4393c\">{m['name']}</b></a>"
           " <input placeholder=\"人工智能训练师\"> <button>搜索</button></div>\n"
           "<div style=\"font-size:12px\">首页 &gt; 教育培训 &gt; 职业技能 &gt; 人工智能</div>\n")
    foot = (f"<div class=\"foot\">{('商品编号：' + goods_no + ' | ') if goods_no else ''}"
            "正品保障 | 7天无理由（虚拟课程除外） | 极速退款<br>"
            f"关于{m['name']} | 商家入驻 | 联系我们 | 平台投诉邮箱：{m['mail']} | 客服电话 {m['tel']}<br>"
            f"Copyright © 2016-2026 {m['domain']} 版权所有 浙ICP备16048822号-1 "
            "增值电信业务经营许可证：浙B2-20160517</div></div>")
    return doc(title, top + body + foot)


def fenlei(title, body, city="杭州", post_no=""):
    f = FENLEI
    top = (f"<div class=\"topbar\">{f['name']} · {city}站 [切换城市] | <a href=\"/fenlei/index.html\">发布信息</a> | "
           f"客服 {f['tel']}</div>\n<div class=\"wrap\"><a href=\"/fenlei/index.html\">{city}{f['name']}</a> &gt; "
           f"{city}教育培训 &gt; {city}职业技能培训\n")
    foot = (f"<div style=\"background:#fff8e1;padding:8px;font-size:12px\">温馨提示：{f['name']}仅为信息发布平台，"
            "请勿在见面前支付任何费用；涉及“包过”“免考拿证”的信息请谨慎。发现违规信息请举报。"
            f"{('帖子编号：' + post_no) if post_no else ''}</div>"
            f"<div class=\"foot\">{f['name']} {f['domain']} · 举报邮箱 {f['mail']} · 全国客服热线 {f['tel']}<br>"
            "京ICP证070512号 京公网安备11010502030088号</div></div>")
    return doc(title, top + body + foot)


def wenda(title, body):
    w = WENDA
    top = (f"<div class=\"topbar\"><a href=\"/qa/index.html\">{w['name']}</a> · 首页 · 分类 · 我要提问</div>"
           "<div class=\"wrap\">\n")
    foot = (f"<div class=\"foot\">©2026 {w['domain']} 使用{w['name']}前必读 | 知识协议 | "
            f"意见反馈：{w['mail']}</div></div>")
    return doc(title, top + body + foot)


def zhiliao(title, body):
    top = ("<div class=\"topbar\"><a href=\"/qa/index.html\"><b>知了</b></a> 首页 · 会员 · 发现 · 等你来答 "
           "<input placeholder=\"搜索你感兴趣的内容\"></div><div class=\"wrap\">\n")
    foot = ("<div class=\"foot\">知了 · 有问题，上知了 | 侵权举报 | 网上有害信息举报专区 | "
            "京ICP证110745号 | ©2026 zhiliao.com</div></div>")
    return doc(title, top + body + foot)


def tieba(title, body, bar):
    top = (f"<div class=\"topbar\"><a href=\"/qa/index.html\">百川贴吧</a> &gt; {bar}吧 "
           "| 关注 | 签到 | 看贴 | 图片 | 精品</div><div class=\"wrap\">\n")
    foot = "<div class=\"foot\">©2026 百川贴吧 贴吧协议 | 吧主制度 | 投诉反馈</div></div>"
    return doc(title, top + body + foot)


def notes(title, body, app="红薯笔记"):
    top = (f"<div class=\"topbar\"><a href=\"/notes/index.html\">{app}</a> · 发现 · 发布 · 通知</div>"
           "<div class=\"wrap\" style=\"max-width:640px\">\n")
    foot = f"<div class=\"foot\">{app} · 沪ICP备13030189号 · 营业执照 · 个人信息保护</div></div>"
    return doc(title, top + body + foot)


def mp(title, body, account, date):
    top = (f"<div class=\"wrap\" style=\"max-width:680px\"><h1 style=\"font-size:22px\">{html.escape(title)}</h1>"
           f"<div style=\"color:#888;font-size:14px\">原创 <a href=\"/mp/index.html\">{account}</a> {date}</div>\n")
    foot = ("<div class=\"foot\">微信扫一扫关注该公众号 · 阅读 · 在看 · 分享<br>"
            "<a href=\"/mp/index.html\">返回文章列表</a></div></div>")
    return doc(title + " - " + account, top + body + foot)


def plain(title, body):
    return doc(title, "<div class=\"wrap\">\n" + body + "\n</div>")
