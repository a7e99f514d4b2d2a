#!/usr/bin/env python3
"""12bp: a labeled web of AI-trainer certificate sellers around school, training-company
and franchise sites. Standard library only, deterministic."""
import html, json, os, re, shutil

OUT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(OUT, "site")

# ---------------------------------------------------------------- USCC helpers
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(prefix8, org8):
    s = sum(_val(c) * w for c, w in zip(org8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    body = prefix8 + org8 + oc
    r = 31 - sum(ALPHA.index(ch) * w for ch, w in zip(body, W_USCC)) % 31
    return body + ALPHA[0 if r == 31 else r]


def spaced(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "零一二三四五六七八九")

U01_USCC = uscc("91330106", "MA2H7K3C")
U03_USCC = uscc("91330212", "MA2GQ1R4")
U08_USCC = uscc("92330702", "MA2E5T8L")
I01_USCC = uscc("12330000", "47001236")
HQ_USCC = uscc("91330110", "MA2J0W6N")
I05_USCC = uscc("91330108", "MA2KB7D5")

# ---------------------------------------------------------------- frames
CSS = ("body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#222}"
       ".top{background:#1f4e8c;color:#fff;padding:8px 16px}.top a{color:#fff;margin-right:14px}"
       ".wrap{display:flex;max-width:1100px;margin:0 auto}.main{flex:3;padding:16px}"
       ".side{flex:1;padding:16px;background:#f5f7fa;font-size:13px}"
       ".foot{background:#333;color:#bbb;font-size:12px;padding:12px 16px}"
       ".cmt{border-top:1px dashed #ccc;padding:6px 0;font-size:13px}")


def page(title, top, main, side, foot, crumbs=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title><style>{CSS}</style></head><body>\n"
            f"<div class=\"top\">{top}</div>\n"
            f"<div class=\"crumbs\">{crumbs}</div>\n"
            f"<div class=\"wrap\"><div class=\"main\">\n{main}\n</div>\n"
            f"<div class=\"side\">\n{side}\n</div></div>\n"
            f"<div class=\"foot\">{foot}</div>\n</body></html>\n")


def links(items):
    return "<ul>" + "".join(f"<li><a href=\"{h}\">{t}</a></li>" for h, t in items) + "</ul>"


def comments(items):
    return ("<h3>网友评论</h3>" + "".join(
        f"<div class=\"cmt\"><b>{u}</b> <span>{d}</span><p>{t}</p></div>" for u, d, t in items))


PAGES = {}   # path -> html
TRUTH = {}   # path -> dict


def add(path, html_text, is_offer, operator=None, provider=None, ids=(), note=""):
    assert path not in PAGES, path
    PAGES[path] = html_text
    TRUTH[path] = {"path": path, "is_offer": is_offer, "operator": operator,
                   "provider": provider, "identifiers": [list(x) for x in ids], "note": note}


# --- 学培网 (training directory / marketplace)
XP_TOP = ("<b>学培网</b> 找靠谱培训机构 | <a href=\"/xuepei/index.html\">首页</a>"
          "<a href=\"/xuepei/list-ai.html\">人工智能训练师</a><a href=\"#\">IT培训</a>"
          "<a href=\"#\">学历提升</a><a href=\"#\">机构入驻</a><a href=\"/index.html\">网站导航</a>")
XP_FOOT = ("学培网 www.xuepeiwang.cn 平台客服热线：400-826-3391（工作日9:00-18:00） 客服邮箱：kefu@xuepeiwang.cn"
           "<br>本平台仅提供信息展示，机构资质及课程内容请学员自行核实。 浙ICP备2021036612号-1")
XP_ORGS = []  # (path, name)


def xp_side():
    return ("<h4>同类机构推荐</h4>" + links(XP_ORGS[:6]) +
            "<h4>报考须知</h4><p>职业技能等级证书可在技能人才评价工作网查询，谨防“包过”宣传。</p>")


def xp_org(path, name, main, **kw):
    XP_ORGS.append((path, name))
    kw.setdefault("provider", name)
    crumbs = f"<a href=\"/xuepei/index.html\">学培网</a> &gt; <a href=\"/xuepei/list-ai.html\">人工智能训练师</a> &gt; {name}"
    add(path, lambda: page(f"{name} - 学培网", XP_TOP, main, xp_side(), XP_FOOT, crumbs), True, **kw)


# --- 职聘网 (job board)
ZP_TOP = ("<b>职聘网</b> | <a href=\"/zhaopin/index.html\">首页</a><a href=\"#\">找工作</a>"
          "<a href=\"#\">校园招聘</a><a href=\"#\">企业入口</a><a href=\"/index.html\">导航</a>")
ZP_FOOT = ("职聘网 求职者服务热线：400-690-5527 求职交流QQ群：526331870"
           "<br>职聘网提醒：招聘方以任何名义收取培训费、考证费、押金，请立即举报。")
ZP_JOBS = []


def zp_side():
    return "<h4>相似职位</h4>" + links(ZP_JOBS[:7]) + "<h4>防骗指南</h4><p>先交钱后上岗的“培训贷”要当心。</p>"


def zp_job(path, title, company, main, offer, **kw):
    ZP_JOBS.append((path, title))
    crumbs = f"<a href=\"/zhaopin/index.html\">职聘网</a> &gt; 杭州 &gt; {title}"
    m = f"<h1>{title}</h1><p class=\"co\">招聘单位：{company}</p>" + main
    add(path, lambda: page(f"{title}_{company}_职聘网", ZP_TOP, m, zp_side(), ZP_FOOT, crumbs), offer, **kw)


# --- 钱塘资讯网 (news portal)
NW_TOP = ("<b>钱塘资讯网</b> | <a href=\"/news/index.html\">首页</a><a href=\"#\">本地</a><a href=\"#\">教育</a>"
          "<a href=\"#\">民生</a><a href=\"#\">问政</a><a href=\"/index.html\">导航</a>")
NW_FOOT = ("钱塘资讯网 新闻热线：0571-85162200 报料邮箱：baoliao@qiantangnews.cn"
           "<br>标注“推广”的内容为商业信息，不代表本网观点。")
NW_ARTS = []


def nw_side():
    return "<h4>热门阅读</h4>" + links(NW_ARTS[:8]) + "<h4>便民电话</h4><p>政务服务热线 12345</p>"


def nw_art(path, title, main, offer, promo=False, **kw):
    NW_ARTS.append((path, title))
    tag = "<span class=\"tag\">推广</span> " if promo else ""
    m = f"<h1>{tag}{title}</h1><p class=\"meta\">钱塘资讯网 教育频道 2026年</p>" + main
    crumbs = "<a href=\"/news/index.html\">钱塘资讯网</a> &gt; 教育"
    add(path, lambda: page(f"{title}-钱塘资讯网", NW_TOP, m, nw_side(), NW_FOOT, crumbs), offer, **kw)


# --- 智训未来 franchise
JM_TOP = ("<b>智训未来</b> AI职业教育连锁 | <a href=\"/jiameng/index.html\">品牌首页</a>"
          "<a href=\"/jiameng/branches.html\">全国合作点</a><a href=\"#\">课程体系</a><a href=\"#\">加盟政策</a>"
          "<a href=\"/index.html\">导航</a>")
JM_FOOT = (f"智训未来（杭州）教育科技有限公司 统一社会信用代码：{HQ_USCC} 全国加盟热线：400-867-2026"
           "<br>各合作点为独立经营主体，自主招生、自行收费，品牌方不代收学费。")
JM_BR = []


def jm_side():
    return "<h4>其他合作点</h4>" + links(JM_BR) + "<h4>品牌动态</h4><p>智训未来第三期师资研修营结业。</p>"


def jm_branch(path, name, main, **kw):
    JM_BR.append((path, name))
    crumbs = f"<a href=\"/jiameng/index.html\">智训未来</a> &gt; <a href=\"/jiameng/branches.html\">合作点</a> &gt; {name}"
    add(path, lambda: page(f"{name}-智训未来", JM_TOP, f"<h1>{name}</h1>" + main, jm_side(), JM_FOOT, crumbs),
        True, provider=name, **kw)


# --- stand-alone school / company sites
SITES = []  # (index path, name)
BUILDER = "技术支持：云站宝建站 www.yunzhanbao.com 建站热线 400-1018-858"
PLACE_TEL = "138-0000-0000"
PLACE_MAIL = "admin@example.com"


def own_site(base, name, pages_nav):
    SITES.append((base + "index.html", name))

    def frame(title, main, side, foot, offer=True, **kw):
        top = f"<b>{name}</b> | " + "".join(
            f"<a href=\"{base}{p}\">{t}</a>" for p, t in pages_nav) + "<a href=\"#\">在线报名</a>"
        return lambda: page(title, top, main, side, foot, "")
    return frame


# ================================================================ content
AI = "人工智能训练师"
LEV = "五级（初级工）、四级（中级工）、三级（高级工）"

# ---------------- U01 -----------------------------------------------------
zy = own_site("/site/zhiyuan/", "杭州之源职业技能培训学校",
              [("index.html", "学校首页"), ("teachers.html", "师资团队")])
u01_w = "zhiyuan_ai2026"
add("/site/zhiyuan/index.html", zy(
    "杭州之源职业技能培训学校-人工智能训练师培训",
    f"<h1>杭州之源职业技能培训学校</h1><p>学校经杭州市上城区人力社保局批准设立（办学许可证号 133010270000318），"
    f"常年开设{AI}、电子商务师、保育师等职业技能培训。</p>"
    f"<h2>2026年{AI}（数据标注员）春季班招生</h2><p>报考等级：{LEV}。五级需相关工作满1年；"
    "四级、三级按国家职业技能标准逐级申报，不接受跨级。课程60学时，周末面授+线上实训平台。</p>"
    "<table border=1><tr><th>等级</th><th>培训费</th><th>认定费（代收）</th></tr>"
    "<tr><td>五级</td><td>1680元</td><td>按评价机构公示</td></tr><tr><td>四级</td><td>2280元</td><td>按评价机构公示</td></tr>"
    "<tr><td>三级</td><td>2980元</td><td>按评价机构公示</td></tr></table>"
    "<p>符合条件的参保职工取证后可申领失业保险技能提升补贴，政策咨询 12333。</p>"
    "<h3>联系我们</h3><p>招生办：0571-8896 2231　微信：zhiyuan_ai2026<br>"
    f"地址：杭州市上城区秋涛北路 ** 号 3 楼<br>统一社会信用代码：{U01_USCC}</p>",
    "<h4>学校公告</h4><ul><li>清明节放假安排</li><li>3月班实操考核安排</li></ul><h4>友情链接</h4>"
    "<ul><li>浙江省人力资源和社会保障厅</li><li>技能人才评价工作网</li></ul>",
    f"杭州之源职业技能培训学校 版权所有 {BUILDER}"),
    True, "U01", "杭州之源职业技能培训学校",
    [("phone", "0571-88962231", "0571-8896 2231"), ("wechat", u01_w, "zhiyuan_ai2026"),
     ("uscc", U01_USCC, U01_USCC)], "training-school home page with enrolment table")
add("/site/zhiyuan/teachers.html", zy(
    "师资团队-之源AI学堂",
    "<h1>之源AI学堂 · 师资团队</h1>"
    "<div><h3>周老师 · 数据标注方向主讲</h3><p>原某电商平台数据运营主管，参与过千万级图像标注项目，"
    f"持{AI}二级证书。主讲五级、四级实操模块。</p></div>"
    "<div><h3>陈老师 · 算法测试方向</h3><p>计算机硕士，擅长模型评测与提示词工程，负责三级业务分析与智能训练章节。</p></div>"
    "<p>想试听周老师的课？加班主任微信 ZhiYuan_AI2026 或致电 139 5712 8846，备注“试听”。</p>",
    "<h4>热门课程</h4><ul><li>人工智能训练师五级</li><li>人工智能训练师四级</li><li>Python数据处理</li></ul>",
    f"之源AI学堂 {BUILDER}"),
    True, "U01", "之源AI学堂",
    [("wechat", u01_w, "ZhiYuan_AI2026"), ("phone", "+8613957128846", "139 5712 8846")],
    "teacher-profile page inviting trial lessons")
xp_org("/xuepei/org-3307.html", "浙数智训",
       "<h1>浙数智训（杭州）</h1><p>机构类型：职业技能培训 | 主营：人工智能训练师、数据标注员</p>"
       "<h2>课程：人工智能训练师四级冲刺班</h2><p>12周，每周两晚直播+周日实操。学费 2280 元，可开发票。"
       "考前安排到考点熟悉机位，考点：浙江省信息技术技能鉴定站 0571-8702 3316（考务问题请直接咨询考点）。</p>"
       "<p>报名咨询：139-5712-8846（微信同号）</p><p>补贴问题可拨打 12333 咨询当地人社部门。</p>"
       + comments([("学员小叶", "2026-03-02", "上期学员，老师挺负责的，实操题练了很多。"),
                   ("tom", "2026-03-09", "四级要几年工作经验？")]),
       operator="U01",
       ids=[("phone", "+8613957128846", "139-5712-8846"), ("wechat", "13957128846", "139-5712-8846（微信同号）")],
       note="directory listing of a level-4 course")
nw_art("/news/2026/0418-ad.html", "数字经济催生新职业 钱塘人工智能训练师考证中心开设周末班",
       "<p>近年来，数据标注、模型评测等岗位需求旺盛。记者了解到，钱塘人工智能训练师考证中心今年起开设周末班，"
       "覆盖五级至三级，采用“理论+实操”模式，学员结业后统一到考点参加认定，考点联系电话 0571-8702 3316。</p>"
       "<p>该中心负责人介绍，中心运营主体统一社会信用代码为 " + spaced(U01_USCC, 6) + "，"
       "课程咨询邮箱 zy_peixun at 163 dot com。</p>"
       + comments([("Lily", "2026-04-19", "求三级教材，我的V：lily_2046 有的发我一下"),
                   ("江干老王", "2026-04-19", "这种证有用吗")]),
       True, promo=True, operator="U01", provider="钱塘人工智能训练师考证中心",
       ids=[("uscc", U01_USCC, spaced(U01_USCC, 6)), ("email", "zy_peixun@163.com", "zy_peixun at 163 dot com")],
       note="sponsored news article (推广) for a weekend class")

# ---------------- U02 -----------------------------------------------------
jm_branch("/jiameng/branch-yuhang.html", "智训未来·余杭合作点",
          f"<p>余杭合作点位于未来科技城，专注{AI}考证。<b>零基础、不限学历，一次报三级送四级五级</b>，"
          "人社部颁发，全国通用，入库可查！</p><p>本期特惠：三证联报 6800 元，不过全额退。</p>"
          "<p>报名热线：+86 186 6802 4417　QQ：2839041755</p>",
          operator="U02",
          ids=[("phone", "+8618668024417", "+86 186 6802 4417"), ("qq", "2839041755", "2839041755")],
          note="franchise branch page selling three levels at once, 包过-style refund")
zp_job("/zhaopin/job-20611.html", "AI训练师（可零基础，包培训包考证）", "国培AI认证中心",
       "<p>薪资：8000-15000元/月</p><p>岗位要求：不限学历、不限经验。入职前需参加公司组织的"
       f"{AI}培训并取得三级证书（培训考证费 4980 元，可分期），证书人社部颁发，免考实操。</p>"
       "<p>联系人：王老师 186６８０２４４１７ 也可加入 AI考证交流群 736 208 451</p>"
       + comments([("求职者阿飞", "2026-04-02", "先交钱？我QQ 992715034，有人报过吗"),
                   ("匿名", "2026-04-03", "培训贷吧")]),
       True, operator="U02", provider="国培AI认证中心",
       ids=[("phone", "+8618668024417", "186６８０２４４１７"), ("qq_group", "736208451", "736 208 451")],
       note="job ad that is really a paid-certificate offer")
xp_org("/xuepei/org-5120.html", "中科智培（北京）",
       f"<h1>中科智培（北京）人工智能培训中心</h1><p>{AI}全等级报名，<b>包过</b>，免实操，45天下证，官网可查：zscx.osta.org.cn。</p>"
       "<p>证书样本（编号 S000033001226253000108）见下图。</p>"
       "<p>官网：zkzp-ai.com 客服扣扣：二八三九零四一七五五</p>",
       operator="U02",
       ids=[("domain", "zkzp-ai.com", "zkzp-ai.com"), ("qq", "2839041755", "二八三九零四一七五五")],
       note="directory listing with 包过/免实操 claims")
zk = own_site("/site/zkzp/", "人工智能训练师全国报名处", [("index.html", "首页")])
add("/site/zkzp/index.html", zk(
    "人工智能训练师全国报名处-官方报名入口",
    f"<h1>{AI}全国报名处</h1><p>国家新职业，人社部颁发，一证终身有效，落户加分、评职称、领补贴！</p>"
    "<ul><li>初级 1980 元</li><li>中级 2980 元</li><li>高级 3980 元</li><li>技师/高级技师 电话咨询</li></ul>"
    "<p>证书查询：zscx.osta.org.cn（样本编号 S000033001226253000108）</p>"
    "<p>官网 www.ZKZP-AI.com　考证交流群：736208451　电话：138-0000-0000</p>",
    "<h4>报名流程</h4><ol><li>提交资料</li><li>缴费</li><li>等待下证</li></ol>",
    "Copyright 人工智能训练师全国报名处"),
    True, "U02", "人工智能训练师全国报名处",
    [("domain", "zkzp-ai.com", "www.ZKZP-AI.com"), ("qq_group", "736208451", "736208451")],
    "landing page posing as a national registration office")

# ---------------- U03 -----------------------------------------------------
jm_branch("/jiameng/branch-yinzhou.html", "智训未来·鄞州合作点",
          f"<p>鄞州合作点开设{AI}五级、四级周末班，学费 1580/2180 元，包含教材及实训平台账号，认定费按评价机构标准另行缴纳。</p>"
          "<p>咨询电话：0574-8731 5520　邮箱：yc_jiaowu@yongcai-edu.cn</p>",
          operator="U03",
          ids=[("phone", "0574-87315520", "0574-8731 5520"), ("email", "yc_jiaowu@yongcai-edu.cn", "yc_jiaowu@yongcai-edu.cn")],
          note="franchise branch page with honest prices")
yc = own_site("/site/yongcai/", "宁波甬才教育", [("index.html", "首页"), ("jianzhang.html", "招生简章")])
add("/site/yongcai/index.html", yc(
    "宁波甬才教育-职业技能培训",
    "<h1>宁波甬才教育</h1><p>甬才教育成立于2016年，开设育婴员、保育师、"
    f"{AI}等培训项目，累计培训学员一万余人次。</p><h3>联系我们</h3>"
    "<p>电话：（0574）87315520　微信公众号/客服：yongcai_edu<br>"
    f"统一社会信用代码：{U03_USCC}</p>",
    "<h4>最新动态</h4><ul><li>2026年春季招生简章发布</li></ul>",
    "宁波甬才教育 版权所有"),
    True, "U03", "宁波甬才教育",
    [("phone", "0574-87315520", "（0574）87315520"), ("wechat", "yongcai_edu", "yongcai_edu"),
     ("uscc", U03_USCC, U03_USCC)], "training-company home page")
add("/site/yongcai/jianzhang.html", yc(
    "2026年人工智能训练师招生简章-甬才职业技能",
    f"<h1>甬才职业技能 2026年{AI}招生简章</h1><p>一、报考条件：五级需从事相关工作满1年；四级需取得五级证书后工作满4年等，"
    "具体以国家职业技能标准为准。</p><p>二、费用：五级 1580 元，四级 2180 元。</p>"
    "<p>三、本期统一认定批次：第2026053301批，考点由评价机构安排。补贴咨询：就业服务中心 0571-8702 8866 或 12333。</p>"
    "<p>四、缴费方式：对公转账，收款单位：宁波甬才教育咨询有限公司</p>"
    "<p>五、报名：添加微信 YongCai_Edu 或在线填写报名表（报名表由表单通 biaodantong.com 提供）。</p>",
    "<h4>相关</h4><ul><li>补贴政策解读</li><li>往期学员风采</li></ul>",
    "甬才职业技能"),
    True, "U03", "甬才职业技能",
    [("wechat", "yongcai_edu", "YongCai_Edu"), ("other", "宁波甬才教育咨询有限公司", "宁波甬才教育咨询有限公司")],
    "enrolment brochure (招生简章)")
zp_job("/zhaopin/job-20702.html", "数据标注员学徒（培训合格后推荐就业）", "明州数据标注培训基地",
       f"<p>薪资：4500-6500元/月（结业后）</p><p>先参加为期6周的{AI}五级培训（学费 1580 元，"
       "收款户名：宁波甬才教育咨询有限公司），结业考核合格后推荐至合作企业上岗，不承诺必过。</p>"
       "<p>报名电话：135 6638 0472</p>",
       True, operator="U03", provider="明州数据标注培训基地",
       ids=[("other", "宁波甬才教育咨询有限公司", "宁波甬才教育咨询有限公司"), ("phone", "+8613566380472", "135 6638 0472")],
       note="job-board post that is a paid training offer")

# ---------------- U04 -----------------------------------------------------
xp_org("/xuepei/org-6618.html", "上海沪训科技",
       f"<h1>上海沪训科技</h1><p>{AI}四级、三级周末面授，徐汇校区。学费 2680/3280 元。</p>"
       "<p>联系：021-6432 8815　邮箱 huxun_ai@126.com</p>",
       operator="U04",
       ids=[("phone", "021-64328815", "021-6432 8815"), ("email", "huxun_ai@126.com", "huxun_ai@126.com")],
       note="directory listing with prices")
hx = own_site("/site/huxun/", "沪训AI", [("index.html", "首页"), ("contact.html", "联系我们")])
add("/site/huxun/index.html", hx(
    "沪训AI-人工智能训练师培训",
    f"<h1>沪训AI</h1><p>专注{AI}培训，四级、三级认定辅导，线上直播+线下实操。</p>"
    "<p>官网 huxun-ai.cn　咨询 021 64328815</p>",
    "<h4>课程</h4><ul><li>四级班</li><li>三级班</li></ul>",
    f"沪训AI {BUILDER}"),
    True, "U04", "沪训AI",
    [("domain", "huxun-ai.cn", "huxun-ai.cn"), ("phone", "021-64328815", "021 64328815")],
    "training-company home page")
add("/site/huxun/contact.html", hx(
    "联系我们-上海沪训科技",
    "<h1>联系我们</h1><p>上海沪训科技有限公司</p><p>地址：上海市徐汇区漕溪北路 *** 号</p>"
    "<p>邮箱：HUXUN_AI＠126.com　QQ：30517 86624</p><p>电话：400-000-0000（如页面显示此号码，请以上方邮箱为准）</p>",
    "<h4>交通</h4><p>地铁1号线徐家汇站</p>",
    f"上海沪训科技 {BUILDER}"),
    True, "U04", "上海沪训科技",
    [("email", "huxun_ai@126.com", "HUXUN_AI＠126.com"), ("qq", "3051786624", "30517 86624")],
    "contact page (联系我们)")
nw_art("/news/2026/0427-ad.html", "长三角技能认定服务中心：AI训练师三级通过率稳步提升",
       "<p>长三角技能认定服务中心近日发布春季开班计划。中心表示，学员须符合申报条件，认定在考点进行，"
       "考点咨询 0571-8702 3316。</p><p>了解更多请访问 huxun-ai点cn 或加QQ 3051786624。</p>",
       True, promo=True, operator="U04", provider="长三角技能认定服务中心",
       ids=[("domain", "huxun-ai.cn", "huxun-ai点cn"), ("qq", "3051786624", "3051786624")],
       note="sponsored news article")

# ---------------- U05 -----------------------------------------------------
xp_org("/xuepei/org-7042.html", "中培国鉴",
       f"<h1>中培国鉴职业技能服务</h1><p>{AI}<b>免考直接下证</b>，官网可查 zscx.osta.org.cn，可用于上海落户积分！"
       "证书样本编号 S000033001226253000108。</p>"
       "<p>客服微信：zpgj_kefu01　电话：一五八 六七二一 三三零九</p>",
       operator="U05",
       ids=[("wechat", "zpgj_kefu01", "zpgj_kefu01"), ("phone", "+8615867213309", "一五八 六七二一 三三零九")],
       note="directory listing selling certificates without exams")
zp_job("/zhaopin/job-20745.html", "落户积分顾问（可帮办AI训练师证书）", "沪杭落户积分服务",
       f"<p>本岗位同时面向个人客户：{AI}三级证书帮办，60积分直接到手，不用上课不用考试。</p>"
       "<p>电话：158-6721-3309</p>",
       True, operator="U05", provider="沪杭落户积分服务",
       ids=[("phone", "+8615867213309", "158-6721-3309")],
       note="job post that sells certificates for 落户 points")
ztc = own_site("/site/zhitongche/", "AI技能直通车", [("index.html", "首页")])
add("/site/zhitongche/index.html", ztc(
    "AI技能直通车-证书直通",
    f"<h1>AI技能直通车</h1><p>{AI}证书 7 天出结果，人社部颁发，支持落户加分、补贴申领。</p>"
    "<p>在线提交资料（表单通 biaodantong.com 技术支持），或加微信 ZPGJ_KEFU01。</p>"
    "<p>联系邮箱：admin@example.com</p>",
    "<h4>客户评价</h4><p>“一周就拿到了” —— 上海 李女士</p>",
    "AI技能直通车"),
    True, "U05", "AI技能直通车",
    [("wechat", "zpgj_kefu01", "ZPGJ_KEFU01")], "single-page landing site")

# ---------------- U06 -----------------------------------------------------
jm_branch("/jiameng/branch-xiaoshan.html", "智训未来·萧山合作点",
          f"<p>萧山合作点（萧然教育承办）开设{AI}五级晚班，学费 1480 元。</p>"
          "<p>电话：0571-8266 4190　QQ：1834 2265 90</p>",
          operator="U06",
          ids=[("phone", "0571-82664190", "0571-8266 4190"), ("qq", "1834226590", "1834 2265 90")],
          note="franchise branch page")
xr = own_site("/site/xiaoran/", "萧然教育", [("index.html", "首页"), ("teachers.html", "名师风采")])
add("/site/xiaoran/index.html", xr(
    "萧然教育-萧山职业技能培训",
    f"<h1>萧然教育</h1><p>萧山本地十年培训品牌，{AI}、电工、叉车等职业技能培训。</p>"
    "<p>报名邮箱：1834226590@qq.com　电话：400-000-0000</p>",
    "<h4>通知</h4><ul><li>五月班开课通知</li></ul>",
    f"萧然教育 {BUILDER}"),
    True, "U06", "萧然教育",
    [("email", "1834226590@qq.com", "1834226590@qq.com")], "training-company home page")
add("/site/xiaoran/teachers.html", xr(
    "名师风采-萧山成人技能进修学校",
    "<h1>萧山成人技能进修学校 · 名师风采</h1><p>沈老师：高级工程师，从事数据治理十二年，主讲"
    f"{AI}五级。</p><p>课程顾问：(0571)82664190　QQ 邮箱 1834226590@qq.com</p>",
    "<h4>推荐</h4><ul><li>五级晚班</li></ul>",
    f"萧山成人技能进修学校 {BUILDER}"),
    True, "U06", "萧山成人技能进修学校",
    [("phone", "0571-82664190", "(0571)82664190"), ("email", "1834226590@qq.com", "1834226590@qq.com")],
    "teacher-profile page")

# ---------------- U07 -----------------------------------------------------
zp_job("/zhaopin/job-20788.html", "数据标注员（带薪培训）", "杭州云帆数据科技",
       f"<p>薪资：5000-7000元/月</p><p>岗前参加{AI}五级培训，培训费 3980 元可分期，从工资中扣除。</p>"
       "<p>简历投递：yunfan_hr@yunfan-data.com</p>",
       True, operator="U07", provider="杭州云帆数据科技",
       ids=[("email", "yunfan_hr@yunfan-data.com", "yunfan_hr@yunfan-data.com"), ("domain", "yunfan-data.com", "yunfan-data.com")],
       note="job ad whose real product is a paid course")
xp_org("/xuepei/org-8124.html", "云帆标注学院",
       f"<h1>云帆标注学院</h1><p>{AI}五级、四级，学完推荐就业。官网 WWW.YUNFAN-DATA.COM</p>"
       "<p>微信：YF_biaozhu</p>",
       operator="U07",
       ids=[("domain", "yunfan-data.com", "WWW.YUNFAN-DATA.COM"), ("wechat", "yf_biaozhu", "YF_biaozhu")],
       note="directory listing")
fq = own_site("/site/fanqi/", "帆起AI", [("index.html", "首页")])
add("/site/fanqi/index.html", fq(
    "帆起AI-标注训练营",
    f"<h1>帆起AI 标注训练营</h1><p>零基础6周入门数据标注，含{AI}五级考证辅导，学费 3980。</p>"
    "<p>加微信 yf_BiaoZhu 领取试听；报名表由表单通 biaodantong.com 提供。</p>",
    "<h4>学员故事</h4><p>宝妈转行做标注</p>",
    "帆起AI"),
    True, "U07", "帆起AI",
    [("wechat", "yf_biaozhu", "yf_BiaoZhu")], "bootcamp landing page")

# ---------------- U08 -----------------------------------------------------
xp_org("/xuepei/org-9031.html", "婺州职业培训学校",
       f"<h1>婺州职业培训学校</h1><p>{AI}五级、四级，金华本地面授。证书官网可查 zscx.osta.org.cn。</p>"
       f"<p>电话：0579-8231 6047　机构代码：{spaced(U08_USCC, 3)}</p>",
       operator="U08",
       ids=[("phone", "0579-82316047", "0579-8231 6047"), ("uscc", U08_USCC, spaced(U08_USCC, 3))],
       note="directory listing")
wz = own_site("/site/wuzhou/", "金华技能人才服务站", [("index.html", "首页")])
add("/site/wuzhou/index.html", wz(
    "金华技能人才服务站",
    f"<h1>金华技能人才服务站</h1><p>代理{AI}报名，四级三级可报，学历不限，可查询 zscx.osta.org.cn。</p>"
    f"<p>统一社会信用代码：{U08_USCC}　收款人：金华市婺城区技才培训服务部</p><p>电话：138-0000-0000</p>",
    "<h4>服务项目</h4><ul><li>证书报名</li><li>补贴申领代办</li></ul>",
    "金华技能人才服务站"),
    True, "U08", "金华技能人才服务站",
    [("uscc", U08_USCC, U08_USCC), ("other", "金华市婺城区技才培训服务部", "金华市婺城区技才培训服务部")],
    "agency home page")
zp_job("/zhaopin/job-20810.html", "AI考证招生专员（兼职，学员也可报名）", "浙中AI考证",
       f"<p>兼职招生，提成 300 元/人。个人想考{AI}的也可直接报名，学费转账至户名“金华市婺城区技才培训服务部”。</p>"
       "<p>联系：一三九 五七九二 〇六六八</p>",
       True, operator="U08", provider="浙中AI考证",
       ids=[("other", "金华市婺城区技才培训服务部", "金华市婺城区技才培训服务部"),
            ("phone", "+8613957920668", "一三九 五七九二 〇六六八")],
       note="part-time recruiter ad that also sells enrolment")

# ---------------- U09 -----------------------------------------------------
oy = own_site("/site/ouyue/", "温州瓯越教育", [("index.html", "首页"), ("branch.html", "合作点")])
add("/site/ouyue/index.html", oy(
    "温州瓯越教育-人工智能训练师",
    f"<h1>温州瓯越教育</h1><p>{AI}五级/四级培训，温州鹿城校区。</p>"
    "<p>电话：+86-177-0577-3821　邮箱：ouyue_px@163.com</p>",
    "<h4>校区</h4><ul><li>鹿城校区</li><li>瑞安合作点</li></ul>",
    f"温州瓯越教育 {BUILDER}"),
    True, "U09", "温州瓯越教育",
    [("phone", "+8617705773821", "+86-177-0577-3821"), ("email", "ouyue_px@163.com", "ouyue_px@163.com")],
    "training-company home page")
add("/site/ouyue/branch.html", oy(
    "合作点-浙南技能鉴定报名点（瑞安）",
    "<h1>浙南技能鉴定报名点（瑞安）</h1><p>瑞安学员就近报名，统一到温州参加认定。</p>"
    "<p>报名电话：177 0577 3821　邮箱：admin@example.com</p>",
    "<h4>合作点</h4><ul><li>瑞安</li><li>乐清（筹）</li></ul>",
    f"浙南技能鉴定报名点 {BUILDER}"),
    True, "U09", "浙南技能鉴定报名点",
    [("phone", "+8617705773821", "177 0577 3821")], "branch (合作点) page")
nw_art("/news/2026/0502-ad.html", "瓯越AI训练营：温州首个数据标注实训基地揭牌",
       "<p>瓯越AI训练营日前揭牌，提供数据标注实训岗位和五级认定辅导，学费 1880 元。"
       "报名邮箱 ouyue_px#163.com（#改@）。</p>",
       True, promo=True, operator="U09", provider="瓯越AI训练营",
       ids=[("email", "ouyue_px@163.com", "ouyue_px#163.com（#改@）")],
       note="sponsored news article")

# ---------------- independents ----------------------------------------------
add("/edu/zjjd/ai-jianzhang.html", lambda: page(
    "2026年人工智能训练师职业技能等级认定培训招生简章-之江职业技术学院继续教育学院",
    "<b>之江职业技术学院 继续教育学院</b> | <a href=\"/edu/zjjd/index.html\">首页</a>"
    "<a href=\"/edu/zjjd/course-diangong.html\">电工培训</a><a href=\"/index.html\">导航</a>",
    f"<h1>2026年{AI}职业技能等级认定培训招生简章</h1>"
    "<p>我院为经备案的职业技能等级认定机构，开展四级、三级认定。四级培训费 1200 元，三级 1500 元；"
    "认定费按物价部门核定标准收取。本期认定批次：第2026053301批。</p>"
    "<p>证书可在 zscx.osta.org.cn 查询。考点：浙江省信息技术技能鉴定站 0571-8702 3316。补贴政策咨询 12333。</p>"
    "<p>培训科：0571-8613 7452　邮箱 pxk@zjjd-edu.cn</p>",
    "<h4>学院新闻</h4><ul><li>我院获评省级技能人才评价示范单位</li></ul>",
    f"之江职业技术学院 总机 0571-8613 7000 统一社会信用代码 {I01_USCC}"),
    True, "I01", "之江职业技术学院继续教育学院",
    [("phone", "0571-86137452", "0571-8613 7452"), ("email", "pxk@zjjd-edu.cn", "pxk@zjjd-edu.cn")],
    "college continuing-education enrolment brochure (honest)")
xp_org("/xuepei/org-2208.html", "拱墅启明培训",
       f"<h1>拱墅启明培训</h1><p>{AI}五级小班，8人成班，学费 1380 元。</p><p>电话：0571-8530 6619</p>",
       operator="I02",
       ids=[("phone", "0571-85306619", "0571-8530 6619")], note="directory listing, small honest provider")
jm_branch("/jiameng/branch-shangcheng.html", "智训未来·上城合作点",
          f"<p>上城合作点开设{AI}五级、四级，学费 1580/2180 元。</p><p>电话：137 5804 2291　微信同号</p>",
          operator="I03",
          ids=[("phone", "+8613758042291", "137 5804 2291"), ("wechat", "13758042291", "137 5804 2291　微信同号")],
          note="franchise branch page, independent operator")
zp_job("/zhaopin/job-20833.html", "AI训练师储备生（公司委培）", "杭州栖禾智能",
       f"<p>公司委托合作机构开展{AI}四级培训，学员自付培训费 2000 元，取证后可申领技能提升补贴（咨询 0571-8702 8866）。</p>"
       "<p>HR 邮箱：qihe_hr@qihe-ai.com</p>",
       True, operator="I04", provider="杭州栖禾智能",
       ids=[("email", "qihe_hr@qihe-ai.com", "qihe_hr@qihe-ai.com")], note="sponsored-training job post")
sz = own_site("/site/shuzhi/", "数智工坊", [("index.html", "首页")])
add("/site/shuzhi/index.html", sz(
    "数智工坊-AI训练师工作室",
    f"<h1>数智工坊</h1><p>个人工作室，{AI}四级辅导，一对一。价格面议。</p>"
    f"<p>微信 shuzhigongfang　统一社会信用代码 {I05_USCC}　电话：138-0000-0000</p>",
    "<h4>作品</h4><p>标注质检流程分享</p>",
    f"数智工坊 {BUILDER}"),
    True, "I05", "数智工坊",
    [("wechat", "shuzhigongfang", "shuzhigongfang"), ("uscc", I05_USCC, I05_USCC)], "one-person studio page")
xp_org("/xuepei/org-2451.html", "之源数据标注工作室",
       f"<h1>之源数据标注工作室</h1><p>{AI}五级辅导，线上，学费 980 元。（与其他同名机构无关）</p>"
       "<p>QQ：75530 21846</p>",
       operator="I06",
       ids=[("qq", "7553021846", "75530 21846")], note="directory listing with a brand name similar to U01's")

# ---------------- non-offers ------------------------------------------------
WARN_NUM = "176 5823 0917"
WARN_WX = "kaozheng_vip888"
nw_art("/news/2026/0412-warning.html", "市人社局提醒：警惕“包过”“人社部颁发”AI训练师证书骗局",
       "<p>近期有不法分子以“零基础包过”“人社部颁发”“落户加分”为噱头销售人工智能训练师证书。"
       f"市民反映的涉事号码包括 {WARN_NUM}、微信 {WARN_WX} 等。</p>"
       "<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可在 zscx.osta.org.cn 查询。"
       "如遇问题请拨打 12333 咨询，或向 12315 投诉。</p>",
       False, note="人社 warning quoting scammer contacts")
nw_art("/news/2026/0415-policy.html", "一图读懂：人工智能训练师技能提升补贴怎么领",
       "<p>参保满1年的职工取得五级、四级、三级证书，可分别申领最高1000、1500、2000元补贴。"
       "证书查询 zscx.osta.org.cn，政策咨询 12333，或市就业服务中心 0571-8702 8866。</p>"
       "<p>认定考点：浙江省信息技术技能鉴定站 0571-8702 3316。</p>",
       False, note="policy explainer")
nw_art("/news/2026/0420-complaint.html", "读者投诉：交了6800元“包过”费，对方拉黑了",
       f"<p>读者张先生反映，他通过微信 {WARN_WX} 报名“三证联报”，对方电话 {WARN_NUM} 现已停机。"
       "记者提醒可拨打 12315 或 12345 反映。</p>"
       + comments([("维权群", "2026-04-21", "同被骗，QQ 992715034 拉个群")]),
       False, note="reader complaint")
nw_art("/news/2026/0422-ask.html", "网友问政：没工作经验能考人工智能训练师吗？",
       "<p>网友提问：我是应届生，没有相关工作经历，能直接报三级吗？</p>"
       "<p>回复：五级需相关工作满1年或经学徒培训，三级须逐级申报。详询 12345 转人社部门。</p>"
       + comments([("Lily", "2026-04-23", "同问，有资料的加我 lily_2046")]),
       False, note="learner's question")
zp_job("/zhaopin/job-20417.html", "数据标注员（不收任何费用）", "杭州澄明数据服务有限公司",
       "<p>薪资：4500-6000元/月，五险一金。公司免费岗前培训，不收取任何费用。</p><p>简历：hr@chengming-data.com</p>",
       False, note="real job ad")
zp_job("/zhaopin/job-20533.html", "AI训练师讲师", "浙江博观教育集团",
       "<p>负责人工智能训练师课程教学，需持三级以上证书。投递：jobs@boguan-edu.com</p>",
       False, note="job ad hiring a teacher")

# ---------------- index & list pages ------------------------------------------
def xp_index():
    return page("学培网-找靠谱培训机构", XP_TOP,
                "<h1>学培网</h1><p>热门分类：<a href=\"/xuepei/list-ai.html\">人工智能训练师</a></p>"
                "<h2>推荐机构</h2>" + links(XP_ORGS[:4]), xp_side(), XP_FOOT)


def xp_list():
    return page("人工智能训练师培训机构-学培网", XP_TOP,
                "<h1>人工智能训练师培训机构（共%d家）</h1>" % len(XP_ORGS) + links(XP_ORGS),
                xp_side(), XP_FOOT)


add("/xuepei/index.html", xp_index, False, note="directory home")
add("/xuepei/list-ai.html", xp_list, False, note="directory list page")
add("/zhaopin/index.html", lambda: page("职聘网-杭州招聘", ZP_TOP, "<h1>最新职位</h1>" + links(ZP_JOBS),
                                         zp_side(), ZP_FOOT), False, note="job board home")
add("/news/index.html", lambda: page("钱塘资讯网", NW_TOP, "<h1>教育频道</h1>" + links(NW_ARTS),
                                      nw_side(), NW_FOOT), False, note="news portal home")
add("/jiameng/index.html", lambda: page("智训未来-AI职业教育连锁加盟", JM_TOP,
                                         "<h1>智训未来 招商加盟</h1><p>品牌授权、课程体系、师资培训，诚邀合作伙伴。"
                                         "加盟费 6 万元起。</p><p><a href=\"/jiameng/branches.html\">查看全国合作点</a></p>",
                                         jm_side(), JM_FOOT), False, note="franchise HQ recruiting franchisees")
add("/jiameng/branches.html", lambda: page("全国合作点-智训未来", JM_TOP,
                                            "<h1>全国合作点</h1>" + links(JM_BR), jm_side(), JM_FOOT),
    False, note="franchise branch list")
EDU_TOP = ("<b>之江职业技术学院 继续教育学院</b> | <a href=\"/edu/zjjd/index.html\">首页</a>"
           "<a href=\"/edu/zjjd/course-diangong.html\">电工培训</a><a href=\"/edu/zjjd/ai-jianzhang.html\">人工智能训练师</a>"
           "<a href=\"/index.html\">导航</a>")
EDU_FOOT = f"之江职业技术学院 总机 0571-8613 7000 统一社会信用代码 {I01_USCC}"
add("/edu/zjjd/index.html", lambda: page("之江职业技术学院继续教育学院", EDU_TOP,
                                          "<h1>继续教育学院</h1>" + links([("/edu/zjjd/ai-jianzhang.html", "人工智能训练师招生简章"),
                                                                        ("/edu/zjjd/course-diangong.html", "低压电工作业培训")]),
                                          "<h4>通知公告</h4><p>成人高考报名开始</p>", EDU_FOOT),
    False, note="college home")
add("/edu/zjjd/course-diangong.html", lambda: page("低压电工作业培训-继续教育学院", EDU_TOP,
                                                    "<h1>低压电工作业培训</h1><p>特种作业操作证培训，学费 800 元，咨询 0571-8613 7458。</p>",
                                                    "<h4>相关</h4><p>高压电工</p>", EDU_FOOT),
    False, note="unrelated course")
add("/index.html", lambda: page("网站导航", "<b>网站导航</b>",
                                "<h1>网站导航</h1>" + links([("/xuepei/index.html", "学培网"), ("/zhaopin/index.html", "职聘网"),
                                                           ("/news/index.html", "钱塘资讯网"), ("/jiameng/index.html", "智训未来"),
                                                           ("/edu/zjjd/index.html", "之江职业技术学院继续教育学院")] + SITES),
                                "", "导航页"), False, note="root index")

# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", "人社 public hotline", ["12333"]),
    ("phone", "12315", "market-regulation complaint hotline", ["12315"]),
    ("phone", "12345", "government service hotline", ["12345"]),
    ("domain", "zscx.osta.org.cn", "official certificate query site quoted by many", ["zscx.osta.org.cn"]),
    ("phone", "4008263391", "学培网 platform customer service in frame", ["400-826-3391"]),
    ("email", "kefu@xuepeiwang.cn", "学培网 platform e-mail in footer", ["kefu@xuepeiwang.cn"]),
    ("domain", "xuepeiwang.cn", "学培网 platform's own domain", ["www.xuepeiwang.cn"]),
    ("other", "浙ICP备2021036612号-1", "学培网 ICP licence in footer", ["浙ICP备2021036612号-1"]),
    ("phone", "4006905527", "职聘网 job-seeker hotline in footer", ["400-690-5527"]),
    ("qq_group", "526331870", "职聘网 job-seeker QQ group in footer", ["526331870"]),
    ("phone", "0571-85162200", "news portal hotline", ["0571-85162200"]),
    ("email", "baoliao@qiantangnews.cn", "news portal tip-off e-mail", ["baoliao@qiantangnews.cn"]),
    ("phone", "4008672026", "franchise HQ hotline on every branch page", ["400-867-2026"]),
    ("uscc", HQ_USCC, "franchise HQ USCC in footer; branches are independent", [HQ_USCC]),
    ("domain", "yunzhanbao.com", "site-builder credit", ["www.yunzhanbao.com"]),
    ("phone", "4001018858", "site-builder hotline", ["400-1018-858"]),
    ("domain", "biaodantong.com", "form-tool credit", ["biaodantong.com"]),
    ("phone", "+8613800000000", "template placeholder phone", [PLACE_TEL]),
    ("email", "admin@example.com", "template placeholder e-mail", [PLACE_MAIL]),
    ("phone", "4000000000", "template placeholder hotline", ["400-000-0000"]),
    ("phone", "+8617658230917", "scammer number quoted in warning and complaint", [WARN_NUM]),
    ("wechat", WARN_WX, "scammer WeChat quoted in warning and complaint", [WARN_WX]),
    ("other", "S000033001226253000108", "certificate sample number copied by sellers", ["S000033001226253000108"]),
    ("other", "2026053301", "assessment batch number (looks like a QQ)", ["2026053301"]),
    ("phone", "0571-87023316", "assessment venue's number quoted by unrelated sellers", ["0571-8702 3316"]),
    ("phone", "0571-87028866", "public employment-service centre", ["0571-8702 8866"]),
    ("wechat", "lily_2046", "commenter's own WeChat", ["lily_2046"]),
    ("qq", "992715034", "commenter's own QQ", ["992715034"]),
    ("phone", "0571-86137000", "college switchboard in frame", ["0571-8613 7000"]),
    ("uscc", I01_USCC, "college USCC in frame (on non-offers too)", [I01_USCC]),
]


def text_of(h):
    h = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", h, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    rendered = {p: f() for p, f in PAGES.items()}
    for p, h in rendered.items():
        fp = os.path.join(SITE, p.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(h)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    texts = {p: text_of(h) for p, h in rendered.items()}
    pages = [TRUTH[p] for p in sorted(TRUTH)]
    # sanity: operator ties and uniqueness
    owner = {}
    for t in pages:
        for k, v, _ in t["identifiers"]:
            owner.setdefault((k, v), set()).add(t["operator"])
    for key, ops in owner.items():
        assert len(ops) == 1, (key, ops)
    decoys = []
    for kind, value, note, written in DECOYS:
        assert (kind, value) not in owner, value
        paths = sorted(p for p in texts if any(w in texts[p] for w in written))
        groups = {TRUTH[p]["operator"] or p for p in paths}
        assert len(paths) >= 2 and len(groups) >= 2, (value, paths)
        decoys.append({"kind": kind, "value": value, "note": note, "written": written, "paths": paths})
    ops = {}
    brands = {}
    for t in pages:
        if t["operator"] and t["operator"].startswith("U"):
            brands.setdefault(t["operator"], [])
            if t["provider"] not in brands[t["operator"]]:
                brands[t["operator"]].append(t["provider"])
    for op in sorted(brands):
        mine = [t for t in pages if t["operator"] == op]
        kinds = sorted({k for t in mine for k, v, _ in t["identifiers"]
                        if sum(1 for u in mine if any((k, v) == (a, b) for a, b, _ in u["identifiers"])) > 1})
        ops[op] = {"brands": brands[op], "ties": "shared " + ", ".join(kinds) + " across its pages"}
    truth = {"description": "12bp: school, training-company and franchise sites with job board and news portal; "
                            "9 operators hidden behind 3-4 brands each, franchise branches run by different operators",
             "pages": pages, "operators": [[k, v] for k, v in ops.items()], "decoys": decoys}
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    n_off = sum(t["is_offer"] for t in pages)
    print(f"pages={len(pages)} offers={n_off} operators={len(ops)} decoys={len(decoys)}")


if __name__ == "__main__":
    main()
