#!/usr/bin/env python3
"""12bz: generate a fictional web of AI-trainer certificate sellers and truth.json.
Standard library only, deterministic."""
import json, os, re, shutil, html

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
def uscc(head8, org8):
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(v(ch) * wt for ch, wt in zip(org8, w)) % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = head8 + org8 + oc
    ws = [pow(3, i, 31) for i in range(17)]
    r = 31 - sum(ALPH.index(ch) * wt for ch, wt in zip(s17, ws)) % 31
    return s17 + ALPH[0 if r == 31 else r]

U01_USCC = uscc("91110108", "MA01C7K2")
U02_USCC = uscc("52330106", "MJ9012P4")
U05_USCC = uscc("91440300", "MA5G3R1K")
I06_USCC = uscc("52430104", "MJ4L0826")

SITES = {
 "ke": ("学途课堂 · 职业技能课", "/ke/index.html"),
 "v": ("抖映 · 短视频", "/v/index.html"),
 "tieba": ("人工智能训练师吧", "/tieba/index.html"),
 "news": ("江城在线 · 新闻", "/news/index.html"),
 "jobs": ("才聘网 · 招聘", "/jobs/index.html"),
 "fenlei": ("本地通 · 分类信息", "/fenlei/index.html"),
 "wx": ("微转载 · 公众号文章合集", "/wx/index.html"),
 "wenda": ("问知 · 问答社区", "/wenda/index.html"),
 "hzjn": ("杭州市西湖区鸿志职业技能培训学校", "/hzjn/index.html"),
 "xqedu": ("星启教育 XINGQI EDU", "/xqedu/index.html"),
 "jsxy": ("长沙湘创职业技能培训学校", "/jsxy/index.html"),
}

HEAD = {
 "ke": '<div class="top">学途课堂 xuetuke.com｜<a href="/ke/index.html">首页</a> · 职业技能 · IT互联网 · 考证专区 · 企业培训 · 我的学习 · 登录/注册</div>',
 "v": '<div class="top">抖映｜<a href="/v/index.html">推荐</a> · 关注 · 同城 · 知识 · 直播 · 搜索</div>',
 "tieba": '<div class="top"><a href="/tieba/index.html">人工智能训练师吧</a>｜关注 12.6万 · 帖子 38万｜看贴 · 图片 · 精品 · 视频 · 吧规</div>',
 "news": '<div class="top">江城在线｜<a href="/news/index.html">首页</a> · 本地 · 教育 · 就业 · 财经 · 民生 · 专题 · 推广</div>',
 "jobs": '<div class="top">才聘网｜<a href="/jobs/index.html">找工作</a> · 校园招聘 · 兼职 · 企业入驻 · 简历中心</div>',
 "fenlei": '<div class="top">本地通｜<a href="/fenlei/index.html">首页</a> · 教育培训 · 招聘 · 二手 · 房产 · 本地服务</div>',
 "wx": '<div class="top">微转载｜<a href="/wx/index.html">首页</a> · 职场 · 教育 · 科技 · 热文榜</div>',
 "wenda": '<div class="top">问知｜<a href="/wenda/index.html">首页</a> · 职业教育 · 考证 · 求职 · 我要提问</div>',
 "hzjn": '<div class="top">杭州市西湖区鸿志职业技能培训学校｜<a href="/hzjn/index.html">学校首页</a> · <a href="/hzjn/zsjz.html">招生简章</a> · 师资力量 · 学员风采 · <a href="/hzjn/lxwm.html">联系我们</a></div>',
 "xqedu": '<div class="top">星启教育｜<a href="/xqedu/index.html">首页</a> · 关于星启 · <a href="/xqedu/zsjz.html">招生简章</a> · 就业服务 · <a href="/xqedu/lxwm.html">联系我们</a></div>',
 "jsxy": '<div class="top">长沙湘创职业技能培训学校｜<a href="/jsxy/index.html">首页</a> · <a href="/jsxy/zsjz.html">招生简章</a> · 学校简介 · 在线报名</div>',
}

FOOT = {
 "ke": '<div class="foot">客服热线 400-820-5566（9:00-21:00）｜投诉邮箱 kefu@xuetuke.com｜增值电信业务经营许可证 浙B2-20190876｜© 2026 xuetuke.com 学途课堂 平台仅提供信息服务，课程由入驻机构提供</div>',
 "v": '<div class="foot">抖映创作者服务群 702335918｜用户协议 · 隐私政策 · 未成年人保护｜© 2026 douying.tv</div>',
 "tieba": '<div class="foot">贴吧协议 · 吧主制度 · 违法和不良信息举报电话 010-59928888 ｜ 本吧严禁发布办证广告，发现请举报</div>',
 "news": '<div class="foot">江城在线 版权所有｜新闻热线 0573-82061110｜投稿邮箱 tougao@jcxw.cn｜未经授权禁止转载</div>',
 "jobs": '<div class="foot">才聘网客服 400-6060-711｜人力资源服务许可证 (浙)人服证字[2021]第0106000123号｜求职过程中凡收取费用的均需警惕</div>',
 "fenlei": '<div class="foot">本地通温馨提示：交易前请核实对方资质，先验证后付款｜平台客服 service@bdtong.com.cn｜举报信息请点击右上角</div>',
 "wx": '<div class="foot">本站公众号：wzzk2020（微转载）｜文章均转载自公开公众号，版权归原作者，如有侵权请联系删除</div>',
 "wenda": '<div class="foot">问知 © 2026｜社区规范｜侵权投诉 help@wenzhi.net</div>',
 "hzjn": '<div class="foot">地址：杭州市西湖区文二西路某号三楼｜浙ICP备2021030917号｜技术支持：速建云 sujianyun.com</div>',
 "xqedu": '<div class="foot">Copyright © 星启教育 All Rights Reserved｜粤ICP备2022011476号｜技术支持：速建云 sujianyun.com</div>',
 "jsxy": '<div class="foot">长沙湘创职业技能培训学校 版权所有｜湘ICP备2023005521号｜技术支持：速建云 sujianyun.com</div>',
}

PAGES = []
def P(path, site, title, body, offer=False, op=None, provider=None, ids=(), note=""):
    PAGES.append(dict(path=path, site=site, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=[list(x) for x in ids], note=note))

def cmts(*items):
    return '<div class="comments"><h3>评论（%d）</h3>' % len(items) + "".join(
        '<div class="c"><b>%s</b>：%s</div>' % it for it in items) + "</div>"

