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
