# -*- coding: utf-8 -*-
"""Generate the sealed operators web 2026-12c (stdlib only). Run: python3 gen.py"""
import json, os, re, shutil, unicodedata
from offers import OFFERS

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
NOTE = "<!-- test web: fictional page; organisations, phones and sites are invented -->"

def page(title, body, css="", lang="zh-CN"):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{NOTE}
<meta charset="utf-8">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""

MALL_FOOT = """<div class="mfoot"><a href="/mall/index.html">智培优选</a> 客服400-860-3377 · kefu@zhipeimall.cn</div>"""
MALL_CSS = ".mhead{background:#ff5000;color:#fff;padding:8px}.sku .price{color:#ff5000;font-size:22px}.mfoot{border-top:1px solid #ddd;color:#888;font-size:12px}"

MALL_MORE = {
 "/mall/shop/zhitu-px.html": "直播时间为每周二、四晚八点，错过可看回放；班主任每周发学习报告，督促刷题进度。去年三级学员里不少是电商客服转岗，边上班边学完全来得及。",
 "/mall/shop/shubiao-xt.html": "两周实训全部用真实脱敏数据，结课交一个标注项目作品集，可以直接写进简历。我们和几家标注外包公司有合作，优秀学员可内推兼职。",
 "/mall/shop/tianfu-ai.html": "冲刺班只接受已学完三级理论的同学，入学先做一次摸底测试，分AB两组练习；机位有限，先付款先排位。",
 "/mall/shop/nanyue-jineng.html": "技师评审看重工作业绩和技术总结，导师会帮你梳理项目经历、提炼成果；答辩前一周安排全真模拟，评委由行业专家担任。",
 "/mall/shop/pujiang-zn.html": "连读班按两个学期排课，寒假期间也可线上补课；学满两个等级约需五个月，适合想一步到位拿高级工的在职人员。",
 "/mall/shop/shicheng-jn.html": "五级适合刚接触AI的新人，内容以数据采集、简单标注和规范为主，课后练习在手机上就能做，大约三周就能学完。",
 "/mall/shop/lingxi-ai.html": "买前须知：本套餐是电子资料，发货后不退；题库按最新考纲更新，视频共36讲，支持倍速播放。",
 "/mall/shop/xingchen-kz.html": "名额紧张，资料齐全当天安排，加急15天另付费。全国都能办，包邮寄送证书原件。",
}
def mall_shop(o):
    shop = o["provider"]
    body = f"""<div class="mhead"><a href="/mall/index.html">智培优选</a> &gt; 职业资格 &gt; {shop}旗舰店</div>
<div class="shopbar"><b>{shop}</b></div>
{o['body']}
<div class="more">{MALL_MORE[o['path']]}</div>
{MALL_FOOT}"""
    return page(o["title"], body, MALL_CSS)

FL_CSS = "body{font-family:SimSun}.fl-top{background:#1a7cc9;color:#fff}.fl-d{width:760px}.tip{color:#c00;font-size:12px}"
def fenlei(o):
    num = re.search(r"p(\d+)", o["path"]).group(1)
    body = f"""<div class="fl-top"><a href="/fenlei/index.html">百姓易发网</a> <a href="/index.html">导航</a></div>
<div class="fl-d"><h1>{o['title']}</h1>
<div class="info">No.{num} 2026-12-0{int(num) % 7 + 1}</div>
{o['body']}
<p class="tip">谨防预付诈骗</p></div>"""
    return page(o["title"], body, FL_CSS)

WD_CSS = ".q{font-size:18px;font-weight:bold}.ans{border-bottom:1px dotted #ccc;padding:8px 0}.who{color:#3e7ac2}"
USERS = ["路过的小白", "匿名用户", "数据标注打工人", "老王爱学习", "考证达人2025", "一只小章鱼"]
CHATTER = ["我也想知道，蹲一个。", "建议先查清楚发证机构是不是备案了，网上水太深。", "去年考的四级，理论不难，实操要多练。",
           "别图便宜，看清是不是职业技能等级证书。", "同问，坐标本地。", "考过的说一句，证书能查到就行。",
           "公司HR说有证的转正快一点。", "我报的线下班，同学大多是做客服转岗的。", "题库刷三遍基本就稳了。",
           "有没有人一起组队学习的？", "实操那部分标注工具第一次用会懵。", "关注一下，明年想报。",
           "千万别交什么内部名额费。", "我朋友考的三级，说论文不用写，二级才要。", "证书拿到了，就是等了挺久。", "楼上说得对。"]
