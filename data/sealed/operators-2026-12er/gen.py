#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
sellers plus truth.json. Standard library only, deterministic."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100 / GB 11714)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(prefix8, org8):
    s = sum(_org_val(c) * w for c, w in zip(org8, W11714))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    base = prefix8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(base, W32100))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return base + ALPHA[r]

U01_USCC = uscc("91320115", "MA1W3K7P")
U02_USCC = uscc("52530102", "MJ0L8423")
U03_USCC = uscc("91110108", "MA01R7T3")
U09_USCC = uscc("91530102", "MA6N2Q85")
SHOP_USCC = uscc("91330106", "MA2H4C6L")

# ---------------------------------------------------------------- sites
SITES = {
 "zhixin": dict(name="南京智信职业技能培训", style="training-company site (Nanjing)",
   menu=[("首页", "index.html"), ("五级班", "ai-5ji.html"), ("四级班", "ai-4ji.html")],
   footer=f"南京智信职业技能培训有限公司 版权所有 | 地址:南京市江宁区双龙大道1688号A座6楼 | 统一社会信用代码:{U01_USCC} | www.njzhixin.com.cn",
   side="<h4>报名须知</h4><p>报名前请先确认申报条件,五级需相关工作满1年。</p>"),
 "yunling": dict(name="昆明市云岭职业技能培训学校", style="training-school site (Kunming)",
   menu=[("学校首页", "index.html"), ("五级培训", "kc-wuji.html"), ("三级培训", "kc-sanji.html")],
   footer=f"昆明市云岭职业技能培训学校(民办非企业单位) 统一社会信用代码 {U02_USCC} | 校址:昆明市五华区人民西路321号 | 邮箱 ylpx_km@126.com | ynyunling.cn",
   side="<h4>办学许可</h4><p>昆明市人社局核发民办职业培训学校办学许可证。</p>"),
 "kecheng": dict(name="学无忧课程网", style="course marketplace",
   menu=[("首页", "index.html"), ("职业技能", "index.html#zy"), ("IT/AI", "index.html#ai"), ("入驻机构", "index.html#jg")],
   footer="学无忧课程网 客服热线:400-820-3391 | 投诉与合作:kefu@xuewuyou.com | 沪ICP备19044827号-1 | 本平台仅提供信息发布服务,课程内容由入驻机构负责",
   side="<h4>平台保障</h4><p>7天无理由退课(已开课程除外)。</p>"),
 "bbs": dict(name="金陵e站论坛", style="local forum (Nanjing)",
   menu=[("论坛首页", "index.html"), ("职场培训版", "index.html#px"), ("求助问答", "index.html#qz")],
   footer="金陵e站 版务QQ群:318826540 | 苏ICP备17029384号-2 | 帖子内容仅代表作者本人观点,交易请自行核实",
   side="<h4>版规</h4><p>培训广告请发在职场培训版,刷屏删帖。</p>"),
 "wx": dict(name="微文摘", style="WeChat-article repost aggregator",
   menu=[("首页", "index.html"), ("教育", "index.html#jy"), ("职场", "index.html#zc")],
   footer="微文摘 内容来源于微信公众号,版权归原作者所有,如有侵权请联系 tougao@weiwenzhai.cn 删除 | 京ICP备20013377号",
   side="<h4>热门公众号</h4><p>职场进阶说 / 技能证书通 / 滇池夜读</p>"),
 "wenda": dict(name="知问问答", style="Q&A site",
   menu=[("首页", "index.html"), ("教育培训", "index.html#jy"), ("热门问题", "index.html#rm")],
   footer="知问问答 举报邮箱:jubao@zhiwen-qa.com | 回答内容由网友提供,仅供参考 | 浙ICP备18052261号",
   side="<h4>相关话题</h4><p>#人工智能训练师 #数据标注 #职业技能等级证书</p>"),
 "shop": dict(name="优学商城", style="online shop",
   menu=[("商城首页", "index.html"), ("考证专区", "index.html#kz"), ("我的订单", "index.html#dd")],
   footer=f"优学商城 youxue-mall.com | 杭州优学网络科技有限公司 统一社会信用代码:{SHOP_USCC} | 售后:shouhou@youxue-mall.com",
   side="<h4>购物保障</h4><p>虚拟商品一经发货不支持退款。</p>"),
 "news": dict(name="云南民生网", style="local news site (Kunming)",
   menu=[("首页", "index.html"), ("民生", "index.html#ms"), ("教育", "index.html#jy")],
   footer="云南民生网 新闻热线:0871-64140001 | 滇ICP备15003921号 | 未经授权禁止转载",
   side="<h4>今日热点</h4><p>昆明地铁新线试运行 / 滇池水质持续向好</p>"),
 "rsj": dict(name="某市人力资源和社会保障局", style="人社局-style notice site",
   menu=[("首页", "index.html"), ("通知公告", "index.html#tz"), ("政策解读", "index.html#zc")],
   footer="主办:某市人力资源和社会保障局 | 咨询电话:12333 | 网站标识码 5301000012",
   side="<h4>办事服务</h4><p>证书查询请登录技能人才评价工作网。</p>"),
 "fenlei": dict(name="同城分类信息网", style="classifieds (Nanjing/Kunming)",
   menu=[("首页", "index.html"), ("昆明·教育培训", "index.html#km"), ("南京·教育培训", "index.html#nj")],
   footer="同城分类信息网 客服电话 400-625-8800 | 官方微信 tongcheng_kf | 举报虚假信息请拨12315或点击举报",
   side="<h4>安全提示</h4><p>凡是要求先交定金、包过、不用考试的,请谨慎。</p>"),
 "video": dict(name="抖短视频", style="short-video pages",
   menu=[("推荐", "index.html"), ("知识", "index.html#zs"), ("同城", "index.html#tc")],
   footer="抖短视频 官方客服QQ:800018888 | 视频内容由创作者上传,平台不对其真实性负责",
   side="<h4>相关推荐</h4><p>AI副业 / 考证攻略 / 数据标注日结</p>"),
}

