#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer (人工智能训练师) certificate sellers (12cl).
Standard library only, deterministic."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(head8, body8):
    s17 = head8 + body8 + org_check(body8)
    r = 31 - sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(s17)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

# ---------------------------------------------------------------- written forms
FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "零一二三四五六七八九")
def m_sp(n): return f"{n[:3]} {n[3:7]} {n[7:]}"
def m_dash(n): return f"{n[:3]}-{n[3:7]}-{n[7:]}"

# ---------------------------------------------------------------- sites (frames)
SITES = {
 "kc":   dict(name="课多多·职业技能课堂", style="mall", dom="www.keduoduo.com.cn",
              menu=["首页", "职业技能", "IT互联网", "考证专区", "企业内训", "商家入驻"],
              foot="客服热线：400-820-6618（9:00-21:00）｜客服邮箱：kf@keduoduo.com.cn｜沪ICP备16023871号-2｜© 2026 keduoduo.com.cn 版权所有",
              side="<h4>平台保障</h4><p>课多多担保交易，7天无理由退款。投诉请拨 400-820-6618。</p>"),
 "bbs":  dict(name="职友社区", style="forum", dom="bbs.zhiyoushe.net",
              menu=["论坛首页", "考证交流", "职业技能", "求职招聘", "站务公告"],
              foot="站务QQ群：583920471｜违规举报：bbs_admin@zhiyoushe.net｜浙ICP备19042217号｜Powered by Discuz! X3.4",
              side="<h4>版规</h4><p>禁止发布广告、留联系方式引流。站务群 583920471 欢迎反馈。</p>"),
 "fl":   dict(name="百城分类信息网", style="classifieds", dom="www.bcfenlei.com",
              menu=["首页", "教育培训", "招聘", "二手", "本地服务", "发布信息"],
              foot="百城分类客服：400-066-1588｜www.bcfenlei.com｜苏ICP备18066311号-1｜请勿提前支付任何费用，谨防诈骗",
              side="<h4>防骗提示</h4><p>凡要求先交押金、保证金的均可能是诈骗。客服 400-066-1588。</p>"),
 "wenda":dict(name="知了问答", style="qa", dom="www.zhiliaowenda.com",
              menu=["首页", "教育", "职场", "科技", "我要提问"],
              foot="知了问答 版权所有｜意见反馈：help@zhiliaowenda.com｜京ICP备17059946号｜京公网安备11010802027713号",
              side="<h4>相关问题</h4><p>人工智能训练师证书有用吗？</p><p>数据标注员是做什么的？</p>"),
 "mp":   dict(name="微文聚合", style="wechat", dom="www.weiwenjuhe.com",
              menu=["热门", "科技", "教育", "职场", "本地"],
              foot="本站文章转载自微信公众号，仅供阅读，如有侵权请联系 0755-26618830 删除｜粤ICP备20031187号",
              side="<h4>热文</h4><p>2026年还值得考的十个证书</p><p>数据标注员月入过万是真的吗</p>"),
 "v":    dict(name="快看短视频 网页版", style="video", dom="www.kuaikanv.com",
              menu=["推荐", "关注", "直播", "知识", "上传"],
              foot="快看科技有限公司｜京ICP证160725号｜违法和不良信息举报：4009-027-635｜网络文化经营许可证 京网文〔2025〕0917-301号",
              side="<h4>相关推荐</h4><p>零基础学AI</p><p>数据标注日结</p>"),
 "news": dict(name="科创财经网", style="news", dom="www.kechuangcj.com",
              menu=["首页", "科技", "财经", "教育", "法治", "专题"],
              foot="科创财经网｜违法和不良信息举报电话：010-85126673｜京ICP备15011842号｜未经授权禁止转载",
              side="<h4>24小时热榜</h4><p>多地集中治理“山寨证书”</p><p>技能提升补贴怎么领</p>"),
 "edu":  dict(name="苏州信息职业技术学院 继续教育学院", style="college", dom="jxjy.szxx-college.edu.cn",
              menu=["学院首页", "学院概况", "培训项目", "通知公告", "证书查询"],
              foot="地址：苏州市吴中区致能大道108号｜学院总机：0512-66550000｜苏ICP备05012678号｜证书查询请访问 zscx.osta.org.cn",
              side="<h4>快速通道</h4><p>技能人才评价证书全国联网查询：zscx.osta.org.cn</p>"),
 "rsj":  dict(name="某市人力资源和社会保障局", style="gov", dom="rsj.example-city.gov.cn",
              menu=["首页", "政务公开", "政策法规", "办事服务", "互动交流"],
              foot="主办：某市人力资源和社会保障局｜政务服务便民热线：12345｜人社服务热线：12333｜网站标识码 3205000021",
              side="<h4>便民查询</h4><p>证书查询：zscx.osta.org.cn</p><p>咨询：12333</p>"),
}
CORP_FOOT = "技术支持：云帆建站 400-900-7731"
CORP = {
 "hx": dict(name="华信智学", style="corp", dom="www.hxzx-edu.cn"),
 "zhiyuan": dict(name="致远职业培训学校", style="corp", dom="www.zhiyuan-px.com"),
 "ruiqi": dict(name="睿启教育", style="corp", dom="www.ruiqi-edu.com"),
}
CSS = {
 "mall": "body{font-family:sans-serif;background:#f5f5f5}.hd{background:#ff5000;color:#fff}.price{color:#ff5000;font-size:22px}",
 "forum": "body{font-family:Tahoma,sans-serif;background:#e8eef7}.post{border:1px solid #c2d5e3;background:#fff}",
 "classifieds": "body{font-family:sans-serif}.hd{background:#0d9e4a;color:#fff}table.info td{padding:2px 8px}",
 "qa": "body{font-family:sans-serif;background:#fafafa}.q{font-size:18px}.ans{border-top:1px solid #ddd}",
 "wechat": "body{font-family:-apple-system,sans-serif;max-width:680px;margin:auto}.meta{color:#888}",
 "video": "body{background:#161823;color:#eee;font-family:sans-serif}.player{background:#000;height:360px}",
 "news": "body{font-family:SimSun,serif}.hd{border-bottom:3px solid #c00}.src{color:#666}",
 "college": "body{font-family:sans-serif}.hd{background:#003a8c;color:#fff}",
 "gov": "body{font-family:SimSun,serif}.hd{background:#b40000;color:#fff}.doc{line-height:2}",
 "corp": "body{font-family:sans-serif}.hd{background:#1f3f7a;color:#fff}.banner{background:#e9f0fb;padding:20px}",
}

