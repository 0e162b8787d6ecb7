"""The care-task table: tasks as rows, people as columns, hours per week in the cells.

Filled in at the kitchen table with the keyboard: type the hours in a cell (2,5 or 2.5),
Tab to the next person, Enter to the next task, Delete to take someone off a task. Every
cell edit is one undo step through ``session.edit``; the model refuses what cannot be (more
than 168 hours for one person) and the reason shows under the table. Totals per task and per
person, the uncovered and fragile tasks and the main carer come from
:func:`~netwerkkaart.model.carers.overview`; clicking a column header sorts by it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import label, person_relation
from ..model import Custom
from ..model.care import (
    Assignment,
    Frequency,
    HoursError,
    TaskKind,
    format_hours,
    parse_hours,
)
from ..model.care_edit import (
    add_task_ops,
    assign_ops,
    assignment_of,
    clear_ops,
    default_tasks_ops,
    hours_ops,
    remove_tasks_ops,
    table_people,
    task_ops,
)
from ..model.carers import CareOverview, overview
from ..model.dates import DateError, display, parse_display
from ..model.edits import ChangeSet
from .fields import ChoiceField, TextField, error_label
from .session import CaseSession

NEEDED, TOTAL, STATUS = range(3)
FIRST_PERSON = 3
"""The task names are the row headers: they stay in view when the table scrolls sideways."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UNCOVERED_BG = QColor("#f6d5d1")
FRAGILE_BG = QColor("#fbe9c6")
CARE_COLLECTIONS = ("care_tasks", "assignments", "people")


def task_kind_from_text(text: str) -> TaskKind | Custom | None:
    """A typed task name: one of the Dutch default categories when it is one, else the
    user's own task."""
    text = " ".join(text.split())
    if not text:
        return None
    for kind in TaskKind:
        if label(kind).casefold() == text.casefold():
            return kind
    return Custom(custom=text[:200])


