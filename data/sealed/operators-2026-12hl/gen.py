#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (Shanwei week). Stdlib only, deterministic."""
import json, os, re, shutil, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]

def org_check(body8):
    ws = [3,7,9,10,5,8,4,2]
    s = sum((int(c) if c.isdigit() else ord(c)-55)*w for c, w in zip(body8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    s17 = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch)*w for ch, w in zip(s17, W)) % 31
    return s17 + ALPH[0 if r == 31 else r]

US_U01 = uscc("52441502", "MJL3826K")
US_U04 = uscc("91440300", "MA5G7R2U")
US_U07 = uscc("91440101", "MA9UK4P1")

SITES = {
 "hxpx":  ("智训职校", "汕尾智训职业培训学校官网", "corp", ["首页","课程设置","师资力量","报名咨询","关于我们"],
           "汕尾智训职业培训学校 版权所有 | 地址:汕尾市城区香洲街道 | 咨询:139 0276 1548 | 粤ICP备2021087316号"),
 "kcw":   ("学课汇", "学课汇 · 职业技能课程平台", "market", ["首页","职业技能","IT互联网","考证专区","机构入驻"],
           "学课汇 xuekehui.com | 平台客服 400-118-6620 | kefu@xuekehui.com | 粤ICP备18066291号-2 | 本平台仅提供信息展示,课程由入驻机构提供"),
 "luntan":("汕尾之窗论坛", "汕尾之窗 · 汕尾人自己的论坛", "forum", ["论坛首页","汕尾杂谈","教育考证","求职招聘","二手市场"],
           "汕尾之窗论坛 swzc-bbs.net | 版务联系 admin@swzc-bbs.net | 粤ICP备17045520号"),
 "fenlei":("汕尾分类信息网", "汕尾分类信息网 - 免费发布信息", "classified", ["首页","教育培训","招聘","房产","二手"],
           "汕尾分类信息网 | 客服QQ群:583920147 | 粤ICP备19023841号-1 | 信息由网友发布,请核实后交易"),
 "wenda": ("问知", "问知 · 有问题就问", "qa", ["首页","教育","职场","科技","我要提问"],
           "问知 wenzhi.cn | 违规举报 jubao@wenzhi.cn | 京ICP备15038877号"),
 "gzh":   ("公号文摘", "公号文摘 · 微信好文转载", "repost", ["首页","教育","职场","本地","投稿"],
           "公号文摘 wxwenzhai.com | 投稿:tougao@wxwenzhai.com | 文章版权归原公众号所有"),
 "shipin":("快看短视频", "快看 · 短视频", "video", ["推荐","同城","知识","直播"],
           "快看短视频 | 未成年人举报 0755-86013388 | 粤网文〔2023〕1127-084号"),
 "news":  ("汕尾在线", "汕尾在线 · 新闻", "news", ["首页","本地","教育","民生","专题"],
           "汕尾在线 | 新闻热线 0660-3366110 | 粤ICP备16012993号"),
 "rsj":   ("某区人社局", "汕尾市某区人力资源和社会保障局", "gov", ["首页","政务公开","通知公告","办事服务","政策解读"],
           "主办:汕尾市某区人力资源和社会保障局 | 咨询电话:12333 | 粤ICP备05012333号"),
 "shop":  ("优品商城", "优品商城 · 教育虚拟商品", "shop", ["首页","考证培训","电子书","会员"],
           "优品商城 | 售后 400-900-5533 | 支付服务由支付宝提供,支付宝客服95188"),
 "blog":  ("阿杰的博客", "阿杰的博客 · 打工人的学习笔记", "blog", ["首页","归档","关于"],
           "© 阿杰的博客 | 粤ICP备20031178号 | Powered by WordPress"),
}

# ---------------------------------------------------------------- offers
# each: site, file, title, op, provider, body (html), ids [(kind,value,written)]
def P(m): return "+86" + m
O = []
def offer(site, fn, title, op, prov, body, ids, note):
    O.append(dict(site=site, fn=fn, title=title, op=op, prov=prov, body=body, ids=ids, note=note))

