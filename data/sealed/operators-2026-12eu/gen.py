#!/usr/bin/env python3
"""Generate a small labeled web of Chinese AI-trainer (人工智能训练师 4-04-05-05) certificate
pages plus truth.json. Standard library only, fully deterministic."""
import json, os, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100) with valid GB 11714 org-code check ----------
ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix8, org8):
    first17 = prefix8 + org8 + org_check(org8)
    s = sum(ALPH.index(ch) * W18[i] for i, ch in enumerate(first17))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return first17 + ALPH[r]

USCC_U01 = uscc("91350102", "MA2YK7L3")
USCC_U03 = uscc("91110108", "MA01RB5N")
USCC_U06 = uscc("91130104", "MA0DW6T2")

# ---------- sites ----------
SITES = {
 "kecheng": dict(name="学途课堂", style="course marketplace", color="#e8552d",
   menu=["首页", "职业资格", "IT互联网", "人工智能", "考证专区", "机构入驻"],
   side="<h4>免费领取报考资料</h4><form><label>手机号</label><input placeholder=\"例:13800138000\"><button>立即领取</button></form><p>已有 12,840 人领取</p>",
   foot="学途课堂 www.xuetuketang.com ｜ 客服热线 400-870-2266(9:00-21:00) ｜ 投诉邮箱 kefu@xuetuketang.com ｜ 闽ICP备19008821号-2 ｜ 平台仅提供信息展示,课程由入驻机构提供"),
 "wx": dict(name="微读网·公众号文章精选", style="WeChat-article reposts", color="#07c160",
   menu=["首页", "职场", "教育", "科技", "本地", "投稿"],
   side="<h4>热门文章</h4><ul><li>2026年哪些证书含金量高?</li><li>新职业目录解读</li><li>技能补贴怎么领</li></ul>",
   foot="微读网 weidu365.cn 转载文章版权归原公众号所有,如有侵权请联系 tougao@weidu365.cn 删除 ｜ 闽ICP备20011673号"),
 "dy": dict(name="抖快视频 网页版", style="short-video pages", color="#111",
   menu=["推荐", "关注", "同城·福州", "同城·石家庄", "知识", "直播"],
   side="<h4>相关推荐</h4><p>▶ 0基础转行AI 12.3万播放</p><p>▶ 数据标注一天能赚多少 8.9万播放</p>",
   foot="抖快视频 dkvideo.cn ｜ 违法和不良信息举报:jubao@dkvideo.cn ｜ 网络文化经营许可证 京网文〔2024〕0132-007号"),
 "blog": dict(name="老周的AI笔记", style="personal blog", color="#335",
   menu=["首页", "AI入门", "考证记录", "读书", "关于我"],
   side="<h4>关于博主</h4><p>老周,福州,前外包数据标注组长,现在做NLP。写点踩坑记录。</p><h4>标签</h4><p>人工智能训练师 数据标注 考证 防骗</p>",
   foot="© 2026 老周的AI笔记 · 本站文章仅代表个人观点 · Powered by Typecho"),
 "college": dict(name="福州信息职业技术学院 继续教育学院", style="college site", color="#8b0000",
   menu=["学院首页", "学院概况", "社会培训", "技能等级认定", "通知公告", "联系我们"],
   side="<h4>快速通道</h4><ul><li>职业技能等级认定</li><li>社会培训报名</li><li>证书查询</li></ul>",
   foot="福州信息职业技术学院 地址:福州市闽侯县上街镇学府路 ｜ 学院总机 0591-22868000 ｜ 闽ICP备05014328号"),
 "bbs": dict(name="燕赵生活论坛", style="forum", color="#2a5db0",
   menu=["首页", "石家庄杂谈", "求职招聘", "教育培训", "二手交易", "版务"],
   side="<h4>版块公告</h4><p>教育培训版禁止发布虚假证书广告,发现请举报。</p><h4>今日热帖</h4><p>裕华区租房避坑</p>",
   foot="燕赵生活论坛 ｜ 官方QQ群:587204316 ｜ 冀ICP备17031562号-1 ｜ 论坛言论仅代表网友个人观点"),
 "fenlei": dict(name="石家庄百姓信息网", style="classifieds", color="#f60",
   menu=["首页", "招聘", "房产", "教育培训", "本地服务", "免费发布"],
   side="<h4>快速留言</h4><form><label>联系电话</label><input placeholder=\"例:13800138000\"><button>提交</button></form><p>提醒:先付款后发证的多为骗局</p>",
   foot="石家庄百姓信息网 ｜ 客服 0311-66018899 ｜ 消费维权请拨打 12315 ｜ 冀ICP备12008764号"),
 "wenda": dict(name="知了问答", style="Q&A", color="#0084ff",
   menu=["首页", "发现", "教育", "职场", "提问"],
   side="<h4>相关问题</h4><ul><li>数据标注员和人工智能训练师什么关系?</li><li>技能等级证书怎么查真假?</li></ul>",
   foot="知了问答 zhiliaowenda.com ｜ 回答内容为用户个人观点,不代表平台立场 ｜ 京ICP备18056630号"),
 "rsj": dict(name="闽都人社·通知公告", style="人社局-style notice site", color="#b30000",
   menu=["首页", "政务公开", "通知公告", "政策解读", "办事服务", "互动交流"],
   side="<h4>便民服务</h4><p>人社服务热线:12333</p><p>证书查询:技能人才评价证书全国联网查询</p>",
   foot="主办:闽都区人力资源和社会保障局 ｜ 咨询电话:0591-87600129 ｜ 人社服务热线 12333 ｜ 闽ICP备10203344号"),
 "mzpx": dict(name="闽智数科·人工智能训练师培训", style="training-company site", color="#1565c0",
   menu=["首页", "课程介绍", "师资团队", "学员风采", "联系我们"],
   side="<h4>咨询电话</h4><p>0591-87851236</p><p>工作日 8:30-18:00</p>",
   foot="福州闽智数科教育科技有限公司 ｜ 统一社会信用代码:" + USCC_U01 + " ｜ 地址:福州市鼓楼区五四路158号环球广场11层 ｜ www.mzshuke.com"),
}
SITE_ORDER = ["kecheng", "wx", "dy", "blog", "college", "bbs", "fenlei", "wenda", "rsj", "mzpx"]

