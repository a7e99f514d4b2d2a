#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate pages.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
"""
import html
import json
import os
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [pow(3, i, 31) for i in range(17)]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def uscc(prefix8, org8):
    s = sum(_orgval(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    assert len(body) == 17 and all(ch in ALPHA for ch in body), body
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC))
    r = 31 - t % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]


C_U01 = uscc("91110108", "MA01K7Q3")   # 智训未来（北京）教育科技有限公司
C_U02 = uscc("91110105", "MA02B4R8")   # 中鉴华职（北京）教育科技有限公司
C_U03 = uscc("52210102", "55093417")   # 沈阳市和平区启航职业培训学校（民办非企业）
C_U08 = uscc("91220102", "MA14W6N2")   # 吉林省智才人力资源服务有限公司
C_SHOP = uscc("91330106", "MA2H0K5T")  # 优选商城平台运营方

# ---------------------------------------------------------------- sites
SITES = [
    ("zxwl", "智训未来教育", "training-company site of a national brand"),
    ("xuekewang", "学课网", "course marketplace"),
    ("lsbbs", "辽沈生活论坛", "forum"),
    ("fenlei", "东北分类信息网", "classifieds"),
    ("zhiwen", "知问", "Q&A community"),
    ("gzh", "公众号精选", "WeChat-article repost site"),
    ("kvideo", "快看短视频", "short-video pages"),
    ("news", "东北新闻在线", "regional news portal"),
    ("ldzy", "辽东职业技术学院继续教育学院", "college continuing-education site"),
    ("rsj", "辽东市人力资源和社会保障局", "人社局-style notice site"),
    ("shop", "优选商城", "e-commerce shop platform"),
]
SITE_NAME = {k: n for k, n, _ in SITES}

FOOTERS = {
    "zxwl": '<div class="ft">智训未来（北京）教育科技有限公司 版权所有 | 统一社会信用代码：%s<br>全国咨询热线：400-806-3721 | 邮箱：service@zhixunweilai.com | 官网：www.zhixunweilai.com | 京ICP备17052286号-1</div>' % C_U01,
    "xuekewang": '<div class="foot"><p>学课网 www.xuekewang.com —— 让学习更简单</p><p>平台客服热线：400-650-1177（9:00-21:00） 投诉建议：kefu@xuekewang.com</p><p>京ICP备19043127号-2 | 平台仅提供信息展示，课程由入驻机构提供</p></div>',
    "lsbbs": '<div id="footer">辽沈生活论坛 lsbbs.net · 论坛QQ交流群：562081347 · 版主招募中<br>Powered by Discuz! X3.4 · 本帖观点不代表本站立场</div>',
    "fenlei": '<footer class="fl-foot">东北分类信息网 | 客服电话：0431-81926600 | 吉ICP备18002741号-3 | 提醒：交易前请核实对方资质，凡要求预付定金的请谨慎</footer>',
    "zhiwen": '<div class="zw-foot">知问 © 2025 | 侵权举报：jubao@zhiwen.cn | 回答内容由网友提供，仅供参考</div>',
    "gzh": '<div class="g-foot">本站文章转载自微信公众号，版权归原作者所有，如有侵权请联系 gzhjx@foxmail.com 删除<br>辽ICP备2021006653号-1</div>',
    "kvideo": '<div class="kv-foot">快看短视频 | 违法和不良信息举报：jubao@kkvideo.cn | 京ICP备20011873号-5 | 未成年人守护</div>',
    "news": '<div class="nfoot">东北新闻在线 版权所有 未经授权禁止转载 | 新闻热线：024-22873300 | 投稿邮箱：news@dbxwzx.com</div>',
    "ldzy": '<div class="cfoot">辽东职业技术学院继续教育学院 | 地址：辽东市滨江路88号 实训楼A座 | 咨询电话：0415-3126680 | 邮箱：jxjy@ldzy.edu.cn | www.ldzy.edu.cn</div>',
    "rsj": '<div class="gfoot">主办：辽东市人力资源和社会保障局 | 政务服务热线：12333 | 网站标识码 2106000007 | 建议使用1366×768分辨率浏览</div>',
    "shop": '<div class="sfoot">优选商城 正品保障 | 平台客服：400 820 5513 | 支付由支付宝担保，支付宝客服 95188 | 平台运营方营业执照 统一社会信用代码 %s</div>' % C_SHOP,
}

STYLES = {
    "zxwl": "body{font-family:微软雅黑;margin:0}.top{background:#0a4da2;color:#fff;padding:10px}.ft{background:#222;color:#aaa;padding:12px;font-size:12px}",
    "xuekewang": "body{background:#f5f5f5}.hd{background:#ff6a00;color:#fff}.card{background:#fff;margin:8px;padding:8px}",
    "lsbbs": "body{font:12px Tahoma}table.t{width:100%;border:1px solid #cde}.pl{background:#e5edf2}",
    "fenlei": "body{font-size:14px}.fl-head{background:#2b8a3e;color:#fff}.info{border:1px dashed #999}",
    "zhiwen": "body{max-width:760px;margin:auto}.ans{border-top:1px solid #eee;padding:6px}",
    "gzh": "body{max-width:680px;margin:auto;font-size:16px;line-height:1.8}.meta{color:#888}",
    "kvideo": "body{background:#161823;color:#eee}.player{background:#000;height:240px}",
    "news": "body{font-family:宋体}.nhead{border-bottom:3px solid #c00}",
    "ldzy": "body{font-family:微软雅黑}.chead{background:#004c97;color:#fff}",
    "rsj": "body{font-family:宋体}.ghead{background:#b30000;color:#fff}.gtitle{text-align:center}",
    "shop": "body{font-size:12px}.shead{background:#e4393c;color:#fff}.price{color:#e4393c;font-size:20px}",
}

MENUS = {
    "zxwl": ["首页", "人工智能训练师", "数据标注员", "补贴政策", "新闻动态", "关于我们"],
    "xuekewang": ["首页", "职业技能", "IT互联网", "考证", "名师", "入驻机构"],
    "lsbbs": ["论坛首页", "沈阳生活", "大连生活", "职场与培训", "二手交易", "投诉曝光"],
    "fenlei": ["首页", "招聘", "教育培训", "二手", "房产", "本地服务"],
    "zhiwen": ["首页", "职业考证", "教育", "热门问题", "我要提问"],
    "gzh": ["首页", "职场", "教育", "科技", "本地"],
    "kvideo": ["推荐", "关注", "同城", "知识", "直播"],
    "news": ["首页", "辽宁", "吉林", "社会", "教育", "财经", "曝光台"],
    "ldzy": ["学院首页", "学院概况", "招生信息", "培训项目", "通知公告", "联系我们"],
    "rsj": ["首页", "政务公开", "政策文件", "通知公告", "办事服务", "互动交流"],
    "shop": ["首页", "教育培训", "职业考证", "图书", "店铺街"],
}

SIDEBARS = {
    "zxwl": "<b>热门课程</b><ul><li>人工智能训练师四级</li><li>人工智能训练师三级</li><li>数据标注实训营</li></ul><b>开班城市</b><p>沈阳 · 大连 · 长春 · 吉林 · 哈尔滨</p>",
    "xuekewang": "<b>猜你喜欢</b><ul><li>Python数据分析入门</li><li>健康管理师考前冲刺</li><li>CAD制图零基础</li></ul><b>学习保障</b><p>7天无理由退课（以机构规则为准）</p>",
    "lsbbs": "<b>版块公告</b><p>职场与培训版禁止无资质机构发广告，违者删帖。</p><b>热帖</b><ul><li>沈阳社保断缴怎么补</li><li>大连落户最新政策</li></ul>",
    "fenlei": "<b>安全提示</b><p>求职/培训请勿缴纳押金；凡声称“包过”“内部渠道”的请提高警惕。</p><b>热门城市</b><p>沈阳 长春 吉林 大连 鞍山 四平</p>",
    "zhiwen": "<b>相关问题</b><ul><li>数据标注员工作辛苦吗</li><li>职业技能等级证书有什么用</li><li>CAIE证书含金量</li></ul>",
    "gzh": "<b>热门文章</b><ul><li>2025年辽宁社保缴费基数公布</li><li>考证党必看：这些证书已取消</li></ul>",
    "kvideo": "<b>相关推荐</b><ul><li>数据标注一天能挣多少</li><li>AI副业真实体验</li><li>考证避坑指南</li></ul>",
    "news": "<b>排行榜</b><ol><li>沈阳地铁新线路开通</li><li>长春冰雪季启动</li><li>警惕冒充社保局诈骗</li></ol>",
    "ldzy": "<b>快速通道</b><ul><li>成人学历教育</li><li>社会培训</li><li>职业技能等级认定</li></ul>",
    "rsj": "<b>办事服务</b><ul><li>社保查询</li><li>就业登记</li><li>职业技能等级证书查询</li></ul>",
    "shop": "<b>店铺推荐</b><ul><li>考证资料专营</li><li>办公软件课程</li></ul><b>服务</b><p>正品保障 · 极速退款</p>",
}

pages = []


def add(site, name, title, body, offer=False, op=None, provider=None, ids=None, note="", crumb=None):
    pages.append(dict(site=site, name=name, title=title, body=body, offer=offer, op=op,
                      provider=provider, ids=ids or [], note=note, crumb=crumb or title))


# ================================================================ zxwl (U01 own site)
add("zxwl", "index.html", "智训未来教育-人工智能训练师职业技能等级认定培训_数据标注员培训",
    """<h1>人工智能训练师（4-04-05-05）职业技能等级认定培训</h1>
