"""Run the benchmark suite: ``python -m benchmarks`` (``make bench``) prints the table and
writes ``benchmarks/results.json``; ``python -m benchmarks gramps`` (``make bench-gramps``)
runs the side-by-side with Gramps. Benchmarks live apart from the tests; tests never assert
on time."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["gramps"]:
        from .bench_report import gramps_line

        print(gramps_line())
        return
    from .suite import main as suite

    suite()


if __name__ == "__main__":
    main()
