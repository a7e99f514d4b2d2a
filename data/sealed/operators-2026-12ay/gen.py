#!/usr/bin/env python3
"""Generate web 12ay: a mid-sized city's (襄阳) local web with AI-trainer certificate sellers.
Deterministic, standard library only. Writes site/ and truth.json next to this file."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(c8):
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(c8, W11714))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix, region, c8):
    body = prefix + region + c8 + org_check(c8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(body, W32100)) % 31
    return body + ALPH[0 if r == 31 else r]


# ---- seller USCCs -------------------------------------------------------
U01_USCC = uscc("52", "420600", "MJY2K7Q3")   # 民办非企业 school
U02_USCC = uscc("91", "420606", "MA4F2K7N")
U05_USCC = uscc("91", "420602", "MA49R3TL")
U07_USCC = uscc("91", "420607", "MA4FC81W")
I04_USCC = uscc("91", "420600", "MA4D6P0H")
# ---- platform USCCs (decoys) -------------------------------------------
FENLEI_USCC = uscc("91", "420600", "MA48X1DU")
JOB_USCC = uscc("91", "420600", "31637452")

PAGES = []


def add(path, html_text, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, html=html_text, is_offer=is_offer, operator=op,
                      provider=provider, identifiers=[list(t) for t in ids], note=note))


def doc(title, body, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<style>body{{font-family:'Microsoft YaHei',sans-serif;margin:0;color:#333}}{css}</style>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")

# =========================================================================
# Frames
# =========================================================================
BBS_FOOT = ("<div class=\"ft\">汉江论坛 bbs.hj0710.com · 襄阳人自己的网上家园<br>"
            "论坛客服QQ：800061234 | 客服热线：0710-3125566 | 违法和不良信息举报：jubao@hj0710.com<br>"
            "鄂ICP备16002718号-1 | 本帖仅代表网友个人观点，与本站立场无关</div>")


def bbs(title, board, crumb, posts, side=""):
    nav = ("<div class=\"top\"><b>汉江论坛</b> <a href=\"../index.html\">襄阳导航</a> | "
           "<a href=\"index.html\">论坛首页</a> | 襄城生活 | 樊城杂谈 | 教育培训 | 求职招聘 | 二手闲置"
           " <span class=\"lg\">登录 | 注册</span></div>")
    bc = f"<div class=\"bc\"><a href=\"index.html\">论坛首页</a> › <a href=\"index.html\">{board}</a> › {crumb}</div>"
    ps = ""
    for i, (who, meta, txt) in enumerate(posts):
        ps += (f"<div class=\"post\"><div class=\"au\"><b>{who}</b><br><small>{meta}</small></div>"
               f"<div class=\"ct\"><div class=\"fl\">{'楼主' if i == 0 else str(i + 1) + '#'}</div>{txt}</div></div>\n")
    sidebar = ("<div class=\"side\"><h4>版块热帖</h4><ul><li><a href=\"thread-20731.html\">AI训练师证书到底有没有用？</a></li>"
               "<li><a href=\"thread-20655.html\">被“包过”坑了三千八，求助</a></li><li><a href=\"index.html\">返回教育培训版</a></li></ul>"
               f"{side}<p class=\"tip\">版规：发布培训广告请到【商家信息】专区，违者删帖。</p></div>")
    return doc(f"{title} - {board} - 汉江论坛",
               nav + bc + f"<h2>{title}</h2>" + sidebar + f"<div class=\"main\">{ps}"
               "<div class=\"reply\">回复需要登录 <a href=\"index.html\">返回列表</a></div></div>" + BBS_FOOT,
               ".top{background:#2b5f9e;color:#fff;padding:6px}.top a{color:#fff}.post{border-bottom:1px solid #ddd;display:flex}"
               ".au{width:140px;background:#f3f6fa;padding:8px}.ct{padding:8px;flex:1}.side{float:right;width:220px}.ft{font-size:12px;color:#888;padding:10px}")


FENLEI_FOOT = ("<div class=\"ft\">襄阳易分类 www.xyyifenlei.com ｜ 客服电话：400-018-6600 ｜ 客服邮箱：kefu@xyyifenlei.com<br>"
               f"襄阳易分类网络科技有限公司 统一社会信用代码：{FENLEI_USCC} ｜ 鄂ICP备19004471号<br>"
               "本站信息由用户自行发布，请自行核实，交易前切勿预付定金。</div>")
FENLEI_SIDE = ("<div class=\"side\"><h4>防骗提醒</h4><p>“包过”“免考拿证”多为虚假宣传。证书请在官方平台核验。"
               "遇到诈骗请拨打反诈专线96110，消费投诉请拨12315。</p>"
               "<h4>相关分类</h4><ul><li><a href=\"index.html\">职业培训</a></li><li><a href=\"index.html\">学历教育</a></li>"
               "<li><a href=\"help.html\">发布须知</a></li></ul></div>")


def fenlei(title, body, crumb="职业培训"):
    nav = ("<div class=\"hd\"><b>襄阳易分类</b> <small>襄阳本地免费分类信息</small> <a href=\"../index.html\">襄阳导航</a> "
           "<a href=\"index.html\">首页</a> 房产 | 招聘 | 二手 | <a href=\"index.html\">教育培训</a> | 本地服务 "
           "<a class=\"pub\" href=\"help.html\">免费发布</a></div>")
    bc = f"<div class=\"bc\"><a href=\"index.html\">襄阳易分类</a> &gt; <a href=\"index.html\">教育培训</a> &gt; {crumb}</div>"
    return doc(f"{title} - 襄阳易分类", nav + bc + FENLEI_SIDE + f"<div class=\"main\"><h1>{title}</h1>{body}"
               "<p class=\"rel\">看了该信息的人还看了：<a href=\"index.html\">更多培训信息</a></p></div>" + FENLEI_FOOT,
               ".hd{background:#ff7a00;color:#fff;padding:8px}.hd a{color:#fff}.side{float:right;width:240px;background:#fffaf0}"
               ".info td{padding:3px 8px}.ft{clear:both;font-size:12px;color:#999;border-top:1px solid #eee;padding:10px}")


MP_FOOT = ("<div class=\"ft\">微文聚合 wxwen.cc · 公众号文章镜像与检索<br>本站文章均来自微信公众号公开内容，版权归原作者所有，"
           "如需删除请联系 copyright@wxwen.cc</div>")


def mp(title, account, date, body, acct_id=None, reads="阅读 2468"):
    hd = ("<div class=\"hd\"><b>微文聚合</b> <a href=\"../index.html\">襄阳导航</a> | <a href=\"index.html\">襄阳公众号</a> | "
          "热门 | 教育 | 本地</div>")
    idline = f"<span class=\"aid\">微信号：{acct_id}</span>" if acct_id else ""
    return doc(f"{title} - {account} - 微文聚合",
               hd + f"<div class=\"bc\"><a href=\"index.html\">襄阳公众号</a> / {account}</div>"
               f"<div class=\"art\"><h1>{title}</h1><div class=\"meta\">原创 <b>{account}</b> {idline} {date} 湖北</div>"
               f"{body}<div class=\"meta\">{reads} · 在看 · 点赞</div>"
               "<p class=\"orig\">本文镜像自微信公众平台，<a href=\"index.html\">查看该号其他文章</a></p>"
               "<div class=\"rel\">相关阅读：<a href=\"index.html\">襄阳公众号文章列表</a></div></div>" + MP_FOOT,
               ".hd{background:#07c160;color:#fff;padding:6px}.hd a{color:#fff}.art{max-width:680px;margin:auto;line-height:1.8}"
               ".meta{color:#888;font-size:13px}.ft{text-align:center;font-size:12px;color:#aaa;margin-top:20px}")


JOB_FOOT = ("<div class=\"ft\">鄂西北人才网 www.exbrc.com ｜ 客服热线：0710-3228800<br>"
            "人力资源服务许可证：（鄂）人服证字〔2019〕第0600000217号 ｜ "
            f"营业执照统一社会信用代码：{JOB_USCC}</div>")
JOB_SIDE = ("<div class=\"side\"><h4>求职安全提示</h4><p>凡以收取培训费、考证费、服装费为录用条件的招聘，均可能涉嫌违规，"
            "请提高警惕并向本站举报（0710-3228800）。</p><p><a href=\"index.html\">更多职位</a></p></div>")


def job(title, body):
    hd = ("<div class=\"hd\"><b>鄂西北人才网</b> <a href=\"../index.html\">襄阳导航</a> | <a href=\"index.html\">找工作</a> | "
          "招聘会 | 企业入驻 | 简历</div>")
    return doc(f"{title} - 鄂西北人才网", hd + f"<div class=\"bc\"><a href=\"index.html\">首页</a> &gt; 职位详情</div>"
               + JOB_SIDE + f"<div class=\"main\"><h1>{title}</h1>{body}</div>" + JOB_FOOT,
               ".hd{background:#c0392b;color:#fff;padding:8px}.hd a{color:#fff}.side{float:right;width:230px}.ft{clear:both;font-size:12px;color:#888;padding:10px}")


# school site frames -------------------------------------------------------
def school(sdir, name, page_title, body, color, credit, extra_foot=""):
    nav = (f"<div class=\"hd\"><div class=\"logo\">{name}</div><ul class=\"nav\">"
           "<li><a href=\"index.html\">网站首页</a></li><li><a href=\"about.html\">关于我们</a></li>"
           "<li><a href=\"fees.html\">课程收费</a></li><li><a href=\"contact.html\">联系我们</a></li>"
           "<li><a href=\"../index.html\">襄阳导航</a></li></ul></div>")
    return doc(f"{page_title}-{name}", nav + f"<div class=\"bc\">当前位置：<a href=\"index.html\">首页</a> &gt; {page_title}</div>"
               f"<div class=\"main\">{body}</div><div class=\"ft\">{extra_foot}<br>{credit}</div>",
               f".hd{{background:{color};color:#fff;padding:10px}}.hd a{{color:#fff}}.nav li{{display:inline;margin-right:14px}}"
               ".ft{background:#333;color:#bbb;font-size:12px;padding:12px}.main{padding:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}")


YUNFAN = "技术支持：襄阳云帆网络 0710-3677120"
FKW = "本站由凡科建站提供技术支持 fkw.com"

# =========================================================================
# School 1: 智启 (U01)
# =========================================================================
ZQ_FOOT = ("襄阳智启职业培训学校 版权所有 地址：襄阳市樊城区长虹北路18号智慧大厦5楼 招生热线：0710-3261588<br>"
           "网址：www.xyzqpx.com")
ZQ = "襄阳智启职业培训学校"
add("/zhiqi/index.html", school("zhiqi", ZQ, "首页", f"""
<div class="banner"><h1>人工智能训练师 职业技能等级培训 火热报名中</h1><p>人社部新职业（4-04-05-05）· 五级/四级/三级 · 小班面授+线上直播</p></div>
<h3>学校简介</h3><p>{ZQ}是经襄阳市人社局审批设立的民办职业培训学校，统一社会信用代码：{U01_USCC}。学校常年开设人工智能训练师、电子商务师、电工等培训项目。</p>
<h3>为什么选择智启？</h3><ul><li>数据标注、智能训练实操机房 60 个机位</li><li>符合条件的学员可申领技能提升补贴（五级1000元、四级1500元、三级2000元）</li>
<li>证书可在 zscx.osta.org.cn 全国联网查询</li></ul>
<h3>近期开班</h3><table><tr><th>班级</th><th>开班时间</th><th>状态</th></tr><tr><td>四级（中级工）周末班</td><td>2026年12月19日</td><td>报名中</td></tr>
<tr><td>三级（高级工）晚班</td><td>2027年1月9日</td><td>预约中</td></tr></table>
<p>咨询报名：招生热线 0710-3261588 ｜ 王老师 139 7224 5817（微信同号）</p>
<p><a href="fees.html">查看收费标准 &gt;&gt;</a> <a href="about.html">了解学校 &gt;&gt;</a></p>""", "#1d4e89", YUNFAN, ZQ_FOOT),
    True, "U01", ZQ,
    [("uscc", U01_USCC, U01_USCC), ("phone", "0710-3261588", "0710-3261588"),
     ("phone", "+8613972245817", "139 7224 5817"), ("domain", "xyzqpx.com", "www.xyzqpx.com")],
    "training school's own site, home page: AI-trainer levels 5-3 enrolment")

add("/zhiqi/about.html", school("zhiqi", ZQ, "关于我们", f"""
<h2>学校概况</h2><p>{ZQ}成立于2015年，位于樊城区长虹北路，是一所面向社会开展职业技能培训的民办学校。现有教室6间、实训机房2间，专兼职教师22名。</p>
<p>办学以来累计培训学员一万余人次，多次被评为市级“职业技能培训优秀机构”。学校坚持“小班教学、学以致用”，与本地多家电商、物流企业建立了用工合作。</p>
<h2>办学荣誉</h2><ul><li>2019年 襄阳市巾帼创业培训基地</li><li>2022年 樊城区职业技能培训定点机构</li></ul>
<p><a href="contact.html">联系我们</a></p>""", "#1d4e89", YUNFAN, ZQ_FOOT),
    False, None, None, [("phone", "0710-3261588", "0710-3261588"), ("domain", "xyzqpx.com", "www.xyzqpx.com")],
    "school 'about' page: history and honours, no course offer; frame carries the school's landline")

add("/zhiqi/fees.html", school("zhiqi", ZQ, "课程收费", """
<h2>人工智能训练师培训收费标准（2026年秋季）</h2>
<table><tr><th>等级</th><th>课时</th><th>培训费</th><th>认定费（代收）</th><th>备注</th></tr>
<tr><td>五级/初级工</td><td>60</td><td>1680元</td><td>按评价机构标准</td><td>需相关工作满1年</td></tr>
<tr><td>四级/中级工</td><td>50</td><td>2380元</td><td>按评价机构标准</td><td>可申领补贴1500元</td></tr>
<tr><td>三级/高级工</td><td>40</td><td>2980元</td><td>按评价机构标准</td><td>可申领补贴2000元</td></tr></table>
<p>说明：技能提升补贴需本人连续缴纳失业保险满1年，具体以人社部门审核为准，政策咨询可拨打12333。</p>
<p>报名方式：加王老师微信 zqpx0710 或致电 １３９７２２４５８１７，发送“姓名+报考等级”即可预留名额。</p>
<p>手机用户可 <a href="tel:13972245817">一键拨号</a>。</p>""", "#1d4e89", YUNFAN, ZQ_FOOT),
    True, "U01", ZQ,
    [("wechat", "zqpx0710", "zqpx0710"), ("phone", "+8613972245817", "１３９７２２４５８１７"),
     ("phone", "+8613972245817", "tel:13972245817"), ("phone", "0710-3261588", "0710-3261588")],
    "school fee table page for AI-trainer levels 5-3")

add("/zhiqi/contact.html", school("zhiqi", ZQ, "联系我们", """
<h2>联系我们</h2><p>地址：襄阳市樊城区长虹北路18号智慧大厦5楼（长虹路公交站下车步行200米）</p>
<p>前台电话：0710-3261588（工作日 8:30-17:30）</p>
<div class="tpl"><p>业务合作：138-0000-0000</p><p>邮箱：yourname@example.com</p></div>
<p>乘车路线：乘坐11路、16路、515路至长虹路站。</p>""", "#1d4e89", YUNFAN, ZQ_FOOT),
    False, None, None, [("phone", "0710-3261588", "0710-3261588"), ("domain", "xyzqpx.com", "www.xyzqpx.com")],
    "school contact page: address, bus routes, unfilled template block; no course offer")

# =========================================================================
# School 2: 汉江数智 (U02)
# =========================================================================
HJ = "襄阳汉江数智职业技能培训学校"
HJ_FOOT = f"{HJ} 举办单位：襄阳汉江数智科技有限公司 电话：0710-3598016 地址：樊城区人民西路66号创业园B座3楼"
add("/hanjiang/index.html", school("hanjiang", HJ, "首页", """
<h1>AI训练师 · 数据标注 · 零基础入门到持证上岗</h1>
<p>人工智能训练师是2020年人社部等三部门发布的新职业，下设数据标注员、人工智能算法测试员两个工种。本校与省内评价机构合作组织认定考试，理论+实操两部分，每部分60分及格。</p>
<h3>招生对象</h3><p>在职人员、待业青年、宝妈、大学生均可报名；五级需具备相关工作经历满一年。</p>
<h3>学习方式</h3><p>周末面授 + 数智云课堂线上回放，配套题库练习。</p>
<p>报名咨询：0710-3598016 ｜ 手机：156 7109 8325 ｜ 学员QQ群：738215409</p>
<p><a href="fees.html">收费标准</a> · <a href="about.html">学校介绍</a> · <a href="contact.html">来校路线</a></p>""", "#0a7d6e", YUNFAN, HJ_FOOT),
    True, "U02", HJ,
    [("phone", "0710-3598016", "0710-3598016"), ("phone", "+8615671098325", "156 7109 8325"),
     ("qq_group", "738215409", "738215409")],
    "training school's own site, home page: AI-trainer courses")

add("/hanjiang/about.html", school("hanjiang", HJ, "关于我们", """
<h2>学校介绍</h2><p>本校由襄阳汉江数智科技有限公司举办，2021年取得民办职业培训学校办学许可，专注数字经济类职业技能培训，开设电子商务、直播销售、人工智能应用等方向课程。</p>
<p>学校拥有标准化机房两间，与本地数据服务企业共建实训项目。</p>
<p>联系电话：138-0000-0000（示例）</p>""", "#0a7d6e", YUNFAN, HJ_FOOT),
    False, None, None, [("phone", "0710-3598016", "0710-3598016")],
    "school 'about' page, no course offer; template placeholder left in")

add("/hanjiang/fees.html", school("hanjiang", HJ, "课程收费", """
<h2>2026年人工智能训练师培训费用</h2>
<table><tr><th>项目</th><th>费用</th><th>包含</th></tr><tr><td>五级（初级）</td><td>1580元</td><td>教材、题库、2次模拟考</td></tr>
<tr><td>四级（中级）</td><td>2280元</td><td>教材、题库、实操机房</td></tr><tr><td>三级（高级）</td><td>3180元</td><td>教材、项目实训、论文辅导</td></tr></table>
<p>认定考试在襄阳市技能人才评价考点（高新区职教园）进行，考点咨询电话 0710-3511226；证书信息可通过 jndj.osta.org.cn 查询。</p>
<p>本期考试批次：2026年第12批 批次号13726112001。</p>
<p>在线报名表：https://jinshuju.net/f/Hx8kQ2 ，或发邮件至 hjsz_edu@163.com，招生办 <a href="tel:+8615671098325">156-7109-8325</a>。</p>""", "#0a7d6e", YUNFAN, HJ_FOOT),
    True, "U02", HJ,
    [("email", "hjsz_edu@163.com", "hjsz_edu@163.com"), ("phone", "+8615671098325", "tel:+8615671098325"),
     ("phone", "+8615671098325", "156-7109-8325"), ("phone", "0710-3598016", "0710-3598016")],
    "school fee table; quotes the assessment station and a batch number")

