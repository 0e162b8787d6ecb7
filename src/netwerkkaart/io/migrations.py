"""Migrations of the case file: pure ``dict -> dict`` steps, run before validation.

``MIGRATIONS[n]`` turns a version-``n`` document into a version ``n + 1`` one. Each step keeps
every id and works on the document alone (never on model objects, which follow the newest
format). Golden files of every version live in ``tests/data/`` and must keep loading.

* 1 -> 2: the client becomes a case reference (``network.refs.client``) instead of a flag on
  every person; the profession ``other`` becomes the user's own value; the netwerkkaart keeps
  each placed person's ring and sector (derived from where version 1 drew them) instead of an
  x, y that drifted into another sector when sectors resized. Pinned positions stay pins.
* 2 -> 3: who is who (care situation, consent, care tasks, assignments, agreements,
  referrals), empty in an older file.
* 3 -> 4: carers (roles, instrument results, balance checks, signals and risk), empty in an
  older file.
* 4 -> 5: the MantelScan conclusion, empty in an older file.
* 5 -> 6: momentopnames (``snapshots``), none in an older file. Each snapshot holds a whole
  case body (``state``) in the format of its file, so from version 6 on every step also runs
  over the state of every snapshot (:func:`migrate` sees to that).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..i18n import tr

FORMAT_VERSION = 6

Document = dict[str, Any]


class MigrationError(ValueError):
    """An old file that cannot be brought up to date; the message is Dutch."""


def _v1_to_v2(doc: Document) -> Document:
    network = dict(doc.get("network") or {})
    people = {pid: dict(p) for pid, p in (network.get("people") or {}).items()
              if isinstance(p, dict)}
    clients = [pid for pid, p in people.items() if p.pop("is_client", False)]
    if len(clients) > 1:
        raise MigrationError(tr("Er zijn {n} cliënten: precies één persoon mag cliënt zijn.",
                                n=len(clients)))
    for p in people.values():
        if p.get("profession") == "other":
            p["profession"] = {"custom": "Andere professie"}
    network["people"] = people
    network["refs"] = {"client": clients[0]} if clients else {}
    doc["network"] = network
    views = dict(doc.get("views") or {})
    circle = dict(views.get("netwerkkaart") or {})
    positions = circle.get("positions") or {}
    if isinstance(positions, dict) and positions:
        cells, pins = _v1_cells(people, clients[0] if clients else None, positions)
        circle["positions"] = pins
        circle["cells"] = cells
    views["netwerkkaart"] = circle
    doc["views"] = views
    return doc


# Version 1 drew the netwerkkaart from these (frozen here: later layouts may differ).
_V1_SECTORS = (
    ("familie", {"partner", "family"}),
    ("vrienden", {"friend", "acquaintance"}),
    ("buren", {"neighbour"}),
    ("vrijwilligers", {"volunteer_organised", "volunteer_informal"}),
    ("professionals", {"professional", "organisation"}),
)
_V1_RINGS = ("intimi", "vrienden", "bekenden", "diensten")
_V1_RING_INNER, _V1_RING_STEP = 90.0, 150.0


def _v1_cells(people: dict[str, dict[str, Any]], client: str | None,
              positions: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(cells, pins) from version 1 positions, with version 1's sector angles."""
    counts = [0] * len(_V1_SECTORS)
    for pid, p in people.items():
        alive = not p.get("deceased") and not p.get("death") and not p.get("pregnancy")
        if alive and pid != client:
            kind = p.get("kind", "family")
            for i, (_code, kinds) in enumerate(_V1_SECTORS):
                if kind in kinds:
                    counts[i] += 1
    weights = [c + 1.5 for c in counts]
    total = sum(weights)
    cells: dict[str, Any] = {}
    pins: dict[str, Any] = {}
    for pid, pos in positions.items():
        if not isinstance(pos, dict):
            continue
        if pos.get("pinned"):
            pins[pid] = pos
        if pid == client:
            continue
        try:
            x, y = float(pos["x"]), float(pos["y"])
        except (KeyError, TypeError, ValueError):
            continue
        angle = math.atan2(y, x)
        while angle < -math.pi / 2:
            angle += 2 * math.pi
        start, sector = -math.pi / 2, _V1_SECTORS[-1][0]
        for (code, _kinds), w in zip(_V1_SECTORS, weights, strict=True):
            span = 2 * math.pi * w / total
            if start <= angle < start + span:
                sector = code
                break
            start += span
        ring = int((math.hypot(x, y) - _V1_RING_INNER) // _V1_RING_STEP)
        cells[pid] = {"ring": _V1_RINGS[max(0, min(len(_V1_RINGS) - 1, ring))],
                      "sector": sector}
    return cells, pins


def _v2_to_v3(doc: Document) -> Document:
    """Version 3 adds who is who: the care situation and consent on the case; care tasks,
    who does them, agreements and referrals in the network (all empty in an older file)."""
    doc.setdefault("care", {})
    doc.setdefault("consent", {})
    network = dict(doc.get("network") or {})
    for name in ("care_tasks", "assignments", "agreements", "referrals"):
        network.setdefault(name, {})
    doc["network"] = network
    return doc


def _v3_to_v4(doc: Document) -> Document:
    """Version 4 adds the carers: roles, instrument results, balance checks and the
    checklists of signals and risk (all empty in an older file)."""
    network = dict(doc.get("network") or {})
    for name in ("roles", "assessments", "balance_checks", "carer_checks"):
        network.setdefault(name, {})
    doc["network"] = network
    return doc


def _v4_to_v5(doc: Document) -> Document:
    """Version 5 adds the MantelScan conclusion (empty in an older file)."""
    doc.setdefault("scan", {})
    return doc


def _v5_to_v6(doc: Document) -> Document:
    """Version 6 keeps momentopnames in the case (none in an older file)."""
    doc.setdefault("snapshots", [])
    return doc


MIGRATIONS: dict[int, Callable[[Document], Document]] = {1: _v1_to_v2, 2: _v2_to_v3,
                                                         3: _v3_to_v4, 4: _v4_to_v5,
                                                         5: _v5_to_v6}
SNAPSHOTS_SINCE = 6
"""From this version on a file may hold snapshots, whose states later steps migrate too."""


def _migrate_state(step: Callable[[Document], Document], snap: Any) -> Any:
    if isinstance(snap, dict) and isinstance(snap.get("state"), dict):
        return {**snap, "state": step(dict(snap["state"]))}
    return snap  # the wrong shape: validation names it


def migrate(doc: Document) -> Document:
    """Bring ``doc`` up to :data:`FORMAT_VERSION` (the caller refuses newer versions)."""
    version = int(doc["format_version"])
    while version < FORMAT_VERSION:
        step = MIGRATIONS[version]
        doc = step(dict(doc))
        if version >= SNAPSHOTS_SINCE:
            doc["snapshots"] = [_migrate_state(step, snap) for snap in doc.get("snapshots") or []]
        version += 1
        doc["format_version"] = version
    return doc
