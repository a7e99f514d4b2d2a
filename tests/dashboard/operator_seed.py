"""Operators on top of a seeded dashboard database (tests/dashboard/seed.py), the way the
linker of issue #16 leaves them: contact identifiers, operators, their events and
``listings.operator_id``.

- operator 1 (big): listings 100..249, one phone all share, a WeChat id per 10 listings, a
  domain per 30, a QQ per 2 (246 network nodes: more than the graph's 200) and an e-mail of
  its own on each page (not a tie);
- operator 2: listings 250..254, an e-mail and a QQ group;
- operator 3: listings 255..257, a USCC; operator 4 was merged into it;
- decoys: a public hotline and a marketplace's footer number on one listing of each
  operator and on unlinked listings (shared across operators: never a tie).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, update

from store.db import make_engine
from store.models import ContactIdentifier, Listing, Operator, OperatorEvent

AT = datetime(2026, 10, 1, 3, 0, tzinfo=UTC)
BIG = range(100, 250)
SMALL = range(250, 255)
THIRD = range(255, 258)
HOTLINE = "+8612333"
FOOTER = "+864008001234"


@dataclass
class OperatorSeed:
    big: int = 1
    small: int = 2
    third: int = 3
    merged: int = 4  # merged into ``third``
    members: dict[int, list[int]] = field(default_factory=dict)
    ties: dict[int, int] = field(default_factory=dict)  # operator -> distinct tie identifiers
    unlinked_listing: int = 20  # shows the decoys, belongs to no operator


def _identifier(listing_id: int, kind: str, value: str, evidence: str) -> dict[str, object]:
    return {"listing_id": listing_id, "kind": kind, "value": value, "evidence": evidence,
            "seen_at": AT}


def seed_operators(db_url: str) -> OperatorSeed:
    out = OperatorSeed()
    out.members = {1: list(BIG), 2: list(SMALL), 3: list(THIRD)}
    identifiers: list[dict[str, object]] = []
    for n, lid in enumerate(BIG):
        identifiers += [
            _identifier(lid, "phone", "+8613820138560", "咨询热线：138-2013-8560（同微信）"),
            _identifier(lid, "wechat", f"zhixun_{n // 10:02d}", f"加微信 zhixun_{n // 10:02d} 领资料"),
            _identifier(lid, "domain", f"ai-cert{n // 30}.example.cn",
                        f"官网 ai-cert{n // 30}.example.cn"),
            _identifier(lid, "qq", f"{800000 + n // 2}", f"客服QQ：{800000 + n // 2}"),
            _identifier(lid, "email", f"a{lid}@example.cn", f"投稿 a{lid}@example.cn"),
        ]
    out.ties[1] = 1 + 15 + 5 + 75
    for lid in SMALL:
        identifiers += [
            _identifier(lid, "email", "=HYPERLINK(\"x\")@evil.example", "邮箱 <b>报名</b>"),
            _identifier(lid, "qq_group", "123456789", "QQ群 123456789"),
        ]
    out.ties[2] = 2
    for lid in THIRD:
        identifiers.append(_identifier(lid, "uscc", "91110108MA01ABCD2X", "统一社会信用代码"))
    out.ties[3] = 1
    for lid in (100, 250, 255, 20, 30, 40):  # shared infrastructure: never a tie
        identifiers += [
            _identifier(lid, "phone", HOTLINE, "人社部热线 12333"),
            _identifier(lid, "phone", FOOTER, "平台客服 400-800-1234"),
        ]

    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(insert(Operator), [
            {"id": 1, "created_at": AT, "updated_at": AT + timedelta(days=7),
             "listing_count": len(BIG), "risk_score": 0},
            {"id": 2, "created_at": AT, "updated_at": AT, "listing_count": len(SMALL),
             "risk_score": 0},
            {"id": 3, "created_at": AT - timedelta(days=3), "updated_at": AT,
             "listing_count": len(THIRD), "risk_score": 0},
        ])
        conn.execute(insert(Operator), [
            {"id": 4, "created_at": AT, "updated_at": AT, "merged_into": 3, "listing_count": 0,
             "risk_score": 0},
        ])
        for operator_id, members in out.members.items():
            conn.execute(update(Listing).where(Listing.id.in_(members))
                         .values(operator_id=operator_id))
        for lid in BIG:
            conn.execute(update(Listing).where(Listing.id == lid)
                         .values(site=f"ai-cert{(lid - 100) // 30}.example.cn"))
        conn.execute(insert(ContactIdentifier), identifiers)
        conn.execute(insert(OperatorEvent), [{"other_operator_id": None, **event} for event in [
            {"operator_id": 1, "kind": "created", "at": AT, "detail": {}},
            {"operator_id": 1, "kind": "grew", "at": AT + timedelta(days=7),
             "detail": {"listings": 150}},
            {"operator_id": 2, "kind": "created", "at": AT, "detail": {}},
            {"operator_id": 3, "kind": "created", "at": AT - timedelta(days=3), "detail": {}},
            {"operator_id": 4, "kind": "created", "at": AT - timedelta(days=2), "detail": {}},
            {"operator_id": 4, "kind": "merged", "other_operator_id": 3, "at": AT,
             "detail": {}},
        ]])
    engine.dispose()
    return out
