#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers (Liaoyuan week). stdlib only, deterministic."""
import json, os, shutil, html

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]

def org_check(code8):
    w = [3,7,9,10,5,8,4,2]
    s = sum((int(c) if c.isdigit() else ord(c)-55)*wi for c, wi in zip(code8, w))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))

def uscc(prefix8, org8):
    body = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch)*w for ch, w in zip(body, W18))
    r = 31 - s % 31
    return body + ALPH[0 if r == 31 else r]

USCC1 = uscc("91220400", "MA17K3QP")   # U01 辽源智芯
USCC3 = uscc("52220400", "MA0Y8D2C")   # U03 鑫途 (民办非企业)
USCC6 = uscc("91440300", "MA5H7T2W")   # U06 华智
USCC9 = uscc("91220402", "MA17X0BR")   # U09 博睿

SITES = {
 "zhixin": dict(name="辽源市智芯职业技能培训学校", style="corp", menu=["首页","学校简介","培训项目","报名须知","联系我们"],
   footer="辽源市智芯职业技能培训学校 · 地址：辽源市龙山区人民大街 · 电话 0437-3216688 · www.zhixinpx.cn · 统一社会信用代码 %s" % USCC1),
 "xuetang": dict(name="课栈学堂 · 职业技能课程平台", style="market", menu=["首页","IT/AI","职业资格","技能证书","入驻合作"],
   footer="课栈学堂客服热线 400-661-7788 · 客服邮箱 kefu@kezhanxuetang.com · 平台不对第三方机构承诺负责"),
 "fenlei": dict(name="辽源分类信息网", style="classified", menu=["首页","招聘","教育培训","二手","房产"],
   footer="lyfenlei.com 辽源分类信息网 · 吉ICP备18004372号-1 · 举报邮箱 jubao@lyfenlei.com"),
 "luntan": dict(name="辽源论坛 · 东辽河畔", style="forum", menu=["首页","辽源杂谈","教育考试","求职招聘","维权曝光"],
   footer="辽源论坛 · 同城交流QQ群 286401937 · 版主邮箱 bbs_admin@lybbs.net"),
 "wenda": dict(name="知问 · 问答社区", style="qa", menu=["首页","教育","职场","科技","热门问题"],
   footer="知问社区 · 侵权投诉 010-57862210 · zhiwen-ask.com"),
 "wx": dict(name="公众号文章精选转载", style="wechat", menu=["首页","职场","教育","科技"],
   footer="本站转载内容来自微信公众号，版权归原作者 · 联系本站 zz_admin@wxzhuanzai.com"),
 "shipin": dict(name="快看短视频 网页版", style="video", menu=["推荐","同城","教育","知识"],
   footer="快看短视频 · 违法和不良信息举报电话 400-140-2108 · 未成年人保护"),
 "shop": dict(name="邻里优选商城", style="shop", menu=["首页","虚拟商品","教育培训","店铺入驻"],
   footer="邻里优选商城 · 平台客服 0437-3099000 · lilimall.cn · 支付安全由第三方保障"),
 "blog": dict(name="小鱼的辽源生活笔记", style="blog", menu=["首页","考证","生活","随笔","关于我"],
   footer="小鱼的博客 · 合作联系 lyxiaoyu@foxmail.com · 部分文章为推广内容"),
 "news": dict(name="辽源在线 新闻", style="news", menu=["首页","本地","民生","教育","财经"],
   footer="辽源在线 · 新闻热线 0437-3508110 · 吉ICP备09001263号"),
 "rsj": dict(name="辽源市人力资源和社会保障局（示例站）", style="gov", menu=["首页","政务公开","通知公告","就业创业","职业能力"],
   footer="主办：辽源市人力资源和社会保障局 · 咨询电话 12333 · 本站为演示页面"),
}

PAGES = []
def page(site, fname, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=fname, title=title, body=body, is_offer=offer, operator=op,
                      provider=provider, ids=[list(x) for x in ids], note=note))

