"""A password per case in the window: opening asks (again after a wrong one, and a cancel
opens nothing), saving keeps it encrypted, set and remove from the Bestand menu, and exports
from an encrypted case say that the export is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import load_case, save_case
from netwerkkaart.io.crypto import MAGIC, Sealer
from netwerkkaart.ui import dialogs
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.pdf_export import ExportDialog
from tests.ui.conftest import without_seen


def _answers(monkeypatch: pytest.MonkeyPatch, w: MainWindow, answers: list[str | None]
             ) -> list[str]:
    asked: list[str] = []

    def ask(question: str) -> str | None:
        asked.append(question)
        return answers.pop(0)

    monkeypatch.setattr(w.files, "ask_password", ask)
    return asked


def test_open_asks_again_after_a_wrong_password(window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "beveiligd.netwerkkaart"
    case = example_case()
    save_case(case, path, Sealer("kitchen-table", log2_n=12))
    before = window.session.case
    asked = _answers(monkeypatch, window, [None])
    assert not window.files.open_path(path, ask=False)  # cancelled
    assert window.session.case is before and len(asked) == 1
    asked = _answers(monkeypatch, window, ["fout", "kitchen-table"])
    assert window.files.open_path(path, ask=False)
    assert "klopt niet" in asked[1]
    assert window.session.case == case and window.session.sealer is not None
    # saving keeps it encrypted, under the same password
    window.files.save()
    assert path.read_bytes().startswith(MAGIC)
    assert without_seen(load_case(path, "kitchen-table")) == without_seen(window.session.case)


def test_set_and_remove_the_password(window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "casus.netwerkkaart"
    save_case(example_case(), path)
    assert window.files.open_path(path, ask=False)

    def type_it(self: dialogs.PasswordDialog) -> int:
        self.first.setText("kort")
        self.second.setText("kort")
        self.accept()
        assert self.password is None and "minstens" in self.error.text()
        self.first.setText("lang genoeg")
        self.second.setText("lang genoeg!")
        self.accept()
        assert self.password is None and "niet gelijk" in self.error.text()
        self.second.setText("lang genoeg")
        self.accept()
        return 1

    monkeypatch.setattr(dialogs.PasswordDialog, "exec", type_it)
    assert window.files.set_password()
    assert path.read_bytes().startswith(MAGIC) and b"Jan de Vries" not in path.read_bytes()
    assert without_seen(load_case(path, "lang genoeg")) == without_seen(window.session.case)
    dialog = ExportDialog(window.session.case, window, encrypted=True)
    assert "beveiligd met een wachtwoord" in dialog.warning.text()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert window.files.remove_password()
    assert not path.read_bytes().startswith(MAGIC) and window.session.sealer is None


def test_three_wrong_tries_stop_with_a_plain_message(window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kapot.netwerkkaart"
    data = bytearray(Sealer("kitchen-table", log2_n=12).seal(b"{}"))
    path.write_bytes(bytes(data[:-5]))  # truncated: even the right password cannot open it
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    asked = _answers(monkeypatch, window, ["kitchen-table"] * 5)
    assert not window.files.open_path(path, ask=False)
    assert len(asked) == 3 and "drie pogingen" in shown[0]
