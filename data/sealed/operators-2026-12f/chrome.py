"""Site chrome (headers, footers, widgets) for each site style of the web."""

CSS = "body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#333}a{color:#1a5fb4}.wrap{max-width:1080px;margin:0 auto;padding:10px}"


def doc(title, inner, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n<style>{CSS}</style>\n{extra_head}</head>\n<body>\n{inner}\n</body>\n</html>\n")


def mall(title, body, shop_side=""):
    top = ('<div class="topbar">您好，欢迎来到学易购！<a href="/mall/index.html">请登录</a> <a href="/mall/index.html">免费注册</a>'
           ' | 我的订单 | 手机学易购 | 平台客服热线：400-820-5517</div>\n'
           '<div class="header wrap"><a href="/mall/index.html"><img src="/mall/logo.png" alt="学易购 xueyigou.com 职业教育好课商城"></a>'
           ' <form><input placeholder="搜索 人工智能训练师 / 数据标注 / 育婴员"><button>搜索</button></form></div>\n'
           '<div class="crumb wrap"><a href="/index.html">首页</a> &gt; <a href="/mall/index.html">职业技能</a> &gt; 人工智能</div>\n')
    foot = ('<div class="footer wrap"><p>学易购 xueyigou.com ｜ 平台担保交易 · 7天无理由（虚拟课程除外） · 正品保障</p>'
            '<p>学易购平台客服：400-820-5517（9:00-21:00） 邮箱：kefu@xueyigou.com 投诉请联系平台，勿与商家线下交易</p>'
            '<p>© 2016-2026 xueyigou.com 版权所有 浙ICP备16023317号</p></div>\n'
            '<div class="float-kf"><a href="https://www.xueyigou.com/im/kefu">联系平台客服</a></div>')
    return top + f'<div class="wrap main"><div class="content">{body}</div><div class="side">{shop_side}</div></div>\n' + foot


def fenlei(title, body):
    top = ('<div class="topbar">城市百事通 bst365.cn — 免费发布分类信息 ｜ <a href="/fenlei/index.html">教育培训</a> ｜ 切换城市</div>\n'
           '<div class="wrap crumb"><a href="/index.html">首页</a> &gt; <a href="/fenlei/index.html">教育培训</a> &gt; 职业技能培训</div>\n')
    foot = ('<div class="wrap tip">【安全提示】凡是要求先交定金、保证金、押金的请提高警惕；如遇诈骗请报警110或拨打全国反诈专线96110。</div>\n'
            '<div class="wrap footer"><p>城市百事通 客服电话：0592-5190365 举报邮箱：jubao@bst365.cn</p>'
            '<p>置顶推广对公转账 开户名：厦门百事通网络科技有限公司 开户行：建设银行厦门软件园支行 账号：3515 0198 7301 0000 0365</p>'
            '<p>© bst365.cn 闽ICP备13007721号</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def wenda(title, body):
    top = ('<div class="topbar"><a href="/wenda/index.html">问答吧</a> — 有问题，就会有答案 ｜ <a href="/index.html">网站导航</a></div>\n')
    foot = ('<div class="wrap footer"><p>问答吧 wendaba.com 内容由网友提供，仅供参考，不构成任何建议。</p>'
            '<p>侵权投诉：tousu@wendaba.com ｜ 违法和不良信息举报电话：010-5399 2618 ｜ 京ICP证150331号</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def mp(title, account, date, place, body, orig_id):
    top = (f'<div class="rich_media wrap"><h1 class="rich_media_title">{title}</h1>\n'
           f'<div class="meta"><span class="original">原创</span> <a class="account" href="/mp/index.html">{account}</a> '
           f'<em>{date}</em> <em>{place}</em></div>\n')
    foot = ('<div class="bottom"><p>阅读 1.2万 · 赞 86 · 在看 31</p>'
            '<p>微信扫一扫关注该公众号</p>'
            f'<p class="src">原文链接：https://mp.weixin.qq.com/s/{orig_id}</p></div></div>')
    return top + f'<div class="rich_media_content">{body}</div>\n' + foot


def note(title, body):
    top = ('<div class="topbar"><a href="/note/index.html">小绿书</a> 发现 · 发布 · 通知 ｜ <a href="/index.html">网站首页</a></div>\n')
    foot = ('<div class="wrap footer"><p>小绿书 xiaolvshu.com ｜ 沪ICP备2021032118号-2 ｜ 营业执照</p>'
            '<p>违法不良信息举报电话：021-6236 0599 举报邮箱：jubao@xiaolvshu.com 互联网举报中心</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def bbs(title, body):
    top = ('<div class="topbar">AI职场论坛 · 人工智能从业者社区 ｜ 站务联系QQ：800042175 ｜ 本站交流QQ群：619437728（验证：论坛）</div>\n'
           '<div class="wrap crumb"><a href="/index.html">首页</a> › <a href="/bbs/index.html">考证交流</a></div>\n')
    foot = ('<div class="wrap footer"><p>Powered by Discuz! X3.5 © 2001-2026 Tencent Cloud. ｜ AI职场论坛 ｜ 论坛仅为信息交流平台，交易请自行甄别</p>'
            '<p>站务邮箱：admin@aizcbbs.com</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def news(title, body, tag=""):
    top = ('<div class="topbar">东方财讯网 dfcx.com.cn ｜ <a href="/news/index.html">教育</a> ｜ 财经 ｜ 科技 ｜ 民生</div>\n'
           '<div class="wrap crumb"><a href="/index.html">首页</a> &gt; <a href="/news/index.html">教育频道</a> ' + (f'&gt; {tag}' if tag else '') + '</div>\n')
    foot = ('<div class="wrap footer"><p>新闻热线：021-5558 0110 ｜ 广告热线：021-6090 7788 ｜ 投稿邮箱：news@dfcx.com.cn</p>'
            '<p>东方财讯网 版权所有 未经授权禁止转载 ｜ 沪ICP备09011207号</p>'
            '<p>声明：标注“推广”的内容为商业推广信息，不代表本网观点。</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def huangye(title, body):
    top = ('<div class="topbar">企业黄页网 qiyehuangye.net — 查企业，找服务 ｜ <a href="/dir/index.html">教育培训类企业</a></div>\n')
    foot = ('<div class="wrap footer"><p>企业黄页网客服热线：400-618-3355 ｜ 信息纠错：jiucuo@qiyehuangye.net</p>'
            '<p>本页信息由企业自行发布，黄页网不对其真实性负责。 © qiyehuangye.net</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def zhaopin(title, body):
    top = ('<div class="topbar">快招网 kuaizhao.com ｜ 找工作 ｜ <a href="/zhaopin/index.html">职位列表</a> ｜ 企业招聘</div>\n')
    foot = ('<div class="wrap footer"><p>【求职安全】任何以招聘名义收取培训费、考证费、押金的行为均属违规，请立即举报！</p>'
            '<p>快招网举报热线：400-010-9969 ｜ 人社部门咨询：12333</p><p>© kuaizhao.com</p></div>')
    return top + f'<div class="wrap main">{body}</div>\n' + foot


def jianzhan(footer_company, icp):
    """Footer line of the '云帆建站' site builder used by several unrelated schools."""
    return (f'<p>{footer_company} ｜ {icp}</p>'
            '<p class="powered">技术支持：云帆建站 www.yunfanjz.com 建站热线 400-990-8818</p>')
