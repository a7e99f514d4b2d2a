"""Offer pages of the nine operators (U01-U09)."""
from util import make_uscc

USCC_U01 = make_uscc("91330106", "MA2H3K7X")   # 浙江智途职业技能培训有限公司
USCC_U02 = make_uscc("91110108", "MA01XY2K")   # 北京数标未来教育科技有限公司
USCC_U03 = make_uscc("91440300", "MA5F8LQ2")   # 深圳市鹏智人才服务有限公司
USCC_U06 = make_uscc("91510107", "MA6CQ3W1")   # 成都锦程启航教育咨询有限公司
USCC_U07 = make_uscc("91420106", "MA4KXR9T")   # 湖北楚才职业技能评价有限公司

PAGES = []


def page(**kw):
    kw.setdefault("note", "")
    kw.setdefault("is_offer", True)
    kw.setdefault("extra", {})
    PAGES.append(kw)


# ---------------------------------------------------------------- U01 智途
page(path="/mall/shop-zhitu.html", style="mall", extra={"goods_no": "100068432217"},
     title="人工智能训练师证书培训 五级/四级/三级 数据标注员 浙江正规报名 智途AI职培旗舰店",
     operator="U01", provider="智途AI职培旗舰店",
     ids=[("phone", "139-5718-2046", "+8613957182046"), ("wechat", "zt_ai2046", "zt_ai2046")],
     body="""
<h2>智途AI职培旗舰店 <small style="font-size:12px;color:#999">店铺评分 4.8 | 已开店4年</small></h2>
<div class="side"><b>店铺信息</b>
<table><tr><td>掌柜</td><td>智途小助手</td></tr><tr><td>所在地</td><td>浙江 杭州</td></tr>
<tr><td>联系电话</td><td>139-5718-2046</td></tr><tr><td>服务时间</td><td>8:30-22:00</td></tr></table>
<p><img src="/img/qr-kf.png" alt="扫码加客服微信 zt_ai2046" width="120"></p>
<p><button>联系客服</button> <button>进店逛逛</button></p></div>
<h1 style="font-size:18px">【2026新版】人工智能训练师职业技能等级证书培训 五级/四级/三级 数据标注员 线上学习+线下认定</h1>
<p class="price">¥1680.00 <del style="font-size:13px;color:#999">¥3980.00</del></p>
<p>月销 236 | 累计评价 1102 | 送 16 积分</p>
<table><tr><th>套餐</th><th>价格</th><th>说明</th></tr>
<tr><td>五级（初级工）</td><td>¥1680</td><td>60课时，含教材、题库、认定费代缴</td></tr>
<tr><td>四级（中级工）</td><td>¥2280</td><td>需满足申报条件，报名时审核</td></tr>
<tr><td>三级（高级工）</td><td>¥2980</td><td>实操辅导+模拟考试</td></tr></table>
<h3>商品详情</h3>
<p>人工智能训练师（职业编码4-04-05-05）是人社部等三部门2020年发布的新职业，分数据标注员、人工智能算法测试员两个工种。</p>
<p>考核：理论知识考试+操作技能考核，均实行百分制，60分及以上为合格。证书由备案的社会培训评价组织颁发，可在技能人才评价证书全国联网查询（zscx.osta.org.cn）查询。</p>
<p><img src="/img/cert-sample.jpg" alt="证书样本 编号S000033010001253000518 仅供参考" width="300"></p>
<p>符合条件的参保职工取证后可申领技能提升补贴（五级1000元/四级1500元/三级2000元），具体以当地人社部门为准。</p>
<h3>累计评价</h3>
<div class="cmt">t***8：客服回复很快，加了微信发了资料包，五级已经报上名了。</div>
<div class="cmt">小***鱼：课程内容挺实用的，数据标注那块讲得细。</div>
""")

