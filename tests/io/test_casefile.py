"""The case file: round trips, golden files, migrations and every kind of bad input."""

from __future__ import annotations

import errno
import json
import math
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from netwerkkaart.example import example_case
from netwerkkaart.io import casefile, migrations
from netwerkkaart.io.atomic import SaveError, write_atomic
from netwerkkaart.io.casefile import LoadError, from_bytes, load_case, save_case, to_bytes
from netwerkkaart.model import Cell, Custom, RingCode, SectorCode
from tests.strategies import cases

DATA = Path(__file__).parent.parent / "data"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_any_valid_case_survives_save_and_load(case, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("rt") / "casus.netwerkkaart"
    save_case(case, path)
    assert load_case(path) == case
    assert to_bytes(load_case(path)) == path.read_bytes()


def test_example_round_trip_is_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "x.netwerkkaart"
    save_case(example_case(), path)
    first = path.read_bytes()
    save_case(load_case(path), path)
    assert path.read_bytes() == first
    assert json.loads(first)["format_version"] == migrations.FORMAT_VERSION
    assert first.startswith(b'{\n "format_version"')


@pytest.mark.parametrize("golden", sorted(DATA.glob("case-v*.netwerkkaart")))
def test_golden_files_of_every_version_keep_loading(golden: Path) -> None:
    case = load_case(golden)
    assert case.network.client() is not None
    assert len(case.network.people) == 19


def test_golden_file_for_current_version_exists() -> None:
    assert (DATA / f"case-v{migrations.FORMAT_VERSION}.netwerkkaart").exists()


def test_migrations_run_in_order_before_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = json.loads(to_bytes(example_case()))
    doc["format_version"] = 1
    doc["meta"]["old_title"] = doc["meta"].pop("reference")

    def step(d: dict) -> dict:
        d["meta"]["reference"] = d["meta"].pop("old_title")
        return d

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 2)
    monkeypatch.setattr(casefile, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, step)
    case = from_bytes(json.dumps(doc).encode())
    assert case.meta.reference == "VOORBEELD-001"


def _doc() -> dict:
    return json.loads(to_bytes(example_case()))


def _refused(data: bytes, *words: str) -> str:
    with pytest.raises(LoadError) as info:
        from_bytes(data, name="casus.netwerkkaart")
    msg = str(info.value)
    for w in words:
        assert w in msg, msg
    assert "Traceback" not in msg
    return msg


def test_newer_version_is_refused_clearly() -> None:
    doc = _doc()
    doc["format_version"] = 99
    _refused(json.dumps(doc).encode(), "nieuwere versie", "99")


