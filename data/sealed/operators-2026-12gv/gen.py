#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
pages and truth.json.  Standard library only, deterministic."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(org8))
    c = 11 - s % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * W18[i] for i, ch in enumerate(body))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]

assert uscc('91440300', '19220382') == '914403001922038216'
assert uscc('91330100', '71610585') == '91330100716105852F'

# ---------------------------------------------------------------- identifiers
U01_USCC = uscc('52371102', 'MA3P7K2D')
U03_USCC = uscc('91110108', 'MA01R8GH')
U06_USCC = uscc('91371100', 'MA3C8R2K')
U08_USCC = uscc('52370902', 'MA3N4W6B')
I02_USCC = uscc('91330106', 'MA2H9T3L')

ID = {
    # U01 日照智启职业培训学校 (honest)
    'u01.tel': ('phone', '06338261735'), 'u01.mob': ('phone', '+8613506332718'),
    'u01.wx': ('wechat', 'zqpx0633'), 'u01.uscc': ('uscc', U01_USCC),
    'u01.dom': ('domain', 'rzzqpx.com'), 'u01.icp': ('other', '鲁ICP备2021031876号-1'),
    # U02 泰山智培 / 鲁职通 (dishonest)
    'u02.mob': ('phone', '+8618653829176'), 'u02.wx': ('wechat', 'tszp-2026'),
    'u02.qq': ('qq', '3165520897'),
    # U03 中科智训 (dishonest, national online)
    'u03.400': ('phone', '4008632177'), 'u03.mail': ('email', 'zkzx_edu@163.com'),
    'u03.uscc': ('uscc', U03_USCC), 'u03.dom': ('domain', 'zkzx-cert.cn'),
    'u03.wx': ('wechat', 'zkzx-ai01'),
    # U04 睿途 AI数据标注就业班 (job bait)
    'u04.mob': ('phone', '+8615763395082'), 'u04.qq': ('qq', '2839041765'),
    'u04.wx': ('wechat', 'rt_biaozhu'),
    # U05 鲁中技能服务 / 岱下职培 (grey)
    'u05.mob': ('phone', '+8613953859264'), 'u05.qq': ('qq', '1597734820'),
    'u05.mail': ('email', '1597734820@qq.com'), 'u05.tel': ('phone', '05386217349'),
    # U06 日照阳光数智教育 (mixed)
    'u06.tel': ('phone', '06332269418'), 'u06.mob': ('phone', '+8618863357021'),
    'u06.wx': ('wechat', 'ygsz_rz'), 'u06.uscc': ('uscc', U06_USCC),
    # U07 智汇未来AI研习社 (dishonest, online)
    'u07.wx': ('wechat', 'zhwl_ai888'), 'u07.mob': ('phone', '+8617606418823'),
    'u07.payee': ('other', '济南智汇未来文化传媒有限公司'),
    # U08 泰安岱宗职业培训学校 (honest)
    'u08.tel': ('phone', '05388236605'), 'u08.mob': ('phone', '+8613805386417'),
    'u08.mail': ('email', 'dzpx_ta@126.com'), 'u08.uscc': ('uscc', U08_USCC),
    # U09 港城人力 / 港城职培 (dishonest, 挂靠)
    'u09.mob': ('phone', '+8613206337759'), 'u09.wx': ('wechat', 'gcrl7759'),
    'u09.qqg': ('qq_group', '784213350'),
    # independents
    'i01.tel': ('phone', '06337963120'), 'i01.mail': ('email', 'jxjy@rzhbzy.edu.cn'),
    'i01.dom': ('domain', 'rzhbzy.edu.cn'),
    'i02.tel': ('phone', '057186753201'), 'i02.mail': ('email', 'service@shulanai.com'),
    'i02.uscc': ('uscc', I02_USCC),
    'i03.mob': ('phone', '+8615106383390'),
    'i04.wx': ('wechat', 'aizs_sutong'),
    'i05.mob': ('phone', '+8618765322904'), 'i05.wx': ('wechat', 'lhzx_qd'),
    'i06.qq': ('qq', '2210457783'),
}

# ---------------------------------------------------------------- pages
PAGES = []

class Page:
    def __init__(self, site, name, title, offer=False, op=None, provider=None, note='',
                 crumbs=None, date='2026-05-18'):
        self.site, self.name, self.title = site, name, title
        self.path = '/%s/%s' % (site, name) if site else '/' + name
        self.offer, self.op, self.provider, self.note = offer, op, provider, note
        self.crumbs = crumbs or []
        self.date = date
        self.ids = []
        self.body = ''
        self.related = []
        PAGES.append(self)

    def w(self, key, written):
        kind, value = ID[key]
        row = [kind, value, written]
        if row not in self.ids:
            self.ids.append(row)
        return written

def pages_of(site):
    return [p for p in PAGES if p.site == site and p.name != 'index.html']

# ================================================================ site: zqpx (U01 own site)
ZQ = 'zqpx'
def zq_footer(p):
    return ('<div class="foot"><p>日照智启职业培训学校 版权所有　地址：日照市东港区海曲中路 178 号三楼　'
            '招生电话：%s　手机：%s</p><p>统一社会信用代码：%s　<a href="http://www.rzzqpx.com">%s</a>　%s</p></div>'
            % (p.w('u01.tel', '0633-8261735'), p.w('u01.mob', '13506332718'), p.w('u01.uscc', U01_USCC),
               p.w('u01.dom', 'www.rzzqpx.com'), p.w('u01.icp', '鲁ICP备2021031876号-1')))

zq_index = Page(ZQ, 'index.html', '日照智启职业培训学校—首页', note='training-school home page (index)')
zq1 = Page(ZQ, 'zsjz-ai.html', '2026年人工智能训练师（五级/四级）职业技能等级认定培训招生简章', True, 'U01',
           '日照智启职业培训学校', 'U01 own site: enrolment brochure, levels 5/4, honest', ['招生简章'])
zq1.body = f'''
<p class="meta">发布时间：2026-05-06　来源：教务处　浏览：1862</p>
<p>根据《人工智能训练师国家职业技能标准（2021年版）》（职业编码 4-04-05-05），我校开设人工智能训练师五级（初级工）、四级（中级工）培训班，工种为数据标注员。</p>
<h3>一、报名条件</h3>
<p>五级：累计从事本职业或相关职业工作满1年（含）；或本职业/相关职业学徒期满。<br>四级：取得本职业五级证书后累计从事本职业工作4年（含）以上；或累计从事本职业工作6年（含）以上；技工院校相关专业毕业生按规定申报。<br>文化程度：初中毕业（或相当文化程度）。</p>
<h3>二、培训安排</h3>
<p>五级60课时、四级50课时，晚班+周末班，理论与实操结合（数据采集和处理、数据标注、智能系统运维）。</p>
<h3>三、认定与证书</h3>
<p>培训结束后由人社部门备案的评价机构组织理论考试和操作技能考核，均实行百分制，成绩皆达60分及以上者为合格，取得职业技能等级证书。证书可在“技能人才评价证书全国联网查询”（zscx.osta.org.cn）查询。</p>
<h3>四、费用与补贴</h3>
<p>五级培训费980元，四级1280元（认定费按物价部门规定另收）。参保满1年的职工取证后可按规定申领失业保险技能提升补贴（五级1000元、四级1500元），具体以人社部门审核为准，政策咨询请拨打12333。</p>
<h3>五、报名方式</h3>
<p>现场报名：东港区海曲中路178号三楼 教务处<br>报名电话：{zq1.w('u01.tel','0633-8261735')}　招生王老师 {zq1.w('u01.mob','135 0633 2718')}（微信同号）<br>官方微信：{zq1.w('u01.wx','zqpx0633')}</p>
<p>考核地点：日照市公共实训中心（前台 0633-8776021），以准考证为准。</p>
<p class="tip">郑重声明：本校不承诺“包过”，不代办证书，请勿轻信“不考试拿证”的宣传。</p>
'''
zq2 = Page(ZQ, 'butie-ban.html', '企业职工技能提升补贴性培训（人工智能训练师）报名通知', True, 'U01',
           '智启职校', 'U01 own site: subsidised-training enrolment notice', ['通知公告'], '2026-05-20')
