#!/usr/bin/env python3
"""Generate a labeled web of AI-trainer certificate sellers (12cn). Deterministic, stdlib only."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W31 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(s8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * wi for ch, wi in zip(s8, w)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))

def uscc(prefix8, org8):
    s = prefix8 + org8 + org_check(org8)
    r = 31 - sum(ALPH.index(ch) * wi for ch, wi in zip(s, W31)) % 31
    return s + ALPH[0 if r == 31 else r]

def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)

CN = dict(zip("0123456789", "〇一二三四五六七八九"))
def cn(s):
    return "".join(CN.get(c, c) for c in s)

U01_USCC = uscc("91330106", "MA2H7K3Q")
U02_USCC = uscc("91440106", "MA5CQ8T2")
U08_USCC = uscc("52440300", "MJL17326")

# ---------------------------------------------------------------- sites
SITES = {
 "zhiyun": dict(style="corp", name="杭州智云职业技能培训学校", domain="www.zhiyunzx.com",
    menu=["首页", "课程中心", "补贴政策", "考试动态", "联系我们"],
    footer="杭州智云职业技能培训学校有限公司 版权所有 | 地址：杭州市西湖区文二路 | 电话：0571-88172635 | 邮箱：zhiyun_px@163.com<br>统一社会信用代码：" + U01_USCC + " | 浙ICP备19043817号-1 | 官网：www.zhiyunzx.com<br>技术支持：云帆建站 客服QQ 800088123"),
 "hengxin": dict(style="corp", name="恒信教育", domain="www.hx-jiaoyu.cn",
    menu=["首页", "热门证书", "报名入口", "证书查询", "关于我们"],
    footer="恒信教育科技(广州)有限公司 | 全国招生热线：135-7196-4420（微信同号） | 在线QQ：2718830451<br>统一社会信用代码：" + U02_USCC + " | 粤ICP备2023061829号-2<br>技术支持：云帆建站 客服QQ 800088123"),
 "mall": dict(style="mall", name="课源网·职业教育商城", domain="www.keyuanmall.com",
    menu=["首页", "职业技能", "IT互联网", "考证培训", "店铺街", "我的订单"],
    footer="课源网客服热线 400-820-6655（9:00-21:00） | 客服邮箱 kefu@keyuanmall.com | 沪ICP备15028811号 | 增值电信业务经营许可证 沪B2-20160032<br>平台仅提供信息展示，课程由入驻商家提供，请勿脱离平台私下交易。"),
 "bbs": dict(style="bbs", name="职考之家论坛", domain="bbs.zhikaohome.com",
    menu=["首页", "职业技能区", "人工智能训练师", "考证交流", "维权曝光", "站务"],
    footer="Powered by Discuz! X3.4 | 职考之家 | 站务QQ群：512873460 | 鄂ICP备17009263号 | 联系站长：admin@zhikaohome.com"),
 "fenlei": dict(style="fenlei", name="百姓易发分类信息网", domain="www.yifa58.com",
    menu=["首页", "招聘", "教育培训", "生活服务", "二手", "免费发布"],
    footer="易发客服电话：010-5869 3021 | 京ICP证110342号 | 京公网安备11010502031234号<br>提示：凡是要求先交费、押金、证书代办的信息，请谨慎核实。"),
 "wenda": dict(style="wenda", name="问知问答", domain="wenda.wenzhi365.com",
    menu=["首页", "教育", "职场", "考证", "我要提问"],
    footer="问知问答 | 违法和不良信息举报：jubao@wenzhi365.com | 举报电话：010-8259 6600 | 京ICP备18044127号"),
 "wx": dict(style="wx", name="微文摘", domain="www.wxwenzhai.net",
    menu=["首页", "教育", "职场", "政策", "科技"],
    footer="本站文章均转载自微信公众号，版权归原作者所有，如有侵权请联系 wxwenzhai@foxmail.com 删除 | 本站网址 www.wxwenzhai.net | 蜀ICP备20011735号"),
 "video": dict(style="video", name="快看短视频(网页版)", domain="www.kuaikanv.tv",
    menu=["推荐", "知识", "职场", "直播", "登录"],
    footer="快看短视频 | 用户服务邮箱 help@kuaikanv.tv | 网络文化经营许可证 浙网文〔2021〕0937-311号 | 浙ICP备19077820号"),
 "news": dict(style="news", name="钱江晚报网", domain="news.qjwbw.com",
    menu=["首页", "社会", "教育", "财经", "科技", "调查"],
    footer="钱江晚报网 版权所有 | 新闻热线 0571-8519 0000 | 互联网新闻信息服务许可证 33120170005 | 浙ICP备05038842号"),
 "college": dict(style="college", name="宁波职业技术学院继续教育学院", domain="jxjy.nbzy.edu.cn",
    menu=["学院首页", "学院概况", "社会培训", "技能认定", "通知公告", "联系我们"],
    footer="宁波职业技术学院继续教育学院 | 地址：宁波市北仑区学府路 | 浙ICP备05004911号"),
 "gov": dict(style="gov", name="某市人力资源和社会保障局", domain="rsj.example-city.gov.cn",
    menu=["首页", "机构概况", "政务公开", "通知公告", "办事服务", "互动交流"],
    footer="主办：某市人力资源和社会保障局 | 政务服务热线 12345 | 人社服务热线 12333 | 网站标识码 3302000012 | 浙ICP备05012345号"),
}

# ---------------------------------------------------------------- pages
P = []
def page(path, site, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=()):
    P.append(dict(path=path, site=site, title=title, body=body, is_offer=offer, operator=op,
                  provider=provider, identifiers=[list(x) for x in ids], note=note, comments=list(comments)))

# ---- U01 智云职训 (honest-ish training school, Hangzhou)
page("/zhiyun/index.html", "zhiyun", "杭州智云职业技能培训学校-人工智能训练师培训-补贴性职业技能培训",
 """<div class="banner"><h1>2026年人工智能训练师（四级/三级）补贴培训招生中</h1>