page(path="/sites/zhitu/index.html", style="site",
     title="智途教育-浙江智途职业技能培训有限公司-人工智能训练师培训认定",
     operator="U01", provider="智途教育",
     ids=[("phone", "139 5718 2046", "+8613957182046"), ("uscc", USCC_U01, USCC_U01),
          ("domain", "www.zhitu-ai.cn", "zhitu-ai.cn"), ("email", "admin@zhitu-ai.cn", "admin@zhitu-ai.cn")],
     note="own site; top bar phone, footer USCC/domain/e-mail",
     body=f"""
<div class="topbar">欢迎访问智途教育官网！ 招生咨询热线：<b>139 5718 2046</b>（王老师） | 周一至周日 8:30-20:30</div>
<h1>智途教育 <small>ZHITU EDUCATION · 让技能更有价值</small></h1>
<div>首页 | 关于我们 | 人工智能训练师 | 技能补贴 | 证书查询 | 联系我们</div>
<h2>2026年12月批次 人工智能训练师职业技能等级认定 招生简章</h2>
<p>认定计划编号：RD2026121533010047（以主管部门公布为准）</p>
<table><tr><th>等级</th><th>培训费</th><th>认定费</th><th>课时</th></tr>
<tr><td>五级/初级工</td><td>1200元</td><td>300元</td><td>60</td></tr>
<tr><td>四级/中级工</td><td>1800元</td><td>380元</td><td>50</td></tr>
<tr><td>三级/高级工</td><td>2500元</td><td>460元</td><td>40</td></tr></table>
<p>申报条件：五级需累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。四级及以上按国家职业技能标准（2021年版）审核。</p>
<p>认定费由考生本人缴至评价机构指定账户（户名：浙江省技能人才评价管理服务中心 账号：1202 0217 0920 0088 126），培训费缴至我司。</p>
<p>政策咨询可拨打 12333 人社服务热线，或咨询浙江省技能人才评价管理服务中心 0571-85102356。</p>
<p style="color:#c00">【防骗提醒】近期有人冒用“智途教育”名义，以“内部名额、免考拿证”为由收费，联系电话 150-9332-7781，与本公司无关，请勿上当！</p>
<div class="foot">浙江智途职业技能培训有限公司 版权所有 | 统一社会信用代码：{USCC_U01}<br>
地址：杭州市西湖区文三路 388 号钱江科技大厦 11 楼 | 邮箱：admin@zhitu-ai.cn | www.zhitu-ai.cn | 浙ICP备2021034561号-1</div>
""")

page(path="/fenlei/hz-qiming.html", style="fenlei", extra={"city": "杭州", "post_no": "46021733958"},
     title="杭州人工智能训练师考证 五级四级三级 正规备案机构 启明职培",
     operator="U01", provider="杭州启明职培",
     ids=[("wechat", "ZT_AI2046", "zt_ai2046"), ("phone", "151 6840 2275", "+8615168402275")],
     note="classified; WeChat in capitals",
     body="""
<h1 style="font-size:20px">杭州人工智能训练师考证 五级四级三级 正规备案机构 可申领补贴</h1>
<p style="color:#999;font-size:12px">更新时间：2026-11-29 | 浏览 1386 次 | 个人认证 | 商家认证</p>
<table><tr><td>服务类别</td><td>职业技能培训</td></tr><tr><td>服务区域</td><td>西湖 拱墅 滨江 余杭</td></tr>
<tr><td>联系人</td><td>王老师</td></tr><tr><td>联系电话</td><td>151 6840 2275</td></tr>
<tr><td>微信</td><td>ZT_AI2046（添加请备注“百城”）</td></tr></table>
<h3>详细描述</h3>
<p>启明职培常年招生：人工智能训练师（数据标注员）五级 1580 元起，四级 2180 元，三级 2880 元，含教材、题库、考前冲刺。</p>
<p>周末班/晚班/线上直播班可选，滨江、西湖两个教学点。12月批次认定计划编号：RD2026121533010047。</p>
<p>取证后可按规定申领技能提升补贴。官方咨询：浙江省技能人才评价管理服务中心 0571-85102356。</p>
<p>联系我时请说明是在百城分类网上看到的，谢谢！</p>
""")

# ---------------------------------------------------------------- U02 数标
page(path="/sites/shubiao/index.html", style="site",
     title="数标学院官网 - 人工智能训练师 | 数据标注 | 职业技能等级认定培训",
     operator="U02", provider="数标学院",
     ids=[("phone", "4000-865-217", "+864000865217"), ("email", "zhaosheng@shubiao-edu.com", "zhaosheng@shubiao-edu.com"),
          ("domain", "www.shubiao-edu.com", "shubiao-edu.com"), ("uscc", USCC_U02, USCC_U02)],
     note="400 number in common 4-3-3 grouping in top bar and tel: button",
     body=f"""
<div class="topbar">全国统一咨询热线：<a href="tel:4000865217">4000-865-217</a> | 招生邮箱：zhaosheng@shubiao-edu.com</div>
<h1>数标学院 <small>北京数标未来教育科技有限公司旗下职业教育品牌</small></h1>
<div>首页 · 课程中心 · 师资团队 · 学员风采 · 证书查询 · 联系我们</div>
<h2>人工智能训练师（数据标注员 / 人工智能算法测试员）精品班</h2>
<ul><li>四级（中级工）周末班：3200元</li><li>三级（高级工）晚班：4200元</li>
<li>二级（技师）论文辅导班：6800元（需持三级证书满4年）</li></ul>
<p>北京、天津、石家庄设教学点，理论+上机实操，课后提供数据标注实训平台账号。</p>
<p>证书查询请以技能人才评价工作网 www.osta.org.cn 为准。</p>
<p><a href="tel:4000865217"><button>立即电话咨询</button></a> <a href="mailto:zhaosheng@shubiao-edu.com"><button>索取简章</button></a></p>
<p style="font-size:13px;color:#c00">郑重声明：近期有不法分子冒充我院招生老师，使用 0371-65982210 等号码推销“免考证书”，我院从未授权，请广大学员提高警惕。</p>
<div class="foot">© 2026 北京数标未来教育科技有限公司 统一社会信用代码 {USCC_U02}<br>
京ICP备2022017785号-2 · www.shubiao-edu.com · 地址：北京市海淀区上地信息路 26 号</div>
""")

