"""Dutch descriptions of pydantic validation errors, without echoing the user's values."""

from __future__ import annotations

from pydantic import ValidationError

from ..i18n import tr

_PROBLEMS = {
    "missing": "ontbreekt",
    "extra_forbidden": "is een onbekend veld",
    "enum": "heeft een onbekende waarde",
    "literal_error": "heeft een onbekende waarde",
    "union_tag_invalid": "is een onbekende soort",
    "union_tag_not_found": "mist de soort",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "bool_type": "moet ja of nee zijn",
    "bool_parsing": "moet ja of nee zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "dict_type": "heeft de verkeerde vorm",
    "model_type": "heeft de verkeerde vorm",
    "model_attributes_type": "heeft de verkeerde vorm",
    "tuple_type": "moet een lijst zijn",
}


def describe_validation_error(err: ValidationError, prefix: str = "") -> str:
    """The first problem of a pydantic error, in Dutch, with where it is.

    Only locations and our own messages are shown, never the offending value itself: a value
    in a case file may be someone's name or health data.
    """
    errors = err.errors()
    first = errors[0]
    parts = [prefix] if prefix else []
    parts += [str(p)[:40] for p in first["loc"] if not _is_union_branch(p)]
    where = ".".join(parts) or tr("de inhoud")
    kind = first["type"]
    if kind == "value_error":
        msg = str(first.get("ctx", {}).get("error", first["msg"]))[:300]
        return f"{where}: {msg}"
    problem = _PROBLEMS.get(kind, "heeft een ongeldige waarde")
    more = len(errors) - 1
    suffix = tr(" (en nog {n} andere fouten)", n=more) if more else ""
    return f"{where} {tr(problem)}{suffix}."


def _is_union_branch(part: object) -> bool:
    """pydantic names the union member it tried ('function-after[...]', a tag): not a place."""
    return "[" in str(part)
