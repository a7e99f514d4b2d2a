#!/usr/bin/env python3
"""Generate the 12ax test web (bilingual / overseas-Chinese flavoured). stdlib only, deterministic."""
import json, os, shutil, posixpath
OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def uscc(b17):
    c = 31 - sum(A.index(ch) * w for ch, w in zip(b17, W)) % 31
    return b17 + A[0 if c == 31 else c]
S1, S3, S4 = uscc("91310115MA1K4B7X2"), uscc("91440300MA5F3RQ81"), uscc("91310104MA1FL2T63")
S7, SP = uscc("91440101MA5CK7Q2X"), uscc("91330106MA27YX0C4")
S7s = S7[:4] + " " + S7[4:8] + " " + S7[8:13] + " " + S7[13:]
PAGES = []
def P(path, style, title, brand, op, ids, body, note):
    PAGES.append(dict(path=path, style=style, title=title, brand=brand, op=op, ids=ids, body=body, note=note))

# ---------------- platform chrome ----------------
def chrome(p, inner):
    s, t = p["style"], p["title"]
    if s == "board":
        head = ('<header class="bbs-top"><a href="{R}board/index.html" class="logo"><img src="{R}img/hrq.png" alt="海外华人圈 HuaRenQuan logo"></a>'
                '<nav><a href="{R}index.html">首页 Home</a> | <a href="{R}board/index.html">分类信息 Classifieds</a> | <a href="{R}board/index.html#jobs">求职招聘</a> | <a href="{R}board/index.html#edu">教育培训</a></nav>'
                '<form class="search"><input name="q" placeholder="搜索帖子 Search"><button>Go</button></form></header>')
        foot = ('<footer class="bbs-foot"><p>海外华人圈 HuaRenQuan.net ｜ 版务联系 admin@huarenquan.net ｜ 本站官方QQ群：31827560（仅限站务）</p>'
                '<p>免责声明：本站信息由网友发布，本站不对其真实性负责。Disclaimer: posts are user generated.</p><p>© 2009-2026 www.huarenquan.net</p></footer>')
    elif s == "shop":
        head = ('<header class="mall"><div class="topbar">Hi，请登录 ｜ 免费注册 ｜ 我的订单 ｜ <a href="{R}shop/help.html">帮助中心</a></div>'
                '<a href="{R}shop/index.html"><img src="{R}img/yx-logo.png" alt="优选商城 YouXuan Mall"></a>'
                '<form class="s"><input placeholder="搜索 宝贝/店铺"><button>搜索</button></form></header>')
        foot = ('<footer class="mall-foot"><ul><li>消费者保障</li><li>7天无理由</li><li>官方客服 400-820-3366</li></ul>'
                '<p>优选商城 www.youxuanmall.com ｜ 营业执照：统一社会信用代码 ' + SP + ' ｜ 杭州优选网络科技有限公司</p></footer>')
    elif s == "ask":
        head = ('<header class="zq"><a href="{R}ask/index.html" class="brand">问答圈 AskQuan</a><nav><a href="{R}index.html">首页</a><a href="{R}ask/index.html">发现</a><a href="{R}ask/index.html#hot">热榜</a></nav>'
                '<button class="ask-btn">提问</button></header>')
        foot = '<footer class="zq-foot"><p>问答圈 wendaquan.com · 侵权举报 help@wendaquan.com · 京ICP备2015xxxx号（模板）</p></footer>'
    elif s == "pro":
        head = ('<header class="pl"><a href="{R}pro/index.html"><img src="{R}img/prolink.svg" alt="ProLink 职联"></a><nav><a href="{R}pro/index.html">Home 首页</a> <a href="{R}pro/index.html#jobs">Jobs 职位</a> <a href="#">Messaging</a> <a href="#">Me</a></nav></header>')
        foot = '<footer class="pl-foot"><p>ProLink 职联 © 2026 · About · Help Center support@prolink.cn · Privacy · User Agreement</p></footer>'
    elif s == "news":
        head = ('<header class="news"><div class="mast">环球华语资讯 Global Chinese News</div><nav><a href="{R}index.html">首页</a> <a href="{R}news/index.html">教育 Education</a> <a href="{R}news/index.html#tech">科技</a> <a href="{R}news/index.html#local">社区</a></nav></header>')
        foot = '<footer class="news-foot"><p>环球华语资讯 版权所有 · 新闻热线 newsdesk@gcnews.example · 未经授权禁止转载</p></footer>'
    elif s == "notice":
        head = '<header class="wx"><div class="wx-bar">‹ 返回 ｜ 群公告 / 公众号文章</div></header>'
        foot = '<footer class="wx-foot"><p>阅读 1.2万 · 在看 86 · <a href="{R}index.html">返回目录</a></p></footer>'
    else:  # independent business site, look set by p['style'] = site:<class>
        cls = s.split(":")[1]
        head = ('<header class="site ' + cls + '"><div class="lang">中文 | EN</div><a class="logo" href="#"><img src="logo.png" alt="' + p["brand"] + ' logo"></a>'
                '<nav><a href="#">首页 Home</a><a href="#courses">课程 Courses</a><a href="#cert">证书 Certificates</a><a href="#about">关于我们 About</a><a href="#contact">联系 Contact</a><a href="{R}index.html">站点目录</a></nav></header>')
        foot = '<footer class="site-foot ' + cls + '"><p>© 2026 ' + p["brand"] + '. All rights reserved.</p>{CREDIT}</footer>'
    return head, foot

def render(p):
    R = posixpath.relpath("/", posixpath.dirname(p["path"])) + "/"
    R = "" if R == "./" else R
    head, foot = chrome(p, "")
    credit = p.get("credit", "")
    side = ""
    if p["style"] in ("board", "ask"):
        side = '<aside class="side"><h4>热门 Hot</h4><ul><li><a href="{R}news/index.html">资讯 News</a></li><li><a href="{R}ask/index.html">问答 Q&amp;A</a></li><li><a href="{R}board/index.html">分类信息</a></li></ul><div class="ad"><img src="{R}img/ad-300.jpg" alt="广告位招租 Ad space"></div></aside>'
    html = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            '<title>' + p["title"] + '</title><link rel="stylesheet" href="{R}css/' + p["style"].split(":")[0] + '.css"></head>\n<body>\n<!-- page: ' + p["style"] + ' -->\n'
            + head + '\n<main>\n' + p["body"] + '\n</main>\n' + side + '\n' + foot + '\n</body>\n</html>\n')
    return html.replace("{CREDIT}", credit).replace("{R}", R)