add("/hanjiang/contact.html", school("hanjiang", HJ, "联系我们", """
<h2>来校路线</h2><p>地址：樊城区人民西路66号创业园B座3楼（近人民广场）</p><p>公交：2路、14路人民西路站下车；自驾可停创业园地下停车场。</p>
<p>办公室电话：0710-3598016</p><p>工作时间：周二至周日 9:00-18:00，周一闭馆。</p>""", "#0a7d6e", YUNFAN, HJ_FOOT),
    False, None, None, [("phone", "0710-3598016", "0710-3598016")],
    "school contact/route page, no course offer")

# =========================================================================
# School 3: 隆中科技 (U03)
# =========================================================================
LZ = "隆中科技培训中心"
LZ_FOOT = "隆中科技培训中心 地址：襄城区檀溪路隆中科技园2号楼 官网：www.lzkjpx.cn 邮箱：service@lzkjpx.cn"
add("/longzhong/index.html", school("longzhong", LZ, "首页", """
<h1>隆中科技 · 人工智能训练师认证培训</h1><p>紧跟国家新职业政策，打造襄阳AI人才高地！</p>
<ul><li>零基础也能学，老师手把手带实操</li><li>三级（高级工）证书可用于积分、补贴申领（以当地政策为准）</li><li>每月开班，考前冲刺密训</li></ul>
<p>课程顾问：187 0710 8846 / 邮箱 service@lzkjpx.cn</p>
<p>官网 www.lzkjpx.cn ｜ <a href="fees.html">查看价格</a> ｜ <a href="about.html">中心简介</a></p>""", "#6a1b9a", FKW, LZ_FOOT),
    True, "U03", LZ,
    [("phone", "+8618707108846", "187 0710 8846"), ("email", "service@lzkjpx.cn", "service@lzkjpx.cn"),
     ("domain", "lzkjpx.cn", "www.lzkjpx.cn")],
    "training centre's own site home page")

