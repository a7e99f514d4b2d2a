#!/usr/bin/env python3
"""Generate the operators-2026-12am test web: site/ and truth.json.

Standard library only, fully deterministic (no randomness)."""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
WORG = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = 0
    for ch, w in zip(body8, WORG):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(kind2, region6, body8):
    first17 = kind2 + region6 + body8 + org_check(body8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W18))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPHA[r]


PAGES = {}   # path -> html
TRUTH = []   # page entries


def rel(src, dst):
    """relative link from page path src to page path dst (both start with /)."""
    d = posixpath.dirname(src)
    return posixpath.relpath(dst, d)


def page(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    assert path not in PAGES, path
    PAGES[path] = html
    TRUTH.append({"path": path, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": [list(x) for x in ids],
                  "note": note})


def L(src, dst, text, extra=""):
    return '<a href="%s"%s>%s</a>' % (rel(src, dst), extra, text)


# ---------------------------------------------------------------- constants
PLAT_USCC = uscc("91", "440300", "MA5F3K2L")
ZHIXUN_USCC = uscc("91", "310115", "MA1H8T4C")
HZT_USCC = uscc("91", "440106", "MA9W2RLB")
GUOPEI_USCC = uscc("91", "110108", "MA01QD7N")
BOYUAN_USCC = uscc("52", "330106", "MJ8813D4")
LUXIN_USCC = uscc("91", "370102", "MA3PF8KU")
JOBCO_USCC = uscc("91", "320594", "MA1X6E3R")

# ================================================================ 知课堂 (ke) platform
KE_NAV_ITEMS = [("/ke/index.html", "首页"), ("/ke/index.html#it", "IT·互联网"),
                ("/ke/index.html#cert", "职业考证"), ("/ke/help.html", "帮助中心")]


def ke_page(path, title, body, sidebar=""):
    nav = " ".join('<li>%s</li>' % L(path, p, t) for p, t in KE_NAV_ITEMS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title} - 知课堂</title>
<meta name="keywords" content="知课堂,在线课程,职业考证,{title}">
<link rel="stylesheet" href="https://static.zhiketang.com/pc/css/course.v3.css">
</head>
<body class="ke-pc">
<!-- header start -->
<div class="ke-header">
  <a class="logo" href="{rel(path, '/ke/index.html')}"><img src="https://static.zhiketang.com/img/logo.png" alt="知课堂 - 终身学习平台"></a>
  <ul class="ke-nav">{nav}</ul>
  <form class="search" action="#"><input type="text" name="word" placeholder="搜索课程/老师/机构"><button>搜索</button></form>
  <span class="login">登录 | 注册</span>
</div>
<!-- header end -->
<div class="ke-main">
  <div class="ke-content">
{body}
  </div>
  <div class="ke-aside">
{sidebar}
    <div class="aside-box app-dl"><img src="https://static.zhiketang.com/img/app-qr.png" alt="下载知课堂APP 随时随地学习"><p>扫码下载知课堂APP</p></div>
  </div>
</div>
<!-- footer -->
<div class="ke-footer">
  <p>{L(path, '/ke/help.html', '帮助中心')} | 关于我们 | 讲师入驻 | 机构合作 | 用户协议 | 隐私政策</p>
  <p>平台客服热线：4006-318-520（工作日 9:00-21:00） 客服邮箱：kefu@zhiketang.com 官方学员服务QQ群：1097362854</p>
  <p>深圳知课网络科技有限公司 统一社会信用代码：{PLAT_USCC} 粤ICP备18042761号-3 © 2014-2026 ke.zhiketang.com</p>
  <p class="warn">平台提示：课程内容由入驻机构/讲师提供，请勿脱离平台私下交易，谨防诈骗。</p>
</div>
</body>
</html>
"""


def ke_org_box(name, extra=""):
    return f"""    <div class="aside-box org-card">
      <h4>授课机构</h4>
      <p class="org-name">{name}</p>
      <p>好评率 97% · 学员 2.3万</p>{extra}
    </div>"""


# ---------------------------------------------------------------- U01 深蓝AI学苑 / 智训未来教育
p = "/ke/course/10231.html"
page(p, ke_page(p, "人工智能训练师（四级/三级）考证精品班", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证 &gt; 人工智能</div>
    <h1 class="course-title">人工智能训练师（四级/三级）考证精品班｜数据标注+智能训练 全程直播</h1>
    <div class="course-meta">
      <span class="price">¥2680</span> <del class="old">¥4980</del> <span class="tag">限时优惠</span>
      <span>已报名 1826 人</span> <span>课程ID：10231</span>
    </div>
    <ul class="course-tabs"><li class="on">介绍</li><li>目录</li><li>评价(312)</li></ul>
    <div class="course-intro">
      <p>人社部公布的新职业——人工智能训练师（职业编码 4-04-05-05），本课程按《国家职业技能标准(2021年版)》讲解理论+实操，四级/中级工、三级/高级工均可报。</p>
      <table class="lvl">
        <tr><th>级别</th><th>课时</th><th>学费（含认定费）</th></tr>
        <tr><td>四级/中级工</td><td>50课时</td><td>2680元</td></tr>
        <tr><td>三级/高级工</td><td>40课时+实操</td><td>3280元</td></tr>
      </table>
      <p>报名后由班主任统一审核申报条件，符合条件的同学可协助申领技能提升补贴。</p>
      <p>机构：深蓝AI学苑　课程顾问 V: shenlan_ai2024 （备注"知课堂"）</p>
    </div>
    <div class="comments">
      <div class="cmt"><b>学员_8812</b>：老师讲得很细，实操的标注工具终于搞懂了。</div>
      <div class="cmt"><b>Yuki</b>：请问三级需要什么条件？<br><span class="reply">深蓝AI学苑回复：同学你好，需要四级证书+相关工作年限，具体可以QQ咨询 2851736490 帮你看材料。</span></div>
    </div>""", ke_org_box("深蓝AI学苑", f"<p>{L(p, '/ke/teacher/chen-lx.html', '主讲：陈老师')}</p>")),
     True, "U01", "深蓝AI学苑",
     [("wechat", "shenlan_ai2024", "V: shenlan_ai2024"), ("qq", "2851736490", "QQ咨询 2851736490")],
     "course page on the 知课堂 platform; enquiry reply in comments")

p = "/ke/teacher/chen-lx.html"
page(p, ke_page(p, "陈老师 - 讲师主页", f"""
    <div class="teacher-head">
      <img src="https://img.zhiketang.com/avatar/t_20931.jpg" alt="陈老师头像">
      <h1>陈老师 <small>深蓝AI学苑 · 金牌讲师</small></h1>
      <p>8年AI数据服务经验，带过3000+学员拿到人工智能训练师证书（四级、三级）。</p>
    </div>
    <h3>TA的课程</h3>
    <ul class="course-list">
      <li>{L(p, '/ke/course/10231.html', '人工智能训练师（四级/三级）考证精品班')} ¥2680</li>
      <li>AI训练师五级（初级工）入门班 ¥1,680 <em>可申请补贴</em></li>
      <li>数据标注实操训练营（免费公开课）</li>
    </ul>
    <h3>联系老师</h3>
    <p>报考咨询请加 扣扣：2851 7364 90，或直接电话 159-2184-7362（陈老师，非工作时间请留言）</p>
    <div class="notice">温馨提示：考试由备案的评价机构组织，证书可在技能人才评价证书全国联网查询。</div>""",
    ke_org_box("深蓝AI学苑")),
     True, "U01", "深蓝AI学苑",
     [("qq", "2851736490", "扣扣：2851 7364 90"), ("phone", "+8615921847362", "159-2184-7362")],
     "teacher profile page selling the AI-trainer levels")

