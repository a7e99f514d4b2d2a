#!/usr/bin/env python3
"""12bq: a fictional e-commerce / live-commerce web of AI-trainer certificate sellers.

Standard library only, deterministic. Writes site/ and truth.json next to this file.
"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# --------------------------------------------------------------------------- USCC
AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _v(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(p8, s8):
    c = 11 - sum(_v(a) * b for a, b in zip(s8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    s = p8 + s8 + ("X" if c == 10 else "0" if c == 11 else str(c))
    r = 31 - sum(AL.index(a) * b for a, b in zip(s, WT)) % 31
    return s + AL[0 if r == 31 else r]


USCC_U02 = uscc("91330106", "MA2H3K7P")   # 杭州数标科技培训有限公司
USCC_U06 = uscc("52440106", "MJL07245")   # 广州市天河区粤智技能培训学校 (民办非企业)
USCC_U09 = uscc("91110108", "MA01R6QX")   # 国培人才评价(北京)科技有限公司

# --------------------------------------------------------------------------- sites
SITES = {
    "shop": dict(name="智选商城", slogan="正品好课 · 七天无忧", nav=["首页", "职业技能", "考证专区", "IT编程", "店铺街", "我的订单"],
                 foot='智选商城 客服热线 400-826-7788 · 客服邮箱 kefu@zhixuanmall.com · 消费维权请拨 12315<br>'
                      'Copyright © 2019-2026 zhixuanmall.com 版权所有 · 增值电信业务经营许可证 浙B2-20190417'),
    "pin": dict(name="拼省省", slogan="一起拼 更省钱", nav=["首页", "限时秒杀", "百亿补贴", "教育课程", "拼小圈"],
                foot='拼省省平台官方客服 400-990-8181(7×24小时) · 平台不会以任何理由要求您加私人微信付款<br>'
                     '© 2026 pinshengsheng.com 拼省省(上海)网络科技有限公司'),
    "live": dict(name="播趣直播", slogan="直播回放 · 好物不错过", nav=["推荐", "直播回放", "知识付费", "主播榜", "开播"],
                 foot='播趣直播 举报电话 400-616-2525 · 主播入驻交流群 QQ群:573920146<br>'
                      '理性消费 · 谨防站外交易 · © boqulive.com'),
    "video": dict(name="快刷短视频", slogan="刷到就是缘分", nav=["推荐", "关注", "同城", "知识", "搜索"],
                  foot='快刷短视频 违法和不良信息举报 jubao@kuaishua.tv · 未成年人保护专线 400-140-2108<br>'
                       '© 2026 kuaishua.tv'),
    "tousu": dict(name="维权帮消费投诉平台", slogan="让每一次消费都有回音", nav=["首页", "我要投诉", "最新投诉", "商家入驻", "维权指南"],
                  foot='维权帮 服务热线 400-031-5315 · 关注公众号 weiquanbang 获取进度<br>'
                       '紧急情况请拨打 12315 或当地政务热线 12345 · © 维权帮'),
    "bbs": dict(name="AI打工人社区", slogan="数据标注 · 模型训练 · 考证交流", nav=["首页", "考证交流", "接单大厅", "求职招聘", "水区"],
                foot='站务交流 QQ群:217480563 · 广告合作请私信版主<br>Powered by Discuz! X3.4 · www.discuz.net'),
    "fenlei": dict(name="同城通分类信息", slogan="找工作 找培训 上同城通", nav=["首页", "教育培训", "招聘", "二手", "便民"],
                   foot='同城通 客服 0755-26638800 · 温馨提示:凡是要求先付款的都要提高警惕<br>© tongchengtong.cn'),
    "wx": dict(name="微信文章网", slogan="优质公众号文章聚合", nav=["首页", "教育", "职场", "科技", "政策"],
               foot='本站文章均转载自微信公众号,版权归原作者所有 · 侵权联系 wxwenzhang.cn 站务<br>© 微信文章网 wxwenzhang.cn'),
    "news": dict(name="钱江职教新闻网", slogan="职业教育 技能人才", nav=["首页", "要闻", "政策", "曝光台", "评论"],
                 foot='新闻热线 0571-85100110 · 违法和不良信息举报<br>© 钱江职教新闻网'),
}
SITE_TITLES = {"shop": "电商平台", "pin": "拼团", "live": "直播回放", "video": "短视频", "tousu": "消费投诉",
               "bbs": "论坛", "fenlei": "分类信息", "wx": "公众号转载", "news": "新闻"}

PAGES = []  # dicts


def page(path, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=(), side=None):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=offer, operator=op, provider=provider,
                      identifiers=[list(i) for i in ids], note=note, comments=list(comments), side=side))


def cm(user, text, when="2026-01-0{}"):
    return (user, text)


# =========================================================================== OFFERS
# ---------------- U01  智训未来 (包过 / 人社部颁发 / 落户)  phone+wechat+qq+qq-mail
page("/shop/item-1011.html", "【包过】人工智能训练师证书 三级/四级 人社部颁发 可落户 智训未来教育旗舰店",
     """<div class="item"><h1>人工智能训练师 三级/四级 考证全程班【不过退款】</h1>
<p class="price">¥<b>2680</b> <s>¥5980</s> 已售 1.2万+</p>
<ul class="sku"><li>四级(中级工)全程班 ¥2680</li><li>三级(高级工)全程班 ¥3680</li><li>四级+三级 双证联报 ¥5280</li></ul>
<p>店铺:智训未来教育旗舰店 · 发货地:深圳</p>
<div class="desc"><h3>宝贝详情</h3>
<p>人社部颁发 · 全国通用 · 终身有效 · 可落户深圳积分!零基础不限学历,签约包过,不过全额退。</p>
<p>拍下后请联系班主任激活课程:手机 139 2671 4580,微信 ZXWL_AI2025(备注"商城+姓名")。</p>
<p>课程编号 AIT-0417 · 课时 56 · 线上直播+录播</p>
<p class="deco">店铺装修:旺铺易 设计 QQ 800173629</p></div></div>""",
     True, "U01", "智训未来教育旗舰店",
     [("phone", "+8613926714580", "139 2671 4580"), ("wechat", "zxwl_ai2025", "ZXWL_AI2025")],
     "shop item page selling levels 3/4 with 包过 and 人社部颁发",
     [("买家_菲***", "班主任回复很快,已经开课了"), ("买家_l***9", "真的能落户吗?求解答"), ("智训未来教育旗舰店(商家)", "亲,可以的哦,详询班主任")])

page("/video/v-1.html", "零基础拿国家证书!人工智能训练师3个月下证 @启航AI考证",
     """<div class="player"><div class="cover">[视频 00:58] 启航AI考证 · 老师出镜</div>
