"""The operators pages' words (issue #16), Chinese first and English: labels by key
(merged into ``dashboard.i18n_text.TEXT``) and the identifier kinds and operator events.

Data only; ``dashboard/i18n.py`` looks them up. Every entry is a (zh, en) pair.
"""

from __future__ import annotations

OPERATOR_TEXT: dict[str, tuple[str, str]] = {
    "page_operators": ("运营主体", "Operators"),
    "page_operator": ("运营主体详情", "Operator"),
    "operators_intro": (
        "运营主体：共用电话、微信、QQ、邮箱、统一社会信用代码或域名等联系标识的一组广告，"
        "可能出自同一家经营者，不论页面上写的是哪个品牌。",
        "An operator is a group of listings that share contact identifiers (phone, WeChat, "
        "QQ, e-mail, USCC, domain): likely one business, whatever brand each page shows.",
    ),
    "op_sort": ("排序", "Sort by"),
    "op_sort_risk": ("按风险（最高风险广告）", "By risk (riskiest listing)"),
    "op_sort_listings": ("按广告数", "By number of listings"),
    "op_download_all": (
        "下载全部运营主体 CSV（最多 {n} 行）", "Download all operators as CSV (up to {n})"
    ),
    "op_count": ("共 {n} 个运营主体", "{n} operators"),
    "no_operators": (
        "还没有运营主体：尚未关联广告，或没有广告共用联系标识。",
        "No operators yet: listings have not been linked, or none share a contact identifier.",
    ),
    "col_operator": ("运营主体", "Operator"),
    "col_brands": ("品牌", "Brands"),
    "col_domains": ("网站域名", "Domains"),
    "col_regions": ("地区", "Regions"),
    "col_fee_range": ("收费范围", "Fee range"),
    "col_identifier": ("联系标识", "Identifier"),
    "col_tie_listings": ("共用的广告数", "Listings sharing it"),
    "col_event": ("事件", "Event"),
    "col_other_operator": ("相关运营主体", "Other operator"),
    "col_created": ("建立时间", "Created"),
    "col_updated": ("更新时间", "Updated"),
    "operator_id": ("运营主体编号", "Operator ID"),
    "operator_heading": ("运营主体 {id}", "Operator {id}"),
    "pick_operator": ("请输入运营主体编号。", "Enter an operator ID."),
    "no_operator": ("没有编号为 {id} 的运营主体。", "There is no operator {id}."),
    "operator_merged": (
        "运营主体 {old} 已并入运营主体 {new}，下面显示 {new}。",
        "Operator {old} was merged into operator {new}; showing {new}.",
    ),
    "operator_gone": (
        "运营主体 {id} 已不再关联任何广告（已解散或拆分）。",
        "Operator {id} no longer links any listings (dissolved or split).",
    ),
    "back_to_operators": ("返回运营主体列表", "Back to operators"),
    "op_listings_title": ("旗下广告", "Its listings"),
    "op_ties_title": ("关联标识", "Identifiers that tie its listings"),
    "op_ties_help": (
        "只列出本运营主体至少两条广告共用的标识；公共热线、平台页脚号码等跨主体共用的号码不算关联。"
        "证据是各页面上该标识周围的原文。",
        "Only identifiers at least two of its listings share; numbers shared across operators "
        "(public hotlines, a marketplace's footer) are not ties. The evidence is the words "
        "around the identifier on each page.",
    ),
    "op_no_ties": ("没有共用的联系标识。", "No shared identifiers."),
    "op_events_title": ("变更记录", "Events"),
    "op_no_events": ("没有变更记录。", "No events."),
    "op_network_title": ("关系图", "Network"),
    "op_network_help": (
        "圆点是广告（标注编号）和联系标识，按类型着色；连线表示该广告页面上有这个标识。"
        "鼠标悬停可看培训商、标题或标识。",
        "Dots are listings (labelled by ID) and identifiers, coloured by kind; a line means "
        "the listing's page shows that identifier. Hover for provider, title or identifier.",
    ),
    "op_network_capped": (
        "关系图共有 {total} 个节点，只画出其中 {shown} 个（上限 {cap}），优先画出共用最多的标识；"
        "完整的列表见下面的表格。",
        "The network has {total} nodes; only {shown} are drawn (at most {cap}), the most "
        "shared identifiers first; the tables below list them all.",
    ),
    "op_node_kind": ("类型", "Kind"),
    "listing_operator": ("运营主体 {id}（{n} 条广告）", "Operator {id} ({n} listings)"),
    "listing_operator_label": ("运营主体", "Operator"),
}
IDENTIFIER_KIND_LABELS = {
    "listing": ("广告", "listing"),
    "phone": ("电话", "phone"),
    "wechat": ("微信", "WeChat"),
    "qq": ("QQ号", "QQ"),
    "qq_group": ("QQ群", "QQ group"),
    "email": ("电子邮箱", "e-mail"),
    "uscc": ("统一社会信用代码", "USCC"),
    "domain": ("域名", "domain"),
    "other": ("其他", "other"),
}
OPERATOR_EVENT_LABELS = {
    "created": ("建立", "created"),
    "grew": ("扩大", "grew"),
    "merged": ("合并", "merged"),
    "split": ("拆分", "split"),
    "dissolved": ("解散", "dissolved"),
}
