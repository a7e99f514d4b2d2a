#!/usr/bin/env python3
"""Generate the operators-2026-12ah test web (southwest: Chengdu / Chongqing).
Standard library only, deterministic. Writes site/ and truth.json."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')

# ---------------------------------------------------------------- USCC
ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W32100 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W11714 = [3, 7, 9, 10, 5, 8, 4, 2]

def _v11714(c):
    return int(c) if c.isdigit() else ord(c) - 55

def uscc(prefix8, body8):
    s = sum(_v11714(c) * w for c, w in zip(body8, W11714))
    c = 11 - s % 11
    chk = 'X' if c == 10 else ('0' if c == 11 else str(c))
    first17 = prefix8 + body8 + chk
    s2 = sum(ALPHA.index(ch) * w for ch, w in zip(first17, W32100))
    r = 31 - s2 % 31
    if r == 31:
        r = 0
    return first17 + ALPHA[r]

C_RONGZHI = uscc('52510107', 'MJ038172')
C_YUCAI = uscc('91500105', 'MA5U3K2P')
C_JINCHENG = uscc('91510106', 'MA6C8R2T')
C_BAYU = uscc('52500112', 'MJ1P2038')
C_TIANFU = uscc('91510100', 'MA61XW8N')
C_LIANGJ = uscc('91500000', 'MA60G7J4')
C_YUZHOU = uscc('91500103', 'MA5YK0H2')
C_CZY = uscc('91510107', 'MA62A9T1')
C_QIHANG = uscc('52500106', 'MJP1X4H7')
C_SHUDU = uscc('91510100', 'MA6DL3F8')

# ---------------------------------------------------------------- bookkeeping
PAGES = []
CUR = {}
DECOYS = {}   # key -> dict(kind, value, note, occ{path:set(written)})

def decoy(key, kind, value, note):
    DECOYS[key] = {'kind': kind, 'value': value, 'note': note, 'occ': {}}

def begin(path):
    CUR.clear()
    CUR.update(path=path, ids=[])

def I(kind, value, written):
    e = [kind, value, written]
    if e not in CUR['ids']:
        CUR['ids'].append(e)
    return written

def D(key, written):
    DECOYS[key]['occ'].setdefault(CUR['path'], [])
    if written not in DECOYS[key]['occ'][CUR['path']]:
        DECOYS[key]['occ'][CUR['path']].append(written)
    return written

def end(html, is_offer, op, provider, note):
    PAGES.append({'path': CUR['path'], 'is_offer': is_offer, 'operator': op,
                  'provider': provider, 'identifiers': list(CUR['ids']) if is_offer else [],
                  'note': note, '_html': html})

def rel(frm, to):
    """relative link from page path frm to page path to (both start with /)."""
    a = frm.strip('/').split('/')[:-1]
    b = to.strip('/').split('/')
    i = 0
    while i < len(a) and i < len(b) - 1 and a[i] == b[i]:
        i += 1
    return '/'.join(['..'] * (len(a) - i) + b[i:])

def L(to, text, cls=None):
    c = ' class="%s"' % cls if cls else ''
    return '<a href="%s"%s>%s</a>' % (rel(CUR['path'], to), c, text)

def doc(title, css, body, kw='', desc=''):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<meta name="keywords" content="%s">\n<meta name="description" content="%s">\n'
            '<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n') % (title, kw, desc, css, body)

# ---------------------------------------------------------------- decoys
decoy('12333', 'phone', '12333', '人社服务热线，卖家与新闻都让人“打12333核实”，不属于任何卖家')
decoy('osta', 'domain', 'osta.org.cn', '官方证书查询站（jndj/zscx 子域），多个卖家与科普页都引用')
decoy('sd_tel', 'phone', '4006905858', '蜀都同城平台客服热线，平台每一页页脚都有')
decoy('sd_mail', 'email', 'kefu@shudu58.com', '蜀都同城平台客服邮箱，页脚')
decoy('sd_qqg', 'qq_group', '571208833', '蜀都同城平台官方交流群，页脚')
decoy('sd_dom', 'domain', 'shudu58.com', '分类信息平台自身域名，页脚版权')
decoy('sd_uscc', 'uscc', C_SHUDU, '分类信息平台运营公司的营业执照号，页脚')
decoy('st_mail', 'email', 'jubao@shutie.net', '论坛“蜀贴”的举报邮箱，每个帖子页页脚')
decoy('st_dom', 'domain', 'shutie.net', '论坛自身域名')
decoy('zw_tel', 'phone', '+861057602233', '问答站“知问”违法和不良信息举报电话，每页页脚')
decoy('zw_dom', 'domain', 'zhiwenwang.com', '问答站自身域名')
decoy('12315', 'phone', '12315', '市场监管投诉热线，投诉帖、新闻和卖家“放心消费”标语中都出现')
decoy('96110', 'phone', '96110', '反诈预警专线，新闻与投诉帖引用')
decoy('sc_venue', 'phone', '+862887462310', '成都一家鉴定考点的电话，被多个互不相干的卖家当作“考点咨询”引用')
decoy('cq_venue', 'phone', '+862368653301', '重庆一家鉴定考点的电话，被多个卖家引用')
decoy('order', 'phone', '+8613920240618', '订单编号 13920240618，长得像手机号')
decoy('certno', 'other', 'S000051012345245000123', '证书样本编号，多家页面贴同一张样证图')
decoy('rqjz_dom', 'domain', 'rongqijz.com', '建站公司“蓉企建站”的技术支持署名，出现在多个学校小站')
decoy('rqjz_tel', 'phone', '+862886665200', '建站公司的电话，技术支持署名')
decoy('kbd', 'domain', 'kuaibiaodan.com', '在线表单工具的署名')
decoy('placeholder', 'phone', '+8613800000000', '模板占位电话 138 0000 0000，建站模板遗留')
decoy('xiaoyu', 'wechat', 'xiaoyu_9527', '一个求助网友自己的微信，在不同卖家的帖子里留言')
decoy('95188', 'phone', '95188', '支付平台客服电话，被卖家和投诉人引用')
decoy('cqrs', 'domain', 'rlsbj.cq.gov.cn', '重庆人社局官网，卖家与新闻都引用')
decoy('u03tel', 'phone', '+8618028356619', '锦城数智的手机号被投诉帖引用（投诉帖不是报名页）')
decoy('u01land', 'phone', '+862885336127', '蓉智学校座机也出现在同校的育婴员课程页（其他职业，非AI训练师报名）')

# ================================================================ FENLEI (58-style)
FL_CSS = ('body{margin:0;font:14px/1.6 "Microsoft YaHei",sans-serif;background:#f4f4f4;color:#333}'
          '.top{background:#fff;border-bottom:2px solid #ff552e}.top .w{width:1100px;margin:0 auto;display:flex;align-items:center}'
          '.logo{color:#ff552e;font-size:26px;font-weight:bold;margin-right:30px}.city{color:#666}'
          'nav.mainnav a{margin:0 12px;color:#333}.w{width:1100px;margin:0 auto}.crumb{padding:8px 0;color:#999}'
          '.main{display:flex;gap:16px}.detail{flex:1;background:#fff;padding:20px}.side{width:260px;background:#fff;padding:12px}'
          '.price{color:#ff552e;font-size:24px}table.info td{padding:4px 10px;border-bottom:1px dashed #eee}'
          '.foot{background:#333;color:#aaa;margin-top:30px;padding:20px 0;font-size:12px}.foot a{color:#ccc}'
          '.listitem{background:#fff;margin-bottom:8px;padding:12px}.listitem h3{margin:0}.tag{background:#fff1ec;color:#ff552e;padding:0 4px}')

def fl_page(title, city, crumb, main, side):
    hdr = ('<div class="top"><div class="w"><span class="logo">蜀都同城</span><span class="city">[%s] 切换城市</span>'
           '<nav class="mainnav">%s <a href="#">招聘</a> <a href="#">二手</a> <a href="#">房产</a> %s <a href="#">本地服务</a> %s</nav></div></div>'
           % (city, L('/fenlei/index.html', '首页'), L('/fenlei/index.html', '职业培训'), L('/fenlei/help/kefu.html', '帮助中心')))
    ft = ('<div class="foot"><div class="w"><p>%s | <a href="#">关于我们</a> | <a href="#">商家入驻</a> | %s</p>'
          '<p>客服热线：%s（9:00-21:00） 客服邮箱：%s 官方交流QQ群：%s</p>'
          '<p>© 2014-2025 %s 版权所有 成都蜀都同城网络科技有限公司 营业执照：%s 蜀ICP备15020331号-2</p>'
          '<p>平台提示：凡是要求先付“报名费”“保证金”的培训信息请谨慎，本站仅提供信息发布服务。</p></div></div>'
          % (L('/index.html', '西南生活导航'), L('/fenlei/help/kefu.html', '联系客服'),
             D('sd_tel', '400-690-5858'), D('sd_mail', 'kefu@shudu58.com'), D('sd_qqg', '571208833'),
             D('sd_dom', 'shudu58.com'), D('sd_uscc', C_SHUDU)))
    body = hdr + '<div class="w"><div class="crumb">%s</div><div class="main"><div class="detail">%s</div><aside class="side">%s</aside></div></div>' % (crumb, main, side) + ft
    return doc(title + ' - 蜀都同城', FL_CSS, body, kw='培训,职业技能,%s' % city)

def fl_side(city):
    return ('<h4>相关推荐</h4><ul><li>%s</li><li>%s</li><li>%s</li></ul><div class="ad"><img src="/img/ad_anquan.png" alt="蜀都同城安全提示：不要脱离平台私下转账"></div>'
            % (L('/fenlei/index.html', '%s职业培训更多信息' % city), L('/fenlei/zhaopin/36620981.html', '招聘：数据标注员（可兼职）'),
               L('/fenlei/help/kefu.html', '如何识别虚假培训信息')))

def fl_crumb(city, cat='职业技能培训'):
    return '%s &gt; %s本地服务 &gt; 教育培训 &gt; %s' % (L('/fenlei/index.html', '蜀都同城'), city, cat)

FL_POSTS = []

def fl_post(path, title, city, main, is_offer, op, provider, note, listed_title=None, area=''):
    begin(path)
    html = fl_page(title, city, fl_crumb(city), main(), fl_side(city))
    end(html, is_offer, op, provider, note)
    FL_POSTS.append((path, listed_title or title, city, area))

# --- F1 U01 蓉智教育
fl_post('/fenlei/peixun/18823401.html', '【武侯】人工智能训练师四级/三级考证培训 周末班 蓉智教育', '成都', lambda: (
    '<h1>【武侯】人工智能训练师四级/三级考证培训 周末班</h1><p class="meta">更新于 2025-06-03 · 浏览 1,286 次 · 信息编号 18823401</p>'
    '<p class="price">1680 <small>元/期起</small> <del>¥2680</del></p>'
    '<table class="info"><tr><td>类别</td><td>职业技能培训 &gt; IT/人工智能</td></tr><tr><td>区域</td><td>武侯 - 高升桥</td></tr>'
    '<tr><td>机构</td><td>蓉智教育</td></tr><tr><td>联系人</td><td>周老师</td></tr>'
    '<tr><td>电话</td><td><a href="tel:13880124567">%s</a></td></tr></table>'
    '<h3>详细描述</h3><p>人工智能训练师（职业编码4-04-05-05）是人社部2020年发布的新职业，分数据标注员、人工智能算法测试员两个工种。'
    '本期开设四级（中级工）、三级（高级工）两个班，每周六日上课，理论+实操，实操在标注平台上练。</p>'
    '<p>费用：四级 1680 元，三级 2280 元，含教材和模拟题，认定费按评价机构标准另交。符合条件的参保人员取证后可申请技能提升补贴（四级最高1500元）。</p>'
    '<p>考试安排参考：理论、技能两科，60分及格。考点咨询：%s（鉴定站）。报名需提供身份证、学历证明、工作年限证明。</p>'
    '<p>课程顾问微信 V：%s （备注“同城”优先通过）</p>'
    '<img src="/img/18823401_1.jpg" alt="蓉智教育教室实拍"> <img src="/img/18823401_2.jpg" alt="数据标注实操课堂">'
    ) % (I('phone', '+8613880124567', '138-8012-4567'), D('sc_venue', '028-8746 2310'), I('wechat', 'rz_ai2024', 'RZ_ai2024')),
    True, 'U01', '蓉智教育', '分类站培训帖：四级/三级周末班')

# --- F2 U02 山城智训 (Chongqing)
fl_post('/fenlei/peixun/18830562.html', '重庆 AI训练师证 数据标注 零基础包教会 山城智训', '重庆', lambda: (
    '<h1>重庆 AI训练师证（数据标注方向）零基础包教会 线上+线下</h1><p class="meta">发布于 2025-05-21 · 渝中 - 解放碑 · 个人认证 ✔</p>'
    '<p class="price">三千八 <small>一站式拿证</small></p>'
    '<table class="info"><tr><td>培训类型</td><td>职业资格/技能证书</td></tr><tr><td>上课方式</td><td>线上直播 + 周末实训</td></tr>'
    '<tr><td>商家</td><td>山城智训</td></tr></table>'
    '<h3>服务介绍</h3><p>还在为找工作没有证书发愁？人工智能训练师四级（中级），学完就能做数据标注、AI质检，外包公司抢着要！</p>'
    '<ul><li>三千八全包：课程+资料+报名+认定</li><li>不会电脑也能学，小白一个月上手</li><li>证书可在官网查询，全国通用</li></ul>'
    '<p>电话号码（怕被平台屏蔽，写大写）：%s</p><p>%s 发“AI”领取课表</p>'
    '<div class="pics"><img src="/img/18830562_a.jpg" alt="山城智训 人工智能训练师 课程海报 三千八全包"></div>'
    ) % (I('phone', '+8617723018846', '壹柒柒贰叁零壹捌捌肆陆'), I('wechat', 'sczx_peixun', 'vx: sczx_peixun')),
    True, 'U02', '山城智训', '重庆分类帖，手机号写成大写汉字')

# --- F3 U03 锦城数智
fl_post('/fenlei/peixun/18841177.html', '数据标注员/人工智能训练师五级 成都锦城数智 小班', '成都', lambda: (
    '<h1>数据标注员 人工智能训练师五级 小班（10人满班）</h1><p class="meta">发布于 2025-06-10 · 成华 - 建设路 · 企业认证</p>'
    '<p class="price">¥980 - ¥2980 <small>按级别</small></p>'
    '<table class="info"><tr><th>级别</th><th>课时</th><th>学费</th></tr><tr><td>五级/初级工</td><td>60</td><td>980元</td></tr>'
    '<tr><td>四级/中级工</td><td>50</td><td>1980元</td></tr><tr><td>三级/高级工</td><td>40</td><td>2980元</td></tr></table>'
    '<p>锦城数智专注AI数据服务，有自己的标注基地，学员结业可推荐到合作企业实习。报名五级需满一年相关工作经历或学徒经历。</p>'
    '<p>咨询电话：%s（同微信）</p><p>学员交流QQ群：%s</p>'
    '<img src="/img/18841177.jpg" alt="锦城数智 标注基地 工位照片">'
    ) % (D('u03tel', I('phone', '+8618028356619', '１８０ ２８３５ ６６１９')), I('qq_group', '738201554', '738201554')),
    True, 'U03', '锦城数智', '分类帖，全角数字电话，带分级价格表')

# --- F4 U04 智标学堂
fl_post('/fenlei/peixun/18852903.html', '智标学堂｜AI标注师 人工智能训练 线上课 重庆可面授', '重庆', lambda: (
    '<h1>智标学堂｜AI标注 / 人工智能训练 课程，四级证书辅导</h1><p class="meta">发布于 2025-04-28 · 九龙坡 - 杨家坪</p>'
    '<p class="price">0.26w <small>四级</small></p>'
    '<p>做AI的“老师”——给大模型标数据、评答案，这就是人工智能训练师的日常。智标学堂带你从标注入门到四级认定辅导。</p>'
    '<p>课程：Python基础、标注工具（拉框/分割/文本）、质检流程、模拟题库。</p>'
    '<p>报名请加 薇：%s （工作时间回复）</p><p>抖音号：%s，每晚八点直播讲题</p>'
    '<img src="/img/zbxt_qr.png" alt="智标学堂 咨询二维码">'
    ) % (I('wechat', 'zbxt_2217', 'Zbxt_2217'), I('other', 'zbxt888', 'zbxt888')),
    True, 'U04', '智标学堂', '分类帖，微信号大小写不同')

# --- F5 U05 AI训练师报名点(高新)
fl_post('/fenlei/peixun/18860314.html', '高新区 人工智能训练师报名点 四级三级 补贴后几乎免费', '成都', lambda: (
    '<h1>高新区 人工智能训练师 报名点 —— 四级/三级 名额有限</h1><p class="meta">发布于 2025-06-15 · 高新 - 天府三街</p>'
    '<p class="price">面议 <small>补贴后几乎免费*</small></p>'
    '<p>*参保满一年的朋友取证后可以申请失业保险技能提升补贴：四级最高1500元、三级最高2000元，具体以人社部门审核为准，政策可拨打 %s 咨询。</p>'
    '<p>学费：四级一千四百八，三级一千九百八。周末班/晚班。</p><p>考点：四川某鉴定站，考点电话 %s（只管考试安排，不管报名）。</p>'
    '<p>报名热线 %s &nbsp; 手机 %s</p>'
    '<p>AI训练师报名点(高新) 由合作机构运营</p>'
    ) % (D('12333', '12333'), D('sc_venue', '(028) 8746-2310'), I('phone', '4000286617', '400-028-6617'),
         I('phone', '+8615281740392', '152 8174 0392')),
    True, 'U05', 'AI训练师报名点(高新)', '报名点分类帖，谈补贴')

# --- F6 U07 蜀慧教育
fl_post('/fenlei/peixun/18871025.html', '蜀慧教育 人工智能训练师 报一次拿两级 火热报名', '成都', lambda: (
    '<h1>蜀慧教育｜人工智能训练师 报一次考两级 四级+三级 连报优惠</h1><p class="meta">发布于 2025-05-30 · 金牛 - 茶店子</p>'
    '<p class="price">两级连报 3,200元 <small>单报一级 1,900元</small></p>'
    '<p>学员好评截图（订单编号 %s 已完成，学员同意展示）。</p>'
    '<img src="/img/shuhui_haoping.jpg" alt="好评截图 订单编号13920240618 人工智能训练师四级 已通过">'
    '<p>报名电话：%s 林老师；QQ：%s</p><p>放心消费承诺单位，如有问题可向 %s 反映。</p>'
    ) % (D('order', '13920240618'), I('phone', '+8613981705523', '139-8170-5523'), I('qq', '1647320981', '1647320981'),
         D('12315', '12315')),
    True, 'U07', '蜀慧教育', '分类帖，两级连报，订单号像手机号')
# the alt text also contains the order number
DECOYS['order']['occ']['/fenlei/peixun/18871025.html'] = ['13920240618']

# --- F7 U07 小蜀老师
fl_post('/fenlei/peixun/18871388.html', '小蜀老师带你考 人工智能训炼师 数据标注 兼职可做', '成都', lambda: (
    '<h1>小蜀老师带你考“人工智能训炼师”，学完可接标注兼职</h1><p class="meta">发布于 2025-06-02 · 郫都 - 犀浦 · 个人</p>'
    '<p class="price">¥1,580 <small>含四级辅导</small></p>'
    '<p>宝妈、大学生、上班族都可以学，学费1580，学完推荐兼职单子（按件结算）。</p>'
    '<p>联系：企鹅 %s ／ 微信 %s</p><p>（我是个人老师，不是中介～）</p>'
    ) % (I('qq', '1647320981', '164 732 0981'), I('wechat', 'shuhui_teacher', 'shuhui_teacher')),
    True, 'U07', '小蜀老师', '个人口吻分类帖，错别字“训炼师”，QQ带空格')

# --- F8 U08 渝州人才
fl_post('/fenlei/peixun/18880046.html', '渝州人才 人工智能训练师（数据标注员）认定报名 正规企业', '重庆', lambda: (
    '<h1>渝州人才｜人工智能训练师（数据标注员）技能等级认定报名</h1><p class="meta">发布于 2025-05-11 · 渝中 - 大坪 · 企业认证</p>'
    '<p class="price">¥1,200-¥2,600</p>'
    '<p>正规企业，统一社会信用代码：%s，可开发票。</p><p>考点：重庆某鉴定所（%s），每月一批。</p>'
    '<p>报名咨询 %s（微信同号）</p>'
    ) % (I('uscc', C_YUZHOU, C_YUZHOU), D('cq_venue', '023-68653301'), I('phone', '+8613502369154', '135 0236 9154')),
    True, 'U08', '渝州人才', '企业分类帖，贴出信用代码')

# --- F9 I01 个人代报
fl_post('/fenlei/peixun/18890712.html', '个人代报 人工智能训练师 四级 成都考点 不收中介费', '成都', lambda: (
    '<h1>个人代报人工智能训练师四级，成都考点，不收中介费</h1><p class="meta">发布于 2025-06-18 · 青羊 · 个人</p>'
    '<p class="price">八百八 <small>只收资料费</small></p>'
    '<p>自己去年考过，现在帮朋友代报名，资料费880，认定费自己交到考点。考点电话 %s 可以自己打去问。</p>'
    '<p>徐 %s 微 %s</p>'
    ) % (D('sc_venue', '028-87462310'), I('phone', '+8615082107746', '150 8210 7746'), I('wechat', 'cdlaoxu_ai', 'cdlaoxu_ai')),
    True, 'I01', '个人代报（徐）', '独立卖家，个人代报')

# --- F10 I05 重庆江北数标教育
fl_post('/fenlei/peixun/18899350.html', '江北 AI Trainer 人工智能训练师三级 周末班', '重庆', lambda: (
    '<h1>江北 AI Trainer（人工智能训练师）三级 周末班 江北数标教育</h1><p class="meta">发布于 2025-06-20 · 江北 - 观音桥</p>'
    '<p class="price">¥2,980 <small>三级</small></p>'
    '<p>面向已持四级证书且有相关工作经验的学员，讲业务分析、智能训练、智能系统设计、培训与指导。</p>'
    '<p>电话：%s</p>'
    ) % (I('phone', '+8617320876650', '１７３－２０８７－６６５０'),),
    True, 'I05', '江北数标教育', '独立卖家，全角数字与全角横线')

# --- F11 job ad (non-offer)
begin('/fenlei/zhaopin/36620981.html')
html = fl_page('数据标注员 5-7千 双休 五险一金', '成都', fl_crumb('成都', '招聘 &gt; 数据标注'), (
    '<h1>数据标注员（AI训练数据）</h1><p class="price">5000-7000 元/月</p>'
    '<table class="info"><tr><td>公司</td><td>成都某人工智能数据服务公司</td></tr><tr><td>学历</td><td>大专及以上</td></tr>'
    '<tr><td>福利</td><td>五险一金、双休、餐补</td></tr></table>'
    '<h3>职位描述</h3><p>负责图像/文本数据标注与质检，有人工智能训练师证书者优先（非必须），公司不收取任何费用，入职提供带薪培训。</p>'
    '<p>投递方式：请通过平台“申请职位”按钮投递简历，请勿相信任何要求先交培训费的“招聘”。</p>'
    '<form><button type="button">申请职位</button></form>'), fl_side('成都'))
end(html, False, None, None, '真实招聘：数据标注员，不收费')

# --- F12 platform help page (non-offer)
begin('/fenlei/help/kefu.html')
html = fl_page('帮助中心 - 联系客服', '成都', '%s &gt; 帮助中心' % L('/fenlei/index.html', '蜀都同城'), (
    '<h1>联系客服 / 常见问题</h1><h3>如何举报虚假培训信息？</h3>'
    '<p>在信息详情页点击“举报”，或拨打客服热线 400-690-5858。平台不参与任何培训交易，不代收学费。</p>'
    '<h3>证书真假怎么查？</h3><p>职业技能等级证书可在人社部门的技能人才评价证书查询系统查询，平台无法核实证书。</p>'
    '<h3>客服工作时间</h3><p>每天 9:00-21:00，邮件 kefu@shudu58.com 24小时受理。</p>'), fl_side('成都'))
end(html, False, None, None, '分类平台帮助页')

# --- F0 list page
begin('/fenlei/index.html')
items = ''.join('<div class="listitem"><h3>%s</h3><p><span class="tag">%s</span> %s · 电话请进详情页查看</p></div>'
                % (L(p, t), c, a or '本地') for p, t, c, a in FL_POSTS)
items += '<div class="listitem"><h3>%s</h3><p><span class="tag">成都</span> 招聘</p></div>' % L('/fenlei/zhaopin/36620981.html', '数据标注员 5-7千 双休 五险一金')
html = fl_page('成都/重庆 职业技能培训信息', '成都', '%s &gt; 职业培训' % L('/fenlei/index.html', '蜀都同城'),
               '<h1>职业技能培训（共 %d 条）</h1>%s' % (len(FL_POSTS) + 1, items), fl_side('成都'))
end(html, False, None, None, '分类平台列表页')

# ================================================================ TIEBA-style forum
TB_CSS = ('body{margin:0;font:14px/1.7 Arial,"PingFang SC",sans-serif;background:#eef2f7}'
          '.head{background:#3385ff;color:#fff;padding:10px 0}.head .w,.w{width:980px;margin:0 auto}.head a{color:#fff}'
          '.bar{background:#fff;padding:12px;margin:10px 0}.floor{display:flex;background:#fff;border-bottom:1px solid #e5e5e5}'
          '.user{width:130px;padding:14px;border-right:1px solid #f0f0f0;text-align:center;font-size:12px}.lv{background:#f7a34b;color:#fff;padding:0 4px;border-radius:3px}'
          '.post{flex:1;padding:14px}.tail{color:#999;font-size:12px;text-align:right}.lzl{background:#f7f8fa;padding:6px 10px;font-size:13px;margin-top:8px}'
          '.foot{color:#888;font-size:12px;text-align:center;padding:20px}')

TB_THREADS = []

def tb_page(title, barname, floors):
    hdr = ('<div class="head"><div class="w">%s · <b>蜀贴</b> · <a href="#">%s吧</a> %s '
           '<form style="display:inline"><input name="kw" placeholder="进吧搜索"></form></div></div>'
           % (L('/index.html', '导航'), barname, L('/tieba/index.html', '返回吧首页')))
    fl = ''
    for i, (user, lv, content, t, lzl) in enumerate(floors, 1):
        sub = ''.join('<div class="lzl"><b>%s</b>：%s</div>' % s for s in lzl)
        fl += ('<div class="floor" id="f%d"><div class="user"><img src="/img/avatar/%d.png" alt="%s的头像"><br>%s<br><span class="lv">Lv%d</span></div>'
               '<div class="post">%s%s<div class="tail">%d楼 %s 来自Android客户端 · 回复</div></div></div>') % (i, i, user, user, lv, content, sub, i, t)
    ft = ('<div class="foot">©2025 %s 蜀贴 · 吧规 · 违法和不良信息举报：%s · 川网文〔2019〕1234-056号<br>'
          '<!-- tb-footer v3.2 -->本吧内容由网友发布，不代表本站立场</div>' % (D('st_dom', 'shutie.net'), D('st_mail', 'jubao@shutie.net')))
    body = hdr + '<div class="w"><div class="bar"><h1>%s</h1></div>%s</div>' % (title, fl) + ft
    return doc(title + '_%s吧_蜀贴' % barname, TB_CSS, body)

def tb_thread(path, title, bar, floors_fn, is_offer, op, provider, note, replies=0):
    begin(path)
    html = tb_page(title, bar, floors_fn())
    end(html, is_offer, op, provider, note)
    TB_THREADS.append((path, title, bar))

# --- T1 U01 天府AI学苑 (reply in a question thread)
tb_thread('/tieba/p/7710235.html', '成都哪里可以考人工智能训练师？求推荐靠谱的', '成都', lambda: [
    ('锦江小透明', 4, '<p>想转行做AI标注，听说要考人工智能训练师，成都哪里能考？怕遇到骗子。</p>', '2025-05-12 21:03', []),
    ('路过的标注员', 9, '<p>先去人社官网查评价机构，不要信包过的。</p>', '2025-05-12 21:20', [('锦江小透明', '谢谢')]),
    ('天府AI学苑小助手', 3, '<p>同学你好～天府AI学苑在高升桥有线下班，四级六月开班，学费一六八零，名额不多了。'
     '想了解可以加 %s 或者 Q:%s ，发你课表～</p><img src="/img/tfaxy_poster.jpg" alt="天府AI学苑 人工智能训练师 6月开班">'
     % (I('wechat', 'rz_ai2024', '威❤：rz_ai2024'), I('qq', '2851337460', '2851337460')), '2025-05-13 09:41',
     [('锦江小透明', '私聊你了'), ('路过的标注员', '又来打广告')]),
    ('锦江小透明', 4, '<p>有没有去过的说说？</p>', '2025-05-14 10:02', []),
], True, 'U01', '天府AI学苑', '论坛求助帖，机构小号回帖打广告')

# --- T2 U03 数标人才网 OP
tb_thread('/tieba/p/7712448.html', '【数标人才网】AI训练师/数据标注员 考证+推荐就业 交流群', '数据标注', lambda: [
    ('数标人才网', 6, '<p>数标人才网成都站，长期招收人工智能训练师（数据标注员工种）考证学员。</p>'
     '<p>✔ 五级/四级/三级 都能报<br>✔ 课程价位：五级九百八、四级一九八零<br>✔ 学完推荐合作标注公司</p>'
     '<p>交流群 群号 %s ，简历可发邮箱 %s</p>' % (I('qq_group', '738201554', '738 201 554'), I('email', 'js_shuzhi@126.com', 'js_shuzhi(at)126.com')),
     '2025-04-02 14:11', []),
    ('蓉漂小周', 5, '<p>推荐就业是推去哪？按件计费吗</p>', '2025-04-02 16:30', [('数标人才网', '有按件的也有坐班的，进群详细说')]),
    ('嘉嘉', 2, '<p>顶一下</p>', '2025-04-03 08:12', []),
], True, 'U03', '数标人才网', '论坛主帖，QQ群号分段、邮箱(at)')

# --- T3 U04 巴渝职培 reply + commenter xiaoyu
tb_thread('/tieba/p/7715009.html', '重庆考数据标注员的证，在哪报名？', '重庆', lambda: [
    ('山城小鱼', 3, '<p>重庆有考数据标注员（人工智能训练师）证书的吗？求带，我v：%s</p>' % D('xiaoyu', 'xiaoyu_9527'), '2025-05-20 20:14', []),
    ('巴渝职培招生办', 7, '<p>我们巴渝职培每个月都有认定批次，四级学费二千二，三级二千八，报名电话 %s 微信 %s。'
     '上课在南岸，考试在合作考点。</p>' % (I('phone', '+8613658302217', '136📞5830📞2217'), I('wechat', 'zbxt_2217', 'zbxt_2217')),
     '2025-05-20 22:05', [('山城小鱼', '已加')]),
    ('南坪打工人', 8, '<p>可以先在人社局网站查一下机构名单</p>', '2025-05-21 07:40', []),
], True, 'U04', '巴渝职培', '求助帖里机构回复，电话数字间夹表情')

# --- T4 U05 天府新职
tb_thread('/tieba/p/7718630.html', '天府新职 AI训练师周末班 6月28开课 还有5个名额', '成都', lambda: [
    ('天府新职-陈老师', 5, '<p>【天府新职】人工智能训练师（四级）周末班</p>'
     '<table border="1"><tr><td>开课</td><td>6月28日</td></tr><tr><td>学费</td><td>￥1480</td></tr><tr><td>地点</td><td>高新区天府三街</td></tr></table>'
     '<p>咨询扣扣：%s</p>' % I('qq', '3304561278', '３３０４５６１２７８'), '2025-06-08 11:00', []),
    ('盐市口', 2, '<p>1480包不包认定费？</p>', '2025-06-08 12:40', [('天府新职-陈老师', '认定费另交，考点统一收')]),
], True, 'U05', '天府新职', '论坛主帖，全角QQ号')

# --- T5 U06 智途AI
tb_thread('/tieba/p/7720114.html', '智途AI｜人工智能训练师 高级工 不限学历不限经验 一次拿证', '重庆', lambda: [
    ('智途AI官方', 4, '<p>智途AI重庆校区招生啦！人工智能训练师三级（高级工）/二级（技师），<b>不限学历 不限经验</b>，'
     '零基础也能报，线上学习，一次拿证，官网可查。</p><p>费用：三级 4800，技师 6800，两证连报 9999（原价13600）。</p>'
     '<p>咨询微信：%s &nbsp; 电话：%s</p>' % (I('wechat', 'zt-ai-023', 'ZT-AI-023'), I('phone', '+8618983247710', '189 8324 7710')),
     '2025-03-18 10:20', []),
    ('沙坪坝老王', 10, '<p>零基础考技师？标准里不是要三级证加好几年工作经验吗</p>', '2025-03-18 11:02', [('智途AI官方', '我们有特殊通道，私聊')]),
    ('沙坪坝老王', 10, '<p>特殊通道就是没有通道</p>', '2025-03-18 11:15', []),
], True, 'U06', '智途AI', '论坛主帖，零基础考技师')

# --- T6 U07 蜀慧职业技能 + commenter xiaoyu
tb_thread('/tieba/p/7723571.html', 'AI训练师证到底值不值得考？说说我的经历', '人工智能', lambda: [
    ('码农转行中', 8, '<p>去年考了四级，工作确实好找一点，但别指望涨多少薪水。证书能在人社的查询系统查到。</p>', '2025-05-02 22:10', []),
    ('山城小鱼', 3, '<p>楼主在哪报的呀，求带，我v %s</p>' % D('xiaoyu', 'xiaoyu_9527'), '2025-05-03 09:00', []),
    ('蜀慧职业技能', 6, '<p>我们蜀慧职业技能也在做这个，四级1900，需要资料的加 vx：%s，'
     '平时在视频号「%s」讲考点。</p>' % (I('wechat', 'shuhui_teacher', 'Shuhui_Teacher'), I('other', '蜀慧职教', '蜀慧职教')),
     '2025-05-03 10:36', [('码农转行中', '广告都打到这了')]),
], True, 'U07', '蜀慧职业技能', '经验帖里机构回复，微信大小写混写，视频号')

# --- T7 U08 数据标注员速成班
tb_thread('/tieba/p/7726042.html', '数据标注员速成班，一个月拿中级证（重庆）', '重庆', lambda: [
    ('数据标注员速成班', 2, '<p>数据标注员速成班（重庆），一个月拿中级（四级），学费一千二，可以分期。</p>'
     '<p>怕被吞，电话写汉字：%s</p>' % I('phone', '+8613502369154', '一三五 零二三六 九一五四'), '2025-06-01 19:22', []),
    ('观音桥阿强', 4, '<p>一个月拿中级？中级不是要五级证再干四年吗</p>', '2025-06-01 20:10', []),
], True, 'U08', '数据标注员速成班', '论坛主帖，电话用汉字小写数字')

# --- T8 U09 群公告
tb_thread('/tieba/p/7729918.html', '【群公告】AI训练师考证群 7月批次报名通知', '人工智能训练师', lambda: [
    ('AI训练师考证群-群主', 5, '<pre>【群公告】\n各位群友：7月批次人工智能训练师（四级、三级）报名开始。\n'
     '1. 资料：身份证正反面、学历、工作证明\n2. 费用：四级 壹仟伍佰元，三级 贰仟叁佰元\n3. 截止：6月30日\n'
     '新朋友进群：%s（QQ群）\n资料发群主微：%s\n</pre>' % (I('qq_group', '917335206', '917335206'), I('wechat', 'czy_ai_cd', 'CZY_AI_CD')),
     '2025-06-12 08:00', []),
    ('小胖', 1, '<p>收到</p>', '2025-06-12 08:30', []),
], True, 'U09', 'AI训练师考证群', '群公告转帖')

# --- T9 I02
tb_thread('/tieba/p/7731200.html', '渝北有没有AI训练师培训的？', '重庆', lambda: [
    ('渝北打工妹', 2, '<p>渝北有没有AI训练师培训的？想晚上学</p>', '2025-06-05 21:40', []),
    ('渝北AI考证王老师', 3, '<p>我这边晚班，四级 1350，五级 900，Q %s 留言</p>' % I('qq', '1093385527', '1093385527'),
     '2025-06-05 22:01', []),
], True, 'I02', '渝北AI考证王老师', '独立卖家回帖')

# --- T10 I06
tb_thread('/tieba/p/7733865.html', 'AI标注考证互助群 招新（收费辅导）', '数据标注', lambda: [
    ('互助群管理', 3, '<p>AI标注考证互助群，本群提供人工智能训练师五级、四级付费辅导（399元/人，含题库+一对一答疑），'
     '入群请搜QQ群 %s，或发邮件 %s 申请。</p>' % (I('qq_group', '682114903', '682114903'), I('email', 'aibz_hz@qq.com', 'aibz_hz@qq.com')),
     '2025-05-25 13:13', []),
], True, 'I06', 'AI标注考证互助群', '独立卖家，付费辅导群')

# --- T11 complaint (non-offer)
begin('/tieba/p/7736420.html')
html = tb_page('避雷！交了钱说好的考试一直不安排，退款也不给', '成都', [
    ('被坑的小李', 3, '<p>三月份在网上看到一家做人工智能训练师培训的，交了2980，说包过，结果三个月都不安排考试。'
     '当时联系的号码是 %s，现在打不通。付款截图订单号 %s。</p><p>已经打了 %s 投诉，也问了 %s。</p>'
     % (D('u03tel', '180-2835-6619'), D('order', '13920240618'), D('12315', '12315'), D('95188', '95188')), '2025-06-20 23:11', []),
    ('热心吧友', 9, '<p>遇到诈骗可以打反诈专线 %s，包过的都别信。</p>' % D('96110', '96110'), '2025-06-21 08:20', []),
    ('被坑的小李', 3, '<p>谢谢，已经报警了</p>', '2025-06-21 09:03', []),
], )
end(html, False, None, None, '投诉帖，引用卖家号码与热线')
TB_THREADS.append(('/tieba/p/7736420.html', '避雷！交了钱说好的考试一直不安排，退款也不给', '成都'))

# --- T12 discussion (non-offer)
begin('/tieba/p/7739051.html')
html = tb_page('人工智能训练师和生成式人工智能系统应用员有啥区别？', '人工智能', [
    ('山城小鱼', 3, '<p>看到有机构卖“生成式人工智能系统应用员”，和人工智能训练师是一个东西吗？懂的说说，我v：%s</p>' % D('xiaoyu', 'xiaoyu_9527'),
     '2025-06-22 19:00', []),
    ('码农转行中', 8, '<p>不是一个。训练师是4-04-05-05，应用员是4-04-05-13，2022版大典里两个职业。</p>', '2025-06-22 19:30', []),
    ('路过的标注员', 9, '<p>训练师下面是数据标注员和算法测试员两个工种。</p>', '2025-06-22 20:01', []),
])
end(html, False, None, None, '讨论帖，网友留自己的微信')
TB_THREADS.append(('/tieba/p/7739051.html', '人工智能训练师和生成式人工智能系统应用员有啥区别？', '人工智能'))

begin('/tieba/index.html')
rows = ''.join('<li>%s <span class="tail">[%s吧]</span></li>' % (L(p, t), b) for p, t, b in TB_THREADS)
html = tb_page('西南考证相关热帖', '成都', [('吧务', 12, '<ul>%s</ul>' % rows, '置顶', [])])
end(html, False, None, None, '论坛帖子列表')

# ================================================================ ZHIWEN (Zhihu-style Q&A)
ZW_CSS = ('body{margin:0;background:#f6f6f6;font:15px/1.67 -apple-system,"PingFang SC",sans-serif;color:#121212}'
          'header{background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.1);padding:8px 0}.w{width:1000px;margin:0 auto;display:flex;gap:10px}'
          '.logo{color:#0066ff;font-weight:bold;font-size:22px}.q{background:#fff;padding:16px 20px;margin:10px 0}'
          '.ans{background:#fff;padding:16px 20px;margin-bottom:10px}.author{font-weight:600}.vote{color:#0066ff;font-size:13px}'
          '.cmt{border-top:1px solid #f0f0f0;font-size:13px;color:#555;padding-top:6px}.side{width:290px}.card{background:#fff;padding:12px;margin:10px 0}'
          '.foot{font-size:12px;color:#8590a6}')

ZW_Q = []

def zw_page(title, topics, qdesc, answers, follows='1,024'):
    hdr = ('<header><div class="w"><span class="logo">知问</span><nav>%s <a href="#">关注</a> <a href="#">热榜</a></nav>'
           '<form><input placeholder="搜索你感兴趣的内容…"></form></div></header>' % L('/zhiwen/index.html', '首页'))
    ans = ''
    for a, intro, votes, content, cmts in answers:
        c = ''.join('<p>%s：%s</p>' % x for x in cmts)
        ans += ('<div class="ans"><div class="author"><img src="/img/zw/u.png" alt="%s"> %s</div><div class="intro">%s</div>'
                '<div class="vote">%s 人赞同了该回答</div>%s<div class="cmt">%d 条评论%s</div></div>') % (a, a, intro, votes, content, len(cmts), c)
    side = ('<div class="card"><h4>相关问题</h4><ul><li>%s</li><li>%s</li></ul></div>'
            '<div class="card foot">%s · 知问指南 · 违法和不良信息举报：%s · %s 京ICP证110745号<br>© 2025 知问</div>'
            % (L('/zhiwen/question/51256114.html', '人工智能训练师证书怎么查真假？'),
               L('/zhiwen/question/51259980.html', '生成式人工智能系统应用员是什么？'),
               L('/index.html', '西南生活导航'), D('zw_tel', '010-5760 2233'), D('zw_dom', 'zhiwenwang.com')))
    body = hdr + ('<div class="w"><main style="flex:1"><div class="q"><div class="topics">%s</div><h1>%s</h1><p>%s</p>'
                  '<p class="vote">%s 人关注 · %d 个回答</p></div>%s</main><aside class="side">%s</aside></div>'
                  % (' '.join('<span class="tag">%s</span>' % t for t in topics), title, qdesc, follows, len(answers), ans, side))
    return doc(title + ' - 知问', ZW_CSS, body)

def zw_q(path, title, topics, qdesc, answers_fn, is_offer, op, provider, note):
    begin(path)
    html = zw_page(title, topics, qdesc, answers_fn())
    end(html, is_offer, op, provider, note)
    ZW_Q.append((path, title))

zw_q('/zhiwen/question/51230018.html', '成都考人工智能训练师四级大概要花多少钱？', ['人工智能', '职业技能证书', '成都'],
     '看到报价从几百到几千都有，不知道正常价是多少。', lambda: [
    ('吃土的数据人', '数据标注项目经理', '2.3K', '<p>正常来说学费+认定费，四级一两千以内比较常见。认定费是评价机构按物价标准收的，学费看机构。看到“包过”“不用考”的直接划走。</p>', []),
    ('蓉智教育-李老师', '蓉智教育 教务', '36', '<p>利益相关，我们是做这个培训的（蓉智教育，在武侯）。四级学费 1.68k，三级 2.28k，'
     '认定费另算。不承诺包过，按标准60课时/50课时上课。有问题可以加我扣扣 %s 问，也可以发邮件 %s。</p>'
     % (I('qq', '2851337460', '2851 337 460'), I('email', 'tfaixy@163.com', 'tfaixy@163.com')),
     [('匿名用户', '至少说了利益相关')]),
], True, 'U01', '蓉智教育', '问答页，机构老师回答并自报价格')

zw_q('/zhiwen/question/51234467.html', '重庆有哪些机构可以报人工智能训练师？', ['重庆', '人工智能训练师'],
     '坐标重庆，想报四级，求推荐。', lambda: [
    ('渝才AI证书中心', '已认证的机构号', '12', '<p>渝才AI证书中心可以了解一下：人工智能训练师四级/三级都有班，线上学线下考。'
     '四级 三千二（含资料），支持支付宝担保交易，有问题可以找支付宝客服 %s。咨询加v %s，或者Q %s。</p>'
     % (D('95188', '95188'), I('wechat', 'sczx_peixun', '加v sczx_peixun'), I('qq', '604418827', '604418827')), []),
    ('山城码农', '', '88', '<p>先查机构是不是备案的评价机构，再谈价钱。</p>', []),
], True, 'U02', '渝才AI证书中心', '问答页，机构号回答')

begin('/zhiwen/p/60218873.html')
html = zw_page('一文讲清：数据标注员如何考取人工智能训练师证书（2025版）', ['专栏', '数据标注'],
               '专栏文章 · 作者：锦城数智', [
    ('锦城数智', '成都锦城数智科技 官方账号', '402', '<p>人工智能训练师有五个等级，五级对应初级工……（中略）</p>'
     '<p>如果你在成都，锦城数智开设了五级—三级小班，学费 980 起。咨询座机 %s，微信 %s（工作日）。</p>'
     % (I('phone', '+862862330917', '(028)62330917'), I('wechat', 'jcsz_kf01', 'jcsz_kf01')), [('读者A', '干货，谢谢')]),
])
end(html, True, 'U03', '锦城数智', '专栏文章，文末软广')
ZW_Q.append(('/zhiwen/p/60218873.html', '一文讲清：数据标注员如何考取人工智能训练师证书（2025版）'))

zw_q('/zhiwen/question/51240092.html', '在职人员考AI训练师能拿补贴吗？', ['技能提升补贴', '成都'],
     '交了社保三年，考四级能补多少？', lambda: [
    ('社保小百科', '', '560', '<p>失业保险技能提升补贴，四级最高1500元，需要参保满一年，每年最多三次。</p>', []),
    ('天府新职', '天府新职 招生老师', '9', '<p>我们天府新职可以帮你整理申领材料，四级学费1480，拿证后按流程申请补贴。'
     '联系方式：%s，或QQ %s</p>' % (I('email', 'hr@tfxzhr.com', 'hr[at]tfxzhr点com'), I('qq', '3304561278', '3304561278')), []),
], True, 'U05', '天府新职', '问答页，补贴问题下机构回答')

zw_q('/zhiwen/question/51243310.html', '人工智能训练师二级（技师）零基础能考吗？', ['人工智能训练师'], '', lambda: [
    ('重庆智途教育', '教育机构', '21', '<p>可以的！重庆智途教育有专门的技师直通车，不看学历不看年限，七天出证，人社部颁发，联网可查。'
     '官网 %s，电话 %s。</p>' % (I('domain', 'zhituai.com.cn', 'zhituai.com.cn'), I('phone', '+8618983247710', '+86 189-8324-7710')),
     [('理性路人', '技师需要三级证加四年，哪来的直通车'), ('理性路人', '人社部也不颁发等级证书')]),
], True, 'U06', '重庆智途教育', '问答页，虚假承诺技师直通')

zw_q('/zhiwen/question/51247725.html', '有没有讲人工智能训练师考点的视频号推荐？', ['视频号', '考证'], '', lambda: [
    ('蜀慧教育', '职业培训', '15', '<p>推荐视频号「%s」，蜀慧教育的老师每周讲真题，报班四级1900。</p><img src="/img/shuhui_sph.png" alt="视频号二维码 蜀慧职教">'
     % I('other', '蜀慧职教', '蜀慧职教'), []),
], True, 'U07', '蜀慧教育', '问答页，只留视频号')

zw_q('/zhiwen/question/51250236.html', '川渝地区AI训练师培训机构哪家靠谱？', ['成都', '重庆', 'AI'], '', lambda: [
    ('川智云', '川智云教育科技 官方', '33', '<p>川智云在成都有线下校区，AI训练师四级、三级常年开班。资料可以发 %s，微信 %s。</p>'
     % (I('email', 'service@chuanzhiyun.com', 'service圈chuanzhiyun.com'), I('wechat', 'czy_ai_cd', 'czy_ai_cd')), []),
    ('老成都', '', '101', '<p>多问几家，看合同写不写退费条款。</p>', []),
], True, 'U09', '川智云', '问答页，邮箱用“圈”代替@')

zw_q('/zhiwen/question/51253608.html', '自学人工智能训练师有什么资料？', ['自学'], '', lambda: [
    ('罗老师AI训练营', '数据标注讲师', '47', '<p>自学可以先看国家职业技能标准，再刷题库。我这边有罗老师AI训练营，四级网课699元，'
     '加微信 %s 领试听。</p>' % I('wechat', 'aitrainer_luo', 'aitrainer_luo'), []),
], True, 'I03', '罗老师AI训练营', '独立卖家回答')

zw_q('/zhiwen/question/51256114.html', '人工智能训练师证书怎么查真假？', ['证书查询', '防骗'], '', lambda: [
    ('人社小助手', '', '3.1K', '<p>职业技能等级证书是备案的评价机构颁发的，不是人社部颁发。可以在 %s 或者 %s 查询，'
     '也可以打 %s 咨询。证书编号22位：一位字母加21位数字。遇到诈骗打 %s。</p>'
     % (D('osta', 'zscx.osta.org.cn'), D('osta', 'jndj.osta.org.cn'), D('12333', '12333'), D('96110', '96110')), []),
], False, None, None, '科普问答：查证书真假')

zw_q('/zhiwen/question/51259980.html', '生成式人工智能系统应用员是什么？和AI训练师一样吗？', ['AIGC'], '', lambda: [
    ('大典研究员', '', '250', '<p>2022版职业分类大典新增了4-04-05-13生成式人工智能系统应用员，和4-04-05-05人工智能训练师是两个职业，别被混着卖。</p>', []),
], False, None, None, '科普问答：另一个职业')

begin('/zhiwen/index.html')
html = zw_page('知问 · 职业技能话题', ['话题广场'], '与证书、培训相关的热门问题',
               [('知问话题', '', '-', '<ul>%s</ul>' % ''.join('<li>%s</li>' % L(p, t) for p, t in ZW_Q), [])])
end(html, False, None, None, '问答站话题列表')

# ================================================================ school sites
def school(path, name, css, nav, body, foot, title):
    begin(path)
    html = doc(title, css, '<header>%s</header><nav>%s</nav>%s<footer>%s</footer>' % (name, nav, body(), foot()))
    return html

# S1 U01 蓉智职业技能培训学校
begin('/schools/rongzhi/index.html')
css1 = ('body{margin:0;font-family:SimSun,serif;background:#fff}header{background:#0b4ea2;color:#fff;padding:18px 40px;font-size:24px}'
        'nav{background:#083a7a;padding:6px 40px}nav a{color:#fff;margin-right:20px}.banner{height:160px;background:#e8f0fb}'
        '.box{width:960px;margin:20px auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:6px 12px}'
        'footer{background:#eee;padding:16px 40px;font-size:12px;color:#555}')
html = doc('成都市武侯区蓉智职业技能培训学校-人工智能训练师培训', css1,
    '<header>蓉智职业技能培训学校 <small>RONGZHI VOCATIONAL SCHOOL</small></header>'
    '<nav>%s %s <a href="#">师资力量</a> <a href="#">学员风采</a> <a href="#">联系我们</a></nav>'
    '<div class="banner"><img src="images/banner1.jpg" alt="蓉智学校 人工智能训练师 招生简章 2025"></div>'
    '<div class="box"><h2>2025年人工智能训练师（4-04-05-05）招生简章</h2>'
    '<p>我校是经武侯区人力资源和社会保障局批准设立的民办职业培训学校（办学许可证号：川人社民510107000031号），'
    '开设人工智能训练师五级、四级、三级培训，培训课时按国家职业技能标准执行。</p>'
    '<table><tr><th>等级</th><th>报考条件（摘要）</th><th>课时</th><th>培训费</th></tr>'
    '<tr><td>五级</td><td>相关工作满1年或学徒期满</td><td>60</td><td>¥1,180</td></tr>'
    '<tr><td>四级</td><td>五级证书后工作4年等</td><td>50</td><td><del>¥2,680</del> ¥1,680</td></tr>'
    '<tr><td>三级</td><td>四级证书后工作5年等</td><td>40</td><td>¥2,280</td></tr></table>'
    '<p>认定由备案评价机构组织，证书可在 %s 查询；补贴政策请咨询 %s。</p>'
    '<h3>报名咨询</h3><p>招生办：%s &nbsp; 周老师：%s</p><p>邮箱：%s &nbsp; 官网：%s</p>'
    '<p>地址：成都市武侯区高升桥东路××号3楼</p><p>%s</p>'
    '<!-- banner rotate script removed --></div>'
    '<footer>© 2025 成都市武侯区蓉智职业技能培训学校 统一社会信用代码：%s 蜀ICP备19033128号<br>'
    '技术支持：蓉企建站 %s 电话 %s</footer>'
    % (L('/schools/rongzhi/index.html', '首页'), L('/schools/rongzhi/yuying.html', '育婴员培训'),
       D('osta', 'jndj.osta.org.cn'), D('12333', '12333'),
       D('u01land', I('phone', '+862885336127', '028-8533 6127')), I('phone', '+8613880124567', '138 8012 4567'),
       I('email', 'zhaosheng@rongzhi-edu.cn', 'zhaosheng@rongzhi-edu.cn'), I('domain', 'rongzhi-edu.cn', 'www.rongzhi-edu.cn'),
       L('/jigou/index.html', '返回机构名录'),
       I('uscc', C_RONGZHI, C_RONGZHI), D('rqjz_dom', 'www.rongqijz.com'), D('rqjz_tel', '028-86665200')))
end(html, True, 'U01', '蓉智职业技能培训学校', '学校官网招生简章')

begin('/schools/rongzhi/yuying.html')
html = doc('育婴员培训-蓉智职业技能培训学校', css1,
    '<header>蓉智职业技能培训学校</header><nav>%s <a href="#">育婴员培训</a></nav>'
    '<div class="box"><h2>育婴员（4-10-01-02）五级/四级培训</h2><p>面向家政从业人员，学费 1,380 元，含实操课。</p>'
    '<p>咨询电话：%s</p></div><footer>© 2025 蓉智职业技能培训学校<br>技术支持：蓉企建站</footer>'
    % (L('/schools/rongzhi/index.html', '首页'), D('u01land', '028-8533 6127')))
end(html, False, None, None, '同一学校的育婴员课程页（其他职业）')

# S2 U02 渝才教育咨询有限公司
begin('/schools/yucai/index.html')
html = doc('渝才教育咨询有限公司 | AI证书 职业技能培训', 'body{font-family:Helvetica,sans-serif;margin:0}header{padding:20px;background:linear-gradient(90deg,#f60,#f90);color:#fff}'
    'section{max-width:900px;margin:auto;padding:20px}form label{display:block;margin:6px 0}footer{background:#222;color:#999;padding:20px;text-align:center}',
    '<header><h1>渝才教育</h1><p>让每个重庆人都有一技之长</p><nav><a href="#about">关于</a> <a href="#courses">课程</a> <a href="#signup">报名</a> %s</nav></header>'
    '<section id="courses"><h2>热门课程：AI训练师（人工智能训练师）四级 / 三级</h2>'
    '<ul><li>四级：3,200元（含资料、模拟考）</li><li>三级：4,200元</li><li>政策查询：重庆市人社局 %s</li></ul>'
    '<p>考试地点：重庆某职业技能鉴定所（电话 %s）</p></section>'
    '<section id="signup"><h2>在线报名</h2><form action="https://www.kuaibiaodan.com/f/yc2025" method="post">'
    '<label>姓名 <input name="name"></label><label>手机 <input name="tel"></label><label>报考级别 <select><option>四级</option><option>三级</option></select></label>'
    '<button>提交</button><p class="credit">本表单由 %s 提供技术支持</p></form></section>'
    '<section id="about"><p>重庆市渝中区××路××号 · 座机 %s · 手机 %s · 网站 %s</p></section>'
    '<footer>渝才教育咨询有限公司 统一社会信用代码 %s · 渝ICP备2021004512号</footer>'
    % (L('/jigou/index.html', '机构名录'), D('cqrs', 'rlsbj.cq.gov.cn'), D('cq_venue', '023-6865 3301'), D('kbd', 'kuaibiaodan.com'),
       I('phone', '+862368793105', '023-68793105'), I('phone', '+8617723018846', '177-2301-8846'), I('domain', 'yucai-px.com', 'yucai-px.com'),
       I('uscc', C_YUCAI, C_YUCAI)))
DECOYS['kbd']['occ']['/schools/yucai/index.html'] = ['kuaibiaodan.com']
end(html, True, 'U02', '渝才教育咨询有限公司', '公司小站带报名表单')

# S3 U03 成都锦城数智科技有限公司
begin('/schools/jincheng/index.html')
html = doc('成都锦城数智科技有限公司 - 数据标注 · AI训练师培训', 'body{margin:0;font:14px sans-serif;background:#0e1a2b;color:#dfe6ee}a{color:#6cf}'
    '.hero{padding:40px;text-align:center}.grid{display:flex;gap:20px;padding:20px 40px}.card{flex:1;background:#16263d;padding:16px}'
    'footer{padding:20px 40px;font-size:12px;color:#789}',
    '<div class="hero"><h1>锦城数智 · 让数据更智能</h1><p>AI数据标注服务 | 人工智能训练师人才培养</p><nav>%s <a href="#svc">服务</a> <a href="#edu">培训</a></nav></div>'
    '<div class="grid" id="edu"><div class="card"><h3>人才培养</h3><p>五级九百八，四级一九八零，三级二九八零。结业推荐实习。</p></div>'
    '<div class="card"><h3>证书样本</h3><img src="img/cert_sample.jpg" alt="职业技能等级证书样本 证书编号 S000051012345245000123">'
    '<p>证书编号 %s（样本）</p></div>'
    '<div class="card"><h3>联系我们</h3><p>电话：%s<br>邮箱：%s<br>网址：%s</p></div></div>'
    '<footer>成都锦城数智科技有限公司 · 统一社会信用代码 %s · 蜀ICP备22004419号-1 · 技术支持：%s（%s）</footer>'
    % (L('/jigou/index.html', '名录'), D('certno', 'S000051012345245000123'), I('phone', '+862862330917', '028-6233 0917'),
       I('email', 'js_shuzhi@126.com', 'js_shuzhi@126.com'), I('domain', 'jcshuzhi.cn', 'www.jcshuzhi.cn'), I('uscc', C_JINCHENG, C_JINCHENG),
       D('rqjz_dom', 'rongqijz.com'), D('rqjz_tel', '028-8666 5200')))
end(html, True, 'U03', '成都锦城数智科技有限公司', '公司官网，带证书样本')

# S4 U04 重庆巴渝职业培训学校
begin('/schools/bayu/index.html')
html = doc('重庆巴渝职业培训学校', 'body{font:14px "Microsoft YaHei";margin:0}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:5px}'
    '.top{background:#b00;color:#fff;padding:10px 30px}.c{padding:20px 30px}.foot{background:#ddd;padding:12px 30px;font-size:12px}',
    '<div class="top"><h1>重庆巴渝职业培训学校</h1><span>南岸区人社局批准办学</span> %s</div>'
    '<div class="c"><h2>通知：2025年第三批人工智能训练师（数据标注员）职业技能等级认定报名</h2>'
    '<table><tr><td>报名时间</td><td>即日起至7月10日</td></tr><tr><td>等级</td><td>五级、四级、三级</td></tr>'
    '<tr><td>培训费</td><td>五级 1500元；四级 2200元；三级 2800元</td></tr><tr><td>考试地点</td><td>合作考点（%s）</td></tr>'
    '<tr><td>证书查询</td><td>%s</td></tr><tr><td>报名电话</td><td>%s、%s</td></tr>'
    '<tr><td>学校网站</td><td>%s</td></tr></table></div>'
    '<div class="foot">重庆巴渝职业培训学校 统一社会信用代码：%s　地址：重庆市南岸区南坪××号</div>'
    % (L('/jigou/index.html', '返回'), D('cq_venue', '023-68653301'), D('osta', 'http://jndj.osta.org.cn'),
       I('phone', '+862386712250', '023-8671 2250'), I('phone', '+8613658302217', '13658302217'),
       I('domain', 'cqbayu-zp.cn', 'www.cqbayu-zp.cn'), I('uscc', C_BAYU, C_BAYU)))
end(html, True, 'U04', '重庆巴渝职业培训学校', '学校网站报名通知表格')

# S5 U05 成都天府新职人力资源有限公司
begin('/schools/tianfuxz/index.html')
html = doc('天府新职 | 人力资源 · 职业技能培训', 'body{margin:0;font:15px sans-serif}.nav{display:flex;justify-content:space-between;padding:12px 40px;border-bottom:1px solid #eee}'
    '.sec{padding:30px 40px}.price b{color:#c00;font-size:22px}footer{background:#f7f7f7;padding:20px 40px;font-size:12px}',
    '<div class="nav"><b>天府新职 TFXZ</b><span><a href="#">人才派遣</a> <a href="#">技能培训</a> %s</span></div>'
    '<div class="sec"><h2>人工智能训练师（AI Trainer）四级 · 三级</h2><p class="price">四级 <b>1480</b> 元 &nbsp; 三级 <b>1980</b> 元</p>'
    '<p>我们为企业员工提供人工智能训练师培训，取证后协助申请技能提升补贴。</p>'
    '<p>全国服务热线 %s · 邮箱 %s · %s</p></div>'
    '<footer>成都天府新职人力资源有限公司 统一社会信用代码 %s<br>技术支持：蓉企建站 %s</footer>'
    % (L('/jigou/index.html', '机构名录'), I('phone', '4000286617', '4000 286 617'), I('email', 'hr@tfxzhr.com', 'hr@tfxzhr.com'),
       I('domain', 'tfxzhr.com', 'tfxzhr.com'), I('uscc', C_TIANFU, C_TIANFU), D('rqjz_dom', 'rongqijz.com')))
end(html, True, 'U05', '成都天府新职人力资源有限公司', '人力资源公司官网')

# S6 U06 两江数据标注实训基地
begin('/schools/liangjiang/index.html')
html = doc('两江数据标注实训基地', 'body{margin:0;font:14px sans-serif;background:#f2fbf6}h1{color:#087f5b}.w{max-width:860px;margin:auto;padding:20px}'
    'footer{border-top:3px solid #087f5b;padding:12px;font-size:12px}',
    '<div class="w"><h1>两江数据标注实训基地</h1><p>%s</p><p>基地与重庆智途教育合作，开设人工智能训练师三级（高级工）、二级（技师）培训，'
    '“先学后考，不过免费重学”。三级 ¥4,800 / 技师 ¥6,800。</p>'
    '<img src="img/cert.jpg" alt="证书样本"><p>样本证书编号：%s</p>'
    '<p>咨询：%s（基地） 网站：%s</p>'
    '<p class="tpl">客服电话：%s（如有疑问请拨打）</p></div>'
    '<footer>两江数据标注实训基地（运营：重庆智途教育科技有限公司，%s）</footer>'
    % (L('/jigou/index.html', '返回名录'), D('certno', 'S000051012345245000123'), I('phone', '+862367458890', '023-6745 8890'),
       I('domain', 'zhituai.com.cn', 'www.zhituai.com.cn'), D('placeholder', '138 0000 0000'), I('uscc', C_LIANGJ, C_LIANGJ)))
end(html, True, 'U06', '两江数据标注实训基地', '实训基地小站，模板占位电话未删')

# S7 U08 重庆渝州人才服务有限公司
begin('/schools/yuzhou/index.html')
html = doc('重庆渝州人才服务有限公司', 'body{font:13px SimSun;margin:0 auto;width:960px}.hd{border-bottom:2px solid #036}.mn{padding:10px}.ft{border-top:1px solid #036;font-size:12px;padding:8px}',
    '<div class="hd"><h1>渝州人才</h1><p>人才招聘 · 劳务派遣 · 职业技能等级认定服务 %s</p></div>'
    '<div class="mn"><h2>人工智能训练师（数据标注员）认定服务</h2><p>费用区间 1200—2600 元，视等级而定。政策依据见 %s，证书查询 %s。</p>'
    '<p>联系电话：%s</p><p>网址：%s</p><p>手机：%s（默认模板，请替换）</p></div>'
    '<div class="ft">重庆渝州人才服务有限公司　统一社会信用代码：%s</div>'
    % (L('/jigou/index.html', '名录'), D('cqrs', 'https://rlsbj.cq.gov.cn'), D('osta', 'zscx.osta.org.cn'),
       I('phone', '+862363104478', '023-6310 4478'), I('domain', 'yzrc-hr.cn', 'yzrc-hr.cn'), D('placeholder', '13800000000'),
       I('uscc', C_YUZHOU, C_YUZHOU)))
end(html, True, 'U08', '重庆渝州人才服务有限公司', '人才公司官网')

# S8 U09 成都川智云教育科技有限公司
begin('/schools/chuanzhiyun/index.html')
html = doc('川智云教育 - AI训练师培训', 'body{margin:0;font:15px sans-serif}.hero{background:#222;color:#fff;padding:50px}.s{padding:30px 50px}footer{padding:20px 50px;background:#fafafa;font-size:12px}',
    '<div class="hero"><h1>川智云 · AI训练师学院</h1><p>数据标注 / 算法测试 双工种</p>%s</div>'
    '<div class="s"><h2>课程价格</h2><ul><li>四级：1500 元</li><li>三级：2300 元</li></ul>'
    '<h2>预约试听</h2><form action="https://kuaibiaodan.com/f/czy" method="post"><input name="n" placeholder="姓名"><input name="t" placeholder="电话"><button>预约</button></form>'
    '<p><small>表单服务由 %s 提供</small></p>'
    '<h2>联系</h2><p>座机 %s　邮箱 %s　官网 %s</p></div>'
    '<footer>成都川智云教育科技有限公司　统一社会信用代码 %s</footer>'
    % (L('/jigou/index.html', '返回名录'), D('kbd', 'kuaibiaodan.com'), I('phone', '+862887416632', '028-87416632'),
       I('email', 'service@chuanzhiyun.com', 'service@chuanzhiyun.com'), I('domain', 'chuanzhiyun.com', 'chuanzhiyun.com'),
       I('uscc', C_CZY, C_CZY)))
end(html, True, 'U09', '成都川智云教育科技有限公司', '教育科技公司官网，带表单')

# S9 I04 重庆沙坪坝启航职业技能培训学校
begin('/schools/qihang/index.html')
D('96110', '96110')  # written literally in the warning below
html = doc('重庆沙坪坝启航职业技能培训学校', 'body{margin:0;font:14px sans-serif}.t{background:#2e7d32;color:#fff;padding:14px 30px}.b{padding:20px 30px}.f{background:#eee;padding:10px 30px;font-size:12px}',
    '<div class="t"><h1>启航职业技能培训学校</h1>%s</div>'
    '<div class="b"><h2>人工智能训练师 五级/四级 培训班</h2><p>五级 ￥900，四级 ￥1,600。按标准课时授课，认定由评价机构组织，证书可在 %s 查询。</p>'
    '<p>咨询电话：%s　网址：%s</p><p class="warn">近期有人冒充我校收费，谨防诈骗，可拨反诈专线 96110。</p></div>'
    '<div class="f">统一社会信用代码：%s｜技术支持：蓉企建站（%s）%s</div>'
    % (L('/jigou/index.html', '返回'), D('osta', 'jndj.osta.org.cn'), I('phone', '+862365312094', '023-6531 2094'),
       I('domain', 'qihang-spb.cn', 'www.qihang-spb.cn'), I('uscc', C_QIHANG, C_QIHANG), D('rqjz_dom', 'www.rongqijz.com'),
       D('rqjz_tel', '028-8666-5200')))
end(html, True, 'I04', '重庆沙坪坝启航职业技能培训学校', '独立学校小站')

# ================================================================ directory
begin('/jigou/index.html')
sch = [('/schools/rongzhi/index.html', '成都市武侯区蓉智职业技能培训学校', '成都'),
       ('/schools/jincheng/index.html', '成都锦城数智科技有限公司', '成都'),
       ('/schools/tianfuxz/index.html', '成都天府新职人力资源有限公司', '成都'),
       ('/schools/chuanzhiyun/index.html', '成都川智云教育科技有限公司', '成都'),
       ('/schools/yucai/index.html', '渝才教育咨询有限公司', '重庆'),
       ('/schools/bayu/index.html', '重庆巴渝职业培训学校', '重庆'),
       ('/schools/liangjiang/index.html', '两江数据标注实训基地', '重庆'),
       ('/schools/yuzhou/index.html', '重庆渝州人才服务有限公司', '重庆'),
       ('/schools/qihang/index.html', '重庆沙坪坝启航职业技能培训学校', '重庆')]
html = doc('川渝职业培训机构名录（网友整理）', 'body{font:14px sans-serif;margin:30px}td{border-bottom:1px solid #ddd;padding:6px}',
    '<h1>川渝职业培训机构名录</h1><p>本名录由网友整理，仅供参考，不代表机构资质，报名前请自行核实是否为备案评价机构。%s</p>'
    '<table><tr><th>机构</th><th>城市</th></tr>%s</table>'
    % (L('/index.html', '返回导航'), ''.join('<tr><td>%s</td><td>%s</td></tr>' % (L(p, n), c) for p, n, c in sch)))
end(html, False, None, None, '机构名录列表页')

# ================================================================ news
NEWS_CSS = ('body{margin:0;font:16px/1.8 "Songti SC",serif;background:#fff}.mast{border-bottom:4px double #a00;padding:10px 40px}'
            '.mast b{color:#a00;font-size:28px}article{width:720px;margin:20px auto}.src{color:#888;font-size:13px}'
            'footer{text-align:center;font-size:12px;color:#777;padding:20px}')

def news(path, title, body, note):
    begin(path)
    html = doc(title + '_锦官城新闻网', NEWS_CSS,
               '<div class="mast"><b>锦官城新闻网</b> %s %s <a href="#">民生</a> <a href="#">教育</a></div>'
               '<article><h1>%s</h1><p class="src">来源：锦官城新闻网 · 编辑：王玥</p>%s</article>'
               '<footer>锦官城新闻网 版权所有 · 新闻热线 请通过网站“报料”栏目联系</footer>'
               % (L('/index.html', '导航'), L('/news/index.html', '首页'), title, body()))
    end(html, False, None, None, note)

news('/news/2025/0612-butie.html', '技能提升补贴怎么领？一文看懂人工智能训练师等新职业的补贴政策', lambda: (
    '<p>记者从人社部门获悉，参加失业保险累计缴费满1年的企业职工，取得职业技能等级证书后可申领技能提升补贴，'
    '五级、四级、三级分别最高1000元、1500元、2000元。二级、一级没有这类全国统一的补贴。</p>'
    '<p>重庆市民可登录 %s 查看办事指南，成都市民可拨打 %s 咨询。</p>' % (D('cqrs', 'rlsbj.cq.gov.cn'), D('12333', '12333'))),
    '政策解读新闻')

news('/news/2025/0708-shanzhai.html', '“零基础考技师”“七天出证”？警惕人工智能训练师山寨证书骗局', lambda: (
    '<p>近期，多名市民反映在网上报名“人工智能训练师”培训后被骗。某机构宣称“人社部颁发、零基础直考技师”，收费近万元。</p>'
    '<p>记者注意到，一张被网传的“样本证书”编号为 %s，多家机构都在使用同一张图片。'
    '职业技能等级证书由备案的评价机构颁发，可在 %s 查询。</p>'
    '<p>记者拨打涉事机构电话（139****5523）无人接听。市民遇到类似情况，可拨打 %s 或 %s 投诉，遇诈骗请拨 %s。</p>'
    % (D('certno', 'S000051012345245000123'), D('osta', 'zscx.osta.org.cn'), D('12315', '12315'), D('12333', '12333'), D('96110', '96110'))),
    '防骗新闻，引用热线与打码号码')

begin('/news/index.html')
html = doc('锦官城新闻网 - 教育', NEWS_CSS, '<div class="mast"><b>锦官城新闻网</b> %s</div><article><h1>教育频道</h1><ul><li>%s</li><li>%s</li></ul></article>'
           % (L('/index.html', '导航'), L('/news/2025/0612-butie.html', '技能提升补贴怎么领？'),
              L('/news/2025/0708-shanzhai.html', '警惕人工智能训练师山寨证书骗局')))
end(html, False, None, None, '新闻频道列表')

# ================================================================ hub
begin('/index.html')
html = doc('西南生活导航 - 成都 · 重庆', 'body{font:14px sans-serif;margin:30px}li{margin:6px 0}',
    '<h1>西南生活导航</h1><p>成都 · 重庆 常用站点</p><ul><li>%s</li><li>%s</li><li>%s</li><li>%s</li><li>%s</li></ul>'
    '<p><small>本导航收录链接不代表推荐。</small></p>'
    % (L('/fenlei/index.html', '蜀都同城 · 分类信息'), L('/tieba/index.html', '蜀贴 · 本地论坛'),
       L('/zhiwen/index.html', '知问 · 问答社区'), L('/jigou/index.html', '川渝职业培训机构名录'),
       L('/news/index.html', '锦官城新闻网')))
end(html, False, None, None, '导航首页')

# ================================================================ write
OPS = {
    'U01': {'brands': ['蓉智职业技能培训学校', '蓉智教育', '天府AI学苑'],
            'ties': '学校站与分类帖共用手机号（写法不同）；分类帖与论坛回帖共用微信（大小写不同）；论坛回帖与问答共用QQ（分段写）'},
    'U02': {'brands': ['渝才教育咨询有限公司', '山城智训', '渝才AI证书中心'],
            'ties': '官网与分类帖共用手机号（分类帖写成大写汉字）；分类帖与问答共用微信'},
    'U03': {'brands': ['锦城数智', '数标人才网', '成都锦城数智科技有限公司'],
            'ties': '分类帖与论坛主帖共用QQ群；论坛主帖与官网共用邮箱((at)写法)；官网与专栏文章共用座机（括号写法）'},
    'U04': {'brands': ['重庆巴渝职业培训学校', '巴渝职培', '智标学堂'],
            'ties': '学校站与论坛回帖共用手机号（表情夹在数字间）；论坛回帖与分类帖共用微信（大小写不同）'},
    'U05': {'brands': ['AI训练师报名点(高新)', '成都天府新职人力资源有限公司', '天府新职'],
            'ties': '分类帖与官网共用400电话；官网与问答共用邮箱([at]/点写法)；问答与论坛帖共用QQ（全角）'},
    'U06': {'brands': ['智途AI', '重庆智途教育', '两江数据标注实训基地'],
            'ties': '论坛帖与问答共用手机号（+86写法）；问答与实训基地站共用域名'},
    'U07': {'brands': ['蜀慧教育', '小蜀老师', '蜀慧职业技能'],
            'ties': '两条分类帖共用QQ（空格分段）；小蜀老师帖与论坛回帖共用微信（大小写）；论坛回帖与问答共用视频号名'},
    'U08': {'brands': ['重庆渝州人才服务有限公司', '渝州人才', '数据标注员速成班'],
            'ties': '官网与分类帖共用统一社会信用代码；分类帖与论坛帖共用手机号（论坛写成汉字）'},
    'U09': {'brands': ['成都川智云教育科技有限公司', '川智云', 'AI训练师考证群'],
            'ties': '官网与问答共用邮箱（“圈”代@）；问答与群公告共用微信（大小写）'},
}
for k in ['I01', 'I02', 'I03', 'I04', 'I05', 'I06']:
    prov = [p['provider'] for p in PAGES if p['operator'] == k][0]
    OPS[k] = {'brands': [prov], 'ties': '独立卖家，单一报名页，标识不与他人共享'}

if os.path.exists(SITE):
    shutil.rmtree(SITE)
for p in PAGES:
    fp = os.path.join(SITE, p['path'].lstrip('/'))
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    with open(fp, 'w', encoding='utf-8') as f:
        f.write(p['_html'])
with open(os.path.join(SITE, 'robots.txt'), 'w', encoding='utf-8') as f:
    f.write('User-agent: *\nAllow: /\n')

dec = []
for k, d in DECOYS.items():
    paths = sorted(d['occ'])
    written = sorted({w for ws in d['occ'].values() for w in ws})
    dec.append({'kind': d['kind'], 'value': d['value'], 'paths': paths, 'written': written, 'note': d['note']})

truth = {
    'description': 'operators-2026-12ah: 西南（成都/重庆）网络——学校小站、蜀都同城分类信息、蜀贴论坛、知问问答、新闻站；'
                   '人工智能训练师证书课程卖家及其背后的经营者。',
    'pages': [{k: v for k, v in p.items() if k != '_html'} for p in sorted(PAGES, key=lambda x: x['path'])],
    'operators': OPS,
    'decoys': dec,
}
with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print('pages', len(PAGES), 'offers', sum(p['is_offer'] for p in PAGES), 'decoys', len(dec))