# ---------------- U01 辽源智芯 (honest training school) ----------------
page("zhixin", "ai-trainer.html", "人工智能训练师（四级/五级）职业技能培训招生",
 """<p>辽源市智芯职业技能培训学校现招收人工智能训练师（职业编码4-04-05-05）五级、四级学员，工种为数据标注员。</p>
<p>报考五级须累计从事本职业或相关职业工作满1年，或本职业学徒期满；四级按照国家职业技能标准（2021年版）的条件审核，不符合条件的不予报名。</p>
<p>培训60课时（五级），理论+实操，认定考试由备案的评价机构组织，成绩合格后颁发职业技能等级证书，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<p>符合条件的参保职工可申领技能提升补贴（五级最高1000元、四级最高1500元），政策咨询可拨打 12333。</p>
<p>证书样例编号：S000022000123265000137（样证，仅供参考）</p>
<p>咨询：0437-3216688 ／ 招生老师 139 4378 1562 ／ 官网 www.zhixinpx.cn</p>""",
 True, "U01", "辽源市智芯职业技能培训学校",
 [["phone","04373216688","0437-3216688"],["phone","+8613943781562","139 4378 1562"],["domain","zhixinpx.cn","www.zhixinpx.cn"],["uscc",USCC1,USCC1]],
 "training school's own course page, honest")
page("zhixin", "enroll.html", "2026年冬季班报名须知",
 """<p>冬季班12月20日开班，周末授课，地点在龙山区人民大街校区三楼。</p>
<p>报名请携带身份证、学历证明及工作年限证明。考点：辽源职业技术学院考点（前台 0437-3290110）。</p>
<p>加招生老师微信 zhixin_ai0437 备注“训练师”，或电话 13943781562。</p>
<p>学费按课程收取，不按证书收费，不承诺通过。</p>""",
 True, "U01", "智芯职培",
 [["wechat","zhixin_ai0437","zhixin_ai0437"],["phone","+8613943781562","13943781562"],["phone","04373216688","0437-3216688"],["domain","zhixinpx.cn","www.zhixinpx.cn"],["uscc",USCC1,USCC1]],
 "school enrolment notice, offer")
page("xuetang", "course-1021.html", "【智芯AI学院】人工智能训练师五级 数据标注实战班",
 """<p>机构：智芯AI学院（辽源）｜课时：60｜价格：￥1680（可申领补贴）</p>
<p>课程覆盖数据采集、清洗、标注规范与质检，配套实操平台。适合已有一年相关工作经历的学员。</p>
<p>报名后请添加班主任微信：ZhiXin_AI0437，发送报名截图。</p>
<p>证书查询：zscx.osta.org.cn</p>""",
 True, "U01", "智芯AI学院",
 [["wechat","zhixin_ai0437","ZhiXin_AI0437"]], "marketplace listing by U01 under another brand")
page("fenlei", "post-5531.html", "辽源 人工智能训练师培训 周末班 可补贴",
 """<p>龙山区正规培训学校，人工智能训练师五级/四级，周末班，理论加上机实操。</p>
<p>考试在辽源职业技术学院考点，前台电话0437-3290110可咨询考场位置。</p>
<p>联系电话：139-4378-1562 张老师</p>""",
 True, "U01", "张老师（智芯）",
 [["phone","+8613943781562","139-4378-1562"]], "classified ad by U01 staff")

# ---------------- U02 中科智培 (scam) ----------------
page("shop", "item-301.html", "人工智能训练师证书 国家职业资格证书 人社部颁发 包过 全国通用",
 """<p>店铺：中科智培官方店｜价格：￥2680/证｜已售 312</p>
<p>国家职业资格证书，人社部颁发，全国通用，入库可查！零基础不限学历，免培训，交费包过，三级二级都可报。</p>
<p>证书查询：www.zkzp-cx.com（官方认证查询平台）</p>
<p>支付宝担保交易，客服95188可查。拍下后联系客服 186-4379-0215 或 扣扣 2876514903 登记信息。</p>""",
 True, "U02", "中科智培官方店",
 [["phone","+8618643790215","186-4379-0215"],["qq","2876514903","2876514903"],["domain","zkzp-cx.com","www.zkzp-cx.com"]],
 "shop item, scam (人社部颁发, 包过, fake query domain)")
