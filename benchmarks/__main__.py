"""Run the benchmark suite: ``python -m benchmarks`` (``make bench``) prints the table and
writes ``benchmarks/results.json``; ``python -m benchmarks gramps`` (``make bench-gramps``)
runs the side-by-side with Gramps; ``python -m benchmarks more`` the earlier issues'
own measurements (``bench_*.py``). Benchmarks live apart from the tests; tests never assert
on time."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["gramps"]:
        from .bench_report import gramps_line

        print(gramps_line())
        return
    if sys.argv[1:] == ["more"]:  # the earlier issues' own figures (care table, radial...)
        import importlib
        import pkgutil
        from pathlib import Path

        here = Path(__file__).resolve().parent
        for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
            module = importlib.import_module(f"benchmarks.{info.name}")
            if info.name.startswith("bench_") and hasattr(module, "run"):
                module.run()
        return
    from .suite import main as suite

    suite()


if __name__ == "__main__":
    main()
