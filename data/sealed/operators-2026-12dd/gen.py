#!/usr/bin/env python3
"""Generate a small labeled web of Chinese pages selling 人工智能训练师 certificate courses.

Standard library only, deterministic. `python3 gen.py` writes site/ and truth.json.
All phone numbers, ids, names and companies are invented for this test set.
"""
import html
import json
import os
import re
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * x for c, x in zip(body8, w))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(prefix8, body8):
    s = prefix8 + body8 + _org_check(body8)
    r = 31 - sum(ALPH.index(c) * w for c, w in zip(s, WTS)) % 31
    return s + ALPH[0 if r == 31 else r]


C_U01 = uscc("91110108", "MA01XQ7K")   # 北京中科智培科技有限公司
C_U03 = uscc("52310104", "MJ4B2790")   # 上海沪训数智职业技能培训中心 (民非)
C_U04 = uscc("91430102", "MA4T8L3N")   # 湖南国培智能技术研究院有限公司
C_U05 = uscc("52440106", "MJL06527")   # 广州市天河区粤智职业培训学校 (民非)
C_U06 = uscc("91440300", "MA5H2RC8")   # 深圳市星火智学网络科技有限公司
C_U09 = uscc("91430105", "MA4R6W1D")   # 湖南工信智联教育科技有限公司
C_I06 = uscc("91110105", "MA02K9P4")   # 北京北辰考培文化传播有限公司

# ---------------------------------------------------------------- sites
SITES = {
    "zkzp": dict(name="中科智培教育", domain="www.zkzp-edu.cn", style="training company",
                 css="body{font-family:sans-serif;margin:0;background:#f4f7fb}header{background:#0b3d91;color:#fff;padding:10px 30px}nav a{color:#fff;margin-right:18px}.wrap{display:flex;padding:20px 30px}main{flex:3}aside{flex:1;margin-left:20px;background:#fff;padding:10px}footer{background:#222;color:#bbb;padding:14px 30px;font-size:13px}.red{color:#d00;font-weight:bold}",
                 menu=[("首页", "index.html"), ("人工智能训练师", "course-ai-trainer.html"), ("报名通道", "course-ai-trainer.html#bm")],
                 footer="北京中科智培科技有限公司 版权所有 | 统一社会信用代码:" + C_U01 + " | 京ICP备2023041187号<br>全国服务热线:400-621-7396 | 招生老师:139 1045 7726 | 官网:www.zkzp-edu.cn"),
    "keduoduo": dict(name="课多多 · 职业技能课堂", domain="www.keduoduo.com", style="course marketplace",
                     css="body{font:14px/1.6 'PingFang SC',sans-serif;margin:0}.top{background:#ff6a00;color:#fff;padding:8px 24px}.top a{color:#fff;margin:0 10px}.main{display:grid;grid-template-columns:3fr 1fr;gap:20px;padding:16px 24px}.side{border-left:1px solid #eee;padding-left:12px}.ft{background:#f7f7f7;color:#888;text-align:center;padding:16px;font-size:12px}.price{color:#ff3b30;font-size:22px}",
                     menu=[("首页", "index.html"), ("IT互联网", "index.html#it"), ("职业考证", "index.html#kz"), ("机构入驻", "index.html#rz")],
                     footer="课多多客服热线:400-820-5176(工作日9:00-18:00) | 客服邮箱:kefu@keduoduo.com<br>© 2019-2026 keduoduo.com 沪ICP备18029347号-2 | 平台提示:请通过课多多担保交易付款,私下转账不受保障"),
    "zkjybbs": dict(name="职考家园论坛", domain="bbs.zkjy-bbs.com", style="forum (Discuz-like)",
                    css="body{font:12px Tahoma,'Microsoft YaHei';background:#e8eef5;margin:0}#hd{background:#2b5f8f;color:#fff;padding:6px 16px}#hd a{color:#fff;margin:0 8px}#ct{display:flex;padding:10px 16px}.mn{flex:4;background:#fff;padding:10px}.sd{flex:1;margin-left:10px;background:#fff;padding:8px}.post{border-bottom:1px dashed #ccc;padding:8px 0}.au{color:#369;font-weight:bold}#ft{color:#666;text-align:center;padding:12px}",
                    menu=[("论坛首页", "index.html"), ("职业技能等级认定", "index.html#f12"), ("避坑曝光", "index.html#f30"), ("招生广告区", "index.html#f41")],
                    footer="职考家园论坛 Powered by Discuz! X3.4 | 官方QQ群:581224903 | 站务邮箱:admin@zkjy-bbs.com | 本站帖子仅代表作者观点,交易请谨慎"),
    "tckx": dict(name="同城快讯分类信息网", domain="www.tckuaixun.com", style="classifieds",
                 css="body{font:13px SimSun,serif;margin:0 auto;width:960px}.hd{border-bottom:3px solid #f60;padding:6px}.hd a{margin:0 6px}.bd{display:flex}.l{flex:3}.r{flex:1;background:#fffbe6;padding:6px;margin-left:8px}.info td{border:1px solid #ddd;padding:4px 8px}.ft{border-top:1px solid #ccc;color:#666;font-size:12px;padding:8px}",
                 menu=[("首页", "index.html"), ("教育培训", "index.html#jypx"), ("招聘", "index.html#zp"), ("发布信息", "index.html#fb")],
                 footer="同城快讯 客服热线:0755-2658 1130 | 安全提示:凡要求先交报名费、押金的请提高警惕 | 粤ICP备17063318号"),
    "wendapai": dict(name="问答派", domain="www.wendapai.com", style="Q&A site (Zhihu-like)",
                     css="body{font:15px/1.7 -apple-system,sans-serif;background:#f6f6f6;margin:0}.bar{background:#fff;border-bottom:1px solid #e5e5e5;padding:10px 40px}.bar a{margin-right:20px;color:#175199}.page{display:flex;padding:16px 40px}.q{flex:3;background:#fff;padding:16px}.side{flex:1;margin-left:16px;background:#fff;padding:12px}.ans{border-top:1px solid #eee;padding:12px 0}.cm{color:#666;font-size:13px;background:#fafafa;padding:6px}.foot{color:#999;font-size:12px;padding:14px 40px}",
                     menu=[("首页", "index.html"), ("发现", "index.html#fx"), ("职业教育", "index.html#zyjy"), ("等你来答", "index.html#dnld")],
                     footer="问答派 © 2026 | 违法和不良信息举报电话:010-5773 9264 | 举报邮箱:jubao@wendapai.com | 京ICP证160257号"),
    "weidu": dict(name="微读文摘", domain="www.weidu-wz.com", style="WeChat article reposts",
                  css="body{font:16px/1.8 serif;max-width:720px;margin:0 auto;color:#333}.nav{font-size:13px;border-bottom:1px solid #ddd;padding:6px 0}.nav a{margin-right:12px}.src{color:#576b95;font-size:14px}.rel{font-size:14px;background:#f5f5f5;padding:8px}.ft{color:#aaa;font-size:12px;padding:14px 0}",
                  menu=[("首页", "index.html"), ("教育", "index.html#jy"), ("职场", "index.html#zc"), ("科技", "index.html#kj")],
                  footer="微读文摘 内容转载自微信公众平台,版权归原作者所有,如有侵权请联系删除 | 投稿与删稿:tougao@weidu-wz.com"),
    "kkvideo": dict(name="快看短视频", domain="www.kkvideo.cn", style="short-video pages",
                    css="body{background:#161823;color:#eee;font:14px sans-serif;margin:0}.hd{padding:10px 20px;background:#000}.hd a{color:#fe2c55;margin-right:14px}.v{display:flex;padding:16px 20px}.player{width:360px;height:640px;background:#333;display:flex;align-items:center;justify-content:center}.info{margin-left:20px;flex:1}.cmt{border-top:1px solid #333;padding:6px 0;color:#aaa}.ft{color:#666;font-size:12px;padding:12px 20px}",
                    menu=[("推荐", "index.html"), ("知识", "index.html#zs"), ("职场", "index.html#zc")],
                    footer="快看短视频 | 用户服务协议 | 隐私政策 | 官方客服:kefu@kkvideo.cn | 网络文化经营许可证 沪网文〔2024〕1187-063号"),
    "zjzx": dict(name="职教资讯网", domain="www.zjzx-news.cn", style="news portal",
                 css="body{font:14px 'Microsoft YaHei';margin:0}.mast{background:#b40000;color:#fff;padding:12px 30px;font-size:22px}.chan a{margin-right:16px}.chan{padding:6px 30px;background:#eee}.c{display:flex;padding:16px 30px}.art{flex:3}.art p{text-indent:2em}.side{flex:1;margin-left:20px}.ft{border-top:2px solid #b40000;padding:10px 30px;font-size:12px;color:#666}.ad{color:#999;font-size:12px}",
                 menu=[("首页", "index.html"), ("政策", "index.html#zc"), ("培训", "index.html#px"), ("维权", "index.html#wq")],
                 footer="职教资讯网 新闻热线:010-6358 2410 | 投稿邮箱:news@zjzx-news.cn | 京ICP备20011574号 | 本网转载稿件不代表本网观点;标注“推广”的内容为商业信息"),
    "hdxxzy": dict(name="华东信息职业技术学院 继续教育学院", domain="jxjy.hdxxzy.edu.cn", style="college",
                   css="body{font:14px SimSun;margin:0;background:#fff}.banner{background:#004d40;color:#fff;padding:14px 30px}.menu{background:#00695c;padding:6px 30px}.menu a{color:#fff;margin-right:20px}.loc{font-size:12px;padding:6px 30px;color:#666}.box{display:flex;padding:0 30px}.cnt{flex:3}.lft{flex:1;margin-right:20px;border:1px solid #ccc;padding:8px}.ft{background:#004d40;color:#cfe;padding:10px 30px;font-size:12px}",
                   menu=[("学院首页", "index.html"), ("通知公告", "index.html#tz"), ("社会培训", "ai-trainer-2026.html"), ("学院新闻", "news-2026-03.html")],
                   footer="华东信息职业技术学院继续教育学院 地址:杭州市钱塘区学源街1088号 | 联系电话:0571-8691 2047 | 邮箱:jxjy@hdxxzy.edu.cn | 浙ICP备05011248号"),
    "rsj": dict(name="江宁市人力资源和社会保障局", domain="rsj.jiangning.gov.cn", style="人社局 notice site",
                css="body{font:14px SimSun;margin:0;background:#f0f0f0}.gh{background:#c00;color:#ff0;padding:16px 30px;font-size:24px}.mnu{background:#900;padding:6px 30px}.mnu a{color:#fff;margin-right:18px}.pos{padding:6px 30px;font-size:12px}.zw{background:#fff;margin:0 30px;padding:20px}.zw table td{border:1px solid #999;padding:4px}.ft{text-align:center;font-size:12px;color:#555;padding:14px}",
                menu=[("首页", "index.html"), ("政务公开", "index.html#zwgk"), ("通知公告", "index.html#tzgg"), ("办事服务", "index.html#bsfw")],
                footer="主办:江宁市人力资源和社会保障局 | 政务服务热线:12333 | 网站标识码3601000021 | 赣ICP备06001735号"),
    "youpin": dict(name="优品商城", domain="www.youpin-mall.com", style="online shop",
                   css="body{font:13px sans-serif;margin:0}.sh{background:#e4393c;color:#fff;padding:8px 20px}.sh a{color:#fff;margin-right:14px}.g{display:flex;padding:14px 20px}.pic{width:300px;height:300px;background:#eee}.gi{flex:1;margin-left:20px}.pr{color:#e4393c;font-size:24px}.rv{border-top:1px solid #eee;padding:6px 0}.shop{border:1px solid #ddd;padding:8px;margin:14px 20px}.ft{background:#eaeaea;padding:12px 20px;font-size:12px;color:#666}",
                   menu=[("首页", "index.html"), ("教育培训", "index.html#edu"), ("图书", "index.html#book"), ("我的订单", "index.html#order")],
                   footer="优品商城 客服热线:400-900-3382 | 支付服务由支付宝提供,支付问题请致电支付宝客服95188 | 沪ICP备16051922号-3"),
}

