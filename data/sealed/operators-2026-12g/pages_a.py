"""Offer pages of operators U01-U05."""
import uscc
from chrome import (mall, fenlei, wenda, mp, bbs, note, news, jobs, dirpage,
                    tuan, page, BUILDER, CERT_SAMPLE)

U02_USCC = uscc.make("91320106", "MA1Q7K3L")
U04_USCC = uscc.make("52440106", "MJL17263")

P = []


def add(path, offer, op, provider, ids, html, note_=""):
    P.append(dict(path=path, is_offer=offer, operator=op, provider=provider,
                  ids=ids, html=html, note=note_))


REVIEW_ORDER = '<div class="review">★★★★★ 已收到证书，订单号 13572046180 ，老师很负责，好评！</div>'
CERT_IMG = f'<img src="/img/zs-yangben.jpg" alt="证书样本 人工智能训练师 三级 证书编号{CERT_SAMPLE}">'
XIBAO = '<p>【喜报】恭喜我校学员顺利通过人工智能训练师（三级）认定！学员准考证号：2511030158 ，成绩：理论86 技能91。</p>'

# ======================= U01 智训 (Beijing) =======================
add("/mall/shop-zhixun.html", True, "U01", "智训未来官方旗舰店",
    [("phone", "+8613911027364", "139-1102-7364")],
    mall("人工智能训练师三级/四级 认证培训 线上直播+实操", "智训未来官方旗舰店", """
<h1>【智训未来】人工智能训练师 四级/三级 职业技能等级认定培训 含报名考务</h1>
<div class="price">￥<b>2680</b> 起 <s>￥3980</s> 已售 1372</div>
<table><tr><th>套餐</th><th>价格</th></tr>
<tr><td>四级（中级工）网课+实操+考务</td><td>￥2680</td></tr>
<tr><td>三级（高级工）网课+实操+考务</td><td>￥3580</td></tr></table>
<p>课程形式：直播42课时+录播回放，数据标注、智能训练实操项目，结课后由备案评价机构组织理论+技能考核，合格发放职业技能等级证书，可在技能人才评价工作网查询。</p>
<p>报考条件请咨询客服确认，不符合条件不收费。</p>
""" + REVIEW_ORDER + '<div class="review">★★★★ 课程内容比较实用，就是实操要自己多练。</div>', side="""
<div class="box"><h4>智训未来官方旗舰店</h4><p>店铺评分 4.8 | 开店 3 年</p>
<p>店铺信息：北京市海淀区中关村<br>联系电话：139-1102-7364（工作日）</p>
<p><a href="/mall/index.html">进店逛逛</a></p></div>"""), "phone in shop sidebar")

add("/zhixun/ai-trainer.html", True, "U01", "北京智训教育科技有限公司",
    [("phone", "+8613911027364", "13911027364"), ("phone", "+861082967315", "010-82967315"),
     ("wechat", "zhixun_ai2024", "zhixun_ai2024"), ("domain", "zhixunedu.cn", "www.zhixunedu.cn"),
     ("email", "service@zhixunedu.cn", "service@zhixunedu.cn")],
    page("人工智能训练师培训_北京智训教育", """
<div class="top"><div class="wrap">欢迎访问北京智训教育官网 www.zhixunedu.cn　咨询热线：<a href="tel:13911027364">13911027364</a>　座机：010-82967315</div></div>
<div class="wrap"><header><h2>智训教育 · ZHIXUN EDU</h2><nav><a href="/zhixun/ai-trainer.html">首页</a> | 课程中心 | 师资团队 | 证书查询 | 联系我们</nav></header>
<h1>人工智能训练师（4-04-05-05）职业技能等级认定培训班 12月开班</h1>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》，开设五级/四级/三级培训，理论30%+实操70%，周末班、晚班可选。</p>
<table><tr><th>等级</th><th>课时</th><th>培训费</th></tr>
<tr><td>五级（初级工）</td><td>60课时</td><td>1980元</td></tr>
<tr><td>四级（中级工）</td><td>50课时</td><td>2680元</td></tr>
<tr><td>三级（高级工）</td><td>40课时</td><td>3580元</td></tr></table>
<p>证书由备案评价机构颁发，可在 osta.mohrss.gov.cn 查询。有疑问也可拨打人社服务热线12333核实政策。</p>
<p>报名请添加招生老师微信：zhixun_ai2024，或发送简历至 service@zhixunedu.cn</p>
<footer><p>北京智训教育科技有限公司 地址：北京市海淀区中关村大街18号 电话：010-82967315</p>""" + BUILDER + """</footer></div>
<div class="float-kf">在线咨询<br><a href="tel:13911027364">电话咨询</a></div>"""),
    "own site; phone in top bar, landline, wechat in body")

