#!/usr/bin/env python3
"""12bw: a fictional county/township web (临沅县) of AI-trainer certificate sellers.

Standard library only, deterministic. Writes site/ and truth.json next to this file.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- decoys
# key -> (kind, normalized value, note)
DECOY_DEF = {
    "h12333": ("phone", "12333", "人社部门全国统一服务热线,各类页面都引用"),
    "h12315": ("phone", "12315", "市场监管投诉热线,警示与投诉页引用"),
    "h12345": ("phone", "12345", "县政务服务便民热线,新闻站与村务栏页脚"),
    "zscx": ("domain", "zscx.osta.org.cn", "官方证书联网查询站,诚实与可疑卖家都拿来背书"),
    "jndj": ("domain", "jndj.osta.org.cn", "证书上印的官方查询网址"),
    "bbs_qq": ("qq", "1520088866", "临沅论坛自己的客服QQ,每页页脚"),
    "bbs_mail": ("email", "admin@lyluntan.com", "论坛管理员邮箱,每页页脚"),
    "bbs_dom": ("domain", "lyluntan.com", "论坛自己的域名,页头页脚"),
    "fl_400": ("phone", "4000745888", "分类信息网客服电话,每页页脚"),
    "fl_icp": ("other", "湘b2-20190137", "分类信息网增值电信业务经营许可证号,每页页脚"),
    "fl_uscc": ("uscc", "91431232MA4L7C2D3B", "分类信息网运营公司的信用代码,每页页脚"),
    "fl_payee": ("other", "payee:临沅同城网络科技有限公司", "平台担保交易的收款方,不是卖家"),
    "sch_tech": ("phone", "0745-6220110", "三所成人学校网站同一模板的技术支持电话(县教育信息中心)"),
    "sch_builder": ("domain", "jianzhanbao.com", "建站工具署名,三所学校网站同一模板"),
    "sch_placeholder": ("email", "admin@yourschool.com", "建站模板没改的占位邮箱"),
    "wjx": ("domain", "wjx.cn", "问卷星报名表工具,多个卖家都用它收报名"),
    "scam_phone": ("phone", "+8617100452298", "警示和投诉里引用的骗子号码,不是任何页面卖家的"),
    "scam_wx": ("wechat", "rsb_zhengshu01", "警示和投诉里引用的骗子微信"),
    "project_no": ("phone", "+8618807450026", "县人社局职业技能提升项目编号,形似手机号"),
    "cert_sample": ("other", "y000123xxxxxx195000001", "规程里的证书编号示例,多个页面照抄"),
    "venue_addr": ("other", "addr:临沅县育才路66号县职业教育中心", "认定考点地址,互不相干的卖家都引用"),
    "venue_phone": ("phone", "0745-6238899", "认定考点(县职教中心)考务电话,多家卖家引用"),
    "rsj_phone": ("phone", "0745-6225671", "县人社局职业能力建设股电话,政策稿和卖家都引用"),
    "cm_wx": ("wechat", "lihua_1988", "同一位网友在多个帖子/视频下留的自己的微信"),
    "cm_qq": ("qq", "408812376", "同一位网友在多个视频下留的自己的QQ"),
    "vid_mail": ("email", "kefu@kuaidou.com", "短视频平台客服邮箱,每页页脚"),
    "wx_dom": ("domain", "mp.weixin.qq.com", "公众号原文链接域名,每篇转载都有"),
    "wx_mail": ("email", "tousu@wxzaiyun.cn", "转载站的投诉邮箱,每页页脚"),
    "town_gov": ("phone", "0745-6235511", "城关镇政务服务中心监督电话,村务公开栏页脚"),
}
DECOY_USE = {k: {"written": [], "paths": []} for k in DECOY_DEF}

# ---------------------------------------------------------------- pages
PAGES = []  # in creation order
BY_PATH = {}


class Page:
    def __init__(self, path, site, title, offer=False, op=None, provider=None, note=""):
        self.path, self.site, self.title = path, site, title
        self.offer, self.op, self.provider, self.note = offer, op, provider, note
        self.ids = []
        self.body = None
        PAGES.append(self)
        BY_PATH[path] = self

    def I(self, kind, norm, written):
        if [kind, norm, written] not in self.ids:
            self.ids.append([kind, norm, written])
        return written

    def D(self, key, written):
        u = DECOY_USE[key]
        if written not in u["written"]:
            u["written"].append(written)
        if self.path not in u["paths"]:
            u["paths"].append(self.path)
        return written


def P(path, site, title, offer=False, op=None, provider=None, note=""):
    def deco(fn):
        pg = Page(path, site, title, offer, op, provider, note)
        pg.body = fn
        return fn
    return deco


SITES = {
    "bbs": ("临沅论坛", "/bbs/index.html"),
    "fenlei": ("临沅同城分类信息网", "/fenlei/index.html"),
    "news": ("临沅新闻网", "/news/index.html"),
    "cun": ("城关镇村务公开栏", "/cun/index.html"),
    "xcschool": ("临沅县兴村成人文化技术学校", "/xcschool/index.html"),
    "hpschool": ("临沅县和平乡成人文化技术学校", "/hpschool/index.html"),
    "dqschool": ("临沅县大桥镇成人文化技术学校", "/dqschool/index.html"),
    "video": ("快抖 网页版", "/video/index.html"),
    "wx": ("微转载 · 公众号好文", "/wx/index.html"),
}


def a(path, text=None):
    return '<a href="%s">%s</a>' % (path, text or BY_PATH[path].title)


def comments(items):
    out = ['<div class="comments"><h4>评论(%d)</h4>' % len(items)]
    for who, when, txt in items:
        out.append('<div class="cmt"><span class="u">%s</span> <span class="t">%s</span><p>%s</p></div>'
                   % (who, when, txt))
    out.append("</div>")
    return "\n".join(out)


# =============================================================== BBS (临沅论坛)

@P("/bbs/thread-1021.html", "bbs", "人工智能训练师五级/四级 城关本地小班 周末上课", True, "U01", "临沅智训教育",
   "论坛教育培训版发帖招生,留手机号")
def _(p):
    return f"""
<div class="post first"><div class="author">智训张老师<br><small>注册会员 · 帖子 37</small></div>
<div class="content">
<p>各位临沅的朋友好,<b>临沅智训教育</b>本期开人工智能训练师(4-04-05-05)五级、四级周末班,城关本地上课,不用跑怀化长沙。</p>
<p>课程:数据采集与处理、数据标注、智能系统运维,理论+实操,五级60课时左右。</p>
<p>认定考点:{p.D('venue_addr', '育才路66号县职业教育中心')},考务咨询可打考点电话{p.D('venue_phone', '0745-6238899')}核实。</p>
<p>费用:五级培训费1680元(含教材),认定费按考点标准另交。有一年以上相关工作经历的可以报五级,符合条件的可以申请技能提升补贴。</p>
<p>报名咨询:{p.I('phone', '+8613907451286', '139-0745-1286')} 张老师(白天上课可能接不到,请短信)</p>
</div></div>
<div class="post"><div class="author">沅水边的猫<br><small>新手上路</small></div><div class="content"><p>五级要求一年工作经历?我在超市上班算不算相关?</p></div></div>
<div class="post"><div class="author">智训张老师</div><div class="content"><p>回3楼:超市不算,做过数据录入、客服质检之类的可以聊聊,私信。</p></div></div>
<div class="post"><div class="author">李华不是那个李华</div><div class="content"><p>一起报的加我 {p.D('cm_wx', '微信lihua_1988')} 拼个车去上课</p></div></div>
"""


@P("/bbs/thread-1034.html", "bbs", "【招生】AI训练师 数据标注员 零基础 线上+线下 送实操账号", True, "U02", "沅水数字技能学堂",
   "论坛发帖,留QQ与QQ群")
def _(p):
    return f"""
