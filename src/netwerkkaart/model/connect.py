"""Which ties make sense between two people, and which one is the likely one.

The Verbinden dialog offers only what makes sense for the pair (no partnership with an
organisation or between kin, no parent who would be their own descendant, no third biological
parent, no second partnership between the same two) and starts on the likely choice (a support
tie on the ecogram and netwerkkaart or with a professional; a tie of feeling between kin; the
older one as parent when the two are a generation apart; else partners). A choice is a small
key, so the model decides without knowing the dialog's words.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .dates import age_at
from .enums import (
    EmotionalKind,
    MapKind,
    ParentChildKind,
    PartnershipStatus,
    PersonKind,
    SupportStrength,
)
from .network import Network
from .people import Person
from .ties import EmotionalTie, PartnershipTie, SupportTie

FORMAL = frozenset({PersonKind.PROFESSIONAL, PersonKind.ORGANISATION,
                    PersonKind.VOLUNTEER_ORGANISED})
GENERATION = 14
"""Years between two people's births from which the older one is likely the parent."""


@dataclass(frozen=True)
class TieChoice:
    """One kind of tie between ``a`` and ``b`` (the two people in the order the user sees)."""

    group: str
    """"partner", "parent" (a is the parent of b), "child" (b is the parent of a),
    "emotional" or "support"."""
    value: str
    """The status, relation or strength within the group."""


def all_choices() -> list[TieChoice]:
    out = [TieChoice("partner", s.value) for s in PartnershipStatus]
    for rel in ParentChildKind:
        out += [TieChoice("parent", rel.value), TieChoice("child", rel.value)]
    out += [TieChoice("emotional", e.value) for e in EmotionalKind]
    out += [TieChoice("support", s.value) for s in SupportStrength]
    return out


def _is_ancestor(net: Network, older: str, younger: str) -> bool:
    """Whether ``older`` is ``younger`` or an ancestor of them via parent-child ties."""
    parents: dict[str, list[str]] = {}
    for t in net.parent_links():
        parents.setdefault(t.b, []).append(t.a)
    todo, seen = [younger], set()
    while todo:
        pid = todo.pop()
        if pid == older:
            return True
        if pid not in seen:
            seen.add(pid)
            todo += parents.get(pid, [])
    return False


def _young(p: Person, today: str | None = None) -> bool:
    """Under 16 now (so no partner), when the birth date says so for sure."""
    now = today or _dt.date.today().isoformat()
    age = age_at(p.birth, now) if p.birth and p.pregnancy is None else None
    return age is not None and age < 16


def _too_young_to_be_parent(parent: Person, child: Person) -> bool:
    """Born less than 12 years before the child (or after it), for sure."""
    if not parent.birth or not child.birth:
        return False
    gap = age_at(parent.birth, child.birth)
    return gap is None or gap < 11  # None: the parent is the younger; 11: a year-only margin


def _kin(net: Network, a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are already family by descent: one the other's ancestor, or
    children of one parent."""
    if _is_ancestor(net, a, b) or _is_ancestor(net, b, a):
        return True
    return bool(set(net.parents_of(a)) & set(net.parents_of(b)))


def sensible_choices(net: Network, a: str, b: str) -> list[TieChoice]:
    """The ties that make sense between ``a`` and ``b``, in the dialog's order."""
    pa, pb = net.people[a], net.people[b]
    kin = _kin(net, a, b)
    formal = pa.kind in FORMAL or pb.kind in FORMAL
    organisation = PersonKind.ORGANISATION in (pa.kind, pb.kind)
    pregnancy = pa.pregnancy is not None or pb.pregnancy is not None
    between = [t for t in net.ties.values() if {t.a, t.b} == {a, b}]
    partners = any(isinstance(t, PartnershipTie) for t in between)
    linked = {(t.a, t.b) for t in net.parent_links()}
    birth_parents = {pid: {t.a for t in net.parent_links() if t.b == pid
                           and t.relation is ParentChildKind.BIOLOGICAL} for pid in (a, b)}
    out: list[TieChoice] = []
    for choice in all_choices():
        if choice.group == "partner":
            ok = not (formal or pregnancy or partners or kin or _young(pa) or _young(pb))
        elif choice.group in ("parent", "child"):
            parent, child = (a, b) if choice.group == "parent" else (b, a)
            ok = not (formal or partners or net.people[parent].pregnancy is not None
                      or (parent, child) in linked or (child, parent) in linked
                      or _is_ancestor(net, child, parent)
                      or _too_young_to_be_parent(net.people[parent], net.people[child]))
            if ok and choice.value == ParentChildKind.BIOLOGICAL.value:
                ok = len(birth_parents[child] - {parent}) < 2
        elif choice.group == "emotional":
            ok = not (organisation or pregnancy) and not any(
                isinstance(t, EmotionalTie) and t.relation.value == choice.value
                for t in between)
        else:
            ok = not pregnancy and not any(isinstance(t, SupportTie) for t in between)
        if ok:
            out.append(choice)
    return out


def likely_choice(net: Network, a: str, b: str, map_kind: MapKind,
                  choices: list[TieChoice]) -> TieChoice | None:
    """The choice the dialog starts on (one of ``choices``)."""
    pa, pb = net.people[a], net.people[b]

    def first(group: str, value: str | None = None) -> TieChoice | None:
        return next((c for c in choices if c.group == group
                     and (value is None or c.value == value)), None)

    wanted: list[TieChoice | None] = []
    if map_kind is not MapKind.GENOGRAM or pa.kind in FORMAL or pb.kind in FORMAL:
        wanted.append(first("support", SupportStrength.STRONG.value))
        wanted.append(first("support"))
    if _kin(net, a, b):  # family already (a grandchild, a sister): a tie of feeling
        wanted.append(first("emotional", EmotionalKind.CLOSE.value))
    a_older, b_older = age_at(pa.birth, pb.birth), age_at(pb.birth, pa.birth)
    if max(a_older or 0, b_older or 0) >= GENERATION:
        group = "parent" if (a_older or 0) > 0 else "child"  # the older one is the parent
        wanted.append(first(group, ParentChildKind.BIOLOGICAL.value))
    wanted.append(first("partner", PartnershipStatus.MARRIED.value))
    wanted.append(first("partner"))
    wanted.append(first("emotional", EmotionalKind.CLOSE.value))
    found = next((c for c in wanted if c is not None), None)
    return found if found is not None else (choices[0] if choices else None)