add("/longzhong/about.html", school("longzhong", LZ, "中心简介", """
<h2>中心简介</h2><p>隆中科技培训中心依托隆中科技园，服务园区企业员工技能提升，开展办公软件、工业机器人操作、人工智能应用等短期培训。</p>
<p>中心秉承“务实、专业”的理念，已为园区50余家企业提供内训服务。</p>""", "#6a1b9a", FKW, LZ_FOOT),
    False, None, None, [("domain", "lzkjpx.cn", "www.lzkjpx.cn"), ("email", "service@lzkjpx.cn", "service@lzkjpx.cn")],
    "centre 'about' page, no course offer")

add("/longzhong/fees.html", school("longzhong", LZ, "课程价格", """
<h2>人工智能训练师课程价格</h2><table><tr><th>班型</th><th>原价</th><th>限时价</th></tr>
<tr><td>四级标准班</td><td>3980</td><td>2680</td></tr><tr><td>三级精品班</td><td>4980</td><td>3380</td></tr><tr><td>四级+三级连报</td><td>8960</td><td>5580</td></tr></table>
<p>报名加课程顾问微信：longzhong_ai（手机18707108846），备注“AI训练师”。</p>""", "#6a1b9a", FKW, LZ_FOOT),
    True, "U03", LZ,
    [("wechat", "longzhong_ai", "longzhong_ai"), ("phone", "+8618707108846", "18707108846"),
     ("domain", "lzkjpx.cn", "www.lzkjpx.cn")],
    "centre price page, bundle discount for two levels")

