"""The window redraws what changed: counted in layout runs and replaced items, never timed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netwerkkaart.layout import registry
from netwerkkaart.layout.maps.genogram import GenogramMap
from netwerkkaart.model import MapKind
from netwerkkaart.ui.main_window import MainWindow


def _items(w: MainWindow) -> dict[tuple[str, str], int]:
    return {owner: id(item) for owner, item in w.current_scene().items_by_owner.items()}


def test_rename_keystroke_and_structural_edit(window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.GENOGRAM))
    registry.clear_layout_cache()
    runs: list[int] = []
    real = GenogramMap.compute_layout
    monkeypatch.setattr(GenogramMap, "compute_layout", lambda self, case, style, prev=None: (
        runs.append(1), real(self, case, style, prev))[1])
    kees = next(p.id for p in w.session.case.network.people.values() if p.name == "Kees de Vries")

    # a rename through the panel: one item replaced, no layout
    w.current_scene().select_only([("person", kees)])
    before = _items(w)
    name = w.panel.person_form.name
    name.setFocus()
    name.selectAll()
    QTest.keyClicks(name, "Kees Vries")
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert w.session.case.network.people[kees].name == "Kees Vries"
    after = _items(w)
    assert runs == []
    assert {o for o in before if after.get(o) != before[o]} == {("person", kees)}

    # a keystroke in the case form: nothing on any map changes
    w.current_scene().select_only([])
    before = _items(w)
    field = w.panel.case_form.reference
    field.setFocus()
    QTest.keyClicks(field, "-2")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert w.session.case.meta.reference.endswith("-2")
    assert runs == [] and _items(w) == before

    # a structural edit: one layout run
    w.current_scene().select_only([("person", kees)])
    w.current_view().setFocus()
    QTest.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert runs == [1]


def test_typed_hours_redraw_the_carers_badge_and_nothing_else(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from netwerkkaart.layout.primitives import Text
    from netwerkkaart.model.care import TaskKind

    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.GENOGRAM))
    registry.clear_layout_cache()
    runs: list[int] = []
    real = GenogramMap.compute_layout
    monkeypatch.setattr(GenogramMap, "compute_layout", lambda self, case, style, prev=None: (
        runs.append(1), real(self, case, style, prev))[1])
    ahmed = next(p.id for p in w.session.case.network.people.values()
                 if p.name == "Ahmed Yilmaz")

    def badge() -> list[str]:
        item = w.current_scene().items_by_owner[("person", ahmed)]
        return [p.text for p in item.group.prims if isinstance(p, Text) and p.text.endswith(" u")]

    assert badge() == []
    before = _items(w)
    w.toggle_care_table()
    panel = w.care_table
    vervoer = next(t for t, task in w.session.case.network.records("care_tasks").items()
                   if task.kind is TaskKind.VERVOER)
    panel.go_to(vervoer, ahmed)
    QTest.keyClick(panel.table, "3")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert badge() == ["3 u"] and runs == []
    changed = {o for o in before if _items(w).get(o) != before[o]}
    assert ("person", ahmed) in changed
    assert changed <= {("person", ahmed), ("legend", "genogram")} | {
        o for o in before if o[0] in ("tie", "household")}  # emotional lines are redrawn too
    w.act_undo.trigger()
    assert badge() == []