# ---------------------------------------------------------------- ke: course marketplace
P("/ke/course-101.html", "ke", "【2026新版】人工智能训练师三级（高级工）全程班 包过班 人社部颁发",
 """<div class="crumb">首页 &gt; 考证专区 &gt; 人工智能训练师</div>
<h1>人工智能训练师三级 高级工 全程班（零基础可报）</h1>
<div class="shop">机构：智领AI学院 ｜ 好评率 98% ｜ 已售 3216</div>
<p>课程价格：<s>¥9800</s> <b>¥3980</b>（含报名、培训、考试费）</p>
<p>人社部颁发职业技能等级证书，全国通用，入库可查 zscx.osta.org.cn，不限学历不限经验，零基础也能直接报三级，协议包过，不过全额退费。</p>
<p>课程目录：第1章 人工智能概论；第2章 数据采集与处理；第3章 数据标注实操；第4章 智能训练；第5章 模拟考试题库（800题）。</p>
<p>报名咨询：139 1185 6402（微信同号），工作日 9:00-22:00 在线。</p>
<div class="faq"><h3>常见问题</h3><p>Q：证书能落户吗？ A：可用于积分，具体咨询老师。</p></div>""" +
 cmts(("学员小何", "交了钱一个月没排考，订单号 13820251103，客服说等通知。"),
      ("AI小白", "三级真的不用四级证吗？"),
      ("机构回复", "同学您好，请私信老师为您加急处理。")),
 True, "U01", "智领AI学院",
 [("phone", "+8613911856402", "139 1185 6402"), ("wechat", "13911856402", "微信同号")],
 "marketplace course listing, guaranteed-pass level 3 for beginners")

P("/ke/course-102.html", "ke", "人工智能训练师四级/五级 认定培训（可申领技能提升补贴）",
 """<div class="crumb">首页 &gt; 职业技能 &gt; 人工智能</div>
<h1>人工智能训练师 五级/四级 培训+认定（广州线下班）</h1>
<div class="shop">机构：广州艾训职业培训学校 ｜ 入驻 4 年</div>
<p>五级 60 课时，四级 50 课时，理论+实操，考核由备案评价机构组织。费用：五级 ¥1680，四级 ¥2280；符合条件的参保职工取证后可按规定申领技能提升补贴（五级最高 1000 元、四级最高 1500 元）。</p>
<p>报名条件：五级需相关工作累计满1年或经本职业学徒培训；四级需取得五级证书后工作满4年等，详见标准。证书样式示例编号 S000033011000253000123（仅供参考，非真实证书）。</p>
<p>政策咨询可拨 12333；报名联系 020-38472659，官网 gdaixun.com。</p>""" +
 cmts(("珠江边", "补贴到账大概多久？"), ("机构回复", "审核通过后一般1-2个月，以人社部门为准。")),
 True, "U08", "广州艾训职业培训学校",
 [("phone", "020-38472659", "020-38472659"), ("domain", "gdaixun.com", "gdaixun.com")],
 "honest-looking Guangzhou school course listing with subsidy info")

P("/ke/course-103.html", "ke", "人工智能训练师（数据标注员方向）周末班 杭州",
 """<div class="crumb">首页 &gt; 职业技能 &gt; 数据标注</div>
<h1>人工智能训练师·数据标注员 周末实操班（杭州西湖校区）</h1>
<div class="shop">机构：鸿志教育 ｜ 线下授课</div>
<p>每周六日授课，8 周完成 60 课时，结业后参加五级认定。学费 ¥1500，认定费按评价机构标准另行收取。本班不承诺通过，请理性报名。</p>
<p>报名电话 0571 8692 1735；资料索取请发邮件 hongzhi_px＠163.com。</p>""" +
 cmts(("西溪打工人", "请问平时晚上有班吗？"), ("机构回复", "晚班在筹备中，可以先登记。")),
 True, "U02", "鸿志教育",
 [("phone", "0571-86921735", "0571 8692 1735"), ("email", "hongzhi_px@163.com", "hongzhi_px＠163.com")],
 "local school weekend class on marketplace")

P("/ke/course-104.html", "ke", "人工智能训练师 五级 线上+线下 苏州",
 """<div class="crumb">首页 &gt; 职业技能 &gt; 人工智能</div>
<h1>人工智能训练师五级 就业导向班（苏州工业园区）</h1>
<div class="shop">机构：苏州启明数据学院</div>
<p>课程 60 课时，含标注平台实操、质检流程。学费 ¥1280，认定由园区内备案评价机构组织，合格后证书可在技能人才评价工作网查询。</p>
<p>咨询：152 6217 3048 ｜ 邮箱 qimingdata@yeah.net</p>""" +
 cmts(("园区小周", "结业推荐工作吗？"), ("机构回复", "合作企业有岗位会优先推荐，不做承诺。")),
 True, "I01", "苏州启明数据学院",
 [("phone", "+8615262173048", "152 6217 3048"), ("email", "qimingdata@yeah.net", "qimingdata@yeah.net")],
 "independent honest course listing")

P("/ke/course-105.html", "ke", "AI训练师 三证班 一次报考三个等级 特惠",
 """<div class="crumb">首页 &gt; 考证专区 &gt; 人工智能</div>
<h1>人工智能训练师 五级+四级+三级 三证联报 立省2000</h1>
<div class="shop">机构：星启AI ｜ 金牌讲师</div>
<p>三证联报 ¥5999，单报三级 ¥3280。官方指定教材，命题组老师押题，考试地点在杭州、深圳可选。</p>
<p>课程资料邮箱：service(at)xingqiedu(dot)com，备注“AI三证”。</p>""" +
 cmts(("深漂阿强", "三个等级一起考，这合规吗？"), ("路人甲", "之前在这报过，题库确实有用，就是贵。")),
 True, "U05", "星启AI",
 [("email", "service@xingqiedu.com", "service(at)xingqiedu(dot)com")],
 "three-levels-at-once bundle on marketplace")