<p>经人社部门备案的职业技能等级认定，理论+实操，证书可在“技能人才评价证书全国联网查询”核验。</p></div>
<div class="box"><h2>为什么选择智云</h2><ul><li>数据标注、智能训练实操机房，30%理论70%实操</li>
<li>符合条件的参保人员可申领失业保险技能提升补贴（四级最高1500元，三级最高2000元）</li>
<li>五级需从事相关工作满1年；四级、三级按国家职业技能标准审核申报条件</li></ul>
<p>咨询电话：0571-88172635（工作日 8:30-17:30）</p></div>""",
 True, "U01", "智云职训",
 [("phone", "0571-88172635", "0571-88172635"), ("email", "zhiyun_px@163.com", "zhiyun_px@163.com"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "zhiyunzx.com", "www.zhiyunzx.com"), ("other", "浙ICP备19043817号", "浙ICP备19043817号-1")],
 "Training school homepage advertising subsidised AI-trainer level 4/3 courses")
page("/zhiyun/course/ai-trainer-l4.html", "zhiyun", "人工智能训练师（四级/中级工）周末班-智云职训",
 """<h1>人工智能训练师（四级/中级工）周末班</h1>
<table class="info"><tr><th>课时</th><td>50课时（理论16+实操34）</td></tr><tr><th>学费</th><td>2680元（含教材，不含认定费）</td></tr>
<tr><th>开班</th><td>2026年4月11日，认定批次号 13320250719 后续批次另行通知</td></tr>
<tr><th>上课地点</th><td>文三路创意大厦6楼（大厦前台 0571-8690 1234，来访请登记）</td></tr></table>
<p>申报条件：取得五级证书后从事本职业4年以上，或累计从事本职业6年以上，或相关专业中职毕业。我校不承诺包过，认定合格由评价机构颁发职业技能等级证书，可登录 zscx.osta.org.cn 查询。</p>
<p>补贴政策咨询可拨打人社服务热线 12333。报名电话：<a href="tel:0571-88172635">点击拨打 0571 8817 2635</a></p>""",
 True, "U01", "智云职训",
 [("phone", "0571-88172635", "tel:0571-88172635"), ("phone", "0571-88172635", "0571 8817 2635"),
  ("email", "zhiyun_px@163.com", "zhiyun_px@163.com"), ("uscc", U01_USCC, U01_USCC), ("domain", "zhiyunzx.com", "www.zhiyunzx.com"),
  ("other", "浙ICP备19043817号", "浙ICP备19043817号-1")],
 "Course page: level-4 weekend class, fee 2680, no pass guarantee")
page("/mall/shop/zhiyun/item-2231.html", "mall", "【智云AI学堂旗舰店】人工智能训练师四级/三级 线下实操班 可申请补贴",
 """<h1>人工智能训练师四级/三级 线下实操班（杭州）</h1><div class="price">¥<b>2680.00</b> <s>¥3280.00</s> 已售 86</div>
<div class="shopinfo">店铺：智云AI学堂旗舰店 | 主体：杭州智云职业技能培训学校有限公司 | 统一社会信用代码 """ + U01_USCC + """</div>
<div class="desc"><p>理论+实操，周末授课；符合条件的学员可申领技能提升补贴。课程咨询：0571 88172635</p>
<p>注：本课程为培训服务，证书由备案评价机构经认定后颁发。</p></div>""",
 True, "U01", "智云AI学堂",
 [("uscc", U01_USCC, U01_USCC), ("phone", "0571-88172635", "0571 88172635")],
 "Marketplace shop listing of the same school's level-4/3 class")
page("/wx/a/20260312-zhiyun.html", "wx", "杭州这所学校人工智能训练师开新班了，补贴政策一文看懂",
 """<div class="src">来源：公众号“智云职训” 2026-03-12</div>
<p>很多同学问，人工智能训练师到底要不要考？先说结论：做数据标注、智能客服训练的岗位用得上，但别信“三天拿证”。</p>
<p>我校四月开设四级、三级周末班，参保满一年的学员可按规定申领补贴。</p>
<p>报名资料请发邮箱 zhiyun_px#163.com（#换成@），或访问 www点zhiyunzx点com 查看开班计划。</p>""",
 True, "U01", "智云职训",
 [("email", "zhiyun_px@163.com", "zhiyun_px#163.com"), ("domain", "zhiyunzx.com", "www点zhiyunzx点com")],
 "WeChat-article repost from the school's account announcing a new class")

# ---- U02 恒信教育 (misleading, 包过)
page("/hengxin/index.html", "hengxin", "人工智能训练师证书报考_人社部颁发_全国通用-恒信教育",
 """<div class="hero"><h1>人工智能训练师 国家职业资格证书</h1><p>人社部颁发 · 全国联网可查 · 三级四级五级可连报</p>
<p class="red">零基础 不限学历 不限经验 考不过全额退款！</p></div>
<div class="cert"><img src="/hengxin/img/sample.jpg" alt="证书样本"><p>证书样本 编号：S000033000125254000318</p></div>
<p>官方查询：jndj.osta.org.cn ｜ 报名热线 135-7196-4420（微信同号）</p>""",
 True, "U02", "恒信教育",
 [("phone", "+8613571964420", "135-7196-4420（微信同号）"), ("wechat", "13571964420", "135-7196-4420（微信同号）"),
  ("qq", "2718830451", "2718830451"), ("uscc", U02_USCC, U02_USCC)],
 "Company homepage selling three levels at once, '人社部颁发', refund promise")
page("/hengxin/baoming.html", "hengxin", "在线报名-人工智能训练师-恒信教育",
 """<h1>在线报名</h1><form><label>姓名</label><input name="n"><label>手机号</label><input name="m" placeholder="例：13800138000">
<label>邮箱</label><input name="e" placeholder="如 123456@qq.com"><label>报考等级</label><select><option>三级（高级工）</option><option>二级（技师）</option></select></form>
<p>三级+四级打包价 4980 元，二级技师 6800 元，免培训，交费包过，45天出证。</p>
<p>提交后请加老师微信：hengxin_ai2024 确认资料。</p>""",
 True, "U02", "恒信教育",
 [("wechat", "hengxin_ai2024", "hengxin_ai2024"), ("phone", "+8613571964420", "135-7196-4420（微信同号）"),
  ("qq", "2718830451", "2718830451"), ("uscc", U02_USCC, U02_USCC)],
 "Sign-up form page: 免培训 包过, price per level, level 2 sold directly")
