"""The ``.netwerkkaart`` case file: versioned UTF-8 JSON written by pydantic.

Layout of the file::

    {"format_version": 2, "application": "Netwerkkaart 0.1.0", "meta": {...},
     "network": {"people": {...}, "ties": {...}, ..., "refs": {"client": "<id>"}},
     "views": {"genogram": {...}, "ecogram": {...}, "netwerkkaart": {...}},
     "created": "2026-11-22"}

Loading runs the pure ``dict -> dict`` migrations in :mod:`.migrations` first, then pydantic
validation, then the cross-reference checks of :func:`validate_case`. Any failure becomes one
:class:`LoadError` with a Dutch message that names the problem; nothing is half-loaded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import __version__
from ..i18n import tr
from ..model import Case, CaseError, validate_case
from ..model.errors import describe_validation_error
from .atomic import write_atomic
from .crypto import CryptoError, Sealer, is_encrypted, open_sealed
from .migrations import FORMAT_VERSION, MigrationError, migrate
from .reading import ReadError, read_limited

EXTENSION = ".netwerkkaart"
MAX_FILE_BYTES = 256 * 1024 * 1024


class LoadError(ValueError):
    """A case file that cannot be opened; ``str(err)`` is a Dutch message for the user."""


class PasswordNeeded(LoadError):
    """The file is encrypted and no password was given: ask for one."""


class WrongPassword(LoadError):
    """The password does not open the file (or a byte of it changed)."""


def to_bytes(case: Case) -> bytes:
    validate_case(case)
    body = case.model_dump(mode="json")
    doc: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "application": f"Netwerkkaart {__version__}",
    }
    doc.update(body)
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def save_case(case: Case, path: Path, sealer: Sealer | None = None) -> None:
    """Validate, serialise (encrypted when ``sealer`` is given) and write atomically. Raises
    ``CaseError`` or ``SaveError``."""
    data = to_bytes(case)
    write_atomic(Path(path), sealer.seal(data) if sealer is not None else data)


def load_case(path: Path, password: str | None = None) -> Case:
    return open_case(path, password)[0]


def open_case(path: Path, password: str | None = None) -> tuple[Case, Sealer | None]:
    """The case in ``path`` and, for an encrypted file, the sealer that saves it again under
    the same password. Raises :class:`PasswordNeeded`, :class:`WrongPassword` or
    :class:`LoadError`."""
    path = Path(path)
    try:
        data = read_limited(path, MAX_FILE_BYTES, tr("casusbestand"))
    except ReadError as err:
        raise LoadError(str(err)) from None
    return case_from_file_bytes(data, path.name, password)


def case_from_file_bytes(data: bytes, name: str, password: str | None = None
                         ) -> tuple[Case, Sealer | None]:
    if not is_encrypted(data):
        return from_bytes(data, name=name), None
    if password is None:
        raise PasswordNeeded(tr("{name} is beveiligd met een wachtwoord.", name=name))
    try:
        plain, sealer = open_sealed(data, password)
    except CryptoError as err:
        raise WrongPassword(str(err)) from None
    return from_bytes(plain, name=name), sealer


def from_bytes(data: bytes, name: str = "het bestand") -> Case:
    if not data.strip():
        raise LoadError(tr("{name} is leeg.", name=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LoadError(tr("{name} is geen Netwerkkaart-bestand (geen leesbare tekst).",
                           name=name)) from None
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                         parse_constant=_no_constant)
    except _NotANumber:
        raise LoadError(tr("{name} is ongeldig: er staat NaN of Infinity in, geen getal.",
                           name=name)) from None
    except _DuplicateKey as dup:
        raise LoadError(tr("{name} is ongeldig: de id {key} komt twee keer voor.",
                           name=name, key=dup.key)) from None
    except json.JSONDecodeError as err:
        if _looks_truncated(text):
            raise LoadError(tr("{name} is onvolledig: het bestand houdt halverwege op "
                               "(afgebroken opslag of kopie?).", name=name)) from None
        raise LoadError(tr("{name} is beschadigd: geen geldige inhoud op regel {line}.",
                           name=name, line=err.lineno)) from None
    except RecursionError:
        raise LoadError(tr("{name} is beschadigd: te diep genest.", name=name)) from None
    except ValueError:  # e.g. an integer of more than 4,300 digits
        raise LoadError(tr("{name} is ongeldig: er staat een getal in dat te groot is.",
                           name=name)) from None
    if _LONE_SURROGATE_ESCAPE.search(text):
        try:  # a lone surrogate loads, but could never be saved again
            json.dumps(raw, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise LoadError(tr("{name} is ongeldig: er staan onleesbare tekens in (een half "
                               "teken).", name=name)) from None
    if not isinstance(raw, dict) or "format_version" not in raw:
        raise LoadError(tr("{name} is geen Netwerkkaart-casusbestand.", name=name))
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(tr("{name} heeft een ongeldige bestandsversie.", name=name))
    if version > FORMAT_VERSION:
        raise LoadError(tr("{name} is gemaakt met een nieuwere versie van Netwerkkaart "
                           "(bestandsversie {v}); deze versie leest tot en met versie {mine}. "
                           "Werk Netwerkkaart bij om dit bestand te openen.",
                           name=name, v=version, mine=FORMAT_VERSION))
    try:
        body = migrate(raw)
    except MigrationError as err:
        raise LoadError(tr("{name} is ongeldig: {problem}", name=name, problem=str(err))) from None
    except (TypeError, AttributeError, KeyError):
        raise LoadError(tr("{name} is ongeldig: de inhoud heeft niet de vorm van bestandsversie "
                           "{v}.", name=name, v=version)) from None
    body.pop("format_version", None)
    body.pop("application", None)
    try:
        case = Case.model_validate(body)
        validate_case(case)
    except ValidationError as err:
        raise LoadError(tr("{name} is ongeldig: {problem}", name=name,
                           problem=describe_validation_error(err))) from None
    except CaseError as err:
        raise LoadError(tr("{name} is ongeldig: {problem}", name=name, problem=str(err))) from None
    return case


def _looks_truncated(text: str) -> bool:
    """True when the text ends inside a string or with brackets still open."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0


_LONE_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _NotANumber(ValueError):
    pass


def _no_constant(_name: str) -> Any:
    raise _NotANumber()


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out
