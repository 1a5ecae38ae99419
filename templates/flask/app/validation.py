"""Checks an item's fields, shared by the JSON API and the HTML form."""

from dataclasses import dataclass

NAME_MAX_LENGTH = 100


class InvalidItem(Exception):
    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("Invalid item")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class NewItem:
    name: str
    description: str | None = None


def parse_item(data: object) -> NewItem:
    """Returns the fields of a new item, or raises InvalidItem with a problem per field."""
    if not isinstance(data, dict):
        raise InvalidItem({"body": "must be a JSON object"})
    problems: dict[str, str] = {}
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems["name"] = "is required and must be a non-empty string"
    elif len(name.strip()) > NAME_MAX_LENGTH:
        problems["name"] = f"must be at most {NAME_MAX_LENGTH} characters"
    description = data.get("description")
    if description is not None and not isinstance(description, str):
        problems["description"] = "must be a string"
    if problems:
        raise InvalidItem(problems)
    return NewItem(name=name.strip(), description=description)
