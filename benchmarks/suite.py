"""The benchmark suite: ``make bench`` prints one table (median of several runs, with min and
max, the target and whether it is met) and writes ``benchmarks/results.json``.

Sizes 50, 200, 1,000 and 5,000 people (:mod:`.cases`: realistic synthetic cases) and a
2,000-person GEDCOM. Figures that need a fresh process (cold start, opening a case to a
painted window, peak memory) run one. Benchmarks are not tests: no test asserts a time.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (50, 200, 1000, 5000)
TREE = 2157
"""The size of Gramps' example tree: the GEDCOM whose exports must stay under 500 MB."""

PEAK = """
import time
from netwerkkaart.io.gedcom import read_gedcom
from tests.io.gedcom_gen import generate_gedcom
case = read_gedcom(generate_gedcom({n}, seed=5).encode()).case
start = time.perf_counter()
{body}
took = time.perf_counter() - start
# VmHWM: this process image's own peak (ru_maxrss would include the parent's on Linux)
peak = next(int(x.split()[1]) for x in open("/proc/self/status")
            if x.startswith("VmHWM")) / 1024
print(f"{{took:.2f}} s, peak {{peak:.0f}} MB")
"""


@dataclass
class Row:
    figure: str
    size: int | None
    median: float
    low: float
    high: float
    unit: str = "s"
    target: float | None = None
    """In the row's unit; None: no target for this size."""

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.median <= self.target


ROWS: list[Row] = []


