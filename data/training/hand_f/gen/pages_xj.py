"""新疆人社厅-style site (/xj-rst/)."""
from common import page, doc, offer, other, rec, table, paras, stat

HEAD = """<link rel="stylesheet" href="/xj-rst/static/css/base.css">
<style>
body{margin:0;background:#fff;font:14px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#222}
.header{background:linear-gradient(#1b7fc4,#0f5e99);color:#fff;padding:18px 0}
.header .logo{max-width:1140px;margin:0 auto;font-size:28px;font-weight:bold}
.header .logo small{display:block;font-size:13px;font-weight:normal;opacity:.85}
.menu{background:#f0f5fa;border-bottom:2px solid #1b7fc4}
.menu ul{max-width:1140px;margin:0 auto;padding:0;list-style:none;display:flex;flex-wrap:wrap}
.menu a{display:block;padding:10px 22px;color:#0f5e99;text-decoration:none}
.container{max-width:1140px;margin:0 auto;display:flex;gap:24px;padding:18px 0}
.left{flex:1}.right{width:280px}
.right .blk{border:1px solid #dbe6f0;margin-bottom:14px}.right h4{margin:0;background:#e8f1f9;padding:6px 10px}
.right ul{padding:6px 14px 10px 28px;margin:0}
.detail h1{font-size:22px;text-align:center}.detail .meta{color:#888;text-align:center;font-size:12px}
.detail .txt p{text-indent:2em}
.qa{border:1px solid #e4e4e4;margin:14px 0}.qa .q{background:#fafafa;padding:10px 14px}
.qa .a{padding:10px 14px;border-top:1px dashed #ddd}.qa .lbl{color:#c00;font-weight:bold;margin-right:6px}
.tb{border-collapse:collapse}.tb td,.tb th{border:1px solid #aaa;padding:4px 10px}
.footer{background:#0f5e99;color:#d6e6f3;text-align:center;font-size:12px;padding:14px 0;line-height:2}
</style>
"""


def layout(title, inner, crumb="首页"):
    body = f"""<div class="header"><div class="logo">新疆维吾尔自治区人力资源和社会保障厅<small>Human Resources and Social Security Department of Xinjiang Uygur Autonomous Region</small></div></div>
<nav class="menu"><ul>
<li><a href="/xj-rst/index.html">首页</a></li><li><a href="/xj-rst/index.html?col=tzgg">通知公告</a></li>
<li><a href="/xj-rst/index.html?col=zcfg">政策法规</a></li><li><a href="/xj-rst/index.html?col=jyfw">就业服务</a></li>
<li><a href="/xj-rst/zxzx/zcwd/2025-0917.html">政策问答</a></li><li><a href="/xj-rst/index.html?col=hdjl">互动交流</a></li>
</ul></nav>
<div class="container"><div class="left">
<div class="pos">当前位置：<a href="/xj-rst/index.html">首页</a> &gt; {crumb}</div>
{inner}
</div>
<aside class="right">
<div class="blk"><h4>便民查询</h4><ul><li><a href="http://jndj.osta.org.cn/" target="_blank">职业技能等级证书查询</a></li><li><a href="http://zscx.osta.org.cn/" target="_blank">技能人员职业资格证书查询</a></li><li><a href="tel:0991-12333">12333热线</a></li></ul></div>
<div class="blk"><h4>热点专题</h4><ul><li><a href="/xj-rst/tzgg/2025/1103/xj-jnpx-ai.html?from=sidebar">以工代训·人工智能训练师</a></li><li><a href="/xj-rst/tzgg/2025/0812/fake-cert-warning.html">谨防“山寨证书”</a></li><li><a href="/xj-rst/jyfw/zp/2025-1120-bz.html">岗位信息</a></li></ul></div>
</aside></div>
<div class="footer">主办单位：新疆维吾尔自治区人力资源和社会保障厅　地址：乌鲁木齐市天山区中山路462号<br>新ICP备05000987号-1　新公网安备 65010202000274号　网站标识码 6500000029</div>
{stat("f09e1c27ab3d48c5b6e0d2a7c4f81935")}"""
    return doc(f"{title}-新疆维吾尔自治区人力资源和社会保障厅", body, HEAD)


def detail(title, meta, txt):
    return f'<div class="detail"><h1>{title}</h1><div class="meta">{meta}</div><div class="txt">{txt}</div></div>'