# ---------------- offer pages ----------------
# U01 ZhiYuan AI Academy / Neuron Skills 新锐职培
P("/sites/zhiyuan-ai/index.html", "site:teal", "智源AI学院 ZhiYuan AI Academy | 人工智能训练师 AI Trainer Certification", "智源AI学院 ZhiYuan AI Academy", "U01",
  [["phone", "+8613918224071", "139 1822 4071"], ["email", "info@zhiyuan-ai.cn", "info@zhiyuan-ai.cn"], ["domain", "zhiyuan-ai.cn", "www.zhiyuan-ai.cn"], ["uscc", S1, S1]],
  '<section class="hero"><h1>人工智能训练师 · Artificial Intelligence Trainer (4-04-05-05)</h1><p>Level 4 / Level 3 certificate courses — online + weekend classes in Shanghai. 四级/三级 线上+周末班</p><a class="btn" href="enroll.html">立即报名 Enroll now</a></section>'
  '<section id="courses"><h2>Courses 课程</h2><table class="price"><tr><th>Level 等级</th><th>Hours 课时</th><th>Fee 费用</th></tr><tr><td>四级 / Intermediate</td><td>50</td><td><del>¥4,980</del> ¥3,680</td></tr><tr><td>三级 / Advanced</td><td>40</td><td>¥5,280（可申领补贴 subsidy available）</td></tr></table>'
  '<p>Certificates can be verified at zscx.osta.org.cn. 证书可在技能人才评价证书全国联网查询。</p></section>'
  '<section id="contact"><h2>Contact 联系我们</h2><ul><li>Tel 电话：<a href="tel:13918224071">139 1822 4071</a></li><li>Email：info@zhiyuan-ai.cn</li><li>Web：www.zhiyuan-ai.cn</li><li>政策咨询可拨打 12333</li></ul>'
  '<p class="lic">上海智源人工智能职业技能培训有限公司 统一社会信用代码 ' + S1 + '</p></section>', "bilingual training site landing page, L4/L3 with price table")
PAGES[-1]["credit"] = '<p class="credit">本站由 凡科建站 fkw.com 提供技术支持</p>'
P("/sites/zhiyuan-ai/enroll.html", "site:teal", "Enrollment 报名表 - ZhiYuan AI", "智源AI学院", "U01",
  [["domain", "zhiyuan-ai.cn", "zhiyuan-ai.cn"], ["wechat", "zy_ai_coach", "ZY_AI_Coach"]],
  '<h1>AI训练师 报名表 / Enrollment Form</h1><p>填写后课程顾问 24h 内联系。Questions? WeChat: ZY_AI_Coach</p>'
  '<form action="https://jinshuju.net/f/Xa12bC" method="post"><label>姓名 Name <input name="name"></label><label>手机 Mobile <input name="tel" placeholder="13800138000"></label>'
  '<label>报考等级 Level <select><option>五级 Level 5</option><option>四级 Level 4</option><option>三级 Level 3</option></select></label><label>学历 Education <input></label><button>提交 Submit</button></form>'
  '<p class="note">表单由 金数据 jinshuju.net 提供技术支持 · 回到 zhiyuan-ai.cn 首页</p>', "enrolment form page of the same site")
P("/board/post-1203.html", "board", "【多伦多】AI Trainer 人工智能训练师证 远程考 回国求职加分 - 教育培训", "Neuron Skills 新锐职培", "U01",
  [["wechat", "zy_ai_coach", "zy_ai_coach"], ["phone", "+8618621307755", "186-2130-7755"]],
  '<nav class="crumb">首页 › 加拿大 › 多伦多 › 教育培训</nav><article class="post"><h1>【多伦多】AI Trainer 人工智能训练师证 远程考 回国求职加分</h1><div class="meta">楼主 neuron_skills · 2026-03-02 · 浏览 1532</div>'
  '<p>在加拿大也能考国内的AI训练师证！Neuron Skills 新锐职培 全程 online，四级 3k 左右，三级 4.5k，含考务费。Data annotation + prompt 实操都教。</p>'
  '<p>有意者加薇 zy_ai_coach 或国内电话 186-2130-7755（微信同号）</p></article>'
  '<section class="replies"><div class="r"><b>maple_leaf_99</b>：楼主，证书能在 zscx.osta.org.cn 查到吗？</div><div class="r"><b>neuron_skills</b>：可以查，放心。</div>'
  '<div class="r"><b>TorontoMom</b>：我也想问问，我微信 lily_mom88，求私</div></section>', "overseas board post selling AI trainer course")
P("/shop/item-50311.html", "shop", "新锐职培旗舰店 人工智能训练师四级三级考证培训 网课+报名", "新锐职培旗舰店", "U01",
  [["phone", "+8618621307755", "＋86 １８６ ２１３０ ７７５５"]],
  '<nav class="crumb">优选商城 › 教育培训 › 职业技能</nav><div class="item"><img src="../img/item-50311.jpg" alt="人工智能训练师 证书样本 四级 高级工 新锐职培"><div class="info"><h1>【新锐职培】人工智能训练师 四级/三级 考证培训 网课+报名 一站式</h1>'
  '<p class="price">¥<b>2980</b>-4680 <del>¥6800</del></p><p>月销 200+ ｜ 课程编号 15800231907</p><table class="sku"><tr><td>套餐</td><td>四级全程班 / 三级全程班 / 四级+三级连报</td></tr></table></div></div>'
  '<section class="desc"><h2>宝贝详情</h2><p>AI训练师证，数据标注+算法测试两个工种，官方可查。拍下后联系店铺客服领取资料，报名咨询 ＋86 １８６ ２１３０ ７７５５</p></section>'
  '<aside class="shopcard"><h3>新锐职培旗舰店</h3><p>描述 4.8 服务 4.8 物流 4.9</p></aside>', "e-commerce listing")
# U02 MapleHua Education / 北美AI职业认证中心
P("/board/post-1188.html", "board", "温哥华 | 人工智能训练师 国家证 周末班 MapleHua Education", "枫华教育 MapleHua Education", "U02",
  [["email", "maplehua.edu@gmail.com", "maplehua.edu(at)gmail.com"], ["wechat", "maplehua2021", "vx: maplehua2021"]],
  '<nav class="crumb">首页 › 加拿大 › 温哥华 › 教育培训</nav><article class="post"><h1>温哥华 | 人工智能训练师 国家证 周末班</h1><div class="meta">楼主 MapleHua · 2026-02-11</div>'
  '<p>枫华教育 MapleHua Education 开设 AI Trainer（人工智能训练师）三级班，Zoom 授课，考完证书寄到国内或温哥华。学费 CAD 980 / 人民币 4800，两人同报各减 300.</p>'
  '<p>Contact: maplehua.edu(at)gmail.com ｜ vx: maplehua2021</p></article>'
  '<section class="replies"><div class="r"><b>van_dad</b>：国内证在加拿大有用吗？</div><div class="r"><b>MapleHua</b>：回国求职、落户积分都有用哦～</div></section>', "overseas board post")