def frame(sitekey, title, crumbs, main, related, extra_side="", corp_foot=None):
    s = SITES.get(sitekey) or CORP[sitekey]
    menu = "".join(f'<a href="/{sitekey}/index.html">{m}</a> ' for m in s.get("menu", ["首页", "关于我们", "课程中心", "证书查询", "新闻动态", "联系我们"]))
    crumb = " &gt; ".join([f'<a href="/{sitekey}/index.html">{s["name"]}</a>'] + [html.escape(c) for c in crumbs])
    rel = "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>' for h, t in related)
    foot = s.get("foot") if corp_foot is None else corp_foot
    side = s.get("side", "") + extra_side
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {s['name']}</title>
<style>{CSS[s['style']]}</style></head>
<body class="{s['style']}">
<div class="hd"><span class="logo">{s['name']}</span> <span class="dom">{s['dom']}</span><div class="menu">{menu}</div></div>
<div class="crumbs">当前位置：{crumb}</div>
<div class="main">
{main}
</div>
<div class="sidebar">{side}<h4>相关链接</h4><ul>{rel}</ul></div>
<div class="footer">{foot}</div>
</body></html>
"""

# ---------------------------------------------------------------- sellers
C_U01 = uscc("91320505", "MA1XK7Q2")   # 苏州华信智学教育科技有限公司
C_U03 = uscc("52320105", "MJ556321")  # 南京市建邺区致远职业培训学校
C_U05 = uscc("91330106", "MA2GD4N7")   # 杭州智途网络科技有限公司
C_U07 = uscc("91440106", "MA5CP2R8")   # 广州睿启信息咨询有限公司
C_U08 = uscc("91110108", "MA01XW3E")   # 中培国科（北京）教育科技有限公司
C_I03 = uscc("52320102", "MJ488017")   # 南京卓越技能培训中心

def I(kind, value, written, label=""):
    return dict(kind=kind, value=value, written=written, label=label)

# each offer page: site, path, brand, honest, ids, extras (decoy snippets), extra args
PAGES = []   # filled below
def P(op, site, path, brand, honest, ids, title, level, price, extras=(), kind="course", comments=()):
    PAGES.append(dict(op=op, site=site, path=path, brand=brand, honest=honest, ids=list(ids), title=title,
                      level=level, price=price, extras=list(extras), kind=kind, comments=list(comments)))

SCAM_PHONE = "17085216634"
# ---- U01
P("U01", "hx", "/hx/index.html", "华信智学", False,
  [I("phone", "+8613962158847", "139-6215-8847", "招生热线："),
   I("domain", "hxzx-edu.cn", "www.hxzx-edu.cn", "官网："),
   I("uscc", C_U01, C_U01, "统一社会信用代码："),
   I("email", "hx_zhaosheng@163.com", "hx_zhaosheng@163.com", "报名邮箱：")],
  "人工智能训练师三级/二级 证书报考", "三级、二级", "3680元起",
  extras=["<p>证书编号样例：S000032010012425300217（扫码可查）</p>", "<p>邮箱：admin@yourdomain.com</p>"])
P("U01", "kc", "/kc/item/10235.html", "智学AI认证中心", False,
  [I("phone", "+8613962158847", "+86 139 6215 8847（微信同号）", "咨询："),
   I("wechat", "zhixue_ai66", "VX：zhixue_ai66", "")],
  "【人社部颁发】人工智能训练师证书 零基础 三级二级同报", "三级+二级", "2980元",
  extras=["<p>江苏省2025年第6期认定批次号：13025060101，名额有限</p>"])
P("U01", "fl", "/fl/px/3345121.html", "慧学人工智能培训", False,
  [I("wechat", "zhixue_ai66", "V信 zhixue_ai66", "加"),
   I("other", "苏州慧学信息咨询有限公司", "苏州慧学信息咨询有限公司", "收款户名："),
   I("phone", "+8618051937720", "180 5193 7720", "电话：")],
  "苏州 人工智能训练师证 考证培训 包过", "四级、三级", "",
  extras=[])
P("U01", "mp", "/mp/s/Ak3bX9.html", "AI训练师报考指导中心", False,
  [I("other", "苏州慧学信息咨询有限公司", "苏州慧学信息咨询有限公司", "对公账户户名："),
   I("qq", "2918834765", "扣扣：2918834765", "")],
  "最后一批！人工智能训练师证书即将涨价，官网可查", "三级", "1980元（原价3980）")
# ---- U02
P("U02", "bbs", "/bbs/thread-88213-1-1.html", "启航AI学院", False,
  [I("qq", "1548820937", "Q：1548820937", ""),
   I("email", "qihang_ai@126.com", "qihang_ai@126.com", "资料索取：")],
  "分享：我是怎么一个月拿到人工智能训练师三级的（附报名渠道）", "三级", "",
  kind="forum_ad", comments=[("路过的小白", "求资料，我QQ 1127893346，谢谢楼主"), ("老王", "一个月拿三级？不需要四级证书和工作年限吗")])
P("U02", "wenda", "/wenda/q/7781034.html", "启航教育", False,
  [I("qq", "1548820937", "扣扣1548820937", "详细可以问"),
   I("qq_group", "736104528", "学习交流群：736104528", "")],
  "人工智能训练师证书在哪里报名？靠谱吗？", "四级、三级", "",
  kind="qa_ad")
P("U02", "v", "/v/video/7360021.html", "未来智训", False,
  [I("qq_group", "736104528", "粉丝群 736-104-528", ""),
   I("phone", "+8615366287410", "153 6628 7410", "咨询")],
  "90%小白都能学会！AI训练师证书拿证月入过万", "五级到三级", "原价9999 限时99元体验课",
  comments=[("用户1127893346", "怎么报名，QQ 1127893346 加我"), ("小鹿", "是人社部的吗")])
P("U02", "kc", "/kc/item/10241.html", "启航AI学院", False,
  [I("phone", "+8615366287410", "tel:15366287410", ""),
   I("wechat", "qh-ai-kefu", "微信：qh-ai-kefu", "")],
  "人工智能训练师（数据标注员）认证班 国家认可 官方认证", "四级", "1280元")
# ---- U03
P("U03", "zhiyuan", "/zhiyuan/index.html", "致远职业培训学校", True,
  [I("phone", "025-84471296", "025-8447 1296", "招生办电话："),
   I("domain", "zhiyuan-px.com", "www.zhiyuan-px.com", "网址："),
   I("uscc", C_U03, C_U03, "统一社会信用代码：")],
  "人工智能训练师职业技能等级认定培训招生", "五级、四级", "培训费1800元（可申领技能提升补贴）",
  extras=["<p>联系电话：13800138000 （模板默认，请修改）</p>",
          "<p>考点：南京市建邺区江东中路 金鹰大厦3楼，前台电话 025-86617752</p>"])
P("U03", "zhiyuan", "/zhiyuan/course/ai3.html", "致远职培", True,
  [I("phone", "025-84471296", "(025)84471296", "咨询："),
   I("domain", "zhiyuan-px.com", "zhiyuan-px.com", "官网 "),
   I("uscc", C_U03, C_U03, "办学许可/统一社会信用代码：")],
  "人工智能训练师（三级）周末班", "三级", "2600元",
  extras=["<p>对培训服务有异议可拨打12315。</p>", "<p>联系电话：13800138000 （模板默认，请修改）</p>"])
P("U03", "fl", "/fl/px/3345877.html", "江苏致远教育", True,
  [I("uscc", C_U03, "统一社会信用代码 " + C_U03, ""),
   I("phone", "+8613770659218", "137 7065 9218", "手机：")],
  "南京人工智能训练师培训 认定考试 可查", "五级、四级、三级", "面议",
  extras=["<p>考试地点：金鹰大厦3楼（前台 025-86617752）</p>", "<p>证书可登录 jndj.osta.org.cn 查询。</p>"])
P("U03", "v", "/v/video/7360558.html", "远智AI证书服务", False,
  [I("phone", "+8613770659218", "１３７７０６５９２１８", "电话"),
   I("wechat", "yuanzhi_cert", "薇：yuanzhi_cert", "")],
  "AI训练师证书加急办理 全程代报名 不用到场", "四级、三级", "",
  comments=[("阿强", "不用到场还能叫考试？"), ("用户1127893346", "私信了 QQ1127893346")])
# ---- U04
P("U04", "mp", "/mp/s/Qm7Lp2.html", "博学优才", False,
  [I("email", "boyou_edu@qq.com", "boyou_edu@qq.com", "简历及报名资料发送至："),
   I("phone", "4006137529", "4006-137-529", "全国统一服务热线：")],
  "人社部认证的新职业！人工智能训练师国家职业资格证书报考通道开启", "三级、二级、一级", "三证同报 6800元")
P("U04", "kc", "/kc/item/10250.html", "优才认证", False,
  [I("email", "boyou_edu@qq.com", "boyou_edu（at）qq.com", "资料请发邮箱："),
   I("wechat", "youcai_888", "威信：youcai_888", "")],
  "人工智能训练师证 包过班 不过全额退款", "三级", "3580元",
  extras=["<p>课程编号：18620250317</p>"])
P("U04", "bbs", "/bbs/thread-88390-1-1.html", "北京博优教育咨询", False,
  [I("wechat", "youcai_888", "微信号 youcai_888", ""),
   I("phone", "010-62985143", "010-62985143", "座机：")],
  "【招生】人工智能训练师二级技师 零基础不限学历 可挂靠年入3万", "二级", "",
  kind="forum_ad", comments=[("lilyzz", "挂靠？AI训练师证谁要挂靠"), ("游客", "顶")])
P("U04", "fl", "/fl/px/3346012.html", "优才考证", False,
  [I("phone", "010-62985143", "010 6298 5143", "联系电话："),
   I("qq", "3086152947", "QQ 3086152947", "")],
  "北京 人工智能训练师 考证 速成 内部渠道", "三级、二级", "4200元")
# ---- U05
P("U05", "wenda", "/wenda/q/7782210.html", "智途AI", False,
  [I("wechat", "zhitu_ai_edu", "薇信 zhitu_ai_edu", "可以咨询我们")],
  "人工智能训练师证书考了有用吗？能落户积分吗？", "四级", "",
  kind="qa_ad", comments=[("职场萌新", "我也想考，求带，我微信 xiaomi_2024run")])
P("U05", "mp", "/mp/s/Zt4Kq8.html", "杭州智途网络科技", True,
  [I("wechat", "zhitu_ai_edu", "V：zhitu_ai_edu", "报名咨询 "),
   I("uscc", C_U05, C_U05, "主办单位统一社会信用代码：")],
  "2026年人工智能训练师报考指南（附申报条件）", "五级、四级", "",
  extras=["<p>本期江苏考点认定批次号 13025060101</p>", "<p>持有原1+X证书的可在 vslc.ncb.edu.cn 查询。</p>"])
P("U05", "kc", "/kc/item/10262.html", "智途学堂", True,
  [I("uscc", C_U05, C_U05, "商家资质·统一社会信用代码："),
   I("domain", "zhitu-ai.cn", "zhitu-ai.cn", "课程平台：")],
  "人工智能训练师（数据标注方向）五级 线上课+实操", "五级", "980元")
# ---- U06
P("U06", "v", "/v/video/7361190.html", "金榜职培", False,
  [I("phone", "+8618936028715", "一八九三六零二八七一五", "报名打")],
  "人工智能训练师证书 三天拿证 包过", "三级", "",
  comments=[("路人甲", "三天拿证？之前加过QQ 3391027745 被骗了，你们不会也是吧"), ("金榜职培", "私信或者打电话")])
P("U06", "fl", "/fl/px/3346530.html", "金榜教育", False,
  [I("phone", "+8618936028715", "189 3602 8715", "电话："),
   I("email", "jinbang_px@sina.com", "jinbang_px#sina.com（#换成@）", "邮箱：")],
  "南京 AI训练师证 快速拿证 全国通用", "三级", "2680元",
  extras=["<p>考点：金鹰大厦3楼（前台 025-86617752）</p>"])
P("U06", "bbs", "/bbs/thread-88517-1-1.html", "鑫榜AI", False,
  [I("email", "jinbang_px@sina.com", "jinbang_px@sina.com", "资料邮箱："),
   I("qq", "2750318846", "扣扣 2750318846", "")],
  "转让名额：人工智能训练师三级 下月考试 有意者联系", "三级", "1500元",
  kind="forum_ad", comments=[("版主", "广告贴，警告一次")])
# ---- U07
P("U07", "ruiqi", "/ruiqi/index.html", "睿启教育", False,
  [I("domain", "ruiqi-edu.com", "www.ruiqi-edu.com", ""),
   I("phone", "+8613560288431", "135 6028 8431", "咨询电话："),
   I("uscc", C_U07, C_U07, "统一社会信用代码：")],
  "人工智能训练师 工信部认证 双证班", "三级", "4980元",
  extras=["<p>联系电话：13800138000 （模板默认，请修改）</p>", "<p>邮箱：admin@yourdomain.com</p>",
          "<p>证书编号样例：S000032010012425300217</p>"])
P("U07", "kc", "/kc/item/10277.html", "睿启AI认证", False,
  [I("domain", "ruiqi-edu.com", "ruiqi-edu.com", "证书查询请登录官网 "),
   I("qq_group", "825613904", "QQ群825613904", "备考")],
  "人工智能训练师证书 官网可查 双证", "三级", "3280元")
P("U07", "mp", "/mp/s/Rq9Vn3.html", "广州睿启信息咨询", False,
  [I("qq_group", "825613904", "QQ群：825 613 904", "进"),
   I("wechat", "rq_laoshi01", "微信 rq_laoshi01", "或加")],
  "拿到证书便可升职加薪！人工智能训练师证书含金量解读", "三级、二级", "")
# ---- U08
P("U08", "fl", "/fl/px/3346988.html", "华培认证", False,
  [I("phone", "+8617763095584", "177-6309-5584", "电话：")],
  "人工智能训练师 国家级证书 全国联网可查", "三级、二级", "2800元")
P("U08", "v", "/v/video/7362044.html", "中培国科（北京）", False,
  [I("phone", "+8617763095584", "+8617763095584", "热线"),
   I("uscc", C_U08, C_U08, "中培国科（北京）教育科技有限公司 ")],
  "国家人工智能训练师认证中心 官方报名入口", "一级到五级", "",
  comments=[("QQ用户", "多少钱 QQ1127893346")])
P("U08", "wenda", "/wenda/q/7783455.html", "华培考务", False,
  [I("uscc", C_U08, C_U08, "机构信用代码"),
   I("email", "hp_kaowu@163.com", "hp_kaowu@163.com", "报名表发送至")],
  "人工智能训练师证是国家职业资格证书吗？", "三级", "",
  kind="qa_ad")
# ---- U09
P("U09", "kc", "/kc/item/10283.html", "领航职教", False,
  [I("other", "陈晓峰", "陈晓峰", "对私转账收款人：")],
  "人工智能训练师三级 报名+教材+考试 一站式", "三级", "2380元")
P("U09", "mp", "/mp/s/Lh2Wc6.html", "领航AI证书", False,
  [I("other", "陈晓峰", "陈晓峰", "收款人姓名："),
   I("phone", "+8615251873906", "152 5187 3906", "联系人陈老师 ")],
  "不限学历不限专业！人工智能训练师报名最后3天", "四级、三级", "1880元")
P("U09", "bbs", "/bbs/thread-88602-1-1.html", "领航智能", False,
  [I("phone", "+8615251873906", "152-5187-3906", "电话"),
   I("wechat", "linghang_zj", "VX linghang_zj", "")],
  "人工智能训练师证书代报名，有需要的看过来", "三级", "",
  kind="forum_ad", comments=[("热心网友", "提醒：" + "170 8521 6634" + " 这个号是骗子，别信"), ("楼主", "我们是正规的")])
# ---- independents
P("I01", "edu", "/edu/jxjy/notice_215.html", "苏州信息职业技术学院继续教育学院", True,
  [I("phone", "0512-66558210", "0512-66558210", "培训科电话："),
   I("email", "jxjy@szxx-college.edu.cn", "jxjy@szxx-college.edu.cn", "邮箱：")],
  "关于举办2026年第一期人工智能训练师（四级/三级）职业技能等级认定培训班的通知", "四级、三级", "培训费按苏价费规定收取，符合条件者可申领技能提升补贴",
  extras=["<p>政策咨询：12333</p>"])
P("I02", "kc", "/kc/item/10299.html", "数标学院", True,
  [I("wechat", "shubiao_xueyuan", "微信：shubiao_xueyuan", ""),
   I("phone", "+8613305165927", "133-0516-5927", "电话：")],
  "数据标注员入门课（对标人工智能训练师五级）不含考证", "五级", "399元",
  extras=["<p>证书真伪请通过 zscx.osta.org.cn 查询，咨询政策拨 12333</p>"])
P("I03", "fl", "/fl/px/3347201.html", "南京卓越技能培训中心", True,
  [I("phone", "+8615850637219", "158 5063 7219", "电话："),
   I("uscc", C_I03, C_I03, "统一社会信用代码：")],
  "人工智能训练师四级培训 需满足申报条件", "四级", "1600元",
  extras=["<p>认定考点：金鹰大厦3楼（前台 025-86617752）</p>"])
P("I04", "v", "/v/video/7362901.html", "AI小陈老师", True,
  [I("wechat", "xiaochen_ai_2026", "v：xiaochen_ai_2026", ""),
   I("qq", "2476019385", "QQ 2476019385", "")],
  "说点实话：人工智能训练师证书到底怎么考", "五级、四级", "",
  comments=[("用户1127893346", "老师讲得好 QQ1127893346")])
P("I05", "wenda", "/wenda/q/7784012.html", "明德职培", True,
  [I("phone", "0755-83627419", "0755-83627419", "深圳明德职培：")],
  "深圳哪里可以考人工智能训练师？", "四级", "",
  extras=["<p>补贴政策不清楚的话也可以打12345问一下当地人社。</p>"], kind="qa_ad")
P("I06", "bbs", "/bbs/thread-88741-1-1.html", "学证通", False,
  [I("wechat", "xuezhengtong01", "wx：xuezhengtong01", ""),
   I("qq_group", "915207386", "群号915207386", "")],
  "AI训练师+数据标注 双证同报 入库可查", "四级、三级", "2200元",
  kind="forum_ad")

# ---------------------------------------------------------------- text blocks
def promise(p):
    lv, pr = p["level"], p["price"]
    if p["honest"]:
        t = [f"本项目依据《人工智能训练师国家职业技能标准(2021年版)》（职业编码4-04-05-05）开展，级别：{lv}。",
             "证书为职业技能等级证书，由经人社部门备案的评价机构颁发，可登录技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。",
             "申报五级需在本职业或相关职业累计工作满1年或经本职业学徒期满；四级及以上按标准规定的年限逐级申报，不接受跨级报名。",
             "考核分理论知识考试和操作技能考核，均实行百分制，成绩皆达60分及以上者为合格。"]
    else:
        t = [f"人工智能训练师（国家新职业），可报{lv}，零基础、不限学历、不限经验，全程托管。",
             "人社部颁发，国家职业资格证书，全国通用，入库可查，官网可查。",
             "包过！不过全额退款；不用到场，免培训，最快30天下证。",
             "拿到证书便可升职加薪，可申领补贴，可落户积分，还可挂靠。"]
    if pr:
        t.append(f"费用：{pr}。")
    return t

def contact_block(p):
    out = []
    for x in p["ids"]:
        w = html.escape(x["written"])
        if x["written"].startswith("tel:"):
            out.append(f'<p>{x["label"]}<a href="{w}">立即拨打电话</a></p>')
        else:
            out.append(f"<p>{html.escape(x['label'])}{w}</p>")
    return "\n".join(out)

def comments_html(p):
    return "".join(f'<div class="cmt"><b>{html.escape(u)}</b>：{html.escape(c)}</div>' for u, c in p["comments"])

def body_for(p, idx):
    st = SITES[p["site"]]["style"] if p["site"] in SITES else "corp"
    pr = "".join(f"<p>{html.escape(x)}</p>" for x in promise(p))
    ex = "\n".join(p["extras"])
    ct = contact_block(p)
    b = html.escape(p["brand"])
    T = html.escape(p["title"])
    cm = comments_html(p)
    if st == "mall":
        return f"""<div class="item"><h1>{T}</h1><div class="shop">店铺：{b} <span class="badge">已认证商家</span></div>
