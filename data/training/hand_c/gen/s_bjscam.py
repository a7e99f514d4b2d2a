"""Beijing: a scam landing brand 京训智盛 (/jxzs/) and the honest 北京海淀数智人才评价中心 (/hdsz/)."""
from common import add, rec, look, unrec, fee


def landing(title, body, head_extra=""):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>{head_extra}
<style>
*{{box-sizing:border-box}} body{{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff8ee;color:#2b2b2b}}
.hero{{background:linear-gradient(135deg,#ff6a00,#ee0979);color:#fff;padding:40px 20px;text-align:center}}
.hero h1{{font-size:30px;margin:0 0 10px}} .sec{{max-width:880px;margin:18px auto;background:#fff;border-radius:12px;padding:20px 24px;box-shadow:0 2px 10px rgba(0,0,0,.05)}}
.hl{{color:#ee0979;font-weight:bold}} .btn{{display:inline-block;background:#ee0979;color:#fff;padding:12px 30px;border-radius:30px;text-decoration:none}}
.foot{{text-align:center;font-size:12px;color:#999;padding:24px}} table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #f3d3c0;padding:8px;text-align:center}}
</style>
<script>var _czc=_czc||[];(function(){{var um=document.createElement("script");um.src="https://s9.cnzz.com/z.js?id=1281047733&async=1";
var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(um,s);}})();</script>
</head><body>
{body}
<div class="foot">京训智盛（北京）教育咨询有限公司　北京市朝阳区望京SOHO T3-1902　客服热线 010-5633 9087　京ICP备2023017702号<br>
<a href="/jxzs/ai.html">人工智能训练师</a> ・ <a href="/jxzs/zhuanti/rgzn-2026.html">2026专题</a> ・ <a href="/index.html">导航</a></div>
</body></html>"""


def build():
    # ---------------------------------------------------------------- unrecognized + gov claim + 落户
    body = """<div class="hero"><h1>人工智能训练师 国家职业资格证书</h1><p>从初级到高级 ・ 全国通用 ・ 工信部权威发证</p>
<a class="btn" href="#bm">立即报名</a></div>
<div class="sec"><h2>证书介绍</h2>
<p>人工智能训练师证书由<span class="hl">工业和信息化部教育与考试中心</span>颁发，属于国家职业资格证书，全国通用，网上可查，终身有效。</p>
<p>持证可享受：北京积分落户加分、申请人才公寓、领取政府技能补贴，还可作为评职称、企业投标的资质材料。</p></div>
<div class="sec"><h2>报考费用</h2>
<table><tr><th>等级</th><th>费用</th><th>学习周期</th></tr>
<tr><td>初级</td><td>3980元</td><td>15天</td></tr><tr><td>中级</td><td>4980元</td><td>20天</td></tr>
<tr><td>高级</td><td>6980元</td><td>30天</td></tr></table>
<p class="hl">签约保障：包过！一次不过，全额退费。</p></div>
<div class="sec" id="bm"><h2>在线报名</h2><form action="/jxzs/ai.html" method="get">
<p>姓名 <input name="n"> 手机 <input name="t"> <button class="btn" type="submit">提交</button></p></form>
<p>或添加老师微信：jxzs-ai（备注：训练师）</p>
<p style="font-size:12px;color:#aaa">页面预览：<a href="/jxzs/draft/rgzn-test.html">新版落地页（测试）</a></p></div>"""
    add("/jxzs/ai.html", landing("人工智能训练师国家职业资格证书报名_京训智盛", body), page_type="offer",
        note="landing page: 工信部教育与考试中心 (not in registry) as issuer, calls it 国家职业资格证书; 从初级到高级 3980–6980; 包过退费; 落户/人才公寓 lure",
        phenomena=["scam_offer", "level_range", "level_table", "role_issuer"],
        offer={"issuers": [unrec("工业和信息化部教育与考试中心")], "levels": [5, 4, 3], "fee": fee(3980, 6980),
               "flags": ["UNRECOGNIZED_ISSUER", "GOVERNMENT_ISSUER_CLAIM", "GUARANTEED_PASS", "BENEFIT_BAIT"],
               "optional": ["EXCESSIVE_FEE"], "gov_wording": True})

    # ---------------------------------------------------------------- lookalike + instalment + english
    body = """<div class="hero"><h1>2026人工智能训练师 保过班</h1><p>高级工 / 技师 ・ 零基础直达技师 ・ 月供299元起</p></div>
<div class="sec"><h2>发证机构</h2>
<p><img src="/jxzs/img/logo-jszl.png" width="60" alt="北京京师智联职业技能评价服务有限公司"> 北京京师智联职业技能评价服务有限公司
（Beijing Jingshi Zhilian Vocational Skills Evaluation Service Co., Ltd.）组织考核并颁发职业技能等级证书。</p></div>
<div class="sec"><h2>班型与价格</h2>
<table><tr><th>班型</th><th>全款</th><th>分期</th></tr>
<tr><td>三级/高级工 保过班</td><td>4680元</td><td>―</td></tr>
<tr><td>二级/技师 保过班（零基础可报，无需三级证书）</td><td>6580元</td><td>24期 × 299元</td></tr></table>
<p>保过班承诺：考试不通过免费重修直至通过，协议保障。</p></div>
<div class="sec"><h2>学员说</h2><p>“我是文科生，零基础，一次就拿到技师证了。” ―― 学员 @晴天</p></div>"""
    add("/jxzs/zhuanti/rgzn-2026.html", landing("2026人工智能训练师保过班_技师直达_京训智盛", body), page_type="offer",
        note="lookalike (服务 inserted into 北京京师智联职业技能评价有限公司) with English name; 二级 to 零基础; 保过班; 24期×299=7176 instalment; 三级4680, 二级 one-off 6580",
        phenomena=["scam_offer", "instalment", "english_issuer", "level_names", "long_issuer_span"],
        offer={"issuers": [look("北京京师智联职业技能评价服务有限公司", "HC01",
                                alt_names=["Beijing Jingshi Zhilian Vocational Skills Evaluation Service Co., Ltd."])],
               "levels": [3, 2], "fee": fee(4680, 7176),
               "flags": [["LOOKALIKE_ISSUER", "UNRECOGNIZED_ISSUER"], "ELIGIBILITY_SHORTCUT", "GUARANTEED_PASS"],
               "optional": ["EXCESSIVE_FEE"]})

    # ---------------------------------------------------------------- robots-disallowed draft
    body = """<div class="hero"><h1>【测试】人工智能训练师 技师/高级技师 免考直通车</h1></div>
<div class="sec"><p>中国人工智能职业技能认证中心直接发证，无需考试，不限学历，零基础可报二级、一级。</p>
<p>技师 6800元，高级技师 8800元。15个工作日出证。</p><p>微信：jxzs-ai</p></div>
<div class="sec"><h2>常见问题</h2><p>Q：真的不用考试吗？<br>A：是的，提交身份证和照片即可，全程代办。</p>
<p>Q：证书能查吗？<br>A：可以，出证后提供查询方式。</p><p>Q：多久出证？<br>A：资料齐全后15个工作日左右。</p></div>
<!-- TODO: 上线前替换价格和发证单位名称；本页仅供内部预览 -->"""
    add("/jxzs/draft/rgzn-test.html", landing("测试页-免考直通车", body), page_type="offer", robots=True,
        note="draft landing page under a robots.txt Disallow path (linked from /jxzs/ai.html); left out of metrics",
        phenomena=["scam_offer", "level_names"],
        offer={"issuers": [unrec("中国人工智能职业技能认证中心")], "levels": [2, 1], "fee": fee(6800, 8800),
               "flags": ["UNRECOGNIZED_ISSUER", "NO_EXAM", "ELIGIBILITY_SHORTCUT", "EXCESSIVE_FEE"], "optional": []})

    # ================================================================ /hdsz/ honest notice
    html = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>2025年第5期人工智能训练师职业技能等级认定报名通知_北京海淀数智人才评价中心</title>
<style>body{margin:0;background:#eef1f5;font:15px/1.9 "Microsoft YaHei"} .h{background:#124e78;color:#fff;padding:20px 0}
.w{width:1000px;margin:0 auto} .b{background:#fff;padding:26px 40px;margin:18px auto} table{border-collapse:collapse;width:100%}
td,th{border:1px solid #cdd8e4;padding:8px;text-align:center} th{background:#e9f0f7}</style></head><body>
<div class="h"><div class="w"><b style="font-size:24px">北京海淀数智人才评价中心</b>　民办非企业单位・社会培训评价组织</div></div>
<div class="w b">
<h2 style="text-align:center">2025年第5期人工智能训练师职业技能等级认定报名通知</h2>
<p style="text-align:center;color:#999">2025-10-20　来源：认定部</p>
<p>　　经北京市人力资源和社会保障局备案，本中心开展人工智能训练师职业技能等级认定（五级至三级）。现将第5期报名事项通知如下。</p>
<p><b>一、考核单位</b>：北京海淀数智人才评价中心（考核合格后由本中心颁发职业技能等级证书）。</p>
<p><b>二、等级与费用</b></p>
<table><tr><th>等级</th><th>认定费</th><th>说明</th></tr>
<tr><td>五级／初级工</td><td>300元</td><td>理论＋实操</td></tr>
<tr><td>四级／中级工</td><td>380元</td><td>理论＋实操</td></tr>
<tr><td>三级／高级工</td><td>450元</td><td>理论＋实操</td></tr></table>
<p>　　考前辅导班自愿参加，每人1200元（40课时，含上机练习），不参加辅导不影响报名和考试。</p>
<p><b>三、申报条件</b>：按《人工智能训练师国家职业技能标准（2021年版）》执行。三级须取得四级证书后累计从事本职业工作满5年等；
二级、一级本中心未备案，不受理。</p>
<p><b>四、报名时间</b>：2025年10月22日―11月12日；考试时间：11月29日。</p>
<p><b>五、报名地点</b>：海淀区学院路35号世宁大厦8层，电话 010-8237 6615。</p>
<p style="text-align:right">北京海淀数智人才评价中心<br>2025年10月20日</p>
<p><a href="/news/zt/rgzn-peixun-paihang.html">返回资讯专题</a></p></div></body></html>"""
    add("/hdsz/tzgg/20251020.html", html, page_type="offer",
        note="honest agency notice: 考核单位 row, 五级至三级 = 5,4,3; evaluation fees 300/380/450 and a voluntary 1200 prep course (fee 300–1200; 300–450 accepted)",
        phenomena=["honest_offer", "role_issuer", "level_range", "level_table", "level_names", "standard_body"],
        offer={"issuers": [rec("北京海淀数智人才评价中心", "HC03")], "levels": [5, 4, 3], "fee": fee(300, 1200),
               "fee_alt": [fee(300, 450)], "flags": [], "optional": []})