def wenda(o, i):
    u1, u2 = USERS[i % 6], USERS[(i + 3) % 6]
    c1, c2 = CHATTER[2 * i], CHATTER[2 * i + 1]
    body = f"""<div class="wd-nav"><a href="/wenda/index.html">职场问答</a> &gt; 考证 &nbsp; <a href="/index.html">首页</a></div>
<div class="q">{o['title']}</div><div class="qd">提问者：{u1} · 2026-11-2{i % 9} · {17 + i * 7}人关注</div>
<div class="ans"><span class="who">{u2}</span>：{c1}</div>
<div class="ans best"><span class="who">{o['provider']}（认证商家）</span>：{o['body']}</div>
<div class="ans"><span class="who">{USERS[(i + 5) % 6]}</span>：{c2}</div>"""
    return page(o["title"] + " - 职场问答", body, WD_CSS)

MP_CSS = ".rich_media_content section{margin:0 8px}.hl{color:#e64340;font-weight:bold}.box{border:1px dashed #07c160;padding:10px}"
def mp(o, i):
    body = f"""<div class="rich_media"><h1 class="rich_media_title">{o['title']}</h1>
<div class="rich_media_meta_list"><span class="nick">{o['provider']}</span> <em>2026-1{i % 2}-{10 + i}</em></div>
<div class="rich_media_content" id="js_content">
{o['body']}
</div>
<div class="read">阅读 {1200 + i * 311} &nbsp; 在看 {i * 3 + 2}</div>
<p><a href="/mp/index.html">← 更多文章</a> · <a href="/index.html">导航</a></p></div>"""
    return page(o["title"], body, MP_CSS)

SCHOOL = {
 "qiheng": ("启衡教育", ".qh-nav{background:#0b3d6b;color:#fff}.t td,.t th{border:1px solid #999;padding:4px}.contact{background:#f3f7fb}"),
 "beichen": ("北辰智能学院", ".bc-top{border-bottom:3px solid #b8860b}.crumbs{color:#999}em{color:#b8860b}.small{font-size:12px}"),
 "zhida": ("沪上职达职业技能培训学校", ".zd-head{font-family:serif}.lead{color:#666}dl dt{font-weight:bold}"),
 "hangxin": ("航信数智培训", ".hx{max-width:900px;margin:auto}"),
}
def school(o):
    key = o["path"].split("/")[1]
    name, css = SCHOOL[key]
    body = f"""<div class="{key[:2]}-nav {key[:2]}-top {key[:2]}-head"><b>{name}</b> &nbsp; <a href="/{key}/index.html">首页</a> · <a href="{o['path']}">课程</a> · <a href="/index.html">导航</a></div>
<div class="main">{o['body']}</div>
<div class="foot">© 2026 {name} 版权所有</div>"""
    return page(o["title"], body, css)

def school_home(key, offer_path, blurb):
    name, css = SCHOOL[key]
    body = f"""<div class="{key[:2]}-nav"><b>{name}</b> &nbsp; <a href="/{key}/index.html">首页</a> · <a href="{offer_path}">课程</a> · <a href="/index.html">导航</a></div>
<div class="main"><h1>欢迎访问{name}</h1><p>{blurb}</p>
<ul><li><a href="{offer_path}">人工智能训练师课程介绍</a></li><li>学校新闻：2026年度优秀学员表彰</li><li>学校新闻：教师参加数字技能师资研修</li></ul></div>
<div class="foot">© 2026 {name} 版权所有</div>"""
    return page(name + " - 首页", body, css)

NEWS_CSS = ".nw{width:720px}.src{color:#888}.warn{color:#b00}"
def news(title, src, paras):
    body = f"""<div class="nw"><p><a href="/news/index.html">资讯中心</a> · <a href="/index.html">首页</a></p><h1>{title}</h1>
<p class="src">来源：{src} · 2026-12-0{len(title) % 9 + 1}</p>{''.join('<p>' + p + '</p>' for p in paras)}</div>"""
    return page(title, body, NEWS_CSS)

