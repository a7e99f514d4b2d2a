#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate offers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, re, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- GB 32100 unified social credit code ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def org_check(code8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, ws))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

def uscc(prefix2, region6, org8):
    body = prefix2 + region6 + org8 + org_check(org8)
    s = sum(ALPHA.index(c) * w for c, w in zip(body, W))
    r = 31 - s % 31
    if r == 31:
        r = 0
    return body + ALPHA[r]

USCC_U01 = uscc("52", "430702", "MJ4K7735")   # 民办非企业 (private school), 武陵区
USCC_U02 = uscc("91", "330702", "MA2HQ81C")   # 婺城区 enterprise
USCC_U07 = uscc("91", "430700", "MA4L2W6R")   # 常德 enterprise
USCC_SHOP = uscc("91", "330110", "MA27X9N4")  # shop platform operator (decoy)

# ---------- sites ----------
SITES = {
 "cdzp": dict(name="常德智培职业培训学校", style="company",
   footer="常德智培职业培训学校 版权所有 ｜ 地址：常德市武陵区朗州路与人民路交汇处智培大厦3楼 ｜ 电话：0736-7258816 ｜ 湘ICP备2021011873号-1"),
 "jhsz": dict(name="浙中数智技能培训中心", style="company",
   footer="金华市浙中数智技能培训中心 ｜ 婺城区八一南街 666 号 ｜ 咨询：0579-82365417 ｜ www.jhszjn.com ｜ 浙ICP备2022004913号"),
 "kecheng": dict(name="课程集 · 职业技能课程平台", style="marketplace",
   footer="课程集 www.kechengji.com ｜ 平台客服 400-690-1288（9:00-21:00） ｜ 投诉：kefu@kechengji.com ｜ 湘ICP备18004517号-2"),
 "luntan": dict(name="城事论坛（常德·金华）", style="forum",
   footer="城事论坛 ｜ 站务QQ群：52731846 ｜ 站务邮箱 admin@chengshibbs.net ｜ 湘ICP备15002388号 ｜ 发帖请遵守版规"),
 "fenlei": dict(name="百姓分类网", style="classifieds",
   footer="百姓分类网 ｜ 客服电话 400-010-5858 ｜ 违法信息举报 jubao@bxfenlei.com ｜ 京ICP备12034571号 ｜ 警惕先交费后服务"),
 "wenda": dict(name="知点问答", style="qa",
   footer="知点问答 ｜ 意见反馈 help@zhidianwenda.com ｜ 回答内容仅代表网友观点 ｜ 粤ICP备17066052号"),
 "weixin": dict(name="微文摘 · 公众号文章聚合", style="wechat",
   footer="微文摘 ｜ 内容来自微信公众号，版权归原作者 ｜ 商务合作QQ 3317028845 ｜ 浙ICP备19027736号-3"),
 "shipin": dict(name="快看短视频 网页版", style="video",
   footer="快看短视频 ｜ 违法和不良信息举报电话 010-58927761 ｜ 未成年人保护 ｜ 京ICP备20013394号"),
 "news": dict(name="城市晚报网 · 教育频道", style="news",
   footer="城市晚报网 ｜ 新闻热线 0579-82331100 ｜ 投稿 xinwen@csbw.com.cn ｜ 浙ICP备10026871号"),
 "rsj": dict(name="常德市人力资源和社会保障局", style="gov",
   footer="主办：常德市人力资源和社会保障局 ｜ 地址：常德市武陵区洞庭大道 ｜ 办公室电话 0736-7222571 ｜ 劳动保障咨询 12333 ｜ 湘ICP备05001235号 ｜ rsj.changde.gov.cn"),
 "shop": dict(name="淘优选商城", style="shop",
   footer="淘优选商城 ｜ 平台客服 400-800-6677 ｜ 经营主体：杭州优选网络科技有限公司 统一社会信用代码 " + USCC_SHOP + " ｜ 浙B2-20190388"),
}
ORDER = ["cdzp", "jhsz", "kecheng", "luntan", "fenlei", "wenda", "weixin", "shipin", "news", "rsj", "shop"]

PAGES = []  # dicts: site, file, title, offer, op, provider, ids, note, body

def P(site, file, title, offer, op, provider, ids, note, body):
    PAGES.append(dict(site=site, file=file, title=title, offer=offer, op=op, provider=provider,
                      ids=ids, note=note, body=body))

AIHOURS = "五级60课时、四级50课时、三级40课时"