page("/fenlei/peixun/58310427.html", "fenlei", "人工智能训练师证报名 包过 3天出资料 广州天河",
 """<h1>人工智能训练师证报名 包过 3天出资料</h1><div class="meta">类别：教育培训/职业技能 | 区域：广州-天河 | 发布人：恒信职业培训 | 浏览 1288 次</div>
<div class="content"><p>国家人社部证书，全国通用，不限学历零基础可报，五级/四级/三级都可以办，价格私聊。</p>
<p>电话：13571964420 V信：Hengxin_AI2024</p></div>""",
 True, "U02", "恒信职业培训",
 [("phone", "+8613571964420", "13571964420"), ("wechat", "hengxin_ai2024", "Hengxin_AI2024")],
 "Classified ad: 包过, 不限学历, certificate levels for sale")
page("/video/v/7341198820.html", "video", "AI训练师证书到底值不值？恒信老师告诉你",
 """<div class="player">[视频] 时长 01:12</div><h1>AI训练师证书到底值不值？恒信老师告诉你</h1>
<div class="author">@恒信老师说AI证书 · 粉丝 2.3万</div>
<div class="desc">拿到证书可以升职加薪！三个等级一起报更划算 #人工智能训练师 #考证<br>主页置顶：扣扣2718830451 / 加v hengxin_ai2024</div>""",
 True, "U02", "恒信老师说AI证书",
 [("qq", "2718830451", "扣扣2718830451"), ("wechat", "hengxin_ai2024", "加v hengxin_ai2024")],
 "Short-video page pushing multi-level bundle")

# ---- U03 中科智训 / 国培人才 (certificate mill, fake 工信部)
page("/bbs/thread-88213-1-1.html", "bbs", "工信部人工智能训练师高级证书 免考直接出证 入库可查 - 人工智能训练师 - 职考之家论坛",
 """<div class="post"><div class="uname">中科智训-王老师</div><div class="msg">
<p>工信部职业技能鉴定中心 人工智能训练师（高级）证书，免考试，提交资料15个工作日直接出证，入库可查，可用于评职称、积分落户。</p>
<p>名额有限，联系电话：一八六 五七二〇 三三九一，VX：gp_renc</p></div></div>""",
 True, "U03", "中科智训",
 [("phone", "+8618657203391", "一八六 五七二〇 三三九一"), ("wechat", "gp_renc", "VX：gp_renc")],
 "Forum thread: certificate without exam, fake 工信部 issuer",
 [("路过的小李", "楼主能便宜点吗？我微信 lily_zhang88 加我聊"),
  ("老刘头", "小心！之前 177 0591 2386 这个号也是这么说的，钱交了就拉黑")])
page("/fenlei/peixun/58344102.html", "fenlei", "人工智能训练师高级工证书 国培人才 15天拿证 杭州",
 """<h1>人工智能训练师高级工证书 15天拿证</h1><div class="meta">类别：教育培训/职业技能 | 区域：杭州-西湖 | 发布人：国培人才服务中心</div>
<div class="content"><p>不用考试，资料齐全即可办理，证书全国联网可查。考点：文三路创意大厦（前台电话 0571-86901234）。</p>
<p>证书样本编号 S000033000125254000318，可先看样本再交费。</p>
<p>热线：１８６５７２０３３９１　交流Q群：604712385</p></div>""",
 True, "U03", "国培人才服务中心",
 [("phone", "+8618657203391", fw("18657203391")), ("qq_group", "604712385", "604712385")],
 "Classified ad: no exam, 15 days, full-width digits phone")
page("/wenda/q/3390215.html", "wenda", "人工智能训练师高级证书哪里可以快速拿到？ - 问知问答",
 """<div class="question"><h1>人工智能训练师高级证书哪里可以快速拿到？</h1><p>公司要求，急需，有没有快一点的渠道？</p></div>
<div class="answer"><div class="who">国培人才王老师 · 职业规划师</div>
<p>可以找我们办理，不需要考试，一般半个月出证，工信部的证可以查。详细加VX gp_renc 或者进Q群604712385咨询。</p></div>""",
 True, "U03", "国培人才",
 [("wechat", "gp_renc", "VX gp_renc"), ("qq_group", "604712385", "Q群604712385")],
 "Q&A answer by the mill's 'teacher' offering a fast certificate",
 [("热心网友", "别信免考的，正规的都要考试，能在 zscx.osta.org.cn 查的才算。")])
page("/wx/a/20260225-zkzx.html", "wx", "重磅！2026年人工智能训练师政策收紧，最后一批免考名额",
 """<div class="src">来源：公众号“中科智训” 2026-02-25</div>
<p>据内部消息，人社部证书即将退出，下半年起全部改为工信部体系，现在是最后一批免考办理的窗口期！</p>
<p>高级证书原价8800，现价3980，包过，不过全退。</p><p>咨询请添加微信 gp_renc，资料发送至 gpren_kf@126.com</p>""",
 True, "U03", "中科智训",
 [("wechat", "gp_renc", "微信 gp_renc"), ("email", "gpren_kf@126.com", "gpren_kf@126.com")],
 "WeChat repost: invented policy change, 'last batch without exam', 包过")

# ---- U04 李老师 (individual agent)
page("/fenlei/peixun/58360991.html", "fenlei", "代报人工智能训练师各等级 李老师 正规渠道",
 """<h1>代报人工智能训练师各等级 正规渠道</h1><div class="meta">类别：教育培训/考证 | 区域：成都-武侯 | 发布人：李老师证书咨询</div>
<div class="content"><p>五级到二级都可以代报，资料不够的可以帮忙解决工作年限证明，通过率高。</p>
<p>手机：199 2837 4156 薇：li_zhengshu888</p></div>""",
 True, "U04", "李老师证书咨询",
 [("phone", "+8619928374156", "199 2837 4156"), ("wechat", "li_zhengshu888", "薇：li_zhengshu888")],
 "Classified ad by an agent offering to fake work-experience proof")
