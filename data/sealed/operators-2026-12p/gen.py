#!/usr/bin/env python3
"""Generate the sealed labeled web operators-2026-12p (stdlib only).

Writes site/ (HTML pages + robots.txt) and truth.json next to this file.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    tot = 0
    for ch, wi in zip(s8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * wi
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    s17 = prefix8 + org8 + _org_check(org8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s17, WTS)) % 31
    return s17 + ALPH[0 if r == 31 else r]


C_U02 = uscc("91330106", "MA2H3K7Y")   # 杭州鼎众教育科技有限公司
C_U05 = uscc("91440300", "MA5F8R2N")   # 深圳明途教育咨询有限公司
C_U08 = uscc("91420100", "MA4K9T1C")   # 武汉睿智未来科技有限公司
C_I03 = uscc("52420100", "MJ603147")   # 武汉市江城职业技能培训学校 (民非)
C_PARTNER = uscc("52330000", "MJ881230")  # a filed evaluation centre quoted by several sellers
C_JOB = uscc("91320594", "MA7C2D4E")   # genuine employer, job ad
C_YUYING = uscc("91370102", "MA3P6Q8B")  # other-occupation seller

# ---------------------------------------------------------------- decoys
DECOYS = {
    "h12333": ("phone", "12333", "public_hotline"),
    "h12345": ("phone", "12345", "public_hotline"),
    "h96110": ("phone", "96110", "public_hotline"),
    "zj12333": ("phone", "+8657112333", "provincial_hotline"),
    "hb12333": ("phone", "+862712333", "provincial_hotline"),
    "osta": ("domain", "osta.org.cn", "official_verification_site"),
    "mohrss": ("domain", "mohrss.gov.cn", "official_verification_site"),
    "zjgov": ("domain", "rlsbt.zj.gov.cn", "official_verification_site"),
    "ty_tel": ("phone", "+864006003388", "platform_customer_service"),
    "ty_mail": ("email", "service@taoyouji.com", "platform_customer_service"),
    "ty_dom": ("domain", "taoyouji.com", "platform_footer"),
    "ty_icp": ("other", "浙ICP备2021033578号-1", "platform_footer"),
    "pp_tel": ("phone", "+864008807766", "platform_customer_service"),
    "pp_dom": ("domain", "pinpingou.cn", "platform_footer"),
    "yt_tel": ("phone", "+864000105858", "platform_customer_service"),
    "yt_dom": ("domain", "yitie58.com", "platform_footer"),
    "yt_icp": ("other", "京ICP备19047716号", "platform_footer"),
    "pd_tel": ("phone", "+861084567000", "platform_customer_service"),
    "pd_mail": ("email", "jubao@pindawang.com", "platform_customer_service"),
    "pd_dom": ("domain", "pindawang.com", "platform_footer"),
    "wz_dom": ("domain", "wenzhishe.cn", "platform_footer"),
    "wz_mail": ("email", "help@wenzhishe.cn", "platform_customer_service"),
    "wb_dom": ("domain", "weiyanbo.cn", "platform_footer"),
    "nt_dom": ("domain", "xiaolanshu.cn", "platform_footer"),
    "bbs_dom": ("domain", "tieliao.net", "platform_footer"),
    "qun_dom": ("domain", "qunjilu.cn", "platform_footer"),
    "mp_dom": ("domain", "weiketong.cn", "mini_program_platform"),
    "mp_mail": ("email", "kf@weiketong.cn", "mini_program_platform"),
    "jz_dom": ("domain", "jianzhiba.cn", "platform_footer"),
    "jz_qq": ("qq", "800900517", "platform_customer_service"),
    "sj_dom": ("domain", "sujianyun.com", "site_builder_credit"),
    "sj_qq": ("qq", "800818899", "site_builder_credit"),
    "scam_tel": ("phone", "+8617095532871", "number_quoted_in_warning"),
    "scam_wx": ("wechat", "kaozheng_bg888", "number_quoted_in_warning"),
    "scam_qun": ("qq_group", "662801375", "number_quoted_in_warning"),
    "scam_dom": ("domain", "zgzsjd-cx.com", "fake_query_site_quoted_in_warning"),
    "order": ("other", "TY20261105873312046", "order_number_in_stock_screenshot"),
    "certno": ("other", "S000033001000125300018", "certificate_sample_number"),
    "course": ("other", "AIT-0505-L3-2611", "upstream_course_code"),
    "partner_uscc": ("uscc", C_PARTNER, "quoted_partner_institution"),
    "partner_tel": ("phone", "+8657188213066", "quoted_partner_institution"),
    "gzh_dom": ("domain", "mp.weixin.qq.com", "platform_footer"),
}
DEC_PATHS = {k: set() for k in DECOYS}
CUR = [None]


def dk(keys, text):
    """Insert a decoy snippet and record that the current page holds it."""
    if isinstance(keys, str):
        keys = [keys]
    for k in keys:
        DEC_PATHS[k].add(CUR[0])
    return text


PAGES = []


def new(path):
    CUR[0] = path
    return path


def fin(path, title, body, *, offer=False, op=None, provider=None, ids=(), note="", head_extra=""):
    assert path == CUR[0], path
    html_doc = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n"
        f"{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    PAGES.append({
        "path": path, "is_offer": offer, "operator": op, "provider": provider,
        "identifiers": [list(t) for t in ids], "note": note, "_html": html_doc,
    })


# ---------------------------------------------------------------- site chrome
def shop_taoyouji(inner):
    return f"""<div class="ty-top"><a href="/shop/taoyouji/list-ai.html">淘优集</a> | 首页 | 我的订单 | 购物车</div>
