#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, as a reviewer in Sichuan/Chongqing would meet it in a week of searching.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import html, json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100-2015)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, body8):
    s17 = prefix8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(c) * w for c, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc("52510104", "67392158")   # 民办非企业 成都锦江
USCC_U03 = uscc("91110108", "MA01R7K2")   # 企业 北京海淀
USCC_U06 = uscc("12500000", "45039817")   # 事业单位 重庆
USCC_U08 = uscc("52511302", "MJ561709")   # 民办非企业 南充顺庆

# ---------------------------------------------------------------- sites
SITES = {}
def site(key, name, domain, style, menu, footer, sidebar):
    SITES[key] = dict(name=name, domain=domain, style=style, menu=menu, footer=footer, sidebar=sidebar)

site("zhixun", "成都智训职业技能培训学校", "www.cdzhixun.com", "school",
     ["学校首页", "培训项目", "补贴政策", "师资力量", "联系我们"],
     "成都智训职业技能培训学校 版权所有 | 地址:成都市锦江区东大街紫东楼段 35 号 6 楼 | 电话:028-85326617 | "
     "<a href='http://www.cdzhixun.com'>www.cdzhixun.com</a> | 蜀ICP备19034518号-1",
     "<h4>报名流程</h4><ol><li>电话/微信咨询</li><li>资格初审(工作年限)</li><li>参加培训</li><li>参加认定考试</li></ol>")
site("xueke", "学课网 · 职业技能频道", "www.xuekewang.com", "market",
     ["首页", "职业技能", "IT互联网", "考证", "企业培训", "我的课程"],
     "学课网 客服热线:400-678-2200(9:00-21:00)| 客服邮箱:kefu@xuekewang.com | 京ICP备17045218号-3 | "
     "学课网为信息发布平台,课程内容由入驻机构提供,请谨慎甄别",
     "<h4>平台保障</h4><p>7天无理由退款 · 机构资质审核</p><p>投诉请拨 400-678-2200 或发邮件 kefu@xuekewang.com</p>")
site("bashu", "巴蜀职场论坛", "bbs.bashuzhichang.net", "forum",
     ["论坛首页", "职业考证", "求职招聘", "川渝生活", "版规"],
     "巴蜀职场论坛 © 2013-2026 | 站务邮箱 admin@bashuzhichang.net | 论坛官方QQ群:735810264 | 渝ICP备16008852号-1",
     "<h4>版规提示</h4><p>禁止发布包过、代考信息,广告请走广告区。举报请加官方QQ群:735810264</p>")
site("fenlei", "蓉渝分类信息网", "www.rongyu58.com", "classifieds",
     ["首页", "成都", "重庆", "教育培训", "招聘", "二手"],
     "蓉渝分类信息网 客服 400-012-5858 | kefu@rongyu58.com | 蜀ICP备18026645号-2 | 本站信息由用户自行发布,交易前请核实",
     "<h4>发布须知</h4><p>联系方式请填写真实号码,格式示例:13800138000</p><p>凡要求先交定金、保证金的请提高警惕</p>")
site("wenda", "知问吧", "www.zhiwenba.cn", "qa",
     ["首页", "教育", "职场", "考证", "热门问题"],
     "知问吧 | 意见反馈 feedback@zhiwenba.cn | 京ICP备20011873号-2 | 回答仅代表网友个人观点",
     "<h4>相关话题</h4><p>#人工智能训练师 #数据标注 #技能补贴</p>")
site("wx", "微文转载 · 公众号好文", "www.wxzhuanzai.com", "wechat",
     ["推荐", "教育", "职场", "本地", "投稿"],
     "本站文章转载自微信公众号,版权归原作者所有,侵删。商务合作/侵权联系:hezuo@wxzhuanzai.com 站长QQ:3307254418",
     "<h4>热门文章</h4><p>长按识别二维码关注原公众号</p>")
site("shipin", "快映短视频 网页版", "www.kuaiying.tv", "video",
     ["推荐", "关注", "知识", "同城", "直播"],
     "快映 kuaiying.tv | 违法和不良信息举报电话:400-140-2108 | 京ICP备19050072号-1 | 网络文化经营许可证",
     "<h4>相关推荐</h4><p>知识 · 职业技能 · AI</p>")
site("news", "川渝新闻网", "www.cyxinwen.cn", "news",
     ["首页", "时政", "社会", "教育", "民生", "专题"],
     "川渝新闻网 新闻热线:023-6390 0012 | 投稿邮箱:tougao@cyxinwen.cn | 渝ICP备15003317号 | 违法和不良信息举报:023-6390 0012",
     "<h4>热点排行</h4><ol><li>川渝通办再添新事项</li><li>夏季用电高峰提示</li></ol>")
site("college", "重庆信息技术职业学院 继续教育学院", "jxjy.cqxxzy.edu.cn", "college",
     ["学院首页", "社会培训", "技能认定", "通知公告", "联系我们"],
     "重庆信息技术职业学院 继续教育学院 | 地址:重庆市沙坪坝区大学城中路 88 号 | 学院办公室 023-65520000 | jxjy.cqxxzy.edu.cn",
     "<h4>快速通道</h4><p>证书查询请登录技能人才评价证书全国联网查询</p>")
site("rsj", "渝新区人力资源和社会保障局", "rsj.yuxinqu.gov.cn", "gov",
     ["首页", "政务公开", "通知公告", "政策解读", "办事服务"],
     "主办:渝新区人力资源和社会保障局 | 咨询电话:12333 | 渝ICP备05003561号 | 政府网站标识码 5001990012",
     "<h4>便民服务</h4><p>人社服务热线 12333</p><p>职业技能等级证书查询</p>")
site("shop", "易购商城 · 教育服务", "www.yigou-mall.com", "shop",
     ["首页", "教育培训", "考证服务", "购物车", "我的订单"],
     "易购商城 平台客服 400-881-6600 | 支付服务由支付宝提供,支付宝客服 95188 | 沪ICP备16025531号",
     "<h4>购物须知</h4><p>支付问题请联系支付宝客服 95188。查单示例:订单号 18628301947(在“我的订单”输入)</p>")

# ---------------------------------------------------------------- pages
PAGES = []
def page(site_key, fname, title, body, offer=False, op=None, provider=None, ids=(), note="", channel=""):
    PAGES.append(dict(site=site_key, file=fname, title=title, body=body, offer=offer, op=op,
                      provider=provider, ids=[list(x) for x in ids], note=note, channel=channel))

def comments(*items):
    s = "<div class='comments'><h3>评论</h3>"
    for who, txt in items:
        s += "<div class='cmt'><b>%s</b>:%s</div>" % (who, txt)
    return s + "</div>"

