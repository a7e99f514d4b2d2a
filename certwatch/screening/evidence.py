"""Evidence strings: words from the page, trimmed around the phrase that matters."""

from __future__ import annotations

MAX_EVIDENCE = 200


def trim_evidence(text: str, phrase: str = "", limit: int = MAX_EVIDENCE) -> str:
    """``text`` on one line, cut to at most ``limit`` characters with ``phrase`` kept inside.

    Cuts are marked with "…"; the window is centred on the first occurrence of ``phrase``.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    window = limit - 2  # room for an ellipsis on each side
    at = text.find(phrase) if phrase else -1
    centre = at + len(phrase) // 2 if at >= 0 else 0
    start = min(max(0, centre - window // 2), len(text) - window)
    end = start + window
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return head + text[start:end] + tail
