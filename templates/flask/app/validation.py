"""Checks an item's fields, shared by the JSON API and the HTML form.

Unknown fields are ignored. A name is trimmed of surrounding whitespace, and its length
limit applies to the trimmed name, the one stored.
"""

from dataclasses import dataclass

NAME_MAX_LENGTH = 100
DESCRIPTION_MAX_LENGTH = 1000


class InvalidItem(Exception):
    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("Invalid item")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class NewItem:
    name: str
    description: str | None = None


def text_problem(value: str) -> str | None:
    """What makes a string unstorable: NUL (PostgreSQL refuses it) or a lone surrogate
    (a \\ud800 escape in JSON), which no database can encode."""
    if "\x00" in value:
        return "must not contain NUL characters"
    try:
        value.encode()
    except UnicodeEncodeError:
        return "must be valid Unicode text"
    return None


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
    elif problem := text_problem(name):
        problems["name"] = problem
    description = data.get("description")
    if description is not None and not isinstance(description, str):
        problems["description"] = "must be a string"
    elif description is not None and len(description) > DESCRIPTION_MAX_LENGTH:
        problems["description"] = f"must be at most {DESCRIPTION_MAX_LENGTH} characters"
    elif description is not None and (problem := text_problem(description)):
        problems["description"] = problem
    if problems:
        raise InvalidItem(problems)
    return NewItem(name=name.strip(), description=description)
