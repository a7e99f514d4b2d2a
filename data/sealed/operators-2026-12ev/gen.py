#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- identifiers ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(org8, w))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(p2, div6, org8):
    body = p2 + div6 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPHA[0 if r == 31 else r]

def norm(kind, written):
    if kind == "phone":
        d = re.sub(r"\D", "", written)
        if d.startswith("86") and len(d) == 13:
            d = d[2:]
        if len(d) == 11 and d.startswith("1"):
            return "+86" + d
        return d
    if kind in ("qq", "qq_group"):
        return re.sub(r"\D", "", written)
    if kind == "domain":
        d = written.strip().lower().split("/")[0]
        return d[4:] if d.startswith("www.") else d
    if kind in ("wechat", "email"):
        return written.strip().lower()
    if kind == "uscc":
        return written.strip().upper()
    return written

C_U01 = uscc("52", "320505", "MJ582741")
C_U02 = uscc("91", "520115", "MA6HQ3R2")
C_U04 = uscc("91", "320594", "MA27K5YB")
C_U05 = uscc("91", "520900", "MA6DT7L4")
C_U07 = uscc("91", "110108", "MA01R2JW")
C_U08 = uscc("92", "320507", "MA20G8HK")
C_U09 = uscc("52", "520102", "MJ031846")

# ---------- sites ----------
SITES = {
 "zhixin": dict(name="苏州智信职业培训学校", style="training", domain="www.szzhixin-edu.cn",
   menu=["首页", "课程中心", "鉴定报名", "补贴政策", "关于我们"],
   side="<h4>热门课程</h4><ul><li>人工智能训练师（四级）</li><li>人工智能训练师（三级）</li><li>电工（五级）</li></ul><h4>办学地址</h4><p>苏州市吴中区东吴北路（示意）</p>",
   foot="苏州智信职业培训学校 版权所有 &nbsp; 苏ICP备19062217号-2 &nbsp; 办学许可证号：教民1320506xxxx号"),
 "qianyun": dict(name="黔云智训", style="training", domain="www.gyqianyun.com",
   menu=["首页", "AI训练营", "数据标注", "就业服务", "联系我们"],
   side="<h4>开班日历</h4><ul><li>3月数据标注员周末班</li><li>4月人工智能训练师四级</li></ul><h4>校区</h4><p>贵阳市观山湖区（大数据产业园）</p>",
   foot="© 2026 贵阳黔云智训科技有限公司 &nbsp; 黔ICP备20007731号-1"),
 "kechengbao": dict(name="课程宝", style="marketplace", domain="www.kechengbao.cn",
   menu=["首页", "职业技能", "IT互联网", "考证", "机构入驻", "我的订单"],
   side="<h4>猜你喜欢</h4><ul><li>Python数据分析</li><li>健康管理师</li><li>电商运营实战</li></ul>",
   foot="课程宝 在线职业教育平台 &nbsp; 客服热线：400-690-2277 &nbsp; 客服邮箱：kf@kechengbao.cn &nbsp; 苏ICP备2021031877号-1 &nbsp; www.kechengbao.cn"),
 "gusu-bbs": dict(name="姑苏茶馆论坛 · 职场进修", style="forum", domain="www.gusubbs.net",
   menu=["论坛首页", "职场进修", "苏州生活", "二手交易", "站务"],
   side="<h4>版规</h4><p>禁止发布虚假证书广告，举报请发站务。</p><h4>今日热帖</h4><ul><li>园区落户积分交流</li><li>公积金提取攻略</li></ul>",
   foot="姑苏茶馆论坛 gusubbs.net &nbsp; 站务QQ群：512378964 &nbsp; 联系站长：admin@gusubbs.net"),
 "kuaishi": dict(name="快视", style="shortvideo", domain="www.kuaishi.tv",
   menu=["推荐", "关注", "同城", "学习", "直播"],
   side="<h4>相关推荐</h4><ul><li>#数据标注 日结</li><li>#考证 副业</li><li>#AI 新职业</li></ul>",
   foot="快视 kuaishi.tv &nbsp; 违法和不良信息举报电话：400-140-2108 &nbsp; 举报邮箱：jubao@kuaishi.tv"),
 "fenlei": dict(name="百姓同城分类信息", style="classifieds", domain="www.baixingtc.com",
   menu=["首页", "招聘", "教育培训", "二手", "房产", "发布信息"],
   side="<h4>温馨提示</h4><p>凡是要求先交押金、报名费的，请提高警惕。</p><h4>城市</h4><ul><li>苏州</li><li>贵阳</li></ul>",
   foot="百姓同城 客服电话：400-168-8059 &nbsp; 京ICP证100123号"),
 "news": dict(name="筑城晨报网", style="news", domain="www.zcchenbao.com",
   menu=["首页", "本地", "民生", "教育", "财经", "专题"],
   side="<h4>24小时热点</h4><ul><li>贵阳地铁3号线新进展</li><li>春季招聘会本周六举行</li></ul>",
   foot="筑城晨报网 新闻热线：0851-86558110 &nbsp; 黔ICP备09004521号 &nbsp; 未经授权不得转载"),
 "rsj": dict(name="苏州市人力资源和社会保障局（信息公开镜像）", style="gov", domain="hrss.suzhou.example.gov.cn",
   menu=["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
   side="<h4>便民服务</h4><ul><li>人社服务热线 12333</li><li>技能人才评价证书查询</li></ul>",
   foot="主办：苏州市人力资源和社会保障局 &nbsp; 本页为公开信息镜像，以官网为准"),
 "wenda": dict(name="知问", style="qa", domain="www.zhiwen.cn",
   menu=["首页", "问题", "话题", "专栏", "提问"],
   side="<h4>相关话题</h4><ul><li>职业技能等级证书</li><li>新职业</li><li>数据标注</li></ul>",
   foot="知问 社区问答 &nbsp; 客服：help@zhiwen.cn"),
 "wx": dict(name="微文摘 · 公众号文章聚合", style="wechat", domain="www.wxwenzhai.cn",
   menu=["首页", "职场", "教育", "科技", "投稿"],
   side="<h4>本站说明</h4><p>文章转载自微信公众号，版权归原作者所有。</p>",
   foot="微文摘 投稿邮箱：tougao@wxwenzhai.cn &nbsp; 如有侵权请联系删除"),
 "shop": dict(name="灵犀小店街", style="shop", domain="www.xiaodianjie.com",
   menu=["首页", "考试资料", "课程", "数码", "购物车"],
   side="<h4>店铺保障</h4><ul><li>7天无理由（虚拟商品除外）</li><li>担保交易</li></ul>",
   foot="小店街 担保交易平台 &nbsp; 交易纠纷请在订单页发起投诉"),
}

PAGES = []  # dicts

def P(path, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, ids=list(ids), note=note))

