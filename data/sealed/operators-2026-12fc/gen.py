#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(org8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * w[i] for i, c in enumerate(org8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(head8, org8):
    base = head8 + org8 + org_check(org8)
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(base))
    r = 31 - s % 31
    return base + ALPHA[0 if r == 31 else r]

assert uscc("91440300", "19220382") == "914403001922038216"

USCC_U01 = uscc("52330304", "57318820")   # 民办非企业 training school, 瓯海
USCC_U02 = uscc("91330302", "33908174")   # company with a state-sounding name
USCC_U09 = uscc("91110108", "39914265")   # Beijing company
USCC_KE = uscc("91310115", "32107749")    # marketplace operator (decoy)

# ---------------------------------------------------------------- sites
SITES = {
 "zx":  dict(name="瓯越智训职业技能培训学校", style="training-company site", city="温州"),
 "ke":  dict(name="学客云·职业技能课堂", style="course marketplace", city=""),
 "college": dict(name="瓯海职业技术学院 继续教育学院", style="college site", city="温州"),
 "blog": dict(name="老K的数据标注笔记", style="personal blog", city=""),
 "news": dict(name="高原晚报·民生", style="news site", city="西宁"),
 "fenlei": dict(name="便民分类网（温州/西宁）", style="classifieds", city=""),
 "bbs": dict(name="瓯江论坛·职场考证版", style="forum", city="温州"),
 "ask": dict(name="问多多", style="Q&A", city=""),
 "video": dict(name="快拍短视频", style="short-video pages", city=""),
 "rsj": dict(name="温州市人力资源和社会保障局", style="人社局-style notice site", city="温州"),
 "wx": dict(name="公众号文摘", style="WeChat-article reposts", city=""),
}

FOOTERS = {
 "zx": "温州瓯越智训职业技能培训学校 版权所有 | 地址：温州市瓯海区娄桥街道古岸头工业区7号3楼 | 电话：0577-88612030 | 网址：www.ouyuezx.cn | 统一社会信用代码：" + USCC_U01,
 "ke": "学客云客服热线：400-017-6688（9:00-21:00） | 客服邮箱：service@xuekeyun.com | 上海学客云网络科技有限公司 营业执照：" + USCC_KE + " | 沪ICP备19033817号-3 | www.xuekeyun.com",
 "college": "瓯海职业技术学院 继续教育学院 | 学院总机：0577-86590000 | 地址：温州市瓯海区茶山高教园区 | 浙ICP备05011264号",
 "blog": "© 老K的数据标注笔记 · 本站文章仅代表个人观点 · 转载请注明出处 · Powered by WordPress",
 "news": "高原晚报社主办 | 新闻热线：0971-8223366 | 投稿邮箱：tougao@gywb-news.cn | 青ICP备12000877号",
 "fenlei": "便民分类网 客服电话：0577-55882100 | 站长QQ群：345672219 | 举报邮箱：jubao@bianminfl.com | 浙ICP备16028833号-2 | 信息由网友发布，请自行核实，谨防上当受骗",
 "bbs": "瓯江论坛 | 版务QQ群：290388175 | 广告合作：ad@oujiangbbs.com | 浙ICP备11004592号 | 论坛帖子仅代表网友个人观点",
 "ask": "问多多 | 举报电话：010-57706611 | 用户协议 | 隐私政策 | 京ICP备20017788号-5",
 "video": "快拍短视频 | 违法和不良信息举报：jubao@kuaipai.tv | 未成年人保护热线 400-140-2108 | 网信算备110105***号",
 "rsj": "主办：温州市人力资源和社会保障局 | 政务服务热线：12345 | 人社服务热线：12333 | 浙ICP备05017719号 | 政府网站标识码3303000046",
 "wx": "公众号文摘 wxwenzhai.cn · 内容转载自微信公众号，版权归原作者所有，如有侵权请联系删除 · 湘ICP备2021006612号-1",
}

PAGES = []

def page(site, file, title, body, offer=False, op=None, provider=None, ids=(), note="", comments=()):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note,
                      comments=list(comments)))

# phone helper tuples
def ph(v, w): return ("phone", v, w)

# ======================================================== U01 瓯越智训 (honest, 温州)
page("zx", "ai-trainer-l4.html", "人工智能训练师（四级/中级工）职业技能等级认定培训班招生简章",
 """<p>根据《人工智能训练师国家职业技能标准（2021年版）》，我校开设人工智能训练师（职业编码4-04-05-05）四级/中级工培训班，工种：数据标注员。</p>
<p><b>申报条件：</b>取得本职业五级证书后累计从事本职业工作4年（含）以上；或累计从事本职业或相关职业工作6年（含）以上；或技工学校相关专业毕业。报名时请携带身份证、学历证明、工作年限证明，不符合条件的不予报名。</p>
<p><b>课时与考核：</b>培训50课时（晚班+周末班），理论知识考试与操作技能考核均实行百分制，成绩皆达60分（含）以上者为合格。考核由备案的评价机构组织，考点：瓯海区职业技能认定考点（前台电话0577-88907712）。本期认定批次号13520250612。</p>
<p><b>证书：</b>合格者由评价机构颁发职业技能等级证书，可登录 jndj.osta.org.cn 或扫证书二维码查询。符合条件的参保职工可按规定申领技能提升补贴（以人社部门审核为准），本校不承诺补贴到账，也不承诺通过。</p>
<p><b>费用：</b>培训费1680元，认定费按物价部门核定标准另收。</p>
<p>报名咨询：138 5771 2346（朱老师） 办公室：0577-88612030 官网：www.ouyuezx.cn</p>
<p>统一社会信用代码：""" + USCC_U01 + """</p>""",
 True, "U01", "温州瓯越智训职业技能培训学校",
 [ph("+8613857712346", "138 5771 2346"), ph("057788612030", "0577-88612030"),
  ("domain", "ouyuezx.cn", "www.ouyuezx.cn"), ("uscc", USCC_U01, USCC_U01)],
 "training school's own course page, level 4, honest")