page("wx", "a-1009.html", "重磅！人工智能训练师成为国家紧缺职业，拿证补贴上万元",
 """<p>原标题：人社部认证的新职业！最后一批报名通道 ｜来源：中科智培教育 公众号</p>
<p>人工智能训练师由人社部颁发，属于国家职业资格证书，可挂靠年入3万+，还能直接评职称。</p>
<p>零基础3天拿证，三证合一：五级+四级+三级一次拿，仅需￥5980。证书可在 zkzp-cx.com 联网可查。</p>
<p>名额有限，速加老师V：zkzp-kefu ，或拨打18643790215。</p>""",
 True, "U02", "中科智培教育",
 [["phone","+8618643790215","18643790215"],["wechat","zkzp-kefu","zkzp-kefu"],["domain","zkzp-cx.com","zkzp-cx.com"]],
 "WeChat repost, scam (挂靠, 三证合一)")
page("shipin", "v-77.html", "90%小白都能学会！AI训练师证书原价9999限时999",
 """<p>@中科智培AI证书 ｜点赞 1.2w｜评论 356</p>
<p>视频文案：不用考试不用上课，人社部证书，包过！想了解的评论区扣1，或者加wx：ZKZP-kefu</p>
<p>评论：@路人甲 真的假的？我去年在别家交了钱就没下文了</p>""",
 True, "U02", "中科智培AI证书",
 [["wechat","zkzp-kefu","ZKZP-kefu"]], "short video ad, scam")
page("wenda", "q-118.html", "人工智能训练师证书哪里可以快速拿到？",
 """<p>提问：辽源本地，不想上课，有没有快一点拿到人工智能训练师证的？</p>
<p>回答（认证：中科智培 招生顾问）：我们这边人社部颁发的，保过，一个月出证，证书可以在 www.zkzp-cx.com 查询。具体可以加我扣扣2876514903。</p>
<p>回答（网友）：别信包过的，正规的去 zscx.osta.org.cn 查证书，有问题打12333问人社。</p>""",
 True, "U02", "中科智培",
 [["qq","2876514903","2876514903"],["domain","zkzp-cx.com","www.zkzp-cx.com"]], "Q&A answer as ad, scam")

# ---------------- U03 鑫途 (honest-ish, subsidy) ----------------
page("luntan", "thread-2203.html", "[教育考试] 人工智能训练师五级补贴班开课了（鑫途）",
 """<p>楼主：鑫途教育小王</p>
<p>鑫途职业技能培训中心本月开人工智能训练师五级补贴班，参保满一年的可以申领技能提升补贴，五级最高1000元，具体以人社部门审核为准，咨询12333。</p>
<p>电话 0437－6123890，邮箱 xintu_px@163.com</p>
<p>报名表：https://jinshuju.net/f/Xt2026ai</p>
<hr><p>2楼 小明：有资料吗，我微信 wang_xm1990 发我一份</p>""",
 True, "U03", "鑫途教育",
 [["phone","04376123890","0437－6123890"],["email","xintu_px@163.com","xintu_px@163.com"]], "forum post by U03")
page("fenlei", "post-5560.html", "鑫途培训 人工智能训练师 数据标注员 报名",
 """<p>吉林省鑫途职业技能培训中心（民办非企业单位），统一社会信用代码：%s</p>
<p>人工智能训练师（数据标注员）五级，60课时，认定考试由备案机构组织。</p>
<p>联系人：王老师 155 2673 1908</p>
<p>电话：0437 6123890</p>""" % USCC3,
 True, "U03", "吉林省鑫途职业技能培训中心",
 [["uscc",USCC3,USCC3],["phone","+8615526731908","155 2673 1908"],["phone","04376123890","0437 6123890"]], "classified ad by U03")
page("blog", "post-12.html", "在辽源考人工智能训练师，我找了哪家机构（推广）",
 """<p>本文为合作推广。</p>
<p>朋友推荐了鑫途，课程老师讲得挺细，证书是职业技能等级证书，不是国家职业资格证书，这点他们说得很清楚。</p>
<p>有兴趣的可以联系王老师15526731908，或发邮件到 XinTu_PX@163.com。样证编号 S000022000123265000137 这种格式的就是正规的。</p>
<p>报名表单：jinshuju.net</p>""",
 True, "U03", "鑫途",
 [["phone","+8615526731908","15526731908"],["email","xintu_px@163.com","XinTu_PX@163.com"]], "sponsored blog post for U03")
