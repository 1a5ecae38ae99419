from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The project's user (AUTH_USER_MODEL), in place from the first migration as
    Django advises: fields added here later are an ordinary migration, whereas swapping
    the user model once tables refer to it is not."""
