#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')

# ---------- GB 32100 unified social credit code ----------
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]

def org_check(base8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(base8, W_ORG))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))

def uscc(head8, base8):
    s17 = head8 + base8 + org_check(base8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(s17, W_USCC))
    r = 31 - s % 31
    return s17 + ALPHA[0 if r == 31 else r]

USCC_U01 = uscc('52220104', '33925716')   # 民办非企业 training school, 长春
USCC_U03 = uscc('91110108', '57036418')   # 北京海淀 company
USCC_U04 = uscc('91440507', '31526083')   # 汕头龙湖 company
USCC_U05 = uscc('91440106', '49218357')   # 广州天河 company
USCC_U08 = uscc('91370102', '66340295')   # 济南 company with a state-sounding name

# ---------- site frames ----------
SITES = {
 'jlzy': dict(name='吉林智云职业技能培训学校', style='training-company',
   menu=['首页', '课程设置', '补贴政策', '证书查询', '联系我们'],
   side='<h4>招生咨询</h4><p>咨询电话：0431-85612277</p><p>地址：长春市朝阳区红旗街688号智云大厦4楼</p>',
   foot='吉林智云职业技能培训学校 版权所有 | 电话：0431-85612277 | 网址：www.jlzhiyun.com | 统一社会信用代码：' + USCC_U01 + ' | 吉ICP备2021004417号-1'),
 'stsz': dict(name='鮀城数智教育', style='training-company',
   menu=['首页', 'AI课程', '师资团队', '学员风采', '联系我们'],
   side='<h4>联系我们</h4><p>座机：0754-88613025</p><p>地址：汕头市龙湖区金砂东路华莱大厦11楼</p><p>官方QQ群：638274155</p>',
   foot='汕头市鮀城数智教育科技有限公司 © stszedu.cn | 电话 (0754)8861-3025 | 信用代码 ' + USCC_U04 + ' | 粤ICP备2022031145号'),
 'ketang': dict(name='学途课堂', style='course-marketplace',
   menu=['首页', 'IT互联网', '职业考证', 'AI人工智能', '机构入驻'],
   side='<h4>热门分类</h4><ul><li>人工智能训练师</li><li>数据标注</li><li>Python入门</li><li>健康管理师</li></ul>',
   foot='学途课堂 www.xuetuketang.com | 平台客服 400-618-8520 | 客服邮箱 service@xuetuketang.com | 京ICP备20031877号-2 | 平台仅提供信息发布服务，课程由入驻机构提供'),
 'bbs': dict(name='潮人论坛', style='forum',
   menu=['首页', '汕头生活', '职场学习', '曝光台', '二手交易'],
   side='<h4>版规</h4><p>禁止发布违法广告，举报请发邮件。</p><h4>今日热帖</h4><ul><li>龙湖区哪里学车便宜</li><li>潮阳夜市推荐</li></ul>',
   foot='潮人论坛 bbs.chaorenbbs.net | 站务邮箱 admin@chaorenbbs.net | 粤ICP备16082231号-1 | 本站帖子仅代表作者观点'),
 'fenlei': dict(name='吉屋分类信息网 · 吉林站', style='classifieds',
   menu=['首页', '招聘求职', '教育培训', '二手物品', '房屋租售'],
   side='<h4>发布须知</h4><p>请勿提前支付任何费用，谨防上当。</p><h4>站长QQ群</h4><p>512338607</p>',
   foot='吉屋分类信息网 | 客服电话 0431-81926600 | 站长QQ群 512338607 | 吉ICP备19002286号'),
 'wenda': dict(name='问知网', style='qa',
   menu=['首页', '教育', '职场', '法律', '提问'],
   side='<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗</li><li>数据标注员怎么考</li><li>技能证书在哪里查</li></ul>',
   foot='问知网 wenzhi.cn | 意见反馈 feedback@wenzhi.cn | 回答内容由网友提供，仅供参考'),
 'wx': dict(name='微文库 · 公众号文章精选', style='wechat-reposts',
   menu=['首页', '教育', '职场', '本地', '科技'],
   side='<h4>说明</h4><p>本站文章转载自微信公众号，版权归原作者所有。</p>',
   foot='微文库 wxwenku.cn | 投稿/删稿 tougao@wxwenku.cn | 文章来源于网络，如有侵权请联系删除'),
 'video': dict(name='快刷短视频 网页版', style='short-video',
   menu=['推荐', '关注', '同城', '知识', '直播'],
   side='<h4>猜你喜欢</h4><ul><li>零基础学AI剪辑</li><li>长春美食探店</li><li>汕头牛肉火锅</li></ul>',
   foot='快刷短视频 | 违法和不良信息举报电话 400-140-2108 | 未成年人保护'),
 'news': dict(name='潮汕都市网', style='news',
   menu=['首页', '本地', '教育', '民生', '财经', '博客'],
   side='<h4>热点</h4><ul><li>汕头春季招聘会下周举行</li><li>南澳大桥限行通知</li></ul>',
   foot='潮汕都市网 版权所有 | 新闻热线 0754-88900110 | 粤ICP备11047780号'),
 'rsj': dict(name='吉林市人力资源和社会保障局', style='gov-notice',
   menu=['首页', '政务公开', '通知公告', '就业创业', '职业能力'],
   side='<h4>便民服务</h4><p>政务服务热线：12333</p><p>技能证书查询：zscx.osta.org.cn</p>',
   foot='主办：吉林市人力资源和社会保障局 | 咨询电话：12333 | 技能人才评价工作网 osta.mohrss.gov.cn'),
 'shop': dict(name='优选商城', style='shop',
   menu=['首页', '图书教育', '考试服务', '数码', '店铺街'],
   side='<h4>平台公告</h4><p>双12活动进行中，活动编号 13700251108，满200减20。</p>',
   foot='优选商城 | 客服热线 400-916-7788 | 支付由第三方平台提供，支付宝客服 95188 | 沪ICP备18021663号'),
}
ORDER = ['jlzy', 'stsz', 'ketang', 'fenlei', 'bbs', 'wenda', 'wx', 'video', 'news', 'rsj', 'shop']

