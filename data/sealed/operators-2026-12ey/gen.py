#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers, and truth.json. Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- identifiers ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def _org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(s8, w))
    c = 11 - tot % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, region6, body8):
    s = prefix2 + region6 + body8 + _org_check(body8)
    tot = sum(ALPH.index(ch) * wt for ch, wt in zip(s, W18))
    r = 31 - tot % 31
    return s + ALPH[0 if r == 31 else r]

def norm_phone(written):
    d = re.sub(r"\D", "", written)
    if d.startswith("86") and len(d) == 13:
        d = d[2:]
    if len(d) == 11 and d.startswith("1"):
        return "+86" + d
    if d.startswith(("400", "800")) and len(d) == 10:
        return d
    if len(d) == 5:
        return d
    assert d.startswith("0"), written
    return d

def ph(w):  return ["phone", norm_phone(w), w]
def wx(w):  return ["wechat", w.lower(), w]
def qq(w):  return ["qq", re.sub(r"\D", "", w), w]
def qg(w):  return ["qq_group", re.sub(r"\D", "", w), w]
def em(w):  return ["email", w.lower(), w]
def dm(v, w=None): return ["domain", v.lower(), w or v]
def us(v):  return ["uscc", v, v]
def ot(v):  return ["other", v, v]

# sellers' USCCs (valid GB 32100 check characters)
U01_USCC = uscc("91", "210211", "MA0UK3L7")
U02_USCC = uscc("52", "460106", "MJ8841C2")
U03_USCC = uscc("91", "110108", "MA01GP7N")
U05_USCC = uscc("12", "210200", "46305812")
U07_USCC = uscc("91", "210204", "MA10XC4R")
SHOP_USCC = uscc("91", "330106", "MA2H7Y3D")   # platform's own (decoy)

U01_ICP = "辽ICP备2023017745号"
U05_ICP = "辽ICP备05012368号"

# ---------- site frames ----------
SITES = {}
def site(key, name, style, menu, footer, side):
    SITES[key] = dict(key=key, name=name, style=style, menu=menu, footer=footer, side=side, pages=[])

site("zhwl", "智汇未来教育", "corp-red",
     [("首页", "/zhwl/index.html"), ("人工智能训练师", "/zhwl/ai-trainer.html"), ("高级/技师直通", "/zhwl/level3.html")],
     f"""<p>大连智汇未来信息咨询有限公司 版权所有 | 地址：大连市甘井子区黄浦路软件园路8号B座1106</p>
<p>咨询热线：0411-8476 2391 | 官网：www.zhwl-edu.cn | 统一社会信用代码：{U01_USCC}</p>
<p><a href="#">{U01_ICP}-1</a></p>""",
     "<h4>热门课程</h4><ul><li>人工智能训练师(三级)</li><li>健康管理师</li><li>心理咨询师(培训)</li><li>碳排放管理员</li></ul>")
site("yefeng", "海口市椰风职业技能培训学校", "school-green",
     [("学校首页", "/yefeng/index.html"), ("培训项目", "/yefeng/ai-course.html"), ("报名须知", "/yefeng/baoming.html")],
     f"""<div class="ft">海口市椰风职业技能培训学校（民办） 办学许可证：教民146010070000213号<br>
学校地址：海口市龙华区滨涯路27号椰风大厦4楼 电话：0898-66785291 网址：yefengpx.cn<br>
统一社会信用代码：{U02_USCC} 琼ICP备18002741号</div>""",
     "<div class='notice'><b>学校公告</b><p>2026年第二期电工、育婴员、人工智能训练师班招生中。</p><p>退役军人、失业人员可按规定申请培训补贴。</p></div>")
site("wx", "微文精选 · 公众号文章转载", "wx-mirror",
     [("首页", "/wx/index.html"), ("职场", "/wx/index.html#zc"), ("教育", "/wx/index.html#jy")],
     """<p>本站文章均转载自微信公众号，版权归原作者所有，如有侵权请联系删除。</p>
<p>投稿/删稿微信：wxjx_tougao　邮箱：tougao@wxjingxuan.com　© 2026 wxjingxuan.com</p>""",
     "<h4>热门文章</h4><ol><li>00后整顿职场实录</li><li>大连这几家海鲜馆本地人才去</li><li>个税APP退税攻略</li></ol>")
site("shop", "学途优选 · 职业教育商城", "shop",
     [("商城首页", "/shop/index.html"), ("职业考证", "/shop/index.html#zk"), ("IT技能", "/shop/index.html#it")],
     f"""<div class="mall-foot"><span>学途优选客服热线 400-880-5163（9:00-21:00）</span> <span>客服邮箱 service@xuetuyx.com</span>
<span>支付安全由支付宝提供保障，支付问题请致电支付宝客服95188</span><br>
<span>杭州学途优选网络科技有限公司 营业执照：{SHOP_USCC}</span> <span>浙ICP备19032876号</span> <span>xuetuyx.com</span></div>""",
     "<div class='guess'><h4>猜你喜欢</h4><ul><li>Python入门30天</li><li>Excel数据透视表</li><li>软考中级真题</li></ul></div>")
site("blog", "码字博客 · 老周的数据标注笔记", "blog",
     [("博客首页", "/blog/index.html"), ("归档", "/blog/index.html#archive"), ("关于", "/blog/index.html#about")],
     """<p>Powered by 码字博客 mazi-blog.cn · 举报邮箱 jubao@mazi-blog.cn · 鲁ICP备17058231号</p>""",
     "<h4>标签</h4><p>数据标注 / 人工智能训练师 / 副业 / 考证避坑</p>")
site("news", "滨城资讯网", "news",
     [("首页", "/news/index.html"), ("本地", "/news/index.html#bd"), ("教育", "/news/index.html#jy"), ("推广", "/news/index.html#tg")],
     """<p>滨城资讯网 bcxinwen.cn 新闻热线：0411-82561100 违法和不良信息举报电话：0411-82561100</p>
<p>辽ICP备16008832号-2 未经授权禁止转载</p>""",
     "<h4>排行榜</h4><ol><li>大连地铁5号线客流创新高</li><li>星海广场周末交通管制</li><li>海口免税店新规</li></ol>")
