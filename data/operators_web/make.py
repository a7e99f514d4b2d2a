#!/usr/bin/env python3
"""Generate the labeled operators test web (data/operators_web/site + truth.json).

Stdlib only, deterministic (fixed seed). All organisations, phone numbers, accounts and
codes are invented for testing. Run from anywhere:  python3 data/operators_web/make.py
"""
import json
import os
import random
import re
import shutil
from html import escape, unescape

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# --------------------------------------------------------------------------- USCC
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W_ORG = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def uscc(division, body8, kind="91"):
    """kind(2) + division(6) + org body(8) + org check + uscc check."""
    s = sum(_orgval(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    oc = "X" if c == 10 else ("0" if c == 11 else str(c))
    first17 = kind + division + body8 + oc
    assert len(first17) == 17 and all(ch in ALPHA for ch in first17), first17
    t = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W_USCC))
    r = 31 - t % 31
    r = 0 if r == 31 else r
    return first17 + ALPHA[r]


# --------------------------------------------------------------------------- rendering of identifiers
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_mobile(d, style):
    a, b, c = d[:3], d[3:7], d[7:]
    if style == "plain":
        return d
    if style == "space":
        return f"{a} {b} {c}"
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "fullwidth":
        return d.translate(FW)
    if style == "plus86":
        return f"+86 {a} {b} {c}"
    if style == "plus86tight":
        return f"+86{d}"
    if style == "0086":
        return f"0086-{a}-{b}-{c}"
    if style == "split":
        return f"<span>{a}</span><span class=\"n\">{b}</span><b>{c}</b>"
    if style == "tel":
        return f"<a href=\"tel:+86{d}\">{a} {b} {c}</a>"
    raise ValueError(style)


def fmt_land(area, num, style):
    """area like '021', num 8 digits."""
    if style == "dash":
        return f"{area}-{num}"
    if style == "space":
        return f"{area}-{num[:4]} {num[4:]}"
    if style == "paren":
        return f"({area}){num}"
    if style == "plus86":
        return f"+86-{area[1:]}-{num}"
    if style == "tel":
        return f"<a href=\"tel:{area}{num}\">{area}-{num[:4]}-{num[4:]}</a>"
    if style == "fullwidth":
        return f"{area}-{num}".translate(FW)
    raise ValueError(style)


def fmt_400(d, style):
    # d = '4006992817'
    if style == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "plain":
        return d
    if style == "space":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "tel":
        return f"<a href=\"tel:{d}\">{d[:3]}-{d[3:6]}-{d[6:]}</a>"
    raise ValueError(style)


# A contact: (kind, normalized value, html as written)
def mob(d, style="plain", label="电话"):
    return ("phone", "+86" + d, f"{label}：{fmt_mobile(d, style)}")


def mob_wx(d, style="plain"):
    """mobile that is also the WeChat id."""
    return [("phone", "+86" + d, None), ("wechat", d, None),
            ("_html", None, f"电话：{fmt_mobile(d, style)}（微信同号）")]


def land(area, num, style="dash", label="咨询电话"):
    return ("phone", "+86" + area[1:] + num, f"{label}：{fmt_land(area, num, style)}")


def tel400(d, style="dash", label="全国咨询热线"):
    return ("phone", "+86" + d, f"{label}：{fmt_400(d, style)}")


def wx(i, written=None, label="微信"):
    return ("wechat", i.lower(), f"{label}：{written or i}")


def qq(n, label="QQ"):
    return ("qq", n, f"{label}：{n}")


def qqg(n, label="QQ群"):
    return ("qq_group", n, f"{label}：{n}")


def mail(e, written=None, link=False):
    w = written or e
    html = f"<a href=\"mailto:{w}\">{w}</a>" if link else w
    return ("email", e.lower(), f"邮箱：{html}")


def cc(code, label="统一社会信用代码"):
    return ("uscc", code, f"{label}：{code}")


def acct(name, bank="中国建设银行", label="对公收款账户"):
    return ("other", name, f"{label}：{bank} 户名：{name}")


def dom(d, written=None, label="官网"):
    return ("domain", d, f"{label}：{written or d}")


def flat(contacts):
    out = []
    for c in contacts:
        if isinstance(c, list):
            out.extend(c)
        else:
            out.append(c)
    return out


# --------------------------------------------------------------------------- operators
U1 = uscc("330106", "MA2H7K3P")
U2 = uscc("310115", "MA1G5T8W")
U3 = uscc("110108", "MA01C6QX")
U4 = uscc("440305", "MA5F2N7R")
U6 = uscc("420106", "MA4K9D1L")
U7 = uscc("440106", "MA59TB3E")
U_IND1 = uscc("370102", "MA3C8Y2N")
U_IND2 = uscc("210102", "MA0Q7F6U")
U_IND3 = uscc("500105", "MA60H4KX")