p = "/zhixun/index.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>智训未来教育｜人工智能训练师报考中心 - 2026年下半年报名进行中</title>
<meta name="description" content="智训未来教育 人工智能训练师 AI训练师 报名 考试 证书 补贴">
<style>body{{font-family:"Microsoft YaHei";margin:0}} .banner{{background:#0b3d91;color:#fff;padding:40px}}</style></head>
<body>
<header class="top"><div class="logo"><img src="images/logo-zx.png" alt="智训未来教育"></div>
<nav><a href="#about">关于我们</a> <a href="#course">课程</a> <a href="#fee">收费</a> <a href="#contact">联系我们</a> {L(p, '/index.html', '返回导航')}</nav></header>
<section class="banner"><h1>AI训练师 · 新职业 · 新机遇</h1><p>Artificial Intelligence Trainer 职业技能等级认定 ｜ 线上学习 + 线下实操考核</p>
<p class="countdown">距离本期截止报名还有 <b>6</b> 天</p></section>
<section id="course"><h2>课程设置</h2>
<ul><li>五级（初级工）：零基础入门，60课时</li><li>四级（中级工）：数据采集与处理、数据标注、智能系统运维</li><li>三级（高级工）：业务分析、智能训练、智能系统设计、培训与指导</li></ul></section>
<section id="fee"><h2>收费标准</h2>
<p>五级 1680 元 ｜ 四级 2680 元 ｜ 三级 3280 元（均含教材、模拟题库、认定考务费）。失业保险参保满一年的学员，取证后可按当地政策申领技能提升补贴（五级最高1000元、四级1500元、三级2000元）。</p></section>
<section id="about"><h2>关于我们</h2><p>智训未来教育是一家专注数字技能培训的机构，与多家备案评价机构合作开展等级认定。证书信息可登录 zscx.osta.org.cn 查询。</p></section>
<section id="contact"><h2>联系我们</h2>
<p>报名热线：＋86 159 2184 7362</p>
<p>投递简历/合作：zhixun_edu(at)163.com</p>
<p>地址：上海市浦东新区张江路 665 号 3 楼</p></section>
<footer><p>上海智训未来教育科技有限公司　统一社会信用代码 {ZHIXUN_USCC}</p>
<p>© 2026 www.zhixunweilai.cn 沪ICP备2023017755号-1　技术支持：云建站 yunjianzhan.cn</p></footer>
</body></html>
""", True, "U01", "智训未来教育",
     [("phone", "+8615921847362", "＋86 159 2184 7362"), ("email", "zhixun_edu@163.com", "zhixun_edu(at)163.com"),
      ("uscc", ZHIXUN_USCC, ZHIXUN_USCC), ("domain", "zhixunweilai.cn", "www.zhixunweilai.cn")],
     "stand-alone landing page of the second brand")

# ================================================================ 豆苗小组 (group) site
def group_page(path, title, body, side=""):
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head><meta charset="UTF-8"><title>{title}</title>
<link rel="stylesheet" href="https://img1.doumiao.com/f/group/css/topic.css"></head>
<body>
<div id="db-global-nav"><div class="bd"><a href="{rel(path, '/index.html')}">豆苗</a> 读书 电影 音乐 <b>小组</b> 同城 <span class="login">登录/注册</span></div></div>
<div id="wrapper">
<div id="content">
<div class="group-head"><img src="https://img1.doumiao.com/view/group/icon/g702214.jpg" alt="小组图标"> {L(path, '/group/index.html', 'AI考证互助小组')} <span>（2.1万个考证人 在此聚集）</span></div>
<div class="article">
{body}
</div>
<div class="aside">
<div class="mod"><h2>小组规定</h2><p>禁止发布广告、禁止私信引流，违者删帖封禁。</p></div>
{side}
</div>
</div>
</div>
<div id="footer"><span class="fleft gray-link">© 2005－2026 doumiao.com, all rights reserved 北京豆苗科技有限公司</span>
<span class="fright">关于豆苗 · 联系我们 · 免责声明 · 帮助中心 · 京ICP备11032587号</span></div>
</body></html>
"""


p = "/group/topic/30018821.html"
page(p, group_page(p, "有没有一起报AI训练师四级的？组个学习搭子", f"""
<h1>有没有一起报AI训练师四级的？组个学习搭子</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">Zoe在张江搬砖</a> 2026-05-19 22:13:08 上海</div>
<div class="topic-content"><p>本人做数据标注快两年了，想考个人工只能训练师（四级）给简历加点分。我看了几家，最后选的是智训未来，价格两千六左右，有直播课+题库，还说交了社保的可以申请补贴。</p>
<p>想找几个一起学的，有兴趣的可以发邮件给机构那边的老师 zhixun_edu[at]163点com 报我名字有优惠，我们拉个小群互相监督~</p></div></div>
<ul class="topic-reply">
<li><b>momo</b>：这价格还行，我去年报的要三千多</li>
<li><b>小鱼要上岸</b>：同求搭子！想拼团的加我 vx：xiaoyu_pt0921 人多好砍价</li>
<li><b>路人甲</b>：楼主是托吧……</li>
<li><b>Zoe在张江搬砖</b>：回复 路人甲：不是哈，就是自己在学</li>
</ul>"""), True, "U01", "智训未来",
     [("email", "zhixun_edu@163.com", "zhixun_edu[at]163点com")],
     "casual group post pushing the brand with an obfuscated mailbox (astroturf)")

# ---------------------------------------------------------------- U02 华职通 / AI训练师考证帮
def job_page(path, title, body, side=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_招聘信息_好工作直聘网</title>
<link rel="stylesheet" href="/static/job/detail.css"></head>
<body>
<div class="hd"><a class="logo" href="{rel(path, '/jobs/index.html')}">好工作直聘</a>
<span class="city">全国站 [切换城市]</span> <a href="{rel(path, '/jobs/index.html')}">职位</a> 公司 校园 <span class="r">我要招人 | 登录</span></div>
<div class="job-wrap">
<div class="job-main">
{body}
</div>
<div class="job-side">{side}
<div class="safe"><h4>求职安全提示</h4><p>凡是收取培训费、考证费、押金的招聘均属违规，请提高警惕，遇到请立即举报。</p></div>
</div></div>
<div class="ft"><p>好工作直聘网 客服电话：400-885-2026 举报邮箱：jubao@haogongzuo.cn</p>
<p>人力资源服务许可证 苏人社网字【2019】87号 苏ICP备19024113号</p></div>
</body></html>
"""


p = "/jobs/job-88231.html"
page(p, job_page(p, "人工智能训练师（数据标注）", """
<h1>人工智能训练师（数据标注） <span class="sal">8-15K·13薪</span></h1>
<p class="info">广州·天河 | 经验不限 | 学历不限 | 全职/兼职 | 发布于 3天前</p>
<div class="company">华职通职业培训 <span class="v">已认证</span></div>
<div class="desc"><h3>职位描述</h3>
<p>1. 负责图像、语音、文本数据标注与质检；<br>2. 在家即可办公，时间自由，日结周结均可；<br>3. 无经验可培训，公司统一安排考取人工智能训练师职业技能等级证书（费用1980元，取证后上岗，持证后薪资翻倍）。</p>
<h3>联系方式</h3><p>联系人：刘经理　电话/微信：136 7192 8405　加v：hzt_peixun（请备注"应聘"）</p></div>
"""), True, "U02", "华职通职业培训",
     [("phone", "+8613671928405", "136 7192 8405"), ("wechat", "hzt_peixun", "加v：hzt_peixun")],
     "fake job ad that really sells the certificate (1980元 fee)")

def live_page(path, title, body, host, side=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} - 云播课堂直播间</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="live">
<div class="topbar"><a href="{rel(path, '/live/index.html')}">云播课堂</a> <span>直播</span> <span>回放</span> <span>开播</span></div>
<div class="player"><img src="https://cdn.yunboke.tv/cover/{path.split('/')[-1].replace('.html','')}.jpg" alt="{title} 直播封面"><span class="status">预约中</span></div>
<div class="room-info"><h1>{title}</h1><p class="host">主播：{host}</p>
{body}
</div>
<div class="chat"><h3>互动区</h3>{side}</div>
<div class="foot"><p>云播课堂 平台服务热线 4001-696-117 | 未成年人请勿打赏 | 网络文化经营许可证 浙网文〔2021〕1188-045号</p></div>
</body></html>
"""


p = "/live/room/520881.html"
page(p, live_page(p, "今晚20:00｜人工智能训练师三级报考解析+补贴申领", """
<p>直播号：hzt8866 · 粉丝 3.6w</p>
<ul class="points"><li>三级（高级工）报考条件一次讲清</li><li>四级、三级学费对比：直播间专属价 1.98k / 2.98k</li><li>补贴怎么申领？哪些人能领？</li></ul>
<p class="cart">🛒 小黄车：AI训练师考证·直播间专属名额 ¥1980 起</p>
<p>错过直播的家人加助理微信领回放：hzt_peixun</p>""", "AI训练师考证帮",
    """<p><b>用户7721</b>：包过吗</p><p><b>AI训练师考证帮</b>：不承诺包过哦，我们通过率高，有专属题库</p><p><b>芒果冰</b>：去年考了四级，可以报三级吗</p>"""),
     True, "U02", "AI训练师考证帮",
     [("other", "hzt8866", "直播号：hzt8866"), ("wechat", "hzt_peixun", "助理微信领回放：hzt_peixun")],
     "livestream course page with shop-cart item")

FORM_FOOT = '<p class="form-credit">本表单由 金表单 jinbiaodan.com 提供技术支持</p>'

p = "/huazhitong/index.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>华职通职业培训 - 人工智能训练师|AI训练师考证|数据标注员培训</title></head>
<body>
<div class="topline">欢迎访问华职通职业培训官网！ 全国服务热线：<strong>400-826-7315</strong></div>
<div class="header"><img src="img/hzt-logo.png" alt="华职通 职业培训"><ul class="menu"><li>{L(p, '/index.html', '首页')}</li><li>培训项目</li><li>报考指南</li><li>学员风采</li><li>联系我们</li></ul></div>
<div class="slide"><img src="img/banner-ai.jpg" alt="人工智能训练师 国家新职业 报名火热进行中"></div>
<div class="box"><h2>项目介绍：人工智能训练师（AI Trainer）</h2>
<p>人工智能训练师是2020年人社部等三部门联合发布的新职业，下设数据标注员、人工智能算法测试员两个工种。本中心开设五级至三级培训，考核合格颁发职业技能等级证书，全国联网可查（查询入口 zscx.osta.org.cn），证书问题可拨打12333咨询。</p>
<table class="fee"><tr><th>等级</th><th>原价</th><th>现价</th></tr>
<tr><td>五级/初级</td><td><s>2800</s></td><td>1580</td></tr>
<tr><td>四级/中级</td><td><s>3800</s></td><td>1980</td></tr>
<tr><td>三级/高级</td><td><s>4800</s></td><td>2980</td></tr></table></div>
<div class="box"><h2>在线预约</h2>
<form action="https://jinbiaodan.com/f/Hx83kP" method="post">
<label>姓名 <input name="name" placeholder="请输入姓名"></label>
<label>手机 <input name="tel" placeholder="例：13800138000"></label>
<label>邮箱 <input name="mail" placeholder="name@example.com"></label>
<label>报考级别 <select name="lv"><option>五级</option><option>四级</option><option>三级</option></select></label>
<button>立即预约</button></form>{FORM_FOOT}</div>
<div class="box"><h2>联系我们</h2><p>招生老师微信：HZT_PEIXUN</p><p>地址：广州市天河区天河北路 233 号中信广场旁写字楼 1607</p></div>
<div class="footer"><p>广州华职通教育咨询有限公司 统一社会信用代码：{HZT_USCC}</p><p>Copyright © huazhitong-edu.com 粤ICP备2022094412号</p></div>
</body></html>
""", True, "U02", "华职通职业培训",
     [("phone", "4008267315", "400-826-7315"), ("wechat", "hzt_peixun", "HZT_PEIXUN"),
      ("uscc", HZT_USCC, HZT_USCC), ("domain", "huazhitong-edu.com", "huazhitong-edu.com")],
     "corporate landing page with price table and enquiry form")

def zl_page(path, title, body, author):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title} | 知识星河 付费专栏</title></head>
<body>
<header class="xh-head"><a href="{rel(path, '/zhuanlan/index.html')}">知识星河</a> <nav>推荐 · 专栏 · 训练营 · 已购</nav></header>
<main class="column">
<div class="col-cover"><img src="https://p.zhishixinghe.com/cover/{path.split('/')[-1].replace('.html','')}.png" alt="{title} 专栏封面"></div>
<h1>{title}</h1><p class="author">作者：{author}</p>
{body}
</main>
<aside class="buy-tips"><p>购买须知：本专栏为虚拟内容服务，购买后不支持退款。如遇支付问题请联系平台客服 support@zhishixinghe.com</p></aside>
<footer class="xh-foot">知识星河 © 2026 · 杭州星河知识服务有限公司 · 浙ICP备20031988号</footer>
</body></html>
"""


p = "/zhuanlan/c/7731.html"
page(p, zl_page(p, "AI训练师考证通关课：从五级到三级，一次讲透", """
<div class="price-box"><span class="now">¥199</span> <span class="old">¥399</span> <span>已有 4,212 人订阅</span></div>
<div class="col-desc"><p>专栏共 36 讲 + 3 套模拟卷。订阅后私信领取"考证报名绿色通道"，报名五级/四级/三级认定班再减 300 元（认定班 1480～2980 元不等）。</p>
<p>作者账号：AI训练师考证帮（直播号 hzt8866，每周二晚直播答疑）</p>
<p>机构合作热线：４００－８２６－７３１５</p></div>
<ol class="toc"><li>第1讲 人工智能训练师是什么？职业编码与两个工种</li><li>第2讲 报考条件：工作年限怎么算</li><li>第3讲 数据标注实操题型</li><li>……</li></ol>""", "AI训练师考证帮"),
     True, "U02", "AI训练师考证帮",
     [("other", "hzt8866", "直播号 hzt8866"), ("phone", "4008267315", "４００－８２６－７３１５")],
     "paid column that funnels buyers into the enrolment class")

# ---------------------------------------------------------------- U03 北辰智能学院 / 启明星教育
p = "/ke/course/10587.html"
page(p, ke_page(p, "AI训练师高级工（三级）冲刺班", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证 &gt; 人工智能</div>
    <h1 class="course-title">AI训练师高级工（三级）冲刺班 · 武汉线下实操+线上理论</h1>
    <div class="course-meta"><span class="price">¥3,580.00</span> <span>分期：¥298×12期</span> <span>开课：2026-07-12</span></div>
    <div class="course-intro">
      <p>适合已取得四级证书、从事数据标注/算法测试工作的同学。理论：业务分析、智能训练、智能系统设计、培训与指导；实操：标注规范设计、模型效果测试。</p>
      <p><img src="https://img.zhiketang.com/u/10587/yangzheng.jpg" alt="证书样本 证书编号 S000042011002253000128"></p>
      <p>北辰智能学院 · 武汉校区 教务电话 027-8765 1234</p>
      <p>开班后进入学员群：712384956（报名审核通过后发放入群验证码）</p>
    </div>""", ke_org_box("北辰智能学院")),
     True, "U03", "北辰智能学院",
     [("phone", "+862787651234", "027-8765 1234"), ("qq_group", "712384956", "学员群：712384956")],
     "course page for level 3 with a sample-certificate image")

p = "/qimingxing/index.html"
page(p, f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>启明星教育 - 人工智能训练员考证 武汉</title></head>
<body style="background:#fffbe8">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="images/qmx_top.gif" alt="启明星教育 武汉职业技能培训"></td></tr>
<tr><td class="nav">{L(p, '/index.html', '网站首页')} | 学校简介 | 招生简章 | 考试动态 | 联系方式</td></tr>
<tr><td>
<h2>★★ 2026年人工智能训练员（师）招生简章 ★★</h2>
<p>一、报考等级：五级、四级、三级（高级工）</p>
<p>二、学费：五级壹仟陆佰元；四级贰仟贰佰元；三级叁仟伍佰捌拾元。老学员介绍新学员各减200元！</p>
<p>三、上课地点：武汉光谷创业街B座 7楼（前台 027-87309911，来访请先电话预约）</p>
<p>四、考试：理论+实操，60分合格，由备案评价机构组织认定。</p>
<p>五、报名电话：(027)87651234　 手机：186✨2709✨3314</p>
</td></tr>
<tr><td class="foot">启明星教育 版权所有 &nbsp; 地址：武汉市东湖高新区光谷大道 77 号 &nbsp; 鄂ICP备17001452号</td></tr>
</table></body></html>
""", True, "U03", "启明星教育",
     [("phone", "+862787651234", "(027)87651234"), ("phone", "+8618627093314", "186✨2709✨3314")],
     "old table-layout school site, misspelled occupation name, Chinese-numeral prices")

p = "/group/topic/30021377.html"
page(p, group_page(p, "武汉有靠谱的人工智能训练师培训吗？求推荐", f"""
<h1>武汉有靠谱的人工智能训练师培训吗？求推荐</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">热干面不加葱</a> 2026-06-02 09:41:55 湖北</div>
<div class="topic-content"><p>光谷这边做标注，组长说有证以后涨点钱，想问问武汉哪家培训靠谱，不想被割韭菜。</p></div></div>
<ul class="topic-reply">
<li><b>小鱼要上岸</b>：蹲一个，有想拼团的加我 vx：xiaoyu_pt0921</li>
<li><b>启明星-周老师</b>：你好，我们启明星在光谷，四级2200、三级3580，周六日上课，可以先来试听。私聊我，186 2709 3314 微信同号</li>
<li><b>热干面不加葱</b>：回复 启明星-周老师：请问五级不到一年经验能报吗</li>
<li><b>启明星-周老师</b>：可以的，我们这边帮你出工作证明就行</li>
<li><b>阿Ken</b>：楼上出证明这个……慎重</li>
</ul>"""), True, "U03", "启明星教育",
     [("phone", "+8618627093314", "186 2709 3314")],
     "question thread; the offer is a seller's reply (offers to fake a work certificate)")

# ---------------------------------------------------------------- U04 职达教育科技 / 优学宝
p = "/ke/course/11042.html"
page(p, ke_page(p, "人工智能训练师五级 零基础速成", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证</div>
    <h1 class="course-title">【零基础】人工智能训练师五级（初级工）速成班 7天拿证</h1>
    <div class="course-meta"><span class="price">¥980</span> <del>¥1980</del> <span>不限学历 不限经验</span></div>
    <div class="course-intro">
      <p>学完即考，一次不过免费重学！AI训练师证书国家认可，可用于积分落户、评职称、申领补贴。</p>
      <p><img src="https://img.zhiketang.com/u/11042/haoping.jpg" alt="学员好评截图 订单编号 18612003457 已结课"></p>
      <p>职达教育科技 课程顾问 薇：zhida_kf01</p>
      <p>资料包发送邮箱：service@zhidaedu.com.cn</p>
    </div>""", ke_org_box("职达教育科技")),
     True, "U04", "职达教育科技",
     [("wechat", "zhida_kf01", "薇：zhida_kf01"), ("email", "service@zhidaedu.com.cn", "service@zhidaedu.com.cn"),
      ("domain", "zhidaedu.com.cn", "zhidaedu.com.cn")],
     "level-5 'speed' course, no eligibility checks")

p = "/youxuebao/baoming.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>优学宝 · 在线报名</title></head>
<body class="h5">
<div class="h5-top"><img src="img/yxb-logo.png" alt="优学宝"> <span>AI训练师考证报名通道</span></div>
<p>2026年第三期：人工智能训练师（五级/四级）报名表，提交后老师1个工作日内联系您。费用：五级 ¥980，四级 ¥1,880，两级同报 ¥2,580。</p>
<form action="https://jinbiaodan.com/f/Yq72aM" method="post">
<p>* 姓名 <input name="n"></p>
<p>* 手机号 <input name="m" placeholder="例：13800138000"></p>
<p>邮箱 <input name="e" placeholder="name@example.com"></p>
<p>* 报考等级 <input type="radio" name="l">五级 <input type="radio" name="l">四级 <input type="radio" name="l">两级同报</p>
<button>提交报名</button>
</form>{FORM_FOOT}
<div class="qr"><img src="img/kf-qr.png" alt="扫码添加老师微信 zhida_kf01"><p>长按识别二维码添加老师</p></div>
<p class="qq">不方便加微信？QQ：3340912876</p>
<div class="foot">{L(p, '/youxuebao/news/2026-ai-trainer.html', '报考指南')} · 优学宝 · 技术支持：云建站 yunjianzhan.cn</div>
</body></html>
""", True, "U04", "优学宝",
     [("wechat", "zhida_kf01", "扫码添加老师微信 zhida_kf01"), ("qq", "3340912876", "QQ：3340912876")],
     "H5 sign-up form; wechat only in QR alt text")

p = "/youxuebao/news/2026-ai-trainer.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2026年人工智能训练师报考条件及费用一览（最新） - 优学宝资讯</title>
<meta name="generator" content="WordPress 6.4.3"></head>
<body class="post-template-default single">
<header id="masthead"><p class="site-title">优学宝资讯</p><nav>{L(p, '/youxuebao/baoming.html', '在线报名')} · 考证资讯 · 政策解读</nav></header>
<article id="post-2231"><h1 class="entry-title">2026年人工智能训练师报考条件及费用一览（最新）</h1>
<div class="entry-meta">发布于 2026-04-08 · 分类：考证资讯 · 阅读 9,871</div>
<div class="entry-content">
<p>人工智能训练师（AI trainer）是人社部认证的新职业，证书全国通用。很多同学问“人工智能训练师证怎么考”，小编整理如下：</p>
<h3>一、报考条件</h3><p>五级：累计从事本职业或相关职业工作1年（含）以上……（以官方标准为准）</p>
<h3>二、费用</h3><p>培训费 980～2580 元不等；认定考务费以考点公布为准。省内考点可咨询 0571-85062233。</p>
<h3>三、证书查询</h3><p>人社部门证书登录技能人才评价工作网查询，政策问题可拨打 12333。原1+X证书可在 vslc.ncb.edu.cn 查询。</p>
<h3>四、报名</h3><p>点击{L(p, '/youxuebao/baoming.html', '在线报名')}，或加客服 QQ 3340 912 876，客服邮箱 kefu圈youxuebao点net</p>
</div></article>
<footer id="colophon">© 2026 优学宝 youxuebao.net · 自豪地采用 WordPress</footer>
</body></html>
""", True, "U04", "优学宝",
     [("qq", "3340912876", "QQ 3340 912 876"), ("email", "kefu@youxuebao.net", "kefu圈youxuebao点net"),
      ("domain", "youxuebao.net", "youxuebao.net")],
     "SEO-style guide article ending in an enrolment call")

# ---------------------------------------------------------------- U05 星火职培 / 码上学AI
p = "/live/room/523407.html"
page(p, live_page(p, "星火职培公开课：AI训练师四级实操题带练", """
<p>视频号同步直播：星火职培官方</p>
<p>本场福利：四级班原价 3200，直播间下单立减 600；三级班 3.8k，可分期。报名咨询 177 5603 8291（徐老师）</p>
<p class="cart">🛒 橱窗第2件：人工智能训练师四级认定班 ¥2600</p>""", "星火职培-徐老师",
    """<p><b>学员_Lily</b>：老师讲得好清楚</p><p><b>xzx</b>：考点在哪</p><p><b>星火职培-徐老师</b>：武汉光谷创业街B座，前台 027-87309911</p>"""),
     True, "U05", "星火职培",
     [("other", "星火职培官方", "视频号同步直播：星火职培官方"), ("phone", "+8617756038291", "177 5603 8291")],
     "livestream course page with shop window item")

p = "/ke/course/11260.html"
page(p, ke_page(p, "码上学AI：人工智能训练师 中级工（四级）", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; IT·互联网 &gt; 人工智能</div>
    <h1 class="course-title">人工智能训练师中级工（四级）| 数据采集和处理 · 数据标注 · 智能系统运维</h1>
    <div class="course-meta"><span class="price">¥2,600</span> <span>8周 · 50课时</span></div>
    <div class="course-intro">
      <p>码上学AI 出品。课程结束后统一安排参加四级认定（理论+操作技能），合格后发放职业技能等级证书。</p>
      <p><img src="https://img.zhiketang.com/u/11260/review.jpg" alt="学员反馈 订单编号 18612003457 五星好评"></p>
      <p>咨询老师：一七七 五六零三 八二九一</p>
      <p>微信：mashangxue_ai</p>
    </div>""", ke_org_box("码上学AI")),
     True, "U05", "码上学AI",
     [("phone", "+8617756038291", "一七七 五六零三 八二九一"), ("wechat", "mashangxue_ai", "微信：mashangxue_ai")],
     "course page; phone written in Chinese numerals")

p = "/mashangxue/index.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>码上学AI - 让每个人都能成为AI训练师</title></head>
<body>
<div class="hero"><h1>码上学AI</h1><p>AI Trainer Certification · 数据标注员 / 人工智能算法测试员 双工种</p>
<a class="btn" href="#join">立即咨询</a> {L(p, '/index.html', '站点导航')}</div>
<div class="cards">
<div class="card"><h3>四级 中级工</h3><p><del>¥3200</del> ¥2600</p></div>
<div class="card"><h3>三级 高级工</h3><p>¥3800 起 · 支持分期</p></div>
<div class="card"><h3>企业内训</h3><p>按人数报价，10人以上 8 折</p></div></div>
<p>上课地点：武汉光谷创业街B座（前台电话 027-87309911）</p>
<div id="join"><h2>加入我们</h2><p>微信号：Mashangxue_AI</p><p>邮箱：hi@mashangxueai.com</p></div>
<footer>© 2026 mashangxueai.com · 鄂ICP备2024008127号-1</footer>
</body></html>
""", True, "U05", "码上学AI",
     [("wechat", "mashangxue_ai", "Mashangxue_AI"), ("email", "hi@mashangxueai.com", "hi@mashangxueai.com"),
      ("domain", "mashangxueai.com", "mashangxueai.com")],
     "modern single-page site")

# ---------------------------------------------------------------- U06 国培人才网 / 中科智培 / AI训练师报考中心
p = "/guopei/index.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>国培人才网-全国人工智能训练师统一报名入口</title></head>
<body style="margin:0">
<div class="redbar" style="background:#c00;color:#fff"><img src="img/huizhang.png" alt="国培人才网 徽标"> 国培人才网 · 全国职业技能人才培养报名平台</div>
<div class="nav">{L(p, '/index.html', '首页')} | 政策文件 | 报名入口 | 证书查询 | 联系我们</div>
<div class="notice"><marquee>【通知】2026年第二批人工智能训练师（一级至五级）报名截止7月31日，名额有限！</marquee></div>
<div class="main">
<h2>AI训练师报考中心</h2>
<p>中科智培(北京)教育科技有限公司承办。不限学历、不限专业、不限年龄，一级/二级/三级均可直接报考，考试通过率98%，证书人社部颁发、入库可查（zscx.osta.org.cn）。</p>
<p><img src="img/zs-sample.jpg" alt="证书样本 编号S000042011002253000128"></p>
<table border="1" class="fees"><tr><th>等级</th><th>费用</th></tr>
<tr><td>五级/四级</td><td>1980元/本</td></tr><tr><td>三级</td><td>3980元/本</td></tr><tr><td>二级（技师）</td><td>6800元/本</td></tr><tr><td>一级（高级技师）</td><td>9800元/本，三本同报立减3000</td></tr></table>
<h3>联系方式</h3>
<table class="contact"><tr><td>联系电话</td><td>010-62537710</td></tr>
<tr><td>办公地址</td><td>北京市海淀区中关村南大街甲 6 号</td></tr>
<tr><td>监督电话</td><td>12333</td></tr></table>
<form><input name="tel" placeholder="例：13800138000"><button>获取报名资料</button></form>
</div>
<div class="foot">主办：中科智培(北京)教育科技有限公司　统一社会信用代码：{GUOPEI_USCC}　网址：www.guopeirencai.org.cn</div>
</body></html>
""", True, "U06", "国培人才网",
     [("phone", "+861062537710", "010-62537710"), ("uscc", GUOPEI_USCC, GUOPEI_USCC),
      ("domain", "guopeirencai.org.cn", "www.guopeirencai.org.cn")],
     "fake-official 'national' enrolment portal selling levels 1-5 per certificate")

p = "/jobs/job-88574.html"
page(p, job_page(p, "急聘人工智能训练师/数据标注（可兼职）", """
<h1>急聘人工智能训练师/数据标注（可兼职） <span class="sal">6-12K</span></h1>
<p class="info">北京·海淀 | 经验不限 | 学历不限 | 兼职</p>
<div class="company">AI训练师报考中心</div>
<div class="desc"><p>岗位要求持人工智能训练师证书。无证人员可由我中心统一报考（1980元），拿证后推荐上岗。</p>
<p>联系：010 6253 7710（座机）/ 135-2047-6613（孙老师）</p></div>
"""), True, "U06", "AI训练师报考中心",
     [("phone", "+861062537710", "010 6253 7710"), ("phone", "+8613520476613", "135-2047-6613")],
     "job ad whose real purpose is selling the exam")

p = "/group/topic/30025409.html"
page(p, group_page(p, "分享｜我是怎么拿下人工智能训练师三级的（附机构）", f"""
<h1>分享｜我是怎么拿下人工智能训练师三级的（附机构）</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">北漂的小吴</a> 2026-03-28 13:05:22 北京</div>
<div class="topic-content"><p>零基础，之前做行政的，从报名到拿三级证一共不到两个月！！中间就线上看了点视频，考试很简单。</p>
<p><img src="https://img9.doumiao.com/view/group_topic/l/p2208.jpg" alt="我的证书（已打码）"></p>
<p>机构是中科智培，价格不贵，想了解的可以打 135 2047 6613 找孙老师，或者发邮件 zkzp_bj＠126.com 要资料。</p></div></div>
<ul class="topic-reply"><li><b>清醒一点</b>：零基础两个月三级？？三级要四级证加工作年限的吧</li><li><b>北漂的小吴</b>：人家有渠道的</li></ul>
"""), True, "U06", "中科智培",
     [("phone", "+8613520476613", "135 2047 6613"), ("email", "zkzp_bj@126.com", "zkzp_bj＠126.com")],
     "astroturf 'experience' post with contacts")

p = "/ke/teacher/wang-zk.html"
page(p, ke_page(p, "王老师 - 讲师主页", f"""
    <div class="teacher-head"><img src="https://img.zhiketang.com/avatar/t_33107.jpg" alt="王老师"><h1>王老师 <small>中科智培 教学主任</small></h1>
    <p>人工智能训练师（高级技师）、国家级考评员（自称），主讲 AI 训练师各等级认定辅导。</p></div>
    <h3>TA的课程</h3>
    <ul class="course-list"><li>人工智能训练师 二级/技师 直通车 ¥6,800（含认定）</li><li>AI训练师三级 高级工 ¥3,980</li></ul>
    <h3>联系</h3><p>资料索取邮箱：zkzp_bj@126.com　QQ：1287450093</p>""", ke_org_box("中科智培")),
     True, "U06", "中科智培",
     [("email", "zkzp_bj@126.com", "zkzp_bj@126.com"), ("qq", "1287450093", "QQ：1287450093")],
     "teacher profile selling level 2 and 3")

# ---------------------------------------------------------------- U07 深职汇 / 灵犀教育
p = "/zhuanlan/c/7802.html"
page(p, zl_page(p, "30天拿下人工智能训练师证｜深职汇·林老师的备考专栏", """
<div class="price-box"><span class="now">￥69.9</span> <span>限时 · 原价￥129</span></div>
<div class="col-desc"><p>适合深圳在职人员：四级/三级备考、补贴申领（深圳可上浮30%）全流程。</p>
<p>订阅后加林老师 vx lingxi_lin88 进备考群，报正式班（四级 2.2k、三级 3.2k）抵扣专栏费。</p>
<blockquote>学员 张同学（QQ 1534429087）：专栏+正式班一次过四级，感谢林老师！</blockquote></div>""", "深职汇-林老师"),
     True, "U07", "深职汇",
     [("wechat", "lingxi_lin88", "vx lingxi_lin88")],
     "paid column by the seller, upsells the class")

p = "/lingxi/index.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>灵犀教育 | 深圳人工智能训练师培训 · 补贴申领</title></head>
<body>
<nav class="navbar"><span class="brand">灵犀教育</span> <a href="#c">课程</a> <a href="#t">学员评价</a> <a href="#contact">联系</a> {L(p, '/index.html', '导航')}</nav>
<section id="c"><h2>AI 训练师（人工智能训练师）等级认定班</h2>
<ul><li>四级：2200 元（深户/深圳社保满1年，取证后可申领补贴）</li><li>三级：3200 元</li><li>两级连报：4999 元</li></ul></section>
<section id="t"><h2>学员评价</h2><blockquote>学员 张同学（QQ 1534429087）：专栏+正式班一次过四级，感谢林老师！</blockquote></section>
<section id="contact"><h2>联系我们</h2>
<p>电话：<a href="tel:+8613923857016">139 2385 7016</a></p>
<p>微信：LingXi_Lin88</p>
<p>地址：深圳市南山区科技园南区 R2-B 栋</p></section>
<footer>灵犀教育 · 技术支持：云建站 yunjianzhan.cn</footer>
</body></html>
""", True, "U07", "灵犀教育",
     [("phone", "+8613923857016", "139 2385 7016"), ("wechat", "lingxi_lin88", "LingXi_Lin88")],
     "small landing site built on a site builder; tel: link")

p = "/ke/course/11873.html"
page(p, ke_page(p, "深职汇｜人工智能训练师四级 周末班（深圳）", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证</div>
    <h1 class="course-title">人工智能训练师四级 周末班（深圳南山）</h1>
    <div class="course-meta"><span class="price">¥2200</span> <span>本期剩余 6 席</span></div>
    <div class="course-intro"><p>深职汇开设。线下实操+线上理论。补贴政策：深圳市技能提升补贴按目录可上浮30%，具体以人社部门审核为准。</p>
    <p>报名专线：+86-139-2385-7016</p><p>班级QQ群 864201337（报名后拉入）</p></div>""", ke_org_box("深职汇")),
     True, "U07", "深职汇",
     [("phone", "+8613923857016", "+86-139-2385-7016"), ("qq_group", "864201337", "班级QQ群 864201337")],
     "platform course page of the same business")

