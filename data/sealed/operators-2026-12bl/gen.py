#!/usr/bin/env python3
"""Deterministic generator for test web 12bl (operators behind AI-trainer certificate ads)."""
import json, os, posixpath, shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")

A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def _org(b8):
    v = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(b8, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - v % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))
def uscc(p8, b8):
    s = p8 + b8 + _org(b8)
    r = 31 - sum(A.index(c) * w for c, w in zip(s, W)) % 31
    return s + A[0 if r == 31 else r]

C_ZHITU = uscc("91330106", "MA2H3K7P")
C_BEICHEN = uscc("91330108", "MA27WQ4D")
C_XINZHI = uscc("91330110", "MA2CJ8N1")
C_ZKZP = uscc("91110108", "MA01R7TU")
C_HENG = uscc("91330102", "MA2KD5E3")
C_MALL = uscc("91330105", "MA28XK0L")
def spaced(c):
    return " ".join([c[:4], c[4:8], c[8:12], c[12:16], c[16:]])

PAGES = {}      # path -> dict(title, html, truth)
ORDER = []

def rel(frm, to):
    return posixpath.relpath(to, posixpath.dirname(frm)) if posixpath.dirname(frm) != "" else to.lstrip("/")

def a(frm, to, text):
    r = posixpath.relpath(to.lstrip("/"), posixpath.dirname(frm.lstrip("/")) or ".")
    return f'<a href="{r}">{text}</a>'

# ------------------------------------------------------------------ frames
def doc(title, head_css, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>{title}</title>\n"
            f"<style>{head_css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")

def f_forum(p, title, main, side_extra=""):
    return doc(title + " - 技能圈论坛", "body{font:14px/1.7 sans-serif;background:#f2f4f7}.hd{background:#2b5d9b;color:#fff;padding:8px}.wrap{display:flex}.main{flex:3}.side{flex:1;padding:8px}.post{background:#fff;margin:8px;padding:10px;border:1px solid #dde}.au{color:#2b5d9b;font-weight:bold}",
        f"""<div class="hd"><b>技能圈论坛</b> jinengquan.com | {a(p,'/index.html','导航首页')} | {a(p,'/forum/index.html','职业技能考证版')} | 发帖 | 登录 | 注册</div>
<div class="crumb">当前位置：{a(p,'/index.html','首页')} &gt; {a(p,'/forum/index.html','职业技能考证')} &gt; {title}</div>
<div class="wrap"><div class="main">{main}</div>
<div class="side"><h4>版块公告</h4><p>严禁发布代考、包过、买卖证书信息，发现即删帖封号。举报请联系版主或加站务QQ群：613220845</p>
<h4>热帖</h4><ul><li>{a(p,'/forum/t-complaint-0418.html','交了3980报的人工智能训练师，现在人找不到了')}</li><li>{a(p,'/forum/t-anan-baoma.html','宝妈零基础考人工智能训练师的真实经历')}</li><li>{a(p,'/forum/index.html','更多帖子…')}</li></ul>{side_extra}</div></div>
<div class="ft">技能圈论坛 jinengquan.com 版权所有 · 站务QQ群 613220845 · 浙ICP备18033627号-2 · 本站帖子仅代表作者观点</div>""")

def f_qa(p, title, main):
    return doc(title + " - 知问", "body{font:15px/1.8 sans-serif;max-width:960px;margin:auto}.hd{border-bottom:2px solid #0a7;padding:6px}.ans{border-top:1px solid #eee;padding:10px 0}.meta{color:#888;font-size:12px}",
        f"""<div class="hd"><b style="color:#0a7">知问</b> zhiwen.cn　{a(p,'/index.html','首页')}　{a(p,'/qa/index.html','职业教育话题')}　提问　<input placeholder="搜索你感兴趣的问题"></div>
<div class="crumb">{a(p,'/index.html','首页')} / {a(p,'/qa/index.html','话题：职业技能证书')} / 问题详情</div>
<div class="q">{main}</div>
<div class="rel"><h4>相关问题</h4><ul><li>{a(p,'/qa/q-10293.html','人工智能训练师证书到底有没有用？')}</li><li>{a(p,'/qa/q-11578.html','零基础可以直接考人工智能训练师三级吗？')}</li><li>{a(p,'/qa/index.html','查看全部问题')}</li></ul></div>
<div class="ft">知问 zhiwen.cn · 用户协议 · 隐私政策 · 侵权/违规内容举报：report@zhiwen.cn · 回答内容由用户提供，不代表平台立场</div>""")

MALL_FT = f"""<div class="ft">优课集市 youkeji.cn · 客服热线 400-820-6688（9:00-21:00）· 客服邮箱 kefu@youkeji.cn<br>
杭州优课集市网络科技有限公司 统一社会信用代码 {C_MALL} · 浙B2-20190417 · 平台仅提供信息展示，课程由入驻商家提供</div>"""
def f_mall(p, title, main):
    return doc(title + " - 优课集市", "body{font:14px/1.6 sans-serif;background:#fafafa}.hd{background:#ff5a00;color:#fff;padding:8px}.item{background:#fff;padding:12px;margin:10px}.price{color:#ff5a00;font-size:22px}.shop{border:1px solid #eee;padding:8px;background:#fff;margin:10px}.rv{border-top:1px dashed #ddd;padding:6px 0}",
        f"""<div class="hd"><b>优课集市</b> youkeji.cn　{a(p,'/mall/index.html','首页')}　职业考证　IT技能　语言学习　{a(p,'/mall/help.html','帮助中心')}　{a(p,'/index.html','导航')}</div>
<div class="crumb">{a(p,'/mall/index.html','优课集市')} &gt; 职业考证 &gt; {title}</div>
{main}
<div class="guess"><h4>猜你喜欢</h4>{a(p,'/mall/item-kangyang-jkgl.html','健康管理师考证班')} · {a(p,'/mall/index.html','更多职业考证课程')}</div>
{MALL_FT}""")

def f_video(p, title, main):
    return doc(title + " - 拍拍短视频", "body{background:#111;color:#eee;font:14px/1.6 sans-serif}.player{background:#000;height:320px;text-align:center;padding-top:140px}.cmt{border-top:1px solid #333;padding:6px}a{color:#fc0}",
        f"""<div class="hd"><b>拍拍</b>短视频　{a(p,'/video/index.html','推荐')}　关注　直播　{a(p,'/index.html','网址导航')}</div>
{main}
<div class="ft">拍拍短视频 paipai-video.com · 网络文化经营许可证 浙网文〔2021〕1207-033号 · 客服电话 400-616-2580 · 未成年人/违法不良信息举报 400-616-2580</div>""")

def f_notes(p, title, main):
    return doc(title + " - 红薯笔记", "body{font:15px/1.8 -apple-system,sans-serif;max-width:720px;margin:auto;background:#fff}.hd{color:#e23}.tags a{color:#13c}.cmt{border-top:1px solid #f0f0f0;padding:6px 0;font-size:13px}",
        f"""<div class="hd"><b>红薯笔记</b> · {a(p,'/notes/index.html','发现')} · 购物 · 消息 · {a(p,'/index.html','导航')}</div>
<div class="crumb">{a(p,'/notes/index.html','发现')} › 职场考证</div>
{main}
<div class="ft">红薯笔记 hongshubiji.com · 沪ICP备17050226号 · 违法和不良信息举报电话：400-660-1399 · 互联网药品信息服务资格证书 (沪)-非经营性-2022-0031</div>""")

def f_fenlei(p, title, main):
    return doc(title + " - 百姓通分类信息", "body{font:13px/1.7 SimSun,serif;width:980px;margin:auto}.hd{border-bottom:3px solid #c00}.info td{padding:3px 8px;border:1px solid #ddd}.warn{background:#fff6e0;padding:6px;border:1px solid #fc6}",
        f"""<div class="hd"><b style="color:#c00;font-size:20px">百姓通</b> 杭州站 [切换城市]　{a(p,'/fenlei/index.html','教育培训')}　招聘　二手　房产　{a(p,'/index.html','网址导航')}　免费发布信息</div>
<div class="crumb">{a(p,'/fenlei/index.html','杭州百姓通')} &gt; 教育培训 &gt; 职业技能培训 &gt; {title}</div>
{main}
<div class="warn">温馨提示：百姓通不收取任何押金、报名费；凡要求先付款、包过拿证的信息请提高警惕。举报/客服热线：400-010-5858</div>
<div class="ft">百姓通 baixingtong.com 版权所有 · 客服 400-010-5858 · 京ICP证090312号</div>""")

def f_qun(p, title, main):
    return doc(title + " - 群公告墙", "body{font:15px/1.8 sans-serif;background:#eef2f5;max-width:680px;margin:auto}.card{background:#fff;border-radius:8px;padding:14px;margin:10px}.g{color:#999;font-size:12px}",
        f"""<div class="hd">群公告墙 qungonggao.net · {a(p,'/qun/index.html','公告广场')} · {a(p,'/index.html','导航')}</div>
<div class="crumb">{a(p,'/qun/index.html','公告广场')} / 学习考证</div>
<div class="card">{main}</div>
<div class="ft">群公告墙 qungonggao.net 仅收录用户主动公开的群公告，内容真实性由发布者负责。</div>""")

def f_news(p, title, main):
    return doc(title + "_江城晚报网", "body{font:16px/1.9 serif;width:900px;margin:auto}.hd{border-bottom:4px double #900}.src{color:#777;font-size:13px}.side{font-size:13px}",
        f"""<div class="hd"><b style="color:#900;font-size:26px">江城晚报网</b>　{a(p,'/news/index.html','首页')}　要闻　民生　{a(p,'/news/index.html','教育')}　财经　{a(p,'/index.html','导航')}</div>
<div class="crumb">{a(p,'/news/index.html','江城晚报网')} &gt; 教育 &gt; 正文</div>
{main}
<div class="side"><h4>相关阅读</h4><ul><li>{a(p,'/news/n-20261103-shanzhai.html','“包过拿证”？记者调查人工智能训练师考证乱象')}</li><li>{a(p,'/gov/tz-2026-88.html','市人社局：职业技能等级证书请认准官方查询渠道')}</li></ul></div>
<div class="ft">江城晚报网 版权所有 未经授权禁止转载 · 新闻报料热线：0571-85109999 · 浙ICP备05012788号</div>""")

