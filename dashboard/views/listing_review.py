"""The listing page's review controls: a decision per flag, and the listing's outcome.

Each active flag gets its own form (confirmed, dismissed, or check further, with a reason);
the listing stays in the queue while any flag is open. The listing's outcome (refer for
enforcement, monitor, no action) is a separate form. Both write through
``listing_queries.record_review``, which checks ``Access`` again.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard.access import Access, AccessDenied
from dashboard.filters import FLAG_DECISIONS, LISTING_OUTCOMES
from dashboard.fmt import escape_markdown, local_time
from dashboard.i18n import bound, decision_label, t
from dashboard.views import listing_queries as q


def decision_text(decided: dict[str, Any] | None) -> str:
    """``confirmed (name, time)`` for a flag's latest decision, ``open`` without one."""
    if not decided:
        return t("flag_status_open")
    return t("flag_decided", decision=decision_label(decided["decision"]),
             reviewer=decided["reviewer"], when=local_time(decided["decided_at"]))


def reviewer_name(access: Access) -> str:
    """The typed name in anonymous mode (one field for every form on the page), else ""."""
    if access.mode == "login":  # the name comes from the identity, never from a field
        st.text(t("decision_as", name=access.identity))
        return ""
    st.caption(t("anonymous_note"))
    return str(st.text_input(t("reviewer"), key="reviewer_name"))


def _record(db: str, listing_id: int, decision: str, access: Access, note: str,
            fingerprint: str | None, typed_name: str) -> None:
    if access.mode == "anonymous" and not typed_name.strip():
        st.error(t("reviewer_required"))
        return
    if not note.strip():
        st.error(t("reason_required"))
        return
    try:
        q.record_review(db, listing_id, decision, access, note, fingerprint, typed_name)
    except (q.ReviewError, AccessDenied) as exc:
        st.error(t("decision_error", error=exc))
        return
    st.session_state["listing_flash"] = t(
        "decision_saved", decision=decision_label(decision),
        reviewer=escape_markdown(access.reviewer(typed_name)),  # st.success: Markdown
    )
    st.rerun()


def flag_form(db: str, listing_id: int, fingerprint: str, access: Access,
              typed_name: str) -> None:
    """Decide one flag: confirmed, dismissed or check further, with a reason."""
    with st.form(f"flag_form_{fingerprint}", clear_on_submit=False, border=False):
        left, right = st.columns([1, 2])
        decision = left.radio(t("flag_decision"), FLAG_DECISIONS,
                              format_func=bound(decision_label), key=f"flag_choice_{fingerprint}")
        note = right.text_input(t("reason"), key=f"flag_note_{fingerprint}")
        submitted = st.form_submit_button(t("submit_flag_decision"))
    if submitted:
        _record(db, listing_id, str(decision), access, note or "", fingerprint, typed_name)


def outcome_form(db: str, listing_id: int, access: Access, typed_name: str) -> None:
    """The listing's outcome, apart from its flags."""
    st.caption(t("outcome_help"))
    with st.form("outcome_form", clear_on_submit=False):
        outcome = st.selectbox(t("outcome"), LISTING_OUTCOMES, format_func=bound(decision_label),
                               key="outcome_choice")
        note = st.text_area(t("reason"), key="outcome_note")
        submitted = st.form_submit_button(t("submit_outcome"), type="primary")
    if submitted:
        _record(db, listing_id, str(outcome), access, note or "", None, typed_name)
