#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer certificate sellers. Standard library only, deterministic."""
import json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
TRUTH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")

# ---------- USCC (GB 32100-2015) with GB 11714 org-code check ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(s8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    tot = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(s8, ws))
    c = 11 - tot % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)

def uscc(head, region, org8):
    s = head + region + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch) * w for ch, w in zip(s, W)) % 31
    return s + ALPH[0 if r == 31 else r]

C_U01 = uscc("52", "420106", "MJ4H7265")   # 武汉智信职业技能培训学校 (民办非企业)
C_U02 = uscc("91", "360702", "MA35Y8K2")   # 赣州市启航教育咨询有限公司
C_U05 = uscc("52", "360702", "MJ1Q0837")   # 江西鑫途职业培训学校
C_U06 = uscc("91", "420100", "MA4K3D1T")   # 楚天数标(武汉)科技有限公司
C_I05 = uscc("12", "420100", "44161027")   # college (事业单位)

# ---------- sites ----------
SITES = {
 "wenda": dict(name="知问网", tag="问答", css="body{font-family:sans-serif;background:#f4f5f7}.hd{background:#2b6de1;color:#fff;padding:8px}.main{display:flex}.c{flex:3;background:#fff;padding:12px}.side{flex:1;padding:12px}.ans{border-top:1px solid #ddd;padding:8px 0}",
   menu=["首页", "职业教育", "考证", "IT互联网", "提问"],
   side="<h4>热门问题</h4><ul><li>初级会计怎么报名</li><li>二建挂靠还能做吗</li><li>教资面试技巧</li></ul>",
   foot="知问网 版权所有 · 客服热线 400-900-1616 · 违法和不良信息举报:jubao@zhiwenwang.cn · 京ICP备16052231号"),
 "zhixin": dict(name="武汉智信职业技能培训学校", tag="学校官网", css="body{font-family:'Microsoft YaHei';margin:0}.top{background:#0b4f8a;color:#fff;padding:14px}.nav a{color:#fff;margin:0 10px}.wrap{width:960px;margin:auto}.side{float:right;width:240px;background:#eef3f8;padding:10px}",
   menu=["学校首页", "学校概况", "培训项目", "补贴政策", "联系我们"],
   side="<h4>培训项目</h4><ul><li>人工智能训练师</li><li>电子商务师</li><li>网络与信息安全管理员</li></ul><p>办公时间:周一至周六 8:30-17:30</p>",
   foot="武汉智信职业技能培训学校 版权所有 | 地址:武汉市武昌区中北路中商广场写字楼B座17楼 | 鄂ICP备19033418号-1 | www.zhixinpx.cn"),
 "qihang": dict(name="启航职教", tag="培训机构官网", css="body{background:#fffaf0;font-family:SimSun}.banner{background:#d9381e;color:#ff0;font-size:22px;padding:10px}.box{border:2px dashed #d9381e;padding:10px;margin:8px}",
   menu=["首页", "热门证书", "学员风采", "在线报名", "关于启航"],
   side="<h4>热门证书</h4><ul><li>人工智能训练师</li><li>健康管理师</li><li>心理咨询师(技能)</li><li>育婴员</li></ul>",
   foot="赣州市启航教育咨询有限公司 · 地址:赣州市章贡区红旗大道56号国际企业中心1203室 · 赣ICP备20004712号"),
 "kecheng": dict(name="学邦课", tag="课程市场", css="body{font-family:Arial;background:#fafafa}.hd{background:#111;color:#0fc;padding:8px}.card{background:#fff;border:1px solid #e5e5e5;padding:12px}.price{color:#f40;font-size:20px}",
   menu=["全部课程", "职业技能", "IT编程", "考证培训", "机构入驻"],
   side="<h4>猜你喜欢</h4><ul><li>Python零基础入门</li><li>PMP备考冲刺</li><li>Excel数据分析</li></ul>",
   foot="学邦课 www.xuebangke.com · 平台客服 400-860-3377 · 课程内容由入驻机构提供,平台仅提供信息展示 · 沪ICP备17043260号"),
 "bbs": dict(name="江城论坛", tag="论坛", css="body{font-size:13px;font-family:Tahoma}.hd{background:#3a7d44;color:#fff;padding:6px}table.post{width:100%;border:1px solid #c2d5e3}td.author{width:160px;background:#e5edf2;vertical-align:top}",
   menu=["论坛首页", "江城杂谈", "职场交流", "教育考试", "二手交易"],
   side="<h4>版块导航</h4><ul><li>江城杂谈</li><li>楼市观察</li><li>教育考试</li></ul>",
   foot="江城论坛 Powered by Discuz! X3.4 · 站务QQ群 318406725 · 联系站务:bbs_admin@jclt.net · 鄂ICP备15007789号"),
 "fenlei": dict(name="百姓分类网", tag="分类信息", css="body{font-family:sans-serif}.hd{background:#ff552e;color:#fff;padding:8px}.info li{list-style:none;padding:2px}.tip{color:#999;font-size:12px}",
   menu=["首页", "招聘", "培训", "二手", "便民服务"],
   side="<h4>武汉/赣州 分类</h4><ul><li>武汉培训</li><li>赣州培训</li><li>二手车</li></ul><p class=tip>提醒:凡要求先付款的均可能是诈骗</p>",
   foot="百姓分类网 · 免责声明:本站信息由用户发布 · 客服 020-2918 6600 · 鄂ICP备18021456号-3"),
 "video": dict(name="抖快视频", tag="短视频", css="body{background:#161823;color:#eee;font-family:sans-serif}.player{background:#000;height:300px;text-align:center}.cmt{border-bottom:1px solid #333;padding:4px}",
   menu=["推荐", "关注", "知识", "同城", "直播"],
   side="<h4>相关推荐</h4><ul><li>#考证 #副业</li><li>#人工智能 #AI</li></ul>",
   foot="抖快视频 网上有害信息举报 010-5763 0011 · 营业执照 · 京ICP备20021876号"),
 "news": dict(name="楚赣新闻网", tag="新闻", css="body{font-family:SimSun;background:#fff}.hd{border-bottom:3px solid #c00;padding:8px}.art p{text-indent:2em;line-height:1.9}",
   menu=["首页", "时政", "民生", "教育", "财经"],
   side="<h4>排行</h4><ol><li>武汉地铁新线开通</li><li>赣州脐橙上市</li><li>高考志愿填报指南</li></ol>",
   foot="楚赣新闻网 新闻热线 027-8520 1100 · 违法和不良信息举报 · 鄂ICP备13014422号"),
 "rsj": dict(name="某市人力资源和社会保障局(示例)", tag="政务公开", css="body{font-family:SimSun;background:#f7f7f7}.hd{background:#a60000;color:#fff;padding:14px;font-size:22px}.gk td{border:1px solid #ccc;padding:4px}",
   menu=["首页", "政务公开", "政策文件", "通知公告", "办事服务"],
   side="<h4>便民服务</h4><ul><li>社保查询</li><li>职业技能等级证书查询</li><li>就业服务</li></ul>",
   foot="主办:某市人力资源和社会保障局 · 咨询服务电话 12333 · 网站标识码 3607000012 · 赣ICP备05004520号"),
 "mp": dict(name="微文阅读", tag="公众号文章转载", css="body{max-width:680px;margin:auto;font-family:-apple-system}.meta{color:#888}.qr{border:1px solid #eee;padding:10px}",
   menu=["推荐", "职场", "教育", "科技", "本地"],
   side="<h4>热文</h4><ul><li>这五个证书越早考越好</li><li>2024年最缺的十大新职业</li></ul>",
   foot="微文阅读 文章来源于公众号,版权归原作者 · 侵权联系 qinquan@weiwenyuedu.com · 赣ICP备2021008812号"),
}

