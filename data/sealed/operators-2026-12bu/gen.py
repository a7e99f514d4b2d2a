#!/usr/bin/env python3
"""12bu: a fictional 成都 web of AI-trainer (人工智能训练师) certificate sellers.
Standard library only; deterministic. Writes site/ and truth.json next to this file."""
import json, os, shutil, html

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# --------------------------------------------------------------------------- sites
SITES = {
    "notes": dict(dir="/notes/", name="蓉书笔记", slogan="记录成都生活的每一天",
        nav=["发现", "成都同城", "学习", "职场", "消息", "我"],
        side="<h4>热门话题</h4><ul><li>#成都周末去哪儿</li><li>#考证日记</li><li>#AI副业</li><li>#蓉漂落户</li></ul>",
        foot="蓉书笔记 © 2026 · 客服电话 400-660-2817 · 客服邮箱 help@rongshu.cn · 蜀ICP备2019021873号-2 · 违法和不良信息举报"),
    "video": dict(dir="/video/", name="快刷视频", slogan="刷到就是缘分",
        nav=["推荐", "关注", "同城·成都", "直播", "商城"],
        side="<h4>同城热榜</h4><ol><li>春熙路探店</li><li>宽窄巷子夜景</li><li>AI证书到底有没有用</li><li>熊猫基地攻略</li></ol>",
        foot="快刷视频 成都快刷网络科技有限公司 统一社会信用代码 91510100MA68W2D40G · 网络文化经营许可证 川网文〔2023〕1186-052号 · 未成年人保护热线 400-928-6611"),
    "ask": dict(dir="/ask/", name="问蓉", slogan="有问题，问成都人",
        nav=["首页", "回答", "专栏", "职业教育", "写回答"],
        side="<h4>相关问题</h4><ul><li>成都哪里可以考人工智能训练师？</li><li>数据标注员工资多少？</li><li>技能提升补贴怎么领？</li></ul>",
        foot="问蓉 · 社区规范 · 举报邮箱 jubao@wenrong.com · 蜀ICP备2020004512号 · © 2026 问蓉"),
    "tieba": dict(dir="/tieba/", name="蓉城吧", slogan="成都人自己的贴吧",
        nav=["看贴", "图片", "精品", "吧务", "签到"],
        side="<h4>吧务公告</h4><p>禁止发布办证广告，违者封号。本吧吧务交流 QQ群：566120893（仅限吧务事务）</p>",
        foot="©2026 蓉城吧 · 吧务 QQ群：566120893 · 举报受理：tieba-jubao@rongcheng.net · 蜀ICP备2018030091号"),
    "jczb": dict(dir="/jczb/", name="锦城智标科技", slogan="数据标注 · 人工智能训练师 · 职业技能培训",
        nav=["首页", "培训课程", "师资力量", "新闻动态", "人才招聘", "联系我们"],
        side="<h4>快捷入口</h4><ul><li>课程报名</li><li>证书查询说明</li><li>补贴政策</li></ul>",
        foot="锦城智标科技（成都）有限公司 版权所有 · 地址：成都市武侯区天府大道北段 1700 号环球中心 W6 区 · 技术支持：蓉易建站 www.rongyi-jz.com 028-85990011"),
    "cxzn": dict(dir="/cxzn/", name="川信智能", slogan="AI人才一站式服务 · 考证 · 落户 · 就业",
        nav=["网站首页", "热门课程", "证书展示", "落户积分", "在线报名"],
        side="<h4>在线客服</h4><p>工作时间 9:00-21:00</p>",
        foot="Copyright © 2026 川信智能 All Rights Reserved · 技术支持：蓉易建站 www.rongyi-jz.com 028-85990011"),
    "fenlei": dict(dir="/fenlei/", name="蓉城分类", slogan="成都本地生活分类信息",
        nav=["首页", "招聘", "二手", "房产", "教育培训", "本地服务"],
        side="<h4>安全提示</h4><p>凡要求先付款、刷单、代办证书的信息请谨慎。</p>",
        foot="蓉城分类信息网 · 客服热线 028-62900500 · 营业执照 · 增值电信业务经营许可证 川B2-20190388"),
    "mp": dict(dir="/mp/", name="公众号文章转载", slogan="好文转载 · 学习分享",
        nav=["首页", "职场", "教育", "科技", "政策"],
        side="<h4>阅读排行</h4><ol><li>成都2026积分入户新规</li><li>AI时代哪些证书值得考</li></ol>",
        foot="本站文章均转载自微信公众号，版权归原作者所有，如有侵权请联系 banquan@mpzhuanzai.com 删除"),
    "news": dict(dir="/news/", name="成都生活报", slogan="权威 · 本地 · 民生",
        nav=["首页", "时政", "民生", "教育", "警方提醒", "专题"],
        side="<h4>便民热线</h4><ul><li>成都市民服务热线 12345</li><li>人社服务热线 12333</li></ul>",
        foot="成都生活报社 主办 · 新闻热线 028-86969110 · 互联网新闻信息服务许可证 51120180005"),
}

PAGES = []


def P(path, title, body, offer=False, op=None, brand=None, ids=(), cids=(), comments=(), note="", author=None, date="2026-03-10"):
    PAGES.append(dict(path=path, title=title, body=body, offer=offer, op=op, brand=brand,
                      ids=[list(x) for x in ids], cids=[list(x) for x in cids], comments=list(comments),
                      note=note, author=author, date=date))


def site_of(path):
    return path.split("/")[1]

# --------------------------------------------------------------------------- index pages (non-offers)
P("/notes/index.html", "蓉书笔记 · 成都同城 · 学习考证", "", note="notes-app channel list")
P("/video/index.html", "快刷视频 · 同城·成都", "", note="short-video channel list")
P("/ask/index.html", "问蓉 · 职业教育话题", "", note="Q&A topic list")
P("/tieba/index.html", "蓉城吧 · 帖子列表", "", note="forum thread list")
P("/fenlei/index.html", "蓉城分类 · 教育培训", "", note="classifieds list")
P("/mp/index.html", "公众号文章转载 · 最新", "", note="WeChat repost list")
P("/news/index.html", "成都生活报 · 教育民生", "", note="news section list")

