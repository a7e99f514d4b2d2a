# -*- coding: utf-8 -*-
"""Generate site/ and truth.json for the sealed operators web 2026-12d (stdlib only).

Run:  python3 gen.py && python3 check.py
Every page is written here by hand; PAGES keeps, for each labeled identifier, the
normalized value and the exact form it is written in on the page (check.py needs it).
"""
import json
import os
import re
import shutil

from gen_base import (make_uscc, doc, mall, fenlei, mp, tieba, xhs, wenda, corp, news)

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

PAGES = []   # dicts: path, is_offer, operator, provider, ids [(kind, value, written)], note, html


def add(path, is_offer, operator, provider, ids, html, note=""):
    PAGES.append(dict(path=path, is_offer=is_offer, operator=operator, provider=provider,
                      ids=ids, html=html, note=note))


# USCCs (check characters computed per GB 32100, org-code part per GB 11714)
USCC_ZHIXUN = make_uscc("91", "440300", "MA5G7T2K")    # 深圳智训未来教育科技有限公司
USCC_YANGCHENG = make_uscc("52", "440106", "MJL31960")  # 广州市天河区羊城数智职业培训学校 (民办非企业)
USCC_YUNQI = make_uscc("91", "330106", "MA2J4QX8")     # 杭州云启智能职业技能培训有限公司
USCC_CHANGAN = make_uscc("91", "610131", "MA6UB72F")   # 西安长安数智教育科技有限公司
USCC_ZHIYUAN = make_uscc("91", "340100", "MA8N5R0D")   # 合肥智远教育咨询有限公司
USCC_HUIXUN = make_uscc("91", "110108", "MA01TK6W")    # 北京慧训时代信息咨询有限公司

# ------------------------------------------------------------------ decoys (written forms)
# regexes are applied to the raw HTML of every page; gen records where they occur.
DECOYS = [
    dict(kind="public_number", value="+8612333", note="人社服务热线", rx=r"(?<![\d\-－])12333(?!\d)"),
    dict(kind="public_number", value="+8612315", note="市场监管投诉举报热线", rx=r"(?<![\d\-])12315(?!\d)"),
    dict(kind="public_number", value="+862012333", note="广东省人社咨询热线(区号+12333)", rx=r"020-12333"),
    dict(kind="public_number", value="zscx.osta.org.cn", note="技能人才评价证书全国联网查询", rx=r"zscx\.osta\.org\.cn"),
    dict(kind="public_number", value="osta.org.cn", note="技能人才评价工作网 www.osta.org.cn", rx=r"www\.osta\.org\.cn"),
    dict(kind="public_number", value="jndj.osta.org.cn", note="证书上印的查询网址", rx=r"jndj\.osta\.org\.cn"),
    dict(kind="marketplace_footer", value="+864006901212", note="技能宝平台客服热线", rx=r"400-690-1212"),
    dict(kind="marketplace_footer", value="service@jnbao.com.cn", note="技能宝平台投诉邮箱", rx=r"service@jnbao\.com\.cn"),
    dict(kind="marketplace_footer", value="jnbao.com.cn", note="技能宝平台域名", rx=r"(?<![@\w.])jnbao\.com\.cn"),
    dict(kind="marketplace_footer", value="+861058963300", note="分类圈客服热线", rx=r"010-5896 3300"),
    dict(kind="marketplace_footer", value="jubao@fenleiquan.com", note="分类圈举报邮箱", rx=r"jubao@fenleiquan\.com"),
    dict(kind="marketplace_footer", value="fenleiquan.com", note="分类圈平台域名", rx=r"(?<![@\w.])fenleiquan\.com"),
    dict(kind="warning_quote", value="+8617190423386", note="冒充机构工作人员收“加急费”的号码，被多家卖家和新闻引用",
         rx=r"171-9042-3386|17190423386|171 9042 3386"),
    dict(kind="warning_quote", value="+8637166598120", note="新闻和卖家页面引用的骗子座机",
         rx=r"0371-6659 ?8120|0371-66598120"),
    dict(kind="warning_quote", value="rsb_zhengshu", note="冒充“人社部证书中心”的微信号", rx=r"rsb_zhengshu"),
    dict(kind="order_number", value="S000044000001253000168", note="多家卖家照抄的证书样本编号", rx=r"S000044000001253000168"),
    dict(kind="order_number", value="+8613502260315", note="报名流程模板里的示例准考证号(形似手机号)", rx=r"13502260315"),
]

FOOT_GOV_TIP = "证书信息可登录技能人才评价证书全国联网查询（zscx.osta.org.cn）核验。"

# =================================================================== U01 深圳 智训未来
add("/corp/zhixunwl.html", True, "U01", "智训未来",
    [("phone", "+8613590212876", "135-9021-2876"),
     ("phone", "+8675586231470", "0755-86231470"),
     ("email", "zhaosheng@zhixunwl.cn", "zhaosheng@zhixunwl.cn"),
     ("domain", "zhixunwl.cn", "www.zhixunwl.cn"),
     ("uscc", USCC_ZHIXUN, USCC_ZHIXUN)],
    corp("人工智能训练师培训_职业技能等级认定_深圳智训未来教育", "智训未来 · AI职业技能学院",
         "首页 | 课程中心 | 师资团队 | 证书查询 | 学员风采 | 联系我们",
         f"""<h2>人工智能训练师（4-04-05-05）职业技能等级培训 2026年冬季班招生中</h2>
<p>依据《人工智能训练师国家职业技能标准（2021年版）》开设数据标注员、人工智能算法测试员两个工种方向，分四级（中级工）、三级（高级工）两个层次，线上理论 + 线下实操，理论约30%，实操约70%。</p>
<table><tr><th>班型</th><th>课时</th><th>学费</th><th>说明</th></tr>
<tr><td>四级/中级工 周末班</td><td>50课时</td><td>¥2680</td><td>含教材、模拟题库</td></tr>
<tr><td>三级/高级工 精品班</td><td>40课时</td><td>¥3580</td><td>需持四级证书满规定年限</td></tr>
<tr><td>企业内训定制</td><td>按需</td><td>面议</td><td>20人起开班</td></tr></table>
<p>考核合格后由备案评价机构颁发职业技能等级证书，证书样本编号格式如 S000044000001253000168，{FOOT_GOV_TIP}政策咨询也可拨打人社服务热线12333。</p>
<h3>联系我们</h3>
<p>招生热线：<a href="tel:13590212876">135-9021-2876</a>（张老师） &nbsp; 办公电话：0755-86231470<br>
招生邮箱：<a href="mailto:zhaosheng@zhixunwl.cn">zhaosheng@zhixunwl.cn</a><br>
地址：深圳市南山区科技园科发路 8 号 2 栋 1106 室</p>""",
         f"""<p>深圳智训未来教育科技有限公司 &nbsp; 统一社会信用代码：{USCC_ZHIXUN}</p>
<p>官网：www.zhixunwl.cn &nbsp; 粤ICP备2023045781号-1 &nbsp; <a href="/list/offers-1.html">返回导航</a></p>""",
         logo_alt="智训未来 logo"))