P("/pro/in/grace-lin.html", "pro", "Grace Lin 林雅 - Director, 北美AI职业认证中心 | ProLink", "北美AI职业认证中心", "U02",
  [["email", "maplehua.edu@gmail.com", "MapleHua.Edu@gmail.com"], ["qq", "2845107736", "QQ: 2845107736"]],
  '<section class="card"><img src="../../img/avatar-gl.jpg" alt="Grace Lin 头像"><h1>Grace Lin 林雅</h1><p class="headline">Director @ 北美AI职业认证中心 | AI Trainer Certification | 人工智能训练师 考证规划</p><p>Vancouver, British Columbia · 500+ connections</p></section>'
  '<section class="about"><h2>About</h2><p>Helping overseas Chinese get the Chinese national AI Trainer (人工智能训练师) certificate — Level 5 to Level 3, fully remote. 一对一规划，包过班 available. DM me or email MapleHua.Edu@gmail.com · QQ: 2845107736</p></section>'
  '<section class="exp"><h2>Experience</h2><ul><li><b>Director</b> · 北美AI职业认证中心 · 2022–Present</li><li><b>Education Consultant</b> · Vancouver · 2018–2022</li></ul></section>'
  '<section class="activity"><h2>Activity</h2><p>🎉 Congrats to our 12 students who passed AI训练师三级 this spring! Enrollment for the summer batch is open.</p></section>', "LinkedIn-style profile selling the course")
P("/ask/q-4410.html", "ask", "在海外怎么考人工智能训练师证？回国有用吗？ - 问答圈", "枫华教育", "U02",
  [["qq", "2845107736", "扣扣 2845 107 736"], ["domain", "maplehua.ca", "maplehua点ca"]],
  '<article class="q"><h1>在海外怎么考人工智能训练师证？回国有用吗？</h1><p>人在加拿大，想回国做AI数据相关，听说有个 AI trainer 证……</p><div class="tags">#人工智能训练师 #海归</div></article>'
  '<div class="answers"><div class="a"><b>一只海带</b><p>这个证是职业技能等级证书，由备案的评价机构颁发，可以去 zscx.osta.org.cn 查。不是“国家职业资格证”。</p></div>'
  '<div class="a"><b>枫华小助手</b><p>我们就是做这个的，远程上课，线下考试要回国一次，三级四千多。网站 maplehua点ca，或者扣扣 2845 107 736 详聊～</p>'
  '<div class="c">评论：<b>Mia</b>：已私信，我的微信 lily_mom88</div></div></div>', "Q&A answer selling")
# U03 启航职业技能培训 / AI训练师考证通
P("/shop/item-61207.html", "shop", "启航职业技能培训 人工智能训练师证 报考 初级中级高级", "启航职业技能培训", "U03",
  [["phone", "+8675586231490", "0755-8623 1490"], ["wechat", "qh_peixun", "微信 qh_peixun"]],
  '<nav class="crumb">优选商城 › 教育培训 › 考证</nav><div class="item"><img src="../img/item-61207.jpg" alt="启航职培 AI训练师 五级四级三级 报名 深圳"><div class="info"><h1>人工智能训练师证报考 五级/四级/三级 深圳线下+网课</h1>'
  '<p class="price">¥ 一千八 起 ｜ 三级 ¥3.6k</p><p>已售 1,046 件</p></div></div>'
  '<section class="desc"><table class="lv"><tr><th>等级</th><th>价格</th><th>补贴</th></tr><tr><td>五级</td><td>1800</td><td>符合条件可申领技能提升补贴</td></tr><tr><td>四级</td><td>2600</td><td>—</td></tr><tr><td>三级</td><td>3600</td><td>—</td></tr></table>'
  '<p>考点：南山区职业技能鉴定站（咨询 0755-2671 8899）。店铺咨询 0755-8623 1490 ｜ 微信 qh_peixun</p><p>订单号示例 13920475516（用于售后登记，请勿拨打）</p></section>'
  '<aside class="shopcard"><h3>启航职业技能培训</h3><p>开店 5 年</p></aside>', "e-commerce listing with level price table")
P("/ask/q-4532.html", "ask", "AI训练师三级零基础能考吗？ - 问答圈", "AI训练师考证通", "U03",
  [["wechat", "qh_peixun", "加v：QH_PeiXun"], ["qq_group", "736201458", "Q群 736201458"]],
  '<article class="q"><h1>AI训练师三级零基础能考吗？</h1><p>文科生，没做过数据标注，想考个 AI Trainer Level 3。</p></article><div class="answers">'
  '<div class="a"><b>AI训练师考证通</b><p>可以的！我们有零基础直通三级班，不限学历，包教包会，考前密训题库。报名加v：QH_PeiXun，或者进 Q群 736201458 领资料。</p></div>'
  '<div class="a"><b>理性派</b><p>按标准，三级要四级证书+多年工作经历，零基础直接三级的广告要小心。可以打 12333 问当地人社。</p></div></div>', "Q&A answer selling")
P("/notice/group-ai-kaozheng.html", "notice", "群公告｜考证通学员群 AI训练师 6月批次报名", "考证通学员群", "U03",
  [["qq_group", "736201458", "群号：736 201 458"], ["email", "kaozhengtong@163.com", "kaozhengtong圈163点com"]],
  '<article class="notice"><h1>📢 群公告</h1><p>【考证通】人工智能训练师 6月批次报名开始！五级 ¥1680、四级 ¥2480、三级 ¥3480，老学员推荐再减两百。</p>'
  '<p>本群为学员交流群（群号：736 201 458），资料发邮箱：kaozhengtong圈163点com（圈换成@，点换成.）</p><p>⚠️ 群内禁止私下转账，谨防冒充客服。</p></article>', "QQ group notice")
P("/sites/kaozhengtong/index.html", "site:orange", "考证通 AI训练师 官网 | AI Trainer Exam Pass", "考证通 AI Trainer Exam Pass", "U03",
  [["email", "kaozhengtong@163.com", "kaozhengtong@163.com"], ["uscc", S3, S3]],
  '<section class="hero"><h1>考证通 · 人工智能训练师 AI Trainer</h1><p>Level 5 → Level 3 · 线上网课 + 深圳考点</p></section>'
  '<section id="courses"><ul><li>五级 初级工：¥1,680</li><li>四级 中级工：¥2,480</li><li>三级 高级工：¥3,480</li></ul><p>考点：南山区职业技能鉴定站 0755-2671 8899</p></section>'
  '<section id="contact"><p>Email: kaozhengtong@163.com</p><p>深圳考证通教育咨询有限公司 ' + S3 + '</p></section>', "brand website")