SIDEBAR = {
    "zkzp": "<h4>热门课程</h4><ul><li>人工智能训练师(五/四/三级)</li><li>生成式人工智能系统应用员</li><li>数据标注员</li></ul><p class='red'>2026年第二期 仅剩12个名额</p>",
    "keduoduo": "<h4>猜你喜欢</h4><ul><li>Python零基础入门</li><li>Excel数据分析</li><li>AIGC绘画实战</li></ul><p>课多多承诺:7天无理由退课(已开课程按进度退款)</p>",
    "zkjybbs": "<h4>版块公告</h4><p>招生广告请发在【招生广告区】,私信交易被骗与本站无关。举报请@版主。</p><h4>热帖</h4><ul><li>2026年技能补贴申领攻略</li><li>证书查询到底上哪个网?</li></ul>",
    "tckx": "<h4>相关分类</h4><ul><li>职业技能培训</li><li>会计考证</li><li>学历提升</li></ul><p>本站不对信息真实性负责,请当面核实。</p>",
    "wendapai": "<h4>相关问题</h4><ul><li>人工智能训练师证书有用吗?</li><li>数据标注员是不是骗局?</li><li>技能补贴怎么领?</li></ul>",
    "weidu": "<div class='rel'>相关阅读:<br>· 2026年还值得考的十个证书<br>· AI时代,什么岗位最吃香</div>",
    "kkvideo": "<h4>相关推荐</h4><ul><li>3分钟看懂大模型</li><li>打工人必备AI工具</li></ul>",
    "zjzx": "<h4>热点</h4><ul><li>新职业再扩容</li><li>技能人才评价改革五年观察</li></ul>",
    "hdxxzy": "<h4>快速通道</h4><ul><li>成人学历</li><li>社会培训</li><li>技能等级认定</li></ul>",
    "rsj": "<h4>便民服务</h4><ul><li>社保查询</li><li>技能补贴申领</li><li>证书查询</li></ul>",
    "youpin": "<h4>看了又看</h4><ul><li>Office办公速成</li><li>PMP备考教材</li></ul>",
}


