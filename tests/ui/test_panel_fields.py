"""Panel fields commit the codes the user picks, for every kind of tie and map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.model import (
    Custom,
    EnergyDirection,
    MapKind,
    Profession,
    SupportStrength,
    SupportTie,
)
from netwerkkaart.ui.main_window import MainWindow


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def test_a_support_tie_opens_its_form_and_its_choices_commit(window: MainWindow) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))
    tie = next(t for t in w.session.case.network.ties.values() if isinstance(t, SupportTie)
               and t.direction is EnergyDirection.A_TO_B)
    w.current_scene().select_only([("tie", tie.id)])
    form = w.panel.tie_form
    assert w.panel.stack.currentWidget() is form
    texts = [form.direction.itemText(i) for i in range(form.direction.count())]
    assert texts[0] == "Geen richting" and texts[-1] == "Wederzijds"
    both = form.direction.codes.index(EnergyDirection.BOTH)
    form.direction.activated.emit(both)
    assert w.session.case.network.ties[tie.id].direction is EnergyDirection.BOTH
    form.strength.activated.emit(form.strength.codes.index(SupportStrength.STRESSFUL))
    assert w.session.case.network.ties[tie.id].strength is SupportStrength.STRESSFUL


def test_profession_from_the_list_or_typed(window: MainWindow) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))  # professionals live there
    fatima = _pid(w, "Fatima")
    w.current_scene().select_only([("person", fatima)])
    assert w.panel.person_form.person_id == fatima
    field = w.panel.person_form.profession
    field.activated.emit(field.codes.index(Profession.HUISARTS))
    assert w.session.case.network.people[fatima].profession is Profession.HUISARTS
    field.lineEdit().setFocus()
    field.lineEdit().setText("Diëtist")  # QTest types ASCII only
    QTest.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert w.session.case.network.people[fatima].profession == Custom(custom="Diëtist")


def test_losmaken_clears_the_pin_of_the_map_on_screen(window: MainWindow) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.NETWERKKAART))
    henk = _pid(w, "Henk")
    w.current_scene().select_only([("person", henk)])
    w.edits.toggle_pin()
    assert w.session.case.view(MapKind.NETWERKKAART).positions[henk].pinned
    form = w.panel.person_form
    assert form.unpin.isVisibleTo(form)
    form.unpin.click()
    assert henk not in w.session.case.view(MapKind.NETWERKKAART).positions
