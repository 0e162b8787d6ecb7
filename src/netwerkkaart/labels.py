"""Dutch display labels for every stable code: the one table the UI, CLI, maps and PDF read.

Codes live in :mod:`netwerkkaart.model` and never change; labels may. A user's own value
(:class:`~netwerkkaart.model.Custom`) is shown as its own text. Legends, forms and dialogs all
take their words from here, so one code has one wording everywhere.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import tr
from .model.care import (
    Condition,
    Destination,
    Frequency,
    Residence,
    SupportArea,
    TaskKind,
)
from .model.carer import (
    Derailment,
    KeepUp,
    LoadLevel,
    MeldcodeStep,
    RiskFactor,
    Signal,
    SignalGroup,
    Sofa,
    Wifa,
)
from .model.circle import RingCode, SectorCode
from .model.codes import Custom
from .model.ecomap import EcoCategory
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
from .model.network import Network
from .model.relations import RelationCode, relation_info
from .model.risk import FoundFactor, RiskGroup

_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Sex.MALE, "Man"), (Sex.FEMALE, "Vrouw"), (Sex.NONBINARY, "Non-binair"),
    (Sex.UNKNOWN, "Onbekend"),
    (SexAtBirth.AFAB, "Bij geboorte vrouw (AFAB)"), (SexAtBirth.AMAB, "Bij geboorte man (AMAB)"),
    (SexAtBirth.UAAB, "Bij geboorte onbepaald (UAAB)"),
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
_CATEGORIES: tuple[tuple[StrEnum, str], ...] = (
    (EcoCategory.G, "Gezin van herkomst"), (EcoCategory.F, "Overige familie"),
    (EcoCategory.V, "Vrienden"), (EcoCategory.K, "Kennissen, collega's, oud-buren"),
    (EcoCategory.B, "Buren"), (EcoCategory.R, "Raadslieden"), (EcoCategory.Z, "Zorgverleners"),
)
_CARE: tuple[tuple[StrEnum, str], ...] = (
    (Condition.DEMENTIE, "Dementie"), (Condition.PSYCHIATRISCH, "Psychiatrische aandoening"),
    (Condition.VERSTANDELIJK, "Verstandelijke beperking"),
    (Condition.LICHAMELIJK, "Lichamelijke beperking of chronische ziekte"),
    (Condition.TERMINAAL, "Terminale fase"), (Condition.ANDERS, "Anders"),
    (Residence.ZELFSTANDIG, "Zelfstandig"), (Residence.MET_PARTNER, "Met partner"),
    (Residence.BIJ_KIND, "Bij een kind"), (Residence.INSTELLING, "In een instelling"),
    (TaskKind.PERSOONLIJKE_VERZORGING, "Persoonlijke verzorging"),
    (TaskKind.VERPLEEGKUNDIG, "Verpleegkundige zorg"), (TaskKind.HUISHOUDEN, "Huishouden"),
    (TaskKind.MAALTIJDEN, "Maaltijden"), (TaskKind.VERVOER, "Vervoer en begeleiding"),
    (TaskKind.ADMINISTRATIE, "Administratie en geldzaken"),
    (TaskKind.REGELEN, "Regelen en coördineren"), (TaskKind.TOEZICHT, "Toezicht en aanwezigheid"),
    (TaskKind.GEZELSCHAP, "Gezelschap en emotionele steun"), (TaskKind.KLUSSEN, "Klussen"),
    (Frequency.DAGELIJKS, "Dagelijks"), (Frequency.MEERDERE_KEREN, "Meerdere keren per week"),
    (Frequency.WEKELIJKS, "Wekelijks"), (Frequency.MINDER, "Minder dan wekelijks"),
    (SupportArea.INFORMATIE, "Informatie"), (SupportArea.ADVIES, "Advies en begeleiding"),
    (SupportArea.EMOTIONELE_STEUN, "Emotionele steun"), (SupportArea.EDUCATIE, "Educatie"),
    (SupportArea.PRAKTISCHE_HULP, "Praktische hulp"), (SupportArea.RESPIJTZORG, "Respijtzorg"),
    (SupportArea.FINANCIEEL, "Financiële tegemoetkoming"),
    (SupportArea.MATERIEEL, "Materiële hulp"),
    (Destination.STEUNPUNT, "Steunpunt mantelzorg / mantelzorgconsulent"),
    (Destination.MANTELZORGMAKELAAR, "Mantelzorgmakelaar"),
    (Destination.DAGOPVANG, "Dagopvang (respijtzorg)"),
    (Destination.LOGEEROPVANG, "Logeeropvang (respijtzorg)"),
    (Destination.VRIJWILLIGE_OPPAS, "Vrijwillige oppas (respijtzorg)"),
    (Destination.LOTGENOTEN, "Lotgenotencontact"),
    (Destination.CASEMANAGER, "Casemanager dementie"),
    (Destination.WMO, "Wmo-loket / wijkteam"),
    (Destination.VRIJWILLIGERS, "Vrijwilligersorganisatie"),
    (Destination.HUISARTS, "Huisarts / POH"), (Destination.VEILIG_THUIS, "Veilig Thuis"),
)
_CARER: tuple[tuple[StrEnum, str], ...] = (
    (Sofa.S, "Samenwerken"), (Sofa.O, "Ondersteunen"), (Sofa.F, "Faciliteren"),
    (Sofa.A, "Afstemmen"),
    (Wifa.W, "Waarderen"), (Wifa.I, "Informeren"), (Wifa.F, "Faciliteren"),
    (Wifa.A, "Afstemmen"),
    (KeepUp.JA, "Ja"), (KeepUp.NEE, "Nee"), (KeepUp.WEET_NIET, "Weet niet"),
    (SignalGroup.LICHAMELIJK, "Lichamelijk"), (SignalGroup.PSYCHISCH, "Psychisch"),
    (SignalGroup.GEDRAGSMATIG, "Gedragsmatig"),
    (Signal.SLECHT_SLAPEN, "Slaapt slecht"), (Signal.HOOFDPIJN, "Hoofdpijn"),
    (Signal.RUGPIJN, "Rugpijn"), (Signal.MOE, "Moe"), (Signal.PRIKKELBAAR, "Prikkelbaar"),
    (Signal.HUILEN, "Huilt vaak"), (Signal.EENZAAM, "Eenzaam"),
    (Signal.GEEN_PLEZIER, "Geen plezier meer"), (Signal.OVERAL_TEGENOP, "Ziet overal tegenop"),
    (Signal.TIJDSDRUK, "Voortdurend tijdsdruk"),
    (Signal.MEER_ROKEN_DRINKEN, "Rookt of drinkt meer"), (Signal.RUSTELOOS, "Rusteloos"),
    (Signal.TERUGTREKKEN, "Trekt zich terug van vrienden"),
    (Signal.GEEN_TIJD, "Geen tijd meer voor werk, school of vrije tijd"),
    (RiskFactor.ROND_DE_KLOK, "Zorg rond de klok"), (RiskFactor.LANG_ZORGEN, "Zorgt al lang"),
    (RiskFactor.SAMENWONEN, "Woont samen met de cliënt"),
    (RiskFactor.NIEMAND_OM_TE_DELEN, "Niemand om de zorg mee te delen"),
    (RiskFactor.PERSOONLIJKHEIDSVERANDERING, "Persoonlijkheid van de cliënt veranderd"),
    (RiskFactor.KLEIN_NETWERK, "Klein eigen netwerk"),
    (RiskFactor.GEEN_PROFESSIONELE_HULP, "Geen professionele hulp"),
    (RiskFactor.EIGEN_PROBLEMEN, "Eigen problemen met gezondheid, geld of wonen"),
    (RiskFactor.MOEILIJK_TE_COMBINEREN, "Moeilijk te combineren met werk, school of gezin"),
    (Derailment.PSYCHISCH, "Psychisch"), (Derailment.LICHAMELIJK, "Lichamelijk"),
    (Derailment.VERWAARLOZING, "Verwaarlozing"),
    (Derailment.RECHTEN, "Schending van rechten"), (Derailment.FINANCIEEL, "Financieel"),
    (Derailment.SEKSUEEL, "Seksuele grensoverschrijding"),
    (MeldcodeStep.SIGNALEREN, "1. Signalen in kaart brengen"),
    (MeldcodeStep.OVERLEGGEN, "2. Overleggen (collega, Veilig Thuis als adviespunt)"),
    (MeldcodeStep.GESPREK, "3. Gesprek met de betrokkene"),
    (MeldcodeStep.WEGEN, "4. Wegen van de ernst"), (MeldcodeStep.BESLUITEN,
                                                 "5. Beslissen: hulp organiseren en/of melden"),
    (MeldcodeStep.EVALUATIE, "Evaluatie: nagaan hoe het gaat"),
    (RiskGroup.JONGE_MANTELZORGER, "Jonge mantelzorger (onder 25)"),
    (RiskGroup.OUDERE_MANTELZORGER, "Oudere mantelzorger (75 of ouder)"),
    (RiskGroup.PARTNER_VAN_OUDERE, "Partner van een cliënt van 75 of ouder"),
    (RiskGroup.ZWARE_AANDOENING, "Zorgt voor iemand met dementie, een psychiatrische "
     "aandoening, een verstandelijke beperking of in de terminale fase"),
    (FoundFactor.SAMENWONEN, "Woont samen met de cliënt"),
    (FoundFactor.VEEL_UREN, "8 uur of meer zorg per week"),
    (FoundFactor.LANGER_DAN_DRIE_MAANDEN, "Zorgt langer dan 3 maanden"),
    (FoundFactor.NIEMAND_OM_TE_DELEN, "Een taak met niemand om te delen"),
    (LoadLevel.ONBEKEND, "Onbekend"), (LoadLevel.GEEN, "Geen belasting"),
    (LoadLevel.LICHT, "Licht belast"), (LoadLevel.MATIG, "Matig belast"),
    (LoadLevel.ZWAAR, "Zwaar belast"), (LoadLevel.HOOG, "Hoge belasting"),
    (LoadLevel.NIET_HOOG, "Geen hoge belasting"), (LoadLevel.EDIZ, "EDIZ-score"),
)
SOFA_ACTION: dict[str, str] = {
    "S": "Samenwerken: de mantelzorger als partner in de zorg; stem taken en afspraken af.",
    "O": "Ondersteunen: de mantelzorger als hulpvrager; let op overbelasting, bied steun.",
    "F": "Faciliteren: de persoonlijke relatie; help die relatie goed te houden.",
    "A": "Afstemmen: de mantelzorger als deskundige; gebruik wat die weet van de cliënt.",
}
"""What the professional does for each SOFA role, in one line (domain.md 3)."""
WIFA_ACTION: dict[str, str] = {
    "W": "Waarderen: laat merken dat de inzet gezien wordt.",
    "I": "Informeren: vertel wat de vrijwilliger moet weten.",
    "F": "Faciliteren: zorg dat de vrijwilliger het werk kan doen.",
    "A": "Afstemmen: spreek af wie wat doet.",
}


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
    for table in (_PAIRS, _RINGS, _SECTORS, _CATEGORIES, _CARE, _CARER)
    for code, text in table
}


def label(code: StrEnum | Custom) -> str:
    """The Dutch label of a stable code, or the user's own text of a custom value."""
    if isinstance(code, Custom):
        return code.custom
    return tr(_BY_KIND[(type(code), code.value)])