# Offer page specs.  op: operator id or None.  sec: school|mall|board|forum|mp.
OFFERS = [
    # OP01 杭州 — a-b phone, b-c WeChat, a-d USCC + e-mail
    dict(path="/school/zhixun/ai-trainer-3.html", op="OP01", brand="智训教育", sec="school", city="杭州",
         contacts=[mob("13857120461", "space", "报名热线"), mail("zhixun_hz@126.com", link=True), cc(U1)],
         decoys=["pub12333", "osta1"]),
    dict(path="/mall/shop-12/item-301.html", op="OP01", brand="云启AI学院", sec="mall", city="杭州",
         contacts=[mob("13857120461", "tel", "店铺电话"), wx("zx_ai2980", label="加v")],
         decoys=["cert_sample", "scam1"]),
    dict(path="/board/ad-2207.html", op="OP01", brand="杭城职培", sec="board", city="杭州",
         contacts=[wx("zx_ai2980", "ZX_AI2980", label="V信"), land("0571", "86912047", "space")],
         decoys=["pub12345"]),
    dict(path="/mp/s/hz01.html", op="OP01", brand="钱塘数智学堂", sec="mp", city="杭州",
         contacts=[cc(U1, "机构代码"), mail("zhixun_hz@126.com", "ZhiXun_HZ@126.com")],
         decoys=["issuer_hot"]),
    # OP02 上海 — landline a-d, e-mail a-b, QQ group b-c
    dict(path="/school/shenzhi/course-ai.html", op="OP02", brand="申智职业培训", sec="school", city="上海",
         contacts=[land("021", "62358817", "space"), mail("shenzhi_edu@163.com", link=True)],
         decoys=["pub12333", "order_seq"]),
    dict(path="/mp/s/sh02.html", op="OP02", brand="浦江数智", sec="mp", city="上海",
         contacts=[mail("shenzhi_edu@163.com", "SHENZHI_EDU@163.COM"), qqg("735126684", "学员交流群")],
         decoys=["osta1"]),
    dict(path="/forum/thread-5102.html", op="OP02", brand="海上AI研习社", sec="forum", city="上海",
         contacts=[qqg("735126684", "QQ群"), mob("13917062283", "0086", "手机")],
         decoys=["scam2"]),
    dict(path="/mall/shop-18/item-455.html", op="OP02", brand="沪上智能标注工坊", sec="mall", city="上海",
         contacts=[land("021", "62358817", "plus86", "客服座机")],
         decoys=["pub12345"]),
    # OP03 北京 — chain a-b phone, b-c WeChat, c-d QQ
    dict(path="/mall/shop-15/item-402.html", op="OP03", brand="京训科技", sec="mall", city="北京",
         contacts=[mob("13911047725", "plain", "联系电话")],
         decoys=["issuer_hot", "cert_sample"]),
    dict(path="/board/ad-2231.html", op="OP03", brand="燕园智能标注", sec="board", city="北京",
         contacts=[mob("13911047725", "dash", "电话"), wx("yanyuan_biaozhu")],
         decoys=["scam1"]),
    dict(path="/mp/s/bj03.html", op="OP03", brand="华北AI考证中心", sec="mp", city="北京",
         contacts=[wx("yanyuan_biaozhu", label="添加老师微信"), qq("2950613378", "QQ")],
         decoys=["pub12333", "jndj"]),
    dict(path="/school/beichen/train.html", op="OP03", brand="北辰职培", sec="school", city="北京",
         contacts=[qq("2950613378", "在线咨询QQ"), land("010", "82615530", "tel", "前台")],
         decoys=["scam_qq", "exam_no"]),
    # OP04 深圳 — 400 a-b, account a-c, mobile b-c-d
    dict(path="/school/pengcheng/ai.html", op="OP04", brand="鹏城数智学堂", sec="school", city="深圳",
         contacts=[tel400("4006992817", "dash"), acct("深圳市鹏智教育咨询有限公司", "招商银行")],
         decoys=["pub12333", "osta1"]),
    dict(path="/mall/shop-21/item-512.html", op="OP04", brand="南山技能", sec="mall", city="深圳",
         contacts=[tel400("4006992817", "plain", "服务热线"), mob("13714820936", "space", "店长手机")],
         decoys=["scam2", "order_seq"]),
    dict(path="/mp/s/sz04.html", op="OP04", brand="深蓝AI职训", sec="mp", city="深圳",
         contacts=[acct("深圳市鹏智教育咨询有限公司", "招商银行", "学费请汇入"), mob("13714820936", "fullwidth", "咨询")],
         decoys=["jndj"]),
    dict(path="/forum/thread-5117.html", op="OP04", brand="前海数据标注培训", sec="forum", city="深圳",
         contacts=[mob("13714820936", "plus86", "联系")],
         decoys=["pub12345", "exam_no"]),
    # OP05 成都 — 微信同号: a phone+wechat, b wechat only, c phone (full-width) only
    dict(path="/school/shucai/rengong.html", op="OP05", brand="蜀才职教", sec="school", city="成都",
         contacts=[mob_wx("18628305174", "dash")],
         decoys=["pub12333", "cert_sample"]),
    dict(path="/board/ad-2250.html", op="OP05", brand="天府数标学院", sec="board", city="成都",
         contacts=[wx("18628305174", label="微信")],
         decoys=["scam3"]),
    dict(path="/mp/s/cd05.html", op="OP05", brand="锦城考证通", sec="mp", city="成都",
         contacts=[mob("18628305174", "fullwidth", "电话"), qq("1539027466")],
         decoys=["issuer_hot"]),
    # OP06 武汉 — e-mail a-b, USCC a-c
    dict(path="/school/jiangcheng/kc.html", op="OP06", brand="江城智培", sec="school", city="武汉",
         contacts=[land("027", "87763102", "space"), mail("jcz_px@qq.com"), cc(U6)],
         decoys=["prov_hot", "osta1"]),
    dict(path="/mall/shop-27/item-620.html", op="OP06", brand="楚天AI训练营", sec="mall", city="武汉",
         contacts=[mob("15527419083", "dash", "客服电话"), mail("jcz_px@qq.com", "JCZ_PX@qq.com", link=True)],
         decoys=["prov_hot", "scam3"]),
    dict(path="/mp/s/wh06.html", op="OP06", brand="楚才数智", sec="mp", city="武汉",
         contacts=[cc(U6, "主体信用代码"), mob("17386520471", "space", "报名")],
         decoys=["prov_hot", "pub12333"]),
    # OP07 广州 — QQ a-b, QQ group b-c, mobile c-d-e, e-mail e-f, USCC a-f
    dict(path="/school/yangcheng/index-ai.html", op="OP07", brand="羊城职业技能", sec="school", city="广州",
         contacts=[qq("2851736604", "咨询QQ"), land("020", "38627719", "dash"), cc(U7)],
         decoys=["pub12333", "jndj"]),
    dict(path="/mall/shop-33/item-701.html", op="OP07", brand="穗智教育", sec="mall", city="广州",
         contacts=[qq("2851736604", "Q"), qqg("61839275", "备考群")],
         decoys=["cert_sample"]),
    dict(path="/mall/shop-34/item-705.html", op="OP07", brand="珠江数据学苑", sec="mall", city="广州",
         contacts=[qqg("61839275", "QQ交流群"), mob("13527760184", "plus86tight", "电话")],
         decoys=["scam1", "order_seq"]),
    dict(path="/board/ad-2266.html", op="OP07", brand="岭南训练师之家", sec="board", city="广州",
         contacts=[mob("13527760184", "0086", "联系电话")],
         decoys=["pub12345"]),
    dict(path="/forum/thread-5133.html", op="OP07", brand="粤智通", sec="forum", city="广州",
         contacts=[mob("13527760184", "split", "电话"), mail("yuezhitong@foxmail.com")],
         decoys=["scam2", "exam_no"]),
    dict(path="/mp/s/gz07.html", op="OP07", brand="花城AI认证服务", sec="mp", city="广州",
         contacts=[mail("yuezhitong@foxmail.com", "YueZhiTong@foxmail.com", link=True), cc(U7, "企业信用代码")],
         decoys=["osta1"]),
    # OP08 南京 — domain a-b, account b-c
    dict(path="/school/jinling/ai3.html", op="OP08", brand="金陵AI学院", sec="school", city="南京",
         contacts=[dom("jlaitrain.cn", "www.jlaitrain.cn"), land("025", "84612290", "dash")],
         decoys=["pub12333"]),
    dict(path="/mp/s/nj08.html", op="OP08", brand="秦淮技能", sec="mp", city="南京",
         contacts=[dom("jlaitrain.cn", "http://jlaitrain.cn/ai", "报名入口"),
                   acct("南京金智职业技能培训学校有限公司", "中国银行"), mob("15850617733", "space", "电话")],
         decoys=["scam3", "jndj"]),
    dict(path="/board/ad-2281.html", op="OP08", brand="石城数标培训", sec="board", city="南京",
         contacts=[acct("南京金智职业技能培训学校有限公司", "中国银行", "收款账户"), qq("871046352", "QQ")],
         decoys=["issuer_hot"]),
    # OP09 西安 — mobile a-b (tel: link / split), WeChat b-c
    dict(path="/school/changan/course.html", op="OP09", brand="长安智训", sec="school", city="西安",
         contacts=[mob("18092357716", "tel", "一键拨号")],
         decoys=["pub12333", "osta1"]),
    dict(path="/forum/thread-5140.html", op="OP09", brand="秦川数标", sec="forum", city="西安",
         contacts=[mob("18092357716", "split", "手机"), wx("QCSB_7716", label="vx")],
         decoys=["scam_qq"]),
    dict(path="/mall/shop-38/item-803.html", op="OP09", brand="古都职培", sec="mall", city="西安",
         contacts=[wx("qcsb_7716", label="微信号")],
         decoys=["pub12345", "exam_no"]),
    # OP10 郑州 — landline a-b
    dict(path="/school/zhongyuan/px.html", op="OP10", brand="中原人工智能培训基地", sec="school", city="郑州",
         contacts=[land("0371", "65918824", "space"), wx("zyai_peixun")],
         decoys=["pub12333", "jndj"]),
    dict(path="/board/ad-2295.html", op="OP10", brand="豫才教育", sec="board", city="郑州",
         contacts=[land("0371", "65918824", "paren", "电话")],
         decoys=["scam_qq"]),
    # OP11 长沙 — WeChat a-b (case/labels vary), QQ b-c
    dict(path="/mp/s/cs11.html", op="OP11", brand="星城数训", sec="mp", city="长沙",
         contacts=[wx("XiangAI_88", label="VX")],
         decoys=["cert_sample"]),
    dict(path="/school/xiangjiang/ai.html", op="OP11", brand="湘江AI学院", sec="school", city="长沙",
         contacts=[wx("xiangai_88", label="加v"), qq("3306152849", "QQ")],
         decoys=["pub12333", "scam1"]),
    dict(path="/forum/thread-5152.html", op="OP11", brand="麓山考证", sec="forum", city="长沙",
         contacts=[qq("3306152849", "扣扣"), mail("lushan_kz@sina.com")],
         decoys=["issuer_hot", "order_seq"]),
    # ---- independent sellers (operator null), unique contacts
    dict(path="/mall/shop-41/item-910.html", op=None, brand="智标未来", sec="mall", city="天津",
         contacts=[mob("15022836401", "dash", "电话"), wx("zbwl_tj")],
         decoys=["pub12333", "scam2"]),
    dict(path="/mall/shop-45/item-933.html", op=None, brand="津门数智人才", sec="mall", city="天津",
         contacts=[land("022", "58316624", "dash"), mail("jinmen_ai@163.com")],
         decoys=["issuer_hot", "exam_no"]),
    dict(path="/mall/shop-47/item-950.html", op=None, brand="青岛海纳职培", sec="mall", city="青岛",
         contacts=[mob("18561937702", "space", "咨询"), qq("1602853397")],
         decoys=["osta1", "scam_qq"]),
    dict(path="/board/ad-2302.html", op=None, brand="合肥科创职校", sec="board", city="合肥",
         contacts=[mob("13956047718", "plain", "电话"), wx("hfkc_zx")],
         decoys=["pub12345", "cert_sample"]),
    dict(path="/board/ad-2310.html", op=None, brand="闽智培训", sec="board", city="福州",
         contacts=[land("0591", "87624430", "dash")],
         decoys=["scam3", "jndj"]),
    dict(path="/forum/thread-5160.html", op=None, brand="姑苏数据标注", sec="forum", city="苏州",
         contacts=[mob("15995802264", "dash", "手机"), qqg("482716359")],
         decoys=["pub12333"]),
    dict(path="/mp/s/ind1.html", op=None, brand="渝智职业技能", sec="mp", city="重庆",
         contacts=[mob("17783026519", "plain", "电话"), cc(U_IND3)],
         decoys=["order_seq"]),
    dict(path="/mp/s/ind2.html", op=None, brand="滇数学堂", sec="mp", city="昆明",
         contacts=[wx("dianshu_km", label="微信"), mail("dianshu_km@126.com")],
         decoys=["scam1", "pub12333"]),
    dict(path="/school/lvye/ai.html", op=None, brand="绿野职业培训学校", sec="school", city="济南",
         contacts=[land("0531", "86215803", "tel", "电话"), cc(U_IND1)],
         decoys=["jndj", "exam_no"]),
    dict(path="/school/huiying/ai.html", op=None, brand="汇英培训", sec="school", city="沈阳",
         contacts=[mob("18640271935", "tel", "电话"), cc(U_IND2)],
         decoys=["pub12345", "osta1"]),
    dict(path="/board/ad-2318.html", op=None, brand="鹭智教育", sec="board", city="厦门",
         contacts=[mob("13859216647", "plus86", "电话"), wx("luzhi_xm", label="加微")],
         decoys=["scam2", "issuer_hot"]),
]

