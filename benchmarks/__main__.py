"""Run every benchmark: ``python -m benchmarks`` (``make bench``).

Imports each ``benchmarks/bench_*.py`` module and calls its ``run()``, which prints one line
per measurement. Benchmarks live apart from the tests; tests never assert on time.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path


def main() -> None:
    here = Path(__file__).resolve().parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if info.name.startswith("bench_"):
            module = importlib.import_module(f"benchmarks.{info.name}")
            module.run()


if __name__ == "__main__":
    main()