def f_corp(p, title, brand, nav, main, foot):
    return doc(title, "body{font:14px/1.7 sans-serif;margin:0}.top{background:#0b3c7d;color:#fff;padding:14px}.nav a{color:#fff;margin-right:14px}.ban{background:#e9f1fb;padding:30px}.sec{padding:14px 30px}.ft{background:#222;color:#aaa;padding:14px;font-size:12px}",
        f"""<div class="top"><b style="font-size:22px">{brand}</b><div class="nav">{nav} {a(p,'/corp/index.html','企业黄页')} {a(p,'/index.html','网址导航')}</div></div>
{main}
<div class="ft">{foot}</div>""")

# ------------------------------------------------------------------ registry
def page(path, html, is_offer, operator=None, provider=None, ids=(), note=""):
    assert path not in PAGES, path
    PAGES[path] = dict(html=html, truth=dict(path=path, is_offer=is_offer, operator=operator,
                                             provider=provider, identifiers=[list(x) for x in ids], note=note))
    ORDER.append(path)

LISTS = {}  # section -> list of (path,title)
def listed(sec, path, title):
    LISTS.setdefault(sec, []).append((path, title))

# ============ U01 智途 (phone 13957104682, wechat zhitu_ai2026, uscc, domain zhitu-edu.cn, email zhitu_edu@163.com)
p = "/corp/zhitu/index.html"
page(p, f_corp(p, "人工智能训练师职业技能等级认定报名服务中心 - 智途教育科技", "人工智能训练师职业技能等级认定报名服务中心",
  '<a href="#tz">通知公告</a><a href="#bm">在线报名</a><a href="#cx">证书查询</a>',
  f"""<div class="ban"><h1>关于2026年第四季度人工智能训练师(4-04-05-05)职业技能等级认定集中报名的通知</h1>
<p>各考生、各合作单位：根据《人工智能训练师国家职业技能标准(2021年版)》及相关文件精神，我中心现面向社会开展第四季度集中报名工作，现将有关事项通知如下：</p></div>
<div class="sec" id="tz"><h3>一、报考等级</h3><p>五级/初级工、四级/中级工、三级/高级工，另开设二级/技师直通班（名额有限，额满即止）。</p>
<h3>二、报名条件</h3><p>年满16周岁，学历不限、专业不限，零基础可报。相关工作年限证明由中心统一协助出具。</p>
<h3>三、证书说明</h3><p>考核合格颁发人工智能训练师职业技能等级证书，全国联网，可在人社部官方网站查询（zscx.osta.org.cn），可用于申领技能提升补贴、积分落户、职称评定加分。</p>
<h3>四、费用</h3><p>五级 1680 元，四级 2380 元，三级 3280 元；三级+四级同报优惠价 4980 元，含教材、题库、考务费。</p>
<h3 id="bm">五、报名方式</h3><p>1. 在线填写报名表（下方表单）；2. 电话报名：<a href="tel:+8613957104682">139-5710-4682</a>（李老师）；3. 邮件报名：将身份证正反面、一寸照发送至 zhitu_edu@163.com。</p>
<form><p>姓名 <input> 手机 <input> 报考等级 <select><option>三级</option></select> <button>提交</button></p><p class="g">本表单由 金数据 jinshuju.net 提供技术支持</p></form>
<p id="cx">报名截止：2026年12月20日。逾期顺延至下一批次。</p>
<p style="text-align:right">人工智能训练师职业技能等级认定报名服务中心<br>2026年11月18日</p></div>""",
  f"运营单位：杭州智途教育科技有限公司　统一社会信用代码：{C_ZHITU}<br>网址：www.zhitu-edu.cn　地址：杭州市西湖区文三路XX号<br>技术支持：云建站 yunjianzhan.com"),
  True, "U01", "智途教育科技",
  [("phone", "+8613957104682", "139-5710-4682"), ("phone", "+8613957104682", "tel:+8613957104682"),
   ("email", "zhitu_edu@163.com", "zhitu_edu@163.com"), ("uscc", C_ZHITU, C_ZHITU),
   ("domain", "zhitu-edu.cn", "www.zhitu-edu.cn")],
  "company site dressed as an official 报名服务中心 notice; sells levels incl. 二级直通; run by 智途教育科技")
listed("corp", p, "人工智能训练师职业技能等级认定报名服务中心（杭州智途教育科技有限公司）")

p = "/mall/item-zhitu-ai3.html"
page(p, f_mall(p, "人工智能训练师三级 高级工 考证全程班", f"""<div class="item"><h1>【智途AI学院】人工智能训练师三级/高级工 考证全程班 含报名+题库+实操辅导</h1>
<p class="price">¥2980 <del>¥6800</del></p><p>已售 1263 · 好评率 98% · 课程编号 YK-AI-20261107</p>
<ul><li>人社系统职业技能等级证书，全国通用</li><li>零基础专属班，理论+实操双线通关</li><li>报名后一对一班主任跟进，考前押题</li><li>符合条件可申请技能提升补贴，最高2000元</li></ul>
<h3>购买须知</h3><p>下单后请添加班主任微信 ZhiTu_AI2026 发送订单截图登记报名信息，未添加视为放弃当期考位。</p></div>
<div class="shop"><b>智途AI学院旗舰店</b>　店铺评分 4.9<br>资质公示：杭州智途教育科技有限公司　统一社会信用代码 {spaced(C_ZHITU)}<br>在线客服 9:00-22:00</div>
<div class="rvs"><h4>评价(862)</h4><div class="rv">小***鱼：老师很负责，资料很全。</div><div class="rv">j***8：还没考，先给好评。</div></div>"""),
  True, "U01", "智途AI学院",
  [("wechat", "zhitu_ai2026", "ZhiTu_AI2026"), ("uscc", C_ZHITU, spaced(C_ZHITU))],
  "marketplace item by 智途AI学院 shop; ties via USCC (spaced) to corp site and wechat to group notice")
listed("mall", p, "【智途AI学院】人工智能训练师三级 考证全程班 ¥2980")

p = "/qa/q-10293.html"
page(p, f_qa(p, "人工智能训练师证书到底有没有用？", f"""<h1>人工智能训练师证书到底有没有用？现在考还来得及吗？</h1>
<p>本人做电商客服三年，公司说以后要上AI客服，想考个人工智能训练师，不知道这个证含金量怎么样，网上报名的机构靠谱吗？</p>
<div class="ans"><div class="meta">知友“北漂小陈” · 186 赞同</div><p>说点实在的：这是2020年人社部等发布的新职业，证书是职业技能等级证书，由备案的评价机构发，能在技能人才评价证书查询网查到。有用没用看你岗位，做数据标注、AI运营的会加分。机构的话先查它是不是备案评价机构，别信“包过”。</p></div>
<div class="ans"><div class="meta">知友“智途-李老师” · 教育行业从业者 · 52 赞同</div><p>谢邀。题主这种情况非常适合考，有客服工作经历可以直接报四级甚至三级，我们今年带的学员里客服转岗的很多，三级通过率在95%以上。</p>
<p>现在报还赶得上12月那一批，名额不多了。需要了解报名流程的可以直接来电：１３９５７１０４６８２，或者看我主页。</p>
<p>补充：证书是人社部颁发的，全国联网可查，放心。</p></div>
<div class="ans"><div class="meta">知友“咸鱼翻身中” · 3 赞同</div><p>楼上的“人社部颁发”就不对吧，现在等级证书都是评价机构发的。</p></div>"""),
  True, "U01", "智途教育科技",
  [("phone", "+8613957104682", "１３９５７１０４６８２")],
  "Q&A answer by a seller posing as neutral answerer; full-width phone; first answer is genuine (non-seller)")
listed("qa", p, "人工智能训练师证书到底有没有用？")

p = "/qun/gg-qiming-ai.html"
page(p, f_qun(p, "启明职业技能服务站 人工智能训练师交流群 群公告", f"""<h2>群公告 · 启明职业技能服务站｜AI训练师考证2群（482人）</h2>
<p class="g">群主 启明-李老师 · 2026-11-20 发布 · 已读 311</p>
<p>【重要通知】各位群友：</p>
<p>1. 本期人工智能训练师四级、三级报名12月20日截止，考试安排在1月中旬，线上理论+线下实操。</p>
<p>2. 还没交材料的抓紧私信群主，微信：zhitu＿ai2026（不是手机号，直接搜）。</p>
<p>3. 纸质材料可以寄或者发邮件 zhitu_edu艾特163点com，注明“姓名+等级”。</p>
<p>4. 群内禁止发广告、禁止私加群友推销其他机构，发现直接踢。</p>
<p>5. 证书出来后统一在官方网站查询，有问题找群主，别听群里其他人乱说。</p>"""),
  True, "U01", "启明职业技能服务站",
  [("wechat", "zhitu_ai2026", "zhitu＿ai2026"), ("email", "zhitu_edu@163.com", "zhitu_edu艾特163点com")],
  "group notice of a third brand; full-width underscore wechat and spelled-out email tie it to U01")
listed("qun", p, "启明职业技能服务站｜AI训练师考证2群 群公告")

