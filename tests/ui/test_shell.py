"""The shell around the maps: Dutch Qt texts, recent files, bad files, tabs and zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import save_case
from netwerkkaart.model import MapKind
from netwerkkaart.ui.main_window import MainWindow


def test_qt_dialog_buttons_are_dutch(window: MainWindow) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Opslaan"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_recent_files_are_remembered(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "casus.netwerkkaart"
    save_case(example_case(), path)
    assert window.files.open_path(path, ask=False)
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[0] == "casus.netwerkkaart"


def test_broken_file_gives_a_message_and_keeps_the_open_case(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: shown.append(text)))
    bad = tmp_path / "kapot.netwerkkaart"
    bad.write_bytes(b'{"format_version": 1, "network": {"people": {')
    before = window.session.case
    assert not window.files.open_path(bad, ask=False)
    assert window.session.case == before
    assert shown and "onvolledig" in shown[0]


def test_tabs_and_zoom_shortcuts(window: MainWindow) -> None:
    w = window
    QTest.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.current_kind() is MapKind.NETWERKKAART
    QTest.keyClick(w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert w.current_view().zoom() == pytest.approx(1.0)
    w.act_zoom_in.trigger()
    assert w.current_view().zoom() == pytest.approx(1.2)
    assert w.zoom_label.text() == "120%"
    QTest.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.current_kind() is MapKind.GENOGRAM


def test_every_person_is_drawn_on_the_genogram_except_services(window: MainWindow) -> None:
    scene = window.scenes[MapKind.GENOGRAM]
    drawn = {o[1] for o in scene.items_by_owner if o[0] == "person"}
    net = window.session.case.network
    names = {net.people[p].name for p in drawn}
    assert "Jan de Vries" in names and "Henk Jansen" in names
    assert "Fatima El Amrani" not in names  # professionals live on the ecogram


def test_nsgc_slash_setting_redraws_the_deceased(window: MainWindow) -> None:
    from netwerkkaart.layout.primitives import Polyline

    scene = window.scenes[MapKind.GENOGRAM]
    gerrit = next(p.id for p in window.session.case.network.people.values()
                  if p.name == "Gerrit de Vries")

    def strokes() -> int:
        item = scene.items_by_owner[("person", gerrit)]
        return sum(isinstance(p, Polyline) for p in item.group.prims)

    crossed = strokes()
    window.act_nsgc.trigger()
    assert scene.style.deceased_style == "slash"
    assert strokes() == crossed - 1  # one diagonal instead of two
    window.act_nsgc.trigger()
    assert strokes() == crossed


def test_gedcom_import_from_the_menu(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from netwerkkaart.ui import dialogs

    sample = Path(__file__).parents[2] / "resources" / "samples" / "familie-voorbeeld.ged"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(sample), "")))
    chosen: list[str] = []

    def pick_second(self: dialogs.ClientPickerDialog) -> int:
        self.list.setCurrentRow(1)
        chosen.append(self.chosen() or "")
        return 1

    monkeypatch.setattr(dialogs.ClientPickerDialog, "exec", pick_second)
    window.act_import.trigger()
    net = window.session.case.network
    assert len(net.people) >= 30
    assert net.client() is not None and net.client().id == chosen[0]
    assert window.isWindowModified() and window.session.path is None