add("/note/n-xiaozhi.html", True, "U01", "小智老师AI考证",
    [("wechat", "zhixun_ai2024", "zhixun_AI2024")],
    note("零基础转行AI训练师｜考证经验分享🔥", "小智老师AI考证", """
<p>姐妹们！最近好多人问AI训练师证怎么考，统一回复一下👇</p>
<p>1️⃣ 四级要相关工作经验，五级有一年相关工作就能报</p>
<p>2️⃣ 我们班线上直播+实操，四级 2680 三级 3580💰</p>
<p>3️⃣ 证书可以查，不是那种野鸡证</p>
<p>#人工智能训练师 #AI考证 #数据标注 #转行</p>""",
         [("momo酱", "三级多少钱呀"), ("小智老师AI考证", "私信发你了～看不到的加 vx：zhixun_AI2024"),
          ("路人甲", "这种是不是要交很多钱"), ("小智老师AI考证", "价格公开透明哈，有需要戳我")]),
    "wechat in author's comment reply (mixed case)")

# ======================= U02 鼎程 / 华培 (Nanjing) =======================
add("/fenlei/post-dingcheng.html", True, "U02", "鼎程教育",
    [("phone", "+864006907726", "400 690 7726")],
    fenlei("南京人工智能训练师考证培训 鼎程教育 名额有限", "南京", """
<h1>南京人工智能训练师考证培训 鼎程教育 名额有限</h1>
<p class="meta">发布时间：2026-11-21 浏览 2316 次 | 商家 | 类别：电脑/IT培训</p>
<table><tr><td>服务区域</td><td>鼓楼 秦淮 建邺 江宁</td></tr><tr><td>联系人</td><td>陈老师</td></tr>
<tr><td>联系电话</td><td>400 690 7726</td></tr></table>
<p>人工智能训练师 五级/四级/三级 招生啦！国家新职业，就业前景好，学完可从事数据标注、AI算法测试工作。</p>
<p>五级 1680元，四级 2280元，三级 2980元（含考务费），小班授课，报名送实操项目。</p>
""" + CERT_IMG), "400 number in contact table")

add("/dingcheng/kecheng.html", True, "U02", "南京鼎程人才服务有限公司",
    [("phone", "+864006907726", "4006-907-726"), ("uscc", U02_USCC, U02_USCC),
     ("other", "南京鼎程人才服务有限公司", "南京鼎程人才服务有限公司"), ("domain", "dingchengpx.com", "dingchengpx.com"),
     ("phone", "+862586637190", "025-86637190")],
    page("人工智能训练师课程_鼎程教育", f"""
<div class="wrap"><header><h2>鼎程教育 · 职业技能培训</h2><p>全国服务热线：<b>4006-907-726</b></p>
<nav><a href="/dingcheng/kecheng.html">课程</a> | 关于鼎程 | 联系方式</nav></header>
<h1>人工智能训练师 课程介绍</h1>
<p>面向数据标注员、人工智能算法测试员两个工种，按国家职业技能标准组织教学。</p>
<ul><li>五级：1680元 / 60课时</li><li>四级：2280元 / 50课时</li><li>三级：2980元 / 40课时</li></ul>
<h3>缴费方式</h3>
<table><tr><td>户名</td><td>南京鼎程人才服务有限公司</td></tr>
<tr><td>开户行</td><td>南京银行鼓楼支行</td></tr><tr><td>说明</td><td>转账请备注“姓名+AI训练师”</td></tr></table>
<footer><p>南京鼎程人才服务有限公司 统一社会信用代码：{U02_USCC}</p>
<p>地址：南京市鼓楼区中山北路 电话：025-86637190 网址：dingchengpx.com</p>{BUILDER}</footer></div>"""),
    "400 number in header, payee and USCC in footer/table")

