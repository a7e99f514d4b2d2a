"""Independent offers (no operator) and non-offer pages (list pages added by gen.py)."""
from util import make_uscc
from pages_a import page

USCC_I4 = make_uscc("52330102", "MJ8E4R7A")   # 杭州市上城区西子职业技能培训学校（民办非企业）
USCC_I8 = make_uscc("91440106", "MA9UK3PD")   # 广州智汇职业培训有限公司

# ---------------------------------------------------------------- independents
page(path="/mall/shop-yunfan.html", style="mall", extra={"goods_no": "100077120394"},
     title="人工智能训练师五级四级培训 杭州 云帆职业教育专营店",
     operator=None, provider="云帆职业教育专营店",
     ids=[("phone", "0571-8697 3152", "+8657186973152"), ("wechat", "yunfan_kf", "yunfan_kf")],
     body="""
<h2>云帆职业教育专营店</h2>
<div class="side">店铺电话：0571-8697 3152<br>客服微信：yunfan_kf</div>
<h1 style="font-size:18px">人工智能训练师 五级/四级 培训+认定报名 杭州本地</h1>
<p class="price">¥1500.00</p>
<p>五级1500元，四级2000元。认定费另缴至评价机构账户（户名：浙江省技能人才评价管理服务中心 账号：1202 0217 0920 0088 126）。</p>
<p>政策咨询：浙江省技能人才评价管理服务中心 0571-85102356。</p>
<p><img src="/img/cert-sample.jpg" alt="证书样本 编号S000033010001253000518 仅供参考" width="300"></p>
""")

page(path="/mall/shop-boya.html", style="mall", extra={"goods_no": "100064490871"},
     title="AI训练师证 三级 四级 网课 题库 博雅技能培训店",
     operator=None, provider="博雅技能培训店",
     ids=[("qq", "1647220953", "1647220953")],
     body="""
<h2>博雅技能培训店</h2>
<h1 style="font-size:18px">人工智能训练师 三级/四级 网课+题库+实操视频</h1>
<p class="price">¥699.00 - ¥1299.00</p>
<p>四级网课题库 699 元，三级网课题库+实操 1299 元。购买后联系客服QQ 1647220953 开通。</p>
<p style="color:#c00">本店提醒：QQ 3328561190 冒充本店客服收取“出证费”，本店不出售证书，只提供课程。</p>
""")

page(path="/fenlei/cd-xinrui.html", style="fenlei", extra={"city": "成都", "post_no": "46040217735"},
     title="成都人工智能训练师 四级三级培训 鑫锐教育",
     operator=None, provider="成都鑫锐教育",
     ids=[("phone", "139 8056 2417", "+8613980562417"), ("wechat", "xinrui-edu", "xinrui-edu")],
     body="""
<h1 style="font-size:20px">成都人工智能训练师 四级三级培训 武侯区开班</h1>
<table><tr><td>机构</td><td>成都鑫锐教育</td></tr><tr><td>电话</td><td>139 8056 2417</td></tr>
<tr><td>微信</td><td>xinrui-edu</td></tr></table>
<p>四级1800元，三级2500元，证书全国联网可查（zscx.osta.org.cn）。</p>
""")

page(path="/sites/xizi/index.html", style="site",
     title="杭州市上城区西子职业技能培训学校",
     operator=None, provider="西子职业技能培训学校",
     ids=[("phone", "0571-88236047", "+8657188236047"), ("email", "xizi_px@163.com", "xizi_px@163.com"),
          ("uscc", USCC_I4, USCC_I4)],
     body=f"""
<h1>杭州市上城区西子职业技能培训学校</h1><div>学校概况 | 招生专业 | 通知公告 | 联系我们</div>
<h2>人工智能训练师（五级/四级）培训招生</h2>
<p>五级培训费1100元，四级1600元。认定费按评价机构标准另行缴纳（户名：浙江省技能人才评价管理服务中心 账号：1202 0217 0920 0088 126）。</p>
<p>补贴政策咨询：12333；省中心咨询电话 0571-85102356。证书查询：www.osta.org.cn</p>
<p style="color:#c00;font-size:13px">近期有人冒充我校老师拨打 0371-65982210 推销“免考证”，请勿相信。</p>
<div class="foot">联系电话：0571-88236047 | 邮箱：xizi_px@163.com | 统一社会信用代码：{USCC_I4}</div>
""")

page(path="/qa/wenda-qizhi.html", style="wenda",
     title="人工智能训练师三级多少钱？_问答堂",
     operator=None, provider="启智考证网",
     ids=[("phone", "159-2736-4408", "+8615927364408")],
     body="""
<h1 style="font-size:20px">人工智能训练师三级多少钱？</h1>
<div class="cmt"><b>启智考证网</b><br>各地不一样，我们这边三级培训2400元，四级1700元，认定费另算。咨询 159-2736-4408。</div>
<div class="cmt">网友：别找中介，直接找学校。</div>
""")

