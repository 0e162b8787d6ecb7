"""Strengths and risks on small hand-made networks where the right finding is obvious: one
test per finding, and each threshold at its edge."""

from __future__ import annotations

from netwerkkaart.analysis import Thresholds, findings
from netwerkkaart.example import example_case
from netwerkkaart.model import (
    Case,
    EnergyDirection,
    Household,
    Network,
    Person,
    PersonKind,
    SupportTie,
)
from netwerkkaart.model.care import Assignment, CareSituation, CareTask, Condition, TaskKind
from netwerkkaart.model.carer import Assessment, CarerCheck, Derailment, Signal

TODAY = "2026-11-26"
K = PersonKind


def _case(people: dict[str, PersonKind], work: dict[str, list[tuple[str, float]]],
          *, needed_idle: tuple[str, ...] = (), ties: tuple[SupportTie, ...] = (),
          regie: str | None = "a", homes: tuple[tuple[str, ...], ...] = (),
          **records: dict) -> Case:  # type: ignore[type-arg]
    persons = [Person(id="c", name="Cliënt", birth="1950")] + [
        Person(id=pid, name=pid.upper(), kind=kind, birth="1970")
        for pid, kind in people.items()]
    tasks = {t: CareTask(id=t, kind=TaskKind.HUISHOUDEN if t == "huis" else TaskKind.VERVOER
                         if t == "vervoer" else TaskKind.KLUSSEN) for t in [*work, *needed_idle]}
    assign = {f"{t}-{p}": Assignment(id=f"{t}-{p}", task=t, person=p, hours=h)
              for t, doers in work.items() for p, h in doers}
    refs = {"client": "c", **({"regie": regie} if regie else {})}
    net = Network(people={p.id: p for p in persons}, care_tasks=tasks, assignments=assign,
                  ties={t.id: t for t in ties},
                  households={f"h{i}": Household(id=f"h{i}", members=m)
                              for i, m in enumerate(homes)}, refs=refs, **records)
    return Case(network=net)


def _codes(case: Case, t: Thresholds | None = None) -> list[str]:
    return [f.code for f in (findings(case, TODAY, t) if t else findings(case, TODAY))]


def _find(case: Case, code: str):  # type: ignore[no-untyped-def]
    return [f for f in findings(case, TODAY) if f.code == code]


FAMILY3 = {"a": K.FAMILY, "b": K.FRIEND, "d": K.NEIGHBOUR, "p": K.PROFESSIONAL}


def test_concentration_at_its_edge() -> None:
    half = _case(FAMILY3, {"huis": [("a", 5), ("b", 3)], "vervoer": [("d", 2), ("a", 0)]})
    (f,) = _find(half, "risk.concentration")  # 5 of 10 hours: exactly 50%
    assert f.people == ("a",) and f.figures["share"] == 0.5
    assert "50% van alle mantelzorguren" in f.text and "vanaf 50%" in f.text
    below = _case(FAMILY3, {"huis": [("a", 4.9), ("b", 3.1)], "vervoer": [("d", 2)]})
    assert "risk.concentration" not in _codes(below)
    assert "risk.concentration" in _codes(below, Thresholds(concentration=0.49))
    assert f.suggestions and f.suggestions[0].area.value == "respijtzorg"


def test_uncovered_fragile_and_what_goes_when_the_main_carer_drops_out() -> None:
    case = _case(FAMILY3, {"huis": [("a", 6)], "vervoer": [("b", 1)],
                           "klus": [("p", 2)]}, needed_idle=("klus2",))
    assert _find(case, "risk.uncovered")[0].text == \
        "Niemand doet klussen, terwijl dat wel nodig is."
    # b alone does the transport; the main carer's own tasks are the drop-out finding, and a
    # professional alone is covered by their organisation
    (fragile,) = _find(case, "risk.fragile")
    assert fragile.people == ("b",) and fragile.figures["tasks"] == ["vervoer en begeleiding"]
    (drop,) = _find(case, "risk.drop_out")
    assert drop.text == "Als A uitvalt, doet niemand meer: huishouden."
    shared = _case(FAMILY3, {"huis": [("a", 6), ("b", 1)]})
    assert not {"risk.fragile", "risk.drop_out", "risk.uncovered"} & set(_codes(shared))


