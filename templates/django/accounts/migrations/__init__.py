"""The accounts app's migrations, written by manage.py makemigrations."""