def timed(fn: Callable[[], object], repeats: int = 5) -> tuple[float, float, float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def add(figure: str, size: int | None, fn: Callable[[], object], target: float | None = None,
        repeats: int = 5, unit: str = "s", scale: float = 1.0) -> None:
    med, lo, hi = timed(fn, repeats)
    ROWS.append(Row(figure, size, med * scale, lo * scale, hi * scale, unit, target))


def child(code: str, repeats: int = 3) -> list[str]:
    """Run ``code`` in fresh interpreters (offscreen Qt); each run's last output line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": f"{ROOT}:{ROOT / 'src'}"}
    out = []
    for _ in range(repeats):
        run = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                             text=True, env=env, timeout=900)
        lines = (run.stdout or run.stderr).strip().splitlines()
        out.append(lines[-1] if lines else "")
    return out


def add_child(figure: str, size: int | None, code: str, target: float | None,
              unit: str = "s", repeats: int = 3) -> None:
    values = []
    for line in child(code, repeats):
        try:
            values.append(float(line.split()[0]))
        except (ValueError, IndexError):
            print(f"  ({figure}: {line})")
    if values:
        ROWS.append(Row(figure, size, statistics.median(values), min(values), max(values),
                        unit, target))


COLD_START = """
import time
t0 = time.perf_counter()
from netwerkkaart.ui.qt_setup import application
app = application([])
from PySide6.QtCore import QTimer
from netwerkkaart.example import example_case
from netwerkkaart.ui.main_window import MainWindow
w = MainWindow(example_case())
w.show()
def painted():
    print(f"{time.perf_counter() - t0 + START:.3f}")
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""

OPEN_CASE = """
import time, resource
from netwerkkaart.ui.qt_setup import application
app = application([])
from PySide6.QtCore import QTimer
from netwerkkaart.io.casefile import load_case
from netwerkkaart.ui.main_window import MainWindow
from pathlib import Path
t0 = time.perf_counter()
w = MainWindow(load_case(Path({path!r})), Path({path!r}))
w.show()
def painted():
    took = time.perf_counter() - t0
    # VmHWM: this process image's own peak (ru_maxrss would include the parent's on Linux)
    peak = next(int(x.split()[1]) for x in open("/proc/self/status")
                if x.startswith("VmHWM")) / 1024
    print({what})
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def run() -> list[Row]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.io.gedcom_gen import generate_gedcom

    from netwerkkaart.analysis import findings
    from netwerkkaart.io.casefile import load_case, save_case
    from netwerkkaart.io.gedcom import read_gedcom
    from netwerkkaart.layout.registry import clear_layout_cache, map_layout
    from netwerkkaart.model import MapKind
    from netwerkkaart.report import build_pdf

    from .cases import realistic_case

    ROWS.clear()
    # cold start: interpreter start to the first painted window (python's own start counted
    # by timing an empty interpreter once)
    empty = timed(lambda: subprocess.run([sys.executable, "-c", "pass"]), 3)[0]
    add_child("cold start to painted window (example)", None,
              COLD_START.replace("START", f"{empty:.3f}"), 1.0)
    cases = {n: realistic_case(n, seed=n) for n in SIZES}
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for n, case in cases.items():
            path = Path(folder) / f"c{n}.netwerkkaart"
            save_case(case, path)
            paths[n] = path
            add("load and validate", n, lambda p=path: load_case(p),
                0.2 if n == 1000 else None)
            add("save", n, lambda c=case, p=path: save_case(c, p), 0.1 if n == 1000 else None)
        for kind in MapKind:
            for n, case in cases.items():
                def layout(c=case, k=kind) -> None:
                    clear_layout_cache()
                    map_layout(c, k)
                add(f"layout {kind.value}", n, layout, 0.5 if n == 1000 else None,
                    repeats=3 if n == 5000 else 5)
        for n, case in cases.items():
            add("analysis (strengths and risks)", n, lambda c=case: findings(c),
                0.2 if n == 1000 else None, repeats=3)
        _scenes(cases)
        _edits(cases[1000])
        add_child("open a 1,000-person case to a painted window", 1000,
                  OPEN_CASE.format(path=str(paths[1000]), what='f"{took:.3f}"'), 1.0)
        add_child("peak memory, 1,000 people open", 1000,
                  OPEN_CASE.format(path=str(paths[1000]), what='f"{peak:.0f}"'), 300.0,
                  unit="MB", repeats=1)
        _snapshots(cases, Path(folder))
    from netwerkkaart.example import example_case

    example = example_case()
    add("pdf, example case", None, lambda: build_pdf(example), 1.0)
    add("pdf, 1,000 people (three maps)", 1000, lambda: build_pdf(cases[1000]), 5.0, repeats=3)
    ged = generate_gedcom(2000, seed=3).encode("utf-8")
    add("gedcom import, 2,000 people", 2000, lambda: read_gedcom(ged), 1.0)
    line = child(PEAK.format(n=TREE, body="from netwerkkaart.ui.qt_setup import application\n"
                              "application([])\n"
                              "from netwerkkaart.ui.export_image import map_png\n"
                              "from netwerkkaart.model import MapKind\n"
                              "map_png(case, MapKind.GENOGRAM, scale=2.0)"), repeats=1)[0]
    try:
        peak = float(line.split("peak ")[1].split()[0])
        ROWS.append(Row("peak memory, png of a 2,157-person tree", TREE, peak, peak, peak,
                        "MB", 500.0))
    except (IndexError, ValueError):
        print(f"  (png peak: {line})")
    return ROWS


def _snapshots(cases: dict, folder: Path) -> None:  # type: ignore[type-arg]
    """Momentopnames: a 200-person case with 10 snapshots on disk and loaded; the comparison
    of a 1,000-person case with a snapshot of it, in words."""
    from netwerkkaart.analysis.compare import compare, summary
    from netwerkkaart.analysis.moments import now_moment, snapshot_moment
    from netwerkkaart.io.casefile import load_case, save_case

    from .cases import realistic_case, with_snapshots

    ten = with_snapshots(realistic_case(200, seed=200), 10)
    path = folder / "snapshots.netwerkkaart"
    save_case(ten, path)
    size = path.stat().st_size / 1e6
    ROWS.append(Row("file size, 10 snapshots", 200, size, size, size, "MB", 3.0))
    add("load and validate, 10 snapshots", 200, lambda: load_case(path), 0.5)
    big = with_snapshots(cases[1000], 1)
    then, now = snapshot_moment(big.snapshots[0]), now_moment(big)
    add("comparison and its summary", 1000, lambda: summary(compare(then, now)), 0.5,
        repeats=3)


def _scenes(cases: dict) -> None:  # type: ignore[type-arg]
    from netwerkkaart.layout.registry import clear_layout_cache
    from netwerkkaart.model import MapKind
    from netwerkkaart.ui.qt_setup import application
    from netwerkkaart.ui.scene import MapScene
    from netwerkkaart.ui.session import CaseSession

    application([])
    for kind in MapKind:
        for n in (50, 200, 1000):
            session = CaseSession(cases[n])

            def build(s=session, k=kind) -> None:
                clear_layout_cache()
                MapScene(s, k).rebuild()
            add(f"scene build {kind.value} (layout included)", n, build,
                0.5 if n == 1000 else None, repeats=3)


def _edits(case) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from netwerkkaart.model import Put
    from netwerkkaart.ui.main_window import MainWindow

    app = QApplication.instance()
    window = MainWindow(case)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    net = window.session.case.network
    pid = next(p for p in net.people if ("person", p) in window.current_scene().items_by_owner)
    names = iter(f"Naam {i}" for i in range(1000))

    def rename() -> None:
        window.session.edit("Naam", [Put("people", window.session.case.network.people[pid]
                                         .model_copy(update={"name": next(names)}))])
        window.current_view().viewport().repaint()
    add("one rename until repainted", 1000, rename, 20.0, repeats=7, unit="ms", scale=1000)

    def structural() -> None:
        window.edits.add_person()
        window.current_view().viewport().repaint()
    add("one structural edit (add a person) until repainted", 1000, structural, 150.0,
        repeats=5, unit="ms", scale=1000)
    # one drag step: the person under the mouse, pressed, then moved by a pixel
    view = window.current_view()
    view.set_zoom(1.0)
    item = window.current_scene().items_by_owner[("person", pid)]
    view.centerOn(item)
    app.processEvents()
    at = view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), at)
    step = iter(range(1, 10_000))

    def drag() -> None:
        QTest.mouseMove(view.viewport(), at + QPoint(next(step) % 40, 0))
        app.processEvents()
    add("one drag step", 1000, drag, 5.0, repeats=30, unit="ms", scale=1000)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), at)
    window.session.undo_stack.setClean()
    window.close()


def table(rows: list[Row]) -> str:
    head = (f"{'figure':<54} {'size':>5} {'median':>11} {'min':>11} {'max':>11} "
            f"{'target':>9}  met  5000/1000")
    lines = [head, "-" * len(head)]
    by = {(r.figure, r.size): r for r in rows}

    def v(x: float, unit: str) -> str:
        return f"{x:.3f} {unit}" if unit == "s" else f"{x:.1f} {unit}"

    for r in rows:
        size = "" if r.size is None else str(r.size)
        target = "" if r.target is None else f"{r.target:g} {r.unit}"
        met = "" if r.met is None else ("yes" if r.met else "NO")
        ratio = ""
        if r.size == 5000 and (r.figure, 1000) in by and by[(r.figure, 1000)].median > 0:
            ratio = f"{r.median / by[(r.figure, 1000)].median:.1f}x"
        lines.append(f"{r.figure:<54} {size:>5} {v(r.median, r.unit):>11} "
                     f"{v(r.low, r.unit):>11} {v(r.high, r.unit):>11} {target:>9}  "
                     f"{met:<4} {ratio}")
    return "\n".join(lines)


def main() -> None:
    rows = run()
    print(table(rows))
    out = ROOT / "benchmarks" / "results.json"
    out.write_text(json.dumps({
        "measured": time.strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
                   f"Python {platform.python_version()}",
        "rows": [{**asdict(r), "met": r.met} for r in rows]}, indent=1) + "\n")
    print(f"\n{out.relative_to(ROOT)} written")