# ======================= U01 成都智训 (honest local school)
page("zhixun", "index.html", "成都智训职业技能培训学校 - 人工智能训练师培训 | 技能等级认定",
 """<div class='banner'>人工智能训练师(4-04-05-05)五级/四级 培训班 2026 春季班招生中</div>
<p>成都智训职业技能培训学校是经锦江区教育局审批的民办职业培训学校,开设人工智能训练师(数据标注员方向)、
电子商务师、互联网营销师等培训项目。</p>
<h3>人工智能训练师班</h3>
<ul><li>五级(初级工):60 课时,需本职业或相关职业累计工作满 1 年</li>
<li>四级(中级工):50 课时,需取得五级证书后从事本职业 4 年等条件</li></ul>
<p>符合条件的参保职工,取证后可按规定申领失业保险技能提升补贴(五级最高 1000 元、四级最高 1500 元),以人社部门审核为准。</p>
<p>咨询电话:028-8532 6617 &nbsp; 手机:138 8023 4417(李老师)</p>
<p>官网:www.cdzhixun.com &nbsp; 统一社会信用代码:%s</p>""" % USCC_U01,
 offer=True, op="U01", provider="成都智训职业技能培训学校",
 ids=[("phone", "02885326617", "028-8532 6617"), ("phone", "+8613880234417", "138 8023 4417"),
      ("domain", "cdzhixun.com", "www.cdzhixun.com"), ("uscc", USCC_U01, USCC_U01),
      ("other", "蜀ICP备19034518号", "蜀ICP备19034518号-1")],
 note="training school home page, enrolment for levels 5/4, honest eligibility and subsidy wording", channel="学校首页")

page("zhixun", "ai-trainer.html", "人工智能训练师(数据标注员)五级培训班招生简章",
 """<h2>人工智能训练师五级培训班招生简章</h2>
<p><b>培训对象:</b>从事数据标注、客服质检、内容审核等相关工作满 1 年的人员。</p>
<p><b>培训内容:</b>数据采集和处理、数据标注、智能系统运维基础。理论 + 实操,共 60 课时,晚班/周末班。</p>
<p><b>认定:</b>培训结束后参加备案评价机构组织的理论考试和技能考核,成绩均达 60 分合格,合格者由评价机构颁发职业技能等级证书,
可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。本校不承诺通过。</p>
<p><b>认定计划:</b>本期对应认定计划编号 JD5101202603-021,考点:锦江区东大街 218 号 3 楼,考点前台 028-8671 2290(仅考务咨询)。</p>
<p><b>费用:</b>培训费 1680 元(含教材),认定费按评价机构公示标准另缴。</p>
<p>报名:(028) 85326617 / 微信 zhixun_cd / www.cdzhixun.com</p>
<p>政策咨询可拨打人社服务热线 12333。</p>""",
 offer=True, op="U01", provider="成都智训职业技能培训学校",
 ids=[("phone", "02885326617", "(028) 85326617"), ("wechat", "zhixun_cd", "zhixun_cd"),
      ("domain", "cdzhixun.com", "www.cdzhixun.com"), ("other", "蜀ICP备19034518号", "蜀ICP备19034518号-1")],
 note="enrolment brochure for level 5, correct eligibility, no pass promise", channel="培训项目")

page("xueke", "course-20417.html", "【智训教育】人工智能训练师五级/四级 线下班(成都)",
 """<div class='course'><h2>人工智能训练师五级/四级 线下班(成都锦江)</h2>
<p class='price'>¥1680 起</p><p>课程编号:XK-20417 · 已报名 326 人 · 评分 4.8</p>
<p>机构:智训教育(成都智训职业技能培训学校)</p>
<p>课程介绍:按《人工智能训练师国家职业技能标准(2021年版)》授课,五级 60 课时,四级 50 课时。报考需满足工作年限条件,报名前老师会初审。</p>
<p>机构联系方式:138-8023-4417 微信:ZhiXun_CD</p></div>""",
 offer=True, op="U01", provider="智训教育",
 ids=[("phone", "+8613880234417", "138-8023-4417"), ("wechat", "zhixun_cd", "ZhiXun_CD")],
 note="marketplace listing of U01 under short brand", channel="职业技能")

page("fenlei", "cd-jiaoyu-88213.html", "成都 人工智能训练师培训 五级四级 可申请补贴 锦江区",
 """<div class='ad'><h2>成都 人工智能训练师培训 五级四级 可申请补贴</h2>
<table><tr><td>类别</td><td>教育培训 / 职业技能</td></tr><tr><td>区域</td><td>成都-锦江-东大街</td></tr>
<tr><td>联系人</td><td>李老师</td></tr><tr><td>电话</td><td>13880234417</td></tr></table>
<p>智训AI培训,正规学校办学,人工智能训练师五级、四级,周末班晚班均可。参保满一年取证后可申请技能提升补贴。
认定计划 JD5101202603-021,考点在东大街(考点前台 028-8671 2290)。加V:zhixun_cd 发资料。</p></div>""",
 offer=True, op="U01", provider="智训AI培训",
 ids=[("phone", "+8613880234417", "13880234417"), ("wechat", "zhixun_cd", "zhixun_cd")],
 note="classified ad of U01", channel="成都")

# ======================= U02 渝才 (dishonest Chongqing outfit)
page("fenlei", "cq-jiaoyu-90155.html", "重庆 人工智能训练师证 包过 人社部颁发 全国通用 零基础",
 """<div class='ad'><h2>重庆 人工智能训练师证 包过 人社部颁发 全国通用</h2>
<table><tr><td>区域</td><td>重庆-渝中-解放碑</td></tr><tr><td>联系人</td><td>陈老师</td></tr>
<tr><td>电话</td><td>177 2315 8890(微信同号)</td></tr></table>
<p>重庆渝才职业培训 火热报名!人工智能训练师 国家职业资格证书,人社部颁发,官网可查,
零基础 不限学历 不限经验,三级二级一级均可直接报,免培训,包过,不过全退!拿证可挂靠,年入两三万不是梦。</p>
<p>名额有限,先交 500 定金锁定名额。</p></div>""",
 offer=True, op="U02", provider="重庆渝才职业培训",
 ids=[("phone", "+8617723158890", "177 2315 8890")],
 note="scam-style classified ad: 包过, 人社部颁发, levels 1-3 for beginners, 挂靠 income", channel="重庆")