PAGES[-1]["credit"] = '<p class="credit">Powered by 凡科建站 fkw.com</p>'
# U04 华信数科 / DataLabel Pro
P("/sites/huaxin/index.html", "site:navy", "Huaxin DataEdu 华信数科教育 — AI Trainer Programs", "华信数科教育 Huaxin DataEdu", "U04",
  [["uscc", S4, S4], ["phone", "+862154837720", "021-5483 7720"], ["domain", "huaxin-dataedu.com", "huaxin-dataedu.com"]],
  '<section class="hero"><h1>Become a Certified AI Trainer</h1><p>Our Shanghai programme prepares you for the national 人工智能训练师 skill-level assessment (Level 4 &amp; Level 3). 30% theory, 70% hands-on.</p></section>'
  '<section id="courses"><h2>Programs</h2><div class="cards"><div class="c"><h3>Level 4 · Data Labeling Track</h3><p>RMB 3,200</p></div><div class="c"><h3>Level 3 · Algorithm Testing Track</h3><p>RMB 4,600 (company-sponsored seats available)</p></div></div></section>'
  '<section id="contact"><p>Hotline: 021-5483 7720 · huaxin-dataedu.com</p><p>上海华信数科教育科技有限公司 | USCC ' + S4 + '</p></section>', "English-first bilingual training site")
P("/sites/datalabel-pro/courses.html", "site:violet", "DataLabel Pro 标注学院 | Courses", "DataLabel Pro 标注学院", "U04",
  [["phone", "+862154837720", "(021) 54837720"], ["email", "admissions@datalabelpro.cn", "admissions [at] datalabelpro.cn"], ["domain", "datalabelpro.cn", "datalabelpro.cn"]],
  '<h1>Courses 课程</h1><p>AI训练师（Al Trainer）四级冲刺班 — 8 weekends, ￥3.2k; 三级进阶 ￥4.6k。零基础也可报四级（需满足申报条件，我们协助审核）。</p>'
  '<div class="faq"><h3>FAQ</h3><p>Q: Is it recognised? A: Certificates are issued by a filed evaluation institution and are searchable on zscx.osta.org.cn.</p></div>'
  '<p class="contact">Admissions: admissions [at] datalabelpro.cn · Tel (021) 54837720 · datalabelpro.cn</p>', "second brand site with same landline")
P("/pro/in/kevin-zhou-data.html", "pro", "Kevin Zhou 周凯 - Program Lead at DataLabel Pro | ProLink", "DataLabel Pro", "U04",
  [["email", "admissions@datalabelpro.cn", "admissions@datalabelpro.cn"], ["wechat", "kevinzhou_hx", "WeChat ID: kevinzhou_hx"]],
  '<section class="card"><h1>Kevin Zhou 周凯</h1><p class="headline">Program Lead · DataLabel Pro | Data annotation · AI训练师 培训</p><p>Shanghai · 1,200 followers</p></section>'
  '<section class="about"><h2>About</h2><p>Spring cohort of our AI Trainer (人工智能训练师) L4/L3 course is open — 3.2k / 4.6k RMB. Reach admissions@datalabelpro.cn or WeChat ID: kevinzhou_hx.</p></section>'
  '<section class="exp"><h2>Experience</h2><ul><li>Program Lead, DataLabel Pro, 2023–</li><li>Annotation QA, a Shanghai AI company, 2019–2023</li></ul></section>', "profile selling course")
P("/ask/q-4577.html", "ask", "上海有靠谱的人工智能训练师培训吗？ - 问答圈", "华信数科", "U04",
  [["wechat", "kevinzhou_hx", "V: kevinzhou_hx"], ["phone", "+8615201964388", "152 0196 4388"]],
  '<article class="q"><h1>上海有靠谱的人工智能训练师培训吗？</h1><p>想考四级，公司能报销。</p></article><div class="answers">'
  '<div class="a"><b>周老师</b><p>我在华信数科带班，四级 3200，周末上课，公司可开票报销。V: kevinzhou_hx ／ 152 0196 4388</p></div>'
  '<div class="a"><b>路人乙</b><p>上海的话可以先去人社官网看补贴目录，别信“包过”。</p><div class="c">评论：<b>Mia</b>：求资料 lily_mom88</div></div></div>', "Q&A answer selling")
# U05 深蓝智训 / 蓝鲸考证
P("/board/post-1241.html", "board", "悉尼 Sydney｜AI训练师证 国内认可 网课包考", "深蓝智训 DeepBlue AI Training", "U05",
  [["phone", "+8617751830926", "177 5183 0926"], ["wechat", "db_ai_tr", "wx: db_ai_tr"]],
  '<nav class="crumb">首页 › 澳洲 › 悉尼 › 教育培训</nav><article class="post"><h1>悉尼 Sydney｜AI训练师证 网课</h1><div class="meta">楼主 deepblue_sy · 2026-01-20</div>'
  '<p>DeepBlue AI Training 深蓝智训，AI trainer 证四级/三级，澳洲时间晚上上课。四级 AUD 590 ≈ ¥2800。</p><p>国内 177 5183 0926 ｜ wx: db_ai_tr</p></article>'
  '<section class="replies"><div class="r"><b>syd_kate</b>：提醒一下大家，付款前先打 12333 核实机构。</div></section>', "overseas board post")
P("/shop/item-70452.html", "shop", "蓝鲸考证 人工智能训练师 证书 报名 全国统考", "蓝鲸考证", "U05",
  [["phone", "+8617751830926", "壹柒柒 伍壹捌叁 零玖贰陆"], ["other", "蓝鲸考证服务部", "蓝鲸考证服务部"]],
  '<nav class="crumb">优选商城 › 教育 › 职业资格</nav><div class="item"><img src="../img/item-70452.jpg" alt="人工智能训练师证书 样本 蓝鲸考证"><div class="info"><h1>人工智能训练师 国家职业资格证 报名 全国通用 可查</h1>'
  '<p class="price">¥2,800.00 <del>¥3,980.00</del></p><p>课程编号 15800231907</p></div></div>'
  '<section class="desc"><p>四级 / 三级 均可报，二级技师需满足年限。收款方：蓝鲸考证服务部。电话 壹柒柒 伍壹捌叁 零玖贰陆（防屏蔽写法）</p></section>'
  '<aside class="shopcard"><h3>蓝鲸考证</h3></aside>', "e-commerce listing")
