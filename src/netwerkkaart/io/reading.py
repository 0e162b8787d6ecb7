"""Reading a file the user chose: a size limit and one specific Dutch message per failure."""

from __future__ import annotations

from pathlib import Path

from ..i18n import tr


class ReadError(ValueError):
    """The file could not be read; ``str(err)`` is a Dutch message for the user."""


def read_limited(path: Path, max_bytes: int, what: str) -> bytes:
    """The bytes of ``path``; ``what`` names the expected kind ("casusbestand", ...)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(tr("{name} is te groot ({mb} MB) voor een {what}; het maximum is "
                               "{max} MB.", name=path.name, mb=size // 1_000_000, what=what,
                               max=max_bytes // 1_000_000))
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(tr("Het bestand {name} bestaat niet (meer).", name=path.name)) from None
    except IsADirectoryError:
        raise ReadError(tr("{name} is een map, geen {what}.", name=path.name,
                           what=what)) from None
    except PermissionError:
        raise ReadError(tr("Geen toestemming om {name} te lezen.", name=path.name)) from None
    except OSError as err:
        raise ReadError(tr("{name} kan niet worden gelezen: {reason}.", name=path.name,
                           reason=err.strerror or tr("onbekende schijffout"))) from None
