# -*- coding: utf-8 -*-
"""Offer pages, part 1: classifieds and mall."""
from core import add, doc, I, a, esc
from registry import registry

REG = registry()
LAPSE_DATE = "2026-12-01"


def R(aid, name=None, alt=()):
    r = REG[aid]
    st = "government" if r["kind"] == "government" else "recognized"
    lapsed = r["status"] != "active" or (r["valid_to"] and r["valid_to"] < LAPSE_DATE)
    return I(name or r["name"], aid, st, alt, status_alt=["unrecognized"] if lapsed else None)


def L(name, like, alt=(), gov=False):
    return I(name, None, "lookalike", alt, resembles=like,
             status_alt=["government", "unrecognized"] if gov else ["unrecognized"])


def U(name, alt=()):
    return I(name, None, "unrecognized", alt)


def fenlei_detail(title, body, crumbs="人工智能训练师", enc="utf-8", decl="charset", head=""):
    b = ('<div class="crumb"><a href="/fenlei/list/rgzn-1.html">教育培训</a> &gt; %s</div>\n'
         '<div class="box">\n<h1>%s</h1>\n%s\n</div>\n'
         '<div class="side"><h4>相关推荐</h4><ul>'
         '<li><a href="/fenlei/list/rgzn-2.html">更多职业技能培训信息</a></li>'
         '<li><a href="/fenlei/search/rengongzhineng.html">搜索“人工智能”</a></li></ul></div>'
         % (crumbs, esc(title), body))
    return doc("fenlei", title + " - 百姓分类信息网", b, enc=enc, decl=decl, head=head)