add("/fenlei/sz-pengcheng-ai.html", True, "U01", "鹏城AI考证中心",
    [("phone", "+8613590212876", "135 9021 2876"),
     ("wechat", "pcai_kaozheng", "pcai_kaozheng")],
    fenlei("【鹏城AI考证中心】人工智能训练师四级/三级报名 深圳可考 周末上课", "深圳",
           "发布于 2026-11-28 &nbsp; 浏览 1326 次 &nbsp; 信息编号 88301957",
           """<p>人工智能训练师是人社部2020年发布的新职业，现在AI行业缺口很大，持证上岗更有竞争力！</p>
<ul><li>四级（中级工）：¥2380，报名即送题库</li><li>三级（高级工）：¥3280，符合条件即可报</li>
<li>上课地点：宝安区西乡 / 南山科技园，两个校区任选</li><li>证书可查可验，详情咨询</li></ul>
<p>报名材料：身份证正反面、学历证明、一寸白底照片、工作年限证明。广东考生有政策疑问可拨打020-12333咨询。</p>
<p>直接打电话或加微信都可以，电话：13590212876（张老师）</p>""",
           """联系人：张老师<br>电话：<b style="font-size:18px">135 9021 2876</b><br>微信：pcai_kaozheng<br>区域：深圳-宝安-西乡"""))

add("/mall/shop-weilai-ai.html", True, "U01", "未来AI学堂",
    [("wechat", "pcai_kaozheng", "PCAI_kaozheng"),
     ("qq", "2874410563", "2874410563")],
    mall("人工智能训练师四级中级工 线上网课+考前集训 职业技能等级认定", "未来AI学堂", "人工智能训练师",
         """<p class="price">¥ 1980.00 <del style="color:#999;font-size:14px">¥ 3980.00</del></p>
<p>已售 312 &nbsp; 评价 87 &nbsp; 商品编号：JNB2026113003472</p>
<p>【课程内容】数据采集与处理、数据标注、智能系统运维，共50课时，配套认定要素细目表精讲。</p>
<p>【适合人群】从事数据标注、AI产品运营满一年的在职人员。</p>
<p>【服务流程】下单 → 添加班主任 → 入群学习 → 统一报名 → 参加认定考核 → 领取证书</p>
<div class="box">下单后请务必添加班主任，加V：PCAI_kaozheng（备注“技能宝+姓名”），也可QQ：2874410563 留言，工作时间秒回。</div>""",
         """<b>未来AI学堂</b><br>店铺评分 4.8<br>所在地：广东 深圳<br>开店时长：3年<br><a href="#">进店逛逛</a> <a href="#">联系客服</a>"""))

add("/xhs/note-xiaolin.html", True, "U01", "智训小林老师",
    [("qq", "2874410563", "2874-410-563")],
    xhs("深圳考AI训练师证｜我带的学员这期全部拿证啦🎉", "智训小林老师",
        ('<img src="/img/xhs-cert.jpg" alt="人工智能训练师证书样本 四级" width="400">',
         """做数据标注的宝子们看过来～<br>人工智能训练师四级，线上学+深圳线下实操，一期大概6周🙌<br>
费用不到两千，比外面动不动五六千的便宜多了<br>
📌这边私信回复慢，想了解的可以戳🐧 2874-410-563 （备注小红书）<br>
证书可以上官网查的，不是那种野鸡证！"""),
        "#人工智能训练师 #数据标注 #深圳考证 #AI新职业 #职业技能等级证书",
        [("momo酱", "四级要工作经验吗？", "11-30"), ("智训小林老师", "要相关工作满一年哦，细节戳我🐧", "11-30"),
         ("Leo", "去年考过的路过，理论不难", "12-01")],
        "2026-11-29", "广东"))

# =================================================================== U02 广州 羊城数智
add("/school/yangcheng-shuzhi.html", True, "U02", "羊城数智职业培训学校",
    [("phone", "+862038921156", "020-3892 1156"),
     ("phone", "+864001682757", "400-168-2757"),
     ("uscc", USCC_YANGCHENG, USCC_YANGCHENG),
     ("domain", "ycszpx.com", "www.ycszpx.com")],
    corp("广州市天河区羊城数智职业培训学校-人工智能训练师培训", "羊城数智职业培训学校",
         "学校首页 | 学校概况 | 培训项目 | 招生简章 | 通知公告 | 在线报名",
         """<div class="box" style="border-color:#c00;color:#c00"><b>郑重声明：</b>近期有不法分子冒充我校招生老师，使用手机号 171-9042-3386 联系学员收取所谓“加急出证费”。我校从未委托任何个人收费，请以官网公布的联系方式为准！</div>
<h2>2026年人工智能训练师职业技能等级认定培训招生简章</h2>
<p>我校是经天河区人力资源和社会保障局批准设立的民办职业培训学校，面向社会开展人工智能训练师（数据标注员）五级、四级培训。</p>
<p>收费标准：五级/初级工 ¥1600；四级/中级工 ¥2200（含培训费、资料费，认定考核费按评价机构标准另计）。</p>
<p>开班时间：每月第二个周六开班，白天班/晚班可选，每班限 40 人。</p>
<p>报名条件以国家职业技能标准为准，具体可登录技能人才评价工作网 www.osta.org.cn 查看；广东省政策咨询：020-12333。</p>
<p>报名咨询：020-3892 1156（教务处）&nbsp; 全国统一咨询：400-168-2757</p>""",
         f"""<p>广州市天河区羊城数智职业培训学校 &nbsp; 办学许可证号：教民144010670001234号</p>
<p>统一社会信用代码：{USCC_YANGCHENG} &nbsp; 地址：广州市天河区天河北路 233 号中信广场附楼 5 层</p>
<p>www.ycszpx.com &nbsp; 粤ICP备2022017730号 &nbsp; <a href="/list/offers-1.html">返回</a></p>"""))

add("/mp/mashangxue-ai.html", True, "U02", "码上学AI",
    [("phone", "+864001682757", "4001-682-757"),
     ("wechat", "mashangxue-ai", "mashangxue-ai"),
     ("email", "mashangxue_ai@163.com", "mashangxue_ai@163.com")],
    mp("2026年人工智能训练师报名指南（附最新报考条件+费用）", "码上学AI", "2026年11月20日 20:15", "广东",
       """<p>最近后台好多小伙伴问：<b>人工智能训练师证到底怎么考？</b>今天一次讲清楚👇</p>
<p><b>一、这是什么证？</b><br>人工智能训练师（职业编码4-04-05-05）属于职业技能等级证书，由人社部门备案的评价机构颁发，不是“国家职业资格证书”，大家别被忽悠。</p>
<p><b>二、报名流程</b><br>① 提交资料 → ② 审核 → ③ 打印准考证（示例：准考证号：13502260315）→ ④ 理论+实操考核 → ⑤ 出证。</p>
<p><b>三、费用</b><br>码上学AI四级课程 ¥1880，三级 ¥2880，老学员推荐立减200。</p>
<p>如果遇到机构虚假宣传、乱收费，可以拨打12315投诉。</p>
<p><b>四、怎么报名？</b><br>添加小助手微信号：<b>mashangxue-ai</b>，或致电 4001-682-757；资料也可以发邮箱 mashangxue_ai@163.com</p>""",
       '<p><img src="/img/qrcode-mashangxue.png" alt="长按识别二维码 添加小助手" width="160"></p>'))