page("xuetang", "course-1045.html", "【鑫途职培】人工智能训练师四级 提升班",
 """<p>机构：鑫途职培｜课时：50｜价格：￥2200</p>
<p>面向持五级证书并满足年限的学员，课程含数据处理、智能系统运维。</p>
<p>报名信息：姓名、手机号、邮箱（例：your@email.com）</p>
<p>机构邮箱：xintu_px@163.com</p>""",
 True, "U03", "鑫途职培",
 [["email","xintu_px@163.com","xintu_px@163.com"]], "marketplace listing by U03")

# ---------------- U04 优学邦 (scam, online) ----------------
page("xuetang", "course-1088.html", "【优学邦】零基础直考人工智能训练师二级技师 三证合一",
 """<p>机构：优学邦在线｜价格：￥3980（原价￥9999）</p>
<p>不限学历，不限经验，零基础直接报考二级技师！五级、四级、三级三证合一，工信部认证，全国通用。</p>
<p>咨询热线：400-820-7315 ｜联系电话：138-0000-0000（请替换为实际号码）</p>
<p>官网 youxuebang.net</p>""",
 True, "U04", "优学邦在线",
 [["phone","4008207315","400-820-7315"],["domain","youxuebang.net","youxuebang.net"]], "marketplace listing, scam (level 2 to beginners)")
page("shipin", "v-80.html", "二级技师证书零基础也能拿？优学邦带你速成",
 """<p>@优学邦小林老师 ｜点赞 8765</p>
<p>文案：速成班30天，包过，拿证就加薪。私信或者加微信 yxb_laoshi88</p>
<p>主页链接：www.YouXueBang.net</p>""",
 True, "U04", "优学邦小林老师",
 [["wechat","yxb_laoshi88","yxb_laoshi88"],["domain","youxuebang.net","www.YouXueBang.net"]], "short video ad, scam")
page("wx", "a-1015.html", "AI时代，这张证书让你工资翻倍",
 """<p>来源：优学邦职场 公众号</p>
<p>人工智能训练师是国家级证书，官方指定培训，百分百通过率。</p>
<p>报名咨询：4008 207 315，微信：YXB_laoshi88，邮箱 kefu@youxuebang.net</p>""",
 True, "U04", "优学邦职场",
 [["phone","4008207315","4008 207 315"],["wechat","yxb_laoshi88","YXB_laoshi88"],["email","kefu@youxuebang.net","kefu@youxuebang.net"]], "WeChat repost, scam")

# ---------------- U05 李老师 (individual agent) ----------------
page("fenlei", "post-5602.html", "代报人工智能训练师 快速出证 李老师",
 """<p>个人代报，人工智能训练师各等级，材料我来准备，考试走过场，快速出证。</p>
<p>电话：一三五 0437 一一九六（李老师），微信 li_teacher_ly</p>
<p>考点在辽源职业技术学院（0437-3290110）</p>""",
 True, "U05", "李老师",
 [["phone","+8613504371196","一三五 0437 一一九六"],["wechat","li_teacher_ly","li_teacher_ly"]], "classified, dishonest agent")
page("luntan", "thread-2231.html", "[求职招聘] 有想考AI训练师的吗，我这有渠道",
 """<p>楼主：Li老师</p>
<p>有渠道，不用培训直接考，包过，有意向的加我V：Li_Teacher_LY</p>
<hr><p>2楼 东辽河：又是中介吧</p>""",
 True, "U05", "Li老师",
 [["wechat","li_teacher_ly","Li_Teacher_LY"]], "forum post by U05")
page("wenda", "q-125.html", "没有工作经验能考人工智能训练师吗？",
 """<p>提问：刚毕业，没有工作经验能考吗？</p>
<p>回答（李老师）：可以的，我们帮你开工作证明，直接报三级。电话13504371196，QQ 931207455</p>""",
 True, "U05", "李老师",
 [["phone","+8613504371196","13504371196"],["qq","931207455","931207455"]], "Q&A answer ad by U05")

# ---------------- U06 华智认证 (工信部 branding scam) ----------------
page("shop", "item-322.html", "工信部人工智能训练师证书 高级 全国通用 可查",
 """<p>店铺：华智认证旗舰店｜￥1980</p>
<p>工业和信息化部教育与考试中心颁发，国家认可，官方认证，可直接对应职称。</p>
<p>支付宝付款（客服95188），收款方：深圳市华智认证服务有限公司</p>
<p>店主手机 177 4390 2268</p>""",
 True, "U06", "华智认证旗舰店",
 [["other","深圳市华智认证服务有限公司","深圳市华智认证服务有限公司"],["phone","+8617743902268","177 4390 2268"]], "shop item, scam (工信部 wording)")
