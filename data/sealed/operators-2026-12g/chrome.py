"""Site chrome (headers, footers, sidebars) for each site of the web."""
import uscc

MALL_USCC = uscc.make("91330106", "MA2H4W8N")
CERT_SAMPLE = "S" + "0000" + "44" + "000012" + "25" + "3" + "000127"

HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>{meta}
<style>body{{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333}}
.wrap{{max-width:1000px;margin:0 auto;padding:0 12px}} .top{{background:#f4f4f4;font-size:12px;padding:4px 0}}
.side{{float:right;width:260px;font-size:13px}} .main{{margin-right:280px}} footer{{clear:both;font-size:12px;color:#888;border-top:1px solid #ddd;margin-top:30px;padding:12px 0}}
.float-kf{{position:fixed;right:0;bottom:120px;background:#e4393c;color:#fff;padding:8px;font-size:12px}}
table{{border-collapse:collapse}} td,th{{border:1px solid #ddd;padding:4px 8px}}</style>
</head><body>
"""
TAIL = "</body></html>\n"


def page(title, body, meta=""):
    return HEAD.format(title=title, meta=meta) + body + TAIL


# ---------------------------------------------------------------- mall
def mall(title, shopname, body, side=""):
    return page(title + " - 技能优选商城", f"""
<div class="top"><div class="wrap">技能优选商城 jinengyouxuan.com | 您好，请<a href="/mall/index.html">登录</a> | 免费注册 | 我的订单 | 平台客服热线：400-826-5150（9:00-21:00）</div></div>
<div class="wrap">
<header><h2><a href="/mall/index.html">技能优选</a> <small>职业技能 · 考证 · 学历 一站式选课平台</small></h2>
<div class="crumb"><a href="/mall/index.html">首页</a> &gt; 职业技能 &gt; 人工智能 &gt; {shopname}</div></header>
<div class="side">{side}
<div class="box"><h4>平台保障</h4><p>担保交易：课程款由平台代收，学员确认后结算给商家。收款方：杭州技能优选网络科技有限公司</p>
<p>请勿私下转账，谨防受骗！</p></div></div>
<div class="main">{body}</div>
<footer>
<p>关于我们 | 商家入驻 | 帮助中心 | 投诉建议：kefu@jinengyouxuan.com | 客服热线 400-826-5150</p>
<p>© 2019-2026 杭州技能优选网络科技有限公司 版权所有 统一社会信用代码：{MALL_USCC} 浙ICP备19035716号-2</p>
<p>本平台商家发布的课程信息由商家自行负责，职业技能等级证书可登录技能人才评价工作网 osta.mohrss.gov.cn 查询</p>
</footer></div>""")


# ---------------------------------------------------------------- classifieds
def fenlei(title, city, body):
    return page(title + " - " + city + "同城信息网", f"""
<div class="top"><div class="wrap">同城信息网 tongchengxinxi.net | 切换城市：{city} | <a href="/fenlei/index.html">发布信息</a> | 客服电话：0532-66778920</div></div>
<div class="wrap"><header><h2><a href="/fenlei/index.html">{city}同城信息网</a> &gt; 教育培训 &gt; 职业技能培训</h2></header>
<div class="side"><div class="box"><h4>防骗提醒</h4>
<p>凡要求先付款、先交押金、预付“办证费”的，均有诈骗嫌疑！遇到诈骗请拨打110或全国反诈专线96110。</p></div>
<div class="box"><h4>相关推荐</h4><ul><li><a href="/fenlei/index.html">更多培训信息</a></li></ul></div></div>
<div class="main">{body}
<p class="tip" style="font-size:12px;color:#999">联系我时，请说是在同城信息网上看到的，谢谢！</p></div>
<footer>同城信息网 版权所有 | 客服电话 0532-66778920 | 违法信息举报：jubao@tongchengxinxi.net | 鲁ICP备17008823号</footer></div>""")


# ---------------------------------------------------------------- Q&A
def wenda(title, body):
    return page(title + " - 知问网", f"""
<div class="top"><div class="wrap">知问网 zhiwenwang.com | <a href="/wenda/index.html">首页</a> | 提问 | 回答 | 专栏</div></div>
<div class="wrap"><div class="side"><div class="box"><h4>反诈提示</h4><p>网友回答中的联系方式未经平台核实，请勿轻信“包过”“免考拿证”，如遇诈骗请拨打96110。</p></div>
<div class="box"><h4>热门问题</h4><ul><li><a href="/wenda/index.html">人工智能训练师证书怎么考？</a></li></ul></div></div>
<div class="main">{body}</div>
<footer>知问网 © 2026 | 侵权投诉 jubao@zhiwenwang.com | 京ICP证160392号</footer></div>""")


# ---------------------------------------------------------------- WeChat 公众号 article
def mp(title, account, date, body):
    return page(title, f"""
<div class="wrap" style="max-width:680px">
<h1 class="rich_media_title">{title}</h1>
<div class="rich_media_meta"><span>原创</span> <a href="/mp/index.html" class="account_nickname">{account}</a> <em>{date}</em></div>
<div class="rich_media_content">{body}</div>
<div class="rich_media_tool"><a href="/mp/index.html">阅读原文</a> · 阅读 10万+ · 在看 · 写留言</div>
<p style="font-size:12px;color:#999">微信扫一扫关注该公众号</p>
</div>""", meta='<meta property="og:site_name" content="微信公众平台">')


# ---------------------------------------------------------------- forum
def bbs(title, body):
    return page(title + " - 职场人论坛", f"""
<div class="top"><div class="wrap">职场人论坛 | <a href="/bbs/index.html">论坛首页</a> &gt; 职业资格/考证交流区</div></div>
<div class="wrap"><div class="side">
<div class="box"><h4>【置顶】骗子曝光台</h4><p>网友举报：以下联系方式收钱后不发证，已拉黑，大家注意！QQ：2470013658 ，微信：zs-kaozheng888 ，自称“人社部考试中心”。</p></div>
<div class="box"><h4>版规</h4><p>禁止发布广告，违者封号。证书真伪请到官网自查。</p></div></div>
<div class="main">{body}</div>
<footer>职场人论坛 Powered by Discuz! X3.4 | Archiver | 手机版 | 小黑屋</footer></div>""")


# ---------------------------------------------------------------- notes platform
def note(title, author, body, comments):
    cm = "".join(f'<div class="comment"><b>{a}</b>：{t}</div>' for a, t in comments)
    return page(title + " - 小薯笔记", f"""
<div class="top"><div class="wrap">小薯笔记 · 标记你的生活 | <a href="/note/index.html">发现</a></div></div>
<div class="wrap" style="max-width:700px">
<div class="author"><a href="/note/index.html">@{author}</a> <button>关注</button></div>
<h1>{title}</h1><div class="note-content">{body}</div>
<div class="comments"><h4>评论</h4>{cm}</div>
<footer>小薯笔记 沪ICP备13030189号 | 违法和不良信息举报电话：400-921-0706 | 举报邮箱：jubao@xiaoshubiji.com</footer></div>""")


# ---------------------------------------------------------------- news portal
def news(title, body, date, source="东方资讯网"):
    return page(title + " - 东方资讯网", f"""
<div class="top"><div class="wrap">东方资讯网 | <a href="/news/index.html">首页</a> | 教育 | 财经 | 科技 | 本地</div></div>
<div class="wrap"><div class="side">
<div class="box"><h4>防骗提醒</h4><p>近期有不法分子冒充人社部门，以“证书年审”“补贴发放”为名拨打 0898-31562478、171 3265 9870 等电话索要费用，请广大市民提高警惕。</p></div>
<div class="box"><h4>热点</h4><ul><li><a href="/news/index.html">更多新闻</a></li></ul></div></div>
<div class="main"><h1>{title}</h1><p class="info">{date} 来源：{source}</p>{body}</div>
<footer>东方资讯网 版权所有 未经授权禁止转载 | 新闻热线 / 广告合作请通过网站留言</footer></div>""")


# ---------------------------------------------------------------- job board
def jobs(title, company, body):
    return page(title + " - 快聘网", f"""
<div class="top"><div class="wrap">快聘网 kuaipin.com | <a href="/jobs/index.html">找工作</a> | 企业招聘 | 求职安全热线 400-616-3355</div></div>
<div class="wrap"><div class="side"><div class="box"><h4>{company}</h4><p>企业认证：已认证</p></div>
<div class="box"><h4>求职安全提示</h4><p>用人单位以任何名义向求职者收取培训费、押金、服装费等均属违规，请向平台举报：service@kuaipin.com</p></div></div>
<div class="main">{body}</div>
<footer>快聘网 人力资源服务许可证 | 客服 400-616-3355 | service@kuaipin.com | 粤ICP备16062311号</footer></div>""")


# ---------------------------------------------------------------- business directory
def dirpage(title, body):
    return page(title + " - 城市黄页", f"""
<div class="top"><div class="wrap">城市黄页 · 本地商家查询 | <a href="/dir/index.html">首页</a> | 商户入驻热线：023-67718890</div></div>
<div class="wrap"><div class="main" style="margin-right:0">{body}</div>
<footer>城市黄页 商户信息由商户提供，本站不对其真实性负责 | 纠错：023-67718890</footer></div>""")


# ---------------------------------------------------------------- group-buy
def tuan(title, body):
    return page(title + " - 惠团购", f"""
<div class="top"><div class="wrap">惠团购 | <a href="/tuan/index.html">首页</a> | 教育培训 | 客服热线 400-615-2288</div></div>
<div class="wrap"><div class="main" style="margin-right:0">{body}
<div class="pay"><h4>支付说明</h4><p>本单支持微信支付，付款页面显示收款方：财付通支付科技有限公司（平台代收）。团购券7天内未使用可随时退。</p></div></div>
<footer>惠团购 客服热线 400-615-2288（8:00-22:00）| 商务合作 bd@huituangou.cn</footer></div>""")


BUILDER = '<p class="builder" style="font-size:11px;color:#aaa">技术支持：速建云建站 400-027-8899</p>'
