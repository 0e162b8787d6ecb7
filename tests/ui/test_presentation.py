"""The presentation mode: F11 makes the map fill the screen, large (names at least 16 px at
1366x768 on every map of the example), with the panel, toolbar and docks out of the way; quick
edits keep working; Esc or F11 returns to exactly how it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from netwerkkaart.layout.radial.placement import radial_style
from netwerkkaart.layout.style import DEFAULT_STYLE, PRESENTATION_STYLE
from netwerkkaart.model import MapKind
from netwerkkaart.ui.main_window import MainWindow


def _name_px(w: MainWindow) -> float:
    style = w.current_scene().style
    size = style.label_size if w.current_kind() is MapKind.GENOGRAM else \
        radial_style(style).label_size
    return size * w.current_view().zoom()


def _legends(w: MainWindow) -> list[tuple[str, str]]:
    return [o for o in w.current_scene().items_by_owner if o[0] == "legend"]


def test_presentation_on_and_off(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    w.toggle_care_table()
    QTest.keyClick(w, Qt.Key.Key_F11)
    assert w.presenting
    assert w.panel.isHidden() and w.toolbar.isHidden() and w.menuBar().isHidden()
    assert w.care_dock.isHidden() and w.tabs.tabBar().isHidden()
    assert w.presentation_hint.isVisible() and "Esc" in w.presentation_hint.text()
    assert w.current_scene().style.label_size == PRESENTATION_STYLE.label_size
    w.resize(1366, 768)  # the laptop screen (the offscreen platform's own is smaller)
    QApplication.processEvents()
    for kind in MapKind:
        w.tabs.setCurrentIndex(list(MapKind).index(kind))
        w.current_view().open_view(16.0)
        assert _name_px(w) >= 16.0, kind
        assert not _legends(w), kind  # calm: no legend boxes (F1 explains the notation)
    # a quick edit: add a person and give the name in the small box
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Truus", True)))
    before = len(w.session.case.network.people)
    w.tabs.setCurrentIndex(0)
    QTest.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(w.session.case.network.people) == before + 1
    assert any(p.name == "Truus" for p in w.session.case.network.people.values())
    QTest.keyClick(w, Qt.Key.Key_Escape)
    assert not w.presenting
    assert not w.panel.isHidden() and not w.toolbar.isHidden() and w.care_dock.isVisible()
    assert not w.tabs.tabBar().isHidden() and not w.presentation_hint.isVisible()
    assert w.current_scene().style.label_size == DEFAULT_STYLE.label_size
    assert _legends(w)


def test_escape_does_nothing_outside_the_presentation(window: MainWindow) -> None:
    assert not window.act_leave.isEnabled()


def test_every_map_is_fitted_again_after_the_presentation(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_refit_on_open import _fitted_zoom

    w = window
    QTest.keyClick(w, Qt.Key.Key_F11)
    for i in range(len(MapKind)):  # look at each map large
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    QTest.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not w._refit_timer.isActive())  # the window has settled
    for i, kind in enumerate(MapKind):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        view = w.current_view()
        assert abs(view.zoom() - _fitted_zoom(view)) < 1e-6, kind


def test_the_presentation_keeps_everyone_in_their_place_around_the_circle(
        window: MainWindow) -> None:
    """Larger names need larger rings, but nobody changes place: the order around the
    circle on the ecogram and the netwerkkaart is the one the client saw a moment ago."""
    import math

    w = window

    def order(kind: MapKind) -> list[str]:
        state = w.scenes[kind].state
        assert state is not None
        pos = state.layout.positions
        return sorted(pos, key=lambda p: math.atan2(pos[p][1], pos[p][0]))

    for kind in (MapKind.ECOGRAM, MapKind.NETWERKKAART):
        w.tabs.setCurrentIndex(list(MapKind).index(kind))
        QApplication.processEvents()
        before = order(kind)
        w.start_presentation()
        QApplication.processEvents()
        assert order(kind) == before, kind
        w.end_presentation()
        QApplication.processEvents()
        assert order(kind) == before, kind
