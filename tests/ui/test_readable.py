"""At the kitchen table: both network maps of the example are readable at fit in a
1366x768 window (names at least 9 px high)."""

from __future__ import annotations

import pytest

from netwerkkaart.layout.radial.placement import radial_style
from netwerkkaart.layout.style import DEFAULT_STYLE
from netwerkkaart.model import MapKind
from netwerkkaart.ui.main_window import MainWindow


@pytest.mark.parametrize("kind", [MapKind.ECOGRAM, MapKind.NETWERKKAART])
def test_names_are_at_least_9_px_at_fit(window: MainWindow, kind: MapKind) -> None:
    w = window
    w.resize(1366, 768)
    w.tabs.setCurrentIndex(list(MapKind).index(kind))
    view = w.current_view()
    view.fit()
    assert radial_style(DEFAULT_STYLE).label_size * view.zoom() >= 9.0