PAGES = []  # dicts: site, file, title, body, truth

def add(site, fname, title, body, offer=False, op=None, provider=None, ids=(), note=''):
    PAGES.append(dict(site=site, file=fname, title=title, body=body,
                      truth=dict(path='/%s/%s' % (site, fname), is_offer=offer,
                                 operator=op, provider=provider,
                                 identifiers=[list(x) for x in ids], note=note)))

FORM = ('<form class="enroll"><label>姓名 <input placeholder="请输入姓名"></label>'
        '<label>手机 <input placeholder="例：138 0000 0000"></label>'
        '<label>邮箱 <input placeholder="example@qq.com"></label><button>提交报名</button></form>')
CERT_SAMPLE = '证书编号样例：Y000123XXXXXX195000001（以实际为准）'

# ======================= U01 吉林智云 (honest, 长春) =======================
U01 = dict(land=('phone', '043185612277'), mob=('phone', '+8613943126685'),
           wx=('wechat', 'jlzy_ai2025'), uscc=('uscc', USCC_U01), dom=('domain', 'jlzhiyun.com'),
           icp=('other', '吉ICP备2021004417号-1'))
def foot01(): return [U01['land'] + ('0431-85612277',), U01['uscc'] + (USCC_U01,), U01['dom'] + ('www.jlzhiyun.com',), U01['icp'] + ('吉ICP备2021004417号-1',)]
add('jlzy', 'course-level5.html', '人工智能训练师（五级/初级工）培训班招生简章',
 '''<p>根据《人工智能训练师国家职业技能标准（2021年版）》，本校开设人工智能训练师（职业编码4-04-05-05）五级培训班，工种为数据标注员。</p>
<p><b>报名条件：</b>累计从事本职业或相关职业工作满1年（含），或本职业相关专业学徒期满。初中及以上文化程度。</p>
<p><b>课时：</b>60课时，理论+实操，周末班/晚班可选。</p>
<p><b>费用：</b>培训费1280元，评价费按物价部门核定标准另行收取。符合条件的参保职工可申请失业保险技能提升补贴（五级最高1000元），以人社部门审核为准。</p>
<p>证书为职业技能等级证书，由备案评价机构颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。本校不承诺"包过"。</p>
<p>报名热线：（0431）8561 2277　招生老师手机：139-4312-6685</p>
<p class="warn">郑重声明：近期有人冒用本校名义收费，号码17188326609并非本校电话，请勿转账。</p>''' + FORM,
 True, 'U01', '吉林智云职业技能培训学校',
 foot01() + [U01['land'] + ('（0431）8561 2277',), U01['mob'] + ('139-4312-6685',)],
 'training school course page, level 5, honest')
add('jlzy', 'course-level4.html', '人工智能训练师四级（中级工）周末班',
 '''<p>四级课程面向已取得五级证书并从事相关工作的学员，内容包括数据采集和处理、数据标注、智能系统运维。</p>
<p>参考课时50课时。培训费1680元。持五级证书满4年或从事相关工作满6年方可申报，请携带工作证明。</p>
<p>咨询：招生办 0431-85612277 转 8；微信 JLZY_AI2025（添加请备注"四级"）。</p>
<p>''' + CERT_SAMPLE + '''</p>''' + FORM,
 True, 'U01', '智云职培', foot01() + [U01['wx'] + ('JLZY_AI2025',)],
 'training school course page, level 4')
add('jlzy', 'subsidy-class.html', '企业职工技能提升补贴班（人工智能训练师三级）',
 '''<p>面向长春市参保企业职工开设三级（高级工）补贴班。失业保险技能提升补贴三级最高2000元，需连续参保满1年，每人每年最多三次。</p>
<p>团体报名请联系：王老师 13943126685（微信同号），或发邮件至 zhiyun@jlzhiyun.com。</p>
<p>政策咨询也可拨打人社服务热线12333。</p>''',
 True, 'U01', '吉林智云教育', foot01() + [U01['mob'] + ('13943126685',), ('email', 'zhiyun@jlzhiyun.com', 'zhiyun@jlzhiyun.com')],
 'subsidy class for insured employees, level 3')
add('fenlei', 'jiaoyu-20251203-118.html', '长春 人工智能训练师 数据标注 培训 正规学校 可申请补贴',
 '''<p class="meta">发布者：智云职培王老师 | 区域：长春-朝阳区 | 类别：教育培训-职业技能</p>
<p>正规备案培训学校，人工智能训练师五级/四级周末班开课，小班教学，上机实操。</p>
<p>符合条件可以申请技能提升补贴，具体以人社审核为准，不乱承诺。</p>
<p>联系电话：139 4312 6685　微信：jlzy_ai2025</p>
<p>学校网址 jlzhiyun.com 可查看课程详情。</p>''',
 True, 'U01', '智云职培', [U01['mob'] + ('139 4312 6685',), U01['wx'] + ('jlzy_ai2025',), U01['dom'] + ('jlzhiyun.com',)],
 'classified ad by U01 teacher')

# ======================= U02 启航 (dishonest, 长春) =======================
U02 = dict(mob=('phone', '+8615604312218'), wx=('wechat', 'qihang-ai88'), qq=('qq', '2851396470'))
add('fenlei', 'jiaoyu-20251201-072.html', '人工智能训练师证 包过 人社部颁发 国家承认 全国通用',
 '''<p class="meta">发布者：启航教育 | 区域：长春-南关区 | 类别：教育培训-考证</p>
<p>🔥人工智能训练师证书，人社部颁发，国家职业资格证书，全国通用，入库可查！</p>
<p>零基础、不限学历、不限经验，三级二级一级都能报，一次拿三个证更划算！</p>
<p>不用上课，交费包过，最快15天出证。可挂靠公司，一年轻松多赚好几万。</p>
<p>咨询电话：156 0431 2218（微信同号 Qihang-AI88）</p>
<p>报名表：https://jinshuju.net/f/Qh8ai 填写即可</p>''',
 True, 'U02', '启航教育', [U02['mob'] + ('156 0431 2218',), U02['wx'] + ('Qihang-AI88',)],
 'classified ad, 包过/人社部颁发/三级一起/挂靠')
