"""The ecogram and the netwerkkaart in the window: the panel sets category, closeness, ring
and sector; the rings and sectors are the case's own; the saved picture is the picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from netwerkkaart.io.casefile import load_case
from netwerkkaart.layout.registry import draw_map
from netwerkkaart.model import Custom, MapKind, RingCode, SectorCode
from netwerkkaart.model.circle_edit import effective_cells
from netwerkkaart.model.ecomap import EcoCategory
from netwerkkaart.ui.circle_dialog import CircleDialog
from netwerkkaart.ui.main_window import MainWindow


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def test_the_panel_sets_the_place_on_both_maps(window: MainWindow) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))
    henk = _pid(w, "Henk")
    w.current_scene().select_only([("person", henk)])
    places = w.panel.person_form.places
    assert places.category.isVisibleTo(places) and "B – Buren" in places.category.itemText(0)
    places.category.activated.emit(places.category.codes.index(EcoCategory.V))
    places.closeness.activated.emit(places.closeness.codes.index(1))
    assert w.session.case.views.ecogram.places[henk].category is EcoCategory.V
    assert w.session.case.views.ecogram.places[henk].closeness == 1
    places.ring.activated.emit(places.ring.codes.index(RingCode.INTIMI))
    assert effective_cells(w.session.case)[henk].ring is RingCode.INTIMI
    w.session.undo_stack.undo()
    assert effective_cells(w.session.case)[henk].ring is not RingCode.INTIMI
    maria = _pid(w, "Maria")  # lives with the client: in the centre of the ecogram
    w.current_scene().select_only([("person", maria)])
    assert not places.category.isVisibleTo(places)


def test_rings_and_sectors_are_the_cases_own(window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    henk = _pid(w, "Henk")
    dialog = CircleDialog(w.session, w)
    sectors = dialog.sectors.list
    buren = next(i for i in range(sectors.count()) if sectors.item(i).text() == "Buren")
    sectors.setCurrentRow(buren)
    dialog.sectors.remove()  # Henk's sector goes: the dialog asks where he goes
    sectors.item(0).setText("Familie en aanhang")  # a rename keeps its people
    dialog.rings.add()
    dialog.rings.list.item(dialog.rings.list.count() - 1).setText("Ver weg")
    asked: list[str] = []

    def choose(_parent, _title, question, items, *args):  # type: ignore[no-untyped-def]
        asked.append(question)
        return items[items.index("Professionals")], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    dialog.accept()
    circle = w.session.case.circle
    assert circle.sectors[0] == Custom(custom="Familie en aanhang")
    assert SectorCode.BUREN not in circle.sectors
    assert circle.rings[-1] == Custom(custom="Ver weg")
    assert asked and "Henk Jansen staat in Buren" in asked[0]
    cells = effective_cells(w.session.case)
    assert cells[henk].sector is SectorCode.PROFESSIONALS
    assert cells[_pid(w, "Petra")].sector == Custom(custom="Familie en aanhang")
    w.session.undo_stack.undo()  # one edit
    assert w.session.case.circle.sectors[0] is SectorCode.FAMILIE


def test_the_saved_picture_is_what_render_draws(window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.NETWERKKAART))
    scene = w.current_scene()
    henk = _pid(w, "Henk")
    item = scene.items_by_owner[("person", henk)]
    scene.move_people({henk: (item.pos().x() + 15, item.pos().y() - 10)})
    target = tmp_path / "casus.netwerkkaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    w.files.save()
    on_screen = {o[1]: (i.pos().x(), i.pos().y()) for o, i in scene.items_by_owner.items()
                 if o[0] == "person"}
    from netwerkkaart.layout import registry

    registry.clear_layout_cache()
    drawn = {g.owner[1]: g.anchor for g in draw_map(load_case(target), MapKind.NETWERKKAART)
             if g.owner[0] == "person"}
    assert drawn.keys() == on_screen.keys()
    for pid, at in on_screen.items():
        assert drawn[pid] == pytest.approx(at, abs=0.01)


def test_saving_stores_every_maps_current_picture_and_opening_shows_it(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from netwerkkaart.model import Person, PersonKind, Put

    w = window
    for i in range(3):  # every map drawn once
        w.tabs.setCurrentIndex(i)
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.GENOGRAM))
    friend = Person(name="Truus Vriendin", kind=PersonKind.FRIEND)
    w.session.edit("toevoegen", [Put("people", friend)])  # the other maps are not on screen
    target = tmp_path / "casus.netwerkkaart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    w.files.save()
    saved = load_case(target)
    for kind in (MapKind.ECOGRAM, MapKind.NETWERKKAART):
        seen = saved.view(kind).seen
        assert seen is not None and friend.id in seen.positions, kind
    # a case opened in a running window shows the file's picture, not the one in memory
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.NETWERKKAART))
    scene = w.current_scene()
    henk = _pid(w, "Henk")
    item = scene.items_by_owner[("person", henk)]
    scene.move_people({henk: (item.pos().x() + 20, item.pos().y())})
    assert w.files.open_path(target, ask=False)
    shown = scene.items_by_owner[("person", henk)].pos()
    assert (shown.x(), shown.y()) == pytest.approx(
        saved.view(MapKind.NETWERKKAART).seen.positions[henk], abs=0.01)