# ---------------------------------------------------------------- U08 博远职业技能培训学校 / AI训练营
p = "/boyuan/zsjz/ai-trainer.html"
page(p, f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>招生简章_杭州市博远职业技能培训学校</title></head>
<body>
<div id="top"><img src="../images/by_banner.jpg" alt="杭州市博远职业技能培训学校"></div>
<div id="menu">{L(p, '/index.html', '学校首页')} | 学校概况 | 招生简章 | 师资力量 | 在线报名 | 联系我们</div>
<div id="left"><h3>招生简章</h3><ul><li>人工智能训练师</li><li>育婴员</li><li>电工</li></ul></div>
<div id="right">
<h1>人工智能训练师（四级、三级）职业技能等级认定培训招生简章</h1>
<p>发布时间：2026-05-06　浏览次数：1372</p>
<p>一、培训对象：从事数据标注、算法测试、智能客服训练等工作的在职人员。</p>
<p>二、培训时间：理论40课时、实操60课时，周末授课。</p>
<p>三、培训费用：四级 1850 元/人，三级 2450 元/人（不含认定费）。符合条件者可申请失业保险技能提升补贴。</p>
<p>四、认定考点：杭州市职业技能鉴定考点（下城），考点咨询 0571-85062233。证书信息可在 www.osta.org.cn 查询。</p>
<p>五、报名方式：现场报名或在线报名。</p>
<form><input name="tel" placeholder="例：13800138000"><input name="mail" placeholder="name@example.com"><button>在线报名</button></form>{FORM_FOOT}
</div>
<div id="foot">杭州市博远职业技能培训学校　办学许可证号：浙杭人社民3301060041号　统一社会信用代码：{BOYUAN_USCC}<br>
地址：杭州市西湖区文三路 259 号　招生办：0571-8696 2231　邮箱：boyuanpx@qq.com</div>
</body></html>
""", True, "U08", "杭州市博远职业技能培训学校",
     [("uscc", BOYUAN_USCC, BOYUAN_USCC), ("phone", "+8657186962231", "0571-8696 2231"), ("email", "boyuanpx@qq.com", "boyuanpx@qq.com")],
     "private vocational school site; contacts in footer")

p = "/group/topic/30027760.html"
page(p, group_page(p, "【群公告】AI训练营 第12期 人工智能训练师 招生通知", f"""
<h1>【群公告】AI训练营 第12期 人工智能训练师 招生通知</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">AI训练营-助教</a> 2026-05-10 18:00:00 浙江</div>
<div class="topic-content"><pre>
@全体成员
第12期开始报名啦！
· 等级：四级（1850）/ 三级（2450）
· 开课：6月6日 周末班
· 报名：进群 596 318 024 找助教，或发邮件 boyuanpx＃qq.com（#换成@）
· 考点：下城考点 0571 8506 2233
不要私下转账给任何自称"助教"的人，只认学校对公账户！
</pre></div></div>
<ul class="topic-reply"><li><b>阿哲</b>：mark</li><li><b>小鱼要上岸</b>：想拼团的加我 vx：xiaoyu_pt0921</li></ul>
"""), True, "U08", "AI训练营",
     [("qq_group", "596318024", "596 318 024"), ("email", "boyuanpx@qq.com", "boyuanpx＃qq.com")],
     "group notice re-posted in the forum")

p = "/ke/course/12011.html"
page(p, ke_page(p, "AI训练营｜人工智能训练师三级实操特训", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证</div>
    <h1 class="course-title">AI训练营 · 三级高级工 实操特训（智能训练 / 智能系统设计）</h1>
    <div class="course-meta"><span class="price">¥2450</span> <span>直播+录播</span></div>
    <div class="course-intro"><p>面向已持四级证书的学员。购课后加入学员群 596318024，助教统一发放实操环境账号。</p></div>""",
    ke_org_box("AI训练营")),
     True, "U08", "AI训练营",
     [("qq_group", "596318024", "学员群 596318024")],
     "platform course page; only the QQ group ties it")