add("/tieba/yuecai-post.html", True, "U02", "粤才技能服务",
    [("email", "mashangxue_ai@163.com", "mashangxue_ai（at）163.com"),
     ("phone", "+8618620577413", "186 2057 7413")],
    tieba("【经验】广州人工智能训练师四级考完了，分享下流程", "人工智能训练师",
          [("粤才技能服务", "Lv.6 初级粉丝",
            """楼主广州的，这个月刚考完四级，理论+实操两场，难度一般。<br>
培训报的是粤才的班，费用两千出头，资料很全。<br>
需要资料的可以发邮件 mashangxue_ai（at）163.com（at换成@），着急的直接打 186 2057 7413""", 1, "2026-11-21 22:10"),
           ("吃瓜的蜗牛", "Lv.3", "楼主是打广告的吧😂", 2, "2026-11-21 22:31"),
           ("粤才技能服务", "Lv.6", "真实分享，信不信随你，有问题可以私信", 3, "2026-11-21 22:40"),
           ("数据标注小白", "Lv.2", "请问没有工作经验可以考五级吗", 4, "2026-11-22 09:02")]))

add("/wenda/q-gz-kaozheng.html", True, "U02", "数智考证通",
    [("phone", "+8618620577413", "１８６２０５７７４１３")],
    wenda("广州哪里可以考人工智能训练师证？要多少钱？", "网友k2q8x",
          "在广州做数据标注一年多了，想考个人工智能训练师证，不知道去哪报，靠谱吗？",
          [("数智考证通", "职业培训顾问",
            """广州这边可以报四级（中级工）和五级。我们数智考证通合作的是备案评价机构，四级全包价 ¥2100，含培训和考核，一般两个月内出证。<br>
报名需要身份证、学历、工作证明。想详细了解可以电话/微信同号：１８６２０５７７４１３（李老师）""", "2026-11-23", 12),
           ("职场老猫", "", "建议先去人社部门官网查机构是否备案，再交钱。", "2026-11-24", 35)]),
    note="手机号用全角数字写；“电话/微信同号”只标 phone")

# =================================================================== U03 杭州 云启
add("/corp/yunqi-edu.html", True, "U03", "云启教育",
    [("uscc", USCC_YUNQI, USCC_YUNQI),
     ("phone", "+8657188273390", "0571-8827 3390"),
     ("domain", "yunqi-edu.com", "yunqi-edu.com"),
     ("email", "kefu@yunqi-edu.com", "kefu@yunqi-edu.com")],
    corp("云启教育 | 人工智能训练师 职业技能等级认定培训 杭州", "云启教育",
         "首页 · 人工智能训练师 · 生成式AI应用 · 企业服务 · 关于云启",
         """<h2>人工智能训练师（三级/高级工）认定培训</h2>
<p>杭州是人工智能训练师国家标准的重要起草地之一。云启教育依托本地头部AI企业实训资源，开设三级（高级工）、四级（中级工）培训。</p>
<ul><li>四级：¥2600，50课时，周末两天×4周</li><li>三级：¥3600，40课时，含业务分析、智能训练、智能系统设计、培训与指导模块</li></ul>
<p>温馨提示：报考条件请以国家职业技能标准为准，人社政策咨询可拨打 12333。</p>
<p>咨询电话：0571-8827 3390 &nbsp; 邮箱：kefu@yunqi-edu.com</p>""",
         f"""<p>杭州云启智能职业技能培训有限公司 版权所有 &nbsp; 统一社会信用代码 {USCC_YUNQI}</p>
<p>地址：杭州市西湖区文三路 90 号东部软件园 3 号楼 &nbsp; <a href="https://www.yunqi-edu.com/">yunqi-edu.com</a> &nbsp; 浙ICP备2020027415号-1</p>
<p><a href="/list/offers-1.html">网站导航</a></p>"""))

add("/mall/shop-zhijiang.html", True, "U03", "之江AI训练营",
    [("uscc", USCC_YUNQI, USCC_YUNQI),
     ("qq_group", "736281904", "736 281 904")],
    mall("【之江AI训练营】人工智能训练师三级高级工 直播课+实操 杭州考点", "之江AI训练营", "人工智能训练师",
         f"""<p class="price">¥ 3280.00</p>
<p>月销 46 &nbsp; 商品编号：JNB2026102108815</p>
<p>课程：三级/高级工全程直播 40 课时 + 杭州线下实操 2 天；赠送《认定要素细目表》讲义。</p>
<p>报名后拉入备考交流群（QQ）：736 281 904，班主任统一发资料。</p>
<h3>商家资质</h3>
<table><tr><td>企业名称</td><td>杭州云启智能职业技能培训有限公司</td></tr>
<tr><td>统一社会信用代码</td><td>{USCC_YUNQI}</td></tr>
<tr><td>营业执照所在地</td><td>浙江省杭州市西湖区</td></tr></table>""",
         """<b>之江AI训练营</b><br>店铺评分 4.9<br>所在地：浙江 杭州<br><a href="#">联系客服</a>"""))

add("/mp/xihu-shubiao.html", True, "U03", "西湖数标学院",
    [("qq_group", "736281904", "736281904"),
     ("phone", "+8615157136628", "151-5713-6628")],
    mp("数据标注员也能考证了！人工智能训练师12月开班通知", "西湖数标学院", "2026年11月25日 18:02", "浙江",
       """<p>各位同学好，西湖数标学院 12 月人工智能训练师（数据标注员方向）四级班开始报名啦！</p>
<p>📍 上课地点：杭州西湖区<br>💰 学费：¥2480（老学员 ¥2280）<br>⏰ 开班：2026年12月13日</p>
<p>⚠️ 提醒：网上有自称“人社部证书中心”的微信号 rsb_zhengshu 到处加人推销证书，是假冒的，请勿添加。</p>
<p>报名方式：<br>1. 加入QQ群 736281904 获取招生简章；<br>2. 电话咨询 151-5713-6628（陈老师）。</p>"""))

# =================================================================== U04 北京 京师智培 / 中科慧训
add("/fenlei/bj-jingshi.html", True, "U04", "京师智培",
    [("phone", "+8613161905537", "131 6190 5537"),
     ("wechat", "jingshi_peixun", "jingshi_peixun")],
    fenlei("京师智培 人工智能训练师培训 海淀/朝阳可上课 四级三级", "北京",
           "更新时间：2026-11-30 &nbsp; 已有 944 人浏览 &nbsp; 编号 71209548",
           """<p>京师智培专注AI职业技能培训，人工智能训练师四级 ¥2980、三级 ¥3880，周末小班，随到随学。</p>
<p>★ 北京本地评价机构考核 ★ 正规流程，证书全国联网可查<br>★ 分期付款，支持对公转账开票</p>
<p>上课地址：海淀区中关村南大街 / 朝阳区望京SOHO 附近</p>""",
           """联系人：王老师<br>手机：131 6190 5537<br>微信：jingshi_peixun<br>商家类型：个人"""))

