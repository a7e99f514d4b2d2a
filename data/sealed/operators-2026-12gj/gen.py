#!/usr/bin/env python3
"""Generate a small labeled web of AI-trainer (人工智能训练师) certificate sellers. Stdlib only, deterministic."""
import json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "site")
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]

def uscc(prefix8, org8):
    """prefix8: 2 kind chars + 6 division digits; org8: 8 chars of 组织机构代码 body."""
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c = 11 - sum(v * w for v, w in zip(vals, [3,7,9,10,5,8,4,2])) % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    s17 = prefix8 + org8 + oc
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(s17, W18)) % 31
    return s17 + ALPHA[0 if r == 31 else r]

C_U01 = uscc("91341202", "MA2TK8L3")
C_U02 = uscc("52411302", "MJY60427")
C_U05 = uscc("91411300", "MA44RW7C")
C_U07 = uscc("91410105", "MA9G3H2B")

# ---------------------------------------------------------------- sites
SITES = {
 "fyzhiyun": dict(name="阜阳智云职业培训学校", style="co", menu=["首页","课程中心","报名流程","证书查询","联系我们"],
    footer=f"阜阳智云职业培训学校 版权所有 | 地址:阜阳市颍州区清河路188号智云大厦4楼 | 电话:0558-2219066 手机:139-5623-1847 | 微信:zhiyun_ai88 | 统一社会信用代码:{C_U01} | www.fyzhiyun.cn"),
 "nyhx": dict(name="南阳华信职业技能培训学校", style="co", menu=["学校首页","招生简章","师资力量","补贴政策","在线留言"],
    footer=f"南阳华信职业技能培训学校(民办非企业单位) 统一社会信用代码:{C_U02}<br>招生办:0377-63158820 张老师 158 3772 5603 | 邮箱:hxpx_ny@163.com | 网址:www.nyhuaxin.com | 地址:南阳市宛城区仲景路96号"),
 "ke": dict(name="学吧课堂", style="mk", menu=["首页","职业技能","IT互联网","考证专区","直播课","我的学习"],
    footer="学吧课堂 xuebake.com | 客服热线:400-606-3321(9:00-21:00) | 投诉邮箱:kefu@xuebake.com | 皖ICP备19023317号-2 | 平台仅提供信息服务,课程由入驻机构提供"),
 "bbs": dict(name="阜阳论坛", style="bbs", menu=["首页","颍州茶馆","求职招聘","教育培训","二手市场","投诉曝光"],
    footer="阜阳论坛 fybbs.net | 版主QQ交流群:213846570 | 联系管理员:admin@fybbs.net | 皖ICP备12004518号-1 | 本站帖子仅代表网友个人观点"),
 "fenlei": dict(name="同城分类信息网", style="cls", menu=["首页","阜阳","南阳","教育培训","招聘","房产","免费发布"],
    footer="同城分类信息网 tcfenlei.com | 全国客服:400-017-6282 | 警惕:凡要求先交押金、保证金的均属诈骗 | 豫ICP备17020836号"),
 "wenda": dict(name="问一问", style="qa", menu=["首页","教育","职场","考证","我要提问"],
    footer="问一问 wenyiwen.cn | 违法和不良信息举报:jubao@wenyiwen.cn | 京ICP备15027741号-1 | 回答内容仅代表回答者观点"),
 "mp": dict(name="微文聚合", style="mp", menu=["首页","教育","职场","本地","热门"],
    footer="微文聚合 wxwenku.net 收录公众号文章,版权归原作者 | 侵权删除请联系 del@wxwenku.net"),
 "video": dict(name="抖览短视频", style="vid", menu=["推荐","同城","知识","直播"],
    footer="抖览短视频网页版 | 京ICP备18035521号-3 | 网络文化经营许可证 京网文〔2021〕0336-091号"),
 "news": dict(name="淮豫资讯网", style="news", menu=["首页","南阳","阜阳","教育","民生","曝光台"],
    footer="淮豫资讯网 | 新闻热线:0377-61550110 | 广告合作:ad@huaiyuzx.com | 本网部分信息为推广内容,请读者自行甄别"),
 "rsj": dict(name="某市人力资源和社会保障局", style="gov", menu=["首页","政务公开","通知公告","政策文件","办事服务","互动交流"],
    footer="主办:某市人力资源和社会保障局 | 地址:阜阳市颍州区人社大楼 | 政务服务热线:12333 | 网站标识码3412000012"),
 "shop": dict(name="优品商城", style="shop", menu=["首页","分类","教育培训","虚拟商品","购物车"],
    footer="优品商城 | 平台客服邮箱:service@youpinmall.cn | 支付由支付宝担保交易,支付宝客服95188 | 沪ICP备20011834号"),
}

CSS = {
 "co": "body{font-family:sans-serif;margin:0}header{background:#0b4f9c;color:#fff;padding:10px}nav a{color:#fff;margin-right:12px}aside{float:right;width:240px;background:#eef}main{margin:10px 260px 10px 10px}footer{clear:both;background:#333;color:#ccc;padding:10px;font-size:12px}",
 "mk": "body{font-family:sans-serif}header{border-bottom:2px solid #f60}nav a{margin:0 8px}.price{color:#f60;font-size:22px}aside{float:left;width:200px}main{margin-left:220px}footer{clear:both;color:#888;font-size:12px}",
 "bbs": "body{font:13px SimSun,serif;background:#f5f5f5}table.post{width:100%;border:1px solid #ccc;background:#fff}td.author{width:160px;background:#e8eef7;vertical-align:top}footer{font-size:12px;color:#666}",
 "cls": "body{font-family:sans-serif}header{background:#ff552e;color:#fff}.info li{list-style:none;margin:4px}aside{float:right;width:220px;border:1px solid #eee}footer{clear:both;font-size:12px}",
 "qa": "body{font-family:sans-serif}.q{font-size:18px;font-weight:bold}.ans{border-top:1px solid #ddd;padding:8px}.best{background:#f0fff0}footer{font-size:12px;color:#999}",
 "mp": "body{max-width:680px;margin:auto;font-family:sans-serif;line-height:1.8}.meta{color:#888}.src{color:#576b95}footer{font-size:12px;color:#aaa}",
 "vid": "body{background:#161823;color:#eee;font-family:sans-serif}.player{width:360px;height:200px;background:#000}.cmt{border-bottom:1px solid #333}a{color:#fe2c55}footer{font-size:11px;color:#777}",
 "news": "body{font-family:serif}h1{font-size:24px}.meta{color:#999}aside{float:right;width:230px}footer{clear:both;border-top:3px solid #a00;font-size:12px}",
 "gov": "body{font-family:SimSun,serif}header{background:#c00;color:#fff}.wz{color:#666}article{border:1px solid #ddd;padding:16px}footer{background:#eee;font-size:12px}",
 "shop": "body{font-family:sans-serif}.price{color:#e4393c;font-size:24px}.sku{border:1px solid #e4393c;padding:2px}aside{float:left;width:180px}main{margin-left:200px}footer{clear:both;font-size:12px}",
}