<div class="ty-search"><form><input name="q" value="人工智能训练师"><button>搜索</button></form></div>
{inner}
<div class="ty-footer">
<p>{dk('ty_tel','淘优集客服热线：400-600-3388（9:00-21:00）')} ｜ {dk('ty_mail','商家入驻/投诉：service@taoyouji.com')}</p>
<p>© 2019-2026 {dk('ty_dom','www.taoyouji.com')} 版权所有 {dk('ty_icp','浙ICP备2021033578号-1')} 杭州优集网络科技有限公司</p>
<p>平台提示：请勿脱离平台交易，谨防私下转账。</p>
</div>"""


def shop_pinpin(inner):
    return f"""<header style="background:#e02e24;color:#fff;padding:6px">拼拼购 · 百亿补贴 · <a href="/index.html" style="color:#fff">返回</a></header>
{inner}
<footer><small>{dk('pp_dom','pinpingou.cn')} ｜ 官方客服 {dk('pp_tel','4008807766')} ｜ 仅供展示，以实际下单页为准</small></footer>"""


def classifieds(inner):
    return f"""<div id="yt-head"><b>同城易贴</b> <a href="/tie/yitie/list-peixun.html">教育培训</a> &gt; 职业技能 · <a href="/index.html">切换城市</a></div>
{inner}
<div id="yt-foot">
<p>温馨提示：凡收取押金、报名费后才安排工作的均有欺诈嫌疑，请提高警惕。</p>
<p>{dk('yt_tel','同城易贴客服 400-010-5858')} · {dk('yt_dom','yitie58.com')} · {dk('yt_icp','京ICP备19047716号')}</p>
</div>"""


def recruit(inner):
    return f"""<div class="pd-nav"><span class="logo">聘达网</span> 职位 · 公司 · 校园 · <a href="/index.html">首页</a></div>
{inner}
<div class="pd-foot"><p>求职安全提醒：招聘过程中要求缴纳培训费、考证费的，请立即举报。</p>
<p>{dk('pd_tel','违法和不良信息举报电话：010-84567000')} {dk('pd_mail','举报邮箱：jubao@pindawang.com')}</p>
<p>{dk('pd_dom','pindawang.com')} 北京聘达信息技术有限公司</p></div>"""


def qa(inner):
    return f"""<nav class="wz"><a href="/ask/wenzhi/index.html">问知社区</a> · 发现 · 等你来答 · 登录</nav>
{inner}
<footer class="wz-foot">{dk('wz_dom','© 2026 wenzhishe.cn')} 问知社区 · 侵权举报 {dk('wz_mail','help@wenzhishe.cn')} · 网上有害信息举报专区</footer>"""


def microblog(inner):
    return f"""<div class="wb-top">微言 · <a href="/index.html">首页</a> · 热搜 · 消息</div>
{inner}
<div class="wb-foot">{dk('wb_dom','weiyanbo.cn')} 微言 · 帮助中心 · 自律公约</div>"""


def notes(inner):
    return f"""<div class="nt-top">小蓝书 · 发现 · 发布 · <a href="/index.html">返回</a></div>
{inner}
<div class="nt-foot">{dk('nt_dom','xiaolanshu.cn')} 小蓝书 · 社区规范 · 沪ICP备2020041193号</div>"""


def forum(inner):
    return f"""<div class="bbs-top"><a href="/bbs/tieba-ai/index.html">人工智能训练师吧</a> · 贴聊 · 关注 12841 · 帖子 40213</div>
{inner}
<div class="bbs-foot">{dk('bbs_dom','tieliao.net')} 贴聊 · 吧规 · 贴吧协议</div>"""


def qunboard(inner):
    return f"""<div class="qun-top"><a href="/qun/index.html">群记录</a> · 公开群消息存档 · 仅展示群主设置为公开的消息</div>
{inner}
<div class="qun-foot">{dk('qun_dom','qunjilu.cn')} 群记录 · 举报违规群</div>"""


def miniprog(inner):
    return f"""<div class="mp-share">【小程序】分享自微信小程序 · 长按识别进入</div>
{inner}
<div class="mp-foot">本小程序由「微课通」提供技术支持 {dk('mp_dom','weiketong.cn')} ｜ 平台客服 {dk('mp_mail','kf@weiketong.cn')}</div>"""


def gzh(inner, acct):
    return f"""<div class="rich_media_meta">{acct} · 公众号 · <a href="/index.html">返回导航</a></div>
{inner}
<div class="gzh-foot">微信扫一扫关注该公众号 · {dk('gzh_dom','mp.weixin.qq.com')}</div>"""


def jianzhi(inner):
    return f"""<div class="jz-top">兼职吧 · 日结 · 周末 · 线上 · <a href="/index.html">首页</a></div>
{inner}
<div class="jz-foot">{dk('jz_dom','jianzhiba.cn')} 兼职吧 · 平台客服QQ {dk('jz_qq','800900517')} · 交钱的兼职都是骗子</div>"""


def builder_credit(variant=0):
    if variant == 0:
        return dk(['sj_dom', 'sj_qq'], '<p class="credit">技术支持：<a href="http://www.sujianyun.com">速建云建站</a> 建站咨询QQ：800818899</p>')
    if variant == 1:
        return dk('sj_dom', '<div class="credit">Powered by sujianyun.com</div>')
    return dk(['sj_dom', 'sj_qq'], '<small>本站由速建云(sujianyun.com)提供建站服务 客服Q 800818899</small>')


def scam_warn_short():
    return dk(['scam_tel', 'scam_dom'], '<p class="warn">【防骗声明】近期有人冒充我校，用 170 9553 2871 联系学员并引导到 zgzsjd-cx.com “查询证书”，该号码与网站均与本校无关！</p>')


# ---------------------------------------------------------------- offers: operator U01
p = new("/shop/taoyouji/item-58213.html")
fin(p, "人工智能训练师三级四级 报名培训 考证辅导 全国可报-淘优集", shop_taoyouji(f"""
<div class="item">
<h1>【官方报名】人工智能训练师 四级/三级 线上培训+考前辅导 数据标注 零基础可学</h1>
<div class="price">券后 <b>1680</b> 起 <del>2980</del> 已售 312</div>
<table class="sku"><tr><th>套餐</th><th>价格</th></tr>
<tr><td>四级（中级）网课+题库</td><td>1680</td></tr>
<tr><td>三级（高级）网课+实操辅导</td><td>2380</td></tr>
<tr><td>四级+三级 连报</td><td>3580</td></tr></table>
<p>店铺：<b>智训未来教育</b>　好评率 98.6%　<span>在线咨询</span></p>
<div class="desc">
<p>课程说明：按2021版国家职业技能标准授课，理论+实操，考试通过由备案评价机构颁发职业技能等级证书，可在{dk('osta','技能人才评价证书全国联网查询(zscx.osta.org.cn)')}查询。</p>
<p>拍下后请联系客服登记报名信息（姓名、身份证、学历、工作年限）。</p>
<p>报名老师：139-1620-7453　QQ：2847361905（备注“训练师”）</p>
<p>下单流程截图：<img src="/img/order.png" alt="{dk('order','学员下单成功 订单号TY20261105873312046')}"></p>
</div></div>"""),
    offer=True, op="U01", provider="智训未来教育",
    ids=[("phone", "+8613916207453", "139-1620-7453"), ("qq", "2847361905", "2847361905")],
    note="marketplace item; stock order screenshot alt carries a shared order number (decoy)")

p = new("/zhixunweilai/index.html")
fin(p, "智训未来教育 | 人工智能训练师职业技能等级认定培训", f"""
<header><img src="/img/zxwl-logo.png" alt="智训未来教育 logo"><nav><a href="/zhixunweilai/index.html">首页</a> <a href="/zhixunweilai/about.html">关于我们</a></nav></header>
<section class="hero"><h1>AI训练师 · 2026年12月批次火热报名中</h1>
<p>人工智能训练师（4-04-05-05）五级/四级/三级 · 线上学习 · 全国统一认定</p>
<a class="btn" href="tel:+8613916207453">一键拨打咨询</a></section>
<section><h2>费用</h2><ul><li>五级：1280元（含教材、题库、认定费）</li><li>四级：1680元</li><li>三级：2380元</li></ul>
<p>符合条件的学员取证后可申请技能提升补贴，具体以当地人社部门为准（{dk('h12333','咨询12333')}）。</p></section>
<section><h2>联系我们</h2><p>招生热线 139 1620 7453　微信：zxwl_kefu01</p><p>官网：www.zhixunweilai.cn</p></section>
<footer>© 智训未来教育 {builder_credit(0)}</footer>""",
    offer=True, op="U01", provider="智训未来教育",
    ids=[("phone", "+8613916207453", "tel:+8613916207453"), ("phone", "+8613916207453", "139 1620 7453"),
         ("wechat", "zxwl_kefu01", "zxwl_kefu01"), ("domain", "zhixunweilai.cn", "www.zhixunweilai.cn")],
    note="seller landing page; tel: link; site-builder credit (decoy)")

p = new("/zhixunweilai/about.html")
fin(p, "关于我们 - 智训未来教育", f"""
<header><a href="/zhixunweilai/index.html">智训未来教育</a> / 关于我们</header>
<article><h1>关于智训未来</h1>
<p>智训未来教育成立于2019年，专注数字技能人才培养，讲师团队来自互联网企业一线标注与算法测试岗位。</p>
<p>我们相信技能改变命运。欢迎合作伙伴来访交流：上海市闵行区七莘路（具体门牌请电话确认）。</p>
<p>商务合作：139 1620 7453 ｜ zhixunweilai.cn</p></article>
<footer>{builder_credit(1)}</footer>""",
    provider="智训未来教育",
    ids=[("phone", "+8613916207453", "139 1620 7453"), ("domain", "zhixunweilai.cn", "zhixunweilai.cn")],
    note="seller homepage without an offer (about page of U01's site)")

p = new("/ask/wenzhi/q-3391.html")
fin(p, "零基础考人工智能训练师证靠谱吗？多少钱？ - 问知社区", qa(f"""
<h1>零基础考人工智能训练师证靠谱吗？多少钱？</h1>
<div class="q">本人宝妈，想学点技能在家做数据标注，网上看到AI训练师证，价格从几百到几千都有，求懂的说说。</div>
<div class="answer"><div class="author">用户 风吹麦浪</div><p>先去{dk('osta','osta.org.cn')}看看哪些机构备案了，别只听销售说。</p></div>
<div class="answer"><div class="author">未来智训AI学院（认证机构号）</div>
<p>谢邀。五级要求有一年相关工作经历，四级以上要看工作年限，不是所有人都能直接报三级。</p>
<p>我们这边12月还有最后一期四级班，1680 含认定费，线上学，周末直播答疑。想了解的可以加VX：zxwl_kefu01 ，或者发资料到 zxwl_edu#163.com（#换成@）老师会回复。</p></div>
<div class="answer"><div class="author">匿名用户</div><p>花了两千多，证是拿到了，但找工作没人问。</p></div>
"""),
    offer=True, op="U01", provider="未来智训AI学院",
    ids=[("wechat", "zxwl_kefu01", "zxwl_kefu01"), ("email", "zxwl_edu@163.com", "zxwl_edu#163.com")],
    note="Q&A thread; seller answers inside thread; obfuscated e-mail")

p = new("/weibo/zhixun-wl/post-8841.html")
fin(p, "未来智训AI学院的微言", microblog(f"""
<div class="wb-card"><div class="wb-name">未来智训AI学院 <span class="v">V</span></div>
<div class="wb-text">#AI训练师# #数据标注# 12月考期倒计时⏰ 四级三级都还有名额！理论+实操双辅导，题库刷到90分再上考场～
报名/合作邮箱 zxwl_edu@163.com 私信也可 👉 学费1680起，老学员推荐立减200</div>
<div class="wb-meta">11月28日 20:14 来自 微言 iPhone客户端 · 转发 12 · 评论 31 · 赞 77</div></div>
<div class="wb-comments"><p>小李同学：去年考的四级，今年补贴到账了</p><p>wuwu_27：{dk('h12345','补贴问了12345说要社保满一年')}</p></div>"""),
    offer=True, op="U01", provider="未来智训AI学院",
    ids=[("email", "zxwl_edu@163.com", "zxwl_edu@163.com")],
    note="microblog post; only an e-mail as contact")

# ---------------------------------------------------------------- U02
p = new("/dingzhong/kecheng.html")
fin(p, "课程中心 - 鼎众职业培训", f"""
<div class="topbar">鼎众职业培训 · 杭州 · 服务热线 (0571) 8697 3420</div>
<nav><a href="/dingzhong/kecheng.html">课程中心</a> 师资 案例 联系</nav>
<h1>人工智能训练师 职业技能等级认定班</h1>
<p>开班时间：每月第二个周六　地点：杭州市西湖区文三路（教学点）</p>
<table border="1"><tr><th>等级</th><th>课时</th><th>学费</th></tr>
<tr><td>五级</td><td>60</td><td>¥1,200</td></tr><tr><td>四级</td><td>50</td><td>¥1,600</td></tr><tr><td>三级</td><td>40</td><td>¥2,200</td></tr></table>
<p>合作评价机构：浙江数智职业技能等级认定中心（{dk('partner_uscc','统一社会信用代码 ' + C_PARTNER)}，{dk('partner_tel','考务电话 0571-88213066')}）</p>
<p>证书查询：{dk(['osta'],'jndj.osta.org.cn')}，浙江省内也可在{dk('zjgov','rlsbt.zj.gov.cn')}查询。{dk(['zj12333','h12333'],'政策咨询：0571-12333')}</p>
<p>报名电话：0571-86973420（周一至周六）</p>
<footer>杭州鼎众教育科技有限公司　统一社会信用代码：{C_U02}　地址：杭州市西湖区</footer>""",
    offer=True, op="U02", provider="鼎众职业培训",
    ids=[("phone", "+8657186973420", "(0571) 8697 3420"), ("phone", "+8657186973420", "0571-86973420"),
         ("uscc", C_U02, C_U02)],
    note="company site course page; quotes a partner evaluation centre's USCC and phone (decoys)")

p = new("/jobs/pinda/job-20931.html")
fin(p, "AI训练师（可无经验 带薪培训）8000-12000 - 杭州鼎众教育科技有限公司 - 聘达网", recruit(f"""
<div class="job"><h1>AI训练师（可无经验 带薪培训）</h1><div class="salary">8-12K·13薪</div>
<p>杭州 · 经验不限 · 学历不限</p>
<h3>职位描述</h3>
<p>1. 负责大模型数据标注、质检；2. 参与对话数据撰写。</p>
<p>任职要求：入职前需取得人工智能训练师四级证书，无证者可参加公司组织的“鼎众AI训练营”考证班（费用1980，考证通过后可报销50%），训练营交流QQ群：738201946</p>
</div>
<div class="company"><h3>公司信息</h3><p>杭州鼎众教育科技有限公司</p><p>统一社会信用代码 {C_U02}</p><p>成立日期 2021-03-18　注册资本 100万</p></div>"""),
    offer=True, op="U02", provider="鼎众AI训练营",
    ids=[("uscc", C_U02, C_U02), ("qq_group", "738201946", "738201946")],
    note="recruitment-site job ad that is really a paid certificate course (招转培)")

p = new("/qun/board-ai-kaozheng.html")
fin(p, "AI训练师考证交流群 公开消息 - 群记录", qunboard(f"""
<h1>AI训练师考证交流② 群公告与消息</h1>
<div class="msg"><b>[群主] 北辰智学-王老师</b> 2026-11-20 09:12<br>【群公告】本群为北辰智学学员交流群（原鼎众训练营群），QQ群号 738 201 946，禁止发广告。</div>
<div class="msg"><b>北辰智学-王老师</b> 11-22 19:40<br>12月批次三级报名截止25号，三级2280，四级1580，报名链接在 beichenzhixue.com 首页，没报的抓紧</div>
<div class="msg"><b>阿May</b> 11-22 19:45<br>老师三级需要几年经验啊</div>
<div class="msg"><b>北辰智学-王老师</b> 11-22 19:47<br>私聊我看下你的情况</div>
<div class="msg"><b>路人甲</b> 11-23 08:02<br>{dk('scam_wx','提醒大家，有个 kaozheng_bg888 的号在加人说包过，是骗子')}</div>"""),
    offer=True, op="U02", provider="北辰智学",
    ids=[("qq_group", "738201946", "738 201 946"), ("domain", "beichenzhixue.com", "beichenzhixue.com")],
    note="chat-group public board; the group owner sells inside the group; a member quotes a scam WeChat (decoy)")

p = new("/beichen/baoming.html")
fin(p, "北辰智学 在线报名", f"""
<h1>北辰智学 · AI训练师在线报名</h1>
<form action="https://www.beichenzhixue.com/api/signup" method="post">
<label>姓名 <input name="name"></label><label>手机 <input name="tel"></label>
<label>报考等级 <select name="lv"><option>四级 1580</option><option>三级 2280</option></select></label>
<button>提交报名</button></form>
<p>提交后24小时内老师联系您。急事请打 177 5831 0426</p>
<p class="small">北辰智学 · www.beichenzhixue.com</p>""",
    offer=True, op="U02", provider="北辰智学",
    ids=[("domain", "beichenzhixue.com", "www.beichenzhixue.com"), ("phone", "+8617758310426", "177 5831 0426")],
    note="sign-up form on seller's own domain")

# ---------------------------------------------------------------- U03
p = new("/tie/yitie/p-770215.html")
fin(p, "人工智能训练师证报考 全国可报 启明星AI认证中心 - 同城易贴", classifieds(f"""
<h1>人工智能训练师证报考，数据标注员，全国可报，考试简单</h1>
<ul class="info"><li>类别：职业技能培训</li><li>区域：全国</li><li>价格：面议</li><li>发布人：启明星AI认证中心</li></ul>
<div class="body">
<p>新职业人工智能训练师火热报名，可报四级三级，带证书编号入库可查。</p>
<p>证书样本：<img src="/img/cert.jpg" alt="{dk('certno','证书编号 S000033001000125300018')}"></p>
<p>全国热线 400-826-1735 转 2</p>
</div>"""),
    offer=True, op="U03", provider="启明星AI认证中心",
    ids=[("phone", "+864008261735", "400-826-1735")],
    note="classifieds post; price 面议; copied certificate sample image (decoy number)")

p = new("/mp/share-qmx.html")
fin(p, "启明星AI认证中心-课程详情", miniprog(f"""
<div class="card"><h2>AI训练师 · 高级（三级）取证班</h2>
<p class="price">¥ 2599　<s>¥3999</s>　拼团价 2199</p>
<p>机构：启明星AI认证中心</p>
<p>课程含：40课时录播 + 实操项目 + 模拟考试</p>
<p>客服热线：４００８２６１７３５</p>
<p>更多干货请关注抖音号：qmx_ai2026</p>
<p>{dk('course','课程编号：AIT-0505-L3-2611')}</p></div>"""),
    offer=True, op="U03", provider="启明星AI认证中心",
    ids=[("phone", "+864008261735", "４００８２６１７３５"), ("other", "qmx_ai2026", "qmx_ai2026")],
    note="mini-program share card; full-width 400 number; Douyin account (other); upstream course code (decoy)")

p = new("/notes/n-5c81e2.html")
fin(p, "考了个AI训练师证，分享下经验 - 小蓝书", notes("""
<div class="note"><h1>30岁转行｜考了个AI训练师证✅ 分享下经验</h1>
<p>姐妹们我终于拿证了！！！从报名到拿证一个半月🎉</p>
<p>报的启明职教的班，三级一共两千出头，老师讲得很细，题库刷三遍基本稳</p>
<p>想报的宝子可以去抖音搜 qmx_ai2026 看他们的直播课，直播间报名有优惠～（不是广告，真心推荐）</p>
<p>#AI训练师 #考证 #副业 #数据标注</p>
<div class="comments"><p>奶茶不加糖：求链接</p><p>作者：私你了</p></div></div>"""),
    offer=True, op="U03", provider="启明职教",
    ids=[("other", "qmx_ai2026", "qmx_ai2026")],
    note="notes-app 'experience sharing' post that is a disguised ad; only a Douyin account ties it")

# ---------------------------------------------------------------- U04
p = new("/bbs/tieba-ai/t-44120.html")
fin(p, "三级训练师到底要不要报班？【人工智能训练师吧】", forum("""
<h1>三级训练师到底要不要报班？</h1>
<div class="post"><div class="u">楼主 小鱼干儿</div><p>自学能过吗？实操那块完全不会。</p></div>
<div class="post"><div class="u">2楼 华信智培官方</div><p>自学理论可以，实操建议报班。我们华信智培三级实操班一千九百八，包教材和模拟环境，名额不多。</p>
<p>扣扣 3065 118 427　电话 135 1287<br>4096（下午两点后）</p></div>
<div class="post"><div class="u">3楼 西瓜太凉</div><p>楼上广告吧？</p></div>
<div class="post"><div class="u">4楼 华信智培官方</div><p>正规培训，可以先试听。</p></div>"""),
    offer=True, op="U04", provider="华信智培",
    ids=[("qq", "3065118427", "3065 118 427"), ("phone", "+8613512874096", "135 1287\n4096")],
    note="forum thread, seller replies; phone split over two lines; price in Chinese numerals")

p = new("/blog/huaxin-rc/ai-xunlianshi.html")
fin(p, "2026年人工智能训练师报考条件及费用 - 华信人才服务", f"""
<div class="blog-head"><a href="/blog/huaxin-rc/index.html">华信人才服务 · 职业技能博客</a></div>
<article><h1>2026年人工智能训练师报考条件及费用（最新）</h1>
<p>人工智能训练师是人社部2020年发布的新职业，分五个等级。报考五级需要累计从事本职业或相关职业工作满1年……</p>
<h2>费用参考</h2><p>本中心代理报名：五级980，四级1480，三级1980（含培训及认定费）</p>
<h2>报名方式</h2><p>Q：3065118427　邮箱：huaxin_zp(at)126.com</p>
<p>{dk('h12333','补贴政策可拨打人社服务热线12333咨询。')}</p></article>
<div class="blog-foot">{builder_credit(2)}</div>""",
    offer=True, op="U04", provider="华信人才服务",
    ids=[("qq", "3065118427", "3065118427"), ("email", "huaxin_zp@126.com", "huaxin_zp(at)126.com")],
    note="seller blog article (SEO-style guide) with fees; prices without currency marks")

p = new("/blog/huaxin-rc/index.html")
fin(p, "华信人才服务 · 职业技能博客", f"""
<h1>华信人才服务 · 职业技能博客</h1>
<ul><li><a href="/blog/huaxin-rc/ai-xunlianshi.html">2026年人工智能训练师报考条件及费用（最新）</a></li>
<li>新八级工制度解读</li><li>技能提升补贴怎么领？</li></ul>
<aside>博主QQ：3065118427（仅工作时间）</aside>
<div class="blog-foot">{builder_credit(2)}</div>""",
    provider="华信人才服务",
    ids=[("qq", "3065118427", "3065118427")],
    note="seller blog homepage without an offer")

p = new("/form/yunti-baoming.html")
fin(p, "云梯学堂 · 学员信息登记表", f"""
<h1>云梯学堂 · 人工智能训练员（四级/三级）学员信息登记</h1>
<p>登记后老师将发送缴费链接。四级：一四八零　三级：一九八零</p>
<form><p>姓名*<input></p><p>身份证号*<input></p><p>从事相关工作年限*<input></p><p>学历<select><option>初中</option><option>高中/中专</option><option>大专及以上</option></select></p><button>提交</button></form>
<p>扫码添加班主任：<img src="/img/qr-yunti.png" alt="班主任微信 yunti-xt88"></p>
<p>有问题请发邮件至 huaxin_zp[at]126[dot]com</p>
<p>{dk('course','对应课程：AIT-0505-L3-2611')}</p>
<p class="small">表单由问卷工具生成</p>""",
    offer=True, op="U04", provider="云梯学堂",
    ids=[("email", "huaxin_zp@126.com", "huaxin_zp[at]126[dot]com"), ("wechat", "yunti-xt88", "yunti-xt88")],
    note="sign-up form; never writes the occupation's full name (人工智能训练员); WeChat only in QR image alt; bracket-obfuscated e-mail; prices in Chinese numerals")

p = new("/shop/pinpin/g-90317.html")
fin(p, "【云梯学堂】AI训练师证 网课 四级 团购", shop_pinpin("""
<div class="goods"><h1>【云梯学堂】AI训练师证网课 四级 题库+直播 拼单更优惠</h1>
<p class="price">拼单价 1380 单买 1480</p><p>已拼 2.1万件</p>
<p>商品详情：拍下后加老师 V：yunti-xt88 发送学习账号。虚拟商品不支持退款。</p></div>"""),
    offer=True, op="U04", provider="云梯学堂",
    ids=[("wechat", "yunti-xt88", "yunti-xt88")],
    note="group-buy marketplace item; platform footer decoys")

# ---------------------------------------------------------------- U05
p = new("/jobs/pinda/job-21177.html")
fin(p, "人工智能训练师学徒（包培训）6000-9000 - 深圳明途教育咨询有限公司 - 聘达网", recruit(f"""
<div class="job"><h1>人工智能训练师学徒（包培训）</h1><div class="salary">6-9K</div><p>深圳·南山 · 应届生可投</p>
<p>岗位福利：公司提供AI训练师四级考证培训（学员自付认定及教材费1280元，入职满半年返还）</p>
<p>HR 陈小姐 186-7524-3391（微信同号）</p></div>
<div class="company"><p>深圳明途教育咨询有限公司 · 教育培训 · 20-99人</p><p>统一社会信用代码：{C_U05}</p></div>"""),
    offer=True, op="U05", provider="明途教育",
    ids=[("phone", "+8618675243391", "186-7524-3391"), ("uscc", C_U05, C_U05)],
    note="recruitment ad that sells a course; 微信同号 phone")

p = new("/mingtu/index.html")
fin(p, "明途教育 — 新职业技能培训", f"""
<div class="mt-banner"><h1>明途教育</h1><p>新职业 · 新技能 · 新未来</p></div>
<div class="mt-course"><h2>人工智能训练师</h2><p>四级 1280　三级 1880　支持分期</p><p>上课地点：深圳市南山区科技园</p></div>
<div class="mt-contact"><p>咨询电话：0755-2361 8840</p>
<p>{dk('h12333','如需核实补贴政策请拨打12333')}；{scam_warn_short()}</p></div>
<footer><p>深圳明途教育咨询有限公司 版权所有</p><p>营业执照：{C_U05}</p></footer>""",
    offer=True, op="U05", provider="明途教育",
    ids=[("uscc", C_U05, C_U05), ("phone", "+8675523618840", "0755-2361 8840")],
    note="company site; anti-fraud statement quoting a scam phone and fake query domain (decoys)")

p = new("/ask/wenzhi/q-4018.html")
fin(p, "深圳哪里可以考AI训练师证？ - 问知社区", qa("""
<h1>深圳哪里可以考AI训练师证？</h1>
<div class="q">在深圳工作，想考个四级，有没有靠谱的机构？</div>
<div class="answer"><div class="author">智途考证</div><p>南山科技园这边有班，四级1280，周末上课，一个月左右考试。电话 0755 23618840 工作日可以来校区看看。</p></div>
<div class="answer"><div class="author">鹏城打工人</div><p>也可以看看社区的职业技能补贴培训，便宜很多。</p></div>"""),
    offer=True, op="U05", provider="智途考证",
    ids=[("phone", "+8675523618840", "0755 23618840")],
    note="Q&A answer by seller under another brand; landline written with a space")

# ---------------------------------------------------------------- U06
p = new("/lanjing/blog/ai-trainer-2026.html")
fin(p, "蓝鲸数智学院 | 人工智能训练师三级招生简章（2026冬季班）", f"""
<header><b>蓝鲸数智学院</b> · <a href="/lanjing/blog/ai-trainer-2026.html">招生简章</a> · lanjingsz.net</header>
<article><h1>人工智能训练师三级招生简章（2026冬季班）</h1>
<p>培训对象：从事数据标注、AI产品运营满相应年限的在职人员。</p>
<p>培训费用：三级 2,680元；四级 1,880元；报名两级以上不打折。</p>
<p>认定机构：浙江数智职业技能等级认定中心（{dk('partner_uscc', C_PARTNER)}）</p>
<p>{dk('partner_tel','认定中心考务：0571 8821 3066')}</p>
<p>报名邮箱：zhaosheng@lanjingsz.net（邮件标题注明 姓名+等级）</p>
<p>证书可在 {dk(['osta'],'http://jndj.osta.org.cn')} 与 {dk('mohrss','osta.mohrss.gov.cn')} 查询</p></article>
<footer>{builder_credit(0)}</footer>""",
    offer=True, op="U06", provider="蓝鲸数智学院",
    ids=[("domain", "lanjingsz.net", "lanjingsz.net"), ("email", "zhaosheng@lanjingsz.net", "zhaosheng@lanjingsz.net")],
    note="seller's own blog 招生简章; quotes the same partner evaluation centre as U02 (decoy); site-builder credit")

p = new("/weibo/lanjing/post-2207.html")
fin(p, "蓝鲸数智学院的微言", microblog("""
<div class="wb-card"><div class="wb-name">蓝鲸数智学院</div>
<div class="wb-text">【冬季班开放报名】AI训练师三级 2680 / 四级 1880 ，详情见官网 lanjingsz.net ；
不想看长文的直接打 +86 152 0731 6648 问老师 ☎️</div>
<div class="wb-meta">12月1日 11:02 · 转发 3 · 评论 0 · 赞 9</div></div>"""),
    offer=True, op="U06", provider="蓝鲸数智学院",
    ids=[("domain", "lanjingsz.net", "lanjingsz.net"), ("phone", "+8615207316648", "+86 152 0731 6648")],
    note="microblog post")

p = new("/tie/yitie/p-771904.html")
fin(p, "长沙 AI训练师考证 数据标注培训 鲸选培训 - 同城易贴", classifieds("""
<h1>长沙 AI训练师考证/数据标注培训 包教会</h1>
<ul class="info"><li>价格：1880元</li><li>区域：长沙-岳麓</li><li>联系人：鲸选培训 刘老师</li></ul>
<div class="body"><p>人工智能训练师 四级 三级 报名，线上线下都有，可开发票。</p>
<p>电话/微信 15207316648</p><p>Q 1894072265</p></div>"""),
    offer=True, op="U06", provider="鲸选培训",
    ids=[("phone", "+8615207316648", "15207316648"), ("qq", "1894072265", "1894072265")],
    note="classifieds post under a second brand; phone doubles as WeChat")

p = new("/qun/board-shuju-biaozhu.html")
fin(p, "数据标注接单交流群 公开消息 - 群记录", qunboard(f"""
<h1>数据标注接单交流群 公开消息</h1>
<div class="msg"><b>大熊</b> 12-01 10:11<br>有没有人知道标注员要不要证</div>
<div class="msg"><b>鲸选培训-小助手</b> 12-01 10:15<br>大平台项目优先要有训练师证的，我们这边四级1880报名中，有意向加Q：1894 0722 65 发你资料</div>
<div class="msg"><b>芒果</b> 12-01 10:20<br>{dk(['scam_qun'],'别进 662801375 那个群，交了钱就踢人')}</div>
<div class="msg"><b>管理员</b> 12-01 10:30<br>{dk(['h96110'],'警惕刷单返利，遇到诈骗打96110')}</div>"""),
    offer=True, op="U06", provider="鲸选培训",
    ids=[("qq", "1894072265", "1894 0722 65")],
    note="chat-group board; seller helper posts inside the group; scam group number and 96110 quoted (decoys)")

# ---------------------------------------------------------------- U07
p = new("/notes/n-9a03f7.html")
fin(p, "AI训练师证到底有没有用？内行人说真话 - 小蓝书", notes("""
<div class="note"><h1>AI训练师证到底有没有用？内行人说真话👀</h1>
<p>做了3年数据标注，说点实在的：进大厂标注团队，有证的确实优先。</p>
<p>现在四级报名费用一般一千五左右，我们优学汇这期还有12个名额，报名流程很简单👇</p>
<p>加v youxuehui520 备注“小蓝书”送题库</p><p>#AI训练师 #职业技能 #副业</p></div>"""),
    offer=True, op="U07", provider="优学汇",
    ids=[("wechat", "youxuehui520", "youxuehui520")],
    note="notes-app post; 加v form")