site("college", "大连滨海职业技术学院 继续教育学院", "college-table",
     [("学院首页", "/college/index.html"), ("培训项目", "/college/ai-trainer-pxb.html"), ("评价认定", "/college/rending.html")],
     f"""<table class="foot"><tr><td>大连滨海职业技术学院 继续教育学院 地址：大连市金州区滨海路中段9号</td></tr>
<tr><td>dlbhvc.edu.cn 　 {U05_ICP} 　 辽公网安备21021302000187号</td></tr></table>""",
     "<table class='side'><tr><th>快速通道</th></tr><tr><td>成人学历教育</td></tr><tr><td>社会培训</td></tr><tr><td>职业技能等级认定</td></tr></table>")
site("fenlei", "易居分类 · 大连/海口", "classifieds",
     [("易居分类", "/fenlei/index.html"), ("大连", "/fenlei/index.html#dl"), ("海口", "/fenlei/index.html#hk"), ("教育培训", "/fenlei/index.html#px")],
     """<p>易居分类 yjfenlei.com 客服电话：010-58736620 京ICP备15047721号-3</p>
<p>提示：凡要求先交报名费、押金的信息请谨慎核实，遇诈骗请拨打110。</p>""",
     "<div class='ad'><b>推荐信息</b><p>甘井子两室一厅出租</p><p>海口二手电动车</p></div>")
site("wenda", "问答吧", "qa",
     [("问答吧首页", "/wenda/index.html"), ("教育", "/wenda/index.html#jy"), ("职场", "/wenda/index.html#zc")],
     """<p>问答吧 wendaba.cn · 用户交流QQ群：684209173 · 意见反馈 help@wendaba.cn · 沪ICP备16040127号</p>""",
     "<h4>相关问题</h4><ul><li>数据标注员一天能挣多少？</li><li>软考和职业技能证书哪个有用？</li></ul>")
site("rsj", "滨海市人力资源和社会保障局（政务公开）", "gov",
     [("首页", "/rsj/index.html"), ("通知公告", "/rsj/index.html#tzgg"), ("政策解读", "/rsj/index.html#zcjd")],
     """<div class="gov-foot">主办：滨海市人力资源和社会保障局 政务服务热线：12333<br>
技能证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn 　 技能人才评价工作网 osta.mohrss.gov.cn</div>""",
     "<ul class='gov-side'><li>政府信息公开</li><li>办事指南</li><li>互动交流</li></ul>")
site("video", "抖抖短视频（网页版）", "video",
     [("推荐", "/video/index.html"), ("关注", "/video/index.html#gz"), ("同城", "/video/index.html#tc")],
     """<p>ddshipin.com · 网上有害信息举报 400-140-2108 · 京ICP备20021587号 · 未成年人保护</p>""",
     "<h4>相关视频</h4><ul><li>大连老虎滩vlog</li><li>海口骑楼老街</li></ul>")

PAGES = []
def page(path, title, body, *, offer=False, op=None, provider=None, ids=(), note="", crumbs=None, related=()):
    key = path.split("/")[1]
    p = dict(path=path, title=title, body=body, offer=offer, op=op, provider=provider,
             ids=[list(x) for x in ids], note=note, crumbs=crumbs, related=list(related), site=key)
    PAGES.append(p)
    SITES[key]["pages"].append(p)
    return p

# ---------- pages: 智汇未来 (U01 company site) ----------
page("/zhwl/index.html", "智汇未来教育-大连职业技能培训",
     """<div class="banner">智汇未来 · 让技能变成收入</div>
<p>智汇未来教育立足大连，专注职业技能培训十余年，开设人工智能训练师、健康管理师、碳排放管理员等热门课程。</p>
<ul class="course-list"><li><a href="/zhwl/ai-trainer.html">人工智能训练师 国家职业技能等级证书</a></li>
<li><a href="/zhwl/level3.html">高级工/技师 直通班</a></li></ul>""",
     note="training-company home page (index, non-offer)")
page("/zhwl/ai-trainer.html", "人工智能训练师证书报考_人社部颁发_智汇未来教育",
     f"""<h1>人工智能训练师（4-04-05-05）国家职业资格证书 火热报名中</h1>
<p class="tag">人社部颁发 · 全国通用 · 官网可查 · 终身有效</p>
<p>零基础、不限学历、不限经验，报名即可安排考试，<b>包过</b>！不过全额退款。三级、四级、五级均可报考，线上学习+线上考试，最快30天拿证。</p>
<p>证书样本编号：S000021001002253000147（样证，仅供参考）</p>
<table class="price"><tr><th>等级</th><th>费用</th></tr><tr><td>五级/初级工</td><td>2680元</td></tr><tr><td>四级/中级工</td><td>3280元</td></tr><tr><td>三级/高级工</td><td>4680元</td></tr></table>
<p>报名咨询：0411-8476 2391 / 138 4093 2716（张老师）</p>
<p>微信：zhwl_dl2024（备注"AI训练师"）</p>""",
     offer=True, op="U01", provider="智汇未来教育",
     ids=[ph("0411-8476 2391"), ph("138 4093 2716"), wx("zhwl_dl2024"), dm("zhwl-edu.cn", "www.zhwl-edu.cn"), us(U01_USCC), ot(U01_ICP)],
     note="U01 own site: misdescribed as 国家职业资格证书, 人社部颁发, 包过, 零基础 any level",
     related=[("高级/技师直通班", "/zhwl/level3.html")])
page("/zhwl/level3.html", "高级工技师直通班-零基础直接报考二级技师",
     f"""<h1>人工智能训练师 三级/二级 直通班</h1>
<p>无需四级证书、无需工作年限，<b>零基础可直接报考二级技师</b>，三个等级一次报名享8折。</p>
<p>持证可申请大连人才补贴、积分落户，职业技能等级证书直接对应职称证书！</p>
<p>名额有限，电话13840932716，工作日8:30-20:00。</p>""",
     offer=True, op="U01", provider="智汇未来教育",
     ids=[ph("13840932716"), ph("0411-8476 2391"), dm("zhwl-edu.cn", "www.zhwl-edu.cn"), us(U01_USCC), ot(U01_ICP)],
     note="U01 own site: level 2 to beginners, three-levels bundle, 职称 overclaim",
     related=[("人工智能训练师报考", "/zhwl/ai-trainer.html")])