PAGES = []   # dicts: site,path,title,crumbs,body,is_offer,operator,provider,ids,note

def page(site, path, title, body, op=None, provider=None, ids=(), note="", offer=None, crumbs=None):
    PAGES.append(dict(site=site, path=path, title=title, body=body, operator=op, provider=provider,
                      ids=[list(i) for i in ids], note=note,
                      is_offer=(op is not None) if offer is None else offer, crumbs=crumbs or []))

# ---------------------------------------------------------------- identifiers
P = lambda n: ("phone", "+86" + n)
U01 = dict(mob=P("13956231847"), tel=("phone", "05582219066"), wx=("wechat", "zhiyun_ai88"), dom=("domain", "fyzhiyun.cn"), uscc=("uscc", C_U01))
U02 = dict(tel=("phone", "037763158820"), mob=P("15837725603"), mail=("email", "hxpx_ny@163.com"), uscc=("uscc", C_U02), dom=("domain", "nyhuaxin.com"))
U03 = dict(t400=("phone", "4006821395"), qq=("qq", "2837461902"), wx=("wechat", "gpai_kf01"), dom=("domain", "aixunlianshi.com"))
U04 = dict(mob=P("18755897316"), wx=("wechat", "qihang_fy"), grp=("qq_group", "736251948"))
U05 = dict(mob=P("13103775529"), tel=("phone", "037765651208"), mail=("email", "dingsheng_hr@126.com"), uscc=("uscc", C_U05))
U06 = dict(wx=("wechat", "xueshang2025"), mail=("email", "kf@xueshangedu.cn"), dom=("domain", "xueshangedu.cn"), payee=("other", "合肥学尚网络科技有限公司"))
U07 = dict(mob=P("17603710482"), tel=("phone", "037155203318"), wx=("wechat", "zyzp_edu"), uscc=("uscc", C_U07))
U08 = dict(mob=P("15955820631"), qq=("qq", "1594862037"), wx=("wechat", "fy_wanglaoshi"))
U09 = dict(t400=("phone", "4008106627"), mail=("email", "service@zhixuewl.com"), dom=("domain", "zhixuewl.com"), grp=("qq_group", "893015274"))
def w(idt, written): return (idt[0], idt[1], written)

SAMPLE_CERT = "S000041000012253000128"   # decoy: a sample certificate number copied between ads

# ---------------------------------------------------------------- U01 阜阳智云 (dishonest: 包过, 零基础直考三级)
page("fyzhiyun", "/fyzhiyun/index.html", "阜阳智云职业培训学校-人工智能训练师报名中心",
 """<h2>2026年人工智能训练师(4-04-05-05)考证火热报名中!</h2>
<p>人社部认证的新职业,<b>国家职业资格证书</b>,全国通用、联网可查。零基础、不限学历,五级/四级/三级均可报,<b>包过!不过全额退费</b>。</p>
<p>本期认定批次号:202604150037,名额仅剩12个。线上网课+周末面授,考前押题,拿证快。</p>
<p>报名热线:<b>139-5623-1847</b>(同微信),或加微信 zhiyun_ai88 免费领取考试大纲。</p>
<ul><li><a href="/fyzhiyun/course-ai.html">人工智能训练师三级精品班</a></li></ul>""",
 "U01", "阜阳智云职业培训学校",
 [w(U01["mob"], "139-5623-1847"), w(U01["tel"], "0558-2219066"), w(U01["wx"], "zhiyun_ai88"), w(U01["dom"], "www.fyzhiyun.cn"), w(U01["uscc"], C_U01)],
 "training school home page advertising AI-trainer enrolment with 包过 and 国家职业资格 claims")
page("fyzhiyun", "/fyzhiyun/course-ai.html", "人工智能训练师三级(高级工)精品班-阜阳智云",
 """<h2>人工智能训练师 三级(高级工)精品班</h2>
<table border="1"><tr><td>学费</td><td>3980元(含教材、考务费),补贴后几乎免费</td></tr>
<tr><td>学制</td><td>15天速成,线上刷题+2天实操</td></tr><tr><td>报考条件</td><td>零基础可直接报三级,无需工作经验</td></tr>
<tr><td>考点</td><td>阜阳职业技术学院实训楼(考点前台 0558-2596012,仅考试当天咨询)</td></tr></table>
<p>咨询:13956231847 刘老师 | 微信同号。证书由人社部颁发,可在本校官网 www.fyzhiyun.cn 查询。</p>""",
 "U01", "阜阳智云职业培训学校",
 [w(U01["mob"], "13956231847"), w(U01["tel"], "0558-2219066"), w(U01["wx"], "zhiyun_ai88"), w(U01["dom"], "www.fyzhiyun.cn"), w(U01["uscc"], C_U01)],
 "course page: level 3 to beginners, 速成, 人社部颁发", crumbs=[("课程中心", "/fyzhiyun/index.html")])
