"""The editor at scale: open a case in the main window, and one edit (redraw of the map on
screen), for 500 and 1,000 people. Runs on Qt's offscreen platform."""

from __future__ import annotations

import os
import time

from netwerkkaart.model import Case, Put

from .bench_layout import random_pedigree


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from netwerkkaart.ui.main_window import MainWindow
    from netwerkkaart.ui.qt_setup import application

    app = application()
    for n in (500, 1000):
        net = random_pedigree(n)
        first = next(iter(net.people.values()))
        case = Case(network=net)
        start = time.perf_counter()
        window = MainWindow(case)
        window.show()
        app.processEvents()
        t_open = time.perf_counter() - start
        start = time.perf_counter()
        window.session.edit("bench", [Put("people", first.model_copy(update={"name": "N"}))])
        app.processEvents()
        t_edit = time.perf_counter() - start
        print(f"window {n} people: open {t_open:.2f} s, one edit redrawn {t_edit:.2f} s")
        window.session.undo_stack.setClean()
        window.close()