# ---------- 椰风 (U02 school site) ----------
page("/yefeng/index.html", "海口市椰风职业技能培训学校",
     """<h2>欢迎访问椰风职业技能培训学校</h2><p>学校经海口市人社局批准设立，常年开设电工、育婴员、养老护理员、人工智能训练师等培训项目。</p>
<ul><li><a href="/yefeng/ai-course.html">人工智能训练师（四级/五级）培训班</a></li><li><a href="/yefeng/baoming.html">报名须知</a></li></ul>""",
     note="school home page (index, non-offer)")
page("/yefeng/ai-course.html", "人工智能训练师（数据标注员）培训班招生简章",
     """<h1>2026年第二期人工智能训练师（数据标注员）培训班招生简章</h1>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》，开设五级（初级工）、四级（中级工）培训。五级参考课时60学时，四级50学时，理论+实操授课，结业后参加第三方评价机构组织的职业技能等级认定，合格者由评价机构颁发职业技能等级证书，可在技能人才评价证书全国联网查询平台查询（入口见技能人才评价工作网 osta.mohrss.gov.cn）。</p>
<p>申报条件：五级需累计从事本职业或相关职业工作1年以上，或本职业学徒期满；四级需取得五级证书后累计工作4年以上等。</p>
<p>符合条件的参保职工可按规定申领技能提升补贴（五级1000元、四级1500元），具体以人社部门审核为准，政策咨询12333。</p>
<p>招生办：0898-66785291　手机：139 7620 4518（陈老师）　邮箱：yefeng_px@163.com</p>""",
     offer=True, op="U02", provider="海口市椰风职业技能培训学校",
     ids=[ph("0898-66785291"), ph("139 7620 4518"), em("yefeng_px@163.com"), dm("yefengpx.cn"), us(U02_USCC)],
     note="U02 own site: honest enrolment notice with correct levels and subsidy",
     related=[("报名须知", "/yefeng/baoming.html")])
page("/yefeng/baoming.html", "报名须知-椰风职业技能培训学校",
     """<h1>报名须知</h1><ol><li>携带身份证、学历证明、工作年限证明原件及复印件。</li>
<li>线上预登记：<input placeholder="请输入手机号，如13800000000"></li>
<li>考试地点：海口市秀英区某考点（考点前台 0898-6652 3310，仅受理考场事务，不受理报名）。</li>
<li>本年度认定批次按人社部门公布执行。</li></ol>
<p>报名咨询：(0898)6678 5291　QQ：2853107746</p>""",
     offer=True, op="U02", provider="椰风职业技能培训学校",
     ids=[ph("(0898)6678 5291"), qq("2853107746"), dm("yefengpx.cn"), us(U02_USCC)],
     note="U02 own site: enrolment page; exam venue desk and placeholder are decoys",
     related=[("招生简章", "/yefeng/ai-course.html")])

# ---------- 学院 (U05) ----------
page("/college/index.html", "大连滨海职业技术学院继续教育学院",
     """<table class="news"><tr><th>学院动态</th></tr>
<tr><td><a href="/college/ai-trainer-pxb.html">关于举办人工智能训练师（四级）社会培训班的通知</a></td></tr>
<tr><td><a href="/college/rending.html">2026年第3批次职业技能等级认定报名公告</a></td></tr>
<tr><td><a href="/college/news-jiaoxue.html">我院召开2026年春季学期教学工作会议</a></td></tr></table>""",
     note="college index (non-offer)")
page("/college/ai-trainer-pxb.html", "关于举办人工智能训练师（四级）社会培训班的通知",
     """<h2>关于举办人工智能训练师（四级）社会培训班的通知</h2>
<p>各有关单位及社会学员：为服务区域数字经济发展，我院拟举办人工智能训练师（四级/中级工）社会培训班，培训50学时，内容含数据采集和处理、数据标注、智能系统运维。</p>
<p>报名条件：取得本职业五级证书后累计从事本职业工作4年（含）以上，或累计工作6年以上，或技工学校相关专业毕业生。</p>
<p>培训费：1800元/人（认定费另行按物价部门核定标准收取）。</p>
<p>在线报名表：https://jinshuju.net/f/bhAI26（手机号格式如13800000000）</p>
<p>联系电话：0411-87651432（周一至周五）　邮箱：jxjy@dlbhvc.edu.cn</p>""",
     offer=True, op="U05", provider="大连滨海职业技术学院继续教育学院",
     ids=[ph("0411-87651432"), em("jxjy@dlbhvc.edu.cn"), dm("dlbhvc.edu.cn"), ot(U05_ICP)],
     note="U05 college: honest level-4 training notice; form tool jinshuju is a third party",
     related=[("认定报名公告", "/college/rending.html")])
page("/college/rending.html", "2026年第3批次职业技能等级认定报名公告",
     f"""<h2>2026年第3批次职业技能等级认定报名公告</h2>
<p>我院为经备案的职业技能等级认定机构（统一社会信用代码 {U05_USCC}），现开展人工智能训练师五级、四级认定，认定批次号13720250716。</p>
<p>认定费：五级300元、四级380元（每人每次）。证书可登录 zscx.osta.org.cn 查询。政策咨询可拨打12333。</p>
<p>咨询电话：0411－8765 1432</p>""",
     offer=True, op="U05", provider="大连滨海职业技术学院",
     ids=[ph("0411－8765 1432"), us(U05_USCC), dm("dlbhvc.edu.cn"), ot(U05_ICP)],
     note="U05 college: evaluation enrolment with fees; batch number looks like a mobile (decoy)",
     related=[("培训班通知", "/college/ai-trainer-pxb.html")])
page("/college/news-jiaoxue.html", "我院召开2026年春季学期教学工作会议",
     """<h2>我院召开2026年春季学期教学工作会议</h2><p>3月2日，学院召开新学期教学工作会议，部署课程思政、实训基地建设等重点工作。</p>""",
     note="college news, unrelated (non-offer)")