add("/mp/article-huapei.html", True, "U02", "华培职业技能",
    [("other", "南京鼎程人才服务有限公司", "南京鼎程人才服务有限公司"), ("qq", "2851937460", "2851937460")],
    mp("人工智能训练师报名通道开启！附报考条件", "华培职业技能", "2026-11-28", f"""
<p>各位学员：2026年第四期人工智能训练师（四级、三级）职业技能等级认定报名现已开启。</p>
<p><b>报考条件</b>：四级需取得五级证书后从事本职业4年，或累计从事本职业6年；三级需取得四级证书后5年……具体以评价机构审核为准。</p>
<p><b>费用</b>：四级 2280元，三级 2980元。</p>
{XIBAO}
<p><b>缴费</b>：对公转账，收款单位：南京鼎程人才服务有限公司，发票由收款单位开具。</p>
<p>咨询QQ：2851937460（华培王老师）</p>
<p>证书查询：技能人才评价工作网，政策咨询拨打12333。</p>"""),
    "payee in body, QQ at end")

add("/jobs/job-huapei.html", True, "U02", "华培职业技能",
    [("qq", "2851937460", "2851937460"), ("phone", "+8618951736208", "18951736208")],
    jobs("AI数据标注员（可居家）6000-9000元", "南京华培职业技能服务中心", """
<h1>AI数据标注员（可居家） <span>6000-9000元/月</span></h1>
<p>南京 | 经验不限 | 学历不限 | 招10人</p>
<h3>职位描述</h3>
<p>1. 负责图片、文本、语音数据标注；2. 上岗前须持有人工智能训练师（数据标注员）证书，无证者可参加公司统一组织的岗前培训考证，培训费 2280 元，考证通过后安排上岗。</p>
<p>3. 联系人：王老师 18951736208 ，简历投递QQ邮箱或直接加QQ 2851937460</p>"""),
    "job post that sells the course; QQ shared with mp article")

# ======================= U03 启航 / 学无忧 =======================
add("/bbs/thread-qihang.html", True, "U03", "启航AI考证联盟",
    [("qq_group", "735418206", "735 418 206")],
    bbs("【经验】AI训练师四级一次过，附资料群", """
<h1>【经验】AI训练师四级一次过，附资料群</h1>
<div class="post"><p class="author">楼主：启航AI考证联盟 | 发表于 2026-11-09</p>
<p>上个月刚考完四级，理论82，实操88。分享一下：理论主要是数据采集和处理、数据标注、智能系统运维这几章，实操就是标注+清洗。</p>
<p>我们联盟这期还有四级/三级名额，四级 2380，三级 3280，包含培训和考务，资料群号：735 418 206 （进群备注论坛）</p></div>
<div class="post"><p class="author">2楼 xiaoyu_88</p><p>又是广告，举报了</p></div>
<div class="post"><p class="author">3楼 启航AI考证联盟</p><p>真实分享，不信可以进群看学员证书</p></div>"""),
    "QQ group written with spaces in the first post")