P("/notice/wenjuan-signup.html", "notice", "AI训练师 报名登记表（蓝鲸考证）", "蓝鲸考证", "U05",
  [["other", "蓝鲸考证服务部", "蓝鲸考证服务部"], ["email", "lanjing_kz@qq.com", "lanjing_kz@qq.com"]],
  '<h1>人工智能训练师 报名登记</h1><form><label>姓名<input></label><label>手机<input placeholder="13800138000"></label><label>等级<select><option>四级</option><option>三级</option></select></label><button>提交</button></form>'
  '<p>报名费转账户名:蓝鲸考证服务部 ，截图发 lanjing_kz@qq.com</p><p class="credit">本表单由 金数据 jinshuju.net 生成</p>', "signup form")
P("/sites/deepblue/index.html", "site:blue", "深蓝智训 DeepBlue AI Training | AI训练师", "深蓝智训", "U05",
  [["email", "lanjing_kz@qq.com", "LANJING_KZ@QQ.COM"], ["domain", "deepblue-ai.cn", "deepblue-ai.cn"]],
  '<section class="hero"><h1>深蓝智训 · 人工智能训练师</h1><p>AI Trainer Level 4 &amp; 3 · 全球华人远程班 Remote classes worldwide</p></section>'
  '<section id="courses"><p>四级 ¥2800 ｜ 三级 ¥3900 ｜ 两级连报 ¥6000</p></section><section id="contact"><p>E-mail: LANJING_KZ@QQ.COM ｜ deepblue-ai.cn</p><p>证书查询：zscx.osta.org.cn</p></section>', "brand site")
PAGES[-1]["credit"] = '<p class="credit">技术支持：凡科建站 fkw.com</p>'
# U06 优职星球 UJob Planet
P("/pro/in/anna-wu-hr.html", "pro", "Anna Wu 吴安娜 - Founder, UJob Planet 优职星球 | ProLink", "优职星球 UJob Planet", "U06",
  [["wechat", "ujobplanet", "Wechat: UJobPlanet"], ["domain", "ujobplanet.com", "anna.wu@ujobplanet.com"], ["email", "anna.wu@ujobplanet.com", "anna.wu@ujobplanet.com"]],
  '<section class="card"><h1>Anna Wu 吴安娜</h1><p class="headline">Founder @ UJob Planet 优职星球 · Career upskilling for returnees 海归</p><p>New York · 800 connections</p></section>'
  '<section class="about"><p>We run AI-Trainer (人工智能训练师) certification prep for 海归 and overseas students — Level 4 USD 450. Wechat: UJobPlanet · anna.wu@ujobplanet.com</p></section>'
  '<section class="activity"><h2>Activity</h2><p>Another batch certified! 📜 Next intake June. #AITrainer #人工智能训练师</p></section>', "profile selling course")
P("/board/post-1302.html", "board", "纽约 NYC｜留学生回国必备 人工智能训练师证 优惠中", "职星教育", "U06",
  [["wechat", "ujobplanet", "vx：ujobplanet"], ["phone", "+8613366092817", "133-6609-2817"]],
  '<nav class="crumb">首页 › 美国 › 纽约 › 教育培训</nav><article class="post"><h1>纽约 NYC｜留学生回国必备 AI训练师证</h1><div class="meta">楼主 zhixing_edu</div>'
  '<p>职星教育：回国找工作，简历上加一个 人工智能训练師（AI trainer）证书！四级 $450，早鸟 $399。vx：ujobplanet，国内 133-6609-2817</p></article>'
  '<section class="replies"><div class="r"><b>nyc_bob</b>：这证在美国没用吧</div><div class="r"><b>zhixing_edu</b>：主要回国用～</div></section>', "overseas board post")
P("/ask/q-4601.html", "ask", "留学生回国考什么证比较有用？ - 问答圈", "职星教育", "U06",
  [["phone", "+8613366092817", "133😊6609😊2817"], ["qq", "1930274468", "QQ 1930274468"]],
  '<article class="q"><h1>留学生回国考什么证比较有用？</h1></article><div class="answers">'
  '<div class="a"><b>职星老师</b><p>推荐人工智能训练师，现在很热门，三级包过班 ￥4999。电话 133😊6609😊2817 或 QQ 1930274468</p></div>'
  '<div class="a"><b>HR小王</b><p>看岗位，数据标注岗位更看实际项目经验。</p></div></div>', "Q&A answer selling")
# U07 金桥职培 / GoldBridge
P("/sites/goldbridge/index.html", "site:gold", "金桥职培 GoldBridge Career Institute | 人工智能训练师", "金桥职培 GoldBridge Career Institute", "U07",
  [["phone", "4006862917", "400-686-2917"], ["domain", "goldbridge-edu.com", "www.goldbridge-edu.com"]],
  '<section class="hero"><h1>GoldBridge 金桥职培</h1><p>人工智能训练师 五级~三级 · Guangzhou campus + online</p><a href="fees.html">查看收费 View fees</a></section>'
  '<section id="contact"><p>全国热线 400-686-2917 · www.goldbridge-edu.com</p><p>上课地点：天河软件园 B 座（物业 020-3802 5566）</p></section>', "bilingual training site")
PAGES[-1]["credit"] = '<p class="credit">本站由 凡科建站 fkw.com 提供技术支持</p>'
P("/sites/goldbridge/fees.html", "site:gold", "收费标准 Fees | GoldBridge", "金桥职培", "U07",
  [["domain", "goldbridge-edu.com", "goldbridge-edu点com"], ["uscc", S7, S7]],
  '<h1>收费标准 Fee schedule</h1><table class="fees"><tr><th>等级 Level</th><th>学费 Tuition</th><th>考务 Exam</th></tr><tr><td>五级</td><td>¥1,500</td><td>含</td></tr><tr><td>四级</td><td>¥2,400</td><td>含</td></tr><tr><td>三级</td><td>¥3,300</td><td>¥400</td></tr><tr><td>二级 技师</td><td colspan="2">需满足申报条件，另询</td></tr></table>'
  '<p>（部分学员可申请技能提升补贴，每人最高1500元，以当地政策为准）</p><p>防失联请记住 goldbridge-edu点com</p><p class="lic">广州金桥职业培训有限公司 ' + S7 + '</p>', "fee table page")