def frame(site, fname, title, body, crumbs, related):
    s = SITES[site]
    pre = "../" * fname.count("/")
    menu = " ".join('<a href="%s%s">%s</a>' % (pre, h, t) for t, h in s["menu"])
    crumb = " &gt; ".join(['<a href="%sindex.html">%s</a>' % (pre, s["name"])] + crumbs)
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>{s['css']}</style></head>
<body>
<header class="site-header"><div><a href="{pre}../index.html">网站导航</a> | <b>{s['name']}</b> <small>{s['domain']}</small></div>
<nav>{menu}</nav></header>
<div class="breadcrumb">当前位置:{crumb} &gt; {html.escape(title)}</div>
<div class="wrap main page c box g v bd ct">
<main class="content">
<h1>{html.escape(title)}</h1>
{body}
</main>
<aside class="sidebar">{SIDEBAR[site]}<h4>相关链接</h4><ul>{rel}</ul></aside>
</div>
<footer class="ft">{s['footer']}</footer>
</body></html>
"""


# ---------------------------------------------------------------- pages
# each: site, file, title, offer, op, provider, ids [(kind, value, written)], note, body
P = []


def page(site, file, title, offer, op, provider, ids, note, body):
    P.append(dict(site=site, file=file, title=title, offer=offer, op=op, provider=provider,
                  ids=ids, note=note, body=body))


CERT_SAMPLE = "S000044010001253000123"

# ---------------- U01 中科智培 (dishonest: 人社部颁发, 三证连报, 包过)
U01_FOOT = [("phone", "+8613910457726", "139 1045 7726"), ("phone", "4006217396", "400-621-7396"),
            ("uscc", C_U01, C_U01), ("other", "京ICP备2023041187号", "京ICP备2023041187号"),
            ("domain", "zkzp-edu.cn", "www.zkzp-edu.cn")]
page("zkzp", "index.html", "人工智能训练师2026年第二期火热招生", True, "U01", "中科智培教育", U01_FOOT,
     "training company's own home page, enrolment banner, 人社部颁发 / 包过 claims",
     """<div class="banner"><p class="red">人社部颁发 · 国家职业技能等级证书 · 全国联网可查 · 终身有效</p>
<p>人工智能训练师(职业编码4-04-05-05)是人社部认证的新职业,持证可享技能补贴、积分落户、评职称!</p></div>
<h2>为什么选择中科智培?</h2>
<ul><li>五级/四级/三级 <b>三证连报立减1200元</b></li><li>零基础、不限学历、不限专业,<b>一次不过免费重学,二次不过全额退费</b></li>
<li>线上直播+录播,最快45天拿证</li><li>证书编号可在人社部官网查询</li></ul>
<p>本期报名截止:2026年4月30日。<a href="course-ai-trainer.html">查看课程详情 &gt;&gt;</a></p>
<p>招生热线:<b>139 1045 7726</b>(王老师,微信同号)</p>""")
page("zkzp", "course-ai-trainer.html", "人工智能训练师(三级/高级工)培训课程详情", True, "U01", "中科智培教育",
     U01_FOOT[1:] + [("wechat", "zkzp_ai2026", "zkzp_ai2026"), ("email", "zhaosheng@zkzp-edu.cn", "zhaosheng@zkzp-edu.cn")],
     "course detail page on own site; price per level, sample certificate, external form tool",
     f"""<table border="1" cellpadding="6"><tr><th>等级</th><th>学费</th><th>报考条件</th></tr>
<tr><td>五级/初级工</td><td>2680元</td><td>不限</td></tr><tr><td>四级/中级工</td><td>3480元</td><td>不限</td></tr>
<tr><td>三级/高级工</td><td>4980元</td><td>零基础可直接报考</td></tr></table>
<p>费用包含:培训费、教材费、考试费、证书费。考试通过后由人社部颁发证书,证书可在人社部官网查询,全国通用。</p>
<p>证书样本(编号{CERT_SAMPLE},仅供展示)</p>
<h3 id="bm">报名方式</h3>
<p>① 在线填写报名表:https://jinshuju.net/f/Zk8pQ2<br>② 添加招生老师微信:zkzp_ai2026(同手机号)<br>
③ 发送资料至 zhaosheng@zkzp-edu.cn(身份证正反面、一寸白底照片)</p>
<p class="red">温馨提示:名额有限,报名费一经缴纳恕不退还(考试未通过的除外)。</p>""")
page("keduoduo", "course/10482.html", "【智培AI学院】人工智能训练师三级 考证全程班", True, "U01", "智培AI学院",
     [("phone", "4006217396", "4006-217-396"), ("domain", "zkzp-edu.cn", "www.zkzp-edu.cn")],
     "marketplace course listing of U01 under another brand",
     """<p class="price">¥4980 <s>¥6800</s></p><p>机构:智培AI学院 | 已报名 1,204 人 | 好评率 97%</p>
<h3>课程介绍</h3><p>人工智能训练师国家职业技能等级证书全程班,含直播课36节、题库、模拟考试。通过率高达98%,人社部颁发证书,官网可查。</p>
<h3>机构信息</h3><p>机构咨询电话:4006-217-396<br>机构官网:www.zkzp-edu.cn</p>
<div class="cmt"><b>学员评价</b><p>“老师很负责,就是考试安排一直拖。”——用户 m***8</p></div>""")
page("weidu", "a/2026031501.html", "人社部颁发!人工智能训练师证书2026年最后一批报名,错过再等一年", True, "U01", "中科智培",
     [("wechat", "zkzp_ai2026", "ZKZP_AI2026"), ("phone", "+8613910457726", "+86 139-1045-7726")],
     "WeChat article repost for U01, urgency + 人社部颁发",
     """<p class="src">来源:中科智培 公众号 | 原文链接:https://mp.weixin.qq.com/s/9cK2mJxQp1rT</p>
<p>近日,人工智能训练师迎来2026年最后一批集中认定!这是人社部颁发的国家级证书,可以享受补贴、落户加分……</p>
<p>很多小伙伴问:我是零基础能考吗?答案是:<b>可以!</b>不限学历、不限工作年限,三个等级一起报更划算。</p>
<p>报名请添加老师微信:<b>ZKZP_AI2026</b><br>或致电:+86 139-1045-7726</p>
<p>报名表:https://jinshuju.net/f/Zk8pQ2</p><p>▲ 点击阅读原文了解更多</p>""")