p = new("/shop/taoyouji/item-61077.html")
fin(p, "优学汇职业技能 AI训练师四级网课 -淘优集", shop_taoyouji(f"""
<div class="item"><h1>优学汇 人工智能训练师四级 网课+题库+报名服务</h1>
<div class="price">¥1499</div>
<table class="params"><tr><td>店铺</td><td>优学汇职业技能</td></tr>
<tr><td>客服微信</td><td>youxuehui520</td></tr>
<tr><td>学员QQ群</td><td>915330287</td></tr>
<tr><td>发货方式</td><td>虚拟发货 账号密码</td></tr></table>
<p>下单截图：<img src="/img/o2.png" alt="{dk('order','订单号TY20261105873312046 支付成功')}"></p>
</div>"""),
    offer=True, op="U07", provider="优学汇职业技能",
    ids=[("wechat", "youxuehui520", "youxuehui520"), ("qq_group", "915330287", "915330287")],
    note="marketplace item; contacts inside a parameter table; same stock order screenshot as U01 (decoy)")

p = new("/bbs/tieba-ai/t-45502.html")
fin(p, "求组队一起考三级【人工智能训练师吧】", forum("""
<h1>求组队一起考三级</h1>
<div class="post"><div class="u">楼主 芝士就是力量</div><p>有没有一起备考的，互相监督。</p></div>
<div class="post"><div class="u">2楼 职达认证</div><p>可以进我们的备考群一起刷题，群号915330287，群里每周有老师答疑，报我们班的三级1980，不报班也可以进群。</p></div>
<div class="post"><div class="u">3楼 芝士就是力量</div><p>已申请</p></div>"""),
    offer=True, op="U07", provider="职达认证",
    ids=[("qq_group", "915330287", "915330287")],
    note="forum thread; seller reply with QQ group")