<p class="caption">@启航AI考证:人工智能训练师证书到底有没有用?能落户、能补贴、能涨薪!零基础一样报,评论区扣"1"领资料 #人工智能训练师 #考证 #副业</p>
<p class="likes">点赞 3.4万 · 评论 812 · 转发 2066</p>
<p class="pin-comment">置顶:资料包+报名 vx：ZxWl_Ai2025 ,不方便加v的扣扣 2846 031 975</p>
<p>视频里展示的证书样本编号 S000044010012253000127,可上官网查询。</p></div>""",
     True, "U01", "启航AI考证",
     [("wechat", "zxwl_ai2025", "ZxWl_Ai2025"), ("qq", "2846031975", "2846 031 975")],
     "short video with pinned comment giving WeChat and QQ",
     [("晴天小猪", "1"), ("做数据标注的阿杰", "证书编号我查了,查出来是别人的名字……"), ("lily", "1 想拼团的加我 v:lily_9527 一起报便宜点"),
      ("启航AI考证(作者)", "已私信,注意查收哦")])

page("/pin/group-3.html", "【3人团】人工智能训练师四级 考证冲刺班 未来星职业培训",
     """<div class="group"><h1>人工智能训练师(四级)冲刺班 3人拼团价 ¥1299</h1>
<p>单独购买 ¥2599 · 还差 <b>1</b> 人成团 · 剩余 05:12:33</p>
<p>商家:未来星职业培训 · 已拼 4321 件</p>
<div class="desc"><p>保障:考不过免费重读,直到拿证!证书人社部备案可查。</p>
<p>成团后请加客服 Q:2846031975 发送订单截图,或发邮件到 2846031975@qq.com 领取电子教材。</p></div></div>""",
     True, "U01", "未来星职业培训",
     [("qq", "2846031975", "2846031975"), ("email", "2846031975@qq.com", "2846031975@qq.com")],
     "group-buy page; QQ and QQ-mail",
     [("拼友_7c2", "谁来拼一个,我手机 131 6620 8845 拼成了喊我"), ("拼友_豆豆", "去年拼的,证是拿到了但是不是本人考的……")])

page("/fenlei/ad-2.html", "人工智能训练师考证 包过 可落户 启航AI考证 深圳",
     """<div class="ad"><h1>人工智能训练师考证 三级四级 包过 可办落户积分</h1>
<table class="meta"><tr><td>类别</td><td>教育培训 / 职业资格</td></tr><tr><td>区域</td><td>深圳 · 南山</td></tr>
<tr><td>联系人</td><td>陈老师(启航AI考证)</td></tr></table>
<p>国家新职业,人社部颁发证书,全国联网可查。不用到场,报名后老师全程指导,零基础也能拿证。</p>
<p>邮箱报名:2846031975 at qq dot com(标题写"训练师+城市")。</p></div>""",
     True, "U01", "启航AI考证",
     [("email", "2846031975@qq.com", "2846031975 at qq dot com")],
     "classified ad, spelled-out QQ mail only")

# ---------------- U02  杭州数标 (honest-ish: prices, subsidy, venue)  uscc+landline+mobile+domain+payee
page("/shop/store-2.html", "数标学院官方店 - 店铺档案",
     f"""<div class="store"><h1>数标学院官方店</h1><p>店铺评分 4.9 · 粉丝 2.1万 · 开店 4 年</p>
<h3>店铺资质</h3><table class="lic"><tr><td>企业名称</td><td>杭州数标科技培训有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{USCC_U02}</td></tr><tr><td>住所</td><td>浙江省杭州市西湖区文三路 *** 号</td></tr>
<tr><td>联系电话</td><td>0571-8693 0127</td></tr></table>
<h3>店铺商品</h3><ul><li>人工智能训练师(五级)培训+认定 ¥1580</li><li>人工智能训练师(四级)培训+认定 ¥1980</li><li>数据标注实操训练营 ¥399</li></ul>
<p>说明:认定由备案评价机构组织,证书可在 zscx.osta.org.cn 查询;参保满一年可申请技能提升补贴(五级最高1000元、四级最高1500元)。</p></div>""",
     True, "U02", "数标学院官方店",
     [("uscc", USCC_U02.lower(), USCC_U02), ("phone", "0571-86930127", "0571-8693 0127")],
     "store profile with licence and prices")

page("/wx/article-2.html", "浙江人工智能训练师(四级)开班通知|补贴政策一文看懂",
     """<div class="art"><p class="src">来源公众号:浙里学AI · 2026-02-11</p>
<p>2026年第一期人工智能训练师(四级/中级工)培训将于3月开班,线下40课时+线上10课时,理论30%、实操70%。</p>
<p>报名条件:取得五级证书后从事本职业4年,或累计从事本职业6年,或技工院校相关专业毕业。<b>不承诺包过</b>,认定由备案评价机构组织。</p>
<p>费用:培训费1980元(含认定费),符合条件的参保职工可申领技能提升补贴,咨询社保政策可拨 12333。</p>
<p>在线报名:www.shubiao-edu.cn ,或致电招生老师 158-5826-1947,办公室座机 0571 8693 0127。</p>
<div class="form"><p>报名表:姓名____ 手机(示例:138-0000-0000)____ 邮箱(如 name@example.com)____</p>
<p class="credit">报名表单由 表单侠 提供 biaodanxia.com</p></div></div>""",
     True, "U02", "浙里学AI",
     [("domain", "shubiao-edu.cn", "www.shubiao-edu.cn"), ("phone", "+8615858261947", "158-5826-1947"),
      ("phone", "0571-86930127", "0571 8693 0127")],
     "WeChat repost of an honest course announcement")

page("/live/replay-2.html", "【回放】数标学院 · 数据标注员实操公开课 + 四级报名答疑",
     """<div class="replay"><p>主播:数标学院 · 直播时长 1:42:10 · 观看 8,930</p>
<h3>精彩片段(字幕)</h3>
<p>[00:12:40] 主播:我们是正规培训,考试在杭州市职业技能鉴定考点,考务电话 0571-87206315 大家可以自己打过去核实。</p>
<p>[01:20:05] 主播:想报名的同学记一下招生老师电话,一五八 五八二六 一九四七,官网是 shubiao-edu点cn。</p>
<p>[01:35:00] 主播:小黄车里是公开课资料包,9.9元,不是证书哈。</p></div>""",
     True, "U02", "数标学院",
     [("phone", "+8615858261947", "一五八 五八二六 一九四七"), ("domain", "shubiao-edu.cn", "shubiao-edu点cn")],
     "live replay transcript with spoken phone and domain",
     [("小鱼干", "主播讲得很实在"), ("ai新人", "五级要工作经验吗"), ("数标学院(主播)", "五级需要累计从事本职业或相关职业1年以上,或本职业学徒期满")])

page("/bbs/thread-4.html", "[广告] 杭州 人工智能训练师五级/四级 培训认定 可开发票",
     """<div class="post"><p class="author">楼主:hz_shubiao · 认证商家</p>