page("shipin", "video-7391204.html", "AI证书陈老师:人工智能训练师证到底值不值?",
 """<div class='video'><div class='player'>[视频] 0:58</div>
<h2>人工智能训练师证到底值不值?看完你就懂了 #人工智能训练师 #考证</h2>
<p>作者:<b>AI证书陈老师</b> · 粉丝 2.3万 · 获赞 11.8万</p>
<p>主页简介:渝才教育 | 人社部证书一站式办理 | ☎ 177-2315-8890 | vx yucai-ai2025</p>
<p>视频文案:90%的小白都能拿证!不用上课,不用去考场,一个月下证,国家认可,原价9999现在只要2980,三级二级打包再优惠!
评论区扣“1”领取报名资料。</p></div>""" + comments(
 ("用户9981", "真的包过吗?"), ("巴南小雨", "我也想报,电话 18680173342 回我一下"),
 ("AI证书陈老师", "私信已回,看主页联系方式哦")),
 offer=True, op="U02", provider="AI证书陈老师",
 ids=[("phone", "+8617723158890", "177-2315-8890"), ("wechat", "yucai-ai2025", "yucai-ai2025")],
 note="short-video page, pass guarantee, no training, price bundles", channel="知识")

page("wx", "article-5582013.html", "@重庆人:人工智能训练师证书最后一批!错过再等一年",
 """<div class='article'><h2>@重庆人:人工智能训练师证书最后一批!错过再等一年</h2>
<p class='src'>原创 渝才教育 渝才职业教育 2026-03-11 重庆</p>
<p>人工智能是国家战略!人社部认证的新职业“人工智能训练师”证书,由人社部颁发,全国联网可查(查询网址 jndj.osta.org.cn)。</p>
<p>【优势】免考试 / 包通过 / 证书入库可查 / 可评职称 / 可申请补贴 6000 元</p>
<p>【报名】添加客服微信号:YuCai-AI2025,或QQ:1842260375;报名表:https://jinshuju.net/f/Yc7Kd2</p>
<p>【收款】对公账户:重庆渝才企业管理咨询有限公司(请勿转给个人)</p>
<p>证书样本编号:S000051000123255000118(证书为样本,仅供参考)</p></div>""",
 offer=True, op="U02", provider="渝才教育",
 ids=[("wechat", "yucai-ai2025", "YuCai-AI2025"), ("qq", "1842260375", "1842260375"),
      ("other", "重庆渝才企业管理咨询有限公司", "重庆渝才企业管理咨询有限公司")],
 note="WeChat article repost; 人社部颁发, 免考试, inflated subsidy", channel="本地")

page("wenda", "question-66120.html", "重庆哪里可以考人工智能训练师证?要多久?",
 """<div class='q'><h2>重庆哪里可以考人工智能训练师证?要多久?</h2><p>提问者:渝北打工人 · 2026-02-20</p></div>
<div class='a'><h3>回答 1 · 渝才老师</h3>
<p>我们这边一直在做,渝才这边不用自己考,资料交上来一个月左右出证,人社部网站能查,三级也能直接办。
需要的话加我扣扣 1842260375,备注知问。</p><p>证书长这样:编号 S000051000123255000118 ,样本图见私信。</p></div>
<div class='a'><h3>回答 2 · 网友小鹿</h3><p>楼上别信。正规的要培训加考试,证书去 zscx.osta.org.cn 查,有问题打 12333。</p></div>""" + comments(
 ("求资料", "我也想了解 QQ470918326 谢谢")),
 offer=True, op="U02", provider="渝才",
 ids=[("qq", "1842260375", "1842260375")],
 note="Q&A answer by U02 agent inviting contact; another answer warns", channel="考证")

# ======================= U03 中科智培 (national brand, misleading authority)
page("xueke", "course-19876.html", "【中科智培】人工智能训练师(三级)证书班 国家级 人社部颁发",
 """<div class='course'><h2>人工智能训练师(三级/高级工)证书班 线上直播+录播</h2>
<p class='price'>¥3980 <del>¥6800</del></p><p>课程编号:XK-19876 · 已报名 2141 人</p>
<p>机构:中科智培(北京)</p>
<p>国家级证书,人社部颁发,官网可查,可用于积分落户、评职称。本科及以上学历可直接报考三级。</p>
<p>全国服务热线:400-826-3150 官网:zhongkezhipei.com</p></div>""",
 offer=True, op="U03", provider="中科智培",
 ids=[("phone", "4008263150", "400-826-3150"), ("domain", "zhongkezhipei.com", "zhongkezhipei.com")],
 note="marketplace listing; 国家级, 人社部颁发, level 3 on diploma only", channel="考证")

page("news", "2026-03/content_771205.html", "AI浪潮下的新职业:中科智培助力川渝人工智能训练师人才培养",
 """<div class='article'><h2>AI浪潮下的新职业:中科智培助力川渝人工智能训练师人才培养</h2>
<p class='meta'>来源:企业供稿 2026-03-08 10:22 责任编辑:王某</p>
<p>近日,中科智培(北京)教育科技有限公司在成都、重庆两地启动“人工智能训练师万人培养计划”。公司负责人表示,学员结业后可获人社部颁发的国家职业资格证书,
证书可在 www.zkzpcert.cn 查询。</p>
<p>据介绍,该公司官网 www.zhongkezhipei.com 已开通线上报名通道,咨询热线 4008-263-150。</p>
<p>企业信息:统一社会信用代码 %s</p>
<p class='note'>(本文为企业供稿,不代表本网观点)</p></div>""" % USCC_U03,
 offer=True, op="U03", provider="中科智培(北京)教育科技有限公司",
 ids=[("phone", "4008263150", "4008-263-150"), ("domain", "zhongkezhipei.com", "www.zhongkezhipei.com"),
      ("domain", "zkzpcert.cn", "www.zkzpcert.cn"), ("uscc", USCC_U03, USCC_U03)],
 note="news advertorial with enrolment; fake query domain", channel="教育")

page("wx", "article-5590447.html", "人工智能训练师报考指南(2026最新)| 中科智培",
 """<div class='article'><h2>人工智能训练师报考指南(2026最新)</h2>
<p class='src'>中科智培AI学院 2026-03-02 北京</p>
<p>一、证书介绍:人工智能训练师是人社部发布的新职业,证书由人社部颁发,国家职业资格证书,全国通用。</p>
<p>二、报考条件:五级至三级,学历不限,零基础可报(二级一级请咨询)。</p>
<p>三、证书查询:zkzpcert.cn(国家官方查询入口)</p>
<p>四、报名咨询:400 826 3150;简历/材料发送至 zkzp_kf#126.com(#换成@)</p></div>""",
 offer=True, op="U03", provider="中科智培AI学院",
 ids=[("phone", "4008263150", "400 826 3150"), ("domain", "zkzpcert.cn", "zkzpcert.cn"),
      ("email", "zkzp_kf@126.com", "zkzp_kf#126.com")],
 note="WeChat repost of U03 guide with enrolment contacts; fake query site claimed official", channel="教育")