PAGES = []

def P(site, fname, title, body, offer, op=None, prov=None, ids=(), note=""):
    PAGES.append(dict(site=site, path="/%s/%s" % (site, fname), title=title, body=body,
                      is_offer=offer, operator=op, provider=prov,
                      identifiers=[list(x) for x in ids], note=note))

# =================== kecheng (marketplace) ===================
P("kecheng", "course-1001.html", "人工智能训练师(四级/三级)周末班 - 闽智AI学院",
"""<div class="shop">店铺:闽智AI学院 <span>★4.8</span> 已售 612</div>
<h1>人工智能训练师四级/三级 周末实训班(福州线下+线上直播)</h1>
<p class="price">¥3680 <del>¥4280</del> 符合条件可申领技能提升补贴</p>
<p>对应职业:人工智能训练师 4-04-05-05,工种:数据标注员。培训 50 课时(四级)/40 课时(三级),理论+实操,结业后参加备案评价机构组织的等级认定,考试不通过可免费重修一次。</p>
<p>报考条件请以国家职业技能标准为准,报名前老师会核对您的工作年限。</p>
<p>报名咨询:李老师 139-5012-7788(微信 mzsk_ai2021)</p>""",
True, "U01", "闽智AI学院",
[("phone", "+8613950127788", "139-5012-7788"), ("wechat", "mzsk_ai2021", "mzsk_ai2021")],
"marketplace store page of U01's course, honest wording")

P("kecheng", "course-1002.html", "【国家职业资格证书】人工智能训练师二级技师 零基础直考 - 国培人工智能考评中心",
"""<div class="shop">店铺:国培人工智能考评中心(中培数标旗舰店)</div>
<h1>人工智能训练师 二级/技师 零基础直接报考 人社部颁发 国家职业资格证书</h1>
<p class="price">¥5980 三级+二级一起报立减1200</p>
<ul><li>不限学历、不限专业、不限经验,无门槛</li><li>免培训,30天拿证,包过,不过全额退款</li><li>证书全国通用,入库可查,可评职称、可落户</li></ul>
<p>全国招生热线:400-618-5327 ｜ 资料邮箱 zpsb_kf@126.com</p>
<p>主体:中培数标(北京)科技有限公司 信用代码 %s</p>""" % USCC_U03,
True, "U03", "国培人工智能考评中心",
[("phone", "4006185327", "400-618-5327"), ("email", "zpsb_kf@126.com", "zpsb_kf@126.com"), ("uscc", USCC_U03, USCC_U03)],
"marketplace listing by U03: 零基础直考二级, 人社部颁发, 国家职业资格证书, 包过")

P("kecheng", "course-1003.html", "数据标注员(人工智能训练师五级)实训课 - 榕城数标实训基地",
"""<div class="shop">店铺:榕城数标实训基地</div>
<h1>人工智能训练师五级(数据标注员)60课时实训 福州仓山</h1>
<p class="price">¥1680 参保满1年可申请技能提升补贴(五级最高1000元)</p>
<p>报考五级需累计从事本职业或相关职业工作满1年,或本职业学徒期满。我们提供标注项目实习岗位,帮助积累工作经历。</p>
<p>证书由备案评价机构颁发,可在 jndj.osta.org.cn 查询。</p>
<p>咨询座机:0591-83512680 ｜ 学员群 738215460(报名后拉入)</p>""",
True, "U05", "榕城数标实训基地",
[("phone", "059183512680", "0591-83512680"), ("qq_group", "738215460", "738215460")],
"marketplace listing by U05, honest")

