"""职培汇 detail pages, part 2: 10291 (GBK), 10298, 10302, Q&A, job, unrelated course, English page."""
from common import Page, a, esc, rec, fee, name_of
from site_peixun import layout, item

CR = lambda title: [a("/peixun/", "首页"), a("/peixun/category/rgzn/", "人工智能训练师"), title]


def o7():
    body = """<div class="box"><h1 style="font-size:22px">洛阳 人工智能训练师四级（中级工）定金锁位</h1>
<p style="color:#999">发布：河洛职业培训中心 &nbsp; 洛阳市西工区中州中路288号 &nbsp; 2026-02-05</p>
<div class="pbox"><span class="price">定金500元</span> + 尾款1980元 &nbsp; <span class="tag">3月班</span></div>
<p>交500元定金即可锁定3月班名额，开课前7天内付清尾款1980元。定金不退不转，尾款未付视为放弃。</p>
<h3>发证机构</h3>
<p>发证机构：洛阳河洛职业技能鉴定有限公司。考核合格颁发人工智能训练师四级（中级工）职业技能等级证书，全国联网可查。</p>
<h3>服务承诺</h3>
<p>学员一次考试未通过的，可免费参加下一期重考一次（限一次）。</p>
<h3>课程安排</h3>
<p>共8次课：数据采集与清洗、图像与文本标注、标注质检、智能系统运维基础、模拟考试。周六全天上课。</p>
<p>报名电话：0379-6322 7719 &nbsp; 联系人：郭老师</p></div>""" + \
        '<div class="box"><h3>相关推荐</h3>' + item("10266", "?from=related", None, ()) + "</div>"
    html = layout("洛阳人工智能训练师四级培训 定金锁位-职培汇", body, keywords="洛阳人工智能训练师,人工智能训练师四级",
                  description="洛阳人工智能训练师四级，定金500元。", canonical="/peixun/course/10291.html",
                  crumbs=CR("课程详情"), charset="gbk").replace("©", "(C)")
    return Page("/peixun/course/10291.html", html, page_type="offer", kind="directory-detail", encoding="gbk",
                note="GBK page; issuer HE15 expired 2023-12-31; 定金500 + 尾款1980 = 2480; free re-sit is not a pass "
                     "guarantee (optional)",
                phenomena=["scam_offer", "gbk", "deposit_balance", "role_issuer", "level_names", "tracking_params"],
                offer={"issuers": [rec(name_of("HE15"), "HE15")], "levels": [4], "fee_cny": fee(2480),
                       "flags": ["ISSUER_LAPSED"], "optional_flags": ["GUARANTEED_PASS"], "suspicious": True})


def o8():
    body = """<div class="box"><h1 style="font-size:22px">武汉 人工智能训练师五级-三级 晚班/周末班</h1>
<p style="color:#999">发布机构：""" + a("/peixun/jigou/hbct.html", "武汉楚才职业培训学校") + """ &nbsp; 2026-02-18</p>
<p>人工智能训练师是人社部认证的新职业，2020年纳入国家职业分类，包括数据标注员和人工智能算法测试员两个工种。</p>
<h3>收费标准（含培训费、教材费、认定费）</h3>
<ul><li>五级（初级工）：1280元</li><li>四级（中级工）：1780元</li><li>三级（高级工）：2380元</li></ul>
<h3>认定安排</h3>
<p>本期认定由武汉江城智能职业技能评价有限公司实施，每季度组织一次理论知识考试和操作技能考核。</p>
<h3>技能提升补贴</h3>
<p>按现行政策，取得五级、四级、三级证书的可分别申领最高1000元、1500元、2000元技能提升补贴。
申领须同时满足：在湖北参加失业保险累计满1年；证书在有效期内首次申领；同一职业同一等级只能申领一次。
以上金额为政策上限，不是本校返现，也不抵扣学费。</p>
<h3>常见问题</h3>
<p><b>问：能包过吗？</b><br>答：不能。考试由评价机构独立组织，我们只负责培训。往期四级通过率约七成，仅供参考。</p>
<p><b>问：可以先学后交钱吗？</b><br>答：开课第一周内可无理由退费。</p>
<p>报名热线：027-8761 3350 / 微信 chucai_zhou</p></div>""" + \
        '<div class="box"><h3>相关推荐</h3>' + item("10302", "?from=related", None, ()) + item("10247", "?from=related", None, ()) + "</div>"
    html = layout("武汉人工智能训练师五级四级三级 晚班周末班-职培汇", body,
                  keywords="武汉人工智能训练师培训,人工智能训练师补贴", description="五级1280，四级1780，三级2380。",
                  canonical="/peixun/course/10298.html", crumbs=CR("课程详情"))
    return Page("/peixun/course/10298.html", html, page_type="offer", kind="directory-detail",
                note="honest; 人社部认证的新职业 is boilerplate, not an issuer; subsidy maxima 1000/1500/2000 with the "
                     "conditions in the next sentence (optional BENEFIT_BAIT); FAQ answers 能包过吗 with 不能",
                phenomena=["honest_offer", "boilerplate_body", "subsidy_amount", "cross_sentence_condition",
                           "question_claim", "negated_claim", "level_names", "tracking_params"],
                offer={"issuers": [rec(name_of("HE03"), "HE03")], "levels": [5, 4, 3], "fee_cny": fee(1280, 2380),
                       "flags": [], "optional_flags": ["BENEFIT_BAIT"], "suspicious": False})


