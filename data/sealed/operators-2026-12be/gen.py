#!/usr/bin/env python3
"""Generate web 12be: job-tied AI-trainer (人工智能训练师 4-04-05-05) offers.

Deterministic, standard library only. Writes site/ and truth.json next to this file.
"""
import json
import os
import posixpath
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    s = 0
    for ch, w in zip(code8, W_ORG):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


# ---------------------------------------------------------------- seller USCCs
U01_USCC = uscc("91320594", "32215678")
U02_USCC = uscc("91330106", "58830417")
U04_USCC = uscc("91440300", "66120935")
U05_USCC = uscc("91510107", "70945123")
U08_USCC = uscc("91310115", "34418762")
U09_USCC = uscc("91410105", "41276580")
I02_USCC = uscc("91320106", "72690814")
# ---------------------------------------------------------------- platform USCCs (decoys)
JOBS_USCC = uscc("91330108", "56709321")
SHOP_USCC = uscc("91330110", "39902716")
NOTES_USCC = uscc("91310104", "60017258")

PAGES = []


def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm) or ".")


def add(path, html, is_offer=False, operator=None, provider=None, ids=(), note=""):
    PAGES.append({"path": path, "html": html, "is_offer": is_offer, "operator": operator,
                  "provider": provider, "identifiers": [list(x) for x in ids], "note": note})


