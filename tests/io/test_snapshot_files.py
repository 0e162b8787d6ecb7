"""Momentopnames in the case file: the round trip, the migration, encryption, size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.cases import realistic_case, with_snapshots

from netwerkkaart.analysis.moments import make_snapshot
from netwerkkaart.example import example_case
from netwerkkaart.io import migrations
from netwerkkaart.io.casefile import LoadError, from_bytes, load_case, save_case, to_bytes
from netwerkkaart.io.crypto import Sealer

DATA = Path(__file__).parent.parent / "data"


def test_snapshots_round_trip_through_the_file(tmp_path: Path) -> None:
    case = example_case()
    evaluatie = make_snapshot(case, "Evaluatie", "2026-11-26", made_by="M. de Boer",
                              note="Na drie maanden")
    case = case.model_copy(update={"snapshots": (*case.snapshots, evaluatie)})
    path = tmp_path / "c.netwerkkaart"
    save_case(case, path)
    again = load_case(path)
    assert again == case
    assert [s.name for s in again.snapshots] == ["Intake", "Evaluatie"]
    assert again.snapshots[1].note == "Na drie maanden"
    assert again.snapshots[1].findings == evaluatie.findings


def test_an_older_file_gets_no_snapshots_and_keeps_loading() -> None:
    old = load_case(DATA / "case-v5.netwerkkaart")
    assert old.snapshots == ()
    golden = load_case(DATA / "case-v6.netwerkkaart")
    assert [s.name for s in golden.snapshots] == ["Intake"]
    assert set(golden.network.people) == set(old.network.people)


def test_later_migration_steps_run_over_every_snapshot_too(
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = json.loads(to_bytes(example_case()))
    for body in [doc, doc["snapshots"][0]["state"]]:
        body["meta"]["old_title"] = body["meta"].pop("reference")

    def step(d: dict) -> dict:  # type: ignore[type-arg]
        d["meta"] = {**d["meta"], "reference": d["meta"]["old_title"]}
        del d["meta"]["old_title"]
        return d

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 7)
    monkeypatch.setitem(migrations.MIGRATIONS, 6, step)
    out = migrations.migrate(doc)
    assert out["format_version"] == 7
    assert out["snapshots"][0]["state"]["meta"]["reference"] == "VOORBEELD-001"


def test_a_snapshot_in_the_file_that_is_broken_is_refused_whole() -> None:
    doc = json.loads(to_bytes(example_case()))
    doc["snapshots"][0]["state"]["network"]["refs"] = {}
    with pytest.raises(LoadError, match="momentopname van 20-08-2026 klopt niet"):
        from_bytes(json.dumps(doc).encode())
    doc = json.loads(to_bytes(example_case()))
    doc["snapshots"].append(dict(doc["snapshots"][0], id="other"))
    with pytest.raises(LoadError, match="dezelfde naam"):
        from_bytes(json.dumps(doc).encode())


def test_snapshots_are_encrypted_with_the_case(tmp_path: Path) -> None:
    path = tmp_path / "geheim.netwerkkaart"
    save_case(example_case(), path, Sealer("een goed wachtwoord"))
    raw = path.read_bytes()
    for secret in (b"Intake", b"Anja", b"Eerste gesprek", "Yılmaz".encode()):
        assert secret not in raw
    assert load_case(path, "een goed wachtwoord").snapshots[0].name == "Intake"


def test_ten_snapshots_of_a_200_person_case_stay_small() -> None:
    full = with_snapshots(realistic_case(200), 10)  # each a little different
    assert len({id(s.state.network) for s in full.snapshots}) == 10
    data = to_bytes(full)
    assert len(data) < 3_000_000  # measured: 1.3 MB (make bench: loads in about 0.03 s)
    assert from_bytes(data) == full