def I(kind, written):
    return (kind, written)

# ======================= zhixin (U01 own site) =======================
P("/zhixin/course-l4.html", "人工智能训练师（四级/中级工）培训班招生简章",
  f"""<h1>人工智能训练师（四级/中级工）培训班招生简章</h1>
<p>职业编码 4-04-05-05，工种：数据标注员。依据《人工智能训练师国家职业技能标准（2021年版）》开展培训，参考学时50学时。</p>
<h3>报名条件</h3><p>取得本职业五级证书后从事本职业4年以上；或累计从事本职业6年以上；或技工学校相关专业毕业生。具体以认定机构审核为准。</p>
<h3>费用</h3><p>培训费2680元，认定费另计。符合条件的参保职工可申领失业保险技能提升补贴（四级最高1500元），我校协助申报。</p>
<p>证书为职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。样证编号示例：S000032000126254000128</p>
<h3>报名咨询</h3><p>教务处电话：0512-6825 1930 &nbsp; 招生老师：139-6215-8847（李老师）<br>微信：zhixin_ai88<br>在线报名表：jinshuju.net/f/Zx4AiT</p>
<p class="small">统一社会信用代码：{C_U01}</p>""",
  True, "U01", "苏州智信职业培训学校",
  [I("phone", "0512-6825 1930"), I("phone", "139-6215-8847"), I("wechat", "zhixin_ai88"), I("uscc", C_U01), I("other", "苏ICP备19062217号-2")],
  "training-school course page, level 4, honest")
P("/zhixin/course-l3.html", "人工智能训练师三级（高级工）周末班",
  """<h1>人工智能训练师三级（高级工）周末班</h1>
<p>面向已取得四级证书、从事数据标注/算法测试工作的学员。课程模块：业务分析、智能训练、智能系统设计、培训与指导。理论+实操，各100分，60分合格。</p>
<p>学费3280元（含教材、实训平台账号）。不承诺通过，考核由备案评价机构组织。</p>
<p>咨询：(0512)68251930 转 8 &nbsp; 加微信请备注“三级”：ZhiXin_AI88</p>""",
  True, "U01", "苏州智信职业培训学校",
  [I("phone", "(0512)68251930"), I("wechat", "ZhiXin_AI88"), I("other", "苏ICP备19062217号-2")],
  "training-school course page, level 3, honest")
P("/zhixin/news-subsidy.html", "2026年技能提升补贴申领指南",
  """<h1>2026年技能提升补贴申领指南</h1>
<p>失业保险技能提升补贴：五级最高1000元、四级1500元、三级2000元；需参保满一年，同一职业同一等级只能享受一次。二级、一级无全国统一补贴。</p>
<p>政策咨询请拨打人社服务热线12333。</p>""",
  note="school news page: subsidy guide, non-offer")

# ======================= qianyun (U02 own site) =======================
P("/qianyun/ai-xunlianshi.html", "人工智能训练师四级 · 贵阳春季班",
  f"""<h1>人工智能训练师（四级）贵阳春季班</h1>
<p>黔云智训依托贵阳大数据产业，开设人工智能训练师培训，对接本地数据标注企业实习岗位（不承诺就业）。</p>
<p>学费：2980元；参保满一年的学员可按规定申领技能提升补贴。证书由备案的评价机构颁发，可登录 zscx.osta.org.cn 查询；有疑问可拨打12333核实。</p>
<p>考点：贵阳某职业技术学院实训楼（考点前台 0851-84105210，仅受理考场事宜）</p>
<p>全国咨询热线 400-662-7319 &nbsp; 手机：186 8512 3406<br>邮箱：qianyun_px@163.com</p>
<p>贵阳黔云智训科技有限公司 统一社会信用代码 {C_U02}</p>""",
  True, "U02", "贵阳黔云智训科技有限公司",
  [I("phone", "400-662-7319"), I("phone", "186 8512 3406"), I("email", "qianyun_px@163.com"), I("uscc", C_U02), I("other", "黔ICP备20007731号-1")],
  "training-company course page, honest")