<div class="price">{html.escape(p['price'] or '咨询客服')}</div><div class="sold">已售 {300 + idx * 37} ｜ 好评率 98%</div>
<h3>课程详情</h3>{pr}{ex}<h3>联系商家</h3>{ct}
<h3>学员评价</h3><div class="cmt">学员***{idx}：客服回复很快。</div>{cm}</div>"""
    if st == "forum":
        return f"""<div class="post"><h1>{T}</h1><div class="author">楼主：{b}_官方 ｜ 发表于 2026-03-{10 + idx % 18:02d} 21:{idx % 60:02d}</div>
<div class="msg">{pr}{ex}{ct}</div></div><div class="replies">{"".join(f'<div class="post floor">{i + 2}#  <b>{html.escape(u)}</b>：{html.escape(c)}</div>' for i, (u, c) in enumerate(p['comments']))}</div>"""
    if st == "classifieds":
        return f"""<h1>{T}</h1><table class="info"><tr><td>类别</td><td>教育培训 &gt; 职业技能</td></tr><tr><td>商家</td><td>{b}</td></tr>
<tr><td>价格</td><td>{html.escape(p['price'] or '面议')}</td></tr><tr><td>更新</td><td>2026-03-{5 + idx % 20:02d}</td></tr></table>
<div class="desc">{pr}{ex}</div><div class="contact"><h3>联系方式</h3><p>联系人：{b}</p>{ct}<p class="warn">联系时请说明是在百城分类看到的</p></div>"""
    if st == "qa":
        return f"""<div class="q"><h1>{T}</h1><p class="asker">提问者：匿名用户 ｜ 3个回答</p></div>