# ============ U02 小周老师 / 未来星职教 (phone 15088236471, wechat xz_ai_teacher, qq 2756310984)
p = "/forum/t-zhou-jingyan.html"
page(p, f_forum(p, "【经验分享】35岁转行，四个月拿下人工智能训练师四级，说说我踩过的坑", f"""<div class="post"><div class="au">周周在杭州 · 楼主 · 2026-10-28</div>
<h2>【经验分享】35岁转行，四个月拿下人工智能训练师四级，说说我踩过的坑</h2>
<p>先说背景：之前在工厂做质检，去年被优化，今年想转数据标注。踩了不少坑，写出来给大家参考。</p>
<p>坑1：一开始在网上找了个“包过”的，交了钱发了一个什么“AI应用工程师”证，根本不是人工智能训练师，也查不到。</p>
<p>坑2：理论题不难，难的是实操，数据清洗、标注规范、模型测试这几块一定要上手练。</p>
<p>坑3：报考条件要看清楚，五级要一年相关工作经历，别信什么都不要。</p>
<p>后来是朋友介绍的小周老师带的，讲得很细，实操有专门的平台练，我四级一次过。现在在一家标注公司做组长。</p>
<p>很多人私信问我在哪报的，统一回复：直接加小周老师，V：XZ_AI_Teacher，说是论坛周周介绍的还能少两百。</p></div>
<div class="post"><div class="au">路人乙 · 2楼</div><p>又是软广吧……楼主注册才一个月。</p></div>
<div class="post"><div class="au">周周在杭州 · 3楼</div><p>爱信不信，我只是分享经历。</p></div>"""),
  True, "U02", "小周老师AI工作室",
  [("wechat", "xz_ai_teacher", "XZ_AI_Teacher")],
  "'experience sharing' post by a seller posing as learner, ending in a pitch with mixed-case wechat")
listed("forum", p, "【经验分享】35岁转行，四个月拿下人工智能训练师四级")

p = "/notes/n-baoma-ai.html"
page(p, f_notes(p, "带娃也能考证｜宝妈拿下人工智能训练师证书", f"""<h1>带娃也能考证🔥宝妈三个月拿下人工智能训练师✅</h1>
<p class="g">@晴天妈妈的成长日记 · 编辑于 11-02 · 浙江</p>
<p>姐妹们！！我真的拿到证了😭 孩子两岁，每天只有晚上两个小时能学。</p>
<p>📌 先说结论：这个证是人社部备案的新职业，可以领补贴，可以做线上标注兼职，在家也能赚奶粉钱💰</p>
<p>📌 我的学习方法：1⃣ 每天刷题40道 2⃣ 周末跟着老师练实操 3⃣ 考前一周背重点</p>
<p>📌 很多姐妹问哪里报，我是跟小周老师的，一对一带，不懂的随时问。</p>
<p>👉 扣扣 2756 310 984 或者 v: xz_ai_teacher（备注红薯宝妈）</p>
<p class="tags"><a href="#">#宝妈副业</a> <a href="#">#人工智能训练师</a> <a href="#">#考证</a></p>
<div class="cmt">momo：求问没上过班可以考吗？</div><div class="cmt">晴天妈妈的成长日记：可以的宝，私我</div>"""),
  True, "U02", "小周老师AI工作室",
  [("qq", "2756310984", "2756 310 984"), ("wechat", "xz_ai_teacher", "xz_ai_teacher")],
  "testimonial-style note by a 'mom' account that sells; promises '可以的' to someone with no work history")
listed("notes", p, "带娃也能考证🔥宝妈三个月拿下人工智能训练师")

p = "/fenlei/xx-weilaixing-ai.html"
page(p, f_fenlei(p, "未来星职教 人工智能训练师五级/四级 周末班招生", f"""<h1>未来星职教 人工智能训练师五级/四级 周末班招生 杭州可面授</h1>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>拱墅区 · 上塘</td></tr><tr><td>联系人</td><td>周老师</td></tr>
<tr><td>电话</td><td>150 8823 6471</td></tr><tr><td>QQ</td><td>2756310984</td></tr></table>
<p>未来星职教长期开设人工智能训练师（数据标注员方向）培训，小班授课，周末上课不影响工作。</p>
<p>考点：统一安排在杭州市技能人才评价考点（电话 0571-8520 6617），考试当天有老师带队。</p>
<p>收费：五级1280元，四级1880元，含资料费。可开发票。</p>
<p>适合人群：电商客服、运营、在职转岗人员。</p>"""),
  True, "U02", "未来星职教",
  [("phone", "+8615088236471", "150 8823 6471"), ("qq", "2756310984", "2756310984")],
  "classifieds post by brand 未来星职教; QQ shared with the 'mom' note; quotes the exam venue number")
listed("fenlei", p, "未来星职教 人工智能训练师五级/四级 周末班招生")

# ============ U03 北辰 (phone 18667015329, qq_group 735128806, domain beichen-ai.com, uscc)
p = "/video/v-beichen-3ji.html"
page(p, f_video(p, "人工智能训练师三级 到底难不难", f"""<div class="player">▶ 视频：人工智能训练师三级到底难不难？老师带你看真题（02:48）</div>
<h2>@北辰智能-陈老师</h2><p>人工智能训练师三级到底难不难？90%的小白都能学会！原价9999 现在限时只要1999 🔥 名额有限 #人工智能训练师 #考证 #副业</p>
<p>👍 2.1万　💬 863　⭐ 4512</p>
<p>简介：北辰智能｜专注AI职业技能培训十年｜学员群 735-128-806｜合作/咨询 186 6701 5329</p>
<div class="cmts"><div class="cmt">用户7721：1</div><div class="cmt">北辰智能-陈老师（作者）：@用户7721 已私信，也可以直接加群哦</div>
<div class="cmt">用户AB09：我同学在这报的，过了</div><div class="cmt">糖糖：真的零基础能考三级？</div></div>"""),
  True, "U03", "北辰智能",
  [("qq_group", "735128806", "735-128-806"), ("phone", "+8618667015329", "186 6701 5329")],
  "short video selling level 3 to beginners, '原价9999 限时1999'")
listed("video", p, "人工智能训练师三级 到底难不难（@北辰智能-陈老师）")

p = "/mall/item-beichen-3in1.html"
page(p, f_mall(p, "人工智能训练师 五级+四级+三级 三证联报", f"""<div class="item"><h1>北辰AI考证｜人工智能训练师 五级+四级+三级 三证联报 一次报名 分批拿证</h1>
<p class="price">¥5880 <del>¥12800</del></p><p>已售 417 · 课程编号 YK-AI-20260915</p>
<ul><li>三个等级一起报更划算，单报三级需另付审核费</li><li>工作年限材料老师协助整理</li><li>送AIGC应用证书一本</li></ul>
<h3>售后</h3><p>购买后请加入售后QQ群：735128806，群内发布上课通知及考试安排。</p></div>
<div class="shop"><b>北辰AI考证</b>　店铺评分 4.7　开店 3 年</div>
<div class="rvs"><h4>评价(133)</h4><div class="rv">z***a：群里老师回复挺快</div><div class="rv">匿名用户：三个证还没拿全，等等看</div></div>"""),
  True, "U03", "北辰AI考证",
  [("qq_group", "735128806", "735128806")],
  "marketplace item selling three levels at once; tied to the video by the QQ group")
listed("mall", p, "北辰AI考证｜人工智能训练师 三证联报 ¥5880")

p = "/corp/beichen/index.html"
page(p, f_corp(p, "北辰职业培训 - 人工智能训练师培训", "北辰职业培训",
  '<a href="#">首页</a><a href="#kc">课程中心</a><a href="#lx">联系我们</a>',
  f"""<div class="ban"><h1>AI时代 技能先行</h1><p>北辰职业培训 · 人工智能训练师 / 数据标注员 / 生成式人工智能系统应用员</p></div>
<div class="sec" id="kc"><h3>人工智能训练师课程</h3><p>课程依据国家职业技能标准开发，五级60课时、四级50课时、三级40课时，线上直播+线下实训。学完可参加评价机构组织的等级认定。</p>
<h3>为什么选择我们</h3><p>十年职业培训经验，合作评价机构多家，累计学员两万余人。</p></div>
<div class="sec" id="lx"><h3>联系我们</h3><p>咨询热线：<a href="tel:18667015329">186-6701-5329</a>　官网：beichen-ai.com</p>
<p>电话：400-000-0000　邮箱：admin@example.com　地址：XX省XX市XX区XX路XX号</p></div>""",
  f"杭州北辰智能科技有限公司 统一社会信用代码 {C_BEICHEN} · Copyright © 2024 beichen-ai.com All Rights Reserved"),
  True, "U03", "北辰职业培训",
  [("phone", "+8618667015329", "186-6701-5329"), ("phone", "+8618667015329", "tel:18667015329"),
   ("domain", "beichen-ai.com", "beichen-ai.com"), ("uscc", C_BEICHEN, C_BEICHEN)],
  "company site; template placeholders left in the contact block (400-000-0000, admin@example.com)")
listed("corp", p, "北辰职业培训（杭州北辰智能科技有限公司）")

p = "/forum/t-beichen-zixun.html"
page(p, f_forum(p, "求推荐杭州靠谱的人工智能训练师培训机构", f"""<div class="post"><div class="au">小鹿乱撞 · 楼主</div><h2>求推荐杭州靠谱的人工智能训练师培训机构</h2><p>在杭州，想考四级，预算两千左右，有没有上过的说说？</p></div>
<div class="post"><div class="au">bc_教务 · 2楼</div><p>可以了解下北辰，线下有实训室，四级周末班正好下个月开。课程表和往期通过名单都在官网 BEICHEN-AI点COM，自己看，不多说。</p></div>
<div class="post"><div class="au">资料君 · 3楼</div><p>整理了人工智能训练师全套真题和实操素材，免费分享，需要的加我 qq 2849901735</p></div>
<div class="post"><div class="au">小鹿乱撞 · 4楼</div><p>谢谢，我先去看看。</p></div>"""),
  True, "U03", "北辰",
  [("domain", "beichen-ai.com", "BEICHEN-AI点COM")],
  "forum reply that sells with an obfuscated domain; a third-party commenter leaves his own QQ (decoy)")
listed("forum", p, "求推荐杭州靠谱的人工智能训练师培训机构")

