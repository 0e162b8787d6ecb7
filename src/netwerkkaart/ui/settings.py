"""User settings (recent files) in the per-user settings folder, never beside a case."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    folder = os.environ.get("NETWERKKAART_SETTINGS_DIR")
    if folder:
        return QSettings(str(Path(folder) / "netwerkkaart.ini"), QSettings.Format.IniFormat)
    return QSettings()


def recent_files() -> list[Path]:
    raw = settings().value("recent", [])
    items = [raw] if isinstance(raw, str) else list(raw or [])
    return [Path(p) for p in items if p]


def remember_recent(path: Path) -> None:
    path = path.resolve()
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    settings().setValue("recent", [str(p) for p in items[:MAX_RECENT]])


def forget_recent(path: Path) -> None:
    items = [p for p in recent_files() if p != path]
    settings().setValue("recent", [str(p) for p in items])