# ================= U01 常德智培 (honest) =================
P("cdzp", "ai-trainer-l4.html", "人工智能训练师（四级/中级工）2026年第二期招生简章", True, "U01", "常德智培职业培训学校",
  [["phone", "+8613974213586", "139-7421-3586"], ["phone", "073607258816", "0736-7258816"],
   ["wechat", "zhipei_cd", "zhipei_cd"], ["uscc", USCC_U01, USCC_U01], ["other", "湘ICP备2021011873号-1", "湘ICP备2021011873号-1"]],
  "training-company course page, level 4, honest",
  f"""<p>职业（工种）：人工智能训练师（职业编码 4-04-05-05），工种：数据标注员。等级：四级/中级工。</p>
<p>培训安排：理论+实操共50课时，周末班，地点在我校武陵区本部机房。考核由经人社部门备案的评价机构组织，理论、技能两部分均60分合格。</p>
<p>报考条件：按《人工智能训练师国家职业技能标准（2021年版）》执行，取得五级证书后从事本职业满4年，或累计从事本职业6年，或相关专业中职毕业生。请带证明材料现场审核，<b>不符合条件的不收费</b>。</p>
<p>证书说明：本证书为职业技能等级证书，不是国家职业资格证书，由评价机构颁发，可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<p>费用：培训费1800元，认定费按物价部门核定标准另收。参保满一年的职工可按规定申领失业保险技能提升补贴（四级最高1500元），政策咨询请拨 12333。</p>
<p>上期认定批次号：13620260415，考点：武陵区职教园实训楼（考点前台 0736-7719200，仅限考务咨询）。</p>
<p>证书编号示例（样张）：S000043050001263000121</p>
<div class="contact">报名咨询：李老师 139-7421-3586（微信同号 zhipei_cd）｜ 学校电话 0736-7258816</div>
<p class="org">办学许可证：湘教民4307022019001 ｜ 统一社会信用代码：{USCC_U01}</p>""")
P("cdzp", "ai-trainer-l5.html", "人工智能训练师五级（初级工）数据标注方向 周末班", True, "U01", "常德智培职业培训学校",
  [["phone", "+8613974213586", "13974213586"], ["phone", "073607258816", "(0736)7258816"],
   ["other", "湘ICP备2021011873号-1", "湘ICP备2021011873号-1"]],
  "training-company course page, level 5, honest",
  """<p>适合已在电商、客服、数据公司从事标注/审核工作满一年的学员。课程60课时，含数据采集、清洗、标注工具实操。</p>
<p>说明：五级申报需累计从事本职业或相关职业工作1年以上，或本职业学徒期满。我们不承诺“包过”，考核不合格可免费补训一次。</p>
<p>学费 1280 元（含教材），报名电话 (0736)7258816，手机 13974213586。</p>""")

P("kecheng", "c-30418.html", "【常德线下】人工智能训练师四级 数据标注员 小班课", True, "U01", "智培教育·常德",
  [["phone", "+8613974213586", "139 7421 3586"], ["wechat", "zhipei_cd", "ZhiPei_CD"]],
  "marketplace listing of U01 under short brand",
  """<p class="seller">机构：智培教育·常德 ｜ 已认证机构 ｜ 开课城市：常德</p>
<p>课程价格：¥1800 ｜ 课时：50 ｜ 上课方式：线下小班（每班不超过20人）</p>
<p>课程亮点：真实标注项目实操；考前模拟；按国家职业技能标准授课。报名须符合申报条件，机构审核资料后再缴费。</p>
<p>机构联系方式：139 7421 3586 ／ 微信 ZhiPei_CD（备注“课程集”）</p>""")
P("fenlei", "cd-4471.html", "常德 人工智能训练师培训 五级四级 可申请技能提升补贴", True, "U01", "湖南智培",
  [["phone", "+8613974213586", "+86 139 7421 3586"], ["phone", "073607258816", "0736-725 8816"]],
  "classifieds post of U01 under a third brand",
  """<p>类别：教育培训 > 职业技能 ｜ 区域：常德-武陵区 ｜ 发布者：湖南智培（商家）</p>
<p>人工智能训练师（4-04-05-05）五级/四级培训，周末上课。参保职工取证后可按政策申请技能提升补贴，具体以人社部门审核为准。</p>
<p>联系：+86 139 7421 3586 ／ 座机 0736-725 8816 李老师</p>""")

# ================= U02 浙中数智 (honest, Jinhua) =================
P("jhsz", "course-ai.html", "人工智能训练师职业技能等级培训（五级/四级/三级）", True, "U02", "浙中数智技能培训中心",
  [["phone", "057982365417", "0579-82365417"], ["phone", "+8615857936204", "158 5793 6204"],
   ["email", "zzsz_px@163.com", "zzsz_px@163.com"], ["domain", "jhszjn.com", "www.jhszjn.com"], ["uscc", USCC_U02, USCC_U02]],
  "training-company course page, honest, Jinhua",
  f"""<p>人工智能训练师是2020年人社部等三部门联合发布的新职业，职业编码 4-04-05-05，包含数据标注员、人工智能算法测试员两个工种。</p>
<p>标准学时：{AIHOURS}。三级需持四级证书并满足相应年限，我中心不接受跨级申报。</p>
<p>认定后证书信息可登录 jndj.osta.org.cn 或 zscx.osta.org.cn 查询。失业保险技能提升补贴：五级1000元、四级1500元、三级2000元（需参保满1年）。</p>
<p>报名方式：电话 0579-82365417 ／ 手机 158 5793 6204 ／ 邮箱 zzsz_px@163.com ／ 官网 www.jhszjn.com</p>
<p class="org">金华市浙中数智技能培训中心有限公司 统一社会信用代码 {USCC_U02}</p>""")
P("jhsz", "enroll-2026.html", "2026年第2期人工智能训练师培训报名通知", True, "U02", "浙中数智技能培训中心",
  [["phone", "057982365417", "0579-8236 5417"], ["email", "zzsz_px@163.com", "zzsz_px@163.com"]],
  "enrolment notice on company site",
  """<p>开班时间：2026年5月9日，地点：婺城区八一南街本中心3楼机房。</p>
<p>在线报名表：https://jinshuju.net/f/Xk3p9Q （金数据表单，提交后工作人员电话确认）。</p>
<p>咨询电话 0579-8236 5417，材料可发送至 zzsz_px@163.com。</p>""")
P("weixin", "a-88213.html", "金华人注意！这个新职业证书可以领补贴，5月开班", True, "U02", "浙中数智",
  [["phone", "057982365417", "0579－82365417"], ["phone", "+8615857936204", "15857936204"]],
  "WeChat article repost advertising U02",
  """<p class="src">来源公众号：金华技能圈 ｜ 原文发布于 2026-04-12</p>
<p>最近不少粉丝后台问人工智能训练师怎么考。小编咨询了本地的浙中数智，他们说五级需要相关工作一年，有标注、审核经验的朋友可以了解一下。</p>
<p>参保满一年的可以申请技能提升补贴，五级1000元。</p>
<p>想报名的朋友可以打 0579－82365417，或者加负责老师手机 15857936204。</p>""")
P("news", "jy-0416.html", "AI“训练师”成金华职场新热门 本地机构开设周末班", True, "U02", "浙中数智技能培训中心",
  [["phone", "+8615857936204", "158-5793-6204"], ["domain", "jhszjn.com", "www.jhszjn.com"]],
  "news-site advertorial for U02",
  """<p class="byline">本报记者 王一帆 ｜ 2026-04-16 ｜ 来源：城市晚报</p>
<p>随着大模型应用落地，数据标注、算法测试岗位需求旺盛。记者走访发现，婺城区的浙中数智技能培训中心开设了人工智能训练师周末班。</p>
<p>该中心负责人表示，学员须符合国家职业技能标准的申报条件，“我们不做包过”。</p>
<p>（推广）报名咨询：158-5793-6204，www.jhszjn.com</p>""")