# --------------------------------------------------------------------------- U01 蓉智 / 小蓉老师
P("/notes/n1.html", "零基础转行AI训练师｜我是怎么拿到四级证的（附避坑）",
  "<p>姐妹们！去年从电商客服转到数据标注，现在在高新区一家做大模型的公司。很多人问我证书怎么考，统一回复一下：</p>"
  "<p>1️⃣ 人工智能训练师是 4-04-05-05，职业技能等级证书，不是什么国家职业资格证哈；<br>2️⃣ 五级要一年相关工作经历，我当时有客服经历算相关；<br>3️⃣ 我们小蓉老师这边带班，理论+实操一共 6 周，周末上课。</p>"
  "<p>学费不在这里说了，平台限流🙈 想了解的评论区扣 1，或者看我置顶。</p><p>#人工智能训练师 #成都考证 #转行</p>",
  True, "U01", "小蓉老师AI职培", ids=[("wechat", "rzai2021", "RZai2021")],
  comments=[("小鱼想上岸", "扣1，在龙泉驿上班能周末去吗？我v：xiaoyu_0823 求带", ""),
            ("小蓉老师AI职培", "可以的宝，周末班在天府三街，加我v：RZai2021 发你课表", "作者"),
            ("成都吃货阿飞", "楼主头像好看", "")],
  note="notes post by a trainer; the seller's contact is only in the author's comment reply", author="小蓉老师AI职培")
P("/video/v1.html", "【蓉智AI教育】3分钟看懂人工智能训练师五级/四级怎么报",
  "<p>视频文案：数据标注员、AI算法测试员，都属于人工智能训练师这个职业。五级60课时、四级50课时，我们按国家职业技能标准上课，考试分理论和实操，都是60分及格。</p>"
  "<p>咨询 139 8061 2745（微信同号），地址：成都市高新区天府三街 69 号新希望国际 B 座 12 楼。</p>",
  True, "U01", "蓉智AI教育", ids=[("phone", "+8613980612745", "139 8061 2745")],
  cids=[("phone", "+8615928370162", "159 2837 0162", "U04")],
  comments=[("打工人小周", "多少钱啊", ""),
            ("蓉智AI教育", "五级 2680，四级 3280，含教材和认定费，可以申请技能提升补贴哦", "作者"),
            ("AI考证顾问-成华", "他家贵了，私信 159 2837 0162 同样的证便宜一千", ""),
            ("Lily在成都", "楼上广告打到别人视频下面了😂", "")],
  note="short video by U01 brand; a competitor (U04) advertises its own phone in the comments", author="蓉智AI教育")
P("/fenlei/f1.html", "天府数标学院 人工智能训练师（数据标注员）周末班招生",
  "<table class='info'><tr><th>类别</th><td>教育培训 › 职业技能</td></tr><tr><th>区域</th><td>高新区 · 天府三街</td></tr>"
  "<tr><th>价格</th><td>面议</td></tr><tr><th>联系人</th><td>周老师</td></tr>"
  "<tr><th>联系电话</th><td>一三九八零六一二七四五</td></tr><tr><th>邮箱</th><td>rongzhi_ai＠163.com</td></tr></table>"
  "<p>小班教学，每班不超过 20 人，理论+实操，上机练习标注平台。参加由备案评价机构组织的认定考试，成绩合格发证，证书可在人社部门指定网站查询。不承诺包过。</p>",
  True, "U01", "天府数标学院", ids=[("phone", "+8613980612745", "一三九八零六一二七四五"), ("email", "rongzhi_ai@163.com", "rongzhi_ai＠163.com")],
  note="classified ad, phone written in Chinese numerals and a full-width @ in the e-mail")
P("/ask/q2.html", "成都有没有靠谱的人工智能训练师培训？",
  "<div class='q'><p>想考个四级，之前做过一年多审核员，算相关工作吗？成都哪家比较靠谱？</p></div>"
  "<div class='a'><div class='who'>智训职培 · 职业培训从业者</div><p>审核员一般可以按相关工作算，以评价机构审核为准。四级的话需要五级证书后再干几年，或者直接按六年工作经历报，你得先看看自己符合哪条。</p>"
  "<p>我们这边可以报，v信 rzai2021，或者发邮件 rongzhi_ai (at) 163 (dot) com，备注“问蓉”。</p></div>"
  "<div class='a'><div class='who'>路过的程序员</div><p>说实话证书用处不大，企业更看项目经验。</p></div>",
  True, "U01", "智训职培", ids=[("wechat", "rzai2021", "rzai2021"), ("email", "rongzhi_ai@163.com", "rongzhi_ai (at) 163 (dot) com")],
  note="Q&A page; the top answer is the U01 seller offering enrolment")

# --------------------------------------------------------------------------- U02 锦城智标 (honest company)
P("/jczb/index.html", "锦城智标科技 - 人工智能训练师职业技能培训",
  "<div class='banner'>人工智能训练师（4-04-05-05）五级 / 四级 / 三级 培训报名中</div>"
  "<p>锦城智标科技（成都）有限公司成立于 2019 年，专注数据标注服务与人工智能训练师职业技能培训。培训结束后由在四川省人社部门备案的评价机构组织认定，证书由评价机构颁发，可登录 zscx.osta.org.cn 查询。</p>"
  "<h3>联系我们</h3><ul><li>电话：028-8556 1234</li><li>邮箱：zhaosheng@jczb-edu.cn</li><li>官网：www.jczb-edu.cn</li><li>统一社会信用代码：91510100MA61XK3Q5C</li></ul>"
  "<p>政策咨询可拨打人社服务热线 12333。</p>",
  True, "U02", "锦城智标科技",
  ids=[("phone", "028-85561234", "028-8556 1234"), ("email", "zhaosheng@jczb-edu.cn", "zhaosheng@jczb-edu.cn"),
       ("domain", "jczb-edu.cn", "www.jczb-edu.cn"), ("uscc", "91510100MA61XK3Q5C", "91510100MA61XK3Q5C")],
  note="training company's own homepage")