# ---------------------------------------------------------------- U09 启航AI学堂 / 智汇职教
p = "/ke/course/12296.html"
page(p, ke_page(p, "启航AI学堂：AI训练师 五级+四级 双证班", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证</div>
    <h1 class="course-title">人工智能训练师 五级+四级 双证班（双证同报更优惠）</h1>
    <div class="course-meta"><span class="price">¥1.5k</span> <span>单报五级 ¥880 / 单报四级 ¥1180</span></div>
    <div class="course-intro"><p>启航AI学堂。一次学习，两个等级同时认定（注：需分别满足申报条件）。</p>
    <p>客服QQ:947120385　淘宝店铺：启航AI学堂考证店</p></div>""", ke_org_box("启航AI学堂")),
     True, "U09", "启航AI学堂",
     [("qq", "947120385", "QQ:947120385"), ("other", "启航AI学堂考证店", "淘宝店铺：启航AI学堂考证店")],
     "two-level bundle course")

p = "/zhihui/post/ai-xunlianshi.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>AI训练师证书有什么用？附报考流程 - 智汇职教</title></head>
<body>
<div class="site-header"><h1 class="logo">智汇职教</h1><p>职业技能 · 考证资讯 · 就业指导</p>{L(p, '/index.html', '首页')}</div>
<div class="post"><h2>AI训练师证书有什么用？附报考流程</h2><p class="meta">作者：智汇老师　2026-02-17</p>
<p>人工智能训练师（俗称AI训练师），是2020年新增职业。很多人问这个证书“有没有用”——对做数据标注的同学来说，它是岗位能力的证明。</p>
<p>我们智汇职教目前招收五级、四级学员，学费 八百八 起，两级同报一千五。</p>
<p><img src="/zhihui/img/sample.jpg" alt="证书样本 S000042011002253000128"></p>
<div class="contact-card"><p>咨询 QQ：947 120 385</p><p>微信号：zhjz_2025</p></div>
<blockquote>学员 张同学（QQ 1534429087）：专栏+正式班一次过四级，感谢林老师！</blockquote>
</div>
<div class="sidebar"><h3>热门文章</h3><ul><li>数据标注员需要什么学历</li><li>技能提升补贴怎么领</li></ul></div>
<div class="footer">© 智汇职教 2026</div>
</body></html>
""", True, "U09", "智汇职教",
     [("qq", "947120385", "947 120 385"), ("wechat", "zhjz_2025", "微信号：zhjz_2025")],
     "blog-style article by the seller, copies another seller's testimonial")

p = "/group/topic/30031185.html"
page(p, group_page(p, "出两个AI训练师四级报名名额，价格美丽", f"""
<h1>出两个AI训练师四级报名名额，价格美丽</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">智汇职教-小满</a> 2026-06-11 20:30:47 江苏</div>
<div class="topic-content"><p>机构内部名额，四级 1180 含认定，先到先得～有意 v: zhjz_2025，备注豆苗</p>
<p>付款走支付宝，收款方：智汇职教（**教）</p></div></div>
<ul class="topic-reply"><li><b>不知道叫啥</b>：名额还能转卖？</li></ul>
"""), True, "U09", "智汇职教",
     [("wechat", "zhjz_2025", "v: zhjz_2025")],
     "casual post reselling 'places'")

# ================================================================ independents
p = "/ke/course/12408.html"
page(p, ke_page(p, "小林老师AI工作室：数据标注员（AI训练师五级）入门", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; IT·互联网</div>
    <h1 class="course-title">数据标注员入门到认定｜人工智能训练师五级（初级工）</h1>
    <div class="course-meta"><span class="price">¥699</span> <span>录播 · 永久回看</span></div>
    <div class="course-intro"><p>小林老师AI工作室。课程覆盖五级全部认定要素，结课后协助报名当地备案评价机构的五级认定（认定费另付，以机构公示为准）。</p>
    <p>有问题加我：vx→ lin_ai_studio</p></div>""", ke_org_box("小林老师AI工作室")),
     True, "I01", "小林老师AI工作室",
     [("wechat", "lin_ai_studio", "vx→ lin_ai_studio")],
     "independent studio on the platform")

p = "/group/topic/30033642.html"
page(p, group_page(p, "帮报人工智能训练师，江浙沪可线下", f"""
<h1>帮报人工智能训练师，江浙沪可线下</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">Mr.Q</a> 2026-04-22 11:11:11 江苏</div>
<div class="topic-content"><p>本人合作机构，AI训练师4级/3级都能报，四级2k出头，三级3k左右，可以帮看条件。</p>
<p>电话 1 5 3 - 6 6 0 1 - 2 8 7 4，嫌麻烦直接打</p></div></div>
<ul class="topic-reply"><li><b>薄荷</b>：又是中介</li></ul>
"""), True, "I02", "Mr.Q",
     [("phone", "+8615366012874", "1 5 3 - 6 6 0 1 - 2 8 7 4")],
     "middleman's post, digits spaced out")

p = "/luxin/index.html"
page(p, f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>济南鲁信职业培训学校 - 人工智能训练师</title></head>
<body>
<div class="head"><img src="img/luxin.png" alt="鲁信职业培训"> 济南鲁信职业培训学校 <span>{L(p, '/index.html', '返回')}</span></div>
<div class="con"><h2>人工智能训练师（五级/四级）培训班</h2>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》开展培训，五级 60 课时、四级 50 课时。学费：五级1200元、四级1800元。</p>
<p>报名电话：０５３１－８８９０６６１７</p><p>网址：www.luxinpx.com</p></div>
<div class="foot">济南鲁信职业培训学校 统一社会信用代码 {LUXIN_USCC} · 技术支持：云建站 yunjianzhan.cn</div>
</body></html>
""", True, "I03", "济南鲁信职业培训学校",
     [("phone", "+8653188906617", "０５３１－８８９０６６１７"), ("domain", "luxinpx.com", "www.luxinpx.com"),
      ("uscc", LUXIN_USCC, LUXIN_USCC)],
     "independent school, full-width landline")

p = "/zhuanlan/c/7955.html"
page(p, zl_page(p, "数据标注老兵：AI训练师四级实操题库+1v1批改", """
<div class="price-box"><span class="now">¥299</span> <span>含 1v1 批改 3 次</span></div>
<div class="col-desc"><p>我做了6年标注，带组过百人。这个专栏+批改服务帮你过人工智能训练师四级实操（认定报名我可以代办，代办费 500）。</p>
<p>联系：biaozhu_laobing（微信）</p></div>""", "数据标注老兵"),
     True, "I04", "数据标注老兵",
     [("wechat", "biaozhu_laobing", "biaozhu_laobing")],
     "paid column with paid enrolment proxy service")

p = "/live/room/526119.html"
page(p, live_page(p, "职证通｜AI训练师报名最后3天", """
<p>全国可报，线上考试（？）四级1680、三级2680，二级技师咨询</p>
<p>主播电话 188-1032-7654</p>""", "职证通",
    """<p><b>阿木</b>：线上考试？正规吗</p><p><b>职证通</b>：放心，证书可查</p>"""),
     True, "I05", "职证通",
     [("phone", "+8618810327654", "188-1032-7654")],
     "independent livestream seller")

p = "/jobs/job-89012.html"
page(p, job_page(p, "人工智能训练师证书培训（招生）", """
<h1>人工智能训练师证书培训（招生） <span class="sal">面议</span></h1>
<p class="info">南京 | 发布者：个人</p>
<div class="desc"><p>招生：人工智能训练师四级/三级，包报名包资料，费用两千到三千五不等，可申请补贴。</p>
<p>QQ 568230917 / 邮箱 568230917@qq.com</p></div>
"""), True, "I06", "个人",
     [("qq", "568230917", "QQ 568230917"), ("email", "568230917@qq.com", "568230917@qq.com")],
     "individual posting an enrolment ad in the job board")

# ================================================================ non-offers
p = "/ke/index.html"
ke_courses = [("/ke/course/10231.html", "人工智能训练师（四级/三级）考证精品班"),
              ("/ke/course/10587.html", "AI训练师高级工（三级）冲刺班"),
              ("/ke/course/11042.html", "人工智能训练师五级 零基础速成"),
              ("/ke/course/11260.html", "人工智能训练师 中级工（四级）"),
              ("/ke/course/11873.html", "人工智能训练师四级 周末班（深圳）"),
              ("/ke/course/12011.html", "AI训练营 三级实操特训"),
              ("/ke/course/12296.html", "AI训练师 五级+四级 双证班"),
              ("/ke/course/12408.html", "数据标注员入门到认定"),
              ("/ke/course/12533.html", "健康管理师三级 考证班")]
ke_teachers = [("/ke/teacher/chen-lx.html", "陈老师"), ("/ke/teacher/wang-zk.html", "王老师"),
               ("/ke/teacher/zhao-py.html", "赵老师")]
page(p, ke_page(p, "知课堂 - 职业考证频道", """
    <h1 id="cert">职业考证 · 热门课程</h1>
    <ul class="course-grid">%s</ul>
    <h2 id="it">名师推荐</h2>
    <ul class="teacher-grid">%s</ul>""" % (
    "".join('<li>%s</li>' % L(p, a, b) for a, b in ke_courses),
    "".join('<li>%s</li>' % L(p, a, b) for a, b in ke_teachers))), note="platform channel/list page")

p = "/ke/help.html"
page(p, ke_page(p, "帮助中心", """
    <h1>帮助中心</h1>
    <h3>如何联系客服？</h3><p>拨打 4006-318-520，或发送邮件至 kefu@zhiketang.com；学员也可加入官方学员服务QQ群 1097362854。</p>
    <h3>课程退款规则</h3><p>购买后7天内且学习进度低于20%，可申请无理由退款。</p>
    <h3>谨防诈骗</h3><p>平台不会以"补贴""包过""内部名额"等名义要求您向个人账户转账。证书真伪请以技能人才评价证书全国联网查询（zscx.osta.org.cn）为准，政策咨询 12333。</p>"""),
     note="platform help page (platform's own contacts)")

p = "/ke/teacher/zhao-py.html"
page(p, ke_page(p, "赵老师 - 讲师主页", """
    <div class="teacher-head"><img src="https://img.zhiketang.com/avatar/t_40812.jpg" alt="赵老师"><h1>赵老师 <small>独立讲师</small></h1>
    <p>前互联网公司数据分析师，主讲 Python 数据分析与机器学习入门。<b>不做任何考证代报名。</b></p></div>
    <h3>TA的课程</h3><ul><li>Python数据分析实战 ¥199</li><li>机器学习入门 30 讲 ¥299</li></ul>
    <p>课程答疑邮箱：zhao.pyteach@foxmail.com</p>"""),
     note="teacher profile with no certificate offer (Python courses)")

p = "/ke/course/12533.html"
page(p, ke_page(p, "健康管理师三级 考证班", f"""
    <div class="crumb">{L(p, '/ke/index.html', '首页')} &gt; 职业考证 &gt; 医药健康</div>
    <h1 class="course-title">健康管理师（三级）考证班 · 理论+技能</h1>
    <div class="course-meta"><span class="price">¥1,980</span></div>
    <div class="course-intro"><p>健康管理师为卫生健康行业职业，本课程与人工智能训练师无关。咨询电话 0755-2661 0398（康宁健康学院）</p></div>""",
    ke_org_box("康宁健康学院")),
     note="another occupation's course on the same platform")

p = "/group/index.html"
topics = [("/group/topic/30018821.html", "有没有一起报AI训练师四级的？组个学习搭子"),
          ("/group/topic/30021377.html", "武汉有靠谱的人工智能训练师培训吗？求推荐"),
          ("/group/topic/30025409.html", "分享｜我是怎么拿下人工智能训练师三级的（附机构）"),
          ("/group/topic/30027760.html", "【群公告】AI训练营 第12期 招生通知"),
          ("/group/topic/30031185.html", "出两个AI训练师四级报名名额"),
          ("/group/topic/30033642.html", "帮报人工智能训练师，江浙沪可线下"),
          ("/group/topic/30036018.html", "避雷！交了3980说包过，现在人找不到了"),
          ("/group/topic/30038857.html", "人工智能训练师证到底有没有用？")]
page(p, group_page(p, "AI考证互助小组", """
<h1>AI考证互助小组</h1>
<table class="olt"><tr><th>讨论</th><th>作者</th><th>回应</th></tr>%s</table>""" % "".join(
    '<tr><td>%s</td><td>组员</td><td>%d</td></tr>' % (L(p, a, b), 3 + i * 7) for i, (a, b) in enumerate(topics))),
     note="group topic list")

p = "/group/topic/30036018.html"
page(p, group_page(p, "避雷！交了3980说包过，现在人找不到了", """
<h1>避雷！交了3980说包过，现在人找不到了</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">后悔的阿杰</a> 2026-06-20 23:48:10 河南</div>
<div class="topic-content"><p>去年12月在网上找的"全国技能证书统一报名中心"，说人工智能训练师三级零基础包过，交了3980，到现在证书没有，客服微信 jnzs_kaozheng 把我拉黑了。</p>
<p>已经打了12315投诉，也问了12333，说人社部门不颁发这种证书，证书是备案的评价机构发的。大家一定要去官网查机构有没有备案！</p></div></div>
<ul class="topic-reply"><li><b>清醒一点</b>：抱抱，这种包过的基本都是骗子</li><li><b>小鱼要上岸</b>：吓人，幸好我还没交钱，拼团的朋友也注意 vx：xiaoyu_pt0921</li></ul>
"""), note="complaint thread quoting a scammer's wechat and public hotlines")

p = "/group/topic/30038857.html"
page(p, group_page(p, "人工智能训练师证到底有没有用？", """
<h1>人工智能训练师证到底有没有用？</h1>
<div class="topic-doc"><div class="from">来自：<a href="#">夜猫</a> 2026-05-30 01:02:03 广东</div>
<div class="topic-content"><p>看到好多机构在卖，有的说人社部颁发，有的说能落户，到底有用吗？</p></div></div>
<ul class="topic-reply"><li><b>HR小张</b>：我们招标注员看经验，有证加分但不是必须。</li>
<li><b>小鱼要上岸</b>：我觉得可以考个四级，想拼团的加我 vx：xiaoyu_pt0921</li>
<li><b>老标注</b>：人社部不直接发证，是备案机构发，先去 osta.org.cn 查机构。</li></ul>
"""), note="discussion thread, no seller")

p = "/jobs/index.html"
jobs = [("/jobs/job-88231.html", "人工智能训练师（数据标注） 8-15K"),
        ("/jobs/job-88574.html", "急聘人工智能训练师/数据标注（可兼职）"),
        ("/jobs/job-89012.html", "人工智能训练师证书培训（招生）"),
        ("/jobs/job-89360.html", "数据标注工程师（AI训练师方向） 苏州")]
page(p, job_page(p, "人工智能训练师 职位搜索", """
<h1>“人工智能训练师”相关职位</h1>
<ul class="job-list">%s</ul>""" % "".join('<li>%s</li>' % L(p, a, b) for a, b in jobs)),
     note="job board search list")

p = "/jobs/job-89360.html"
page(p, job_page(p, "数据标注工程师（AI训练师方向）", f"""
<h1>数据标注工程师（AI训练师方向） <span class="sal">9-14K·14薪</span></h1>
<p class="info">苏州·工业园区 | 1-3年 | 大专 | 全职</p>
<div class="company">苏州澄思智能科技有限公司（统一社会信用代码 {JOBCO_USCC}）</div>
<div class="desc"><h3>岗位职责</h3><p>1. 制定多模态数据标注规范并组织质检；2. 配合算法团队进行模型效果评测。</p>
<h3>任职要求</h3><p>有标注项目管理经验；持有人工智能训练师（四级及以上）职业技能等级证书者优先。公司不收取任何费用。</p>
<p>简历投递：hr@chengsi-ai.com</p></div>
"""), note="real job ad that merely prefers certificate holders")

p = "/blog/2026/05/ai-trainer-fees.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>我对比了6家AI训练师培训机构的收费，结论是…… | 阿月的成长笔记</title></head>
<body>
<header><h1 class="blog-name">阿月的成长笔记</h1><nav>{L(p, '/index.html', '首页')} · 考证 · 读书 · 关于我</nav></header>
<article>
<h2>我对比了6家AI训练师培训机构的收费，结论是……</h2>
<p class="date">2026-05-27 · 标签：人工智能训练师 / 考证 / 避坑</p>
<p>最近在准备考人工智能训练师，问了一圈机构，整理成表给大家参考（不是广告，不放联系方式，自己搜）。</p>
<table border="1"><tr><th>机构</th><th>四级</th><th>三级</th><th>备注</th></tr>
<tr><td>智训未来</td><td>2680</td><td>3280</td><td>有直播课</td></tr>
<tr><td>华职通</td><td>1980</td><td>2980</td><td>网页标着原价，感觉是“划线价”套路</td></tr>
<tr><td>国培人才网</td><td>1980/本</td><td>3980/本</td><td>号称一级二级都能直接报，明显不对</td></tr>
<tr><td>码上学AI</td><td>2600</td><td>3800起</td><td>武汉线下</td></tr>
<tr><td>博远培训学校</td><td>1850</td><td>2450</td><td>不含认定费，杭州考点 0571-85062233</td></tr>
<tr><td>鲁信</td><td>1800</td><td>—</td><td>只做五级四级</td></tr></table>
<p>结论：1）按级别收费、三本同报打折的慎重；2）说“人社部颁发”的都不对，证书是备案的评价机构发的；3）有补贴的话五级最多1000、四级1500、三级2000，不会“几乎免费”。</p>
</article>
<section class="comments"><h3>评论（3）</h3>
<p><b>Tina</b>：感谢整理！</p><p><b>匿名</b>：博主有推荐吗</p><p><b>阿月</b>：回复 匿名：没有利益相关，不推荐具体哪家哈</p></section>
<footer>© 阿月的成长笔记 · Powered by Typecho</footer>
</body></html>
""", note="blogger's fee comparison of several schools, no contacts, not an offer")

p = "/zhuanlan/index.html"
cols = [("/zhuanlan/c/7731.html", "AI训练师考证通关课"), ("/zhuanlan/c/7802.html", "30天拿下人工智能训练师证"),
        ("/zhuanlan/c/7955.html", "数据标注老兵：AI训练师四级实操题库")]
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职业考证专栏 | 知识星河</title></head>
<body><header class="xh-head">知识星河 <nav>推荐 · 专栏 · 训练营</nav></header>
<main><h1>职业考证 · 热门专栏</h1><ul>{''.join('<li>%s</li>' % L(p, a, b) for a, b in cols)}</ul></main>
<aside class="buy-tips">平台客服 support@zhishixinghe.com</aside>
<footer class="xh-foot">知识星河 © 2026 · 浙ICP备20031988号</footer></body></html>
""", note="paid-column platform list page")

p = "/live/index.html"
rooms = [("/live/room/520881.html", "人工智能训练师三级报考解析"), ("/live/room/523407.html", "星火职培公开课"),
         ("/live/room/526119.html", "职证通｜AI训练师报名最后3天")]
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职业教育直播 - 云播课堂</title></head>
<body class="live"><div class="topbar">云播课堂 <span>直播</span> <span>回放</span></div>
<h1>正在直播 · 职业教育</h1><ul>{''.join('<li>%s</li>' % L(p, a, b) for a, b in rooms)}</ul>
<div class="foot"><p>云播课堂 平台服务热线 4001-696-117</p></div></body></html>
""", note="livestream platform list page")

p = "/news/2026/0412-shanzhai.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>“包过”“人社部颁发”？警惕AI训练师“山寨证书”陷阱_新闻频道</title></head>
<body>
<div class="news-top">新闻频道 &gt; 社会 &gt; 正文 {L(p, '/index.html', '首页')}</div>
<h1>“包过”“人社部颁发”？警惕AI训练师“山寨证书”陷阱</h1>
<p class="src">2026-04-12 08:30　来源：晨报记者</p>
<p>随着人工智能训练师热度上升，一些机构打出“零基础包过”“人社部颁发”等宣传。记者调查发现，有网民交费后对方失联，涉事客服微信号 jnzs_kaozheng 已无法联系。</p>
<p>人社部门提醒，职业技能等级证书由经备案的评价机构颁发，可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）核验；原1+X证书可在 vslc.ncb.edu.cn 查询。遇到虚假宣传可拨打 12315 投诉，政策咨询可拨打 12333。</p>
<p class="editor">责任编辑：李楠</p>
<div class="related"><h4>相关阅读</h4><ul><li>{L(p, '/news/2026/0603-aigc-newjob.html', '生成式人工智能系统应用员是什么职业？')}</li><li>{L(p, '/policy/ai-trainer-jiedu.html', '人工智能训练师职业技能等级认定政策解读')}</li></ul></div>
</body></html>
""", note="news warning that quotes public hotlines and a scammer's id")

