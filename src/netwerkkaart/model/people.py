"""People and the groupings among them (households, twin sets), declared as record kinds.

A :class:`Person` is anyone in the client's network: a relative, a friend, a volunteer, a
professional or an organisation. Everything refers to people by a stable uuid4 string id. Who
the client is, is a case-level reference (:data:`CLIENT`), not a flag on the person.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from ..i18n import tr
from .codes import Custom
from .dates import PartialDate, in_future
from .enums import PersonKind, Pregnancy, Profession, Sex, SexAtBirth, Zygosity
from .records import Problem, Ref, declare_case_ref, declare_record
from .relations import Relation

if TYPE_CHECKING:
    from .network import Network


def new_id() -> str:
    """A fresh stable id (uuid4): never derived from object identity or position."""
    return str(uuid.uuid4())


class _Frozen(BaseModel):
    """Values are immutable; an edit replaces a whole value (which makes undo trivial)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(_Frozen):
    id: str = Field(default_factory=new_id, min_length=1)
    name: str = ""
    sex: Sex = Sex.UNKNOWN
    sex_at_birth: SexAtBirth | None = None
    birth: PartialDate | None = None
    death: PartialDate | None = None
    deceased: StrictBool = False
    kind: PersonKind = PersonKind.FAMILY
    profession: Profession | Custom | None = None
    organisation: str = ""
    pregnancy: Pregnancy | None = None
    relation: Relation | None = None
    """The relation to the client set by hand; None: derived (:mod:`.relations`)."""
    phone: str = ""
    email: str = ""
    notes: str = ""

    @property
    def is_deceased(self) -> bool:
        """A known death date implies the person has died, whatever the flag says."""
        return self.deceased or self.death is not None


class Household(_Frozen):
    """People who live under one roof: drawn as a dotted outline in the genogram."""

    id: str = Field(default_factory=new_id, min_length=1)
    label: str = ""
    members: tuple[str, ...] = ()


class TwinSet(_Frozen):
    """Siblings born at one birth; identical (monozygotic) twins get a bar in the genogram."""

    id: str = Field(default_factory=new_id, min_length=1)
    members: tuple[str, ...] = ()
    zygosity: Zygosity = Zygosity.UNKNOWN


# -- rules -----------------------------------------------------------------------------------

DEATH_BEFORE_BIRTH = "De overlijdensdatum ligt voor de geboortedatum."
BIRTH_IN_FUTURE = "De geboortedatum ligt in de toekomst."
DEATH_IN_FUTURE = "De overlijdensdatum ligt in de toekomst."
ORGANISATION_FAMILY = ("Een organisatie kan geen partner, ouder of kind zijn. Verwijder eerst "
                       "die relaties in het genogram.")


def _person_invariants(p: Person) -> Iterator[Problem]:
    if p.birth and p.death and p.death < p.birth[: len(p.death)]:
        yield Problem(tr(DEATH_BEFORE_BIRTH), "people", p.id, "death")
    # what the panel refuses, the file refuses too (a pregnancy may be due)
    if p.birth and p.pregnancy is None and in_future(p.birth):
        yield Problem(tr(BIRTH_IN_FUTURE), "people", p.id, "birth")
    if p.death and in_future(p.death):
        yield Problem(tr(DEATH_IN_FUTURE), "people", p.id, "death")


def _person_edit_rules(p: Person, old: Person | None, net: Network) -> Iterator[Problem]:
    """Plausibility of what the user types now (a file from elsewhere may differ)."""
    birth_changed = old is None or (old.birth, old.pregnancy) != (p.birth, p.pregnancy)
    if birth_changed and p.birth and p.pregnancy is None and in_future(p.birth):
        yield Problem(tr(BIRTH_IN_FUTURE), "people", p.id, "birth")
    if (old is None or old.death != p.death) and p.death and in_future(p.death):
        yield Problem(tr(DEATH_IN_FUTURE), "people", p.id, "death")
    if (p.kind is PersonKind.ORGANISATION and (old is None or old.kind is not p.kind)
            and any(t.kind.value in ("partnership", "parent_child") and p.id in (t.a, t.b)
                    for t in net.ties.values())):
        yield Problem(tr(ORGANISATION_FAMILY), "people", p.id, "kind")


PEOPLE = declare_record("people", Person, label="persoon",
                        invariants=[_person_invariants], edit_rules=[_person_edit_rules])
HOUSEHOLDS = declare_record("households", Household, label="huishouden",
                            refs=[Ref("members", many=True, min_count=1, exclusive=True)])
TWIN_SETS = declare_record("twin_sets", TwinSet, label="meerling",
                           refs=[Ref("members", many=True, min_count=2, exclusive=True)])
CLIENT = declare_case_ref(
    "client", label="cliënt", required=True,
    refuse_delete="De cliënt kan niet worden verwijderd. Maak eerst iemand anders cliënt.")
