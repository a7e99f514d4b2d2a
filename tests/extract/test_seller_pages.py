"""A page that sells and gives a contact without reading as an offer is kept as a candidate
for its seller's other ads (``OfferFacts.sellers_page``); a warning, another occupation's
course or an offer itself is not."""

from __future__ import annotations

from crawler.extract import extract_facts
from crawler.extract.seller_pages import may_be_sellers_page
from facts.contract import ContactMention

URL = "http://127.0.0.1:8000/xuexiao/index.html"


def page(title: str, body: str, footer: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav><a href='ai.html'>人工智能训练师培训</a> <a href='about.html'>关于我们</a>"
            f"</nav><h1>{title}</h1>{body}<footer>{footer}</footer></body></html>")


def test_a_schools_home_page_that_never_names_the_occupation_waits_for_its_seller() -> None:
    """Its text sells a level's class ("三级班火热报名中") and its footer gives the school's
    phone; it names no occupation, so alone it is no offer, but it is a candidate."""
    facts = extract_facts(page("淮安智训职业技能培训学校", "<p>2026年三级班、四级班火热报名中，"
                               "周末上课，名额有限。</p><p>学费 3380 元，可申领技能提升补贴。</p>",
                               "淮安智训职业技能培训学校 电话：0517-83912245"), URL)
    assert not facts.is_offer
    assert facts.sellers_page
    assert ("phone", "+8651783912245") in {(m.kind, m.value) for m in facts.identifiers}


def test_a_complaint_quoting_the_number_is_no_candidate() -> None:
    facts = extract_facts(page("曝光：交了3380元的三级班骗局，大家别上当",
                               "<p>这家机构说三级班包过，收了学费就拉黑，电话 0517-83912245。</p>"),
                          URL)
    assert not facts.is_offer and not facts.sellers_page


def test_another_occupations_course_is_no_candidate() -> None:
    facts = extract_facts(page("健康管理师三级培训班", "<p>健康管理师三级班火热报名中，学费 2980 元。"
                               "</p><p>咨询电话：0517-83912245</p>"), URL)
    assert not facts.is_offer and not facts.sellers_page


def test_an_offer_is_listed_as_itself_not_as_a_candidate() -> None:
    facts = extract_facts(page("人工智能训练师三级培训班招生", "<p>人工智能训练师三级班火热报名中，"
                               "学费 3380 元。</p><p>报名电话：0517-83912245</p>"), URL)
    assert facts.is_offer and not facts.sellers_page


def test_a_group_notice_is_a_candidate_and_a_complaint_is_not() -> None:
    """A title that announces or asks (【9期群公告】, …靠谱吗？) heads a seller's notice or soft
    ad too; a title that raises the alarm (谨防, 被骗, 曝光) heads a complaint quoting it."""
    body = ("<p>报名表发邮箱 1579362840@qq.com，文件名写“姓名-三级”。</p>"
            "<p>群主微信 zjks_2024，工作时间回复。</p><p>不用问要不要四级，不用。</p>")
    related = "".join(f"<li><a href='n{i}.html'>人工智能训练师{level}群公告</a></li>"
                      for i, level in enumerate(("三级", "四级", "五级")))

    def notice(title: str) -> str:  # (the occupation named only in the related notices)
        return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body><h1>{title}</h1>{body}<h3>相关推荐</h3><ul>{related}</ul></body></html>")

    announced = extract_facts(notice("【9期群公告】"), URL)
    assert not announced.is_offer and announced.sellers_page
    alarm = extract_facts(notice("【群公告】谨防有人冒充群主收费"), URL)
    assert not alarm.is_offer and not alarm.sellers_page
    # (a seller's own notice appending a warning is still the seller's)
    own = extract_facts(notice("9期开班通知，附防骗提醒"), URL)
    assert not own.is_offer and own.sellers_page


def test_a_job_post_that_charges_for_training_is_a_candidate_and_a_plain_job_is_not() -> None:
    """A 招转培 lure (a job post that charges its recruits for training and the certificate)
    sells a course; a plain job post, whatever contact it gives, sells nothing."""
    job = ("<p>岗位职责：图片、文本数据标注。任职要求：高中以上学历，会电脑。</p>"
           "<p>薪资：月薪4000-6000元，五险一金。</p><p>投递简历：hr@dxsb-data.cn</p>")
    plain = extract_facts(page("招聘数据标注员（人工智能训练师方向）", job), URL)
    assert not plain.is_offer and not plain.sellers_page
    lure = extract_facts(page("招聘数据标注员（人工智能训练师方向）",
                              job + "<p>需先交培训费，考取人工智能训练师证后安排上岗。</p>"),
                         URL)
    assert not lure.is_offer and lure.sellers_page


def test_a_job_post_that_charges_tuition_or_applies_for_the_exam_is_a_candidate() -> None:
    """A lure may charge tuition (学费可分期) or arrange the exam for its recruits (公司代报名,
    培训后协助报考) instead of naming a training fee."""
    job = ("<p>岗位职责：图片、文本数据标注。任职要求：高中以上学历，会电脑。</p>"
           "<p>薪资：月薪4000-6000元。</p><p>HR电话：199 8123 6645</p>")
    for lure in ("<p>入职前需参加人工智能训练师岗前培训并考取证书，学费可分期。</p>",
                 "<p>需先考取人工智能训练师证（公司代报名，费用1280元，入职后返还）。</p>",
                 "<p>零经验可培训，培训后协助报考人工智能训练师五级。</p>"):
        facts = extract_facts(page("招聘数据标注员（人工智能训练师方向）", job + lure), URL)
        assert not facts.is_offer and facts.sellers_page, lure



def test_a_question_page_whose_answer_sells_is_a_candidate_and_an_article_is_not() -> None:
    """A page read as a question page (qa_forum) that sells in an answer and gives the
    answerer's contact (askers' and readers' contacts are no identifiers of it) is a
    candidate; a news or warning article quoting the same is not."""
    features = {"strong_sales": 0.69, "occupation_title": 1.0, "question_title": 1.0}
    answer = [ContactMention("email", "gzrz_kf@126.com", "报名咨询,邮箱 gzrz_kf@126.com", "main")]
    title = "人工智能训练师证书在哪个网站可以查?"
    assert may_be_sellers_page("qa_forum", features, answer, title)
    assert not may_be_sellers_page("article", features, answer, title)
