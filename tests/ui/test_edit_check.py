"""A refused edit never reaches the undo stack: the redo reproduction from the issue, driven
through the real window, and refused field edits in the panel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from netwerkkaart.io.casefile import load_case, to_bytes
from netwerkkaart.model import MapKind, ParentChildTie, Put, validate_case
from netwerkkaart.ui import dialogs
from netwerkkaart.ui.main_window import MainWindow
from tests.ui.conftest import without_seen


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def test_loop_refused_by_the_model_and_ctrl_y_cannot_bring_it_back(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.GENOGRAM))
    grandparent, grandchild = _pid(w, "Gerrit"), _pid(w, "Petra")
    w.current_scene().select_only([("person", grandparent), ("person", grandchild)])
    offered: list[str] = []

    def look_and_cancel(self: dialogs.ConnectDialog) -> int:
        offered.extend(text for text, _f in self.choices)
        return 0

    monkeypatch.setattr(dialogs.ConnectDialog, "exec", look_and_cancel)
    errors: list[str] = []
    w.current_scene().sig_error.connect(errors.append)
    before = w.session.case
    undo_count = w.session.undo_stack.count()
    w.current_view().setFocus()
    QTest.keyClick(w.current_view(), Qt.Key.Key_C)  # Verbinden
    # the dialog does not even offer the loop (nor a third biological parent for Petra) ...
    assert offered and not [t for t in offered if t.startswith("Petra") and "ouder van" in t]
    # ... and the model refuses it all the same, said over the map, never on the stack
    tie = ParentChildTie(a=grandchild, b=grandparent)
    refusal = w.session.edit("Verbinden", [Put("ties", tie)])
    assert refusal is not None and "eigen voorouder" in str(refusal)
    assert w.map_hint.isVisible() and "eigen voorouder" in w.map_hint.text()
    assert w.session.case is before
    assert w.session.undo_stack.count() == undo_count  # never reached the stack

    QTest.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    case = w.session.case
    validate_case(case)
    assert not [t for t in case.network.parent_links()
                if (t.a, t.b) == (grandchild, grandparent)]
    assert errors == []  # the genogram can still be drawn
    target = tmp_path / "casus.netwerkkaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    QTest.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    assert without_seen(load_case(target)) == case


def test_a_refused_field_edit_shows_why_marks_the_field_and_changes_nothing(
        window: MainWindow) -> None:
    w = window
    jan = _pid(w, "Jan")
    w.current_scene().select_only([("person", jan)])
    form = w.panel.person_form
    before, count = w.session.case, w.session.undo_stack.count()
    field = form.birth
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, f"3-4-{dt.date.today().year + 3}")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert w.session.case is before and w.session.undo_stack.count() == count
    assert "in de toekomst" in form.error.text() and form.error.isVisibleTo(form)
    assert "border" in field.styleSheet()
    assert field.text() == "12-03-1944"  # the stored value is back

    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "dertig februari")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert "Dit is geen datum" in form.error.text() and "dertig" not in form.error.text()
    assert w.session.case is before

    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "1945")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert w.session.case.network.people[jan].birth == "1945"
    assert not form.error.isVisibleTo(form)
    to_bytes(w.session.case)


def test_new_case_dialog_asks_the_model_about_the_client(qtbot) -> None:
    dialog = dialogs.NewCaseDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Jan")
    dialog.birth.setText(f"{dt.date.today().year + 1}")
    dialog.accept()
    assert dialog.client is None and "in de toekomst" in dialog.error.text()
    dialog.birth.setText("12-03-1944")
    dialog.accept()
    assert dialog.client is not None and dialog.client.birth == "1944-03-12"
