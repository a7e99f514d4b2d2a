"""Pieces the page scripts share: the database handle, tables, CSV downloads, links."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy.orm import Session

from dashboard import db as database
from dashboard.fmt import escape_markdown, levels_text, local_time, shorten, yuan, yuan_range
from dashboard.i18n import (
    EMPTY,
    LANG_PARAM,
    cell,
    current_lang,
    decision_label,
    flag_label,
    issuer_status_label,
    severity_label,
    t,
)
from dashboard.warc import ArchivedPage, read_record
from facts.spreadsheet import csv_text
from facts.urls import is_http_url
from store.sample import current_version_is_sample

QUEUE_PAGE = "views/queue.py"
LISTING_PAGE = "views/listing.py"
OPERATOR_PAGE = "views/operator.py"


def db() -> str:
    """The database URL; stops the page with a clear message when it cannot be opened."""
    url = database.current_db()
    try:
        database.engine(url)
    except Exception as exc:
        st.error(t("db_error", error=exc))
        st.stop()
    return url


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as formula-safe CSV (facts.spreadsheet), numbers as numbers, UTF-8 with BOM."""
    rows = frame.itertuples(index=False, name=None)
    return csv_text([str(c) for c in frame.columns], rows).encode("utf-8")


def download(frame: pd.DataFrame, name: str, key: str) -> None:
    """A download button for the table as shown (its CSV written when clicked)."""
    st.download_button(
        t("download_csv"),
        lambda: csv_bytes(frame),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )


def download_later(produce: Callable[[], pd.DataFrame], name: str, key: str, label: str) -> None:
    """A download button whose CSV is only built when clicked (large filtered tables)."""
    st.download_button(
        label,
        lambda: csv_bytes(produce()),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )


