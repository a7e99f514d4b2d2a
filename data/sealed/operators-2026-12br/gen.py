#!/usr/bin/env python3
"""12br: a mixed Henan web of AI-trainer certificate sellers. Standard library only, deterministic."""
import json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------------------------------------------------------- site frames
SITES = {
 "bbs": dict(name="郑州生活圈论坛", idx="/bbs/index.html",
   nav='<a href="/bbs/index.html">首页</a> | <a href="/bbs/index.html">郑州杂谈</a> | <a href="/bbs/index.html">教育培训</a> | <a href="/bbs/index.html">求职招聘</a> | <a href="/bbs/index.html">二手交易</a> | <a href="/bbs/index.html">房产家居</a> <span class="login">登录 · 注册</span>',
   side='<div class="box"><h4>版规</h4><p>本版禁止发布“包过”“免考”“直接出证”类广告，发现一律删帖封号。培训机构发帖请到【机构推广】子版块。</p></div>',
   foot='郑州生活圈论坛 bbs.zzshq.net ｜ 客服电话：0371-60923318 ｜ 举报邮箱：jubao@zzshq.net ｜ 豫ICP备17028816号-1 ｜ Powered by Discuz! X3.4'),
 "lybbs": dict(name="河洛茶馆·洛阳论坛", idx="/lybbs/index.html",
   nav='<a href="/lybbs/index.html">茶馆首页</a> · <a href="/lybbs/index.html">洛阳杂谈</a> · <a href="/lybbs/index.html">教育考试</a> · <a href="/lybbs/index.html">便民信息</a> · <a href="/lybbs/index.html">老城美食</a>',
   side='<div class="box"><h4>茶馆公告</h4><p>新人发帖请先阅读版规。广告帖请联系论坛客服购买推广位，未经许可的广告帖将被移入回收站。论坛客服QQ：1592336870</p></div>',
   foot='河洛茶馆 www.heluochaguan.com ｜ 论坛客服QQ：1592336870 ｜ 豫ICP备15009921号 ｜ 本站信息仅代表网友个人观点'),
 "tc": dict(name="豫城分类信息网", idx="/tc/index.html",
   nav='<span class="city">郑州 [切换城市]</span> <a href="/tc/index.html">首页</a> <a href="/tc/list-jiaoyu.html">教育培训</a> <a href="/tc/job-7710.html">招聘</a> <a href="/tc/index.html">二手车</a> <a href="/tc/index.html">租房</a> <a href="/tc/index.html">本地服务</a> <a class="btn" href="/tc/index.html">免费发布信息</a>',
   side='<div class="box"><h4>安全提示</h4><p>凡是要求先交押金、保证金、“内部名额费”的，都可能是诈骗。办证请核实机构资质，切勿私下转账。</p></div>',
   foot='豫城分类信息网 www.yucheng58.com ｜ 客服热线：400-662-5858 ｜ 客服邮箱：kefu@yucheng58.com ｜ 增值电信业务经营许可证：豫B2-20160231 ｜ 信息由用户自行发布，本站不对真实性负责'),
 "notes": dict(name="拾光笔记", idx="/notes/index.html",
   nav='<a href="/notes/index.html">发现</a> <a href="/notes/index.html">同城·郑州</a> <a href="/notes/index.html">学习</a> <a href="/notes/index.html">职场</a> <a href="/notes/index.html">创作中心</a>',
   side='<div class="box"><h4>下载拾光笔记App</h4><p>扫码下载，记录生活中的每一束光。</p></div>',
   foot='拾光笔记 www.shiguangbiji.com ｜ 违法和不良信息举报电话：4000-600-212 ｜ 沪ICP备20013379号 ｜ 用户协议 · 隐私政策 · 社区规范'),
 "ask": dict(name="问豫知道", idx="/ask/index.html",
   nav='<a href="/ask/index.html">首页</a> <a href="/ask/index.html">问题分类</a> <a href="/ask/index.html">教育考试</a> <a href="/ask/index.html">职业技能</a> <a class="btn" href="/ask/index.html">我要提问</a>',
   side='<div class="box"><h4>问豫知道官方交流群</h4><p>问豫用户交流群：472819360（仅限交流，群内广告一律踢出）</p></div><div class="box"><h4>回答规范</h4><p>回答中夹带联系方式推广的，经举报核实将被折叠。</p></div>',
   foot='问豫知道 www.wenyu.net ｜ 意见反馈：help@wenyu.net ｜ 豫ICP备19031207号-2 ｜ 回答内容由网友提供，仅供参考'),
 "zhixin": dict(name="郑州智信职业技能培训有限公司", idx="/zhixin/index.html",
   nav='<a href="/zhixin/index.html">网站首页</a> <a href="/zhixin/index.html#about">关于我们</a> <a href="/zhixin/kecheng.html">课程中心</a> <a href="/zhixin/kecheng.html#baoming">报名咨询</a> <a href="/zhixin/index.html#cx">证书查询</a>',
   side='<div class="box kf"><h4>在线客服</h4><p>电话：138-0013-8000<br>邮箱：service@yourdomain.com<br>工作时间：周一至周五 9:00-18:00</p></div>',
   foot='版权所有 &copy; 2025 郑州智信职业技能培训有限公司 www.hnzhixin.com.cn ｜ 统一社会信用代码：914101005731042968 ｜ 地址：郑州市郑东新区商务外环路 ｜ 本站由凡科建站提供技术支持 www.fkw.com'),
 "hxedu": dict(name="新乡华夏智能职业培训学校", idx="/hxedu/index.html",
   nav='<a href="/hxedu/index.html">学校首页</a> <a href="/hxedu/index.html#xx">学校简介</a> <a href="/hxedu/jianzhang.html">招生简章</a> <a href="/hxedu/jianzhang.html#bm">在线报名</a> <a href="/hxedu/index.html#lx">联系我们</a>',
   side='<div class="box kf"><h4>联系我们</h4><p>咨询热线：138 0013 8000<br>E-mail：service@yourdomain.com<br>（模块内容请在后台修改）</p></div>',
   foot='新乡华夏智能职业培训学校 版权所有 ｜ www.hxznpx.cn ｜ 招生电话：0373-3056618 ｜ 统一社会信用代码：524107004186203625 ｜ 办学许可证：教民14107027000018号 ｜ 本站由凡科建站提供技术支持 www.fkw.com'),
 "news": dict(name="中原晚报网", idx="/news/index.html",
   nav='<a href="/news/index.html">首页</a> <a href="/news/index.html">时政</a> <a href="/news/index.html">民生</a> <a href="/news/index.html">教育</a> <a href="/news/index.html">企业资讯</a> <a href="/news/index.html">辟谣</a>',
   side='<div class="box"><h4>报料</h4><p>中原晚报新闻热线：0371-65795110，欢迎提供新闻线索。</p></div>',
   foot='中原晚报网 www.zywbw.cn ｜ 新闻热线：0371-65795110 ｜ 互联网新闻信息服务许可证：41120170008 ｜ 未经授权禁止转载'),
}

CSS = ("body{font-family:'Microsoft YaHei',sans-serif;margin:0;background:#f4f4f4;color:#333}"
       ".top{background:#2b5aa8;color:#fff;padding:8px 16px}.top a{color:#fff;margin-right:10px}"
       ".wrap{display:flex;max-width:1100px;margin:10px auto}.main{flex:3;background:#fff;padding:14px}"
       ".side{flex:1;margin-left:10px}.box{background:#fff;padding:10px;margin-bottom:10px}"
       ".foot{text-align:center;font-size:12px;color:#888;padding:16px}.floor{border-top:1px solid #eee;padding:8px 0}"
       ".meta{color:#999;font-size:12px}.info td{padding:3px 10px}")


