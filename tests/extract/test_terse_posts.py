"""Terse posts: a classifieds line, a two-sentence answer, a video caption, a bio that say no
more than the certificate and a way to reach their writer are offers; short posts that report,
retell, hire, reprint or name another trade's contact are not."""

from __future__ import annotations

import pytest

from crawler.extract.identifiers import find_identifiers
from crawler.extract.invitations import terse_window
from crawler.extract.page import extract_page

URL = "http://127.0.0.1/post/1.html"


def _post(*lines: str, title: str = "帖子") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>{title}</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/list'>分类</a></nav>"
            f"<main><h1>{title}</h1>{body}</main>"
            "<footer>某某信息网 © 2026</footer></body></html>")


@pytest.mark.parametrize("lines", [
    # an answer under a learner's question, its contact spelled out
    ["问：没有工作经验能直接考人工智能训练师三级吗？", "鼎信服务：可以直接报三级，不看年限。",
     "邮箱 dingxin_cert at 163 dot com"],
    # a video's caption and its author's bio
    ["AI训练师证书了解一下 #人工智能训练师 #数据标注", "@北辰技能 · 简介：微信 BeiChen_AI26"],
    # a profile's bio: what it does, its phone and QQ
    ["简介：人工智能训练师报考咨询｜电话15821907436微信同号"],
    # a classifieds post that names its class and a field with its phone
    ["深圳人工智能训练师三级周末班", "联系电话 | 0755-86274310"],
])
def test_a_terse_post_with_its_writers_contact_is_an_offer(lines: list[str]) -> None:
    page = extract_page(_post(*lines, title=lines[0][:20]), URL)
    assert page.is_offer, page.offer_evidence


@pytest.mark.parametrize("lines", [
    # a warning quoting the scammer's number
    ["有人冒充人工智能训练师考评机构，骗子电话 138 1234 5678，大家别信。"],
    # a school's news of a class that ended, under its site's hotline
    ["咨询热线：0571-8821 6600", "我校第五期人工智能训练师培训班顺利结业",
     "7月1日举行结业仪式。"],
    # a job ad for annotators that asks for the certificate
    ["招聘数据标注员，持人工智能训练师证书优先。", "简历投递：hr@biaozhu-data.cn"],
    # a guide reprinted on a door maker's site, under the door maker's own hotline
    ["人工智能训练师报考全攻略", "本文转载自网络。", "报考需满足国家职业标准规定的工作年限。",
     "鑫远门业 热销产品：钢质防盗门 电话：0757-2238 5512"],
    # another occupation's class that names the AI trainer only to compare
    ["健康管理师三级精品班，比人工智能训练师好考", "报名电话：182-5401-7736"],
    # a platform's search results over its own service line
    ["搜索：AI训练师", "客服热线 400-185-9966 · 官方交流QQ群：582660117"],
    # a public body's own line
    ["人工智能训练师认定政策咨询：市人社局 0571-12333"],
])
def test_short_posts_that_report_retell_hire_or_belong_to_others_sell_nothing(
        lines: list[str]) -> None:
    assert terse_window(lines) == []


def test_a_commenters_contact_under_a_short_post_is_not_its_writers() -> None:
    lines = ["人工智能训练师四级到底有没有用", "评论（1）", "小鱼：四级三级都能办，微信 xiaoyu_0923"]
    assert terse_window(lines, others={2}) == []
    assert terse_window(lines) != []  # (the same line read as the writer's would sell)


def test_a_long_page_is_no_terse_post() -> None:
    lines = [f"第{i}段：人工智能训练师的发展前景与就业方向分析。" for i in range(14)]
    assert terse_window([*lines, "联系电话 0755-86274310"]) == []