# ---------------------------------------------------------------- U08
p = new("/ruiweilai/index.html")
fin(p, "睿智未来科技 - AI训练师培训认定", f"""
<div class="nav">睿智未来科技 ｜ 首页 ｜ 课程 ｜ 资质 ｜ 联系</div>
<section><h1>人工智能训练师 三级/四级 武汉班</h1><p>小班教学 · 企业真实标注项目 · 考前冲刺</p>
<p>四级 ¥1580　三级 ¥2180</p></section>
<section><h2>资质</h2><img src="/img/license.jpg" alt="营业执照 武汉睿智未来科技有限公司 统一社会信用代码{C_U08}"></section>
<section><h2>联系</h2><p>电话：<a href="tel:02787654312">027-87654312</a></p><p>地址：武汉市洪山区光谷大道</p>
<p>{dk(['hb12333','h12333'],'湖北人社服务热线027-12333')}</p></section>
<footer>ruiweilai-ai.cn {builder_credit(1)}</footer>""",
    offer=True, op="U08", provider="睿智未来科技",
    ids=[("uscc", C_U08, C_U08), ("phone", "+862787654312", "027-87654312"), ("phone", "+862787654312", "tel:02787654312"),
         ("domain", "ruiweilai-ai.cn", "ruiweilai-ai.cn")],
    note="own site; USCC only inside the licence image's alt text")

