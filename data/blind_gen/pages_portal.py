"""Blind web: the portal page and its hubs (non-offers)."""
from __future__ import annotations

from blind_lib import add

# ---------------------------------------------------------------- portal / hubs (non-offers)
add("/index.html", "职技圈 · 人工智能训练师考证资讯导航", """
<header><h1>职技圈</h1><p>人工智能训练师（4-04-05-05）考证资讯、招生、避雷，一站看全</p></header>
<nav>
<h2>热门视频 / 直播</h2>
<ul>
<li><a href="/douyin/v/7301928374.html">抖音｜直播间福利：AI训练师高级证书</a></li>
<li><a href="/ks/short/ai-trainer-gaoji.html?from=feed">快手｜老周聊技能：零基础拿高级技师？</a></li>
</ul>
<h2>文章</h2>
<ul>
<li><a href="/baijiahao/s/1790233481.html">百家号｜2026年人工智能训练师怎么报考</a></li>
<li><a href="/news/2026/xin-zhiye.html">新闻｜上海去年1.09万人拿到人工智能训练师证书</a></li>
<li><a href="/zhihu/jingyan-4ji.html">经验｜我考人工智能训练师四级的全过程</a></li>
<li><a href="/xhs/note/65a1f0.html">小红书｜宝子们，AI训练师五级我是这样考下来的</a></li>
<li><a href="/xhs/note/bilei-3980.html">小红书｜避雷！3980买了个查不到的证</a></li>
</ul>
<h2>商品 / 二手</h2>
<ul>
<li><a href="/pdd/goods/ai-xunlianshi-zhongji.html">拼多多｜人工智能训练师中级 拼团</a></li>
<li><a href="/xianyu/item/883712.html">闲鱼｜转 二级报名名额</a></li>
<li><a href="/shop/course-3.html">云图学院｜四级认证班</a></li>
</ul>
<h2>问答</h2>
<ul><li><a href="/zhidao/question/2047718.html">人工智能训练师高级证书在哪里考？靠谱吗？</a></li></ul>
<h2>机构招生</h2>
<ul>
<li><a href="/peixun/about.html">杭州启智职业技能培训学校</a></li>
<li><a href="/jxjy/tongzhi/2026-12-ai-trainer.html">北京京华理工大学继续教育学院 培训通知</a></li>
<li><a href="/old/pxzx/aixls.html">南京金陵职业培训中心</a></li>
<li><a href="/jigou/kecheng/jibie.html">粤智教育 技师研修班</a></li>
<li><a href="/gzpx/zhaosheng.html">穗才职校 冬季班招生</a></li>
<li><a href="/dg/renshe-gaizhang.html">东莞启航 四级证书</a></li>
<li><a href="/gzh/luxin-2026-12.html">鲁匠职校 12月批次</a></li>
<li><a href="/vip/gaojijishi-zhitongche.html">华科智培 VIP直通车</a></li>
<li><a href="/en/ai-trainer-program.html">Lingxi AI Trainer Program</a></li>
<li><a href="/peixun/aigc-yingyongyuan.html">苏研合作 生成式人工智能系统应用员</a></li>
<li><a href="/zhicheng/rgzn-gcjs.html">人工智能工程技术人员 专业技术等级培训</a></li>
<li><a href="/ke/ai-huihua-xunlianying.html">AI绘画·提示词 21天训练营</a></li>
</ul>
<h2>官方 / 提醒</h2>
<ul>
<li><a href="/gov/rsj/faq.html">临江市人社局：职业技能等级认定常见问题</a></li>
<li><a href="/police/fanzha-2026-11.html">平安临江：警惕“AI证书包过”骗局</a></li>
<li><a href="/chaxun/how-to-verify.html">如何查询职业技能等级证书真伪</a></li>
<li><a href="/jobs/shujubiaozhu-2026.html">招聘｜数据标注员 6-8K</a></li>
</ul>
</nav>
<footer>© 2026 职技圈 本站为信息聚合，不提供任何考证服务</footer>
""", note="portal listing links only")