page(path="/qa/zhiliao-shubiao.html", style="zhiliao",
     title="零基础考人工智能训练师证书，有哪些靠谱的培训机构？ - 知了",
     operator="U02", provider="数标学院",
     ids=[("email", "zhaosheng#shubiao-edu.com", "zhaosheng@shubiao-edu.com"), ("qq_group", "728 114 503", "728114503")],
     note="answer by the school's teacher; e-mail with # for @",
     body="""
<h1 style="font-size:20px">零基础考人工智能训练师证书，有哪些靠谱的培训机构？</h1>
<p style="color:#888">关注者 312 · 被浏览 48,921</p>
<div class="cmt"><b>数标学院陈老师</b> <span style="color:#888">职业技能培训从业者</span><br>
利益相关：我是数标学院的讲师，回答尽量客观。<br>
1. 先看清楚证书类型：人工智能训练师现在是<b>职业技能等级证书</b>，由备案的评价机构颁发，不是“国家职业资格证书”，也不是人社部直接发的。<br>
2. 零基础一般从五级或四级开始，四级要看你的工作年限。我们四级周末班3200元，三级4200元，价格透明。<br>
3. 凡是说“包过”“免考”“三个等级一起拿”的，直接拉黑。<br>
需要简章的可以发邮件索取：zhaosheng#shubiao-edu.com（#换成@），学习交流Q群：728 114 503，群里每周三晚上有公开课。<br>
<span style="color:#888">编辑于 2026-11-18 · 赞同 266 · 42 条评论</span></div>
<div class="cmt"><b>风吹麦浪</b>：群已加，讲得挺实在的。</div>
<div class="cmt"><b>匿名用户</b>：广告吧？不过说的没毛病。</div>
""")

page(path="/qa/tieba-jingshuzhi.html", style="tieba", extra={"bar": "人工智能训练师"},
     title="北京考人工智能训练师四级的来，每周直播答疑【京数智培训】_人工智能训练师吧",
     operator="U02", provider="京数智培训",
     ids=[("qq_group", "728114503", "728114503"), ("phone", "133 1128 7430", "+8613311287430")],
     note="tieba thread; QQ group in a floor reply",
     body="""
<h1 style="font-size:18px">北京考人工智能训练师四级的来，每周直播答疑【京数智培训】</h1>
<div class="cmt"><b>1楼 京数智培训_刘老师</b><br>京数智培训人工智能训练师四级/三级招生，四级3200，三级4200，海淀上地有实训机房。
报名咨询 133 1128 7430（同微信），12月底截止。</div>
<div class="cmt"><b>2楼 偷偷学AI</b>：有线上吗？在通州过去太远了</div>
<div class="cmt"><b>3楼 京数智培训_刘老师</b>：回复 偷偷学AI：有的，线上直播+线下认定。可以先进群 728114503 听两节公开课再决定。</div>
<div class="cmt"><b>4楼 路过的标注员</b>：四级要求工作满年限的，别信什么不看条件的。</div>
<div class="cmt"><b>5楼 京数智培训_刘老师</b>：回复 路过的标注员：是的，我们报名都要审核申报条件。</div>
""")

# ---------------------------------------------------------------- U03 鹏智
page(path="/fenlei/sz-pengcheng.html", style="fenlei", extra={"city": "深圳", "post_no": "46033120587"},
     title="深圳人工智能训练师培训 三级高级工 可申请技能补贴 鹏城职业技能培训中心",
     operator="U03", provider="深圳鹏城职业技能培训中心",
     ids=[("phone", "0755-26613478", "+8675526613478"), ("phone", "186 2033 5219", "+8618620335219")],
     body="""
<h1 style="font-size:20px">深圳人工智能训练师培训 三级高级工 可申请技能补贴 南山/宝安开班</h1>
<p style="color:#999;font-size:12px">发布：2026-11-26 | 浏览 2,207 | 商家</p>
<table><tr><td>商家名称</td><td>深圳鹏城职业技能培训中心</td></tr>
<tr><td>固定电话</td><td>0755-26613478</td></tr><tr><td>手机</td><td>186 2033 5219 （张老师）</td></tr>
<tr><td>地址</td><td>深圳市南山区桃园路 8 号田厦国际 B 座</td></tr></table>
<p>课程：人工智能训练师 五级 1500 元 / 四级 2100 元 / 三级 2800 元。三级在广深佛参保满一年的可申请技能提升补贴（以人社部门审核为准）。</p>
<p>补贴政策可致电 12333 核实，我们不做任何“保过”承诺。</p>
""")

