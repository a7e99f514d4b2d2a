#!/usr/bin/env python3
"""Generate site/ and truth.json for operators-2026-12av (deterministic, stdlib only)."""
import json, os, re, shutil
A = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def _org(s):
    c = 11 - sum((int(x) if x.isdigit() else ord(x) - 55) * w for x, w in zip(s, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)
def uscc(p16):
    b = p16 + _org(p16[8:16]); r = 31 - sum(A.index(c) * w for c, w in zip(b, W)) % 31
    return b + A[0 if r == 31 else r]
US = {'@U1@': uscc('91440106MA5CXR7K'), '@U3@': uscc('91330108MA2H4Q1N'), '@U5@': uscc('91510104MA6DL2W8'),
      '@U8@': uscc('92320583MA1YB6T3'), '@I2@': uscc('91370102MA3P8E5J')}
# ---------- shared platform chrome (decoy sources) ----------
CHROME = {
 'fenlei': ('同城帮分类信息网', '<a href="../index.html">首页</a> | <a href="index.html">教育培训</a> | <a href="index.html">招聘求职</a> | <a href="../help/safety.html">防骗指南</a>',
   '<p>同城帮客服热线：400-690-8831（9:00-21:00） 客服邮箱：kefu@tongchengbang.cn</p><p>同城帮 tongchengbang.cn 版权所有 沪ICP备17043318号-2</p><p>郑重提示：凡以各种名义收取押金、培训费的均需谨慎，遇诈骗请拨110或全国反诈专线96110</p>'),
 'video': ('抖映短视频 · 网页版', '<a href="../index.html">首页</a> <a href="index.html">推荐</a> <a href="index.html">关注</a> <a href="index.html">直播</a>',
   '<p>抖映 douying.tv 网络内容举报热线：400-140-2108 · 未成年人专线 · 京网文〔2023〕1157-032号</p>'),
 'note': ('小记本 - 标记我的生活', '<a href="../index.html">发现</a> <a href="index.html">笔记</a> <a href="index.html">购物</a>',
   '<p>小记本 xiaojiben.com 用户协议 | 隐私政策 | 违规举报邮箱 report@xiaojiben.com</p>'),
 'qa': ('知道了问答', '<a href="../index.html">首页</a> <a href="index.html">问题</a> <a href="index.html">话题：职业技能</a>',
   '<p>知道了 zhidaole.com · 官方答主交流QQ群：726153904 · 侵权投诉 tousu@zhidaole.com</p>'),
 'qun': ('群公告板 · 群空间', '<a href="../index.html">首页</a> <a href="index.html">全部群公告</a>',
   '<p>群空间 qunkj.net 提供群公告托管服务，平台不参与任何交易，请谨防诈骗。客服QQ：800015590</p>'),
 'school': (None, None, '<p>技术支持：云快站建站 0531-8661 2288 | www.yunkuaizhan.com</p>'),
 'news': ('今日职场网', '<a href="../index.html">首页</a> <a href="../news/index.html">新闻</a> <a href="../policy/subsidy-2026.html">政策</a>',
   '<p>今日职场网 新闻热线：010-6529 3300 违法和不良信息举报：jubao@jrzc.com.cn</p>'),
 'bbs': ('家园论坛', '<a href="../index.html">首页</a> <a href="thread-8890.html">维权曝光</a>', '<p>家园论坛 Powered by Discuz! X3.4 © 2001-2026</p>'),
}
CSS = 'body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333}header,footer{background:#f5f5f5;padding:8px 16px}main{display:flex;gap:16px;padding:16px}article{flex:3}aside{flex:1;font-size:13px;color:#666}.cmt{border-top:1px solid #eee;padding:6px 0}s{color:#999}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}'
PAGES = []
def P(path, kind, title, body, offer=False, op=None, prov=None, note='', site=None):
    PAGES.append(dict(path=path, kind=kind, title=title, body=body, offer=offer, op=op, prov=prov, note=note, site=site))
def cm(*cs):
    return '<section class="comments"><h3>评论 %d</h3>' % len(cs) + ''.join('<div class="cmt"><b>%s</b>：%s <span class="t">%s</span></div>' % (a, b, t) for a, b, t in cs) + '</section>'
# Token syntax in bodies: [[kind|value|written]] = seller identifier (written form is inserted).
# ================= U01: 智途AI职业培训 / 星河数标学院 =================
P('/school/zhitu/index.html', 'school', '智途AI职业培训中心-人工智能训练师考证培训', '''
<h1>人工智能训练师（4-04-05-05）职业技能等级认定培训</h1>
<img src="img/banner.jpg" alt="智途AI职业培训 人工智能训练师 四级三级 火热报名中">
<p>智途AI职业培训中心（广州市智途教育科技有限公司）常年开设人工智能训练师五级/四级/三级培训班，线上直播+线下实操，理论30%、实操70%。</p>
<table><tr><th>等级</th><th>课时</th><th>培训费</th></tr><tr><td>五级/初级工</td><td>60</td><td><s>¥2980</s> ¥1680</td></tr><tr><td>四级/中级工</td><td>50</td><td>¥2280</td></tr><tr><td>三级/高级工</td><td>40</td><td>¥3380</td></tr></table>
<p>符合条件学员可申请失业保险技能提升补贴（五级1000元、四级1500元、三级2000元），证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p>
<p>咨询电话：[[phone|+8613912837465|139-1283-7465]]（李老师）　微信：[[wechat|zhitu_ai88|zhitu_ai88]]</p>
<p>考点：广州市天河区某职业技能评价站 电话 020-8712 3456</p>
<p>统一社会信用代码：[[uscc|@U1@|@U1@]]</p>''', True, 'U01', '智途AI职业培训中心', '小型培训学校官网首页，价格表', site='智途AI职业培训')
P('/fenlei/post-10213.html', 'fenlei', '广州 人工智能训练师报名 数据标注员考证 包教包会', '''
<h1>广州 人工智能训练师报名 数据标注员考证 包教包会</h1>
<table><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>天河 - 岗顶</td></tr><tr><td>联系人</td><td>李老师</td></tr><tr><td>电话</td><td>[[phone|+8613912837465|139 1283 7465]]</td></tr><tr><td>QQ</td><td>[[qq|2837465901|2837465901]]</td></tr></table>
<p>AI训练师四级（中级）一千八起，三级两千八，周末班/晚班，名额有限。不会电脑也能学，老师手把手。报名送数据标注实操账号。</p>
<p>课程编号：15820260301</p>''', True, 'U01', '智途培训', '分类信息帖', )
P('/video/v-77310.html', 'video', '星河数标学院的视频', '''
<div class="caption"><b>@星河数标学院</b> 宝妈在家也能做的新职业🔥 人工智能训练师证 国家职业技能等级 可查可补贴 #人工智能训练师 #数据标注 #副业</div>
<img src="img/cover-77310.jpg" alt="AI训练师 三级 证书样本 星河数标">
''' + cm(('用户9x2', '怎么报名？多少钱', '3天前'), ('星河数标学院（作者）', '四级一八 三级二八 扣扣[[qq|2837465901|2837 465 901]] 或 v：[[wechat|xinghe_db|xinghe_db]] 私你了', '3天前'), ('小鹿', '我也想考 加我vx lily_2019 一起组队', '2天前')),
  True, 'U01', '星河数标学院', '短视频文案+作者评论回复')
P('/note/n-33102.html', 'note', '35岁转行AI训练师｜我是怎么拿到三级证的', '''
<h1>35岁转行AI训练师｜我是怎么拿到三级证的✨</h1>
<p>姐妹们！人工智能训练〇师（防屏蔽）三级证到手啦～ 学校是朋友推荐的星河数标，线上上课+周末实操，考试理论+实操两门。</p>
<p>费用不到三千，还能领补贴💰 需要的姐妹滴滴我，或者直接找老师 vx：[[wechat|xinghe_db|Xinghe_DB]]</p>
<img src="img/n33102-1.jpg" alt="证书照片 已打码">
<p>#人工智能训练师 #考证 #宝妈副业</p>''' + cm(('momo', '求老师微信', '1天前'), ('作者', '看正文哦', '1天前')),
  True, 'U01', '星河数标', '笔记软广，微信大小写不同')
# ================= U02: 鲸选职业教育 / 鲸鱼AI学堂 =================
P('/qa/q-4410.html', 'qa', '人工智能训练师证书有用吗？在哪里报考比较靠谱？', '''
<h1>人工智能训练师证书有用吗？在哪里报考比较靠谱？</h1>
<div class="answer"><b>鲸选职业教育 · 教务老师</b><p>谢邀。人工智能训练师是2020年人社部等发布的新职业，证书是职业技能等级证书，由备案的评价机构颁发，可以在 zscx.osta.org.cn 查询。我们鲸选职业教育每月开班，四级/三级都有，理论+实操，通过率高。</p>
<p>需要资料可以加我：[[wechat|jingxuan_edu|薇 jingxuan_edu]]，或致电 [[phone|4008265530|400-826-5530]]</p></div>
<div class="answer"><b>路人甲</b><p>建议直接去人社局问，别信包过的。可以打12333问本地有没有备案机构。</p></div>''', True, 'U02', '鲸选职业教育', '问答页，答主软广')
P('/school/jingyu/index.html', 'school', '鲸鱼AI学堂 | AI Trainer 认证课程', '''
<h1>鲸鱼AI学堂 · AI Trainer 人工智能训练师</h1>
<img src="img/jingyu-logo.png" alt="鲸鱼AI学堂 logo">
<p>零基础入门数据标注 → 四级中级工。课程价格：<strong>1.2k</strong>起（含教材、题库、模拟考）。三级 2.6k。二级技师另询。</p>
<form action="#" method="post"><p>姓名 <input name="name"></p><p>手机 <input name="tel" placeholder="请输入手机号"></p><p>意向等级 <select><option>四级</option><option>三级</option></select></p><button>免费领取报考指南</button></form>
<p class="small">本表单由 表单盒子 formbox.cn 提供技术支持</p>
<p>全国统一咨询热线：[[phone|4008265530|4008-265-530]]　邮箱：[[email|jingyu_ai@163.com|jingyu_ai@163.com]]</p>''', True, 'U02', '鲸鱼AI学堂', '学校官网，表单')
P('/qun/notice-2231.html', 'qun', '【鲸鱼AI学堂3群】群公告', '''
<h1>【鲸鱼AI学堂学员3群】群公告</h1>
<ol><li>本月人工智能训练师（四级）考试报名截止25号，需要交资料的私聊班主任。</li>
<li>三级班价格上调，现在报仍按 <s>三千二</s> 两千六 执行。</li>
<li>资料发邮箱 [[email|jingyu_ai@163.com|jingyu_ai(at)163.com]] ，别在群里发身份证照片！</li>
<li>考点：广州市天河区某职业技能评价站 020-8712 3456 ，考试当天带身份证。</li>
<li>QQ交流群：[[qq_group|613552087|613552087]]</li></ol>''', True, 'U02', '鲸鱼AI学堂', '群公告板招生通知')
# ================= U03: 杭州数智人才 / 瀚码教育 / 杭数AI =================
P('/school/hangshu/index.html', 'school', '杭州数智人才发展有限公司', '''
<h1>人工智能训练师（数据标注员、人工智能算法测试员）技能等级培训</h1>
<p>杭州数智人才发展有限公司立足浙江，面向企业员工与个人开展人工智能训练师四级、三级培训，对接评价机构组织认定。</p>
<p>收费：四级 ¥2,400/人，三级 ¥3,600/人，企业团报8折。</p>
<p>地址：杭州市西湖区文三路某号　座机：[[phone|+8657188126634|0571-8812 6634]]　手机：[[phone|+8615867102293|158 6710 2293]]</p>
<p>统一社会信用代码 [[uscc|@U3@|@U3@]]　官网：[[domain|hzshuzhi.com|www.hzshuzhi.com]]</p>''', True, 'U03', '杭州数智人才', '企业官网', site='杭州数智人才')
P('/fenlei/post-10877.html', 'fenlei', '【杭州】AI训练师考证 数据标注 企业内训', '''
<h1>【杭州】AI训练师考证 数据标注 企业内训</h1>
<p>瀚码教育承接人工智能训练师（俗称AI标注师）四级三级培训，支持开票，学费两千四起。</p>
<table><tr><td>联系电话</td><td>[[phone|+8657188126634|(0571)88126634]]</td></tr><tr><td>联系邮箱</td><td>[[email|hanma_edu@qq.com|hanma_edu@qq.com]]</td></tr></table>
<p>温馨提示：本帖由商家发布，同城帮仅提供信息展示。</p>''', True, 'U03', '瀚码教育', '分类帖，座机写法不同')
P('/video/v-80155.html', 'video', '杭数AI的视频', '''
<div class="caption"><b>@杭数AI</b> 公司让我们全员考人工智能训练师 原来这么简单 #AI训练师 #职业技能等级证书</div>
<img src="img/cover-80155.jpg" alt="主页橱窗：人工智能训练师四级课程 2400元">
''' + cm(('阿明', '外地能报吗', '5小时前'), ('杭数AI（作者）', '可以线上，邮箱[[email|hanma_edu@qq.com|hanma_edu 圈 qq 点 com]] 发简历，或者搜视频号[[other|杭数AI课堂|杭数AI课堂]]', '5小时前')),
  True, 'U03', '杭数AI', '短视频+评论，邮箱用圈/点')
P('/note/n-34560.html', 'note', '公司报销！AI训练师三级考完了', '''
<h1>公司报销！AI训练师三级考完了🎉</h1>
<p>分享一下流程：报名→线上课40课时→理论考试→实操考试→等证。我们是在视频号[[other|杭数AI课堂|「杭数AI课堂」]]报的，三级三千六，补贴还没申请。</p>
<p>有问题评论区问我～</p>''' + cm(('Tina', '求机构', '2天前'), ('作者', '在正文了', '2天前'), ('小鹿', '我也想考 加我vx lily_2019 一起组队', '1天前')),
  True, 'U03', '杭数AI课堂', '笔记，只提视频号名')
# ================= U04: 蓉城技能通 / 天府AI考证 =================
P('/fenlei/post-11002.html', 'fenlei', '成都人工智能训练师证书 四级三级 可积分', '''
<h1>成都人工智能训练师证书 四级三级 可积分</h1>
<p>蓉城技能通：人工智能训练师，四级1580，三级2680，报二送一（送数据标注专项）。持证可申请成都积分（四级20分三级30分，以政策为准）。</p>
<p>电话/微信同号：[[phone|+8618202837741|182-0283-7741]]</p>
<p>订单号示例：13720250611（付款后凭此查询进度）</p>''', True, 'U04', '蓉城技能通', '分类帖')
P('/qun/notice-3120.html', 'qun', '天府AI考证交流群 群公告', '''
<h1>天府AI考证交流群 · 群公告</h1>
<p>📢 6月批次人工智能训练师开课啦！四级一千五八，三级两千六八。</p>
<p>报名找群主 ☎ [[phone|+8618202837741|壹捌贰零贰捌叁柒柒肆壹]]</p>
<p>缴费支付宝：[[other|tfaikz@163.com|tfaikz@163.com（天府AI考证）]]</p>
<p>群规：禁止发广告，违者踢。</p>''', True, 'U04', '天府AI考证', '群公告，中文大写数字电话')
P('/school/tianfu/index.html', 'school', '天府AI考证 - 人工智能训练师 成都', '''
<h1>天府AI考证</h1>
<nav class="sub"><a href="#c">课程</a> <a href="#f">FAQ</a></nav>
<p id="c">人工智能训练师（Artificial Intelligence Trainer）四级/三级，线下班在武侯区，周末上课。</p>
<p>学费：<b>1580</b> / <b>2680</b>（支持分期）</p>
<p id="f">问：证书哪里查？答：技能人才评价证书全国联网查询 zscx.osta.org.cn，或拨打12333咨询。</p>
<p>收款账户：[[other|tfaikz@163.com|支付宝 tfaikz@163.com]]　QQ：[[qq|3021887460|3021887460]]</p>
<p>微信号：xxxxxx　电话：138xxxxxxxx（模板示例，请修改）</p>''', True, 'U04', '天府AI考证', '模板站，含未删除占位符')
# ================= U05: 川渝职业技能服务 / 巴蜀智训 / 智训老周 =================
P('/school/bashu/index.html', 'school', '巴蜀智训 · 职业技能培训学校', '''
<h1>巴蜀智训职业技能培训学校</h1>
<ul><li>人工智能训练师 四级/三级</li><li>人工智能算法测试员方向实操</li></ul>
<p>培训费：四级 ￥1,980；三级 ￥2,980；二级技师 ￥4,800（需满足申报条件）。</p>
<p>主办：四川川渝职业技能服务有限公司　信用代码：[[uscc|@U5@|@U5@]]</p>
<p>电话：[[phone|+862886627019|028-86627019]]　QQ：[[qq|1548862203|1548862203]]</p>''', True, 'U05', '巴蜀智训', '学校官网', site='巴蜀智训')
P('/qa/q-4587.html', 'qa', '人工智能训练师二级技师可以直接考吗？', '''
<h1>人工智能训练师二级技师可以直接考吗？</h1>
<div class="answer"><b>知友_lk</b><p>按标准，二级要先有三级证书再工作若干年，零基础直接考技师不符合规定。</p></div>
<div class="answer"><b>川渝职业技能服务</b><p>可以了解下我们的技师班，有渠道。详情咨询 [[qq|1548862203|Q 154-886-2203]] 邮箱 [[email|cyzn_px@126.com|cyzn_px[at]126.com]]</p></div>''', True, 'U05', '川渝职业技能服务', '问答页卖技师班')
P('/video/v-81442.html', 'video', '智训老周的视频', '''
<div class="caption"><b>@智训老周</b> 一条视频讲清AI训练师五级到一级怎么考 👉评论区置顶 #人工智能训练师 #成都 #重庆</div>
''' + cm(('智训老周（作者）[置顶]', '课程表私信 邮箱[[email|cyzn_px@126.com|cyzn_px@126.com]] 电话[[phone|+8613308169925|133０８１６９９２５]]', '1周前'), ('四喜', '三级要多久出证', '6天前')),
  True, 'U05', '智训老周', '短视频置顶评论，全角数字')
P('/fenlei/post-11380.html', 'fenlei', '重庆 AI训练师培训 人工智能训练师中级 高级', '''
<h1>重庆 AI训练师培训 人工智能训练师中级 高级</h1>
<p>智训老周工作室：一对一辅导，中级1980，高级2980，包住宿。</p>
<table><tr><td>手机</td><td>[[phone|+8613308169925|+86 133-0816-9925]]</td></tr><tr><td>微信</td><td>[[wechat|laozhou_zx|laozhou_zx]]</td></tr></table>
<p>课程编号：15820260301</p>''', True, 'U05', '智训老周工作室', '分类帖')
# ================= U06: 北辰人工智能研究院(培训部) / 北辰AI =================
P('/news/bc-adv-0612.html', 'news', '北辰人工智能研究院启动2026年人工智能训练师人才培养计划', '''
<h1>北辰人工智能研究院启动2026年人工智能训练师人才培养计划</h1>
<p class="meta">来源：企业供稿　2026-06-12</p>
<p>记者从北辰人工智能研究院获悉，该院培训部将面向社会招收人工智能训练师（四级、三级）学员，学费6800元，“结业颁发国家职业资格证书，人社部颁发，全国通用”。</p>
<p>报名热线：[[phone|+861062658810|010-62658810]]，官网 [[domain|bcairi.org.cn|bcairi.org.cn]]。</p>
<p>（本文为企业供稿，不代表本网观点）</p>''', True, 'U06', '北辰人工智能研究院', '新闻站软文（供稿）')
P('/school/beichen/index.html', 'school', '北辰AI · 人才培养', '''
<h1>北辰AI人才培养中心</h1>
<p>人工智能训練師（繁体误写）高级班：原价<s>9800</s>，现价6800；三证同报（四级+三级+AIGC）仅需9999。</p><p>证书编号样例：S000044010000225000123（以实际为准）</p>
<p>联系方式：[[email|admin@bcairi.org.cn|admin@bcairi.org.cn]]　微信公众号：[[other|北辰AI人才|北辰AI人才]]</p>
<p>© 2026 [[domain|bcairi.org.cn|BCAIRI.ORG.CN]]</p>''', True, 'U06', '北辰AI', '官网，三证同报')
P('/qun/notice-3309.html', 'qun', '北辰AI人才 7月班 群公告', '''
<h1>北辰AI人才 7月班 群公告</h1>
<p>各位同学：人工智能训练师高级班7月15日开课，尾款请转对公账户，开票信息发 [[email|admin@bcairi.org.cn|admin＠bcairi.org.cn]]。</p>
<p>加班主任vx：[[wechat|bcai_xiaowang|bcai_xiaowang]]</p>''', True, 'U06', '北辰AI人才', '群公告，全角@')
# ================= U07: 启明星职教 / 明星考证 =================
P('/note/n-35871.html', 'note', 'AI训练师｜不限学历 零基础也能考', '''
<h1>AI训练师｜不限学历 零基础也能考💯</h1>
<p>想给自己加个技能的宝子看过来！人工智能训练师（就是做数据标注那个）四级/三级，<b>一个月拿证</b>。</p>
<p>价格：四级1k5，三级2k5，两级一起报3k8</p>
<p>启明星职教 加v：[[wechat|qmx_zhijiao|qmx_zhijiao]] 备注“小记本”，急的直接call [[phone|+8617750326618|177-5032-6618]]</p>''', True, 'U07', '启明星职教', '笔记，组合价')
P('/video/v-82006.html', 'video', '明星考证的视频', '''
<div class="caption"><b>@明星考证</b> 今天带大家看看人工智能训练师的实操考场 #考证 #AI</div>
''' + cm(('葡萄', '零基础可以吗', '2天前'), ('明星考证（作者）', '可以的 加[[wechat|qmx_zhijiao|V❤qmx_zhijiao]]', '2天前'), ('路过的', '这种一个月拿证的要小心，先去 zscx.osta.org.cn 看看', '1天前')),
  True, 'U07', '明星考证', '短视频作者回复')
P('/fenlei/post-11519.html', 'fenlei', '人工智能训练师 四级三级 全国可报 明星考证', '''
<h1>人工智能训练师 四级三级 全国可报</h1>
<p>明星考证（启明星旗下）：全国招生，网课+统一考点考试，四级一千五，三级二千五。</p>
<p>联系电话：[[phone|+8617750326618|177 5032 6618]]　QQ：[[qq|2690331584|2690331584]]</p>
<p>订单号示例：13720250611</p>''', True, 'U07', '明星考证', '分类帖')
# ================= U08: 姑苏数据标注培训 / 苏标AI / 标哥 =================
P('/school/subiao/index.html', 'school', '苏标AI - 苏州数据标注员培训', '''
<h1>苏标AI · 数据标注员（人工智能训练师工种）培训</h1>
<p>苏州工业园区门店，小班教学。数据标注员四级 ¥1,380 ，人工智能算法测试员四级 ¥1,680 。</p>
<p>经营者：苏州工业园区苏标数据服务部（个体工商户）　[[uscc|@U8@|@U8@]]</p>
<form action="#"><p>预约试听：<input name="tel" placeholder="手机号"> <button>提交</button></p><p class="small">本表单由 表单盒子 formbox.cn 提供技术支持</p></form>
<p>电话 <a href="tel:051262718830">[[phone|+8651262718830|0512-6271 8830]]</a></p>''', True, 'U08', '苏标AI', '个体户门店官网，tel链接', site='苏标AI')
P('/fenlei/post-11640.html', 'fenlei', '苏州 数据标注培训 考证 姑苏数据标注培训', '''
<h1>苏州 数据标注培训 考证</h1>
<p>姑苏数据标注培训：AI训练师四级，一千三百八十元，三级另询。</p>
<table><tr><td>座机</td><td>[[phone|+8651262718830|051262718830]]</td></tr><tr><td>手机</td><td>[[phone|+8615062417756|150-6241-7756]]</td></tr></table>''', True, 'U08', '姑苏数据标注培训', '分类帖')
P('/qa/q-4702.html', 'qa', '苏州哪里可以学数据标注并考证？', '''
<h1>苏州哪里可以学数据标注并考证？</h1>
<div class="answer"><b>标哥</b><p>我在园区教这个，四级一千多，周末班。可以打我电话 [[phone|+8615062417756|一五零 六二四一 七七五六]]，或者加标哥vx [[wechat|biaoge_sz|biaoge_sz]]</p></div>
<div class="answer"><b>Helen</b><p>也可以问问本地人社局，12333。</p></div>''', True, 'U08', '标哥', '问答回复，中文数字电话')
P('/qun/notice-3450.html', 'qun', '苏州AI标注兼职&考证群 公告', '''
<h1>苏州AI标注兼职&amp;考证群 公告</h1>
<p>1. 本群只发培训考证信息，AI训练师四级 1380 起。</p>
<p>2. 报名联系群主 vx：[[wechat|biaoge_sz|biaoge＿sz]]</p>
<p>3. 考点：苏州某职业技能等级认定考点 0512-6580 1199</p>''', True, 'U08', '苏标AI', '群公告，全角下划线')
# ================= U09: 京华智才 / 华才在线 =================
P('/school/jinghua/index.html', 'school', '京华智才 | 人工智能训练师 北京', '''
<h1>京华智才 — 人工智能训练师 AI Trainer</h1>
<p>北京海淀，三级高级工课程 ¥3,200（可申请技能提升补贴，补贴后约一千二）。</p>
<p>客服：[[phone|+8613520618843|135 2061 8843]]</p>
<p>官网：[[domain|jhzhicai.cn|jhzhicai.cn]]</p>''', True, 'U09', '京华智才', '学校官网', site='京华智才')
P('/video/v-83017.html', 'video', '华才在线的视频', '''
<div class="caption"><b>@华才在线</b> 北京人工智能训练师三级 补贴后一千二 👇 #北京 #考证</div>
<img src="img/cover-83017.jpg" alt="二维码 扫码咨询 华才在线 [[phone|+8613520618843|135 2061 8843]]">
''' + cm(('大宇', '外地社保能补吗', '4天前'), ('华才在线（作者）', '不行哦 需要本地参保 详情看主页简介', '4天前')),
  True, 'U09', '华才在线', '短视频，电话只在图片alt中')
P('/note/n-36214.html', 'note', '北京考AI训练师经验贴', '''
<h1>北京考AI训练师经验贴📒</h1>
<p>我报的是华才在线，三级，线下在海淀，老师挺负责。</p>
<p>报名通道：<a href="https://jhzhicai.cn/baoming?from=xjb">[[domain|jhzhicai.cn|https://jhzhicai.cn/baoming?from=xjb]]</a> 或找客服 [[qq|3398201764|QQ 3398201764]]</p>''', True, 'U09', '华才在线', '笔记软广')
# U09 phone in alt of video is also a tie
# ================= Independents =================
P('/fenlei/post-11788.html', 'fenlei', '深圳 人工智能训练师 个人辅导 可开票', '''
<h1>深圳 人工智能训练师 个人辅导</h1>
<p>本人深圳某大厂标注组长，业余辅导AI训练师四级，一对一，八百元/人，教材自备。</p>
<p>电话：[[phone|+8619925418360|199—2541—8360]]</p>''', True, 'I01', '陈老师（个人）', '个人分类帖')
P('/school/luming/index.html', 'school', '鹿鸣职业培训学校', '''
<h1>济南鹿鸣职业培训学校</h1>
<p>人工智能训练师五级、四级培训，经区人社局批准的民办职业培训学校。五级 ¥980，四级 ¥1,480，失业人员可申请补贴。</p>
<p>地址：济南市历下区某路88号　电话：[[phone|+8653188165207|0531-88165207]]</p>
<p>信用代码 [[uscc|@I2@|@I2@]]</p>''', True, 'I02', '鹿鸣职业培训学校', '小学校官网', site='鹿鸣职业培训')
P('/video/v-84100.html', 'video', '小周学AI的视频', '''
<div class="caption"><b>@小周学AI</b> 宝，人工智能训练师三级网课来了 只要 1️⃣9️⃣9️⃣ 元 主页小黄车 #AI #副业</div>
''' + cm(('Neko', '199能拿证？', '1天前'), ('小周学AI（作者）', '网课哈 证要另外报 店铺[[other|小周学AI的小店|小周学AI的小店]]', '1天前')), True, 'I03', '小周学AI', '短视频卖网课+报考')
P('/qa/q-4888.html', 'qa', '武汉有没有人工智能训练师培训机构推荐？', '''
<h1>武汉有没有人工智能训练师培训机构推荐？</h1>
<div class="answer"><b>江城职培</b><p>我们在光谷开班，人工智能训练师四级，学费一千六，代报名考试。联系 [[email|jcpx2026@sina.com|jcpx2026 at sina.com]]</p></div>''', True, 'I04', '江城职培', '问答回复')
P('/qun/notice-3581.html', 'qun', '长沙AI考证群 群公告', '''
<h1>长沙AI考证群 群公告</h1>
<p>人工智能训练师四级 8月考试，报名费+培训费共计壹仟捌佰元，找群管理 [[qq|1720846639|1720 8466 39]]。</p>''', True, 'I05', '长沙AI考证群', '群公告')
P('/note/n-37009.html', 'note', '西安 AI训练师 小班招生', '''
<h1>西安 AI训练师 小班招生📣</h1>
<p>秦岭数智课堂 8人小班，人工智能训练师4级/3级，¥1800/¥2800，报名➕v：[[wechat|qinling_ai|qinling_ai]]</p>
<p>邮箱：your@email.com 电话：138xxxxxxxx（模板未改）</p>''', True, 'I06', '秦岭数智课堂', '笔记招生，含模板占位邮箱')
# ================= Non-offers =================
P('/news/index.html', 'news', '新闻 - 今日职场网', '<h1>职场新闻</h1><ul><li><a href="scam-0618.html">警惕“包过”人工智能训练师证书骗局</a></li><li><a href="bc-adv-0612.html">北辰人工智能研究院启动2026年人工智能训练师人才培养计划</a></li><li><a href="door-3061.html">行业新闻（外站转载）</a></li></ul>', note='新闻列表页')
P('/news/scam-0618.html', 'news', '警惕“包过”人工智能训练师证书骗局', '''
<h1>警惕“包过”人工智能训练师证书骗局</h1>
<p class="meta">2026-06-18　记者 王某</p>
<p>近期，有市民反映在短视频平台看到“人工智能训练师一级高级技师、零基础包过、人社部颁发”等广告。人社部门提醒，职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 查询。遇到可疑情况可拨打12333或12345反映，涉嫌诈骗请拨110、96110。</p>
<p>记者拨打广告中的 177-0000-1234，对方称“交钱就能拿证”。</p>''', note='新闻：警示')
P('/news/door-3061.html', 'news', '行业新闻-某门业有限公司', '''
<h1>人工智能训练师考试报名指南（行业新闻）</h1>
<p>本文转载自网络。人工智能训练师分五级……广东基础补贴五级1000元、四级1500元。</p>
<p>某门业：防盗门 · 室内门 · 订购热线 0510-8577 0000</p>''', note='SEO寄生页，门业网站转载考试指南，无卖家')
P('/policy/subsidy-2026.html', 'news', '政策解读：技能提升补贴怎么领？', '''
<h1>政策解读：失业保险技能提升补贴怎么领？</h1>
<table><tr><th>等级</th><th>补贴上限</th></tr><tr><td>五级</td><td>1000元</td></tr><tr><td>四级</td><td>1500元</td></tr><tr><td>三级</td><td>2000元</td></tr></table>
<p>条件：参加失业保险累计1年以上；二级、一级无全国统一此项补贴。证书查询：zscx.osta.org.cn；咨询：12333。</p>''', note='政策解读')
P('/bbs/thread-8890.html', 'bbs', '【维权】交了6800说包过人工智能训练师，结果证书查不到', '''
<h1>【维权】交了6800说包过人工智能训练师，结果证书查不到</h1>
<div class="post"><b>楼主 受害者小张</b><p>去年在某平台报了所谓高级技师班，说人社部颁发，结果发来的证书在 zscx.osta.org.cn 查不到。对方号码 177-0000-1234 已经打不通。有一起的联系我 QQ 8864920317</p></div>
<div class="post"><b>2楼 热心网友</b><p>打12345投诉，再报警110。</p></div>
<div class="post"><b>3楼 小张</b><p>课程编号 15820260301 也查不到，我把截图发这里了。</p></div>''', note='投诉帖，引用骗子号码与自己的QQ')
P('/fenlei/job-5521.html', 'fenlei', '招聘：数据标注员 8K-12K 五险一金', '''
<h1>招聘：数据标注员 8K-12K 五险一金</h1>
<p>某科技公司（杭州）招聘数据标注员10名，大专以上，有人工智能训练师证书优先，不收任何费用。</p>
<p>简历投递：hr@xinglan-tech.com　联系人：周女士</p>''', note='真实招聘，无培训销售')
P('/school/luming/yuyingyuan.html', 'school', '育婴员培训 - 鹿鸣职业培训学校', '''
<h1>育婴员（四级）培训招生</h1>
<p>鹿鸣职业培训学校育婴员培训，学费 ¥1,200。</p>
<p>电话：0531-8816 5208（育婴部）</p>''', note='同校另一职业（育婴员）课程，非AI训练师', site='鹿鸣职业培训')
P('/help/safety.html', 'fenlei', '同城帮防骗指南 - 职业培训类', '''
<h1>同城帮防骗指南：职业培训类信息</h1>
<p>1. 职业技能等级证书由备案评价机构颁发，请在 zscx.osta.org.cn 查询。</p><p>2. 遇到“包过”“免考”请举报，举报电话 400-690-8831。</p>''', note='平台帮助页')
P('/qa/q-4950.html', 'qa', '怎么查人工智能训练师证书真假？', '''
<h1>怎么查人工智能训练师证书真假？</h1>
<div class="answer"><b>法律人老许</b><p>登录技能人才评价证书全国联网查询 zscx.osta.org.cn，输入姓名、证件号、证书编号。证书编号一般是22位，例如 S000044010000225000123（示例）。也可拨打12333。</p></div>''', note='问答：查询说明，无卖家')
P('/note/n-38102.html', 'note', '考完AI训练师四级的真实感受', '''
<h1>考完AI训练师四级的真实感受</h1>
<p>不打广告，不推机构。理论题考数据采集和处理、数据标注，实操在电脑上标图片和文本。自己备考两个月。查询证书上 zscx.osta.org.cn。</p>''' + cm(('小鹿', '我也想考 加我vx lily_2019 一起组队', '3天前')), note='学习者经验分享，非卖家')
P('/qun/index.html', 'qun', '全部群公告', '<h1>群公告列表</h1><ul>%QUN%</ul><p>群空间规则：禁止发布违法信息。</p>', note='群公告列表页')
P('/school/index.html', 'news', '培训学校黄页', '<h1>培训学校黄页</h1><ul>%SCHOOL%</ul>', note='学校黄页列表页')
P('/fenlei/index.html', 'fenlei', '教育培训 - 同城帮', '<h1>教育培训 / 招聘</h1><ul>%FENLEI%</ul>', note='分类列表页')
P('/video/index.html', 'video', '推荐', '<h1>推荐视频</h1><ul>%VIDEO%</ul>', note='视频列表页')
P('/index.html', 'news', '网址导航', '<h1>网址导航</h1><ul>%ALL%</ul>', note='站点首页导航')
# note/qa index via main index only
# ---------- decoys ----------
DECOYS = [
 ('phone', '12333', '12333', '人社服务热线，多页引用'), ('phone', '12345', '12345', '政务服务热线'),
 ('phone', '110', '拨110', '报警电话'), ('phone', '96110', '96110', '反诈专线'),
 ('domain', 'osta.org.cn', 'zscx.osta.org.cn', '官方证书查询网站'),
 ('phone', '4006908831', '400-690-8831', '分类平台客服电话（页脚）'), ('email', 'kefu@tongchengbang.cn', 'kefu@tongchengbang.cn', '分类平台客服邮箱'),
 ('domain', 'tongchengbang.cn', 'tongchengbang.cn', '分类平台域名'),
 ('phone', '4001402108', '400-140-2108', '短视频平台举报热线'), ('email', 'report@xiaojiben.com', 'report@xiaojiben.com', '笔记平台举报邮箱'),
 ('qq_group', '726153904', '726153904', '问答平台官方答主QQ群（页脚）'), ('qq', '800015590', '800015590', '群公告平台客服QQ'),
 ('phone', '+8653186612288', '0531-8661 2288', '建站服务商技术支持电话'), ('domain', 'yunkuaizhan.com', 'www.yunkuaizhan.com', '建站服务商署名'),
 ('domain', 'formbox.cn', 'formbox.cn', '表单工具署名'),
 ('phone', '+862087123456', '020-8712 3456', '多个卖家引用的考点电话'),
 ('phone', '+8617700001234', '177-0000-1234', '新闻与投诉帖引用的骗子号码'), ('other', '15820260301', '15820260301', '像手机号的课程编号'),
 ('other', '13720250611', '13720250611', '像手机号的订单号'), ('wechat', 'lily_2019', 'lily_2019', '评论者本人微信，出现在不同运营者页面'),
 ('other', '138xxxxxxxx', '138xxxxxxxx', '模板占位符'), ('other', 'S000044010000225000123', 'S000044010000225000123', '示例证书编号'),
]
def render(p, links):
    t, nav, foot = CHROME[p['kind']]
    site = p['site'] or t or '站点'
    body = p['body']
    for k, v in links.items(): body = body.replace(k, v)
    side = '<aside><h4>相关</h4><ul><li><a href="%s">返回首页</a></li><li><a href="%s">同类信息</a></li></ul><p>广告位招租</p></aside>' % p['up']
    if nav is None: nav = '<a href="index.html">首页</a> <a href="index.html#c">课程</a> <a href="index.html#f">报名须知</a> <a href="%s">网址导航</a>' % p['up'][0]
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            '<title>%s</title><style>%s</style></head><body><!-- %s page -->\n<header><div class="logo"><img src="/static/logo.png" alt="%s"> %s</div><nav>%s</nav></header>\n'
            '<main><article>%s</article>%s</main>\n<footer>%s</footer></body></html>\n') % (p['title'], CSS, p['kind'], site, site, nav, body, side, foot)