<p>杭州数标科技培训有限公司,人工智能训练师五级、四级周末班滚动开班,价格透明:五级1580,四级1980,含认定费,不含教材。</p>
<p>咨询:(0571)86930127(工作日)。对公账户户名:杭州数标科技培训有限公司,可开增值税普通发票。</p>
<p>提醒:所有"包过""免考"的都别信,证书在 zscx.osta.org.cn 能查到才算数。</p></div>""",
     True, "U02", "杭州数标科技培训",
     [("phone", "0571-86930127", "(0571)86930127"), ("other", "payee:杭州数标科技培训有限公司", "杭州数标科技培训有限公司")],
     "forum advert by a merchant account",
     [("lucky_star", "去年在他们家考的四级,确实要自己考"), ("数据民工老王", "有没有线上班?")])

# ---------------- U03  鼎证 (免考 包过, WeChat-centric)  wechat+qq group+payee+phone
page("/pin/group-1.html", "【2人团】人工智能训练师证书 免考直出 快证通",
     """<div class="group"><h1>人工智能训练师 五级/四级/三级 拼团 ¥899 起</h1>
<p>单买 ¥1899 · 2人团 · 已拼 9800+</p><p>商家:快证通</p>
<div class="desc"><p>免考试!免培训!提交资料7-15个工作日出证,人社部颁发,官网可查,不过退款。</p>
<p>拼团成功后加客服微信 dingzheng668 提交资料(身份证+一寸照),付款截图发客服,收款人周海燕。</p>
<p>本月考试批次:13520250718,名额有限。</p></div></div>""",
     True, "U03", "快证通",
     [("wechat", "dingzheng668", "dingzheng668"), ("other", "payee:周海燕", "周海燕")],
     "group-buy page promising 免考 certificate",
     [("拼友_an", "真的免考吗?"), ("拼友_W", "上次买了没下文,客服把我拉黑了")])

page("/video/v-3.html", "三级人工智能训练师 不用考 直接拿证? 看完你就懂了 @AI考证帮",
     """<div class="player"><div class="cover">[视频 00:41] 手持证书展示</div>
<p class="caption">@AI考证帮:别人考半年,我们7天出证!五级四级三级都能办,一次报三级更优惠。#人工智能训练师 #证书</p>
<p class="likes">点赞 1.1万 · 评论 366</p>
<p class="pin-comment">作者置顶:看主页 V:dingZheng668 ,粉丝群 738 215 904 每晚发名额</p></div>""",
     True, "U03", "AI考证帮",
     [("wechat", "dingzheng668", "dingZheng668"), ("qq_group", "738215904", "738 215 904")],
     "short video selling 3 levels at once",
     [("路人甲", "这不是包过吗,违法的吧"), ("AI考证帮(作者)", "我们是正规渠道,可查"), ("lily", "一起的加我 v:lily_9527")])

page("/bbs/thread-5.html", "出人工智能训练师证,三级四级都有,内部渠道",
     """<div class="post"><p class="author">楼主:证途无忧</p>
<p>内部渠道,不用上课不用考试,人社部颁发国家职业资格证书,入库可查。需要的进群:QQ群 738-215-904 ,群里有学员证书展示。</p>
<p>价格私聊,先付一半定金,出证付尾款。定金转账收款人:周海燕。</p></div>""",
     True, "U03", "证途无忧",
     [("qq_group", "738215904", "738-215-904"), ("other", "payee:周海燕", "周海燕")],
     "forum post selling certificates without exam",
     [("版主_阿K", "已警告,请勿发布违规广告"), ("hz_小林", "小心骗子,这种都是交了钱就拉黑")])

# ---------------- U04  沪上积分通 (落户/积分)  phone=wechat, email, domain, wechat id
page("/fenlei/ad-4.html", "上海积分落户 人工智能训练师三级证 加60分 沪上积分通",
     """<div class="ad"><h1>人工智能训练师三级 上海居住证积分 +60分 落户必备</h1>
<table class="meta"><tr><td>类别</td><td>教育培训 / 职业资格</td></tr><tr><td>区域</td><td>上海 · 浦东</td></tr>
<tr><td>联系人</td><td>徐经理(沪上积分通)</td></tr></table>
<p>高技能人才目录职业,三级直接加60分,二级加100分!学历不限、年龄不限、专业不限,全程代办。</p>
<p>电话:186 2173 0952(微信同号),随时咨询。</p></div>""",
     True, "U04", "沪上积分通",
     [("phone", "+8618621730952", "186 2173 0952"), ("wechat", "18621730952", "186 2173 0952")],
     "classified ad selling certificates for Shanghai points")

page("/wx/article-4.html", "2026上海居转户新政:这本证书能加60分!",
     """<div class="art"><p class="src">来源公众号:申城技能服务 · 2026-01-20</p>
<p>很多小伙伴问,人工智能训练师算不算上海急需紧缺职业?能不能加分?今天一次讲清楚。</p>
<p>三级(高级工)居住证积分可加60分,二级100分,一级140分。我们提供报名+培训+考前辅导一条龙,通过率98%。</p>
<p>咨询邮箱 hsjf_service@126.com ,官网 www.hujifen.com.cn ,客服微信 HSJF021。</p>
<div class="form"><p>预约表:手机(示例:138-0000-0000)____ 邮箱(如 name@example.com)____</p>
<p class="credit">报名表单由 表单侠 提供 biaodanxia.com</p></div></div>""",
     True, "U04", "申城技能服务",
     [("email", "hsjf_service@126.com", "hsjf_service@126.com"), ("domain", "hujifen.com.cn", "www.hujifen.com.cn"),
      ("wechat", "hsjf021", "HSJF021")],
     "WeChat repost advertorial about Shanghai points")

page("/live/replay-4.html", "【回放】上海落户加分攻略 · 人工智能训练师报考中心",
     """<div class="replay"><p>主播:人工智能训练师报考中心 · 直播时长 0:58:21 · 观看 3,204</p>
<h3>精彩片段(字幕)</h3>
<p>[00:05:10] 主播:二级技师零基础也能报,我们有绿色通道,加分一次到位。</p>
<p>[00:31:44] 主播:外地的朋友打这个 +86 186-2173-0952 ,或者去我们网站 hujifen.com.cn 留言。</p>
<p>[00:50:02] 主播:小黄车里是"积分测评服务",拍了之后顾问联系你。</p></div>""",
     True, "U04", "人工智能训练师报考中心",
     [("phone", "+8618621730952", "+86 186-2173-0952"), ("domain", "hujifen.com.cn", "hujifen.com.cn")],
     "live replay; technician level for beginners",
     [("沪漂小张", "二级零基础?不是要三级加四年吗"), ("主播助理", "具体私信顾问哈")])

# ---------------- U05  云端智培 (三证 bundle)  qq, qq group, phone, email
page("/pin/group-5.html", "【三证联报】人工智能训练师+数据标注员+AIGC 三证 ¥699",
     """<div class="group"><h1>三证联办:人工智能训练师 + 数据标注员 + AIGC应用师 仅 ¥699</h1>
<p>3人团 · 已拼 2.6万件</p><p>商家:三证联办AI工作室</p>
<div class="desc"><p>一次报名拿三本证,全国通用,国家认可,终身有效,挂靠年入2万+!</p>
<p>拼团后添加 QQ 3150926847 或致电 13057846219 领取学习账号。</p></div></div>""",
     True, "U05", "三证联办AI工作室",
     [("qq", "3150926847", "3150926847"), ("phone", "+8613057846219", "13057846219")],
     "group-buy three-certificate bundle with 挂靠 income",
     [("拼友_mm", "挂靠真能赚钱?"), ("拼友_lucy", "我手机 131 6620 8845 有拼的叫我")])

page("/bbs/thread-7.html", "云端智培:人工智能训练师五级四级,线上考,7月批次还有名额",
     """<div class="post"><p class="author">楼主:云端智培</p>