page("zx", "ai-trainer-l3.html", "人工智能训练师三级（高级工）周末班 | 瓯越智训",
 """<p>三级/高级工面向已取得四级证书的学员，培训40课时，内容覆盖业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>申报条件：取得本职业四级证书后累计从事本职业工作5年（含）以上，或大专及以上相关专业毕业并取得四级证书后累计工作2年以上等，具体以评价机构审核为准。</p>
<p>开班时间：每月第二周周六。学费2280元（含教材、模拟机房）。失业保险参保满1年的职工，三级最高可按规定申领2000元技能提升补贴。</p>
<p>加老师微信 ouyuezx2020 领取报名表，或致电13857712346。更多课程见 ouyuezx.cn。</p>""",
 True, "U01", "瓯越智训",
 [ph("+8613857712346", "13857712346"), ("wechat", "ouyuezx2020", "ouyuezx2020"),
  ("domain", "ouyuezx.cn", "ouyuezx.cn"), ph("057788612030", "0577-88612030")],
 "training school's own course page, level 3")

page("ke", "course-1021.html", "【温州线下】人工智能训练师四级 数据标注员 认定培训（含实操机房）",
 """<div class="price">¥1680 <span>已报 126 人</span></div>
<p>机构：瓯越AI学堂（温州瓯海） 机构认证：已认证</p>
<p>课程介绍：按国家职业技能标准授课，50课时，理论+实操，结业后参加评价机构组织的等级认定。不符合申报条件的学员仅可报名培训，不能参加认定。</p>
<p>上课地点：温州市瓯海区娄桥古岸头工业区。机构座机：0577 8861 2030（线下咨询请先电话预约）。</p>
<p>课程编号：KC20251021-07</p>""",
 True, "U01", "瓯越AI学堂",
 [ph("057788612030", "0577 8861 2030")],
 "marketplace listing of the same school under a different brand")

page("wx", "a-2025-0310.html", "温州人注意！人工智能训练师报名开始了，符合条件的职工可申领补贴",
 """<p class="src">来源：瓯越AI学堂 公众号 2025-03-10</p>
<p>人工智能训练师是人社部等部门2020年发布的新职业（4-04-05-05），共五个等级。很多朋友问能不能直接考三级——不行哦，要按标准的年限和证书逐级申报。</p>
<p>本期温州班：五级（需相关工作满1年）、四级，周末上课。报名咨询138-5771-2346，或添加微信 OuyueZX2020（备注“训练师”）。</p>
<p>证书可在全国联网查询平台 zscx.osta.org.cn 查询，政策问题也可以拨打12333咨询。</p>""",
 True, "U01", "瓯越AI学堂",
 [ph("+8613857712346", "138-5771-2346"), ("wechat", "ouyuezx2020", "OuyueZX2020")],
 "WeChat article repost by the school's account")

# ======================================================== U02 国培智能人才认证中心 / 智鼎职培 (dishonest)
page("fenlei", "wz-1203.html", "人工智能训练师证 包过 人社部颁发 全国通用 零基础可报二级",
 """<p>【国培智能人才认证中心 温州报名点】人工智能训练师证书人社部颁发，国家职业资格证书，全国通用终身有效！</p>
<p>不限学历、不限经验、零基础可直接报考二级技师/一级高级技师，免培训，交费包过，45天下证，官网可查。</p>
<p>五级+四级+三级三证一起报优惠，单证最低2680元。可挂靠企业，年收入2万+。</p>
<p>全国统一报名热线：400-668-1902 手机：159 5773 6620 微信：zhiding_kf</p>
<p>（信息发布模板：联系电话 138-0013-8000 请替换为本人号码）</p>""",
 True, "U02", "国培智能人才认证中心",
 [ph("4006681902", "400-668-1902"), ph("+8615957736620", "159 5773 6620"),
  ("wechat", "zhiding_kf", "zhiding_kf")],
 "classified ad, scam wording: 人社部颁发, 包过, 零基础二级, 挂靠")

page("video", "v-7731.html", "AI训练师证书到底有没有用？评论区扣1领报考资料",
 """<p class="desc">#人工智能训练师 #考证 #副业 智鼎职培官方号</p>
<p>字幕：人社部认证的新职业！90%小白都能学会，原价9999限时99元体验课，拿到证书便可升职加薪。</p>
<p>置顶评论（作者）：资料私信或加V：ZhiDing_KF，急的宝子加QQ 3187740215</p>""",
 True, "U02", "智鼎职培",
 [("wechat", "zhiding_kf", "ZhiDing_KF"), ("qq", "3187740215", "3187740215")],
 "short-video ad, 90%小白, 原价9999限时99",
 comments=[("西宁小马", "去年在别家交了钱说包过，结果证都查不到，投诉打12315才退了一半"),
           ("momo", "这号 176 1209 3458 也是卖证的，别信")])

page("ask", "q-558.html", "人工智能训练师证怎么考？哪里可以报名？",
 """<div class="q">提问者：瓯海打工人 | 我在温州做电商客服，想考人工智能训练师，不知道去哪报名？</div>
<div class="a best"><b>最佳答案</b>（智鼎老师）：我们是国家级认证中心，人社部颁发证书，免考试流程，交资料就能下证，官方指定报名点。需要的加Q 3187-740-215，或电话159-5773-6620。</div>""",
 True, "U02", "智鼎老师",
 [("qq", "3187740215", "3187-740-215"), ph("+8615957736620", "159-5773-6620")],
 "Q&A answer that is a sales pitch",
 comments=[("用户8821", "楼上是广告吧，我QQ 1184520337，有靠谱机构的朋友加我一起交流")])