add('bbs', 'thread-88213.html', '【分享】在长春考了人工智能训练师，顺便说下渠道',
 '''<div class="post"><p class="author">楼主：启航小助手　发表于 2025-11-28</p>
<p>本人通过启航AI学院报的人工智能训练师，真的很快，没有考试压力，老师全程带，证书官网可查。</p>
<p>想报的可以加我微信 qihang-ai88，或者QQ 2851396470，报我名字有优惠。</p></div>
<div class="post"><p class="author">2楼：潮汕阿明</p><p>真的假的？不用考试也能拿证？我的微信 wxid_lmj1990 求带</p></div>
<div class="post"><p class="author">3楼：路人甲</p><p>不用考试的一律是假的，去 zscx.osta.org.cn 能查到才算数。</p></div>''',
 True, 'U02', '启航AI学院', [U02['wx'] + ('qihang-ai88',), U02['qq'] + ('2851396470',)],
 'forum soft-ad post by seller account')
add('wx', 'a-20251125-qihang.html', '2026年人工智能训练师报考指南！最后一批补贴名额',
 '''<p class="src">来源公众号：启航职业教育 | 2025-11-25</p>
<p>人工智能训练师是人社部认证的新职业，持证可领补贴、落户加分、评职称！</p>
<p>报名即送全套题库，名师押题，保证通过，不过全额退款。</p>
<p>原价4980，本周限时2980，三证同报再减1000。</p>
<p>扫码或添加老师微信：QIHANG-AI88　咨询热线 15604312218</p>
<p>在线报名：jinshuju.net/f/Qh8ai</p>''',
 True, 'U02', '启航职业教育', [U02['wx'] + ('QIHANG-AI88',), U02['mob'] + ('15604312218',)],
 'WeChat repost, 人社部认证/保证通过/落户')
add('ketang', 'course-30218.html', '人工智能训练师全级别速成（五级至一级）',
 '''<p class="shop">机构：启航AI学院 | 评分 4.6 | 已售 1203</p>
<p>零基础速成，课程+考试+证书一站式，官方指定报考点，内部信息押题。</p>
<p>售价：￥2980 / 级，两级以上打包价另议。</p>
<p>售后/答疑QQ：2851 396 470</p>
<p>课程编号：KT-30218</p>''',
 True, 'U02', '启航AI学院', [U02['qq'] + ('2851 396 470',)],
 'marketplace listing, 速成/官方指定/内部信息')

# ======================= U03 中科智训 (dishonest national online) =======================
U03 = dict(tel=('phone', '4008675213'), wx=('wechat', 'zkzx-kefu01'), dom=('domain', 'zkzx-ai.cn'),
           uscc=('uscc', USCC_U03), mail=('email', 'kf@zkzx-ai.cn'))
add('ketang', 'course-29107.html', '【中科智训】人工智能训练师 高级工+技师 双证班',
 '''<p class="shop">机构：中科智训 | 评分 4.8 | 已售 5621</p>
<p>国家级权威认证，工信部职业技能鉴定中心主办，证书直接对应职称，可评中级工程师！</p>
<p>三级+二级同报，零基础无门槛，不限年龄不限专业，90%小白都能学会。</p>
<p>证书可在官方查询网站 cx.zkzx-ai.cn 查询，全国联网。</p>
<p>全国统一服务热线：400-867-5213</p>''',
 True, 'U03', '中科智训', [U03['tel'] + ('400-867-5213',), U03['dom'] + ('cx.zkzx-ai.cn',)],
 'marketplace listing, 工信部/双证/fake query site')
add('video', 'v-7391022.html', '@AI考证课代表：人工智能训练师一个月拿证，月薪翻倍',
 '''<p class="author">@AI考证课代表 · 12.3万粉丝</p>
<p class="desc">原价9999，限时99体验课！人工智能训练师证书，国家认可，拿证就能升职加薪 #人工智能 #考证</p>
<p class="pin">置顶评论（作者）：想了解的加 V：zkzx-kefu01，或打 4008 675 213，备注"抖音"</p>
<div class="cmt"><p>网友：我报了，等证中</p><p>网友：99块真的能拿证？</p></div>''',
 True, 'U03', 'AI考证课代表', [U03['wx'] + ('zkzx-kefu01',), U03['tel'] + ('4008 675 213',)],
 'short-video page with pinned comment')
add('wenda', 'q-551902.html', '人工智能训练师证书在哪里考？需要什么条件？',
 '''<div class="q"><p>问：想考人工智能训练师，在哪里报名？需要什么学历？</p></div>
<div class="a"><p class="author">回答者：国培人才网-李老师（认证机构）</p>
<p>您好，人工智能训练师不限学历，零基础也能报考二级技师。我们是国培人才网，与中科智训合作，线上学习线上考试，一次通过率99%。</p>
<p>详细可加老师微信：ZKZX-kefu01，或邮件 kf@zkzx-ai.cn 索取简章。</p></div>
<div class="a"><p class="author">回答者：热心网友</p><p>别信不限学历考二级的，五级都要有工作经历。我QQ 442817395 可以发你官方标准原文。</p></div>''',
 True, 'U03', '国培人才网', [U03['wx'] + ('ZKZX-kefu01',), U03['mail'] + ('kf@zkzx-ai.cn',)],
 'Q&A answer by seller account')