def o9():
    body = """<div class="box"><h1 style="font-size:22px">人工智能训练师技师/高级技师 本科学历直报</h1>
<p style="color:#999">发布：华中智培教育 &nbsp; 2026-02-21</p>
<div class="pbox"><span class="price">￥5,800</span> 起</div>
<h3>报考政策解读</h3>
<p>本科及以上学历可直接报考技师（二级），无需相关工作年限；硕士研究生可直接报考高级技师（一级）。</p>
<table class="lv"><tr><th>等级</th><th>学费</th><th>考核单位</th></tr>
<tr><td>技师</td><td>5800元</td><td>武汉江城智能职业技能评价有限公司</td></tr>
<tr><td>高级技师</td><td>7800元</td><td>武汉江城智能职业技能评价有限公司</td></tr></table>
<p>考核包括理论考试、技能实操、论文答辩（综合评审），本机构提供论文选题与写作指导。</p>
<h3>持证价值</h3><p>技师可对应中级职称待遇；高级技师可对应副高级职称待遇（以用人单位规定为准）。</p>
<p>咨询热线：138-7125-6630（华老师）</p></div>""" + \
        '<div class="box"><h3>相关推荐</h3>' + item("10298", "?from=related", None, ()) + "</div>"
    html = layout("人工智能训练师技师 高级技师 本科直报-职培汇", body,
                  keywords="人工智能训练师技师,人工智能训练师高级技师,人工智能训练师二级,人工智能训练师一级",
                  description="本科学历直报技师。", canonical="/peixun/course/10302.html", crumbs=CR("课程详情"))
    return Page("/peixun/course/10302.html", html, page_type="offer", kind="directory-detail",
                note="HE03 is filed for levels 3-5 only but is named as 考核单位 for 技师/高级技师; 本科直报 without "
                     "work years; 5800/7800; same seller phone as 10247",
                phenomena=["scam_offer", "level_names", "role_issuer", "level_table"],
                offer={"issuers": [rec(name_of("HE03"), "HE03")], "levels": [2, 1], "fee_cny": fee(5800, 7800),
                       "flags": ["ISSUER_OUT_OF_SCOPE", "ELIGIBILITY_SHORTCUT"], "optional_flags": ["EXCESSIVE_FEE"],
                       "suspicious": True})


def _qa(title, q, answers):
    out = [f'<div class="box"><h1 style="font-size:20px">{title}</h1><p>{q}</p>'
           '<p style="color:#999;font-size:12px">提问者：匿名用户 &nbsp; 2026-02-1x &nbsp; 分类：人工智能训练师</p></div>']
    for who, when, text in answers:
        out.append(f'<div class="box"><p style="color:#2a6ebb">{who} <span style="color:#aaa;font-size:12px">{when}</span></p>'
                   f'<div>{text}</div><p style="font-size:12px;color:#aaa">赞同 | 反对 | 评论 | 举报</p></div>')
    return "".join(out)


