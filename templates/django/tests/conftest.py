import pytest
from pytest_django import Settings


@pytest.fixture(autouse=True)
def static_files_from_sources(settings: Settings) -> None:
    # Tests run before the build step's collectstatic: serve and link the source
    # files, as in development, instead of the hashed copies in STATIC_ROOT.
    settings.WHITENOISE_AUTOREFRESH = True
    settings.WHITENOISE_USE_FINDERS = True
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