<p>线上学习线上考试,不用请假,考试批次:13520250718 还剩30个名额。五级+四级联报再送AIGC证书。</p>
<p>报名找叩叩:315-092-6847 ,资料发邮箱 yunduanzp@foxmail.com 。</p></div>""",
     True, "U05", "云端智培",
     [("qq", "3150926847", "315-092-6847"), ("email", "yunduanzp@foxmail.com", "yunduanzp@foxmail.com")],
     "forum ad; QQ written with dashes",
     [("新手上路", "线上考的证能查吗"), ("数据民工老王", "四级要6年工作经验吧,你们怎么线上直接考")])

page("/video/v-5.html", "数据标注员月入过万?先拿这本证 @智能数据标注学堂",
     """<div class="player"><div class="cover">[视频 01:12] 屏幕录制 · 标注软件演示</div>
<p class="caption">@智能数据标注学堂:零基础学数据标注,结课送人工智能训练师证书,原价9999限时99!#数据标注 #副业</p>
<p class="likes">点赞 6,721 · 评论 201</p>
<p class="pin-comment">作者置顶:学员交流群 906 172 35 ,合作邮箱 YunDuanZP@Foxmail.com</p></div>""",
     True, "U05", "智能数据标注学堂",
     [("qq_group", "90617235", "906 172 35"), ("email", "yunduanzp@foxmail.com", "YunDuanZP@Foxmail.com")],
     "short video with 99-yuan course and certificate",
     [("打工人小周", "99块送证?"), ("lily", "有拼的 v:lily_9527")])

# ---------------- U06  粤智 (honest, subsidy, 民非 school)  uscc, landline, mobile, domain, email
page("/shop/store-6.html", "粤智AI学院 - 店铺档案",
     f"""<div class="store"><h1>粤智AI学院</h1><p>店铺评分 4.8 · 粉丝 9,862 · 开店 3 年 · 教育培训类目</p>
<h3>店铺资质</h3><table class="lic"><tr><td>主体名称</td><td>广州市天河区粤智技能培训学校</td></tr>
<tr><td>统一社会信用代码</td><td>{USCC_U06}</td></tr><tr><td>办学许可</td><td>天河区人社局颁发 民办学校办学许可证</td></tr>
<tr><td>客服电话</td><td>020-3872 9415</td></tr></table>
<h3>店铺商品</h3><ul><li>人工智能训练师(四级)周末班 ¥2200</li><li>人工智能训练师(三级)晚班 ¥2800</li></ul>
<p>补贴目录编号:15306210487 · 广东参保人员可按规定申请技能提升补贴,三级最高2000元(紧缺职业可上浮)。</p>
<p class="deco">店铺装修:旺铺易 设计 QQ 800173629</p></div>""",
     True, "U06", "粤智AI学院",
     [("uscc", USCC_U06.lower(), USCC_U06), ("phone", "020-38729415", "020-3872 9415")],
     "store profile of a private training school")

page("/wx/article-6.html", "广州人工智能训练师三级补贴班招生简章(2026年春季)",
     """<div class="art"><p class="src">来源公众号:粤智技能培训学校 · 2026-02-26</p>
<p>培训对象:取得四级证书后从事本职业5年,或具备相关大专学历并取得四级证书后工作2年的在职人员。</p>
<p>课程:40学时,业务分析、智能训练、智能系统设计、培训与指导。认定合格者由备案评价机构颁发职业技能等级证书,可在 jndj.osta.org.cn 及 zscx.osta.org.cn 查询。</p>
<p>补贴:失业保险参保满一年,可申请技能提升补贴,详询 12333。</p>
<p>咨询电话:020—38729415 · 网址 yuezhi-ai.com</p>
<div class="form"><p>报名表:手机(示例:138-0000-0000)____</p><p class="credit">报名表单由 表单侠 提供 biaodanxia.com</p></div></div>""",
     True, "U06", "粤智技能培训学校",
     [("phone", "020-38729415", "020—38729415"), ("domain", "yuezhi-ai.com", "yuezhi-ai.com")],
     "WeChat repost of an enrolment notice")

page("/live/replay-6.html", "【回放】南粤数标 · 三级实操题讲解",
     """<div class="replay"><p>主播:南粤数标 · 直播时长 2:03:44 · 观看 5,117</p>
<h3>精彩片段(字幕)</h3>
<p>[00:44:30] 主播:下一期晚班四月开,想来试听的加招生老师手机 135 8029 4671 。</p>
<p>[01:58:12] 主播:简历、学历证明发到 zhaosheng#yuezhi-ai.com (#换成@),老师帮你看报考条件够不够。</p></div>""",
     True, "U06", "南粤数标",
     [("phone", "+8613580294671", "135 8029 4671"), ("email", "zhaosheng@yuezhi-ai.com", "zhaosheng#yuezhi-ai.com")],
     "live replay; email with # for @",
     [("阿文", "大专毕业两年能报三级吗"), ("南粤数标(主播)", "需要先有四级证书哦")])

page("/fenlei/ad-6.html", "广州 人工智能训练师 四级三级 周末班 补贴班 广州粤智教育",
     """<div class="ad"><h1>人工智能训练师 四级/三级 周末班(天河)</h1>
<table class="meta"><tr><td>类别</td><td>教育培训 / 职业技能</td></tr><tr><td>区域</td><td>广州 · 天河</td></tr>
<tr><td>联系人</td><td>梁老师(广州粤智教育)</td></tr></table>
<p>小班教学,实操为主。四级2200元,三级2800元,参保人员可申请补贴。</p>
<p>手机:＋86 135 8029 4671 · 邮箱 zhaosheng@yuezhi-ai.com · 官网 Yuezhi-AI.com</p></div>""",
     True, "U06", "广州粤智教育",
     [("phone", "+8613580294671", "＋86 135 8029 4671"), ("email", "zhaosheng@yuezhi-ai.com", "zhaosheng@yuezhi-ai.com"),
      ("domain", "yuezhi-ai.com", "Yuezhi-AI.com")],
     "classified ad with full-width plus sign")

# ---------------- U07  睿达考务 (exam place seller)  phone, qq, wechat
page("/fenlei/ad-7.html", "代报人工智能训练师考点 杭州/宁波 考位紧张 考点直通车",
     """<div class="ad"><h1>人工智能训练师 四级三级 考位代报</h1>
<table class="meta"><tr><td>类别</td><td>教育培训 / 考试服务</td></tr><tr><td>区域</td><td>杭州 · 拱墅</td></tr>
<tr><td>联系人</td><td>考点直通车</td></tr></table>
<p>考点名额紧张,自己报不上的找我们,代报杭州、宁波考位,考试批次:13520250718,服务费另计。</p>
<p>电话 152 0193 7548 · QQ 1972460385</p></div>""",
     True, "U07", "考点直通车",
     [("phone", "+8615201937548", "152 0193 7548"), ("qq", "1972460385", "1972460385")],
     "classified ad selling exam places")

