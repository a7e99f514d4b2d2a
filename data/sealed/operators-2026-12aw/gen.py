#!/usr/bin/env python3
"""Generate a Henan-province test web of AI-trainer (人工智能训练师) certificate sellers."""
import json, os, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
AL = '0123456789ABCDEFGHJKLMNPQRTUWXY'

def uscc(head8, org8):
    v = [int(c, 36) for c in org8]
    c = 11 - sum(a * b for a, b in zip(v, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    s = head8 + org8 + {10: 'X', 11: '0'}.get(c, str(c))
    w = [pow(3, i, 31) for i in range(17)]
    r = 31 - sum(AL.index(ch) * w[i] for i, ch in enumerate(s)) % 31
    return s + AL[0 if r == 31 else r]

C_ZS = uscc('52410105', 'MA9F3K2L')   # 智数 school (民办非企业)
C_YZ = uscc('91410100', 'MA47UC8R')   # 豫智人才
C_YD = uscc('52410502', 'MA3X7D1P')   # 殷都 school

STYLE = {
 'fenlei': ('豫信分类网', '<a href="{r}index.html">导航首页</a> <a href="{r}fenlei/index.html">分类首页</a> <a href="{r}fenlei/index.html#edu">教育培训</a> <a href="{r}fenlei/index.html#job">求职招聘</a> <a href="{r}help/fenlei-help.html">帮助中心</a>',
            '<p>豫信分类网 · 河南本地分类信息 | 客服热线：4008-371-960 | 投诉邮箱：kefu@yuxinfenlei.com</p><p>豫ICP备2021003517号-2 本站信息由用户自行发布，交易前请核实对方资质</p>'),
 'bbs': ('大河社区 › 中原职场 › 考证交流', '<a href="{r}index.html">门户</a> <a href="{r}bbs/index.html">论坛首页</a> <a href="{r}bbs/index.html">考证交流</a> <a href="{r}bbs/index.html">郑州生活</a>',
         '<p>大河社区 Powered by Discuz! X3.4 | 大河社区官方QQ群：512360087 | 广告投诉请发帖至站务区</p>'),
 'mp': ('微文摘 · 公众号文章镜像', '<a href="{r}index.html">首页</a> <a href="{r}mp/index.html">教育</a> <a href="{r}mp/index.html">职场</a> <a href="{r}mp/index.html">热榜</a>',
        '<p>本站文章转载自微信公众平台，版权归原作者所有。侵权删除请联系 contact@wxwz8.net</p>'),
 'notes': ('豫见笔记', '<a href="{r}index.html">发现</a> <a href="{r}notes/index.html">笔记广场</a> <a href="{r}notes/index.html">考证</a>',
           '<p>豫见笔记 · 记录河南人的生活 | 官方小助手微信：yujian_zhushou | 社区公约</p>'),
 'jobs': ('中原英才网', '<a href="{r}index.html">首页</a> <a href="{r}jobs/index.html">职位搜索</a> <a href="{r}jobs/index.html">企业招聘</a> <a href="{r}jobs/index.html">求职防骗</a>',
          '<p>中原英才网 人力资源服务许可证 豫人社服〔2019〕0412号 | 客服电话：0371-55661200 | 求职过程中凡收取培训费、押金均可能涉嫌欺诈</p>'),
 'news': ('中原职教观察', '<a href="{r}index.html">首页</a> <a href="{r}news/policy-1.html">政策</a> <a href="{r}news/news-2.html">防骗</a> <a href="{r}news/news-3.html">职业</a> <a href="{r}tousu/thread-771.html">投诉</a>',
          '<p>中原职教观察 · 转载请注明出处</p>'),
 'tousu': ('豫消费投诉平台', '<a href="{r}index.html">首页</a> <a href="{r}tousu/thread-771.html">最新投诉</a> <a href="{r}news/news-2.html">消费警示</a>',
           '<p>豫消费投诉平台 · 投诉信息由消费者提供，平台仅做展示</p>'),
 'help': ('豫信分类网 帮助中心', '<a href="{r}index.html">导航首页</a> <a href="{r}fenlei/index.html">返回分类首页</a>',
          '<p>豫信分类网 · 客服热线：4008-371-960 · 投诉邮箱：kefu@yuxinfenlei.com</p>'),
 'portal': ('河南职培信息导航', '<a href="{r}fenlei/index.html">分类信息</a> <a href="{r}bbs/index.html">论坛</a> <a href="{r}mp/index.html">公众号</a> <a href="{r}notes/index.html">笔记</a> <a href="{r}jobs/index.html">招聘</a>', '<p>河南职培信息导航 2026</p>'),
}
SCHOOL = {
 'zhishu': ('郑州智数职业培训学校', [('index.html', '学校首页'), ('fees.html', '收费标准'), ('baoming.html', '在线报名')],
            '<p>郑州智数职业培训学校 版权所有 www.zzzhishu.cn 地址：郑州市金水区丰产路21号6楼</p><p>技术支持：中原云建站 zyyunjianzhan.com</p>'),
 'dingxin': ('新乡鼎信职业技能培训学校', [('index.html', '首页'), ('course-ai.html', '人工智能训练师')],
             '<p>Copyright © 新乡鼎信职业技能培训学校 dingxinpx.com 新乡市红旗区平原路与新一街交叉口</p><p>技术支持：中原云建站 zyyunjianzhan.com</p>'),
 'yindu': ('安阳殷都职业技能培训学校', [('index.html', '网站首页'), ('zhaosheng.html', '招生简章')],
           '<p>安阳殷都职业技能培训学校 yinduzp.cn 安阳市殷都区铁西路中段</p><p>技术支持：中原云建站 zyyunjianzhan.com</p>'),
}
PAGES = []

def P(path, style, title, body, op=None, prov=None, ids=(), note='', offer=None):
    PAGES.append(dict(path=path, style=style, title=title, body=body, is_offer=bool(op) if offer is None else offer,
                      operator=op, provider=prov, identifiers=[list(i) for i in ids], note=note))

def render(p):
    r = '../' * (p['path'].count('/') - 1)
    st = p['style']
    if st.startswith('school:'):
        name, nav, foot = SCHOOL[st[7:]]
        head = f'<div class="logo"><img src="{r}img/logo.png" alt="{name}校徽"><span>{name}</span></div>'
        navh = ' '.join(f'<a href="{f}">{t}</a>' for f, t in nav) + f' <a href="{r}index.html">河南职培导航</a>'
        side = '<aside class="side"><h3>快速通道</h3><ul><li>证书查询</li><li>常见问题</li><li>学员风采</li></ul></aside>'
    else:
        name, navh, foot = STYLE[st]
        head = f'<div class="logo">{name}</div>'
        navh = navh.format(r=r)
        side = '<aside class="side"><h3>热门推荐</h3><ul><li>本地热帖</li><li>猜你喜欢</li></ul><div class="ad">广告位招租</div></aside>' if st in ('fenlei', 'bbs', 'notes', 'jobs') else ''
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            f'<title>{p["title"]} - {name}</title>\n<link rel="stylesheet" href="{r}css/{st.split(":")[0]}.css">\n</head>\n<body class="{st.split(":")[0]}">\n'
            f'<!-- header -->\n<header>{head}</header>\n<nav>{navh}</nav>\n<div class="wrap">\n<main>\n{p["body"]}\n</main>\n{side}\n</div>\n'
            f'<footer>{foot}</footer>\n<!-- /footer -->\n</body>\n</html>\n')

def fl(no, city, date, attrs, text):
    rows = ''.join(f'<tr><th>{k}</th><td>{v}</td></tr>' for k, v in attrs)
    return (f'<div class="crumb">豫信分类网 &gt; {city} &gt; 教育培训 &gt; 职业技能</div>\n<div class="meta">信息编号：{no} | 发布时间：{date} | 浏览：{int(no) * 7 % 900 + 100}次</div>\n'
            f'<table class="attr">{rows}</table>\n<div class="desc">{text}</div>\n<div class="tip">温馨提示：豫信分类网不收取任何押金，请勿提前汇款，遇诈骗请拨打96110。</div>')

def th(title, posts):
    return f'<h1 class="thread">{title}</h1>\n' + '\n'.join(
        f'<div class="post" id="pid{i}"><div class="author">{u}<br><small>{t}</small></div><div class="msg">{m}</div><div class="floor">{i}#</div></div>'
        for i, (u, t, m) in enumerate(posts, 1))

def mp(acct, date, title, body):
    return (f'<div class="rich_media"><h1 class="rich_media_title">{title}</h1>\n<div class="meta"><span class="acct">{acct}</span> <em>{date}</em> 河南</div>\n'
            f'<div class="rich_media_content">{body}</div>\n<p class="src">阅读原文 · 阅读 {len(title) * 131} · 在看 {len(title)}</p></div>')

def note(user, date, title, body, comments):
    cm = ''.join(f'<li><b>{u}</b>：{c}</li>' for u, c in comments)
    return (f'<article class="note"><div class="user"><img src="../img/avatar.png" alt="{user}的头像"> {user}</div>\n<h1>{title}</h1>\n<div class="content">{body}</div>\n'
            f'<div class="date">编辑于 {date} 河南</div>\n<section class="comments"><h3>共 {len(comments)} 条评论</h3><ul>{cm}</ul></section></article>')

def job(title, sal, comp, info, desc, contact):
    rows = ''.join(f'<tr><th>{k}</th><td>{v}</td></tr>' for k, v in info)
    return (f'<div class="job-head"><h1>{title}</h1><span class="salary">{sal}</span></div>\n<div class="company"><h2>{comp}</h2><table>{rows}</table></div>\n'
            f'<section class="jd"><h3>职位描述</h3>{desc}</section>\n<section class="contact"><h3>联系方式</h3>{contact}</section>\n<button>投递简历</button>')

# ---------------- U01 郑州智数 / 豫才教育 ----------------
P('/school/zhishu/index.html', 'school:zhishu', '郑州智数职业培训学校-人工智能训练师培训',
  f'<div class="banner"><img src="../../img/banner1.jpg" alt="人工智能训练师 五级/四级/三级 2026春季班火热招生"></div>\n'
  '<section><h2>学校简介</h2><p>郑州智数职业培训学校是经郑州市金水区人社局批准成立的民办职业培训学校，'
  f'统一社会信用代码：{C_ZS}。主要开设人工智能训练师（4-04-05-05）、电子商务师、互联网营销师等新职业培训。</p></section>\n'
  '<section><h2>招生动态</h2><ul><li>【通知】人工智能训练师四级（中级工）4月开班，线下实训+线上题库</li><li>【政策】参保满一年可申领技能提升补贴，详询12333或本校老师</li>'
  '<li>证书可登录技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询</li></ul></section>\n'
  '<section class="tel"><h2>招生热线</h2><p>0371-6691 5208（周一至周六 9:00-17:30）</p></section>',
  'U01', '郑州智数职业培训学校', [('phone', '+8637166915208', '0371-6691 5208'), ('domain', 'zzzhishu.cn', 'www.zzzhishu.cn'), ('uscc', C_ZS, C_ZS)],
  'school home page advertising AI-trainer classes')
P('/school/zhishu/fees.html', 'school:zhishu', '收费标准',
  '<h1>2026年人工智能训练师培训收费标准</h1>\n<table class="fee"><tr><th>等级</th><th>课时</th><th>培训费</th><th>可申领补贴</th></tr>'
  '<tr><td>五级/初级工</td><td>60</td><td><del>2380元</del> 1800元</td><td>最高1000元</td></tr><tr><td>四级/中级工</td><td>50</td><td>2600元</td><td>最高1500元</td></tr>'
  '<tr><td>三级/高级工</td><td>40</td><td>3500元</td><td>最高2000元</td></tr></table>\n'
  '<p>认定考点：郑州金水职业技能鉴定站（考点咨询 0371-65958226），理论+实操各100分，60分合格。</p>\n'
  '<p>缴费咨询：137-0371-6284 周老师</p>',
  'U01', '郑州智数职业培训学校', [('domain', 'zzzhishu.cn', 'www.zzzhishu.cn'), ('phone', '+8613703716284', '137-0371-6284')], 'per-level fee table')
P('/school/zhishu/baoming.html', 'school:zhishu', '在线报名',
  '<h1>人工智能训练师 在线报名</h1>\n<form action="https://jinshuju.net/f/Zs2026ai" method="post"><label>姓名 <input name="name"></label>'
  '<label>手机 <input name="tel" placeholder="如：13800000000"></label><label>报考等级 <select name="lv"><option>五级</option><option>四级</option><option>三级</option></select></label>'
  '<button>提交报名</button></form>\n<p class="small">表单服务由 金数据 jinshuju.net 提供；手机号格式示例 13800000000</p>\n'
  '<p>报名老师电话：<a href="tel:+8613703716284">+86 137 0371 6284</a>，或添加 vx：zhishu_ai01 发送“姓名+等级”</p>',
  'U01', '郑州智数职业培训学校', [('domain', 'zzzhishu.cn', 'www.zzzhishu.cn'), ('phone', '+8613703716284', '+86 137 0371 6284'), ('wechat', 'zhishu_ai01', 'vx：zhishu_ai01')],
  'enrolment form page')
P('/fenlei/zz/post-1001.html', 'fenlei', '郑州 人工智能训练师四级三级报名 豫才教育 可申请补贴',
  fl('1001', '郑州', '2026-03-02', [('类别', '职业技能培训'), ('联系人', '周老师'), ('QQ', '2870014526'), ('区域', '金水区')],
     '<p>人工智能训练师（数据标注方向）四级、三级常年招生！理论+实操，网课+线下集中实训。学费<s>¥3980</s> 现价2680，符合条件者可申请技能提升补贴。</p>'
     '<p>咨询请加薇：Zhishu_AI01（备注“训练师”）</p>'),
  'U01', '豫才教育', [('qq', '2870014526', '2870014526'), ('wechat', 'zhishu_ai01', '薇：Zhishu_AI01')], 'classifieds post under another brand')
# ---------------- U02 洛阳启航 ----------------
P('/mp/s-qhjy-01.html', 'mp', '洛阳考点｜人工智能训练师开班通知',
  mp('洛阳启航技能培训', '2026-02-18', '洛阳考点｜人工智能训练师（4-04-05-05）3月开班通知',
     '<p>人工智能训练师是人社部等部门2020年发布的新职业，分数据标注员、人工智能算法测试员两个工种。</p><p><img src="../img/mp1.jpg" alt="启航培训中心实训教室"></p>'
     '<p>收费：五级 壹仟陆佰元，四级 两千二，报两级再减300。</p><p>证书编号示例：Y000041030005243000125（仅作样式展示）</p>'
     '<p>报名地址：洛阳市洛龙区开元大道218号<br>电话：0379-6435 2217<br>微信号：qh_jineng</p>'),
  'U02', '洛阳启航职业技能培训中心', [('phone', '+8637964352217', '0379-6435 2217'), ('wechat', 'qh_jineng', '微信号：qh_jineng')], 'WeChat article mirror, class notice')
P('/bbs/thread-3302.html', 'bbs', '洛阳哪里能考人工智能训练师？',
  th('洛阳哪里能考人工智能训练师？求靠谱机构', [
     ('洛浦秋风', '发表于 2026-03-01 21:14', '单位让考个人工智能训练师，洛阳本地有没有能报名的？不想被坑。'),
     ('mumu同学', '发表于 2026-03-01 22:05', '同求，有消息麻烦告诉我，我的vx: mumu_0371'),
     ('河洛数标-王老师', '发表于 2026-03-02 09:12', '我们这边能报，四级3k左右，含教材和实操，包食宿另算。加v：qh_jineng 或者直接打 158 3827 1946'),
     ('洛浦秋风', '发表于 2026-03-02 10:30', '谢谢，私聊了。')]),
  'U02', '河洛数标', [('wechat', 'qh_jineng', '加v：qh_jineng'), ('phone', '+8615838271946', '158 3827 1946')], 'forum thread, offer in a reply')
P('/notes/n-88231.html', 'notes', '零基础拿下AI训练师证',
  note('启航教育-小航', '03-05', '姐妹们‼️零基础也能拿的AI训练师证✨',
       '<p>宝妈/应届生都能报📚 人工智能训练师 数据标注方向，线上学+线下考，两个月拿证～</p><p>费用私信，大概一千多👌</p>'
       '<p>📞158🌟3827🌟1946</p><p>学习群：736104829</p><p>#人工智能训练师 #洛阳考证 #宝妈副业</p>',
       [('小鹿', '求费用'), ('启航教育-小航', '已私信～')]),
  'U02', '启航教育', [('phone', '+8615838271946', '158🌟3827🌟1946'), ('qq_group', '736104829', '学习群：736104829')], 'notes-app post')
P('/jobs/job-5521.html', 'jobs', '数据标注员（包培训考证）',
  job('数据标注员（包培训考人工智能训练师证）', '8-12K', '洛阳启航人力资源服务有限公司',
      [('行业', '人力资源服务'), ('规模', '20-99人'), ('地址', '洛阳市洛龙区')],
      '<p>1. 零经验可投，入职前统一参加人工智能训练师四级培训，培训费1980元（考证通过后分期返还）；</p><p>2. 考证后安排数据标注岗位，底薪+计件。</p>',
      '<p>简历投递：qihang_hr@163.com</p><p>求职QQ群 736 104 829</p>'),
  'U02', '洛阳启航人力资源服务有限公司', [('email', 'qihang_hr@163.com', 'qihang_hr@163.com'), ('qq_group', '736104829', '736 104 829')],
  'job ad that sells a paid course')
# ---------------- U03 新乡 牧野数智 / 鼎信 ----------------
P('/fenlei/xx/post-1017.html', 'fenlei', '新乡 人工智能训练师 三级 高级工 考证',
  fl('1017', '新乡', '2026-02-26', [('类别', '职业技能培训'), ('联系人', '刘经理'), ('电话', '189 3736 2150')],
     '<p>新乡牧野数智：AI训练师高级工，统一认定批次 14102506011，5月考试，名额有限。</p><p>价格：3k2，补贴后自费约1200。</p><p>QQ:1528736490</p>'),
  'U03', '牧野数智', [('phone', '+8618937362150', '189 3736 2150'), ('qq', '1528736490', 'QQ:1528736490')], 'classifieds post')
P('/school/dingxin/index.html', 'school:dingxin', '新乡鼎信职业技能培训学校',
  '<div class="banner"><img src="../../img/dx.jpg" alt="鼎信培训 人工智能训练师 电工 育婴员 招生"></div>\n'
  '<section><h2>热门课程</h2><ul><li><a href="course-ai.html">人工智能训练师（三级/四级）</a></li><li>电工（初级/中级）</li><li>育婴员</li></ul></section>\n'
  '<section><h2>联系我们</h2><table><tr><td>办公电话</td><td>0373-5087661</td></tr><tr><td>扣扣</td><td>一五二八七三六四九零</td></tr></table></section>',
  'U03', '新乡鼎信职业技能培训学校', [('phone', '+863735087661', '0373-5087661'), ('qq', '1528736490', '一五二八七三六四九零'), ('domain', 'dingxinpx.com', 'dingxinpx.com')],
  'training school home page listing the AI-trainer course')
P('/school/dingxin/course-ai.html', 'school:dingxin', '人工智能训练师培训',
  '<h1>人工智能训练师（AI Trainer）培训班</h1>\n<p>适合人群：从事数据标注、智能客服、算法测试相关工作满一年的人员。</p>\n'
  '<ul><li>四级：¥2,600</li><li>三级：¥3,200 → 补贴后仅需 1200</li></ul>\n<p>本期统一认定批次 14102506011。</p>\n'
  '<p>咨询电话：(0373)5087661　邮箱：dingxin_px(at)126.com</p>',
  'U03', '新乡鼎信职业技能培训学校', [('phone', '+863735087661', '(0373)5087661'), ('email', 'dingxin_px@126.com', 'dingxin_px(at)126.com'), ('domain', 'dingxinpx.com', 'dingxinpx.com')],
  'course page of the school site')
# ---------------- U04 南阳卓越 ----------------
P('/mp/s-zy-02.html', 'mp', '南阳也能考人工智能训练师了',
  mp('南阳卓越教育', '2026-01-20', '南阳也能考人工智能训练师了！附报考条件',
     '<p>人工智能训练师共五个等级，五级要求累计从事本职业或相关职业工作满1年。</p><p>我校代理报名四级、三级，四级2480元，三级3280元。</p>'
     '<p>证书全国联网可查：zscx.osta.org.cn</p><p>咨询微信：zy_edu668<br>报名资料发送至 zhuoyue_ny[at]qq点com</p>'),
  'U04', '南阳卓越教育', [('wechat', 'zy_edu668', '微信：zy_edu668'), ('email', 'zhuoyue_ny@qq.com', 'zhuoyue_ny[at]qq点com')], 'WeChat article mirror')
P('/notes/n-90417.html', 'notes', '南阳人看过来 AI训练师',
  note('卓越数标', '02-11', '南阳人看过来👀 AI训练师四级报名中',
       '<p>不用去郑州，南阳本地上课本地考～四级2.4k左右</p><p>资料邮箱 zhuoyue_ny@qq.com</p><p>电话１３５２３７７６１０５</p>',
       [('南阳小胖', '在职能报吗'), ('卓越数标', '可以的，周末班')]),
  'U04', '卓越数标', [('email', 'zhuoyue_ny@qq.com', 'zhuoyue_ny@qq.com'), ('phone', '+8613523776105', '１３５２３７７６１０５')], 'notes-app post')
P('/fenlei/ny/post-1033.html', 'fenlei', '南阳 宛城 AI训练师证 报名',
  fl('1033', '南阳', '2026-03-08', [('类别', '职业技能培训'), ('联系电话', '135-2377-6105'), ('区域', '宛城区')],
     '<p>宛城AI考证：人工智能训练师 四级/三级，数据标注员工种。课程两千多，考完可以申请补贴。</p><p>抖音：wancheng_ai 看往期学员拿证视频</p>'),
  'U04', '宛城AI考证', [('phone', '+8613523776105', '135-2377-6105'), ('other', 'wancheng_ai', '抖音：wancheng_ai')], 'classifieds post')
# ---------------- U05 豫智人才 / 中原智训 ----------------
P('/mp/s-yz-03.html', 'mp', '豫智人才 人工智能训练师招生简章',
  mp('豫智人才服务', '2026-02-02', '2026年人工智能训练师（四级/三级）招生简章',
     f'<p>河南豫智人才服务有限公司（统一社会信用代码 {C_YZ}）面向全省招收人工智能训练师学员。</p>'
     '<table><tr><th>等级</th><th>学费</th></tr><tr><td>四级</td><td>二千八百元</td></tr><tr><td>三级</td><td>三千六百元</td></tr></table>'
     '<p>补贴政策以河南省人社厅 hrss.henan.gov.cn 公布为准，政策咨询12333。</p><p>全省统一服务热线：400-655-7081</p>'),
  'U05', '河南豫智人才服务有限公司', [('uscc', C_YZ, C_YZ), ('phone', '4006557081', '400-655-7081')], 'WeChat article mirror, enrolment brochure')
P('/jobs/job-5540.html', 'jobs', 'AI训练师储备岗（带薪培训）',
  job('AI训练师储备岗（带薪培训考证）', '6-9K', '河南豫智人才服务有限公司',
      [('统一社会信用代码', C_YZ), ('规模', '100-499人'), ('地址', '郑州市郑东新区')],
      '<p>岗前须参加人工智能训练师三级培训并取证，培训费2980元先交，转正后返还50%。</p>',
      '<p>招聘专员 微信 yuzhi_rc</p>'),
  'U05', '豫智人才', [('uscc', C_YZ, C_YZ), ('wechat', 'yuzhi_rc', '微信 yuzhi_rc')], 'job ad selling a course')
P('/bbs/thread-3318.html', 'bbs', '郑州 AI训练师 三级 周末班',
  th('【郑州】AI训练师三级周末班，在职可报', [
     ('中原智训', '发表于 2026-02-20 14:02', '周末班，8个周末完成，3600全包（含认定费）。上课地点：郑州国家大学科技园（前台 0371-63880012）。<br>V：YuZhi_RC　Q:3361207745'),
     ('路过的老张', '发表于 2026-02-20 18:44', '三级要有四级证吧？'),
     ('中原智训', '发表于 2026-02-21 08:10', '大专以上相关专业有四级证+2年可以，具体私聊。')]),
  'U05', '中原智训', [('wechat', 'yuzhi_rc', 'V：YuZhi_RC'), ('qq', '3361207745', 'Q:3361207745')], 'forum offer thread by the seller')
P('/fenlei/zz/post-1046.html', 'fenlei', '人工智能训练师 中原智训学院 报名中',
  fl('1046', '郑州', '2026-03-11', [('类别', '职业技能培训'), ('联系人', '孙老师'), ('QQ', '扣 3361-207-745')],
     '<p>中原智训学院 AI trainer 高级工班，零基础先学四级。价格3.6k，报名即送题库。</p>'),
  'U05', '中原智训学院', [('qq', '3361207745', '扣 3361-207-745')], 'classifieds post')
# ---------------- U06 许昌晨光 / 鹰城 ----------------
P('/notes/n-91502.html', 'notes', '晨光教育 AI训练师',
  note('晨光教育', '02-27', '在许昌考了人工智能训练师四级，分享一下流程（附报名方式）',
       '<p>报名→网课→实操→认定，全程一个半月。我们机构四级1980，三级2980😊</p><p>证书编号示例：Y000041030005243000125</p>'
       '<p>抖音号：chenguangai2025 每晚8点直播答疑</p>', [('许昌小羊', '可以分期吗'), ('晨光教育', '可以的')]),
  'U06', '晨光教育', [('other', 'chenguangai2025', '抖音号：chenguangai2025')], 'notes post with enrolment')
P('/fenlei/xc/post-1052.html', 'fenlei', '许昌 人工智能训练师 培训考证',
  fl('1052', '许昌', '2026-03-03', [('类别', '职业技能培训'), ('联系电话', '176 9845 2031')],
     '<p>许昌晨光职业培训：人工智能训练师五级、四级，一千九起。dy搜 chenguangai2025 看课程。</p>'),
  'U06', '许昌晨光职业培训', [('phone', '+8617698452031', '176 9845 2031'), ('other', 'chenguangai2025', 'dy搜 chenguangai2025')], 'classifieds post')
P('/mp/s-cg-04.html', 'mp', '平顶山数据标注基地招生',
  mp('鹰城数据标注基地', '2026-03-09', '平顶山数据标注基地｜学技能+考证一站式',
     '<p>基地承接数据标注项目，学员结业可考人工智能训练师（数据标注员）四级。学费：<b>1980</b>元。</p>'
     '<p>在线报名：jinshuju.net/f/Ycbz26</p><p>联系电话 176-9845-2031 ｜ vx: cgjy2025</p>'),
  'U06', '鹰城数据标注基地', [('phone', '+8617698452031', '176-9845-2031'), ('wechat', 'cgjy2025', 'vx: cgjy2025')], 'WeChat article mirror')
# ---------------- U07 焦作 ----------------
P('/bbs/thread-3340.html', 'bbs', '焦作 人工智能训练师 四级 开班',
  th('焦作人工智能训练师四级开班啦', [
     ('焦作智联技能', '发表于 2026-02-15 10:20', '四级班，统一认定批次 14102506011，学费一千八。群号695213078 ，wx：hc_zhilian'),
     ('mumu同学', '发表于 2026-02-16 12:00', '郑州的能去焦作考吗？我的vx: mumu_0371'),
     ('焦作智联技能', '发表于 2026-02-16 13:45', '可以，私聊。')]),
  'U07', '焦作智联技能', [('qq_group', '695213078', '群号695213078'), ('wechat', 'hc_zhilian', 'wx：hc_zhilian')], 'forum offer thread')
P('/fenlei/jz/post-1068.html', 'fenlei', '焦作 怀川职培 人工智能训练师',
  fl('1068', '焦作', '2026-02-28', [('类别', '职业技能培训'), ('电话', '0391-3568 420')],
     '<p>怀川职培：人工智能训练师/数据标注员 四级，1800元，补贴最高1500。V：hc_zhilian</p>'),
  'U07', '怀川职培', [('phone', '+863913568420', '0391-3568 420'), ('wechat', 'hc_zhilian', 'V：hc_zhilian')], 'classifieds post')
P('/notes/n-92033.html', 'notes', '焦作考AI训练师',
  note('怀川职培学堂', '03-10', '焦作本地考AI训练师📝四级一千八',
       '<p>课程包含Python基础、数据标注工具、模型测试～</p><p>☎️0391-3568420</p>', [('山阳', '周末有课吗')]),
  'U07', '怀川职培学堂', [('phone', '+863913568420', '0391-3568420')], 'notes-app post')
# ---------------- U08 数智未来 ----------------
P('/mp/s-sz-05.html', 'mp', '数智未来 AI训练师就业班',
  mp('数智未来教育', '2026-01-30', 'AI训练师就业班｜学完推荐数据标注岗位',
     '<p>课程对标《人工智能训练师国家职业技能标准（2021年版）》，四级3k，三级4k，两级连报6.5k。</p>'
     '<p>上课地点：郑州国家大学科技园（前台 0371-63880012）</p><p>官网 www.szwl-edu.com ｜ 邮箱 szweilai＠sina.com</p>'),
  'U08', '数智未来教育', [('domain', 'szwl-edu.com', 'www.szwl-edu.com'), ('email', 'szweilai@sina.com', 'szweilai＠sina.com')], 'WeChat article mirror')
P('/jobs/job-5563.html', 'jobs', '人工智能训练师学徒',
  job('人工智能训练师（学徒，可考证）', '5-8K', '郑州数智未来科技有限公司', [('行业', '互联网'), ('地址', '郑州市郑东新区')],
      '<p>学徒期需参加公司合作的人工智能训练师培训（费用3000元，可贷款分期），考取四级证书后上岗。</p>',
      '<p>HR邮箱：szweilai@sina.com　电话：13838056217</p>'),
  'U08', '郑州数智未来科技有限公司', [('email', 'szweilai@sina.com', 'szweilai@sina.com'), ('phone', '+8613838056217', '13838056217')], 'job ad selling training')
P('/fenlei/zz/post-1075.html', 'fenlei', '郑东AI训练营 人工智能训练师',
  fl('1075', '郑州', '2026-03-15', [('类别', '职业技能培训'), ('联系人', '陈老师')],
     '<p>郑东AI训练营：人工智能训练师两级连报，原价7800，现6500。考点：郑州金水职业技能鉴定站（0371-65958226）。</p>'
     '<p>电话：壹叁捌叁捌零伍陆贰壹柒</p>'),
  'U08', '郑东AI训练营', [('phone', '+8613838056217', '壹叁捌叁捌零伍陆贰壹柒')], 'classifieds post')
P('/bbs/thread-3355.html', 'bbs', 'AI训练师 宇航教育',
  th('想转行AI的看过来，训练师证+就业推荐', [
     ('宇航教育', '发表于 2026-03-12 16:30', '人工智能训练师四级/三级，学完推荐数据标注岗位，费用3k起。详情见官网 szwl-edu点com'),
     ('小白一枚', '发表于 2026-03-12 19:02', '推荐就业靠谱吗？'),
     ('宇航教育', '发表于 2026-03-12 19:30', '有合作企业，欢迎来实地看')]),
  'U08', '宇航教育', [('domain', 'szwl-edu.com', 'szwl-edu点com')], 'forum offer thread')
# ---------------- U09 安阳 ----------------
P('/school/yindu/index.html', 'school:yindu', '安阳殷都职业技能培训学校',
  f'<div class="banner"><img src="../../img/yd.jpg" alt="殷都培训学校 人工智能训练师招生"></div>\n<p>本校为民办职业培训学校，统一社会信用代码 {C_YD}。</p>\n'
  '<ul><li><a href="zhaosheng.html">2026年人工智能训练师招生简章</a></li><li>学校电话：0372-2265318</li></ul>',
  'U09', '安阳殷都职业技能培训学校', [('uscc', C_YD, C_YD), ('phone', '+863722265318', '0372-2265318'), ('domain', 'yinduzp.cn', 'yinduzp.cn')], 'school home page')
P('/school/yindu/zhaosheng.html', 'school:yindu', '招生简章',
  f'<h1>2026年人工智能训练师招生简章</h1>\n<p>办学单位：安阳殷都职业技能培训学校（{C_YD}）</p>\n'
  '<table><tr><th>等级</th><th>培训费</th></tr><tr><td>五级</td><td>1600元</td></tr><tr><td>四级</td><td>2200元</td></tr></table>\n'
  '<p>证书查询：jndj.osta.org.cn；补贴政策见 hrss.henan.gov.cn</p>\n<form><input placeholder="手机号，如13800000000"><button>预约</button></form>\n<p>声明：近期有人冒用我校名义使用号码17731056689收费，与本校无关。</p>\n<p>招生办：156 3729 0418</p>',
  'U09', '安阳殷都职业技能培训学校', [('uscc', C_YD, C_YD), ('phone', '+8615637290418', '156 3729 0418'), ('domain', 'yinduzp.cn', 'yinduzp.cn')], 'enrolment brochure page')
P('/mp/s-ad-06.html', 'mp', '安阳智培 人工智能训练师',
  mp('安阳智培', '2026-02-22', '安阳｜人工智能训练师四级 3月班',
     '<p>四级两千二，五级一千六，安阳本地考。</p><p>电话：+86-15637290418 加微：adzp_0372</p>'),
  'U09', '安阳智培', [('phone', '+8615637290418', '+86-15637290418'), ('wechat', 'adzp_0372', '加微：adzp_0372')], 'WeChat article mirror')
# ---------------- independents ----------------
P('/fenlei/zz/post-1088.html', 'fenlei', '代报人工智能训练师三级',
  fl('1088', '郑州', '2026-03-18', [('类别', '职业技能培训'), ('联系人', '李女士（个人）'), ('电话', '186 0371 1427')],
     '<p>个人代报人工智能训练师三级，考点郑州金水职业技能鉴定站（0371-65958226），费用两千五百元，不过退一半。</p>'),
  'I01', '李女士（个人）', [('phone', '+8618603711427', '186 0371 1427')], 'individual reseller post')
P('/notes/n-93310.html', 'notes', '小林老师 AI训练师辅导',
  note('小林老师', '03-14', 'AI训练师四级一对一辅导，题库+实操🎯',
       '<p>带过200+学员，四级辅导1280，报名费另算。</p><p>vx➕linlaoshi_ai</p>', [('阿哲', '三级能带吗')]),
  'I02', '小林老师', [('wechat', 'linlaoshi_ai', 'vx➕linlaoshi_ai')], 'notes-app tutor post')
P('/bbs/thread-3371.html', 'bbs', '信阳 人工智能训练师 两级连报',
  th('信阳茶都教育：人工智能训练师四级+三级连报', [
     ('信阳茶都教育', '发表于 2026-03-16 09:00', '两级连报8k，单报四级4.2k。QQ 2219083365'),
     ('浉河人', '发表于 2026-03-16 11:11', '连报不符合条件吧，四级拿证后还要工作年限')]),
  'I03', '信阳茶都教育', [('qq', '2219083365', 'QQ 2219083365')], 'forum offer thread')
P('/mp/s-zk-07.html', 'mp', '周口育才 人工智能训练师',
  mp('周口育才职业培训学校', '2026-03-01', '周口育才｜人工智能训练师（Artificial Intelligence Trainer）五级班招生',
     '<p>五级（初级工）1500元，60课时。证书可在 zscx.osta.org.cn 查询。</p><p>报名表：jinshuju.net/f/Zkyc5</p>'
     '<p>电话 0394-8216557　邮箱 zkyucai@163.com</p>'),
  'I04', '周口育才职业培训学校', [('phone', '+863948216557', '0394-8216557'), ('email', 'zkyucai@163.com', 'zkyucai@163.com')], 'WeChat article mirror')
P('/fenlei/sq/post-1094.html', 'fenlei', '商丘 人工知能训练师 培训',
  fl('1094', '商丘', '2026-03-20', [('类别', '职业技能培训'), ('电话', '151 0370 6692')],
     '<p>商丘睢阳技能培训：人工知能训练师（数据标注）五级四级，一千五起，可开发票，正规经营欢迎12315监督。</p>'),
  'I05', '商丘睢阳技能培训', [('phone', '+8615103706692', '151 0370 6692')], 'classifieds post, misspelled occupation')
P('/mp/s-lh-08.html', 'mp', '漯河数标学院 招生',
  mp('漯河数标学院', '2026-02-10', '漯河数标学院｜数据标注员四级认定班',
     '<p>数据标注员四级（中级工）培训+认定，共2300元。证书查询 jndj.osta.org.cn</p><p>微信 lhsb_2024 / QQ 1046782359</p>'),
  'I06', '漯河数标学院', [('wechat', 'lhsb_2024', '微信 lhsb_2024'), ('qq', '1046782359', 'QQ 1046782359')], 'WeChat article mirror, occupation implied by work type')
# ---------------- non-offers ----------------
P('/news/policy-1.html', 'news', '河南技能提升补贴政策解读',
  '<article><h1>一图读懂：职业技能提升补贴怎么领？</h1><p>参保职工取得职业技能等级证书的，可申领技能提升补贴，五级、四级、三级最高分别为1000元、1500元、2000元。二级、一级无此项补贴。</p>'
  '<p>证书真伪请到 zscx.osta.org.cn 查询，办理入口见河南省人社厅网站 hrss.henan.gov.cn，咨询电话12333。</p></article>',
  note='policy explainer')
P('/news/news-2.html', 'news', '警惕包过人工智能训练师证骗局',
  '<article><h1>警惕！“包过”“人社部颁发”的AI训练师证多为骗局</h1><p>近期有市民反映，号码17731056689的“老师”收费后失联。职业技能等级证书由备案评价机构颁发，并非人社部颁发。</p>'
  '<p>遇到此类情况可拨打12315投诉，或拨打96110反诈专线咨询。</p></article>', note='scam warning news')
P('/news/news-3.html', 'news', '人工智能训练师与生成式人工智能系统应用员',
  '<article><h1>人工智能训练师（4-04-05-05）和生成式人工智能系统应用员（4-04-05-13）不是一回事</h1>'
  '<p>前者有数据标注员、人工智能算法测试员两个工种，五个等级。证书编号示例：Y000041030005243000125，证书可通过 jndj.osta.org.cn 查询。</p></article>', note='occupation explainer')
P('/tousu/thread-771.html', 'tousu', '交了3800元考AI训练师证，老师失联',
  '<h1>[投诉] 交了3800元考AI训练师证，老师失联</h1><table class="case"><tr><th>投诉对象</th><td>某教育咨询工作室</td></tr><tr><th>诉求</th><td>退款</td></tr><tr><th>状态</th><td>处理中</td></tr></table>'
  '<div class="post">对方手机17731056689，说人社部颁发包过，交钱后拉黑。已打12315和12333。</div>'
  '<div class="reply">网友：可以再打96110咨询一下。</div>', note='complaint thread')
P('/jobs/job-5501.html', 'jobs', '数据标注员（郑州）',
  job('数据标注员', '4.5-6K', '郑州中原智算科技有限公司', [('行业', '人工智能'), ('规模', '500-999人')],
      '<p>负责图片、文本数据标注与质检，不收取任何费用，公司提供岗前培训。有人工智能训练师证书者优先。</p>', '<p>HR邮箱：hr@zyzhisuan.com</p>'),
  note='real job ad, no fee')
P('/fenlei/zz/post-1099.html', 'fenlei', '郑州 育婴员 培训',
  fl('1099', '郑州', '2026-03-19', [('类别', '职业技能培训'), ('电话', '135 9801 2264')], '<p>育婴员五级、四级培训，小班授课。</p>'), note='another occupation course')
P('/help/fenlei-help.html', 'help', '发布信息须知',
  '<h1>发布职业培训类信息须知</h1><ol><li>须提供办学许可或营业执照；</li><li>不得使用“包过”“人社部颁发”等用语；</li><li>如有疑问请联系客服。</li></ol>', note='platform help page')
P('/notes/n-94001.html', 'notes', '我考AI训练师四级的真实经历',
  note('一只河南打工人', '03-12', '真实经历｜自己在单位报名考了AI训练师四级',
       '<p>单位统一组织，没交钱给中介。提醒大家：收了钱说包过的都别信，被骗了打96110。</p>', [('mumu同学', '羡慕')]), note='experience share, no sale')
P('/bbs/thread-3390.html', 'bbs', 'AI训练师证有用吗',
  th('人工智能训练师证到底有没有用？', [
     ('中原码农', '发表于 2026-03-18 20:00', '身边好多人在考，真的有用吗？'),
     ('mumu同学', '发表于 2026-03-18 20:30', '我也在纠结，懂的加我 vx: mumu_0371 交流'),
     ('老司机', '发表于 2026-03-18 21:10', '小心17731056689这个号，收钱跑路的')]), note='forum discussion')

SECTIONS = [('fenlei', '分类信息'), ('bbs', '论坛'), ('mp', '公众号文章'), ('notes', '笔记'), ('jobs', '招聘')]
for sec, name in SECTIONS:
    items = ''.join(f'<li><a href="..{p["path"]}">{p["title"]}</a></li>' for p in PAGES if p['path'].startswith('/' + sec + '/'))
    P(f'/{sec}/index.html', sec, name, f'<h1>{name}</h1><a id="edu"></a><a id="job"></a><ul class="list">{items}</ul>', note='list page')
allp = ''.join(f'<li><a href="{p["path"][1:]}">{p["title"]}</a></li>' for p in PAGES)
P('/index.html', 'portal', '河南职培信息导航', f'<h1>河南职培信息导航</h1><ul class="list">{allp}</ul>', note='portal index')

DECOYS = [
 ('phone', '12333', ['12333'], '人社 public hotline'),
 ('phone', '12315', ['12315'], 'market-regulation complaint hotline'),
 ('phone', '96110', ['96110'], 'anti-fraud hotline'),
 ('phone', '4008371960', ['4008-371-960'], 'classifieds platform customer service in every footer'),
 ('email', 'kefu@yuxinfenlei.com', ['kefu@yuxinfenlei.com'], 'classifieds platform mailbox'),
 ('qq_group', '512360087', ['512360087'], 'forum official QQ group in footer'),
 ('email', 'contact@wxwz8.net', ['contact@wxwz8.net'], 'WeChat mirror site footer'),
 ('wechat', 'yujian_zhushou', ['yujian_zhushou'], 'notes app official helper'),
 ('phone', '+8637155661200', ['0371-55661200'], 'job board customer service'),
 ('domain', 'osta.org.cn', ['zscx.osta.org.cn', 'jndj.osta.org.cn'], 'official certificate query sites'),
 ('domain', 'henan.gov.cn', ['hrss.henan.gov.cn'], 'provincial HRSS department'),
 ('phone', '+8637165958226', ['0371-65958226'], 'assessment station quoted by several sellers'),
 ('phone', '+8637163880012', ['0371-63880012'], 'training venue front desk quoted by several sellers'),
 ('domain', 'zyyunjianzhan.com', ['zyyunjianzhan.com'], 'site builder credit'),
 ('domain', 'jinshuju.net', ['jinshuju.net'], 'form tool'),
 ('phone', '+8613800000000', ['13800000000'], 'template placeholder'),
 ('other', '14102506011', ['14102506011'], 'assessment batch number that looks like a mobile'),
 ('other', 'Y000041030005243000125', ['Y000041030005243000125'], 'sample certificate number'),
 ('wechat', 'mumu_0371', ['mumu_0371'], 'a commenter/buyer own contact'),
 ('phone', '+8617731056689', ['17731056689'], 'scammer number quoted in warnings'),
]

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    for p in PAGES:
        f = os.path.join(SITE, p['path'][1:]); os.makedirs(os.path.dirname(f), exist_ok=True)
        p['html'] = render(p)
        open(f, 'w', encoding='utf-8').write(p['html'])
    open(os.path.join(SITE, 'robots.txt'), 'w').write('User-agent: *\nAllow: /\n')
    dec = [dict(kind=k, value=v, written=w, paths=sorted(p['path'] for p in PAGES if any(x in p['html'] for x in w)), note=n)
           for k, v, w, n in DECOYS]
    ops = {}
    for p in PAGES:
        if p['operator']:
            o = ops.setdefault(p['operator'], {'brands': [], 'ties': ''})
            if p['provider'] not in o['brands']: o['brands'].append(p['provider'])
    for k, o in ops.items():
        pg = [p for p in PAGES if p['operator'] == k]
        o['ties'] = '; '.join(p['path'] + ': ' + ', '.join(f'{i[0]}={i[1]}' for i in p['identifiers']) for p in pg)
    truth = dict(description='Henan-province web (classifieds board, forum, school sites, WeChat mirrors, job board, notes app, complaint site) '
                 'of 人工智能训练师 certificate sellers; operators tied by chains of shared identifiers.',
                 pages=[{k: p[k] for k in ('path', 'is_offer', 'operator', 'provider', 'identifiers', 'note')} for p in PAGES],
                 operators=ops, decoys=dec)
    json.dump(truth, open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()
