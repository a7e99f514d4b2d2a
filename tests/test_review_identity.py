"""Per-flag decisions survive re-screens: a flag keeps its identity while its code and the
place it points to stay, even when the evidence words change; a changed flag reopens with the
earlier decision beside it; review_status follows (both backends)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from certwatch.export import export
from certwatch.screen import screen_all
from certwatch.services.registry import import_registry_file
from facts.contract import Claim, Fee, IssuerMention, OfferFacts
from store.config import DATA_DIR
from store.db import session_scope
from store.models import Flag, Listing, Observation, Review
from store.review_state import refresh_review_status

ISSUER = "国家数智职业技能评价中心"  # a lookalike of a registry agency
SEEN = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def observe(session: Session, listing_id: int, offer: OfferFacts) -> None:
    session.add(Observation(listing_id=listing_id, facts_hash=str(hash(repr(offer))),
                            facts=offer.to_dict(), fee_min=offer.fee_min, fee_max=offer.fee_max))


def add_listing(engine: Engine, offer: OfferFacts) -> int:
    with session_scope(engine) as session:
        listing = Listing(listing_key="L1", canonical_url=offer.url, url=offer.url,
                          title=offer.title, provider=offer.provider, levels=offer.levels,
                          fee_min=offer.fee_min, fee_max=offer.fee_max, first_seen=SEEN,
                          last_seen=SEEN)
        session.add(listing)
        session.flush()
        observe(session, listing.id, offer)
        return listing.id


def offer(pass_sentence: str, phrase: str, fee: float = 2980) -> OfferFacts:
    sentences = ["人工智能训练师三级培训火热报名中。", f"证书由{ISSUER}颁发。", pass_sentence]
    return OfferFacts(
        url="http://ads.example/ai/7.html", title="人工智能训练师三级班", is_offer=True,
        provider="某某教育", issuers=[IssuerMention(ISSUER, f"证书由{ISSUER}颁发。")],
        levels=[3], fees=[Fee(fee, fee, "tuition", 3, f"学费{fee:.0f}元")],
        claims=[Claim(phrase, "guaranteed_pass", pass_sentence)], sentences=sentences,
    )


def decide_all(engine: Engine, listing_id: int, decision: str = "dismissed") -> None:
    with session_scope(engine) as session:
        for fingerprint in session.scalars(
            select(Flag.fingerprint).where(Flag.listing_id == listing_id, Flag.active.is_(True))
        ):
            session.add(Review(listing_id=listing_id, flag_fingerprint=fingerprint,
                               decision=decision, note="checked", reviewer="甲"))
        session.flush()
        refresh_review_status(session, [listing_id])


def reobserve(engine: Engine, listing_id: int, facts: OfferFacts) -> None:
    with session_scope(engine) as session:
        observe(session, listing_id, facts)
    screen_all(engine, progress=False)


def status(engine: Engine, listing_id: int) -> tuple[str, int]:
    with session_scope(engine) as session:
        listing = session.get(Listing, listing_id)
        assert listing is not None
        return listing.review_status, listing.open_flags


def exported_status(engine: Engine) -> str:
    out = io.StringIO()
    export(engine, out, progress=False)
    return str(json.loads(out.getvalue().splitlines()[0])["review_status"])


def test_decisions_survive_new_evidence_words_and_a_changed_flag_reopens(engine: Engine) -> None:
    import_registry_file(engine, DATA_DIR / "registry.csv")
    listing_id = add_listing(engine, offer("本班承诺包过，不过全额退费。", "包过"))
    screen_all(engine, progress=False)
    assert status(engine, listing_id)[0] == "open" and exported_status(engine) == "open"
    decide_all(engine, listing_id)
    assert status(engine, listing_id) == ("decided", 0)
    assert exported_status(engine) == "decided"

    # new extraction rules cut the sentence differently: same flags, decisions still apply
    reobserve(engine, listing_id, offer("【限时】本班承诺包过！", "包过"))
    assert status(engine, listing_id) == ("decided", 0)
    with session_scope(engine) as session:
        flag = session.scalars(select(Flag).where(
            Flag.code == "GUARANTEED_PASS", Flag.active.is_(True))).one()
        assert flag.evidence == "【限时】本班承诺包过！", "the evidence shown is the latest"
        kept = flag.fingerprint

    # the page now promises something else: that flag changed, reopens, points to the old one
    reobserve(engine, listing_id, offer("考试通过率100%，不过退费。", "不过退费"))
    assert status(engine, listing_id) == ("open", 1)
    assert exported_status(engine) == "open"
    with session_scope(engine) as session:
        reopened = session.scalars(select(Flag).where(
            Flag.code == "GUARANTEED_PASS", Flag.active.is_(True))).one()
        assert reopened.fingerprint != kept and reopened.reopened_from == kept
        others = session.scalars(select(Flag).where(
            Flag.listing_id == listing_id, Flag.active.is_(True),
            Flag.code != "GUARANTEED_PASS")).all()
        assert others and all(f.reopened_from is None for f in others)


def test_a_listing_without_flags_has_review_status_none(engine: Engine) -> None:
    import_registry_file(engine, DATA_DIR / "registry.csv")
    honest = offer("报名后参加统一考核。", "统一考核")
    honest.claims = []
    honest.issuers = [IssuerMention("杭州数智职业技能评价有限公司", "证书由杭州数智职业技能评价有限公司颁发。")]
    listing_id = add_listing(engine, honest)
    screen_all(engine, progress=False)
    assert status(engine, listing_id) == ("none", 0)
    assert exported_status(engine) == "none"