add('shop', 'item-66021873.html', '人工智能训练师考证报名 国家职业资格证书 包拿证 全程代办',
 '''<p class="shopname">店铺：AI训练师考证中心旗舰店</p>
<p>价格：￥3680（三级） ￥5880（二级） 三级+二级套餐 ￥7980</p>
<p>国家职业资格证书，人社部颁发，官网可查，全程代办，无需到场。</p>
<p>主体：中科智训（北京）教育科技有限公司　统一社会信用代码 ''' + USCC_U03 + '''</p>
<p>售后电话 400 867 5213</p>''',
 True, 'U03', 'AI训练师考证中心', [U03['uscc'] + (USCC_U03,), U03['tel'] + ('400 867 5213',)],
 'shop item selling certificate by level, 代办')

# ======================= U04 鮀城数智 (honest-ish, 汕头) =======================
U04 = dict(land=('phone', '075488613025'), mob=('phone', '+8613719683320'), wx=('wechat', 'stsz_laoli'),
           dom=('domain', 'stszedu.cn'), qqg=('qq_group', '638274155'), uscc=('uscc', USCC_U04))
def foot04(): return [U04['land'] + ('(0754)8861-3025',), U04['dom'] + ('stszedu.cn',), U04['uscc'] + (USCC_U04,), U04['qqg'] + ('638274155',)]
add('stsz', 'ai-trainer-5.html', '人工智能训练师（数据标注员）五级培训 · 汕头班',
 '''<p>本机构在汕头龙湖区开设人工智能训练师五级培训，60课时，理论30%、实操70%。</p>
<p>申报条件以国家职业技能标准为准：相关工作满1年或学徒期满。评价由备案的第三方评价机构组织，考点：汕头市职业技能考核中心（前台 0754-88250011）。</p>
<p>学费1580元，分两期付款，无任何贷款。</p>
<p>报名咨询：0754-88613025　李老师 137 1968 3320</p>''' + FORM,
 True, 'U04', '鮀城数智教育', foot04() + [U04['land'] + ('0754-88613025',), U04['mob'] + ('137 1968 3320',)],
 'training company course page, honest')
add('stsz', 'ai-trainer-4.html', '人工智能训练师四级进阶班（汕头/揭阳可报）',
 '''<p>面向已有五级证书的学员，重点讲授数据采集和处理、智能系统运维。</p>
<p>四级技能提升补贴最高1500元，广东省紧缺职业可上浮，需参保满一年，以人社部门审核为准。</p>
<p>加李老师微信 stsz_laoli 了解开班时间。</p>
<p>''' + CERT_SAMPLE + '''</p>''',
 True, 'U04', '鮀城数智教育', foot04() + [U04['wx'] + ('stsz_laoli',)],
 'training company course page, level 4')
add('stsz', 'enterprise.html', '企业AI数据标注内训 & 人工智能训练师认定服务',
 '''<p>为潮汕地区电商、客服企业提供数据标注内训，可协助对接备案评价机构开展人工智能训练师等级认定。</p>
<p>企业合作邮箱：hezuo@stszedu.cn　电话：0754-8861 3025</p>''',
 True, 'U04', '汕头市鮀城数智教育科技有限公司', foot04() + [U04['land'] + ('0754-8861 3025',), ('email', 'hezuo@stszedu.cn', 'hezuo@stszedu.cn')],
 'training company enterprise service page')
add('bbs', 'thread-88507.html', '汕头有没有靠谱的人工智能训练师培训？分享我上课的经历',
 '''<div class="post"><p class="author">楼主：数智老李　发表于 2025-12-02</p>
<p>我在龙湖区做AI培训的，不打广告，说几句实话：五级要求一年相关工作经历，说零基础直接考二级的都是骗人的。</p>
<p>真想学可以来试听，电话13719683320，微信 STSZ_LAOLI，周六有公开课。</p></div>
<div class="post"><p class="author">2楼：潮汕阿明</p><p>老李靠谱吗？我的微信 wxid_lmj1990 想去试听</p></div>
<div class="post"><p class="author">3楼：海滨路</p><p>考点是市职业技能考核中心吧，0754-88250011 可以先问问。</p></div>''',
 True, 'U04', '数智老李', [U04['mob'] + ('13719683320',), U04['wx'] + ('STSZ_LAOLI',)],
 'forum post by U04 teacher')

# ======================= U05 粤职通 (广州, subsidy overclaims) =======================
U05 = dict(mob=('phone', '+8618820657741'), wx=('wechat', 'yzt_ai_edu'), mail=('email', 'yzt_edu@163.com'),
           uscc=('uscc', USCC_U05))
add('wx', 'a-20251118-yzt.html', '补贴后几乎免费！广东人工智能训练师二级、一级也能领补贴',
 '''<p class="src">来源公众号：粤职通AI学堂 | 2025-11-18</p>
<p>广东基础补贴：五级 1000 元、四级 1500 元、三级 2400 元，二级一级同样有补贴，学完几乎不花钱！</p>
<p>人工智能训练师是经人社部门备案认定的职业，证书全国通用。</p>
<p>报名请联系：188-2065-7741（微信 yzt_ai_edu）</p>''',
 True, 'U05', '粤职通AI学堂', [U05['mob'] + ('188-2065-7741',), U05['wx'] + ('yzt_ai_edu',)],
 'WeChat repost, subsidy overclaim for levels 2/1')
add('video', 'v-7402215.html', '粤职通｜汕头宝妈转行做AI训练师的第三个月',
 '''<p class="author">@粤职通就业服务 · 3.1万粉丝</p>
<p class="desc">宝妈也能学！人工智能训练师四级补贴1500，学完推荐数据标注岗位 #汕头 #人工智能训练师</p>
<p class="pin">主页简介：课程咨询 V：yzt_AI_edu</p>''',
 True, 'U05', '粤职通就业服务', [U05['wx'] + ('yzt_AI_edu',)],
 'short-video page, job+subsidy pitch')
