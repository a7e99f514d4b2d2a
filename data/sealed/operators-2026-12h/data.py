"""The web's data: every page with its HTML body and its labels.

ids entries are (kind, normalized value, written form exactly as it appears in the HTML).
"""
from common import (mall, fenlei, wenda, bbs, mp, news, note, jobs, dirsite, tuan, app,
                    own, page, uscc)

HUAZHI_USCC = uscc("91440106", "MA59K3TL")
SHUCAI_USCC = uscc("91510107", "MA6CJW8R")
HENGYUAN_USCC = uscc("52330106", "MJ9H2E7K")

SAMPLE_CERT = "S000044010020253000128"
TICKET = "13620260518"
BANK = "3602 0201 0900 1234 567"

PAGES = []


def add(path, html, is_offer, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, html=html, is_offer=is_offer, operator=op,
                      provider=provider, ids=list(ids), note=note))


def ph(v):
    return "+86" + v


FANGPIAN = ("<p class='fp'>【防骗声明】近期有人冒充培训机构，以“免考拿证、人社部直发”为名，使用"
            "手机 170 2315 8864、微信 zs-banzheng666 收取办证费，与本机构无关，请认准官方渠道。</p>")

# =============================================================== U01 智拓
add("/mall/shop-zhituo.html", mall("人工智能训练师四级/三级 职业技能等级证书 线上班", "智拓教育旗舰店", f"""
<h1>【智拓教育】人工智能训练师（4-04-05-05）四级/三级 线上直播+实操 考证班</h1>
<div class="price">¥<b>2680</b> 起 <s>¥3980</s> 已售 1203</div>
<table><tr><th>班型</th><th>价格</th><th>说明</th></tr>
<tr><td>四级/中级工</td><td>¥2680</td><td>50课时，含数据标注实操</td></tr>
<tr><td>三级/高级工</td><td>¥3580</td><td>40课时，需持四级证书满5年或相关专业</td></tr></table>
<p>证书可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。政策问题可咨询12333。</p>
<p>开课时间：每月15日；报名后请联系店铺客服发送身份证、学历照片。</p>""", """
<div class="shop"><b>智拓教育旗舰店</b><br>店铺评分 4.8<br>课程顾问：李老师<br>
电话：139-1026-4478<br><a href="#">联系客服</a> <a href="#">进店逛逛</a></div>"""),
    True, "U01", "智拓教育", [("phone", ph("13910264478"), "139-1026-4478")])

add("/zhituo/index.html", own("智拓AI学院 - 人工智能训练师认证培训", "智拓AI学院", """
<a href="/zhituo/index.html">首页</a> 课程中心 师资团队 证书查询 关于我们 | 官网：www.zhituoai.cn""", f"""
<div class="banner">零基础转行AI · 人工智能训练师五级/四级/三级 · 小班直播</div>
<h2>课程与收费</h2>
<ul><li>五级（初级工）：¥1980，60课时</li><li>四级（中级工）：¥2980，50课时</li><li>三级（高级工）：¥3980，40课时</li></ul>
<p>证书由备案的社会培训评价组织颁发，可登录 jndj.osta.org.cn 查询。</p>
<img src="/img/cert-sample.jpg" alt="证书样本 编号{SAMPLE_CERT}">
<div class="float-kf">在线咨询<br><a href="tel:13910264478">13910264478</a><br>微信扫码</div>""",
    "智拓AI学院 版权所有 地址：北京市海淀区中关村大街xx号 微信客服：ZhiTuo_AI88 京ICP备2023017736号"),
    True, "U01", "智拓AI学院",
    [("phone", ph("13910264478"), "13910264478"), ("wechat", "zhituo_ai88", "ZhiTuo_AI88"),
     ("domain", "zhituoai.cn", "zhituoai.cn")])

add("/fenlei/post-bj-shuxun.html", fenlei("人工智能训练师证报名 数据标注员 周末班", """
<h1>人工智能训练师证报名 数据标注员 周末班 北京海淀</h1>
<div class="info">发布：北京数训科技 · 3天前 · 浏览 862</div>
<p>人工智能训练师（数据标注员）四级、三级火热报名中！国家新职业，报名费2800元（含教材、实操、考务费）。周六日上课，海淀校区/线上均可。</p>
<p>联系人：赵老师 座机 010-6253 8817　V❤：zhituo_ai88（备注训练师）</p>""", "北京"),
    True, "U01", "北京数训科技",
    [("phone", ph("1062538817"), "010-6253 8817"), ("wechat", "zhituo_ai88", "zhituo_ai88")])