# ---------------------------------------------------------------- pages
# each page: path, site, title, is_offer, operator, provider, ids [(kind, value, written)], body, note
PAGES = []

def P(path, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    site = path.strip("/").split("/")[0]
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=list(ids), note=note))

# ---- U01 南京智信 (honest, Nanjing)
P("/zhixin/ai-5ji.html", "人工智能训练师(五级/初级工)周末班招生简章 - 南京智信",
 """<h1>人工智能训练师(五级/初级工)周末班招生简章</h1>
<p>职业编码:4-04-05-05 | 工种:数据标注员 | 培训课时:60课时(理论30%+实操70%)</p>
<p><b>申报条件:</b>累计从事本职业或相关职业工作满1年(含),或本职业/相关职业学徒期满。不符合条件的同学请勿报名,我们不会“包装”工作经历。</p>
<p><b>证书说明:</b>考核合格后由经人社部门备案的评价机构颁发职业技能等级证书,可在“技能人才评价证书全国联网查询”(zscx.osta.org.cn)查询。近期有人以18088127745等号码冒用“人社部颁发”名义兜售证书,与本公司无关。本证书属于职业技能等级证书,不是国家职业资格证书。</p>
<p><b>费用:</b>培训费2680元(含教材、上机练习),认定费按评价机构标准另行收取。缴纳失业保险满1年的学员取证后可按规定申领技能提升补贴(五级最高1000元),政策以南京市人社部门公布为准,详询12333。</p>
<p><b>考点:</b>江宁区双龙大道某大厦5楼机房,考点前台 025-52218866(仅考试当天接待,报名请勿拨打)。</p>
<p><b>报名咨询:</b>025-84561230 (周一至周六 9:00-17:30)  邮箱:zhixinpx@163.com</p>""",
 True, "U01", "南京智信职业技能培训有限公司",
 [("phone", "02584561230", "025-84561230"), ("email", "zhixinpx@163.com", "zhixinpx@163.com"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "njzhixin.com.cn", "njzhixin.com.cn")],
 "U01 own site, level-5 weekend class, honest")
P("/zhixin/ai-4ji.html", "人工智能训练师四级(中级工)晚班 | 南京智信",
 """<h1>人工智能训练师四级(中级工)晚班 — 6月开班</h1>
<p>面向已取得五级证书并从事相关工作满4年,或技工院校相关专业毕业(含毕业年度在校生)的学员。课程覆盖:数据采集和处理、数据标注、智能系统运维。</p>
<p>培训费 3280 元;参保满1年、取证后可申领技能提升补贴(四级最高1500元)。我们不承诺通过率,理论与实操均60分合格,不合格可免费重听一期。</p>
<p>报名电话:(025)8456 1230 / 139-1385-7402(王老师)</p>
<p>上课地点:南京市江宁区双龙大道1688号A座6楼</p>""",
 True, "U01", "南京智信职业技能培训有限公司",
 [("phone", "02584561230", "(025)8456 1230"), ("phone", "+8613913857402", "139-1385-7402"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "njzhixin.com.cn", "njzhixin.com.cn")],
 "U01 own site, level-4 evening class, honest")
P("/kecheng/c101.html", "【智信AI学堂】人工智能训练师五级/四级 线下班(南京江宁)",
 """<h1>【智信AI学堂】人工智能训练师五级/四级 线下班(南京江宁)</h1>
<div class="price">¥2680 起</div>
<p>机构:智信AI学堂 | 已报名 213 人 | 评分 4.8</p>
<p>课程介绍:数据标注员方向,线下机房实操,配套题库。报名前老师会核对您的申报条件(五级需相关工作满1年)。</p>
<p>机构联系方式:王老师 139 1385 7402,微信:zx_ai025(备注“学无忧”)</p>
<p class="tip">平台提示:请通过平台下单,私下转账不受平台保障。</p>""",
 True, "U01", "智信AI学堂",
 [("phone", "+8613913857402", "139 1385 7402"), ("wechat", "zx_ai025", "zx_ai025")],
 "U01 on marketplace under brand 智信AI学堂; tied by mobile")
P("/bbs/t-2031.html", "江宁这边有人一起考人工智能训练师吗?周末班还有名额",
 """<h1>江宁这边有人一起考人工智能训练师吗?周末班还有名额</h1>
<div class="post"><span class="au">楼主:智信老师</span>
<p>我们机构6月还有一期五级周末班,主要是数据标注方向,适合在做标注/客服质检的朋友。要求相关工作满一年,没有的就别报了,报了也审不过。</p>
<p>有兴趣加VX: ZX_AI025 ,课表在官网 njzhixin.com.cn 能看到。</p></div>
<div class="reply"><span class="au">2楼 江宁小鱼</span><p>多少钱啊,能补贴吗</p></div>
<div class="reply"><span class="au">3楼 智信老师</span><p>交社保满一年的取证后可以申请补贴,具体问12333或者社区。</p></div>""",
 True, "U01", "智信老师",
 [("wechat", "zx_ai025", "ZX_AI025"), ("domain", "njzhixin.com.cn", "njzhixin.com.cn")],
 "U01 seller post on forum; tied by WeChat and domain")

