# -*- coding: utf-8 -*-
"""Generator for the sealed operators web 2026-12b. stdlib only.
Run: python3 gen.py  -> writes site/ and truth.json next to this file."""
import json, os, shutil
from gen_common import uscc, fw, spans

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')

U1 = uscc('91330106', 'MA2H7K3Q')   # T01 杭州
U2 = uscc('91440300', 'MA5F8L2R')   # T02 深圳
U4 = uscc('91510107', 'MA6C9J3U')   # T04 成都
U7 = uscc('91310115', 'MA1K4W8N')   # T07 上海
U9 = uscc('91320105', 'MA27QX4D')   # T09 南京
UI3 = uscc('52370102', 'MJD33061')  # I03 济南 民办非企业

COMMENT = '<!-- sealed test web 2026-12b: fictional page; organisations, people, phones, sites are invented -->'

MALL_FOOT = ('<div class="mfoot">''<p>平台客服热线：400-900-5178 &nbsp; 投诉与建议：<a href="mailto:kefu@youxuemall.com">kefu@youxuemall.com</a></p>'
             '<p>© www.youxuemall.com 沪ICP备19044127号-2</p></div>')

def page(title, body, css='', head_extra=''):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n%s\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n<title>%s</title>\n'
            '<style>%s</style>%s\n</head>\n<body>\n%s\n</body>\n</html>\n') % (COMMENT, title, css, head_extra, body)

CSS_SCHOOL = ['body{font-family:"Microsoft YaHei";margin:0}.top{background:#0b4a8b;color:#fff;padding:12px}.nav a{margin:0 8px;color:#fff}.main{width:960px;margin:auto}.foot{background:#eee;padding:10px;font-size:12px}',
              'body{font-family:SimSun;background:#f6f6f0}.hd{border-bottom:3px solid #c00}.hd h2{color:#c00}.box{border:1px solid #ddd;padding:10px;margin:8px 0}.ft{color:#666;font-size:12px;text-align:center}',
              'body{font:14px/1.8 "PingFang SC";color:#333}.banner{background:linear-gradient(90deg,#13c2c2,#2f54eb);color:#fff;padding:30px}.sec{padding:14px 40px}.copy{background:#222;color:#aaa;padding:12px 40px;font-size:12px}']
CSS_MALL = 'body{font-family:Arial,"Microsoft YaHei";margin:0}.mh{background:#ff5000;color:#fff;padding:8px 20px}.shopbar{background:#fff4ec;padding:6px 20px}.prod{padding:10px 20px}.price{color:#ff5000;font-size:22px}table.param td{border:1px solid #eee;padding:3px 8px}.rev{border-top:1px dashed #ccc;padding:6px 0;font-size:13px}.mfoot{background:#333;color:#bbb;font-size:12px;padding:10px 20px}.mfoot a{color:#ddd}'
CSS_FL = 'body{font-family:"Microsoft YaHei";background:#fafafa}.fh{background:#2a8c3a;color:#fff;padding:6px}.meta{color:#888;font-size:12px}.desc{background:#fff;padding:12px;border:1px solid #e5e5e5}.tip{color:#b00;font-size:12px}'
CSS_WD = 'body{font-family:"Microsoft YaHei";background:#f4f5f7}.q{background:#fff;padding:12px}.ans{background:#fff;margin-top:8px;padding:12px}.who{color:#1a6fd6}.zan{color:#999;font-size:12px}'
CSS_GZH = 'body{max-width:680px;margin:auto;font:16px/1.9 -apple-system,"PingFang SC";color:#222}.acct{color:#576b95}.rich_media_meta{color:#999;font-size:14px}.read{color:#999;font-size:13px}'
CSS_VID = 'body{background:#161823;color:#eee;font-family:"PingFang SC"}.cap{padding:12px}.tag{color:#face15}.cm{border-top:1px solid #333;padding:6px 12px;font-size:13px}.u{color:#8a8b91}'

from gen_extra import EXTRA
PAGES = []   # (path, html, truth-entry)

def add(path, html, is_offer, op=None, provider=None, ids=(), note='', dec=()):
    PAGES.append((path, html, {'path': path, 'is_offer': is_offer, 'operator': op,
                               'provider': provider, 'identifiers': [{'kind': k, 'value': v} for k, v in ids],
                               'note': note}, list(dec)))

# ------------------------------------------------------------------ school sites
def school(path, style, brand, title, body, footer, **kw):
    if style == 0:
        b = ('<div class="top"><h1>%s</h1><div class="nav"><a href="/index.html">导航首页</a><a href="/school/index.html">机构名录</a><a href="#">课程</a><a href="#">师资</a><a href="#">联系我们</a></div></div>'
             '<div class="main"><h2>%s</h2>%s</div><div class="foot">%s</div>') % (brand, title, body, footer)
    elif style == 1:
        b = ('<div class="hd"><h2>%s</h2><p><a href="/school/index.html">返回机构名录</a> | 招生简章 | 报名流程 | 证书查询</p></div>'
             '<div class="box"><h1>%s</h1>%s</div><div class="ft">%s</div>') % (brand, title, body, footer)
    else:
        b = ('<div class="banner"><h1>%s</h1><p>%s</p></div><div class="sec">%s</div><div class="copy">%s &nbsp; <a href="/school/index.html">机构名录</a></div>') % (title, brand, body, footer)
    add(path, page(title + ' - ' + brand, b, CSS_SCHOOL[style]), True, provider=brand, **kw)