# =============================================================== U02 星火 / 启航
add("/mp/xinghuo.html", mp("人工智能训练师证书报考指南（2026年12月最新）", "星火人才服务", """
<p>人工智能训练师是人社部发布的新职业（4-04-05-05），共五个等级。很多朋友问怎么报名，这里统一回复：</p>
<p>① 五级：从事相关工作满1年；② 四级：五级证书后4年或相关专业毕业；③ 三级及以上另有要求。</p>
<p>本期四级培训费 2380 元，三级 3280 元，线上学习+线下考试。</p>
<p>报名请加客服微信：xhrc-kefu ，或扣扣：2850311746（工作日9:00-18:00）</p>
<p>↓↓ 点击“阅读原文”查看证书查询方法（osta.org.cn）</p>"""),
    True, "U02", "星火人才服务",
    [("wechat", "xhrc-kefu", "xhrc-kefu"), ("qq", "2850311746", "2850311746")])

add("/note/xinghuo-zhipei.html", note("宝子们 人工智能训练师三级我拿证了！分享报考经验", "星火职培", """
<p>上班族利用晚上时间学了两个月，三级证书到手✌ 考试分理论和实操，都是60分及格。</p>
<p>我们这期学费 3180，包含教材和模拟题库，下期1月开班～</p>
<p>#人工智能训练师 #考证 #副业</p>""", """
<div class="c">用户_8823：怎么报名呀？</div>
<div class="c reply">作者 星火职培 回复：私信不回的加Q 2850 311 746，题库资料发邮箱 qihang_px#163.com（#换成@）</div>
<div class="c">小鱼不吃鱼：需要什么学历？</div>
<div class="c reply">作者 星火职培 回复：初中以上就可以哦</div>"""),
    True, "U02", "星火职培",
    [("qq", "2850311746", "2850 311 746"), ("email", "qihang_px@163.com", "qihang_px#163.com")])

add("/qihang/index.html", own("苏州启航职业培训学校 - 人工智能训练师", "苏州启航职业培训学校", """
<a href="/qihang/index.html">学校首页</a> 招生简章 在线报名 | www.szqihangpx.com""", f"""
<h2>2027年第一期 人工智能训练师（四级/三级）招生简章</h2>
<p>培训对象：具有初中及以上学历，从事数据标注、AI产品运营等相关工作人员。</p>
<table><tr><th>等级</th><th>课时</th><th>学费</th></tr><tr><td>四级</td><td>50</td><td>2200元</td></tr>
<tr><td>三级</td><td>40</td><td>3000元</td></tr></table>
<p>符合条件的苏州户籍/社保人员可申请职业技能提升补贴。</p>
{FANGPIAN}
<h3>联系我们</h3>
<table><tr><td>招生电话</td><td>0512-6580 2231</td></tr><tr><td>邮箱</td><td>qihang_px@163.com</td></tr>
<tr><td>地址</td><td>苏州市姑苏区xx路88号</td></tr></table>""",
    "苏州启航职业培训学校 苏ICP备19044120号 办学许可证 3205087xxxxxxx"),
    True, "U02", "苏州启航职业培训学校",
    [("phone", ph("51265802231"), "0512-6580 2231"), ("email", "qihang_px@163.com", "qihang_px@163.com"),
     ("domain", "szqihangpx.com", "szqihangpx.com")])

# =============================================================== U03 华职
add("/wenda/q-1031.html", wenda("广州哪里可以考人工智能训练师证", "广州哪里可以考人工智能训练师证？靠谱吗？", f"""
<div class="ans"><b>华职鉴培-陈老师</b> · 教育顾问<p>您好，广州目前有多家备案的评价机构可以考人工智能训练师，
证书是职业技能等级证书，不是职业资格证。我们四级班 2500 元、三级班 3300 元，含实操辅导，每月一期。
报名电话（020）8755 3102，工作日都有老师接听。</p></div>
<div class="ans"><b>路过的数据标注员</b><p>先去 osta.org.cn 查机构有没有备案，再交钱。</p></div>"""),
    True, "U03", "华职鉴培", [("phone", ph("2087553102"), "（020）8755 3102")])