page("bbs", "t-2290.html", "[考证] 有一起报AI训练师的吗？团报便宜",
 """<div class="post"><b>1楼 楼主 zd_teacher：</b>国培智能人才认证中心团报通道，人工智能训练师三级直接拿，不用上课，团报每人立减500。报名热线 4006 681 902。我们公司正规注册：""" + USCC_U02 + """</div>""",
 True, "U02", "国培智能人才认证中心",
 [ph("4006681902", "4006 681 902"), ("uscc", USCC_U02, USCC_U02)],
 "forum post advertising group enrolment, scam wording",
 comments=[("lily_wz", "有意向，我微信 lily_wz88 拉我一下"),
           ("老张", "不上课直接拿三级？人社部68号文都出来多少年了，小心")])

# ======================================================== U03 青海昆仑职业培训学校 (honest, 西宁)
page("fenlei", "xn-0876.html", "西宁 人工智能训练师（数据标注员）五级/四级培训 正规学校 周末班",
 """<p>青海昆仑职业培训学校（城西区）常年开设人工智能训练师五级、四级培训。</p>
<p>五级申报：累计从事本职业或相关职业工作满1年，或本职业学徒期满。四级按标准年限要求。培训60课时，考核合格由备案评价机构发证，证书联网可查。</p>
<p>咨询：0971-8821557 / 189 9716 2218（马老师），学校地址：西宁市城西区五四西路38号。</p>""",
 True, "U03", "青海昆仑职业培训学校",
 [ph("09718821557", "0971-8821557"), ph("+8618997162218", "189 9716 2218")],
 "classified ad of a Xining training school, honest")

page("ke", "course-1077.html", "人工智能训练师五级（初级工）青海班｜60课时｜线下+线上",
 """<div class="price">¥1280 <span>已报 58 人</span></div>
<p>机构：昆仑职培（西宁）</p>
<p>60课时，覆盖数据采集和处理、数据标注。结业后参加等级认定（考核费另计，按核定标准收取）。</p>
<p>机构电话：(0971)8821557 邮箱：kunlunzp@163.com</p>
<p>提示：平台内报名付款可享受七天无理由退款，站外转账不受平台保护。</p>""",
 True, "U03", "昆仑职培",
 [ph("09718821557", "(0971)8821557"), ("email", "kunlunzp@163.com", "kunlunzp@163.com")],
 "marketplace listing of the Xining school")

page("news", "ad-xn-0419.html", "【推广】数字经济新岗位：西宁青年学做“AI训练师”",
 """<p class="adtag">推广</p>
<p>近年来，数据标注、算法测试等岗位需求增长。记者走访了位于城西区的昆仑职业培训学校，该校负责人介绍，学员需满足申报条件方可参加认定，学校不做“包过”承诺。</p>
<p>报名咨询：18997162218 电子邮箱：KunlunZP@163.com</p>""",
 True, "U03", "昆仑职业培训学校",
 [ph("+8618997162218", "18997162218"), ("email", "kunlunzp@163.com", "KunlunZP@163.com")],
 "advertorial on a news site")

page("wx", "a-2025-0422.html", "西宁 | 人工智能训练师4月班开课啦",
 """<p class="src">来源：昆仑职培 公众号 2025-04-22</p>
<p>4月周末班还剩12个名额！本期五级、四级同步开班，线上报名表请点击金数据 jinshuju.net 填写。</p>
<p>报名电话：189-9716-2218 学员交流QQ群：712093384</p>""",
 True, "U03", "昆仑职培",
 [ph("+8618997162218", "189-9716-2218"), ("qq_group", "712093384", "712093384")],
 "WeChat article repost")

# ======================================================== U04 数标星球 (online annotation, 零基础 包就业)
page("video", "v-8102.html", "在家做数据标注月入8000？先考个人工智能训练师证",
 """<p class="desc">#数据标注 #宝妈副业 @数标星球</p>
<p>字幕：零基础可学，学完推荐接单，考证+就业一条龙，报名即送标注工具账号。</p>
<p>作者简介：数标星球 | 商务V：xq_biaozhu01 | 电话 177 0581 6631</p>""",
 True, "U04", "数标星球",
 [("wechat", "xq_biaozhu01", "xq_biaozhu01"), ph("+8617705816631", "177 0581 6631")],
 "short-video ad, 零基础 + job promise",
 comments=[("青海小陈", "这种接单的是不是要先交押金？"), ("数标星球", "不收押金的亲，私信")])

page("blog", "post-31.html", "我是怎么从零开始做数据标注的（附学习群）",
 """<p>去年辞职后我在家学数据标注，跟的是“星球标注学院”的课，老师讲得还行，作业量挺大。</p>
<p>他们现在也带人工智能训练师五级的考证，报名找他们的课程顾问，微信号 XQ_biaozhu01，说是老K推荐的有优惠。学员群：865501274（QQ群）。</p>
<p>说句实话，“学完包接单”这种话别全信，接单量看项目。</p>""",
 True, "U04", "星球标注学院",
 [("wechat", "xq_biaozhu01", "XQ_biaozhu01"), ("qq_group", "865501274", "865501274")],
 "blog post with affiliate recommendation")

page("ke", "course-1103.html", "数据标注员就业班（人工智能训练师五级考证班）包推荐就业",
 """<div class="price">¥3980 <span>原价¥6980</span></div>
<p>机构：星球标注学院 官网 xingqiubz.com</p>
<p>协议就业，学完推荐到合作标注基地，月薪6000-12000！赠送人工智能训练师五级考证名额。</p>
<p>课后答疑QQ群：865 501 274</p>
<p>课程编号：KC20251103-02</p>""",
 True, "U04", "星球标注学院",
 [("domain", "xingqiubz.com", "xingqiubz.com"), ("qq_group", "865501274", "865 501 274")],
 "marketplace listing with 协议就业 promise")