school('/school/zhiyuan/index.html', 0, '智源未来教育',
       '人工智能训练师（四级/中级）春季班招生简章',
       '<p>智源未来教育是杭州本地专注数据标注与AI训练方向的职业培训机构，已累计为电商、客服、自动驾驶标注企业输送学员两千余名。</p>'
       '<p><b>报考等级：</b>人工智能训练师 四级（中级工）；<b>培训费用：</b>2980元（含教材、上机实训、考试报名服务费）。</p>'
       '<p><b>发证机构：</b>浙江数智职业技能等级认定中心，证书可在人社部职业技能等级证书全国联网查询平台 zscx.osta.org.cn 查询。</p>'
       '<p>课程安排：周六全天+周三晚上，共8周；机房位于西湖区文三路。</p>'
       '<p>报名咨询：招生办 0571-8896 2231 ，手机 <a href="tel:13957126648">139 5712 6648</a>（张老师）</p>'
       '<p style="color:#c00">郑重声明：近期有人冒充我校使用 176-2345-8890 收取“加急出证费”，该号码与本校无关，请勿转账！如遇权益问题可拨打人社服务热线12333。</p>',
       '版权所有 杭州智源未来教育科技有限公司 &nbsp; 统一社会信用代码：%s &nbsp; 官网：www.zhiyuan-ai.cn &nbsp; 浙ICP备2023018877号-1' % U1,
       op='T01', ids=[('phone', '+8657188962231'), ('phone', '+8613957126648'), ('uscc', U1), ('domain', 'zhiyuan-ai.cn')],
       note='T01 own site; mobile tel: link; warning number quoted inside offer', dec=['12333', 'zscx', 'scam_phone'])

school('/school/pczx/index.html', 1, '鹏城智训学院',
       '深圳 人工智能训练师三级（高级工）周末精品班',
       '<p>面向有数据标注、算法测试、智能客服运营经验的在职人员，冲刺三级/高级工。</p>'
       '<p>学费：<span class="price">¥4580</span>，报名即送 Python 与大模型提示词实操课；分期可选。</p>'
       '<p>认定单位：粤港澳大湾区人工智能职业技能评价中心。结业考核通过后发放职业技能等级证书。</p>'
       '<p>证书样本：<img src="/img/cert_sample.jpg" alt="证书样本 证书编号 13810240556"> （样本仅供参考，编号为示例）</p>'
       '<p>全国统一咨询：<b>400-682-3551</b> 转 2 &nbsp; 上课地点：南山区科技园 · 前海路口</p>',
       '深圳市鹏城智训教育科技有限公司 · 统一社会信用代码 %s · pczx-edu.com · 粤ICP备2022110863号' % U2,
       op='T02', ids=[('phone', '+864006823551'), ('uscc', U2), ('domain', 'pczx-edu.com')],
       note='T02 own site; certificate sample number looks like a mobile', dec=['cert_sample'])

school('/school/jinghua/index.html', 2, '京华人工智能培训中心',
       '人工智能训练师 五级/四级 零基础直通车 | 北京海淀面授+直播',
       '<p>零基础也能学！从数据采集、清洗、标注到模型效果测试，手把手带练。</p>'
       '<ul><li>五级（初级）：1680 元</li><li>四级（中级）：2380 元</li><li>两级联报：3600 元</li></ul>'
       '<p>评价发证：中关村智能技术职业技能等级认定站（备案评价机构）。</p>'
       '<p>咨询电话：（010）6259 8871 &nbsp; 招生主管 王老师：<a href="tel:+8618611207735">+86 186-1120-7735</a></p>'
       '<p>证书真伪请以官方平台查询为准：zscx.osta.org.cn ；服务监督：12333</p>',
       '京华人工智能培训中心 版权所有 &nbsp; www.jh-aitrain.org.cn &nbsp; 京ICP备2021034471号',
       op='T03', ids=[('phone', '+861062598871'), ('phone', '+8618611207735'), ('domain', 'jh-aitrain.org.cn')],
       note='T03 own site; landline with brackets', dec=['zscx', '12333'])

school('/school/tianfu/index.html', 0, '天府智能职业学校',
       '成都 人工智能训练师（二级/技师）研修班 招生',
       '<p>本班面向已取得三级证书、从事AI产品训练满3年的学员，重点讲授训练方案设计、标注团队管理与质检体系。</p>'
       '<p>研修费 <b>6800元/人</b>，企业团报8人以上9折。</p>'
       '<p>颁证：四川省人工智能产业职业技能等级认定中心</p>'
       '<p>往期学员成绩单截图：<img src="/img/score.png" alt="准考证号 2026110835 成绩 合格"></p>'
       '<p>报名热线：<a href="tel:+8615882316604">+86 158-8231-6604</a> 赵老师 &nbsp; 校址：武侯区二环路南四段</p>',
       '四川天府智能教育咨询有限公司 统一社会信用代码 %s &nbsp; 蜀ICP备2024009918号' % U4,
       op='T04', ids=[('phone', '+8615882316604'), ('uscc', U4)],
       note='T04 own site; exam ticket number in screenshot alt', dec=['exam_ticket'])

school('/school/yckn/index.html', 1, '羊城技能提升网',
       '广州 人工智能训练师 四级 晚班/周末班 可申请技能提升补贴',
       '<p>符合条件的在职职工取得证书后可按规定申领技能提升补贴（以当地人社部门政策为准）。</p>'
       '<p>费用：3280 元，含两次模拟考试；天河 / 番禺两个教学点。</p>'
       '<p>评价机构：广东粤智职业技能评价有限公司</p>'
       '<p>招生邮箱：<a href="mailto:zhaosheng@yckn-skill.cn">zhaosheng@yckn-skill.cn</a> &nbsp; 前台座机：020-38291146</p>'
       '<p>温馨提示：政策咨询可致电 12333，消费投诉可拨 12315。</p>',
       '羊城技能提升网 yckn-skill.cn 版权所有 粤ICP备2020087721号',
       op='T05', ids=[('email', 'zhaosheng@yckn-skill.cn'), ('domain', 'yckn-skill.cn'), ('phone', '+862038291146')],
       note='T05 own site', dec=['12333', '12315'])

school('/school/hsaitc/index.html', 2, '沪上AI训练师认证中心',
       '上海 人工智能训练师 三级 + 大模型应用 双证班（限30人）',
       '<p>课程覆盖：大模型数据构建、RLHF 偏好标注、智能对话质检、训练效果评估。</p>'
       '<p>双证班收费 <b>5900 元</b>；仅报考三级 3900 元。</p>'
       '<p>发证：上海浦东数字经济职业技能等级认定中心</p>'
       '<p>电话：<span>021</span>-<span>5467</span> <span>3320</span>（工作日 9:00-18:00）</p>'
       '<p>证书可登录 zscx.osta.org.cn 查验。</p>',
       '上海沪智人工智能培训有限公司 &nbsp; 社会信用代码：%s &nbsp; hs-aitc.com &nbsp; 沪ICP备2023051290号' % U7,
       op='T07', ids=[('phone', '+862154673320'), ('uscc', U7), ('domain', 'hs-aitc.com')],
       note='T07 own site; landline split in spans', dec=['zscx'])