page("fenlei", "/fenlei/fy/post-1032.html", "【智云AI学堂】人工智能训练师考证 包过 颍州区可面授",
 """<h2>【智云AI学堂】人工智能训练师考证 包过 颍州区可面授</h2>
<ul class="info"><li>类别:教育培训 > 职业技能</li><li>区域:阜阳-颍州区</li><li>联系人:刘老师</li><li>电话:139 5623 1847</li></ul>
<p>AI时代新职业!人工智能训练师证书,考了就能升职加薪,还能领补贴。不限学历不限年龄,四级三级都能报,一次拿证。
老学员推荐再减200。加微信:ZhiYun_AI88 备注"分类网"。</p>""",
 "U01", "智云AI学堂", [w(U01["mob"], "139 5623 1847"), w(U01["wx"], "ZhiYun_AI88")],
 "classified ad of U01 under another brand", crumbs=[("阜阳", "/fenlei/index.html"), ("教育培训", "/fenlei/index.html")])
page("video", "/video/v/7301.html", "@皖北人工智能训练师报名处 的视频:月薪过万的新职业你还不知道?",
 """<div class="player">[视频]</div><h2>@皖北人工智能训练师报名处</h2>
<p>月薪过万的新职业你还不知道?#人工智能训练师 #考证 #阜阳 90%小白都能学会,国家认可证书!</p>
<p>主页简介:阜阳本地考证|报名热线 幺三九 五六二三 幺八四七|V:zhiyun_ai88</p>
<div class="cmt">用户8823:多少钱? <br>作者回复:私信或者加V详聊哦</div>""",
 "U01", "皖北人工智能训练师报名处", [w(U01["mob"], "幺三九 五六二三 幺八四七"), w(U01["wx"], "zhiyun_ai88")],
 "short-video page of U01; phone spelled in words")

# ---------------------------------------------------------------- U02 南阳华信 (mostly honest)
page("nyhx", "/nyhx/index.html", "南阳华信职业技能培训学校",
 """<h2>2026年春季人工智能训练师(数据标注员)五级、四级培训班招生</h2>
<p>本校为南阳市人社局备案的职业培训机构。人工智能训练师为职业技能等级证书,由备案的评价机构颁发,可在 zscx.osta.org.cn 查询。</p>
<p>报考五级需在本职业或相关职业累计工作满1年,或经本职业学徒期满;四级需具备五级证书后从事本职业4年等条件,详见招生简章。我校不承诺"包过"。</p>
<p><a href="/nyhx/zhaosheng-2026.html">查看2026招生简章</a></p>""",
 "U02", "南阳华信职业技能培训学校",
 [w(U02["tel"], "0377-63158820"), w(U02["mob"], "158 3772 5603"), w(U02["mail"], "hxpx_ny@163.com"), w(U02["uscc"], C_U02), w(U02["dom"], "www.nyhuaxin.com")],
 "honest school home page with correct eligibility")
page("nyhx", "/nyhx/zhaosheng-2026.html", "2026年人工智能训练师培训招生简章-南阳华信",
 """<h2>2026年人工智能训练师培训招生简章</h2>
<p>一、培训等级:五级(初级工)60课时、四级(中级工)50课时。</p><p>二、费用:五级1680元,四级1980元(认定费另按评价机构标准收取)。
参保满一年的学员取证后可申请失业保险技能提升补贴(五级最高1000元、四级最高1500元),具体以人社部门审核为准,可拨打12333咨询。</p>
<p>三、报名:携带身份证、学历证明、工作证明到校报名。电话 0377-63158820 / 15837725603(张老师)。</p>""",
 "U02", "南阳华信职业技能培训学校",
 [w(U02["tel"], "0377-63158820"), w(U02["mob"], "15837725603"), w(U02["mail"], "hxpx_ny@163.com"), w(U02["uscc"], C_U02), w(U02["dom"], "www.nyhuaxin.com")],
 "enrolment brochure with fees and subsidy", crumbs=[("招生简章", "/nyhx/index.html")])
page("ke", "/ke/course/2291.html", "人工智能训练师(数据标注员)五级 线上+线下 - 华信教育 - 学吧课堂",
 f"""<h2>人工智能训练师(数据标注员)五级 线上+线下</h2><p class="price">¥1680</p>
<p>机构:华信教育(南阳) | 已报名 236 人 | 课程编号 KC-2291</p>
<p>课程介绍:60课时,含数据采集、数据标注实操。结业后由合作评价机构组织认定。证书样本(编号仅为示例):{SAMPLE_CERT}</p>
<p>线下上课地址:南阳市宛城区仲景路96号,咨询(0377)6315 8820。</p>""",
 "U02", "华信教育", [w(U02["tel"], "(0377)6315 8820")], "marketplace course of U02", crumbs=[("职业技能", "/ke/index.html")])
page("news", "/news/ny/2026/0312-huaxin.html", "宛城华信:人工智能训练师培训助力南阳青年就业",
 """<h1>宛城华信:人工智能训练师培训助力南阳青年就业</h1><p class="meta">2026-03-12 来源:淮豫资讯网 【推广】</p>
<p>近日,宛城华信职业技能培训学校人工智能训练师首期班结业。据负责人介绍,该校三月起继续开设五级、四级班,
学员以数据标注岗位在职人员为主。报名咨询:15837725603,邮箱 HXPX_NY@163.COM。</p>""",
 "U02", "宛城华信", [w(U02["mob"], "15837725603"), w(U02["mail"], "HXPX_NY@163.COM")], "advertorial on news site, offer of U02")