P("/jczb/kecheng.html", "培训课程 - 锦城智标·AI训练师学院",
  "<table class='price'><tr><th>等级</th><th>课时</th><th>培训费</th><th>认定费</th></tr>"
  "<tr><td>五级（初级工）</td><td>60</td><td>1800 元</td><td>以评价机构公示为准</td></tr>"
  "<tr><td>四级（中级工）</td><td>50</td><td>2200 元</td><td>以评价机构公示为准</td></tr>"
  "<tr><td>三级（高级工）</td><td>40</td><td>2800 元</td><td>以评价机构公示为准</td></tr></table>"
  "<p>报考条件按《人工智能训练师国家职业技能标准（2021年版）》执行，二级、一级暂不招收零基础学员。参保满一年的学员可按规定申领失业保险技能提升补贴（五级最高 1000 元、四级 1500 元、三级 2000 元）。</p>"
  "<p>认定考点：成都市职业技能鉴定指导中心第三考点，考点电话 028-86651233。证书查询：zscx.osta.org.cn</p>"
  "<p>报名咨询：(028)85561234 · 王老师 187 8290 4416</p><p class='credit'>在线报名表由 表单大师 formmaster.cn 提供</p>",
  True, "U02", "锦城智标·AI训练师学院",
  ids=[("phone", "028-85561234", "(028)85561234"), ("phone", "+8618782904416", "187 8290 4416")],
  note="course and price page on the company's own site")
P("/jczb/zhaopin.html", "人才招聘 - 锦城智标科技",
  "<h3>数据标注员（10 名）</h3><p>薪资 4500-6500 元/月，五险一金，双休。要求：大专及以上，细心，能接受早晚班。</p>"
  "<h3>标注项目经理（2 名）</h3><p>薪资 9000-13000 元/月。</p>"
  "<p>简历投递：hr@jczb-edu.cn，人事部电话 028-85561234 转 8。</p>",
  cids=[("phone", "028-85561234", "028-85561234", "U02")],
  note="job ad on the U02 company site (non-offer, carries the company's own landline)")
P("/mp/m1.html", "成都人注意！人工智能训练师可以领补贴了，最高2000元",
  "<p class='src'>原创 锦标职培 2026-02-18</p>"
  "<p>很多学员问：考人工智能训练师能不能领补贴？答案是可以，但有条件：失业保险参保满一年、取得证书后在规定时间内申请，五级最高 1000 元、四级 1500 元、三级 2000 元。二级、一级没有这项全国补贴，谁说“补贴后几乎免费考技师”都是忽悠。</p>"
  "<p>合作评价机构：四川省智能产业协会职业技能等级认定中心（统一社会信用代码 51510000MJ0Q47020J），证书可在 zscx.osta.org.cn 查询。</p>"
  "<p>报名热线：028-85561234 / 18782904416，官网 jczb-edu 点 cn</p>",
  True, "U02", "锦标职培",
  ids=[("phone", "028-85561234", "028-85561234"), ("phone", "+8618782904416", "18782904416"), ("domain", "jczb-edu.cn", "jczb-edu 点 cn")],
  note="WeChat article repost by the U02 account; domain spelled with 点")
P("/fenlei/f2.html", "【成都锦标教育】数据标注/AI训练师 五级四级 正规培训",
  "<table class='info'><tr><th>类别</th><td>教育培训 › 职业技能</td></tr><tr><th>区域</th><td>武侯区 · 环球中心</td></tr>"
  "<tr><th>价格</th><td>1800 元起</td></tr><tr><th>联系人</th><td>王老师 187-8290-4416</td></tr><tr><th>微信</th><td>JCZB_kf</td></tr></table>"
  "<p>公司自有标注项目，学员可参与实操。考试由备案评价机构组织，按标准申报条件审核。</p>",
  True, "U02", "成都锦标教育", ids=[("phone", "+8618782904416", "187-8290-4416"), ("wechat", "jczb_kf", "JCZB_kf")],
  note="classified ad of U02 under a third brand")

# --------------------------------------------------------------------------- U03 包过 / 免考
P("/tieba/t1.html", "人工智能训练师 三级 二级 包过 不用考试 有需要的进",
  "<p>1楼：人社部颁发，全国联网可查，零基础不限学历不限经验，三级二级都能办，免考直接拿证，可用于积分落户、评职称。</p>"
  "<p>扣扣 2837461955，加群 735 281 604 看往期学员证书。</p>",
  True, "U03", "天府证书服务中心", ids=[("qq", "2837461955", "2837461955"), ("qq_group", "735281604", "735 281 604")],
  comments=[("锦江打工仔", "免考还能联网可查？骗子吧", ""), ("天府证书服务中心", "不信算了，往期学员几百个", "楼主"),
            ("吃瓜的老王", "已举报。有问题问吧务不要私下转账 QQ 906231458 是我小号有事找", "")],
  note="forum thread, classic 包过/免考/人社部颁发 pitch", author="天府证书服务中心")
P("/video/v2.html", "AI证书速通｜不考试也能拿人工智能训练师证？",
  "<p>视频文案：你还在苦哈哈刷题？我们 7 天出证，三级 3980，二级 5980，三证一起办再优惠！主页V：CDaizs666，QQ:2837 4619 55。</p>"
  "<p>画面字幕：人社部颁发｜全国通用｜落户加分</p>",
  True, "U03", "AI证书速通", ids=[("wechat", "cdaizs666", "CDaizs666"), ("qq", "2837461955", "2837 4619 55")],
  comments=[("被坑过的阿杰", "大家别信，我在另一家被骗了，快刷小店订单号 17320251128 到现在没退款", ""),
            ("AI证书速通", "我们是正规机构，欢迎实地考察", "作者")],
  note="short video of U03; a commenter quotes a shop order number", author="AI证书速通")
P("/notes/n2.html", "听劝！35岁宝妈一周拿下人工智能训练师证书🎉",
  "<p>本来以为要考试很难，结果老师说报了就能拿，证书真的下来了！据说能加落户积分，还能找兼职做标注。</p>"
  "<p>证书样本编号 S000051000011253000123（隐去姓名）。想一起的姐妹评论区问～</p>",
  True, "U03", "证小通", ids=[("wechat", "cdaizs666", "cdaizs666"), ("phone", "+8617708234561", "177-0823-4561")],
  comments=[("花花在郫都", "求老师联系方式", ""), ("证小通", "vx：cdaizs666 或者打 177-0823-4561 找李老师", "作者"),
            ("理性派", "一周出证本身就不正常，评价机构要考理论和实操的", "")],
  note="testimonial-style note; contacts only in author's comment reply", author="证小通")
