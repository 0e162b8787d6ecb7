"""Who is on which map, and a word when an edit takes someone off one.

Changing a person's kind (to a professional or a volunteer through an organisation), marking
them deceased or as a pregnancy can take them off a map: the genogram shows the family (and
people of the private network without a family tie), the ecogram and the netwerkkaart the
living network. Nobody vanishes without a word: :func:`absence_notice` says who left which
map and why, and where they still are.
"""

from __future__ import annotations

from ..i18n import tr
from ..labels import label
from ..model import Applied, Case, MapKind, Person
from .registry import map_spec

MAP_NAMES = {MapKind.GENOGRAM: "het genogram", MapKind.ECOGRAM: "het ecogram",
             MapKind.NETWERKKAART: "de netwerkkaart"}


def _watched(old: Person, new: Person) -> bool:
    return (old.kind, old.is_deceased, old.pregnancy) != (new.kind, new.is_deceased,
                                                          new.pregnancy)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + tr(" en ") + names[-1]


def _short(name: str) -> str:
    name = name.strip() or tr("Deze persoon")
    return name if len(name) <= 40 else name[:39] + "…"


def _reason(person: Person, kind: MapKind) -> str:
    if kind is MapKind.GENOGRAM:
        return tr("een {kind} zonder familierelatie staat niet in het genogram",
                  kind=label(person.kind).lower())
    if person.pregnancy is not None:
        return tr("het ecogram en de netwerkkaart tonen geen zwangerschappen")
    return tr("het ecogram en de netwerkkaart tonen het netwerk van nu, zonder overledenen")


def absence_notice(applied: Applied) -> str | None:
    """One Dutch sentence when the edit took a person off a map they were on, else None."""
    before: Case = applied.base
    after: Case = applied.case
    people = after.network.people
    changed = [pid for pid in applied.change.changed("people")
               if pid in people and pid in before.network.people
               and _watched(before.network.people[pid], people[pid])]
    if not changed:
        return None
    for pid in changed:
        left = [k for k in MapKind
                if pid in map_spec(k).shows(before) and pid not in map_spec(k).shows(after)]
        if not left:
            continue
        still = [MAP_NAMES[k] for k in MapKind if k not in left
                 and pid in map_spec(k).shows(after)]
        person = people[pid]
        text = tr("{name} staat nu niet meer in {maps}: {why}.", name=_short(person.name),
                  maps=_joined([MAP_NAMES[k] for k in left]), why=_reason(person, left[0]))
        if still:
            text += " " + tr("Wel in {maps}.", maps=_joined(still))
        return text + " " + tr("Ctrl+Z maakt het ongedaan.")
    return None