zq2.body = f'''
<p class="meta">2026-05-20　教务处</p>
<p>各企业、各位学员：</p>
<p>我校2026年第3期人工智能训练师（数据标注员）四级补贴性培训班拟于6月8日开班，名额40人，面向在岗职工。</p>
<ol><li>需携带身份证、社保参保证明（近12个月），学历证书复印件；</li>
<li>培训期间考勤不少于总课时的90%，缺课超过规定的不得参加认定；</li>
<li>取证后个人通过“山东人社”APP或当地人社部门申领技能提升补贴，我校协助提供培训证明，不代领、不垫付。</li></ol>
<p>咨询电话：{zq2.w('u01.tel','（0633）8261735')}、{zq2.w('u01.mob','13506332718')}（王老师）</p>
<p>附件：<a href="#">人工智能训练师四级报名表.docx</a></p>
'''

# ================================================================ site: kecheng (course marketplace)
KC = 'kecheng'
kc_index = Page(KC, 'index.html', '课多多—职业技能课程—人工智能训练师', note='course marketplace category page (index)')

kc1 = Page(KC, 'course-1021.html', '人工智能训练师（数据标注员）五级/四级 日照面授班', True, 'U01', '智启AI学院',
           'marketplace listing of U01 under brand 智启AI学院', ['职业技能', '人工智能'])
kc1.body = f'''
<div class="price">¥980<span>起</span> <em>已报名 126 人</em></div>
<table class="attr"><tr><th>上课地点</th><td>日照市东港区海曲中路</td></tr><tr><th>课时</th><td>五级60课时 / 四级50课时</td></tr>
<tr><th>适合人群</th><td>从事数据标注、客服质检、内容审核满一年的在职人员</td></tr></table>
<h3>课程介绍</h3>
<p>智启AI学院是日照本地的职业培训机构，主讲数据采集、数据标注与智能系统运维。结课后参加评价机构组织的认定考试，成绩合格取得职业技能等级证书（非“国家职业资格证书”）。</p>
<p>课程咨询：{kc1.w('u01.mob','135-0633-2718')}　加微信 {kc1.w('u01.wx','ZQPX0633')} 领取课表</p>
'''
kc2 = Page(KC, 'course-1187.html', '【官方直招】人工智能训练师三级+二级 工信部双证 线上速成 官网可查', True, 'U03',
           '中科智训AI研究院', 'marketplace listing of U03: 工信部, 双证, fake query domain', ['职业技能', '人工智能'])
kc2.body = f'''
<div class="price"><del>¥3980</del> ¥980 <em>限时特惠 仅剩 7 席</em></div>
<p>★ 工信部教育与考试中心+人社部双证书，国家认可，全国通用，入库可查<br>★ 零基础可报，不限学历，不限专业，三级、二级可直接报考<br>★ 全程线上，题库押题，一次不过免费重修直到通过</p>
<p>证书查询官网：{kc2.w('u03.dom','zkzx-cert.cn')}（输入姓名身份证号即可查询）</p>
<p>主办：中科智训（北京）教育科技有限公司　统一社会信用代码 {kc2.w('u03.uscc',U03_USCC)}</p>
<p>全国报名热线：{kc2.w('u03.400','400-863-2177')}</p>
'''
kc3 = Page(KC, 'course-1203.html', '日照人工智能训练师四级+三级连报班 含数据标注实习', True, 'U06', '日照阳光数智教育',
           'marketplace listing of U06: bundle of two levels', ['职业技能', '人工智能'])
kc3.body = f'''
<div class="price">¥2680 <em>四级+三级连报立减600</em></div>
<p>人社部认证的新职业！阳光数智面授+线上双师课堂，报名即送数据标注实习机会（合作企业：本地数据服务公司）。</p>
<p>四级、三级一起报，一年拿两个等级，领补贴更划算。*补贴需本人参保满一年，以人社审核为准。</p>
<p>机构：日照阳光数智教育科技有限公司　信用代码：{kc3.w('u06.uscc',U06_USCC)}<br>校区电话：{kc3.w('u06.tel','0633-2269418')}</p>
'''
kc4 = Page(KC, 'course-1310.html', '泰安 人工智能训练师五级 周末班（数据标注员）', True, 'U08', '岱宗培训',
           'marketplace listing of U08, honest', ['职业技能', '人工智能'])
kc4.body = f'''
<div class="price">¥880 <em>已报名 41 人</em></div>
<p>岱宗培训开设人工智能训练师五级周末班，8个周末完成60课时。报考需满足标准规定的条件（相关工作满1年或学徒期满），报名时请提供工作证明。</p>
<p>认定由人社部门备案的评价机构组织，证书信息可在技能人才评价工作网（osta.mohrss.gov.cn）查询，不承诺通过率。</p>
<p>咨询：{kc4.w('u08.tel','0538-8236605')}　邮箱：{kc4.w('u08.mail','dzpx_ta@126.com')}</p>
'''
kc5 = Page(KC, 'course-1422.html', '人工智能训练师四级 线上理论+线下实操（杭州/济南考点）', True, 'I02', '数澜智能',
           'independent I02: online course by a Hangzhou company', ['职业技能', '人工智能'])
kc5.body = f'''
<div class="price">¥1880 <em>已报名 302 人</em></div>
<p>数澜智能人工智能训练师四级课程：30%理论+70%实操，覆盖数据采集和处理、数据标注、智能系统运维。</p>
<p>报考四级需已取得五级证书并从事本职业4年，或累计从事本职业6年，报名前请先做资格自测。</p>
<p>杭州数澜智能科技有限公司　{kc5.w('i02.uscc',I02_USCC)}<br>客服：{kc5.w('i02.tel','0571-86753201')}　{kc5.w('i02.mail','service@shulanai.com')}</p>
'''

# ================================================================ site: rzbbs (forum)
BB = 'rzbbs'
bb_index = Page(BB, 'index.html', '日照论坛 - 教育培训版块', note='forum board list (index)')
bb1 = Page(BB, 'thread-3391-1-1.html', 'AI数据标注培训+推荐就业，零基础月入8000+，学费可分期', True, 'U04', '睿途人力',
           'forum ad thread by U04 (job bait) with a reader comment leaving own QQ', ['教育培训'], '2026-05-12')
bb1.body = f'''
<div class="post"><div class="author">睿途人力小刘<br><small>注册会员</small></div><div class="msg">
<p>人工智能训练师（数据标注员）就业班开课啦！！</p>
<p>培训四周，考人工智能训练师证，结业签就业协议，推荐到合作的数据公司做标注，底薪+计件月入8000+，不满意全额退款。</p>
<p>学费3980可分期，先就业后付款！地点：日照市东港区（考核在日照市公共实训中心，前台 0633-8776021 可查）</p>
<p>报名电话 {bb1.w('u04.mob','157 6339 5082')} 刘老师，QQ {bb1.w('u04.qq','2839041765')}</p>
</div></div>
<div class="post"><div class="author">海边的鱼</div><div class="msg"><p>分期是贷款吧？签协议前看清楚</p></div></div>
<div class="post"><div class="author">rz_小白兔</div><div class="msg"><p>求课程资料，我QQ 1043387261 发我一下谢谢</p></div></div>
'''
bb2 = Page(BB, 'thread-3417-1-1.html', '人工智能训练师证 不限学历 不限经验 直接报三级 挂靠年入2万', True, 'U09', '港城职培',
           'forum ad thread by U09 (挂靠 lure, skipping the level ladder)', ['教育培训'], '2026-05-15')
