"""Recovery copies: the open case, a few seconds after every change, in the user's
application-data folder only.

A slot is two files with a random name (never a name from the case): ``<slot>.netwerkkaart``,
the case file (encrypted when the case is, with the same key), and ``<slot>.json``, when it was
written and where the case lives (so that a restored case saves back to its own file). Both
are written atomically, the case file first, so a crash in between leaves the older pair.
After a clean save or close the slot is removed; at the next start, slots that are left are
offered for restoring.
"""

from __future__ import annotations

import datetime as _dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..model import Case
from .atomic import write_atomic
from .casefile import save_case
from .crypto import Sealer, is_encrypted
from .reading import ReadError, read_limited

SUFFIX = ".netwerkkaart"


def new_slot() -> str:
    return "herstel-" + secrets.token_hex(6)


@dataclass(frozen=True)
class Recovery:
    slot: str
    folder: Path
    saved_at: str
    """ISO time the copy was written (local time)."""
    origin: Path | None
    """The case's own file; None for a case that was never saved."""

    @property
    def case_file(self) -> Path:
        return self.folder / (self.slot + SUFFIX)

    @property
    def encrypted(self) -> bool:
        try:
            return is_encrypted(read_limited(self.case_file, 1 << 30, "herstelkopie")[:16])
        except ReadError:
            return False

    def when(self) -> str:
        """"26-11-2026 om 17:40"."""
        try:
            at = _dt.datetime.fromisoformat(self.saved_at)
        except ValueError:
            return self.saved_at
        return at.strftime("%d-%m-%Y om %H:%M")


def write_recovery(folder: Path, slot: str, case: Case, origin: Path | None,
                   sealer: Sealer | None = None, now: _dt.datetime | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    save_case(case, folder / (slot + SUFFIX), sealer)
    meta = {"saved_at": (now or _dt.datetime.now()).isoformat(timespec="seconds"),
            "origin": str(origin) if origin is not None else None}
    write_atomic(folder / (slot + ".json"), json.dumps(meta).encode("utf-8"))


def remove_recovery(folder: Path, slot: str) -> None:
    for suffix in (SUFFIX, ".json", ".lock"):
        try:
            (folder / (slot + suffix)).unlink()
        except FileNotFoundError:
            pass


def recoveries(folder: Path) -> list[Recovery]:
    """The slots left in ``folder``, newest first (a slot without its case file is dropped)."""
    out: list[Recovery] = []
    if not folder.is_dir():
        return out
    for orphan in folder.glob("herstel-*" + SUFFIX):  # killed between the two writes
        if not (folder / (orphan.stem + ".json")).exists():
            stamp = _dt.datetime.fromtimestamp(orphan.stat().st_mtime)
            write_atomic(folder / (orphan.stem + ".json"), json.dumps(
                {"saved_at": stamp.isoformat(timespec="seconds"), "origin": None}).encode())
    for meta in folder.glob("herstel-*.json"):
        slot = meta.stem
        if not (folder / (slot + SUFFIX)).is_file():
            meta.unlink(missing_ok=True)
            continue
        try:
            data = json.loads(read_limited(meta, 64 * 1024, "herstelgegevens"))
            saved_at = str(data.get("saved_at", ""))
            origin = data.get("origin")
        except (ReadError, ValueError, AttributeError):
            saved_at, origin = "", None
        out.append(Recovery(slot, folder, saved_at,
                            Path(origin) if isinstance(origin, str) and origin else None))
    out.sort(key=lambda r: r.saved_at, reverse=True)
    return out