page("/bbs/thread-9.html", "考位代报,人工智能训练师七月批次 博睿考务",
     """<div class="post"><p class="author">楼主:博睿考务</p>
<p>七月杭州考点还有少量位置,代报名+考前模拟,不包过。考点考务电话 0571-87206315 可自行核实考试安排。</p>
<p>联系:微信 Ruida_KaoWu / 手机 15201937548</p></div>""",
     True, "U07", "博睿考务",
     [("wechat", "ruida_kaowu", "Ruida_KaoWu"), ("phone", "+8615201937548", "15201937548")],
     "forum post selling exam registrations",
     [("新手上路", "代报要多少钱"), ("hz_小林", "考点自己官网就能报吧")])

page("/shop/item-1077.html", "人工智能训练师考位预约服务 杭州考点 睿达职业服务",
     """<div class="item"><h1>人工智能训练师 考位预约服务(四级/三级)</h1>
<p class="price">¥<b>300</b> 服务费 · 已售 611</p><p>店铺:睿达职业服务 · 发货地:杭州</p>
<div class="desc"><h3>宝贝详情</h3><p>本商品为代预约考位服务费,不含培训费和认定费,不承诺通过。</p>
<p>拍下后添加微信 ruida_kaowu 提交报名资料。</p></div></div>""",
     True, "U07", "睿达职业服务",
     [("wechat", "ruida_kaowu", "ruida_kaowu")],
     "shop item: exam-place booking service fee",
     [("买家_t***2", "约上了,服务还行")])

# ---------------- U08  星河 (live commerce)  wechat, qq group, phone, domain
page("/live/replay-8.html", "【回放】星河AI直播间 · 原价9999 今晚99 AI副业+证书",
     """<div class="replay"><p>主播:星河AI直播间 · 直播时长 3:11:09 · 观看 4.6万</p>
<h3>精彩片段(字幕)</h3>
<p>[00:20:00] 主播:今天直播间福利,AI训练师全套课程原价9999,今晚只要99,还送人社部认证的新职业证书!</p>
<p>[01:05:33] 主播:拍了的家人们加助教微信,xinghe下划线zhixue,备注直播间。</p>
<p>[02:40:10] 主播:进学员群 824530917 ,每天有接单任务。</p>
<p>直播间商品由 播趣小店 发货,小店客服 400-616-2525。</p></div>""",
     True, "U08", "星河AI直播间",
     [("wechat", "xinghe_zhixue", "xinghe下划线zhixue"), ("qq_group", "824530917", "824530917")],
     "live-commerce replay with 99-yuan course plus certificate",
     [("宝妈小雨", "已拍"), ("星河AI直播间(助理)", "拍了的加助教哦"), ("路人甲", "人社部认证的新职业证书是什么东西")])

page("/video/v-8.html", "宝妈在家做AI标注 一个月多赚3000 @小星老师带你学AI",
     """<div class="player"><div class="cover">[视频 00:36] 小星老师出镜</div>
<p class="caption">@小星老师带你学AI:零基础,一部手机就能做,学完还能考人工智能训练师证!#宝妈副业 #AI</p>
<p class="likes">点赞 2.3万 · 评论 1,024</p>
<p class="pin-comment">作者置顶:学员群 8245 30917 · 不会进群的打 199 1205 7736</p></div>""",
     True, "U08", "小星老师带你学AI",
     [("qq_group", "824530917", "8245 30917"), ("phone", "+8619912057736", "199 1205 7736")],
     "short video; group number split oddly",
     [("宝妈小雨", "真的假的"), ("做数据标注的阿杰", "标注单价早就跌没了"), ("lily", "拼课的加我 v:lily_9527")])

page("/pin/group-8.html", "【2人团】AI训练师副业课+证书 星河智学",
     """<div class="group"><h1>AI训练师副业全套课(含证书报名) 2人团 ¥99</h1>
<p>单买 ¥199 · 已拼 1.8万件</p><p>商家:星河智学</p>
<div class="desc"><p>课程+接单+考证一站式,学完推荐报考人工智能训练师。</p>
<p>售后电话 199-1205-7736 · 学习平台 xhzx.ai</p></div></div>""",
     True, "U08", "星河智学",
     [("phone", "+8619912057736", "199-1205-7736"), ("domain", "xhzx.ai", "xhzx.ai")],
     "group-buy course with certificate registration")

page("/shop/store-8.html", "AI副业研习社 - 店铺档案",
     """<div class="store"><h1>AI副业研习社</h1><p>店铺评分 4.5 · 粉丝 3.3万 · 开店 1 年</p>
<h3>店铺资质</h3><table class="lic"><tr><td>经营者</td><td>个体工商户(已认证)</td></tr><tr><td>联系方式</td><td>店铺客服在线</td></tr></table>
<h3>店铺商品</h3><ul><li>AI训练师副业全套课 ¥99</li><li>人工智能训练师考证辅导 ¥1680</li></ul>
<p>学习平台:www.xhzx.ai · 售后微信 XingHe_ZhiXue</p>
<p class="deco">店铺装修:旺铺易 设计 QQ 800173629</p></div>""",
     True, "U08", "AI副业研习社",
     [("domain", "xhzx.ai", "www.xhzx.ai"), ("wechat", "xinghe_zhixue", "XingHe_ZhiXue")],
     "store profile of a live-commerce seller")

# ---------------- U09  国培/华夏 (fake query site)  domain, uscc, phone, email
page("/wx/article-9.html", "人工智能训练师证书官方查询入口及报考通知",
     f"""<div class="art"><p class="src">来源公众号:国培人才评价网 · 2026-03-02</p>
<p>国培人才评价网是国内领先的技能人才评价服务平台,颁发的人工智能训练师证书官网可查、全国通用。</p>
<p>证书查询:www.zgjnrc-cx.com(输入姓名+证书编号)。证书样本编号 S000044010012253000127。</p>
<p>主办单位:国培人才评价(北京)科技有限公司 统一社会信用代码 {USCC_U09}</p>
<p>免考核、直接认定,15个工作日出证。</p></div>""",
     True, "U09", "国培人才评价网",
     [("domain", "zgjnrc-cx.com", "www.zgjnrc-cx.com"), ("uscc", USCC_U09.lower(), USCC_U09)],
     "WeChat repost promoting a private 'query site' and 免考核 certificates")

page("/fenlei/ad-9.html", "职证速办 人工智能训练师 各等级 快速出证",
     """<div class="ad"><h1>人工智能训练师证书 各等级 快速办理</h1>
<table class="meta"><tr><td>类别</td><td>教育培训 / 职业资格</td></tr><tr><td>区域</td><td>北京 · 海淀</td></tr>
<tr><td>联系人</td><td>职证速办</td></tr></table>
<p>一级高级技师、二级技师均可办理,不限学历不限经验,证书在 zgjnrc-cx点com 可查。</p>
<p>电话:一七三 二零四八 五五九一</p></div>""",
     True, "U09", "职证速办",
     [("domain", "zgjnrc-cx.com", "zgjnrc-cx点com"), ("phone", "+8617320485591", "一七三 二零四八 五五九一")],
     "classified ad selling level 1/2 without requirements")