# ======================================================== U05 鼎晟 (dishonest, 三证一起, 挂靠)
page("fenlei", "wz-1288.html", "人工智能训练师三级四级五级一次拿 可挂靠 温州鼎晟",
 """<p>鼎晟教育：人工智能训练师五级、四级、三级一起考，三证同时下，不看工作年限！</p>
<p>证书可挂靠企业，每年收益一万起，补贴后几乎免费。</p>
<p>详询137 0667 0482 微信ds_renli</p>""",
 True, "U05", "鼎晟教育",
 [ph("+8613706670482", "137 0667 0482"), ("wechat", "ds_renli", "ds_renli")],
 "classified ad, three levels at once, 挂靠")

page("bbs", "t-2317.html", "转让名额：AI训练师考证团，还差3人",
 """<div class="post"><b>1楼 楼主 鼎晟小刘：</b>我是鼎晟人才服务的小刘，温州本地团，三级包过班，报名费先付定金800，转账请备注姓名。</div>
<div class="post"><b>3楼 楼主 鼎晟小刘：</b>定金对公账户：温州鼎晟人力资源服务有限公司；支付宝付款有问题可打95188咨询。联系 137-0667-0482</div>""",
 True, "U05", "鼎晟人才服务",
 [ph("+8613706670482", "137-0667-0482"), ("other", "温州鼎晟人力资源服务有限公司", "温州鼎晟人力资源服务有限公司")],
 "forum post, deposit to company payee",
 comments=[("路人甲", "17612093458 这个号之前也在论坛发过一样的帖子，大家小心")])

page("wx", "a-2025-0515.html", "错过等一年！人工智能训练师三证联报最后一期",
 """<p class="src">来源：鼎晟人才 公众号 2025-05-15</p>
<p>人社部证书退出，哪家证书来接盘？人工智能训练师是国家新职业，持证可落户、可挂靠、可领补贴！</p>
<p>三证联报仅需4980元，考试地点：温州市职业技能认定考点（前台0577-88907712）。</p>
<p>添加老师微信 DS_renli；收款户名：温州鼎晟人力资源服务有限公司。</p>""",
 True, "U05", "鼎晟人才",
 [("wechat", "ds_renli", "DS_renli"), ("other", "温州鼎晟人力资源服务有限公司", "温州鼎晟人力资源服务有限公司")],
 "WeChat repost with 接盘 slogan and 挂靠 lure")

# ======================================================== U06 浙南人才发展研究院 (fake query site)
page("wx", "a-2025-0601.html", "人工智能训练师国家职业资格证书报名通知（第六批）",
 """<p class="src">来源：浙南人才发展研究院 2025-06-01</p>
<p>经国家职业资格认证中心授权，本院开展人工智能训练师国家职业资格证书报名，证书全国联网可查，查询网址：www.zgzyjn-cx.com。</p>
<p>报名热线：150 0587 9913。请勿相信其他机构的“山寨证书”！</p>""",
 True, "U06", "浙南人才发展研究院",
 [("domain", "zgzyjn-cx.com", "www.zgzyjn-cx.com"), ph("+8615005879913", "150 0587 9913")],
 "WeChat repost, misdescribes cert as 国家职业资格证书, fake query domain")

page("ask", "q-612.html", "人工智能训练师证书在哪个网站查询真伪？",
 """<div class="q">提问者：匿名用户 | 别人卖给我的证书说能在网上查，是哪个网站？</div>
<div class="a"><b>回答</b>（国职认证服务中心）：本中心证书在 zgzyjn-cx.com 可查，输入身份证号即可。现在报名还有名额，QQ：2795531086。</div>
<div class="a"><b>回答</b>（热心网友）：官方查询请用 zscx.osta.org.cn，别的网站都不算，有疑问打12333。</div>""",
 True, "U06", "国职认证服务中心",
 [("domain", "zgzyjn-cx.com", "zgzyjn-cx.com"), ("qq", "2795531086", "2795531086")],
 "Q&A with a seller's answer pointing at its own query site")

page("fenlei", "wz-1340.html", "浙南人才 人工智能训练师高级证书 企业团报 开票",
 """<p>浙南人才发展研究院承接企业员工人工智能训练师团报，可开培训费发票，证书全国通用。</p>
<p>联系人：叶主任 150-0587-9913 邮箱：zn_rcfz@126.com</p>""",
 True, "U06", "浙南人才",
 [ph("+8615005879913", "150-0587-9913"), ("email", "zn_rcfz@126.com", "zn_rcfz@126.com")],
 "classified ad for corporate group enrolment")

page("video", "v-8233.html", "证书查不到？教你查人工智能训练师证",
 """<p class="desc">@国职认证 #证书查询</p>
<p>字幕：我们家证书都是入库可查的，官网一查就有，国家认可官方认证。</p>
<p>简介：合作请发邮件 ZN_RCFZ@126.com 或QQ 2795531086</p>""",
 True, "U06", "国职认证",
 [("email", "zn_rcfz@126.com", "ZN_RCFZ@126.com"), ("qq", "2795531086", "2795531086")],
 "short video, 入库可查 claim")

# ======================================================== U07 启航AI训练营 (honest online)
page("blog", "post-44.html", "推荐一个我上过的AI训练师备考营",
 """<p>备考人工智能训练师四级的时候，我报了“启航AI训练营”的线上课，讲师是做过数据标注项目管理的，课程按认定要素细目表来。</p>
<p>他们不承诺通过，也提醒了要先确认申报条件。官网 qihangai.net，报名邮箱 2306459178@qq.com。</p>""",
 True, "U07", "启航AI训练营",
 [("domain", "qihangai.net", "qihangai.net"), ("email", "2306459178@qq.com", "2306459178@qq.com")],
 "blog recommendation with the seller's contacts")