def test_a_sellers_repost_and_the_parasite_hosts_own_line() -> None:
    repost = ["转载自公众号：华职认证服务 ｜ 阅读 2.3万", "人工智能训练师各等级免考办理，官网可查，加急三天。",
              "微信 kz_vip666"]
    assert terse_window(repost)  # a seller's own account reposted is still the seller's
    # so is one an aggregator says it reposted from a WeChat account, not from the web
    wechat = ["人工智能训练师四级周末班开课，含教材和考务费。", "课程顾问：151 2207 9943",
              "本文转载自微信公众号，如有侵权请联系删除。"]
    assert terse_window(wechat)
    assert terse_window([*wechat[:2], "本文转载自网络，如有侵权请联系删除。"]) == []
    guide = ["2026年人工智能训练师报考指南", "人工智能训练师分五级，广东基础补贴五级1000元。",
             "华鑫门业 —— 防盗门 · 室内门 · 服务热线：020-3721 6650"]
    assert terse_window(guide, host="华鑫门业") == []
    assert terse_window(guide) != []  # (the same line on a site not named so would sell)


def test_a_caption_whose_title_alone_names_the_occupation() -> None:
    lines = ["@中科智培 报名电话 186 2143 0579，学员群 735 190 284", "三证同发 国家认可 官方认证"]
    assert terse_window(lines) == []
    assert terse_window(lines, title="人工智能训练师三证同发 国家认可")


def test_a_threads_own_post_that_sends_readers_to_its_study_group_sells() -> None:
    thread = ["人工智能训练师备考群，资料免费领", "楼主：AI直通车小助手",
              "AI训练师考证直通车，题库+视频课+模考全套，考试通过率98%。",
              "备考交流QQ群：735126908，客服微信 aixunlian_kf。", "匿名：群里是卖课的吧"]
    assert terse_window(thread, others={4})
    # an answer that gives its enrolment number and its learners' group, written apart
    answer = ["太仓哪里有人工智能训练师培训？", "答主 启衡教育：", "城厢镇有班，周末上课，四级为主。",
              "报名电话 139 1357 2046，学员交流 QQ群：602813974。"]
    assert terse_window(answer, others={0}, title=answer[0])


def test_a_short_note_names_the_occupation_once_and_its_contact_at_the_end() -> None:
    note = ["姐妹们，这个证能落户还能抵个税", "@楚才老师 · 笔记", "人工智能训练师，国家职业资格证书，全国通用。",
            "交费包过，拿到证书就能升职加薪。", "转账请备注姓名。", "温馨提示：名额紧张。", "联系方式",
            "企鹅 1593572468"]
    assert terse_window(note)
    # a seller showing the exam room is still the seller
    assert terse_window(["四级人工智能训练师实操考什么", "带你看考场实拍，报名电话 13601785522"])


def test_an_exam_venues_number_in_a_learners_story_is_no_sellers() -> None:
    story = ["上海考AI训练师四级经验贴", "自己在评价机构官网报的名。",
             "考点是浦东新区职业技能鉴定所，电话021-58631470，考前可以打电话问。"]
    assert terse_window(story) == []
    # (the seller's own address after the venue is named is still the seller's)
    found = find_identifiers(["考点在本地鉴定站，报名材料请发送至 zhitu_edu(at)163.com。"])
    assert [(m.kind, m.value) for m in found] == [("email", "zhitu_edu@163.com")]


def test_a_sites_home_page_is_no_terse_post() -> None:
    home = _post("天津滨城数字技能评价有限公司", "备案职业：人工智能训练师（4-04-05-05）二级至五级；",
                 "联系我们", "认定服务部：022-6632 7108 邮箱：pj@bcszjn.com.cn", title="天津滨城数字技能评价")
    assert not extract_page(home, "http://127.0.0.1/bcpj/index.html").is_offer
    assert extract_page(home, "http://127.0.0.1/bcpj/notice/7.html").is_offer  # (a post would sell)


def test_a_caption_whose_contact_is_a_call_link_is_an_offer() -> None:
    """A video page's caption names the occupation; its only contact is a tap-to-call link
    (一键拨号：<a href="tel:…">), a line made of its link."""
    html = ("<html><head><title>人工智能训练师 补贴班</title></head><body><main>"
            "<h1>人工智能训练师 补贴班 #考证 #沈阳</h1><p>@辽沈技培小周</p>"
            "<p>一键拨号：<a href='tel:13898812406'>13898812406</a></p></main>"
            "<footer>某某短视频 © 2026</footer></body></html>")
    assert extract_page(html, "http://127.0.0.1/v/7301.html").is_offer
    assert terse_window(["人工智能训练师 补贴班", "@辽沈技培小周"],
                        links=[("tel:13898812406", "13898812406")])
    assert not terse_window(["人工智能训练师 补贴班", "@辽沈技培小周"],
                            links=[("/v/7302.html", "下一个视频")])