def has_label(code: StrEnum) -> bool:
    """True when the table has a label for ``code`` (a test checks every code has one)."""
    return (type(code), code.value) in _BY_KIND


# -- relations to the client: the word depends on the person's gender ----------------------

_RELATION_WORDS: dict[RelationCode, tuple[str, str, str]] = {
    # (male, female, anyone)
    RelationCode.SELF: ("cliënt", "cliënt", "cliënt"),
    RelationCode.PARTNER: ("partner", "partner", "partner"),
    RelationCode.EX_PARTNER: ("ex-partner", "ex-partner", "ex-partner"),
    RelationCode.PARENT: ("vader", "moeder", "ouder"),
    RelationCode.CHILD: ("zoon", "dochter", "kind"),
    RelationCode.SIBLING: ("broer", "zus", "broer of zus"),
    RelationCode.HALF_SIBLING: ("halfbroer", "halfzus", "halfbroer of -zus"),
    RelationCode.GRANDPARENT: ("opa", "oma", "grootouder"),
    RelationCode.GREAT_GRANDPARENT: ("overgrootvader", "overgrootmoeder", "overgrootouder"),
    RelationCode.GRANDCHILD: ("kleinzoon", "kleindochter", "kleinkind"),
    RelationCode.GREAT_GRANDCHILD: ("achterkleinzoon", "achterkleindochter", "achterkleinkind"),
    RelationCode.UNCLE_AUNT: ("oom", "tante", "oom of tante"),
    RelationCode.NEPHEW_NIECE: ("neef", "nicht", "neef of nicht"),
    RelationCode.COUSIN: ("neef", "nicht", "neef of nicht"),
    RelationCode.CHILD_IN_LAW: ("schoonzoon", "schoondochter", "schoonkind"),
    RelationCode.PARENT_IN_LAW: ("schoonvader", "schoonmoeder", "schoonouder"),
    RelationCode.SIBLING_IN_LAW: ("zwager", "schoonzus", "zwager of schoonzus"),
    RelationCode.STEP_PARENT: ("stiefvader", "stiefmoeder", "stiefouder"),
    RelationCode.STEP_CHILD: ("stiefzoon", "stiefdochter", "stiefkind"),
    RelationCode.FOSTER_PARENT: ("pleegvader", "pleegmoeder", "pleegouder"),
    RelationCode.FOSTER_CHILD: ("pleegzoon", "pleegdochter", "pleegkind"),
    RelationCode.RELATIVE: ("familielid", "familielid", "familielid"),
    RelationCode.RELATIVE_IN_LAW: ("aangetrouwd familielid", "aangetrouwd familielid",
                                   "aangetrouwd familielid"),
    RelationCode.FRIEND: ("vriend", "vriendin", "vriend(in)"),
    RelationCode.NEIGHBOUR: ("buurman", "buurvrouw", "buur"),
    RelationCode.FORMER_NEIGHBOUR: ("oud-buurman", "oud-buurvrouw", "oud-buur"),
    RelationCode.ACQUAINTANCE: ("kennis", "kennis", "kennis"),
    RelationCode.COLLEAGUE: ("collega", "collega", "collega"),
    RelationCode.VOLUNTEER: ("vrijwilliger", "vrijwilliger", "vrijwilliger"),
    RelationCode.PROFESSIONAL: ("professional", "professional", "professional"),
    RelationCode.SPIRITUAL_CARER: ("geestelijk verzorger", "geestelijk verzorger",
                                   "geestelijk verzorger"),
    RelationCode.ORGANISATION: ("organisatie", "organisatie", "organisatie"),
}