class CareTableModel(QAbstractTableModel):
    sig_error = Signal(str)
    """A typed value was not taken: the Dutch reason (never the value itself)."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.only_doers = False
        self.refused = False
        """The last typed value was not taken: the cursor stays on its cell."""
        self.tasks: list[str] = []
        self.people: list[str] = []
        self._first_names: Counter[str] = Counter()
        self._cells: dict[tuple[str, str], Assignment] = {}
        """Who does what, by (task, person): read once per change, not once per cell."""
        self.over: CareOverview = overview(session.case.network)
        self.rebuild()
        session.sig_changed.connect(self._on_changed)

    # -- keeping up with the case -------------------------------------------------------------
    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset or change.opened or change.refs or any(
                change.changed(c) for c in CARE_COLLECTIONS):
            self.rebuild()

    def rebuild(self) -> None:
        """Read the case again. The same rows and columns: only their contents change, so
        the cursor stays where the user is typing."""
        net = self.session.case.network
        tasks = list(net.records("care_tasks"))
        people = table_people(net, self.only_doers)
        self.over = overview(net)
        self._first_names = Counter((net.people[p].name or "?").split()[0] for p in people)
        self._cells = {(a.task, a.person): a for a in net.records("assignments").values()}
        if (tasks, people) != (self.tasks, self.people):
            self.beginResetModel()
            self.tasks, self.people = tasks, people
            self.endResetModel()
        elif tasks or people:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_only_doers(self, only: bool) -> None:
        self.only_doers = only
        self.rebuild()

    # -- what a cell is ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else FIRST_PERSON + len(self.people)

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str | None]:
        """The task of a cell, and its person (None for the task's own columns)."""
        task = self.tasks[index.row()]
        col = index.column()
        return task, self.people[col - FIRST_PERSON] if col >= FIRST_PERSON else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NEEDED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() >= FIRST_PERSON:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _status(self, task: str) -> str:
        if task in self.over.uncovered:
            return tr("Niet geregeld")
        if task in self.over.fragile:
            return tr("Kwetsbaar")
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        net = self.session.case.network
        task_id, person = self.cell(index)
        task = net.records("care_tasks")[task_id]
        col = index.column()
        R = Qt.ItemDataRole
        if role == R.BackgroundRole and col == STATUS:
            if task_id in self.over.uncovered:
                return QBrush(UNCOVERED_BG)
            if task_id in self.over.fragile:
                return QBrush(FRAGILE_BG)
            return None
        if col == NEEDED:
            if role == R.CheckStateRole:
                return Qt.CheckState.Checked if task.needed else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(task.needed)
            if role == R.ToolTipRole:
                return tr("Nodig: de cliënt heeft deze taak nodig. Doet niemand die taak, "
                          "dan is die niet geregeld.")
        elif col == TOTAL:
            hours = self.over.hours_by_task.get(task_id, 0.0)
            if role == R.DisplayRole:
                return tr("{h} u", h=format_hours(hours))
            if role == SORT_ROLE:
                return hours
            if role == R.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif col == STATUS:
            status = self._status(task_id)
            if role == R.DisplayRole:
                return status
            if role == SORT_ROLE:
                return (2 if task_id in self.over.uncovered
                        else 1 if task_id in self.over.fragile else 0)
            if role == R.ToolTipRole and status:
                return (tr("Nodig, en niemand doet deze taak.")
                        if task_id in self.over.uncovered
                        else tr("Maar één persoon doet deze taak: valt die uit, dan is de "
                                "taak niet geregeld."))
        elif person is not None:
            a = self._cells.get((task_id, person))
            if role in (R.DisplayRole, R.EditRole):
                return "" if a is None else format_hours(a.hours)
            if role == SORT_ROLE:
                return -1.0 if a is None else a.hours
            if role == R.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == R.ToolTipRole and a is not None:
                bits = [tr("{h} uur per week", h=format_hours(a.hours)) if a.hours else
                        tr("doet deze taak, zonder vaste uren (telt niet mee als mantelzorg)")]
                if a.frequency is not None:
                    bits.append(label(a.frequency).lower())
                if a.since is not None:
                    bits.append(tr("sinds {d}", d=display(a.since)))
                return ", ".join(bits)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        R = Qt.ItemDataRole
        if orientation == Qt.Orientation.Vertical:
            return self._task_header(section, role)
        if section < FIRST_PERSON:
            if role == R.DisplayRole:
                return [tr("Nodig"),
                        tr("Totaal\n{h} u", h=format_hours(self.over.total_hours)),
                        tr("Let op")][section]
            if role == R.ToolTipRole and section == TOTAL:
                return tr("Uren per week voor deze taak, van iedereen samen")
            return None
        if section - FIRST_PERSON >= len(self.people):
            return None
        pid = self.people[section - FIRST_PERSON]
        net = self.session.case.network
        person = net.people.get(pid)
        if person is None:
            return None
        hours = self.over.hours_by_person.get(pid, 0.0)
        if role == R.DisplayRole:
            main = " ★" if pid == self.over.main_carer else ""
            if person.is_deceased:  # what is still written down no longer counts
                return f"{self._short_name(pid)}\n" + tr("overleden")
            return f"{self._short_name(pid)}{main}\n" + tr("{h} u", h=format_hours(hours))
        if role == R.ToolTipRole:
            lines = [person.name or tr("(nog geen naam)")]
            rel = person_relation(net, pid)
            if rel:
                lines.append(rel)
            if pid == self.over.main_carer:
                lines.append(tr("Hoofdmantelzorger"))
            elif pid in self.over.carers:
                lines.append(tr("Mantelzorger"))
            lines.append(tr("Overleden: de uren hieronder tellen niet meer mee; haal ze weg "
                            "of geef de taken aan een ander.") if person.is_deceased
                         else tr("{h} uur per week", h=format_hours(hours)))
            return "\n".join(lines)
        return None

    def _task_header(self, row: int, role: int) -> Any:
        if not 0 <= row < len(self.tasks):
            return None
        task_id = self.tasks[row]
        task = self.session.case.network.records("care_tasks")[task_id]
        R = Qt.ItemDataRole
        if role == R.DisplayRole:
            return label(task.kind)
        if role == R.ToolTipRole:
            return task.note or tr("Dubbelklik om de naam van de taak te wijzigen")
        if role == R.BackgroundRole:
            if task_id in self.over.uncovered:
                return QBrush(UNCOVERED_BG)
            if task_id in self.over.fragile:
                return QBrush(FRAGILE_BG)
        return None

    def rename(self, task: str, text: str) -> bool:
        """Give a task another name: a default category, or the user's own."""
        net = self.session.case.network
        kind = task_kind_from_text(text)
        if kind is None:
            self.sig_error.emit(tr("Een taak heeft een naam nodig. Verwijder de taak met de "
                                   "knop Taak verwijderen."))
            return False
        if any(t.kind == kind and t.id != task for t in net.records("care_tasks").values()):
            self.sig_error.emit(tr("Deze taak staat al in de tabel."))
            return False
        return self._edit(tr("Zorgtaak hernoemen"), task_ops(net, task, kind=kind))

    def _short_name(self, pid: str) -> str:
        """First names in the header, whole names where two people share one."""
        name = self.session.case.network.people[pid].name or "?"
        first = name.split()[0]
        return first if self._first_names.get(first, 0) == 1 else name

    # -- typing into a cell ------------------------------------------------------------------
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        self.refused = True  # until the edit lands
        net = self.session.case.network
        task, person = self.cell(index)
        col = index.column()
        if col == NEEDED and role == Qt.ItemDataRole.CheckStateRole:
            needed = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._edit(tr("Taak nodig of niet"), task_ops(net, task, needed=needed))
        if role != Qt.ItemDataRole.EditRole:
            return False
        if person is None:
            return False
        try:
            hours = parse_hours(str(value))
        except HoursError as err:
            self.sig_error.emit(str(err))
            return False
        return self._edit(tr("Uren invullen"), hours_ops(net, task, person, hours))

    def _edit(self, text: str, ops: list[Any]) -> bool:
        refusal = self.session.edit(text, ops)
        if refusal is not None:
            self.sig_error.emit(tr("{reason} Er is niets gewijzigd.",
                                   reason=refusal.problem.message))
            return False
        self.refused = False
        self.sig_error.emit("")
        return True


class CareTableView(QTableView):
    """A table that types like a spreadsheet: Enter goes down, Delete empties."""

    sig_clear = Signal()

    def __init__(self, refused: Callable[[], bool]) -> None:
        super().__init__()
        self._refused = refused
        T = QAbstractItemView.EditTrigger
        self.setEditTriggers(T.AnyKeyPressed | T.DoubleClicked | T.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setMinimumWidth(200)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)

    def closeEditor(self, editor: QWidget,  # noqa: N802
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter after typing moves to the same person's next task (unless what was typed
        was refused: then the cursor stays, to type it again)."""
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and \
            not self._refused()
        super().closeEditor(editor, hint)
        if down:
            here = self.currentIndex()
            below = here.siblingAtRow(here.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)

    def event(self, event: QEvent) -> bool:
        """Delete empties cells here; it must not reach the window's Delete (people)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.state() != QAbstractItemView.State.EditingState:
            self.sig_clear.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TaskChooser(QComboBox):
    """Pick a default task or type one's own; Enter adds it (and nothing else happens)."""

    sig_enter = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(22)
        self.lineEdit().setPlaceholderText(tr("kies of typ een taak"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.sig_enter.emit()
            return
        super().keyPressEvent(event)


class CareTablePanel(QWidget):
    """The table with its buttons, the details of the current cell and the summary."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.model = CareTableModel(session)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(False)  # a row does not jump away while typing
        self.table = CareTableView(lambda: self.model.refused)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(56)
        header.setDefaultSectionSize(84)
        self.table.setColumnWidth(NEEDED, 60)
        self.table.setColumnWidth(TOTAL, 72)
        self.table.setColumnWidth(STATUS, 90)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)

        bar = QHBoxLayout()
        self.new_task = TaskChooser()
        self.new_task.sig_enter.connect(self.add_task)
        self.add_button = QPushButton(tr("Taak &toevoegen"))
        self.add_button.clicked.connect(self.add_task)
        self.defaults_button = QPushButton(tr("&Standaardtaken"))
        self.defaults_button.setToolTip(tr("Zet alle gangbare zorgtaken in de tabel"))
        self.defaults_button.clicked.connect(self.add_defaults)
        self.remove_button = QPushButton(tr("Taak verwijd&eren"))
        self.remove_button.clicked.connect(self.remove_tasks)
        self.only_doers = QCheckBox(tr("Alleen wie zorgt"))
        self.only_doers.setToolTip(tr("Toon alleen de personen die al een taak hebben"))
        self.only_doers.toggled.connect(self.model.set_only_doers)
        for w in (self.new_task, self.add_button, self.defaults_button, self.remove_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.only_doers)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.table.setMinimumHeight(170)  # the header and four tasks at least

        detail = QHBoxLayout()
        self.cell_label = QLabel()
        self.frequency = ChoiceField(list(Frequency), self._set_frequency, optional=True)
        self.frequency.setToolTip(tr("Hoe vaak doet deze persoon deze taak?"))
        self.since = TextField(self._set_since, tr("bijv. 2024 of 03-2024"))
        self.since.setMaximumWidth(190)
        self.since.setMinimumWidth(170)
        self.freq_label = QLabel(tr("&Hoe vaak"))
        self.freq_label.setBuddy(self.frequency)
        self.since_label = QLabel(tr("S&inds"))
        self.since_label.setBuddy(self.since)
        for w in (self.cell_label, self.freq_label, self.frequency, self.since_label,
                  self.since):
            detail.addWidget(w)
        detail.addStretch(1)
        lay.addLayout(detail)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.error = error_label()
        # room for a line, always: a message coming or going does not move the rows
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() + 4)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.error)

        for w in (self.frequency, self.since):
            w.installEventFilter(self)
        self.model.sig_error.connect(self.show_error)
        self.table.sig_clear.connect(self.clear_cells)
        self.table.verticalHeader().sectionDoubleClicked.connect(self.rename_row)
        self.table.selectionModel().currentChanged.connect(self._moved)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self.show_cell())
        session.sig_changed.connect(lambda _c: self.refresh_summary())
        self._fill_new_task_choices()
        self.refresh_summary()
        self.show_cell()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter or Escape in 'how often' or 'since' goes back to the table (after the
        field has done its own work: the date is committed first)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            if watched is self.since:
                if event.key() == Qt.Key.Key_Escape:
                    self.show_cell()  # put back what was there
                else:
                    self.since.editingFinished.emit()
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    # -- helpers ---------------------------------------------------------------------------
    def source(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(index)

    def current_cell(self) -> tuple[str, str | None] | None:
        index = self.source(self.table.currentIndex())
        return self.model.cell(index) if index.isValid() else None

    def go_to(self, task: str, person: str | None = None) -> None:
        """Put the cursor on a task's row: in a person's column, or on its name."""
        if task not in self.model.tasks:
            return
        col = (FIRST_PERSON + self.model.people.index(person)
               if person in self.model.people else NEEDED)
        index = self.proxy.mapFromSource(self.model.index(self.model.tasks.index(task), col))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _after_reset(self) -> None:
        self._fill_new_task_choices()
        self.show_cell()

    def show_error(self, text: str, error: bool = True) -> None:
        """A refusal in red; a plain message (what was removed, how to undo) in grey."""
        self.error.setText(text)
        self.error.setStyleSheet("" if error else "color: #555555;")

    def _moved(self, *_args: object) -> None:
        """Another cell: its details; a message about the previous cell goes."""
        self.show_error("")
        self.show_cell()

    # -- the current cell's details ------------------------------------------------------------
    def show_cell(self) -> None:
        cell = self.current_cell()
        net = self.session.case.network
        on_person = cell is not None and cell[1] is not None
        for w in (self.freq_label, self.frequency, self.since_label, self.since):
            w.setEnabled(on_person)
        if not on_person or cell is None or cell[1] is None:
            self.cell_label.setText(tr("Kies een cel om hoe vaak en sinds wanneer in te vullen."))
            self.frequency.set_value(None)
            self.since.set_value("")
            return
        task, person = cell
        name = net.people[person].name or "?"
        self.cell_label.setText(tr("{name}, {task}:", name=name,
                                   task=label(net.records("care_tasks")[task].kind).lower()))
        a = assignment_of(net, task, person)
        self.frequency.set_value(a.frequency if a else None)
        self.since.set_value(display(a.since) if a else "")

    def _set_frequency(self, value: Frequency | None) -> None:
        cell = self.current_cell()
        if cell and cell[1]:
            net = self.session.case.network
            if value is None and assignment_of(net, cell[0], cell[1]) is None:
                return
            self.model._edit(tr("Hoe vaak"), assign_ops(net, cell[0], cell[1], frequency=value))

    def _set_since(self, text: str) -> None:
        cell = self.current_cell()
        if not (cell and cell[1]):
            return
        net = self.session.case.network
        try:
            since = parse_display(text)
        except DateError as err:
            self.show_error(str(err))
            self.show_cell()
            return
        if since is None and assignment_of(net, cell[0], cell[1]) is None:
            return
        self.model._edit(tr("Sinds wanneer"), assign_ops(net, cell[0], cell[1], since=since))

    # -- tasks -------------------------------------------------------------------------------
    def _fill_new_task_choices(self) -> None:
        have = {t.kind for t in self.session.case.network.records("care_tasks").values()}
        text = self.new_task.currentText()
        self.new_task.clear()
        for kind in TaskKind:
            if kind not in have:
                self.new_task.addItem(label(kind))
        self.new_task.setCurrentIndex(-1)
        self.new_task.setEditText(text if text and task_kind_from_text(text) not in have
                                  else "")
        self.defaults_button.setEnabled(any(k not in have for k in TaskKind))

    def add_task(self) -> None:
        kind = task_kind_from_text(self.new_task.currentText())
        if kind is None:
            self.show_error(tr("Kies of typ eerst welke taak."))
            self.new_task.setFocus()
            return
        ops, task = add_task_ops(self.session.case.network, kind)
        if task is None:
            self.show_error(tr("Deze taak staat al in de tabel."))
            return
        self.new_task.setEditText("")
        if self.model._edit(tr("Zorgtaak toevoegen"), ops):
            first = self.model.people[0] if self.model.people else None
            self.go_to(task, first)
            self.table.setFocus()

    def rename_row(self, row: int) -> None:
        """Double-click on a task's name: give it another name."""
        src = self.source(self.proxy.index(row, 0))
        if not src.isValid():
            return
        task = self.model.tasks[src.row()]
        kind = self.session.case.network.records("care_tasks")[task].kind
        text, ok = QInputDialog.getText(self, tr("Taak hernoemen"), tr("Naam van de taak:"),
                                        text=label(kind))
        if ok:
            self.model.rename(task, text)

    def add_defaults(self) -> None:
        """All the usual tasks; the cursor goes to the first one, ready for hours."""
        if self.model._edit(tr("Standaardtaken toevoegen"),
                            default_tasks_ops(self.session.case.network)):
            if not self.table.currentIndex().isValid() and self.model.tasks:
                self.go_to(self.model.tasks[0], (self.model.people or [None])[0])
            self.table.setFocus()

    def selected_tasks(self) -> list[str]:
        rows = {self.source(i).row() for i in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.source(self.table.currentIndex()).row()}
        return [self.model.tasks[r] for r in sorted(rows)]

    def remove_tasks(self) -> None:
        tasks = self.selected_tasks()
        if not tasks:
            self.show_error(tr("Kies eerst een taak in de tabel."))
            return
        text = tr("Zorgtaak verwijderen") if len(tasks) == 1 else tr("Zorgtaken verwijderen")
        over = self.model.over
        hours = sum(over.hours_by_task.get(t, 0.0) for t in tasks)
        people = {p for t in tasks for p in over.people_by_task.get(t, ())}
        if self.model._edit(text, remove_tasks_ops(self.session.case, tasks)):
            gone = (tr("Taak verwijderd") if len(tasks) == 1
                    else tr("{n} taken verwijderd", n=len(tasks)))
            if people:
                gone += tr(", met {h} u per week van {n} {who}", h=format_hours(hours),
                           n=len(people), who=tr("persoon") if len(people) == 1
                           else tr("personen"))
            self.show_error(gone + tr(". Ctrl+Z zet het terug."), error=False)

    def clear_cells(self) -> None:
        """Delete: take the selected people off the selected tasks (one undo step)."""
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        cells = []
        for i in indexes:
            src = self.source(i)
            if src.isValid():
                task, person = self.model.cell(src)
                if person is not None:
                    cells.append((task, person))
        self.model._edit(tr("Uren wissen"), clear_ops(self.session.case.network, cells))

    # -- the summary under the table -----------------------------------------------------------
    def refresh_summary(self) -> None:
        net = self.session.case.network
        over = self.model.over
        tasks = net.records("care_tasks")
        if not tasks:
            self.summary.setText(tr("Nog geen zorgtaken. Kies of typ een taak en druk op "
                                    "Enter, of zet met Standaardtaken alle gangbare taken in "
                                    "de tabel. Typ dan per persoon de uren per week; Tab gaat "
                                    "naar de volgende persoon, Enter naar de volgende taak."))
            return
        parts = []
        if over.main_carer:
            parts.append(tr("Hoofdmantelzorger: {name} ({h} u per week){chosen}",
                            name=net.people[over.main_carer].name or "?",
                            h=format_hours(over.hours_by_person.get(over.main_carer, 0)),
                            chosen=tr(", zelf gekozen") if over.main_carer_chosen else ""))
        parts.append(tr("{n} mantelzorgers, samen {h} u per week", n=len(over.carers),
                        h=format_hours(over.informal_hours(net))) if len(over.carers) != 1
                     else tr("1 mantelzorger, {h} u per week",
                             h=format_hours(over.informal_hours(net))))
        if over.uncovered:
            parts.append(tr("Niet geregeld: {tasks}", tasks=", ".join(
                label(tasks[t].kind).lower() for t in over.uncovered)))
        if over.fragile:
            parts.append(tr("Kwetsbaar: {tasks}", tasks=", ".join(
                label(tasks[t].kind).lower() for t in over.fragile)))
        self.summary.setText(" · ".join(parts))
