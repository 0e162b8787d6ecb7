"""Who is who at scale: the bookkeeping (``overview``) and one typed cell of the care-task
table in the main window (the table open, the genogram on screen: the edit, the carer's badge
and the table redrawn), at 200 and 1,000 people with every default task and 300
assignments. Median of 7 runs, with min and max, on Qt's offscreen platform.

First version (same machine): one typed cell 54 ms at 200 people, 193 ms at 1,000 (header
names compared with every other column, the case panel rebuilding its people choices on
every change); after: 22 ms and 39 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import time

from netwerkkaart.model import Case
from netwerkkaart.model.care import Assignment, CareTask, TaskKind
from netwerkkaart.model.care_edit import hours_ops
from netwerkkaart.model.carers import overview

from .bench_layout import random_pedigree

RUNS = 7


def _case(n: int) -> Case:
    net = random_pedigree(n)
    rng = random.Random(n)
    tasks = [CareTask(kind=k) for k in TaskKind]
    people = list(net.people)
    work: dict[str, Assignment] = {}
    pairs = {(t.id, p) for t in tasks for p in rng.sample(people, 30)}
    for task, person in sorted(pairs)[:300]:
        a = Assignment(task=task, person=person, hours=rng.choice([0.5, 1, 2, 4]))
        work[a.id] = a
    return Case(network=net.replace(care_tasks={t.id: t for t in tasks}, assignments=work))


def _ms(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"median {statistics.median(ms):.1f} ms (min {min(ms):.1f}, max {max(ms):.1f})"


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from netwerkkaart.ui.main_window import MainWindow
    from netwerkkaart.ui.qt_setup import application

    app = application()
    for n in (200, 1000):
        case = _case(n)
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            overview(case.network)
            times.append(time.perf_counter() - start)
        print(f"care overview {n} people, 300 assignments: {_ms(times)}")
        window = MainWindow(case)
        window.show()
        window.toggle_care_table()
        app.processEvents()
        task = next(iter(case.network.records("care_tasks")))
        people = window.care_table.model.people
        times = []
        for i in range(RUNS):
            net = window.session.case.network
            start = time.perf_counter()
            window.session.edit("bench", hours_ops(net, task, people[i], 3.5))
            app.processEvents()
            times.append(time.perf_counter() - start)
        print(f"care table {n} people, one typed cell redrawn: {_ms(times)}")
        window.session.undo_stack.setClean()
        window.close()
