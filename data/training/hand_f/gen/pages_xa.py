"""西安市人社局-style site (/xa-hrss/), one GBK page and its UTF-8 mobile mirror."""
from common import page, doc, offer, other, rec, table, paras, stat

MENU = [("网站首页", "/xa-hrss/index.html"), ("新闻中心", "/xa-hrss/index.html?c=xwzx"),
        ("信息公开", "/xa-hrss/index.html?c=xxgk"), ("办事服务", "/xa-hrss/index.html?c=bsfw"),
        ("公众参与", "/xa-hrss/index.html?c=gzcy")]


def frame(title, path_items, inner, charset="utf-8", head_extra=""):
    menu = "\n".join(f'<td><a href="{h}">{t}</a></td>' for t, h in MENU)
    where = " &raquo; ".join(f'<a href="{h}">{t}</a>' for t, h in path_items)
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{cs}<title>{title} - 西安市人力资源和社会保障局</title>
<meta name="keywords" content="西安人社,西安市人力资源和社会保障局,{title}">
<link href="/xa-hrss/style/xa_main.css" rel="stylesheet" type="text/css">
<style type="text/css">
body{{margin:0;font-size:12px;font-family:宋体;background:#e9eef2}}
#wrap{{width:1000px;margin:0 auto;background:#fff}}
#banner{{height:100px;background:#b31b1b;color:#fff;font:bold 30px 黑体;padding-left:30px;line-height:100px}}
#menu table{{width:100%;background:#8f1010}}#menu td{{text-align:center;height:36px}}
#menu a{{color:#fff;font-size:14px;font-weight:bold;text-decoration:none}}
.loc{{padding:8px 14px;border-bottom:1px solid #ddd}}
.cont{{padding:10px 40px 30px;font-size:14px;line-height:26px}}
.cont h1{{font-size:20px;color:#b31b1b;text-align:center}}
.cont .info{{text-align:center;color:#999;border-bottom:1px solid #eee}}
.tb{{border-collapse:collapse;margin:8px auto}}.tb td,.tb th{{border:1px solid #666;padding:4px 8px}}
#foot{{border-top:3px solid #b31b1b;text-align:center;color:#666;padding:12px;line-height:22px}}
</style>
{head_extra}</head>
<body>
<div id="wrap">
<div id="banner">西安市人力资源和社会保障局</div>
<div id="menu"><table cellspacing="0" cellpadding="0"><tr>
{menu}
</tr></table></div>
<div class="loc">您现在的位置： {where}</div>
<div class="cont">
{inner}
</div>
<div id="foot">主办：西安市人力资源和社会保障局　承办：西安市人力资源和社会保障信息中心<br>
地址：西安市未央区凤城八路109号　邮编：710007　政务服务热线：029-12345 / 12333<br>
陕ICP备05004126号　网站标识码：6101000019　<a href="/xa-hrss/index.html#top">返回顶部</a></div>
</div>
<script type="text/javascript" src="/xa-hrss/js/jquery.min.js"></script>
<script type="text/javascript" src="/xa-hrss/js/zoom.js"></script>
{stat("a81e0f3b42c94e6d8f1a7b2c5d9e3f60")}
</body>
</html>
"""


TRAIN_BODY = None


def train_content():
    c = """<h1>西安市2025年数字技能提升行动<br>人工智能训练师（四级）补贴性培训招生公告</h1>
<div class="info">发布日期：2025-09-02　来源：市职业技能培训指导中心　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
"""
    c += paras(
        "根据《西安市职业技能提升行动实施方案》和市财政局、市人社局关于补贴性职业技能培训项目管理的有关规定，现面向社会招收人工智能训练师（数据标注员方向）四级/中级工补贴性培训学员。",
        "<b>一、招生对象</b>：在西安市就业或登记失业的劳动者，须取得人工智能训练师五级证书后累计从事相关工作满4年，或累计从事本职业或相关职业工作满6年，或为技工学校、中等及以上职业学校相关专业毕业生。",
        "<b>二、培训时间</b>：2025年9月22日至10月31日（周六、周日全天），共50标准学时。",
        "<b>三、收费说明</b>：本期培训纳入市级补贴性培训项目目录，学员无需缴纳任何培训费、教材费和考核费。",
        "上述免费政策仅适用于首次参加本职业同等级补贴性培训的人员。已享受过同职业同等级培训补贴或技能提升补贴的，不得重复享受，须自费参加考核。",
        "<b>四、考核发证</b>：培训结束后由西安高新区职业技能评价服务中心组织认定考核，合格者由其颁发职业技能等级证书（四级/中级工）。证书信息可在人力资源社会保障部职业技能等级证书查询系统查询。",
        "<b>五、报名</b>：即日起至9月18日，本人携身份证原件、社保缴费证明到雁塔区科技路48号创业广场B座6层报名，或拨打029-88326150咨询。每班40人，按报名顺序录取。",
        "<b>特别提醒</b>：本项目从未委托任何中介机构招生，凡以本项目名义收取“报名费”“押金”的，均属诈骗。",
    )
    return c


def build():
    inner = """<div class="idx">
<div class="box"><div class="tit">工作动态</div><ul>
<li><a href="/xa-hrss/xwzx/gzdt/20250520/a1093.html">一文读懂《人工智能训练师国家职业技能标准》</a> 2025-05-20</li>
<li><a href="/xa-hrss/xwzx/tzgg/20250708/a1170.html">关于西安市职业技能等级认定社会培训评价组织动态调整情况的公告</a> 2025-07-08</li>
<li><a href="/xa-hrss/bsfw/pxbm/rgzn2025.html">西安市2025年数字技能提升行动人工智能训练师（四级）补贴性培训招生公告</a> 2025-09-02</li>
<li><a href="/xa-hrss/m/pxbm/rgzn2025.html">[手机版] 人工智能训练师补贴性培训招生公告</a></li>
</ul></div>
<div class="box"><div class="tit">便民服务</div><ul>
<li><a href="http://jndj.osta.org.cn/" target="_blank">职业技能等级证书查询</a></li>
<li><a href="http://rst.shaanxi.gov.cn/" target="_blank">陕西省人力资源和社会保障厅</a></li>
<li><a href="mailto:xarsj@xa.gov.cn">局长信箱</a></li>
</ul></div></div>"""
    page("/xa-hrss/index.html", frame("首页", [("首页", "/xa-hrss/index.html")], inner),
         other("other", "municipal 人社局 home", ["other"]))

    # standard explainer
    lv = [("五级/初级工", "60", "累计从事本职业或相关职业工作1年（含）以上；或本职业或相关职业学徒期满"),
          ("四级/中级工", "50", "取得五级证书后累计从事相关工作4年（含）以上；或累计工作6年以上；或技工学校等相关专业毕业"),
          ("三级/高级工", "40", "取得四级证书后累计从事相关工作5年以上；或四级证书加高级技工学校、技师学院毕业等"),
          ("二级/技师", "40", "取得三级证书后累计从事相关工作4年以上等"),
          ("一级/高级技师", "30", "取得二级证书后累计从事相关工作4年以上")]
    c = """<h1>一文读懂《人工智能训练师国家职业技能标准》</h1>
<div class="info">发布日期：2025-05-20　来源：职业能力建设处</div>
"""
    c += paras(
        "人工智能训练师（职业编码4-04-05-05）是2020年2月人力资源社会保障部、市场监管总局、国家统计局联合发布的新职业之一，下设数据标注员、人工智能算法测试员两个工种。",
        "2021年，人力资源社会保障部、工业和信息化部联合颁布《人工智能训练师国家职业技能标准（2021年版）》。该标准由人力资源社会保障部职业技能鉴定中心、浙江省人力资源和社会保障厅指导，阿里巴巴集团牵头，联合科大讯飞、北京百度网讯等十余家单位共同起草。",
        "需要说明的是，上述部委和单位负责标准的颁布、指导和起草，并不直接颁发证书。职业技能等级证书由经人社部门备案的用人单位和社会培训评价组织按照标准组织认定后颁发。",
        "标准共设五个等级，各等级培训参考学时和申报条件要点如下：",
    )
    c += table(["等级", "培训参考学时", "申报条件（要点）"], lv)
    c += paras(
        "认定采用理论知识考试和操作技能考核相结合的方式，均实行百分制，成绩皆达60分（含）以上者为合格。技师、高级技师还须进行综合评审。",
        "市人社局提醒：凡宣称“零基础直接考技师”“不限工作年限报高级技师”的，均不符合国家职业技能标准的申报条件。",
    )
    og = ('<meta property="og:type" content="article">\n<meta property="og:title" content="一文读懂《人工智能训练师国家职业技能标准》">\n'
          '<meta property="og:site_name" content="西安市人力资源和社会保障局">\n<meta property="og:url" content="/xa-hrss/xwzx/gzdt/20250520/a1093.html">\n')
    page("/xa-hrss/xwzx/gzdt/20250520/a1093.html",
         frame("一文读懂《人工智能训练师国家职业技能标准》", [("首页", "/xa-hrss/index.html"), ("新闻中心", "/xa-hrss/index.html?c=xwzx"), ("工作动态", "/xa-hrss/index.html?c=gzdt")], c, head_extra=og),
         other("article", "explainer of the national standard: publishers/guides/drafters named (not issuers), level table with eligibility",
               ["standard_body", "level_table", "level_names", "open_graph", "negated_claim"]))

    # GBK training notice (offer)
    path = ("/xa-hrss/bsfw/pxbm/rgzn2025.html")
    page(path, frame("人工智能训练师（四级）补贴性培训招生公告", [("首页", "/xa-hrss/index.html"), ("办事服务", "/xa-hrss/index.html?c=bsfw"), ("培训报名", "/xa-hrss/index.html?c=pxbm")],
                     train_content(), charset="gbk"),
         offer(issuers=[rec("HF05")], levels=[4], fee=(0, 0), fee_alt=[None],
               note="GBK page; free subsidized training, exception in the next sentence; issuer is the 中心 (in scope 4-5)",
               phen=["gbk", "honest_offer", "cross_sentence_condition", "role_issuer", "level_names", "negated_claim"]),
         encoding="gbk")

    # UTF-8 mobile mirror
    m = train_content().replace("<br>", " ")
    mobile = doc("人工智能训练师补贴性培训招生公告-西安人社（手机版）",
                 f"""<header class="m-hd"><a href="/xa-hrss/index.html">&lt; 西安人社</a></header>
<article class="m-art">{m}</article>
<footer class="m-ft"><a href="/xa-hrss/bsfw/pxbm/rgzn2025.html">电脑版</a> | 西安市人力资源和社会保障局</footer>""",
                 '<link rel="canonical" href="/xa-hrss/bsfw/pxbm/rgzn2025.html">\n<style>body{font-size:16px;padding:0 12px}.m-hd{background:#b31b1b;color:#fff;padding:10px}.m-hd a{color:#fff}</style>\n')
    page("/xa-hrss/m/pxbm/rgzn2025.html", mobile,
         other("offer", "UTF-8 mobile mirror of the GBK training notice (canonical to the desktop page)",
               ["mirror", "canonical_ok", "honest_offer"], duplicate_of=path))

    # agency adjustments notice
    rows = [("1", "陕西长安数字技能评价有限公司", "人工智能训练师", "一级至五级", "继续有效"),
            ("2", "西安高新区职业技能评价服务中心", "人工智能训练师", "四级、五级", "新增备案"),
            ("3", "西安高新数字职业技能评价有限公司", "人工智能训练师", "三级至五级", "暂停认定6个月"),
            ("4", "宝鸡秦川职业技能评价有限公司", "计算机程序设计员、电工", "三级至五级", "继续有效")]
    c = """<h1>关于西安市职业技能等级认定社会培训评价组织动态调整情况的公告</h1>
<div class="info">发布日期：2025-07-08　来源：职业能力建设处</div>
"""
    c += paras(
        "根据《陕西省职业技能等级认定管理办法（试行）》，我局对本市备案的社会培训评价组织开展了年度质量督导，现将动态调整情况公告如下：",
    )
    c += table(["序号", "机构名称", "备案职业", "备案等级", "调整情况"], rows)
    c += paras(
        "西安高新数字职业技能评价有限公司在人工智能训练师三级认定中存在考评人员不到场、考核记录不完整等问题，自2025年7月8日起暂停其该职业认定资格6个月，暂停期间不得组织认定、不得颁发证书，整改验收合格后方可恢复。",
        "请注意区分“西安高新区职业技能评价服务中心”与“西安高新数字职业技能评价有限公司”，二者为不同主体。宝鸡秦川职业技能评价有限公司未备案人工智能训练师职业，不得开展该职业认定。",
        "社会公众可通过陕西省职业技能等级认定信息平台或拨打029-12333查询机构备案信息。",
    )
    page("/xa-hrss/xwzx/tzgg/20250708/a1170.html",
         frame("评价组织动态调整公告", [("首页", "/xa-hrss/index.html"), ("信息公开", "/xa-hrss/index.html?c=xxgk")], c),
         other("article", "official adjustment notice: suspension of one org, scope of near-namesakes; no offer",
               ["level_range", "warning"]))