page("/bbs/thread-11.html", "华夏技能证书服务:人工智能训练师 一站式办理",
     """<div class="post"><p class="author">楼主:华夏技能证书服务</p>
<p>专业办理人工智能训练师各等级证书,流程简单,材料齐全即可,支持官网查询。</p>
<p>咨询 173 2048 5591 ,资料发 hxjn_zs@sina.com 。</p></div>""",
     True, "U09", "华夏技能证书服务",
     [("phone", "+8617320485591", "173 2048 5591"), ("email", "hxjn_zs@sina.com", "hxjn_zs@sina.com")],
     "forum post, certificate service",
     [("hz_小林", "什么官网?osta上能查吗?"), ("版主_阿K", "已标记为广告")])

# ---------------- Independents
page("/shop/item-2001.html", "人工智能训练师(五级)培训 成都线下班 蓉城数智职业培训学校",
     """<div class="item"><h1>人工智能训练师(五级/初级工)线下班 60课时</h1>
<p class="price">¥<b>1280</b> · 已售 233</p><p>店铺:蓉城数智职业培训学校 · 发货地:成都</p>
<div class="desc"><h3>宝贝详情</h3><p>报考需累计从事相关工作1年以上或学徒期满。认定由备案评价机构组织,证书可在 zscx.osta.org.cn 查询,不承诺通过。</p>
<p>补贴目录编号:15306210487。咨询电话 028-85531702。</p>
<p class="deco">店铺装修:旺铺易 设计 QQ 800173629</p></div></div>""",
     True, "I01", "蓉城数智职业培训学校",
     [("phone", "028-85531702", "028-85531702")],
     "honest independent training shop item", [("买家_c***n", "老师很负责")])

page("/pin/group-7.html", "【2人团】AI数据标注入门课 小鹿AI课",
     """<div class="group"><h1>AI数据标注入门课 + 人工智能训练师报考指导 2人团 ¥59</h1>
<p>单买 ¥129 · 已拼 5,210件</p><p>商家:小鹿AI课</p>
<div class="desc"><p>20节录播课,学完可自行报考人工智能训练师五级(需满足报考条件)。</p>
<p>课程答疑微信 xiaolu_aike ,工作日手机 139 2671 4850 。</p></div></div>""",
     True, "I02", "小鹿AI课",
     [("wechat", "xiaolu_aike", "xiaolu_aike"), ("phone", "+8613926714850", "139 2671 4850")],
     "independent cheap course; phone differs from U01's in two digits",
     [("拼友_7c2", "我手机 131 6620 8845 有拼的喊我")])

page("/video/v-10.html", "人工智能训练师到底怎么考?一条视频讲清 @AI考证李老师",
     """<div class="player"><div class="cover">[视频 02:10] 板书讲解</div>
<p class="caption">@AI考证李老师:五级要1年相关工作经验,别信零基础直接考二级的!我这边带线上辅导班,880元,不包过。#人工智能训练师</p>
<p class="likes">点赞 9,402 · 评论 530</p>
<p class="pin-comment">作者置顶:报辅导班扣扣 1846 2093 57</p></div>""",
     True, "I03", "AI考证李老师",
     [("qq", "1846209357", "1846 2093 57")],
     "independent honest tutor video",
     [("打工人小周", "终于有个说实话的"), ("lily", "想一起报的加我 v:lily_9527")])

page("/live/replay-11.html", "【回放】金陵智能培训 · 南京人工智能训练师四级说明会",
     """<div class="replay"><p>主播:金陵智能培训 · 直播时长 1:10:20 · 观看 2,008</p>
<h3>精彩片段(字幕)</h3>
<p>[00:15:00] 主播:拿到证之后可以在 jndj.osta.org.cn 扫码核验,查不到的一律是假的。</p>
<p>[00:58:40] 主播:南京的同学报名打 025-5268 3310 ,四级培训费1850元。</p></div>""",
     True, "I04", "金陵智能培训",
     [("phone", "025-52683310", "025-5268 3310")],
     "independent honest live explainer")

page("/bbs/thread-13.html", "人工智能训练师报考中心:武汉 四级周末班招生",
     """<div class="post"><p class="author">楼主:人工智能训练师报考中心</p>
<p>武汉光谷周末班,四级1900元,包教材不包过。需满足报考条件,报名时审核。</p>
<p>电话:156-7120-8843</p></div>""",
     True, "I05", "人工智能训练师报考中心",
     [("phone", "+8615671208843", "156-7120-8843")],
     "independent; same generic brand as one U04 page but nothing shared",
     [("数据民工老王", "光谷哪个位置?")])

page("/fenlei/ad-12.html", "个人辅导 人工智能训练师理论+实操 一对一",
     """<div class="ad"><h1>人工智能训练师 一对一辅导(四级/三级)</h1>
<table class="meta"><tr><td>类别</td><td>教育培训 / 家教</td></tr><tr><td>区域</td><td>西安 · 雁塔</td></tr>
<tr><td>联系人</td><td>王老师</td></tr></table>
<p>本人算法工程师,考过三级,可辅导理论和实操,200元/小时。</p>
<p>联系邮箱:wang.tutor.ai@outlook.com</p>
<div class="form"><p class="credit">留言表单由 表单侠 提供 biaodanxia.com</p></div></div>""",
     True, "I06", "王老师",
     [("email", "wang.tutor.ai@outlook.com", "wang.tutor.ai@outlook.com")],
     "independent personal tutor")

# =========================================================================== NON-OFFERS
page("/news/warning-1.html", "人社部门提醒:警惕\"包过\"\"免考\"人工智能训练师证书骗局",
     """<div class="news"><p class="meta">钱江职教新闻网 · 2026-03-10 · 记者 林舟</p>
<p>近日,市人社局发布提醒:网络上出现大量"免考直出""人社部颁发"的人工智能训练师证书广告。职业技能等级证书由备案的评价机构颁发,人社部门不直接颁发。</p>
<p>市民王女士反映,她通过手机号 176 2398 4410 和微信 zhengshu_kuaiban 联系"老师",付款3800元后被拉黑。</p>
<p>人社部门提示:证书真伪请登录 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询;如有疑问请拨打 12333,也可拨打 12345 反映。</p></div>""",
     note="news: 人社 warning quoting a scammer's phone and WeChat")

page("/news/report-2.html", "上海去年人工智能训练师认定1.63万人次 发证1.09万本",
     """<div class="news"><p class="meta">钱江职教新闻网 · 2026-01-26 · 综合新华社报道</p>
<p>2025年上海人工智能训练师职业技能等级认定1.63万人次,发证1.09万本。该职业(职业编码 4-04-05-05)列入急需紧缺高技能人才职业目录。</p>
<p>业内人士提醒,证书可在 zscx.osta.org.cn 查询,勿轻信"包过"承诺。</p></div>""",
     note="news report on official assessment numbers")

