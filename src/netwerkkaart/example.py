"""The built-in example case: fictitious, but realistic for a keukentafelgesprek.

Jan de Vries (82) has Alzheimer's dementia and lives at home with his wife Maria, his main
carer. Their daughter Petra lives nearby with her own family; son Kees is divorced from Linda
(daughter Lotte) and lives with Sandra (son Daan). Around them: the neighbour, a volunteer
from a maatjesproject, the wijkverpleegkundige and the casemanager dementie.
Maria carries most of the care (40 hours a week); Petra has the regie; nobody does the odd
jobs (an uncovered task). Ids are derived from fixed names (uuid5) so the example is
identical on every machine.
"""

from __future__ import annotations

import uuid

from .model import (
    CLIENT,
    Agreement,
    Assignment,
    CareSituation,
    CareTask,
    Case,
    CaseMeta,
    Cell,
    Condition,
    Consent,
    Custom,
    Destination,
    EmotionalKind,
    EmotionalTie,
    EnergyDirection,
    Frequency,
    Household,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipStatus,
    PartnershipTie,
    Person,
    PersonKind,
    Profession,
    Referral,
    Residence,
    RingCode,
    SectorCode,
    Sex,
    Snapshot,
    SupportArea,
    SupportStrength,
    SupportTie,
    SupportType,
    TaskKind,
    TwinSet,
    Views,
    Zygosity,
)
from .model.care import Presence, ScanConclusion
from .model.carer import (
    Assessment,
    BalanceCheck,
    CarerCheck,
    KeepUp,
    RiskFactor,
    RoleRecord,
    Signal,
    Sofa,
    Weight,
    Wifa,
)
from .model.ties import AnyTie

_NS = uuid.UUID("6f1c7a52-3d0e-4c55-9a7e-6c1f0b7d2a11")


def _id(key: str) -> str:
    return str(uuid.uuid5(_NS, key))