add("/jobs/huazhi.html", jobs("AI数据标注员（可考人工智能训练师证）", f"""
<h1>AI数据标注员（可考人工智能训练师证） 6-9K</h1>
<div class="co">广州华职信息咨询有限公司 · 天河区 · 经验不限 · 学历不限</div>
<p>岗位职责：1.负责图片、文本数据标注；2.入职需先参加公司组织的人工智能训练师四级岗前培训（培训费1980元，考证后可报销一半）。</p>
<p>华职教育咨询 联系电话：020-87553102　HR：周小姐</p>
<p>公司信息：广州华职信息咨询有限公司 统一社会信用代码：{HUAZHI_USCC}</p>"""),
    True, "U03", "华职教育咨询",
    [("phone", ph("2087553102"), "020-87553102"), ("uscc", HUAZHI_USCC, HUAZHI_USCC)],
    "job post that is really a paid course")

add("/dir/huazhi.html", dirsite("广州华职信息咨询有限公司", f"""
<h1>广州华职信息咨询有限公司</h1>
<table><tr><td>品牌</td><td>华职职业技能培训</td></tr>
<tr><td>统一社会信用代码</td><td>{HUAZHI_USCC}</td></tr><tr><td>法定代表人</td><td>陈*</td></tr>
<tr><td>经营范围</td><td>教育咨询服务；职业技能培训（不含需取得许可的培训）</td></tr>
<tr><td>联系手机</td><td>159 2038 1146</td></tr></table>
<h3>主营课程</h3><p>人工智能训练师五级/四级报考辅导，¥1800-¥2600；考务费统一缴入市职业技能鉴定服务中心 账号 {BANK}（工商银行）。</p>"""),
    True, "U03", "华职职业技能培训",
    [("uscc", HUAZHI_USCC, HUAZHI_USCC), ("phone", ph("15920381146"), "159 2038 1146")])

# =============================================================== U04 优课 / 启智
add("/tuan/youke.html", tuan("人工智能训练师四级 拼团价", """
<h1>【3人团】人工智能训练师四级 直播课+题库+考务报名</h1>
<div class="price">拼团价 ¥1680 单买 ¥2280 · 已拼 3412 件</div>
<p>开团机构：优课AI训练营 · 咨询热线 400-660-2181</p>
<p>零基础可学，五级/四级均可报，证书全国联网可查。</p>"""),
    True, "U04", "优课AI训练营", [("phone", ph("4006602181"), "400-660-2181")])

add("/mall/shop-youke.html", mall("优课学堂 人工智能训练师 五级四级", "优课学堂官方店", f"""
<h1>优课学堂｜人工智能训练师 五级/四级 认证班 送AI工具课</h1>
<div class="price">¥<b>1880</b> 已售 5671</div>
<p>课程服务商：深圳启明星教育科技有限公司（可开具增值税普通发票，发票抬头及收款主体均为该公司）</p>
<img src="/img/cert.png" alt="证书样本 {SAMPLE_CERT}">
<p>学习有效期12个月，考试由评价机构统一组织。</p>""", """
<div class="shop"><b>优课学堂官方店</b><br><button onclick="location.href='tel:4006602181'">电话咨询 4006602181</button></div>"""),
    True, "U04", "优课学堂",
    [("phone", ph("4006602181"), "4006602181"), ("other", "深圳启明星教育科技有限公司", "深圳启明星教育科技有限公司")])

add("/app/qizhi.html", app("启智云课堂", """
<div class="card"><h2>人工智能训练师（三级）冲刺班</h2><p>¥1980 · 40课时 · 含模拟考试</p>
<p>适合：持有四级证书的在职人员</p></div>
<div class="pay">订单确认<br>商品：人工智能训练师三级冲刺班<br>实付：¥1980<br>收款方：深圳启明星教育科技有限公司<br>
<button>微信支付</button></div>
<div class="kf">有问题？添加课程顾问微信 qzyun_kf</div>"""),
    True, "U04", "启智云课堂",
    [("other", "深圳启明星教育科技有限公司", "深圳启明星教育科技有限公司"), ("wechat", "qzyun_kf", "qzyun_kf")],
    "mini-program landing page")