def relation_label(relation: RelationCode | Custom | None, sex: Sex = Sex.UNKNOWN,
                   profession: StrEnum | Custom | None = None, former: bool = False) -> str:
    """The Dutch word for a relation to the client, for this gender: "dochter", "buurman".

    A professional is called by their profession ("huisarts") when it is known; ``former``
    (related through a partnership that ended) gives "ex-schoondochter"."""
    if relation is None:
        return ""
    if isinstance(relation, Custom):
        return relation.custom
    if relation is RelationCode.PROFESSIONAL and profession is not None:
        return label(profession).lower() if isinstance(profession, StrEnum) else str(profession)
    male, female, anyone = _RELATION_WORDS[relation]
    word = tr(male if sex is Sex.MALE else female if sex is Sex.FEMALE else anyone)
    return tr("ex-{word}", word=word) if former else word


def person_relation(net: Network, person_id: str) -> str:
    """The relation of one person to the client in plain Dutch ("" without a client)."""
    info = relation_info(net, person_id)  # no copy of everyone's: asked per person
    if info is None:
        return ""
    p = net.people[person_id]
    return relation_label(info.relation, p.sex, p.profession, info.former)


def relation_choice_label(code: RelationCode) -> str:
    """A relation in a list of choices: every gendered word ("zoon / dochter")."""
    male, female, anyone = _RELATION_WORDS[code]
    return tr(anyone if male == female == anyone else f"{male} / {female}")


CLOSENESS_WORDS = ("Heel dichtbij", "Dichtbij", "Op afstand", "Ver weg")


def closeness_label(closeness: int) -> str:
    """The Dutch word for a closeness step on the ecogram (1 closest, 4 furthest)."""
    return tr(CLOSENESS_WORDS[closeness - 1])