# ================= U03 中科智训 (dishonest) =================
P("kecheng", "c-30952.html", "人工智能训练师三级（高级工）包过班 零基础 人社部颁发 入库可查", True, "U03", "中科智训",
  [["phone", "4008263371", "400-826-3371"], ["qq", "2856731940", "2856731940"]],
  "dishonest marketplace listing: 包过, zero-basis level 3, 人社部颁发",
  """<p class="seller">机构：中科智训（北京）教育科技 ｜ 保证金已缴</p>
<p>原价 ¥6800 现价 ¥3980 ｜ 三证合一：人工智能训练师三级 + 数据标注员 + 工信部AI应用工程师</p>
<p>✔ 零基础、不限学历、不限经验 ✔ 人社部颁发 国家职业资格证书 ✔ 交费包过，不过全额退 ✔ 全国联网入库可查</p>
<p>证书样本编号：S000043050001263000121</p>
<p>咨询热线：400-826-3371 ｜ 课程顾问QQ：2856731940</p>""")
P("shipin", "v-7730218.html", "三个月拿下人工智能训练师证，工资翻倍不是梦！", True, "U03", "智训学堂",
  [["wechat", "zkzx2025vip", "zkzx2025vip"], ["qq", "2856731940", "扣扣2856731940"]],
  "short-video page, dishonest",
  """<p class="author">@智训学堂-AI考证 ｜ 12.4万 粉丝</p>
<p class="desc">零基础也能考！人工智能训练师证书国家认可，拿证就能升职加薪🔥 包过名额仅剩5个 #人工智能训练师 #考证</p>
<p class="pinned">置顶评论（作者）：私信或 vx：zkzx2025vip 领取报名资料，扣扣2856731940</p>""")
P("wenda", "q-5520.html", "人工智能训练师证书在哪里考？含金量高吗？", True, "U03", "智训学堂",
  [["phone", "4008263371", "400 826 3371"], ["wechat", "zkzx2025vip", "zkzx2025vip"]],
  "Q&A page whose best answer is an ad by U03",
  """<p class="q">提问者：常德小刘 ｜ 想转行做数据标注，人工智能训练师证书在哪里考？</p>
<div class="a"><p class="who">智训学堂张老师 ｜ 认证答主</p>
<p>人工智能训练师是人社部认证的新职业，证书人社部颁发，全国通用。我们这边零基础报三级，一次性包过，两个月拿证。详询 400 826 3371 或加微信 zkzx2025vip。</p></div>
<div class="a"><p class="who">网友 lily</p><p>我也在找，楼主有消息告诉我，微信 lily_jh0579</p></div>""")
P("fenlei", "jh-9023.html", "金华 人工智能训练师 三级二级 全国通用 包拿证", True, "U03", "中科智训金华报名点",
  [["phone", "4008263371", "4008263371"], ["wechat", "zkzx2025vip", "V信:zkzx2025vip"]],
  "classifieds, U03 local 报名点",
  """<p>类别：教育培训 > 考证 ｜ 区域：金华-金东区 ｜ 发布者：中科智训金华报名点</p>
<p>人工智能训练师三级、二级（技师）可报，不限学历，免培训直接考，包拿证，证书终身有效，1+X平台 vslc.ncb.edu.cn 可查。</p>
<p>全国统一热线 4008263371 ／ V信:zkzx2025vip</p>""")