page("shop", "item-60021873.html", "中科智培官方旗舰店 人工智能训练师 三级证书 报名 培训考试一站式",
 """<div class='item'><h2>人工智能训练师 三级证书 培训考试一站式 赠送题库</h2>
<p class='price'>¥3980.00</p><p>月销 87 · 累计评价 312</p>
<p>店铺:中科智培官方旗舰店</p>
<p>商品详情:报名后客服会联系您提交资料,结业颁发证书,人社部颁发,官网可查。</p>
<p>资质信息:中科智培(北京)教育科技有限公司 统一社会信用代码:%s 联系邮箱 ZKZP_KF@126.com</p></div>""" % USCC_U03,
 offer=True, op="U03", provider="中科智培官方旗舰店",
 ids=[("uscc", USCC_U03, USCC_U03), ("email", "zkzp_kf@126.com", "ZKZP_KF@126.com")],
 note="shop item of U03", channel="考证服务")

# ======================= U04 蓉易学 (Chengdu, bundle pricing)
page("shop", "item-60033510.html", "蓉易学AI课堂 人工智能训练师四级+三级 联报立减 成都线下考",
 """<div class='item'><h2>人工智能训练师 四级+三级 联报立减800 成都线下考</h2>
<p class='price'>¥2600.00(单报四级 ¥1700)</p><p>月销 41</p><p>店铺:蓉易学AI课堂</p>
<p>详情:四级三级一起报更划算,一次学完两个等级。证书可在 jndj.osta.org.cn 查询。拍下后加客服微信 rongyixue88 登记资料。</p>
<p>开票/收款主体:成都蓉易学信息咨询有限公司</p></div>""",
 offer=True, op="U04", provider="蓉易学AI课堂",
 ids=[("wechat", "rongyixue88", "rongyixue88"), ("other", "成都蓉易学信息咨询有限公司", "成都蓉易学信息咨询有限公司")],
 note="shop item, multi-level bundle discount", channel="考证服务")

page("bashu", "thread-10388-1-1.html", "[成都] 人工智能训练师四级三级有一起报的吗?拼团便宜",
 """<div class='post'><div class='author'>蓉易学小周 · 注册会员 · 帖子 37</div>
<h2>[成都] 人工智能训练师四级三级有一起报的吗?拼团便宜</h2>
<p>我们蓉易学这期在成都开班,四级+三级联报,三人成团每人再减200。上课在高新区,考试在考点统一考。
有意向的 vx:rongyixue88 或者打 184 2839 0516。</p></div>
<div class='reply'><b>2楼 小熊不吃糖</b>:三级不是要四级证加年限吗?一起报能行?</div>
<div class='reply'><b>3楼 蓉易学小周</b>:具体条件私聊哈</div>""",
 offer=True, op="U04", provider="蓉易学",
 ids=[("wechat", "rongyixue88", "rongyixue88"), ("phone", "+8618428390516", "184 2839 0516")],
 note="forum thread by U04 staff, group-buy offer", channel="职业考证")

page("fenlei", "cd-jiaoyu-88750.html", "人工智能训练师 四级三级 成都高新区 周末班",
 """<div class='ad'><h2>人工智能训练师 四级三级 成都高新区 周末班</h2>
<table><tr><td>区域</td><td>成都-高新-天府三街</td></tr><tr><td>联系人</td><td>周老师</td></tr><tr><td>电话</td><td>18428390516</td></tr></table>
<p>蓉易学 人工智能训练师 四级、三级联报优惠,周末上课,考点前台 028-8671 2290 可咨询考试安排。</p></div>""",
 offer=True, op="U04", provider="蓉易学",
 ids=[("phone", "+8618428390516", "18428390516")],
 note="classified ad of U04", channel="成都")

# ======================= U05 李老师 (individual agent, 挂靠)
page("bashu", "thread-10231-1-1.html", "人工智能训练师 正规渠道 不用考试 可挂靠 有意私聊",
 """<div class='post'><div class='author'>李老师AI考证 · 新手上路 · 帖子 5</div>
<h2>人工智能训练师 正规渠道 不用考试 可挂靠 有意私聊</h2>
<p>本人做证书十年了,人工智能训练师各等级都能办,不用考试,包过,证书挂靠公司每年还有一两万收入。
外面很多骗子,比如 159 8204 7731 那种收了钱就拉黑的,我们是正规的。</p>
<p>联系:李老师 151 0827 6643(微信同号),薇:lilaoshi_ai</p></div>
<div class='reply'><b>2楼 版主-老秦</b>:已警告,涉嫌违规广告。</div>""" + comments(
 ("路人甲", "求资料 QQ470918326")),
 offer=True, op="U05", provider="李老师AI考证",
 ids=[("phone", "+8615108276643", "151 0827 6643"), ("wechat", "lilaoshi_ai", "lilaoshi_ai")],
 note="forum ad by individual agent: no exam, 包过, 挂靠 income; quotes a scam number", channel="职业考证")

page("fenlei", "cq-jiaoyu-90877.html", "人工智能训练师 各级别 快速拿证 川渝均可",
 """<div class='ad'><h2>人工智能训练师 各级别 快速拿证 川渝均可</h2>
<table><tr><td>区域</td><td>重庆-江北-观音桥</td></tr><tr><td>联系人</td><td>李老师</td></tr>
<tr><td>电话</td><td>壹伍壹零捌贰柒陆陆肆叁</td></tr></table>
<p>五级到一级都可以,无需考试,资料齐全当月出证。QQ 3049516628 在线。不满意可投诉 12315,我们不怕查。</p></div>""",
 offer=True, op="U05", provider="李老师",
 ids=[("phone", "+8615108276643", "壹伍壹零捌贰柒陆陆肆叁"), ("qq", "3049516628", "3049516628")],
 note="classified ad, phone written in Chinese capital numerals", channel="重庆")

page("wenda", "question-66342.html", "人工智能训练师证可以挂靠吗?一年能挂多少钱?",
 """<div class='q'><h2>人工智能训练师证可以挂靠吗?一年能挂多少钱?</h2><p>提问者:匿名用户</p></div>
<div class='a'><h3>回答 1 · 李老师</h3><p>可以的,我们这边帮忙对接公司,一年一到两万。证也可以代办,不用考。Q:3049516628 v:LiLaoShi_AI</p></div>
<div class='a'><h3>回答 2 · 人力资源从业者</h3><p>技能等级证书基本没有挂靠市场,这种说法要警惕。</p></div>""",
 offer=True, op="U05", provider="李老师",
 ids=[("qq", "3049516628", "3049516628"), ("wechat", "lilaoshi_ai", "LiLaoShi_AI")],
 note="Q&A answer promising 挂靠 income and 代办", channel="职场")