P("/qianyun/shujubiaozhu.html", "数据标注员（人工智能训练师工种）周末班",
  """<h1>数据标注员周末班</h1>
<p>人工智能训练师下设两个工种：数据标注员、人工智能算法测试员。本班面向零基础学员学习标注工具，结业后可参加五级认定（需满足一年相关工作经历或学徒期满）。</p>
<p>学费1680元，分两期支付。</p>
<p>报名热线：4006627319 &nbsp; 微信：qyzx-gy</p>""",
  True, "U02", "黔云智训",
  [I("phone", "4006627319"), I("wechat", "qyzx-gy"), I("other", "黔ICP备20007731号-1")],
  "training-company course page for the 数据标注员 work type")

# ======================= kechengbao marketplace =======================
P("/kechengbao/c/1001.html", "【苏州线下】人工智能训练师四级认证班 智信AI学院",
  """<h1>【苏州线下】人工智能训练师四级 认定辅导班</h1>
<div class="price">¥2680 <s>¥3600</s> 已报名 213</div>
<p>机构：智信AI学院（已认证）｜ 班期编号：13720260601 ｜ 上课地点：苏州吴中</p>
<p>课程介绍：50学时，含数据采集和处理、数据标注、智能系统运维实操。</p>
<p>机构联系方式：13962158847 ｜ 官网 www.szzhixin-edu.cn</p>""",
  True, "U01", "智信AI学院",
  [I("phone", "13962158847"), I("domain", "www.szzhixin-edu.cn")],
  "marketplace listing by U01 under a sub-brand")
P("/kechengbao/c/1002.html", "黔云AI训练营｜人工智能训练师+数据标注实战",
  """<h1>黔云AI训练营｜人工智能训练师+数据标注实战</h1>
<div class="price">¥2980 已报名 96</div>
<p>机构：黔云AI训练营 ｜ 贵阳观山湖</p>
<p>讲师来自本地数据标注企业，线上直播+线下实训。报名后可加班主任微信 QYZX-GY，或访问 gyqianyun.com。</p>""",
  True, "U02", "黔云AI训练营",
  [I("wechat", "QYZX-GY"), I("domain", "gyqianyun.com")],
  "marketplace listing by U02")
P("/kechengbao/c/1003.html", "云启教育 人工智能训练师三级 全程班（苏州园区）",
  f"""<h1>云启教育 人工智能训练师三级全程班</h1>
<div class="price">¥3980 已报名 57</div>
<p>班期编号：13720260601 ｜ 机构：云启教育</p>
<p>学员证书样例：编号 S000032000126254000128（样证，仅供展示）</p>
<p>咨询电话：152 5008 6613 ｜ 苏州云启教育科技有限公司（信用代码：{C_U04}）</p>""",
  True, "U04", "云启教育",
  [I("phone", "152 5008 6613"), I("uscc", C_U04)],
  "marketplace listing by U04")
P("/kechengbao/c/1004.html", "华职优学 人工智能训练师 四级/三级 网课+考试指导",
  """<h1>华职优学 人工智能训练师 网课+考试指导</h1>
<div class="price">¥1999 限时 ¥1580</div>
<p>零基础可学，题库刷题，班主任全程跟进。贵阳学员可线下参加实操集训。</p>
<p>学员交流群 735201846 ｜ 报名咨询 151 8504 7712</p>""",
  True, "U06", "华职优学",
  [I("qq_group", "735201846"), I("phone", "151 8504 7712")],
  "marketplace listing by U06, mild hype")
P("/kechengbao/c/1005.html", "灵犀考证｜人工智能训练师三级题库+报名代办",
  """<h1>灵犀考证｜人工智能训练师三级 题库+报名代办</h1>
<div class="price">¥899</div>
<p>内部题库，押题命中率高，报名材料代办，一次不过下期免费重学。</p>
<p>售后微信：lingxi_kz ｜ 收款方：苏州市相城区灵犀信息咨询服务部</p>""",
  True, "U08", "灵犀考证",
  [I("wechat", "lingxi_kz"), I("other", "苏州市相城区灵犀信息咨询服务部")],
  "marketplace listing by U08: 内部题库, hint of guarantee")
P("/kechengbao/c/1006.html", "米粒AI课堂 人工智能训练师五级入门",
  """<h1>米粒AI课堂 人工智能训练师五级入门</h1>
<div class="price">¥699</div>
<p>适合有一年以上数据标注经验的同学，60学时录播课，附标注工具实操。</p>
<p>讲师微信：mili_ai_ketang（备注课程宝）</p>""",
  True, "I01", "米粒AI课堂",
  [I("wechat", "mili_ai_ketang")],
  "independent marketplace listing")

# ======================= gusu-bbs forum =======================
P("/gusu-bbs/thread-101.html", "人工智能训练师证书 三级一起拿 人社部颁发 包过",
  """<h1>人工智能训练师证书 三级一起拿 人社部颁发 包过</h1>
<div class="post"><b>楼主：国培小林</b><p>人工智能训练师 五级四级三级一起考，不限学历不限经验，免培训，包过！人社部颁发，全国联网可查。名额有限，QQ：2978451036</p></div>
<div class="post"><b>2楼 苏城小蜜蜂</b><p>真的假的？有资料吗，求资料 QQ 1048675213</p></div>
<div class="post"><b>3楼 园区打工人</b><p>三级一起拿？标准里要先有四级再干几年，劝大家慎重。</p></div>""",
  True, "U03", "国培小林",
  [I("qq", "2978451036")],
  "forum ad post by U03 (scam wording) with reader comments")