bb2.body = f'''
<div class="post"><div class="author">港城职培</div><div class="msg">
<p>【港城职培】人工智能训练师三级、二级火热报名中</p>
<p>✔ 不限学历 不限经验 直接报三级 ✔ 证书可挂靠企业 年入2万+ ✔ 可领补贴几乎免费</p>
<p>报名：{bb2.w('u09.mob','132 0633 7759')}（微信同号）<br>学员交流群：{bb2.w('u09.qqg','784213350')}</p>
</div></div>
<div class="post"><div class="author">老刘头</div><div class="msg"><p>AI训练师也能挂靠？第一次听说</p></div></div>
<div class="post"><div class="author">rz_小白兔</div><div class="msg"><p>三级要不要工作年限啊？资料发QQ 1043387261</p></div></div>
'''
bb3 = Page(BB, 'thread-3452-1-1.html', '曝光：交了2980说包过人工智能训练师，结果证书查不到，人也联系不上', False, None, None,
           'complaint thread (non-offer): quotes a scam number, 12315/12345, official query site', ['教育培训'], '2026-05-28')
bb3.body = '''
<div class="post"><div class="author">泰山脚下的猫</div><div class="msg">
<p>去年在网上看到“人工智能训练师 国家职业资格证书 包过”，交了2980，对方发来一个证书电子版，说在他们官网能查。后来去 zscx.osta.org.cn 查根本没有。</p>
<p>骗子电话：138 6331 9072，大家注意！已经打12315和12345投诉了。</p>
</div></div>
<div class="post"><div class="author">海边的鱼</div><div class="msg"><p>人社的证都在技能人才评价工作网查，别的网站自称官网的都要小心。可以打12333问问。</p></div></div>
<div class="post"><div class="author">岚山阿杰</div><div class="msg"><p>同遇到过，138-6331-9072 这个号还在朋友圈发广告</p></div></div>
'''

# ================================================================ site: fenlei (classifieds)
FL = 'fenlei'
fl_index = Page(FL, 'index.html', '泰日分类网 - 教育培训 - 职业技能', note='classifieds category page (index)')
fl1 = Page(FL, 'rizhao/jypx/58712.html', '日照人工智能训练师培训 五级四级 可申领补贴', True, 'U01', '智启职校',
           'classified ad of U01', ['日照', '教育培训'])
fl1.body = f'''
<table class="info"><tr><th>类别</th><td>职业技能培训</td></tr><tr><th>区域</th><td>日照 东港</td></tr><tr><th>联系人</th><td>王老师</td></tr>
<tr><th>电话</th><td>{fl1.w('u01.tel','0633 826 1735')}</td></tr></table>
<div class="desc"><p>智启职校常年开设人工智能训练师（数据标注员）五级、四级培训，小班授课，晚班周末班。符合条件的参保职工取证后可申领技能提升补贴。</p>
<p>微信：{fl1.w('u01.wx','zqpx0633')}，发“AI”获取报名条件自测表。</p></div>
'''
fl2 = Page(FL, 'taian/jypx/58733.html', '泰安 人工智能训练师证 人社部颁发 三级二级 包过 入库可查', True, 'U02', '泰山智培教育',
           'classified ad of U02: 人社部颁发, 国家职业资格, 包过', ['泰安', '教育培训'])
fl2.body = f'''
<table class="info"><tr><th>类别</th><td>职业资格证书</td></tr><tr><th>区域</th><td>泰安 泰山区</td></tr><tr><th>联系人</th><td>王老师</td></tr>
<tr><th>电话</th><td>{fl2.w('u02.mob','186 5382 9176')}</td></tr></table>
<div class="desc"><p>【证书名称】人工智能训练师（国家职业资格证书）<br>【颁发单位】人力资源和社会保障部<br>【报考等级】四级/三级/二级，零基础可报，不限学历不限经验<br>
【考试方式】线上考试 包过，不过全额退款<br>【证书查询】全国联网 入库可查 zscx.osta.org.cn<br>证书样本编号：S000037001201263000041</p>
<p>+V：{fl2.w('u02.wx','tszp-2026')} 名额有限，本期6月20日截止</p></div>
'''
fl3 = Page(FL, 'rizhao/jypx/58790.html', '招数据标注员 包培训 考人工智能训练师证 推荐就业', True, 'U04', '瑞途科技',
           'classified ad of U04 (job bait disguised as a job ad)', ['日照', '教育培训'])
fl3.body = f'''
<table class="info"><tr><th>类别</th><td>培训/招聘</td></tr><tr><th>区域</th><td>日照 开发区</td></tr><tr><th>联系人</th><td>刘经理</td></tr>
<tr><th>电话</th><td>{fl3.w('u04.mob','15763395082')}</td></tr></table>
<div class="desc"><p>瑞途科技招聘数据标注员20名，无经验可，岗前统一培训并考取人工智能训练师证，培训费3980（可分期，入职后工资抵扣）。</p>
<p>考核地点：日照市公共实训中心。微信 {fl3.w('u04.wx','rt_biaozhu')}</p></div>
'''
fl4 = Page(FL, 'taian/jypx/58802.html', '人工智能训练师四级、三级报名 泰安考点 补贴后几乎免费', True, 'U05', '鲁中技能服务',
           'classified ad of U05 (grey: 包过率, but real venue)', ['泰安', '教育培训'])
fl4.body = f'''
<table class="info"><tr><th>类别</th><td>职业技能培训</td></tr><tr><th>区域</th><td>泰安 岱岳区</td></tr><tr><th>联系人</th><td>赵老师</td></tr>
<tr><th>电话</th><td>{fl4.w('u05.tel','0538-6217349')}</td></tr></table>
<div class="desc"><p>鲁中技能服务与备案评价机构合作，本期认定计划编号15926051837，考点泰安市公共实训基地（咨询 0538-8927760）。</p>
<p>往期通过率98%，四级三级均可报，参保满一年取证后补贴1500-2000，相当于几乎免费！</p>
<p>手机：{fl4.w('u05.mob','139 5385 9264')}</p></div>
'''
fl5 = Page(FL, 'taian/jypx/58815.html', '岱宗职校 人工智能训练师五级周末班招生', True, 'U08', '泰安岱宗职业培训学校',
           'classified ad of U08, honest', ['泰安', '教育培训'])
fl5.body = f'''
<table class="info"><tr><th>类别</th><td>职业技能培训</td></tr><tr><th>区域</th><td>泰安 泰山区</td></tr><tr><th>联系人</th><td>孙老师</td></tr>
<tr><th>电话</th><td>{fl5.w('u08.mob','138 0538 6417')}</td></tr></table>
<div class="desc"><p>泰安岱宗职业培训学校人工智能训练师五级周末班，7月开班。须从事相关工作满1年，报名需单位出具工作证明。不包过，认真学习才能通过。</p>
<p>学校电话：{fl5.w('u08.tel','05388236605')}</p></div>
'''
fl6 = Page(FL, 'taian/jypx/58841.html', '个人带报 人工智能训练师五级 泰安本地考', True, 'I03', '张老师',
           'independent I03: an individual recruiter in Taian', ['泰安', '教育培训'])