P("/shop/item-80117.html", "shop", "金桥AI训练营 人工智能训练师 直播课 考证", "金桥AI训练营", "U07",
  [["uscc", S7, S7s], ["wechat", "jinqiao_ai", "jinqiao_ai"]],
  '<nav class="crumb">优选商城 › 教育 › 直播课</nav><div class="item"><img src="../img/item-80117.jpg" alt="金桥AI训练营 直播课 AI训练师"><div class="info"><h1>金桥AI训练营｜AI训练师 直播课 四级</h1><p class="price">¥2400 ｜ 分期 3 期免息</p></div></div>'
  '<section class="desc"><p>主体资质：' + S7s + '。课后服务微信 jinqiao_ai。上课地点：天河软件园 B 座（物业 020-3802 5566）</p></section><aside class="shopcard"><h3>金桥AI训练营</h3></aside>', "e-commerce listing")
P("/notice/wechat-article-jq.html", "notice", "5月开班｜AI训练师，普通人也能拿的技能证书", "金桥AI训练营", "U07",
  [["wechat", "jinqiao_ai", "JinQiao_AI"], ["other", "金桥职培课堂", "金桥职培课堂"]],
  '<article class="mp"><h1>5月开班｜AI训练师，普通人也能拿的技能证书</h1><p class="by">金桥AI训练营 · 公众号</p><p>不用写代码，数据标注、质检就能入门。三级只要三千三！</p>'
  '<img src="../img/qr-jq.png" alt="扫码添加微信号：JinQiao_AI 报名咨询"><p>更多课程请关注视频号「金桥职培课堂」</p><p>警惕冒充我司的诈骗，如遇可拨打 96110 反诈专线。</p></article>', "WeChat-style article")
# U08 海外学人AI认证 / OverseasPro Cert
P("/board/post-1355.html", "board", "伦敦 London｜国内AI训练师证书 远程报考 OverseasPro", "OverseasPro Cert 海外职证", "U08",
  [["domain", "overseaspro.co.uk", "overseaspro.co.uk"], ["wechat", "oversea_cert88", "WeChat: oversea_cert88"]],
  '<nav class="crumb">首页 › 英国 › 伦敦 › 教育培训</nav><article class="post"><h1>伦敦 London｜AI Trainer 证书 远程报考</h1>'
  '<p>OverseasPro Cert 海外职证：人工智能训练师 Level 3，GBP 520，包含辅导+报名。详情 overseaspro.co.uk ／ WeChat: oversea_cert88</p></article>'
  '<section class="replies"><div class="r"><b>ldn_lucy</b>：已加，等回复</div></section>', "overseas board post")
P("/ask/q-4655.html", "ask", "英国留学生可以考人工智能训练师吗？ - 问答圈", "海外学人AI认证", "U08",
  [["wechat", "oversea_cert88", "薇信 oversea_cert88"], ["qq", "3157209941", "QQ：3157209941"]],
  '<article class="q"><h1>英国留学生可以考人工智能训练师吗？</h1></article><div class="answers"><div class="a"><b>海外学人</b><p>可以，海外学人AI认证专门做海外华人报考，三级五千左右。薇信 oversea_cert88，QQ：3157209941</p></div></div>', "Q&A answer")
P("/pro/in/leo-chen-cert.html", "pro", "Leo Chen 陈立 - Consultant | 海外学人AI认证 | ProLink", "海外学人AI认证", "U08",
  [["qq", "3157209941", "Q：3157 2099 41"], ["phone", "+8619802716633", "+86-198-0271-6633"]],
  '<section class="card"><h1>Leo Chen 陈立</h1><p class="headline">Certification Consultant · 海外学人AI认证 | AI训练师 · 人工智能训练师</p><p>London, UK</p></section>'
  '<section class="about"><p>Level 4/3 AI Trainer cert, remote prep, ¥4.8k–¥5.5k. Q：3157 2099 41 · Tel +86-198-0271-6633</p></section>', "profile selling")
# U09 鼎职教育 / DingJob
P("/shop/item-90236.html", "shop", "鼎职教育 AI训练师 三级 高级工 报名", "鼎职教育", "U09",
  [["phone", "+8613012887461", "130 1288 7461"], ["qq_group", "598330127", "598330127"]],
  '<nav class="crumb">优选商城 › 教育</nav><div class="item"><img src="../img/item-90236.jpg" alt="鼎职教育 AI训练师 三级"><div class="info"><h1>鼎职教育｜人工智能训练师 三级（高级工）报名+培训</h1><p class="price">￥3,880</p></div></div>'
  '<section class="desc"><p>咨询 130 1288 7461，学员群 598330127。考试地点：南山区职业技能鉴定站（0755-2671 8899），以通知为准。</p></section><aside class="shopcard"><h3>鼎职教育</h3></aside>', "e-commerce listing")
P("/sites/dingjob/index.html", "site:green", "DingJob AI 训练师学院 | 鼎职教育", "DingJob AI 训练师学院", "U09",
  [["phone", "+8613012887461", "130-1288-7461"], ["email", "hr@dingjob.cn", "hr@dingjob.cn"], ["domain", "dingjob.cn", "dingjob.cn"]],
  '<section class="hero"><h1>DingJob AI 训练师学院</h1><p>AI Trainer certificate training, Level 5–3. 线上直播 + 实操项目</p></section>'
  '<section id="contact"><p>Call <a href="tel:+8613012887461">130-1288-7461</a> · Mail hr@dingjob.cn · dingjob.cn</p><p>线下班：天河软件园 B 座（物业 020-3802 5566）</p></section>', "brand site")
PAGES[-1]["credit"] = '<p class="credit">Site by 凡科建站 fkw.com</p>'
P("/notice/poster-dingjob.html", "notice", "海报｜AI训练师 三级 暑期班", "DingJob AI", "U09",
  [["email", "hr@dingjob.cn", "hr＠dingjob.cn"], ["wechat", "dingzhi_ai", "dingzhi_ai"]],
  '<article class="poster"><img src="../img/poster-dj.jpg" alt="AI训练师三级暑期班 ￥3880 扫码加微 dingzhi_ai 或发简历至 hr＠dingjob.cn"><p>（图片加载失败请看 alt 文本）</p></article>', "poster, contacts only in alt text")
# Independents
P("/sites/lioncity-ai/index.html", "site:red", "LionCity AI Skills 狮城AI技能 | China AI Trainer Certificate", "LionCity AI Skills 狮城AI技能", "I01",
  [["email", "enrol@lioncityai.com.sg", "enrol@lioncityai.com.sg"], ["domain", "lioncityai.com.sg", "lioncityai.com.sg"]],
  '<section class="hero"><h1>China AI Trainer (人工智能训练师) — Singapore Prep Class</h1><p>Level 4 SGD 680. Exam taken in Shenzhen.</p></section><section id="contact"><p>enrol@lioncityai.com.sg · lioncityai.com.sg</p></section>', "Singapore bilingual site")