add('news', 'edu-20251120-041.html', '【推广】人工智能训练师成新晋热门职业 粤职通助力潮汕青年就业',
 '''<p class="meta">潮汕都市网 教育频道 2025-11-20　（推广）</p>
<p>随着人工智能产业发展，人工智能训练师成为热门新职业。广东粤职通教育科技有限公司（统一社会信用代码 ''' + USCC_U05 + '''）面向潮汕地区招收学员，承诺学完推荐就业，协议就业月薪6000起。</p>
<p>报名咨询：18820657741，邮箱 YZT_EDU@163.com。</p>
<p>如对培训收费有疑问，可向12315投诉。</p>''',
 True, 'U05', '广东粤职通教育科技有限公司', [U05['uscc'] + (USCC_U05,), U05['mob'] + ('18820657741',), U05['mail'] + ('YZT_EDU@163.com',)],
 'advertorial on news site, 协议就业')

# ======================= U06 小鹿考证 (cheap 包过 seller, 汕头) =======================
U06 = dict(wx=('wechat', 'xiaolu_kz666'), qq=('qq', '3306618952'), mob=('phone', '+8619807541136'),
           payee=('other', '汕头市龙湖区小鹿信息咨询服务部'))
add('shop', 'item-66109254.html', '人工智能训练师 证书 不用考试 包过 七天出证',
 '''<p class="shopname">店铺：小鹿考证工作室</p>
<p>价格：￥598 起。免培训，交费包过，七天出证，支持查询。</p>
<p>拍下后请联系客服QQ：3306618952 提交资料，或加微信 xiaolu_kz666。</p>
<p>对公转账请备注订单号，收款户名：汕头市龙湖区小鹿信息咨询服务部</p>
<p>订单号示例：13820191106（下单后在"我的订单"查看）</p>''',
 True, 'U06', '小鹿考证工作室', [U06['qq'] + ('3306618952',), U06['wx'] + ('xiaolu_kz666',), U06['payee'] + ('汕头市龙湖区小鹿信息咨询服务部',)],
 'shop item, 免培训包过')
add('video', 'v-7415530.html', '小鹿姐姐：不会AI也能拿人工智能训练师证？',
 '''<p class="author">@小鹿姐姐考证 · 8.6万粉丝</p>
<p class="desc">拿到证书便可升职加薪！想要的姐妹评论区扣1 #考证 #人工智能训练师</p>
<p class="pin">作者回复：私信或者加 vx：XiaoLu_KZ666</p>''',
 True, 'U06', '小鹿姐姐考证', [U06['wx'] + ('XiaoLu_KZ666',)],
 'short-video page, 升职加薪')
add('fenlei', 'jiaoyu-20251205-033.html', '人工智能训练师 数据标注员 证书 快速办理 吉林可办',
 '''<p class="meta">发布者：鹿老师 | 区域：吉林市-船营区 | 类别：教育培训-考证</p>
<p>人工智能训练师五级四级三级均可办理，不用到场，全国可查。</p>
<p>电话：198 0754 1136　微信：xiaolu_kz666</p>
<p>付款方式：支付宝/微信均可，支付宝客服 95188 可查交易。</p>''',
 True, 'U06', '鹿老师', [U06['mob'] + ('198 0754 1136',), U06['wx'] + ('xiaolu_kz666',)],
 'classified ad, remote 办证')

# ======================= U07 吉林市博学 (honest small, 吉林市) =======================
U07 = dict(mob=('phone', '+8617743228590'), land=('phone', '043262458811'), wx=('wechat', 'boxue0432'))
add('fenlei', 'jiaoyu-20251130-009.html', '吉林市 博学职业培训学校 人工智能训练师五级 晚班招生',
 '''<p class="meta">发布者：博学职校 | 区域：吉林市-昌邑区 | 类别：教育培训-职业技能</p>
<p>人社部门备案的民办职业培训学校，人工智能训练师五级晚班，每周二四六，60课时。</p>
<p>需有一年相关工作经历或学徒期满。学费1180元，可申请技能提升补贴。</p>
<p>电话：0432-62458811　手机：177-4322-8590</p>
<p>报名表也可在线填写：jinshuju.net/f/BxAi5</p>''',
 True, 'U07', '博学职业培训学校', [U07['land'] + ('0432-62458811',), U07['mob'] + ('177-4322-8590',)],
 'classified ad, honest school')
add('wenda', 'q-552377.html', '吉林市哪里可以学人工智能训练师？',
 '''<div class="q"><p>问：在吉林市，想学人工智能训练师，有没有线下的？</p></div>
<div class="a"><p class="author">回答者：博学小周</p>
<p>我们博学职校在昌邑区有线下班，五级晚班，学费一千出头，参保满一年的可以申请补贴。具体可以打 177 4322 8590 问问。</p>
<p>提醒一下：证书查询认准 zscx.osta.org.cn，别信其他"官网"。</p></div>
<div class="a"><p class="author">回答者：小白求助</p><p>我也想学，QQ 442817395，有资料麻烦发我</p></div>''',
 True, 'U07', '博学职校', [U07['mob'] + ('177 4322 8590',)],
 'Q&A answer by U07 staff')
add('wx', 'a-20251202-boxue.html', '博学职校 | 12月人工智能训练师五级班开课通知',
 '''<p class="src">来源公众号：吉林市博学职业培训学校 | 2025-12-02</p>
<p>12月16日开课，名额30人。课程按国家职业技能标准设置，考核合格由备案评价机构颁发职业技能等级证书。</p>
<p>咨询电话 0432 6245 8811，微信 boxue0432。</p>''',
 True, 'U07', '吉林市博学职业培训学校', [U07['land'] + ('0432 6245 8811',), U07['wx'] + ('boxue0432',)],
 'WeChat repost, class opening notice')