def frame(site, title, inner, side_extra=""):
    s = SITES[site]
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title} - {s['name']}</title><style>{CSS}</style></head><body>\n"
            f"<div class=\"top\"><b>{s['name']}</b> {s['nav']}</div>\n"
            f"<div class=\"wrap\"><div class=\"main\">\n{inner}\n</div>\n"
            f"<div class=\"side\">{s['side']}{side_extra}</div></div>\n"
            f"<div class=\"foot\">{s['foot']}</div>\n</body></html>\n")


def floors(posts):
    out = []
    for i, (who, when, text) in enumerate(posts, 1):
        out.append(f'<div class="floor"><div class="meta">{i}楼 · {who} · 发表于 {when}</div><div>{text}</div></div>')
    return "\n".join(out)


def comments(cs):
    if not cs:
        return ""
    return '<h3>评论</h3>' + "".join(f'<div class="floor"><b>{w}</b>：{t}<span class="meta"> {d}</span></div>' for w, d, t in cs)


# ---------------------------------------------------------------- pages
P = []


def add(path, site, title, inner, offer=False, op=None, brand=None, ids=(), note="", side=""):
    P.append(dict(path=path, site=site, title=title, inner=inner, offer=offer, op=op,
                  brand=brand, ids=[list(x) for x in ids], note=note, side=side))


def bbs(path, title, posts, **kw):
    inner = (f'<div class="crumb"><a href="/bbs/index.html">郑州生活圈</a> › 教育培训 › 正文</div>'
             f'<h1>{title}</h1>' + floors(posts))
    add(path, "bbs", title, inner, **kw)


def lybbs(path, title, posts, **kw):
    inner = (f'<div class="crumb"><a href="/lybbs/index.html">河洛茶馆</a> › 教育考试 › 看帖</div>'
             f'<h1>{title}</h1>' + floors(posts) + '<p class="meta">回复本帖需要登录</p>')
    add(path, "lybbs", title, inner, **kw)


def tc(path, title, info, desc, **kw):
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in info)
    inner = (f'<div class="crumb"><a href="/tc/index.html">豫城分类</a> &gt; <a href="/tc/list-jiaoyu.html">教育培训</a> &gt; 职业技能培训</div>'
             f'<h1>{title}</h1><table class="info">{rows}</table><h3>详细描述</h3>{desc}'
             '<p class="meta">联系我时，请说是在豫城分类信息网上看到的，谢谢！</p>'
             '<p class="meta">相关推荐：<a href="/tc/list-jiaoyu.html">更多职业技能培训信息</a></p>')
    add(path, "tc", title, inner, **kw)


def note(path, title, author, body, tags, cs, likes, **kw):
    inner = (f'<div class="author">{author} <button>关注</button></div><h1>{title}</h1>{body}'
             f'<p class="tags">{" ".join("#" + t for t in tags)}</p>'
             f'<p class="meta">赞 {likes} · 收藏 {likes // 3} · 评论 {len(cs)} · 编辑于 河南</p>' + comments(cs))
    add(path, "notes", title, inner, **kw)


def ask(path, title, q, answers, **kw):
    ACC = ' <span class="meta">[已采纳]</span>'
    ans = "".join(f'<div class="floor"><b>{w}</b>{ACC if acc else ""}'
                  f'<div>{t}</div><div class="meta">{d} · 赞同</div></div>' for w, d, t, acc in answers)
    inner = (f'<div class="crumb"><a href="/ask/index.html">问豫知道</a> › 职业技能</div><h1>{title}</h1>'
             f'<div class="q">{q}</div><h3>{len(answers)}个回答</h3>{ans}')
    add(path, "ask", title, inner, **kw)


# ============ bbs (郑州生活圈) ============
bbs("/bbs/thread-1021.html", "【郑州·金水】人工智能训练师五级/四级周末班招生，可按规定申领技能提升补贴", [
 ("豫才李老师", "2025-11-18 09:12",
  "<p>郑州豫才职业培训学校本期人工智能训练师（职业编码4-04-05-05，含数据标注员方向）周末班开始报名，上课地点金水区丰产路。</p>"
  "<ul><li>五级（初级工）：培训费+认定费共1680元，60课时</li><li>四级（中级工）：2280元，50课时</li></ul>"
  "<p>报考条件按国家职业技能标准：五级需相关工作累计满1年或学徒期满；四级需取得五级证书后再从事本职业4年，或累计6年。报名时审核材料，条件不够的我们不收。</p>"
  "<p>认定由人社部门备案的评价机构组织，理论+实操两部分，各100分60分及格。证书是职业技能等级证书，不是“人社部颁发”，可以在技能人才评价证书全国联网查询 zscx.osta.org.cn 查到。本期学员统一参加12月认定批次（批次号4101252512036）。</p>"
  "<p>缴纳失业保险满1年的，拿证后可按规定申请技能提升补贴，以人社部门审核为准，不清楚可以打12333问。</p>"
  "<p>咨询：李老师 137 8341 5526（微信同号），学校座机 0371-55691208。</p>"),
 ("风吹麦浪", "2025-11-18 10:03", "价格挺实在，问一下四级实操考什么？"),
 ("豫才李老师", "2025-11-18 10:20", "四级实操主要是数据采集和处理、数据标注、智能系统运维，课上有两次模拟。"),
 ("小梅不吃香菜", "2025-11-18 21:47", "想要一份课程表，我v xiaomei_0521 麻烦发一下，谢谢~"),
 ("老郑州", "2025-11-19 08:15", "补贴那块确实能领，我去年考的别的工种，社保卡上打的钱。"),
], offer=True, op="U01", brand="郑州豫才职业培训学校",
 ids=[("phone", "+8613783415526", "137 8341 5526"), ("phone", "0371-55691208", "0371-55691208")],
 note="forum thread: training school's weekend class for levels 5/4 with prices")

bbs("/bbs/thread-1057.html", "人工智能训练师三级冲刺班（郑东新区），高通过率，推荐就业", [
 ("智信_招生部", "2025-11-27 14:30",
  "<p>河南智信人才三级（高级工）冲刺班12月开班，40课时，理论+实操全覆盖，往期通过率98%，结业推荐到合作的数据标注公司。</p>"
  "<p>三级需要四级证书满5年，或者大专以上相关专业+四级证书满2年，不满足的可以先报四级。学费4980元，分两期付。</p>"
  "<p>电话：186 3820 4417（张老师）。论坛不让发链接，课程详情看官网 hnzhixin点com点cn。</p>"),
 ("路过的喵", "2025-11-27 15:02", "98%通过率怎么算的？"),
 ("智信_招生部", "2025-11-27 15:40", "按去年参加认定的学员统计的，具体可以来校区看。"),
 ("版主-二七塔", "2025-11-28 09:00", "已移至机构推广区。"),
], offer=True, op="U03", brand="河南智信人才",
 ids=[("phone", "+8618638204417", "186 3820 4417"), ("domain", "hnzhixin.com.cn", "hnzhixin点com点cn")],
 note="forum thread: level-3 cram class, points to the company site")