add("/longzhong/contact.html", school("longzhong", LZ, "联系方式", """
<h2>联系方式</h2><p>地址：襄城区檀溪路隆中科技园2号楼一层</p><p>电话：138-0000-0000</p><p>邮箱：yourname@example.com</p>
<p>（地图加载中……）</p>""", "#6a1b9a", FKW, LZ_FOOT),
    False, None, None, [("domain", "lzkjpx.cn", "www.lzkjpx.cn"), ("email", "service@lzkjpx.cn", "service@lzkjpx.cn")],
    "contact page never filled in: template placeholders only, footer has the real site/e-mail")

# =========================================================================
# Forum 汉江论坛
# =========================================================================
BBS_LIST = []


def thread(tid, title, posts, is_offer=False, op=None, provider=None, ids=(), note="", board="教育培训"):
    path = f"/bbs/thread-{tid}.html"
    BBS_LIST.append((tid, title, posts[0][0]))
    add(path, bbs(title, board, title[:14] + "…", posts), is_offer, op, provider, ids, note)


LZ_C = ("襄城老张", "积分 812 · 2026-10-")  # commenter with own contact (decoy)

thread(20731, "AI训练师证书到底有没有用？鄂西北AI人才实训基地来答", [
    ("智启-王老师", "认证商家 · 2026-10-12", "看到不少人问，统一回复一下：人工智能训练师是人社部新职业，我们鄂西北AI人才实训基地（樊城长虹北路）专门做这个，四级周末班12月开班，三级1月。符合条件可以申领补贴。想了解的加V：ZqPx0710，或者电话 139-7224-5817。"),
    ("襄城老张", "积分 812 · 2026-10-12", "我也想报，有没有一起的？拼团便宜点，加我 laozhang_xc1975 一起问问。"),
    ("樊城打工人", "积分 95 · 2026-10-13", "补贴要交满一年失业保险吧，灵活就业的好像不行。"),
    ("智启-王老师", "认证商家 · 2026-10-13", "是的，以人社审核为准，可以先来机房试听一节课。"),
], True, "U01", "鄂西北AI人才实训基地",
    [("wechat", "zqpx0710", "ZqPx0710"), ("phone", "+8613972245817", "139-7224-5817")],
    "forum thread opened by the seller under a second brand")

thread(20744, "求推荐襄阳靠谱的人工智能训练师培训", [
    ("小鹿乱撞", "积分 33 · 2026-10-20", "在物流公司做数据录入两年了，想考个四级AI训练师，襄阳哪里有靠谱的？"),
    ("襄阳AI考证小助手", "积分 410 · 2026-10-20", "隆中AI学院可以了解下，檀溪路那边，每月开班，四级三级连报有优惠。私信太麻烦，直接加薇：longzhong 下划线 ai，或者扣扣 1520 678 843。"),
    ("路人甲", "积分 12 · 2026-10-21", "楼上是托吧……"),
    ("小鹿乱撞", "积分 33 · 2026-10-21", "谢谢，我先去问问价格。"),
], True, "U03", "隆中AI学院",
    [("wechat", "longzhong_ai", "longzhong 下划线 ai"), ("qq", "1520678843", "1520 678 843")],
    "question thread; one reply sells under a third brand, dodging filters")

thread(20760, "樊城小陈考证｜人工智能训练师四级/三级报名，名额有限", [
    ("樊城小陈考证", "积分 207 · 2026-10-25", "本人长期在襄阳做职业技能证书报名服务，人工智能训练师四级、三级均可报，题库+模拟考全程跟进，考点就在市内。<br>wx: XiaoChen_KZ88<br>备考群：九一五三零七四二六（加群备注论坛）"),
    ("襄城老张", "积分 812 · 2026-10-25", "多少钱？我微信 laozhang_xc1975 你加我发个价目表。"),
    ("樊城小陈考证", "积分 207 · 2026-10-25", "已私信~"),
], True, "U04", "樊城小陈考证",
    [("wechat", "xiaochen_kz88", "XiaoChen_KZ88"), ("qq_group", "915307426", "九一五三零七四二六")],
    "seller's own forum thread; QQ group in Chinese numerals")

thread(20768, "鄂北考证帮：AI训练师证书，单位报销的看过来", [
    ("鄂北考证帮", "积分 66 · 2026-10-27", "单位让考证、可以报销的朋友看过来。人工智能训练师四级三级，我们统一组织报名、培训、考试，发票齐全。<br>电话：壹捌玖捌陆叁壹贰零肆柒<br>官网 ebzyjn.com 可查看往期开班"),
    ("汉江夜跑", "积分 140 · 2026-10-28", "发票开培训费还是考试费？"),
    ("鄂北考证帮", "积分 66 · 2026-10-28", "都可以开，详细电话聊。"),
], True, "U05", "鄂北考证帮",
    [("phone", "+8618986312047", "壹捌玖捌陆叁壹贰零肆柒"), ("domain", "ebzyjn.com", "ebzyjn.com")],
    "seller thread, phone in Chinese capital numerals")

thread(20772, "睿学堂AI训练师周末班开课啦（附学员作业）", [
    ("睿学堂教务", "积分 58 · 2026-10-29", "11月周末班开课，学员练习的标注作业见图（图略）。四级还剩8个名额，想报的联系 177 6251 9038，微信 boruiedu_xy。"),
    ("求知若渴", "积分 20 · 2026-10-29", "求一份题库资料，QQ 519283746，谢谢楼主。"),
    ("睿学堂教务", "积分 58 · 2026-10-30", "资料需报名后发放哦。"),
], True, "U06", "睿学堂",
    [("phone", "+8617762519038", "177 6251 9038"), ("wechat", "boruiedu_xy", "boruiedu_xy")],
    "seller thread; a commenter leaves own QQ")

thread(20781, "启航学长分享：我是怎么拿到AI训练师三级的（内含报名方式）", [
    ("启航学长", "积分 302 · 2026-11-02", "去年在启航AI学堂学的，三级一次过。现在帮学堂招生，有需要的可以进交流群 684-021-937，或者电话 幺三五九七六五五三幺二（幺=1）。"),
    ("老司机", "积分 990 · 2026-11-02", "打着分享的旗号打广告？"),
    ("启航学长", "积分 302 · 2026-11-02", "真实经历，不信可以进群看学员反馈。"),
], True, "U07", "启航AI学堂",
    [("qq_group", "684021937", "684-021-937"), ("phone", "+8613597655312", "幺三五九七六五五三幺二")],
    "advertorial 'experience' thread that sells")

thread(20790, "襄阳未来职业技能：AI训练师考证一条龙", [
    ("未来职业技能", "积分 45 · 2026-11-05", "报名、培训、考试、领证一条龙服务，四级/三级均可。咨询：153-2740-8816，V：WL_AI_2025"),
    ("求知若渴", "积分 20 · 2026-11-05", "有题库吗？QQ 519283746 发我一份。"),
], True, "U08", "襄阳未来职业技能",
    [("phone", "+8615327408816", "153-2740-8816"), ("wechat", "wl_ai_2025", "WL_AI_2025")],
    "short seller thread")

thread(20795, "蓝鲸考证：襄州人工智能训练师报名，离家近", [
    ("蓝鲸考证", "积分 31 · 2026-11-08", "襄州区的朋友不用跑市区了，襄州本地开班，人工智能训练师五级/四级。微信：LanHai7735（加好友备注“AI”）"),
    ("襄州小王", "积分 7 · 2026-11-08", "在哪个位置？"),
    ("蓝鲸考证", "积分 31 · 2026-11-09", "航空路附近，加微信发定位。"),
], True, "U09", "蓝鲸考证",
    [("wechat", "lanhai7735", "LanHai7735")],
    "seller thread under a third brand; wechat only")

