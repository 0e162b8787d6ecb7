"""A user's own value for an enumeration they may extend.

Some enumerations are open at the kitchen table: professions, care task kinds, the rings and
sectors of the netwerkkaart, relation labels. A field of such a kind holds either a stable code
(a ``StrEnum`` member, stored as its code) or a :class:`Custom` value with the user's own text,
stored as ``{"custom": "Diëtist"}``. The label table (:mod:`netwerkkaart.labels`) shows a code's
Dutch label and a custom value's own text.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Custom(BaseModel):
    """The user's own value where the list of codes has nothing that fits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    custom: str = Field(min_length=1, max_length=200)

    @field_validator("custom")
    @classmethod
    def _stripped(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("een eigen omschrijving mag niet leeg zijn")
        return value

    def __str__(self) -> str:
        return self.custom
