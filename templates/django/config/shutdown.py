"""The drain before a stop, shared by the server (config/__main__.py) and /ready."""

import threading

# Set in a gunicorn worker when SIGTERM arrives: /ready answers 503 from then on.
draining = threading.Event()