P("/mp/m2.html", "【四川智证教育】2026年人工智能训练师报名通道开启",
  "<p class='src'>四川智证教育 2026-01-06</p><p>国家新职业！人社部认证！证书终身有效，全国联网可查，可用于落户、积分、评职称。一级/二级/三级均可报名，不限学历。</p>"
  "<p>证书样本编号：S000051000011253000123</p><p>咨询电话：+86 177 0823 4561　官方QQ群：735281604</p>",
  True, "U03", "四川智证教育", ids=[("phone", "+8617708234561", "+86 177 0823 4561"), ("qq_group", "735281604", "735281604")],
  note="WeChat repost of a U03 enrolment notice")

# --------------------------------------------------------------------------- U04 comment poacher
P("/ask/q3.html", "人工智能训练师证书在成都好考吗？大概多少钱？",
  "<div class='q'><p>如题，看到很多广告价格差很多，从一千多到五六千都有。</p></div>"
  "<div class='a'><div class='who'>成华AI职培</div><p>五级四级正常培训 2000 左右，三级高一些。包过的都别信。我们这边四级 1980 含认定，周六日上课，加微信 Ai_XunLianShi_cd 发资料。</p></div>"
  "<div class='a'><div class='who'>一只猫</div><p>先去 pjjg.osta.org.cn 查评价机构有没有备案这个职业。</p></div>",
  True, "U04", "成华AI职培", ids=[("wechat", "ai_xunlianshi_cd", "Ai_XunLianShi_cd")],
  note="Q&A page, top answer is the U04 seller")
P("/tieba/t2.html", "【蜀训教育】AI训练师四级、三级 周末班 1980起",
  "<p>1楼：蜀训教育，专注人工智能训练师培训，正规备案评价机构认定。</p><p>电话：15928370162（同V） Q 2297710386</p>",
  True, "U04", "蜀训教育", ids=[("phone", "+8615928370162", "15928370162"), ("qq", "2297710386", "2297710386")],
  comments=[("热心网友", "上周去试听了，老师还行", ""), ("吃瓜的老王", "广告贴？@吧务 QQ 906231458", "")],
  note="forum ad thread of U04", author="蜀训教育")
P("/video/v3.html", "人工智能考证小助手｜数据标注员能干啥？",
  "<p>视频文案：数据标注员是人工智能训练师的一个工种，五级起考。报名找我，电话 159 2837 0162，微信 ai_xunlianshi_cd。</p>",
  True, "U04", "人工智能考证小助手", ids=[("phone", "+8615928370162", "159 2837 0162"), ("wechat", "ai_xunlianshi_cd", "ai_xunlianshi_cd")],
  comments=[("小鱼想上岸", "我v：xiaoyu_0823，有一起报的吗", ""), ("人工智能考证小助手", "加你了", "作者")],
  note="short video of U04", author="人工智能考证小助手")
P("/fenlei/f3.html", "川渝AI考证 人工智能训练师 报名咨询",
  "<table class='info'><tr><th>类别</th><td>教育培训 › 考证</td></tr><tr><th>区域</th><td>成华区 · 建设路</td></tr><tr><th>价格</th><td>1980 元</td></tr>"
  "<tr><th>联系电话</th><td>159-2837-0162</td></tr><tr><th>邮箱</th><td>2297710386@QQ.com</td></tr></table><p>线上线下均可，资料包免费送。</p>",
  True, "U04", "川渝AI考证", ids=[("phone", "+8615928370162", "159-2837-0162"), ("email", "2297710386@qq.com", "2297710386@QQ.com")],
  note="classified ad of U04; QQ mailbox in upper case")

# --------------------------------------------------------------------------- U05 川信智能 (落户, 人社部颁发)
P("/cxzn/index.html", "川信智能 - 人工智能训练师 考证 落户 一站式服务",
  "<div class='banner'>人社部颁发 · 国家职业资格 · 落户加分 · 高通过率</div>"
  "<p>川信智能科技（成都）有限公司，统一社会信用代码 91510107MA6CG1N803。人工智能训练师一级至五级均可报考，持三级证可申请成都人才落户。</p>"
  "<p>全国服务热线：028-6183 2290　业务经理：13608041178　官网：www.cxzn-ai.com</p>"
  "<p class='tpl'>分公司电话：138-0000-0000　邮箱：yourname@example.com</p>",
  True, "U05", "川信智能科技",
  ids=[("uscc", "91510107MA6CG1N803", "91510107MA6CG1N803"), ("phone", "028-61832290", "028-6183 2290"),
       ("phone", "+8613608041178", "13608041178"), ("domain", "cxzn-ai.com", "www.cxzn-ai.com")],
  note="suspicious company homepage (人社部颁发, 落户); template placeholders left in")
P("/cxzn/course.html", "热门课程 - 川信AI学院 人工智能训练师三级（高级工）",
  "<p>课程价格：三级 4800 元，二级 6800 元，三证联报 9800 元。零基础可报，不限专业。证书官网可查：zscx.osta.org.cn</p>"
  "<p>客服热线 (028) 6183-2290　客服微信 CXZN_2023</p><p class='credit'>报名表单由 表单大师 formmaster.cn 提供技术支持</p>",
  True, "U05", "川信AI学院", ids=[("phone", "028-61832290", "(028) 6183-2290"), ("wechat", "cxzn_2023", "CXZN_2023")],
  note="course page of U05; 三证联报 bundle for beginners")
P("/notes/n3.html", "蓉漂落户攻略｜没学历也能靠技能证书落户成都？",
  "<p>本人做落户规划三年了，说点干货：技能人才落户要看证书等级和社保。很多人问 AI 训练师三级能不能用，可以的，但要正规渠道。</p>"
  "<p>详细方案在我主页网站 cxzn-ai 点 com，或者 v: cxzn_2023 直接问。</p>",
  True, "U05", "蓉漂落户规划师", ids=[("domain", "cxzn-ai.com", "cxzn-ai 点 com"), ("wechat", "cxzn_2023", "cxzn_2023")],
  comments=[("川大学渣", "三级不是要四级证加五年吗", ""), ("蓉漂落户规划师", "我们有渠道的，私聊", "作者")],
  note="落户 note by U05 under a planner persona", author="蓉漂落户规划师")

# --------------------------------------------------------------------------- U06
P("/video/v4.html", "悦智培｜人工智能训练师 理论+实操 真实课堂",
  "<p>视频文案：带大家看看我们的实操课，标注平台上机练习。五级 2300，四级 2800。电话/微信：189 8077 6320，微信号也可以搜 yzp_ai。</p>",
  True, "U06", "悦智培", ids=[("phone", "+8618980776320", "189 8077 6320"), ("wechat", "yzp_ai", "yzp_ai")],
  comments=[("周末不加班", "在哪个区？", ""), ("悦智培", "金牛区一品天下，地铁 7 号线", "作者")],
  note="short video of U06", author="悦智培")
