"""Impossible versus implausible: the impossible is refused on edit and on load; the
implausible is a warning the user may accept, and never blocks a file or a GEDCOM."""

from __future__ import annotations

import pytest

from netwerkkaart.io.casefile import from_bytes, to_bytes
from netwerkkaart.io.gedcom import read_gedcom
from netwerkkaart.model import (
    Case,
    CaseError,
    EditRefused,
    Network,
    ParentChildKind,
    ParentChildTie,
    PartnershipTie,
    Person,
    Put,
    Sex,
    check_edit,
    validate_case,
)
from netwerkkaart.model.plausible import (
    AFTER_FATHERS_DEATH,
    CHILD_BEFORE_PARENT,
    PARENT_UNDER_12,
    PARTNER_IS_PARENT,
    case_warnings,
)


def _case(*people: Person, ties: tuple[object, ...] = ()) -> Case:
    net = Network(people={p.id: p for p in people}, refs={"client": people[0].id},
                  ties={t.id: t for t in ties})  # type: ignore[attr-defined]
    return Case(network=net)


DAD = Person(id="dad", name="Vader", sex=Sex.MALE, birth="1950", death="1990-01-15")
KID = Person(id="kid", name="Kind", birth="1975-06-01")


@pytest.mark.parametrize(("child_birth", "parent_birth", "death", "expected"), [
    ("1975-06-01", "1950", None, None),            # ordinary
    ("1940", "1950", None, CHILD_BEFORE_PARENT),    # born before the parent
    ("1960-03", "1950-01-01", None, PARENT_UNDER_12),  # the parent was ten
    ("1962", "1950", None, None),                   # perhaps 12: a year-only date is not sure
    ("1990-10-14", "1950", "1990-01-15", None),     # within 10 months of the father's death
    ("1990-11-16", "1950", "1990-01-15", AFTER_FATHERS_DEATH),
    ("1991", "1950", "1990", None),                 # not sure with years only
    ("1992", "1950", "1990", AFTER_FATHERS_DEATH),
])
def test_parent_child_warnings(child_birth: str, parent_birth: str, death: str | None,
                               expected: str | None) -> None:
    dad = DAD.model_copy(update={"birth": parent_birth, "death": death})
    kid = KID.model_copy(update={"birth": child_birth})
    case = _case(dad, kid)
    applied = check_edit(case, [Put("ties", ParentChildTie(a="dad", b="kid"))])
    messages = [w.message for w in applied.warnings]
    assert messages == ([expected] if expected else [])
    # the same as a whole file: it loads (validate and the file round trip), check lists it
    whole = applied.case
    validate_case(whole)
    assert from_bytes(to_bytes(whole)) is not None
    assert [w.message for w in case_warnings(whole.network)] == messages


def test_a_posthumous_child_of_a_mother_or_an_adoptive_father_is_no_warning() -> None:
    mum = DAD.model_copy(update={"sex": Sex.FEMALE})
    kid = KID.model_copy(update={"birth": "1995"})
    applied = check_edit(_case(mum, kid), [Put("ties", ParentChildTie(a="dad", b="kid"))])
    assert applied.warnings == ()
    applied = check_edit(_case(DAD, kid), [Put("ties", ParentChildTie(
        a="dad", b="kid", relation=ParentChildKind.ADOPTED))])
    assert applied.warnings == ()


def test_marrying_ones_own_parent_or_child_is_a_warning_either_way_round() -> None:
    case = _case(DAD, KID)
    link = ParentChildTie(a="dad", b="kid")
    pair = PartnershipTie(a="kid", b="dad")
    first = check_edit(case, [Put("ties", link)]).case
    assert [w.message for w in check_edit(first, [Put("ties", pair)]).warnings] == [
        PARTNER_IS_PARENT]
    partners = check_edit(case, [Put("ties", pair)]).case
    assert PARTNER_IS_PARENT in [w.message for w in check_edit(
        partners, [Put("ties", link)]).warnings]