add("/corp/zkhuixun.html", True, "U04", "中科慧训",
    [("phone", "+861062583307", "010-6258 3307"),
     ("phone", "+8613161905537", "+86-131-6190-5537"),
     ("other", "北京慧训时代信息咨询有限公司", "北京慧训时代信息咨询有限公司"),
     ("uscc", USCC_HUIXUN, USCC_HUIXUN)],
    corp("中科慧训-人工智能训练师-AI技能人才培养", "中科慧训", "首页 / 培训课程 / 考核认证 / 付款方式 / 联系我们",
         f"""<h2>人工智能训练师 · 技能等级认定辅导</h2>
<p>中科慧训面向企业与个人提供人工智能训练师四级、三级辅导：四级 ¥2900，三级 ¥3900，企业团报 10 人以上 8.5 折。</p>
<p>证书查询：{FOOT_GOV_TIP}</p>
<h3>付款方式</h3>
<p>对公账户<br>户名：北京慧训时代信息咨询有限公司<br>开户行：中国建设银行北京中关村支行<br>账号：1105 0163 5700 0000 2719</p>
<h3>联系我们</h3>
<p>电话：010-6258 3307 &nbsp; 手机：+86-131-6190-5537 &nbsp; 地址：北京市海淀区知春路 6 号锦秋国际大厦</p>""",
         f"""<p>© 2026 中科慧训 &nbsp; 运营主体：北京慧训时代信息咨询有限公司（统一社会信用代码：{USCC_HUIXUN}）</p>
<p>京ICP备2024061338号 &nbsp; <a href="/list/offers-1.html">导航</a></p>
<p style="color:#888">本站与中国科学院无隶属关系。</p>"""),
    note="品牌“中科”非中科院机构，页脚自称无隶属")

add("/xhs/note-bj-zhengshutong.html", True, "U04", "AI证书通",
    [("other", "北京慧训时代信息咨询有限公司", "北京慧训时代信息咨询有限公司"),
     ("wechat", "zst_bj2024", "ZST_bj2024")],
    xhs("北京人工智能训练师三级，公司可以报销！附开票流程", "AI证书通（北京）",
        ('<img src="/img/xhs-fapiao.jpg" alt="对公转账开票截图" width="400">',
         """很多宝子问能不能公司报销💼 可以的！<br>
我们支持对公转账，对公转账户名：北京慧训时代信息咨询有限公司，开增值税普通发票✅<br>
三级 ¥3900，四级 ¥2900，北京海淀上课。<br>
想报名的👉 vx：ZST_bj2024"""),
        "#人工智能训练师 #北京考证 #AI训练师 #公司报销",
        [("北漂小鱼", "三级要什么条件", "12-02"), ("AI证书通（北京）", "四级证+年限，或大专以上相关专业，细节私", "12-02")],
        "2026-12-01", "北京"))

# =================================================================== U05 上海 申城
add("/corp/shencheng-ai.html", True, "U05", "申城人工智能技能评价服务中心",
    [("domain", "shxunlian.com.cn", "www.shxunlian.com.cn"),
     ("phone", "+864009216070", "400-921-6070"),
     ("email", "info@shxunlian.com.cn", "info@shxunlian.com.cn")],
    corp("申城人工智能技能评价服务中心 - 人工智能训练师", "申城人工智能技能评价服务中心",
         "首页 | 新闻动态 | 报名中心 | 证书查询 | 联系我们",
         f"""<div class="box"><b>防骗提醒：</b>有人冒用本中心名义，以 17190423386 拨打学员电话收取考试费，本中心不通过个人账户收款，请大家注意甄别。</div>
<h2>人工智能训练师 上海 三级/二级 报名</h2>
<p>上海已将人工智能训练师列入急需紧缺高技能人才职业目录。本中心常年开设三级（高级工）、二级（技师）辅导：三级 ¥4200，二级 ¥6800，通过后可申请技能提升补贴（以政策为准）。</p>
<p>证书查询：{FOOT_GOV_TIP}</p>
<p>全国服务热线：400-921-6070 &nbsp; 邮箱：info@shxunlian.com.cn</p>""",
         """<p>版权所有 © 申城人工智能技能评价服务中心 &nbsp; 网址：www.shxunlian.com.cn &nbsp; 沪ICP备2025009921号</p>
<p>地址：上海市徐汇区漕溪北路 398 号汇智大厦 12 楼 &nbsp; <a href="/list/offers-1.html">导航</a></p>"""),
    note="名称仿评价机构；二级面向社会招生")

add("/wenda/q-sh-ai.html", True, "U05", "上海数训",
    [("domain", "shxunlian.com.cn", "shxunlian.com.cn/baoming"),
     ("qq", "3105526748", "uin=3105526748")],
    wenda("上海人工智能训练师三级培训哪家好？求推荐", "匿名用户",
          "想考三级，公司可以补贴，但上海机构太多不知道选哪个。",
          [("上海数训", "教育机构",
            """推荐了解一下上海数训的三级班，小班授课，实操课在徐汇。报名入口：
<a href="https://www.shxunlian.com.cn/baoming">shxunlian.com.cn/baoming</a>，费用 ¥4200，证书样本见官网（示例编号 S000044000001253000168）。<br>
<a href="http://wpa.qq.com/msgrd?v=3&amp;uin=3105526748&amp;site=qq&amp;menu=yes"><img src="/img/qq-btn.gif" alt="点击这里给我发消息" width="77" height="22"></a> 在线咨询""",
            "2026-11-18", 4),
           ("沪漂程序员", "", "三级需要四级证和年限，别信什么零基础直接考三级。", "2026-11-19", 21)]),
    note="QQ 只出现在 wpa.qq.com 按钮链接的 uin 参数里")

add("/tieba/hushang-post.html", True, "U05", "沪上AI考证",
    [("qq", "3105526748", "3105526748")],
    tieba("上海考人工智能训练师的进来，有团报优惠", "上海考证",
          [("沪上AI考证", "Lv.7",
            """上海人工智能训练师三级团报，5人成团每人 ¥3800。<br>徐汇上课，周末班。<br>有意向的企鹅 3105526748 详聊""", 1, "2026-11-26 13:44"),
           ("咸鱼翻身", "Lv.4", "去年考过，三级实操要搭流程，不太简单", 2, "2026-11-26 15:02"),
           ("沪上AI考证", "Lv.7", "有实操陪练的，放心", 3, "2026-11-26 15:10")]))

# =================================================================== U06 成都 蓉城
add("/fenlei/cd-rongcheng.html", True, "U06", "蓉城智造职业培训",
    [("phone", "+862885412269", "028-8541 2269"),
     ("phone", "+8617708124459", "177 0812 4459")],
    fenlei("蓉城智造职业培训｜人工智能训练师 成都报名 数据标注员四级", "成都",
           "2026-11-27 发布 &nbsp; 浏览 702 &nbsp; 编号 66012384",
           """<p>成都高新区，人工智能训练师（数据标注员）四级 ¥1980，五级 ¥1380。</p>
<p>包教包会，不懂的老师一对一辅导。学习期间可推荐数据标注兼职。</p>
<p>注意：我们从未授权任何个人代收费，如遇乱收费可向12315反映。</p>""",
           """联系人：刘老师<br>座机：028-8541 2269<br>手机：<a href="tel:+8617708124459">177 0812 4459</a><br>地址：成都高新区天府三街 199 号"""))

add("/mall/shop-tianfu.html", True, "U06", "天府AI训练师之家",
    [("phone", "+862885412269", "(028)<span class=\"n\">8541</span>2269"),
     ("wechat", "tfai_home", "tfai_home")],
    mall("人工智能训练师五级/四级 成都线下班 数据标注实操 考核辅导", "天府AI训练师之家", "人工智能训练师",
         """<p class="price">¥ 1380.00 起</p>
<p>月销 58 &nbsp; 商品编号：JNB2026111709923</p>
<p>规格：五级 ¥1380 / 四级 ¥1980</p>
<p>证书信息可在技能人才评价工作网 www.osta.org.cn 查询。</p>
<p>线下校区电话：(028)<span class="n">8541</span>2269 &nbsp; 班主任微信：tfai_home</p>""",
         """<b>天府AI训练师之家</b><br>店铺评分 4.7<br>所在地：四川 成都<br><a href="#">联系客服</a>"""),
    note="座机号数字被 span 拆开：(028)<span>8541</span>2269")