P("/tieba/t3.html", "成都AI标注师之家：考证交流群，欢迎加入",
  "<p>1楼：这里是成都做数据标注的朋友们的交流群，群里有老师带考人工智能训练师。群号：812604337　老师 VX yzp_AI</p>"
  "<p>我们合作的考点是成都市职业技能鉴定指导中心，考点电话 028-86651233 可以自己打电话问。</p>",
  True, "U06", "成都AI标注师之家", ids=[("qq_group", "812604337", "812604337"), ("wechat", "yzp_ai", "yzp_AI")],
  comments=[("数据民工", "进群了，群里都是广告", "")],
  note="forum 'community group' thread that is a U06 funnel", author="AI标注师之家")
P("/ask/q4.html", "人工智能训练师四级考试难不难？实操考什么？",
  "<div class='q'><p>下个月要考四级，实操有点慌。</p></div>"
  "<div class='a'><div class='who'>学证君</div><p>四级实操主要是数据采集和处理、数据标注、智能系统运维。我们有模拟题库，需要的话打 １８９８０７７６３２０，或者进 QQ群 812-604-337。</p></div>",
  True, "U06", "学证君", ids=[("phone", "+8618980776320", "１８９８０７７６３２０"), ("qq_group", "812604337", "812-604-337")],
  note="Q&A answer by U06; full-width digits")

# --------------------------------------------------------------------------- U07 数智启航 (payee)
P("/notes/n4.html", "成都AI培训机构测评｜数智启航 上课体验",
  "<p>试听了三家，说说数智启航：老师是做过大模型标注项目的，课件比较新。五级 1680，四级 2180。</p>"
  "<p>官网 shuzhi-edu.cn，咨询 19162201835</p>",
  True, "U07", "数智启航", ids=[("domain", "shuzhi-edu.cn", "shuzhi-edu.cn"), ("phone", "+8619162201835", "19162201835")],
  comments=[("阿紫", "是广告吗", ""), ("数智启航", "真实体验哈", "作者")],
  note="'review' note that is a U07 advertorial", author="数智启航")
P("/fenlei/f4.html", "启航职培 人工智能训练师 五级/四级 开班",
  "<table class='info'><tr><th>类别</th><td>教育培训 › 职业技能</td></tr><tr><th>区域</th><td>青羊区 · 西部智谷</td></tr><tr><th>价格</th><td>1680 元起</td></tr>"
  "<tr><th>邮箱</th><td>PX@shuzhi-edu.cn</td></tr></table>"
  "<p>评价机构：四川省智能产业协会职业技能等级认定中心（统一社会信用代码 51510000MJ0Q47020J）。</p>"
  "<p>学费对公转账，户名：成都启航数智教育咨询有限公司</p>",
  True, "U07", "启航职培", ids=[("email", "px@shuzhi-edu.cn", "PX@shuzhi-edu.cn"), ("other", "payee:成都启航数智教育咨询有限公司", "成都启航数智教育咨询有限公司")],
  note="classified ad of U07 with payee name")
P("/mp/m3.html", "天府AI人才网｜人工智能训练师是什么？一文讲清",
  "<p class='src'>天府AI人才网 2026-02-27</p><p>人工智能训练师（4-04-05-05）有数据标注员、人工智能算法测试员两个工种，五个等级……</p>"
  "<p>本期开班：五级 1680。报名：+86 191 6220 1835　转账户名：成都启航数智教育咨询有限公司</p>",
  True, "U07", "天府AI人才网", ids=[("phone", "+8619162201835", "+86 191 6220 1835"), ("other", "payee:成都启航数智教育咨询有限公司", "成都启航数智教育咨询有限公司")],
  note="explainer-style WeChat repost that ends in U07 enrolment")

# --------------------------------------------------------------------------- U08 老蒋
P("/tieba/t4.html", "老蒋考证：AI训练师、数据标注员，有问必答",
  "<p>1楼：干了八年职业培训，AI训练师也带了三年。正规流程，不包过，但辅导到你会。蒋老师 133 0819 5527（微信：ljx13308195527）</p>",
  True, "U08", "老蒋考证", ids=[("phone", "+8613308195527", "133 0819 5527"), ("wechat", "ljx13308195527", "ljx13308195527")],
  comments=[("吃瓜的老王", "比那些包过的实在，QQ 906231458 有空交流", "")],
  note="forum thread by U08", author="老蒋考证")
P("/video/v5.html", "蒋sir讲AI｜人工智能训练师三级 申报条件你够吗？",
  "<p>视频文案：三级要四级证后干满五年，或者四级证+高职毕业，或者大专+四级证+两年。够条件再来找我。v：LJX13308195527，QQ 1593278846。</p>",
  True, "U08", "蒋sir讲AI", ids=[("wechat", "ljx13308195527", "LJX13308195527"), ("qq", "1593278846", "1593278846")],
  note="short video of U08", author="蒋sir讲AI")
P("/ask/q5.html", "数据标注员和人工智能训练师是一回事吗？",
  "<div class='q'><p>招聘写的是数据标注员，培训广告写的是人工智能训练师，有点懵。</p></div>"
  "<div class='a'><div class='who'>蒋老师</div><p>数据标注员是人工智能训练师下面的工种之一，证书上会写职业（工种）。想考可以找我，QQ/微信：1593278846 / ljx13308195527。</p></div>",
  True, "U08", "蒋老师", ids=[("qq", "1593278846", "1593278846"), ("wechat", "ljx13308195527", "ljx13308195527")],
  note="Q&A answer by U08")

# --------------------------------------------------------------------------- U09 芯训
P("/notes/n5.html", "成都芯训AI｜人工智能训练师证书长这样👇",
  "<p>很多人问证书长啥样，放个样本：编号 S000051000011253000123，扫码可查。报名请发邮件 cdaitrain＠126.com 说明等级。</p>",
  True, "U09", "芯训AI", ids=[("email", "cdaitrain@126.com", "cdaitrain＠126.com")],
  comments=[("花花在郫都", "和别家发的样本一模一样诶", "")],
  note="note of U09 showing a copied sample certificate", author="芯训AI")