def test_a_priced_caption_beside_related_videos_is_one_post() -> None:
    """A caption with its price, above a video page's related videos and links that name
    the occupation, is one post that sells, not a list of them."""
    def block(head: str, titles: list[str]) -> str:
        items = "".join(f"<li><a href='/v/{70 + n}.html'>{t}</a></li>" for n, t in enumerate(titles))
        return f"<h3>{head}</h3><ul>{items}</ul>"
    html = ("<html><head><title>原价6980限时98！人工智能训练师证轻松拿</title></head><body><main>"
            "<h1>原价6980限时98！人工智能训练师证轻松拿</h1><p>@智证学堂周老师</p>"
            "<p>视频文案：零基础也能拿证，不用上课！➕V：zzxt_zhou01</p>"
            + block("相关视频", ["AI训练师月入多少", "数据标注做什么"])
            + block("相关链接", ["陈老师：人工智能训练师考不考得过", "人工智能训练师题库刷题",
                                "周姐：数据标注员上班实录", "人工智能训练师速成 原价8999限时89"])
            + "</main><footer>某某短视频 © 2026</footer></body></html>")
    assert extract_page(html, "http://127.0.0.1/video/v77.html").is_offer


def test_a_classifieds_post_laid_out_in_fields_is_terse() -> None:
    """A classifieds post's field labels stand on lines of their own (类别 / 区域 / 联系人 /
    电话 / QQ): they are no lines of its writer's, and the post is still a short one."""
    fields = ["类别", "教育培训-职业技能", "区域", "潍坊-奎文", "联系人", "钱老师", "电话", "139 5367 2041",
              "QQ", "2749103385"]
    post = ["潍坊 人工智能训练师 四级 报名", *fields, "潍坊AI训练师考证，线上理论，线下实操，可开发票。",
            "单位批量报名有优惠。"]
    assert terse_window(post)
    assert not terse_window([*post, *(f"第{n}条说明：本站信息由用户发布。" for n in range(5))])


def test_one_job_word_is_no_job_post_and_two_certificates_sold_together_are_both_sold() -> None:
    # a lure's headline salary, a seller asking for the CV to check the requirements
    assert terse_window(["从月薪三千到接单过万", "人工智能训练师证书限时99元", "小助手微信 WeiLai_ZX66"])
    assert terse_window(["人工智能训练师报考攻略", "简历发至 lhzj_nj@163.com，老师帮你看报考条件"])
    assert not terse_window(["招聘数据标注员，月薪6000", "人工智能训练师证书优先，简历发至 hr@bz-data.cn"])
    # the AI trainer listed first with another sold beside it; a comparison sells neither
    assert terse_window(["承接人工智能训练师、生成式人工智能系统应用员等证书报考", "热线 400-086-3319"])
    assert not terse_window(["人工智能训练师和生成式人工智能系统应用员有啥区别", "懂的说说，我v：xiaoyu_9527"])


def test_a_caption_naming_the_work_and_its_certificate_is_terse() -> None:
    """在家做AI数据标注 … 先考证再上岗 names the occupation by its work type and a certificate."""
    assert terse_window(["在家做AI数据标注，一单一结，先考证再上岗", "@标注优聘 V：bzyp_hr01"])
    assert not terse_window(["在家做AI数据标注，一单一结", "@标注优聘 V：bzyp_hr01"])  # (a job)
    # a school's about page: its lab named in one line, its assessments in another
    assert not terse_window(["咨询热线：0571-8821 6600", "学校拥有数据标注实训室2间。",
                             "学校与备案评价机构合作开展职业技能等级认定。"])


