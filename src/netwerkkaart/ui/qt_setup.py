"""Start Qt the way Netwerkkaart needs it: Dutch Qt dialogs, high-DPI, offscreen when headless."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_translators: list[QTranslator] = []


def ensure_platform() -> None:
    """Pick Qt's offscreen platform on a Linux machine without a display."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use, with Qt's own texts in Dutch."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    ensure_platform()
    QCoreApplication.setOrganizationName("Netwerkkaart")
    QCoreApplication.setApplicationName("Netwerkkaart")
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    install_dutch_qt()
    return app


def install_dutch_qt() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        translator = QTranslator()
        if translator.load(QLocale("nl_NL"), name, "_", folder):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
            break