<p>智训未来教育专注新职业培训，已在沈阳、大连、长春、吉林开班。课程依据《人工智能训练师国家职业技能标准（2021年版）》设计，理论约30%，实操约70%。</p>
<div class="cards">
<div class="c"><h3>五级/初级工</h3><p>60课时｜数据采集与标注基础｜¥1680</p><p>申报条件：从事本职业或相关职业累计1年（含）以上，或本职业学徒期满。</p></div>
<div class="c"><h3>四级/中级工</h3><p>50课时｜数据标注、智能系统运维｜¥2380</p></div>
<div class="c"><h3>三级/高级工</h3><p>40课时｜业务分析、智能训练、培训与指导｜¥3280</p></div>
</div>
<p>证书为职业技能等级证书，由经人社部门备案的评价机构颁发，可在 jndj.osta.org.cn 查询。符合条件的参保职工可按规定申领失业保险技能提升补贴（五级最高1000元、四级1500元、三级2000元），以当地人社部门审核为准，政策咨询可拨打12333。</p>
<p class="cta">全国咨询热线：400-806-3721　<a href="kc-siji.html">查看沈阳四级班详情 &gt;&gt;</a></p>""",
    True, "U01", "智训未来教育",
    [["phone", "4008063721", "400-806-3721"], ["domain", "zhixunweilai.com", "www.zhixunweilai.com"],
     ["email", "service@zhixunweilai.com", "service@zhixunweilai.com"], ["uscc", C_U01, C_U01],
     ["other", "京ICP备17052286号-1", "京ICP备17052286号-1"]],
    "U01 brand homepage with course cards and prices (honest)", "首页")

add("zxwl", "kc-siji.html", "人工智能训练师四级（中级工）沈阳周末班-智训未来教育",
    """<h1>人工智能训练师四级（中级工）沈阳周末班</h1>
<table border="1"><tr><td>开班时间</td><td>每月第二个周六</td></tr><tr><td>课时</td><td>50课时（线上理论+线下实操）</td></tr>
<tr><td>学费</td><td>¥2380（含教材、实训平台账号；认定费按评价机构标准另行收取）</td></tr>
<tr><td>认定内容</td><td>理论知识考试+操作技能考核，均百分制，60分合格</td></tr></table>
<h3>申报条件（四级）</h3><p>取得五级证书后从事本职业4年；或累计从事本职业6年；或技工学校、中职相关专业毕业生（含应届）。报名前请先由老师核对您的条件，不符合条件不收费。</p>
<h3>考点</h3><p>沈阳考点：和平区南京南街智汇大厦5楼（考点前台：024-23286610，仅负责考场事务，不接受报名咨询）。</p>
<p>智训未来教育沈阳分校报名：王老师 138-4012-7765　总部热线：400-806-3721</p>""",
    True, "U01", "智训未来教育沈阳分校",
    [["phone", "4008063721", "400-806-3721"], ["phone", "+8613840127765", "138-4012-7765"],
     ["domain", "zhixunweilai.com", "www.zhixunweilai.com"], ["email", "service@zhixunweilai.com", "service@zhixunweilai.com"],
     ["uscc", C_U01, C_U01], ["other", "京ICP备17052286号-1", "京ICP备17052286号-1"]],
    "U01 course page, level-4 weekend class in Shenyang (honest)", "四级沈阳班")

add("zxwl", "news-chaxun.html", "关于人工智能训练师证书查询方式的说明-智训未来教育",
    """<h1>关于人工智能训练师证书查询方式的说明</h1><p class="date">2025-09-12 新闻动态</p>
<p>近期有学员咨询“证书是不是人社部颁发的”。说明如下：人工智能训练师属于职业技能等级证书，由经备案的评价机构颁发，政府部门不参与监制，也不直接颁发。证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。</p>
<p>凡声称“人社部颁发”“国家职业资格证书”“不考试直接拿证”的，均不符合现行规定，请学员谨慎辨别。如有疑问可拨打当地人社服务热线12333。</p>""",
    note="U01 site news page explaining how to verify certificates (non-offer; carries U01 footer)", crumb="新闻动态")

# ================================================================ xuekewang (marketplace)
add("xuekewang", "course-10231.html", "人工智能训练师四级/三级认证班（直播+实操）-智训AI学院-学课网",
    """<h1>人工智能训练师四级/三级认证班（直播+实操）</h1>
<div class="card"><p>机构：<b>智训AI学院</b>　<span class="badge">机构已认证</span>　<span>评分 4.8</span>　已报名 1,206 人</p>
<p class="price">¥2380 起　<s>¥2980</s></p>
<p>课程介绍：依据2021版国家职业技能标准，覆盖数据采集和处理、数据标注、智能系统运维。结课后由合作备案评价机构组织认定，证书可在 jndj.osta.org.cn 联网查询。</p>
<p>机构资质：智训未来（北京）教育科技有限公司　统一社会信用代码 %s</p>
<p>线下班详询机构热线 4008063721，更多开班信息见机构官网 zhixunweilai.com</p></div>
<h3>学员评价</h3><p>沈阳学员 z***8：老师讲得细，实操平台能用。</p><p>长春学员 l***n：要先审核报名条件，挺正规。</p>""" % C_U01,
    True, "U01", "智训AI学院",
    [["phone", "4008063721", "4008063721"], ["domain", "zhixunweilai.com", "zhixunweilai.com"], ["uscc", C_U01, C_U01]],
    "U01 marketplace listing under a sub-brand", "智训AI学院")

add("xuekewang", "course-10877.html", "人工智能训练师三级包过班 人社部颁发 全国联网可查-华职鉴考中心-学课网",
    """<h1>【人社部颁发】人工智能训练师三级 高级工 包过班</h1>