def test_a_job_post_that_enrols_learners_sells_its_course() -> None:
    # a job board's post that hires a lecturer and enrols a class at once (招转培, §3.3)
    lure = _post("宁数教育招兼职讲师；同时招募人工智能训练师春季批次学员。",
                 "简历与报名请发 nsedu_li@qq.com，或电话 13957710426。",
                 title="招聘：人工智能训练师讲师（兼职）/ 学员招募")
    assert extract_page(lure, "http://127.0.0.1/jobs/job-1020.html").is_offer
    # a post that asks the applicant to enrol in its paid training first
    first = _post("长期合作企业，证书挂靠年入2万。无证者可报名我司培训，三级包拿证。",
                  "电话：0574-88213407", title="高薪收人工智能训练师证书 挂靠")
    assert extract_page(first, "http://127.0.0.1/jobs/job-1021.html").is_offer
    # a job ad that only hires, its HR contact under it, sells nothing
    hires = _post("岗位职责：负责数据标注质检。任职要求：有人工智能训练师证书优先。",
                  "简历投递：hr@nbdata.cn，电话 0574-88213408", title="招聘：数据标注组长")
    assert not extract_page(hires, "http://127.0.0.1/jobs/job-1022.html").is_offer


def test_a_caption_under_a_title_naming_the_certificates_shorthand_sells_it() -> None:
    """A video titled with the certificate's shorthand (不用考试也能拿AI证？) whose caption
    sells a certificate (免培训直接拿证) and gives its writer's contact is a terse post about
    that certificate; a caption about something else under the same title is not."""
    title = "不用考试也能拿AI证？"
    assert terse_window(["@小陈说职场", "免培训直接拿证，挂靠年入几万。", "V信 kz_chen2026 扣2047761938"],
                        title=title)
    assert not terse_window(["@小陈说职场", "周末去爬山，风景不错。", "V信 kz_chen2026 扣2047761938"],
                            title=title)


def test_a_caption_titled_with_the_shorthand_that_promises_a_pass_sells_the_certificate() -> None:
    """What only a certificate seller promises (包过, 免考, 三证同出: docs/domain.md §3.3)
    says that the AI证 of the title is a certificate sold."""
    title = "别再傻傻考试了！这个AI证7天就能拿"
    for promise in ("速成、包过，名额有限。", "免考直接下，三证同出。"):
        assert terse_window([promise, "报名请联系：18651820937（微信同号）"], title=title), promise
    assert not terse_window(["7天学会剪辑，名额有限。", "报名请联系：18651820937（微信同号）"],
                            title="别再傻傻上班了！这个AI副业7天就能学会")


def test_the_annotator_is_the_occupations_worker_named_with_its_certificate() -> None:
    """标注员 is the occupation's worker (its work type, docs/domain.md §1.1): a school's
    class story "从标注员到训练师 … 参加认定" with its enrolment group is about it."""
    story = _post("第12期38名学员完成60课时培训，参加第13批次认定。",
                  "下期报名：QQ群：738-215-460，或发邮件至 rongshu_edu@163.com",
                  title="从标注员到训练师：第12期学员结业")
    assert extract_page(story, "http://127.0.0.1/wx/a3.html").is_offer
    assert not extract_page(_post("第12期38名学员完成60课时培训。",
                                  "下期报名：QQ群：738-215-460",
                                  title="从厨师到面点师：第12期学员结业"),
                            "http://127.0.0.1/wx/a4.html").is_offer


def test_the_ads_it_is_high_time_is_no_story_told() -> None:
    """正当时 (now is the time) is an ad's word; a story's 当时 (back then) still tells."""
    post = ["持证挂靠，每年多赚2万", "来源公众号：证优选职业资格",
            "人工智能训练师证书挂靠正当时，包过班不过全退。", "学员群：687203115 报名电话：13395526071"]
    assert terse_window(post, path="/wx/a/20260320-zyx.html")
    told = [*post[:2], "人工智能训练师证书当时说包过，不过全退。", post[3]]
    assert not terse_window(told, path="/wx/a/20260320-zyx.html")
