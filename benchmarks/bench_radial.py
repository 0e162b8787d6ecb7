"""The ecogram and netwerkkaart layouts (fresh, and after one added person starting from the
previous picture) at 60, 200 and 1,000 people: median of 5 runs, with min and max."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

SIZES = (60, 200, 1000)
REPEATS = 5


def run() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.network_cases import random_network_case

    from netwerkkaart.layout.registry import clear_layout_cache, map_spec
    from netwerkkaart.layout.style import DEFAULT_STYLE
    from netwerkkaart.model import CaseDocument, MapKind, Person, PersonKind, Put

    for kind in (MapKind.ECOGRAM, MapKind.NETWERKKAART):
        spec = map_spec(kind)
        for n in SIZES:
            case = random_network_case(n, seed=1)
            fresh, step = [], []
            for _ in range(REPEATS):
                clear_layout_cache()
                start = time.perf_counter()
                layout = spec.compute_layout(case, DEFAULT_STYLE)
                fresh.append(time.perf_counter() - start)
                doc = CaseDocument(case)
                doc.apply([Put("people", Person(name="Nieuw", kind=PersonKind.FRIEND))])
                start = time.perf_counter()
                spec.compute_layout(doc.case, DEFAULT_STYLE, layout)
                step.append(time.perf_counter() - start)
            for what, times in (("layout", fresh), ("layout after one added person", step)):
                ms = [t * 1000 for t in times]
                print(f"{kind.value} {n} people, {what}: median {statistics.median(ms):.0f} ms "
                      f"(min {min(ms):.0f}, max {max(ms):.0f})")