bbs("/bbs/thread-1088.html", "人工智能训练师四级/三级 历年真题题库+实操包，备考群拉人", [
 ("备考联盟群主", "2025-12-02 22:10",
  "<p>AI训练师备考联盟，整理了四级三级的理论题库1200题+实操素材，内部资料，押题率90%以上。</p>"
  "<p>199元进资料群，699元包过班（不过免费重学一期）。想进的加Q群：817 364 052，验证写“论坛”。群主QQ 1379246805。</p>"),
 ("小梅不吃香菜", "2025-12-02 23:05", "题库有四级的吗？wx:Xiaomei_0521 可以先发几道看看吗"),
 ("一只咸鱼", "2025-12-03 07:40", "押题率90%……认定题库是保密的吧，你这从哪来的"),
 ("nick郑", "2025-12-03 12:12", "包过班这种举报了，别上当"),
], offer=True, op="U05", brand="AI训练师备考联盟",
 ids=[("qq_group", "817364052", "817 364 052"), ("qq", "1379246805", "1379246805")],
 note="forum thread: paid question bank and 包过 class via QQ group")

bbs("/bbs/thread-1102.html", "零基础也能拿的AI证书？说说我们鹿鸣的人工智能训练师课程", [
 ("鹿鸣老师", "2025-12-05 19:30",
  "<p>鹿鸣教育人工智能训练师课程，零基础可学，线上录播+直播答疑，学完安排认定拿证，适合宝妈、大学生做数据标注副业。</p>"
  "<p>原价2999，本月报名399（不含认定费）。</p>"
  "<p>vx：lulu下划线xuezhang（直接发字母会被吞），电话：一五零三六九八七四二一（数字被屏蔽了只能这么写）。</p>"),
 ("大河小河", "2025-12-05 20:11", "399还不含认定费，认定费多少？"),
 ("鹿鸣老师", "2025-12-05 20:30", "按考点收费，五级几百块，私聊细说。"),
 ("郑漂十年", "2025-12-06 09:02", "零基础直接考五级？不是要一年工作经历吗"),
], offer=True, op="U07", brand="鹿鸣教育",
 ids=[("wechat", "lulu_xuezhang", "lulu下划线xuezhang"), ("phone", "+8615036987421", "一五零三六九八七四二一")],
 note="forum thread: online course for beginners, contacts spelled to dodge filters")

bbs("/bbs/thread-1135.html", "国家级人工智能训练师证书 可评职称 南阳/郑州均可报名", [
 ("豫南考培", "2025-12-08 10:00",
  "<p>豫南人工智能考培中心常年招生：人工智能训练师三级、二级，工信部鉴定中心授权，国家级证书，可对应助理工程师/工程师职称。</p>"
  "<p>资料审核后两个月内拿证。联系电话 0377 6335 1902，资料发邮箱 zkzp_henan(at)qq(dot)com。</p>"),
 ("理性吃瓜", "2025-12-08 11:20", "工信部鉴定中心？AI训练师不是人社那边的职业技能等级吗，别混着说"),
 ("豫南考培", "2025-12-08 11:45", "两个都有，来电详询。"),
], offer=True, op="U08", brand="豫南人工智能考培中心",
 ids=[("phone", "0377-63351902", "0377 6335 1902"), ("email", "zkzp_henan@qq.com", "zkzp_henan(at)qq(dot)com")],
 note="forum thread: 'national-level' certificate tied to 职称, claims 工信部 authorisation")

bbs("/bbs/thread-1140.html", "三级人工智能训练师 办郑州人才落户，另有上海积分方案", [
 ("优才-小周", "2025-12-10 16:40",
  "<p>优才人才服务专做技能人才落户：人工智能训练师三级证书+社保，可办郑州人才落户；上海居住证积分三级60分。</p>"
  "<p>证书人社部颁发，全程代办，不用本人考试，费用私聊。</p>"
  "<p>加微 YouCai_LuoHu ，电话壹捌壹叁柒壹伍贰玖陆零（论坛屏蔽数字）。</p>"),
 ("不想上班", "2025-12-10 17:03", "不用考试就能拿三级？这也太离谱了"),
 ("优才-小周", "2025-12-10 17:30", "有渠道，私聊。"),
], offer=True, op="U09", brand="优才人才服务",
 ids=[("wechat", "youcai_luohu", "YouCai_LuoHu"), ("phone", "+8618137152960", "壹捌壹叁柒壹伍贰玖陆零")],
 note="forum thread: 落户 agent selling level-3 certificates without exam")

bbs("/bbs/thread-1163.html", "自己带几个学生考人工智能训练师五级，周日上课，有兴趣的来", [
 ("宋老师", "2025-12-12 08:50",
  "<p>本人在郑州一所高职做实训老师，业余带个小班考人工智能训练师五级，6到8人，周日上课，一共8次。</p>"
  "<p>费用1500元含认定费，需要有一年相关工作经历（做过客服质检、数据录入都算）。不包过，考不过下次补考只交认定费。</p>"
  "<p>电话 136 0384 1975，宋老师，短信留言也行。</p>"),
 ("星期八", "2025-12-12 09:30", "良心价，已私信"),
], offer=True, op="I01", brand="宋老师",
 ids=[("phone", "+8613603841975", "136 0384 1975")],
 note="forum thread: teacher's private small class for level 5")

bbs("/bbs/thread-1170.html", "避雷！花6800买的人工智能训练师证书网上查不到，大家别再上当了", [
 ("雨天不打伞", "2025-12-14 23:18",
  "<p>十月份在短视频上刷到说人工智能训练师二级不用考试，加了一个微信 HRZS_kefu99，对方自称“人社部直属考务中心”，电话 15093378806。</p>"
  "<p>交了6800，寄来一个红本，让我去 www.zgjndjcx.com 查，能查到。后来同事说要在 zscx.osta.org.cn 查，一查啥都没有，再找客服已经把我拉黑了。</p>"
  "<p>已经打了12315和12345，也打了96110反诈专线，民警说这种很多。大家引以为戒。</p>"),
 ("老郑州", "2025-12-15 07:55", "抱抱，这种只能报警了。正规证书都在技能人才评价证书全国联网查询上查。"),
 ("nick郑", "2025-12-15 08:20", "我之前也被这个微信加过，幸好没交钱"),
 ("版主-二七塔", "2025-12-15 09:10", "置顶提醒：本版所有“免考直出”广告一律删帖。"),
], note="forum complaint: buyer scammed, quotes the scammer's contacts and a fake query site")

# ============ lybbs (洛阳) ============
lybbs("/lybbs/thread-3301.html", "人工智能训练师证书 免考直出 一级二级三级都能办 人社部颁发 全国通用", [
 ("证书办理-华证通", "2025-11-20 11:11",
  "<p>华证通专业办理人工智能训练师职业技能等级证书，不用上课不用考试，资料齐全15个工作日出证，官网可查（zscx.osta.org.cn 都能查到）。</p>"
  "<p>三级3800，二级5800，一级7800，三证一起办12800。可用于积分落户、评职称、申领补贴。</p>"
  "<p>薇❤：Hzt_8866（备注“证书”） 扣扣：2873519460</p>"),
 ("洛阳老王", "2025-11-20 12:30", "二级不是要三级证书再干四年吗？直接出证？"),
 ("河洛小白", "2025-11-20 13:02", "发广告的吧，已举报"),
 ("茶馆管理员", "2025-11-20 15:00", "已警告，再发封号。"),
], offer=True, op="U02", brand="华证通",
 ids=[("wechat", "hzt_8866", "Hzt_8866"), ("qq", "2873519460", "2873519460")],
 note="forum thread: certificate sold without exam, all levels, 人社部颁发 claim")