# ============ U04 华职认证 / 鹏程教育 (phone 13706512870, wechat hzrz2026, email hzrz_service@126.com)
p = "/qun/gg-huazhi-tongzhi.html"
page(p, f_qun(p, "关于开展2026年第二期人工智能训练师职业技能等级认定报名工作的通知", f"""<h2 style="text-align:center;color:#c00">关于开展2026年第二期人工智能训练师<br>职业技能等级认定报名工作的通知</h2>
<p class="g">华职认证服务中心｜AI训练师认定报名1群 · 群公告 · 2026-11-25</p>
<p>各有关单位、各位考生：</p>
<p>为贯彻落实国家关于技能人才评价制度改革的有关要求，经研究决定，开展2026年第二期人工智能训练师职业技能等级认定工作。现将有关事项通知如下：</p>
<p>一、认定职业（工种）：人工智能训练师（4-04-05-05），含数据标注员、人工智能算法测试员。</p>
<p>二、认定等级：五级至二级。报名条件按国家职业技能标准执行，工作年限可由单位出具证明。</p>
<p>三、证书：考核合格者颁发职业技能等级证书，纳入人社部全国联网数据库。</p>
<p>四、报名时间：即日起至2026年12月15日。报名表请通过问卷星填写（wjx.cn）。</p>
<p>五、联系方式：王老师 137 0651 2870；微信：hzrz2026。</p>
<p style="text-align:right">华职认证服务中心<br>二〇二六年十一月二十五日</p>"""),
  True, "U04", "华职认证服务中心",
  [("phone", "+8613706512870", "137 0651 2870"), ("wechat", "hzrz2026", "hzrz2026")],
  "fake official-style 通知 in a group notice (红头 style, 落款 date in Chinese numerals) by a training seller")
listed("qun", p, "关于开展2026年第二期人工智能训练师职业技能等级认定报名工作的通知")

p = "/notes/n-guolairen-pengcheng.html"
page(p, f_notes(p, "过来人说说人工智能训练师怎么报名才不被坑", f"""<h1>过来人说说｜人工智能训练师怎么报名才不被坑🙅</h1>
<p class="g">@一只想上岸的猫 · 11-27 · 杭州</p>
<p>去年考的三级，来说点大实话：</p>
<p>1️⃣ 一定要找有报名资质的，很多小机构只是倒手，最后给你发的不是人社体系的证。</p>
<p>2️⃣ 证书一定要能在官方查询，不能查的直接pass。</p>
<p>3️⃣ 别贪便宜，几百块包过的都是坑。</p>
<p>我当时报的是鹏程教育，他们对接的华职认证服务中心，正规发通知的那种，全程有人管。现在二期在报名，需要的直接找他们王老师 wx：HZRZ2026，说红薯来的。</p>
<div class="cmt">Lily：姐妹你这是广告吧😂</div><div class="cmt">一只想上岸的猫：真实分享啦，不信算了</div>"""),
  True, "U04", "鹏程教育",
  [("wechat", "hzrz2026", "HZRZ2026")],
  "warning-flavoured 'experience' note that ends by selling; links itself to the fake notice's brand")
listed("notes", p, "过来人说说｜人工智能训练师怎么报名才不被坑")

p = "/qa/q-11578.html"
page(p, f_qa(p, "零基础可以直接考人工智能训练师三级吗？", f"""<h1>零基础可以直接考人工智能训练师三级吗？</h1>
<p>大专学历，会计专业，没有相关工作经验，能不能直接考三级？听说三级补贴多。</p>
<div class="ans"><div class="meta">知友“鹏程教育-顾问” · 52 赞同</div><p>可以的。我们这边有对接的认定中心，工作经历可以按政策协助出具，零基础也能从三级起报，今年已经有很多会计、文员转岗成功。</p>
<p>具体可以发邮件到 hzrz_service(at)126.com 索取报名简章，或者电话：壹叁柒零陆伍壹贰捌柒零（王）。</p></div>
<div class="ans"><div class="meta">知友“HR老张” · 40 赞同</div><p>别听上面的。三级要有四级证再加年限，或者大专相关专业加四级证加两年。零基础直接三级的，多半是“协助出具”假证明，风险你自己担。</p></div>"""),
  True, "U04", "鹏程教育",
  [("email", "hzrz_service@126.com", "hzrz_service(at)126.com"), ("phone", "+8613706512870", "壹叁柒零陆伍壹贰捌柒零")],
  "Q&A answer selling level 3 to beginners; phone in 大写 Chinese numerals, email with (at)")
listed("qa", p, "零基础可以直接考人工智能训练师三级吗？")

# ============ U05 新职 (landline 057186011234, mobile 17706528813, uscc, domain xinzhi-jn.com, wechat xinzhi_kf)
p = "/fenlei/xx-jinengtong.html"
page(p, f_fenlei(p, "杭州技能通 人工智能训练师报名 考点在杭州", f"""<h1>杭州技能通｜人工智能训练师四级三级报名 本地考点 补贴代申请</h1>
<table class="info"><tr><td>类别</td><td>职业技能培训</td></tr><tr><td>区域</td><td>西湖区</td></tr><tr><td>联系人</td><td>沈老师</td></tr><tr><td>电话</td><td>177 0652 8813</td></tr></table>
<p>本地报名，本地考试，考点为杭州市技能人才评价考点（0571-85206617），不用跑外地。</p>
<p>有社保满一年的可以帮忙申请技能提升补贴，四级1500、三级2000，相当于白学。</p>
<p>周一至周六 9:00-18:00 可到店咨询，来前先打电话。</p>"""),
  True, "U05", "杭州技能通",
  [("phone", "+8617706528813", "177 0652 8813")],
  "classifieds post under brand 杭州技能通; quotes the same exam venue number as U02")
listed("fenlei", p, "杭州技能通｜人工智能训练师四级三级报名 本地考点")

p = "/video/u-xinzhi-guanfang.html"
page(p, f_video(p, "新职人才官方号 主页", f"""<div class="prof"><h2>新职人才官方号 <small>✔ 企业认证</small></h2>
<p>粉丝 3.8万 · 获赞 21.6万</p><p>简介：📚人工智能训练师/数据标注员 考证培训<br>📞 一七七 零六五二 八八一三<br>🌐 xinzhi-jn.com<br>🏢 新职教育科技(杭州)有限公司</p></div>
<h3>作品</h3><ul><li>▶ 人工智能训练师四级报名条件一分钟讲清楚（12.1万播放）</li><li>▶ 学员实拍：实操考场长这样（8.7万播放）</li><li>▶ 补贴怎么申请？手把手教你（5.2万播放）</li></ul>
<div class="cmts"><div class="cmt">小溪：怎么报名？</div><div class="cmt">新职人才官方号：简介电话，或者官网留言~</div></div>"""),
  True, "U05", "新职人才",
  [("phone", "+8617706528813", "一七七 零六五二 八八一三"), ("domain", "xinzhi-jn.com", "xinzhi-jn.com")],
  "short-video profile page; phone in Chinese numerals")
listed("video", p, "新职人才官方号（主页）")

p = "/corp/xinzhi/index.html"
page(p, f_corp(p, "新职教育科技 - 人工智能训练师培训", "新职教育 XINZHI EDU",
  '<a href="#">首页</a><a href="#px">培训项目</a><a href="#bm">报名咨询</a>',
  f"""<div class="ban"><h1>人工智能训练师 职业技能等级认定培训</h1><p>五级 · 四级 · 三级　|　杭州本地考点　|　可申领技能提升补贴</p></div>
<div class="sec" id="px"><h3>培训项目</h3><p>五级（初级工）60课时，学费1280元；四级（中级工）50课时，1880元；三级（高级工）40课时，2680元。社保满一年可按规定申领技能提升补贴。课程覆盖数据采集和处理、数据标注、智能系统运维等模块。</p>
<p>认定考试在杭州市技能人才评价考点举行（考点咨询 0571-8520-6617），证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。</p></div>
<div class="sec" id="bm"><h3>报名咨询</h3><p>电话：0571-8601 1234　客服微信：xinzhi_kf</p>
<form><p>姓名 <input> 电话 <input> <button>预约试听</button></p><p class="g">表单服务由金数据提供 · jinshuju.net</p></form></div>""",
  f"新职教育科技(杭州)有限公司 版权所有 · 统一社会信用代码 {C_XINZHI} · 官网 www.xinzhi-jn.com<br>技术支持：云建站 yunjianzhan.com"),
  True, "U05", "新职教育科技(杭州)有限公司",
  [("phone", "+8657186011234", "0571-8601 1234"), ("wechat", "xinzhi_kf", "xinzhi_kf"),
   ("uscc", C_XINZHI, C_XINZHI), ("domain", "xinzhi-jn.com", "www.xinzhi-jn.com")],
  "company site; quotes the official query domain and the exam venue number (decoys)")
listed("corp", p, "新职教育科技(杭州)有限公司")

p = "/mall/item-xinzhi-4ji.html"
page(p, f_mall(p, "人工智能训练师四级 中级工 周末直播班", f"""<div class="item"><h1>新职教育｜人工智能训练师四级(中级工) 周末直播班 + 线下实操2天</h1>
<p class="price">¥1880</p><p>已售 208 · 课程编号 YK-AI-20261022</p>
<ul><li>直播回放永久有效</li><li>线下实操在杭州举行</li><li>社保满一年可申领技能提升补贴</li></ul>
<p>报名后联系客服微信 XinZhi_KF 提交资料。</p></div>
<div class="shop"><b>新职教育旗舰店</b>　店铺评分 4.8<br>营业执照：新职教育科技(杭州)有限公司　{spaced(C_XINZHI)}</div>
<div class="rvs"><h4>评价(57)</h4><div class="rv">w***n：实操课收获很大</div></div>"""),
  True, "U05", "新职教育旗舰店",
  [("wechat", "xinzhi_kf", "XinZhi_KF"), ("uscc", C_XINZHI, spaced(C_XINZHI))],
  "marketplace item tied to the corp site by USCC (spaced) and wechat (mixed case)")
listed("mall", p, "新职教育｜人工智能训练师四级 周末直播班 ¥1880")

