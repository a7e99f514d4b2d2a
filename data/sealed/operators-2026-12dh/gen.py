#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师, 4-04-05-05) certificate
sellers, and truth.json. Standard library only, deterministic: no randomness, no clock."""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    p17 = prefix8 + body8 + org_check(body8)
    s = sum(ALPH.index(c) * w for c, w in zip(p17, WEIGHTS))
    r = 31 - s % 31
    return p17 + ALPH[0 if r == 31 else r]


USCC_U01 = uscc("91330106", "MA2H7K3Q")   # 杭州华智职业技能培训有限公司
USCC_U03 = uscc("91440106", "MA5CK7P2")   # 广州粤才教育科技有限公司
USCC_U08 = uscc("91320106", "MA1XN4R8")   # 南京智云教育科技有限公司
USCC_I05 = uscc("12320400", "46601238")   # 江南信息职业技术学院 (事业单位)
USCC_U04 = uscc("91410105", "MA9G2LK6")   # 郑州学证通信息咨询有限公司

# ---------------------------------------------------------------- sites
SITES = {
    "hzzx": dict(name="华智职培", full="杭州华智职业技能培训有限公司", domain="hzzxpx.com",
                 style="training-company site",
                 menu=["首页", "课程中心", "职业技能等级认定", "补贴政策", "证书查询", "联系我们"],
                 side="<h4>报名咨询</h4><p>招生热线:0571-87956632</p><p>招生老师:137 5821 3406</p>"
                      "<p>地址:杭州市拱墅区莫干山路 1418 号 3 楼</p>",
                 foot="<p>杭州华智职业技能培训有限公司 版权所有 | 统一社会信用代码:" + USCC_U01 +
                      "</p><p>招生热线:0571-87956632 | 邮箱:zs@hzzxpx.com | 网址:www.hzzxpx.com</p>"
                      "<p>浙ICP备2021034417号-1</p>"),
    "xueba": dict(name="学吧课堂", full="学吧课堂 职业技能在线学习平台", domain="xuebaketang.com",
                  style="course marketplace",
                  menu=["首页", "IT互联网", "职业考证", "AI人工智能", "学历提升", "机构入驻"],
                  side="<h4>平台保障</h4><p>7天无理由退款</p><p>活动编号:3021558806 双12考证季满300减50</p>",
                  foot="<p>学吧课堂 xuebaketang.com | 客服热线:400-668-0123(9:00-21:00)</p>"
                       "<p>客服邮箱:kefu@xuebaketang.com | 京ICP备19023371号-2 | 京公网安备11010802033612号</p>"),
    "bbs": dict(name="职考论坛", full="职考论坛 - 考证人的交流社区", domain="kaozhengbbs.net",
                style="forum",
                menu=["论坛首页", "职业技能", "AI考证", "避坑曝光", "资料下载", "版规"],
                side="<h4>论坛公告</h4><p>严禁发布包过、代考广告,违者封号。</p><p>论坛交流QQ群:563318820</p>",
                foot="<p>Powered by Discuz! X3.4 | 职考论坛 kaozhengbbs.net</p>"
                     "<p>版主邮箱:admin@kaozhengbbs.net | 蜀ICP备17045521号</p>"),
    "fenlei": dict(name="同城快帮", full="同城快帮分类信息网", domain="kuaibang58.com",
                   style="classifieds",
                   menu=["首页", "招聘", "二手", "教育培训", "本地服务", "免费发布"],
                   side="<h4>温馨提示</h4><p>凡是要求先交钱的,请提高警惕!</p><p>快帮客服:0755-26611888</p>",
                   foot="<p>同城快帮 kuaibang58.com 版权所有 | 客服电话:0755-26611888</p>"
                        "<p>粤ICP备18076543号-1 | 信息由用户发布,本站不对其真实性负责</p>"),
    "wenda": dict(name="问答派", full="问答派 - 有问题,就有答案", domain="wendapai.com",
                  style="Q&A",
                  menu=["首页", "发现", "职场", "教育", "科技", "提问"],
                  side="<h4>相关话题</h4><p>#人工智能训练师 #考证 #数据标注</p>",
                  foot="<p>问答派 wendapai.com | 联系我们:help@wendapai.com | 京ICP备20011862号</p>"),
    "wx": dict(name="微文集", full="微文集 - 公众号好文转载", domain="weiwenji.cn",
               style="WeChat-article reposts",
               menu=["首页", "职场", "教育", "科技", "生活", "投稿"],
               side="<h4>热门文章</h4><p>本站文章转载自微信公众号,版权归原作者所有。</p>",
               foot="<p>微文集 weiwenji.cn | 侵权删除请联系:tougao@weiwenji.cn | 沪ICP备16033907号</p>"),
    "video": dict(name="快刷视频", full="快刷视频 网页版", domain="kuaishua.tv",
                  style="short-video pages",
                  menu=["推荐", "关注", "直播", "知识", "职场", "搜索"],
                  side="<h4>相关推荐</h4><p>#人工智能训练师 #AI副业 #考证</p>",
                  foot="<p>快刷视频 kuaishua.tv | 违法和不良信息举报:400-910-8866 | 京ICP备21005518号</p>"),
    "news": dict(name="钱塘晚报网", full="钱塘晚报网", domain="qtwb.com.cn",
                 style="news",
                 menu=["首页", "杭州", "民生", "教育", "财经", "热线"],
                 side="<h4>新闻热线</h4><p>0571-85109999</p><p>有线索?欢迎报料</p>",
                 foot="<p>钱塘晚报网 qtwb.com.cn | 新闻热线:0571-85109999 | 浙ICP备05027716号</p>"),
    "rsj": dict(name="临江市人力资源和社会保障局", full="临江市人力资源和社会保障局", domain="rsj.linjiang.gov.cn",
                style="人社局 notice site",
                menu=["首页", "政务公开", "通知公告", "政策文件", "办事服务", "互动交流"],
                side="<h4>便民服务</h4><p>人社服务热线:12333</p><p>证书查询:zscx.osta.org.cn</p>",
                foot="<p>主办:临江市人力资源和社会保障局 | 人社服务热线:12333</p>"
                     "<p>网站标识码 3301000012 | 浙ICP备05001234号</p>"),
    "college": dict(name="江南信息职业技术学院", full="江南信息职业技术学院 继续教育学院", domain="jnxxy.edu.cn",
                    style="college",
                    menu=["学院首页", "学院概况", "继续教育", "社会培训", "职业技能等级认定", "联系我们"],
                    side="<h4>继续教育学院</h4><p>培训科:0519-86339021</p><p>邮箱:jxjy@jnxxy.edu.cn</p>",
                    foot="<p>江南信息职业技术学院 | 学院总机:0519-86339000 | 地址:常州市武进区滆湖中路 18 号</p>"
                         "<p>苏ICP备05001862号 | 统一社会信用代码:" + USCC_I05 + "</p>"),
    "shop": dict(name="优品集市", full="优品集市 - 放心购物", domain="youpinjishi.com",
                 style="shop",
                 menu=["首页", "虚拟商品", "教育培训", "图书", "店铺街", "我的订单"],
                 side="<h4>购物保障</h4><p>担保交易,确认收货后放款</p><p>支付宝客服:95188</p>",
                 foot="<p>优品集市 youpinjishi.com | 平台客服:kefu@youpinjishi.com | 消费维权:12315</p>"
                      "<p>售后示例订单号:15821107736(请以“我的订单”为准) | 浙ICP备19044201号</p>"),
}
SITE_ORDER = ["hzzx", "xueba", "bbs", "fenlei", "wenda", "wx", "video", "news", "rsj", "college", "shop"]

PAGES = []  # dicts


def page(site, fname, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=fname, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))


def comments(*items):
    out = "<div class='comments'><h3>评论</h3><ul>"
    for who, txt in items:
        out += f"<li><b>{who}</b>:{txt}</li>"
    return out + "</ul></div>"


# ================================================================= hzzx (U01 own site)
page("hzzx", "ai-trainer.html", "人工智能训练师(五级/四级)职业技能等级认定培训招生简章",
     """<h1>2026年人工智能训练师(五级/四级)职业技能等级认定培训招生简章</h1>
