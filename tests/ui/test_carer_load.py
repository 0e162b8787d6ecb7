"""A carer's load in the app: an EDIZ-plus and a CSI typed with the keyboard for the example's
main carer, the score as you go, a draft kept and finished later, the history with its trend,
the load badge on the map, and undo of each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.layout.primitives import Text
from netwerkkaart.model import MapKind
from netwerkkaart.ui.carer_panel import BalanceDialog
from netwerkkaart.ui.instrument_form import InstrumentDialog
from netwerkkaart.ui.main_window import MainWindow


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def _keys(dlg: InstrumentDialog, digits: str) -> None:
    for d in digits:
        QTest.keyClick(dlg, d)


def _map_letters(w: MainWindow, pid: str) -> set[str]:
    item = w.current_scene().items_by_owner[("person", pid)]
    return {p.text for p in item.group.prims if isinstance(p, Text)}


def test_fill_in_an_ediz_plus_and_a_csi_with_the_keyboard(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    petra = _pid(w, "Petra")
    w.current_scene().select_only([("person", petra)])
    QTest.keyClick(w, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert w.carer_dock.isVisible() and w.carer.person == petra
    assert "belasting: onbekend" in w.carer.title.text()
    assert "?" in _map_letters(w, petra)
    seen: list[str] = []

    def ediz_plus(dlg: InstrumentDialog) -> int:
        dlg.show()
        _keys(dlg, "3" * 5 + "2" * 4)  # 9 answered: ja ja ja ja ja, min of meer x4
        seen.append(dlg.result.text())
        assert not dlg.save_button.isEnabled() and dlg.draft_button.isEnabled()
        QTest.keyClick(dlg, Qt.Key.Key_Up)
        QTest.keyClick(dlg, Qt.Key.Key_Backspace)  # item 9 cleared again
        QTest.keyClick(dlg, "1")
        _keys(dlg, "1" * 6)
        seen.append(dlg.result.text())
        QTest.keyClick(dlg, Qt.Key.Key_Return)
        return 1

    monkeypatch.setattr(InstrumentDialog, "exec", ediz_plus)
    w.carer.load.buttons["ediz_plus"].click()
    assert seen == ["Tot nu toe 9 punten; 9 van 15 vragen beantwoord.",
                    "Totaal 8 van 15: matig belast."]
    results = [a for a in w.session.case.network.records("assessments").values()
               if a.person == petra]
    assert len(results) == 1 and not results[0].draft
    assert "belasting: matig belast" not in w.carer.title.text()  # the badge word is short
    assert "belasting: matig" in w.carer.title.text()
    assert "M" in _map_letters(w, petra)  # the genogram badge: M for matig

    def csi(dlg: InstrumentDialog) -> int:
        dlg.show()
        _keys(dlg, "2" * 7 + "1" * 6)
        seen.append(dlg.result.text())
        dlg.save()
        return 1

    monkeypatch.setattr(InstrumentDialog, "exec", csi)
    w.carer.load.buttons["csi"].click()
    assert seen[-1] == "Totaal 7 van 13: hoge belasting."
    assert "M" in _map_letters(w, petra)  # the EDIZ-plus band goes first
    texts = [w.carer.load.list.item(i).text() for i in range(w.carer.load.list.count())]
    assert any("CSI: 7 van 13, hoge belasting" in t for t in texts)
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))
    assert "M" in _map_letters(w, petra)
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert not [a for a in w.session.case.network.records("assessments").values()
                if a.person == petra]
    assert "?" in _map_letters(w, petra)


def test_an_unfinished_form_is_a_draft_until_it_is_finished(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    maria = _pid(w, "Maria")
    w.carer.show_person(maria)
    before = w.carer.title.text()

    def half(dlg: InstrumentDialog) -> int:
        dlg.show()
        _keys(dlg, "2" * 5)
        dlg.save()  # not all answered: refused, with the item to go to
        assert dlg.error.text().startswith("Vraag 6 is nog niet beantwoord.")
        dlg.draft_button.click()
        return 1

    monkeypatch.setattr(InstrumentDialog, "exec", half)
    w.carer.load.buttons["csi"].click()
    drafts = [a for a in w.session.case.network.records("assessments").values()
              if a.person == maria and a.draft]
    assert len(drafts) == 1 and drafts[0].answers[:5] == (1,) * 5
    assert w.carer.title.text() == before  # a draft is no result
    item = next(w.carer.load.list.item(i) for i in range(w.carer.load.list.count())
                if "concept" in w.carer.load.list.item(i).text())

    def finish(dlg: InstrumentDialog) -> int:
        dlg.show()
        assert dlg.current == 5  # on the first unanswered item
        _keys(dlg, "1" * 8)
        dlg.save()
        return 1

    monkeypatch.setattr(InstrumentDialog, "exec", finish)
    w.carer.load.open_record(item)
    a = w.session.case.network.records("assessments")[drafts[0].id]
    assert not a.draft and a.answers == (1,) * 5 + (0,) * 8


def test_the_balance_check_is_labelled_a_stand_in(window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    henk = _pid(w, "Henk")
    w.carer.show_person(henk)

    def fill(dlg: BalanceDialog) -> int:
        dlg.how.setValue(3)
        dlg.keep_up.setCurrentIndex(2)
        dlg.save()
        return 1

    monkeypatch.setattr(BalanceDialog, "exec", fill)
    w.carer.load.balance_button.click()
    texts = [w.carer.load.list.item(i).text() for i in range(w.carer.load.list.count())]
    assert any("Balanscheck (geen instrument): 3 van 10, volhouden: Nee" in t for t in texts)


def test_delete_in_the_history_removes_the_result_not_the_carer(
        window: MainWindow) -> None:
    w = window
    maria = _pid(w, "Maria")
    w.current_scene().select_only([("person", maria)])
    w.toggle_carer()
    lst = w.carer.load.list
    lst.setFocus()
    lst.setCurrentRow(0)
    before = len(w.session.case.network.records("assessments"))
    QTest.keyClick(lst, Qt.Key.Key_Delete)
    assert maria in w.session.case.network.people  # the person stays
    assert len(w.session.case.network.records("assessments")) == before - 1


def test_a_same_day_correction_becomes_the_current_result_and_letters_answer(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    maria = _pid(w, "Maria")
    w.carer.show_person(maria)
    assert "zwaar" in w.carer.title.text()

    def low(dlg: InstrumentDialog) -> int:
        dlg.show()
        dlg.date.setText("16-11-2026")  # the same day as the example's 10
        _keys(dlg, "n" * 14 + "m")  # n = nee, m = min of meer: the same keys everywhere
        assert dlg.result.text() == "Totaal 1 van 15: licht belast."
        dlg.save()
        return 1

    monkeypatch.setattr(InstrumentDialog, "exec", low)
    w.carer.load.buttons["ediz_plus"].click()
    assert "belasting: licht" in w.carer.title.text()
    assert w.carer.load.list.item(0).text().startswith("16-11-2026  EDIZ-plus: 1 van 15")