PAGES = []
def P(path, site, title, body, is_offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=is_offer,
                      operator=op, provider=provider, identifiers=[list(x) for x in ids], note=note))

# ================= non-offer indexes and guides are added at the end =================

# ---------------- U01 武汉智信 (honest) ----------------
P("/zhixin/index.html", "zhixin", "武汉智信职业技能培训学校-人工智能训练师培训报名",
f"""<h2>人工智能训练师(4-04-05-05)五级/四级/三级 培训招生</h2>
<p>本校为武昌区人社局审批的民办职业培训学校,统一社会信用代码:{C_U01}。2024年下半年人工智能训练师(数据标注员方向)班级正在招生,周末班、晚班可选。</p>
<p>培训结束后由经人社部门备案的评价机构组织理论+实操认定,考核合格颁发职业技能等级证书,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。<b>本校不承诺包过</b>,认定未通过可免费重修一次。</p>
<p>符合条件的参保职工取证后可申请失业保险技能提升补贴(五级1000元/四级1500元/三级2000元),以人社部门审核为准,详询12333。</p>
<p>咨询电话:027-87654321 &nbsp; 招生微信:zhixin_px027 &nbsp; 官网:www.zhixinpx.cn</p>
<p class=warn>郑重声明:近期有人冒用我校名义以176 2905 3318招揽学员并收取"包过费",该号码与本校无关,请勿上当。</p>
<p><a href="kc-ai-trainer.html">查看人工智能训练师课程详情</a></p>""",
 True, "U01", "武汉智信职业技能培训学校",
 [("uscc", C_U01, C_U01), ("phone", "02787654321", "027-87654321"), ("wechat", "zhixin_px027", "zhixin_px027"), ("domain", "zhixinpx.cn", "www.zhixinpx.cn"), ("other", "鄂ICP备19033418号-1", "鄂ICP备19033418号-1")],
 "training-school home page inviting enrolment; warns about an impersonator number")

P("/zhixin/kc-ai-trainer.html", "zhixin", "人工智能训练师(四级)周末班 课程详情",
"""<h2>人工智能训练师 四级/中级工 周末班</h2>
<table border=1><tr><td>课时</td><td>50课时(理论30%/实操70%)</td></tr><tr><td>费用</td><td>培训费2680元(含教材),认定费按评价机构标准另缴</td></tr>
<tr><td>报名条件</td><td>取得五级证书后从事本职业4年,或累计从事本职业6年,或技工院校相关专业毕业</td></tr></table>
<p>考点:武汉市江岸区职业技能认定考点(前台 027-8731 0099,仅负责考场事务,报名请勿致电)。</p>
<p>证书样式参考(已打码):S000042000012243000018,证书信息可在全国联网查询平台核验。</p>
<p>报名咨询:王老师 139-7101-2345(同微信 zhixin_px027),学校办公室 (027)8765 4321。政策咨询请拨12333。</p>""",
 True, "U01", "武汉智信职业技能培训学校",
 [("phone", "+8613971012345", "139-7101-2345"), ("wechat", "zhixin_px027", "zhixin_px027"), ("phone", "02787654321", "(027)8765 4321"), ("domain", "zhixinpx.cn", "www.zhixinpx.cn"), ("other", "鄂ICP备19033418号-1", "鄂ICP备19033418号-1")],
 "course detail page, honest eligibility and fees")

# ---------------- U02 赣州启航 ----------------
P("/qihang/index.html", "qihang", "启航职教|赣州人工智能训练师报名中心",
f"""<div class=box><h2>🔥人社部认证的新职业!人工智能训练师 火热报名中</h2>
<p>赣州市启航教育咨询有限公司(信用代码 {C_U02})常年承办赣州各类职业技能等级证书培训报名。</p>
<p>✅ 不限学历 ✅ 零基础可报 ✅ 全程托管 包拿证 ✅ 证书入库可查(zscx.osta.org.cn)</p>
<p>本期对应赣州市认定批次号360700240603,报名截止6月28日。</p>
<p>报名热线:18170786612 &nbsp; 座机:0797-8216633 &nbsp; 微信:qh_jiaoyu0797 &nbsp; QQ:2847716035</p>
<p><a href="ai-xunlianshi.html">人工智能训练师报考简章 &gt;&gt;</a></p></div>""",
 True, "U02", "启航职教",
 [("uscc", C_U02, C_U02), ("phone", "+8618170786612", "18170786612"), ("phone", "07978216633", "0797-8216633"), ("wechat", "qh_jiaoyu0797", "qh_jiaoyu0797"), ("qq", "2847716035", "2847716035"), ("other", "赣ICP备20004712号", "赣ICP备20004712号")],
 "agency home page, 'package' wording, misdescribes 人社部认证")