# ======================= U06 college (honest)
page("college", "shpx/ai-trainer-2026.html", "关于开展2026年人工智能训练师(四级、五级)社会培训及技能等级认定的通知",
 """<h2>关于开展2026年人工智能训练师(四级、五级)社会培训及技能等级认定的通知</h2>
<p>我院为备案的职业技能等级认定机构,现面向社会开展人工智能训练师培训及认定。</p>
<p>一、申报条件:五级需本职业或相关职业累计工作满 1 年或经本职业学徒培训;四级按国家职业技能标准执行。</p>
<p>二、培训费:五级 1200 元,四级 1500 元;认定费按渝价文件收取。</p>
<p>三、证书:合格者由我院颁发职业技能等级证书,可在 zscx.osta.org.cn 查询。</p>
<p>四、补贴:符合条件的参保人员可申领技能提升补贴,详询 12333。</p>
<p>联系电话:023-65521180(社会培训部)邮箱:pxb@cqxxzy.edu.cn</p>
<p>单位统一社会信用代码:%s</p>""" % USCC_U06,
 offer=True, op="U06", provider="重庆信息技术职业学院继续教育学院",
 ids=[("phone", "02365521180", "023-65521180"), ("email", "pxb@cqxxzy.edu.cn", "pxb@cqxxzy.edu.cn"),
      ("uscc", USCC_U06, USCC_U06), ("phone", "02365520000", "023-65520000"),
      ("domain", "cqxxzy.edu.cn", "jxjy.cqxxzy.edu.cn")],
 note="college enrolment notice, honest", channel="社会培训")

page("xueke", "course-21033.html", "【重庆信息技术职业学院】人工智能训练师五级 社会培训班",
 """<div class='course'><h2>人工智能训练师五级 社会培训班(高校直营)</h2>
<p class='price'>¥1200</p><p>课程编号:XK-21033</p>
<p>机构:重庆信息技术职业学院(继续教育学院)</p>
<p>学院为备案评价机构,培训+认定,需满足申报条件。咨询:023-6552 1180</p></div>""",
 offer=True, op="U06", provider="重庆信息技术职业学院(继续教育学院)",
 ids=[("phone", "02365521180", "023-6552 1180")],
 note="marketplace listing of the college course", channel="职业技能")

page("news", "2026-02/content_768830.html", "大学城高校开设人工智能训练师社会培训班 首期招收80人",
 """<div class='article'><h2>大学城高校开设人工智能训练师社会培训班 首期招收80人</h2>
<p class='meta'>川渝新闻网记者 刘某 2026-02-26</p>
<p>记者从重庆信息技术职业学院获悉,该院继续教育学院将于3月开设人工智能训练师五级、四级社会培训班,首期招收80人,
面向从事数据标注等工作的在职人员。学院提醒,报考需满足工作年限条件,证书可在人社部门指定平台查询。</p>
<p>报名咨询:023 6552 1180 / 邮箱 PXB@cqxxzy.edu.cn</p></div>""",
 offer=True, op="U06", provider="重庆信息技术职业学院",
 ids=[("phone", "02365521180", "023 6552 1180"), ("email", "pxb@cqxxzy.edu.cn", "PXB@cqxxzy.edu.cn")],
 note="news report inviting enrolment at the college", channel="教育")

# ======================= U07 科睿AI (Mianyang, short-video style)
page("shipin", "video-7402288.html", "科睿AI:零基础学人工智能训练师,原价9999限时99",
 """<div class='video'><div class='player'>[视频] 1:12</div>
<h2>零基础也能当人工智能训练师!限时99 #AI #副业</h2>
<p>作者:<b>科睿AI-绵阳</b> · 粉丝 8.1万</p>
<p>主页简介:科睿智能 | 人工智能训练师课程 | 扣扣2850731946 | 粉丝群 618273045</p>
<p>视频文案:90%小白都能学会,学完推荐接单,原价9999限时99,联合国UNDP联合认证证书!</p></div>""" + comments(
 ("巴南小雨", "我也想报,电话 18680173342 回我一下"), ("绵阳小王", "99是真的吗")),
 offer=True, op="U07", provider="科睿AI-绵阳",
 ids=[("qq", "2850731946", "2850731946"), ("qq_group", "618273045", "618273045")],
 note="short-video page: 9999→99, fake UNDP co-certification", channel="知识")

page("shop", "item-60047792.html", "科睿智能 人工智能训练师 入门到拿证 视频课+证书",
 """<div class='item'><h2>人工智能训练师 入门到拿证 视频课+证书 限时99</h2>
<p class='price'>¥99.00 <del>¥9999.00</del></p><p>月销 1.2万</p><p>店铺:科睿智能教育</p>
<p>详情:拍下即送证书报名名额(证书费另计 1980)。客服QQ:2850731946,微信 KeRui_AI_MY。</p></div>""",
 offer=True, op="U07", provider="科睿智能教育",
 ids=[("qq", "2850731946", "2850731946"), ("wechat", "kerui_ai_my", "KeRui_AI_MY")],
 note="shop item: 99 bait with hidden certificate fee", channel="教育培训")

page("bashu", "thread-10455-1-1.html", "绵阳有没有学人工智能训练师的,组队一起",
 """<div class='post'><div class='author'>睿睿老师 · 注册会员</div>
<h2>绵阳有没有学人工智能训练师的,组队一起</h2>
<p>科睿这边开了新班,线上学,学完拿证还推荐数据标注兼职。进Q群:618273045,或者电话 199 8116 5207。</p></div>""" + comments(
 ("老绵阳", "兼职是真有还是画饼?")),
 offer=True, op="U07", provider="科睿",
 ids=[("qq_group", "618273045", "618273045"), ("phone", "+8619981165207", "199 8116 5207")],
 note="forum recruitment post by U07", channel="职业考证")

page("wenda", "question-66501.html", "人工智能训练师线上课哪家好?学完能接单吗?",
 """<div class='q'><h2>人工智能训练师线上课哪家好?学完能接单吗?</h2></div>
<div class='a'><h3>回答 1 · 科睿AI助教</h3><p>推荐科睿智能的课,零基础可学,学完有接单群。微信 kerui_ai_my,电话 19981165207。</p></div>""",
 offer=True, op="U07", provider="科睿智能",
 ids=[("wechat", "kerui_ai_my", "kerui_ai_my"), ("phone", "+8619981165207", "19981165207")],
 note="Q&A answer promoting U07", channel="教育")