# U01 汕尾智训 (honest school, own site + marketplace + classifieds + repost)
offer("hxpx","kecheng-ai.html","人工智能训练师(五级/四级)培训班招生","U01","汕尾智训职业培训学校",
 "<p>本校为经备案的培训机构,开设人工智能训练师(4-04-05-05)五级、四级培训。五级参考课时60学时,四级50学时。</p>"
 "<p>申报五级需本职业或相关职业累计工作满1年或经本职业学徒期满。考试含理论知识与操作技能两部分。</p>"
 "<p>符合条件的参保职工取证后可按规定申领技能提升补贴(五级最高1000元,四级最高1500元)。</p>"
 f"<p>报名咨询:139 0276 1548(陈老师) 微信同号:zhixun_sw</p><p>统一社会信用代码:{US_U01}</p>",
 [("phone",P("13902761548"),"139 0276 1548"),("wechat","zhixun_sw","zhixun_sw"),("uscc",US_U01,US_U01)],
 "training school's own course page")
offer("kcw","course-20418.html","【汕尾线下】人工智能训练师四级 周末班","U01","智训AI学院",
 "<p>课程编号:13700052018 | 授课方式:线下+线上 | 地点:汕尾城区</p><p>数据标注、数据采集与处理、智能系统运维,理论30%实操70%。</p>"
 "<p>机构:智训AI学院(汕尾智训职业培训学校)</p><p>机构老师电话 13902761548,加V:ZhiXun_SW 备注“学课汇”</p>",
 [("phone",P("13902761548"),"13902761548"),("wechat","zhixun_sw","ZhiXun_SW")],
 "marketplace listing")
offer("fenlei","jiaoyu-2201.html","汕尾 人工智能训练师 数据标注员 培训考证 可申请补贴","U01","智训职校",
 "<p>智训职校常年招生:人工智能训练师五级、四级,小班教学,周末上课。</p><p>联系人:陈老师 电话:139-0276-1548</p>"
 "<p>模板说明:电话 138xxxxxxxx 微信 xxxxxx 请替换为您的联系方式(发布人未删除)</p>",
 [("phone",P("13902761548"),"139-0276-1548")],"classified ad; contains template placeholder")
offer("gzh","a-0315.html","转载|AI训练师到底是什么?汕尾也能考了","U01","汕尾智训职业培训学校",
 f"<p>来源:公众号“智训职校”</p><p>……人工智能训练师是2020年人社部等发布的新职业,取得的是职业技能等级证书,可在 jndj.osta.org.cn 查询。</p>"
 f"<p>想报名的朋友扫码或搜索微信号 zhixun_sw。学校统一社会信用代码 {US_U01[:6]} {US_U01[6:12]} {US_U01[12:]}</p>",
 [("wechat","zhixun_sw","zhixun_sw"),("uscc",US_U01,f"{US_U01[:6]} {US_U01[6:12]} {US_U01[12:]}")],
 "WeChat article repost by the school")

# U02 鹏城AI (dishonest: 包过, 人社部颁发)
offer("kcw","course-20533.html","人工智能训练师 三级 包过 人社部颁发 全国通用","U02","鹏城AI职业技能",
 "<p>零基础可报,不限学历不限经验,一次报三级二级更优惠!人社部颁发,国家职业资格证书,终身有效,全国联网可查。</p>"
 "<p>课程编号:13700052019 | 咨询热线 187 1876 5032 | QQ:2851937406</p>",
 [("phone",P("18718765032"),"187 1876 5032"),("qq","2851937406","2851937406")],"dishonest marketplace listing")
offer("shipin","v-7731.html","90%小白都能学会!AI训练师证 原价9999限时99","U02","鹏城AI",
 "<p>@鹏城AI考证 · 12.3万播放</p><p>评论区置顶:交费包过,拿证就能升职加薪,私信或加 威:pcai8899</p>"
 "<p>网友评论:“真的假的?” “已报,等证”</p>",
 [("wechat","pcai8899","pcai8899")],"short video ad")