school('/school/xbai/index.html', 0, '西部人工智能职教网',
       '西安 人工智能训练师 四级/三级 报考指南与培训报名',
       '<p>西部人工智能职教网为陕西、甘肃、宁夏学员提供人工智能训练师报考辅导，线上录播+线下集训三天。</p>'
       '<p>四级 2180 元 / 三级 3380 元，考前一周开放题库。</p>'
       '<p>认定机构：陕西秦创职业技能等级评价中心</p>'
       '<p>咨询 · 报名：139 9128 7765（同微信） &nbsp; 官网 xbai-edu.cn</p>',
       '© 西部人工智能职教网 xbai-edu.cn 陕ICP备2022006540号-3',
       op='T08', ids=[('phone', '+8613991287765'), ('wechat', '13991287765'), ('domain', 'xbai-edu.cn')],
       note='T08 own site; 同微信 means the WeChat id is the mobile number')

school('/school/jinling/index.html', 1, '金陵智能教育',
       '南京 人工智能训练师五级（初级）速成班 14天',
       '<p>适合应届生、转行人员。14 天集中授课 + 1 天模拟考。</p>'
       '<p>学费 1280 元（团购价 1180 元），对公转账请备注姓名。</p>'
       '<p>对公账户户名：南京宁训信息技术有限公司 &nbsp; 开户行：南京银行鼓楼支行</p>'
       '<p>发证：江苏省数字技能职业技能等级认定中心</p>'
       '<p>学员成绩查询示例：<img src="/img/chengji.png" alt="准考证号2026110835 理论86 实操90"></p>'
       '<p>全国服务热线 <b>4001058877</b></p>',
       '金陵智能教育 统一社会信用代码 %s 苏ICP备2024017702号' % U9,
       op='T09', ids=[('phone', '+864001058877'), ('other', '南京宁训信息技术有限公司'), ('uscc', U9)],
       note='T09 own site; account holder name; shared exam ticket number screenshot', dec=['exam_ticket'])

school('/school/qilu/index.html', 2, '齐鲁智能职业培训学校',
       '济南 人工智能训练师 三级/四级 2027年1月开班',
       '<p>民办职业培训学校（办学许可证号：教民137010270001563），泉城路校区。</p>'
       '<p>四级 1980 元；三级 2880 元；均含实训平台账号。</p>'
       '<p>评价机构：山东鲁信职业技能等级认定中心</p>'
       '<p>证书样本展示 <img src="/img/sample.jpg" alt="证书编号13810240556 人工智能训练师"></p>'
       '<p>报名电话 0531－8290 3315 ；证书查询：zscx.osta.org.cn</p>',
       '齐鲁智能职业培训学校 统一社会信用代码：%s &nbsp; qlzn-edu.cn' % UI3,
       ids=[('phone', '+8653182903315'), ('uscc', UI3), ('domain', 'qlzn-edu.cn')],
       note='independent school', dec=['cert_sample', 'zscx'])

# ------------------------------------------------------------------ mall
def mall(path, shop, title, price, level, issuer, detail, reviews, **kw):
    b = ('<div class="mh"><b>优学商城</b> &nbsp; <a href="/mall/index.html" style="color:#fff">首页</a> · <a href="/mall/help.html" style="color:#fff">帮助中心</a></div>'
         '<div class="shopbar">店铺：<b>%s</b></div>'
         '<div class="prod"><h1>%s</h1><p class="price">¥%s</p>'
         '<table class="param"><tr><td>级别</td><td>%s</td></tr><tr><td>发证单位</td><td>%s</td></tr></table>'
         '<h3>商品详情</h3>%s%s<h3>买家评价</h3>%s</div>%s') % (shop, title, price, level, issuer, EXTRA.get(path, ''), detail, reviews, MALL_FOOT)
    add(path, page(title + ' - 优学商城', b, CSS_MALL), True, provider=shop, **kw)

mall('/mall/item/100231.html', '慧训职业技能旗舰店', '人工智能训练师证书培训 四级 报名 杭州考点 含报名费', '2680', '四级/中级工', '浙江数智职业技能等级认定中心',
     '<p>拍下后请联系店铺客服登记身份信息。线下考点：杭州西湖区。</p>'
     '<p>客服手机：' + spans('139', '5712', '6648') + ' &nbsp; 加V更快：<b>zyjy_kefu01</b></p>'
     '<p>证书全国联网可查（zscx.osta.org.cn），拒绝假证。</p>',
     '<div class="rev">订单号：13926485017 &nbsp; 已拿证，老师很负责。</div><div class="rev">课程内容扎实，机房有点挤。</div>',
     op='T01', ids=[('phone', '+8613957126648'), ('wechat', 'zyjy_kefu01')],
     note='T01 marketplace shop; mobile split across spans; order number looks like a mobile', dec=['mall', 'zscx', 'order'])

mall('/mall/item/100588.html', '北辰数智教育专营店', '【北京】人工智能训练师 三级 高级工 培训+考试 一站式', '3680', '三级/高级工', '中关村智能技术职业技能等级认定站',
     '<p>北辰数智教育，北京朝阳、海淀均设教学点，大模型标注真实项目实训。</p>'
     '<p>付款方式：店铺下单 或 对公转账（户名：北京北辰启航教育咨询有限公司）。</p>'
     '<p>课程顾问：186 1120 7735（王）</p>',
     '<div class="rev">订单编号 15620261103 ，课程顾问回复及时。</div><div class="rev">学了一个月，还行。</div>',
     op='T03', ids=[('phone', '+8618611207735'), ('other', '北京北辰启航教育咨询有限公司')],
     note='T03 marketplace shop; account holder name', dec=['mall', 'order'])

