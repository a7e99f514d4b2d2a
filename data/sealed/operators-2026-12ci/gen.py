#!/usr/bin/env python3
"""Generate a labeled small web of AI-trainer (人工智能训练师) certificate sellers, 12ci.

Setting: a week of searching in 湖南 (长沙). Standard library only, deterministic.
Writes site/ and truth.json next to this file.
"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

# ---------------------------------------------------------------- USCC (GB 32100)
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(kind2, div6, body8):
    first17 = kind2 + div6 + body8 + org_check(body8)
    assert len(first17) == 17 and all(ch in ALPHA for ch in first17), first17
    s = sum(ALPHA.index(ch) * W18[i] for i, ch in enumerate(first17))
    r = 31 - s % 31
    return first17 + ALPHA[0 if r == 31 else r]


USCC_U01 = uscc("91", "430104", "MA4L7K2C")   # 湖南智训未来职业技能培训有限公司
USCC_U04 = uscc("52", "430111", "MA4M0D6P")   # 长沙市雨花区湘学职业培训学校 (民办非企业)
USCC_U05 = uscc("91", "430105", "MA4T3R8N")   # 中科智培(湖南)教育科技有限公司
USCC_U09 = uscc("91", "430103", "MA4QEB51")   # 长沙芯标数据科技有限公司
USCC_I01 = uscc("12", "430000", "44881207")   # 湘江信息职业技术学院 (事业单位)
USCC_I06 = uscc("91", "430102", "MA4RN6W3")   # 湖南湘才人力资源服务有限公司
USCC_JOB = uscc("91", "430104", "MA4P2H9K")   # 长沙云帆智能标注科技有限公司 (job ad)


def fw(s):
    """full-width digits"""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def cn(s):
    return "".join("零一二三四五六七八九"[int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- decoys
DECOYS = [
    ("phone", "12333", ["12333"], "人社部门公共咨询服务热线"),
    ("phone", "12315", ["12315"], "市场监管投诉举报热线"),
    ("phone", "12345", ["12345"], "长沙市民服务热线"),
    ("domain", "zscx.osta.org.cn", ["zscx.osta.org.cn"], "技能人才评价证书全国联网查询 (官方查询站)"),
    ("domain", "jndj.osta.org.cn", ["jndj.osta.org.cn"], "证书上印的官方查询网址"),
    ("domain", "rst.hunan.gov.cn", ["rst.hunan.gov.cn"], "湖南省人社厅官网"),
    ("phone", "4008703311", ["400-870-3311"], "学邦课堂平台客服热线 (页脚, 平台上所有卖家共用)"),
    ("email", "kefu@xuebangketang.com", ["kefu@xuebangketang.com"], "学邦课堂平台客服邮箱 (页脚)"),
    ("domain", "xuebangketang.com", ["www.xuebangketang.com"], "学邦课堂平台自身域名 (页脚)"),
    ("other", "学邦课堂课程号15820260421", ["15820260421"], "平台侧栏热门课程的课程号, 形似手机号"),
    ("qq_group", "283415907", ["283415907"], "星城论坛官方QQ群 (页脚)"),
    ("other", "湘ICP备17008214号-2", ["湘ICP备17008214号-2"], "星城论坛ICP备案号"),
    ("phone", "0731-88885170", ["0731-8888 5170"], "长沙分类信息网客服电话 (页脚)"),
    ("other", "湘B2-20190077", ["湘B2-20190077"], "分类信息网增值电信业务经营许可证"),
    ("email", "jubao@wendaquan.cn", ["jubao@wendaquan.cn"], "问答圈举报邮箱 (页脚)"),
    ("phone", "4006110825", ["400-611-0825"], "看点短视频客服电话 (页脚)"),
    ("qq", "1577203368", ["1577203368"], "公众号文摘站商务合作QQ (页脚)"),
    ("phone", "0731-84329999", ["0731-84329999"], "湘江新闻网新闻热线 (页脚)"),
    ("phone", "+8617773160249", ["177-7316-0249", "17773160249"], "警示和投诉中引用的骗子电话"),
    ("wechat", "ai_zhengshu88", ["ai_zhengshu88"], "警示和投诉中引用的骗子微信"),
    ("phone", "+8613800138000", ["13800138000"], "建站模板遗留的占位电话"),
    ("email", "service@yourdomain.com", ["service@yourdomain.com"], "建站模板遗留的占位邮箱"),
    ("phone", "0731-85567788", ["0731-8556 7788"], "建站公司(网博科技)技术支持电话, 第三方"),
    ("phone", "0731-84717312", ["0731-8471 7312"], "认定考点(湖南省就业训练中心考点)电话, 第三方场地"),
    ("phone", "0731-85123300", ["0731-8512 3300"], "华创国际广场物业前台, 同楼两家机构都引用"),
    ("wechat", "zhou_beikao", ["zhou_beikao"], "读者(备考的小周)在评论里留的自己的微信"),
    ("other", "订单号17320260315", ["17320260315"], "学员订单号, 形似手机号, 晒单和投诉都引用"),
    ("other", "S000043010001253000123", ["S000043010001253000123"], "证书编号样例, 政策解读和广告里都贴出"),
]

# ---------------------------------------------------------------- sites
CSS = ("body{font-family:'Microsoft YaHei',sans-serif;margin:0;color:#222}"
       ".top{background:#1d4f91;color:#fff;padding:8px 16px}.top a{color:#fff;margin-right:12px}"
       ".crumb{font-size:12px;color:#666;padding:6px 16px}.wrap{display:flex}"
       ".main{flex:3;padding:10px 16px}.side{flex:1;padding:10px;background:#f5f5f5;font-size:13px}"
       ".foot{border-top:1px solid #ccc;font-size:12px;color:#666;padding:10px 16px}"
       ".cmt{border-top:1px dashed #ccc;padding:4px 0;font-size:13px}")

SITES = {
    "zxwl": dict(name="湖南智训未来职业技能培训有限公司", style="training-company site (网博建站模板)",
                 menu=["首页", "课程中心", "证书查询", "学员风采", "关于我们"],
                 side="<h4>在线客服</h4><p>客服热线：13800138000</p><p>邮箱：service@yourdomain.com</p><p>工作时间 9:00-18:00</p>",
                 foot="版权所有 © 2026 湖南智训未来职业技能培训有限公司 · 地址：长沙市岳麓区麓谷大道 658 号 · 湘ICP备2023011873号-1 · 技术支持：网博科技 0731-8556 7788"),
    "xiangxue": dict(name="湘学职业培训学校", style="training-company site (网博建站模板)",
                     menu=["首页", "培训项目", "政策补贴", "报名须知", "联系我们"],
                     side="<h4>在线客服</h4><p>客服热线：13800138000</p><p>邮箱：service@yourdomain.com</p><p>周一至周六 8:30-17:30</p>",
                     foot="Copyright © 2026 长沙市雨花区湘学职业培训学校 · 湘ICP备18020466号 · 技术支持：网博科技 0731-8556 7788"),
    "college": dict(name="湘江信息职业技术学院 继续教育学院", style="college site",
                    menu=["学院首页", "通知公告", "社会培训", "职业技能等级认定", "联系我们"],
                    side="<h4>快速通道</h4><p>湖南省人社厅 rst.hunan.gov.cn</p><p>教务系统</p><p>图书馆</p>",
                    foot="湘江信息职业技术学院 继续教育学院 · 地址：长沙市望城区雷锋大道 1098 号 · 湘ICP备05003127号 · 湘公网安备43012202000311号"),
    "kc": dict(name="学邦课堂", style="course marketplace",
               menu=["首页", "职业技能", "IT互联网", "考证", "企业培训", "入驻合作"],
               side="<h4>热门课程</h4><p>Python零基础入门 课程号 15820260421</p><p>初级会计实务精讲</p><p>育婴员考证</p>",
               foot="学邦课堂 www.xuebangketang.com · 客服热线 400-870-3311 · 客服邮箱 kefu@xuebangketang.com · 湘ICP备20011566号-3 · 平台仅提供信息发布服务, 课程由入驻机构提供"),
    "bbs": dict(name="星城论坛", style="local forum",
                menu=["首页", "星城杂谈", "求职招聘", "教育培训", "二手市场", "维权投诉"],
                side="<h4>版规</h4><p>禁止发布广告, 违者删帖</p><p>论坛官方QQ群：283415907</p>",
                foot="星城论坛 · 官方QQ群 283415907 · 湘ICP备17008214号-2 · 违法和不良信息举报请联系版主"),
    "fenlei": dict(name="长沙分类信息网", style="classifieds",
                   menu=["首页", "招聘", "房产", "二手", "教育培训", "本地服务"],
                   side="<h4>防骗提醒</h4><p>凡是先收费的都要警惕, 不要轻信包过承诺</p><p>发布信息请联系客服</p>",
                   foot="长沙分类信息网 · 客服电话 0731-8888 5170 · 增值电信业务经营许可证 湘B2-20190077 · 湘ICP备16003390号"),
    "wenda": dict(name="问答圈", style="Q&A site",
                  menu=["首页", "教育", "职场", "科技", "生活", "提问"],
                  side="<h4>相关问题</h4><p>数据标注员是做什么的?</p><p>技能证书怎么查真假?</p>",
                  foot="问答圈 · 举报邮箱 jubao@wendaquan.cn · 京ICP备13052201号 · 用户回答仅代表个人观点"),
    "wx": dict(name="公众号文摘", style="WeChat-article reposts",
               menu=["首页", "教育", "职场", "科技", "本地"],
               side="<h4>说明</h4><p>本站文章转载自微信公众号, 版权归原作者</p><p>商务合作QQ：1577203368</p>",
               foot="公众号文摘 · 商务合作QQ 1577203368 · 粤ICP备19088312号 · 如有侵权请联系删除"),
    "v": dict(name="看点短视频", style="short-video site",
              menu=["推荐", "关注", "同城", "知识", "直播"],
              side="<h4>同城热门</h4><p>长沙夜市探店</p><p>橘子洲烟花</p><p>考证干货合集</p>",
              foot="看点短视频 · 客服电话 400-611-0825 · 京ICP备18034402号 · 网络文化经营许可证 京网文〔2024〕1188-033号"),
    "news": dict(name="湘江新闻网", style="news portal",
                 menu=["首页", "长沙", "湖南", "教育", "财经", "专题"],
                 side="<h4>排行</h4><p>长沙地铁7号线最新进展</p><p>今年高考报名人数公布</p><p>春季招聘会时间表</p>",
                 foot="湘江新闻网 · 新闻热线 0731-84329999 · 湘ICP备09011528号 · 互联网新闻信息服务许可证 43120170009"),
    "gov": dict(name="长沙市人力资源和社会保障局", style="government-style notice site",
                menu=["首页", "政务公开", "通知公告", "政策解读", "办事服务", "互动交流"],
                side="<h4>便民服务</h4><p>人社服务热线 12333</p><p>湖南省人社厅 rst.hunan.gov.cn</p>",
                foot="主办：长沙市人力资源和社会保障局 · 地址：长沙市岳麓区岳麓大道 218 号 · 湘ICP备05005921号 · 政府网站标识码 4301000021"),
}
ORDER = ["zxwl", "xiangxue", "college", "kc", "bbs", "fenlei", "wenda", "wx", "v", "news", "gov"]

PAGES = []


class R:
    """records identifiers as they are written into a page"""

    def __init__(self):
        self.ids = []

    def __call__(self, kind, value, written):
        if [kind, value, written] not in self.ids:
            self.ids.append([kind, value, written])
        return written


def page(site, path, title, body, offer, op=None, provider=None, ids=None, note=""):
    PAGES.append(dict(site=site, path=path, title=title, body=body, is_offer=offer,
                      operator=op, provider=provider, ids=(ids.ids if ids else []), note=note))


def cmts(items):
    return "<h3>评论</h3>" + "".join(f'<div class="cmt"><b>{u}</b>：{t}</div>' for u, t in items)


# ================================================================ company site A (U01)
r = R()
page("zxwl", "/zxwl/index.html", "湖南智训未来职业技能培训 - 首页",
     "<h1>智训未来 · 让技能变成收入</h1><p>我们提供 人工智能训练师、健康管理师、心理咨询、育婴员 等培训项目。</p>"
     "<ul><li><a href='/zxwl/kc-rgznxls.html'>人工智能训练师(三级/二级) 火热报名中</a></li><li>健康管理师 周末班</li><li>育婴员 考证班</li></ul>"
     f"<p>总部电话：{r('phone', '0731-84562210', '0731-8456 2210')} · 官网 {r('domain', 'zhixunweilai.cn', 'www.zhixunweilai.cn')}</p>",
     False, ids=r, note="U01自家公司官网首页, 列出多个培训项目 (站点首页, 非单一广告)")
r = R()
page("zxwl", "/zxwl/kc-rgznxls.html", "人工智能训练师证书报考 - 智训未来",
     "<h1>人工智能训练师 三级/二级 报考简章 (2026年第二期)</h1>"
     "<p>国家新职业 4-04-05-05, 人社部颁发, 全国通用, 官网可查 (zscx.osta.org.cn)。</p>"
     "<p>零基础、不限学历、不限经验, 可直接报考三级(高级工), 有本科学历可直报二级(技师)。</p>"
     "<p>线上录播课 + 考前押题, 包过班一次不过全额退费; 三级 ¥3980, 二级 ¥6800, 三级+二级 联报 ¥8800。</p>"
     "<p>持证可申请技能补贴, 可评职称, 可落户积分, 企业挂靠年收入 2-5 万。</p>"
     "<h3>报名咨询</h3>"
     f"<p>招生热线：{r('phone', '+8613874123356', '138-7412-3356')} (王老师)</p>"
     f"<p>座机：{r('phone', '0731-84562210', '0731-8456 2210')}</p>"
     f"<p>邮箱：{r('email', 'kefu@zhixunweilai.cn', 'kefu@zhixunweilai.cn')}</p>"
     f"<p>统一社会信用代码：{r('uscc', USCC_U01, USCC_U01)}</p>"
     f"<p>官网：{r('domain', 'zhixunweilai.cn', 'www.zhixunweilai.cn')}</p>",
     True, "U01", "智训未来职业技能培训", r,
     "U01公司官网课程页: 零基础直报三级/二级, 包过, 人社部颁发, 挂靠收入")

# ================================================================ company site B (U04)
r = R()
page("xiangxue", "/xiangxue/index.html", "长沙市雨花区湘学职业培训学校",
     "<h1>湘学职业培训学校</h1><p>经雨花区人社局审批的民办职业培训学校, 开设电工、养老护理员、人工智能训练师(数据标注方向) 等项目。</p>"
     "<ul><li><a href='/xiangxue/course-ai.html'>人工智能训练师 五级/四级/三级 培训</a></li><li>养老护理员 初级</li><li>低压电工作业</li></ul>"
     f"<p>办公电话：{r('phone', '0731-85231466', '0731-8523 1466')}</p>",
     False, ids=r, note="U04学校官网首页 (站点首页)")
r = R()
page("xiangxue", "/xiangxue/course-ai.html", "人工智能训练师培训 - 湘学职业培训学校",
     "<h1>人工智能训练师(数据标注员) 职业技能等级认定 培训班</h1>"
     "<p>本校与已在湖南省人社厅备案的评价机构合作组织认定, 证书为 职业技能等级证书, 由评价机构颁发, 可在 zscx.osta.org.cn 查询。</p>"
     "<p>申报条件：五级需本职业或相关职业累计工作满1年; 四级、三级按国家职业技能标准逐级申报, 不接受跨级报考。</p>"
     "<p>培训费：五级 ¥1280, 四级 ¥1680, 三级 ¥2180 (含教材, 不含认定费)。认定费按物价部门标准另行缴纳。</p>"
     "<p>符合条件的参保职工取证后可申领技能提升补贴(五级1000元, 四级1500元, 三级2000元), 详询 12333。</p>"
     "<p>实操考点：湖南省就业训练中心考点, 电话 0731-8471 7312。</p>"
     f"<p>报名电话：{r('phone', '0731-85231466', '0731-8523 1466')} / {r('phone', '+8618229940613', '182 2994 0613')} 李老师</p>"
     f"<p>邮箱：{r('email', 'xiangxue_px@126.com', 'xiangxue_px@126.com')}</p>"
     f"<p>办学许可证号：{r('other', '教民143011170000213号', '教民143011170000213号')} · 统一社会信用代码 {r('uscc', USCC_U04, USCC_U04)}</p>",
     True, "U04", "湘学职业培训学校", r,
     "U04学校课程页: 诚实的分级培训, 说明备案评价机构与补贴")

# ================================================================ college (I01)
r = R()
page("college", "/college/index.html", "湘江信息职业技术学院 继续教育学院",
     "<h1>继续教育学院</h1><ul><li><a href='/college/tz2026-031.html'>关于开展2026年第一批人工智能训练师职业技能等级认定的通知</a></li>"
     "<li>2026年春季成人高考报名须知</li><li>继续教育学院2025年工作总结</li></ul>"
     f"<p>联系电话：{r('phone', '0731-82917530', '0731-82917530')} · 湖南省人社厅网站 rst.hunan.gov.cn</p>",
     False, ids=r, note="学院继续教育学院首页 (站点首页)")
r = R()
page("college", "/college/tz2026-031.html", "关于开展2026年第一批人工智能训练师职业技能等级认定的通知",
     "<h1>关于开展2026年第一批人工智能训练师职业技能等级认定的通知</h1>"
     "<p>我院为湖南省人社厅备案的职业技能等级认定机构(用人单位和社会培训评价组织目录在册), 现面向社会开展人工智能训练师(4-04-05-05)五级、四级认定。</p>"
     "<p>申报条件按《人工智能训练师国家职业技能标准(2021年版)》执行; 五级须累计从事本职业或相关职业工作1年(含)以上。</p>"
     "<p>认定费：五级 300 元/人次, 四级 380 元/人次 (按湘发改价费文件收取), 培训自愿参加, 不强制。</p>"
     "<p>证书可在技能人才评价证书全国联网查询 zscx.osta.org.cn 查询。考点：湖南省就业训练中心考点(0731-8471 7312)。</p>"
     "<p>政策咨询可拨打 12333。</p>"
     f"<p>报名咨询：继续教育学院培训科 {r('phone', '0731-82917530', '0731-82917530')}, 邮箱 {r('email', 'jxjy@xjxx.edu.cn', 'jxjy@xjxx.edu.cn')}</p>"
     f"<p>单位统一社会信用代码：{r('uscc', USCC_I01, USCC_I01)}</p>",
     True, "I01", "湘江信息职业技术学院", r,
     "I01学院认定通知: 合规的五级/四级认定报名, 公示收费")

# ================================================================ course marketplace
KC = []
r = R()
page("kc", "/kc/course/10231.html", "人工智能训练师高级工(三级)取证班 - 智训AI学院 - 学邦课堂",
     "<h1>【包过】人工智能训练师三级 取证班 人社部颁发</h1><p>机构：智训AI学院 · 已售 1260 · 评分 4.9</p>"
     "<p>¥2980 <s>¥5980</s> · 三天速成 · 零基础可报 · 不过退款</p>"
     "<p>证书样本编号：S000043010001253000123 (全国联网可查)</p>"
     f"<p>咨询电话：{r('phone', '+8613874123356', '+86 138 7412 3356')}(微信同号)</p>",
     True, "U01", "智训AI学院", r, "U01在课程平台的三级取证班, 包过+速成")
r = R()
page("kc", "/kc/course/10245.html", "人工智能训练师+AIGC应用 双证班 - 数联AI训练营 - 学邦课堂",
     "<h1>人工智能训练师 + 生成式AI应用 双证班</h1><p>机构：数联AI训练营 · 已售 842</p>"
     "<p>48 课时直播 + 录播, 含 数据标注、提示词工程 实操; 结课颁发 人工智能训练师(四级) 职业技能等级证书 + AIGC 技术应用证书, 人社部颁发。</p>"
     "<p>¥1999, 两证一起拿, 单报四级 ¥1280。</p>"
     f"<p>售前客服：{r('phone', '4008036627', '400-803-6627')} · 学员群：{r('qq_group', '738160452', '738160452')}</p>",
     True, "U03", "数联AI训练营", r, "U03双证捆绑课程, 把附属中心证书说成人社部颁发")
r = R()
page("kc", "/kc/course/10277.html", "人工智能训练师(五级/四级)培训 - 湘学教育 - 学邦课堂",
     "<h1>人工智能训练师 五级/四级 线下班(长沙雨花)</h1><p>机构：湘学教育 · 已售 133</p>"
     "<p>五级 ¥1280, 四级 ¥1680, 需满足申报条件, 认定费另计; 参保职工取证后可按规定申领补贴。</p>"
     f"<p>电话：{r('phone', '0731-85231466', '0731-85231466')} · 李老师 {r('phone', '+8618229940613', '18229940613')}</p>",
     True, "U04", "湘学教育", r, "U04在课程平台的线下班, 价格和条件写得清楚")
r = R()
page("kc", "/kc/course/10290.html", "国家人工智能训练师证书 国培中心直发 - 中科智培 - 学邦课堂",
     "<h1>人工智能训练师 国家职业资格证书 (中科智培国培中心直发)</h1><p>机构：中科智培 · 已售 2360</p>"
     "<p>国家级证书, 全国通用, 终身有效; 免考试 提交资料 15 个工作日出证, 官网可查：www.zgzyjnzs.cn</p>"
     f"<p>¥1580/本, 三级二级一级任选。报名加微信：{r('wechat', 'zkzp6688', 'zkzp6688')}</p>",
     True, "U05", "中科智培", r, "U05: 免考直发, 把技能等级证书叫国家职业资格, 假查询站")
r = R()
page("kc", "/kc/course/10312.html", "AI训练师实战营 原价9999限时99 - AI星球训练营 - 学邦课堂",
     "<h1>AI训练师实战营 | 原价9999 限时99</h1><p>机构：AI星球训练营 · 已售 1.2万</p>"
     "<p>90%小白都能学会, 21天带你做AI数据标注副业, 月入过万; 结营送 人工智能训练师 证书报名通道。</p>"
     f"<p>领取资料包 vx：{r('wechat', 'aixingqiu99', 'aixingqiu99')}</p>",
     True, "U07", "AI星球训练营", r, "U07低价引流课, 附送证书通道")
r = R()
page("kc", "/kc/course/10318.html", "数据标注与人工智能训练师(五级)课程 - 芯标学院 - 学邦课堂",
     "<h1>数据标注员(人工智能训练师五级) 就业课</h1><p>机构：芯标学院 · 已售 410</p>"
     "<p>30 天线上实训, 真实标注项目练习; 满足条件的学员推荐参加备案机构组织的五级认定, 认定费另付; 不承诺包过。</p>"
     f"<p>¥1480 · 课程咨询 {r('phone', '0731-89712035', '0731-89712035')}</p>",
     True, "U09", "芯标学院", r, "U09数据标注就业课, 如实说明认定")
r = R()
page("kc", "/kc/course/10333.html", "人工智能训练师四级 备考课 - 博识AI课堂 - 学邦课堂",
     "<h1>人工智能训练师(四级) 理论+实操 备考课</h1><p>机构：博识AI课堂 · 已售 96</p>"
     "<p>按 2021 年版国家职业技能标准编排, 覆盖 数据采集和处理、数据标注、智能系统运维; ¥699, 不含认定费。</p>"
     f"<p>答疑微信：{r('wechat', 'boshi_ai', 'boshi_ai')} · 电话 {r('phone', '+8618890312257', '188-9031-2257')}</p>",
     True, "I02", "博识AI课堂", r, "I02独立小机构的四级备考课")
page("kc", "/kc/course/10088.html", "Python零基础入门 - 学邦课堂",
     "<h1>Python零基础入门 (课程号 15820260421)</h1><p>机构：码上学编程 · 已售 3.1万</p>"
     "<p>60 节录播课, 从变量到爬虫, ¥199。本课程不含任何证书。</p>",
     False, note="平台上无关的编程课程 (非AI训练师报考)")
page("kc", "/kc/index.html", "学邦课堂 - 职业技能在线学习平台",
     "<h1>学邦课堂 · 职业技能</h1><ul>"
     "<li><a href='/kc/course/10231.html'>人工智能训练师三级 取证班</a></li>"
     "<li><a href='/kc/course/10245.html'>人工智能训练师+AIGC 双证班</a></li>"
     "<li><a href='/kc/course/10277.html'>人工智能训练师 五级/四级 线下班</a></li>"
     "<li><a href='/kc/course/10290.html'>人工智能训练师 国培中心直发</a></li>"
     "<li><a href='/kc/course/10312.html'>AI训练师实战营</a></li>"
     "<li><a href='/kc/course/10318.html'>数据标注员 就业课</a></li>"
     "<li><a href='/kc/course/10333.html'>人工智能训练师四级 备考课</a></li>"
     "<li><a href='/kc/course/10088.html'>Python零基础入门</a></li></ul>",
     False, note="课程平台分类首页 (站点首页)")

# ================================================================ forum
r = R()
page("bbs", "/bbs/thread-5521-1-1.html", "【招生】人工智能训练师三级直接考, 不看学历 - 星城论坛",
     "<h1>【招生】人工智能训练师三级直接考, 不看学历不看工龄</h1><p>楼主：启航职教_张老师 · 2026-03-09</p>"
     "<p>国家人社部新职业, 三级高级工直接报, 两个月拿证, 证书可以挂靠企业年入三万+, 名额有限。</p>"
     f"<p>联系电话 {r('phone', '+8615974208817', '159-7420-8817')} 微信 {r('wechat', 'qihang_zs', 'qihang_zs')}</p>"
     + cmts([("备考的小周", "挂靠真的能拿钱吗? 想一起备考的加我 zhou_beikao"),
             ("长沙老王", "楼主发广告, 举报了")]),
     True, "U02", "启航职教", r, "U02论坛招生帖: 三级直报, 挂靠收入; 评论里有读者自己的微信")
r = R()
page("bbs", "/bbs/thread-5530-1-1.html", "人工智能训练师 国培中心证书 15天出证 - 星城论坛",
     "<h1>人工智能训练师 国培中心证书 15天出证 全国可查</h1><p>楼主：中科智培国培中心 · 2026-03-10</p>"
     "<p>不用考试不用上课, 身份证+照片即可办理, 三级二级一级都能办, 国家职业资格证书, 入库可查。</p>"
     "<p>学员晒单：订单号 17320260315 已出证 ✔</p>"
     f"<p>电话：{r('phone', '+8613548670392', '+86 135 4867 0392')} · V：{r('wechat', 'zkzp6688', 'zkzp6688')}</p>"
     + cmts([("路人甲", "免考出证, 这不就是山寨证书吗"), ("中科智培国培中心", "正规机构, 欢迎来公司考察")]),
     True, "U05", "中科智培国培中心", r, "U05论坛帖: 免考出证, 晒单订单号")
r = R()
page("bbs", "/bbs/thread-5544-1-1.html", "帮朋友代报名人工智能训练师, 有需要的私聊 - 星城论坛",
     "<h1>帮朋友代报名人工智能训练师, 有需要的私聊</h1><p>楼主：小陈在长沙 · 2026-03-11</p>"
     "<p>认识几家机构, 可以帮忙代报名 五级四级三级, 比你自己找便宜 500, 保证拿证, 资料我帮你准备。</p>"
     f"<p>扣扣 {r('qq', '1093356218', '1093356218')} / V❤ {r('wechat', 'chen_daibao', 'chen_daibao')}</p>",
     True, "U06", "小陈代报名", r, "U06个人代报名帖, 保证拿证")
r = R()
page("bbs", "/bbs/thread-5551-1-1.html", "零基础考人工智能训练师二级技师, 可积分落户 - 星城论坛",
     "<h1>零基础也能考 人工智能训练师二级(技师), 积分落户加分</h1><p>楼主：智途考证 · 2026-03-12</p>"
     "<p>零基础、无需工作年限, 报名即可考二级/一级, 拿证后可申请居住证积分和人才补贴, 包过, ¥7800 全包。</p>"
     f"<p>电话 {r('phone', '+8613017318846', '130 1731 8846')} QQ {r('qq', '3391057722', '3391057722')}</p>",
     True, "U08", "智途考证", r, "U08: 零基础直考二级/一级, 落户积分诱饵")
r = R()
page("bbs", "/bbs/thread-5560-1-1.html", "人工智能训练师四级一对一辅导 - 星城论坛",
     "<h1>人工智能训练师四级 一对一辅导(实操为主)</h1><p>楼主：刘工AI · 2026-03-13</p>"
     "<p>本人在长沙做算法测试五年, 带过几期数据标注团队, 可辅导四级实操, ¥150/小时, 只辅导不办证。</p>"
     f"<p>邮箱 {r('email', 'liugong_ai@163.com', 'liugong_ai@163.com')} 电话 {r('phone', '+8613637481129', '136-3748-1129')}</p>",
     True, "I03", "刘工AI辅导", r, "I03个人辅导, 明确不办证")
page("bbs", "/bbs/thread-5566-1-1.html", "想考人工智能训练师, 哪些机构靠谱? - 星城论坛",
     "<h1>想考人工智能训练师, 哪些机构靠谱?</h1><p>楼主：迷茫的阿杰 · 2026-03-14</p>"
     "<p>在做电商客服, 看到很多说包过、人社部颁发的, 价格从几百到八千都有, 到底怎么选? 证书怎么查真假?</p>"
     + cmts([("热心网友", "只认能在 zscx.osta.org.cn 查到的, 先问 12333"),
             ("备考的小周", "我也在看, 一起交流加 zhou_beikao")]),
     False, note="学习者提问帖 (非广告), 评论里有读者微信")
page("bbs", "/bbs/thread-5570-1-1.html", "【曝光】交了3980的人工智能训练师包过班, 现在人联系不上 - 星城论坛",
     "<h1>【曝光】交了3980的人工智能训练师包过班, 现在人联系不上</h1><p>楼主：被坑的小李 · 2026-03-15</p>"
     "<p>去年底在网上看到包过广告, 对方电话 17773160249, 微信 ai_zhengshu88, 付款后说 15 天出证, 订单号 17320260315, 到现在没证也不退款。</p>"
     "<p>已经打 12315 和 12345 投诉, 大家别上当。</p>"
     + cmts([("长沙老王", "这号码新闻里也曝光过"), ("版主", "已置顶, 建议报警")]),
     False, note="受骗者投诉帖 (非广告), 引用骗子电话和订单号")
page("bbs", "/bbs/index.html", "星城论坛 - 教育培训版",
     "<h1>教育培训版</h1><ul>"
     "<li><a href='/bbs/thread-5521-1-1.html'>【招生】人工智能训练师三级直接考</a></li>"
     "<li><a href='/bbs/thread-5530-1-1.html'>人工智能训练师 国培中心证书 15天出证</a></li>"
     "<li><a href='/bbs/thread-5544-1-1.html'>帮朋友代报名人工智能训练师</a></li>"
     "<li><a href='/bbs/thread-5551-1-1.html'>零基础考人工智能训练师二级技师</a></li>"
     "<li><a href='/bbs/thread-5560-1-1.html'>人工智能训练师四级一对一辅导</a></li>"
     "<li><a href='/bbs/thread-5566-1-1.html'>想考人工智能训练师, 哪些机构靠谱?</a></li>"
     "<li><a href='/bbs/thread-5570-1-1.html'>【曝光】交了3980的包过班</a></li></ul>",
     False, note="论坛版块首页 (站点首页)")

# ================================================================ classifieds
r = R()
page("fenlei", "/fenlei/peixun/8812341.html", "长沙AI证书速办 人工智能训练师 - 长沙分类信息网",
     "<h1>长沙AI证书速办 人工智能训练师 三级/二级 包过</h1><p>发布：长沙AI证书速办 · 岳麓区</p>"
     "<p>人社部颁发 全国联网可查, 不过全退, 三级 ¥3500, 二级 ¥6000。</p>"
     f"<p>V信：{r('wechat', 'zxwl_ai2026', 'ZXWL_ai2026')} · 座机 {r('phone', '0731-84562210', '0731-84562210')}</p>",
     True, "U01", "长沙AI证书速办", r, "U01分类广告: 包过, 大写微信号")
r = R()
page("fenlei", "/fenlei/peixun/8812377.html", "启航证书服务中心 人工智能训练师报名 - 长沙分类信息网",
     "<h1>启航证书服务中心 · 人工智能训练师 高级工 报名</h1><p>发布：启航证书服务中心 · 开福区</p>"
     "<p>不限学历, 两个月拿证, 可挂靠。</p>"
     f"<p>电话：{r('phone', '+8615974208817', fw('15974208817'))} · 扣扣：{r('qq', '2857730164', '2857730164')}</p>",
     True, "U02", "启航证书服务中心", r, "U02分类广告: 全角数字电话")
r = R()
page("fenlei", "/fenlei/peixun/8812390.html", "湘学职业培训学校 人工智能训练师培训 - 长沙分类信息网",
     "<h1>湘学职业培训学校 人工智能训练师(五级/四级/三级) 培训招生</h1><p>发布：湘学职业培训学校 · 雨花区</p>"
     "<p>按标准逐级报考, 培训费五级 ¥1280 起, 认定费另计; 地址：华创国际广场 B座 1206 (大堂前台 0731-8512 3300 可指引)。</p>"
     f"<p>电话：<a href='{r('phone', '+8618229940613', 'tel:+8618229940613')}'>{r('phone', '+8618229940613', '182-2994-0613')}</a></p>",
     True, "U04", "湘学职业培训学校", r, "U04分类广告, tel:链接, 引用写字楼前台")
r = R()
page("fenlei", "/fenlei/peixun/8812402.html", "证书代办小陈 人工智能训练师 - 长沙分类信息网",
     "<h1>人工智能训练师 代报名 资料代填 保证拿证</h1><p>发布：证书代办小陈 · 天心区</p>"
     f"<p>电话 {r('phone', '+8617873105526', '178 7310 5526')} 微信 {r('wechat', 'chen_daibao', 'chen_daibao')}</p>",
     True, "U06", "证书代办小陈", r, "U06分类广告: 代报名")
r = R()
page("fenlei", "/fenlei/peixun/8812415.html", "芯标数据标注培训 人工智能训练师五级 - 长沙分类信息网",
     "<h1>芯标数据标注培训 · 人工智能训练师(五级) 就业班</h1><p>发布：芯标数据 · 高新区</p>"
     "<p>满足1年工作经历可推荐认定, 证书 zscx.osta.org.cn 可查, 考点：湖南省就业训练中心考点 0731-8471 7312。</p>"
     f"<p>联系 {r('phone', '+8615111420796', '151 1142 0796')} / {r('phone', '0731-89712035', '0731 8971 2035')}</p>",
     True, "U09", "芯标数据", r, "U09分类广告: 如实说明条件")
r = R()
page("fenlei", "/fenlei/peixun/8812433.html", "星辰职业培训 人工智能训练师四级周末班 - 长沙分类信息网",
     "<h1>星辰职业培训 人工智能训练师四级 周末班</h1><p>发布：星辰职业培训 · 芙蓉区</p>"
     "<p>周末两天上课, 共 8 周, ¥1580, 含模拟实操; 认定由合作评价机构组织。</p>"
     f"<p>电话 {r('phone', '0731-86613029', '0731-86613029')} 手机 {r('phone', '+8615084995310', '15084995310')}</p>",
     True, "I04", "星辰职业培训", r, "I04独立培训机构分类广告")
r = R()
page("fenlei", "/fenlei/zhaopin/7730021.html", "招聘 数据标注员 - 长沙分类信息网",
     "<h1>招聘：数据标注员 10 名 (4500-6500/月)</h1><p>长沙云帆智能标注科技有限公司 · 岳麓区</p>"
     "<p>要求：大专及以上, 细心; 有人工智能训练师证书者优先, 公司免费组织培训。</p>"
     f"<p>HR 电话 {r('phone', '+8618073120954', '180-7312-0954')} · 统一社会信用代码 {r('uscc', USCC_JOB, USCC_JOB)}</p>",
     False, ids=r, note="招聘广告 (非报考广告)")
page("fenlei", "/fenlei/index.html", "长沙分类信息网 - 教育培训",
     "<h1>教育培训 · 招聘</h1><ul>"
     "<li><a href='/fenlei/peixun/8812341.html'>长沙AI证书速办</a></li>"
     "<li><a href='/fenlei/peixun/8812377.html'>启航证书服务中心</a></li>"
     "<li><a href='/fenlei/peixun/8812390.html'>湘学职业培训学校</a></li>"
     "<li><a href='/fenlei/peixun/8812402.html'>证书代办小陈</a></li>"
     "<li><a href='/fenlei/peixun/8812415.html'>芯标数据标注培训</a></li>"
     "<li><a href='/fenlei/peixun/8812433.html'>星辰职业培训</a></li>"
     "<li><a href='/fenlei/zhaopin/7730021.html'>招聘 数据标注员</a></li></ul>",
     False, note="分类信息网频道首页 (站点首页)")

# ================================================================ Q&A
r = R()
page("wenda", "/wenda/q/330198.html", "人工智能训练师三级没有工作经验能考吗? - 问答圈",
     "<h1>人工智能训练师三级没有工作经验能考吗?</h1><p>提问者：匿名用户</p>"
     "<h3>最佳回答 · 启航教育 张老师</h3><p>可以的, 我们这边三级直接报, 不看学历工龄, 两个月拿证。"
     f"加V信 {r('wechat', 'qihang_zs', 'qihang_zs')} 或 扣扣：{r('qq', '2857730164', '2857730164')}</p>"
     "<h3>其他回答</h3><p>按标准三级要先有四级证书再满年限, 别信直接报。</p>",
     True, "U02", "启航教育", r, "U02在问答站用回答做广告")
r = R()
page("wenda", "/wenda/q/330247.html", "AIGC证书和人工智能训练师证书有什么区别? - 问答圈",
     "<h1>AIGC证书和人工智能训练师证书有什么区别?</h1>"
     "<h3>回答 · 数联教育</h3><p>一个是附属中心的培训证书, 一个是职业技能等级证书, 我们双证班两个都能拿, "
     f"详情看 {r('domain', 'shulianai.com', 'www.shulianai.com')}</p>",
     True, "U03", "数联教育", r, "U03回答: 引导到官网卖双证班")
r = R()
page("wenda", "/wenda/q/330301.html", "有没有人工智能训练师代报名的? - 问答圈",
     "<h1>有没有人工智能训练师代报名的?</h1>"
     f"<h3>回答 · 陈老师</h3><p>有的, 我帮很多人报过, 保证拿证, 加 Q：{r('qq', '1093356218', '1093356218')} 细聊</p>",
     True, "U06", "陈老师", r, "U06问答回答: 代报名")
r = R()
page("wenda", "/wenda/q/330356.html", "人工智能训练师证书能落户积分吗? - 问答圈",
     "<h1>人工智能训练师证书能落户积分吗?</h1>"
     "<h3>回答 · 智途考证顾问</h3><p>能, 二级一级加分最多, 零基础也能直接考二级, 包过。"
     f"微信 {r('wechat', 'zhitu_kaozheng', 'zhitu_kaozheng')}</p>",
     True, "U08", "智途考证", r, "U08回答: 落户积分, 零基础考二级")
r = R()
page("wenda", "/wenda/q/330412.html", "人工智能训练师证书怎么查真假? - 问答圈",
     "<h1>人工智能训练师证书怎么查真假?</h1>"
     "<h3>回答 · 易考通客服</h3><p>正规证书都能在 zscx.osta.org.cn 查到, 别信什么自建查询网站。我们易考通提供四级/三级题库, ¥199 一年, "
     f"客服 QQ {r('qq', '2716430985', '2716430985')} 微信 {r('wechat', 'yikaotong_cs', 'yikaotong_cs')}</p>"
     + cmts([("备考的小周", "题库有实操部分吗? 我微信 zhou_beikao")]),
     True, "I05", "易考通", r, "I05回答: 题库产品广告, 评论里有读者微信")
page("wenda", "/wenda/index.html", "问答圈 - 教育",
     "<h1>教育 · 热门问题</h1><ul>"
     "<li><a href='/wenda/q/330198.html'>人工智能训练师三级没有工作经验能考吗?</a></li>"
     "<li><a href='/wenda/q/330247.html'>AIGC证书和人工智能训练师证书有什么区别?</a></li>"
     "<li><a href='/wenda/q/330301.html'>有没有人工智能训练师代报名的?</a></li>"
     "<li><a href='/wenda/q/330356.html'>人工智能训练师证书能落户积分吗?</a></li>"
     "<li><a href='/wenda/q/330412.html'>人工智能训练师证书怎么查真假?</a></li></ul>",
     False, note="问答站频道首页 (站点首页)")

# ================================================================ WeChat reposts
r = R()
page("wx", "/wx/a/20260305-qh.html", "2026人工智能训练师报考指南, 看这一篇就够了 - 公众号文摘",
     "<h1>2026人工智能训练师报考指南, 看这一篇就够了</h1><p>来源：启航职业教育 公众号</p>"
     "<p>人社部认证的新职业, 高级工证书可挂靠, 不限学历不限专业, 名额仅剩 20 个。</p>"
     f"<p>电话：{r('phone', '+8615974208817', cn('15974208817'))} · 报名邮箱 {r('email', 'qihangzs@163.com', 'qihangzs艾特163.com')}</p>",
     True, "U02", "启航职业教育", r, "U02公众号软文: 电话写成汉字, 邮箱用艾特")
r = R()
page("wx", "/wx/a/20260307-sl.html", "AI时代, 数据标注员正在被疯抢 - 公众号文摘",
     "<h1>AI时代, 数据标注员正在被疯抢</h1><p>来源：数联智能学堂 公众号</p>"
     "<p>双证班 ¥1999, 人工智能训练师四级 + AIGC 证书, 人社部颁发, 学完推荐就业。</p>"
     f"<p>咨询：{r('phone', '4008036627', '4008036627')} · 邮箱 {r('email', 'course@shulianai.com', 'course(at)shulianai.com')} · 官网 {r('domain', 'shulianai.com', 'shulianai.com')}</p>",
     True, "U03", "数联智能学堂", r, "U03公众号软文: 400电话+拼写邮箱")
r = R()
page("wx", "/wx/a/20260309-gz.html", "国职智能人才认证中心：人工智能训练师证书办理通知 - 公众号文摘",
     "<h1>国职智能人才认证中心关于人工智能训练师证书办理的通知</h1><p>来源：国职认证 公众号</p>"
     "<p>本中心证书为国家职业资格证书, 国家级, 官方认证, 入库可查 (zgzyjnzs.cn)。</p>"
     f"<p>收款单位：中科智培(湖南)教育科技有限公司 · 统一社会信用代码 {r('uscc', USCC_U05, USCC_U05)}</p>"
     f"<p>查询网址：{r('domain', 'zgzyjnzs.cn', 'zgzyjnzs.cn')}</p>",
     True, "U05", "国职智能人才认证中心", r, "U05冒充国家机构的通知, 收款单位暴露公司")
r = R()
page("wx", "/wx/a/20260311-zt.html", "长沙积分落户新政, 这个证最值钱 - 公众号文摘",
     "<h1>长沙积分落户新政, 这个证最值钱</h1><p>来源：智途考证 公众号</p>"
     "<p>人工智能训练师二级零基础直考, 包过, 拿证即可加分。地址：华创国际广场 A座 808 (前台 0731-8512 3300)。</p>"
     f"<p>电话/微信：{r('phone', '+8613017318846', '13017318846')} · {r('wechat', 'zhitu_kaozheng', 'zhitu_kaozheng')}</p>",
     True, "U08", "智途考证", r, "U08公众号软文: 同楼写字楼前台号码")
r = R()
page("wx", "/wx/a/20260313-xc.html", "企业员工人工智能训练师技能提升项目招募 - 公众号文摘",
     "<h1>企业员工 人工智能训练师 技能提升项目招募</h1><p>来源：湘才人力 公众号</p>"
     "<p>面向参保企业员工, 组织五级/四级培训并对接备案评价机构认定, 符合条件可申领技能提升补贴, 费用企业先行垫付。</p>"
     f"<p>联系：{r('phone', '+8613975188204', '139 7518 8204')} · {r('email', 'xiangcai_hr@sina.com', 'xiangcai_hr@sina.com')} · 信用代码 {r('uscc', USCC_I06, USCC_I06)}</p>",
     True, "I06", "湘才人力", r, "I06人力公司企业员工项目")
page("wx", "/wx/index.html", "公众号文摘 - 教育",
     "<h1>教育频道</h1><ul>"
     "<li><a href='/wx/a/20260305-qh.html'>2026人工智能训练师报考指南</a></li>"
     "<li><a href='/wx/a/20260307-sl.html'>AI时代, 数据标注员正在被疯抢</a></li>"
     "<li><a href='/wx/a/20260309-gz.html'>国职智能人才认证中心通知</a></li>"
     "<li><a href='/wx/a/20260311-zt.html'>长沙积分落户新政, 这个证最值钱</a></li>"
     "<li><a href='/wx/a/20260313-xc.html'>企业员工技能提升项目招募</a></li></ul>",
     False, note="公众号转载站频道首页 (站点首页)")

# ================================================================ short video
r = R()
page("v", "/v/video/7341100201.html", "智训Lily老师：三级证书怎么拿? - 看点短视频",
     "<h1>@智训Lily老师</h1><p>视频文案：宝子们, 人工智能训练师三级零基础直接拿, 包过! 评论区扣1 #考证 #AI</p>"
     f"<p>主页简介：薇：{r('wechat', 'zxwl_ai2026', 'zxwl_ai2026')}</p><p>点赞 3.2万 · 评论 860</p>",
     True, "U01", "智训Lily老师", r, "U01短视频账号: 包过, 主页留微信")
r = R()
page("v", "/v/video/7341100288.html", "数联AI课堂：数据标注一天能挣多少 - 看点短视频",
     "<h1>@数联AI课堂</h1><p>视频文案：在家做数据标注, 考个人工智能训练师四级更好接单, 课程在橱窗。</p>"
     f"<p>主页简介：学习群 Q群：{r('qq_group', '738160452', '738 160 452')}</p>",
     True, "U03", "数联AI课堂", r, "U03短视频账号: QQ群号带空格")
r = R()
page("v", "/v/video/7341100355.html", "AI星球：原价9999限时99 - 看点短视频",
     "<h1>@AI星球</h1><p>视频文案：原价9999限时99! 90%小白都能学会的AI训练师课, 学完送证书报名通道, 月入过万不是梦。</p>"
     f"<p>主页简介：薇 {r('wechat', 'aixingqiu99', 'aixingqiu99')}</p>",
     True, "U07", "AI星球", r, "U07短视频: 9999限时99")
r = R()
page("v", "/v/video/7341100412.html", "小星老师讲AI：训练师证书到底有没有用 - 看点短视频",
     "<h1>@小星老师讲AI</h1><p>视频文案：人工智能训练师证书到底有没有用? 有用! 限时 99 元体验课, 结课就能报考证书。</p>"
     f"<p>主页简介：+V：{r('wechat', 'aixingqiu99', 'AIXINGQIU99')}</p>",
     True, "U07", "小星老师讲AI", r, "U07第二个账号, 微信号大写")
r = R()
page("v", "/v/video/7341100470.html", "芯标AI学院：数据标注员的一天 - 看点短视频",
     "<h1>@芯标AI学院</h1><p>视频文案：带你看数据标注员的一天; 我们的课程帮你准备人工智能训练师五级认定, 不承诺包过。</p>"
     f"<p>主页简介：官网 {r('domain', 'xinbiaoai.cn', 'xinbiaoai.cn')} · 电话 {r('phone', '+8615111420796', '15111420796')}</p>",
     True, "U09", "芯标AI学院", r, "U09短视频账号")
page("v", "/v/index.html", "看点短视频 - 知识",
     "<h1>知识 · 考证</h1><ul>"
     "<li><a href='/v/video/7341100201.html'>智训Lily老师</a></li>"
     "<li><a href='/v/video/7341100288.html'>数联AI课堂</a></li>"
     "<li><a href='/v/video/7341100355.html'>AI星球</a></li>"
     "<li><a href='/v/video/7341100412.html'>小星老师讲AI</a></li>"
     "<li><a href='/v/video/7341100470.html'>芯标AI学院</a></li></ul>",
     False, note="短视频站频道首页 (站点首页)")

# ================================================================ news portal
page("news", "/news/2026-03/0316-shanzhai.html", "警惕! 人工智能训练师“包过证书”骗局又来了 - 湘江新闻网",
     "<h1>警惕! 人工智能训练师“包过证书”骗局又来了</h1><p>2026-03-16 记者 刘洋</p>"
     "<p>近期多名市民反映, 有人以“人社部颁发”“包过”为噱头推销人工智能训练师证书, 收款后失联。涉事号码包括 177-7316-0249, 微信号 ai_zhengshu88。</p>"
     "<p>市人社局提醒：职业技能等级证书由备案评价机构颁发, 可登录 zscx.osta.org.cn 或证书所印 jndj.osta.org.cn 查询, 也可关注 rst.hunan.gov.cn 发布的机构名单; 有疑问拨打 12333, 权益受损可拨 12315、12345。</p>",
     False, note="新闻报道: 官方提醒与骗子号码")
r = R()
page("news", "/news/2026-03/0318-ad.html", "中科智培：让每个人都能拿到国家级AI证书 - 湘江新闻网",
     "<h1>中科智培：让每个人都能拿到国家级AI证书</h1><p>2026-03-18 <b>[广告]</b> 推广</p>"
     "<p>中科智培国家职业技能培训中心, 国家级证书, 官方认证, 人工智能训练师三级二级一级免考直发, 终身有效。</p>"
     f"<p>查询网址 {r('domain', 'zgzyjnzs.cn', 'http://www.zgzyjnzs.cn')} · 热线 {r('phone', '+8613548670392', '135-4867-0392')}</p>"
     f"<p>统一社会信用代码：{r('uscc', USCC_U05, USCC_U05)}</p>",
     True, "U05", "中科智培教育", r, "U05在新闻门户的付费软文")
page("news", "/news/index.html", "湘江新闻网 - 教育",
     "<h1>教育频道</h1><ul>"
     "<li><a href='/news/2026-03/0316-shanzhai.html'>警惕! 人工智能训练师“包过证书”骗局又来了</a></li>"
     "<li><a href='/news/2026-03/0318-ad.html'>中科智培：让每个人都能拿到国家级AI证书</a></li></ul>",
     False, note="新闻门户频道首页 (站点首页)")

# ================================================================ government notices
page("gov", "/gov/tzgg/202603/t20260310_1.html", "关于防范技术技能类“山寨证书”的提醒 - 长沙市人社局",
     "<h1>关于防范技术技能类“山寨证书”的提醒</h1><p>发布日期：2026-03-10</p>"
     "<p>近期有机构冒用“人社部颁发”“国家职业资格”等字样推销人工智能训练师证书。职业技能等级证书由备案的评价机构颁发, 政府部门不参与监制。</p>"
     "<p>证书可在 zscx.osta.org.cn 查询, 证书所印查询网址为 jndj.osta.org.cn。凡承诺“包过”“免考”“零基础直考技师”的, 均涉嫌违法。</p>"
     "<p>咨询电话 12333, 投诉举报 12315。</p>",
     False, note="官方警示通知")
page("gov", "/gov/zcjd/202603/t20260312_2.html", "技能提升补贴政策解读 - 长沙市人社局",
     "<h1>职业技能提升补贴政策解读</h1><p>发布日期：2026-03-12</p>"
     "<p>参保满1年的职工取得职业技能等级证书后, 可按五级1000元、四级1500元、三级2000元申领补贴; 二级、一级无此项国家补贴。</p>"
     "<p>证书编号共22位, 例如 S000043010001253000123, 可在 jndj.osta.org.cn 核验; 详见 rst.hunan.gov.cn。咨询 12333。</p>",
     False, note="政策解读 (补贴与证书编号)")
page("gov", "/gov/index.html", "长沙市人力资源和社会保障局",
     "<h1>通知公告</h1><ul>"
     "<li><a href='/gov/tzgg/202603/t20260310_1.html'>关于防范技术技能类“山寨证书”的提醒</a></li>"
     "<li><a href='/gov/zcjd/202603/t20260312_2.html'>职业技能提升补贴政策解读</a></li></ul>",
     False, note="政府网站首页 (站点首页)")


def found(w, text):
    """w occurs in text, not glued to a further letter or digit (12345 is not in 8812345)"""
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(w) + r"(?![0-9A-Za-z])", text) is not None


# ---------------------------------------------------------------- render
def render(p):
    s = SITES[p["site"]]
    menu = " ".join(f"<a href='/{p['site']}/index.html'>{m}</a>" for m in s["menu"])
    rel = [q for q in PAGES if q["site"] == p["site"] and q["path"] != p["path"]][:4]
    related = "".join(f"<li><a href='{q['path']}'>{q['title'].split(' - ')[0]}</a></li>" for q in rel)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{p['title']}</title><style>{CSS}</style></head><body>\n"
            f"<div class='top'><b>{s['name']}</b> {menu}</div>\n"
            f"<div class='crumb'><a href='/index.html'>导航</a> &gt; <a href='/{p['site']}/index.html'>{s['name']}</a> &gt; {p['title'].split(' - ')[0]}</div>\n"
            f"<div class='wrap'><div class='main'>{p['body']}</div>\n"
            f"<div class='side'>{s['side']}<h4>相关链接</h4><ul>{related}</ul></div></div>\n"
            f"<div class='foot'>{s['foot']}</div>\n</body></html>\n")


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    nav = "".join(f"<li><a href='/{k}/index.html'>{SITES[k]['name']}</a> ({SITES[k]['style']})</li>" for k in ORDER)
    html = {"/index.html": "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>导航</title></head>"
                           f"<body><h1>本周搜索记录导航 (湖南·长沙)</h1><ul>{nav}</ul></body></html>\n"}
    for p in PAGES:
        html[p["path"]] = render(p)
    for path, text in html.items():
        fn = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("User-agent: *\nAllow: /\n")

    tpages = [{"path": "/index.html", "is_offer": False, "operator": None, "provider": None,
               "identifiers": [], "note": "导航页, 链接各站首页"}]
    for p in PAGES:
        tpages.append({"path": p["path"], "is_offer": p["is_offer"],
                       "operator": p["operator"] if p["is_offer"] else None,
                       "provider": p["provider"] if p["is_offer"] else None,
                       "identifiers": p["ids"], "note": p["note"]})
    ops = {}
    for p in PAGES:
        o = p["operator"]
        if p["is_offer"] and o and o.startswith("U"):
            e = ops.setdefault(o, {"brands": [], "identifiers": []})
            if p["provider"] not in e["brands"]:
                e["brands"].append(p["provider"])
            for k, v, _ in p["ids"]:
                if [k, v] not in e["identifiers"]:
                    e["identifiers"].append([k, v])
    decoys = []
    for kind, value, written, why in DECOYS:
        pages = [path for path, text in html.items() if any(found(w, text) for w in written)]
        decoys.append({"kind": kind, "value": value, "written": written, "pages": pages, "why": why})
    truth = {"pages": tpages, "operators": dict(sorted(ops.items())), "decoys": decoys}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