P("/board/post-1377.html", "board", "墨尔本 个人带考 AI训练师 四级", "小美带考", "I02",
  [["wechat", "xiaomei_kz2024", "xiaomei_kz2024"]],
  '<nav class="crumb">首页 › 澳洲 › 墨尔本 › 教育培训</nav><article class="post"><h1>个人带考 AI训练师 四级</h1><p>本人已过三级，带考四级，资料+答疑 一千五。➕V xiaomei_kz2024 备注“论坛”</p></article>', "individual seller post")
P("/shop/item-91540.html", "shop", "晨曦考证小铺 人工智能训练师 五级 入门", "晨曦考证小铺", "I03",
  [["phone", "+8615623908814", "156 2390 8814"], ["qq", "2210483375", "2210483375"]],
  '<nav class="crumb">优选商城 › 教育</nav><div class="item"><img src="../img/item-91540.jpg" alt="晨曦考证 AI训练师 五级"><div class="info"><h1>人工智能训练师 五级（初级工）网课+报名</h1><p class="price">¥1200</p></div></div>'
  '<section class="desc"><p>电话 156 2390 8814 ｜ QQ 2210483375 ｜ 课程编号 15800231907</p></section>', "small shop")
P("/ask/q-4702.html", "ask", "AI trainer 证怎么报名？ - 问答圈", "AI训练小助手", "I04",
  [["wechat", "aitrain_helper", "aitrain_helper"]],
  '<article class="q"><h1>AI trainer 证怎么报名？</h1></article><div class="answers"><div class="a"><b>AI训练小助手</b><p>我这边可以代报四级，含网课 ¥2,200，微信搜 aitrain_helper</p><div class="c">评论：<b>Mia</b>：lily_mom88 加我</div></div></div>', "Q&A answer")
P("/pro/in/susan-he.html", "pro", "Susan He 何思 - Freelance Trainer | ProLink", "Susan He", "I05",
  [["email", "susan.he.cert@outlook.com", "susan.he.cert at outlook dot com"], ["phone", "+8613577026619", "+86 135 7702 6619"]],
  '<section class="card"><h1>Susan He 何思</h1><p class="headline">Freelance AI Trainer coach · 人工智能训练师 三级</p></section>'
  '<section class="about"><p>1-on-1 coaching for the 人工智能训练师 Level 4 exam, ¥2,600 incl. registration. susan.he.cert at outlook dot com · +86 135 7702 6619</p></section>', "freelancer profile")
P("/notice/group-bayarea.html", "notice", "湾区华人技能互助群 公告", "湾区华人技能互助群", "I06",
  [["qq_group", "860471295", "860471295"], ["wechat", "bayarea_skill", "bayarea_skill"]],
  '<article class="notice"><h1>群公告 Bay Area</h1><p>本群团报 AI训练师 四级，凑满 10 人 ¥1999/人。新群 860471295，负责人微信 bayarea_skill。</p></article>', "group notice")

# ---------------- non-offer pages ----------------
P("/news/ai-trainer-scam-2026.html", "news", "警惕“包过”“国家证”：AI训练师考证骗局调查", None, None, [],
  '<article><h1>警惕“包过”“国家证”：AI训练师考证骗局调查</h1><p class="by">记者 王琳 · 2026-04-03</p><p>近期多名海外华人反映，付款后“机构”失联。据受害人提供，对方使用 173 2288 4567 联系学员。警方提醒，如遇诈骗请拨打 96110 或 110。</p>'
  '<p>人工智能训练师证书属于职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询；消费纠纷可拨打 12315，政策咨询 12333。</p><p>有商家把订单号 13920475516 写在宣传图上，被误当成客服电话。</p></article>', "news about scams")
P("/news/china-ai-labelers-en.html", "news", "China's AI data labelers: a new occupation (English)", None, None, [],
  '<article lang="en"><h1>China\'s AI data labelers: a new occupation</h1><p>Since 2020, "AI trainer" (人工智能训练师, 4-04-05-05) is an official occupation with two work types, data labeler and algorithm tester. Certificates are issued by filed evaluation institutions, not by the ministry.</p><p>Readers can verify certificates at zscx.osta.org.cn; 1+X certificates at vslc.ncb.edu.cn.</p></article>', "English news explainer")
P("/news/policy-explainer.html", "news", "政策解读｜职业技能等级证书与职业资格证书的区别", None, None, [],
  '<article><h1>职业技能等级证书与职业资格证书有何区别？</h1><p>2019年起，水平评价类职业资格陆续退出目录，改为职业技能等级认定。AI训练师共五级。证书不带“国家职业资格”字样。</p><table><tr><th>查询</th><th>网址</th></tr><tr><td>技能人才评价证书</td><td>zscx.osta.org.cn</td></tr><tr><td>1+X证书</td><td>vslc.ncb.edu.cn</td></tr></table><p>咨询电话 12333。</p></article>', "policy explainer")
P("/board/post-1290.html", "board", "【避雷】交了4800的AI训练师“包过班”，人找不到了", None, None, [],
  '<nav class="crumb">首页 › 加拿大 › 多伦多 › 生活百事</nav><article class="post"><h1>【避雷】交了4800的“包过班”人找不到了</h1><p>对方说证书“人社部颁发”，收钱后拉黑。号码 173 2288 4567，大家小心！已打 12315 投诉。</p></article>'
  '<section class="replies"><div class="r"><b>TorontoMom</b>：太可怕了，有消息告诉我 lily_mom88</div><div class="r"><b>admin</b>：已置顶，请大家报名前查 zscx.osta.org.cn。</div></section>', "complaint thread")
P("/pro/jobs/data-annotation-lead.html", "pro", "Job: 数据标注主管 Data Annotation Lead - 上海某AI公司 | ProLink", None, None, [],
  '<section class="job"><h1>数据标注主管 Data Annotation Lead</h1><p>上海·浦东 · 25k–35k · Full-time</p><h2>职责</h2><ul><li>管理20人标注团队</li><li>制定标注规范与质检流程</li></ul><h2>要求</h2><ul><li>持有人工智能训练师三级及以上证书优先</li><li>3年以上数据标注经验</li></ul><p>投递：careers@shanzhi-tech.cn · HR 021-6105 3322</p></section>', "real job ad")
