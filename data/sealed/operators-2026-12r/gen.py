#!/usr/bin/env python3
"""Generate the sealed labeled web operators-2026-12r (stdlib only).

Writes site/ (HTML pages + robots.txt) and truth.json next to this file.
All names, numbers, companies and domains are invented.
"""
import html
import json
import os
import re
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(first16):
    s17 = first16 + _org_check(first16[8:16])
    s = sum(ALPH.index(c) * w for c, w in zip(s17, WTS))
    r = 31 - s % 31
    return s17 + ALPH[0 if r == 31 else r]


# ---------------------------------------------------------------- pages
PAGES = []


class P:
    def __init__(self, path, title, offer=False, op=None, provider=None, note=""):
        self.path, self.title = path, title
        self.offer, self.op, self.provider, self.note = offer, op, provider, note
        self.ids = []
        self.body = ""
        PAGES.append(self)

    def i(self, kind, norm, written):
        """register a seller identifier and return its written form"""
        self.ids.append([kind, norm, written])
        return written


def e(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- seller identifiers
# U01 智汇未来教育 / 未来星AI学苑 (广州)
U01_TEL = "+8613922874416"
U01_WX = "weilaixing_ai"
U01_QGROUP = "738201556"
U01_MAIL = "zs@zhwl-edu.cn"
U01_DOM = "zhwl-edu.cn"
# U02 鼎学职业培训学校 / 鼎学教育 / 星火数标 (郑州)
U02_TEL = "+8637165912840"
U02_WX = "dingxue_kf2"
U02_QQ = "1937504826"
U02_USCC = uscc("52410105MJY81273")
# U03 京智云课堂 / 北京云岭人才服务有限公司 (北京)
U03_USCC = uscc("91110108MA01HK7P")
U03_MAIL = "hr_yunling@163.com"
U03_DOM = "jzykt.com"
U03_MOB = "+8618610243379"
# U04 码上AI学院 / 数智标注工坊 (成都)
U04_MOB = "+8615828160937"
U04_DY = "douyin:shuzhi_biaozhu"
# U05 华职认证服务中心 / 杭州启衡教育科技有限公司 / 启衡AI (杭州)
U05_400 = "+864006182736"
U05_MAIL = "qiheng_ai@126.com"
U05_WX = "qh-ai-2026"
U05_USCC = uscc("91330106MA2KEL3R")
# U06 优才职训 / 青鸟数据标注培训 (武汉)
U06_QQ = "3049182756"
U06_MOB = "+8613207161185"
U06_MAIL = "youcai_px@163.com"
# U07 云端智学 / 领航职业技能培训学校 (深圳)
U07_WX = "yunduan_zx"
U07_DOM = "lhzyjn.com.cn"
U07_TEL = "+8675526937714"
# U08 新职点教育 / 职点AI训练营 (重庆)
U08_MOB = "+8617723058841"
U08_QGROUP = "903552174"
# U09 智标优学 / 南京安略科技有限公司 (南京)
U09_MAIL = "zbyx_service@foxmail.com"
U09_KS = "kuaishou:zbyx888"
U09_USCC = uscc("91320105MA1XN6QW")

# ---------------------------------------------------------------- platform / decoy material
MKT_USCC = uscc("91310115MA1H7B2C")
I05_USCC = uscc("92610113MA6UR5KJ")
DOOR_USCC = uscc("91440106MA59CT8L")


def doc(title, body, css="", head_extra="", comment=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            f"<title>{e(title)}</title>\n{head_extra}<style>{css}</style>\n</head>\n"
            f"<body>\n{comment}{body}\n</body>\n</html>\n")


# ---- site chrome -------------------------------------------------------------
def market_wrap(p, inner):
    css = ("body{font-family:sans-serif;margin:0;background:#f4f4f4}.top{background:#e4393c;color:#fff;padding:8px 20px}"
           ".top a{color:#fff}.wrap{width:980px;margin:10px auto;background:#fff;padding:16px}"
           ".price{color:#e4393c;font-size:24px}.foot{font-size:12px;color:#888;text-align:center;padding:20px}")
    body = (f"<div class=\"top\"><a href=\"/market/index.html\">学途优选</a> · 职业技能 · 考证培训 "
            f"<span style=\"float:right\">你好，请登录 | 免费注册 | 我的订单</span></div>\n"
            f"<div class=\"wrap\">\n{inner}\n</div>\n"
            "<div class=\"foot\">学途优选 xuetuyouxuan.com ｜ 平台客服热线 400-820-5517（9:00-21:00）｜ 客服邮箱 kefu@xuetuyouxuan.com<br>\n"
            f"上海学途优选网络科技有限公司 统一社会信用代码：{MKT_USCC} ｜ 沪ICP备2021033817号-2<br>\n"
            "平台仅提供信息展示服务，交易请使用平台担保支付，切勿私下转账。</div>")
    return doc(p.title, body, css)


def fenlei_wrap(p, inner, city="广州"):
    css = ("body{font:14px/1.7 'Microsoft YaHei';margin:0}.hd{border-bottom:2px solid #ff552e;padding:6px 24px}"
           ".hd b{color:#ff552e;font-size:20px}.main{width:900px;margin:0 auto}.info td{padding:4px 10px}"
           ".ft{background:#f7f7f7;color:#999;font-size:12px;padding:14px;margin-top:30px}")
    body = (f"<div class=\"hd\"><b>百城分类</b> {city}站 &gt; <a href=\"/fenlei/index.html\">教育培训</a> &gt; 职业技能培训</div>\n"
            f"<div class=\"main\">\n{inner}\n</div>\n"
            "<div class=\"ft\">百城分类网 www.baichengfenlei.com 版权所有 ｜ 客服热线：010-5689 2210 ｜ 投诉QQ：1800566231<br>"
            "提醒：凡是要求先付定金、押金、资料费的，请提高警惕。本站信息由用户自行发布，真实性请自行核实。</div>")
    return doc(p.title, body, css)


def ask_wrap(p, inner):
    css = ("body{font-family:sans-serif;background:#fafafa}.q{background:#fff;padding:18px;margin:10px auto;width:820px}"
           ".ans{border-top:1px solid #eee;padding:12px 0}.who{color:#3a7;font-size:13px}.ft{text-align:center;color:#aaa;font-size:12px}")
    body = (f"<div class=\"q\"><div><a href=\"/ask/index.html\">问问知道</a> &gt; 教育/科学 &gt; 职业资格</div>\n{inner}\n</div>\n"
            "<div class=\"ft\">©2026 wenwenzhidao.com 问问知道 ｜ 使用前必读 ｜ 知识问答协议 ｜ 投诉邮箱 tousu@wenwenzhidao.com</div>")
    return doc(p.title, body, css)


def bbs_wrap(p, inner):
    css = ("body{font:12px Tahoma,'SimSun';background:#e9eef4}.bm{width:960px;margin:0 auto;background:#fff;border:1px solid #c2d5e3}"
           ".pl td{border-bottom:1px dashed #cdcdcd;padding:8px;vertical-align:top}.auth{width:160px;background:#e5edf2}"
           ".ft{width:960px;margin:10px auto;color:#666}")
    body = (f"<div class=\"bm\"><div style=\"padding:6px\"><a href=\"/bbs/index.html\">考证之家论坛</a> › 职业技能等级认定 › 帖子</div>\n{inner}\n</div>\n"
            "<div class=\"ft\">考证之家论坛 kaozhengzhijia.net ｜ 本站官方交流群：516 208 930（群内禁止广告）｜ Powered by Discuz! X3.4</div>")
    return doc(p.title, body, css)


def weibo_wrap(p, inner):
    css = ("body{background:#f2f2f5;font-family:'PingFang SC',sans-serif}.card{width:600px;margin:14px auto;background:#fff;border-radius:8px;padding:16px}"
           ".nick{font-weight:bold;color:#eb7350}.meta{color:#999;font-size:12px}.ops{color:#808080;font-size:13px;margin-top:10px}")
    body = (f"<div class=\"card\"><div class=\"meta\"><a href=\"/weibo/index.html\">微言</a> · 热门 · 教育</div>\n{inner}\n</div>\n"
            "<div class=\"meta\" style=\"text-align:center\">微言 weiyan.com ｜ 违法和不良信息举报：jubao@weiyan.com ｜ 京网文〔2025〕0417-118号</div>")
    return doc(p.title, body, css)


def notes_wrap(p, inner):
    css = ("body{font-family:sans-serif;margin:0;background:#fff}.note{max-width:520px;margin:0 auto;padding:14px}"
           ".tag{color:#13386c}.author{font-weight:bold}.cm{font-size:13px;border-top:1px solid #eee;padding:6px 0}"
           ".ft{font-size:11px;color:#bbb;text-align:center;padding:16px}")
    body = (f"<div class=\"note\"><div><a href=\"/notes/index.html\">小绿书</a> · 发现</div>\n{inner}\n</div>\n"
            "<div class=\"ft\">小绿书 xiaolvshu.com · 违法不良信息举报电话：400-140-2108 · 沪ICP备2023118902号</div>")
    return doc(p.title, body, css)


def qun_wrap(p, inner):
    css = ("body{background:#ededed;font-family:sans-serif}.box{width:640px;margin:10px auto}"
           ".msg{background:#fff;border-radius:4px;margin:8px 0;padding:8px 10px}.t{color:#999;font-size:11px}.n{color:#576b95}")
    body = (f"<div class=\"box\"><div><a href=\"/index.html\">群信息墙</a> · 公开群聊存档 · <a href=\"/qun/board/g48.html\">成都AI数据标注交流群</a> · <a href=\"/qun/board/g52.html\">全国AI考证互助群</a></div>\n{inner}\n"
            "<p class=\"t\">群信息墙仅存档公开群聊，入驻/删帖请联系管理员微信 qunqiang_admin。</p></div>")
    return doc(p.title, body, css)


def jobs_wrap(p, inner):
    css = ("body{font-family:sans-serif;background:#f6f6f8}.job{width:860px;margin:12px auto;background:#fff;padding:20px}"
           ".sal{color:#fe574a;font-size:20px}.comp{background:#fafafa;padding:10px;margin-top:14px}.ft{text-align:center;color:#999;font-size:12px}")
    body = (f"<div class=\"job\"><div><a href=\"/jobs/index.html\">智聘网</a> &gt; 职位详情</div>\n{inner}\n</div>\n"
            "<div class=\"ft\">智聘网 zhipinw.com ｜ 求职者服务热线 400-666-0581 ｜ 求职过程中凡收取培训费、考证费的职位，请立即举报</div>")
    return doc(p.title, body, css)


def mp_wrap(p, inner):
    css = ("body{margin:0;font-family:-apple-system,sans-serif;background:#f7f8fa}.mp{max-width:420px;margin:0 auto;background:#fff;min-height:100vh}"
           ".bar{background:#07c160;color:#fff;padding:10px;text-align:center}.c{padding:12px}.btn{display:block;background:#07c160;color:#fff;text-align:center;padding:10px;border-radius:20px}")
    body = (f"<div class=\"mp\"><div class=\"bar\">报名通 · 小程序分享</div><div class=\"c\">\n{inner}\n"
            "<p style=\"font-size:11px;color:#aaa\">本页面由「报名通」小程序生成（AppID：wx3f2a9c81d0e5b764），内容由发布者提供。"
            "<a href=\"/mp/index.html\">更多活动</a> · bmtong.cn</p></div></div>")
    return doc(p.title, body, css)


def form_wrap(p, inner):
    css = ("body{background:#eef3fb;font-family:sans-serif}.f{width:600px;margin:20px auto;background:#fff;padding:24px;border-top:6px solid #1e6fff}"
           "label{display:block;margin-top:12px}input,select{width:100%;padding:6px}.ft{text-align:center;font-size:12px;color:#999}")
    body = (f"<div class=\"f\">\n{inner}\n</div>\n"
            "<div class=\"ft\">本表单由 填表通 tianbiaotong.com 提供技术支持，不代表填表通立场 ｜ 举报：report@tianbiaotong.com ｜ "
            "<a href=\"/form/index.html\">表单广场</a></div>")
    return doc(p.title, body, css)


JZB_FOOT = ("<div style=\"text-align:center;font-size:12px;color:#999;padding:10px\">技术支持：建站宝 www.jianzhanbao.cn ｜ "
            "<a href=\"/index.html\">网站导航</a></div>")
JZB_COMMENT = "<!-- template: qiye-blue-07 / 建站宝 jianzhanbao.cn / 模板定制QQ:3381024579 -->\n"

# ======================================================================
# NON-OFFER PAGES (index and list pages are filled in at the end)
# ======================================================================
P_INDEX = P("/index.html", "AI考证资讯导航 - 人工智能训练师相关页面汇总", note="portal/directory page linking every section")
P_MKT_LIST = P("/market/index.html", "考证培训_职业技能_学途优选", note="marketplace category list page")
P_FL_LIST = P("/fenlei/index.html", "广州职业技能培训信息 - 百城分类", note="classifieds list page")
P_ASK_LIST = P("/ask/index.html", "问问知道 - 职业资格分类", note="Q&A category list")
P_BBS_LIST = P("/bbs/index.html", "职业技能等级认定 - 考证之家论坛", note="forum board list")
P_WB_LIST = P("/weibo/index.html", "微言热门 #AI训练师#", note="microblog topic list")
P_NT_LIST = P("/notes/index.html", "小绿书 发现 · 考证", note="notes app explore list")
P_JOB_LIST = P("/jobs/index.html", "智聘网 职位搜索：人工智能训练师", note="recruitment list")
P_MP_LIST = P("/mp/index.html", "报名通 活动广场", note="mini-program share list")
P_FORM_LIST = P("/form/index.html", "填表通 表单广场", note="form platform list")

# ---- official explainer
p = P("/gov/rsj/zcjd/2026/1103_3821.html", "关于人工智能训练师职业技能等级认定的政策解读",
      note="official-style explainer: hotlines 12333, provincial consult line, verification domains")
p.body = doc(p.title, """
<div style="width:900px;margin:0 auto;font-family:SimSun,serif">
<div style="background:#b30000;color:#fff;padding:10px;font-size:22px">某某省人力资源和社会保障厅</div>
<p><a href="/index.html">首页</a> &gt; 政策解读</p>
<h1 style="text-align:center;font-size:20px">关于人工智能训练师职业技能等级认定的政策解读</h1>
<p style="text-align:center;color:#666">发布日期：2026-11-03　来源：职业能力建设处</p>
<p>一、人工智能训练师（职业编码4-04-05-05）是2020年发布的新职业，下设数据标注员、人工智能算法测试员两个工种，国家职业技能标准共设五级/初级工至一级/高级技师五个等级。</p>
<p>二、职业技能等级证书由经人力资源社会保障部门备案的用人单位和社会培训评价组织颁发，政府部门不参与监制。凡宣称“人社部颁发”“国家职业资格证书”的，均与现行政策不符。</p>
<p>三、证书查询：可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）或技能人才评价工作网（osta.mohrss.gov.cn）查询，评价机构名单可在 pjjg.osta.org.cn 查询。</p>
<p>四、申报条件：五级需累计从事本职业或相关职业工作满1年，或本职业学徒期满；更高等级需逐级取得证书并满足相应年限，不存在“零基础直接考技师”的情形。</p>
<p>五、职业技能提升补贴：参保满1年的企业职工取得五级、四级、三级证书的，分别可申领不超过1000元、1500元、2000元补贴。</p>
<p>政策咨询：12333人社服务热线；全省职业技能鉴定咨询电话：0571-8780 5123（工作日）。对虚假宣传、“包过”等行为可拨打12345政务服务便民热线投诉。</p>
</div>""")

# ---- news: scam report quoting scam numbers
p = P("/news/shehui/2026/09/22/scam-ai-trainer.html", "“花3980元考AI训练师证，结果查无此证”——多地警方提醒警惕考证骗局",
      note="news report quoting scam phone / wechat / order number; 96110, 12345")
p.body = doc(p.title, """
<div style="width:760px;margin:0 auto;font:16px/1.9 sans-serif">
<p style="color:#c00"><a href="/index.html">江城晚报</a> · 社会新闻</p>
<h1>“花3980元考AI训练师证，结果查无此证”</h1>
<p style="color:#888">2026-09-22 07:45　记者 周宁</p>
<p>“对方说是人社部颁发，全国联网可查，包过，一个月就能拿证。”市民小林告诉记者，今年7月她在网上看到一则“人工智能训练师高级证书”的广告，添加了对方微信 jypc_kaozheng 后，先后转账3980元。拿到的证书在官方查询平台查不到，对方电话 170 6543 2198 也已停机。</p>
<p>小林提供的付款截图显示，订单编号为 20260314221908775，收款方为一家名称带有“国家”“中心”字样的公司。</p>
<p>警方提醒：职业技能等级证书可在 zscx.osta.org.cn 查询，凡“免培训、包通过、直接发证”的均需警惕。如遇诈骗请拨打110或全国反诈专线96110，也可拨打12345反映。</p>
<p>据了解，人社部2022年即开展技术技能类“山寨证书”专项治理，关闭了一批仿冒查询网站。</p>
<p><a href="/news/jiaoyu/2026/10/ai-trainer-demand.html">相关阅读：AI训练师缺口大，考证热背后有哪些门道</a></p>
</div>""")

# ---- news: policy / demand story (SEO-ish repost)
p = P("/news/jiaoyu/2026/10/ai-trainer-demand.html", "AI训练师缺口大，考证热背后有哪些门道",
      note="neutral news; mentions 12333 and official query site")
p.body = doc(p.title, """
<div style="width:760px;margin:0 auto;font:16px/1.9 sans-serif">
<p><a href="/index.html">江城晚报</a> · 教育</p>
<h1>AI训练师缺口大，考证热背后有哪些门道</h1>
<p>2025年，上海人工智能训练师职业技能等级认定1.63万人次，发证1.09万本，该职业已列入当地急需紧缺高技能人才职业目录。</p>
<p>业内人士介绍，人工智能训练师属于职业技能等级证书，由备案的评价机构颁发，并非国家职业资格证书。培训课程一般理论约三成、实操约七成。</p>
<p>“网上有些广告说零基础直接考二级技师，这和标准规定的逐级晋升是矛盾的。”一位评价机构负责人说。市民如有疑问，可拨打12333咨询，或登录 osta.mohrss.gov.cn 查询备案机构。</p>
<p><a href="/news/shehui/2026/09/22/scam-ai-trainer.html">延伸：花3980元考证结果查无此证</a></p>
</div>""")

# ---- neutral Q&A (non-offer)
p = P("/ask/q/1046215.html", "人工智能训练师证书到底有没有用？在哪能查？", note="neutral Q&A, no seller; 12333 and osta domain")
p.body = ask_wrap(p, """
<h2>人工智能训练师证书到底有没有用？在哪能查？</h2>
<p class="who">提问者：匿名用户　2026-08-02</p>
<p>最近刷到好多广告说AI训练师证书含金量高，还能补贴，是真的吗？怎么分辨真假？</p>
<div class="ans"><p class="who">最佳答案 · 职场老鸟阿杰</p>
<p>这是2020年新职业，属于职业技能等级证书，不是国家职业资格证。真证书都能在 zscx.osta.org.cn 输入姓名+身份证号+证书编号查到。补贴要交满一年失业保险，五级最多1000。不确定的直接打12333问当地人社。</p></div>
<div class="ans"><p class="who">回答 · 数据标注打工人</p>
<p>我在标注公司上班，公司组织考的四级，没花钱。外面宣传包过、三级二级一起考的，别信。</p></div>
""")

# ---- forum warning thread (non-offer)
p = P("/bbs/thread-20417-1-1.html", "【曝光】被所谓“国家人才中心”骗了，大家避雷！", note="forum warning thread quoting scam numbers")
p.body = bbs_wrap(p, """
<table class="pl" width="100%">
<tr><td class="auth">楼主<br>阿福不糊涂</td><td><h3>【曝光】被所谓“国家人才中心”骗了，大家避雷！</h3>
<p>上个月加了个微信 jypc_kaozheng，说人工智能训练师三级包过，交了2600，证书编号根本查不到。客服电话17065432198现在打不通。</p>
<p>工单号 KF2026082200419，平台说没法处理。已经打了12345投诉，也报了96110。</p></td></tr>
<tr><td class="auth">2楼<br>版主-小鹿</td><td><p>感谢分享，已置顶。提醒：正规证书查询只认 osta.org.cn 下的官方平台，任何自建“查询网站”都不要信。</p></td></tr>
<tr><td class="auth">3楼<br>hzwalker</td><td><p>同一个号也骗过我同事，170 6543 2198，标记为诈骗了。</p></td></tr>
</table>""")

# ---- genuine job ad (non-offer)
p = P("/jobs/job/j_7731.html", "数据标注员（可提供人工智能训练师认定）- 成都 - 智聘网", note="genuine job ad, employer pays for evaluation; no fee")
p.body = jobs_wrap(p, """
<h2>数据标注员</h2><p class="sal">5-7K · 13薪</p>
<p>成都·高新区 ｜ 经验不限 ｜ 大专</p>
<h3>职位描述</h3>
<p>1. 负责自动驾驶图像数据的标注与质检；2. 按规范完成点云、语义分割标注；3. 入职满一年可参加公司组织的人工智能训练师（四级）职业技能等级认定，费用由公司承担。</p>
<p>本岗位不收取任何费用，请通过智聘网在线投递简历。</p>
<div class="comp"><b>成都锐图智能数据有限公司</b>　人工智能 · 100-499人<br>地址：成都市高新区天府三街 某大厦 12F</div>
""")

# ---- door maker's hijacked/SEO-parasite page (non-offer, uses builder 建站宝)
p = P("/s/hxmy-door/news/hyxw/3061.html", "2026年人工智能训练师报考指南（最新）-华鑫门业",
      note="SEO-parasite guide on an unrelated door maker's site; door maker's own contacts; site-builder credit")
p.body = doc(p.title, """
<div style="width:1000px;margin:0 auto;font-family:sans-serif">
<div style="background:#2b4d7e;color:#fff;padding:12px">华鑫门业 —— 防盗门 · 室内门 · 工程门　服务热线：020-3721 6650</div>
<p>当前位置：首页 &gt; 新闻中心 &gt; 行业新闻</p>
<h2>2026年人工智能训练师报考指南（最新）</h2>
<p>人工智能训练师分五个等级，五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。广东基础补贴：五级1000元、四级1500元、三级2000元，部分城市可上浮30%。</p>
<p>报考流程：选择备案评价机构 → 报名培训 → 理论+实操考核 → 证书可在 zscx.osta.org.cn 查询。</p>
<p>（本文来源于网络，如有侵权请联系删除）</p>
<div style="background:#eee;padding:10px">广州华鑫门业有限公司　统一社会信用代码：""" + DOOR_USCC + """　地址：广州市白云区太和镇</div>
</div>""" + JZB_FOOT, comment=JZB_COMMENT)

# ======================================================================
# OPERATOR U01 智汇未来教育 / 未来星AI学苑
# chain: M1 -phone- S1 -wechat- N1 -qq_group- F1
# ======================================================================
p = P("/market/item/60318.html", "【智汇未来教育】人工智能训练师四级/三级 线上课+考前辅导 报名咨询",
      True, "U01", "智汇未来教育", "marketplace listing; mobile with dashes")
p.body = market_wrap(p, f"""
<div style="display:flex;gap:20px"><img src="/img/60318.jpg" alt="AI训练师课程封面" width="360" height="360">
<div><h1 style="font-size:20px">【智汇未来教育】人工智能训练师四级/三级 线上课+考前辅导 报名咨询</h1>
<p class="price">¥ 2680.00 <s style="color:#999;font-size:13px">¥4980</s></p>
<p>月销 126 ｜ 累计评价 88 ｜ 发货地：广东 广州</p>
<p>规格：<button>四级（中级工）</button> <button>三级（高级工）+260</button></p>
</div></div>
<h3>商品详情</h3>
<p>★ 数据标注员方向，线上直播+录播，送题库 ★ 证书全国联网可查 ★ 符合条件可申请技能提升补贴</p>
<p>报名前请先联系客服确认申报条件。店铺客服电话：{p.i('phone', U01_TEL, '139-2287-4416')}　店铺QQ：{p.i('qq', '2851930647', '2851930647')}</p>
<p>店铺：智汇未来教育旗舰店（广州）　<a href="/market/index.html">进店逛逛</a></p>
""")

p = P("/s/zhwl-edu/index.html", "未来星AI学苑 | 人工智能训练师培训 · 广州", True, "U01", "未来星AI学苑",
      "seller landing page on own domain; tel: link, wechat only in image alt, obfuscated email; site builder credit")
p.body = doc(p.title, f"""
<div style="background:linear-gradient(90deg,#3b1e8f,#7b2ff7);color:#fff;padding:40px;text-align:center">
<h1>未来星AI学苑</h1><p>零基础转行AI · 人工智能训练师五级/四级/三级 · 广州天河线下班+线上班</p>
<a style="color:#ffeb3b;font-size:22px" href="tel:{p.i('phone', U01_TEL, '+8613922874416')}">☎ {p.i('phone', U01_TEL, '139 2287 4416')}</a></div>
<div style="width:960px;margin:0 auto">
<h2>课程价格</h2>
<table border="1" cellpadding="8" style="border-collapse:collapse">
<tr><th>等级</th><th>学时</th><th>学费</th></tr>
<tr><td>五级</td><td>60</td><td>1980</td></tr><tr><td>四级</td><td>50</td><td>2680</td></tr><tr><td>三级</td><td>40</td><td>3280</td></tr></table>
<p>学费含教材、实操平台账号、考核费。补贴按广州政策申领，我们协助办理。</p>
<h2>联系我们</h2>
<img src="/s/zhwl-edu/qr.png" width="160" alt="{p.i('wechat', U01_WX, '扫码加V信：weilaixing_ai')}">
<p>招生邮箱：{p.i('email', U01_MAIL, 'zs(at)zhwl-edu.cn')}（把(at)换成@）</p>
<p>校区：广州市天河区 某科技园B座 6楼</p>
<p style="color:#999">© 2026 {p.i('domain', U01_DOM, 'www.zhwl-edu.cn')} 未来星AI学苑 粤ICP备2024089123号</p>
</div>""" + JZB_FOOT, comment=JZB_COMMENT)

p = P("/notes/explore/6a1f02c7e9.html", "宝子们 我终于考下AI训练师四级了！！附备考经验", True, "U01", "未来星AI学苑",
      "notes-app testimonial style ad; wechat as 'V信', QQ group with spaces")
p.body = notes_wrap(p, f"""
<p class="author">小星星学姐🌟</p>
<h2>宝子们 我终于考下AI训练师四级了！！附备考经验</h2>
<p>去年从行政转岗做数据标注，听同事说可以考个证🤔 找了一圈最后在未来星AI学苑报的，老师超负责，实操课手把手教标注工具～</p>
<p>💰费用：四级 2680（广州可以申请补贴，我拿回了1500！）</p>
<p>📌想了解的姐妹可以加V信 {p.i('wechat', U01_WX, 'weilaixing_ai')} 说是小星星推荐的有优惠</p>
<p>📌备考资料在群里：QQ群：{p.i('qq_group', U01_QGROUP, '738 201 556')}</p>
<p class="tag">#人工智能训练师 #考证 #数据标注 #转行AI</p>
<div class="cm">评论 42 · 小鹿乱撞：多少钱呀 → 作者：看正文哦～</div>
""")

p = P("/fenlei/gz/peixun/88213x.html", "AI训练师考证 数据标注员 广州天河 周末班", True, "U01", "智汇未来",
      "classifieds ad; only QQ group and landline-free; brand short form")
p.body = fenlei_wrap(p, f"""
<h1 style="font-size:20px">AI训练师考证 数据标注员 广州天河 周末班</h1>
<p style="color:#999">更新于 2026-11-12　浏览 317 次</p>
<table class="info"><tr><td>类别：</td><td>职业技能培训</td></tr><tr><td>费用：</td><td>1980起</td></tr>
<tr><td>区域：</td><td>天河 - 岗顶</td></tr><tr><td>联系人：</td><td>智汇未来 周老师</td></tr></table>
<p>2026年12月班 报名中，人社备案机构认定，五级四级三级都可报。小班教学，不过免费重修。</p>
<p>报名/资料请加群：{p.i('qq_group', U01_QGROUP, 'QQ群738201556')}（进群看置顶）</p>
<p>联系我时请说明是在百城分类看到的，谢谢！</p>
""", city="广州")

# ======================================================================
# OPERATOR U02 鼎学职业培训学校 / 鼎学教育 / 星火数标
# chain: F2 -phone(landline)- S2 -wechat- A1 -qq- W1
# ======================================================================
p = P("/fenlei/zz/peixun/41907x.html", "郑州 人工智能训练师 考证培训 鼎学教育 金水区", True, "U02", "鼎学教育",
      "classifieds ad; landline with dash; also mobile")
p.body = fenlei_wrap(p, f"""
<h1 style="font-size:20px">郑州 人工智能训练师 考证培训 鼎学教育 金水区</h1>
<p style="color:#999">更新于 2026-10-28　浏览 198 次</p>
<table class="info"><tr><td>价格：</td><td>面议</td></tr><tr><td>商家：</td><td>鼎学教育（已认证）</td></tr>
<tr><td>电话：</td><td>{p.i('phone', U02_TEL, '0371-65912840')}</td></tr>
<tr><td>手机：</td><td>{p.i('phone', '+8615638207714', '156 3820 7714')}</td></tr></table>
<p>人工智能训练师（数据标注员）五级、四级；另有电子商务师、直播销售员。在职人员可申请技能提升补贴，学校可开具发票。</p>
<p>上课地点：郑州市金水区 经三路 某大厦 9楼</p>
""", city="郑州")

p = P("/s/dingxue/index.html", "郑州市金水区鼎学职业培训学校 - 官网", True, "U02", "鼎学职业培训学校",
      "private-school company site; landline in parentheses + spaces; USCC (52 prefix); wechat")
p.body = doc(p.title, f"""
<div style="width:1000px;margin:0 auto;font-family:'Microsoft YaHei'">
<div style="display:flex;justify-content:space-between;padding:10px;border-bottom:3px solid #0a5bb5">
<b style="font-size:24px;color:#0a5bb5">鼎学职业培训学校</b><span>咨询热线：{p.i('phone', U02_TEL, '（0371）6591 2840')}</span></div>
<p>首页 ｜ 学校简介 ｜ 培训项目 ｜ 报名指南 ｜ 联系我们</p>
<h2>2026年第四期 人工智能训练师职业技能等级认定培训 招生简章</h2>
<p>一、培训对象：从事数据标注、智能客服、算法测试等相关工作满一年的人员。</p>
<p>二、培训等级及费用：五级 1600元/人；四级 2200元/人（含认定费）。</p>
<p>三、报名材料：身份证复印件、工作年限证明、一寸白底照片2张。</p>
<p>四、证书查询：证书信息可登录技能人才评价工作网查询，政策咨询可拨打12333。</p>
<p>报名微信：{p.i('wechat', U02_WX, 'dingxue_kf2')}（工作日 8:30-17:30）</p>
<p style="font-size:12px;color:#777">郑州市金水区鼎学职业培训学校　统一社会信用代码：{p.i('uscc', U02_USCC, U02_USCC)}　办学许可证号：教民141010570000231号</p>
</div>""")

p = P("/ask/q/1047730.html", "郑州有没有靠谱的人工智能训练师培训？想考个四级", True, "U02", "星火数标",
      "Q&A thread where seller answers with 加v and QQ")
p.body = ask_wrap(p, f"""
<h2>郑州有没有靠谱的人工智能训练师培训？想考个四级</h2>
<p class="who">提问者：豫见未来　2026-10-09</p>
<p>在郑州做标注快两年了，公司不组织考，想自己报个四级，有推荐的吗？</p>
<div class="ans"><p class="who">回答 · 星火数标-王老师（认证：教育培训）</p>
<p>你好，你的情况符合四级申报条件的。我们这边每月一期，四级2200含认定费，线上理论+线下实操。可以加v {p.i('wechat', U02_WX, 'dingxue_kf2')}，备注“训练师”，发你简章。或者Q：{p.i('qq', U02_QQ, '1937504826')}</p></div>
<div class="ans"><p class="who">回答 · 路人甲</p><p>先去 pjjg.osta.org.cn 看看机构有没有备案再说。</p></div>
""")

p = P("/weibo/u/5523018/status/Nf3kqA7.html", "星火数标的微言：AI训练师12月班", True, "U02", "星火数标",
      "microblog post; QQ as 扣扣 with dashes")
p.body = weibo_wrap(p, f"""
<p><span class="nick">星火数标</span> <span class="meta">11-20 18:02 来自 iPhone客户端</span></p>
<p>【12月班开放报名】#人工智能训练师# 五级/四级，郑州线下+全国线上😀 想转行AI、想拿补贴的小伙伴看过来！名额30个，先到先得~ 咨询扣扣：{p.i('qq', U02_QQ, '1937-504-826')} 私信也行</p>
<p><img src="/weibo/img/nf3kq1.jpg" alt="招生海报" width="200"></p>
<div class="ops">转发 12 ｜ 评论 5 ｜ 赞 31</div>
""")

# ======================================================================
# OPERATOR U03 京智云课堂 / 北京云岭人才服务有限公司
# chain: M2 -uscc- J1 -email- N2 -domain- S3
# ======================================================================
p = P("/market/item/71144.html", "京智云课堂 AI训练师（人工智能训练师）三级 直播课 拿证快", True, "U03", "京智云课堂",
      "marketplace shop with business licence info (USCC); mobile without separators")
p.body = market_wrap(p, f"""
<h1 style="font-size:20px">京智云课堂 AI训练师（人工智能训练师）三级 直播课 拿证快</h1>
<p class="price">¥ 3580.00</p>
<p>已售 403 件 ｜ 服务：7天无理由退款（开课前）</p>
<h3>课程介绍</h3>
<ul><li>30课时直播+60课时录播</li><li>配套实操平台：图像/文本/语音标注</li><li>考前冲刺押题班</li></ul>
<p>咨询电话：{p.i('phone', U03_MOB, '18610243379')}</p>
<h3>店铺资质</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td>企业名称</td><td>北京云岭人才服务有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{p.i('uscc', U03_USCC, U03_USCC)}</td></tr>
<tr><td>经营范围</td><td>人力资源服务；职业中介活动；技术服务、技术开发</td></tr></table>
""")

p = P("/jobs/job/j_8052.html", "【急招】AI训练师 底薪8000+ 无经验可 包培训 - 北京 - 智聘网", True, "U03", "北京云岭人才服务有限公司",
      "fake job ad that is actually a paid course; company USCC in company box; hr email")
p.body = jobs_wrap(p, f"""
<h2>AI训练师（急招）</h2><p class="sal">8-15K</p>
<p>北京·海淀 ｜ 经验不限 ｜ 学历不限</p>
<h3>职位描述</h3>
<p>无需经验，公司提供岗前培训，培训合格后考取人工智能训练师证书即可上岗。岗前培训及考证费用3580元（可分期），持证后推荐到合作企业。</p>
<p>简历投递：{p.i('email', U03_MAIL, 'hr_yunling@163.com')}</p>
<div class="comp"><b>北京云岭人才服务有限公司</b>　人力资源服务 · 20-99人<br>
统一社会信用代码：{p.i('uscc', U03_USCC, U03_USCC)}</div>
""")

p = P("/notes/explore/65f2a1c9b0.html", "AI训练师资料包免费领📚（含真题）", True, "U03", "京智云课堂",
      "notes post; full-width @ in email; domain written without www")
p.body = notes_wrap(p, f"""
<p class="author">京智云课堂 · 小云老师</p>
<h2>AI训练师资料包免费领📚（含真题）</h2>
<p>整理了人工智能训练师三级/四级的理论题库+实操案例，需要的宝宝评论区扣1，或者发邮件到 {p.i('email', U03_MAIL, 'hr_yunling＠163.com')} 自动回复～</p>
<p>想系统学的可以看看我们的直播课（三级3580，四级2980），官网：{p.i('domain', U03_DOM, 'jzykt.com')}</p>
<p class="tag">#AI训练师 #资料分享 #北京考证</p>
""")

p = P("/s/jzykt/blog/2026/ai-trainer-level3.html", "人工智能训练师三级怎么考？报名条件、费用、考试内容一文说清 - 京智云课堂",
      True, "U03", "京智云课堂", "seller blog article ending with an offer; domain in footer; mobile only in tel:")
p.body = doc(p.title, f"""
<div style="width:820px;margin:0 auto;font:16px/1.8 sans-serif">
<p><a href="/s/jzykt/blog/2026/ai-trainer-level3.html">京智云课堂</a> / 博客 / 考证指南</p>
<h1>人工智能训练师三级怎么考？报名条件、费用、考试内容一文说清</h1>
<p>三级（高级工）理论部分包括业务分析、智能训练、智能系统设计、培训与指导等章节，实操以案例操作为主……</p>
<p>很多同学问能不能跳级考，答案是不能：一般需要取得四级证书后再满足相应年限。</p>
<h2>我们的课程</h2>
<p>京智云课堂三级直播班：3580，每月开班，<b>点击报名</b>→ <a href="tel:{p.i('phone', U03_MOB, '+86-186-1024-3379')}">电话报名</a></p>
<p style="color:#888;font-size:13px">Copyright © 2026 {p.i('domain', U03_DOM, 'JZYKT.COM')} 京智云课堂 版权所有　京ICP备2025011273号</p>
</div>""")

p = P("/s/jzykt/health-manager.html", "健康管理师 培训报名 - 京智云课堂", False, None, "京智云课堂",
      "non-offer: other occupation (健康管理师) course by U03; shares U03 mobile")
p.body = doc(p.title, f"""
<div style="width:820px;margin:0 auto;font:16px/1.8 sans-serif">
<h1>健康管理师 培训报名</h1>
<p>健康管理师三级线上班，学费2480，含教材。适合医护、药店、康养从业者。</p>
<p>报名电话：{p.i('phone', U03_MOB, '186 1024 3379')}</p>
<p><a href="/s/jzykt/blog/2026/ai-trainer-level3.html">返回博客</a></p>
</div>""")

# ======================================================================
# OPERATOR U04 码上AI学院 / 数智标注工坊 (成都)
# chain: F3 -phone- B1 -other(douyin)- Q1
# ======================================================================
p = P("/fenlei/cd/peixun/55610x.html", "成都 AI训练师 四级证 码上AI学院 高新区", True, "U04", "码上AI学院",
      "classifieds ad; full-width digits phone; copied certificate sample number")
p.body = fenlei_wrap(p, f"""
<h1 style="font-size:20px">成都 AI训练师 四级证 码上AI学院 高新区</h1>
<p style="color:#999">更新于 2026-11-02　浏览 566 次</p>
<table class="info"><tr><td>费用：</td><td>2380</td></tr><tr><td>联系人：</td><td>码上AI学院 刘老师</td></tr>
<tr><td>电话：</td><td>{p.i('phone', U04_MOB, '１５８ ２８１６ ０９３７')}</td></tr></table>
<p>4-04-05-05 四级/中级工，成都积分入户可加分，证书可查。</p>
<p><img src="/fenlei/img/cert-sample.jpg" width="220" alt="证书样本 编号S000033000123253000187"></p>
<p>课程：Python基础、标注工具、数据清洗、模型测试，周末班8周。</p>
""", city="成都")

p = P("/bbs/thread-20588-1-1.html", "求问成都哪里能考数据标注员/AI训练师？", True, "U04", "数智标注工坊",
      "forum thread; seller reply 2F with phone 电话微信同号 and douyin ID; forum QQ group footer decoy")
p.body = bbs_wrap(p, f"""
<table class="pl" width="100%">
<tr><td class="auth">楼主<br>蓉城小码农</td><td><h3>求问成都哪里能考数据标注员/AI训练师？</h3><p>在标注公司做了一年多，想考个证，成都有没有靠谱的地方？</p></td></tr>
<tr><td class="auth">2楼<br>数智标注工坊</td><td><p>楼主可以了解下我们，四级2380，成都高新区线下实操。电话微信同号：{p.i('phone', U04_MOB, '158-2816-0937')}，抖音搜 {p.i('other', U04_DY, 'shuzhi_biaozhu')} 有我们上课视频。</p></td></tr>
<tr><td class="auth">3楼<br>蓉城小码农</td><td><p>谢谢，我去看看</p></td></tr>
<tr><td class="auth">4楼<br>老K</td><td><p>提醒一句，报之前查一下机构备案，别交了钱拿个查不到的证。</p></td></tr>
</table>""")

p = P("/qun/board/g48.html", "群信息墙 · 成都AI数据标注交流群（2群）", True, "U04", "数智标注工坊",
      "chat-group archive where the seller posts; douyin ID with label; board admin wechat decoy")
p.body = qun_wrap(p, f"""
<h3>成都AI数据标注交流群（2群） · 公开存档</h3>
<div class="msg"><span class="n">阿梅</span><p>有人知道标注员有证可以考吗</p><span class="t">11-05 10:12</span></div>
<div class="msg"><span class="n">数智标注工坊-刘</span><p>有的，人工智能训练师，下面有数据标注员工种。我们12月有四级班，价格2380，符合一年工作经验就能报</p><span class="t">11-05 10:15</span></div>
<div class="msg"><span class="n">数智标注工坊-刘</span><p>课程视频在抖音，抖音号：{p.i('other', U04_DY, 'shuzhi_biaozhu')}，感兴趣私聊我</p><span class="t">11-05 10:16</span></div>
<div class="msg"><span class="n">大熊</span><p>群里禁止广告哈，下不为例</p><span class="t">11-05 10:20</span></div>
""")

# ======================================================================
# OPERATOR U05 华职认证服务中心 / 杭州启衡教育科技有限公司 / 启衡AI (杭州)
# chain: M3 -phone(400)- S5 -email- W2 -wechat- P1
# ======================================================================
p = P("/market/item/73390.html", "华职认证服务中心 人工智能训练师 五级四级三级 全国可报 证书可查", True, "U05", "华职认证服务中心",
      "marketplace listing with national-sounding brand; 400 number without separators; copied certificate sample")
p.body = market_wrap(p, f"""
<h1 style="font-size:20px">华职认证服务中心 人工智能训练师 五级四级三级 全国可报 证书可查</h1>
<p class="price">¥ 1280.00 - 3880.00</p>
<p>月销 58 ｜ 发货地：浙江 杭州</p>
<p>✔ 全国统一报名 ✔ 线上学习 ✔ 证书样本如下</p>
<p><img src="/market/img/73390-cert.jpg" width="300" alt="证书样本 编号S000033000123253000187"></p>
<p>全国咨询热线：{p.i('phone', U05_400, '4006182736')}（请勿在平台外付款）</p>
""")

p = P("/s/qiheng/index.html", "启衡教育 - 人工智能训练师培训报名中心", True, "U05", "杭州启衡教育科技有限公司",
      "company site built with 建站宝; 400 with dashes; email plain; provincial consult line quoted")
p.body = doc(p.title, f"""
<div style="width:1000px;margin:0 auto;font-family:sans-serif">
<div style="background:#0d7a5f;color:#fff;padding:16px"><b style="font-size:22px">启衡教育</b>　服务热线：{p.i('phone', U05_400, '400-618-2736')}</div>
<p>首页 ｜ 课程中心 ｜ <a href="/s/qiheng/about.html">关于我们</a> ｜ 证书查询 ｜ 在线报名</p>
<h2>人工智能训练师培训 报名中心</h2>
<p>报考等级：五级 / 四级 / 三级　学习方式：线上直播+杭州线下实操</p>
<p>收费标准：五级1280，四级2580，三级3880（含认定费，不含补贴）</p>
<p>证书查询说明：可通过国家官方平台查询；浙江考生也可致电全省职业技能鉴定咨询电话 0571-8780 5123 核实。</p>
<p>合作咨询邮箱：{p.i('email', U05_MAIL, 'qiheng_ai@126.com')}</p>
<p style="font-size:12px;color:#666">杭州启衡教育科技有限公司　统一社会信用代码：{p.i('uscc', U05_USCC, U05_USCC)}</p>
</div>""" + JZB_FOOT, comment=JZB_COMMENT)

p = P("/s/qiheng/about.html", "关于我们 - 启衡教育", False, None, "杭州启衡教育科技有限公司",
      "non-offer: seller company profile without an offer; USCC and 400 number")
p.body = doc(p.title, f"""
<div style="width:1000px;margin:0 auto;font-family:sans-serif">
<div style="background:#0d7a5f;color:#fff;padding:16px"><b style="font-size:22px">启衡教育</b></div>
<p><a href="/s/qiheng/index.html">首页</a> ｜ 关于我们</p>
<h2>公司简介</h2>
<p>杭州启衡教育科技有限公司成立于2021年，专注数字技能人才培养，已与多家数据服务企业建立合作。</p>
<p>地址：杭州市西湖区 某创意园 3号楼　电话：{p.i('phone', U05_400, '400 618 2736')}</p>
<p>统一社会信用代码：{p.i('uscc', U05_USCC, U05_USCC)}</p>
</div>""" + JZB_FOOT, comment=JZB_COMMENT)

p = P("/weibo/u/7710452/status/Qp9xY2m.html", "启衡AI的微言：三级证限时优惠", True, "U05", "启衡AI",
      "microblog; email obfuscated with [at]; wechat with VX; warns about scam number copied from news")
p.body = weibo_wrap(p, f"""
<p><span class="nick">启衡AI</span> <span class="meta">11-18 09:30 来自 微言网页版</span></p>
<p>#人工智能训练师# 三级（高级工）线上班 限时3580！原价3880，本周五截止。需要简章的请发邮件 {p.i('email', U05_MAIL, 'qiheng_ai[at]126.com')} 或加VX：{p.i('wechat', U05_WX, 'qh-ai-2026')}</p>
<p>⚠ 防骗提醒：近期有人冒充培训机构收费，诈骗电话170 6543 2198，请大家认准官方渠道！</p>
<div class="ops">转发 3 ｜ 评论 9 ｜ 赞 14</div>
""")

p = P("/mp/share/a8K2pQ.html", "华职认证｜人工智能训练师报名（小程序）", True, "U05", "华职认证服务中心",
      "mini-program share page; wechat written with 微信号; placeholder phone in form; platform AppID decoy")
p.body = mp_wrap(p, f"""
<h3>人工智能训练师 2026年12月批次 报名</h3>
<p>主办：华职认证服务中心</p>
<p>报名费：¥1280起</p>
<p>报名截止：12月15日</p>
<p>姓名：<input placeholder="请输入姓名"> 手机：<input placeholder="例：13800138000"></p>
<a class="btn">立即报名</a>
<p>客服微信号：{p.i('wechat', U05_WX, 'qh-ai-2026')}</p>
""")

# ======================================================================
# OPERATOR U06 优才职训 / 青鸟数据标注培训 (武汉)
# chain: F4 -qq- A2 -phone- N3 -email- FM1
# ======================================================================
p = P("/fenlei/wh/peixun/60772x.html", "武汉 人工智能训练师 培训考证 优才职训 光谷", True, "U06", "优才职训",
      "classifieds ad; QQ with spaces; price without currency")
p.body = fenlei_wrap(p, f"""
<h1 style="font-size:20px">武汉 人工智能训练师 培训考证 优才职训 光谷</h1>
<p style="color:#999">更新于 2026-11-15　浏览 89 次</p>
<table class="info"><tr><td>价格：</td><td>1880</td></tr><tr><td>商家：</td><td>优才职训</td></tr>
<tr><td>QQ：</td><td>{p.i('qq', U06_QQ, '3049 1827 56')}</td></tr></table>
<p>数据标注员 五级 四级，光谷线下小班，周末上课。已有工作经验者优先安排考核。</p>
""", city="武汉")

p = P("/ask/q/1048802.html", "武汉考AI训练师大概要多少钱？", True, "U06", "青鸟数据标注培训",
      "Q&A thread; seller reply with QQ and +86 phone")
p.body = ask_wrap(p, f"""
<h2>武汉考AI训练师大概要多少钱？</h2>
<p class="who">提问者：江夏的风　2026-11-01</p>
<p>网上价格从几百到几千都有，到底多少钱是正常的？</p>
<div class="ans"><p class="who">回答 · 青鸟数据标注培训</p>
<p>正规培训一般一千多到三千左右，看等级。我们青鸟五级1580、四级1880，光谷上课。详细可以Q我 {p.i('qq', U06_QQ, '3049182756')}，或者电话 {p.i('phone', U06_MOB, '+86 132-0716-1185')}</p></div>
<div class="ans"><p class="who">回答 · 谨慎点</p><p>几百块包过的肯定有问题，可以打12333问问。</p></div>
""")

p = P("/notes/explore/66b0e3d1aa.html", "武汉｜零基础也能学的数据标注，顺便拿个证", True, "U06", "青鸟数据标注培训",
      "notes post; phone with ☎ and spaces; email obfuscated with ▲")
p.body = notes_wrap(p, f"""
<p class="author">青鸟数据标注-小林老师</p>
<h2>武汉｜零基础也能学的数据标注，顺便拿个证</h2>
<p>标注工作门槛不高，但是要拿人工智能训练师证书需要工作满一年哦～我们可以先推荐实习再考证👍</p>
<p>☎ {p.i('phone', U06_MOB, '132 0716 1185')}</p>
<p>✉ {p.i('email', U06_MAIL, 'youcai_px▲163.com（▲换成@）')}</p>
<p class="tag">#武汉 #数据标注 #AI训练师</p>
""")

p = P("/form/f/XQ7be2.html", "优才职训 2026冬季班 报名登记表", True, "U06", "优才职训",
      "sign-up form; email plain; placeholder phone decoy; scam-warning number copied")
p.body = form_wrap(p, f"""
<h2>优才职训 2026冬季班 报名登记表</h2>
<p>课程：人工智能训练师（数据标注员）五级/四级　费用：1580 / 1880</p>
<label>姓名<input></label>
<label>手机号<input placeholder="例：13800138000"></label>
<label>报考等级<select><option>五级</option><option>四级</option></select></label>
<label>从事相关工作年限<input></label>
<p>提交后老师会在24小时内联系您。有疑问请发邮件至：{p.i('email', U06_MAIL, 'youcai_px@163.com')}</p>
<p style="color:#c00;font-size:12px">温馨提示：本机构不会通过个人账户收款，谨防诈骗电话17065432198。</p>
""")

# ======================================================================
# OPERATOR U07 云端智学 / 领航职业技能培训学校 (深圳)
# chain: M4 -wechat- B2 -domain- J2
# ======================================================================
p = P("/market/item/74021.html", "云端智学 人工智能训练师 深圳线下实操班 四级", True, "U07", "云端智学",
      "marketplace listing; wechat in a table; landline")
p.body = market_wrap(p, f"""
<h1 style="font-size:20px">云端智学 人工智能训练师 深圳线下实操班 四级</h1>
<p class="price">¥ 2980.00</p>
<p>月销 37 ｜ 发货地：广东 深圳</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>项目</th><th>说明</th></tr>
<tr><td>上课地点</td><td>深圳南山 科技园</td></tr>
<tr><td>课时</td><td>50课时（周末）</td></tr>
<tr><td>微信</td><td>{p.i('wechat', U07_WX, 'yunduan_zx')}</td></tr>
<tr><td>座机</td><td>{p.i('phone', U07_TEL, '0755-26937714')}</td></tr></table>
""")

p = P("/bbs/thread-20711-1-1.html", "深圳 AI训练师 四级 周末班有推荐吗", True, "U07", "领航职业技能培训学校",
      "forum thread; seller reply uses wechat with 'V：' and mentions school site domain")
p.body = bbs_wrap(p, f"""
<table class="pl" width="100%">
<tr><td class="auth">楼主<br>南山打工仔</td><td><h3>深圳 AI训练师 四级 周末班有推荐吗</h3><p>工作日没时间，只能周末上课。</p></td></tr>
<tr><td class="auth">2楼<br>领航小助手</td><td><p>领航职业技能培训学校有周末班，四级2980，南山上课。简章在学校官网 {p.i('domain', U07_DOM, 'www.lhzyjn.com.cn')}，或者加 V：{p.i('wechat', U07_WX, 'yunduan_zx')} 详聊</p></td></tr>
<tr><td class="auth">3楼<br>南山打工仔</td><td><p>好的 谢谢</p></td></tr>
</table>""")

p = P("/jobs/job/j_8190.html", "AI训练师学员（带薪实训）- 深圳 - 智聘网", True, "U07", "领航职业技能培训学校",
      "recruitment post that is really a course sale; domain in company box; separate mobile")
p.body = jobs_wrap(p, f"""
<h2>AI训练师学员（带薪实训）</h2><p class="sal">4-6K</p>
<p>深圳·南山 ｜ 经验不限 ｜ 学历不限</p>
<h3>职位描述</h3>
<p>招收AI训练师学员，先参加为期8周的人工智能训练师四级培训（学费2980，可分期），结业后安排实训岗位。</p>
<p>联系人：陈老师 {p.i('phone', '+8618923641075', '189 2364 1075')}</p>
<div class="comp"><b>深圳市南山区领航职业技能培训学校</b>　教育培训 · 20-99人<br>网址：{p.i('domain', U07_DOM, 'lhzyjn.com.cn')}</div>
""")

# ======================================================================
# OPERATOR U08 新职点教育 / 职点AI训练营 (重庆)
# chain: A3 -phone- W3 -qq_group- P2
# ======================================================================
p = P("/ask/q/1049117.html", "重庆哪里可以报人工智能训练师？不要太贵的", True, "U08", "新职点教育",
      "Q&A thread; seller reply with +86- phone")
p.body = ask_wrap(p, f"""
<h2>重庆哪里可以报人工智能训练师？不要太贵的</h2>
<p class="who">提问者：山城小雨　2026-11-06</p>
<p>预算两千以内，五级四级都行。</p>
<div class="ans"><p class="who">回答 · 新职点教育（认证：机构）</p>
<p>我们新职点五级1380，四级1880，渝北线下上课，也有线上班。电话：{p.i('phone', U08_MOB, '+86-177 2305 8841')}，工作时间都在。</p></div>
""")

p = P("/weibo/u/6630981/status/Kc2mT5r.html", "职点AI训练营的微言：重庆站开班", True, "U08", "职点AI训练营",
      "microblog; phone with 微信同号; QQ group with spaces")
p.body = weibo_wrap(p, f"""
<p><span class="nick">职点AI训练营</span> <span class="meta">11-12 20:41 来自 HUAWEI Mate</span></p>
<p>重庆站12月开班啦🎉 #AI训练师# 五级1380/四级1880，价格全网最实在！</p>
<p>报名电话{p.i('phone', U08_MOB, '177 2305 8841')}（微信同号）</p>
<p>学习交流QQ群 {p.i('qq_group', U08_QGROUP, '903 552 174')}</p>
<p>[图片] 学员晒单：订单编号 20260314221908775 课程已开通，感谢老师！</p>
<div class="ops">转发 8 ｜ 评论 2 ｜ 赞 20</div>
""")

p = P("/mp/share/Zt71cB.html", "职点AI训练营｜12月班报名", True, "U08", "职点AI训练营",
      "mini-program share; QQ group as 入群; placeholder phone decoy")
p.body = mp_wrap(p, f"""
<h3>职点AI训练营 · 12月班</h3>
<p>人工智能训练师 五级/四级　地点：重庆渝北</p>
<p>费用 1380 / 1880</p>
<p>手机：<input placeholder="例：13800138000"></p>
<a class="btn">我要报名</a>
<p>报名后请入群：{p.i('qq_group', U08_QGROUP, 'QQ群号903552174')}</p>
""")

# ======================================================================
# OPERATOR U09 智标优学 / 南京安略科技有限公司 (南京)
# chain: M6 -email- W4 -other(kuaishou)- FM2 ; M6 -uscc- FM2
# ======================================================================
p = P("/market/item/75508.html", "智标优学 人工智能训练师四级 网课+认定 南京", True, "U09", "智标优学",
      "marketplace listing; plain email; USCC in shop licence; copied order-number testimonial")
p.body = market_wrap(p, f"""
<h1 style="font-size:20px">智标优学 人工智能训练师四级 网课+认定 南京</h1>
<p class="price">¥ 2280.00</p>
<p>月销 64 ｜ 发货地：江苏 南京</p>
<p>学员反馈截图：“订单编号 20260314221908775 已收到课程，老师很耐心”</p>
<p>客服邮箱：{p.i('email', U09_MAIL, 'zbyx_service@foxmail.com')}</p>
<p style="font-size:12px">经营主体：南京安略科技有限公司（统一社会信用代码 {p.i('uscc', U09_USCC, U09_USCC)}）</p>
""")

p = P("/weibo/u/8023314/status/Lb6vW0e.html", "安略科技的微言：AI训练师四级网课", True, "U09", "南京安略科技有限公司",
      "microblog; email obfuscated [at]/[dot]; kuaishou ID")
p.body = weibo_wrap(p, f"""
<p><span class="nick">安略科技</span> <span class="meta">11-22 12:10 来自 微言网页版</span></p>
<p>人工智能训练师（四级）网课+认定一站式，2280，南京及周边可线下实操。课程咨询邮箱 {p.i('email', U09_MAIL, 'zbyx_service[at]foxmail[dot]com')}，课程片段在快手：{p.i('other', U09_KS, '快手号zbyx888')}</p>
<div class="ops">转发 1 ｜ 评论 0 ｜ 赞 6</div>
""")

p = P("/form/f/Mn4Lz9.html", "智标优学·人工智能训练师四级报名表", True, "U09", "智标优学",
      "sign-up form; kuaishou ID; USCC; placeholder phone")
p.body = form_wrap(p, f"""
<h2>智标优学·人工智能训练师四级报名表</h2>
<p>费用：2280（含认定费）　开课：每月10日</p>
<label>姓名<input></label>
<label>联系电话<input placeholder="例：13800138000"></label>
<label>所在城市<input></label>
<p>看课程回放：快手 {p.i('other', U09_KS, 'zbyx888')}</p>
<p style="font-size:12px;color:#888">发布单位：南京安略科技有限公司 {p.i('uscc', U09_USCC, U09_USCC)}</p>
""")

# ======================================================================
# INDEPENDENTS
# ======================================================================
p = P("/market/item/76002.html", "博远教育 AI训练师 五级 入门班 送题库", True, "I01", "博远教育",
      "independent marketplace listing; quotes 12333 and official query site")
p.body = market_wrap(p, f"""
<h1 style="font-size:20px">博远教育 AI训练师 五级 入门班 送题库</h1>
<p class="price">¥ 980.00</p>
<p>月销 12 ｜ 发货地：江苏 苏州</p>
<p>五级入门，需满足一年相关工作经历。证书在 zscx.osta.org.cn 可查，不确定是否符合条件可以先打12333问清楚再报名。</p>
<p>客服手机：{p.i('phone', '+8615190432867', '151 9043 2867')}　QQ：{p.i('qq', '1120458832', '1120458832')}</p>
""")

p = P("/fenlei/gz/peixun/90114x.html", "个人转让 AI训练师网课 三级 + 辅导", True, "I02", "李老师（个人）",
      "independent classifieds ad by a person; phone split over two lines; copied certificate sample")
p.body = fenlei_wrap(p, f"""
<h1 style="font-size:20px">AI训练师网课 三级 + 一对一辅导</h1>
<p style="color:#999">更新于 2026-11-18　浏览 41 次</p>
<table class="info"><tr><td>价格：</td><td>1200</td></tr><tr><td>联系人：</td><td>李老师（个人）</td></tr></table>
<p>本人在培训机构带过课，现在自己做辅导，理论+实操都能带。要求已有四级证书。</p>
<p>证书样本参考：<img src="/fenlei/img/cert-sample.jpg" width="160" alt="证书样本 编号S000033000123253000187"></p>
<p>电话：{p.i('phone', '+8613659821437', '136 5982<br>1437')}</p>
""", city="广州")

p = P("/bbs/thread-20904-1-1.html", "分享：自学考过人工智能训练师四级的经验（附辅导渠道）", True, "I03", "启明星学堂",
      "independent forum thread; seller is thread starter; wechat as VX")
p.body = bbs_wrap(p, f"""
<table class="pl" width="100%">
<tr><td class="auth">楼主<br>启明星学堂</td><td><h3>分享：自学考过人工智能训练师四级的经验（附辅导渠道）</h3>
<p>理论部分以基本要求和数据标注为主，实操重点是标注规范和质检。我们现在做四级考前辅导，1280一期，全程直播。</p>
<p>需要的加 VX {p.i('wechat', 'qmx_study2025', 'qmx_study2025')}</p></td></tr>
<tr><td class="auth">2楼<br>路过的</td><td><p>广告吧……</p></td></tr>
</table>""")

p = P("/qun/board/g52.html", "群信息墙 · 全国AI考证互助群", True, "I04", "智汇未来职业培训",
      "independent seller in chat-group archive; brand name collides with U01's; obfuscated email; admin wechat decoy")
p.body = qun_wrap(p, f"""
<h3>全国AI考证互助群 · 公开存档</h3>
<div class="msg"><span class="n">小周</span><p>三级能直接报吗？没有四级</p><span class="t">11-09 21:03</span></div>
<div class="msg"><span class="n">智汇未来职业培训-张</span><p>正常要先有四级。我们西安这边五级/四级都有班，四级1680。资料发邮箱：{p.i('email', 'zhwl2026@sina.com', 'zhwl2026 # sina.com')}</p><span class="t">11-09 21:05</span></div>
<div class="msg"><span class="n">智汇未来职业培训-张</span><p>或者加我Q {p.i('qq', '2738190045', '2738190045')}</p><span class="t">11-09 21:06</span></div>
""")

p = P("/s/ruiheng/index.html", "睿衡职业技能培训中心 - 西安 人工智能训练师", True, "I05", "睿衡职业技能培训中心",
      "independent own site built with 建站宝 (same builder credit/QQ comment as U01 and U05 sites); landline with parentheses")
p.body = doc(p.title, f"""
<div style="width:1000px;margin:0 auto;font-family:sans-serif">
<div style="background:#8b1a1a;color:#fff;padding:16px"><b style="font-size:22px">睿衡职业技能培训中心</b>　西安·雁塔</div>
<h2>人工智能训练师 五级 / 四级 培训招生</h2>
<p>五级：1180　四级：1680　（可申请补贴，详见当地人社政策，咨询12333）</p>
<p>报名电话：{p.i('phone', '+862988361275', '(029) 8836-1275')}　微信：{p.i('wechat', 'ruiheng029', 'ruiheng029')}</p>
<p style="font-size:12px;color:#666">西安市雁塔区睿衡职业技能培训中心　{p.i('uscc', I05_USCC, I05_USCC)}</p>
</div>""" + JZB_FOOT, comment=JZB_COMMENT)

# ======================================================================
# LIST PAGES
# ======================================================================
def links(prefix):
    return "\n".join(f"<li><a href=\"{x.path}\">{e(x.title)}</a></li>" for x in PAGES
                     if x.path.startswith(prefix) and not x.path.endswith("/index.html"))


P_MKT_LIST.body = market_wrap(P_MKT_LIST, "<h2>考证培训 · 职业技能</h2><p>综合排序 ｜ 销量 ｜ 价格</p><ul>" + links("/market/") + "</ul>")
P_FL_LIST.body = fenlei_wrap(P_FL_LIST, "<h2>职业技能培训 信息列表</h2><ul>" + links("/fenlei/") + "</ul>")
P_ASK_LIST.body = ask_wrap(P_ASK_LIST, "<h2>职业资格 · 最新问题</h2><ul>" + links("/ask/") + "</ul>")
P_BBS_LIST.body = bbs_wrap(P_BBS_LIST, "<h3>职业技能等级认定 版块</h3><ul>" + links("/bbs/") + "</ul>")
P_WB_LIST.body = weibo_wrap(P_WB_LIST, "<h3>#AI训练师# 话题</h3><ul>" + links("/weibo/") + "</ul>")
P_NT_LIST.body = notes_wrap(P_NT_LIST, "<h3>发现 · 考证</h3><ul>" + links("/notes/") + "</ul>")
P_JOB_LIST.body = jobs_wrap(P_JOB_LIST, "<h3>搜索：人工智能训练师</h3><ul>" + links("/jobs/") + "</ul>")
P_MP_LIST.body = mp_wrap(P_MP_LIST, "<h3>活动广场</h3><ul>" + links("/mp/") + "</ul>")
P_FORM_LIST.body = form_wrap(P_FORM_LIST, "<h3>表单广场</h3><ul>" + links("/form/") + "</ul>")

_sections = [("/market/index.html", "学途优选 · 考证培训"), ("/fenlei/index.html", "百城分类 · 职业技能培训"),
             ("/ask/index.html", "问问知道 · 职业资格"), ("/bbs/index.html", "考证之家论坛"),
             ("/weibo/index.html", "微言 #AI训练师#"), ("/notes/index.html", "小绿书 · 考证"),
             ("/qun/board/g48.html", "群信息墙 · 成都AI数据标注交流群"), ("/qun/board/g52.html", "群信息墙 · 全国AI考证互助群"), ("/jobs/index.html", "智聘网"), ("/mp/index.html", "报名通 活动"),
             ("/form/index.html", "填表通 表单广场")]
_others = [x for x in PAGES if x.path.startswith(("/s/", "/gov/", "/news/"))]
P_INDEX.body = doc(P_INDEX.title, "<h1>AI考证资讯导航</h1><p>收录与人工智能训练师考证相关的网页，仅供研究。</p><h2>平台</h2><ul>"
                   + "".join(f"<li><a href=\"{a}\">{e(t)}</a></li>" for a, t in _sections)
                   + "</ul><h2>机构网站与资讯</h2><ul>"
                   + "".join(f"<li><a href=\"{x.path}\">{e(x.title)}</a></li>" for x in _others) + "</ul>")

# ======================================================================
# DECOYS: value -> kind; paths found by scanning the written pages
# ======================================================================
DECOYS = [
    ("phone", "12333", "人社 public service hotline"),
    ("phone", "12345", "government service hotline"),
    ("phone", "96110", "national anti-fraud hotline"),
    ("phone", "+8657187805123", "provincial skill-assessment consultation line"),
    ("domain", "osta.org.cn", "official verification site"),
    ("domain", "mohrss.gov.cn", "official ministry site"),
    ("phone", "+864008205517", "marketplace customer service"),
    ("email", "kefu@xuetuyouxuan.com", "marketplace e-mail"),
    ("domain", "xuetuyouxuan.com", "marketplace domain"),
    ("uscc", MKT_USCC, "marketplace operator company's USCC in footer"),
    ("phone", "+861056892210", "classifieds customer service"),
    ("qq", "1800566231", "classifieds complaint QQ"),
    ("domain", "baichengfenlei.com", "classifieds domain"),
    ("domain", "wenwenzhidao.com", "Q&A site domain"),
    ("email", "tousu@wenwenzhidao.com", "Q&A complaint e-mail"),
    ("qq_group", "516208930", "forum's own QQ group in footer"),
    ("domain", "kaozhengzhijia.net", "forum domain"),
    ("domain", "weiyan.com", "microblog domain"),
    ("email", "jubao@weiyan.com", "microblog report e-mail"),
    ("domain", "xiaolvshu.com", "notes app domain"),
    ("phone", "+864001402108", "notes app report line"),
    ("wechat", "qunqiang_admin", "chat-archive admin wechat"),
    ("domain", "zhipinw.com", "recruitment site domain"),
    ("phone", "+864006660581", "recruitment site hotline"),
    ("other", "wx3f2a9c81d0e5b764", "mini-program platform AppID"),
    ("domain", "bmtong.cn", "mini-program platform domain"),
    ("domain", "tianbiaotong.com", "form platform domain"),
    ("email", "report@tianbiaotong.com", "form platform report e-mail"),
    ("domain", "jianzhanbao.cn", "site-builder credit"),
    ("qq", "3381024579", "site-builder template QQ in HTML comment"),
    ("phone", "+8617065432198", "scam number quoted in news/warnings and copied into sellers' anti-fraud notes"),
    ("wechat", "jypc_kaozheng", "scam wechat quoted in news/warnings"),
    ("other", "20260314221908775", "order number in news and in a testimonial"),
    ("other", "KF2026082200419", "support ticket number in a warning thread"),
    ("other", "S000033000123253000187", "certificate sample number copied by several sellers"),
    ("phone", "+8613800138000", "form placeholder phone"),
    ("other", "智汇未来", "brand-name collision between U01 and independent I04"),
    ("phone", "+862037216650", "door maker's phone on SEO-parasite page"),
    ("uscc", DOOR_USCC, "door maker's USCC on SEO-parasite page"),
]


# ---------------------------------------------------------------- scanning (same rules as check.py)
def _texts(raw):
    u = unicodedata.normalize("NFKC", html.unescape(raw))
    stripped = unicodedata.normalize("NFKC", html.unescape(re.sub(r"<[^>]+>", "", raw)))
    return [u.lower(), stripped.lower()]


def _squash(t):
    t = re.sub(r"[(（]\s*(0\d{2,3})\s*[)）]\s*", r"\1", t)
    return re.sub(r"(?<=\d)[ \t\r\n\u00a0\-–—.]{1,3}(?=\d)", "", t)


def _phone_norm(run):
    if run.startswith("+86"):
        return run
    if run.startswith("86") and len(run) == 13 and run[2] == "1":
        return "+" + run
    if run.startswith("0") and 10 <= len(run) <= 12:
        return "+86" + run[1:]
    if run.startswith("1") and len(run) == 11:
        return "+86" + run
    if run[:3] in ("400", "800") and len(run) == 10:
        return "+86" + run
    return run


def _deob(t):
    t = re.sub(r"\s*(?:\(at\)|\[at\]|（at）|\sat\s|#|▲)\s*", "@", t)
    return re.sub(r"\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*", ".", t)


def scan(raw, kind, value):
    v = value.lower()
    for t in _texts(raw):
        if kind in ("phone", "qq", "qq_group"):
            for m in re.finditer(r"\+?\d+", _squash(t)):
                run = m.group(0)
                if kind == "phone" and _phone_norm(run) == v:
                    return True
                if kind != "phone" and run == v:
                    return True
        elif kind == "email":
            if v in _deob(t):
                return True
        elif kind == "domain":
            if re.search(r"(?<![a-z0-9-])(?:[a-z0-9-]+\.)*" + re.escape(v) + r"(?![a-z0-9-])", t):
                return True
        else:
            token = v.split(":", 1)[1] if re.match(r"^[a-z]+:", v) else v
            if re.search(r"(?<![a-z0-9_-])" + re.escape(token) + r"(?![a-z0-9_-])", t):
                return True
    return False


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for pg in PAGES:
        f = os.path.join(SITE, pg.path.lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(pg.body)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    decoys = []
    for kind, value, why in DECOYS:
        paths = sorted(pg.path for pg in PAGES if scan(pg.body, kind, value))
        decoys.append({"kind": kind, "value": value, "paths": paths, "why": why})

    ties = {
        "U01": "/market/item/60318.html -phone- /s/zhwl-edu/index.html -wechat- /notes/explore/6a1f02c7e9.html -qq_group- /fenlei/gz/peixun/88213x.html",
        "U02": "/fenlei/zz/peixun/41907x.html -phone- /s/dingxue/index.html -wechat- /ask/q/1047730.html -qq- /weibo/u/5523018/status/Nf3kqA7.html",
        "U03": "/market/item/71144.html -uscc- /jobs/job/j_8052.html -email- /notes/explore/65f2a1c9b0.html -domain- /s/jzykt/blog/2026/ai-trainer-level3.html",
        "U04": "/fenlei/cd/peixun/55610x.html -phone- /bbs/thread-20588-1-1.html -other- /qun/board/g48.html",
        "U05": "/market/item/73390.html -phone- /s/qiheng/index.html -email- /weibo/u/7710452/status/Qp9xY2m.html -wechat- /mp/share/a8K2pQ.html",
        "U06": "/fenlei/wh/peixun/60772x.html -qq- /ask/q/1048802.html -phone- /notes/explore/66b0e3d1aa.html -email- /form/f/XQ7be2.html",
        "U07": "/market/item/74021.html -wechat- /bbs/thread-20711-1-1.html -domain- /jobs/job/j_8190.html",
        "U08": "/ask/q/1049117.html -phone- /weibo/u/6630981/status/Kc2mT5r.html -qq_group- /mp/share/Zt71cB.html",
        "U09": "/market/item/75508.html -email- /weibo/u/8023314/status/Lb6vW0e.html -other- /form/f/Mn4Lz9.html ; /market/item/75508.html -uscc- /form/f/Mn4Lz9.html",
    }
    operators = []
    for op in sorted(ties):
        brands = []
        for pg in PAGES:
            if pg.offer and pg.op == op and pg.provider not in brands:
                brands.append(pg.provider)
        operators.append([op, {"brands": brands, "ties": ties[op]}])

    truth = {
        "description": ("Sealed labeled web operators-2026-12r: Chinese ads and other pages about 人工智能训练师 "
                        "(4-04-05-05) certificates on invented platforms (marketplace, classifieds, Q&A, forum, "
                        "microblog, notes app, chat archive, recruitment, mini-program shares, forms) and sellers' own "
                        "sites. 9 operators (U01-U09) chained by shared seller identifiers, independents (I01-I05) "
                        "sharing nothing; platform, official and scam-warning identifiers are listed as decoys. "
                        "Page identifiers are seller identifiers only. All data invented."),
        "pages": [{"path": pg.path, "is_offer": pg.offer, "operator": pg.op if pg.offer else None,
                   "provider": pg.provider, "identifiers": pg.ids, "note": pg.note} for pg in PAGES],
        "operators": operators,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(PAGES)} pages, {sum(pg.offer for pg in PAGES)} offers, {len(decoys)} decoys")


if __name__ == "__main__":
    main()
