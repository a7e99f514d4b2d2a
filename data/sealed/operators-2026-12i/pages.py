# -*- coding: utf-8 -*-
"""All page data of the web. ids = (kind, normalized value, written form on the page)."""
import uscc

U01_USCC = uscc.make("91110108", "MA01KX7B")
U03_USCC = uscc.make("91330106", "MA2H3N8C")
U05_USCC = uscc.make("91410105", "MA9GQ2T5")
U07_USCC = uscc.make("91310104", "MA1FR5W3")
I8_USCC = uscc.make("91370102", "MA3R7UK6")

CERT = ('<div class="sample"><img src="/img/cert-sample.jpg" alt="人工智能训练师证书样本">'
        '<p>证书样本(四级/中级工):证书编号 1330302605000127,可登录技能人才评价证书全国联网查询'
        ' zscx.osta.org.cn 查询真伪</p></div>')
TICKET = ('<p>往期学员准考证(已打码):准考证号 18826050710331,考点:市职业技能公共实训基地</p>')
FRAUD = ('<p class="warn">【防骗声明】近期有不法分子冒用"国家职业技能鉴定中心"名义,'
         '使用电话010-57268890向学员收取"加急出证费",与本机构无关,请勿转账。</p>')
FAKESITE = ('<p class="warn">提醒:证书请在官方平台查询,请勿在假冒查询网站 osta-zscx.com 输入身份证号。</p>')
P12333 = '<p>补贴政策以当地人社部门为准,可拨打人社服务热线12333咨询。</p>'
SF = '<p>考试通过后证书顺丰包邮到家(顺丰客服95338可查件)。</p>'
BANK = '<p>对公转账请务必核对户名,如有疑问可致电建设银行客服95533核实。</p>'
ANTI = '<p>警惕电信诈骗,全国反诈专用号码96110来电请接听。</p>'
FORM = ('<form class="lead"><h4>免费获取报考资料</h4><input name="name" placeholder="您的姓名">'
        '<input name="tel" placeholder="请输入手机号,如13800138000"><button>提交</button></form>')
OSTA = '<p>职业技能等级认定政策可查阅技能人才评价工作网 www.osta.org.cn。</p>'

PAGES = []


def P(path, site, title, body, is_offer=True, op=None, provider=None, ids=(), note="", extra_head=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer, operator=op,
                      provider=provider, ids=list(ids), note=note, extra_head=extra_head))


# ---------------------------------------------------------------- U01 北京智学汇
P("/zhixuehui/ai-course.html", "own", "人工智能训练师(四级/三级)认定培训 - 智学汇教育",
  f"""<header><a href="/zhixuehui/index.html"><img src="/zhixuehui/logo.png" alt="智学汇教育"></a>
<nav><a href="/zhixuehui/index.html">首页</a> | 课程中心 | 关于我们</nav>
<span class="tel">咨询热线:010-6278 1534</span></header>
<h1>人工智能训练师 职业技能等级认定培训班(2026年12月期)</h1>
<p>职业编码 4-04-05-05,工种:数据标注员 / 人工智能算法测试员。</p>
<table><tr><th>级别</th><th>培训课时</th><th>学费</th></tr>
<tr><td>五级/初级工</td><td>60课时</td><td>¥2680</td></tr>
<tr><td>四级/中级工</td><td>50课时</td><td>¥3280</td></tr>
<tr><td>三级/高级工</td><td>40课时</td><td>¥3980</td></tr></table>
<p>符合条件的学员取证后可申请技能提升补贴。</p>{P12333}
<p>招生咨询邮箱:zhaosheng@zhixuehui-edu.cn</p>{FORM}
<footer>北京智学汇教育科技有限公司 版权所有 统一社会信用代码:{U01_USCC}<br>
地址:北京市海淀区中关村大街27号 京ICP备2023018842号-1 官网:www.zhixuehui-edu.cn
<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> 建站热线 0755-23338866</p></footer>""",
  op="U01", provider="智学汇教育",
  ids=[("phone", "+861062781534", "010-6278 1534"), ("email", "zhaosheng@zhixuehui-edu.cn", "zhaosheng@zhixuehui-edu.cn"),
       ("uscc", U01_USCC, U01_USCC), ("domain", "zhixuehui-edu.cn", "www.zhixuehui-edu.cn")])

