"""Ties between two people. Several ties of different kinds may join the same pair.

Each kind is its own frozen value with a ``kind`` discriminator, so the case file stores
``{"kind": "partnership", ...}`` and pydantic picks the right class. Direction conventions:

* parent-child: ``a`` is the parent, ``b`` the child;
* emotional: ``a`` is the focuser or abuser for the directed kinds;
* support: ``direction`` says which way energy flows between ``a`` and ``b``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, field_validator

from ..i18n import tr
from .dates import PartialDate
from .enums import (
    EmotionalKind,
    EnergyDirection,
    ParentChildKind,
    PartnershipStatus,
    PersonKind,
    SupportStrength,
    SupportType,
    TieKind,
)
from .people import ORGANISATION_FAMILY, _Frozen, new_id
from .records import Problem, Ref, declare_record

if TYPE_CHECKING:
    from .network import Network


class _TieBase(_Frozen):
    id: str = Field(default_factory=new_id, min_length=1)
    a: str = Field(min_length=1)
    b: str = Field(min_length=1)
    notes: str = ""


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


# -- rules -----------------------------------------------------------------------------------

SELF_TIE = "Een relatie moet twee verschillende personen verbinden."
END_BEFORE_START = "Het einde van de relatie ligt voor het begin."
DUPLICATE_PARENT = "Deze ouder-kindrelatie bestaat al."
THIRD_PARENT = "Deze persoon heeft al twee biologische ouders."


def _tie_invariants(t: AnyTie) -> Iterator[Problem]:
    if t.a == t.b:
        yield Problem(tr(SELF_TIE), "ties", t.id)
    if isinstance(t, PartnershipTie) and t.start and t.end and t.end < t.start[: len(t.end)]:
        yield Problem(tr(END_BEFORE_START), "ties", t.id, "end")  # refused on load too


def _tie_edit_rules(t: AnyTie, old: AnyTie | None, net: Network) -> Iterator[Problem]:
    if isinstance(t, PartnershipTie | ParentChildTie) and any(
            pid in net.people and net.people[pid].kind is PersonKind.ORGANISATION
            for pid in (t.a, t.b)):
        yield Problem(tr(ORGANISATION_FAMILY), "ties", t.id)
    if (isinstance(t, PartnershipTie) and t.start and t.end and t.end < t.start[: len(t.end)]
            and not (isinstance(old, PartnershipTie) and (old.start, old.end) == (t.start, t.end))):
        yield Problem(tr(END_BEFORE_START), "ties", t.id, "end")
    same_link = isinstance(old, ParentChildTie) and (old.a, old.b, old.relation) == (
        t.a, t.b, getattr(t, "relation", None))
    if isinstance(t, ParentChildTie) and not same_link:
        same = [o for o in net.parent_links() if o.b == t.b and o.a == t.a and o.id != t.id]
        if same:
            yield Problem(tr(DUPLICATE_PARENT), "ties", t.id)
        if t.relation is ParentChildKind.BIOLOGICAL:
            birth = {o.a for o in net.parent_links()
                     if o.b == t.b and o.relation is ParentChildKind.BIOLOGICAL}
            if len(birth) > 2:
                yield Problem(tr(THIRD_PARENT), "ties", t.id, "relation")


TIES = declare_record("ties", Tie, label="relatie", refs=[Ref("a"), Ref("b")],
                      invariants=[_tie_invariants], edit_rules=[_tie_edit_rules])