P("kecheng", "course-1004.html", "1+X人工智能训练师证书 联合国UNDP双认证 - 新职研考务",
"""<div class="shop">店铺:新职研考务</div>
<h1>2026新版 1+X 人工智能训练师证书 + UNDP国际认证 双证</h1>
<p class="price">原价¥6999 限时¥2680</p>
<p>教育部1+X证书制度试点,联合国开发计划署(UNDP)联合认证,官方指定考点,考前内部题库,通过率98%。</p>
<p>官网:aixinzhiye.cn 报名扣扣:1460328857</p>""",
True, "U07", "新职研考务",
[("domain", "aixinzhiye.cn", "aixinzhiye.cn"), ("qq", "1460328857", "1460328857")],
"U07 sells a 1+X certificate after 2025 plus fake UNDP co-certification")

P("kecheng", "course-1005.html", "人工智能训练师三级 认定前培训 - 数启职业技能评价",
"""<div class="shop">店铺:数启职业技能评价</div>
<h1>人工智能训练师(三级/高级工)认定前培训 + 等级认定</h1>
<p class="price">培训费¥2200 认定费按物价标准另收</p>
<p>本机构已在省人社厅备案,可在 pjjg.osta.org.cn 查询备案职业。证书可在 zscx.osta.org.cn 联网查询,证书样例编号 S000035001235253000321(仅示意)。</p>
<p>申报三级需持四级证书并满足工作年限,请勿轻信"零基础直考"。</p>
<p>联系:177 5018 3396 ｜ 邮箱 pj@shuqipj.com</p>""",
True, "U08", "数启职业技能评价",
[("phone", "+8617750183396", "177 5018 3396"), ("email", "pj@shuqipj.com", "pj@shuqipj.com")],
"U08, a filed evaluation organisation, honest")

P("kecheng", "course-1006.html", "AI证速通 人工智能训练师 原价9999限时99",
"""<div class="shop">店铺:AI证速通</div>
<h1>人工智能训练师证 原价9999 限时99元 90%小白都能学会</h1>
<p class="price">¥99 定金,拿证后补尾款</p>
<p>速成7天,国家认可,官方认证,拿到证书便可升职加薪。报名表:https://jinshuju.net/f/Yk9c2Q</p>
<p>售后Q群:893405127 ｜ 手机 199 3110 6472</p>""",
True, "U09", "AI证速通",
[("qq_group", "893405127", "893405127"), ("phone", "+8619931106472", "199 3110 6472")],
"U09 cheap hook, 速成, 国家认可")

P("kecheng", "course-1007.html", "AI数据标注入门实战课 - 星辰AI课堂",
"""<div class="shop">店铺:星辰AI课堂</div>
<h1>人工智能训练师(数据标注方向)入门实战 录播+作业批改</h1>
<p class="price">¥399</p>
<p>本课程为技能培训,结课颁发本机构结业证明;如需职业技能等级证书,请自行向备案评价机构报名认定。</p>
<p>课程顾问:133 0691 2254 微信 xingchen_ketang</p>""",
True, "I02", "星辰AI课堂",
[("phone", "+8613306912254", "133 0691 2254"), ("wechat", "xingchen_ketang", "xingchen_ketang")],
"independent seller, honest disclaimer")

# =================== wx (article reposts) ===================
P("wx", "a1.html", "福州人注意!人工智能训练师补贴政策来了,最高2000元",
"""<p class="src">来源:公众号「福州智训」 2026-03-02 阅读 1.2万</p>
<h1>福州人注意!人工智能训练师补贴政策来了,最高2000元</h1>
<p>人工智能训练师是2020年人社部等部门发布的新职业(4-04-05-05)。参加失业保险满1年的职工,取得五级、四级、三级证书后,可分别申领最高1000、1500、2000元技能提升补贴。</p>
<p>闽智数科3月周末班正在报名,线下课在五四路,线上同步直播。详情见官网 mzshuke.com。</p>
<p>扫码或添加老师VX:MZSK_AI2021 备注"补贴"</p>""",
True, "U01", "福州智训",
[("domain", "mzshuke.com", "mzshuke.com"), ("wechat", "mzsk_ai2021", "MZSK_AI2021")],
"repost of U01's WeChat advertorial")

P("wx", "a2.html", "人社部新职业证书最后一批!人工智能训练师即将停考?",
"""<p class="src">来源:公众号「职业资格考试网」 转载</p>
<h1>人社部新职业证书最后一批!人工智能训练师即将停考?</h1>
<p>人社部证书退出,哪家证书来接盘?国培人工智能考评中心最后一批名额,人社部颁发国家职业资格证书,一次报三级(四级+三级+二级)享受优惠。</p>
<p>证书编号可在官方查询平台 www.zgjnzs-cx.com 查询,入库可查。</p>
<p>全国统一报名电话 4006 185 327</p>""",
True, "U03", "国培人工智能考评中心",
[("domain", "zgjnzs-cx.com", "www.zgjnzs-cx.com"), ("phone", "4006185327", "4006 185 327")],
"U03 repost: fake urgency, fake query domain, three levels at once")

P("wx", "a3.html", "从标注员到训练师:榕城数标第12期结业,附下期报名",
"""<p class="src">来源:公众号「福州榕数教育」</p>
<h1>从标注员到训练师:第12期学员结业</h1>
<p>第12期38名学员完成60课时培训,参加闽都区第13501202507批次认定,考点在仓山(考点前台0591-83376021,仅限问路)。</p>
<p>认定结果以人社部门公布为准,政策咨询可拨12333。</p>
<p>下期报名:QQ群:738-215-460,或发邮件至 rongshu_edu@163.com</p>""",
True, "U05", "福州榕数教育",
[("qq_group", "738215460", "738-215-460"), ("email", "rongshu_edu@163.com", "rongshu_edu@163.com")],
"U05 WeChat article repost with enrolment invitation")