<div class="ans"><b>回答1 · 教育达人</b><p>先看清楚申报条件，五级要求相关工作满1年，证书可以在 zscx.osta.org.cn 查。</p></div>
<div class="ans best"><b>回答2 · {b}（认证机构）</b>{pr}{ex}{ct}</div>
<div class="ans"><b>回答3</b>{cm or '<p>同问</p>'}</div>"""
    if st == "wechat":
        return f"""<h1>{T}</h1><p class="meta">原创 {b} 2026-03-{8 + idx % 20:02d} 阅读 {1000 + idx * 113}</p>
<div class="rich">{pr}{ex}<h3>报名方式</h3>{ct}</div><p class="meta">本文转载自公众号“{b}”，著作权归原作者所有</p>"""
    if st == "video":
        return f"""<div class="player">[视频]</div><h1>{T}</h1><p class="author">@{b} ｜ 获赞 {2 + idx}.{idx % 10}万</p>
<div class="desc">{pr}{ex}{ct}</div><h3>评论</h3>{cm}"""
    if st == "college":
        return f"""<div class="doc"><h1>{T}</h1><p>各有关单位、个人：</p>{pr}{ex}<h3>报名联系</h3>{ct}<p>{b}<br>2026年3月6日</p></div>"""
    if st == "corp":
        return f"""<div class="banner"><h1>{b}</h1><p>{T}</p></div><div class="about"><h3>课程介绍</h3>{pr}{ex}</div>