fl6.body = f'''
<table class="info"><tr><th>类别</th><td>职业技能培训</td></tr><tr><th>区域</th><td>泰安 高新区</td></tr><tr><th>联系人</th><td>张老师</td></tr>
<tr><th>电话</th><td>{fl6.w('i03.mob','151-0638-3390')}</td></tr></table>
<div class="desc"><p>个人带报五级，跟认定计划走（计划编号15926051837），在泰安市公共实训基地考试（0538-8927760），报名费按机构标准，我只收80元服务费。</p></div>
'''
fl7 = Page(FL, 'rizhao/jypx/58866.html', '人工智能训练师证书 三级 二级 可挂靠 港城职培', True, 'U09', '港城证书服务部',
           'classified ad of U09', ['日照', '教育培训'])
fl7.body = f'''
<table class="info"><tr><th>类别</th><td>职业资格证书</td></tr><tr><th>区域</th><td>日照 岚山</td></tr><tr><th>联系人</th><td>陈先生</td></tr>
<tr><th>电话</th><td>{fl7.w('u09.mob','13206337759')}</td></tr></table>
<div class="desc"><p>港城证书服务部：人工智能训练师三级二级，无需经验，证书挂靠企业年入2万，落户积分用得上。</p><p>微信：{fl7.w('u09.wx','gcrl7759')}</p></div>
'''

# ================================================================ site: wenda (Q&A)
WD = 'wenda'
wd_index = Page(WD, 'index.html', '问知道 - 职业资格 分类', note='Q&A category page (index)')
wd1 = Page(WD, 'q/20260511.html', '人工智能训练师证书在哪里报名？泰安能考吗？', True, 'U02', '泰山智培教育',
           'Q&A page whose accepted answer is an ad by U02', ['职业资格'])
wd1.body = f'''
<div class="q"><h2>人工智能训练师证书在哪里报名？泰安能考吗？</h2><p>本人大专，没做过相关工作，想考一个。</p></div>
<div class="ans best"><div class="who">泰山智培王老师 · 采纳答案</div>
<p>可以考的，人工智能训练师是人社部颁发的国家职业资格证书，零基础也可以直接报三级，我们这边包过。详细加V：{wd1.w('u02.wx','TSZP-2026')}，或者QQ {wd1.w('u02.qq','3165520897')}</p></div>
<div class="ans"><div class="who">热心网友</div><p>楼上是广告。按标准五级要相关工作满一年，三级要四级证书加年限，不存在零基础直接三级。</p></div>
'''
wd2 = Page(WD, 'q/20260514.html', '怎么查人工智能训练师证书是不是真的？', False, None, None,
           'Q&A guide (non-offer): official query sites, 12333, a warned scam number', ['职业资格'])
wd2.body = '''
<div class="q"><h2>怎么查人工智能训练师证书是不是真的？</h2></div>
<div class="ans best"><div class="who">职场老司机 · 采纳答案</div>
<p>1. 新的职业技能等级证书上有二维码和查询网址 jndj.osta.org.cn；也可以在 zscx.osta.org.cn 用姓名、身份证号、证书编号查。</p>
<p>2. 证书编号是1个大写字母+21位数字，比如 Y 或 S 开头。</p>
<p>3. 对方说“官网可查”但网址不是 osta.org.cn、osta.mohrss.gov.cn 或者省人社厅的，基本是假的。</p>
<p>4. 有疑问打12333，被骗了打12315。网上曝光过的 138 6331 9072 就是卖假证的。</p></div>
'''
wd3 = Page(WD, 'q/20260519.html', '泰安考人工智能训练师四级多少钱？有补贴吗？', True, 'U05', '岱下职培',
           'Q&A page with an answer by U05', ['职业资格'])
wd3.body = f'''
<div class="q"><h2>泰安考人工智能训练师四级多少钱？有补贴吗？</h2></div>
<div class="ans best"><div class="who">岱下职培赵老师</div>
<p>四级培训加认定一千多点，交社保满一年的取证后能领1500技能提升补贴。我们往期通过率98%，包过率高。电话 {wd3.w('u05.mob','13953859264')}，Q {wd3.w('u05.qq','1597734820')}</p></div>
<div class="ans"><div class="who">匿名用户</div><p>补贴只针对五级到三级，一二级没有国家的这个补贴。</p></div>
'''
wd4 = Page(WD, 'q/20260522.html', '零基础学AI能拿到人工智能训练师证吗？宝妈在家可以做吗？', True, 'U07', '智汇未来AI研习社',
           'Q&A page with an answer by U07', ['职业资格'])
wd4.body = f'''
<div class="q"><h2>零基础学AI能拿到人工智能训练师证吗？宝妈在家可以做吗？</h2></div>
<div class="ans best"><div class="who">智汇未来AI研习社-小雅</div>
<p>完全可以！90%小白都能学会，我们有原价9999限时99的入门课，学完还能帮办人工智能训练师证书，不用考试直接拿证，接单赚钱。
+微信 {wd4.w('u07.wx','zhwl_ai888')} 或电话 {wd4.w('u07.mob','176 0641 8823')}</p></div>
'''

# ================================================================ site: wx (WeChat reposts)
WX = 'wx'
wx_index = Page(WX, 'index.html', '微读文摘 - 教育职场', note='WeChat repost site list (index)')
wx1 = Page(WX, 'a/7f3c21.html', '重磅！人社部颁发人工智能训练师证书开放报名，错过再等一年', True, 'U03', '中科智训',
           'WeChat repost of U03 advert: 人社部颁发, 工信部, 1+X', ['教育职场'], '2026-05-09')
wx1.body = f'''
<p class="src">本文转载自微信公众号「中科智训官方」，版权归原作者所有</p>
<p>人工智能训练师是人社部认证的新职业，证书由人社部颁发，工信部教育与考试中心联合认证，1+X证书同步发放，全国通用，终身有效！</p>
<p>🔥 零基础、不限学历，三级二级均可直接报考，线上考试，一次不过免费重考。</p>
<p>📌 证书官网可查：{wx1.w('u03.dom','www.zkzx-cert.cn')}<br>📝 在线报名表：https://jinshuju.net/f/Zk8xQ2</p>
<p>咨询热线：{wx1.w('u03.400','4008632177')}　投递邮箱：{wx1.w('u03.mail','zkzx_edu@163.com')}</p>
'''
wx2 = Page(WX, 'a/8a91d4.html', '日照人注意！人工智能训练师补贴最高2000元，四级三级连报正在进行', True, 'U06', '阳光职培',
           'WeChat repost of U06 advert', ['教育职场'], '2026-05-16')
wx2.body = f'''
<p class="src">来源：公众号「日照阳光职培」</p>
<p>人工智能训练师被列入紧缺职业，持证可以领技能提升补贴：五级1000元、四级1500元、三级2000元（参保满一年）。</p>
<p>阳光职培四级+三级连报班本月开课，报名即送数据标注实习。</p>
<p>报名咨询：{wx2.w('u06.tel','(0633)2269418')}　客服微信：{wx2.w('u06.wx','ygsz_rz')}</p>
'''
wx3 = Page(WX, 'a/9b0e77.html', '岱宗职校｜人工智能训练师五级（数据标注员）第2期招生', True, 'U08', '岱宗职校',
           'WeChat repost of U08 brochure, honest', ['教育职场'], '2026-05-21')
