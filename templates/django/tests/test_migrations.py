import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_migrations_match_the_models() -> None:
    # Exits with status 1 when a model change has no migration yet.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
