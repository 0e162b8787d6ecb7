"""Migrations of the case file: pure ``dict -> dict`` steps, run before validation.

``MIGRATIONS[n]`` turns a version-``n`` document into a version ``n + 1`` one. Each step must
keep every id and must never need the network. Golden files of every version live in
``tests/data/`` and must keep loading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT_VERSION = 1

Document = dict[str, Any]
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


def migrate(doc: Document) -> Document:
    """Bring ``doc`` up to :data:`FORMAT_VERSION` (the caller refuses newer versions)."""
    version = int(doc["format_version"])
    while version < FORMAT_VERSION:
        step = MIGRATIONS[version]
        doc = step(dict(doc))
        version += 1
        doc["format_version"] = version
    return doc