P("/shop/item-1021.html", "shop", "【京训职业培训旗舰店】人工智能训练师四级证书 线上直播+线下实操",
  f"""<div class="side"><h4>京训职业培训旗舰店</h4><p>店铺评分 4.8 | 已售 1306</p>
<p>售后/发票请发邮件:zhaosheng@zhixuehui-edu.cn</p><a class="btn" href="#">联系客服</a></div>
<h1>人工智能训练师(四级/中级工)认定培训 北京面授+线上直播</h1>
<p class="price">¥2980 <del>¥4200</del></p>
<p>适合:从事数据标注工作满一年的在职人员;课程含理论+实操,统一参加评价机构组织的认定考试。</p>
{CERT}
<p>报名老师手机:139-1186-2047(工作日9:00-18:00)</p>
<h3>买家评价</h3><div class="cmt">j***8:老师很负责,已经拿证。</div>""",
  op="U01", provider="京训职业培训旗舰店",
  ids=[("email", "zhaosheng@zhixuehui-edu.cn", "zhaosheng@zhixuehui-edu.cn"), ("phone", "+8613911862047", "139-1186-2047")])

P("/fenlei/post-3301.html", "fenlei", "北京 人工智能训练师证报名 五级四级三级 可申请补贴",
  """<h1>北京 人工智能训练师证报名 五级四级三级 可申请补贴</h1>
<p>发布者:AI训练师考证中心 | 区域:北京-海淀 | 浏览 2213 次</p>
<p>人工智能训练师,新职业,数据标注方向,人社职业技能等级认定。五级1980元起,四级2680元,三级3580元,
周末班/晚班。名额有限,报满即止。</p>
<p>联系电话:139 1186 2047 张老师(微信同号)</p>""",
  op="U01", provider="AI训练师考证中心",
  ids=[("phone", "+8613911862047", "139 1186 2047")],
  note="phone also said to be the WeChat (微信同号); only the phone is labeled")

P("/zhixuehui/index.html", "own", "智学汇教育 - 让职业更有未来",
  """<header><img src="/zhixuehui/logo.png" alt="智学汇教育"><nav>首页 | <a href="/zhixuehui/ai-course.html">课程中心</a> | 关于我们</nav></header>
<h1>智学汇教育</h1><p>专注职业教育与企业数字化人才培养十年。</p>
<ul><li><a href="/zhixuehui/ai-course.html">人工智能训练师认定培训</a></li><li>企业内训</li></ul>
<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> 建站热线 0755-23338866</p>""",
  is_offer=False, note="seller homepage, no offer and no contacts")

# ---------------------------------------------------------------- U02 深圳启航
P("/qihang/ai-trainer.html", "own", "人工智能训练师培训 - 深圳市启航职业技能培训学校",
  f"""<div class="topbar">全国服务热线:400-188-6520 &nbsp; 在线QQ:2846193057</div>
<h1>人工智能训练师 四级/三级 周末班</h1>
<p>深圳市人社局备案培训机构,课程依据《人工智能训练师国家职业技能标准(2021年版)》开发。</p>
<ul><li>四级(中级工):学费3200元,50课时</li><li>三级(高级工):学费3800元,40课时</li></ul>
<p>报名条件请以标准为准,老师一对一审核材料。</p>{OSTA}{FRAUD}{FORM}
<div class="float"><a href="tencent://message/?uin=2846193057">QQ咨询</a><br>400-188-6520</div>
<footer>深圳市启航职业技能培训学校 | 深圳市龙岗区龙城街道 | 粤ICP备2022113570号</footer>""",
  op="U02", provider="启航职业技能培训学校",
  ids=[("phone", "+864001886520", "400-188-6520"), ("qq", "2846193057", "2846193057")])

