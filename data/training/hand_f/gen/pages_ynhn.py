"""云南人社厅-style site (/yn-hrss/) and 海南人社厅-style site (/hn-rst/)."""
import json
from common import page, doc, offer, other, rec, table, paras, stat

YN_HEAD = """<link rel="stylesheet" href="/yn-hrss/res/css/yn.css">
<style>
body{margin:0;background:#eef3ee;font:15px/1.9 "Microsoft YaHei",sans-serif}
#hd{background:#2d7d46;color:#fff;padding:20px 0 14px}#hd .in{width:1100px;margin:0 auto}
#hd .nm{font-size:30px;letter-spacing:2px}#hd .en{font-size:12px;opacity:.8}
#nv{background:#22613a}#nv a{color:#fff;display:inline-block;padding:8px 20px;text-decoration:none}
#bd{width:1100px;margin:16px auto;background:#fff;padding:20px 36px;box-sizing:border-box}
.ttl{font-size:22px;color:#22613a;text-align:center;margin:8px 0}
.sub{text-align:center;color:#999;font-size:13px;margin-bottom:14px}
.tb{border-collapse:collapse;width:100%}.tb th{background:#e3efe6}.tb td,.tb th{border:1px solid #b7cbbd;padding:5px 8px;text-align:center}
#ft{text-align:center;color:#666;font-size:12px;padding:16px 0 30px;line-height:2}
</style>
"""


def yn(title, inner, head_extra=""):
    body = f"""<div id="hd"><div class="in"><div class="nm">云南省人力资源和社会保障厅</div><div class="en">Department of Human Resources and Social Security of Yunnan Province</div></div></div>
<div id="nv"><div style="width:1100px;margin:0 auto"><a href="/yn-hrss/index.html">首页</a><a href="/yn-hrss/index.html?lm=zcfg">政策法规</a><a href="/yn-hrss/pjjg/list-2025.html">评价机构</a><a href="/yn-hrss/index.html?lm=pxbm">培训报名</a><a href="/yn-hrss/index.html?lm=hdjl">互动交流</a></div></div>
<div id="bd">
{inner}
</div>
<div id="ft">云南省人力资源和社会保障厅 版权所有　地址：昆明市西山区日新中路516号<br>滇ICP备05000123号　滇公网安备53010202000511号　网站标识码5300000018</div>
{stat("2be7d4c0915f4a3e8c6b0f7a1d2e9c54")}"""
    return doc(f"{title}_云南省人力资源和社会保障厅", body, YN_HEAD + head_extra)


HN_HEAD = """<style>
:root{--c:#00819e}
body{margin:0;font:15px/1.85 "Source Han Sans CN","Microsoft YaHei",sans-serif;color:#333;background:#f6fafb}
.g-top{background:var(--c);color:#fff}.g-top .in{max-width:1180px;margin:0 auto;padding:16px 10px;display:flex;align-items:center;gap:16px}
.g-top .t{font-size:26px}.g-top .s{font-size:12px;opacity:.8}
.g-nav{background:#006a82}.g-nav a{color:#fff;padding:9px 18px;display:inline-block;text-decoration:none}
.g-main{max-width:1180px;margin:16px auto;background:#fff;padding:26px 44px;box-sizing:border-box}
.g-main h1{font-size:23px;text-align:center;color:#005b70}.g-main .m{text-align:center;color:#999;font-size:13px}
.g-main p{text-indent:2em}.tip{background:#fff6e5;border-left:4px solid #f0a020;padding:8px 14px}
.g-foot{text-align:center;font-size:12px;color:#789;padding:18px;line-height:2}
</style>
"""


def hn(title, inner):
    body = f"""<div class="g-top"><div class="in"><img src="/hn-rst/img/logo.png" alt="" width="48"><div><div class="t">海南省人力资源和社会保障厅</div><div class="s">海南自由贸易港人才服务</div></div></div></div>
<div class="g-nav"><div style="max-width:1180px;margin:0 auto"><a href="/hn-rst/index.html">首页</a><a href="/hn-rst/index.html?c=rcfw">人才服务</a><a href="/hn-rst/index.html?c=jnpx">职业技能</a><a href="/hn-rst/index.html?c=zwgk">政务公开</a></div></div>
<div class="g-main">
{inner}
</div>
<div class="g-foot">主办：海南省人力资源和社会保障厅　地址：海口市美兰区国兴大道9号<br>琼ICP备05001122号　琼公网安备46010802000115号</div>
<script src="/hn-rst/js/gov-common.js"></script>"""
    return doc(f"{title} - 海南省人力资源和社会保障厅", body, HN_HEAD)


