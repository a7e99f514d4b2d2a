"""Start the Streamlit dashboard on a store (a subprocess: Streamlit is not imported here)."""

from __future__ import annotations

from sqlalchemy import Engine

from dashboard.launch import run


def run_dashboard(engine: Engine, *, port: int, anonymous_decisions: bool = False) -> int:
    """Serve the dashboard on 127.0.0.1:``port`` until stopped; its exit code.

    ``anonymous_decisions``: anyone who opens it records decisions under a typed name,
    marked anonymous (otherwise read-only unless login is configured).
    """
    return run(
        engine.url.render_as_string(hide_password=False),
        port=port,
        anonymous_decisions=anonymous_decisions,
    )
