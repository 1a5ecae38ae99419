"""The WSGI application that gunicorn serves (see config/__main__.py)."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from config.middleware import BoundChunkedBody

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = BoundChunkedBody(
    get_wsgi_application(), settings.DATA_UPLOAD_MAX_MEMORY_SIZE
)