P("/mp/qihang-2026.html", "mp", "深圳人工智能训练师报名开始啦!最高可领补贴",
  f"""<h1>深圳人工智能训练师报名开始啦!最高可领补贴</h1>
<p class="meta">鹏城AI训练师报名处 2026-11-20 08:30 广东</p>
<p>很多小伙伴问,做数据标注能不能考证?答案是可以!人工智能训练师是人社部2020年发布的新职业。</p>
<p>本期开设四级、三级班,学费3000元起,线上理论+线下实操,考前集训。</p>
<p>报名咨询:4001886520(工作日)<br>或添加招生老师微信:qihang-px88(备注"AI训练师")</p>
{ANTI}
<p><a href="#">阅读原文</a></p>""",
  op="U02", provider="鹏城AI训练师报名处",
  ids=[("phone", "+864001886520", "4001886520"), ("wechat", "qihang-px88", "qihang-px88")])

P("/note/n-7781.html", "note", "数据标注员考个AI训练师证有用吗?亲测分享",
  """<h1>数据标注员考个AI训练师证有用吗?亲测分享</h1>
<p class="author">深训通-小鹿老师 · 深圳</p>
<p>做标注第二年,公司说有四级证加薪。报了个班,2980包教材,周末上课,考完一个月出证~
#人工智能训练师 #考证 #数据标注</p>
<h3>评论 38</h3>
<div class="cmt">momo:求机构</div>
<div class="cmt">深训通-小鹿老师 回复 momo:私信不回就加薇:QiHang-px88</div>
<div class="cmt">阿凯:考试难吗</div>""",
  op="U02", provider="深训通",
  ids=[("wechat", "qihang-px88", "QiHang-px88")])

# ---------------------------------------------------------------- U03 杭州数智
P("/wenda/q-2031.html", "wenda", "杭州哪里可以考人工智能训练师证?-知道帮",
  """<h1>杭州哪里可以考人工智能训练师证?</h1><p class="q">提问者:匿名用户 | 2026-10-02</p>
<div class="ans"><p><b>数标学院招生老师</b>(认证:教育培训)</p>
<p>你好,我们数标学院常年开设人工智能训练师五级、四级培训,杭州本地面授,五级2400元、四级2900元,
包含教材和模拟题。可以加我们的报考交流QQ群:738215946,群文件有报名材料清单。</p></div>
<div class="ans"><p><b>路人甲</b></p><p>也可以直接去看人社局公布的评价机构名单。</p></div>""",
  op="U03", provider="数标学院",
  ids=[("qq_group", "738215946", "738215946")])

P("/bbs/thread-5521.html", "bbs", "【杭州】AI训练师四级 有一起报班的吗 - 职场考证论坛",
  """<h1>【杭州】AI训练师四级 有一起报班的吗</h1>
<div class="floor"><b>楼主 小橙子</b><p>在做自动驾驶标注,想考四级,有没有靠谱的班?</p></div>
<div class="floor"><b>2楼 数标学院_陈老师</b><p>我们12月开新班,四级2900,两个月周末课,
有兴趣加群 738 215 946 ,或者加我Q 1538806274 详聊</p></div>
<div class="floor"><b>3楼 小橙子</b><p>好的已加</p></div>""",
  op="U03", provider="数标学院",
  ids=[("qq_group", "738215946", "738 215 946"), ("qq", "1538806274", "1538806274")])

P("/shop/item-1044.html", "shop", "【浙里考证】人工智能训练师五级/四级 杭州面授 可开发票",
  f"""<div class="side"><h4>浙里考证</h4><p>客服QQ:1538806274</p><a class="btn" href="#">联系客服</a></div>
<h1>人工智能训练师五级/四级 杭州面授 可开发票</h1><p class="price">¥2400 起</p>
<p>五级2400 / 四级2900,含教材、题库、实操机房。</p>
<p>企业团报请走对公:户名 杭州数智人才服务有限公司,开户行 杭州银行文三支行。</p>{BANK}
<p>下单后请联系客服确认开班时间。</p>""",
  op="U03", provider="浙里考证",
  ids=[("qq", "1538806274", "1538806274"), ("other", "杭州数智人才服务有限公司", "杭州数智人才服务有限公司")])

