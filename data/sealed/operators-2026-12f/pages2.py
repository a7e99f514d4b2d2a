# -*- coding: utf-8 -*-
"""Offer pages of operators U06-U09."""
import uscc
from chrome import mall, fenlei, wenda, mp, note, bbs, news, huangye, zhaopin, jianzhan
from pages1 import add

USCC_U07 = uscc.make("91", "440106", "MA59E7KR")
USCC_U09 = uscc.make("91", "410105", "MA44P8LU")

# ---------------- U06 楚天智训 / 江城AI学院 ----------------
t = "楚天智训 - 武汉人工智能训练师培训认定"
add("/ctzx/index.html", t, """
<div class="head wrap"><b>楚天智训</b> ｜ 武汉 · 数字技能培训 ｜ 手机：159 2722 6841</div>
<div class="wrap main"><h1>人工智能训练师 四级/三级 培训班</h1>
<p>楚天智训位于武汉光谷，面向在职人员开设人工智能训练师（数据标注员、人工智能算法测试员）培训。</p>
<ul><li>四级：1900 元，8 周，晚班</li><li>三级：2700 元，10 周，周末班</li></ul>
<p>报名请将身份证、学历及工作年限证明发送至 ctzx@ctzx-edu.com，老师 1 个工作日内回复。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn；政策咨询 12333。</p></div>
<div class="wrap footer"><p>© 2026 楚天智训 www.ctzx-edu.com 鄂ICP备2024003318号</p></div>
""", True, "U06", "楚天智训",
    [("phone", "+8615927226841", "159 2722 6841"), ("email", "ctzx@ctzx-edu.com", "ctzx@ctzx-edu.com"),
     ("domain", "ctzx-edu.com", "www.ctzx-edu.com")])

t = "江城AI学院：让更多武汉青年搭上人工智能快车"
add("/news/tg-20261122.html", t, news(t, """
<div class="article"><span class="tg">推广</span><h1>江城AI学院：让更多武汉青年搭上人工智能快车</h1>
<div class="meta">2026-11-22 14:05 来源：东方财讯网 湖北频道</div>
<p>在武汉光谷，一家名为江城AI学院的培训机构正在为本地企业输送数据标注和模型测试人才。</p>
<p>学院负责人说，人工智能训练师四级课程收费 1900 元，三级 2700 元，学员须通过理论和实操考核方可取得证书。</p>
<p>报名邮箱：ctzx@ctzx-edu.com ｜ 招生办电话：027-8778 1203</p></div>
""", "推广"), True, "U06", "江城AI学院",
    [("email", "ctzx@ctzx-edu.com", "ctzx@ctzx-edu.com"), ("phone", "+862787781203", "027-8778 1203")])

t = "武汉宝子看过来｜人工智能训练师证怎么考"
add("/note/n-7c02d4.html", t, note(t, """
<div class="note"><div class="user">江城AI学院</div><h1>武汉宝子看过来｜人工智能训练师证怎么考</h1>
<p>✅ 四级 1900 ✅ 三级 2700<br>✅ 光谷线下上课，也能线上<br>✅ 理论+实操，不包过，认真学都能过</p>
<p>👉 <a href="https://www.ctzx-edu.com/baoming">点这里看报名须知</a></p>
<p class="tags">#武汉考证 #人工智能训练师</p></div>
<div class="comments"><h4>共 17 条评论</h4>
<div class="c"><b>橘子汽水</b>：有微信吗</div>
<div class="c reply"><b>江城AI学院（作者）</b>：回复 橘子汽水：jcai_xz 加我，备注小绿书</div></div>
"""), True, "U06", "江城AI学院",
    [("domain", "ctzx-edu.com", "https://www.ctzx-edu.com/baoming"), ("wechat", "jcai_xz", "jcai_xz")],
    "domain only in the link target")

# ---------------- U07 粤智 / 羊城数标 / 南粤 / 智标通 ----------------
t = "粤智职培 人工智能训练师 三级 高级工 广州 数据标注 大模型实训 补贴申领指导"
add("/mall/item-6650218.html", t, mall(t, """
<h1>粤智职培 人工智能训练师 三级 高级工 广州 数据标注 大模型实训 补贴申领指导</h1>
<div class="price">¥2880.00 <del>¥4680.00</del></div>
<div class="detail"><p>三级（高级工）需持四级证书并满足年限条件，报名前客服会审核材料，不符合条件全额退款。</p>
<p>广东省技能提升补贴三级基础标准 2000 元（以人社部门审核为准），广州市人社局咨询电话 020-12333。</p>
<p>拍前请咨询，微❤：yzzp2026（大模型数据标注实训营同步开放）</p></div>
""", shop_side="""<div class="shop"><h4>粤智职培</h4><p>开店 1 年</p><p>在线时间 9:00-22:00</p></div>"""),
    True, "U07", "粤智职培", [("wechat", "yzzp2026", "yzzp2026")])