page(path="/dir/pengzhi.html", style="dir",
     title="深圳市鹏智人才服务有限公司 - 培训机构名录 - 职培机构网",
     operator="U03", provider="深圳市鹏智人才服务有限公司",
     ids=[("phone", "(0755)26613478", "+8675526613478"), ("uscc", USCC_U03, USCC_U03)],
     note="directory entry, landline with area code in parentheses",
     body=f"""
<div class="topbar"><a href="/dir/index.html">职培机构网</a> &gt; 广东 &gt; 深圳 &gt; 机构详情 | 机构入驻热线 400-700-3069</div>
<h1 style="font-size:22px">深圳市鹏智人才服务有限公司</h1>
<table><tr><td>统一社会信用代码</td><td>{USCC_U03}</td></tr>
<tr><td>成立日期</td><td>2019-06-11</td></tr><tr><td>联系电话</td><td>(0755)26613478</td></tr>
<tr><td>地址</td><td>深圳市南山区桃园路 8 号田厦国际 B 座 1203</td></tr>
<tr><td>主营课程</td><td>人工智能训练师、电子商务师、企业人力资源管理师</td></tr></table>
<h3>开设课程</h3>
<table><tr><th>课程</th><th>等级</th><th>学费</th></tr>
<tr><td>人工智能训练师</td><td>五级</td><td>1500元</td></tr>
<tr><td>人工智能训练师</td><td>四级</td><td>2100元</td></tr>
<tr><td>人工智能训练师</td><td>三级</td><td>2800元</td></tr></table>
<p style="font-size:12px;color:#888">信息由机构自行提供，本站不对其真实性负责。证书真伪请到 zscx.osta.org.cn 查询。</p>
<div class="foot">职培机构网 · 机构入驻热线 400-700-3069 · <a href="/dir/index.html">返回名录</a></div>
""")

page(path="/notes/hongshu-pengzhi.html", style="notes",
     title="深圳AI训练师三级我拿到啦！补贴到账分享",
     operator="U03", provider="鹏智AI考证",
     ids=[("phone", "１８６２０３３５２１９", "+8618620335219")],
     note="note by the brand's account; phone in full-width digits in a comment reply",
     body="""
<div><b>鹏智AI考证</b> <button>关注</button></div>
<img src="/img/note-cover.jpg" alt="人工智能训练师三级证书 打码" width="100%">
<h1 style="font-size:18px">深圳AI训练师三级我拿到啦！补贴到账分享🎉</h1>
<p>姐妹们！！三级人工智能训练师证书终于拿到了✅ 学费2800，补贴到手一大半🥹<br>
📌 理论+实操两门都要过，别信什么不用考的<br>📌 深圳参保满一年可以申请<br>
#人工智能训练师 #深圳考证 #技能补贴 #数据标注</p>
<p style="color:#888;font-size:12px">编辑于 11-30 广东</p>
<h3>共 58 条评论</h3>
<div class="cmt">奶茶续命中：求机构！！</div>
<div class="cmt"><b>鹏智AI考证</b>（作者）：回复 奶茶续命中：宝子私信我，或者直接打 １８６２０３３５２１９ 找张老师～</div>
<div class="cmt">momo：学费多少啊</div>
<div class="cmt"><b>鹏智AI考证</b>（作者）：回复 momo：五级1500 四级2100 三级2800～</div>
""")

page(path="/mp/pengzhi-butie.html", style="mp", extra={"account": "鹏智人才", "date": "2026-11-21"},
     title="深圳人工智能训练师三级补贴班开课啦｜最高可申请3120元",
     operator="U03", provider="鹏智人才",
     ids=[("uscc", USCC_U03, USCC_U03), ("phone", "0755 2661 3478", "+8675526613478")],
     note="WeChat article; company and USCC in the closing block",
     body=f"""
<p>人工智能训练师是国家2020年发布的新职业（4-04-05-05），在深圳属于急需紧缺职业。</p>
<p>🔹 <b>开班时间</b>：12月14日（周末班）<br>🔹 <b>费用</b>：三级 2800 元，四级 2100 元<br>
🔹 <b>补贴</b>：符合条件的参保职工三级可按规定申请补贴，广深佛地区上浮至3120元（以人社部门核定为准）</p>
<p>政策咨询：12333</p>
<p style="background:#fff3f3;padding:6px;font-size:14px">⚠️提醒：近期有人以“人社局证书中心”名义添加学员微信 rsj_zhengshu01 收取“加急费”，官方不会通过个人微信收费，请勿转账！</p>
<p>📞 报名咨询：0755 2661 3478<br>📍 深圳市南山区桃园路8号田厦国际B座1203</p>
<p style="font-size:12px;color:#888">本公众号运营主体：深圳市鹏智人才服务有限公司<br>统一社会信用代码：{USCC_U03}</p>
""")

