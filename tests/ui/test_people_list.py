"""The groslijst: names typed one after another (Enter to the next row), a relation filling in
the kind, everyone added in one undo step and placed on every map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.model import MapKind, PersonKind, Sex
from netwerkkaart.model.relations import RelationCode
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.people_list import PeopleListDialog


def _pick(combo, code) -> None:  # type: ignore[no-untyped-def]
    """Choose as a user does: the item becomes current, then Qt says it was activated."""
    combo.setCurrentIndex(combo.codes.index(code))
    combo.activated.emit(combo.currentIndex())


def test_type_a_groslijst_and_find_everyone_on_the_maps(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    before = set(w.session.case.network.people)

    def type_it(dlg: PeopleListDialog) -> int:
        dlg.show()
        dlg.activateWindow()
        assert QTest.qWaitForWindowActive(dlg)
        first = dlg.rows[0]
        first.name.setFocus()
        QTest.keyClicks(first.name, "Truus Hendriks")
        QTest.keyClick(first.name, Qt.Key.Key_Tab)
        assert dlg.focusWidget() is first.sex
        _pick(first.sex, Sex.FEMALE)
        _pick(first.relation, RelationCode.NEIGHBOUR)
        assert first.kind.code_at(first.kind.currentIndex()) is PersonKind.NEIGHBOUR
        first.name.setFocus()
        QTest.keyClick(first.name, Qt.Key.Key_Return)
        second = dlg.rows[1]
        assert dlg.focusWidget() is second.name
        QTest.keyClicks(second.name, "Dokter Bos")
        _pick(second.kind, PersonKind.PROFESSIONAL)
        _pick(second.relation, RelationCode.FRIEND)
        assert second.kind.code_at(second.kind.currentIndex()) is PersonKind.PROFESSIONAL
        QTest.keyClick(second.name, Qt.Key.Key_Return)
        QTest.keyClick(dlg.rows[2].name, Qt.Key.Key_Return)  # an empty row: stays
        assert len(dlg.rows) == 3
        dlg.accept()
        return 1

    monkeypatch.setattr(PeopleListDialog, "exec", type_it)
    QTest.keyClick(w, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    net = w.session.case.network
    new = {pid: net.people[pid] for pid in set(net.people) - before}
    by_name = {p.name: p for p in new.values()}
    assert set(by_name) == {"Truus Hendriks", "Dokter Bos"}
    truus = by_name["Truus Hendriks"]
    assert truus.sex is Sex.FEMALE and truus.kind is PersonKind.NEIGHBOUR
    assert truus.relation is RelationCode.NEIGHBOUR
    assert by_name["Dokter Bos"].kind is PersonKind.PROFESSIONAL
    # the genogram draws the neighbour, not the doctor; the other maps draw both
    assert w.current_scene().selected_people() == [truus.id]
    for kind in MapKind:
        w.tabs.setCurrentIndex(list(MapKind).index(kind))
        drawn = {pid for pid in new if ("person", pid) in w.current_scene().items_by_owner}
        assert drawn == ({truus.id} if kind is MapKind.GENOGRAM else set(new))
    assert w.session.undo_stack.count() == 1
    w.act_undo.trigger()
    assert set(w.session.case.network.people) == before


def test_an_empty_groslijst_says_so(window: MainWindow) -> None:
    dlg = PeopleListDialog(window.session, window)
    dlg.accept()
    assert dlg.error.text() == "Typ eerst een naam." and window.session.undo_stack.count() == 0


def test_enter_anywhere_in_a_row_goes_on_and_a_known_name_is_asked_once(
        window: MainWindow) -> None:
    w = window
    dlg = PeopleListDialog(w.session, w)
    dlg.show()
    first = dlg.rows[0]
    first.name.setText("Jan de Vries")  # the client's name
    QTest.keyClick(first.kind, Qt.Key.Key_Return)
    QTest.keyClick(first.relation.lineEdit(), Qt.Key.Key_Return)
    assert dlg.isVisible() and len(dlg.rows) == 2  # on to a new row, the list stays open
    dlg.rows[1].name.setText("Tom")
    QTest.keyClick(dlg.rows[1].sex, Qt.Key.Key_Return)
    assert dlg.isVisible() and len(dlg.rows) == 3
    before = len(w.session.case.network.people)
    dlg.accept()
    assert dlg.error.text().startswith("Regel 1: die naam staat al in de casus")
    assert "Jan" not in dlg.error.text()  # no names in messages
    assert len(w.session.case.network.people) == before and dlg.isVisible()
    dlg.accept()  # asked once: the second time adds
    assert len(w.session.case.network.people) == before + 2
