"""One rename and one structural edit in the main window at 200 and 1,000 people (median of
7 runs, with min and max), on Qt's offscreen platform, measured two ways: until the edit is
in the scene and Qt's own (partial) repaint has run, and with a forced repaint of the whole
view on top (every visible symbol painted again: the worst case at fit zoom).

Before the change-set redraw (commit 58f236f, same machine, forced full repaint): 200 people
rename 107 ms, structural 113 ms; 1,000 people rename 327 ms, structural 484 ms (medians).
"""

from __future__ import annotations

import os
import statistics
import time

from netwerkkaart.model import Case, ParentChildTie, Person, Put

from .bench_layout import random_pedigree

RUNS = 7


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from netwerkkaart.ui.main_window import MainWindow
    from netwerkkaart.ui.qt_setup import application

    app = application()
    for n in (200, 1000):
        net = random_pedigree(n)
        window = MainWindow(Case(network=net))
        window.show()
        app.processEvents()
        people = list(net.people.values())
        times: dict[tuple[str, bool], list[float]] = {}
        for i in range(RUNS):
            for full in (False, True):
                person = window.session.case.network.people[people[i * 3 + 1].id]
                ops_rename = [Put("people", person.model_copy(update={"name": f"N{i}{full}"}))]
                child = Person(name="Kind")
                ops_child = [Put("people", child), Put("ties", ParentChildTie(
                    a=people[i * 5 + 2].id, b=child.id))]
                for name, ops in (("rename", ops_rename), ("structural edit", ops_child)):
                    start = time.perf_counter()
                    window.session.edit("bench", ops)
                    app.processEvents()
                    if full:
                        window.current_view().viewport().repaint()
                    times.setdefault((name, full), []).append(time.perf_counter() - start)
        for (name, full), values in times.items():
            ms = [t * 1000 for t in values]
            how = "with a full repaint" if full else "scene updated"
            print(f"window {n} people, one {name}, {how}: median "
                  f"{statistics.median(ms):.0f} ms (min {min(ms):.0f}, max {max(ms):.0f})")
        window.session.undo_stack.setClean()
        window.close()