page("/tousu/complaint-1.html", "投诉:交了3800办人工智能训练师证,对方拉黑不退款",
     """<div class="complaint"><p class="meta">投诉编号 WQB-20260305-0917 · 状态:处理中</p>
<p><b>投诉对象:</b>某证书代办(网名"证书快办")</p><p><b>投诉要求:</b>退款、赔偿</p>
<p>对方自称人社部合作机构,说免考出证,我转了3800元,对方手机 176 2398 4410 ,微信 zhengshu_kuaiban 。发来的证书编号 S000044010012253000127 在官网查不到,再联系已被拉黑。</p>
<p>订单号:1726351048823157(平台外转账截图已上传)。</p>
<p>已拨打 12315 和 12345 反映。</p></div>""",
     note="consumer complaint quoting the scammer's contacts and a fake certificate number",
     comments=[("维权帮小助手", "已转交相关部门,请耐心等待"), ("同样被骗的阿花", "我也是这个号,176 2398 4410 ,一模一样的话术")])

page("/tousu/complaint-2.html", "投诉:直播间99元AI课送证书,实际证书是培训结业证",
     """<div class="complaint"><p class="meta">投诉编号 WQB-20260311-1204 · 状态:商家已回复</p>
<p><b>投诉对象:</b>某直播间(主播未透露名称)</p><p><b>投诉要求:</b>退款</p>
<p>直播间说送"人社部认证的新职业证书",收到的是一张培训机构自己印的结业证书,不是职业技能等级证书。客服让我加微信 zhengshu_kuaiban 处理,我没加。</p>
<p>订单号:1726351048823157 的售后申请也被驳回。我的联系电话已提交平台(138****5521)。</p>
<p>平台提示:如需进一步维权可拨打 12315。</p></div>""",
     note="complaint about a live-commerce course",
     comments=[("热心网友", "直播间送的证基本都是结业证")])

page("/bbs/thread-2.html", "求助:人工智能训练师五级没有工作经验能报吗?",
     """<div class="post"><p class="author">楼主:新手上路</p>
<p>刚毕业,想转行做数据标注,看到很多说零基础直接考三级的,是真的吗?有没有考过的前辈说说。</p></div>""",
     note="learner's question thread",
     comments=[("数据民工老王", "五级要相关工作1年或者学徒期满,别信零基础三级"),
               ("hz_小林", "之前有人私信我 176 2398 4410 说能办证,直接举报了"),
               ("lily", "想组队备考的加我 v:lily_9527"),
               ("拼友_7c2", "同问,我手机 131 6620 8845 有消息告诉我")])

page("/fenlei/job-1.html", "招聘:数据标注员 10名 五险一金 杭州",
     """<div class="ad"><h1>数据标注员(全职) 6-8K</h1>
<table class="meta"><tr><td>类别</td><td>招聘 / IT</td></tr><tr><td>区域</td><td>杭州 · 滨江</td></tr>
<tr><td>联系人</td><td>人事 周女士</td></tr></table>
<p>岗位要求:大专以上,细心,有人工智能训练师证书优先(非必须),公司可组织员工参加认定。</p>
<p>简历投递:hr@binjiang-data.com</p></div>""",
     note="job ad, not a seller")

page("/shop/item-3001.html", "Python零基础入门到实战 60讲 编程课",
     """<div class="item"><h1>Python零基础入门到实战 60讲</h1><p class="price">¥<b>49.9</b> · 已售 3.1万</p>
<p>店铺:码上学编程 · 发货地:北京</p><div class="desc"><p>纯编程课程,不含任何证书。</p></div></div>""",
     note="unrelated course item")

page("/wx/article-1.html", "一文读懂:职业技能等级证书怎么查、谁来发、补贴怎么领",
     """<div class="art"><p class="src">来源公众号:职场政策通 · 2026-02-02</p>
<p>2019年以来,水平评价类职业资格逐步退出目录,改为职业技能等级认定。人工智能训练师(4-04-05-05)的证书属于职业技能等级证书,由备案评价机构颁发。</p>
<p>查询途径:jndj.osta.org.cn、zscx.osta.org.cn,以及技能人才评价工作网 osta.mohrss.gov.cn。</p>
<p>补贴:参保满一年可申请技能提升补贴,五级1000元、四级1500元、三级2000元,具体咨询 12333。</p></div>""",
     note="policy explainer repost")

# --------------------------------------------------------------------------- render
SIDES = {
    "shop": ["热卖榜", "猜你喜欢", "看了又看"], "pin": ["拼团热榜", "附近的人在拼"], "live": ["正在直播", "回放推荐"],
    "video": ["相关推荐", "热门话题 #考证"], "tousu": ["最新投诉", "维权指南"], "bbs": ["本版热帖", "版规"],
    "fenlei": ["相关信息", "防骗指南"], "wx": ["相关阅读", "热门文章"], "news": ["热点", "曝光台"],
}


def site_of(p):
    return p["path"].split("/")[1] if p["path"].count("/") > 1 else None


