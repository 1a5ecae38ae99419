"""The items app: model, pages, JSON API and admin."""