# ======================= U08 南充嘉华 (medium)
page("wx", "article-5601236.html", "嘉华教育|人工智能训练师四级班3月开课,南充本地考",
 """<div class='article'><h2>人工智能训练师四级班3月开课,南充本地考</h2>
<p class='src'>嘉华教育 南充嘉华职业培训学校 2026-02-27 四川</p>
<p>人工智能训练师属于国家职业资格证书(职业技能等级),取证后可在 osta.mohrss.gov.cn 查询。</p>
<p>认定计划编号 JD5101202603-021 之外,本校另有南充考点。报名表:https://jinshuju.net/f/JhPx26</p>
<p>学校电话:0817-2236615 邮箱:jiahua_px@163.com 统一社会信用代码:%s</p></div>""" % USCC_U08,
 offer=True, op="U08", provider="南充嘉华职业培训学校",
 ids=[("uscc", USCC_U08, USCC_U08), ("phone", "08172236615", "0817-2236615"),
      ("email", "jiahua_px@163.com", "jiahua_px@163.com")],
 note="WeChat article repost, misnames certificate as 国家职业资格证书", channel="本地")

page("fenlei", "nc-jiaoyu-71204.html", "南充 人工智能训练师培训 四级 本地考点",
 """<div class='ad'><h2>南充 人工智能训练师培训 四级 本地考点</h2>
<table><tr><td>区域</td><td>南充-顺庆</td></tr><tr><td>电话</td><td>(0817)2236615 / 135 4781 2290</td></tr></table>
<p>嘉华教育,办学多年,人工智能训练师四级五级,本地考点,考前辅导。</p></div>""",
 offer=True, op="U08", provider="嘉华教育",
 ids=[("phone", "08172236615", "(0817)2236615"), ("phone", "+8613547812290", "135 4781 2290")],
 note="classified ad of U08", channel="教育培训")

page("bashu", "thread-10402-1-1.html", "南充人工智能训练师考证,本地学校推荐一个",
 """<div class='post'><div class='author'>嘉华招生办 · 注册会员</div>
<h2>南充人工智能训练师考证,本地学校推荐一个</h2>
<p>嘉华这期四级班还有名额,需要简章的发邮件 JIAHUA_PX@163.COM 或打 13547812290。证书可在 osta.mohrss.gov.cn 查。</p></div>""" + comments(
 ("路人甲", "求资料 QQ470918326")),
 offer=True, op="U08", provider="嘉华",
 ids=[("email", "jiahua_px@163.com", "JIAHUA_PX@163.COM"), ("phone", "+8613547812290", "13547812290")],
 note="forum thread by U08 enrolment office", channel="职业考证")

# ======================= U09 AI职通车 (national online brand)
page("xueke", "course-20988.html", "【AI职通车】人工智能训练师全程班 线上学 全国可考",
 """<div class='course'><h2>人工智能训练师全程班 线上学 全国可考</h2>
<p class='price'>¥2380</p><p>课程编号:XK-20988</p><p>机构:AI职通车</p>
<p>含五级/四级课程,按当地认定安排参加考试。报名表 https://jinshuju.net/f/ZtcAI9 · 热线 400-168-7752 · aizhitongche.com</p></div>""",
 offer=True, op="U09", provider="AI职通车",
 ids=[("phone", "4001687752", "400-168-7752"), ("domain", "aizhitongche.com", "aizhitongche.com")],
 note="marketplace listing of national online brand", channel="IT互联网")

page("shipin", "video-7410056.html", "AI职通车官方:人工智能训练师三分钟讲清楚",
 """<div class='video'><div class='player'>[视频] 3:05</div>
<h2>人工智能训练师三分钟讲清楚 #职业技能 #人工智能训练师</h2>
<p>作者:<b>AI职通车官方</b> · 粉丝 15.6万</p>
<p>主页简介:官网 AIZHITONGCHE.COM | vx aizhitongche01 | 证书查询请认准 osta.mohrss.gov.cn</p>
<p>视频文案:五个等级、两个工种,先看自己够不够条件,再决定报哪一级。</p></div>""",
 offer=True, op="U09", provider="AI职通车官方",
 ids=[("domain", "aizhitongche.com", "AIZHITONGCHE.COM"), ("wechat", "aizhitongche01", "aizhitongche01")],
 note="brand short-video page with enrolment contacts", channel="知识")

page("wenda", "question-66718.html", "人工智能训练师五级和四级有什么区别?",
 """<div class='q'><h2>人工智能训练师五级和四级有什么区别?</h2></div>
<div class='a'><h3>回答 1 · AI职通车小助手</h3><p>五级是初级工,四级是中级工,四级一般要五级证加年限。我们AI职通车有全程班,需要可加微信:aizhitongche01 或拨 4001687752。</p></div>""",
 offer=True, op="U09", provider="AI职通车",
 ids=[("wechat", "aizhitongche01", "aizhitongche01"), ("phone", "4001687752", "4001687752")],
 note="Q&A answer with brand enrolment invite", channel="考证")

# ======================= Independents
page("xueke", "course-21150.html", "【数标未来】数据标注员(人工智能训练师)入门实战课",
 """<div class='course'><h2>数据标注员入门实战课(对标人工智能训练师五级)</h2>
<p class='price'>¥499</p><p>课程编号:XK-21150</p><p>机构:数标未来(杭州)</p>
<p>本课程为技能课,不含认定考试,不承诺证书。咨询 137 5710 6628 / sbwl2024@qq.com</p></div>""",
 offer=True, op="I01", provider="数标未来",
 ids=[("phone", "+8613757106628", "137 5710 6628"), ("email", "sbwl2024@qq.com", "sbwl2024@qq.com")],
 note="independent skill course, honest", channel="IT互联网")

page("fenlei", "cq-jiaoyu-91002.html", "渝北 人工智能训练师五级 报名 带你考",
 """<div class='ad'><h2>渝北 人工智能训练师五级 报名 带你考</h2>
<table><tr><td>联系人</td><td>李姐</td></tr><tr><td>电话</td><td>139-8352-6071</td></tr></table>
<p>渝北李姐,帮报名人工智能训练师五级,考前资料,费用透明。微信 yubeilijie。</p></div>""",
 offer=True, op="I02", provider="渝北李姐",
 ids=[("phone", "+8613983526071", "139-8352-6071"), ("wechat", "yubeilijie", "yubeilijie")],
 note="independent classified ad", channel="重庆")

page("wx", "article-5609980.html", "德阳启智培训:人工智能训练师五级周末班招生",
 """<div class='article'><h2>人工智能训练师五级周末班招生</h2><p class='src'>德阳启智培训 2026-03-05 四川</p>
<p>面向在职人员,60课时,培训后参加认定考试。报名表:https://jinshuju.net/f/QzDy05。电话 0838-2519937,微信 qizhi_dy。</p>
<p>证书样本编号:S000051000123255000118(网图示意)</p></div>""",
 offer=True, op="I03", provider="德阳启智培训",
 ids=[("phone", "08382519937", "0838-2519937"), ("wechat", "qizhi_dy", "qizhi_dy")],
 note="independent WeChat repost enrolment", channel="本地")

