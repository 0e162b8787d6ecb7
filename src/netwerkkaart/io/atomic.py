"""Atomic file writes that never leave a half-written case behind.

Bytes are produced first, written to a temp file in the target folder (a name we choose that
carries no personal data), flushed and fsynced, then moved over the target with ``os.replace``.
Every failure becomes a :class:`SaveError` with a specific Dutch message; the old file and the
case in memory stay intact.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ..i18n import tr


class SaveError(OSError):
    """Saving failed; ``str(err)`` is a Dutch message for the user."""


def write_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".netwerkkaart-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as err:
        raise SaveError(save_message(err, path)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_message(err: OSError, path: Path) -> str:
    """A specific Dutch message for an OS error during saving."""
    name = path.name
    if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM):
        return tr("Opslaan van {name} is niet gelukt: geen toestemming om in deze map te "
                  "schrijven. Kies een andere map met 'Opslaan als'.", name=name)
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr("Opslaan van {name} is niet gelukt: de schijf is vol. Maak ruimte vrij of kies "
                  "een andere schijf met 'Opslaan als'.", name=name)
    if err.errno == errno.EROFS:
        return tr("Opslaan van {name} is niet gelukt: deze schijf is alleen-lezen.", name=name)
    if isinstance(err, FileNotFoundError) or err.errno == errno.ENOENT:
        return tr("Opslaan van {name} is niet gelukt: de map bestaat niet (meer).", name=name)
    if isinstance(err, IsADirectoryError):
        return tr("Opslaan van {name} is niet gelukt: dit is een map, geen bestand.", name=name)
    return tr("Opslaan van {name} is niet gelukt: {reason}.", name=name,
              reason=err.strerror or tr("onbekende schijffout"))
