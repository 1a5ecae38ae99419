"""The Django project: settings, URLs, entry point (python -m config)."""