def example_case() -> Case:
    P = PersonKind
    people = [
        Person(id=_id("jan"), name="Jan de Vries", sex=Sex.MALE, birth="1944-03-12",
               kind=P.FAMILY,
               notes="Ziekte van Alzheimer sinds 2022. Woont thuis met Maria."),
        Person(id=_id("maria"), name="Maria de Vries-Bakker", sex=Sex.FEMALE, birth="1947-08-02",
               kind=P.PARTNER, phone="06 12345678",
               notes="Hoofdmantelzorger. Slaapt slecht, weinig tijd voor zichzelf."),
        Person(id=_id("gerrit"), name="Gerrit de Vries", sex=Sex.MALE, birth="1915",
               death="1989", kind=P.FAMILY),
        Person(id=_id("aaltje"), name="Aaltje de Vries-Kok", sex=Sex.FEMALE, birth="1918",
               death="2004", kind=P.FAMILY),
        Person(id=_id("wim"), name="Wim de Vries", sex=Sex.MALE, birth="1946", death="2019",
               kind=P.FAMILY),
        Person(id=_id("petra"), name="Petra Yilmaz-de Vries", sex=Sex.FEMALE, birth="1971-05-20",
               kind=P.FAMILY, notes="Woont in dezelfde wijk, werkt 24 uur per week."),
        Person(id=_id("ahmed"), name="Ahmed Yilmaz", sex=Sex.MALE, birth="1969", kind=P.FAMILY),
        Person(id=_id("sanne"), name="Sanne Yilmaz", sex=Sex.FEMALE, birth="2002", kind=P.FAMILY),
        Person(id=_id("mila"), name="Mila Yilmaz", sex=Sex.FEMALE, birth="2006-09-14",
               kind=P.FAMILY),
        Person(id=_id("noor"), name="Noor Yilmaz", sex=Sex.FEMALE, birth="2006-09-14",
               kind=P.FAMILY),
        Person(id=_id("kees"), name="Kees de Vries", sex=Sex.MALE, birth="1974-11-03",
               kind=P.FAMILY, notes="Woont 150 km verderop."),
        Person(id=_id("linda"), name="Linda Smit", sex=Sex.FEMALE, birth="1975", kind=P.FAMILY),
        Person(id=_id("lotte"), name="Lotte de Vries", sex=Sex.FEMALE, birth="2001",
               kind=P.FAMILY),
        Person(id=_id("sandra"), name="Sandra Mulder", sex=Sex.FEMALE, birth="1978",
               kind=P.FAMILY),
        Person(id=_id("daan"), name="Daan de Vries", sex=Sex.MALE, birth="2012", kind=P.FAMILY),
        Person(id=_id("henk"), name="Henk Jansen", sex=Sex.MALE, birth="1952",
               kind=P.NEIGHBOUR, notes="Buurman, doet boodschappen op dinsdag."),
        Person(id=_id("els"), name="Els van Dijk", sex=Sex.FEMALE, kind=P.VOLUNTEER_ORGANISED,
               organisation="Maatjesproject Humanitas",
               notes="Wandelt elke donderdagmiddag met Jan."),
        Person(id=_id("fatima"), name="Fatima El Amrani", sex=Sex.FEMALE, kind=P.PROFESSIONAL,
               profession=Profession.WIJKVERPLEEGKUNDIGE, organisation="Thuiszorg De Linde",
               phone="0570 123 456", email="wijkteam@delinde.example"),
        Person(id=_id("ruud"), name="Ruud Peters", sex=Sex.MALE, kind=P.PROFESSIONAL,
               profession=Profession.CASEMANAGER_DEMENTIE, organisation="Dementienetwerk Oost",
               email="casemanagement@dementienetwerk.example"),
    ]
    i = _id
    ties: list[AnyTie] = [
        PartnershipTie(id=i("t:gerrit-aaltje"), a=i("gerrit"), b=i("aaltje"), start="1940"),
        PartnershipTie(id=i("t:jan-maria"), a=i("jan"), b=i("maria"), start="1969-06-14"),
        PartnershipTie(id=i("t:petra-ahmed"), a=i("ahmed"), b=i("petra"), start="2000"),
        PartnershipTie(id=i("t:kees-linda"), a=i("kees"), b=i("linda"),
                       status=PartnershipStatus.DIVORCED, start="1999", end="2008"),
        PartnershipTie(id=i("t:kees-sandra"), a=i("kees"), b=i("sandra"),
                       status=PartnershipStatus.LIVING_TOGETHER, start="2010"),
    ]
    for parent, child in [
        ("gerrit", "jan"), ("aaltje", "jan"), ("gerrit", "wim"), ("aaltje", "wim"),
        ("jan", "petra"), ("maria", "petra"), ("jan", "kees"), ("maria", "kees"),
        ("petra", "sanne"), ("ahmed", "sanne"), ("petra", "mila"), ("ahmed", "mila"),
        ("petra", "noor"), ("ahmed", "noor"),
        ("kees", "lotte"), ("linda", "lotte"), ("kees", "daan"), ("sandra", "daan"),
    ]:
        ties.append(ParentChildTie(id=i(f"pc:{parent}-{child}"), a=i(parent), b=i(child),
                                   relation=ParentChildKind.BIOLOGICAL))
    ties += [
        EmotionalTie(id=i("e:maria-petra"), a=i("maria"), b=i("petra"),
                     relation=EmotionalKind.CLOSE),
        EmotionalTie(id=i("e:jan-kees"), a=i("jan"), b=i("kees"),
                     relation=EmotionalKind.CONFLICT),
        EmotionalTie(id=i("e:kees-linda"), a=i("kees"), b=i("linda"),
                     relation=EmotionalKind.CUTOFF),
    ]
    S, D, T = SupportStrength, EnergyDirection, SupportType
    for key, a, b, strength, direction, types in [
        ("s:maria", "maria", "jan", S.STRONG, D.A_TO_B, (T.PRAKTISCH, T.GEZELSCHAP, T.EMOTIONEEL)),
        ("s:petra", "petra", "jan", S.STRONG, D.A_TO_B, (T.PRAKTISCH, T.ADVIES)),
        ("s:petra-maria", "petra", "maria", S.STRONG, D.BOTH, (T.EMOTIONEEL,)),
        ("s:kees", "kees", "jan", S.STRESSFUL, D.NONE, (T.ADVIES,)),
        ("s:henk", "henk", "jan", S.WEAK, D.A_TO_B, (T.PRAKTISCH,)),
        ("s:els", "els", "jan", S.STRONG, D.A_TO_B, (T.GEZELSCHAP,)),
        ("s:fatima", "fatima", "jan", S.STRONG, D.A_TO_B, (T.PRAKTISCH,)),
        ("s:ruud", "ruud", "maria", S.WEAK, D.A_TO_B, (T.ADVIES, T.EMOTIONEEL)),
    ]:
        ties.append(SupportTie(id=i(key), a=i(a), b=i(b), strength=strength,
                               direction=direction, support_types=types))
    households = [
        Household(id=i("h:jan"), label="Thuis", members=(i("jan"), i("maria"))),
        Household(id=i("h:petra"), members=(i("petra"), i("ahmed"), i("mila"), i("noor"))),
        Household(id=i("h:kees"), members=(i("kees"), i("sandra"), i("daan"))),
    ]
    twins = [TwinSet(id=i("tw:mila-noor"), members=(i("mila"), i("noor")),
                     zygosity=Zygosity.MONOZYGOTIC)]
    T, F = TaskKind, Frequency
    tasks = [CareTask(id=i(f"task:{k.value}"), kind=k) for k in (
        T.PERSOONLIJKE_VERZORGING, T.VERPLEEGKUNDIG, T.HUISHOUDEN, T.MAALTIJDEN, T.VERVOER,
        T.ADMINISTRATIE, T.REGELEN, T.TOEZICHT, T.GEZELSCHAP, T.KLUSSEN)]
    assignments = [
        Assignment(id=i(f"a:{who}:{task.value}"), task=i(f"task:{task.value}"), person=i(who),
                   frequency=freq, hours=hours, since=since)
        for who, task, freq, hours, since in [
            ("maria", T.PERSOONLIJKE_VERZORGING, F.DAGELIJKS, 7.0, "2023"),
            ("maria", T.HUISHOUDEN, F.DAGELIJKS, 6.0, "2022"),
            ("maria", T.MAALTIJDEN, F.DAGELIJKS, 7.0, "2022"),
            ("maria", T.TOEZICHT, F.DAGELIJKS, 20.0, "2023"),
            ("petra", T.VERVOER, F.WEKELIJKS, 2.0, "2023"),
            ("petra", T.ADMINISTRATIE, F.WEKELIJKS, 2.0, "2022"),
            ("petra", T.REGELEN, F.WEKELIJKS, 1.5, "2023"),
            ("henk", T.HUISHOUDEN, F.WEKELIJKS, 1.0, "2024"),
            ("els", T.GEZELSCHAP, F.WEKELIJKS, 2.0, "2026-09"),
            ("fatima", T.PERSOONLIJKE_VERZORGING, F.MEERDERE_KEREN, 3.0, "2025"),
            ("fatima", T.VERPLEEGKUNDIG, F.MEERDERE_KEREN, 1.5, "2025"),
        ]]
    agreements = [
        Agreement(id=i("af:casemanager"), what="Casemanager dementie inschakelen via de "
                  "huisarts", who=(i("petra"),), by_when="2026-09-15", done="2026-09-10"),
        Agreement(id=i("af:dagbesteding"), what="Dagbesteding voor Jan aanvragen bij het "
                  "Wmo-loket", who=(i("petra"),), by_when="2026-12-15"),
        Agreement(id=i("af:middag"), what="Maria heeft elke week één middag voor zichzelf; "
                  "Els of Petra is dan bij Jan", who=(i("maria"), i("petra"), i("els")),
                  by_when="2026-12-01"),
    ]
    referrals = [
        Referral(id=i("vw:consulent"), destination=Destination.STEUNPUNT,
                 area=SupportArea.EMOTIONELE_STEUN, for_whom=i("maria"), date="2026-11-16",
                 warm=True, note="Gesprek over wat Maria nog volhoudt."),
    ]
    roles = [
        RoleRecord(id=i("r:maria:aug"), person=i("maria"), date="2026-08-20",
                   sofa=(Sofa.S, Sofa.F, Sofa.A), dominant=Sofa.S,
                   can="Verzorgt Jan dag en nacht", know="Kent Jan en zijn gewoonten het best",
                   want="Jan thuis houden zolang het kan"),
        RoleRecord(id=i("r:maria:nov"), person=i("maria"), date="2026-11-16",
                   sofa=(Sofa.S, Sofa.O, Sofa.F, Sofa.A), dominant=Sofa.O,
                   can="Wassen en aankleden lukt nog; 's nachts opstaan wordt te veel",
                   know="Weet weinig van dagbesteding en respijtzorg",
                   want="Eén middag per week voor zichzelf"),
        RoleRecord(id=i("r:petra"), person=i("petra"), date="2026-11-16",
                   sofa=(Sofa.S, Sofa.F, Sofa.A), dominant=Sofa.A,
                   can="Regelt de administratie en de afspraken",
                   know="Kent de weg naar het Wmo-loket", want="Haar moeder ontlasten"),
        RoleRecord(id=i("r:henk"), person=i("henk"), date="2026-11-16",
                   sofa=(Sofa.S, Sofa.F), dominant=Sofa.F,
                   want="Blijft graag de boodschappen doen"),
        RoleRecord(id=i("r:els"), person=i("els"), date="2026-11-16",
                   wifa={Wifa.W: "Bedankt voor de wandelingen op donderdag",
                         Wifa.I: "Weet wat ze moet doen als Jan de weg kwijtraakt"}),
    ]
    ediz_aug = [1, 1, 2, 0, 1, 0, 0, 2, 1, 0, 0, 0, 0, 0, 0]
    ediz_nov = [2, 2, 2, 1, 2, 1, 0, 2, 2, 1, 1, 0, 0, 0, 0]
    assessments = [
        Assessment(id=i("m:ediz+:aug"), person=i("maria"), date="2026-08-20",
                   instrument="ediz_plus", answers=tuple(ediz_aug)),
        Assessment(id=i("m:ediz+:nov"), person=i("maria"), date="2026-11-16",
                   instrument="ediz_plus", answers=tuple(ediz_nov)),
        Assessment(id=i("m:csi:aug"), person=i("maria"), date="2026-08-20", instrument="csi",
                   answers=(1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0)),
        Assessment(id=i("m:csi:nov"), person=i("maria"), date="2026-11-16", instrument="csi",
                   answers=(1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0)),
    ]
    balance = [BalanceCheck(id=i("b:petra"), person=i("petra"), date="2026-11-16", how=6,
                            keep_up=KeepUp.WEET_NIET,
                            note="Werk, gezin en de zorg voor haar ouders"),
               BalanceCheck(id=i("b:henk"), person=i("henk"), date="2026-11-16", how=8,
                            keep_up=KeepUp.JA)]
    checks = [CarerCheck(
        id=i("s:maria"), person=i("maria"), date="2026-11-16",
        signals=(Signal.SLECHT_SLAPEN, Signal.MOE, Signal.PRIKKELBAAR, Signal.TIJDSDRUK,
                 Signal.TERUGTREKKEN),
        risk_factors=(RiskFactor.ROND_DE_KLOK, RiskFactor.PERSOONLIJKHEIDSVERANDERING),
        load=(Weight(what="'s Nachts opstaan als Jan gaat dwalen", weight=3),
              Weight(what="Geen tijd meer voor de koorrepetitie", weight=2,
                     helper="Els (Humanitas)")),
        strength=(Weight(what="Petra regelt de papieren", weight=3, helper="Petra"),
                  Weight(what="Haar geloof en de kerk", weight=2)))]
    network = Network(
        people={p.id: p for p in people},
        ties={t.id: t for t in ties},
        households={h.id: h for h in households},
        twin_sets={t.id: t for t in twins},
        care_tasks={t.id: t for t in tasks},
        assignments={a.id: a for a in assignments},
        agreements={a.id: a for a in agreements},
        referrals={r.id: r for r in referrals},
        roles={r.id: r for r in roles},
        assessments={a.id: a for a in assessments},
        balance_checks={b.id: b for b in balance},
        carer_checks={c.id: c for c in checks},
        present={i(f"aanwezig:{who}"): Presence(id=i(f"aanwezig:{who}"), person=i(who))
                 for who in ("jan", "maria", "petra")},
        refs={CLIENT.name: i("jan"), "regie": i("petra"), "aanspreekpunt": i("maria")},
    )
    meta = CaseMeta(
        client_name="Jan de Vries",
        reference="VOORBEELD-001",
        professional="M. de Boer, wijkverpleegkundige",
        organisation="Wijkteam Noord (voorbeeld)",
        conversation_date="2026-11-16",
        notes="Fictieve voorbeeldcasus. Keukentafelgesprek met Jan, Maria en Petra.",
    )
    care = CareSituation(
        conditions=(Condition.DEMENTIE,), since="2022",
        need="Ziekte van Alzheimer. Hulp bij wassen, aankleden, eten en het huishouden; "
             "overdag toezicht, Jan raakt de weg kwijt.",
        residence=Residence.MET_PARTNER)
    consent = Consent(record=True, share=True, date="2026-11-16",
                      given_by="Jan de Vries, samen met Maria")
    scan = ScanConclusion(date="2026-11-16", text=(
        "Maria draagt bijna alle zorg (40 uur per week) en is zwaar belast; haar belasting "
        "is sinds augustus gestegen. Valt zij uit, dan zijn de maaltijden en het toezicht niet "
        "geregeld. Petra regelt de papieren en heeft de regie; Henk en Els helpen mee.\n"
        "Voorstel: Maria één middag per week vrij (Els of Petra bij Jan), dagbesteding voor "
        "Jan aanvragen, en een gesprek bij het steunpunt mantelzorg over wat Maria nog "
        "volhoudt."))
    now = Case(meta=meta, care=care, consent=consent, scan=scan, network=network,
               created="2026-11-16")
    return now.model_copy(update={"snapshots": (_intake(now),)})