# ================= U04 国职认证 (dishonest, Changde) =================
P("luntan", "t-66120.html", "【考证】人工智能训练师二级技师 不限学历 人社部颁发 全国通用", True, "U04", "国职认证",
  [["phone", "+8617773612489", "177 7361 2489"], ["wechat", "gzrz_laoli", "gzrz_laoli"]],
  "forum ad thread, dishonest (level 2 to beginners)",
  """<div class="post"><p class="u">楼主：国职认证老李 ｜ 注册：2025-11-02</p>
<p>人工智能训练师二级技师、三级高级工火热报名中！不限学历不限经验，不用上课，报名后30天出证，人社部颁发，可挂靠年入两万。</p>
<p>电话 177 7361 2489，微信 gzrz_laoli</p></div>
<div class="reply"><p class="u">2楼 路过的</p><p>技师不是要三级证加几年工作吗？不限学历怎么考的？</p></div>
<div class="reply"><p class="u">3楼 阿琴</p><p>求资料 QQ 1034567812</p></div>""")
P("fenlei", "cd-4502.html", "常德 人工智能训练师 技能证书 快速拿证 全国联网可查", True, "U04", "国职技能鉴定中心（常德）",
  [["phone", "+8617773612489", "17773612489"], ["other", "常德市武陵区鑫程信息咨询服务部", "常德市武陵区鑫程信息咨询服务部"]],
  "classifieds, U04 under another name, payee name",
  """<p>类别：教育培训 > 考证 ｜ 区域：常德-武陵区 ｜ 发布者：国职技能鉴定中心（常德）</p>
<p>人工智能训练师各等级证书，国家职业资格证书，快速拿证，全国联网可查。</p>
<p>对公收款户名：常德市武陵区鑫程信息咨询服务部。联系电话：17773612489</p>
<p class="tpl">【发布模板示例，请替换】电话：13800138000 微信：wxid_example</p>""")
P("shop", "item-20931.html", "人工智能训练师证书报考 三级 代报名 全程服务 证书可查", True, "U04", "国职认证考证店",
  [["wechat", "gzrz_laoli", "gzrz_laoli"], ["other", "常德市武陵区鑫程信息咨询服务部", "常德市武陵区鑫程信息咨询服务部"]],
  "shop item, U04",
  """<p class="shopname">店铺：国职认证考证店 ｜ 所在地：湖南 常德</p>
<p class="price">¥2680 ｜ 月销 37</p>
<p>宝贝详情：代报名人工智能训练师三级，无需工作年限，人社部颁发。拍下后加客服微信 gzrz_laoli 发资料。</p>
<p>大额可走对公：常德市武陵区鑫程信息咨询服务部；支付宝客服 95188 仅处理支付问题。</p>""")

# ================= U05 八婺职业技能 (honest-ish, Jinhua) =================
P("luntan", "t-66388.html", "金华 人工智能训练师五级 晚班开课，有补贴政策的可以了解", True, "U05", "八婺职业技能培训学校",
  [["phone", "+8613757989021", "137-5798-9021"], ["qq_group", "735129846", "735129846"]],
  "forum post by U05",
  """<div class="post"><p class="u">楼主：八婺职校陈老师</p>
<p>我们学校5月开人工智能训练师五级晚班（60课时），工作满一年可申报，参保满一年可按规定申请补贴，具体看人社审核。</p>
<p>报名电话 137-5798-9021，学员交流QQ群 735129846</p></div>
<div class="reply"><p class="u">2楼 lily</p><p>晚班几点？加我微信 lily_jh0579 发我课表</p></div>""")
P("wenda", "q-5617.html", "金华哪里可以考人工智能训练师？", True, "U05", "八婺职业技能",
  [["email", "bawuzj@163.com", "bawuzj@163.com"], ["phone", "+8613757989021", "13757989021"]],
  "Q&A answer by U05",
  """<p class="q">提问者：婺城打工人 ｜ 金华哪里可以考人工智能训练师？要什么条件？</p>
<div class="a"><p class="who">八婺职业技能 ｜ 机构答主</p>
<p>五级要求相关工作满1年或学徒期满。证书属于职业技能等级证书，由备案的评价机构发，查询看 zscx.osta.org.cn。我校有晚班，可以发简历到 bawuzj@163.com，或电话 13757989021。</p></div>""")
P("weixin", "a-88540.html", "八婺职校 | 人工智能训练师五级晚班招生", True, "U05", "八婺职校",
  [["qq_group", "735129846", "群号 735129846"], ["email", "bawuzj@163.com", "bawuzj AT 163.com"]],
  "WeChat repost of U05 enrolment",
  """<p class="src">来源公众号：八婺职校 ｜ 2026-04-08</p>
<p>课程：人工智能训练师（数据标注员）五级，60课时，晚上7点-9点。</p>
<p>在线报名：jinshuju.net/f/Ab72Lm ；学员群号 735129846；邮箱 bawuzj AT 163.com（AT换成@）</p>
<p class="cm">留言区 · 阿琴：已报名，求资料 QQ 1034567812</p>""")