P("/tuan/deal-0088.html", "tuan", "【西湖区】杭州数智人才服务中心 人工智能训练师五级 团购价1999",
  f"""<h1>杭州数智人才服务中心 | 人工智能训练师五级培训 单人团购</h1>
<p class="price">团购价 ¥1999 <del>¥2400</del></p><p>已售 215 | 随时退 过期自动退</p>
<h3>购买须知</h3><p>有效期至2027-03-31;需预约;含教材。</p>{CERT}
<h3>商家资质</h3><p>营业执照名称:杭州数智人才服务有限公司 统一社会信用代码:{U03_USCC}</p>""",
  op="U03", provider="杭州数智人才服务中心",
  ids=[("other", "杭州数智人才服务有限公司", "杭州数智人才服务有限公司"), ("uscc", U03_USCC, U03_USCC)],
  note="company name here is the merchant licence name; on item-1044 it is the bank account holder")

# ---------------------------------------------------------------- U04 成都蜀才
P("/shucai/ai-xunlianshi.html", "own", "成都人工智能训练师培训报名 - 蜀才教育",
  f"""<header><b>蜀才教育</b> 成都职业技能培训 <span>招生电话:(028)8556-2310</span></header>
<h1>成都人工智能训练师(四级/三级)报名</h1>
<p>课程:数据采集和处理、数据标注、智能系统运维;三级另含业务分析、智能训练。</p>
<table><tr><td>四级</td><td>¥2880</td></tr><tr><td>三级</td><td>¥3680</td></tr></table>
<p>手机/微信:186 2803 7719 王老师</p>{P12333}{FRAUD}
<footer>成都蜀才教育咨询有限公司 © 2026 www.shucai-edu.com 蜀ICP备2021027718号
<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> 建站热线 0755-23338866</p></footer>""",
  op="U04", provider="蜀才教育",
  ids=[("phone", "+862885562310", "(028)8556-2310"), ("phone", "+8618628037719", "186 2803 7719"),
       ("domain", "shucai-edu.com", "www.shucai-edu.com")])

P("/jobs/job-2207.html", "jobs", "数据标注员(可考人工智能训练师证)4000-6000元 - 成都",
  f"""<h1>数据标注员(包培训考人工智能训练师证) 4000-6000元/月</h1>
<p>天府AI训练师考证 | 成都-高新区 | 经验不限 | 学历不限</p>
<h3>职位描述</h3><p>入职前需参加岗前培训并考取人工智能训练师五级证书,培训费1980元(取证后可申请补贴),
考证后推荐合作企业上岗。</p>{TICKET}
<p>联系人:王老师 18628037719 微信 scjy_2025</p>""",
  op="U04", provider="天府AI训练师考证",
  ids=[("phone", "+8618628037719", "18628037719"), ("wechat", "scjy_2025", "scjy_2025")],
  note="job post that is really a paid training offer")

P("/fenlei/post-3318.html", "fenlei", "成都 人工智能训练师 三级 高级工 报名 小班教学",
  """<h1>成都 人工智能训练师 三级 高级工 报名 小班教学</h1>
<p>发布者:蓉职通 | 区域:成都-武侯 | 2026-11-18</p>
<p>三级高级工3680,四级2880,理论加实操,考点在成都。在职人员周末上课。</p>
<p>加微信咨询 微 信 号 :SCJY_2025 (电话不常接,请加微信)</p>""",
  op="U04", provider="蓉职通",
  ids=[("wechat", "scjy_2025", "SCJY_2025")])

# ---------------------------------------------------------------- U05 河南豫才
P("/zhongyuan/baoming.html", "own", "河南人工智能训练师报名入口 - 中原技能人才服务",
  f"""<h1>中原技能人才服务 · 人工智能训练师报名</h1>
<p>郑州、洛阳、新乡均可报名。五级1800元,四级2600元,三级3400元。</p>
<p>报名电话:0371-65918826</p>{FAKESITE}{OSTA}
<footer>河南豫才教育咨询有限公司 统一社会信用代码 {U05_USCC} 豫ICP备2022009931号
<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> 建站热线 0755-23338866</p></footer>""",
  op="U05", provider="中原技能人才服务",
  ids=[("phone", "+8637165918826", "0371-65918826"), ("uscc", U05_USCC, U05_USCC)])

