"""A record kind declared in one place gets cascade delete, reference checks, edit ops, the
file and the graph bridge, with no other code touched."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pydantic import BaseModel, ConfigDict, Field

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import LoadError, from_bytes, to_bytes
from netwerkkaart.model import (
    CaseDocument,
    CaseError,
    EditRefused,
    Put,
    Ref,
    declare_record,
    new_id,
    validate_case,
)
from netwerkkaart.model.edits import delete_people_ops
from netwerkkaart.model.graph import from_graph, to_graph
from netwerkkaart.model.records import record_kinds, undeclare_record


class Toy(BaseModel):
    """A toy record: it belongs to one person and may be shared with friends."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=new_id)
    owner: str
    friends: tuple[str, ...] = ()
    lent_to: str | None = None


@pytest.fixture
def toys() -> Iterator[None]:
    # the whole declaration: which collection, which type, which fields refer to people
    declare_record("toys", Toy, label="speelgoed", refs=[
        Ref("owner"), Ref("friends", many=True, min_count=0), Ref("lent_to", optional=True)])
    yield
    undeclare_record("toys")


def _people() -> tuple[str, str, str]:
    case = example_case()
    names = {p.name.split()[0]: p.id for p in case.network.people.values()}
    return names["Maria"], names["Petra"], names["Kees"]


def test_a_declared_kind_is_stored_saved_and_loaded(toys: None) -> None:
    maria, petra, _kees = _people()
    doc = CaseDocument(example_case())
    toy = Toy(owner=maria, friends=(petra,))
    doc.apply([Put("toys", toy)])
    assert doc.case.network.records("toys") == {toy.id: toy}
    data = to_bytes(doc.case)
    assert json.loads(data)["network"]["toys"][toy.id]["owner"] == maria
    assert from_bytes(data) == doc.case
    assert from_graph(to_graph(doc.case.network)) == doc.case.network


def test_deleting_a_person_cascades_as_declared(toys: None) -> None:
    maria, petra, kees = _people()
    doc = CaseDocument(example_case())
    owned, shared = Toy(owner=maria), Toy(owner=kees, friends=(petra, maria), lent_to=maria)
    doc.apply([Put("toys", owned), Put("toys", shared)])
    inverse = doc.apply(delete_people_ops(doc.case, [maria]))
    toys_now = doc.case.network.records("toys")
    assert owned.id not in toys_now  # its owner went: the toy goes too
    assert toys_now[shared.id].friends == (petra,)  # dropped from the members
    assert toys_now[shared.id].lent_to is None  # an optional reference is cleared
    validate_case(doc.case)
    doc.apply_unchecked(inverse)
    assert doc.case.network.records("toys") == {owned.id: owned, shared.id: shared}


def test_dangling_references_are_refused_in_edits_and_files(toys: None) -> None:
    maria, _petra, _kees = _people()
    doc = CaseDocument(example_case())
    with pytest.raises(EditRefused, match="speelgoed .* verwijst naar een persoon die niet"):
        doc.apply([Put("toys", Toy(owner="niemand"))])
    toy = Toy(owner=maria, friends=("niemand",))
    bad = doc.case.model_copy(update={"network": doc.case.network.replace(toys={toy.id: toy})})
    with pytest.raises(CaseError, match="niet bestaat"):
        validate_case(bad)
    raw = json.loads(to_bytes(doc.case))
    raw["network"]["toys"] = {toy.id: toy.model_dump()}
    with pytest.raises(LoadError, match="niemand"):
        from_bytes(json.dumps(raw).encode())


def test_undeclared_kinds_are_unknown_fields_in_a_file() -> None:
    assert "toys" not in [k.collection for k in record_kinds()]
    raw = json.loads(to_bytes(example_case()))
    raw["network"]["toys"] = {}
    with pytest.raises(LoadError, match="toys is een onbekend veld"):
        from_bytes(json.dumps(raw).encode())