wx3.body = f'''
<p class="src">来源：公众号「泰安岱宗职校」</p>
<p>本期课程60课时，理论+实操。报考条件：从事本职业或相关职业满1年（含），或学徒期满。考核由人社部门备案评价机构组织，合格者取得职业技能等级证书。</p>
<p>我们不承诺包过，也从不代考代办。证书可扫码或登录 jndj.osta.org.cn 查询。</p>
<p>报名邮箱：{wx3.w('u08.mail','dzpx_ta@126.com')}　孙老师 {wx3.w('u08.mob','13805386417')}<br>泰安岱宗职业培训学校（统一社会信用代码 {wx3.w('u08.uscc',U08_USCC)}）</p>
'''
wx4 = Page(WX, 'a/a2c5f0.html', '青岛蓝海智训：人工智能训练师四级线下班开课通知', True, 'I05', '青岛蓝海智训',
           'independent I05: WeChat repost of a Qingdao provider', ['教育职场'], '2026-05-23')
wx4.body = f'''
<p class="src">来源：公众号「蓝海智训」</p>
<p>四级课程50课时，面向已取得五级证书或有6年相关工作经历的学员，周末在青岛市南区上课。</p>
<p>在线报名表：https://jinshuju.net/f/LhQd26　联系人：{wx4.w('i05.mob','187-6532-2904')}　微信：{wx4.w('i05.wx','lhzx_qd')}</p>
'''

# ================================================================ site: video (short video)
VD = 'video'
vd_index = Page(VD, 'index.html', '快看视频 - 搜索：人工智能训练师', note='short-video search results (index)')
vd1 = Page(VD, 'v/7369102.html', '人工智能训练师证包过！三级二级直接报 #人工智能训练师 #考证', True, 'U02', '泰山智培王老师',
           'short-video page of U02 with a reader comment leaving own QQ', ['视频'])
vd1.body = f'''
<div class="desc"><p>@泰山智培王老师：人社部颁发，国家职业资格，包过！学历不限！评论区扣1了解 ☎ {vd1.w('u02.mob','186-5382-9176')}　扣扣：{vd1.w('u02.qq','3165520897')}</p></div>
<div class="cmts"><p><b>用户8821</b>：1</p><p><b>rz_小白兔</b>：资料发我QQ1043387261</p><p><b>柠檬不萌</b>：人社部早就不直接发证了吧</p></div>
'''
vd2 = Page(VD, 'v/7369455.html', '原价3980现在980，AI训练师双证一次拿 #AI #副业', True, 'U03', '中科智训AI研究院',
           'short-video page of U03', ['视频'])
vd2.body = f'''
<div class="desc"><p>工信部+人社部双证，线上考试，全国通用！报名热线 {vd2.w('u03.400','400 863 2177')}，加v {vd2.w('u03.wx','zkzx-ai01')} 领取题库</p></div>
<div class="cmts"><p><b>天天向上</b>：工信部的证和人社的是一回事吗</p></div>
'''
vd3 = Page(VD, 'v/7370018.html', '日照阳光数智｜数据标注实训课堂实拍', True, 'U06', '阳光数智',
           'short-video page of U06 with a reader leaving own WeChat', ['视频'])
vd3.body = f'''
<div class="desc"><p>四级+三级连报班实拍，想学的私信。微信：{vd3.w('u06.wx','YGSZ_RZ')}　电话：{vd3.w('u06.mob','188 6335 7021')}</p></div>
<div class="cmts"><p><b>Lily</b>：有资料吗 加我微信 lily_rz1990</p></div>
'''
vd4 = Page(VD, 'v/7370392.html', '宝妈在家学AI，90%小白都能学会，原价9999限时99', True, 'U07', '智汇未来',
           'short-video page of U07; template placeholder phone left in', ['视频'])
vd4.body = f'''
<div class="desc"><p>学完帮办人工智能训练师证，不用考试直接拿证。主页加V：{vd4.w('u07.wx','ZHWL_AI888')}<br>商务合作：138 0013 8000</p></div>
<div class="cmts"><p><b>小鱼儿</b>：99后面还要交多少？</p></div>
'''
vd5 = Page(VD, 'v/7370877.html', '日照数据标注就业班，学完推荐工作 #日照 #找工作', True, 'U04', '睿途人力',
           'short-video page of U04 with reader contacts', ['视频'])
vd5.body = f'''
<div class="desc"><p>零基础培训+考证+推荐就业，月入8000+。微信 {vd5.w('u04.wx','RT_BIAOZHU')}　Q {vd5.w('u04.qq','2839041765')}</p></div>
<div class="cmts"><p><b>Lily</b>：我也想去 lily_rz1990</p><p><b>rz_小白兔</b>：1043387261 求带</p></div>
'''
vd6 = Page(VD, 'v/7371260.html', '说点实话：人工智能训练师证到底值不值得考（附报名方式）', True, 'I06', '小周聊AI就业',
           'independent I06: a creator selling a small study group', ['视频'])
vd6.body = f'''
<div class="desc"><p>五级要一年相关工作经历，别信零基础直接三级的。我这边有五级备考小班，199元，资料+直播答疑，报名加QQ {vd6.w('i06.qq','2210457783')}</p></div>
<div class="cmts"><p><b>阿甘</b>：难得说实话的</p></div>
'''

# ================================================================ site: news
NW = 'news'
nw_index = Page(NW, 'index.html', '海曲新闻网 - 首页', note='news site home (index)')
nw1 = Page(NW, 'edu/202605/t20260525_881204.html', '警惕“包过拿证”陷阱！日照一市民花2980元买到查不到的“人工智能训练师证”',
           False, None, None, 'news warning (non-offer): quotes a scam number and hotlines', ['教育'], '2026-05-25')
nw1.body = '''
<p class="meta">来源：海曲新闻网　记者 李明　2026-05-25</p>
<p>近日，市民刘女士向本报反映，她通过网络广告报名“人工智能训练师国家职业资格证书”，对方承诺“包过”“人社部颁发”，收费2980元后仅发来电子证书，在技能人才评价证书全国联网查询平台（zscx.osta.org.cn）查询无结果，对方电话 138 6331 9072 已无法接通。</p>
<p>市人社部门提醒，人工智能训练师属于职业技能等级认定范围，证书由备案的评价机构颁发，可登录技能人才评价工作网（osta.mohrss.gov.cn）核验；对“包过”“免培训直接发证”等宣传要提高警惕。专业技术类证书可在中国人事考试网（cpta.com.cn）核验。</p>
<p>如遇此类情况，可拨打12333咨询，或拨打12315、12345投诉举报。</p>
'''
nw2 = Page(NW, 'tg/202605/t20260527_881266.html', '数智赋能就业：阳光数智教育助力日照青年考取人工智能训练师证书',
           True, 'U06', '日照阳光数智教育科技有限公司', 'news-site advertorial (推广) of U06', ['推广'], '2026-05-27')
nw2.body = f'''
<p class="meta">推广　2026-05-27</p>
<p>日照阳光数智教育科技有限公司（统一社会信用代码：{nw2.w('u06.uscc',U06_USCC)}）近年来深耕数据标注培训，四级+三级连报班学员已超500人次。</p>
<p>公司负责人介绍，人工智能训练师是人社部认证的新职业，学员取证后可申领技能提升补贴。</p>
<p>报名地址：日照市东港区泰安路88号　电话：{nw2.w('u06.tel','0633-2269418')}　手机：{nw2.w('u06.mob','18863357021')}</p>
'''
nw3 = Page(NW, 'sh/202605/t20260529_881301.html', '日照港5月集装箱吞吐量同比增长', False, None, None,
           'unrelated local news (non-offer)', ['社会'], '2026-05-29')