page("ke", "course-1150.html", "人工智能训练师四级 理论+实操 线上备考营（12周）",
 """<div class="price">¥899 <span>已报 412 人</span></div>
<p>机构：启航数智教育</p>
<p>按认定要素细目表讲授数据采集和处理、数据标注、智能系统运维；本课程为培训课程，认定需另行向评价机构报名。</p>
<p>机构官网：www.qihangai.net 助教QQ：2306459178</p>
<p>课程编号：KC20251150-01 | 留言示例邮箱：name@example.com</p>""",
 True, "U07", "启航数智教育",
 [("domain", "qihangai.net", "www.qihangai.net"), ("qq", "2306459178", "2306459178")],
 "marketplace listing, honest")

page("bbs", "t-2402.html", "启航训练营四级班开新期了，老学员可以八折",
 """<div class="post"><b>1楼 楼主 启航助教阿杰：</b>4月新期开班，老学员报三级八折。课表和试听发邮箱 2306459178@qq.com 领取。</div>""",
 True, "U07", "启航训练营",
 [("email", "2306459178@qq.com", "2306459178@qq.com")],
 "forum post by the seller's assistant",
 comments=[("lily_wz", "我也想要试听，微信 lily_wz88"), ("瓯海阿明", "去年上过，实操部分有用")])

# ======================================================== U08 高原数智 (西宁, mixed)
page("fenlei", "xn-0921.html", "西宁 人工智能训练师培训 高原数智 考证+就业推荐",
 """<p>高原数智培训中心：人工智能训练师五级/四级，小班教学，考证+就业推荐，通过率高。</p>
<p>电话：138 9746 0815 座机：0971-6156620 地址：城北区生物园区</p>""",
 True, "U08", "高原数智培训中心",
 [ph("+8613897460815", "138 9746 0815"), ph("09716156620", "0971-6156620")],
 "classified ad, Xining")

page("video", "v-8301.html", "西宁的朋友看过来 AI训练师报名最后3天",
 """<p class="desc">#西宁 #人工智能训练师 @高原数智</p>
<p>字幕：报名表在金数据 jinshuju.net 填，或直接打138-9746-0815，微信 GYSZ0971。</p>""",
 True, "U08", "高原数智",
 [ph("+8613897460815", "138-9746-0815"), ("wechat", "gysz0971", "GYSZ0971")],
 "short-video ad, Xining",
 comments=[("小马", "去年打12333问过，这个证是职业技能等级证书不是职业资格证书")])

page("ask", "q-633.html", "西宁哪里可以考人工智能训练师？",
 """<div class="q">提问者：湟中小李 | 在西宁，有没有线下的培训？</div>
<div class="a best"><b>最佳答案</b>（高原数智-王老师）：我们在城北区，有五级四级班，电话 0971 6156620，微信 gysz0971。</div>""",
 True, "U08", "高原数智",
 [ph("09716156620", "0971 6156620"), ("wechat", "gysz0971", "gysz0971")],
 "Q&A answer by the seller",
 comments=[("用户8821", "我也在找，QQ 1184520337 有消息告诉我")])

# ======================================================== U09 中科智培 / 华职联考 (dishonest)
page("wx", "a-2025-0703.html", "零基础直接考二级技师！人工智能训练师补贴后几乎免费",
 """<p class="src">来源：华职联考 公众号 2025-07-03</p>
<p>人工智能训练师二级（技师）、一级（高级技师）不限学历、不限经验，补贴后几乎免费！一级证书直接对应正高级职称。</p>
<p>单证价格：二级3980元，一级5980元，两证同报立减1000。支付宝担保交易，客服95188可查。</p>
<p>主办单位：中科智培（北京）教育科技有限公司 统一社会信用代码 """ + USCC_U09 + """ 咨询电话：186 1153 0947</p>""",
 True, "U09", "华职联考",
 [("uscc", USCC_U09, USCC_U09), ph("+8618611530947", "186 1153 0947")],
 "WeChat repost, level 2/1 to beginners, subsidy claim for level 2")

page("fenlei", "xn-0955.html", "西宁 人工智能训练师二级一级 不限学历 中科智培",
 """<p>中科智培西宁报名处：人工智能训练师技师/高级技师，无门槛，不限年龄不限专业，国家级证书。</p>
<p>手机：186-1153-0947 微信：hzlk_2025</p>""",
 True, "U09", "中科智培",
 [ph("+8618611530947", "186-1153-0947"), ("wechat", "hzlk_2025", "hzlk_2025")],
 "classified ad, 无门槛 wording")

page("bbs", "t-2455.html", "有人在中科智培报过人工智能训练师吗？（附老师微信）",
 """<div class="post"><b>1楼 楼主 Kevin_wz：</b>刷到中科智培的广告，说二级不用经验。老师微信 HZLK_2025，公司信用代码 """ + USCC_U09 + """，查了是正常注册的公司，有人报过吗？</div>
<div class="post"><b>2楼 HZLK老师：</b>欢迎咨询，二级名额有限，本月截止。</div>""",
 True, "U09", "中科智培",
 [("wechat", "hzlk_2025", "HZLK_2025"), ("uscc", USCC_U09, USCC_U09)],
 "forum thread that the seller joins to sell",
 comments=[("老张", "二级要三级证加年限，零基础二级肯定有问题。付钱前打12333问问")])