mall('/mall/item/101077.html', '穗智教育', '广州人工智能训练师四级速通班 线上学习 考前冲刺', '2999', '四级', '广东粤智职业技能评价有限公司',
     '<p>穗智教育，与 yckn-skill.cn 同一教研团队，课件同步更新。</p>'
     '<p><img src="/img/wxqr.png" alt="扫码加微信 suizhi-edu 备注 训练师"></p>'
     '<p>政策咨询：12333</p>',
     '<div class="rev">发票号码 24442000000163205 已收到。</div>',
     op='T05', ids=[('domain', 'yckn-skill.cn'), ('wechat', 'suizhi-edu')],
     note='T05 marketplace shop; wechat only in image alt; names own domain', dec=['mall', '12333', 'order'])

mall('/mall/item/101320.html', '江城数智学院', '武汉 人工智能训练师（五级/四级）报考培训 可开发票', '1880', '五级/四级', '湖北楚才职业技能等级认定中心',
     '<p>江城数智学院，光谷教学点，白天班/晚班均可。</p>'
     '<p>咨询热线：177８６０13352 &nbsp; ＱＱ：1928374650</p>'
     '<p>⚠ 本店不会通过 QQ 2837461190 收取任何费用，冒用者已报警。</p>',
     '<div class="rev">课程编号 2026040117，老师讲得清楚。</div>',
     op='T06', ids=[('phone', '+8617786013352'), ('qq', '1928374650')],
     note='T06 marketplace shop; mixed full-width digits; warned QQ quoted', dec=['mall', 'scam_qq', 'order'])

mall('/mall/item/101566.html', '秦川标注学院', '人工智能训练师 数据标注方向 四级证书班 西安/线上', '2280', '四级', '陕西秦创职业技能等级评价中心',
     '<p>秦川标注学院，陕西本地标注基地合作，结业推荐标注岗位（不承诺就业）。</p>'
     '<p><img src="/img/wx.png" alt="微信号：ca-zhixun"> 长按识别加老师</p>',
     '<div class="rev">订单号 17720261029，发货快（教材）。</div>',
     op='T08', ids=[('wechat', 'ca-zhixun')],
     note='T08 marketplace shop; wechat in image alt', dec=['mall', 'order'])

mall('/mall/item/102004.html', '启智考证小铺', '人工智能训练师五级 初级 新手入门 全程陪跑', '999', '五级/初级工', '华东智能职业技能评价中心',
     '<p>小铺只做入门级，价格实在。拍下联系：微信 qizhi_kz ，手机 136 0571 8823。</p>'
     '<p>证书查询：zscx.osta.org.cn</p>',
     '<div class="rev">订单号：13620261112 ，客服态度好。</div>',
     ids=[('wechat', 'qizhi_kz'), ('phone', '+8613605718823')],
     note='independent marketplace seller', dec=['mall', 'zscx', 'order'])

mall('/mall/item/102310.html', '码上学AI', '人工智能训练师 三级 大模型方向 直播课 + 题库', '3299', '三级', '中智联合职业技能评价中心',
     '<p>码上学AI 专注大模型训练岗位。售后 QQ：1547789203（备注“训练师”）。</p>'
     '<p>提醒：网传 17623458890 自称“码上学老师”要求私下转账，系诈骗，请认准本店旺旺。</p>',
     '<div class="rev">题库很全。</div>',
     ids=[('qq', '1547789203')],
     note='independent marketplace seller; scam number quoted', dec=['mall', 'scam_phone'])

# ------------------------------------------------------------------ classifieds (fenlei)
def fenlei(path, title, meta, desc, provider, **kw):
    b = ('<div class="fh">同城快讯网 · 全国 &nbsp; <a href="/fenlei/index.html" style="color:#fff">分类首页</a> &gt; 教育培训 &gt; 职业资格</div>'
         '<h1>%s</h1><div class="meta">%s</div><div class="desc">%s%s</div>'
         '<p class="tip">同城快讯网提醒：预付学费前请核实办学资质，谨防上当。</p>') % (title, meta, EXTRA.get(path, ''), desc)
    add(path, page(title + ' - 同城快讯网', b, CSS_FL), True, provider=provider, **kw)

fenlei('/fenlei/hz/58213.html', '杭城AI考证 | 人工智能训练师四级 周末上课 名额不多',
       '发布：2026-11-18 &nbsp; 区域：杭州·拱墅 &nbsp; 商家：杭城AI考证',
       '<p>人工智能训练师四级，学费 2580，杭州本地考点，老学员推荐立减200。</p>'
       '<p>薇信：zyjy_kefu01（备注“考证”），或加扣扣 2851447093</p><p>证书由浙江数智职业技能等级认定中心颁发。</p>',
       '杭城AI考证', op='T01', ids=[('wechat', 'zyjy_kefu01'), ('qq', '2851447093')],
       note='T01 classified; homophone 薇信 and 扣扣')

fenlei('/fenlei/sz/60771.html', '前海AI职培：人工智能训练师三级/四级 深圳可面授',
       '发布：2026-11-02 &nbsp; 区域：深圳·前海 &nbsp; 联系人：刘老师',
       '<p>前海AI职培，人工智能训练师四级 2680 元 / 三级 3980 元，报名即送实训平台账号。</p>'
       '<p>咨询：' + fw('400-682-3551') + ' &nbsp; ✚V：pcznx888</p><p>认定：粤港澳大湾区人工智能职业技能评价中心</p>',
       '前海AI职培', op='T02', ids=[('phone', '+864006823551'), ('wechat', 'pcznx888')],
       note='T02 classified; full-width 400 number')

fenlei('/fenlei/cd/41190.html', '蓉城标注师训练营 人工智能训练师四级 包教包会',
       '发布：2026-10-29 &nbsp; 区域：成都·高新 &nbsp; 联系：赵',
       '<p>蓉城标注师训练营，四级 1980 元，三级 2980 元。高新区天府三街上课。</p>'
       '<p>📞 15882316604（微信同号） 直接打电话或加微信都行</p><p>发证：四川省人工智能产业职业技能等级认定中心</p>',
       '蓉城标注师训练营', op='T04', ids=[('phone', '+8615882316604'), ('wechat', '15882316604')],
       note='T04 classified; 微信同号')