thread(20802, "个人带班：AI训练师四级，李老师", [
    ("李老师AI培训", "积分 120 · 2026-11-10", "本人从事数据标注项目管理五年，个人小班带学员备考人工智能训练师四级，每班不超过10人。电话/微信：15997341206，微信号 li_ai_teacher。"),
    ("襄城老张", "积分 812 · 2026-11-10", "李老师，我加你了，laozhang_xc1975 通过一下。"),
], True, "I01", "李老师AI培训",
    [("phone", "+8615997341206", "15997341206"), ("wechat", "li_ai_teacher", "li_ai_teacher")],
    "independent individual tutor thread")

thread(20655, "被“包过”坑了三千八，求助", [
    ("受骗的小周", "积分 18 · 2026-09-30", "今年8月在网上看到“人工智能训练师二级 零基础包过 人社部颁发”，对方电话17786215530，我转了3800。订单编号：13820240615。说好9月考试，结果一直拖，给的查询网站是 www.rszscx.com.cn，根本查不到真实信息。现在电话拉黑了。"),
    ("热心市民", "积分 560 · 2026-09-30", "赶紧报警！反诈专线96110，也可以打12315投诉，或者打12345市长热线。"),
    ("受骗的小周", "积分 18 · 2026-10-02", "已经报警了，警察说这个电话好多人被骗。"),
    ("版主-汉水", "版主 · 2026-10-02", "提醒各位：二级是技师，要有三级证书并满足年限，不存在零基础包过。证书查询请认准 zscx.osta.org.cn。"),
], note="complaint thread quoting a scammer's phone, order number and fake query domain")

thread(20688, "考完人工智能训练师四级的真实体验", [
    ("汉江边的猫", "积分 266 · 2026-09-15", "分享一下：我在电商公司做商品数据标注三年，报了四级，理论和实操各一场，都是100分制60及格。实操主要是标注和数据清洗。考完大概一个多月出证，在人社局网站 rsj.xiangyang.gov.cn 能看到补贴申领入口。"),
    ("小鹿乱撞", "积分 33 · 2026-09-16", "请问培训机构是哪家？"),
    ("汉江边的猫", "积分 266 · 2026-09-16", "不打广告了，正规备案的都可以，自己去人社局网站查。"),
], note="learner's experience post, no seller")

# =========================================================================
# Classifieds 襄阳易分类
# =========================================================================
FL_LIST = []


def post(pid, title, body, is_offer=True, op=None, provider=None, ids=(), note=""):
    path = f"/fenlei/post-{pid}.html"
    FL_LIST.append((pid, title))
    add(path, fenlei(title, body), is_offer, op, provider, ids, note)


def info(rows):
    return "<table class=\"info\">" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"


post(5018, "数智云课堂 人工智能训练师线上+线下培训", info([("类别", "职业技能培训"), ("区域", "樊城区"), ("联系人", "赵老师"),
     ("QQ", "2846031157"), ("邮箱", "hjsz_edu＠163.com")]) +
     "<p>数智云课堂，线上录播+线下实操，人工智能训练师五级、四级。课程支持回放，在职人员也能学。报名后拉入学员群。</p>"
     "<p>发布时间：2026-10-18　浏览：356次</p>",
     op="U02", provider="数智云课堂",
     ids=[("qq", "2846031157", "2846031157"), ("email", "hjsz_edu@163.com", "hjsz_edu＠163.com")],
     note="classifieds post under a second brand; full-width @ in e-mail")

post(5023, "人工智能训练师报名点（襄阳）四级三级火热报名", info([("联系人", "陈先生"), ("电话", "133 3987 6250"), ("微信", "xiaochen_kz88"), ("区域", "樊城区")]) +
     "<p>人工智能训练师四级三级报名，统一组织考试，考试批次：2026年第12批 批次号13726112001，名额满即截止。</p>"
     "<p>提供题库、考前辅导。</p>",
     op="U04", provider="襄阳人工智能训练师报名点",
     ids=[("phone", "+8613339876250", "133 3987 6250"), ("wechat", "xiaochen_kz88", "xiaochen_kz88")],
     note="classifieds sign-up post, quotes a batch number that looks like a phone")

post(5031, "鄂北职业技能服务中心：人工智能训练师培训考证", info([("机构", "鄂北职业技能服务中心"), ("电话", "189 8631 2047"), ("网址", "www.ebzyjn.com")]) +
     "<p>中心常年开展职业技能等级认定报名服务。人工智能训练师四级、三级，考点：襄阳市技能人才评价考点，咨询电话0710-3511226。</p>"
     "<p>证书全国联网可查。</p>",
     op="U05", provider="鄂北职业技能服务中心",
     ids=[("phone", "+8618986312047", "189 8631 2047"), ("domain", "ebzyjn.com", "www.ebzyjn.com")],
     note="classifieds post; quotes the assessment station's number")

post(5036, "襄阳博睿教育 人工智能训练师 小班授课", info([("公司", "襄阳博睿教育咨询有限公司"), ("手机", "17762519038"), ("微信", "boruiedu_xy")]) +
     "<p>博睿教育专注成人职业培训，人工智能训练师四级班每月开课，包教材，考前集训。</p>",
     op="U06", provider="襄阳博睿教育咨询有限公司",
     ids=[("phone", "+8617762519038", "17762519038"), ("wechat", "boruiedu_xy", "boruiedu_xy")],
     note="classifieds post")

post(5042, "新航向职业培训学校 AI训练师就业班", info([("联系人", "刘校长"), ("电话", "135 9765 5312"), ("QQ", "3327610458")]) +
     "<p>新航向职业培训，人工智能训练师就业班，学完推荐到合作数据标注企业实习。考试在襄阳市技能人才评价考点（0710-3511226）。</p>",
     op="U07", provider="新航向职业培训学校",
     ids=[("phone", "+8613597655312", "135 9765 5312"), ("qq", "3327610458", "3327610458")],
     note="classifieds post with job promise; quotes assessment station")

post(5047, "智联未来教育 人工智能训练师网课", info([("联系电话", "153 2740 8816"), ("网站", "wlaixy.cn")]) +
     "<p>纯线上学习，手机就能学，四级三级都有。报名表：https://www.wjx.cn/vm/wlai26.aspx</p>",
     op="U08", provider="智联未来教育",
     ids=[("phone", "+8615327408816", "153 2740 8816"), ("domain", "wlaixy.cn", "wlaixy.cn")],
     note="classifieds post for online course, form-tool link")

post(5053, "襄州区蓝海职业技能培训 人工智能训练师五级", info([("座机", "(0710)2805361"), ("手机", "13886207735"), ("地址", "襄州区航空路")]) +
     "<p>蓝海职业技能培训，襄州本地开班，五级需有相关工作经历满一年，报名请携带身份证、工作证明。</p>",
     op="U09", provider="襄州区蓝海职业技能培训",
     ids=[("phone", "0710-2805361", "(0710)2805361"), ("phone", "+8613886207735", "13886207735")],
     note="classifieds post of a small district school")

post(5060, "东津新区人工智能训练师培训班", info([("联系人", "何老师"), ("电话", "181-6235-7719"), ("QQ", "1092837465")]) +
     "<p>东津新区就近上课，人工智能训练师四级，晚班+周末班，学费分期。</p>",
     op="I02", provider="东津新区人工智能训练师培训班",
     ids=[("phone", "+8618162357719", "181-6235-7719"), ("qq", "1092837465", "1092837465")],
     note="independent classifieds post")