lybbs("/lybbs/thread-3315.html", "洛阳本地人工智能训练师（数据标注）培训，可线上，五级四级", [
 ("启明教务", "2025-11-25 09:40",
  "<p>洛阳启明教育开设人工智能训练师五级、四级培训，线上直播+线下实操（涧西区）。五级1980元，四级2580元，均含认定费。</p>"
  "<p>报名费请转支付宝或银行卡，收款人：王丽娜（学校财务），转账备注“姓名+级别”，收到后发电子收据。</p>"
  "<p>咨询电话 139 3795 5218。</p>"),
 ("老城烩面", "2025-11-25 10:12", "能开发票吗"),
 ("启明教务", "2025-11-25 10:30", "可以开收据，发票需要单位抬头提前说。"),
], offer=True, op="U04", brand="洛阳启明教育",
 ids=[("phone", "+8613937955218", "139 3795 5218"), ("other", "payee:王丽娜", "王丽娜")],
 note="forum thread: local training with prices; payment to a personal payee")

lybbs("/lybbs/thread-3342.html", "涧西数智实训中心：人工智能训练师四级晚班，在职可报", [
 ("数智实训小刘", "2025-12-04 18:20",
  "<p>涧西数智实训中心四级晚班，周二周四晚上7点到9点，共50课时，学费2400元（认定费另计，按考点标准）。报名需五级证书满4年或累计工作6年，带材料来审。</p>"
  "<p>微信 jx_shuzhi，QQ 908172634。</p>"),
 ("牡丹花开", "2025-12-04 19:00", "晚班好，下班能去"),
], offer=True, op="I05", brand="涧西数智实训中心",
 ids=[("wechat", "jx_shuzhi", "jx_shuzhi"), ("qq", "908172634", "908172634")],
 note="forum thread: evening class for level 4")

lybbs("/lybbs/thread-3350.html", "2026上半年教师资格证笔试经验，洛阳考点一点小提醒", [
 ("教资上岸了", "2025-12-06 21:00",
  "<p>刚考完的来分享一下：科目一作文提前背素材，科目二简答题按点答。洛阳考点在洛阳师范学院，提前一天去看考场。</p>"
  "<p>报名认准中小学教师资格考试网，别信什么“内部名额”。</p>"),
 ("河洛小白", "2025-12-06 21:30", "谢谢分享！"),
], note="forum thread: unrelated exam experience post (teacher qualification)")

# ============ tc (豫城分类) ============
tc("/tc/post-58210.html", "人工智能训练师（数据标注员）培训 五级四级 小班教学 金水区",
   [("类别", "职业技能培训"), ("区域", "郑州-金水-丰产路"), ("价格", "1680元起"), ("联系人", "李老师"),
    ("电话", "137-8341-5526"), ("微信", "YuCai_AI01"), ("发布", "2025-11-19")],
   "<p>豫才AI实训是郑州本地的小班培训点，主讲数据标注工具（矩形框、多边形、语义分割）、标注质检流程和Python基础。</p>"
   "<p>五级1680元、四级2280元，含认定费。结业后参加备案评价机构组织的认定，不承诺包过，考前两次全真模拟。</p>",
   offer=True, op="U01", brand="豫才AI实训",
   ids=[("phone", "+8613783415526", "137-8341-5526"), ("wechat", "yucai_ai01", "YuCai_AI01")],
   note="classified: small-class training, prices")

tc("/tc/post-58233.html", "职业技能等级证书办理 人工智能训练师 包过 可加急",
   [("类别", "职业技能培训"), ("区域", "郑州-二七"), ("价格", "面议"), ("联系人", "王经理"),
    ("电话", "155 3781 6642"), ("微信", "HZT_8866"), ("发布", "2025-11-22")],
   "<p>职证宝专业代办各类职业技能等级证书，人工智能训练师一级到五级均可，零基础、不限学历、不限年龄，包过，不过全退。</p>"
   "<p>加急7天出证，入库可查。可用于积分、评职称、找工作加分。</p>",
   offer=True, op="U02", brand="职证宝",
   ids=[("phone", "+8615537816642", "155 3781 6642"), ("wechat", "hzt_8866", "HZT_8866")],
   note="classified: certificate agency, 包过, all levels")

tc("/tc/post-58247.html", "【智信教育】人工智能训练师四级/三级 正规培训 可查营业执照",
   [("类别", "职业技能培训"), ("区域", "郑州-郑东新区"), ("价格", "3580-4980元"), ("联系人", "张老师"),
    ("座机", "(0371)86107735"), ("发布", "2025-11-28")],
   "<p>智信教育，正规注册企业，营业执照统一社会信用代码：9141 0100 5731 0429 68，欢迎查验。</p>"
   "<p>四级3580元、三级4980元，含教材和两次模考；认定费按评价机构标准另收。</p>",
   offer=True, op="U03", brand="智信教育",
   ids=[("phone", "0371-86107735", "(0371)86107735"), ("uscc", "914101005731042968", "9141 0100 5731 0429 68")],
   note="classified: training company showing its USCC")

tc("/tc/post-58261.html", "洛阳 人工智能训练师 数据标注 培训+推荐兼职",
   [("类别", "职业技能培训"), ("区域", "洛阳-涧西"), ("价格", "1980元"), ("联系人", "河洛老师"),
    ("微信", "hl_shujubiaozhu"), ("发布", "2025-11-30")],
   "<p>河洛数据标注培训，学完考人工智能训练师五级，并推荐数据标注兼职，边学边赚。</p>"
   "<p>技能提升补贴政策以河南省人社厅 hrss.henan.gov.cn 公布为准。学费可对公可对私，个人户名：王丽娜。</p>",
   offer=True, op="U04", brand="河洛数据标注培训",
   ids=[("wechat", "hl_shujubiaozhu", "hl_shujubiaozhu"), ("other", "payee:王丽娜", "王丽娜")],
   note="classified: training plus part-time work, same payee name")

tc("/tc/post-58279.html", "新乡 人工智能训练师五级四级三级 可申请补贴 牧野区",
   [("类别", "职业技能培训"), ("区域", "新乡-牧野"), ("价格", "1500-2600元"), ("联系人", "李老师"),
    ("手机", "17739260351"), ("发布", "2025-12-01")],
   "<p>牧野人工智能实训基地（学校办学），五级1500、四级1980、三级2600，参加省里12月认定批次（批次号4101252512036）。</p>"
   "<p>简章和报名表可以发邮件索取：zs(at)hxznpx.cn。</p>",
   offer=True, op="U06", brand="牧野人工智能实训基地",
   ids=[("phone", "+8617739260351", "17739260351"), ("email", "zs@hxznpx.cn", "zs(at)hxznpx.cn")],
   note="classified: school's classified ad with prices")

tc("/tc/post-58290.html", "开封 人工智能训练师 线上课 宝妈副业 399",
   [("类别", "职业技能培训"), ("区域", "开封-龙亭"), ("价格", "399元"), ("联系人", "鹿老师"),
    ("电话", "150 3698 7421"), ("发布", "2025-12-06")],
   "<p>开封鹿鸣职业培训，AI训练师线上课，90%小白都能学会，学完安排考证，可做数据标注副业。</p>",
   offer=True, op="U07", brand="开封鹿鸣职业培训",
   ids=[("phone", "+8615036987421", "150 3698 7421")],
   note="classified: cheap online course, beginners")