page("wx", "a-1022.html", "工信部AI证书，全国唯一指定报名入口",
 """<p>来源：华智认证 公众号</p>
<p>人工智能三级考试由国家工信部职业技能鉴定中心主办，含金量高。</p>
<p>企业信息：深圳市华智认证服务有限公司，信用代码%s</p>
<p>咨询：17743902268（同微信），官网 huazhi-edu.com</p>""" % USCC6,
 True, "U06", "华智认证",
 [["phone","+8617743902268","17743902268"],["uscc",USCC6,USCC6],["domain","huazhi-edu.com","huazhi-edu.com"],["other","深圳市华智认证服务有限公司","深圳市华智认证服务有限公司"]], "WeChat repost, scam")
page("news", "ad-0412.html", "【合作推广】华智：人工智能人才缺口500万，持证上岗成趋势",
 """<p>（本文为广告）</p>
<p>华智教育表示，人工智能训练师证书由国家工信部认证，学完即可拿证，全国通用。</p>
<p>详情访问 www.huazhi-edu.com 或邮件 HZ_renzheng@qq.com</p>""",
 True, "U06", "华智教育",
 [["domain","huazhi-edu.com","www.huazhi-edu.com"],["email","hz_renzheng@qq.com","HZ_renzheng@qq.com"]], "advertorial on news site")
page("blog", "post-19.html", "考个AI证到底有没有用？（推广）",
 """<p>本文由华智赞助。</p>
<p>他们的证书号称工信部的，我问了，说支付宝可以担保（95188），怎么说呢，大家自己判断。</p>
<p>联系邮箱：hz_renzheng@qq.com</p>""",
 True, "U06", "华智",
 [["email","hz_renzheng@qq.com","hz_renzheng@qq.com"]], "sponsored blog post for U06")

# ---------------- U07 长白山数智学堂 ----------------
page("xuetang", "course-1102.html", "【长白山数智学堂】人工智能训练师五级 线上+线下",
 """<p>机构：长白山数智学堂（长春）｜价格：￥1580</p>
<p>线上直播+辽源线下实训，课后答疑群 Q群：712345608</p>
<p>座机：0431-85927410</p>""",
 True, "U07", "长白山数智学堂",
 [["qq_group","712345608","712345608"],["phone","043185927410","0431-85927410"]], "marketplace listing by U07")
page("luntan", "thread-2250.html", "[教育考试] 数智学堂人工智能训练师，辽源有线下点",
 """<p>楼主：数智学堂助教</p>
<p>五级班下周开课，想了解的进群 712 345 608，或加微信 cbs_szxt。</p>
<hr><p>2楼 小明：我也想要资料，微信 wang_xm1990</p>""",
 True, "U07", "数智学堂",
 [["qq_group","712345608","712 345 608"],["wechat","cbs_szxt","cbs_szxt"]], "forum post by U07")
page("shipin", "v-91.html", "数据标注员一天都做什么？顺便说说人工智能训练师怎么考",
 """<p>@长白山数智 ｜点赞 2301</p>
<p>文案：正规考证要看评价机构备案，证书在 zscx.osta.org.cn 能查。想报班的加微信：CBS_SZXT</p>""",
 True, "U07", "长白山数智",
 [["wechat","cbs_szxt","CBS_SZXT"]], "short video, honest-ish course ad")

# ---------------- U08 启航职业技能 ----------------
page("fenlei", "post-5640.html", "启航职业技能 人工智能训练师 四平/辽源 报名中",
 """<p>启航职业技能，人工智能训练师五级四级，包教包会，补贴后几乎免费！</p>
<p>电话：158 4371 9027</p>
<p>在线报名：jinshuju.net/f/qihang</p>""",
 True, "U08", "启航职业技能",
 [["phone","+8615843719027","158 4371 9027"]], "classified ad by U08")