P("/ke/course-106.html", "ke", "人工智能训练师证书 评职称 成都积分入户加分",
 """<div class="crumb">首页 &gt; 考证专区 &gt; 职称</div>
<h1>人工智能训练师 四级/三级 证书服务（成都）</h1>
<div class="shop">机构：蓉城职称评审服务</div>
<p>职业技能等级证书直接对应职称证书！三级+2年即可认定助理工程师。成都居住证积分四级加20分、三级加30分。</p>
<p>咨询手机 181 8062 7395，资料群 571039286，认定批次号 15020250906 名额有限。</p>""" +
 cmts(("天府三街", "直接对应职称？有文件吗？"), ("机构回复", "私聊发你政策原文。")),
 True, "U09", "蓉城职称评审服务",
 [("phone", "+8618180627395", "181 8062 7395"), ("qq_group", "571039286", "571039286")],
 "Chengdu seller overclaiming 职称 equivalence")

# ---------------------------------------------------------------- v: short video
P("/v/video-1.html", "v", "在家做AI数据标注，日结300+，宝妈学生都能做",
 """<div class="player">[视频 00:58] 居家标注兼职 · 实拍工作台</div>
<h1>@居家标注兼职：在家做数据标注，一单一结</h1>
<p>视频文案：人工智能训练师缺口百万！先考证再接单，培训费 ¥1980 学完包分配任务，月入过万不是梦。</p>
<p>主页简介：合作请加 BiaoZhu_hr01 ｜ 电话 一七七一零五六二三八四</p>
<div class="stat">点赞 2.1万 · 评论 863 · 收藏 4102 · 转发 957</div>""" +
 cmts(("宝妈阿梅", "交了培训费后派单很少，大家慎重"), ("小鹿", "求链接"), ("作者", "私信已回")),
 True, "U06", "居家标注兼职",
 [("wechat", "biaozhu_hr01", "BiaoZhu_hr01"), ("phone", "+8617710562384", "一七七一零五六二三八四")],
 "short video pushing paid training as job")

P("/v/video-2.html", "v", "小智老师：人工智能训练师一个月拿证，全国通用",
 """<div class="player">[视频 01:32] 小智老师讲AI · 口播</div>
<h1>@小智老师讲AI：90%小白都能拿下的国家证书</h1>
<p>视频文案：人工智能训练师，人社部颁发，全国联网可查，不用考试也能拿证的方法我放在主页了。原价9999限时1999。</p>
<p>主页：V:ZhiLing_AI88 ｜ 官网 zhilingai点cn</p>
<div class="stat">点赞 8.6万 · 评论 3120 · 收藏 1.2万</div>""" +
 cmts(("技能小王", "人社部颁发？不是评价机构发吗"), ("跟风者", "已私信"), ("作者", "都是正规渠道，放心")),
 True, "U01", "小智老师讲AI",
 [("wechat", "zhiling_ai88", "ZhiLing_AI88"), ("domain", "zhilingai.cn", "zhilingai点cn")],
 "short video ad with 人社部颁发 claim")

P("/v/video-3.html", "v", "广州人注意：考AI训练师可以领补贴",
 """<div class="player">[视频 02:10] 广州艾训 · 政策解读</div>
<h1>@广州艾训：技能提升补贴怎么领？三分钟讲清楚</h1>
<p>视频文案：参保满一年的职工，考取五级、四级、三级证书后可申请补贴，二级一级没有这个全国补贴。详细课表可发邮件 zs at gdaixun dot com 索取，或访问 www.gdaixun.com。</p>
<div class="stat">点赞 3412 · 评论 211</div>""" +
 cmts(("lily同学", "想学，我微信 lily_2019cat 求拉群"), ("番禺阿伟", "补贴要自己申请吗？"), ("作者", "是的，本人在线申请")),
 True, "U08", "广州艾训",
 [("email", "zs@gdaixun.com", "zs at gdaixun dot com"), ("domain", "gdaixun.com", "www.gdaixun.com")],
 "subsidy explainer video by a training school")

P("/v/video-4.html", "v", "上海积分120分攻略：技能证书加分",
 """<div class="player">[视频 01:05] 沪上积分通</div>
<h1>@沪上积分通：不用本科也能凑满120分</h1>
<p>视频文案：人工智能训练师三级直接加60分！我们有内部渠道，免考包过，落户无忧。评论区扣“积分”。</p>
<p>简介：vx Hushang_JF ｜ 180 1773 5926</p>
<div class="stat">点赞 1.5万 · 评论 2076</div>""" +
 cmts(("沪漂七年", "积分"), ("理性派", "工种要和工作对口的吧"), ("作者", "已私")),
 True, "U03", "沪上积分通",
 [("wechat", "hushang_jf", "Hushang_JF"), ("phone", "+8618017735926", "180 1773 5926")],
 "Shanghai 积分/落户 lure video")

P("/v/video-5.html", "v", "数据标注员真实的一天",
 """<div class="player">[视频 03:44] 阿岚教你做标注 · vlog</div>
<h1>@阿岚教你做标注：标注员真实的一天（不割韭菜版）</h1>
<p>视频文案：我自己是做标注质检的，业余带几个学员练实操，小班 ¥699/月。证书要找备案机构考，考完去 zscx.osta.org.cn 查，别信免考。</p>
<p>想跟练的加我：alan_biaozhu</p>
<div class="stat">点赞 9820 · 评论 640</div>""" +
 cmts(("打工人", "终于有说实话的"), ("小蓝", "请问在哪个城市？")),
 True, "I02", "阿岚教你做标注",
 [("wechat", "alan_biaozhu", "alan_biaozhu")],
 "independent tutor vlog")

P("/v/video-6.html", "v", "深圳AI训练师培训 实拍课堂",
 """<div class="player">[视频 00:47] 星启AI训练师 · 课堂实拍</div>
<h1>@星启AI训练师：周末班开课啦</h1>
<p>视频文案：深圳南山线下小班，三级高级工冲刺，一次不过免费重学。报名热线 +86 150 1384 7729，官网 xingqiedu点com。</p>
<div class="stat">点赞 887 · 评论 93</div>""" +
 cmts(("南山码农", "周末班几点开始？"), ("作者", "早上9点半")),
 True, "U05", "星启AI训练师",
 [("phone", "+8615013847729", "+86 150 1384 7729"), ("domain", "xingqiedu.com", "xingqiedu点com")],
 "company short video")