# ---------------- U02 智证通 (dishonest: 零基础拿技师/高级技师, 挂靠)  chain: phone - wechat - qq
page("tckx", "info/edu-58213.html", "【零基础拿技师证】人工智能训练师二级/一级 包下证 可挂靠", True, "U02", "智证通职业培训",
     [("phone", "+8617751283096", "177-5128-3096")],
     "classified ad: technician levels for beginners, 挂靠 income, template placeholder left in",
     """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>全国</td></tr>
<tr><td>联系人</td><td>王老师</td></tr><tr><td>电话</td><td>177-5128-3096</td></tr><tr><td>备用电话</td><td>13800138000</td></tr></table>
<p>智证通职业培训常年代理人工智能训练师证书,二级(技师)、一级(高级技师)均可办理,<b>零基础无需工作年限</b>,免考试免培训,包下证,
人社系统可查。证书可挂靠企业,年收入2-3万不是梦!</p><p>名额紧张,先到先得。</p>""")
page("zkjybbs", "thread-88412-1-1.html", "人工智能训练师技师/高级技师 不看学历 有需要的私聊", True, "U02", "智证通",
     [("phone", "+8617751283096", "17751283096"), ("wechat", "zzt_kaozheng", "zzt_kaozheng")],
     "forum ad thread by U02, reader comment with reader's own WeChat",
     """<div class="post"><span class="au">智证通小助手</span> 发表于 2026-3-9 21:14<br>
人工智能训练师2026新政策,技师和高级技师还能走特殊通道,<b>不看学历不看年限</b>,一个月左右出证,人社部官网可查。
有挂靠需求的也可以聊。<br>电话 17751283096 微信 zzt_kaozheng (备注论坛)</div>
<div class="post"><span class="au">lily_88</span> 发表于 2026-3-10 08:02<br>楼主靠谱吗?有没有一起报的姐妹,加我 lily_8823 一起问问</div>
<div class="post"><span class="au">老韩不说话</span> 发表于 2026-3-10 09:40<br>技师要三级证加4年,零基础直接拿技师?醒醒吧。</div>""")
page("kkvideo", "video/7341986520.html", "小智老师:AI训练师证书还能挂靠?一年多赚三万", True, "U02", "小智老师",
     [("wechat", "zzt_kaozheng", "Zzt_Kaozheng"), ("qq", "3065417782", "3065417782")],
     "short-video page of U02 (same WeChat as forum thread, QQ links to Q&A)",
     """<div class="player">▶ 视频 00:58</div><div class="info"><p><b>@小智老师讲考证</b> 粉丝 3.2万</p>
<p>人工智能训练师证书到底有什么用?拿证能挂靠、能补贴、能加分!零基础也能考高级,评论区扣“想要”,老师私信你。
#人工智能训练师 #考证 #副业</p><p>简介:V❤:Zzt_Kaozheng 扣:3065417782</p>
<div class="cmt">用户7730:多少钱</div><div class="cmt">小智老师讲考证(作者):私你了</div></div>""")
page("wendapai", "question/51873340.html", "人工智能训练师证书好考吗?没有工作经验能报吗?", True, "U02", "AI训练师考证中心",
     [("qq", "3065417782", "3065 417 782")],
     "Q&A answer by U02 account, links by QQ only",
     """<p class="q-desc">本人文科毕业,没有相关工作经验,想考个人工智能训练师,有没有人知道怎么报?</p>
<div class="ans"><b>AI训练师考证中心</b> · 职业技能培训<br>
好考的,我们这边学员大部分都是零基础。可以直接报三级(高级工),对工作年限没有硬性要求,我们有内部渠道。
考试前会发重点资料,通过率很高。详细的可以加Q 3065 417 782 咨询,备注“问答派”。<br>赞同 12 · 评论 6</div>
<div class="ans"><b>匿名用户</b><br>按标准五级要求至少一年相关工作经历或者学徒期满,不是谁都能直接报三级的,小心“内部渠道”。</div>""")

# ---------------- U03 沪训数智 (honest, Shanghai, 四级)
page("keduoduo", "course/20715.html", "上海沪训数智 人工智能训练师(四级)线下实训班", True, "U03", "上海沪训数智职业技能培训中心",
     [("phone", "02154883271", "021-5488 3271"), ("email", "hx_peixun@163.com", "hx_peixun@163.com")],
     "honest Shanghai provider on marketplace; exam venue front desk number (third party)",
     """<p class="price">¥2680</p><p>机构:上海沪训数智职业技能培训中心 | 上课地点:上海徐汇</p>
<h3>课程说明</h3><p>依据《人工智能训练师国家职业技能标准(2021年版)》四级要求,理论约30%、实操约70%,共50课时。
结业后参加备案评价机构组织的职业技能等级认定,理论与技能考核均需合格方可取证,<b>不承诺通过</b>。</p>
<p>申报条件:须符合标准规定的工作年限或技工院校学历条件,报名时我们会帮您核对。证书可在 zscx.osta.org.cn 查询。</p>
<p>认定考点:徐汇区漕宝路某实训基地,考点前台电话 021-6428 7135(仅处理考场事务,报名请勿拨打)。</p>
<p>咨询:021-5488 3271 | 邮箱 hx_peixun@163.com</p>""")
page("weidu", "a/2026032208.html", "上海沪训数智:2026年人工智能训练师四级、三级培训报名通知", True, "U03", "沪训数智",
     [("phone", "02154883271", "(021)54883271"), ("uscc", C_U03, C_U03)],
     "WeChat repost of U03's enrolment notice, correct subsidy wording",
     f"""<p class="src">来源:沪训数智 公众号 | 原文链接:https://mp.weixin.qq.com/s/Hq3vL0xRzE2w</p>
<p>各位学员:本中心2026年第二季度人工智能训练师(四级、三级)培训班开始报名。符合条件且缴纳失业保险满一年的在职人员,
取证后可按规定申领技能提升补贴(具体以人社部门审核为准)。</p>
<p>报名条件请对照国家职业技能标准,本中心不代办、不包过。评价机构备案情况可在 osta.mohrss.gov.cn 查询。</p>
<p>报名咨询:(021)54883271<br>上海沪训数智职业技能培训中心(统一社会信用代码 {C_U03})</p>""")
page("zjzx", "px/2026/0318-1127.html", "推广|沪训数智:产训融合培养人工智能训练师", True, "U03", "沪训数智",
     [("phone", "02154883271", "021 5488 3271"), ("domain", "huxunsz.cn", "huxunsz.cn")],
     "advertorial on news portal (labelled 推广) for U03",
     """<p class="ad">【推广】</p><p>近年来,人工智能训练师成为上海急需紧缺的技能职业之一。据报道,2025年上海该职业共认定1.63万人次、发证1.09万张。</p>
<p>沪训数智负责人介绍,中心课程以实操为主,学员需通过评价机构组织的理论和技能考核方能取证。</p>
<p>课程咨询:021 5488 3271,或访问 huxunsz.cn 了解开班时间。</p>""")
page("youpin", "item/6602931.html", "沪训数智 人工智能训练师四级 培训课程+认定报名服务", True, "U03", "沪训数智官方店",
     [("email", "hx_peixun@163.com", "HX_PEIXUN@163.com"), ("domain", "huxunsz.cn", "www.huxunsz.cn"),
      ("uscc", C_U03, C_U03)],
     "shop item of U03",
     f"""<div class="pic">商品主图</div><div class="gi"><p class="pr">¥2680.00</p><p>月销 38 | 累计评价 112</p>
<p>服务说明:本商品为线下培训课程,认定考试由备案评价机构组织,考核合格后发证,不承诺通过。</p></div>
<div class="shop">店铺:沪训数智官方店<br>经营主体:上海沪训数智职业技能培训中心 统一社会信用代码:{C_U03}<br>
联系邮箱:HX_PEIXUN@163.com | 官网 www.huxunsz.cn</div>
<div class="rv">买家 a***3:老师讲得很细,实操机房不错。</div>""")