P("/gusu-bbs/thread-102.html", "【分享】启航AI训练营上课体验 + 四月开班信息",
  """<h1>【分享】启航AI训练营上课体验 + 四月开班信息</h1>
<div class="post"><b>楼主：启航助教Amy</b><p>我们启航AI训练营四月在园区开人工智能训练师三级班，周末上课，需已有四级证书。想了解的可以电话 15250086613 或发邮件 YunQi_Edu@126.com。</p></div>
<div class="post"><b>2楼 苏城小蜜蜂</b><p>可以发我一份课表吗 QQ 1048675213</p></div>""",
  True, "U04", "启航AI训练营",
  [I("phone", "15250086613"), I("email", "YunQi_Edu@126.com")],
  "forum post by U04 staff")
P("/gusu-bbs/thread-103.html", "贵阳也能报人工智能训练师吗？有没有群",
  """<h1>贵阳也能报人工智能训练师吗？有没有群</h1>
<div class="post"><b>楼主：在苏州的贵州人</b><p>明年回贵阳，想先考个证。</p></div>
<div class="post"><b>2楼 华职优学-周老师</b><p>我们华职教育贵阳分校有班，群号：735201846，或加微信 hzyx_gy 发你课表。</p></div>""",
  True, "U06", "华职教育贵阳分校",
  [I("qq_group", "735201846"), I("wechat", "hzyx_gy")],
  "forum thread where U06 replies with an offer")
P("/gusu-bbs/thread-104.html", "【曝光】交了4800说包过三级，结果证书查不到",
  """<h1>【曝光】交了4800说包过三级，结果证书查不到</h1>
<div class="post"><b>楼主：不想再被骗</b><p>去年加了一个“江苏人社职业技能中心”的微信 jiangsu_rszx，对方打电话 17051826693 说三级一起拿、人社部颁发。交钱后证书在他们给的网站能查，在 zscx.osta.org.cn 查不到。已向12315投诉。</p></div>
<div class="post"><b>2楼 版主</b><p>记得到技能人才评价证书全国联网查询核实，遇到此类情况可拨打12333。</p></div>""",
  note="forum complaint thread: scam numbers quoted, non-offer")
P("/gusu-bbs/thread-105.html", "出个人带报名额 人工智能训练师四级 苏州",
  """<h1>出个人带报名额 人工智能训练师四级 苏州</h1>
<div class="post"><b>楼主：阿杰在园区</b><p>认识的机构还有两个四级报名名额，资料我帮你整理，价格比机构低。电话微信同号 137-7189-4520。</p></div>""",
  True, "I02", "阿杰在园区",
  [I("phone", "137-7189-4520")],
  "independent individual selling slots on forum")

# ======================= kuaishi short video =======================
P("/kuaishi/v/7301.html", "黔云智训：贵阳数据标注员一天的工作",
  """<h1>@黔云智训 · 贵阳数据标注员一天的工作</h1>
<div class="video">[视频 02:41] 点赞 1.2万 评论 386</div>
<p>#人工智能训练师 #数据标注 想系统学的宝子私信，或v❤：qyzx-gy ☎18685123406</p>
<div class="comments"><p>用户8821：学费多少？</p><p>黔云智训：2980，参保的可以申请补贴哦</p></div>""",
  True, "U02", "黔云智训",
  [I("wechat", "qyzx-gy"), I("phone", "18685123406")],
  "short-video page by U02")
P("/kuaishi/v/7302.html", "国培证书姐：人工智能训练师证三级一起拿",
  """<h1>@国培证书姐 · 人工智能训练师证三级一起拿</h1>
<div class="video">[视频 00:37] 点赞 3.4万</div>
<p>国家认可！官方认证！零基础不限学历，交费包过，拿证即可挂靠年入3万+ 原价9999限时1999。电话：177-5120-3398 V：gpzx2026</p>
<div class="comments"><p>lily：dd 我 v：lily_sz1990</p><p>路人甲：挂靠？AI训练师证谁要啊</p></div>""",
  True, "U03", "国培证书姐",
  [I("phone", "177-5120-3398"), I("wechat", "gpzx2026")],
  "short-video ad by U03: 包过, 挂靠, 三级一起拿")
P("/kuaishi/v/7303.html", "数标学院：培训完直接上岗 月入8000",
  """<h1>@数标学院 · 培训完直接上岗 月入8000</h1>
<div class="video">[视频 01:15] 点赞 8.6千</div>
<p>贵阳数据标注培训，学完考人工智能训练师证，协议就业，月入8000不是梦！咨询微信 qzsb_hr，电话 13308510729</p>""",
  True, "U05", "数标学院",
  [I("wechat", "qzsb_hr"), I("phone", "13308510729")],
  "short-video ad by U05: 协议就业")
P("/kuaishi/v/7304.html", "智培证书：工信部人工智能证书 官网可查",
  """<h1>@智培证书 · 工信部人工智能证书 官网可查</h1>
<div class="video">[视频 00:52] 点赞 2.1万</div>
<p>国家级人工智能训练师证书，工信部认证，全国通用，官网可查！90%小白都能学会。客服微信 zkzp_kefu 热线 400 809 3156</p>
<div class="comments"><p>lily：dd 我 v：lily_sz1990</p></div>""",
  True, "U07", "智培证书",
  [I("wechat", "zkzp_kefu"), I("phone", "400 809 3156")],
  "short-video ad by U07: fake authority")
