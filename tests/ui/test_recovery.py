"""Autosave and recovery: a copy a few seconds after each change, in the application-data
folder only (encrypted when the case is), gone after a clean save or close; after a crash the
next start offers to restore or discard it, saying when it was made."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import load_case, save_case
from netwerkkaart.io.crypto import MAGIC, Sealer
from netwerkkaart.io.recovery import recoveries
from netwerkkaart.model import Put
from netwerkkaart.ui import autosave
from netwerkkaart.ui.autosave import offer_recovery, recovery_folder
from netwerkkaart.ui.main_window import MainWindow
from tests.ui.conftest import click_in_message_box, without_seen


def _rename(w: MainWindow, name: str = "Truus") -> None:
    person = next(iter(w.session.case.network.people.values()))
    w.session.edit("Naam", [Put("people", person.model_copy(update={"name": name}))])


def _files(folder: Path) -> list[str]:
    """The recovery files (not the lock a living window holds on its slot)."""
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".lock") \
        if folder.exists() else []


def _crash(w: MainWindow) -> None:
    """The app dies: its lock on the slot goes with the process."""
    assert w.autosave.lock is not None
    w.autosave.lock.unlock()


def test_a_copy_after_a_change_gone_after_a_save(window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    folder = recovery_folder()
    _rename(w)
    assert w.autosave.timer.isActive() and w.autosave.timer.interval() <= 3000
    w.autosave.timer.timeout.emit()
    names = _files(folder)
    assert len(names) == 2 and all(n.startswith("herstel-") for n in names)
    assert not any("Truus" in n or "Vries" in n for n in names)  # no name in file names
    copy = recoveries(folder)[0]
    assert copy.origin is None  # a case never saved is recovered too
    assert without_seen(load_case(copy.case_file)) == without_seen(w.session.case)
    target = tmp_path / "casus.netwerkkaart"
    monkeypatch.setattr(w.files, "save_as", lambda: w.files._write(target))
    w.files.save()
    assert _files(folder) == []  # clean: no copy left
    _rename(w, "Nog een")
    w.autosave.write_now()
    assert recoveries(folder)[0].origin == target
    w.autosave.discard()  # a clean close
    assert _files(folder) == []


def test_an_encrypted_case_has_an_encrypted_copy(window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "geheim.netwerkkaart"
    save_case(example_case(), path, Sealer("kitchen-table", log2_n=12))
    monkeypatch.setattr(window.files, "ask_password", lambda q: "kitchen-table")
    assert window.files.open_path(path, ask=False)
    _rename(window)
    window.autosave.write_now()
    data = recoveries(recovery_folder())[0].case_file.read_bytes()
    assert data.startswith(MAGIC) and b"Truus" not in data and b"Jan" not in data


def test_after_a_crash_the_next_start_restores(window: MainWindow, qtbot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    path = tmp_path / "casus.netwerkkaart"
    save_case(example_case(), path)
    assert w.files.open_path(path, ask=False)
    _rename(w, "Na de crash")
    w.autosave.write_now()
    crashed = w.session.case  # the app dies here: no save, no clean close
    _crash(w)
    second = MainWindow(example_case())
    qtbot.addWidget(second)
    monkeypatch.setattr(second.files, "may_discard", lambda: True)
    seen: list[str] = []
    click_in_message_box(monkeypatch, "Herstellen", seen)
    assert offer_recovery(second)
    assert "casus.netwerkkaart" in seen[0] and " om " in seen[0]  # which file and when
    assert without_seen(second.session.case) == without_seen(crashed)
    assert second.session.path == path and second.session.modified  # saves to its own file
    assert len(recoveries(recovery_folder())) == 1  # kept until saved


def test_discard_throws_the_copy_away(window: MainWindow, qtbot,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _rename(window)
    window.autosave.write_now()
    _crash(window)
    second = MainWindow(example_case())
    qtbot.addWidget(second)
    monkeypatch.setattr(second.files, "may_discard", lambda: True)
    click_in_message_box(monkeypatch, "Weggooien", [])
    assert not offer_recovery(second)
    assert recoveries(recovery_folder()) == []


def test_a_full_disk_is_said_once(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from netwerkkaart.io.atomic import SaveError

    def full(*_a: object, **_k: object) -> None:
        raise SaveError("De schijf is vol.")

    monkeypatch.setattr(autosave, "write_recovery", full)
    said: list[str] = []
    monkeypatch.setattr(window, "say", said.append)
    _rename(window)
    window.autosave.write_now()
    window.autosave.write_now()
    assert len(said) == 1 and "herstelkopie" in said[0]
    assert window.session.modified  # the work is still there


def test_a_second_running_app_never_offers_a_living_windows_copy(
        window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    _rename(window)
    window.autosave.write_now()
    second = MainWindow(example_case())
    qtbot.addWidget(second)
    monkeypatch.setattr(second.files, "may_discard", lambda: True)
    asked: list[str] = []
    click_in_message_box(monkeypatch, "Weggooien", asked)
    assert not offer_recovery(second) and asked == []  # not offered, not thrown away
    assert len(recoveries(recovery_folder())) == 1