page("/wenda/q/3391877.html", "wenda", "人工智能训练师证书工作年限不够能报吗？ - 问知问答",
 """<div class="question"><h1>人工智能训练师证书工作年限不够能报吗？</h1><p>想报四级，但是相关工作不满一年。</p></div>
<div class="answer"><div class="who">李老师 · 考证顾问</div><p>可以的，年限证明我们这边可以协助，四级三级都能安排，详细了解加薇 li_zhengshu888</p></div>""",
 True, "U04", "李老师",
 [("wechat", "li_zhengshu888", "li_zhengshu888")],
 "Q&A answer from the agent offering to arrange experience proof",
 [("一只小蜗牛", "同问，我也差年限，我微信 lily_zhang88 有消息互通一下")])
page("/video/v/7342055173.html", "video", "不限经验也能拿AI训练师证？3分钟讲清楚",
 """<div class="player">[视频] 时长 03:05</div><h1>不限经验也能拿AI训练师证？3分钟讲清楚</h1>
<div class="author">@李老师聊考证 · 粉丝 8612</div>
<div class="desc">评论区扣1领取报考资料 #人工智能训练师<br>合作：扣扣936528174 / 电话 +86 199 2837 4156</div>""",
 True, "U04", "李老师聊考证",
 [("qq", "936528174", "扣扣936528174"), ("phone", "+8619928374156", "+86 199 2837 4156")],
 "Short-video page of the agent",
 [("用户3381", "1 我的QQ 365812907 发我一下资料")])
page("/bbs/thread-88570-1-1.html", "bbs", "有需要人工智能训练师证书的朋友可以私我 - 考证交流 - 职考之家论坛",
 """<div class="post"><div class="uname">lzs888</div><div class="msg"><p>长期代报人工智能训练师，各地都能报，五级四级快的一个月。</p>
<p>有意的加扣扣：936 528 174，备注论坛。</p></div></div>""",
 True, "U04", "lzs888（李老师）",
 [("qq", "936528174", "936 528 174")],
 "Forum post by the agent, QQ written with spaces")

# ---- U05 星课 (online AI course, 原价9999限时99)
page("/video/v/7343310064.html", "video", "90%小白都能学会！AI训练师零基础入门课",
 """<div class="player">[视频] 时长 00:48</div><h1>90%小白都能学会！AI训练师零基础入门课</h1>
<div class="author">@AI星课堂 · 粉丝 15.6万</div>
<div class="desc">原价9999 限时99！学完送“人工智能训练师”结业证书 + AIGC应用证书<br>官网 xingke-ai.cn 客服 400-618-7720</div>""",
 True, "U05", "AI星课堂",
 [("domain", "xingke-ai.cn", "xingke-ai.cn"), ("phone", "4006187720", "400-618-7720")],
 "Short-video ad for a ¥99 online course with bundled certificates")
page("/mall/shop/xingke/item-5180.html", "mall", "【星课AI训练营】人工智能训练师+AIGC双证班 零基础 在线学",
 """<h1>人工智能训练师+AIGC双证班 零基础在线学</h1><div class="price">¥<b>599.00</b> <s>¥9999.00</s> 已售 3102</div>
<div class="shopinfo">店铺：星课AI训练营</div><div class="desc"><p>50节录播课+社群答疑，学完拿双证，拿到证书便可升职加薪。</p>
<p>售后电话 4006187720 服务邮箱 service@xingke-ai.cn</p></div>""",
 True, "U05", "星课AI训练营",
 [("phone", "4006187720", "4006187720"), ("email", "service@xingke-ai.cn", "service@xingke-ai.cn")],
 "Marketplace listing of the same online course, '双证'")
page("/wx/a/20260301-xingke.html", "wx", "月入过万的新职业：人工智能训练师，零基础怎么入行？",
 """<div class="src">来源：公众号“星课学院” 2026-03-01</div><p>AI训练师缺口百万，零基础可学，学完即可接单。</p>
<p>课程详情见 https://www.xingke-ai.cn/ai-trainer ，微信客服：xingke_kf，邮箱 service(at)xingke-ai.cn</p>""",
 True, "U05", "星课学院",
 [("domain", "xingke-ai.cn", "https://www.xingke-ai.cn/ai-trainer"), ("wechat", "xingke_kf", "xingke_kf"),
  ("email", "service@xingke-ai.cn", "service(at)xingke-ai.cn")],
 "WeChat repost advertorial for the online course")

# ---- U06 沪上积分通 (积分落户 lure)
page("/wx/a/20260308-jifen.html", "wx", "上海居转户/积分：三级人工智能训练师直接加60分！",
 """<div class="src">来源：公众号“沪上积分通” 2026-03-08</div><p>三级证书积分60分，一步到位！我们提供人工智能训练师三级包过班，无需相关工作经验。</p>
<p>咨询电话 021-6452 7781，微信 shjifen_tong</p>""",
 True, "U06", "沪上积分通",
 [("phone", "021-64527781", "021-6452 7781"), ("wechat", "shjifen_tong", "shjifen_tong")],
 "WeChat repost: residence-points lure, 包过, no experience needed")
page("/fenlei/peixun/58371150.html", "fenlei", "上海积分落户 人工智能训练师三级 包过班 申城落户咨询",
 """<h1>上海积分落户 人工智能训练师三级 包过班</h1><div class="meta">类别：教育培训/考证 | 区域：上海-徐汇 | 发布人：申城落户咨询</div>
<div class="content"><p>一站式办理积分，证书+社保方案，不过退款。费用 12800 元起。</p><p>电话：021-64527781　手机：+86 139-1662-4587</p></div>""",
 True, "U06", "申城落户咨询",
 [("phone", "021-64527781", "021-64527781"), ("phone", "+8613916624587", "+86 139-1662-4587")],
 "Classified ad: points package with certificate, refund promise")
page("/wenda/q/3393406.html", "wenda", "上海积分用人工智能训练师证书靠谱吗？ - 问知问答",
 """<div class="question"><h1>上海积分用人工智能训练师证书靠谱吗？</h1><p>差60分，想考三级。</p></div>
<div class="answer"><div class="who">积分规划小张</div><p>靠谱，我们沪上积分通做了很多案例，三级包过，手机 13916624587 微信同号。</p></div>""",
 True, "U06", "沪上积分通",
 [("phone", "+8613916624587", "13916624587"), ("wechat", "13916624587", "13916624587 微信同号")],
 "Q&A answer advertising the points agency")

