"""The FastAPI application: python -m app serves it."""
