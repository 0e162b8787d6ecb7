"""Then versus now, on hand-made pairs of moments where every kind of change is present."""

from __future__ import annotations

from netwerkkaart.analysis.compare import Direction, TieChangeKind, compare, summary
from netwerkkaart.analysis.moments import (
    Moment,
    default_snapshot_name,
    find_snapshot,
    make_snapshot,
    moments_between,
    now_moment,
    seen_findings,
    snapshot_moment,
)
from netwerkkaart.example import example_case
from netwerkkaart.model import (
    Agreement,
    Assignment,
    Case,
    Cell,
    EmotionalKind,
    EmotionalTie,
    PersonKind,
    RingCode,
    SectorCode,
    SupportStrength,
    SupportTie,
)
from netwerkkaart.model.carer import Assessment
from netwerkkaart.model.ecomap import EcoCategory, EcoPlace
from netwerkkaart.model.edits import apply_ops, delete_people_ops

THEN_DATE, NOW_DATE = "2026-03-03", "2026-09-01"


def _ids(case: Case) -> dict[str, str]:
    return {p.name.split()[0].lower(): pid for pid, p in case.network.people.items()}


def _moment(case: Case, name: str, date: str) -> Moment:
    return Moment(name, date, case, seen_findings(case, date), snapshot_id=name)


