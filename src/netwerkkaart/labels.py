"""Dutch display labels for every stable code: the one table the UI, CLI and PDF read.

Codes live in :mod:`netwerkkaart.model.enums` and never change; labels may.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import tr
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

_LABELS: dict[StrEnum, str] = {
    Sex.MALE: "Man", Sex.FEMALE: "Vrouw", Sex.NONBINARY: "Non-binair", Sex.UNKNOWN: "Onbekend",
    SexAtBirth.AFAB: "AFAB (bij geboorte vrouw)", SexAtBirth.AMAB: "AMAB (bij geboorte man)",
    SexAtBirth.UAAB: "UAAB (bij geboorte onbepaald)",
    PersonKind.FAMILY: "Familie", PersonKind.PARTNER: "Partner", PersonKind.FRIEND: "Vriend(in)",
    PersonKind.NEIGHBOUR: "Buur", PersonKind.ACQUAINTANCE: "Kennis / collega",
    PersonKind.VOLUNTEER_ORGANISED: "Vrijwilliger (via organisatie)",
    PersonKind.VOLUNTEER_INFORMAL: "Vrijwilliger (ongeorganiseerd)",
    PersonKind.PROFESSIONAL: "Professional", PersonKind.ORGANISATION: "Organisatie",
    Profession.WIJKVERPLEEGKUNDIGE: "Wijkverpleegkundige",
    Profession.WMO_CONSULENT: "Wmo-consulent", Profession.SOCIAAL_WERKER: "Sociaal werker",
    Profession.MANTELZORGCONSULENT: "Mantelzorgconsulent",
    Profession.MANTELZORGMAKELAAR: "Mantelzorgmakelaar",
    Profession.CASEMANAGER_DEMENTIE: "Casemanager dementie", Profession.HUISARTS: "Huisarts",
    Profession.POH: "Praktijkondersteuner (POH)",
    Profession.SPECIALIST_OUDERENGENEESKUNDE: "Specialist ouderengeneeskunde",
    Profession.ERGOTHERAPEUT: "Ergotherapeut", Profession.FYSIOTHERAPEUT: "Fysiotherapeut",
    Profession.TRANSFERVERPLEEGKUNDIGE: "Transferverpleegkundige",
    Profession.COORDINATOR_VRIJWILLIGERSWERK: "Coördinator vrijwilligerswerk",
    Profession.OTHER: "Andere professie",
    Pregnancy.PREGNANCY: "Zwangerschap", Pregnancy.MISCARRIAGE: "Miskraam",
    Pregnancy.ABORTION: "Abortus", Pregnancy.STILLBIRTH: "Doodgeboren",
    TieKind.PARTNERSHIP: "Partnerrelatie", TieKind.PARENT_CHILD: "Ouder en kind",
    TieKind.EMOTIONAL: "Emotionele relatie", TieKind.SUPPORT: "Steunrelatie",
    PartnershipStatus.MARRIED: "Getrouwd",
    PartnershipStatus.LIVING_TOGETHER: "Samenwonend",
    PartnershipStatus.SEPARATED: "Uit elkaar", PartnershipStatus.DIVORCED: "Gescheiden",
    ParentChildKind.BIOLOGICAL: "Biologisch", ParentChildKind.ADOPTED: "Adoptie",
    ParentChildKind.FOSTER: "Pleeg",
    EmotionalKind.CLOSE: "Nauw", EmotionalKind.FUSED: "Versmolten / zeer nauw",
    EmotionalKind.DISTANT: "Afstandelijk", EmotionalKind.CONFLICT: "Conflict / vijandig",
    EmotionalKind.CLOSE_HOSTILE: "Nauw en vijandig", EmotionalKind.CUTOFF: "Verbroken",
    EmotionalKind.FOCUSED_ON: "Gericht op",
    EmotionalKind.ABUSE_PHYSICAL: "Lichamelijk geweld",
    EmotionalKind.ABUSE_EMOTIONAL: "Emotioneel geweld",
    EmotionalKind.ABUSE_SEXUAL: "Seksueel geweld",
    SupportStrength.STRONG: "Sterk / steunend", SupportStrength.WEAK: "Zwak",
    SupportStrength.STRESSFUL: "Belastend / conflict",
    EnergyDirection.NONE: "Geen richting", EnergyDirection.A_TO_B: "Van eerste naar tweede",
    EnergyDirection.B_TO_A: "Van tweede naar eerste", EnergyDirection.BOTH: "Wederzijds",
    SupportType.PRAKTISCH: "P: praktische steun", SupportType.GEZELSCHAP: "G: gezelschap",
    SupportType.ADVIES: "A: advies / informatie", SupportType.EMOTIONEEL: "E: emotionele steun",
    MapKind.GENOGRAM: "Genogram", MapKind.ECOGRAM: "Ecogram",
    MapKind.NETWERKKAART: "Netwerkkaart",
    Zygosity.UNKNOWN: "Onbekend", Zygosity.DIZYGOTIC: "Twee-eiig",
    Zygosity.MONOZYGOTIC: "Eeneiig",
}


def label(code: StrEnum) -> str:
    """The Dutch label of a stable code."""
    return tr(_LABELS[code])
