"""The accounts app: the project's user model and its admin."""