# --------------------------------------------------------------------------- decoys
DECOYS = {
    "pub12333": ("public_number", "12333", [
        "证书真伪可拨打人社服务热线12333核实。",
        "如对证书效力有疑问，请咨询当地人社部门12333。",
        "政策咨询：全国人社服务热线 12333（非本机构电话）。",
    ]),
    "pub12345": ("public_number", "12345", [
        "对培训收费有异议的，可拨打政务服务便民热线12345反映。",
        "投诉渠道：12345政务服务热线。",
    ]),
    "prov_hot": ("public_number", "027-87814432", [
        "湖北省职业技能鉴定指导中心咨询电话：027-87814432（官方电话，仅受理政策咨询）。",
    ]),
    "osta1": ("public_number", "osta.mohrss.gov.cn", [
        "证书信息可在 osta.mohrss.gov.cn 全国联网查询。",
        "拿证后登录技能人才评价网 http://osta.mohrss.gov.cn 即可查询。",
    ]),
    "jndj": ("public_number", "jndj.osta.org.cn", [
        "职业技能等级证书查询：jndj.osta.org.cn。",
        "可登录 jndj.osta.org.cn 输入姓名和身份证号查询证书。",
    ]),
    "issuer_hot": ("public_number", "010-62785531", [
        "评价机构证书核验电话：010-6278 5531（评价机构统一电话，非本校）。",
        "证书核验请致电评价机构 010-62785531。",
    ]),
    "scam1": ("warning_quote", "13966218840", [
        "谨防假冒！近期有人冒用我们名义收费，骗子号码 13966218840，请勿转账。",
        "提醒：139 6621 8840 不是我们的电话，警惕冒名诈骗。",
    ]),
    "scam2": ("warning_quote", "15190037712", [
        "郑重声明：我们只有页面所列的电话，15190037712 系冒充人员，已报警。",
        "请警惕号码151-9003-7712以“内部名额”为由收取定金。",
    ]),
    "scam3": ("warning_quote", "17788204416", [
        "谨防上当：17788204416 自称考试中心工作人员“包过”，与本机构无关。",
    ]),
    "scam_qq": ("warning_quote", "1047756392", [
        "注意：QQ 1047756392 冒充我校老师收取“加急费”，请勿相信。",
        "假冒QQ号1047756392已被多名学员举报，切勿添加。",
    ]),
    "cert_sample": ("order_number", "18330012604", [
        "（图为样证，证书编号：18330012604）",
        "样本证书编号 18330012604，仅供参考。",
    ]),
    "order_seq": ("order_number", "882610375", [
        "报名示例：提交后系统生成报名序号（如 882610375），凭序号缴费。",
        "报名序号示例：882610375，请妥善保存。",
    ]),
    "exam_no": ("order_number", "17620261107", [
        "准考证号格式如 17620261107，考前一周短信下发。",
        "往期学员准考证号：17620261107（已打码处理）。",
    ]),
}

# marketplace footers (decoys applied to every page of the section)
SKUS = {}  # mall course numbers (11 digits starting with 1), filled while building
MALL_FOOT_TEL = "400-820-6655"
MALL_FOOT_MAIL = "kefu@xuetuyouxuan.com"
BOARD_FOOT_TEL = "400-655-3120"
BOARD_FOOT_MAIL = "jubao@bianmin365.cn"