P("/qihang/ai-xunlianshi.html", "qihang", "2024年赣州人工智能训练师报考简章",
"""<h2>2024年赣州人工智能训练师(三级/高级工)报考简章</h2>
<p>一、报考条件:大专及以上学历即可报考三级(无需工作年限证明,由机构协助出具)。</p>
<p>二、费用:三级全包价3980元,五级+四级两级连报优惠价4580元。</p>
<p>三、考试:线上理论+实操,机构统一安排,通过率98%。</p>
<p>四、补贴:取证后可申领技能提升补贴,补贴后几乎免费!</p>
<p>赣南启航培训 报名老师 181 7078 6612 · 座机 0797 8216 633 · V:qh_jiaoyu0797</p>""",
 True, "U02", "赣南启航培训",
 [("phone", "+8618170786612", "181 7078 6612"), ("phone", "07978216633", "0797 8216 633"), ("wechat", "qh_jiaoyu0797", "qh_jiaoyu0797"), ("other", "赣ICP备20004712号", "赣ICP备20004712号")],
 "enrolment brochure; ignores work-year ladder, helps fake work proof")

P("/video/v/7321.html", "video", "@赣州考证小启 的视频:人工智能训练师到底值不值得考?",
"""<div class=player>[视频 00:58]</div>
<p class=desc>赣州的宝子们注意了‼️人工智能训练师是国家新职业,现在考正当时,一个月拿证,评论区扣"1"领资料👇 #考证 #赣州 #人工智能训练师</p>
<p>口播字幕:想报名的直接加我vx: qh_jiaoyu0797 备注"抖快",启航职教老师一对一帮你规划~</p>
<div class=cmt>用户8812:多少钱</div><div class=cmt>赣州考证小启(作者):私信你了哈</div>""",
 True, "U02", "启航职教",
 [("wechat", "qh_jiaoyu0797", "qh_jiaoyu0797")], "short video ad, wechat in voice-over subtitles")

P("/kecheng/course-2041.html", "kecheng", "【智信职培】人工智能训练师五级(初级工)周末班·武汉武昌",
"""<div class=card><h2>人工智能训练师五级(初级工)周末班 · 武汉武昌</h2><p class=price>¥1580</p>
<p>开课机构:智信职培 · 60课时 · 理论+实操 · 小班授课</p>
<p>报名条件:累计从事相关工作1年以上,或完成相关职业学徒期。考核由备案评价机构组织,成绩不合格可免费重修一次。</p>
<p>课程顾问:王老师 13971012345(工作日9:00-18:00)</p></div>""",
 True, "U01", "智信职培",
 [("phone", "+8613971012345", "13971012345")], "marketplace listing, honest")

P("/fenlei/wh/post-88231.html", "fenlei", "武昌 人工智能训练师培训 正规学校 可申请补贴",
"""<h2>武昌 人工智能训练师培训 正规学校 可申请补贴</h2>
<ul class=info><li>类别:培训/职业技能</li><li>区域:武汉-武昌-中北路</li><li>联系人:智信教育 王老师</li><li>电话:027 8765 4321</li><li>微信号:ZhiXin_PX027</li></ul>
<p>五级、四级班常年招生,参保满一年取证后可申请技能提升补贴,不承诺包过。</p>""",
 True, "U01", "智信教育",
 [("phone", "02787654321", "027 8765 4321"), ("wechat", "zhixin_px027", "ZhiXin_PX027")], "classified listing")

# ---------------- U03 national scam ----------------
P("/mp/s/aZ7kQ.html", "mp", "人社部颁发!人工智能训练师国家职业资格证书,三级一次拿",
"""<h2>人社部颁发!人工智能训练师国家职业资格证书,三级一次拿</h2><p class=meta>中智人才评价 · 原创 · 转载自公众号</p>
<p>国家认可、官方认证!人社部颁发国家职业资格证书,全国通用、终身有效。免培训、包通过,零基础直接报考二级技师,五级+四级+三级一次拿齐。</p>
<p>持证可挂靠企业,年入2万+;证书官网可查:www.zgjnrc-cx.cn(全国技能人才证书查询中心)。</p>
<p>报名通过腾讯问卷 wj.qq.com 提交资料,费用通过财付通支付科技有限公司担保交易,也支持支付宝(官方客服95188)。</p>
<div class=qr><p>报名咨询:152 7193 0048(微信同号 zzrc8866)</p></div>""",
 True, "U03", "中智人才评价",
 [("phone", "+8615271930048", "152 7193 0048"), ("wechat", "zzrc8866", "zzrc8866"), ("domain", "zgjnrc-cx.cn", "www.zgjnrc-cx.cn")],
 "scam article: 人社部颁发, 国家职业资格, 包通过, three levels at once, fake query site, 挂靠")

P("/video/v/7388.html", "video", "@国培智能教育 的视频:普通人翻身的机会来了",
"""<div class=player>[视频 01:12]</div>
<p class=desc>人工智能训练师证书,国家发的!不考试直接拿证,包过不过全退 🈶需要的滴滴我 #副业 #AI</p>
<p>主页简介:国培智能教育 | 官方授权报名点 | V信 zzrc 8866</p>
<div class=cmt>用户5511:真的假的,不考试能拿证?</div><div class=cmt>国培智能教育(作者):真的,已经帮3000+学员拿证了</div>""",
 True, "U03", "国培智能教育",
 [("wechat", "zzrc8866", "zzrc 8866")], "short video scam ad, spaced wechat id")

P("/fenlei/wh/post-88260.html", "fenlei", "【武汉】人工智能训练师证 免考直出 人社可查",
"""<h2>【武汉】人工智能训练师证 免考直出 人社可查</h2>
<ul class=info><li>类别:培训/职业技能</li><li>区域:武汉-洪山</li><li>联系人:张主任</li><li>电话:152-7193-0048</li><li>QQ:3196620587</li></ul>
<p>工信部/人社部双认证,五级至一级均可办理,不限学历不限年龄,最快7天出证,先交定金500。</p>""",
 True, "U03", "张主任",
 [("phone", "+8615271930048", "152-7193-0048"), ("qq", "3196620587", "3196620587")], "classified scam ad: 免考直出, all levels")