# =============================================================== U05 鼎晟 / 鼎信
add("/dingsheng/index.html", own("鼎晟职业技能培训中心 - 人工智能训练师", "鼎晟职业技能", """
<a href="/dingsheng/index.html">首页</a> 课程 报名 | 服务热线 188-1846-2930""", f"""
<div class="banner">人工智能训练师 三级/四级 培训报名中 · 广州 / 佛山 / 线上</div>
<p>四级 ¥2580 ；三级 ¥3480；技师（二级）需持三级证书满4年，请电话咨询资格审核。</p>
<p>证书查询：技能人才评价证书全国联网查询 zscx.osta.org.cn</p>
<div class="float-kf">鼎晟客服<br>电话 188-1846-2930</div>""",
    "鼎晟职业技能培训中心 www.dingshengpx.com 粤ICP备2022061153号"),
    True, "U05", "鼎晟职业技能",
    [("domain", "dingshengpx.com", "dingshengpx.com"), ("phone", ph("18818462930"), "188-1846-2930")])

add("/bbs/thread-dingsheng.html", bbs("分享一下我报的人工智能训练师四级班", """
<div class="post"><b>鼎晟小刘</b> 楼主 <p>坐标广州，报了四级班，2580块，老师讲得挺细的，每周有实操。
有想一起报的可以看他们官网 dingshengpx.com，或者加V：DSJN2020 说是论坛来的有优惠。</p></div>
<div class="post"><b>ai_newbie</b> 2楼 <p>这是广告吧……</p></div>
<div class="post"><b>鼎晟小刘</b> 3楼 <p>真实分享，不信可以去官网看。</p></div>"""),
    True, "U05", "鼎晟培训",
    [("domain", "dingshengpx.com", "dingshengpx.com"), ("wechat", "dsjn2020", "DSJN2020")],
    "forum thread by a poster advertising")

add("/fenlei/post-dingxin.html", fenlei("佛山 人工智能训练师培训 考证", """
<h1>佛山 人工智能训练师培训考证 三级四级 随到随学</h1>
<div class="info">发布：鼎信教育 · 1天前</div>
<p>人工智能训练师四级2480元，三级3380元，报名送Python入门课。佛山禅城上课。</p>
<p>微信：dsjn2020（鼎信周老师）　QQ：3312078845</p>""", "佛山"),
    True, "U05", "鼎信教育",
    [("wechat", "dsjn2020", "dsjn2020"), ("qq", "3312078845", "3312078845")])

# =============================================================== U06 未来智训 / 蓝鲸
add("/news/adv-weilai.html", news("AI浪潮下的新职业：人工智能训练师人才缺口大", """
<p>随着大模型应用落地，人工智能训练师成为热门新职业。据了解，未来智训开设的人工智能训练师四级、三级课程，
采用“理论+实操”模式，四级学费2980元。</p>
<p>未来智训负责人表示，学员须满足国家职业技能标准的申报条件方可报考。报名邮箱：service@weilaizx.cn</p>""", "推广"),
    True, "U06", "未来智训", [("email", "service@weilaizx.cn", "service@weilaizx.cn")], "advertorial")

add("/weilai/index.html", own("未来智训学院 人工智能训练师培训", "未来智训学院", """
<a href="/weilai/index.html">首页</a> 课程 资讯 | weilaizx.cn""", """
<h2>人工智能训练师 五级 / 四级 / 三级</h2>
<p>五级 ¥1680 · 四级 ¥2980 · 三级 ¥3880（含考务费）</p>
<p>上海、杭州线下班 + 全国线上班。</p>
<div class="float-kf">咨询热线<br><a href="tel:18621770093">18621770093</a></div>""",
    "未来智训学院 联系邮箱：service@weilaizx.cn 沪ICP备2024009876号"),
    True, "U06", "未来智训学院",
    [("domain", "weilaizx.cn", "weilaizx.cn"), ("phone", ph("18621770093"), "18621770093"),
     ("email", "service@weilaizx.cn", "service@weilaizx.cn")])

