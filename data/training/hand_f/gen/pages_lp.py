"""Single-page landing pages (/lp/): scams, government-styled imitations, an app-state shell."""
import json
from common import page, doc, offer, other, rec, look, unrec, paras

COUNTDOWN = """<script>
(function(){var end=Date.now()+ (2*3600+17*60+45)*1000;
function t(){var s=Math.max(0,Math.floor((end-Date.now())/1000));var h=Math.floor(s/3600),m=Math.floor(s%3600/60),x=s%60;
var el=document.getElementById('@ID@');if(el){el.innerHTML=('0'+h).slice(-2)+':'+('0'+m).slice(-2)+':'+('0'+x).slice(-2);}}
setInterval(t,1000);t();})();
</script>"""

CHAT = """<div id="kf-pop" style="position:fixed;right:16px;bottom:16px;width:300px;background:#fff;border:1px solid #ddd;box-shadow:0 4px 16px rgba(0,0,0,.2);font-size:14px;z-index:999">
<div style="background:%s;color:#fff;padding:8px 12px">%s <span style="float:right;cursor:pointer" onclick="this.parentNode.parentNode.style.display='none'">×</span></div>
<div style="padding:10px 12px;height:110px;overflow:auto"><p><b>%s</b>：%s</p></div>
<div style="border-top:1px solid #eee;padding:6px"><input style="width:200px" placeholder="请输入您的问题"><button>发送</button></div></div>
<script>setTimeout(function(){document.getElementById('kf-pop').style.display='block'},3000);</script>
<script src="https://kf.%s/js/kf_widget.js?cid=%s" async></script>"""


def chat(color, title, agent, msg, dom, cid):
    return CHAT % (color, title, agent, msg, dom, cid)