<div class="post first"><div class="author">沅水学堂-阿杰<br><small>中级会员 · 帖子 112</small></div>
<div class="content">
<p><b>沅水数字技能学堂</b>人工智能训练师(数据标注员方向)冬季班开始报名啦!</p>
<ul><li>零基础可学,电脑会打字就行</li><li>线上录播+每周六线下答疑</li><li>结课后统一安排认定,证书全国联网可查</li></ul>
<p>学费有优惠,具体私聊。咨询 Q {p.I('qq', '2837461950', '2837 461 950')},交流群:{p.I('qq_group', '736182945', '736182945')}(进群备注"临沅")</p>
</div></div>
<div class="post"><div class="author">一叶</div><div class="content"><p>零基础学完能拿几级?</p></div></div>
<div class="post"><div class="author">沅水学堂-阿杰</div><div class="content"><p>看个人情况,群里问哈。</p></div></div>
<div class="post"><div class="author">路过打酱油</div><div class="content"><p>线上课程的实操账号是啥平台的?</p></div></div>
"""


@P("/bbs/thread-1049.html", "bbs", "县里搞AI证书补贴?我们这边可以代报名,名额有限", True, "U04", "沅北AI就业训练营",
   "论坛帖,卖家回帖留手机号")
def _(p):
    return f"""
<div class="post first"><div class="author">县城打工人<br><small>新手上路</small></div>
<div class="content"><p>听说人工智能训练师有补贴,有没有人知道在哪报?</p></div></div>
<div class="post"><div class="author">训练营小周<br><small>注册会员</small></div>
<div class="content">
<p>我们<b>沅北AI就业训练营</b>正在招本期学员,可以协助办理补贴申请材料。三级、四级都有班,<span class="hl">包教包会,考不过免费重读</span>。</p>
<p>电话或加微信:{p.I('phone', '+8618673452210', '186 7345 2210')}</p>
</div></div>
<div class="post"><div class="author">县城打工人</div><div class="content"><p>三级要什么条件?我没证。</p></div></div>
<div class="post"><div class="author">训练营小周</div><div class="content"><p>打电话细说,有办法的。</p></div></div>
<div class="post"><div class="author">老沅陵人</div><div class="content"><p>三级要四级证+年限,没证直接三级的都要小心。</p></div></div>
"""


@P("/bbs/thread-1066.html", "bbs", "人工智能训练师 报名 全省多个考点 证书官网可查", True, "U06", "智联技培",
   "论坛帖,邮箱用汉字拼写")
def _(p):
    return f"""
<div class="post first"><div class="author">zhilianjp<br><small>注册会员 · 帖子 5</small></div>
<div class="content">
<p><b>智联技培</b>常年招生:人工智能训练师五级至三级,全省多考点可选,也可选择本县考点。</p>
<p>报名资料发邮箱:{p.I('email', 'service@hnjnpx.com', 'service艾特hnjnpx点com')}(论坛不让留网址,自己替换一下符号)</p>
<p>资料:身份证正反面、学历证明、工作证明、一寸白底照片。</p>
</div></div>
<div class="post"><div class="author">青山</div><div class="content"><p>多少钱?</p></div></div>
<div class="post"><div class="author">zhilianjp</div><div class="content"><p>发邮件给您报价单。</p></div></div>
"""


@P("/bbs/thread-1078.html", "bbs", "数据标注兼职+考证一条龙,宝妈在家也能做", True, "U07", "林老师数据标注",
   "论坛帖,留微信和QQ")
def _(p):
    return f"""
<div class="post first"><div class="author">林老师数据标注<br><small>注册会员</small></div>
<div class="content">
<p>在家做数据标注,先培训后接单,培训合格帮你报人工智能训练师五级,证书编号类似 {p.D('cert_sample', 'Y000123XXXXXX195000001')} 这种,可以在官网查。</p>
<p>学费698,学完推荐兼职单子。</p>
<p>加 微信 {p.I('wechat', 'xiaolin_ai88', 'xiaolin_ai88')} / QQ {p.I('qq', '1046382257', '1046382257')},备注论坛</p>
</div></div>
<div class="post"><div class="author">小鱼儿</div><div class="content"><p>先交钱后接单的都要小心……</p></div></div>
<div class="post"><div class="author">林老师数据标注</div><div class="content"><p>我们是先培训,课程是实打实的。</p></div></div>
"""


@P("/bbs/thread-1090.html", "bbs", "县职业中专继续教育部:人工智能训练师(五级)社会培训班招生简章", True, "I01", "临沅县职业中专继续教育部",
   "诚实的本地学校招生帖,座机")
def _(p):
    return f"""
<div class="post first"><div class="author">县职专继教部<br><small>认证单位</small></div>
<div class="content">
<p><b>临沅县职业中专继续教育部</b>面向社会招收人工智能训练师(五级)培训学员一个班,40人满班。</p>
<p>报名条件:累计从事本职业或相关职业工作满1年,或本职业或相关职业学徒期满。</p>
<p>培训60课时,晚上上课。培训费1200元,按规定可申请技能提升补贴(须符合参保条件)。认定在{p.D('venue_addr', '县职业教育中心(育才路66号)')}进行,结果可在 {p.D('zscx', 'zscx.osta.org.cn')} 查询。</p>
<p>报名地点:县职业中专办公楼一楼105,电话 {p.I('phone', '0745-6240318', '0745-6240318')}。</p>
<p>政策咨询:县人社局职业能力建设股 {p.D('rsj_phone', '0745-6225671')}。</p>
</div></div>
<div class="post"><div class="author">学员家属</div><div class="content"><p>这个靠谱,去年我姐报过别的工种。</p></div></div>
"""


@P("/bbs/thread-1055.html", "bbs", "求助:想考人工智能训练师,本地哪家靠谱?", note="学员提问帖,非招生")
def _(p):
    return f"""