add("/note/lanjing.html", note("普通人也能拿的AI证书｜人工智能训练师", "蓝鲸教育", """
<p>不用会编程！人工智能训练师四级，主要学数据标注、数据处理。我们这边四级 2880，可以分期～</p>
<p>📞 壹捌陆 贰壹柒柒 零零玖叁（工作日9-18点）</p>""" + FANGPIAN, """
<div class="c">momo：多少钱</div><div class="c reply">作者 蓝鲸教育 回复：四级2880哦，看笔记末尾电话</div>"""),
    True, "U06", "蓝鲸教育", [("phone", ph("18621770093"), "壹捌陆 贰壹柒柒 零零玖叁")])

# =============================================================== U07 博学 / 博睿
add("/wenda/q-2207.html", wenda("人工智能训练师资料哪里有", "人工智能训练师三级理论题库哪里有？", """
<div class="ans"><b>博学AI</b><p>三级理论主要考业务分析、智能训练、智能系统设计。我们整理了全套题库，
报我们三级班（3280元）免费送，资料群：735218094（QQ群）。</p></div>"""),
    True, "U07", "博学AI", [("qq_group", "735218094", "735218094")])

add("/bbs/thread-borui.html", bbs("【博睿职培】人工智能训练师12月班招生", f"""
<div class="post"><b>博睿职培</b> 楼主 <p>人工智能训练师四级 2380 / 三级 3180，线上直播，题库+实操。
交流QQ群 735-218-094 ，电话/微信 135 3096 2741 黄老师。</p>
<p>往期学员成绩查询演示：准考证号 {TICKET}</p></div>
<div class="post"><b>游客_e9</b> 2楼 <p>三级需要什么条件？</p></div>"""),
    True, "U07", "博睿职培",
    [("qq_group", "735218094", "735-218-094"), ("phone", ph("13530962741"), "135 3096 2741")])

add("/jobs/borui.html", jobs("人工智能训练师（储备）", """
<h1>人工智能训练师（储备） 5-8K · 深圳</h1><div class="co">博睿教育 · 南山区</div>
<p>要求：大专以上。入职前须取得人工智能训练师四级证书，无证者可参加公司培训（2380元）。</p>
<p>联系人：黄老师 13530962741（政策咨询可拨12333）</p>"""),
    True, "U07", "博睿教育", [("phone", ph("13530962741"), "13530962741")], "job post that is really a paid course")

# =============================================================== U08 蜀才 / 川渝
add("/fenlei/post-shucai.html", fenlei("成都 人工智能训练师考证培训", f"""
<h1>成都 人工智能训练师考证培训 四级三级 可申请补贴</h1>
<div class="info">发布：成都蜀才培训 · 今天</div>
<p>四级2300元，三级3100元，符合条件可申领技能提升补贴（详询12333）。</p>
<p>考务费另缴市职业技能鉴定服务中心，账号 {BANK}。</p>
<p>电话：(028)8662-1907　地址：武侯区</p>""", "成都"),
    True, "U08", "成都蜀才培训", [("phone", ph("2886621907"), "(028)8662-1907")])

add("/dir/chuanyu.html", dirsite("川渝AI训练师考证中心", f"""
<h1>川渝AI训练师考证中心</h1>
<table><tr><td>运营主体</td><td>成都蜀才企业管理咨询有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{SHUCAI_USCC}</td></tr>
<tr><td>电话</td><td>028-86621907</td></tr><tr><td>地址</td><td>成都市武侯区</td></tr></table>
<p>主营：人工智能训练师四级/三级培训，¥2300 起。</p>"""),
    True, "U08", "川渝AI训练师考证中心",
    [("phone", ph("2886621907"), "028-86621907"), ("uscc", SHUCAI_USCC, SHUCAI_USCC)])

add("/mall/shop-shucai.html", mall("蜀才教育 人工智能训练师", "蜀才教育", """
<h1>蜀才教育｜人工智能训练师四级 线上+成都线下考点</h1>
<div class="price">¥<b>2200</b> 已售 388</div>
<p>考前集训3天，证书可查（zscx.osta.org.cn）。</p>""", f"""
<div class="shop"><b>蜀才教育</b><br>店铺资质：<img src="/img/license.jpg" alt="营业执照 统一社会信用代码{SHUCAI_USCC}"></div>"""),
    True, "U08", "蜀才教育", [("uscc", SHUCAI_USCC, SHUCAI_USCC)])

