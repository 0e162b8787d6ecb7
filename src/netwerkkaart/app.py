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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from .io.casefile import PasswordNeeded
    from .ui.autosave import offer_recovery

    case, opened = example_case(), None
    error = None
    locked = False
    if path is not None:
        try:
            case, opened = load_case(path), path
        except PasswordNeeded:
            locked = True  # asked for once the window is up
        except LoadError as err:
            error = str(err)
    window = MainWindow(case, opened)
    window.show()

    def start() -> None:
        if offer_recovery(window):  # work left by a crash comes first
            if path is not None and window.session.path != path:
                window.say(tr("De herstelde casus staat open; {name} is niet geopend (open "
                              "het daarna met Ctrl+O).", name=path.name))
            return
        if locked and path is not None:
            window.files.open_path(path, ask=False)
        elif path is None and not example:
            window.files.new()  # a real user starts with their own client

    QTimer.singleShot(0, start)
    if error:
        QMessageBox.warning(window, tr("Openen mislukt"),
                            error + "\n\n" + tr("De voorbeeldcasus is geopend."))
    return int(app.exec())