post(5066, "速通证书工作室：人工智能训练师二级 零基础包过", info([("微信", "SuTongZS666"), ("邮箱", "sutongzs@yeah.net")]) +
     "<p>不用上课，不限学历，零基础直接报二级（技师），人社部颁发，入库可查，包过不过全退！三级+二级一起办更优惠。</p>",
     op="I03", provider="速通证书工作室",
     ids=[("wechat", "sutongzs666", "SuTongZS666"), ("email", "sutongzs@yeah.net", "sutongzs@yeah.net")],
     note="independent scammy post: level 2 for beginners, 包过, 人社部颁发")

post(5071, "谷城县AI训练师报名 就近考试", info([("联系人", "孙女士"), ("手机", "+86 199 7108 2264")]) +
     "<p>谷城本地报名点，人工智能训练师五级/四级，组织到市区考点统一考试，车接车送。</p>",
     op="I06", provider="谷城县AI训练师报名",
     ids=[("phone", "+8619971082264", "+86 199 7108 2264")],
     note="independent county sign-up point")

post(5075, "育婴员（四级）培训 樊城正规机构", info([("联系人", "杨老师"), ("电话", "13100728841")]) +
     "<p>育婴员职业技能等级培训，适合宝妈、月嫂，理论+实操，可申领补贴。</p>",
     is_offer=False, ids=[("phone", "+8613100728841", "13100728841")],
     note="another occupation's course (育婴员), not an AI-trainer offer")

add("/fenlei/help.html", fenlei("发布须知", """
<h2>教育培训类信息发布须知</h2><ol><li>发布职业培训信息须如实填写机构名称及联系方式。</li>
<li>禁止使用“包过”“保过”“百分百通过”“官方指定”“内部信息”等违规用语，一经发现删除信息并封号。</li>
<li>职业技能等级证书由备案的评价机构颁发，不得宣称“人社部颁发”。</li>
<li>如有疑问请联系客服 400-018-6600。</li></ol>""", crumb="发布须知"),
    note="classifieds site's own help page")

# =========================================================================
# WeChat mirrors 微文聚合
# =========================================================================
MP_LIST = []


def art(aid, title, account, date, body, acct_id=None, is_offer=True, op=None, provider=None, ids=(), note=""):
    path = f"/mp/a{aid}.html"
    MP_LIST.append((aid, title, account))
    add(path, mp(title, account, date, body, acct_id), is_offer, op, provider, ids, note)


art(301, "智启AI训练营｜冬季班招生，零基础转行人工智能", "智启AI训练营", "2026-11-02", """
<p>AI大模型火了，背后离不开成千上万的“人工智能训练师”。</p><p>智启AI训练营冬季班开始招生啦！五级、四级、三级分层教学，实操机房上课。</p>
<p>详情请访问官网 xyzqpx.com，或拨打王老师电话：一三九七二二四五八一七。</p>""", acct_id="zhiqi_ai",
    op="U01", provider="智启AI训练营",
    ids=[("phone", "+8613972245817", "一三九七二二四五八一七"), ("domain", "xyzqpx.com", "xyzqpx.com"), ("wechat", "zhiqi_ai", "zhiqi_ai")],
    note="official-account article under a third brand; phone in Chinese numerals")

art(302, "隆中AI学院：人工智能训练师三级精品班开班通知", "隆中AI学院", "2026-10-28", """
<p>隆中AI学院三级精品班定于11月22日开班，课程围绕业务分析、智能训练、智能系统设计、培训与指导四大模块。</p>
<p>证书信息可在 zscx.osta.org.cn 查询。</p><p>报名请添加课程顾问微信 Longzhong_AI，或QQ：1520678843，了解更多请访问 lzkjpx.cn。</p>""",
    op="U03", provider="隆中AI学院",
    ids=[("wechat", "longzhong_ai", "Longzhong_AI"), ("qq", "1520678843", "1520678843"), ("domain", "lzkjpx.cn", "lzkjpx.cn")],
    note="official-account class notice")

art(303, "【群公告】AI训练师备考交流群 12月考试报名安排", "AI训练师备考交流群", "2026-11-06", """
<p>各位群友：12月批次报名本周五截止，还没交资料的抓紧。</p><p>1. 身份证正反面；2. 一寸白底照；3. 工作证明（五级、四级需要）。</p>
<p>报名信息登记：https://www.wjx.cn/vm/xc1206.aspx</p><p>新朋友可以加QQ群 915307426，或者电话联系陈老师 +86-133-3987-6250。</p>""",
    op="U04", provider="AI训练师备考交流群",
    ids=[("qq_group", "915307426", "915307426"), ("phone", "+8613339876250", "+86-133-3987-6250")],
    note="group notice mirrored as an article")

art(304, "鄂北职业技能服务中心：2026年人工智能训练师认定报名开启", "鄂北职业技能服务中心", "2026-10-15", """
<p>根据相关安排，我中心受理2026年第四季度人工智能训练师（四级、三级）报名。考试地点为襄阳市技能人才评价考点，考点电话0710-3511226。</p>
<p>网上报名：https://jinshuju.net/f/eb2026q4</p><p>官网：ebzyjn点com　邮箱：ebzyjn#126.com（#换成@）</p>""",
    op="U05", provider="鄂北职业技能服务中心",
    ids=[("domain", "ebzyjn.com", "ebzyjn点com"), ("email", "ebzyjn@126.com", "ebzyjn#126.com")],
    note="official-looking enrolment notice; filter-dodging domain and e-mail")

art(305, "AI训练师速成班-睿学堂：30天拿证，升职加薪", "睿学堂", "2026-11-01", """
<p>睿学堂AI训练师速成班，30天系统学习，拿证后可升职加薪！</p><p>咨询微信：BoRuiEdu_XY</p>
<p>对公收款账户：襄阳博睿教育咨询有限公司 中国建设银行襄阳分行 4205 0164 6208 0000 1234</p>""", acct_id="ruixuetang_ai",
    op="U06", provider="睿学堂",
    ids=[("wechat", "boruiedu_xy", "BoRuiEdu_XY"), ("other", "42050164620800001234", "4205 0164 6208 0000 1234"), ("wechat", "ruixuetang_ai", "ruixuetang_ai")],
    note="'速成' article with company payment account")

art(306, "启航AI学堂｜人工智能训练师四级周末班", "启航AI学堂", "2026-10-30", """
<p>想入行AI？启航AI学堂周末班，理论+实操，四级考前冲刺。考试在襄阳市技能人才评价考点（0710-3511226）。</p>
<p>学员交流QQ群：684021937　招生老师QQ：3327 610 458</p>""",
    op="U07", provider="启航AI学堂",
    ids=[("qq_group", "684021937", "684021937"), ("qq", "3327610458", "3327 610 458")],
    note="official-account course article")

art(307, "未来AI训练师认证中心：四级三级报考指南", "未来AI训练师认证中心", "2026-11-04", """
<p>人工智能训练师共五个等级，五级至一级。四级需五级证书后工作满4年或工作满6年等。</p>
<p>本次考试批次：2026年第12批 批次号13726112001。</p>
<p>我们提供报名辅导，官网 www.WLAIXY.cn，微信 wl_ai_2025。</p>""",
    op="U08", provider="未来AI训练师认证中心",
    ids=[("domain", "wlaixy.cn", "www.WLAIXY.cn"), ("wechat", "wl_ai_2025", "wl_ai_2025")],
    note="guide article that sells; batch number decoy")

