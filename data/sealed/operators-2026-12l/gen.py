#!/usr/bin/env python3
"""Generate the sealed operators web operators-2026-12l (site/ and truth.json). Stdlib only."""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(org8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    s17 = prefix8 + org8 + _org_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s17, WTS)) % 31
    return s17 + ALPH[0 if r == 31 else r]


def uscc_ok(code):
    if len(code) != 18 or any(c not in ALPH for c in code):
        return False
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(code[:17], WTS)) % 31
    return ALPH[0 if r == 31 else r] == code[17]


USCC_HUAZHI = uscc("91440300", "MA5G7K2R")     # seller U04
USCC_MALL = uscc("91330106", "MA2H0B8C")       # platform decoy
USCC_EDUPORTAL = uscc("91110108", "MA01QW3N")  # platform decoy
USCC_ZXYX = uscc("91320104", "MA1XKD7P")       # independent I1
USCC_MINGDE = uscc("52370102", "MJD58821")     # independent I2
USCC_QIYUAN = uscc("91330108", "MA27WN4E")     # seller U01 (home page only)

# ---------------------------------------------------------------- shared decoy strings
MALL_TEL = "400-600-7788"
MALL_MAIL = "service@kelifang.com"
MALL_PAYEE = "杭州课立方网络科技有限公司"
KV_TEL = "400-990-5566"
JOB_TEL = "400-885-1234"
JOB_MAIL = "jubao@gzzhaopin.cn"
FL_TEL = "0571-5690 1234"
FL_PAYEE = "同城汇信息服务有限公司"
EDU_TEL = "010-5977 3150"
NEWS_TEL = "0571-8510 9999"
SCAM_TEL = "171 2233 8096"
SCAM_SITE = "zgjnrc-cx.com"
SCAM_QQ = "3012288471"
CERT_SAMPLE = "S000044011230253000123"
BUILDER = ('<p class="builder">技术支持：<a href="http://www.yunfanjz.com/">云帆建站</a> '
           'www.yunfanjz.com ｜ 建站咨询QQ 800060120</p>')
PLACEHOLDER = '例：138 0013 8000'

PAGES = {}


def page(path, title, body, css="", offer=False, op=None, provider=None, ids=(), note="",
         mobile=False):
    meta = '<meta name="viewport" content="width=device-width,initial-scale=1">' if mobile else ""
    html = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n' + meta +
            '<title>' + title + '</title>\n<style>body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;'
            'margin:0;color:#222;line-height:1.7}a{color:#1a5fb4}.builder{font-size:12px;color:#999}'
            + css + '</style>\n</head>\n<body>\n' + body + '\n</body>\n</html>\n')
    assert path not in PAGES, path
    PAGES[path] = dict(html=html, is_offer=offer, operator=op, provider=provider,
                       identifiers=[list(i) for i in ids], note=note)


# ---------------------------------------------------------------- platform chrome
def mall(title, inner):
    return ('<div class="top">课立方 kelifang.com ｜ 职业教育好课商城 <span>客服热线 ' + MALL_TEL +
            '</span> <a href="/mall/index.html">首页</a></div>\n'
            '<div class="search">搜索：<input placeholder="人工智能训练师 / 数据标注 / 育婴师"></div>\n'
            + inner +
            '\n<div class="foot"><p>课立方担保交易：买家付款由平台代收，收款方 ' + MALL_PAYEE +
            '，确认学习后结算给商家。平台客服 ' + MALL_TEL + ' ｜ ' + MALL_MAIL + '</p>'
            '<p>' + MALL_PAYEE + ' 统一社会信用代码 ' + USCC_MALL +
            ' ｜ 浙B2-20190417 ｜ 请勿脱离平台私下交易，谨防诈骗</p></div>')


MALL_CSS = (".top{background:#e4393c;color:#fff;padding:6px 12px}.top a{color:#fff}.search{padding:8px 12px;"
            "border-bottom:1px solid #eee}.price{color:#e4393c;font-size:24px}.foot{background:#f5f5f5;"
            "font-size:12px;color:#666;padding:10px 12px}.box{padding:12px}.shopbar{background:#fafafa;"
            "border:1px solid #eee;padding:8px;margin:8px 0}.qual{font-size:12px;color:#555;border:1px dashed #ccc;padding:8px}")


def group(title, inner):
    return ('<div class="hd"><b>邻组</b> linzu.net ｜ <a href="/group/index.html">小组</a> · 考证互助小组 (成员 38,215)</div>\n'
            + inner +
            '\n<div class="ft">© 2026 linzu.net 邻组 ｜ 违法和不良信息举报：jubao@linzu.net ｜ '
            '组内禁止广告，发现请点举报</div>')


GROUP_CSS = (".hd{background:#f0f6f0;padding:8px 14px;border-bottom:1px solid #cfe3cf}.post{padding:10px 14px}"
             ".reply{border-top:1px solid #eee;padding:8px 14px}.who{color:#37a;font-size:13px}.ft{font-size:12px;color:#888;padding:10px 14px}")


def ask(title, inner):
    return ('<div class="hd">问知 · 有问题，上问知 <a href="/ask/index.html">发现</a> <a href="/ask/index.html">话题：职业资格</a></div>\n'
            + inner +
            '\n<div class="ft">问知 wenzhi.net ｜ 网上有害信息举报 ｜ 侵权举报请联系 copyright@wenzhi.net ｜ '
            '本回答仅代表作者观点</div>')


ASK_CSS = (".hd{background:#fff;border-bottom:1px solid #ebebeb;padding:8px 16px;font-weight:bold;color:#0066ff}"
           ".q{padding:14px 16px;font-size:20px;font-weight:bold}.ans{padding:12px 16px;border-top:8px solid #f6f6f6}"
           ".author{color:#444;font-weight:bold}.meta{color:#8590a6;font-size:13px}.ft{font-size:12px;color:#999;padding:14px}")


def mp(title, account, inner, date):
    return ('<div class="art"><h1>' + title + '</h1>\n<div class="meta">原创 ' + account + ' <span>' + date +
            '</span></div>\n' + inner +
            '\n<div class="meta">阅读 2.3万 ｜ 在看 118 ｜ <a href="/mp/index.html">更多文章</a></div>'
            '\n<div class="ft">微信扫一扫关注该公众号 ｜ 投诉 ｜ 本文内容由公众号运营者提供，'
            '如遇诈骗请拨打微信客服 95017</div></div>')


MP_CSS = (".art{max-width:680px;margin:0 auto;padding:16px}.meta{color:#888;font-size:14px;margin-bottom:14px}"
          "blockquote{border-left:3px solid #07c160;margin:0;padding:6px 12px;background:#f7f7f7}"
          ".ft{font-size:12px;color:#aaa;margin-top:20px}.ad{border:1px solid #e6e6e6;padding:10px;background:#fffbe6}")


def kv(inner):
    return ('<div class="hd">快映 kuaiying.com ｜ <a href="/kv/index.html">发现</a> ｜ 同城 ｜ 精选</div>\n' + inner +
            '\n<div class="ft">快映客服 ' + KV_TEL + ' ｜ 未成年人保护 ｜ 平台不对用户发布内容负责，交易请谨慎</div>')


KV_CSS = (".hd{background:#111;color:#fff;padding:8px}.hd a{color:#ff5000}.video{background:#000;color:#ccc;height:260px;"
          "display:flex;align-items:center;justify-content:center}.cap{padding:10px}.cmt{border-top:1px solid #eee;"
          "padding:6px 10px;font-size:14px}.author{color:#ff5000}.ft{font-size:12px;color:#999;padding:10px}")


def fenlei(inner):
    return ('<div class="hd">同城汇分类信息 ｜ <a href="/fenlei/index.html">教育培训</a> &gt; 职业技能</div>\n' + inner +
            '\n<div class="ft">同城汇客服 ' + FL_TEL + ' ｜ 担保交易收款方：' + FL_PAYEE +
            ' ｜ 凡要求先交定金、私下转账的请提高警惕</div>')


FL_CSS = (".hd{background:#ff7a00;color:#fff;padding:8px}.hd a{color:#fff}.post{padding:12px}.info td{padding:3px 8px;"
          "border-bottom:1px dotted #ddd}.ft{font-size:12px;color:#999;padding:10px;background:#fafafa}")


def edu(inner):
    return ('<div class="hd">职教在线 · 职业教育门户 ｜ <a href="/edu/index.html">首页</a> ｜ '
            '<a href="/edu/jigou.html">机构库</a> ｜ 考证 ｜ 政策</div>\n' + inner +
            '\n<div class="ft">职教在线 版权所有 ｜ 北京职教在线信息技术有限公司 统一社会信用代码 ' + USCC_EDUPORTAL +
            ' ｜ 机构入驻 / 纠错：' + EDU_TEL + ' ｜ 本站机构信息由机构自行提供，报名前请核实</div>')


EDU_CSS = (".hd{background:#004b8d;color:#fff;padding:8px 14px}.hd a{color:#fff}.main{padding:12px 14px}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.ft{font-size:12px;color:#666;padding:10px 14px;background:#eef2f6}")


def news(inner):
    return ('<div class="hd">钱江民生网 ｜ <a href="/news/index.html">首页</a> ｜ 民生 ｜ 教育 ｜ 曝光台</div>\n' + inner +
            '\n<div class="ft">新闻热线 ' + NEWS_TEL + ' ｜ 钱江民生网 版权所有 未经授权禁止转载</div>')


NEWS_CSS = (".hd{background:#b40000;color:#fff;padding:8px 14px}.hd a{color:#fff}.main{padding:12px 16px;max-width:760px}"
            ".tag{background:#999;color:#fff;font-size:12px;padding:1px 6px}.ft{font-size:12px;color:#666;padding:10px 16px}")


def jobs(inner):
    return ('<div class="hd">职达招聘 gzzhaopin.cn ｜ <a href="/jobs/index.html">找工作</a> ｜ 校园 ｜ 兼职</div>\n' + inner +
            '\n<div class="ft">职达招聘客服 ' + JOB_TEL + ' ｜ 举报邮箱 ' + JOB_MAIL +
            ' ｜ 求职过程中任何以培训费、考证费、押金为由收费的行为均属违规，请立即举报</div>')