# ---------------------------------------------------------------- U04 卓越 / 学霸
page(path="/mall/shop-xueba.html", style="mall", extra={"goods_no": "100071384265"},
     title="人工智能训练师四级三级考证辅导 题库+网课 学霸考证小铺",
     operator="U04", provider="学霸考证小铺",
     ids=[("qq", "2853177640", "2853177640")],
     body="""
<h2>学霸考证小铺 <small style="font-size:12px;color:#999">金牌卖家</small></h2>
<div class="side"><b>联系卖家</b><br>客服QQ：<a href="tencent://message/?uin=2853177640&amp;Site=xueba">2853177640</a><br>
工作时间 9:00-23:00<br><button>和我联系</button></div>
<h1 style="font-size:18px">人工智能训练师 四级/三级 考证辅导 题库+网课+实操指导 广州/线上</h1>
<p class="price">¥980.00 起</p>
<table><tr><td>四级网课+题库</td><td>¥980</td></tr><tr><td>三级网课+题库+实操直播</td><td>¥1580</td></tr>
<tr><td>认定报名代办</td><td>按评价机构收费另付</td></tr></table>
<p>拍前请先咨询客服QQ确认申报条件。虚拟商品，开课后不退。</p>
<h3>累计评价</h3>
<div class="cmt">a***3：订单号 2026112815337702，题库已收到，题量很足。</div>
<div class="cmt">阿***J：QQ上老师回复挺及时。</div>
""")

page(path="/qa/wenda-zhuoyue.html", style="wenda",
     title="人工智能训练师证书在哪里报名？广州有吗？_问答堂",
     operator="U04", provider="卓越职培",
     ids=[("qq", "2853 177 640", "2853177640"), ("email", "2853177640@qq.com", "2853177640@qq.com")],
     body="""
<h1 style="font-size:20px">人工智能训练师证书在哪里报名？广州有吗？</h1>
<p style="color:#888">提问者：匿名 · 2026-11-09 · 3个回答</p>
<div class="cmt"><b>最佳答案</b> <span style="color:#888">卓越职培 · 采纳率 86%</span><br>
广州可以报，需要找经人社部门备案、并且备案了人工智能训练师这个职业的评价机构认定。流程：报名→培训→理论和实操考核→发证，证书可在全国联网平台查询。<br>
我们卓越职培广州天河有班，四级1280元，三级1980元。有问题加企鹅 2853 177 640，或者发邮件 2853177640@qq.com 索取报名表。</div>
<div class="cmt"><b>其他回答</b> 热心网友：可以打12333问问当地人社局。</div>
""")

page(path="/sites/zhuoyue/index.html", style="site",
     title="卓越人才测评网 - 广州人工智能训练师认定报名",
     operator="U04", provider="卓越人才测评网",
     ids=[("email", "2853177640@qq.com", "2853177640@qq.com"), ("domain", "zyrcpc.com", "zyrcpc.com"),
          ("phone", "020-3862 1957", "+862038621957")],
     note="QQ mail address also contains the QQ number; only e-mail labelled",
     body="""
<h1>卓越人才测评网</h1><div>首页 | 考试动态 | 报名入口 | 证书查询 | 联系我们</div>
<h2>2026年第四季度 人工智能训练师（四级/三级）报名通知</h2>
<p>报名费用：四级 1280 元，三级 1980 元（含培训、教材、模拟考试）。</p>
<p>报名方式：下载报名表填写后，连同身份证、学历证明扫描件发送至邮箱 <b>2853177640@qq.com</b>。</p>
<p>联系电话：020-3862 1957 （工作日 9:00-17:30）</p>
<p style="color:#c00;font-size:13px">声明：有人冒充本站客服，用QQ 3328561190 收取“加急出证费”，本站从不收取此类费用！</p>
<div class="foot">Copyright © 2026 zyrcpc.com 卓越人才测评网 粤ICP备2023098812号</div>
""")

# ---------------------------------------------------------------- U05 华智
page(path="/sites/huazhi/index.html", style="site",
     title="华智云课堂 - 人工智能训练师在线培训 | 南京",
     operator="U05", provider="华智云课堂",
     ids=[("phone", "800-830-2716", "+868008302716"), ("email", "kf@hzyunketang.com", "kf@hzyunketang.com"),
          ("domain", "hzyunketang.com", "hzyunketang.com")],
     body="""
<div class="topbar">华智云课堂 | 免费咨询电话 800-830-2716 | 登录 | 注册</div>
<h1>华智云课堂 · 人工智能训练师</h1>
<p>在线学习 + 南京线下认定，五级 1380 元，四级 1880 元，三级 2580 元。企业团报 10 人以上 9 折。</p>
<p>证书可在 zscx.osta.org.cn 查询，谨防假证。</p>
<p style="color:#c00;font-size:13px">特别提示：我平台从未委托任何个人以“华智”名义收费，手机 15093327781 系冒充人员，请勿相信。</p>
<div class="foot">客服邮箱：kf@hzyunketang.com | © 2026 hzyunketang.com 苏ICP备2020041189号-3 | 南京市鼓楼区中山北路 200 号</div>
""")