art(308, "蓝海教育：襄州人也能就近考AI训练师", "蓝海教育", "2026-11-07", """
<p>蓝海教育襄州校区开设人工智能训练师五级、四级培训班。</p><p>电话：+86 138 8620 7735　微信：lanhai7735</p>""",
    op="U09", provider="蓝海教育",
    ids=[("phone", "+8613886207735", "+86 138 8620 7735"), ("wechat", "lanhai7735", "lanhai7735")],
    note="district school article")

art(309, "襄阳职业教育在线：人工智能训练师培训报名通道", "襄阳职业教育在线", "2026-10-22", f"""
<p>襄阳职业教育在线（运营主体：襄阳职教在线信息技术有限公司，统一社会信用代码 {I04_USCC}）开放人工智能训练师四级报名。</p>
<p>证书可在 zscx.osta.org.cn 查询。咨询：135 4509 8871。</p>""",
    op="I04", provider="襄阳职业教育在线",
    ids=[("uscc", I04_USCC, I04_USCC), ("phone", "+8613545098871", "135 4509 8871")],
    note="independent official-account enrolment article")

art(310, "政策解读｜人工智能训练师证书怎么考？补贴怎么领？", "襄阳人社", "2026-09-20", """
<p>人工智能训练师（职业编码4-04-05-05）是2020年发布的新职业，设五个等级。职业技能等级证书由经人社部门备案的评价机构颁发，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询，证书上的查询网址为 jndj.osta.org.cn。</p>
<p>技能提升补贴：五级1000元、四级1500元、三级2000元，需参加失业保险满1年。申领入口见市人社局网站 rsj.xiangyang.gov.cn 或省人社厅网站 rst.hubei.gov.cn。</p>
<p>政策咨询：12333；湖北省职业技能鉴定指导中心咨询电话 027-87219520。</p><p>本文不涉及任何培训机构推荐。</p>""",
    is_offer=False, note="city HR bureau account explaining policy only")

# =========================================================================
# Recruitment 鄂西北人才网
# =========================================================================
JOB_LIST = []


def jpost(jid, title, body, is_offer=True, op=None, provider=None, ids=(), note=""):
    path = f"/job/job-{jid}.html"
    JOB_LIST.append((jid, title))
    add(path, job(title, body), is_offer, op, provider, ids, note)


jpost(8801, "数据标注员（需持人工智能训练师证，可代报考）", f"""
<p class="sal">3500-6000元/月 · 樊城区 · 经验不限 · 学历不限</p>
<h3>公司：襄阳汉江数智科技有限公司</h3><p>统一社会信用代码：{U02_USCC}</p>
<p>岗位要求：持有人工智能训练师四级及以上证书。无证者可由公司安排培训考证，培训费2280元，考证通过后优先录用。</p>
<p>简历投递：HJSZ_EDU@163.COM　联系电话：+86 156 7109 8325</p>""",
    op="U02", provider="襄阳汉江数智科技有限公司",
    ids=[("uscc", U02_USCC, U02_USCC), ("email", "hjsz_edu@163.com", "HJSZ_EDU@163.COM"), ("phone", "+8615671098325", "+86 156 7109 8325")],
    note="job ad that sells paid training (hiring as a lure)")

jpost(8810, "招聘：AI训练师储备学员（包培训包就业）", f"""
<p class="sal">4000-8000元/月 · 襄城区 · 经验不限</p><h3>公司：襄阳鄂北人力资源服务有限公司</h3><p>统一社会信用代码：{U05_USCC}</p>
<p>我司与多家人工智能企业合作，招收储备学员，先参加人工智能训练师培训并取得证书，再推荐上岗。培训考证费用另计。</p>
<p>联系电话：0710—3817290 / 18986312047　邮箱：ebzyjn@126.com</p>""",
    op="U05", provider="襄阳鄂北人力资源服务有限公司",
    ids=[("uscc", U05_USCC, U05_USCC), ("phone", "0710-3817290", "0710—3817290"), ("phone", "+8618986312047", "18986312047"),
         ("email", "ebzyjn@126.com", "ebzyjn@126.com")],
    note="'trainee recruitment' ad selling training under a second brand")

jpost(8822, "人工智能训练师（学徒岗，可考证）", f"""
<p class="sal">3000-5000元/月 · 高新区</p><h3>公司：襄阳新航向人力资源服务有限公司</h3><p>统一社会信用代码：{U07_USCC}</p>
<p>学徒期3个月，学徒期间参加人工智能训练师培训，培训费1980元（入职满一年返还）。</p><p>联系人：刘经理 13597655312　邮箱：3327610458@qq.com</p>""",
    op="U07", provider="襄阳新航向人力资源服务有限公司",
    ids=[("uscc", U07_USCC, U07_USCC), ("phone", "+8613597655312", "13597655312"), ("email", "3327610458@qq.com", "3327610458@qq.com"), ("qq", "3327610458", "3327610458@qq.com")],
    note="apprentice job ad charging a training fee")

jpost(8830, "数据标注专员（岗前免费培训，公司报名考证）", """
<p class="sal">3200-4500元/月 · 东津新区 · 经验不限</p><h3>公司：襄阳数标科技有限公司</h3>
<p>新员工岗前培训15天，培训期间可报名人工智能训练师五级认定，培训费899元从首月工资扣除。</p>
<p>电话：0710-3356682　简历：hr@xysbkj.com</p>""",
    op="I05", provider="襄阳数标科技有限公司",
    ids=[("phone", "0710-3356682", "0710-3356682"), ("email", "hr@xysbkj.com", "hr@xysbkj.com")],
    note="independent employer deducting a certificate-training fee from wages")

jpost(8841, "算法测试工程师（AI产品）", """
<p class="sal">8000-12000元/月 · 高新区 · 3年经验 · 本科</p><h3>公司：襄阳星图智能装备有限公司</h3>
<p>负责车载视觉模型测试、测试用例设计与缺陷跟踪。有人工智能训练师（算法测试员方向）证书者优先，非必须。</p>
<p>简历投递：hr@xtzn-xy.com</p>""",
    is_offer=False, ids=[("email", "hr@xtzn-xy.com", "hr@xtzn-xy.com")],
    note="genuine job ad, certificate only 'preferred'; no training sold")

# =========================================================================
# News
# =========================================================================
add("/news/warning-2026-1015.html", doc("警惕！“零基础包过AI训练师二级”是骗局 - 襄阳网", """
<div class="hd"><b>襄阳网</b> <a href="../index.html">襄阳导航</a> | 本地新闻 | 民生 | 教育</div>
<div class="bc"><a href="../index.html">首页</a> &gt; 本地新闻 &gt; 民生</div>
<h1>警惕！“零基础包过AI训练师二级”是骗局</h1><p class="meta">2026-10-15 来源：襄阳网 记者 周宁</p>
<p>近期，市民王女士向本网反映，她在网上报名“人工智能训练师二级 零基础包过”课程，向对方电话177-8621-5530转账3800元，订单编号13820240615，此后对方失联，所给查询网站 www.rszscx.com.cn 为仿冒网站。</p>
<p>市人社局提醒：人工智能训练师二级（技师）须持三级证书并满足相应工作年限，不存在零基础直接报考；职业技能等级证书由备案评价机构颁发，请通过 zscx.osta.org.cn 查询真伪，政策可登录 rsj.xiangyang.gov.cn、rst.hubei.gov.cn 了解，或拨打12333、湖北省职业技能鉴定指导中心 027-87219520 咨询。</p>
<p>如遇诈骗，请拨打110或反诈专线96110；消费纠纷可拨打12315，也可通过12345政务服务便民热线反映。</p>
<p>相关链接：<a href="../bbs/index.html">汉江论坛</a> <a href="../mp/index.html">公众号文章</a></p>
<div class="ft">襄阳网 版权所有 · 新闻热线 0710-3190521</div>""", ".hd{background:#b71c1c;color:#fff;padding:8px}.hd a{color:#fff}.ft{font-size:12px;color:#888}"),
    note="local news warning quoting a scammer's phone, order number and fake query site")

