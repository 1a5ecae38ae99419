"""The jobs app: a background task, and the JSON API that enqueues it and reports on it."""