# ============ U06 安安学姐 / 青藤 (wechat anan_xuejie88, phone 19157620347, qq 3308172265)
p = "/forum/t-anan-baoma.html"
page(p, f_forum(p, "宝妈零基础考人工智能训练师的真实经历（长文）", f"""<div class="post"><div class="au">安安学姐 · 楼主 · 2026-09-12</div>
<h2>宝妈零基础考人工智能训练师的真实经历（长文）</h2>
<p>生完二宝在家三年，和社会脱节，去年开始焦虑。偶然刷到人工智能训练师，抱着试试的心态报了名。</p>
<p>第一个月听课完全听不懂，什么标注规范、数据清洗，后来老师一点点带，每天哄睡后学一小时。</p>
<p>考试那天手都在抖，结果理论82，实操76，过了！拿到证那一刻真的哭了。</p>
<p>现在在家接标注的活，一个月也有三四千。我也开始帮老师带新学员了，想改变的姐妹可以来找我，vx：anan_xuejie88，我把自己的笔记免费发你，报课的话给你申请内部价。</p></div>
<div class="post"><div class="au">资料君 · 2楼</div><p>整理了人工智能训练师全套真题和实操素材，免费分享，需要的加我 qq 2849901735</p></div>
<div class="post"><div class="au">理性派 · 3楼</div><p>没有工作经历怎么报的五级？标准里是要一年工作经历的。</p></div>"""),
  True, "U06", "安安学姐",
  [("wechat", "anan_xuejie88", "anan_xuejie88")],
  "testimonial-style long post by a seller posing as a mom learner; ends in '内部价' pitch")
listed("forum", p, "宝妈零基础考人工智能训练师的真实经历（长文）")

p = "/qa/q-12044.html"
page(p, f_qa(p, "网上报人工智能训练师的机构哪家靠谱？有亲身经历的吗？", f"""<h1>网上报人工智能训练师的机构哪家靠谱？有亲身经历的吗？</h1>
<div class="ans"><div class="meta">知友“安安学姐” · 宝妈/终身学习者 · 91 赞同</div><p>亲身经历，我是在青藤职业教育考的，从零基础到拿证四个月。老师会帮你规划报哪个等级，材料都有人指导。</p>
<p>想了解的可以加我：微：Anan_XueJie88，Q：3308172265，不是广告，就是想帮到更多人。</p></div>
<div class="ans"><div class="meta">知友“资料君” · 2 赞同</div><p>我这有全套真题，免费，qq 2849901735</p></div>
<div class="ans"><div class="meta">知友“不吃香菜” · 18 赞同</div><p>所有说“不是广告”的都是广告。查机构去 pjjg.osta.org.cn 看备案。</p></div>"""),
  True, "U06", "青藤职业教育",
  [("wechat", "anan_xuejie88", "Anan_XueJie88"), ("qq", "3308172265", "3308172265")],
  "Q&A answer posing as learner; mixed-case wechat; a commenter leaves his own QQ (decoy)")
listed("qa", p, "网上报人工智能训练师的机构哪家靠谱？有亲身经历的吗？")

p = "/video/v-qingteng.html"
page(p, f_video(p, "在家带娃也能考的证", f"""<div class="player">▶ 视频：在家带娃也能考的证，人工智能训练师（00:59）</div>
<h2>@青藤职业教育</h2><p>宝妈、待业、想转行的看过来👀 人工智能训练师 在家就能学 考完可接单 #宝妈副业 #人工智能训练师</p>
<p>☎ 191 5762 0347　QQ 三三零八一七二二六五</p>
<p>👍 6320　💬 411</p>
<div class="cmts"><div class="cmt">小云朵：多少钱</div><div class="cmt">青藤职业教育（作者）：私信发你价格表～</div></div>"""),
  True, "U06", "青藤职业教育",
  [("phone", "+8619157620347", "191 5762 0347"), ("qq", "3308172265", "三三零八一七二二六五")],
  "short video; QQ in Chinese numerals ties to the Q&A answer")
listed("video", p, "在家带娃也能考的证（@青藤职业教育）")

# ============ U07 启航考证 / 职通未来 (wechat qihang_kz, email qihangkz@qq.com, phone 13588410962)
p = "/notes/n-beikao-biji.html"
page(p, f_notes(p, "人工智能训练师四级备考笔记", f"""<h1>📒人工智能训练师四级备考笔记｜理论+实操重点全整理</h1>
<p class="g">@考证小达人Mia · 10-30 · 浙江</p>
<p>上个月刚考完四级，把自己整理的重点分享出来：</p>
<p>✅ 基本要求：职业道德、法律法规（数据安全法、个人信息保护法必考）</p>
<p>✅ 数据采集和处理：采集工具、清洗规则、脱敏</p>
<p>✅ 数据标注：图像框选、文本分类、语音转写的规范</p>
<p>✅ 智能系统运维：日志、指标、常见故障</p>
<p>完整版PDF+模拟题放在启航考证老师那里了，想要的姐妹加 qihang_kz 免费领，顺便可以问问报名，他们下一期12月开班。</p>
<div class="cmt">咕噜：求资料！</div><div class="cmt">考证小达人Mia：加上面那个v哈</div>"""),
  True, "U07", "启航考证",
  [("wechat", "qihang_kz", "qihang_kz")],
  "useful-looking study note that funnels readers to a seller's wechat")
listed("notes", p, "📒人工智能训练师四级备考笔记")

p = "/fenlei/xx-zhitong.html"
page(p, f_fenlei(p, "职通未来 人工智能训练师 数据标注员培训", f"""<h1>职通未来｜人工智能训练师（数据标注员）培训 线上班 全国可报</h1>
<table class="info"><tr><td>联系人</td><td>何老师</td></tr><tr><td>电话</td><td>135 8841 0962</td></tr><tr><td>邮箱</td><td>qihangkz@qq.com</td></tr></table>
<p>全国可报名，线上学习，考试就近安排。报名即送备考笔记、模拟题库。</p>
<p>费用：五级980元起。</p>"""),
  True, "U07", "职通未来",
  [("phone", "+8613588410962", "135 8841 0962"), ("email", "qihangkz@qq.com", "qihangkz@qq.com")],
  "classifieds post; email local-part equals the wechat id of the notes page")
listed("fenlei", p, "职通未来｜人工智能训练师（数据标注员）培训")

p = "/qun/gg-qihang-3qun.html"
page(p, f_qun(p, "启航考证3群 群公告", f"""<h2>群公告 · 启航考证｜人工智能训练师3群</h2>
<p class="g">群主 启航-何老师 · 2026-11-12</p>
<p>📢 12月班开始报名啦！</p>
<p>▪ 报名表：问卷星链接见群文件（wjx.cn）</p>
<p>▪ 考点：杭州市技能人才评价考点，考点电话 0571－85206617（考务问题请勿打扰考点，统一问老师）</p>
<p>▪ 报名/咨询：何老师 135-8841-0962，微信 ｑｉｈａｎｇ＿ｋｚ</p>
<p>▪ 群内只讨论学习，禁止广告。</p>"""),
  True, "U07", "启航考证",
  [("phone", "+8613588410962", "135-8841-0962"), ("wechat", "qihang_kz", "ｑｉｈａｎｇ＿ｋｚ")],
  "group notice; full-width wechat id; quotes the exam venue number")
listed("qun", p, "启航考证｜人工智能训练师3群 群公告")

# ============ U08 中科智评 (domain zkzp-cert.cn, phone 15267093158, email service@zkzp-cert.cn, uscc)
p = "/corp/zkzp/index.html"
page(p, f_corp(p, "全国人工智能训练师考评服务网", "全国人工智能训练师考评服务网",
  '<a href="#">首页</a><a href="#gg">政策公告</a><a href="#cx">证书查询</a><a href="#bm">报名入口</a>',
  f"""<div class="ban"><h1>人工智能训练师职业技能等级考评 · 证书查询</h1><p>国家新职业 · 人社部认证的新职业 · 入库可查</p></div>
<div class="sec" id="gg"><h3>政策公告</h3><ul><li>关于2026年度人工智能训练师考评工作安排的公告</li><li>关于规范证书查询渠道的说明</li></ul>
<p>本网为人工智能训练师考评服务平台，考评合格人员信息录入全国数据库，可在本网“证书查询”栏目及国家平台查询。</p></div>
<div class="sec" id="cx"><h3>证书查询</h3><p>证书编号 <input> 姓名 <input> <button>查询</button></p><p>查询网址：www.zkzp-cert.cn/cx</p></div>
<div class="sec" id="bm"><h3>报名入口</h3><p>考评咨询：152 6709 3158　邮箱：service@zkzp-cert.cn</p>
<p>电话：400-000-0000　邮箱：admin@example.com</p></div>""",
  f"主办：中科智评(北京)教育科技有限公司　统一社会信用代码：{C_ZKZP}　京ICP备2026XXXXXX号"),
  True, "U08", "全国人工智能训练师考评服务网",
  [("domain", "zkzp-cert.cn", "www.zkzp-cert.cn"), ("phone", "+8615267093158", "152 6709 3158"),
   ("email", "service@zkzp-cert.cn", "service@zkzp-cert.cn"), ("uscc", C_ZKZP, C_ZKZP)],
  "state-sounding '全国…考评服务网' run by a 91-prefix company; own certificate query page; placeholders left in")
listed("corp", p, "全国人工智能训练师考评服务网（中科智评(北京)教育科技有限公司）")

p = "/news/n-20261118-tuiguang.html"
page(p, f_news(p, "AI浪潮下的新职业：人工智能训练师成就业新风口", f"""<h1>AI浪潮下的新职业：人工智能训练师成就业新风口</h1>
<p class="src">2026-11-18 09:30　来源：企业供稿　<b>[推广]</b></p>
<p>随着大模型应用全面铺开，数据标注、模型测试等岗位需求持续增长。人工智能训练师作为人社部等部门发布的新职业，正吸引越来越多的年轻人和转岗人员。</p>
<p>“我们的学员里，有刚毕业的大学生，也有四十多岁的下岗职工。”中科智评相关负责人刘主任介绍，该机构已累计服务考生数万人，考评合格人员信息可在其官方平台 www.zkzp-cert.cn 查询。</p>
<p>据介绍，目前中科智评第四季度考评报名正在进行中，咨询电话 152-6709-3158。</p>
<p class="src">（本文为企业推广信息，不代表本网观点）</p>"""),
  True, "U08", "中科智评",
  [("domain", "zkzp-cert.cn", "www.zkzp-cert.cn"), ("phone", "+8615267093158", "152-6709-3158")],
  "paid advertorial on a news site, promoting the fake query domain")
