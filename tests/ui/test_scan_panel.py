"""The MantelScan dock: the five steps and what is missing (a click goes there), the strengths
and risks with suggested support (a click makes a referral, undoable), and the conclusion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from netwerkkaart.model import Delete
from netwerkkaart.ui.main_window import MainWindow


def _buttons(w: MainWindow) -> list[QPushButton]:
    return w.scan.findChildren(QPushButton)


def _labels(w: MainWindow) -> list[str]:
    return [lbl.text() for lbl in w.scan.findChildren(QLabel)]


def test_the_steps_send_the_user_where_to_fill_in(window: MainWindow) -> None:
    w = window
    QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert w.scan_dock.isVisible()
    assert "MantelScan: 5 van 5 stappen klaar" in _labels(w)
    # without agreements step 5 is open, and a button leads to the agreements
    for aid in list(w.session.case.network.records("agreements")):
        w.session.edit("weg", [Delete("agreements", aid)])
    assert "MantelScan: 4 van 5 stappen klaar" in _labels(w)
    assert "• Leg minstens één afspraak vast." in _labels(w)
    go = next(b for b in _buttons(w) if b.text() == "Naar de afspraken")
    go.click()
    assert w.plan_dock.isVisible()


def test_a_suggestion_becomes_a_referral_in_one_click(window: MainWindow) -> None:
    w = window
    w.toggle_scan()
    risks = [t for t in _labels(w) if t.startswith("⚠ ")]
    assert risks[0].startswith("⚠ Maria de Vries-Bakker geeft 86%")
    before = set(w.session.case.network.records("referrals"))
    button = next(b for b in _buttons(w) if b.text() == "Verwijzen: Dagopvang (respijtzorg)")
    button.click()
    (new,) = set(w.session.case.network.records("referrals")) - before
    r = w.session.case.network.records("referrals")[new]
    assert r.destination.value == "dagopvang" and r.area.value == "respijtzorg"
    assert w.session.case.network.people[r.for_whom].name.startswith("Maria")
    assert w.plan_dock.isVisible() and w.plan.currentIndex() == 1
    w.act_undo.trigger()
    assert new not in w.session.case.network.records("referrals")


def test_the_conclusion_is_proposed_edited_and_undone(window: MainWindow) -> None:
    w = window
    w.toggle_scan()
    edit = w.scan.conclusion
    edit.setPlainText("")
    edit.commit()
    assert w.session.case.scan.text == ""
    assert "○ 5. Conclusie en afspraken" in _labels(w)
    w.scan.draft_button.click()
    text = w.session.case.scan.text
    assert text.startswith("Zorgen:") and "86%" in text
    w.act_undo.trigger()
    assert w.session.case.scan.text == ""