add("/xhs/note-cd-biaozhu.html", True, "U06", "成都标注人",
    [("wechat", "tfai_home", "tfai＿home"),
     ("email", "tfai_home@foxmail.com", "tfai_home@foxmail.com")],
    xhs("成都做数据标注的姐妹，考个人工智能训练师证吧", "成都标注人",
        ('<img src="/img/xhs-cd.jpg" alt="成都天府三街 培训教室" width="400">',
         """本人做标注两年了，今年考了四级，感觉对涨薪挺有用💰<br>
现在帮朋友的培训班招生，四级不到两千，成都线下上课。<br>
流程：报名→上课→考试（我的准考证号：13502260315 哈哈已经考完啦）→拿证<br>
想了解的 V：tfai＿home（中间是下划线），或者发邮件 tfai_home@foxmail.com"""),
        "#人工智能训练师 #成都 #数据标注 #考证",
        [("辣妹子", "四级考试难不难", "11-29"), ("成都标注人", "认真听课基本能过", "11-29")],
        "2026-11-28", "四川"),
    note="微信号用全角下划线写作 tfai＿home")

# =================================================================== U07 武汉 江城
add("/corp/jiangcheng-ai.html", True, "U07", "江城人工智能学院",
    [("phone", "+8613971368502", "139-7136-8502"),
     ("qq_group", "618204357", "618 204 357")],
    corp("江城人工智能学院-人工智能训练师认证培训", "江城人工智能学院", "首页 - 课程 - 证书 - 就业 - 联系",
         """<h2>人工智能训练师 四级/三级 武汉开班</h2>
<p>江城人工智能学院（培训品牌，非学历教育）开设人工智能训练师培训，四级 ¥2280，三级 ¥3280。</p>
<p>证书上印有查询网址 jndj.osta.org.cn 及二维码，可扫码验证。</p>
<p>招生老师：139-7136-8502（同微信） &nbsp; 学员QQ群号：618 204 357</p>
<p>地址：武汉市东湖新技术开发区光谷大道 77 号金融港 B4 栋</p>""",
         """<p>© 江城人工智能学院 &nbsp; 鄂ICP备2023011482号-1 &nbsp; <a href="/list/offers-2.html">导航</a></p>"""),
    note="“139-7136-8502（同微信）”只标 phone")

add("/mp/huibiao-edu.html", True, "U07", "武汉慧标教育",
    [("qq_group", "618204357", "群号618204357"),
     ("email", "huibiao_edu@126.com", "huibiao_edu@126.com")],
    mp("武汉慧标教育｜人工智能训练师冬季班报名开始", "武汉慧标教育", "2026年11月22日 09:30", "湖北",
       """<p>人工智能训练师（4-04-05-05）冬季班报名啦！</p>
<p>▶ 四级（中级工）¥2280 &nbsp; ▶ 三级（高级工）¥3280</p>
<p>▶ 课程订单号请妥善保存，例：订单编号 2026112209301758</p>
<p>政策咨询请拨打人社热线12333。</p>
<p>📮 简历/报名表发送至：huibiao_edu@126.com<br>👥 备考群：长按识别下方二维码入群</p>
<p><img src="/img/qqqun-huibiao.png" alt="QQ群二维码 群号618204357" width="180"></p>"""),
   note="QQ群号只在二维码图片的 alt 文字里")

add("/fenlei/wh-guanggu.html", True, "U07", "光谷AI职训",
    [("email", "huibiao_edu@126.com", "huibiao_edu#126.com"),
     ("other", "武汉慧标教育咨询有限公司", "武汉慧标教育咨询有限公司"),
     ("phone", "+8613297720416", "132 9772 0416")],
    fenlei("光谷AI职训 人工智能训练师考证 武汉 可开发票", "武汉",
           "发布时间：2026-11-30 &nbsp; 浏览 388",
           """<p>光谷AI职训：人工智能训练师四级/三级培训，学费 ¥2280 起，支持对公转账。</p>
<p>收款单位：武汉慧标教育咨询有限公司（请认准对公账户，不接受私人转账）</p>
<p>报名表请发邮箱：huibiao_edu#126.com（#改成@）</p>""",
           """联系人：周老师<br>电话：132 9772 0416<br>区域：武汉-洪山-光谷"""))

# =================================================================== U08 西安 长安数智
add("/corp/changan-shuzhi.html", True, "U08", "长安数智",
    [("domain", "changanshuzhi.com", "www.changanshuzhi.com"),
     ("phone", "+862988316452", "029-8831 6452"),
     ("uscc", USCC_CHANGAN, USCC_CHANGAN)],
    corp("长安数智 - 西安人工智能训练师培训", "长安数智", "首页 | AI训练师 | 证书说明 | 联系我们",
         """<h2>西安 · 人工智能训练师四级/三级</h2>
<p>四级 ¥2180，三级 ¥3180；西安高新区线下实训。</p>
<p>证书由备案评价机构颁发，证书上附查询网址 jndj.osta.org.cn。</p>
<p>电话：029-8831 6452</p>""",
         f"""<p>西安长安数智教育科技有限公司 &nbsp; 统一社会信用代码：{USCC_CHANGAN}</p>
<p>官网 www.changanshuzhi.com &nbsp; 陕ICP备2024004716号 &nbsp; <a href="/list/offers-2.html">导航</a></p>"""))

add("/tieba/qinchuang-post.html", True, "U08", "秦创AI培训",
    [("domain", "changanshuzhi.com", "changanshuzhi点com"),
     ("wechat", "qinchuang_ai", "qinchuang_ai")],
    tieba("西安有没有一起考人工智能训练师的？", "西安",
          [("秦创AI培训", "Lv.5",
            """秦创AI培训西安班开课了，四级 ¥2180，三级 ¥3180。<br>
证书样本编号S000044000001253000168，可查询。<br>
吧里发不了链接，报名网址：changanshuzhi点com /ai（点换成.）<br>vx：qinchuang_ai""", 1, "2026-11-24 10:18"),
           ("古城小哥", "Lv.3", "帮顶", 2, "2026-11-24 10:40")]),
    note="域名写作“changanshuzhi点com”（点换成.）")

# =================================================================== U09 郑州 中原智训
add("/mp/zhongyuan-zhixun.html", True, "U09", "中原智训",
    [("wechat", "zy-zhixun88", "zy-zhixun88"),
     ("phone", "+8637163025518", "0371-6302 5518")],
    mp("郑州人工智能训练师培训｜中原智训12月班", "中原智训", "2026年11月29日 21:05", "河南",
       f"""<p>中原智训 12 月人工智能训练师四级班、三级班招生中。</p>
<p>四级 ¥1980 &nbsp; 三级 ¥2980</p>
<p>{FOOT_GOV_TIP}</p>
<p>咨询：0371-6302 5518<br>微信号：zy-zhixun88（微信名：中原小智）</p>"""))