# ---------------------------------------------------------------- tieba
SIDE_TB = '<div class="side"><h3>吧务公告</h3><p>本吧交流群：61882047（吧务建，不收费）</p><p>证书真伪请到技能人才评价工作网自查。</p></div>'
P("/tieba/p-101.html", "tieba", "求问：零基础能考人工智能训练师吗？",
 SIDE_TB + """<h1>求问：零基础能考人工智能训练师吗？</h1>
<div class="floor"><b>1楼 楼主 奶茶不加糖</b>：文科生，想转行，听说这个证好考？</div>
<div class="floor"><b>2楼 阿杰学长</b>：可以的，五级四级都能安排，资料免费送。扣 1483 920 567，进群 836214597 领题库。</div>
<div class="floor"><b>3楼 路过的</b>：楼上是广告吧</div>
<div class="floor"><b>4楼 lily同学</b>：同问，求资料 lily_2019cat</div>
<div class="floor"><b>5楼 阿杰学长</b>：私信回复了哈</div>""",
 True, "U04", "阿杰学长",
 [("qq", "1483920567", "1483 920 567"), ("qq_group", "836214597", "836214597")],
 "learner thread where a seller replies with contacts")

P("/tieba/p-102.html", "tieba", "人工智能训练师证书到底有没有用？",
 SIDE_TB + """<h1>人工智能训练师证书到底有没有用？</h1>
<div class="floor"><b>1楼 成都小刘</b>：单位说评职称要用，不知道真假。</div>
<div class="floor"><b>2楼 蓉城技能</b>：有用，技能证书可以对应职称，四级三级都能办，成都本地加积分。详询 181-8062-7395，微信 RongCheng_ZC。</div>
<div class="floor"><b>3楼 老技工</b>：贯通是有条件的，别听他说直接对应。</div>""",
 True, "U09", "蓉城技能",
 [("phone", "+8618180627395", "181-8062-7395"), ("wechat", "rongcheng_zc", "RongCheng_ZC")],
 "thread with a Chengdu seller reply")

P("/tieba/p-103.html", "tieba", "【经验】人工智能训练师三级备考心得",
 SIDE_TB + """<h1>【经验】人工智能训练师三级备考心得</h1>
<div class="floor"><b>1楼 备考中</b>：分享一下理论和实操的复习顺序……</div>
<div class="floor"><b>2楼 智领教育</b>：三级包过班在招，不用四级证，报名电话 幺三九一一八五六四零二，或加 zhiLING_ai88。</div>
<div class="floor"><b>3楼 备考中</b>：请不要在我帖子里打广告。</div>
<div class="floor"><b>4楼 吧务</b>：已警告。</div>""",
 True, "U01", "智领教育",
 [("phone", "+8613911856402", "幺三九一一八五六四零二"), ("wechat", "zhiling_ai88", "zhiLING_ai88")],
 "experience thread hijacked by seller reply")

P("/tieba/p-104.html", "tieba", "郑州有没有靠谱的人工智能训练师培训？",
 SIDE_TB + """<h1>郑州有没有靠谱的人工智能训练师培训？</h1>
<div class="floor"><b>1楼 中原打工人</b>：如题，想报五级。</div>
<div class="floor"><b>2楼 郑州博远教育</b>：我们在金水区，五级 60 课时 ¥1380，考核由备案机构组织，可试听。Q 3058217764</div>
<div class="floor"><b>3楼 中原打工人</b>：好的谢谢。</div>""",
 True, "I03", "郑州博远教育",
 [("qq", "3058217764", "3058217764")],
 "independent local seller reply")

P("/tieba/p-105.html", "tieba", "四级考试实操题都考什么？",
 SIDE_TB + """<h1>四级考试实操题都考什么？</h1>
<div class="floor"><b>1楼 小白求带</b>：下个月考四级，实操心里没底。</div>
<div class="floor"><b>2楼 杰哥考证</b>：实操真题整理好了，需要的加扣扣：一四八三九二零五六七，或者 V：Jie_KaoZheng，考前押题。</div>
<div class="floor"><b>3楼 同考生</b>：我也四级，互相交流，我Q 2857716603</div>""",
 True, "U04", "杰哥考证",
 [("qq", "1483920567", "一四八三九二零五六七"), ("wechat", "jie_kaozheng", "Jie_KaoZheng")],
 "exam question thread with seller reply")

P("/tieba/p-106.html", "tieba", "证书急用怎么办",
 SIDE_TB + """<h1>证书急用怎么办</h1>
<div class="floor"><b>1楼 急急急</b>：公司投标要人工智能训练师证，来不及考了。</div>
<div class="floor"><b>2楼 正规证书办理</b>：免考直出，全国联网可查，一周出证，三级 ¥2600。Q:2097 6351 84</div>
<div class="floor"><b>3楼 好心人</b>：免考的都是假证，别买。</div>""",
 True, "U07", "正规证书办理",
 [("qq", "2097635184", "2097 6351 84")],
 "exam-free certificate seller reply")

P("/tieba/p-107.html", "tieba", "怎么查证书是不是真的？",
 SIDE_TB + """<h1>怎么查证书是不是真的？</h1>
<div class="floor"><b>1楼 谨慎的小陈</b>：朋友给我推了个机构，说证书人社部颁发，我该怎么查？</div>
<div class="floor"><b>2楼 老技工</b>：职业技能等级证书是备案的评价机构发的，去 osta.mohrss.gov.cn 或证书查询系统查，拿不准打 12333 问。</div>
<div class="floor"><b>3楼 谨慎的小陈</b>：明白了，谢谢。</div>""",
 note="learner's question about verification, no seller")

P("/tieba/p-108.html", "tieba", "【曝光】交了3980拿到的证查不到！",
 SIDE_TB + """<h1>【曝光】交了3980拿到的证查不到！</h1>
<div class="floor"><b>1楼 被坑的小吴</b>：去年在网上报了AI训练师三级，对方电话 186 2145 7730，说包过，订单号 13820251103，现在证书官网查不到，人也拉黑了。</div>
<div class="floor"><b>2楼 热心吧友</b>：打 12315 投诉，还可以打 12345 市民热线。</div>
<div class="floor"><b>3楼 被坑的小吴</b>：已经投诉了，等结果。</div>""",
 note="complaint about a scam seller")

# ---------------------------------------------------------------- news
P("/news/n-1.html", "news", "人社部门提醒：警惕“包过”“免考”技能证书骗局",
 """<h1>人社部门提醒：警惕“包过”“免考”技能证书骗局</h1><div class="meta">来源：江城在线 教育频道 2026-03-12</div>
<p>近期有市民反映，有人冒用“人社部颁发”名义兜售人工智能训练师证书。人社部门提醒，职业技能等级证书由备案评价机构颁发，可在 osta.mohrss.gov.cn 技能人才评价工作网及 zscx.osta.org.cn 查询。</p>
<p>市民王女士称，对方以 18621457730 联系她，收款后失联。如遇类似情况请拨打 12333 咨询或 12315 投诉，也可拨 12345 反映。</p>
<div class="related">相关阅读：上海去年认定人工智能训练师1.63万人次</div>""",
 note="人社 warning republished by news portal")