page(path="/notes/hongshu-lisa.html", style="notes",
     title="上岸！人工智能训练师四级备考经验",
     operator=None, provider="Lisa学姐AI考证",
     ids=[("wechat", "lisa_ai2026", "lisa_ai2026")],
     body="""
<div><b>Lisa学姐AI考证</b></div>
<h1 style="font-size:18px">上岸！人工智能训练师四级备考经验📒</h1>
<p>我自己整理的四级实操笔记+题库，带学 999 元，想要的戳我 wx: lisa_ai2026</p>
<div class="cmt">嘉嘉：笔记可以单买吗</div>
""")

page(path="/mp/suzhou-jineng.html", style="mp", extra={"account": "苏州技能提升服务站", "date": "2026-11-25"},
     title="人工智能训练师培训报名通知（第12期）",
     operator=None, provider="苏州技能提升服务站",
     ids=[("phone", "189-1405-7262", "+8618914057262")],
     body="""
<p>第12期人工智能训练师五级、四级培训报名中：五级1300元，四级1800元。</p>
<p>认定计划编号：RD2026121533010047。政策咨询：12333。</p>
<p>报名电话：189-1405-7262</p>
<p style="font-size:13px;color:#c00">提醒：手机号 15093327781 冒充“技能提升服务站”，与本站无关。</p>
""")

page(path="/news/zhihui-ruanwen.html", style="news",
     title="数字经济催生新职业 广州智汇职业培训学校开设人工智能训练师课程",
     operator=None, provider="广州智汇职业培训学校",
     ids=[("phone", "020-8756 3310", "+862087563310"), ("domain", "www.zhihuipx.com", "zhihuipx.com"),
          ("uscc", USCC_I8, USCC_I8)],
     note="advertorial on a news portal",
     body=f"""
<div class="topbar"><a href="/news/index.html">南粤资讯网</a> &gt; 教育 &gt; 正文 | 新闻热线 020-6688 1000</div>
<h1>数字经济催生新职业 广州智汇职业培训学校开设人工智能训练师课程</h1>
<p style="color:#888">2026-11-16 来源：南粤资讯网 [推广]</p>
<p>随着大模型应用加速落地，数据标注、算法测试等岗位需求旺盛。广州智汇职业培训学校推出人工智能训练师四级、三级课程，四级2200元，三级2900元。</p>
<p>证书可登录 zscx.osta.org.cn 查询。咨询电话：020-8756 3310，官网 www.zhihuipx.com。</p>
<p style="font-size:12px;color:#888">（广州智汇职业培训有限公司，统一社会信用代码 {USCC_I8}）</p>
<div class="foot">南粤资讯网 新闻热线 020-6688 1000 · 本文为推广信息，不代表本网观点</div>
""")

# ---------------------------------------------------------------- non-offers
page(path="/fenlei/gz-diangong.html", style="fenlei", extra={"city": "广州", "post_no": "46038817260"},
     is_offer=False, title="广州低压电工证 焊工证 高处作业证 报名",
     operator=None, provider=None, ids=[],
     note="offer for a different occupation (特种作业), not an AI-trainer offer",
     body="""
<h1 style="font-size:20px">广州低压电工证 焊工证 高处作业证 报名 应急管理局可查</h1>
<table><tr><td>联系人</td><td>陈工</td></tr><tr><td>电话</td><td>137 2884 9130</td></tr></table>
<p>低压电工作业 680 元，熔化焊接与热切割 880 元，高处作业 600 元。理论+实操，考试合格发特种作业操作证。</p>
""")

page(path="/qa/wenda-question.html", style="wenda", is_offer=False,
     title="网上说交钱就能拿人工智能训练师证，是真的吗？_问答堂",
     operator=None, provider=None, ids=[],
     body="""
<h1 style="font-size:20px">网上说交钱就能拿人工智能训练师证，是真的吗？</h1>
<p>有人加我微信说 3000 块三个等级一起拿，不用考试，靠谱吗？</p>
<div class="cmt"><b>最佳答案</b>：不靠谱。职业技能等级认定必须参加理论和实操考核，等级之间有工作年限要求，不可能一次拿三个等级。证书真伪请在 zscx.osta.org.cn 查询，有疑问打 12333。</div>
<div class="cmt">网友：之前有人用 0371-65982210 给我打过电话，也是这么说的，已举报。</div>
""")

page(path="/sites/biaodian/index.html", style="site", is_offer=False,
     title="杭州标点数据科技有限公司 - 数据标注 | 模型评测",
     operator=None, provider=None, ids=[],
     note="data-annotation company homepage with job ads; no course offer",
     body="""
<h1>标点数据 BIAODIAN DATA</h1><div>首页 | 解决方案 | 加入我们 | 联系</div>
<p>专业的AI数据服务商：图像、语音、文本标注，大模型评测与RLHF数据。</p>
<h2>招聘：数据标注员 / 人工智能训练师（若干）</h2>
<p>持有人工智能训练师证书者优先，月薪 6K-9K。简历投递 hr@biaodiandata.com。</p>
<div class="foot">杭州标点数据科技有限公司 · 电话 0571-8612 0388 · 浙ICP备2020019983号</div>
""")