# ======================= U08 华信 (state-sounding issuer) =======================
U08 = dict(dom=('domain', 'hxrcpj.com'), qq=('qq', '1739025846'), uscc=('uscc', USCC_U08),
           mail=('email', 'hxrc@hxrcpj.com'))
add('ketang', 'course-31452.html', '全国人工智能训练师职业能力认证（华信人才评价中心颁证）',
 '''<p class="shop">机构：华信人才评价中心 | 评分 4.5 | 已售 867</p>
<p>全国人工智能人才评价中心颁发证书，中国人工智能训练师职业资格认证，双证可查，国家级。</p>
<p>证书查询官网：www.hxrcpj.com</p>
<p>报名联系QQ：1739025846</p>''',
 True, 'U08', '华信人才评价中心', [U08['dom'] + ('www.hxrcpj.com',), U08['qq'] + ('1739025846',)],
 'marketplace listing, state-sounding issuer')
add('shop', 'item-65988102.html', '全国人工智能训练师认证证书 报名费 含考试',
 '''<p class="shopname">店铺：华信认证报名中心</p>
<p>价格：￥1980/人。颁证单位：济南华信人才评价服务有限公司（统一社会信用代码：''' + USCC_U08 + '''），证书名称"全国人工智能训练师"。</p>
<p>客服QQ 173 902 5846</p>''',
 True, 'U08', '华信认证报名中心', [U08['uscc'] + (USCC_U08,), U08['qq'] + ('173 902 5846',)],
 'shop item, 91-code company with 全国 name')
add('bbs', 'thread-88390.html', '求助：华信的人工智能训练师证书能用吗？',
 '''<div class="post"><p class="author">楼主：华信招生处　发表于 2025-11-30</p>
<p>各位好，华信人工智能训练师证书全国通用，官网 hxrcpj点com 可查，考试在线完成，需要的站内信或邮件 hxrc@hxrcpj.com。</p></div>
<div class="post"><p class="author">2楼：老潮汕</p><p>在osta.mohrss.gov.cn查不到的证书别花钱。</p></div>''',
 True, 'U08', '华信', [U08['dom'] + ('hxrcpj点com',), U08['mail'] + ('hxrc@hxrcpj.com',)],
 'forum post by seller account')

# ======================= U09 灵犀 (labelling jobs + cert, 培训贷) =======================
U09 = dict(wx=('wechat', 'lingxi_biaozhu'), mob=('phone', '+8615143207769'), qqg=('qq_group', '791530226'))
add('ketang', 'course-30877.html', '数据标注员就业班（含人工智能训练师证书）学完接单',
 '''<p class="shop">机构：灵犀AI数据标注 | 评分 4.3 | 已售 2210</p>
<p>学完包分配标注兼职，在家接单月入5000+，结业考取人工智能训练师证书。</p>
<p>学费6800元，可分期（0首付，由合作金融机构放款）。</p>
<p>学员交流群（QQ群）：791530226　课程顾问 151-4320-7769</p>''',
 True, 'U09', '灵犀AI数据标注', [U09['qqg'] + ('791530226',), U09['mob'] + ('151-4320-7769',)],
 'marketplace listing, job promise + loan')
add('wx', 'a-20251122-lingxi.html', '在家做AI训练师，一部手机月入过万？灵犀学员真实分享',
 '''<p class="src">来源公众号：灵犀标注学院 | 2025-11-22</p>
<p>学员小王，宝妈，学完两周开始接单，第二个月收入12000元……证书还能挂靠企业，每年额外收入。</p>
<p>加入学员群 791 530 226，或加班主任微信 lingxi_biaozhu。</p>''',
 True, 'U09', '灵犀标注学院', [U09['qqg'] + ('791 530 226',), U09['wx'] + ('lingxi_biaozhu',)],
 'WeChat repost, income testimonial + 挂靠')
add('video', 'v-7420108.html', '一部手机做AI训练师 在家接单',
 '''<p class="author">@灵犀AI就业 · 5.4万粉丝</p>
<p class="desc">数据标注接单，零基础，配套人工智能训练师证书 #副业 #在家赚钱</p>
<p class="pin">简介：合作 V：Lingxi_BiaoZhu</p>''',
 True, 'U09', '灵犀AI就业', [U09['wx'] + ('Lingxi_BiaoZhu',)],
 'short-video page, side-hustle pitch')

# ======================= Independents =======================
add('fenlei', 'jiaoyu-20251204-051.html', '长春 个人辅导 人工智能训练师理论+实操 一对一',
 '''<p class="meta">发布者：李老师（个人） | 区域：长春-南关区</p>
<p>本人从事数据标注管理工作五年，可一对一辅导人工智能训练师五级/四级的理论和实操，不包证，只教技能。</p>
<p>课时费150元/小时。电话 135-9604-1872</p>''',
 True, 'I01', '李老师', [('phone', '+8613596041872', '135-9604-1872')], 'independent tutor classified')
add('bbs', 'thread-88601.html', '潮阳这边开人工智能训练师五级班了，有兴趣的来',
 '''<div class="post"><p class="author">楼主：潮阳小培训　发表于 2025-12-04</p>
<p>潮阳棉城这边小班，五级，60课时，考试由备案评价机构组织，考点在市职业技能考核中心（0754-88250011）。</p>
<p>有兴趣加微信 cy_px2024 备注论坛。</p></div>
<div class="post"><p class="author">2楼：路过</p><p>顶一下</p></div>''',
 True, 'I02', '潮阳小培训', [('wechat', 'cy_px2024', 'cy_px2024')], 'independent forum post')
add('ketang', 'course-31009.html', '人工智能训练师（五级）理论精讲 录播课',
 '''<p class="shop">机构：智学堂 | 评分 4.9 | 已售 311</p>
<p>按《人工智能训练师国家职业技能标准（2021年版）》五级理论知识要求讲解，共24讲。仅含课程，不含考试报名。</p>
<p>价格：￥199。讲师答疑QQ：2093847165</p>''',
 True, 'I03', '智学堂', [('qq', '2093847165', '2093847165')], 'independent recorded course')