# =============================================================== U09 领航 / 鲲鹏
add("/tuan/linghang.html", tuan("人工智能训练师 五级 拼团", """
<h1>人工智能训练师五级 2人团 线上学习</h1><div class="price">拼团价 ¥980 · 已拼 812 件</div>
<p>开团机构：领航证书 · 团长微信 lh-zhengshu</p>"""),
    True, "U09", "领航证书", [("wechat", "lh-zhengshu", "lh-zhengshu")])

add("/mp/linghang.html", mp("人工智能训练师，2027年还值得考吗？", "领航职业技能", f"""
<p>答案是：值得，但要选对机构。本号合作的培训班五级 ¥1280、四级 ¥2380。</p>
<img src="/img/c.jpg" alt="证书样本 证书编号 {SAMPLE_CERT}">
<p>微信号：LH-zhengshu（备注：AI），热线 177 0846 2210</p>"""),
    True, "U09", "领航职业技能",
    [("wechat", "lh-zhengshu", "LH-zhengshu"), ("phone", ph("17708462210"), "177 0846 2210")])

add("/app/linghang.html", app("鲲鹏智学", """
<div class="card"><h2>人工智能训练师 四级 全程班</h2><p>¥2380 · 50课时</p></div>
<a class="btn" href="tel:17708462210">一键拨打 177-0846-2210</a>"""),
    True, "U09", "鲲鹏智学", [("phone", ph("17708462210"), "177-0846-2210")], "mini-program landing page")

# =============================================================== independents
add("/mall/shop-ruizhi.html", mall("睿智职教 人工智能训练师三级", "睿智职教", f"""
<h1>睿智职教｜人工智能训练师三级 理论+实操 精讲</h1><div class="price">¥<b>3380</b> 已售 96</div>
<p>证书查询演示：准考证号 {TICKET}（样例）</p>""", """
<div class="shop"><b>睿智职教</b><br>手机 136 7192 8805</div>"""),
    True, None, "睿智职教", [("phone", ph("13671928805"), "136 7192 8805")])

add("/fenlei/post-hz-wang.html", fenlei("杭州 人工智能训练师 四级 报名", """
<h1>杭州 人工智能训练师四级报名 王老师</h1><div class="info">发布：个人 · 5天前</div>
<p>杭州本地考点，四级2180元，有意者联系王老师 15858170342，微信 wangls_kz</p>""", "杭州"),
    True, None, "杭州王老师考证",
    [("phone", ph("15858170342"), "15858170342"), ("wechat", "wangls_kz", "wangls_kz")])

add("/wenda/q-3150.html", wenda("人工智能训练师五级报名", "没有工作经验能考人工智能训练师五级吗？", f"""
<div class="ans"><b>学而优职培</b><p>五级要求相关工作满一年或完成学徒培训。我们五级班1380元，
考务费缴鉴定服务中心（账号 {BANK}）。详情加QQ 1502287619。</p></div>"""),
    True, None, "学而优职培", [("qq", "1502287619", "1502287619")])

add("/news/adv-jingwei.html", news("郑州经纬人才：人工智能训练师培训开班", """
<p>经纬人才人工智能训练师四级班本月开课，学费2480元。政策咨询请拨12333。</p>
<p>报名电话：0371-6591 2270　邮箱 jw_rencai@126.com</p>""", "推广"),
    True, None, "经纬人才",
    [("phone", ph("37165912270"), "0371-6591 2270"), ("email", "jw_rencai@126.com", "jw_rencai@126.com")],
    "advertorial")

add("/note/aixiaoxue.html", note("AI训练师证｜学姐带你考", "AI小雪学姐", f"""
<p>学姐带班，人工智能训练师四级 1999，三级 2999～ 准考证号 {TICKET} 这种就是样例，别被骗哈</p>""", """
<div class="c">奶茶：怎么联系学姐</div><div class="c reply">作者 AI小雪学姐 回复：vx xiaoxue_ai2024</div>"""),
    True, None, "AI小雪学姐", [("wechat", "xiaoxue_ai2024", "xiaoxue_ai2024")])

