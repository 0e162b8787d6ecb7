"""Stable codes for every kind in the case model.

Codes are stored in the case file and must never change; what the user reads comes from
:mod:`netwerkkaart.model.labels`, so labels can be reworded or translated freely.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    """Gender as drawn in the genogram (NSGC 2022: draw by gender identity)."""

    MALE = "male"
    FEMALE = "female"
    NONBINARY = "nonbinary"
    UNKNOWN = "unknown"


class SexAtBirth(StrEnum):
    """Sex assigned at birth, noted below the symbol when it differs from the drawn gender."""

    AFAB = "afab"
    AMAB = "amab"
    UAAB = "uaab"


class PersonKind(StrEnum):
    """Who a person is for the client; drives the ecogram categories later."""

    FAMILY = "family"
    PARTNER = "partner"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    ACQUAINTANCE = "acquaintance"
    VOLUNTEER_ORGANISED = "volunteer_organised"
    VOLUNTEER_INFORMAL = "volunteer_informal"
    PROFESSIONAL = "professional"
    ORGANISATION = "organisation"


class Profession(StrEnum):
    """Professions named in the domain reference (section 1); any other is a ``Custom``."""

    WIJKVERPLEEGKUNDIGE = "wijkverpleegkundige"
    WMO_CONSULENT = "wmo_consulent"
    SOCIAAL_WERKER = "sociaal_werker"
    MANTELZORGCONSULENT = "mantelzorgconsulent"
    MANTELZORGMAKELAAR = "mantelzorgmakelaar"
    CASEMANAGER_DEMENTIE = "casemanager_dementie"
    HUISARTS = "huisarts"
    POH = "poh"
    SPECIALIST_OUDERENGENEESKUNDE = "specialist_ouderengeneeskunde"
    ERGOTHERAPEUT = "ergotherapeut"
    FYSIOTHERAPEUT = "fysiotherapeut"
    TRANSFERVERPLEEGKUNDIGE = "transferverpleegkundige"
    COORDINATOR_VRIJWILLIGERSWERK = "coordinator_vrijwilligerswerk"


class Pregnancy(StrEnum):
    """Genogram symbols for a pregnancy and its outcomes (a born person has none)."""

    PREGNANCY = "pregnancy"
    MISCARRIAGE = "miscarriage"
    ABORTION = "abortion"
    STILLBIRTH = "stillbirth"


class TieKind(StrEnum):
    PARTNERSHIP = "partnership"
    PARENT_CHILD = "parent_child"
    EMOTIONAL = "emotional"
    SUPPORT = "support"


class PartnershipStatus(StrEnum):
    MARRIED = "married"
    LIVING_TOGETHER = "living_together"
    SEPARATED = "separated"
    DIVORCED = "divorced"


class ParentChildKind(StrEnum):
    BIOLOGICAL = "biological"
    ADOPTED = "adopted"
    FOSTER = "foster"


class EmotionalKind(StrEnum):
    CLOSE = "close"
    FUSED = "fused"
    DISTANT = "distant"
    CONFLICT = "conflict"
    CLOSE_HOSTILE = "close_hostile"
    CUTOFF = "cutoff"
    FOCUSED_ON = "focused_on"
    ABUSE_PHYSICAL = "abuse_physical"
    ABUSE_EMOTIONAL = "abuse_emotional"
    ABUSE_SEXUAL = "abuse_sexual"

    @property
    def directed(self) -> bool:
        """Drawn with an arrow from ``a`` (focuser, abuser) to ``b``."""
        return self in DIRECTED_EMOTIONAL


DIRECTED_EMOTIONAL = frozenset(
    {
        EmotionalKind.FOCUSED_ON,
        EmotionalKind.ABUSE_PHYSICAL,
        EmotionalKind.ABUSE_EMOTIONAL,
        EmotionalKind.ABUSE_SEXUAL,
    }
)


class SupportStrength(StrEnum):
    """Hartman ecomap line quality."""

    STRONG = "strong"
    WEAK = "weak"
    STRESSFUL = "stressful"


class EnergyDirection(StrEnum):
    """Direction in which energy or support flows along a support tie."""

    NONE = "none"
    A_TO_B = "a_to_b"
    B_TO_A = "b_to_a"
    BOTH = "both"


class SupportType(StrEnum):
    """Expertisecentrum Mantelzorg support types written at each tie."""

    PRAKTISCH = "P"
    GEZELSCHAP = "G"
    ADVIES = "A"
    EMOTIONEEL = "E"


class MapKind(StrEnum):
    GENOGRAM = "genogram"
    ECOGRAM = "ecogram"
    NETWERKKAART = "netwerkkaart"


class Zygosity(StrEnum):
    UNKNOWN = "unknown"
    DIZYGOTIC = "dizygotic"
    MONOZYGOTIC = "monozygotic"