P("/kuaishi/v/7305.html", "AI标注老王：自学考五级的经验",
  """<h1>@AI标注老王 · 自学考五级的经验</h1>
<div class="video">[视频 03:20] 点赞 910</div>
<p>分享我自学的路径。我自己录了一套五级实操课，199元，需要的加我微信 wanglaoshi_bz</p>""",
  True, "I03", "AI标注老王",
  [I("wechat", "wanglaoshi_bz")],
  "independent creator selling a course")

# ======================= fenlei classifieds =======================
P("/fenlei/sz/8801.html", "苏州 人工智能训练师四级培训 可申请补贴 智信教育",
  """<h1>苏州 人工智能训练师四级培训 可申请补贴</h1>
<table><tr><td>类别</td><td>教育培训-职业技能</td></tr><tr><td>区域</td><td>苏州-吴中</td></tr><tr><td>联系人</td><td>李老师（智信教育）</td></tr></table>
<p>正规学校，持证教学。电话：139 6215 8847（微信同号）</p>""",
  True, "U01", "智信教育",
  [I("phone", "139 6215 8847")],
  "classified ad by U01")
P("/fenlei/sz/8802.html", "人工智能训练师 免培训 包过 三级一起拿 苏州可报",
  """<h1>人工智能训练师 免培训 包过 三级一起拿</h1>
<table><tr><td>类别</td><td>教育培训-考证</td></tr><tr><td>联系人</td><td>国培人才(苏州)</td></tr></table>
<p>人社部颁发，入库可查，不限学历不限年龄，一次性拿五级四级三级三本，可挂靠。</p>
<p>联系电话：177 5120 3398</p>
<p class="tpl">联系电话：请填写（如 13800138000）</p>""",
  True, "U03", "国培人才(苏州)",
  [I("phone", "177 5120 3398")],
  "classified scam ad by U03 with template leftover")
P("/fenlei/gy/8803.html", "招聘数据标注员 包培训 考证 贵阳",
  """<h1>招聘数据标注员 包培训 考证</h1>
<table><tr><td>类别</td><td>招聘-普工</td></tr><tr><td>区域</td><td>贵阳-贵安新区</td></tr><tr><td>公司</td><td>黔智数标招聘培训</td></tr></table>
<p>先培训后上岗，培训费3980元（可分期），结业发人工智能训练师证书，协议就业。2026年第一批次 批次号15120260315。</p>
<p>手机 133 0851 0729 座机 0851-85967210</p>""",
  True, "U05", "黔智数标",
  [I("phone", "133 0851 0729"), I("phone", "0851-85967210")],
  "classified job-ad/training trap by U05")
P("/fenlei/gy/8804.html", "国家AI人才证书 工信部认证 贵阳报名点",
  """<h1>国家AI人才证书 工信部认证 贵阳报名点</h1>
<table><tr><td>类别</td><td>教育培训-考证</td></tr><tr><td>联系人</td><td>国家AI人才认证服务中心</td></tr></table>
<p>人工智能训练师 二级/一级（技师、高级技师）零基础可报，证书官网可查：www.zkzp-cert.cn</p>
<p>全国统一热线：400-809-3156</p>
<p class="tpl">联系电话：请填写（如 13800138000）</p>""",
  True, "U07", "国家AI人才认证服务中心",
  [I("domain", "www.zkzp-cert.cn"), I("phone", "400-809-3156")],
  "classified ad by U07: level 1/2 to beginners, fake query site")
P("/fenlei/gy/8805.html", "筑梦职校 人工智能训练师五级/四级 贵阳南明",
  """<h1>筑梦职校 人工智能训练师五级/四级</h1>
<table><tr><td>类别</td><td>教育培训</td></tr><tr><td>区域</td><td>贵阳-南明</td></tr><tr><td>联系人</td><td>筑梦职校 招生办</td></tr></table>
<p>民办职业培训学校，白天班/晚班，可按规定申领补贴。2026年第一批次 批次号15120260315。</p>
<p>电话：139 8504 6231 / 0851 8360 7215</p>""",
  True, "U09", "筑梦职校",
  [I("phone", "139 8504 6231"), I("phone", "0851 8360 7215")],
  "classified ad by U09")
P("/fenlei/sz/8806.html", "吴中 启智培训 人工智能训练师四级 小班",
  """<h1>吴中 启智培训 人工智能训练师四级 小班</h1>
<table><tr><td>类别</td><td>教育培训</td></tr><tr><td>联系人</td><td>吴中区启智培训中心</td></tr></table>
<p>小班教学8人起开班。座机 0512-6588 9012。在线报名表：jinshuju.net/f/QzPx26</p>
<p class="tpl">联系电话：请填写（如 13800138000）</p>""",
  True, "I04", "吴中区启智培训中心",
  [I("phone", "0512-6588 9012")],
  "independent classified ad")

# ======================= news =======================
P("/news/2026/ai-trainer-boom.html", "新职业“人工智能训练师”走俏 贵阳培训市场升温",
  """<h1>新职业“人工智能训练师”走俏 贵阳培训市场升温</h1>
<p class="meta">2026-03-12 筑城晨报记者</p>
<p>人工智能训练师（4-04-05-05）是2020年发布的新职业。记者走访发现，本地培训价格从一千多元到近万元不等。人社部门提示，职业技能等级证书由备案评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 及 zscx.osta.org.cn 查询；原1+X证书查询平台为 vslc.ncb.edu.cn。</p>""",
  note="news report, non-offer")