def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    shutil.rmtree('site', ignore_errors=True)
    tok = re.compile(r'\[\[(\w+)\|([^|\]]+)\|(.+?)\]\]')
    out = []; ops = {}
    def li(d): return ''.join('<li><a href="%s">%s</a></li>' % (os.path.relpath(q['path'], os.path.dirname(d)), q['title']) for q in PAGES if q['path'] != d and (d == '/index.html' or q['path'].startswith(os.path.dirname(d) + '/')))
    for p in PAGES:
        for k, v in US.items(): p['body'] = p['body'].replace(k, v)
        ids = [[k, v, w] for k, v, w in tok.findall(p['body'])]
        p['body'] = tok.sub(lambda m: m.group(3), p['body'])
        d = p['path']
        p['up'] = (os.path.relpath('/index.html', os.path.dirname(d)), os.path.relpath('/' + d.split('/')[1] + '/index.html', os.path.dirname(d)) if d.count('/') > 1 else 'index.html')
        lk = {'%ALL%': li(d) if d == '/index.html' else '', '%QUN%': li(d), '%SCHOOL%': li(d), '%FENLEI%': li(d), '%VIDEO%': li(d)}
        html = render(p, lk)
        fp = 'site' + d; os.makedirs(os.path.dirname(fp), exist_ok=True)
        open(fp, 'w', encoding='utf-8').write(html)
        p['html'] = html
        out.append(dict(path=d, is_offer=p['offer'], operator=p['op'], provider=p['prov'], identifiers=ids, note=p['note']))
        if p['op']:
            o = ops.setdefault(p['op'], {'brands': [], 'ties': ''})
            if p['prov'] not in o['brands']: o['brands'].append(p['prov'])
    # ties text: chains of shared identifier values
    for oid, o in ops.items():
        pp = [e for e in out if e['operator'] == oid]; t = []
        for i, a in enumerate(pp):
            for b in pp[i + 1:]:
                sh = sorted({(k, v) for k, v, _ in a['identifiers']} & {(k, v) for k, v, _ in b['identifiers']})
                if sh: t.append('%s~%s via %s' % (a['path'], b['path'], ', '.join('%s %s' % s for s in sh)))
        o['ties'] = '; '.join(t) or 'single page'
    open('site/robots.txt', 'w').write('User-agent: *\nAllow: /\n')
    dec = [dict(kind=k, value=v, written=w, paths=[p['path'] for p in PAGES if w in p['html']], note=n) for k, v, w, n in DECOYS]
    truth = dict(description='operators-2026-12av: mixed national web (short-video captions/comments, notes, group boards, classifieds, small school sites, Q&A, news, policy) selling 人工智能训练师 courses; labeled operators and decoys.',
                 pages=out, operators=dict(sorted(ops.items())), decoys=dec)
    json.dump(truth, open('truth.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('pages', len(out), 'offers', sum(e['is_offer'] for e in out), 'U', sum(k[0] == 'U' for k in ops), 'I', sum(k[0] == 'I' for k in ops), 'decoys', len(dec))
if __name__ == '__main__':
    main()