# --------------------------------------------------------------------------- sentence banks
LEVELS = [("三级", "高级工"), ("四级", "中级工"), ("二级", "技师"), ("五级", "初级工")]
ISSUERS = ["中科智评职业技能评价中心", "华夏数字人才评价有限公司", "本省职业技能等级认定中心",
           "国信人才测评（北京）有限公司", "本市人社局备案社会评价组织", "中工数智技能评价中心"]

INTRO = [
    "{city}{brand}{season}人工智能训练师（{lv}/{lvn}）认定班开始招生啦！",
    "想进入AI行业？{brand}开设人工智能训练师{lv}培训，{city}本地授课。",
    "【{city}】人工智能训练师职业技能等级证书{lv}报考指南，由{brand}整理发布。",
    "{brand}：零基础也能考的人工智能训练师{lvn}，{season}班仅剩少量名额。",
    "国家职业分类大典新职业——人工智能训练师（4-04-05-05），{brand}{city}校区{season}报名进行中。",
    "数据标注员转岗必看！{brand}人工智能训练师{lv}精品小班，{city}可面授。",
    "{season}第{batch}期人工智能训练师（{lvn}）考前培训，{brand}承办，欢迎{city}及周边学员。",
    "在职提升首选：{brand}人工智能训练师{lv}周末班，{city}线下+线上同步。",
    "宝妈、大学生、转行人员都能学！{brand}带你拿下人工智能训练师{lvn}证书。",
    "{brand}第{batch}期“AI训练师”{lv}认证班开班通知（{city}）。",
]
ABOUT = [
    "人工智能训练师是使用智能训练软件，在人工智能产品实际使用过程中进行数据库管理、算法参数设置、人机交互设计、性能测试跟踪及其他辅助作业的人员。",
    "该职业于2020年纳入国家职业分类目录，编码4-04-05-05，下设数据标注员、人工智能算法测试员两个工种。",
    "随着大模型应用落地，企业对数据标注、提示词调优、模型评测人员需求旺盛，持证上岗更具竞争力。",
    "本职业共设五个等级，{lv}对应{lvn}，需要具备一定的数据处理和业务分析能力。",
    "人工智能训练师属于技能类职业，考核合格后颁发职业技能等级证书，可在全国联网查询。",
    "大模型时代，懂业务又懂数据的训练师是各大平台的紧缺岗位，{city}本地不少企业常年招聘。",
    "与传统IT认证不同，人工智能训练师更强调业务数据采集、清洗、标注与智能系统运维。",
    "按照国家职业技能标准，{lvn}需掌握数据处理规范制定、标注质量检验和智能系统优化等能力。",
]
COURSE = [
    "课程内容：{m1}、{m2}、{m3}，配套真题题库与实操项目。",
    "培训模块包括{m1}、{m2}以及{m3}，理论与实操各占一半。",
    "我们的教学大纲覆盖{m1}与{m2}，另加{m3}专项训练，确保一次通过。",
    "学习重点：第一阶段{m1}，第二阶段{m2}，第三阶段{m3}。",
    "上课内容紧扣考纲——{m1}；{m2}；{m3}；另附历年理论题库{q}道。",
    "实操部分使用真实企业项目练习{m1}，理论部分系统讲解{m2}和{m3}。",
    "讲师团队来自头部互联网公司，手把手带练{m1}、{m2}，结课前安排{m3}全真模拟。",
    "教材采用统编教程，辅以自编讲义{q}页，重点突破{m1}和{m3}。",
    "AI训练师{lv}共{hours}课时：{m2}（{h1}课时）、{m1}（{h2}课时）、{m3}（其余课时）。",
    "课程从{m3}入门，逐步过渡到{m1}，最后以{m2}综合案例收尾。",
]
MODULES = ["数据采集与处理", "数据标注规范", "智能系统运维", "业务分析与数据建模", "智能训练与算法测试",
           "提示词工程", "大模型微调数据准备", "标注质量检验", "人机交互流程设计", "职业道德与法律法规",
           "图像与语音标注实训", "Python基础数据处理"]