P("/news/2026-11-adv-yucai.html", "news", "新职业人工智能训练师持续走热 河南多地开班",
  f"""<h1>新职业人工智能训练师持续走热 河南多地开班</h1><p class="meta">2026-11-12 来源:推广</p>
<p>随着大模型应用落地,数据标注、模型测试岗位需求增加。记者了解到,豫才教育近期在郑州开设
人工智能训练师四级、三级培训班,学费2600元至3400元。</p>
<p>主办单位:河南豫才教育咨询有限公司(统一社会信用代码:{U05_USCC})
报名邮箱:yucai_edu@163.com</p>{P12333}""",
  op="U05", provider="豫才教育",
  ids=[("uscc", U05_USCC, U05_USCC), ("email", "yucai_edu@163.com", "yucai_edu@163.com")],
  note="advertorial on a news portal")

P("/wenda/q-2044.html", "wenda", "人工智能训练师四级在郑州怎么报名?-知道帮",
  """<h1>人工智能训练师四级在郑州怎么报名?</h1><p class="q">提问者:豆****2 | 2026-11-03</p>
<div class="ans"><p><b>河南AI训练师报名中心</b></p><p>郑州四级2600元,每月开班,
资料发邮箱 yucai_edu#163.com(#换成@),或者加QQ 3271190458 。</p></div>""",
  op="U05", provider="河南AI训练师报名中心",
  ids=[("email", "yucai_edu@163.com", "yucai_edu#163.com"), ("qq", "3271190458", "3271190458")])

# ---------------------------------------------------------------- U06 广州穗智
P("/tuan/deal-0102.html", "tuan", "【天河】羊城训练师考证 人工智能训练师四级 团购",
  f"""<h1>羊城训练师考证 | 人工智能训练师四级班</h1><p class="price">团购价 ¥2580</p>
<p>含50课时,实操机房,模拟考试两次。</p>{CERT}
<p>商家电话:137 2540 6318</p><p>地址:广州市天河区天河北路</p>""",
  op="U06", provider="羊城训练师考证",
  ids=[("phone", "+8613725406318", "137 2540 6318")])

P("/note/n-7790.html", "note", "广州考AI训练师四级,三个月拿证✅",
  """<h1>广州考AI训练师四级,三个月拿证✅</h1><p class="author">粤技通 · 广州</p>
<p>宝子们!四级理论+实操都过了~ 我们这边2580一期,周末班,有需要的扣1
#人工智能训练师 #广州考证</p><h3>评论 12</h3>
<div class="cmt">Lily:1</div>
<div class="cmt">粤技通 回复 Lily:电话13725406318,或者+v: gzsz-ai</div>""",
  op="U06", provider="粤技通",
  ids=[("phone", "+8613725406318", "13725406318"), ("wechat", "gzsz-ai", "gzsz-ai")])

P("/mp/suizhi-ai.html", "mp", "穗智教育|人工智能训练师12月班招生简章",
  f"""<h1>穗智教育|人工智能训练师12月班招生简章</h1><p class="meta">穗智教育 2026-11-25 广东</p>
<p>开设等级:五级、四级、三级。学费:五级1980,四级2580,三级3380。</p>
<p>全国免费咨询:800-830-6677</p>
<p><img src="/mp/qr-sz.png" alt="扫码添加招生老师 微信号:gzsz-ai"></p>
<p>官网:suizhi-edu.cn</p>{ANTI}{SF}{OSTA}""",
  op="U06", provider="穗智教育",
  ids=[("phone", "+868008306677", "800-830-6677"), ("wechat", "gzsz-ai", "gzsz-ai"), ("domain", "suizhi-edu.cn", "suizhi-edu.cn")])

# ---------------------------------------------------------------- U07 上海申领
P("/shenling/course.html", "own", "申领职业培训 | 上海人工智能训练师认定培训",
  f"""<header><b>申领职业培训</b><span>021-54893316</span></header>
<h1>上海人工智能训练师 四级/三级 认定培训</h1>
<p>上海急需紧缺职业,符合条件者可享补贴。四级3100元,三级3900元。</p>{FRAUD}{FORM}
<p>合作与投诉:service@shenling-edu.com</p>
<footer>上海申领企业管理咨询有限公司 统一社会信用代码:{U07_USCC} shenling-edu.com 沪ICP备2020047113号
<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> 建站热线 0755-23338866</p></footer>""",
  op="U07", provider="申领职业培训",
  ids=[("phone", "+862154893316", "021-54893316"), ("email", "service@shenling-edu.com", "service@shenling-edu.com"),
       ("domain", "shenling-edu.com", "shenling-edu.com"), ("uscc", U07_USCC, U07_USCC)])