<div class="post first"><div class="author">迷茫的小陈<br><small>新手上路</small></div>
<div class="content"><p>在论坛看到好几家招人工智能训练师的,有说包过的,有说人社部颁发的,价格从六百到六千都有。本地有没有人考过?哪家靠谱?</p></div></div>
<div class="post"><div class="author">老沅陵人</div><div class="content"><p>说"人社部颁发"的直接pass,现在技能等级证书是备案的评价机构发的。拿不准就打{p.D('h12333', '12333')}问。</p></div></div>
<div class="post"><div class="author">李华不是那个李华</div><div class="content"><p>我也在找,一起啊,{p.D('cm_wx', 'VX: lihua_1988')}</p></div></div>
<div class="post"><div class="author">版主-沅江月</div><div class="content"><p>提醒:本版禁止发广告,招生请发到"教育培训"分类。</p></div></div>
"""


@P("/bbs/thread-1083.html", "bbs", "【曝光】交了2800说包过人社部颁发,交完钱人就失联了", note="投诉帖,引用骗子号码")
def _(p):
    return f"""
<div class="post first"><div class="author">受骗的老王<br><small>注册会员</small></div>
<div class="content">
<p>上个月在短视频刷到一个"人工智能训练师三级包过、人社部颁发、可落户"的广告,对方电话 {p.D('scam_phone', '171-0045-2298')},微信 {p.D('scam_wx', 'rsb_zhengshu01')},让我先交2800报名费。</p>
<p>交完钱说还要交"加急入库费",我不交就把我拉黑了。已经打{p.D('h12315', '12315')}投诉,也报了警。大家别上当!</p>
</div></div>
<div class="post"><div class="author">路人甲</div><div class="content"><p>三级要四级证加年限,没有包过一说,顶一下。</p></div></div>
<div class="post"><div class="author">版主-沅江月</div><div class="content"><p>已置顶。</p></div></div>
"""

# =============================================================== 分类信息网

@P("/fenlei/info-3317.html", "fenlei", "人工智能训练师考证培训 五级四级 小班教学", True, "U01", "启明职业技能培训",
   "分类信息,全角手机号与微信")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>教育培训 &gt; 职业技能</td></tr>
<tr><th>联系人</th><td>张老师</td></tr>
<tr><th>电话</th><td>{p.I('phone', '+8613907451286', '１３９０７４５１２８６')}</td></tr>
<tr><th>微信</th><td>{p.I('wechat', 'lyzj2024', 'lyzj2024')}</td></tr>
<tr><th>区域</th><td>城关镇</td></tr></table>
<div class="desc"><p><b>启明职业技能培训</b>:人工智能训练师五级、四级,本地小班教学,每期不超过20人。</p>
<p>在线报名表:{p.D('wjx', 'www.wjx.cn')}/vm/Qm8a2Z.aspx</p>
<p>认定考点就在本县,不用出远门。</p></div>
"""


@P("/fenlei/info-3342.html", "fenlei", "AI训练师证 数据标注员 在家学 考证", True, "U02", "华创AI培训",
   "分类信息,QQ用汉字数字写")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>教育培训 &gt; 电脑IT</td></tr>
<tr><th>联系人</th><td>阿杰</td></tr>
<tr><th>电话</th><td>登录后查看</td></tr>
<tr><th>区域</th><td>全县</td></tr></table>
<div class="desc"><p><b>华创AI培训</b>,人工智能训练师(数据标注员)网课,零基础,手机电脑都能学。</p>
<p>扣扣:{p.I('qq', '2837461950', '二八三七四六一九五〇')}(平台屏蔽数字,见谅)</p>
<p>遇到虚假信息可拨打{p.D('h12315', '12315')}举报。</p></div>
"""


@P("/fenlei/info-3365.html", "fenlei", "技能提升补贴代办 人工智能训练师 报名从速", True, "U04", "技能提升服务站",
   "分类信息,收款户名与另一手机号")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>商务服务 &gt; 代办</td></tr>
<tr><th>联系人</th><td>周先生</td></tr>
<tr><th>电话</th><td>{p.I('phone', '+8618673452210', '18673452210')}</td></tr>
<tr><th>区域</th><td>城关镇</td></tr></table>
<div class="desc"><p><b>技能提升服务站</b>协助办理人工智能训练师培训报名、补贴申请材料。</p>
<p>三级四级同报优惠,包教包会。定金200元,转账请核对户名:{p.I('other', 'payee:临沅县明远信息咨询服务部', '明远信息咨询服务部(临沅县)')}</p></div>
"""


@P("/fenlei/info-3390.html", "fenlei", "人工智能训练师 三级/四级 报名 多考点", True, "U06", "湖南技能培训网",
   "分类信息,邮箱")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>教育培训 &gt; 职业技能</td></tr>
<tr><th>联系人</th><td>刘老师</td></tr>
<tr><th>邮箱</th><td>{p.I('email', 'service@hnjnpx.com', 'Service@HNJNPX.com')}</td></tr>
<tr><th>网站</th><td>{p.I('domain', 'hnjnpx.com', 'hnjnpx.com')}</td></tr>
<tr><th>区域</th><td>全县</td></tr></table>
<div class="desc"><p><b>湖南技能培训网</b>人工智能训练师报名,可选本县考点{p.D('venue_addr', '县职业教育中心(育才路66号)')},考务电话{p.D('venue_phone', '0745-6238899')}。</p>
<p>报名表:{p.D('wjx', 'www.wjx.cn')}/vm/hnjn01.aspx</p></div>
"""


@P("/fenlei/info-3401.html", "fenlei", "人工智能训练师证书 免考快速拿证 入库可查", True, "U08", "沅州人才服务",
   "分类信息,可疑,+86手机号与个人收款人")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>商务服务 &gt; 其他</td></tr>
<tr><th>联系人</th><td>王经理</td></tr>
<tr><th>电话</th><td>{p.I('phone', '+8613307459021', '+86 133 0745 9021')}</td></tr>
<tr><th>区域</th><td>全县</td></tr></table>
<div class="desc"><p><b>沅州人才服务</b>:人工智能训练师<span class="hl">免考</span>,三级二级均可办理,<span class="hl">人社部颁发</span>,{p.D('zscx', 'zscx.osta.org.cn')}入库可查,可用于积分落户。</p>
<p>资料齐全15个工作日出证,先付一半。收款人:{p.I('other', 'payee:王建军', '王建军')}</p>
<p>报名表:{p.D('wjx', 'www.wjx.cn')}/vm/yz2025.aspx</p></div>
"""


@P("/fenlei/info-3425.html", "fenlei", "临沅智训 人工智能训练师五级培训 晚班", True, "I02", "临沅智训",
   "分类信息,独立卖家,品牌名与U01相近")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>教育培训 &gt; 职业技能</td></tr>
<tr><th>联系人</th><td>邓老师</td></tr>
<tr><th>电话</th><td>{p.I('phone', '+8615907453380', '159 0745 3380')}</td></tr>
<tr><th>区域</th><td>城关镇</td></tr></table>
<div class="desc"><p><b>临沅智训</b>五级晚班,周一三五晚7点到9点。培训费1380元。</p>
<p>认定考点:{p.D('venue_addr', '育才路66号县职业教育中心')}。</p>
<p>报名表:{p.D('wjx', 'www.wjx.cn')}/vm/lyzx5.aspx</p></div>
"""


@P("/fenlei/info-3410.html", "fenlei", "招聘数据标注员 5名 坐班 有无证书均可", note="招聘启事,非招生")
def _(p):
    return f"""
