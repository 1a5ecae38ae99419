"""Run by the alembic command: applies the migrations to the database of DATABASE_URL."""

from logging.config import fileConfig

from alembic import context

from app.db import connect_or_exit, engine_url
from app.models import Base
from app.settings import load_settings

config = context.config

# The tests pass configure_logger=False to keep their own logging.
if config.config_file_name and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def run_migrations_offline() -> None:
    """``alembic upgrade head --sql``: prints the SQL instead of running it."""
    context.configure(
        url=engine_url(load_settings().database_url),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # Settings missing or wrong, or a database that does not answer: one log line, exit 1.
    engine = connect_or_exit(load_settings(), migrated=False)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite alters a table by copying it: batch mode writes migrations that
            # run on SQLite (the tests) and PostgreSQL alike.
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