add("/wenda/q-baoming.html", True, "U03", "学无忧教育",
    [("qq_group", "735418206", "735418206"), ("qq", "1094528873", "QQ1094528873")],
    wenda("人工智能训练师在哪里报名？需要什么条件？", """
<h1>人工智能训练师在哪里报名？需要什么条件？</h1>
<p class="q">提问者：匿名用户 | 2026-11-15</p>
<div class="answer"><p><b>学无忧教育</b> 的回答：</p>
<p>你好，人工智能训练师是国家新职业（4-04-05-05），目前由备案的社会培训评价组织开展认定。五级需要累计一年相关工作经验，四级及以上需要对应的证书和年限。</p>
<p>我们机构可以代报名并提供培训，四级 2380，三级 3280。可以加资料交流群735418206，或者直接找我 QQ1094528873。</p></div>
<div class="answer"><p><b>热心网友</b> 的回答：</p><p>建议直接去当地人社局或者评价机构官网看，证书可以在技能人才评价工作网查询。</p></div>"""),
    "QQ group and QQ in answer")

add("/tuan/deal-xuewuyou.html", True, "U03", "学无忧教育",
    [("qq", "1094528873", "1094528873"), ("email", "1094528873@qq.com", "1094528873@qq.com")],
    tuan("学无忧 人工智能训练师四级 考证班", """
<h1>【学无忧】人工智能训练师（四级）考证班 团购价 ￥1999</h1>
<p>门市价 ￥2380 | 已售 416 | 随时退 · 过期退</p>
<h4>套餐内容</h4><ul><li>直播课 50 课时</li><li>实操项目 3 个</li><li>考务代报名 1 次</li></ul>
<h4>商家信息</h4><p>学无忧教育（线上授课）</p>
<h4>购买须知</h4><p>购买后请联系商家预约开班：扣扣 1094528873 ，资料发送至 1094528873@qq.com</p>"""),
    "QQ and QQ mailbox")

# ======================= U04 粤智 / 羊城 / 粤才 (Guangzhou) =======================
add("/dir/shop-yangcheng.html", True, "U04", "羊城智培",
    [("phone", "+862038526741", "（020）38526741")],
    dirpage("羊城智培（天河校区）", f"""
<h1>羊城智培（天河校区）</h1>
<table><tr><td>分类</td><td>教育培训 &gt; 职业技能培训</td></tr>
<tr><td>地址</td><td>广州市天河区体育西路</td></tr>
<tr><td>电话</td><td>（020）38526741</td></tr>
<tr><td>营业时间</td><td>周一至周日 9:00-21:00</td></tr></table>
<h3>商家介绍</h3><p>主营：人工智能训练师五级/四级/三级培训、数据标注员培训。五级 1580元，四级 2380元，三级 2980元。</p>
{CERT_IMG.replace("证书样本", "学员证书展示")}
<p><a href="/yuezhi/rgzn.html">访问商家网站</a></p>"""), "landline with area code in parentheses")

add("/yuezhi/rgzn.html", True, "U04", "广州粤智职业培训学校",
    [("phone", "+862038526741", "020-38526741"), ("email", "zhaosheng@yuezhipx.cn", "zhaosheng@yuezhipx.cn"),
     ("domain", "yuezhipx.cn", "yuezhipx.cn"), ("uscc", U04_USCC, U04_USCC),
     ("phone", "+8613602487153", "136 0248 7153")],
    page("人工智能训练师_广州粤智职业培训学校", f"""
<div class="wrap"><header><h2>广州粤智职业培训学校</h2><p>招生热线：020-38526741　手机：136 0248 7153</p></header>
<h1>人工智能训练师（数据标注员）培训招生简章</h1>
<p>我校为经人社部门审批的民办职业培训学校，开设人工智能训练师五级、四级、三级培训。</p>
<table><tr><th>级别</th><th>学费</th><th>培训周期</th></tr><tr><td>五级</td><td>1580元</td><td>4周</td></tr>
<tr><td>四级</td><td>2380元</td><td>5周</td></tr><tr><td>三级</td><td>2980元</td><td>6周</td></tr></table>
<p>考务费由评价机构收取，请直接缴入：户名 广东省南粤技能评价服务中心，账号 4400 1583 0260 5300 1288，不经我校转收。</p>
<p>报名邮箱：<a href="mailto:zhaosheng@yuezhipx.cn">zhaosheng@yuezhipx.cn</a></p>
<footer><p>广州粤智职业培训学校 统一社会信用代码：{U04_USCC} | yuezhipx.cn</p>{BUILDER}</footer></div>"""),
    "own site; landline, email, domain")