# ---- U02 云岭 (honest, Kunming)
P("/yunling/kc-wuji.html", "人工智能训练师(五级)培训班 — 昆明市云岭职业技能培训学校",
 """<h1>人工智能训练师(五级)培训班</h1>
<p>培训对象:从事数据标注、智能客服训练等相关工作满1年的人员。课时60,每周二、四晚上及周六全天。</p>
<p>考核:理论知识考试+操作技能考核,均实行百分制,60分及以上为合格。证书由备案评价机构颁发,可在 zscx.osta.org.cn 查询,也可拨打12333咨询。新闻曝光的仿冒查询网站 rgzn-zscx.cn 与本校无关,请勿登录。</p>
<p>收费:培训费2200元。符合条件者可按规定申领失业保险技能提升补贴。</p>
<p>报名地址:五华区人民西路321号二楼教务处  电话:0871-65213488  邮箱:ylpx_km@126.com</p>""",
 True, "U02", "昆明市云岭职业技能培训学校",
 [("phone", "087165213488", "0871-65213488"), ("email", "ylpx_km@126.com", "ylpx_km@126.com"),
  ("uscc", U02_USCC, U02_USCC), ("domain", "ynyunling.cn", "ynyunling.cn")],
 "U02 own site, level 5, honest")
P("/yunling/kc-sanji.html", "人工智能训练师(三级/高级工)提升班 — 云岭职业技能培训学校",
 """<h1>人工智能训练师(三级/高级工)提升班</h1>
<p>报名条件(以国家职业技能标准为准):取得四级证书后连续从事本职业5年以上;或取得四级证书并具有高级技工学校、技师学院或经评估的高职相关专业毕业证书;或大专及以上相关专业毕业、取得四级证书后从事本职业2年以上。</p>
<p>课程模块:业务分析、智能训练、智能系统设计、培训与指导。40课时。</p>
<p>培训费3600元。咨询:李老师 158 8710 6352(微信同号)</p>""",
 True, "U02", "昆明市云岭职业技能培训学校",
 [("phone", "+8615887106352", "158 8710 6352"), ("uscc", U02_USCC, U02_USCC),
  ("email", "ylpx_km@126.com", "ylpx_km@126.com"), ("domain", "ynyunling.cn", "ynyunling.cn")],
 "U02 own site, level 3, honest eligibility")
P("/fenlei/km-3312.html", "昆明 人工智能训练师五级培训 云岭职培 晚班/周末班",
 """<h1>昆明 人工智能训练师五级培训 云岭职培 晚班/周末班</h1>
<table class="info"><tr><td>区域</td><td>五华区</td></tr><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>价格</td><td>2200元</td></tr></table>
<p>正规培训学校,人社局审批办学。需相关工作1年以上,可帮忙核对条件。联系电话 15887106352,资料可发邮箱 ylpx_km#126.com(#换成@)。</p>""",
 True, "U02", "云岭职培",
 [("phone", "+8615887106352", "15887106352"), ("email", "ylpx_km@126.com", "ylpx_km#126.com")],
 "U02 classified ad; tied by mobile and e-mail")
P("/news/ad-0412.html", "新职业带来新机会:云岭技能学校开设人工智能训练师培训",
 """<h1>新职业带来新机会:云岭技能学校开设人工智能训练师培训</h1>
<p class="meta">2026-04-12 来源:企业供稿</p>
<p>随着大模型应用落地,数据标注、模型测试岗位需求上升。昆明市云岭职业技能培训学校负责人介绍,学校今年开设人工智能训练师五级、四级、三级培训班,严格按照国家职业技能标准审核报名条件。</p>
<p>“有人问能不能零基础直接拿高级,我们都是明确拒绝的。”该负责人表示。报名咨询:0871-6521 3488,158-8710-6352。</p>
<p class="ad">【推广】</p>""",
 True, "U02", "云岭技能学校",
 [("phone", "087165213488", "0871-6521 3488"), ("phone", "+8615887106352", "158-8710-6352")],
 "U02 advertorial on news site")

# ---- U03 全国人工智能人才评价中心 / 中科智培 (dishonest)
P("/wx/a-1003.html", "重磅!人工智能训练师证书人社部颁发,零基础可报一级,最后30个名额",
 """<h1>重磅!人工智能训练师证书人社部颁发,零基础可报一级,最后30个名额</h1>
<p class="src">原创 智培教育 技能证书通 公众号</p>
<p>人工智能训练师是人社部认证的国家职业资格证书,全国通用,终身有效!不限学历、不限经验,零基础可直接报考一级(高级技师)。</p>
<p>✅ 免培训 ✅ 包通过 ✅ 官方认证 ✅ 入库可查</p>
<p>证书查询官网:www.zkzp-cx.com(全国人工智能人才评价中心)</p>
<p>三级+二级+一级连报立减3000,原价9999,限时2980!</p>
<p>咨询热线:400-865-1929 添加微信 zkzp888 领取报名表</p>""",
 True, "U03", "智培教育",
 [("phone", "4008651929", "400-865-1929"), ("wechat", "zkzp888", "zkzp888"), ("domain", "zkzp-cx.com", "zkzp-cx.com")],
 "U03 WeChat repost: 人社部颁发, 零基础一级, 包通过, fake query domain")
P("/shop/item-88.html", "人工智能训练师证书 高级技师 国家职业资格 包过 入库可查【中科智培旗舰店】",
 f"""<h1>人工智能训练师证书 高级技师 国家职业资格 包过 入库可查</h1>
<p>店铺:中科智培旗舰店 | 月销 300+</p>
<div class="price">¥3980 / 本</div>
<p>规格:五级 ¥1280 / 三级 ¥2680 / 一级 ¥3980(一本一价,多证同报享8折)</p>
<p>发证单位:全国人工智能人才评价中心(统一社会信用代码 {U03_USCC}),证书样本编号 S000032010001265000001。官网 zkzp-cx.com 可查。</p>
<p>售前咨询 4008651929 / QQ 2198634570</p>
<p>支付遇到问题请拨打支付宝客服95188。</p>""",
 True, "U03", "中科智培旗舰店",
 [("phone", "4008651929", "4008651929"), ("qq", "2198634570", "2198634570"),
  ("domain", "zkzp-cx.com", "zkzp-cx.com"), ("uscc", U03_USCC, U03_USCC)],
 "U03 shop listing: price per certificate, 国家职业资格, 包过")
