"""The care situation, the regie, the aanspreekpunt, the main carer and the consent in the case
panel, and a person's phone and e-mail: each change one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.model import MapKind
from netwerkkaart.model.care import Condition, Residence
from netwerkkaart.ui.main_window import MainWindow


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def test_the_case_panel_edits_the_care_situation_and_consent(window: MainWindow) -> None:
    w = window
    w.current_scene().clearSelection()
    form = w.panel.case_form
    assert w.panel.stack.currentWidget() is form
    care = form.care
    assert care.conditions[Condition.DEMENTIE].isChecked()
    assert care.contact.text() == "06 12345678"  # Maria, the aanspreekpunt

    care.conditions[Condition.LICHAMELIJK].click()
    assert w.session.case.care.conditions == (Condition.DEMENTIE, Condition.LICHAMELIJK)
    care.residence.activated.emit(care.residence.codes.index(Residence.BIJ_KIND))
    assert w.session.case.care.residence is Residence.BIJ_KIND
    care.since.setFocus()
    care.since.selectAll()
    QTest.keyClicks(care.since, "31-02-2020")
    QTest.keyClick(care.since, Qt.Key.Key_Return)
    assert care.error.text() and w.session.case.care.since == "2022"  # no such date: kept

    petra = _pid(w, "Petra")
    care.aanspreekpunt.activated.emit(care.aanspreekpunt.codes.index(petra))
    assert w.session.case.network.ref("aanspreekpunt") == petra
    assert "Nog geen telefoon" in care.contact.text()
    kees = _pid(w, "Kees")
    care.regie.activated.emit(care.regie.codes.index(kees))
    assert w.session.case.network.ref("regie") == kees

    # the main carer: counted (Maria) unless chosen
    assert care.main_carer.itemText(0) == "automatisch: Maria de Vries-Bakker"
    assert care.main_carer.codes[1:] == list(_carers(w))
    care.main_carer.activated.emit(care.main_carer.codes.index(petra))
    assert w.session.case.network.ref("main_carer") == petra

    care.share.activated.emit(care.share.codes.index(False))
    assert w.session.case.consent.share is False
    care.given_by.setFocus()
    care.given_by.selectAll()
    QTest.keyClicks(care.given_by, "Petra, dochter")
    QTest.keyClick(care.given_by, Qt.Key.Key_Return)
    assert w.session.case.consent.given_by == "Petra, dochter"

    assert w.session.undo_stack.count() == 7
    for _ in range(7):
        w.act_undo.trigger()
    case = w.session.case
    assert case.care.conditions == (Condition.DEMENTIE,) and case.consent.share is True
    assert case.network.ref("main_carer") is None
    assert case.network.ref("aanspreekpunt") == _pid(w, "Maria")
    assert care.contact.text() == "06 12345678"  # the panel follows undo


def _carers(w: MainWindow) -> tuple[str, ...]:
    from netwerkkaart.model.carers import overview

    return overview(w.session.case.network).carers


def test_phone_and_email_on_a_person(window: MainWindow) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))
    ruud = _pid(w, "Ruud")
    w.current_scene().select_only([("person", ruud)])
    form = w.panel.person_form
    assert form.email.text() == "casemanagement@dementienetwerk.example"
    form.phone.setFocus()
    QTest.keyClicks(form.phone, " 0570 999 000 ")
    QTest.keyClick(form.phone, Qt.Key.Key_Return)
    assert w.session.case.network.people[ruud].phone == "0570 999 000"
    w.act_undo.trigger()
    assert w.session.case.network.people[ruud].phone == ""
    assert form.phone.text() == ""


def test_the_wheel_scrolls_the_panel_and_never_turns_a_choice_on_the_way(
        window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    w = window
    w.current_scene().clearSelection()
    field = w.panel.case_form.care.aanspreekpunt
    before = w.session.case.network.ref("aanspreekpunt")
    centre = QPointF(field.rect().center())
    event = QWheelEvent(centre, QPointF(field.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(field, event)
    assert w.session.case.network.ref("aanspreekpunt") == before
    assert w.session.undo_stack.count() == 0


def test_a_rename_updates_the_peoples_choices_in_place(window) -> None:  # type: ignore[no-untyped-def]
    from netwerkkaart.model import Put

    w = window
    form = w.panel.case_form.care
    petra = next(p for p in w.session.case.network.people.values()
                 if p.name == "Petra Yilmaz-de Vries")
    count = form.regie.count()
    w.session.edit("Naam", [Put("people", petra.model_copy(update={"name": "Petra Y."}))])
    texts = [form.regie.itemText(i) for i in range(form.regie.count())]
    assert form.regie.count() == count
    assert any(t.startswith("Petra Y. (") for t in texts)
    assert not any("Yilmaz-de Vries" in t for t in texts)
    w.session.undo_stack.undo()
    assert any("Petra Yilmaz-de Vries" in form.regie.itemText(i)
               for i in range(form.regie.count()))
