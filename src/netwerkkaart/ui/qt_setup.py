"""Start Qt the way Netwerkkaart needs it: Dutch Qt dialogs, the shipped map font, high-DPI,
offscreen when headless."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import fonts

_translators: list[QTranslator] = []
_map_font_family: str | None = None


def ensure_platform() -> None:
    """Pick Qt's offscreen platform on a Linux machine without a display."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use, with Qt's own texts in Dutch and the
    shipped map font registered."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        install_map_font()
        return existing
    ensure_platform()
    QCoreApplication.setOrganizationName("Netwerkkaart")
    QCoreApplication.setApplicationName("Netwerkkaart")
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    install_dutch_qt()
    install_map_font()
    return app


def install_map_font() -> str:
    """Register the shipped TTFs with Qt (once per process); returns the family to ask for.

    Qt prefers an application font over an installed font of the same family and style, so
    the maps use exactly the files the layout measures, whatever DejaVu the system has.
    Needs a QGuiApplication.
    """
    global _map_font_family
    if _map_font_family is None:
        families: list[str] = []
        for path in fonts.font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt kan het lettertype {path} niet laden")
            families += QFontDatabase.applicationFontFamilies(font_id)
        _map_font_family = families[0] if families else fonts.FAMILY
    return _map_font_family


MISSING_DUTCH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Look in:"): "Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QFileDialog", "Files of type:"): "Bestandstype:",
    ("QPrintSettingsOutput", "Double Sided Printing"): "Dubbelzijdig afdrukken",
    ("QPrintSettingsOutput", "Off"): "Uit",
    ("QPrintSettingsOutput", "Long side binding"): "Binden aan de lange zijde",
    ("QPrintSettingsOutput", "Short side binding"): "Binden aan de korte zijde",
    ("QPrintSettingsOutput", "Page &Set:"): "&Pagina's:",
}
"""Texts of Qt's own dialogs that Qt's Dutch catalogue leaves in English."""


class _MissingDutch(QTranslator):
    """Fills the few gaps in Qt's Dutch catalogue (searched before it: installed last)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        # None is Qt's "no translation here": the next catalogue is asked
        return MISSING_DUTCH.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install_dutch_qt() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _translators:
        return  # once per process
    for name in ("qtbase", "qt"):
        translator = QTranslator()
        if translator.load(QLocale("nl_NL"), name, "_", folder):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
            break
    gaps = _MissingDutch()
    QCoreApplication.installTranslator(gaps)
    _translators.append(gaps)
