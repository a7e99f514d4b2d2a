#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师 4-04-05-05) certificate sellers.
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil, html

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

# ---------- USCC (GB 32100-2015) ----------
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
OW = [3, 7, 9, 10, 5, 8, 4, 2]

def _val36(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(prefix8, org8):
    s = sum(_val36(c) * w for c, w in zip(org8, OW))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    t = sum(ALPHA.index(ch) * w for ch, w in zip(body, W))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return body + ALPHA[r]

U01_USCC = uscc("52431002", "MA4QK7P2")   # 民办非企业 (职业培训学校), 郴州北湖区
U04_USCC = uscc("91510603", "MA62BX8L")   # 企业, 德阳旌阳区, state-sounding name
I06_USCC = uscc("52431003", "MA4T2E9N")   # 民办非企业, 郴州苏仙区

# ---------- sites ----------
SITES = {
 "zxpx": dict(name="郴州智训职业培训学校", style="training-company site", dom="www.zhixunpx.cn",
   menu=["首页", "学校简介", "培训课程", "报名须知", "联系我们"],
   side="<h3>热门课程</h3><ul><li>人工智能训练师(四级)</li><li>人工智能训练师(三级)</li><li>电子商务师</li><li>保育师</li></ul>",
   foot=f"郴州智训职业培训学校 版权所有 | 地址:郴州市北湖区人民西路38号金桥大厦5楼 | 电话:0735-2238816 | 手机:159-7355-1286 | 统一社会信用代码:{U01_USCC} | www.zhixunpx.cn"),
 "dykm": dict(name="德阳科贸职业技术学院", style="college (继续教育学院)", dom="www.dykmzy.edu.cn",
   menu=["学院首页", "学院概况", "招生就业", "继续教育", "校园新闻"],
   side="<h3>快速通道</h3><ul><li>信息公开</li><li>图书馆</li><li>校园邮箱</li><li>成人教育</li></ul>",
   foot="德阳科贸职业技术学院 地址:四川省德阳市旌阳区泰山南路二段733号 邮编618000 | 学院总机:0838-6201000 | 蜀ICP备10021935号 | www.dykmzy.edu.cn"),
 "ke": dict(name="学课多 · 职业技能课程平台", style="course marketplace", dom="www.xuekeduo.com",
   menu=["首页", "职业技能", "IT互联网", "考证", "学历提升", "机构入驻"],
   side="<h3>平台保障</h3><ul><li>7天无理由退款(未学习)</li><li>机构资质审核</li><li>学习进度保障</li></ul>",
   foot="学课多 xuekeduo.com | 客服热线:400-187-6290(9:00-21:00) | 客服邮箱:kefu@xuekeduo.com | 京ICP备19044712号-3 | 平台仅提供信息展示,课程由入驻机构提供"),
 "bbs": dict(name="郴州大家谈论坛", style="local forum (Discuz)", dom="www.czdjt.net",
   menu=["论坛首页", "郴州杂谈", "求职招聘", "教育培训", "二手市场", "投诉曝光"],
   side="<h3>版块公告</h3><p>教育培训版发广告请先联系版主认证,禁止发布办证、代考信息。</p>",
   foot="郴州大家谈 czdjt.net | 站务QQ群:613528047 | 广告合作请私信管理员 | 湘ICP备16002871号-1 | Powered by Discuz! X3.4"),
 "fenlei": dict(name="易城分类信息网", style="classifieds", dom="www.yicheng365.com",
   menu=["首页", "郴州", "德阳", "教育培训", "招聘", "房产", "发布信息"],
   side="<h3>发布须知</h3><p>联系方式请填写真实手机号,例如:13800138000。虚假信息将被删除。</p>",
   foot="易城分类信息网 yicheng365.com | 客服电话:4008157058 | 投诉邮箱:jubao@yicheng365.com | 提醒:交易前请核实对方资质,谨防上当受骗"),
 "ask": dict(name="问答圈", style="Q&A", dom="www.wendaquan.com",
   menu=["首页", "教育", "职场", "考证", "我要提问"],
   side="<h3>我要提问</h3><p>手机号(选填):如13800138000</p><p>问答圈不对回答内容真实性负责。</p>",
   foot="问答圈 wendaquan.com | 违规内容举报:jubao@wendaquan.com | 蜀ICP备18033607号 | 回答仅代表网友个人观点"),
 "mp": dict(name="微文聚 · 公众号文章精选", style="WeChat-article reposts", dom="www.weiwenju.cn",
   menu=["首页", "教育", "职场", "本地", "科技"],
   side="<h3>说明</h3><p>本站文章转载自微信公众号,版权归原作者所有,如有侵权请联系删除。</p>",
   foot="微文聚 weiwenju.cn | 投稿/删稿:tougao@weiwenju.cn | 蜀ICP备2021018846号"),
 "v": dict(name="快看短视频 网页版", style="short-video pages", dom="www.kkvideo.cn",
   menu=["推荐", "关注", "同城", "知识", "直播"],
   side="<h3>相关推荐</h3><ul><li>AI副业到底能不能做</li><li>零基础学Python</li><li>考证党必看</li></ul>",
   foot="快看短视频 kkvideo.cn | 违法和不良信息举报电话:010-86489977 | 举报邮箱:report@kkvideo.cn | 网络文化经营许可证 京网文〔2022〕1038-035号"),
 "shop": dict(name="拼拼购 · 教育服务", style="shop (e-commerce)", dom="www.pinpingou.com",
   menu=["首页", "教育培训", "考试服务", "图书教材", "我的订单"],
   side="<h3>购物保障</h3><p>支付由支付宝提供担保,支付宝客服95188。消费者维权热线12315。</p>",
   foot="拼拼购 pinpingou.com | 平台客服QQ:800078415 | 商家入驻:zhaoshang@pinpingou.com | 浙ICP备17050215号"),
 "news": dict(name="郴州在线 · 新闻", style="local news", dom="news.czonline.cn",
   menu=["首页", "时政", "民生", "教育", "曝光台"],
   side="<h3>热点</h3><ul><li>郴州今年新增技能人才2.1万人</li><li>高铁站西广场改造完工</li></ul>",
   foot="郴州在线 czonline.cn | 新闻热线:0735-2888110 | 违法和不良信息举报:jubao@czonline.cn | 湘ICP备09011270号"),
 "rsj": dict(name="德阳市人力资源和社会保障局", style="人社局-style notice site", dom="rsj.deyang.gov.cn",
   menu=["首页", "政务公开", "就业创业", "职业能力", "社会保障", "互动交流"],
   side="<h3>便民服务</h3><ul><li>人社服务热线:12333</li><li>证书查询:zscx.osta.org.cn</li></ul>",
   foot="主办:德阳市人力资源和社会保障局 | 地址:德阳市旌阳区长江东路一段 | 办公室电话:0838-2202919 | 蜀ICP备05003312号 | 网站标识码5106000021"),
}
ORDER = ["zxpx", "dykm", "ke", "bbs", "fenlei", "ask", "mp", "v", "shop", "news", "rsj"]

PAGES = []  # dicts

def page(site, file, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(site=site, file=file, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=list(ids), note=note))

# ================= zxpx: U01 own site =================
page("zxpx", "course-ai-l4.html", "人工智能训练师(四级/中级工)培训招生 - 郴州智训职业培训学校", f"""
<h1>人工智能训练师(四级/中级工)2025年第三期招生</h1>
<p>职业编码:4-04-05-05。依据《人工智能训练师国家职业技能标准(2021年版)》开展培训,培训合格后组织参加职业技能等级认定,认定合格由备案评价机构颁发职业技能等级证书,可在技能人才评价证书全国联网查询(zscx.osta.org.cn)查询。</p>
<h2>报名条件</h2><ul><li>取得本职业五级证书后累计从事本职业工作4年(含)以上;</li><li>或累计从事本职业或相关职业工作6年(含)以上;</li><li>或技工学校、中职相关专业毕业生(含尚未取得毕业证书的在校应届毕业生)。</li></ul>
<h2>课程安排</h2><p>理论+实操共50课时,周末班,地点:北湖区人民西路38号金桥大厦5楼。数据采集和处理、数据标注、智能系统运维三大模块。</p>
<h2>费用</h2><p>培训费1680元。符合条件的参保职工取得证书后可按规定申领失业保险技能提升补贴(四级最高1500元),以社保部门审核为准。</p>
<h2>考点</h2><p>实操考试在郴州技师学院考点进行,考点前台:0735-2359610(仅咨询考场位置)。</p>
<p class="contact">报名咨询:唐老师 159-7355-1286 / 0735-2238816</p>""",
 True, "U01", "郴州智训职业培训学校",
 [("phone", "+8615973551286", "159-7355-1286"), ("phone", "07352238816", "0735-2238816"),
  ("uscc", U01_USCC, U01_USCC), ("domain", "zhixunpx.cn", "www.zhixunpx.cn")],
 "training school's own course page, level 4, honest")
page("zxpx", "course-ai-l3.html", "人工智能训练师(三级/高级工)周末班 - 郴州智训职业培训学校", f"""
<h1>人工智能训练师三级(高级工)周末班</h1>
<p>面向已取得四级证书、从事数据标注/算法测试/智能客服训练等岗位的学员。课程包括业务分析、智能训练、智能系统设计、培训与指导。</p>
<p>申报条件:取得本职业四级证书后累计从事本职业工作5年(含)以上;或具有大专及以上相关专业毕业证书并取得四级证书后累计工作2年(含)以上等。报名时须提供工作证明,条件不符的不予报名。</p>
<table border="1"><tr><th>项目</th><th>内容</th></tr><tr><td>课时</td><td>40课时(理论30%+实操70%)</td></tr><tr><td>费用</td><td>2280元(含教材、上机)</td></tr><tr><td>开班</td><td>每月第二个周六</td></tr></table>
<p>扫码或搜索微信号 zx_AI0735 添加招生老师,备注“三级”。电话 15973551286。</p>""",
 True, "U01", "郴州智训职业培训学校",
 [("wechat", "zx_ai0735", "zx_AI0735"), ("phone", "+8615973551286", "15973551286"),
  ("uscc", U01_USCC, U01_USCC)],
 "training school's own course page, level 3, honest")

# ================= dykm: college =================
page("dykm", "jxjy-ai-trainer.html", "继续教育学院关于开展人工智能训练师社会培训的通知", """
<h1>继续教育学院关于开展2025年人工智能训练师(五级、四级)社会培训的通知</h1>
<p>各有关单位、社会人员:为服务地方数字经济发展,我院面向社会开展人工智能训练师(职业编码4-04-05-05)五级、四级培训。培训结束后由我院推荐参加经人社部门备案的评价机构组织的职业技能等级认定。</p>
<p>一、培训对象:从事数据标注、智能客服、AI产品运营等相关工作满1年的人员,或我院相关专业在校生。<br>二、培训时间:2025年7月12日起,每周六、日。<br>三、培训费用:五级980元/人,四级1280元/人;认定费按评价机构公示标准另行缴纳。<br>四、政策咨询:可拨打人社服务热线12333了解技能提升补贴政策。</p>
<p>报名联系人:继续教育学院 王老师,电话 0838—6201445,邮箱 JXJY@dykmzy.edu.cn。</p>
<p>继续教育学院<br>2025年6月20日</p>""",
 True, "I01", "德阳科贸职业技术学院继续教育学院",
 [("phone", "08386201445", "0838—6201445"), ("email", "jxjy@dykmzy.edu.cn", "JXJY@dykmzy.edu.cn")],
 "college continuing-education notice, honest")
page("dykm", "news-sports.html", "我院第十六届田径运动会圆满落幕", """
<h1>我院第十六届田径运动会圆满落幕</h1><p>10月25日,为期两天的第十六届田径运动会在东区运动场落下帷幕。来自8个二级学院的600余名运动员参加了28个项目的角逐,智能制造学院获团体总分第一名。</p><p>(图文/党委宣传部)</p>""",
 note="campus sports news, unrelated")

# ================= ke: marketplace =================
KE_DETAIL = lambda cid, price, sold: f'<div class="meta">课程ID:{cid} | 价格:<b>¥{price}</b> | 已报名 {sold} 人</div>'
page("ke", "course/10382.html", "人工智能训练师四级 数据标注实战+考证辅导 | 学课多", KE_DETAIL("10382", "1980", "1,204") + """
<h1>人工智能训练师四级(中级)| 数据标注实战+考证辅导</h1>
<div class="shop">机构:蓉城未来AI职业教育 <span class="badge">认证机构</span></div>
<p>直播+录播56课时,覆盖数据采集和处理、数据标注、智能系统运维。赠送标注平台实操账号。考前冲刺两次模拟。</p>
<p>适合人群:在职数据标注员、AI训练相关岗位人员。报名前请确认符合申报条件,老师会一对一核对。</p>
<h3>机构联系方式</h3><p>机构客服:400-618-2736 转 2 &nbsp; QQ:2853316470</p>
<h3>学员评价</h3><div class="cmt">张**:老师讲得细,实操多。</div><div class="cmt">m***8:证书下来了,四级,能在网上查到。</div>""",
 True, "U02", "蓉城未来AI职业教育",
 [("phone", "4006182736", "400-618-2736"), ("qq", "2853316470", "2853316470")],
 "marketplace course listing, level 4, fairly honest")
page("ke", "course/10417.html", "【人社部颁发】人工智能训练师证书 包过班 | 学课多", KE_DETAIL("10417", "3980", "2,871") + """
<h1>【人社部颁发】人工智能训练师高级证书 一次拿证班</h1>
<div class="shop">机构:智数云学堂</div>
<p>✅人社部颁发 ✅全国通用 ✅入库可查 ✅零基础可报 ✅不过全额退</p>
<p>国家职业资格证书,可评职称、可落户加分、可申请补贴。考试难?我们有内部题库,命题组老师押题,通过率100%!</p>
<p>证书样本:证书编号 Y000123XXXXXX195000001(示例),官网可查。</p>
<p>名额有限,添加助教微信:zsyxt_888 领取报名表;或发送简历至 zhishuyun@163.com</p>""",
 True, "U03", "智数云学堂",
 [("wechat", "zsyxt_888", "zsyxt_888"), ("email", "zhishuyun@163.com", "zhishuyun@163.com")],
 "marketplace listing with 人社部颁发/包过/国家职业资格 claims, dishonest")
page("ke", "course/10455.html", "国职AI人才评价中心 人工智能训练师一级二级三级 三证同报 | 学课多", KE_DETAIL("10455", "6800", "931") + f"""
<h1>人工智能训练师 一级/二级/三级 三证同报 不限学历</h1>
<div class="shop">机构:国职AI人才评价中心(统一社会信用代码 {U04_USCC})</div>
<p>国家级评价中心直接颁证,不限学历、不限经验、无门槛,零基础可直接报考二级技师、一级高级技师。三证同报立减3000元!</p>
<p>证书官网可查:www.guozhiai.com/cx ,输入身份证号即可查询。可挂靠,年入3-5万。</p>
<p>报名通道见机构主页。</p>""",
 True, "U04", "国职AI人才评价中心",
 [("uscc", U04_USCC, U04_USCC), ("domain", "guozhiai.com", "www.guozhiai.com")],
 "marketplace listing: three levels at once, fake query site, 挂靠, dishonest")
page("ke", "course/10503.html", "AI训练师考证通 零基础直考三级 | 学课多", KE_DETAIL("10503", "2599", "3,412") + """
<h1>AI训练师考证通|零基础直考三级(高级工)</h1>
<div class="shop">机构:AI训练师考证通</div>
<p>没有工作经验也能报!我们帮你出具工作证明,速成15天,包过拿证,拿到证书便可升职加薪。</p>
<p>付款方式:对公转账,收款户名:成都启航睿智企业管理咨询有限公司。</p>
<p>课程顾问微信:qh_kaozheng(备注学课多)</p>""",
 True, "U06", "AI训练师考证通",
 [("wechat", "qh_kaozheng", "qh_kaozheng"), ("other", "成都启航睿智企业管理咨询有限公司", "成都启航睿智企业管理咨询有限公司")],
 "marketplace listing offering level 3 to beginners with faked work proof, dishonest")
page("ke", "course/10528.html", "数据标注员入门+人工智能训练师五级备考(小班) | 学课多", KE_DETAIL("10528", "799", "86") + """
<h1>数据标注员入门 + 人工智能训练师五级备考(8人小班)</h1>
<div class="shop">机构:小林AI数据标注工作室</div>
<p>我是做了四年标注项目的小林,课程以实操为主:图像框选、语音转写、文本分类质检。五级申报需要相关工作满1年或学徒期满,不满足条件的同学可以只学技能不报考。</p>
<p>报名请填写金数据表单:https://jinshuju.net/f/Lx8Qw2 ,或电话联系 150 8473 6291(小林)。</p>""",
 True, "I02", "小林AI数据标注工作室",
 [("phone", "+8615084736291", "150 8473 6291")],
 "small studio, honest, level 5")

# ================= bbs: forum =================
def thread(tid, title, posts):
    out = [f"<h1>{title}</h1>"]
    for i, (user, when, txt) in enumerate(posts):
        out.append(f'<div class="post"><div class="author">{user}<br><small>{"楼主" if i==0 else str(i+1)+"#"}</small></div><div class="pct"><small>发表于 {when}</small><p>{txt}</p></div></div>')
    return "\n".join(out)

page("bbs", "thread-88213-1-1.html", "郴州本地AI训练师四级/三级周末班,在职可报 - 教育培训 - 郴州大家谈", thread(88213,
 "【智训教育】郴州本地人工智能训练师四级/三级周末班,在职可报", [
 ("智训教育唐老师", "2025-6-3 10:21", "本地正规培训学校,北湖区金桥大厦,可上门看教室。四级50课时、三级40课时,申报条件按国家标准来,不符合的不收。详情加V:ZX_ai0735 (手机不方便公开,加微信发课表)"),
 ("湘南小鱼", "2025-6-3 12:02", "补贴能拿多少?"),
 ("智训教育唐老师", "2025-6-3 12:40", "@湘南小鱼 参保满一年的,四级最高1500,三级最高2000,以人社审核为准,具体可以问12333。"),
 ("北湖一棵树", "2025-6-4 09:15", "去年在他们那报的四级,考试在技师学院,还行。")]),
 True, "U01", "智训教育",
 [("wechat", "zx_ai0735", "ZX_ai0735")],
 "forum ad post by training school, honest")
page("bbs", "thread-88340-1-1.html", "启航教育:人工智能训练师三级 没经验也能考 - 郴州大家谈", thread(88340,
 "启航教育:人工智能训练师三级 没经验也能考!国家认可!", [
 ("启航教育-小周", "2025-6-8 20:33", "人工智能风口,人工智能训练师三级证书,国家认可、官方认证,零基础不限专业,资料我们帮你准备。报名加威信 QH_kaozheng 或者扣扣 3186640257"),
 ("cz打工人", "2025-6-8 21:10", "三级不是要四级证再干五年吗?"),
 ("启航教育-小周", "2025-6-8 21:30", "我们有渠道的,私聊。")]),
 True, "U06", "启航教育",
 [("wechat", "qh_kaozheng", "QH_kaozheng"), ("qq", "3186640257", "3186640257")],
 "forum post, level 3 without experience, dishonest")
page("bbs", "thread-88412-1-1.html", "职达教育七月人工智能训练师五级班开课 - 郴州大家谈", thread(88412,
 "【职达教育】7月人工智能训练师五级(初级)班开课,苏仙区", [
 ("职达教育", "2025-6-15 09:00", "五级60课时,白天班/晚班可选,学费1280。要求:相关工作满1年。考点为郴州技师学院,考点前台0735-2359610只负责考场安排,报名找我们:186 0735 1847(微信同号),QQ:1523098674"),
 ("lily", "2025-6-15 11:48", "我也想报,有一起的姐妹加我微信 lily_cz0735 拼团"),
 ("职达教育", "2025-6-15 12:05", "拼团3人以上每人减100。")]),
 True, "U07", "职达教育",
 [("phone", "+8618607351847", "186 0735 1847"), ("qq", "1523098674", "1523098674")],
 "forum post level 5 class, honest")
page("bbs", "thread-88501-1-1.html", "湘粤考证 人工智能训练师 包过 不用考试 - 郴州大家谈", thread(88501,
 "湘粤考证:人工智能训练师证 不用去考场 包过 7天出证", [
 ("湘粤考证", "2025-6-20 16:40", "全国通用,人社部颁发,工信部备案,可查可挂靠。免培训免考试,7天出证。支付宝担保交易(支付宝客服95188可查),不放心的可以先付定金。vx:xiangyue_KZ"),
 ("路人甲", "2025-6-20 17:02", "免考试出证?这不就是山寨证吗,举报了。")]),
 True, "U08", "湘粤考证",
 [("wechat", "xiangyue_kz", "xiangyue_KZ")],
 "forum post: no exam, 7 days, dishonest")
page("bbs", "thread-88577-1-1.html", "自己备考人工智能训练师四级的经验+互助群 - 郴州大家谈", thread(88577,
 "自己备考人工智能训练师四级,建个互助小班,收点资料费", [
 ("AI小白阿杰", "2025-6-25 22:10", "我在一家标注公司干了三年,去年考过五级,今年考四级。整理了理论题和实操笔记,想组个6人线下小班一起练,每人收300资料+场地费,周日在苏仙区图书馆。报名加Q 947215380。认定还是得自己去正规评价机构报名交费。"),
 ("湘南小鱼", "2025-6-26 08:30", "支持,比那些包过的靠谱。")]),
 True, "I03", "AI小白阿杰(个人互助班)",
 [("qq", "947215380", "947215380")],
 "individual small paid study group, honest")
page("bbs", "thread-88620-1-1.html", "【曝光】交了3980的人工智能训练师包过班,证书查不到! - 投诉曝光 - 郴州大家谈", thread(88620,
 "【曝光】交了3980的人工智能训练师包过班,证书查不到,对方拉黑了", [
 ("受骗的小陈", "2025-7-2 19:05", "去年在网上看到“人社部颁发 包过”的广告,对方电话177-0735-8862,微信zhengshu_kuaiban,交了3980,给了个证,在zscx.osta.org.cn根本查不到。之前在拼拼购还买过一个“证书查询服务”,订单15900327741,也退不了。已经打12315投诉了。"),
 ("北湖一棵树", "2025-7-2 19:40", "正规的职业技能等级证书都能在全国联网查询里查到,查不到就是假的。可以打12333问人社。"),
 ("版主-教育培训", "2025-7-2 21:00", "已置顶提醒。本版禁止发布包过、免考、代考信息。")]),
 note="complaint thread quoting scammer's phone/WeChat, order number, hotlines")

# ================= fenlei: classifieds =================
def fl(city, cat, title, body, pub, views):
    return f'<div class="crumb-meta">{city} &gt; {cat} | 发布时间:{pub} | 浏览:{views}次</div><h1>{title}</h1>{body}<div class="safe">温馨提示:凡是先收费的都要提高警惕。</div>'
page("fenlei", "deyang/peixun/5130284.html", "德阳人工智能训练师培训 四级 未来智能培训 - 易城分类", fl("德阳", "职业培训",
 "人工智能训练师四级培训,德阳线下+线上,在职可学", """
<p>【未来智能培训】德阳旌阳区文庙广场旁。人工智能训练师四级线上直播+线下实操,周末上课,讲师有大厂标注项目经验。</p>
<p>联系人:何老师 电话:18981023647 QQ 2853316470</p>""", "2025-06-11", "642"),
 True, "U02", "未来智能培训",
 [("phone", "+8618981023647", "18981023647"), ("qq", "2853316470", "2853316470")],
 "classified ad, level 4, fairly honest")
page("fenlei", "deyang/peixun/5130517.html", "国职教育 人工智能训练师证 一二三级 不限学历 - 易城分类", fl("德阳", "职业培训",
 "人工智能训练师证 一级二级三级同报 国家职业资格 不限学历包拿证", """
<p>国职教育承办,国家职业资格证书,人社部备案可查,零基础直接报技师。报三个级别送生成式人工智能系统应用员证书。</p>
<p>咨询:177 3842 5190 ; 学员群 QQ群:738291046</p>""", "2025-06-13", "1983"),
 True, "U04", "国职教育",
 [("phone", "+8617738425190", "177 3842 5190"), ("qq_group", "738291046", "738291046")],
 "classified ad, three levels, 国家职业资格, dishonest")
page("fenlei", "deyang/peixun/5130733.html", "德阳数智培训 人工智能训练师五级四级 技能提升补贴 - 易城分类", fl("德阳", "职业培训",
 "德阳数智职业技能培训学校 人工智能训练师五级/四级招生", """
<p>经德阳市人社局备案的民办职业培训学校。五级60课时、四级50课时。2025年第二批认定批次号:18320250628(以人社局公示为准)。</p>
<p>参保满一年的职工取证后可申领技能提升补贴,政策咨询12333。</p>
<p>校址:旌阳区岷江西路一段 报名电话:(0838)2205617 ,手机 13980206631</p>""", "2025-06-16", "417"),
 True, "U05", "德阳数智职业技能培训学校",
 [("phone", "08382205617", "(0838)2205617"), ("phone", "+8613980206631", "13980206631")],
 "classified ad, training school, honest")
page("fenlei", "chenzhou/peixun/4821906.html", "郴州职达培训 人工智能训练师 五级 苏仙区 - 易城分类", fl("郴州", "职业培训",
 "职达培训:人工智能训练师五级 郴州苏仙区 白天班晚班", """
<p>郴州职达教育,苏仙区五岭大道。人工智能训练师五级(初级工)班,学费1280元,教材费另计。报名需满足相关工作满1年。</p>
<p>电话:0735-7763120 手机:18607351847</p>""", "2025-06-18", "355"),
 True, "U07", "职达培训",
 [("phone", "07357763120", "0735-7763120"), ("phone", "+8618607351847", "18607351847")],
 "classified ad, level 5, honest")
page("fenlei", "deyang/peixun/5131022.html", "川渝AI训练师考评服务站 三级高级工 快速拿证 - 易城分类", fl("德阳", "职业培训",
 "人工智能训练师三级 快速拿证 可评职称 可落户 川渝考评服务站", """
<p>川渝AI训练师考评服务站:职业技能等级证书直接对应职称证书,三级=助理工程师!可成都积分落户加分。一站式代办,资料不足可协助补充。</p>
<p>全国服务热线 400 869 2351 ,负责人手机 191-1382-5764</p>""", "2025-06-20", "1205"),
 True, "U09", "川渝AI训练师考评服务站",
 [("phone", "4008692351", "400 869 2351"), ("phone", "+8619113825764", "191-1382-5764")],
 "classified ad, 对应职称 overclaim, 代办, dishonest")
page("fenlei", "deyang/peixun/5131288.html", "旌阳区蓝桥职业培训 人工智能训练师五级 - 易城分类", fl("德阳", "职业培训",
 "蓝桥职业培训 人工智能训练师五级 小班教学", """
<p>旌阳区蓝桥职业培训,人工智能训练师五级小班,每班不超过15人。跟随市人社局公布的认定批次报考,本期批次号18320250628。学费880元。</p>
<p>联系电话:0838-2519906 / 182 4406 1736(黄老师)</p>""", "2025-06-22", "198"),
 True, "I04", "旌阳区蓝桥职业培训",
 [("phone", "08382519906", "0838-2519906"), ("phone", "+8618244061736", "182 4406 1736")],
 "classified ad, small training center, honest")

# ================= ask: Q&A =================
def qa(q, qmeta, answers):
    out = [f'<div class="question"><h1>{q}</h1><small>{qmeta}</small></div>']
    for u, txt, likes in answers:
        out.append(f'<div class="answer"><b>{u}</b><p>{txt}</p><small>赞同 {likes}</small></div>')
    return "\n".join(out)
page("ask", "q/5521034.html", "人工智能训练师证书哪里考?人社部颁发的吗? - 问答圈", qa(
 "人工智能训练师证书哪里考?是人社部颁发的吗?", "提问者:德阳小吴 | 2025-05-30 | 2个回答", [
 ("华智职培-陈老师(认证:教育从业者)", "是人社部颁发的哦,全国通用、终身有效。我们华智职培包过,不过退费。有需要可以电话 133 0816 1592 ,或者把姓名身份证发到 zhishuyun#163.com(#换成@)帮你看报考条件。", "3"),
 ("匿名用户", "职业技能等级证书是备案的评价机构发的,不是人社部直接发。", "27")]),
 True, "U03", "华智职培",
 [("phone", "+8613308161592", "133 0816 1592"), ("email", "zhishuyun@163.com", "zhishuyun#163.com")],
 "Q&A answer that is an ad, 人社部颁发/包过, dishonest")
page("ask", "q/5521877.html", "没有工作经验能考人工智能训练师三级吗? - 问答圈", qa(
 "没有工作经验能考人工智能训练师三级吗?", "提问者:cz打工人 | 2025-06-05 | 2个回答", [
 ("启航职业教育刘老师", "可以的,我们这边零基础直接报三级,工作证明可以协助开具,15天速成。详细咨询 158 8137 2209(微信同号),或加微信 qh_kaozheng。", "1"),
 ("考证过来人", "按标准,三级需要四级证书加若干年工作经历,协助开证明属于材料造假。", "44")]),
 True, "U06", "启航职业教育",
 [("phone", "+8615881372209", "158 8137 2209"), ("wechat", "qh_kaozheng", "qh_kaozheng")],
 "Q&A answer advertising level 3 without experience, dishonest")
page("ask", "q/5522310.html", "人工智能训练师证可以不考试直接拿吗? - 问答圈", qa(
 "人工智能训练师证可以不考试直接拿吗?急用", "提问者:郴州阿芳 | 2025-06-12 | 3个回答", [
 ("湘粤职业技能服务中心", "可以,我们湘粤职业技能服务中心免考直接出证,7天到手,官网可查。微信 xiangyue_kz ,电话13487352016。", "0"),
 ("lily", "同问,谁办过加我 lily_cz0735 交流一下", "2"),
 ("网友8827", "不考试出证就是山寨证,别信。", "31")]),
 True, "U08", "湘粤职业技能服务中心",
 [("wechat", "xiangyue_kz", "xiangyue_kz"), ("phone", "+8613487352016", "13487352016")],
 "Q&A answer: no-exam certificate, dishonest")
page("ask", "q/5523096.html", "人工智能训练师三级能评职称吗? - 问答圈", qa(
 "人工智能训练师三级能评职称吗?成都落户加分吗?", "提问者:蓉漂一族 | 2025-06-18 | 2个回答", [
 ("川渝考评", "职业技能等级证书直接对应职称证书,三级就是助理工程师,还能积分落户。我们川渝考评全程代办,资料发邮箱 cyky_service AT 126.com,或打 19113825764 。", "2"),
 ("人力资源从业者", "技能等级和职称贯通是有条件的,不是直接对应,具体看当地文件。", "19")]),
 True, "U09", "川渝考评",
 [("email", "cyky_service@126.com", "cyky_service AT 126.com"), ("phone", "+8619113825764", "19113825764")],
 "Q&A answer with 对应职称 overclaim, dishonest")
page("ask", "q/5524418.html", "怎么辨别人工智能训练师证书真假? - 问答圈", qa(
 "网上卖的人工智能训练师证书怎么辨别真假?", "提问者:湘南小鱼 | 2025-07-05 | 3个回答", [
 ("人社小助手", "1. 职业技能等级证书由备案的评价机构颁发,可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询;评价机构名单可在 osta.mohrss.gov.cn 查看。<br>2. 宣传“人社部颁发”“包过”“免考”的要警惕。<br>3. 有疑问拨打12333。", "88"),
 ("受骗的小陈", "我就是被 17707358862 这个号骗的,大家注意。专业技术类的山寨证书可以看 cpta.com.cn 的声明。", "35"),
 ("路过", "想找靠谱的可以私信我,我手机 13637350921。", "0")]),
 note="Q&A guide on spotting fakes; quotes scam number, official sites, a reader's phone")

# ================= mp: WeChat reposts =================
def mp(acct, date, title, body, reads):
    return f'<div class="rich_media"><h1>{title}</h1><div class="meta">原创 {acct} {date} <span>转载自微信公众号</span></div>{body}<div class="read">阅读 {reads} · 在看</div></div>'
page("mp", "a/20250608-ai-trainer-cz.html", "湘南AI训练师培训中心:郴州人也能考的新职业证书 - 微文聚", mp("湘南AI训练师培训中心", "2025-06-08",
 "郴州人也能考!人工智能训练师到底是什么证?", """
<p>人工智能训练师是人社部等部门2020年发布的新职业(4-04-05-05),分数据标注员和人工智能算法测试员两个工种,共五个等级。</p>
<p>证书属于职业技能等级证书,由备案评价机构颁发,不是“人社部直接发”,大家不要被“包过”广告骗。</p>
<p>我们在郴州开设五级、四级、三级培训,严格按申报条件审核。了解更多:官网 zhixunpx.cn ,咨询电话 0735—2238816 。</p>
<p>留言区:<br>“我想报四级,电话136 3735 0921,麻烦联系我” —— 读者留言</p>""", "3,206"),
 True, "U01", "湘南AI训练师培训中心",
 [("domain", "zhixunpx.cn", "zhixunpx.cn"), ("phone", "07352238816", "0735—2238816")],
 "WeChat article repost by the training school's account, honest")
page("mp", "a/20250612-weilai-ai.html", "德阳未来教育咨询:AI训练师四级开班啦 - 微文聚", mp("德阳未来教育咨询", "2025-06-12",
 "AI训练师四级开班啦|在职充电首选", """
<p>随着大模型落地,企业对数据标注、AI训练人才需求旺盛。本期四级班线上直播+德阳线下实操,56课时。</p>
<p>报名方式:<br>① 全国热线 400—618—2736<br>② 微信号:WLAI2024(长按复制)</p>""", "1,022"),
 True, "U02", "德阳未来教育咨询",
 [("phone", "4006182736", "400—618—2736"), ("wechat", "wlai2024", "WLAI2024")],
 "WeChat article repost, level 4 class, fairly honest")
page("mp", "a/20250618-shuzhi.html", "数智职校:德阳人工智能训练师五级四级培训招生简章 - 微文聚", mp("数智职校", "2025-06-18",
 "招生简章|人工智能训练师(五级、四级)", """
<p>德阳数智职业技能培训学校2025年人工智能训练师五级、四级招生。</p>
<p>培训费:五级960元、四级1260元;认定费以评价机构公示为准。符合条件的参保人员可申领技能提升补贴。</p>
<p>报名电话:0838 220 5617<br>招生老师微信:szzx0838</p>""", "688"),
 True, "U05", "数智职校",
 [("phone", "08382205617", "0838 220 5617"), ("wechat", "szzx0838", "szzx0838")],
 "WeChat article repost, enrolment brochure, honest")
page("mp", "a/20250621-chuanyu.html", "川渝职业技能:三级证书可评职称,限时代办 - 微文聚", mp("川渝职业技能", "2025-06-21",
 "重磅!人工智能训练师三级=助理工程师,限时代办", """
<p>原价9999,限时只要2980!人工智能训练师三级证书,直接对应职称,成都积分落户+30分!90%小白都能拿证。</p>
<p>填写报名表:https://jinshuju.net/f/Qm3Ka9<br>服务热线:400 8692 351<br>邮箱:CYKY_service@126.com</p>""", "5,479"),
 True, "U09", "川渝职业技能",
 [("phone", "4008692351", "400 8692 351"), ("email", "cyky_service@126.com", "CYKY_service@126.com")],
 "WeChat article repost: 原价9999限时, 对应职称, dishonest")
page("mp", "a/20250625-qidian.html", "苏仙区启点职业技能培训学校:人工智能训练师五级公益补贴班 - 微文聚", mp("启点职业培训", "2025-06-25",
 "人工智能训练师五级补贴班开始报名", f"""
<p>郴州市苏仙区启点职业技能培训学校(统一社会信用代码:{I06_USCC})开设人工智能训练师五级班,60课时。符合失业保险技能提升补贴条件的学员,取证后可按规定申请补贴(五级最高1000元)。</p>
<p>报名地址:苏仙区苏仙北路。电话:0735 286 7034</p>""", "412"),
 True, "I06", "郴州市苏仙区启点职业技能培训学校",
 [("uscc", I06_USCC, I06_USCC), ("phone", "07352867034", "0735 286 7034")],
 "WeChat article repost, training school, honest")

# ================= v: short video =================
def vid(author, fans, caption, transcript, comments, likes):
    c = "".join(f'<div class="cmt"><b>{u}</b>:{t}</div>' for u, t in comments)
    return f'<div class="player">[视频]</div><div class="author">@{author} · 粉丝 {fans}</div><h1>{caption}</h1><div class="asr"><b>视频文字:</b>{transcript}</div><div class="likes">♥ {likes}</div><h3>评论</h3>{c}'
page("v", "video/7301882614.html", "未来AI老师:数据标注员一天在干嘛 - 快看短视频", vid("未来AI老师", "2.3万",
 "数据标注员一天在干嘛?顺便聊聊人工智能训练师四级怎么考 #AI训练师 #德阳",
 "大家好我是未来AI的何老师,今天带大家看看标注员的日常……想考四级的,先看看自己符不符合申报条件。课程在主页,私信或者加V:wlai2024,电话189/8102/3647。",
 [("小甜甜", "我想学,电话13637350921回我"), ("未来AI老师", "已私信")], "1.1万"),
 True, "U02", "未来AI老师",
 [("wechat", "wlai2024", "wlai2024"), ("phone", "+8618981023647", "189/8102/3647")],
 "short-video page, fairly honest")
page("v", "video/7302015573.html", "智数云AI课:人工智能训练师高级证 人社部颁发 - 快看短视频", vid("智数云AI课", "8.7万",
 "人社部颁发!人工智能训练师高级证,零基础包过,评论区扣1",
 "这个证是国家职业资格证书,人社部颁发,全国通用,有了它升职加薪。证书编号 Y000123XXXXXX195000001 这种格式的都能查。报名表填这里 https://jinshuju.net/f/Zs7Yt1 ,或者打133-0816-1592,微信 zsyxt_888。",
 [("用户3371", "1"), ("阿明", "是真的吗")], "3.4万"),
 True, "U03", "智数云AI课",
 [("phone", "+8613308161592", "133-0816-1592"), ("wechat", "zsyxt_888", "zsyxt_888")],
 "short-video ad: 人社部颁发, 包过, dishonest")
page("v", "video/7302250941.html", "国职AI证书:一次拿三个等级 - 快看短视频", vid("国职AI证书", "5.2万",
 "人工智能训练师一级二级三级一次拿!不限学历!可挂靠!",
 "不限学历不限经验,三个等级一起报,一级高级技师直接拿,可以挂靠年入几万。官网可查。咨询一七七三八四二五一九零,也就是177 3842 5190。",
 [("德阳老王", "挂靠是真的吗"), ("国职AI证书", "真的,看主页")], "9,806"),
 True, "U04", "国职AI证书",
 [("phone", "+8617738425190", "177 3842 5190")],
 "short-video ad: three levels, 挂靠, dishonest")
page("v", "video/7302517760.html", "启航AI考证:没经验也能考三级 - 快看短视频", vid("启航AI考证", "1.9万",
 "没经验也能考人工智能训练师三级?能!速成15天",
 "很多人说三级要工作年限,我们有办法,零基础报名,包过拿证。电话15881372209,Q号3186640257。",
 [("cz打工人", "又是你们"), ("网友", "材料造假违法的吧")], "4,233"),
 True, "U06", "启航AI考证",
 [("phone", "+8615881372209", "15881372209"), ("qq", "3186640257", "3186640257")],
 "short-video ad: level 3 without experience, dishonest")

# ================= shop =================
def item(shop, title, price, sold, body, reviews):
    r = "".join(f'<div class="rev"><b>{u}</b>:{t}</div>' for u, t in reviews)
    return f'<div class="item"><h1>{title}</h1><div class="price">¥{price} <small>月销{sold}</small></div><div class="shopname">店铺:{shop}</div></div><div class="detail">{body}</div><h3>累计评价</h3>{r}'
page("shop", "item-60218833.html", "国职AI认证旗舰店 人工智能训练师证书报名 - 拼拼购", item("国职AI认证旗舰店",
 "人工智能训练师证书报名 一二三级可选 国家职业资格 官网可查", "2980起", "312", f"""
<p>主体:国职AI人才评价中心 统一社会信用代码{U04_USCC}</p><p>不限学历,证书官网可查,三级同报更优惠。售后请加店铺QQ群738291046。</p>""",
 [("t***1", "订单15900327741已收货,证书查不到,客服不回"), ("晴***天", "还没发证")]),
 True, "U04", "国职AI认证旗舰店",
 [("uscc", U04_USCC, U04_USCC), ("qq_group", "738291046", "738291046")],
 "shop item selling certificates per level, dishonest")
page("shop", "item-60219457.html", "数智职培店 人工智能训练师五级/四级培训报名 - 拼拼购", item("数智职培店",
 "德阳 人工智能训练师五级/四级培训 报名定金", "200", "41", """
<p>本商品为培训报名定金,可抵学费。培训在德阳数智职业技能培训学校进行,认定须符合申报条件。</p><p>拍下后请联系:139-8020-6631,或加微信 SZZX0838。</p>""",
 [("d***8", "老师很负责,已经上了两次课")]),
 True, "U05", "数智职培店",
 [("phone", "+8613980206631", "139-8020-6631"), ("wechat", "szzx0838", "SZZX0838")],
 "shop deposit for training, honest")
page("shop", "item-60220184.html", "职达教育店 人工智能训练师五级课程 - 拼拼购", item("职达教育店",
 "郴州 人工智能训练师五级课程 线下班", "1280", "27", """
<p>职达教育线下课程,地址郴州苏仙区五岭大道。下单后客服会电话确认:0735 7763120 。店铺QQ:1523098674</p>""",
 [("z***y", "课讲得不错")]),
 True, "U07", "职达教育店",
 [("phone", "07357763120", "0735 7763120"), ("qq", "1523098674", "1523098674")],
 "shop item for training course, honest")
page("shop", "item-60221309.html", "湘粤证书服务 人工智能训练师 免考出证 - 拼拼购", item("湘粤证书服务",
 "人工智能训练师证书 免考 7天出证 包过", "1580", "96", """
<p>全国通用,人社部颁发,免培训免考试,7天出证,不过全退。拍下联系 134 8735 2016。</p><p>收款主体:郴州市北湖区湘粤教育咨询服务部</p>""",
 [("匿名", "等了一个月没出证")]),
 True, "U08", "湘粤证书服务",
 [("phone", "+8613487352016", "134 8735 2016"), ("other", "郴州市北湖区湘粤教育咨询服务部", "郴州市北湖区湘粤教育咨询服务部")],
 "shop item: no-exam certificate, dishonest")
page("shop", "item-60222075.html", "智标AI学院 数据标注实操课+AI训练师备考资料 - 拼拼购", item("智标AI学院",
 "数据标注实操课 + 人工智能训练师四级备考资料(电子版)", "199", "583", """
<p>本课程为技能学习课程,不含考试和证书,不承诺通过。购买后发送订单截图至 zhibiao_ai@foxmail.com 或加微信 zhibiao2025 领取课程链接。</p>""",
 [("k***9", "资料很全")]),
 True, "I05", "智标AI学院",
 [("email", "zhibiao_ai@foxmail.com", "zhibiao_ai@foxmail.com"), ("wechat", "zhibiao2025", "zhibiao2025")],
 "shop item: course + prep material, honest")

# ================= news =================
page("news", "2025/07/ai-cert-scam.html", "警惕“人工智能训练师包过”骗局 郴州多人被骗 - 郴州在线", """
<h1>警惕“人工智能训练师包过”骗局 郴州多人被骗</h1><div class="meta">2025-07-08 来源:郴州在线 记者 李娟</div>
<p>近期,市民陈先生向本网反映,他在网上看到“人社部颁发、包过、免考”的人工智能训练师证书广告,联系对方(电话177 0735 8862,微信zhengshu_kuaiban)后支付3980元,收到的证书却无法在官方平台查到。</p>
<p>市人社局工作人员介绍,人工智能训练师证书属于职业技能等级证书,由经备案的评价机构颁发,可登录技能人才评价证书全国联网查询(zscx.osta.org.cn)核验;专业技术类证书可在中国人事考试网(cpta.com.cn)查看山寨证书声明。凡宣称“包过”“免考”“人社部颁发”的,均涉嫌虚假宣传。</p>
<p>市民如遇此类情况,可拨打12315向市场监管部门投诉,或拨打12333咨询政策。</p>""",
 note="news warning quoting scammer's contacts and hotlines")
page("news", "2025/06/skill-exam.html", "我市6月职业技能等级认定顺利举行 - 郴州在线", """
<h1>我市6月职业技能等级认定顺利举行</h1><div class="meta">2025-06-29 来源:郴州在线</div>
<p>6月28日至29日,我市在郴州技师学院考点组织开展职业技能等级认定,涉及电工、育婴员、人工智能训练师等12个职业(工种),共1300余人参加。考生如对考场安排有疑问,可咨询考点前台0735-2359610。</p>""",
 note="news about exam session, quotes exam venue front desk")

# ================= rsj =================
page("rsj", "zwgk/tzgg/2025-0610.html", "关于公布2025年第二批职业技能等级认定计划的通知 - 德阳市人社局", """
<h1>关于公布2025年第二批职业技能等级认定计划的通知</h1><div class="meta">发布时间:2025-06-10 来源:职业能力建设科</div>
<p>各有关单位:现将我市2025年第二批职业技能等级认定计划公布如下(认定批次号:18320250628),涉及人工智能训练师(4-04-05-05)五级、四级等职业(工种)。</p>
<p>请考生通过经备案的评价机构报名。备案评价机构名单可在技能人才评价工作网(osta.mohrss.gov.cn)查询,证书可在 zscx.osta.org.cn 查询。</p>
<p>咨询电话:12333</p>""",
 note="official-style notice of assessment batch")
page("rsj", "zcjd/skill-subsidy.html", "失业保险技能提升补贴政策解读 - 德阳市人社局", """
<h1>失业保险技能提升补贴政策解读</h1><div class="meta">发布时间:2025-05-20</div>
<p>一、补贴对象:累计缴纳失业保险费1年以上的企业职工。<br>二、补贴标准:取得初级(五级)、中级(四级)、高级(三级)职业技能等级证书的,分别不超过1000元、1500元、2000元。二级、一级不在补贴范围。<br>三、证书核验:证书编号为22位,首位为Y或S,如示例 Y000123XXXXXX195000001,须能在全国联网查询平台查到。</p>
<p>政策咨询:12333</p>""",
 note="subsidy policy explainer with certificate-number example")

# ---------- decoys ----------
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public service hotline quoted by officials, news and sellers"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skill-evaluation portal"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "official 人事考试中心 site quoted in warnings"),
 ("phone", "4001876290", ["400-187-6290"], "course marketplace's own customer-service line in its footer"),
 ("email", "kefu@xuekeduo.com", ["kefu@xuekeduo.com"], "course marketplace's footer e-mail"),
 ("domain", "xuekeduo.com", ["xuekeduo.com"], "course marketplace's own domain in footer"),
 ("qq_group", "613528047", ["613528047"], "forum's staff QQ group in footer"),
 ("other", "湘ICP备16002871号-1", ["湘ICP备16002871号-1"], "forum's ICP number in footer"),
 ("phone", "4008157058", ["4008157058"], "classifieds' customer-service number in footer"),
 ("email", "jubao@yicheng365.com", ["jubao@yicheng365.com"], "classifieds' complaint e-mail in footer"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone in posting/asking forms"),
 ("email", "jubao@wendaquan.com", ["jubao@wendaquan.com"], "Q&A site's report e-mail in footer"),
 ("email", "tougao@weiwenju.cn", ["tougao@weiwenju.cn"], "repost site's submission e-mail in footer"),
 ("other", "蜀ICP备2021018846号", ["蜀ICP备2021018846号"], "repost site's ICP number"),
 ("phone", "01086489977", ["010-86489977"], "video platform's report hotline in footer"),
 ("qq", "800078415", ["800078415"], "shop platform's customer-service QQ in footer"),
 ("phone", "95188", ["95188"], "payment platform (Alipay) customer service, third party"),
 ("phone", "07352888110", ["0735-2888110"], "news site's hotline in footer"),
 ("phone", "08382202919", ["0838-2202919"], "人社局 site's office phone in footer"),
 ("phone", "08386201000", ["0838-6201000"], "college switchboard in footer"),
 ("phone", "+8617707358862", ["177-0735-8862", "177 0735 8862", "17707358862"], "scammer's number quoted in complaint, news and Q&A warning"),
 ("wechat", "zhengshu_kuaiban", ["zhengshu_kuaiban"], "scammer's WeChat quoted in complaint and news"),
 ("phone", "+8618320250628", ["18320250628"], "really the 人社局 assessment batch number, quoted by sellers"),
 ("other", "Y000123XXXXXX195000001", ["Y000123XXXXXX195000001"], "certificate-number example from the rules"),
 ("phone", "+8615900327741", ["15900327741"], "really a shop order number, quoted in a review and a complaint"),
 ("phone", "07352359610", ["0735-2359610"], "exam venue front desk (third party)"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "form tool used by several sellers"),
 ("wechat", "lily_cz0735", ["lily_cz0735"], "a reader's own WeChat in comments"),
 ("phone", "+8613637350921", ["13637350921", "136 3735 0921"], "a reader's own phone in comments"),
]