nw3.body = '''
<p class="meta">来源：海曲新闻网　2026-05-29</p>
<p>记者从港口部门获悉，5月日照港集装箱吞吐量同比增长，外贸航线持续加密。业内人士表示，港口数字化改造带动了对数据处理岗位的需求。</p>
'''

# ================================================================ site: rsj (人社局-style notices)
RS = 'rsj'
rs_index = Page(RS, 'index.html', '泰安市人力资源和社会保障局 - 通知公告', note='人社 notice list (index)')
rs1 = Page(RS, 'tzgg/202605/t20260512_4471.html', '关于发布2026年第二批职业技能等级认定计划的通知', False, None, None,
           'official-style notice (non-offer): batch number, exam venue front desk, query sites', ['通知公告'], '2026-05-12')
rs1.body = '''
<table class="idx"><tr><th>索引号</th><td>11370900004383162Y/2026-00512</td><th>发布机构</th><td>职业能力建设科</td></tr></table>
<p>各有关单位：</p>
<p>现将2026年第二批职业技能等级认定计划公布如下。其中人工智能训练师（4-04-05-05）五级、四级认定计划编号15926051837，考核地点为泰安市公共实训基地（咨询电话0538-8927760）。</p>
<p>证书由备案评价机构颁发，信息可在 jndj.osta.org.cn 及 zscx.osta.org.cn 查询。符合条件的参保职工可按规定申领技能提升补贴（五级1000元、四级1500元、三级2000元）。</p>
<p>政策咨询：12333</p>
'''
rs2 = Page(RS, 'tzgg/202605/t20260520_4502.html', '关于警惕“山寨证书”的风险提示', False, None, None,
           'official-style warning (non-offer)', ['通知公告'], '2026-05-20')
rs2.body = '''
<p>近期，部分机构以“人社部颁发”“国家职业资格证书”“包过”“不培训直接发证”等名义招揽人工智能训练师考证人员。根据人社部函〔2022〕25号，上述行为属于“山寨证书”治理范围。</p>
<p>人社部门不直接颁发职业技能等级证书，人工智能训练师不属于国家职业资格目录。请通过技能人才评价工作网（osta.mohrss.gov.cn）查询备案评价机构，证书可在 zscx.osta.org.cn 核验。</p>
<p>举报投诉：12345；人社咨询：12333</p>
'''

# ================================================================ site: shop
SH = 'shop'
sh_index = Page(SH, 'index.html', '淘乐购 - 搜索“人工智能训练师”', note='shop search results (index)')
sh1 = Page(SH, 'item/6023371.html', '人工智能训练师证书报名 三级 人社部颁发 国家职业资格 包过 全国通用', True, 'U02', '鲁职通证书服务',
           'shop item of U02 under brand 鲁职通', ['职业资格证书'])
sh1.body = f'''
<div class="price">¥2980 <span>月销 37</span></div>
<p>店铺：鲁职通证书服务<br>人社部颁发，入库可查，包过，不过全退。拍下后联系客服登记信息，QQ：{sh1.w('u02.qq','3165520897')}，V：{sh1.w('u02.wx','tszp-2026')}</p>
<p>付款遇到问题请联系支付宝客服95188。</p>
'''
sh2 = Page(SH, 'item/6023502.html', '中科智训 人工智能训练师三级+二级双证 工信部 官网可查', True, 'U03', '智训官方旗舰店',
           'shop item of U03', ['职业资格证书'])
sh2.body = f'''
<div class="price"><del>¥3980</del> ¥980</div>
<p>资质公示：中科智训（北京）教育科技有限公司 {sh2.w('u03.uscc',U03_USCC)}</p>
<p>售后邮箱：{sh2.w('u03.mail','ZKZX_EDU@163.COM')}　客服微信：{sh2.w('u03.wx','zkzx-ai01')}</p>
'''
sh3 = Page(SH, 'item/6023688.html', '泰安 人工智能训练师四级 培训+认定 可领补贴 通过率98%', True, 'U05', '鲁中技能服务',
           'shop item of U05', ['职业技能培训'])
sh3.body = f'''
<div class="price">¥1280</div>
<p>证书样本（编号 S000037001201263000041 仅供参考）。拍前请咨询，资料发邮箱 {sh3.w('u05.mail','1597734820@qq.com')}{sh3.w('u05.qq','')}，门店电话 {sh3.w('u05.tel','05386217349')}</p>
'''
sh4 = Page(SH, 'item/6023790.html', 'AI副业入门课 99元 赠人工智能训练师证书办理通道', True, 'U07', '智汇未来AI研习社',
           'shop item of U07; payee name shown', ['课程'])
sh4.body = f'''
<div class="price">¥99 <span>证书办理另付2680</span></div>
<p>收款方：{sh4.w('u07.payee','济南智汇未来文化传媒有限公司')}　售后电话：{sh4.w('u07.mob','17606418823')}　服务热线：400-000-0000</p>
<p>付款遇到问题请联系支付宝客服95188。</p>
'''
sh5 = Page(SH, 'item/6023855.html', '人工智能训练师证 三级二级 可挂靠 落户积分', True, 'U09', '港城职培',
           'shop item of U09', ['职业资格证书'])
sh5.body = f'''
<div class="price">¥3600</div>
<p>不限学历 不限经验，报名后进群：{sh5.w('u09.qqg','784213350')}，客服微信 {sh5.w('u09.wx','GCRL7759')}</p>
'''
sh6 = Page(SH, 'item/6023912.html', '人工智能训练师证书速通 7天出证 不用考试', True, 'I04', 'AI证书速通小铺',
           'independent I04: certificate mill; template placeholders left in', ['职业资格证书'])
sh6.body = f'''
<div class="price">¥1680</div>
<p>7天出证，免培训免考试，官网可查。咨询微信：{sh6.w('i04.wx','aizs_sutong')}<br>服务热线：400-000-0000　联系电话：13800138000</p>
'''

# ================================================================ site: college
CL = 'college'
def cl_footer(p):
    return ('<div class="ft">日照海滨职业学院继续教育学院　电话：%s　邮箱：%s　<a href="http://jxjy.rzhbzy.edu.cn">%s</a></div>'
            % (p.w('i01.tel', '0633-7963120'), p.w('i01.mail', 'jxjy@rzhbzy.edu.cn'), p.w('i01.dom', 'jxjy.rzhbzy.edu.cn')))
cl_index = Page(CL, 'index.html', '日照海滨职业学院继续教育学院', note='college continuing-education home (index)')
cl1 = Page(CL, 'info/1043/2291.htm', '继续教育学院2026年人工智能训练师社会培训招生简章', True, 'I01', '日照海滨职业学院继续教育学院',
           'independent I01: college social-training brochure, honest', ['社会培训'], '2026-05-08')
cl1.body = '''
<p>学院面向社会开展人工智能训练师（数据标注员）五级、四级培训，由学院计算机系教师授课。报名条件按《人工智能训练师国家职业技能标准（2021年版）》执行。</p>
<p>培训费：五级900元，四级1200元；认定费按规定另收。取证后参保职工可申领技能提升补贴，咨询12333。</p>
<p>证书查询：jndj.osta.org.cn</p>
'''

# ---------------------------------------------------------------- hub
hub = Page('', 'index.html', '本周搜索收藏（日照·泰安）人工智能训练师', note='hub page linking every site')