fenlei('/fenlei/gz/77342.html', '南方AI人才港｜人工智能训练师证 报名中（四级）',
       '发布：2026-11-21 &nbsp; 区域：广州·天河 &nbsp; 商家：南方AI人才港',
       '<p>南方AI人才港招生：人工智能训练师四级 2880 元，学完考试，通过拿证。</p>'
       '<p>联系电话 +86 137 1045 9926 &nbsp; 付款方式：支付宝，收款人：陈美玲（个人）</p>'
       '<p>⚠ 最近有人用 176 2345 8890 冒充我们招生，请勿相信。</p>',
       '南方AI人才港', op='T05', ids=[('phone', '+8613710459926'), ('other', '陈美玲')],
       note='T05 classified; payee name; scam number quoted', dec=['scam_phone'])

fenlei('/fenlei/xa/30815.html', '长安智训 人工智能训练师培训 西安小班',
       '发布：2026-11-09 &nbsp; 区域：西安·雁塔 &nbsp; 电话：139 9128 7765',
       '<p>长安智训 小班 10 人以内，人工智能训练师三级 3180 元，含实操考核辅导。</p>'
       '<p>学员交流Q群：614 082 377 &nbsp; 注意：微信 ai_zhengshu888 不是我们，别上当。</p>'
       '<p>评价机构：陕西秦创职业技能等级评价中心 &nbsp; 政策咨询 12333</p>',
       '长安智训', op='T08', ids=[('phone', '+8613991287765'), ('qq_group', '614082377')],
       note='T08 classified; scam wechat quoted', dec=['scam_wechat', '12333'])

fenlei('/fenlei/jn/52006.html', '小李考证：人工智能训练师 五级四级都能报 价格美丽',
       '发布：2026-11-15 &nbsp; 区域：济南·历城 &nbsp; 联系人：李先生',
       '<p>个人代报名，人工智能训练师五级 880，四级 1580，协助准备材料。</p>'
       '<p>电话：151-6602-3374 &nbsp; 网上有个 ai_zhengshu888 的微信冒充我，认准本帖电话。</p>'
       '<p>证书可查 zscx.osta.org.cn</p>',
       '小李考证', ids=[('phone', '+8615166023374')],
       note='independent classified; scam wechat quoted', dec=['scam_wechat', 'zscx'])

fenlei('/fenlei/xm/66410.html', '闽南数智培训 人工智能训练师三级 厦门集美',
       '发布：2026-11-25 &nbsp; 区域：厦门·集美 &nbsp; 联系人：林老师',
       '<p>闽南数智培训，三级高级工 3580 元，每周二四晚上课。</p>'
       '<p>☎ 138-6041-7792 &nbsp; 邮箱 mnsz_px@163.com</p><p>投诉监督：12315</p>',
       '闽南数智培训', ids=[('phone', '+8613860417792'), ('email', 'mnsz_px@163.com')],
       note='independent classified', dec=['12315'])

# ------------------------------------------------------------------ Q&A (wenda)
def wenda(path, q, qdetail, answers, provider, **kw):
    a = ''.join('<div class="ans"><span class="who">%s</span><div>%s</div><span class="zan">赞 %d</span></div>' % (w, t, z) for w, t, z in answers)
    b = ('<p><a href="/wenda/index.html">知问社区</a> &gt; 职业资格</p><div class="q"><h1>%s</h1><p>%s</p></div>%s') % (q, qdetail, a)
    add(path, page(q + ' - 知问社区', b, CSS_WD), True, provider=provider, **kw)

wenda('/wenda/q1001.html', '人工智能训练师在北京哪里考比较靠谱？', '想考四级，求推荐机构，最好周末上课。',
      [('路人甲', '先去官方平台看评价机构是否备案，证书能在 zscx.osta.org.cn 查到才算数。', 12),
       ('未来职星-招生', '我们未来职星在海淀有周末班，四级 2280，学员群 Q群735-218-409 里有往期学员可以问。前两天有人拿 QQ 2837461190 冒充我们收费，大家注意。', 3)],
      '未来职星', op='T03', ids=[('qq_group', '735218409')],
      note='T03 answer in Q&A; QQ group with dashes; scam QQ quoted', dec=['zscx', 'scam_qq'])

wenda('/wenda/q1002.html', '成都考人工智能训练师三级要多少钱？', '看到报价从两千到五千都有，正常吗？',
      [('川渝AI考证联盟', '川渝AI考证联盟报三级 2880 元，含两次补考辅导。公司资质：统一社会信用代码 %s，可上国家企业信用信息公示系统查。加微信 tf_ai_zhao 咨询。' % U4, 5),
       ('热心网友', '价格差异大，注意是不是备案的评价机构。', 9)],
      '川渝AI考证联盟', op='T04', ids=[('uscc', U4), ('wechat', 'tf_ai_zhao')],
      note='T04 answer; USCC ties to own site')

wenda('/wenda/q1003.html', '武汉有没有人工智能训练师的晚班？', '下班后才有时间。',
      [('楚天职业资格服务', '楚天职业资格服务有晚班，人工智能训练师四级 1780 元，19:00-21:00。扣扣：1928 374 650 ，白天回复慢。', 4)],
      '楚天职业资格服务', op='T06', ids=[('qq', '1928374650')],
      note='T06 answer; QQ with spaces')

wenda('/wenda/q1004.html', '人工智能训练师四级题库去哪找？', '自学准备考试。',
      [('古城考证通', '古城考证通 整理了完整题库，报我们的四级辅导（1680 元）免费送。进群 614082377 领取试看；或 V：ca-zhixun。', 2),
       ('考过的人', '官方教材+多做实操就行。遇到问题打 12333 问当地人社。', 15)],
      '古城考证通', op='T08', ids=[('qq_group', '614082377'), ('wechat', 'ca-zhixun')],
      note='T08 answer; bridges classified (QQ group) and mall shop (wechat)', dec=['12333'])