def qa_offer():
    body = _qa("有人工智能训练师三级证，做数据标注5年了，襄阳哪里能报技师？大概多少钱？",
               "2020年拿的三级证，一直在襄阳一家数据公司做标注和质检，想报二级技师，不知道襄阳本地有没有评价机构。", [
                   ("热心网友 大鱼", "2026-02-13", "<p>先去湖北省人社厅官网看评价机构备案名单，筛选“人工智能训练师”，看哪家备案了二级。</p>"),
                   ("襄阳隆中教育-王老师（机构认证）", "2026-02-14",
                    "<p>您好！您三级证满4年、一直从事本职业，符合技师（二级）申报条件。我们合作的评价机构是襄阳隆中职业技能评价有限公司，"
                    "人工智能训练师二级在其备案范围内。</p><p>技师班费用3980元（含培训、认定费和综合评审辅导），3月15日开班，"
                    "考核包括理论、实操和论文答辩。</p><p>报名电话：0710-3216 558，也可到襄城区檀溪路16号当面咨询。</p>"),
                   ("用户7f3k", "2026-02-15", "<p>能包过吗？</p>"),
                   ("襄阳隆中教育-王老师（机构认证）", "2026-02-15", "<p>不包过哈，技师有综合评审，论文要自己写，我们只做辅导。</p>"),
               ])
    html = layout("有人工智能训练师三级证，襄阳哪里能报技师？-职培汇问答", body, keywords="襄阳人工智能训练师技师",
                  description="襄阳人工智能训练师技师报名。", canonical="/peixun/ask/5530.html",
                  crumbs=[a("/peixun/", "首页"), a("/peixun/ask/5512.html", "问答"), "详情"], cur="ask")
    return Page("/peixun/ask/5530.html", html, page_type="offer", kind="qa-thread",
                note="Q&A thread; the second answer (a school) makes an honest 技师 offer 3980 with HE06 (filed 2-5) to "
                     "an asker who meets the requirements; later reply denies 包过",
                phenomena=["reply_offer", "honest_offer", "level_names", "question_claim", "negated_claim"],
                offer={"issuers": [rec(name_of("HE06"), "HE06")], "levels": [2], "fee_cny": fee(3980),
                       "flags": [], "optional_flags": ["EXCESSIVE_FEE"], "suspicious": False})


def qa_noofer():
    body = _qa("人工智能训练师能包过吗？交了钱说免考的靠谱吗？",
               "刷到一个广告说“交3980包过，免考直接拿证，人社部颁发”，还说能武汉落户，这种靠谱吗？", [
                   ("答主 江城老周", "2026-02-10",
                    "<p>不靠谱。现在的人工智能训练师是职业技能等级证书，由备案的评价机构颁发，人社部不直接发证。"
                    "正规认定必须参加理论和实操考核，不存在免考。</p>"),
                   ("答主 Moon", "2026-02-10",
                    "<p>我同事交了钱，最后拿到一张“国家人工智能人才认证中心”的证，在全国联网查询平台查不到。"
                    "广告里给的查询网站是他们自己做的。</p>"),
                   ("答主 数据标注打工人", "2026-02-11",
                    "<p>想考就找正规培训，评价机构去 <a href=\"https://www.osta.org.cn/\" rel=\"nofollow\">osta.org.cn</a> 或省人社厅网站核实。"
                    "补贴也不是随便领的，要交满一年失业保险。</p>"),
                   ("提问者追问", "2026-02-11", "<p>那正规的一般多少钱？</p>"),
                   ("答主 江城老周", "2026-02-11", "<p>武汉四级、三级大多在一两千元，具体看机构，不要贪便宜也不要信包过。</p>"),
               ])
    body += '<div class="box"><h3>相关问题</h3><p>' + a("/peixun/ask/5530.html?from=related", "有三级证，襄阳哪里能报技师？") + "</p></div>"
    html = layout("人工智能训练师能包过吗？交了钱说免考的靠谱吗？-职培汇问答", body, keywords="人工智能训练师包过,人工智能训练师免考",
                  description="人工智能训练师能包过吗", canonical="/peixun/ask/5512.html",
                  crumbs=[a("/peixun/", "首页"), "问答"], cur="ask")
    return Page("/peixun/ask/5512.html", html, page_type="qa_forum", kind="qa-thread",
                note="question quotes an ad (3980 包过 免考 人社部颁发 落户); answers warn and deny; no one offers",
                phenomena=["question_claim", "reported_claim", "negated_claim", "warning"])