SCHED = [
    "开班时间：{month}月{day}日，周末上课，共{weeks}周。",
    "上课方式：线上直播+录播回放，{weeks}周完成，不影响工作。",
    "面授地点在{city}{district}，每周六日全天，{month}月{day}日开课。",
    "随到随学，报名后开通学习账号，{weeks}周内完成全部课程即可约考。",
    "晚班每周二、四19:00-21:00，周末班周六9:00-17:00，学员任选。",
    "集中培训{days}天，食宿可代订，外地学员请提前{ahead}天报到。",
    "线上学习{weeks}周，考前{days}天集中线下冲刺，地点{city}{district}。",
    "每月一期，本期{month}月{day}日截止报名，考试安排在结课后{ahead}天左右。",
]
FEE = [
    "学费{fee}元（含教材、培训、考试费），无其他费用。",
    "收费标准：{lv}{fee}元/人，团报3人以上每人优惠{disc}元。",
    "原价{orig}元，限时优惠价{fee}元，另收考务费{exam}元。",
    "全程费用{fee}元，可分两期支付，首付{first}元即可开课。",
    "{lvn}学费{fee}元，符合条件可申请职业技能提升补贴{sub}元。",
    "报名费{exam}元+培训费{fee2}元，合计{fee}元，开具正规发票。",
    "费用一览：{lv} {fee}元；二级/技师另行咨询。不过不收后续培训费。",
    "特惠：{month}月报名立减{disc}元，到手价{fee}元，名额有限。",
]
EXAM = [
    "考试由{issuer}组织，理论+实操两科，均60分及格。",
    "考核合格颁发由{issuer}出具的职业技能等级证书，人社部门备案。",
    "认定机构：{issuer}。证书全国通用，可用于积分落户、职称评定参考。",
    "理论机考90分钟，实操120分钟，由{issuer}统一阅卷。",
    "报考条件：累计从事本职业工作{years}年以上或取得相关专业毕业证，由{issuer}审核资格。",
    "考试通过后约{wk2}周出证，证书由{issuer}颁发，电子证书同步上网。",
    "评价机构为{issuer}，考点设在{city}，每年{times}次认定考试。",
    "本期考试安排：{month}月下旬，{issuer}现场认定，一人一机。",
]
POINTS = [
    "小班教学，每班不超过{cls}人", "不过免费重学一次", "赠送历年真题与模拟题库", "结业推荐就业岗位",
    "可开发票，单位可报销", "班主任全程督学", "提供实操电脑", "课程回放一年有效",
    "资深讲师一对一答疑", "合作企业{corp}家，提供实习机会", "报名即送AI工具会员",
    "学员通过率{rate}%", "支持异地报考", "周末及晚班灵活选择", "免费试听两节课",
    "赠送Python入门课", "考前三天封闭冲刺", "在职人员可申请补贴", "毕业生可推荐至标注基地",
    "老学员推荐新学员返现{ret}元",
]
CLOSE = [
    "名额有限，先到先得，欢迎来电咨询。",
    "详情请联系招生老师，工作日9:00-18:00在线。",
    "欢迎实地考察，来访请提前预约。",
    "扫码或来电报名，报名成功后发送电子合同。",
    "{season}班即将截止，有意者速来。",
    "更多问题可留言，我们会在24小时内回复。",
    "报名需提供身份证、学历证明和一寸照片电子版。",
    "本期满班后将顺延至下一期，敬请谅解。",
]
FAQ = [
    ("没有学历可以报名吗？", "五级、四级对学历没有硬性要求，满足从业年限即可。"),
    ("证书能查到吗？", "能，发证后约一个月可在评价机构官网和全国联网平台查到。"),
    ("考不过怎么办？", "可免费参加下一期补考辅导，只需缴纳补考考务费。"),
    ("外地能报吗？", "可以，线上学习，考试就近安排考点。"),
    ("需要自己带电脑吗？", "面授班教室配备电脑，线上班需自备能上网的电脑。"),
    ("学费能退吗？", "开课前七天可全额退款，开课后按未上课时比例退还。"),
    ("证书有效期多久？", "职业技能等级证书长期有效，无需年审。"),
    ("多久能拿证？", "从报名到拿证一般两到三个月。"),
    ("能开发票吗？", "可以开具增值税普通发票，抬头可写单位。"),
    ("有补贴吗？", "参保职工取证后可按当地政策申领技能提升补贴。"),
    ("理论难不难？", "理论以单选、判断为主，刷熟题库基本能过。"),
    ("实操考什么？", "一般是给定数据集完成清洗、标注和质检报告。"),
    ("报名要什么材料？", "身份证正反面、学历证明、工作证明和白底证件照。"),
    ("可以直接考三级吗？", "具备相关专业学历或四级证书满一定年限即可直接报三级。"),
    ("上课时间固定吗？", "直播有固定时间，错过可看回放。"),
    ("周末能考试吗？", "认定考试多安排在周末，具体以准考证为准。"),
]
REVIEWS = [
    "之前做客服，学完后转岗做数据标注组长，工资涨了不少。",
    "老师讲得很细，题库刷了三遍，一次过。",
    "宝宝上幼儿园后开始学的，线上课时间很自由。",
    "公司要求持证，跟着班主任节奏走，两个月拿证。",
    "实操部分一开始很懵，助教远程帮我改了好几次。",
    "考场就在市区，交通方便，监考很严格。",
    "价格不算便宜，但服务到位，推荐给了同事。",
    "大四在读，跟着周末班学完，秋招多了个加分项。",
    "原来做电商运营，学了提示词和质检，现在接标注项目。",
    "课程回放很有用，下班后每天看一节。",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
STREETS = ["人民路", "解放路", "建设路", "中山路", "文化路", "学府路", "科技路", "长江路", "光明街", "创业大道",
           "和平路", "新华路", "青年路", "育才路", "星光大道", "湖滨路", "东风路", "滨江大道"]
BUILDINGS = ["创新大厦", "科创中心", "国际广场", "时代大厦", "金融中心", "智慧产业园", "数字经济园", "人才大厦"]
CONTACT_HEADS = ["报名咨询", "联系我们", "咨询方式", "报名通道", "招生老师", "立即咨询", "联系方式", "预约试听"]
DISTRICTS = ["高新区", "中心城区", "经开区", "大学城", "科技园", "新区"]
SEASONS = ["2026年冬季", "2027年春季", "2026年秋季", "2027年首期", "元旦特训", "寒假班"]

# per-page text composition with pairwise template-overlap control
CATS = [("intro", INTRO), ("about", ABOUT), ("course", COURSE), ("sched", SCHED), ("fee", FEE),
        ("exam", EXAM), ("close", CLOSE)]


def choose_templates(rng, prev):
    best, best_score = None, None
    for _ in range(3000):
        pick = {name: rng.randrange(len(bank)) for name, bank in CATS}
        pick["about2"] = (pick["about"] + 1 + rng.randrange(len(ABOUT) - 1)) % len(ABOUT)
        pick["points"] = tuple(sorted(rng.sample(range(len(POINTS)), 4)))
        worst = 0
        for p in prev:
            same = sum(1 for n, _ in CATS if p[n] == pick[n])
            same += len({p["about"], p["about2"]} & {pick["about"], pick["about2"]}) - (p["about"] == pick["about"])
            same += len(set(p["points"]) & set(pick["points"])) / 2
            worst = max(worst, same)
        score = (worst, sum(1 for p in prev for n, _ in CATS if p[n] == pick[n]))
        if best_score is None or score < best_score:
            best, best_score = pick, score
    return best


def params_for(rng, spec):
    lv, lvn = rng.choice(LEVELS)
    mods = rng.sample(MODULES, 3)
    fee = rng.choice([1680, 1980, 2280, 2680, 2980, 3280, 3580, 3880, 4280, 4680, 5280])
    exam = rng.choice([300, 350, 420, 480, 560])
    p = dict(city=spec["city"], brand=spec["brand"], lv=lv, lvn=lvn, m1=mods[0], m2=mods[1], m3=mods[2],
             season=rng.choice(SEASONS), batch=rng.randint(3, 48), q=rng.randint(400, 1800),
             hours=rng.choice([48, 64, 72, 96, 120]), h1=rng.randint(10, 20), h2=rng.randint(12, 24),
             month=rng.randint(1, 12), day=rng.randint(1, 28), weeks=rng.randint(3, 10),
             district=rng.choice(DISTRICTS), days=rng.randint(3, 9), ahead=rng.randint(2, 20),
             fee=fee, orig=fee + rng.choice([800, 1000, 1200, 1500]), exam=exam, fee2=fee - exam,
             first=fee // 2, disc=rng.choice([100, 200, 300, 500]), sub=rng.choice([800, 1000, 1500, 2000]),
             issuer=rng.choice(ISSUERS), years=rng.choice([2, 4, 5, 6]), wk2=rng.randint(3, 8),
             times=rng.randint(2, 6), cls=rng.choice([15, 20, 25, 30]), corp=rng.randint(12, 90),
             rate=rng.randint(82, 98), ret=rng.choice([100, 200, 300]))
    return p


# --------------------------------------------------------------------------- page chrome
def page(title, body, head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
            "<!-- certwatch operators test web: fictional page; organisations, numbers and accounts are invented -->\n"
            "<meta charset=\"utf-8\">\n"
            f"<title>{escape(title)}</title>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n")


def chrome(sec, spec, title, inner):
    brand = spec["brand"] if spec else ""
    if sec == "mall":
        shop = spec["path"].split("/")[2] if spec else ""
        return (f"<header class=\"mall\"><a href=\"/mall/index.html\">学途优选·职业技能商城</a> | <a href=\"/index.html\">首页</a></header>\n"
                + (f"<div class=\"shopbar\">店铺：<a href=\"/mall/index.html#{shop}\">{escape(brand)}</a> ({shop})</div>\n" if spec else "")
                + f"<main>\n<h1>{escape(title)}</h1>\n{inner}\n</main>\n"
                f"<footer>学途优选平台客服 {MALL_FOOT_TEL} | 投诉邮箱 {MALL_FOOT_MAIL} | 平台不参与线下交易</footer>")
    if sec == "board":
        return (f"<div class=\"top\">同城便民网 · <a href=\"/board/index.html\">教育培训</a> | <a href=\"/index.html\">首页</a></div>\n"
                f"<div class=\"detail\">\n<h1>{escape(title)}</h1>\n{inner}\n</div>\n"
                f"<div class=\"footer\">便民网客服热线 {BOARD_FOOT_TEL} · 举报邮箱 {BOARD_FOOT_MAIL}</div>")
    if sec == "forum":
        return (f"<div class=\"bbs\"><a href=\"/forum/index.html\">职考论坛</a> &gt; 技能证书版 | <a href=\"/index.html\">首页</a></div>\n"
                f"<div class=\"thread\">\n<h1>{escape(title)}</h1>\n{inner}\n</div>\n"
                "<div class=\"bbsfoot\">论坛内容由网友发布，不代表本站观点</div>")
    if sec == "mp":
        acc = brand or "职场资讯"
        return (f"<div id=\"js_article\" class=\"rich_media\">\n<h1 class=\"rich_media_title\">{escape(title)}</h1>\n"
                f"<div class=\"rich_media_meta_list\"><span class=\"rich_media_meta_nickname\">{escape(acc)}</span> 公众号文章</div>\n"
                f"<div class=\"rich_media_content\">\n{inner}\n</div>\n"
                "<div class=\"rm_foot\"><a href=\"/mp/index.html\">阅读原文</a> · 在看</div>\n</div>")
    if sec == "school":
        home = "/" + "/".join(spec["path"].split("/")[1:3]) + "/" if spec else "/school/"
        return (f"<div class=\"hd\"><span class=\"logo\">{escape(brand)}</span> <a href=\"/school/index.html\">院校导航</a> | <a href=\"/index.html\">首页</a></div>\n"
                f"<div class=\"main\">\n<h1>{escape(title)}</h1>\n{inner}\n</div>\n"
                f"<div class=\"ft\">© 2026 {escape(brand)} 版权所有</div>")
    if sec == "news":
        return (f"<div class=\"nav\">职教资讯网 <a href=\"/news/index.html\">资讯</a> | <a href=\"/index.html\">首页</a></div>\n"
                f"<article>\n<h1>{escape(title)}</h1>\n{inner}\n</article>")
    return f"<h1>{escape(title)}</h1>\n{inner}"


TITLE_PARTS = [
    "{city}人工智能训练师{lv}报名", "人工智能训练师（{lvn}）考证培训", "{brand}AI训练师{lv}招生",
    "{season}人工智能训练师认定班", "人工智能训练师{lvn}证书直通车", "零基础考人工智能训练师{lv}",
]
TITLE_TAIL = ["学费{fee}元", "{season}开课", "小班面授", "线上+线下", "包教包会", "人社备案证书", "{brand}", "随到随学"]


def render_contacts(contacts, rng):
    parts = []
    for c in flat(contacts):
        if c[2] is not None:
            parts.append(c[2])
    rng.shuffle(parts)
    return parts


def build_offer(spec, idx, rng, prev):
    pick = choose_templates(rng, prev)
    prev.append(pick)
    p = params_for(rng, spec)
    f = lambda t: t.format(**p)
    title = f(TITLE_PARTS[idx % len(TITLE_PARTS)]) + " " + f(TITLE_TAIL[(idx * 3 + 1) % len(TITLE_TAIL)])
    if "{brand}" not in TITLE_PARTS[idx % len(TITLE_PARTS)] and TITLE_TAIL[(idx * 3 + 1) % len(TITLE_TAIL)] != "{brand}":
        title += " - " + spec["brand"]
    sent = {n: f(bank[pick[n]]) for n, bank in CATS}
    about2 = f(ABOUT[pick["about2"]])
    pts = [f(POINTS[i]) for i in pick["points"]]
    contacts = render_contacts(spec["contacts"], rng)
    dec_html = []
    for k in spec["decoys"]:
        kind, val, variants = DECOYS[k]
        dec_html.append(variants[(idx + len(k)) % len(variants)])
    # provider line
    prov = rng.choice(["培训机构：{b}", "主办单位：{b}", "招生单位：{b}", "培训服务提供方：{b}", "机构名称：{b}"]).format(b=spec["brand"])
    issuer_line = f"发证/评价机构：{p['issuer']}"
    order = ["intro", "about", "course", "sched", "fee", "exam"]
    if idx % 3 == 1:
        order = ["intro", "fee", "course", "about", "sched", "exam"]
    elif idx % 3 == 2:
        order = ["intro", "course", "exam", "fee", "sched", "about"]
    paras = [sent[n] for n in order]
    paras.insert(2, about2)
    sec = spec["sec"]
    lines = []
    if sec == "mall":
        sku = "1" + str(5 + idx % 5) + "".join(str(rng.randrange(10)) for _ in range(9))
        SKUS[spec["path"]] = sku
        lines.append(f"<div class=\"sku\">课程编号：{sku} &nbsp; 已售{rng.randint(12, 900)}件 &nbsp; 月销{rng.randint(3, 80)}</div>")
    if sec == "board":
        lines.append(f"<div class=\"meta\">区域：{p['city']} {p['district']} &nbsp; 商家：{escape(spec['brand'])} &nbsp; 发布：2026-{p['month']:02d}-{p['day']:02d}</div>")
    if sec == "forum":
        lines.append(f"<div class=\"author\">楼主：{escape(spec['brand'])}招生老师 · 发表于2026-11-{(idx % 27) + 1:02d}</div>")
    lines += [f"<p>{escape(x)}</p>" for x in paras]
    lines.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in pts) + "</ul>")
    lines.append(f"<p>{escape(prov)}；{escape(issuer_line)}</p>")
    faqs = rng.sample(FAQ, 2)
    lines.append("<dl>" + "".join(f"<dt>问：{escape(q)}</dt><dd>答：{escape(a)}</dd>" for q, a in faqs) + "</dl>")
    if idx % 2 == 0:
        rv = rng.choice(REVIEWS)
        lines.append(f"<blockquote>{rng.choice(SURNAMES)}同学（{p['city']}，{rng.randint(21, 45)}岁）：{escape(rv)}</blockquote>")
    lines.append(f"<p>{rng.choice(['地址', '上课地点', '校区地址', '办公地址'])}：{p['city']}{p['district']}{rng.choice(STREETS)}{rng.randint(3, 399)}号{rng.choice(BUILDINGS)}{rng.randint(2, 28)}楼{rng.randint(1, 30):02d}室</p>")
    # decoys partly before, partly after contacts
    cblock = "<div class=\"contact\">" + "<br>\n".join(contacts) + "</div>"
    if dec_html:
        lines.append(f"<p class=\"note\">{escape(dec_html[0])}</p>")
    lines.append(f"<h3>{rng.choice(CONTACT_HEADS)}</h3>")
    lines.append(cblock)
    for d in dec_html[1:]:
        lines.append(f"<p class=\"note\">{escape(d)}</p>")
    lines.append(f"<p>{escape(sent['close'])}</p>")
    return title, chrome(sec, spec, title, "\n".join(lines))