<table class="info"><tr><th>类别</th><td>求职招聘 &gt; 全职</td></tr>
<tr><th>公司</th><td>临沅云标数据服务有限公司</td></tr>
<tr><th>电话</th><td>{p.I('phone', '0745-6276012', '0745-6276012')}</td></tr>
<tr><th>区域</th><td>城关镇工业园</td></tr></table>
<div class="desc"><p>招聘数据标注员5名,月薪3000-4500,五险,有人工智能训练师证书者优先,无证可入职后由公司组织培训。不收任何费用,凡收费的都不是我们。</p></div>
"""

# =============================================================== 新闻网

@P("/news/ad-0305.html", "news", "【推广】爱讯科技:让新农人学会人工智能训练", True, "U03", "临沅爱讯科技",
   "新闻站上的软文广告,域名与座机")
def _(p):
    return f"""
<div class="adtag">广告</div>
<p>近年来,人工智能训练师作为新职业受到关注。<b>临沅爱讯科技</b>立足本县,开设人工智能训练师五级、四级培训,课程对照《人工智能训练师国家职业技能标准(2021年版)》。</p>
<p>学员结业后参加备案评价机构组织的认定,证书可登录{p.D('zscx', 'zscx.osta.org.cn')}查询。</p>
<p>官网:{p.I('domain', 'lyaixun.cn', 'www.lyaixun.cn')} 咨询电话:{p.I('phone', '0745-6231478', '0745-6231478')}</p>
<p>补贴政策可咨询县人社局职业能力建设股({p.D('rsj_phone', '0745-6225671')})。</p>
"""


@P("/news/n-2025-1104.html", "news", "县人社局提醒:警惕“包过”“人社部颁发”的证书骗局", note="人社警示,引用骗子号码")
def _(p):
    return f"""
<p>近期,我县有群众反映接到自称“人社部证书中心”的电话,称可办理人工智能训练师等证书,“免考包过”“人社部颁发”。县人社局提醒:</p>
<ol><li>职业技能等级证书由备案的评价机构颁发,人社部门不直接发证,“人社部颁发”的说法不实;</li>
<li>证书可通过技能人才评价证书全国联网查询({p.D('zscx', 'zscx.osta.org.cn')})核验;</li>
<li>群众反映的可疑号码 {p.D('scam_phone', '17100452298')}、微信号 {p.D('scam_wx', 'rsb_zhengshu01')},请勿转账。</li></ol>
<p>如有疑问请拨打{p.D('h12333', '12333')}咨询,遇到虚假宣传可拨打{p.D('h12315', '12315')}投诉。</p>
<p class="src">来源:县人社局 编辑:向敏</p>
"""


@P("/news/n-2025-1112.html", "news", "政策解读:技能提升补贴怎么领?人工智能训练师可以吗?", note="政策解读")
def _(p):
    return f"""
<p>记者从县人社局获悉,参加失业保险累计缴费满1年的职工,取得职业技能等级证书后可申领技能提升补贴,五级、四级、三级分别最高1000元、1500元、2000元。二级、一级没有此项国家补贴。</p>
<p>人工智能训练师属于职业技能等级认定范围,证书编号为22位,例如规程中的示例 {p.D('cert_sample', 'Y000123XXXXXX195000001')},可在 {p.D('zscx', 'zscx.osta.org.cn')} 或 {p.D('jndj', 'jndj.osta.org.cn')} 查询。</p>
<p>本县今年的职业技能提升行动{p.D('project_no', '项目编号:18807450026')},定点认定考点设在{p.D('venue_addr', '县职业教育中心(育才路66号)')},考务电话 {p.D('venue_phone', '0745-6238899')}。</p>
<p>咨询:县人社局职业能力建设股 {p.D('rsj_phone', '0745-6225671')},或拨打{p.D('h12333', '12333')}。</p>
"""


@P("/news/n-2025-1020.html", "news", "我县首期人工智能训练师(五级)认定在县职教中心举行", note="县新闻")
def _(p):
    return f"""
<p>10月18日,我县首期人工智能训练师(五级)职业技能等级认定在{p.D('venue_addr', '育才路66号县职业教育中心')}举行,来自各乡镇的86名考生参加理论和实操考试。</p>
<p>县职教中心相关负责人介绍,下一期认定计划于明年3月进行,考务咨询电话 {p.D('venue_phone', '0745-6238899')}。证书上印有查询网址 {p.D('jndj', 'jndj.osta.org.cn')}。</p>
<p>县人社局提醒,认定不收取“加急费”“入库费”,政策咨询请拨 {p.D('rsj_phone', '0745-6225671')}。</p>
"""

# =============================================================== 村务公开栏

@P("/cun/dahe-notice-07.html", "cun", "【转发】智训工作室人工智能训练师培训下乡通知", True, "U01", "智训工作室",
   "村务栏转贴的培训通知,手机号用汉字数字")
def _(p):
    return f"""
<p>各村民小组:</p>
<p><b>智训工作室</b>拟于12月在村部会议室开设人工智能训练师(五级)培训班,有意向的村民请到村部登记,或直接联系。</p>
<p>联系人:张老师 电话:{p.I('phone', '+8613907451286', '幺三九 零七四五 幺二八六')}</p>
<p>村委会只负责转发通知,收费及培训事宜由培训方负责。</p>
<p class="sign">大河村村民委员会<br>2025年11月20日</p>
"""


@P("/cun/shiqiao-notice-03.html", "cun", "关于组织村民参加人工智能训练师培训的通知", True, "U04", "数智新农人课堂",
   "村务栏通知,写明收款户名与手机号")
def _(p):
    return f"""
<p>全体村民:</p>
<p>为提升村民就业技能,<b>数智新农人课堂</b>在我村开办人工智能训练师培训班,结业后统一报名认定。本次培训纳入县职业技能提升行动{p.D('project_no', '(项目编号 188 0745 0026)')}。</p>
<p>培训资料费每人380元,请转入对公账户,户名:{p.I('other', 'payee:临沅县明远信息咨询服务部', '临沅县明远信息咨询服务部')},不收现金。</p>
<p>联系电话:{p.I('phone', '+8615274561903', '152 7456 1903')}</p>
<p class="sign">石桥村村民委员会<br>2025年11月2日</p>
"""


@P("/cun/lijia-notice-02.html", "cun", "李家村:人工智能训练师(数据标注)实训报名通知", True, "U05", "文昌路AI实训室",
   "村务栏通知,写明实训室地址和微信")
def _(p):
    return f"""