P("/shop/item-1066.html", "shop", "【沪上AI训练师】人工智能训练师三级 上海面授 急需紧缺职业",
  f"""<div class="side"><h4>沪上AI训练师</h4><p>咨询电话 (021)5489-3316</p><p>QQ 903317284</p></div>
<h1>人工智能训练师三级(高级工) 上海面授班</h1><p class="price">¥3900</p>{SF}
<p>适合已取得四级证书并满足年限的学员,老师协助审核报名材料。</p>
<p>课程内容:业务分析、智能训练、智能系统设计、培训与指导。</p>""",
  op="U07", provider="沪上AI训练师",
  ids=[("phone", "+862154893316", "(021)5489-3316"), ("qq", "903317284", "903317284")])

P("/bbs/thread-5530.html", "bbs", "上海AI训练师报班避坑+推荐 - 职场考证论坛",
  f"""<h1>上海AI训练师报班避坑+推荐</h1>
<div class="floor"><b>楼主 申城技能</b><p>做了几年培训,说点实话:三级要四级证加年限,
说零基础直接三级的都别信。我们这边四级3100,三级3900,正规认定。
有问题可以扣扣找我:903 317 284 。对公户名:上海申领企业管理咨询有限公司</p>{BANK}</div>
<div class="floor"><b>2楼 aaa</b><p>又是广告</p></div>""",
  op="U07", provider="申城技能",
  ids=[("qq", "903317284", "903 317 284"), ("other", "上海申领企业管理咨询有限公司", "上海申领企业管理咨询有限公司")])

# ---------------------------------------------------------------- U08 武汉楚天数智
P("/fenlei/post-3325.html", "fenlei", "武汉 人工智能训练师证 五级四级 楚天数智学院",
  f"""<h1>武汉 人工智能训练师证 五级四级 楚天数智学院</h1>
<p>发布者:楚天数智学院 | 区域:武汉-洪山</p>
<p>五级1880,四级2680,光谷校区上课。{TICKET}</p>
<p>电话:155-2709-3364 微信:whctsz01</p>""",
  op="U08", provider="楚天数智学院",
  ids=[("phone", "+8615527093364", "155-2709-3364"), ("wechat", "whctsz01", "whctsz01")])

P("/wenda/q-2052.html", "wenda", "武汉人工智能训练师证多少钱?-知道帮",
  """<h1>武汉人工智能训练师证多少钱?</h1><p class="q">提问者:匿名用户</p>
<div class="ans"><p><b>江城训练师之家</b></p><p>五级一般两千左右,四级两千六七。
我们江城训练师之家有学员交流QQ群612734590,老师V:whctsz01</p></div>""",
  op="U08", provider="江城训练师之家",
  ids=[("wechat", "whctsz01", "whctsz01"), ("qq_group", "612734590", "612734590")])

P("/jobs/job-2215.html", "jobs", "AI数据标注实习生(带证上岗)- 武汉",
  """<h1>AI数据标注实习生(带证上岗) 3500-5000元/月</h1><p>江城训练师之家 | 武汉-洪山</p>
<p>零经验可培训,先参加人工智能训练师五级培训(费用1880元),取证后推荐实习。</p>
<p>有意者进群了解:群号:612734590</p>""",
  op="U08", provider="江城训练师之家",
  ids=[("qq_group", "612734590", "612734590")])

# ---------------------------------------------------------------- U09 西安秦才
P("/qincai/ai.html", "own", "秦才培训 - 西安人工智能训练师",
  f"""<div class="topbar">服务热线 400-029-8816</div><h1>西安人工智能训练师 五级/四级</h1>
<p>五级1900元,四级2700元,钟楼校区。</p>{FORM}
<p>资料索取:qincai_px@163.com</p>{SF}{P12333}
<footer>秦才培训 陕ICP备2023004419号</footer>""",
  op="U09", provider="秦才培训",
  ids=[("phone", "+864000298816", "400-029-8816"), ("email", "qincai_px@163.com", "qincai_px@163.com")])