listed("news", p, "[推广] AI浪潮下的新职业：人工智能训练师成就业新风口")

p = "/video/v-zhongke-liu.html"
page(p, f_video(p, "中科人才刘主任：人工智能训练师证书怎么查", f"""<div class="player">▶ 视频：证书能不能查？刘主任现场演示（01:32）</div>
<h2>@中科人才-刘主任</h2><p>很多人问我们的证书能不能查，今天现场演示！入库可查，假一赔十 #人工智能训练师 #证书查询</p>
<p>报名咨询 ＋86 152-6709-3158</p><p>👍 1.2万　💬 640</p>
<div class="cmts"><div class="cmt">阿杰：查询网站是你们自己的吧？</div><div class="cmt">中科人才-刘主任（作者）：国家平台同步可查</div></div>"""),
  True, "U08", "中科人才",
  [("phone", "+8615267093158", "＋86 152-6709-3158")],
  "short video 'demonstrating' the seller's own query site; full-width plus sign")
listed("video", p, "中科人才刘主任：人工智能训练师证书怎么查")

p = "/qa/q-12310.html"
page(p, f_qa(p, "人工智能训练师证书在哪里查询真伪？", f"""<h1>人工智能训练师证书在哪里查询真伪？</h1>
<div class="ans"><div class="meta">知友“中科智评客服” · 6 赞同</div><p>您好，我们颁发的证书可在 zkzp-cert[.]cn 查询，也可以发送姓名+证书编号到 service＠zkzp-cert.cn 人工核验，一个工作日内回复。</p></div>
<div class="ans"><div class="meta">知友“江城晚报记者小林” · 233 赞同</div><p>职业技能等级证书请在技能人才评价证书全国联网查询（zscx.osta.org.cn）或省人社厅网站查，其他自称“全国”“考评服务网”的网站都要警惕。</p></div>"""),
  True, "U08", "中科智评",
  [("domain", "zkzp-cert.cn", "zkzp-cert[.]cn"), ("email", "service@zkzp-cert.cn", "service＠zkzp-cert.cn")],
  "seller's customer service answering a verification question by pointing to its own query site; a journalist answers correctly")
listed("qa", p, "人工智能训练师证书在哪里查询真伪？")

# ============ U09 码上学AI / 乐学职培 (qq 1693524870, wechat mashangxue01, email mashangxue@foxmail.com)
p = "/mall/item-mashangxue.html"
page(p, f_mall(p, "人工智能训练师五级 入门班", f"""<div class="item"><h1>码上学AI｜人工智能训练师五级(初级工)入门班 送Python基础课</h1>
<p class="price">¥980</p><p>已售 652 · 课程编号 YK-AI-20260830</p>
<ul><li>60课时，按国家职业技能标准五级内容授课</li><li>送标注工具实操账号</li></ul>
<p>课程答疑 Q 1693524870（工作日 10:00-19:00）</p></div>
<div class="shop"><b>码上学AI 官方店</b>　店铺评分 4.8</div>
<div class="rvs"><h4>评价(301)</h4><div class="rv">h***7：老师答疑很及时</div></div>"""),
  True, "U09", "码上学AI",
  [("qq", "1693524870", "1693524870")],
  "ordinary marketplace course item")
listed("mall", p, "码上学AI｜人工智能训练师五级入门班 ¥980")

p = "/notes/n-lexue-zhuangang.html"
page(p, f_notes(p, "文员转AI数据标注，我的半年记录", f"""<h1>文员转AI数据标注，我的半年记录📝</h1>
<p class="g">@乐学职培-小乐 · 11-15</p>
<p>从行政文员到标注组长，中间考了人工智能训练师五级和四级。分享一下我们乐学职培的课程安排：五级入门→四级进阶→项目实战。</p>
<p>想一起学的：v❤ mashangxue01　qq: 169 352 4870</p>
<p class="tags"><a href="#">#转行</a> <a href="#">#数据标注</a></p>"""),
  True, "U09", "乐学职培",
  [("wechat", "mashangxue01", "mashangxue01"), ("qq", "1693524870", "169 352 4870")],
  "note by a seller account under a second brand; QQ spaced")
listed("notes", p, "文员转AI数据标注，我的半年记录📝")

p = "/forum/t-lexue-ziliao.html"
page(p, f_forum(p, "人工智能训练师五级理论题有人有吗", f"""<div class="post"><div class="au">大橘 · 楼主</div><h2>人工智能训练师五级理论题有人有吗</h2><p>下个月考，想找点题练练。</p></div>
<div class="post"><div class="au">资料君 · 2楼</div><p>整理了人工智能训练师全套真题和实操素材，免费分享，需要的加我 qq 2849901735</p></div>
<div class="post"><div class="au">小乐老师 · 3楼</div><p>我们乐学这边有整理好的五级题库，留邮箱或者发邮件到 mashangxue(at)foxmail.com 发你；报班的同学另有实操录屏，微 MaShangXue01。</p></div>"""),
  True, "U09", "乐学职培",
  [("email", "mashangxue@foxmail.com", "mashangxue(at)foxmail.com"), ("wechat", "mashangxue01", "MaShangXue01")],
  "forum reply that sells; email with (at), mixed-case wechat")
listed("forum", p, "人工智能训练师五级理论题有人有吗")

# ============ independents
p = "/forum/t-laowu.html"
page(p, f_forum(p, "老吴AI工作室 人工智能训练师四级小班 第9期招生", f"""<div class="post"><div class="au">老吴AI工作室 · 楼主 · 2026-11-03</div>
<h2>老吴AI工作室 人工智能训练师四级小班 第9期招生（已获版主同意）</h2>
<p>做了八年数据标注项目管理，业余带人工智能训练师四级小班，每期不超过15人。</p>
<p>不包过，不代办材料，报考条件不符合的不收。四级学费1600元，不含认定机构收取的考试费。</p>
<p>有兴趣的电话联系：180 5812 6730（白天可能在开会，请短信留言）。</p></div>
<div class="post"><div class="au">版主-阿树 · 2楼</div><p>已核实为真实教学，允许发一帖，勿顶帖。</p></div>"""),
  True, "I01", "老吴AI工作室",
  [("phone", "+8618058126730", "180 5812 6730")],
  "independent small trainer's recruiting post, moderate wording")
listed("forum", p, "老吴AI工作室 人工智能训练师四级小班 第9期招生")

p = "/qa/q-12501.html"
page(p, f_qa(p, "人工智能训练师四级考试费用大概多少？", f"""<h1>人工智能训练师四级考试费用大概多少？</h1>
<div class="ans"><div class="meta">知友“蓝鲸职教-课程顾问” · 14 赞同</div><p>一般分两块：培训费（机构自定）和认定费（评价机构收）。我们蓝鲸职教四级培训是2180元，认定费按评价机构标准另交。拿证后可以在 zscx.osta.org.cn 查询。</p>
<p>想要课表的可以加微信 lanjing_zj。</p></div>
<div class="ans"><div class="meta">知友“学而时习之” · 9 赞同</div><p>我去年四级培训加考试一共两千出头，有社保的话可以申请1500补贴。</p></div>"""),
  True, "I02", "蓝鲸职教",
  [("wechat", "lanjing_zj", "lanjing_zj")],
  "independent seller answering a fee question; cites the official query domain")
listed("qa", p, "人工智能训练师四级考试费用大概多少？")

p = "/mall/item-yinuo-2ji.html"
page(p, f_mall(p, "人工智能训练师二级 技师 快速通道", f"""<div class="item"><h1>一诺培训｜人工智能训练师二级(技师) 快速通道 不限学历 无需经验</h1>
<p class="price">¥6800</p><p>已售 39 · 课程编号 YK-AI-20260701</p>
<ul><li>不限学历、不限经验，材料全程代办</li><li>技师证可评职称、可落户积分</li><li>不过全额退款</li></ul>
<p>咨询QQ：2041876539</p></div>
<div class="shop"><b>一诺培训</b>　店铺评分 4.2</div>
<div class="rvs"><h4>评价(12)</h4><div class="rv">匿名用户：说是两个月出证，现在三个月了</div></div>"""),
  True, "I03", "一诺培训",
  [("qq", "2041876539", "2041876539")],
  "independent marketplace item selling level 2 to beginners with a refund guarantee")
listed("mall", p, "一诺培训｜人工智能训练师二级 快速通道 ¥6800")

p = "/video/v-xiaolin.html"
page(p, f_video(p, "人工智能训练师考试实操演示", f"""<div class="player">▶ 视频：人工智能训练师四级实操题演示：图像标注（04:10）</div>
<h2>@AI小林老师</h2><p>四级实操第三题完整演示，收藏起来慢慢看。想系统学习的，主页有课程，或者 薇：xiaolin_ai7 #人工智能训练师 #数据标注</p>
<p>👍 9876　💬 230</p>
<div class="cmts"><div class="cmt">阿May：讲得清楚！</div></div>"""),
  True, "I04", "AI小林老师",
  [("wechat", "xiaolin_ai7", "xiaolin_ai7")],
  "independent teacher's how-to video ending in a course pitch")
listed("video", p, "人工智能训练师考试实操演示（@AI小林老师）")

p = "/fenlei/xx-shuzhi.html"
page(p, f_fenlei(p, "杭州数智职业培训学校 人工智能训练师培训", f"""<h1>杭州数智职业培训学校 人工智能训练师五级四级培训 民办学校</h1>
<table class="info"><tr><td>联系人</td><td>招生办</td></tr><tr><td>电话</td><td>0571-88937715</td></tr><tr><td>地址</td><td>上城区 九堡</td></tr></table>
<p>本校为人社部门审批的民办职业培训学校，开设人工智能训练师五级、四级培训，晚班周末班均有。符合条件的学员可按规定申领培训补贴。</p>"""),
  True, "I05", "杭州数智职业培训学校",
  [("phone", "+8657188937715", "0571-88937715")],
  "independent training school's classifieds post")
