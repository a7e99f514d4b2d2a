"""A listing's contact identifiers, as its page showed them last (``contact_identifiers``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facts.contract import ContactMention
from store.models import ContactIdentifier


def replace_identifiers(session: Session, listing_id: int, mentions: Sequence[ContactMention],
                        seen_at: datetime) -> bool:
    """Make the listing's stored identifiers those of ``mentions``; True when they changed.

    Unchanged identifiers keep their rows (and first ``seen_at``); gone ones are deleted.
    """
    wanted = {(m.kind, m.value): m for m in mentions}
    stored = {(kind, value): row_id for row_id, kind, value in session.execute(
        select(ContactIdentifier.id, ContactIdentifier.kind, ContactIdentifier.value)
        .where(ContactIdentifier.listing_id == listing_id))}
    gone = [row_id for key, row_id in stored.items() if key not in wanted]
    if gone:
        session.execute(delete(ContactIdentifier).where(ContactIdentifier.id.in_(gone)))
    new = [m for key, m in wanted.items() if key not in stored]
    session.add_all(
        ContactIdentifier(listing_id=listing_id, kind=m.kind, value=m.value,
                          evidence=m.evidence, place=m.place, seen_at=seen_at)
        for m in new
    )
    return bool(gone or new)