# ======================================================== Independents
page("college", "ai-trainer-2025.html", "继续教育学院2025年人工智能训练师（五级、四级）社会培训招生简章",
 """<p>为服务温州数字经济发展，我院面向社会开展人工智能训练师五级、四级培训，经考核合格者参加我院职业技能等级认定考点组织的认定（认定批次号13520250612）。</p>
<p>申报条件按《人工智能训练师国家职业技能标准（2021年版）》执行。培训地点：茶山校区实训楼B302；认定考点前台：0577-88907712。</p>
<p>报名咨询：继续教育学院培训科 0577-86590312，邮箱 jxjy@ohzy.edu.cn。证书查询：jndj.osta.org.cn。</p>""",
 True, "I01", "瓯海职业技术学院 继续教育学院",
 [ph("057786590312", "0577-86590312"), ("email", "jxjy@ohzy.edu.cn", "jxjy@ohzy.edu.cn")],
 "college enrolment notice, independent")

page("ke", "course-1188.html", "数据标注实战+人工智能训练师五级理论串讲（录播）",
 """<div class="price">¥199 <span>已报 1,903 人</span></div>
<p>机构：码上标注工作室</p>
<p>录播课，适合准备五级理论考试的同学，不含认定报名。答疑QQ：1547730962</p>
<p>课程编号：KC20251188-01</p>""",
 True, "I02", "码上标注工作室",
 [("qq", "1547730962", "1547730962")],
 "cheap recorded course, independent")

page("fenlei", "wz-1401.html", "个人辅导 人工智能训练师四级实操 温州鹿城",
 """<p>本人做数据标注项目管理5年，业余辅导四级实操，一对一，按小时收费200元。只辅导不代报名，不保过。</p>
<p>王老师 135 7540 1277</p>""",
 True, "I03", "王老师",
 [ph("+8613575401277", "135 7540 1277")],
 "private tutor classified, independent")

page("video", "v-8410.html", "人工智能训练师四级实操题型讲解（上）",
 """<p class="desc">@小艾说AI #人工智能训练师 #备考</p>
<p>字幕：今天讲四级实操的数据清洗题。完整课程99元，需要的加微信 xiaoai_ai2024 。</p>""",
 True, "I04", "小艾说AI",
 [("wechat", "xiaoai_ai2024", "xiaoai_ai2024")],
 "short-video tutor selling a course, independent")

page("blog", "post-52.html", "开个小班：人工智能训练师三级 智能系统设计 专题课",
 """<p>老K的朋友陈工（某大厂算法测试）开一个三级专题小班，6次课共1200元，要求已有四级证书。</p>
<p>报名请发邮件 chen.dl@foxmail.com，写明四级证书编号前几位和从业年限。</p>""",
 True, "I05", "陈工",
 [("email", "chen.dl@foxmail.com", "chen.dl@foxmail.com")],
 "blog post announcing a small class, independent")

page("wx", "a-2025-0720.html", "青信职培 | 人工智能训练师五级补贴性培训报名",
 """<p class="src">来源：青信职业技能培训中心 2025-07-20</p>
<p>面向西宁市参保职工开展人工智能训练师五级培训，符合条件者可按规定申领技能提升补贴（五级最高1000元）。报名表：jinshuju.net 在线填写。</p>
<p>咨询：0971-5123486 / 152 9714 0388</p>""",
 True, "I06", "青信职业技能培训中心",
 [ph("09715123486", "0971-5123486"), ph("+8615297140388", "152 9714 0388")],
 "WeChat repost of a Xining training centre, independent")

# ======================================================== non-offers
page("rsj", "notice-2025-18.html", "关于做好2025年职业技能等级认定工作的通知",
 """<p>各有关单位：</p>
<p>职业技能等级证书由经人社部门备案的评价机构颁发，政府部门不参与监制。证书信息可通过技能人才评价证书全国联网查询（zscx.osta.org.cn）或 jndj.osta.org.cn 查询；评价机构名单见技能人才评价工作网 osta.mohrss.gov.cn。原1+X证书可在 vslc.ncb.edu.cn 查询。</p>
<p>失业保险技能提升补贴标准：五级1000元、四级1500元、三级2000元。政策咨询：12333。</p>""",
 note="official-style notice")
page("rsj", "warn-shanzhai.html", "关于警惕“山寨证书”培训广告的风险提示",
 """<p>近期有群众反映，有机构以“人社部颁发”“包过”“零基础考二级”等名义招揽人工智能训练师培训。请注意：人工智能训练师证书属于职业技能等级证书，不是国家职业资格证书。</p>
<p>群众举报称号码 176 1209 3458 以“国家认证中心”名义收费后失联。专业技术类职业资格证书真伪可在 cpta.com.cn 查询。发现违法广告请拨打12315举报，政策咨询拨打12333。</p>""",
 note="warning notice quoting a scam number")
page("news", "wz-scam-0602.html", "交了4980元“三证联报”，证书却查不到",
 """<p>温州市民林女士反映，她在网上看到“人工智能训练师三证一起拿”的广告，通过电话17612093458联系后转账4980元，至今未收到可查询的证书。</p>
<p>记者提醒：职业技能等级证书应在 zscx.osta.org.cn 查询；专业技术人员职业资格可在 cpta.com.cn 核验。消费者可拨打12315投诉。</p>""",
 note="news report on a scam, quotes the scam phone")
page("news", "xn-0805.html", "西宁市今年已有千余人参加新职业技能等级认定",
 """<p>记者从市人社部门获悉，今年以来，全市开展人工智能训练师等新职业等级认定，认定由备案评价机构实施。相关政策可咨询12333。</p>
<p>一位认定考点负责人介绍，证书样本编号如 S000033000001253000123，22位，首字母S代表社会培训评价组织。</p>""",
 note="local news, non-offer")