<p>发布:华智职培教务处 2026-03-02</p>
<p>人工智能训练师(职业编码 4-04-05-05)是人社部、市场监管总局、国家统计局 2020 年联合发布的新职业,
含数据标注员、人工智能算法测试员两个工种。本中心按《人工智能训练师国家职业技能标准(2021年版)》组织培训,
考核由经人社部门备案的评价机构实施,考核合格颁发<b>职业技能等级证书</b>(非国家职业资格证书)。</p>
<h2>一、报考条件</h2>
<p>五级:累计从事本职业或相关职业工作满 1 年,或本职业学徒期满;四级:取得五级证书后从事本职业 4 年等(以评价机构审核为准)。</p>
<h2>二、培训安排</h2><p>五级 60 课时,四级 50 课时;周末班,理论+实操(数据采集、数据标注、智能系统运维)。理论、实操均百分制,60 分合格。</p>
<h2>三、费用与补贴</h2><p>五级培训费 1680 元,四级 1980 元(含教材,不含认定费)。符合条件的参保职工可按规定申领技能提升补贴(五级最高 1000 元、四级最高 1500 元),
具体以当地人社部门审核为准,本中心不承诺补贴金额。</p>
<h2>四、证书查询</h2><p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<h2>五、报名方式</h2><p>招生热线:0571-87956632 &nbsp; 招生老师:137 5821 3406(王老师)</p>
<p>微信咨询:hzzx_ai2025 &nbsp; 报名邮箱:zs@hzzxpx.com</p>
<p>政策咨询也可拨打人社服务热线 12333。</p>""",
     True, "U01", "华智职培",
     [("phone", "+8613758213406", "137 5821 3406"), ("phone", "057187956632", "0571-87956632"),
      ("wechat", "hzzx_ai2025", "hzzx_ai2025"), ("email", "zs@hzzxpx.com", "zs@hzzxpx.com"),
      ("domain", "hzzxpx.com", "www.hzzxpx.com"), ("uscc", USCC_U01, USCC_U01),
      ("other", "浙ICP备2021034417号", "浙ICP备2021034417号-1")],
     "U01 training company's own enrolment brochure, honest wording")

page("hzzx", "level3.html", "人工智能训练师三级(高级工)周末班 第3期开班通知",
     """<h1>人工智能训练师三级(高级工)周末班 第3期开班通知</h1>
