"""Implausible, not impossible: what the user is asked about, never refused.

Two kinds of rules go through the one edit check (:mod:`.check`):

* **impossible** structures are refused on edit and on load: someone their own ancestor, a
  third biological parent, a tie from a person to themselves, a death before the birth;
* **implausible** ones, here, are warnings with a Dutch reason. An edit that makes one is
  shown to the user, who may go on; a file or a GEDCOM that has one loads as it is (``check``
  lists them).

The rules only speak when they are sure: a partial date ("1944", "1944-03") counts by its
earliest and latest possible day, so a year-only birth never raises a false alarm.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator

from ..i18n import tr
from .edits import Applied
from .enums import ParentChildKind, Sex
from .network import Network
from .people import Person
from .records import Problem
from .ties import ParentChildTie, PartnershipTie

CHILD_BEFORE_PARENT = "Het kind is geboren vóór de ouder."
PARENT_UNDER_12 = "De ouder was bij de geboorte van het kind jonger dan 12 jaar."
AFTER_FATHERS_DEATH = ("Het kind is meer dan 10 maanden na het overlijden van de biologische "
                       "vader geboren.")
PARTNER_IS_PARENT = "Deze twee partners zijn ook ouder en kind van elkaar."


def _earliest(value: str) -> _dt.date:
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 else 1
    day = int(value[8:10]) if len(value) >= 10 else 1
    return _dt.date(year, month, day)


def _latest(value: str) -> _dt.date:
    year = int(value[:4])
    if len(value) >= 10:
        return _dt.date(year, int(value[5:7]), int(value[8:10]))
    if len(value) >= 7:
        month = int(value[5:7])
        nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    return _dt.date(year, 12, 31)


def _plus_months(day: _dt.date, months: int) -> _dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return _dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def link_problems(net: Network, link: ParentChildTie) -> Iterator[Problem]:
    """What is implausible about one parent-child link (sure cases only)."""
    parent, child = net.people.get(link.a), net.people.get(link.b)
    if parent is None or child is None or not child.birth or child.pregnancy is not None:
        return
    if parent.birth:
        if _latest(child.birth) < _earliest(parent.birth):
            yield Problem(tr(CHILD_BEFORE_PARENT), "ties", link.id)
        elif _latest(child.birth) < _plus_months(_earliest(parent.birth), 12 * 12):
            yield Problem(tr(PARENT_UNDER_12), "ties", link.id)
    if (link.relation is ParentChildKind.BIOLOGICAL and parent.sex is Sex.MALE and parent.death
            and _earliest(child.birth) > _plus_months(_latest(parent.death), 10)):
        yield Problem(tr(AFTER_FATHERS_DEATH), "ties", link.id)


def partnership_problems(net: Network, tie: PartnershipTie) -> Iterator[Problem]:
    pair = {tie.a, tie.b}
    if any({t.a, t.b} == pair for t in net.parent_links()):
        yield Problem(tr(PARTNER_IS_PARENT), "ties", tie.id)


def case_warnings(net: Network) -> list[Problem]:
    """Every implausible thing in a whole network (for ``check`` and after opening a file)."""
    out: list[Problem] = []
    links = list(net.parent_links())
    pairs = {frozenset((t.a, t.b)) for t in links}
    for link in sorted(links, key=lambda t: t.id):
        out += link_problems(net, link)
    for tie in sorted(net.ties.values(), key=lambda t: t.id):
        if isinstance(tie, PartnershipTie) and frozenset((tie.a, tie.b)) in pairs:
            out.append(Problem(tr(PARTNER_IS_PARENT), "ties", tie.id))
    return out


def _dates_changed(old: Person | None, new: Person) -> bool:
    return old is None or (old.birth, old.death, old.sex, old.pregnancy) != (
        new.birth, new.death, new.sex, new.pregnancy)


def edit_warnings(applied: Applied) -> list[Problem]:
    """What an accepted edit makes implausible: only the ties and people it touched, and
    only what changed (an old oddity from a GEDCOM is not raised again by a rename)."""
    net = applied.case.network
    change = applied.change
    people = {pid for pid in change.changed("people") if pid in net.people
              and _dates_changed(applied.previous.get(("people", pid)), net.people[pid])}
    ties = {tid for tid in change.changed("ties") if tid in net.ties
            and applied.previous.get(("ties", tid)) != net.ties[tid]}
    if not people and not ties:
        return []
    out: list[Problem] = []
    seen: set[str] = set()
    links = [t for t in net.parent_links() if t.id in ties or t.a in people or t.b in people]
    for link in links:
        for problem in link_problems(net, link):
            if problem.message not in seen:
                seen.add(problem.message)
                out.append(problem)
    partnerships: Iterable[PartnershipTie] = (
        t for t in net.ties.values() if isinstance(t, PartnershipTie)
        and (t.id in ties or any(link.a in (t.a, t.b) and link.b in (t.a, t.b)
                                 for link in links)))
    for tie in partnerships:
        for problem in partnership_problems(net, tie):
            if problem.message not in seen:
                seen.add(problem.message)
                out.append(problem)
    return out