P("/shop/item-1088.html", "shop", "【长安AI技能中心】人工智能训练师四级 西安面授",
  """<div class="side"><h4>长安AI技能中心</h4><p>报名专线 400 029 8816</p></div>
<h1>人工智能训练师四级 西安面授 周末班</h1><p class="price">¥2700</p>
<p>含教材、上机实操、模拟考试。</p>""",
  op="U09", provider="长安AI技能中心",
  ids=[("phone", "+864000298816", "400 029 8816")])

P("/note/n-7802.html", "note", "西安考人工智能训练师攻略(附报名方式)",
  """<h1>西安考人工智能训练师攻略(附报名方式)</h1><p class="author">三秦考证通</p>
<p>1. 先确认级别和条件 2. 准备材料 3. 报班培训 4. 参加认定考试。我们四级2700。</p>
<p>平台不让留联系方式,资料发邮箱:qincai_px (at) 163.com</p>""",
  op="U09", provider="三秦考证通",
  ids=[("email", "qincai_px@163.com", "qincai_px (at) 163.com")])

# ---------------------------------------------------------------- independents
P("/shop/item-1102.html", "shop", "【星火考证工作室】人工智能训练师五级 线上网课",
  f"""<div class="side"><h4>星火考证工作室</h4><p>手机 177 0921 3348</p></div>
<h1>人工智能训练师五级 线上网课 随到随学</h1><p class="price">¥1680</p>{CERT}{BANK}""",
  provider="星火考证工作室", ids=[("phone", "+8617709213348", "177 0921 3348")])

P("/fenlei/post-3340.html", "fenlei", "个人 人工智能训练师四级 代报名 辅导",
  f"""<h1>个人 人工智能训练师四级 辅导报名</h1><p>发布者:李老师(个人)| 区域:郑州</p>
<p>四级辅导2200,提供题库。{TICKET}</p>
<p>电话 150-9372-8814 微信 lilaoshi_ai</p>""",
  provider="李老师", ids=[("phone", "+8615093728814", "150-9372-8814"), ("wechat", "lilaoshi_ai", "lilaoshi_ai")])

P("/bbs/thread-5540.html", "bbs", "推荐一个AI训练师网课 - 职场考证论坛",
  """<h1>推荐一个AI训练师网课</h1>
<div class="floor"><b>楼主 智领未来教育</b><p>人工智能训练师五级/四级网课,1580起,录播+直播答疑。
咨询QQ:1184602297</p></div>""",
  provider="智领未来教育", ids=[("qq", "1184602297", "1184602297")])

P("/mp/longde-ai.html", "mp", "龙德教育|济南人工智能训练师四级开班通知",
  f"""<h1>龙德教育|济南人工智能训练师四级开班通知</h1><p class="meta">龙德教育 2026-11-08 山东</p>
<p>四级2500元,12月12日开班。报名电话:0531-88902167</p>{P12333}{ANTI}""",
  provider="龙德教育", ids=[("phone", "+8653188902167", "0531-88902167")])

P("/tuan/deal-0115.html", "tuan", "【岳麓区】湘智职业培训 人工智能训练师五级 团购",
  f"""<h1>湘智职业培训 | 人工智能训练师五级</h1><p class="price">团购价 ¥1780</p>
<p>商家电话:13975162280</p>{ANTI}{SF}""",
  provider="湘智职业培训", ids=[("phone", "+8613975162280", "13975162280")])

P("/note/n-7815.html", "note", "宁波AI训练师周末班开课啦",
  """<h1>宁波AI训练师周末班开课啦</h1><p class="author">甬上AI学堂</p>
<p>五级1800/四级2500,小班。想了解的dd或加v:nbai_2026</p>""",
  provider="甬上AI学堂", ids=[("wechat", "nbai_2026", "nbai_2026")])

P("/wenda/q-2060.html", "wenda", "人工智能训练师网课哪家好?-知道帮",
  """<h1>人工智能训练师网课哪家好?</h1><p class="q">提问者:匿名用户</p>
<div class="ans"><p><b>知行教育</b></p><p>我们知行教育的网课五级1500,四级2300,
需要课表发邮件 ai_peixun@126.com 。</p></div>""",
  provider="知行教育", ids=[("email", "ai_peixun@126.com", "ai_peixun@126.com")])