wenda('/wenda/q1005.html', '长沙人工智能训练师培训推荐', '湖南本地有哪些机构？',
      [('湘江职培', '湘江职培 三级 2980 / 四级 1880，岳麓区上课，认定单位湖南湘才职业技能等级认定中心。电话 0731-8455 2107。QQ 2837461190 是骗子冒用，大家别加。', 6)],
      '湘江职培', ids=[('phone', '+8673184552107')],
      note='independent answer; scam QQ quoted', dec=['scam_qq'])

# ------------------------------------------------------------------ 公众号 articles
def gzh(path, acct, title, date, body, **kw):
    b = ('<p><a href="/gzh/index.html">公众号文章合集</a></p><h1>%s</h1><div class="rich_media_meta"><span class="acct">%s</span> %s</div>'
         '<div class="rich_media_content">%s</div><p class="read">阅读 %d &nbsp; 在看 %d</p>') % (title, acct, date, body, 1000 + len(title) * 37, len(body) % 50)
    add(path, page(title, b, CSS_GZH), True, provider=acct, **kw)

gzh('/gzh/shuzhi-yanxishe-1120.html', '数智人才研习社', '想转行AI？先拿下人工智能训练师四级｜冬季班开放报名', '2026-11-20',
    '<p>很多读者后台问：零基础能不能做AI训练？答案是可以，但要系统学。</p>'
    '<p>🔥 冬季班：人工智能训练师 四级，学费 2780 元，老读者凭截图减 100。</p>'
    '<p>🏅 颁证：浙江数智职业技能等级认定中心</p>'
    '<p>📮 报名邮箱：<a href="mailto:bm@zhiyuan-ai.cn">bm@zhiyuan-ai.cn</a></p>'
    '<p>🐧 答疑QQ：2851447093</p>',
    op='T01', ids=[('email', 'bm@zhiyuan-ai.cn'), ('qq', '2851447093'), ('domain', 'zhiyuan-ai.cn')],
    note='T01 公众号; QQ ties to classified; email domain = own site domain')

gzh('/gzh/beichen-qihang-1108.html', '北辰启航职教', '人工智能训练师三级高级工｜北京线下集训营 第12期', '2026-11-08',
    '<p>第 12 期集训营开营在即。三级（高级工）学费 3880 元，7 天集训 + 30 天线上陪跑。</p>'
    '<p>缴费账户：北京北辰启航教育咨询有限公司（对公）</p>'
    '<p>学员交流群：735218409（QQ群）</p><p>发证：中关村智能技术职业技能等级认定站</p>',
    op='T03', ids=[('other', '北京北辰启航教育咨询有限公司'), ('qq_group', '735218409')],
    note='T03 公众号; bridges mall (account name) and Q&A (QQ group)')

gzh('/gzh/guangyue-xls-1030.html', '广粤训练师之家', '广州人工智能训练师四级，这样报名最省钱', '2026-10-30',
    '<p>提前规划可以节省很多费用：先确认自己是否符合补贴条件，再选择培训机构。</p>'
    '<p>我们的四级辅导班 2599 元，报名流程：加微信 ➜ 提交材料 ➜ 缴费 ➜ 开课。</p>'
    '<p>微 信：suizhi-edu</p><p>缴费支付宝收款人：陈美玲</p>'
    '<p>颁证单位：广东粤智职业技能评价有限公司 &nbsp; 补贴政策咨询 12333</p>',
    op='T05', ids=[('wechat', 'suizhi-edu'), ('other', '陈美玲')],
    note='T05 公众号; bridges mall (wechat) and classified (payee name)', dec=['12333'])

gzh('/gzh/pujiang-gongjiang-1115.html', '浦江数据工匠', '大模型时代的“AI训练师”，三级证书怎么拿？', '2026-11-15',
    '<p>大模型需要大量高质量偏好数据，AI训练师岗位缺口大。</p>'
    '<p>浦江数据工匠 三级课程 4200 元，含上机考试辅导。</p>'
    '<p>证书样图：<img src="/img/zs.jpg" alt="证书编号：13810240556"></p>'
    '<p>报名请发邮件至 shenzhi.edu＠qq.com，或添加老师 ▶ shenzhi_teacher</p>'
    '<p>发证：上海浦东数字经济职业技能等级认定中心</p>',
    op='T07', ids=[('email', 'shenzhi.edu@qq.com'), ('wechat', 'shenzhi_teacher')],
    note='T07 公众号; full-width at sign; shared certificate sample number', dec=['cert_sample'])

gzh('/gzh/ai-zhiye-guihua-1122.html', 'AI职业规划局', '人工智能训练师五级：给大学生的第一张AI证', '2026-11-22',
    '<p>大学生可报考五级（初级工），我们整理了完整的备考资料包。</p>'
    '<p>五级陪考营 990 元，包含 3 次模拟。</p>'
    '<p>往期学员成绩截图 <img src="/img/cj2.png" alt="准考证号：2026110835 合格"></p>'
    '<p>联系：aizhiye AT foxmail DOT com</p><p>发证：北方智联职业技能等级认定中心</p>',
    ids=[('email', 'aizhiye@foxmail.com')],
    note='independent 公众号; obfuscated email; shared exam ticket screenshot', dec=['exam_ticket'])

# ------------------------------------------------------------------ short video text pages
def video(path, user, cap, comments, provider, **kw):
    c = ''.join('<div class="cm"><span class="u">%s：</span>%s</div>' % x for x in comments)
    b = ('<p><a href="/video/index.html" style="color:#face15">快映短视频</a> · 作品详情</p><div class="cap"><b>@%s</b><p>%s</p></div>%s') % (user, cap, c)
    add(path, page(user + '的作品 - 快映短视频', b, CSS_VID), True, provider=provider, **kw)

video('/video/v/7310021.html', '深蓝数据标注学苑',
      '数据标注员升职记📈 考下人工智能训练师四级，工资涨了！四级 2480 包辅导 <span class="tag">#人工智能训练师 #考证</span> 认定：粤港澳大湾区人工智能职业技能评价中心',
      [('深蓝数据标注学苑', '想了解的宝子+V：PCZNX888，邮箱 pczx_edu@163.com 也可以'), ('路过', '真的有用吗')],
      '深蓝数据标注学苑', op='T02', ids=[('wechat', 'pcznx888'), ('email', 'pczx_edu@163.com')],
      note='T02 short video; wechat written upper case')