P("wx", "a4.html", "AI新职业研究院:人工智能训练师1+X证书报名通道开启",
"""<p class="src">来源:公众号「AI新职业研究院」</p>
<h1>人工智能训练师1+X证书报名通道开启</h1>
<p>教育部1+X证书,可与联合国UNDP证书双认证,全国通用。考务负责人微信 xzy-kaowu,Q:1460328857。</p>
<p>名额有限,报满即止。</p>""",
True, "U07", "AI新职业研究院",
[("wechat", "xzy-kaowu", "xzy-kaowu"), ("qq", "1460328857", "1460328857")],
"U07 repost")

P("wx", "a5.html", "海峡数智学院 | 人工智能训练师四级春季班招生简章",
"""<p class="src">来源:公众号「海峡数智学院」</p>
<h1>人工智能训练师四级春季班招生简章</h1>
<p>培训对象:持五级证书满4年,或从事相关工作满6年人员。学时50,费用2600元,符合条件可申领技能提升补贴。</p>
<p>报名地址:福州市台江区江滨中大道。电话(0591)6330 7719</p>""",
True, "I05", "海峡数智学院",
[("phone", "059163307719", "(0591)6330 7719")],
"independent honest enrolment brochure")

P("wx", "a6.html", "警惕!这些\"山寨证书\"广告别信",
"""<p class="src">来源:公众号「闽都人社」</p>
<h1>警惕!这些"山寨证书"广告别信</h1>
<p>近期有群众反映,有人以"人社部颁发""包过""不限学历"为噱头,高价兜售人工智能训练师证书。人社部门提醒:职业技能等级证书由备案的评价机构颁发,不是人社部颁发。</p>
<p>证书真伪请登录技能人才评价证书全国联网查询 zscx.osta.org.cn 核验。有群众举报号码 15226618870 冒充"人社考务中心"收费,请勿转账。</p>
<p>如有疑问请拨打12333。</p>""",
False, note="official warning repost; quotes a scam number and public hotline")

# =================== dy (short video) ===================
P("dy", "v1.html", "@燕赵AI训练营 三个证一起拿!",
"""<div class="video">[视频 00:47] 封面字:零基础 三级一起考 包过</div>
<p class="author">@燕赵AI训练营 · 石家庄 · 2.1万赞</p>
<p class="desc">人工智能训练师 人社部颁发 不限学历!五级四级三级一起报,包过拿证,挂靠一年也能回本 #考证 #人工智能训练师</p>
<p class="pin">置顶评论(作者):想了解的私我,VX JiCai_PX</p>""",
True, "U02", "燕赵AI训练营",
[("wechat", "jicai_px", "JiCai_PX")],
"U02 short-video page: three levels at once, 包过, 挂靠 lure")

P("dy", "v2.html", "@小智老师 数据标注月入过万?",
"""<div class="video">[视频 01:12] 小智老师讲解人工智能训练师</div>
<p class="author">@小智老师(智标未来) · 1.4万赞</p>
<p class="desc">90%小白都能学会,学完直接考证+推荐就业,协议就业不满意退款。评论区扣1领资料。</p>
<p class="pin">主页简介:薇:zhibiao666</p>""",
True, "U04", "智标未来",
[("wechat", "zhibiao666", "zhibiao666")],
"U04 short video: 协议就业")

P("dy", "v3.html", "@AI训练师考证中心 今日直播回放",
"""<div class="video">[直播回放 58:03]</div>
<p class="author">@AI训练师考证中心 · 8723赞</p>
<p class="desc">直播间专属价,人工智能训练师四级速成班,拿证率99%。助理微信:zhibiao666 电话186-3119-5032</p>""",
True, "U04", "AI训练师考证中心",
[("wechat", "zhibiao666", "zhibiao666"), ("phone", "+8618631195032", "186-3119-5032")],
"U04 second account")

P("dy", "v4.html", "@新职研考务 1+X证书最后机会",
"""<div class="video">[视频 00:33] 字幕:1+X证书 + UNDP</div>
<p class="author">@新职研考务 · 3302赞</p>
<p class="desc">官方指定报名点,联合国认证,不用考试也能拿。v: xzy-kaowu</p>""",
True, "U07", "新职研考务",
[("wechat", "xzy-kaowu", "xzy-kaowu")],
"U07 short video")

P("dy", "v5.html", "@易考证官方 原价9999限时99",
"""<div class="video">[视频 00:21] 原价9999 限时99</div>
<p class="author">@易考证官方 · 5.6万赞</p>
<p class="desc">人工智能训练师证书 99元体验,交费包过,官网可查。加V❤ yikaozheng99 领取名额</p>""",
True, "U09", "易考证",
[("wechat", "yikaozheng99", "yikaozheng99")],
"U09 short video")