p = "/news/2026/0603-aigc-newjob.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>生成式人工智能系统应用员是什么职业？与AI训练师有何不同</title></head>
<body>
<div class="news-top">科技 &gt; 正文 {L(p, '/index.html', '首页')}</div>
<h1>生成式人工智能系统应用员是什么职业？与AI训练师有何不同</h1>
<p>2022年版职业分类大典中，4-04-05-13 生成式人工智能系统应用员与 4-04-05-05 人工智能训练师是两个不同职业。不少广告把两者混为一谈，甚至把“人工智能工程技术人员”（专业技术类）也说成同一证书。</p>
<p>业内人士提醒，选择培训前应查询评价机构是否在技能人才评价工作网（www.osta.org.cn）备案。</p>
</body></html>
""", note="news explainer, another occupation")

p = "/policy/ai-trainer-jiedu.html"
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能训练师职业技能等级认定政策解读_政策解读_某市人力资源和社会保障局</title></head>
<body>
<div class="gov-head"><img src="img/gov-logo.png" alt="某市人力资源和社会保障局"> {L(p, '/index.html', '首页')} &gt; 政务公开 &gt; 政策解读</div>
<h1>人工智能训练师职业技能等级认定政策解读</h1>
<p>一、人工智能训练师（4-04-05-05）设五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师五个等级。</p>
<p>二、职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织颁发，证书信息可在技能人才评价工作网（www.osta.org.cn）查询。</p>
<p>三、符合条件的参保职工取得五级、四级、三级证书的，可分别申领最高1000元、1500元、2000元技能提升补贴。</p>
<p>四、本市认定考点之一：杭州市职业技能鉴定考点（下城），咨询电话 0571-85062233。</p>
<p>五、咨询电话：12333。</p>
<p class="src">发布机构：某市人力资源和社会保障局　发布日期：2026-03-02</p>
</body></html>
""", note="policy explainer by a government-style site")

