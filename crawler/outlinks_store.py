"""Recorded outlinks into the store, in the transaction that stores their pages."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from crawler.items import PageItem
from crawler.outlinks import pack
from store.models import PageOutlinks


def record_outlinks(session: Session, items: Sequence[PageItem]) -> None:
    """Set each item's ``outlinks_id``: the stored row of its replayed outlinks, or a new row
    (one multi-row INSERT) for outlinks read tonight. Called again after a rollback, it
    inserts again."""
    new = [item for item in items if item.outlinks is not None and item.outlinks.id is None]
    for item in items:
        if item.outlinks is not None and item.outlinks.id is not None:
            item.outlinks_id = item.outlinks.id
    if not new:
        return
    rows = [{"link_key": o.key, "relevance": o.relevance, "links": pack(o)}
            for o in (item.outlinks for item in new) if o is not None]
    ids = session.scalars(
        insert(PageOutlinks).returning(PageOutlinks.id, sort_by_parameter_order=True), rows)
    for item, row_id in zip(new, ids, strict=True):
        item.outlinks_id = row_id