offer("wenda","q-5503.html","人工智能训练师证书好考吗?哪里能报?","U02","鹏城AI职业技能培训",
 "<p>回答1(鹏城AI招生老师):我们这边包过,不过全退,人社部颁发的,考完直接进国家库。扣扣 285-193-7406,v:PCAI8899</p>"
 "<p>回答2(网友):别信包过,去 zscx.osta.org.cn 查机构。有问题可以打12333问。</p>"
 "<p>追问(网友小吴):我想报,我电话13516609872,谁能推荐正规的?</p>",
 [("qq","2851937406","285-193-7406"),("wechat","pcai8899","PCAI8899")],"Q&A answer by seller; reader leaves own phone")
offer("shop","item-88.html","【拍下即报名】AI人工智能训练师 三级+四级+五级 三证套餐","U02","鹏城AI",
 "<p>三证一起拿,一次报名全搞定,免培训,包通过!客服手机:一八七 1876 5032 / 18718765032</p><p>付款后订单号如 15800046211 请截图发给客服。</p>",
 [("phone",P("18718765032"),"18718765032")],"shop item; three-level bundle")

# U03 海丰县启明教育 (honest, local)
offer("fenlei","jiaoyu-2205.html","海丰 人工智能训练师五级 周末班 可开发票","U03","海丰县启明教育",
 "<p>海丰县启明教育培训中心,开设数据标注员方向人工智能训练师五级。报名需工作满一年证明。</p><p>座机:0660-6612877 手机:13652910437</p>"
 "<p>电话 138xxxxxxxx(示例)</p>",
 [("phone","06606612877","0660-6612877"),("phone",P("13652910437"),"13652910437")],"classified ad")
offer("luntan","thread-901.html","海丰有没有靠谱的AI训练师培训?我在启明报了","U03","启明教育",
 "<p>楼主(启明教育小刘):我们启明在海丰城东开班,下月考五级,需要的留言,或者打(0660)6612877。</p>"
 "<p>2楼 网友:多少钱?我的号13516609872,麻烦回个电话。</p><p>3楼 楼主:邮箱 qmedu_hf@163.com 发简历过来先看是否符合申报条件。</p>",
 [("phone","06606612877","(0660)6612877"),("email","qmedu_hf@163.com","qmedu_hf@163.com")],"forum self-promotion thread")
offer("blog","post-12.html","记录:在海丰启明教育上人工智能训练师课(含报名方式)","U03","海丰启明教育",
 "<p>朋友托我发一下他们机构的招生:启明教育,五级培训60课时,参保满一年可以申请补贴。</p>"
 "<p>报名邮箱 QMEDU_HF@163.COM,手机 136 5291 0437。</p>",
 [("email","qmedu_hf@163.com","QMEDU_HF@163.COM"),("phone",P("13652910437"),"136 5291 0437")],"blog advertorial")

# U04 中认国培 (dishonest, fake query site, state-sounding 91 company)
offer("shop","item-90.html","国家人工智能训练师证书 中认国培 官网可查","U04","中认国培(深圳)职业技能评价中心",
 f"<p>由中认国培颁发,人社部认证的新职业,证书官网可查:www.zrgp-cert.com。</p><p>全国统一热线:400-826-3390</p><p>统一社会信用代码:{US_U04}</p>",
 [("domain","zrgp-cert.com","www.zrgp-cert.com"),("phone","4008263390","400-826-3390"),("uscc",US_U04,US_U04)],"shop item; fake query domain")
offer("gzh","a-0322.html","转载|2026年人工智能训练师报考指南(人社新认证职业)","U04","中认国培",
 "<p>来源:公众号“中认国培考证中心”</p><p>人工智能三级考试由国家工信部职业技能鉴定中心主办……证书直接对应职称。</p>"
 "<p>报名咨询 4008263390,客服微信 ZRGP_KF01,证书查询 zrgp-cert.com/chaxun</p>",
 [("phone","4008263390","4008263390"),("wechat","zrgp_kf01","ZRGP_KF01"),("domain","zrgp-cert.com","zrgp-cert.com")],"repost of seller article")
offer("shipin","v-7740.html","拿到这个证 每年挂靠收入好几万","U04","中认国培考证",
 "<p>@中认国培考证 · 4.1万播放</p><p>AI训练师证可以挂靠,躺赚!简介:kf微信 zrgp_kf01</p>",
 [("wechat","zrgp_kf01","zrgp_kf01")],"short video; 挂靠 lure")