<p>本期面向已取得四级证书并满足年限要求的学员(或相关专业大专及以上+四级证书+2年工作经历)。</p>
<p>课程:业务分析、智能训练、智能系统设计、培训与指导,共 40 课时;培训费 2380 元。</p>
<p>本期对应认定批次号:13620250618,考点:杭州市技能人才评价考点(拱墅)实训楼,考点前台 0571-86921100(仅限考务咨询)。</p>
<p>证书样本编号示意:S000133010000125300126(以实际发证为准)。</p>
<p>技能提升补贴:三级最高 2000 元,参保满 1 年的职工可申请。</p>
<p>报名电话:(0571)8795 6632 / 137-5821-3406</p>""",
     True, "U01", "华智职培",
     [("phone", "057187956632", "(0571)8795 6632"), ("phone", "+8613758213406", "137-5821-3406"),
      ("phone", "057187956632", "0571-87956632"), ("email", "zs@hzzxpx.com", "zs@hzzxpx.com"),
      ("domain", "hzzxpx.com", "www.hzzxpx.com"), ("uscc", USCC_U01, USCC_U01),
      ("other", "浙ICP备2021034417号", "浙ICP备2021034417号-1")],
     "U01 level-3 class notice on own site")

# ================================================================= xueba (marketplace)
def course(title, org, price, orig, intro, contact, coms):
    return (f"<h1>{title}</h1><div class='meta'>机构:<a href='#'>{org}</a> | 价格:<b>¥{price}</b> "
            f"<s>¥{orig}</s> | 已报名 1,2xx 人 | 评分 4.8</div>"
            f"<h2>课程介绍</h2>{intro}<h2>咨询方式</h2>{contact}" + comments(*coms))


page("xueba", "course-10231.html", "人工智能训练师四级 理论+实操 直播班 | 华智AI学院",
     course("人工智能训练师四级 理论+实操 直播班(含认定报名指导)", "华智AI学院", "1980", "2680",
            "<p>对标国家职业技能标准(2021年版),数据采集和处理、数据标注、智能系统运维四大模块,直播+回放共 50 课时。</p>"
            "<p>课程结束后协助学员向备案评价机构报名认定,证书为职业技能等级证书,可在 jndj.osta.org.cn 查询。</p>",
            "<p>课程详情页图片文字:杭州线下班请咨询 0571 8795 6632</p>",
            [("学员小林", "老师讲得很细,数据标注实操有用。"), ("匿名用户", "认定要单独交费吗?"),
             ("华智AI学院(机构)", "认定费按评价机构标准另收,详询课程页电话。")]),
     True, "U01", "华智AI学院",
     [("phone", "057187956632", "0571 8795 6632")],
     "U01 course listing on marketplace under a different brand")

page("xueba", "course-10877.html", "广东人工智能训练师三级 补贴班 | 粤才教育",
     course("【广州/深圳】人工智能训练师三级(高级工)补贴班", "粤才教育", "2680", "3280",
            "<p>广东基础补贴:五级 1000 元、四级 1500 元、三级 2000 元,列入紧缺目录的可上浮 30%,以人社部门审核为准。</p>"
            "<p>报考三级需持四级证书并满足年限,报名前请先做资格预审。</p>",
            "<p>全国咨询热线 400-839-1726 | 报名资料发送至 yuecai_edu@163.com</p>",
            [("lily", "求三级资料,我v lily_8823,谢谢"), ("深圳阿强", "补贴真的能申请下来,去年拿了。")]),
     True, "U03", "粤才教育",
     [("phone", "4008391726", "400-839-1726"), ("email", "yuecai_edu@163.com", "yuecai_edu@163.com")],
     "U03 Guangdong subsidy course on marketplace")

page("xueba", "course-11402.html", "0基础学AI 人工智能训练师+AIGC双证速成 | AI小白学堂",
     course("0基础学AI!人工智能训练师+AIGC双证速成班 原价9999限时99", "AI小白学堂", "99", "9999",
            "<p>90%小白都能学会!7天速成,考完即可拿双证,拿到证书便可升职加薪。</p>"
            "<p>学完加入副业接单群,数据标注一单 0.3 元起。官网 aixb-edu.cn</p>",
            "<p>售后QQ:1847736255</p>",
            [("用户8812", "99块买的,后面让交3980考证费,小心。有人说 17150236688 这个号打来催缴,是骗子吗?"),
             ("AI小白学堂", "亲,考证费自愿,课程不强制哦~")]),
     True, "U06", "AI小白学堂",
     [("qq", "1847736255", "1847736255"), ("domain", "aixb-edu.cn", "aixb-edu.cn")],
     "U06 low-price hook course with upsell, scam phrasings (速成, 原价9999限时99)")

page("xueba", "course-11590.html", "AI数据标注实战+人工智能训练师证书 | 智云课堂",
     course("AI数据标注实战营(结业可报考 人社部颁发 生成式人工智能应用证书)", "智云课堂", "1280", "1980",
            "<p>40 课时线上课,结业考试 90 分钟,满分 100 分 60 分合格,每月一考。</p>"
            "<p>证书由人力资源和社会保障部社会保障能力建设中心颁发,人社部颁发,全国通用。</p>",
            "<p>机构官网 zhiyunketang.com;发票及合作:service@zhiyunketang.com</p>",
            [("小新", "这个和人工智能训练师职业技能等级证书是一回事吗?"), ("智云课堂", "不同证书,可以都考。")]),
     True, "U08", "智云课堂",
     [("domain", "zhiyunketang.com", "zhiyunketang.com"), ("email", "service@zhiyunketang.com", "service@zhiyunketang.com")],
     "U08 course selling a ministry-attached-centre certificate as 人社部颁发 (misleading)")

page("xueba", "course-12016.html", "人工智能训练师五级 理论题库精讲 | 数标学院",
     course("人工智能训练师五级 理论知识精讲+题库(自学版)", "数标学院", "199", "299",
            "<p>仅提供理论学习与练习题,不含认定报名,不承诺通过。认定请自行向备案评价机构报名,可在 pjjg.osta.org.cn 查询机构。</p>",
            "<p>学习答疑微信:sbxy_kf(工作日回复)</p>",
            [("阿May", "良心课,讲清楚了证书是职业技能等级证书。")]),
     True, "I01", "数标学院",
     [("wechat", "sbxy_kf", "sbxy_kf")],
     "I01 honest self-study theory course, independent")

# ================================================================= bbs (forum)
def thread(title, floors):
    out = f"<h1>{title}</h1><table class='posts'>"
    for i, (who, txt) in enumerate(floors, 1):
        out += f"<tr><td class='author'>{who}</td><td><span class='floor'>{i}#</span> {txt}</td></tr>"
    return out + "</table>"


page("bbs", "thread-88213.html", "【官网可查】人工智能训练师一级/二级 免考直出,三证合一",
     thread("【官网可查】人工智能训练师一级/二级 免考直出,三证合一", [
         ("技能人才认证服务中心", "人社部颁发国家职业资格证书,零基础不限学历不限经验,一级二级三级三证合一一次拿下,"
          "免培训包通过,官网可查:zgjnrc-cx.com 输入身份证号即可查询。名额有限,加微信 cert_kefu88 "),
         ("路人甲", "一级高级技师零基础就能拿?"),
         ("技能人才认证服务中心", "内部渠道,放心。"),
         ("qq475120963", "求带,我qq 475120963"),
         ("版主", "已警告:疑似违规广告,请勿私下转账。证书请在 zscx.osta.org.cn 查询。")]),
     True, "U04", "技能人才认证服务中心",
     [("wechat", "cert_kefu88", "cert_kefu88"), ("domain", "zgjnrc-cx.com", "zgjnrc-cx.com")],
     "U04 scam post: levels 1-3 to beginners, 免考, fake query domain")

page("bbs", "thread-88540.html", "人工智能训练师证书挂靠年入3万+,1+X证书同步办理",
     thread("人工智能训练师证书挂靠年入3万+,1+X人工智能证书同步办理", [
         ("金牌考证", "考下人工智能训练师,挂靠企业一年轻松 3 万+!1+X 人工智能数据处理证书 2026 年照常可报,"
          "交费包过,不过全额退。咨询 QQ:2209648813,交流群 815522037"),
         ("qq475120963", "真的能挂靠?我qq 475120963 私聊"),
         ("老司机", "AI训练师哪有挂靠需求,别信。")]),
     True, "U07", "金牌考证",
     [("qq", "2209648813", "2209648813"), ("qq_group", "815522037", "815522037")],
     "U07 forum ad promising 挂靠 income and 1+X after 2025")

page("bbs", "thread-89002.html", "杭州,人工智能训练师四级一对一辅导,实操为主",
     thread("杭州,人工智能训练师四级一对一辅导,实操为主(个人)", [
         ("老周AI", "本人在某大厂做数据标注质检 5 年,已取得三级证书,周末可一对一辅导四级实操,200 元/次,"
          "不代报名、不保过。考点前台电话 0571-86921100 可自己问考务安排。联系微信 zhou_ai_tutor,"
          "报名登记表:jinshuju.net/f/Zq81Lm"),
         ("小王", "支持,比机构实在。")]),
     True, "I02", "老周AI",
     [("wechat", "zhou_ai_tutor", "zhou_ai_tutor")],
     "I02 individual tutor, honest")

page("bbs", "thread-89115.html", "【避坑】交了4800说包过人工智能训练师二级,现在人联系不上",
     thread("【避坑】交了4800说包过人工智能训练师二级,现在人联系不上", [
         ("受害者小陈", "去年在网上看到广告,说零基础包过二级技师,人社部颁发。交了 4800 给对方,"
          "对方电话 17150236688,微信 renshe_zhengshu,现在都拉黑了。"),
         ("热心网友", "二级要三级证书加年限,零基础包过肯定是骗局。打 12315 投诉,也可以报警。"),
         ("版主", "证书真伪以 zscx.osta.org.cn 为准,政策咨询 12333。")]),
     False, None, None, [], "complaint thread quoting scammer contacts")

# ================================================================= fenlei (classifieds)
def ad(title, area, desc, who, tel):
    return (f"<h1>{title}</h1><div class='meta'>区域:{area} | 类别:教育培训-职业技能 | 发布:2026-03-0x | 浏览 3xx 次</div>"
            f"<div class='desc'>{desc}</div><div class='contact'><p>联系人:{who}</p><p>{tel}</p></div>")


page("fenlei", "edu-55021.html", "人工智能训练师一级高级技师 零基础包过 国家职业资格证书",
     ad("人工智能训练师一级(高级技师)零基础包过 国家职业资格证书", "北京-海淀",
        "<p>国职认证服务中心常年办理:人社部颁发,国家职业资格证书,全国通用,入库可查。</p>"
        "<p>不限学历、不限经验、无门槛,最快 15 天出证,一次通过三个等级更优惠。</p>",
        "张老师", "电话:186 1290 7735 微信:zkzp_laoshi"),
     True, "U02", "国职认证服务中心",
     [("phone", "+8618612907735", "186 1290 7735"), ("wechat", "zkzp_laoshi", "zkzp_laoshi")],
     "U02 scam classified: level 1 to beginners, 国家职业资格证书, 人社部颁发")

page("fenlei", "edu-55188.html", "广州 人工智能训练师五级四级 周末班 可申领补贴",
     ad("广州天河 人工智能训练师五级/四级 周末班 可申领补贴", "广州-天河",
        "<p>粤才AI训练营,五级 60 课时,四级 50 课时,理论+实操。参保满一年可申请技能提升补贴,以人社审核为准。</p>"
        "<p>在线报名:jinshuju.net/f/Yc20Ai</p>",
        "李老师", "电话:020-38841259 / 4008 391 726"),
     True, "U03", "粤才AI训练营",
     [("phone", "02038841259", "020-38841259"), ("phone", "4008391726", "4008 391 726")],
     "U03 classified, honest wording")

page("fenlei", "edu-55340.html", "成都 人工智能训练师三级 工信部认证 直接对应职称 落户加分",
     ad("成都 人工智能训练师三级 工信部认证 直接对应职称 落户加分", "成都-高新",
        "<p>蓉智教育:人工智能三级考试由国家工信部职业技能鉴定中心主办,职业技能等级证书直接对应职称证书,"
        "三级+2年=人工智能助理工程师。成都居住证积分四级加 20 分、三级加 30 分。</p><p>证书样本:S000133010000125300126</p>",
        "蓉智教务", "电话:189 8006 2457 座机:028-8665 1204"),
     True, "U05", "蓉智教育",
     [("phone", "+8618980062457", "189 8006 2457"), ("phone", "02886651204", "028-8665 1204")],
     "U05 misleading 工信部/职称 claims")

page("fenlei", "edu-55412.html", "北京 人工智能训练师二级代报名 补贴后几乎免费",
     ad("北京 人工智能训练师二级/三级代报名 补贴后几乎免费 名额紧张", "北京-朝阳",
        "<p>京才职训代报名,技师(二级)可申请国家补贴,补贴后几乎免费!无需工作经验,材料我们帮你准备。</p>"
        "<p>本期认定批次号:13620250618,考完 30 天出证。</p>",
        "陈老师", "手机:13520846731 固话:010-62958874"),
     True, "U09", "京才职训",
     [("phone", "+8613520846731", "13520846731"), ("phone", "01062958874", "010-62958874")],
     "U09 classified: wrong subsidy claim for level 2, 代报名 without experience")

page("fenlei", "edu-55637.html", "南京 数据标注员/人工智能训练师 线上课+证书",
     ad("南京 数据标注员(人工智能训练师)线上课+证书 可开发票", "南京-建邺",
        "<p>南京智云教育科技有限公司,统一社会信用代码 " + USCC_U08 + "。线上学习 40 课时,结业颁发证书,企业团报有优惠。</p>",
        "周老师", "电话:151-0517-9943"),
     True, "U08", "南京智云教育科技有限公司",
     [("phone", "+8615105179943", "151-0517-9943"), ("uscc", USCC_U08, USCC_U08)],
     "U08 classified with company name and USCC")

page("fenlei", "edu-55790.html", "AIGC研习社 AI训练师零基础 宝妈在家也能学",
     ad("AI训练师零基础入门 宝妈在家也能学 学完接单", "全国-线上",
        "<p>AIGC研习社,零基础可学,学完推荐数据标注兼职。报名送 AI 绘画课。</p>",
        "小A", "电话:17706183390"),
     True, "U06", "AIGC研习社",
     [("phone", "+8617706183390", "17706183390")],
     "U06 classified under a third brand")

page("fenlei", "edu-55903.html", "速达考证 人工智能训练师 不用考试 交费包过",
     ad("人工智能训练师 速达考证 不用考试 交费包过 可加急", "郑州-金水",
        "<p>免培训、包通过、国家认可、官方认证。身份证+照片即可办理,7 天出证。</p>",
        "刘经理", "电话:156 8742 0319"),
     True, "I03", "速达考证",
     [("phone", "+8615687420319", "156 8742 0319")],
     "I03 independent scam classified")

page("fenlei", "job-60117.html", "招聘 数据标注员 若干 有人工智能训练师证书优先",
     ad("招聘:数据标注员 若干名 6-8K 有人工智能训练师证书者优先", "杭州-余杭",
        "<p>某科技公司数据服务部招聘数据标注员,大专及以上,能接受倒班;公司不收取任何费用,不办证。</p>",
        "HR 赵女士", "简历投递:hr@tianmuai.com.cn"),
     False, None, None, [], "job ad, not an offer")

# ================================================================= wenda (Q&A)
def qa(q, detail, answers):
    out = f"<h1>{q}</h1><p class='qdetail'>{detail}</p><div class='answers'>"
    for who, txt, up in answers:
        out += f"<div class='answer'><b>{who}</b><p>{txt}</p><span>赞同 {up}</span></div>"
    return out + "</div>"


page("wenda", "q-20331.html", "人工智能训练师证书哪里考?有没有快一点的渠道?",
     qa("人工智能训练师证书哪里考?有没有快一点的渠道?", "想转行做AI,朋友说有证好找工作。", [
         ("中科智培教育-刘老师", "我们是中科智培,一级二级都能报,零基础不限经验,人社部颁发,包过,可挂靠。"
          "有需要加 vx:zkzp_laoshi 领取报名表。", 12),
         ("理性考证人", "别信包过。五级需要一年相关工作经历,证书在 zscx.osta.org.cn 能查。", 86)]),
     True, "U02", "中科智培教育",
     [("wechat", "zkzp_laoshi", "zkzp_laoshi")],
     "U02 soft ad answer on Q&A")

page("wenda", "q-20517.html", "零基础能学人工智能训练师吗?",
     qa("零基础能学人工智能训练师吗?", "文科生,完全不懂编程。", [
         ("智训未来", "完全可以!90%小白都能学会,我们的课原价9999限时99,学完双证到手。"
          "课程介绍见 aixb-edu.cn ,或者加微信 aixiaobai_99 ", 5),
         ("lily", "同问,我v lily_8823 有资料的分享下", 0),
         ("数据标注从业者", "五级门槛不高,但要有相关工作经历;先学标注工具再考虑证书。", 44)]),
     True, "U06", "智训未来",
     [("domain", "aixb-edu.cn", "aixb-edu.cn"), ("wechat", "aixiaobai_99", "aixiaobai_99")],
     "U06 soft ad answer")

page("wenda", "q-20688.html", "北京哪里可以报名人工智能训练师三级?",
     qa("北京哪里可以报名人工智能训练师三级?", "本科计算机,没有四级证书。", [
         ("京才职训", "可以直接报三级,我们代报名,补贴后几乎免费。咨询座机 010-62958874,微信 ai_pxzx,"
          "报名表 jinshuju.net/f/Jc77Bj", 3),
         ("HR小马", "按标准,三级要四级证书加年限,或者大专以上相关专业+四级证书+2年,别被忽悠。", 31)]),
     True, "U09", "京才职训",
     [("phone", "01062958874", "010-62958874"), ("wechat", "ai_pxzx", "ai_pxzx")],
     "U09 soft ad answer, wrong claim about skipping level 4")

page("wenda", "q-20742.html", "广东考人工智能训练师能拿多少补贴?",
     qa("广东考人工智能训练师能拿多少补贴?", "在深圳上班,社保交了三年。", [
         ("粤才教育-招生", "参保满一年可申请,五级最高 1000 元、四级 1500 元、三级 2000 元,紧缺职业可上浮。"
          "资料可发邮箱 yuecai_edu(at)163.com,或加微信 yc-ai-px 预审。", 18),
         ("深圳社保小助手", "具体以人社部门审核为准,可以打 12333 问。", 40)]),
     True, "U03", "粤才教育",
     [("email", "yuecai_edu@163.com", "yuecai_edu(at)163.com"), ("wechat", "yc-ai-px", "yc-ai-px")],
     "U03 answer with obfuscated email")

page("wenda", "q-20890.html", "人工智能训练师证书是国家职业资格证书吗?怎么查真假?",
     qa("人工智能训练师证书是国家职业资格证书吗?怎么查真假?", "看到好多广告说是国家职业资格。", [
         ("就业指导老师", "不是。2019 年以后它是职业技能等级证书,由备案的评价机构颁发,人社部不直接颁发。"
          "可在 zscx.osta.org.cn 或 jndj.osta.org.cn 查询,机构可在 pjjg.osta.org.cn 查;1+X 证书查 vslc.ncb.edu.cn。", 230),
         ("网友", "专业技术类的职业资格去 cpta.com.cn 查。", 21)]),
     False, None, None, [], "guide question, non-offer")

# ================================================================= wx (WeChat reposts)
def wxart(title, acct, body, tail):
    return (f"<h1>{title}</h1><div class='meta'>原创 {acct} 2026-03-0x 阅读 10万+</div>"
            f"<div class='rich_media_content'>{body}</div><div class='tail'>{tail}</div>"
            "<p class='repost'>本文转载自微信公众号,如有侵权请联系删除。</p>")


page("wx", "a-7731.html", "重磅!人工智能训练师国家职业资格证书开放报名,最后一批!",
     wxart("重磅!人工智能训练师国家职业资格证书开放报名,最后一批!", "中科智培",
           "<p>人社部证书退出,哪家证书来接盘?人工智能训练师国家职业资格证书由人社部颁发,最后一批报名即将截止。</p>"
           "<p>一级/二级/三级均可报,不限学历,包过,可挂靠企业。</p>",
           "<p>报名咨询:186-1290-7735(张老师) QQ:3417725096</p><p>对公转账户名:北京智联博创信息咨询中心</p>"
           "<p>填写示例:手机号 13800138000,邮箱 name@example.com</p>"),
     True, "U02", "中科智培",
     [("phone", "+8618612907735", "186-1290-7735"), ("qq", "3417725096", "3417725096"),
      ("other", "北京智联博创信息咨询中心", "北京智联博创信息咨询中心")],
     "U02 repost: 最后一批, 人社部颁发, 挂靠")

page("wx", "a-7802.html", "人工智能训练师证书查询入口(官方)",
     wxart("人工智能训练师证书查询入口(官方)", "技能人才服务",
           "<p>很多学员问证书怎么查,统一在中国技能人才测评网 www.zgjnrc-cx.com 查询,输入身份证号即可。</p>"
           "<p>现在报名一级二级,不用考试直接出证,三证合一。</p>",
           "<p>客服:159-3882-7610</p>"),
     True, "U04", "中国技能人才测评网",
     [("domain", "zgjnrc-cx.com", "www.zgjnrc-cx.com"), ("phone", "+8615938827610", "159-3882-7610")],
     "U04 repost promoting a fake query site")

page("wx", "a-7925.html", "2026年还能考1+X人工智能证书吗?能!",
     wxart("2026年还能考1+X人工智能证书吗?能!", "鼎程教育",
           "<p>1+X 人工智能数据处理证书 2026 年照常考,和人工智能训练师一起报,双证更有竞争力。挂靠一年 3 万+。1+X 证书可在 vslc.ncb.edu.cn 查询。</p>",
           "<p>加入学习群 QQ群:815522037,或电话 133 9657 1182</p>"
           "<p>填写示例:手机号 13800138000</p>"),
     True, "U07", "鼎程教育",
     [("qq_group", "815522037", "815522037"), ("phone", "+8613396571182", "133 9657 1182")],
     "U07 repost selling 1+X after 2025")

page("wx", "a-8014.html", "数据标注员月入过万?先拿这张证",
     wxart("数据标注员月入过万?先拿这张证", "智云AI职场",
           "<p>人社部颁发的生成式人工智能应用证书,40 课时,每月一考。报名请访问 zhiyunketang.com。</p>",
           "<p>课程顾问:151 0517 9943</p>"),
     True, "U08", "智云AI职场",
     [("domain", "zhiyunketang.com", "zhiyunketang.com"), ("phone", "+8615105179943", "151 0517 9943")],
     "U08 repost advertorial")

page("wx", "a-8103.html", "警惕!这些“人工智能训练师”证书广告是骗局",
     wxart("警惕!这些“人工智能训练师”证书广告是骗局", "临江人社",
           "<p>近期有群众反映,有人以“包过”“人社部颁发”“国家职业资格证书”为噱头兜售人工智能训练师证书。"
           "人工智能训练师证书属于职业技能等级证书,由备案评价机构颁发。</p>"
           "<p>群众举报的可疑号码包括 17150236688、微信 renshe_zhengshu,请勿转账。</p>"
           "<p>证书查询:zscx.osta.org.cn;咨询 12333;消费投诉 12315。</p>",
           ""),
     False, None, None, [], "official warning repost")

# ================================================================= video (short video)
def vid(author, desc, subs, coms):
    return (f"<div class='player'>[视频] 00:58</div><h1>@{author}</h1><p class='desc'>{desc}</p>"
            f"<div class='subs'><h3>字幕</h3><p>{subs}</p></div>" + comments(*coms))


page("video", "v-7301.html", "@华智职培 人工智能训练师五级怎么报?",
     vid("华智职培官方", "人工智能训练师五级怎么报?三分钟讲清楚 #人工智能训练师 #考证",
         "五级要一年相关工作经历,证书是职业技能等级证书,能在官网查。想报名的评论区扣1,或者加v:HZZX_AI2025",
         [("用户a", "1"), ("华智职培官方", "已私信,也可以打 137 5821 3406")]),
     True, "U01", "华智职培官方",
     [("wechat", "hzzx_ai2025", "HZZX_AI2025"), ("phone", "+8613758213406", "137 5821 3406")],
     "U01 short video, honest")

page("video", "v-7388.html", "@岭南职培 广东AI训练师补贴攻略",
     vid("岭南职培·粤才", "广东AI训练师补贴攻略 #补贴 #人工智能训练师",
         "社保满一年,三级最多两千,列入紧缺目录还能上浮。名额看主页,电话 400 839 1726",
         [("用户b", "求链接"), ("岭南职培·粤才", "加 yc-ai-px 发你"),
          ("用户c", "有人用 17150236688 给我打电话说补贴,是你们吗?")]),
     True, "U03", "岭南职培·粤才",
     [("phone", "4008391726", "400 839 1726"), ("wechat", "yc-ai-px", "yc-ai-px")],
     "U03 short video")

page("video", "v-7452.html", "@蓉智教育 AI训练师证书=职称?",
     vid("蓉智教育", "AI训练师证书直接对应职称!成都落户加分 #成都积分 #职称",
         "三级加两年就是助理工程师,一级加十年正高级。工信部认证,报名 V:rongzhi_jiaowu,电话 189-8006-2457",
         [("用户d", "真的假的"), ("蓉智教育", "政策红利,抓紧")]),
     True, "U05", "蓉智教育",
     [("wechat", "rongzhi_jiaowu", "rongzhi_jiaowu"), ("phone", "+8618980062457", "189-8006-2457")],
     "U05 short video, misleading")

page("video", "v-7519.html", "@AI小白学堂 90%小白都能学会",
     vid("AI小白学堂", "原价9999限时99!AI训练师+AIGC双证 #AI副业 #零基础",
         "零基础可学,交费包过,拿到证书便可升职加薪。私信或者加微信 aixiaobai_99 ,电话 177 0618 3390。"
         "考试地点在杭州考点,前台 0571-86921100",
         [("用户e", "已报"), ("用户f", "包过是违法广告吧")]),
     True, "U06", "AI小白学堂",
     [("wechat", "aixiaobai_99", "aixiaobai_99"), ("phone", "+8617706183390", "177 0618 3390")],
     "U06 short video, scam slogans")

page("video", "v-7604.html", "@北京AI训练师报名点 三级直接报",
     vid("北京AI训练师报名点", "不用四级直接报三级!#北京 #考证",
         "名额不多,补贴后几乎免费。加 AI_PXZX 或者打 幺三五 2084 6731",
         [("用户g", "怎么联系"), ("北京AI训练师报名点", "看视频里的号")]),
     True, "U09", "北京AI训练师报名点",
     [("wechat", "ai_pxzx", "AI_PXZX"), ("phone", "+8613520846731", "幺三五 2084 6731")],
     "U09 short video with spoken-digit phone")

page("video", "v-7690.html", "@阿杰聊AI 我是怎么考下人工智能训练师四级的",
     vid("阿杰聊AI", "我是怎么考下人工智能训练师四级的 附学习资料 #经验分享",
         "我整理了四级实操的笔记,需要的可以找我拿,19.9 一份,另外带两次模拟考。微信 ajie-ai",
         [("用户h", "资料能退吗"), ("阿杰聊AI", "虚拟资料不退哦")]),
     True, "I04", "阿杰聊AI",
     [("wechat", "ajie-ai", "ajie-ai")],
     "I04 independent creator selling notes + mock exams")

# ================================================================= news
page("news", "2026-03-11-scam.html", "花4800元买“包过”AI训练师证 市民遭遇证书骗局",
     """<h1>花4800元买“包过”AI训练师证 市民遭遇证书骗局</h1><p class='meta'>钱塘晚报记者 2026-03-11</p>
