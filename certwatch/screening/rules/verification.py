"""UNOFFICIAL_VERIFICATION_SITE: a certificate "查询/验证" site that is not an official one."""

from __future__ import annotations

from certwatch.screening.context import ScreeningContext
from certwatch.screening.domains import host_of, is_official
from certwatch.screening.evidence import trim_evidence
from certwatch.screening.flags import FlagResult
from facts.urls import same_site


def unofficial_verification_site(ctx: ScreeningContext) -> list[FlagResult]:
    """A verification URL whose host is not on data/official_domains.csv, matched on the
    domain suffix label by label (docs/domain.md §3.5 whitelist; §3.1 14 fake query sites closed in
    2022-10; §2.2 certificates carry jndj.osta.org.cn). One flag per host.

    A query page on the ad's own site (an agency's 证书查询 page) is not a query *site* the
    buyer is sent to: the fake query sites of §3.5 are domains of their own. The agency
    behind such a page is judged by the issuer rules.
    """
    flags: list[FlagResult] = []
    seen: set[str] = set()
    for url in ctx.facts.verification_urls:
        host = host_of(url) or url
        if host in seen or is_official(url, ctx.settings.official_domains) or (
            ctx.facts.url and same_site(url, ctx.facts.url)
        ):
            continue
        seen.add(host)
        sentence = ctx.sentence_with(url, host)
        evidence = trim_evidence(sentence, host) if sentence else trim_evidence(url)
        flags.append(
            FlagResult.of(
                "UNOFFICIAL_VERIFICATION_SITE", evidence, f"{host} is not an official query domain",
                anchor=host,
            )
        )
    return flags