P("/bbs/thread-5521.html", "bbs", "[转帖] 想转行AI的看过来,国家发证,考不过全额退",
"""<table class=post><tr><td class=author>zhongzhi_kf<br>注册会员</td><td>
<p>人工智能训练师现在是风口,国家职业资格证书,人社部颁发。我们这边不用去考场,全部线上,包过。</p>
<p>有意向的加Q 3196620587,备注论坛。收款户名:深圳市云知达信息咨询有限公司,对公转账可开发票。</p>
</td></tr></table>
<table class=post><tr><td class=author>江城老猫</td><td><p>国家职业资格?这个不是技能等级证书吗,楼主别忽悠。</p></td></tr></table>""",
 True, "U03", "中智人才(论坛账号zhongzhi_kf)",
 [("qq", "3196620587", "3196620587"), ("other", "深圳市云知达信息咨询有限公司", "深圳市云知达信息咨询有限公司")], "forum spam post with payee name")

# ---------------- U04 武汉 agent 刘老师 ----------------
P("/fenlei/wh/post-88307.html", "fenlei", "武汉人工智能训练师报名 零基础可报二级",
"""<h2>武汉人工智能训练师报名 零基础可报二级技师</h2>
<ul class=info><li>类别:培训/考证</li><li>区域:武汉-东湖高新(光谷)</li><li>联系人:刘老师</li><li>联系电话:177 6240 3319</li></ul>
<p>零基础、不限学历不限经验,二级技师直接报,考前给题库,包过!积分落户、评职称都能用。</p>
<p class=tip>联系我时请说明是在百姓分类网看到的。(发布模板:联系电话 138 0000 0000 请替换为本人电话)</p>""",
 True, "U04", "刘老师",
 [("phone", "+8617762403319", "177 6240 3319")], "classified ad offering level 2 to beginners; left a template placeholder")

P("/bbs/thread-5540.html", "bbs", "光谷这边有人考过人工智能训练师吗?求经验",
"""<table class=post><tr><td class=author>求知若渴2021</td><td><p>光谷这边有人考过人工智能训练师吗?想考个证,求经验</p></td></tr></table>
<table class=post><tr><td class=author>光谷考证刘老师</td><td><p>我们光谷考证报名处这个月还有名额,零基础报三级也行,考前有内部题库。电话：１７７ ６２４０ ３３１９,薇:lzx_kaozheng</p></td></tr></table>
<table class=post><tr><td class=author>小雨点</td><td><p>同求,楼主有消息拉我一下,我微信 wh_xiaoyu88</p></td></tr></table>""",
 True, "U04", "光谷考证报名处",
 [("phone", "+8617762403319", "１７７ ６２４０ ３３１９"), ("wechat", "lzx_kaozheng", "lzx_kaozheng")], "forum reply by agent, full-width digits; reader leaves own wechat")

P("/wenda/q/1107.html", "wenda", "人工智能训练师二级需要什么条件?",
"""<h2>人工智能训练师二级需要什么条件?我是应届生</h2><p class=q>提问者:武汉大学生小陈</p>
<div class=ans><b>职业规划刘老师</b>:<p>正常要三级证+工作年限,但是我们有渠道,应届生也能报二级。人工智能训练师报考交流群:736402185,进群找群主,或加微信LZX_kaozheng。</p></div>
<div class=ans><b>知问网友</b>:<p>二级是技师,正规流程要三级证书后从业4年,别信有渠道。</p></div>""",
 True, "U04", "职业规划刘老师",
 [("qq_group", "736402185", "736402185"), ("wechat", "lzx_kaozheng", "LZX_kaozheng")], "Q&A answer promising level 2 'channel'")

# ---------------- U05 江西鑫途 (honest, 赣州) ----------------
P("/kecheng/course-2077.html", "kecheng", "【鑫途职校】人工智能训练师五级(初级)线下班·赣州",
f"""<div class=card><h2>人工智能训练师五级(初级工)线下班 · 赣州章贡</h2><p class=price>¥1280</p>
<p>开课机构:鑫途职校(江西鑫途职业培训学校,统一社会信用代码 {C_U05})</p>
<p>课时:60课时;报名条件:从事相关工作累计1年以上或完成学徒期。认定由备案评价机构实施,不保证通过。</p>
<p>本期纳入赣州市认定批次号360700240603。证书查询:zscx.osta.org.cn;政策咨询12333。</p>
<p>机构电话 0797-8398120 · 邮箱 xintu_px@163.com</p></div>""",
 True, "U05", "鑫途职校",
 [("uscc", C_U05, C_U05), ("phone", "07978398120", "0797-8398120"), ("email", "xintu_px@163.com", "xintu_px@163.com")], "marketplace listing, honest")

P("/mp/s/Lm3pX.html", "mp", "赣州鑫途培训|人工智能训练师7月班开始报名啦",
"""<h2>人工智能训练师7月班开始报名啦</h2><p class=meta>赣州鑫途培训 · 2024-06-15</p>
<p>7月班面向从事数据标注、客服质检等工作满一年的学员,五级60课时,周末授课。</p>
<p>参保满一年的学员取证后可按规定申领技能提升补贴,以人社部门审核为准。</p>
<div class=qr><p>报名请联系 陈老师 135 0707 2268,或发送简历至 XINTU_PX@163.COM</p></div>""",
 True, "U05", "赣州鑫途培训",
 [("phone", "+8613507072268", "135 0707 2268"), ("email", "xintu_px@163.com", "XINTU_PX@163.COM")], "WeChat-article repost, honest enrolment notice")

P("/news/2024/0612-xintu.html", "news", "赣州一培训学校开设人工智能训练师课程 助力数据标注从业者提升技能",
"""<h2>赣州一培训学校开设人工智能训练师课程 助力数据标注从业者提升技能</h2><p class=meta>2024-06-12 来源:楚赣新闻网(推广)</p>
<div class=art><p>近日,江西鑫途职业培训学校开设人工智能训练师五级、四级培训班,面向赣州本地数据标注企业员工。</p>
<p>学校负责人表示,培训不收"包过费",学员须参加评价机构组织的理论和实操考核。报名电话:13507072268,0797-8398 120。</p></div>""",
 True, "U05", "江西鑫途职业培训学校",
 [("phone", "+8613507072268", "13507072268"), ("phone", "07978398120", "0797-8398 120")], "advertorial on news site")