<div class="contactus"><h3>联系我们</h3>{ct}</div>"""
    raise ValueError(st)

# ---------------------------------------------------------------- non-offer pages
NON = []  # (site, path, title, main, note, ids)
NON.append(("kc", "/kc/item/10301.html", "Excel函数与数据透视表从入门到精通",
  """<div class="item"><h1>Excel函数与数据透视表从入门到精通</h1><div class="shop">店铺：老王办公课堂</div><div class="price">59元</div>
<p>办公技能提升，与考证无关。</p><p>微信：excel_laowang</p></div>""",
  "marketplace listing for an unrelated Excel course", [I("wechat", "excel_laowang", "微信：excel_laowang")]))
NON.append(("bbs", "/bbs/thread-88655-1-1.html", "【曝光】交了4200说包过，现在人联系不上了",
  """<div class="post"><h1>【曝光】交了4200说包过，现在人联系不上了</h1><div class="msg"><p>去年在网上看到人工智能训练师“包过”广告，对方自称人社部直属，电话 170-8521-6634，QQ 3391027745。交了4200元后就被拉黑。</p>
<p>后来在课多多上也搜到一个课程编号18620250317的课，评论区也有人说被骗，不知道是不是同一伙。</p>
<p>已经打12315投诉，也问了12333，说这个证书查询要去 zscx.osta.org.cn。大家引以为戒。</p></div></div>
<div class="post floor">2# 同被骗：我也是这个号码 17085216634</div>""",
  "forum complaint by a victim quoting the scammer's phone and QQ", []))
