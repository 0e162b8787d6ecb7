"""The case model: people, ties, per-map placement, and the edits that change them. No Qt."""

from .case import Case, CaseError, CaseMeta, MapView, Network, Position, validate_case
from .edits import CaseDocument, ChangeSet, Delete, Op, Place, Put, SetMeta
from .enums import (
    EmotionalKind,
    EnergyDirection,
    MapKind,
    ParentChildKind,
    PartnershipStatus,
    PersonKind,
    Pregnancy,
    Profession,
    Sex,
    SexAtBirth,
    SupportStrength,
    SupportType,
    TieKind,
    Zygosity,
)
from .people import Household, Person, TwinSet, new_id
from .ties import AnyTie, EmotionalTie, ParentChildTie, PartnershipTie, SupportTie, Tie

__all__ = [
    "AnyTie", "Case", "CaseDocument", "CaseError", "CaseMeta", "ChangeSet", "Delete",
    "EmotionalKind", "EmotionalTie", "EnergyDirection", "Household", "MapKind", "MapView",
    "Network", "Op", "ParentChildKind", "ParentChildTie", "PartnershipStatus", "PartnershipTie",
    "Person", "PersonKind", "Place", "Position", "Pregnancy", "Profession", "Put", "SetMeta",
    "Sex", "SexAtBirth", "SupportStrength", "SupportTie", "SupportType", "Tie", "TieKind",
    "TwinSet", "Zygosity", "new_id", "validate_case",
]
