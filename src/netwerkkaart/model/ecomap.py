"""The ecogram as part of the case: contact categories and closeness, per person.

Dutch mantelzorg practice (Expertisecentrum Mantelzorg) draws a star around the client with
fixed contact categories, each with a letter: G gezin van herkomst, F overige familie,
V vrienden, K kennissen / collega's / oud-buren, B buren, R raadslieden, Z zorgverleners. The
client and the people living with the client (the household) sit in the central circle.

A person's category comes from their relation to the client (:mod:`.relations`) unless set by
hand; their closeness (four steps, 1 = closest) likewise. Both are stored in
:class:`EcoPlace` when the user sets them (in the panel, or by dropping the person in another
sector or nearer or further out): that is the model edit a drop on the ecogram means.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from .enums import PersonKind
from .relations import Relation, RelationCode


class EcoCategory(StrEnum):
    G = "G"
    F = "F"
    V = "V"
    K = "K"
    B = "B"
    R = "R"
    Z = "Z"


CLOSENESS_STEPS = 4
"""Closeness 1 (heel dichtbij) to 4 (ver weg)."""

Closeness = int


class EcoPlace(BaseModel):
    """What the user set for one person on the ecogram; None: derived."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: EcoCategory | None = None
    closeness: Closeness | None = Field(default=None, ge=1, le=CLOSENESS_STEPS)


_CATEGORY: dict[RelationCode, EcoCategory] = {
    RelationCode.PARENT: EcoCategory.G, RelationCode.SIBLING: EcoCategory.G,
    RelationCode.HALF_SIBLING: EcoCategory.G, RelationCode.STEP_PARENT: EcoCategory.G,
    RelationCode.FOSTER_PARENT: EcoCategory.G,
    RelationCode.FRIEND: EcoCategory.V,
    RelationCode.ACQUAINTANCE: EcoCategory.K, RelationCode.COLLEAGUE: EcoCategory.K,
    RelationCode.FORMER_NEIGHBOUR: EcoCategory.K,
    RelationCode.NEIGHBOUR: EcoCategory.B,
    RelationCode.SPIRITUAL_CARER: EcoCategory.R,
    RelationCode.PROFESSIONAL: EcoCategory.Z, RelationCode.ORGANISATION: EcoCategory.Z,
}
_BY_KIND: dict[PersonKind, EcoCategory] = {
    PersonKind.FAMILY: EcoCategory.F, PersonKind.PARTNER: EcoCategory.F,
    PersonKind.FRIEND: EcoCategory.V, PersonKind.ACQUAINTANCE: EcoCategory.K,
    PersonKind.NEIGHBOUR: EcoCategory.B, PersonKind.VOLUNTEER_INFORMAL: EcoCategory.K,
    PersonKind.VOLUNTEER_ORGANISED: EcoCategory.Z, PersonKind.PROFESSIONAL: EcoCategory.Z,
    PersonKind.ORGANISATION: EcoCategory.Z,
}

_CLOSENESS: dict[RelationCode, Closeness] = {
    RelationCode.PARTNER: 1, RelationCode.CHILD: 1, RelationCode.PARENT: 1,
    RelationCode.FOSTER_CHILD: 1, RelationCode.FOSTER_PARENT: 1,
    RelationCode.SIBLING: 2, RelationCode.HALF_SIBLING: 2, RelationCode.GRANDCHILD: 2,
    RelationCode.GRANDPARENT: 2, RelationCode.CHILD_IN_LAW: 2, RelationCode.STEP_CHILD: 2,
    RelationCode.STEP_PARENT: 2, RelationCode.FRIEND: 2,
    RelationCode.EX_PARTNER: 3, RelationCode.NEIGHBOUR: 3, RelationCode.ACQUAINTANCE: 3,
    RelationCode.COLLEAGUE: 3, RelationCode.FORMER_NEIGHBOUR: 3, RelationCode.VOLUNTEER: 3,
    RelationCode.PROFESSIONAL: 3, RelationCode.SPIRITUAL_CARER: 3,
    RelationCode.ORGANISATION: 4,
}


def default_category(relation: Relation | None, kind: PersonKind) -> EcoCategory:
    """The contact category a relation suggests: parents and siblings are the family of
    origin (G), the rest of the family F; a volunteer of an organisation counts with the
    care (Z), an informal one with the acquaintances (K)."""
    if isinstance(relation, RelationCode):
        if relation is RelationCode.VOLUNTEER:
            return _BY_KIND.get(kind, EcoCategory.K)
        if relation in _CATEGORY:
            return _CATEGORY[relation]
        if relation is not RelationCode.SELF and kind in (PersonKind.FAMILY,
                                                          PersonKind.PARTNER):
            return EcoCategory.F
    return _BY_KIND[kind]


def default_closeness(relation: Relation | None) -> Closeness:
    """How close a relation usually is (1 closest, 4 furthest); the user adjusts it."""
    if isinstance(relation, RelationCode):
        return _CLOSENESS.get(relation, 3)
    return 3