def build():
    # ----------------------------------------------------------- Yunnan
    page("/yn-hrss/index.html", yn("首页", """<ul class="idx">
<li><a href="/yn-hrss/zcfg/2025/ynbt-0415.html">云南省2025年职业技能提升补贴标准及急需紧缺职业（工种）目录</a> 2025-04-15</li>
<li><a href="/yn-hrss/pjjg/list-2025.html">云南省职业技能等级认定评价机构名录（2025年更新）</a> 2025-06-30</li>
<li><a href="/yn-hrss/pxbm/kunming-ai-2025.html">昆明市人工智能训练师（三级）定点培训招生公示</a> 2025-10-09</li>
</ul>"""), other("other", "provincial 人社厅 home", ["other"]))

    rows = [("人工智能训练师", "1000", "1500", "2000", "是", "1300 / 1950 / 2600"),
            ("电工", "1000", "1500", "2000", "是", "1300 / 1950 / 2600"),
            ("养老护理员", "1000", "1500", "2000", "是", "1300 / 1950 / 2600"),
            ("茶艺师", "1000", "1500", "2000", "否", "—"),
            ("中式烹调师", "1000", "1500", "2000", "否", "—")]
    inner = '<div class="ttl">云南省2025年职业技能提升补贴标准及急需紧缺职业（工种）目录</div><div class="sub">发布时间：2025-04-15　来源：就业促进和失业保险处　文号：云人社发〔2025〕21号</div>'
    inner += paras(
        "为做好失业保险支持参保职工提升职业技能工作，现将2025年补贴标准公布如下。",
        "参保职工取得初级工（五级）、中级工（四级）、高级工（三级）职业资格证书或职业技能等级证书的，分别按1000元、1500元、2000元给予技能提升补贴。",
        "享受补贴须同时满足以下条件：累计缴纳失业保险费1年以上；证书已纳入全国联网查询系统；自证书核发之日起12个月内提出申请。",
        "列入急需紧缺目录的职业（工种），补贴标准上浮30%。2025年目录及对应标准见下表（单位：元）。",
    )
    inner += table(["职业（工种）", "五级", "四级", "三级", "是否列入急需紧缺目录", "上浮后（五/四/三级）"], rows)
    inner += paras(
        "技师（二级）、高级技师（一级）不属于失业保险技能提升补贴范围，按《云南省高技能人才培养补贴办法》另行申报。",
        "补贴直接发放至申请人本人社会保障卡银行账户，任何培训机构不得代领、截留。对以“包领补贴”“报名返现”为名招揽学员的，一经查实，取消其定点资格。",
    )
    page("/yn-hrss/zcfg/2025/ynbt-0415.html", yn("2025年技能提升补贴标准", inner),
         other("article", "subsidy table for several occupations incl. AI trainer; conditions in the following sentence; no offer",
               ["subsidy_amount", "cross_sentence_condition", "level_table", "negated_claim"]))

    # agency list with JSON-LD
    rows = [("云南滇池数字技能评价有限公司", "人工智能训练师", "二级至五级", "2029-04-30", "有效"),
            ("云南省人工智能产业协会职业技能等级认定中心", "人工智能训练师", "三至五级", "2028-02-29", "有效"),
            ("昆明滇池职业技能评价中心", "人工智能训练师", "三级及以下", "2024-06-30", "期满未延续"),
            ("云南普洱茶文化职业技能评价有限公司", "茶艺师、评茶员", "五级至二级", "2028-12-31", "有效")]
    ld = {"@context": "https://schema.org", "@type": "Dataset", "name": "云南省职业技能等级认定评价机构名录（2025年更新）",
          "publisher": {"@type": "GovernmentOrganization", "name": "云南省人力资源和社会保障厅"},
          "dateModified": "2025-06-30", "inLanguage": "zh-CN",
          "about": [{"@type": "Organization", "name": r[0]} for r in rows]}
    inner = '<div class="ttl">云南省职业技能等级认定评价机构名录（2025年更新）</div><div class="sub">更新时间：2025-06-30　来源：职业能力建设处</div>'
    inner += paras("以下为截至2025年6月30日在我省备案、涉及人工智能训练师等职业的评价机构。机构名称相近者请注意核对全称及统一社会信用代码。")
    inner += table(["机构名称", "备案职业", "备案等级", "备案有效期至", "状态"], rows)
    inner += paras("昆明滇池职业技能评价中心备案有效期已于2024年6月30日届满且未申请延续，该中心此后不得再开展认定、颁发证书。请勿与云南滇池数字技能评价有限公司混淆。",
                   "名录仅供查询，不构成对任何培训课程的推荐。")
    page("/yn-hrss/pjjg/list-2025.html",
         yn("评价机构名录", inner, f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'),
         other("article", "agency directory with JSON-LD Dataset; an expired namesake; no offer", ["json_ld", "level_range"]))

    # honest paid offer with subsidy mention
    inner = '<div class="ttl">昆明市人工智能训练师（三级/高级工）定点培训招生公示</div><div class="sub">发布时间：2025-10-09　来源：昆明市职业技能培训指导中心</div>'
    inner += paras(
        "经昆明市人社局审核，昆明春城职业培训学校为2025年度人工智能训练师定点培训机构，现就三级/高级工培训班招生情况公示如下：",
        "<b>报名条件</b>：取得本职业四级/中级工证书后累计从事相关工作5年（含）以上；或取得四级证书并具有高级技工学校、技师学院相关专业毕业证书；或具有大专及以上相关专业学历、取得四级证书后累计从事相关工作2年以上。",
        "<b>培训周期</b>：40标准学时，每周六、日授课，共5周。",
        "<b>收费标准</b>：培训费1800元/人（含教材费、认定考核费），按物价备案标准收取，开具正式发票。",
        "<b>认定机构</b>：云南滇池数字技能评价有限公司负责组织考核并颁发职业技能等级证书。",
        "<b>补贴政策</b>：学员取证后可按规定申请技能提升补贴。人工智能训练师已列入我省急需紧缺目录，三级补贴标准为2600元。",
        "申请补贴须累计缴纳失业保险费1年以上，并由本人通过“云南人社12333”APP申请，培训机构不代办。",
        "<b>报名地址</b>：昆明市五华区人民中路18号春城职校教务处；电话0871-63128850。",
    )
    page("/yn-hrss/pxbm/kunming-ai-2025.html", yn("人工智能训练师定点培训招生公示", inner),
         offer(issuers=[rec("HF10")], levels=[3], fee=(1800, 1800), optional=["BENEFIT_BAIT"],
               note="honest paid 三级 course published on the gov site; subsidy 2600 (larger than the fee) is not a fee; condition in the next sentence",
               phen=["honest_offer", "subsidy_amount", "cross_sentence_condition", "role_issuer", "level_names"]))

    # ----------------------------------------------------------- Hainan
    page("/hn-rst/index.html", hn("首页", """<h2>最新动态</h2><ul>
<li><a href="/hn-rst/rcfw/2025/rcgy-zc.html">政策问答：技能人才如何申请落户和人才公寓？</a>（2025-05-28）</li>
<li><a href="/hn-rst/jnpx/2025/hk-ai-free.html">海口市人工智能训练师免费培训开班啦（附报名方式）</a>（2025-10-20）</li>
<li><a href="http://jndj.osta.org.cn/" target="_blank">职业技能等级证书查询（人社部）</a></li>
</ul>"""), other("other", "provincial 人社厅 home", ["other"]))

    inner = "<h1>政策问答：技能人才如何申请落户和人才公寓？</h1><div class=\"m\">2025-05-28　来源：人才服务处</div>"
    inner += paras(
        "<b>问：取得职业技能等级证书能否在海南落户？</b>",
        "答：取得高级工及以上职业技能等级证书的人员，可按海南自由贸易港高层次人才和技能人才引进政策申请落户。",
        "但须同时满足：在我省用人单位全职工作并签订1年以上劳动合同，在我省连续缴纳社会保险6个月以上，且证书职业与所从事岗位相符。仅持有证书、未在我省就业参保的，不能办理落户。",
        "<b>问：技能人才能申请人才公寓吗？</b>",
        "答：各市县人才公寓面向在当地全职工作的各类人才，技能人才须为高级工（三级）及以上。申请人须在当地无自有住房，并通过用人单位统一申报。",
        "<b>问：有机构说“交钱拿证，包落户、包分人才公寓”，可信吗？</b>",
        "答：不可信。我省不存在“买证落户”“证书换公寓”的政策，人社部门也从未委托任何机构代办落户或人才公寓。职业技能等级证书必须通过备案评价机构的考核取得，不存在免考、包过。",
        '<span class="tip">提示：请通过本网站或“海易办”APP了解政策，勿轻信中介。</span>',
    )
    page("/hn-rst/rcfw/2025/rcgy-zc.html", hn("技能人才落户和人才公寓问答", inner),
         other("article", "policy Q&A: 落户/人才公寓 for 高级工及以上 only with conditions in the next sentence; denies 买证落户/免考/包过",
               ["cross_sentence_condition", "negated_claim", "level_range", "question_claim", "reported_claim"]))

    inner = "<h1>海口市人工智能训练师免费培训开班啦（附报名方式）</h1><div class=\"m\">2025-10-20　来源：海口市人力资源和社会保障局</div>"
    inner += paras(
        "为服务海南自由贸易港数字经济发展，海口市人社局2025年第四季度组织开展人工智能训练师补贴性培训，设四级/中级工班、三级/高级工班各一个，培训及考核费用全部由政府承担，个人免费。",
        "四级班：符合国家职业技能标准四级申报条件的人员可报，50学时；三级班：须持有本职业四级证书并满足相应工作年限，40学时。报名时须提交证书及工作年限证明，资格审核未通过的不予录取。",
        "培训结束后，海南椰城职业技能评价有限公司依据《人工智能训练师国家职业技能标准（2021年版）》组织考核，考核合格者由该公司颁发相应等级证书。",
        "报名方式：“海易办”APP搜索“补贴性培训报名”，或到海口市公共就业服务中心（龙华区滨海大道117号）现场报名。咨询电话：0898-66538012。",
        "温馨提示：本次培训不收取任何费用，如有人以本项目名义收费，请立即举报。",
    )
    page("/hn-rst/jnpx/2025/hk-ai-free.html", hn("人工智能训练师免费培训", inner),
         offer(issuers=[rec("HF13")], levels=[4, 3], fee=(0, 0), fee_alt=[None],
               note="free gov training, levels 4 and 3, eligibility checked; issuer in a role sentence",
               phen=["honest_offer", "role_issuer", "level_names"]))