listed("fenlei", p, "杭州数智职业培训学校 人工智能训练师培训")

p = "/corp/hengzheng/index.html"
page(p, f_corp(p, "衡正职业技能培训有限公司", "衡正职业技能培训",
  '<a href="#">首页</a><a href="#kc">课程</a><a href="#lx">联系</a>',
  f"""<div class="ban"><h1>人工智能训练师培训（五级/四级）</h1><p>按《人工智能训练师国家职业技能标准(2021年版)》组织教学</p></div>
<div class="sec" id="kc"><p>培训结束后，由已备案的评价机构组织认定，考核合格者取得职业技能等级证书。我司不承诺通过。</p></div>
<div class="sec" id="lx"><p>报名邮箱：hz_px@hengzheng-px.cn　网站：hengzheng-px.cn</p></div>""",
  f"衡正职业技能培训有限公司 统一社会信用代码 {C_HENG}<br>技术支持：云建站 yunjianzhan.com"),
  True, "I06", "衡正职业技能培训",
  [("email", "hz_px@hengzheng-px.cn", "hz_px@hengzheng-px.cn"), ("domain", "hengzheng-px.cn", "hengzheng-px.cn"),
   ("uscc", C_HENG, C_HENG)],
  "independent, soberly worded company site")
listed("corp", p, "衡正职业技能培训有限公司")

# ============ non-offer content
p = "/news/n-20261103-shanzhai.html"
page(p, f_news(p, "“包过拿证”？记者调查人工智能训练师考证乱象", f"""<h1>“包过拿证”？记者调查人工智能训练师考证乱象</h1>
<p class="src">2026-11-03 07:20　江城晚报记者 林晓</p>
<p>“零基础直通三级”“人社部颁发”“入库可查”……近期，记者在多个平台看到类似的人工智能训练师考证广告。</p>
<p>市民王女士向本报反映，她今年4月通过一个自称“认定中心”的微信号报名，支付3980元（订单号13820260418），对方承诺两个月拿到三级证书。8月后，对方电话189-5713-2046再也无人接听。</p>
<p>记者注意到，王女士收到的“证书”编号为S000033010012326300158，格式看似与职业技能等级证书一致，但在技能人才评价证书全国联网查询（zscx.osta.org.cn）中查无此人。</p>
<p>市人社局相关负责人表示，职业技能等级证书由备案的评价机构颁发，人社部门不直接颁发；市民可通过省人社厅网站 rlsbt.zj.gov.cn 或拨打12333核实机构资质。遇到消费纠纷可拨打12315投诉。</p>"""),
  False, None, None, [], "journalist's investigation; quotes a scammer phone and an order number, official hotlines")
listed("news", p, "“包过拿证”？记者调查人工智能训练师考证乱象")

p = "/forum/t-complaint-0418.html"
page(p, f_forum(p, "交了3980报的人工智能训练师，现在人找不到了", f"""<div class="post"><div class="au">维权中的王 · 楼主 · 2026-09-02</div>
<h2>交了3980报的人工智能训练师，现在人找不到了</h2>
<p>4月份报的三级，说两个月出证。订单号13820260418，付款记录都在。现在电话18957132046打不通，微信也把我删了。</p>
<p>已经打了12315，也打了12345，让我去派出所报案。大家报名一定看清楚。</p></div>
<div class="post"><div class="au">同病相怜 · 2楼</div><p>我也是这个号 189 5713 2046，一模一样的话术！</p></div>
<div class="post"><div class="au">热心网友 · 3楼</div><p>去 pjjg.osta.org.cn 查评价机构，查不到的别报。</p></div>"""),
  False, None, None, [], "complaint thread; scammer phone and order number (phone-like) quoted by victims")
listed("forum", p, "交了3980报的人工智能训练师，现在人找不到了")

p = "/notes/n-zhenshi-kaozheng.html"
page(p, f_notes(p, "我自己查证、自己报名考人工智能训练师的全过程", f"""<h1>我自己查证、自己报名考人工智能训练师的全过程（无广，不推荐任何机构）</h1>
<p class="g">@豆包不是包 · 11-20 · 杭州</p>
<p>做了两年标注，今年考了四级。说几个我自己确认过的点：</p>
<p>1. 证书是评价机构发的职业技能等级证书，不是“人社部颁发”。</p>
<p>2. 评价机构是否备案，可以在 pjjg.osta.org.cn 按省份查；证书出来后在 zscx.osta.org.cn 查，证书上也印着 jndj.osta.org.cn。</p>
<p>3. 有人拿编号S000033010012326300158的“证书”给我看，说是他们机构发的，我一查根本没有，后来上了新闻。</p>
<p>4. 不确定的直接打12333问，人社的热线很耐心。</p>
<p>私信问机构的一律不回，我不推荐任何机构。</p>
<div class="cmt">小饼干：感谢无广分享！</div>"""),
  False, None, None, [], "genuine learner's experience note; no pitch; quotes official domains, 12333 and the fake certificate number")
listed("notes", p, "我自己查证、自己报名考人工智能训练师的全过程（无广）")

p = "/fenlei/zp-lingshu.html"
page(p, f_fenlei(p, "招聘 数据标注员 持人工智能训练师证书优先", f"""<h1>【招聘】数据标注员 5000-8000元/月 持人工智能训练师证书优先</h1>
<table class="info"><tr><td>公司</td><td>杭州灵数数据科技有限公司</td></tr><tr><td>地点</td><td>余杭区 · 未来科技城</td></tr><tr><td>简历投递</td><td>hr@lingshu-data.com</td></tr></table>
<p>岗位职责：负责图像、文本数据标注与质检；配合算法团队完成数据清洗。</p>
<p>任职要求：大专及以上，细心负责；持人工智能训练师四级及以上证书者优先。</p>
<p>本公司招聘不收取任何费用，不推荐培训机构。</p>"""),
  False, None, "杭州灵数数据科技有限公司", [("email", "hr@lingshu-data.com", "hr@lingshu-data.com")],
  "job ad (employer, not a seller); its HR e-mail is not an operator identifier")
listed("fenlei", p, "【招聘】数据标注员 持人工智能训练师证书优先")

p = "/mall/item-kangyang-jkgl.html"
page(p, f_mall(p, "健康管理师三级 考证班", f"""<div class="item"><h1>康养学堂｜健康管理师(三级) 考证班 直播+题库</h1>
<p class="price">¥1680</p><p>已售 1902 · 课程编号 YK-JK-20260512</p><p>咨询QQ 1500278633</p></div>
<div class="shop"><b>康养学堂</b>　店铺评分 4.8</div>"""),
  False, None, "康养学堂", [("qq", "1500278633", "1500278633")],
  "another occupation's course (健康管理师) in the same marketplace; not an AI-trainer offer")
listed("mall", p, "康养学堂｜健康管理师三级 考证班")

p = "/mall/help.html"
page(p, f_mall(p, "帮助中心：购买职业考证课程须知", f"""<div class="item"><h1>帮助中心：购买职业考证课程须知</h1>
<p>1. 平台课程由入驻商家提供，证书由相应评价机构颁发，平台不参与考试组织。</p>
<p>2. 凡商家承诺“包过”“不过退款”“免考拿证”的，请谨慎购买并向平台举报。</p>
<p>3. 请勿脱离平台私下付款。交易纠纷可联系平台客服，亦可拨打12315。</p>
<p>4. 职业技能等级证书可在技能人才评价证书全国联网查询平台核验。</p></div>"""),
  False, None, None, [], "marketplace help page (platform's own contacts in frame)")
listed("mall", p, "帮助中心：购买职业考证课程须知")

p = "/gov/tz-2026-88.html"
page(p, doc("关于提醒广大劳动者通过正规渠道参加职业技能等级认定的公告_江城市人力资源和社会保障局",
  "body{font:16px/2 'FangSong',serif;width:900px;margin:auto}.hd{background:#b00;color:#fff;padding:10px}.ft{font-size:12px;color:#666;border-top:1px solid #ccc}",
  f"""<div class="hd"><b>江城市人力资源和社会保障局</b>　{a(p,'/index.html','网址导航')}　政务公开　办事服务　互动交流</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1 style="text-align:center">关于提醒广大劳动者通过正规渠道参加职业技能等级认定的公告</h1>
<p style="text-align:center">江人社公告〔2026〕88号</p>
<p>近期，我局接到群众反映，有不法机构在网络平台以“人社部颁发”“零基础直通技师”“包过”“入库可查”等名义，招揽人工智能训练师等职业技能等级认定培训。现就有关事项提醒如下：</p>
<p>一、职业技能等级证书由经人力资源社会保障部门备案的评价机构颁发，政府部门不直接颁发，也未委托任何机构代理“报名”。</p>
<p>二、评价机构名单可在 pjjg.osta.org.cn 查询；证书可在技能人才评价证书全国联网查询系统（zscx.osta.org.cn）或证书所载网址 jndj.osta.org.cn 查询，也可登录浙江省人力资源和社会保障厅网站（rlsbt.zj.gov.cn）查询。</p>
<p>三、人工智能训练师各等级有明确的申报条件，五级需累计从事本职业或相关职业工作1年以上或本职业学徒期满，任何“不限经验直报高级别”的宣传均不符合国家职业技能标准。</p>
<p>四、如发现虚假宣传，可拨打12333人社服务热线或12345政务服务便民热线反映。</p>
<p style="text-align:right">江城市人力资源和社会保障局<br>2026年11月10日</p>
<div class="ft">主办：江城市人力资源和社会保障局　人社服务热线：12333　{a(p,'/news/index.html','江城晚报网')}</div>"""),
  False, None, None, [], "genuine official notice (policy explainer); official domains and hotlines only")