page("wenda", "q-131.html", "人工智能训练师补贴能拿多少？",
 """<p>回答（启航职业技能 陈老师）：五级最高1000、四级1500、三级2000，需要参保满一年。我们可以代办，微信 qihang_zhineng，邮箱 qihangpx@126.com</p>
<p>回答（网友）：补贴去人社局申请，不用找中介，有问题可以打12315投诉乱收费。</p>""",
 True, "U08", "启航职业技能",
 [["wechat","qihang_zhineng","qihang_zhineng"],["email","qihangpx@126.com","qihangpx@126.com"]], "Q&A answer ad by U08")
page("shop", "item-340.html", "人工智能训练师五级培训课程 补贴班",
 """<p>店铺：启航教育小店｜￥1200</p>
<p>课程+认定，拍下后加微信 QiHang_ZhiNeng 或电话 15843719027 确认开班时间。</p>""",
 True, "U08", "启航教育小店",
 [["wechat","qihang_zhineng","QiHang_ZhiNeng"],["phone","+8615843719027","15843719027"]], "shop item by U08")

# ---------------- U09 博睿教育 ----------------
page("blog", "post-25.html", "博睿教育：人工智能训练师三级报考指南（推广）",
 """<p>博睿教育供稿。三级需要持四级证书并满足工作年限，或相关专业大专学历加四级证书再工作2年。</p>
<p>报名电话 189 4372 0561，官网 borui-edu.cn</p>""",
 True, "U09", "博睿教育",
 [["phone","+8618943720561","189 4372 0561"],["domain","borui-edu.cn","borui-edu.cn"]], "sponsored guide post by U09")
page("news", "ad-0418.html", "【企业资讯】辽源博睿教育开设人工智能训练师培训",
 """<p>（企业供稿）辽源市博睿教育咨询有限公司近日开设人工智能训练师培训班。</p>
<p>统一社会信用代码：%s；网址：www.borui-edu.cn</p>""" % USCC9,
 True, "U09", "辽源市博睿教育咨询有限公司",
 [["uscc",USCC9,USCC9],["domain","borui-edu.cn","www.borui-edu.cn"]], "advertorial by U09")
page("wx", "a-1030.html", "零基础转行AI，先拿这张证",
 """<p>来源：博睿职场 公众号</p>
<p>人工智能训练师五级，零基础可学，学完拿证，推荐就业。</p>
<p>转账请备注姓名，收款户名：辽源市博睿教育咨询有限公司</p>
<p>咨询：18943720561</p>""",
 True, "U09", "博睿职场",
 [["other","辽源市博睿教育咨询有限公司","辽源市博睿教育咨询有限公司"],["phone","+8618943720561","18943720561"]], "WeChat repost by U09")

# ---------------- Independents ----------------
page("xuetang", "course-1130.html", "【码上未来】AI数据标注入门+人工智能训练师五级备考",
 """<p>机构：码上未来工作室｜￥899</p>
<p>联系电话：138-0000-0000（请替换） 学员信息登记示例：your@email.com</p>
<p>机构邮箱：mashangweilai@outlook.com</p>""",
 True, "I01", "码上未来工作室", [["email","mashangweilai@outlook.com","mashangweilai@outlook.com"]], "independent marketplace listing")
page("fenlei", "post-5666.html", "个人转让人工智能训练师网课资料+报名指导",
 """<p>本人已考过五级，可以指导报名，考点前台 0437-3290110。</p>
<p>电话 132 4437 6650 周先生</p>""",
 True, "I02", "周先生", [["phone","+8613244376650","132 4437 6650"]], "independent classified")
page("shipin", "v-95.html", "宝妈在家做数据标注，考了个人工智能训练师",
 """<p>@辽源宝妈小敏 ｜点赞 654</p>
<p>文案：我自己报的班，想一起报的加我 vx：xiaomin_ly520，有团购价</p>""",
 True, "I03", "辽源宝妈小敏", [["wechat","xiaomin_ly520","xiaomin_ly520"]], "independent short video")
page("luntan", "thread-2270.html", "[教育考试] 东丰这边有人工智能训练师培训吗？我们机构可以上门",
 """<p>楼主：东丰启智培训</p>
<p>东丰县启智培训可组织人工智能训练师五级班，10人成班，电话0437-6889021</p>""",
 True, "I04", "东丰启智培训", [["phone","04376889021","0437-6889021"]], "independent forum post")