# ---------------- U04 国培 (dishonest: fake query site, 国家-sounding name with 91 code)
page("zjzx", "px/2026/0302-0945.html", "推广|国培人工智能研究院:AI训练师证书全国通用 官网可查", True, "U04", "国培人工智能研究院",
     [("phone", "+8618630297714", "186 3029 7714"), ("domain", "gpzn-cx.com", "www.gpzn-cx.com"), ("uscc", C_U04, C_U04)],
     "advertorial with fake query site and state-sounding name",
     f"""<p class="ad">【推广】</p><p>国培人工智能研究院是专注人工智能人才评价的国家级机构,颁发的人工智能训练师证书全国通用,
<b>官网可查</b>(www.gpzn-cx.com),是入职、晋升、评职称的有力凭证。</p>
<p>报名热线:186 3029 7714<br>主办单位:湖南国培智能技术研究院有限公司(统一社会信用代码:{C_U04})</p>""")
page("wendapai", "question/52110928.html", "人工智能训练师证书在哪里可以查到?", True, "U04", "全国AI人才评价中心",
     [("domain", "gpzn-cx.com", "gpzn-cx.com/chaxun"), ("qq_group", "736218045", "736218045"),
      ("phone", "+8618630297714", "18630297714")],
     "Q&A answer from U04 pointing to its fake query domain; a reader leaves her WeChat",
     """<p class="q-desc">朋友给我一个证书说是人工智能训练师,怎么查真假?</p>
<div class="ans"><b>全国AI人才评价中心</b><br>我们中心颁发的证书统一在 gpzn-cx.com/chaxun 查询,输入姓名和证书编号即可。
需要报考的可以加入官方交流群 736218045,或拨打 18630297714。<br>赞同 3 · 评论 4</div>
<div class="ans cm">评论 · lily_88:我也在找靠谱的,有一起的加 lily_8823</div>
<div class="ans"><b>秋刀鱼</b><br>职业技能等级证书去 zscx.osta.org.cn 查,别的“官网”都要多留个心眼。</div>""")
page("zkjybbs", "thread-88730-1-1.html", "国培研究院 人工智能训练师 证书官网可查 招代理", True, "U04", "国培研究院",
     [("qq_group", "736218045", "736 218 045"), ("phone", "+8618630297714", "186-3029-7714")],
     "forum ad thread by U04 recruiting agents",
     """<div class="post"><span class="au">国培招生办</span> 发表于 2026-3-14 15:30<br>人工智能训练师证书长期招生,同时招各地代理,返点高。
证书官网可查,工信部备案。<br>交流群:736 218 045 电话:186-3029-7714</div>
<div class="post"><span class="au">版主-阿泽</span><br>提醒:本帖为广告,工信部不备案职业技能等级证书,请自行核实。</div>""")

# ---------------- U05 粤智 (honest, Guangzhou, subsidy-based)
page("tckx", "info/edu-58377.html", "广州粤智职业培训学校 人工智能训练师五级/四级 补贴性培训", True, "U05", "广州粤智职业培训学校",
     [("phone", "02087236615", "020-8723 6615"), ("phone", "+8613602259183", "136 0225 9183")],
     "honest classified ad; refers readers to 12333 for subsidy policy",
     """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>广州-天河</td></tr>
<tr><td>联系人</td><td>陈老师</td></tr><tr><td>电话</td><td>020-8723 6615 / 136 0225 9183</td></tr></table>
<p>我校为人社部门认定的职业培训机构,开设人工智能训练师五级、四级培训(数据标注员方向)。参加失业保险满一年的学员取证后可申请技能提升补贴,
五级最高1000元、四级最高1500元,具体以人社部门审核为准,政策可拨打12333咨询。</p>
<p>报名需核对工作年限,不符合条件的不收费。</p>""")
page("keduoduo", "course/20988.html", "粤智职培 人工智能训练师(数据标注员)四级 周末班", True, "U05", "粤智职培",
     [("wechat", "yuezhi_px", "yuezhi_px"), ("phone", "+8613602259183", "136-0225-9183")],
     "marketplace listing of U05",
     """<p class="price">¥1980</p><p>机构:粤智职培 | 上课地点:广州天河</p>
<p>周末班,共8周,实操为主。认定合格后领取职业技能等级证书,可在 zscx.osta.org.cn 查询;
证书上会印有查询网址 jndj.osta.org.cn。</p><p>咨询陈老师:136-0225-9183,微信 yuezhi_px</p>""")
page("youpin", "item/6603517.html", "粤智培训 人工智能训练师四级 培训课程(广州面授)", True, "U05", "粤智培训",
     [("wechat", "yuezhi_px", "YueZhi_PX"), ("uscc", C_U05, C_U05)],
     "shop item of U05",
     f"""<div class="pic">商品主图</div><div class="gi"><p class="pr">¥1980.00</p>
<p>课程为广州面授,下单后客服与您核对申报条件。补贴政策请咨询12333。</p></div>
<div class="shop">店铺:粤智培训<br>经营主体:广州市天河区粤智职业培训学校 统一社会信用代码 {C_U05}<br>客服微信:YueZhi_PX</div>""")

# ---------------- U06 星火 (dishonest: 原价9999限时99, AIGC+AI trainer bundle)  chain: wechat - phone - qq/email
page("kkvideo", "video/7342210836.html", "星火AI学堂:原价9999 今天只要99 AI训练师+AIGC双证", True, "U06", "星火AI学堂",
     [("wechat", "xinghuo_ai99", "xinghuo_ai99")],
     "short-video pitch, 90%小白 / 原价9999限时99; reader comment with her WeChat",
     """<div class="player">▶ 直播回放 01:12:05</div><div class="info"><p><b>@星火AI学堂</b> 粉丝 18.7万</p>
<p>90%小白都能学会!人工智能训练师+AIGC双证,原价9999限时99,拿证就能升职加薪。评论区扣1领资料。</p>
<p>V: xinghuo_ai99</p><div class="cmt">lily_88:已扣1,麻烦加我 lily_8823</div><div class="cmt">路人甲:99后面还要交多少?</div></div>""")
page("kkvideo", "video/7342559014.html", "小火老师:AI训练师证书怎么考?三分钟讲清楚", True, "U06", "小火老师",
     [("wechat", "xinghuo_ai99", "XINGHUO_AI99"), ("phone", "+8615986720341", "159 8672 0341")],
     "second account of U06 on same platform",
     """<div class="player">▶ 视频 03:05</div><div class="info"><p><b>@小火老师</b> 粉丝 6,412</p>
<p>想考人工智能训练师的看过来,零基础也能拿三级,交费包过。主页加vx:XINGHUO_AI99 或电话159 8672 0341</p></div>""")
page("youpin", "item/6604120.html", "星火智学 AI训练师+AIGC应用 双证全程班 交费包过", True, "U06", "星火智学旗舰店",
     [("phone", "+8615986720341", "15986720341"), ("qq", "2417790365", "2417790365"),
      ("email", "xinghuoai@qq.com", "xinghuoai@qq.com"), ("other", "深圳市星火智学网络科技有限公司", "深圳市星火智学网络科技有限公司"),
      ("uscc", C_U06, C_U06)],
     "shop item of U06, buyer review with order number that looks like a mobile",
     f"""<div class="pic">商品主图</div><div class="gi"><p class="pr">¥99.00 <small>(定金,尾款2880元)</small></p>
<p>AI训练师+AIGC双证,交费包过,拿到证书便可升职加薪。</p></div>
<div class="shop">店铺:星火智学旗舰店<br>收款方:深圳市星火智学网络科技有限公司(统一社会信用代码 {C_U06})<br>
售后电话 15986720341 | QQ 2417790365 | 邮箱 xinghuoai@qq.com</div>
<div class="rv">买家 j***9:付了99又让交2880尾款,订单号13652208417,客服一直不回。</div>""")
page("weidu", "a/2026040312.html", "AI训练师证书99元就能拿?星火智学限时福利来了", True, "U06", "星火智学",
     [("qq", "2417790365", "QQ:2417790365"), ("email", "xinghuoai@qq.com", "xinghuoai@qq.com")],
     "WeChat repost for U06, form tool link",
     """<p class="src">来源:星火智学 公众号 | 原文链接:https://mp.weixin.qq.com/s/Xh7qA3PzWb0n</p>
<p>原价9999的AI训练师+AIGC双证课程,本周限时99元!零基础可学,拿证即可升职加薪。</p>
<p>报名表:https://jinshuju.net/f/XhAi99<br>咨询QQ:2417790365 邮箱 xinghuoai@qq.com</p>""")