listed("gov", p, "江城市人社局：关于提醒广大劳动者通过正规渠道参加职业技能等级认定的公告")

# ============ index pages
def idx_list(p, sec):
    return "<ul>" + "".join(f"<li>{a(p, q, t)}</li>" for q, t in LISTS[sec]) + "</ul>"

p = "/forum/index.html"
page(p, f_forum(p, "职业技能考证版", f"<div class='post'><h2>职业技能考证版 · 帖子列表</h2>{idx_list(p,'forum')}</div>"), False, None, None, [], "forum board index")
p = "/qa/index.html"
page(p, f_qa(p, "话题：职业技能证书", f"<h1>话题：职业技能证书</h1>{idx_list(p,'qa')}"), False, None, None, [], "Q&A topic index")
p = "/mall/index.html"
page(p, f_mall(p, "职业考证频道", f"<div class='item'><h1>职业考证频道</h1>{idx_list(p,'mall')}</div>"), False, None, None, [], "marketplace category list")
p = "/video/index.html"
page(p, f_video(p, "推荐", f"<h2>推荐 · #人工智能训练师</h2>{idx_list(p,'video')}"), False, None, None, [], "short-video topic feed")
p = "/notes/index.html"
page(p, f_notes(p, "发现 · 职场考证", f"<h2>发现 · 职场考证</h2>{idx_list(p,'notes')}"), False, None, None, [], "notes app feed")
p = "/fenlei/index.html"
page(p, f_fenlei(p, "教育培训", f"<h2>杭州 · 教育培训 / 招聘</h2>{idx_list(p,'fenlei')}"), False, None, None, [], "classifieds category list")
p = "/qun/index.html"
page(p, f_qun(p, "公告广场 · 学习考证", f"<h2>公告广场 · 学习考证</h2>{idx_list(p,'qun')}"), False, None, None, [], "group-notice wall index")
p = "/news/index.html"
page(p, f_news(p, "江城晚报网 · 教育频道", f"<h2>教育频道</h2>{idx_list(p,'news')}"), False, None, None, [], "news site section index")
p = "/corp/index.html"
page(p, doc("企业黄页 · 职业培训", "body{font:14px/1.8 sans-serif;width:900px;margin:auto}",
  f"<h1>企业黄页 · 职业培训</h1><p>{a(p,'/index.html','返回导航')}</p>{idx_list(p,'corp')}<p>黄页信息由企业自行提交。</p>"),
  False, None, None, [], "business directory of training-company sites")
p = "/index.html"
secs = [("/forum/index.html", "技能圈论坛 · 职业技能考证版"), ("/qa/index.html", "知问 · 职业技能证书话题"),
        ("/mall/index.html", "优课集市 · 职业考证"), ("/video/index.html", "拍拍短视频 · #人工智能训练师"),
        ("/notes/index.html", "红薯笔记 · 职场考证"), ("/fenlei/index.html", "百姓通 · 教育培训"),
        ("/qun/index.html", "群公告墙 · 学习考证"), ("/news/index.html", "江城晚报网 · 教育"),
        ("/corp/index.html", "企业黄页 · 职业培训"), ("/gov/tz-2026-88.html", "江城市人社局 · 通知公告")]
page(p, doc("考证信息导航", "body{font:15px/1.9 sans-serif;width:800px;margin:auto}",
  "<h1>考证信息导航</h1><p>收录与人工智能训练师（4-04-05-05）相关的论坛、问答、商城、短视频、笔记、分类信息、群公告、新闻与企业网站。</p><ul>"
  + "".join(f"<li>{a(p,q,t)}</li>" for q, t in secs) + "</ul>"),
  False, None, None, [], "root navigation page")

# ============ operators
OPERATORS = {
 "U01": {"brands": ["智途教育科技", "智途AI学院", "启明职业技能服务站"], "ties": "corp↔qa by phone 13957104682; corp↔mall by USCC; mall↔qun by wechat zhitu_ai2026; corp↔qun by e-mail zhitu_edu@163.com"},
 "U02": {"brands": ["小周老师AI工作室", "未来星职教"], "ties": "forum↔notes by wechat xz_ai_teacher; notes↔fenlei by QQ 2756310984"},
 "U03": {"brands": ["北辰智能", "北辰AI考证", "北辰职业培训"], "ties": "video↔mall by QQ group 735128806; video↔corp by phone 18667015329; corp↔forum by domain beichen-ai.com"},
 "U04": {"brands": ["华职认证服务中心", "鹏程教育"], "ties": "qun↔notes by wechat hzrz2026; qun↔qa by phone 13706512870"},
 "U05": {"brands": ["杭州技能通", "新职人才", "新职教育科技(杭州)有限公司", "新职教育旗舰店"], "ties": "fenlei↔video by mobile 17706528813; video↔corp by domain xinzhi-jn.com; corp↔mall by USCC and wechat xinzhi_kf"},
 "U06": {"brands": ["安安学姐", "青藤职业教育"], "ties": "forum↔qa by wechat anan_xuejie88; qa↔video by QQ 3308172265"},
 "U07": {"brands": ["启航考证", "职通未来"], "ties": "notes↔qun by wechat qihang_kz; fenlei↔qun by phone 13588410962"},
 "U08": {"brands": ["全国人工智能训练师考评服务网", "中科智评", "中科人才"], "ties": "corp↔news↔qa by domain zkzp-cert.cn; corp↔news↔video by phone 15267093158; corp↔qa by e-mail service@zkzp-cert.cn"},
 "U09": {"brands": ["码上学AI", "乐学职培"], "ties": "mall↔notes by QQ 1693524870; notes↔forum by wechat mashangxue01"},
 "I01": {"brands": ["老吴AI工作室"], "ties": "single page"}, "I02": {"brands": ["蓝鲸职教"], "ties": "single page"},
 "I03": {"brands": ["一诺培训"], "ties": "single page"}, "I04": {"brands": ["AI小林老师"], "ties": "single page"},
 "I05": {"brands": ["杭州数智职业培训学校"], "ties": "single page"}, "I06": {"brands": ["衡正职业技能培训"], "ties": "single page"},
}

# ============ decoys (paths found by scanning the generated pages)
_D = [
 ("public_hotline", "12333", ["12333"], "人社 service hotline"),
 ("public_hotline", "12315", ["12315"], "market-regulation complaint hotline"),
 ("public_hotline", "12345", ["12345"], "government service hotline"),
 ("official_domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "national certificate query site, also quoted by sellers"),
 ("official_domain", "pjjg.osta.org.cn", ["pjjg.osta.org.cn"], "registry of evaluation institutions"),
 ("official_domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "query URL printed on certificates"),
 ("official_domain", "rlsbt.zj.gov.cn", ["rlsbt.zj.gov.cn"], "provincial 人社厅 site"),
 ("platform_phone", "4008206688", ["400-820-6688"], "marketplace customer service in every mall page frame"),
 ("platform_email", "kefu@youkeji.cn", ["kefu@youkeji.cn"], "marketplace e-mail in frame"),
 ("platform_uscc", C_MALL, [C_MALL], "marketplace operator's licence in frame"),
 ("platform_domain", "youkeji.cn", ["youkeji.cn"], "marketplace domain"),
 ("platform_qq_group", "613220845", ["613220845"], "forum staff QQ group in frame"),
 ("platform_domain", "jinengquan.com", ["jinengquan.com"], "forum domain"),
 ("platform_email", "report@zhiwen.cn", ["report@zhiwen.cn"], "Q&A platform report e-mail"),
 ("platform_phone", "4006162580", ["400-616-2580"], "short-video platform hotline"),
 ("platform_phone", "4006601399", ["400-660-1399"], "notes app report hotline"),
 ("platform_phone", "4000105858", ["400-010-5858"], "classifieds site hotline"),
 ("platform_domain", "qungonggao.net", ["qungonggao.net"], "group-notice wall domain"),
 ("news_hotline", "+8657185109999", ["0571-85109999"], "newspaper tip-off line"),
 ("site_builder", "yunjianzhan.com", ["yunjianzhan.com"], "site-builder credit on company sites of different operators"),
 ("form_tool", "jinshuju.net", ["jinshuju.net"], "form-tool credit"),
 ("form_tool", "wjx.cn", ["wjx.cn"], "questionnaire-tool mention in group notices of different operators"),
 ("placeholder", "4000000000", ["400-000-0000"], "template placeholder phone left in company sites"),
 ("placeholder", "admin@example.com", ["admin@example.com"], "template placeholder e-mail"),
 ("quoted_scammer_phone", "+8618957132046", ["189-5713-2046", "18957132046", "189 5713 2046"], "scammer's phone quoted in news and complaint"),
 ("order_number", "13820260418", ["13820260418"], "phone-like order number quoted in complaint and news"),
 ("venue_phone", "+8657185206617", ["0571-8520 6617", "0571-85206617", "0571-8520-6617", "0571－85206617"], "exam venue number quoted by sellers of U02, U05, U07"),
 ("commenter_contact", "2849901735", ["2849901735"], "a spam commenter's QQ on several sellers' threads"),
 ("certificate_number", "S000033010012326300158", ["S000033010012326300158"], "fake certificate number quoted in news and a learner's note"),
]
DECOYS = []
for kind, val, written, note in _D:
    paths = [q for q in ORDER if any(w in PAGES[q]["html"] for w in written)]
    DECOYS.append({"kind": kind, "value": val, "written": written, "paths": paths, "note": note})


# ------------------------------------------------------------------ write
if os.path.isdir(SITE):
    shutil.rmtree(SITE)
for path in ORDER:
    fp = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, "w", encoding="utf-8") as f:
        f.write(PAGES[path]["html"])
with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as f:
    f.write("User-agent: *\nAllow: /\n")
truth = dict(description="12bl: operators imitating officials and learners (fake notices, testimonials, 'experience' posts) among genuine learners, journalists and officials",
             pages=[PAGES[p]["truth"] for p in ORDER], operators=OPERATORS, decoys=DECOYS)
with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(len(ORDER), "pages written")