# --------------------------------------------------------------------------- non-offer pages
def nonoffers(offer_specs):
    pages = {}
    # warnings / news
    pages["/news/warning-1.html"] = ("news", "警惕！以下号码冒充“人工智能训练师”考试中心收费", "\n".join([
        "<p>近期多名市民反映，有人冒充考试中心工作人员，以“内部名额”“免考拿证”为由收取费用。</p>",
        "<p>请警惕以下号码：13966218840、151 9003 7712、17788204416，以及QQ号1047756392。</p>",
        "<p>举报电话：12345；政策咨询：12333。证书查询请认准 osta.mohrss.gov.cn。</p>",
    ]), ["scam1", "scam2", "scam3", "scam_qq", "pub12345", "pub12333", "osta1"])
    pages["/news/warning-2.html"] = ("news", "人社部门提醒：职业技能等级证书不存在“免考包过”", "\n".join([
        "<p>人工智能训练师等职业技能等级证书须经评价机构考核合格后颁发，任何“包过”“免考”均为虚假宣传。</p>",
        "<p>证书可通过 jndj.osta.org.cn 或 osta.mohrss.gov.cn 查询，咨询请拨打12333。</p>",
        "<p>湖北省职业技能鉴定指导中心咨询电话 027-87814432 仅提供政策解答，不对外招生。</p>",
    ]), ["jndj", "osta1", "pub12333", "prov_hot"])
    pages["/news/case-3.html"] = ("news", "女子花4980元买“AI训练师证”，拿到手的证书查不到", "\n".join([
        "<p>王女士称，对方自称“培训老师”，手机号17788204416，收款后发来一张证书照片，证书编号18330012604。</p>",
        "<p>经核实，该编号系网上流传的样证编号，多家机构广告均在使用。订单号13720261102的付款记录已提交警方。</p>",
        "<p>警方提示：遇到类似情况请拨打110或12345反映。</p>",
    ]), ["scam3", "cert_sample", "pub12345"])
    pages["/news/policy-4.html"] = ("news", "人工智能训练师（4-04-05-05）职业技能等级认定政策解读", "\n".join([
        "<p>人工智能训练师职业共设五个等级，由备案的社会培训评价组织开展认定。</p>",
        "<p>评价机构证书核验统一电话：010-62785531。证书查询：jndj.osta.org.cn。</p>",
        "<p>准考证号由系统生成（示例 17620261107），考生不要向任何个人转账购买“准考证”。</p>",
    ]), ["issuer_hot", "jndj", "exam_no"])
    pages["/forum/thread-5001.html"] = ("forum", "求问：这个号码151-9003-7712是骗子吗？", "\n".join([
        "<div class=\"author\">楼主：考证小白</div>",
        "<p>有人加我说能内部报名人工智能训练师三级，号码15190037712，让先交800定金。</p>",
        "<p>2楼：别信，论坛早就挂过这个号，还有QQ 1047756392 也是一伙的。</p>",
        "<p>3楼：正规报名都有报名序号，比如882610375这种，由系统生成，不会让你私下转账。</p>",
    ]), ["scam2", "scam_qq", "order_seq"])
    pages["/forum/thread-5002.html"] = ("forum", "【经验】人工智能训练师四级考试回忆", "\n".join([
        "<div class=\"author\">楼主：数据标注老兵</div>",
        "<p>上周刚考完四级，理论90分钟，实操主要是图像标注和质检。</p>",
        "<p>我的准考证号是17620261107开头那种格式，考场在大学城。证书出来后在 osta.mohrss.gov.cn 能查到。</p>",
        "<p>有问题可以打12333问当地人社，别信中介。</p>",
    ]), ["exam_no", "osta1", "pub12333"])
    pages["/forum/thread-5003.html"] = ("forum", "求助：人工智能训练师和数据标注员证书有什么区别？", "\n".join([
        "<div class=\"author\">楼主：转行中</div>",
        "<p>看到有的机构卖“数据标注员”证书，有的卖“人工智能训练师”，是一回事吗？</p>",
        "<p>1楼：数据标注员是人工智能训练师下面的工种，证书上会写职业名称和等级。</p>",
    ]), [])
    pages["/board/notice.html"] = ("board", "便民网防骗公告：谨防“代报名”“包过证”诈骗", "\n".join([
        "<p>近期接到举报，以下号码冒充商家收费：139-6621-8840、17788204416。</p>",
        "<p>如遇可疑信息请点击举报或拨打12345。</p>",
    ]), ["scam1", "scam3", "pub12345"])
    pages["/mall/help.html"] = ("mall", "学途优选帮助中心：如何选择职业技能课程", "\n".join([
        "<p>平台商家均需提交营业执照审核。购买课程前请与商家确认评价机构及收费明细。</p>",
        "<p>订单号示例：15820261105（订单号不是电话号码，请勿拨打）。</p>",
        "<p>对证书有疑问可拨打12333咨询当地人社部门。</p>",
    ]), ["pub12333"])
    pages["/mp/s/zhengce.html"] = ("mp", "一文读懂：如何查询职业技能等级证书真伪", "\n".join([
        "<p>第一步：登录 osta.mohrss.gov.cn 或 jndj.osta.org.cn。</p>",
        "<p>第二步：输入姓名、证件号及证书编号（如样证编号18330012604仅为示例，查询不到）。</p>",
        "<p>遇到冒用评价机构名义的广告，可拨打12345投诉。</p>",
    ]), ["osta1", "jndj", "cert_sample", "pub12345"])
    return pages