page(path="/mp/huazhi-pingjia.html", style="mp", extra={"account": "华智职业技能评价", "date": "2026-11-12"},
     title="人工智能训练师12月批次报名开启！五级/四级/三级",
     operator="U05", provider="华智职业技能评价",
     ids=[("domain", "https://www.hzyunketang.com/ai-trainer/baoming", "hzyunketang.com"),
          ("phone", "137 7091 5823", "+8613770915823")],
     note="domain tie via registration URL",
     body="""
<p>各位学员：12月批次人工智能训练师职业技能等级认定报名开始啦！</p>
<p>📚 五级 1380 元｜四级 1880 元｜三级 2580 元<br>📝 理论+实操，线上学习，南京集中认定</p>
<p>认定计划编号：RD2026121533010047（跨省考生以当地公布为准）</p>
<p>👉 报名入口：https://www.hzyunketang.com/ai-trainer/baoming<br>（复制到浏览器打开）</p>
<p>咨询：137 7091 5823（李老师，同微信）</p>
""")

page(path="/fenlei/nj-huachuang.html", style="fenlei", extra={"city": "南京", "post_no": "46035518821"},
     title="南京人工智能训练师考证培训 数据标注员 华创培训",
     operator="U05", provider="南京华创培训",
     ids=[("phone", "8008302716", "+868008302716")],
     body="""
<h1 style="font-size:20px">南京人工智能训练师考证培训 数据标注员 五级四级三级</h1>
<p style="color:#999;font-size:12px">2026-11-20 发布 | 商家</p>
<table><tr><td>机构</td><td>南京华创培训</td></tr><tr><td>免费电话</td><td>8008302716</td></tr>
<tr><td>区域</td><td>鼓楼 / 玄武 / 江宁</td></tr></table>
<p>人工智能训练师认定培训，五级1380，四级1880，三级2580，可线上学习。小班教学，实操电脑一人一台。</p>
<p>温馨提示：所有证书均可在全国联网平台查询，不做虚假承诺。</p>
""")

# ---------------------------------------------------------------- U06 启航
HOLDER_U06 = "成都锦程启航教育咨询有限公司"
page(path="/mall/shop-aikaozheng.html", style="mall", extra={"goods_no": "100082906613"},
     title="人工智能训练师证书培训报名 成都 企业团报可对公 AI训练师考证服务店",
     operator="U06", provider="AI训练师考证服务店",
     ids=[("other", HOLDER_U06, HOLDER_U06)],
     note="tie by payment account holder name only",
     body=f"""
<h2>AI训练师考证服务店</h2>
<h1 style="font-size:18px">人工智能训练师 五级/四级 培训报名 成都线下认定 企业团报支持对公转账开票</h1>
<p class="price">¥1480.00</p>
<table><tr><td>五级</td><td>¥1480</td></tr><tr><td>四级</td><td>¥1980</td></tr></table>
<h3>企业团报付款说明</h3>
<table><tr><td>户名</td><td>{HOLDER_U06}</td></tr><tr><td>开户行</td><td>中国建设银行成都高新支行</td></tr>
<tr><td>账号</td><td>5105 0146 2708 0000 3317</td></tr></table>
<p>转账后请在平台留言付款凭证。个人学员请直接平台下单。</p>
<p><img src="/img/cert-sample.jpg" alt="证书样本 编号S000033010001253000518 仅供参考" width="300"></p>
""")

page(path="/sites/qihang/index.html", style="site",
     title="启航职教 - 成都人工智能训练师培训 | 技能提升补贴",
     operator="U06", provider="启航职教",
     ids=[("other", HOLDER_U06, HOLDER_U06), ("phone", "+86 177-8203-6641", "+8617782036641"),
          ("wechat", "qihang6641", "qihang6641"), ("uscc", USCC_U06, USCC_U06)],
     body=f"""
<h1>启航职教</h1><div>首页 | 课程 | 补贴政策 | 学员证书 | 联系</div>
<h2>人工智能训练师（五级/四级）成都班</h2>
<p>五级 1480 元，四级 1980 元。成都参保满一年的学员可按规定申请技能提升补贴，政策咨询 12333。</p>
<div class="side"><b>联系我们</b><br>电话：+86 177-8203-6641<br>微信：qihang6641<br>
<img src="/img/qr-qihang.png" alt="启航职教微信二维码" width="100"></div>
<h3>收款信息</h3>
<p>户名：{HOLDER_U06}<br>开户行：中国建设银行成都高新支行</p>
<div class="foot">{HOLDER_U06} 统一社会信用代码 {USCC_U06} 蜀ICP备2022006417号</div>
""")