# ---------------- U07 沪上积分通 (dishonest: 落户积分 lure, 包过)
page("tckx", "info/edu-58502.html", "上海积分/居转户 人工智能训练师三级包过 直加60分", True, "U07", "沪上积分通",
     [("phone", "+8618019467253", "180 1946 7253"), ("wechat", "hscjf888", "hscjf888")],
     "classified ad: 积分落户 lure, template placeholder",
     """<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>上海</td></tr>
<tr><td>联系人</td><td>张老师</td></tr><tr><td>电话</td><td>180 1946 7253</td></tr><tr><td>微信</td><td>hscjf888</td></tr>
<tr><td>QQ</td><td>13800138000</td></tr></table>
<p>人工智能训练师三级证书,<b>包过</b>,上海居住证积分直接加60分,落户快人一步!不限专业不限年龄,内部渠道名额有限。</p>""")
page("wendapai", "question/52344106.html", "人工智能训练师三级能给上海积分加分吗?", True, "U07", "优才落户咨询",
     [("phone", "02160327719", "021-6032 7719"), ("wechat", "hscjf888", "HSCJF888")],
     "Q&A answer from U07 under another brand",
     """<div class="ans"><b>优才落户咨询</b><br>可以的,三级证书积分60分。我们合作的考点通过率很高,基本稳过。
有需要可以打座机 021-6032 7719,或微信 HSCJF888。</div>
<div class="ans"><b>Shanghai_HR</b><br>工种要与实际工作岗位对应,且二级以上还有社保要求,别信“稳过”。不清楚可以打12333问。</div>""")
page("zkjybbs", "thread-89016-1-1.html", "沪上积分通:人工智能训练师三级 4月考期 考点徐汇", True, "U07", "沪上积分通",
     [("phone", "02160327719", "021-60327719")],
     "forum ad thread by U07, quotes the same exam venue front desk as U03",
     """<div class="post"><span class="au">沪上积分通</span> 发表于 2026-3-21 10:05<br>4月考期报名中,考点徐汇漕宝路,考点前台 021-6428 7135 可以核实考场。
三级加60分,包过班名额有限。咨询 021-60327719。</div>""")

# ---------------- U08 数标网校 (mostly honest, mixes 4-04-05-13 into package)
page("keduoduo", "course/21304.html", "数标学院 人工智能训练师(数据标注员)四级+生成式AI应用 组合课", True, "U08", "数标学院",
     [("domain", "shubiao.net", "shubiao.net"), ("phone", "4001837265", "400-183-7265")],
     "marketplace listing of U08; bundles a different occupation 4-04-05-13",
     """<p class="price">¥1580</p><p>机构:数标学院</p>
<p>组合课包含人工智能训练师(4-04-05-05)数据标注员方向四级备考,以及生成式人工智能系统应用员(4-04-05-13)入门。
两者是不同职业,认定需分别报名。本课不含1+X证书,旧1+X证书请到 vslc.ncb.edu.cn 查询。</p><p>官网 shubiao.net | 咨询 400-183-7265</p>""")
page("weidu", "a/2026040720.html", "数标网校:数据标注员入门到四级,线上随到随学", True, "U08", "数标网校",
     [("email", "service@shubiao.net", "service@shubiao.net"), ("qq_group", "812305667", "812305667")],
     "WeChat repost for U08",
     """<p class="src">来源:数标网校 公众号 | 原文链接:https://mp.weixin.qq.com/s/Sb4nRk8YtU1d</p>
<p>线上课程,随到随学,含标注平台实操。认定考试由评价机构组织,请按标准核对申报条件。</p>
<p>学习交流QQ群 812305667,合作邮箱 service@shubiao.net</p>""")
page("youpin", "item/6604788.html", "数标网校 人工智能训练师数据标注员四级 线上课", True, "U08", "数标网校官方店",
     [("phone", "4001837265", "400 1837 265"), ("qq_group", "812305667", "812 305 667")],
     "shop item of U08",
     """<div class="pic">商品主图</div><div class="gi"><p class="pr">¥1280.00</p><p>线上课程,有效期一年。</p></div>
<div class="shop">店铺:数标网校官方店<br>课程服务热线 400 1837 265 | 学员QQ群 812 305 667</div>""")

# ---------------- U09 工信智联 (dishonest: 工信部 branding, 职称 overclaim)
page("tckx", "info/edu-58644.html", "工信人才评价(智联)人工智能训练师 工信部职业技能鉴定中心主办", True, "U09", "工信人才评价(智联)",
     [("phone", "+8613307316628", "133 0731 6628")],
     "classified ad: 工信部 branding, 职称 overclaim, copied sample certificate number",
     f"""<table class="info"><tr><td>联系人</td><td>刘主任</td></tr><tr><td>电话</td><td>133 0731 6628</td></tr></table>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办,职业技能等级证书直接对应职称证书,三级即可认定助理工程师!</p>
<p>证书样本编号:{CERT_SAMPLE}</p>""")
page("wendapai", "question/52502277.html", "人工智能训练师证书能评职称吗?", True, "U09", "智联职教",
     [("email", "gxzl_edu@126.com", "gxzl_edu@126.com"), ("wechat", "gxzl_edu", "gxzl_edu")],
     "Q&A answer by U09",
     """<div class="ans"><b>智联职教</b><br>能!三级对应助理工程师,二级对应工程师,一级对应高级工程师,我们可以一站式办理。
资料发 gxzl_edu@126.com,或加微信 gxzl_edu。</div>
<div class="ans"><b>人力小白</b><br>技能等级和职称贯通是有条件的,不是“直接对应”。</div>""")
page("kkvideo", "video/7343018842.html", "工信智联教育:技能证直通职称,人工智能训练师限时报名", True, "U09", "工信智联教育",
     [("wechat", "gxzl_edu", "GXZL_EDU"), ("phone", "+8613307316628", "13307316628"), ("uscc", C_U09, C_U09)],
     "short-video page of U09",
     f"""<div class="player">▶ 视频 01:40</div><div class="info"><p><b>@工信智联教育</b> 企业认证:湖南工信智联教育科技有限公司 {C_U09}</p>
<p>工信部门背景,技能证直通职称!vx GXZL_EDU 电话13307316628</p></div>""")

