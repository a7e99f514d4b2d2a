#!/usr/bin/env python3
"""Generate a small labeled web of 人工智能训练师 certificate sellers (Hangzhou / Ningbo week).
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

# ---------------------------------------------------------------- USCC (GB 32100) ---
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(o8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(o8, w))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(p8, o8):
    b = p8 + o8 + org_check(o8)
    s = sum(ALPHA.index(ch) * w for ch, w in zip(b, W_USCC))
    r = 31 - s % 31
    return b + ALPHA[0 if r == 31 else r]

C_U01 = uscc("91330106", "MA2KD7R3")
C_U02 = uscc("52330212", "MJ882104")
C_U06 = uscc("91330203", "MA2H6QW1")
C_U09 = uscc("52330282", "MJ9C4E07")
C_I06 = uscc("91330225", "MA2J8N5P")

# ---------------------------------------------------------------- sites -------------
SITES = {
 "zhiyun": dict(name="浙智云职业培训", style="company", domain="www.zhiyunpx.cn",
    nav=["首页", "职业技能培训", "分校区", "证书查询", "联系我们"],
    footer="浙智云教育科技(杭州)有限公司 · 地址:杭州市西湖区文三路 · 电话:0571-86721390 · 浙ICP备2021006612号"),
 "yongcai": dict(name="甬才教育", style="company2", domain="www.yongcaiedu.com",
    nav=["学校概况", "培训项目", "鉴定认定", "校区分布", "在线报名"],
    footer="宁波市鄞州区甬才职业培训学校 版权所有 · 招生办:0574 8735 1162 · 地址:宁波市鄞州区天童南路"),
 "keduoduo": dict(name="课多多·职业课程平台", style="market", domain="www.keduoduo.com",
    nav=["全部课程", "IT互联网", "职业技能", "考证培训", "机构入驻"],
    footer="课多多平台客服热线:400-600-8123(9:00-21:00) · 平台不对机构宣传内容作担保,请核实资质后报名"),
 "xhbbs": dict(name="西湖论坛", style="forum", domain="bbs.xihu-luntan.com",
    nav=["首页", "杭州生活", "宁波生活", "职场考证", "二手交易"],
    footer="西湖论坛官方QQ群:61234578 · 违规举报邮箱 jubao@xihu-luntan.com · 论坛内容仅代表网友个人观点"),
 "wx": dict(name="公众号文章精选", style="wx", domain="www.wxwenzhai.cn",
    nav=["热门", "教育", "职场", "本地", "科技"],
    footer="本站内容来源于微信公众平台,版权归原作者所有 · 侵删联系 wxwenzhai.cn 站务"),
 "shop": dict(name="淘学铺", style="shop", domain="www.taoxuepu.cn",
    nav=["首页", "考证课程", "职业技能", "图书资料", "我的订单"],
    footer="淘学铺平台客服邮箱:kf@taoxuepu.cn · 交易请走平台担保,切勿私下转账"),
 "news": dict(name="甬江新闻网", style="news", domain="www.yongjiangnews.cn",
    nav=["首页", "本地", "教育", "民生", "财经", "推广"],
    footer="甬江新闻网 新闻热线:0574-87650321 · 违法和不良信息举报"),
 "blog": dict(name="码字站博客", style="blog", domain="blog.mazizhan.cn",
    nav=["首页", "技术", "职场", "随笔", "关于"],
    footer="Powered by 码字站 mazizhan.cn · 博主文章仅代表个人观点"),
 "fenlei": dict(name="甬城分类信息网", style="classifieds", domain="nb.yongchengfenlei.com",
    nav=["招聘", "求职", "教育培训", "二手", "房产", "免费发布"],
    footer="甬城分类信息网 · 浙ICP备18051234号-1 · 谨防诈骗:凡要求先交费的均需谨慎"),
 "rsj": dict(name="甬江区人力资源和社会保障局", style="gov", domain="rsj.yongjiang.gov.example",
    nav=["首页", "政务公开", "通知公告", "职业能力建设", "办事服务"],
    footer="主办:甬江区人力资源和社会保障局 · 政务服务热线 12333"),
 "wenda": dict(name="问答圈", style="qa", domain="www.wendaquan.cn",
    nav=["首页", "教育", "职场", "科技", "话题广场"],
    footer="问答圈 · 商务合作与投诉:service@wendaquan.cn · 回答内容由用户提供"),
}

CSS = {
 "company": "body{font-family:sans-serif;margin:0}header{background:#0b4f9c;color:#fff;padding:10px}nav a{color:#fff;margin:0 8px}.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;background:#f1f5fb;padding:10px}footer{background:#222;color:#ccc;padding:10px;font-size:12px}",
 "company2": "body{font-family:serif;margin:0 auto;max-width:980px}.top{border-bottom:3px solid #c00}.menu a{margin-right:14px}.col-l{float:left;width:70%}.col-r{float:right;width:28%;border:1px solid #ddd}.ft{clear:both;border-top:1px solid #aaa;font-size:12px}",
 "market": "body{font:14px Arial}.hd{background:#ff6a00;color:#fff}.cat a{margin:0 6px}.course{border:1px solid #eee;padding:10px}.side{width:260px;float:right}.price{color:#f40;font-size:22px}.ft{color:#888}",
 "forum": "body{font:12px Tahoma}.bm{border:1px solid #cdcdcd}.floor{border-bottom:1px dashed #ccc;padding:6px}.pi{background:#e5edf2}.authi{color:#369}.ft{background:#f2f2f2}",
 "wx": "body{max-width:680px;margin:auto;font-size:16px}.rich_media_title{font-size:22px}.rich_media_meta{color:#576b95}.js_content p{line-height:1.8}.foot{color:#999}",
 "shop": "body{font:12px 'Microsoft YaHei'}.tb-hd{background:#f40;color:#fff}.tb-detail{border:1px solid #eee}.tb-price{color:#f40}.rate{background:#fafafa}.tb-ft{color:#666}",
 "news": "body{font-family:SimSun;max-width:1000px;margin:auto}.masthead{color:#a00;font-size:28px}.article{width:680px;float:left}.rel{width:280px;float:right}.copyright{clear:both;font-size:12px}",
 "blog": "body{font-family:Georgia;background:#fafafa}.post{background:#fff;padding:18px;max-width:760px}.meta{color:#999}.widget{margin:10px 0}.credit{font-size:12px}",
 "classifieds": "body{font:13px sans-serif}.logo{color:#1a9e3f}.info-box{border:1px solid #ddd;padding:8px}.tips{background:#fffbe6}.ftr{font-size:12px;color:#777}",
 "gov": "body{font-family:SimSun;background:#f5f5f5}.banner{background:#b50000;color:#fff;font-size:24px}.zwgk{background:#fff;padding:16px}.xxgk{border:1px solid #ccc}.gov-ft{text-align:center;font-size:12px}",
 "qa": "body{font:15px -apple-system}.Question{font-size:20px}.AnswerItem{border-top:1px solid #eee;padding:10px}.Comments{color:#555;font-size:13px}.Footer{color:#8590a6}",
}

PAGES = []   # dicts: site, file, title, crumbs, body, offer, op, provider, ids, note, related

def page(site, file, title, body, offer=False, op=None, provider=None, ids=(), note="", crumb=None):
    PAGES.append(dict(site=site, file=file, title=title, body=body, offer=offer, op=op,
                      provider=provider, ids=[list(x) for x in ids], note=note,
                      crumb=crumb or SITES[site]["nav"][1]))

def p(*paras):
    return "\n".join("<p>%s</p>" % x for x in paras)

# ================================================================ PAGES =============
# ---------------- U01 浙智云 (honest, Hangzhou, branch in Ningbo) --------------------
page("zhiyun", "course-ai-trainer.html", "人工智能训练师(四级/三级)职业技能等级认定培训班 - 浙智云职业培训",
 p("【2026年春季班】人工智能训练师(职业编码4-04-05-05)四级/中级工、三级/高级工培训,杭州总部文三路校区开班。",
   "课程内容:数据采集和处理、数据标注、智能系统运维(四级);业务分析、智能训练、智能系统设计、培训与指导(三级)。理论+实操,实操占比约七成。",
   "报考条件请对照《人工智能训练师国家职业技能标准(2021年版)》:五级需累计从事本职业或相关职业工作满1年;四级、三级需相应等级证书及工作年限。我们会先做资格初审,不符合条件的不收费。",
   "证书说明:考核合格由经人社部门备案的评价机构颁发<b>职业技能等级证书</b>(不是国家职业资格证书),证书信息可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。",
   "证书编号样式:S000033000001265000123(样例,仅供识别格式)。",
   "补贴:符合条件的参保职工可申请失业保险技能提升补贴,四级最高1500元、三级最高2000元,具体以当地人社部门为准,可咨询12333。",
   "培训费:四级 2680元 / 三级 3480元(含教材,不含认定考务费)。",
   "咨询:招生老师 138-5711-2468(同微信) 统一社会信用代码:" + C_U01),
 True, "U01", "浙智云职业培训",
 [("phone", "+8613857112468", "138-5711-2468"), ("uscc", C_U01, C_U01), ("phone", "057186721390", "0571-86721390")],
 "U01 own site, Hangzhou HQ course page (honest)")
page("zhiyun", "branch-ningbo.html", "宁波分校 | 人工智能训练师周末班 - 浙智云职业培训",
 p("浙智云宁波分校(海曙区中山西路)2026年4月开设人工智能训练师四级周末班,每班限30人。",
   "适合:从事数据标注、客服训练、电商运营满一年的在职人员。企业团报可上门授课。",
   "宁波分校报名热线:0574-87126093 ,或联系总部 0571-86721390 。",
   "线上报名表:https://www.wjx.cn/vm/zhiyunNB26.aspx(问卷星)。",
   "统一社会信用代码(总部):" + C_U01),
 True, "U01", "浙智云职业培训(宁波分校)",
 [("phone", "057487126093", "0574-87126093"), ("phone", "057186721390", "0571-86721390"), ("uscc", C_U01, C_U01)],
 "U01 own site, Ningbo branch page; ties to HQ by landline and USCC", crumb="分校区")
page("keduoduo", "course-1021.html", "【智云AI学院】人工智能训练师四级 线上+线下 考证班",
 p("机构:智云AI学院(杭州) 已认证",
   "课程亮点:资深数据标注项目经理授课;理论课线上回放,实操课在杭州/宁波两地教学点进行。",
   "认定说明:学员须满足报考条件;认定由备案评价机构组织,证书可在 zscx.osta.org.cn 查询。",
   "学费:¥2680 起(四级)",
   "咨询电话:(0571)8672 1390 / 手机:138 5711 2468",
   "加微信领取报考条件自测表:zhiyun_ai2026 · 官网 www.zhiyunpx.cn"),
 True, "U01", "智云AI学院",
 [("phone", "057186721390", "(0571)8672 1390"), ("phone", "+8613857112468", "138 5711 2468"),
  ("wechat", "zhiyun_ai2026", "zhiyun_ai2026"), ("domain", "zhiyunpx.cn", "www.zhiyunpx.cn")],
 "U01 on the course marketplace under a second brand")
page("wx", "a-3391.html", "杭州人工智能训练师春季班开始报名啦!补贴政策一文看懂",
 p("原创 浙智云教育 2026-03-09 浙江",
   "AI大模型火了以后,\"人工智能训练师\"成了很多人关心的新职业。它是2020年人社厅发〔2020〕17号公布的新职业,包含数据标注员、人工智能算法测试员两个工种。",
   "很多小伙伴问:证书是谁发的?答:由备案的评价机构颁发职业技能等级证书,人社部门负责备案和监管,不是\"人社部颁发\"哦。",
   "本期四级班3月28日开课,扫码或添加老师微信 ZhiYun_AI2026 报名,也可直接拨打 13857112468 。",
   "报名登记:https://www.wjx.cn/vm/zhiyunHZ.aspx",
   "更多课程见 www.zhiyunpx.cn"),
 True, "U01", "浙智云教育",
 [("wechat", "zhiyun_ai2026", "ZhiYun_AI2026"), ("phone", "+8613857112468", "13857112468"),
  ("domain", "zhiyunpx.cn", "www.zhiyunpx.cn")],
 "U01 WeChat article reposted")

# ---------------- U02 甬才教育 (honest school, Ningbo) ------------------------------
page("yongcai", "ai-xunlianshi.html", "人工智能训练师(五级/四级)招生简章 - 甬才教育",
 p("宁波市鄞州区甬才职业培训学校 2026年第二期人工智能训练师招生简章",
   "一、培训等级:五级(初级工)、四级(中级工)。五级需从事相关工作累计满1年或经本职业学徒期满;不招收无任何工作经历的\"零基础直接考证\"学员。",
   "二、课时:五级60课时,四级50课时,晚班+周末班。",
   "三、认定:培训结束后参加区人社局公告的认定批次(本期对应批次号 13302260307),考点:浙江某职业技术学院实训楼,考点前台 0574-88127600(仅受理考场事务)。",
   "四、证书:职业技能等级证书,可在 jndj.osta.org.cn 及 zscx.osta.org.cn 查询。",
   "五、费用:五级 1680元,四级 2280元;符合条件的参保人员可申领技能提升补贴,咨询12333。",
   "六、报名:招生办 0574 8735 1162,王老师 159 6783 2041。手机号填写例:13800000000",
   "办学许可及信用代码:" + C_U02),
 True, "U02", "甬才教育",
 [("phone", "057487351162", "0574 8735 1162"), ("phone", "+8615967832041", "159 6783 2041"), ("uscc", C_U02, C_U02)],
 "U02 own site enrolment brochure (honest)")
page("yongcai", "yuyao.html", "余姚教学点 人工智能训练师四级晚班 - 甬才教育",
 p("余姚教学点(阳明街道)人工智能训练师四级晚班 2026年4月开班。",
   "本教学点由甬才教育统一招生、统一教学管理,学员与总部同批次参加认定,考点前台电话 0574-88127600 。",
   "余姚报名:王老师 15967832041(微信同号),也可在QQ留言 2871364590 。",
   "学费2280元,可分两期支付,开具正规发票。"),
 True, "U02", "甬才教育余姚教学点",
 [("phone", "+8615967832041", "15967832041"), ("qq", "2871364590", "2871364590"), ("phone", "057487351162", "0574 8735 1162")],
 "U02 own site branch page", crumb="校区分布")

# ---------------- forum threads -----------------------------------------------------
def floors(*fl):
    out = []
    for i, (who, when, txt) in enumerate(fl, 1):
        out.append('<div class="floor"><div class="pi"><span class="authi">%s</span> 发表于 %s <em>%d#</em></div><div class="t_f">%s</div></div>' % (who, when, i, txt))
    return "\n".join(out)

page("xhbbs", "thread-88201.html", "[宁波] 甬才 人工智能训练师四级周末班 4月开班 欢迎咨询",
 floors(("甬才王老师", "2026-3-10 09:12", "鄞州天童南路校区,人工智能训练师四级周末班4月开课,要求相关工作满年限,我们先帮大家核对条件。学费2280,可申补贴。电话/微信 159 6783 2041,扣扣 2871364590。"),
        ("宁波阿杰", "2026-3-10 10:30", "请问做电商客服的算相关工作吗?"),
        ("甬才王老师", "2026-3-10 11:02", "要看具体岗位内容,带上单位证明来咨询。"),
        ("lily", "2026-3-11 20:45", "我也想报,有一起的加我微信 lily_hz0571 拼团~"),
        ("路人甲", "2026-3-12 08:13", "正规的都要审核条件,那种包过的别信。")),
 True, "U02", "甬才",
 [("phone", "+8615967832041", "159 6783 2041"), ("qq", "2871364590", "2871364590")],
 "U02 thread in forum with floors; a reader leaves her own WeChat", crumb="职场考证")
page("xhbbs", "thread-88347.html", "AI训练师证 三级二级都能办 包过 不用去考 要的私",
 floors(("证书速通小陈", "2026-3-13 14:20", "人社部颁发,全国联网可查!零基础直接报高级工/技师,三级+二级一起报优惠,不过全额退。速度加V:zscert_ai"),
        ("杭漂小王", "2026-3-13 15:01", "技师不是要三级证加好几年吗?零基础怎么报?"),
        ("证书速通小陈", "2026-3-13 15:40", "有内部渠道,资料我们来做,你只管拿证,查询网址发你。"),
        ("老鸟", "2026-3-13 18:22", "又来了,人社部根本不发这个证,版主删帖吧。"),
        ("求职中", "2026-3-14 09:07", "我也想了解,我Q 903412775")),
 True, "U08", "证书速通",
 [("wechat", "zscert_ai", "zscert_ai")],
 "U08 scam ad thread (包过, 人社部颁发, 技师 to beginners); a reader leaves own QQ", crumb="职场考证")
page("xhbbs", "thread-88410.html", "被所谓'人工智能训练师证'骗了3800,大家避雷!",
 floors(("滨江打工人", "2026-3-15 22:10", "去年12月在网上看到广告,说人社部颁发、免考包过,交了3800,给了个查询网站,后来网站打不开了。对方电话 17705713388,微信 kaozheng_vip01,现在全拉黑。已经打了12315投诉,也问了12333,人家说正规证书只能在 zscx.osta.org.cn 查。"),
        ("热心网友", "2026-3-15 22:41", "抱抱,正规的职业技能等级证书是备案评价机构发的,不是人社部发。"),
        ("滨江打工人", "2026-3-16 07:55", "长教训了,转给身边朋友看看。")),
 False, None, None, [], "complaint thread quoting the scammer's number (not a seller)", crumb="职场考证")
page("xhbbs", "thread-88502.html", "【国培AI认证中心】人工智能训练师三级 零基础 人社部颁发 国家职业资格证书",
 floors(("国培招生老师", "2026-3-17 10:00", "国家职业资格证书,人社部颁发,官网可查,不限学历不限经验,零基础30天拿证!三级原价6800现价3980,报三级送四级。电话 186 6710 5523 微信 ai-kaozheng88"),
        ("疑问", "2026-3-17 11:20", "不是说AI训练师是职业技能等级证书吗?"),
        ("国培招生老师", "2026-3-17 11:35", "都一样的,国家认可,包过包拿证。")),
 True, "U03", "国培AI认证中心",
 [("phone", "+8618667105523", "186 6710 5523"), ("wechat", "ai-kaozheng88", "ai-kaozheng88")],
 "U03 scam post (国家职业资格证书, 人社部颁发, 包过)", crumb="职场考证")
page("xhbbs", "thread-88633.html", "周末小班教数据标注实操,可带考五级(杭州下沙)",
 floors(("周老师", "2026-3-18 19:30", "本人做了5年数据标注项目管理,周末在下沙开小班(6人),讲标注规范和质检,有相关工作经历满一年的可以顺带准备五级认定。不承诺包过。一期8次课1200元。电话15158063742"),
        ("下沙小李", "2026-3-18 21:00", "已私信老师。")),
 True, "I05", "周老师数据标注小班",
 [("phone", "+8615158063742", "15158063742")], "independent tutor in forum", crumb="职场考证")
page("xhbbs", "thread-88715.html", "智训人力招数据标注员 岗前带训 可考人工智能训练师五级",
 floors(("智训HR", "2026-3-19 09:00", "宁波智训人力资源有限公司招数据标注员20名,入职前参加岗前培训(企业承担一半费用),在岗满一年可报人工智能训练师五级。培训合格协议就业!联系电话 137 3609 1857"),
        ("lily", "2026-3-19 12:10", "请问杭州有岗位吗?我微信 lily_hz0571"),
        ("智训HR", "2026-3-19 12:30", "目前只在宁波海曙。")),
 True, "U06", "智训人力",
 [("phone", "+8613736091857", "137 3609 1857")], "U06 recruiting+training ad with 协议就业; reader's own WeChat", crumb="职场考证")

# ---------------- U03 elsewhere -----------------------------------------------------
page("shop", "item-5521.html", "人工智能训练师证书 三级 考证报名 人社部颁发 全国通用 包过",
 p("<span class='tb-price'>¥3980</span> 月销 126 · 商品编号 18800012356",
   "【国培AI认证中心】人工智能训练师 三级/二级/一级 均可报名,零基础可报,免培训直接考,不过退款!",
   "证书:国家职业资格证书,人社部颁发,官网可查,可用于积分落户、评职称、挂靠年入2万+。",
   "拍下后请加客服微信 Ai-Kaozheng88 提交资料。对公收款户名:杭州启鸣信息咨询有限公司",
   "如有支付问题请联系支付宝客服95188。"),
 True, "U03", "国培AI认证中心",
 [("wechat", "ai-kaozheng88", "Ai-Kaozheng88"), ("other", "杭州启鸣信息咨询有限公司", "杭州启鸣信息咨询有限公司")],
 "U03 shop listing (scam wording, 挂靠)", crumb="考证课程")
page("fenlei", "post-7730.html", "人工智能训练师考证 零基础可报 30天拿证 宁波杭州均可",
 p("类别:教育培训 > 职业资格",
   "人工智能训练师证报名,人社部颁发,国家认可,入库可查,免考包过,不限学历年龄。",
   "三级3980,二级5980,三级+二级打包8800。",
   "联系人:陈老师 18667105523",
   "付款请认准收款户名:杭州启鸣信息咨询有限公司"),
 True, "U03", "人工智能训练师考证通",
 [("phone", "+8618667105523", "18667105523"), ("other", "杭州启鸣信息咨询有限公司", "杭州启鸣信息咨询有限公司")],
 "U03 classifieds post under another brand", crumb="教育培训")

# ---------------- U04 数智职培 (Hangzhou, chain 400 -> email -> wechat) -------------
page("keduoduo", "course-1187.html", "【数智职培】人工智能训练师三级研修班(杭州)",
 p("机构:杭州数智职业技能培训中心",
   "三级(高级工)研修班,面向已持四级证书、从事相关工作的学员;课程覆盖业务分析、智能训练、智能系统设计。",
   "证书样式参考:S000033000001265000123(样例),可在 zscx.osta.org.cn 查询。",
   "学费:¥3600",
   "全国咨询:400-882-6517 · 官网 shuzhipx.com"),
 True, "U04", "数智职培",
 [("phone", "4008826517", "400-882-6517"), ("domain", "shuzhipx.com", "shuzhipx.com")],
 "U04 marketplace listing")
page("news", "2026-0320-ad.html", "推广 | AI浪潮下的新职业:数智职培人工智能训练师研修班开班",
 p("【推广】2026-03-20 来源:甬江新闻网合作频道",
   "随着大模型应用落地,数据标注、模型评测岗位需求上升。杭州数智职业技能培训中心推出人工智能训练师三级研修班,宁波学员可线上学习、线下集中实操。",
   "机构负责人介绍,报名前会审核学员的四级证书和工作年限,\"不符合条件的我们不收\"。",
   "咨询热线 4008 826 517,邮箱 shuzhi_px@163.com。"),
 True, "U04", "数智职培",
 [("phone", "4008826517", "4008 826 517"), ("email", "shuzhi_px@163.com", "shuzhi_px@163.com")],
 "U04 advertorial on a news site", crumb="推广")
page("blog", "post-u04.html", "我在数智职培上三级研修班的两个月",
 p("2026-03-22 · 职场",
   "去年拿了四级,在公司做了两年标注质检,今年报了三级研修班。老师会带着做一套完整的训练数据方案,比自己看书强。",
   "有问题可以发邮件给他们教务 SHUZHI_PX@163.COM ,或者加教务微信 szpx_hz 说是我推荐的。",
   "证书是职业技能等级证书,查询编号格式类似 S000033000001265000123。"),
 True, "U04", "数智职培",
 [("email", "shuzhi_px@163.com", "SHUZHI_PX@163.COM"), ("wechat", "szpx_hz", "szpx_hz")],
 "U04 soft ad disguised as blog experience", crumb="职场")
page("wenda", "q-60302.html", "在杭州考人工智能训练师三级,哪家培训机构靠谱?",
 '<div class="AnswerItem"><b>数智职培-课程顾问</b>:我们是杭州数智职业技能培训中心,三级研修班要求持四级证书+工作年限,会先审核。课表可以加微信 szpx_hz 获取,补贴按政策三级最高2000元。</div>'
 '<div class="AnswerItem"><b>匿名用户</b>:选机构先看它合作的评价机构有没有在 pjjg.osta.org.cn 备案。</div>',
 True, "U04", "数智职培",
 [("wechat", "szpx_hz", "szpx_hz")], "U04 answer ad on Q&A", crumb="教育")

# ---------------- U05 中培国际 (certificate mill, QQ + fake query domain) ----------
page("wx", "a-3402.html", "重磅!人工智能训练师证书开始申报,持证可领万元补贴",
 p("中培国际职业认证 2026-03-11",
   "国家急需AI人才!人工智能训练师证书全国统一申报通道已开启,<b>免考试、免培训</b>,提交资料即可拿证,人社部认证的新职业!",
   "证书可在华夏职业技能评价网 zpgj-cx.com 查询,全国通用,终身有效。",
   "一级(高级技师)6980,现在报名送AIGC证书。持证可领万元补贴,可挂靠。",
   "报名QQ:3102785564"),
 True, "U05", "中培国际职业认证",
 [("domain", "zpgj-cx.com", "zpgj-cx.com"), ("qq", "3102785564", "3102785564")],
 "U05 repost: 免考, fake query site, level 1 for anyone, subsidy lie")
page("shop", "item-5538.html", "AI人工智能训练师 一级 二级 三级 证书申报 资料代办",
 p("<span class='tb-price'>¥2980</span> 月销 87 · 商品编号 18800012356",
   "中培国际 官方授权,全程代办,无需到场,15个工作日出证。",
   "拍前咨询 Q 3102785564 ,学员交流群 735124890",
   "如有支付问题请联系支付宝客服95188。"),
 True, "U05", "中培国际",
 [("qq", "3102785564", "3102785564"), ("qq_group", "735124890", "735124890")],
 "U05 shop listing (代办, 无需到场)", crumb="考证课程")
page("fenlei", "post-7745.html", "人工智能训练师证书申报 全国可报 官网可查",
 p("类别:教育培训 > 职业资格",
   "华夏职业技能评价网(zpgj-cx.com)可查,人社部颁发。学历年龄不限,资料齐全即可申报。",
   "加学员群:735124890 群内有老师解答。",
   "联系电话示例格式 138-0000-0000(发布须知模板)"),
 True, "U05", "华夏职业技能评价网",
 [("domain", "zpgj-cx.com", "zpgj-cx.com"), ("qq_group", "735124890", "735124890")],
 "U05 classifieds post under the fake query-site brand", crumb="教育培训")

# ---------------- U06 智训人力 (Ningbo, HR + training) ------------------------------
page("keduoduo", "course-1640.html", "【智训AI数据标注】数据标注员岗前培训+人工智能训练师五级备考",
 p("机构:宁波智训人力资源有限公司",
   "40课时数据标注实操 + 五级理论串讲;在岗满一年后可报名认定。企业员工团报优先。",
   "学费:¥1280(入职智训合作企业可报销一半)",
   "报名表:https://www.wjx.cn/vm/nbzx2026.aspx",
   "咨询微信 nbzx_hr / 邮箱 hr@nbzhixun.com"),
 True, "U06", "智训AI数据标注",
 [("wechat", "nbzx_hr", "nbzx_hr"), ("email", "hr@nbzhixun.com", "hr@nbzhixun.com")],
 "U06 marketplace listing")
page("wx", "a-3466.html", "宁波招数据标注员!包培训包就业,还能考人工智能训练师",
 p("智训人力 2026-03-21 浙江",
   "海曙区AI数据基地扩招,无经验可入职,公司统一岗前培训,培训合格协议就业,月薪4500-7000。",
   "在岗满一年可考人工智能训练师五级,考下来涨薪。",
   "报名加HR微信 NBZX_HR 或电话 13736091857 ,统一社会信用代码 " + C_U06),
 True, "U06", "智训人力",
 [("wechat", "nbzx_hr", "NBZX_HR"), ("phone", "+8613736091857", "13736091857"), ("uscc", C_U06, C_U06)],
 "U06 WeChat repost (协议就业 wording)")
page("fenlei", "post-7768.html", "【招聘+培训】数据标注员 海曙 包培训 可考AI训练师",
 p("类别:招聘 > 技术",
   "宁波智训人力资源有限公司,招数据标注员,岗前带薪培训,满一年推荐考人工智能训练师五级。",
   "电话:137-3609-1857 邮箱:hr@nbzhixun.com",
   "联系电话示例格式 138-0000-0000(发布须知模板)"),
 True, "U06", "宁波智训人力资源有限公司",
 [("phone", "+8613736091857", "137-3609-1857"), ("email", "hr@nbzhixun.com", "hr@nbzhixun.com")],
 "U06 classifieds post", crumb="招聘")

# ---------------- U07 启航教育 (Hangzhou) -------------------------------------------
page("keduoduo", "course-1302.html", "【启航AI学堂】人工智能训练师四级 零基础入门到认定",
 p("机构:启航职业教育(杭州拱墅)",
   "零基础也能学!90%小白都能学会,从数据标注入门到四级认定辅导。原价9999限时1999!",
   "注:认定需符合报考条件,本机构协助报名。",
   "咨询:0571-88203746"),
 True, "U07", "启航AI学堂",
 [("phone", "057188203746", "0571-88203746")], "U07 marketplace listing (hype wording)")
page("wx", "a-3417.html", "原价9999,限时1999!启航人工智能训练师课程最后20个名额",
 p("启航职业教育 2026-03-14",
   "AI时代不会训练AI就要被淘汰!启航人工智能训练师四级课程,名师直播+实操,拿证后升职加薪不是梦。",
   "咨询电话 0571 8820 3746 / 课程顾问 136-0571-9382"),
 True, "U07", "启航职业教育",
 [("phone", "057188203746", "0571 8820 3746"), ("phone", "+8613605719382", "136-0571-9382")],
 "U07 WeChat repost")
page("blog", "post-u07.html", "转行AI训练师的第三个月:我报的启航课程怎么样",
 p("2026-03-24 · 随笔",
   "说实话课程节奏挺快,适合有点基础的。顾问当时说拿证就升职加薪,这个大家理性看待。",
   "想了解的可以去 qihangedu.cn 看看,或者找顾问 136 0571 9382(报我名字有优惠)。"),
 True, "U07", "启航",
 [("domain", "qihangedu.cn", "qihangedu.cn"), ("phone", "+8613605719382", "136 0571 9382")],
 "U07 affiliate-style blog post with referral", crumb="随笔")

# ---------------- U08 证书速通 / 智证无忧 (scam) ------------------------------------
page("shop", "item-5546.html", "智证无忧 人工智能训练师高级技师 一级 快速拿证 不考试",
 p("<span class='tb-price'>¥5980</span> 月销 43",
   "智证无忧:一级/高级技师直接申报,无需二级证书,无需工作年限,零基础可办,百分百通过率!",
   "证书查询网址 aitrainer-cx.com,与国家平台同步。",
   "咨询V:ZSCERT_AI 电话:17757408126"),
 True, "U08", "智证无忧",
 [("wechat", "zscert_ai", "ZSCERT_AI"), ("phone", "+8617757408126", "17757408126"), ("domain", "aitrainer-cx.com", "aitrainer-cx.com")],
 "U08 shop listing (一级 to beginners, fake query site)", crumb="考证课程")
page("wenda", "q-60188.html", "人工智能训练师证书在哪里能查真伪?",
 '<div class="AnswerItem"><b>证书顾问</b>:可以在 aitrainer-cx.com 输入姓名身份证查询,我们学员的证都能查到,需要办理可以电话 177 5740 8126。</div>'
 '<div class="AnswerItem"><b>知乎er老周</b>:别信楼上,正规查询是技能人才评价证书全国联网查询 zscx.osta.org.cn。</div>'
 '<div class="Comments">网友评论:求个真题资料 903412775 谢谢</div>',
 True, "U08", "证书顾问",
 [("domain", "aitrainer-cx.com", "aitrainer-cx.com"), ("phone", "+8617757408126", "177 5740 8126")],
 "U08 answer pushing a fake query site; reader comment with own QQ", crumb="教育")

# ---------------- U09 慈溪博学 ------------------------------------------------------
page("keduoduo", "course-1419.html", "【慈溪博学】人工智能训练师五级/四级 慈溪 余姚 就近上课",
 p("机构:慈溪市博学职业培训学校 信用代码 " + C_U09,
   "五级60课时、四级50课时,白天班/晚班可选;认定批次以人社局公告为准。",
   "学费:五级1580 / 四级2180",
   "电话 0574-63028815 QQ 1547829063"),
 True, "U09", "慈溪博学",
 [("uscc", C_U09, C_U09), ("phone", "057463028815", "0574-63028815"), ("qq", "1547829063", "1547829063")],
 "U09 marketplace listing")
page("fenlei", "post-7781.html", "慈溪 人工智能训练师 培训报名 博学教育",
 p("类别:教育培训 > 电脑IT",
   "博学教育人工智能训练师四级4月开课,参加区人社局公告批次(批次号 13302260307),考点前台 0574-88127600。",
   "联系:徐老师 183-5842-1906 座机 0574 6302 8815",
   "联系电话示例格式 138-0000-0000(发布须知模板)"),
 True, "U09", "博学教育",
 [("phone", "+8618358421906", "183-5842-1906"), ("phone", "057463028815", "0574 6302 8815")],
 "U09 classifieds post", crumb="教育培训")
page("wenda", "q-60121.html", "慈溪或余姚有没有人工智能训练师的培训?",
 '<div class="AnswerItem"><b>博学徐老师</b>:慈溪博学职业培训学校有,四级晚班,符合条件的可申请补贴。可以加我QQ 1547829063 或打 18358421906。</div>'
 '<div class="AnswerItem"><b>小满</b>:我去年在余姚上的,考点在职业技术学院。</div>'
 '<div class="Comments">网友评论:同问,有资料的发我 903412775</div>',
 True, "U09", "慈溪博学职业培训学校",
 [("qq", "1547829063", "1547829063"), ("phone", "+8618358421906", "18358421906")],
 "U09 answer ad on Q&A", crumb="教育")

# ---------------- U02 classifieds ---------------------------------------------------
page("fenlei", "post-7712.html", "鄞州 人工智能训练师四级 周末班 正规学校",
 p("类别:教育培训 > 职业技能",
   "甬才职业培训学校,人工智能训练师四级周末班,需审核报考条件。学费2280,可开票。",
   "咨询QQ:2871364590 电话:0574-87351162",
   "联系电话示例格式 138-0000-0000(发布须知模板)"),
 True, "U02", "甬才职业培训学校",
 [("qq", "2871364590", "2871364590"), ("phone", "057487351162", "0574-87351162")],
 "U02 classifieds post", crumb="教育培训")

# ---------------- independents -------------------------------------------------------
page("blog", "post-my-course.html", "开了一个人工智能训练师五级备考小课(线上)",
 p("2026-03-16 · 随笔",
   "我是林老师,在某大厂做模型评测。开个线上小课帮在岗做标注的朋友准备五级理论和实操,4周8次课,880元。不包过,不代办,报考条件自己先对照标准。",
   "有兴趣发邮件 lin.aitrainer@outlook.com 或微信 lin_aitrainer。"),
 True, "I01", "林老师线上小课",
 [("email", "lin.aitrainer@outlook.com", "lin.aitrainer@outlook.com"), ("wechat", "lin_aitrainer", "lin_aitrainer")],
 "independent tutor", crumb="随笔")
page("keduoduo", "course-1533.html", "【滨江未来数据】数据标注实训+人工智能训练师四级认定辅导",
 p("机构:杭州滨江未来数据标注实训基地",
   "在真实标注项目中实训,四级认定辅导;需在岗满规定年限。",
   "学费:¥2380",
   "基地电话:0571-87039216"),
 True, "I02", "滨江未来数据",
 [("phone", "057187039216", "0571-87039216")], "independent marketplace listing")
page("shop", "item-5560.html", "码上学 人工智能训练师四级题库+押题 考前冲刺 内部资料",
 p("<span class='tb-price'>¥199</span> 月销 302",
   "命题组老师内部资料,押题准确率95%,配套四级报名服务(另收费),速成7天。",
   "店主微信:maxue_nb",
   "如有支付问题请联系支付宝客服95188。"),
 True, "I03", "码上学",
 [("wechat", "maxue_nb", "maxue_nb")], "independent shop (命题组/内部资料/速成 wording)", crumb="考证课程")
page("wenda", "q-60240.html", "余杭有没有公办的人工智能训练师培训?",
 '<div class="AnswerItem"><b>余杭职校继续教育部</b>:我们面向社会开设人工智能训练师五级、四级培训,按认定批次组织考核,学费按物价备案收取。咨询 0571-89163057(工作日)。</div>',
 True, "I04", "余杭职校继续教育部",
 [("phone", "057189163057", "0571-89163057")], "independent school answer on Q&A", crumb="教育")
page("wx", "a-3450.html", "象山就业指导|人工智能训练师五级培训班招生",
 p("象山县海蓝人力资源服务有限公司 2026-03-18",
   "面向在岗数据标注人员开设五级培训班,线下授课,学费1380元。",
   "报名登记 https://www.wjx.cn/vm/xshailan.aspx ,电话 13968214075 。",
   "统一社会信用代码:" + C_I06),
 True, "I06", "象山县海蓝人力资源服务有限公司",
 [("phone", "+8613968214075", "13968214075"), ("uscc", C_I06, C_I06)],
 "independent WeChat repost")

# ---------------- non-offers --------------------------------------------------------
page("news", "2026-0312-warning.html", "警惕!'人工智能训练师'山寨证书骗局又换马甲",
 p("2026-03-12 甬江新闻网记者",
   "近期多名市民反映,网上有人以\"人社部颁发\"\"免考包过\"为噱头兜售人工智能训练师证书。市民张女士向记者出示聊天记录:对方使用手机号 177-0571-3388、微信 kaozheng_vip01,收款后提供的\"查询网站\"很快无法访问。",
   "区人社局提醒:职业技能等级证书由备案评价机构颁发,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)核验;遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。",
   "根据人社部函〔2022〕25号,\"包过\"\"不培训直接发证\"均属治理对象。"),
 False, None, None, [], "news warning quoting scam number and wechat", crumb="民生")
page("news", "2026-0325-subsidy.html", "参保职工取得职业技能等级证书可申领技能提升补贴",
 p("2026-03-25 甬江新闻网",
   "记者从区人社局获悉,参加失业保险满一年的职工取得五级、四级、三级职业技能等级证书的,可分别申领最高1000元、1500元、2000元技能提升补贴。",
   "二级、一级无此项全国性补贴。详询12333。"),
 False, None, None, [], "policy news", crumb="民生")
page("blog", "post-ai-trainer-guide.html", "人工智能训练师考证避坑指南(2026版)",
 p("2026-03-10 · 职场",
   "1. 证书性质:职业技能等级证书,不是国家职业资格证书,也不是人社部颁发。",
   "2. 查询:zscx.osta.org.cn 或证书上的 jndj.osta.org.cn。证书编号是1个大写字母+21位数字,比如 S000033000001265000123 这种格式。",
   "3. 零基础直接报技师/高级技师的一律别信。我朋友就被 177 0571 3388 这个号骗过。",
   "4. 选机构先查它合作的评价机构是否在 pjjg.osta.org.cn 备案了这个职业。",
   "5. 被骗了打12315。"),
 False, None, None, [], "guide with warning (non-offer)", crumb="职场")
page("rsj", "notice-2026-07.html", "关于开展2026年第三批次人工智能训练师职业技能等级认定的公告",
 p("发布时间:2026-03-05 来源:职业能力建设科",
   "根据职业技能等级认定工作有关规定,经备案的评价机构将于2026年4月组织人工智能训练师(4-04-05-05)五级、四级认定,批次号 13302260307。",
   "考点:浙江某职业技术学院实训楼,考点前台 0574-88127600(考务咨询)。",
   "证书由评价机构颁发,可登录 jndj.osta.org.cn、zscx.osta.org.cn 查询。",
   "本局不委托任何中介机构代办证书。咨询电话:12333。"),
 False, None, None, [], "official-style notice", crumb="通知公告")
page("shop", "item-5577.html", "人体工学办公椅 家用电脑椅 久坐不累",
 p("<span class='tb-price'>¥459</span> 月销 1.2万", "网布透气,可躺可调节,七天无理由。"),
 False, None, None, [], "unrelated product on the shop", crumb="首页")

# ================================================================ BUILD ==============
def frame(site, title, crumbs, body, links):
    s = SITES[site]
    nav = " ".join('<a href="/%s/index.html">%s</a>' % (site, n) for n in s["nav"])
    rel = "".join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in links)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>{css}</style></head>
<body class="{style}">
<header class="site-header"><div class="logo">{name}</div><nav>{nav}</nav></header>
<div class="crumbs">当前位置:<a href="/index.html">导航</a> &gt; <a href="/{site}/index.html">{name}</a> &gt; {crumbs} &gt; {title}</div>
<div class="wrap"><main><h1>{title}</h1>
{body}
</main>
<aside><h3>相关推荐</h3><ul>{rel}</ul></aside></div>
<footer>{footer}</footer>
</body></html>
""".format(title=title, css=CSS[s["style"]], style=s["style"], name=s["name"], nav=nav,
           site=site, crumbs=crumbs, body=body, rel=rel, footer=s["footer"])

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    by_site = {}
    for pg in PAGES:
        by_site.setdefault(pg["site"], []).append(pg)
    html = {}
    # site index pages
    for site, s in SITES.items():
        items = "".join('<li><a href="/%s/%s">%s</a></li>' % (site, pg["file"], pg["title"]) for pg in by_site[site])
        body = "<p>%s · %s</p><ul class='list'>%s</ul>" % (s["name"], s["domain"], items)
        html["/%s/index.html" % site] = frame(site, s["name"] + " 首页", "首页", body,
                                              [("/index.html", "站点导航")])
    for site, pgs in by_site.items():
        for i, pg in enumerate(pgs):
            others = [q for q in pgs if q is not pg][:4]
            links = [("/%s/%s" % (site, q["file"]), q["title"]) for q in others]
            links.append(("/%s/index.html" % site, "返回" + SITES[site]["name"]))
            html["/%s/%s" % (site, pg["file"])] = frame(site, pg["title"], pg["crumb"], pg["body"], links)
    hub = "".join('<li><a href="/%s/index.html">%s</a></li>' % (k, v["name"]) for k, v in SITES.items())
    html["/index.html"] = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>一周搜索记录:人工智能训练师</title></head>'
                           '<body><h1>杭州/宁波 一周搜索记录:人工智能训练师 培训与证书</h1><ul>%s</ul></body></html>\n' % hub)
    for path, text in sorted(html.items()):
        fp = OUT + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(OUT, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    # truth
    pages = []
    for path in sorted(html):
        pg = next((q for q in PAGES if "/%s/%s" % (q["site"], q["file"]) == path), None)
        if pg is None:
            pages.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                              note="hub" if path == "/index.html" else "site index page"))
        else:
            pages.append(dict(path=path, is_offer=pg["offer"], operator=pg["op"], provider=pg["provider"],
                              identifiers=pg["ids"], note=pg["note"]))
    ops = {}
    for pg in pages:
        op = pg["operator"]
        if op and op.startswith("U"):
            o = ops.setdefault(op, {"brands": [], "identifiers": []})
            if pg["provider"] not in o["brands"]:
                o["brands"].append(pg["provider"])
            for k, v, w in pg["identifiers"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    decoys = []
    for d in DECOYS:
        hits = sorted(pth for pth, t in html.items() if any(w in t for w in d["written"]))
        decoys.append(dict(kind=d["kind"], value=d["value"], written=d["written"], pages=hits, why=d["why"]))
    truth = {"pages": pages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

DECOYS = [
 dict(kind="phone", value="12333", written=["12333"], why="人社 public hotline quoted by sellers, news and the 人社局 site"),
 dict(kind="phone", value="12315", written=["12315"], why="market-regulation complaint hotline quoted in warnings"),
 dict(kind="domain", value="zscx.osta.org.cn", written=["zscx.osta.org.cn"], why="official certificate query site cited by honest sellers and by warnings"),
 dict(kind="domain", value="jndj.osta.org.cn", written=["jndj.osta.org.cn"], why="official query URL printed on certificates"),
 dict(kind="domain", value="pjjg.osta.org.cn", written=["pjjg.osta.org.cn"], why="official list of evaluation institutions, quoted by a reader"),
 dict(kind="phone", value="4006008123", written=["400-600-8123"], why="course-marketplace footer hotline on every keduoduo page"),
 dict(kind="email", value="kf@taoxuepu.cn", written=["kf@taoxuepu.cn"], why="shop platform footer e-mail"),
 dict(kind="qq_group", value="61234578", written=["61234578"], why="forum's own QQ group in the footer"),
 dict(kind="email", value="jubao@xihu-luntan.com", written=["jubao@xihu-luntan.com"], why="forum's report e-mail in the footer"),
 dict(kind="domain", value="wxwenzhai.cn", written=["wxwenzhai.cn"], why="repost site's own domain in the footer"),
 dict(kind="phone", value="057487650321", written=["0574-87650321"], why="news site's tip-off hotline in the footer"),
 dict(kind="domain", value="mazizhan.cn", written=["mazizhan.cn"], why="blog platform domain in the footer"),
 dict(kind="other", value="浙ICP备18051234号-1", written=["浙ICP备18051234号-1"], why="classifieds site's ICP number in the footer"),
 dict(kind="email", value="service@wendaquan.cn", written=["service@wendaquan.cn"], why="Q&A platform footer e-mail"),
 dict(kind="phone", value="+8617705713388", written=["177-0571-3388", "17705713388", "177 0571 3388"], why="scammer's number quoted in news, a complaint and a guide"),
 dict(kind="wechat", value="kaozheng_vip01", written=["kaozheng_vip01"], why="scammer's WeChat quoted in news and a complaint"),
 dict(kind="phone", value="+8613302260307", written=["13302260307"], why="assessment batch number that looks like a mobile"),
 dict(kind="phone", value="+8618800012356", written=["18800012356"], why="shop product number that looks like a mobile, on two sellers' items"),
 dict(kind="other", value="S000033000001265000123", written=["S000033000001265000123"], why="sample certificate number quoted by several pages"),
 dict(kind="other", value="4-04-05-05", written=["4-04-05-05"], why="occupation code, not an identifier"),
 dict(kind="phone", value="+8613800000000", written=["13800000000", "138-0000-0000"], why="template placeholder in forms and posting rules"),
 dict(kind="wechat", value="lily_hz0571", written=["lily_hz0571"], why="a reader's own WeChat in two forum threads of different sellers"),
 dict(kind="qq", value="903412775", written=["903412775"], why="a reader's own QQ in comments under different sellers"),
 dict(kind="phone", value="057488127600", written=["0574-88127600"], why="exam venue front desk quoted by the notice and two sellers"),
 dict(kind="domain", value="wjx.cn", written=["wjx.cn"], why="form tool (问卷星) used by several sellers"),
 dict(kind="phone", value="95188", written=["95188"], why="payment platform's customer-service number"),
]

if __name__ == "__main__":
    main()