P("/shop/item-66120.html", "shop", "生成式人工智能系统应用员 课程 AIGC 提示词", None, None, [],
  '<nav class="crumb">优选商城 › 教育</nav><div class="item"><img src="../img/item-66120.jpg" alt="AIGC 应用员 课程封面"><div class="info"><h1>生成式人工智能系统应用员（4-04-05-13）入门课</h1><p class="price">¥399</p></div></div>'
  '<section class="desc"><p>本课程为 AIGC 应用技能课，不含任何证书报名。咨询 QQ 3029186645。</p></section>', "other occupation course")
P("/shop/help.html", "shop", "帮助中心 - 优选商城", None, None, [],
  '<h1>帮助中心</h1><h2>如何识别虚假证书商品？</h2><p>职业技能等级证书请到 zscx.osta.org.cn 核验。如有纠纷联系官方客服 400-820-3366 或拨打 12315。</p><h2>举报</h2><p>举报邮箱 report@youxuanmall.com</p>', "platform help page")
P("/ask/q-4480.html", "ask", "人工智能训练师证书在哪里查真伪？ - 问答圈", None, None, [],
  '<article class="q"><h1>人工智能训练师证书在哪里查真伪？</h1></article><div class="answers"><div class="a"><b>认证小白</b><p>zscx.osta.org.cn，输入姓名、证件号、证书编号。别信广告上的“内部查询网站”。</p></div><div class="a"><b>老HR</b><p>也可以打 12333 问。</p></div></div>', "Q&A with warnings only")
P("/pro/in/david-li-ml.html", "pro", "David Li 李大卫 - ML Engineer | ProLink", None, None, [],
  '<section class="card"><h1>David Li 李大卫</h1><p class="headline">Machine Learning Engineer · Beijing</p></section><section class="about"><p>I got my 人工智能训练师 Level 3 certificate last year. Happy to share study notes — not selling anything.</p></section><section class="lic"><h2>Licenses &amp; certifications</h2><p>人工智能训练师 三级 · 证书编号 S000013440002 3250 0019</p></section>', "genuine profile, no offer")
LISTS = {"/board/index.html": ("board", "分类信息 Classifieds - 海外华人圈", "/board/"), "/shop/index.html": ("shop", "优选商城 教育培训频道", "/shop/"),
         "/ask/index.html": ("ask", "问答圈 发现", "/ask/"), "/news/index.html": ("news", "教育 Education - 环球华语资讯", "/news/"),
         "/pro/index.html": ("pro", "ProLink 职联 Home", "/pro/")}

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    for lp, (st, t, pre) in LISTS.items():
        items = [p for p in PAGES if p["path"].startswith(pre)]
        body = '<h1>' + t + '</h1><ul class="list">' + "".join('<li><a href="' + posixpath.relpath(p["path"], pre) + '">' + p["title"] + '</a></li>' for p in items) + '</ul>'
        P(lp, st, t, None, None, [], body, "list page")
    secs = "".join('<li><a href="' + lp[1:] + '">' + v[1] + '</a></li>' for lp, v in LISTS.items())
    others = "".join('<li><a href="' + p["path"][1:] + '">' + p["title"] + '</a></li>' for p in PAGES if p["path"].startswith(("/sites/", "/notice/")))
    P("/index.html", "news", "华语资讯导航 Site directory", None, None, [], '<h1>站点目录 Directory</h1><ul>' + secs + '</ul><h2>机构网站与群公告 Sites &amp; notices</h2><ul>' + others + '</ul>', "root index")
    html = {}
    for p in PAGES:
        html[p["path"]] = render(p)
        fp = os.path.join(SITE, p["path"][1:]); os.makedirs(os.path.dirname(fp), exist_ok=True)
        open(fp, "w", encoding="utf-8").write(html[p["path"]])
    open(os.path.join(SITE, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
    DEC = [("phone", "12333", ["12333"], "人社 public policy hotline"), ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
           ("phone", "96110", ["96110"], "anti-fraud hotline in warnings"), ("domain", "osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
           ("domain", "ncb.edu.cn", ["vslc.ncb.edu.cn"], "official 1+X query site"), ("email", "admin@huarenquan.net", ["admin@huarenquan.net"], "board platform footer mailbox"),
           ("qq_group", "31827560", ["31827560"], "board platform's official QQ group in footer"), ("domain", "huarenquan.net", ["huarenquan.net"], "board platform domain in footer"),
           ("phone", "4008203366", ["400-820-3366"], "mall's own customer service"), ("uscc", SP, [SP], "mall operator's licence in footer"),
           ("domain", "youxuanmall.com", ["youxuanmall.com"], "mall domain in footer"), ("email", "help@wendaquan.com", ["help@wendaquan.com"], "Q&A site footer"),
           ("domain", "wendaquan.com", ["wendaquan.com"], "Q&A site domain"), ("email", "support@prolink.cn", ["support@prolink.cn"], "profile platform help mailbox"),
           ("domain", "fkw.com", ["fkw.com"], "site-builder credit"), ("domain", "jinshuju.net", ["jinshuju.net"], "form-tool credit"),
           ("phone", "+8613800138000", ["13800138000"], "template placeholder in form inputs"), ("phone", "+8675526718899", ["0755-2671 8899"], "assessment station quoted by sellers"),
           ("phone", "+862038025566", ["020-3802 5566"], "venue property-management number"), ("other", "15800231907", ["15800231907"], "course number that looks like a mobile"),
           ("other", "13920475516", ["13920475516"], "order number that looks like a mobile"), ("wechat", "lily_mom88", ["lily_mom88"], "a commenter's own WeChat on several sellers' pages"),
           ("phone", "+8617322884567", ["173 2288 4567"], "scammer number quoted in news and a complaint")]
    decoys = [dict(kind=k, value=v, written=w, paths=sorted(pp for pp, h in html.items() if any(x in h for x in w)), note=n) for k, v, w, n in DEC]
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"): ops.setdefault(p["op"], {"brands": [], "pages": []}); ops[p["op"]]["brands"].append(p["brand"]); ops[p["op"]]["pages"].append(p["path"])
    for k, o in ops.items():
        o["brands"] = sorted(set(o["brands"])); o["ties"] = "chain of shared seller identifiers across " + ", ".join(o.pop("pages"))
    truth = dict(description="12ax: bilingual / overseas-Chinese web of AI-trainer certificate sellers (boards, profiles, mall, Q&A, sites, notices)",
                 pages=[dict(path=p["path"], is_offer=bool(p["op"]), operator=p["op"], provider=p["brand"], identifiers=p["ids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])],
                 operators=ops, decoys=decoys)
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
main()