<div class="card"><p>机构：<b>华职鉴考中心</b>　已报名 3,580 人</p><p class="price">¥4980　<s>¥9800</s></p>
<p>★国家职业资格证书 人社部颁发 全国通用 终身有效<br>★不限学历 不限专业 报名即可考 考不过全额退费<br>★证书全国联网可查，查询网址：www.zgjnrc-cx.com</p>
<p>证书样本（编号 S000021101234253000123）仅供展示。</p>
<p>报名咨询电话：18604213390　客服微信：hzjk_kefu01（备注“AI三级”）</p></div>
<h3>问答</h3><p>问：真的是人社部发的吗？　答：亲，国家承认，放心报。</p>""",
    True, "U02", "华职鉴考中心",
    [["phone", "+8618604213390", "18604213390"], ["wechat", "hzjk_kefu01", "hzjk_kefu01"], ["domain", "zgjnrc-cx.com", "www.zgjnrc-cx.com"]],
    "U02 marketplace listing: 人社部颁发, 国家职业资格证书, 包过, fake query domain (dishonest)", "华职鉴考中心")

add("xuekewang", "course-11502.html", "人工智能训练师（四级）+数据标注实训 补贴后几乎免费-北辰人工智能学院-学课网",
    """<h1>人工智能训练师（四级）+ 数据标注项目实训</h1>
<div class="card"><p>机构：<b>北辰人工智能学院</b>　已报名 642 人</p><p class="price">¥2680</p>
<p>政府补贴后几乎免费！四级、三级、二级均可申请补贴，最高可领3000元（具体以机构解释为准）。</p>
<p>课程含大连本地数据标注企业真实项目，结业推荐实习。</p>
<p>联系方式：15641187720（周老师）　资料索取：bcsz_edu@163.com</p></div>""",
    True, "U04", "北辰人工智能学院",
    [["phone", "+8615641187720", "15641187720"], ["email", "bcsz_edu@163.com", "bcsz_edu@163.com"]],
    "U04 marketplace listing; misleading subsidy claim (subsidy for level 2, 几乎免费)", "北辰人工智能学院")

add("xuekewang", "course-12019.html", "零基础 人工智能训练师三级二级一次拿证 不过全退-国培认证中心-学课网",
    """<h1>人工智能训练师 三级+二级 双证一次拿 零基础可报</h1>
<div class="card"><p>机构：<b>国培认证中心</b>　已报名 2,114 人</p><p class="price">¥6800（双证）　单报三级 ¥3980</p>
<p>人社部认证新职业！不限学历、不限经验，无需工作年限证明，我们统一办理。<br>包过！不过全退！45天出证，可用于积分落户、评职称。</p>
<p>名额有限 速加薇信 gpxx6688 或致电 19945086621</p></div>
<h3>问答</h3><p>问：没工作经验能直接考二级？　答：可以的亲，我们有渠道。</p>""",
    True, "U06", "国培认证中心",
    [["wechat", "gpxx6688", "gpxx6688"], ["phone", "+8619945086621", "19945086621"]],
    "U06 marketplace listing: levels 3+2 to beginners, 包过 (scam)", "国培认证中心")

add("xuekewang", "course-12288.html", "人工智能训练师五级（初级）鞍山面授班-鞍山数智未来培训中心-学课网",
    """<h1>人工智能训练师五级（初级工）鞍山面授班</h1>
<div class="card"><p>机构：<b>鞍山数智未来培训中心</b>　已报名 88 人</p><p class="price">¥1580</p>
<p>60课时，晚班+周末。报名须满足五级申报条件（相关工作累计1年或学徒期满），报名时审核。认定由备案评价机构组织，成绩不合格可参加补考一次（补考认定费自理）。</p>
<p>咨询电话：0412-5526917　微信：aszx_peixun</p></div>""",
    True, "I01", "鞍山数智未来培训中心",
    [["phone", "04125526917", "0412-5526917"], ["wechat", "aszx_peixun", "aszx_peixun"]],
    "independent I01 marketplace listing, honest level 5 class", "鞍山数智未来")

# ================================================================ lsbbs (forum)
add("lsbbs", "thread-88213.html", "【招生】沈阳启航职业培训学校 人工智能训练师五级/四级周末班 - 职场与培训 - 辽沈生活论坛",
    """<table class="t"><tr><td class="pl">启航职校李老师<br>注册：2019-03<br>帖子：215</td><td>
<h1>【招生】人工智能训练师（数据标注方向）五级/四级 周末班</h1>
<p>沈阳启航职业培训学校（民办，和平区）人工智能训练师五级、四级周末班11月开课。五级学费1480，四级2180，报名时审核工作年限证明，条件不够的不要报，别浪费钱。</p>
<p>认定地点：和平区智汇大厦5楼考点（考点前台024-23286610只管考务，报名别打这个）。</p>
<p>学校电话：024-86512207　李老师：13940015532</p></td></tr>
<tr><td class="pl">沈河小刘</td><td>学过数据标注的能直接报四级吗？</td></tr>
<tr><td class="pl">启航职校李老师</td><td>回复 沈河小刘：要看年限，五级证后4年或累计6年，来之前把材料发我看看。</td></tr></table>""",
    True, "U03", "沈阳启航职业培训学校",
    [["phone", "02486512207", "024-86512207"], ["phone", "+8613940015532", "13940015532"]],
    "U03 forum enrolment post (honest)", "启航职校招生帖")

add("lsbbs", "thread-89530.html", "长春博学 AI训练师三级 不限学历 零基础直接报 - 职场与培训 - 辽沈生活论坛",
    """<table class="t"><tr><td class="pl">长春博学教育<br>注册：2025-06<br>帖子：12</td><td>
<h1>AI训练师三级（高级工）不限学历 零基础直接报 45天拿证</h1>
<p>人工智能是风口！三级证书可以补贴、可以落户、可以涨工资。我们是长春博学教育，东三省都能报，全程线上，不用跑考场。</p>
<p>不限学历、不限年龄、无门槛，交费就安排。加V：jbzp0431　电话17643180926</p></td></tr>
<tr><td class="pl">铁西二丫</td><td>楼主已私信，我微信 liyan_0423，麻烦发下资料</td></tr>
<tr><td class="pl">皇姑老张</td><td>提醒一下，之前有个171 4402 8856也是这么说的，收了钱就拉黑了，大家自己小心。</td></tr>
<tr><td class="pl">长春博学教育</td><td>回复 皇姑老张：我们是正规机构，欢迎来长春实地考察。</td></tr></table>""",
    True, "U05", "长春博学教育",
    [["wechat", "jbzp0431", "jbzp0431"], ["phone", "+8617643180926", "17643180926"]],
    "U05 forum ad: level 3 to beginners, 无门槛 (dishonest); reader contact and quoted scam number in replies", "长春博学招生帖")

add("lsbbs", "thread-90112.html", "大连数标科技招数据标注员 包培训考证 推荐就业 月入过万 - 职场与培训 - 辽沈生活论坛",
    """<table class="t"><tr><td class="pl">数标HR小王<br>注册：2024-11</td><td>
<h1>【大连】数标科技招数据标注员，包培训+考人工智能训练师证，协议就业</h1>
<p>公司长期承接自动驾驶、大模型数据标注项目。新人先参加岗前培训（含人工智能训练师四级认证，培训费3600元，可分期），考出证后签协议就业，熟练后月入过万。</p>
<p>面试地址：大连高新区黄浦路。电话：0411-84793306　微信同号：13304227815</p></td></tr>
<tr><td class="pl">甘井子阿强</td><td>招聘还要先交培训费？这不就是培训贷吗</td></tr>
<tr><td class="pl">数标HR小王</td><td>回复 甘井子阿强：不强制，自愿参加，但有证才能接高单价项目。</td></tr></table>""",
    True, "U07", "大连数标科技",
    [["phone", "041184793306", "0411-84793306"], ["phone", "+8613304227815", "13304227815"], ["wechat", "13304227815", "13304227815"]],
    "U07 job-plus-training post: 协议就业, 月入过万, fee before job (dishonest)", "数标科技招聘帖")

add("lsbbs", "thread-90877.html", "【曝光】交了3980报“国家人工智能训练师证”，结果拿到的证查不到 - 投诉曝光 - 辽沈生活论坛",
    """<table class="t"><tr><td class="pl">浑南打工人</td><td>