P("/video/v-7721.html", "90%小白都能学会!人工智能训练师拿证就能月入过万 @中科智培",
 """<h1>90%小白都能学会!人工智能训练师拿证就能月入过万</h1>
<p class="au">@中科智培 · 2.3万赞</p>
<p>视频文案:国家认可的AI证书,不用考试也能拿,拿到证书便可升职加薪!评论区扣“1”,或者直接打 400 865 1929。</p>
<p>置顶评论(作者):薇❤:ZKZP888 备注抖短</p>
<div class="cm"><p>网友A:真的假的,不用考?</p><p>网友B:骗子吧,人社部不发证</p></div>""",
 True, "U03", "中科智培",
 [("phone", "4008651929", "400 865 1929"), ("wechat", "zkzp888", "ZKZP888")],
 "U03 short video: 不用考试, 升职加薪")
P("/fenlei/km-3320.html", "AI训练师证书代报 一级二级三级都可以 全国可查",
 """<h1>AI训练师证书代报 一级二级三级都可以 全国可查</h1>
<table class="info"><tr><td>区域</td><td>昆明全城</td></tr><tr><td>价格</td><td>面议</td></tr></table>
<p>人社部证书退出了,这个证来接盘!国家职业资格,落户加分、评职称都能用。不限年龄不限专业无门槛,一次报三个等级最划算。</p>
<p>vx zkzp888 扣扣:2198634570</p>
<div class="cm"><p>网友 小杨:我上个月在这报了还没收到证,电话 159 2501 8836 麻烦回我一下</p></div>""",
 True, "U03", "全国人工智能人才评价中心",
 [("wechat", "zkzp888", "zkzp888"), ("qq", "2198634570", "2198634570")],
 "U03 classified: 人社部证书退出哪家来接盘, 三级连报")

# ---- U04 鼎承 (dishonest 挂靠)
P("/bbs/t-2050.html", "【挂靠】人工智能训练师证书,挂出去一年2万,不用上班",
 """<h1>【挂靠】人工智能训练师证书,挂出去一年2万,不用上班</h1>
<div class="post"><span class="au">楼主:鼎承人力</span>
<p>高新企业申报急需人工智能训练师,证书挂靠一年1.5-2万。没有证书的我们可以代办,不用考试直接下证,包过。</p>
<p>联系 177-1296-3380 微信 DingCheng_HR</p></div>
<div class="reply"><span class="au">2楼 路人甲</span><p>这种证还能挂靠?别被坑了</p></div>
<div class="reply"><span class="au">3楼 等证中</span><p>楼主回我 15925018836</p></div>""",
 True, "U04", "鼎承人力",
 [("phone", "+8617712963380", "177-1296-3380"), ("wechat", "dingcheng_hr", "DingCheng_HR")],
 "U04 forum post: 挂靠 income, 直接下证")
P("/fenlei/nj-1188.html", "南京 代办人工智能训练师证 落户积分可用 鼎承教育",
 """<h1>南京 代办人工智能训练师证 落户积分可用</h1>
<table class="info"><tr><td>区域</td><td>南京·鼓楼</td></tr><tr><td>商家</td><td>鼎承教育</td></tr></table>
<p>三级证可加落户积分,另可挂靠企业每年稳拿补贴。免培训,15个工作日出证。</p>
<p>电话/微信:17712963380  QQ:2850371146</p>""",
 True, "U04", "鼎承教育",
 [("phone", "+8617712963380", "17712963380"), ("qq", "2850371146", "2850371146")],
 "U04 classified: 免培训, 落户积分, 挂靠")
P("/wenda/q-5521.html", "人工智能训练师证书挂靠有市场吗?",
 """<h1>人工智能训练师证书挂靠有市场吗?</h1>
<div class="q"><p>看到有人说这个证一年能挂2万,是真的吗?</p></div>
<div class="a"><span class="au">最佳回答 · 鼎承顾问</span>
<p>有的,现在企业申报高新、专精特新都需要。我们这边可以直接代办加挂靠一条龙,有需要加企鹅 2850371146 或 wx:dingcheng_hr 详聊。</p></div>
<div class="a"><span class="au">网友 lily</span><p>别信,AI训练师根本没有挂靠价值。我也在考,一起交流可以加我 lily_km2020</p></div>""",
 True, "U04", "鼎承顾问",
 [("qq", "2850371146", "2850371146"), ("wechat", "dingcheng_hr", "dingcheng_hr")],
 "U04 answer-ad on Q&A; tied by QQ and WeChat")

# ---- U05 学途在线 (misleading marketing)
P("/kecheng/c205.html", "学途在线|人工智能训练师(数据标注员)线上全程班 五级/四级",
 """<h1>人工智能训练师(数据标注员)线上全程班 五级/四级</h1>
<div class="price">¥1980 <s>¥3980</s></div>
<p>机构:学途在线 | 已学 1.2万人</p>
<p>人社部认证的新职业!补贴后几乎免费,学完拿证。课程含直播+录播+题库,结业后协助报名认定考试。</p>
<p>报名通过问卷填写资料:jinshuju.net/f/xtzx26</p>
<p>课程顾问:400-668-1927 微信 xuetu_kf01</p>""",
 True, "U05", "学途在线",
 [("phone", "4006681927", "400-668-1927"), ("wechat", "xuetu_kf01", "xuetu_kf01")],
 "U05 marketplace listing; 人社部认证的新职业, 补贴后几乎免费")
