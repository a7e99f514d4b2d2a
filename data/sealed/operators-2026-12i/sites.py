"""Site chrome (headers, footers, widgets) for each top-level folder of the web."""
import uscc

MKT_USCC = uscc.make("91330110", "MA2GL6Q4")     # marketplace operator (decoy)
TUAN_USCC = uscc.make("91310115", "MA1K4D9E")    # group-buy platform (decoy)

CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#333}"
       ".wrap{max-width:980px;margin:0 auto;padding:12px}.top{background:#f5f5f5;font-size:12px;padding:4px 12px}"
       ".foot{border-top:1px solid #ddd;font-size:12px;color:#888;padding:12px;margin-top:24px}"
       ".side{float:right;width:240px;border:1px solid #eee;padding:8px;margin-left:12px;font-size:13px}"
       ".price{color:#e4393c;font-size:22px}.float{position:fixed;right:8px;bottom:80px;background:#fff;border:1px solid #ccc;padding:6px;font-size:12px}"
       "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}.cmt{border-bottom:1px dashed #eee;padding:6px 0}")

BUILDER = ('<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> '
           '建站热线 0755-23338866</p>')


def chrome(site):
    """Return (header_html, footer_html) for a site key."""
    if site == "shop":
        h = ('<div class="top">优课集市 · 职业技能好课一站购 | 客服热线:400-820-5566(9:00-21:00) | '
             '<a href="/shop/index.html">全部课程</a> | <a href="/index.html">首页</a></div>'
             '<div class="wrap"><h2>优课集市</h2><form><input placeholder="搜索课程/店铺"></form></div>')
        f = ('<div class="foot">优课集市平台客服:400-820-5566 &nbsp; 投诉邮箱:kefu@youkejishi.com<br>'
             '平台经营者:杭州优课集市网络科技有限公司 统一社会信用代码:' + MKT_USCC + '<br>'
             '© 2019-2026 www.youkejishi.com 浙ICP备19042216号-2 &nbsp; 平台仅提供信息展示服务,课程由入驻商家提供</div>')
    elif site == "fenlei":
        h = ('<div class="top">城事分类网 | 免费发布信息 | 全国站 &gt; 教育培训 &gt; 职业技能 | '
             '<a href="/fenlei/index.html">返回列表</a> | <a href="/index.html">首页</a></div>')
        f = ('<div class="foot">温馨提示:凡是要求先付款、先交押金的信息请谨慎核实。<br>'
             '城事分类网举报电话:400-660-7788 举报邮箱:jubao@chengshifenlei.com<br>'
             'Copyright © chengshifenlei.com 京ICP备15061123号</div>')
    elif site == "wenda":
        h = ('<div class="top">知道帮 - 有问题,上知道帮 | <a href="/wenda/index.html">问题广场</a> | '
             '<a href="/index.html">首页</a></div>')
        f = ('<div class="foot">知道帮 © 2026 zhidaobang.com | 意见反馈:help@zhidaobang.com | '
             '本站回答仅代表网友个人观点</div>')
    elif site == "mp":
        h = ('<div class="top">微信公众平台文章 | <a href="/mp/index.html">更多文章</a> | '
             '<a href="/index.html">首页</a></div>')
        f = ('<div class="foot">微信扫一扫 关注该公众号 &nbsp; 阅读 10万+ &nbsp; '
             '<a href="#">举报</a></div>')
    elif site == "bbs":
        h = ('<div class="top">职场考证论坛 bbs.zckzlt.com | <a href="/bbs/index.html">考证交流版</a> | '
             '<a href="/index.html">首页</a></div>')
        f = ('<div class="foot">职场考证论坛 | 站务联系 QQ:1733029088 | 邮箱 admin@zckzlt.com | '
             '禁止发布广告,违者封号</div>')
    elif site == "note":
        h = ('<div class="top">小绿书 — 标记你的学习生活 | <a href="/note/index.html">发现</a> | '
             '<a href="/index.html">首页</a></div>')
        f = ('<div class="foot">小绿书 xiaolvshu.com | 违法和不良信息举报:jubao@xiaolvshu.com | '
             '沪ICP备20011837号</div>')
    elif site == "news":
        h = ('<div class="top">大河资讯网 | <a href="/news/index.html">教育频道</a> | '
             '<a href="/index.html">首页</a></div>')
        f = ('<div class="foot">大河资讯网 版权所有 | 新闻热线:0371-65795110 | '
             '本网推广内容不代表本网观点</div>')
    elif site == "jobs":
        h = ('<div class="top">好工作招聘网 | <a href="/jobs/index.html">全部职位</a> | '
             '<a href="/index.html">首页</a> | 求职防骗热线:400-885-9900</div>')
        f = ('<div class="foot">好工作招聘网 haogongzuo.cn · 凡收取费用的职位请立即举报,'
             '客服热线 400-885-9900</div>')
    elif site == "tuan":
        h = ('<div class="top">惠团购 · 本地好课 | <a href="/tuan/index.html">教育培训团购</a> | '
             '<a href="/index.html">首页</a></div>')
        f = ('<div class="foot">交易保障:团购款项由平台担保收款,收款方 惠团购(上海)网络科技有限公司 '
             '(统一社会信用代码 ' + TUAN_USCC + '),开户行 招商银行上海张江支行 账号 1219 0815 3210 601,'
             '消费验券后结算给商家。客服 huituangou.com/help</div>')
    elif site == "dir":
        h = ('<div class="top">本地生活黄页 · 教育培训机构 | <a href="/dir/index.html">机构名录</a> | '
             '<a href="/index.html">首页</a></div>')
        f = '<div class="foot">黄页信息由机构自行提交,本站不对真实性负责</div>'
    else:   # a seller's own site or portal root
        h = ''
        f = ''
    return h, f


def html(title, site, body, extra_head=""):
    h, f = chrome(site)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><meta name=\"viewport\" content=\"width=device-width\">"
            f"<style>{CSS}</style>{extra_head}</head><body>\n{h}\n<div class=\"wrap\">\n{body}\n</div>\n{f}\n"
            "</body></html>\n")