def doc(title, css, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{title}</title>\n<style>{css}</style>\n</head>\n<body>\n{inner}\n</body>\n</html>\n")


# ================================================================ frames
def f_jobs(path, title, body, side=""):
    h = lambda t: rel(path, t)
    return doc(f"{title}_职达直聘", "body{font-family:sans-serif;background:#f4f6f9;margin:0}"
               ".hd{background:#00a6a7;color:#fff;padding:8px 20px}.hd a{color:#fff;margin-right:14px}"
               ".wrap{display:flex;gap:16px;padding:16px}.main{flex:3;background:#fff;padding:16px}"
               ".side{flex:1;background:#fff;padding:12px;font-size:13px}.ft{font-size:12px;color:#888;padding:16px 20px}", f"""
<div class="hd"><b>职达直聘</b> &nbsp; <a href="{h('index.html')}">导航首页</a><a href="{h('jobs/index.html')}">找工作</a><a href="{h('jobs/help-safety.html')}">求职安全</a><span style="float:right">登录 | 注册 | 我要招人</span></div>
<div class="crumb" style="padding:8px 20px;font-size:13px"><a href="{h('index.html')}">首页</a> &gt; <a href="{h('jobs/index.html')}">职位列表</a> &gt; {title}</div>
<div class="wrap"><div class="main">
{body}
<div class="tip" style="border:1px solid #fde2b8;background:#fff8ec;padding:8px;font-size:12px;margin-top:18px">职达直聘提醒：招聘方以任何名义向求职者收取培训费、考证费、押金均属违规，请立即举报。</div>
</div>
<div class="side"><h4>相似职位</h4><ul>
<li><a href="{h('jobs/u01-job.html')}">数据标注员(包培训)</a></li>
<li><a href="{h('jobs/u02-job.html')}">AI训练师储备干部</a></li>
<li><a href="{h('jobs/u05-job.html')}">人工智能训练师学徒</a></li>
<li><a href="{h('jobs/u08-job.html')}">AI数据质检员</a></li>
<li><a href="{h('jobs/i01-job.html')}">数据标注 定向班</a></li>
<li><a href="{h('jobs/job-annotation.html')}">图像标注员(正式岗)</a></li>
</ul>{side}</div></div>
<div class="ft">© 2026 职达直聘 www.zhidazp.com | 客服热线 400-826-1190 | 举报邮箱 jubao@zhidazp.com<br>
人力资源服务许可证 330106202301 | 统一社会信用代码 {JOBS_USCC} | 浙ICP备19062210号-2</div>""")


def f_shop(path, title, body, shop="", side=""):
    h = lambda t: rel(path, t)
    return doc(f"{title}-淘课集市", "body{font-family:sans-serif;margin:0;background:#fafafa}"
               ".top{background:#ff5000;color:#fff;padding:6px 18px}.top a{color:#fff;margin-right:10px}"
               ".box{max-width:980px;margin:12px auto;background:#fff;padding:16px}.ft{text-align:center;font-size:12px;color:#999;padding:20px}"
               ".rv{border-top:1px dashed #ddd;padding:6px 0;font-size:13px}", f"""
<div class="top"><b>淘课集市</b> <a href="{h('index.html')}">导航</a><a href="{h('shop/index.html')}">全部课程</a> 我的订单 | 购物车 | 商家入驻</div>
<div class="box"><div style="font-size:13px"><a href="{h('shop/index.html')}">首页</a> / 职业技能 / {title}</div>
{('<div style="background:#fff3eb;padding:6px;margin:8px 0">店铺：' + shop + ' | 进店逛逛 | 关注</div>') if shop else ''}
{body}
<div style="font-size:13px;margin-top:16px">看了又看：<a href="{h('shop/u02-item.html')}">AI训练师三级 考证就业班</a> · <a href="{h('shop/u05-item.html')}">蓉才AI职训 四级</a> · <a href="{h('shop/u09-item.html')}">数据标注实训+证书</a> · <a href="{h('shop/i04-item.html')}">人工智能训练师 网课</a> · <a href="{h('shop/item-health.html')}">健康管理师</a></div>
{side}</div>
<div class="ft">淘课集市 www.taokejishi.com 平台客服 400-690-5588 | 营业执照：{SHOP_USCC} | 增值电信业务经营许可证 浙B2-20190531<br>平台仅提供信息发布服务，课程由入驻商家提供</div>""")


def f_bbs(path, title, body, board="职业考证"):
    h = lambda t: rel(path, t)
    return doc(f"{title} - 打工人社区", "body{font-family:Tahoma,sans-serif;font-size:14px;background:#e8eef3;margin:0}"
               ".hd{background:#2b4a6f;color:#fff;padding:10px}.hd a{color:#cde}.c{max-width:960px;margin:auto;background:#fff;padding:12px}"
               ".post{border-bottom:1px solid #dde;padding:10px 0}.u{color:#336;font-weight:bold}.ft{font-size:12px;color:#667;text-align:center;padding:14px}", f"""
<div class="hd"><b>打工人社区</b> bbs.dagongren.net &nbsp; <a href="{h('index.html')}">网址导航</a> | <a href="{h('bbs/index.html')}">{board}版</a> | 求职招聘 | 劳动维权</div>
<div class="c"><div style="font-size:12px">当前位置：<a href="{h('bbs/index.html')}">打工人社区</a> &raquo; <a href="{h('bbs/index.html')}">{board}</a> &raquo; {title}</div>
{body}
<div style="margin-top:12px;font-size:12px">相关帖子：<a href="{h('bbs/exp-post.html')}">三级考下来的一点真实感受</a> | <a href="{h('bbs/u06.html')}">订单班靠谱吗</a> | <a href="{h('review/index.html')}">投诉曝光区</a></div>
</div>
<div class="ft">版规：禁止发布虚假招聘、培训贷、代考包过广告 | 官方QQ群 624118305 | 版务邮箱 banwu@dagongren.net<br>Powered by Discuz! X3.4 © 2001-2026</div>""")


def f_ask(path, title, body):
    h = lambda t: rel(path, t)
    return doc(f"{title} - 问答圈", "body{font-family:sans-serif;background:#f6f6f6;margin:0}.hd{background:#fff;border-bottom:1px solid #eee;padding:10px 20px}"
               ".q{max-width:860px;margin:14px auto;background:#fff;padding:18px}.ans{border-top:1px solid #eee;padding:12px 0}.ft{font-size:12px;color:#999;text-align:center;padding:18px}", f"""
<div class="hd"><b style="color:#0066ff">问答圈</b> &nbsp; <a href="{h('index.html')}">首页导航</a> · 发现 · 等你来答 · <a href="{h('ask/u02-answer.html')}">职场</a> · <a href="{h('ask/i05-answer.html')}">考证</a></div>
<div class="q">{body}
<div style="font-size:13px;margin-top:14px">相关问题：<a href="{h('ask/u02-answer.html')}">数据标注培训后包分配工作是真的吗？</a><br><a href="{h('ask/u05-answer.html')}">人工智能训练师证书对找工作有用吗？</a><br><a href="{h('ask/i05-answer.html')}">文科生转行AI训练师可行吗？</a></div></div>
<div class="ft">问答圈 wendaquan.cn | 客服电话 010-5896 2210 | 举报邮箱 jubao@wendaquan.cn | 京ICP证180466号</div>""")


def f_video(path, title, body, author):
    h = lambda t: rel(path, t)
    return doc(f"{title} - 小象视频", "body{background:#161823;color:#eee;font-family:sans-serif;margin:0}a{color:#fe2c55}"
               ".pl{max-width:720px;margin:auto;padding:12px}.vid{background:#000;height:300px;display:flex;align-items:center;justify-content:center;color:#888}"
               ".cm{border-top:1px solid #333;padding:6px 0;font-size:13px}.ft{font-size:11px;color:#777;text-align:center;padding:16px}", f"""
<div style="padding:8px 12px"><b>小象视频</b> <a href="{h('index.html')}">推荐</a> · 关注 · 同城 · <a href="{h('video/u02.html')}">职场</a></div>
<div class="pl"><div class="vid">▶ 视频播放中 00:00 / 01:12</div>
<div style="margin:8px 0"><b>@{author}</b> · 发布于小象视频</div>
{body}
<div style="font-size:13px;margin-top:10px">更多推荐：<a href="{h('video/u02.html')}">杭漂日记｜做AI标注第三个月</a> · <a href="{h('video/u07.html')}">宝妈在家做AI训练师</a> · <a href="{h('video/u08.html')}">上海持证上岗直通车</a></div></div>
<div class="ft">小象视频 www.xiaoxiang-video.com | 违法和不良信息举报电话 400-140-2108 | 网络文化经营许可证 京网文〔2024〕1182-061号</div>""")


def f_notes(path, title, body, author):
    h = lambda t: rel(path, t)
    return doc(f"{title} - 栗子笔记", "body{font-family:sans-serif;background:#fff;margin:0}.hd{padding:10px 18px;border-bottom:1px solid #f0f0f0}"
               ".n{max-width:640px;margin:auto;padding:14px}.tag{color:#13386c}.cm{font-size:13px;border-top:1px solid #f3f3f3;padding:6px 0}.ft{font-size:11px;color:#aaa;text-align:center;padding:16px}", f"""
<div class="hd"><b style="color:#ff2442">栗子笔记</b> <a href="{h('index.html')}">发现</a> · 发布 · 通知</div>
<div class="n"><div><b>{author}</b> <span style="font-size:12px;color:#999">关注</span></div>
{body}
<div style="font-size:13px;margin-top:12px">大家都在看：<a href="{h('notes/u03.html')}">大学生暑假实习攻略</a> · <a href="{h('notes/u05.html')}">成都考证就业经验</a> · <a href="{h('notes/u07.html')}">宝妈副业真实收入</a></div></div>
<div class="ft">栗子笔记 沪ICP备20021738号 | 营业执照 {NOTES_USCC} | 举报邮箱 report@lizinote.com</div>""")


def f_campus(path, title, body):
    h = lambda t: rel(path, t)
    return doc(f"{title}-江南理工大学就业信息网", "body{font-family:'Microsoft YaHei',sans-serif;margin:0;background:#f2f2f2}"
               ".hd{background:#8c1515;color:#fff;padding:14px 24px}.nav{background:#a52a2a;padding:6px 24px}.nav a{color:#fff;margin-right:18px}"
               ".ct{max-width:1000px;margin:14px auto;background:#fff;padding:20px}.ft{background:#333;color:#ccc;font-size:12px;padding:14px 24px}", f"""
<div class="hd"><b>江南理工大学 · 就业信息网</b></div>
<div class="nav"><a href="{h('index.html')}">网站导航</a><a href="{h('campus/index.html')}">招聘信息</a><a href="{h('campus/index.html')}">宣讲会</a><a href="{h('campus/notice-trap.html')}">就业指导</a></div>
<div class="ct"><div style="font-size:12px;color:#666">当前位置：<a href="{h('campus/index.html')}">首页</a> &gt; 招聘信息 &gt; 正文</div>
{body}
<p style="font-size:12px;color:#a00;margin-top:20px">【温馨提示】用人单位信息由单位自行提供，学校仅作发布。凡以招聘为名收取培训费、考证费或诱导办理培训贷的，请立即向就业指导中心反映。</p>
</div>
<div class="ft">江南理工大学学生就业指导中心 | 地址：杭州市钱塘区学林街 | 电话：0571-8820 6035 | 邮箱：jyzx@jnlg.edu.cn | jy.jnlg.edu.cn</div>""")


def f_fenlei(path, title, body, city):
    h = lambda t: rel(path, t)
    return doc(f"{title}-{city}同城快帖", "body{font-family:sans-serif;margin:0;background:#fff}.hd{border-bottom:2px solid #ff552e;padding:8px 16px}"
               ".p{max-width:900px;margin:10px auto;padding:8px}.info td{padding:4px 10px;font-size:14px}.ft{font-size:12px;color:#999;border-top:1px solid #eee;padding:12px;text-align:center}", f"""
<div class="hd"><b style="color:#ff552e">同城快帖</b> [{city}] <a href="{h('index.html')}">首页导航</a> &gt; 招聘 &gt; 普工/技工 &gt; 正文</div>
<div class="p">{body}
<div style="font-size:13px;margin-top:14px">其他帖子：<a href="{h('fenlei/u01.html')}">苏州 数据标注包培训</a> · <a href="{h('fenlei/u04.html')}">深圳 标注员日结</a> · <a href="{h('fenlei/u07.html')}">广州 居家兼职</a> · <a href="{h('fenlei/u09.html')}">郑州 AI实训就业</a></div>
<div style="font-size:12px;color:#c00">安全提示：凡是要求先交钱的招聘均有诈骗风险！</div></div>
<div class="ft">同城快帖 www.kuaitie.com 客服 400-155-0707 | 帖子由用户发布，本站不对内容真实性负责</div>""")


def f_qun(path, title, body, group):
    h = lambda t: rel(path, t)
    return doc(f"{title}", "body{font-family:sans-serif;background:#f0f2f5;margin:0}.card{max-width:560px;margin:18px auto;background:#fff;border-radius:8px;padding:16px}"
               ".ft{font-size:11px;color:#aaa;text-align:center;padding:10px}", f"""
<div style="padding:8px 14px;font-size:13px"><a href="{h('index.html')}">← 返回导航</a> · 群公告分享页</div>
<div class="card"><div style="color:#888;font-size:12px">{group} · 群公告</div>
{body}
<div style="font-size:12px;color:#999;margin-top:10px">已读 286 · 未读 47 &nbsp; 其他群公告：<a href="{h('qun/u04.html')}">众包认证中心</a> · <a href="{h('qun/u06.html')}">订单班通知</a> · <a href="{h('qun/u09.html')}">豫才就业群</a></div></div>
<div class="ft">本页面由「群助手」生成 qunzhushou.cn · 内容由群主发布</div>""")


def f_news(path, title, body):
    h = lambda t: rel(path, t)
    return doc(f"{title}_钱江民生网", "body{font-family:SimSun,serif;margin:0}.hd{background:#004d99;color:#fff;padding:10px 22px}.hd a{color:#fff;margin-right:12px}"
               ".a{max-width:820px;margin:16px auto;line-height:1.8}.ft{background:#eee;font-size:12px;padding:12px 22px;color:#555}", f"""
<div class="hd"><b>钱江民生网</b> &nbsp; <a href="{h('index.html')}">导航</a><a href="{h('news/index.html')}">民生</a><a href="{h('news/index.html')}">就业</a><a href="{h('news/policy.html')}">政策解读</a></div>
<div class="a"><div style="font-size:12px"><a href="{h('news/index.html')}">首页</a> &gt; 就业 &gt; 正文</div>
{body}
<div style="font-size:13px">相关阅读：<a href="{h('news/warning.html')}">“先培训后就业”变“先贷款后失业”</a> · <a href="{h('news/policy.html')}">人工智能训练师证书怎么查</a> · <a href="{h('review/index.html')}">消费维权</a></div></div>
<div class="ft">钱江民生网 www.qjmsw.com | 新闻热线 0571-85100110 | 违法和不良信息举报 jubao@qjmsw.com</div>""")


def f_review(path, title, body):
    h = lambda t: rel(path, t)
    return doc(f"{title}-维权啦投诉平台", "body{font-family:sans-serif;margin:0;background:#f7f7f7}.hd{background:#222;color:#fff;padding:10px 18px}.hd a{color:#ffd400}"
               ".c{max-width:880px;margin:12px auto;background:#fff;padding:16px}.st{color:#e60012}.ft{font-size:12px;color:#999;text-align:center;padding:16px}", f"""
<div class="hd"><b>维权啦</b> 消费投诉平台 &nbsp; <a href="{h('index.html')}">导航</a> | <a href="{h('review/index.html')}">最新投诉</a> | 我要投诉</div>
<div class="c">{body}
<div style="font-size:13px;margin-top:12px">相似投诉：<a href="{h('review/c-1001.html')}">交了培训费说好的工作没了</a> · <a href="{h('review/c-1002.html')}">培训贷退费难</a></div></div>
<div class="ft">维权啦 weiquanla.com | 平台客服 400-010-3315 | 投诉内容由用户发布，平台不代表任何一方</div>""")


# ================================================================ jobs board
add("jobs/u01-job.html", f_jobs("jobs/u01-job.html", "数据标注员（包培训 持证上岗）", f"""
<h1>数据标注员（包培训 持证上岗） <span style="color:#f60">6-9K·13薪</span></h1>
<p>苏州·工业园区 | 经验不限 | 学历不限 | 招 30 人</p>
<p>五险一金 · 带薪培训 · 包住宿 · 节日福利</p>
<h3>职位描述</h3>
<p>1、负责自动驾驶点云、图像的数据标注与质检；<br>2、服从项目组排班，适应两班倒；<br>3、<b>上岗前需参加公司统一组织的岗前实训（21天），考取人工智能训练师（四级/中级工）职业技能等级证书后持证上岗</b>。</p>
<p>岗前实训费用 2680 元（含教材、考试费、住宿），入职满6个月凭工资条返还 1000 元。实训合格率98%，不合格免费重训。</p>
<h3>公司信息</h3>
<p>灵犀人力（苏州灵犀人力资源服务有限公司）· 人力资源服务 · 100-499人 · 已认证<br>统一社会信用代码：{U01_USCC}</p>
<p>招聘负责人：周主管 · 今日活跃 · 联系电话 139-6218-4407（工作日 9:00-18:00）</p>
<p>工作地址：苏州工业园区星湖街 218 号生物纳米园 C 区</p>"""),
    True, "U01", "灵犀人力",
    [("uscc", U01_USCC, U01_USCC), ("phone", "+8613962184407", "139-6218-4407")],
    "job-board ad: data-annotation job that requires paid pre-job AI-trainer level-4 training")

add("jobs/u02-job.html", f_jobs("jobs/u02-job.html", "AI训练师储备干部（无经验可）", """
<h1>AI训练师储备干部（无经验可） <span style="color:#f60">8-15K</span></h1>
<p>杭州·西湖区 | 应届生可投 | 大专 | 招 50 人</p>
<p>带薪培训 · 晋升快 · 弹性工作</p>
<h3>职位描述</h3>
<p>数智未来是一家专注人工智能数据服务的企业，现面向社会招聘AI训练师储备干部，零基础可投，公司提供系统化培训。</p>
<p>岗位要求：18-35岁，会基本电脑操作；接受公司<b>“先学后岗”</b>模式：入职前参加60天AI训练师实训营（学费4980元，可0首付分期，入职后从工资中扣），结业颁发人工智能训练师三级证书（人社部备案，全国通用），推荐至合作企业（阿里、百度生态伙伴）上岗。</p>
<p>面试后当天可办理入学。有意者加招聘HR微信：szwl-ai2026（备注“职达”），或致电 188 6721 3345。</p>
<h3>公司信息</h3>
<p>数智未来 · 教育培训/IT服务 · 20-99人 · 杭州市西湖区文三路 90 号东部软件园 4 号楼</p>"""),
    True, "U02", "数智未来",
    [("wechat", "szwl-ai2026", "szwl-ai2026"), ("phone", "+8618867213345", "188 6721 3345")],
    "job-board ad: 'reserve cadre' job that is really a paid 60-day AI-trainer course with instalment loan")

add("jobs/u05-job.html", f_jobs("jobs/u05-job.html", "人工智能训练师学徒（培训后安排就业）", f"""
<h1>人工智能训练师学徒（培训后安排就业） <span style="color:#f60">5-8K</span></h1>
<p>成都·高新区 | 经验不限 | 高中/中专 | 招 20 人</p>
<h3>职位描述</h3>
<p>【蓉才优聘】与成都多家AI数据基地长期合作，现招学徒：</p>
<ul><li>包教包会，7天理论+14天实操，考取人工智能训练师五级/四级证书</li>
<li>学费1980元（五级）/2980元（四级），符合条件可申领技能提升补贴</li>
<li>结业后100%推荐就业，不满意可推荐3次</li></ul>
<p>联系人：何老师 189-8065-2217（微信同号）</p>
<h3>公司信息</h3>
<p>成都蓉才优聘人力资源有限公司 · 统一社会信用代码 {U05_USCC} · 成都市武侯区人民南路四段 27 号</p>"""),
    True, "U05", "蓉才优聘",
    [("phone", "+8618980652217", "189-8065-2217"), ("uscc", U05_USCC, U05_USCC)],
    "job-board ad: apprentice post with paid level-5/4 course and 'guaranteed' placement")

add("jobs/u08-job.html", f_jobs("jobs/u08-job.html", "AI数据质检员（沪上就业直通车）", f"""
<h1>AI数据质检员 <span style="color:#f60">7-10K</span></h1>
<p>上海·浦东新区 | 1年以内 | 大专 | 招 15 人</p>
<h3>职位描述</h3>
<p>沪上就业直通车项目岗位。负责大模型对话数据的质检和标注规范维护。</p>
<p>任职要求：须持有人工智能训练师职业技能等级证书（三级及以上）。<b>暂无证书者可报名我司“申程AI训练师考评服务”，报名费3680元，一个月内考评拿证后直接入职</b>；持证者可落户积分加60分。</p>
<p>面试咨询：177 2109 3356（王老师）</p>
<h3>公司信息</h3>
<p>上海申程职业技能培训有限公司 · 教育培训 · 统一社会信用代码 {U08_USCC}</p>"""),
    True, "U08", "沪上就业直通车",
    [("phone", "+8617721093356", "177 2109 3356"), ("uscc", U08_USCC, U08_USCC)],
    "job-board ad requiring level-3 cert and selling the company's own exam service to applicants")

add("jobs/i01-job.html", f_jobs("jobs/i01-job.html", "数据标注员 定向培养班", """
<h1>数据标注员（定向培养班） <span style="color:#f60">4.5-6K</span></h1>
<p>宁波·鄞州区 | 经验不限 | 初中及以上 | 招 40 人</p>
<h3>职位描述</h3>
<p>宁波甬才职业技能培训学校联合本地数据标注企业开设定向培养班。学员参加56课时人工智能训练师（五级）培训，培训费1280元，考核通过后由合作企业择优录用。有一年以上相关工作经历者可直接报名参加五级认定。</p>
<p>报名：0574-8712 6690，微信 yongcai_px（招生办）</p>
<p>学校地址：宁波市鄞州区首南街道天童南路 588 号</p>"""),
    True, "I01", "宁波甬才职业技能培训学校",
    [("phone", "0574-87126690", "0574-8712 6690"), ("wechat", "yongcai_px", "yongcai_px")],
    "job-board ad by a training school: targeted class for level-5 training with placement")

add("jobs/job-annotation.html", f_jobs("jobs/job-annotation.html", "图像标注员（正式岗）", """
<h1>图像标注员（正式岗） <span style="color:#f60">5-7K</span></h1>
<p>杭州·余杭区 | 经验不限 | 高中 | 招 12 人</p>
<h3>职位描述</h3>
<p>负责电商商品图像的框选、分类标注。公司提供带薪岗前培训（一周，不收取任何费用），试用期3个月。</p>
<p>加分项：持有人工智能训练师职业技能等级证书者优先，无证书不影响录用。</p>
<p>我们不会以任何名义收取费用，请通过职达直聘站内沟通，勿添加私人联系方式。</p>
<h3>公司信息</h3>
<p>杭州某电商数据服务公司 · 已认证 · 500-999人</p>"""),
    note="genuine data-annotation job ad: no fee, cert only a plus")

add("jobs/help-safety.html", f_jobs("jobs/help-safety.html", "求职防骗指南：警惕“招转培”", """
<h1>求职防骗指南：警惕“招转培”</h1>
<p>“招转培”指以招聘为名，面试后要求求职者先参加收费培训、考证，常见话术包括“持证上岗”“包分配”“学费从工资里扣”。</p>
<ol><li>正规企业不会要求求职者支付培训费、考证费、押金。</li>
<li>人工智能训练师证书属于职业技能等级证书，由备案的评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 查询备案机构，不存在“内部渠道”“包过”。</li>
<li>被诱导办理培训贷，可拨打人社服务热线 12333 或向平台举报。</li></ol>
<p>发现违规职位请点击职位页右上角“举报”，或发送邮件至平台举报邮箱。</p>"""),
    note="job board's own help page on train-then-hire scams")

JOBS_LIST = [("jobs/u01-job.html", "数据标注员（包培训 持证上岗）", "灵犀人力", "6-9K"),
             ("jobs/u02-job.html", "AI训练师储备干部（无经验可）", "数智未来", "8-15K"),
             ("jobs/u05-job.html", "人工智能训练师学徒", "蓉才优聘", "5-8K"),
             ("jobs/u08-job.html", "AI数据质检员", "上海申程职业技能培训有限公司", "7-10K"),
             ("jobs/i01-job.html", "数据标注员 定向培养班", "宁波甬才职业技能培训学校", "4.5-6K"),
             ("jobs/job-annotation.html", "图像标注员（正式岗）", "杭州某电商数据服务公司", "5-7K")]
add("jobs/index.html", f_jobs("jobs/index.html", "“AI训练师”相关职位", "<h1>搜索“AI训练师 数据标注” 共 6 个职位</h1><ul>" +
    "".join(f'<li><a href="{p.split("/")[1]}">{t}</a> <span style="color:#f60">{s}</span><br><small>{c}</small></li>' for p, t, c, s in JOBS_LIST)
    + '</ul><p><a href="help-safety.html">求职安全中心</a></p>'), note="job board search list")

# ================================================================ company sites
CORP_CSS = "body{font-family:sans-serif;margin:0}.nav a{margin-right:16px}.sec{padding:20px 40px}.ft{background:#222;color:#aaa;padding:16px 40px;font-size:12px}"

add("corp/lingxi/index.html", doc("苏州灵犀人力资源服务有限公司-人力外包|劳务派遣|AI数据标注", CORP_CSS + ".bn{background:#0b3d91;color:#fff;padding:30px 40px}", f"""
<div style="padding:10px 40px" class="nav"><b>灵犀人力</b> &nbsp; <a href="#">首页</a><a href="#about">关于我们</a><a href="#biz">业务范围</a><a href="#ai">AI标注学院</a><a href="#contact">联系我们</a> <a href="../../index.html">返回导航</a></div>
<div class="bn"><h1>让每一个人都有好工作</h1><p>人力资源外包 · 劳务派遣 · 灵活用工 · AI数据标注人才输送</p></div>
<div class="sec" id="about"><h2>关于我们</h2><p>苏州灵犀人力资源服务有限公司成立于2017年，总部位于苏州工业园区，为长三角200余家制造、互联网企业提供人力外包服务，年输送人才一万余人次。</p></div>
<div class="sec" id="ai"><h2>灵犀AI数据标注学院</h2><p>学院面向社会及在校生开设人工智能训练师（五级/四级/三级）培训，理论+实操，考评合格颁发职业技能等级证书，证书全国联网可查（zscx.osta.org.cn）。学员结业后由灵犀人力推荐至合作标注基地就业。</p>
<p>证书样本：证书编号 S000033001253254000117（样本，仅供展示）</p>
<table border="1" cellpadding="6"><tr><th>班型</th><th>课时</th><th>费用</th></tr><tr><td>五级 就业班</td><td>60</td><td>1880元</td></tr><tr><td>四级 就业班</td><td>50</td><td>2680元</td></tr><tr><td>三级 提升班</td><td>40</td><td>3580元</td></tr></table></div>
<div class="sec" id="contact"><h2>联系我们</h2><p>招生热线：<a href="tel:+8613962184407">+86 139 6218 4407</a><br>微信：LingXi_HR88<br>邮箱：hr@lingxihr.cn<br>网址：www.lingxihr.cn<br>地址：苏州工业园区星湖街 218 号</p></div>
<div class="ft">© 2026 苏州灵犀人力资源服务有限公司 统一社会信用代码：{U01_USCC} 人力资源服务许可证：320594000128<br>
电话：400-000-0000 邮箱：yourname@example.com &nbsp; 技术支持：云帆建站 www.yunfanjz.com</div>"""),
    True, "U01", "灵犀人力",
    [("uscc", U01_USCC, U01_USCC), ("phone", "+8613962184407", "tel:+8613962184407"),
     ("phone", "+8613962184407", "+86 139 6218 4407"), ("wechat", "lingxi_hr88", "LingXi_HR88"),
     ("email", "hr@lingxihr.cn", "hr@lingxihr.cn"), ("domain", "lingxihr.cn", "www.lingxihr.cn"),
     ("other", "hr_licence:320594000128", "320594000128")],
    "HR-outsourcing company site with its AI-trainer 'academy' price table")

add("corp/pengcheng/index.html", doc("鹏程众包 | 深圳市鹏程众包劳务派遣有限公司", CORP_CSS + ".bn{background:#c00;color:#fff;padding:26px 40px}", f"""
<div style="padding:10px 40px" class="nav"><b>鹏程众包</b> <a href="#">网站首页</a><a href="#news">新闻动态</a><a href="#rz">认证中心</a><a href="#job">人才招聘</a><a href="../../index.html">返回导航</a></div>
<div class="bn"><h1>鹏城标注工场 · 众包AI训练师认证中心</h1><p>劳务派遣 | 数据众包 | 持证上岗</p></div>
<div class="sec" id="rz"><h2>众包AI训练师认证中心</h2><p>为满足合作企业“持证上岗”要求，本中心长期组织人工智能训练师四级、三级培训考证：</p>
<ul><li>四级：2580元，15天出证；三级：3880元，无需工作年限，零基础可报</li>
<li>考点：深圳市龙华区职业技能考核站（电话 0755-2811 4470）</li>
<li>持证学员优先派遣至华南各大标注基地，月入8000+</li></ul></div>
<div class="sec" id="job"><h2>人才招聘</h2><p>长期招聘数据标注员、质检员，日结/月结均可。联系人：刘经理 135 3077 8126 &nbsp; QQ：2851977306</p></div>
<div class="ft">Copyright © 深圳市鹏程众包劳务派遣有限公司 统一社会信用代码 {U04_USCC} | www.pczb-hr.com<br>电话：400-000-0000 | 技术支持：云帆建站 www.yunfanjz.com</div>"""),
    True, "U04", "众包AI训练师认证中心",
    [("uscc", U04_USCC, U04_USCC), ("phone", "+8613530778126", "135 3077 8126"),
     ("qq", "2851977306", "2851977306"), ("domain", "pczb-hr.com", "www.pczb-hr.com")],
    "labour-dispatch company site selling level-4/3 cert for 'licensed' dispatch")

add("corp/shencheng/index.html", doc("上海申程职业技能培训有限公司 官网", CORP_CSS + ".bn{background:#2a7b4f;color:#fff;padding:26px 40px}", f"""
<div style="padding:10px 40px" class="nav"><b>申程职培</b> <a href="#">首页</a><a href="#kc">课程中心</a><a href="#kp">考评服务</a><a href="#jy">就业直通车</a><a href="#lx">联系我们</a><a href="../../index.html">返回导航</a></div>
<div class="bn"><h1>申程职培 · 上海人工智能训练师考评服务</h1><p>上海急需紧缺高技能人才职业 · 培训 · 考评 · 就业一站式</p></div>
<div class="sec" id="kc"><h2>课程中心</h2><table border="1" cellpadding="6"><tr><th>等级</th><th>课时</th><th>学费</th><th>补贴</th></tr>
<tr><td>四级</td><td>50</td><td>2880元</td><td>符合条件可申领1500元</td></tr><tr><td>三级</td><td>40</td><td>3680元</td><td>符合条件可申领2000元</td></tr><tr><td>二级(技师)</td><td>40</td><td>6800元</td><td>—</td></tr></table>
<p>证书可在 jndj.osta.org.cn 查询。三级证书可用于上海居住证积分（60分）。</p></div>
<div class="sec" id="jy"><h2>沪上就业直通车</h2><p>考评通过学员推荐至浦东、闵行合作企业数据质检岗位。</p></div>
<div class="sec" id="lx"><h2>联系我们</h2><p>地址：上海市浦东新区张江路 665 号 3 层<br>电话：177-2109-3356<br>邮箱：kf@shencheng-px.com<br>官网：shencheng-px.com</p></div>
<div class="ft">© 上海申程职业技能培训有限公司 {U08_USCC} | 邮箱：yourname@example.com | 技术支持：云帆建站 www.yunfanjz.com</div>"""),
    True, "U08", "申程职培",
    [("uscc", U08_USCC, U08_USCC), ("phone", "+8617721093356", "177-2109-3356"),
     ("email", "kf@shencheng-px.com", "kf@shencheng-px.com"), ("domain", "shencheng-px.com", "shencheng-px.com")],
    "training company site with course table incl. level 2 and a job 'direct train'")

add("corp/huaxin/index.html", doc("南京华信智能科技有限公司 - 企业AI人才培训", CORP_CSS + ".bn{background:#444;color:#fff;padding:26px 40px}", f"""
<div style="padding:10px 40px" class="nav"><b>华信智能</b> <a href="#">首页</a><a href="#px">企业培训</a><a href="#al">客户案例</a><a href="../../index.html">返回导航</a></div>
<div class="bn"><h1>企业内训 · 人工智能训练师职业技能提升</h1></div>
<div class="sec" id="px"><h2>企业AI人才培训</h2><p>面向数据服务企业在职员工，开展人工智能训练师四级、三级职业技能提升培训，按企业人数定制课程，可协助企业申请以工代训及技能提升补贴。单人报价1600元起，20人以上开班。</p>
<p>咨询电话：025-8451 6632 &nbsp; 官网：www.hxznkj.com</p></div>
<div class="ft">南京华信智能科技有限公司 统一社会信用代码 {I02_USCC} | 地址：南京市玄武区珠江路 88 号<br>电话：400-000-0000 | 技术支持：云帆建站 www.yunfanjz.com</div>"""),
    True, "I02", "南京华信智能科技有限公司",
    [("uscc", I02_USCC, I02_USCC), ("phone", "025-84516632", "025-8451 6632"), ("domain", "hxznkj.com", "www.hxznkj.com")],
    "independent company site: in-house AI-trainer upskilling for employers")

# ================================================================ classifieds
PAGES.append({"path": "fenlei/u01.html", "html": f_fenlei("fenlei/u01.html", "【园区】数据标注员 包吃住 包培训 持证上岗", """
<h1>【园区】数据标注员 包吃住 包培训 持证上岗</h1>
<table class="info"><tr><td>薪资</td><td>6000-9000元/月</td></tr><tr><td>区域</td><td>苏州 - 工业园区</td></tr><tr><td>发布</td><td>园区数据标注就业基地（个人认证）</td></tr></table>
<p>园区数据标注就业基地常年招人！！无经验可做，公司统一培训，考人工智能训练师中级证，持证上岗更稳定。</p>
<p>培训考证费2680，上班半年返1000。18-40岁，男女不限，能坐得住就行。</p>
<p>电话：１３９６２１８４４０７ &nbsp; V信 lingxi_hr88</p>
<p>浏览 1326 次 · 3 天前更新</p>""", "苏州"), "is_offer": True, "operator": "U01", "provider": "园区数据标注就业基地",
    "identifiers": [["phone", "+8613962184407", "１３９６２１８４４０７"], ["wechat", "lingxi_hr88", "lingxi_hr88"]],
    "note": "classifieds post: job with paid cert training (full-width phone)"})

add("fenlei/u04.html", f_fenlei("fenlei/u04.html", "龙华 数据标注员 日结 可考证", """
<h1>龙华 数据标注员 日结200 可考AI训练师证</h1>
<table class="info"><tr><td>薪资</td><td>200元/天</td></tr><tr><td>区域</td><td>深圳 - 龙华</td></tr><tr><td>发布</td><td>鹏城标注工场</td></tr></table>
<p>鹏城标注工场招标注员，日结，手机电脑都能做。想转长期的可以报我们的人工智能训练师四级班，2580包考，考点在龙华区职业技能考核站 0755-28114470，拿证后工价翻倍。</p>
<p>联系：+86-135-3077-8126 刘经理 / 扣扣 2851977306</p>""", "深圳"),
    True, "U04", "鹏城标注工场",
    [("phone", "+8613530778126", "+86-135-3077-8126"), ("qq", "2851977306", "2851977306")],
    "classifieds post: day-pay annotation job upselling a level-4 course")

add("fenlei/u07.html", f_fenlei("fenlei/u07.html", "招聘居家AI训练师 手机可做 宝妈学生优先", """
<h1>招聘居家AI训练师 手机可做 宝妈学生优先</h1>
<table class="info"><tr><td>薪资</td><td>3000-12000元/月</td></tr><tr><td>区域</td><td>广州 - 天河</td></tr><tr><td>发布</td><td>云栖众标</td></tr></table>
<p>云栖众标平台招募居家AI训练师，给AI大模型打分、纠错，时间自由多劳多得。</p>
<p>新人需完成平台认证课程（含人工智能训练师五级证书，人社部颁发，国家承认）报名费899元，认证后派单，一个月回本。</p>
<p>咨询：199-2746-1183 &nbsp; 官网 yunqi-edu.cn</p>""", "广州"),
    True, "U07", "云栖众标",
    [("phone", "+8619927461183", "199-2746-1183"), ("domain", "yunqi-edu.cn", "yunqi-edu.cn")],
    "classifieds post: work-from-home 'AI trainer' job that requires a paid 899 cert course")

add("fenlei/u09.html", f_fenlei("fenlei/u09.html", "郑州 AI数据标注 实训+就业 学徒工", """
<h1>郑州 AI数据标注 实训+就业 招学徒工</h1>
<table class="info"><tr><td>薪资</td><td>4500-7000元/月</td></tr><tr><td>区域</td><td>郑州 - 金水</td></tr><tr><td>发布</td><td>中原数标实训基地</td></tr></table>
<p>中原数标实训基地，与郑州航空港多家AI企业签订用人协议。学徒实训一个月，考取人工智能训练师（五级+四级双证），协议就业。</p>
<p>实训费2380元（双证），另收考试费。</p>
<p>招生老师：157 3719 0264 &nbsp; QQ 1847263095</p>""", "郑州"),
    True, "U09", "中原数标实训基地",
    [("phone", "+8615737190264", "157 3719 0264"), ("qq", "1847263095", "1847263095")],
    "classifieds post: apprentice training with two-level cert bundle and 'agreement employment'")

# ================================================================ campus
add("campus/u01.html", f_campus("campus/u01.html", "灵犀AI标注学院2026届校园招聘暨人工智能训练师订单班", """
<h2>灵犀AI标注学院2026届校园招聘暨人工智能训练师订单班</h2>
<p style="font-size:12px;color:#666">发布时间：2026-10-28 · 浏览：2140</p>
<p><b>宣讲时间：</b>2026年11月12日 14:00 &nbsp; <b>地点：</b>第二教学楼 203</p>
<p>灵犀AI标注学院（苏州灵犀人力资源服务有限公司旗下）面向2026届毕业生招聘AI数据标注工程师 80 名，工作地点苏州、无锡。</p>
<p>订单班说明：录用同学需参加学院组织的人工智能训练师（四级）岗前订单培训，培训期一个月，费用2680元（可申请“先就业后付款”），取得职业技能等级证书后签订劳动合同。</p>
<p>简历投递：hr(at)lingxihr(dot)cn，邮件标题“姓名+专业+江南理工”。官网 lingxihr.cn/campus</p>"""),
    True, "U01", "灵犀AI标注学院",
    [("email", "hr@lingxihr.cn", "hr(at)lingxihr(dot)cn"), ("domain", "lingxihr.cn", "lingxihr.cn")],
    "campus recruitment post with paid 'order class' training before contract")

add("campus/u03.html", f_campus("campus/u03.html", "星图2026暑期AI数据实习生计划", """
<h2>北京智研星图科技有限公司 · 星图2026暑期AI数据实习生计划</h2>
<p style="font-size:12px;color:#666">发布时间：2026-11-02 · 浏览：987</p>
<p>岗位：AI数据实习生（远程/北京），实习期2-3个月，实习补贴150元/天，表现优秀可转正。</p>
<p>申请流程：网申 → 笔试 → 实习前实训（星图智研AI实训营，2周，完成人工智能训练师四级认证培训，实训费3980元，实习满两个月报销50%）→ 入职。</p>
<p>网申邮箱：intern@xingtu-ai.com &nbsp; 了解更多：www.xingtu-ai.com</p>
<p>报名表：https://maibiao.net/f/Xt82k （表单由 麦表 maibiao.net 提供）</p>"""),
    True, "U03", "星图实习计划",
    [("email", "intern@xingtu-ai.com", "intern@xingtu-ai.com"), ("domain", "xingtu-ai.com", "www.xingtu-ai.com")],
    "internship programme requiring a paid pre-internship AI-trainer course")

add("campus/u06.html", f_campus("campus/u06.html", "光谷AI人才订单班（江南理工专场）宣讲会", """
<h2>光谷AI人才订单班（江南理工专场）宣讲会</h2>
<p style="font-size:12px;color:#666">发布时间：2026-10-15 · 浏览：1533</p>
<p>主办：武汉光谷启航教育咨询有限公司（启航教育）&nbsp; 时间：11月6日 19:00 &nbsp; 地点：学生活动中心报告厅</p>
<p>订单班面向大二、大三及应届毕业生：在校期间完成人工智能训练师三级课程（学费4200元，可分12期），结业“三级证书+就业推荐”，合作企业涵盖武汉光谷、杭州、深圳等地AI数据公司。</p>
<p>咨询电话：<a href="tel:13297045518">132 9704 5518</a> &nbsp; 订单班QQ群：915376420</p>"""),
    True, "U06", "光谷AI人才订单班",
    [("phone", "+8613297045518", "tel:13297045518"), ("phone", "+8613297045518", "132 9704 5518"),
     ("qq_group", "915376420", "915376420")],
    "campus talk ad: instalment-paid level-3 'order class' with job recommendation")

add("campus/i03.html", f_campus("campus/i03.html", "杭州之江数据科技有限公司 数据标注实习生", """
<h2>杭州之江数据科技有限公司 2026届数据标注实习生招聘</h2>
<p style="font-size:12px;color:#666">发布时间：2026-11-05 · 浏览：611</p>
<p>岗位：数据标注实习生 20 名，杭州滨江，实习工资 3500元/月。</p>
<p>公司为实习生统一组织人工智能训练师（五级）培训与报考，培训费由公司承担，学生自付认定考试费420元，考点为杭州市西湖区职业技能考核站（0571-85912760），证书全国联网可查（zscx.osta.org.cn）。</p>
<p>投递邮箱：hr@zjdata-tech.com &nbsp; 公司官网：zjdata-tech.com</p>"""),
    True, "I03", "杭州之江数据科技有限公司",
    [("email", "hr@zjdata-tech.com", "hr@zjdata-tech.com"), ("domain", "zjdata-tech.com", "zjdata-tech.com")],
    "independent campus internship post: company-organised level-5 exam, student pays exam fee")

add("campus/notice-trap.html", f_campus("campus/notice-trap.html", "关于警惕“培训贷”“招转培”求职陷阱的提醒", """
<h2>关于警惕“培训贷”“招转培”求职陷阱的提醒</h2>
<p style="font-size:12px;color:#666">发布时间：2026-10-20 · 学生就业指导中心</p>
<p>近期有同学反映，部分机构以“订单班”“实习计划”“持证上岗”为名，要求学生先缴纳数千元人工智能训练师等考证培训费，或诱导办理分期贷款。就业指导中心提醒：</p>
<ol><li>用人单位招聘不得收取任何费用；</li><li>人工智能训练师证书为职业技能等级证书，报考五级需具备一年相关工作经历或完成学徒期学习，“零基础直接考三级”不符合标准；</li>
<li>证书及评价机构可通过技能人才评价工作网 osta.mohrss.gov.cn 核验；</li>
<li>如遇纠纷可拨打 12333 人社服务热线或杭州12345政务服务热线。</li></ol>"""),
    note="career centre warning about training loans and train-then-hire traps")

CAMPUS_LIST = [("u01.html", "灵犀AI标注学院2026届校园招聘暨人工智能训练师订单班"), ("u03.html", "星图2026暑期AI数据实习生计划"),
               ("u06.html", "光谷AI人才订单班（江南理工专场）宣讲会"), ("i03.html", "杭州之江数据科技有限公司 数据标注实习生"),
               ("notice-trap.html", "【就业指导】关于警惕“培训贷”“招转培”求职陷阱的提醒")]
add("campus/index.html", f_campus("campus/index.html", "招聘信息", "<h2>招聘信息</h2><ul>" +
    "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in CAMPUS_LIST) + "</ul>"), note="campus career site list page")

# ================================================================ shop
add("shop/u02-item.html", f_shop("shop/u02-item.html", "人工智能训练师三级 培训+考证+推荐就业", f"""
<h1>【数智未来】人工智能训练师三级 培训+考证+推荐就业 60天就业班</h1>
<p style="color:#ff5000;font-size:22px">¥4980 <s style="color:#999;font-size:14px">¥9980</s> 支持分期</p>
<p>月销 213 · 累计评价 96</p>
<ul><li>零基础可报，结业颁发人工智能训练师三级证书，jndj.osta.org.cn 可查</li>
<li>考点：杭州市西湖区职业技能考核站 0571-8591 2760</li>
<li>推荐就业：合作企业20余家，推荐不成功退50%</li></ul>
<p>拍下后请添加班主任微信 SZWL-AI2026 领取课表</p>
<p style="font-size:12px">店铺资质：杭州数智未来教育科技有限公司 营业执照 {U02_USCC}</p>
<h3>累计评价</h3>
<div class="rv">t***8：课是录播，就业推荐就是给了几个招聘链接。</div>
<div class="rv">小***雨：退款一直拖，有同样情况的联系我 151 0571 3382 一起维权</div>
<div class="rv">a***k：班主任回复挺快，证还在等。</div>""", shop="数智未来官方店"),
    True, "U02", "数智未来",
    [("wechat", "szwl-ai2026", "SZWL-AI2026"), ("uscc", U02_USCC, U02_USCC)],
    "marketplace item: level-3 training+cert+job bundle, zero-experience")

add("shop/u05-item.html", f_shop("shop/u05-item.html", "蓉才AI职训 人工智能训练师四级就业班", f"""
<h1>蓉才AI职训 | 人工智能训练师四级（中级工）就业班 成都线下</h1>
<p style="color:#ff5000;font-size:22px">¥2980</p>
<p>月销 58 · 累计评价 31</p>
<ul><li>理论+实操50课时，成都武侯区线下授课</li><li>证书全国联网查询 zscx.osta.org.cn</li><li>结业推荐天府软件园数据基地岗位</li></ul>
<p>证书样本：S000033001253254000117</p>
<p>售后邮箱：rcyp_hr@163.com</p>
<p style="font-size:12px">经营者：成都蓉才优聘人力资源有限公司 {U05_USCC}</p>
<div class="rv">l***u：老师讲得不错，就业推荐还在等。</div>""", shop="蓉才AI职训"),
    True, "U05", "蓉才AI职训",
    [("email", "rcyp_hr@163.com", "rcyp_hr@163.com"), ("uscc", U05_USCC, U05_USCC)],
    "marketplace item: level-4 course with job referral")

add("shop/u09-item.html", f_shop("shop/u09-item.html", "AI数据标注实训+人工智能训练师双证", f"""
<h1>豫才AI就业 | 数据标注实训 + 人工智能训练师五级四级双证 协议就业</h1>
<p style="color:#ff5000;font-size:22px">¥2380</p>
<ul><li>五级+四级一起报，省一次报名费</li><li>签就业协议，不就业退款</li></ul>
<p>咨询QQ：184 726 3095（工作时间在线）</p>
<p style="font-size:12px">店铺主体：郑州中原智训人力资源服务有限公司 营业执照 {U09_USCC}</p>
<div class="rv">z***0：说好的协议就业，去了是电话销售。有问题打我 151 0571 3382 一起维权</div>
<div class="rv">匿名用户：还行吧。</div>""", shop="豫才AI就业"),
    True, "U09", "豫才AI就业",
    [("qq", "1847263095", "184 726 3095"), ("uscc", U09_USCC, U09_USCC)],
    "marketplace item: two-level bundle with 'agreement employment'")

add("shop/i04-item.html", f_shop("shop/i04-item.html", "人工智能训练师 网课 全套", """
<h1>人工智能训练师（五级/四级）网课 全套视频+题库+报考指导</h1>
<p style="color:#ff5000;font-size:22px">¥399</p>
<ul><li>120节录播，适合有一年数据标注工作经历、准备报考的同学</li><li>报考指导：协助对接本地备案评价机构报名（考试费另付）</li></ul>
<p>售前咨询 QQ：3057719284</p>""", shop="智学优品教育专营店"),
    True, "I04", "智学优品教育专营店",
    [("qq", "3057719284", "3057719284")],
    "independent marketplace item: online course plus exam sign-up help")

add("shop/item-health.html", f_shop("shop/item-health.html", "健康管理师 三级 培训课程", """
<h1>健康管理师（三级）培训课程 网课+题库</h1>
<p style="color:#ff5000;font-size:22px">¥680</p>
<p>适合医护、药店从业人员。本课程为培训课程，认定考试由当地备案评价机构组织。</p>""", shop="康途职教"),
    note="marketplace item for another occupation (健康管理师), not AI trainer")

SHOP_LIST = [("u02-item.html", "【数智未来】人工智能训练师三级 培训+考证+推荐就业", "¥4980"), ("u05-item.html", "蓉才AI职训 人工智能训练师四级就业班", "¥2980"),
             ("u09-item.html", "数据标注实训+人工智能训练师双证 协议就业", "¥2380"), ("i04-item.html", "人工智能训练师 网课 全套", "¥399"),
             ("item-health.html", "健康管理师 三级 培训课程", "¥680")]
add("shop/index.html", f_shop("shop/index.html", "搜索：人工智能训练师", "<h2>“人工智能训练师” 搜索结果</h2><ul>" +
    "".join(f'<li><a href="{p}">{t}</a> <span style="color:#ff5000">{s}</span></li>' for p, t, s in SHOP_LIST) + "</ul>"),
    note="marketplace search list")

# ================================================================ Q&A
add("ask/u02-answer.html", f_ask("ask/u02-answer.html", "数据标注培训后包分配工作是真的吗？", """
<h1>数据标注培训后包分配工作是真的吗？</h1><p style="color:#666">被浏览 38,204 · 关注者 96</p>
<div class="ans"><b>云端AI训练营-陈老师</b> <small>AI数据服务从业者</small>
<p>谢邀。说实话市面上包分配的十家有八家是噱头，但也不能一棍子打死。我们云端AI训练营做了三年，学员结业拿人工智能训练师三级证，合作企业面试通过率挺高的。</p>
<p>想了解课程的可以进我们的交流群 7382 16509，或者加 vx：szwl一ai2026（中间是短横），免费领试听课。</p>
<p style="font-size:12px;color:#999">编辑于 2026-10-30 · 赞同 41 · 22 条评论</p></div>
<div class="ans"><b>匿名用户</b><p>上面这位是广告。我当时交了钱，推荐的工作全是外包电销。</p></div>"""),
    True, "U02", "云端AI训练营",
    [("qq_group", "738216509", "7382 16509"), ("wechat", "szwl-ai2026", "szwl一ai2026")],
    "Q&A answer that sells (group number split, dash written as 一)")

add("ask/u05-answer.html", f_ask("ask/u05-answer.html", "人工智能训练师证书对找工作有用吗？", """
<h1>人工智能训练师证书对找工作有用吗？</h1><p style="color:#666">被浏览 12,770</p>
<div class="ans"><b>匿名用户</b><p>有用但别神化，数据标注岗位大部分不看证。</p></div>
<div class="ans"><b>成都何老师</b> <small>蓉才优聘 职业规划</small>
<p>在成都的话，很多数据基地招聘都写了“持证优先”。我们蓉才这边是四级班+推荐就业，上个月刚送走一批学员去天府软件园。</p>
<p>有需要的同学威信 RCYP_HR，或者直接打 189 8065 2217，报名送题库。</p>
<p style="font-size:12px;color:#999">发布于 2026-11-01 · 赞同 8</p></div>"""),
    True, "U05", "蓉才优聘",
    [("wechat", "rcyp_hr", "RCYP_HR"), ("phone", "+8618980652217", "189 8065 2217")],
    "Q&A answer selling a level-4 class with placement")

add("ask/i05-answer.html", f_ask("ask/i05-answer.html", "文科生转行AI训练师可行吗？", """
<h1>文科生转行AI训练师可行吗？</h1><p style="color:#666">被浏览 5,318</p>
<div class="ans"><b>老周说职场</b> <small>前HR，十年招聘经验</small>
<p>可行。AI训练师里语料标注、对话质检特别需要语言好的人。建议先找份标注工作干满一年，再考五级证，这样合规。</p>
<p>我这边有一对一转行辅导（简历+面试+报考规划），699元/3次，有需要加我 wx：zhou-zhichang</p>
<p style="font-size:12px;color:#999">发布于 2026-10-22 · 赞同 176</p></div>
<div class="ans"><b>momo</b><p>求带！我也文科，加我 vx: momo_0917zz 一起交流</p></div>"""),
    True, "I05", "老周说职场",
    [("wechat", "zhou-zhichang", "zhou-zhichang")],
    "independent Q&A answer selling career coaching with exam planning")

# ================================================================ short video
add("video/u02.html", f_video("video/u02.html", "杭漂日记｜做AI标注第三个月", """
<p>杭漂日记｜做AI标注第三个月，工资条给你们看 #AI训练师 #杭州找工作 #零基础转行</p>
<p>文案：去年还在电子厂，今年坐办公室给AI打标签💻 想跟我一样的姐妹，杭漂数据标注合伙人计划还有名额，包培训拿证推荐工作～ 群号在评论区置顶</p>
<div class="cm"><b>杭漂数据标注合伙人</b>（作者）置顶：Q群 七三八二一六五零九 进群看课表</div>
<div class="cm">用户9981：学费多少啊</div><div class="cm">杭漂数据标注合伙人（作者）：私信哦</div>
<p style="font-size:12px;color:#888">♥ 3.2万 · 评论 1168 · 分享 402</p>""", "杭漂数据标注合伙人"),
    True, "U02", "杭漂数据标注合伙人",
    [("qq_group", "738216509", "七三八二一六五零九")],
    "short video selling training+cert+job, QQ group in Chinese numerals")

add("video/u07.html", f_video("video/u07.html", "宝妈在家做AI训练师", """
<p>宝妈在家做AI训练师，带娃也能月入过万？#居家兼职 #AI训练师 #宝妈副业</p>
<p>文案：云栖学堂带你考人工智能训练师证书，认证后平台派单，手机就能做！名额有限，主页有联系方式。</p>
<div class="cm"><b>云栖学堂</b>（作者）：咨询 199 2746 1183 或 VX YunQi_ZB01</div>
<div class="cm">橙子：交了899一单都没派过，骗子！</div>
<p style="font-size:12px;color:#888">♥ 8821 · 评论 530</p>""", "云栖学堂"),
    True, "U07", "云栖学堂",
    [("phone", "+8619927461183", "199 2746 1183"), ("wechat", "yunqi_zb01", "YunQi_ZB01")],
    "short video: home-based 'AI trainer' job requiring paid cert")

add("video/u08.html", f_video("video/u08.html", "上海持证上岗直通车", """
<p>在上海没证找不到AI工作？一个月拿人工智能训练师三级，直接推荐入职！#上海就业 #积分落户 #AI训练师</p>
<p>文案：申程AI训练师考评服务，考评+就业一条龙，三级证书落户积分+60</p>
<div class="cm"><b>申程AI训练师考评</b>（作者）：官网 shencheng-px点com，或加v：sc_kaoping</div>
<div class="cm">路人甲：二级能直接考吗？</div><div class="cm">申程AI训练师考评（作者）：可以的亲，私聊</div>
<p style="font-size:12px;color:#888">♥ 1.1万 · 评论 342</p>""", "申程AI训练师考评"),
    True, "U08", "申程AI训练师考评服务",
    [("domain", "shencheng-px.com", "shencheng-px点com"), ("wechat", "sc_kaoping", "sc_kaoping")],
    "short video: exam service + job, domain spelled with 点")

# ================================================================ notes
add("notes/u03.html", f_notes("notes/u03.html", "大学生暑假实习攻略", """
<h2>大学生暑假找AI实习，我是这样拿到offer的✨</h2>
<p>姐妹们！！大二暑假就拿到了AI数据实习📍北京 远程也可</p>
<p>1️⃣ 先考个人工智能训练师证（我是星图智研AI实训营带的，两周搞定）<br>2️⃣ 实训完直接进星图实习，有补贴<br>3️⃣ 实习证明+证书简历超加分</p>
<p>想报的宝子直接发邮件 intern＠xingtu-ai.com 或者滴滴我 XT_Lily2026 备注“笔记”</p>
<p class="tag">#暑期实习 #AI训练师 #大学生考证</p>
<div class="cm">momo：求带 vx: momo_0917zz</div>""", "星图实训营-Lily"),
    True, "U03", "星图智研AI实训营",
    [("email", "intern@xingtu-ai.com", "intern＠xingtu-ai.com"), ("wechat", "xt_lily2026", "XT_Lily2026")],
    "notes-app post selling pre-internship training (full-width @)")

add("notes/u05.html", f_notes("notes/u05.html", "成都考证就业经验", """
<h2>成都｜从奶茶店到AI数据基地，我只用了一个月</h2>
<p>之前在奶茶店上班，朋友推荐我去蓉才学了人工智能训练师四级，现在在高新区做数据质检，双休！</p>
<p>课程顾问是何老师，人很好，需要的私我拿联系方式～或者搜 ｒｃｙｐ＿ｈｒ</p>
<p>有问题也可以发邮件 rcyp_hr艾特163.com</p>
<p class="tag">#成都找工作 #转行 #AI训练师</p>
<div class="cm">小鹿：学费多少？</div><div class="cm">作者：两千多，可以申请补贴</div>""", "成都小满"),
    True, "U05", "蓉才",
    [("wechat", "rcyp_hr", "ｒｃｙｐ＿ｈｒ"), ("email", "rcyp_hr@163.com", "rcyp_hr艾特163.com")],
    "notes-app testimonial-style ad (full-width WeChat id, 艾特 for @)")

add("notes/u07.html", f_notes("notes/u07.html", "宝妈副业真实收入", """
<h2>宝妈副业｜在家做AI训练师第一个月收入📈</h2>
<p>云栖众标认证后派单，第一个月到手3200！认证课程和证书一起办的，报名费不到一千～</p>
<p>想了解的加 yunqi下划线zb01 （平台不让发，懂的都懂）</p>
<p class="tag">#宝妈副业 #居家兼职 #AI训练师</p>
<div class="cm">momo：求带 vx: momo_0917zz</div>""", "云栖众标小助手"),
    True, "U07", "云栖众标",
    [("wechat", "yunqi_zb01", "yunqi下划线zb01")],
    "notes-app post for home-based scheme; WeChat id with spelled-out underscore")

# ================================================================ forum
add("bbs/u03.html", f_bbs("bbs/u03.html", "[求助] 暑期实习要先交钱培训正常吗", """
<h2>[求助] 暑期实习要先交钱培训正常吗</h2>
<div class="post"><span class="u">小鹿乱撞</span> 楼主 · 2026-11-03<p>投了一个AI数据实习，说要先参加两周实训考人工智能训练师证，要3980，正常吗？</p></div>
<div class="post"><span class="u">星图Lily</span> 2楼<p>你好，我是星图实习计划的，实训费实习满两个月报一半，证书也是你自己的。有疑问可以直接问我，薇❤ xt_lily2026，电话 156 0118 7732</p></div>
<div class="post"><span class="u">momo</span> 3楼<p>同问，楼主要不要一起交流，vx: momo_0917zz</p></div>
<div class="post"><span class="u">老油条</span> 4楼<p>先交钱的实习一律劝退。</p></div>"""),
    True, "U03", "星图实习计划",
    [("wechat", "xt_lily2026", "xt_lily2026"), ("phone", "+8615601187732", "156 0118 7732")],
    "forum thread where the seller replies and sells")

add("bbs/u06.html", f_bbs("bbs/u06.html", "订单班靠谱吗？光谷启航", """
<h2>订单班靠谱吗？光谷启航来学校宣讲了</h2>
<div class="post"><span class="u">江南理工小王</span> 楼主<p>启航教育的订单班，说学完三级证推荐就业，学费四千多能分期，有人了解吗？</p></div>
<div class="post"><span class="u">启航就业服务站</span> 2楼<p>同学你好，我们是启航就业服务站，订单班学员去年就业率很高的～详细可以加订单班群 9153 76420 或微信 qihang_jy</p></div>
<div class="post"><span class="u">momo</span> 3楼<p>加我一起去问问 vx: momo_0917zz</p></div>
<div class="post"><span class="u">过来人</span> 4楼<p>分期就是贷款，想清楚。</p></div>"""),
    True, "U06", "启航就业服务站",
    [("qq_group", "915376420", "9153 76420"), ("wechat", "qihang_jy", "qihang_jy")],
    "forum thread with seller's sales reply")

add("bbs/u08.html", f_bbs("bbs/u08.html", "上海积分 人工智能训练师三级 哪里考", """
<h2>上海积分 人工智能训练师三级 哪里考</h2>
<div class="post"><span class="u">沪漂阿杰</span> 楼主<p>想考个三级加积分，顺便换工作，求推荐。</p></div>
<div class="post"><span class="u">申程职培顾问</span> 2楼<p>我们申程职培做考评服务的，三级3680，考评通过还能推荐数据质检岗。加微信 SC_KaoPing 或邮件 kf#shencheng-px.com（#换成@）</p></div>
<div class="post"><span class="u">momo</span> 3楼<p>楼主同求，vx: momo_0917zz</p></div>"""),
    True, "U08", "申程职培",
    [("wechat", "sc_kaoping", "SC_KaoPing"), ("email", "kf@shencheng-px.com", "kf#shencheng-px.com")],
    "forum reply selling exam service, e-mail with # for @")

add("bbs/i06.html", f_bbs("bbs/i06.html", "[代报名] 人工智能训练师 四级三级 全国可报", """
<h2>[代报名] 人工智能训练师 四级三级 全国可报</h2>
<div class="post"><span class="u">考证小助手阿峰</span> 楼主<p>长期代报人工智能训练师四级、三级，资料审核帮你搞定，工作年限不够也有办法，考试安排在周末，深圳考点是龙华区职业技能考核站（0755-28114470），其他城市也能安排。</p>
<p>四级1500 三级2200，报名咨询QQ 3296104857，电话 136 7584 9021</p></div>
<div class="post"><span class="u">路人</span> 2楼<p>“年限不够也有办法”这话就很危险。</p></div>"""),
    True, "I06", "考证小助手阿峰",
    [("qq", "3296104857", "3296104857"), ("phone", "+8613675849021", "136 7584 9021")],
    "independent forum post: exam sign-up agent hinting at fake work history")

add("bbs/exp-post.html", f_bbs("bbs/exp-post.html", "三级考下来的一点真实感受", """
<h2>三级考下来的一点真实感受（不是广告）</h2>
<div class="post"><span class="u">标注三年</span> 楼主<p>做了三年标注，公司组织考了三级。理论题不难，实操是给一个业务场景做标注规范和质检方案，卡时间。</p>
<p>提醒一句：证书在 zscx.osta.org.cn 能查到才算数。我同事在外面报了个“包过班”，订单号 13820251107，到现在证都没有，已经打 12315 投诉了。</p></div>
<div class="post"><span class="u">小透明</span> 2楼<p>感谢分享，实操部分有推荐的练习吗？</p></div>"""),
    note="learner's experience post, no selling; quotes an order number that looks like a phone")

BBS_LIST = [("u03.html", "[求助] 暑期实习要先交钱培训正常吗"), ("u06.html", "订单班靠谱吗？光谷启航来学校宣讲了"),
            ("u08.html", "上海积分 人工智能训练师三级 哪里考"), ("i06.html", "[代报名] 人工智能训练师 四级三级 全国可报"),
            ("exp-post.html", "三级考下来的一点真实感受（不是广告）")]
add("bbs/index.html", f_bbs("bbs/index.html", "职业考证版", "<h2>职业考证版 · 主题列表</h2><table>" +
    "".join(f'<tr><td><a href="{p}">{t}</a></td></tr>' for p, t in BBS_LIST) + "</table>"), note="forum board list")

# ================================================================ group notices
add("qun/u04.html", f_qun("qun/u04.html", "众包AI训练师认证中心 第18期报名通知", """
<h3>【第18期 人工智能训练师四级 报名通知】</h3>
<p>各位群友：众包AI训练师认证中心第18期四级班下周一开课，2580元包教材包考试，考点深圳市龙华区职业技能考核站（0755 2811 4470）。</p>
<p>持证后优先派遣至合作标注基地。报名请私聊群主或电话 一三五 三零七七 八一二六，扣扣 285 197 7306。</p>
<p>——鹏程众包 人事部</p>""", "鹏城标注工场①群"),
    True, "U04", "众包AI训练师认证中心",
    [("phone", "+8613530778126", "一三五 三零七七 八一二六"), ("qq", "2851977306", "285 197 7306")],
    "group notice for a level-4 class (phone in Chinese numerals)")

add("qun/u06.html", f_qun("qun/u06.html", "光谷AI人才订单班 缴费通知", """
<h3>【订单班缴费及分期办理通知】</h3>
<p>各位同学：光谷AI人才订单班（三级）第一期将于12月开课。学费4200元，可通过合作分期平台办理12期，首付0元。</p>
<p>报名表填写：https://maibiao.net/f/QH2026 （表单由 麦表 maibiao.net 提供）</p>
<p>有问题联系启航教育刘老师 13297045518，微信 QiHang_JY</p>""", "启航订单班2026届交流群"),
    True, "U06", "启航教育",
    [("phone", "+8613297045518", "13297045518"), ("wechat", "qihang_jy", "QiHang_JY")],
    "group notice: fee/instalment notice for the order class")

add("qun/u09.html", f_qun("qun/u09.html", "豫才AI就业群 报名缴费须知", """
<h3>【报名缴费须知】</h3>
<p>中原智训第7期AI数据标注实训（五级+四级双证）本周五截止报名。</p>
<p>缴费方式：对公转账，户名：郑州中原智训人力资源服务有限公司，开户行：中原银行郑州金水支行。</p>
<p>咨询电话：壹伍柒 叁柒壹玖 零贰陆肆（招生张老师）</p>""", "豫才AI就业交流群"),
    True, "U09", "中原智训",
    [("other", "account:郑州中原智训人力资源服务有限公司", "户名：郑州中原智训人力资源服务有限公司"),
     ("phone", "+8615737190264", "壹伍柒 叁柒壹玖 零贰陆肆")],
    "group notice with payment account name and phone in financial Chinese numerals")

# ================================================================ news
add("news/warning.html", f_news("news/warning.html", "“先培训后就业”变“先贷款后失业”", """
<h1>“先培训后就业”变“先贷款后失业”：记者调查AI训练师“招转培”乱象</h1>
<p style="font-size:12px">2026-11-04 08:30 来源：钱江民生网 记者 沈琳</p>
<p>“面试完当场就让签培训协议，说考了人工智能训练师证才能上岗。”23岁的小林告诉记者，他在招聘平台上应聘“AI训练师储备干部”，结果被要求办理近5000元的分期培训。</p>
<p>记者拨打了小林提供的招生电话 173-8895-2216，对方自称“某AI训练师就业中心”，承诺“零基础三级包过、包分配”。</p>
<p>人社部门提示，人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，可通过 zscx.osta.org.cn 查询；报考需符合国家职业技能标准的条件。求职者遇到收费招聘，可拨打 12333 或 12315 投诉举报。</p>"""),
    note="news investigation quoting a scammer's phone; not an offer")

add("news/policy.html", f_news("news/policy.html", "人工智能训练师证书怎么查", """
<h1>政策解读｜人工智能训练师证书是什么证？怎么查？</h1>
<p style="font-size:12px">2026-10-18 来源：钱江民生网</p>
<p>人工智能训练师（职业编码4-04-05-05）是2020年发布的新职业，设五个等级，包括数据标注员、人工智能算法测试员两个工种。</p>
<p>2020年后，此类证书为职业技能等级证书，由经人社部门备案的用人单位或社会培训评价组织颁发，而非人社部直接颁发。证书编号为22位，例如 S000033001253254000117 这样的格式，可在 jndj.osta.org.cn、zscx.osta.org.cn 查询，评价机构名单可在 osta.mohrss.gov.cn 核验。</p>
<p>符合条件的参保职工取得五级至三级证书，可申领技能提升补贴。具体咨询12333。</p>"""),
    note="policy explainer only")

add("news/index.html", f_news("news/index.html", "就业频道", """
<h1>就业频道</h1><ul>
<li><a href="warning.html">“先培训后就业”变“先贷款后失业”：记者调查AI训练师“招转培”乱象</a></li>
<li><a href="policy.html">政策解读｜人工智能训练师证书是什么证？怎么查？</a></li></ul>"""),
    note="news channel list")

# ================================================================ complaints
add("review/c-1001.html", f_review("review/c-1001.html", "交了培训费说好的工作没了", """
<h2>[投诉] 交了培训费说好的工作没了 <span class="st">处理中</span></h2>
<p>投诉对象：某AI训练师就业中心 &nbsp; 投诉要求：退款</p>
<p>10月在网上应聘AI训练师，对方电话17388952216，说先交4980培训费考三级证，考完包分配。交钱后(订单号：13820251107)一直不安排考试，现在电话不接。已向12315反映。</p>
<p style="font-size:12px;color:#999">2026-11-01 发布 · 已有 34 人“我也遇到”</p>"""),
    note="complaint thread quoting scammer's phone and an order number")

add("review/c-1002.html", f_review("review/c-1002.html", "培训贷退费难", """
<h2>[投诉] 数智未来 培训贷退费难 <span class="st">已回复</span></h2>
<p>投诉对象：数智未来 &nbsp; 投诉要求：解除分期合同</p>
<p>应聘时说是储备干部，结果是60天培训，办了分期，上了一周课觉得不对想退，对方说只能退20%。已打杭州12345政务服务热线和12315。</p>
<p><b>商家回复：</b>您好，已安排专员联系您处理，请保持电话畅通。</p>"""),
    note="complaint about a brand of U02 with no contact identifiers; not an offer")

add("review/index.html", f_review("review/index.html", "最新投诉", """
<h2>最新投诉 · 职业培训</h2><ul>
<li><a href="c-1001.html">交了培训费说好的工作没了</a> — 订单号：13820251107 … 处理中</li>
<li><a href="c-1002.html">数智未来 培训贷退费难</a> — 已回复</li></ul>"""),
    note="complaint platform list page")

# ================================================================ portal index
PAGES = [p for p in PAGES if p is not None]
idx = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职业培训与求职信息导航</title>
<style>body{font-family:sans-serif;max-width:960px;margin:auto}h3{border-left:4px solid #06c;padding-left:6px}li{margin:3px 0}</style></head>
<body><h1>职业培训与求职信息导航</h1><p>收录各平台“AI训练师/数据标注”相关招聘、课程、讨论与新闻。</p>
<h3>招聘平台</h3><ul><li><a href="jobs/index.html">职达直聘 · AI训练师职位</a></li><li><a href="campus/index.html">江南理工大学就业信息网</a></li></ul>
<h3>同城分类</h3><ul><li><a href="fenlei/u01.html">苏州 数据标注员 包培训</a></li><li><a href="fenlei/u04.html">深圳 标注员日结</a></li><li><a href="fenlei/u07.html">广州 居家AI训练师</a></li><li><a href="fenlei/u09.html">郑州 实训就业</a></li></ul>
<h3>企业官网</h3><ul><li><a href="corp/lingxi/index.html">苏州灵犀人力</a></li><li><a href="corp/pengcheng/index.html">鹏程众包</a></li><li><a href="corp/shencheng/index.html">申程职培</a></li><li><a href="corp/huaxin/index.html">南京华信智能</a></li></ul>
<h3>课程商城</h3><ul><li><a href="shop/index.html">淘课集市 · 人工智能训练师</a></li></ul>
<h3>社区与问答</h3><ul><li><a href="bbs/index.html">打工人社区 · 职业考证版</a></li><li><a href="ask/u02-answer.html">问答圈：数据标注培训后包分配是真的吗</a></li><li><a href="ask/u05-answer.html">问答圈：证书对找工作有用吗</a></li><li><a href="ask/i05-answer.html">问答圈：文科生转行AI训练师</a></li></ul>
<h3>短视频与笔记</h3><ul><li><a href="video/u02.html">杭漂日记</a></li><li><a href="video/u07.html">宝妈在家做AI训练师</a></li><li><a href="video/u08.html">上海持证上岗直通车</a></li><li><a href="notes/u03.html">大学生暑假实习攻略</a></li><li><a href="notes/u05.html">成都考证就业经验</a></li><li><a href="notes/u07.html">宝妈副业真实收入</a></li></ul>
<h3>群公告</h3><ul><li><a href="qun/u04.html">众包认证中心报名通知</a></li><li><a href="qun/u06.html">订单班缴费通知</a></li><li><a href="qun/u09.html">豫才就业群缴费须知</a></li></ul>
<h3>新闻与维权</h3><ul><li><a href="news/index.html">钱江民生网 · 就业</a></li><li><a href="review/index.html">维权啦 · 最新投诉</a></li></ul>
<p style="font-size:12px;color:#888">本导航仅作信息聚合，不对第三方内容负责。</p></body></html>
"""
add("index.html", idx, note="portal index page linking every section")

# ================================================================ decoys
DECOYS = [
    ("public_hotline", "12333", ["12333"], "人社 service hotline quoted in warnings and help pages"),
    ("public_hotline", "12315", ["12315"], "market-regulation complaint hotline"),
    ("public_hotline", "杭州12345", ["杭州12345政务服务热线"], "city government service hotline"),
    ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site, quoted by sellers and news"),
    ("official_domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("official_domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "技能人才评价工作网"),
    ("platform_phone", "400-826-1190", ["400-826-1190"], "job board's customer-service hotline in every job page frame"),
    ("platform_email", "jubao@zhidazp.com", ["jubao@zhidazp.com"], "job board's report e-mail in frame"),
    ("platform_domain", "zhidazp.com", ["www.zhidazp.com"], "job board's own domain in frame"),
    ("platform_uscc", JOBS_USCC, [JOBS_USCC], "job board operator's USCC in footer (valid check digit)"),
    ("platform_licence", "330106202301", ["330106202301"], "job board's HR service licence number"),
    ("platform_phone", "400-690-5588", ["400-690-5588"], "marketplace customer service in shop frame"),
    ("platform_uscc", SHOP_USCC, [SHOP_USCC], "marketplace operator's licence in shop frame"),
    ("platform_domain", "taokejishi.com", ["www.taokejishi.com"], "marketplace domain"),
    ("platform_qq_group", "624118305", ["624118305"], "forum's official QQ group in every forum page"),
    ("platform_email", "banwu@dagongren.net", ["banwu@dagongren.net"], "forum moderators' e-mail"),
    ("platform_phone", "010-58962210", ["010-5896 2210"], "Q&A site's customer service"),
    ("platform_email", "jubao@wendaquan.cn", ["jubao@wendaquan.cn"], "Q&A site's report e-mail"),
    ("platform_phone", "400-140-2108", ["400-140-2108"], "video platform's report hotline"),
    ("platform_domain", "xiaoxiang-video.com", ["www.xiaoxiang-video.com"], "video platform domain"),
    ("platform_uscc", NOTES_USCC, [NOTES_USCC], "notes app operator's licence"),
    ("platform_email", "report@lizinote.com", ["report@lizinote.com"], "notes app report e-mail"),
    ("platform_phone", "0571-88206035", ["0571-8820 6035"], "university career centre phone in campus frame"),
    ("platform_email", "jyzx@jnlg.edu.cn", ["jyzx@jnlg.edu.cn"], "university career centre e-mail"),
    ("platform_phone", "400-155-0707", ["400-155-0707"], "classifieds site customer service"),
    ("platform_domain", "kuaitie.com", ["www.kuaitie.com"], "classifieds site domain"),
    ("platform_phone", "0571-85100110", ["0571-85100110"], "news site's news hotline"),
    ("platform_email", "jubao@qjmsw.com", ["jubao@qjmsw.com"], "news site's report e-mail"),
    ("platform_phone", "400-010-3315", ["400-010-3315"], "complaint platform's customer service"),
    ("site_builder", "yunfanjz.com", ["www.yunfanjz.com"], "site-builder credit on company sites of different operators"),
    ("form_tool", "maibiao.net", ["maibiao.net"], "form-tool credit on sign-up forms of different operators"),
    ("tool_credit", "qunzhushou.cn", ["qunzhushou.cn"], "group-notice share-page generator credit"),
    ("template_placeholder", "400-000-0000", ["400-000-0000"], "template placeholder phone left in company-site footers"),
    ("template_placeholder", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail"),
    ("quoted_scammer_phone", "+8617388952216", ["173-8895-2216", "17388952216"], "scammer's phone quoted in a news report and a complaint"),
    ("order_number", "13820251107", ["13820251107"], "order number that looks like a mobile phone"),
    ("certificate_number", "S000033001253254000117", ["S000033001253254000117"], "sample certificate number shown by a seller and a news explainer"),
    ("venue_phone", "0571-85912760", ["0571-8591 2760", "0571-85912760"], "Hangzhou assessment station quoted by sellers of different operators"),
    ("venue_phone", "0755-28114470", ["0755-2811 4470", "0755-28114470", "0755 2811 4470"], "Shenzhen assessment station quoted on several pages"),
    ("commenter_wechat", "momo_0917zz", ["momo_0917zz"], "a commenter's own WeChat posted under several sellers' threads"),
    ("buyer_phone", "+8615105713382", ["151 0571 3382"], "a buyer's own phone in reviews of two sellers' items"),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        fp = os.path.join(SITE, p["path"])
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    decoys = []
    for kind, value, written, note in DECOYS:
        paths = sorted("/" + p["path"] for p in PAGES if any(w in p["html"] for w in written))
        decoys.append({"kind": kind, "value": value, "written": written, "paths": paths, "note": note})
    ops = {}
    for p in PAGES:
        if p["operator"]:
            ops.setdefault(p["operator"], {"brands": [], "pages": []})
            if p["provider"] not in ops[p["operator"]]["brands"]:
                ops[p["operator"]]["brands"].append(p["provider"])
            ops[p["operator"]]["pages"].append("/" + p["path"])
    TIES = {
        "U01": "phone +8613962184407 (job board, company site, classifieds); wechat lingxi_hr88; USCC; e-mail/domain lingxihr.cn ties the campus post",
        "U02": "wechat szwl-ai2026 (job, shop, Q&A); QQ group 738216509 (Q&A, video); USCC on shop",
        "U03": "e-mail intern@xingtu-ai.com (campus, notes); wechat xt_lily2026 (notes, forum)",
        "U04": "phone +8613530778126 and QQ 2851977306 on all three pages; USCC/domain on company site",
        "U05": "phone +8618980652217 (job, Q&A); USCC (job, shop); e-mail rcyp_hr@163.com (shop, notes); wechat rcyp_hr (Q&A, notes)",
        "U06": "phone +8613297045518 (campus, group notice); QQ group 915376420 (campus, forum); wechat qihang_jy (forum, group)",
        "U07": "phone +8619927461183 (classifieds, video); wechat yunqi_zb01 (video, notes)",
        "U08": "USCC and phone +8617721093356 (company site, job); domain shencheng-px.com (site, video); wechat sc_kaoping (video, forum); e-mail (site, forum)",
        "U09": "phone +8615737190264 (classifieds, group notice); QQ 1847263095 (classifieds, shop)",
    }
    for k, v in ops.items():
        v["ties"] = TIES.get(k, "single page")
    truth = {"description": "12be: job-tied AI-trainer offers (job boards, HR outsourcing, campus order classes, internships) with reviews, complaints and platform decoys",
             "pages": [{k: ("/" + p["path"] if k == "path" else p[k]) for k in
                        ("path", "is_offer", "operator", "provider", "identifiers", "note")} for p in PAGES],
             "operators": dict(sorted(ops.items())),
             "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