JOB_CSS = (".hd{background:#00a6a7;color:#fff;padding:8px 14px}.hd a{color:#fff}.main{padding:12px 16px}"
           ".sal{color:#fe574a;font-size:20px}.ft{font-size:12px;color:#888;padding:10px 16px;background:#f6f6f8}")


# ================================================================ pages
def build():
    PAGES.clear()

    # ------------------------------------------------------------ mall
    page("/mall/index.html", "课立方-职业教育好课商城", mall("", '''<div class="box">
<h2>职业技能 · 人工智能训练师 专区</h2>
<p>热门店铺：<a href="/mall/shop-huazhi.html">华智课堂专营店</a> ｜ 智训未来教育旗舰店 ｜ 职学优选店</p>
<ul>
<li><a href="/mall/item-100233.html">【官方旗舰】人工智能训练师四级/三级 直播+题库 考证班</a> ¥2680 已售 1.2万+</li>
<li><a href="/mall/item-100871.html">华智课堂 AI训练师(数据标注方向)五级 零基础速成班</a> ¥1580 已售 3306</li>
<li><a href="/mall/item-101552.html">职学优选 人工智能训练师 三级 周末直播 含认定费</a> ¥3380 已售 512</li>
</ul>
<p>新人专享：满2000减200 ｜ 分期免息 ｜ 7天无理由退课(未开课)</p>
<p>温馨提示：职业技能等级证书由备案的评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）核验。</p>
</div>'''), MALL_CSS, note="mall home / category list, platform chrome only")

    page("/mall/item-100233.html", "【官方旗舰】人工智能训练师四级三级考证培训-课立方", mall("", '''<div class="box">
<div class="shopbar">店铺：智训未来教育旗舰店 ★4.9 ｜ 关注 ｜ 联系客服(平台在线客服)</div>
<h1>【官方旗舰】人工智能训练师（4-04-05-05）四级/三级 考证培训 线上直播+题库 全国联网可查</h1>
<p class="price">¥2680 <s>¥3980</s></p>
<p>套餐：四级中级工 2680 ｜ 三级高级工 3280 ｜ 四级+三级连报 5280（立省1280）</p>
<p>服务：直播课48课时 · 录播回放1年 · 班主任督学 · 考前模拟3套 · 协助报名认定</p>
<h3>商品详情</h3>
<img src="/mall/img/zxwl-01.jpg" alt="人工智能训练师考证 加V zxwl_kefu08 领取报考资料">
<img src="/mall/img/zxwl-02.jpg" alt="证书样本 编号S000044011230253000123">
<p>适合人群：数据标注员、AI产品运营、想申请技能提升补贴的在职人员。学历要求：初中及以上。</p>
<p>拍下后请在订单备注姓名+手机号，48小时内班主任联系开通课程。</p>
<div class="qual">商家资质：经营者名称 杭州智训未来教育科技有限公司 ｜ 营业执照已公示 ｜ 所在地 浙江杭州</div>
</div>'''), MALL_CSS, offer=True, op="U01", provider="智训未来教育旗舰店",
        ids=[("wechat", "zxwl_kefu08", "加V zxwl_kefu08"),
             ("other", "杭州智训未来教育科技有限公司", "经营者名称 杭州智训未来教育科技有限公司")],
        note="mall item page; WeChat only in detail-image alt text; licence name in 商家资质")

    page("/mall/shop-huazhi.html", "华智课堂专营店-课立方", mall("", '''<div class="box">
<div class="shopbar"><b>华智课堂专营店</b> 店铺评分 4.8 ｜ 粉丝 2.1万 ｜ 开店 3 年</div>
<p>店铺公告：2026年第二季度人工智能训练师认定批次开放报名！五级/四级/三级均可报，报名费一次付清，不过免费重学。</p>
<ul>
<li><a href="/mall/item-100871.html">AI训练师(数据标注方向)五级 零基础速成班</a> ¥1580</li>
<li>AI训练师 四级 直播精讲+实操 ¥2380</li>
<li>AI训练师 三级 高级工 全程班 ¥3580</li>
</ul>
<p>下单流程：拍下→联系店铺客服登记信息→进群学习→统一报名认定。</p>
<div class="qual">店铺资质公示：企业名称 深圳华智云课科技有限公司 ｜ 统一社会信用代码 ''' + USCC_HUAZHI + ''' ｜ 法定代表人 周** ｜ 登记机关 深圳市市场监督管理局</div>
</div>'''), MALL_CSS, offer=True, op="U04", provider="华智课堂专营店",
        ids=[("other", "深圳华智云课科技有限公司", "企业名称 深圳华智云课科技有限公司"),
             ("uscc", USCC_HUAZHI, "统一社会信用代码 " + USCC_HUAZHI)],
        note="mall shop home page selling courses; licence block with company name and USCC")

    page("/mall/item-100871.html", "AI训练师五级零基础速成班-华智课堂专营店", mall("", '''<div class="box">
<div class="shopbar">华智课堂专营店 ｜ <a href="/mall/shop-huazhi.html">进店逛逛</a></div>
<h1>人工智能训练师 五级(初级工) 数据标注方向 零基础速成 15天拿证</h1>
<p class="price">¥1580</p>
<p>已售 3306 ｜ 好评率 97%</p>
<p>课程亮点：零基础可学 ｜ 不限专业 ｜ 人社备案评价机构认定 ｜ 入库可查 ｜ 可申领补贴1000元（需符合条件）</p>
<img src="/mall/img/hz-detail-3.png" alt="课程咨询请加老师微信 hzyk_zixun 备注课立方">
<p>【买家问大家】问：订单号 260412183300971 拍了三天了什么时候开课？ 答（店铺客服）：亲，每周一统一开班，请留意短信。</p>
<p>【常见问题】证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；补贴政策请咨询当地 12333。</p>
<div class="qual">经营者：深圳华智云课科技有限公司（证照信息详见店铺首页）</div>
</div>'''), MALL_CSS, offer=True, op="U04", provider="华智课堂专营店",
        ids=[("other", "深圳华智云课科技有限公司", "经营者：深圳华智云课科技有限公司"),
             ("wechat", "hzyk_zixun", "老师微信 hzyk_zixun")],
        note="mall item of same shop; company name in footer note; WeChat in image alt")

    page("/mall/item-101552.html", "职学优选 人工智能训练师三级 周末直播班-课立方", mall("", '''<div class="box">
<div class="shopbar">职学优选店 ★4.7 ｜ 平台认证商家</div>
<h1>人工智能训练师 三级/高级工 周末直播班（含认定考务费）</h1>
<p class="price">¥3380</p>
<p>报考条件自查：持四级证书满5年，或大专以上相关专业+四级证书满2年等。报名前班主任一对一审核资格，不符合条件全额退款。</p>
<p>开课：每月第一个周六 ｜ 共40课时 ｜ 理论+实操两科，各60分合格。</p>
<img src="/mall/img/zxyx-cert.jpg" alt="证书样本 编号S000044011230253000123（样本仅供参考）">
<p>购买后在“我的订单”查看班级群二维码。</p>
<div class="qual">商家资质：南京职学优选教育咨询有限公司 ｜ 统一社会信用代码 ''' + USCC_ZXYX + ''' ｜ 南京市玄武区</div>
</div>'''), MALL_CSS, offer=True, op=None, provider="职学优选店",
        ids=[("other", "南京职学优选教育咨询有限公司", "南京职学优选教育咨询有限公司"),
             ("uscc", USCC_ZXYX, USCC_ZXYX)],
        note="independent mall item; only licence identifiers")

    # ------------------------------------------------------------ group (douban-like)
    page("/group/index.html", "考证互助小组 - 邻组", group("", '''<div class="post">
<h2>考证互助小组</h2>
<p>组规：1. 只聊考证经验；2. 禁止发广告、留联系方式；3. 被骗经历欢迎分享，帮大家避坑。</p>
<table>
<tr><td><a href="/group/topic-90002.html">【避坑置顶】AI训练师证被骗全过程，骗子号码和假查询网站都在这</a></td><td>326回应</td></tr>
<tr><td><a href="/group/topic-90871.html">想做居家数据标注，必须先考人工智能训练师证吗？</a></td><td>41回应</td></tr>
<tr><td><a href="/group/topic-91230.html">宝妈一枚，AI训练师四级值不值得考</a></td><td>67回应</td></tr>
<tr><td><a href="/group/topic-92015.html">【经验】三个月从零到拿到人工智能训练师三级</a></td><td>88回应</td></tr>
<tr><td><a href="/group/topic-93102.html">有没有一起报周末班的？杭州/线上都行</a></td><td>19回应</td></tr>
</table></div>'''), GROUP_CSS, note="group topic list")

    page("/group/topic-90002.html", "【避坑置顶】AI训练师证被骗全过程 - 邻组", group("", '''<div class="post">
<h1>【避坑置顶】AI训练师证被骗全过程，骗子号码和假查询网站都在这</h1>
<p class="who">楼主：不吃香菜的阿May 2026-03-17</p>
<p>去年12月刷到一个“人社部直接发证、不用考试、三级2980”的广告，对方电话 171 2233 8096，还给了个查询网站 zgjnrc-cx.com，说证书录入就能查到。交钱后发来的证书编号在那个网站上确实能查到，但在官方的技能人才评价证书全国联网查询 zscx.osta.org.cn 上根本查不到！</p>
<p>对方QQ 3012288471 现在已经把我拉黑了。我已经打了12345和12333反映，也报了警。</p>
<p>总结：1）职业技能等级证书是备案的评价机构发的，不是“人社部颁发”；2）只认 osta.org.cn 的查询；3）“不考试直接发证”一律是骗子。</p>
</div>
<div class="reply"><span class="who">橘子汽水：</span>同一个号码也打给过我！171开头的，说是“中心老师”。</div>
<div class="reply"><span class="who">Lemon：</span>mark，假网站名字跟真的差不多，太坑了。</div>
<div class="reply"><span class="who">小组管理员：</span>已置顶。本帖禁止任何机构留联系方式，违者删帖封号。</div>'''), GROUP_CSS,
        note="warning thread quoting scam phone, scam QQ and fake query site; no offer")

    page("/group/topic-90871.html", "想做居家数据标注，必须先考人工智能训练师证吗？ - 邻组", group("", '''<div class="post">
<h1>想做居家数据标注，必须先考人工智能训练师证吗？</h1>
<p class="who">楼主：一只小鹿鹿 2026-04-02</p>
<p>在招聘网站看到好几个居家标注的岗位，有的说要先考证才能接单，有的说包培训。有没有做过的姐妹说说？</p>
</div>
<div class="reply"><span class="who">豆豆包：</span>我做过两年标注，真的不需要证，靠的是准确率。要先交钱考证的基本是卖课的。</div>
<div class="reply"><span class="who">灵犀AI学苑-林老师：</span>楼主好~证书不是接单的硬性要求，但想长期做、转AI训练师岗位，有证确实加分。我们灵犀AI学苑五级/四级都有班，五级1680含认定费，四级2280，线上学，考前集训。感兴趣可以电话 136-0291-7785 聊聊，或者扣群 736-214-589 先进群看看课表~</div>
<div class="reply"><span class="who">一只小鹿鹿：</span>@灵犀AI学苑-林老师 ，组规不让发广告的吧……</div>
<div class="reply"><span class="who">晴天：</span>楼上说的没错，先找活，再考虑证。</div>'''), GROUP_CSS, offer=True, op="U03",
        provider="灵犀AI学苑",
        ids=[("phone", "+8613602917785", "136-0291-7785"),
             ("qq_group", "736214589", "扣群 736-214-589")],
        note="forum reply that sells; the rest of the thread is neutral")

    page("/group/topic-91230.html", "宝妈一枚，AI训练师四级值不值得考 - 邻组", group("", '''<div class="post">
<h1>宝妈一枚，AI训练师四级值不值得考</h1>
<p class="who">楼主：团团妈 2026-03-28</p>
<p>在家带娃，想学点东西以后好找工作。看到短视频里说AI训练师四级可以领补贴，是真的吗？</p>
</div>
<div class="reply"><span class="who">阿青：</span>补贴要交满一年失业保险，而且有上限，别被“免费拿证”忽悠。</div>
<div class="reply"><span class="who">鹿鸣教育：</span>宝妈可以先从五级学起哦，我们鹿鸣的“宝妈专班”晚上8点直播，五级1480元，四级1980元，分两期付也可以。有问题扣扣找我 <a href="tencent://message/?uin=3319077525&amp;Site=linzu&amp;Menu=yes">点这里QQ交谈</a>，白天带娃回复慢请见谅~</div>
<div class="reply"><span class="who">团团妈：</span>谢谢，我先去查查补贴条件。</div>'''), GROUP_CSS, offer=True, op="U06",
        provider="鹿鸣教育",
        ids=[("qq", "3319077525", "tencent://message/?uin=3319077525&amp;Site=linzu&amp;Menu=yes")],
        note="forum reply that sells; QQ only inside a tencent:// link")

    page("/group/topic-92015.html", "【经验】三个月从零到拿到人工智能训练师三级 - 邻组", group("", '''<div class="post">
<h1>【经验】三个月从零到拿到人工智能训练师三级</h1>
<p class="who">楼主：北辰教育-小周 2026-04-11</p>
<p>先说结论：三级不是随便就能报的，要看你的四级证书和工作年限，我自己是大专+四级满两年才报的。</p>
<p>（晒一下准考证号 2026044010512037，已经考完了不怕）</p>
<p>备考：理论主要看《国家职业技能标准》里的业务分析、智能训练、智能系统设计，实操是标注+模型测试的题。</p>
<p>顺便说一句，我现在在北辰教育做助教，我们三级班 3680 元（含认定费），四级 2580，报名前会帮你审核条件，不符合不收钱。需要资料的可以找我：电话/微信 155-2709-3316（微信同号），备注“邻组”。</p>
</div>
<div class="reply"><span class="who">鱼丸粗面：</span>所以是广告贴？</div>
<div class="reply"><span class="who">北辰教育-小周：</span>经验是真的哈，资料免费送，报不报班随意。</div>'''), GROUP_CSS, offer=True, op="U08",
        provider="北辰教育",
        ids=[("phone", "+8615527093316", "155-2709-3316（微信同号）"),
             ("wechat", "15527093316", "电话/微信 155-2709-3316（微信同号）")],
        note="experience post that turns into an ad; phone doubles as WeChat")

    page("/group/topic-93102.html", "有没有一起报周末班的？ - 邻组", group("", '''<div class="post">
<h1>有没有一起报周末班的？杭州/线上都行</h1>
<p class="who">楼主：青禾教育小禾 2026-04-15</p>
<p>我们青禾教育5月开人工智能训练师四级周末班（线上直播+杭州线下实操两天），学费2180，认定费另收，组团3人以上每人减200。</p>
<p>想拼团的姐妹留言或者加我QQ：2093384471（验证写“拼团”）。证书是备案评价机构颁发，osta.org.cn 可查，不承诺包过哈。</p>
</div>
<div class="reply"><span class="who">Yuki：</span>线下实操在哪个区？</div>
<div class="reply"><span class="who">青禾教育小禾：</span>西湖区文三路附近，具体地址进群发。</div>'''), GROUP_CSS, offer=True, op=None,
        provider="青禾教育",
        ids=[("qq", "2093384471", "QQ：2093384471")],
        note="independent seller posting a group-buy in the forum")

    # ------------------------------------------------------------ ask (zhihu-like)
    page("/ask/index.html", "话题：职业资格 - 问知", ask("", '''<div class="ans">
<h2>话题 · 职业资格 / 人工智能训练师</h2>
<ul>
<li><a href="/ask/q-1002.html">人工智能训练师证书到底有没有用？是国家职业资格证吗？</a> 312 个回答</li>
<li><a href="/ask/q-1017.html">零基础转行AI训练师，考证路线怎么规划？</a> 96 个回答</li>
<li><a href="/ask/q-1033.html">工信部的人工智能证书和人社的AI训练师证有什么区别？</a> 58 个回答</li>
<li><a href="/ask/q-1048.html">深圳考人工智能训练师三级能领多少补贴？</a> 44 个回答</li>
</ul></div>'''), ASK_CSS, note="Q&A topic list")

    page("/ask/q-1002.html", "人工智能训练师证书到底有没有用？ - 问知", ask("", '''<div class="q">人工智能训练师证书到底有没有用？是国家职业资格证吗？</div>
<div class="ans"><p class="author">老周说职教 <span class="meta">人力资源从业者</span></p>
<p>不是。人工智能训练师（职业编码 4-04-05-05）是2020年人社厅发〔2020〕17号公布的新职业，现在发的是<b>职业技能等级证书</b>，由在人社部门备案的用人单位或社会培训评价组织认定和颁发，不是以前那种国家职业资格证书，更不是“人社部颁发”。</p>
<p>等级分五级到一级，五级要求累计从事本职业或相关职业1年以上，或者本职业学徒期满。所谓“零基础直接考二级技师”的都不符合标准里的申报阶梯。</p>
<p>查询只认技能人才评价证书全国联网查询 zscx.osta.org.cn 和各省人社厅官网。补贴问题打当地 12333 问最准：技能提升补贴五级、四级、三级最高分别1000、1500、2000元，要求参保满一年。</p>
<p>有没有用？对做数据标注、AI产品运营的人，算是个能力证明；指望它挂靠赚钱、直接换职称，那就想多了。</p>
<p class="meta">编辑于 2026-02-20 · 赞同 4.1万</p></div>
<div class="ans"><p class="author">匿名用户</p><p>面试过几十个标注员，没人问证，问的是准确率和你用过的工具。</p></div>'''), ASK_CSS,
        note="neutral Q&A, quotes 12333 and osta query site, no seller")

    page("/ask/q-1017.html", "零基础转行AI训练师，考证路线怎么规划？ - 问知", ask("", '''<div class="q">零基础转行AI训练师，考证路线怎么规划？</div>
<div class="ans"><p class="author">启元职教-陈老师 <span class="meta">职业培训讲师 · 带过2000+学员</span></p>
<p>谢邀。这个问题每周都有学员问，我按“学历/工作年限”分三种情况详细说一下，文章有点长，建议先收藏。</p>
<p><b>一、完全零基础、没有相关工作经历</b><br>按照2021版国家职业技能标准，五级（初级工）要求累计从事本职业或相关职业工作1年以上，或本职业学徒期满。所以零基础建议先找一份标注/审核相关的工作或实习，边做边学，满1年后报五级。网上说“零基础直接三级”的，你让他把申报条件原文发给你看。</p>
<p><b>二、已经做了1-2年数据标注</b><br>可以直接报五级，或者看你所在省份是否允许按工作年限报四级（一般要6年，或五级证后4年）。学习内容：数据采集和处理、数据标注、智能系统运维，实操占比大。</p>
<p><b>三、大专以上+有四级证</b><br>四级证满2年可以冲三级，三级要考业务分析、智能训练、智能系统设计、培训与指导，难度明显上一个台阶。</p>
<p><b>关于费用</b><br>培训费各家差别很大。我们启元职教这边五级1880、四级2680、三级3480，都含认定考务费，线上直播+周末实操。参保满一年的同学拿到证后还能申请技能提升补贴，具体额度以当地人社为准。</p>
<p><b>关于证书</b><br>认准“技能人才评价证书全国联网查询”，别信什么“内部渠道”“包过”。</p>
<p>需要完整学习路线图和历年真题的，可以私信我，或者直接打我们办公室电话 0571 86973320（工作日9:00-18:00），也可以发邮件到 qiyuan_ai#163.com（#换成@），我看到都会回。</p>
<p class="meta">发布于 2026-03-05 · 赞同 1326 · 142 条评论</p></div>
<div class="ans"><p class="author">数据民工小刘</p><p>补充一句：先做一年标注再考，比先花钱考证靠谱多了。</p></div>'''), ASK_CSS,
        offer=True, op="U01", provider="启元职教",
        ids=[("phone", "+8657186973320", "0571 86973320"),
             ("email", "qiyuan_ai@163.com", "qiyuan_ai#163.com（#换成@）")],
        note="long Q&A answer by a seller's teacher; landline and obfuscated e-mail at the end")

    page("/ask/q-1033.html", "工信部的人工智能证书和人社的AI训练师证有什么区别？ - 问知", ask("", '''<div class="q">工信部的人工智能证书和人社的AI训练师证有什么区别？</div>
<div class="ans"><p class="author">启智学堂 <span class="meta">已认证机构号</span></p>
<p>这两个经常被混为一谈，我们整理了一张对比表：</p>
<table><tr><th></th><th>人社体系</th><th>工信体系</th></tr>
<tr><td>名称</td><td>人工智能训练师 职业技能等级证书</td><td>各类“人工智能应用工程师”等培训证书</td></tr>
<tr><td>发证</td><td>备案的评价机构</td><td>部属单位或合作培训机构</td></tr>
<tr><td>查询</td><td>osta.org.cn</td><td>发证单位官网</td></tr></table>
<p>个人建议：想要落户积分、技能补贴，优先考人社体系的AI训练师证；想丰富简历，两个都可以。</p>
<p>我们启智学堂今年开设“AI训练师四级+工信AI应用双证班”，双证联报 3980 元，单报AI训练师四级 2380 元，报名享线上题库终身使用。想了解班期的同学，V：zkqz010（备注问知），或发邮件 kf@qizhi-ai.cn 索取招生简章。</p>
<p class="meta">发布于 2026-04-12 · 赞同 87</p></div>
<div class="ans"><p class="author">阿哲</p><p>所谓“双证班”多半就是一个培训证书加一个正规证，钱花得不值。</p></div>'''), ASK_CSS,
        offer=True, op="U05", provider="启智学堂",
        ids=[("wechat", "zkqz010", "V：zkqz010"), ("email", "kf@qizhi-ai.cn", "kf@qizhi-ai.cn")],
        note="institution account answer selling a double-certificate class")

    page("/ask/q-1048.html", "深圳考人工智能训练师三级能领多少补贴？ - 问知", ask("", '''<div class="q">深圳考人工智能训练师三级能领多少补贴？</div>
<div class="ans"><p class="author">深知AI职培 <span class="meta">深圳 · 职业技能培训</span></p>
<p>深圳这边技能提升补贴按国家标准：五级1000、四级1500、三级2000元上限，紧缺职业目录内的可以上浮，但要满足参保满1年等条件，具体以当年文件为准。</p>
<p>常见误区：①二级、一级没有这项国家补贴；②补贴是拿证后个人申请，不是机构“包领”；③一年最多申领三次。</p>
<p>我们深知AI职培在南山有实操教室，三级班（40课时+实操集训）3280元，四级2580元，平时晚班、周末班都有。有问题可以进Q群587203165 问助教，或者 vx hz-edu-2025 预约试听。</p>
<p class="meta">发布于 2026-04-18 · 赞同 203</p></div>'''), ASK_CSS,
        offer=True, op="U09", provider="深知AI职培",
        ids=[("qq_group", "587203165", "Q群587203165"), ("wechat", "hz-edu-2025", "vx hz-edu-2025")],
        note="Q&A answer selling a class; QQ group and WeChat")

    # ------------------------------------------------------------ mp (wechat official-account articles)
    page("/mp/index.html", "公众号文章", '''<div class="art"><h2>最近文章</h2><ul>
<li><a href="/mp/a-20260312.html">AI不会取代你，但会用AI的人会｜2026年最值得考的新职业证书</a> · 未来AI研习社</li>
<li><a href="/mp/a-20260409.html">人工智能训练师报考指南（2026年4月更新）</a> · 启智AI职训</li>
<li><a href="/mp/a-20260420.html">35岁被优化后，我靠一张证书重新上岸</a> · 北辰学苑</li>
</ul></div>''', MP_CSS, note="article list")

    page("/mp/a-20260312.html", "AI不会取代你，但会用AI的人会｜2026年最值得考的新职业证书",
         mp("AI不会取代你，但会用AI的人会｜2026年最值得考的新职业证书", "未来AI研习社", '''<p>ChatGPT、DeepSeek火了之后，身边越来越多朋友问：普通人怎么搭上AI这班车？</p>
<p>答案可能比你想的简单——大模型再聪明，也需要大量“人”来教它。给数据打标签、给回答打分、设计对话流程……这些工作有一个正式的名字：<b>人工智能训练师</b>（职业编码4-04-05-05）。</p>
<blockquote>据行业报告，未来三年AI训练相关岗位缺口超过百万。</blockquote>
<p>和很多“花钱买证”的证书不同，AI训练师有国家职业技能标准，分五个等级，需要经过理论和实操两科认定。</p>
<p>很多读者后台留言问在哪学。我们和合作机构一起开了<b>“AI训练师四级直通班”</b>：</p>
<div class="ad"><p>✅ 48课时直播+实操项目 ✅ 四级 2680元 / 三级 3480元（含认定费）✅ 学完协助申请补贴</p>
<p>📮报名咨询：qiyuan_ai＠163.com</p>
<p>👥读者交流群：QQ群：611 208 374（入群领《AI训练师备考手册》）</p></div>
<p>最后提醒：证书请在 zscx.osta.org.cn 查询，任何“不用考、直接发”的都不要信。</p>''', "2026-03-12"),
         MP_CSS, offer=True, op="U01", provider="未来AI研习社",
         ids=[("email", "qiyuan_ai@163.com", "qiyuan_ai＠163.com"),
              ("qq_group", "611208374", "QQ群：611 208 374")],
         note="WeChat article with soft ad at the end; full-width @ in e-mail")

    page("/mp/a-20260409.html", "人工智能训练师报考指南（2026年4月更新）",
         mp("人工智能训练师报考指南（2026年4月更新）", "启智AI职训", '''<p><b>一、职业简介</b><br>人工智能训练师是人社部等三部门2020年发布的新职业，包含数据标注员、人工智能算法测试员两个工种。</p>
<p><b>二、报考条件</b><br>五级：相关工作满1年或学徒期满；四级：五级证后4年，或工作满6年；三级：四级证后5年等。</p>
<p><b>三、考试形式</b><br>理论知识+操作技能，均为百分制，60分及格。</p>
<p><b>四、报名方式</b></p>
<div class="ad"><p>启智AI职训 2026年第三期招生中：五级1680元，四级2380元，三级3280元，线上学习+集中认定。</p>
<p>官网：zkqz-edu.com（在线报名）</p>
<p>添加课程顾问微信：zkqz010，发送“指南”领取报考资料包。</p></div>
<p>特别提醒：报名不收取任何“加急费”“内部名额费”；近期有冒充人社部门的诈骗电话，如有疑问请拨打 12333 核实。</p>''', "2026-04-09"),
         MP_CSS, offer=True, op="U05", provider="启智AI职训",
         ids=[("domain", "zkqz-edu.com", "zkqz-edu.com"), ("wechat", "zkqz010", "微信：zkqz010")],
         note="official-account exam guide with enrolment box")

    page("/mp/a-20260420.html", "35岁被优化后，我靠一张证书重新上岸",
         mp("35岁被优化后，我靠一张证书重新上岸", "北辰学苑", '''<p>去年秋天，做了十年行政的王姐被公司“优化”了。投了三个月简历，几乎没有回音。</p>
<p>“那段时间每天晚上睡不着。”她说。一次偶然的机会，她在我们的直播间里听说了人工智能训练师这个职业……</p>
<p>三个月后，她拿到了四级证书，现在在一家AI公司做数据质检，月薪8K。</p>
<blockquote>“不是证书改变了我，是学习的过程让我重新有了底气。”</blockquote>
<p>北辰学苑AI训练师班正在招生：四级 2580 元，三级 3680 元，可分期。名额有限，想了解的朋友点击 <a href="tencent://message/?uin=1640228735&amp;Site=mp&amp;Menu=yes">QQ在线咨询</a> 或添加 QQ：1640 228 735。</p>
<p style="font-size:12px;color:#999">*文中学员故事经本人授权，收入因人而异，不代表承诺。</p>''', "2026-04-20"),
         MP_CSS, offer=True, op="U08", provider="北辰学苑",
         ids=[("qq", "1640228735", "QQ：1640 228 735")],
         note="story-style soft ad; QQ in tencent link and spaced text")

    # ------------------------------------------------------------ kv (kuaishou-like)
    page("/kv/index.html", "快映-发现", kv('''<div class="cap"><h3>#人工智能训练师 相关作品</h3><ul>
<li><a href="/kv/v-8837201.html">林老师聊考证：AI训练师到底怎么报？一条视频说清楚</a> 12.6万播放</li>
<li><a href="/kv/v-9120456.html">小鹿学证：宝妈在家也能学的AI新职业</a> 8.1万播放</li>
<li><a href="/kv/v-9501173.html">AI小满老师：三分钟看懂数据标注员</a> 3.4万播放</li>
</ul></div>'''), KV_CSS, note="video feed list")

    page("/kv/v-8837201.html", "林老师聊考证的作品", kv('''<div class="video">▶ 视频 01:26</div>
<div class="cap"><span class="author">@林老师聊考证</span> AI训练师到底怎么报？一条视频说清楚👇<br>
#人工智能训练师 #考证 #技能提升补贴<br>
四级三级都能报，五级1280起！线上学习，考完证书联网可查✅ 速证通老学员推荐有优惠🎁<br>
咨询☎️17326891457（林老师）</div>
<div class="cmt">用户8812：多少钱啊</div>
<div class="cmt"><span class="author">作者回复：</span>五级1280，四级1980，三级2980，私信发你资料，或者➕v：Stz_Ai99</div>
<div class="cmt">吃瓜小能手：不用考试吗</div>
<div class="cmt"><span class="author">作者回复：</span>要考的，我们有题库和押题，通过率很高</div>'''), KV_CSS,
        offer=True, op="U02", provider="林老师聊考证",
        ids=[("phone", "+8617326891457", "☎️17326891457"), ("wechat", "stz_ai99", "➕v：Stz_Ai99")],
        note="short video: phone in caption, WeChat in author's comment reply")

    page("/kv/v-9120456.html", "小鹿学证的作品", kv('''<div class="video">▶ 视频 00:58</div>
<div class="cap"><span class="author">@小鹿学证</span> 宝妈在家也能学的AI新职业💡每天1小时，三个月拿证！<br>
#人工智能训练师 #宝妈副业 #数据标注<br>
五级1480 四级1980 可分期 不限学历🔥</div>
<div class="cmt">momo：在哪报名</div>
<div class="cmt"><span class="author">作者回复：</span>主页有联系方式哦~ 私信或者➕wx: xiaolu_xz66</div>
<div class="cmt">路人甲：不限学历能考四级？我查的要工作年限的</div>
<div class="cmt"><span class="author">作者回复：</span>亲 具体条件私聊帮你评估</div>'''), KV_CSS,
        offer=True, op="U06", provider="小鹿学证",
        ids=[("wechat", "xiaolu_xz66", "➕wx: xiaolu_xz66")],
        note="short video; WeChat only in comment reply")

    page("/kv/v-9501173.html", "AI小满老师的作品", kv('''<div class="video">▶ 视频 03:02</div>
<div class="cap"><span class="author">@AI小满老师</span> 三分钟看懂数据标注员👀 这是人工智能训练师的一个工种<br>
想系统学的宝子，我的“AI训练师五级实操课”699元，带你做完3个真实标注项目，考证另报（认定费以机构为准）<br>
#数据标注 #人工智能训练师</div>
<div class="cmt">小白一枚：课在哪买</div>
<div class="cmt"><span class="author">作者回复：</span>V❤：xiaoman_ai 发你试听</div>
<div class="cmt">阿文：快映客服电话是多少，想举报一个骗子号</div>
<div class="cmt">快映官方小助手：您好，可拨打快映客服 400-990-5566 或在App内举报。</div>'''), KV_CSS,
        offer=True, op=None, provider="AI小满老师",
        ids=[("wechat", "xiaoman_ai", "V❤：xiaoman_ai")],
        note="independent short-video seller; platform helper quotes platform hotline in comments")

    # ------------------------------------------------------------ fenlei (classifieds)
    page("/fenlei/index.html", "教育培训-职业技能-同城汇", fenlei('''<div class="post"><h2>职业技能培训 最新信息</h2><ul>
<li><a href="/fenlei/post-2231.html">人工智能训练师考证 五级四级三级 全国可报 联网可查</a> 全国 · 04-10</li>
<li><a href="/fenlei/post-3307.html">AI训练师培训 宝妈/在职均可 晚班 可分期</a> 广州 · 04-08</li>
<li><a href="/fenlei/post-4120.html">深圳 人工智能训练师 考证培训 补贴申领指导</a> 深圳 · 04-06</li>
<li><a href="/fenlei/post-5006.html">成都 人工智能训练师四级 周末班 小班教学</a> 成都 · 04-03</li>
<li><a href="/fenlei/post-8812.html">育婴师/保育师 考证培训 包食宿实操</a> 杭州 · 04-02</li>
</ul></div>'''), FL_CSS, note="classifieds list")

    page("/fenlei/post-2231.html", "人工智能训练师考证 五级四级三级 全国可报-同城汇", fenlei('''<div class="post">
<h1>人工智能训练师考证 五级四级三级 全国可报 联网可查</h1>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>全国（线上）</td></tr>
<tr><td>发布者</td><td>证达职业咨询（个人认证）</td></tr><tr><td>价格</td><td>1280元起</td></tr></table>
<p>人工智能训练师（4-04-05-05）五级 1280元、四级 1980元、三级 2980元，含资料费和认定费，线上学习，统一安排考试，证书全国联网可查。</p>
<p>另可代办技能提升补贴申请材料。名额按批次，先到先得。</p>
<p>联系方式：微信 stz_ai99 ｜ QQ 2851736490（同步在线）</p>
<p style="color:#c00">防骗提示：本人不会以“人社部工作人员”名义联系您，凡自称“中心老师”的陌生号码（如 171 2233 8096）均非本人。</p>
</div>'''), FL_CSS, offer=True, op="U02", provider="证达职业咨询",
        ids=[("wechat", "stz_ai99", "微信 stz_ai99"), ("qq", "2851736490", "QQ 2851736490")],
        note="classifieds offer; anti-fraud note copies the scam number from the news")

    page("/fenlei/post-3307.html", "AI训练师培训 宝妈/在职均可 晚班-同城汇", fenlei('''<div class="post">
<h1>AI训练师培训 宝妈/在职均可 晚班 可分期</h1>
<table class="info"><tr><td>区域</td><td>广州 天河</td></tr><tr><td>机构</td><td>鹿鸣职培</td></tr>
<tr><td>联系人</td><td>鹿老师</td></tr><tr><td>电话</td><td>188 2107 6634</td></tr></table>
<p>开设人工智能训练师五级、四级晚班（19:30-21:30），五级1480，四级1980，可分3期。数据标注、模型测试实操，学完推荐兼职标注项目。</p>
<p>报名需提供身份证、学历证明、工作年限证明。证书由备案评价机构颁发，可在osta.org.cn查询。</p>
<p>QQ：3319077525 ｜ 到店地址：天河区体育西路（预约后发定位）</p>
</div>'''), FL_CSS, offer=True, op="U06", provider="鹿鸣职培",
        ids=[("phone", "+8618821076634", "188 2107 6634"), ("qq", "3319077525", "QQ：3319077525")],
        note="classifieds offer with phone and QQ in the info table/text")

    page("/fenlei/post-4120.html", "深圳 人工智能训练师 考证培训 补贴申领指导-同城汇", fenlei('''<div class="post">
<h1>深圳 人工智能训练师 考证培训 补贴申领指导</h1>
<table class="info"><tr><td>区域</td><td>深圳 南山</td></tr><tr><td>发布者</td><td>恒老师</td></tr>
<tr><td>价格</td><td>2580-3280元</td></tr></table>
<p>恒知教育常年开设人工智能训练师四级、三级课程，南山科技园实操教室，晚班/周末班。四级2580元，三级3280元（含认定费）。参保满1年的学员，拿证后指导申请技能提升补贴。</p>
<p>电话：０７５５－２３３１８８６０（恒老师）</p>
<p>学员交流QQ群 587203165</p>
</div>'''), FL_CSS, offer=True, op="U09", provider="恒知教育",
        ids=[("phone", "+8675523318860", "０７５５－２３３１８８６０"), ("qq_group", "587203165", "QQ群 587203165")],
        note="classifieds offer; landline in full-width digits")

    page("/fenlei/post-5006.html", "成都 人工智能训练师四级 周末班-同城汇", fenlei('''<div class="post">
<h1>成都 人工智能训练师四级 周末班 小班教学</h1>
<table class="info"><tr><td>区域</td><td>成都 高新区</td></tr><tr><td>机构</td><td>蓉城职教</td></tr></table>
<p>人工智能训练师四级（中级工）周末小班，每班不超过20人，学费2280元，认定费按评价机构标准另缴。报名前审核工作年限。</p>
<p>咨询报名：138-8047-6152 何老师（可加微信）</p>
<p>补贴政策请以成都市人社局公布为准，可拨打12333咨询。</p>
</div>'''), FL_CSS, offer=True, op=None, provider="蓉城职教",
        ids=[("phone", "+8613880476152", "138-8047-6152")],
        note="independent classifieds offer")

    page("/fenlei/post-8812.html", "育婴师/保育师 考证培训 包食宿实操-同城汇", fenlei('''<div class="post">
<h1>育婴师/保育师 考证培训 包食宿实操</h1>
<table class="info"><tr><td>区域</td><td>杭州 拱墅</td></tr><tr><td>机构</td><td>暖阳家政培训</td></tr></table>
<p>育婴师五级/四级、保育师考证班，7天集中实操，包食宿，学费1880元，推荐月嫂育儿嫂就业。</p>
<p>电话 159-0813-2277 王老师</p>
</div>'''), FL_CSS, note="ad for a different occupation (育婴师), not an AI-trainer offer")

    # ------------------------------------------------------------ edu portal
    page("/edu/index.html", "职教在线-职业教育门户", edu('''<div class="main">
<h2>考证资讯</h2><ul>
<li>人工智能训练师（4-04-05-05）2026年认定安排汇总：以各评价机构公告为准</li>
<li>技能提升补贴申领指南：参保满一年，五级1000元/四级1500元/三级2000元为上限，咨询12333</li>
<li>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</li>
</ul>
<p><a href="/edu/jigou.html">进入机构库 »</a></p></div>'''), EDU_CSS, note="portal home")

    page("/edu/jigou.html", "机构库-人工智能训练师-职教在线", edu('''<div class="main">
<h2>机构库 · 人工智能训练师 相关培训机构</h2>
<p>筛选：全部地区 ｜ 培训机构 ｜ 评价机构（以 pjjg.osta.org.cn 公示为准）</p>
<table><tr><th>机构名称</th><th>地区</th><th>类型</th><th>评分</th></tr>
<tr><td><a href="/edu/school-mingde.html">济南明德职业培训学校</a></td><td>山东济南</td><td>民办培训学校</td><td>4.6</td></tr>
<tr><td><a href="/edu/school-hengzhi.html">恒知教育（深圳）</a></td><td>广东深圳</td><td>培训机构</td><td>4.5</td></tr>
<tr><td>杭州某职业技能鉴定所</td><td>浙江杭州</td><td>评价机构</td><td>—</td></tr>
</table>
<p>机构信息由机构自行填报并经本站初审，本站不对培训质量作保证。入驻及纠错请致电 ''' + EDU_TEL + '''。</p></div>'''),
         EDU_CSS, note="institution directory list, names only")

    page("/edu/school-mingde.html", "济南明德职业培训学校-机构库-职教在线", edu('''<div class="main">
<h1>济南明德职业培训学校</h1>
<p>办学性质：民办职业培训学校 ｜ 办学许可证：人社民3701022019xxxx（已核验）</p>
<p>统一社会信用代码：''' + USCC_MINGDE + '''</p>
<h3>开设课程</h3>
<table><tr><th>课程</th><th>课时</th><th>学费</th></tr>
<tr><td>人工智能训练师 五级</td><td>60</td><td>1600元</td></tr>
<tr><td>人工智能训练师 四级</td><td>50</td><td>2100元</td></tr></table>
<p>符合条件的学员可申请职业培训补贴，详询济南市人社局或12333。</p>
<p>招生电话：0531-8861 2093 ｜ 地址：济南市历下区解放路</p>
<p><button>在线预约试听</button></p></div>'''), EDU_CSS, offer=True, op=None, provider="济南明德职业培训学校",
        ids=[("phone", "+8653188612093", "0531-8861 2093"), ("uscc", USCC_MINGDE, USCC_MINGDE)],
        note="independent institution page in an education-portal directory")

    page("/edu/school-hengzhi.html", "恒知教育（深圳）-机构库-职教在线", edu('''<div class="main">
<h1>恒知教育（深圳）</h1>
<p>机构简介：恒知教育专注人工智能、数字技能方向职业培训，南山科技园自有实操教室。</p>
<h3>人工智能训练师课程</h3>
<table><tr><th>班型</th><th>学费</th><th>说明</th></tr>
<tr><td>四级 晚班</td><td>2580元</td><td>含认定费</td></tr>
<tr><td>三级 周末班</td><td>3280元</td><td>需四级证+工作年限</td></tr></table>
<p>官网：www.hengzhiedu.com ｜ 招生邮箱：zhaosheng@hengzhiedu.com ｜ 咨询电话：0755-23318860</p></div>'''),
         EDU_CSS, offer=True, op="U09", provider="恒知教育",
         ids=[("domain", "hengzhiedu.com", "www.hengzhiedu.com"),
              ("email", "zhaosheng@hengzhiedu.com", "zhaosheng@hengzhiedu.com"),
              ("phone", "+8675523318860", "0755-23318860")],
         note="institution page in the portal directory with fees and contacts")

    # ------------------------------------------------------------ news
    page("/news/index.html", "钱江民生网", news('''<div class="main"><h2>曝光台 · 教育</h2><ul>
<li><a href="/news/2026/0315-jingti.html">“人社部直接发证”？警惕AI训练师证书骗局</a> 2026-03-15</li>
<li><a href="/news/2026/0408-tuiguang.html">【推广】抢抓人工智能新职业机遇 中科启智助力职场人转型</a> 2026-04-08</li>
</ul></div>'''), NEWS_CSS, note="news list")

    page("/news/2026/0315-jingti.html", "“人社部直接发证”？警惕AI训练师证书骗局-钱江民生网", news('''<div class="main">
<h1>“人社部直接发证”？警惕AI训练师证书骗局</h1>
<p class="meta">2026-03-15 记者 陈晓 ｜ 来源：钱江民生网</p>
<p>近日，市民李女士向本网反映，她在网上看到“人工智能训练师三级不用考试、人社部直接发证”的广告，按对方要求转账2980元后，收到一本“证书”，对方称可在网站 zgjnrc-cx.com 查询。李女士到人社部门核实，才发现该网站为仿冒网站。</p>
<p>记者拨打李女士提供的对方电话 171 2233 8096，已无法接通；对方QQ号 3012288471 也已注销。</p>
<p>省职业技能鉴定指导中心工作人员介绍，职业技能等级证书由经人社部门备案的评价机构颁发，可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）核验，“人社部颁发”“不考试直接发证”的说法均不属实。市民如有疑问可拨打12333人社服务热线或省鉴定中心咨询电话0571-8705 2555，遇到诈骗请拨打110或12345市民热线反映。</p>
<p>律师提醒，依据《广告法》，教育培训广告不得对考试通过、取得证书作出明示或暗示的保证性承诺。</p>
</div>'''), NEWS_CSS, note="warning news piece quoting scam phone, fake query domain and scam QQ; public hotlines")

    page("/news/2026/0408-tuiguang.html", "抢抓人工智能新职业机遇 中科启智助力职场人转型-钱江民生网", news('''<div class="main">
<p><span class="tag">推广</span></p>
<h1>抢抓人工智能新职业机遇 中科启智助力职场人转型</h1>
<p class="meta">2026-04-08 ｜ 来源：企业供稿</p>
<p>随着大模型应用加速落地，人工智能训练师成为炙手可热的新职业。中科启智教育深耕职业技能培训多年，已累计培养学员3万余人。</p>
<p>据介绍，中科启智人工智能训练师课程覆盖五级至三级，采用“理论直播+项目实操+考前冲刺”模式，四级课程2380元、三级课程3280元，并为学员提供就业推荐服务。</p>
<p>“我们希望让更多普通人掌握AI技能。”中科启智负责人表示。</p>
<p>报名咨询：010-6253 8817 ｜ 官网：www.zkqz-edu.com</p>
<p style="font-size:12px;color:#999">（本文为企业推广信息，不代表本网观点）</p>
</div>'''), NEWS_CSS, offer=True, op="U05", provider="中科启智",
        ids=[("phone", "+861062538817", "010-6253 8817"), ("domain", "zkqz-edu.com", "www.zkqz-edu.com")],
        note="paid advertorial on a news site")

    # ------------------------------------------------------------ jobs
    page("/jobs/index.html", "职达招聘-找工作", jobs('''<div class="main"><h2>AI / 数据标注 相关职位</h2><ul>
<li><a href="/jobs/job-55102.html">AI数据标注员（居家办公）</a> 4000-8000元 · 西安</li>
<li><a href="/jobs/job-58001.html">数据标注专员</a> 5000-7000元 · 杭州</li>
<li><a href="/jobs/job-60318.html">储备讲师/人工智能训练师（带薪培训）</a> 6000-12000元 · 广州</li>
<li><a href="/jobs/job-71220.html">AI训练师实习生</a> 3000-5000元 · 苏州</li>
</ul></div>'''), JOB_CSS, note="job list")

    page("/jobs/job-55102.html", "AI数据标注员（居家办公）-职达招聘", jobs('''<div class="main">
<h1>AI数据标注员（居家办公）</h1><p class="sal">4000-8000元/月</p>
<p>西安 ｜ 经验不限 ｜ 学历不限 ｜ 星图数聚</p>
<h3>职位描述</h3>
<p>1. 负责图片、文本、语音数据标注，时间自由，按件计酬；<br>2. 新人需先参加公司岗前培训并取得人工智能训练师（五级）证书后上岗，培训考证费1980元（可从首月工资中返还1000元）；<br>3. 电脑操作熟练即可。</p>
<p>联系HR：张经理 136 0291 7785</p>
<p>公司：西安星图数聚信息技术有限公司 ｜ 高新区锦业路</p>
</div>'''), JOB_CSS, offer=True, op="U03", provider="星图数聚",
        ids=[("phone", "+8613602917785", "136 0291 7785"),
             ("other", "西安星图数聚信息技术有限公司", "西安星图数聚信息技术有限公司")],
        note="job post that is really paid training + certificate")

    page("/jobs/job-58001.html", "数据标注专员-职达招聘", jobs('''<div class="main">
<h1>数据标注专员</h1><p class="sal">5000-7000元/月 · 13薪</p>
<p>杭州 ｜ 1年以内 ｜ 大专 ｜ 某智能科技公司</p>
<p>负责自动驾驶点云与图像标注、质检；公司提供免费岗前培训，无任何收费。有人工智能训练师证书者优先，无证亦可。</p>
<p>投递方式：请通过本平台在线投递简历。</p>
</div>'''), JOB_CSS, note="genuine job, no fee, no seller contact")

    page("/jobs/job-60318.html", "储备讲师/人工智能训练师（带薪培训）-职达招聘", jobs('''<div class="main">
<h1>储备讲师/人工智能训练师（带薪培训）</h1><p class="sal">6000-12000元/月</p>
<p>广州 ｜ 经验不限 ｜ 大专 ｜ 羊城AI人才服务</p>
<h3>岗位要求</h3>
<p>入职前需参加“人工智能训练师三级讲师班”，学费4680元（含教材、认定费），结业考核通过后签约上岗，培训期间提供生活补助。</p>
<p>培训费用请转账至培训合作单位对公账户：广州天宇职业培训学校有限公司，开户行：工商银行广州天河支行，转账备注“姓名+讲师班”。</p>
<p>面试地点：天河区天河路</p>
</div>'''), JOB_CSS, offer=True, op="U07", provider="羊城AI人才服务",
        ids=[("other", "广州天宇职业培训学校有限公司", "对公账户：广州天宇职业培训学校有限公司")],
        note="job ad that sells a paid 'lecturer class'; payee company ties it")

    page("/jobs/job-71220.html", "AI训练师实习生-职达招聘", jobs('''<div class="main">
<h1>AI训练师实习生</h1><p class="sal">3000-5000元/月</p>
<p>苏州 ｜ 在校生/应届生 ｜ 云启数标</p>
<p>实习期3个月，表现优秀可转正。实习生需完成公司“AI训练师五级认证课程”（799元，含题库与认定报名服务），完成后安排标注项目。</p>
<p>简历及报名请发送至 hr@yunqishubiao.com，邮件标题“实习+姓名+学校”。</p>
</div>'''), JOB_CSS, offer=True, op=None, provider="云启数标",
        ids=[("email", "hr@yunqishubiao.com", "hr@yunqishubiao.com")],
        note="independent: internship ad with a paid certification course")

    # ------------------------------------------------------------ sellers' own sites
    CORP = (".nav{background:#123c69;color:#fff;padding:10px 16px}.nav a{color:#fff;margin-right:14px}.main{padding:14px 16px;"
            "max-width:900px}.foot{background:#222;color:#aaa;font-size:12px;padding:12px 16px}.warn{color:#b00;font-size:13px}")
    LAND = (".hero{background:linear-gradient(#3a7bd5,#00d2ff);color:#fff;padding:24px 16px}.sec{padding:12px 16px}"
            ".bar{position:fixed;bottom:0;left:0;right:0;display:flex;background:#fff;border-top:1px solid #ddd}"
            ".bar a{flex:1;text-align:center;padding:12px 0}.bar .hot{background:#ff5000;color:#fff}.foot{font-size:12px;color:#999;padding:12px 16px 70px}")

    page("/qiyuan/index.html", "启元职教-杭州启元智训教育科技有限公司", '''<div class="nav"><b>启元职教</b>
<a href="/qiyuan/index.html">首页</a><a href="/qiyuan/kecheng.html">课程中心</a><a href="/qiyuan/kecheng.html#contact">联系我们</a></div>
<div class="main"><h2>让每个人都能掌握数字技能</h2>
<p>启元职教成立于2018年，专注数字技能与人工智能方向职业培训，与多家备案评价机构合作开展职业技能等级认定。</p>
<p>新闻动态：① 2026年二季度开班计划发布 ② 我校教师参加省职工职业技能大赛人工智能训练师赛项</p>
<p class="warn">【郑重声明】近期有不法分子冒用我校名义，以“人社部直接发证”为由收费，其电话 171 2233 8096 与我校无关。证书真伪请以 zscx.osta.org.cn 查询结果为准。</p></div>
<div class="foot">杭州启元智训教育科技有限公司 ｜ 统一社会信用代码 ''' + USCC_QIYUAN + ''' ｜ 电话 0571-8697 3320 ｜ 浙ICP备20031877号-1</div>''',
         CORP, note="seller's corporate home page without an offer (no fee, no course sign-up)")

    page("/qiyuan/kecheng.html", "课程中心-人工智能训练师-启元职教", '''<div class="nav"><b>启元职教</b>
<a href="/qiyuan/index.html">首页</a><a href="/qiyuan/kecheng.html">课程中心</a></div>
<div class="main"><h2>人工智能训练师（4-04-05-05）职业技能等级培训</h2>
<table border="1" cellpadding="6"><tr><th>等级</th><th>课时</th><th>学费（含认定费）</th><th>开班</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1880元</td><td>每月</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2680元</td><td>双月</td></tr>
<tr><td>三级/高级工</td><td>40+实操</td><td>3480元</td><td>每季度</td></tr></table>
<p>报名材料：身份证、学历证明、工作年限证明（单位盖章）。我们会在报名前核对申报条件。</p>
<h3 id="contact">报名咨询</h3>
<p>电话：0571-8697 3320 ｜ 微信号：ZXWL_kefu08（课程顾问 陈老师）</p>
<p>政策咨询可拨打 12333 或省鉴定中心 0571-8705 2555。</p></div>
<div class="foot">启元职教 版权所有 ｜ 地址：杭州市西湖区文二路</div>''',
         CORP, offer=True, op="U01", provider="启元职教",
         ids=[("phone", "+8657186973320", "0571-8697 3320"), ("wechat", "zxwl_kefu08", "微信号：ZXWL_kefu08")],
         note="corporate course page; WeChat id written in mixed case")

    page("/m-sutong/index.html", "速证通-人工智能训练师考证报名", '''<div class="hero"><h1>人工智能训练师 考证报名</h1>
<p>五级1280 / 四级1980 / 三级2980 ｜ 线上学 · 统一考 · 联网可查</p></div>
<div class="sec"><h3>为什么选速证通</h3><p>✔ 8年考证服务经验 ✔ 专属班主任 ✔ 题库+模拟考 ✔ 协助申请补贴</p>
<h3>免费领取报考资料</h3><form><input name="name" placeholder="您的姓名"><input name="tel" placeholder="''' + PLACEHOLDER + '''"><button>立即领取</button></form>
<p>咨询热线：173-2689-1457（林老师）</p>
<p style="font-size:12px">证书样本：<img src="/m-sutong/cert.jpg" alt="证书样本 编号S000044011230253000123"></p></div>
<div class="foot">©2026 sutongzheng.cn 速证通 ｜ 所有图片仅供参考''' + BUILDER + '''</div>
<div class="bar"><a href="tel:17326891457">📞 电话咨询</a><a class="hot" href="#">💬 在线报名</a></div>''',
         LAND, mobile=True, offer=True, op="U02", provider="速证通",
         ids=[("phone", "+8617326891457", "173-2689-1457"), ("domain", "sutongzheng.cn", "sutongzheng.cn")],
         note="mobile landing page with floating bottom bar; builder credit and form placeholder in page")

    page("/lingxi-ai/index.html", "灵犀AI学苑-人工智能训练师培训", '''<div class="nav"><b>灵犀AI学苑</b> <a href="/lingxi-ai/index.html">首页</a></div>
<div class="main"><h2>灵犀AI学苑 · 人工智能训练师 五级/四级 课程</h2>
<p>线上直播+录播，数据标注与算法测试两个工种方向。五级1680元（含认定费），四级2280元。报名前审核工作年限，不符合条件不收费。</p>
<p>学员QQ群：736214589 ｜ 招生邮箱：zs@lingxiai.com.cn</p>
<p class="warn">提醒：本学苑从不以“人社部”名义电话招生，陌生号码（如171 2233 8096）请勿轻信。</p></div>
<div class="foot">lingxiai.com.cn 版权所有 ｜ 陕ICP备2023008812号''' + BUILDER + '''</div>''',
         CORP, offer=True, op="U03", provider="灵犀AI学苑",
         ids=[("qq_group", "736214589", "学员QQ群：736214589"), ("email", "zs@lingxiai.com.cn", "zs@lingxiai.com.cn"),
              ("domain", "lingxiai.com.cn", "lingxiai.com.cn")],
         note="seller's own one-page site; footer domain and builder credit")

    page("/huazhi/index.html", "华智云课-人工智能训练师在线培训", '''<div class="nav"><b>华智云课</b> <a href="/huazhi/index.html">首页</a> <a href="/huazhi-mp/share.html">小程序</a></div>
<div class="main"><h2>华智云课 · AI训练师在线学院</h2>
<p>人工智能训练师五级 1580元 ｜ 四级 2380元 ｜ 三级 3580元，随报随学，每季度统一认定。企业团报另议。</p>
<p>全国服务热线：400-867-2351（9:00-21:00）</p>
<p>同步在线：课立方“华智课堂专营店”、微信小程序“AI证书通”。</p></div>
<div class="foot">深圳华智云课科技有限公司 版权所有 ｜ 统一社会信用代码：''' + USCC_HUAZHI + ''' ｜ 粤ICP备2021xxxx号</div>''',
         CORP, offer=True, op="U04", provider="华智云课",
         ids=[("uscc", USCC_HUAZHI, "统一社会信用代码：" + USCC_HUAZHI), ("phone", "+864008672351", "400-867-2351"),
              ("other", "深圳华智云课科技有限公司", "深圳华智云课科技有限公司 版权所有")],
         note="corporate site; USCC in footer and 400 hotline")

    page("/huazhi-mp/share.html", "AI证书通-小程序分享", '''<div class="sec"><p style="color:#888">“AI证书通”小程序 分享给你</p>
<h2>人工智能训练师 五级/四级/三级 报名中</h2>
<p>五级¥1580 · 四级¥2380 · 三级¥3580 ｜ 已有 12,806 人报名</p>
<form><input name="tel" placeholder="''' + PLACEHOLDER + '''"><button>预约报名</button></form>
<p>客服：<a href="tel:4008672351">4008672351</a></p>
<p style="font-size:12px;color:#999">长按识别小程序码进入 ｜ 本页面由小程序生成，服务由商家提供</p></div>''',
         LAND, mobile=True, offer=True, op="U04", provider="AI证书通",
         ids=[("phone", "+864008672351", "4008672351")],
         note="mini-program share page; 400 number without separators")

    page("/xiaolu/index.html", "小鹿学证-宝妈也能学的AI新职业", '''<div class="hero"><h1>小鹿学证 · AI训练师</h1><p>每天1小时 · 五级1480 · 四级1980 · 可分期</p></div>
<div class="sec"><p>课程包含：数据标注实操、模型测试入门、考前模拟。报名请先咨询是否符合申报条件。</p>
<form><input name="tel" placeholder="''' + PLACEHOLDER + '''"><button>免费试听</button></form>
<p>微信：xiaolu_xz66 ｜ 电话：+86 188 2107 6634</p></div>
<div class="foot">小鹿学证''' + BUILDER + '''</div>
<div class="bar"><a href="#">微信：xiaolu_xz66</a><a class="hot" href="tel:+8618821076634">立即咨询</a></div>''',
         LAND, mobile=True, offer=True, op="U06", provider="小鹿学证",
         ids=[("wechat", "xiaolu_xz66", "微信：xiaolu_xz66"), ("phone", "+8618821076634", "+86 188 2107 6634")],
         note="mobile landing with floating bar; builder credit")

    page("/tianyu/index.html", "天宇职业技能培训", '''<div class="nav"><b>天宇职业技能培训</b>
<a href="/tianyu/index.html">首页</a><a href="/tianyu/kecheng.html">课程</a><a href="/tianyu/baoming.html">报名缴费</a></div>
<div class="main"><h2>学技能 到天宇</h2><p>天宇职业技能培训创办于2012年，开设电工、焊工、人工智能训练师等职业技能课程，年培训学员5000余人次。</p>
<p>学校动态：第18期人工智能训练师实操考核顺利结束；关于清明节放假的通知。</p></div>
<div class="foot">天宇职业技能培训 ｜ 广州市天河区</div>''', CORP,
         note="seller homepage, no fee or contact; links to course and enrolment pages")

    page("/tianyu/kecheng.html", "人工智能训练师课程-天宇职业技能培训", '''<div class="nav"><b>天宇职业技能培训</b>
<a href="/tianyu/index.html">首页</a><a href="/tianyu/kecheng.html">课程</a><a href="/tianyu/baoming.html">报名缴费</a></div>
<div class="main"><h2>人工智能训练师（四级/三级）</h2>
<p>四级：50课时，学费2480元；三级：40课时+项目实训，学费3380元。认定费按评价机构收费标准另行缴纳。</p>
<p>招生咨询：020-38294410 ｜ 邮箱：tianyu_px@126.com</p>
<p class="warn">反诈提醒：本校不会通过个人账户收款；自称“人社部考务中心”的电话171 2233 8096系诈骗，请勿理会。</p></div>
<div class="foot">天宇职业技能培训 ｜ 广州市天河区</div>''', CORP, offer=True, op="U07", provider="天宇职业技能培训",
         ids=[("phone", "+862038294410", "020-38294410"), ("email", "tianyu_px@126.com", "tianyu_px@126.com")],
         note="corporate course page with fees and contacts")

    page("/tianyu/baoming.html", "报名缴费-天宇职业技能培训", '''<div class="nav"><b>天宇职业技能培训</b>
<a href="/tianyu/index.html">首页</a><a href="/tianyu/kecheng.html">课程</a><a href="/tianyu/baoming.html">报名缴费</a></div>
<div class="main"><h2>报名缴费说明</h2>
<p>1. 填写报名表并上传身份证、学历及工作年限证明；2. 审核通过后缴纳学费（人工智能训练师四级2480元/三级3380元）；3. 入班学习。</p>
<p>对公转账：户名 广州天宇职业培训学校有限公司 ｜ 账号 3602 0012 0910 0458 871 ｜ 开户行 工商银行广州天河支行</p>
<p>缴费后请致电 (020)3829 4410 确认，我们将开具正规发票。</p></div>
<div class="foot">天宇职业技能培训 ｜ 广州市天河区</div>''', CORP, offer=True, op="U07", provider="天宇职业技能培训",
         ids=[("phone", "+862038294410", "(020)3829 4410"),
              ("other", "广州天宇职业培训学校有限公司", "户名 广州天宇职业培训学校有限公司"),
              ("other", "3602001209100458871", "账号 3602 0012 0910 0458 871")],
         note="enrolment/payment page; payee name and bank account")

    page("/beichen-mini/share.html", "北辰AI证书助手-小程序分享", '''<div class="sec"><p style="color:#888">来自小程序「北辰AI证书助手」</p>
<h2>人工智能训练师四级/三级 春季班</h2>
<p>四级 ¥2580 ｜ 三级 ¥3680（含认定费）｜ 支持分期</p>
<p>报名顾问：155 2709 3316 ｜ <a href="tencent://message/?uin=1640228735&amp;Site=mini&amp;Menu=yes">QQ咨询</a></p>
<p style="font-size:12px;color:#999">北辰学苑 提供服务</p></div>''',
         LAND, mobile=True, offer=True, op="U08", provider="北辰AI证书助手",
         ids=[("phone", "+8615527093316", "155 2709 3316"),
              ("qq", "1640228735", "tencent://message/?uin=1640228735&amp;Site=mini&amp;Menu=yes")],
         note="mini-program share page; QQ only in tencent link")

    page("/yuanjing/index.html", "远景AI课堂-人工智能训练师", '''<div class="hero"><h1>远景AI课堂</h1><p>人工智能训练师五级/四级 · 随到随学 · 每月认定</p></div>
<div class="sec"><p>五级 1380 元 ｜ 四级 1880 元。课程含实操项目，学完可推荐标注兼职。</p>
<form><input name="tel" placeholder="''' + PLACEHOLDER + '''"><button>预约回电</button></form>
<p>报名热线 400-017-6628</p></div>
<div class="foot">yuanjingai.cn ｜ 远景AI课堂''' + BUILDER + '''</div>
<div class="bar"><a href="tel:4000176628">电话</a><a class="hot" href="#">报名</a></div>''',
         LAND, mobile=True, offer=True, op=None, provider="远景AI课堂",
         ids=[("phone", "+864000176628", "400-017-6628"), ("domain", "yuanjingai.cn", "yuanjingai.cn")],
         note="independent mobile landing; same web builder credit as unrelated sellers")

    # ------------------------------------------------------------ root
    page("/index.html", "考证信息导航", '''<h1>考证信息导航</h1>
<h3>平台</h3><ul>
<li><a href="/mall/index.html">课立方 职业教育商城</a></li>
<li><a href="/group/index.html">邻组 · 考证互助小组</a></li>
<li><a href="/ask/index.html">问知 · 职业资格话题</a></li>
<li><a href="/mp/index.html">公众号文章</a></li>
<li><a href="/kv/index.html">快映短视频</a></li>
<li><a href="/fenlei/index.html">同城汇分类信息</a></li>
<li><a href="/edu/index.html">职教在线</a></li>
<li><a href="/news/index.html">钱江民生网</a></li>
<li><a href="/jobs/index.html">职达招聘</a></li></ul>
<h3>机构网站</h3><ul>
<li><a href="/qiyuan/index.html">启元职教</a></li>
<li><a href="/m-sutong/index.html">速证通</a></li>
<li><a href="/lingxi-ai/index.html">灵犀AI学苑</a></li>
<li><a href="/huazhi/index.html">华智云课</a></li>
<li><a href="/xiaolu/index.html">小鹿学证</a></li>
<li><a href="/tianyu/index.html">天宇职业技能培训</a></li>
<li><a href="/beichen-mini/share.html">北辰AI证书助手</a></li>
<li><a href="/yuanjing/index.html">远景AI课堂</a></li></ul>''', "", note="root index")