def test_a_rename_does_not_raise_an_old_oddity_again() -> None:
    kid = KID.model_copy(update={"birth": "1940"})
    case = check_edit(_case(DAD, kid), [Put("ties", ParentChildTie(a="dad", b="kid"))]).case
    renamed = case.network.people["kid"].model_copy(update={"name": "Anders"})
    assert check_edit(case, [Put("people", renamed)]).warnings == ()
    redated = renamed.model_copy(update={"birth": "1941"})
    assert [w.message for w in check_edit(case, [Put("people", redated)]).warnings] == [
        CHILD_BEFORE_PARENT]


def test_a_third_biological_parent_is_refused_on_edit_and_on_load() -> None:
    p1, p2, p3 = (Person(id=f"p{i}", name=f"Ouder {i}") for i in (1, 2, 3))
    kid = Person(id="kid", name="Kind")
    links = [ParentChildTie(id=f"l{i}", a=f"p{i}", b="kid") for i in (1, 2)]
    case = _case(kid, p1, p2, p3, ties=tuple(links))
    with pytest.raises(EditRefused, match="twee biologische ouders"):
        check_edit(case, [Put("ties", ParentChildTie(a="p3", b="kid"))])
    check_edit(case, [Put("ties", ParentChildTie(a="p3", b="kid",
                                                 relation=ParentChildKind.ADOPTED))])
    third = ParentChildTie(id="l3", a="p3", b="kid")
    broken = _case(kid, p1, p2, p3, ties=(*links, third))
    with pytest.raises(CaseError, match="twee biologische ouders"):
        validate_case(broken)


GED = """0 HEAD
1 GEDC
2 VERS 5.5.1
1 CHAR UTF-8
0 @I1@ INDI
1 NAME Kind /Een/
1 SEX M
1 BIRT
2 DATE 1930
1 FAMC @F1@
1 FAMC @F2@
0 @I2@ INDI
1 NAME Vader /Een/
1 SEX M
1 BIRT
2 DATE 1935
0 @I3@ INDI
1 NAME Moeder /Een/
1 SEX F
0 @I4@ INDI
1 NAME Tweede /Vader/
1 SEX M
0 @I5@ INDI
1 NAME Tweede /Moeder/
1 SEX F
0 @F1@ FAM
1 HUSB @I2@
1 WIFE @I3@
1 CHIL @I1@
0 @F2@ FAM
1 HUSB @I4@
1 WIFE @I5@
1 CHIL @I1@
0 TRLR
"""


def test_a_gedcom_loads_with_implausible_dates_and_drops_a_third_birth_parent() -> None:
    result = read_gedcom(GED.encode())
    case = result.case
    validate_case(case)
    kid = result.xref_to_id["@I1@"]
    birth = [t for t in case.network.parent_links() if t.b == kid
             and t.relation is ParentChildKind.BIOLOGICAL]
    assert len(birth) == 2
    assert any("derde biologische ouder" in line for line in result.skipped)
    # the child born before its father (1930 / 1935) loads, and check names it
    assert CHILD_BEFORE_PARENT in [w.message for w in case_warnings(case.network)]


def test_an_organisation_has_no_family_ties() -> None:
    from netwerkkaart.model import PersonKind

    mum, kid = Person(id="mum", name="Moeder"), Person(id="kid", name="Kind")
    case = _case(mum, kid, ties=(ParentChildTie(id="l", a="mum", b="kid"),))
    with pytest.raises(EditRefused, match="organisatie kan geen partner"):
        check_edit(case, [Put("people", mum.model_copy(update={"kind": PersonKind.ORGANISATION}))])
    org = Person(id="org", name="Thuiszorg", kind=PersonKind.ORGANISATION)
    case = _case(mum, org)
    with pytest.raises(EditRefused, match="organisatie kan geen partner"):
        check_edit(case, [Put("ties", PartnershipTie(a="mum", b="org"))])