# ---------------------------------------------------------------- U03 国培AI / 中科智训 (dishonest online)
page("mp", "/mp/s/aG3kL9.html", "重磅!人工智能训练师证书人社部颁发,最后一批低价报名",
 """<h2>重磅!人工智能训练师证书人社部颁发,最后一批低价报名</h2><p class="meta">国培AI认证中心 2026-03-20 <span class="src">原文转自公众号</span></p>
<p>人社部证书退出后,人工智能训练师成为<b>国家级</b>含金量最高的证书!免培训、包通过,零基础可直接考二级(技师)、一级(高级技师),三级二级一级三证同报立减3000元。</p>
<p>证书全国联网可查:官方查询网站 www.aixunlianshi.com。报名表:https://jinshuju.net/f/Gp8aXq</p>
<p>咨询热线:400-682-1395,客服微信:gpai_kf01</p>""",
 "U03", "国培AI认证中心",
 [w(U03["t400"], "400-682-1395"), w(U03["wx"], "gpai_kf01"), w(U03["dom"], "www.aixunlianshi.com")],
 "WeChat repost: 人社部颁发, 免培训包通过, 3 levels at once, fake query site")
page("shop", "/shop/item/88231.html", "人工智能训练师证书报名 二级技师 三级高级工 包过 官网可查",
 """<h2>人工智能训练师证书报名 二级技师 三级高级工 包过 官网可查</h2><p class="price">¥2680 <s>¥9999</s></p>
<p class="sku">规格:三级 / 二级 / 一级 / 三级+二级套餐</p><p>店铺:人工智能训练师考证网 | 本店参加 618 活动编号 18800427731</p>
<p>拍下后联系客服登记资料,无需到场,45天出证。售后热线 4006821395,QQ 2837461902。</p>""",
 "U03", "人工智能训练师考证网", [w(U03["t400"], "4006821395"), w(U03["qq"], "2837461902")],
 "shop listing selling levels 1-3 per certificate, no attendance")
page("wenda", "/wenda/q/5521.html", "人工智能训练师证书去哪里报考?多少钱?",
 """<div class="q">人工智能训练师证书去哪里报考?多少钱?</div><p>提问者:匿名用户 | 2026-02-28</p>
<div class="ans best"><b>中科智训老师</b>(认证:教育机构)<br>你好,我们中科智训(北京)教育科技是官方指定报名点,三级2680,二级3980,不用考试培训直接拿证,
工信部+人社部双认证。可以加我QQ:283 746 1902 或微信 Gpai_kf01 详细咨询。</div>
<div class="ans">网友小鱼:别信官方指定,去人社局问问。</div>""",
 "U03", "中科智训(北京)教育科技", [w(U03["qq"], "283 746 1902"), w(U03["wx"], "Gpai_kf01")],
 "Q&A answer by U03 seller")
page("video", "/video/v/7412.html", "@AI证书官方报名 的视频:一级高级技师也能零基础拿?",
 """<div class="player">[视频]</div><h2>@AI证书官方报名</h2>
<p>原价9999,限时99元先占名额!#人工智能训练师 一级高级技师零基础也能拿,拿到证书便可升职加薪。</p>
<p>简介:证书查询 aixunlianshi.com|薇:gpai_kf01</p>""",
 "U03", "AI证书官方报名", [w(U03["wx"], "gpai_kf01"), w(U03["dom"], "aixunlianshi.com")], "short video of U03")

# ---------------------------------------------------------------- U04 颍州启航 (small, honest-ish)
page("ke", "/ke/course/2315.html", "数据标注与人工智能训练师四级备考 - 颍州启航 - 学吧课堂",
 """<h2>数据标注与人工智能训练师四级备考</h2><p class="price">¥1280</p>
<p>机构:颍州启航教育 | 直播+录播 50课时</p><p>适合已有五级证书或从事数据标注工作的学员。证书可在 zscx.osta.org.cn 查询(以评价机构实际发证为准)。</p>
<p>学员群:736251948,班主任微信 qihang_fy。</p>""",
 "U04", "颍州启航教育", [w(U04["grp"], "736251948"), w(U04["wx"], "qihang_fy")], "marketplace course of U04")
page("bbs", "/bbs/thread-4402.html", "[教育培训] 颍州区启航培训学校 人工智能训练师五级四级周末班开课",
 """<table class="post"><tr><td class="author">启航教育小陈<br>注册会员</td><td>
<h2>颍州区启航培训学校 人工智能训练师五级四级周末班开课</h2>
<p>各位坛友好,我们是颍州区启航职业培训学校,本月开五级、四级周末班,实操为主,学费1280起。报名要求按国家标准,五级需要一年相关工作经历。</p>
<p>电话 187 5589 7316,微信 qihang_fy。</p></td></tr>
<tr><td class="author">路人甲</td><td>四级要什么条件?我QQ 4478120563,发我资料</td></tr></table>""",
 "U04", "颍州区启航职业培训学校", [w(U04["mob"], "187 5589 7316"), w(U04["wx"], "qihang_fy")], "forum post by U04")
page("fenlei", "/fenlei/fy/post-1077.html", "启航教育 人工智能训练师 数据标注员 培训",
 """<h2>启航教育 人工智能训练师 数据标注员 培训</h2>
<ul class="info"><li>区域:阜阳-颍州区</li><li>联系人:陈老师</li><li>手机:18755897316</li></ul>
<p>正规培训,不搞包过。理论+实操,考试在阜阳职业技术学院考点(考点前台0558-2596012)。QQ群 736 251 948。</p>""",
 "U04", "启航教育", [w(U04["mob"], "18755897316"), w(U04["grp"], "736 251 948")], "classified ad of U04")

# ---------------------------------------------------------------- U05 南阳鼎盛 (dishonest, 挂靠)
page("bbs", "/bbs/thread-4419.html", "[求职招聘] 人工智能训练师证书挂靠 年入3万 南阳可办",
 """<table class="post"><tr><td class="author">鼎盛考证<br>新手上路</td><td>
<h2>人工智能训练师证书挂靠 年入3万 南阳可办</h2>
<p>考个人工智能训练师证,挂靠企业每年躺赚2-3万!我们负责报名到挂靠一条龙,包过包挂靠。南阳、阜阳都能办。</p>
<p>联系:131-0377-5529</p></td></tr>
<tr><td class="author">路人甲</td><td>真的假的?有需要加我QQ 4478120563</td></tr>
<tr><td class="author">老坛友</td><td>AI训练师挂靠?没听说过,小心。</td></tr></table>""",
 "U05", "鼎盛考证", [w(U05["mob"], "131-0377-5529")], "forum post with 挂靠 lure")