def job():
    body = """<div class="box"><h1 style="font-size:22px">数据标注员（可考人工智能训练师证） 5000-8000元/月</h1>
<p>武汉数元标注科技有限公司 &nbsp; 武汉·东湖高新区 &nbsp; 经验不限 &nbsp; 大专 &nbsp; 招5人</p>
<h3>职位描述</h3>
<ul><li>负责自动驾驶图像、语音、文本数据的标注与质检</li><li>按项目规范完成每日标注量，配合算法团队迭代标注规则</li></ul>
<h3>福利待遇</h3>
<p>底薪4500+绩效，综合月薪5000-8000元，五险一金，周末双休，年终奖1-3个月。入职满3个月由公司出资报名人工智能训练师五级认定，
费用全部由公司承担，员工无需缴费。</p>
<h3>联系方式</h3><p>HR 胡女士 027-8798 2231，简历投递 hr@shuyuan-biaozhu.example</p></div>"""
    html = layout("数据标注员招聘 武汉 5000-8000元-职培汇招聘", body, keywords="数据标注员招聘,武汉数据标注",
                  description="武汉数据标注员招聘。", canonical="/peixun/job/7781.html",
                  crumbs=[a("/peixun/", "首页"), "招聘"], cur="job")
    return Page("/peixun/job/7781.html", html, page_type="job", kind="job-posting",
                note="job posting for 数据标注员; salary figures are not fees; employer pays the exam, nothing sold",
                phenomena=["salary"])


def unrelated():
    body = """<div class="box"><h1 style="font-size:22px">健康管理师三级 考证培训（线上直播）</h1>
<p style="color:#999">发布：华中智培教育 &nbsp; 2026-01-30</p>
<div class="pbox"><span class="price">￥3,980</span> <del>￥4,980</del></div>
<p>健康管理师（4-14-02-02）三级，线上直播+录播回放，含教材与题库。适合医护、药店、养老从业人员。</p>
<p>咨询热线：138-7125-6630</p></div>
<div class="box"><h3>猜你喜欢</h3>""" + item("10247", "?from=guess", "人工智能训练师三级至一级 包过 ￥3980起", ()) + \
        item("10302", "?from=guess", None, ()) + "</div>"
    html = layout("健康管理师三级考证培训-职培汇", body, keywords="健康管理师,健康管理师三级",
                  description="健康管理师三级培训3980元。", canonical="/peixun/course/10305.html", crumbs=CR("课程详情"))
    return Page("/peixun/course/10305.html", html, page_type="other", kind="unrelated-course",
                note="健康管理师 course (3980) from the same seller; sidebar lists AI-trainer ads with 包过; not an offer",
                phenomena=["other_occupation_price", "other"])


def english():
    body = """<div class="box" lang="en"><h1 style="font-size:22px">AI Trainer Level 5 Weekend Course (English-taught)</h1>
<p style="color:#999">Provider: Wuhan Chucai Vocational Training School &nbsp; Updated 2026-02-08</p>
<p><b>Course fee: RMB 1,180</b> (training, materials and assessment fee included). Four Saturdays, 9:00-17:00.</p>
<p>This course prepares international students and expatriates for the Level 5 (五级 / entry level) assessment of the
occupation <i>Artificial Intelligence Trainer</i> (人工智能训练师, code 4-04-05-05), work type data annotator.</p>
<h3>Who assesses and issues the certificate?</h3>
<p>The assessment is organised by Hubei Chutian Digital Skills Evaluation Co., Ltd. (湖北楚天数字技能评价有限公司),
an evaluation organisation filed with the Hubei human resources department. Candidates who pass both the theory test
and the practical test receive a vocational skill level certificate from that organisation.</p>
<p>Eligibility: one year of work in annotation or a related field, or a completed apprenticeship. Bring your passport.</p>
<p>We do not guarantee a pass. Contact: +86 27 8761 3350, chucai.intl@example.cn</p></div>"""
    html = layout("AI Trainer Level 5 Weekend Course in Wuhan (English) - 职培汇", body,
                  keywords="AI trainer course Wuhan, data annotator certificate China",
                  description="English-taught AI trainer level 5 course in Wuhan, RMB 1,180.",
                  canonical="/peixun/en/ai-trainer-level5-wuhan.html", crumbs=CR("English"))
    return Page("/peixun/en/ai-trainer-level5-wuhan.html", html, page_type="offer", kind="english-detail",
                note="English honest offer; issuer named in English (a registry alias of HE01) and Chinese; RMB 1,180",
                phenomena=["honest_offer", "english_issuer", "negated_claim", "tracking_params"],
                offer={"issuers": [rec("Hubei Chutian Digital Skills Evaluation Co., Ltd.", "HE01",
                                       alt_names=[name_of("HE01")])],
                       "levels": [5], "fee_cny": fee(1180), "flags": [], "optional_flags": [], "suspicious": False})


def pages():
    return [o7(), o8(), o9(), qa_offer(), qa_noofer(), job(), unrelated(), english()]