<p>市民陈女士向本报反映,她在网上看到“零基础包过人工智能训练师二级”的广告,对方自称“人社部颁发”“国家职业资格证书”,
陆续转账 4800 元后被拉黑。记者拨打对方留下的电话 17150236688,已是空号;对方微信 renshe_zhengshu 也已无法添加。</p>
<p>人社部门提醒,人工智能训练师证书属于职业技能等级证书,由经备案的评价机构颁发,可登录 zscx.osta.org.cn 查询;
“包过”“免考”均属违法宣传。遇到此类情况可拨打 12333 咨询、12315 投诉。</p>
<p>上海 2025 年该职业认定 1.63 万人次、发证 1.09 万张,正规认定需要理论与实操考核。</p>""",
     False, None, None, [], "news report on a scam, quotes scam contacts")

page("news", "2026-03-14-tuiguang.html", "【推广】蓉智教育:AI时代,技能证书助力职业发展",
     """<h1>【推广】蓉智教育:AI时代,技能证书助力职业发展</h1><p class='meta'>推广 2026-03-14</p>
<p>蓉智教育科技深耕职业培训多年,开设人工智能训练师四级、三级课程,工信部认证,职业技能等级证书直接对应职称证书,
在成都可享居住证积分加分。</p><p>咨询电话:(028)86651204</p>""",
     True, "U05", "蓉智教育科技",
     [("phone", "02886651204", "(028)86651204")],
     "U05 advertorial on news site")

# ================================================================= rsj
page("rsj", "tzgg-2026-021.html", "关于开展2026年第一批人工智能训练师职业技能等级认定的通知",
     """<h1>关于开展2026年第一批人工智能训练师职业技能等级认定的通知</h1><p class='meta'>发布机构:职业能力建设处 2026-02-20</p>