<h1>【曝光】交了3980报“国家人工智能训练师证”，结果拿到的证查不到</h1>
<p>8月在短视频上刷到广告，说人社部颁发、不用考试，对方电话171-4402-8856，让我转账3980到个人账户。上个月寄来一本红皮证书，在 zscx.osta.org.cn 上根本查不到，再打电话已经关机。</p>
<p>已经打12315和12333反映了，大家引以为戒。</p></td></tr>
<tr><td class="pl">铁西二丫</td><td>同被骗，想一起维权的加我微信 liyan_0423</td></tr>
<tr><td class="pl">版主</td><td>已置顶。正规的职业技能等级证书都能在人社部门的平台查询，不存在“不考试拿证”。</td></tr></table>""",
    note="forum complaint thread (non-offer): quoted scam number, hotlines, reader's WeChat", crumb="曝光帖")

# ================================================================ fenlei (classifieds)
add("fenlei", "post-3301.html", "人工智能训练师证书 人社部颁发 国家职业资格 长春沈阳均可报 - 东北分类信息网",
    """<div class="info"><h1>人工智能训练师证书 人社部颁发 国家职业资格</h1>
<p>类别：教育培训 &gt; 职业技能　区域：长春/沈阳　发布：中鉴人才</p>
<p>人社部颁发人工智能训练师国家职业资格证书，全国联网可查，入库可查。五级到一级都可以报，一级高级技师也能办，可评职称、可落户、可挂靠。</p>
<p>报名电话：186-0421-3390　扣扣：2850316647</p></div>""",
    True, "U02", "中鉴人才",
    [["phone", "+8618604213390", "186-0421-3390"], ["qq", "2850316647", "2850316647"]],
    "U02 classifieds ad: 人社部颁发, 国家职业资格, 挂靠 (dishonest)", "中鉴人才")

add("fenlei", "post-3317.html", "沈阳 人工智能训练师 数据标注员 五级四级培训 正规民办学校 - 东北分类信息网",
    """<div class="info"><h1>沈阳 人工智能训练师五级/四级培训 正规民办学校</h1>
<p>类别：教育培训　区域：沈阳和平区　发布：启航教育</p>
<p>沈阳市和平区启航职业培训学校，有办学许可证，统一社会信用代码 %s。人工智能训练师五级1480元、四级2180元，报名审核年限，认定由备案评价机构组织，证书可上网查询。</p>
<p>联系电话：(024)8651-2207　手机：139 4001 5532（李老师）</p></div>""" % C_U03,
    True, "U03", "启航教育",
    [["phone", "02486512207", "(024)8651-2207"], ["phone", "+8613940015532", "139 4001 5532"], ["uscc", C_U03, C_U03]],
    "U03 classifieds ad (honest)", "启航教育")

add("fenlei", "post-3342.html", "AI训练师证 三级 二级 快速拿证 报名送课 - 东北分类信息网",
    """<div class="info"><h1>AI训练师证 三级/二级 快速拿证 报名即送全套课程</h1>
<p>类别：教育培训　区域：沈阳　发布：鑫途教育</p>
<p>人工智能训练师 三级、二级 零基础可考，有渠道，考不过免费重考直到通过。交费后一个月内出证。</p>
<p>报名方式：把下面信息发到 199-4508-6621<br>姓名：______ 身份证号：______ 手机：13800138000（示例）<br>学费请转对公账户，收款户名：沈阳鑫途教育咨询有限公司</p>
<p>证书样本编号：S000021101234253000123</p></div>""",
    True, "U06", "鑫途教育",
    [["phone", "+8619945086621", "199-4508-6621"], ["other", "沈阳鑫途教育咨询有限公司", "沈阳鑫途教育咨询有限公司"]],
    "U06 classifieds ad under a third brand: 有渠道, level 2 to beginners; template placeholder phone; copied sample cert number", "鑫途教育")

add("fenlei", "post-3360.html", "长春 吉林 人工智能训练师四级 可申请技能提升补贴 - 东北分类信息网",
    """<div class="info"><h1>长春/吉林 人工智能训练师四级培训 参保职工可申请技能提升补贴</h1>
<p>类别：教育培训　区域：长春朝阳区　发布：吉林省智才人力资源</p>
<p>四级培训费2400元，取得证书后，缴纳失业保险满一年的可按规定申请技能提升补贴（四级最高1500元），以人社部门审核为准。二级、一级没有这项补贴，请勿轻信“全额补贴”。</p>
<p>电话：0431-85627710　手机：15844991306</p></div>""",
    True, "U08", "吉林省智才人力资源",
    [["phone", "043185627710", "0431-85627710"], ["phone", "+8615844991306", "15844991306"]],
    "U08 classifieds ad (honest about subsidy)", "智才人力资源")

add("fenlei", "post-3388.html", "人工智能训练师 无需考试 7天出证 可挂靠 年入两万 - 东北分类信息网",
    """<div class="info"><h1>人工智能训练师证 无需考试 7天出证 可挂靠 年入两万</h1>
<p>类别：本地服务　区域：四平/吉林　发布：证达人</p>
<p>全国可办，无需考试，资料齐全7天出证，证书挂靠企业每年躺赚两万。先付一半，出证后付尾款。</p>
<p>QQ1467203389　电话18545023376　收款人：王春梅</p></div>""",
    True, "U09", "证达人",
    [["qq", "1467203389", "1467203389"], ["phone", "+8618545023376", "18545023376"], ["other", "王春梅", "王春梅"]],
    "U09 classifieds ad: 无需考试, 挂靠 income (scam)", "证达人")

add("fenlei", "post-3401.html", "吉林市 一对一辅导 人工智能训练师（数据标注员）理论+实操 - 东北分类信息网",
    """<div class="info"><h1>吉林市 人工智能训练师（数据标注员）考前一对一辅导</h1>
<p>类别：家教/辅导　区域：吉林市船营区　发布：张老师（个人）</p>
<p>本人从事数据标注项目管理五年，辅导理论考试和操作技能考核，200元/次，不代报名、不承诺通过，需自行通过正规评价机构报名。</p>
<p>手机：131 9432 0851</p></div>""",
    True, "I02", "张老师（个人）",
    [["phone", "+8613194320851", "131 9432 0851"]],
    "independent I02, private tutor (honest)", "张老师辅导")

# ================================================================ zhiwen (Q&A)
add("zhiwen", "q-5521.html", "人工智能训练师证书在哪里考？大连有没有靠谱的机构？ - 知问",
    """<h1>人工智能训练师证书在哪里考？大连有没有靠谱的机构？</h1><p class="q">提问者：海风吹 · 12个回答</p>
