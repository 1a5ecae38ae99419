"""Run by `flask db ...` (Flask-Migrate): applies the migrations to the app's database."""

import logging
from logging.config import fileConfig
from typing import Any

from alembic import context
from flask import current_app

from app.database import check_or_exit, db

config = context.config

# The tests set configure_logger=False to keep their own logging.
if config.config_file_name and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")

target_metadata = db.metadata


def run_migrations_offline() -> None:
    """``flask db upgrade --sql``: prints the SQL instead of running it."""
    context.configure(
        url=db.engine.url, target_metadata=target_metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    def process_revision_directives(
        context: Any, revision: Any, directives: list[Any]
    ) -> None:
        # `flask db migrate` with no model change writes no empty migration.
        autogenerate = getattr(config.cmd_opts, "autogenerate", False)
        if autogenerate and directives[0].upgrade_ops.is_empty():
            directives[:] = []
            logger.info("No changes in schema detected.")

    conf_args = current_app.extensions["migrate"].configure_args
    conf_args.setdefault("process_revision_directives", process_revision_directives)

    # A database that does not answer (within seconds): one log line and exit 1.
    check_or_exit(migrated=False)
    with db.engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, **conf_args
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