add('ketang', 'course-31220.html', '北辰职教｜人工智能训练师三级直通车 考证无忧',
 '''<p class="shop">机构：北辰职教 | 评分 4.2 | 已售 540</p>
<p>三级高级工直接报，无需五级四级，考证无忧，百分百通过率。</p>
<p>价格：￥3280。咨询 400 118 6320</p>''',
 True, 'I04', '北辰职教', [('phone', '4001186320', '400 118 6320')], 'independent listing, skips ladder')
add('wenda', 'q-553018.html', '人工智能训练师和生成式人工智能系统应用员是一个东西吗？',
 '''<div class="q"><p>问：看到有机构卖"生成式人工智能系统应用员"，跟人工智能训练师一样吗？</p></div>
<div class="a"><p class="author">回答者：深蓝AI课堂</p>
<p>不一样。人工智能训练师是4-04-05-05，生成式人工智能系统应用员是4-04-05-13。我们深蓝AI开设两门课程，线上授课，需要课表的请发邮件 ShenLan_AI@126.com。</p></div>''',
 True, 'I05', '深蓝AI课堂', [('email', 'shenlan_ai@126.com', 'ShenLan_AI@126.com')], 'independent Q&A answer with offer')
add('shop', 'item-66230417.html', '人工智能训练师 五级 理论+实操 网课 正版授权',
 '''<p class="shopname">店铺：启明在线教育</p>
<p>价格：￥368。网课+题库，不含证书，考试需自行向备案评价机构报名。</p>
<p>店主电话：150-1386-2245</p>''',
 True, 'I06', '启明在线教育', [('phone', '+8615013862245', '150-1386-2245')], 'independent shop course')

# ======================= Non-offers =======================
add('rsj', 'notice-2025-118.html', '关于警惕"山寨证书"和虚假技能培训广告的提示',
 '''<p class="meta">发布时间：2025-11-26　来源：职业能力建设科</p>
<p>近期，有群众反映接到自称"人社部认证中心"的电话，推销人工智能训练师等"包过"证书。现提示如下：</p>
<ol><li>职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发；</li>
<li>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询，评价机构可在 osta.mohrss.gov.cn 查询；</li>
<li>凡宣称"包过""免培训""人社部颁发"的，请提高警惕。</li></ol>
<p>群众反映较多的号码有：17188326609，微信号 ai_zhengshu888，请勿添加、转账。</p>
<p>咨询请拨打12333，投诉虚假广告请拨打12315。</p>''',
 note='人社局-style official warning')
add('news', 'minsheng-20251129-017.html', '花2980元买"人工智能训练师"证书，查无此证 多名市民被骗',
 '''<p class="meta">潮汕都市网 记者 陈晓 2025-11-29</p>
<p>市民林女士在网上看到"交费包过、人社部颁发"的人工智能训练师广告，通过微信 ai_zhengshu888 转账2980元后，对方失联。</p>
<p>记者拨打对方留下的电话171 8832 6609，已无法接通。</p>
<p>律师提醒：职业技能等级证书可在 zscx.osta.org.cn 查询。遇到此类情况可拨打12315或报警。</p>''',
 note='news report on a scam, quotes scammer contacts')
add('bbs', 'thread-88444.html', '【曝光】人工智能训练师证被骗经历，大家别上当',
 '''<div class="post"><p class="author">楼主：受害人小陈　发表于 2025-11-27</p>
<p>对方说不用考试七天出证，我交了钱就被拉黑了。对方电话17188326609，微信 ai_zhengshu888，大家小心！</p>
<p>已经打12315投诉了。</p></div>
<div class="post"><p class="author">2楼：版主</p><p>已加精。证书真伪请到 zscx.osta.org.cn 查询。</p></div>''',
 note='forum complaint thread')
add('wenda', 'q-550120.html', '怎么查人工智能训练师证书是不是真的？',
 '''<div class="q"><p>问：别人给我看了个证书，编号是 Y000123XXXXXX195000001 这样的，怎么查真假？</p></div>
<div class="a"><p class="author">回答者：人社小百科</p>
<p>这个编号是规程里的示例格式，不是真实证书。职业技能等级证书编号为1位大写字母+21位数字，真证书可在 zscx.osta.org.cn 按姓名、证件号、证书编号查询，也可打12333问当地人社。</p></div>''',
 note='Q&A guide on verification')
add('wx', 'a-20251115-guide.html', '一文读懂：失业保险技能提升补贴怎么领？',
 '''<p class="src">来源公众号：长春本地宝 | 2025-11-15</p>
<p>参保满1年的职工取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书的，分别可申领不超过1000元、1500元、2000元补贴。二级、一级没有此项全国性补贴。</p>
<p>具体政策请咨询12333。</p>''',
 note='WeChat repost, subsidy guide')
add('shop', 'item-65870031.html', 'Python编程从入门到实践 第3版 正版图书',
 '''<p class="shopname">店铺：博文图书专营店</p><p>价格：￥89.00　包邮。正版图书，假一赔十。</p>''',
 note='unrelated shop item')