def test_overloaded_signals_risk_group_and_derailment() -> None:
    csi = Assessment(id="m", person="a", date="2026-11-01", instrument="csi",
                     answers=(1,) * 7 + (0,) * 6)
    six = Assessment(id="m", person="a", date="2026-11-01", instrument="csi",
                     answers=(1,) * 6 + (0,) * 7)
    work = {"huis": [("a", 6), ("b", 1)]}
    assert _find(_case(FAMILY3, work, assessments={"m": csi}), "risk.overloaded")
    assert not _find(_case(FAMILY3, work, assessments={"m": six}), "risk.overloaded")
    three = CarerCheck(id="s", person="a", signals=(Signal.MOE, Signal.HUILEN, Signal.EENZAAM))
    two = CarerCheck(id="s", person="a", signals=(Signal.MOE, Signal.HUILEN))
    assert _find(_case(FAMILY3, work, carer_checks={"s": three}), "risk.signals")
    assert not _find(_case(FAMILY3, work, carer_checks={"s": two}), "risk.signals")
    abuse = CarerCheck(id="s", person="a", derailment={Derailment.FINANCIEEL: "pinpas"})
    (f,) = _find(_case(FAMILY3, work, carer_checks={"s": abuse}), "risk.derailment")
    assert "Veilig Thuis" in f.text and f.suggestions[0].destination.value == "veilig_thuis"
    sick = _case(FAMILY3, work)
    sick = sick.model_copy(update={"care": CareSituation(conditions=(Condition.DEMENTIE,))})
    (g,) = [f for f in _find(sick, "risk.risk_group") if f.people == ("a",)]
    assert "zorgt voor iemand met dementie" in g.text


def test_the_shape_of_the_network() -> None:
    two = _case({"a": K.FAMILY, "b": K.FAMILY}, {"huis": [("a", 2), ("b", 2)]})
    codes = _codes(two)
    assert "risk.small_network" in codes  # 2 carers: fewer than 3
    assert "risk.only_family" in codes and "risk.no_professional" in codes
    assert "risk.isolated_client" in codes
    three = _case(FAMILY3, {"huis": [("a", 2), ("b", 2), ("d", 1)]},
                  ties=(SupportTie(id="t", a="c", b="b"),))
    codes = _codes(three)
    assert not {"risk.small_network", "risk.only_family", "risk.no_professional",
                "risk.isolated_client"} & set(codes)
    # a tie only to someone at home does not count: the client is isolated
    home = _case(FAMILY3, {"huis": [("a", 2), ("b", 2), ("d", 1)]},
                 ties=(SupportTie(id="t", a="c", b="a"),), homes=(("c", "a"),))
    assert "risk.isolated_client" in _codes(home)
    assert "risk.no_regie" in _codes(_case(FAMILY3, {}, regie=None))
    assert "risk.no_regie" not in _codes(_case(FAMILY3, {}))


def test_strengths() -> None:
    room = Assessment(id="m", person="b", date="2026-11-01", instrument="ediz_plus",
                      answers=(1,) + (0,) * 14)
    case = _case(FAMILY3, {"huis": [("a", 6), ("b", 1)], "vervoer": [("d", 2)]},
                 ties=(SupportTie(id="t", a="c", b="b", direction=EnergyDirection.BOTH),),
                 assessments={"m": room})
    codes = _codes(case)
    assert {"strength.shared", "strength.mutual", "strength.formal_help",
            "strength.room"} <= set(codes)
    (r,) = _find(case, "strength.room")
    assert r.people == ("b",) and "minder dan 8" in r.text
    heavy = Assessment(id="m", person="b", date="2026-11-01", instrument="ediz_plus",
                       answers=(1,) * 4 + (0,) * 11)  # matig: no room
    assert "strength.room" not in _codes(_case(FAMILY3, {"huis": [("a", 6), ("b", 1)]},
                                               assessments={"m": heavy}))


def test_the_example_reads_like_a_colleague() -> None:
    found = findings(example_case(), TODAY)
    codes = [f.code for f in found]
    assert codes[0] == "risk.concentration" and "risk.overloaded" in codes
    assert "risk.drop_out" in codes and "strength.shared" in codes
    assert all(f.text.endswith(".") or f.text.endswith("?") for f in found)
    offered = [s.destination.value for f in found for s in f.suggestions]
    assert len(offered) == len(set(offered))  # each destination once
    # already there: Ruud is the casemanager dementie, Maria is referred to the steunpunt
    assert "casemanager_dementie" not in offered and "steunpunt_mantelzorg" not in offered
    assert not [f for f in found if f.code == "risk.fragile" and any(
        example_case().network.people[p].kind.value == "professional" for p in f.people)]