p = new("/mp/share-rwl.html")
fin(p, "睿智未来-AI训练师报名", miniprog(f"""
<div class="card"><h2>AI训练师四级 武汉线下班</h2><p class="price">1580</p>
<p>开课：12月14日（周日）</p>
<p>服务主体：武汉睿智未来科技有限公司（{C_U08}）</p>
<p>报名咨询：ruiwl2025@sina.com</p></div>"""),
    offer=True, op="U08", provider="睿智未来科技",
    ids=[("uscc", C_U08, C_U08), ("email", "ruiwl2025@sina.com", "ruiwl2025@sina.com")],
    note="mini-program share; price without currency mark; 服务主体 USCC")

p = new("/ask/wenzhi/q-4562.html")
fin(p, "武汉有没有人工智能训练师线下班？ - 问知社区", qa("""
<h1>武汉有没有人工智能训练师线下班？</h1>
<div class="q">网课学不进去，想找线下的。</div>
<div class="answer"><div class="author">睿未来AI训练中心</div><p>光谷这边有线下小班，四级一五八零，周末两天连上。发邮件 ruiwl2025 AT sina.com 索取课表。</p></div>"""),
    offer=True, op="U08", provider="睿未来AI训练中心",
    ids=[("email", "ruiwl2025@sina.com", "ruiwl2025 AT sina.com")],
    note="Q&A answer; e-mail with ' AT '")