def test_truncated_file_is_refused() -> None:
    data = to_bytes(example_case())
    _refused(data[: len(data) // 2], "onvolledig")


def test_non_json_and_empty_and_binary() -> None:
    _refused(b"", "leeg")
    _refused(b"hallo dit is geen json", "beschadigd")
    _refused(bytes(range(256)) * 10, "geen Netwerkkaart")
    _refused(b"[1, 2, 3]", "geen Netwerkkaart")
    _refused(b'{"a": 1}', "geen Netwerkkaart")


def test_tie_to_missing_person() -> None:
    doc = _doc()
    tie = next(iter(doc["network"]["ties"].values()))
    tie["b"] = "niemand"
    _refused(json.dumps(doc).encode(), "persoon die niet bestaat", "niemand")


def _v1_doc() -> dict:
    return json.loads((DATA / "case-v1.netwerkkaart").read_text(encoding="utf-8"))


def test_two_clients_in_a_version_1_file() -> None:
    doc = _v1_doc()
    for p in list(doc["network"]["people"].values())[:2]:
        p["is_client"] = True
    _refused(json.dumps(doc).encode(), "2 cliënten")


def test_no_client() -> None:
    doc = _v1_doc()
    for p in doc["network"]["people"].values():
        p["is_client"] = False
    _refused(json.dumps(doc).encode(), "geen cliënt")
    doc = _doc()
    doc["network"]["refs"] = {}
    _refused(json.dumps(doc).encode(), "geen cliënt")


def test_client_reference_to_nobody() -> None:
    doc = _doc()
    doc["network"]["refs"] = {"client": "niemand"}
    _refused(json.dumps(doc).encode(), "cliënt", "niet bestaat", "niemand")


def test_version_1_file_becomes_version_2() -> None:
    """The client flag becomes a reference; netwerkkaart positions become ring and sector
    (read with version 1's sector angles), pins stay pins; "other" becomes the user's own."""
    v1 = _v1_doc()
    people = v1["network"]["people"]
    flagged = [pid for pid, p in people.items() if p.get("is_client")]
    by_name = {p["name"].split()[0]: pid for pid, p in people.items()}
    people[by_name["Fatima"]]["profession"] = "other"
    just = 0.05  # radians past the top: the first sector starts there, the last ends there
    r_inner, r_outer = 90 + 150 * 0.5, 90 + 150 * 3.5
    v1["views"]["netwerkkaart"]["positions"] = {
        # Maria (partner: familie by kind) was dragged to the outer ring of the last sector
        by_name["Maria"]: {"x": r_outer * math.cos(-math.pi / 2 - just),
                           "y": r_outer * math.sin(-math.pi / 2 - just), "pinned": False},
        # the neighbour was pinned in the innermost ring of the first sector
        by_name["Henk"]: {"x": r_inner * math.cos(-math.pi / 2 + just),
                          "y": r_inner * math.sin(-math.pi / 2 + just), "pinned": True},
        flagged[0]: {"x": 0.0, "y": 0.0, "pinned": False},
    }
    case = from_bytes(json.dumps(v1).encode())
    assert [case.network.client_id] == flagged
    assert case.circle.cells == {
        by_name["Maria"]: Cell(ring=RingCode.DIENSTEN, sector=SectorCode.PROFESSIONALS),
        by_name["Henk"]: Cell(ring=RingCode.INTIMI, sector=SectorCode.FAMILIE),
    }
    assert set(case.circle.positions) == {by_name["Henk"]}
    assert case.network.people[by_name["Fatima"]].profession == Custom(custom="Andere professie")
    assert "is_client" not in to_bytes(case).decode()


def test_duplicate_ids() -> None:
    doc = _doc()
    text = json.dumps(doc, indent=1)
    pid, person = next(iter(doc["network"]["people"].items()))
    dup = text.replace('"people": {', '"people": {' + json.dumps(pid) + ": "
                       + json.dumps(person) + ",", 1)
    _refused(dup.encode(), "twee keer", pid)


def test_key_and_id_disagree() -> None:
    doc = _doc()
    people = doc["network"]["people"]
    pid = next(iter(people))
    people["ander"] = people.pop(pid)
    _refused(json.dumps(doc).encode(), "hoort bij")


def test_unknown_enum_and_bad_date() -> None:
    doc = _doc()
    next(iter(doc["network"]["people"].values()))["sex"] = "robot"
    _refused(json.dumps(doc).encode(), "sex", "onbekende waarde")
    doc = _doc()
    next(iter(doc["network"]["people"].values()))["birth"] = "1944-02-31"
    _refused(json.dumps(doc).encode(), "birth")


def test_own_ancestor_is_refused() -> None:
    doc = _doc()
    ties = doc["network"]["ties"]
    pc = next(t for t in ties.values() if t["kind"] == "parent_child")
    ties["cycle"] = {**pc, "id": "cycle", "a": pc["b"], "b": pc["a"]}
    _refused(json.dumps(doc).encode(), "eigen voorouder")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="bestaat niet"):
        load_case(tmp_path / "weg.netwerkkaart")
    with pytest.raises(LoadError, match="map"):
        load_case(tmp_path)


def test_save_keeps_old_file_when_disk_is_full(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "casus.netwerkkaart"
    save_case(example_case(), path)
    before = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError, match="schijf is vol"):
        save_case(example_case(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["casus.netwerkkaart"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_save_into_read_only_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="geen toestemming"):
            write_atomic(tmp_path / "x.netwerkkaart", b"{}")
    finally:
        tmp_path.chmod(0o700)


def test_permission_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def denied(*a: object, **k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(SaveError, match="geen toestemming"):
        write_atomic(tmp_path / "x.netwerkkaart", b"{}")


def test_temp_file_name_carries_no_personal_data(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    save_case(example_case(), tmp_path / "Jan de Vries.netwerkkaart")
    assert seen and all(n.startswith(".netwerkkaart-") and "Jan" not in n for n in seen)