page(path="/sites/jiangcheng/index.html", style="site", is_offer=False,
     title="江城职业技术学院 - 首页",
     operator=None, provider=None, ids=[],
     note="vocational college homepage; no offer",
     body="""
<h1>江城职业技术学院</h1><div>学院概况 | 院系设置 | 招生就业 | 信息公开</div>
<h3>通知公告</h3><ul><li>关于2027年单招工作的通知</li><li>我院获批人工智能技术应用专业</li>
<li>关于做好冬季校园安全工作的通知</li></ul>
<div class="foot">地址：武汉市江夏区藏龙大道 99 号 | 招生电话 027-8563 1200 | 鄂ICP备05004526号</div>
""")

page(path="/news/shanzhai-warning.html", style="news", is_offer=False,
     title="警惕！“人工智能训练师”证书骗局又出新花样",
     operator=None, provider=None, ids=[],
     body="""
<div class="topbar"><a href="/news/index.html">南粤资讯网</a> &gt; 社会 &gt; 正文 | 新闻热线 020-6688 1000</div>
<h1>警惕！“人工智能训练师”证书骗局又出新花样</h1>
<p>记者调查发现，一些不法分子冒充人社部门工作人员，使用座机 0371-65982210 以及微信号 rsj_zhengshu01，
以“内部名额”“免考直接拿证”为名收取数千元费用。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，须经理论和技能考核，可在技能人才评价证书全国联网查询平台 zscx.osta.org.cn 查询；人社部门不会通过个人微信收费。</p>
<p>如遇可疑情况可拨打 12333 咨询或向公安机关报案。</p>
<div class="foot">南粤资讯网 新闻热线 020-6688 1000</div>
""")

page(path="/news/pianju-baodao.html", style="news", is_offer=False,
     title="花6800元买的“人工智能训练师证”查不到 多名受害人报警",
     operator=None, provider=None, ids=[],
     body="""
<div class="topbar"><a href="/news/index.html">南粤资讯网</a> &gt; 社会 &gt; 正文 | 新闻热线 020-6688 1000</div>
<h1>花6800元买的“人工智能训练师证”查不到 多名受害人报警</h1>
<p>多名受害人反映，对方自称“培训机构老师”，使用手机号 150 9332 7781 和 QQ 3328561190 联系，承诺“不用考试，三个等级一起拿”。
付款后收到的证书在全国联网平台查不到，对方随即失联。此前还有人接到 0371-65982210 的类似电话。</p>
<p>律师表示，这种“包过”“免考”的承诺本身就违反广告法，消费者可向市场监管部门投诉。</p>
<div class="foot">南粤资讯网 新闻热线 020-6688 1000</div>
""")

page(path="/news/policy-guide.html", style="news", is_offer=False,
     title="人工智能训练师报考指南：等级、条件与证书查询",
     operator=None, provider=None, ids=[],
     body="""
<div class="topbar"><a href="/news/index.html">南粤资讯网</a> &gt; 教育 &gt; 正文 | 新闻热线 020-6688 1000</div>
<h1>人工智能训练师报考指南：等级、条件与证书查询</h1>
<p>人工智能训练师（4-04-05-05）设五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师五个等级。
五级要求累计从事本职业或相关职业工作1年（含）以上，或本职业学徒期满。</p>
<p>证书查询：技能人才评价工作网 www.osta.org.cn、全国联网查询 zscx.osta.org.cn。政策咨询：12333。</p>
<div class="foot">南粤资讯网 新闻热线 020-6688 1000</div>
""")

page(path="/news/chucai-ruanwen.html", style="news",
     title="新职业新机遇：人工智能训练师成武汉青年就业新选择",
     operator="U07", provider="楚才职业技能评价",
     ids=[("phone", "027－8762 5530", "+862787625530")],
     note="advertorial on the news portal; landline with full-width dash",
     body="""
<div class="topbar"><a href="/news/index.html">南粤资讯网</a> &gt; 教育 &gt; 正文 | 新闻热线 020-6688 1000</div>
<h1>新职业新机遇：人工智能训练师成武汉青年就业新选择</h1>
<p style="color:#888">2026-11-08 来源：南粤资讯网 [推广]</p>
<p>在武汉光谷，越来越多年轻人通过考取人工智能训练师证书进入数据标注、模型评测行业。楚才职业技能评价负责人介绍，
该机构开设四级、三级课程，学费分别为1900元和2600元，学员须通过理论知识考试和操作技能考核方可取证。</p>
<p>报名咨询：027－8762 5530</p>
<div class="foot">南粤资讯网 新闻热线 020-6688 1000 · 本文为推广信息，不代表本网观点</div>
""")