<p>各位村民:</p>
<p><b>文昌路AI实训室</b>面向我村青年招收人工智能训练师(数据标注员)实训学员,上课地点:{p.I('other', 'addr:临沅县文昌路18号三楼307室', '文昌路18号农广校3楼307')}。</p>
<p>报名加微信:{p.I('wechat', 'xintu_307', 'xintu_307')},或到村部登记。</p>
<p class="sign">李家村村民委员会<br>2025年10月28日</p>
"""


@P("/cun/lijia-notice-05.html", "cun", "转:林老师在家接单+考证项目说明会", True, "U07", "沅北技能驿站",
   "村务栏转贴,QQ分段,另一手机号")
def _(p):
    return f"""
<p><b>沅北技能驿站</b>定于本周六上午9点在村文化室召开“在家做数据标注+考人工智能训练师证”说明会,宝妈、返乡青年均可参加。</p>
<p>联系:扣 {p.I('qq', '1046382257', '1046-382-257')},电话 {p.I('phone', '+8618907456633', '189 0745 6633')}</p>
<p>提醒:村委会不代收任何费用。</p>
<p class="sign">李家村村民委员会(转)<br>2025年12月3日</p>
"""


@P("/cun/dahe-notice-09.html", "cun", "县妇联巾帼数字技能班(人工智能训练师五级)招募学员", True, "I03", "巾帼数字技能班",
   "村务栏通知,独立卖家,邮箱")
def _(p):
    return f"""
<p>各位姐妹:</p>
<p><b>巾帼数字技能班</b>招收人工智能训练师五级学员20名,符合条件的可申请补贴,详情可打{p.D('h12333', '12333')}咨询补贴政策。</p>
<p>报名材料发送至 {p.I('email', 'jinguo_szjn@126.com', 'jinguo_szjn@126.com')},或到村部找妇女主任登记。</p>
<p class="sign">大河村妇联<br>2025年11月25日</p>
"""


@P("/cun/dahe-notice-11.html", "cun", "防骗提醒:有人冒充人社部门卖证书", note="村务栏转发的防骗提醒")
def _(p):
    return f"""
<p>各村民小组:</p>
<p>接县里通知,近期有人冒充人社部门打电话,称“交钱就能办人工智能训练师证、人社部颁发、包过”。来电号码 {p.D('scam_phone', '171 0045 2298')},加的微信是 {p.D('scam_wx', 'rsb_zhengshu01')}。请大家不要转账!</p>
<p>有疑问请打{p.D('h12333', '12333')},被骗请打110并拨{p.D('h12315', '12315')}投诉。</p>
<p class="sign">大河村村民委员会<br>2025年11月8日</p>
"""

# =============================================================== 成人学校(同一模板)

@P("/xcschool/news-12.html", "xcschool", "与沅水数字技能学堂联合举办人工智能训练师培训班的通知", True, "U02", "新农人智能学院",
   "成人学校网站上的联合办学通知,邮箱改了大小写")
def _(p):
    return f"""
<p>经研究,我校与<b>新农人智能学院</b>(沅水数字技能学堂合作单位)联合举办人工智能训练师(数据标注员)培训班,学员结业后参加认定,证书编号格式如 {p.D('cert_sample', 'Y000123XXXXXX195000001')}。</p>
<p>报名资料请发至 {p.I('email', 'zhangjs_ai@163.com', 'Zhangjs_AI@163.com')},注明姓名、电话、村组。</p>
<p>我校提供教室和机房。</p>
"""


@P("/xcschool/news-15.html", "xcschool", "我校2026年春季人工智能训练师(五级)培训招生", True, "I05", "临沅县兴村成人文化技术学校",
   "学校自己招生,诚实,教务处座机")
def _(p):
    return f"""
<p><b>临沅县兴村成人文化技术学校</b>2026年春季开设人工智能训练师(五级)培训班一期。</p>
<p>条件:从事相关工作满1年或学徒期满。培训费980元,符合条件的可申请技能提升补贴(政策咨询{p.D('h12333', '12333')})。</p>
<p>本期纳入{p.D('project_no', '县职业技能提升行动项目(编号18807450026)')},证书可在{p.D('zscx', 'zscx.osta.org.cn')}查询。</p>
<p>报名:学校教务处,电话 {p.I('phone', '0745-6251209', '0745—6251209')}</p>
"""


@P("/xcschool/news-3.html", "xcschool", "2025年冬季家政服务员、农村电工培训班开班", note="学校非AI课程通知")
def _(p):
    return """
<p>我校冬季家政服务员培训班、农村电工培训班于12月1日开班,共招收学员65人。</p>
<p>家政班由县妇联推荐学员,电工班结业后参加特种作业操作证考试(由应急管理部门组织)。</p>
<p>欢迎广大村民关注学校后续培训安排。</p>
"""


@P("/hpschool/notice-5.html", "hpschool", "关于与湘楚数智人才开展人工智能训练师培训合作的公告", True, "U03", "湘楚数智人才",
   "成人学校公告,写信用代码与带括号区号的座机")
def _(p):
    return f"""
<p>我校与<b>湘楚数智人才</b>(统一社会信用代码:{p.I('uscc', '91431232MA4TQW8R1A', '91431232MA4TQW8R1A')})合作,在校内开展人工智能训练师五级、四级培训。</p>
<p>培训费用由合作方收取,我校不收取任何费用。补贴政策请咨询{p.D('h12333', '12333')}。</p>
<p>合作方联系电话:{p.I('phone', '0745-6231478', '(0745)6231478')}</p>
"""


@P("/hpschool/notice-9.html", "hpschool", "人工智能训练师证书 快速通道 报名通知", True, "U08", "众鑫教育",
   "成人学校网站上挂的可疑通知,座机与收款人")
def _(p):
    return f"""
<p><b>众鑫教育</b>承办人工智能训练师认定报名,<span class="hl">包过</span>,<span class="hl">不限学历不限经验</span>,二级技师也可直接报。</p>
<p>本期已列入{p.D('project_no', '项目编号 188 0745 0026')}。费用一次交清,收款人 {p.I('other', 'payee:王建军', '王建军')}(个人账户)。</p>
<p>报名电话:{p.I('phone', '0745-6287715', '0745-6287715')}</p>
"""


@P("/dqschool/news-8.html", "dqschool", "农广校三楼实训室开设人工智能训练师实训班", True, "U05", "沅城数据标注实训点",
   "成人学校通知,写实训室地址与手机号")
def _(p):
    return f"""
<p><b>沅城数据标注实训点</b>借用{p.I('other', 'addr:临沅县文昌路18号三楼307室', '城关镇文昌路18号(县农广校)三楼307室')}开设人工智能训练师(数据标注员方向)实训班,每周二四六上课。</p>
<p>学员可申请技能提升补贴,政策请咨询{p.D('h12333', '12333')}。</p>
<p>联系电话:{p.I('phone', '+8617773450307', '177-7345-0307')}</p>
"""


@P("/dqschool/news-11.html", "dqschool", "中智人才认证中心人工智能训练师报名点设在我镇", True, "U09", "中智人才认证中心",
   "成人学校通知,可疑,QQ群与信用代码")
def _(p):
    return f"""