P("/news/2026/scam-warning.html", "警惕“三级一起拿”“人社部颁发”等考证骗局",
  """<h1>警惕“三级一起拿”“人社部颁发”等考证骗局</h1>
<p class="meta">2026-03-20 筑城晨报</p>
<p>市民王女士反映，一名自称“江苏人社职业技能中心”的人员用手机号170 5182 6693、微信jiangsu_rszx联系她，称交钱即可拿证。市场监管部门提醒：“包过”“免培训”属违法宣传，可拨打12315投诉；证书真伪请通过12333或 osta.mohrss.gov.cn 核实。</p>""",
  note="news warning quoting scam numbers, non-offer")
P("/news/2026/zhuanti-qzsb.html", "【专题】黔智数标：让贵州青年搭上AI快车",
  f"""<h1>【专题】黔智数标：让贵州青年搭上AI快车</h1>
<p class="meta">2026-03-25 专题 · 广告</p>
<p>贵州黔智数标信息技术有限公司是一家数据标注服务企业，开设人工智能训练师培训，学员结业后推荐就业，2026年第一批次 批次号15120260315 正在报名。</p>
<p>报名电话：（0851）8596 7210 &nbsp; 招生微信：QZSB_HR &nbsp; 统一社会信用代码：{C_U05}</p>""",
  True, "U05", "贵州黔智数标信息技术有限公司",
  [I("phone", "（0851）8596 7210"), I("wechat", "QZSB_HR"), I("uscc", C_U05)],
  "news-site advertorial for U05")

# ======================= rsj gov =======================
P("/rsj/notice-2026-03.html", "关于做好2026年职业技能等级认定工作的通知",
  """<h1>关于做好2026年职业技能等级认定工作的通知</h1>
<p>各有关单位：职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，政府部门不参与监制。证书可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询，评价机构目录见技能人才评价工作网（osta.mohrss.gov.cn）。</p>
<p>2026年第一批次 批次号15120260315 集中认定安排另行公布。对宣称“包过”“人社部颁发”的广告，请通过12333举报。</p>""",
  note="人社局-style official notice, non-offer")

# ======================= wenda Q&A =======================
P("/wenda/q/5501.html", "人工智能训练师证在贵阳哪里可以考？",
  """<h1>人工智能训练师证在贵阳哪里可以考？</h1>
<div class="answer"><b>华职优学 周老师 的回答</b><p>贵阳目前有几家备案机构可以认定。我们华职优学开了网课+线下集训，有需要加 HZYX_GY，电话151-8504-7712。</p></div>
<div class="answer"><b>匿名用户</b><p>先去 pjjg 名单查机构是否备案。</p></div>""",
  True, "U06", "华职优学",
  [I("wechat", "HZYX_GY"), I("phone", "151-8504-7712")],
  "Q&A answer by U06 promoting itself")
P("/wenda/q/5502.html", "没有工作经验能报人工智能训练师五级吗？",
  """<h1>没有工作经验能报人工智能训练师五级吗？</h1>
<div class="answer"><b>筑梦职业技能培训学校 的回答</b><p>按标准五级需要累计从事相关工作1年或学徒期满。我校可安排学徒实训，详询 13985046231，微信 zhumeng_px。</p></div>""",
  True, "U09", "筑梦职业技能培训学校",
  [I("phone", "13985046231"), I("wechat", "zhumeng_px")],
  "Q&A answer by U09")
P("/wenda/q/5503.html", "贵阳有靠谱的人工智能训练师培训吗？",
  """<h1>贵阳有靠谱的人工智能训练师培训吗？</h1>
<div class="answer"><b>贵阳新途教育 的回答</b><p>我们新途教育在花果园开四级班，学费2380元，可试听一节。电话 187-9801-2653。</p></div>""",
  True, "I05", "贵阳新途教育",
  [I("phone", "187-9801-2653")],
  "independent Q&A answer")
P("/wenda/q/5504.html", "人工智能训练师证书哪里发的最权威？",
  """<h1>人工智能训练师证书哪里发的最权威？</h1>
<div class="answer"><b>智培证书顾问 的回答</b><p>当然是国家级的！我们中心证书工信部认证，官网 ZKZP-CERT.CN 可查，二级一级也能直接报。微信 zkzp_kefu。</p></div>
<div class="answer"><b>热心网友</b><p>别信，查证请去 zscx.osta.org.cn。</p></div>""",
  True, "U07", "中科智培",
  [I("domain", "ZKZP-CERT.CN"), I("wechat", "zkzp_kefu")],
  "Q&A answer by U07 with fake authority claims")
P("/wenda/q/5505.html", "人工智能训练师证书怎么查真假？",
  """<h1>人工智能训练师证书怎么查真假？</h1>
<div class="answer"><b>人力资源从业者 的回答</b><p>职业技能等级证书编号22位（1个字母+21位数字），到 zscx.osta.org.cn 输入姓名、证件号、证书编号查询，也可以打12333问。</p></div>""",
  note="Q&A guide answer, non-offer")

# ======================= wx reposts =======================
P("/wx/a/3301.html", "中智联鉴｜人工智能训练师三证联报最后一期",
  """<h1>中智联鉴｜人工智能训练师三证联报最后一期</h1>
<p class="meta">原创 中智联鉴职业技能评价中心 转载自公众号</p>
<p>人社部证书退出，哪家证书来接盘？人工智能训练师国家职业资格证书，五级+四级+三级三证联报，免考试直接发证，人社部颁发。</p>
<p>报名请添加微信：GPZX2026，或扣扣 2978451036</p>""",
  True, "U03", "中智联鉴职业技能评价中心",
  [I("wechat", "GPZX2026"), I("qq", "2978451036")],
  "WeChat repost by U03 under another brand")