<p>各有关单位:根据职业技能等级认定工作规程,经备案的评价机构将于 2026 年 4 月组织人工智能训练师(4-04-05-05)五级至三级认定,
认定批次号:13620250618。</p>
<p>一、申报条件按《人工智能训练师国家职业技能标准(2021年版)》执行。二、符合条件的参保职工可申领技能提升补贴,五级、四级、三级最高分别为
1000 元、1500 元、2000 元。三、证书可通过 zscx.osta.org.cn 查询,评价机构名单见 pjjg.osta.org.cn。</p>
<p>咨询电话:12333</p>""",
     False, None, None, [], "official notice; batch number that looks like a mobile")

page("rsj", "tzgg-2026-027.html", "关于警惕技术技能类“山寨证书”的提示",
     """<h1>关于警惕技术技能类“山寨证书”的提示</h1><p class='meta'>发布机构:职业能力建设处 2026-03-05</p>
<p>根据人社部函〔2022〕25号精神,提醒群众:凡宣称“包过”“免培训直接发证”“人社部颁发”“不限年龄、不限专业、无门槛”的,均涉嫌违规。
人社部门不直接颁发职业技能等级证书。专业技术人员职业资格可在 cpta.com.cn 查询,职业技能等级证书在 zscx.osta.org.cn、osta.mohrss.gov.cn 查询。</p>
<p>举报投诉:12333、12315。</p>""",
     False, None, None, [], "official warning notice")

# ================================================================= college (I05)
page("college", "pxkc-ai.html", "人工智能训练师(四级)社会培训与认定招生",
     """<h1>人工智能训练师(四级)社会培训与认定招生</h1><p class='meta'>继续教育学院 2026-03-01</p>