P("/kaizheng/ai-trainer.html", "own", "凯正教育 · 人工智能训练师培训",
  f"""<header><a href="/kaizheng/index.html">凯正教育</a> | 咨询:0531-86175520</header>
<h1>人工智能训练师 四级/三级 培训</h1><p>四级2600元,三级3500元,济南历下校区。</p>
{FRAUD}{FAKESITE}{CERT}
<footer>山东凯正教育科技有限公司 统一社会信用代码 {I8_USCC} www.kaizheng-px.com 鲁ICP备2022031266号
<p class="builder">技术支持:<a href="http://www.xunjie-jz.com/">讯捷建站</a> 建站热线 0755-23338866</p></footer>""",
  provider="凯正教育",
  ids=[("phone", "+8653186175520", "0531-86175520"), ("uscc", I8_USCC, I8_USCC), ("domain", "kaizheng-px.com", "www.kaizheng-px.com")])

# ---------------------------------------------------------------- non-offers
P("/kaizheng/index.html", "own", "凯正教育 - 首页",
  """<h1>凯正教育</h1><p>山东本地职业教育品牌。</p>
<ul><li><a href="/kaizheng/ai-trainer.html">人工智能训练师培训</a></li><li>企业内训(敬请期待)</li></ul>""",
  is_offer=False, note="seller homepage without offer or contacts")

P("/shop/item-1110.html", "shop", "【健康优学】健康管理师三级 网课+题库",
  """<div class="side"><h4>健康优学</h4><p>咨询 136 1571 8890</p></div>
<h1>健康管理师三级 网课+题库</h1><p class="price">¥1280</p><p>卫生健康行业热门证书。</p>""",
  is_offer=False, provider="健康优学", ids=[("phone", "+8613615718890", "136 1571 8890")],
  note="different occupation (健康管理师), not an AI-trainer offer")

P("/news/warn-2026-10.html", "news", "警惕!有人冒充鉴定中心收取“加急出证费”",
  """<h1>警惕!有人冒充鉴定中心收取"加急出证费"</h1><p class="meta">2026-10-21 大河资讯网</p>
<p>近日,多名人工智能训练师考生反映,接到自称"国家职业技能鉴定中心"工作人员的电话(010-57268890),
称证书需缴纳"加急出证费"。人社部门提醒:职业技能等级证书可在 zscx.osta.org.cn 免费查询,
不存在加急费。如遇诈骗请拨打110或反诈专线96110,政策咨询拨打12333。</p>""",
  is_offer=False, note="warning article quoting a scam number")

P("/news/fake-query-sites.html", "news", "仿冒证书查询网站又现身 考生需认准官方平台",
  """<h1>仿冒证书查询网站又现身 考生需认准官方平台</h1><p class="meta">2026-09-30 大河资讯网</p>
<p>2022年人社部、中央网信办曾关停14个仿冒查询网站。近期又有 osta-zscx.com 等网站仿冒官方
查询页面,诱导考生输入身份证号并付费"加急"。官方查询入口为 zscx.osta.org.cn。</p>""",
  is_offer=False, note="warning article quoting a fake site")

P("/bbs/thread-5512.html", "bbs", "【求助】人工智能训练师证书到底有没有用? - 职场考证论坛",
  """<h1>【求助】人工智能训练师证书到底有没有用?</h1>
<div class="floor"><b>楼主 路过的猫</b><p>看到很多广告说零基础直接考三级,包过,是真的吗?</p></div>
<div class="floor"><b>2楼 老张</b><p>三级要求四级证加年限,零基础直接三级的基本是忽悠。
可以打12333问当地人社。</p></div>""",
  is_offer=False, note="forum question")

P("/wenda/q-2070.html", "wenda", "人工智能训练师和生成式人工智能系统应用员是一个证吗?-知道帮",
  """<h1>人工智能训练师和生成式人工智能系统应用员是一个证吗?</h1>
<div class="ans"><p><b>热心网友</b></p><p>不是。人工智能训练师是4-04-05-05,
生成式人工智能系统应用员是4-04-05-13,是两个职业。可到 www.osta.org.cn 查职业信息。</p></div>""",
  is_offer=False, note="neutral Q&A")