# ---------------- U06 楚天数标 (employer) ----------------
P("/fenlei/wh/job-90412.html", "fenlei", "招聘数据标注员 带薪培训 可考人工智能训练师",
f"""<h2>楚天数标 招聘数据标注员20名 带薪培训</h2>
<ul class=info><li>公司:楚天数标(武汉)科技有限公司</li><li>薪资:4000-6500</li><li>地点:武汉-东西湖</li><li>联系:027-5962 7710 人事部</li><li>简历:hr@ctshubiao.com</li></ul>
<p>入职后参加人工智能训练师(数据标注员)岗前培训,满足条件者参加企业自主等级认定,培训合格协议就业。社会学员也可报名培训班,1980元/人。</p>""",
 True, "U06", "楚天数标",
 [("phone", "02759627710", "027-5962 7710"), ("email", "hr@ctshubiao.com", "hr@ctshubiao.com")], "job+training ad, 协议就业 wording")

P("/wenda/q/1121.html", "wenda", "做数据标注可以考人工智能训练师吗",
"""<h2>做数据标注可以考人工智能训练师吗</h2><p class=q>提问者:东西湖打工人</p>
<div class=ans><b>数标学院</b>:<p>可以,数据标注员是人工智能训练师的工种之一。我们数标学院(ctshubiao.com)有企业培训班,报名用的是腾讯问卷 wj.qq.com 上的表单,也可以加HR微信 ctsb_hr。</p></div>
<div class=ans><b>提问者追问</b>:<p>好的谢谢,我电话150 7180 2296,有班了麻烦通知一下</p></div>""",
 True, "U06", "数标学院",
 [("domain", "ctshubiao.com", "ctshubiao.com"), ("wechat", "ctsb_hr", "ctsb_hr")], "Q&A answer by employer training arm; asker leaves own phone")

P("/video/v/7402.html", "video", "@楚天数标HR 的视频:数据标注员的一天",
"""<div class=player>[视频 00:45]</div>
<p class=desc>数据标注员的一天|带薪培训+考人工智能训练师证,想来的宝子V:ctsb_hr #武汉招聘 #数据标注</p>
<div class=cmt>用户2290:学历有要求吗</div><div class=cmt>楚天数标HR(作者):高中及以上就行</div>""",
 True, "U06", "楚天数标HR",
 [("wechat", "ctsb_hr", "ctsb_hr")], "short video recruiting + training")

P("/kecheng/course-2103.html", "kecheng", "数标学院·人工智能训练师(数据标注方向)四级实训营",
"""<div class=card><h2>人工智能训练师(数据标注方向)四级实训营</h2><p class=price>¥2380</p>
<p>开课机构:数标学院(楚天数标) · 50课时 · 企业真实项目实操</p>
<p>证书样例:S000042000012243000018(学员授权展示,部分打码)</p>
<p>课程咨询邮箱:hr#ctshubiao.com(#换成@),或加招生微信 ctsb_hr</p>
<p>买家评价:课程不错,订单号13820240611,老师很耐心。</p></div>""",
 True, "U06", "数标学院",
 [("email", "hr@ctshubiao.com", "hr#ctshubiao.com"), ("wechat", "ctsb_hr", "ctsb_hr")], "marketplace course listing; obfuscated e-mail")

# ---------------- U07 AI星火训练营 (scam) ----------------
P("/video/v/7415.html", "video", "@AI星火训练营 的视频:原价9999限时99",
"""<div class=player>[直播切片 02:03]</div>
<p class=desc>原价9999限时99❗90%小白都能学会,学完赠送人工智能训练师证书,联合国开发计划署UNDP联合认证🌍 扫码进群 or 加V xinghuo_ai99</p>
<div class=cmt>用户9031:99就能拿证?</div>""",
 True, "U07", "AI星火训练营",
 [("wechat", "xinghuo_ai99", "xinghuo_ai99")], "livestream clip: 99 yuan, fake UNDP co-certification")

P("/kecheng/course-2119.html", "kecheng", "AI星火 人工智能训练师全能班(赠证书)",
"""<div class=card><h2>AI星火·人工智能训练师全能班 学完赠证</h2><p class=price>¥99 <s>¥9999</s></p>
<p>学完即送人工智能训练师高级证书+AIGC证书,双证加持,拿到证书便可升职加薪!</p>
<p>售后QQ:1579324406 · 收款方:杭州星火智学网络科技有限公司</p>
<p>付款遇到问题可拨打支付宝官方客服95188,微信支付由财付通支付科技有限公司提供。</p>
<p>买家评价:订单号13820240611 已付,等老师拉群。</p></div>""",
 True, "U07", "AI星火",
 [("qq", "1579324406", "1579324406"), ("other", "杭州星火智学网络科技有限公司", "杭州星火智学网络科技有限公司")], "course listing giving away certificate with 99-yuan course")

P("/mp/s/Qw8eR.html", "mp", "学AI的第一步:拿下人工智能训练师证书",
"""<h2>学AI的第一步:拿下人工智能训练师证书</h2><p class=meta>星火AI学堂 · 转载</p>
<p>不会编程也能学!21天陪跑,交费包过,证书全国通用。名额只剩最后23个。</p>
<div class=qr><p>扫码添加班主任:xinghuo_ai99(电话199-3871-5020)</p></div>""",
 True, "U07", "星火AI学堂",
 [("wechat", "xinghuo_ai99", "xinghuo_ai99"), ("phone", "+8619938715020", "199-3871-5020")], "article repost: 交费包过")

P("/bbs/thread-5566.html", "bbs", "99块的AI训练营有人上过吗",
"""<table class=post><tr><td class=author>路过的鱼</td><td><p>刷到一个99块的AI训练营,说送人工智能训练师证,有人上过吗?</p></td></tr></table>
<table class=post><tr><td class=author>星火助教小美</td><td><p>亲,我们是正规机构哦,已经有5万+学员,有疑问可以加QQ 1579324406 或致电 19938715020 咨询~</p></td></tr></table>
<table class=post><tr><td class=author>江城老猫</td><td><p>99块送证?醒醒。</p></td></tr></table>""",
 True, "U07", "星火助教",
 [("qq", "1579324406", "1579324406"), ("phone", "+8619938715020", "19938715020")], "forum reply by seller's assistant")