def build():
    # ------------------------------------------------------------------ 1 Liaoning aggressive
    body = f"""<div class="lp" style="max-width:720px;margin:0 auto;font:16px/1.7 'Microsoft YaHei';background:#fffaf0">
<div style="background:#d40000;color:#ffe600;text-align:center;padding:14px;font-size:22px;font-weight:bold">🔥 2025年辽宁最后一批 · 人工智能训练师国家职业资格证书 🔥</div>
<div style="background:#222;color:#fff;text-align:center;padding:6px">本期报名截止倒计时 <span id="cd1" style="color:#ffe600;font-size:20px">02:17:45</span></div>
<img src="/lp/ln-rgzn/img/cert_sample.jpg" alt="人社部颁发 人工智能训练师 证书样本" style="width:100%">
<h2 style="color:#d40000">为什么选择我们？</h2>
<ul>
<li>✅ 人社部颁发，国家职业资格证书，全国通用，终身有效</li>
<li>✅ 二级至一级（技师、高级技师）直接申报，不看学历不看年限</li>
<li>✅ 本人无需到场，全程代办，45天下证</li>
<li>✅ 持技师证可申请沈阳市人才落户，享人才安居补贴</li>
<li>✅ 证书官网可查：ln-rgzn-cx.com（输入身份证号即可查询）</li>
</ul>
<h2 style="color:#d40000">费用说明</h2>
<p>报名先付定金<b style="color:#d40000">800元</b>锁定名额，出证后再付尾款<b style="color:#d40000">3000元</b>，不满意不付尾款！</p>
<p style="font-size:13px;color:#999">* 名额有限，今日已有 <span id="cnt">37</span> 人报名</p>
<form style="background:#fff;padding:12px;border:2px dashed #d40000" onsubmit="alert('提交成功，老师将在10分钟内联系您');return false;">
<input placeholder="您的姓名"> <input placeholder="手机号码"> <select><option>二级/技师</option><option>一级/高级技师</option></select> <button style="background:#d40000;color:#fff">立即抢占名额</button></form>
<p style="text-align:center;font-size:12px;color:#aaa">沈阳启航教育咨询有限公司 · 咨询热线 400-618-2090 · <a href="/lp/preview/ld-0712.html">新版页面预览</a></p>
</div>
{chat('#d40000', '在线咨询', '李老师', '您好，请问您想报考几级？现在报名还送考前资料包哦~', 'kefu53.cn', '10238871')}
{COUNTDOWN.replace('@ID@', 'cd1')}"""
    page("/lp/ln-rgzn/index.html", doc("人工智能训练师国家职业资格证书-辽宁报名中心", body, '<meta name="keywords" content="人工智能训练师,沈阳,技师,落户">\n'),
         offer(issuers=[rec("HF90", "人社部")], levels=[2, 1], fee=(3800, 3800),
               flags=["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "UNOFFICIAL_VERIFICATION_SITE", "ELIGIBILITY_SHORTCUT", "BENEFIT_BAIT"],
               optional=["EXCESSIVE_FEE"],
               note="scam landing: countdown, pop-up chat, 国家职业资格证书, 本人无需到场, fake query domain as text, deposit 800 + balance 3000 = 3800, 二级至一级, 落户 bait",
               phen=["scam_offer", "deposit_balance", "level_range", "level_names", "unofficial_query_site", "role_issuer", "tracking_params"]))

    # ------------------------------------------------------------------ 2 Shaanxi gov-styled, lookalike org
    body = """<div style="background:#b50d0d;border-bottom:4px solid #e8c36a"><div style="width:1000px;margin:0 auto;padding:14px 0;display:flex;align-items:center;color:#fff">
<img src="/lp/sx-zgz/img/guohui.png" alt="国徽" width="64" style="margin-right:14px"><div><div style="font:bold 28px '方正小标宋简体','SimSun'">陕西省职业技能等级认定服务平台</div><div style="font-size:12px;letter-spacing:2px">SHAANXI VOCATIONAL SKILL LEVEL CERTIFICATION SERVICE PLATFORM</div></div></div></div>
<div style="background:#f4e9d2;padding:6px 0;text-align:center;font-size:13px">首页 | 政策文件 | 通知公告 | 报考指南 | 证书查询 | 联系我们</div>
<div style="width:1000px;margin:20px auto;font:15px/1.9 SimSun">
<h2 style="text-align:center;color:#b50d0d">关于开展2025年度人工智能训练师（技师、高级工）职业技能等级认定报名工作的通知</h2>
<p style="text-align:center;color:#888">陕技认〔2025〕47号　发布日期：2025-10-28</p>
<p>　　各有关单位及个人：依据人社部、工信部发布的《人工智能训练师国家职业技能标准（2021年版）》，现开展本年度人工智能训练师认定报名工作。有关事项通知如下：</p>
<p>　　一、认定机构：本次认定由陕西长安数字职业技能评价有限公司具体组织实施，考核合格者颁发职业技能等级证书。</p>
<p>　　二、报考条件：零基础可直接报考二级（技师），无需提供工作年限证明。</p>
<p>　　三、收费标准：三级（高级工）三千八百元整；二级（技师）四千六百元整。含培训、考务、证书工本费。</p>
<p>　　四、签约保过，未通过者免费参加下一批次直至通过。</p>
<p>　　五、报名方式：添加招生办微信 sxjnrd_zsb 或拨打 029-81162875。</p>
<p style="text-align:right">陕西省职业技能等级认定服务平台<br>2025年10月28日</p>
</div>
<div style="background:#b50d0d;color:#f4e9d2;text-align:center;font-size:12px;padding:12px">主办：陕西省职业技能等级认定服务平台　技术支持：西安云启网络</div>"""
    page("/lp/sx-zgz/index.html", doc("陕西省职业技能等级认定服务平台", body),
         offer(issuers=[look("陕西长安数字职业技能评价有限公司", "HF04")], levels=[3, 2], fee=(3800, 4600),
               flags=["LOOKALIKE_ISSUER", "GUARANTEED_PASS", "ELIGIBILITY_SHORTCUT"],
               optional=["UNRECOGNIZED_ISSUER", "EXCESSIVE_FEE", "GOVERNMENT_ISSUER_CLAIM"],
               note="landing page imitating a government notice (国徽, 文号); lookalike of 陕西长安数字技能评价有限公司 (inserted 职业); prices in words; 人社部、工信部 named only as publishers of the standard",
               phen=["scam_offer", "standard_body", "role_issuer", "level_names"]))

    # ------------------------------------------------------------------ 3 Xinjiang 人才公寓 bait
    body = f"""<section style="background:linear-gradient(#0b2a5b,#123f86);color:#fff;text-align:center;padding:30px 12px">
<h1 style="font-size:30px;margin:0">考一张证 · 落户乌鲁木齐 · 拎包入住人才公寓</h1>
<p style="font-size:18px">人工智能训练师 <b style="color:#ffd34d">高级工及以上</b>（三级、二级、一级）一站式办理</p>
<p>限时特惠还剩 <span id="cd3" style="background:#ffd34d;color:#123f86;padding:2px 8px">02:17:45</span></p></section>
<section style="max-width:760px;margin:0 auto;padding:16px;font-size:16px;line-height:1.8">
<h3>办理优势</h3>
<p>① 中国人工智能职业技能认证中心统一颁证，央企、国企、事业单位认可；</p>
<p>② 免考直接拿证，无需学历、无需工作经验；</p>
<p>③ 持证即可申请乌鲁木齐人才落户，配套人才公寓三年免租，另享每月1500元人才生活补贴；</p>
<p>④ 一价全包：<b style="color:#e4393c;font-size:22px">1.98万</b>（含证书、落户材料、公寓申请代办）。</p>
<h3>学员反馈</h3><p>“去年办的，现在已经住进人才公寓了！”——王先生（喀什）</p>
<p style="text-align:center"><a href="tel:18099761123" style="display:inline-block;background:#e4393c;color:#fff;padding:12px 40px;border-radius:30px">立即致电 180-9976-1123</a></p>
</section>
{chat('#123f86', '人才服务顾问', '顾问小马', '您好！落户名额本月只剩8个，需要帮您预留吗？', 'im-xjrc.cn', 'a7731')}
{COUNTDOWN.replace('@ID@', 'cd3')}"""
    page("/lp/xj-rcgy/index.html", doc("人工智能训练师证书+落户+人才公寓一站式办理", body),
         offer(issuers=[unrec("中国人工智能职业技能认证中心")], levels=[3, 2, 1], fee=(19800, 19800),
               flags=["UNRECOGNIZED_ISSUER", "NO_EXAM", "BENEFIT_BAIT", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
               note="hukou + 人才公寓 bait; 高级工及以上 = levels 3-1; 1.98万 = 19800; 1500元 monthly 人才补贴 is not a fee",
               phen=["scam_offer", "level_range", "level_names", "subsidy_amount", "role_issuer"]))

    # ------------------------------------------------------------------ 4 Yunnan gov-styled, GBK
    body = """<table width="980" align="center" cellpadding="0" cellspacing="0" style="font-size:14px;font-family:宋体">
<tr><td style="background:#1c5fa8;color:#fff;height:90px;font:bold 26px 黑体;padding-left:20px"><img src="/lp/yn-gov/img/hui.gif" alt="" width="56" align="absmiddle"> 云南省人力资源和社会保障厅职业技能鉴定中心</td></tr>
<tr><td style="background:#e8f0fa;height:30px;text-align:center">首页 ｜ 鉴定公告 ｜ 报名入口 ｜ 证书查询 ｜ 在线客服</td></tr>
<tr><td style="padding:16px 40px;line-height:26px">
<h2 align="center" style="color:#1c5fa8">人工智能训练师职业技能鉴定报名简章（2025年冬季）</h2>
<p>　　本中心受理人工智能训练师四级（中级工）、三级（高级工）鉴定报名，证书由本中心统一核发，全国通用。</p>
<p>　　鉴定费用：四级 2980元；三级 3680元（含培训费、鉴定费）。</p>
<p>　　证书查询：请登录本中心证书查询网站 yn-jnjd-cx.com，输入证书编号即可查询。</p>
<p>　　报名倒计时：<span id="cd4" style="color:red">02:17:45</span>，逾期顺延至下一批次。</p>
<p>　　鉴定流程：网上报名 → 资格初审 → 缴费确认 → 培训学习 → 理论与实操鉴定 → 成绩公示 → 证书核发。</p>
<p>　　报名须提交：身份证正反面扫描件、近期免冠证件照（白底）、学历证书、工作年限证明（可由本中心协助出具）。</p>
<p>　　常见问题：一、证书是否全国通用？答：本中心核发证书全国通用，可用于求职、评优、积分。二、多久出证？答：鉴定合格后约40个工作日出证，可在本中心查询网站查询。三、可以开发票吗？答：可开具培训费发票。</p>
<p>　　鉴定公告：〔2025〕第11期人工智能训练师鉴定合格人员名单公示；〔2025〕第10期考场安排；关于调整冬季鉴定时间的通知。</p>
<p>　　咨询电话：0871-67150392　QQ：2801437765</p>
</td></tr>
<tr><td style="background:#1c5fa8;color:#fff;text-align:center;height:40px;font-size:12px">版权所有：云南省人力资源和社会保障厅职业技能鉴定中心</td></tr>
</table>""" + (COUNTDOWN.replace('@ID@', 'cd4'))
    page("/lp/yn-gov/index.html", doc("云南省人力资源和社会保障厅职业技能鉴定中心-报名简章", body, charset="gbk"),
         offer(issuers=[look("云南省人力资源和社会保障厅职业技能鉴定中心", "HF95")], levels=[4, 3], fee=(2980, 3680),
               flags=["GOVERNMENT_ISSUER_CLAIM", "UNOFFICIAL_VERIFICATION_SITE"],
               optional=["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER", "EXCESSIVE_FEE"],
               note="GBK page imitating a provincial 人社厅 centre that names itself as issuer; fake query domain as text",
               phen=["gbk", "scam_offer", "unofficial_query_site", "level_names", "role_issuer"]),
         encoding="gbk")

    # ------------------------------------------------------------------ 5 Hainan 落户, suspended issuer + mobile mirror
    def hn_body(mobile):
        w = "100%" if mobile else "640px"
        return f"""<div style="max-width:{w};margin:0 auto;font:16px/1.75 'PingFang SC';background:#fff">
<div style="background:#00a6a6;color:#fff;padding:18px;text-align:center"><h1 style="margin:0;font-size:24px">自贸港人才落户直通车</h1><p style="margin:4px 0 0">人工智能训练师 三级/高级工 认定班</p></div>
<div style="padding:14px">
<p>🌴 <b>考取三级/高级工证书 → 办理海南落户 → 申请人才公寓</b>，一条龙服务！</p>
<p>🌴 由海南自贸港数字技能评价中心组织考核并颁发证书，人社联网可查。</p>
<p>🌴 <b>不过全额退款</b>，签订正式合同。</p>
<p>🌴 学费：<span style="color:#e60012;font-size:26px">1.28万</span>（含考试费、落户咨询、人才公寓申报服务）</p>
<p>⏰ 本期还剩 <span id="cd5">02:17:45</span> 截止</p>
<p><a href="weixin://" style="display:block;text-align:center;background:#07c160;color:#fff;padding:12px;border-radius:6px">添加招生老师微信：hnzmg_rc2025</a></p>
<h3>办理流程</h3><ol><li>添加老师微信，提交身份证、学历信息</li><li>签订服务合同，缴纳学费</li><li>线上学习 + 集中考核</li><li>领取证书，同步启动落户材料准备</li><li>落户完成后协助申报人才公寓</li></ol>
<h3>学员案例</h3><p>“从湖南来海口工作，考完证三个月落户，现在住进了江东新区的人才公寓。”——刘同学</p>
<p>“老师全程帮忙准备材料，非常省心。”——吴女士</p>
<p style="font-size:12px;color:#999">海口智汇人才咨询有限公司　0898-36689120　地址：海口市龙华区滨海大道国际金融中心</p>
</div></div>
{'' if mobile else chat('#00a6a6', '在线咨询', '陈老师', '您好，落户政策有变化前抓紧报名哦', 'chat-hnrc.com', 'z9921')}
{COUNTDOWN.replace('@ID@', 'cd5')}"""
    page("/lp/hn-luohu/index.html", doc("海南落户直通车-人工智能训练师高级工", hn_body(False),
                                      '<meta property="og:title" content="考证落户海南 人才公寓直通车">\n<meta property="og:image" content="/lp/hn-luohu/share.jpg">\n'),
         offer(issuers=[rec("HF14")], levels=[3], fee=(12800, 12800),
               flags=["ISSUER_LAPSED", "BENEFIT_BAIT", "GUARANTEED_PASS", "EXCESSIVE_FEE"],
               note="落户 + 人才公寓 bait; issuer suspended in registry; 1.28万 = 12800; 不过全额退款",
               phen=["scam_offer", "open_graph", "role_issuer", "level_names"]))
    page("/lp/hn-luohu/m.html", doc("海南落户直通车（移动版）", hn_body(True), '<link rel="canonical" href="/lp/hn-luohu/index.html">\n'),
         other("offer", "mobile copy of the Hainan landing page", ["mirror", "canonical_ok", "scam_offer"],
               duplicate_of="/lp/hn-luohu/index.html"))

    # ------------------------------------------------------------------ 6 app-state shell, group price in fen, out of scope
    state = {"page": {"title": "人工智能训练师四级（中级工）· 拼团特惠", "city": "宝鸡",
                      "intro": "人工智能训练师四级/中级工认定培训，宝鸡秦川职业技能评价有限公司考核发证，证书可在人社部联网查询。",
                      "issuerLabel": "发证机构", "issuer": "宝鸡秦川职业技能评价有限公司", "level": "四级/中级工",
                      "sku": [{"type": "group", "label": "3人团", "price": 198000}, {"type": "single", "label": "单独购买", "price": 268000}],
                      "priceUnit": "分", "contact": {"tel": "0917-3365201", "wx": "bjqc_peixun"},
                      "notice": "须具备五级证书后4年或相关工作6年以上经历",
                      "modules": ["数据采集和处理", "数据标注", "智能系统运维", "职业道德与安全"],
                      "faq": [{"q": "证书可以查询吗？", "a": "考核合格后由发证机构上报，可在人社部职业技能等级证书查询系统查询。"},
                              {"q": "拼团失败怎么办？", "a": "24小时内未成团自动按原路退款，可选择单独购买。"},
                              {"q": "上课地点在哪？", "a": "宝鸡市渭滨区经二路156号秦川大厦7层。"}],
                      "reviews": [{"nick": "宝鸡小赵", "star": 5, "text": "老师很负责，实操环境和公司用的一样。"},
                                  {"nick": "陈**", "star": 4, "text": "拼团挺划算，就是周末班人有点多。"}],
                      "banner": "/lp/sx-qcx/static/img/banner_0925.jpg"},
             "user": None, "abTest": "lp_v3"}
    body = f"""<div id="app"></div>
<noscript>请开启JavaScript以浏览本页面。</noscript>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>
<script>window.__APP_CONFIG__={{"env":"prod","cdn":"/lp/sx-qcx/static/","trackId":"qc-lp-2025","sentry":"https://8a1f@sentry.qcpx.cn/12"}};
!function(){{var e=document.createElement("link");e.rel="stylesheet";e.href="/lp/sx-qcx/static/css/app.81d2e0.css";document.head.appendChild(e)}}();</script>
<script src="/lp/sx-qcx/static/js/chunk-vendors.3f9a1c.js"></script>
<script src="/lp/sx-qcx/static/js/app.81d2e0.js"></script>"""
    page("/lp/sx-qcx/index.html", doc("拼团特惠", body),
         offer(issuers=[rec("HF17")], levels=[4], fee=(1980, 2680), flags=["ISSUER_OUT_OF_SCOPE"],
               note="content only in window.__INITIAL_STATE__; prices in fen (198000 group / 268000 single); issuer not filed for 4-04-05-05",
               phen=["app_state", "noscript", "price_in_fen", "group_price", "scam_offer", "role_issuer", "level_names"]))

    # ------------------------------------------------------------------ 7 canonical evasion, revoked issuer, instalments
    head = ('<link rel="canonical" href="/ln-rst/ztzl/jnpx/2025/rgznxls-bm.html">\n'
            '<meta property="og:title" content="沈阳市2025年第二期人工智能训练师（数据标注员）补贴性培训报名通知">\n'
            '<meta property="og:site_name" content="辽宁省人力资源和社会保障厅">\n')
    body = f"""<div style="background:#1160a8;color:#fff;padding:16px 0;text-align:center;font-size:24px">辽宁技能人才培训报名中心</div>
<div style="max-width:860px;margin:18px auto;font:15px/1.9 'Microsoft YaHei'">
<h2>大连·人工智能训练师四级/三级 认定培训（2025秋季班）</h2>
<p>考核发证：大连星海职业技能鉴定有限公司（备案机构，证书人社联网可查）</p>
<p>学费：支持12期分期，每期仅需<b style="color:#d00">399元</b>，0首付轻松拿证！</p>
<p>通过率高，<b>包过</b>！零风险报名。</p>
<h3>课程安排</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>模块</th><th>内容</th><th>学时</th></tr>
<tr><td>职业道德与基础知识</td><td>人工智能概述、数据安全与隐私</td><td>8</td></tr>
<tr><td>数据采集和处理</td><td>数据清洗、格式转换、质量检查</td><td>14</td></tr>
<tr><td>数据标注</td><td>图像、语音、文本标注工具实操</td><td>16</td></tr>
<tr><td>智能系统运维</td><td>模型部署基础、测试用例执行</td><td>12</td></tr></table>
<h3>师资介绍</h3><p>主讲老师均有5年以上互联网数据项目经验，曾服务多家头部人工智能企业。</p>
<h3>学员须知</h3><p>报名后请保持手机畅通，班主任将在24小时内联系您确认分期方案。分期由合作金融机构提供，具体以审批结果为准。</p>
<p>上课地点：大连市沙河口区西安路88号；热线：0411-84671290</p>
<p style="font-size:12px;color:#aaa">本页部分内容参考 <a href="/ln-rst/ztzl/jnpx/2025/rgznxls-bm.html">沈阳市补贴性培训报名通知</a></p>
</div>"""
    page("/lp/ln-dl/index.html", doc("大连人工智能训练师认定培训-辽宁技能人才培训报名中心", body, head),
         offer(issuers=[rec("HF03")], levels=[4, 3], fee=(4788, 4788),
               flags=["ISSUER_LAPSED", "GUARANTEED_PASS"], optional=["EXCESSIVE_FEE"],
               note="canonical and og tags point to the honest gov training page; revoked issuer; 12期×399 = 4788 (no total written)",
               phen=["canonical_evasion", "instalment", "open_graph", "scam_offer", "role_issuer"]))

    # ------------------------------------------------------------------ 8 robots-disallowed preview
    body = """<div style="max-width:700px;margin:0 auto;background:#fff8e1;padding:20px;font:16px/1.8 'Microsoft YaHei'">
<div style="background:#c00;color:#fff;text-align:center;padding:8px">⚠ 预览环境 preview.qhjy-lp.cn · 数据为测试数据</div>
<h1 style="color:#c00">【预览】人工智能训练师二级（技师）直通班</h1>
<div class="hero-draft" style="border:2px dashed #c00;padding:10px;margin:10px 0">[主视觉图占位：证书样本 + 国徽元素 + “技师”大字] 尺寸 750×420，待设计替换</div>
<p>核心卖点（文案待定稿）：一、证书含金量高，可用于评职称、积分落户、企业投标；二、周期短，全程线上；三、名额紧张，每月仅限50人。</p>
<p>对标页面：/lp/ln-rgzn/（转化率 3.2%），新版计划增加倒计时和在线客服弹窗，目标转化率 5%。</p>
<p>人社部颁发技师证书，不用考试，无需工作年限，交资料即可，30天出证。</p>
<p>费用：9800元，一次付清送职称评审咨询。</p>
<p>适合人群：想评职称、想落户、想提升简历竞争力的各类人员，零基础可报。</p>
<p>办理流程：提交身份证、学历照片 → 老师审核 → 付款 → 30天出证 → 快递到家。</p>
<p>常见问题：证书真的吗？答：人社部统一颁发，国家认可。需要本人去考试吗？答：不需要，资料齐全即可。</p>
<p>咨询：400-618-2090（沈阳启航教育咨询有限公司）</p>
<p style="color:#999;font-size:12px">【页面草稿 v0712，仅内部预览，请勿外传】本页面为新版落地页测试稿，正式上线前内容可能调整。设计：小周；文案：阿杰；审核：待定。</p></div>
<script>console.log("preview build 0712");</script>"""
    page("/lp/preview/ld-0712.html", doc("预览-人工智能训练师技师直通班", body, '<meta name="robots" content="noindex">\n'),
         offer(issuers=[rec("HF90", "人社部")], levels=[2], fee=(9800, 9800),
               flags=["GOVERNMENT_ISSUER_CLAIM", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"],
               note="robots-disallowed preview of a scam page (linked from /lp/ln-rgzn/)", phen=["scam_offer", "level_names"],
               robots_disallowed=True))