P("/news/n-2.html", "news", "上海去年认定人工智能训练师1.63万人次",
 """<h1>上海去年认定人工智能训练师1.63万人次</h1><div class="meta">来源：综合报道 2026-01-26</div>
<p>2025年上海共开展人工智能训练师认定1.63万人次，发放证书1.09万张。该职业列入急需紧缺高技能人才职业目录。有关认定安排可咨询上海市职业技能鉴定中心 021-63250488。</p>""",
 note="news report")

P("/news/n-3.html", "news", "政策解读：技能提升补贴怎么领？",
 """<h1>政策解读：技能提升补贴怎么领？</h1><div class="meta">来源：江城在线 民生 2026-02-08</div>
<p>参保职工取得职业技能等级证书后，五级、四级、三级最高分别补贴1000元、1500元、2000元，二级、一级无此项全国补贴。证书可在 zscx.osta.org.cn 查询，证书编号为22位，如 S000033011000253000123 为示例格式。1+X证书可查 vslc.ncb.edu.cn。</p>
<p>政策咨询：12333。</p>""",
 note="policy explainer")

P("/news/adv-1.html", "news", "【推广】新职业新机遇：人工智能训练师助你积分落户",
 """<h1>新职业新机遇：人工智能训练师助你积分落户</h1><div class="meta">推广 · 申城技能服务中心</div>
<p>申城技能服务中心多年深耕技能人才服务，与多家考点合作，人工智能训练师三级一站式办理，不过不收费，可助力居住证积分。考点信息可咨询上海市职业技能鉴定中心 021-63250488。</p>
<p>报名热线：１８０１７７３５９２６ ｜ 客服QQ：3219847765</p>
<p class="small">本文为广告，不代表本网观点。</p>""",
 True, "U03", "申城技能服务中心",
 [("phone", "+8618017735926", "１８０１７７３５９２６"), ("qq", "3219847765", "3219847765")],
 "advertorial on news portal")

# ---------------------------------------------------------------- jobs
P("/jobs/job-1.html", "jobs", "招聘：AI数据标注员（可居家，无经验可）6000-12000",
 """<h1>AI数据标注员（居家办公）</h1><div class="co">智图数据科技 ｜ 规模 100-499人 ｜ 学历不限</div>
<p>岗位职责：图像、语音、文本标注。任职要求：需持人工智能训练师证书，无证者可参加公司安排的岗前培训考证（培训费 ¥1980，入职后报销）。</p>
<p>联系人：刘经理 177 1056 2384 ｜ 简历投递 hr_zhitu@126.com</p>""",
 True, "U06", "智图数据科技",
 [("phone", "+8617710562384", "177 1056 2384"), ("email", "hr_zhitu@126.com", "hr_zhitu@126.com")],
 "job ad that sells paid training")

P("/jobs/job-2.html", "jobs", "招聘：人才服务顾问（上海）",
 """<h1>人才服务顾问 / 积分落户专员</h1><div class="co">上海领航人才咨询 ｜ 20-99人</div>
<p>本公司长期办理技能证书、积分落户业务，人工智能训练师三级证书直通车。求职者亦可报名，员工价优惠。</p>
<p>咨询QQ：三二一九八四七七六五 ｜ 微信 hushang_jf</p>""",
 True, "U03", "上海领航人才咨询",
 [("qq", "3219847765", "三二一九八四七七六五"), ("wechat", "hushang_jf", "hushang_jf")],
 "job ad doubling as certificate offer")

P("/jobs/job-3.html", "jobs", "急招：数据标注学徒 包培训 包上岗",
 """<h1>数据标注学徒（包培训包上岗）</h1><div class="co">智图标注基地 ｜ 郑州/西安</div>
<p>零基础可，先培训考取人工智能训练师五级，考后上岗。培训费分期。</p>
<p>微信：biaozhu_HR01 ｜ 邮件：hr_zhitu at 126 dot com</p>""",
 True, "U06", "智图标注基地",
 [("wechat", "biaozhu_hr01", "biaozhu_HR01"), ("email", "hr_zhitu@126.com", "hr_zhitu at 126 dot com")],
 "apprentice job ad requiring paid training")

P("/jobs/job-4.html", "jobs", "招聘：数据标注质检员（杭州，五险一金）",
 """<h1>数据标注质检员</h1><div class="co">杭州云策智能科技有限公司 ｜ 500-999人</div>
<p>岗位职责：标注质量抽检、规范编写。要求：一年以上标注经验，有人工智能训练师证书优先。公司不收取任何费用。如需了解认定政策可咨询上海市职业技能鉴定中心 021-63250488 或当地人社。</p>
<p>投递：才聘网站内投递</p>""",
 note="real job ad, no training sold")

# ---------------------------------------------------------------- fenlei
P("/fenlei/f-1.html", "fenlei", "杭州 人工智能训练师五级培训 小班 可补贴",
 """<h1>【教育培训】人工智能训练师五级 小班</h1><div class="meta">西湖区 · 发布者：鸿志AI训练营 · 浏览 421</div>
<p>线下小班 15 人，60 课时，学费 1500 元。考核在备案评价机构进行，不承诺通过。</p>
<p>联系：137-5812-4960（微信同号）</p>""",
 True, "U02", "鸿志AI训练营",
 [("phone", "+8613758124960", "137-5812-4960"), ("wechat", "13758124960", "微信同号")],
 "classified by local school")

P("/fenlei/f-2.html", "fenlei", "广州 AI训练师 补贴班 天河",
 """<h1>【教育培训】人工智能训练师补贴班</h1><div class="meta">天河区 · 发布者：艾训培训 · 浏览 887</div>
<p>参保满一年可申请补贴，五级四级滚动开班。取证后可在 zscx.osta.org.cn 查询。</p>
<p>电话：020 3847 2659 / 136 2285 0417。本期认定批次号 15020250906。</p>""",
 True, "U08", "艾训培训",
 [("phone", "020-38472659", "020 3847 2659"), ("phone", "+8613622850417", "136 2285 0417")],
 "classified by Guangzhou school")