p = "/sites/index.html"
sites = [("/zhixun/index.html", "智训未来教育"), ("/huazhitong/index.html", "华职通职业培训"),
         ("/qimingxing/index.html", "启明星教育"), ("/youxuebao/baoming.html", "优学宝 在线报名"),
         ("/youxuebao/news/2026-ai-trainer.html", "优学宝资讯"), ("/mashangxue/index.html", "码上学AI"),
         ("/guopei/index.html", "国培人才网"), ("/lingxi/index.html", "灵犀教育"),
         ("/boyuan/zsjz/ai-trainer.html", "博远职业技能培训学校"), ("/zhihui/post/ai-xunlianshi.html", "智汇职教"),
         ("/luxin/index.html", "济南鲁信职业培训学校")]
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职业培训网址导航 - 考证类</title></head>
<body><h1>职业培训网址导航 · 考证类</h1>
<p>收录网站不代表本站推荐，请自行甄别。</p>
<ul>{''.join('<li>%s</li>' % L(p, a, b) for a, b in sites)}</ul>
<p>{L(p, '/index.html', '返回首页')}</p></body></html>
""", note="web directory (list page)")

p = "/index.html"
entries = [("/ke/index.html", "知课堂 · 职业考证频道"), ("/ke/help.html", "知课堂帮助中心"),
           ("/group/index.html", "豆苗 · AI考证互助小组"), ("/jobs/index.html", "好工作直聘 · 职位"),
           ("/zhuanlan/index.html", "知识星河 · 付费专栏"), ("/live/index.html", "云播课堂 · 直播"),
           ("/blog/2026/05/ai-trainer-fees.html", "阿月的成长笔记：6家机构收费对比"),
           ("/sites/index.html", "培训机构网址导航"),
           ("/news/2026/0412-shanzhai.html", "新闻：警惕AI训练师山寨证书"),
           ("/news/2026/0603-aigc-newjob.html", "新闻：生成式人工智能系统应用员"),
           ("/policy/ai-trainer-jiedu.html", "政策解读：人工智能训练师等级认定")]
page(p, f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人工智能训练师 考证信息 抓取样本站</title></head>
<body><h1>人工智能训练师 · 网页样本</h1>
<ul>{''.join('<li>%s</li>' % L(p, a, b) for a, b in entries)}</ul>
</body></html>
""", note="root index")