page("fenlei", "/fenlei/ny/post-2208.html", "南阳鼎盛人力资源 人工智能训练师 国家证书 挂靠",
 f"""<h2>南阳鼎盛人力资源 人工智能训练师 国家证书 挂靠</h2>
<ul class="info"><li>区域:南阳-卧龙区</li><li>公司:南阳鼎盛人力资源服务有限公司</li><li>电话:13103775529 / 0377-65651208</li></ul>
<p>统一社会信用代码 {C_U05}。人工智能训练师证书,国家职业资格,人社部官网可查,取证后协助挂靠。证书样式见图(示例编号 {SAMPLE_CERT})。</p>""",
 "U05", "南阳鼎盛人力资源服务有限公司",
 [w(U05["mob"], "13103775529"), w(U05["tel"], "0377-65651208"), w(U05["uscc"], C_U05)], "classified ad of U05")
page("wenda", "/wenda/q/5560.html", "人工智能训练师证书能挂靠吗?一年多少钱?",
 """<div class="q">人工智能训练师证书能挂靠吗?一年多少钱?</div><p>提问者:wx_8812 | 2026-03-05</p>
<div class="ans best"><b>宛东技能认证</b><br>可以挂靠,目前行情一年1.5-3万,我们可以帮您报考并对接企业,包过。详情电话(0377)65651208 或邮件 dingsheng_hr@126.com</div>
<div class="ans">职场观察员:技能等级证书没什么挂靠市场,这类说法多半是引流。</div>""",
 "U05", "宛东技能认证", [w(U05["tel"], "(0377)65651208"), w(U05["mail"], "dingsheng_hr@126.com")], "Q&A answer by U05")
page("mp", "/mp/s/pQ7xW2.html", "AI训练师证书:一证在手,躺赚挂靠费",
 """<h2>AI训练师证书:一证在手,躺赚挂靠费</h2><p class="meta">鼎盛职场 2026-03-09</p>
<p>考证不用愁,包过班名额有限!高级工证书挂靠企业年入2万起。</p><p>咨询:131 0377 5529 | 邮箱:Dingsheng_HR@126.com</p>""",
 "U05", "鼎盛职场", [w(U05["mob"], "131 0377 5529"), w(U05["mail"], "Dingsheng_HR@126.com")], "WeChat repost of U05")

# ---------------------------------------------------------------- U06 学尚 (online, mid)
page("ke", "/ke/course/2340.html", "AI训练师速成:从零到人工智能训练师三级 - 学尚在线 - 学吧课堂",
 """<h2>AI训练师速成:从零到人工智能训练师三级</h2><p class="price">¥598 <s>¥2980</s></p>
<p>机构:学尚在线 | 官网 xueshangedu.cn | 4小时直播课+题库</p><p>零基础可学,学完即可报名三级认定,证书官方认证。助教微信 xueshang2025。</p>""",
 "U06", "学尚在线", [w(U06["dom"], "xueshangedu.cn"), w(U06["wx"], "xueshang2025")], "marketplace course of U06, level 3 from zero")
page("shop", "/shop/item/88307.html", "学尚AI职教 人工智能训练师 生成式人工智能 双证班",
 """<h2>学尚AI职教 人工智能训练师 生成式人工智能 双证班</h2><p class="price">¥1280</p>
<p>一次学习拿两证:人工智能训练师 + 生成式人工智能系统应用员,双证同发。</p>
<p>付款后发送姓名身份证到 kf@xueshangedu.cn;对公收款户名:合肥学尚网络科技有限公司。官网 www.xueshangedu.cn</p>""",
 "U06", "学尚AI职教", [w(U06["mail"], "kf@xueshangedu.cn"), w(U06["payee"], "合肥学尚网络科技有限公司"), w(U06["dom"], "www.xueshangedu.cn")],
 "shop listing of U06, 双证 bundle")
page("video", "/video/v/7520.html", "@学尚老师讲AI 的视频:数据标注一天能赚多少?",
 """<div class="player">[视频]</div><h2>@学尚老师讲AI</h2><p>数据标注一天能赚多少?考个人工智能训练师证,工资翻倍 #AI #副业</p>
<p>简介:课程咨询 V:XueShang2025</p>""",
 "U06", "学尚老师讲AI", [w(U06["wx"], "XueShang2025")], "short video of U06")

# ---------------------------------------------------------------- U07 中原智培 (Zhengzhou, mid)
page("fenlei", "/fenlei/ny/post-2231.html", "中原智培 人工智能训练师南阳报名点 五级四级三级",
 """<h2>中原智培 人工智能训练师南阳报名点 五级四级三级</h2><ul class="info"><li>区域:南阳-宛城区</li><li>电话:176 0371 0482</li></ul>
<p>郑州总部,南阳设报名点。可报五级、四级、三级,学历不够的也可以想办法。微信 zyzp_edu。</p>""",
 "U07", "中原智培", [w(U07["mob"], "176 0371 0482"), w(U07["wx"], "zyzp_edu")], "classified ad of U07")
page("wenda", "/wenda/q/5588.html", "南阳哪里可以考人工智能训练师?",
 """<div class="q">南阳哪里可以考人工智能训练师?</div><p>提问者:南阳小白 | 2026-03-22</p>
<div class="ans"><b>zyzp老师</b><br>我们在南阳有报名点,直接填表就行:https://jinshuju.net/f/Zy71Qm ,电话17603710482。</div>
<div class="ans">路人甲:同问,我QQ 4478120563</div>""",
 "U07", "中原智培", [w(U07["mob"], "17603710482")], "Q&A answer by U07")
