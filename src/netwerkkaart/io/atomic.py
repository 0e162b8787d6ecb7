"""Atomic file writes that never leave a half-written case behind.

Bytes are produced first, written to a temp file in the target folder (a name we choose that
carries no personal data), flushed and fsynced, then moved over the target with ``os.replace``.
Every failure becomes a :class:`SaveError` with a specific Dutch message; the old file and the
case in memory stay intact.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from ..i18n import tr


class SaveError(OSError):
    """Saving failed; ``str(err)`` is a Dutch message for the user."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it.

    Saving over an existing file keeps what the user set up: through a symlink the file it
    points to is replaced (the link stays); a group-shared file keeps its permissions; a
    read-only file is refused, not overwritten; a file with several hard links is written in
    place after the new content is safely on disk. Our own temporary files left by an earlier
    crash in the folder are cleaned up.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name: str | None = None
    try:
        existing = os.stat(path) if path.exists() else None
        if existing is not None and not existing.st_mode & 0o222:
            raise SaveError(tr("{name} is alleen-lezen en is niet overschreven. Kies een "
                               "andere naam met 'Opslaan als'.", name=path.name))
        _clean_leftovers(folder)
        fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            if existing is not None and os.name == "posix":
                os.fchmod(fh.fileno(), stat.S_IMODE(existing.st_mode))
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if existing is not None and existing.st_nlink > 1:
            _write_through(path, data)  # keep the hard links: same inode
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except SaveError:
        raise
    except OSError as err:
        raise SaveError(save_message(err, path)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


TMP_PREFIX = ".netwerkkaart-"
LEFTOVER_AGE = 600.0
"""Seconds: an older temporary file of ours is a leftover of a killed save."""


def _clean_leftovers(folder: Path) -> None:
    now = time.time()
    try:
        for old in folder.glob(TMP_PREFIX + "*.tmp"):
            try:
                if now - old.stat().st_mtime > LEFTOVER_AGE:
                    old.unlink()
            except OSError:
                pass
    except OSError:
        pass


def _write_through(path: Path, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.write(data)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())


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