P("dy", "v6.html", "@石家庄反诈小课堂 AI证书骗局拆解",
"""<div class="video">[视频 02:05] 民警讲案例</div>
<p class="author">@石家庄反诈小课堂 · 9.8万赞</p>
<p class="desc">有人冒充考务中心,电话 152 2661 8870,说交钱包过人工智能训练师,还给假查询网址。遇到这类广告请拨12315或110。证书只认 zscx.osta.org.cn 查询。</p>""",
False, note="anti-fraud video quoting scam number")

# =================== blog ===================
P("blog", "p1.html", "有人推荐我报'国培'的二级技师,靠谱吗?(读者来信)",
"""<h1>读者来信:零基础能考人工智能训练师二级?</h1>
<p>读者转来一份招生资料,原文如下:</p>
<blockquote>国培人工智能考评中心:零基础直考二级技师,国家职业资格证书,人社部颁发,证书查询 zgjnzs-cx.com。报名资料发至 ZPSB_KF@126.COM。</blockquote>
<p>我的看法:二级需要三级证书加年限,"零基础直考"不符合标准。不过资料我原样贴出,大家自行判断。</p>""",
True, "U03", "国培人工智能考评中心",
[("domain", "zgjnzs-cx.com", "zgjnzs-cx.com"), ("email", "zpsb_kf@126.com", "ZPSB_KF@126.COM")],
"blog post reproducing U03's brochure with its contacts (still an invitation to enrol)")

P("blog", "p2.html", "我考人工智能训练师三级的全过程(附机构联系方式)",
"""<h1>我考人工智能训练师三级的全过程</h1>
<p>去年在数启职业技能评价报的三级认定前培训,40课时,理论+实操。机构在省里备案,证书出来后在 jndj.osta.org.cn 查到了。</p>
<p>他们今年还在招,想报的可以联系招生老师 17750183396,官网 www.shuqipj.com。</p>""",
True, "U08", "数启职业技能评价",
[("phone", "+8617750183396", "17750183396"), ("domain", "shuqipj.com", "www.shuqipj.com")],
"blog experience post that refers readers to U08")

P("blog", "p3.html", "人工智能训练师证书怎么查真假?一篇讲清",
"""<h1>人工智能训练师证书怎么查真假</h1>
<p>1. 职业技能等级证书编号22位:1位字母+21位数字,如 S000035001235253000321(示意)。</p>
<p>2. 查询入口:zscx.osta.org.cn;证书上也印有 jndj.osta.org.cn。</p>
<p>3. "国家职业资格证书""人社部颁发"都是错误说法。拿不准就打12333。</p>""",
False, note="guide, no seller")

P("blog", "p4.html", "被割了3800:记一次AI证书骗局",
"""<h1>被割了3800:记一次AI证书骗局</h1>
<p>对方自称考务中心,电话152-2661-8870,承诺包过,收钱后失联。已经向12315投诉。</p>
<p>评论(12):网友"闽南阿杰":我也接到过这个号码。</p>""",
False, note="complaint; scam number")

# =================== college ===================
P("college", "peixun-2026.html", "关于开展2026年人工智能训练师(四级、五级)社会培训及等级认定的通知",
"""<h1>关于开展2026年人工智能训练师(四级、五级)社会培训及等级认定的通知</h1>
<p>我院为经备案的职业技能等级认定机构,现面向社会开展人工智能训练师(数据标注员)五级、四级培训与认定。</p>
<p>申报条件按《人工智能训练师国家职业技能标准(2021年版)》执行。认定费按物价部门核定标准收取。考点:本院实训楼(考点前台0591-83376021)。</p>
<p>证书可在 zscx.osta.org.cn 查询。政策咨询:闽都区人社局0591-87600129 或12333。</p>
<p>报名咨询:继续教育学院 0591-22868156,邮箱 jxjy@fzxx.edu.cn</p>""",
True, "I01", "福州信息职业技术学院继续教育学院",
[("phone", "059122868156", "0591-22868156"), ("email", "jxjy@fzxx.edu.cn", "jxjy@fzxx.edu.cn")],
"college continuing-education enrolment notice, independent, honest")

P("college", "news-0412.html", "我院师生参加人工智能训练师技能竞赛获佳绩",
"""<h1>我院师生参加人工智能训练师技能竞赛获佳绩</h1>
<p>4月12日,我院3名学生在全市人工智能训练师职业技能竞赛中获二等奖。</p>""",
False, note="college news")

# =================== bbs ===================
P("bbs", "thread-301.html", "【冀才教育】人工智能训练师 包过 三证一起拿",
"""<div class="post"><b>楼主 冀才职培</b><p>人社部颁发人工智能训练师证书,不限学历不限年龄,五级四级三级一起报,包过!可挂靠年入2万。电话15531178260 威信 jicai_px</p></div>
<div class="post"><b>2楼 小梅</b><p>同求资料,加我vx xiaomei_sjz88 发我一份</p></div>
<div class="post"><b>3楼 路人甲</b><p>包过的都别信</p></div>""",
True, "U02", "冀才教育",
[("phone", "+8615531178260", "15531178260"), ("wechat", "jicai_px", "jicai_px")],
"U02 forum ad; reader leaves own WeChat")

