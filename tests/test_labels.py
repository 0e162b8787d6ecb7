"""One Dutch label table: every code has one wording, used by forms, dialogs and legends."""

from __future__ import annotations

from enum import StrEnum

import netwerkkaart.model.care as care
import netwerkkaart.model.carer as carer
import netwerkkaart.model.circle as circle
import netwerkkaart.model.ecomap as ecomap
import netwerkkaart.model.enums as enums
import netwerkkaart.model.risk as risk
from netwerkkaart.labels import has_label, label
from netwerkkaart.layout.notation.emotional import emotional_label
from netwerkkaart.layout.notation.genogram_legend import legend_entries
from netwerkkaart.model import (
    Custom,
    EmotionalKind,
    EmotionalTie,
    Network,
    ParentChildKind,
    ParentChildTie,
    Person,
    RingCode,
    SectorCode,
    Sex,
    Zygosity,
)
from netwerkkaart.ui.dialogs import tie_choices


def _codes() -> list[StrEnum]:
    kinds = [t for mod in (enums, circle, ecomap, care, carer, risk) for t in vars(mod).values()
             if isinstance(t, type) and issubclass(t, StrEnum) and t.__module__ == mod.__name__]
    return [code for kind in kinds for code in kind]


def test_every_code_has_a_label() -> None:
    missing = [f"{type(c).__name__}.{c.name}" for c in _codes() if not has_label(c)]
    assert missing == []


def test_codes_that_share_a_value_keep_their_own_words() -> None:
    assert label(RingCode.VRIENDEN) == "Vrienden"
    assert label(SectorCode.VRIENDEN) == "Vrienden en kennissen"
    assert label(Sex.UNKNOWN) == "Onbekend" and label(Zygosity.UNKNOWN) == "Onbekend"


def test_a_custom_value_shows_its_own_text() -> None:
    assert label(Custom(custom="  Diëtist  ")) == "Diëtist"


def test_the_legend_the_dialog_and_the_form_use_the_same_words() -> None:
    for kind in EmotionalKind:
        assert emotional_label(kind) == label(kind)
    a, b = Person(name="A"), Person(name="B")
    net = Network(people={a.id: a, b.id: b}, refs={"client": a.id}, ties={
        "e": EmotionalTie(id="e", a=a.id, b=b.id, relation=EmotionalKind.CUTOFF),
        "c": ParentChildTie(id="c", a=a.id, b=b.id, relation=ParentChildKind.FOSTER)})
    legend = [text for text, _sample in legend_entries(net)]
    assert label(EmotionalKind.CUTOFF) in legend and label(ParentChildKind.FOSTER) in legend
    dialog = [text for text, _f in tie_choices("A", "B")]
    assert any(label(EmotionalKind.CUTOFF).lower() in t for t in dialog)
    assert any(label(ParentChildKind.FOSTER).lower() in t for t in dialog)


def test_every_relation_has_a_word_for_men_women_and_anyone() -> None:
    from netwerkkaart.labels import relation_choice_label, relation_label
    from netwerkkaart.model.relations import RelationCode

    for code in RelationCode:
        words = {relation_label(code, sex) for sex in Sex}
        assert all(words) and relation_choice_label(code)
    assert relation_label(RelationCode.CHILD, Sex.MALE) == "zoon"
    assert relation_label(RelationCode.CHILD, Sex.NONBINARY) == "kind"