tc("/tc/post-58304.html", "南阳 人工智能训练师 国家级证书 评职称 考培一体",
   [("类别", "职业技能培训"), ("区域", "南阳-卧龙"), ("价格", "电话咨询"), ("联系人", "赵主任"),
    ("电话", "0377-63351902"), ("发布", "2025-12-09")],
   "<p>智培网 考培一体，人工智能训练师三级二级，证书国家级，可对应职称。官网：ZKZhiPei.CN</p>",
   offer=True, op="U08", brand="智培网",
   ids=[("phone", "0377-63351902", "0377-63351902"), ("domain", "zkzhipei.cn", "ZKZhiPei.CN")],
   note="classified: 'national-level' certificate, 职称 claim")

tc("/tc/post-58316.html", "人才落户 积分落户 人工智能训练师三级 代办",
   [("类别", "商务服务"), ("区域", "郑州-中原"), ("价格", "面议"), ("联系人", "周经理"),
    ("电话", "+86 181-3715-2960"), ("发布", "2025-12-11")],
   "<p>郑州优才落户服务有限公司，统一社会信用代码 914101006882911837。技能证书+社保办理郑州人才落户，人工智能训练师三级人社部颁发，全程代办。</p>",
   offer=True, op="U09", brand="郑州优才落户服务",
   ids=[("phone", "+8618137152960", "+86 181-3715-2960"), ("uscc", "914101006882911837", "914101006882911837")],
   note="classified: 落户 agency selling certificate route")

tc("/tc/post-58322.html", "开封汴梁职业培训学校 人工智能训练师五级 春季班",
   [("类别", "职业技能培训"), ("区域", "开封-鼓楼"), ("价格", "1600元"), ("联系人", "教务处"),
    ("座机", "0371-23867410"), ("发布", "2025-12-13")],
   "<p>开封汴梁职业培训学校春季班，五级60课时，1600元含认定费。认定考点为郑州市职业技能公共实训鉴定基地（考务电话0371-67195660，可自行核实）。</p>",
   offer=True, op="I02", brand="开封汴梁职业培训学校",
   ids=[("phone", "0371-23867410", "0371-23867410")],
   note="classified: school spring class")

add("/tc/job-7710.html", "tc", "数据标注员 5000-7000 郑州高新区 双休",
    '<div class="crumb"><a href="/tc/index.html">豫城分类</a> &gt; 招聘 &gt; 人工智能</div>'
    '<h1>数据标注员 5000-7000 郑州高新区 双休</h1><table class="info"><tr><td>公司</td><td>郑州星图数据服务有限公司</td></tr>'
    '<tr><td>要求</td><td>大专及以上，细心，有人工智能训练师证书优先</td></tr><tr><td>投递</td><td>hr@zzxingtu.com</td></tr></table>'
    '<p>岗位职责：图像、文本数据标注与质检。公司不收取任何费用，凡以“考证入职”为名收费的均与本公司无关。</p>',
    note="job ad for data annotators; non-offer")

# ============ notes (拾光笔记) ============
note("/notes/n-a81f.html", "在郑州考了人工智能训练师四级｜流程+花费全记录", "数标学姐Amy",
     "<p>去年做了一年数据标注，今年考了四级，记录一下：报名审材料→50课时→理论+实操→出证大概一个月，证书可以在 zscx.osta.org.cn 查到。</p>"
     "<p>总共花了2280，含认定费。失业保险交满一年的还能申请补贴。</p>"
     "<p>我现在在中原数标学堂帮忙带课，下期3月开班，想报的加v: yucai_ai01，或者进群 638 214 507 看课表～</p>",
     ["人工智能训练师", "考证", "郑州"],
     [("momo", "3天前", "请问五级要不要工作经历？"), ("数标学姐Amy", "3天前", "要一年相关工作或学徒期满哦")], 312,
     offer=True, op="U01", brand="中原数标学堂",
     ids=[("wechat", "yucai_ai01", "yucai_ai01"), ("qq_group", "638214507", "638 214 507")],
     note="notes post: experience share ending in a class recruitment")

note("/notes/n-b203.html", "姐妹们，我没去上课也拿到了人工智能训练师三级😂", "橘子汽水",
     "<p>真的没想到这么简单，国培人才服务中心的老师帮我办的，入库可查，人社部颁发的，简历上多了一行。</p>"
     "<p>想了解的滴滴老师，扣 二八七三五一九四六零（数字发不了只能这样写）</p>",
     ["人工智能训练师", "考证", "副业"],
     [("阿June", "1天前", "这不就是买证吗…"), ("路人甲", "1天前", "求带 QQ 1023847561"),
      ("理性分析", "1天前", "三级要四级证书加年限的，没上课没考试拿到的证你确定能查？")], 86,
     offer=True, op="U02", brand="国培人才服务中心",
     ids=[("qq", "2873519460", "二八七三五一九四六零")],
     note="notes post: disguised ad for a no-exam certificate, QQ in Chinese numerals")

note("/notes/n-d410.html", "数据标注副业真实收入｜顺便考个AI训练师证", "伊洛小满",
     "<p>在家做数据标注三个月，单价低但稳定。伊洛职业技能服务部可以带考人工智能训练师五级，学完接单更容易。</p>"
     "<p>有问题问我，V：HL_ShujuBiaozhu</p>",
     ["数据标注", "副业", "洛阳"],
     [("小鱼", "2天前", "一个月能挣多少？"), ("伊洛小满", "2天前", "看时间，一两千吧")], 145,
     offer=True, op="U04", brand="伊洛职业技能服务部",
     ids=[("wechat", "hl_shujubiaozhu", "HL_ShujuBiaozhu")],
     note="notes post: side-job story recruiting for level-5 training")

note("/notes/n-e52c.html", "AI训练师四级备考资料合集（附群）", "数标人之家",
     "<p>数标人之家整理了四级理论+实操资料，另有冲刺包过班。报名链接：jinshuju.net/f/Zx8kQp</p>"
     "<p>扣群 捌壹柒叁陆肆零伍贰（直接搜不到就多试两次）</p>",
     ["人工智能训练师", "备考"],
     [("学习使我快乐", "5天前", "求带 QQ 1023847561"), ("数标人之家", "5天前", "进群看公告")], 203,
     offer=True, op="U05", brand="数标人之家",
     ids=[("qq_group", "817364052", "捌壹柒叁陆肆零伍贰")],
     note="notes post: exam pack and 包过 class, QQ group in Chinese capital numerals")

note("/notes/n-f9a1.html", "宝子们AI训练师到底值不值得考？学长说句实话", "小鹿学长AI",
     "<p>【口播文字版】AI时代最火的新职业！人工智能训练师，零基础也能学，90%小白都能学会，原价2999限时399，学完送考证名额。</p>"
     "<p>想了解的戳绿泡泡：Lulu_XueZhang</p>",
     ["AI", "人工智能训练师", "副业", "短视频"],
     [("奶茶三分糖", "6小时前", "真的零基础吗"), ("小鹿学长AI", "6小时前", "私信～")], 1288,
     offer=True, op="U07", brand="小鹿学长AI",
     ids=[("wechat", "lulu_xuezhang", "Lulu_XueZhang")],
     note="notes post: short-video transcript style ad")

note("/notes/n-g318.html", "郑州落户新政下，技能证书怎么用？", "中原积分落户通",
     "<p>中原积分落户通帮你规划：人工智能训练师三级证书+社保，可走人才落户；证书人社部颁发，代办省心。</p>"
     "<p>一对一方案 v:youcai_luohu</p>",
     ["落户", "郑州", "技能证书"],
     [("新郑州人", "1周前", "收费多少"), ("中原积分落户通", "1周前", "看情况，私聊")], 57,
     offer=True, op="U09", brand="中原积分落户通",
     ids=[("wechat", "youcai_luohu", "youcai_luohu")],
     note="notes post: 落户 planning ad")