# ================================================================ decoys
DECOYS = [
    ("phone", "+8612333", "national HR & social-security hotline"),
    ("phone", "+8612345", "citizen service hotline"),
    ("phone", "+8695017", "WeChat platform customer service quoted in article footers"),
    ("phone", "+8657187052555", "provincial skill-appraisal centre hotline"),
    ("phone", "+864006007788", "mall platform customer service, on every mall page"),
    ("phone", "+864009905566", "short-video platform customer service"),
    ("phone", "+864008851234", "job-site customer service"),
    ("phone", "+8657156901234", "classifieds platform customer service"),
    ("phone", "+861059773150", "education portal listing/correction line"),
    ("phone", "+8657185109999", "news site tips line"),
    ("phone", "+8617122338096", "scam number from the warning, copied into sellers' anti-fraud notes"),
    ("phone", "+8613800138000", "form placeholder on landing pages"),
    ("email", "service@kelifang.com", "mall platform e-mail"),
    ("email", "jubao@linzu.net", "forum report address"),
    ("email", "copyright@wenzhi.net", "Q&A site copyright address"),
    ("email", "jubao@gzzhaopin.cn", "job-site report address"),
    ("domain", "osta.org.cn", "official certificate query / registry sites"),
    ("domain", "zgjnrc-cx.com", "fake query site quoted in warnings"),
    ("domain", "yunfanjz.com", "web builder credit in unrelated sellers' footers"),
    ("domain", "kelifang.com", "mall platform domain"),
    ("domain", "linzu.net", "forum platform domain"),
    ("domain", "wenzhi.net", "Q&A platform domain"),
    ("domain", "kuaiying.com", "short-video platform domain"),
    ("domain", "gzzhaopin.cn", "job-site domain"),
    ("qq", "800060120", "web builder's sales QQ in sellers' footers"),
    ("qq", "3012288471", "scam QQ quoted in warnings"),
    ("uscc", USCC_MALL, "mall operator's USCC on every mall page"),
    ("uscc", USCC_EDUPORTAL, "education portal's USCC on every portal page"),
    ("other", MALL_PAYEE, "mall escrow payee shared by all shops"),
    ("other", FL_PAYEE, "classifieds escrow payee"),
    ("other", "北京职教在线信息技术有限公司", "education portal company name"),
    ("other", CERT_SAMPLE, "sample certificate number copied by unrelated sellers"),
    ("other", "4-04-05-05", "occupation code"),
    ("other", "260412183300971", "buyer's order number in a mall Q&A"),
    ("other", "2026044010512037", "admission-ticket number shown in a forum post"),
]

