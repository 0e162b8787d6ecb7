"""The care-task table through the real window, typed with the keyboard: hours with a decimal
comma, Tab to the next person, Enter to the next task, Delete to clear, the 168-hour rule,
totals, uncovered and fragile tasks, sorting, how often and since when, and undo of each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from netwerkkaart.model.care import Frequency, TaskKind
from netwerkkaart.model.care_edit import assignment_of
from netwerkkaart.ui.care_table import FIRST_PERSON, NEEDED, STATUS, TOTAL
from netwerkkaart.ui.main_window import MainWindow


def _empty_table(w: MainWindow) -> None:
    """The example case without its care tasks: the table a new case starts with."""
    case = w.session.case
    net = case.network.replace(care_tasks={}, assignments={}, refs={
        k: v for k, v in case.network.refs.items() if k != "main_carer"})
    w.session.replace(case.model_copy(update={"network": net}), None)


def _pid(w: MainWindow, first: str) -> str:
    return next(p.id for p in w.session.case.network.people.values()
                if p.name.split()[0] == first)


def _cell(table, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Type into the table's current cell as a user does: the first key opens the editor,
    the rest goes to the editor, then Enter (or Tab)."""
    QTest.keyClick(QApplication.focusWidget() or table, text[0])
    QTest.keyClicks(QApplication.focusWidget(), text[1:])
    QTest.keyClick(QApplication.focusWidget(), key)
    QApplication.processEvents()  # Qt closes the editor on Enter through the event queue


def _hours(w: MainWindow, task: str, first: str) -> float | None:
    a = assignment_of(w.session.case.network, task, _pid(w, first))
    return None if a is None else a.hours


def _task(w: MainWindow, row: int) -> str:
    """The task name in a row's header (it stays in view when the table scrolls)."""
    return str(w.care_table.table.model().headerData(row, Qt.Orientation.Vertical))


def _shown(w: MainWindow, row: int, col: int) -> str:
    t = w.care_table.table
    return str(t.model().index(row, col).data() or "")