<p><b>中智人才认证中心</b>人工智能训练师报名点设在我镇成人学校,一级至五级均可报名,<span class="hl">人社部颁发</span>,<span class="hl">三证合一</span>,可用于职称评定。</p>
<p>中心统一社会信用代码 {p.I('uscc', '91110108MA01XK3NX8', '91110108MA01XK3NX8')}。</p>
<p>报名咨询请加QQ群 {p.I('qq_group', '598120437', '群598120437')}。政策咨询 {p.D('rsj_phone', '0745-6225671')}。</p>
"""

# =============================================================== 短视频

@P("/video/v-88213.html", "video", "零基础也能拿人工智能训练师证?看完这条你就懂了", True, "U01", "湘西南AI人才中心",
   "短视频页,微信号改了大小写")
def _(p):
    return f"""
<div class="player">[视频 01:12]</div>
<p class="desc">@湘西南AI人才中心:人工智能训练师五级四级,本地上课,详情看主页。V:{p.I('wechat', 'lyzj2024', 'LyZJ2024')} #人工智能训练师 #考证</p>
{comments([('沅水渔夫', '2天前', '多少钱'), ('湘西南AI人才中心', '2天前', '私信发你价目表'), ('小满', '1天前', '零基础能报几级')])}
"""


@P("/video/v-90412.html", "video", "爱讯职业技能评价服务:人工智能训练师认定流程讲解", True, "U03", "爱讯职业技能评价服务",
   "短视频页,座机用长横线")
def _(p):
    return f"""
<div class="player">[视频 03:40]</div>
<p class="desc">@爱讯职业技能评价服务:手把手讲认定流程,报名咨询座机 {p.I('phone', '0745-6231478', '0745—6231478')}</p>
{comments([('qq' + '网友', '5天前', '求资料,我QQ ' + p.D('cm_qq', '408812376')), ('爱讯职业技能评价服务', '5天前', '打座机咨询哈'), ('阿木', '3天前', '讲得清楚')])}
"""


@P("/video/v-90577.html", "video", "在县城做数据标注是什么体验", True, "U05", "新途技能",
   "短视频页,微信号大写")
def _(p):
    return f"""
<div class="player">[视频 00:58]</div>
<p class="desc">@新途技能:我们实训室的日常,想学的家人加 {p.I('wechat', 'xintu_307', 'XINTU_307')} #数据标注 #人工智能训练师</p>
{comments([('桃子', '1周前', '在哪里上课'), ('新途技能', '1周前', '加微信发定位'), ('路过', '6天前', '工资多少')])}
"""


@P("/video/v-91023.html", "video", "宝妈在家做数据标注,月入三千+还能考证", True, "U07", "小林AI课堂",
   "短视频页,微信号大小写混写")
def _(p):
    return f"""
<div class="player">[视频 00:45]</div>
<p class="desc">@小林AI课堂:在家接单+考人工智能训练师证,名额有限 vx: {p.I('wechat', 'xiaolin_ai88', 'XiaoLin_AI88')}</p>
{comments([('李华不是那个李华', '3天前', '已关注,我的' + p.D('cm_wx', '微信 lihua_1988') + ' 求带'), ('小林AI课堂', '3天前', '已加'), ('清风', '2天前', '真的能接单吗')])}
"""


@P("/video/v-91260.html", "video", "人工智能训练师一级到五级都能报,人社部颁发", True, "U09", "国培智能",
   "短视频页,可疑,微信大写与QQ群分段")
def _(p):
    return f"""
<div class="player">[视频 00:37]</div>
<p class="desc">@国培智能:<span class="hl">人工智能训练师一到五级都能报,不限学历,人社部颁发,可落户</span>!客服 {p.I('wechat', 'gpzn_kefu', 'GPZN_KEFU')},学员群 {p.I('qq_group', '598120437', '598 120 437')}</p>
{comments([('qq网友', '4天前', '求带 ' + p.D('cm_qq', 'QQ408812376')), ('老沅陵人', '4天前', '一级要二级证加四年,别信'), ('国培智能', '3天前', '私信')])}
"""


@P("/video/v-91377.html", "video", "人工智能训练师四级备考经验分享(附课程)", True, "I04", "木子AI考证",
   "短视频页,独立卖家,QQ")
def _(p):
    return f"""
<div class="player">[视频 05:02]</div>
<p class="desc">@木子AI考证:四级备考经验,理论+实操。需要课程的加Q {p.I('qq', '3391027746', '3391027746')},课程399元。</p>
{comments([('qq网友', '1天前', p.D('cm_qq', '408812376') + ' 求课程'), ('木子AI考证', '1天前', '加Q')])}
"""

# =============================================================== 公众号转载

@P("/wx/a-20251108.html", "wx", "华创AI | 人工智能训练师冬季班招生简章", True, "U02", "华创AI培训",
   "公众号转载,邮箱(at)写法,QQ群带横线")
def _(p):
    return f"""
<p>人工智能训练师是人社部、市场监管总局、国家统计局2020年发布的新职业,职业编码4-04-05-05。</p>
<p><b>华创AI培训</b>冬季班开始报名:数据标注员方向,线上录播+线下答疑。</p>
<p>报名邮箱:{p.I('email', 'zhangjs_ai@163.com', 'zhangjs_ai(at)163.com')}</p>
<p>学员交流QQ群 {p.I('qq_group', '736182945', '736-182-945')}</p>
"""


@P("/wx/a-20251021.html", "wx", "爱讯科技 | 新职业新机会:人工智能训练师", True, "U03", "临沅爱讯科技",
   "公众号转载,域名用汉字点,信用代码分段")
def _(p):
    return f"""
<p>AI时代,人工智能训练师成为热门新职业。<b>临沅爱讯科技</b>提供五级、四级培训。</p>
<p>公司统一社会信用代码:{p.I('uscc', '91431232MA4TQW8R1A', '9143 1232 MA4T QW8R 1A')}</p>
<p>了解更多请访问 {p.I('domain', 'lyaixun.cn', 'lyaixun点cn')}(复制到浏览器打开)</p>
"""


@P("/wx/a-20251115.html", "wx", "乡村振兴 | 数智新农人:人工智能训练师培训走进乡村", True, "U04", "数智新农人课堂",
   "公众号转载,+86手机号与对公户名")
def _(p):
    return f"""
<p>近日,<b>数智新农人课堂</b>走进石桥村、大河村等地,为村民讲解人工智能训练师职业。</p>
<p>培训报名热线:{p.I('phone', '+8615274561903', '+86 152-7456-1903')}</p>
<p>对公账户户名 {p.I('other', 'payee:临沅县明远信息咨询服务部', '临沅县明远信息咨询服务部')},请勿向个人转账。</p>
"""


@P("/wx/a-20251202.html", "wx", "湘技培在线 | 人工智能训练师报考全攻略", True, "U06", "湘技培在线",
   "公众号转载,大写域名与分段手机号")
def _(p):
    return f"""