P("/wx/a/3302.html", "国家AI人才认证服务中心：2026人工智能训练师报考通知",
  f"""<h1>2026人工智能训练师报考通知</h1>
<p class="meta">国家AI人才认证服务中心 转载</p>
<p>本中心证书全国通用，可在官方查询平台 zkzp-cert.cn 查询。职业技能等级证书直接对应职称证书。</p>
<p>运营主体：中科智培（北京）教育科技有限公司 统一社会信用代码 {C_U07}</p>""",
  True, "U07", "国家AI人才认证服务中心",
  [I("domain", "zkzp-cert.cn"), I("uscc", C_U07)],
  "WeChat repost by U07 with state-sounding name and 91 code")
P("/wx/a/3303.html", "筑梦教育｜人工智能训练师（五级）学徒班招生",
  f"""<h1>筑梦教育｜人工智能训练师（五级）学徒班招生</h1>
<p class="meta">贵州筑梦职业技能培训学校 公众号</p>
<p>学徒制培养，期满可申报五级。考点前台 0851-84105210（考场咨询）。</p>
<p>招生咨询：0851-83607215 微信 zhumeng_px 统一社会信用代码 {C_U09}</p>""",
  True, "U09", "筑梦教育",
  [I("phone", "0851-83607215"), I("wechat", "zhumeng_px"), I("uscc", C_U09)],
  "WeChat repost by U09")
P("/wx/a/3304.html", "启航AI训练营苏州站｜三级高级工开班",
  """<h1>启航AI训练营苏州站｜三级高级工开班</h1>
<p class="meta">启航AI训练营 转载</p>
<p>课程对标国家标准三级认定要素，需持四级证书。课程咨询QQ：3385120967，简历及报名材料发送至 yunqi_edu@126.com。</p>""",
  True, "U04", "启航AI训练营苏州站",
  [I("qq", "3385120967"), I("email", "yunqi_edu@126.com")],
  "WeChat repost by U04")

# ======================= shop =======================
P("/shop/item-1.html", "人工智能训练师四级 报名+网课 套餐",
  """<h1>人工智能训练师四级 报名+网课 套餐</h1>
<div class="price">¥1280 月销 56</div>
<p>店铺：灵犀考证资料馆。拍下后联系客服安排报名。</p>
<p>收款主体：苏州市相城区灵犀信息咨询服务部 ｜ 客服电话 180 1357 9246</p>
<p>支付遇到问题可联系支付宝客服 95188</p>""",
  True, "U08", "灵犀考证资料馆",
  [I("other", "苏州市相城区灵犀信息咨询服务部"), I("phone", "180 1357 9246")],
  "shop item by U08")
P("/shop/item-2.html", "人工智能训练师三级 内部题库 押题卷",
  f"""<h1>人工智能训练师三级 内部题库 押题卷</h1>
<div class="price">¥168 月销 340</div>
<p>店铺：灵犀考证资料馆。命题组老师整理，考前押题。加微信 lingxi_kz 发资料，电话18013579246。</p>
<p>营业执照：{C_U08}</p>""",
  True, "U08", "灵犀考证资料馆",
  [I("wechat", "lingxi_kz"), I("phone", "18013579246"), I("uscc", C_U08)],
  "shop item by U08: 命题组/押题")
P("/shop/item-3.html", "AI训练师五级考证课 录播",
  """<h1>AI训练师五级考证课 录播</h1>
<div class="price">¥99 原价¥999</div>
<p>店铺：AI证书小铺。拍下自动发货，问题联系QQ 1562093847。收款方：贵阳市南明区简行电子商务经营部</p>
<p>支付遇到问题可联系支付宝客服 95188</p>""",
  True, "I06", "AI证书小铺",
  [I("qq", "1562093847"), I("other", "贵阳市南明区简行电子商务经营部")],
  "independent shop item")