P("/wx/a-1017.html", "2026年6月人工智能训练师报考指南(附补贴申领流程)",
 """<h1>2026年6月人工智能训练师报考指南(附补贴申领流程)</h1>
<p class="src">职场进阶说 公众号 转载</p>
<p>人工智能训练师是人社部认证的新职业,持证可按规定申领技能补贴。证书信息可在 osta.mohrss.gov.cn 技能人才评价工作网查询。</p>
<p>想系统学习的同学可以看看学途在线的全程班(xuetu-online.cn),报名咨询微信:xuetu_kf01。</p>
<p>提醒:报道中的骗子电话 180 8812 7745 已被多人举报。如遇虚假宣传可拨打12315投诉。</p>""",
 True, "U05", "学途在线",
 [("wechat", "xuetu_kf01", "xuetu_kf01"), ("domain", "xuetu-online.cn", "xuetu-online.cn")],
 "U05 SEO guide repost that ends in an enrolment pitch")
P("/wenda/q-5530.html", "人工智能训练师五级网上能报吗?哪家靠谱?",
 """<h1>人工智能训练师五级网上能报吗?哪家靠谱?</h1>
<div class="q"><p>人在昆明,上班没时间去线下,有没有线上的?</p></div>
<div class="a"><span class="au">学途小助手</span>
<p>可以的,学途在线有线上班,直播+录播,去官网 xuetu-online.cn 看课表,或者加老师 XueTu_kf01 发你资料~</p></div>
<div class="a"><span class="au">网友 阿杰</span><p>线上学可以,但认定考试还是要去考点的,先问清楚。</p></div>""",
 True, "U05", "学途在线",
 [("wechat", "xuetu_kf01", "XueTu_kf01"), ("domain", "xuetu-online.cn", "xuetu-online.cn")],
 "U05 answer-ad")
P("/video/v-7733.html", "原价9999限时99?不!学途AI训练师体验课1元 @学途在线官方",
 """<h1>AI训练师体验课1元,学完再决定</h1>
<p class="au">@学途在线官方 · 8641赞</p>
<p>视频文案:数据标注到底做什么?3分钟带你看懂人工智能训练师。主页链接报体验课,或致电4006681927。</p>
<div class="cm"><p>网友 lily:已报,想找同城一起学的加我 lily_km2020</p></div>""",
 True, "U05", "学途在线官方",
 [("phone", "4006681927", "4006681927")],
 "U05 short video")

# ---- U06 极速证通 (dishonest 速成 / 三证)
P("/shop/item-91.html", "AI训练师三证合一 7天速成拿证 数据标注员+算法测试员+训练师【极速证通】",
 """<h1>AI训练师三证合一 7天速成拿证</h1>
<p>店铺:极速证通 | 月销 86</p>
<div class="price">¥1680 / 套(三证)</div>
<p>一次考试拿三本证:数据标注员证、人工智能算法测试员证、人工智能训练师证。速成班7天,官方指定题库,内部信息押题,百分百通过率。</p>
<p>买家秀:“订单号13905182716 已出证,速度快!”</p>
<p>售后QQ群:736281945</p>""",
 True, "U06", "极速证通",
 [("qq_group", "736281945", "736281945")],
 "U06 shop: 三证合一, 速成, 百分百通过率")
P("/kecheng/c310.html", "【AI证书速通】人工智能训练师速成班 7天拿证",
 """<h1>【AI证书速通】人工智能训练师速成班 7天拿证</h1>
<div class="price">¥1680</div>
<p>机构:AI证书速通 | 已报名 57 人</p>
<p>不限学历、无门槛,7天速成,保过班不过全退。学员交流群 736 281 945</p>
<p>报名热线:186 5182 0937</p>
<p>联系电话:13800138000(请修改为实际号码)</p>""",
 True, "U06", "AI证书速通",
 [("qq_group", "736281945", "736 281 945"), ("phone", "+8618651820937", "186 5182 0937")],
 "U06 marketplace listing; template placeholder left in")
P("/wx/a-1022.html", "别再傻傻考试了!这个AI证7天就能拿,还能三证一起出",
 """<h1>别再傻傻考试了!这个AI证7天就能拿,还能三证一起出</h1>
<p class="src">AI副业圈 公众号</p>
<p>速成、包过、三证同出。名额有限,先到先得。</p>
<p>报名请联系:18651820937(微信同号 jstz_ai)</p>""",
 True, "U06", "极速证通",
 [("phone", "+8618651820937", "18651820937"), ("wechat", "jstz_ai", "jstz_ai")],
 "U06 WeChat repost")

# ---- U07 滇池职院继续教育学院 (honest, Kunming)
P("/kecheng/c402.html", "滇池职院继续教育学院 人工智能训练师四级培训(昆明呈贡)",
 """<h1>人工智能训练师四级培训(昆明呈贡校区)</h1>
<div class="price">¥2900</div>
<p>机构:滇池职院继续教育学院 | 已报名 96 人</p>
<p>面向已取得五级证书并满足年限要求的社会学员,或本校相关专业毕业年度学生。证书可在 zscx.osta.org.cn 查询,rgzn-zscx.cn 之类的网站不是官方查询渠道。</p>
<p>咨询电话:0871-68320517(工作日)</p>""",
 True, "U07", "滇池职院继续教育学院",
 [("phone", "087168320517", "0871-68320517")],
 "U07 college continuing-education listing on marketplace")