<p>很多朋友问人工智能训练师怎么报考,<b>湘技培在线</b>整理了一份攻略:五级需要相关工作满1年或学徒期满……</p>
<p>报名入口:{p.I('domain', 'hnjnpx.com', 'WWW.HNJNPX.COM')}/baoming</p>
<p>咨询电话:{p.I('phone', '+8613574528816', '135 7452 8816')}</p>
"""


@P("/wx/a-20251120.html", "wx", "众鑫教育 | 人工智能训练师高级工火热报名中", True, "U08", "安达培训",
   "公众号转载,手机号连写与无区号座机写法")
def _(p):
    return f"""
<p><b>安达培训</b>(原众鑫教育)人工智能训练师三级火热报名中,<span class="hl">百分百通过率</span>。</p>
<p>手机:{p.I('phone', '+8613307459021', '13307459021')}  办公室:{p.I('phone', '0745-6287715', '0745 6287715')}</p>
"""


@P("/wx/a-20251128.html", "wx", "国家新职业 | 人工智能训练师证书报考通知", True, "U09", "智能新职业服务平台",
   "公众号转载,可疑,信用代码、微信与自设查询站")
def _(p):
    return f"""
<p><b>智能新职业服务平台</b>受理人工智能训练师一至五级报考,<span class="hl">国家认可,官网可查</span>,证书可在{p.D('zscx', 'zscx.osta.org.cn')}及本平台查询系统 {p.I('domain', 'zzrcrz.cn', 'zzrcrz.cn')} 查询。</p>
<p>运营主体统一社会信用代码:{p.I('uscc', '91110108MA01XK3NX8', '91110108MA01XK3NX8')}</p>
<p>客服微信:{p.I('wechat', 'gpzn_kefu', 'gpzn_kefu')}</p>
"""


@P("/wx/a-20251210.html", "wx", "沅北职教 | 人工智能训练师(四级)周末班", True, "I06", "沅北职教服务中心",
   "公众号转载,独立卖家,座机")
def _(p):
    return f"""