# ---------- render ----------
def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm) or ".").replace(os.sep, "/")

def render(site_key, path, title, body, siblings, crumb):
    s = SITES[site_key]
    idx = f"{site_key}/index.html"
    menu = " ".join(f'<a href="{rel(path, idx)}">{m}</a>' for m in s["menu"])
    related = "".join(f'<li><a href="{rel(path, p)}">{html.escape(t)}</a></li>' for p, t in siblings[:6])
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body class="site-{site_key}">
<header><div class="logo">{s['name']}</div><nav class="menu">{menu}</nav></header>
<div class="breadcrumb"><a href="{rel(path, idx)}">{s['name']}</a> &gt; {crumb}</div>
<main>{body}</main>
<aside class="sidebar">{s['side']}<h3>相关链接</h3><ul>{related}</ul></aside>
<footer>{s['foot']}</footer>
</body></html>
"""

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    files = {}
    for k in ORDER:
        mine = [p for p in PAGES if p["site"] == k]
        sib = [(f"{k}/{p['file']}", p["title"]) for p in mine]
        for p in mine:
            path = f"{k}/{p['file']}"
            others = [x for x in sib if x[0] != path]
            files[path] = render(k, path, p["title"], p["body"], others, html.escape(p["title"].split(" - ")[0]))
        lst = "".join(f'<li><a href="{p["file"]}">{html.escape(p["title"])}</a></li>' for p in mine)
        ib = f"<h1>{SITES[k]['name']}</h1><p>{SITES[k]['style']}</p><ul class='list'>{lst}</ul>"
        files[f"{k}/index.html"] = render(k, f"{k}/index.html", SITES[k]["name"], ib, sib, "首页")
    hub = "".join(f'<li><a href="{k}/index.html">{SITES[k]["name"]}</a> — {SITES[k]["style"]}</li>' for k in ORDER)
    files["index.html"] = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>导航</title></head>
<body><h1>一周搜索:郴州 / 德阳 人工智能训练师</h1><ul>{hub}</ul></body></html>
"""
    for path, text in files.items():
        fp = os.path.join(SITE, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = []
    for path in sorted(files):
        p = next((x for x in PAGES if f"{x['site']}/{x['file']}" == path), None)
        if p is None:
            tpages.append(dict(path="/" + path, is_offer=False, operator=None, provider=None,
                               identifiers=[], note="hub page" if path == "index.html" else "site index page"))
        else:
            tpages.append(dict(path="/" + path, is_offer=p["is_offer"], operator=p["operator"],
                               provider=p["provider"], identifiers=[list(i) for i in p["ids"]], note=p["note"]))
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]:
                d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]:
                    d["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = sorted("/" + path for path, t in files.items() if any(w in t for w in written))
        decoys.append(dict(kind=kind, value=value, written=written, pages=pages, why=why))
    truth = dict(pages=tpages, operators=dict(sorted(ops.items())), decoys=decoys)
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
