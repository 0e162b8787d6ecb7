"""The carer dock's Rollen tab: SOFA roles (the professional's action in one line each), the
dominant one, WIFA for volunteers, and kunnen / weten / willen, saved as a dated record.

The tab shows the newest record. "Opslaan" stores what is on screen for the date in the date
field: the same date changes that record, another date adds one, so earlier visits stay in
the history beneath. For a mantelzorger the personal relationship (F) is always on.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import SOFA_ACTION, WIFA_ACTION, label
from ..model.carer import RoleRecord, Sofa, Wifa, latest
from ..model.carers import overview
from ..model.dates import DateError, display, parse_display
from ..model.edits import Put
from ..model.enums import PersonKind
from ..model.people import new_id
from .fields import ChoiceField, TextField, error_label
from .session import CaseSession

VOLUNTEERS = (PersonKind.VOLUNTEER_ORGANISED, PersonKind.VOLUNTEER_INFORMAL)


def say_saved(line: QLabel, refusal: object, date: str | None) -> None:
    """Under a form: the refusal in red, or in grey that it was saved and as of when."""
    from ..model.check import EditRefused

    if isinstance(refusal, EditRefused):
        line.setStyleSheet("")
        line.setText(tr("{reason} Er is niets gewijzigd.", reason=refusal.problem.message))
    else:
        line.setStyleSheet("color: #555555;")
        line.setText(tr("Opgeslagen als stand van {date}.", date=display(date) or "?"))


class RolesTab(QScrollArea):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.person: str | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        self.setWidget(inner)
        lay = QVBoxLayout(inner)
        form = QFormLayout()
        self.date = TextField(lambda _v: None, tr("bijv. 16-11-2026"))
        self.date.setMaximumWidth(160)
        form.addRow(tr("Stand van"), self.date)
        lay.addLayout(form)
        self.sofa_title = QLabel(tr("SOFA-rollen (meer tegelijk kan)"))
        self.sofa_title.setObjectName("sectionTitle")
        lay.addWidget(self.sofa_title)
        self.sofa: dict[Sofa, QCheckBox] = {}
        for letter in Sofa:
            box = QCheckBox(f"{letter.value}  {SOFA_ACTION[letter.value]}")
            self.sofa[letter] = box
            lay.addWidget(box)
        row = QHBoxLayout()
        self.dominant_label = QLabel(tr("Belangrijkste rol"))
        row.addWidget(self.dominant_label)
        self.dominant = ChoiceField(list(Sofa), self._dominant_chosen, optional=True,
                                    labels=lambda s: f"{s.value} – {label(s)}")
        row.addWidget(self.dominant)
        row.addStretch(1)
        lay.addLayout(row)
        self.wifa_title = QLabel(tr("WIFA (vrijwilliger): wat doet u voor deze vrijwilliger?"))
        self.wifa_title.setObjectName("sectionTitle")
        lay.addWidget(self.wifa_title)
        self.wifa: dict[Wifa, tuple[QCheckBox, TextField]] = {}
        for letter in Wifa:
            line = QHBoxLayout()
            box = QCheckBox(f"{letter.value}  {WIFA_ACTION[letter.value]}")
            note = TextField(lambda _v: None, tr("notitie"))
            note.textEdited.connect(lambda _t, b=box: b.setChecked(True))
            line.addWidget(box, 1)
            line.addWidget(note, 1)
            lay.addLayout(line)
            self.wifa[letter] = (box, note)
        kww = QFormLayout()
        self.can = TextField(lambda _v: None, tr("wat deze persoon kan"))
        self.know = TextField(lambda _v: None, tr("wat deze persoon weet"))
        self.want = TextField(lambda _v: None, tr("wat deze persoon wil"))
        kww.addRow(tr("Kunnen"), self.can)
        kww.addRow(tr("Weten"), self.know)
        kww.addRow(tr("Willen"), self.want)
        lay.addLayout(kww)
        bar = QHBoxLayout()
        self.save_button = QPushButton(tr("Rollen opsl&aan"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.error = error_label()
        lay.addWidget(self.error)
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        lay.addWidget(QLabel(tr("Eerder vastgelegd")))
        lay.addWidget(self.history)
        lay.addStretch(1)

    def _dominant_chosen(self, letter: Sofa | None) -> None:
        """The main role is one of the roles: its box is ticked where the user sees it."""
        if letter is not None:
            self.sofa[letter].setChecked(True)

    def _is_carer(self) -> bool:
        return self.person in overview(self.session.case.network).carers

    def show_person(self, pid: str | None) -> None:
        same = pid == self.person and bool(self.date.text())  # a refresh keeps the date
        self.person = pid
        self.setEnabled(pid is not None)
        self.error.clear()
        net = self.session.case.network
        records = latest(net, "roles", pid) if pid else []
        r: Any = records[0] if records else None
        volunteer = pid is not None and net.people[pid].kind in VOLUNTEERS
        # a new visit: today's stand, starting from the last one (saving adds a record)
        if not same:
            self.date.setText(display(_dt.date.today().isoformat()))
        carer = self._is_carer()
        for letter, box in self.sofa.items():
            box.setChecked(bool(r and letter in r.sofa) or (letter is Sofa.F and carer))
            box.setEnabled(not (letter is Sofa.F and carer))
        self.sofa[Sofa.F].setToolTip(tr("Hoort altijd bij een mantelzorger.") if carer else "")
        self.dominant.set_value(r.dominant if r else None)
        for letter, (box, note) in self.wifa.items():
            box.setChecked(bool(r and letter in r.wifa))
            note.setText(r.wifa.get(letter, "") if r else "")
        for w in (self.wifa_title, *[b for pair in self.wifa.values() for b in pair]):
            w.setVisible(volunteer)
        for w in (self.sofa_title, *self.sofa.values(), self.dominant_label, self.dominant):
            w.setVisible(not volunteer or bool(r and r.sofa))
        self.can.setText(r.can if r else "")
        self.know.setText(r.know if r else "")
        self.want.setText(r.want if r else "")
        self.history.clear()
        for old in records:
            letters = " ".join(s.value for s in old.sofa) or " ".join(old.wifa)
            main = f" ({old.dominant.value})" if old.dominant else ""
            self.history.addItem(f"{display(old.date) or '?'}: {letters}{main}")

    def save(self) -> None:
        if self.person is None:
            return
        try:
            date = parse_display(self.date.text())
        except DateError as err:
            self.error.setText(str(err))
            return
        sofa = tuple(s for s, box in self.sofa.items() if box.isChecked())
        dominant = self.dominant.code_at(self.dominant.currentIndex())
        if dominant is not None and dominant not in sofa:
            sofa = tuple(s for s in Sofa if s in sofa or s is dominant)
        wifa = {w: note.text().strip() for w, (box, note) in self.wifa.items()
                if box.isChecked()}
        same = [r for r in latest(self.session.case.network, "roles", self.person)
                if r.date == date]
        record = RoleRecord(id=same[0].id if same else new_id(), person=self.person,
                            date=date, sofa=sofa, dominant=dominant, wifa=wifa,
                            can=self.can.text().strip(), know=self.know.text().strip(),
                            want=self.want.text().strip())
        refusal = self.session.edit(tr("Rollen vastleggen"), [Put("roles", record)])
        say_saved(self.error, refusal, date)