note("/notes/n-h064.html", "郑州数标小站｜人工智能训练师五级小班招生", "郑州数标小站",
     "<p>我们是几个做标注项目的同事开的小站，五级小班，周六上课，1500元含认定费。需要相关工作一年。</p>"
     "<p>电话 137 8341 5562，微信 shubiao_xz</p>",
     ["人工智能训练师", "郑州"],
     [("Ann", "2周前", "已私")], 34,
     offer=True, op="I03", brand="郑州数标小站",
     ids=[("phone", "+8613783415562", "137 8341 5562"), ("wechat", "shubiao_xz", "shubiao_xz")],
     note="notes post: small level-5 class")

note("/notes/n-k552.html", "PS零基础自学一个月的心得（附免费资源）", "画画的北北",
     "<p>B站免费教程就够了，先学图层和蒙版，再学调色。不要一上来就买几千块的课。</p>",
     ["PS", "自学"],
     [("小透明", "1月前", "收藏了")], 920,
     note="notes post: unrelated self-study note")

# ============ ask (问豫知道) ============
ask("/ask/q-20931.html", "郑州哪里可以考人工智能训练师？需要什么条件？",
    "<p>想考个人工智能训练师，郑州有哪些地方能报？五级要什么条件？</p>",
    [("热心网友w", "2025-11-21", "正规的看人社部门备案的评价机构，名单在 pjjg.osta.org.cn，证书在 zscx.osta.org.cn 查，别信包过。不清楚打12333。", True),
     ("豫才教育招生", "2025-11-22", "我们做五级四级培训，五级1680含认定费。认定考点在郑州市职业技能公共实训鉴定基地（考务电话0371-67195660，可以自己打电话核实）。课表在企鹅群：638214507，座机 0371-5569 1208。", False),
     ("去年考过的", "2025-11-23", "五级要一年相关工作经历，理论和实操都要过。", False)],
    offer=True, op="U01", brand="豫才教育",
    ids=[("qq_group", "638214507", "638214507"), ("phone", "0371-55691208", "0371-5569 1208")],
    note="Q&A: learner question, one answer is the school's offer")

ask("/ask/q-20958.html", "人工智能训练师证书能直接办吗？不想考试",
    "<p>工作忙没时间考试，人工智能训练师证书能不能直接办一个？</p>",
    [("华证通-证书顾问", "2025-11-24", "可以，免考，资料齐全半个月出证，全国可查。电话１５５３７８１６６４２，资料发邮箱 hzt8866#163.com（#换成@）。", False),
     ("较真的人", "2025-11-24", "提醒：“免考直出”就是山寨证或假证。2022年人社部开展过“山寨证书”专项治理。遇到可以打12315举报。", False)],
    offer=True, op="U02", brand="华证通",
    ids=[("phone", "+8615537816642", "１５５３７８１６６４２"), ("email", "hzt8866@163.com", "hzt8866#163.com")],
    note="Q&A: seller answer offering no-exam certificate, full-width digits")

ask("/ask/q-21004.html", "洛阳有没有能快速拿人工智能训练师证的？",
    "<p>单位要求年底前有证，洛阳哪里快？</p>",
    [("启明AI证书", "2025-11-29", "启明AI证书办理，一个月拿证，可加急。付款认准收款人王丽娜，其他都是冒充的。电话 +86-139-3795-5218。", False),
     ("河洛小白", "2025-11-30", "快速拿证的都要小心，正规认定有固定批次。", False)],
    offer=True, op="U04", brand="启明AI证书办理",
    ids=[("phone", "+8613937955218", "+86-139-3795-5218"), ("other", "payee:王丽娜", "王丽娜")],
    note="Q&A: fast-certificate offer with payee name")

ask("/ask/q-21017.html", "新乡可以考人工智能训练师吗？",
    "<p>人在新乡，不想跑郑州，本地能考吗？</p>",
    [("新乡职教通", "2025-12-03", "新乡有考点，我们有备考群，群号817-364-052，进群看开班通知。", False),
     ("路过", "2025-12-04", "具体考点以河南省人社厅 hrss.henan.gov.cn 和评价机构公布的为准。", False)],
    offer=True, op="U05", brand="新乡职教通",
    ids=[("qq_group", "817364052", "817-364-052")],
    note="Q&A: seller answer pointing to the same QQ group")

ask("/ask/q-21033.html", "工信部的人工智能训练师证和人社的有什么区别？",
    "<p>看到有机构说工信部的证书更权威，是真的吗？</p>",
    [("中科智培(河南)", "2025-12-07", "我们是工信部鉴定中心授权单位，国家级证书，可评职称。详情看官网 zkzhipei点cn，或邮箱 zkzp_henan＠qq.com。", False),
     ("较真的人", "2025-12-07", "人工智能训练师（4-04-05-05）是人社部门的职业技能等级认定，由备案的评价机构发证。所谓“工信部”的证书不是一回事，别被绕晕。", False)],
    offer=True, op="U08", brand="中科智培(河南)",
    ids=[("domain", "zkzhipei.cn", "zkzhipei点cn"), ("email", "zkzp_henan@qq.com", "zkzp_henan＠qq.com")],
    note="Q&A: seller claiming 工信部 authorisation, spelled domain and full-width @")

ask("/ask/q-21046.html", "企业能不能给员工做人工智能训练师等级认定？",
    "<p>我们公司做AI数据服务，想给员工评等级。</p>",
    [("云图认定中心", "2025-12-10", "可以申请备案为用人单位评价机构。我们河南云图科技有限公司职业技能等级认定中心已备案，除本企业员工外也接受社会考生报名四级、三级，认定费四级430元、三级535元。咨询邮箱 rdzx@hnyuntu.com，官网 www.hnyuntu.com。政策问题可打12333。", True)],
    offer=True, op="I04", brand="河南云图科技有限公司职业技能等级认定中心",
    ids=[("email", "rdzx@hnyuntu.com", "rdzx@hnyuntu.com"), ("domain", "hnyuntu.com", "www.hnyuntu.com")],
    note="Q&A: an employer-type evaluation centre offering assessment places")

ask("/ask/q-21080.html", "有人拉我进群卖人工智能训练师证，是骗子吗？",
    "<p>一个微信号 hrzs_kefu99 加我，说二级证书6800包过不用考，还给了个查询网站，靠谱吗？</p>",
    [("较真的人", "2025-12-16", "骗子。真证书在 zscx.osta.org.cn 查，省里信息看 hrss.henan.gov.cn。已经交钱的赶紧打12315投诉、报警。", True),
     ("nick郑", "2025-12-16", "这个号在郑州生活圈论坛已经被曝光了。", False)],
    note="Q&A: learner asks about a scam; no seller answers")