def test_fill_the_table_with_the_keyboard_and_undo_each_edit(window: MainWindow) -> None:
    w = window
    _empty_table(w)
    panel = w.care_table
    QTest.keyClick(w, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert w.care_dock.isVisible() and panel.new_task.hasFocus()
    assert "Nog geen zorgtaken" in panel.summary.text()

    QTest.keyClicks(panel.new_task.lineEdit(), "huishouden")
    QTest.keyClick(panel.new_task.lineEdit(), Qt.Key.Key_Return)
    (task,) = w.session.case.network.records("care_tasks")
    assert w.session.case.network.records("care_tasks")[task].kind is TaskKind.HUISHOUDEN
    table = panel.table
    assert table.hasFocus() and table.currentIndex().column() == FIRST_PERSON
    maria, petra = (panel.model.people[0], panel.model.people[1])
    names = [w.session.case.network.people[p].name.split()[0] for p in (maria, petra)]
    assert names == ["Maria", "Petra"]  # informal carers first

    # type 2,5 for Maria, Tab, 3 for Petra, Enter
    _cell(table, "2,5", Qt.Key.Key_Tab)
    _cell(table, "3")
    assert _hours(w, task, "Maria") == 2.5 and _hours(w, task, "Petra") == 3
    assert _shown(w, 0, TOTAL) == "5,5 u" and _shown(w, 0, FIRST_PERSON) == "2,5"
    header = panel.model.headerData(FIRST_PERSON, Qt.Orientation.Horizontal)
    assert header.startswith("Maria") and header.endswith("2,5 u")
    assert _shown(w, 0, STATUS) == ""  # two people: not fragile

    # a second task by its typed name: the user's own
    panel.new_task.lineEdit().setFocus()
    QTest.keyClicks(panel.new_task.lineEdit(), "Hond uitlaten")
    QTest.keyClick(panel.new_task.lineEdit(), Qt.Key.Key_Return)
    assert _task(w, 1) == "Hond uitlaten" and _shown(w, 1, STATUS) == "Niet geregeld"
    _cell(table, "1")
    assert _shown(w, 1, STATUS) == "Kwetsbaar"  # one person: fragile
    assert "Kwetsbaar: hond uitlaten" in panel.summary.text()

    # Delete takes Maria off the dog again; undo puts her back, redo takes her off
    dog = list(w.session.case.network.records("care_tasks"))[1]
    panel.go_to(dog, maria)
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert _hours(w, dog, "Maria") is None and _shown(w, 1, STATUS) == "Niet geregeld"
    w.act_undo.trigger()
    assert _hours(w, dog, "Maria") == 1
    w.act_redo.trigger()
    assert _hours(w, dog, "Maria") is None

    # every edit is one undo step: back to the empty table
    steps = w.session.undo_stack.count()
    assert steps == 6  # 2 tasks, 3 cells, 1 cleared
    for _ in range(steps):
        w.act_undo.trigger()
    assert not w.session.case.network.records("care_tasks")
    assert not w.session.case.network.records("assignments")


def test_bad_hours_and_more_than_a_week_are_refused_with_the_reason(
        window: MainWindow) -> None:
    w = window
    _empty_table(w)
    panel = w.care_table
    w.toggle_care_table()
    panel.add_defaults()
    tasks = list(w.session.case.network.records("care_tasks"))
    assert len(tasks) == len(TaskKind)
    table = panel.table
    panel.go_to(tasks[0], panel.model.people[0])
    table.setFocus()
    _cell(table, "100")
    assert table.currentIndex().row() == 1  # Enter: the next task, same person
    steps = w.session.undo_stack.count()
    _cell(table, "70")
    assert "168 uur" in panel.error.text() and "70" not in panel.error.text()
    assert _hours(w, tasks[1], "Maria") is None
    assert w.session.undo_stack.count() == steps  # refused: never on the undo stack
    panel.go_to(tasks[1], panel.model.people[0])
    _cell(table, "veel")
    assert panel.error.text() == "Dit is geen aantal uren. Typ bijvoorbeeld 3 of 2,5."
    _cell(table, "68")
    assert _hours(w, tasks[1], "Maria") == 68 and panel.error.text() == ""


def test_sort_by_a_person_and_mark_the_needed_column(window: MainWindow) -> None:
    w = window
    panel = w.care_table
    w.toggle_care_table()
    col = FIRST_PERSON + panel.model.people.index(_pid(w, "Maria"))
    panel.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    first = [_shown(w, r, col) for r in range(3)]
    assert first == sorted(first, key=lambda s: -float(s.replace(",", ".")))
    most = max(a.hours for a in w.session.case.network.records("assignments").values()
               if a.person == _pid(w, "Maria"))
    assert _shown(w, 0, col) == f"{most:g}" and _task(w, 0) != "Persoonlijke verzorging"
    # the klussen are uncovered; unticking 'nodig' makes them just a task nobody does
    net = w.session.case.network
    klus = next(t for t, task in net.records("care_tasks").items()
                if task.kind is TaskKind.KLUSSEN)
    row = panel.model.tasks.index(klus)
    index = panel.model.index(row, NEEDED)
    assert panel.model.index(row, STATUS).data() == "Niet geregeld"
    assert panel.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.model.index(row, STATUS).data() == ""
    w.act_undo.trigger()
    assert panel.model.index(row, STATUS).data() == "Niet geregeld"


def test_how_often_and_since_for_the_current_cell(window: MainWindow) -> None:
    w = window
    panel = w.care_table
    w.toggle_care_table()
    net = w.session.case.network
    task = next(t for t, task in net.records("care_tasks").items()
                if task.kind is TaskKind.VERVOER)
    ahmed = _pid(w, "Ahmed")
    panel.go_to(task, ahmed)
    assert assignment_of(net, task, ahmed) is None
    panel.frequency.activated.emit(panel.frequency.codes.index(Frequency.WEKELIJKS))
    a = assignment_of(w.session.case.network, task, ahmed)
    assert a is not None and a.frequency is Frequency.WEKELIJKS and a.hours == 0
    panel.since.setFocus()
    QTest.keyClicks(panel.since, "2025")
    QTest.keyClick(panel.since, Qt.Key.Key_Return)
    a = assignment_of(w.session.case.network, task, ahmed)
    assert a is not None and a.since == "2025"
    assert "sinds 2025" in panel.table.model().index(
        panel.proxy.mapFromSource(panel.model.index(panel.model.tasks.index(task), 0)).row(),
        FIRST_PERSON + panel.model.people.index(ahmed)).data(Qt.ItemDataRole.ToolTipRole)
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert assignment_of(w.session.case.network, task, ahmed) is None


def test_rename_a_task_by_its_row_header(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from netwerkkaart.model import Custom

    w = window
    panel = w.care_table
    w.toggle_care_table()
    first = panel.model.tasks[0]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *a, **k: ("Wassen en aankleden", True)))
    panel.table.verticalHeader().sectionDoubleClicked.emit(0)
    task = w.session.case.network.records("care_tasks")[first]
    assert task.kind == Custom(custom="Wassen en aankleden")
    assert _task(w, 0) == "Wassen en aankleden"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Klussen", True)))
    panel.table.verticalHeader().sectionDoubleClicked.emit(0)
    assert panel.error.text() == "Deze taak staat al in de tabel."
    w.act_undo.trigger()
    assert _task(w, 0) == "Persoonlijke verzorging"


def test_remove_a_task_with_its_hours_and_undo(window: MainWindow) -> None:
    w = window
    panel = w.care_table
    w.toggle_care_table()
    net = w.session.case.network
    task = next(t for t, task in net.records("care_tasks").items()
                if task.kind is TaskKind.TOEZICHT)
    maria = _pid(w, "Maria")
    panel.go_to(task, maria)
    panel.remove_tasks()
    assert task not in w.session.case.network.records("care_tasks")
    assert assignment_of(w.session.case.network, task, maria) is None
    header = panel.model.headerData(FIRST_PERSON, Qt.Orientation.Horizontal)
    assert header.endswith("\n20 u")  # Maria: 40 hours less the 20 of toezicht
    assert panel.error.text() == ("Taak verwijderd, met 20 u per week van 1 persoon. "
                                  "Ctrl+Z zet het terug.")
    w.act_undo.trigger()
    a = assignment_of(w.session.case.network, task, maria)
    assert a is not None and a.hours == 20
    assert not panel.defaults_button.isEnabled()  # every default task is there already


def test_someone_who_died_is_marked_and_their_hours_no_longer_count(
        window: MainWindow) -> None:
    from netwerkkaart.model import Put

    w = window
    w.act_care_table.trigger()
    model = w.care_table.model
    henk = _pid(w, "Henk")
    col = FIRST_PERSON + model.people.index(henk)
    assert model.headerData(col, Qt.Orientation.Horizontal).endswith("1 u")
    person = w.session.case.network.people[henk]
    assert w.session.edit("Overleden", [Put("people", person.model_copy(
        update={"deceased": True}))]) is None
    col = FIRST_PERSON + model.people.index(henk)  # still a column: his hours are written
    assert model.headerData(col, Qt.Orientation.Horizontal).endswith("overleden")
    tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "tellen niet meer mee" in tip
