"""Dutch display labels for every stable code: the one table the UI, CLI, maps and PDF read.

Codes live in :mod:`netwerkkaart.model` and never change; labels may. A user's own value
(:class:`~netwerkkaart.model.Custom`) is shown as its own text. Legends, forms and dialogs all
take their words from here, so one code has one wording everywhere.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import tr
from .model.circle import RingCode, SectorCode
from .model.codes import Custom
from .model.enums import (
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

_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Sex.MALE, "Man"), (Sex.FEMALE, "Vrouw"), (Sex.NONBINARY, "Non-binair"),
    (Sex.UNKNOWN, "Onbekend"),
    (SexAtBirth.AFAB, "AFAB (bij geboorte vrouw)"), (SexAtBirth.AMAB, "AMAB (bij geboorte man)"),
    (SexAtBirth.UAAB, "UAAB (bij geboorte onbepaald)"),
    (PersonKind.FAMILY, "Familie"), (PersonKind.PARTNER, "Partner"),
    (PersonKind.FRIEND, "Vriend(in)"),
    (PersonKind.NEIGHBOUR, "Buur"), (PersonKind.ACQUAINTANCE, "Kennis / collega"),
    (PersonKind.VOLUNTEER_ORGANISED, "Vrijwilliger (via organisatie)"),
    (PersonKind.VOLUNTEER_INFORMAL, "Vrijwilliger (ongeorganiseerd)"),
    (PersonKind.PROFESSIONAL, "Professional"), (PersonKind.ORGANISATION, "Organisatie"),
    (Profession.WIJKVERPLEEGKUNDIGE, "Wijkverpleegkundige"),
    (Profession.WMO_CONSULENT, "Wmo-consulent"), (Profession.SOCIAAL_WERKER, "Sociaal werker"),
    (Profession.MANTELZORGCONSULENT, "Mantelzorgconsulent"),
    (Profession.MANTELZORGMAKELAAR, "Mantelzorgmakelaar"),
    (Profession.CASEMANAGER_DEMENTIE, "Casemanager dementie"), (Profession.HUISARTS, "Huisarts"),
    (Profession.POH, "Praktijkondersteuner (POH)"),
    (Profession.SPECIALIST_OUDERENGENEESKUNDE, "Specialist ouderengeneeskunde"),
    (Profession.ERGOTHERAPEUT, "Ergotherapeut"), (Profession.FYSIOTHERAPEUT, "Fysiotherapeut"),
    (Profession.TRANSFERVERPLEEGKUNDIGE, "Transferverpleegkundige"),
    (Profession.COORDINATOR_VRIJWILLIGERSWERK, "Coördinator vrijwilligerswerk"),
    (Pregnancy.PREGNANCY, "Zwangerschap"), (Pregnancy.MISCARRIAGE, "Miskraam"),
    (Pregnancy.ABORTION, "Abortus"), (Pregnancy.STILLBIRTH, "Doodgeboren"),
    (TieKind.PARTNERSHIP, "Partnerrelatie"), (TieKind.PARENT_CHILD, "Ouder en kind"),
    (TieKind.EMOTIONAL, "Emotionele relatie"), (TieKind.SUPPORT, "Steunrelatie"),
    (PartnershipStatus.MARRIED, "Getrouwd"),
    (PartnershipStatus.LIVING_TOGETHER, "Samenwonend"),
    (PartnershipStatus.SEPARATED, "Uit elkaar"), (PartnershipStatus.DIVORCED, "Gescheiden"),
    (ParentChildKind.BIOLOGICAL, "Biologisch kind"), (ParentChildKind.ADOPTED, "Adoptiekind"),
    (ParentChildKind.FOSTER, "Pleegkind"),
    (EmotionalKind.CLOSE, "Nauwe band"), (EmotionalKind.FUSED, "Versmolten / zeer nauw"),
    (EmotionalKind.DISTANT, "Afstandelijk"), (EmotionalKind.CONFLICT, "Conflict / vijandig"),
    (EmotionalKind.CLOSE_HOSTILE, "Nauw en vijandig"), (EmotionalKind.CUTOFF, "Verbroken contact"),
    (EmotionalKind.FOCUSED_ON, "Gericht op"),
    (EmotionalKind.ABUSE_PHYSICAL, "Lichamelijk misbruik (F)"),
    (EmotionalKind.ABUSE_EMOTIONAL, "Emotioneel misbruik (E)"),
    (EmotionalKind.ABUSE_SEXUAL, "Seksueel misbruik (S)"),
    (SupportStrength.STRONG, "Sterk / steunend"), (SupportStrength.WEAK, "Zwak"),
    (SupportStrength.STRESSFUL, "Belastend / conflict"),
    (EnergyDirection.NONE, "Geen richting"), (EnergyDirection.A_TO_B, "Van eerste naar tweede"),
    (EnergyDirection.B_TO_A, "Van tweede naar eerste"), (EnergyDirection.BOTH, "Wederzijds"),
    (SupportType.PRAKTISCH, "P: praktische steun"), (SupportType.GEZELSCHAP, "G: gezelschap"),
    (SupportType.ADVIES, "A: advies / informatie"), (SupportType.EMOTIONEEL, "E: emotionele steun"),
    (MapKind.GENOGRAM, "Genogram"), (MapKind.ECOGRAM, "Ecogram"),
    (MapKind.NETWERKKAART, "Netwerkkaart"),
    (Zygosity.UNKNOWN, "Onbekend"), (Zygosity.DIZYGOTIC, "Twee-eiig"),
    (Zygosity.MONOZYGOTIC, "Eeneiig"),
)
_RINGS: tuple[tuple[StrEnum, str], ...] = (
    (RingCode.INTIMI, "Intimi"), (RingCode.VRIENDEN, "Vrienden"), (RingCode.BEKENDEN, "Bekenden"),
    (RingCode.DIENSTEN, "Diensten"),
)
_SECTORS: tuple[tuple[StrEnum, str], ...] = (
    (SectorCode.HUISHOUDEN, "Huishouden"), (SectorCode.FAMILIE, "Familie"),
    (SectorCode.VRIENDEN, "Vrienden en kennissen"), (SectorCode.BUREN, "Buren"),
    (SectorCode.WERK, "Werk, school en vereniging"), (SectorCode.VRIJWILLIGERS, "Vrijwilligers"),
    (SectorCode.PROFESSIONALS, "Professionals"), (SectorCode.MEDECLIENTEN, "Medecliënten"),
    (SectorCode.SAMENLEVING, "Samenleving"),
)


# Codes of different kinds may share a value ("vrienden" is a ring and a sector; "unknown" a
# sex and a zygosity) and a StrEnum member equals its value, so a dict keyed by code would
# merge them: the table is written as pairs and looked up by kind and code.
_BY_KIND: dict[tuple[type, str], str] = {
    (type(code), code.value): text
    for table in (_PAIRS, _RINGS, _SECTORS) for code, text in table
}


def label(code: StrEnum | Custom) -> str:
    """The Dutch label of a stable code, or the user's own text of a custom value."""
    if isinstance(code, Custom):
        return code.custom
    return tr(_BY_KIND[(type(code), code.value)])


def has_label(code: StrEnum) -> bool:
    """True when the table has a label for ``code`` (a test checks every code has one)."""
    return (type(code), code.value) in _BY_KIND