# ================= U06 智数未来 (dishonest online) =================
P("shipin", "v-7731905.html", "原价9999限时99！AI训练师课程+证书一站搞定", True, "U06", "智数未来AI学院",
  [["wechat", "aitrainer_88", "aitrainer_88"], ["domain", "zhishuweilai.cn", "zhishuweilai.cn"]],
  "short-video ad, dishonest (9999→99, 90% 小白)",
  """<p class="author">@智数未来AI学院 ｜ 38.9万 粉丝</p>
<p class="desc">90%小白都能学会！原价9999限时99，学完送人工智能训练师证书，官方认证，躺着接单月入过万 #AI #副业</p>
<p class="pinned">主页链接 zhishuweilai.cn ｜ 助教微信 aitrainer_88</p>""")
P("kecheng", "c-31077.html", "AI训练师速成营：21天拿证+接单 送高级证书", True, "U06", "智数未来",
  [["phone", "+8618867452031", "188 6745 2031"], ["domain", "zhishuweilai.cn", "www.zhishuweilai.cn"]],
  "marketplace listing, dishonest 速成",
  """<p class="seller">机构：智数未来 ｜ 线上课程</p>
<p>¥99（原价¥9999）｜ 21天速成 ｜ 结业送“人工智能训练师高级证书”，官网可查：www.zhishuweilai.cn/cert</p>
<p>客服手机 188 6745 2031</p>""")
P("shop", "item-21406.html", "人工智能训练师 网课 速成 送证 官网查询", True, "U06", "智数未来官方店",
  [["wechat", "aitrainer_88", "AITrainer_88"], ["phone", "+8618867452031", "18867452031"]],
  "shop listing, U06",
  """<p class="shopname">店铺：智数未来官方店</p><p class="price">¥99 ｜ 月销 1.2万</p>
<p>拍下后添加助教 AITrainer_88 开通课程；售后 18867452031。送证书，可在本院官网查询。</p>""")

# ================= U07 湘北人力 (honest, Changde) =================
P("fenlei", "cd-4519.html", "常德 人工智能训练师（数据标注员）五级 培训+认定 企业员工优先", True, "U07", "湘北人力资源服务有限公司",
  [["phone", "073602891573", "0736-2891573"], ["phone", "+8618774638850", "187 7463 8850"]],
  "classifieds post by U07",
  """<p>类别：教育培训 > 职业技能 ｜ 区域：常德-鼎城区 ｜ 发布者：湘北人力资源服务有限公司</p>
<p>面向数据标注企业在岗员工，五级培训60课时，认定由备案评价机构组织。上期批次号13620260415已全部出证。</p>
<p>电话：0736-2891573 ／ 187 7463 8850 周经理</p>""")
P("luntan", "t-66502.html", "鼎城这边有没有做人工智能训练师培训的？（湘北人力回复）", True, "U07", "湘北人力培训部",
  [["phone", "+8618774638850", "18774638850"]],
  "forum thread where U07 replies with offer",
  """<div class="post"><p class="u">楼主：鼎城小王</p><p>公司让我们去考人工智能训练师五级，有没有靠谱的？</p></div>
<div class="reply"><p class="u">2楼 湘北人力培训部</p><p>我们4月底开班，考点在武陵区职教园（考点前台 0736-7719200 只管考务），报名找周经理 18774638850，参保的可以申请补贴。</p></div>""")
P("wenda", "q-5702.html", "企业可以组织员工考人工智能训练师吗？", True, "U07", "湘北人力",
  [["phone", "073602891573", "0736 2891573"], ["uscc", USCC_U07, USCC_U07]],
  "Q&A answer by U07 with USCC",
  f"""<p class="q">提问者：HR小赵 ｜ 企业可以组织员工集体考人工智能训练师吗？</p>
<div class="a"><p class="who">湘北人力 ｜ 企业认证</p>
<p>可以，企业可作为用人单位自主评价，也可委托社会评价机构。我司可提供培训和组织报名，证书样张编号如 S000043050001263000121，可在 zscx.osta.org.cn 查询。</p>
<p>湘北人力资源服务有限公司（统一社会信用代码 {USCC_U07}），电话 0736 2891573。</p></div>""")
P("weixin", "a-88617.html", "湘北人力 | 2026年人工智能训练师企业班招生", True, "U07", "湘北人力资源服务有限公司",
  [["uscc", USCC_U07, USCC_U07], ["phone", "+8618774638850", "187-7463-8850"]],
  "WeChat repost of U07",
  f"""<p class="src">来源公众号：湘北人力 ｜ 2026-03-28</p>
<p>企业班：五级/四级，按国家职业技能标准授课，不承诺通过。</p>
<p>主办：湘北人力资源服务有限公司 {USCC_U07} ｜ 周经理 187-7463-8850 ｜ 政策咨询 12333</p>""")

# ================= U08 慧学 (dishonest moderate, Jinhua) =================
P("shop", "item-21522.html", "人工智能训练师考证 考证+推荐就业 金华面授", True, "U08", "慧学考证旗舰店",
  [["phone", "+8613587904412", "135 8790 4412"], ["qq", "3078412256", "3078412256"]],
  "shop listing, U08, 推荐就业",
  """<p class="shopname">店铺：慧学考证旗舰店 ｜ 所在地：浙江 金华</p><p class="price">¥3580 ｜ 月销 56</p>
<p>考证+协议就业，100%通过率，内部信息押题。咨询 135 8790 4412，QQ 3078412256。支付遇到问题请联系支付宝 95188。</p>""")
P("fenlei", "jh-9088.html", "金华慧学教育 AI训练师 保过班 包推荐工作", True, "U08", "金华慧学教育",
  [["wechat", "wj-ai-kaozheng", "wj-ai-kaozheng"], ["phone", "+8613587904412", "13587904412"]],
  "classifieds, U08",
  """<p>类别：教育培训 > 考证 ｜ 区域：金华-婺城区 ｜ 发布者：金华慧学教育</p>
<p>人工智能训练师保过班，速成30天，考完包推荐工作。微信 wj-ai-kaozheng 手机 13587904412</p>""")
P("shipin", "v-7733460.html", "在金华考AI训练师，我帮你搞定", True, "U08", "慧学老师AI考证",
  [["wechat", "wj-ai-kaozheng", "wj-ai-kaozheng"], ["qq", "3078412256", "QQ:3078412256"]],
  "short-video, U08",
  """<p class="author">@慧学老师AI考证 ｜ 2.1万 粉丝</p>
<p class="desc">命题组老师押题，考不过退费！#金华 #人工智能训练师</p>
<p class="pinned">加V：wj-ai-kaozheng ／ QQ:3078412256</p>""")

