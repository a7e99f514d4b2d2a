"""Start the Streamlit dashboard on a store (a subprocess: Streamlit is not imported here)."""

from __future__ import annotations

from sqlalchemy import Engine

from dashboard.launch import run


def run_dashboard(engine: Engine, *, port: int) -> int:
    """Serve the dashboard on 127.0.0.1:``port`` until stopped; its exit code."""
    return run(engine.url.render_as_string(hide_password=False), port=port)