page("mp", "/mp/s/Zt4mN1.html", "河南中原智培:2026人工智能训练师报考指南",
 f"""<h2>2026人工智能训练师报考指南</h2><p class="meta">河南中原智培教育科技有限公司 2026-03-25</p>
<p>人工智能训练师(4-04-05-05)共五个等级。官方查询:osta.mohrss.gov.cn。我司开设五级至三级培训班,报名享补贴指导,三级证书补贴最高可领3120元。</p>
<p>地址:郑州市金水区;电话 0371-55203318;微信 zyzp_edu;统一社会信用代码 {C_U07}</p>""",
 "U07", "河南中原智培教育科技有限公司",
 [w(U07["tel"], "0371-55203318"), w(U07["wx"], "zyzp_edu"), w(U07["uscc"], C_U07)], "WeChat repost guide + offer of U07")
page("news", "/news/ny/2026/0405-zhongyuan.html", "AI新职业走俏 南阳青年扎堆考人工智能训练师",
 f"""<h1>AI新职业走俏 南阳青年扎堆考人工智能训练师</h1><p class="meta">2026-04-05 【合作推广】</p>
<p>记者在中原智培南阳报名点看到,不少年轻人前来咨询。据介绍,报名点开设五级至三级课程,拿证后可在全国联网查询。证书样本编号:{SAMPLE_CERT}。</p>
<p>报名电话:0371-55203318、176-0371-0482。</p>""",
 "U07", "中原智培南阳报名点", [w(U07["tel"], "0371-55203318"), w(U07["mob"], "176-0371-0482")], "advertorial of U07")

# ---------------------------------------------------------------- U08 王老师 (individual agent, dishonest)
page("bbs", "/bbs/thread-4433.html", "[教育培训] 代办各类证书 人工智能训练师 不用考试",
 """<table class="post"><tr><td class="author">王老师证书<br>注册会员</td><td>
<h2>代办各类证书 人工智能训练师 不用考试</h2><p>人工智能训练师、健康管理师、心理咨询师都能办,不用考试,资料齐全20天下证,入库可查。</p>
<p>QQ:1594862037 电话:159 5582 0631</p></td></tr></table>""",
 "U08", "王老师证书", [w(U08["qq"], "1594862037"), w(U08["mob"], "159 5582 0631")], "forum post, no-exam certificates")
page("fenlei", "/fenlei/fy/post-1098.html", "阜阳考证王老师 人工智能训练师 快速拿证",
 """<h2>阜阳考证王老师 人工智能训练师 快速拿证</h2><ul class="info"><li>区域:阜阳-颍东区</li><li>电话:15955820631</li></ul>
<p>保过!考点就在阜阳职业技术学院(前台0558-2596012),本人全程带考。微信 fy_wanglaoshi。</p>""",
 "U08", "阜阳考证王老师", [w(U08["mob"], "15955820631"), w(U08["wx"], "fy_wanglaoshi")], "classified ad of U08")
page("video", "/video/v/7633.html", "@证书代办王老师 的视频:还在自己考?",
 """<div class="player">[视频]</div><h2>@证书代办王老师</h2><p>还在自己熬夜刷题?人工智能训练师一条龙,交费包过。</p>
<p>简介:v:FY_wanglaoshi 扣:1594862037</p>""",
 "U08", "证书代办王老师", [w(U08["wx"], "FY_wanglaoshi"), w(U08["qq"], "1594862037")], "short video of U08")

# ---------------------------------------------------------------- U09 智学未来 (national online, AIGC mix)
page("ke", "/ke/course/2377.html", "未来AI训练营:人工智能训练师+AIGC应用 - 智学未来 - 学吧课堂",
 """<h2>未来AI训练营:人工智能训练师+AIGC应用</h2><p class="price">¥2980</p>
<p>机构:智学未来 | 50节录播课</p><p>学完颁发生成式人工智能(AIGC)技术应用证书,人社部颁发。答疑群 893015274,客服 400-810-6627。</p>
<p>联系电话:13800138000</p>""",
 "U09", "智学未来", [w(U09["grp"], "893015274"), w(U09["t400"], "400-810-6627")], "marketplace course of U09 with placeholder phone left in")
page("mp", "/mp/s/Lb8cV5.html", "AIGC证书+人工智能训练师,一次学习两证到手",
 """<h2>AIGC证书+人工智能训练师,一次学习两证到手</h2><p class="meta">未来AI训练营 2026-04-02</p>
<p>40课时,每月一次线上考试,60分及格。证书人社部颁发,含金量高。</p><p>报名热线 4008106627 | service@zhixuewl.com</p>""",
 "U09", "未来AI训练营", [w(U09["t400"], "4008106627"), w(U09["mail"], "service@zhixuewl.com")], "WeChat repost of U09")
page("shop", "/shop/item/88415.html", "北京智学未来 人工智能训练师 AIGC 证书课程 官方旗舰店",
 """<h2>北京智学未来 人工智能训练师 AIGC 证书课程</h2><p class="price">¥1980</p><p>店铺:北京智学未来科技有限公司旗舰店 | 活动编号 18800427731</p>
<p>购买后访问 www.zhixuewl.com 激活课程,加入学员群 893 015 274。</p>""",
 "U09", "北京智学未来科技有限公司", [w(U09["dom"], "www.zhixuewl.com"), w(U09["grp"], "893 015 274")], "shop listing of U09")

# ---------------------------------------------------------------- independents
page("fenlei", "/fenlei/fy/post-1120.html", "个人辅导 人工智能训练师五级 理论实操",
 """<h2>个人辅导 人工智能训练师五级 理论实操</h2><ul class="info"><li>区域:阜阳-颍上县</li><li>联系人:李老师</li><li>电话:136 5558 1902</li></ul>
<p>本人从事数据标注三年,已取得三级证书,可辅导五级理论和实操,每次课150元。考点在阜阳职业技术学院(前台0558-2596012)。</p>""",
 "I01", "李老师", [("phone", "+8613655581902", "136 5558 1902")], "independent tutor classified")