# ---------------------------------------------------------------- U09
p = new("/tie/yitie/p-772630.html")
fin(p, "AI训练师 数据标注员证 快速取证 - 同城易贴", classifieds(f"""
<h1>AI训练师/数据标注员证 正规报名 流程快</h1>
<ul class="info"><li>价格：999-2599</li><li>区域：成都</li><li>发布：职通天下</li></ul>
<div class="body"><p>五级999 四级1599 三级2599 ，考试在线，通过率高</p>
<p>V❤：ztong_tx668</p>
<p>证书样图<img src="/img/yt-cert.jpg" alt="{dk('certno','S000033001000125300018')}"></p></div>"""),
    offer=True, op="U09", provider="职通天下",
    ids=[("wechat", "ztong_tx668", "ztong_tx668")],
    note="classifieds post; never names 人工智能训练师 in full; V❤ label")

p = new("/zhitong/index.html")
fin(p, "职通天下 - 职业技能证书一站式服务", f"""
<div class="zt-head"><h1>职通天下</h1><p>zhitongtx.com · 职业技能证书一站式服务</p></div>
<div class="zt-list"><div class="c"><h3>AI训练师（四级）</h3><p>1599</p></div><div class="c"><h3>AI训练师（三级）</h3><p>2599</p></div><div class="c"><h3>健康管理师</h3><p>咨询</p></div></div>
<div class="zt-contact">客服微信：ztong_tx668 （添加请注明所报证书）</div>
<div class="zt-foot">Copyright © zhitongtx.com {builder_credit(2)}</div>""",
    offer=True, op="U09", provider="职通天下",
    ids=[("wechat", "ztong_tx668", "ztong_tx668"), ("domain", "zhitongtx.com", "zhitongtx.com")],
    note="own site, card layout; site-builder credit")

p = new("/jianzhi/post-3318.html")
fin(p, "线上AI数据标注 日结 需持证 - 兼职吧", jianzhi("""
<h1>线上AI数据标注 日结200+ 需持训练师证</h1>
<p>发布者：通职AI教育　工作地点：线上</p>
<p>要求：持有人工智能训练师证书。没有证书的可以先到 www.zhitongtx.com 报名四级（1599），拿证后直接派单。</p>
<p>联系：189 0812 7735</p>"""),
    offer=True, op="U09", provider="通职AI教育",
    ids=[("domain", "zhitongtx.com", "www.zhitongtx.com"), ("phone", "+8618908127735", "189 0812 7735")],
    note="part-time job board lure that sells the certificate (兼职 → 考证)")

# ---------------------------------------------------------------- independents
p = new("/shop/taoyouji/item-62450.html")
fin(p, "小鹿证书铺 人工智能训练师 报名代办 -淘优集", shop_taoyouji("""
<div class="item"><h1>人工智能训练师五级四级报名代办 资料审核 不含培训</h1>
<div class="price">¥299</div><p>店铺：小鹿证书铺</p>
<p>说明：仅代为提交报名资料，考试需本人参加。拍前请先咨询：微信 lulu_zs2026</p></div>"""),
    offer=True, op="I01", provider="小鹿证书铺",
    ids=[("wechat", "lulu_zs2026", "lulu_zs2026")],
    note="independent marketplace seller; shares only platform decoys with U01/U07 items")

p = new("/tie/yitie/p-773081.html")
fin(p, "老周AI培训 训练师证 小班 - 同城易贴", classifieds("""
<h1>老周AI培训 训练师四级小班 晚上上课</h1>
<ul class="info"><li>价格：1300</li><li>区域：郑州-金水</li></ul>
<div class="body"><p>个人工作室，七年标注经验，带你过四级。</p><p>联系电话<br>136 7702<br>4518</p></div>"""),
    offer=True, op="I02", provider="老周AI培训",
    ids=[("phone", "+8613677024518", "136 7702\n4518")],
    note="independent classifieds post; phone split over lines; shares platform decoys with U03/U06/U09")

p = new("/gzh/jiangcheng-jiaoyu.html")
fin(p, "江城职校｜人工智能训练师（四级）补贴性培训报名通知", gzh(f"""
<h1>人工智能训练师（四级）补贴性培训报名通知</h1>
<p>各位学员：</p><p>我校2026年第四期人工智能训练师（四级）培训班即将开班。符合条件的失业保险参保人员取证后可申领技能提升补贴（四级最高1500元）。</p>
<p>培训费：1450元/人。</p>
<p>报名地点：武汉市江岸区（本校教务处）　电话：027-8361 2290</p>
<p>办学许可：武汉市江城职业技能培训学校　统一社会信用代码 {C_I03}</p>
<p>{dk(['hb12333','h12333'],'补贴政策咨询：027-12333')}</p>""", "江城职校"),
    offer=True, op="I03", provider="武汉市江城职业技能培训学校",
    ids=[("phone", "+862783612290", "027-8361 2290"), ("uscc", C_I03, C_I03)],
    note="independent: WeChat official-account article by a private training school (民非 USCC)")

p = new("/bbs/tieba-ai/t-45890.html")
fin(p, "四级理论考试难吗【人工智能训练师吧】", forum("""
<h1>四级理论考试难吗</h1>
<div class="post"><div class="u">楼主 青柠</div><p>下个月考，慌。</p></div>
<div class="post"><div class="u">2楼 星河AI教育</div><p>不难，刷题就行。我们有考前冲刺班299，三天直播，QQ 2290517733 咨询。</p></div>"""),
    offer=True, op="I04", provider="星河AI教育",
    ids=[("qq", "2290517733", "2290517733")],
    note="independent forum reply")

p = new("/xingchen-edu/index.html")
fin(p, "星辰智能教育 - 人工智能训练师培训", f"""
<h1>星辰智能教育</h1>
<p>人工智能训练师四级/三级培训，合作认定机构：浙江数智职业技能等级认定中心（{dk('partner_tel','0571-88213066')}）</p>
<p>学费：四级1750，三级2350</p>
<form><input placeholder="姓名"><input placeholder="手机号"><button>预约试听</button></form>
<p>邮箱：info@xcznedu.cn　官网 xcznedu.cn</p>
<p>{dk(['zj12333','h12333'],'浙江人社 0571—12333')}</p>
<footer>{builder_credit(0)}</footer>""",
    offer=True, op="I05", provider="星辰智能教育",
    ids=[("email", "info@xcznedu.cn", "info@xcznedu.cn"), ("domain", "xcznedu.cn", "xcznedu.cn")],
    note="independent own site; same site builder as U01/U06 and same quoted partner centre phone as U02/U06 (decoys)")

p = new("/weibo/anan-ai/post-1180.html")
fin(p, "安安学姐的微言", microblog("""
<div class="wb-card"><div class="wb-name">安安学姐</div>
<div class="wb-text">带了三年的训练师备考群又开了！四级陪跑营699，只收30人，教你刷题+实操。想来的戳我V信：an_ai_xuejie</div>
<div class="wb-meta">12月2日 · 转发 40 · 评论 88</div></div>"""),
    offer=True, op="I06", provider="安安学姐",
    ids=[("wechat", "an_ai_xuejie", "an_ai_xuejie")],
    note="independent individual seller on microblog")

p = new("/shop/pinpin/g-91842.html")
fin(p, "码上考证 人工智能训练师 题库会员 拼单", shop_pinpin("""
<div class="goods"><h1>码上考证｜人工智能训练师四级三级 题库会员+报名指导 拼单特惠</h1>
<p class="price">拼单价 199 单买 259</p><p>已拼 8632件</p>
<p>商品详情：题库3年有效，含四级三级理论+实操模拟；报名指导请在店铺首页留言，或致电 0371-6512 8830（工作日）</p></div>"""),
    offer=True, op="I07", provider="码上考证",
    ids=[("phone", "+8637165128830", "0371-6512 8830")],
    note="independent group-buy item; shares only platform footer with U04's item")