# ---------- 微文精选 (wx) ----------
page("/wx/index.html", "微文精选-公众号好文转载", "<p>每日精选公众号文章。</p>", note="repost site index")
page("/wx/a01.html", "滨海职院 | 人工智能训练师社会培训班开班啦",
     """<p class="src">来源：滨海职院继续教育（公众号） 原文发布于2026年3月</p>
<p>好消息！继续教育学院人工智能训练师（四级）社会培训班开始报名。理论+实操，师资来自学院人工智能专业教研室。</p>
<p>报名条件请以学院官网通知为准。咨询电话：（0411）87651432 邮箱 jxjy@dlbhvc.edu.cn</p>
<p class="read">阅读 2318　在看 41</p>""",
     offer=True, op="U05", provider="滨海职院继续教育",
     ids=[ph("（0411）87651432"), em("jxjy@dlbhvc.edu.cn")],
     note="U05 repost of the college's WeChat article")
page("/wx/a02.html", "重磅！人社部新职业证书，AI训练师三级直考，错过再等一年",
     """<p class="src">来源：国培智联职业教育 作者：小国老师</p>
<p>人社部证书退出，哪家证书来接盘？答案就是<b>人工智能训练师</b>！本证书由人社部颁发，国家认可、官方认证，全国联网可查。</p>
<p>✅ 免培训 ✅ 包通过 ✅ 三、四、五级可同时报考，三证联报立减2000元！</p>
<p>报名热线：400 827 6631　添加老师微信 gpzl8866 领取报考资料</p>
<p class="read">阅读 10万+　在看 892</p>""",
     offer=True, op="U03", provider="国培智联职业教育",
     ids=[ph("400 827 6631"), wx("gpzl8866")],
     note="U03 WeChat repost: scam wording (人社部颁发, 免培训, 包通过, 三证联报)")
page("/wx/a03.html", "海口技工学校人工智能训练师培训班招生",
     """<p class="src">来源：南海技工培训（公众号）</p>
<p>南海技工培训中心开设人工智能训练师五级培训，面向有数据标注工作经历的在岗人员，周末授课，共60学时。</p>
<p>学费1500元，参保职工取证后可申请技能提升补贴。报名电话：0898-65319874</p>""",
     offer=True, op="I04", provider="南海技工培训中心",
     ids=[ph("0898-65319874")], note="I04 independent honest-ish Haikou training centre")
page("/wx/a04.html", "星辰AI训练营：大连本地数据标注员岗位实训班",
     """<p class="src">来源：星辰AI训练营</p>
<p>星辰AI训练营联合软件园企业开设数据标注实训，结业推荐实习。学员可自愿参加人工智能训练师五级认定（认定由备案评价机构组织，本训练营不承诺通过）。</p>
<p>报名表：jinshuju.net/f/xczx0412　咨询 13390057264　官网 xczx-dl.com</p>""",
     offer=True, op="U07", provider="星辰AI训练营",
     ids=[ph("13390057264"), dm("xczx-dl.com")], note="U07 WeChat repost, honest wording")
page("/wx/a05.html", "海南积分落户新通道！AI训练师证书挂靠年入3万",
     """<p class="src">来源：琼岛数智</p>
<p>考一个人工智能训练师证书，挂靠企业每年稳拿2-3万，还能加积分落户海南！</p>
<p>不限年龄、不限专业、无门槛，包过包拿证，拿证后我们帮你对接挂靠单位。</p>
<p>咨询林老师：18789761235　学员交流群：735261948</p>""",
     offer=True, op="U04", provider="琼岛数智",
     ids=[ph("18789761235"), qg("735261948")], note="U04 WeChat repost: 挂靠 and 落户 lures, 包过")
page("/wx/a06.html", "原价9999限时99！AIGC+人工智能训练师双证班",
     """<p class="src">来源：华职远程教育</p>
<p>90%小白都能学会！50节录播课，学完即可申请AIGC证书+人工智能训练师证书，双证到手，拿到证书便可升职加薪。</p>
<p>咨询QQ：1784523690　微信：HZYC-kefu01</p>""",
     offer=True, op="U08", provider="华职远程教育",
     ids=[qq("1784523690"), wx("HZYC-kefu01")], note="U08 WeChat repost: 原价9999限时99, 双证")
page("/wx/a07.html", "金石滩人力招聘|数据标注员包培训，可考AI训练师证",
     """<p class="src">来源：金石滩人力资源</p>
<p>招聘数据标注员20名，带薪培训两周，工作满一年公司统一组织报考人工智能训练师五级。</p>
<p>报名投简历：电话/微信 13504283961，或加微信 js_hr_2026</p>""",
     offer=True, op="I06", provider="金石滩人力资源",
     ids=[ph("13504283961"), wx("js_hr_2026")], note="I06 independent: job ad inviting enrolment")
page("/wx/a08.html", "提醒！这些\"AI证书\"骗局，大连已有人中招",
     """<p class="src">来源：大连反诈（转载）</p>
<p>近期有市民反映，接到自称"人社部考证中心"的电话（15904117632），称可"免考拿证"，交费后对方失联。</p>
<p>职业技能等级证书由备案的评价机构颁发，请登录 zscx.osta.org.cn 查询。遇到侵害消费者权益可拨打12315，政策咨询拨打12333。</p>""",
     note="warning repost (non-offer); scammer number is a decoy")

# ---------- 学途优选 (shop) ----------
page("/shop/index.html", "学途优选-职业考证课程", "<p>精选职业考证好课。</p>", note="shop index")
page("/shop/item-01.html", "【国培AI认证旗舰店】人工智能训练师三级/二级 报名+题库+证书",
     f"""<h1>人工智能训练师 三级 高级工 人社部颁发 入库可查 包过班</h1>
<div class="price">¥4980 <del>¥9800</del> 已售 1362</div>
<p>商品详情：免培训直接安排考试，不过全额退款。证书编号如 S000021001002253000147 格式，全国联网可查。</p>
<p>店铺客服：4008-276-631　收款单位：北京国培智联科技有限公司</p>
<p>店铺资质：营业执照 {U03_USCC}</p>
<div class="review"><b>买家评价</b>：拿证挺快的，订单号 2026031588710023，客服态度好。</div>""",
     offer=True, op="U03", provider="国培AI认证旗舰店",
     ids=[ph("4008-276-631"), ot("北京国培智联科技有限公司"), us(U03_USCC)],
     note="U03 shop store: price per certificate, 包过, 人社部颁发")
