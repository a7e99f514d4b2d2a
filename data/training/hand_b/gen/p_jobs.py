"""职聘直达 (Boss-like) and 智才招聘 (Zhilian-like) job pages; two 'jobs' are training-fee scams."""
import json
from common import page, iss, offer, esc
from chrome import zp_page, zl_page

JD = "/zhipin/job_detail/"
J1, J2, J3 = JD + "a8f3c2e91d0b.html", JD + "b71e04d5c2aa.html", JD + "c05d9e7b3f12.html"
Z1 = "/zhilian/jobs/CC415233012J40567832109.html"
Z2 = "/zhilian/jobs/CC415233077J40567900815.html"


def banner(title, salary, tags, company):
    t = "".join(f'<span class="tag">{x}</span>' for x in tags)
    return f"""<div class="job-banner"><div style="color:#aaa">招聘中</div><h1>{esc(title)}<span class="salary">{salary}</span></h1>
<p>{t}</p><p>{esc(company)} <a href="javascript:;" class="btn-startchat" style="float:right;background:#00bebd;color:#fff;padding:6px 26px">立即沟通</a></p></div>"""


def jobbox(desc, company_info):
    return f"""<div class="job-box"><h3>职位描述</h3><div class="job-sec-text">{desc}</div>
<h3>公司信息</h3><div>{company_info}</div>
<div style="color:#999;margin-top:20px">职聘直达安全提示：职聘直达严禁用人单位和招聘者用户做出任何损害求职者合法权益的违法违规行为，包括但不限于扣押求职者证件、收取求职者财物、向求职者集资、让求职者入股、诱导求职者异地入职、异地参加培训等。</div></div>"""