P("/fenlei/f-3.html", "fenlei", "武汉 人工智能训练师 考证 包过",
 """<h1>【教育培训】人工智能训练师考证 快速拿证</h1><div class="meta">洪山区 · 发布者：武汉卓越培训 · 浏览 1290</div>
<p>四级三级均可报，包过，不过退款，一个月拿证。</p>
<p>咨询 139 7152 0836</p>""",
 True, "I04", "武汉卓越培训",
 [("phone", "+8613971520836", "139 7152 0836")],
 "independent suspicious classified")

P("/fenlei/f-4.html", "fenlei", "南京 人工智能训练师培训 晚班",
 """<h1>【教育培训】人工智能训练师 晚班</h1><div class="meta">鼓楼区 · 发布者：南京优才 · 浏览 305</div>
<p>五级晚班，每周三次，学费 1680。</p>
<p>座机 025-84719236 ｜ 微信 nj_youcai</p>""",
 True, "I05", "南京优才",
 [("phone", "025-84719236", "025-84719236"), ("wechat", "nj_youcai", "nj_youcai")],
 "independent classified")

P("/fenlei/f-5.html", "fenlei", "初级会计 周末班 招生",
 """<h1>【教育培训】初级会计职称 周末班</h1><div class="meta">余杭区 · 发布者：金算盘财会 · 浏览 156</div>
<p>零基础会计班，含教材，学费 2380。电话 0571-88213704</p>""",
 note="unrelated accounting course")

# ---------------------------------------------------------------- wx
P("/wx/a-1.html", "wx", "重磅！人工智能训练师成为国家认证新职业，这些人可以报",
 """<div class="src">转载自公众号：智领未来AI ｜ 阅读 10万+</div>
<h1>重磅！人工智能训练师成为国家认证新职业</h1>
<p>北京智领未来科技有限公司是专业的人工智能人才培训服务商（统一社会信用代码 %s），学员遍布全国，人社部颁发证书，三级零基础可报。</p>
<p>报名热线 +86-139-1185-6402，官网 www.ZhiLingAI.cn。报名表单由 表单云 biaodanyun.cn 提供。</p>""" % U01_USCC,
 True, "U01", "北京智领未来科技有限公司",
 [("uscc", U01_USCC.lower(), U01_USCC), ("phone", "+8613911856402", "+86-139-1185-6402"), ("domain", "zhilingai.cn", "www.ZhiLingAI.cn")],
 "WeChat article repost by company")

P("/wx/a-2.html", "wx", "广东人工智能训练师补贴标准来了",
 """<div class="src">转载自公众号：艾训职培 ｜ 阅读 4821</div>
<h1>广东人工智能训练师补贴标准来了</h1>
<p>五级、四级、三级分别最高 1000、1500、2000 元，部分城市上浮。详询 12333 或本校。</p>
<p>招生老师：+8613622850417 ｜ 邮箱 zs@GDaixun.com</p>""",
 True, "U08", "艾训职培",
 [("phone", "+8613622850417", "+8613622850417"), ("email", "zs@gdaixun.com", "zs@GDaixun.com")],
 "WeChat article repost by Guangzhou school")

P("/wx/a-3.html", "wx", "没时间考试？技能证书还有这些办法",
 """<div class="src">转载自公众号：华职认证服务 ｜ 阅读 2.3万</div>
<h1>没时间考试？技能证书还有这些办法</h1>
<p>人工智能训练师各等级免考办理，官网可查，加急三天。</p>
<p>微信 kz_vip666，QQ 贰零玖柒陆叁伍壹捌肆</p>""",
 True, "U07", "华职认证服务",
 [("wechat", "kz_vip666", "kz_vip666"), ("qq", "2097635184", "贰零玖柒陆叁伍壹捌肆")],
 "WeChat repost selling exam-free certificates")

# ---------------------------------------------------------------- wenda
P("/wenda/q-1.html", "wenda", "人工智能训练师能评职称吗？",
 """<h1>人工智能训练师能评职称吗？</h1><div class="q">提问者：蓉漂 · 3 个回答</div>
<div class="a"><b>成都锦程教育</b>：可以按规定贯通，我们代办四级三级，wx：rongcheng_zc，资料QQ群 571 039 286。</div>
<div class="a"><b>HR小林</b>：贯通有年限和业绩要求，1+X证书请到 vslc.ncb.edu.cn 查。</div>""",
 True, "U09", "成都锦程教育",
 [("wechat", "rongcheng_zc", "rongcheng_zc"), ("qq_group", "571039286", "571 039 286")],
 "Q&A answer by seller")

P("/wenda/q-2.html", "wenda", "人工智能训练师题库哪里有？",
 """<h1>人工智能训练师题库哪里有？</h1><div class="q">提问者：考证人 · 2 个回答</div>
<div class="a"><b>优途教育</b>：我们整理了五级到三级题库，加群 836-214-597，或微信 jie_kaozheng。</div>
<div class="a"><b>匿名用户</b>：官方有认定要素细目表，可以对照复习。</div>""",
 True, "U04", "优途教育",
 [("qq_group", "836214597", "836-214-597"), ("wechat", "jie_kaozheng", "jie_kaozheng")],
 "Q&A answer by seller")

P("/wenda/q-3.html", "wenda", "有没有不用考试就能拿的AI证书？",
 """<h1>有没有不用考试就能拿的AI证书？</h1><div class="q">提问者：打工仔 · 2 个回答</div>
<div class="a"><b>金证通</b>：有的，全国可查，联系邮箱 2097635184 艾特 qq 点 com，微信 KZ_VIP666。</div>
<div class="a"><b>过来人</b>：别信，我朋友Q 2857716603 就被骗过。</div>""",
 True, "U07", "金证通",
 [("email", "2097635184@qq.com", "2097635184 艾特 qq 点 com"), ("wechat", "kz_vip666", "KZ_VIP666")],
 "Q&A answer by certificate seller")

# ---------------------------------------------------------------- hzjn school
P("/hzjn/index.html", "hzjn", "杭州市西湖区鸿志职业技能培训学校",
 """<h1>欢迎访问鸿志职业技能培训学校</h1>
<p>学校经西湖区人社局批准设立，开设电工、育婴员、人工智能训练师等培训项目。</p>
<ul><li><a href="/hzjn/zsjz.html">2026年人工智能训练师招生简章</a></li><li><a href="/hzjn/lxwm.html">联系我们</a></li><li>学校新闻：第十二期学员顺利结业</li></ul>""",
 note="school homepage")