# ================= U09 华培 (chain) =================
P("kecheng", "c-31210.html", "华培教育 人工智能训练师四级 常德面授班", True, "U09", "华培教育",
  [["phone", "+8619918736642", "199 1873 6642"]],
  "marketplace listing, U09 (phone only)",
  """<p class="seller">机构：华培教育 ｜ 开课城市：常德</p>
<p>¥2200 ｜ 50课时 ｜ 人社部认证的新职业，证书含金量高，报名需审核条件。</p>
<p>课程顾问：199 1873 6642</p>""")
P("weixin", "a-88702.html", "华培职业教育常德分校｜人工智能训练师开班啦", True, "U09", "华培职业教育常德分校",
  [["phone", "+8619918736642", "19918736642"], ["wechat", "huapei_cd01", "huapei_cd01"]],
  "WeChat repost, U09 (phone + wechat)",
  """<p class="src">来源公众号：华培职教常德 ｜ 2026-04-02</p>
<p>人工智能训练师四级面授班，常德分校4月开课。</p>
<p>报名电话 19918736642，扫码或搜索微信号 huapei_cd01 添加招生老师。</p>""")
P("news", "jy-0422.html", "职业技能培训走进社区 华培职教开设AI训练师课程", True, "U09", "华培职教",
  [["wechat", "huapei_cd01", "huapei_cd01"], ["email", "huapeicd@qq.com", "huapeicd@qq.com"]],
  "news advertorial, U09 (wechat + email)",
  """<p class="byline">通讯员 刘敏 ｜ 2026-04-22</p>
<p>近日，华培职教在常德武陵区多个社区开展人工智能训练师公益讲座，介绍新职业发展前景。</p>
<p>（广告）报名：微信 huapei_cd01，邮箱 huapeicd@qq.com</p>""")

# ================= Independents =================
P("luntan", "t-66715.html", "个人带班：人工智能训练师五级辅导，鼎城可上门", True, "I01", "鼎城周老师（个人）",
  [["phone", "+8615173623378", "151 7362 3378"]], "independent tutor forum post",
  """<div class="post"><p class="u">楼主：周老师</p><p>本人在数据公司做标注组长三年，可辅导人工智能训练师五级实操，一次200元/3小时。不代办证书。电话 151 7362 3378</p></div>""")
P("wenda", "q-5781.html", "兰溪有人工智能训练师的培训吗？", True, "I02", "兰溪职训（个人答主）",
  [["wechat", "lanxi_peixun", "lanxi_peixun"]], "independent Q&A answer",
  """<p class="q">提问者：兰溪阿杰 ｜ 兰溪有人工智能训练师的培训吗？</p>
<div class="a"><p class="who">兰溪职训</p><p>我们兰溪这边6月有一期五级班，名额不多，微信 lanxi_peixun 咨询。</p></div>""")
P("shop", "item-21788.html", "2026人工智能训练师 理论题库+实操网课 三级四级", True, "I03", "AI题库小铺",
  [["qq", "1492038657", "1492038657"]], "independent shop: exam prep course",
  """<p class="shopname">店铺：AI题库小铺</p><p class="price">¥49</p>
<p>按认定要素细目表整理的理论题库和实操视频课，只卖资料不代报名。售后QQ 1492038657。</p>""")
P("kecheng", "c-31355.html", "东阳智学 人工智能训练师五级 线上+线下混合课", True, "I04", "东阳智学",
  [["email", "dyzhixue@126.com", "dyzhixue@126.com"]], "independent marketplace listing",
  """<p class="seller">机构：东阳智学</p><p>¥1500 ｜ 60课时 ｜ 需满足五级申报条件。咨询邮箱 dyzhixue@126.com</p>""")
P("rsj", "tz-2026-031.html", "关于常德应用技术学校2026年第一批人工智能训练师职业技能等级认定报名的公告", True, "I05",
  "常德应用技术学校职业技能等级认定站", [["phone", "073607186025", "0736-7186025"]],
  "official-style enrolment notice by a school evaluation site",
  """<p>经备案，常德应用技术学校职业技能等级认定站定于2026年5月开展人工智能训练师（4-04-05-05）五级、四级认定。</p>
<p>申报条件按国家职业技能标准执行。认定费按物价核定标准收取，培训费另行公示。考点：武陵区职教园实训楼（考点前台 0736-7719200）。</p>
<p>本批次号 13620260415。证书可登录 zscx.osta.org.cn 查询。报名咨询 0736-7186025，政策咨询 12333。</p>""")
P("fenlei", "jh-9120.html", "婺城 人工智能训练师 五级 小班辅导 个人", True, "I06", "个人（吴先生）",
  [["phone", "+8613306796158", "133 0679 6158"]], "independent classifieds post",
  """<p>类别：教育培训 > 职业技能 ｜ 区域：金华-婺城区 ｜ 发布者：吴先生（个人）</p>
<p>五级实操小班辅导，只辅导不办证。联系 133 0679 6158</p>
<p class="tpl">【发布模板示例，请替换】电话：13800138000 微信：wxid_example</p>""")