# ---- U07 数标云 (data-labelling base: training fee + job)
page("/fenlei/peixun/58390066.html", "fenlei", "招数据标注员 先培训考证后上岗 包分配 武汉光谷",
 """<h1>招数据标注员 先培训考证后上岗</h1><div class="meta">类别：招聘/培训 | 区域：武汉-洪山 | 发布人：标注云基地</div>
<div class="content"><p>零基础，培训7天考人工智能训练师五级证，培训费1980含证，结业包分配，月入6000+。证书还可挂靠年入2万。</p>
<p>联系：159 0277 8314（微信同号） 求职QQ群：783456120</p></div>""",
 True, "U07", "标注云基地",
 [("phone", "+8615902778314", "159 0277 8314（微信同号）"), ("wechat", "15902778314", "159 0277 8314（微信同号）"),
  ("qq_group", "783456120", "783456120")],
 "Classified job-plus-training ad with fee and 挂靠 income promise")
page("/bbs/thread-89002-1-1.html", "bbs", "【招生】数据标注员（人工智能训练师五级）培训+推荐就业 - 人工智能训练师 - 职考之家论坛",
 """<div class="post"><div class="uname">数标云教育</div><div class="msg"><p>数标云开班啦！五级培训+认定，合格推荐到合作标注基地上岗。</p>
<p>报名加群：783456120，学费转账请认准收款户名：武汉数标云信息技术有限公司</p></div></div>""",
 True, "U07", "数标云教育",
 [("qq_group", "783456120", "783456120"), ("other", "武汉数标云信息技术有限公司", "武汉数标云信息技术有限公司")],
 "Forum post recruiting fee-paying trainees, payee name given",
 [("菜菜子", "去年报过，后来说岗位满了，想退费 QQ 365812907 有同样情况的联系我")])
page("/video/v/7344470932.html", "video", "做数据标注一个月能挣多少？带你看看我们基地",
 """<div class="player">[视频] 时长 02:20</div><h1>做数据标注一个月能挣多少？带你看看我们基地</h1><div class="author">@标注云小课 · 粉丝 4.1万</div>
<div class="desc">培训+考证+上岗一条龙。咨询 15902778314 / 简历发 hr_shubiao@qq.com<br>对公账户户名：武汉数标云信息技术有限公司</div>""",
 True, "U07", "标注云小课",
 [("phone", "+8615902778314", "15902778314"), ("email", "hr_shubiao@qq.com", "hr_shubiao@qq.com"),
  ("other", "武汉数标云信息技术有限公司", "武汉数标云信息技术有限公司")],
 "Short-video page of the labelling base with payee name")

# ---- U08 匠心职培 (honest Shenzhen school)
page("/mall/shop/jiangxin/item-6027.html", "mall", "【匠心职业培训学校】人工智能训练师五级/四级 深圳 补贴培训",
 """<h1>人工智能训练师五级/四级 补贴培训（深圳）</h1><div class="price">¥<b>1980.00</b></div>
<div class="shopinfo">店铺：匠心职业培训学校 | 民办非企业单位 | 统一社会信用代码 """ + U08_USCC + """</div>
<div class="desc"><p>按国家职业技能标准组织培训，认定合格后可在 zscx.osta.org.cn 查询证书；本期认定批次号 13320250719。</p>
<p>补贴政策以人社部门为准，可咨询 12333。学校电话 0755-2361 8840</p></div>""",
 True, "U08", "匠心职业培训学校",
 [("uscc", U08_USCC, U08_USCC), ("phone", "0755-23618840", "0755-2361 8840")],
 "Marketplace listing of an honest school, subsidy, query site")
page("/bbs/thread-89431-1-1.html", "bbs", "深圳人工智能训练师四级考试经验+机构推荐 - 人工智能训练师 - 职考之家论坛",
 """<div class="post"><div class="uname">匠心职培-陈老师</div><div class="msg"><p>分享一下四级的实操考什么：数据采集和处理、数据标注、智能系统运维。</p>
<p>我们学校下月有班，不包过，要认真学。证书编号规则和查询见 jndj.osta.org.cn。电话 137 5801 2296 / 0755-23618840</p></div></div>""",
 True, "U08", "匠心职培",
 [("phone", "+8613758012296", "137 5801 2296"), ("phone", "0755-23618840", "0755-23618840")],
 "Forum post: exam tips plus the school's class advert")
page("/wx/a/20260315-jiangxin.html", "wx", "深圳匠心职培｜2026年第二期人工智能训练师培训招生简章",
 """<div class="src">来源：公众号“深圳匠心职培” 2026-03-15</div><p>培训等级：五级、四级；报名条件按标准审核；费用1980元，符合条件可申领补贴。</p>
<p>报名电话/微信：13758012296（微信同号）。办学主体统一社会信用代码 """ + U08_USCC + """</p>""",
 True, "U08", "深圳匠心职培",
 [("phone", "+8613758012296", "13758012296（微信同号）"), ("wechat", "13758012296", "13758012296（微信同号）"),
  ("uscc", U08_USCC, U08_USCC)],
 "WeChat repost of the school's enrolment brochure")

# ---- U09 中职认证网 (fake query site)
page("/fenlei/peixun/58402783.html", "fenlei", "人工智能训练师证书办理 官网可查 中职认证网",
 """<h1>人工智能训练师证书办理 官网可查</h1><div class="meta">类别：教育培训/考证 | 区域：郑州-金水 | 发布人：中职认证网</div>
<div class="content"><p>证书在 www.zgjnzs.com 全国技能证书查询中心可查，国家认可，全国通用，各等级均可办理。</p><p>电话：173 4062 8815</p></div>""",
 True, "U09", "中职认证网",
 [("domain", "zgjnzs.com", "www.zgjnzs.com"), ("phone", "+8617340628815", "173 4062 8815")],
 "Classified ad pointing to a fake query site")
page("/wenda/q/3395120.html", "wenda", "网上办的人工智能训练师证书在哪里查真伪？ - 问知问答",
 """<div class="question"><h1>网上办的人工智能训练师证书在哪里查真伪？</h1></div>
<div class="answer"><div class="who">证书服务顾问</div><p>我们出的证书在 zgjnzs.com 上都能查到，放心。需要办理的加QQ 3097716642</p></div>""",
 True, "U09", "证书服务顾问（中职认证网）",
 [("domain", "zgjnzs.com", "zgjnzs.com"), ("qq", "3097716642", "3097716642")],
 "Q&A answer steering to the fake query site",
 [("明白人", "官方查询只有 zscx.osta.org.cn，别的域名都不算。")])