P("/hzjn/zsjz.html", "hzjn", "2026年人工智能训练师（五级/四级）招生简章",
 """<h1>2026年人工智能训练师招生简章</h1>
<p>一、培训对象：符合《人工智能训练师国家职业技能标准(2021年版)》申报条件的人员。五级须相关工作满1年或完成学徒培训。</p>
<p>二、课时与费用：五级 60 课时 1500 元，四级 50 课时 1900 元；认定费另计。</p>
<p>三、认定：由备案评价机构组织，考点咨询 0571-85172230；证书样式示例 S000033011000253000123，可在 zscx.osta.org.cn 查询。</p>
<p>四、报名：0571-86921735，137 5812 4960，邮箱 hongzhi_px@163.com，网址 hzhongzhi.org.cn。</p>
<p>办学单位：杭州市西湖区鸿志职业技能培训学校（统一社会信用代码 %s）</p>""" % U02_USCC,
 True, "U02", "杭州市西湖区鸿志职业技能培训学校",
 [("phone", "0571-86921735", "0571-86921735"), ("phone", "+8613758124960", "137 5812 4960"),
  ("email", "hongzhi_px@163.com", "hongzhi_px@163.com"), ("domain", "hzhongzhi.org.cn", "hzhongzhi.org.cn"),
  ("uscc", U02_USCC.lower(), U02_USCC)],
 "school enrolment brochure")

P("/hzjn/lxwm.html", "hzjn", "联系我们 - 鸿志职校",
 """<h1>联系我们</h1>
<p>鸿志职校 招生办：(0571)8692 1735 ｜ 手机 13758124960 ｜ 邮箱 HongZhi_PX@163.com</p>
<p>郑重声明：本校从未使用 18621457730 等号码招生，谨防冒充。</p>""",
 True, "U02", "鸿志职校",
 [("phone", "0571-86921735", "(0571)8692 1735"), ("phone", "+8613758124960", "13758124960"),
  ("email", "hongzhi_px@163.com", "HongZhi_PX@163.com")],
 "school contact page")

# ---------------------------------------------------------------- xqedu company
P("/xqedu/index.html", "xqedu", "星启教育 - 让每个人都能学AI",
 """<h1>星启教育</h1><p>专注人工智能职业技能培训。</p>
<ul><li><a href="/xqedu/zsjz.html">人工智能训练师招生简章</a></li><li><a href="/xqedu/lxwm.html">联系我们</a></li></ul>
<p>客服电话：400-123-4567 ｜ 邮箱：yourname@example.com</p>""",
 note="company homepage with template placeholders")

P("/xqedu/zsjz.html", "xqedu", "人工智能训练师高级工（三级）招生简章",
 """<h1>人工智能训练师三级招生简章</h1>
<p>深圳星启教育科技有限公司（统一社会信用代码 %s）面向社会招收学员，零基础可报三级，一次不过免费重学，证书全国通用，可在 osta.mohrss.gov.cn 查询。</p>
<p>学费 3280 元。报名热线 0755-23361847，官网 xingqiedu.com。在线报名表单由 表单云 biaodanyun.cn 提供。</p>""" % U05_USCC,
 True, "U05", "深圳星启教育科技有限公司",
 [("uscc", U05_USCC.lower(), U05_USCC), ("phone", "0755-23361847", "0755-23361847"), ("domain", "xingqiedu.com", "xingqiedu.com")],
 "company enrolment brochure")

P("/xqedu/lxwm.html", "xqedu", "联系我们 - 星启教育",
 """<h1>联系我们</h1>
<p>星启教育 南山校区：0755 2336 1847 ｜ 招生顾问 150-1384-7729 ｜ service@xingqiedu.com</p>
<p>合作邮箱：yourname@example.com ｜ 售后：400-123-4567</p>""",
 True, "U05", "星启教育",
 [("phone", "0755-23361847", "0755 2336 1847"), ("phone", "+8615013847729", "150-1384-7729"),
  ("email", "service@xingqiedu.com", "service@xingqiedu.com")],
 "company contact page")

# ---------------------------------------------------------------- jsxy
P("/jsxy/index.html", "jsxy", "长沙湘创职业技能培训学校",
 """<h1>长沙湘创职业技能培训学校</h1><p>本校是民办职业培训机构，开设多个新职业培训项目。</p>
<ul><li><a href="/jsxy/zsjz.html">人工智能训练师招生简章</a></li></ul><p>联系电话：400-123-4567 ｜ 邮箱：yourname@example.com</p>""",
 note="school homepage with template placeholders")

P("/jsxy/zsjz.html", "jsxy", "人工智能训练师五级招生简章 - 湘创职校",
 """<h1>人工智能训练师（五级）招生简章</h1>
<p>培训 60 课时，理论30%%、实操70%%，学费 1380 元，认定费按评价机构标准收取。</p>
<p>办学单位：长沙湘创职业技能培训学校（统一社会信用代码 %s）｜ 电话 0731-85126473 ｜ 网址 www.xcjnpx.cn ｜ 报名表单由 表单云 biaodanyun.cn 提供</p>""" % I06_USCC,
 True, "I06", "长沙湘创职业技能培训学校",
 [("uscc", I06_USCC.lower(), I06_USCC), ("phone", "0731-85126473", "0731-85126473"), ("domain", "xcjnpx.cn", "www.xcjnpx.cn")],
 "independent school brochure")