video('/video/v/7310588.html', '启航AI课堂·王老师',
      '三分钟讲清人工智能训练师五级到三级怎么报🎓 启航AI课堂 四级 2380 起 <span class="tag">#AI训练师</span>',
      [('启航AI课堂·王老师', '资料私信领，或邮箱 jinghua_ai@126.com ；群 735 218 409'), ('小鱼', '收藏了')],
      '启航AI课堂', op='T03', ids=[('email', 'jinghua_ai@126.com'), ('qq_group', '735218409')],
      note='T03 short video; QQ group with spaces')

video('/video/v/7311203.html', '申智学堂',
      '上海人工智能训练师三级实操考什么？申智学堂带你看考场👀 三级 3980，下一期12月开班 <span class="tag">#上海考证</span>',
      [('申智学堂', '咨询座机（021）54673320 / vx shenzhi_teacher'), ('ck', '发证是哪里？'), ('申智学堂', '上海浦东数字经济职业技能等级认定中心')],
      '申智学堂', op='T07', ids=[('phone', '+862154673320'), ('wechat', 'shenzhi_teacher')],
      note='T07 short video')

video('/video/v/7311877.html', '宁训AI学苑',
      '南京宁训AI学苑｜人工智能训练师四级 1880 元，周末班，学完就考 <span class="tag">#南京培训</span>',
      [('宁训AI学苑', '报名转账户名：南京宁训信息技术有限公司，备注姓名；邮箱 ningxun_ai@sina.com'), ('小七', '能开发票吗'), ('宁训AI学苑', '可以，发票代码 032002600311 这种增值税普票')],
      '宁训AI学苑', op='T09', ids=[('other', '南京宁训信息技术有限公司'), ('email', 'ningxun_ai@sina.com')],
      note='T09 short video; invoice code digits', dec=['order'])

video('/video/v/7312450.html', '标注姐姐Lily',
      '做标注两年，我是怎么考到人工智能训练师三级的✨ 想报班的可以找我，三级 3500 一对一辅导，发证：华南数智职业技能评价中心 <span class="tag">#副业</span>',
      [('标注姐姐Lily', '薇❤ lily_biaozhu ；不要信 17623458890 那个号，不是我'), ('阿杰', '已关注')],
      '标注姐姐Lily', ids=[('wechat', 'lily_biaozhu')],
      note='independent short video; scam number quoted', dec=['scam_phone'])

# ------------------------------------------------------------------ non-offer pages
def plain(path, title, body, css=CSS_FL, note=''):
    add(path, page(title, body, css), False, note=note)

plain('/news/warn-2026-11.html', '警惕！冒充培训机构收取“加急出证费”的骗局',
      '<p><a href="/news/index.html">资讯</a></p><h1>警惕！冒充培训机构收取“加急出证费”的骗局</h1>'
      '<p>近期多地学员反映，有人以“人工智能训练师证书加急办理”为名，通过手机号 176 2345 8890、微信号 ai_zhengshu888 联系学员，要求转账后“三天出证”。</p>'
      '<p>另有 QQ 号 2837461190 在多个学习群发布“包过”广告。以上账号均与正规培训机构无关。</p>'
      '<p>职业技能等级证书可通过 zscx.osta.org.cn 查询，疑问请拨 12333。</p>',
      note='news warning; quotes scam phone/wechat/qq')
plain('/news/warn-fake-cert.html', '人工智能训练师“假证”套路盘点',
      '<p><a href="/news/index.html">资讯</a></p><h1>人工智能训练师“假证”套路盘点</h1>'
      '<p>套路一：声称“不用考试直接拿证”；套路二：冒用正规机构名义，留下私人号码（如群众举报的 17623458890）；'
      '套路三：诱导添加 ai_zhengshu888 等私人微信后转账。</p><p>消费维权可拨打 12315，政策咨询 12333。</p>',
      note='news; scam numbers quoted')
plain('/news/verify-guide.html', '如何查询职业技能等级证书真伪',
      '<p><a href="/news/index.html">资讯</a></p><h1>如何查询职业技能等级证书真伪</h1>'
      '<p>第一步：登录 zscx.osta.org.cn（职业技能等级证书全国联网查询）；第二步：输入证书编号与姓名；第三步：核对评价机构。</p>'
      '<p>示例证书编号如 13810240556 仅为格式示意。热线：12333。</p>',
      note='news; official site and public hotline')
plain('/mall/help.html', '帮助中心 - 优学商城',
      '<div class="mh"><b>优学商城</b> 帮助中心</div><p>如对入驻商家的课程有疑问，可联系平台客服。</p>' + MALL_FOOT, css=CSS_MALL,
      note='marketplace help page')
plain('/wenda/q1006.html', '在网上交了钱说三天出证，是不是被骗了？ - 知问社区',
      '<p><a href="/wenda/index.html">知问社区</a></p><div class="q"><h1>在网上交了钱说三天出证，是不是被骗了？</h1><p>对方电话 176-2345-8890，现在联系不上了。</p></div>'
      '<div class="ans"><span class="who">热心网友</span>大概率被骗了，尽快报警，并拨打 12315 投诉；证书到 zscx.osta.org.cn 查。</div>', css=CSS_WD,
      note='Q&A without offer; victim quotes scam number')