page("/mall/shop/zhizhengtong/item-7733.html", "mall", "【职证通】人工智能训练师证书服务 全国联网可查 加急",
 """<h1>人工智能训练师证书服务 全国联网可查</h1><div class="price">¥<b>2580.00</b>/本</div><div class="shopinfo">店铺：职证通</div>
<div class="desc"><p>全国联网可查 zgjnzs.com，加急7天。客服QQ: 3097716642，TEL 17340628815</p></div>""",
 True, "U09", "职证通",
 [("domain", "zgjnzs.com", "zgjnzs.com"), ("qq", "3097716642", "3097716642"), ("phone", "+8617340628815", "17340628815")],
 "Marketplace listing selling certificates per copy, fake query domain")

# ---- independents
page("/mall/shop/shuzhi/item-8120.html", "mall", "【数智未来教育专营店】AIGC+人工智能训练师+数据标注 三证合一 限时598",
 """<h1>AIGC+人工智能训练师+数据标注 三证合一</h1><div class="price">¥<b>598.00</b> <s>¥2980.00</s></div><div class="shopinfo">店铺：数智未来教育专营店</div>
<div class="desc"><p>四小时速成，三证一起拿。证书样本编号 S000033000125254000318。</p><p>咨询：188 0214 5530</p></div>""",
 True, "I01", "数智未来教育",
 [("phone", "+8618802145530", "188 0214 5530")],
 "Marketplace bundle of three certificates, 速成")
page("/mall/shop/qiming/item-1093.html", "mall", "【启明书店】人工智能训练师（四级）理论题库+实操视频课",
 """<h1>人工智能训练师（四级）理论题库+实操视频课</h1><div class="price">¥<b>89.00</b></div><div class="shopinfo">店铺：启明书店</div>
<div class="desc"><p>按认定要素细目表整理，仅为学习资料，不含报名与证书。发票问题请邮件 qimingbook@sina.com</p></div>""",
 True, "I02", "启明书店",
 [("email", "qimingbook@sina.com", "qimingbook@sina.com")],
 "Marketplace listing of study materials and video course, honest")
page("/bbs/thread-89760-1-1.html", "bbs", "三级实操一对一辅导，考过才收尾款 - 人工智能训练师 - 职考之家论坛",
 """<div class="post"><div class="uname">老周</div><div class="msg"><p>本人三级持证，做标注团队管理五年，可以一对一辅导智能训练和业务分析部分，先付一半，考过再付另一半，不代报不包过。</p>
<p>微信 zhou_aitutor</p></div></div>""",
 True, "I03", "老周（个人辅导）",
 [("wechat", "zhou_aitutor", "zhou_aitutor")],
 "Forum post by an individual tutor, honest")
page("/wx/a/20260310-jianning.html", "wx", "关于开展2026年第二批人工智能训练师职业技能等级认定的通知",
 """<div class="src">来源：公众号“建宁技能评价” 2026-03-10</div><p>南京建宁职业技能评价中心（已备案评价机构，可在 pjjg.osta.org.cn 查询）定于4月开展人工智能训练师五级、四级认定。</p>
<p>认定费按物价部门规定收取。证书可在 zscx.osta.org.cn 查询。咨询电话 025-84621937，报名邮箱 pingjia@jnpj.org.cn</p>""",
 True, "I04", "南京建宁职业技能评价中心",
 [("phone", "025-84621937", "025-84621937"), ("email", "pingjia@jnpj.org.cn", "pingjia@jnpj.org.cn")],
 "WeChat repost of an evaluation centre's exam sign-up notice")
page("/video/v/7345128806.html", "video", "我是怎么一次过AI训练师四级的（附课程）",
 """<div class="player">[视频] 时长 05:40</div><h1>我是怎么一次过AI训练师四级的（附课程）</h1><div class="author">@AI训练师阿杰 · 粉丝 6.8万</div>
<div class="desc">课程199，带实操练习，考不考得过看自己。v：ajie_ai365</div>""",
 True, "I05", "AI训练师阿杰",
 [("wechat", "ajie_ai365", "ajie_ai365")],
 "Short-video page selling a ¥199 self-study course")
page("/college/peixun/ai-trainer-2026.html", "college", "2026年人工智能训练师（四级）社会培训招生公告",
 """<h1>2026年人工智能训练师（四级）社会培训招生公告</h1><p>我院为备案的职业技能等级认定机构（可在 pjjg.osta.org.cn 查询），面向社会招收四级培训学员，培训50课时。</p>
<p>报名表发送至 jxjy@nbzy.edu.cn（邮件正文请留联系邮箱，如 123456@qq.com 格式）；咨询电话 0574-87091625。证书查询：zscx.osta.org.cn</p>""",
 True, "I06", "宁波职业技术学院继续教育学院",
 [("phone", "0574-87091625", "0574-87091625"), ("email", "jxjy@nbzy.edu.cn", "jxjy@nbzy.edu.cn")],
 "College continuing-education enrolment notice, honest")

# ---- non-offers
page("/news/2026/0318/zhengshu-diaocha.html", "news", "记者调查：交了3980元，“工信部人工智能训练师证书”为何查不到？",
 """<h1>记者调查：交了3980元，“工信部人工智能训练师证书”为何查不到？</h1><div class="byline">本报记者 2026-03-18</div>
<p>市民王女士反映，去年她通过一个自称“鉴定中心”的号码 177 0591 2386 报名，对方客服微信 kaozheng_kf99 承诺免考出证。</p>
<p>人社部门提示，职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。遇到类似情况可拨打 12333 咨询，或向 12315 投诉。</p>""",
 note="News report on a certificate scam quoting the scammers' numbers")
page("/news/2026/0302/ai-jiuye.html", "news", "AI训练师岗位走俏，数据标注员月薪几何？",
 """<h1>AI训练师岗位走俏，数据标注员月薪几何？</h1><div class="byline">本报记者 2026-03-02</div>
<p>上海去年人工智能训练师认定1.63万人次，发证1.09万张。业内人士提醒，持证不等于高薪。</p>""",
 note="News feature on AI-trainer jobs, no seller")