# ---------------- independents
page("hdxxzy", "ai-trainer-2026.html", "关于举办2026年人工智能训练师(四级、五级)职业技能培训班的通知", True, "I01",
     "华东信息职业技术学院继续教育学院",
     [("phone", "057186912047", "0571-8691 2047"), ("email", "jxjy@hdxxzy.edu.cn", "jxjy@hdxxzy.edu.cn"),
      ("domain", "hdxxzy.edu.cn", "jxjy.hdxxzy.edu.cn")],
     "college continuing-education enrolment notice, honest",
     """<p>根据《人工智能训练师国家职业技能标准(2021年版)》,我院面向社会开设人工智能训练师四级、五级培训班。</p>
<p>一、申报条件:五级须累计从事本职业或相关职业工作1年(含)以上,或本职业学徒期满;四级条件详见标准。<br>
二、培训费用:五级1200元,四级1600元;认定费按物价部门核定标准另行收取。<br>三、认定:由我院(已备案评价机构)组织理论与技能考核,合格者颁发职业技能等级证书,
可登录 zscx.osta.org.cn 查询,评价机构备案信息见技能人才评价工作网 osta.mohrss.gov.cn。<br>四、报名咨询:0571-8691 2047,邮箱 jxjy@hdxxzy.edu.cn。补贴政策可咨询12333。</p>
<p>详情请访问 jxjy.hdxxzy.edu.cn</p>""")
page("keduoduo", "course/21566.html", "码上标注工作室 数据标注员(人工智能训练师五级)实训营", True, "I02", "码上标注工作室",
     [("wechat", "mslabel_studio", "mslabel_studio"), ("phone", "+8617308825164", "173 0882 5164")],
     "small studio course, honest-ish, uses same form tool",
     """<p class="price">¥699</p><p>机构:码上标注工作室</p><p>四周标注实训,结业推荐兼职标注项目。想考五级证书的请先确认自己有一年相关工作经历。</p>
<p>报名表 https://jinshuju.net/f/Ms5Lb1 | 微信 mslabel_studio | 电话 173 0882 5164</p>""")
page("zkjybbs", "thread-89233-1-1.html", "三级包过,老周带你拿证,不过退款", True, "I03", "老周聊考证",
     [("qq", "1592037468", "1592037468")],
     "individual's forum ad, 包过, copied sample certificate number",
     f"""<div class="post"><span class="au">老周聊考证</span> 发表于 2026-3-25 23:51<br>人工智能训练师三级,包过,不过退款。证书编号示例 {CERT_SAMPLE},联网可查。
QQ 1592037468</div><div class="post"><span class="au">路过的猫</span><br>举报了,包过违反广告法。</div>""")
page("tckx", "info/edu-58790.html", "成都蓉智培训 人工智能训练师五级 周末班", True, "I04", "成都蓉智培训",
     [("phone", "02885541920", "028-8554 1920"), ("phone", "+8618982046137", "189 8204 6137")],
     "local classified, template placeholder left in",
     """<table class="info"><tr><td>联系人</td><td>李老师</td></tr><tr><td>电话</td><td>028-8554 1920</td></tr>
<tr><td>手机</td><td>189 8204 6137</td></tr><tr><td>备用</td><td>13800138000</td></tr></table>
<p>成都蓉智培训人工智能训练师五级周末班,面授+上机,报名需提供工作证明。</p>""")
page("kkvideo", "video/7343302275.html", "AI小鹿老师:数据标注员是做什么的?想入行的看", True, "I05", "AI小鹿老师",
     [("wechat", "xiaolu_ai_teach", "xiaolu_ai_teach")],
     "short video inviting to a paid course",
     """<div class="player">▶ 视频 02:20</div><div class="info"><p><b>@AI小鹿老师</b></p>
<p>数据标注入门课开班啦,带实操,有意向考人工智能训练师五级的同学可以一起备考。vx: xiaolu_ai_teach</p></div>""")
page("youpin", "item/6605031.html", "北辰考培 人工智能训练师考试教材+报名服务套餐", True, "I06", "北辰考培旗舰店",
     [("phone", "+8615110263849", "151 1026 3849"), ("other", "北京北辰考培文化传播有限公司", "北京北辰考培文化传播有限公司"),
      ("uscc", C_I06, C_I06)],
     "shop package: books + registration service",
     f"""<div class="pic">商品主图</div><div class="gi"><p class="pr">¥368.00</p><p>含教材两册、题库、报名指导服务。</p></div>
<div class="shop">店铺:北辰考培旗舰店<br>收款方:北京北辰考培文化传播有限公司 {C_I06}<br>客服 151 1026 3849</div>""")

# ---------------- non-offers
page("zjzx", "wq/2026/0322-0811.html", "人工智能训练师证“包过”?警惕山寨证书和假查询网站", False, None, None, [],
     "news warning; quotes a scam number and official hotlines",
     """<p>近期,有读者反映在网上报名“人工智能训练师”证书,缴费后对方失联。据读者提供的聊天记录,对方使用的骗子电话为170 8531 6642。</p>
<p>记者了解到,职业技能等级证书由备案的评价机构颁发,人社部不直接颁发。证书可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询,
证书上也印有 jndj.osta.org.cn。凡声称“包过”“免考”的,均涉嫌违法。</p>
<p>如遇虚假宣传,可拨打12315投诉;政策咨询可拨打12333。</p>""")
page("zjzx", "zc/2026/0125-1530.html", "上海2025年人工智能训练师认定1.63万人次", False, None, None, [],
     "news report, no seller",
     """<p>记者从上海市人社部门获悉,2025年上海人工智能训练师职业共认定1.63万人次,发放证书1.09万张,该职业已列入上海急需紧缺高技能人才职业目录。</p>
<p>业内人士提醒,人工智能训练师证书属于职业技能等级证书,并非国家职业资格证书;原“1+X”证书仍可在 vslc.ncb.edu.cn 查询,但相关组织已不得新开展X证书工作。</p>""")
page("zkjybbs", "thread-89410-1-1.html", "【曝光】交了3980说包过,结果证书查不到!", False, None, None, [],
     "complaint thread quoting a scam number, an order number and 12315",
     """<div class="post"><span class="au">维权中的阿明</span> 发表于 2026-3-28 19:22<br>去年在网上找的人工智能训练师“包过班”,交了3980,
给的证书在 zscx.osta.org.cn 上查不到。对方电话 17085316642 现在已经关机。订单号13652208417,已经打12315投诉。</div>
<div class="post"><span class="au">版主-阿泽</span><br>大家报名前务必核实机构是否备案,不要相信“包过”。</div>""")
page("wendapai", "question/50920013.html", "如何辨别人工智能训练师证书的真假?", False, None, None, [],
     "guide answer: how to verify; quotes scam number",
     """<div class="ans"><b>职场老油条</b><br>1. 职业技能等级证书上网查:zscx.osta.org.cn;以前的1+X证书在 vslc.ncb.edu.cn 查。<br>
2. 看颁证单位是否在 pjjg.osta.org.cn 备案了这个职业。<br>3. 说“人社部颁发”“包过”的,基本可以拉黑。<br>
4. 有疑问打12333。我朋友就是被一个 170-8531-6642 的号码骗了。</div>""")
page("hdxxzy", "news-2026-03.html", "我院教师在省人工智能训练师职业技能竞赛中获佳绩", False, None, None, [],
     "college news item, no offer", """<p>3月20日,省人工智能训练师职业技能竞赛落幕,我院两名教师获二等奖。</p>""")
