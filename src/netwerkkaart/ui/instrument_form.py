"""Filling in a load instrument item by item, keyboard-fast, with the score as you go.

Type the number of an answer (1 for the first, 2 for the second, ...) and the cursor moves to
the next item; arrow keys move between items; Backspace clears the current answer. The
score so far shows at the bottom; when every item is answered, the result in the
instrument's own words and the scoring rule used. An unfinished form can be kept as a draft
(never as a score); a finished one is one edit, undoable, in the carer's history.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..instruments import INSTRUMENTS, partial_total, score
from ..model.carer import Assessment
from ..model.dates import DateError, display, in_future, parse_display
from ..model.edits import Put
from ..model.people import new_id
from .fields import TextField, error_label
from .session import CaseSession

CURRENT = "background: #fff4d6; border-radius: 4px;"
LETTERS = {"j": "ja", "n": "nee", "m": "min of meer"}
"""The same key for the same answer in every instrument: j ja, n nee, m min of meer."""


class InstrumentDialog(QDialog):
    def __init__(self, session: CaseSession, person: str, instrument: str,
                 draft: Assessment | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person = person
        self.inst = INSTRUMENTS[instrument]
        self.draft = draft
        self.landed: str | None = None
        name = session.case.network.people[person].name or "?"
        self.setWindowTitle(tr("{inst} voor {name}", inst=self.inst.name, name=name))
        self.resize(760, 640)
        lay = QVBoxLayout(self)
        intro = QLabel(tr("{source}. Vul in met het officiële formulier ernaast: de vragen "
                          "staan hier kort en in dezelfde volgorde. Typ het nummer van het "
                          "antwoord (of j = ja, n = nee, m = min of meer); de cursor gaat "
                          "dan naar de volgende vraag.",
                          source=self.inst.source))
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        lay.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Datum")))
        self.date = TextField(lambda _v: None, tr("bijv. 16-11-2026"))
        self.date.setText(display(draft.date if draft else _dt.date.today().isoformat()))
        self.date.setMaximumWidth(160)
        top.addWidget(self.date)
        top.addStretch(1)
        lay.addLayout(top)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(10)
        for col, text in enumerate(self.inst.answers):
            head = QLabel(f"{col + 1}  {text}")
            head.setObjectName("sectionTitle")
            grid.addWidget(head, 0, col + 2, Qt.AlignmentFlag.AlignCenter)
        self.rows: list[QFrame] = []
        self.groups: list[QButtonGroup] = []
        answers = list(draft.answers) if draft else [None] * len(self.inst.items)
        for i, item in enumerate(self.inst.items):
            number = QLabel(f"{i + 1}.")
            text = QLabel(item)
            text.setWordWrap(True)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for a in range(len(self.inst.answers)):
                button = QRadioButton()
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the dialog takes the keys
                group.addButton(button, a)
                grid.addWidget(button, i + 1, a + 2, Qt.AlignmentFlag.AlignCenter)
                if answers[i] == a:
                    button.setChecked(True)
            group.idClicked.connect(lambda a, i=i: self._answered(i, a))
            grid.addWidget(number, i + 1, 0)
            grid.addWidget(text, i + 1, 1)
            self.rows.append(text)
            self.groups.append(group)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.scroll = scroll
        lay.addWidget(scroll, 1)
        self.result = QLabel()
        self.result.setObjectName("sectionTitle")
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        self.rule = QLabel(self.inst.rule)
        self.rule.setWordWrap(True)
        self.rule.setObjectName("hintText")
        lay.addWidget(self.rule)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(tr("Opslaan"))
        self.draft_button = QPushButton(tr("Als concept bewaren"))
        self.draft_button.setToolTip(tr("Nog niet alles ingevuld: bewaar wat er is, zonder "
                                        "score, en maak het later af"))
        cancel = QPushButton(tr("Annuleren"))
        for b in (self.save_button, self.draft_button, cancel):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.draft_button.clicked.connect(lambda: self.save(draft=True))
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.current = next((i for i, a in enumerate(answers) if a is None), 0)
        self._show()
        self.setFocus()

    # -- answering -----------------------------------------------------------------------
    def answers(self) -> list[int | None]:
        return [g.checkedId() if g.checkedId() >= 0 else None for g in self.groups]

    def answer(self, item: int, value: int | None) -> None:
        group = self.groups[item]
        if value is None:
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        else:
            group.button(value).setChecked(True)
        self._answered(item, value)

    def _answered(self, item: int, value: int | None) -> None:
        if value is not None and item == self.current:
            self.current = min(item + 1, len(self.groups) - 1)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        n = len(self.inst.answers)
        letter = event.text().lower()
        if Qt.Key.Key_1 <= key < Qt.Key.Key_1 + n and not self.date.hasFocus():
            self.answer(self.current, key - Qt.Key.Key_1)
        elif letter in LETTERS and LETTERS[letter] in self.inst.answers and \
                not self.date.hasFocus():
            self.answer(self.current, self.inst.answers.index(LETTERS[letter]))
        elif key == Qt.Key.Key_Down:
            self.current = min(self.current + 1, len(self.groups) - 1)
            self._show()
        elif key == Qt.Key.Key_Up:
            self.current = max(self.current - 1, 0)
            self._show()
        elif key == Qt.Key.Key_Backspace and not self.date.hasFocus():
            self.answer(self.current, None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        for i, row in enumerate(self.rows):
            row.setStyleSheet(CURRENT if i == self.current else "")
        self.scroll.ensureWidgetVisible(self.rows[self.current], 10, 60)
        answers = self.answers()
        points, done = partial_total(self.inst.id, answers)
        total = len(self.inst.items)
        if done < total:
            self.result.setText(tr("Tot nu toe {p} punten; {d} van {n} vragen beantwoord.",
                                   p=points, d=done, n=total))
        else:
            result = score(self.inst.id, answers)
            verdict = tr(result.words)
            self.result.setText(tr("Totaal {t} van {m}: {verdict}.", t=result.total,
                                   m=result.max_total, verdict=verdict))
        self.save_button.setEnabled(done == total)
        self.draft_button.setEnabled(0 < done < total)

    # -- saving ----------------------------------------------------------------------------
    def save(self, draft: bool = False) -> None:
        answers = self.answers()
        if None in answers and not draft:
            missing = answers.index(None) + 1
            self.error.setText(tr("Vraag {n} is nog niet beantwoord. Bewaar als concept om "
                                  "later verder te gaan.", n=missing))
            self.current = missing - 1
            self._show()
            return
        try:
            date = parse_display(self.date.text())
        except DateError as err:
            self.error.setText(str(err))
            return
        if date is None or in_future(date):
            self.error.setText(tr("Vul de datum van de meting in (niet in de toekomst)."))
            return
        record = Assessment(id=self.draft.id if self.draft else new_id(), person=self.person,
                            date=date, instrument=self.inst.id, answers=tuple(answers),
                            draft=draft)
        text = tr("{inst} als concept", inst=self.inst.name) if draft else \
            tr("{inst} ingevuld", inst=self.inst.name)
        refusal = self.session.edit(text, [Put("assessments", record)])
        if refusal is not None:
            self.error.setText(tr("{reason} Er is niets gewijzigd.",
                                  reason=refusal.problem.message))
            return
        self.landed = record.id
        self.accept()
