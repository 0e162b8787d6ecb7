"""Benchmarks, run with ``python -m benchmarks``; never part of the test run."""