<p>我院为江苏省人社厅备案的职业技能等级认定评价机构(机构名单可在 pjjg.osta.org.cn 查询),面向社会开展人工智能训练师四级培训与认定。</p>
<p>培训 50 课时,培训费 1500 元;认定费按物价部门核定标准收取。考核分理论和技能,均 60 分合格,合格者颁发职业技能等级证书,可在 osta.mohrss.gov.cn 及 zscx.osta.org.cn 查询。</p>
<p>本院学生(最后学年)可按规定报考。报名咨询:培训科 0519-86339021,邮箱 jxjy@jnxxy.edu.cn。</p>""",
     True, "I05", "江南信息职业技术学院",
     [("phone", "051986339021", "0519-86339021"), ("email", "jxjy@jnxxy.edu.cn", "jxjy@jnxxy.edu.cn"),
      ("phone", "051986339000", "0519-86339000"), ("uscc", USCC_I05, USCC_I05),
      ("domain", "jnxxy.edu.cn", "jnxxy.edu.cn")],
     "I05 college's own honest course and assessment")

# ================================================================= shop
def item(title, shop, price, sold, detail, extra, revs):
    return (f"<h1>{title}</h1><div class='price'>¥{price} <span>月销 {sold}</span></div>"
            f"<div class='shopinfo'>店铺:{shop}</div><h2>宝贝详情</h2>{detail}<h2>联系卖家</h2>{extra}"
            + comments(*revs))


page("shop", "item-300112.html", "人工智能训练师一级二级报名 人社部颁发 包过 可挂靠",
     item("人工智能训练师一级/二级/三级报名 人社部颁发 包过 可挂靠", "AI人才发展中心", "3980", "23",
          "<p>国家职业资格证书,全国联网可查,零基础可报,三级连报立减 2000。</p>",
          "<p>拍下后联系QQ:3417 725 096 确认资料;转账户名 北京智联博创信息咨询中心</p>"
          "<p>下单填写示例:手机号 13800138000</p>",
          [("t***3", "客服态度好,等出证"), ("买家", "说好的包过,退款难")]),
     True, "U02", "AI人才发展中心",
     [("qq", "3417725096", "3417 725 096"), ("other", "北京智联博创信息咨询中心", "北京智联博创信息咨询中心")],
     "U02 shop listing: price per certificate, 包过, 挂靠")

page("shop", "item-300245.html", "人工智能训练师证书 免考 官网可查 学证通",
     item("人工智能训练师证书 免考直出 官网可查", "学证通", "2680", "41",
          "<p>一至三级任选,7 天出证,查询网址 zgjnrc-cx。com(中间点换成.)。郑州学证通信息咨询有限公司 统一社会信用代码 " + USCC_U04 + "</p>",
          "<p>客服手机:15938827610 微信:Cert_Kefu88</p>",
          [("买家b", "网站能查到,但12333说查不到?")]),
     True, "U04", "学证通",
     [("phone", "+8615938827610", "15938827610"), ("wechat", "cert_kefu88", "Cert_Kefu88"),
      ("domain", "zgjnrc-cx.com", "zgjnrc-cx。com"), ("uscc", USCC_U04, USCC_U04)],
     "U04 shop listing, fake query domain obfuscated")

page("shop", "item-300377.html", "1+X人工智能证书+AI训练师 双证 包过 技能证书服务站",
     item("1+X人工智能数据处理证书+人工智能训练师 双证 交费包过", "技能证书服务站", "4580", "12",
          "<p>双证同报,挂靠企业年入 3 万+,不过全额退款。</p>",
          "<p>手机/微信:13396571182(微信号 jnzs_2026)</p><p>下单请留邮箱,格式如 name@example.com</p>",
          [("买家c", "一直说在等批次")]),
     True, "U07", "技能证书服务站",
     [("phone", "+8613396571182", "13396571182"), ("wechat", "jnzs_2026", "jnzs_2026")],
     "U07 shop listing")

page("shop", "item-300489.html", "人工智能训练师四级 理论题库电子版 考证小铺",
     item("人工智能训练师四级 理论题库电子版 2026 更新", "考证小铺", "29.9", "312",
          "<p>电子版题库,仅供学习,不代报名、不保过。</p>",
          "<p>售后 QQ 1296655083,付款备注“题库”,收款人 王丽萍</p>",
          [("买家d", "题目和真题风格接近")]),
     True, "I06", "考证小铺",
     [("qq", "1296655083", "1296655083"), ("other", "王丽萍", "王丽萍")],
     "I06 question-bank seller, independent")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "[hotline] 人社服务热线, quoted by sellers, news and notices"),
    ("phone", "12315", ["12315"], "[hotline] 市场监管投诉热线"),
    ("phone", "95188", ["95188"], "[third_party] 支付宝客服 in the shop platform's sidebar"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "[official] national certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "[official] query URL printed on certificates"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "[official] list of evaluation institutions"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "[official] 技能人才评价工作网"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "[official] legacy 1+X query platform"),
    ("domain", "cpta.com.cn", ["cpta.com.cn"], "[official] 人事考试中心"),
    ("phone", "4006680123", ["400-668-0123"], "[platform] 学吧课堂 customer-service number in every footer"),
    ("email", "kefu@xuebaketang.com", ["kefu@xuebaketang.com"], "[platform] 学吧课堂 footer e-mail"),
    ("other", "京ICP备19023371号", ["京ICP备19023371号-2"], "[platform] 学吧课堂 ICP number"),
    ("domain", "xuebaketang.com", ["xuebaketang.com"], "[platform] marketplace's own domain"),
    ("qq", "3021558806", ["3021558806"], "[number] marketplace campaign number, looks like a QQ"),
    ("qq_group", "563318820", ["563318820"], "[platform] forum's own QQ group"),
    ("email", "admin@kaozhengbbs.net", ["admin@kaozhengbbs.net"], "[platform] forum moderator e-mail"),
    ("domain", "kaozhengbbs.net", ["kaozhengbbs.net"], "[platform] forum's domain"),
    ("phone", "075526611888", ["0755-26611888"], "[platform] classifieds customer service"),
    ("other", "粤ICP备18076543号", ["粤ICP备18076543号-1"], "[platform] classifieds ICP number"),
    ("domain", "kuaibang58.com", ["kuaibang58.com"], "[platform] classifieds domain"),
    ("email", "help@wendapai.com", ["help@wendapai.com"], "[platform] Q&A site contact"),
    ("email", "tougao@weiwenji.cn", ["tougao@weiwenji.cn"], "[platform] repost site contact"),
    ("phone", "4009108866", ["400-910-8866"], "[platform] video platform report line"),
    ("email", "kefu@youpinjishi.com", ["kefu@youpinjishi.com"], "[platform] shop platform customer service"),
    ("phone", "+8615821107736", ["15821107736"], "[number] sample order number in the shop footer, looks like a mobile"),
    ("phone", "+8613620250618", ["13620250618"], "[number] assessment batch number quoted by 人社局 and sellers, looks like a mobile"),
    ("other", "S000133010000125300126", ["S000133010000125300126"], "[number] sample certificate number"),
    ("phone", "+8617150236688", ["17150236688"], "[quoted] scammer's phone quoted in news, complaint, warning and readers' comments"),
    ("wechat", "renshe_zhengshu", ["renshe_zhengshu"], "[quoted] scammer's WeChat quoted in warnings"),
    ("phone", "+8613800138000", ["13800138000"], "[placeholder] template sample phone in forms"),
    ("email", "name@example.com", ["name@example.com"], "[placeholder] template sample e-mail"),
    ("wechat", "lily_8823", ["lily_8823"], "[reader] a reader's own WeChat in comments"),
    ("qq", "475120963", ["475120963"], "[reader] a reader's own QQ in forum replies"),
    ("phone", "057186921100", ["0571-86921100"], "[third_party] exam venue front desk"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "[third_party] online form tool used by several sellers"),
    ("phone", "057185109999", ["0571-85109999"], "[platform] news site hotline"),
]


# ---------------------------------------------------------------- render
CSS = {
    "hzzx": "body{font-family:sans-serif;margin:0}header{background:#0a4b8c;color:#fff;padding:10px}",
    "xueba": "body{font-family:sans-serif;background:#f5f6f7}.meta b{color:#e4393c}",
    "bbs": "body{font:13px Tahoma;background:#e8eef4}.posts td{border:1px solid #cde}",
    "fenlei": "body{font-family:SimSun;background:#fff}.contact{background:#ffe}",
    "wenda": "body{font-family:sans-serif}.answer{border-bottom:1px solid #eee}",
    "wx": "body{max-width:680px;margin:auto;font-family:-apple-system}.tail{color:#576b95}",
    "video": "body{background:#161823;color:#eee}.player{height:200px;background:#000}",
    "news": "body{font-family:SimSun}h1{font-size:26px}",
    "rsj": "body{font-family:SimSun;background:#f2f2f2}header{background:#b40000;color:#fff}",
    "college": "body{font-family:sans-serif}header{background:#1d6b3a;color:#fff}",
    "shop": "body{font-family:sans-serif}.price{color:#ff5000;font-size:24px}",
}


def frame(site_key, title, crumbs, body, related):
    s = SITES[site_key]
    menu = " | ".join(f"<a href='/{site_key}/index.html'>{m}</a>" if i == 0 else f"<a href='#'>{m}</a>"
                      for i, m in enumerate(s["menu"]))
    crumb = " &gt; ".join(crumbs)
    rel = "".join(f"<li><a href='{h}'>{t}</a></li>" for h, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - {s['name']}</title>
<style>{CSS[site_key]}</style></head>
<body>
<header><div class="logo">{s['full']}</div><nav>{menu}</nav></header>
<div class="crumbs">当前位置:{crumb}</div>
<main>
{body}
</main>
<aside>{s['side']}<h4>相关链接</h4><ul>{rel}</ul></aside>
<footer>{s['foot']}</footer>
</body></html>
"""


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in SITE_ORDER}
    html_of = {}
    for k in SITE_ORDER:
        plist = by_site[k]
        home = f"<a href='/{k}/index.html'>{SITES[k]['name']}</a>"
        for i, p in enumerate(plist):
            others = [q for q in plist if q is not p][:3]
            related = [(f"/{k}/{q['file']}", q["title"]) for q in others]
            html_of[f"/{k}/{p['file']}"] = frame(k, p["title"], [home, p["title"]], p["body"], related)
        items = "".join(f"<li><a href='/{k}/{p['file']}'>{p['title']}</a></li>" for p in plist)
        idx_body = f"<h1>{SITES[k]['full']}</h1><p>最新内容</p><ul class='list'>{items}</ul>"
        html_of[f"/{k}/index.html"] = frame(k, "首页", [home], idx_body,
                                            [("/index.html", "网站导航")])
    hub_items = "".join(f"<li><a href='/{k}/index.html'>{SITES[k]['full']}</a>({SITES[k]['style']})</li>"
                        for k in SITE_ORDER)
    html_of["/index.html"] = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
                              "<title>一周搜索记录:人工智能训练师证</title></head><body>"
                              "<h1>一周搜索记录:人工智能训练师证(百度、微信、短视频)</h1>"
                              f"<ul>{hub_items}</ul></body></html>\n")
    for path, html in html_of.items():
        full = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages = []
    meta = {f"/{p['site']}/{p['file']}": p for p in PAGES}
    for path in sorted(html_of):
        p = meta.get(path)
        if p is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub page" if path == "/index.html" else "site index page"))
        else:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"],
                              provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    operators = {}
    for p in PAGES:
        op = p["operator"]
        if not op or not op.startswith("U"):
            continue
        o = operators.setdefault(op, {"brands": [], "identifiers": []})
        if p["provider"] not in o["brands"]:
            o["brands"].append(p["provider"])
        for kind, value, _w in p["ids"]:
            if [kind, value] not in o["identifiers"]:
                o["identifiers"].append([kind, value])
    decoys = []
    for kind, value, written, why in DECOYS:
        found = sorted(path for path, html in html_of.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=found, why=why))
    truth = dict(pages=pages, operators=dict(sorted(operators.items())), decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
