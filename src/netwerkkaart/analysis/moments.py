"""Momentopnames: making one, and the moments a comparison is made between. Pure.

A :class:`~netwerkkaart.model.Snapshot` is the whole case on a date, kept inside the case.
:func:`make_snapshot` builds one from the case as it is (with the strengths and risks as the
app sees them that day); :class:`Moment` is what a comparison looks at: a snapshot, or the
case as it is today.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..i18n import tr
from ..model import Case, SeenFinding, Snapshot
from ..model.dates import display, display_long
from .findings import findings


@dataclass(frozen=True)
class Moment:
    """One side of a comparison: a name, a date, the case then and what was seen in it."""

    name: str
    date: str
    """A full ISO date."""
    case: Case
    findings: tuple[SeenFinding, ...]
    snapshot_id: str | None = None
    """None: the case as it is now."""

    @property
    def is_now(self) -> bool:
        return self.snapshot_id is None

    def title(self) -> str:
        """"Intake (3 maart 2026)" or "nu (26 november 2026)"."""
        return tr("{name} ({date})", name=self.name, date=display_long(self.date))


def seen_findings(case: Case, date: str) -> tuple[SeenFinding, ...]:
    return tuple(SeenFinding(code=f.code, risk=f.risk, text=f.text, people=f.people)
                 for f in findings(case, today=date))


def make_snapshot(case: Case, name: str, date: str | None = None, made_by: str = "",
                  note: str = "") -> Snapshot:
    """A momentopname of ``case`` as it is (its own snapshots left out), dated ``date``
    (today when None)."""
    date = date or _dt.date.today().isoformat()
    state = case.model_copy(update={"snapshots": ()}) if case.snapshots else case
    return Snapshot(name=name.strip(), date=date, made_by=made_by.strip(), note=note.strip(),
                    findings=seen_findings(state, date), state=state)


def snapshot_moment(snapshot: Snapshot) -> Moment:
    return Moment(snapshot.name, snapshot.date, snapshot.state, snapshot.findings, snapshot.id)


NOW = "nu"


def now_moment(case: Case, today: str | None = None) -> Moment:
    """The case as it is, on ``today`` (default: the real today)."""
    today = today or _dt.date.today().isoformat()
    state = case.model_copy(update={"snapshots": ()}) if case.snapshots else case
    return Moment(tr(NOW), today, state, seen_findings(state, today))


def find_snapshot(case: Case, key: str) -> Snapshot | None:
    """The snapshot a user means by ``key``: its name (any case), its date (03-03-2026 or
    2026-03-03; the newest of that day), or its number in the list (1 = the oldest)."""
    key = key.strip()
    folded = key.casefold()
    for snap in case.snapshots:
        if snap.name.strip().casefold() == folded:
            return snap
    on_date = [s for s in case.snapshots if key in (s.date, display(s.date))]
    if on_date:
        return on_date[-1]
    if key.isdigit() and 1 <= int(key) <= len(case.snapshots):
        return case.snapshots[int(key) - 1]
    return None


def default_snapshot_name(case: Case) -> str:
    """"Intake" for the first, "Evaluatie" for the next ("Evaluatie 2", ...)."""
    names = {s.name.casefold() for s in case.snapshots}
    if not case.snapshots:
        return tr("Intake")
    base = tr("Evaluatie")
    if base.casefold() not in names:
        return base
    n = 2
    while f"{base} {n}".casefold() in names:
        n += 1
    return f"{base} {n}"


def moments_between(case: Case, first: str, second: str | None = None,
                    today: str | None = None) -> tuple[Moment, Moment] | None:
    """The two moments a comparison looks at, the earlier first: snapshots by id (``second``
    None: the case as it is now). Whichever order they are asked in, "then" is the older one,
    so the story is never told backwards: by date, then by their place in the list; now is
    always the later. None when an id is unknown or both are the same moment."""
    if first == second:
        return None
    order = {s.id: i for i, s in enumerate(case.snapshots)}
    snaps = {s.id: s for s in case.snapshots}
    if first not in snaps or (second is not None and second not in snaps):
        return None
    a = snapshot_moment(snaps[first])
    b = snapshot_moment(snaps[second]) if second is not None else now_moment(case, today)
    if b.is_now:
        return a, b

    def key(m: Moment) -> tuple[str, int]:
        return m.date, order[m.snapshot_id or ""]
    return (a, b) if key(a) <= key(b) else (b, a)