def _pair() -> tuple[Case, Case, dict[str, str]]:
    """Then: the example without its snapshots and with a few things set up to change.
    Now: every kind of change made to it."""
    base = example_case().model_copy(update={"snapshots": ()})
    i = _ids(base)
    net = base.network
    ties = dict(net.ties)
    by_pair = {frozenset((t.a, t.b)): t for t in ties.values() if isinstance(t, SupportTie)}
    emo = {frozenset((t.a, t.b)): t for t in ties.values() if isinstance(t, EmotionalTie)}
    # then: Henk's line weak, an emotional tie Jan-Petra distant, a support line Jan-Sanne
    sanne_line = SupportTie(id="s:sanne", a=i["sanne"], b=i["jan"],
                            strength=SupportStrength.WEAK)
    ties[sanne_line.id] = sanne_line
    jp = EmotionalTie(id="e:jan-petra", a=i["jan"], b=i["petra"],
                      relation=EmotionalKind.DISTANT)
    ties[jp.id] = jp
    agreements = {a.id: a for a in [
        Agreement(id="af:open", what="Open afspraak", by_when="2026-06-01"),
        Agreement(id="af:klaar", what="Wordt gedaan", by_when="2026-05-01")]}
    assessments = {k: a for k, a in net.records("assessments").items() if a.date < "2026-09"}
    ediz = Assessment(id="m:ediz:petra", person=i["petra"], date="2026-02-01",
                      instrument="ediz", answers=(3, 3, 0, 0, 0, 0, 0, 0, 0))
    assessments[ediz.id] = ediz
    then = base.model_copy(update={"network": net.replace(
        ties=ties, agreements=agreements, assessments=assessments,
        carer_checks={}, balance_checks={})})
    # now
    t = dict(ties)
    t[by_pair[frozenset((i["henk"], i["jan"]))].id] = by_pair[
        frozenset((i["henk"], i["jan"]))].model_copy(update={"strength": SupportStrength.STRONG})
    t[by_pair[frozenset((i["petra"], i["jan"]))].id] = by_pair[
        frozenset((i["petra"], i["jan"]))].model_copy(update={"strength": SupportStrength.WEAK})
    t[by_pair[frozenset((i["els"], i["jan"]))].id] = by_pair[
        frozenset((i["els"], i["jan"]))].model_copy(
        update={"strength": SupportStrength.STRESSFUL})
    t[by_pair[frozenset((i["kees"], i["jan"]))].id] = by_pair[
        frozenset((i["kees"], i["jan"]))].model_copy(update={"strength": SupportStrength.STRONG})
    t[jp.id] = jp.model_copy(update={"relation": EmotionalKind.CLOSE})
    kees_linda = emo[frozenset((i["kees"], i["linda"]))]
    del t[kees_linda.id]  # ended
    del t[sanne_line.id]
    t["s:noor"] = SupportTie(id="s:noor", a=i["noor"], b=i["jan"])  # new between old people
    people = dict(net.people)
    people[i["wim"]] = people[i["wim"]]  # already deceased: no change
    people[i["gerrit"]] = people[i["gerrit"]]
    people[i["ahmed"]] = people[i["ahmed"]].model_copy(update={"death": "2026-07"})
    lisa = people[i["sanne"]].model_copy(update={"id": "lisa", "name": "Lisa Bakker",
                                                 "kind": PersonKind.FRIEND, "birth": None})
    people["lisa"] = lisa
    assignments = dict(net.records("assignments"))
    boodschappen = next(k for k, task in net.records("care_tasks").items()
                        if task.kind.value == "klussen")
    assignments["a:lisa"] = Assignment(id="a:lisa", task=boodschappen, person="lisa", hours=3.0)
    maria_toezicht = next(k for k, a in assignments.items()
                          if a.person == i["maria"] and a.hours == 20.0)
    assignments[maria_toezicht] = assignments[maria_toezicht].model_copy(update={"hours": 25.0})
    gezelschap = next(k for k, a in assignments.items() if a.person == i["els"])
    del assignments[gezelschap]  # Els stops: gezelschap uncovered
    agreements_now = {
        "af:open": agreements["af:open"],
        "af:klaar": agreements["af:klaar"].model_copy(update={"done": "2026-04-20"}),
        "af:nieuw": Agreement(id="af:nieuw", what="Nieuwe afspraak", by_when="2026-12-01")}
    ediz2 = ediz.model_copy(update={"id": "m:ediz:petra2", "date": "2026-08-01",
                                    "answers": (3, 3, 3, 4, 0, 0, 0, 0, 0)})
    assessments_now = dict(net.records("assessments")) | {ediz.id: ediz, ediz2.id: ediz2}
    circle = then.circle.model_copy(update={"cells": {
        i["petra"]: Cell(ring=RingCode.VRIENDEN, sector=SectorCode.FAMILIE),
        i["henk"]: Cell(ring=RingCode.BEKENDEN, sector=SectorCode.VRIENDEN)}})
    eco = then.views.ecogram.model_copy(update={"places": {
        i["fatima"]: EcoPlace(category=EcoCategory.R, closeness=1)}})
    now_net = net.replace(people=people, ties=t, assignments=assignments,
                          agreements=agreements_now, assessments=assessments_now)
    now = then.model_copy(update={
        "network": now_net,
        "views": then.views.with_view(circle.__class__.__name__ and then.circle and
                                      _kind("netwerkkaart"), circle).with_view(
            _kind("ecogram"), eco)})
    now = apply_ops(now, delete_people_ops(now, [i["ruud"]])).case  # Ruud leaves
    return then, now, i


def _kind(name: str):  # type: ignore[no-untyped-def]
    from netwerkkaart.model import MapKind

    return MapKind(name)