page("/shop/item-02.html", "数标学院 数据标注实战课 AI训练师五级备考",
     """<h1>数据标注实战课（含人工智能训练师五级理论备考）</h1><div class="price">¥399</div>
<p>32课时录播+实操练习，本课程仅提供培训，不代办证书。售后QQ：2469801357</p>""",
     offer=True, op="I01", provider="数标学院", ids=[qq("2469801357")], note="I01 independent honest course")
page("/shop/item-03.html", "老周数据标注小店 | 标注入门+人工智能训练师五级辅导",
     """<h1>老周带你入门数据标注（直播+社群）</h1><div class="price">¥299</div>
<p>博主老周本人授课，讲清楚五级申报条件（需1年相关工作经历），不卖证、不包过。</p>
<p>课后问题联系：156 4117 8903 / laozhou.dl@foxmail.com</p>""",
     offer=True, op="U06", provider="老周数据标注小店",
     ids=[ph("156 4117 8903"), em("laozhou.dl@foxmail.com")], note="U06 shop listing, honest")
page("/shop/item-04.html", "人工智能训练师四级/三级 理论+实操题库 2026新版",
     """<h1>人工智能训练师题库（四级/三级）2026新版 电子版</h1><div class="price">¥68</div>
<p>鹏程书屋出品，含认定要素细目表对应练习。购买后加微信 pcsw_tiku 发送资料。</p>""",
     offer=True, op="I02", provider="鹏程书屋", ids=[wx("pcsw_tiku")], note="I02 independent exam-prep product")
page("/shop/item-05.html", "华职远程 AIGC证书+人工智能训练师证书 双证套餐",
     """<h1>AIGC技术应用证书 + 人工智能训练师证书 双证套餐</h1>
<div class="price">¥99 <del>¥9999</del> 限时</div>
<p>零基础可学，四小时速成，交费包过，国家级证书！</p>
<p>收款方：杭州华职远程教育咨询有限公司　售后QQ 1784523690</p>""",
     offer=True, op="U08", provider="华职远程AIGC证书店",
     ids=[ot("杭州华职远程教育咨询有限公司"), qq("1784523690")], note="U08 shop: 速成, 包过, 国家级")
page("/shop/item-06.html", "海南智职考证服务 人工智能训练师五级报名代办",
     """<h1>人工智能训练师五级 报名材料指导（海口）</h1><div class="price">¥200 服务费</div>
<p>协助准备申报材料，认定由评价机构组织，考试需本人参加。</p>
<p>联系：138 0761 9427　QQ 903518276</p>""",
     offer=True, op="U09", provider="智职考证服务店",
     ids=[ph("138 0761 9427"), qq("903518276")], note="U09 shop: registration help service")

# ---------- 码字博客 (blog) ----------
page("/blog/index.html", "老周的数据标注笔记", "<p>一个大连数据标注老兵的笔记。</p>", note="blog index")
page("/blog/guide.html", "人工智能训练师证书到底怎么考？避坑指南（2026）",
     """<h2>人工智能训练师证书到底怎么考？避坑指南</h2>
<p>1. 职业代码4-04-05-05，两个工种：数据标注员、人工智能算法测试员。</p>
<p>2. 它是职业技能等级证书，不是国家职业资格证书，由备案评价机构颁发，不是"人社部颁发"。</p>
<p>3. 证书编号22位，形如 S000021001002253000147，去 zscx.osta.org.cn 查。</p>
<p>4. 看到"零基础直考二级""包过"的，直接拉黑。有疑问打12333问。</p>
<div class="comments"><b>评论(3)</b><p>海口莉莉：写得好！我也想学，博主加我微信 lily_hk1990 呗</p><p>游客：二级能直接考吗？</p></div>""",
     note="blog guide (non-offer); commenter's WeChat is a decoy")
page("/blog/post-course.html", "我开了个数据标注训练营（第3期招生）",
     """<h2>我开了个数据标注训练营（第3期招生）</h2>
<p>很多读者问能不能带一带，第3期老周数据标注训练营来了：4周直播，真实项目练手，适合想入行的朋友。</p>
<p>先说清楚：我只教技能，五级认定要你满足工作年限后自己去评价机构报名，我不代考不卖证。</p>
<p>报名加微信 laozhou_biaozhu，或者发邮件 laozhou.dl@foxmail.com</p>
<div class="comments"><b>评论(2)</b><p>海口莉莉：报名了！lily_hk1990 已加</p><p>大连阿杰：支持老周</p></div>""",
     offer=True, op="U06", provider="老周数据标注训练营",
     ids=[wx("laozhou_biaozhu"), em("laozhou.dl@foxmail.com")], note="U06 blog post selling his own course")
page("/blog/post-tuiguang.html", "【合作推广】智标未来在线：人工智能训练师四级冲刺班",
     """<h2>【合作推广】智标未来在线：人工智能训练师四级冲刺班</h2>
<p>本文为商家合作推广，不代表博主观点。</p>
<p>智标未来在线推出四级冲刺班，理论+实操模拟，上课时间灵活。咨询邮箱：zbwl_edu@126.com</p>""",
     offer=True, op="I05", provider="智标未来在线", ids=[em("zbwl_edu@126.com")],
     note="I05 independent sponsored post on the blog")

# ---------- 滨城资讯网 (news) ----------
page("/news/index.html", "滨城资讯网-大连本地新闻", "<p>本地新闻、教育资讯。</p>", note="news index")
page("/news/warn-pianju.html", "花4000元买\"人社部证书\"，拿到手却查不到！市民提醒：警惕考证骗局",
     """<h2>花4000元买"人社部证书"，拿到手却查不到</h2>
<p>本报讯 市民王女士近日向本网反映，她在网上看到"人工智能训练师三级包过"的广告，通过QQ 3345128760 联系后，对方以电话15904117632 催促转账4000元，收到的证书在 zscx.osta.org.cn 查无此证。</p>
<p>市人社局提醒，职业技能等级证书由备案评价机构颁发，政府部门不参与监制；消费者权益受损可拨打12315，政策咨询拨打12333。</p>""",
     note="news warning (non-offer); quoted scammer numbers are decoys")