# ================================================================ frames
SITES = {
    ZQ: dict(name='日照智启职业培训学校', css='body{font-family:SimSun;background:#f3f6fb}.nav{background:#1a5fb4}'),
    KC: dict(name='课多多 kedd.com.cn', css='body{font-family:PingFang SC;background:#fafafa}.price{color:#f40}'),
    BB: dict(name='日照论坛', css='body{font:12px Tahoma;background:#e5edf2}.post{border:1px solid #cdcdcd}'),
    FL: dict(name='泰日分类网', css='body{font-family:Microsoft YaHei}.info th{background:#eef}'),
    WD: dict(name='问知道', css='body{background:#fff}.best{border-left:3px solid #38f}'),
    WX: dict(name='微读文摘', css='body{max-width:680px;margin:auto}.src{color:#999}'),
    VD: dict(name='快看视频', css='body{background:#161823;color:#eee}a{color:#fe2c55}'),
    NW: dict(name='海曲新闻网', css='body{font-family:SimSun}.meta{color:#666}'),
    RS: dict(name='泰安市人力资源和社会保障局', css='body{background:#fff}.head{background:#c00;color:#fff}'),
    SH: dict(name='淘乐购', css='body{background:#f5f5f5}.price{color:#ff5000;font-size:24px}'),
    CL: dict(name='日照海滨职业学院继续教育学院', css='body{background:#fdfdf5}.ft{background:#064}'),
}

def rel(p, target):
    """relative href from page p to absolute site path target"""
    src_dir = os.path.dirname(p.path)
    return os.path.relpath(target, src_dir if src_dir else '/')

def link(p, q, text=None):
    return '<a href="%s">%s</a>' % (rel(p, q.path), text or q.title)

def site_index(s):
    return [p for p in PAGES if p.site == s and p.name == 'index.html'][0]

def frame(p):
    s = p.site
    idx = site_index(s)
    siblings = [q for q in pages_of(s) if q is not p]
    related = ''.join('<li>%s</li>' % link(p, q) for q in siblings[:5])
    home = link(p, idx, '首页')
    hubl = '<a href="%s">返回收藏夹</a>' % rel(p, '/index.html')
    crumbs = ' &gt; '.join([home] + p.crumbs + ([p.title] if p.name != 'index.html' else []))
    body = p.body
    if p.name == 'index.html':
        body = '<ul class="list">%s</ul>' % ''.join(
            '<li>%s <span>%s</span></li>' % (link(p, q), q.date) for q in pages_of(s))
    if s == ZQ:
        head = '<div class="top"><h1>日照智启职业培训学校</h1><span>人社部门批准设立的民办职业培训学校</span></div>'
        nav = '<ul class="nav"><li>%s</li><li>学校简介</li><li>%s</li><li>%s</li><li>联系我们</li></ul>' % (
            home, link(p, zq1, '招生简章'), link(p, zq2, '通知公告'))
        side = '<div class="side"><h4>招生热线</h4><p>%s</p><p>微信公众号：智启职校</p></div>' % p.w('u01.tel', '0633-8261735')
        foot = zq_footer(p)
        if p.name == 'index.html':
            body = '<div class="banner">人工智能训练师（数据标注员）五级/四级 火热招生中</div>' + body
    elif s == KC:
        head = '<div class="hd"><b>课多多</b> 找好课上课多多 <input placeholder="搜索课程/机构"></div>'
        nav = '<div class="cat">全部分类 | 职业技能 | IT互联网 | 学历提升 | 语言留学</div>'
        side = '<div class="side"><h4>平台保障</h4><p>先学后付 · 7天无理由退款</p><p>平台客服 4006618090</p></div>'
        foot = ('<div class="footer">客服热线：400-661-8090（9:00-21:00）　客服邮箱：kefu@kedd.com.cn<br>'
                '© 2026 kedd.com.cn 课多多 京ICP备19023456号-2　机构入驻 | 隐私政策</div>')
    elif s == BB:
        head = '<div id="hd"><h1>日照论坛</h1><p>www.rzlt.net 日照人自己的网上家园</p></div>'
        nav = '<div id="nv">首页 | 论坛 | 日照生活 | 教育培训 | 求职招聘 | 二手</div>'
        side = '<div id="side"><p>版规：禁止发布虚假证书广告，举报请发 admin@rzlt.net</p></div>'
        foot = ('<div id="ft">Powered by Discuz! X3.4 © 2001-2026 日照论坛　论坛QQ群：638112045　联系我们：admin@rzlt.net　'
                '鲁ICP备15008821号-3</div>')
    elif s == FL:
        head = '<div class="hdr">泰日分类网 <span>[泰安] [日照] 切换城市</span> <a>免费发布信息</a></div>'
        nav = '<div class="menu">房产 | 招聘 | 二手 | 教育培训 | 本地服务</div>'
        side = ('<div class="safe"><h4>安全提示</h4><p>凡是要求提前支付“报名费”“保证金”的，以及宣称“包过”“免考拿证”的，请谨慎。'
                '遇到虚假信息请联系客服 0538-6201188 举报。</p></div>')
        foot = ('<div class="ftr">泰日分类网 www.tairifl.com　客服电话：0538-6201188　客服QQ群：523318870　鲁ICP备17009932号-1</div>')
    elif s == WD:
        head = '<div class="logo">问知道 <input value="人工智能训练师"></div>'
        nav = '<div class="tabs">首页 | 问题 | 专栏 | 职业资格 | 教育</div>'
        side = '<div class="aside"><h4>相关搜索</h4><p>人工智能训练师报考条件 / 证书查询 / 补贴</p></div>'
        foot = '<div class="foot">© 2026 wenzhidao.com 问知道　意见反馈：feedback@wenzhidao.com　京ICP备20011872号-4</div>'
    elif s == WX:
        head = '<div class="brand">微读文摘 · 精选公众号文章</div>'
        nav = '<div class="nav">推荐 | 职场 | 教育 | 本地</div>'
        side = '<div class="hot"><h4>热门文章</h4><p>转载文章仅供阅读，内容由原公众号负责</p></div>'
        foot = '<div class="foot">微读文摘 weiduwz.com　侵权删除请联系 bd@weiduwz.com　粤ICP备19114273号</div>'
    elif s == VD:
        head = '<div class="top">快看视频 <input placeholder="搜索你感兴趣的内容"></div>'
        nav = '<div class="nav">推荐 | 关注 | 同城 | 知识</div>'
        side = '<div class="side"><h4>相关推荐</h4></div>'
        foot = ('<div class="foot">违法和不良信息举报电话：400-140-2108　举报邮箱：jubao@kuaikanv.com　'
                '京ICP备21008619号　© kuaikanv.com</div>')
    elif s == NW:
        head = '<div class="masthead">海曲新闻网 <small>www.haiqunews.cn</small></div>'
        nav = '<div class="chan">首页 | 时政 | 社会 | 教育 | 经济 | 推广</div>'
        side = '<div class="side"><h4>24小时排行</h4></div>'
        foot = '<div class="foot">新闻热线：0633-8779110　投稿邮箱：news@haiqunews.cn　鲁ICP备12031560号　互联网新闻信息服务许可证37120180021</div>'
    elif s == RS:
        head = '<div class="head">泰安市人力资源和社会保障局</div>'
        nav = '<div class="nav">首页 | 政务公开 | 通知公告 | 就业创业 | 职业能力</div>'
        side = '<div class="side"><p>人社服务热线 12333</p><p>技能人才评价工作网 osta.mohrss.gov.cn</p></div>'
        foot = '<div class="foot">主办：泰安市人力资源和社会保障局　网站标识码：3709000018　鲁ICP备05023851号　人社服务热线：12333</div>'
    elif s == SH:
        head = '<div class="hd">淘乐购 <input value="人工智能训练师"></div>'
        nav = '<div class="nav">首页 | 分类 | 店铺 | 购物车</div>'
        side = ('<div class="deal"><h4>最近成交</h4><p>订单 13720260518 已发货</p><p>订单 13720260519 已付款</p></div>')
        foot = '<div class="foot">淘乐购客服热线：400-018-7766　浙ICP备18045512号　© taolegou.com</div>'
    elif s == CL:
        head = '<div class="hd">日照海滨职业学院 · 继续教育学院</div>'
        nav = '<div class="nav">%s | 学院概况 | 社会培训 | 成人学历 | 联系我们</div>' % home
        side = '<div class="side"><h4>快速链接</h4><p>学院主页 www.rzhbzy.edu.cn</p></div>'
        foot = cl_footer(p)
    else:
        raise ValueError(s)
    rel_block = '<div class="related"><h4>相关链接</h4><ul>%s</ul></div>' % related if related else ''
    return '''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title><style>%s</style></head>
<body>%s%s<div class="crumb">当前位置：%s | %s</div>
<div class="main"><h2>%s</h2>%s</div>%s%s%s
</body></html>
''' % (p.title, SITES[s]['name'], SITES[s]['css'], head, nav, crumbs, hubl, p.title, body, side, rel_block, foot)