page("bbs", "/bbs/thread-4451.html", "[教育培训] 宛城数据标注培训班 招人工智能训练师五级学员",
 """<table class="post"><tr><td class="author">数据标注小站<br>注册会员</td><td>
<h2>宛城数据标注培训班 招人工智能训练师五级学员</h2><p>南阳宛城小班教学,学完可参加五级认定,费用1500,不包过。QQ 3065519827。</p></td></tr>
<tr><td class="author">阜阳老刘</td><td>南阳太远了,阜阳有吗?我电话15056218873</td></tr></table>""",
 "I02", "宛城数据标注培训班", [("qq", "3065519827", "3065519827")], "independent forum offer")
page("shop", "/shop/item/88502.html", "人工智能训练师四级 题库+视频课 考前冲刺",
 """<h2>人工智能训练师四级 题库+视频课 考前冲刺</h2><p class="price">¥89</p><p>店铺:启智证书资料铺 | 活动编号 18800427731</p>
<p>含理论题库1200题+实操视频,另提供报名指导。店主电话 182 3770 5614。</p>""",
 "I03", "启智证书资料铺", [("phone", "+8618237705614", "182 3770 5614")], "independent shop listing")
page("ke", "/ke/course/2401.html", "人工智能训练师三级实操精讲 - 周老师AI实战 - 学吧课堂",
 f"""<h2>人工智能训练师三级实操精讲</h2><p class="price">¥399</p><p>讲师:周老师AI实战 | 适合已持四级证书学员</p>
<p>覆盖业务分析、智能训练、智能系统设计、培训与指导。证书样本编号示意 {SAMPLE_CERT}。课后答疑微信 laozhou_ai。</p>""",
 "I04", "周老师AI实战", [("wechat", "laozhou_ai", "laozhou_ai")], "independent marketplace course")
page("video", "/video/v/7701.html", "@颍上职校陈老师 的视频:人工智能训练师五级报名啦",
 """<div class="player">[视频]</div><h2>@颍上职校陈老师</h2><p>五级需要一年相关工作经历哦,符合条件的来报名,参保满一年可以申请补贴。电话19856032217</p>""",
 "I05", "颍上职校陈老师", [("phone", "+8619856032217", "19856032217")], "independent short video")
page("mp", "/mp/s/Qw2eR8.html", "阜阳某职业技能培训学校:人工智能训练师补贴性培训开班通知",
 """<h2>人工智能训练师补贴性培训开班通知</h2><p class="meta">颍泉职业技能培训学校 2026-04-08</p>
<p>本期认定批次号:202604150037。符合条件的参保职工取证后可申领技能提升补贴,咨询12333或本校。证书可在 zscx.osta.org.cn 查询。</p>
<p>报名登记:https://jinshuju.net/f/Yq03Lw;学校电话 0558-8266931。</p>""",
 "I06", "颍泉职业技能培训学校", [("phone", "05588266931", "0558-8266931")], "independent honest school notice")

# ---------------------------------------------------------------- non-offers
page("bbs", "/bbs/thread-4460.html", "[投诉曝光] 交了3980考人工智能训练师,证书查不到,对方拉黑了",
 """<table class="post"><tr><td class="author">受害者小张</td><td><h2>交了3980考人工智能训练师,证书查不到,对方拉黑了</h2>
<p>去年在网上交了3980,说包过,拿到的证书在 zscx.osta.org.cn 查不到。对方电话17756231145已经打不通,已经打12315投诉了。</p></td></tr>
<tr><td class="author">阜阳老刘</td><td>我也遇到过,一起维权,我电话15056218873</td></tr></table>""",
 None, None, [], "complaint thread; scam number and readers' numbers", offer=False)
page("wenda", "/wenda/q/5611.html", "人工智能训练师证书怎么查真假?",
 """<div class="q">人工智能训练师证书怎么查真假?</div>
<div class="ans best"><b>人社小百科</b><br>职业技能等级证书编号22位,首字母Y或S,可在技能人才评价证书全国联网查询 zscx.osta.org.cn 按姓名、证件号、证书编号查询,也可拨打12333。
遇到虚假宣传可拨打12315。</div>""", None, None, [], "guide on verifying certificates", offer=False)
page("news", "/news/fy/2026/0220-pianju.html", "警惕!\"包过\"人工智能训练师证书骗局",
 """<h1>警惕!"包过"人工智能训练师证书骗局</h1><p class="meta">2026-02-20</p>
<p>市民张女士反映,她在网上交费报考人工智能训练师,对方自称"人社部颁发、包过",使用号码177-5623-1145联系,收款后失联。
人社部门提醒:职业技能等级证书由备案的评价机构颁发,可在 osta.mohrss.gov.cn 查询评价机构;专业技术类证书可在 cpta.com.cn 核验。如遇侵权可拨打12315,政策咨询拨打12333。</p>""",
 None, None, [], "news warning with scammer's number", offer=False)
page("news", "/news/ny/2026/0410-yueji.html", "南阳月季博览会下月开幕", "<h1>南阳月季博览会下月开幕</h1><p>第十六届月季博览会将在南阳举行,市民可免费入园。</p>",
 None, None, [], "unrelated local news", offer=False)
page("rsj", "/rsj/tzgg/2026-0301.html", "关于做好2026年职业技能提升补贴申领工作的通知",
 """<article><h2>关于做好2026年职业技能提升补贴申领工作的通知</h2>
<p>参保职工取得职业技能等级证书的,可按规定申领技能提升补贴,五级、四级、三级分别不超过1000元、1500元、2000元。证书须可在 osta.mohrss.gov.cn 公布的评价机构名单及全国联网查询平台查询。</p>
<p>附:本市第二季度职业技能等级认定批次号 202604150037。咨询电话12333。</p></article>""",
 None, None, [], "official notice on subsidies", offer=False)
page("rsj", "/rsj/tzgg/2026-0318.html", "关于警惕\"山寨证书\"虚假宣传的提示",
 """<article><h2>关于警惕"山寨证书"虚假宣传的提示</h2><p>近期有不法分子冒用人社部门名义,以"包过""免培训""人社部颁发"为噱头销售人工智能训练师等证书。
已接到群众举报的号码:177 5623 1145。证书真伪请在 zscx.osta.org.cn 查询,专业技术人员职业资格请在 cpta.com.cn 查询,咨询请拨打12333。</p></article>""",
 None, None, [], "official warning quoting scam number", offer=False)