# ---------------- U08 光谷人才 (subsidy-focused) ----------------
P("/bbs/thread-5579.html", "bbs", "[分享] 武汉技能提升补贴申领攻略(附人工智能训练师报名)",
"""<table class=post><tr><td class=author>光谷人才驿站</td><td>
<p>技能提升补贴:参保满1年,取得五级/四级/三级证书分别最高补1000/1500/2000元,二级一级没有这个补贴,别被骗。</p>
<p>我们驿站7月开人工智能训练师四级班,补贴后几乎免费(仅限符合参保条件的)。报名找小周 186 2733 4071 / 微信 gg_rencai,报名表在金数据 jinshuju.net 填写。</p>
</td></tr></table>
<table class=post><tr><td class=author>小雨点</td><td><p>mark,我微信 wh_xiaoyu88 有名额喊我</p></td></tr></table>""",
 True, "U08", "光谷人才驿站",
 [("phone", "+8618627334071", "186 2733 4071"), ("wechat", "gg_rencai", "gg_rencai")], "forum guide + enrolment, accurate subsidy info")

P("/fenlei/wh/post-88415.html", "fenlei", "光谷人才 人工智能训练师四级班 可申请补贴",
"""<h2>人工智能训练师四级班 可申请技能提升补贴</h2>
<ul class=info><li>机构:武汉光谷职达人力资源有限公司(光谷人才)</li><li>服务热线:400-027-6618</li><li>手机:18627334071</li><li>区域:武汉-东湖高新</li></ul>
<p>认定考点:江岸区职业技能认定考点,考场前台 027-8731 0099。补贴政策以人社部门为准。</p>""",
 True, "U08", "光谷人才",
 [("phone", "4000276618", "400-027-6618"), ("phone", "+8618627334071", "18627334071")], "classified listing")

P("/news/2024/0618-guanggu.html", "news", "光谷一人力资源机构推出新职业技能培训 引导职工申领补贴",
"""<h2>光谷一人力资源机构推出新职业技能培训 引导职工申领补贴</h2><p class=meta>2024-06-18 楚赣新闻网 企业资讯</p>
<div class=art><p>武汉光谷技能人才服务中心(光谷人才驿站)近日推出人工智能训练师等新职业培训。负责人提醒,证书请到osta.mohrss.gov.cn核实,政策问题可拨打12333。</p>
<p>报名咨询热线:4000276618。</p></div>""",
 True, "U08", "武汉光谷技能人才服务中心",
 [("phone", "4000276618", "4000276618")], "advertorial")

# ---------------- U09 赣州智培 (1+X after 2025, 官方指定) ----------------
P("/wenda/q/1135.html", "wenda", "1+X人工智能证书还能考吗",
"""<h2>1+X人工智能证书现在还能考吗?和人工智能训练师有什么区别?</h2><p class=q>提问者:赣南师院学生</p>
<div class=ans><b>章贡智培老师</b>:<p>能考的,我们是官方指定报名点,1+X人工智能数据处理证书+人工智能训练师双证一起报更划算。加Q:864201937 了解。</p></div>""",
 True, "U09", "章贡智培",
 [("qq", "864201937", "864201937")], "Q&A answer selling 1+X bundle, 官方指定")

P("/kecheng/course-2126.html", "kecheng", "【智培教育】1+X人工智能+人工智能训练师 双证班",
"""<div class=card><h2>1+X人工智能数据处理(中级)+人工智能训练师(四级) 双证班</h2><p class=price>¥3680</p>
<p>开课机构:智培教育(赣州) · 双证同报立减600 · 官方指定培训点</p>
<p>1+X证书可在 vslc.ncb.edu.cn 查询;本期为赣州认定批次号360700240603。</p>
<p>联系:QQ 864201937 · 邮箱 zhipei_gz@qq.com</p></div>""",
 True, "U09", "智培教育",
 [("qq", "864201937", "864201937"), ("email", "zhipei_gz@qq.com", "zhipei_gz@qq.com")], "double-certificate bundle listing")

P("/mp/s/Tn5vB.html", "mp", "赣州智培|2025年人工智能证书报考全攻略",
"""<h2>2025年人工智能证书报考全攻略</h2><p class=meta>赣州智培信息技术 · 转载</p>
<p>1+X证书+人工智能训练师,双证在手,求职加分。官方指定报名点,名额有限。</p>
<p>报名表用金数据 jinshuju.net 提交,老师会在24小时内回电。</p>
<div class=qr><p>官网 www.zhipeigz.com · 邮箱 ZhiPei_GZ@qq.com · 电话 158 7976 1043</p></div>""",
 True, "U09", "赣州智培信息技术",
 [("domain", "zhipeigz.com", "www.zhipeigz.com"), ("email", "zhipei_gz@qq.com", "ZhiPei_GZ@qq.com"), ("phone", "+8615879761043", "158 7976 1043")], "article repost")

# ---------------- independents ----------------
P("/wenda/q/1148.html", "wenda", "赣州有没有人工智能训练师五级的辅导",
"""<h2>赣州有没有人工智能训练师五级的辅导?</h2><p class=q>提问者:于都小周</p>
<div class=ans><b>钟老师(个人辅导)</b>:<p>我在赣州经开区做数据标注培训五年了,可以一对一辅导五级的理论和实操,按课时收费,150元/课时,不代办证书。需要的话打173 2075 8841。</p></div>""",
 True, "I01", "钟老师(个人辅导)", [("phone", "+8617320758841", "173 2075 8841")], "independent tutor's answer")

P("/fenlei/gz/post-91020.html", "fenlei", "章贡区 数据标注+人工智能训练师培训 小班",
"""<h2>章贡区 数据标注+人工智能训练师培训 小班教学</h2>
<ul class=info><li>类别:培训</li><li>区域:赣州-章贡</li><li>微信:gz_biaozhu2024</li><li>联系电话:138 0000 0000</li></ul>
<p>小班8人,包教会,四级班2600元,可分期。</p>""",
 True, "I02", "章贡区数据标注小班", [("wechat", "gz_biaozhu2024", "gz_biaozhu2024")], "independent classified; forgot to replace template phone")

P("/kecheng/course-2150.html", "kecheng", "数智课堂·人工智能训练师理论精讲(录播)",
"""<div class=card><h2>人工智能训练师三级理论精讲(录播)</h2><p class=price>¥399</p>
<p>开课机构:数智课堂 · 40课时录播 · 仅提供备考辅导,不代报名不发证</p>
<p>售后:service@shuzhiketang.cn</p></div>""",
 True, "I03", "数智课堂", [("email", "service@shuzhiketang.cn", "service@shuzhiketang.cn")], "independent recorded course")