def shown_columns(frame: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """The given columns renamed to their translated headers, empty cells shown as "—"."""
    shown = frame[[c for c in columns if c in frame.columns]].rename(columns=dict(columns))
    for column in shown.columns:
        if shown[column].isna().any():
            shown[column] = shown[column].astype(object).map(
                lambda v: EMPTY if v is None or v != v else v
            )
    return shown


def table(frame: pd.DataFrame, columns: Mapping[str, str], **kwargs: Any) -> Any:
    """``st.dataframe`` of the given columns, renamed to their translated headers."""
    return st.dataframe(shown_columns(frame, columns), hide_index=True, width="stretch", **kwargs)


def text_table(frame: pd.DataFrame, columns: Mapping[str, str]) -> None:
    """A static ``st.table`` (its text is in the page, findable); every cell Markdown-escaped
    because ``st.table`` renders Markdown."""
    shown = shown_columns(frame, columns)
    st.table(shown.astype(str).map(escape_markdown), hide_index=True)


def facts(pairs: list[tuple[str, object]]) -> None:
    """A two-column label/value table without a header (values Markdown-escaped)."""
    frame = pd.DataFrame([(label, EMPTY if v is None or v == "" else str(v)) for label, v in pairs])
    st.table(frame.map(escape_markdown), hide_index=True, hide_header=True)


def with_lang(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters plus the current language (``lang``), so a link keeps it."""
    return {**{k: v for k, v in params.items() if v not in (None, "", [])},
            LANG_PARAM: current_lang()}


def url_facts(pairs: list[tuple[str, str | None]]) -> None:
    """Addresses as plain code blocks: a table cell or Markdown would make a scraped URL a
    live link to the advertiser (the one live link is ``live_link_html``)."""
    for label, url in pairs:
        if url:
            st.caption(label)
            st.code(url, language=None, wrap_lines=True)


def link_to_queue(label: str, **params: Any) -> None:
    """A link that opens the review queue filtered by ``params`` (query parameters)."""
    st.page_link(
        QUEUE_PAGE,
        label=escape_markdown(label),
        icon=":material/arrow_forward:",
        query_params=with_lang(params),
    )


def listing_href(listing_id: int) -> str:
    """The listing page's address for ``listing_id`` (``listings.id``), language kept."""
    return f"listing?listing={int(listing_id)}&{LANG_PARAM}={current_lang()}"


def operator_href(operator_id: int) -> str:
    """The operator page's address for ``operator_id`` (``operators.id``), language kept."""
    return f"operator?operator={int(operator_id)}&{LANG_PARAM}={current_lang()}"


def listed(values: object, label: Callable[[Any], str] = str) -> str:
    """A list cell as text: each item through ``label``, joined as the language writes a list
    ("甲、乙" / "a, b"); "—" for none."""
    items = [label(v) for v in values] if isinstance(values, list | tuple) else []
    return ("、" if current_lang() == "zh" else ", ").join(items) if items else EMPTY


LISTING_LINK = "link"


def link_column() -> dict[str, Any]:
    """``column_config`` for the detail column: a link to the dashboard's listing page (never
    to the advertiser's site, whose link is only on the listing page, marked external)."""
    return {t("col_link"): st.column_config.LinkColumn(display_text="→")}


def live_link_html(url: str | None) -> str:
    """The advertiser's live page as an HTML link marked external, or "" when ``url`` is not
    http(s). Escaped here: the URL is scraped, so it is only ever an attribute value."""
    if not url or not is_http_url(url):
        return ""
    href = html.escape(url, quote=True)
    return (
        f'<a href="{href}" target="_blank" rel="noopener noreferrer nofollow" '
        f'referrerpolicy="no-referrer">{html.escape(t("live_site"))} ↗</a>'
        f' <span style="opacity:0.7">{html.escape(shorten(url, 100))}</span>'
    )


@st.cache_data(ttl=database.TTL, show_spinner=False)
def _registry_is_sample(db_url: str) -> bool:
    with Session(database.engine(db_url)) as session:
        return current_version_is_sample(session)


def sample_registry_banner() -> None:
    """A warning on every page while the current registry version is the bundled sample."""
    try:
        sample = _registry_is_sample(database.current_db())
    except Exception:  # no database yet: the page itself says so
        return
    if sample:
        st.warning(t("sample_registry"), icon=":material/science:")


def listing_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Listing rows made readable: local times, ¥ fees, translated codes, a detail link."""
    out = frame.copy()
    if out.empty:
        return out
    for column in ("title", "provider", "region"):
        if column in out:
            out[column] = out[column].map(cell)
    if "max_severity" in out:
        out["max_severity"] = out["max_severity"].map(severity_label)
    if "flag_codes" in out:
        out["flag_codes"] = out["flag_codes"].map(
            lambda codes: "、".join(flag_label(c) for c in (codes or []))
        )
    if "levels" in out:
        out["levels"] = out["levels"].map(levels_text)
    if "fee_min" in out and "fee_max" in out:
        out["fee"] = [
            yuan_range(a, b) or EMPTY for a, b in zip(out["fee_min"], out["fee_max"], strict=True)
        ]
    for column in ("first_seen", "last_seen", "observed_at", "decided_at", "removed_at"):
        if column in out:
            out[column] = out[column].map(lambda v: local_time(v) or EMPTY)
    if "review" in out:
        out["review"] = out["review"].map(decision_label)
    if "outcome" in out:
        out["outcome"] = out["outcome"].map(decision_label)
    if "status" in out:
        out["status"] = out["status"].map(issuer_status_label)
    if "id" in out:
        out[LISTING_LINK] = [listing_href(i) for i in out["id"]]
    elif "listing_id" in out:
        out[LISTING_LINK] = [listing_href(i) for i in out["listing_id"]]
    return out


def money(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Format amount columns as ``¥1,980`` (for display only; CSVs keep the numbers)."""
    out = frame.copy()
    for column in columns:
        if column in out:
            values = out[column].astype(float)
            out[column] = (values.round(0) if "avg" in column else values).map(
                lambda v: yuan(v) or EMPTY
            )
    return out


def listing_choice(frame: pd.DataFrame, key: str, label: str) -> int | None:
    """A select box over listing rows (``#id · title``); the chosen listing id."""
    if frame.empty:
        return None
    ids = [int(i) for i in (frame["id"] if "id" in frame else frame["listing_id"])]
    titles = dict(zip(ids, frame["title"], strict=True))
    return st.selectbox(
        label, ids, format_func=lambda i: f"#{i} · {shorten(str(titles.get(i) or ''), 60)}", key=key
    )


def open_listing(listing_id: int) -> None:
    st.switch_page(LISTING_PAGE, query_params=with_lang({"listing": str(int(listing_id))}))


@st.cache_data(ttl=600, show_spinner=False, max_entries=50)
def archived(warc_file: str, offset: int) -> ArchivedPage:
    """The archived record, cached (WARC files never change once written)."""
    return read_record(warc_file, offset)