<p><b>沅北职教服务中心</b>开设人工智能训练师四级周末班,要求持五级证书满4年或相关工作满6年。</p>
<p>培训费2280元,认定费另计。咨询:{p.I('phone', '0745-6219346', '0745-6219346')}</p>
"""

# =============================================================== templates

CSS = """body{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4;color:#333}
.wrap{width:980px;margin:0 auto;background:#fff}.top{padding:10px;border-bottom:2px solid #c00}
.nav a{margin:0 8px}.main{float:left;width:700px;padding:10px}.side{float:right;width:240px;padding:10px}
.foot{clear:both;padding:10px;border-top:1px solid #ccc;font-size:12px;color:#777}
.post{border-bottom:1px dashed #ddd;padding:8px}.author{font-weight:bold}.hl{color:#c00}
.adtag{background:#eee;display:inline-block;padding:2px 6px;font-size:12px}"""


def side_links(p, n=6):
    sibs = [q for q in PAGES if q.site == p.site and q is not p and not q.path.endswith("index.html")]
    return "<ul>" + "".join("<li>%s</li>" % a(q.path) for q in sibs[:n]) + "</ul>"


def frame(p, body):
    s = p.site
    name, idx = SITES[s]
    if s == "bbs":
        head = f'<div class="top"><b>临沅论坛</b> www.{p.D("bbs_dom", "lyluntan.com")} <div class="nav"><a href="/bbs/index.html">首页</a><a href="/bbs/index.html">临沅杂谈</a><a href="/bbs/index.html">教育培训</a><a href="/bbs/index.html">求职招聘</a><a href="/bbs/index.html">房产家居</a><a href="/index.html">临沅导航</a></div></div>'
        side = f'<h4>热门帖子</h4>{side_links(p)}<h4>版规</h4><p>广告帖请发教育培训版,违者删帖。</p>'
        foot = f'临沅论坛 客服QQ:{p.D("bbs_qq", "1520088866")} 举报邮箱:{p.D("bbs_mail", "admin@lyluntan.com")} · 湘ICP备17004412号-1 · Powered by Discuz! X3.4'
    elif s == "fenlei":
        head = '<div class="top"><b>临沅同城分类信息网</b> <div class="nav"><a href="/fenlei/index.html">首页</a><a href="/fenlei/index.html">教育培训</a><a href="/fenlei/index.html">求职招聘</a><a href="/fenlei/index.html">二手物品</a><a href="/fenlei/index.html">商务服务</a><a href="/index.html">临沅导航</a></div></div>'
        side = f'<h4>相关信息</h4>{side_links(p)}<h4>安全提示</h4><p>凡要求先付定金的均需谨慎,建议使用平台担保交易。</p>'
        foot = (f'客服热线:{p.D("fl_400", "400-0745-888")} · 担保交易收款方:{p.D("fl_payee", "临沅同城网络科技有限公司")} · '
                f'统一社会信用代码 {p.D("fl_uscc", "91431232MA4L7C2D3B")} · 增值电信业务经营许可证:{p.D("fl_icp", "湘B2-20190137")}')
    elif s == "news":
        head = '<div class="top"><b>临沅新闻网</b> 临沅县融媒体中心主办 <div class="nav"><a href="/news/index.html">首页</a><a href="/news/index.html">时政</a><a href="/news/index.html">民生</a><a href="/news/index.html">乡镇</a><a href="/news/index.html">便民</a><a href="/index.html">临沅导航</a></div></div>'
        side = f'<h4>最新</h4>{side_links(p)}<h4>便民</h4><p>县政务服务便民热线:{p.D("h12345", "12345")}</p>'
        foot = '临沅县融媒体中心 版权所有 · 湘ICP备19008871号 · 互联网新闻信息服务许可证 43120190011'
    elif s == "cun":
        head = '<div class="top"><b>城关镇村务公开栏</b> <div class="nav"><a href="/cun/index.html">首页</a><a href="/cun/index.html">大河村</a><a href="/cun/index.html">石桥村</a><a href="/cun/index.html">李家村</a><a href="/index.html">临沅导航</a></div></div>'
        side = f'<h4>其他公告</h4>{side_links(p)}'
        foot = f'城关镇人民政府主办 · 村务监督电话:{p.D("town_gov", "0745-6235511")} · 便民热线 {p.D("h12345", "12345")}'
    elif s in ("xcschool", "hpschool", "dqschool"):
        head = f'<div class="top"><b>{name}</b> <div class="nav"><a href="{idx}">学校首页</a><a href="{idx}">学校概况</a><a href="{idx}">通知公告</a><a href="{idx}">培训动态</a><a href="{idx}">联系我们</a><a href="/index.html">临沅导航</a></div></div>'
        side = (f'<h4>通知公告</h4>{side_links(p)}<h4>联系我们</h4><p>地址:请在后台填写学校地址<br>'
                f'邮箱:{p.D("sch_placeholder", "admin@yourschool.com")}</p>')
        foot = (f'{name} 版权所有 · 技术支持:临沅县教育信息中心 {p.D("sch_tech", "0745-6220110")} · '
                f'Powered by 建站宝 v3.2 (www.{p.D("sch_builder", "jianzhanbao.com")})')
    elif s == "video":
        head = '<div class="top"><b>快抖</b> 网页版 <div class="nav"><a href="/video/index.html">推荐</a><a href="/video/index.html">同城</a><a href="/video/index.html">关注</a><a href="/index.html">临沅导航</a></div></div>'
        side = f'<h4>相关推荐</h4>{side_links(p)}'
        foot = f'快抖 · 用户服务协议 · 隐私政策 · 客服邮箱 {p.D("vid_mail", "kefu@kuaidou.com")} · 网络文化经营许可证'
    else:  # wx
        head = '<div class="top"><b>微转载</b> 公众号好文聚合 <div class="nav"><a href="/wx/index.html">首页</a><a href="/wx/index.html">本地</a><a href="/wx/index.html">教育</a><a href="/index.html">临沅导航</a></div></div>'
        if not p.path.endswith("index.html"):
            body = body + f'<p class="orig">原文链接:https://{p.D("wx_dom", "mp.weixin.qq.com")}/s/{abs(hash_str(p.path)) % 10**8:08d}</p><p>阅读 1.2万 · 在看 36</p>'
        side = f'<h4>猜你喜欢</h4>{side_links(p)}'
        foot = f'微转载仅提供信息存储空间,如有侵权请联系 {p.D("wx_mail", "tousu@wxzaiyun.cn")} 删除'
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{p.title} - {name}</title>
<style>{CSS}</style></head><body><div class="wrap">
{head}
<div class="crumb"><a href="/index.html">临沅导航</a> &gt; <a href="{idx}">{name}</a> &gt; {p.title}</div>
<div class="main"><h1>{p.title}</h1>
{body}
</div>
<div class="side">{side}</div>
<div class="foot">{foot}</div>
</div></body></html>
"""


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


SITE_INDEX_NOTE = {
    "bbs": "县论坛首页,帖子列表", "fenlei": "分类信息网首页,信息列表", "news": "县新闻网首页",
    "cun": "村务公开栏首页", "xcschool": "成人学校网站首页(模板站)", "hpschool": "成人学校网站首页(模板站)",
    "dqschool": "成人学校网站首页(模板站)", "video": "短视频网页版列表", "wx": "公众号文章转载站首页",
}
SITE_INTRO = {
    "bbs": "临沅人自己的网上家园。", "fenlei": "免费发布本地信息。", "news": "临沅县融媒体中心主办。",
    "cun": "城关镇各村村务、党务、财务公开。", "xcschool": "学校始建于1986年,承担全乡农民实用技术培训。",
    "hpschool": "学校承担和平乡农村劳动力转移培训。", "dqschool": "学校与县农广校合作开展新型职业农民培训。",
    "video": "同城热门视频。", "wx": "精选本地公众号文章。",
}

# site index pages (created after content pages, listed in truth too)
for key, (name, idx) in SITES.items():
    Page(idx, key, name + " 首页", note=SITE_INDEX_NOTE[key])
ROOT = Page("/index.html", "root", "临沅导航", note="总导航页")


def index_body(p):
    items = [q for q in PAGES if q.site == p.site and q is not p]
    lis = "".join("<li>%s <small>%s</small></li>" % (a(q.path), "2025") for q in items)
    extra = ""
    if p.site in ("xcschool", "hpschool", "dqschool"):
        extra = "<p>联系电话:0745-XXXXXXX(请在后台修改)</p>"
    return "<p>%s</p><ul>%s</ul>%s" % (SITE_INTRO[p.site], lis, extra)


def root_html(p):
    lis = "".join('<li><a href="%s">%s</a></li>' % (idx, name) for name, idx in SITES.values())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>临沅导航 - 临沅县本地网站大全</title></head>
<body><h1>临沅导航</h1><p>临沅县本地常用网站</p><ul>{lis}</ul>
<p>政务服务热线 {p.D('h12345', '12345')} · 人社服务热线 {p.D('h12333', '12333')}</p>
<p>本导航仅收录网址,不对各站内容负责。</p></body></html>
"""


def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    for p in PAGES:
        if p is ROOT:
            html = root_html(p)
        elif p.body is None:
            html = frame(p, index_body(p))
        else:
            html = frame(p, p.body(p))
        fp = os.path.join(SITE, p.path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")

    ops = {}
    for p in PAGES:
        if p.op and p.op.startswith("U"):
            ops.setdefault(p.op, []).append(p)
    ties = {
        "U01": "手机139-0745-1286(连字符/全角/汉字数字三种写法)连起论坛、分类、村务栏;微信lyzj2024(大小写不同)连起分类与短视频",
        "U02": "QQ 2837461950(分段/汉字数字)连论坛与分类;QQ群736182945连论坛与公众号;邮箱zhangjs_ai@163.com((at)写法/大小写)连公众号与成人学校",
        "U03": "座机0745-6231478(括号区号/长横线)连新闻软文、成人学校、短视频;域名lyaixun.cn(汉字点)与信用代码(分段)连公众号",
        "U04": "同一收款户名临沅县明远信息咨询服务部(词序不同)连村务栏、分类、公众号;两部手机分别连村务栏-公众号、分类-论坛",
        "U05": "同一学校地址文昌路18号农广校三楼307室连成人学校与村务栏;微信xintu_307(大写)连村务栏与短视频",
        "U06": "邮箱service@hnjnpx.com(汉字拼写/大小写)连论坛与分类;域名hnjnpx.com(大写)在公众号,与邮箱同域",
        "U07": "微信xiaolin_ai88(大小写)连短视频与论坛;QQ 1046382257(分段)连论坛与村务栏",
        "U08": "个人收款人王建军连分类与成人学校;手机+86 133 0745 9021连分类与公众号;座机0745-6287715连成人学校与公众号",
        "U09": "信用代码91110108MA01XK3NX8连公众号与成人学校;微信gpzn_kefu(大写)连公众号与短视频;QQ群598120437连短视频与成人学校",
    }
    truth = {
        "description": "12bw: 临沅县县乡网站群(村务栏、分类信息、县论坛、县新闻、同模板成人学校站、短视频、公众号转载)上的人工智能训练师证书卖家,9个经营者靠共用联系方式(含共用收款户名与学校地址)相连",
        "pages": [{"path": p.path, "is_offer": p.offer, "operator": p.op,
                   "provider": p.provider, "identifiers": p.ids, "note": p.note} for p in PAGES],
        "operators": [[k, {"brands": sorted({q.provider for q in v}), "ties": ties[k]}]
                      for k, v in sorted(ops.items())],
        "decoys": [{"kind": DECOY_DEF[k][0], "value": DECOY_DEF[k][1], "note": DECOY_DEF[k][2],
                    "written": DECOY_USE[k]["written"], "paths": DECOY_USE[k]["paths"]}
                   for k in DECOY_DEF],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