page("/news/hk-adv.html", "【推广】海南椰风职业培训：让技能看得见",
     """<p class="adlabel">广告</p><h2>海南椰风职业培训：让技能看得见</h2>
<p>海南椰风职业培训深耕职业教育多年，2026年开设人工智能训练师（数据标注员）五级、四级培训，小班授课，推荐就业。</p>
<p>在线报名 jinshuju.net/f/yefeng26 　咨询：0898-6678-5291 　邮箱：YeFeng_PX@163.com</p>""",
     offer=True, op="U02", provider="海南椰风职业培训",
     ids=[ph("0898-6678-5291"), em("YeFeng_PX@163.com")], note="U02 advertorial under another brand")
page("/news/dl-adv.html", "大连星辰智训：AI训练师人才培养走进软件园",
     f"""<p class="adlabel">推广</p><h2>大连星辰智训：AI训练师人才培养走进软件园</h2>
<p>大连星辰智训科技有限公司（统一社会信用代码：{U07_USCC}）日前与多家企业签约共建数据标注实训基地，面向社会招收人工智能训练师五级、四级培训学员。</p>
<p>报名热线：0411-39587712　官网：www.xczx-dl.com　（登记手机号示例：13800000000）</p>""",
     offer=True, op="U07", provider="大连星辰智训科技有限公司",
     ids=[ph("0411-39587712"), us(U07_USCC), dm("xczx-dl.com", "www.xczx-dl.com")], note="U07 advertorial")

# ---------- 易居分类 (fenlei) ----------
page("/fenlei/index.html", "易居分类-教育培训", "<p>大连、海口本地分类信息。</p>", note="classifieds index")
page("/fenlei/dl-01.html", "甘井子 人工智能训练师 包过拿证 人社部颁发",
     """<h1>甘井子 人工智能训练师 包过拿证 人社部颁发</h1><dl class="info"><dt>区域</dt><dd>大连-甘井子</dd><dt>联系人</dt><dd>张老师（智汇教育 甘井子校区）</dd>
<dt>电话</dt><dd>138-4093-2716</dd></dl>
<p>零基础可报三级，一次考三个等级更划算！加V：ZHWL_DL2024</p>""",
     offer=True, op="U01", provider="智汇教育（甘井子校区）",
     ids=[ph("138-4093-2716"), wx("ZHWL_DL2024")], note="U01 classifieds post")
page("/fenlei/dl-02.html", "软件园附近 数据标注+AI训练师五级周末班",
     """<h1>软件园附近 数据标注+AI训练师五级周末班</h1><dl class="info"><dt>联系人</dt><dd>刘老师</dd><dt>电话</dt><dd>159 9856 2147</dd></dl>
<p>个人工作室小班教学，8人满班，只培训不代证。</p>""",
     offer=True, op="I03", provider="刘老师数据标注工作室", ids=[ph("159 9856 2147")], note="I03 independent")
page("/fenlei/dl-03.html", "星辰智训 人工智能训练师五级/四级 周末班 软件园",
     """<h1>星辰智训 人工智能训练师五级/四级 周末班</h1><dl class="info"><dt>联系人</dt><dd>孙经理</dd><dt>电话</dt><dd>133-9005-7264</dd><dt>座机</dt><dd>0411 3958 7712</dd></dl>
<p>按人社部门认定批次组织报名（如批次号13720250716），需满足申报条件。</p>""",
     offer=True, op="U07", provider="星辰智训",
     ids=[ph("133-9005-7264"), ph("0411 3958 7712")], note="U07 classifieds post")
page("/fenlei/hk-01.html", "海口 AI训练师证 挂靠年入2万 积分落户",
     """<h1>海口 AI训练师证 挂靠年入2万 积分落户</h1><dl class="info"><dt>联系人</dt><dd>林女士（琼岛数智科技）</dd><dt>电话</dt><dd>187 8976 1235</dd></dl>
<p>不限年龄、不限专业、无门槛，包拿证！微信：qdsz_lin</p>""",
     offer=True, op="U04", provider="琼岛数智科技",
     ids=[ph("187 8976 1235"), wx("qdsz_lin")], note="U04 classifieds post")
page("/fenlei/hk-02.html", "国家AI人才认证中心 海南报名点 三级二级直报",
     """<h1>国家AI人才认证中心 海南报名点</h1><dl class="info"><dt>联系人</dt><dd>王老师</dd><dt>微信</dt><dd>gpzl8866</dd><dt>QQ</dt><dd>3216549870</dd></dl>
<p>工信部、人社部双认证，三级二级零基础直报，官网可查。</p>""",
     offer=True, op="U03", provider="国家AI人才认证中心海南报名点",
     ids=[wx("gpzl8866"), qq("3216549870")], note="U03 classifieds post under a state-sounding brand")
page("/fenlei/hk-03.html", "海口 人工智能训练师五级报名指导",
     """<h1>海口 人工智能训练师五级报名指导</h1><dl class="info"><dt>联系人</dt><dd>吴先生（海南智职考证服务）</dd><dt>电话</dt><dd>13807619427</dd><dt>微信</dt><dd>hnzz_kaozheng</dd></dl>
<p>帮你核对申报条件、准备材料。考点在秀英区（考点前台0898-6652 3310，只管考场）。</p>""",
     offer=True, op="U09", provider="海南智职考证服务",
     ids=[ph("13807619427"), wx("hnzz_kaozheng")], note="U09 classifieds post")

# ---------- 问答吧 (wenda) ----------
page("/wenda/index.html", "问答吧-教育", "<p>有问题，就问问答吧。</p>", note="Q&A index")
page("/wenda/q01.html", "交了3800考人工智能训练师，对方说包过现在联系不上了怎么办？",
     """<h2>交了3800考人工智能训练师，对方说包过现在联系不上了怎么办？</h2>
<p class="q">对方QQ 3345128760，电话15904117632，现在都拉黑我了。</p>
<div class="ans"><b>热心网友：</b>保留转账记录报警，同时打12315投诉。</div>
<div class="ans"><b>海口莉莉：</b>我也差点被骗，可以加我 lily_hk1990 交流。</div>""",
     note="Q&A complaint (non-offer)")
