#!/usr/bin/env python3
"""12ca: generate a labeled web of terse AI-trainer certificate sellers and the operators behind them.
Standard library only, deterministic."""
import json, os, shutil, re

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------- USCC with valid check characters ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(prefix8, org8):
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    s = sum(v(c) * w for c, w in zip(org8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    s2 = sum(ALPHA.index(ch) * (3 ** i % 31) for i, ch in enumerate(body))
    r = 31 - s2 % 31
    return body + ALPHA[0 if r == 31 else r]

U04_USCC = uscc("91330106", "MA2H4K7Q")
U06_USCC = uscc("91440304", "MA5G8N2W")
VIDEO_USCC = uscc("91110108", "MA01R3K2")
for u in (U04_USCC, U06_USCC, VIDEO_USCC):
    assert re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", u), u

# ---------- site frames ----------
SITES = {
 "bbs": dict(name="职友汇论坛", nav=["首页", "职业资格", "技能培训", "求职招聘", "灌水区"],
    side="<h3>版块热帖</h3><ul><li>2026年技能补贴怎么领</li><li>数据标注到底累不累</li><li>考证经验贴汇总</li></ul><h3>版规</h3><p>禁止发布虚假广告,违者封号。</p>",
    foot="职友汇论坛 zhiyouhui.net · 客服热线:400-880-3321 · 沪ICP备19032871号-2 · 本站帖子仅代表网友个人观点"),
 "fenlei": dict(name="百事通分类信息网", nav=["首页", "教育培训", "招聘", "二手", "生活服务"],
    side="<h3>温馨提示</h3><p>凡要求先付定金、保证金的均需谨慎。</p><h3>热门城市</h3><p>上海 杭州 深圳 广州 武汉</p>",
    foot="百事通分类信息网 · 客服QQ:800062345 · 举报邮箱:jubao@baishitong-fl.com · 本站不对信息真实性负责"),
 "qun": dict(name="群公告精选", nav=["首页", "学习群", "考证群", "兴趣群", "投稿"],
    side="<h3>说明</h3><p>本站收录网友投稿的群公告截图文字,仅供参考。</p>",
    foot="群公告精选 · 本站交流群:620193847 · 投稿请在群内联系管理员"),
 "video": dict(name="快看短视频", nav=["推荐", "关注", "同城", "学习", "我的"],
    side="<h3>相关推荐</h3><p>更多 #职业技能 视频</p>",
    foot="快看短视频 · 营业执照:" + VIDEO_USCC + " · 违法和不良信息举报电话:010-82596610"),
 "profile": dict(name="知圈", nav=["发现", "圈子", "话题", "消息", "我"],
    side="<h3>推荐关注</h3><ul><li>职场小助手</li><li>AI日报</li></ul>",
    foot="知圈 zhiquan.cn · 举报邮箱 jubao@zhiquan.cn · 京ICP备2021004518号"),
 "wenda": dict(name="问学网", nav=["首页", "职业教育", "考证", "IT", "提问"],
    side="<h3>相关问题</h3><ul><li>数据标注员四级难不难</li><li>技能证书能抵个税吗</li><li>人工智能训练师有用吗</li></ul>",
    foot="问学网 · 客服电话 400-626-7890 · 邮箱 help@wenxue.net · 回答仅代表答主观点"),
 "mp": dict(name="微文聚", nav=["首页", "职场", "教育", "科技", "本地"],
    side="<h3>阅读排行</h3><ol><li>新职业清单又更新了</li><li>这些证书已经不能考了</li></ol>",
    foot="微文聚 · 本站内容转载自微信公众号,版权归原作者 · 侵权联系 qinquan@weiwenju.com"),
 "shop": dict(name="优选课堂", nav=["全部课程", "职业技能", "IT编程", "语言", "购物车"],
    side="<h3>购买须知</h3><p>虚拟课程一经开通不支持退款,请咨询后下单。</p>",
    foot="优选课堂 · 平台客服 400-108-5577 · 技术支持:云站宝 www.yunzhanbao.com"),
 "news": dict(name="职场时报", nav=["首页", "政策", "就业", "维权", "专题"],
    side="<h3>专题</h3><ul><li>新职业观察</li><li>技能中国行动</li></ul>",
    foot="职场时报 · 本网稿件未经授权不得转载"),
 "school": dict(name="江城职业技术学院继续教育学院", nav=["学院首页", "培训项目", "技能认定", "通知公告", "联系我们"],
    side="<h3>快速通道</h3><ul><li>认定报名</li><li>成绩查询</li><li>证书领取</li></ul>",
    foot="江城职业技术学院继续教育学院 · 地址:江城市高新区学府路88号 · 技术支持:云站宝 yunzhanbao.com"),
}

PAGES = []  # dicts: path, site, title, main, truth fields

def P(path, site, title, main, op=None, brand=None, ids=(), note="", comments=()):
    PAGES.append(dict(path=path, site=site, title=title, main=main, op=op, brand=brand,
                      ids=[list(i) for i in ids], note=note, comments=list(comments)))

# ================= OFFERS =================
# ---- U01: phone +8615821907436, QQ 2837461950, wechat zxjy_ai2026
P("/fenlei/info-30817.html", "fenlei", "人工智能训练师四级三级报名", 
  "<table class='info'><tr><th>类别</th><td>教育培训/职业技能</td></tr><tr><th>区域</th><td>上海-闵行</td></tr>"
  "<tr><th>发布者</th><td>智训教育</td></tr><tr><th>联系人</th><td>张老师</td></tr><tr><th>电话</th><td>158 2190 7436</td></tr></table>"
  "<p>人工智能训练师四级、三级报名中,考点可安排。</p>",
  "U01", "智训教育", [("phone", "+8615821907436", "158 2190 7436")], "one-line classified, phone only")
P("/profile/u-qiming.html", "profile", "启明职培的个人主页",
  "<div class='card'><h2>启明职培</h2><p class='bio'>简介:人工智能训练师报考咨询|电话15821907436微信同号|Q:二八三七四六一九五零</p>"
  "<p>关注 12 · 粉丝 318 · 获赞 1046</p></div><h3>动态</h3><p>四月批次还有名额。</p>",
  "U01", "启明职培", [("phone", "+8615821907436", "15821907436"), ("wechat", "15821907436", "15821907436微信同号"),
                      ("qq", "2837461950", "二八三七四六一九五零")], "profile bio, phone=wechat, QQ in Chinese numerals")
P("/qun/notice-2207.html", "qun", "新程AI学堂 群公告",
  "<blockquote>【群公告】新程AI学堂 人工智能训练师五级/四级 四月批次开班,报名私聊群主,或加Q 2837 461 950,微信 zxjy_ai2026。请勿在群内发广告。</blockquote>",
  "U01", "新程AI学堂", [("qq", "2837461950", "2837 461 950"), ("wechat", "zxjy_ai2026", "zxjy_ai2026")], "group notice")
P("/video/v-88231.html", "video", "AI训练师证书了解一下",
  "<div class='player'>[视频] 00:37</div><p class='caption'>AI训练师证书了解一下 #人工智能训练师 #数据标注 认定批次号13260415002 已排满,下批看主页</p>"
  "<div class='author'>@北辰技能服务 · 简介:微信 ZXJY_AI2026</div>",
  "U01", "北辰技能服务", [("wechat", "zxjy_ai2026", "ZXJY_AI2026")], "video caption, wechat with changed case",
  comments=[("小鱼", "多少钱"), ("北辰技能服务", "看简介私")])

# ---- U02: phone +8617730581264, email dingxin_cert@163.com, domain hzrc-ai.cn
P("/bbs/thread-58213.html", "bbs", "人工智能训练师证 人社部颁发 全国联网可查",
  "<div class='post'><p>人工智能训练师证,人社部颁发,全国联网可查,包过。有需要的私。</p><p>华智人才 +86 177-3058-1264 官网 hzrc-ai.cn</p></div>",
  "U02", "华智人才", [("phone", "+8617730581264", "+86 177-3058-1264"), ("domain", "hzrc-ai.cn", "hzrc-ai.cn")],
  "forum ad, suspicious", comments=[("lily", "求带,我微信lily_0923"), ("路人甲", "人社部不发证书吧")])
P("/mp/art-20260311.html", "mp", "人工智能训练师三级,免考直接下证?",
  "<p class='src'>来源:鼎信认证服务中心 公众号</p><p>人工智能训练师三级 免考试直接下证,可用于落户加分。证书在 zscx.osta.org.cn 可查。</p>"
  "<p>官网:hzrc-ai 点 cn(复制到浏览器打开)</p>",
  "U02", "鼎信认证服务中心", [("domain", "hzrc-ai.cn", "hzrc-ai 点 cn")], "wechat repost, domain spelled with 点")
P("/shop/item-6621.html", "shop", "人工智能训练师 报名服务",
  "<div class='goods'><h2>人工智能训练师 报名服务(价格面议)</h2><p>店铺:优学职通</p><p>证书样本编号 Y000031010234265000218</p>"
  "<p>电话 １７７３０５８１２６４ 资料发 dingxin_cert@163.com</p></div>",
  "U02", "优学职通", [("phone", "+8617730581264", "１７７３０５８１２６４"), ("email", "dingxin_cert@163.com", "dingxin_cert@163.com")],
  "marketplace item, full-width phone")
P("/wenda/a-3391.html", "wenda", "回答:没有工作经验能直接考人工智能训练师三级吗",
  "<div class='q'>问:没有工作经验能直接考人工智能训练师三级吗?</div><div class='a'><b>鼎信认证服务中心</b>:可以直接报三级,不看年限。邮箱 dingxin_cert at 163 dot com</div>",
  "U02", "鼎信认证服务中心", [("email", "dingxin_cert@163.com", "dingxin_cert at 163 dot com")], "two-sentence answer, e-mail spelled out")

# ---- U03: landline 021-64872093, wechat xingtu_kefu8, qq group 738291045
P("/qun/notice-3105.html", "qun", "领航数智学院 学员群公告",
  "<blockquote>本群为领航数智学院人工智能训练师学员群(群号:738291045),四月班报名找群主,进群请改备注。</blockquote>",
  "U03", "领航数智学院", [("qq_group", "738291045", "738291045")], "group notice")
P("/video/v-90417.html", "video", "数据标注员四级周末班",
  "<div class='player'>[视频] 00:21</div><p class='caption'>数据标注员四级 周末班 📍上海 想了解的进群 7382 91045</p>"
  "<div class='author'>@云帆技能 · 简介:V Xingtu_Kefu8</div>",
  "U03", "云帆技能", [("qq_group", "738291045", "7382 91045"), ("wechat", "xingtu_kefu8", "Xingtu_Kefu8")], "video caption")
P("/profile/u-xingtu.html", "profile", "星途教育的个人主页",
  "<div class='card'><h2>星途教育</h2><p class='bio'>简介:上海人工智能训练师培训 电话 021-64872093 微信 xingtu_kefu8</p>"
  "<p>关注 3 · 粉丝 87 · 获赞 152</p></div>",
  "U03", "星途教育", [("phone", "021-64872093", "021-64872093"), ("wechat", "xingtu_kefu8", "xingtu_kefu8")], "profile bio")
P("/mp/art-20260218.html", "mp", "2026年人工智能训练师四级/三级培训招生",
  "<p class='src'>来源:领航数智学院</p><p>四级、三级滚动开班,线下实操。符合条件的可申请技能提升补贴。</p>"
  "<p>咨询电话:(021)64872093</p><p class='form'>在线报名(报名表单由 表单大师 biaodandashi.com 提供)</p>",
  "U03", "领航数智学院", [("phone", "021-64872093", "(021)64872093")], "wechat repost, landline with brackets")

# ---- U04: phone +8613657014829, USCC
P("/fenlei/info-31122.html", "fenlei", "人工智能训练师培训 杭州",
  "<table class='info'><tr><th>类别</th><td>教育培训</td></tr><tr><th>区域</th><td>杭州-西湖</td></tr><tr><th>发布者</th><td>众创AI培训</td></tr>"
  "<tr><th>电话</th><td>136 5701 4829</td></tr></table><p>人工智能训练师培训,小班。</p>",
  "U04", "众创AI培训", [("phone", "+8613657014829", "136 5701 4829")], "one-line classified")
P("/shop/item-7012.html", "shop", "人工智能训练师五级 培训+认定",
  "<div class='goods'><h2>人工智能训练师五级 培训+认定 ¥1680</h2><p>店铺:博雅职业技能</p><p>含认定费,可按规定申请技能提升补贴。</p>"
  "<p>电话 一三六五七零一四八二九</p><p>资质:统一社会信用代码 " + U04_USCC + "</p>"
  "<form>手机号 <input placeholder='如:138-0000-0000'></form></div>",
  "U04", "博雅职业技能", [("phone", "+8613657014829", "一三六五七零一四八二九"), ("uscc", U04_USCC, U04_USCC)],
  "marketplace item with price, phone in Chinese numerals")
P("/mp/art-20260305.html", "mp", "杭州人工智能训练师认定报名通知",
  "<p class='src'>来源:杭州博众教育科技有限公司</p><p>主办单位:杭州博众教育科技有限公司(统一社会信用代码:" + U04_USCC + ")</p>"
  "<p>考点电话 0571-87023365;证书可在 jndj.osta.org.cn 查询。</p>",
  "U04", "杭州博众教育科技有限公司", [("uscc", U04_USCC, U04_USCC)], "wechat repost, tied by USCC only")

# ---- U05: QQ 1569302847, email 1569302847@qq.com, wechat yikaotong666
P("/wenda/a-3420.html", "wenda", "回答:人工智能训练师不考试能拿证吗",
  "<div class='q'>问:人工智能训练师不考试能拿证吗?</div><div class='a'><b>易考通</b>:可以,走内部通道。加Q:1569 302 847</div>",
  "U05", "易考通", [("qq", "1569302847", "1569 302 847")], "two-sentence answer")
P("/bbs/thread-58477.html", "bbs", "人工智能训练师高级技师 零基础 免考",
  "<div class='post'><p>人工智能训练师高级技师,零基础,免考,15个工作日出证。</p><p>金钥匙证书服务,资料发邮箱 1569302847＠qq.com</p></div>",
  "U05", "金钥匙证书服务", [("email", "1569302847@qq.com", "1569302847＠qq.com"), ("qq", "1569302847", "1569302847")],
  "forum ad, QQ mail with full-width at")
P("/video/v-91562.html", "video", "证书加急",
  "<div class='player'>[视频] 00:12</div><p class='caption'>证书加急 详情看简介</p><div class='author'>@职达 · 简介:wx YiKaoTong666 / Q 1569302847</div>",
  "U05", "职达", [("wechat", "yikaotong666", "YiKaoTong666"), ("qq", "1569302847", "1569302847")], "video caption",
  comments=[("lily", "怎么收费,我微信lily_0923"), ("阿飞", "真的假的")])

# ---- U06: phone +8618926473051, wechat shenlan_ai88, USCC
P("/profile/u-shenlan.html", "profile", "深蓝AI训练营的个人主页",
  "<div class='card'><h2>深蓝AI训练营</h2><p class='bio'>简介:深圳|数据标注/人工智能训练师四级实操班|189 2647 3051</p><p>关注 9 · 粉丝 402 · 获赞 777</p></div>",
  "U06", "深蓝AI训练营", [("phone", "+8618926473051", "189 2647 3051")], "profile bio")
P("/wenda/a-3512.html", "wenda", "回答:人工智能训练师四级报考条件",
  "<div class='q'>问:人工智能训练师四级报考条件是什么?</div><div class='a'><b>新职人</b>:四级要先满足工作年限,不够可先报五级,也可打12333核实。有问题打189-2647-3051。</div>",
  "U06", "新职人", [("phone", "+8618926473051", "189-2647-3051")], "two-sentence honest answer")
P("/qun/notice-3318.html", "qun", "启航数据标注学院 群公告",
  "<blockquote>启航数据标注学院:本周六数据标注实操课照常,请假找班主任微信 shenlan_ai88。</blockquote>",
  "U06", "启航数据标注学院", [("wechat", "shenlan_ai88", "shenlan_ai88")], "group notice")
P("/shop/item-7155.html", "shop", "人工智能训练师四级 培训",
  "<div class='goods'><h2>人工智能训练师四级 培训 ¥2380</h2><p>店铺:蓝鲸技能</p><p>客服微信 ShenLan_AI88 电话 幺八九 二六四七 三零五一</p>"
  "<p>开票主体统一社会信用代码 " + U06_USCC + "</p></div>",
  "U06", "蓝鲸技能", [("wechat", "shenlan_ai88", "ShenLan_AI88"), ("phone", "+8618926473051", "幺八九 二六四七 三零五一"),
                      ("uscc", U06_USCC, U06_USCC)], "marketplace item with price")

# ---- U07: landline 0755-86274310, email kf@dongliangedu.com, domain dongliangedu.com
P("/mp/art-20260322.html", "mp", "深圳人工智能训练师三级周末班",
  "<p class='src'>来源:栋梁教育</p><p>三级周末班开课,详情看官网。</p><p>了解更多:dongliangedu 点 com</p>",
  "U07", "栋梁教育", [("domain", "dongliangedu.com", "dongliangedu 点 com")], "wechat repost, domain spelled")
P("/bbs/thread-58702.html", "bbs", "深圳 人工智能训练师三级 周末班",
  "<div class='post'><p>智联职培 深圳人工智能训练师三级周末班。</p><p>联系 kf@dongliangedu.com 或 (0755) 8627 4310</p></div>",
  "U07", "智联职培", [("email", "kf@dongliangedu.com", "kf@dongliangedu.com"), ("domain", "dongliangedu.com", "dongliangedu.com"),
                      ("phone", "0755-86274310", "(0755) 8627 4310")], "forum post",
  comments=[("考证小白", "已私信,我QQ 564738291"), ("楼主", "已回")])
P("/fenlei/info-31406.html", "fenlei", "人工智能训练师培训 福田",
  "<table class='info'><tr><th>类别</th><td>教育培训</td></tr><tr><th>区域</th><td>深圳-福田</td></tr><tr><th>发布者</th><td>鹏城技能学堂</td></tr>"
  "<tr><th>电话</th><td>0755-86274310</td></tr></table><p>人工智能训练师培训。</p>",
  "U07", "鹏城技能学堂", [("phone", "0755-86274310", "0755-86274310")], "one-line classified, landline")

# ---- U08: phone +8615038627419, QQ 3051829764, payee 王志强
P("/video/v-92008.html", "video", "人工智能训练师 包过",
  "<div class='player'>[视频] 00:15</div><p class='caption'>人社部颁发 人工智能训练师 包过 ☎+86 150 3862 7419</p><div class='author'>@中科智培</div>",
  "U08", "中科智培", [("phone", "+8615038627419", "+86 150 3862 7419")], "video caption, suspicious")
P("/qun/notice-3460.html", "qun", "天元认证 群公告",
  "<blockquote>天元认证:认定批次号13260415002。报名费转账请备注姓名,收款人:王志强。QQ 3051829764 电话 150-3862-7419。</blockquote>",
  "U08", "天元认证", [("qq", "3051829764", "3051829764"), ("phone", "+8615038627419", "150-3862-7419"), ("other", "王志强", "收款人:王志强")],
  "group notice with payee")
P("/wenda/a-3577.html", "wenda", "回答:哪里能办人工智能训练师证",
  "<div class='q'>问:哪里能办人工智能训练师证?</div><div class='a'><b>国职在线</b>:可以办,扣扣3051829764。付款到王志强名下就行。</div>",
  "U08", "国职在线", [("qq", "3051829764", "3051829764"), ("other", "王志强", "王志强")], "two-sentence answer")

# ---- U09: wechat mingde_px01, phone +8613387520964, email mingdepx@126.com
P("/profile/u-honghu.html", "profile", "鸿鹄AI的个人主页",
  "<div class='card'><h2>鸿鹄AI</h2><p class='bio'>简介:人工智能训练师 数据标注员 报名|邮箱 mingdepx艾特126.com</p><p>关注 1 · 粉丝 56 · 获赞 40</p></div>",
  "U09", "鸿鹄AI", [("email", "mingdepx@126.com", "mingdepx艾特126.com")], "profile bio, e-mail spelled")
P("/fenlei/info-31590.html", "fenlei", "人工智能训练师 报名",
  "<table class='info'><tr><th>类别</th><td>教育培训</td></tr><tr><th>区域</th><td>杭州-拱墅</td></tr><tr><th>发布者</th><td>未来智造</td></tr>"
  "<tr><th>微信</th><td>MingDe_PX01</td></tr><tr><th>电话</th><td>133 8752 0964</td></tr></table><p>人工智能训练师报名,考点电话 0571-87023365。</p>",
  "U09", "未来智造", [("wechat", "mingde_px01", "MingDe_PX01"), ("phone", "+8613387520964", "133 8752 0964")], "classified")
P("/mp/art-20260401.html", "mp", "明德职业培训学校 人工智能训练师开班",
  "<p class='src'>来源:明德职业培训学校</p><p>人工智能训练师五级、四级开班。</p><p>咨询:13387520964(微信同号) 邮箱 mingdepx@126.com</p>"
  "<p class='form'>报名表单由 表单大师 biaodandashi.com 提供</p>",
  "U09", "明德职业培训学校", [("phone", "+8613387520964", "13387520964"), ("wechat", "13387520964", "13387520964(微信同号)"),
                            ("email", "mingdepx@126.com", "mingdepx@126.com")], "wechat repost")

# ---- independents
P("/school/ai-trainer-peixun.html", "school", "人工智能训练师(四级/三级)培训与认定招生",
  "<h2>人工智能训练师(4-04-05-05)培训与认定</h2><p>我院为备案评价机构,开展四级、三级认定。培训费:四级1500元,三级1900元;认定费另按规定收取。</p>"
  "<p>我院备案信息见 pjjg.osta.org.cn,证书可在 zscx.osta.org.cn 查询。</p><p>报名咨询:027-87654410(李老师,工作日)</p>"
  "<form>手机号 <input placeholder='如:138-0000-0000'> <button>提交</button></form><p class='form'>表单技术:表单大师 biaodandashi.com</p>",
  "I01", "江城职业技术学院继续教育学院", [("phone", "027-87654410", "027-87654410")], "school page, honest, prices")
P("/fenlei/info-31744.html", "fenlei", "代报人工智能训练师五级",
  "<table class='info'><tr><th>类别</th><td>教育培训</td></tr><tr><th>区域</th><td>武汉-洪山</td></tr><tr><th>发布者</th><td>个人</td></tr>"
  "<tr><th>电话</th><td>152 1038 6647</td></tr></table><p>代报人工智能训练师五级,有需要联系。</p>",
  "I02", "个人", [("phone", "+8615210386647", "152 1038 6647")], "one-line classified")
P("/video/v-92311.html", "video", "数据标注员四级考完了",
  "<div class='player'>[视频] 00:48</div><p class='caption'>数据标注员四级考完了,开个小班,想一起学的dd我</p><div class='author'>@AI小林老师 · vx: linlaoshi_ai</div>",
  "I03", "AI小林老师", [("wechat", "linlaoshi_ai", "linlaoshi_ai")], "video caption")
P("/profile/u-kexin.html", "profile", "可心职业咨询的个人主页",
  "<div class='card'><h2>可心职业咨询</h2><p class='bio'>简介:人工智能训练师/数据标注员报考咨询 Q 1046728593</p><p>关注 20 · 粉丝 133 · 获赞 98</p></div>",
  "I04", "可心职业咨询", [("qq", "1046728593", "1046728593")], "profile bio")
P("/wenda/a-3610.html", "wenda", "回答:人工智能训练师四级培训多少钱",
  "<div class='q'>问:人工智能训练师四级培训多少钱?</div><div class='a'><b>乐培教育</b>:我们有四级班,学费2600含认定费。邮箱 lepei_edu@sina.com</div>",
  "I05", "乐培教育", [("email", "lepei_edu@sina.com", "lepei_edu@sina.com")], "two-sentence answer with price")
P("/bbs/thread-58855.html", "bbs", "广州 人工智能训练师四级 小班",
  "<div class='post'><p>华南数标培训,广州人工智能训练师四级小班,020-3862 9154。</p></div>",
  "I06", "华南数标培训", [("phone", "020-38629154", "020-3862 9154")], "forum post")

# ================= NON-OFFERS =================
P("/news/rsj-warning.html", "news", "人社部门提醒:警惕“人工智能训练师”山寨证书",
  "<p>近日,有群众反映接到“人工智能训练师证书包过、免考”推销。人社部门提醒:职业技能等级证书由备案评价机构颁发,人社部不直接颁发;"
  "可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询。</p><p>据群众提供,涉事推销号码为 171 9835 2604,QQ 2209183746,所出示“证书”编号 Y000031010234265000218 查无此证。</p>"
  "<p>如遇虚假宣传可拨打 12315 投诉,政策咨询请拨打 12333。</p>", note="人社 warning quoting a scammer's contacts")
P("/news/policy-ai-trainer.html", "news", "人工智能训练师:新职业怎么考",
  "<p>人工智能训练师(职业编码4-04-05-05)设五个等级,含数据标注员、人工智能算法测试员两个工种。五级要求累计从事本职业或相关职业工作1年以上。</p>"
  "<p>某市公布的2026年第二次认定计划中,认定批次号13260415002为人工智能训练师四级。</p>", note="policy explainer")
P("/bbs/thread-complaint.html", "bbs", "【曝光】交了3800说包过,结果人联系不上了",
  "<div class='post'><p>去年底在网上看到人工智能训练师包过,对方电话17198352604,QQ:2209183746,交了3800后拉黑。</p>"
  "<p>已打12315和12345,大家别上当。</p></div>", note="complaint quoting a scammer",
  comments=[("考证小白", "我也差点被骗,我QQ 564738291 一起维权"), ("版主", "已置顶")])
P("/wenda/q-2981.html", "wenda", "人工智能训练师证去哪里考靠谱?",
  "<div class='q'>问:人工智能训练师(4-04-05-05)证去哪里考靠谱?网上好多说包过的。</div>"
  "<div class='a'><b>热心网友</b>:找备案的评价机构,名单在 pjjg.osta.org.cn,证书能在 zscx.osta.org.cn 查。</div>"
  "<div class='a'><b>路过</b>:打12333问当地人社。</div>", note="learner's question, helpful answers only")
P("/fenlei/job-31801.html", "fenlei", "招聘 数据标注员 若干",
  "<table class='info'><tr><th>类别</th><td>招聘/IT</td></tr><tr><th>区域</th><td>武汉-江夏</td></tr><tr><th>公司</th><td>新标数据科技</td></tr>"
  "<tr><th>邮箱</th><td>hr@xinbiao-data.com</td></tr></table><p>招数据标注员,月薪4500-6000,有人工智能训练师证书优先。</p>", note="job ad")
P("/shop/item-python.html", "shop", "Python零基础入门 30讲",
  "<div class='goods'><h2>Python零基础入门 30讲 ¥199</h2><p>店铺:码上学</p><p>适合零基础,含课后练习。</p></div>", note="unrelated course")
P("/mp/art-policy-subsidy.html", "mp", "技能提升补贴怎么领?一文看懂",
  "<p class='src'>来源:某地人社 公众号</p><p>参保满1年的职工取得五级、四级、三级职业技能等级证书,可分别申领最高1000、1500、2000元补贴。"
  "证书信息可在 jndj.osta.org.cn 核验。</p><p>咨询电话 12333,投诉建议 12345。</p>", note="policy explainer")

INDEX_NOTES = {"bbs": "forum board list", "fenlei": "classifieds list", "qun": "group-notice list", "video": "video feed",
               "profile": "profile directory", "wenda": "Q&A list", "mp": "article list", "shop": "course list",
               "news": "news list", "school": "school home"}

# ---------- render ----------
CSS = "body{font-family:sans-serif;margin:0}header,footer{background:#f2f2f2;padding:8px}main{display:flex}article{flex:3;padding:10px}aside{flex:1;padding:10px;border-left:1px solid #ddd}"

def esc_title(t): return t.replace("&", "&amp;").replace("<", "&lt;")

def frame(site, title, main, extra=""):
    s = SITES[site]
    nav = " | ".join("<a href='/%s/index.html'>%s</a>" % (site, n) if i == 0 else "<span>%s</span>" % n for i, n in enumerate(s["nav"]))
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>%s - %s</title><style>%s</style></head><body>"
            "<header><b>%s</b> <nav>%s | <a href='/index.html'>返回导航</a></nav></header><main><article><h1>%s</h1>%s%s</article>"
            "<aside>%s</aside></main><footer>%s</footer></body></html>\n") % (
        esc_title(title), s["name"], CSS, s["name"], nav, esc_title(title), main, extra, s["side"], s["foot"])

def main():
    if os.path.exists(SITE): shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES: by_site.setdefault(p["site"], []).append(p)
    files = {}
    for site, pages in by_site.items():
        for i, p in enumerate(pages):
            rel = [q for q in pages if q is not p][:3]
            extra = ""
            if p["comments"]:
                extra += "<section class='comments'><h3>评论(%d)</h3>" % len(p["comments"]) + "".join(
                    "<p><b>%s</b>:%s</p>" % c for c in p["comments"]) + "</section>"
            extra += "<section class='related'><h3>相关</h3><ul>" + "".join(
                "<li><a href='%s'>%s</a></li>" % (q["path"], esc_title(q["title"])) for q in rel) + "</ul></section>"
            meta = "<p class='meta'>发布于 2026-0%d-%02d · 浏览 %d</p>" % (1 + i % 4, 3 + 2 * i, 120 + 37 * i)
            files[p["path"]] = frame(site, p["title"], meta + p["main"], extra)
        idx = "<ul>" + "".join("<li><a href='%s'>%s</a></li>" % (q["path"], esc_title(q["title"])) for q in pages) + "</ul>"
        files["/%s/index.html" % site] = frame(site, SITES[site]["name"] + " 首页", idx)
    root = ("<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>网址导航</title></head><body><h1>网址导航</h1><ul>" +
            "".join("<li><a href='/%s/index.html'>%s</a></li>" % (k, v["name"]) for k, v in SITES.items()) + "</ul></body></html>\n")
    files["/index.html"] = root
    for path, html in sorted(files.items()):
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")

    # ---------- decoys: written forms; paths found by scanning ----------
    D = [
     ("phone", "12333", "人社 public hotline", ["12333"]),
     ("phone", "12315", "market-regulation complaint hotline", ["12315"]),
     ("phone", "12345", "government service hotline", ["12345"]),
     ("domain", "zscx.osta.org.cn", "official certificate query site", ["zscx.osta.org.cn"]),
     ("domain", "jndj.osta.org.cn", "official certificate query site", ["jndj.osta.org.cn"]),
     ("domain", "pjjg.osta.org.cn", "official list of evaluation institutions", ["pjjg.osta.org.cn"]),
     ("phone", "4008803321", "forum platform customer service, in footer", ["400-880-3321"]),
     ("other", "沪ICP备19032871号-2", "forum platform ICP licence, in footer", ["沪ICP备19032871号-2"]),
     ("domain", "zhiyouhui.net", "forum platform domain, in footer", ["zhiyouhui.net"]),
     ("qq", "800062345", "classifieds platform customer-service QQ", ["800062345"]),
     ("email", "jubao@baishitong-fl.com", "classifieds platform report e-mail", ["jubao@baishitong-fl.com"]),
     ("qq_group", "620193847", "group-notice site's own QQ group", ["620193847"]),
     ("uscc", VIDEO_USCC, "video platform business licence", [VIDEO_USCC]),
     ("phone", "010-82596610", "video platform report hotline", ["010-82596610"]),
     ("email", "jubao@zhiquan.cn", "profile platform report e-mail", ["jubao@zhiquan.cn"]),
     ("other", "京ICP备2021004518号", "profile platform ICP licence", ["京ICP备2021004518号"]),
     ("phone", "4006267890", "Q&A platform customer service", ["400-626-7890"]),
     ("email", "help@wenxue.net", "Q&A platform e-mail", ["help@wenxue.net"]),
     ("email", "qinquan@weiwenju.com", "repost site copyright e-mail", ["qinquan@weiwenju.com"]),
     ("domain", "yunzhanbao.com", "site-builder credit", ["yunzhanbao.com"]),
     ("phone", "4001085577", "marketplace platform customer service", ["400-108-5577"]),
     ("domain", "biaodandashi.com", "form-tool credit", ["biaodandashi.com"]),
     ("phone", "+8613800000000", "template placeholder in a signup form", ["138-0000-0000"]),
     ("phone", "+8617198352604", "scammer's number quoted in a warning and a complaint", ["171 9835 2604", "17198352604"]),
     ("qq", "2209183746", "scammer's QQ quoted in a warning and a complaint", ["2209183746"]),
     ("other", "13260415002", "assessment batch number that looks like a mobile", ["13260415002"]),
     ("other", "Y000031010234265000218", "certificate number (sample)", ["Y000031010234265000218"]),
     ("phone", "0571-87023365", "assessment venue number quoted by unrelated sellers", ["0571-87023365"]),
     ("wechat", "lily_0923", "a reader's own WeChat in comments", ["lily_0923"]),
     ("qq", "564738291", "a reader's own QQ in comments", ["564738291"]),
     ("other", "4-04-05-05", "occupation code", ["4-04-05-05"]),
    ]
    decoys = []
    for kind, val, note, written in D:
        paths = sorted(p for p, h in files.items() if any(w in h for w in written))
        assert len(paths) >= 2, (val, paths)
        decoys.append(dict(kind=kind, value=val, note=note, written=written, paths=paths))

    tp = []
    for path in sorted(files):
        p = next((q for q in PAGES if q["path"] == path), None)
        if p is None:
            site = path.strip("/").split("/")[0]
            tp.append(dict(path=path, is_offer=False, operator=None, provider=None, identifiers=[],
                           note="root index" if path == "/index.html" else INDEX_NOTES[site]))
            continue
        offer = p["op"] is not None
        for k, v, w in p["ids"]: assert w in files[path], (path, w)
        tp.append(dict(path=path, is_offer=offer, operator=p["op"], provider=p["brand"], identifiers=p["ids"], note=p["note"]))
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], dict(brands=[], vals={}))
            if p["brand"] not in o["brands"]: o["brands"].append(p["brand"])
            for k, v, w in p["ids"]: o["vals"].setdefault((k, v), set()).add(p["path"])
    operators = []
    for oid in sorted(ops):
        o = ops[oid]
        shared = ["%s %s" % kv for kv, ps in sorted(o["vals"].items()) if len(ps) > 1]
        operators.append([oid, dict(brands=o["brands"], ties="shared: " + "; ".join(shared))])
    truth = dict(description="12ca: terse, priceless AI-trainer certificate sellers (classified one-liners, group notices, video captions, profile bios, two-sentence answers) tied only by variously written contacts",
                 pages=tp, operators=operators, decoys=decoys)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("pages", len(tp), "offers", sum(t["is_offer"] for t in tp), "operators", len(operators), "decoys", len(decoys))

if __name__ == "__main__":
    main()