add("/wenda/q-zz-lianmeng.html", True, "U09", "郑州AI考证联盟",
    [("wechat", "zy-zhixun88", "ZY-ZHIXUN88")],
    wenda("郑州人工智能训练师考证靠谱的机构有哪些？", "用户7730981",
          "在郑州，想考四级，怕遇到骗子。",
          [("郑州AI考证联盟", "认证机构",
            """郑州AI考证联盟为您解答：四级 ¥1980，三级 ¥2980，郑东新区上课。<br>
报名流程：提交资料→审核→准考证（示例：准考证号：13502260315）→考试→出证。<br>
注意：0371-6659 8120 并非我方号码，冒充我们的电话请勿理会！<br>
咨询 vx：ZY-ZHIXUN88""", "2026-11-30", 3),
           ("河南小伙", "", "先查机构备案再说", "2026-12-01", 9)]))

# =================================================================== independents
add("/mall/shop-xinghuo.html", True, None, "星火AI职教",
    [("phone", "+8615918602247", "159 1860 2247")],
    mall("星火AI职教 人工智能训练师五级初级工 零基础入门班 佛山", "星火AI职教", "人工智能训练师",
         """<p class="price">¥ 980.00</p>
<p>月销 21 &nbsp; 商品编号：JNB2026112611006</p>
<p>五级（初级工）入门课，60课时，佛山禅城线下。证书样本：S000044000001253000168（样本仅供参考）。</p>
<p>广东省人社政策咨询：020-12333</p>
<p>咨询电话：159 1860 2247（何老师）</p>""",
         """<b>星火AI职教</b><br>店铺评分 4.6<br>所在地：广东 佛山"""))

add("/mall/shop-lingxi.html", True, None, "灵犀数据标注培训",
    [("qq", "1947703625", "1947703625"),
     ("wechat", "lingxi_biaozhu", "lingxi_biaozhu")],
    mall("灵犀数据标注培训 人工智能训练师四级 线上网课 全国可报", "灵犀数据标注培训", "人工智能训练师",
         """<p class="price">¥ 1680.00</p>
<p>月销 73 &nbsp; 商品编号：JNB2026110307751</p>
<p>纯线上直播+录播，考核由合作评价机构在当地组织。</p>
<p>售后：QQ 1947703625 &nbsp;|&nbsp; 微信 lingxi_biaozhu</p>""",
         """<b>灵犀数据标注培训</b><br>所在地：江苏 苏州"""))

add("/fenlei/nj-jinling.html", True, None, "金陵智能技能培训",
    [("phone", "+862552697731", "025-5269 7731"),
     ("phone", "+8613851806624", "138 5180 6624")],
    fenlei("南京 人工智能训练师 四级 三级 培训报名", "南京",
           "发布于 2026-11-20 &nbsp; 浏览 510",
           """<p>金陵智能技能培训：人工智能训练师四级 ¥2300、三级 ¥3300，新街口上课。</p>
<p>报名前可在技能人才评价工作网 www.osta.org.cn 了解标准。</p>""",
           """联系人：孙老师<br>电话：025-5269 7731<br>手机：138 5180 6624"""))

add("/corp/hefei-zhiyuan.html", True, None, "合肥智远教育",
    [("phone", "+864008553092", "400-855-3092"),
     ("uscc", USCC_ZHIYUAN, USCC_ZHIYUAN),
     ("domain", "hfzhiyuan.cn", "hfzhiyuan.cn"),
     ("email", "zy@hfzhiyuan.cn", "zy@hfzhiyuan.cn")],
    corp("合肥智远教育-人工智能训练师培训", "合肥智远教育", "首页 | 课程 | 联系",
         f"""<div class="box">声明：近日有人冒充我司员工，用手机 171 9042 3386 向学员索要“加急费”，我司从不收取此类费用。</div>
<h2>人工智能训练师四级/三级（合肥）</h2>
<p>四级 ¥2100，三级 ¥3100。{FOOT_GOV_TIP}政策问题可拨打12333。</p>
<p>全国热线：400-855-3092 &nbsp; 邮箱：zy@hfzhiyuan.cn</p>""",
         f"""<p>合肥智远教育咨询有限公司 统一社会信用代码：{USCC_ZHIYUAN} &nbsp; hfzhiyuan.cn &nbsp; 皖ICP备2023015590号</p>
<p><a href="/list/offers-2.html">导航</a></p>"""))

add("/tieba/cq-post.html", True, None, "山城AI学习社",
    [("wechat", "shancheng_ai666", "shancheng_ai666")],
    tieba("重庆人工智能训练师培训，包教包会", "重庆考证",
          [("山城AI学习社", "Lv.4",
            """山城AI学习社，人工智能训练师四级 ¥1880，渝北上课。<br>不满意全额退款，有问题可打12315监督我们。<br>威信：shancheng_ai666""", 1, "2026-11-19 19:20"),
           ("重庆崽儿", "Lv.2", "有没有五级", 2, "2026-11-19 20:02")]))

add("/xhs/note-tj.html", True, None, "津门考证姐",
    [("wechat", "jinmen_kz", "jinmen_kz"),
     ("email", "jinmenkz@sina.com", "jinmenkz@sina.com")],
    xhs("天津考人工智能训练师证攻略（亲测）", "津门考证姐",
        ('<img src="/img/xhs-tj.jpg" alt="准考证打码照片" width="400">',
         """天津的宝子们，AI训练师四级我考完啦～<br>
准考证长这样（准考证号：13502260315，网上模板看到的都一样哈哈）<br>
⚠️ 有个 0371-66598120 的电话说能保过，千万别信！<br>
想一起报班的找我 wx：jinmen_kz，资料发 jinmenkz@sina.com"""),
        "#人工智能训练师 #天津考证",
        [("小麦", "求资料", "12-01")], "2026-11-30", "天津"))

add("/school/qd-haibin.html", True, None, "青岛海滨职业学校继续教育学院",
    [("phone", "+8653285903316", "0532-8590 3316"),
     ("email", "jxjy@qdhbzx.edu.cn", "jxjy@qdhbzx.edu.cn"),
     ("domain", "qdhbzx.edu.cn", "www.qdhbzx.edu.cn")],
    corp("青岛海滨职业学校继续教育学院 人工智能训练师社会培训招生", "青岛海滨职业学校 · 继续教育学院",
         "学院首页 | 社会培训 | 通知公告",
         f"""<h2>人工智能训练师（五级/四级）社会培训招生通知</h2>
<p>我院面向社会开设人工智能训练师培训，五级 ¥1200，四级 ¥1800（符合条件者可申请职业技能提升补贴）。</p>
<p>{FOOT_GOV_TIP}</p>
<p>联系电话：0532-8590 3316 &nbsp; 邮箱：jxjy@qdhbzx.edu.cn</p>""",
         """<p>青岛海滨职业学校 版权所有 &nbsp; www.qdhbzx.edu.cn &nbsp; <a href="/list/offers-2.html">返回</a></p>"""))

add("/mp/changsha-ai.html", True, None, "星城AI职训",
    [("phone", "+8618573104492", "185 7310 4492"),
     ("qq_group", "795330128", "795 330 128")],
    mp("长沙人工智能训练师考证，这篇说清楚了", "星城AI职训", "2026年11月26日 12:00", "湖南",
       """<p>长沙人工智能训练师四级 ¥1980。证书印有查询网址 jndj.osta.org.cn。</p>
<p>提醒：微信号 rsb_zhengshu 冒充“人社部证书中心”，不要上当。</p>
<p>报名电话：185 7310 4492 &nbsp; 交流QQ群：795 330 128</p>"""))