page(path="/notes/douyin-rongcheng.html", style="notes", extra={"app": "抖声"},
     title="成都考AI训练师证，五级一千多，真的能补贴吗？",
     operator="U06", provider="蓉城AI技能认证",
     ids=[("phone", "177 8203 6641", "+8617782036641"), ("wechat", "qihang6641", "qihang6641")],
     body="""
<div><b>蓉城AI技能认证</b> · 抖声号 rcai2026 <button>关注</button></div>
<p>[视频] 成都考AI训练师证，五级一千多，真的能补贴吗？👇 #人工智能训练师 #成都 #技能补贴</p>
<p>五级1480，四级1980，线下认定，理论+实操</p>
<h3>评论 (127)</h3>
<div class="cmt">小熊软糖：怎么报名</div>
<div class="cmt"><b>蓉城AI技能认证</b>（作者）：主页有v，或者直接打 177 8203 6641</div>
<div class="cmt">川妹子：v多少 主页没看到</div>
<div class="cmt"><b>蓉城AI技能认证</b>（作者）：qihang6641 备注抖声</div>
""")

# ---------------------------------------------------------------- U07 楚才
page(path="/dir/chucai.html", style="dir",
     title="湖北楚才职业技能评价有限公司 - 培训机构名录 - 职培机构网",
     operator="U07", provider="湖北楚才职业技能评价有限公司",
     ids=[("uscc", USCC_U07, USCC_U07), ("phone", "027-87625530", "+862787625530")],
     body=f"""
<div class="topbar"><a href="/dir/index.html">职培机构网</a> &gt; 湖北 &gt; 武汉 &gt; 机构详情 | 机构入驻热线 400-700-3069</div>
<h1 style="font-size:22px">湖北楚才职业技能评价有限公司</h1>
<table><tr><td>统一社会信用代码</td><td>{USCC_U07}</td></tr><tr><td>联系电话</td><td>027-87625530</td></tr>
<tr><td>地址</td><td>武汉市武昌区中北路 109 号</td></tr></table>
<h3>开设课程</h3>
<table><tr><th>课程</th><th>等级</th><th>学费</th></tr>
<tr><td>人工智能训练师</td><td>四级</td><td>1900元</td></tr><tr><td>人工智能训练师</td><td>三级</td><td>2600元</td></tr></table>
<p style="font-size:12px;color:#888">信息由机构自行提供，本站不对其真实性负责。</p>
<div class="foot">职培机构网 · 机构入驻热线 400-700-3069 · <a href="/dir/index.html">返回名录</a></div>
""")

page(path="/sites/chucai/index.html", style="site",
     title="楚才AI学院 - 武汉人工智能训练师培训认定",
     operator="U07", provider="楚才AI学院",
     ids=[("uscc", USCC_U07, USCC_U07), ("wechat", "chucai_ai", "chucai_ai"), ("domain", "www.chucai-ai.com", "chucai-ai.com")],
     body=f"""
<h1>楚才AI学院</h1><div>首页 · 人工智能训练师 · 师资 · 证书查询 · 关于我们</div>
<h2>人工智能训练师四级/三级 武汉面授班</h2>
<p>四级 1900 元，三级 2600 元。结业后参加理论知识考试和操作技能考核，成绩合格颁发职业技能等级证书，可在 zscx.osta.org.cn 查询。</p>
<p>微信咨询：chucai_ai</p>
<p style="color:#c00;font-size:13px">警惕：有人以“人社局证书中心”名义通过微信 rsj_zhengshu01 联系学员收费，与本院无关。</p>
<div class="foot">湖北楚才职业技能评价有限公司 统一社会信用代码：{USCC_U07} | www.chucai-ai.com | 鄂ICP备2021011520号</div>
""")

page(path="/qa/zhiliao-wuhan.html", style="zhiliao",
     title="武汉哪里可以考人工智能训练师？ - 知了",
     operator="U07", provider="武汉AI训练师报名点",
     ids=[("wechat", "chucai_ai", "chucai_ai")],
     body="""
<h1 style="font-size:20px">武汉哪里可以考人工智能训练师？</h1>
<div class="cmt"><b>武汉AI训练师报名点</b><br>武昌这边有面授班，四级1900，三级2600，每月一期。要报名的 vx：chucai_ai（备注知了）。<br>
<span style="color:#888">发布于 2026-11-03</span></div>
<div class="cmt"><b>光谷打工人</b>：四级是不是要工作好几年？</div>
<div class="cmt"><b>武汉AI训练师报名点</b>：回复 光谷打工人：按标准要求审核的，具体加v发你材料。</div>
""")

# ---------------------------------------------------------------- U08 中原
page(path="/qa/tieba-ajie.html", style="tieba", extra={"bar": "郑州考证"},
     title="人工智能训练师 五级四级 郑州 有需要的滴滴_郑州考证吧",
     operator="U08", provider="阿杰考证",
     ids=[("phone", "一三八零二七六五五九一", "+8613802765591")],
     note="mobile written in Chinese numerals",
     body="""
<h1 style="font-size:18px">人工智能训练师 五级四级 郑州 有需要的滴滴</h1>
<div class="cmt"><b>1楼 阿杰考证</b><br>郑州人工智能训练师五级1280，四级1780，郑东新区上课。<br>
吧里发号码老被删，写汉字了：一三八零二七六五五九一</div>
<div class="cmt"><b>2楼 考证小白</b>：包过吗</div>
<div class="cmt"><b>3楼 阿杰考证</b>：回复 考证小白：不敢说包过，认真学的基本都能过</div>
""")