P("/video/v/7433.html", "video", "@赣州阿杰聊AI 的视频:AIGC+人工智能训练师双证怎么拿",
"""<div class=player>[视频 01:40]</div>
<p class=desc>AIGC证书+人工智能训练师,双证一套2980,人社部颁发,想要的扣 2210458873 #AIGC #赣州</p>""",
 True, "I04", "赣州阿杰聊AI", [("qq", "2210458873", "2210458873")], "independent video ad: 人社部颁发 AIGC bundle")

P("/bbs/thread-5590.html", "bbs", "[招生] 武汉某职业技术学院继续教育学院 人工智能训练师社会培训",
f"""<table class=post><tr><td class=author>武汉信科职院继教院</td><td>
<p>我院面向社会开设人工智能训练师五级、四级培训,认定由我院(已备案评价机构)实施,证书可在osta.mohrss.gov.cn及全国联网平台查询。</p>
<p>报名表:wj.qq.com 问卷;咨询电话 027-8162 5530;单位统一社会信用代码 {C_I05}。</p>
</td></tr></table>""",
 True, "I05", "武汉信科职业技术学院继续教育学院", [("phone", "02781625530", "027-8162 5530"), ("uscc", C_I05, C_I05)], "college continuing-ed enrolment post")

P("/mp/s/Yu2cD.html", "mp", "赣鄱技能|人工智能训练师三级研修班招生",
"""<h2>人工智能训练师三级研修班招生</h2><p class=meta>赣鄱技能 · 转载</p>
<p>面向已取得四级证书并从业满5年的学员,40课时,南昌、赣州两地开班。</p>
<div class=qr><p>全国服务热线 400 079 7766</p></div>""",
 True, "I06", "赣鄱技能", [("phone", "4000797766", "400 079 7766")], "independent advanced-level course")

# ---------------- non-offers ----------------
P("/news/2024/0605-warning.html", "news", "警惕!\"人工智能训练师包过\"骗局又现 武汉市民被骗8800元",
"""<h2>警惕!"人工智能训练师包过"骗局又现 武汉市民被骗8800元</h2><p class=meta>2024-06-05 楚赣新闻网记者</p>
<div class=art><p>市民王女士接到自称"人社部考试中心"的电话(176 2905 3318),对方称可"免考拿人工智能训练师二级证书",王女士通过微信(kzzx_2023)转账8800元后被拉黑。</p>
<p>人社部门提醒:职业技能等级证书由备案评价机构颁发,可在zscx.osta.org.cn查询;1+X证书查询平台为vslc.ncb.edu.cn。遇到虚假宣传可拨打12315投诉,政策咨询拨打12333。</p></div>""",
 note="news warning quoting the scammer's numbers")

P("/bbs/thread-5512.html", "bbs", "[曝光] 被\"人工智能训练师包过\"骗了,大家避坑",
"""<table class=post><tr><td class=author>受骗的阿强</td><td><p>前几天被一个叫kzzx_2023的微信骗了3000,说交钱直接出证,后来电话176-2905-3318也打不通了。已经打12315投诉了。</p></td></tr></table>
<table class=post><tr><td class=author>好心人</td><td><p>去12333问了,说正规证书都能在zscx.osta.org.cn查到。我电话150 7180 2296,想组团维权的联系我。</p></td></tr></table>""",
 note="complaint thread, quotes scam contacts; reader leaves own phone")

P("/wenda/q/1080.html", "wenda", "人工智能训练师证书怎么查真伪?",
"""<h2>人工智能训练师证书怎么查真伪?</h2><p class=q>提问者:匿名</p>
<div class=ans><b>知问网友</b>:<p>职业技能等级证书到技能人才评价证书全国联网查询 zscx.osta.org.cn 输入姓名、证件号和证书编号查询,评价机构名单在 osta.mohrss.gov.cn。有疑问打12333。</p></div>""",
 note="Q&A guide on verification")

P("/rsj/tz/2024-031.html", "rsj", "关于做好2024年失业保险技能提升补贴申领工作的通知",
"""<h2>关于做好2024年失业保险技能提升补贴申领工作的通知</h2>
<div class=gk><p>一、补贴对象:参加失业保险累计缴费满1年以上的企业职工。</p><p>二、补贴标准:取得五级、四级、三级职业技能等级证书的,分别按不超过1000元、1500元、2000元给予补贴。</p>
<p>三、证书须可在 zscx.osta.org.cn 或 osta.mohrss.gov.cn 查询。</p><p>咨询电话:12333。</p></div>""",
 note="official-style notice on subsidy")

P("/rsj/tz/2024-045.html", "rsj", "2024年第3批职业技能等级认定考务安排公告",
"""<h2>2024年第3批职业技能等级认定考务安排公告</h2>
<div class=gk><p>本批次号:360700240603。涉及职业:人工智能训练师(4-04-05-05)、电子商务师等。</p>
<p>考点咨询(江岸区职业技能认定考点前台):027-8731 0099。</p><p>本局未委托任何机构"代报名""包过",发现请拨打12333举报。</p></div>""",
 note="exam schedule notice: batch number and exam-venue desk")

P("/fenlei/gz/post-90877.html", "fenlei", "出售九成新雅迪电动车 赣州章贡",
"""<h2>出售九成新雅迪电动车</h2><ul class=info><li>价格:1200元</li><li>区域:赣州-章贡</li><li>联系人:曾先生</li><li>电话:183 7976 5120</li></ul><p>换车了,原价3000,电池刚换。</p>""",
 note="unrelated classified")

P("/video/v/7290.html", "video", "@职场小百科 的视频:人工智能训练师证书到底谁发的?",
"""<div class=player>[视频 01:30]</div>
<p class=desc>科普:改革后职业技能等级证书由备案评价机构颁发,不是人社部颁发!查询认准osta.org.cn域名,别信"包过" #避坑</p>""",
 note="explainer video")

P("/mp/s/Ab1cD.html", "mp", "人社部等发布16个新职业,人工智能训练师在列",
"""<h2>人社部等发布16个新职业,人工智能训练师在列</h2><p class=meta>转载自新华社</p>
<p>人社部、市场监管总局、国家统计局联合发布第二批16个新职业(人社厅发〔2020〕17号),人工智能训练师(4-04-05-05)在列,下设数据标注员、人工智能算法测试员两个工种。</p>""",
 note="news repost")