# ================= Non-offers =================
P("luntan", "t-65981.html", "【曝光】交了3980说包过，结果拿到的证查不到！", False, None, None, [],
  "complaint thread quoting a scam number",
  """<div class="post"><p class="u">楼主：被坑的小陈</p><p>去年交了3980报人工智能训练师三级，说人社部颁发包过，拿到的证在 zscx.osta.org.cn 查不到。对方电话 17607364521 现在打不通了，已经打了12315投诉。</p></div>
<div class="reply"><p class="u">2楼</p><p>正规证书都能在技能人才评价证书全国联网查询查到，别信包过。</p></div>""")
P("wenda", "q-5433.html", "怎么辨别人工智能训练师证书真假？", False, None, None, [],
  "Q&A guide on verification",
  """<p class="q">提问者：金华路人甲 ｜ 怎么辨别证书真假？</p>
<div class="a"><p class="who">热心网友</p><p>职业技能等级证书编号是22位（1位大写字母+21位数字），可在 zscx.osta.org.cn 查询；1+X 证书以前在 vslc.ncb.edu.cn 查。宣传“人社部颁发”“包过”的要小心，可以拨打12315或12333咨询。</p></div>""")
P("news", "jy-0409.html", "警惕！“包过拿证”的AI证书广告 已有市民被骗", False, None, None, [],
  "news warning quoting scam number",
  """<p class="byline">本报记者 何晓 ｜ 2026-04-09</p>
<p>市民陈先生反映，一家自称能“人社部颁发、包过”的机构收费3980元后失联，对方使用的号码为 176 0736 4521。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可通过 jndj.osta.org.cn 和 zscx.osta.org.cn 查询。遇到虚假宣传可拨打12315投诉，政策咨询拨打12333。</p>""")
P("rsj", "tz-2026-027.html", "关于警惕技术技能类“山寨证书”的提示", False, None, None, [],
  "official-style warning notice",
  """<p>近期我局接到群众反映，部分机构以“人社部颁发”“包过”“不限学历”等名义招揽人工智能训练师培训。</p>
<p>根据人社部函〔2022〕25号，职业技能等级证书由经备案的评价机构颁发，人社部门不直接颁发。证书可在 zscx.osta.org.cn 查询。咨询电话：12333。</p>""")

# ---------- site index + hub ----------
def rel(a, b):
    return b  # we use root-relative links

