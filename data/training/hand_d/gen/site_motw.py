"""Macau agency (incl. an old Big5 page) and Taiwan forum / blog."""
from util import add, page, offer, iss, ga


def mo_chrome(title, body):
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-MO"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{{margin:0;font-family:"PingFang TC",sans-serif;background:#fdfaf3}}
.hd{{background:#7a1f2b;color:#fff;padding:12px 20px}}.hd a{{color:#ffe7b3;margin-right:14px}}
.bd{{max-width:960px;margin:0 auto;padding:20px;background:#fff}}.price{{color:#b00;font-size:22px}}
.ft{{text-align:center;font-size:12px;color:#666;padding:20px}}</style>
{ga("G-MO88ZHIHUI")}</head><body>
<div class="hd"><b>澳門智匯培訓中心</b> Centro de Formação Zhi Hui de Macau ·
<a href="/mo/index.html">主頁</a><a href="/mo/ai-trainer.html">人工智能訓練師</a><a href="/mo/old/rgzn.htm">舊版網站</a><a href="/index.html">AsiaSkills</a></div>
<div class="bd">{body}</div>
<div class="ft">澳門新口岸宋玉生廣場 258 號 8 樓 B · 電話 (853) 2872 1139 · 微信 zhihui_mo ·
<a href="javascript:window.scrollTo(0,0)">返回頂部</a></div>
<script>document.querySelectorAll('a[data-track]').forEach(function(a){{a.addEventListener('click',function(){{navigator.sendBeacon&&navigator.sendBeacon('/mo/t?e='+a.dataset.track)}})}});</script>
</body></html>"""


def build():
    body = """<h1>歡迎 Bem-vindo</h1>
<p>本中心為澳門居民提供內地職業技能等級證書培訓及報名服務，課程包括人工智能訓練師、健康管理師、企業人力資源管理師等。</p>
<ul><li><a href="/mo/ai-trainer.html" data-track="home_ai">人工智能訓練師（四級／三級）2026 春季班</a></li>
<li><a href="/mo/ai-trainer.html#price" data-track="home_price">查看學費</a></li>
<li><a href="/mo/old/rgzn.htm">2024 年舊版課程頁（存檔）</a></li></ul>
<p>辦公時間：星期一至六 09:30–18:30。Horário: segunda a sábado.</p>
<p>最新消息：2026年3月起，本中心所有課程可使用澳門幣或人民幣繳費，以繳費當日匯率計算。</p>
<p>本中心亦為在職人士提供普通話及電腦基礎課程，詳情請致電查詢。</p>"""
    add("/mo/index.html", mo_chrome("澳門智匯培訓中心｜內地職業技能證書", body),
        page("other", "Macau training centre home (traditional script)", ["traditional_script"]))

    body = """<h1>人工智能訓練師 中級工／高級工（四級／三級）</h1>
<p>AI 訓練師係國家新職業，而家好多大灣區企業都要。本中心與<strong>珠海橫琴職業技能鑑定評價中心</strong>合作，學員於橫琴考點參加考核，考核合格由該中心頒發職業技能等級證書。</p>
<h2 id="price">學費</h2>
<table border="1" cellpadding="8" style="border-collapse:collapse">
<tr><th>等級</th><th>人民幣</th><th>澳門幣（參考）</th></tr>
<tr><td>四級／中級工</td><td class="price">2,680</td><td>約 MOP 2,950</td></tr>
<tr><td>三級／高級工</td><td class="price">3,680</td><td>約 MOP 4,050</td></tr>
</table>
<p><b>包過！唔過全額退款。</b>考前有真題密訓，三個週末搞掂。</p>
<p>報名資料：身份證明文件、學歷證明、相片兩張。四級須相關工作滿 4 年或持五級證書；三級須持四級證書。</p>
<p>報名熱線：(853) 6621 0587（梁小姐）｜微信：zhihui_mo</p>"""
    add("/mo/ai-trainer.html", mo_chrome("人工智能訓練師 四級／三級｜澳門智匯培訓中心", body),
        offer("Cantonese/traditional Macau ad; issuer is a lookalike of the Hengqin centre (inserted 鑑定); 包過; MOP figures are conversions",
              [iss("珠海橫琴職業技能鑑定評價中心", "lookalike", None, alt=["珠海横琴职业技能鉴定评价中心"],
                   resembles="AG04", status_alt=["unrecognized"])],
              [4, 3], (2680, 3680), ["LOOKALIKE_ISSUER", "GUARANTEED_PASS"],
              optional=["UNRECOGNIZED_ISSUER"],
              phenomena=["traditional_script", "scam_offer", "level_table", "level_names"]))

    # old Big5 page
    big5 = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>人工智能訓練師 五級至三級 報名 - 澳門智匯培訓中心</title>
<style>td{font-size:13px}</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#7A1F2B" height="60"><font color="#FFFFFF" size="4"><b>&nbsp;澳門智匯培訓中心</b></font></td></tr>
<tr><td bgcolor="#EEEEEE" height="24">&nbsp;<a href="/mo/index.html">返回新版網站</a> | <a href="/mo/ai-trainer.html">最新課程</a> | 更新日期：2024-05-20</td></tr>
<tr><td>
<p><font size="4" color="#990000"><b>人工智能訓練師（五級至三級）招生簡章</b></font></p>
<p>考核評價：福建榕數職業技能評價中心（經備案之社會培訓評價組織）</p>
<p>報考等級：五級／初級工、四級／中級工、三級／高級工</p>
<table width="500" border="1" cellspacing="0" cellpadding="4">
<tr><td>五級</td><td>人民幣 1,580 元</td></tr>
<tr><td>四級</td><td>人民幣 2,080 元</td></tr>
<tr><td>三級</td><td>人民幣 2,580 元</td></tr>
</table>
<p>上課地點：澳門新口岸宋玉生廣場 258 號 8 樓 B；考核地點：福州考點。</p>
<p>證書查詢：全國職業技能等級證書查詢 www.osta.org.cn</p>
<p>聯絡：(853) 2872 1139 　 電郵：zhihui.mo@example.mo</p>
<p>備註：本簡章為 2024 年版本，部份資料或已更新。</p>
</td></tr>
<tr><td bgcolor="#EEEEEE" align="center"><font size="2">Copyright (c) 2009-2024 Zhi Hui Training Centre. All rights reserved.</font></td></tr>
</table>
<!-- counter --><img src="/mo/old/cgi-bin/count.gif" width="1" height="1" alt="">
</body>
</html>
"""
    pad = "\n".join(f"<!-- spacer row {i:02d} : legacy layout -->" for i in range(40))
    add("/mo/old/rgzn.htm", big5.replace("</body>", pad + "\n</body>"),
        offer("old Big5-encoded Macau brochure; issuer is the revoked Fujian Rongshu centre; levels 五級至三級",
              [iss("福建榕數職業技能評價中心", "recognized", "AG08", alt=["福建榕数职业技能评价中心"],
                   status_alt=["unrecognized"])],
              [5, 4, 3], (1580, 2580), ["ISSUER_LAPSED"],
              phenomena=["traditional_script", "scam_offer", "level_range", "level_table", "other"],
              encoding="big5"),
        encoding="big5")

    # ---------------------------------------------------------------- Taiwan PTT-like
    def ptt(title, body):
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} - 看板 Oversea_Job - 批踢踢實業坊</title>
<meta name="viewport" content="width=device-width">
<style>body{{background:#000;color:#ccc;font-family:monospace}}a{{color:#ccc}}.push{{margin:2px 0}}
.hl{{color:#ff6}}.f2{{color:#0ff}}.article-meta{{color:#99f}}#topbar{{background:#222;padding:4px}}</style>
</head><body>
<div id="topbar"><a href="/tw/ptt/index.html">批踢踢實業坊</a> › <a href="/tw/ptt/index.html">看板 Oversea_Job</a> · <a href="/index.html">AsiaSkills</a></div>
<div id="main-content">{body}</div>
<script>/* ptt pushes */var pushes=document.querySelectorAll('.push');</script>
</body></html>"""

    lst = """<h2>看板 Oversea_Job（海外工作）</h2>
<div class="r-list-container">
<div class="r-ent"><span class="nrec">12</span> <a href="/tw/ptt/M.1735.html">[問題] 大陸人工智能訓練師證書 真的可以免試包過？</a> <span class="date">2/14</span> <span>kuoyuhsiang</span></div>
<div class="r-ent"><span class="nrec">3</span> [心得] 深圳數據標註外包一年心得 (本文已被刪除) <span class="date">2/11</span></div>
<div class="r-ent"><span class="nrec">爆</span> [討論] 去大陸做 AI 標註 月薪一萬五人民幣值得嗎 <span class="date">2/09</span></div>
<div class="r-ent"><span class="nrec">5</span> [情報] 上海 AI 訓練師職缺 月薪 RMB 12k–18k <span class="date">2/03</span></div>
<div class="r-ent"><span class="nrec">9</span> [討論] 新加坡 vs 香港 做資料科學 <span class="date">1/30</span></div>
<div class="r-ent"><span class="nrec">2</span> [問題] 大陸工作簽證要準備什麼文件 <span class="date">1/28</span></div>
<div class="r-ent"><span class="nrec">14</span> [心得] 在深圳當 PM 三年的觀察 <span class="date">1/25</span></div>
<div class="r-ent"><span class="nrec">1</span> [問題] 台胞證辦理時間 <span class="date">1/22</span></div>
<div class="r-ent"><span class="nrec">6</span> [討論] 海外工作的勞健保怎麼處理 <span class="date">1/20</span></div>
</div>
<p>版規：禁止張貼補習班、代辦證照廣告，違者水桶。</p>
<div class="btn-group"><a href="/tw/ptt/index.html">最舊</a> | <a href="/tw/ptt/index.html?page=prev">‹ 上頁</a> | <a href="/tw/ptt/index.html">最新</a></div>"""
    add("/tw/ptt/index.html", ptt("看板 Oversea_Job", lst),
        page("other", "PTT-style board index listing threads (salary titles in snippets)",
             ["traditional_script", "salary"]))

    thread = """<div class="article-meta">作者 kuoyuhsiang (阿祥) 看板 Oversea_Job<br>標題 [問題] 大陸人工智能訓練師證書 真的可以免試包過？<br>時間 Fri Feb 14 21:07:33 2026</div>
<pre>
最近在臉書一直看到廣告，內容大概是：

  「人工智能訓練師 技師／高級技師 免試直接拿證 包過 人社部頒發 人民幣9,800」
  「證書全國聯網可查，可用於深圳積分入戶」

我在台灣做資料標註兩年，想說之後去大陸找工作會不會加分。
想問：
1. 這種免試的證書是真的嗎？能包過嗎？
2. 正規的考試大概要多少錢？
3. 查詢網站 www.osta-zscx.com 看起來很像官方，可以信嗎？

--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.36.xx.xx (臺灣)
</pre>
<div class="push"><span class="hl">推</span> <span class="f2">ntu_annotator</span>: 免試就是假的，正規要考理論跟實操 02/14 21:15</div>
<div class="push"><span class="hl">推</span> <span class="f2">szworker</span>: 人社部不會直接發這種證，是備案的評價機構發 02/14 21:20</div>
<div class="push"><span class="hl">→</span> <span class="f2">szworker</span>: 查詢只能用 osta.org.cn 或各省 gov.cn，那個 zscx 是山寨 02/14 21:21</div>
<div class="push"><span class="hl">推</span> <span class="f2">mimi0927</span>: 我朋友在上海考四級，培訓加考試大概兩千多人民幣 02/14 21:40</div>
<div class="push"><span class="hl">噓</span> <span class="f2">anon5566</span>: 包過＝包騙 02/14 22:02</div>
<div class="push"><span class="hl">→</span> <span class="f2">kuoyuhsiang</span>: 感謝各位，那我不買了 02/14 22:10</div>
<div class="push"><span class="hl">推</span> <span class="f2">gbaworker</span>: 技師要三級證書再做四年，零基礎直接考技師不可能 02/14 23:05</div>
<div class="push"><span class="hl">→</span> <span class="f2">gbaworker</span>: 而且台灣人去大陸積分入戶本來就不太適用 02/14 23:06</div>
<div class="push"><span class="hl">推</span> <span class="f2">twdataguy</span>: 月薪那種都是給有經驗的，證書只是加分 02/15 09:12</div>"""
    add("/tw/ptt/M.1735.html", ptt("[問題] 大陸人工智能訓練師證書 真的可以免試包過？", thread),
        page("qa_forum", "Taiwan forum question quoting an ad (免試/包過/人社部頒發/9,800/fake query domain); replies warn; nobody sells",
             ["traditional_script", "question_claim", "reported_claim", "warning", "negated_claim"]))

    # ---------------------------------------------------------------- Taiwan blog soft ad
    blog = """<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>我在台灣考到大陸「人工智能訓練師」證書的經驗分享＋報名管道 | 小安的斜槓筆記</title>
<meta property="og:title" content="我在台灣考到大陸「人工智能訓練師」證書的經驗分享">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-22T20:30:00+08:00">
<link rel="canonical" href="/tw/blog/ai-trainer-cert.html">
<style>body{font-family:"Noto Sans TC",sans-serif;max-width:760px;margin:auto;line-height:1.9;color:#333}
.cta{background:#e8f5e9;border:2px dashed #43a047;padding:14px;margin:20px 0}.meta{color:#999;font-size:13px}
.sidebar{border-top:1px solid #ddd;margin-top:30px;padding-top:10px;font-size:14px}</style>
</head><body>
<header><a href="/tw/blog/ai-trainer-cert.html">小安的斜槓筆記</a> · <a href="/index.html">首頁</a> · <a href="/tw/ptt/index.html">論壇</a></header>
<article>
<h1>我在台灣考到大陸「人工智能訓練師」證書的經驗分享＋報名管道</h1>
<p class="meta">2026-01-22 · 分類：斜槓收入、證照 · 留言 37</p>
<p>哈囉大家好～我是小安。去年開始接大陸的資料標註案子，客戶一直問我有沒有「人工智能訓練師」證書，所以我就研究了一下怎麼在台灣報名。</p>
<p>先說結論：整個過程比我想像簡單很多！我是透過「華睿教育」的老師協助報名，全程線上上課，最後只要飛一趟深圳就好。</p>
<h2>證書是誰發的？</h2>
<p>老師說證書由<strong>人社部職業技能鑑定中心頒發</strong>，全國通用，在大陸找工作很吃香。我自己報的是三級（高級工）。</p>
<h2>費用多少？</h2>
<p>我報名的時候原價 5,980 人民幣，剛好遇到優惠。老師說這個月還有名額，現在報名只要3980，可以分兩期付。</p>
<p>（換算新台幣大約 17,500 左右，以當天匯率為準）</p>
<h2>考試難嗎？</h2>
<p>老師有給題庫，我覺得認真刷題都會過，考前一週每天念兩小時就夠了。</p>
<div class="cta"><b>想報名的朋友</b>：加華睿教育陳老師 LINE：<b>@huarui-edu</b>，報「小安」有送題庫電子檔！<br>
或填表：<a href="https://forms.gle/xxHuaRuiSignUp" rel="nofollow">線上報名表單</a></div>
<p>有問題歡迎留言，我看到都會回～</p>
</article>
<section class="sidebar"><h4>你可能也喜歡</h4><ul>
<li><a href="/tw/ptt/M.1735.html">PTT：大陸人工智能訓練師證書真的可以免試包過？</a></li>
<li>去大陸接案要注意的稅務問題（Python 接案月入 6 萬台幣經驗）</li></ul></section>
<footer style="font-size:12px;color:#999">© 2026 小安的斜槓筆記 · 本文含推薦連結</footer>
</body></html>"""
    add("/tw/blog/ai-trainer-cert.html", blog,
        offer("Taiwanese blogger soft ad with LINE signup; names the OSTA centre (traditional) as issuer; bare price 3980 after struck 原價 5,980; NTD figure is a conversion",
              [iss("人社部職業技能鑑定中心", "government", "AG23",
                   alt=["人社部职业技能鉴定中心", "人力资源和社会保障部职业技能鉴定中心"])],
              [3], (3980, 3980), ["GOVERNMENT_ISSUER_CLAIM"], optional=["GUARANTEED_PASS"],
              phenomena=["traditional_script", "soft_ad", "bare_price", "struck_price", "scam_offer",
                         "open_graph", "canonical_ok"]))
