"""No traps at the kitchen table: fields that fit the person, nobody vanishing from a map
without a word, implausible edits asked about (impossible ones refused), messages where the
user looks, single keys that act on the map only, F1, and a toolbar that stays put."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from netwerkkaart.model import MapKind, PersonKind, SexAtBirth
from netwerkkaart.ui import dialogs
from netwerkkaart.ui.help_dialog import HelpDialog, guide_html
from netwerkkaart.ui.main_window import MainWindow
from tests.ui.conftest import click_in_message_box


def _pid(w: MainWindow, name: str) -> str:
    return next(p.id for p in w.session.case.network.people.values() if p.name == name)


def _select(w: MainWindow, name: str) -> str:
    """Select the person on the map on screen (the ecogram when the genogram lacks them)."""
    pid = _pid(w, name)
    if ("person", pid) not in w.current_scene().items_by_owner:
        w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))
        QApplication.processEvents()
    w.current_scene().select_only([("person", pid)])
    QApplication.processEvents()
    return pid


def _shown(w: MainWindow, row: str) -> bool:
    return w.panel.person_form.fields[row].isVisibleTo(w.panel.person_form)


def test_fields_fit_the_person(window: MainWindow) -> None:
    w = window
    pid = _select(w, "Ruud Peters")  # a professional: no pregnancy, no sex at birth
    assert w.panel.person_form.person_id == pid
    assert _shown(w, "sex") and _shown(w, "organisation") and _shown(w, "profession")
    assert not _shown(w, "pregnancy") and not _shown(w, "sex_at_birth")
    form = w.panel.person_form
    form.kind.activated.emit(form.kind.codes.index(PersonKind.ORGANISATION))
    assert w.session.case.network.people[pid].kind is PersonKind.ORGANISATION
    for row in ("sex", "birth", "deceased", "death", "pregnancy", "sex_at_birth"):
        assert not _shown(w, row), row  # an organisation has none of these
    _select(w, "Daan de Vries")  # a child of the family: a pregnancy may be recorded
    assert _shown(w, "pregnancy") and not _shown(w, "profession")
    _select(w, "Jan de Vries")  # the client, a father: never a pregnancy
    assert not _shown(w, "pregnancy") and _shown(w, "sex_at_birth")
    texts = [form.sex_at_birth.itemText(i) for i in range(form.sex_at_birth.count())]
    assert "Bij geboorte vrouw (AFAB)" in texts  # Dutch words, the code in brackets
    assert form.sex_at_birth.codes[texts.index("Bij geboorte vrouw (AFAB)")] is SexAtBirth.AFAB


def test_nobody_leaves_a_map_without_a_word(window: MainWindow) -> None:
    w = window
    pid = _select(w, "Henk Jansen")  # the neighbour is in the genogram, without family ties
    assert ("person", pid) in w.current_scene().items_by_owner
    form = w.panel.person_form
    form.kind.activated.emit(form.kind.codes.index(PersonKind.VOLUNTEER_ORGANISED))
    QApplication.processEvents()
    assert ("person", pid) not in w.current_scene().items_by_owner
    assert w.map_hint.isVisible()
    text = w.map_hint.text()
    assert "Henk Jansen staat nu niet meer in het genogram" in text
    assert w.current_view().hasFocus()  # not the case's first field: typing stays harmless
    assert "Wel in het ecogram en de netwerkkaart" in text and "Ctrl+Z" in text
    # marked deceased: off the ecogram and the netwerkkaart, still in the genogram
    w.tabs.setCurrentIndex(list(MapKind).index(MapKind.ECOGRAM))
    _select(w, "Sandra Mulder")
    form.deceased.toggled.emit(True) if hasattr(form.deceased, "toggled") else None
    form._set("deceased", True)
    text = w.map_hint.text()
    assert "niet meer in het ecogram en de netwerkkaart" in text and "Wel in het genogram" in text


def test_implausible_is_asked_and_may_be_accepted(window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    pid = _select(w, "Lotte de Vries")  # daughter of Kees (1974) and Linda (1975)
    form = w.panel.person_form
    asked: list[str] = []
    click_in_message_box(monkeypatch, "Niet wijzigen", asked)
    form.birth.setText("1980")
    form.birth.editingFinished.emit()
    assert len(asked) == 1 and "jonger dan 12 jaar" in asked[0]
    assert "Kees de Vries en Lotte de Vries" in asked[0]  # who, not only what
    assert w.session.case.network.people[pid].birth == "2001"  # declined: nothing changed
    assert form.birth.text() == "2001" and "jonger dan 12 jaar" in form.error.text()
    click_in_message_box(monkeypatch, "Toch doorgaan", asked)
    form.birth.setText("1980")
    form.birth.editingFinished.emit()
    assert w.session.case.network.people[pid].birth == "1980"  # accepted: it lands
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.case.network.people[pid].birth == "2001"


def test_refusals_are_said_on_the_map_and_old_messages_go(window: MainWindow) -> None:
    w = window
    client = w.session.case.network.client_id
    assert client is not None
    w.current_scene().select_only([("person", client)])
    w.current_view().setFocus()
    QTest.keyClick(w.current_view(), Qt.Key.Key_Delete)
    assert client in w.session.case.network.people
    assert w.map_hint.isVisible() and "cliënt" in w.map_hint.text()
    w.current_scene().select_only([])
    QTest.keyClick(w, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # no one selected
    assert w.map_hint.text() == "Selecteer eerst één persoon."  # the new one replaces it
    w.map_hint._timer.timeout.emit()  # a few seconds later
    assert not w.map_hint.isVisible()


def test_single_keys_act_on_the_map_only(window: MainWindow,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    opened: list[int] = []
    monkeypatch.setattr(dialogs.ConnectDialog, "exec", lambda self: opened.append(1) or 0)
    people = len(w.session.case.network.people)
    _select(w, "Petra Yilmaz-de Vries")
    w.panel.person_form.sex.setFocus()
    QTest.keyClick(w.panel.person_form.sex, Qt.Key.Key_Delete)  # in a dropdown
    assert len(w.session.case.network.people) == people
    w.toggle_care_table()
    w.care_table.setFocus()
    two = [_pid(w, "Petra Yilmaz-de Vries"), _pid(w, "Kees de Vries")]
    w.current_scene().select_only([("person", p) for p in two])
    QTest.keyClick(QApplication.focusWidget() or w.care_table, Qt.Key.Key_C)
    assert opened == []
    w.current_view().setFocus()
    QTest.keyClick(w.current_view(), Qt.Key.Key_C)  # on the map it connects
    assert opened == [1]


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        messages.append(text)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


FAMILY = {"v": "Vader", "m": "Moeder", "p": "Partner", "k": "Kind", "z": "Broer"}


def _close_popups() -> None:
    for _ in range(3):
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()
        QApplication.processEvents()


@pytest.mark.parametrize("selected", [False, True])
def test_every_alt_shortcut_with_and_without_a_selection(
        window: MainWindow, qt_messages: list[str], selected: bool) -> None:
    """Alt+A..Z on the map: the family keys add exactly one relative of the selected person
    (or say to select one first and touch no field), menu letters open their menu, and no
    letter is ambiguous (Qt then does nothing and logs 'Ambiguous shortcut overload')."""
    w = window
    menus = {a.text().split("&")[1][0].lower(): a for a in w.menuBar().actions() if "&" in a.text()}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        scene = w.current_scene()
        if selected:
            _select(w, "Ahmed Yilmaz")  # no parents yet: every family key can add one
        else:
            scene.select_only([])
        w.current_view().setFocus()
        QApplication.processEvents()
        people = len(w.session.case.network.people)
        key = getattr(Qt.Key, f"Key_{letter.upper()}")
        QTest.keyClick(w, key, Qt.KeyboardModifier.AltModifier)
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        added = len(w.session.case.network.people) - people
        if letter in FAMILY:
            assert added >= 1 if selected else added == 0, letter
            if not selected:
                assert w.map_hint.text() == "Selecteer eerst één persoon.", letter
                assert focus is w.current_view(), letter  # no jump into a case field
        else:
            assert added == 0, letter
            if letter in menus and not selected:
                popup = QApplication.activePopupWidget()
                assert popup is not None and popup is menus[letter].menu(), letter
        _close_popups()
        if added:
            w.session.undo_stack.undo()
            assert len(w.session.case.network.people) == people
    assert not [m for m in qt_messages if "Ambiguous" in m]


def test_f1_shows_the_real_shortcuts_and_a_guide(window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    w = window
    shown: list[HelpDialog] = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self) or 0)
    QTest.keyClick(w, Qt.Key.Key_F1)
    assert len(shown) == 1
    table = shown[0].table
    in_table = {table.item(r, 0).text() for r in range(table.rowCount())
                if table.item(r, 0) is not None}
    keys = [k for k, _t in w.shortcuts()]
    for wanted in ("F11", "Alt+V", "Ctrl+Z", "Ctrl+P", "F1", "Ctrl+3"):
        assert wanted in keys and wanted in in_table
    html = guide_html()
    for word in ("Genogram", "Ecogram", "Netwerkkaart", "SOFA", "F11"):
        assert word in html


def test_toolbar_buttons_do_not_jump_when_the_undo_text_changes(window: MainWindow) -> None:
    w = window
    QApplication.processEvents()
    buttons = w.toolbar.findChildren(QToolButton)
    before = [(b.text(), b.geometry()) for b in buttons if b.isVisible()]
    pid = _select(w, "Petra Yilmaz-de Vries")
    person = w.session.case.network.people[pid]
    from netwerkkaart.model import Put

    w.session.edit("Een heel lange omschrijving van een wijziging die de knop breed zou maken",
                   [Put("people", person.model_copy(update={"name": "Petra"}))])
    QApplication.processEvents()
    after = [(b.text(), b.geometry()) for b in buttons if b.isVisible()]
    assert after == before


def test_an_implausible_file_opens_and_says_so(window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from netwerkkaart.example import example_case
    from netwerkkaart.io.casefile import save_case
    from netwerkkaart.model import Put, check_edit

    case = example_case()
    lotte = next(p for p in case.network.people.values() if p.name == "Lotte de Vries")
    odd = check_edit(case, [Put("people", lotte.model_copy(update={"birth": "1960"}))]).case
    path = tmp_path / "vreemd.netwerkkaart"
    save_case(odd, path)
    assert window.files.open_path(path, ask=False)
    assert window.session.case.network.people[lotte.id].birth == "1960"
    assert window.map_hint.isVisible() and "ongebruikelijke" in window.map_hint.text()
