"""The groslijst: type the people of the network one after another, the way the methods start.

A row is a name, a gender, a kind and (when the user knows it) the relation to the client.
Enter in a row's name goes to a fresh row; choosing a relation fills in the kind it suggests.
OK adds everyone as one undo step; the maps place them (the ecogram and the netwerkkaart by
their relation, the genogram beside the family until they are connected). Rows without a name
are skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import relation_choice_label
from ..model import Person, PersonKind, Put, Sex
from ..model.relations import RelationCode, kind_for_relation
from .fields import ChoiceField, ExtensibleChoiceField, error_label, may_close
from .session import CaseSession

MAX_NAME = 200


class _NameField(QLineEdit):
    """Enter goes to the next row's name (a new row when this is the last)."""

    def __init__(self, on_enter: object) -> None:
        super().__init__()
        self._on_enter = on_enter
        self.setPlaceholderText(tr("naam"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._on_enter(self)  # type: ignore[operator]
            return
        super().keyPressEvent(event)


class _Row:
    def __init__(self, dialog: PeopleListDialog) -> None:
        self.name = _NameField(dialog.next_row)
        self.sex = ChoiceField(list(Sex), lambda _v: None)
        self.sex.set_value(Sex.UNKNOWN)
        self.kind = ChoiceField(list(PersonKind), lambda _v: None)
        self.kind_chosen = False
        self.kind.activated.connect(self._kind_picked)
        self.relation = ExtensibleChoiceField(
            [c for c in RelationCode if c is not RelationCode.SELF], self._relation_picked,
            optional=True, labels=relation_choice_label, placeholder=tr("(automatisch)"))

    def _kind_picked(self, _index: int) -> None:
        self.kind_chosen = True

    def _relation_picked(self, relation: object) -> None:
        if isinstance(relation, RelationCode) and not self.kind_chosen:
            self.kind.set_value(kind_for_relation(relation))

    def person(self) -> Person | None:
        name = " ".join(self.name.text().split())[:MAX_NAME]
        if not name:
            return None
        relation = self.relation.value()
        return Person(name=name, sex=self.sex.code_at(self.sex.currentIndex()),
                      kind=self.kind.code_at(self.kind.currentIndex()), relation=relation)


class PeopleListDialog(QDialog):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Groslijst: wie horen erbij?"))
        self.resize(860, 520)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Typ de mensen om de cliënt heen, één per regel: familie, vrienden, "
                          "buren, vrijwilligers en professionals. Enter gaat naar de volgende "
                          "regel. De relatie mag leeg blijven; kiest u er een, dan vult de "
                          "soort zich in. Met Toevoegen komen ze op de kaarten; familie "
                          "verbindt u daarna in het genogram (Alt+K kind, Alt+P partner, C "
                          "verbinden)."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.grid = QGridLayout()
        for col, text in enumerate((tr("Naam"), tr("Geslacht"), tr("Soort"),
                                    tr("Relatie tot de cliënt"))):
            head = QLabel(text)
            head.setObjectName("sectionTitle")
            self.grid.addWidget(head, 0, col)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        lay.addWidget(scroll, 1)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Toevoegen"))
        ok.setAutoDefault(False)
        ok.setDefault(False)
        lay.addWidget(buttons)
        self.rows: list[_Row] = []
        self._warned: list[int] = []
        """Rows with a name that is already there, told once: Toevoegen again adds them."""
        self.added: list[str] = []
        """The ids of the people added (after OK)."""
        self.add_row()
        self.rows[0].name.setFocus()

    def add_row(self) -> _Row:
        row = _Row(self)
        r = len(self.rows) + 1
        for col, w in enumerate((row.name, row.sex, row.kind, row.relation)):
            self.grid.addWidget(w, r, col)
            w.show()  # now, not later from the event queue: the cursor goes there next
        for w in (row.sex, row.kind, row.relation, row.relation.lineEdit()):
            w.installEventFilter(self)  # Enter anywhere in a row: on to the next row
        if self.rows:  # Tab runs along the row, then to the next row
            QWidget.setTabOrder(self.rows[-1].relation, row.name)
        for a, b in ((row.name, row.sex), (row.sex, row.kind), (row.kind, row.relation)):
            QWidget.setTabOrder(a, b)
        self.rows.append(row)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            for row in self.rows:
                if watched in (row.sex, row.kind, row.relation, row.relation.lineEdit()):
                    if watched is row.relation.lineEdit():
                        row.relation.lineEdit().editingFinished.emit()  # take the typed text
                    self.next_row(row.name)
                    return True
        return super().eventFilter(watched, event)

    def next_row(self, field: QLineEdit) -> None:
        index = next(i for i, r in enumerate(self.rows) if r.name is field)
        if index == len(self.rows) - 1:
            if not field.text().strip():
                return  # an empty last row: nothing to move on from
            self.add_row()
        self.rows[index + 1].name.setFocus()

    def reject(self) -> None:
        """Escape or Annuleren with names typed asks first."""
        if not any(r.name.text().strip() for r in self.rows) or may_close(self, ()):
            super().reject()

    def people(self) -> list[Person]:
        return [p for p in (r.person() for r in self.rows) if p is not None]

    def _same_names(self) -> list[int]:
        """Rows (1-based) whose name is already in the case or higher up in the list."""
        seen = {" ".join(p.name.split()).casefold()
                for p in self.session.case.network.people.values() if p.name}
        out = []
        for i, row in enumerate(self.rows, start=1):
            name = " ".join(row.name.text().split()).casefold()
            if name and name in seen:
                out.append(i)
            seen.add(name)
        return out

    def accept(self) -> None:
        people = self.people()
        if not people:
            self.error.setText(tr("Typ eerst een naam."))
            return
        same = self._same_names()
        if same and same != self._warned:
            self._warned = same
            rows = ", ".join(str(i) for i in same)
            self.error.setText(tr("Regel {rows}: die naam staat al in de casus of hoger in de "
                                  "lijst. Is het iemand anders, druk dan nogmaals op "
                                  "Toevoegen; anders wist u de regel.", rows=rows))
            return
        text = tr("Groslijst: {n} personen toevoegen", n=len(people)) if len(people) > 1 \
            else tr("Groslijst: 1 persoon toevoegen")
        refusal = self.session.edit(text, [Put("people", p) for p in people])
        if refusal is not None:
            self.error.setText(tr("{reason} Er is niets toegevoegd.",
                                  reason=refusal.problem.message))
            return
        self.added = [p.id for p in people]
        super().accept()