def frame(site_key, title, crumbs, body, sidebar_links, related):
    s = SITES[site_key]
    st = s["style"]
    nav = {
        "company": ["首页", "课程中心", "报名须知", "关于我们"],
        "marketplace": ["首页", "职业技能", "IT技能", "考证", "机构入驻"],
        "forum": ["首页", "常德版块", "金华版块", "教育培训", "站务"],
        "classifieds": ["首页", "招聘", "二手", "教育培训", "本地服务"],
        "qa": ["首页", "教育", "职场", "我要提问"],
        "wechat": ["首页", "教育", "本地", "热门"],
        "video": ["推荐", "关注", "同城", "直播"],
        "news": ["首页", "本地", "教育", "民生", "评论"],
        "gov": ["首页", "政务公开", "通知公告", "办事服务", "互动交流"],
        "shop": ["首页", "分类", "购物车", "我的订单"],
    }[st]
    navhtml = " ".join(f'<a href="/{site_key}/index.html">{n}</a>' for n in nav)
    crumbhtml = " &gt; ".join(f'<a href="{u}">{html.escape(t)}</a>' if u else html.escape(t) for t, u in crumbs)
    side = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in sidebar_links)
    relh = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in related)
    wrap_cls = {"company": "corp", "marketplace": "mk", "forum": "bbs", "classifieds": "cls", "qa": "qa",
                "wechat": "rich_media", "video": "vd", "news": "art", "gov": "zw", "shop": "tb"}[st]
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(s['name'])}</title></head>
<body class="{wrap_cls}">
<header><div class="logo"><a href="/{site_key}/index.html">{html.escape(s['name'])}</a></div><nav>{navhtml}</nav></header>
<div class="crumbs">当前位置：{crumbhtml}</div>
<div class="container"><main><h1>{html.escape(title)}</h1>
{body}
<section class="related"><h3>相关推荐</h3><ul>{relh}</ul></section>
</main>
<aside class="sidebar"><h3>热门</h3><ul>{side}</ul></aside></div>
<footer>{s['footer']} ｜ <a href="/index.html">网站导航</a></footer>
</body></html>
"""

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    out = {}
    by_site = {k: [p for p in PAGES if p["site"] == k] for k in ORDER}
    for k in ORDER:
        plist = by_site[k]
        links = [(p["title"], f"/{k}/{p['file']}") for p in plist]
        side = links[:5]
        for i, p in enumerate(plist):
            related = [links[j] for j in range(len(links)) if j != i][:4]
            crumbs = [("首页", f"/{k}/index.html"), ("人工智能训练师", None), (p["title"][:16], None)]
            out[f"/{k}/{p['file']}"] = frame(k, p["title"], crumbs, p["body"], side, related)
        intro = {
            "company": "本校/本中心开设多个职业技能培训项目：电工、育婴员、健康管理师、人工智能训练师等。",
            "marketplace": "汇集全国职业技能课程，机构入驻需提交资质。",
            "forum": "本地生活、教育培训交流，广告帖请发在指定版块。",
            "classifieds": "免费发布本地信息。",
            "qa": "有问题，就来知点问答。",
            "wechat": "精选公众号文章聚合阅读。",
            "video": "发现有趣的短视频。",
            "news": "本地教育新闻与提醒。",
            "gov": "通知公告",
            "shop": "正品低价，放心购物。",
        }[SITES[k]["style"]]
        lis = "".join(f'<li><a href="{u}">{html.escape(t)}</a></li>' for t, u in links)
        body = f"<p>{intro}</p><ul class='list'>{lis}</ul>"
        out[f"/{k}/index.html"] = frame(k, SITES[k]["name"], [("首页", None)], body, side, links[:3])
    hub = "".join(f'<li><a href="/{k}/index.html">{html.escape(SITES[k]["name"])}</a></li>' for k in ORDER)
    out["/index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网址导航</title></head>
<body><h1>网址导航 · 常德 金华 本地常用</h1><ul>{hub}</ul></body></html>
"""
    for path, text in out.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")
    return out

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "official certificate query site"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "legacy 1+X query platform"),
 ("phone", "4006901288", ["400-690-1288"], "marketplace footer customer service"),
 ("email", "kefu@kechengji.com", ["kefu@kechengji.com"], "marketplace footer e-mail"),
 ("domain", "kechengji.com", ["www.kechengji.com"], "marketplace's own domain"),
 ("other", "湘ICP备18004517号-2", ["湘ICP备18004517号-2"], "marketplace ICP"),
 ("qq_group", "52731846", ["52731846"], "forum staff QQ group in footer"),
 ("email", "admin@chengshibbs.net", ["admin@chengshibbs.net"], "forum footer e-mail"),
 ("phone", "4000105858", ["400-010-5858"], "classifieds footer customer service"),
 ("email", "jubao@bxfenlei.com", ["jubao@bxfenlei.com"], "classifieds report e-mail"),
 ("other", "京ICP备12034571号", ["京ICP备12034571号"], "classifieds ICP"),
 ("email", "help@zhidianwenda.com", ["help@zhidianwenda.com"], "Q&A footer e-mail"),
 ("qq", "3317028845", ["3317028845"], "repost site business QQ in footer"),
 ("other", "浙ICP备19027736号-3", ["浙ICP备19027736号-3"], "repost site ICP"),
 ("phone", "01058927761", ["010-58927761"], "video platform report hotline"),
 ("phone", "057982331100", ["0579-82331100"], "newspaper hotline in footer"),
 ("email", "xinwen@csbw.com.cn", ["xinwen@csbw.com.cn"], "newspaper e-mail in footer"),
 ("phone", "073607222571", ["0736-7222571"], "人社局 office phone in footer"),
 ("domain", "rsj.changde.gov.cn", ["rsj.changde.gov.cn"], "人社局 domain in footer"),
 ("phone", "4008006677", ["400-800-6677"], "shop platform customer service"),
 ("uscc", USCC_SHOP, [USCC_SHOP], "shop platform operator's USCC in footer"),
 ("phone", "+8617607364521", ["17607364521", "176 0736 4521"], "scam number quoted in complaint and news"),
 ("phone", "+8613620260415", ["13620260415"], "assessment batch number that looks like a mobile"),
 ("other", "S000043050001263000121", ["S000043050001263000121"], "sample certificate number on several sellers' pages"),
 ("other", "4-04-05-05", ["4-04-05-05"], "occupation code, not a phone"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder left in classifieds posts"),
 ("wechat", "wxid_example", ["wxid_example"], "template placeholder WeChat id"),
 ("wechat", "lily_jh0579", ["lily_jh0579"], "reader's own WeChat in comments"),
 ("qq", "1034567812", ["1034567812"], "reader's own QQ in comments"),
 ("phone", "073607719200", ["0736-7719200"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool (third party)"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
]

def main():
    out = build()
    pages = []
    for p in PAGES:
        pages.append(dict(path=f"/{p['site']}/{p['file']}", is_offer=p["offer"], operator=p["op"],
                          provider=p["provider"], identifiers=p["ids"], note=p["note"]))
    for k in ORDER:
        pages.append(dict(path=f"/{k}/index.html", is_offer=False, operator=None, provider=None,
                          identifiers=[], note=f"index page of {SITES[k]['name']} ({SITES[k]['style']})"))
    pages.append(dict(path="/index.html", is_offer=False, operator=None, provider=None, identifiers=[],
                      note="hub linking every site's index"))
    pages.sort(key=lambda x: x["path"])
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            o = ops.setdefault(p["op"], {"brands": [], "identifiers": []})
            if p["provider"] not in o["brands"]:
                o["brands"].append(p["provider"])
            for kind, val, _ in p["ids"]:
                if [kind, val] not in o["identifiers"]:
                    o["identifiers"].append([kind, val])
    decoys = []
    for kind, val, written, why in DECOYS:
        hit = sorted(path for path, text in out.items() if any(w in text for w in written))
        decoys.append(dict(kind=kind, value=val, written=written, pages=hit, why=why))
    truth = dict(pages=pages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