offer("news","adv-6.html","【推广】人工智能训练师成就业新风口","U04","中认国培",
 "<p>(本文为广告)据中认国培介绍,该中心颁发的人工智能训练师证书可登录其官网 http://www.zrgp-cert.com 查询,"
 "咨询电话 400 826 3390。</p>",
 [("domain","zrgp-cert.com","www.zrgp-cert.com"),("phone","4008263390","400 826 3390")],"advertorial on news site")

# U05 陆丰数智人才
offer("fenlei","jiaoyu-2210.html","陆丰 AI训练师 数据标注 培训+推荐兼职","U05","陆丰数智人才",
 "<p>学完推荐数据标注兼职,在家接单。考四级需要符合年限,不符合的先考五级。</p><p>电话150 1669 3284 QQ1093345281</p>",
 [("phone",P("15016693284"),"150 1669 3284"),("qq","1093345281","1093345281")],"classified ad")
offer("wenda","q-5510.html","陆丰哪里能学人工智能训练师?","U05","数智人才培训",
 "<p>回答(数智人才-林):我们在陆丰东海镇,五级四级都有,加微 lfszrc 或者企鹅 109 334 5281。</p><p>另一回答:可以先去人社局问,12333。</p>",
 [("wechat","lfszrc","lfszrc"),("qq","1093345281","109 334 5281")],"Q&A answer by seller")
offer("luntan","thread-905.html","[转让名额] 数智人才AI训练师班,还有3个名额","U05","陆丰数智人才",
 "<p>机构发帖:下周开课,最后3个名额,微信LFSZRC,电话15016693284。</p><p>回复:报名表用问卷星还是 wj.qq.com/s2/1234567 填?</p>",
 [("wechat","lfszrc","LFSZRC"),("phone",P("15016693284"),"15016693284")],"forum thread by seller")

# U06 星火AI课堂 / 粤东人工智能产业学院
offer("kcw","course-20605.html","星火AI课堂 · 人工智能训练师(四级)线上直播课","U06","星火AI课堂",
 "<p>课程编号:13700052020 | 直播+录播 40课时 | 学员群:738215064</p><p>讲师邮箱 xinghuoai@qq.com</p>",
 [("qq_group","738215064","738215064"),("email","xinghuoai@qq.com","xinghuoai@qq.com")],"marketplace listing")
offer("blog","post-15.html","我是怎么考过AI训练师四级的(附星火课堂优惠码)","U06","星火AI课堂",
 "<p>……课是在粤东人工智能产业学院(星火AI课堂)上的,报名找 137-2986-0415,群号 738 215 064。</p>"
 "<p>报名表是在 wj.qq.com 上填的。</p>",
 [("phone",P("13729860415"),"137-2986-0415"),("qq_group","738215064","738 215 064")],"blog with referral")
offer("gzh","a-0330.html","转载|粤东人工智能产业学院2026春季招生简章","U06","粤东人工智能产业学院",
 "<p>来源:公众号“粤东AI产业学院”</p><p>招生对象:具备一年以上相关工作经历者。联系电话:13729860415 邮箱:XingHuoAI@qq.com</p>",
 [("phone",P("13729860415"),"13729860415"),("email","xinghuoai@qq.com","XingHuoAI@qq.com")],"repost of enrolment brochure")
offer("shipin","v-7752.html","AI训练师一天工作是什么样的?(星火AI课堂)","U06","星火AI课堂",
 "<p>@星火AI课堂 · 8,902播放</p><p>想系统学习的来 Q群 738215064,课程在学课汇也能搜到。</p>",
 [("qq_group","738215064","738215064")],"short video pointing to QQ group")

# U07 广州睿学教育
offer("kcw","course-20711.html","睿学教育 人工智能训练师三级 广州面授 可申请补贴","U07","广州睿学教育科技有限公司",
 f"<p>三级申报需四级证书满5年等条件,报名前先审核。面授地点广州天河。</p><p>电话:020-38862741 企业信用代码 {US_U07}</p>",
 [("phone","02038862741","020-38862741"),("uscc",US_U07,US_U07)],"marketplace listing")
offer("shop","item-93.html","睿学 AI训练师三级 课程定金","U07","睿学教育",
 "<p>本链接为课程定金,拍下后联系客服。机构座机 (020)3886 2741,微信 ruixue_gz。</p>",
 [("phone","02038862741","(020)3886 2741"),("wechat","ruixue_gz","ruixue_gz")],"shop deposit link")