P("/wenda/q-5547.html", "昆明哪里有正规的人工智能训练师培训?学校办的那种",
 """<h1>昆明哪里有正规的人工智能训练师培训?学校办的那种</h1>
<div class="q"><p>不想找中介,想找学校办的。</p></div>
<div class="a"><span class="au">滇池职院培训中心</span>
<p>我校继续教育学院开设人工智能训练师五级、四级培训,按标准审核报名条件,不承诺通过。可致电 0871 6832 0517 或发邮件 dcjxjy@dcvtc.edu.cn 索取简章,报名表:jinshuju.net/f/dcjx</p></div>""",
 True, "U07", "滇池职院培训中心",
 [("phone", "087168320517", "0871 6832 0517"), ("email", "dcjxjy@dcvtc.edu.cn", "dcjxjy@dcvtc.edu.cn"),
  ("domain", "dcvtc.edu.cn", "dcvtc.edu.cn")],
 "U07 answer on Q&A")
P("/wx/a-1031.html", "滇池职院继续教育学院2026年人工智能训练师培训招生简章",
 """<h1>滇池职院继续教育学院2026年人工智能训练师培训招生简章</h1>
<p class="src">滇池夜读 公众号 转载</p>
<p>一、培训等级:五级、四级。二、报名条件:按《人工智能训练师国家职业技能标准(2021年版)》执行。三、费用:五级2300元,四级2900元。</p>
<p>报名邮箱:dcjxjy@dcvtc.edu.cn  学院网站:jxjy.dcvtc.edu.cn</p>""",
 True, "U07", "滇池职院继续教育学院",
 [("email", "dcjxjy@dcvtc.edu.cn", "dcjxjy@dcvtc.edu.cn"), ("domain", "dcvtc.edu.cn", "dcvtc.edu.cn")],
 "U07 enrolment notice repost")

# ---- U08 金陵优才 (dishonest 直接发证)
P("/fenlei/nj-1202.html", "南京 人工智能训练师 不用培训直接发证 包过 金陵优才",
 """<h1>南京 人工智能训练师 不用培训直接发证 包过</h1>
<table class="info"><tr><td>区域</td><td>南京·秦淮</td></tr><tr><td>商家</td><td>金陵优才</td></tr></table>
<p>不培训直接发证,走个过场就行,考点就在市区(考点前台 025-52218866 可问)。先付定金500。</p>
<p>电话 133 3772 8461</p>
<p>收款户名:南京优才信息咨询服务部</p>""",
 True, "U08", "金陵优才",
 [("phone", "+8613337728461", "133 3772 8461"), ("other", "南京优才信息咨询服务部", "南京优才信息咨询服务部")],
 "U08 classified: 不培训直接发证, 包过; quotes a venue desk number")
P("/video/v-7745.html", "南京考AI训练师的看过来 包过 @金陵优才小陈",
 """<h1>南京考AI训练师的看过来 包过</h1>
<p class="au">@金陵优才小陈 · 1204赞</p>
<p>视频文案:证书样本编号 S000032010001265000001,网上能查,不过全退。私信或打13337728461,微信jlyc2026。</p>""",
 True, "U08", "金陵优才小陈",
 [("phone", "+8613337728461", "13337728461"), ("wechat", "jlyc2026", "jlyc2026")],
 "U08 short video")
P("/shop/item-97.html", "人工智能训练师证书代报名 南京 全程托管【优才考证小铺】",
 """<h1>人工智能训练师证书代报名 全程托管</h1>
<p>店铺:优才考证小铺</p>
<div class="price">¥2200</div>
<p>拍下后联系客服微信 JLYC2026 提交资料。买家秀:“订单号13905182716 已出证,速度快!”</p>
<p>对公转账户名:南京优才信息咨询服务部</p>""",
 True, "U08", "优才考证小铺",
 [("wechat", "jlyc2026", "JLYC2026"), ("other", "南京优才信息咨询服务部", "南京优才信息咨询服务部")],
 "U08 shop; copied buyer review with order number")

# ---- U09 码上AI训练营 (mixed)
P("/wx/a-1040.html", "码上AI训练营:数据标注实战+人工智能训练师考证辅导,保就业",
 f"""<h1>码上AI训练营:数据标注实战+人工智能训练师考证辅导</h1>
<p class="src">码上AI 公众号</p>
<p>8周实战项目+考证辅导,结业推荐标注岗位,保就业(协议就业)。证书全国联网可查(osta.mohrss.gov.cn)。</p>
<p>运营主体:昆明码上信息技术有限公司(统一社会信用代码 {U09_USCC})</p>
<p>合作咨询:mashangai@qq.com</p>""",
 True, "U09", "码上AI训练营",
 [("email", "mashangai@qq.com", "mashangai@qq.com"), ("uscc", U09_USCC, U09_USCC)],
 "U09 WeChat article: 协议就业")
P("/bbs/t-2079.html", "码上AI训练营第7期招生 | 数据标注+训练师考证",
 """<h1>码上AI训练营第7期招生 | 数据标注+训练师考证</h1>
<div class="post"><span class="au">楼主:码上AI阿凯</span>
<p>线上8周,带真实标注项目,顺便辅导人工智能训练师五级。南京的同学也可以报。</p>
<p>QQ 3306581127,邮箱 mashangai(at)qq.com</p></div>""",
 True, "U09", "码上AI训练营",
 [("qq", "3306581127", "3306581127"), ("email", "mashangai@qq.com", "mashangai(at)qq.com")],
 "U09 forum post")
P("/kecheng/c515.html", "码上AI·数据标注就业班(含人工智能训练师考证辅导)",
 f"""<h1>码上AI·数据标注就业班(含人工智能训练师考证辅导)</h1>
<div class="price">¥4800</div>
<p>机构:码上AI | 资质:昆明码上信息技术有限公司 {U09_USCC}</p>
<p>结业推荐就业,不满意可退部分学费。Q:3306581127</p>""",
 True, "U09", "码上AI",
 [("qq", "3306581127", "3306581127"), ("uscc", U09_USCC, U09_USCC)],
 "U09 marketplace listing")

