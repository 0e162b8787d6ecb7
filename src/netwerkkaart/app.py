"""Start the GUI: the main window on a case file, the example case, or a new case."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(path: Path | None = None, example: bool = False) -> int:
    from .example import example_case
    from .i18n import tr
    from .io.casefile import LoadError, load_case
    from .ui.main_window import MainWindow
    from .ui.qt_setup import application

    app = application(sys.argv[:1])
    from PySide6.QtWidgets import QMessageBox

    case, opened = example_case(), None
    error = None
    if path is not None:
        try:
            case, opened = load_case(path), path
        except LoadError as err:
            error = str(err)
    window = MainWindow(case, opened)
    window.show()
    if path is None and not example:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.files.new)  # a real user starts with their own client
    if error:
        QMessageBox.warning(window, tr("Openen mislukt"),
                            error + "\n\n" + tr("De voorbeeldcasus is geopend."))
    return int(app.exec())