def build():
    inner = """<section><h3>通知公告</h3><ul>
<li><a href="/xj-rst/tzgg/2025/1103/xj-jnpx-ai.html">关于开展2025年人工智能训练师（数据标注员）以工代训项目的通知</a>　2025-11-03</li>
<li><a href="/xj-rst/tzgg/2025/0812/fake-cert-warning.html">关于谨防“山寨证书”“买证落户”骗局的提示</a>　2025-08-12</li>
<li><a href="/xj-rst/zxzx/zcwd/2025-0917.html">政策问答：人工智能训练师证书相关问题答复</a>　2025-09-17</li>
<li><a href="/xj-rst/jyfw/zp/2025-1120-bz.html">【岗位信息】乌鲁木齐经开区数据标注岗位招聘</a>　2025-11-20</li>
</ul></section>"""
    page("/xj-rst/index.html", layout("首页", inner), other("other", "regional 人社厅 home", ["other"]))

    # Q&A
    qas = [
        ("网友“昌吉小马”", "2025-09-03",
         "在抖音上看到一个机构说交6800元能包过人工智能训练师二级，而且是“国家职业资格证书”，人社部颁发，全国通用，本人无需到场。请问这是真的吗？能包过吗？",
         "您好！人工智能训练师属于技能类职业，不在《国家职业资格目录》内，现行证书为职业技能等级证书，由经备案的评价机构颁发，并非人社部颁发。二级/技师须取得三级证书后累计从事相关工作4年以上等条件方可申报。任何机构均不得承诺“包过”，更不存在“本人无需到场”的认定。建议您不要轻信，更不要缴费。"),
        ("网友“喀什学子”", "2025-09-08",
         "我是在校大学生，零基础，可以直接考人工智能训练师三级吗？听说考了证可以申请人才公寓？",
         "您好！三级/高级工须取得四级证书并满足相应工作年限或学历条件。持证人员申请人才公寓须符合各地州市人才住房政策的全部条件（如签订劳动合同、缴纳社保等），证书本身不是申请人才公寓的充分条件。"),
        ("网友“dmh_1987”", "2025-09-12",
         "有个网站 xj-zscx-osta.com 可以查到我的证书，这个网站是官方的吗？",
         "您好！该网站不是官方查询渠道。职业技能等级证书请通过“技能人才评价证书全国联网查询”（jndj.osta.org.cn）查询，其他域名的“查询网站”均不可信。"),
        ("网友“伊宁阿力”", "2025-09-15",
         "参加技能提升补贴，人工智能训练师四级能补多少钱？",
         "您好！参保职工取得四级/中级工证书的，按规定可申领1500元技能提升补贴。申领须满足累计缴纳失业保险费1年以上等条件，具体以参保地经办机构审核为准。"),
    ]
    blocks = []
    for who, d, q, a in qas:
        blocks.append(f'<div class="qa"><div class="q"><span class="lbl">问</span>{who}　{d}<br>{q}</div>'
                      f'<div class="a"><span class="lbl">答</span>自治区人社厅职业能力建设处　回复时间：{d}<br>{a}</div></div>')
    page("/xj-rst/zxzx/zcwd/2025-0917.html",
         layout("政策问答", detail("政策问答：人工智能训练师证书相关问题答复", "发布时间：2025-09-17　来源：互动交流", "\n".join(blocks)), "政策问答"),
         other("qa_forum", "official Q&A: citizens ask about 包过/人社部颁发/本人无需到场/fake query site/人才公寓; answers deny; nobody sells",
               ["question_claim", "reported_claim", "negated_claim", "unofficial_query_site", "subsidy_amount", "cross_sentence_condition"]))

    # 以工代训 free training (offer)
    txt = paras(
        "各地州市人力资源和社会保障局，各有关企业：",
        "为推动数字经济与就业深度融合，自治区人社厅会同自治区财政厅在乌鲁木齐经济技术开发区开展人工智能训练师（数据标注员）以工代训项目。现将有关事项通知如下：",
        "<b>一、承训企业</b>：乌鲁木齐丝路数据标注科技有限公司（经备案的职业技能等级认定用人单位，可对本单位职工开展人工智能训练师五级、四级认定）。",
        "<b>二、对象</b>：与承训企业签订劳动合同的新录用职工，以及16—45周岁有意向从事数据标注工作的城乡劳动者。具有高中及以上学历、能熟练使用计算机者优先。",
        "<b>三、培训安排</b>：岗前集中培训2周、岗位实训3个月，内容包括图像、语音、文本标注规范及质检流程。",
        "<b>四、费用</b>：参训人员不承担任何培训费用。",
        "以工代训期间，参训人员按企业薪酬制度领取实训工资，月薪4000—6500元（视标注量及质检合格率），这是劳动报酬，不属于培训补贴。",
        "<b>五、认定</b>：实训满3个月后，由乌鲁木齐丝路数据标注科技有限公司按国家职业技能标准组织五级认定；已取得五级证书并满足四级申报条件的职工，可参加四级认定。合格者由该公司颁发职业技能等级证书，证书可在全国联网查询系统查询。",
        "<b>六、报名</b>：请于2025年11月30日前到乌鲁木齐经开区（头屯河区）公共就业服务中心报名，电话0991-3762418；或发送简历至 zhaopin@slbz-data.com.cn。",
    )
    page("/xj-rst/tzgg/2025/1103/xj-jnpx-ai.html",
         layout("以工代训项目通知", detail("关于开展2025年人工智能训练师（数据标注员）以工代训项目的通知", "发布时间：2025-11-03　来源：职业能力建设处", txt), "通知公告"),
         offer(issuers=[rec("HF09")], levels=[5, 4], fee=(0, 0), fee_alt=[None],
               note="employer-run 以工代训, free; monthly wage 4000-6500 is salary, not a fee",
               phen=["honest_offer", "salary", "role_issuer", "cross_sentence_condition", "tracking_params"]))

    # warning
    txt = paras(
        "近期，有群众反映收到“人工智能训练师高级工证书+人才公寓+乌鲁木齐落户一站式办理”的推销信息，宣称“交1.98万元，免考拿证，三个月落户，拎包入住人才公寓”。经核查，此类信息均为虚假宣传。",
        "一、自治区从未出台“持某一职业技能等级证书即可落户、入住人才公寓”的政策。落户、人才住房须同时满足就业、社保、居住等多项条件。",
        "二、所谓“中国人工智能职业技能认证中心”“国家人工智能人才评价中心”等均未经人社部门备案，其证书不纳入人才统计库。",
        "三、经查，新疆丝路职业技能鉴定有限公司已于2025年4月被撤销备案，此后以其名义颁发的证书无效，请勿与乌鲁木齐丝路数据标注科技有限公司混淆。",
        "四、仿冒查询网站“xj-zscx-osta.com”“zgjnzs-cx.com”已提请有关部门关停，请勿在其上查询或缴费。",
        "如遇上述情况，请及时拨打0991-12333或110。",
    )
    page("/xj-rst/tzgg/2025/0812/fake-cert-warning.html",
         layout("谨防山寨证书", detail("关于谨防“山寨证书”“买证落户”骗局的提示", "发布时间：2025-08-12　来源：自治区人社厅", txt), "通知公告"),
         other("article", "warning quoting 1.98万/免考/人才公寓/落户 bait and fake query domains; names a revoked org and a namesake employer",
               ["warning", "reported_claim", "negated_claim", "unofficial_query_site"]))

    # job posting
    txt = paras(
        "<b>招聘单位</b>：乌鲁木齐丝路数据标注科技有限公司",
        "<b>岗位名称</b>：数据标注员（20名）、标注质检员（5名）",
        "<b>岗位职责</b>：按照项目规范完成图像框选、语音转写、文本分类等标注任务；质检员负责抽检与反馈。",
        "<b>任职要求</b>：高中及以上学历，18—40周岁，打字速度每分钟60字以上；持有人工智能训练师（数据标注员）职业技能等级证书者优先。",
        "<b>薪资待遇</b>：试用期月薪4500元，转正后5000—7000元，绩效另计；缴纳五险一金，提供员工宿舍。",
        "<b>工作地点</b>：乌鲁木齐经济技术开发区维泰南路",
        "<b>联系方式</b>：人力资源部 刘女士 0991-3762418",
        "本信息由自治区公共就业服务平台发布，求职过程中不收取任何费用。",
    )
    page("/xj-rst/jyfw/zp/2025-1120-bz.html",
         layout("岗位信息", detail("【岗位信息】乌鲁木齐经开区数据标注岗位招聘", "发布时间：2025-11-20　来源：公共就业服务平台", txt), "就业服务"),
         other("job", "job posting for 数据标注员; salaries are not fees; certificate only 'preferred'", ["salary"]))