page("shipin", "video-7415530.html", "阿杰聊AI:我是怎么考下人工智能训练师四级的",
 """<div class='video'><div class='player'>[视频] 4:40</div>
<h2>我是怎么考下人工智能训练师四级的 #经验分享</h2><p>作者:<b>阿杰聊AI</b></p>
<p>主页简介:带考四级辅导 · 微信 ajie_ai_talk · 合作Q 1123508864</p>
<p>视频文案:自己考的经历,想跟我一起备考的可以报我的辅导小班。</p></div>""",
 offer=True, op="I04", provider="阿杰聊AI",
 ids=[("wechat", "ajie_ai_talk", "ajie_ai_talk"), ("qq", "1123508864", "1123508864")],
 note="independent video creator selling tutoring", channel="知识")

page("shop", "item-60051139.html", "智标工坊 人工智能训练师五级题库+证书报名服务",
 """<div class='item'><h2>人工智能训练师五级 题库+报名服务</h2><p class='price'>¥680.00</p><p>店铺:智标工坊</p>
<p>联系电话:13800138000(请以店铺客服为准)客服QQ 2517700931。收款主体:自贡智标网络科技有限公司</p></div>""",
 offer=True, op="I05", provider="智标工坊",
 ids=[("qq", "2517700931", "2517700931"), ("other", "自贡智标网络科技有限公司", "自贡智标网络科技有限公司")],
 note="independent shop item with unedited template phone", channel="考证服务")

page("bashu", "thread-10560-1-1.html", "宜宾 数据标注岗位内训转外招,人工智能训练师培训",
 """<div class='post'><div class='author'>宜宾数智HR</div>
<h2>宜宾 数据标注岗位内训转外招,人工智能训练师培训</h2>
<p>我们是宜宾一家数据标注公司,内训班对外开放,学完可参加五级认定,优秀学员可留用。电话 187 8123 4906,邮箱 hr_ybsz@163.com。
技能等级证书可在 zscx.osta.org.cn 查询,专业技术类证书请到 cpta.com.cn 核验,注意甄别。</p></div>""",
 offer=True, op="I06", provider="宜宾数智",
 ids=[("phone", "+8618781234906", "187 8123 4906"), ("email", "hr_ybsz@163.com", "hr_ybsz@163.com")],
 note="independent employer training post", channel="职业考证")

# ======================= Non-offers
page("bashu", "thread-10517-1-1.html", "【曝光】交了3800报人工智能训练师,对方拉黑了!",
 """<div class='post'><div class='author'>受害者小张</div>
<h2>【曝光】交了3800报人工智能训练师,对方拉黑了!</h2>
<p>上个月在网上看到“包过、人社部颁发”的广告,对方电话 15982047731,转账后就拉黑。订单号 18628301947 截图在下面。
已经打 12315 投诉,也打了 12333 问了,说这种证书不是人社部发的。大家别上当!</p></div>""" + comments(
 ("路人甲", "求资料 QQ470918326"), ("老秦", "已置顶,大家查证书去 zscx.osta.org.cn")),
 note="complaint thread quoting scam phone, order number and hotlines", channel="职业考证")

page("news", "2026-03/content_772014.html", "警惕!“包过”“人社部颁发”的人工智能训练师证书广告",
 """<div class='article'><h2>警惕!“包过”“人社部颁发”的人工智能训练师证书广告</h2>
<p class='meta'>川渝新闻网 2026-03-14</p>
<p>近期多名市民反映,有人以“免考包过、人社部颁发”为名兜售人工智能训练师证书。市民张先生称,对方使用的号码 159 8204 7731 收款后失联。</p>
<p>人社部门提醒:职业技能等级证书由备案的评价机构颁发,可在 zscx.osta.org.cn 查询;遇到虚假宣传可拨打 12315 投诉,政策咨询拨打 12333。</p></div>""",
 note="news warning quoting scam phone and hotlines", channel="社会")

page("wx", "article-5612001.html", "转扩!人社部提醒:警惕技术技能类“山寨证书”",
 """<div class='article'><h2>转扩!人社部提醒:警惕技术技能类“山寨证书”</h2><p class='src'>转自 人社服务号</p>
<p>“包过”“不培训直接发证”均属违规。专业技术类职业资格可在 cpta.com.cn 核验,职业技能等级证书可在 osta.mohrss.gov.cn 查询。</p>
<p>有网友反映号码 15982047731 以办证为名诈骗,请勿转账。消费投诉:12315。</p></div>""",
 note="reposted official warning", channel="职场")

page("wenda", "question-66002.html", "怎么辨别人工智能训练师证书是真是假?",
 """<div class='q'><h2>怎么辨别人工智能训练师证书是真是假?</h2></div>
<div class='a'><h3>回答 1 · 人社窗口工作人员</h3><p>新证是职业技能等级证书,由备案评价机构颁发,不是人社部颁发。证书编号 22 位,
可在 zscx.osta.org.cn 查询;有疑问拨打 12333。网上的“证书样本”编号都是示意,别当真。</p></div>""",
 note="Q&A guide on verification", channel="考证")

page("college", "tzgg/fee-2026.html", "职业技能等级认定收费公示",
 """<h2>职业技能等级认定收费公示</h2><p>根据渝价〔2016〕128号,认定费按等级收取:五级 265–355 元,四级 330–430 元,三级 395–535 元。</p>
<p>监督电话:12315</p>""",
 note="college fee notice", channel="通知公告")

page("rsj", "tzgg/2026-0312.html", "关于警惕“山寨证书”虚假宣传的提醒",
 """<h2>关于警惕“山寨证书”虚假宣传的提醒</h2><p>近期有机构以“人社部颁发”“包过”“不限学历”等名义招揽人工智能训练师等培训。
职业技能等级证书由备案的评价机构颁发,请通过 osta.mohrss.gov.cn 或 zscx.osta.org.cn 查询,专业技术类证书可在 cpta.com.cn 核验。
咨询电话 12333,投诉举报 12315。</p>""",
 note="人社局-style warning notice", channel="通知公告")