def hub_html():
    items = ''.join('<li><a href="%s">%s</a></li>' % (site_index(s).path.lstrip('/'), SITES[s]['name']) for s in SITES)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title></head><body>'
            '<h1>%s</h1><p>一周在日照、泰安搜索“人工智能训练师 证书 报名”翻到的网站：</p><ul>%s</ul></body></html>\n'
            % (hub.title, hub.title, items))

# ---------------------------------------------------------------- decoys
DECOYS = [
    ('phone', '12333', ['12333'], 'public 人社 hotline'),
    ('phone', '12315', ['12315'], 'public market-regulation complaint hotline'),
    ('phone', '12345', ['12345'], 'public 市民热线'),
    ('phone', '95188', ['95188'], 'payment platform (支付宝) customer service'),
    ('domain', 'zscx.osta.org.cn', ['zscx.osta.org.cn'], 'official certificate query site'),
    ('domain', 'jndj.osta.org.cn', ['jndj.osta.org.cn'], 'official certificate query site'),
    ('domain', 'osta.mohrss.gov.cn', ['osta.mohrss.gov.cn'], 'official 技能人才评价工作网'),
    ('domain', 'cpta.com.cn', ['cpta.com.cn'], 'official 人事考试网 verification site'),
    ('phone', '4006618090', ['400-661-8090', '4006618090'], 'marketplace 课多多 customer-service number in every page frame'),
    ('email', 'kefu@kedd.com.cn', ['kefu@kedd.com.cn'], 'marketplace footer e-mail'),
    ('domain', 'kedd.com.cn', ['kedd.com.cn'], 'marketplace own domain in footer'),
    ('other', '京ICP备19023456号-2', ['京ICP备19023456号-2'], 'marketplace ICP number'),
    ('qq_group', '638112045', ['638112045'], 'forum QQ group in footer'),
    ('email', 'admin@rzlt.net', ['admin@rzlt.net'], 'forum admin e-mail'),
    ('phone', '05386201188', ['0538-6201188'], 'classifieds platform customer service'),
    ('qq_group', '523318870', ['523318870'], 'classifieds platform QQ group'),
    ('domain', 'tairifl.com', ['www.tairifl.com'], 'classifieds platform domain'),
    ('phone', '4001402108', ['400-140-2108'], 'video platform report hotline'),
    ('email', 'jubao@kuaikanv.com', ['jubao@kuaikanv.com'], 'video platform report e-mail'),
    ('phone', '4000187766', ['400-018-7766'], 'shop platform customer service'),
    ('phone', '+8613720260518', ['13720260518'], 'really a shop order number in the platform "recent deals" widget'),
    ('phone', '+8615926051837', ['15926051837'], 'really an official 认定计划编号 (batch number) quoted by sellers'),
    ('other', 'S000037001201263000041', ['S000037001201263000041'], 'sample certificate number on a stock template image caption'),
    ('phone', '+8613863319072', ['138 6331 9072', '138-6331-9072'], 'scam number quoted in warnings and complaints'),
    ('phone', '+8613800138000', ['138 0013 8000', '13800138000'], 'template placeholder phone'),
    ('phone', '4000000000', ['400-000-0000'], 'template placeholder hotline'),
    ('qq', '1043387261', ['1043387261'], "a reader's own QQ left in comments"),
    ('wechat', 'lily_rz1990', ['lily_rz1990'], "a reader's own WeChat left in comments"),
    ('phone', '06338776021', ['0633-8776021'], 'third party: Rizhao public training centre front desk (exam venue)'),
    ('phone', '05388927760', ['0538-8927760'], 'third party: Taian public training base (exam venue)'),
    ('domain', 'jinshuju.net', ['jinshuju.net'], 'third-party form tool used by different sellers'),
]

# ---------------------------------------------------------------- write
def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    html = {}
    for p in PAGES:
        if p is hub:
            continue
        html[p.path] = frame(p)
    html[hub.path] = hub_html()
    for path, text in html.items():
        f = os.path.join(SITE, path.lstrip('/'))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, 'w', encoding='utf-8') as fh:
            fh.write(text)
    with open(os.path.join(SITE, 'robots.txt'), 'w') as fh:
        fh.write('User-agent: *\nAllow: /\n')

    # identifiers: drop empty written helpers (a QQ implied by a QQ mailbox) -> use the mailbox text
    for p in PAGES:
        for row in p.ids:
            if row[2] == '':
                row[2] = row[1]
        if not p.offer:
            p.ids = []

    # sanity: each seller's written forms stay on that seller's pages (or its own non-offer pages)
    owner = {}
    for p in PAGES:
        for k, v, wr in p.ids:
            owner.setdefault(wr, set()).add(p.op)
    for wr, ops in owner.items():
        assert len(ops) == 1, (wr, ops)
        for p in PAGES:
            if p.offer and p.op not in ops and wr in html[p.path]:
                raise SystemExit('identifier %r of %s leaks onto %s' % (wr, ops, p.path))

    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted(p.path for p in PAGES if any(wr in html[p.path] for wr in written))
        for wr in written:
            for path in pages:
                for m in re.finditer(re.escape(wr), html[path]):
                    a, b = html[path][m.start() - 1:m.start()], html[path][m.end():m.end() + 1]
                    if wr[0].isdigit() and a.isdigit() or wr[-1].isdigit() and b.isdigit():
                        raise SystemExit('decoy %s embedded in a longer number on %s' % (wr, path))
        assert pages, value
        decoys.append({'kind': kind, 'value': value, 'written': written, 'pages': pages, 'why': why})

    operators = {}
    for p in PAGES:
        if p.offer and p.op.startswith('U'):
            o = operators.setdefault(p.op, {'brands': [], 'identifiers': []})
            if p.provider not in o['brands']:
                o['brands'].append(p.provider)
            for k, v, wr in p.ids:
                if [k, v] not in o['identifiers']:
                    o['identifiers'].append([k, v])
    truth = {
        'pages': [{'path': p.path, 'is_offer': p.offer, 'operator': p.op, 'provider': p.provider,
                   'identifiers': p.ids, 'note': p.note} for p in PAGES],
        'operators': dict(sorted(operators.items())),
        'decoys': decoys,
    }
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print('pages %d, offers %d, decoys %d' % (len(PAGES), sum(p.offer for p in PAGES), len(decoys)))

if __name__ == '__main__':
    main()