p = new("/jianzhi/post-3402.html")
fin(p, "周末线下发传单 150/天 - 兼职吧", jianzhi("""
<h1>周末线下发传单 150/天 日结</h1>
<p>发布者：川味小馆（个人）　地点：成都武侯区</p><p>要求：周六日全天，不收任何费用。</p>
<p>联系：店长 139 8180 2264</p>"""),
    provider="川味小馆",
    ids=[("phone", "+8613981802264", "139 8180 2264")],
    note="genuine part-time job post on the same job board as a U09 lure; not an offer")

# ---------------------------------------------------------------- non-offer pages
p = new("/news/2026-11-shanzhai-zhengshu.html")
fin(p, "警惕！“AI训练师证包过”骗局又现 多人被骗", f"""
<div class="news-head">都市快报网 · 社会 · 2026-11-26</div>
<h1>警惕！“AI训练师证包过”骗局又现 多人被骗</h1>
<p>记者近日接到多名读者反映，有人通过手机号{dk('scam_tel','170-9553-2871')}、微信号{dk('scam_wx','kaozheng_bg888')}联系求职者，称“交费包过、三天拿证”，并引导受害人到一个名为“全国证书鉴定查询”的网站{dk('scam_dom','zgzsjd-cx.com')}查询证书。</p>
<p>人社部门提醒，职业技能等级证书可在{dk('osta','技能人才评价证书全国联网查询平台(zscx.osta.org.cn)')}查询，其他网站均不具备官方查询资格。市民遇到此类情况可拨打{dk('h12345','12345')}或{dk('h12333','12333')}反映，涉及诈骗请报警。</p>
<p>读者王女士说，她在一个QQ群{dk('scam_qun','662801375')}里被拉进“内部报名通道”，转账3800元后被踢出群。</p>""",
    note="news warning quoting scam phone, WeChat, QQ group and fake query domain (decoys)")

p = new("/news/fanzha-tongbao.html")
fin(p, "市反诈中心预警：冒充“人社考证”诈骗", f"""
<h1>市反诈中心预警：冒充“人社考证”诈骗</h1>
<p>发布单位：市公安局反诈中心　2026-11-30</p>
<p>近期，我市接报多起以“人工智能训练师证书代考包过”为名的诈骗警情。涉案号码：{dk('scam_tel','17095532871')}；涉案网站：{dk('scam_dom','www.zgzsjd-cx.com')}；涉案QQ群：{dk('scam_qun','6628 01375')}。</p>
<p>反诈专线{dk('h96110','96110')}来电请接听。如已被骗请立即拨打110报警。</p>""",
    note="police anti-fraud notice; scam identifiers and 96110 (decoys)")

p = new("/gov/rsj-ai-xunlianshi-shuoming.html")
fin(p, "关于人工智能训练师职业技能等级认定有关问题的说明", f"""
<div class="gov-head">某市人力资源和社会保障局 · 政策解读</div>
<h1>关于人工智能训练师职业技能等级认定有关问题的说明</h1>
<p>一、人工智能训练师（职业编码4-04-05-05）为2020年发布的新职业，现行标准为《人工智能训练师国家职业技能标准（2021年版）》，共设五个等级。</p>
<p>二、职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，人社部门不直接颁发证书。证书信息可在{dk('osta','zscx.osta.org.cn')}、{dk('mohrss','osta.mohrss.gov.cn')}查询；评价机构名单可在{dk('osta','pjjg.osta.org.cn')}查询。</p>
<p>三、失业保险技能提升补贴：五级、四级、三级分别最高1000元、1500元、2000元。</p>
<p>四、咨询电话：{dk('h12333','12333')}；浙江省内可拨打{dk(['zj12333','h12333'],'0571-12333')}，或登录{dk('zjgov','https://rlsbt.zj.gov.cn')}。</p>
<p>五、凡宣称“包过”“人社部颁发”“免考拿证”的，均为虚假宣传，请向{dk('h12345','12345')}投诉。</p>""",
    note="official explainer; public hotlines and verification sites (decoys)")

p = new("/ask/wenzhi/q-2871.html")
fin(p, "人工智能训练师证书在哪里查真伪？ - 问知社区", qa(f"""
<h1>人工智能训练师证书在哪里查真伪？</h1>
<div class="answer"><div class="author">HR老王</div><p>以{dk('osta','zscx.osta.org.cn')}为准，输入姓名、身份证号和证书编号。编号是一个大写字母加21位数字。</p>
<p>不要信卖课的发来的什么“全国证书鉴定查询”，{dk('scam_dom','zgzsjd-cx.com')}这种都是假的。</p></div>
<div class="answer"><div class="author">路过</div><p>拿不准就打{dk('h12333','12333')}问。</p></div>"""),
    note="neutral Q&A; verification site, scam domain, hotline (decoys)")

p = new("/ask/wenzhi/q-2954.html")
fin(p, "接到170开头电话说可以帮办AI训练师证，是骗子吗？ - 问知社区", qa(f"""
<h1>接到170开头电话说可以帮办AI训练师证，是骗子吗？</h1>
<div class="q">号码是{dk('scam_tel','+86 170 9553 2871')}，说不用考试交3000就行。</div>
<div class="answer"><div class="author">反诈志愿者</div><p>100%骗子。职业技能等级证书必须参加认定考试。</p></div>"""),
    note="Q&A quoting a scam number (decoy)")

p = new("/news/hangye-ai-xunlianshi-2026.html")
fin(p, "AI训练师人才缺口大 一年认定上万人次", f"""
<h1>AI训练师人才缺口大 一年认定上万人次</h1>
<p>新华视点 2026-01-25　上海2025年人工智能训练师职业技能等级认定1.63万人次，发证1.09万本。该职业已列入急需紧缺高技能人才职业目录。</p>
<p>业内人士表示，浙江数智职业技能等级认定中心等评价机构{dk('partner_tel','（电话0571-88213066）')}今年的认定场次也明显增加。</p>
<p>专家提醒，选择培训机构应先查看其是否在{dk('osta','pjjg.osta.org.cn')}公布的名单中。</p>""",
    note="industry news; quotes a legitimate evaluation centre phone (decoy)")

p = new("/jobs/pinda/job-20855.html")
fin(p, "数据标注员 5000-7000 - 苏州数聚云智能科技有限公司 - 聘达网", recruit(f"""
<div class="job"><h1>数据标注员（图像方向）</h1><div class="salary">5-7K</div><p>苏州·工业园区 · 经验不限 · 大专</p>
<p>岗位职责：按规范完成图像框选、分割标注；参与质检。</p><p>本岗位不收取任何费用，公司提供免费岗前培训。持人工智能训练师证书者优先。</p>
<p>简历投递：hr@shujuyun-tech.com</p></div>
<div class="company"><p>苏州数聚云智能科技有限公司</p><p>统一社会信用代码 {C_JOB}</p></div>"""),
    provider="苏州数聚云智能科技有限公司",
    ids=[("email", "hr@shujuyun-tech.com", "hr@shujuyun-tech.com"), ("uscc", C_JOB, C_JOB)],
    note="genuine job ad (no fee, no course); same recruitment platform footer as U02/U05 job ads")

p = new("/other/yuyingyuan-peixun.html")
fin(p, "育婴员四级培训 济南 - 齐鲁家政培训", f"""
<h1>育婴员（四级）职业技能培训 济南班</h1>
<p>学费980元，14天，含实操。报名电话 0531-8661 7720</p>
<p>济南齐鲁家政服务有限公司　统一社会信用代码 {C_YUYING}</p>
<p>{dk('h12333','补贴咨询12333')}</p>
<footer>{builder_credit(1)}</footer>""",
    provider="济南齐鲁家政服务有限公司",
    ids=[("phone", "+8653186617720", "0531-8661 7720"), ("uscc", C_YUYING, C_YUYING)],
    note="course ad for another occupation (育婴员), not an AI-trainer offer; site-builder credit")

p = new("/other/jiankang-guanlishi.html")
fin(p, "健康管理师还值得考吗 - 小蓝书", notes("""
<div class="note"><h1>健康管理师还值得考吗？说说我的看法</h1>
<p>2026年了，健康管理师考的人越来越少……我个人不建议为了补贴去考。</p><p>#健康管理师 #考证</p></div>"""),
    note="notes-app post about another occupation; no seller")

# list pages
def link_list(items):
    return "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in items) + "</ul>"


p = new("/shop/taoyouji/list-ai.html")
fin(p, "人工智能训练师 - 淘优集搜索", shop_taoyouji(link_list([
    ("/shop/taoyouji/item-58213.html", "【官方报名】人工智能训练师 四级/三级 线上培训 1680起"),
    ("/shop/taoyouji/item-61077.html", "优学汇 人工智能训练师四级 网课+题库 ¥1499"),
    ("/shop/taoyouji/item-62450.html", "人工智能训练师五级四级报名代办 ¥299"),
])), note="marketplace search-results list page")

