from __future__ import annotations

import pytest
from pydantic import ValidationError

from netwerkkaart.model import Person
from netwerkkaart.model.dates import age_at, display, parse_display


def test_partial_dates_validate() -> None:
    assert Person(birth="1948").birth == "1948"
    assert Person(birth="1948-05-17").birth == "1948-05-17"
    for bad in ["48", "1948-13", "1948-02-30", "17-05-1948"]:
        with pytest.raises(ValidationError):
            Person(birth=bad)


def test_death_before_birth_is_refused() -> None:
    with pytest.raises(ValidationError):
        Person(birth="1950", death="1940")
    assert Person(death="1990").is_deceased


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
