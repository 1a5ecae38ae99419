from contextlib import closing

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import User
from items.models import Item

pytestmark = pytest.mark.django_db


def test_home_page_lists_items(client: Client) -> None:
    Item.objects.create(name="Pen <b>", description="Blue")

    response = client.get("/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"Pen &lt;b&gt;" in response.content
    assert b"Log in" in response.content


def test_adding_an_item_needs_a_login(client: Client) -> None:
    response = client.get("/items/new/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/items/new/"


def test_log_in_add_an_item_and_log_out(
    client: Client, django_user_model: type[User]
) -> None:
    django_user_model.objects.create_user("ada", password="correct horse battery")

    assert client.get("/accounts/login/").status_code == 200
    login = client.post(
        "/accounts/login/", {"username": "ada", "password": "correct horse battery"}
    )
    assert login["Location"] == "/"

    added = client.post("/items/new/", {"name": "Lamp", "description": ""}, follow=True)
    assert added.redirect_chain == [("/", 302)]
    assert b"Added &quot;Lamp&quot;." in added.content
    assert Item.objects.get().name == "Lamp"

    client.post("/accounts/logout/")
    assert b"Log in" in client.get("/").content


def test_invalid_form_is_shown_again(
    client: Client, django_user_model: type[User]
) -> None:
    client.force_login(django_user_model.objects.create_user("ada"))

    response = client.post("/items/new/", {"name": ""})

    assert response.status_code == 200
    assert b"This field is required." in response.content
    assert not Item.objects.exists()


def test_admin_is_enabled(admin_client: Client) -> None:
    assert admin_client.get("/admin/items/item/").status_code == 200
    assert admin_client.get("/admin/accounts/user/").status_code == 200


def test_users_are_the_projects_own_model() -> None:
    assert get_user_model() is User


def test_stylesheet_is_served(client: Client) -> None:
    # A file response holds the file open until closed.
    with closing(client.get("/static/css/site.css")) as response:
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/css")