# ================================================================ operators & decoys
OPERATORS = {
    "U01": {"brands": ["深蓝AI学苑", "智训未来教育"],
            "ties": "ke course <-QQ 2851736490-> teacher profile <-mobile 15921847362-> landing site <-email zhixun_edu@163.com (written (at) vs [at]/点)-> group post"},
    "U02": {"brands": ["华职通职业培训", "AI训练师考证帮"],
            "ties": "job ad/live room/landing share wechat hzt_peixun (upper-case on the site); live room and paid column share 直播号 hzt8866; landing and column share 400-826-7315 (full-width on the column)"},
    "U03": {"brands": ["北辰智能学院", "启明星教育"],
            "ties": "ke course <-landline 027-87651234-> school site <-mobile 18627093314 (emoji separators vs spaces)-> group reply"},
    "U04": {"brands": ["职达教育科技", "优学宝"],
            "ties": "ke course <-wechat zhida_kf01 (QR alt on form)-> sign-up form <-QQ 3340912876-> guide article"},
    "U05": {"brands": ["星火职培", "码上学AI"],
            "ties": "live room <-mobile 17756038291 (Chinese numerals on ke)-> ke course <-wechat mashangxue_ai (case differs)-> site"},
    "U06": {"brands": ["国培人才网", "AI训练师报考中心", "中科智培"],
            "ties": "portal <-landline 010-62537710-> job ad <-mobile 13520476613-> group post <-email zkzp_bj@126.com (full-width ＠)-> teacher profile"},
    "U07": {"brands": ["深职汇", "灵犀教育"],
            "ties": "paid column <-wechat lingxi_lin88 (case differs)-> landing <-mobile 13923857016-> ke course"},
    "U08": {"brands": ["杭州市博远职业技能培训学校", "AI训练营"],
            "ties": "school site <-email boyuanpx@qq.com (# for @ in notice)-> group notice <-QQ group 596318024-> ke course"},
    "U09": {"brands": ["启航AI学堂", "智汇职教"],
            "ties": "ke course <-QQ 947120385-> blog article <-wechat zhjz_2025-> group post"},
    "I01": {"brands": ["小林老师AI工作室"], "ties": "single offer"},
    "I02": {"brands": ["Mr.Q"], "ties": "single offer"},
    "I03": {"brands": ["济南鲁信职业培训学校"], "ties": "single offer"},
    "I04": {"brands": ["数据标注老兵"], "ties": "single offer"},
    "I05": {"brands": ["职证通"], "ties": "single offer"},
    "I06": {"brands": ["个人"], "ties": "single offer"},
}