def _intake(now: Case) -> Snapshot:
    """The intake of 20 August 2026, as a momentopname: before Els (Humanitas) and Ruud
    (casemanager) came, while Anja Bos of the thuiszorg still did the household, with Petra's
    support still weak, Kees not yet a strain, nobody for company, Maria's first results, and
    one agreement (a casemanager) that has been done since."""
    from .analysis.moments import make_snapshot

    i = _id
    net = now.network
    gone_people = {i("els"), i("ruud")}
    later = "2026-11-16"

    def keep(rec: object) -> bool:
        return getattr(rec, "date", None) != later and getattr(rec, "person", None) not in (
            gone_people)

    anja = Person(id=i("anja"), name="Anja Bos", sex=Sex.FEMALE, kind=PersonKind.PROFESSIONAL,
                  profession=Custom(custom="Huishoudelijke hulp"),
                  organisation="Thuiszorg De Linde")
    people = {k: v for k, v in net.people.items() if k not in gone_people} | {anja.id: anja}
    ties = {k: t for k, t in net.ties.items() if not ({t.a, t.b} & gone_people)}
    S = SupportStrength
    ties[i("s:petra")] = ties[i("s:petra")].model_copy(update={"strength": S.WEAK})
    ties[i("s:kees")] = ties[i("s:kees")].model_copy(update={"strength": S.WEAK})
    anja_tie = SupportTie(id=i("s:anja"), a=anja.id, b=i("jan"), strength=S.STRONG,
                          direction=EnergyDirection.A_TO_B, support_types=(SupportType.PRAKTISCH,))
    ties[anja_tie.id] = anja_tie
    assignments = {k: a for k, a in net.records("assignments").items()
                   if a.person not in gone_people and a.person != i("henk")}
    toezicht = i(f"a:maria:{TaskKind.TOEZICHT.value}")
    assignments[toezicht] = assignments[toezicht].model_copy(update={"hours": 14.0})
    huishouden = i(f"a:maria:{TaskKind.HUISHOUDEN.value}")
    assignments[huishouden] = assignments[huishouden].model_copy(update={"hours": 2.0})
    anja_work = Assignment(id=i("a:anja"), task=i(f"task:{TaskKind.HUISHOUDEN.value}"),
                           person=anja.id, frequency=Frequency.WEKELIJKS, hours=4.0,
                           since="2024")
    assignments[anja_work.id] = anja_work
    casemanager = net.records("agreements")[i("af:casemanager")].model_copy(
        update={"done": None})
    network = net.replace(
        people=people, ties=ties, assignments=assignments,
        agreements={casemanager.id: casemanager},
        referrals={},
        roles={k: r for k, r in net.records("roles").items() if keep(r)},
        assessments={k: a for k, a in net.records("assessments").items() if keep(a)},
        balance_checks={}, carer_checks={},
        present={k: p for k, p in net.records("present").items() if p.person != i("petra")},
    )
    then = now.model_copy(update={
        "network": network,
        "meta": now.meta.model_copy(update={
            "conversation_date": "2026-08-20",
            "notes": "Fictieve voorbeeldcasus. Intakegesprek met Jan en Maria."}),
        "scan": ScanConclusion(),
        "consent": now.consent.model_copy(update={"date": "2026-08-20"}),
        "views": Views(netwerkkaart=now.circle.model_copy(update={"cells": {
            i("petra"): Cell(ring=RingCode.VRIENDEN, sector=SectorCode.FAMILIE)}}))})
    snapshot = make_snapshot(then, "Intake", "2026-08-20", made_by="M. de Boer",
                             note="Eerste gesprek, thuis bij Jan en Maria.")
    return snapshot.model_copy(update={"id": i("momentopname:intake")})