page("/gov/tzgg/2026/t20260305_88120.html", "gov", "关于警惕人工智能训练师“山寨证书”的提示",
 """<h1>关于警惕人工智能训练师“山寨证书”的提示</h1><div class="meta">发布时间：2026-03-05 来源：职业能力建设处</div>
<p>近期有机构以“人社部颁发”“免考包过”“工信部认证”等名义销售人工智能训练师证书。人社部门不直接颁发职业技能等级证书。</p>
<p>备案评价机构可在 pjjg.osta.org.cn 查询，证书可在 zscx.osta.org.cn 核验。近期群众反映的微信号 kaozheng_kf99 等系冒充，请勿添加。</p>
<p>咨询电话 12333；消费投诉 12315。</p>""",
 note="Government-style warning notice")
page("/wx/a/20260220-zhengce.html", "wx", "一文读懂：职业技能等级证书、职业资格证书、X证书的区别",
 """<div class="src">来源：公众号“职场政策解读” 2026-02-20</div><p>职业技能等级证书由备案评价机构颁发，机构名单见 pjjg.osta.org.cn，证书信息见 jndj.osta.org.cn；原1+X证书的查询平台为 vslc.ncb.edu.cn。</p>""",
 note="Policy explainer repost")
page("/wenda/q/3381902.html", "wenda", "考人工智能训练师证书有用吗？ - 问知问答",
 """<div class="question"><h1>考人工智能训练师证书有用吗？</h1><p>本人做客服三年，想转数据标注，证书有用吗？在哪报名？</p></div>
<div class="answer"><div class="who">过来人</div><p>有一定用处，找备案评价机构报名，证书上 zscx.osta.org.cn 能查。补贴问 12333。</p></div>""",
 note="Learner's question with reader answers",
 comments=[("小白一枚", "我也想转行，微信 lily_zhang88 一起学习")])
page("/bbs/thread-90117-1-1.html", "bbs", "【曝光】交了3980说免考出证，证书查不到，人也拉黑了 - 维权曝光 - 职考之家论坛",
 """<div class="post"><div class="uname">维权的阿敏</div><div class="msg"><p>对方电话 177 0591 2386，客服微信 kaozheng_kf99，说是工信部证书免考，交钱后给了一个查不到的编号。已打12315投诉。</p></div></div>""",
 note="Complaint thread quoting the scammer's contacts")
page("/mall/item/py-3312.html", "mall", "Python数据分析实战 零基础到就业 录播课",
 """<h1>Python数据分析实战 零基础到就业</h1><div class="price">¥<b>199.00</b></div><div class="desc"><p>与证书无关的编程课程，含30个项目。</p></div>""",
 note="Unrelated programming course on the marketplace")
page("/fenlei/zhaopin/72218.html", "fenlei", "招聘数据标注员 双休 五险 武汉",
 """<h1>招聘数据标注员 双休 五险</h1><div class="meta">类别：招聘 | 区域：武汉-东湖高新</div><div class="content"><p>岗位职责：图像、文本标注；无需证书，公司内部培训，不收取任何费用。简历投递 hr@guanggu-tech.com</p></div>""",
 note="Job ad for data labellers, no fee, no certificate")
page("/college/news/2026-0310.html", "college", "我院获批人工智能训练师职业技能等级认定站点",
 """<h1>我院获批人工智能训练师职业技能等级认定站点</h1><p>经人社部门备案，我院可开展人工智能训练师五级至三级认定。原1+X证书相关查询请登录 vslc.ncb.edu.cn。</p>""",
 note="College news item about becoming an assessment site")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "National 人社 service hotline"),
 ("phone", "12315", ["12315"], "Consumer-complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "Official certificate query site"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "Official list of evaluation institutions"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "Official certificate query URL"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "Legacy 1+X query platform"),
 ("phone", "4008206655", ["400-820-6655"], "Marketplace customer-service line in every mall footer"),
 ("email", "kefu@keyuanmall.com", ["kefu@keyuanmall.com"], "Marketplace customer-service e-mail"),
 ("other", "沪B2-20160032", ["沪B2-20160032"], "Marketplace telecom licence"),
 ("qq_group", "512873460", ["512873460"], "Forum's own admin QQ group in footer"),
 ("email", "admin@zhikaohome.com", ["admin@zhikaohome.com"], "Forum admin e-mail"),
 ("phone", "010-58693021", ["010-5869 3021"], "Classifieds site customer service"),
 ("other", "京ICP证110342号", ["京ICP证110342号"], "Classifieds site ICP licence"),
 ("phone", "+8613800138000", ["13800138000"], "Template placeholder phone in forms"),
 ("email", "123456@qq.com", ["123456@qq.com"], "Template placeholder e-mail"),
 ("email", "jubao@wenzhi365.com", ["jubao@wenzhi365.com"], "Q&A platform abuse-report e-mail"),
 ("phone", "010-82596600", ["010-8259 6600"], "Q&A platform report line"),
 ("domain", "wxwenzhai.net", ["www.wxwenzhai.net"], "Repost site's own domain"),
 ("email", "wxwenzhai@foxmail.com", ["wxwenzhai@foxmail.com"], "Repost site's takedown e-mail"),
 ("email", "help@kuaikanv.tv", ["help@kuaikanv.tv"], "Video platform service e-mail"),
 ("qq", "800088123", ["800088123"], "Web-template vendor support QQ in two company sites' footers"),
 ("phone", "+8617705912386", ["177 0591 2386"], "Scammer number quoted in news, complaint and a forum comment"),
 ("wechat", "kaozheng_kf99", ["kaozheng_kf99"], "Scam WeChat quoted in warnings and news"),
 ("phone", "+8613320250719", ["13320250719"], "Assessment batch number shaped like a mobile"),
 ("phone", "+8615820240918", ["15820240918"], "Example order number in marketplace help sidebar"),
 ("other", "S000033000125254000318", ["S000033000125254000318"], "Sample certificate number copied by several sellers"),
 ("phone", "0571-86901234", ["0571-8690 1234", "0571-86901234"], "Front desk of a building used as venue by two sellers"),
 ("wechat", "lily_zhang88", ["lily_zhang88"], "A reader's own WeChat posted in comments"),
 ("qq", "365812907", ["365812907"], "A reader's own QQ posted in comments"),
]