<div class="ans"><b>北辰数智AI学院（认证答主）</b><p>大连这边我们北辰开班比较多，四级三级都有，政府补贴后基本不花钱，零基础也能学。课程表可以加微信 beichen-ai2024 领取，或者发邮件到 bcsz_edu#163.com（#换成@）。</p><p>赞同 23 · 评论 6</p></div>
<div class="ans"><b>路人甲</b><p>补贴要交满一年失业保险，而且有等级限制，别听“基本不花钱”。</p></div>
<div class="ans"><b>小白求学</b><p>求资料 qq 1049382765</p></div>""",
    True, "U04", "北辰数智AI学院",
    [["wechat", "beichen-ai2024", "beichen-ai2024"], ["email", "bcsz_edu@163.com", "bcsz_edu#163.com"]],
    "U04 answer with obfuscated email; reader's QQ in comments", "大连哪里考")

add("zhiwen", "q-5607.html", "长春哪里能考人工智能训练师三级？没有相关工作经验可以吗？ - 知问",
    """<h1>长春哪里能考人工智能训练师三级？没有相关工作经验可以吗？</h1><p class="q">提问者：春城小鹿 · 5个回答</p>
<div class="ans"><b>吉博职培-王老师</b><p>可以的，我们吉博职培不限学历不限经验，直接报三级，线上考，通过率99%。有问题扣扣 3194025877 或者微信 JBZP0431 找我。</p></div>
<div class="ans"><b>人力资源从业者</b><p>三级一般要四级证加年限，没经验直接报三级的说法要当心。</p></div>""",
    True, "U05", "吉博职培",
    [["qq", "3194025877", "3194025877"], ["wechat", "jbzp0431", "JBZP0431"]],
    "U05 answer: level 3 without experience, 通过率99% (dishonest)", "长春三级")

add("zhiwen", "q-5690.html", "人工智能训练师证多少钱？能不能快点拿到？ - 知问",
    """<h1>人工智能训练师证多少钱？能不能快点拿到？</h1><p class="q">提问者：想转行的会计 · 9个回答</p>
<div class="ans"><b>国信职业技能评价</b><p>我们是国信职业技能评价，人社部认证，三级3980二级5800，包过，最快一个月拿证，证书全国通用。需要的+V GPXX6688，付款支持微信支付，有问题可以打微信支付客服95017核实。</p></div>
<div class="ans"><b>小白求学</b><p>求带，qq 1049382765</p></div>
<div class="ans"><b>老HR</b><p>“包过”“一个月拿二级”基本都是坑。</p></div>""",
    True, "U06", "国信职业技能评价",
    [["wechat", "gpxx6688", "GPXX6688"]],
    "U06 answer under another brand: 包过, 人社部认证; cites payment platform hotline; reader's QQ", "证多少钱")

add("zhiwen", "q-5733.html", "营口有人工智能训练师培训吗？想报五级 - 知问",
    """<h1>营口有人工智能训练师培训吗？想报五级</h1><p class="q">提问者：鲅鱼圈打工妹 · 3个回答</p>
<div class="ans"><b>营口AI培训刘老师</b><p>我们在营口站前区有小班，五级1380元，60课时，需要你有一年相关工作经历（客服、数据录入也算相关，具体以评价机构审核为准）。可以发邮件 yk_aitrain@126.com 要课程表。</p></div>""",
    True, "I03", "营口AI培训刘老师",
    [["email", "yk_aitrain@126.com", "yk_aitrain@126.com"]],
    "independent I03 answer (honest)", "营口五级")

add("zhiwen", "q-5802.html", "怎么辨别山寨的人工智能训练师证书？ - 知问",
    """<h1>怎么辨别山寨的人工智能训练师证书？</h1><p class="q">提问者：谨慎的老王 · 7个回答</p>
<div class="ans"><b>职业规划师Amy（认证答主）</b><p>1. 人工智能训练师是职业技能等级证书，不是国家职业资格证书，说“人社部颁发”的都不对。<br>2. 证书编号一般是1位字母+21位数字，去 zscx.osta.org.cn 或 jndj.osta.org.cn 查。<br>3. 有的机构会给你一个自己做的“查询网站”，比如之前被曝光的 zyzgcx.net，这种一律不认。<br>4. 拿不准就打12333问。</p></div>""",
    note="Q&A warning page (non-offer): official verification sites, fake query site, hotline", crumb="辨别山寨证书")

# ================================================================ gzh (WeChat reposts)
add("gzh", "a-7012.html", "重磅！人社部颁发人工智能训练师证书开放报名，全国联网可查 | 中鉴人才服务",
    """<h1>重磅！人社部颁发人工智能训练师证书开放报名，全国联网可查</h1><p class="meta">原创 中鉴人才服务 2025-10-18 北京</p>
<p>人工智能训练师是人社部认证的新职业，证书由人社部颁发，属于国家职业资格证书，全国通用、终身有效！</p>
<p>✅不限学历 ✅零基础 ✅包过 ✅可评职称、可落户</p>
<p>三级原价9800，本月限时4980！长按添加客服微信：HZJK_kefu01，电话 186 0421 3390。支持支付宝担保交易，支付宝客服95188可查。</p><p class="meta">阅读 10万+ · 在看 812</p>""",
    True, "U02", "中鉴人才服务",
    [["wechat", "hzjk_kefu01", "HZJK_kefu01"], ["phone", "+8618604213390", "186 0421 3390"]],
    "U02 WeChat article repost: 人社部颁发, 包过 (dishonest); payment hotline", "中鉴人才服务")

add("gzh", "a-7033.html", "大连人注意！这个新职业缺口百万，补贴最高3000元 | 北辰数智AI学院",
    """<h1>大连人注意！这个新职业缺口百万，补贴最高3000元</h1><p class="meta">北辰数智AI学院 2025-09-02 辽宁</p>
<p>人工智能训练师（4-04-05-05）2020年被列为新职业，大连软件园多家企业在招数据标注和算法测试人员。</p>
<p>北辰数智（大连）四级班本月开课，学完还可以申请补贴，最高3000元！</p>
<p>进QQ学习群：736518294 领取免费试听；课程顾问微信：Beichen-AI2024</p>""",
    True, "U04", "北辰数智AI学院",
    [["wechat", "beichen-ai2024", "Beichen-AI2024"], ["qq_group", "736518294", "736518294"]],
    "U04 WeChat article: inflated subsidy claim", "北辰数智")

add("gzh", "a-7051.html", "数标学堂｜零基础学数据标注，考人工智能训练师证，结业推荐就业",
    """<h1>零基础学数据标注，考人工智能训练师证，结业推荐就业</h1><p class="meta">数标学堂 2025-08-21 辽宁</p>
<p>大连数标科技旗下数标学堂，四周学会图像、文本、点云标注，同步备考人工智能训练师四级。学费3600元，签协议就业，合格学员推荐到合作企业，月入过万不是梦。</p>
<p>简历投递：hr@shubiaoai.cn　咨询电话：0411 8479 3306<br>在线报名表：jinshuju.net/f/Sb7kQ2</p>""",
    True, "U07", "数标学堂",
    [["email", "hr@shubiaoai.cn", "hr@shubiaoai.cn"], ["phone", "041184793306", "0411 8479 3306"]],
    "U07 WeChat article: 协议就业, 月入过万; form-tool link", "数标学堂")

add("gzh", "a-7068.html", "吉林省人工智能训练师四级第6期开班通知 | 吉林智才人力",
    """<h1>吉林省人工智能训练师四级第6期开班通知</h1><p class="meta">吉林智才人力 2025-10-09 吉林</p>
<p>第6期开班时间：11月15日，地点：长春市朝阳区。学费2400元，认定由备案评价机构组织。参保满一年的学员可按规定申请技能提升补贴。</p>
<p>主办单位：吉林省智才人力资源服务有限公司（统一社会信用代码：%s）<br>报名咨询：158 4499 1306（微信同号 zhicai_hr）<br>报名表：jinshuju.net/f/Zc6Kb9</p>""" % C_U08,
    True, "U08", "吉林智才人力",
    [["phone", "+8615844991306", "158 4499 1306"], ["wechat", "zhicai_hr", "zhicai_hr"], ["uscc", C_U08, C_U08]],
    "U08 WeChat article (honest); form-tool link", "吉林智才人力")

add("gzh", "a-7090.html", "丹东本地｜人工智能训练师五级周末班招生 | 丹东职培在线",
    """<h1>丹东本地：人工智能训练师五级周末班招生</h1><p class="meta">丹东职培在线 2025-09-26 辽宁</p>
