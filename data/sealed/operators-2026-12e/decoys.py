"""Decoys (identifiers that must not link sellers), operator descriptions."""
from pages_a import USCC_U01, USCC_U02, USCC_U03, USCC_U06, USCC_U07, HOLDER_U06

DESCRIPTION = ("Sealed labeled web operators-2026-12e: 53 Chinese pages about 人工智能训练师 certificate "
               "courses on a marketplace, a classifieds site, Q&A/forum/tieba, note apps, WeChat articles, "
               "school/company sites, an agency directory and a news portal. 37 offers; 9 operators behind "
               "29 of them (2-4 brands each, tied by shared contact identifiers, some in chains); 8 "
               "independent offers. Decoys: public numbers/sites, platform footers, warning quotes, order/"
               "certificate/plan/bank-account numbers. Written independently of the project code.")

# kind = truth decoy kind; nkind = normalisation used for value (raw = value written as is, spaces removed)
DECOYS = [
    {"kind": "public_number", "nkind": "phone", "value": "+8612333", "written": ["12333"]},
    {"kind": "public_number", "nkind": "phone", "value": "+8657185102356", "written": ["0571-85102356"]},
    {"kind": "public_number", "nkind": "domain", "value": "osta.org.cn", "written": ["www.osta.org.cn"]},
    {"kind": "public_number", "nkind": "domain", "value": "zscx.osta.org.cn", "written": ["zscx.osta.org.cn"]},
    {"kind": "public_number", "nkind": "raw", "value": "浙江省技能人才评价管理服务中心",
     "written": ["户名：浙江省技能人才评价管理服务中心"]},
    {"kind": "marketplace_footer", "nkind": "phone", "value": "+864008063355", "written": ["400-806-3355"]},
    {"kind": "marketplace_footer", "nkind": "email", "value": "service@xuetumall.com", "written": ["service@xuetumall.com"]},
    {"kind": "marketplace_footer", "nkind": "domain", "value": "xuetumall.com", "written": ["www.xuetumall.com"]},
    {"kind": "marketplace_footer", "nkind": "phone", "value": "+864008761158", "written": ["400-876-1158"]},
    {"kind": "marketplace_footer", "nkind": "email", "value": "jubao@bcfenlei.com", "written": ["jubao@bcfenlei.com"]},
    {"kind": "marketplace_footer", "nkind": "domain", "value": "bcfenlei.com", "written": ["www.bcfenlei.com"]},
    {"kind": "marketplace_footer", "nkind": "email", "value": "feedback@wendatang.com", "written": ["feedback@wendatang.com"]},
    {"kind": "marketplace_footer", "nkind": "domain", "value": "wendatang.com", "written": ["www.wendatang.com"]},
    {"kind": "marketplace_footer", "nkind": "domain", "value": "zhiliao.com", "written": ["zhiliao.com"]},
    {"kind": "marketplace_footer", "nkind": "phone", "value": "+864007003069", "written": ["400-700-3069"]},
    {"kind": "marketplace_footer", "nkind": "phone", "value": "+862066881000", "written": ["020-6688 1000"]},
    {"kind": "warning_quote", "nkind": "phone", "value": "+8637165982210", "written": ["0371-65982210"]},
    {"kind": "warning_quote", "nkind": "phone", "value": "+8615093327781",
     "written": ["150-9332-7781", "15093327781", "150 9332 7781"]},
    {"kind": "warning_quote", "nkind": "wechat", "value": "rsj_zhengshu01", "written": ["rsj_zhengshu01"]},
    {"kind": "warning_quote", "nkind": "qq", "value": "3328561190", "written": ["3328561190"]},
    {"kind": "order_number", "nkind": "raw", "value": "S000033010001253000518", "written": ["S000033010001253000518"]},
    {"kind": "order_number", "nkind": "raw", "value": "RD2026121533010047", "written": ["RD2026121533010047"]},
    {"kind": "order_number", "nkind": "raw", "value": "1202021709200088126", "written": ["1202 0217 0920 0088 126"]},
    {"kind": "order_number", "nkind": "raw", "value": "51050146270800003317", "written": ["5105 0146 2708 0000 3317"]},
    {"kind": "order_number", "nkind": "raw", "value": "2026112815337702", "written": ["2026112815337702"]},
    {"kind": "order_number", "nkind": "raw", "value": "41012612030027", "written": ["4101 2612 0300 27"]},
]
for _n in ["100068432217", "100071384265", "100082906613", "100090215538", "100077120394", "100064490871",
           "46021733958", "46033120587", "46035518821", "46029904712", "46040217735", "46038817260"]:
    DECOYS.append({"kind": "order_number", "nkind": "raw", "value": _n, "written": [_n]})