p = new("/tie/yitie/list-peixun.html")
fin(p, "职业技能培训信息 - 同城易贴", classifieds(link_list([
    ("/tie/yitie/p-770215.html", "人工智能训练师证报考，全国可报"),
    ("/tie/yitie/p-771904.html", "长沙 AI训练师考证/数据标注培训"),
    ("/tie/yitie/p-772630.html", "AI训练师/数据标注员证 正规报名"),
    ("/tie/yitie/p-773081.html", "老周AI培训 训练师四级小班"),
])), note="classifieds category list page")

p = new("/ask/wenzhi/index.html")
fin(p, "人工智能训练师 话题 - 问知社区", qa(link_list([
    ("/ask/wenzhi/q-3391.html", "零基础考人工智能训练师证靠谱吗？多少钱？"),
    ("/ask/wenzhi/q-4018.html", "深圳哪里可以考AI训练师证？"),
    ("/ask/wenzhi/q-4562.html", "武汉有没有人工智能训练师线下班？"),
    ("/ask/wenzhi/q-2871.html", "人工智能训练师证书在哪里查真伪？"),
    ("/ask/wenzhi/q-2954.html", "接到170开头电话说可以帮办AI训练师证，是骗子吗？"),
])), note="Q&A topic list page")

p = new("/bbs/tieba-ai/index.html")
fin(p, "人工智能训练师吧 - 贴聊", forum(link_list([
    ("/bbs/tieba-ai/t-44120.html", "三级训练师到底要不要报班？"),
    ("/bbs/tieba-ai/t-45502.html", "求组队一起考三级"),
    ("/bbs/tieba-ai/t-45890.html", "四级理论考试难吗"),
])), note="forum thread list")

p = new("/qun/index.html")
fin(p, "公开群 - 群记录", qunboard(link_list([
    ("/qun/board-ai-kaozheng.html", "AI训练师考证交流②"),
    ("/qun/board-shuju-biaozhu.html", "数据标注接单交流群"),
])), note="chat-group board list")

p = new("/index.html")
sections = [
    ("商城", [("/shop/taoyouji/list-ai.html", "淘优集·人工智能训练师"), ("/shop/pinpin/g-90317.html", "拼拼购·AI训练师网课"), ("/shop/pinpin/g-91842.html", "拼拼购·训练师题库会员")]),
    ("分类信息", [("/tie/yitie/list-peixun.html", "同城易贴·职业技能培训")]),
    ("问答与论坛", [("/ask/wenzhi/index.html", "问知社区"), ("/bbs/tieba-ai/index.html", "人工智能训练师吧"), ("/qun/index.html", "群记录")]),
    ("招聘与兼职", [("/jobs/pinda/job-20931.html", "AI训练师（带薪培训）"), ("/jobs/pinda/job-21177.html", "人工智能训练师学徒"),
                ("/jobs/pinda/job-20855.html", "数据标注员（图像方向）"), ("/jianzhi/post-3318.html", "线上AI数据标注 日结"), ("/jianzhi/post-3402.html", "周末线下发传单")]),
    ("微言 / 小蓝书 / 小程序 / 公众号", [("/weibo/zhixun-wl/post-8841.html", "未来智训AI学院"), ("/weibo/lanjing/post-2207.html", "蓝鲸数智学院"),
                ("/weibo/anan-ai/post-1180.html", "安安学姐"), ("/notes/n-5c81e2.html", "考了个AI训练师证"), ("/notes/n-9a03f7.html", "AI训练师证到底有没有用"),
                ("/other/jiankang-guanlishi.html", "健康管理师还值得考吗"), ("/mp/share-qmx.html", "小程序：AI训练师三级取证班"),
                ("/mp/share-rwl.html", "小程序：AI训练师四级武汉班"), ("/gzh/jiangcheng-jiaoyu.html", "江城职校报名通知")]),
    ("机构网站", [("/zhixunweilai/index.html", "智训未来教育"), ("/dingzhong/kecheng.html", "鼎众职业培训"), ("/beichen/baoming.html", "北辰智学报名"),
              ("/blog/huaxin-rc/index.html", "华信人才服务博客"), ("/form/yunti-baoming.html", "云梯学堂登记表"), ("/mingtu/index.html", "明途教育"),
              ("/lanjing/blog/ai-trainer-2026.html", "蓝鲸数智学院招生简章"), ("/ruiweilai/index.html", "睿智未来科技"), ("/zhitong/index.html", "职通天下"),
              ("/xingchen-edu/index.html", "星辰智能教育"), ("/other/yuyingyuan-peixun.html", "育婴员培训")]),
    ("资讯与政策", [("/news/2026-11-shanzhai-zhengshu.html", "警惕AI训练师证包过骗局"), ("/news/fanzha-tongbao.html", "反诈中心预警"),
               ("/news/hangye-ai-xunlianshi-2026.html", "AI训练师人才缺口大"), ("/gov/rsj-ai-xunlianshi-shuoming.html", "人社局说明")]),
]
body = "<h1>证书资讯导航</h1>\n" + "\n".join(f"<h2>{s}</h2>{link_list(items)}" for s, items in sections)
fin(p, "证书资讯导航", body, note="portal index page")

# ---------------------------------------------------------------- operators
OPS = [
    ("U01", ["智训未来教育", "未来智训AI学院"],
     "/shop/taoyouji/item-58213.html -phone- /zhixunweilai/index.html -wechat- /ask/wenzhi/q-3391.html -email- /weibo/zhixun-wl/post-8841.html"),
    ("U02", ["鼎众职业培训", "鼎众AI训练营", "北辰智学"],
     "/dingzhong/kecheng.html -uscc- /jobs/pinda/job-20931.html -qq_group- /qun/board-ai-kaozheng.html -domain- /beichen/baoming.html"),
    ("U03", ["启明星AI认证中心", "启明职教"],
     "/tie/yitie/p-770215.html -phone- /mp/share-qmx.html -other- /notes/n-5c81e2.html"),
    ("U04", ["华信智培", "华信人才服务", "云梯学堂"],
     "/bbs/tieba-ai/t-44120.html -qq- /blog/huaxin-rc/ai-xunlianshi.html -email- /form/yunti-baoming.html -wechat- /shop/pinpin/g-90317.html"),
    ("U05", ["明途教育", "智途考证"],
     "/jobs/pinda/job-21177.html -uscc- /mingtu/index.html -phone- /ask/wenzhi/q-4018.html"),
    ("U06", ["蓝鲸数智学院", "鲸选培训"],
     "/lanjing/blog/ai-trainer-2026.html -domain- /weibo/lanjing/post-2207.html -phone- /tie/yitie/p-771904.html -qq- /qun/board-shuju-biaozhu.html"),
    ("U07", ["优学汇", "优学汇职业技能", "职达认证"],
     "/notes/n-9a03f7.html -wechat- /shop/taoyouji/item-61077.html -qq_group- /bbs/tieba-ai/t-45502.html"),
    ("U08", ["睿智未来科技", "睿未来AI训练中心"],
     "/ruiweilai/index.html -uscc- /mp/share-rwl.html -email- /ask/wenzhi/q-4562.html"),
    ("U09", ["职通天下", "通职AI教育"],
     "/tie/yitie/p-772630.html -wechat- /zhitong/index.html -domain- /jianzhi/post-3318.html"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for pg in PAGES:
        fp = os.path.join(SITE, pg["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(pg["_html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    n_off = sum(p["is_offer"] for p in PAGES)
    truth = {
        "description": ("Sealed labeled web operators-2026-12p: Chinese ad pages for 人工智能训练师 (4-04-05-05) "
                        f"certificate courses across many site styles; {len(PAGES)} pages, {n_off} offers, "
                        f"{len(OPS)} operators plus independents; decoys are identifiers that appear on pages of "
                        "unrelated sellers (platform footers, hotlines, verification sites, warnings, stock images, "
                        "site-builder credits) and must not tie them. Decoy entries carry an extra 'category' field."),
        "pages": [{k: v for k, v in p.items() if k != "_html"} for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": [[oid, {"brands": b, "ties": t}] for oid, b, t in OPS],
        "decoys": [{"kind": DECOYS[k][0], "value": DECOYS[k][1], "category": DECOYS[k][2],
                    "paths": sorted(DEC_PATHS[k])} for k in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages ({n_off} offers) and truth.json")


if __name__ == "__main__":
    main()