page("shop", "item-355.html", "AI训练师证书 二级 高级技师 速办 全国可查",
 """<p>店铺：证达小铺｜￥3500</p>
<p>二级一级均可办理，无需考试，包过，在 cert-zd.top 可查。QQ：1468023957</p>
<p>支付宝付款，客服95188</p>""",
 True, "I05", "证达小铺", [["qq","1468023957","1468023957"],["domain","cert-zd.top","cert-zd.top"]], "independent shop scam")
page("wenda", "q-140.html", "辽源哪里可以学人工智能训练师？",
 """<p>回答（辽源职业技术学院继续教育学院）：我院面向社会开设人工智能训练师五级培训，报名电话0437-3281456，具体看学院通知。</p>""",
 True, "I06", "辽源职业技术学院继续教育学院", [["phone","04373281456","0437-3281456"]], "independent college answer")

# ---------------- Non-offers ----------------
page("rsj", "notice-2026-31.html", "关于开展2026年度职业技能提升补贴申领工作的通知",
 """<p>各有关单位：根据失业保险技能提升补贴政策，取得职业技能等级证书的参保职工可按规定申领补贴，五级、四级、三级分别最高1000元、1500元、2000元。</p>
<p>证书须可在 zscx.osta.org.cn 查询。咨询电话：12333。</p>""",
 note="official subsidy notice")
page("rsj", "warning-shanzhai.html", "提醒：谨防“山寨证书”和“包过”培训",
 """<p>近期有群众反映，有人以“人社部颁发”“包过”为名推销人工智能训练师证书。职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn、jndj.osta.org.cn 查询。</p>
<p>群众反映的可疑号码：170-4437-8812、微信 zs_kaozheng666。如遇乱收费可拨打12315投诉、12333咨询。</p>""",
 note="official warning quoting scam contacts")
page("news", "n-20261203.html", "辽源一市民花6800元买“AI证书”被骗",
 """<p>本报讯 市民刘女士在网上看到“人工智能训练师证书包过”的广告，按对方要求转账6800元后被拉黑。对方电话17044378812，微信zs_kaozheng666。</p>
<p>警方提醒，正规职业技能等级证书可在 jndj.osta.org.cn 查询，遇到纠纷可拨打12315。</p>""",
 note="news report on a scam")
page("luntan", "thread-2288.html", "[维权曝光] 被所谓AI训练师证书骗了，大家注意",
 """<p>楼主：气死了</p>
<p>上个月加了一个卖证的，电话170-4437-8812，交了钱就拉黑了，已经打12315投诉。</p>
<hr><p>2楼 小明：我也差点上当，有同样遭遇的加我微信 wang_xm1990 一起维权</p>""",
 note="complaint thread")
page("wenda", "q-150.html", "怎么查人工智能训练师证书真假？",
 """<p>回答：职业技能等级证书编号22位，一个字母加21位数字，比如 S000022000123265000137 这种格式。去 zscx.osta.org.cn 输入姓名、证件号、证书编号查询，其他网站说能查的都要小心。</p>""",
 note="guide answer")
page("blog", "post-30.html", "冬天去龙首山走走",
 """<p>今天雪后去了龙首山，人不多，拍了几张照片。</p>""",
 note="unrelated blog post")