# =================================================================== non-offers
add("/school/dongfang-jishi.html", False, None, None,
    [("phone", "+8651265872210", "0512-6587 2210")],
    corp("苏州东方技师学院", "苏州东方技师学院", "学院概况 | 院系设置 | 招生就业 | 党建工作",
         """<h2>学院新闻</h2><ul><li>我院学子在全省职业技能大赛中获一等奖</li><li>2026年秋季运动会圆满落幕</li><li>校企合作签约仪式在我院举行</li></ul>
<p>招生办：0512-6587 2210</p>""",
         """<p>苏州东方技师学院 &nbsp; <a href="/list/more.html">返回</a></p>"""),
    note="学校主页，无培训报价")

add("/school/nanhu-zhongzhi.html", False, None, None,
    [("phone", "+8657382261095", "0573-8226 1095")],
    corp("嘉兴南湖中等职业学校", "嘉兴南湖中等职业学校", "首页 | 学校概况 | 专业设置 | 学生天地",
         """<h2>通知公告</h2><ul><li>关于2027年元旦放假安排的通知</li><li>我校人工智能技术应用专业实训室建成投入使用</li></ul>
<p>校办电话：0573-8226 1095</p>""",
         """<p>嘉兴南湖中等职业学校 &nbsp; <a href="/list/more.html">返回</a></p>"""),
    note="学校主页，无培训报价")

add("/news/scam-warning-2026.html", False, None, None, [],
    news("警惕！“人工智能训练师”证书骗局又出新花样", "都市晨报", "2026-11-15 08:30",
         """<p>记者近日接到多名读者反映，有人打着“人工智能训练师证书加急出证”的旗号收费。市民赵女士说，对方用手机号 171-9042-3386 联系她，称交 980 元“加急费”即可两周拿证。</p>
<p>还有人添加自称“人社部证书中心”的微信（rsb_zhengshu），对方发来的“证书查询网站”仿冒官方页面。</p>
<p>人社部门提醒：职业技能等级证书由备案的评价机构颁发，可在 zscx.osta.org.cn 查询；遇到虚假宣传可拨打 12315 投诉，政策咨询可拨打 12333。</p>"""),
    note="新闻，引用骗子电话和假冒微信")

add("/news/shanzhai-zhili.html", False, None, None, [],
    news("人社部门持续开展技术技能类“山寨证书”治理", "人民网", "2026-10-20 10:12",
         """<p>记者从人社部门获悉，技术技能类“山寨证书”专项治理持续推进。对“包过”“不培训直接发证”等行为将依法查处。</p>
<p>群众可通过技能人才评价工作网 www.osta.org.cn 了解合法评价机构名单，也可拨打 12333 咨询、12315 举报虚假广告。</p>"""))

add("/news/police-case.html", False, None, None, [],
    news("男子伪造“人工智能训练师”证书查询网站被抓", "平安郑州", "2026-09-08 16:00",
         """<p>郑州警方近日破获一起伪造证书案。犯罪嫌疑人搭建仿冒证书查询网站，以座机 0371-6659 8120 冒充“考试中心”接受咨询，累计售出假证 300 余本。</p>
<p>警方提醒：正规证书可在 zscx.osta.org.cn 查询。</p>"""),
    note="新闻，引用骗子座机")

add("/tieba/question-ai-cert.html", False, None, None, [],
    tieba("人工智能训练师证到底有没有用？求真实回答", "人工智能训练师",
          [("迷茫的小张", "Lv.1", "看到好多广告说考了能涨薪，还说人社部颁发，真的假的？", 1, "2026-11-10 23:11"),
           ("路人甲", "Lv.8", "人社部不发证，是备案评价机构发的，去 www.osta.org.cn 查机构。不懂就打12333问。", 2, "2026-11-10 23:40"),
           ("打工人", "Lv.5", "之前有个 0371-66598120 打给我说包过，直接挂了。", 3, "2026-11-11 08:15")]),
    note="论坛提问，无报价")

add("/fenlei/carbon-manager.html", False, None, None,
    [("phone", "+8613728409951", "137 2840 9951"),
     ("wechat", "tanpai_kz", "tanpai_kz")],
    fenlei("碳排放管理员证书报名 深圳 双碳热门", "深圳", "发布于 2026-11-21 &nbsp; 浏览 233",
           """<p>碳排放管理员（4-09-07-04）职业技能等级证书培训，四级 ¥2600。双碳风口，持证就业！</p>""",
           """联系人：黄老师<br>电话：137 2840 9951<br>微信：tanpai_kz"""),
    note="其他职业（碳排放管理员）的广告，非人工智能训练师")

add("/wenda/how-to-verify.html", False, None, None, [],
    wenda("怎么查职业技能等级证书是真是假？", "匿名用户", "朋友给了我一个证书编号，怎么验证？",
          [("人力资源小助手", "", "登录 zscx.osta.org.cn 输入姓名、证件号、证书编号即可查询；1+X证书另有查询平台。", "2026-11-05", 88)]),
    note="问答，讲核验方法")

add("/news/policy-2026.html", False, None, None, [],
    news("职业技能等级认定持续扩围 新职业证书需认准备案机构", "新华网", "2026-08-30 09:00",
         """<p>人工智能训练师等新职业持续受到关注。专家提醒，职业技能等级证书由备案的用人单位或社会培训评价组织颁发，不是“国家职业资格证书”，“人社部颁发”的说法不准确。</p>
<p>机构备案情况可在 www.osta.org.cn 查询。</p>"""))

# mall home (list of shops)
add("/mall/index.html", False, None, None, [],
    mall("职业技能培训频道", "技能宝", "频道首页",
         """<p>热门店铺：</p><ul>
<li><a href="/mall/shop-weilai-ai.html">未来AI学堂 · 人工智能训练师四级</a></li>
<li><a href="/mall/shop-zhijiang.html">之江AI训练营 · 三级高级工</a></li>
<li><a href="/mall/shop-tianfu.html">天府AI训练师之家 · 成都线下</a></li>
<li><a href="/mall/shop-xinghuo.html">星火AI职教 · 五级入门</a></li>
<li><a href="/mall/shop-lingxi.html">灵犀数据标注培训 · 线上</a></li></ul>""",
         "<b>频道分类</b><br>人工智能训练师<br>碳排放管理员<br>健康管理师"),
    note="商城频道页")


# ------------------------------------------------------------------ list pages & index
def listing(title, paths):
    names = {p["path"]: (p["provider"] or re.search(r"<title>(.*?)</title>", p["html"]).group(1)) for p in PAGES}
    items = "\n".join(f'<li><a href="{x}">{names[x]}</a></li>' for x in paths)
    return doc(title, f'<div class="wrap"><h1>{title}</h1><ul>\n{items}\n</ul><p><a href="/index.html">首页</a></p></div>')