NON.append(("bbs", "/bbs/thread-88700-1-1.html", "求问：没有工作经验能考人工智能训练师吗",
  """<div class="post"><h1>求问：没有工作经验能考人工智能训练师吗</h1><div class="msg"><p>应届生，想考个证，网上说零基础直接考三级，是真的吗？我微信 xiaomi_2024run，有经验的大佬指点一下。</p></div></div>
<div class="post floor">2# 按标准五级要求相关工作满1年，三级要逐级来，别信零基础直接三级的。</div>""",
  "a learner's question (no offer)", []))
NON.append(("fl", "/fl/zp/5521034.html", "招聘数据标注员 5名",
  """<h1>招聘数据标注员 5名</h1><table class="info"><tr><td>薪资</td><td>5000-7000元/月</td></tr><tr><td>公司</td><td>苏州数智标注科技有限公司</td></tr></table>
<p>要求：大专及以上，细心耐心，有人工智能训练师证书优先。简历投递：hr@shuzhi-tech.cn</p>""",
  "job ad for data annotators (no offer)", [I("email", "hr@shuzhi-tech.cn", "hr@shuzhi-tech.cn")]))
NON.append(("news", "/news/2026/0312/101.html", "警惕“包过”AI训练师证书骗局 多人被骗数千元",
  """<h1>警惕“包过”AI训练师证书骗局 多人被骗数千元</h1><p class="src">来源：科创财经网 2026-03-12</p>
<p>记者调查发现，一些机构以“人社部颁发”“包过”为噱头兜售人工智能训练师证书。市民李女士称，对方使用手机号170 8521 6634、QQ号3391027745联系她，收款后失联。</p>
<p>人社部门提醒，职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询；遇到问题可拨打12333咨询，或拨打12315投诉。原1+X证书可在 vslc.ncb.edu.cn 查询。</p>""",
  "news report on a certificate scam quoting the scammer's numbers", []))
