"""Reading a file the user chose: once, a regular file only, at most a limit, and one
specific Dutch message per failure.

The file is opened once (without blocking, so a named pipe never hangs the app), checked to be
a regular file through the open handle (a symlink to ``/dev/zero`` or a device is refused),
and read for at most the limit plus one byte: the size ``stat`` reports is never trusted.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..i18n import tr


class ReadError(ValueError):
    """The file could not be read; ``str(err)`` is a Dutch message for the user."""


def read_limited(path: Path, max_bytes: int, what: str) -> bytes:
    """The bytes of ``path``; ``what`` names the expected kind ("casusbestand", ...)."""
    name = path.name
    too_big = tr("{name} is te groot voor een {what}; het maximum is {max} MB.", name=name,
                 what=what, max=max(1, max_bytes // 1_000_000))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(
            os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ReadError(tr("Het bestand {name} bestaat niet (meer).", name=name)) from None
    except IsADirectoryError:
        raise ReadError(tr("{name} is een map, geen {what}.", name=name, what=what)) from None
    except PermissionError:
        raise ReadError(tr("Geen toestemming om {name} te lezen.", name=name)) from None
    except OSError as err:
        raise ReadError(_reason(name, err)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(tr("{name} is een map, geen {what}.", name=name, what=what))
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(tr("{name} is geen gewoon bestand (maar bijvoorbeeld een apparaat "
                               "of een pijp); kies een {what}.", name=name, what=what))
        if info.st_size > max_bytes:
            raise ReadError(too_big)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise ReadError(too_big)  # it grew while we read, or stat was wrong
        return b"".join(chunks)
    except OSError as err:
        raise ReadError(_reason(name, err)) from None
    finally:
        os.close(fd)


def _reason(name: str, err: OSError) -> str:
    return tr("{name} kan niet worden gelezen: {reason}.", name=name,
              reason=err.strerror or tr("onbekende schijffout"))