# ---- independents
P("/kecheng/c618.html", "知行AI教育 人工智能训练师五级 晚班(南京栖霞)",
 """<h1>人工智能训练师五级 晚班(南京栖霞)</h1>
<div class="price">¥2480</div>
<p>机构:知行AI教育 | 新入驻</p>
<p>小班教学,每班20人。咨询 136-7519-3028</p>""",
 True, "I01", "知行AI教育", [("phone", "+8613675193028", "136-7519-3028")], "independent Nanjing course")
P("/wenda/q-5558.html", "昆明考人工智能训练师要多少钱?",
 """<h1>昆明考人工智能训练师要多少钱?</h1>
<div class="q"><p>问了几家差别好大,有的一千多有的五六千。</p></div>
<div class="a"><span class="au">春城数智培训</span><p>五级一般两千出头,我们春城数智五级班2100,报名填表 jinshuju.net/f/ccsz,微信 cc_shuzhi。</p></div>""",
 True, "I02", "春城数智培训", [("wechat", "cc_shuzhi", "cc_shuzhi")], "independent answer-ad, Kunming")
P("/shop/item-102.html", "数据标注员/人工智能训练师 五级题库+模拟考试【标注侠工作室】",
 """<h1>人工智能训练师五级 题库+模拟考试+报名指导</h1>
<p>店铺:标注侠工作室</p>
<div class="price">¥199</div>
<p>含报名指导,可协助联系当地评价机构报名。客服QQ 1579026384。支付问题请拨95188。</p>""",
 True, "I03", "标注侠工作室", [("qq", "1579026384", "1579026384")], "independent shop item")
P("/shop/item-105.html", "人工智能训练师四级 直播课+报名服务【晓算教育】",
 """<h1>人工智能训练师四级 直播课+报名服务</h1>
<p>店铺:晓算教育</p>
<div class="price">¥1580</div>
<p>报名资料发送至 xiaosuan_edu@163.com。支付宝付款遇问题可拨95188。</p>""",
 True, "I04", "晓算教育", [("email", "xiaosuan_edu@163.com", "xiaosuan_edu@163.com")], "independent shop item")
P("/fenlei/km-3340.html", "昆明西山 人工智能训练师培训 个人老师带",
 """<h1>昆明西山 人工智能训练师培训 个人老师带</h1>
<table class="info"><tr><td>区域</td><td>西山区</td></tr><tr><td>价格</td><td>1800元</td></tr></table>
<p>本人在标注公司做主管,可带五级备考。电话 199 0871 2264</p>
<p>联系电话:138 0013 8000</p>""",
 True, "I05", "个人(西山区)", [("phone", "+8619908712264", "199 0871 2264")], "independent classified with template placeholder")
P("/bbs/t-2088.html", "宁聚职培 人工智能训练师五级 鼓楼班 6月开课",
 """<h1>宁聚职培 人工智能训练师五级 鼓楼班 6月开课</h1>
<div class="post"><span class="au">楼主:宁聚职培</span>
<p>鼓楼区小班,考点在江宁(考点前台 025-52218866)。报名电话 025-86997341。</p></div>""",
 True, "I06", "宁聚职培", [("phone", "02586997341", "025-86997341")], "independent forum post")

# ---- non-offers
P("/bbs/t-2011.html", "求助:人工智能训练师证书到底怎么查真假?",
 """<h1>求助:人工智能训练师证书到底怎么查真假?</h1>
<div class="post"><span class="au">楼主:lily</span><p>朋友拿了一本说人社部颁发的,怎么查?我微信 lily_km2020 有懂的加我。</p></div>
<div class="reply"><span class="au">2楼 老司机</span><p>上 zscx.osta.org.cn 查,查不到就是假的。不确定就打12333。</p></div>""",
 note="forum help thread; reader's own contacts")
P("/bbs/t-2024.html", "曝光:交了3980的AI训练师证,查询网站是假的",
 """<h1>曝光:交了3980的AI训练师证,查询网站是假的</h1>
<div class="post"><span class="au">楼主:被坑的小王</span><p>对方电话 180 8812 7745,给的查询网址 rgzn-zscx.cn,现在打不开了。已经打12315投诉。大家别上当。</p></div>""",
 note="complaint thread quoting a scammer number and a fake query site")
P("/news/w-0305.html", "警惕!“人社部颁发”的AI训练师证书骗局",
 """<h1>警惕!“人社部颁发”的AI训练师证书骗局</h1>
<p class="meta">2026-03-05 记者 张敏</p>
<p>近日,市民王女士反映,她花3980元购买“人工智能训练师一级证书”,对方称“人社部颁发、入库可查”。记者发现,对方提供的查询网站 rgzn-zscx.cn 并非官方网站,联系电话18088127745已停机。</p>
<p>人社部门提醒:职业技能等级证书由备案的评价机构颁发,可在技能人才评价工作网 osta.mohrss.gov.cn 查询;遇到问题可拨打12333咨询,或拨打12315投诉。</p>""",
 note="news warning")
P("/rsj/tz-0318.html", "关于警惕技术技能类“山寨证书”的提示",
 """<h1>关于警惕技术技能类“山寨证书”的提示</h1>
<p>近期有不法分子以“人社部颁发”“包过”“免培训”等名义兜售人工智能训练师等证书,并使用仿冒查询网站(如 rgzn-zscx.cn)。</p>
<p>职业技能等级证书信息请通过技能人才评价证书全国联网查询(zscx.osta.org.cn)或技能人才评价工作网(osta.mohrss.gov.cn)核验。咨询电话:12333。</p>""",
 note="人社局 notice")
