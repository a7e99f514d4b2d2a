"""Alembic environment: runs on the connection handed over by ``store.db.upgrade``."""

from alembic import context

from store import summary_models  # noqa: F401 - the dashboard's summary tables, same metadata
from store.models import Base

connection = context.config.attributes.get("connection")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection is not None and connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