add("/mp/article-yuecai.html", True, "U04", "粤才教育",
    [("email", "zhaosheng@yuezhipx.cn", "zhaosheng#yuezhipx.cn"), ("wechat", "yuecai-jy", "yuecai-jy")],
    mp("广州｜人工智能训练师12月班报名，补贴政策解读", "粤才教育", "2026-11-30", f"""
<p>人工智能训练师列入多地急需紧缺职业目录，取得证书后符合条件的可按当地政策申领技能提升补贴（以人社部门公布为准）。</p>
<p>12月班：四级 2380 元，三级 2980 元，周末授课。</p>
{XIBAO}
<p>报名方式：发送“姓名+电话+报考等级”至邮箱 zhaosheng#yuezhipx.cn（#换成@），或加微信 yuecai-jy。</p>"""),
    "email obfuscated with # in body")

# ======================= U05 蓝鲸 / 鲸鱼 / 深蓝 =======================
add("/note/n-lanjing.html", True, "U05", "蓝鲸AI学院",
    [("wechat", "lanjing_ai66", "lanjing＿ai66")],
    note("宝妈在家也能做的AI副业！先考个证💪", "蓝鲸AI学院", """
<p>带娃之余学了AI训练师，现在接数据标注单子，一个月多赚三四千～</p>
<p>课程：五级 1299 / 四级 2199，送接单渠道</p>
<p>想了解的宝子私我，或者 V❤：lanjing＿ai66</p>
<p>#AI训练师 #宝妈副业 #在家赚钱</p>""",
         [("糖糖", "真的能接到单吗"), ("蓝鲸AI学院", "可以的，看主页"), ("小鹿", "求链接")]),
    "wechat with full-width underscore in note body")

add("/mall/shop-jingyu.html", True, "U05", "鲸鱼考证",
    [("wechat", "lanjing_ai66", "lanjing_ai66"), ("phone", "+8618620553917", "186-2055-3917")],
    mall("人工智能训练师五级四级 培训课程 送接单", "鲸鱼考证", """
<h1>鲸鱼考证 人工智能训练师 五级/四级 零基础入门 数据标注实操课</h1>
<div class="price">￥<b>1299</b> 起 已售 2041</div>
<p>五级 ￥1299 | 四级 ￥2199 | 课程有效期一年，结课推荐参加评价机构认定考核。</p>
<img src="/img/kf-qr.png" alt="客服微信二维码 lanjing_ai66 备注AI">
""" + '<div class="review">★★★★★ 客服回复很快，课程有实操。</div>', side="""
<div class="box"><h4>鲸鱼考证</h4><p>店铺评分 4.6</p></div>
<div class="float-kf">在线咨询<br>186-2055-3917<br>微信同号</div>"""),
    "wechat in image alt, mobile in floating widget")

add("/jobs/job-shenlan.html", True, "U05", "深蓝职培",
    [("phone", "+8618620553917", "+86 186 2055 3917")],
    jobs("AI训练师助理 包培训 4500-8000", "深蓝职培（广州）", f"""
<h1>AI训练师助理 <span>4500-8000元/月</span></h1>
<p>广州 | 无经验可 | 包培训</p>
<p>岗位要求：取得人工智能训练师五级或以上证书。无证人员需先参加岗前培训（五级 1299 元，四级 2199 元），考证后推荐就业。</p>
{CERT_IMG}
<p>考务费由评价机构直接收取：户名 广东省南粤技能评价服务中心，账号 4400 1583 0260 5300 1288（请勿转给个人）。</p>
<p>联系电话：+86 186 2055 3917（李经理）</p>"""), "international format mobile")