page("/wenda/q02.html", "海口哪里可以正规培训人工智能训练师？",
     """<h2>海口哪里可以正规培训人工智能训练师？</h2>
<div class="ans best"><b>椰风培训-陈老师（认证机构）：</b>我们学校开设五级、四级班，按国家标准上课，认定由评价机构组织。欢迎咨询13976204518，QQ 2853107746。</div>""",
     offer=True, op="U02", provider="椰风培训",
     ids=[ph("13976204518"), qq("2853107746")], note="U02 staff answer inviting enrolment")
page("/wenda/q03.html", "人工智能训练师五级需要什么条件？",
     """<h2>人工智能训练师五级需要什么条件？</h2>
<div class="ans best"><b>智职考证小吴：</b>需要累计1年相关工作或学徒期满。海口的可以找我帮忙核对材料，QQ 903518276，微信 hnzz_kaozheng。</div>
<div class="ans"><b>海口莉莉：</b>谢谢，已加 lily_hk1990</div>""",
     offer=True, op="U09", provider="智职考证小吴",
     ids=[qq("903518276"), wx("hnzz_kaozheng")], note="U09 answer with ad")
page("/wenda/q04.html", "AI训练师证书能挂靠吗？一年多少钱？",
     """<h2>AI训练师证书能挂靠吗？一年多少钱？</h2>
<div class="ans"><b>琼岛数智-林老师：</b>可以的，我们有合作企业，三级挂靠一年2万起，包过拿证，电话187-8976-1235。</div>
<div class="ans"><b>网友：</b>AI训练师证哪有挂靠价值，别信。</div>""",
     offer=True, op="U04", provider="琼岛数智-林老师",
     ids=[ph("187-8976-1235")], note="U04 answer: 挂靠 lure")

# ---------- 人社局 (rsj) ----------
page("/rsj/index.html", "滨海市人力资源和社会保障局", "<p>通知公告、政策解读。</p>", note="gov index")
page("/rsj/notice-butie.html", "关于做好2026年职业技能等级认定及技能提升补贴申领工作的通知",
     """<h2>关于做好2026年职业技能等级认定及技能提升补贴申领工作的通知</h2>
<p>各备案评价机构：第3批次认定（批次号13720250716）包含人工智能训练师五级、四级。参保职工取得证书后可申领技能提升补贴，五级1000元、四级1500元、三级2000元。</p>
<p>咨询电话：12333</p>""",
     note="official notice (non-offer)")
page("/rsj/notice-shanzhai.html", "关于警惕技术技能类\"山寨证书\"的提示",
     """<h2>关于警惕技术技能类"山寨证书"的提示</h2>
<p>近期有机构以"人社部颁发""包过""免培训直接发证"等名义招揽考证。职业技能等级证书由备案评价机构颁发，政府部门不参与监制。</p>
<p>证书真伪请登录 zscx.osta.org.cn 查询，举报投诉请拨打12333、12315。</p>""",
     note="official warning (non-offer)")

# ---------- 抖抖 (video) ----------
page("/video/index.html", "抖抖短视频-推荐", "<p>推荐视频</p>", note="video index")
page("/video/v01.html", "@智汇AI考证小课堂：零基础30天拿人工智能训练师证",
     """<div class="player">[视频] 零基础30天拿证</div><p class="desc">@智汇AI考证小课堂 人社部颁发 全国可查 包过！#人工智能训练师 #考证</p>
<p class="comment-pin">置顶：想报名的➕V：zhwl_dl2024</p><p>赞 2.1万 评论 683</p>""",
     offer=True, op="U01", provider="智汇AI考证小课堂", ids=[wx("zhwl_dl2024")], note="U01 short video")
page("/video/v02.html", "@AI训练师考证-王老师：三证联报最后3天",
     """<div class="player">[视频] 三证联报</div><p class="desc">@AI训练师考证-王老师 三四五级一起拿，免培训！主页加v：GPZL8866</p><p>赞 8934</p>""",
     offer=True, op="U03", provider="AI训练师考证-王老师", ids=[wx("GPZL8866")], note="U03 short video")
page("/video/v03.html", "@海口林姐说考证：考个证挂靠每年多赚两万",
     """<div class="player">[视频] 挂靠</div><p class="desc">@海口林姐说考证 宝子们，AI训练师证能挂靠！私信或vx qdsz_lin</p><p>赞 4410</p>""",
     offer=True, op="U04", provider="海口林姐说考证", ids=[wx("qdsz_lin")], note="U04 short video")
page("/video/v04.html", "@老周聊标注：数据标注入行第一课",
     """<div class="player">[视频] 入行第一课</div><p class="desc">@老周聊标注 训练营第3期报名中，微信 laozhou_biaozhu，电话15641178903</p><p>赞 1203</p>""",
     offer=True, op="U06", provider="老周聊标注",
     ids=[wx("laozhou_biaozhu"), ph("15641178903")], note="U06 short video")
page("/video/v05.html", "@AI证书王姐：原价9999限时99，双证到手",
     """<div class="player">[视频] 双证</div><p class="desc">@AI证书王姐 90%小白都能学会，拿证升职加薪！V：hzyc-kefu01 电话 177 5712 3480</p><p>赞 3.3万</p>""",
     offer=True, op="U08", provider="AI证书王姐",
     ids=[wx("hzyc-kefu01"), ph("177 5712 3480")], note="U08 short video")

