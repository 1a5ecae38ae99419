"""Server-rendered pages: the list of items and a form to add one."""

from collections.abc import Mapping

from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from app.store import item_store
from app.validation import (
    DESCRIPTION_MAX_LENGTH,
    NAME_MAX_LENGTH,
    InvalidItem,
    parse_item,
)

bp = Blueprint("pages", __name__)


def render_index(
    form: Mapping[str, str] | None = None, problems: Mapping[str, str] | None = None
) -> str:
    return render_template(
        "index.html",
        items=item_store().all(),
        form=form or {},
        problems=problems or {},
        name_max_length=NAME_MAX_LENGTH,
        description_max_length=DESCRIPTION_MAX_LENGTH,
    )


@bp.get("/")
def index() -> str:
    return render_index()


@bp.post("/")
def add_item() -> Response | tuple[str, int]:
    # An empty optional field arrives as "": store it as no description.
    data = {
        "name": request.form.get("name"),
        "description": request.form.get("description") or None,
    }
    try:
        new = parse_item(data)
    except InvalidItem as error:
        return render_index(request.form, error.problems), 400
    item_store().add(new.name, new.description)
    # Post/Redirect/Get: reloading the page does not submit the form again.
    return redirect(url_for("pages.index"), code=303)
