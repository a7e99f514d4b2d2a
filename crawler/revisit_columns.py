"""The Page columns every capture carries for revisits (``crawler.revisit``)."""

from __future__ import annotations

from typing import Any

from crawler.items import PageItem


def revisit_columns(page: PageItem) -> dict[str, Any]:
    """The Page columns every capture carries: validators, extraction key, revisit pointers."""
    revisit = page.revisit
    record = revisit.record if revisit is not None else None
    return {
        "etag": page.etag, "last_modified": (page.last_modified or "")[:64] or None,
        "extract_key": page.extract_key,
        "revisit_of": revisit.known.page_id if revisit is not None else None,
        "revisit_warc_file": record[0] if record else None,
        "revisit_warc_offset": record[1] if record else None,
        "outlinks_id": page.outlinks_id,  # set by crawler.outlinks_store.record_outlinks
    }