P("bbs", "thread-302.html", "福州的线上AI训练师五级实训课,石家庄也能报",
"""<div class="post"><b>楼主 榕数小助手</b><p>线上直播+项目实操,五级60课时。报名前核对工作年限。座机 0591 8351 2680,资料发 rongshu_edu@163.com。政策可打闽都区人社局0591-87600129核实。</p></div>""",
True, "U05", "榕城数标实训基地",
[("phone", "059183512680", "0591 8351 2680"), ("email", "rongshu_edu@163.com", "rongshu_edu@163.com")],
"U05 forum post")

P("bbs", "thread-303.html", "证书挂靠,人工智能训练师高级证书挂靠年薪",
"""<div class="post"><b>楼主 证书挂靠王老师</b><p>河北冀中人才服务有限公司(统一社会信用代码 %s)长期收人工智能训练师证书挂靠,也可代办考证,包过。付款账户收款人:王丽娟</p></div>""" % USCC_U06,
True, "U06", "河北冀中人才服务有限公司",
[("uscc", USCC_U06, USCC_U06), ("other", "王丽娟", "王丽娟")],
"U06 挂靠 lure")

P("bbs", "thread-304.html", "分享:省内备案机构的人工智能训练师三级培训(线上)",
"""<div class="post"><b>楼主 数启评价</b><p>我们是备案评价机构,线上培训+线下认定,石家庄学员可异地参加。官网 shuqipj.com 招生邮箱 PJ@SHUQIPJ.COM</p></div>""",
True, "U08", "数启评价",
[("domain", "shuqipj.com", "shuqipj.com"), ("email", "pj@shuqipj.com", "PJ@SHUQIPJ.COM")],
"U08 forum post")

P("bbs", "thread-305.html", "石门AI实训室 数据标注五级小班招生",
"""<div class="post"><b>楼主 石门AI实训室</b><p>桥西区小班,8人一班,五级60课时,包教不包过,证书由评价机构颁发。联系 153-6911-2807</p></div>""",
True, "I06", "石门AI实训室",
[("phone", "+8615369112807", "153-6911-2807")],
"independent forum ad")

P("bbs", "thread-306.html", "【曝光】交了钱拿不到证,这个号码大家小心",
"""<div class="post"><b>楼主 裕华老刘</b><p>号码15226618870,说人社部颁发包过,交了2980就拉黑。已打12315。</p></div>
<div class="post"><b>2楼</b><p>我也遇到过,查询网站是假的。</p></div>""",
False, note="complaint thread with scam number")

# =================== fenlei ===================
P("fenlei", "ad-8801.html", "人工智能训练师考证 冀才职业培训学校",
"""<h1>人工智能训练师考证 冀才职业培训学校</h1>
<p>类别:教育培训>职业技能 区域:石家庄长安区</p>
<p>零基础包过,人社部颁发,三级一起报。联系人:赵老师 155 3117 8260 QQ3169047725</p>""",
True, "U02", "冀才职业培训学校",
[("phone", "+8615531178260", "155 3117 8260"), ("qq", "3169047725", "3169047725")],
"U02 classified ad")

P("fenlei", "ad-8802.html", "AI训练师考证中心 数据标注速成 推荐就业",
"""<h1>AI训练师考证中心 数据标注速成</h1>
<p>区域:石家庄新华区</p><p>速成班15天拿证,协议就业。在线报名:jinshuju.net/f/a8Pq1 电话18631195032(微信同号)</p>""",
True, "U04", "AI训练师考证中心",
[("phone", "+8618631195032", "18631195032")],
"U04 classified ad")

P("fenlei", "ad-8803.html", "冀中人才 人工智能训练师证书挂靠/代考",
"""<h1>冀中人才 人工智能训练师证书挂靠</h1>
<p>河北冀中人才服务有限公司 信用代码 %s。高价收证挂靠,也可代办,包过。支付宝担保交易,可拨支付宝客服95188核实。手机 135 8213 9467</p>""" % USCC_U06,
True, "U06", "冀中人才",
[("uscc", USCC_U06, USCC_U06), ("phone", "+8613582139467", "135 8213 9467")],
"U06 classified ad")

P("fenlei", "ad-8804.html", "证书代办 人工智能训练师二级技师 不限条件",
"""<h1>证书代办 人工智能训练师二级技师</h1>
<p>不限学历不限经验,直接出证,可挂靠。王老师13582139467,转账户名:王丽娟</p>""",
True, "U06", "证书挂靠王老师",
[("phone", "+8613582139467", "13582139467"), ("other", "王丽娟", "王丽娟")],
"U06 second ad under a personal name")

P("fenlei", "ad-8805.html", "易考证 人工智能训练师99元体验",
"""<h1>易考证 人工智能训练师证 99元</h1>
<p>官网可查,交费包过。微信:YiKaoZheng99,Q群893405127。支付宝付款有保障(95188)。</p>""",
True, "U09", "易考证",
[("wechat", "yikaozheng99", "YiKaoZheng99"), ("qq_group", "893405127", "893405127")],
"U09 classified ad")