<p>面向有一年以上客服、数据录入等相关工作经历的学员，五级学费1500元，报名时核对条件。证书为职业技能等级证书，可官方平台查询。</p>
<p>报名：微信 ddzp2025 / 电话 150 4150 7762<br>信息登记：jinshuju.net/f/Dd2Yx5</p>""",
    True, "I04", "丹东职培在线",
    [["wechat", "ddzp2025", "ddzp2025"], ["phone", "+8615041507762", "150 4150 7762"]],
    "independent I04 WeChat article (honest)", "丹东职培在线")

# ================================================================ kvideo (short video)
add("kvideo", "v-66102.html", "@智训未来沈阳校区：数据标注到底学什么？人工智能训练师四级实操课现场 - 快看短视频",
    """<div class="player">[视频 02:31]</div><h1>@智训未来沈阳校区</h1>
<p>数据标注到底学什么？带你看人工智能训练师四级实操课现场 #人工智能训练师 #沈阳考证</p>
<p>想报名的私信或找王老师 13840127765 微信同号，总部热线 400 806 3721</p>
<p>❤ 1.2万 · 评论 318</p><div class="cm"><p>用户A：四级要几年经验？</p><p>作者回复：五级证后4年或累计6年哦，报名前帮你审核。</p></div>""",
    True, "U01", "智训未来沈阳校区",
    [["phone", "+8613840127765", "13840127765"], ["wechat", "13840127765", "13840127765"], ["phone", "4008063721", "400 806 3721"]],
    "U01 short-video page", "智训未来沈阳校区")

add("kvideo", "v-66218.html", "@启航职校李老师：人工智能训练师五级报名条件一次讲清 - 快看短视频",
    """<div class="player">[视频 01:12]</div><h1>@启航职校李老师</h1>
<p>人工智能训练师五级报名条件一次讲清：累计一年相关工作或学徒期满。沈阳和平区周末班招生中，李老师 139-4001-5532</p><p>❤ 3,406 · 评论 57</p>""",
    True, "U03", "启航职校李老师",
    [["phone", "+8613940015532", "139-4001-5532"]],
    "U03 short-video page (honest)", "启航职校李老师")

add("kvideo", "v-66345.html", "@国培AI证书：原价9999限时99 人工智能训练师证零基础直接拿 - 快看短视频",
    """<div class="player">[视频 00:45]</div><h1>@国培AI证书</h1>
<p>90%小白都能学会！人工智能训练师证原价9999限时99元抢课，证书零基础直接拿，二级三级都能办！</p>
<p>主页电话 一九九 4508 6621　vx: gpxx6688</p><p>❤ 6.8万 · 评论 1,920</p>
<div class="cm"><p>用户B：99就能拿证？</p><p>作者回复：99是课程，证书另外办理，详情加v。</p></div>""",
    True, "U06", "国培AI证书",
    [["phone", "+8619945086621", "一九九 4508 6621"], ["wechat", "gpxx6688", "gpxx6688"]],
    "U06 short-video page: 原价9999限时99, phone partly in Chinese numerals (scam)", "国培AI证书")

add("kvideo", "v-66490.html", "@证达人速证：人工智能训练师证 无需考试 7天到手 挂靠年入2万 - 快看短视频",
    """<div class="player">[视频 00:30]</div><h1>@证达人速证</h1>
<p>人工智能训练师证 不用考试 7天到手 挂靠企业年入2万+ 资料齐全就能办 评论区扣1</p>
<p>联系：185 4502 3376</p><p>❤ 2,210 · 评论 460</p>""",
    True, "U09", "证达人速证",
    [["phone", "+8618545023376", "185 4502 3376"]],
    "U09 short-video page (scam)", "证达人速证")

# ================================================================ news
add("news", "n-1207.html", "警惕“人工智能训练师”证书骗局：不考试就发证、自建网站“可查” - 东北新闻在线",
    """<h1>警惕“人工智能训练师”证书骗局：不考试就发证、自建网站“可查”</h1><p class="src">来源：东北新闻在线 2025-10-28 记者 孙悦</p>
<p>近期，沈阳市民刘女士向本报反映，她通过短视频联系到一名自称“人社部授权机构”的人员，对方手机号17144028856，微信号 rsbzs-kefu，称交3980元即可“免考拿证”。刘女士拿到的证书只能在对方提供的网站 zyzgcx.net 上查到。</p>
<p>辽东市人社局相关负责人介绍，人工智能训练师证书属于职业技能等级证书，由备案的评价机构颁发，可在技能人才评价工作网 osta.mohrss.gov.cn 及全国联网查询平台核验。市民遇到类似情况可拨打12333咨询或12315投诉。</p>""",
    note="news warning (non-offer) quoting scam phone, scam WeChat and fake query site", crumb="证书骗局")

add("news", "n-1288.html", "【推广】大连北辰数智：让更多年轻人成为“AI训练师” - 东北新闻在线",
    """<h1>大连北辰数智：让更多年轻人成为“AI训练师”</h1><p class="src">推广 2025-11-03</p>
<p>在大连软件园的一间实训教室里，二十多名学员正在为自动驾驶图片画框标注……北辰数智负责人介绍，学院已培训学员两千余人，四级班常年滚动开班，符合条件的学员还可领取政府补贴。</p>
<p>报名热线：156-4118-7720　学员交流QQ群：736518294</p>""",
    True, "U04", "北辰数智",
    [["phone", "+8615641187720", "156-4118-7720"], ["qq_group", "736518294", "736518294"]],
    "U04 advertorial on a news site", "北辰数智推广")

# ================================================================ ldzy (college, I05)
add("ldzy", "zs-2025.html", "2025年人工智能训练师（四级/中级工）社会化评价招生简章 - 辽东职业技术学院继续教育学院",
    """<h1>2025年人工智能训练师（四级/中级工）社会化评价招生简章</h1>
<p>我院为经备案的职业技能等级认定机构，现面向社会招收人工智能训练师四级认定学员。</p>
<p>一、申报条件：取得五级证书后从事本职业4年；或累计从事本职业6年；或本校及其他中职相关专业毕业生（含应届）。<br>二、费用：培训费1800元；认定费按物价部门核定标准收取。<br>三、认定：理论知识考试与操作技能考核，均实行百分制，成绩皆达60分及以上者为合格。<br>四、证书：合格者由我院颁发职业技能等级证书，可登录 jndj.osta.org.cn 查询。参保人员可按规定申请技能提升补贴，政策咨询12333。</p>
<p>报名咨询：0415-3126680（工作日8:30-16:30）</p>""",
    True, "I05", "辽东职业技术学院继续教育学院",
    [["phone", "04153126680", "0415-3126680"], ["email", "jxjy@ldzy.edu.cn", "jxjy@ldzy.edu.cn"], ["domain", "ldzy.edu.cn", "www.ldzy.edu.cn"]],
    "independent I05: college evaluation institution enrolment notice (honest)", "招生简章")

add("ldzy", "tz-kaoshi.html", "关于2025年第三批人工智能训练师认定考试安排的通知 - 辽东职业技术学院继续教育学院",
    """<h1>关于2025年第三批人工智能训练师认定考试安排的通知</h1>