def render(p, links):
    s = site_of(p)
    if s is None:
        head = '<div class="top"><b>证书与职业培训网页导航</b></div>'
        foot = "<p>本导航页仅收录网址,不对内容负责。</p>"
        nav = ""
    else:
        S = SITES[s]
        head = f'<div class="top"><a href="/index.html">导航</a> | <a href="/{s}/index.html"><b>{S["name"]}</b></a> <i>{S["slogan"]}</i> <input value="搜索商品/课程/店铺"></div>'
        nav = '<ul class="nav">' + "".join(f'<li><a href="/{s}/index.html">{n}</a></li>' for n in S["nav"]) + "</ul>"
        foot = S["foot"]
    side = ""
    if s:
        blocks = "".join(f"<h4>{t}</h4>" for t in SIDES[s])
        rel = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        side = f'<div class="side">{blocks}<ul>{rel}</ul></div>'
    coms = ""
    if p["comments"]:
        coms = '<div class="comments"><h3>评论 ({})</h3>'.format(len(p["comments"])) + "".join(
            f'<div class="c"><span class="u">{u}</span>:<span class="t">{t}</span></div>' for u, t in p["comments"]) + "</div>"
    body = p["body"] if s else p["body"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p['title']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>{head}{nav}
<div class="main"><div class="crumb"><a href="/index.html">首页</a> &gt; {SITE_TITLES.get(s, '')}</div>
{body}
{coms}</div>
{side}
<div class="footer">{foot}</div>
</body></html>
"""


def build():
    # site index pages
    by_site = {}
    for p in PAGES:
        by_site.setdefault(site_of(p), []).append(p)
    for s in SITES:
        lst = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in by_site.get(s, []))
        page(f"/{s}/index.html", f"{SITES[s]['name']} - 首页",
             f'<div class="list"><h2>{SITES[s]["name"]} · 最新</h2><ul>{lst}</ul></div>',
             note=f"index of the {SITE_TITLES[s]} site")
    lst = "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}({SITE_TITLES[s]})</a></li>' for s in SITES)
    page("/index.html", "网址导航", f'<div class="list"><ul>{lst}</ul></div>', note="root index")

    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(site_of(p), []).append(p)
    html = {}
    for p in PAGES:
        s = site_of(p)
        sib = [q for q in by_site.get(s, []) if q is not p and not q["path"].endswith("index.html")]
        i = sib.index(p) if p in sib else 0
        links = [(q["path"], q["title"][:18]) for q in (sib[i:] + sib[:i])[:4]]
        out = render(p, links)
        html[p["path"]] = out
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(out)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    return html


# --------------------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public hotline quoted by sellers, news and explainers"),
    ("phone", "12315", ["12315"], "market-regulation consumer hotline in platform footers and complaints"),
    ("phone", "12345", ["12345"], "government service hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site quoted by honest and scam sellers alike"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("other", "4-04-05-05", ["4-04-05-05"], "occupation code, not a contact"),
    ("phone", "400-826-7788", ["400-826-7788"], "智选商城 platform customer-service number in the footer"),
    ("email", "kefu@zhixuanmall.com", ["kefu@zhixuanmall.com"], "marketplace's own service mail in the footer"),
    ("domain", "zhixuanmall.com", ["zhixuanmall.com"], "marketplace's own domain"),
    ("other", "浙B2-20190417", ["浙B2-20190417"], "marketplace ICP licence in the footer"),
    ("phone", "400-990-8181", ["400-990-8181"], "group-buy platform customer service"),
    ("domain", "pinshengsheng.com", ["pinshengsheng.com"], "group-buy platform domain"),
    ("phone", "400-616-2525", ["400-616-2525"], "live platform report line and in-stream shop service"),
    ("qq_group", "573920146", ["573920146"], "live platform's streamer-recruitment QQ group"),
    ("email", "jubao@kuaishua.tv", ["jubao@kuaishua.tv"], "short-video platform report mail"),
    ("phone", "400-140-2108", ["400-140-2108"], "short-video platform minors hotline"),
    ("phone", "400-031-5315", ["400-031-5315"], "complaint platform hotline"),
    ("wechat", "weiquanbang", ["weiquanbang"], "complaint platform's official account"),
    ("qq_group", "217480563", ["217480563"], "forum admin QQ group in the footer"),
    ("domain", "discuz.net", ["www.discuz.net"], "forum software credit"),
    ("phone", "0755-26638800", ["0755-26638800"], "classifieds site customer service"),
    ("domain", "wxwenzhang.cn", ["wxwenzhang.cn"], "repost site's own domain"),
    ("phone", "0571-85100110", ["0571-85100110"], "news site hotline"),
    ("qq", "800173629", ["800173629"], "shop-decoration (site-builder) credit on several stores"),
    ("domain", "biaodanxia.com", ["biaodanxia.com"], "form-tool credit on sign-up forms"),
    ("phone", "+8613800000000", ["138-0000-0000"], "template placeholder in sign-up forms"),
    ("email", "name@example.com", ["name@example.com"], "template placeholder e-mail"),
    ("phone", "+8617623984410", ["176 2398 4410"], "scammer's number quoted in a warning, a complaint and a comment; no offer uses it"),
    ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer's WeChat quoted in a warning and complaints"),
    ("other", "S000044010012253000127", ["S000044010012253000127"], "certificate sample number copied between sellers and a complaint"),
    ("other", "1726351048823157", ["1726351048823157"], "order number in complaints"),
    ("other", "13520250718", ["13520250718"], "exam batch number that looks like a mobile; quoted by unrelated sellers"),
    ("other", "15306210487", ["15306210487"], "subsidy catalogue number that looks like a mobile; quoted by unrelated schools"),
    ("phone", "0571-87206315", ["0571-87206315"], "assessment venue's exam-office number quoted by unrelated sellers"),
    ("wechat", "lily_9527", ["lily_9527"], "a buyer's own WeChat in comments under several sellers"),
    ("phone", "+8613166208845", ["131 6620 8845"], "a buyer's own phone in comments"),
]


def present(text, w):
    pat = re.escape(w)
    if w[:1].isdigit():
        pat = r"(?<![0-9])" + pat
    if w[-1:].isdigit():
        pat = pat + r"(?![0-9])"
    return re.search(pat, text) is not None


def main():
    html = build()
    pages = sorted(PAGES, key=lambda p: p["path"])
    owner = {p["path"]: (p["operator"] or "non-offer:" + p["path"]) for p in pages}
    decoys = []
    for kind, value, written, note in DECOYS:
        paths = [p["path"] for p in pages if any(present(html[p["path"]], w) for w in written)]
        assert len(paths) >= 2 and len({owner[x] for x in paths}) >= 2, (value, paths)
        decoys.append(dict(kind=kind, value=value, note=note, written=written, paths=paths))
    # an identifier's written forms may appear only on pages of its own operator
    allids = {}
    for p in pages:
        for k, v, w in p["identifiers"]:
            allids.setdefault((k, v), set()).add(p["operator"])
    for key, ops in allids.items():
        assert len(ops) == 1, key
    for p in pages:
        for k, v, w in p["identifiers"]:
            for q in pages:
                if q["operator"] != p["operator"] and present(html[q["path"]], w):
                    raise SystemExit(f"identifier {w} of {p['path']} leaks onto {q['path']}")
    ops = {}
    for p in pages:
        if p["is_offer"] and p["operator"].startswith("U"):
            ops.setdefault(p["operator"], []).append(p)
    TIES = {
        "U01": "phone/WeChat on the shop item; WeChat with changed case and QQ on the video; QQ and QQ-mail on the group buy; QQ-mail spelled out on the classified",
        "U02": "licence USCC and landline on the store; landline and payee on the forum; landline (spaced), mobile and domain on the repost; mobile and domain spoken in the live replay",
        "U03": "WeChat on group buy and video; QQ group on video and forum; personal payee on group buy and forum",
        "U04": "phone = WeChat (微信同号) on the classified; phone with +86 and domain on the live replay; domain, e-mail and WeChat on the repost",
        "U05": "QQ plain and dashed; e-mail with changed case; 8-digit QQ group on the video",
        "U06": "USCC and landline on the store; landline (em dash) and domain on the repost; mobile and # e-mail on the live replay; full-width +86 mobile, e-mail and domain with changed case on the classified",
        "U07": "phone and QQ on the classified; phone and WeChat (case changed) on the forum; WeChat on the shop item",
        "U08": "WeChat spelled with 下划线 and QQ group on the replay; split QQ group and phone on the video; phone and domain on the group buy; domain and WeChat on the store",
        "U09": "domain and USCC on the repost; domain spelled with 点 and phone in Chinese numerals on the classified; phone and e-mail on the forum",
    }
    operators = [[o, {"brands": sorted({p["provider"] for p in ps}), "ties": TIES[o]}] for o, ps in sorted(ops.items())]
    truth = {
        "description": "12bq: e-commerce and live-commerce web (shop items, store profiles, group buys, live replays, short videos, complaints) of AI-trainer certificate sellers behind 9 operators and 6 independents",
        "pages": [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                       identifiers=p["identifiers"], note=p["note"]) for p in pages],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    n_off = sum(p["is_offer"] for p in pages)
    print(f"pages={len(pages)} offers={n_off} operators={len(operators)} independents="
          f"{len({p['operator'] for p in pages if p['is_offer'] and p['operator'].startswith('I')})} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
