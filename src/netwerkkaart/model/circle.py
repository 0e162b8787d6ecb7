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
from .enums import PersonKind


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
                                       SectorCode.VRIJWILLIGERS, SectorCode.PROFESSIONALS)


class Cell(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    ring: Ring
    sector: Sector


DEFAULT_RING_OF: dict[PersonKind, RingCode] = {
    PersonKind.PARTNER: RingCode.INTIMI, PersonKind.FAMILY: RingCode.VRIENDEN,
    PersonKind.FRIEND: RingCode.VRIENDEN, PersonKind.NEIGHBOUR: RingCode.BEKENDEN,
    PersonKind.ACQUAINTANCE: RingCode.BEKENDEN, PersonKind.VOLUNTEER_INFORMAL: RingCode.BEKENDEN,
    PersonKind.VOLUNTEER_ORGANISED: RingCode.DIENSTEN, PersonKind.PROFESSIONAL: RingCode.DIENSTEN,
    PersonKind.ORGANISATION: RingCode.DIENSTEN,
}
DEFAULT_SECTOR_OF: dict[PersonKind, SectorCode] = {
    PersonKind.PARTNER: SectorCode.FAMILIE, PersonKind.FAMILY: SectorCode.FAMILIE,
    PersonKind.FRIEND: SectorCode.VRIENDEN, PersonKind.ACQUAINTANCE: SectorCode.VRIENDEN,
    PersonKind.NEIGHBOUR: SectorCode.BUREN, PersonKind.VOLUNTEER_INFORMAL: SectorCode.VRIJWILLIGERS,
    PersonKind.VOLUNTEER_ORGANISED: SectorCode.VRIJWILLIGERS,
    PersonKind.PROFESSIONAL: SectorCode.PROFESSIONALS,
    PersonKind.ORGANISATION: SectorCode.PROFESSIONALS,
}


def default_cell(kind: PersonKind, rings: tuple[Ring, ...],
                 sectors: tuple[Sector, ...]) -> Cell:
    """Where a person of this kind goes until placed: the nearest ring and sector the case
    has (the last ring, the last sector when the case has removed the usual one)."""
    ring: Ring = DEFAULT_RING_OF[kind]
    sector: Sector = DEFAULT_SECTOR_OF[kind]
    if ring not in rings:
        ring = rings[-1]
    if sector not in sectors:
        sector = sectors[-1]
    return Cell(ring=ring, sector=sector)