NEWS = [
 ("/news/n1.html", "警惕！冒充培训机构收取“加急出证费”的电话诈骗", "市反诈中心", [
  "近日，多名市民反映接到自称“人工智能训练师报名处”的电话，对方称可以“加急出证”，要求先转账980元。",
  "经查，来电号码为 170-8845-1230，与任何正规培训机构无关。警方提醒：职业技能等级证书须经培训和考核取得，不存在“加急出证”。",
  "如遇此类情况，请拨打110或反诈专线96110。"]),
 ("/news/n2.html", "“免考拿证”骗局曝光：QQ、微信里的“内部名额”不可信", "都市晚报", [
  "记者调查发现，有人在社交平台以“内部名额、免考拿证”为名兜售人工智能训练师证书。",
  "涉事QQ号 3307781452 和微信号 kaozheng_vip888 已被多名受害人举报，涉案金额累计超过二十万元。",
  "律师表示，购买假证书本身也可能承担法律责任。"]),
 ("/news/n3.html", "如何辨别人工智能训练师证书真伪？官方查询渠道汇总", "职业技能资讯", [
  "职业技能等级证书由经备案的评价机构颁发，人社部门不直接颁发。证书信息可通过技能人才评价证书全国联网查询 zscx.osta.org.cn 核验。",
  "证书上的查询网址应为 jndj.osta.org.cn，其他自称“国家查询网”的网站需谨慎。",
  "对政策有疑问，可拨打人社服务热线12333咨询；遇到消费纠纷可拨打12315投诉。"]),
 ("/news/n4.html", "又有人中招！“AI训练师证”加急费骗局换了新号码继续行骗", "本地生活报", [
  "继上月警方通报后，该诈骗团伙仍在使用 17088451230 拨打电话，同时以QQ 3307781452 添加受害人。",
  "多家正规培训机构已在招生广告中发布声明，提醒学员不要向任何陌生账户转账。",
  "市民如有疑问，可拨打12333核实培训政策。"]),
]

NONOFFER_EXTRA = [
 ("/fenlei/p2612050.html", "育婴师（四级）培训 郑州金水区 包食宿", [("phone", "+8613598762201")],
  "<p>育婴师四级培训，学费1800，含实操练习，结业可参加考核。</p><p>联系电话：135 9876 2201 王老师</p>", "fenlei"),
 ("/wenda/q8340.html", "接到说能“加急出证”的电话，是骗子吗？", [], None, "wenda"),
]