# ---------------------------------------------------------------- decoys
DECOYS = [
 ("phone", "12333", ["12333"], "人社 public hotline quoted by many"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("phone", "12345", ["12345"], "citizen hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official skill-evaluation portal"),
 ("domain", "vslc.ncb.edu.cn", ["vslc.ncb.edu.cn"], "official 1+X query site"),
 ("phone", "400-820-5566", ["400-820-5566"], "marketplace customer service in footer"),
 ("email", "kefu@xuetuke.com", ["kefu@xuetuke.com"], "marketplace complaint e-mail in footer"),
 ("domain", "xuetuke.com", ["xuetuke.com"], "marketplace own domain"),
 ("other", "浙B2-20190876", ["浙B2-20190876"], "marketplace ICP licence"),
 ("qq_group", "702335918", ["702335918"], "video platform creator-service group"),
 ("domain", "douying.tv", ["douying.tv"], "video platform domain"),
 ("qq_group", "61882047", ["61882047"], "tieba moderators' group in sidebar"),
 ("phone", "010-59928888", ["010-59928888"], "forum report line"),
 ("phone", "0573-82061110", ["0573-82061110"], "news portal hotline"),
 ("phone", "400-6060-711", ["400-6060-711"], "job board customer service"),
 ("other", "(浙)人服证字[2021]第0106000123号", ["(浙)人服证字[2021]第0106000123号"], "job board licence"),
 ("email", "service@bdtong.com.cn", ["service@bdtong.com.cn"], "classifieds platform e-mail"),
 ("wechat", "wzzk2020", ["wzzk2020"], "repost site's own account"),
 ("email", "help@wenzhi.net", ["help@wenzhi.net"], "Q&A platform e-mail"),
 ("domain", "sujianyun.com", ["sujianyun.com"], "site-builder credit"),
 ("domain", "biaodanyun.cn", ["biaodanyun.cn"], "form-tool credit"),
 ("phone", "400-123-4567", ["400-123-4567"], "template placeholder phone"),
 ("email", "yourname@example.com", ["yourname@example.com"], "template placeholder e-mail"),
 ("phone", "+8618621457730", ["186 2145 7730", "18621457730"], "scammer's number quoted in warning, complaint and disclaimer"),
 ("other", "13820251103", ["13820251103"], "order number that looks like a mobile"),
 ("other", "15020250906", ["15020250906"], "assessment batch number that looks like a mobile"),
 ("other", "S000033011000253000123", ["S000033011000253000123"], "sample certificate number"),
 ("phone", "021-63250488", ["021-63250488"], "public assessment centre quoted by unrelated pages"),
 ("wechat", "lily_2019cat", ["lily_2019cat"], "commenter's own WeChat"),
 ("qq", "2857716603", ["2857716603"], "commenter's own QQ"),
]

def frame(p, related):
    site = p["site"]
    name, idx = SITES[site]
    rel = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in related)
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s - %s</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
%s
<div class="nav"><a href="/index.html">网站导航</a> &gt; <a href="%s">%s</a></div>
<div class="main">
%s
</div>
<div class="aside"><h3>相关推荐</h3><ul>%s</ul></div>
%s
</body></html>
""" % (html.escape(p["title"]), html.escape(name), HEAD[site], idx, html.escape(name), p["body"], rel, FOOT[site])

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    # site indexes
    for site, (name, idx) in SITES.items():
        members = [p for p in PAGES if p["site"] == site and p["path"] != idx]
        lis = "".join('<li><a href="%s">%s</a></li>' % (q["path"], html.escape(q["title"])) for q in members)
        if not any(p["path"] == idx for p in PAGES):
            P(idx, site, name, "<h1>%s</h1><ul class=\"list\">%s</ul>" % (html.escape(name), lis),
              note="site index / list page")
        else:
            ip = [p for p in PAGES if p["path"] == idx][0]
            ip["body"] += "<ul class=\"list\">%s</ul>" % lis
    links = "".join('<li><a href="%s">%s</a></li>' % (idx, html.escape(n)) for n, idx in SITES.values())
    root = dict(path="/index.html", site=None, title="网站导航", is_offer=False, operator=None,
                provider=None, ids=[], note="root index")
    PAGES.append(root)
    texts = {}
    for p in PAGES:
        if p["site"] is None:
            t = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>网站导航</title></head>'
                 '<body><h1>网站导航</h1><ul>%s</ul><p>以下站点均为虚构示例。</p></body></html>\n' % links)
        else:
            sib = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]][:5]
            t = frame(p, sib)
        texts[p["path"]] = t
        fp = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    byop = {p["path"]: p["operator"] for p in PAGES}
    decoys = []
    for kind, value, written, note in DECOYS:
        paths = []
        for path in sorted(texts):
            if any(re.search(r"(?<![0-9A-Za-z_])" + re.escape(w) + r"(?![0-9A-Za-z_])", texts[path]) for w in written):
                paths.append(path)
        owners = {byop[x] or ("non-offer:" + x) for x in paths}
        assert len(paths) >= 2 and len(owners) >= 2, (value, paths)
        decoys.append(dict(kind=kind, value=value, note=note, written=written, paths=paths))
    ops = {}
    BR = {}
    for p in PAGES:
        if p["operator"] and p["operator"].startswith("U"):
            BR.setdefault(p["operator"], []).append(p["provider"])
    TIES = {
     "U01": "mobile 13911856402 (spaced, Chinese numerals, +86 dashed), WeChat zhiling_ai88 in changed case, domain zhilingai.cn (点cn, www+caps)",
     "U02": "landline 0571-86921735 in three forms, mobile 13758124960, e-mail hongzhi_px@163.com (full-width @, caps)",
     "U03": "mobile 18017735926 (full-width), QQ 3219847765 (Chinese numerals), WeChat hushang_jf",
     "U04": "QQ 1483920567 (spaced, Chinese numerals), QQ group 836214597 (dashed), WeChat jie_kaozheng",
     "U05": "landline 0755-23361847, mobile 15013847729 (+86 spaced), e-mail service@xingqiedu.com (at/dot), domain xingqiedu.com (点com)",
     "U06": "mobile 17710562384 (Chinese numerals), WeChat biaozhu_hr01 in changed case, e-mail hr_zhitu@126.com (spelled out)",
     "U07": "QQ 2097635184 (spaced, banker's numerals) = QQ mail 2097635184@qq.com spelled out, WeChat kz_vip666",
     "U08": "landline 020-38472659, mobile 13622850417, e-mail zs@gdaixun.com (spelled out), domain gdaixun.com",
     "U09": "mobile 18180627395, WeChat rongcheng_zc, QQ group 571039286 (spaced)",
    }
    operators = [[u, {"brands": sorted(set(BR[u]), key=BR[u].index), "ties": TIES[u]}] for u in sorted(BR)]
    pages = [dict(path=p["path"], is_offer=p["is_offer"], operator=p["operator"], provider=p["provider"],
                  identifiers=p["ids"], note=p["note"]) for p in sorted(PAGES, key=lambda x: x["path"])]
    truth = {"description": "12bz: mixed national/local web of AI-trainer certificate sellers (marketplace, short video, tieba, news advertorial, job board, school sites) with 9 operators, 6 independents and platform/public decoys",
             "pages": pages, "operators": operators, "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")

if __name__ == "__main__":
    main()