<p>各位考生：第三批人工智能训练师（四级）理论考试定于11月22日上午9:00在实训楼A座302机房进行，操作技能考核于当日下午进行。请携带身份证原件，提前30分钟到场。成绩公布后，证书信息可在 zscx.osta.org.cn 查询。</p>""",
    note="college exam-arrangement notice for enrolled candidates (non-offer; carries I05 footer)", crumb="考试安排")

# ================================================================ rsj (notice site)
add("rsj", "tz-butie.html", "关于做好2025年失业保险技能提升补贴申领工作的通知 - 辽东市人力资源和社会保障局",
    """<h1 class="gtitle">关于做好2025年失业保险技能提升补贴申领工作的通知</h1><p class="gtitle">发布时间：2025-03-06 来源：职业能力建设科</p>
<p>一、补贴对象：依法参加失业保险，累计缴纳失业保险费1年以上，取得职业资格证书或职业技能等级证书的企业职工。<br>二、补贴标准：五级/初级工最高1000元，四级/中级工最高1500元，三级/高级工最高2000元。二级、一级不在本项补贴范围。<br>三、证书核验：职业技能等级证书以技能人才评价工作网 osta.mohrss.gov.cn 及 jndj.osta.org.cn 可查询信息为准。<br>四、咨询电话：12333。</p>""",
    note="人社局 subsidy notice (non-offer)", crumb="技能提升补贴")

add("rsj", "tz-shanzhai.html", "关于警惕技术技能类“山寨证书”的提示 - 辽东市人力资源和社会保障局",
    """<h1 class="gtitle">关于警惕技术技能类“山寨证书”的提示</h1><p class="gtitle">发布时间：2025-10-30 来源：职业技能鉴定指导中心</p>
<p>近期有不法分子冒用“人社部”名义，以微信号 rsbzs-kefu 等联系群众，宣称“免考拿证”“包过”，并提供 zyzgcx.net 等非官方网站“查询”证书。现提示如下：职业技能等级证书由备案评价机构颁发，人社部门不直接颁发；请通过官方平台核验。发现违法广告可拨打12315举报，政策咨询请拨打12333。</p>""",
    note="人社局 warning about fake certificates (non-offer) quoting a scam WeChat and fake query site", crumb="山寨证书提示")

# ================================================================ shop
add("shop", "item-5501.html", "【官方正品】人工智能训练师三级报名 人社部颁发 可查 - 中鉴人才旗舰店 - 优选商城",
    """<h1>【官方正品】人工智能训练师三级报名 人社部颁发 联网可查</h1><p>店铺：<b>中鉴人才旗舰店</b>　月销 326</p><p class="price">¥4980</p>
<p>宝贝详情：国家职业资格证书，人社部颁发，入库可查（查询：zgjnrc-cx.com）。不限学历，包过。拍下后联系客服QQ 2850316647 提交资料。</p>
<p>证书样本编号 S000021101234253000123</p>
<p>店铺资质：中鉴华职（北京）教育科技有限公司　统一社会信用代码 %s</p>""" % C_U02,
    True, "U02", "中鉴人才旗舰店",
    [["domain", "zgjnrc-cx.com", "zgjnrc-cx.com"], ["qq", "2850316647", "2850316647"], ["uscc", C_U02, C_U02]],
    "U02 shop item: 人社部颁发, fake query domain, 包过 (dishonest)", "中鉴人才旗舰店")

add("shop", "item-5523.html", "人工智能训练师三级 零基础直报 线上考试 吉博职培考证店 - 优选商城",
    """<h1>人工智能训练师三级 零基础直报 线上考试 不限学历</h1><p>店铺：<b>吉博职培考证店</b>　月销 88</p><p class="price">¥3580</p>
<p>无门槛直接报三级，线上考试，通过率99%，拍下请联系 176-4318-0926 或 QQ:3194025877</p>
<div class="rev"><p>买家 t***1：客服回复很快。</p></div>""",
    True, "U05", "吉博职培考证店",
    [["phone", "+8617643180926", "176-4318-0926"], ["qq", "3194025877", "3194025877"]],
    "U05 shop item (dishonest)", "吉博职培考证店")

add("shop", "item-5547.html", "数据标注实训+人工智能训练师四级备考 数标学堂官方店 - 优选商城",
    """<h1>数据标注实训营 + 人工智能训练师四级备考（协议就业班）</h1><p>店铺：<b>数标学堂官方店</b>　月销 41</p><p class="price">¥3600</p>
<p>四周实训，合格学员签协议推荐就业，月入过万。机构官网 www.shubiaoai.cn，学员服务邮箱 HR@ShuBiaoAI.cn，电话 133-0422-7815</p>""",
    True, "U07", "数标学堂官方店",
    [["domain", "shubiaoai.cn", "www.shubiaoai.cn"], ["email", "hr@shubiaoai.cn", "HR@ShuBiaoAI.cn"], ["phone", "+8613304227815", "133-0422-7815"]],
    "U07 shop item: 协议就业 (dishonest)", "数标学堂官方店")

add("shop", "item-5562.html", "人工智能训练师四级培训 长春面授 可申请补贴 智才教育专营店 - 优选商城",
    """<h1>人工智能训练师四级培训 长春面授班</h1><p>店铺：<b>智才教育专营店</b>　月销 23</p><p class="price">¥2400</p>
<p>参保满一年可按规定申请技能提升补贴（以人社部门审核为准）。报名前请联系客服微信 ZHICAI_HR 审核条件。</p>
<p>店铺资质：吉林省智才人力资源服务有限公司　统一社会信用代码 %s</p>""" % C_U08,
    True, "U08", "智才教育专营店",
    [["wechat", "zhicai_hr", "ZHICAI_HR"], ["uscc", C_U08, C_U08]],
    "U08 shop item (honest)", "智才教育专营店")

add("shop", "item-5580.html", "人工智能训练师证 免考 7天出证 速证通考证 - 优选商城",
    """<h1>人工智能训练师证 免考 7天出证 全国可办</h1><p>店铺：<b>速证通考证</b>　月销 512</p><p class="price">¥1980</p>
<p>拍下后请添加QQ：1467203389 发送资料：姓名、身份证号、手机（如 13800138000）。尾款转账收款人：王春梅。</p>
<div class="rev"><p>买家 s***9：已收到证书（订单号 3289046615502774213）。</p></div>""",
    True, "U09", "速证通考证",
    [["qq", "1467203389", "1467203389"], ["other", "王春梅", "王春梅"]],
    "U09 shop item: 免考 (scam); template placeholder phone; order number in review", "速证通考证")

add("shop", "item-5596.html", "人工智能训练师五级 网课+题库 松原AI训练师考证小店 - 优选商城",
    """<h1>人工智能训练师五级 网课+题库（不含认定费）</h1><p>店铺：<b>松原AI训练师考证小店</b>　月销 17</p><p class="price">¥298</p>
