"""Case file and GEDCOM timings: save, load and import of 500 and 5,000 people."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from netwerkkaart.io.casefile import load_case, save_case
from netwerkkaart.io.gedcom import read_gedcom
from netwerkkaart.model import Case

from .bench_layout import random_pedigree

SIZES = (500, 5000)


def _median(fn: Callable[[], object], repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> None:
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from tests.io.gedcom_gen import generate_gedcom

    with tempfile.TemporaryDirectory() as folder:
        for n in SIZES:
            net = random_pedigree(n)
            case = Case(network=net)
            path = Path(folder) / f"b{n}.netwerkkaart"
            t_save = _median(lambda c=case, p=path: save_case(c, p))
            t_load = _median(lambda p=path: load_case(p))
            size_kb = path.stat().st_size // 1024
            print(f"case file {n} people: save {t_save:.2f} s, load {t_load:.2f} s "
                  f"({size_kb} KB, median of 3)")
            data = generate_gedcom(n, seed=3).encode("utf-8")
            t_ged = _median(lambda d=data: read_gedcom(d))
            print(f"gedcom import {n} people: {t_ged:.2f} s (median of 3)")