# ======================= decoys (values and written forms; pages computed) =======================
DECOYS = [
 ('phone', '12333', ['12333'], '人社 public service hotline quoted by government, news, sellers'),
 ('phone', '12315', ['12315'], 'market-regulation complaint hotline'),
 ('domain', 'zscx.osta.org.cn', ['zscx.osta.org.cn'], 'official certificate query site cited by everyone'),
 ('domain', 'osta.mohrss.gov.cn', ['osta.mohrss.gov.cn'], 'official 技能人才评价工作网'),
 ('phone', '4006188520', ['400-618-8520'], '学途课堂 platform customer service in every ketang footer'),
 ('email', 'service@xuetuketang.com', ['service@xuetuketang.com'], 'ketang platform e-mail in footer'),
 ('domain', 'xuetuketang.com', ['www.xuetuketang.com'], 'ketang platform own domain in footer'),
 ('other', '京ICP备20031877号-2', ['京ICP备20031877号-2'], 'ketang platform ICP number'),
 ('phone', '043181926600', ['0431-81926600'], 'classifieds platform customer service'),
 ('qq_group', '512338607', ['512338607'], 'classifieds webmaster QQ group in sidebar/footer'),
 ('email', 'admin@chaorenbbs.net', ['admin@chaorenbbs.net'], 'forum staff e-mail'),
 ('other', '粤ICP备16082231号-1', ['粤ICP备16082231号-1'], 'forum ICP number'),
 ('phone', '4009167788', ['400-916-7788'], 'shop platform customer hotline'),
 ('phone', '13700251108', ['13700251108'], 'shop promotion (活动) number that looks like a mobile'),
 ('phone', '4001402108', ['400-140-2108'], 'video platform report hotline'),
 ('email', 'tougao@wxwenku.cn', ['tougao@wxwenku.cn'], 'WeChat repost aggregator submissions e-mail'),
 ('phone', '+8617188326609', ['17188326609', '171 8832 6609'], 'scammer number quoted in warnings, news, complaint and in U01 impostor notice'),
 ('wechat', 'ai_zhengshu888', ['ai_zhengshu888'], 'scammer WeChat quoted in warning, news, complaint'),
 ('phone', '+8613820191106', ['13820191106'], 'order-number example on shop item, looks like a mobile'),
 ('other', 'Y000123XXXXXX195000001', ['Y000123XXXXXX195000001'], 'certificate-number template from the rules, quoted by sellers and guides'),
 ('phone', '+8613800000000', ['138 0000 0000'], 'form placeholder phone'),
 ('email', 'example@qq.com', ['example@qq.com'], 'form placeholder e-mail'),
 ('wechat', 'wxid_lmj1990', ['wxid_lmj1990'], 'a reader\'s own WeChat in comments under two sellers'),
 ('qq', '442817395', ['442817395'], 'a reader\'s own QQ in answers under two sellers'),
 ('phone', '075488250011', ['0754-88250011'], 'exam venue front desk (third party) cited by U04 and I02'),
 ('domain', 'jinshuju.net', ['jinshuju.net'], 'form tool (third party) used by U02 and U07'),
 ('phone', '95188', ['95188'], 'payment platform customer service'),
]

# ---------- rendering ----------
CSS = ('body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222}'
       'header{background:#1d4e89;color:#fff;padding:8px 16px}nav a{color:#fff;margin-right:12px}'
       '.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;background:#f4f4f4}'
       'footer{font-size:12px;color:#666;border-top:1px solid #ccc;padding:8px 16px}.crumb{font-size:12px}')

def esc_title(t): return t

def render(p, site_pages):
    s = SITES[p['site']]
    nav = ''.join('<a href="index.html">%s</a>' % m for m in s['menu'])
    crumb = '<a href="../index.html">导航</a> &gt; <a href="index.html">%s</a> &gt; %s' % (s['name'], p['title'])
    rel = ''.join('<li><a href="%s">%s</a></li>' % (q['file'], q['title'])
                  for q in site_pages if q is not p and q['file'] != 'index.html')[:4000]
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<style>%s</style></head><body class="%s"><header><div class="logo">%s</div><nav>%s</nav></header>'
            '<div class="crumb">%s</div><div class="wrap"><main><h1>%s</h1>%s</main>'
            '<aside>%s<h4>相关链接</h4><ul>%s</ul></aside></div><footer>%s</footer></body></html>\n'
            % (p['title'], s['name'], CSS, s['style'], s['name'], nav, crumb, p['title'], p['body'],
               s['side'], rel, s['foot']))

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {k: [p for p in PAGES if p['site'] == k] for k in ORDER}
    for k in ORDER:
        lst = ''.join('<li><a href="%s">%s</a></li>' % (q['file'], q['title']) for q in by_site[k])
        add(k, 'index.html', SITES[k]['name'] + ' 首页', '<p>最新内容</p><ul>%s</ul>' % lst,
            note='site index page')
    by_site = {k: [p for p in PAGES if p['site'] == k] for k in ORDER}
    written = {}
    for p in PAGES:
        d = os.path.join(SITE, p['site'])
        os.makedirs(d, exist_ok=True)
        html = render(p, by_site[p['site']])
        with open(os.path.join(d, p['file']), 'w', encoding='utf-8') as f:
            f.write(html)
        written[p['truth']['path']] = html
    hub = ''.join('<li><a href="%s/index.html">%s</a>（%s）</li>' % (k, SITES[k]['name'], SITES[k]['style']) for k in ORDER)
    with open(os.path.join(SITE, 'index.html'), 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>导航</title></head>'
                '<body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub)
    with open(os.path.join(SITE, 'robots.txt'), 'w') as f:
        f.write('User-agent: *\nAllow: /\n')
    ops = {}
    for p in PAGES:
        t = p['truth']
        if t['operator'] and t['operator'].startswith('U'):
            o = ops.setdefault(t['operator'], {'brands': [], 'identifiers': []})
            if t['provider'] not in o['brands']:
                o['brands'].append(t['provider'])
            for kind, val, _w in t['identifiers']:
                if [kind, val] not in o['identifiers']:
                    o['identifiers'].append([kind, val])
    decoys = []
    for kind, val, wr, why in DECOYS:
        pages = sorted(path for path, html in written.items() if any(w in html for w in wr))
        decoys.append({'kind': kind, 'value': val, 'written': wr, 'pages': pages, 'why': why})
    truth = {'pages': [p['truth'] for p in PAGES], 'operators': dict(sorted(ops.items())), 'decoys': decoys}
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()
