"""The Celery application: ``celery -A config`` finds it, and python -m config runs its
worker (ROLE=worker)."""

import os
from logging.config import dictConfig
from typing import Any

from celery import Celery
from celery.signals import setup_logging

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("config")
# The CELERY_ settings of config/settings.py, read when first needed.
app.config_from_object("django.conf:settings", namespace="CELERY")
# The tasks.py module of every installed app.
app.autodiscover_tasks()


@setup_logging.connect
def use_django_logging(**kwargs: Any) -> None:
    """The worker's logs take the format of the web server's: one JSON object per line
    on stdout (LOGGING). With a receiver here, Celery leaves logging to it."""
    from django.conf import settings

    dictConfig(settings.LOGGING)