P("/video/v6.html", "成都AI训练营｜三天速成 人工智能训练师",
  "<p>视频文案：三天集训，考前押题，通过率 98%！官网：aixl-cd点cn，电话 157 0847 6693。</p>",
  True, "U09", "成都AI训练营", ids=[("domain", "aixl-cd.cn", "aixl-cd点cn"), ("phone", "+8615708476693", "157 0847 6693")],
  note="short video of U09 (速成, 通过率 promise)", author="成都AI训练营")
P("/tieba/t5.html", "川大旁AI实训 人工智能训练师 冲刺班",
  "<p>1楼：川大望江校区旁，冲刺班 3 天。电话 157-0847-6693，邮箱 cdaitrain AT 126 dot com</p>",
  True, "U09", "川大旁AI实训", ids=[("phone", "+8615708476693", "157-0847-6693"), ("email", "cdaitrain@126.com", "cdaitrain AT 126 dot com")],
  comments=[("望江学子", "在哪栋楼？", ""), ("外卖小哥", "我QQ 906231458 也想问", "")],
  note="forum thread of U09", author="川大旁AI实训")

# --------------------------------------------------------------------------- independents
P("/notes/n6.html", "学姐的AI训练师备考笔记 + 一对一辅导",
  "<p>自己考了四级，整理了理论知识点（基本要求、数据采集和处理、数据标注、智能系统运维）。证书可在 jndj.osta.org.cn 扫码查。</p>"
  "<p>可以一对一带实操，300 元/次，vx qixuejie_ai。</p>",
  True, "I01", "阿七学姐", ids=[("wechat", "qixuejie_ai", "qixuejie_ai")],
  note="individual tutor note", author="阿七学姐")
P("/video/v7.html", "人工智能训练师证 包过 不过退款",
  "<p>视频文案：包过！不过全额退款！样本编号 S000051000011253000123。联系 137 2809 5514。</p>",
  True, "I02", "AI证书小王", ids=[("phone", "+8613728095514", "137 2809 5514")],
  comments=[("路人甲", "包过是违法广告吧", "")],
  note="short 包过 video by an independent seller", author="AI证书小王")
P("/ask/q6.html", "金牛区有哪些正规的人工智能训练师培训学校？",
  "<div class='q'><p>想找有资质的学校，不想被骗。</p></div>"
  "<div class='a'><div class='who'>成都市蓉西职业技能培训学校（官方账号）</div><p>我校为民办职业培训学校，开设人工智能训练师五级、四级培训，认定由备案评价机构在成都市职业技能鉴定指导中心考点组织（考点电话 028-86651233）。证书可在 zscx.osta.org.cn 查询，政策问题可拨 12333。招生电话 028-87659321。</p></div>",
  True, "I03", "成都市蓉西职业技能培训学校", ids=[("phone", "028-87659321", "028-87659321")],
  note="Q&A answer by an honest private training school")
P("/tieba/t6.html", "出人工智能训练师课程资料+代报名",
  "<p>1楼：全套视频+题库 99 元，代报名另算。QQ 3307 415 209</p>",
  True, "I04", "tieba用户 资料铺", ids=[("qq", "3307415209", "3307 415 209")],
  comments=[("吃瓜的老王", "又是卖资料的", "")],
  note="forum seller of materials and enrolment", author="资料铺子")
P("/fenlei/f5.html", "人工智能训练师 个人辅导 郫都区",
  "<table class='info'><tr><th>类别</th><td>教育培训 › 家教</td></tr><tr><th>区域</th><td>郫都区 · 犀浦</td></tr><tr><th>价格</th><td>150 元/小时</td></tr>"
  "<tr><th>联系电话</th><td>+86-135-5120-7783</td></tr></table><p>在职算法测试工程师，周末可辅导五级四级实操。</p>",
  True, "I05", "陈工", ids=[("phone", "+8613551207783", "+86-135-5120-7783")],
  note="individual tutoring classified")
P("/mp/m4.html", "四川天府技师学院：2026年人工智能训练师社会培训招生简章",
  "<p class='src'>天府技师学院 2026-03-01</p><p>我院面向社会开展人工智能训练师五级、四级、三级培训，认定由四川省智能产业协会职业技能等级认定中心（统一社会信用代码 51510000MJ0Q47020J）组织。</p>"
  "<p>报名电话：028-8436 7702　学院网站 tfjsxy.edu.cn</p><p class='tpl'>联系人：XXX 电话：138-0000-0000 邮箱：yourname@example.com</p>",
  True, "I06", "四川天府技师学院", ids=[("phone", "028-84367702", "028-8436 7702"), ("domain", "tfjsxy.edu.cn", "tfjsxy.edu.cn")],
  note="technician college admissions notice repost, with an unfilled template line")

# --------------------------------------------------------------------------- other non-offers
P("/notes/n7.html", "成都少儿编程哪家好｜我家娃学了一年的真实感受",
  "<p>孩子 9 岁，学的图形化编程，一年下来能做小游戏了。机构就不说名字了，价格一年 8000 左右。</p>",
  cids=[("phone", "+8613308195527", "133 0819 5527", "U08")],
  comments=[("老蒋考证", "家长自己也可以考虑学学AI训练师，找蒋老师 133 0819 5527", ""), ("妈妈不好当", "楼上跑题了", "")],
  note="unrelated children's coding note; a U08 seller drops a phone in the comments", author="二宝妈")
P("/ask/q1.html", "零基础能考人工智能训练师吗？网上说包过靠谱吗？",
  "<div class='q'><p>在成都做行政，没有相关经验，看到很多广告说零基础包过、能落户，想问问真假。</p></div>"
  "<div class='a'><div class='who'>HR老张</div><p>五级要求一年相关工作或者学徒经历，零基础“包过”属于违规宣传。证书是评价机构发的职业技能等级证书，不是人社部颁发，可以在 jndj.osta.org.cn 或者 zscx.osta.org.cn 查，评价机构是否备案可在 pjjg.osta.org.cn 查，拿不准就打 12333。</p></div>",
  cids=[("wechat", "ai_xunlianshi_cd", "ai_xunlianshi_cd", "U04")],
  comments=[("小鱼想上岸", "同问，我v：xiaoyu_0823", ""), ("AI考证顾问-成华", "找我 v: ai_xunlianshi_cd 可以帮你看条件", "")],
  note="learner's question; a U04 seller answers in the comments")