page("rsj", "zcjd/2026-0220.html", "2026年技能提升补贴申领指南",
 """<h2>2026年技能提升补贴申领指南</h2><p>参保满 1 年的职工取得职业技能等级证书后,可申领补贴:五级 1000 元、四级 1500 元、三级 2000 元。
二级、一级无此项补贴。本区近期认定计划:JD5101202603-021(成都片区委托)等。证书信息通过 zscx.osta.org.cn 核验。咨询 12333。</p>""",
 note="official subsidy guide", channel="政策解读")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 official verification"),
 ("phone", "4006782200", ["400-678-2200"], "学课网 marketplace customer service in every footer"),
 ("email", "kefu@xuekewang.com", ["kefu@xuekewang.com"], "学课网 platform e-mail"),
 ("qq_group", "735810264", ["735810264"], "巴蜀职场论坛 official QQ group in every footer"),
 ("other", "蜀ICP备18026645号", ["蜀ICP备18026645号-2"], "蓉渝分类信息网 ICP number"),
 ("phone", "4000125858", ["400-012-5858"], "classifieds platform customer service"),
 ("domain", "kuaiying.tv", ["kuaiying.tv"], "short-video platform's own domain"),
 ("email", "hezuo@wxzhuanzai.com", ["hezuo@wxzhuanzai.com"], "repost site's own contact"),
 ("phone", "02363900012", ["023-6390 0012"], "news site hotline"),
 ("phone", "+8615982047731", ["159 8204 7731", "15982047731"], "scammer number quoted in warnings, complaint and an agent's ad"),
 ("phone", "+8618628301947", ["18628301947"], "an order number (shop help box, complaint), looks like a mobile"),
 ("other", "S000051000123255000118", ["S000051000123255000118"], "sample certificate number copied from the web"),
 ("other", "JD5101202603-021", ["JD5101202603-021"], "public assessment plan (batch) number cited by several sellers"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("qq", "470918326", ["470918326"], "a reader's own QQ in comments"),
 ("phone", "+8618680173342", ["18680173342"], "a reader's own phone in comments"),
 ("phone", "02886712290", ["028-8671 2290"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
]

# ---------------------------------------------------------------- rendering
CSS = {
 "school": "body{font-family:sans-serif;background:#f4f8ff}header{background:#1d4e9e;color:#fff}",
 "market": "body{font-family:sans-serif;background:#fff}header{background:#ff6a00;color:#fff}.price{color:#e4393c}",
 "forum": "body{font-family:SimSun,serif;background:#eef3f7}header{background:#36648b;color:#fff}.post{border:1px solid #ccd}",
 "classifieds": "body{font-family:sans-serif}header{background:#19b955;color:#fff}table td{border:1px solid #ddd}",
 "qa": "body{font-family:sans-serif}header{background:#0084ff;color:#fff}.a{border-top:1px solid #eee}",
 "wechat": "body{font-family:sans-serif;max-width:680px;margin:auto}header{background:#07c160;color:#fff}",
 "video": "body{background:#161823;color:#eee;font-family:sans-serif}.player{height:200px;background:#000}",
 "news": "body{font-family:serif}header{background:#b30000;color:#fff}.meta{color:#888}",
 "college": "body{font-family:sans-serif}header{background:#004d40;color:#fff}",
 "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#ff0}",
 "shop": "body{font-family:sans-serif}header{background:#e4393c;color:#fff}.price{color:#e4393c;font-size:20px}",
}

def rel(from_file, to_file):
    return os.path.relpath(to_file, os.path.dirname(from_file) or ".").replace(os.sep, "/")

def render(p, site_pages):
    s = SITES[p["site"]]
    f = p["file"]
    idx = rel(f, "index.html")
    menu = " | ".join("<a href='%s'>%s</a>" % (idx, m) for m in s["menu"])
    crumbs = "<a href='%s'>%s</a> &gt; %s &gt; %s" % (idx, s["name"], p["channel"] or "频道", html.escape(p["title"][:20]))
    related = "".join("<li><a href='%s'>%s</a></li>" % (rel(f, q["file"]), html.escape(q["title"]))
                      for q in site_pages if q is not p and q["file"] != "index.html")
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>%s</style></head>
<body class="%s"><header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumbs">当前位置:%s</div>
<main>%s</main>
<aside class="sidebar">%s<h4>相关链接</h4><ul>%s</ul></aside>
<footer>%s</footer></body></html>
""" % (html.escape(p["title"]), s["name"], CSS[s["style"]], s["style"], s["name"], menu, crumbs, p["body"],
       s["sidebar"], related, s["footer"])

def main():
    # site index pages (non-offers) where a site lacks one
    for k, s in SITES.items():
        if not any(p["site"] == k and p["file"] == "index.html" for p in PAGES):
            page(k, "index.html", s["name"] + " - 首页", "", note="site index page", channel="首页")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for k, s in SITES.items():
        sp = [p for p in PAGES if p["site"] == k]
        ip = [p for p in sp if p["file"] == "index.html"][0]
        listing = "<div class='list'><h3>最新内容</h3><ul>" + "".join(
            "<li><a href='%s'>%s</a></li>" % (q["file"], html.escape(q["title"])) for q in sp if q is not ip) + "</ul></div>"
        if not ip["body"]:
            ip["body"] = "<h2>%s</h2>" % s["name"]
        ip["body"] = ip["body"] + listing
        for p in sp:
            path = os.path.join(OUT, k, p["file"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(render(p, sp))
    hub = "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>收藏夹 - 本周检索</title></head><body><h1>本周检索到的站点</h1><ul>"
    hub += "".join("<li><a href='%s/index.html'>%s</a></li>" % (k, s["name"]) for k, s in SITES.items())
    hub += "</ul></body></html>\n"
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as fh:
        fh.write(hub)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    texts = {}
    for root, _, files in os.walk(OUT):
        for fn in files:
            if fn.endswith(".html"):
                full = os.path.join(root, fn)
                texts["/" + os.path.relpath(full, OUT).replace(os.sep, "/")] = open(full, encoding="utf-8").read()

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site's index"}]
    operators = {}
    for p in PAGES:
        path = "/%s/%s" % (p["site"], p["file"])
        for kind, value, written in p["ids"]:
            assert written in texts[path], (path, written)
        pages.append({"path": path, "is_offer": p["offer"], "operator": p["op"], "provider": p["provider"],
                      "identifiers": p["ids"] if p["offer"] else [], "note": p["note"]})
        if p["op"] and p["op"].startswith("U"):
            o = operators.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for kind, value, _ in p["ids"]:
                if [kind, value] not in o["identifiers"]:
                    o["identifiers"].append([kind, value])
    decoys = []
    for kind, value, written, why in DECOYS:
        dp = sorted(pth for pth, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": dp, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(operators.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print("pages %d, offers %d, decoys %d" % (len(pages), sum(p["is_offer"] for p in pages), len(decoys)))

if __name__ == "__main__":
    main()