# --------------------------------------------------------------------------- build
def shingles(html):
    body = html.split("<body>", 1)[1]
    t = re.sub(r"<[^>]+>", "", body)
    t = re.sub(r"\s+", "", unescape(t))
    return {t[i:i + 5] for i in range(len(t) - 4)}


def main():
    rng = random.Random(20261206)
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    files = {}
    truth_pages = []
    decoy_paths = {k: [] for k in DECOYS}
    foot_paths = {"mall": [], "board": []}
    prev = []
    offer_shingles = []

    for idx, spec in enumerate(OFFERS):
        best = None
        for _try in range(60):
            trial_prev = list(prev)
            title, body = build_offer(spec, idx, rng, trial_prev)
            html = page(title, body)
            shg = shingles(html)
            worst = max([len(shg & o) / min(len(shg), len(o)) for o in offer_shingles] or [0])
            if best is None or worst < best[0]:
                best = (worst, html, shg, trial_prev)
            if worst <= 0.26:
                break
        _, html, shg, prev = best
        m = re.search(r"课程编号：(\d+)", html)
        if m:
            SKUS[spec["path"]] = m.group(1)  # the kept trial's number, not the last trial's
        offer_shingles.append(shg)
        files[spec["path"]] = html
        ids = []
        for c in flat(spec["contacts"]):
            if c[0] != "_html" and (c[0], c[1]) not in [(i["kind"], i["value"]) for i in ids]:
                ids.append({"kind": c[0], "value": c[1]})
        for k in spec["decoys"]:
            decoy_paths[k].append(spec["path"])
        if spec["sec"] in foot_paths:
            foot_paths[spec["sec"]].append(spec["path"])
        truth_pages.append({"path": spec["path"], "is_offer": True, "operator": spec["op"],
                            "provider": spec["brand"], "identifiers": ids,
                            "note": f"{spec['sec']} offer, {spec['city']}" + ("" if spec["op"] else ", independent seller")})

    for path, (sec, title, inner, dks) in nonoffers(OFFERS).items():
        files[path] = page(title, chrome(sec, None, title, inner))
        for k in dks:
            decoy_paths[k].append(path)
        if sec in foot_paths:
            foot_paths[sec].append(path)
        truth_pages.append({"path": path, "is_offer": False, "operator": None, "provider": None,
                            "identifiers": [], "note": f"{sec} non-offer page (warning/news/help); numbers quoted are decoys"})

    # list pages
    by_sec = {}
    for spec in OFFERS:
        by_sec.setdefault(spec["sec"], []).append((spec["path"], spec["brand"]))
    for path in files:
        sec = path.split("/")[1]
        if not any(path == s["path"] for s in OFFERS):
            by_sec.setdefault(sec, []).append((path, "资讯/公告"))
    sec_names = {"school": "培训学校", "mall": "学途优选商城", "board": "同城便民网·教育培训",
                 "forum": "职考论坛", "mp": "公众号文章", "news": "职教资讯"}
    list_paths = {"school": "/school/index.html", "mall": "/mall/index.html", "board": "/board/index.html",
                  "forum": "/forum/index.html", "mp": "/mp/index.html", "news": "/news/index.html"}
    for sec, lp in list_paths.items():
        items = sorted(by_sec.get(sec, []))
        inner = "<ul>\n" + "\n".join(f"<li><a href=\"{p}\">{escape(b)} — {p.rsplit('/', 1)[1]}</a></li>" for p, b in items) + "\n</ul>"
        t = sec_names[sec] + " 列表"
        files[lp] = page(t, chrome(sec, None, t, inner))
        if sec in foot_paths:
            foot_paths[sec].append(lp)
        truth_pages.append({"path": lp, "is_offer": False, "operator": None, "provider": None,
                            "identifiers": [], "note": "list page"})
    idx_inner = "<ul>\n" + "\n".join(f"<li><a href=\"{lp}\">{sec_names[s]}</a></li>" for s, lp in list_paths.items()) + "\n</ul>"
    files["/index.html"] = page("职培导航 - 人工智能训练师培训信息汇总",
                                "<h1>职培导航</h1>\n<p>汇集各地人工智能训练师培训、考证信息。</p>\n" + idx_inner)
    truth_pages.append({"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
                        "identifiers": [], "note": "root"})

    for path, html in files.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(html)
    with open(os.path.join(SITE, "robots.txt"), "w") as fh:
        fh.write("User-agent: *\nAllow: /\n")

    # operators
    ops = {}
    for spec in OFFERS:
        if spec["op"]:
            ops.setdefault(spec["op"], {"brands": [], "ties": ""})["brands"].append(spec["brand"])
    for op in ops:
        ops[op]["ties"] = TIES[op]

    decoys = []
    for k, (kind, val, _) in DECOYS.items():
        decoys.append({"kind": kind, "value": val, "paths": sorted(set(decoy_paths[k])),
                       "note": DECOY_NOTES[k]})
    extra = [("order_number", "13720261102", ["/news/case-3.html"], "订单号 in a news story; 11 digits starting with 1"),
             ("order_number", "15820261105", ["/mall/help.html"], "订单号 example on the marketplace help page")]
    for path, sku in sorted(SKUS.items()):
        extra.append(("order_number", sku, [path], "课程编号 on a marketplace item page; 11 digits starting with 1, looks like a mobile"))
    for kind, val, paths, note in extra:
        decoys.append({"kind": kind, "value": val, "paths": paths, "note": note})
    for val, paths, note in [(MALL_FOOT_TEL, foot_paths["mall"], "学途优选 marketplace customer-service number in every /mall/ footer"),
                             (MALL_FOOT_MAIL, foot_paths["mall"], "学途优选 marketplace complaint e-mail in every /mall/ footer"),
                             (BOARD_FOOT_TEL, foot_paths["board"], "同城便民网 customer-service hotline in every /board/ footer"),
                             (BOARD_FOOT_MAIL, foot_paths["board"], "同城便民网 report e-mail in every /board/ footer")]:
        decoys.append({"kind": "marketplace_footer", "value": val, "paths": sorted(paths), "note": note})

    truth_pages.sort(key=lambda p: p["path"])
    truth = {
        "description": ("Labeled operators test web for certwatch (written independently of the project code). "
                        "Offer pages sell 人工智能训练师 courses; operators are businesses behind several brands, tied by "
                        "shared contact identifiers written in varied forms; independent sellers have operator null; "
                        "decoys are public numbers, marketplace footers, warning quotes and order/certificate numbers "
                        "that must not link sellers. All organisations and numbers are invented."),
        "pages": truth_pages,
        "operators": dict(sorted(ops.items())),
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"pages={len(files)} offers={len(OFFERS)} operators={len(ops)} "
          f"independent={sum(1 for s in OFFERS if not s['op'])}")