def build():
    hot = [
        (J1 + "?lid=8fQd2&securityId=Zk3mQ0a~&sessionId=", "数据标注员", "8-12K·13薪", "广州 · 天河区"),
        (J2 + "?ka=index_rcmd_job_2", "AI训练师（兼职/远程）", "45-60元/时", "成都 · 高新区"),
        (J3 + "?ka=index_rcmd_job_3", "AI训练师（包培训 包分配）", "8-15K", "深圳 · 宝安区"),
        (Z1 + "?refcode=4019&srccode=401901", "高级AI训练师（大模型方向）", "20-35万/年", "重庆 · 渝北区"),
    ]
    cards = "\n".join(f'<li class="job-card"><a href="{u}"><b>{esc(t)}</b> <span style="color:#fe574a">{s}</span></a><div style="color:#999">{c}</div></li>' for u, t, s, c in hot)
    body = f"""<div class="job-box"><form onsubmit="return false"><input name="query" value="AI训练师" size="40"> <select><option>全国</option><option>广州</option><option>深圳</option><option>成都</option><option>重庆</option></select> <button>搜索</button></form>
<p>热门职位：<a href="/zhipin/search/rgznxls.html?query=数据标注">数据标注</a> · <a href="/zhipin/search/rgznxls.html?query=AI训练师&amp;city=101280100">AI训练师</a> · <a href="/zhipin/search/rgznxls.html">大模型评测</a></p>
<h3>精选职位</h3><ul style="list-style:none;padding:0;line-height:2">{cards}</ul></div>"""
    page("/zhipin/index.html", zp_page("找工作 上职聘直达", body), "other", "job-board home: featured jobs with salaries", ["salary", "tracking_params"])

    res = [
        (J1 + "?lid=9AbcX&securityId=Qm1~&sessionId=8812", "数据标注员", "8-12K·13薪", "广州星图智能科技有限公司", "1-3年 · 大专"),
        (J2 + "?lid=9AbcY&securityId=Qm2~", "AI训练师（兼职/远程）", "45-60元/时", "成都语料工场数据服务有限公司", "经验不限 · 学历不限"),
        (J3 + "?lid=9AbcZ&securityId=Qm3~", "AI训练师（包培训 包分配）", "8-15K", "深圳启航未来教育科技有限公司", "经验不限 · 学历不限"),
        (Z1 + "?refcode=4019&from=zhipin", "高级AI训练师（大模型方向）", "20-35万/年", "重庆云汇智能科技有限公司", "3-5年 · 本科"),
        (Z2 + "?refcode=4019&from=zhipin", "AI数据训练师（储备干部）", "6-11K", "重庆智禾人力资源管理有限公司", "经验不限 · 中专"),
    ]
    lis = "\n".join(f'<li class="job-card-wrapper"><a href="{u.replace("&", "&amp;")}"><span class="job-name">{esc(t)}</span> <span class="salary" style="font-size:16px">{s}</span></a><div>{esc(c)} · {e}</div></li>' for u, t, s, c, e in res)
    body = f"""<div class="job-box"><div>为你找到 <b>327</b> 个“AI训练师”相关职位 &nbsp; 城市：全国 &nbsp; 薪资：不限</div>
<ul style="list-style:none;padding:0;line-height:2.2">{lis}</ul>
<div><a href="/zhipin/search/rgznxls.html?page=2">下一页</a></div></div>"""
    page("/zhipin/search/rgznxls.html", zp_page("「AI训练师招聘」", body), "other",
         "job search results (salaries only, no fees); one result is a training-fee scam, but the list itself sells nothing",
         ["search_page", "salary", "tracking_params"])

    # ---------------------------------------------------------------- real job: data annotator, Guangzhou
    desc = """岗位职责：
1. 负责自动驾驶、智能客服等项目的图像、文本、语音数据标注与质检；
2. 参与标注规范的制定与优化，对标注质量进行抽检；
3. 配合算法团队完成数据清洗和数据集管理。
任职要求：
1. 大专及以上学历，1年以上数据标注或内容审核经验；
2. 持人工智能训练师（数据标注员）四级及以上职业技能等级证书者优先；
3. 熟练使用Excel，有Python基础者优先。
薪资福利：月薪8000-12000元，13薪，五险一金，周末双休，节日福利，年度体检。
工作地址：广州市天河区高普路1023号"""
    jl = json.dumps({"@context": "https://schema.org/", "@type": "JobPosting", "title": "数据标注员", "datePosted": "2025-09-01",
                     "hiringOrganization": {"@type": "Organization", "name": "广州星图智能科技有限公司"},
                     "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "广州", "addressRegion": "广东"}},
                     "baseSalary": {"@type": "MonetaryAmount", "currency": "CNY", "value": {"@type": "QuantitativeValue", "minValue": 8000, "maxValue": 12000, "unitText": "MONTH"}}},
                    ensure_ascii=False)
    body = banner("数据标注员", "8-12K·13薪", ["广州", "1-3年", "大专"], "广州星图智能科技有限公司 · 人工智能 · 100-499人") + jobbox(desc, "广州星图智能科技有限公司，专注于自动驾驶数据服务。")
    page(J1, zp_page("数据标注员招聘-广州星图智能科技有限公司", body, extra_head=f'<script type="application/ld+json">{jl}</script>\n'), "job",
         "job posting: 数据标注员, 月薪8000-12000元; '四级及以上证书优先' is a requirement, not an offer",
         ["salary", "json_ld", "level_range"])

    # ---------------------------------------------------------------- part-time, hourly; content in <noscript> + app shell
    desc = """工作内容：对大模型回答进行打分、改写和安全评测，远程在线完成。
要求：本科在读或以上，中文表达好，每周可投入15小时以上；有人工智能训练师证书或标注经验优先，无证书也可，入职有免费线上培训。
薪资：时薪45-60元，按周结算。"""
    body = f"""<div id="app"><div class="loading">加载中…</div></div>
<noscript>{banner("AI训练师（兼职/远程）", "45-60元/时", ["成都", "经验不限", "本科"], "成都语料工场数据服务有限公司 · 数据服务 · 20-99人")}{jobbox(desc, "成都语料工场数据服务有限公司")}</noscript>
<script>window.__JOB__={{"encryptJobId":"b71e04d5c2aa","lid":"7Hq"}};</script>"""
    page(J2, zp_page("AI训练师（兼职/远程）招聘", body), "job",
         "part-time job, 时薪45-60元; details only inside <noscript>; free onboarding training is not a certificate offer",
         ["salary", "noscript"])

    # ---------------------------------------------------------------- training-fee scam dressed as a job
    desc = """【岗位亮点】零基础可做，无需经验，公司包培训、包分配，转正后月入8000-15000元！
【岗位要求】18-40周岁，会用电脑即可，学历不限。
【入职流程】面试通过后，需先参加公司统一岗前培训并考取人工智能训练师职业技能证书（由国家人工智能人才认证中心颁发，全国通用），培训费3980元需入职前一次性缴清，考证通过后包分配至合作大厂项目组。
【培训内容】数据标注、Prompt工程、大模型评测，为期15天，线上+线下。
联系人：王主管 18617350926（微信同号）"""
    body = banner("AI训练师（包培训 包分配）", "8-15K", ["深圳", "经验不限", "学历不限"], "深圳启航未来教育科技有限公司 · 教育培训 · 0-20人") + jobbox(desc, "深圳启航未来教育科技有限公司，注册资本10万元。")
    page(J3, zp_page("AI训练师（包培训 包分配）招聘", body), "offer",
         "a 'job' that is a training-fee scam: 先交培训费3980元, certificate by unrecognized 国家人工智能人才认证中心, 包分配; 8000-15000 is salary, not fee",
         ["scam_offer", "salary", "role_issuer"],
         offer=offer([iss("国家人工智能人才认证中心", status="unrecognized")], [], (3980, 3980), ["UNRECOGNIZED_ISSUER"], optional=["EXCESSIVE_FEE"]))

    # ---------------------------------------------------------------- Zhilian-like: real senior job (yearly salary)
    body = f"""<div class="zl-main"><h1 class="summary-plane__title">高级AI训练师（大模型方向）</h1>
<div class="summary-plane__salary">20-35万/年</div><div>重庆-渝北区 | 3-5年 | 本科 | 招2人 | 更新于 2025-09-20</div>
<h3>职位描述</h3><div class="describtion__detail-content">
1. 负责大模型SFT、RLHF数据的策略设计与质量把控，带领10人左右标注团队；<br>
2. 制定标注规范，组织标注员培训与考核；<br>
3. 要求：持人工智能训练师三级及以上证书，或具有同等项目经验；熟悉Python与常用标注平台；<br>
4. 福利：年薪20-35万元，六险一金，年终奖，带薪年假。</div>
<h3>公司介绍</h3><p>重庆云汇智能科技有限公司，成立于2018年，500-999人，人工智能/大数据。</p>
<h3>工作地址</h3><p>重庆市渝北区金开大道西段106号 互联网产业园12栋</p>
<h3>面试流程</h3><p>简历筛选 → 业务笔试（标注质检案例分析）→ 部门面试 → HR面 → 发放offer。全程不收取任何费用。</p>
<h3>公司福利</h3><p>六险一金 · 年终奖 · 带薪年假 · 节日福利 · 定期体检 · 员工旅游 · 免费班车 · 餐补 · 弹性工作</p>
<h3>相似职位</h3><ul><li>AI训练师（数据标注组长） 1.2-1.8万 · 重庆</li><li>大模型评测工程师 1.5-2.5万 · 成都</li><li>数据标注员 6-8千 · 重庆</li></ul>
<p><a href="/zhipin/search/rgznxls.html?src=zhicai_similar">查看相似职位</a></p></div>"""
    page(Z1, zl_page("高级AI训练师（大模型方向）招聘_重庆云汇智能科技有限公司", body), "job",
         "senior job with 年薪20-35万; '三级及以上证书' is a requirement; no offer", ["salary", "level_range"])

    # ---------------------------------------------------------------- Zhilian-like: instalment training scam, 工信部 named as issuer
    body = f"""<div class="zl-main"><h1 class="summary-plane__title">AI数据训练师（储备干部）</h1>
<div class="summary-plane__salary">6000-11000元/月</div><div>重庆-九龙坡区 | 经验不限 | 中专 | 招30人</div>
<h3>职位描述</h3><div class="describtion__detail-content">
【公司福利】五险、包住、转正后底薪6000起，绩效另算。<br>
【岗前培训】新员工须参加岗前培训，考取人工智能训练师<b>中级（四级）</b>证书，证书由<b>工业和信息化部</b>颁发，含金量高。<br>
培训费用可分期，<b>12期×298元</b>，从第二个月工资中扣除，考证包过，考不过不收费。<br>
【面试地点】九龙坡区杨家坪正街8号 智禾人力 5楼（面试请带身份证）<br>
联系电话：023-68011795 刘经理</div>
<h3>公司介绍</h3><p>重庆智禾人力资源管理有限公司，人力资源服务，20-99人。</p></div>"""
    page(Z2, zl_page("AI数据训练师（储备干部）招聘_重庆智禾人力资源管理有限公司", body), "offer",
         "job ad that sells a training course: 12期×298元 = 3576 (no total written), 工信部 named as issuer (GOVERNMENT_ISSUER_CLAIM), 考证包过; salary is not the fee",
         ["scam_offer", "instalment", "salary", "level_names"],
         offer=offer([iss("工业和信息化部", status="unrecognized", ministry=True)], [4], (3576, 3576),
                     ["GOVERNMENT_ISSUER_CLAIM", "GUARANTEED_PASS"], optional=["EXCESSIVE_FEE", "UNRECOGNIZED_ISSUER"]))
