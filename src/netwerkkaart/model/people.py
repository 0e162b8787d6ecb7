"""People and the groupings among them (households, twin sets).

A :class:`Person` is anyone in the client's network: a relative, a friend, a volunteer, a
professional or an organisation. Everything refers to people by a stable uuid4 string id.
"""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .dates import PartialDate
from .enums import PersonKind, Pregnancy, Profession, Sex, SexAtBirth, Zygosity


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
    deceased: bool = False
    is_client: bool = False
    kind: PersonKind = PersonKind.FAMILY
    profession: Profession | None = None
    organisation: str = ""
    pregnancy: Pregnancy | None = None
    notes: str = ""

    @property
    def is_deceased(self) -> bool:
        """A known death date implies the person has died, whatever the flag says."""
        return self.deceased or self.death is not None

    @model_validator(mode="after")
    def _consistent(self) -> Person:
        if self.birth and self.death and self.death < self.birth[: len(self.death)]:
            raise ValueError(f"persoon {self.id}: overlijdensdatum ligt voor de geboortedatum")
        return self


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