def render(p, site_pages):
    s = SITES[p["site"]]
    menu = " | ".join('<a href="/%s/index.html">%s</a>' % (p["site"], m) for m in s["menu"])
    related = "".join('<li><a href="/%s/%s">%s</a></li>' % (q["site"], q["file"], html.escape(q["title"]))
                      for q in site_pages if q is not p)[:6000]
    crumb = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a> &gt; %s' % (p["site"], s["name"], html.escape(p["title"]))
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title></head>
<body class="%s">
<header><div class="logo">%s</div><nav>%s</nav></header>
<div class="crumb">%s</div>
<main><h1>%s</h1>
%s
</main>
<aside><h3>相关推荐</h3><ul>%s</ul></aside>
<footer>%s</footer>
</body></html>
""" % (html.escape(p["title"]), s["name"], s["style"], s["name"], menu, crumb, html.escape(p["title"]), p["body"], related, s["footer"])

def main():
    out = "site"
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    bysite = {}
    for p in PAGES:
        bysite.setdefault(p["site"], []).append(p)
    # index pages per site
    for k, s in SITES.items():
        lst = bysite.get(k, [])
        body = "<p>%s 最新内容</p><ul>%s</ul>" % (s["name"], "".join(
            '<li><a href="/%s/%s">%s</a></li>' % (k, q["file"], html.escape(q["title"])) for q in lst))
        idx = dict(site=k, file="index.html", title=s["name"] + " 首页", body=body, is_offer=False,
                   operator=None, provider=None, ids=[], note="site index")
        PAGES.append(idx)
    written = {}
    for p in PAGES:
        d = os.path.join(out, p["site"])
        os.makedirs(d, exist_ok=True)
        txt = render(p, bysite.get(p["site"], []))
        with open(os.path.join(d, p["file"]), "w", encoding="utf-8") as f:
            f.write(txt)
        written["/%s/%s" % (p["site"], p["file"])] = txt
    hub = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索：人工智能训练师</title></head><body><h1>辽源一周搜索结果导航</h1><ul>%s</ul></body></html>\n' % "".join(
        '<li><a href="/%s/index.html">%s</a></li>' % (k, s["name"]) for k, s in SITES.items())
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write(hub)
    written["/index.html"] = hub
    with open(os.path.join(out, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    DECOYS = [
     ("phone","12333",["12333"],"public 人社 hotline"),
     ("phone","12315",["12315"],"public market-regulation complaint hotline"),
     ("domain","zscx.osta.org.cn",["zscx.osta.org.cn"],"official certificate query site"),
     ("domain","jndj.osta.org.cn",["jndj.osta.org.cn"],"official query URL printed on certificates"),
     ("phone","4006617788",["400-661-7788"],"course marketplace footer hotline"),
     ("email","kefu@kezhanxuetang.com",["kefu@kezhanxuetang.com"],"course marketplace footer e-mail"),
     ("other","吉ICP备18004372号-1",["吉ICP备18004372号-1"],"classifieds platform ICP"),
     ("domain","lyfenlei.com",["lyfenlei.com"],"classifieds platform domain"),
     ("qq_group","286401937",["286401937"],"forum footer QQ group"),
     ("phone","04373099000",["0437-3099000"],"shop platform customer service"),
     ("domain","lilimall.cn",["lilimall.cn"],"shop platform domain"),
     ("email","zz_admin@wxzhuanzai.com",["zz_admin@wxzhuanzai.com"],"repost site footer e-mail"),
     ("phone","4001402108",["400-140-2108"],"video platform report hotline"),
     ("email","lyxiaoyu@foxmail.com",["lyxiaoyu@foxmail.com"],"blogger's own contact in footer"),
     ("phone","+8617044378812",["170-4437-8812","17044378812"],"scam number quoted in warnings/news/complaints"),
     ("wechat","zs_kaozheng666",["zs_kaozheng666"],"scam WeChat quoted in warning and news"),
     ("other","S000022000123265000137",["S000022000123265000137"],"sample certificate number"),
     ("phone","+8613800000000",["138-0000-0000"],"template placeholder phone"),
     ("email","your@email.com",["your@email.com"],"form placeholder e-mail"),
     ("wechat","wang_xm1990",["wang_xm1990"],"a reader's own WeChat in comments"),
     ("phone","04373290110",["0437-3290110"],"exam venue front desk"),
     ("domain","jinshuju.net",["jinshuju.net"],"third-party form tool"),
     ("phone","95188",["95188"],"payment platform hotline"),
     ("phone","01057862210",["010-57862210"],"Q&A platform complaint line"),
    ]
    decoys = []
    for kind, val, forms, why in DECOYS:
        pgs = sorted(path for path, txt in written.items() if any(w in txt for w in forms))
        decoys.append(dict(kind=kind, value=val, written=forms, pages=pgs, why=why))

    pages_out, ops = [], {}
    for p in PAGES:
        path = "/%s/%s" % (p["site"], p["file"])
        pages_out.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["ids"], note=p["note"]))
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], dict(brands=[], identifiers=[]))
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    pages_out.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub"))
    truth = dict(pages=pages_out, operators=dict(sorted(ops.items())), decoys=decoys)
    with open("truth.json", "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
