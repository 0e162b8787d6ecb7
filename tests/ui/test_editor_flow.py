"""Drive the real window: add, connect, drag, undo, redo, save, reopen: assert on the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from netwerkkaart.io.casefile import load_case
from netwerkkaart.model import MapKind, SupportStrength, SupportTie
from netwerkkaart.ui import dialogs
from netwerkkaart.ui.main_window import MainWindow
from tests.ui.conftest import without_seen


def _to_ecogram(w: MainWindow) -> None:
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))


def _add_named(w: MainWindow, qtbot, name: str) -> str:
    before = set(w.session.case.network.people)
    QTest.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (pid,) = set(w.session.case.network.people) - before
    field = w.panel.person_form.name
    assert field.hasFocus() or w.panel.stack.currentWidget() is w.panel.person_form
    field.setFocus()
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert w.session.case.network.people[pid].name == name
    return pid


def _drag(w: MainWindow, pid: str, dx: int, dy: int) -> None:
    view = w.current_view()
    item = w.current_scene().items_by_owner[("person", pid)]
    start = view.mapFromScene(item.pos())
    end = start + QPoint(dx, dy)
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        p = start + (end - start) * i / 5
        ev = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p), QPointF(vp.mapToGlobal(p)),
                         Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(vp, ev)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_add_connect_drag_undo_redo_save_reopen(window: MainWindow, qtbot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    _to_ecogram(w)
    w.current_view().set_zoom(1.0)
    people_before = len(w.session.case.network.people)
    a = _add_named(w, qtbot, "Buurvrouw Ans")
    b = _add_named(w, qtbot, "Vriend Piet")
    assert len(w.session.case.network.people) == people_before + 2

    # connect: select both, press C, pick "Steun: sterk" in the dialog
    w.current_scene().select_only([("person", a), ("person", b)])

    def choose_strong_support(self: dialogs.ConnectDialog) -> int:
        labels = [text for text, _f in self.choices]
        self.list.setCurrentRow(labels.index("Steun: sterk / steunend"))
        return 1

    monkeypatch.setattr(dialogs.ConnectDialog, "exec", choose_strong_support)
    w.current_view().setFocus()
    QTest.keyClick(w.current_view(), Qt.Key.Key_C)
    ties = [t for t in w.session.case.network.ties.values() if {t.a, t.b} == {a, b}]
    assert len(ties) == 1 and isinstance(ties[0], SupportTie)
    assert ties[0].strength is SupportStrength.STRONG

    # drag person a by (120, 60) screen pixels at 100% zoom: the drop is stored
    w.current_scene().select_only([])
    start = w.current_scene().items_by_owner[("person", a)].pos()
    assert a not in w.session.case.view(MapKind.ECOGRAM).positions
    _drag(w, a, 120, 60)
    moved = w.session.case.view(MapKind.ECOGRAM).positions[a]
    assert (moved.x - start.x(), moved.y - start.y()) == pytest.approx((120, 60), abs=2)

    # undo the drag, the tie, then redo both
    stack = w.session.undo_stack
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a not in w.session.case.view(MapKind.ECOGRAM).positions
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [t for t in w.session.case.network.ties.values() if {t.a, t.b} == {a, b}]
    QTest.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.session.case.view(MapKind.ECOGRAM).positions[a] == moved
    assert stack.canUndo() and not stack.canRedo()
    assert w.isWindowModified()

    # save as, then reopen and compare
    target = tmp_path / "casus.netwerkkaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    QTest.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists() and not w.isWindowModified()
    assert w.windowTitle().startswith("casus.netwerkkaart")
    saved = w.session.case
    assert without_seen(load_case(target)) == saved
    assert load_case(target).views.ecogram.seen is not None  # the picture went with it
    w.session.replace(load_case(target).model_copy(update={}), None)
    assert w.files.open_path(target, ask=False)
    assert without_seen(w.session.case) == saved
    assert w.session.case.network.people[a].name == "Buurvrouw Ans"


def test_delete_key_removes_selection_and_undo_restores(window: MainWindow) -> None:
    w = window
    _to_ecogram(w)
    before = w.session.case
    henk = next(p.id for p in before.network.people.values() if p.name == "Henk Jansen")
    w.current_scene().select_only([("person", henk)])
    w.current_view().setFocus()
    QTest.keyClick(w.current_view(), Qt.Key.Key_Delete)
    assert henk not in w.session.case.network.people
    assert all(henk not in (t.a, t.b) for t in w.session.case.network.ties.values())
    w.session.undo_stack.undo()
    assert w.session.case == before


def test_client_cannot_be_deleted(window: MainWindow) -> None:
    w = window
    client = w.session.case.network.client()
    assert client is not None
    _to_ecogram(w)
    w.current_scene().select_only([("person", client.id)])
    w.edits.delete()
    assert client.id in w.session.case.network.people


def test_multi_select_drag_is_one_undo_step(window: MainWindow) -> None:
    w = window
    _to_ecogram(w)
    w.current_view().set_zoom(1.0)
    net = w.session.case.network
    ids = [p.id for p in net.people.values() if p.name in ("Henk Jansen", "Els van Dijk")]
    scene = w.current_scene()
    scene.select_only([("person", i) for i in ids])
    depth = w.session.undo_stack.count()
    _drag(w, ids[0], 50, 0)
    assert w.session.undo_stack.count() == depth + 1
    positions = w.session.case.view(MapKind.ECOGRAM).positions
    assert set(ids) <= set(positions)


def test_unsaved_changes_are_asked_about_on_close(window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    w.edits.add_person()
    asked: list[bool] = []
    monkeypatch.setattr(w.files, "may_discard", lambda: asked.append(True) or False)
    assert not w.close()
    assert asked and w.isVisible()


def test_panel_edits_are_undoable(window: MainWindow) -> None:
    w = window
    _to_ecogram(w)
    henk = next(p.id for p in w.session.case.network.people.values() if p.name == "Henk Jansen")
    w.current_scene().select_only([("person", henk)])
    form = w.panel.person_form
    assert w.panel.stack.currentWidget() is form
    form.birth.setFocus()
    form.birth.selectAll()
    QTest.keyClicks(form.birth, "3-4-1950")
    QTest.keyClick(form.birth, Qt.Key.Key_Return)
    assert w.session.case.network.people[henk].birth == "1950-04-03"
    form.birth.selectAll()
    QTest.keyClicks(form.birth, "31-02-1950")
    QTest.keyClick(form.birth, Qt.Key.Key_Return)
    assert w.session.case.network.people[henk].birth == "1950-04-03"
    assert form.error.text()
    w.session.undo_stack.undo()
    assert w.session.case.network.people[henk].birth == "1952"


@pytest.mark.parametrize(("answer", "expected"), [("Cancel", False), ("Discard", True)])
def test_the_unsaved_question_itself(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                     answer: str, expected: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    from netwerkkaart.ui.file_actions import FileActions

    w = window
    w.edits.add_person()
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda self: getattr(QMessageBox.StandardButton, answer))
    assert FileActions.may_discard(w.files) is expected