P("fenlei", "ad-8806.html", "正定启航培训 人工智能训练师五级周末班",
"""<h1>正定启航培训 人工智能训练师五级周末班</h1>
<p>需相关工作满1年。报名表 jinshuju.net/f/Qh77x,电话 182 3215 7790</p>""",
True, "I03", "正定启航培训",
[("phone", "+8618232157790", "182 3215 7790")],
"independent classified ad")

# =================== wenda ===================
P("wenda", "q-1101.html", "石家庄哪里可以考人工智能训练师?",
"""<h1>石家庄哪里可以考人工智能训练师?</h1>
<div class="answer"><b>冀才教育 赵老师 的回答</b><p>我们冀才可以报,人社部颁发,三级一起考,包过。v:jicai_px 或 Q:3169047725</p></div>""",
True, "U02", "冀才教育",
[("wechat", "jicai_px", "jicai_px"), ("qq", "3169047725", "3169047725")],
"U02 self-promoting answer")

P("wenda", "q-1102.html", "数据标注员是不是人工智能训练师?能赚钱吗?",
"""<h1>数据标注员是不是人工智能训练师?</h1>
<div class="answer"><b>小智老师 的回答</b><p>数据标注员是人工智能训练师的一个工种。想系统学的可以来智标未来,推荐就业,186 3119 5032。</p></div>
<div class="comment">评论:XiaoMei_SJZ88:已私信</div>""",
True, "U04", "智标未来",
[("phone", "+8618631195032", "186 3119 5032")],
"U04 answer; reader comment with own WeChat")

P("wenda", "q-1103.html", "1+X人工智能训练师证书现在还能考吗?",
"""<h1>1+X人工智能训练师证书现在还能考吗?</h1>
<div class="answer"><b>新职研考务 的回答</b><p>能考,最后一批,官网 www.aixinzhiye.cn,微信 XZY-KAOWU。</p></div>""",
True, "U07", "新职研考务",
[("domain", "aixinzhiye.cn", "www.aixinzhiye.cn"), ("wechat", "xzy-kaowu", "XZY-KAOWU")],
"U07 answer")

P("wenda", "q-1104.html", "人工智能训练师考试有没有内部题库?",
"""<h1>人工智能训练师考试有没有内部题库?</h1>
<div class="answer"><b>刘老师(考评员) 的回答</b><p>我是考评员,有命题组内部资料,保过,需要的加微信 liu_kaoping。</p></div>""",
True, "I04", "刘老师(考评员)",
[("wechat", "liu_kaoping", "liu_kaoping")],
"independent scammer claiming examiner access")

# =================== rsj ===================
P("rsj", "tz-2026-031.html", "关于2026年第一批人工智能训练师职业技能等级认定及补贴申领的公告",
"""<h1>关于2026年第一批人工智能训练师职业技能等级认定及补贴申领的公告</h1>
<p>本批次认定批次号:13501202507。参保职工取得五级、四级、三级证书的,可按规定申领最高1000元、1500元、2000元的技能提升补贴。</p>
<p>咨询电话:0591-87600129;服务热线12333。</p>""",
False, note="official notice with batch number")

P("rsj", "tz-2026-045.html", "关于防范技术技能类\"山寨证书\"的提醒",
"""<h1>关于防范技术技能类"山寨证书"的提醒</h1>
<p>职业技能等级证书由经备案的评价机构颁发,人社部门不直接颁发。请通过 zscx.osta.org.cn、jndj.osta.org.cn 查询证书,通过 pjjg.osta.org.cn 查询评价机构。</p>
<p>广告中"包过""人社部颁发""不限学历"等宣传均不可信。举报请拨12333。</p>""",
False, note="official warning")

# =================== mzpx (U01 company site) ===================
P("mzpx", "index.html", "闽智数科 - 福州人工智能训练师培训",
"""<h1>闽智数科 人工智能训练师培训中心</h1>
<p>面向福州在职人员开展人工智能训练师五级至三级培训,合作备案评价机构组织认定。</p>
<p>咨询电话:0591-87851236 官网:www.mzshuke.com</p>
<p><a href="/mzpx/kecheng.html">查看课程与报名</a></p>""",
True, "U01", "闽智数科",
[("phone", "059187851236", "0591-87851236"), ("domain", "mzshuke.com", "www.mzshuke.com"), ("uscc", USCC_U01, USCC_U01)],
"U01 company home page inviting enrolment")