TIES = {
    "OP01": "智训教育–云启AI学院 mobile 13857120461 (spaced / tel: link); 云启AI学院–杭城职培 WeChat zx_ai2980 (加v / V信, upper case); 智训教育–钱塘数智学堂 USCC " + U1 + " and e-mail zhixun_hz@126.com (mixed case)",
    "OP02": "申智职业培训–沪上智能标注工坊 landline 021-62358817 (+86-21-… form); 申智职业培训–浦江数智 e-mail shenzhi_edu@163.com (upper case); 浦江数智–海上AI研习社 QQ group 735126684",
    "OP03": "chain of single ties: 京训科技–燕园智能标注 mobile 13911047725; 燕园智能标注–华北AI考证中心 WeChat yanyuan_biaozhu; 华北AI考证中心–北辰职培 QQ 2950613378",
    "OP04": "鹏城数智学堂–南山技能 400-699-2817 (dashed / plain); 鹏城数智学堂–深蓝AI职训 account 深圳市鹏智教育咨询有限公司; 南山技能–深蓝AI职训–前海数据标注培训 mobile 13714820936 (spaced / full-width / +86)",
    "OP05": "蜀才职教 writes 18628305174 微信同号; 天府数标学院 gives only WeChat 18628305174; 锦城考证通 gives only the phone in full-width digits",
    "OP06": "江城智培–楚天AI训练营 e-mail jcz_px@qq.com (mailto, upper case); 江城智培–楚才数智 USCC " + U6,
    "OP07": "羊城职业技能–穗智教育 QQ 2851736604; 穗智教育–珠江数据学苑 QQ group 61839275; 珠江数据学苑–岭南训练师之家–粤智通 mobile 13527760184 (+86 / 0086 / split across tags); 粤智通–花城AI认证服务 e-mail yuezhitong@foxmail.com; 羊城职业技能–花城AI认证服务 USCC " + U7,
    "OP08": "金陵AI学院–秦淮技能 domain jlaitrain.cn (www. / http://…/ai); 秦淮技能–石城数标培训 account name 南京金智职业技能培训学校有限公司",
    "OP09": "长安智训–秦川数标 mobile 18092357716 (tel: link / split across tags); 秦川数标–古都职培 WeChat qcsb_7716 (case differs)",
    "OP10": "中原人工智能培训基地–豫才教育 landline 0371-65918824 (spaced / parenthesised)",
    "OP11": "星城数训–湘江AI学院 WeChat xiangai_88 (VX / 加v, case differs); 湘江AI学院–麓山考证 QQ 3306152849 (QQ / 扣扣)",
}
DECOY_NOTES = {
    "pub12333": "人社 service hotline quoted by many unrelated sellers and news pages",
    "pub12345": "政务服务便民热线 quoted by unrelated sellers and warnings",
    "prov_hot": "provincial 职业技能鉴定指导中心 hotline quoted by one operator's pages and a news page (public, not a seller contact)",
    "osta1": "official verification site quoted on many ads",
    "jndj": "official certificate query site quoted on many ads",
    "issuer_hot": "the assessing organisation's verification phone, quoted by unrelated sellers",
    "scam1": "scam number quoted in warnings (谨防假冒) inside offers of unrelated sellers and on warning pages",
    "scam2": "scam number quoted in warnings inside offers and on a forum thread / news page",
    "scam3": "scam number quoted in warnings inside offers and news",
    "scam_qq": "scam QQ number quoted in warnings inside offers and news",
    "cert_sample": "sample certificate number (证书编号, 11 digits starting with 1) copied by unrelated sellers",
    "order_seq": "报名序号 example, 9 digits (looks like a QQ number), on unrelated sellers' pages",
    "exam_no": "准考证号 example, 11 digits starting with 17 (looks like a mobile), on unrelated sellers' pages",
}

if __name__ == "__main__":
    main()