t = "羊城数标学院 | 人工智能训练师职业技能等级培训"
add("/yangcheng/peixun.html", t, f"""
<div class="head wrap"><b>羊城数标学院</b> · YANGCHENG DATA LABELING ACADEMY</div>
<div class="wrap main"><h1>人工智能训练师培训（五级 / 四级 / 三级）</h1>
<p>学院位于广州市天河区，拥有 200 座数据标注实训室。</p>
<table><tr><th>等级</th><th>学费</th><th>周期</th></tr><tr><td>五级</td><td>1380</td><td>4 周</td></tr>
<tr><td>四级</td><td>1980</td><td>6 周</td></tr><tr><td>三级</td><td>2880</td><td>8 周</td></tr></table>
<p>证书样本：<img src="/yangcheng/zs.jpg" alt="人工智能训练师证书样本 编号S000031000012253000127"></p>
<p>政策咨询：广州市人社局 020-12333</p>
<div class="contact"><p>招生电话：(+86)135-3301-8846</p><p>招生微信：Yzzp2026</p></div></div>
<div class="wrap footer"><p>广州羊城数标教育科技有限公司 统一社会信用代码：{USCC_U07} 粤ICP备2023105512号</p></div>
""", True, "U07", "羊城数标学院",
    [("phone", "+8613533018846", "(+86)135-3301-8846"), ("wechat", "yzzp2026", "Yzzp2026"), ("uscc", USCC_U07, USCC_U07)])

t = "广州 天河 人工智能训练师证 报名 四级 三级 周末班"
add("/fenlei/post-5540862.html", t, fenlei(t, """
<h1>广州 天河 人工智能训练师证 报名 四级 三级 周末班</h1>
<div class="info">发布时间：2026-12-01 ｜ 浏览 377 次 ｜ 区域：天河-岗顶</div>
<table class="attr"><tr><td>商家</td><td>南粤技能服务中心</td></tr><tr><td>电话</td><td>135 3301 8846（微信同号）</td></tr>
<tr><td>QQ</td><td>1984406652</td></tr></table>
<div class="desc"><p>南粤技能服务中心承接人工智能训练师报名培训，四级 1980、三级 2880，天河岗顶上课。</p>
<p>可协助符合条件人员申请广东省技能提升补贴。</p></div>
"""), True, "U07", "南粤技能服务中心",
    [("phone", "+8613533018846", "135 3301 8846"), ("qq", "1984406652", "1984406652")],
    "微信同号: the WeChat id is the same mobile; labelled as phone only")

t = "人工智能训练师四级/三级 广州可报 有意向的联系"
add("/bbs/thread-88540.html", t, bbs(t, """
<h1>人工智能训练师四级/三级 广州可报 有意向的联系</h1>
<div class="post"><div class="author">智标通 ｜ 新手上路</div>
<p>智标通 长期招人工智能训练师学员，四级1980三级2880，广州天河线下+线上。</p>
<p>联系：Q：198 440 6652 或发邮件 1984406652@qq.com</p>
<p class="time">发表于 2026-11-27 10:12</p></div>
<div class="post"><div class="author">数据民工</div><p>广州这边价格差不多都这样</p></div>
"""), True, "U07", "智标通",
    [("qq", "1984406652", "198 440 6652"), ("email", "1984406652@qq.com", "1984406652@qq.com")])

# ---------------- U08 金陵智能职教 / 宁训AI ----------------
t = "南京考人工智能训练师｜别再被忽悠了，看这篇"
add("/note/n-8e55b1.html", t, note(t, """
<div class="note"><div class="user">金陵智能职教</div><h1>南京考人工智能训练师｜别再被忽悠了，看这篇</h1>
<p>1️⃣ 五级四级三级都能报，但要看工作年限<br>2️⃣ 正规证书全国联网可查<br>3️⃣ 我们四级 1880，三级 2780</p>
<p class="tags">#南京考证 #人工智能训练师 #数据标注员</p></div>
<div class="comments"><h4>共 24 条评论</h4>
<div class="c"><b>Lemon</b>：怎么报名</div>
<div class="c reply"><b>金陵智能职教（作者）</b>：回复 Lemon：平台不让发，威 jlzj_ai</div>
<div class="c"><b>Kk</b>：南京哪个区上课</div>
<div class="c reply"><b>金陵智能职教（作者）</b>：回复 Kk：鼓楼区，新街口地铁</div></div>
"""), True, "U08", "金陵智能职教", [("wechat", "jlzj_ai", "jlzj_ai")], "WeChat id only in a comment reply")

