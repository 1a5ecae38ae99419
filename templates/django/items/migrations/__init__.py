"""The items app's migrations, written by manage.py makemigrations."""