P("/tieba/t7.html", "【避雷】交了3980的AI训练师“包过”班，现在人找不到了",
  "<p>1楼：去年 11 月刷到一个视频，说人工智能训练师三级包过，交了 3980，快刷小店订单号 17320251128。对方电话 176 8120 9934，微信 zhengshu_kf01，现在全拉黑了。</p>"
  "<p>已经打了 12315 和 12345，派出所说可以打 96110 反诈专线咨询。人社 12333 说这种证书根本不是他们发的。</p>",
  cids=[("qq", "2837461955", "2837461955", "U03")],
  comments=[("天府证书服务中心", "别找那种小作坊，找我们正规的 QQ 2837461955", ""), ("锦江打工仔", "楼上也是卖包过的，笑死", "")],
  note="buyer's complaint; quotes the scammer's phone/wechat (not a seller in this web); a U03 seller poaches in the comments", author="倒霉的小刘")
P("/fenlei/f6.html", "招聘：数据标注员 龙泉驿 月薪5000-7000",
  "<table class='info'><tr><th>类别</th><td>招聘 › 普工/技工</td></tr><tr><th>公司</th><td>成都某科技外包公司</td></tr><tr><th>薪资</th><td>5000-7000 元</td></tr>"
  "<tr><th>联系人</th><td>刘女士 182 8011 4093</td></tr></table><p>有人工智能训练师证书优先，无证也可，公司内训。</p>",
  note="job ad for data annotators (non-offer)")
P("/mp/m5.html", "一图读懂：人工智能训练师证书怎么查、谁来发？",
  "<p class='src'>成都人社微服务 转载</p><p>1. 人工智能训练师证书属于职业技能等级证书，由备案的评价机构颁发；<br>2. 可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询；<br>3. “人社部颁发”“包过”“免考”均为虚假宣传；<br>4. 咨询电话 12333。</p>",
  note="policy explainer repost")
P("/news/nw1.html", "成都市人社局提醒：警惕“包过”“免考”人工智能训练师证书骗局",
  "<p>本报讯 近期，市民刘先生反映，其在短视频平台购买所谓“三级人工智能训练师包过班”后，对方（电话 176 8120 9934，微信 zhengshu_kf01）失联。市人社局提醒，人工智能训练师证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询，“人社部颁发”“免考”均不实。</p>"
  "<p>如遇类似情况，可拨打 12333 咨询，拨打 12315 投诉，或拨打 96110 反诈专线、12345 市民热线。</p>",
  note="人社 warning news item quoting the scammer's contacts")
P("/news/nw2.html", "新职业观察｜成都数据标注岗位一年新增数千个",
  "<p>记者走访高新区多家人工智能企业发现，数据标注、算法测试岗位需求旺盛。人工智能训练师是 2020 年发布的新职业，分五个等级……市民咨询技能提升补贴可拨打 12333。</p>",
  note="news feature on the new occupation")

# --------------------------------------------------------------------------- decoys
FOOTER_DECOYS = [
    ("notes", "phone", "4006602817", "400-660-2817", "notes platform customer-service number in every notes page footer"),
    ("notes", "email", "help@rongshu.cn", "help@rongshu.cn", "notes platform customer-service e-mail in the footer"),
    ("video", "uscc", "91510100MA68W2D40G", "91510100MA68W2D40G", "video platform's own company code in the footer"),
    ("video", "other", "川网文〔2023〕1186-052号", "川网文〔2023〕1186-052号", "video platform's culture licence in the footer"),
    ("video", "phone", "4009286611", "400-928-6611", "video platform minors' hotline in the footer"),
    ("ask", "email", "jubao@wenrong.com", "jubao@wenrong.com", "Q&A platform report mailbox in the footer"),
    ("tieba", "qq_group", "566120893", "566120893", "forum moderators' QQ group in the sidebar and footer"),
    ("tieba", "email", "tieba-jubao@rongcheng.net", "tieba-jubao@rongcheng.net", "forum report mailbox"),
    ("fenlei", "phone", "028-62900500", "028-62900500", "classifieds site customer-service line"),
    ("mp", "email", "banquan@mpzhuanzai.com", "banquan@mpzhuanzai.com", "repost site's copyright e-mail"),
]
OTHER_DECOYS = [
    ("phone", "12333", "12333", "人社 public hotline"),
    ("phone", "12315", "12315", "market-regulation complaint hotline"),
    ("phone", "12345", "12345", "成都 citizens' hotline"),
    ("phone", "96110", "96110", "anti-fraud hotline"),
    ("domain", "zscx.osta.org.cn", "zscx.osta.org.cn", "official certificate query site quoted by honest and dishonest sellers alike"),
    ("domain", "jndj.osta.org.cn", "jndj.osta.org.cn", "official query URL printed on certificates"),
    ("domain", "rongyi-jz.com", "www.rongyi-jz.com", "site-builder credit on two unrelated company sites"),
    ("phone", "028-85990011", "028-85990011", "site-builder's phone in the credit line"),
    ("domain", "formmaster.cn", "formmaster.cn", "form-tool credit on two operators' pages"),
    ("phone", "+8613800000000", "138-0000-0000", "template placeholder phone left in by two sites"),
    ("phone", "+8617681209934", "176 8120 9934", "scammer's number quoted in a warning and a complaint; no seller here"),
    ("wechat", "zhengshu_kf01", "zhengshu_kf01", "scammer's WeChat quoted in a warning and a complaint"),
    ("other", "order:17320251128", "17320251128", "video-shop order number (11 digits, looks like a mobile) quoted by the same buyer twice"),
    ("other", "cert:S000051000011253000123", "S000051000011253000123", "sample certificate number copied by unrelated sellers"),
    ("phone", "028-86651233", "028-86651233", "public assessment venue's phone quoted by unrelated sellers"),
    ("uscc", "51510000MJ0Q47020J", "51510000MJ0Q47020J", "evaluation organisation's code quoted by unrelated sellers"),
    ("wechat", "xiaoyu_0823", "xiaoyu_0823", "a learner's own WeChat left in comments on several pages"),
    ("qq", "906231458", "906231458", "a forum regular's own QQ left in comments"),
    ("domain", "pjjg.osta.org.cn", "pjjg.osta.org.cn", "official registry of evaluation organisations"),
    ("email", "yourname@example.com", "yourname@example.com", "template placeholder e-mail"),
]

