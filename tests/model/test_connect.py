"""Verbinden offers what makes sense for the pair and starts on the likely choice."""

from __future__ import annotations

from netwerkkaart.model import (
    Case,
    MapKind,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipTie,
    Person,
    PersonKind,
    Pregnancy,
    SupportTie,
)
from netwerkkaart.model.connect import TieChoice, likely_choice, sensible_choices


def _net(*people: Person, ties: tuple[object, ...] = ()) -> Network:
    return Case(network=Network(people={p.id: p for p in people}, refs={"client": people[0].id},
                                ties={t.id: t for t in ties})).network  # type: ignore[attr-defined]


def _groups(choices: list[TieChoice]) -> set[str]:
    return {c.group for c in choices}


OMA = Person(id="oma", name="Oma", birth="1940")
MOEDER = Person(id="moeder", name="Moeder", birth="1968")
BUUR = Person(id="buur", name="Buurman", birth="1969", kind=PersonKind.NEIGHBOUR)
THUISZORG = Person(id="tz", name="Thuiszorg", kind=PersonKind.ORGANISATION)
ARTS = Person(id="arts", name="Huisarts", kind=PersonKind.PROFESSIONAL)


def test_a_generation_apart_the_older_is_the_likely_parent() -> None:
    net = _net(OMA, MOEDER)
    choices = sensible_choices(net, "moeder", "oma")  # Moeder left, Oma right on screen
    start = likely_choice(net, "moeder", "oma", MapKind.GENOGRAM, choices)
    assert start == TieChoice("child", ParentChildKind.BIOLOGICAL.value)  # Oma is the parent
    choices = sensible_choices(net, "oma", "moeder")
    start = likely_choice(net, "oma", "moeder", MapKind.GENOGRAM, choices)
    assert start is not None and start.group == "parent"


def test_the_same_generation_starts_on_partners_and_the_radial_maps_on_support() -> None:
    net = _net(MOEDER, BUUR)
    choices = sensible_choices(net, "moeder", "buur")
    assert likely_choice(net, "moeder", "buur", MapKind.GENOGRAM, choices) == TieChoice(
        "partner", "married")
    assert likely_choice(net, "moeder", "buur", MapKind.ECOGRAM, choices) == TieChoice(
        "support", "strong")


def test_an_organisation_gets_support_only_a_professional_support_and_feelings() -> None:
    net = _net(OMA, THUISZORG, ARTS)
    assert _groups(sensible_choices(net, "oma", "tz")) == {"support"}
    assert _groups(sensible_choices(net, "oma", "arts")) == {"support", "emotional"}
    choices = sensible_choices(net, "oma", "arts")
    assert likely_choice(net, "oma", "arts", MapKind.GENOGRAM, choices) == TieChoice(
        "support", "strong")


def test_no_loop_no_third_birth_parent_no_second_partnership_no_second_support() -> None:
    kid = Person(id="kid", name="Kind", birth="1995")
    p2 = Person(id="p2", name="Vader", birth="1966")
    other = Person(id="other", name="Ander", birth="1965")
    ties = (ParentChildTie(id="a", a="oma", b="moeder"),
            ParentChildTie(id="b", a="moeder", b="kid"),
            ParentChildTie(id="c", a="p2", b="kid"), PartnershipTie(id="d", a="moeder", b="p2"),
            SupportTie(id="e", a="moeder", b="p2"))
    net = _net(OMA, MOEDER, kid, p2, other, ties=ties)
    # the grandchild can never be the grandmother's parent
    assert not [c for c in sensible_choices(net, "kid", "oma") if c.group == "parent"]
    # a third parent for the child: adopted or foster, never biological
    as_parent = [c.value for c in sensible_choices(net, "other", "kid") if c.group == "parent"]
    assert as_parent == [ParentChildKind.ADOPTED.value, ParentChildKind.FOSTER.value]
    # partners already: no second partnership, no second support line; feelings still
    groups = _groups(sensible_choices(net, "moeder", "p2"))
    assert "partner" not in groups and "support" not in groups and "emotional" in groups
    # mother and child: no partnership offered
    assert "partner" not in _groups(sensible_choices(net, "moeder", "kid"))


def test_a_pregnancy_is_only_ever_someones_child() -> None:
    baby = Person(id="baby", name="", pregnancy=Pregnancy.PREGNANCY)
    net = _net(MOEDER, baby)
    assert _groups(sensible_choices(net, "moeder", "baby")) == {"parent"}


def test_kin_get_no_partnership_and_start_on_a_tie_of_feeling() -> None:
    kid = Person(id="kid", name="Kind", birth="1995")
    sib = Person(id="sib", name="Zus", birth="1997")
    ties = (ParentChildTie(id="a", a="oma", b="moeder"),
            ParentChildTie(id="b", a="moeder", b="kid"),
            ParentChildTie(id="c", a="moeder", b="sib"))
    net = _net(OMA, MOEDER, kid, sib, ties=ties)
    for x, y in (("kid", "oma"), ("kid", "sib")):
        choices = sensible_choices(net, x, y)
        assert "partner" not in _groups(choices)
        assert likely_choice(net, x, y, MapKind.GENOGRAM, choices) == TieChoice(
            "emotional", "close")


def test_spouses_are_never_each_others_parent_and_a_child_never_a_partner() -> None:
    wife = Person(id="w", name="Petra", birth="1971")
    husband = Person(id="h", name="Ahmed", birth="1969")
    boy = Person(id="b", name="Daan", birth="2012")
    net = _net(wife, husband, boy, ties=(PartnershipTie(id="p", a="w", b="h"),))
    assert not {"parent", "child", "partner"} & _groups(sensible_choices(net, "w", "h"))
    # a 14-year-old gets no partner; nor is someone born after the other offered as parent
    assert "partner" not in _groups(sensible_choices(net, "h", "b"))
    assert "child" not in _groups(sensible_choices(net, "h", "b"))  # Daan is not the parent
    assert "parent" in _groups(sensible_choices(net, "h", "b"))