def build():
    # ---------------------------------------------------------------- O1
    add("/fenlei/info/50231.html", fenlei_detail("济南人工智能训练师四级、三级认定培训 周末班", """
<div class="meta">发布时间：2026-11-18 · 浏览 1362 次 · 区域：济南-历下</div>
<table class="params">
<tr><th>课程</th><td>人工智能训练师（数据标注员方向）</td></tr>
<tr><th>等级</th><td>四级到三级（中级工、高级工）</td></tr>
<tr><th>价格</th><td><span class="price">1980</span> 起</td></tr>
<tr><th>上课方式</th><td>周末面授 + 线上实操平台</td></tr>
</table>
<p>四级班学费 1980，三级班 2680，均含教材、实操平台账号和认定考务费。三级报名需取得四级证书后累计从事相关工作满5年，或符合标准规定的其他条件，报名时请携带学历证明和工作证明。</p>
<p>认定考核由山东齐鲁数智职业技能评价有限公司组织实施，理论考试和技能操作考核均达60分为合格，合格者由评价机构颁发职业技能等级证书，可在人社部门官方渠道查询。</p>
<p>联系人：孙老师 电话 0531-8690 2215（工作日 9:00-17:30）</p>
<p>地址：济南市历下区解放路 112 号 3 楼</p>
"""), "offer", "classifieds-detail",
        "honest; bare numbers in price context; level range 四级到三级",
        offer=dict(issuers=[R("SD01")], levels=[4, 3], fee=(1980, 2680), flags=[], suspicious=False))

    # ---------------------------------------------------------------- O2
    add("/fenlei/info/50244.html", fenlei_detail("【零基础可报】人工智能训练师技师、高级技师 国家认证 签约保障", """
<div class="meta">发布时间：2026-11-25 · 区域：郑州-金水</div>
<p>AI时代红利！人工智能训练师二级（技师）、一级（高级技师）火热报名中，<b>零基础、不限学历、不限工作年限</b>，一次报名两级同考。</p>
<p>考核发证单位：国家人工智能职业能力认证中心，全国通用，终身有效。</p>
<p>签约保障，<b>包过</b>！一次不过免费重考到过为止。</p>
<p>费用：两级连报仅需 <span class="price">1.28万</span>，本月报名送AI工具会员一年。</p>
<p>咨询微信：rgzn_laoshi88 &nbsp; 电话 13703716628</p>
"""), "offer", "classifieds-detail", "unrecognized issuer; 1.28万; levels 2 and 1 for beginners",
        offer=dict(issuers=[U("国家人工智能职业能力认证中心")], levels=[2, 1], fee=(12800, 12800),
                   flags=["UNRECOGNIZED_ISSUER", "ELIGIBILITY_SHORTCUT", "GUARANTEED_PASS", "EXCESSIVE_FEE"],
                   suspicious=True))

    # ---------------------------------------------------------------- O3 (GBK)
    add("/fenlei/info/50258.html", fenlei_detail("人工智能训练师三级 免考试直接拿证 人社部颁发", """
<div class="meta">发布时间：2026-10-30 · 区域：洛阳-西工</div>
<p>人工智能训练师（高级工）证书办理，<b>免考试，直接拿证</b>，本人无需到场，提供身份证、照片即可，15个工作日出证。</p>
<p>证书由人社部颁发，属于国家职业资格证书，全国通用、联网可查。</p>
<p>办理费用：叁仟捌佰元整（含证书工本费、邮寄费）</p>
<p>联系：王经理 15937905516（同微信）</p>
""", enc="gbk", decl="http-equiv"), "offer", "classifieds-detail",
        "GBK page; Chinese capital numerals 叁仟捌佰; ministry claimed as issuer; 国家职业资格证书",
        enc="gbk",
        offer=dict(issuers=[R("CN01", "人社部")], levels=[3], fee=(3800, 3800),
                   flags=["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM"], optional=["EXCESSIVE_FEE"], suspicious=True))

    # ---------------------------------------------------------------- O4
    add("/fenlei/info/50262.html", fenlei_detail("南宁数据标注员免费培训 考核合格发证 可留用", """
<div class="meta">发布时间：2026-11-02 · 区域：南宁-西乡塘</div>
<p>南宁邕江数据服务有限公司面向社会招收数据标注学员，<b>培训免费</b>，不收任何押金和资料费。</p>
<ul>
<li>培训内容：图像框选、语音转写、文本分类、质检流程；</li>
<li>等级：人工智能训练师（数据标注员）4级到5级，按本人从业年限对应报考；</li>
<li>发证：我司为备案的职业技能等级认定用人单位，考核合格后由南宁邕江数据服务有限公司颁发职业技能等级证书；</li>
<li>待遇：结业考核优秀者可留用，实习期月薪3500-4500元，转正后4500-6500元。</li>
</ul>
<p>报名电话：0771-3392 1807 &nbsp;地址：南宁市西乡塘区科园大道 31 号</p>
"""), "offer", "classifieds-detail", "free employer training; salaries are not fees; 4级到5级",
        offer=dict(issuers=[R("GX02")], levels=[5, 4], fee=(0, 0), fee_alt=[None], flags=[], suspicious=False))

    # ---------------------------------------------------------------- O5
    add("/fenlei/info/50277.html", fenlei_detail("齐鲁数智人工智能训练师 三至四级 先交定金锁定名额", """
<div class="meta">发布时间：2026-11-21 · 区域：济南-槐荫</div>
<p>人工智能训练师 三至四级 本月考试名额紧张！</p>
<p>证书由山东齐鲁数智职业技能鉴定有限公司发证，省内认可。</p>
<p>报名流程：<br>① 交定金￥600锁定名额；② 开课前一周交尾款￥2380；③ 参加考核。</p>
<p>本期承诺：考试不过退费，零风险。</p>
<p>QQ：2840061973 &nbsp; 电话：18653175204</p>
"""), "offer", "classifieds-detail",
        "lookalike of SD01 (鉴定 for 评价); fee = deposit + balance; 三至四级",
        offer=dict(issuers=[L("山东齐鲁数智职业技能鉴定有限公司", "SD01")], levels=[4, 3], fee=(2980, 2980),
                   flags=["LOOKALIKE_ISSUER", "GUARANTEED_PASS"], optional=["UNRECOGNIZED_ISSUER"], suspicious=True))

    # ---------------------------------------------------------------- O6
    add("/fenlei/info/50290.html", fenlei_detail("郑州人工智能训练师 从五级到二级 各等级认定报名", """
<div class="meta">发布时间：2026-11-12 · 区域：郑州-郑东新区</div>
<p>2026年第四季度人工智能训练师职业技能等级认定，从五级到二级均可报名，评价机构：河南中智职业技能评价有限公司。</p>
<table class="fee">
<tr><th>等级</th><th>培训+认定费用（元/人）</th><th>申报条件（摘要）</th></tr>
<tr><td>五级/初级工</td><td>1380</td><td>相关工作1年以上或学徒期满</td></tr>
<tr><td>四级/中级工</td><td>1680</td><td>五级证书后工作4年，或累计6年等</td></tr>
<tr><td>三级/高级工</td><td>2280</td><td>四级证书后工作5年，或大专+四级证书+2年等</td></tr>
<tr><td>二级/技师</td><td>3180</td><td>三级证书后工作4年，需提交业绩材料参加综合评审</td></tr>
</table>
<p>资格审核不通过的全额退还报名费。咨询：0371-6553 0928 刘老师</p>
"""), "offer", "classifieds-detail",
        "honest per-level table incl. 二级 with experience; refund on failed eligibility check is not a pass guarantee",
        offer=dict(issuers=[R("HN01")], levels=[5, 4, 3, 2], fee=(1380, 3180), flags=[], suspicious=False))

    # ---------------------------------------------------------------- O31
    add("/fenlei/info/50301.html", fenlei_detail("沈阳 人工智能训练师 高级工/技师连报 本科直接报技师", """
<div class="meta">发布时间：2026-11-27 · 区域：沈阳-浑南</div>
<p>高级工/技师 两级连报，学费六千八，两个证一起拿。</p>
<p>本科毕业即可直接报技师，<b>无需相关工作经验</b>，材料我们帮你准备。</p>
<p>考核单位：辽宁辽沈数智科技职业技能评价有限公司</p>
<p>电话：024-3127 7750 / 微信 lsszpx2026</p>
"""), "offer", "classifieds-detail",
        "lookalike of LN01 (inserted 科技); 六千八 = 6800 at the required threshold; 高级工/技师",
        offer=dict(issuers=[L("辽宁辽沈数智科技职业技能评价有限公司", "LN01")], levels=[3, 2], fee=(6800, 6800),
                   flags=[["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
                   suspicious=True))

    # ---------------------------------------------------------------- O32
    add("/fenlei/info/50315.html", fenlei_detail("哈尔滨 人工智能训练师二级（技师）申报 综合评审辅导", """
<div class="meta">发布时间：2026-10-19 · 区域：哈尔滨-南岗</div>
<p>面向已取得人工智能训练师三级证书、并从事本职业满4年的在职人员，开设二级/技师申报辅导班，内容包括业务分析、智能系统设计、培训指导和技术总结撰写。</p>
<p>评价机构：黑龙江龙江智训职业技能评价有限公司（理论考试、操作技能考核、综合评审三项均须合格）。</p>
<p>费用：3,200元（含认定考务费），不符合申报条件者请勿报名。</p>
<p>咨询电话 0451-8277 6603</p>
"""), "offer", "classifieds-detail", "honest 二级 with the experience requirement",
        offer=dict(issuers=[R("HL01")], levels=[2], fee=(3200, 3200), flags=[], suspicious=False))

    # ---------------------------------------------------------------- O33 (GBK)
    add("/fenlei/info/50328.html", fenlei_detail("青岛 数据标注 初级工认定 考务费350元", """
<div class="meta">发布时间：2026-09-08 · 区域：青岛-崂山</div>
<p>人工智能训练师（数据标注员）初级工认定，面向从事数据标注工作满1年的人员。</p>
<p>考核单位：青岛海川数据科技有限公司（用人单位自主评价）。</p>
<p>考务费350元，不含培训。理论+实操，机考。</p>
<p>联系电话：0532-8895 4170</p>
""", enc="gbk"), "offer", "classifieds-detail", "GBK (meta charset); honest employer evaluation level 5",
        enc="gbk",
        offer=dict(issuers=[R("SD02")], levels=[5], fee=(350, 350), flags=[], suspicious=False))

    # ---------------------------------------------------------------- O34
    add("/fenlei/info/50342.html", fenlei_detail("人工智能训练师四级培训 含考证 通过率高", """
<div class="meta">发布时间：2026-11-30 · 区域：武汉-洪山</div>
<p>人工智能训练师四级（中级工）培训班，小班教学，讲练结合，历年通过率高。</p>
<p>报名费2200元，包含培训、教材、考证费用，结业后统一安排考证。</p>
<p>电话：027-8756 1190 &nbsp; 吴老师</p>
"""), "offer", "classifieds-detail", "certificate offered, no issuer named; 通过率高 is not a guarantee",
        offer=dict(issuers=[], levels=[4], fee=(2200, 2200), flags=["MISSING_ISSUER"], suspicious=False))