# --------------------------------------------------------------------------- rendering
CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;background:#f5f5f5;color:#222}"
       "header{background:#c8102e;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:12px}"
       ".wrap{display:flex;max-width:1100px;margin:auto}main{flex:3;background:#fff;padding:16px}aside{flex:1;padding:16px}"
       "footer{font-size:12px;color:#777;text-align:center;padding:16px}.cmt{border-top:1px solid #eee;padding:6px 0}"
       ".badge{background:#fc0;font-size:11px;padding:0 4px;margin-left:4px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px}")


def e(s):
    return html.escape(s, quote=False)


def render(p, sitepages):
    s = site_of(p["path"])
    if p["path"] == "/index.html":
        return None
    S = SITES[s]
    navhtml = "".join(f"<a href='{S['dir']}index.html'>{e(n)}</a>" for n in S["nav"])
    head = (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{e(p['title'])} - {e(S['name'])}</title>"
            f"<style>{CSS}</style></head><body><header><b>{e(S['name'])}</b> · {e(S['slogan'])}<br>"
            f"<a href='/index.html'>城市导航</a>{navhtml}<input placeholder='搜索'></header><div class='wrap'><main>")
    if p["path"].endswith("/index.html") and not p["offer"]:
        items = "".join(f"<li><a href='{q['path']}'>{e(q['title'])}</a></li>" for q in sitepages if q is not p)
        body = f"<h1>{e(p['title'])}</h1><ul class='list'>{items}</ul><div class='pager'>1 2 3 … 下一页</div>"
    else:
        meta = f"<div class='meta'>{e(p['author'] or S['name'])} · {p['date']} · 成都</div>"
        body = f"<h1>{e(p['title'])}</h1>{meta}<article>{p['body']}</article>"
        if s in ("notes", "video"):
            body += "<div class='stats'>❤ 1.2万 · ⭐ 3421 · 💬 %d</div>" % (len(p["comments"]) * 37 + 5)
        if p["comments"]:
            body += "<section class='comments'><h3>评论</h3>" + "".join(
                f"<div class='cmt'><b>{e(u)}</b>{('<span class=badge>' + e(b) + '</span>') if b else ''}：{e(t)}</div>"
                for u, t, b in p["comments"]) + "</section>"
        elif s in ("notes", "video", "ask", "tieba"):
            body += "<section class='comments'><h3>评论</h3><p>还没有评论，快来抢沙发～</p></section>"
        rel = [q for q in sitepages if q is not p][:5]
        body += "<div class='related'><h4>相关推荐</h4><ul>" + "".join(
            f"<li><a href='{q['path']}'>{e(q['title'])}</a></li>" for q in rel) + "</ul></div>"
        if s in ("jczb", "cxzn"):
            body += "<div class='contact-bar'>" + "".join(
                f"<a href='{q['path']}'>{e(q['title'].split(' - ')[0])}</a> " for q in sitepages) + "</div>"
    side = S["side"] + f"<p><a href='{S['dir']}index.html'>返回{e(S['name'])}首页</a></p>"
    return head + body + f"</main><aside>{side}</aside></div><footer>{e(S['foot'])}</footer></body></html>"


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    by_site = {}
    for p in PAGES:
        by_site.setdefault(site_of(p["path"]), []).append(p)
    # root index
    P("/index.html", "成都城市门户 · 站点导航", "", note="root portal linking every site's index")
    root = PAGES[-1]
    links = "".join(f"<li><a href='{S['dir']}index.html'>{e(S['name'])}</a> — {e(S['slogan'])}</li>" for S in SITES.values())
    texts = {}
    texts["/index.html"] = (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{root['title']}</title></head>"
                            f"<body><h1>成都城市门户</h1><p>本地生活、学习、职场站点导航</p><ul>{links}</ul>"
                            "<footer>© 2026 成都城市门户 · 便民热线 12345</footer></body></html>")
    for s, lst in by_site.items():
        for p in lst:
            texts[p["path"]] = render(p, lst)
    for path, t in texts.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    # decoys: paths computed from the written pages
    decoys = []
    for s, kind, val, written, note in FOOTER_DECOYS:
        paths = sorted(p["path"] for p in by_site[s])
        decoys.append(dict(kind=kind, value=val, note=note, written=[written], paths=paths))
    for kind, val, written, note in OTHER_DECOYS:
        paths = sorted(path for path, t in texts.items() if written in t)
        decoys.append(dict(kind=kind, value=val, note=note, written=[written], paths=paths))
    ops = {}
    for p in PAGES:
        if p["op"] and p["op"].startswith("U"):
            ops.setdefault(p["op"], []).append(p)
    TIES = {
        "U01": "wechat rzai2021 (case varies), mobile 139 8061 2745 (Chinese numerals on one page), e-mail rongzhi_ai@163.com (full-width @ / spelled out)",
        "U02": "landline 028-85561234 in three spellings, mobile 18782904416, domain jczb-edu.cn (spelled with 点)",
        "U03": "QQ 2837461955, QQ group 735281604, wechat cdaizs666, mobile 17708234561; contacts partly only in author comment replies",
        "U04": "wechat ai_xunlianshi_cd (mixed case), mobile 15928370162, QQ 2297710386 and its QQ mailbox; also poaches in others' comments",
        "U05": "landline 028-61832290, wechat cxzn_2023, domain cxzn-ai.com (spelled with 点)",
        "U06": "mobile 18980776320 (full-width digits), wechat yzp_ai, QQ group 812604337 (dashed)",
        "U07": "domain/e-mail shuzhi-edu.cn, mobile 19162201835, payee name 成都启航数智教育咨询有限公司",
        "U08": "wechat ljx13308195527 (contains the mobile), mobile 13308195527, QQ 1593278846",
        "U09": "e-mail cdaitrain@126.com (full-width @, spelled AT/dot), mobile 15708476693, domain aixl-cd.cn",
    }
    truth = dict(
        description="12bu: a 成都 web of notes, short videos, Q&A, a Tieba-style forum, classifieds, WeChat reposts, news and two training-company sites, where AI-trainer certificate sellers also answer in comments",
        pages=[dict(path=p["path"], is_offer=p["offer"], operator=p["op"], provider=p["brand"],
                    identifiers=p["ids"], comment_identifiers=p["cids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])],
        operators=[[k, dict(brands=[p["brand"] for p in ops[k]], ties=TIES[k])] for k in sorted(ops)],
        decoys=decoys)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    PAGES.pop()


if __name__ == "__main__":
    main()
