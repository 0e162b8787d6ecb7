"""What probing a hostile user found (issue 13), each pinned at its root: one clear Dutch
refusal, no traceback, no hang, no runaway memory, no echoed value, nothing left behind, and
saving over a file keeps what the user set up."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from netwerkkaart.example import example_case
from netwerkkaart.io.atomic import TMP_PREFIX, SaveError, write_atomic
from netwerkkaart.io.casefile import LoadError, from_bytes, load_case, save_case, to_bytes
from netwerkkaart.io.gedcom import read_gedcom


def _doc() -> dict:  # type: ignore[type-arg]
    return json.loads(to_bytes(example_case()))


def _bytes(doc: dict) -> bytes:  # type: ignore[type-arg]
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_an_integer_of_thousands_of_digits() -> None:
    text = to_bytes(example_case()).decode().replace('"format_version": 6',
                                                     '"format_version": ' + "9" * 5000, 1)
    with pytest.raises(LoadError, match="te groot"):
        from_bytes(text.encode())


def test_a_lone_surrogate_is_refused_on_load_not_found_at_save() -> None:
    text = to_bytes(example_case()).decode().replace("Jan de Vries", "Jan \\ud800 de Vries", 1)
    with pytest.raises(LoadError, match="onleesbare tekens"):
        from_bytes(text.encode())
    fine = to_bytes(example_case()).decode().replace("Jan de Vries", "Jan \\ud83d\\ude00", 1)
    from_bytes(fine.encode())  # a real pair (an emoji) is fine


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e12", "1e308"])
def test_positions_must_be_finite_and_on_a_map(value: str) -> None:
    doc = _doc()
    pid = next(iter(doc["network"]["people"]))
    doc["views"]["ecogram"]["positions"] = {pid: {"x": 0.0, "y": 0.0, "pinned": True}}
    text = json.dumps(doc).replace('"x": 0.0', f'"x": {value}', 1)
    with pytest.raises(LoadError):
        from_bytes(text.encode())


def test_yes_and_one_are_not_true() -> None:
    for fake in ("yes", 1, "true"):
        doc = _doc()
        pid = next(iter(doc["network"]["people"]))
        doc["network"]["people"][pid]["deceased"] = fake
        with pytest.raises(LoadError, match="ja of nee"):
            from_bytes(_bytes(doc))


def test_the_file_refuses_what_the_panel_refuses() -> None:
    doc = _doc()
    tie = next(t for t in doc["network"]["ties"].values() if t["kind"] == "partnership"
               and t.get("start"))
    tie["end"] = "1900"
    with pytest.raises(LoadError, match="einde van de relatie"):
        from_bytes(_bytes(doc))


def test_a_huge_field_is_never_echoed(tmp_path: Path) -> None:
    doc = _doc()
    doc["network"]["refs"]["client"] = "x" * 20_000_000
    with pytest.raises(LoadError) as err:
        from_bytes(_bytes(doc))
    assert len(str(err.value)) < 1000


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    link = tmp_path / "nul.netwerkkaart"
    link.symlink_to("/dev/zero")
    with pytest.raises(LoadError, match="geen gewoon bestand"):
        load_case(link)
    pipe = tmp_path / "pijp.netwerkkaart"
    os.mkfifo(pipe)
    started = time.monotonic()
    with pytest.raises(LoadError, match="geen gewoon bestand"):
        load_case(pipe)  # no hang
    assert time.monotonic() - started < 5


def test_many_conc_lines_are_joined_in_linear_time() -> None:
    text = ("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME A /B/\n"
            "1 NOTE begin\n" + "2 CONC abcdefghij\n" * 100_000 + "0 TRLR\n")
    read_gedcom(text.encode())  # 86 s before; a timeout of the suite would catch a relapse


def test_render_scale_nan_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    from netwerkkaart.cli import main

    case = tmp_path / "c.netwerkkaart"
    save_case(example_case(), case)
    assert main(["render", str(case), "-o", str(tmp_path / "x.png"), "--scale", "nan"]) == 2
    assert "vergroting" in capsys.readouterr().err


def test_saving_over_a_file_keeps_what_the_user_set_up(tmp_path: Path) -> None:
    data = to_bytes(example_case())
    shared = tmp_path / "gedeeld.netwerkkaart"
    shared.write_bytes(b"oud")
    shared.chmod(0o664)
    write_atomic(shared, data)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664  # still group-shared
    new = tmp_path / "nieuw.netwerkkaart"
    write_atomic(new, data)
    assert stat.S_IMODE(new.stat().st_mode) == 0o600  # ours: private
    target = tmp_path / "echt.netwerkkaart"
    target.write_bytes(b"oud")
    link = tmp_path / "link.netwerkkaart"
    link.symlink_to(target)
    write_atomic(link, data)
    assert link.is_symlink() and target.read_bytes() == data
    hard = tmp_path / "hard.netwerkkaart"
    os.link(target, hard)
    write_atomic(target, data + b" ")
    assert hard.read_bytes() == data + b" " and os.stat(hard).st_ino == os.stat(target).st_ino
    locked = tmp_path / "alleen-lezen.netwerkkaart"
    locked.write_bytes(b"oud")
    locked.chmod(0o444)
    with pytest.raises(SaveError, match="alleen-lezen"):
        write_atomic(locked, data)
    assert locked.read_bytes() == b"oud"


def test_a_killed_save_leaves_nothing_behind_for_long(tmp_path: Path) -> None:
    leftover = tmp_path / (TMP_PREFIX + "abc.tmp")
    leftover.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    write_atomic(tmp_path / "casus.netwerkkaart", to_bytes(example_case()))
    assert not leftover.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["casus.netwerkkaart"]