offer("news","adv-9.html","【企业动态】睿学教育走进粤东 开设人工智能训练师课程","U07","睿学教育",
 f"<p>(推广)广州睿学教育科技有限公司(统一社会信用代码{US_U07.lower()[:-1]}{US_U07[-1]})近日在汕尾开设课程。咨询请加微信 RuiXue_GZ。</p>",
 [("uscc",US_U07,US_U07.lower()[:-1]+US_U07[-1]),("wechat","ruixue_gz","RuiXue_GZ")],"advertorial")

# U08 汕尾学宝 (dishonest, payee name)
offer("fenlei","jiaoyu-2216.html","AI训练师证 不用考试 直接出证 15天拿证","U08","学宝考证",
 "<p>不培训直接发证,人社部颁发,全国通用。联系:178 2046 3391</p><p>付款账户:汕尾市城区学宝信息咨询服务部</p>",
 [("phone",P("17820463391"),"178 2046 3391"),("other","汕尾市城区学宝信息咨询服务部","汕尾市城区学宝信息咨询服务部")],"classified; direct certificate sale")
offer("shipin","v-7760.html","还在自学?AI证书速成 包过","U08","学宝",
 "<p>@学宝考证 · 2,311播放</p><p>速成拿证,vx:xb17820463391</p>",
 [("wechat","xb17820463391","xb17820463391")],"short video ad")
offer("wenda","q-5518.html","有没有不用考试就能拿的人工智能证书?","U08","学宝考证",
 "<p>回答(学宝):有的,15天出证,加V xb17820463391,转账请备注 汕尾市城区学宝信息咨询服务部 收款。</p>",
 [("wechat","xb17820463391","xb17820463391"),("other","汕尾市城区学宝信息咨询服务部","汕尾市城区学宝信息咨询服务部")],"Q&A answer by seller")

# U09 智联云课 (three levels at once)
offer("shop","item-97.html","智联云课 AI训练师直通车 五四三级连报","U09","智联云课",
 "<p>零基础直通高级工,三级连报立减2000!官网 zlyk-edu.cn 客服QQ 3306789154</p>",
 [("domain","zlyk-edu.cn","zlyk-edu.cn"),("qq","3306789154","3306789154")],"shop item; three-level bundle")
offer("luntan","thread-912.html","[广告] AI训练师直通车 零基础三个月拿高级","U09","AI训练师直通车",
 "<p>详见 WWW.ZLYK-EDU.CN,电话 199 2587 3016</p><p>版主:广告帖,已扣分。</p>",
 [("domain","zlyk-edu.cn","WWW.ZLYK-EDU.CN"),("phone",P("19925873016"),"199 2587 3016")],"forum ad thread")
offer("blog","post-18.html","2026最新 AI训练师报考渠道汇总(智联云课)","U09","智联云课",
 "<p>……我最后选了智联云课,报名电话19925873016,QQ:330 678 9154。</p>",
 [("phone",P("19925873016"),"19925873016"),("qq","3306789154","330 678 9154")],"blog referral post")

# Independents
offer("fenlei","jiaoyu-2220.html","城区 个人辅导 AI训练师理论+实操","I01","郑老师个人辅导",
 "<p>本人有数据标注项目经验,一对一辅导。电话 135 9041 7726</p>",
 [("phone",P("13590417726"),"135 9041 7726")],"independent tutor classified")
offer("kcw","course-20820.html","林老师 · 数据标注员入门到四级","I02","林老师工作室",
 "<p>课程编号:13700052021 | 录播课 | 老师微信 ai_lin_teacher</p>",
 [("wechat","ai_lin_teacher","ai_lin_teacher")],"independent marketplace course")
offer("shipin","v-7771.html","数据标注兼职+考证 一条龙","I03","小周说AI",
 "<p>@小周说AI · 560播放</p><p>扣扣947281365</p>",
 [("qq","947281365","947281365")],"independent short video")