page("bbs", "t-2388.html", "【避雷】被“包过”坑了，大家看看这个号码",
 """<div class="post"><b>1楼 楼主 瓯海阿明：</b>去年在网上报了人工智能训练师“包过班”，对方电话 176-1209-3458，交钱后拉黑。已经打12315投诉。订单号 20240917113046，转账截图在下面。</div>
<div class="post"><b>5楼 小北：</b>进考证交流群问问吧 QQ群 583301927，里面有人整理了避雷名单。</div>""",
 note="complaint thread")
page("ask", "q-601.html", "人工智能训练师证书是国家职业资格证书吗？",
 """<div class="q">提问者：温州考证人</div>
<div class="a best"><b>最佳答案</b>：不是。2019年以后人工智能训练师属于职业技能等级证书，由备案评价机构颁发，可在 zscx.osta.org.cn 查询。说“人社部颁发”“国家职业资格”的都要小心。可以加考证交流QQ群583301927看经验帖。</div>""",
 note="guide answer")
page("blog", "post-38.html", "人工智能训练师五个等级怎么报？一篇说清",
 """<p>五级要求相关工作满1年或学徒期满；四级要五级证后4年等，三级要四级证后5年……一次考三个等级是不可能的。</p>
<p>查证书：zscx.osta.org.cn；1+X 老证书：vslc.ncb.edu.cn。想交流可以进QQ群 583301927（不是我建的）。证书编号样例：S000033000001253000123。</p>""",
 note="guide post")

# ---------------------------------------------------------------- decoys (written forms; pages computed by scan)
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 service hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "12345", ["12345"], "government service hotline in the 人社局 site footer"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official query URL printed on certificates"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official evaluation portal"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "人事考试中心 verification site"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("phone", "4000176688", ["400-017-6688"], "marketplace customer-service number in footer"),
 ("email", "service@xuekeyun.com", ["service@xuekeyun.com"], "marketplace footer e-mail"),
 ("uscc", USCC_KE, [USCC_KE], "marketplace operator's own licence in footer"),
 ("domain", "xuekeyun.com", ["www.xuekeyun.com"], "marketplace domain in footer"),
 ("phone", "057755882100", ["0577-55882100"], "classifieds site customer-service number"),
 ("qq_group", "345672219", ["345672219"], "classifieds site webmaster QQ group"),
 ("other", "浙ICP备16028833号-2", ["浙ICP备16028833号-2"], "classifieds site ICP number"),
 ("qq_group", "290388175", ["290388175"], "forum staff QQ group in footer"),
 ("email", "jubao@kuaipai.tv", ["jubao@kuaipai.tv"], "video platform report e-mail"),
 ("phone", "4001402108", ["400-140-2108"], "video platform minors hotline"),
 ("domain", "wxwenzhai.cn", ["wxwenzhai.cn"], "repost site's own domain"),
 ("other", "湘ICP备2021006612号-1", ["湘ICP备2021006612号-1"], "repost site ICP"),
 ("phone", "09718223366", ["0971-8223366"], "newspaper news hotline"),
 ("phone", "01057706611", ["010-57706611"], "Q&A site report phone"),
 ("phone", "+8617612093458", ["176 1209 3458", "17612093458", "176-1209-3458"], "scam number quoted in warnings, news, complaints and readers' comments"),
 ("phone", "+8613520250612", ["13520250612"], "an assessment batch number that looks like a mobile"),
 ("other", "S000033000001253000123", ["S000033000001253000123"], "sample certificate number"),
 ("other", "20240917113046", ["20240917113046"], "order number in a complaint"),
 ("phone", "+8613800138000", ["138-0013-8000"], "template placeholder phone"),
 ("email", "name@example.com", ["name@example.com"], "template placeholder e-mail"),
 ("wechat", "lily_wz88", ["lily_wz88"], "a reader's own WeChat in comments under two sellers' posts"),
 ("qq", "1184520337", ["1184520337"], "a reader's own QQ in comments on two sellers' answers"),
 ("phone", "057788907712", ["0577-88907712"], "assessment venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "online form tool (third party)"),
 ("phone", "95188", ["95188"], "Alipay customer-service number (payment platform)"),
 ("qq_group", "583301927", ["583301927"], "exam-takers' community group not run by any seller"),
 ("phone", "057786590000", ["0577-86590000"], "college switchboard in footer"),
]

# ---------------------------------------------------------------- rendering
def path_of(p): return "/%s/%s" % (p["site"], p["file"])

def comments_html(p, cls):
    if not p["comments"]:
        return ""
    items = "".join('<li><span class="u">%s</span>：%s</li>' % c for c in p["comments"])
    return '<div class="%s"><h3>评论（%d）</h3><ul>%s</ul></div>' % (cls, len(p["comments"]), items)

def site_pages(s): return [p for p in PAGES if p["site"] == s]

def related(p, n=4):
    others = [q for q in site_pages(p["site"]) if q is not p]
    return "".join('<li><a href="%s">%s</a></li>' % (q["file"], q["title"]) for q in others[:n])