page(path="/fenlei/zz-zhongyuan.html", style="fenlei", extra={"city": "郑州", "post_no": "46029904712"},
     title="郑州人工智能训练师培训 中原职培 五级四级",
     operator="U08", provider="郑州中原职培",
     ids=[("phone", "138 0276 5591", "+8613802765591"), ("qq_group", "634592817", "634592817")],
     body="""
<h1 style="font-size:20px">郑州人工智能训练师培训 五级四级 小班授课</h1>
<table><tr><td>机构</td><td>郑州中原职培</td></tr><tr><td>电话</td><td>138 0276 5591</td></tr>
<tr><td>QQ群</td><td>634592817</td></tr><tr><td>地址</td><td>郑州市郑东新区商务外环路 17 号</td></tr></table>
<p>五级1280元，四级1780元。准考证号示例：4101 2612 0300 27（以实际打印为准）。</p>
<p style="color:#c00">谨防冒充：0371-65982210 不是我们的电话，请认准本帖号码。</p>
""")

page(path="/mp/zhongyuan-renzheng.html", style="mp", extra={"account": "中原技能认证服务中心", "date": "2026-10-28"},
     title="人工智能训练师报考指南（郑州版）",
     operator="U08", provider="中原技能认证服务中心",
     ids=[("qq_group", "634 592 817", "634592817"), ("phone", "0371-63218845", "+8637163218845")],
     body="""
<p>人工智能训练师共五个等级，零基础建议从五级开始。五级申报需相关工作满1年或学徒期满。</p>
<p>本中心五级1280元、四级1780元，含教材与模拟考试。</p>
<p>📞 0371-63218845<br>💬 QQ交流群：634 592 817（入群发学习资料）</p>
""")

# ---------------------------------------------------------------- U09 鹿鸣
page(path="/notes/hongshu-xiaolu.html", style="notes",
     title="宝妈在家也能考的证｜人工智能训练师五级",
     operator="U09", provider="小鹿老师AI考证",
     ids=[("wechat", "lu_teacher88", "lu_teacher88")],
     note="WeChat written as 薇",
     body="""
<div><b>小鹿老师AI考证</b> <button>关注</button></div>
<h1 style="font-size:18px">宝妈在家也能考的证｜人工智能训练师五级👩‍💻</h1>
<p>线上学，周末考，五级1580，四级2080～ 数据标注入门很友好<br>
有问题可以+薇：lu_teacher88 （备注红薯）<br>#人工智能训练师 #宝妈副业 #考证</p>
<h3>评论</h3><div class="cmt">糖糖：已加～</div><div class="cmt">匿名：可以补贴吗</div>
<div class="cmt"><b>小鹿老师AI考证</b>（作者）：回复 匿名：参保满一年可以申请哦</div>
""")

page(path="/mall/shop-luming.html", style="mall", extra={"goods_no": "100090215538"},
     title="人工智能训练师证书培训 五级四级 线上课程 鹿鸣教育旗舰店",
     operator="U09", provider="鹿鸣教育旗舰店",
     ids=[("wechat", "lu_teacher88", "lu_teacher88"), ("phone", "400-915-0688", "+864009150688")],
     note="WeChat only in image alt text",
     body="""
<h2>鹿鸣教育旗舰店 <small style="font-size:12px">店铺热线 400-915-0688</small></h2>
<h1 style="font-size:18px">人工智能训练师证书培训 五级/四级 线上课程 数据标注员</h1>
<p class="price">¥1580.00</p>
<table><tr><td>五级</td><td>¥1580</td></tr><tr><td>四级</td><td>¥2080</td></tr></table>
<p><img src="/img/luming-kf.png" alt="客服微信 lu_teacher88 扫码添加" width="160"></p>
<p><img src="/img/cert-sample.jpg" alt="证书样本 编号S000033010001253000518 仅供参考" width="300"></p>
""")

page(path="/sites/luming/index.html", style="site",
     title="鹿鸣职业教育 - 人工智能训练师网课",
     operator="U09", provider="鹿鸣职业教育",
     ids=[("phone", "400 915 0688", "+864009150688"), ("domain", "lumingedu.cn", "lumingedu.cn"),
          ("email", "bm@lumingedu.cn", "bm@lumingedu.cn")],
     body="""
<h1>鹿鸣职业教育</h1><div>首页 | 网课 | 认定 | 关于</div>
<p>人工智能训练师五级 1580 元，四级 2080 元，全国可报，线上学习。证书查询 www.osta.org.cn。</p>
<p><a href="tel:4009150688">☎ 400 915 0688</a> | 报名邮箱 bm@lumingedu.cn</p>
<div class="foot">© 2026 lumingedu.cn 鹿鸣职业教育 皖ICP备2024003318号-1</div>
""")