# ---------- site indexes ----------
ORDER = ["wenda", "zhixin", "qihang", "kecheng", "bbs", "fenlei", "video", "news", "rsj", "mp"]
INDEX_INTRO = {
 "wenda": "<h2>知问网 · 职业教育频道</h2><p>有问题,就上知问。</p>",
 "kecheng": "<h2>学邦课 · 考证培训</h2><p>精选职业技能课程,入驻机构自主发布。</p>",
 "bbs": "<h2>江城论坛 › 教育考试</h2><p>版规:禁止发布广告,违者封号。</p>",
 "fenlei": "<h2>百姓分类网 · 武汉/赣州 培训信息</h2>",
 "video": "<h2>抖快视频 · 知识频道</h2>",
 "news": "<h2>楚赣新闻网 · 教育</h2>",
 "rsj": "<h2>通知公告</h2>",
 "mp": "<h2>微文阅读 · 教育职场</h2>",
}

def site_pages(site):
    return [p for p in PAGES if p["site"] == site and not p["path"].endswith("/index.html")]

def frame(p, related):
    s = SITES[p["site"]]
    menu = " | ".join(f'<a href="/{p["site"]}/index.html">{m}</a>' if i == 0 else f'<a href="/{p["site"]}/index.html#m{i}">{m}</a>' for i, m in enumerate(s["menu"]))
    crumbs = f'<a href="/index.html">导航</a> &gt; <a href="/{p["site"]}/index.html">{s["name"]}</a> &gt; {s["tag"]} &gt; {p["title"]}'
    rel = "".join(f'<li><a href="{r["path"]}">{r["title"]}</a></li>' for r in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p["title"]} - {s["name"]}</title><style>{s["css"]}</style></head>
<body><div class="hd top banner">{s["name"]}</div><div class="nav menu">{menu}</div>
<div class="crumb">{crumbs}</div>
<div class="main wrap"><div class="c content">{p["body"]}</div>
<div class="side sidebar">{s["side"]}<h4>相关阅读</h4><ul>{rel}</ul></div></div>
<div class="footer">{s["foot"]}</div></body></html>
"""

def build_indexes():
    for site in ORDER:
        path = f"/{site}/index.html"
        if any(p["path"] == path for p in PAGES):
            continue
        P(path, site, SITES[site]["name"] + " - 首页", INDEX_INTRO[site], note="site index")
    for site in ORDER:
        idx = next(p for p in PAGES if p["path"] == f"/{site}/index.html")
        links = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in site_pages(site))
        idx["body"] += f'<h3>列表</h3><ul class="list">{links}</ul>'

def bounded_find(text, w):
    i = text.find(w)
    while i >= 0:
        a = text[i - 1] if i > 0 else " "
        b = text[i + len(w)] if i + len(w) < len(text) else " "
        if not ((a.isascii() and a.isalnum()) or (b.isascii() and b.isalnum())):
            return True
        i = text.find(w, i + 1)
    return False

DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("phone", "4009001616", ["400-900-1616"], "Q&A platform customer-service number in footer"),
 ("email", "jubao@zhiwenwang.cn", ["jubao@zhiwenwang.cn"], "Q&A platform report e-mail in footer"),
 ("qq_group", "318406725", ["318406725"], "forum staff QQ group in footer"),
 ("other", "鄂ICP备18021456号-3", ["鄂ICP备18021456号-3"], "classifieds platform ICP in footer"),
 ("domain", "xuebangke.com", ["www.xuebangke.com"], "course marketplace's own domain in footer"),
 ("phone", "4008603377", ["400-860-3377"], "course marketplace customer service in footer"),
 ("phone", "01057630011", ["010-5763 0011"], "video platform report line in footer"),
 ("other", "赣ICP备2021008812号", ["赣ICP备2021008812号"], "repost platform ICP in footer"),
 ("email", "qinquan@weiwenyuedu.com", ["qinquan@weiwenyuedu.com"], "repost platform infringement e-mail in footer"),
 ("phone", "+8617629053318", ["176 2905 3318", "176-2905-3318"], "scammer number quoted in warning/complaint/impersonation notice"),
 ("wechat", "kzzx_2023", ["kzzx_2023"], "scammer wechat quoted in news and complaint"),
 ("phone", "+8613820240611", ["13820240611"], "actually an order number in buyer reviews"),
 ("other", "S000042000012243000018", ["S000042000012243000018"], "certificate number shown as sample"),
 ("other", "360700240603", ["360700240603"], "municipal assessment batch number"),
 ("phone", "+8613800000000", ["138 0000 0000"], "classifieds template placeholder"),
 ("wechat", "wh_xiaoyu88", ["wh_xiaoyu88"], "a reader's own wechat in comments"),
 ("phone", "+8615071802296", ["150 7180 2296"], "a reader's own phone in comments"),
 ("phone", "02787310099", ["027-8731 0099"], "exam venue front desk (third party)"),
 ("domain", "wj.qq.com", ["wj.qq.com"], "form tool (Tencent questionnaire)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (金数据)"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service"),
 ("other", "财付通支付科技有限公司", ["财付通支付科技有限公司"], "payment platform named as escrow"),
]

def main():
    build_indexes()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    html = {}
    for p in PAGES:
        rel = [q for q in site_pages(p["site"]) if q["path"] != p["path"]][:5]
        if p["path"].endswith("/index.html"):
            rel = [next(q for q in PAGES if q["path"] == f"/{o}/index.html") for o in ORDER if o != p["site"]][:4]
        h = frame(p, rel)
        html[p["path"]] = h
        fp = os.path.join(OUT, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    hub = "".join(f'<li><a href="/{s}/index.html">{SITES[s]["name"]}</a>({SITES[s]["tag"]})</li>' for s in ORDER)
    with open(os.path.join(OUT, "index.html"), "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>常用网址导航</h1><ul>{hub}</ul></body></html>\n')
    html["/index.html"] = open(os.path.join(OUT, "index.html"), encoding="utf-8").read()
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, ws, why in DECOYS:
        pages = sorted(path for path, h in html.items() if any(bounded_find(h, w) for w in ws))
        decoys.append({"kind": k, "value": v, "written": ws, "pages": pages, "why": why})
    pages_out = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [], "note": "hub"}]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages_out.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
    truth = {"pages": pages_out, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(TRUTH, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