KE_ALL = [x for x in PAGES if x.startswith("/ke/")]
GROUP_ALL = [x for x in PAGES if x.startswith("/group/")]
JOB_ALL = [x for x in PAGES if x.startswith("/jobs/")]
ZL_ALL = [x for x in PAGES if x.startswith("/zhuanlan/")]
LIVE_ALL = [x for x in PAGES if x.startswith("/live/")]
FORMS = ["/huazhitong/index.html", "/youxuebao/baoming.html", "/boyuan/zsjz/ai-trainer.html"]

DECOYS = [
    ("phone", "12333", ["12333"], ["/huazhitong/index.html", "/guopei/index.html", "/youxuebao/news/2026-ai-trainer.html",
                                   "/ke/help.html", "/group/topic/30036018.html", "/news/2026/0412-shanzhai.html",
                                   "/policy/ai-trainer-jiedu.html"], "人社 public hotline"),
    ("phone", "12315", ["12315"], ["/group/topic/30036018.html", "/news/2026/0412-shanzhai.html"], "market-regulation complaint hotline"),
    ("phone", "4006318520", ["4006-318-520"], KE_ALL, "知课堂 platform customer-service number in every platform footer"),
    ("email", "kefu@zhiketang.com", ["kefu@zhiketang.com"], KE_ALL, "platform mailbox in footer"),
    ("qq_group", "1097362854", ["1097362854"], KE_ALL, "platform's official student QQ group in footer"),
    ("uscc", PLAT_USCC, [PLAT_USCC], KE_ALL, "platform operator's credit code in footer"),
    ("domain", "zhiketang.com", ["ke.zhiketang.com"], KE_ALL, "platform's own domain"),
    ("domain", "doumiao.com", ["doumiao.com"], GROUP_ALL, "forum site's domain in footer"),
    ("other", "京ICP备11032587号", ["京ICP备11032587号"], GROUP_ALL, "forum site's ICP licence in footer"),
    ("phone", "4008852026", ["400-885-2026"], JOB_ALL, "job board customer-service number"),
    ("email", "jubao@haogongzuo.cn", ["jubao@haogongzuo.cn"], JOB_ALL, "job board's report mailbox"),
    ("email", "support@zhishixinghe.com", ["support@zhishixinghe.com"], ZL_ALL, "paid-column platform mailbox"),
    ("phone", "4001696117", ["4001-696-117"], LIVE_ALL, "livestream platform hotline"),
    ("domain", "yunjianzhan.cn", ["yunjianzhan.cn"], ["/zhixun/index.html", "/youxuebao/baoming.html", "/lingxi/index.html", "/luxin/index.html"],
     "site builder credit"),
    ("domain", "jinbiaodan.com", ["jinbiaodan.com"], FORMS, "form tool credit/action URL"),
    ("phone", "+8613800138000", ["13800138000"], FORMS + ["/guopei/index.html"], "form input placeholder"),
    ("email", "name@example.com", ["name@example.com"], FORMS, "form input placeholder"),
    ("phone", "+8657185062233", ["0571-85062233", "0571 8506 2233"],
     ["/boyuan/zsjz/ai-trainer.html", "/group/topic/30027760.html", "/youxuebao/news/2026-ai-trainer.html",
      "/policy/ai-trainer-jiedu.html", "/blog/2026/05/ai-trainer-fees.html"], "assessment site's number quoted by several sellers"),
    ("phone", "+862787309911", ["027-87309911"], ["/qimingxing/index.html", "/live/room/523407.html", "/mashangxue/index.html"],
     "shared training venue's front desk"),
    ("other", "S000042011002253000128", ["S000042011002253000128"],
     ["/ke/course/10587.html", "/guopei/index.html", "/zhihui/post/ai-xunlianshi.html"], "same sample-certificate number copied by several sellers"),
    ("phone", "+8618612003457", ["18612003457"], ["/ke/course/11042.html", "/ke/course/11260.html"], "order number in copied testimonial screenshot looks like a mobile"),
    ("wechat", "xiaoyu_pt0921", ["xiaoyu_pt0921"],
     ["/group/topic/30018821.html", "/group/topic/30021377.html", "/group/topic/30027760.html",
      "/group/topic/30036018.html", "/group/topic/30038857.html"], "a commenter's own wechat for group-buying, on several threads"),
    ("qq", "1534429087", ["1534429087"], ["/zhuanlan/c/7802.html", "/lingxi/index.html", "/zhihui/post/ai-xunlianshi.html"],
     "buyer's QQ inside a testimonial copied by another seller"),
    ("domain", "osta.org.cn", ["zscx.osta.org.cn", "www.osta.org.cn", "osta.org.cn"],
     ["/zhixun/index.html", "/huazhitong/index.html", "/guopei/index.html", "/boyuan/zsjz/ai-trainer.html",
      "/ke/help.html", "/news/2026/0412-shanzhai.html", "/news/2026/0603-aigc-newjob.html", "/policy/ai-trainer-jiedu.html",
      "/group/topic/30038857.html"], "official query site"),
    ("domain", "ncb.edu.cn", ["vslc.ncb.edu.cn"], ["/youxuebao/news/2026-ai-trainer.html", "/news/2026/0412-shanzhai.html"], "legacy 1+X query site"),
    ("wechat", "jnzs_kaozheng", ["jnzs_kaozheng"], ["/group/topic/30036018.html", "/news/2026/0412-shanzhai.html"],
     "scammer's id quoted in a complaint and in news; no offer page carries it"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for path, html in PAGES.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    truth = {
        "description": "operators-2026-12am: AI-trainer (人工智能训练师) certificate sellers on online-learning "
                       "platforms (course pages, teacher profiles), a forum group, a job board, a blog fee comparison, "
                       "a paid column platform, a livestream platform and stand-alone sites; grouped by operator.",
        "pages": sorted(TRUTH, key=lambda e: e["path"]),
        "operators": OPERATORS,
        "decoys": [{"kind": k, "value": v, "written": w, "paths": sorted(ps), "note": n}
                   for k, v, w, ps, n in DECOYS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
