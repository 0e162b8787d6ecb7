"""Build a family at the table: keyboard quick-adds in the genogram, laid out automatically."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.model import Case, MapKind, Network, Person, Sex
from netwerkkaart.ui import dialogs
from netwerkkaart.ui.main_window import MainWindow


def _press(w: MainWindow, key: Qt.Key, mod: Qt.KeyboardModifier) -> str | None:
    before = set(w.session.case.network.people)
    QTest.keyClick(w, key, mod)
    new = set(w.session.case.network.people) - before
    return next(iter(new)) if new else None


def _type_name(w: MainWindow, name: str) -> None:
    field = w.panel.person_form.name
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_new_case_asks_the_client_then_family_by_keyboard(window: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    w = window

    def fill(self: dialogs.NewCaseDialog) -> int:
        self.name.setText("Truus Bakker")
        self.sex.setCurrentIndex(self.sex.findData(Sex.FEMALE))
        self.birth.setText("1950")
        self.accept()
        return 1

    monkeypatch.setattr(dialogs.NewCaseDialog, "exec", fill)
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    net = w.session.case.network
    assert len(net.people) == 1 and net.client() is not None
    client = net.client()
    assert client.name == "Truus Bakker" and client.birth == "1950"
    assert w.current_scene().selected_people() == [client.id]

    alt = Qt.KeyboardModifier.AltModifier
    father = _press(w, Qt.Key.Key_V, alt)
    _type_name(w, "Kees")
    w.select_person(client.id)
    mother = _press(w, Qt.Key.Key_M, alt)
    w.select_person(client.id)
    partner = _press(w, Qt.Key.Key_P, alt)
    w.select_person(client.id)
    child1 = _press(w, Qt.Key.Key_K, alt)
    w.select_person(client.id)
    child2 = _press(w, Qt.Key.Key_K, alt)
    w.select_person(client.id)
    sister = _press(w, Qt.Key.Key_Z, alt)
    assert None not in (father, mother, partner, child1, child2, sister)
    net = w.session.case.network
    assert net.people[father].name == "Kees" and net.people[father].sex is Sex.MALE
    assert sorted(net.parents_of(child1)) == sorted([client.id, partner])
    assert sorted(net.parents_of(sister)) == sorted([father, mother])

    # the layout put parents a row above, children a row below, oldest (first added) left
    scene = w.current_scene()
    y = {pid: scene.items_by_owner[("person", pid)].pos().y() for pid in net.people}
    x = {pid: scene.items_by_owner[("person", pid)].pos().x() for pid in net.people}
    assert y[father] == y[mother] < y[client.id] == y[partner] == y[sister] < y[child1]
    assert x[child1] < x[child2]

    # six undo steps bring back the lone client; redo rebuilds everything
    stack = w.session.undo_stack
    full = w.session.case
    for _ in range(7):
        stack.undo()
    assert list(w.session.case.network.people) == [client.id]
    while stack.canRedo():
        stack.redo()
    assert w.session.case == full


def test_dragging_in_the_genogram_pins_and_unpin_lets_go(window: MainWindow) -> None:
    from tests.ui.test_editor_flow import _drag

    w = window
    w.current_view().set_zoom(1.0)
    henk = next(p.id for p in w.session.case.network.people.values() if p.name == "Henk Jansen")
    item = w.current_scene().items_by_owner[("person", henk)]
    w.current_view().centerOn(item)
    before = item.pos()
    _drag(w, henk, 80, 0)
    pos = w.session.case.view(MapKind.GENOGRAM).positions[henk]
    assert pos.pinned and pos.x == pytest.approx(before.x() + 80, abs=2)
    assert w.current_scene().items_by_owner[("person", henk)].pos().x() == pytest.approx(pos.x)
    w.current_scene().select_only([("person", henk)])
    w.panel.person_form.unpin.click()
    assert henk not in w.session.case.view(MapKind.GENOGRAM).positions
    assert w.current_scene().items_by_owner[("person", henk)].pos() == before


def test_third_parent_is_refused_with_a_message(window: MainWindow) -> None:
    w = window
    jan = w.session.case.network.client()
    w.select_person(jan.id)
    count = len(w.session.case.network.people)
    QTest.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert len(w.session.case.network.people) == count
    assert "twee biologische ouders" in w.statusBar().currentMessage()


def test_empty_case_window_has_client_only() -> None:
    client = Person(name="A")
    case = Case(network=Network(people={client.id: client}, refs={"client": client.id}))
    assert case.network.client() == client
