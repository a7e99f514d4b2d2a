#!/usr/bin/env python3
"""Deterministic generator for test web 12bi (marketplaces and shops emphasis).
Writes site/ and truth.json next to this script. Standard library only."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')

# ---------------------------------------------------------------- USCC
AL = '0123456789ABCDEFGHJKLMNPQRTUWXY'
WT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org(o8):
    ws = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(o8, ws))
    c = 11 - s % 11
    return 'X' if c == 10 else ('0' if c == 11 else str(c))


def uscc(h8, o8):
    b = h8 + o8 + _org(o8)
    r = 31 - sum(AL.index(c) * w for c, w in zip(b, WT)) % 31
    return b + AL[0 if r == 31 else r]


def spaced(s, n=4):
    return ' '.join(s[i:i + n] for i in range(0, len(s), n))


FW = str.maketrans('0123456789', '０１２３４５６７８９')
CN = str.maketrans('0123456789', '零一二三四五六七八九')
CNY = str.maketrans('0123456789', '零幺二三四五六七八九')
CNB = str.maketrans('0123456789', '零壹贰叁肆伍陆柒捌玖')

# ---------------------------------------------------------------- decoy values
MALL_USCC = uscc('91310115', 'MA1K3B9N')
MALL_TEL = '400-860-3377'
MALL_MAIL = 'service@youxuehui.com'
MALL_DOM = 'www.youxuehui.com'
XQ_TEL = '400-611-8899'
XQ_DOM = 'www.xianqu.com'
TUAN_QG = '902736615'
DP_TEL = '400-855-0770'
VID_MAIL = 'jubao@kuaishipin.cn'
FL_QQ = '800059999'
BBS_MAIL = 'admin@zhidabbs.net'
BUILDER = 'sujianyun.com'
FORMTOOL = 'maibiaodan.com'
PH_TEL = '400-000-0000'
PH_MAIL = 'admin@example.com'
PH_MOB = '13800000000'
SCAM_A = '176 0731 2289'
SCAM_B = '17607312289'
ORDER_NO = '15820260611'
CERT_NO = 'S000033010000226300017'
STATION = '0755-2663 1180'
BUYER_WX = 'lily_0923'

# ---------------------------------------------------------------- seller ids
U01_USCC = uscc('91330106', 'MA2H4K7Q')
U04_USCC = uscc('91440101', 'MA5CTR2E')
U08_USCC = uscc('91420106', 'MA4KXN39')
I06_USCC = uscc('92330108', 'MA2GP4L6')
for _c in (U01_USCC, U04_USCC, U08_USCC, I06_USCC, MALL_USCC):
    assert len(_c) == 18

PAGES = {}     # path -> html
TRUTH = []     # page entries


def rel(frm, to):
    return os.path.relpath(to, os.path.dirname(frm) or '.').replace(os.sep, '/')


def add(path, html, offer=False, op=None, provider=None, ids=(), note=''):
    assert path not in PAGES, path
    PAGES[path] = html
    TRUTH.append({'path': '/' + path, 'is_offer': offer, 'operator': op,
                  'provider': provider,
                  'identifiers': [list(x) for x in ids], 'note': note})


def doc(title, body, css=''):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            f'<title>{title}</title>\n<style>body{{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333}}'
            f'{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')


def links(frm, items, cls=''):
    return ''.join(f'<li{cls}><a href="{rel(frm, p)}">{t}</a></li>' for p, t in items)


# ================================================================ frames
def mall(path, title, crumbs, main, side=''):
    h = f'''<div class="topbar">您好，欢迎来到优学汇！<a href="{rel(path,'mall/index.html')}">请登录</a> <a href="{rel(path,'mall/index.html')}">免费注册</a> | 我的订单 | 购物车(0) | <a href="{rel(path,'mall/help.html')}">帮助中心</a></div>
<header class="mh"><a class="logo" href="{rel(path,'mall/index.html')}">优学汇<small>职业教育商城</small></a>
<form class="search"><input placeholder="人工智能训练师"><button type="button">搜索</button></form></header>
<nav class="mnav"><a href="{rel(path,'index.html')}">网站导航</a><a href="{rel(path,'mall/index.html')}">首页</a><a href="{rel(path,'mall/index.html')}">职业技能</a><a href="{rel(path,'mall/index.html')}">IT与AI</a><a href="{rel(path,'mall/index.html')}">学历提升</a><a href="{rel(path,'mall/help.html')}">帮助中心</a></nav>
<div class="crumb">{' &gt; '.join(crumbs)}</div>
<div class="wrap"><main>{main}</main><aside>{side}<div class="box"><h4>看了又看</h4><ul>{links(path,[('mall/item-0418.html','AI训练师四级全程班'),('mall/item-0702.html','人工智能训练师考证辅导'),('mall/item-0977.html','数据标注员入门课')])}</ul></div></aside></div>
<footer class="mf"><p>正品保障 · 7天无理由(虚拟课程除外) · 先学后付</p>
<p>客服热线 {MALL_TEL}（9:00-21:00） | 客服邮箱 {MALL_MAIL} | <a href="{rel(path,'mall/help.html')}">商家入驻</a> | <a href="{rel(path,'mall/help.html')}">消费者权益保障</a></p>
<p>上海优学汇网络科技有限公司 营业执照 统一社会信用代码：{MALL_USCC} | 沪ICP备2021018830号-1 | © 2019-2026 {MALL_DOM} 版权所有</p></footer>'''
    return doc(title + ' - 优学汇', h, '.topbar{background:#f2f2f2;font-size:12px;padding:4px 20px}.mh{padding:14px 20px;display:flex;gap:40px}.logo{font-size:26px;color:#e4393c;text-decoration:none}.mnav a{margin:0 12px}.mnav{background:#e4393c;padding:8px}.mnav a{color:#fff}.crumb{padding:8px 20px;font-size:12px}.wrap{display:flex;padding:0 20px}main{flex:1}aside{width:240px}.mf{background:#eee;font-size:12px;padding:16px;text-align:center}.price{color:#e4393c;font-size:24px}')


def xianqu(path, title, main):
    h = f'''<header class="xh"><a href="{rel(path,'xianyu/index.html')}"><b>闲趣</b></a> 闲置好物 · 同城交易 <a href="{rel(path,'index.html')}">网站导航</a> <span>搜索：<input value="人工智能训练师"></span></header>
<div class="crumb"><a href="{rel(path,'xianyu/index.html')}">闲趣首页</a> &gt; 教育培训 &gt; 考证资料</div>
<main>{main}</main>
<section class="safe"><b>闲趣安全提示：</b>请勿脱离平台私下交易，谨防"先付款后发证""代报名包过"类骗局。站内交易由闲趣担保，发现违规请点"举报"。</section>
<footer>闲趣客服 {XQ_TEL} · {XQ_DOM} · <a href="{rel(path,'xianyu/index.html')}">更多闲置</a> · 浙ICP备2020036615号</footer>'''
    return doc(title + ' - 闲趣', h, '.xh{background:#ffe60f;padding:12px 18px}.crumb{font-size:12px;padding:6px 18px}main{padding:0 18px}.safe{background:#fff8e1;margin:14px 18px;padding:10px;font-size:13px}footer{font-size:12px;color:#888;padding:14px 18px}.p{color:#ff4400;font-size:22px}')


def tuan(path, title, main):
    h = f'''<header class="th"><a href="{rel(path,'tuan/index.html')}">拼好课</a> · 好课一起拼，越拼越便宜 <a href="{rel(path,'index.html')}">导航</a></header>
<nav><a href="{rel(path,'tuan/index.html')}">首页</a> <a href="{rel(path,'tuan/index.html')}">百亿补贴</a> <a href="{rel(path,'tuan/index.html')}">职业考证</a> <a href="{rel(path,'tuan/index.html')}">限时秒杀</a></nav>
<main>{main}</main>
<footer><p>拼好课 pinhaoke.cn · 商家入驻交流群 QQ群：{TUAN_QG} · 平台不对第三方商家承诺的"包过"等内容负责</p><p>苏ICP备2022004471号</p></footer>'''
    return doc(title + ' - 拼好课', h, '.th{background:#e02e24;color:#fff;padding:12px}.th a{color:#fff;font-weight:bold}nav{padding:6px 12px;background:#fff3f2}main{padding:10px 14px}footer{font-size:12px;color:#999;padding:12px;text-align:center}.gp{color:#e02e24;font-size:24px}')


def dianping(path, title, main, city='深圳'):
    h = f'''<header class="dh"><a href="{rel(path,'dianping/index.html')}">口碑点评</a> <span class="city">{city} ▾</span> <input placeholder="搜商户、地点"> <a href="{rel(path,'index.html')}">网站导航</a></header>
<div class="crumb"><a href="{rel(path,'dianping/index.html')}">{city}</a> &gt; 学习培训 &gt; 职业技能</div>
<main>{main}</main>
<footer>口碑点评 kbdp.com · 客服电话 {DP_TEL} · 商户信息由商家提供，如有不实请举报 · 京ICP证180446号</footer>'''
    return doc(title + ' - 口碑点评', h, '.dh{background:#ff6633;padding:10px 16px}.dh a{color:#fff;font-weight:bold}.crumb{font-size:12px;padding:6px 16px}main{padding:0 16px}.rv{border-top:1px solid #eee;padding:8px 0}.star{color:#f90}footer{font-size:12px;color:#999;padding:14px 16px}')


def bbs(path, title, board, posts):
    h = f'''<div id="hd"><a href="{rel(path,'bbs/index.html')}"><b>职达论坛</b></a> - 职业技能·考证交流社区 <a href="{rel(path,'index.html')}">网站导航</a> | 登录 | 立即注册</div>
<div id="pt"><a href="{rel(path,'bbs/index.html')}">论坛</a> › 考证交流 › {board} › {title}</div>
<div id="ct"><h1>{title}</h1>{''.join(posts)}
<div class="reply">您需要登录后才可以回帖 <a href="{rel(path,'bbs/index.html')}">登录</a> | 立即注册</div></div>
<div id="side"><h4>版块导航</h4><ul>{links(path,[('bbs/index.html','考证交流'),('bbs/experience.html','[经验] 人工智能训练师四级备考记录'),('bbs/complaint-0612.html','[投诉] 交了钱拿不到证')])}</ul></div>
<div id="ft">版主信箱 {BBS_MAIL} · 本站言论仅代表发帖人观点 · Powered by Discuz! X3.5</div>'''
    return doc(title + ' - 职达论坛', h, '#hd{background:#2b7acd;color:#fff;padding:10px}#hd a{color:#fff}#pt{font-size:12px;padding:6px 10px}#ct{padding:0 10px}.post{border:1px solid #c2d5e3;margin:8px 0;display:flex}.au{width:140px;background:#e5edf2;padding:8px;font-size:12px}.pc{flex:1;padding:8px}#side{padding:10px}#ft{font-size:12px;color:#999;padding:10px}')


def post(author, meta, text, floor):
    return f'<div class="post"><div class="au"><b>{author}</b><br>{meta}</div><div class="pc"><div class="pi">{floor} · 发表于 2026-{10 + len(author) % 2}-{10 + len(text) % 18:02d}</div>{text}</div></div>'


def wenda(path, title, q, answers):
    h = f'''<header class="wh"><a href="{rel(path,'wenda/index.html')}">知答</a> 有问题，上知答 <a href="{rel(path,'index.html')}">网站导航</a> <input placeholder="搜索问题"></header>
<main><div class="q"><h1>{title}</h1><p>{q}</p><p class="tags">话题：人工智能训练师 · 职业技能等级证书 · 考证</p></div>{''.join(answers)}</main>
<aside><h4>相关问题</h4><ul>{links(path,[('wenda/q-1048.html','人工智能训练师证书去哪里考？'),('wenda/q-1102.html','零基础能考AI训练师三级吗？'),('wenda/q-1163.html','AI训练师证书有补贴吗？')])}</ul></aside>
<footer>知答 zhida-wenda.com · 回答内容由用户提供，不代表平台立场 · 侵权举报</footer>'''
    return doc(title + ' - 知答', h, '.wh{background:#0084ff;color:#fff;padding:10px}.wh a{color:#fff;font-weight:bold}main{padding:10px}.ans{border-bottom:1px solid #eee;padding:10px 0}.cm{font-size:12px;color:#666;margin-left:20px}aside,footer{padding:10px;font-size:12px}')


def ans(who, bio, text, votes, comments=()):
    cm = ''.join(f'<div class="cm">{c}</div>' for c in comments)
    return f'<div class="ans"><b>{who}</b> <small>{bio}</small><div>{text}</div><small>赞同 {votes} · 评论 {len(comments)}</small>{cm}</div>'


def video(path, title, author, bio, desc, comments):
    cm = ''.join(f'<li><b>{a}</b>：{t}</li>' for a, t in comments)
    h = f'''<header class="vh"><a href="{rel(path,'video/index.html')}">快视频</a> 推荐 关注 同城 <a href="{rel(path,'index.html')}">网站导航</a></header>
<main><div class="player">▶ 视频播放中 00:00 / 01:{len(desc) % 50 + 10}</div>
<div class="au"><b>@{author}</b> <button>关注</button><p class="bio">{bio}</p></div>
<h1>{title}</h1><p>{desc}</p>
<div class="cmts"><h4>评论</h4><ul>{cm}</ul></div></main>
<aside><h4>相关推荐</h4><ul>{links(path,[('video/v-88213.html','考证的坑你踩过几个'),('video/v-90177.html','AI训练师到底是什么证'),('video/v-91020.html','三个月拿证真的假的')])}</ul></aside>
<footer>快视频 kuaishipin.cn · 违法和不良信息举报邮箱 {VID_MAIL} · 网络文化经营许可证</footer>'''
    return doc(title + ' - 快视频', h, 'body{background:#161823;color:#eee}.vh{padding:10px}.vh a{color:#fe2c55;font-weight:bold}.player{background:#000;height:200px;padding:10px}main,aside,footer{padding:10px}.bio{color:#aaa;font-size:13px}a{color:#9cf}')


def fenlei(path, title, main):
    h = f'''<header class="fh"><a href="{rel(path,'fenlei/index.html')}">同城易帖</a> 免费发布信息 <a href="{rel(path,'index.html')}">网站导航</a></header>
<div class="crumb"><a href="{rel(path,'fenlei/index.html')}">同城易帖</a> &gt; 教育培训 &gt; 职业技能培训</div>
<main>{main}<p class="warn">易帖提醒：发布者信息未经平台核实，涉及"先交费""包拿证"请提高警惕。</p></main>
<footer>同城易帖 客服QQ {FL_QQ} · yitie.cn · 免责声明</footer>'''
    return doc(title + ' - 同城易帖', h, '.fh{background:#ff552e;padding:10px}.fh a{color:#fff;font-weight:bold}.crumb{font-size:12px;padding:6px 12px}main{padding:0 12px}.warn{font-size:12px;color:#c00}footer{font-size:12px;color:#999;padding:12px}')


def qun(path, title, group, text):
    h = f'''<div class="qh">群公告 · {group}</div>
<main><h1>{title}</h1>{text}<p class="rd">已读 186 · 未读 57</p></main>
<footer><a href="{rel(path,'index.html')}">返回</a> · 本页面为群公告分享页</footer>'''
    return doc(title, h, '.qh{background:#12b7f5;color:#fff;padding:10px}main{padding:12px}.rd,footer{font-size:12px;color:#999;padding:8px 12px}')


def news(path, title, main):
    h = f'''<header class="nh"><a href="{rel(path,'news/index.html')}">职教观察网</a> <a href="{rel(path,'index.html')}">网站导航</a></header>
<nav><a href="{rel(path,'news/index.html')}">首页</a> 政策 · 曝光台 · 考证 · 就业</nav>
<main>{main}</main>
<aside><h4>相关阅读</h4><ul>{links(path,[('news/warning-2026.html','警惕"包过拿证"AI训练师骗局'),('news/policy-explain.html','一文读懂人工智能训练师职业技能等级认定')])}</ul></aside>
<footer>职教观察网 zjgc.net · 新闻热线 010-8456 2031 · 转载请注明出处</footer>'''
    return doc(title + ' - 职教观察网', h, '.nh{background:#1f3c88;padding:12px}.nh a{color:#fff;font-size:20px}nav{padding:6px 12px;background:#eef}main,aside,footer{padding:10px 14px}footer{font-size:12px;color:#888}')


def corp(path, name, nav, main, foot):
    h = f'''<header class="ch"><b>{name}</b><nav>{nav}</nav></header>
<main>{main}</main>
<footer>{foot}</footer>'''
    return doc(name, h, '.ch{background:#0a4b8c;color:#fff;padding:14px}.ch a{color:#fff;margin:0 10px}main{padding:14px}footer{background:#222;color:#bbb;font-size:12px;padding:14px}')


# ================================================================ U01
# 智训未来 / 小周老师AI证书 / 杭州智训未来科技有限公司
U01_PH = '13867241059'
U01_WX = 'zhixun-kf01'
U01_DOM = 'zhixunweilai.com'
U01_MAIL = 'service@zhixunweilai.com'

p = 'mall/item-0311.html'
add(p, mall(p, '【智训未来】人工智能训练师四级/三级考证班 含认定报名', ['<a href="index.html">首页</a>', '职业技能', '人工智能训练师'], f'''
<h1>【智训未来官方店】人工智能训练师（4-04-05-05）四级/三级 考证培训班 含认定报名</h1>
<p class="price">¥2680.00 <del>¥3980</del></p><p>月销 312 · 累计评价 1.2万+ · 发货：购买后24小时内开通课程</p>
<p>规格：<b>四级（中级工）</b> / 三级（高级工） / 四级+三级连报（立减600）</p>
<h3>商品详情</h3>
<p>·理论+实操双模块，配套题库与数据标注实训平台账号<br>·统一安排认定考试，证书编号可在 jndj.osta.org.cn 查询<br>·符合条件学员可协助申领技能提升补贴</p>
<p>报名需提供身份证、学历及工作年限证明。报名后添加班主任企业微信：{U01_WX}（详情页图片文字）</p>
<h3>店铺资质</h3><p>营业执照：杭州智训未来科技有限公司　统一社会信用代码 {U01_USCC}　（平台已核验）</p>''',
    side=f'<div class="box"><h4>智训未来官方店</h4><p>描述 4.8 服务 4.7 物流 4.9</p><a href="index.html">进店逛逛</a></div>'),
    True, 'U01', '智训未来', [('wechat', U01_WX, U01_WX), ('uscc', U01_USCC, U01_USCC)],
    'mall item page of U01 flagship store; licence USCC in shop qualification block')

p = 'xianyu/item-5521.html'
add(p, xianqu(p, '出AI训练师考证名额', f'''
<h1>【个人闲置】人工智能训练师四级报名名额转让 可代办</h1><p class="p">¥1880</p>
<p>卖家：小周老师AI证书 · 芝麻信用极好 · 来自 杭州</p>
<p>原本给自己报的智训那边的班，工作调动去不了，名额可以转，也可以帮你重新报。四级三级都能报，三个月左右出证，证书编号样例 {CERT_NO}，官网可查。</p>
<p>平台聊天回复慢，着急的直接打 {spaced(U01_PH[:3],3)} {U01_PH[3:7]} {U01_PH[7:]}，微信 ZhiXun-KF01 同号备注"闲趣"。</p>
<p>想要 46 · 浏览 1032</p>
<div class="cm"><b>留言</b><br>阿布：三级要啥条件？<br>卖家：大专+四级证两年就行，没有的话我们可以帮你想办法</div>'''),
    True, 'U01', '小周老师AI证书',
    [('phone', '+86' + U01_PH, f'{U01_PH[:3]} {U01_PH[3:7]} {U01_PH[7:]}'), ('wechat', U01_WX, 'ZhiXun-KF01')],
    'second-hand listing reselling a course seat, U01 under a personal seller name')

p = 'corp/zhixun/index.html'
add(p, corp(p, '杭州智训未来科技有限公司', f'<a href="{rel(p,"index.html")}">首页</a><a href="#kc">课程中心</a><a href="#bm">在线报名</a><a href="#lx">联系我们</a>', f'''
<h1>智训未来 · 人工智能训练师职业技能等级认定培训</h1>
<p>智训未来专注人工智能训练师（数据标注员、人工智能算法测试员）培训，提供五级至三级课程，理论与实操结合，协助学员报名认定考试。</p>
<h2 id="kc">课程中心</h2><ul><li>五级（初级工）60课时 ¥1680</li><li>四级（中级工）50课时 ¥2680</li><li>三级（高级工）40课时 ¥3580</li></ul>
<p>证书查询：jndj.osta.org.cn 。政策问题可咨询当地人社 12333。</p>
<h2 id="bm">在线报名</h2><form><input placeholder="姓名"> <input placeholder="手机号，如 {PH_MOB}"> <button type="button">提交</button></form>
<h2 id="lx">联系我们</h2><p>咨询热线：<a href="tel:{U01_PH}">{U01_PH[:3]}-{U01_PH[3:7]}-{U01_PH[7:]}</a>（周一至周日 9:00-20:00）<br>邮箱：{U01_MAIL}<br>地址：杭州市西湖区文三路 477 号华星科技大厦 9 楼</p>''',
    f'© 2026 杭州智训未来科技有限公司 www.{U01_DOM} · 统一社会信用代码 {spaced(U01_USCC)} · 浙ICP备2023011927号-1 · 技术支持：速建云 {BUILDER} · 网站模板投诉邮箱 {PH_MAIL}'),
    True, 'U01', '杭州智训未来科技有限公司',
    [('phone', '+86' + U01_PH, f'tel:{U01_PH}'), ('phone', '+86' + U01_PH, f'{U01_PH[:3]}-{U01_PH[3:7]}-{U01_PH[7:]}'),
     ('email', U01_MAIL, U01_MAIL), ('domain', U01_DOM, 'www.' + U01_DOM), ('uscc', U01_USCC, spaced(U01_USCC))],
    'U01 company site home page with courses, sign-up form and contacts')

p = 'wenda/q-1048.html'
U01_CNPH = '幺三八 六七二四 幺零五九'
add(p, wenda(p, '人工智能训练师证书去哪里考？靠谱吗？', '在杭州做电商客服，想考个人工智能训练师证书转行做数据标注，不知道去哪报名，网上机构太多了。', [
    ans('人社小百科', '职业技能领域答主', '人工智能训练师是2020年人社部等发布的新职业，现在证书是职业技能等级证书，由备案的评价机构认定发证。可以在 pjjg.osta.org.cn 按省份查评价机构，拿证后在 jndj.osta.org.cn 查询。别信"包过"。', 231),
    ans('周老师聊考证', '智训未来 教务', f'我们这边杭州本地有班，四级三级都有，周末班。课程介绍可以看 zhixunweilai 点 com，报名电话 {U01_CNPH}（防吞号写的汉字）。', 12, ['网友A：是那个文三路的吗？', '周老师聊考证：是的，欢迎来试听'])]),
    True, 'U01', '智训未来', [('phone', '+86' + U01_PH, U01_CNPH), ('domain', U01_DOM, 'zhixunweilai 点 com')],
    'Q&A page: one neutral answer, one selling answer by U01 with phone in Chinese numerals')

# ================================================================ U02
# 鲸鱼AI学院 / 鲸学职培
U02_QG = '736105284'
U02_PH = '15902183376'

p = 'mall/item-0418.html'
add(p, mall(p, '鲸鱼AI学院 人工智能训练师四级全程班', ['<a href="index.html">首页</a>', 'IT与AI', '人工智能训练师'], f'''
<h1>鲸鱼AI学院 人工智能训练师四级全程班 零基础数据标注实操 送模拟题库</h1>
<p class="price">¥1999.00</p><p>已售 886 件 · 好评率 97%</p>
<p>课程形式：录播+直播答疑；有效期 365 天。</p>
<h3>课程大纲</h3><ol><li>基本要求与职业道德</li><li>数据采集和处理</li><li>数据标注</li><li>智能系统运维</li></ol>
<h3>购买须知</h3><p>下单后请加入学员QQ群：{U02_QG}，群内发放直播链接与报考通知。认定考试由合作考点统一组织。</p>''',
    side='<div class="box"><h4>鲸鱼AI学院</h4><p>店铺综合评分 4.6</p></div>'),
    True, 'U02', '鲸鱼AI学院', [('qq_group', U02_QG, U02_QG)], 'mall item page of U02; only tie is student QQ group')

p = 'tuan/deal-7702.html'
U02_FWQG = U02_QG.translate(FW)
add(p, tuan(p, '3人团 AI训练师考证', f'''
<h1>【3人团】鲸学职培 人工智能训练师四级/三级 报考+培训</h1>
<p class="gp">拼团价 ¥1580 <small>单买价 ¥2280</small></p><p>已拼 1.3万件 · 还差 1 人成团 · 剩余 07:42:13</p>
<p>✔ 南山考点就近考试 考点电话 {STATION}<br>✔ 报名即送AI标注实训账号<br>✔ 可开发票</p>
<h3>商家信息</h3><p>店铺：鲸学职培考证专营 · 客服电话 {U02_PH[:3]}-{U02_PH[3:7]}-{U02_PH[7:]} · 成团后请加Q群 {U02_FWQG} 领取资料</p>
<div class="rv">用户1***8：已拼，客服回复挺快</div>'''),
    True, 'U02', '鲸学职培',
    [('phone', '+86' + U02_PH, f'{U02_PH[:3]}-{U02_PH[3:7]}-{U02_PH[7:]}'), ('qq_group', U02_QG, U02_FWQG)],
    'group-buy page of U02 under second brand; QQ group in full-width digits; quotes assessment station phone')

p = 'bbs/thread-3391.html'
U02_BIG = '壹伍玖 零贰壹捌 叁叁柒陆'
add(p, bbs(p, '深圳哪里可以考人工智能训练师？求推荐', '深圳', [
    post('小白求上岸', '新手上路 · 帖子 3', '在深圳做跨境电商运营，想考AI训练师四级，有没有人知道去哪考？', '楼主'),
    post('考证达人Leo', '中级会员 · 帖子 156', f'南山那边有个考点，电话 {STATION}，可以先打电话问认定计划。', '沙发'),
    post('鲸鱼老师', '注册会员 · 帖子 41', f'我们鲸鱼这边有四级三级班，南山考点就近考，想了解的可以打 {U02_BIG}（论坛不让发数字）。', '板凳'),
    post('莉莉', '新手上路 · 帖子 7', f'同求，四级多少钱？有资料的可以发我 v：{BUYER_WX}', '地板')]),
    True, 'U02', '鲸鱼AI学院', [('phone', '+86' + U02_PH, U02_BIG)],
    'forum thread with a selling reply by U02 (phone in capital Chinese numerals); station phone and buyer contact are decoys')

# ================================================================ U03
# 启航数智 / 启航教育咨询 / 阿杰证书代办
U03_PH = '18675204316'
U03_WX = 'aj-zhengshu'
U03_MAIL = 'qihang_shuzhi@163.com'

p = 'dianping/shop-3306.html'
add(p, dianping(p, '启航数智培训中心(科技园店)', f'''
<h1>启航数智培训中心(科技园店)</h1><p class="star">★★★★☆ 4.3 · 128条评价 · 人均 ¥2380</p>
<p>地址：南山区科技园科苑路 15 号科兴科学园 B 座 1103　电话：{U03_PH[:3]} {U03_PH[3:7]} {U03_PH[7:]}</p>
<p>商户简介：人工智能训练师、数据标注员培训，五级/四级/三级认定报名，课程咨询邮箱 QiHang_ShuZhi@163.com</p>
<h3>团购</h3><p>【人工智能训练师四级】周末班 ¥2380 · 已售 406</p>
<h3>网友点评</h3>
<div class="rv"><b>Kiki小鹿</b> ★★★★★ 老师讲得挺细，实操环境是自己的平台，考点安排在南山。</div>
<div class="rv"><b>大熊</b> ★★☆☆☆ 前台说三级"基本都能过"，结果要先有四级证书，有点误导。</div>'''),
    True, 'U03', '启航数智培训中心',
    [('phone', '+86' + U03_PH, f'{U03_PH[:3]} {U03_PH[3:7]} {U03_PH[7:]}'), ('email', U03_MAIL, 'QiHang_ShuZhi@163.com')],
    'review-site shop page of U03 training centre with reviews')

p = 'fenlei/post-1207.html'
add(p, fenlei(p, '人工智能训练师证书 报名代办 深圳', f'''
<h1>人工智能训练师证书 报名 代办 四级三级 深圳可面谈</h1>
<p>发布：2026-10-21 · 浏览 877 · 联系人：阿杰（个人）</p>
<p>专业代办人工智能训练师报名，帮你准备材料，不会的可以全程协助，深圳南山考点。四级三级均可，价格私聊。</p>
<p>联系电话：{U03_PH}　微信：{U03_WX}</p>'''),
    True, 'U03', '阿杰证书代办', [('phone', '+86' + U03_PH, U03_PH), ('wechat', U03_WX, U03_WX)],
    'classifieds post of U03 as a personal agent')

p = 'video/v-88213.html'
add(p, video(p, '考证的坑你踩过几个？AI训练师到底怎么报', '阿杰说证书', '深圳 · 考证规划 · 人工智能训练师报名 V：AJ-ZhengShu', '很多人花冤枉钱报了没备案的机构，我把正规流程讲清楚：先查评价机构，再看等级条件。想省事的可以找我代报，主页有V。#人工智能训练师 #考证', [
    ('用户7731', '四级要工作年限吗？'), ('阿杰说证书', '要看条件，私我帮你看'), ('打工人小杨', '评论区都是托吧')]),
    True, 'U03', '阿杰证书代办', [('wechat', U03_WX, 'AJ-ZhengShu')], 'short video of U03 persona; WeChat in bio with mixed case')

p = 'mall/review-0533.html'
U03_MAILX = 'qihang_shuzhi#163.com'
add(p, mall(p, '启航教育咨询 AI训练师考证班 累计评价', ['<a href="index.html">首页</a>', '职业技能', '商品评价'], f'''
<h1>累计评价（218） - 启航教育咨询 人工智能训练师四级/三级考证辅导</h1>
<p class="price">¥2380.00</p><p>好评率 92% · 有图 36 · 追评 11</p>
<div class="rv"><b>j***9</b> ★★★★★ 订单号{ORDER_NO} 已确认收货。课程还行，就是报名材料要自己准备很多。</div>
<div class="rv"><b>追***光</b> ★★★☆☆ 客服说三级包过，考完才发现要四级证书满年限……</div>
<div class="rv"><b>店家回复</b>：感谢支持！课程问题请发邮件至 {U03_MAILX}（#换成@），我们会在 24 小时内回复。</div>'''),
    True, 'U03', '启航教育咨询', [('email', U03_MAIL, U03_MAILX)],
    'mall review page of a U03 item; email written with # in place of @; order number is a decoy')

# ================================================================ U04
# 优职通 / 职达人在线
U04_QQ = '2875530914'
U04_PH = '13145209878'

p = 'mall/shop-0620.html'
add(p, mall(p, '优职通职业培训专营店', ['<a href="index.html">首页</a>', '店铺'], f'''
<h1>优职通职业培训专营店</h1><p>开店 4 年 · 粉丝 2.3万 · 店铺评分 4.7</p>
<h3>店铺热卖</h3><ul><li>人工智能训练师 四级 认定辅导 ¥1880</li><li>人工智能训练师 三级 认定辅导 ¥2980</li><li>数据标注员 入门实训 ¥399</li></ul>
<p>店铺公告：报考人工智能训练师请先联系客服QQ {U04_QQ} 核对申报条件，再下单。</p>
<h3>店铺资质</h3><p>企业名称：广州优职通教育科技有限公司<br>统一社会信用代码：{U04_USCC}<br>住所：广州市天河区天河北路 233 号中信广场 36 层</p>'''),
    True, 'U04', '优职通', [('qq', U04_QQ, U04_QQ), ('uscc', U04_USCC, U04_USCC)], 'mall shop page of U04 with licence block')

p = 'wenda/q-1102.html'
U04_CNQQ = U04_QQ.translate(CN)
add(p, wenda(p, '零基础能考人工智能训练师三级吗？', '本科非计算机专业，没有相关工作经验，能直接报三级吗？有机构说可以。', [
    ans('职达人在线-林老师', '职业规划师', f'可以的，我们有特殊渠道，零基础也能直接报三级，三个月出证。详细方案加扣扣：{U04_CNQQ}，或者电话 {U04_PH[:3]} {U04_PH[3:7]} {U04_PH[7:]}。', 5, [f'莉莉：真的吗？我也想报，v：{BUYER_WX}', '路人：三级要先有四级吧']),
    ans('数据标注打工人', '从业三年', '按标准三级需要四级证书加年限，或者对应学历条件，说零基础直接三级的要小心。', 88)]),
    True, 'U04', '职达人在线', [('qq', U04_QQ, U04_CNQQ), ('phone', '+86' + U04_PH, f'{U04_PH[:3]} {U04_PH[3:7]} {U04_PH[7:]}')],
    'Q&A: selling answer by U04 under another brand, QQ in Chinese numerals; buyer WeChat decoy in comments')

p = 'qun/notice-4471.html'
add(p, qun(p, '【重要】11月人工智能训练师报名通知', '职达人·AI训练师考证交流群', f'''
<p>各位同学：11月批次人工智能训练师（四级、三级）报名即将截止，需要报名的同学请在本周五前把身份证正反面、学历证明发给林老师。</p>
<p>报名费用：四级 1880，三级 2980（含培训与认定费）。</p>
<p>报名电话/微信同号：+86 {U04_PH}</p>
<p>优职通 · 职达人在线 联合招生。公司统一社会信用代码 {U04_USCC.lower()} 可查。</p>'''),
    True, 'U04', '职达人在线', [('phone', '+86' + U04_PH, '+86 ' + U04_PH), ('uscc', U04_USCC, U04_USCC.lower())],
    'group-notice share page of U04; USCC in lower case')

# ================================================================ U05
# 华智云课 / 华智职业技能 / 云课小助手
U05_DOM = 'huazhiyunke.cn'
U05_PH = '17758320641'
U05_WX = 'hzyk_2026'

p = 'corp/huazhi/index.html'
add(p, corp(p, '华智云课 - 人工智能训练师在线培训平台', f'<a href="{rel(p,"index.html")}">首页</a><a href="#c">课程</a><a href="#f">报名</a><a href="#l">联系</a>', f'''
<h1>华智云课 · 让AI技能看得见</h1>
<p>华智职业技能旗下在线教育平台，提供人工智能训练师五级、四级课程，配套数据标注实训。</p>
<h2 id="c">热门课程</h2><ul><li>人工智能训练师五级（初级工）¥980</li><li>人工智能训练师四级（中级工）¥1680</li></ul>
<h2 id="f">在线报名</h2><form><input placeholder="您的姓名"> <input placeholder="联系电话"> <button type="button">立即报名</button></form><p><small>本表单由 麦表单 {FORMTOOL} 提供技术支持</small></p>
<h2 id="l">联系我们</h2><p>客服热线：<a href="tel:+86{U05_PH}">+86 {U05_PH[:3]} {U05_PH[3:7]} {U05_PH[7:]}</a><br>官网：https://www.{U05_DOM}</p>''',
    f'© 2026 华智云课 {U05_DOM} · 售后电话 {PH_TEL} · 邮箱 {PH_MAIL} · 地址：请填写公司地址'),
    True, 'U05', '华智云课',
    [('phone', '+86' + U05_PH, f'tel:+86{U05_PH}'), ('domain', U05_DOM, U05_DOM)],
    'U05 company site with form-tool credit and unfilled template placeholders in footer')

p = 'tuan/deal-7815.html'
add(p, tuan(p, '2人团 人工智能训练师五级', f'''
<h1>【2人团】华智职业技能 人工智能训练师五级 在线课+报考指导</h1>
<p class="gp">拼团价 ¥699 <small>单买价 ¥980</small></p><p>已拼 5621 件</p>
<p>官方网站 HuaZhiYunKe.cn 同步上课；南山考点 {STATION} 可考。</p>
<h3>商家信息</h3><p>华智职业技能 · 咨询 {U05_PH[:3]}-{U05_PH[3:7]}-{U05_PH[7:]}</p>
<div class="rv">用户t***y：五级要一年工作经历，客服说可以开证明，有点慌</div>'''),
    True, 'U05', '华智职业技能',
    [('domain', U05_DOM, 'HuaZhiYunKe.cn'), ('phone', '+86' + U05_PH, f'{U05_PH[:3]}-{U05_PH[3:7]}-{U05_PH[7:]}')],
    'group-buy of U05; quotes the same assessment station phone as U02')

p = 'xianyu/item-5630.html'
add(p, xianqu(p, '华智AI训练师课程 转让', f'''
<h1>华智云课 人工智能训练师四级课程账号 转让</h1><p class="p">¥600</p>
<p>卖家：云课小助手 · 来自 深圳</p>
<p>课程账号全新未学，含题库。想报考的也可以找我们老师代报。电话 +86-{U05_PH[:3]}-{U05_PH[3:7]}-{U05_PH[7:]}，vx: {U05_WX}</p>
<p>想要 12 · 浏览 402</p>'''),
    True, 'U05', '云课小助手',
    [('phone', '+86' + U05_PH, f'+86-{U05_PH[:3]}-{U05_PH[3:7]}-{U05_PH[7:]}'), ('wechat', U05_WX, U05_WX)],
    'second-hand listing of a U05 course account with sign-up offer')

p = 'video/v-90177.html'
add(p, video(p, 'AI训练师到底是什么证？一分钟讲清楚', '华智云课', '官方账号 · 课程咨询v❤：HZYK_2026', '人工智能训练师是职业技能等级证书，分五个等级。报名、上课、考试一站式，官网 huazhiyunke。cn 。原价1980，限时699！#AI训练师 #考证', [
    ('小鹿', '五级要什么条件'), ('华智云课', '私信或加v❤咨询哦'), ('路过', '原价1980限时699这套路熟悉')]),
    True, 'U05', '华智云课', [('wechat', U05_WX, 'HZYK_2026'), ('domain', U05_DOM, 'huazhiyunke。cn')],
    'short video of U05; WeChat with heart, domain with ideographic full stop')

# ================================================================ U06
# 星途教育 / 星途AI证书
U06_PH = '13551872046'
U06_WX = 'xingtu_edu'
U06_QG = '583091274'

p = 'mall/item-0702.html'
add(p, mall(p, '星途教育 人工智能训练师考证辅导', ['<a href="index.html">首页</a>', '职业技能', '人工智能训练师'], f'''
<h1>星途教育 人工智能训练师考证辅导 四级 三级 一站式报考 包含认定费</h1>
<p class="price">¥2199.00 起</p><p>月销 97</p>
<h3>商品详情</h3><p>一站式：培训+报名+考试。成都、重庆、深圳均可安排考点。</p>
<p>报考咨询小助手 {U06_PH[:3]}-{U06_PH[3:7]}-{U06_PH[7:]}；学员答疑 QQ群 583 091 274</p>'''),
    True, 'U06', '星途教育',
    [('phone', '+86' + U06_PH, f'{U06_PH[:3]}-{U06_PH[3:7]}-{U06_PH[7:]}'), ('qq_group', U06_QG, '583 091 274')],
    'mall item page of U06')

p = 'dianping/shop-3412.html'
add(p, dianping(p, '星途AI证书(春熙路店)', f'''
<h1>星途AI证书(春熙路店)</h1><p class="star">★★★☆☆ 3.6 · 41条评价</p>
<p>地址：锦江区春熙路 9 号 IFS 写字楼 2 号楼 1806　电话：<a href="tel:{U06_PH}">{U06_PH}</a></p>
<p>商户简介：人工智能训练师报考，到店咨询送题库。微信 {U06_WX}</p>
<div class="rv"><b>四川小王</b> ★★★★☆ 咨询很耐心。</div>
<div class="rv"><b>莉莉</b> ★★☆☆☆ 交了定金一直说等通知。要沟通的加我 {BUYER_WX}</div>''', city='成都'),
    True, 'U06', '星途AI证书',
    [('phone', '+86' + U06_PH, U06_PH), ('wechat', U06_WX, U06_WX)],
    'review-site shop page of U06 second brand; buyer WeChat decoy in a review')

p = 'qun/notice-5102.html'
add(p, qun(p, '星途学员群公告：12月认定报名', '星途AI训练师学员答疑群', f'''
<p>本群群号 {U06_QG}，请勿外传。12月认定报名通过下方表单提交，本表单由 麦表单 {FORMTOOL} 提供技术支持。</p>
<p>表单填写问题联系助教微信 XINGTU_EDU。</p>
<p>考前一周统一发放模拟卷。</p>'''),
    True, 'U06', '星途教育', [('qq_group', U06_QG, U06_QG), ('wechat', U06_WX, 'XINGTU_EDU')],
    'QQ group announcement of U06 with sign-up form (form-tool credit decoy)')

# ================================================================ U07
# 数标学堂 / 标注侠
U07_WX = 'biaozhuxia'
U07_PH = '15217736904'
U07_MAIL = 'biaozhuxia@qq.com'

p = 'bbs/thread-3455.html'
add(p, bbs(p, '数据标注员转行经验+AI训练师证书报考分享', '经验交流', [
    post('标注侠', '高级会员 · 帖子 612', f'做了三年标注，说说经验。证书方面人工智能训练师四级够用了，我们数标学堂有带考班，需要的加 wx {U07_WX} 或者电话 {U07_PH[:3]} {U07_PH[3:7]} {U07_PH[7:]}。', '楼主'),
    post('老陈', '中级会员 · 帖子 88', '广告贴吧，楼主是卖课的。', '沙发'),
    post('标注侠', '高级会员 · 帖子 612', '经验是真的，课也是真的，不需要的无视。', '板凳')]),
    True, 'U07', '数标学堂',
    [('wechat', U07_WX, U07_WX), ('phone', '+86' + U07_PH, f'{U07_PH[:3]} {U07_PH[3:7]} {U07_PH[7:]}')],
    'forum experience post that sells (U07)')

p = 'fenlei/post-1333.html'
U07_FWPH = U07_PH.translate(FW)
add(p, fenlei(p, '数据标注 AI训练师 培训 拿证 推荐就业', f'''
<h1>数据标注员培训 人工智能训练师证书 学完推荐就业</h1>
<p>发布：2026-11-02 · 联系人：标注侠（商家）</p>
<p>数标学堂，线上教学，四级证书+实训，学完推荐标注岗位。电话 {U07_FWPH}，邮箱 biaozhuxia at qq dot com，微信 BiaoZhuXia。</p>'''),
    True, 'U07', '标注侠',
    [('phone', '+86' + U07_PH, U07_FWPH), ('email', U07_MAIL, 'biaozhuxia at qq dot com'), ('wechat', U07_WX, 'BiaoZhuXia')],
    'classifieds of U07; full-width phone, spelled-out email')

p = 'mall/item-0815.html'
add(p, mall(p, '数标学堂 数据标注+AI训练师四级', ['<a href="index.html">首页</a>', 'IT与AI', '数据标注'], f'''
<h1>数标学堂 数据标注实训+人工智能训练师四级认定辅导</h1>
<p class="price">¥1580.00</p><p>月销 54</p>
<p>课程老师：标注侠（三年标注项目经验）。学习问题请发邮件 BiaoZhuXia@qq.com。</p>''', side='<div class="box"><h4>数标学堂</h4></div>'),
    True, 'U07', '数标学堂', [('email', U07_MAIL, 'BiaoZhuXia@qq.com')], 'mall item of U07')

# ================================================================ U08
# 青禾职教 / 青禾AI训练营 / 禾苗老师
U08_DOM = 'qinghezhijiao.com'
U08_PH = '19821547730'
U08_MAIL = 'hemiao@qinghezhijiao.com'

p = 'wenda/q-1163.html'
add(p, wenda(p, '人工智能训练师证书有补贴吗？能领多少？', '听说考了技能等级证书可以领补贴，AI训练师有吗？', [
    ans('青禾AI训练营', '武汉 · 职业培训', f'有的，参保满一年可以申请技能提升补贴，五级到三级都有。我们青禾协助申请，详情见官网 {U08_DOM}，证书可在 zscx.osta.org.cn 查。', 9),
    ans('普通网友', '', '补贴是有条件的，二级一级没有这种补贴，别被"补贴后免费"忽悠。', 40)]),
    True, 'U08', '青禾AI训练营', [('domain', U08_DOM, U08_DOM)], 'Q&A selling answer by U08 (domain only)')

p = 'corp/qinghe/index.html'
add(p, corp(p, '青禾职教', f'<a href="{rel(p,"index.html")}">首页</a><a href="#a">关于青禾</a><a href="#k">课程</a><a href="#c">联系</a>', f'''
<h1>青禾职教 · 人工智能训练师培训</h1>
<h2 id="a">关于青禾</h2><p>武汉青禾职业技能培训有限公司，统一社会信用代码 {U08_USCC}。</p>
<h2 id="k">课程</h2><ul><li>AI训练营 五级 ¥880</li><li>AI训练营 四级 ¥1580</li><li>三级 ¥2680（需四级证书满足年限）</li></ul>
<form><input placeholder="手机号，如 {PH_MOB}"> <button type="button">预约试听</button></form>
<h2 id="c">联系</h2><p>电话 {U08_PH[:3]}-{U08_PH[3:7]}-{U08_PH[7:]} · 邮箱 {U08_MAIL}</p>''',
    f'© 2026 www.{U08_DOM} 青禾职教 · 客服 {PH_TEL} · 技术支持：速建云 {BUILDER}'),
    True, 'U08', '青禾职教',
    [('domain', U08_DOM, 'www.' + U08_DOM), ('uscc', U08_USCC, U08_USCC), ('phone', '+86' + U08_PH, f'{U08_PH[:3]}-{U08_PH[3:7]}-{U08_PH[7:]}'), ('email', U08_MAIL, U08_MAIL)],
    'U08 company site; builder credit and placeholder 400 number are decoys')

p = 'tuan/deal-7903.html'
add(p, tuan(p, '青禾AI训练营 五级拼团', f'''
<h1>【5人团】青禾AI训练营 人工智能训练师五级 线上班</h1>
<p class="gp">拼团价 ¥599 <small>单买价 ¥880</small></p>
<h3>商家资质</h3><p>武汉青禾职业技能培训有限公司 · 信用代码 {spaced(U08_USCC, 6)} · 客服 {U08_PH[:3]} {U08_PH[3:7]} {U08_PH[7:]}</p>'''),
    True, 'U08', '青禾AI训练营',
    [('uscc', U08_USCC, spaced(U08_USCC, 6)), ('phone', '+86' + U08_PH, f'{U08_PH[:3]} {U08_PH[3:7]} {U08_PH[7:]}')],
    'group-buy of U08 with licence in 6-char groups')

p = 'mall/review-0901.html'
U08_CNPH = U08_PH.translate(CN)
add(p, mall(p, '禾苗老师 AI训练师五级 评价', ['<a href="index.html">首页</a>', '职业技能', '商品评价'], f'''
<h1>累计评价（64） - 禾苗老师 人工智能训练师五级 入门班</h1><p class="price">¥880.00</p>
<div class="rv"><b>w***n</b> ★★★★★ 禾苗老师很负责。</div>
<div class="rv"><b>店家回复</b>：需要报名四级的同学联系禾苗老师 {U08_CNPH}，或邮件 HeMiao@QingHeZhiJiao.com。</div>'''),
    True, 'U08', '禾苗老师',
    [('phone', '+86' + U08_PH, U08_CNPH), ('email', U08_MAIL, 'HeMiao@QingHeZhiJiao.com')],
    'mall review page of U08 item under a teacher persona')

# ================================================================ U09
# 易考通 / 证通天下
U09_PH = '18320976615'
U09_WX = 'yikaotong88'

p = 'xianyu/item-5718.html'
add(p, xianqu(p, 'AI训练师证 快速下证', f'''
<h1>人工智能训练师 三级 二级 快速拿证 不用考</h1><p class="p">¥3800</p>
<p>卖家：易考通 · 来自 广州</p>
<p>免培训，资料齐全，45天下证，人社部颁发可查。先付一半。电话 {U09_PH[:3]} {U09_PH[3:7]} {U09_PH[7:]} 微信 {U09_WX}</p>
<p>想要 8 · 浏览 219</p>'''),
    True, 'U09', '易考通',
    [('phone', '+86' + U09_PH, f'{U09_PH[:3]} {U09_PH[3:7]} {U09_PH[7:]}'), ('wechat', U09_WX, U09_WX)],
    'second-hand listing by U09: no-training certificate sale')

p = 'video/v-91020.html'
add(p, video(p, '三个月拿证真的假的？评论区告诉你', '证通天下', '考证规划｜想拿证的看主页 威信 YiKaoTong88', '二级技师也能快速拿，不看学历不看年限，国家认可。#人工智能训练师 #拿证', [
    ('爱学习', '多少钱'), ('证通天下', '看主页'), ('懂的都懂', '二级不看年限？骗子吧')]),
    True, 'U09', '证通天下', [('wechat', U09_WX, 'YiKaoTong88')], 'short video of U09 second brand')

p = 'dianping/shop-3520.html'
add(p, dianping(p, '证通天下职业资格服务(天河店)', f'''
<h1>证通天下职业资格服务(天河店)</h1><p class="star">★★☆☆☆ 2.4 · 19条评价</p>
<p>地址：天河区体育西路 103 号维多利广场 A 塔 22 楼　电话：{U09_PH[:3]}-{U09_PH[3:7]}-{U09_PH[7:]}</p>
<p>商户简介：各类职业技能证书报考咨询，人工智能训练师考点 {STATION} 合作。</p>
<div class="rv"><b>广州阿May</b> ★☆☆☆☆ 说好45天下证，三个月了还没消息。</div>''', city='广州'),
    True, 'U09', '证通天下', [('phone', '+86' + U09_PH, f'{U09_PH[:3]}-{U09_PH[3:7]}-{U09_PH[7:]}')],
    'review-site shop page of U09; also quotes the station phone')

# ================================================================ independents
p = 'mall/item-0977.html'
add(p, mall(p, '知行AI证书服务店 数据标注员入门课', ['<a href="index.html">首页</a>', 'IT与AI', '数据标注'], f'''
<h1>知行AI 数据标注员入门课 + 人工智能训练师五级报考指导</h1><p class="price">¥499.00</p>
<p>店铺：知行AI证书服务店 · 报考指导电话 137 9045 2218</p>'''),
    True, 'I01', '知行AI证书服务店', [('phone', '+8613790452218', '137 9045 2218')], 'independent mall seller')

p = 'xianyu/item-5802.html'
add(p, xianqu(p, '自用AI训练师备考资料 可带报名', '''
<h1>人工智能训练师四级备考笔记+真题 可带报名</h1><p class="p">¥88</p>
<p>卖家：老王的闲置 · 来自 南京</p><p>自己考过的资料，顺便可以带报名，加 V：Ai_XunLian_LaoWang</p>'''),
    True, 'I02', '老王的闲置', [('wechat', 'ai_xunlian_laowang', 'Ai_XunLian_LaoWang')], 'independent second-hand seller')

p = 'tuan/deal-8011.html'
add(p, tuan(p, '启明职培 AI训练师四级拼团', '''
<h1>【3人团】启明职培 人工智能训练师四级 直播班</h1><p class="gp">拼团价 ¥1380</p>
<h3>商家信息</h3><p>启明职培 · 客服 156 8830 7142 · 学员群 Q群 419 662 083</p>'''),
    True, 'I03', '启明职培',
    [('phone', '+8615688307142', '156 8830 7142'), ('qq_group', '419662083', '419 662 083')], 'independent group-buy seller')

p = 'bbs/thread-3502.html'
add(p, bbs(p, '出人工智能训练师四级辅导，可试听', '培训广告', [
    post('AI训练师张老师', '注册会员 · 帖子 12', '本人持三级证书，线上一对一辅导四级理论+实操，可试听。QQ 3320918846，邮箱 zhanglaoshi_ai@126.com', '楼主'),
    post('过客', '新手上路', '多少钱一小时？', '沙发')]),
    True, 'I04', 'AI训练师张老师',
    [('qq', '3320918846', '3320918846'), ('email', 'zhanglaoshi_ai@126.com', 'zhanglaoshi_ai@126.com')], 'independent forum tutor ad')

p = 'fenlei/post-1450.html'
add(p, fenlei(p, '人工智能训练师 周末班 南京', '''
<h1>人工智能训练师 五级 四级 周末班 南京新街口</h1><p>联系人：孙老师（睿思职业培训学校）</p>
<p>电话 173-0261-5580，小班授课，协助报名认定。</p>'''),
    True, 'I05', '睿思职业培训学校', [('phone', '+8617302615580', '173-0261-5580')], 'independent classifieds')

p = 'dianping/shop-3601.html'
add(p, dianping(p, '慧学AI职业培训(西湖店)', f'''
<h1>慧学AI职业培训(西湖店)</h1><p class="star">★★★★☆ 4.5 · 63条评价</p>
<p>地址：西湖区古墩路 88 号　电话：136 0987 1124</p>
<p>个体工商户 统一社会信用代码 {I06_USCC}</p>
<div class="rv"><b>西湖小陈</b> ★★★★★ 四级一次过，老师实在。</div>''', city='杭州'),
    True, 'I06', '慧学AI职业培训',
    [('phone', '+8613609871124', '136 0987 1124'), ('uscc', I06_USCC, I06_USCC)], 'independent review-site shop (个体户 USCC 92)')

# ================================================================ non-offer pages
p = 'mall/item-7001.html'
add(p, mall(p, '健康管理师 考证培训', ['<a href="index.html">首页</a>', '职业技能', '健康管理师'], '''
<h1>康源教育 健康管理师三级 考证培训 网课+题库</h1><p class="price">¥1280.00</p>
<p>适合医护、药店、养老从业者。客服电话 139 5812 0476。</p>'''),
    note='another occupation (健康管理师) course on the mall; not an AI-trainer offer')

p = 'mall/help.html'
add(p, mall(p, '帮助中心 - 虚拟课程购买须知', ['<a href="index.html">首页</a>', '帮助中心'], f'''
<h1>帮助中心：职业培训类商品购买须知</h1>
<p>1. 平台禁止商家使用"包过""保过""官方指定"等宣传用语，发现请举报。</p>
<p>2. 职业技能等级证书由备案评价机构颁发，可在 jndj.osta.org.cn 查询；平台不参与发证。</p>
<p>3. 交易纠纷可联系平台客服，也可拨打 12315 投诉。</p>'''),
    note='mall help page')

p = 'mall/index.html'
mall_items = [('mall/item-0311.html', '智训未来 AI训练师四级/三级 ¥2680'), ('mall/item-0418.html', '鲸鱼AI学院 四级全程班 ¥1999'),
              ('mall/review-0533.html', '启航教育咨询 考证辅导（评价）'), ('mall/shop-0620.html', '优职通职业培训专营店'),
              ('mall/item-0702.html', '星途教育 考证辅导 ¥2199起'), ('mall/item-0815.html', '数标学堂 数据标注+四级 ¥1580'),
              ('mall/review-0901.html', '禾苗老师 五级入门班（评价）'), ('mall/item-0977.html', '知行AI 数据标注员入门课 ¥499'),
              ('mall/item-7001.html', '康源教育 健康管理师三级 ¥1280'), ('mall/help.html', '帮助中心')]
add(p, mall(p, '人工智能训练师 搜索结果', ['<a href="index.html">首页</a>', '搜索"人工智能训练师"'],
            f'<h1>"人工智能训练师" 共找到 {len(mall_items)} 件商品</h1><ul>{links(p, mall_items)}</ul>'), note='mall search/list page')


def listing(p, frame, title, items, **kw):
    return frame(p, title, f'<h1>{title}</h1><ul>{links(p, items)}</ul>', **kw)


p = 'xianyu/index.html'
add(p, listing(p, xianqu, '闲趣 搜索：人工智能训练师', [('xianyu/item-5521.html', '人工智能训练师四级报名名额转让'), ('xianyu/item-5630.html', '华智云课课程账号转让'), ('xianyu/item-5718.html', 'AI训练师证 快速下证'), ('xianyu/item-5802.html', '四级备考笔记+真题')]), note='second-hand search list')
p = 'tuan/index.html'
add(p, listing(p, tuan, '拼好课 · 职业考证频道', [('tuan/deal-7702.html', '鲸学职培 3人团'), ('tuan/deal-7815.html', '华智职业技能 2人团'), ('tuan/deal-7903.html', '青禾AI训练营 5人团'), ('tuan/deal-8011.html', '启明职培 3人团')]), note='group-buy channel list')
p = 'dianping/index.html'
add(p, listing(p, dianping, '口碑点评 · 职业技能培训 榜单', [('dianping/shop-3306.html', '启航数智培训中心(科技园店)'), ('dianping/shop-3412.html', '星途AI证书(春熙路店)'), ('dianping/shop-3520.html', '证通天下职业资格服务(天河店)'), ('dianping/shop-3601.html', '慧学AI职业培训(西湖店)')]), note='review-site list')
p = 'wenda/index.html'
add(p, listing(p, lambda pp, t, m: wenda(pp, t, m, []), '话题：人工智能训练师', [('wenda/q-1048.html', '人工智能训练师证书去哪里考？'), ('wenda/q-1102.html', '零基础能考三级吗？'), ('wenda/q-1163.html', '证书有补贴吗？')]), note='Q&A topic list')
p = 'video/index.html'
add(p, video(p, '搜索：人工智能训练师', '快视频搜索', '', f'<ul>{links(p, [("video/v-88213.html", "阿杰说证书：考证的坑"), ("video/v-90177.html", "华智云课：一分钟讲清楚"), ("video/v-91020.html", "证通天下：三个月拿证")])}</ul>', []), note='short-video search list')
p = 'fenlei/index.html'
add(p, listing(p, fenlei, '职业技能培训 信息列表', [('fenlei/post-1207.html', '人工智能训练师证书 报名代办'), ('fenlei/post-1333.html', '数据标注员培训 推荐就业'), ('fenlei/post-1450.html', '南京周末班'), ('fenlei/job-2210.html', '招聘：数据标注员')]), note='classifieds list')

p = 'fenlei/job-2210.html'
add(p, fenlei(p, '招聘 数据标注员 5-8K', '''
<h1>【招聘】数据标注员 / AI训练师 5000-8000元/月 深圳南山</h1>
<p>深圳云图数据服务有限公司 · 全职 · 双休 · 五险一金</p>
<p>岗位要求：大专及以上，细心耐心；有人工智能训练师证书优先，入职后公司可安排内部培训。</p>
<p>投递简历：hr@yuntudata.cn</p>'''), note='job ad (employer hiring), not an offer')

p = 'bbs/complaint-0612.html'
add(p, bbs(p, '[投诉] 交了三千多拿不到AI训练师证，大家避雷', '投诉曝光', [
    post('被坑的小刘', '新手上路 · 帖子 2', f'去年在网上找的"代报名包过"，对方电话 {SCAM_B}，收了3200说45天下证，现在拉黑了。订单号{ORDER_NO}平台也说不管。', '楼主'),
    post('热心网友', '中级会员', '打 12315 投诉，再打 12333 问问人社，证书去 jndj.osta.org.cn 查不到的都别信。', '沙发'),
    post('小刘', '新手上路', '广州的也可以打 020-12333。', '板凳')]), note='complaint thread quoting a scammer phone, hotlines and an order number')

p = 'bbs/experience.html'
add(p, bbs(p, '[经验] 人工智能训练师四级备考记录（已拿证）', '经验交流', [
    post('认真备考的猫', '中级会员 · 帖子 73', f'分享一下：四级理论和实操各100分60及格，实操主要是数据标注和清洗。证书编号 {CERT_NO}，在 jndj.osta.org.cn 能查到。1+X 的证书以前在 vslc.ncb.edu.cn 查，别搞混。不推荐机构，自己查备案。', '楼主')]),
    note='learner experience post; certificate number and official domains')

p = 'bbs/index.html'
add(p, bbs(p, '考证交流 版块', '考证交流', [post('版主', '管理员', '<ul>' + links(p, [('bbs/thread-3391.html', '深圳哪里可以考人工智能训练师？'), ('bbs/thread-3455.html', '数据标注员转行经验+证书分享'), ('bbs/thread-3502.html', '出四级辅导，可试听'), ('bbs/complaint-0612.html', '[投诉] 交了钱拿不到证'), ('bbs/experience.html', '[经验] 四级备考记录')]) + '</ul>', '置顶')]), note='forum board list')

p = 'news/warning-2026.html'
add(p, news(p, '警惕"包过拿证"人工智能训练师骗局', f'''
<h1>警惕"包过拿证"人工智能训练师骗局：多地市民被骗</h1><p class="meta">2026-11-18 · 职教观察网记者</p>
<p>近期，不少市民反映在网上遇到"免培训、包通过、人社部颁发"的人工智能训练师证书广告。有受害者提供的对方号码为 {SCAM_A}，付款后即被拉黑。</p>
<p>人社部门提醒：职业技能等级证书由备案评价机构颁发，可登录 zscx.osta.org.cn 或 jndj.osta.org.cn 查询；遇到问题可拨打 12333，广州市民可拨打 020-12333，消费纠纷拨打 12315。</p>'''),
    note='news warning quoting a scammer phone and official hotlines/domains')

p = 'news/policy-explain.html'
add(p, news(p, '一文读懂人工智能训练师职业技能等级认定', '''
<h1>一文读懂人工智能训练师职业技能等级认定</h1>
<p>人工智能训练师（4-04-05-05）是2020年发布的新职业，设五个等级。证书属于职业技能等级证书，由在人社部门备案的评价机构颁发，"人社部颁发"的说法并不准确。</p>
<p>查询渠道：jndj.osta.org.cn、zscx.osta.org.cn；评价机构名单见 pjjg.osta.org.cn；原1+X证书查询 vslc.ncb.edu.cn。政策咨询 12333，广州 020-12333。</p>'''),
    note='policy explainer only')

p = 'news/index.html'
add(p, listing(p, news, '职教观察网 · 考证', [('news/warning-2026.html', '警惕"包过拿证"人工智能训练师骗局'), ('news/policy-explain.html', '一文读懂人工智能训练师职业技能等级认定')]), note='news list')

p = 'index.html'
add(p, doc('网站导航', '<h1>网站导航</h1><ul>' + links(p, [
    ('mall/index.html', '优学汇 职业教育商城'), ('xianyu/index.html', '闲趣 二手'), ('tuan/index.html', '拼好课 团购'),
    ('dianping/index.html', '口碑点评'), ('bbs/index.html', '职达论坛'), ('wenda/index.html', '知答'),
    ('video/index.html', '快视频'), ('fenlei/index.html', '同城易帖'), ('news/index.html', '职教观察网'),
    ('corp/zhixun/index.html', '智训未来官网'), ('corp/huazhi/index.html', '华智云课官网'), ('corp/qinghe/index.html', '青禾职教官网'),
    ('qun/notice-4471.html', '群公告：11月报名通知'), ('qun/notice-5102.html', '群公告：星途12月认定报名')]) + '</ul>'),
    note='root index')

# ================================================================ decoys


def paths_with(text):
    return sorted('/' + k for k, v in PAGES.items() if text in v)


def allin(prefix):
    return ['/' + k for k in sorted(PAGES) if k.startswith(prefix)]


DECOYS = [
    ('public_hotline', '12333', ['12333'], 'national 人社 hotline'),
    ('public_hotline', '12315', ['12315'], 'market-regulation complaint hotline'),
    ('public_hotline', '+862012333', ['020-12333'], 'Guangzhou 12333'),
    ('official_domain', 'jndj.osta.org.cn', ['jndj.osta.org.cn'], 'official certificate query'),
    ('official_domain', 'zscx.osta.org.cn', ['zscx.osta.org.cn'], 'official certificate query'),
    ('official_domain', 'vslc.ncb.edu.cn', ['vslc.ncb.edu.cn'], 'legacy 1+X query'),
    ('platform_phone', '4008603377', [MALL_TEL], 'mall customer service in frame'),
    ('platform_email', MALL_MAIL, [MALL_MAIL], 'mall e-mail in frame'),
    ('platform_domain', 'youxuehui.com', [MALL_DOM], 'mall domain in frame'),
    ('platform_uscc', MALL_USCC, [MALL_USCC], 'mall operator licence in frame'),
    ('platform_phone', '4006118899', [XQ_TEL], 'second-hand platform hotline'),
    ('platform_qq_group', TUAN_QG, [TUAN_QG], 'group-buy platform merchant QQ group'),
    ('platform_phone', '4008550770', [DP_TEL], 'review-site hotline'),
    ('platform_email', VID_MAIL, [VID_MAIL], 'video platform report mailbox'),
    ('platform_qq', FL_QQ, [FL_QQ], 'classifieds platform service QQ'),
    ('platform_email', BBS_MAIL, [BBS_MAIL], 'forum moderator mailbox'),
    ('site_builder', BUILDER, [BUILDER], 'site-builder credit on two operators\' sites'),
    ('form_tool', FORMTOOL, [FORMTOOL], 'form-tool credit'),
    ('placeholder', '4000000000', [PH_TEL], 'template placeholder phone'),
    ('placeholder', PH_MAIL, [PH_MAIL], 'template placeholder e-mail'),
    ('placeholder', '+86' + PH_MOB, [PH_MOB], 'form input placeholder'),
    ('quoted_scammer', '+86' + SCAM_B, [SCAM_A, SCAM_B], 'scammer phone quoted in news and complaint'),
    ('order_number', ORDER_NO, [ORDER_NO], 'order number shaped like a mobile'),
    ('certificate_number', CERT_NO, [CERT_NO], 'sample certificate number'),
    ('venue_phone', '+8675526631180', [STATION], 'assessment station phone quoted by U02, U05, U09'),
    ('platform_phone', '+861084562031', ['010-8456 2031'], 'news site hotline in frame'),
    ('buyer_contact', BUYER_WX, [BUYER_WX], 'a buyer\'s own WeChat on several sellers\' threads'),
]

decoys = []
for kind, val, written, note in DECOYS:
    ps = sorted(set(sum((paths_with(w) for w in written), [])))
    decoys.append({'kind': kind, 'value': val, 'written': written, 'paths': ps, 'note': note})

OPS = {
    'U01': ('智训未来 / 小周老师AI证书 / 杭州智训未来科技有限公司', 'wechat zhixun-kf01 (mall, xianyu); phone (xianyu, corp, wenda); USCC (mall, corp); domain (corp, wenda)'),
    'U02': ('鲸鱼AI学院 / 鲸学职培', 'QQ group 736105284 (mall, tuan); phone 159 (tuan, bbs)'),
    'U03': ('启航数智培训中心 / 启航教育咨询 / 阿杰证书代办', 'phone (dianping, fenlei); wechat aj-zhengshu (fenlei, video); e-mail (dianping, mall review)'),
    'U04': ('优职通 / 职达人在线', 'QQ (mall shop, wenda); phone (wenda, qun); USCC (mall shop, qun)'),
    'U05': ('华智云课 / 华智职业技能 / 云课小助手', 'domain and phone (corp, tuan, video); wechat (xianyu, video)'),
    'U06': ('星途教育 / 星途AI证书', 'phone (mall, dianping); wechat (dianping, qun); QQ group (mall, qun)'),
    'U07': ('数标学堂 / 标注侠', 'wechat, phone (bbs, fenlei); e-mail (fenlei, mall)'),
    'U08': ('青禾AI训练营 / 青禾职教 / 禾苗老师', 'domain (wenda, corp); USCC, phone (corp, tuan); phone, e-mail (corp, mall review)'),
    'U09': ('易考通 / 证通天下', 'phone (xianyu, dianping); wechat (xianyu, video)'),
}
operators = {}
for k, (b, t) in OPS.items():
    operators[k] = {'brands': sorted({e['provider'] for e in TRUTH if e['operator'] == k}), 'ties': t}

if os.path.exists(SITE):
    shutil.rmtree(SITE)
for k, v in PAGES.items():
    fp = os.path.join(SITE, k)
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, 'w', encoding='utf-8') as f:
        f.write(v)
with open(os.path.join(SITE, 'robots.txt'), 'w') as f:
    f.write('User-agent: *\nAllow: /\n')
TRUTH.sort(key=lambda e: e['path'])
with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
    json.dump({'description': '12bi: marketplace/shop-heavy web (mall items, shops, reviews, second-hand, group-buys) with 9 multi-brand operators and 6 independents',
               'pages': TRUTH, 'operators': operators, 'decoys': decoys}, f, ensure_ascii=False, indent=1)
print(len(PAGES), 'pages,', sum(e['is_offer'] for e in TRUTH), 'offers,', len(decoys), 'decoys')