# ---------- decoys ----------
DECOYS = [
    ("phone", "12333", ["12333"], "人社 public service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) customer service in shop footer"),
    ("phone", "4008805163", ["400-880-5163"], "shop platform's own customer-service line (footer)"),
    ("email", "service@xuetuyx.com", ["service@xuetuyx.com"], "shop platform e-mail (footer)"),
    ("domain", "xuetuyx.com", ["xuetuyx.com"], "shop platform domain (footer)"),
    ("uscc", SHOP_USCC, [SHOP_USCC], "shop platform's own business licence (footer)"),
    ("other", "浙ICP备19032876号", ["浙ICP备19032876号"], "shop platform ICP (footer)"),
    ("phone", "01058736620", ["010-58736620"], "classifieds platform customer service (footer)"),
    ("domain", "yjfenlei.com", ["yjfenlei.com"], "classifieds platform domain (footer)"),
    ("other", "京ICP备15047721号", ["京ICP备15047721号"], "classifieds platform ICP (footer)"),
    ("qq_group", "684209173", ["684209173"], "Q&A platform's users' QQ group (footer)"),
    ("email", "help@wendaba.cn", ["help@wendaba.cn"], "Q&A platform feedback e-mail (footer)"),
    ("domain", "bcxinwen.cn", ["bcxinwen.cn"], "news site's own domain (footer)"),
    ("phone", "041182561100", ["0411-82561100"], "news site hotline (footer)"),
    ("wechat", "wxjx_tougao", ["wxjx_tougao"], "repost site's own submission WeChat (footer)"),
    ("email", "tougao@wxjingxuan.com", ["tougao@wxjingxuan.com"], "repost site's e-mail (footer)"),
    ("domain", "ddshipin.com", ["ddshipin.com"], "video platform domain (footer)"),
    ("phone", "4001402108", ["400-140-2108"], "video platform report line (footer)"),
    ("other", "京ICP备20021587号", ["京ICP备20021587号"], "video platform ICP (footer)"),
    ("domain", "mazi-blog.cn", ["mazi-blog.cn"], "blog platform domain (footer)"),
    ("phone", "+8615904117632", ["15904117632"], "scammer's number quoted in warnings/complaints"),
    ("qq", "3345128760", ["3345128760"], "scammer's QQ quoted in news and complaint"),
    ("phone", "+8613720250716", ["13720250716"], "official evaluation batch number that looks like a mobile"),
    ("other", "S000021001002253000147", ["S000021001002253000147"], "sample certificate number"),
    ("phone", "+8613800000000", ["13800000000"], "form placeholder phone"),
    ("wechat", "lily_hk1990", ["lily_hk1990"], "a reader's own WeChat in comments"),
    ("phone", "089866523310", ["0898-6652 3310"], "exam venue front desk, third party"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
]

# ---------- rendering ----------
CSS = {
 "corp-red": "body{font-family:sans-serif;margin:0}header{background:#b71c1c;color:#fff;padding:10px}.banner{font-size:28px;color:#b71c1c}",
 "school-green": "body{font-family:SimSun,serif}#top{background:#2e7d32;color:#fff}.ft{border-top:2px solid #2e7d32}",
 "wx-mirror": "body{max-width:680px;margin:auto;font-family:-apple-system,sans-serif}.src{color:#888}",
 "shop": "body{font-family:sans-serif}.price{color:#f40;font-size:24px}.mall-foot span{margin-right:12px}",
 "blog": "body{font-family:Georgia,serif;max-width:760px;margin:auto}.comments{background:#f7f7f7}",
 "news": "body{font-family:sans-serif}.adlabel{color:#999;font-size:12px}",
 "college-table": "body{font-family:SimSun}table{border-collapse:collapse}td,th{border:1px solid #ccc}",
 "classifieds": "body{font-family:sans-serif}dl.info dt{float:left;width:60px;color:#666}",
 "qa": "body{font-family:sans-serif}.ans{border-bottom:1px solid #eee}.best{background:#f0fff0}",
 "gov": "body{font-family:SimSun}.gov-foot{background:#c00;color:#fff}",
 "video": "body{background:#111;color:#eee;font-family:sans-serif}.player{height:300px;background:#333}",
}

def render(s, p):
    menu = " ".join(f'<a href="{h}">{html.escape(t)}</a>' for t, h in s["menu"])
    crumbs = p["crumbs"] or [(s["name"], s["menu"][0][1]), (p["title"][:20], None)]
    bc = " &gt; ".join((f'<a href="{h}">{html.escape(t)}</a>' if h else html.escape(t)) for t, h in crumbs)
    others = [q for q in s["pages"] if q["path"] != p["path"] and not q["path"].endswith("index.html")]
    rel = p["related"] + [(q["title"][:24], q["path"]) for q in others[:3] if (q["title"][:24], q["path"]) not in p["related"]]
    rel_html = "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>' for t, h in rel)
    idx_list = ""
    if p["path"].endswith("/index.html"):
        idx_list = "<ul class='list'>" + "".join(
            f'<li><a href="{q["path"]}">{html.escape(q["title"])}</a></li>' for q in s["pages"] if q is not p) + "</ul>"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(p['title'])}</title>
<style>{CSS[s['style']]}</style></head>
<body class="{s['style']}">
<header><div class="logo">{html.escape(s['name'])}</div><nav>{menu} | <a href="/index.html">网址导航</a></nav></header>
<div class="crumbs">当前位置：{bc}</div>
<main>{p['body']}
{idx_list}</main>
<aside>{s['side']}<div class="related"><h4>相关阅读</h4><ul>{rel_html}</ul></div></aside>
<footer>{s['footer']}</footer>
</body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    texts = {}
    for s in SITES.values():
        for p in s["pages"]:
            out = os.path.join(SITE, p["path"].lstrip("/"))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            t = render(s, p)
            texts[p["path"]] = t
            with open(out, "w", encoding="utf-8") as f:
                f.write(t)
    hub = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>网址导航</title></head><body><h1>网址导航</h1><ul>" + "".join(
        f'<li><a href="/{k}/index.html">{html.escape(s["name"])}</a></li>' for k, s in SITES.items()) + "</ul></body></html>\n"
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    texts["/index.html"] = hub
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
              "identifiers": [], "note": "hub linking every site's index"}]
    ops = {}
    for p in PAGES:
        pages.append({"path": p["path"], "is_offer": p["offer"], "operator": p["op"] if p["offer"] else None,
                      "provider": p["provider"] if p["offer"] else None,
                      "identifiers": p["ids"] if p["offer"] else [], "note": p["note"]})
        if p["offer"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