def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    files, truth_pages = {}, []
    wi = mi = 0
    for o in OFFERS:
        sec = o["path"].split("/")[1]
        if sec == "mall":
            html = mall_shop(o)
        elif sec == "fenlei":
            html = fenlei(o)
        elif sec == "wenda":
            wi += 1; html = wenda(o, wi)
        elif sec == "mp":
            mi += 1; html = mp(o, mi)
        else:
            html = school(o)
        files[o["path"]] = html
        truth_pages.append(dict(path=o["path"], is_offer=True, operator=o["op"], provider=o["provider"],
                                identifiers=[dict(kind=k, value=v) for k, v in o["ids"]],
                                note=o.get("note", "")))
    # non-offer pages
    def np(path, html, note, ids=()):
        files[path] = html
        truth_pages.append(dict(path=path, is_offer=False, operator=None, provider=None,
                                identifiers=[dict(kind=k, value=v) for k, v in ids], note=note))
    for path, title, src, paras in NEWS:
        np(path, news(title, src, paras), "warning/news page quoting scam numbers and official sites; no seller")
    p, title, ids, b, _ = NONOFFER_EXTRA[0]
    o = dict(path=p, title=title, body=b, provider="")
    np(p, fenlei(o), "classified ad for 育婴师, not an AI-trainer offer; unique contact", ids)
    p, title, _, _, _ = NONOFFER_EXTRA[1]
    body = f"""<div class="wd-nav"><a href="/wenda/index.html">职场问答</a> &gt; 防骗 &nbsp; <a href="/index.html">首页</a></div>
<div class="q">{title}</div><div class="qd">提问者：匿名用户 · 2026-12-02</div>
<div class="ans">号码是 170 8845 1230，说交980就能下个月拿人工智能训练师三级证。</div>
<div class="ans"><span class="who">热心网友</span>：100%骗子，新闻都报了。正规证书要考试，证书查询认准 zscx.osta.org.cn，拿不准打12333问。</div>
<div class="ans"><span class="who">数据标注打工人</span>：我也被一个QQ 3307781452 加过，直接拉黑。</div>"""
    np(p, page(title + " - 职场问答", body, WD_CSS), "user question about a scam call; no seller")
    homes = [("qiheng", "/qiheng/course.html", "启衡教育创办于2015年，位于杭州拱墅区，开设数字技能、办公软件和职业技能等级认定培训。"),
             ("beichen", "/beichen/kecheng.html", "北辰智能学院聚焦人工智能应用人才培养，提供数据标注、智能训练等方向课程。"),
             ("zhida", "/zhida/ai-xunlianshi.html", "沪上职达是经区教育局审批的民办职业技能培训学校，设徐汇、闵行两个校区。")]
    for key, op_, blurb in homes:
        np(f"/{key}/index.html", school_home(key, op_, blurb), "school homepage without contacts or prices")
    # list pages
    def lst(sec, title, css, extra=""):
        items = sorted(k for k in files if k.startswith(f"/{sec}/") and not k.endswith("index.html"))
        lis = "".join(f'<li><a href="{k}">{re.search(r"<title>(.*?)</title>", files[k]).group(1)}</a></li>' for k in items)
        body = f'<h1>{title}</h1><p><a href="/index.html">返回首页</a></p><ul>{lis}</ul>{extra}'
        np(f"/{sec}/index.html", page(title, body, css), "list page")
    lst("mall", "智培优选商城 · 职业资格频道", MALL_CSS, MALL_FOOT)
    lst("fenlei", "百姓易发网 · 教育培训 · 职业技能", FL_CSS)
    lst("wenda", "职场问答 · 考证专区", WD_CSS)
    lst("mp", "公众号文章精选", MP_CSS)
    lst("news", "资讯中心 · 防骗提醒", NEWS_CSS)
    secs = [("/mall/index.html", "智培优选商城"), ("/fenlei/index.html", "百姓易发网分类信息"), ("/wenda/index.html", "职场问答"),
            ("/mp/index.html", "公众号文章"), ("/news/index.html", "资讯与防骗"), ("/qiheng/index.html", "启衡教育"),
            ("/beichen/index.html", "北辰智能学院"), ("/zhida/index.html", "沪上职达"), ("/hangxin/index.html", "航信数智培训")]
    body = "<h1>职培导航 · 人工智能训练师</h1><ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in secs) + "</ul>"
    np("/index.html", page("职培导航", body, ""), "crawl root")
    for path, html in files.items():
        fp = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        open(fp, "w", encoding="utf-8").write(html)
    open(os.path.join(SITE, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")
    # decoys: find paths by digit/text match
    DECOYS = [
     ("public_number", "12333"), ("public_number", "zscx.osta.org.cn"), ("public_number", "jndj.osta.org.cn"), ("public_number", "12315"), ("public_number", "96110"),
     ("marketplace_footer", "400-860-3377"), ("marketplace_footer", "kefu@zhipeimall.cn"),
     ("warning_quote", "170-8845-1230"), ("warning_quote", "3307781452"), ("warning_quote", "kaozheng_vip888"),
     ("order_number", "13820261108"), ("order_number", "15820261113"), ("order_number", "13120260915"),
     ("order_number", "2026112305"), ("order_number", "2026031588"), ("order_number", "37018812"),
    ]
    decoys = []
    for kind, val in DECOYS:
        key = re.sub(r"[\s-]", "", val)
        paths = sorted(pth for pth, h in files.items() if key in re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", h)))
        decoys.append(dict(kind=kind, value=val, paths=paths))
    ops = {}
    for o in OFFERS:
        if o["op"]:
            ops.setdefault(o["op"], {"brands": [], "ties": ""})
            if o["provider"] not in ops[o["op"]]["brands"]:
                ops[o["op"]]["brands"].append(o["provider"])
    TIES = json.load(open(os.path.join(HERE, "ties.json"), encoding="utf-8"))
    for k in ops:
        ops[k]["ties"] = TIES[k]
    truth = dict(description="Sealed operators web 2026-12c: 51 pages (36 AI-trainer offers, 9 operators behind 28 offers, 8 independent sellers, 15 non-offer pages) with public-number, marketplace-footer, scam-warning and order-number decoys. Phones normalized +86 digits (landline with area code without 0, 400 numbers as +86400...), domains without www.",
                 pages=sorted(truth_pages, key=lambda p: p["path"]), operators=dict(sorted(ops.items())), decoys=decoys)
    json.dump(truth, open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(files), "pages")

if __name__ == "__main__":
    main()