# ============ own sites ============
add("/zhixin/index.html", "zhixin", "郑州智信职业技能培训有限公司-人工智能训练师培训",
    '<div class="banner"><h1>人工智能训练师 五级/四级/三级 培训</h1><p>高通过率 · 推荐就业 · 郑东新区校区</p></div>'
    '<h2 id="about">关于我们</h2><p>郑州智信职业技能培训有限公司专注人工智能训练师、数据标注员培训，与多家数据服务企业合作，往期学员通过率98%。</p>'
    '<h2>热门课程</h2><ul><li><a href="/zhixin/kecheng.html">人工智能训练师三级冲刺班 4980元</a></li><li><a href="/zhixin/kecheng.html">人工智能训练师四级系统班 3580元</a></li></ul>'
    '<h2 id="cx">证书查询</h2><p>证书可登录技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>'
    '<h2>联系我们</h2><p>招生电话：0371-86107735 ｜ 招生邮箱：zhaosheng@hnzhixin.com.cn ｜ 官网：www.hnzhixin.com.cn</p>',
    offer=True, op="U03", brand="郑州智信职业技能培训有限公司",
    ids=[("domain", "hnzhixin.com.cn", "www.hnzhixin.com.cn"), ("uscc", "914101005731042968", "914101005731042968"),
         ("phone", "0371-86107735", "0371-86107735"), ("email", "zhaosheng@hnzhixin.com.cn", "zhaosheng@hnzhixin.com.cn")],
    note="seller's own site: home page with courses and contacts")

add("/zhixin/kecheng.html", "zhixin", "智信AI训练营-课程中心",
    '<h1>智信AI训练营 · 人工智能训练师三级冲刺班</h1><p>40课时，模块：业务分析、智能训练、智能系统设计、培训与指导。学费4980元，认定费另计。</p>'
    '<p>认定考点：郑州市职业技能公共实训鉴定基地，考务电话0371-67195660。补贴政策见河南省人社厅 hrss.henan.gov.cn。</p>'
    '<p>证书样本（编号仅作示意）：S000041000012253001128</p>'
    '<h2 id="baoming">在线报名</h2><p>[报名表] 本表单由金数据 jinshuju.net 提供技术支持</p>'
    '<p>课程顾问手机：18638204417，座机：0371-86107735</p><p><a href="/zhixin/index.html">返回首页</a></p>',
    offer=True, op="U03", brand="智信AI训练营",
    ids=[("phone", "+8618638204417", "18638204417"), ("phone", "0371-86107735", "0371-86107735"),
         ("domain", "hnzhixin.com.cn", "www.hnzhixin.com.cn"), ("uscc", "914101005731042968", "914101005731042968")],
    note="seller's own site: course page with sign-up form")

add("/hxedu/index.html", "hxedu", "新乡华夏智能职业培训学校-首页",
    '<h1>新乡华夏智能职业培训学校</h1><p id="xx">经新乡市人社局审批的民办职业培训学校，开设人工智能训练师、电子商务师等职业技能培训。</p>'
    '<h2>人工智能训练师收费标准</h2><table class="info"><tr><td>五级</td><td>1500元</td></tr><tr><td>四级</td><td>1980元</td></tr><tr><td>三级</td><td>2600元</td></tr></table>'
    '<p>以上含培训和认定费。符合条件的学员取证后可按规定申领技能提升补贴，详询12333。</p>'
    '<p><a href="/hxedu/jianzhang.html">查看2026年春季招生简章</a></p><h2 id="lx">联系我们</h2><p>招生电话：0373-3056618 ｜ 地址：新乡市牧野区</p>',
    offer=True, op="U06", brand="新乡华夏智能职业培训学校",
    ids=[("phone", "0373-3056618", "0373-3056618"), ("domain", "hxznpx.cn", "www.hxznpx.cn"),
         ("uscc", "524107004186203625", "524107004186203625"), ("other", "教民14107027000018号", "教民14107027000018号")],
    note="seller's own site: school home page with fee table")

add("/hxedu/jianzhang.html", "hxedu", "华夏AI学院 2026年春季招生简章",
    '<h1>华夏AI学院 · 人工智能训练师2026年春季招生简章</h1><p>招生对象：符合国家职业技能标准申报条件的在职人员及毕业生。五级需相关工作满1年。</p>'
    '<p>认定：由备案评价机构组织，证书可在 zscx.osta.org.cn 查询。证书样本：S000041000012253001128</p>'
    '<h2 id="bm">在线报名</h2><p>[报名表] 本表单由金数据 jinshuju.net 提供技术支持</p>'
    '<p>招生老师手机：177 3926 0351 ｜ 邮箱：zs@hxznpx.cn</p><p><a href="/hxedu/index.html">返回学校首页</a></p>',
    offer=True, op="U06", brand="华夏AI学院",
    ids=[("phone", "+8617739260351", "177 3926 0351"), ("email", "zs@hxznpx.cn", "zs@hxznpx.cn"),
         ("phone", "0373-3056618", "0373-3056618"), ("domain", "hxznpx.cn", "www.hxznpx.cn"),
         ("uscc", "524107004186203625", "524107004186203625"), ("other", "教民14107027000018号", "教民14107027000018号")],
    note="seller's own site: enrolment brochure with sign-up form")

# ============ news ============
add("/news/2025-12-rsj-jingshi.html", "news", "省人社厅提醒：警惕“免考直出”山寨证书和假冒查询网站",
    '<h1>省人社厅提醒：警惕“免考直出”山寨证书和假冒查询网站</h1><p class="meta">2025-12-18 来源：中原晚报</p>'
    '<p>近期，我省多名群众反映在网上购买“人工智能训练师”等职业技能等级证书被骗。据了解，涉事人员以微信号“hrzs_kefu99”、手机号150 9337 8806等联系群众，宣称“人社部颁发、免考直出”，并提供假冒查询网站 www.zgjndjcx.com。</p>'
    '<p>省人社厅提醒，职业技能等级证书由备案的评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 核验，政策信息以 hrss.henan.gov.cn 发布为准。如有疑问可拨打12333，遇到诈骗请拨打96110或报警，消费纠纷可拨打12315，也可通过12345热线反映。</p>',
    note="news: provincial HR department warning quoting scam contacts")

add("/news/2025-11-zhengce.html", "news", "人工智能训练师怎么考？一文读懂等级、条件和补贴",
    '<h1>人工智能训练师怎么考？一文读懂等级、条件和补贴</h1><p class="meta">2025-11-15 来源：中原晚报</p>'
    '<p>人工智能训练师（4-04-05-05）共五个等级，下设数据标注员、人工智能算法测试员两个工种。证书是职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询；评价机构名单见 pjjg.osta.org.cn。</p>'
    '<p>证书编号为22位，如 S000041000012253001128（示例）。郑州市职业技能公共实训鉴定基地考务咨询电话0371-67195660，本年12月认定批次号4101252512036。</p>'
    '<p>技能提升补贴：五级、四级、三级最高分别为1000元、1500元、2000元，以 hrss.henan.gov.cn 为准，咨询12333。</p>',
    note="news: policy explainer")

add("/news/qiye-0419.html", "news", "【企业资讯】河南智信达教育：让AI人才培养落地中原",
    '<h1>【企业资讯】河南智信达教育：让AI人才培养落地中原</h1><p class="meta">2025-12-20 企业供稿</p>'
    '<p>河南智信达教育科技有限公司（统一社会信用代码914101007395022527）开设人工智能训练师四级、三级培训，与省内评价机构合作组织认定，四级学费3200元。</p>'
    '<p>报名咨询：0371-68893021，官网 www.zxdedu.cn。</p>',
    offer=True, op="I06", brand="河南智信达教育科技有限公司",
    ids=[("uscc", "914101007395022527", "914101007395022527"), ("phone", "0371-68893021", "0371-68893021"),
         ("domain", "zxdedu.cn", "www.zxdedu.cn")],
    note="news site advertorial for a training company")