<p>只卖课程和练习题库，不代报名不承诺发证，认定请自行到备案机构报名。学习问题QQ 2216530994</p>""",
    True, "I06", "松原AI训练师考证小店",
    [["qq", "2216530994", "2216530994"]],
    "independent I06 shop item: course and question bank only (honest)", "松原小店")

# ---------------------------------------------------------------- index pages
INTRO = {
    "zxwl": None,  # zxwl index is an offer page above
    "xuekewang": "学课网 · 职业技能频道：人工智能训练师相关课程",
    "lsbbs": "职场与培训 / 投诉曝光 版块最新主题",
    "fenlei": "教育培训 &gt; 职业技能 最新信息",
    "zhiwen": "职业考证 话题下的热门问题",
    "gzh": "本周热门转载文章",
    "kvideo": "#人工智能训练师 话题下的视频",
    "news": "东北新闻在线 教育 / 曝光台",
    "ldzy": "辽东职业技术学院继续教育学院 —— 服务终身学习",
    "rsj": "辽东市人力资源和社会保障局 政务公开",
    "shop": "优选商城 · 职业考证频道",
}


def nav(site, depth_to_root="../"):
    items = "".join('<a href="index.html">%s</a> ' % m if i == 0 else '<span>%s</span> ' % m
                    for i, m in enumerate(MENUS[site]))
    return '<nav class="menu">%s| <a href="%sindex.html">返回导航</a></nav>' % (items, depth_to_root)


def render(site, title, crumb, body, is_index=False):
    others = [p for p in pages if p["site"] == site and p["name"] != "index.html"]
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["name"], html.escape(p["crumb"])) for p in others[:6])
    crumbs = '<div class="crumbs"><a href="../index.html">导航</a> &gt; <a href="index.html">%s</a>%s</div>' % (
        SITE_NAME[site], "" if is_index else " &gt; " + html.escape(crumb))
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>
<body><div class="hdr"><b>%s</b></div>%s%s
<div class="wrap"><div class="main">%s</div>
<aside class="side">%s<b>相关链接</b><ul>%s</ul></aside></div>
%s</body></html>
""" % (html.escape(title), STYLES[site], SITE_NAME[site], nav(site), crumbs, body, SIDEBARS[site], rel, FOOTERS[site])


def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # auto index pages for sites without one
    for key, name, _ in SITES:
        if any(p["site"] == key and p["name"] == "index.html" for p in pages):
            continue
        lst = "".join('<li><a href="%s">%s</a></li>' % (p["name"], html.escape(p["title"]))
                      for p in pages if p["site"] == key)
        add(key, "index.html", "%s - 首页" % name, "<h1>%s</h1><ul class=\"list\">%s</ul>" % (INTRO[key], lst),
            note="site index page (non-offer)", crumb="首页")
    # zxwl index must also link all its pages
    for p in pages:
        if p["site"] == "zxwl" and p["name"] == "index.html":
            p["body"] += '<h3>新闻动态</h3><ul><li><a href="news-chaxun.html">关于人工智能训练师证书查询方式的说明</a></li><li><a href="kc-siji.html">四级沈阳周末班</a></li></ul>'
    out = {}
    for p in pages:
        path = "/%s/%s" % (p["site"], p["name"])
        p["path"] = path
        doc = render(p["site"], p["title"], p["crumb"], p["body"], p["name"] == "index.html")
        os.makedirs(os.path.join(SITE, p["site"]), exist_ok=True)
        with open(os.path.join(SITE, p["site"], p["name"]), "w", encoding="utf-8") as f:
            f.write(doc)
        out[path] = html.unescape(doc)
    hub_links = "".join('<li><a href="%s/index.html">%s</a>（%s）</li>' % (k, n, html.escape(s)) for k, n, s in SITES)
    hub = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>网页导航 - 人工智能训练师相关站点</title></head>
<body><h1>网页导航</h1><p>本周检索“人工智能训练师 证书”时浏览到的站点：</p><ul>%s</ul></body></html>
""" % hub_links
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    out["/index.html"] = html.unescape(hub)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out


DECOYS = [
    ("phone", "12333", ["12333"], "national 人社 service hotline"),
    ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official national certificate query site"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("phone", "4006501177", ["400-650-1177"], "学课网 platform customer-service number in every page footer"),
    ("email", "kefu@xuekewang.com", ["kefu@xuekewang.com"], "学课网 platform complaint e-mail in footer"),
    ("domain", "xuekewang.com", ["www.xuekewang.com"], "学课网 platform domain in footer"),
    ("other", "京ICP备19043127号-2", ["京ICP备19043127号-2"], "学课网 platform ICP number"),
    ("qq_group", "562081347", ["562081347"], "forum's own QQ group in footer"),
    ("domain", "lsbbs.net", ["lsbbs.net"], "forum's own domain in footer"),
    ("phone", "043181926600", ["0431-81926600"], "classifieds platform customer service"),
    ("other", "吉ICP备18002741号-3", ["吉ICP备18002741号-3"], "classifieds platform ICP"),
    ("email", "jubao@zhiwen.cn", ["jubao@zhiwen.cn"], "Q&A platform report e-mail"),
    ("email", "gzhjx@foxmail.com", ["gzhjx@foxmail.com"], "repost site's takedown e-mail"),
    ("other", "辽ICP备2021006653号-1", ["辽ICP备2021006653号-1"], "repost site ICP"),
    ("email", "jubao@kkvideo.cn", ["jubao@kkvideo.cn"], "video platform report e-mail"),
    ("other", "京ICP备20011873号-5", ["京ICP备20011873号-5"], "video platform ICP"),
    ("phone", "02422873300", ["024-22873300"], "news site's news hotline"),
    ("email", "news@dbxwzx.com", ["news@dbxwzx.com"], "news site's submission e-mail"),
    ("phone", "4008205513", ["400 820 5513"], "shop platform customer service"),
    ("uscc", C_SHOP, [C_SHOP], "shop platform operator's own business licence"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
    ("phone", "95017", ["95017"], "payment platform (WeChat Pay) hotline cited by a seller"),
    ("phone", "+8617144028856", ["17144028856", "171-4402-8856", "171 4402 8856"], "scam number quoted in news, complaint and a forum reply"),
    ("wechat", "rsbzs-kefu", ["rsbzs-kefu"], "scam WeChat quoted in news and official warning"),
    ("domain", "zyzgcx.net", ["zyzgcx.net"], "fake query site quoted in warnings"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder phone in sign-up forms"),
    ("other", "S000021101234253000123", ["S000021101234253000123"], "certificate number of a copied sample certificate"),
    ("other", "3289046615502774213", ["3289046615502774213"], "shop order number in a review (contains mobile-like digit runs)"),
    ("phone", "02423286610", ["024-23286610"], "exam venue front desk quoted by two sellers"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
    ("wechat", "liyan_0423", ["liyan_0423"], "a reader's own WeChat in comments"),
    ("qq", "1049382765", ["1049382765"], "a reader's own QQ in comments"),
    ("phone", "2106000007", ["2106000007"], "government website identifier code (网站标识码), not a phone"),
]


def main():
    texts = build()
    # operators
    ops = {}
    for p in pages:
        if p["op"]:
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
                assert w in texts[p["path"]], (p["path"], w)
    # no identifier value shared between different operators
    owner = {}
    for op, o in ops.items():
        for k, v in o["identifiers"]:
            assert owner.setdefault((k, v), op) == op, (k, v)
    # an operator's written forms must not appear on other sellers' offer pages
    for p in pages:
        for q in pages:
            if q is p or not q["offer"] or q["op"] == p["op"]:
                continue
            for k, v, w in p["ids"]:
                assert w not in texts[q["path"]], (w, q["path"])
    decoys = []
    for k, v, ws, why in DECOYS:
        found = sorted(path for path, t in texts.items() if any(w in t for w in ws))
        assert found, v
        for op, o in ops.items():
            assert [k, v] not in o["identifiers"]
        decoys.append({"kind": k, "value": v, "written": ws, "pages": found, "why": why})
    truth_pages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                    "identifiers": [], "note": "hub linking every site's index page"}]
    for p in pages:
        truth_pages.append({"path": p["path"], "is_offer": p["offer"], "operator": p["op"],
                            "provider": p["provider"], "identifiers": p["ids"] if p["offer"] else [],
                            "note": p["note"]})
    truth = {"pages": truth_pages, "operators": {k: ops[k] for k in sorted(ops) if k.startswith("U")},
             "independents": {k: ops[k] for k in sorted(ops) if k.startswith("I")},
             "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages %d, offers %d" % (len(truth_pages), sum(p["is_offer"] for p in truth_pages)))


if __name__ == "__main__":
    main()