NON.append(("news", "/news/2026/0305/088.html", "技能提升补贴怎么领？一文读懂",
  """<h1>技能提升补贴怎么领？一文读懂</h1><p class="src">来源：科创财经网</p>
<p>取得五级、四级、三级职业技能等级证书的参保职工，可按规定申领最高1000元、1500元、2000元补贴。二级、一级无此项全国性补贴。</p>
<p>证书信息可在 jndj.osta.org.cn 查询，咨询电话12333。</p>""",
  "news explainer on the skill-upgrade subsidy", []))
NON.append(("edu", "/edu/index.html", "继续教育学院首页", None, "college continuing-education site index", []))
NON.append(("rsj", "/rsj/tzgg/202603/t20260310_55021.html", "关于警惕“山寨证书”虚假宣传的风险提示",
  """<div class="doc"><h1>关于警惕“山寨证书”虚假宣传的风险提示</h1>
<p>近期，有不法分子冒用人社部门名义，以“人社部颁发”“包过”“不用考试直接拿证”等话术兜售人工智能训练师等证书。经核查，以下号码涉嫌诈骗：17085216634（手机）、QQ 3391027745。</p>
<p>职业技能等级证书由经备案的评价机构颁发，政府部门不参与监制。请通过 zscx.osta.org.cn、jndj.osta.org.cn 查询证书。</p>
<p>如遇诈骗请及时报警，咨询请拨打12333，消费投诉请拨打12315。</p></div>""",
  "official warning notice on fake certificates", []))
NON.append(("rsj", "/rsj/zcjd/202602/t20260220_54870.html", "政策解读：人工智能训练师职业技能等级认定",
  """<div class="doc"><h1>政策解读：人工智能训练师职业技能等级认定</h1>
<p>人工智能训练师（4-04-05-05）为2020年发布的新职业，设五个等级。证书属于职业技能等级证书，不是国家职业资格证书。</p>
<p>证书查询：jndj.osta.org.cn；原1+X证书查询平台 vslc.ncb.edu.cn。</p></div>""",
  "government policy explainer", []))