offer("wenda","q-5522.html","汕尾考人工智能训练师去哪里考?","I04","城区云帆培训",
 "<p>回答(云帆培训):我们可以报名,考点在市技工学校,考点前台0660-3388123只负责考场事务,报名找我:189 2604 7751。</p>",
 [("phone",P("18926047751"),"189 2604 7751")],"independent Q&A answer")
offer("gzh","a-0350.html","转载|红海湾职业技能培训中心招生","I05","红海湾职业技能培训中心",
 "<p>来源:公众号“红海湾职培”</p><p>开设人工智能训练师五级。报名电话 0660-3219845。考试地点咨询 0660-3388123(考点)。</p>",
 [("phone","06603219845","0660-3219845")],"independent repost")
offer("shop","item-99.html","AI训练师四级 题库+模拟考试","I06","考无忧题库",
 "<p>题库更新至2025-07-01细目表,赠送报名指导。店主手机 158-8963-1207</p>",
 [("phone",P("15889631207"),"158-8963-1207")],"independent shop item")

# ---------------------------------------------------------------- non-offers
N = [
 ("news","warn-1.html","警惕!“AI证书包过”骗局又来了","warning news",
  "<p>近日市民反映,有人自称“人社部考证中心”,以“包过、免培训”为由收取费用。骗子电话 177 8899 0011,微信号 kaozheng_vip66。</p>"
  "<p>提醒:职业技能等级证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询;遇到问题请拨打12333或12315投诉。</p>"),
 ("rsj","notice-2026-03.html","关于开展2026年第一批人工智能训练师职业技能等级认定的通知","official notice",
  "<p>各有关单位:根据工作安排……认定考点:市技工学校,考点前台 0660-3388123。</p>"
  "<p>证书查询:jndj.osta.org.cn。政策咨询:12333。请勿相信“包过”宣传。</p><p>示例证书编号:S000044150025300012</p>"),
 ("luntan","thread-920.html","[曝光] 交了2980拿不到证,大家小心","complaint thread",
  "<p>楼主:上个月加了 kaozheng_vip66 报名,说包过,转账后拉黑。对方电话17788990011。已打12315。</p>"
  "<p>回复:我也被骗过,订单号 15800046211 截图都有。</p><p>回复:报名表都是 wj.qq.com 上填的,查不到人。</p>"),
 ("blog","post-20.html","如何查询职业技能等级证书真伪(附图)","guide",
  "<p>证书编号一般是22位,如 S000044150025300012。登录 zscx.osta.org.cn 或 jndj.osta.org.cn 输入姓名证件号查询。</p>"
  "<p>网上说 138xxxxxxxx 这种联系方式的都是模板,别打。12333可咨询。</p>"),
 ("luntan","thread-925.html","汕尾哪里的牛肉火锅好吃?","unrelated",
  "<p>楼主:周末想带家人去吃牛肉火锅,求推荐。</p><p>回复:凤山那家不错。</p>"),
]