offer_paths = [p["path"] for p in PAGES if p["is_offer"]]
half = len(offer_paths) // 2
news_paths = [p["path"] for p in PAGES if p["path"].startswith("/news/")]
more_paths = [p["path"] for p in PAGES if not p["is_offer"] and not p["path"].startswith("/news/")]
add("/list/offers-1.html", False, None, None, [], listing("人工智能训练师培训信息汇总（一）", offer_paths[:half]))
add("/list/offers-2.html", False, None, None, [], listing("人工智能训练师培训信息汇总（二）", offer_paths[half:]))
add("/list/news.html", False, None, None, [], listing("新闻与提醒", news_paths))
add("/list/more.html", False, None, None, [], listing("其他：学校、问答、论坛", more_paths))
add("/index.html", False, None, None, [],
    doc("职业技能信息导航", """<div class="wrap"><h1>职业技能信息导航</h1><ul>
<li><a href="/list/offers-1.html">人工智能训练师培训信息（一）</a></li>
<li><a href="/list/offers-2.html">人工智能训练师培训信息（二）</a></li>
<li><a href="/list/news.html">新闻与提醒</a></li>
<li><a href="/list/more.html">学校、问答、论坛</a></li>
<li><a href="/mall/index.html">技能宝商城</a></li></ul></div>"""))

OPERATORS = {
    "U01": {"brands": ["智训未来", "鹏城AI考证中心", "未来AI学堂", "智训小林老师"],
            "ties": ("Chain of four. /corp/zhixunwl.html and /fenlei/sz-pengcheng-ai.html share the mobile "
                     "(招生热线 '135-9021-2876' on the company site; '135 9021 2876' in the classified's contact box and "
                     "'13590212876' in its text). /fenlei/sz-pengcheng-ai.html and /mall/shop-weilai-ai.html share the WeChat id "
                     "('微信：pcai_kaozheng' vs '加V：PCAI_kaozheng', different case). /mall/shop-weilai-ai.html and "
                     "/xhs/note-xiaolin.html share the QQ ('QQ：2874410563' vs '🐧 2874-410-563'). The company site alone "
                     "carries the landline, e-mail, domain and USCC.")},
    "U02": {"brands": ["羊城数智职业培训学校", "码上学AI", "粤才技能服务", "数智考证通"],
            "ties": ("Chain of four. /school/yangcheng-shuzhi.html and /mp/mashangxue-ai.html share the 400 number "
                     "('400-168-2757' vs '4001-682-757'). /mp/mashangxue-ai.html and /tieba/yuecai-post.html share the "
                     "e-mail ('mashangxue_ai@163.com' vs 'mashangxue_ai（at）163.com（at换成@）'). /tieba/yuecai-post.html "
                     "and /wenda/q-gz-kaozheng.html share the mobile ('186 2057 7413' vs full-width digits '电话/微信同号：１８６２０５７７４１３').")},
    "U03": {"brands": ["云启教育", "之江AI训练营", "西湖数标学院"],
            "ties": ("/corp/yunqi-edu.html (footer) and /mall/shop-zhijiang.html (商家资质 table, with the company name "
                     "杭州云启智能职业技能培训有限公司) show the same 统一社会信用代码. /mall/shop-zhijiang.html and "
                     "/mp/xihu-shubiao.html share the QQ group ('备考交流群（QQ）：736 281 904' vs '加入QQ群 736281904').")},
    "U04": {"brands": ["京师智培", "中科慧训", "AI证书通"],
            "ties": ("/fenlei/bj-jingshi.html and /corp/zkhuixun.html share the mobile ('131 6190 5537' vs "
                     "'+86-131-6190-5537'). /corp/zkhuixun.html ('对公账户 户名：北京慧训时代信息咨询有限公司') and "
                     "/xhs/note-bj-zhengshutong.html ('对公转账户名：北京慧训时代信息咨询有限公司') share the payment "
                     "account holder name.")},
    "U05": {"brands": ["申城人工智能技能评价服务中心", "上海数训", "沪上AI考证"],
            "ties": ("/corp/shencheng-ai.html (footer '网址：www.shxunlian.com.cn', e-mail info@shxunlian.com.cn) and "
                     "/wenda/q-sh-ai.html (报名入口 link 'shxunlian.com.cn/baoming') share the domain. /wenda/q-sh-ai.html "
                     "and /tieba/hushang-post.html share the QQ: on the Q&A page only inside the wpa.qq.com button link "
                     "(uin=3105526748, image alt '点击这里给我发消息'), on the forum '企鹅 3105526748'.")},
    "U06": {"brands": ["蓉城智造职业培训", "天府AI训练师之家", "成都标注人"],
            "ties": ("/fenlei/cd-rongcheng.html and /mall/shop-tianfu.html share the Chengdu landline "
                     "('座机：028-8541 2269' vs '(028)<span>8541</span>2269', the digits split by a span). /mall/shop-tianfu.html and /xhs/note-cd-biaozhu.html "
                     "share the WeChat id ('班主任微信：tfai_home' vs 'V：tfai＿home（中间是下划线）' with a full-width "
                     "underscore).")},
    "U07": {"brands": ["江城人工智能学院", "武汉慧标教育", "光谷AI职训"],
            "ties": ("/corp/jiangcheng-ai.html and /mp/huibiao-edu.html share the QQ group ('学员QQ群号：618 204 357' vs "
                     "the QR-code image alt text 'QQ群二维码 群号618204357' (not in visible text)). /mp/huibiao-edu.html and /fenlei/wh-guanggu.html share the e-mail "
                     "('huibiao_edu@126.com' vs 'huibiao_edu#126.com（#改成@）'). The classified also names the "
                     "收款单位 武汉慧标教育咨询有限公司 (appears on that page only).")},
    "U08": {"brands": ["长安数智", "秦创AI培训"],
            "ties": ("/corp/changan-shuzhi.html ('官网 www.changanshuzhi.com') and /tieba/qinchuang-post.html "
                     "('报名网址：changanshuzhi点com /ai（点换成.）') share the domain.")},
    "U09": {"brands": ["中原智训", "郑州AI考证联盟"],
            "ties": ("/mp/zhongyuan-zhixun.html ('微信号：zy-zhixun88（微信名：中原小智）') and /wenda/q-zz-lianmeng.html "
                     "('咨询 vx：ZY-ZHIXUN88', upper case) share the WeChat id. The Q&A answer also quotes the scam "
                     "landline 0371-6659 8120 as 'not our number' (decoy), same area code as the real landline on the "
                     "公众号 page.")},
}



def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for p in PAGES:
        f = os.path.join(SITE, p["path"].lstrip("/"))
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(p["html"])
    with open(os.path.join(SITE, "robots.txt"), "w", encoding="utf-8") as fh:
        fh.write("User-agent: *\nAllow: /\n")
    decoys = []
    for d in DECOYS:
        paths = [p["path"] for p in PAGES if re.search(d["rx"], p["html"])]
        decoys.append({"kind": d["kind"], "value": d["value"], "paths": paths})
    truth = {
        "description": ("Sealed operators web 2026-12d: 50 pages (35 AI-trainer certificate offers, 15 non-offers) "
                        "written by an independent author; 9 operators behind 27 offers, 8 independent sellers; "
                        "decoys are public numbers, marketplace footers, quoted scam numbers and sample/ticket numbers."),
        "pages": [{"path": p["path"], "is_offer": p["is_offer"], "operator": p["operator"], "provider": p["provider"],
                   "identifiers": [{"kind": k, "value": v} for k, v, _ in p["ids"]], "note": p["note"]}
                  for p in sorted(PAGES, key=lambda x: x["path"])],
        "operators": OPERATORS,
        "decoys": decoys,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(PAGES)} pages, {sum(p['is_offer'] for p in PAGES)} offers")


if __name__ == "__main__":
    main()