def test_every_kind_of_change_is_found() -> None:
    then, now, i = _pair()
    cmp = compare(_moment(then, "Intake", THEN_DATE), _moment(now, "Evaluatie", NOW_DATE))
    assert cmp.joined == ("lisa",)
    assert cmp.left == (i["ruud"],)
    assert cmp.died == (i["ahmed"],)
    ties = {(frozenset((c.a, c.b)), c.family): c.change for c in cmp.ties}
    assert ties == {
        (frozenset((i["henk"], i["jan"])), "support"): TieChangeKind.STRONGER,
        (frozenset((i["petra"], i["jan"])), "support"): TieChangeKind.WEAKER,
        (frozenset((i["els"], i["jan"])), "support"): TieChangeKind.STRESSFUL,
        (frozenset((i["kees"], i["jan"])), "support"): TieChangeKind.NO_LONGER_STRESSFUL,
        (frozenset((i["jan"], i["petra"])), "emotional"): TieChangeKind.STRONGER,
        (frozenset((i["kees"], i["linda"])), "emotional"): TieChangeKind.ENDED,
        (frozenset((i["sanne"], i["jan"])), "support"): TieChangeKind.ENDED,
        (frozenset((i["noor"], i["jan"])), "support"): TieChangeKind.NEW,
    }  # Ruud's line went with Ruud: he left, that is said once
    moves = {(m.person, m.part): (m.before, m.after) for m in cmp.moves}
    assert moves[(i["petra"], "ring")] == ("Intimi", "Vrienden")
    assert moves[(i["henk"], "sector")] == ("Buren", "Vrienden en kennissen")
    assert (i["fatima"], "categorie") in moves and (i["fatima"], "afstand") in moves
    hours = {c.key: (c.before, c.after) for c in cmp.hours_by_person}
    assert hours[i["maria"]] == (40.0, 45.0)
    assert hours["lisa"] == (0.0, 3.0) and hours[i["els"]] == (2.0, 0.0)
    assert hours[i["ruud"]] == (0.0, 0.0) if i["ruud"] in hours else True
    tasks = {cmp.task_name(c.key): (c.before, c.after) for c in cmp.hours_by_task}
    assert tasks["Klussen"] == (0.0, 3.0)
    assert [cmp.task_name(t) for t in cmp.newly_covered] == ["Klussen"]
    assert [cmp.task_name(t) for t in cmp.newly_uncovered] == ["Gezelschap en emotionele steun"]
    load = {(c.person, c.instrument): c for c in cmp.load}
    maria_plus = load[(i["maria"], "ediz_plus")]
    assert (maria_plus.before.band, maria_plus.after.band) == ("matig", "zwaar")
    assert maria_plus.direction is Direction.UP and maria_plus.band_changed
    maria_csi = load[(i["maria"], "csi")]
    assert (maria_csi.before.overloaded, maria_csi.after.overloaded) == (False, True)
    petra = load[(i["petra"], "ediz")]
    assert (petra.before.total, petra.after.total, petra.direction) == (2, 4, Direction.UP)
    assert "risk.overloaded" in {f.code for f in cmp.findings_new}
    assert cmp.agreements_made == ("af:nieuw",)
    assert cmp.agreements_done == ("af:klaar",)
    assert cmp.agreements_overdue == ("af:open",)
    assert not cmp.empty


def test_the_summary_says_it_in_plain_dutch() -> None:
    then, now, i = _pair()
    cmp = compare(_moment(then, "Intake", THEN_DATE), _moment(now, "Evaluatie", NOW_DATE))
    text = summary(cmp)
    assert text.startswith("Tussen de intake op 3 maart 2026 en de evaluatie op 1 september "
                           "2026 is Lisa Bakker gaan helpen (3 uur per week); ")
    for part in ["Ruud Peters is uit het netwerk verdwenen", "Ahmed Yilmaz is overleden",
                 "Maria de Vries-Bakker helpt meer (van 40 naar 45 uur per week)",
                 "Els van Dijk helpt niet meer (was 2 uur per week)",
                 "(was 2 uur per week). De belasting van Maria de Vries-Bakker is gestegen van "
                 "matig naar zwaar",
                 "Maria de Vries-Bakker heeft nu een hoge belasting (CSI",
                 "de EDIZ-score van Petra Yilmaz-de Vries is gestegen van 2 naar 4",
                 "de steunlijn met Henk Jansen is sterker geworden",
                 "de steunlijn met Petra Yilmaz-de Vries is zwakker geworden",
                 "de steunlijn met Els van Dijk is belastend geworden",
                 "de steunlijn met Kees de Vries is niet meer belastend",
                 "de band met Petra Yilmaz-de Vries is sterker geworden",
                 "van 2 naar 4. De band tussen Kees de Vries en Linda Smit is er niet meer",
                 "er is nu ook een nieuwe steunlijn met Noor Yilmaz",
                 "Noor Yilmaz. Klussen is nu gedekt",
                 "gezelschap en emotionele steun is nu onbedekt",
                 "Petra Yilmaz-de Vries staat op de netwerkkaart nu in de ring ‘Vrienden’ "
                 "(was ‘Intimi’)",
                 "(was op afstand).\n\nNieuwe risico's: ",
                 "kan die iets overnemen?\n\n1 nieuwe afspraak: ‘Nieuwe afspraak’",
                 "Uitgevoerd: ‘Wordt gedaan’", "Over de datum: ‘Open afspraak’"]:
        assert part in text, part
    named = summary(cmp, name=lambda pid: "X")
    assert "Lisa" not in named.split("Nieuwe risico")[0]


