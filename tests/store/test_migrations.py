"""The schema goes up to head, down to base and up again on both backends, and the models
never drift from what the migrations build."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select

from store.db import MIGRATIONS, _upgraded, make_engine, session_scope, upgrade
from store.models import Base, CrawlRun, Listing

TABLES = {"registry_versions", "agencies", "crawl_runs", "pages", "listings", "observations",
          "issuer_matches", "flags", "reviews", "run_changes"}


def _config(connection: object) -> Config:
    """The same configuration ``store.db.upgrade`` uses: the package's migrations, our env.py."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.downgrade(_config(connection), target)
    _upgraded().discard(engine.url.render_as_string(hide_password=False))


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_up_down_up_on_each_backend(db_url: str) -> None:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    engine = make_engine(db_url)
    try:
        assert _revision(engine) == head
        assert _tables(engine) >= TABLES
        with session_scope(engine) as session:
            session.add(Listing(listing_key="k", canonical_url="u", url="u", title="训练师"))

        _downgrade(engine, "base")
        assert _revision(engine) is None
        assert _tables(engine) == set(), "downgrade to base left tables behind"

        upgrade(engine)  # the project's own entry point, as every command runs it
        assert _revision(engine) == head
        assert _tables(engine) >= TABLES
        with session_scope(engine) as session:  # a clean slate that takes writes again
            assert session.scalar(select(func.count(Listing.id))) == 0
            session.add(CrawlRun(kind="crawl"))
    finally:
        engine.dispose()


def test_latest_revision_down_and_up_again_keeps_the_data_it_does_not_touch(db_url: str) -> None:
    """Downgrading the newest revision and re-applying it loses no rows of older tables."""
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_revision(script.get_current_head())
    engine = make_engine(db_url)
    try:
        with session_scope(engine) as session:
            session.add(CrawlRun(kind="nightly", args={"sources": "来源.toml"}))
        _downgrade(engine, head.down_revision or "base")
        if head.down_revision is None:  # the only revision: down means nothing is left
            assert _tables(engine) == set()
            upgrade(engine)
            assert _tables(engine) >= TABLES
            return
        upgrade(engine)
        with session_scope(engine) as session:
            run = session.scalars(select(CrawlRun)).one()
            assert run.args == {"sources": "来源.toml"}
    finally:
        engine.dispose()


def _built_on(dialect: str):  # type: ignore[no-untyped-def]
    """Leave out what the models build on another dialect only (``Index.ddl_if``)."""

    def include(obj, _name, _type, _reflected, _compare_to):  # type: ignore[no-untyped-def]
        only = getattr(obj, "_ddl_if", None)
        return only is None or only.dialect in (None, dialect)

    return include


def test_models_and_migrations_agree(db_url: str) -> None:
    """A model column or index added without a migration shows up here, not in production."""
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "render_as_batch": engine.dialect.name == "sqlite",
                "include_object": _built_on(engine.dialect.name),
            })
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()
