from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from netwerkkaart.model import Case, CaseError, Network, Person, validate_case
from netwerkkaart.model.dates import (
    DATE_FORMAT,
    DateError,
    age_at,
    display,
    in_future,
    parse_display,
)


def test_partial_dates_validate() -> None:
    assert Person(birth="1948").birth == "1948"
    assert Person(birth="1948-05-17").birth == "1948-05-17"
    for bad in ["48", "1948-13", "1948-02-30", "17-05-1948"]:
        with pytest.raises(ValidationError):
            Person(birth=bad)


def test_death_before_birth_is_refused_by_the_case_rules() -> None:
    person = Person(birth="1950", death="1940")
    case = Case(network=Network(people={person.id: person}, refs={"client": person.id}))
    with pytest.raises(CaseError, match="overlijdensdatum ligt voor de geboortedatum"):
        validate_case(case)
    assert Person(death="1990").is_deceased


def test_in_future_respects_the_precision_of_the_date() -> None:
    today = dt.date(2026, 11, 26)
    assert not in_future("2026", today) and not in_future("2026-11", today)
    assert not in_future("2026-11-26", today)
    assert in_future("2026-11-27", today) and in_future("2026-12", today)
    assert in_future("2027", today)


def test_unreadable_dates_get_one_wording_and_never_echo_the_text() -> None:
    messages = set()
    for bad in ("morgen", "31-02-1944", "13-13-1944", "1944-13", "12/3/44"):
        with pytest.raises(DateError) as info:
            parse_display(bad)
        assert bad not in str(info.value)
        messages.add(str(info.value))
    assert messages == {DATE_FORMAT}


def test_age_and_display() -> None:
    assert age_at("1944-03-12", "2026-03-11") == 81
    assert age_at("1944-03-12", "2026-03-12") == 82
    assert age_at("1944", "2026-01-01") == 82
    assert display("1948-05-17") == "17-05-1948"
    assert parse_display("17-5-1948") == "1948-05-17"
    assert parse_display("5-1948") == "1948-05"
    assert parse_display(" 1948 ") == "1948"
    assert parse_display("") is None
    with pytest.raises(ValueError):
        parse_display("morgen")