# ---------------------------------------------------------------- index pages
def plist(site, paths=None):
    ps = [p for p in P if p["site"] == site and (paths is None or p["path"] in paths)]
    return "<ul>" + "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in ps) + "</ul>"


tc_posts = [p["path"] for p in P if p["site"] == "tc" and "/post-" in p["path"]]
index_pages = [
 ("/bbs/index.html", "bbs", "郑州生活圈论坛-教育培训版", lambda: "<h1>教育培训</h1><p>今日：56 主题：18230</p>" + plist("bbs")),
 ("/lybbs/index.html", "lybbs", "河洛茶馆-教育考试", lambda: "<h1>教育考试</h1>" + plist("lybbs")),
 ("/tc/list-jiaoyu.html", "tc", "郑州教育培训信息-职业技能培训", lambda: "<h1>职业技能培训</h1><p>共找到 %d 条信息</p>" % len(tc_posts) + plist("tc", tc_posts)),
 ("/tc/index.html", "tc", "豫城分类信息网-郑州", lambda: '<h1>豫城分类信息网</h1><ul><li><a href="/tc/list-jiaoyu.html">教育培训</a></li><li><a href="/tc/job-7710.html">招聘：数据标注员</a></li></ul>'),
 ("/notes/index.html", "notes", "拾光笔记-发现", lambda: "<h1>发现</h1>" + plist("notes")),
 ("/ask/index.html", "ask", "问豫知道-职业技能", lambda: "<h1>职业技能 · 最新问题</h1>" + plist("ask")),
 ("/news/index.html", "news", "中原晚报网-首页", lambda: "<h1>中原晚报网</h1>" + plist("news")),
]
for path, site, title, fn in index_pages:
    add(path, site, title, fn(), note="site index / list page")

ROOT = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>河南生活网址导航</title></head><body>"
        "<h1>河南生活网址导航</h1><ul>" +
        "".join(f'<li><a href="{s["idx"]}">{s["name"]}</a></li>' for s in SITES.values()) +
        "</ul><p>本页为本地站点汇总，收录站点内容由各站自行负责。</p></body></html>\n")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", "人社服务热线, quoted by sellers and news", ["12333"]),
 ("phone", "12315", "市场监管投诉热线", ["12315"]),
 ("phone", "12345", "市长热线", ["12345"]),
 ("phone", "96110", "反诈专线", ["96110"]),
 ("domain", "zscx.osta.org.cn", "official certificate query site quoted by honest and dishonest sellers", ["zscx.osta.org.cn"]),
 ("domain", "pjjg.osta.org.cn", "official evaluation-organisation list", ["pjjg.osta.org.cn"]),
 ("domain", "hrss.henan.gov.cn", "provincial HR department site", ["hrss.henan.gov.cn"]),
 ("phone", "0371-60923318", "forum platform customer service in footer", ["0371-60923318"]),
 ("email", "jubao@zzshq.net", "forum platform report mailbox in footer", ["jubao@zzshq.net"]),
 ("domain", "bbs.zzshq.net", "forum platform domain in footer", ["bbs.zzshq.net"]),
 ("other", "豫ICP备17028816号-1", "forum ICP licence", ["豫ICP备17028816号-1"]),
 ("qq", "1592336870", "Luoyang forum customer-service QQ in frame", ["1592336870"]),
 ("domain", "heluochaguan.com", "Luoyang forum domain", ["www.heluochaguan.com"]),
 ("phone", "4006625858", "classifieds platform hotline in footer", ["400-662-5858"]),
 ("email", "kefu@yucheng58.com", "classifieds platform e-mail in footer", ["kefu@yucheng58.com"]),
 ("other", "豫B2-20160231", "classifieds platform telecom licence", ["豫B2-20160231"]),
 ("domain", "yucheng58.com", "classifieds platform domain", ["www.yucheng58.com"]),
 ("phone", "4000600212", "notes app report hotline", ["4000-600-212"]),
 ("domain", "shiguangbiji.com", "notes app domain", ["www.shiguangbiji.com"]),
 ("qq_group", "472819360", "Q&A site's own user group in sidebar", ["472819360"]),
 ("email", "help@wenyu.net", "Q&A site feedback e-mail", ["help@wenyu.net"]),
 ("domain", "wenyu.net", "Q&A site domain", ["www.wenyu.net"]),
 ("domain", "fkw.com", "site-builder credit on both sellers' own sites", ["www.fkw.com"]),
 ("domain", "jinshuju.net", "form-tool credit / form links used by unrelated sellers", ["jinshuju.net"]),
 ("phone", "+8613800138000", "template placeholder left in site-builder contact module", ["138-0013-8000", "138 0013 8000"]),
 ("email", "service@yourdomain.com", "template placeholder e-mail", ["service@yourdomain.com"]),
 ("wechat", "hrzs_kefu99", "scammer's WeChat quoted in warning, complaint and question", ["hrzs_kefu99", "HRZS_kefu99"]),
 ("phone", "+8615093378806", "scammer's phone quoted in warning and complaint", ["150 9337 8806", "15093378806"]),
 ("domain", "zgjndjcx.com", "fake query site quoted in warning and complaint", ["www.zgjndjcx.com"]),
 ("other", "4101252512036", "public assessment batch number quoted by unrelated sellers", ["4101252512036"]),
 ("phone", "0371-67195660", "public assessment venue's exam-affairs phone quoted by unrelated sellers", ["0371-67195660"]),
 ("other", "S000041000012253001128", "sample certificate number copied by unrelated sellers", ["S000041000012253001128"]),
 ("wechat", "xiaomei_0521", "a reader's own WeChat left in comments on two sellers' threads", ["xiaomei_0521", "Xiaomei_0521"]),
 ("qq", "1023847561", "a commenter's QQ left under two sellers' notes", ["1023847561"]),
 ("phone", "0371-65795110", "news site hotline", ["0371-65795110"]),
]


def contains(html, w):
    if re.fullmatch(r"\d+", w):
        return re.search(r"(?<!\d)" + w + r"(?!\d)", html) is not None
    return w in html


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    rendered = {"/index.html": ROOT}
    for p in P:
        rendered[p["path"]] = frame(p["site"], p["title"], p["inner"], p["side"])
    for path, html in sorted(rendered.items()):
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="portal linking every site's index")]
    for p in sorted(P, key=lambda x: x["path"]):
        pages.append(dict(path=p["path"], is_offer=p["offer"], operator=p["op"], provider=p["brand"],
                          identifiers=p["ids"], note=p["note"]))
    ops = []
    for u in ["U%02d" % i for i in range(1, 10)]:
        mine = [p for p in pages if p["operator"] == u]
        brands = []
        for p in mine:
            if p["provider"] not in brands:
                brands.append(p["provider"])
        cnt = {}
        for p in mine:
            for k, v in {(k, v) for k, v, _w in p["identifiers"]}:
                cnt[(k, v)] = cnt.get((k, v), 0) + 1
        shared = sorted("%s %s" % kv for kv, n in cnt.items() if n > 1)
        ops.append([u, {"brands": brands, "ties": "shared: " + "; ".join(shared)}])
    decoys = []
    for kind, value, why, written in DECOYS:
        paths = sorted(path for path, html in rendered.items() if any(contains(html, w) for w in written))
        decoys.append(dict(kind=kind, value=value, note=why, written=written, paths=paths))
    truth = {"description": "12br: mixed Henan web (forums, classifieds, notes, Q&A, two sellers' sites, news) of AI-trainer certificate sellers; contacts obfuscated, payee and QQ group reused across brands",
             "pages": pages, "operators": ops, "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
