"""Alt+letter is never claimed twice: the menus, the family keys and each dock's buttons and
labels each have their own letter (a clash makes Qt do nothing at all)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from netwerkkaart.ui.main_window import MainWindow


def _letters(widget: QWidget) -> list[str]:
    out = []
    for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        m = re.search(r"&([^&\s])", w.text())
        if m:
            out.append(m.group(1).lower())
    return out


def test_no_alt_letter_is_claimed_twice(window: MainWindow) -> None:
    w = window
    menus = [re.search(r"&(.)", a.text()).group(1).lower()  # type: ignore[union-attr]
             for a in w.menuBar().actions() if "&" in a.text()]
    family = ["v", "m", "p", "k", "z"]  # Alt+V vader ... Alt+Z zus
    window_wide = menus + family
    assert len(set(window_wide)) == len(window_wide)
    for dock in (w.care_dock, w.plan_dock, w.carer_dock, w.scan_dock):
        mine = _letters(dock.widget())
        clashes = sorted({c for c in mine if mine.count(c) > 1 or c in window_wide})
        assert clashes == [], (dock.windowTitle(), clashes)


def _visible_letters(page: QWidget) -> list[str]:
    out = []
    for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if not w.isVisibleTo(page):
            continue
        m = re.search(r"&([^&\s])", w.text())
        if m:
            out.append(m.group(1).lower())
    return out


def test_the_side_panel_never_takes_a_family_key_or_a_menu(window: MainWindow) -> None:
    """With nothing selected Alt+K and Alt+P used to jump into Kenmerk and Professional."""
    from netwerkkaart.model import MapKind, PartnershipTie, SupportTie

    w = window
    menus = [re.search(r"&(.)", a.text()).group(1).lower()  # type: ignore[union-attr]
             for a in w.menuBar().actions() if "&" in a.text()]
    taken = set(menus) | {"v", "m", "p", "k", "z"}
    scene = w.current_scene()
    scene.select_only([])
    pages = [("casus", w.panel.case_form)]
    person = next(iter(w.session.case.network.people))
    scene.select_only([("person", person)])
    pages.append(("persoon", w.panel.person_form))
    for kind, tie_type in ((MapKind.GENOGRAM, PartnershipTie), (MapKind.ECOGRAM, SupportTie)):
        w.tabs.setCurrentIndex(list(MapKind).index(kind))
        tie = next(t for t in w.session.case.network.ties.values() if isinstance(t, tie_type))
        w.current_scene().select_only([("tie", tie.id)])
        pages.append((tie_type.__name__, w.panel.tie_form))
        for name, page in pages:
            mine = _visible_letters(page)
            clashes = sorted({c for c in mine if mine.count(c) > 1 or c in taken})
            assert clashes == [], (name, clashes)
