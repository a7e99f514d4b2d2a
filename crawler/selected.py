"""A configured source's selectors: the texts they pick on a page, and how those win over
what general extraction found (title, fee, issuer).

Shared by the ``configured`` spider (which selects the texts while it has the response) and
the extraction pipeline (which applies them to the facts): neither imports the other.
"""

from __future__ import annotations

from dataclasses import replace

from parsel import Selector

from facts.contract import Fee, IssuerMention, OfferFacts
from facts.money import amounts_in

SELECTED_FIELDS = ("title", "fee", "issuer")


def select_texts(selector: Selector, query: str) -> list[str]:
    """Trimmed texts of the nodes a CSS or XPath query matches."""
    nodes = selector.xpath(query) if query.startswith(("/", "(")) else selector.css(query)
    texts = [" ".join(t.split()) for t in (" ".join(n.xpath(".//text()").getall()) for n in nodes)]
    return [t for t in texts if t]


def select_fields(selector: Selector, selectors: dict[str, str]) -> dict[str, list[str]]:
    """The texts each of a source's field selectors (title, fee, issuer) picks on a page."""
    return {
        name: select_texts(selector, query)
        for name, query in selectors.items()
        if name in SELECTED_FIELDS and query
    }


def fee_from_text(text: str) -> Fee | None:
    """A fee from a selected price cell: every amount in it (¥1,980 / 3980元 / 1980-3980元)."""
    amounts = amounts_in(text)
    if not amounts:
        return None
    return Fee(min(amounts), max(amounts), kind="total", evidence=text[:300])


def apply_selected(facts: OfferFacts, selected: dict[str, list[str]]) -> OfferFacts:
    """The facts with title / fee / issuer taken from the texts the selectors matched."""
    if titles := selected.get("title"):
        facts = replace(facts, title=titles[0])
    if fees := [f for f in map(fee_from_text, selected.get("fee", [])) if f]:
        facts = replace(facts, fees=fees)
    if names := selected.get("issuer"):
        known = {i.name for i in facts.issuers}
        extra = [IssuerMention(name=n, evidence=n, source="selector") for n in names if n not in known]
        facts = replace(facts, issuers=[*facts.issuers, *extra])
    return facts