DEC = {
    '12333': ('public_number', '12333'),
    '12315': ('public_number', '12315'),
    'zscx': ('public_number', 'zscx.osta.org.cn'),
    'mall': ('marketplace_footer', '400-900-5178'),
    'scam_phone': ('warning_quote', '176 2345 8890'),
    'scam_wechat': ('warning_quote', 'ai_zhengshu888'),
    'scam_qq': ('warning_quote', '2837461190'),
    'cert_sample': ('order_number', '13810240556'),
    'exam_ticket': ('order_number', '2026110835'),
    'mall_email': ('marketplace_footer', 'kefu@youxuemall.com'),
    'mall_domain': ('marketplace_footer', 'www.youxuemall.com'),
    'order:13926485017': ('order_number', '13926485017'),
    'order:15620261103': ('order_number', '15620261103'),
    'order:24442000000163205': ('order_number', '24442000000163205'),
    'order:2026040117': ('order_number', '2026040117'),
    'order:17720261029': ('order_number', '17720261029'),
    'order:13620261112': ('order_number', '13620261112'),
    'order:032002600311': ('order_number', '032002600311'),
}
# non-offer pages also carry decoys
EXTRA_DEC = {'/news/warn-2026-11.html': ['scam_phone', 'scam_wechat', 'scam_qq', 'zscx', '12333'],
             '/news/warn-fake-cert.html': ['scam_phone', 'scam_wechat', '12315', '12333'],
             '/news/verify-guide.html': ['zscx', 'cert_sample', '12333'],
             '/mall/help.html': ['mall'],
             '/wenda/q1006.html': ['scam_phone', '12315', 'zscx']}

# ------------------------------------------------------------------ index/list pages
def listing(path, title, prefix, css, head):
    items = [(p, t['provider'] or p) for p, h, t, d in PAGES if p.startswith(prefix)]
    body = head + '<h1>%s</h1><ul>%s</ul><p><a href="/index.html">返回导航</a></p>' % (
        title, ''.join('<li><a href="%s">%s</a></li>' % (p, n) for p, n in items))
    return body

LISTS = [('/school/index.html', '培训机构官网名录', '/school/', CSS_SCHOOL[1], ''),
         ('/mall/index.html', '优学商城 · 职业考证频道', '/mall/', CSS_MALL, '<div class="mh"><b>优学商城</b></div>'),
         ('/fenlei/index.html', '同城快讯网 · 职业培训信息', '/fenlei/', CSS_FL, '<div class="fh">同城快讯网</div>'),
         ('/wenda/index.html', '知问社区 · 职业资格话题', '/wenda/', CSS_WD, ''),
         ('/gzh/index.html', '公众号文章合集：AI 考证', '/gzh/', CSS_GZH, ''),
         ('/video/index.html', '快映短视频 · #人工智能训练师 话题', '/video/', CSS_VID, ''),
         ('/news/index.html', '职业培训资讯与防骗提醒', '/news/', CSS_FL, '')]


ORD = {'/mall/item/100231.html': '13926485017', '/mall/item/100588.html': '15620261103', '/mall/item/101077.html': '24442000000163205', '/mall/item/101320.html': '2026040117', '/mall/item/101566.html': '17720261029', '/mall/item/102004.html': '13620261112', '/video/v/7311877.html': '032002600311'}


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    built = list(PAGES)
    for path, title, prefix, css, head in LISTS:
        body = listing(path, title, prefix, css, head)
        if path == '/mall/index.html':
            body += MALL_FOOT
            EXTRA_DEC[path] = ['mall']
        built.append((path, page(title, body, css), {'path': path, 'is_offer': False, 'operator': None, 'provider': None,
                                                     'identifiers': [], 'note': 'list page'}, []))
    idx = ('<h1>AI 职业考证信息导航</h1><ul>%s</ul><p>本站汇集各平台公开信息，仅供参考。</p>' %
           ''.join('<li><a href="%s">%s</a></li>' % (p, t) for p, t, _, _, _ in LISTS))
    built.append(('/index.html', page('AI 职业考证信息导航', idx, CSS_FL), {'path': '/index.html', 'is_offer': False, 'operator': None,
                  'provider': None, 'identifiers': [], 'note': 'crawl root'}, []))
    dec_paths = {}
    for path, html, t, d in built:
        ks = d + EXTRA_DEC.get(path, [])
        ks = [k for k in ks if k != 'order'] + (['order:' + ORD[path]] if 'order' in ks else [])
        ks += ['mall_email', 'mall_domain'] if 'mall' in ks else []
        for k in ks:
            dec_paths.setdefault(k, []).append(path)
        fp = os.path.join(SITE, path.lstrip('/'))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'w', encoding='utf-8') as f:
            f.write(html)
    with open(os.path.join(SITE, 'robots.txt'), 'w') as f:
        f.write('User-agent: *\nAllow: /\n')
    ops = {}
    for _, _, t, _ in built:
        if t['operator']:
            ops.setdefault(t['operator'], []).append(t['provider'])
    TIES = {
        'T01': 'own site <-mobile 13957126648-> mall shop <-wechat zyjy_kefu01-> classified <-QQ 2851447093-> 公众号 (also email domain zhiyuan-ai.cn = site domain)',
        'T02': 'own site <-400-682-3551-> classified <-wechat pcznx888-> short video',
        'T03': 'own site <-mobile 18611207735-> mall shop <-account holder 北京北辰启航教育咨询有限公司-> 公众号 <-QQ group 735218409-> Q&A answer and short video',
        'T04': 'own site <-mobile 15882316604-> classified; own site <-USCC-> Q&A answer',
        'T05': 'own site <-domain yckn-skill.cn-> mall shop <-wechat suizhi-edu-> 公众号 <-payee 陈美玲-> classified',
        'T06': 'mall shop <-QQ 1928374650-> Q&A answer',
        'T07': 'own site <-landline 021-54673320-> short video <-wechat shenzhi_teacher-> 公众号',
        'T08': 'own site <-mobile 13991287765-> classified <-QQ group 614082377-> Q&A answer <-wechat ca-zhixun-> mall shop',
        'T09': 'own site <-account holder 南京宁训信息技术有限公司-> short video',
    }
    truth = {'description': 'Sealed operators web 2026-12b: 51 fictional Chinese pages (school sites, marketplace, classifieds, Q&A, 公众号, short video, news) '
                            'selling 人工智能训练师 courses; 9 operators behind 2-5 offers each, 8 independent sellers, decoys of 4 kinds.',
             'pages': [t for _, _, t, _ in sorted(built, key=lambda x: x[0])],
             'operators': {k: {'brands': v, 'ties': TIES[k]} for k, v in sorted(ops.items())},
             'decoys': [{'kind': DEC[k][0], 'value': DEC[k][1], 'paths': sorted(set(v))} for k, v in sorted(dec_paths.items())]}
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print(len(built), 'pages')


if __name__ == '__main__':
    main()