# =========================================================================
# Index pages
# =========================================================================
def li(items):
    return "<ul>" + "".join(f"<li><a href=\"{h}\">{t}</a> {x}</li>" for h, t, x in items) + "</ul>"


add("/bbs/index.html", bbs("教育培训版", "教育培训", "帖子列表", [
    ("版主-汉水", "版主 · 置顶", "本版帖子列表（按最后回复排序）：" + li([(f"thread-{t}.html", ti, f"<small>{a}</small>") for t, ti, a in BBS_LIST]))]),
    note="forum board listing")
add("/fenlei/index.html", fenlei("教育培训信息列表", li([(f"post-{p}.html", t, "") for p, t in FL_LIST] + [("help.html", "发布须知", "")]), crumb="列表"),
    note="classifieds category listing")
add("/mp/index.html", mp("襄阳本地公众号文章", "微文聚合", "2026-11-10", li([(f"a{a}.html", t, f"<small>{c}</small>") for a, t, c in MP_LIST]), reads="收录"),
    note="mirror site's list of local official-account articles")
add("/job/index.html", job("最新职位", li([(f"job-{j}.html", t, "") for j, t in JOB_LIST])), note="recruitment site job list")
add("/index.html", doc("襄阳本地生活导航", """
<h1>襄阳本地生活导航</h1><p>常用本地网站一站直达</p>
<h3>社区与信息</h3><ul><li><a href="bbs/index.html">汉江论坛·教育培训版</a></li><li><a href="fenlei/index.html">襄阳易分类·教育培训</a></li>
<li><a href="mp/index.html">襄阳公众号文章（微文聚合）</a></li><li><a href="job/index.html">鄂西北人才网</a></li></ul>
<h3>新闻</h3><ul><li><a href="news/warning-2026-1015.html">警惕！“零基础包过AI训练师二级”是骗局</a></li></ul>
<h3>培训学校</h3><ul><li><a href="zhiqi/index.html">襄阳智启职业培训学校</a></li><li><a href="hanjiang/index.html">襄阳汉江数智职业技能培训学校</a></li>
<li><a href="longzhong/index.html">隆中科技培训中心</a></li></ul>"""), note="portal / navigation page of the city web")

# =========================================================================
# Decoys (paths computed by scanning the pages)
# =========================================================================
DECOYS = [
    ("public_hotline", "12333", ["12333"], "人社 service hotline"),
    ("public_hotline", "12315", ["12315"], "market-regulation complaint line"),
    ("public_hotline", "12345", ["12345政务服务便民热线", "12345市长热线"], "city government hotline"),
    ("public_hotline", "96110", ["96110"], "anti-fraud line"),
    ("public_hotline", "027-87219520", ["027-87219520"], "provincial skills-assessment guidance centre line"),
    ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("official_domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "query URL printed on certificates"),
    ("official_domain", "rsj.xiangyang.gov.cn", ["rsj.xiangyang.gov.cn"], "city HR bureau site"),
    ("official_domain", "rst.hubei.gov.cn", ["rst.hubei.gov.cn"], "provincial HR department site"),
    ("platform_qq", "800061234", ["800061234"], "forum customer-service QQ in every forum page frame"),
    ("platform_phone", "0710-3125566", ["0710-3125566"], "forum hotline in frame"),
    ("platform_email", "jubao@hj0710.com", ["jubao@hj0710.com"], "forum report e-mail in frame"),
    ("platform_domain", "hj0710.com", ["bbs.hj0710.com"], "forum's own domain in frame"),
    ("platform_phone", "400-018-6600", ["400-018-6600"], "classifieds customer service in frame"),
    ("platform_email", "kefu@xyyifenlei.com", ["kefu@xyyifenlei.com"], "classifieds e-mail in frame"),
    ("platform_domain", "xyyifenlei.com", ["www.xyyifenlei.com"], "classifieds domain in frame"),
    ("platform_uscc", FENLEI_USCC, [FENLEI_USCC], "classifieds operator's licence in frame (valid check digit)"),
    ("platform_phone", "0710-3228800", ["0710-3228800"], "recruitment site hotline in frame"),
    ("platform_uscc", JOB_USCC, [JOB_USCC], "recruitment site's licence in frame (valid check digit)"),
    ("platform_licence", "（鄂）人服证字〔2019〕第0600000217号", ["（鄂）人服证字〔2019〕第0600000217号"], "HR-service licence in frame"),
    ("platform_domain", "exbrc.com", ["www.exbrc.com"], "recruitment site domain"),
    ("platform_email", "copyright@wxwen.cc", ["copyright@wxwen.cc"], "mirror site's takedown e-mail"),
    ("platform_domain", "wxwen.cc", ["wxwen.cc"], "mirror site domain"),
    ("site_builder", "0710-3677120", ["0710-3677120"], "web-builder credit on two schools' sites"),
    ("site_builder", "fkw.com", ["fkw.com"], "凡科建站 credit"),
    ("form_tool", "jinshuju.net", ["jinshuju.net"], "form tool used by two operators"),
    ("form_tool", "wjx.cn", ["www.wjx.cn"], "questionnaire tool used by two operators"),
    ("placeholder", "138-0000-0000", ["138-0000-0000"], "template placeholder phone"),
    ("placeholder", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail"),
    ("scammer_quoted", "+8617786215530", ["17786215530", "177-8621-5530"], "scammer's phone quoted in complaint and news"),
    ("scammer_quoted", "rszscx.com.cn", ["www.rszscx.com.cn"], "fake query site quoted in complaint and news"),
    ("order_number", "13820240615", ["13820240615"], "victim's order number, looks like a mobile"),
    ("batch_number", "13726112001", ["13726112001"], "exam batch number quoted by three operators, looks like a mobile"),
    ("venue_phone", "0710-3511226", ["0710-3511226"], "assessment station's number quoted by U02, U05, U07"),
    ("commenter", "laozhang_xc1975", ["laozhang_xc1975"], "a forum commenter's own WeChat on several sellers' threads"),
    ("commenter", "519283746", ["519283746"], "a commenter's own QQ on two sellers' threads"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    for p in PAGES:
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    decoys = []
    for kind, value, written, note in DECOYS:
        paths = [p["path"] for p in PAGES if any(w in p["html"] for w in written)]
        decoys.append(dict(kind=kind, value=value, written=written, paths=paths, note=note))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o:
            d = ops.setdefault(o, {"brands": [], "ids": {}})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
    for o, d in ops.items():
        cnt = {}
        for p in PAGES:
            if p["operator"] == o:
                for k, v, _ in {(k, v, 0) for k, v, _w in p["identifiers"]}:
                    cnt.setdefault((k, v), []).append(p["path"])
        ties = "; ".join(f"{k} {v} on {', '.join(sorted(ps))}" for (k, v), ps in sorted(cnt.items()) if len(ps) > 1)
        d["ties"] = ties or "single page"
        del d["ids"]
    truth = {"description": "12ay: 襄阳 local web (forum, classifieds, WeChat mirrors, recruitment, three school sites, news) with AI-trainer certificate sellers",
             "pages": [{k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