def frame(site, title, crumbs, main, side):
    S = SITES[site]
    styles = {
     "zx": ('<header class="top"><div class="logo">瓯越智训</div><nav><a href="index.html">首页</a> <a href="index.html#kc">课程中心</a> <a href="index.html#about">学校简介</a> <a href="index.html#lx">联系我们</a></nav></header>', "wrap"),
     "ke": ('<div class="ke-head"><a href="index.html">学客云</a> <input placeholder="搜索课程"> <a href="index.html">IT·AI</a> | <a href="index.html">职业考证</a> | <a href="index.html">登录</a></div>', "ke-main"),
     "college": ('<div id="banner">瓯海职业技术学院 · 继续教育学院</div><ul id="nav"><li><a href="index.html">学院首页</a></li><li><a href="index.html">社会培训</a></li><li><a href="index.html">通知公告</a></li></ul>', "container"),
     "blog": ('<header><h1 class="site-title"><a href="index.html">老K的数据标注笔记</a></h1><p class="tagline">一个标注员的自我修养</p></header>', "content"),
     "news": ('<div class="masthead">高原晚报 <small>民生 · 教育 · 就业</small></div><div class="chan"><a href="index.html">首页</a> <a href="index.html">民生</a> <a href="index.html">教育</a></div>', "article-wrap"),
     "fenlei": ('<div class="fl-top"><a href="index.html">便民分类网</a> [切换城市：温州 | 西宁] <a href="index.html">免费发布信息</a></div>', "fl-body"),
     "bbs": ('<div class="bbs-hd"><a href="index.html">瓯江论坛</a> &raquo; 职场考证版 <span class="login">登录 | 注册</span></div>', "bbs-wrap"),
     "ask": ('<div class="ask-top"><a href="index.html">问多多</a> <button>我要提问</button></div>', "ask-body"),
     "video": ('<div class="kp-nav"><a href="index.html">快拍</a> 推荐 · 关注 · 同城</div>', "kp-player"),
     "rsj": ('<div class="gov-head"><img alt="" src="data:,">温州市人力资源和社会保障局</div><div class="gov-nav"><a href="index.html">首页</a> <a href="index.html">通知公告</a> <a href="index.html">政策文件</a> <a href="index.html">办事服务</a></div>', "gov-main"),
     "wx": ('<div class="wz-top"><a href="index.html">公众号文摘</a> · 精选职场与考证文章</div>', "rich_media"),
    }
    head, cls = styles[site]
    bc = " &gt; ".join('<a href="%s">%s</a>' % (h, t) if h else t for h, t in crumbs)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title></head>\n<body class="%s">\n%s\n'
            '<div class="crumbs">当前位置：%s</div>\n<div class="%s">\n<main>%s</main>\n<aside class="sidebar">%s</aside>\n</div>\n'
            '<footer>%s</footer>\n</body></html>\n') % (title, S["name"], site, head, bc, cls, main, side, FOOTERS[site])

def render_page(p):
    s = p["site"]
    side = '<h3>相关推荐</h3><ul>%s</ul><p><a href="index.html">返回%s</a></p>' % (related(p), SITES[s]["name"])
    if s == "fenlei":
        side = '<h3>同类信息</h3><ul>%s</ul><p class="warn">温馨提示：凡要求先交定金、保证金的请谨慎。</p>' % related(p)
    crumbs = [("../index.html", "网址导航"), ("index.html", SITES[s]["name"]), (None, p["title"])]
    main = '<h1>%s</h1>\n%s\n%s' % (p["title"], p["body"], comments_html(p, "comments"))
    return frame(s, p["title"], crumbs, main, side)

def render_index(s):
    items = "".join('<li><a href="%s">%s</a></li>' % (p["file"], p["title"]) for p in site_pages(s))
    main = "<h1>%s</h1><p>%s</p><ul class=\"list\">%s</ul>" % (SITES[s]["name"], {
        "zx": "瓯越智训是经瓯海区人社局审批的民办职业培训学校，开设人工智能训练师、电子商务师等课程。",
        "ke": "热门职业技能课程，平台担保交易。",
        "college": "继续教育学院承担学历继续教育与社会培训。",
        "blog": "记录数据标注、AI训练师考证的经验。",
        "news": "民生新闻",
        "fenlei": "教育培训 &gt; 职业技能",
        "bbs": "职场考证版 主题列表",
        "ask": "教育/考证 分类问题",
        "video": "相关视频",
        "rsj": "通知公告",
        "wx": "最新转载",
    }[s], items)
    crumbs = [("../index.html", "网址导航"), (None, SITES[s]["name"])]
    side = "<h3>栏目</h3><p>本站共 %d 篇内容</p>" % len(site_pages(s))
    return frame(s, SITES[s]["name"], crumbs, main, side)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "site")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for p in PAGES:
        assert p["file"] != "index.html"
    idx_entries = []
    files = {}
    for s in SITES:
        files["/%s/index.html" % s] = render_index(s)
        idx_entries.append({"path": "/%s/index.html" % s, "is_offer": False, "operator": None,
                            "provider": None, "identifiers": [], "note": "index page of %s (%s)" % (SITES[s]["name"], SITES[s]["style"])})
        for p in site_pages(s):
            files[path_of(p)] = render_page(p)
    hub = "".join('<li><a href="%s/index.html">%s</a>（%s）</li>' % (s, SITES[s]["name"], SITES[s]["style"]) for s in SITES)
    files["/index.html"] = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head><body><h1>网址导航</h1><ul>%s</ul></body></html>\n' % hub
    for path, html in sorted(files.items()):
        fp = os.path.join(out, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(out, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    pages_out = list(idx_entries)
    ops = {}
    for p in PAGES:
        pages_out.append({"path": path_of(p), "is_offer": p["is_offer"], "operator": p["operator"],
                          "provider": p["provider"], "identifiers": p["ids"], "note": p["note"]})
        if p["operator"] and p["operator"].startswith("U"):
            o = ops.setdefault(p["operator"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for k, v, w in p["ids"]:
                if [k, v] not in o["identifiers"]:
                    o["identifiers"].append([k, v])
    pages_out.sort(key=lambda x: x["path"])
    content = {path: html for path, html in files.items() if path != "/index.html"}
    decoys = []
    opvals = {tuple(i[:2]) for p in PAGES for i in p["ids"]}
    for kind, value, written, why in DECOYS:
        assert (kind, value) not in opvals, value
        pg = sorted(path for path, html in content.items() if any(w in html for w in written))
        assert pg, value
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pg, "why": why})
    truth = {"pages": pages_out, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
