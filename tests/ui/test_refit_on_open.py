"""Every map is fitted when a case is opened (not only on the first show): a zoomed-in map of
the last case never greets the next one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from netwerkkaart.io.casefile import save_case
from netwerkkaart.model import MapKind
from netwerkkaart.ui.main_window import MainWindow
from netwerkkaart.ui.view import MapView
from tests.network_cases import random_network_case


def _fitted_zoom(view: MapView) -> float:
    before = view.transform()
    view.open_view()
    zoom = view.zoom()
    view.setTransform(before)
    return zoom


def test_every_map_fitted_after_open(window: MainWindow, tmp_path: Path) -> None:
    w = window
    for i in range(len(MapKind)):  # look at each map and zoom right in
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        w.current_view().set_zoom(3.5)
    path = tmp_path / "andere.netwerkkaart"
    save_case(random_network_case(25, 7), path)
    assert w.files.open_path(path, ask=False)
    QApplication.processEvents()
    for i, kind in enumerate(MapKind):
        w.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        view = w.current_view()
        assert view.zoom() < 3.5, kind
        assert abs(view.zoom() - _fitted_zoom(view)) < 1e-6, kind