OPERATORS = {
    "U01": {"brands": ["智途AI职培旗舰店", "智途教育", "杭州启明职培"],
            "ties": ("/mall/shop-zhitu.html (shop info table '139-5718-2046') = /sites/zhitu/index.html (top bar "
                     "'139 5718 2046'): mobile +8613957182046. /mall/shop-zhitu.html (image alt '扫码加客服微信 "
                     "zt_ai2046') = /fenlei/hz-qiming.html (table '微信 ZT_AI2046'): WeChat zt_ai2046. Chain: site - "
                     "shop - classified. Site footer also has USCC " + USCC_U01 + ", domain zhitu-ai.cn, "
                     "admin@zhitu-ai.cn (only there).")},
    "U02": {"brands": ["数标学院", "京数智培训"],
            "ties": ("/sites/shubiao/index.html (top bar 'zhaosheng@shubiao-edu.com', mailto) = "
                     "/qa/zhiliao-shubiao.html ('zhaosheng#shubiao-edu.com（#换成@）'): e-mail. "
                     "/qa/zhiliao-shubiao.html ('Q群：728 114 503') = /qa/tieba-jingshuzhi.html (floor 3 reply "
                     "'进群 728114503'): QQ group 728114503. Chain site - answer - tieba. Site also has 400 "
                     "'4000-865-217' and USCC " + USCC_U02 + " (only there).")},
    "U03": {"brands": ["深圳鹏城职业技能培训中心", "深圳市鹏智人才服务有限公司", "鹏智AI考证", "鹏智人才"],
            "ties": ("/fenlei/sz-pengcheng.html ('0755-26613478') = /dir/pengzhi.html ('(0755)26613478') = "
                     "/mp/pengzhi-butie.html ('0755 2661 3478'): landline +8675526613478. /fenlei/sz-pengcheng.html "
                     "('186 2033 5219') = /notes/hongshu-pengzhi.html (author's comment reply, full-width digits "
                     "'１８６２０３３５２１９'): mobile. /dir/pengzhi.html (table) = /mp/pengzhi-butie.html (运营主体 "
                     "block): USCC " + USCC_U03 + ".")},
    "U04": {"brands": ["学霸考证小铺", "卓越职培", "卓越人才测评网"],
            "ties": ("/mall/shop-xueba.html (sidebar '客服QQ：2853177640', tencent:// link) = /qa/wenda-zhuoyue.html "
                     "('企鹅 2853 177 640'): QQ 2853177640. /qa/wenda-zhuoyue.html ('2853177640@qq.com') = "
                     "/sites/zhuoyue/index.html ('发送至邮箱 2853177640@qq.com'): e-mail. Chain shop - answer - site.")},
    "U05": {"brands": ["华智云课堂", "华智职业技能评价", "南京华创培训"],
            "ties": ("/sites/huazhi/index.html (footer '© 2026 hzyunketang.com', e-mail domain) = "
                     "/mp/huazhi-pingjia.html ('报名入口：https://www.hzyunketang.com/ai-trainer/baoming'): domain "
                     "hzyunketang.com. /sites/huazhi/index.html (top bar '800-830-2716') = /fenlei/nj-huachuang.html "
                     "('免费电话 8008302716'): 800 number +868008302716. Chain article - site - classified.")},
    "U06": {"brands": ["AI训练师考证服务店", "启航职教", "蓉城AI技能认证"],
            "ties": ("/mall/shop-aikaozheng.html (企业团报付款说明 table '户名 " + HOLDER_U06 + "') = "
                     "/sites/qihang/index.html (收款信息 '户名：" + HOLDER_U06 + "'): payment account holder. "
                     "/sites/qihang/index.html (sidebar '+86 177-8203-6641', '微信：qihang6641') = "
                     "/notes/douyin-rongcheng.html (author's comment replies '177 8203 6641' and 'qihang6641'): "
                     "mobile +8617782036641 and WeChat qihang6641. Chain shop - site - note. Site footer also USCC "
                     + USCC_U06 + ".")},
    "U07": {"brands": ["湖北楚才职业技能评价有限公司", "楚才AI学院", "武汉AI训练师报名点", "楚才职业技能评价"],
            "ties": ("/dir/chucai.html (table) = /sites/chucai/index.html (footer '统一社会信用代码：...'): USCC "
                     + USCC_U07 + " (the company name also matches). /sites/chucai/index.html ('微信咨询：chucai_ai') "
                     "= /qa/zhiliao-wuhan.html ('vx：chucai_ai（备注知了）'): WeChat chucai_ai. Chain directory - site - answer. /dir/chucai.html ('027-87625530') = /news/chucai-ruanwen.html (advertorial, '027－8762 5530' with a full-width dash): landline +862787625530.")},
    "U08": {"brands": ["阿杰考证", "郑州中原职培", "中原技能认证服务中心"],
            "ties": ("/qa/tieba-ajie.html ('一三八零二七六五五九一', Chinese numerals) = /fenlei/zz-zhongyuan.html "
                     "('138 0276 5591'): mobile +8613802765591. /fenlei/zz-zhongyuan.html (table 'QQ群 634592817') = "
                     "/mp/zhongyuan-renzheng.html ('QQ交流群：634 592 817'): QQ group. Chain tieba - classified - article.")},
    "U09": {"brands": ["小鹿老师AI考证", "鹿鸣教育旗舰店", "鹿鸣职业教育"],
            "ties": ("/notes/hongshu-xiaolu.html ('+薇：lu_teacher88') = /mall/shop-luming.html (image alt '客服微信 "
                     "lu_teacher88 扫码添加'): WeChat lu_teacher88. /mall/shop-luming.html (shop header '店铺热线 "
                     "400-915-0688') = /sites/luming/index.html (tel: link '400 915 0688'): 400 number "
                     "+864009150688. Chain note - shop - site.")},
}
