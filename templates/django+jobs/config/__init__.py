"""The Django project: settings, URLs, entry point (python -m config)."""

# Loaded with Django, so that @shared_task binds the tasks to this app.
from config.celery import app as celery_app

__all__ = ["celery_app"]