P("mzpx", "kecheng.html", "课程介绍 - 闽智数科",
"""<h1>人工智能训练师四级/三级课程</h1>
<p>2026年3月班参加闽都区第13501202507批次认定;考点前台0591-83376021(仅问路)。证书可在 zscx.osta.org.cn 查询,样例编号 S000035001235253000321。补贴政策咨询12333。</p>
<p>报名:(0591)8785-1236 / 李老师 139 5012 7788</p>""",
True, "U01", "闽智数科",
[("phone", "059187851236", "(0591)8785-1236"), ("phone", "+8613950127788", "139 5012 7788"), ("uscc", USCC_U01, USCC_U01), ("domain", "mzshuke.com", "www.mzshuke.com")],
"U01 course page")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate verification site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query URL"),
 ("domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "official registry of evaluation organisations"),
 ("phone", "4008702266", ["400-870-2266"], "marketplace customer-service number in every 学途课堂 footer"),
 ("email", "kefu@xuetuketang.com", ["kefu@xuetuketang.com"], "marketplace complaint e-mail in footer"),
 ("domain", "xuetuketang.com", ["www.xuetuketang.com"], "marketplace's own domain in footer"),
 ("other", "闽ICP备19008821号-2", ["闽ICP备19008821号-2"], "marketplace ICP number"),
 ("email", "tougao@weidu365.cn", ["tougao@weidu365.cn"], "repost site's takedown e-mail in footer"),
 ("domain", "dkvideo.cn", ["dkvideo.cn"], "short-video platform's own domain / report e-mail"),
 ("qq_group", "587204316", ["587204316"], "forum's official QQ group in footer"),
 ("other", "冀ICP备17031562号-1", ["冀ICP备17031562号-1"], "forum ICP number"),
 ("phone", "031166018899", ["0311-66018899"], "classifieds site customer service in footer"),
 ("phone", "+8615226618870", ["15226618870", "152 2661 8870", "152-2661-8870"], "scam number quoted in warnings and complaints"),
 ("phone", "+8613501202507", ["13501202507"], "assessment batch number, looks like a mobile"),
 ("other", "S000035001235253000321", ["S000035001235253000321"], "sample certificate number"),
 ("phone", "+8613800138000", ["13800138000"], "form template placeholder"),
 ("wechat", "xiaomei_sjz88", ["xiaomei_sjz88", "XiaoMei_SJZ88"], "a reader's own WeChat in comments"),
 ("phone", "059183376021", ["0591-83376021"], "exam venue front desk, third party"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("phone", "95188", ["95188"], "Alipay customer service, payment platform"),
 ("phone", "059187600129", ["0591-87600129"], "人社局 consultation number quoted by sellers"),
 ("phone", "059122868000", ["0591-22868000"], "college switchboard in footer"),
]

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def frame(site, page, pages_of_site):
    s = SITES[site]
    menu = " ".join('<a href="/%s/index.html">%s</a>' % (site, m) if i == 0 else '<a href="/%s/index.html#%d">%s</a>' % (site, i, m)
                    for i, m in enumerate(s["menu"]))
    crumb = '<a href="/index.html">导航</a> &gt; <a href="/%s/index.html">%s</a>' % (site, s["name"])
    if not page["path"].endswith("/index.html"):
        crumb += " &gt; " + esc(page["title"][:24])
    rel = "".join('<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in pages_of_site if p is not page)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:sans-serif;margin:0}header{background:%s;color:#fff;padding:8px}header a{color:#fff;margin-right:12px}main{display:flex}article{flex:3;padding:12px}aside{flex:1;padding:12px;background:#f5f5f5}footer{font-size:12px;color:#666;padding:12px;border-top:1px solid #ddd}</style>
</head><body>
<header><b>%s</b> <nav>%s</nav></header>
<div class="breadcrumb">%s</div>
<main><article>
%s
</article><aside>%s<h4>相关链接</h4><ul>%s</ul></aside></main>
<footer>%s</footer>
</body></html>
""" % (esc(page["title"]), s["color"], s["name"], menu, crumb, page["body"], s["side"], rel, s["foot"])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    # site index pages (non-offer) except mzpx whose index is an offer page defined above
    for site in SITE_ORDER:
        if any(p["path"] == "/%s/index.html" % site for p in PAGES):
            continue
        items = [p for p in PAGES if p["site"] == site]
        body = "<h1>%s</h1><p>最新内容</p><ul>%s</ul>" % (SITES[site]["name"], "".join(
            '<li><a href="%s">%s</a></li>' % (p["path"], esc(p["title"])) for p in items))
        PAGES.append(dict(site=site, path="/%s/index.html" % site, title=SITES[site]["name"] + " 首页",
                          body=body, is_offer=False, operator=None, provider=None, identifiers=[],
                          note="%s index page (%s)" % (SITES[site]["name"], SITES[site]["style"])))
    html = {}
    for p in PAGES:
        same = [q for q in PAGES if q["site"] == p["site"]]
        html[p["path"]] = frame(p["site"], p, same)
    hub = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head><body><h1>常用网站导航</h1><ul>%s</ul></body></html>\n" % "".join(
        '<li><a href="/%s/index.html">%s</a> (%s)</li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in SITE_ORDER)
    html["/index.html"] = hub
    for path, text in html.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # truth
    pages_out = [dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[], note="hub")]
    for p in sorted(PAGES, key=lambda x: x["path"]):
        pages_out.append(dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                              identifiers=p["identifiers"], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, w in p["identifiers"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for k, v, written, why in DECOYS:
        pg = sorted(path for path, t in html.items() if any(w in t for w in written))
        decoys.append(dict(kind=k, value=v, written=written, pages=pg, why=why))
    truth = dict(pages=pages_out, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