page("rsj", "tzgg/2026/0310-01.html", "关于2026年失业保险技能提升补贴申领有关事项的通知", False, None, None, [],
     "official notice on subsidies",
     """<p>各有关单位、参保职工:取得职业技能等级证书的参保职工,可按规定申领技能提升补贴,初级(五级)、中级(四级)、高级(三级)分别不超过1000元、1500元、2000元。
证书信息以技能人才评价工作网 osta.mohrss.gov.cn 及全国联网查询平台核验为准。咨询电话:12333。</p>""")
page("rsj", "tzgg/2026/0318-02.html", "关于警惕技术技能类“山寨证书”的提示", False, None, None, [],
     "official warning",
     """<p>近期发现部分机构以“人社部颁发”“包过”“免考”等名义招揽人工智能训练师等证书培训。职业技能等级证书由经备案的评价机构颁发,
可在 zscx.osta.org.cn 查询。发现违法广告请拨打12315,政策咨询请拨打12333。</p>""")
page("rsj", "zwgk/2026/pjjg-list.html", "本市职业技能等级认定社会培训评价组织及培训机构名单(2026年第一批)", False, None, None, [],
     "official list that happens to include U05's landline (not an offer)",
     """<table><tr><td>序号</td><td>机构名称</td><td>职业(工种)</td><td>联系电话</td></tr>
<tr><td>1</td><td>广州市天河区粤智职业培训学校(培训)</td><td>人工智能训练师</td><td>020-87236615</td></tr>
<tr><td>2</td><td>江宁市职业技能评价中心</td><td>电工、人工智能训练师</td><td>0791-8612 0033</td></tr></table>
<p>名单可在 pjjg.osta.org.cn 核实。</p>""")

# ---------------------------------------------------------------- decoys (pages computed by scanning)
DECOYS = [
    ("phone", "12333", ["12333"], "人社 service hotline quoted by many pages"),
    ("phone", "12315", ["12315"], "市场监管 complaint hotline"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
    ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
    ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official registry of evaluation institutions"),
    ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
    ("phone", "4008205176", ["400-820-5176"], "marketplace 课多多 footer customer service"),
    ("email", "kefu@keduoduo.com", ["kefu@keduoduo.com"], "marketplace footer e-mail"),
    ("other", "沪ICP备18029347号-2", ["沪ICP备18029347号-2"], "marketplace ICP number in footer"),
    ("domain", "keduoduo.com", ["keduoduo.com"], "marketplace's own domain in footer"),
    ("qq_group", "581224903", ["581224903"], "forum's official QQ group in footer"),
    ("phone", "075526581130", ["0755-2658 1130"], "classifieds site footer hotline"),
    ("phone", "01057739264", ["010-5773 9264"], "Q&A site footer 举报 phone"),
    ("domain", "mp.weixin.qq.com", ["mp.weixin.qq.com"], "WeChat platform domain in 原文链接"),
    ("email", "tougao@weidu-wz.com", ["tougao@weidu-wz.com"], "repost site footer e-mail"),
    ("email", "kefu@kkvideo.cn", ["kefu@kkvideo.cn"], "video platform footer e-mail"),
    ("phone", "01063582410", ["010-6358 2410"], "news portal 新闻热线 in footer"),
    ("phone", "4009003382", ["400-900-3382"], "shop platform footer customer service"),
    ("phone", "95188", ["95188"], "payment platform (Alipay) hotline"),
    ("phone", "+8617085316642", ["170 8531 6642", "17085316642", "170-8531-6642"], "scam number quoted in warnings and complaints"),
    ("phone", "+8613652208417", ["13652208417"], "an order number shaped like a mobile, in a review and a complaint"),
    ("other", CERT_SAMPLE, [CERT_SAMPLE], "sample certificate number copied by several sellers"),
    ("phone", "+8613800138000", ["13800138000"], "template placeholder left in classified ads"),
    ("wechat", "lily_8823", ["lily_8823"], "a reader's own WeChat left in comments under different sellers"),
    ("phone", "02164287135", ["021-6428 7135"], "exam venue front desk quoted by two Shanghai sellers"),
    ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool used by several sellers"),
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    by_site = {}
    for p in P:
        by_site.setdefault(p["site"], []).append(p)
    files = {}
    for site, plist in by_site.items():
        for p in plist:
            depth = p["file"].count("/")
            pre = "../" * depth
            rel = [(pre + q["file"], q["title"][:24]) for q in plist if q is not p][:5]
            body = p["body"]
            txt = frame(site, p["file"], p["title"], body, [], rel)
            files["/%s/%s" % (site, p["file"])] = txt
        # site index (zkzp's index is an offer page already defined)
        if not any(q["file"] == "index.html" for q in plist):
            lis = "".join('<li><a href="%s">%s</a></li>' % (q["file"], html.escape(q["title"])) for q in plist)
            intro = {"keduoduo": "<p>精选职业考证课程,平台担保交易。</p>", "zkjybbs": "<p>今日:128 | 昨日:211 | 帖子:40万</p>",
                     "tckx": "<p>免费发布本地信息</p>", "wendapai": "<p>有问题,上问答派</p>", "weidu": "<p>每日精选公众号好文</p>",
                     "kkvideo": "<p>记录美好生活</p>", "zjzx": "<p>职业教育权威资讯</p>", "hdxxzy": "<p>服务终身学习</p>",
                     "rsj": "<p>政务公开 · 通知公告</p>", "youpin": "<p>正品保障 · 售后无忧</p>"}[site]
            body = intro + "<ul class='list'>%s</ul>" % lis
            files["/%s/index.html" % site] = frame(site, "index.html", SITES[site]["name"] + " 首页", body, [], [])
            P.append(dict(site=site, file="index.html", title=SITES[site]["name"] + " 首页", offer=False, op=None,
                          provider=None, ids=[], note="site index page (%s)" % SITES[site]["style"], body=body))
    # make zkzp index link its course page (already via menu) -- hub
    hub = "".join('<li><a href="%s/index.html">%s</a> <small>%s · %s</small></li>' % (s, d["name"], d["domain"], d["style"])
                  for s, d in SITES.items())
    files["/index.html"] = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网站导航</title></head><body>"
                            "<h1>网站导航</h1><ul>%s</ul><p>常用:搜索 · 问答 · 资讯</p></body></html>\n" % hub)
    for path, txt in files.items():
        fp = OUT + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    # sanity: written forms present
    for p in P:
        path = "/%s/%s" % (p["site"], p["file"])
        for k, v, w in p["ids"]:
            assert w in files[path], (path, w)

    def occurs(w, text):
        return re.search(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", text) is not None

    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(pth for pth, txt in files.items() if any(occurs(w, txt) for w in ws))
        assert len(pages) >= 2, (v, pages)
        decoys.append(dict(kind=k, value=v, written=ws, pages=pages, why=why))

    ops = {}
    pages_out = []
    for p in sorted(P, key=lambda q: (q["site"], q["file"])):
        path = "/%s/%s" % (p["site"], p["file"])
        pages_out.append(dict(path=path, is_offer=p["offer"], operator=p["op"], provider=p["provider"],
                              identifiers=[list(t) for t in p["ids"]], note=p["note"]))
        if p["op"]:
            o = ops.setdefault(p["op"], dict(brands=[], identifiers=[]))
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    pages_out.insert(0, dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                             note="hub linking every site's index"))
    truth = dict(pages=pages_out, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
