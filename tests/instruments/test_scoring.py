"""The load instruments scored exactly as domain.md section 4 says: every band edge, every
cut-off, every answer's points, and bad input refused with a clear message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netwerkkaart.instruments import CSI, EDIZ, EDIZ_PLUS, INSTRUMENTS, partial_total, score


def _with_total(n_items: int, total: int, yes: int, no: int = 0) -> list[int]:
    return [yes] * total + [no] * (n_items - total)


@pytest.mark.parametrize(("total", "band", "overloaded"), [
    (0, "geen", False), (1, "licht", False), (3, "licht", False), (4, "matig", False),
    (8, "matig", False), (9, "zwaar", True), (15, "zwaar", True),
])
@pytest.mark.parametrize("yes", [1, 2])  # min of meer and ja both score (the rule we use)
def test_ediz_plus_bands_and_cutoff(total: int, band: str, overloaded: bool, yes: int) -> None:
    result = score("ediz_plus", _with_total(15, total, yes))
    assert (result.total, result.band, result.overloaded) == (total, band, overloaded)
    assert result.max_total == 15
    assert "min of meer" in result.rule and EDIZ_PLUS.open_rule  # the rule used is said


def test_ediz_plus_band_words() -> None:
    assert score("ediz_plus", [0] * 15).words == "geen belasting"
    assert score("ediz_plus", _with_total(15, 9, 2)).words == "zwaar belast"


@pytest.mark.parametrize(("total", "overloaded"), [(0, False), (6, False), (7, True),
                                                    (13, True)])
def test_csi_cutoff_at_seven(total: int, overloaded: bool) -> None:
    result = score("csi", _with_total(13, total, 1))
    assert (result.total, result.band, result.overloaded) == (total, None, overloaded)
    assert result.words == ("hoge belasting" if overloaded else "geen hoge belasting")


@pytest.mark.parametrize(("answer", "points"), [(0, 0), (1, 0), (2, 1), (3, 1), (4, 1)])
def test_ediz_each_answer_scores_as_published(answer: int, points: int) -> None:
    """nee! and nee score 0; min of meer, ja and ja! score 1. No bands, no cut-off."""
    result = score("ediz", [answer] * 9)
    assert (result.total, result.band, result.overloaded) == (9 * points, None, None)
    assert result.words == f"{9 * points} van 9"


def test_the_definitions_match_domain_md() -> None:
    assert (len(EDIZ.items), len(EDIZ.answers)) == (9, 5)
    assert (len(EDIZ_PLUS.items), len(EDIZ_PLUS.answers)) == (15, 3)
    assert (len(CSI.items), len(CSI.answers)) == (13, 2)
    assert EDIZ.answers == ("nee!", "nee", "min of meer", "ja", "ja!")
    assert (EDIZ.cutoff, EDIZ_PLUS.cutoff, CSI.cutoff) == (None, 9, 7)
    assert set(INSTRUMENTS) == {"ediz", "ediz_plus", "csi"}


@pytest.mark.parametrize(("instrument", "answers", "message"), [
    ("csi", [0] * 12, "De CSI heeft 13 vragen; er zijn 12 antwoorden."),
    ("ediz_plus", [0] * 16, "De EDIZ-plus heeft 15 vragen; er zijn 16 antwoorden."),
    ("ediz", [0] * 4 + [None] + [0] * 4, "Vraag 5 van de EDIZ is niet beantwoord."),
    ("ediz_plus", [0] * 14 + [3], "Vraag 15 van de EDIZ-plus: dit antwoord bestaat niet; "
                                  "kies 0 tot en met 2."),
    ("ediz", [-1] + [0] * 8, "Vraag 1 van de EDIZ: dit antwoord bestaat niet; kies 0 tot "
                             "en met 4."),
    ("csi", [True] + [0] * 12, "Vraag 1 van de CSI: een antwoord is een getal van 0 tot en "
                               "met 1."),
    ("csi", ["1"] + [0] * 12, "Vraag 1 van de CSI: een antwoord is een getal van 0 tot en "
                              "met 1."),
    ("zarit", [0] * 22, "Onbekend instrument; bekend zijn: ediz, ediz_plus, csi."),
])
def test_bad_input_is_refused_with_a_clear_message(instrument: str, answers: list,  # type: ignore[type-arg]
                                                   message: str) -> None:
    with pytest.raises(ValueError) as info:
        score(instrument, answers)
    assert str(info.value) == message


@given(st.sampled_from(sorted(INSTRUMENTS)), st.data())
def test_total_is_the_sum_of_points_and_within_range(instrument_id: str, data) -> None:  # type: ignore[no-untyped-def]
    inst = INSTRUMENTS[instrument_id]
    answers = data.draw(st.lists(st.integers(0, len(inst.answers) - 1),
                                 min_size=len(inst.items), max_size=len(inst.items)))
    result = score(instrument_id, answers)
    assert result.total == sum(inst.points[a] for a in answers)
    assert 0 <= result.total <= inst.max_total
    assert partial_total(instrument_id, answers) == (result.total, len(inst.items))
    assert partial_total(instrument_id, answers[:3] + [None] * (len(answers) - 3)) == (
        sum(inst.points[a] for a in answers[:3]), 3)