FW = str.maketrans("０１２３４５６７８９＋－（）＠", "0123456789+-()@")


def phone_core(v):
    d = v[3:]
    if d.startswith(("1", "400", "800", "95")) and (len(d) in (5, 11) or d.startswith(("400", "800"))):
        return d
    return "0" + d


def scan(kind, value, html):
    text = html.translate(FW)
    if kind == "phone":
        core = phone_core(value)
        rx = r"(?<!\d)" + r"[\s\-()]*".join(core) + r"(?!\d)"
        return re.search(rx, text) is not None
    return value.lower() in text.lower()


def write():
    build()
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for path, p in PAGES.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = []
    for path in sorted(PAGES):
        p = PAGES[path]
        pages.append({"path": path, "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"], "identifiers": p["identifiers"], "note": p["note"]})

    ops = {}
    for p in pages:
        if p["operator"]:
            ops.setdefault(p["operator"], []).append(p)
    operators = []
    for op in sorted(ops):
        plist = ops[op]
        brands = []
        for p in plist:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        ties = []
        for i, a in enumerate(plist):
            sa = {(k, v) for k, v, _ in a["identifiers"]}
            for b in plist[i + 1:]:
                shared = sorted(sa & {(k, v) for k, v, _ in b["identifiers"]})
                for k, v in shared:
                    ties.append("%s <-> %s by %s %s" % (a["path"], b["path"], k, v))
        operators.append([op, {"brands": brands, "ties": "; ".join(ties)}])

    decoys = []
    for kind, value, why in DECOYS:
        paths = sorted(path for path, p in PAGES.items() if scan(kind, value, p["html"]))
        decoys.append({"kind": kind, "value": value, "paths": paths})

    truth = {
        "description": ("operators-2026-12l: sealed labeled web of Chinese 人工智能训练师 course ads on one host "
                        "(mall, forum, Q&A, official-account articles, short video, classifieds, education "
                        "portal, news, job site and sellers' own sites). Operators U01-U09 are chains of offers "
                        "tied by shared seller identifiers; independents share nothing; decoys are shared "
                        "public/platform/scam/boilerplate strings that must not tie sellers."),
        "pages": pages,
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    n_off = sum(p["is_offer"] for p in pages)
    print("pages %d offers %d operators %d decoys %d" % (len(pages), n_off, len(operators), len(decoys)))


if __name__ == "__main__":
    write()