# ---------------------------------------------------------------- rendering
def esc_attr(s):
    return s.replace('"', "&quot;")

def site_pages(key):
    return [p for p in P if p["site"] == key]

def index_path(key):
    return "/%s/index.html" % key

SIDEBAR = {
 "corp": "<h3>快速通道</h3><ul><li>在线报名</li><li>证书查询</li><li>补贴申领</li></ul>",
 "mall": "<h3>帮助中心</h3><p>如何查询订单？在“我的订单”输入订单号（如 15820240918）即可。</p><p>平台担保交易，请勿私下转账。</p>",
 "bbs": "<h3>版规</h3><p>禁止发布代考、办证广告，发现请举报。</p>",
 "fenlei": "<h3>免费发布信息</h3><p>联系电话：<input placeholder=\"例：13800138000\"></p><p>发布即表示同意《信息发布规则》</p>",
 "wenda": "<h3>相关问题</h3><p>如何选择培训机构？</p><p>证书怎么查询真伪？</p>",
 "wx": "<h3>热门文章</h3><p>本周阅读排行</p>",
 "video": "<h3>相关推荐</h3><p>更多职场知识视频</p>",
 "news": "<h3>热点排行</h3><p>本周热点</p>",
 "college": "<h3>快速链接</h3><p>校园网</p><p>图书馆</p><p>招生办</p>",
 "gov": "<h3>办事服务</h3><p>职业技能等级证书查询</p><p>补贴申领</p>",
}

def render(p):
    s = SITES[p["site"]]
    st = s["style"]
    menu = "".join('<li><a href="%s">%s</a></li>' % (index_path(p["site"]), m) for m in s["menu"])
    crumbs = '<a href="/index.html">导航</a> &gt; <a href="%s">%s</a> &gt; <span>%s</span>' % (index_path(p["site"]), s["name"], p["title"][:24])
    rel = [q for q in site_pages(p["site"]) if q["path"] != p["path"]][:6]
    related = "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in rel)
    body = p["body"]
    if p.get("listing"):
        body += p["listing"]
    if p["comments"]:
        tag = {"bbs": "回复", "wenda": "评论", "video": "评论"}.get(st, "留言")
        body += '<div class="comments"><h3>%s</h3>' % tag + "".join(
            '<div class="c"><b>%s</b>：%s</div>' % (u, t) for u, t in p["comments"]) + "</div>"
    wrap = {
     "corp": ('<div class="corp-top"><div class="logo">%s</div><ul class="nav">%s</ul></div>', '<div class="corp-main">%s</div>'),
     "mall": ('<div class="mall-head"><div class="search">搜索课程</div><div class="logo">%s</div><ul class="cat">%s</ul></div>', '<div class="goods">%s</div>'),
     "bbs": ('<div id="hd"><h2>%s</h2><ul id="nv">%s</ul></div>', '<div id="ct" class="forum">%s</div>'),
     "fenlei": ('<header class="fl"><span>%s</span><nav>%s</nav></header>', '<section class="detail">%s</section>'),
     "wenda": ('<div class="wd-top">%s<ul>%s</ul></div>', '<div class="wd-main">%s</div>'),
     "wx": ('<div class="wz-head"><b>%s</b><ul>%s</ul></div>', '<article class="rich_media">%s</article>'),
     "video": ('<div class="v-nav"><i>%s</i><ul>%s</ul></div>', '<div class="v-main">%s</div>'),
     "news": ('<div class="masthead"><h2>%s</h2><ul class="channels">%s</ul></div>', '<div class="article">%s</div>'),
     "college": ('<div class="c-head"><div class="school">%s</div><ul class="c-nav">%s</ul></div>', '<div class="c-content">%s</div>'),
     "gov": ('<div class="gov-head"><div class="gh">%s</div><ul class="gov-nav">%s</ul></div>', '<div class="gov-article">%s</div>'),
    }[st]
    html = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>'
            '</head><body class="%s">\n' % (p["title"], st)
            + wrap[0] % (s["name"], menu) + '\n<div class="crumbs">' + crumbs + '</div>\n'
            + '<div class="layout">' + wrap[1] % body
            + '<aside class="side">' + SIDEBAR[st] + '<h3>相关链接</h3><ul>' + related + '</ul></aside></div>\n'
            + '<footer>' + s["footer"] + '</footer>\n</body></html>\n')
    return html

def main():
    # site index pages
    for key, s in SITES.items():
        if key in ("zhiyun", "hengxin"):
            continue  # corporate homepages are offer pages defined above
        idx = dict(path=index_path(key), site=key, title=s["name"] + " - 首页", body="<h1>%s</h1>" % s["name"],
                   is_offer=False, operator=None, provider=None, identifiers=[], note="Site index page of " + s["name"], comments=[])
        P.append(idx)
    for key in SITES:
        ip = index_path(key)
        idx = [p for p in P if p["path"] == ip][0]
        others = [p for p in site_pages(key) if p["path"] != ip]
        idx["listing"] = '<ul class="list">' + "".join('<li><a href="%s">%s</a></li>' % (q["path"], q["title"]) for q in others) + "</ul>"
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    for p in P:
        files[p["path"]] = render(p)
    nav = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body>\n<h1>网址导航</h1><ul>'
           + "".join('<li><a href="%s">%s</a></li>' % (index_path(k), s["name"]) for k, s in SITES.items())
           + "</ul>\n</body></html>\n")
    files["/index.html"] = nav
    for path, html in files.items():
        fp = os.path.join(OUT, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                  note="Navigation page linking every site's index")]
    for p in sorted(P, key=lambda x: x["path"]):
        pages.append({k: p[k] for k in ("path", "is_offer", "operator", "provider", "identifiers", "note")})
        pages[-1]["site_style"] = SITES[p["site"]]["style"]
    pages[0]["site_style"] = "nav"
    ops = {}
    for p in P:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, dict(brands=[], identifiers=[]))
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pg = sorted(path for path, html in files.items() if any(w in html for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pg, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