def frame(site, path, title, body, crumbs, side=""):
    short, full, style, menu, foot = SITES[site]
    menu_html = "".join(f'<a href="/{site}/index.html">{m}</a> ' if i == 0 else f'<a href="/{site}/index.html#{i}">{m}</a> ' for i, m in enumerate(menu))
    cr = " &gt; ".join(crumbs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {short}</title></head>
<body class="{style}">
<header><div class="logo">{full}</div><nav class="menu">{menu_html}</nav></header>
<div class="crumbs"><a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{short}</a> &gt; {cr}</div>
<main><h1>{html.escape(title)}</h1>
{body}
</main>
<aside class="sidebar"><h3>相关推荐</h3>{side}</aside>
<footer>{foot}</footer>
</body></html>
"""

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    pages = {}   # path -> (site, title, html)
    truth_pages = []
    by_site = {s: [] for s in SITES}
    for o in O:
        by_site[o["site"]].append((o["fn"], o["title"]))
    for s, fn, t, _, _ in N:
        by_site[s].append((fn, t))
    def side(site, fn):
        others = [(f, t) for f, t in by_site[site] if f != fn][:3]
        return "".join(f'<p><a href="/{site}/{f}">{html.escape(t)}</a></p>' for f, t in others)
    for o in O:
        path = f"/{o['site']}/{o['fn']}"
        pages[path] = frame(o["site"], path, o["title"], o["body"], [o["title"][:12]], side(o["site"], o["fn"]))
        truth_pages.append({"path": path, "is_offer": True, "operator": o["op"], "provider": o["prov"],
                            "identifiers": [list(i) for i in o["ids"]], "note": o["note"]})
    for s, fn, t, note, body in N:
        path = f"/{s}/{fn}"
        pages[path] = frame(s, path, t, body, [t[:12]], side(s, fn))
        truth_pages.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                            "identifiers": [], "note": note})
    for s in SITES:
        lst = "".join(f'<li><a href="/{s}/{f}">{html.escape(t)}</a></li>' for f, t in by_site[s])
        path = f"/{s}/index.html"
        pages[path] = frame(s, path, SITES[s][1], f"<ul>{lst}</ul>", ["首页"])
        truth_pages.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                            "identifiers": [], "note": f"index page of {s} ({SITES[s][2]})"})
    hub = "".join(f'<li><a href="/{s}/index.html">{SITES[s][1]}</a></li>' for s in SITES)
    pages["/index.html"] = f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>本周浏览记录 · 网址导航</h1><ul>{hub}</ul></body></html>\n'
    truth_pages.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                        "identifiers": [], "note": "hub"})
    for p, h in pages.items():
        fp = os.path.join(OUT, p.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(h)
    with open(os.path.join(OUT, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")

    ops = {}
    for o in O:
        d = ops.setdefault(o["op"], {"brands": [], "identifiers": []})
        if o["prov"] not in d["brands"]: d["brands"].append(o["prov"])
        for k, v, _ in o["ids"]:
            if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    DEC = [
     ("phone","12333",["12333"],"人社 public hotline"),
     ("phone","12315",["12315"],"market-regulation complaint hotline"),
     ("domain","osta.org.cn",["jndj.osta.org.cn","zscx.osta.org.cn"],"official verification sites"),
     ("phone","4001186620",["400-118-6620"],"marketplace footer customer service"),
     ("email","kefu@xuekehui.com",["kefu@xuekehui.com"],"marketplace footer e-mail"),
     ("other","粤ICP备18066291号-2",["粤ICP备18066291号-2"],"marketplace ICP"),
     ("qq_group","583920147",["583920147"],"classifieds footer QQ group"),
     ("other","粤ICP备19023841号-1",["粤ICP备19023841号-1"],"classifieds ICP"),
     ("email","admin@swzc-bbs.net",["admin@swzc-bbs.net"],"forum footer e-mail"),
     ("email","jubao@wenzhi.cn",["jubao@wenzhi.cn"],"Q&A footer e-mail"),
     ("email","tougao@wxwenzhai.com",["tougao@wxwenzhai.com"],"repost site footer e-mail"),
     ("phone","075586013388",["0755-86013388"],"video platform footer hotline"),
     ("phone","4009005533",["400-900-5533"],"shop footer after-sales"),
     ("phone","95188",["95188"],"payment platform hotline"),
     ("phone","+8617788990011",["177 8899 0011","17788990011"],"scammer number quoted in warning and complaint"),
     ("wechat","kaozheng_vip66",["kaozheng_vip66"],"scammer WeChat quoted in warning and complaint"),
     ("phone","+8613700052018",["13700052018","13700052019","13700052020","13700052021"],"marketplace course numbers that look like mobiles"),
     ("phone","+8615800046211",["15800046211"],"order number that looks like a mobile"),
     ("other","S000044150025300012",["S000044150025300012"],"example certificate number"),
     ("phone","138xxxxxxxx",["138xxxxxxxx"],"template placeholder"),
     ("phone","+8613516609872",["13516609872"],"reader's own phone in comments on two sellers' pages"),
     ("phone","066603388123".replace("0666","0660"),["0660-3388123"],"exam venue front desk"),
     ("domain","wj.qq.com",["wj.qq.com"],"form tool"),
     ("domain","wxwenzhai.com",["wxwenzhai.com"],"repost platform domain"),
    ]
    decoys = []
    for k, v, ws, why in DEC:
        pl = sorted(p for p, h in pages.items() if any(w in h for w in ws))
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pl, "why": why})
    truth = {"pages": sorted(truth_pages, key=lambda x: x["path"]), "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