SITE_NOTES = {"kc": "marketplace index", "bbs": "forum index", "fl": "classifieds index", "wenda": "Q&A index",
              "mp": "WeChat repost index", "v": "short-video index", "news": "news site index",
              "rsj": "government-style site index"}

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "12345", ["12345"], "government service hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("phone", "4008206618", ["400-820-6618"], "marketplace customer service in footer"),
 ("email", "kf@keduoduo.com.cn", ["kf@keduoduo.com.cn"], "marketplace service e-mail in footer"),
 ("domain", "keduoduo.com.cn", ["keduoduo.com.cn"], "marketplace's own domain"),
 ("other", "沪ICP备16023871号-2", ["沪ICP备16023871号-2"], "marketplace ICP licence"),
 ("qq_group", "583920471", ["583920471"], "forum's staff QQ group in footer/sidebar"),
 ("email", "bbs_admin@zhiyoushe.net", ["bbs_admin@zhiyoushe.net"], "forum admin e-mail"),
 ("phone", "4000661588", ["400-066-1588"], "classifieds customer service"),
 ("domain", "bcfenlei.com", ["www.bcfenlei.com"], "classifieds' own domain"),
 ("email", "help@zhiliaowenda.com", ["help@zhiliaowenda.com"], "Q&A site feedback e-mail"),
 ("phone", "0755-26618830", ["0755-26618830"], "repost site's takedown contact"),
 ("phone", "4009027635", ["4009-027-635"], "video platform's report line"),
 ("other", "京ICP证160725号", ["京ICP证160725号"], "video platform ICP licence"),
 ("phone", "0512-66550000", ["0512-66550000"], "college switchboard"),
 ("phone", "4009007731", ["400-900-7731"], "site builder's support line on every template site"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone left in site builder"),
 ("email", "admin@yourdomain.com", ["admin@yourdomain.com"], "template placeholder e-mail"),
 ("phone", "+8617085216634", ["17085216634", "170-8521-6634", "170 8521 6634"], "scammer's phone quoted in warning, news, complaint and a reader comment"),
 ("qq", "3391027745", ["3391027745"], "scammer's QQ quoted in warnings"),
 ("other", "13025060101", ["13025060101"], "exam batch number shaped like a mobile"),
 ("other", "18620250317", ["18620250317"], "course number shaped like a mobile"),
 ("other", "S000032010012425300217", ["S000032010012425300217"], "sample certificate number copied by sellers"),
 ("phone", "025-86617752", ["025-86617752"], "exam venue building front desk"),
 ("wechat", "xiaomi_2024run", ["xiaomi_2024run"], "a reader's own WeChat in comments"),
 ("qq", "1127893346", ["1127893346"], "a reader's own QQ in comments"),
]

# ---------------------------------------------------------------- build
def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    pages = {}   # path -> (html, truth)
    site_links = {}
    def add(site, path, title, html_text, truth):
        assert path not in pages, path
        pages[path] = (html_text, truth)
        site_links.setdefault(site, []).append((path, title))
    # offers
    for idx, p in enumerate(PAGES):
        if p["path"].endswith("/index.html"):
            continue
        main_html = body_for(p, idx)
        add(p["site"], p["path"], p["title"], None, p)
    for site, path, title, main_html, note, ids in NON:
        if main_html is None:
            continue
        add(site, path, title, None, dict(non=True, title=title, main=main_html, note=note, ids=ids, site=site))
    # render
    out = {}
    allsites = list(SITES) + list(CORP)
    for path, (_, t) in pages.items():
        site = t["site"]
        rel = [(h, ti) for h, ti in site_links[site] if h != path][:4]
        if t.get("non"):
            main_html, crumbs = t["main"], [t["title"]]
        else:
            idx = PAGES.index(t)
            main_html, crumbs = body_for(t, idx), ["人工智能", t["title"]]
        cf = None
        if site in CORP:
            cf = f"{CORP[site]['name']} 版权所有 ｜ {CORP_FOOT}"
        out[path] = frame(site, t["title"], crumbs, main_html, rel, corp_foot=cf)
    # site indexes
    for site in allsites:
        if site in CORP:
            for p in PAGES:
                if p["path"] == f"/{site}/index.html":
                    idx = PAGES.index(p)
                    rel = [(h, ti) for h, ti in site_links.get(site, [])]
                    extra = "".join(f'<p><a href="{h}">{html.escape(ti)}</a></p>' for h, ti in rel)
                    out[p["path"]] = frame(site, p["title"], [], body_for(p, idx) + extra, rel,
                                           corp_foot=f"{CORP[site]['name']} 版权所有 ｜ {CORP_FOOT}")
                    pages[p["path"]] = (None, p)
            continue
        lst = "".join(f'<li><a href="{h}">{html.escape(ti)}</a></li>' for h, ti in site_links.get(site, []))
        path = f"/{site}/index.html"
        out[path] = frame(site, "首页", [], f"<h1>{SITES[site]['name']}</h1><ul class='list'>{lst}</ul>", [])
        pages[path] = (None, dict(non=True, note=SITE_NOTES.get(site, "college continuing-education site index"), ids=[], site=site))
    # root nav
    nav = "".join(f'<li><a href="/{s}/index.html">{(SITES.get(s) or CORP[s])["name"]}</a></li>' for s in allsites)
    out["/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航</h1><ul>{nav}</ul></body></html>
"""
    pages["/index.html"] = (None, dict(non=True, note="navigation page linking every site's index", ids=[], site=None))
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    tp = []
    for path in sorted(pages):
        t = pages[path][1]
        if t.get("non"):
            tp.append(dict(path=path, is_offer=False, operator=None, provider=None,
                           identifiers=[[x["kind"], x["value"], x["written"]] for x in t["ids"]], note=t["note"]))
        else:
            tp.append(dict(path=path, is_offer=True, operator=t["op"], provider=t["brand"],
                           identifiers=[[x["kind"], x["value"], x["written"]] for x in t["ids"]],
                           note=("honest" if t["honest"] else "dishonest") + f" {t['kind']} offer on {t['site']}: {t['title']}"))
    ops = {}
    for p in PAGES:
        if not p["op"].startswith("U"):
            continue
        o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
        if p["brand"] not in o["brands"]:
            o["brands"].append(p["brand"])
        for x in p["ids"]:
            if [x["kind"], x["value"]] not in o["identifiers"]:
                o["identifiers"].append([x["kind"], x["value"]])
    dec = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, text in out.items() if any(w in text for w in written))
        dec.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(dict(pages=tp, operators=dict(sorted(ops.items())), decoys=dec), f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")

if __name__ == "__main__":
    main()