# ---------- decoys (written forms; pages computed by scanning) ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社服务热线 (public hotline)"),
 ("phone", "12315", ["12315"], "市场监管投诉热线 (public hotline)"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("phone", "4006902277", ["400-690-2277"], "课程宝 platform customer service in footer"),
 ("email", "kf@kechengbao.cn", ["kf@kechengbao.cn"], "课程宝 platform e-mail in footer"),
 ("other", "苏ICP备2021031877号-1", ["苏ICP备2021031877号-1"], "课程宝 ICP number in footer"),
 ("domain", "kechengbao.cn", ["www.kechengbao.cn"], "marketplace's own domain in footer"),
 ("qq_group", "512378964", ["512378964"], "forum's own staff QQ group in footer"),
 ("email", "admin@gusubbs.net", ["admin@gusubbs.net"], "forum admin e-mail in footer"),
 ("phone", "4001402108", ["400-140-2108"], "short-video platform report hotline in footer"),
 ("email", "jubao@kuaishi.tv", ["jubao@kuaishi.tv"], "short-video platform report e-mail"),
 ("phone", "4001688059", ["400-168-8059"], "classifieds platform customer service"),
 ("other", "京ICP证100123号", ["京ICP证100123号"], "classifieds ICP in footer"),
 ("phone", "085186558110", ["0851-86558110"], "news site's news hotline"),
 ("email", "tougao@wxwenzhai.cn", ["tougao@wxwenzhai.cn"], "repost site's submission e-mail"),
 ("email", "help@zhiwen.cn", ["help@zhiwen.cn"], "Q&A site's help e-mail"),
 ("phone", "+8617051826693", ["17051826693", "170 5182 6693"], "scammer number quoted in complaint and news warning"),
 ("wechat", "jiangsu_rszx", ["jiangsu_rszx"], "scammer WeChat quoted in complaint and news warning"),
 ("other", "13720260601", ["13720260601"], "marketplace class-period (班期) number, looks like a mobile"),
 ("other", "15120260315", ["15120260315"], "assessment batch number (批次号), looks like a mobile"),
 ("other", "S000032000126254000128", ["S000032000126254000128"], "sample certificate number shown by two sellers"),
 ("phone", "+8613800138000", ["13800138000"], "classifieds template placeholder"),
 ("qq", "1048675213", ["1048675213"], "a reader's own QQ in forum comments"),
 ("wechat", "lily_sz1990", ["lily_sz1990"], "a viewer's own WeChat in short-video comments"),
 ("phone", "085184105210", ["0851-84105210"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by two sellers (third party)"),
 ("phone", "95188", ["95188"], "payment platform hotline (third party)"),
]

# ---------- rendering ----------
CSS = {"training": "body{font-family:sans-serif;background:#f4f8ff}", "marketplace": "body{background:#fff7f0}",
       "forum": "body{background:#eef2ee;font-size:14px}", "shortvideo": "body{background:#111;color:#eee}",
       "classifieds": "body{background:#fff}", "news": "body{font-family:serif}", "gov": "body{background:#f5f5f5}",
       "qa": "body{background:#fafafa}", "wechat": "body{max-width:680px;margin:auto}", "shop": "body{background:#fff3f3}"}

def site_of(path):
    return path.split("/")[1]

def render(site, path, title, body, crumbs):
    s = SITES[site]
    same = [p for p in PAGES if site_of(p["path"]) == site and p["path"] != path]
    idx = PAGES_INDEX_POS.get(path, 0)
    rel = same[idx % max(1, len(same)):] + same[:idx % max(1, len(same))] if same else []
    rel = rel[:3]
    menu = " | ".join(f'<a href="/{site}/index.html">{m}</a>' for m in s["menu"])
    crumb = " &gt; ".join(crumbs)
    rels = "".join(f'<li><a href="{p["path"]}">{html.escape(p["title"])}</a></li>' for p in rel)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<style>{CSS[s['style']]} .side{{float:right;width:28%}} .small,.tpl{{color:#999}}</style></head>
<body class="{s['style']}">
<header><div class="logo"><a href="/{site}/index.html">{s['name']}</a></div><nav>{menu}</nav></header>
<div class="crumbs">{crumb}</div>
<aside class="side">{s['side']}<h4>相关链接</h4><ul>{rels}</ul></aside>
<main>
{body}
</main>
<footer><p>{s['foot']}</p><p><a href="/index.html">站点导航</a></p></footer>
</body></html>
"""

PAGES_INDEX_POS = {}

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for i, p in enumerate(PAGES):
        PAGES_INDEX_POS[p["path"]] = i
    out = {}
    # content pages
    for p in PAGES:
        site = site_of(p["path"])
        crumbs = [f'<a href="/{site}/index.html">{SITES[site]["name"]}</a>', html.escape(p["title"])]
        out[p["path"]] = render(site, p["path"], p["title"], p["body"], crumbs)
    # site index pages
    index_pages = []
    for site, s in SITES.items():
        items = [p for p in PAGES if site_of(p["path"]) == site]
        lis = "".join(f'<li><a href="{p["path"]}">{html.escape(p["title"])}</a></li>' for p in items)
        body = f"<h1>{s['name']}</h1><p>最新内容</p><ul>{lis}</ul>"
        path = f"/{site}/index.html"
        out[path] = render(site, path, s["name"], body, [s["name"]])
        index_pages.append(dict(path=path, is_offer=False, operator=None, provider=None, ids=[],
                                note=f"index page of {site} ({s['style']})"))
    # hub
    lis = "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a> <small>{v["style"]} · {v["domain"]}</small></li>' for k, v in SITES.items())
    out["/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录：人工智能训练师（苏州/贵阳）</title></head>
<body><h1>一周搜索记录：人工智能训练师 证书 培训（苏州 · 贵阳）</h1><ul>{lis}</ul></body></html>
"""
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages = []
    allp = [dict(path="/index.html", is_offer=False, operator=None, provider=None, ids=[], note="hub")] + index_pages + PAGES
    for p in sorted(allp, key=lambda x: x["path"]):
        pages.append({"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"],
                      "provider": p["provider"],
                      "identifiers": [[k, norm(k, w), w] for k, w in p["ids"]],
                      "note": p["note"]})
    operators = {}
    for p in PAGES:
        op = p["operator"]
        if not op or not op.startswith("U"):
            continue
        o = operators.setdefault(op, {"brands": [], "identifiers": []})
        if p["provider"] not in o["brands"]:
            o["brands"].append(p["provider"])
        for k, w in p["ids"]:
            v = [k, norm(k, w)]
            if v not in o["identifiers"]:
                o["identifiers"].append(v)
    operators = dict(sorted(operators.items()))
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, text in out.items() if any(w in text for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"pages": pages, "operators": operators, "decoys": decoys}, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