t = "南京人工智能训练师哪家培训机构好？"
add("/wenda/q-31022.html", t, wenda(t, """
<div class="question"><h1>南京人工智能训练师哪家培训机构好？</h1><p>在南京，想考四级，求推荐。 2026-11-15</p></div>
<div class="answer"><div class="author">宁训AI招生老师</div>
<p>可以了解一下宁训AI，四级 1880，三级 2780，新街口上课。本期参加长三角联合认定批次号 13926120501，12 月底截止。</p>
<p><img src="/wenda/img/ningxun-wx.png" alt="宁训AI招生老师微信 jlzj_ai"></p>
<p>座机：025-8461 3390</p></div>
"""), True, "U08", "宁训AI",
    [("wechat", "jlzj_ai", "jlzj_ai"), ("phone", "+862584613390", "025-8461 3390")],
    "WeChat id only in image alt text")

# ---------------- U09 职达网校 / 豫才教育 / 中科智培 ----------------
t = "职达网校 - 人工智能训练师在线培训"
add("/zhida/index.html", t, f"""
<div class="head wrap"><b>职达网校</b> zhida-wx.com ｜ 全国服务热线：0371-65912280</div>
<div class="wrap main"><h1>人工智能训练师 网络班（五级至三级）</h1>
<p>职达网校提供人工智能训练师线上课程：视频课 + 直播答疑 + 模拟题库，考核由合作评价机构组织。</p>
<p>价格：五级 980 元 ｜ 四级 1580 元 ｜ 三级 2380 元</p>
<p>证书查询请登录 zscx.osta.org.cn，机构备案信息见技能人才评价工作网 www.osta.org.cn；补贴政策请咨询当地 12333。</p></div>
<div class="wrap footer"><p>郑州职达网络科技有限公司 统一社会信用代码：{USCC_U09}</p>
{jianzhan("© 职达网校 zhida-wx.com", "豫ICP备2020028841号")}</div>
""", True, "U09", "职达网校",
    [("domain", "zhida-wx.com", "zhida-wx.com"), ("phone", "+8637165912280", "0371-65912280"), ("uscc", USCC_U09, USCC_U09)])

t = "豫才教育（郑州）- 企业黄页"
add("/dir/zz-company-5530.html", t, huangye(t, """
<h1>豫才教育</h1>
<table class="info"><tr><td>所属行业</td><td>教育培训 / 职业技能</td></tr>
<tr><td>地址</td><td>郑州市金水区花园路 61 号</td></tr><tr><td>联系电话</td><td>0371—65912280</td></tr></table>
<h3>产品与服务</h3>
<ul><li>人工智能训练师四级培训：1580 元</li><li>人工智能训练师三级培训：2380 元</li></ul>
<p>豫才教育为河南考生提供人工智能训练师报名、培训、考前辅导一站式服务。</p>
"""), True, "U09", "豫才教育", [("phone", "+8637165912280", "0371—65912280")], "em dash in landline")

t = "中科智培 人工智能训练师 四级 网课 题库 直播答疑 全国可报"
add("/mall/item-5521873.html", t, mall(t, """
<h1>中科智培 人工智能训练师 四级 网课 题库 直播答疑 全国可报</h1><div class="price">¥1580.00 <span>月销 300+</span></div>
<div class="detail"><p>全国可报，线上学习，考核由合作评价机构组织，合格后发职业技能等级证书。</p>
<p>⚠ 本店不承诺包过，请勿相信任何“免考拿证”的宣传。咨询人社政策请拨12333。</p></div>
""", shop_side=f"""<div class="shop"><h4>中科智培</h4><p>企业店铺</p>
<div class="zizhi"><p>企业资质</p><p>郑州职达网络科技有限公司</p><p>统一社会信用代码 {USCC_U09}</p></div>
<p>店主电话：173 3716 0925</p></div>"""),
    True, "U09", "中科智培",
    [("uscc", USCC_U09, USCC_U09), ("phone", "+8617337160925", "173 3716 0925")])