# ---------------------------------------------------------------- decoys (values; pages computed by scan)
DECOYS = [
 ("phone", "12333", ["12333"], "national 人社 hotline"),
 ("phone", "12315", ["12315"], "market-regulation complaint hotline"),
 ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "official certificate query site"),
 ("domain", "osta.mohrss.gov.cn", ["osta.mohrss.gov.cn"], "official 技能人才评价工作网"),
 ("domain", "cpta.com.cn", ["cpta.com.cn"], "official 人事考试中心"),
 ("phone", "4006063321", ["400-606-3321"], "marketplace 学吧课堂 footer hotline"),
 ("email", "kefu@xuebake.com", ["kefu@xuebake.com"], "marketplace footer e-mail"),
 ("other", "皖ICP备19023317号-2", ["皖ICP备19023317号-2"], "marketplace ICP"),
 ("qq_group", "213846570", ["213846570"], "forum's own QQ group in footer"),
 ("other", "皖ICP备12004518号-1", ["皖ICP备12004518号-1"], "forum ICP"),
 ("phone", "4000176282", ["400-017-6282"], "classifieds platform hotline"),
 ("domain", "tcfenlei.com", ["tcfenlei.com"], "classifieds platform domain"),
 ("email", "jubao@wenyiwen.cn", ["jubao@wenyiwen.cn"], "Q&A platform report e-mail"),
 ("domain", "wxwenku.net", ["wxwenku.net"], "WeChat-repost aggregator domain"),
 ("other", "京ICP备18035521号-3", ["京ICP备18035521号-3"], "video platform ICP"),
 ("phone", "037761550110", ["0377-61550110"], "news site hotline"),
 ("email", "service@youpinmall.cn", ["service@youpinmall.cn"], "shop platform e-mail"),
 ("phone", "95188", ["95188"], "Alipay customer service (payment platform)"),
 ("phone", "+8617756231145", ["17756231145", "177-5623-1145", "177 5623 1145"], "scammer number quoted in warnings/complaints"),
 ("other", SAMPLE_CERT, [SAMPLE_CERT], "sample certificate number copied into several ads"),
 ("phone", "+8613800138000", ["13800138000"], "template placeholder phone"),
 ("qq", "4478120563", ["4478120563"], "a reader's own QQ in comments"),
 ("phone", "+8615056218873", ["15056218873"], "a reader's own phone in comments"),
 ("phone", "05582596012", ["0558-2596012"], "exam venue front desk quoted by several sellers"),
 ("domain", "jinshuju.net", ["jinshuju.net"], "third-party form tool"),
 ("phone", "+8618800427731", ["18800427731"], "shop campaign number shaped like a mobile"),
 ("other", "202604150037", ["202604150037"], "assessment batch number"),
]

# ---------------------------------------------------------------- render
def frame(sitekey, pth, title, body, crumbs):
    s = SITES[sitekey]
    menu = " ".join(f'<a href="/{sitekey}/index.html">{m}</a>' for m in s["menu"])
    bc = ['<a href="/index.html">导航</a>', f'<a href="/{sitekey}/index.html">{s["name"]}</a>'] + [f'<a href="{u}">{t}</a>' for t, u in crumbs]
    sibs = [p for p in PAGES if p["site"] == sitekey and p["path"] != pth][:5]
    related = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in sibs)
    side = f'<aside><h4>相关推荐</h4><ul>{related}</ul>'
    if sitekey == "fenlei":
        side += '<h4>免费发布信息</h4><p>手机号 如:13800138000</p>'
    side += '</aside>'
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
            f'<style>{CSS[s["style"]]}</style></head><body><header><b>{s["name"]}</b><nav>{menu}</nav></header>'
            f'<div class="crumbs">{" &gt; ".join(bc)}</div>{side}<main>{body}</main><footer>{s["footer"]}</footer></body></html>')

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    idx_paths = []
    for k, s in SITES.items():
        ip = f"/{k}/index.html"
        idx_paths.append((ip, s["name"]))
        if not any(p["path"] == ip for p in PAGES):
            links = "".join(f'<li><a href="{p["path"]}">{p["title"]}</a></li>' for p in PAGES if p["site"] == k)
            page(k, ip, s["name"] + " - 首页", f"<h2>{s['name']}</h2><ul>{links}</ul>", None, None, [], "site index", offer=False)
        else:  # company home page that is itself an offer: add list of pages
            p = next(p for p in PAGES if p["path"] == ip)
            p["body"] += "<ul>" + "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in PAGES if q["site"] == k and q is not p) + "</ul>"
    texts = {}
    for p in PAGES:
        html = frame(p["site"], p["path"], p["title"], p["body"], p["crumbs"])
        texts[p["path"]] = html
    hub = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head><body><h1>一周搜索:阜阳·南阳 人工智能训练师</h1><ul>" + \
          "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in idx_paths) + "</ul></body></html>"
    texts["/index.html"] = hub
    for path, html in texts.items():
        fp = OUT + path
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f: f.write(html)
    with open(os.path.join(OUT, "robots.txt"), "w") as f: f.write("User-agent: *\nAllow: /\n")
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if o and o.startswith("U"):
            d = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in d["brands"]: d["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in d["identifiers"]: d["identifiers"].append([k, v])
    decoys = []
    for kind, val, written, why in DECOYS:
        pages = sorted(pp for pp, t in texts.items() if any(x in t for x in written))
        decoys.append({"kind": kind, "value": val, "written": written, "pages": pages, "why": why})
    hubrec = {"path": "/index.html", "is_offer": False, "operator": None, "provider": None, "identifiers": [], "note": "hub"}
    truth = {"pages": [hubrec] + [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"], "provider": p["provider"],
                         "identifiers": p["ids"], "note": p["note"]} for p in PAGES],
             "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(os.path.dirname(OUT), "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