P("/rsj/bt-0220.html", "失业保险技能提升补贴申领指南(2026年)",
 """<h1>失业保险技能提升补贴申领指南(2026年)</h1>
<p>参保职工取得职业技能等级证书的,可按规定申领:五级最高1000元、四级1500元、三级2000元。二级、一级无此项补贴。</p>
<p>咨询电话:12333</p>""",
 note="subsidy guide")
P("/wenda/q-5502.html", "人工智能训练师证是国家职业资格证吗?",
 """<h1>人工智能训练师证是国家职业资格证吗?</h1>
<div class="a"><span class="au">热心网友</span><p>不是。它是职业技能等级证书,由备案评价机构颁发,人社部不直接发证。查询上 zscx.osta.org.cn,有疑问打12333。之前新闻曝光过的骗子号码18088127745大家注意。</p></div>""",
 note="Q&A guide")

# ---------------------------------------------------------------- render
CSS = "body{font-family:sans-serif;margin:0}.top{background:#246;color:#fff;padding:8px}.top a{color:#fff;margin-right:12px}.crumb{padding:4px 8px;font-size:12px}.wrap{display:flex}.main{flex:3;padding:10px}.side{flex:1;padding:10px;background:#f4f4f4}.foot{border-top:1px solid #ccc;padding:8px;font-size:12px;color:#666}"

def frame(site, title, body, crumbs, related):
    s = SITES[site]
    menu = " ".join(f'<a href="/{site}/{h}">{t}</a>' for t, h in s["menu"])
    cr = " &gt; ".join([f'<a href="/index.html">导航</a>', f'<a href="/{site}/index.html">{s["name"]}</a>'] + crumbs)
    rel = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><style>{CSS}</style></head>
<body>
<div class="top"><b>{s["name"]}</b> {menu}</div>
<div class="crumb">{cr}</div>
<div class="wrap"><div class="main">
{body}
</div><div class="side">{s["side"]}<h4>相关链接</h4><ul>{rel}</ul></div></div>
<div class="foot">{s["footer"]}</div>
</body></html>
"""

def write(path, text):
    fp = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "w", encoding="utf-8") as f:
        f.write(text)

def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(p["site"], []).append(p)
    out = {}
    for site, pages in by_site.items():
        for p in pages:
            related = [(q["path"], q["title"][:28]) for q in pages if q is not p][:5]
            out[p["path"]] = frame(site, p["title"], p["body"], ["正文"], related)
        items = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in pages)
        body = f'<h1>{SITES[site]["name"]}</h1><ul class="list">{items}</ul>'
        out[f"/{site}/index.html"] = frame(site, SITES[site]["name"], body, ["首页"], [])
    hub = "".join(f'<li><a href="/{k}/index.html">{v["name"]}</a> ({v["style"]})</li>' for k, v in SITES.items())
    out["/index.html"] = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>本周搜索记录:人工智能训练师(南京/昆明)</title></head>
<body><h1>本周搜索记录:人工智能训练师 报名 南京 / 昆明</h1><ul>{hub}</ul>
<p>页面汇总,仅供研究。</p></body></html>
"""
    for path, text in out.items():
        write(path, text)
    write("/robots.txt", "User-agent: *\nAllow: /\n")

    # truth
    pages = []
    page_map = {p["path"]: p for p in PAGES}
    for path in sorted(out):
        p = page_map.get(path)
        if p is None:
            note = "hub" if path == "/index.html" else f"index page of {path.split('/')[1]}"
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[], note=note))
        else:
            pages.append(dict(path=path, is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=[list(x) for x in p["ids"]], note=p["note"]))
    ops = {}
    for p in PAGES:
        op = p["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, _w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    texts = {path: t for path, t in out.items()}
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, t in texts.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("phone", "4008203391", ["400-820-3391"], "marketplace platform customer service in footer"),
 ("email", "kefu@xuewuyou.com", ["kefu@xuewuyou.com"], "marketplace platform footer e-mail"),
 ("other", "沪ICP备19044827号-1", ["沪ICP备19044827号-1"], "marketplace platform ICP"),
 ("qq_group", "318826540", ["318826540"], "forum's own QQ group in footer"),
 ("other", "苏ICP备17029384号-2", ["苏ICP备17029384号-2"], "forum ICP"),
 ("email", "tougao@weiwenzhai.cn", ["tougao@weiwenzhai.cn"], "repost aggregator's own contact"),
 ("email", "jubao@zhiwen-qa.com", ["jubao@zhiwen-qa.com"], "Q&A platform report mailbox"),
 ("domain", "youxue-mall.com", ["youxue-mall.com"], "shop platform domain in footer"),
 ("uscc", SHOP_USCC, [SHOP_USCC], "shop platform operator's own licence"),
 ("phone", "4006258800", ["400-625-8800"], "classifieds platform customer service"),
 ("wechat", "tongcheng_kf", ["tongcheng_kf"], "classifieds platform official WeChat"),
 ("qq", "800018888", ["800018888"], "short-video platform customer-service QQ"),
 ("phone", "+8618088127745", ["18088127745", "180 8812 7745"], "scammer number quoted in news, complaint and Q&A"),
 ("domain", "rgzn-zscx.cn", ["rgzn-zscx.cn"], "fake query site quoted in warnings"),
 ("phone", "+8613905182716", ["13905182716"], "really an order number in a copied buyer review"),
 ("other", "S000032010001265000001", ["S000032010001265000001"], "certificate sample number reused by two sellers"),
 ("phone", "+8613800138000", ["13800138000", "138 0013 8000"], "template placeholder number"),
 ("wechat", "lily_km2020", ["lily_km2020"], "a reader's own WeChat in comments"),
 ("phone", "+8615925018836", ["15925018836", "159 2501 8836"], "a reader's own phone in comments"),
 ("phone", "02552218866", ["025-52218866"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
]

if __name__ == "__main__":
    main()
