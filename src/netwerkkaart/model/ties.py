"""Ties between two people. Several ties of different kinds may join the same pair.

Each kind is its own frozen value with a ``kind`` discriminator, so the case file stores
``{"kind": "partnership", ...}`` and pydantic picks the right class. Direction conventions:

* parent-child: ``a`` is the parent, ``b`` the child;
* emotional: ``a`` is the focuser or abuser for the directed kinds;
* support: ``direction`` says which way energy flows between ``a`` and ``b``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from .dates import PartialDate
from .enums import (
    EmotionalKind,
    EnergyDirection,
    ParentChildKind,
    PartnershipStatus,
    SupportStrength,
    SupportType,
    TieKind,
)
from .people import _Frozen, new_id


class _TieBase(_Frozen):
    id: str = Field(default_factory=new_id, min_length=1)
    a: str = Field(min_length=1)
    b: str = Field(min_length=1)
    notes: str = ""

    @model_validator(mode="after")
    def _two_people(self) -> _TieBase:
        if self.a == self.b:
            raise ValueError(f"relatie {self.id} verbindt een persoon met zichzelf")
        return self


class PartnershipTie(_TieBase):
    kind: Literal[TieKind.PARTNERSHIP] = TieKind.PARTNERSHIP
    status: PartnershipStatus = PartnershipStatus.MARRIED
    start: PartialDate | None = None
    """Marriage or start of living together ("h. 1970")."""
    end: PartialDate | None = None
    """Separation or divorce ("g. 1995")."""


class ParentChildTie(_TieBase):
    kind: Literal[TieKind.PARENT_CHILD] = TieKind.PARENT_CHILD
    relation: ParentChildKind = ParentChildKind.BIOLOGICAL


class EmotionalTie(_TieBase):
    kind: Literal[TieKind.EMOTIONAL] = TieKind.EMOTIONAL
    relation: EmotionalKind = EmotionalKind.CLOSE


class SupportTie(_TieBase):
    kind: Literal[TieKind.SUPPORT] = TieKind.SUPPORT
    strength: SupportStrength = SupportStrength.STRONG
    direction: EnergyDirection = EnergyDirection.NONE
    support_types: tuple[SupportType, ...] = ()

    @field_validator("support_types")
    @classmethod
    def _canonical(cls, value: tuple[SupportType, ...]) -> tuple[SupportType, ...]:
        order = list(SupportType)
        return tuple(sorted(set(value), key=order.index))


Tie = Annotated[
    PartnershipTie | ParentChildTie | EmotionalTie | SupportTie,
    Field(discriminator="kind"),
]
AnyTie = PartnershipTie | ParentChildTie | EmotionalTie | SupportTie
