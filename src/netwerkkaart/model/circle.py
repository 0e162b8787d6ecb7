"""The netwerkkaart (Lensink's network circle) as part of the case: rings, sectors, cells.

Rings say closeness (intimi innermost), sectors say the life domain. Both lists belong to the
case, with Dutch defaults, and either may hold the user's own :class:`~.codes.Custom` values.
A person's place on the netwerkkaart is a :class:`Cell` (ring and sector) stored in the model,
so it keeps its meaning when sectors grow or shrink; where inside the cell the person stands is
the layout's choice unless the person is pinned. A person without a stored cell gets a default
from who they are (:func:`default_cell`).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from .codes import Custom
from .ecomap import default_closeness
from .enums import PersonKind
from .relations import FAMILY_RELATIONS, Relation, RelationCode


class RingCode(StrEnum):
    INTIMI = "intimi"
    VRIENDEN = "vrienden"
    BEKENDEN = "bekenden"
    DIENSTEN = "diensten"


class SectorCode(StrEnum):
    """Sectors named by Lensink and by Dutch mantelzorg and wijkteam practice."""

    HUISHOUDEN = "huishouden"
    FAMILIE = "familie"
    VRIENDEN = "vrienden"
    BUREN = "buren"
    WERK = "werk"
    VRIJWILLIGERS = "vrijwilligers"
    PROFESSIONALS = "professionals"
    MEDECLIENTEN = "medeclienten"
    SAMENLEVING = "samenleving"


Ring = RingCode | Custom
Sector = SectorCode | Custom

DEFAULT_RINGS: tuple[Ring, ...] = (RingCode.INTIMI, RingCode.VRIENDEN, RingCode.BEKENDEN,
                                   RingCode.DIENSTEN)
DEFAULT_SECTORS: tuple[Sector, ...] = (SectorCode.FAMILIE, SectorCode.VRIENDEN, SectorCode.BUREN,
                                       SectorCode.WERK, SectorCode.VRIJWILLIGERS,
                                       SectorCode.PROFESSIONALS)


class Cell(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    ring: Ring
    sector: Sector


DEFAULT_SECTOR_OF: dict[PersonKind, SectorCode] = {
    PersonKind.PARTNER: SectorCode.FAMILIE, PersonKind.FAMILY: SectorCode.FAMILIE,
    PersonKind.FRIEND: SectorCode.VRIENDEN, PersonKind.ACQUAINTANCE: SectorCode.VRIENDEN,
    PersonKind.NEIGHBOUR: SectorCode.BUREN, PersonKind.VOLUNTEER_INFORMAL: SectorCode.VRIJWILLIGERS,
    PersonKind.VOLUNTEER_ORGANISED: SectorCode.VRIJWILLIGERS,
    PersonKind.PROFESSIONAL: SectorCode.PROFESSIONALS,
    PersonKind.ORGANISATION: SectorCode.PROFESSIONALS,
}
_SECTOR_OF_RELATION: dict[RelationCode, SectorCode] = {
    RelationCode.FRIEND: SectorCode.VRIENDEN, RelationCode.ACQUAINTANCE: SectorCode.VRIENDEN,
    RelationCode.NEIGHBOUR: SectorCode.BUREN, RelationCode.FORMER_NEIGHBOUR: SectorCode.BUREN,
    RelationCode.COLLEAGUE: SectorCode.WERK, RelationCode.VOLUNTEER: SectorCode.VRIJWILLIGERS,
    RelationCode.PROFESSIONAL: SectorCode.PROFESSIONALS,
    RelationCode.SPIRITUAL_CARER: SectorCode.PROFESSIONALS,
    RelationCode.ORGANISATION: SectorCode.PROFESSIONALS,
}
_RING_OF_CLOSENESS = (RingCode.INTIMI, RingCode.VRIENDEN, RingCode.BEKENDEN, RingCode.DIENSTEN)
_SERVICES = frozenset({RelationCode.PROFESSIONAL, RelationCode.ORGANISATION,
                       RelationCode.SPIRITUAL_CARER})


def default_cell(kind: PersonKind, rings: tuple[Ring, ...], sectors: tuple[Sector, ...],
                 relation: Relation | None = None) -> Cell:
    """Where a person goes until placed: the ring by how close the relation usually is
    (professionals in diensten), the sector by the relation (family, friends, neighbours,
    work, volunteers, professionals); the last ring or sector when the case has removed the
    usual one."""
    sector: Sector = DEFAULT_SECTOR_OF[kind]
    if isinstance(relation, RelationCode):
        if relation in FAMILY_RELATIONS:
            sector = SectorCode.FAMILIE
        sector = _SECTOR_OF_RELATION.get(relation, sector)
    ring: Ring
    if (isinstance(relation, RelationCode) and relation in _SERVICES) or kind in (
            PersonKind.PROFESSIONAL, PersonKind.ORGANISATION, PersonKind.VOLUNTEER_ORGANISED):
        ring = RingCode.DIENSTEN
    else:
        ring = _RING_OF_CLOSENESS[default_closeness(relation) - 1]
    if ring not in rings:
        ring = rings[-1]
    if sector not in sectors:
        sector = sectors[-1]
    return Cell(ring=ring, sector=sector)