add("/jobs/tianyi.html", jobs("AI训练师助理", f"""
<h1>AI训练师助理 4-6K · 长沙</h1><div class="co">天翼数智</div>
<p>岗前需参加人工智能训练师五级培训（1680元，公司代报名）。</p>
<img src="/img/x.jpg" alt="证书样本 {SAMPLE_CERT}">
<p>联系：18975104426 刘经理</p>"""),
    True, None, "天翼数智", [("phone", ph("18975104426"), "18975104426")], "job post that is really a paid course")

add("/tuan/juxue.html", tuan("人工智能训练师四级 聚学优选", """
<h1>聚学优选｜人工智能训练师四级 3人团 ¥1580</h1>
<p>开团机构：聚学优选 全国服务热线 800-830-5127</p>""" + FANGPIAN),
    True, None, "聚学优选", [("phone", ph("8008305127"), "800-830-5127")])

add("/hengyuan/index.html", own("杭州恒远职业培训学校", "恒远职业培训学校", """
<a href="/hengyuan/index.html">首页</a> 招生 | www.hengyuanpx.net""", f"""
<h2>人工智能训练师（四级）培训招生</h2><p>学费 2600 元，60% 实操。证书查询 jndj.osta.org.cn</p>
<p>办学单位：杭州恒远职业培训学校（民办非企业） 统一社会信用代码 {HENGYUAN_USCC}</p>
<p>电话：0571-8819 4402</p>""", "杭州恒远职业培训学校 浙ICP备18023311号"),
    True, None, "恒远职业培训学校",
    [("domain", "hengyuanpx.net", "hengyuanpx.net"), ("uscc", HENGYUAN_USCC, HENGYUAN_USCC),
     ("phone", ph("57188194402"), "0571-8819 4402")])

# =============================================================== non-offers
add("/news/warn-ai-cert.html", news("警惕“人工智能训练师免考拿证”骗局", """
<p>记者调查发现，有人在网络上以“免考拿证、人社部直发”为卖点兜售人工智能训练师证书。市民刘女士按对方提供的手机
170 2315 8864 转账后，对方微信 zs-banzheng666 已将其拉黑。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；如有疑问可拨打12333。</p>""", "调查"),
    False, None, None, [], "warning article; quotes a scammer's contacts")

add("/news/warn-fake-sites.html", news("人社部：14家仿冒证书查询网站被关停", """
<p>人力资源社会保障部会同中央网信办开展技术技能类“山寨证书”网络治理，关停14家仿冒证书查询网站。
群众可通过技能人才评价工作网 osta.org.cn 查询正规证书。</p>""", "要闻"),
    False, None, None, [], "news")

add("/bbs/thread-ask.html", bbs("人工智能训练师证到底有没有用？", """
<div class="post"><b>迷茫的小周</b> 楼主 <p>有人加我微信 zs-banzheng666 说交3000直接拿证，靠谱吗？电话是17023158864</p></div>
<div class="post"><b>老版主</b> 2楼 <p>骗子，新闻都报了。正规证书要考理论和实操。</p></div>"""),
    False, None, None, [], "forum question")

add("/fenlei/post-yuying.html", fenlei("育婴师 保育师 考证培训", """
<h1>育婴师/保育师考证培训 周末班</h1><div class="info">发布：安心家政培训</div>
<p>育婴师四级 1600 元，报名电话 13265087731</p>""", "广州"),
    False, None, "安心家政培训", [("phone", ph("13265087731"), "13265087731")],
    "different occupation (育婴师); not an AI-trainer offer")

LISTS = {
    "/mall/index.html": ("优学集市 职业技能 人工智能", mall, "mall"),
    "/fenlei/index.html": ("信息通 教育培训 列表", fenlei, "fenlei"),
    "/wenda/index.html": ("知问网 教育问答", wenda, "wenda"),
    "/bbs/index.html": ("考证人论坛 人工智能训练师版", bbs, "bbs"),
    "/mp/index.html": ("公众号文章", mp, "mp"),
    "/news/index.html": ("南方资讯网 教育频道", news, "news"),
    "/note/index.html": ("小记 发现", note, "note"),
    "/jobs/index.html": ("职聘网 AI 岗位", jobs, "jobs"),
    "/dir/index.html": ("企业名录网 教育培训", dirsite, "dir"),
    "/tuan/index.html": ("拼学团 技能课", tuan, "tuan"),
}