def test_nothing_changed_is_said_too() -> None:
    case = example_case()
    snap = make_snapshot(case, "Evaluatie", "2026-11-26")
    cmp = compare(snapshot_moment(snap), now_moment(case, "2026-11-26"))
    assert cmp.empty
    assert summary(cmp) == "Sinds de evaluatie op 26 november 2026 is er in het netwerk niets " \
                           "veranderd."


def test_the_example_intake_against_today() -> None:
    case = example_case()
    cmp = compare(snapshot_moment(case.snapshots[0]), now_moment(case, "2026-11-26"))
    text = summary(cmp)
    assert text.startswith("Sinds de intake op 20 augustus 2026 is Els van Dijk gaan helpen "
                           "(2 uur per week);")
    assert "gestegen van matig naar zwaar" in text
    assert "Uitgevoerd: ‘Casemanager dementie inschakelen via de huisarts’" in text
    # after a colon a small letter, unless a name comes first
    assert "Risico's die er niet meer zijn: maar 2 mensen geven mantelzorg" in text
    assert "Nieuwe risico's: Maria de Vries-Bakker is overbelast" in text


def test_a_snapshot_is_found_by_name_date_or_number() -> None:
    case = example_case()
    intake = case.snapshots[0]
    for key in ("Intake", "intake ", "20-08-2026", "2026-08-20", "1"):
        assert find_snapshot(case, key) == intake
    assert find_snapshot(case, "2") is None and find_snapshot(case, "Evaluatie") is None
    assert default_snapshot_name(case) == "Evaluatie"
    assert default_snapshot_name(case.model_copy(update={"snapshots": ()})) == "Intake"


def test_the_earlier_moment_is_always_then() -> None:
    case = example_case()
    later = make_snapshot(case, "Evaluatie", "2026-11-20")
    case = case.model_copy(update={"snapshots": (*case.snapshots, later)})
    intake = case.snapshots[0]
    for first, second in ((intake.id, later.id), (later.id, intake.id)):
        pair = moments_between(case, first, second)
        assert pair is not None
        assert [m.name for m in pair] == ["Intake", "Evaluatie"]
    then, now = moments_between(case, later.id, None, "2026-11-26") or ()
    assert then.name == "Evaluatie" and now.is_now
    assert moments_between(case, intake.id, intake.id) is None
    assert moments_between(case, "onbekend") is None


def test_the_table_of_lines_says_each_change_once() -> None:
    from netwerkkaart.analysis.compare import detail_tables

    then, now, _i = _pair()
    cmp = compare(_moment(then, "Intake", THEN_DATE), _moment(now, "Evaluatie", NOW_DATE))
    rows = dict((what, (before, after)) for title, table in detail_tables(cmp)
                for what, before, after in table if title == "Lijnen die veranderden")
    assert rows["steunlijn met Henk Jansen"] == ("zwak", "sterk / steunend")
    assert rows["steunlijn met Noor Yilmaz"][0] == "–"
    assert rows["steunlijn met Noor Yilmaz"][1].endswith("(nieuw)")
    assert rows["steunlijn met Sanne Yilmaz"][1] == "– (verdwenen)"
