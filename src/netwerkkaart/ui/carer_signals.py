"""The carer dock's Signalen en risico tab: signals of overload by group, risk factors, what
the data already shows (risk groups and factors, not editable here), the six forms of
ontspoorde mantelzorg with a note each, the meldcode steps taken, and draaglast and
draagkracht as weighted lists with who could help. Saved as one dated record, like the roles.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..analysis.findings import risk_group_text
from ..i18n import tr
from ..labels import label
from ..model.carer import (
    SIGNAL_GROUP,
    CarerCheck,
    Derailment,
    MeldcodeStep,
    RiskFactor,
    Signal,
    SignalGroup,
    StepTaken,
    Weight,
    latest,
)
from ..model.dates import DateError, display, parse_display
from ..model.edits import Put
from ..model.people import new_id
from ..model.risk import FoundFactor, RiskGroup, carer_risk
from .carer_roles import say_saved
from .fields import TextField, error_label
from .session import CaseSession

FOUND_AS = {FoundFactor.SAMENWONEN: RiskFactor.SAMENWONEN,
            FoundFactor.NIEMAND_OM_TE_DELEN: RiskFactor.NIEMAND_OM_TE_DELEN}
"""Risk factors the data shows that are also on the checklist: ticked, not to be unticked."""


def group_text(case: Any, group: RiskGroup) -> str:
    text = risk_group_text(case, group)
    return text[:1].upper() + text[1:]


def _heading(text: str) -> QLabel:
    lbl = QLabel(text)
    lbl.setObjectName("sectionTitle")
    return lbl


class WeightTable(QTableWidget):
    """Draaglast or draagkracht: what, how heavy (1-3), who could help."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels([tr("Wat"), tr("Gewicht (1-3)"), tr("Wie kan helpen")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(110)

    def set_items(self, items: tuple[Weight, ...]) -> None:
        self.setRowCount(0)
        for w in items:
            self.add(w)

    def add(self, w: Weight | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(w.what if w else ""))
        spin = QSpinBox()
        spin.setRange(1, 3)
        spin.setValue(w.weight if w else 2)
        self.setCellWidget(row, 1, spin)
        self.setItem(row, 2, QTableWidgetItem(w.helper if w else ""))
        if w is None:
            self.setCurrentCell(row, 0)
            self.editItem(self.item(row, 0))

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def items(self) -> tuple[Weight, ...]:
        out = []
        for row in range(self.rowCount()):
            what = " ".join((self.item(row, 0).text() if self.item(row, 0) else "").split())
            if not what:
                continue
            spin = self.cellWidget(row, 1)
            weight = spin.value() if isinstance(spin, QSpinBox) else 2
            helper = (self.item(row, 2).text() if self.item(row, 2) else "").strip()
            out.append(Weight(what=what[:300], weight=weight, helper=helper[:200]))
        return tuple(out)


class SignalsTab(QScrollArea):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.person: str | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        self.setWidget(inner)
        top = QFormLayout()
        self.date = TextField(lambda _v: None, tr("bijv. 16-11-2026"))
        self.date.setMaximumWidth(160)
        top.addRow(tr("Stand van"), self.date)
        lay.addLayout(top)

        self.found = QLabel()
        self.found.setWordWrap(True)
        lay.addWidget(_heading(tr("Uit de gegevens")))
        lay.addWidget(self.found)

        lay.addWidget(_heading(tr("Signalen van overbelasting")))
        grid = QGridLayout()
        self.signals: dict[Signal, QCheckBox] = {}
        for col, group in enumerate(SignalGroup):
            grid.addWidget(QLabel(label(group)), 0, col)
            members = [s for s in Signal if SIGNAL_GROUP[s] is group]
            for row, sig in enumerate(members, start=1):
                box = QCheckBox(label(sig))
                self.signals[sig] = box
                grid.addWidget(box, row, col)
        lay.addLayout(grid)

        lay.addWidget(_heading(tr("Risicofactoren (aanvinken wat u ziet)")))
        self.factors: dict[RiskFactor, QCheckBox] = {}
        fgrid = QGridLayout()
        for i, factor in enumerate(RiskFactor):
            box = QCheckBox(label(factor))
            self.factors[factor] = box
            fgrid.addWidget(box, i // 2, i % 2)
        lay.addLayout(fgrid)

        lay.addWidget(_heading(tr("Ontspoorde mantelzorg")))
        self.derail: dict[Derailment, tuple[QCheckBox, TextField]] = {}
        for form in Derailment:
            line = QHBoxLayout()
            box = QCheckBox(label(form))
            note = TextField(lambda _v: None, tr("wat ziet u?"))
            note.textEdited.connect(lambda _t, b=box: b.setChecked(True))  # never lost
            line.addWidget(box, 1)
            line.addWidget(note, 2)
            lay.addLayout(line)
            self.derail[form] = (box, note)
        lay.addWidget(_heading(tr("Meldcode: genomen stappen (Veilig Thuis is het adviespunt)")))
        self.steps: dict[MeldcodeStep, tuple[QCheckBox, TextField]] = {}
        for step in MeldcodeStep:
            line = QHBoxLayout()
            box = QCheckBox(label(step))
            when = TextField(lambda _v: None, tr("datum"))
            when.textEdited.connect(lambda _t, b=box: b.setChecked(True))
            when.setMaximumWidth(140)
            line.addWidget(box, 1)
            line.addWidget(when)
            lay.addLayout(line)
            self.steps[step] = (box, when)

        self.load = WeightTable()
        self.strength = WeightTable()
        for title, table in ((tr("Draaglast: wat weegt zwaar"), self.load),
                             (tr("Draagkracht: wat geeft kracht"), self.strength)):
            lay.addWidget(_heading(title))
            lay.addWidget(table)
            row = QHBoxLayout()
            add = QPushButton(tr("Regel toevoegen"))
            add.clicked.connect(lambda _c=False, t=table: t.add())
            rm = QPushButton(tr("Regel verwijderen"))
            rm.clicked.connect(lambda _c=False, t=table: t.remove_current())
            row.addWidget(add)
            row.addWidget(rm)
            row.addStretch(1)
            lay.addLayout(row)

        bar = QHBoxLayout()
        self.save_button = QPushButton(tr("&Signalen opslaan"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.error = error_label()
        lay.addWidget(self.error)
        lay.addWidget(QLabel(tr("Eerder vastgelegd")))
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        lay.addWidget(self.history)
        lay.addStretch(1)

    def show_person(self, pid: str | None) -> None:
        same = pid == self.person and bool(self.date.text())  # a refresh keeps the date
        self.person = pid
        self.setEnabled(pid is not None)
        self.error.clear()
        if pid is None:
            self.found.clear()
            return
        case = self.session.case
        records = latest(case.network, "carer_checks", pid)
        c: Any = records[0] if records else None
        if not same:
            self.date.setText(display(_dt.date.today().isoformat()))  # a new visit's stand
        risk = carer_risk(case, pid)
        found = [group_text(case, g) for g in risk.groups] + [label(f) for f in risk.factors]
        from_data = {FOUND_AS[f] for f in risk.factors if f in FOUND_AS}
        self.found.setText("; ".join(found) if found else tr("Geen risicogroep of "
                                                             "risicofactor in de gegevens."))
        for sig, box in self.signals.items():
            box.setChecked(bool(c and sig in c.signals))
        for factor, box in self.factors.items():
            box.setChecked(bool(c and factor in c.risk_factors) or factor in from_data)
            box.setEnabled(factor not in from_data)
            box.setToolTip(tr("Uit de gegevens") if factor in from_data else "")
        for form, (box, note) in self.derail.items():
            box.setChecked(bool(c and form in c.derailment))
            note.setText(c.derailment.get(form, "") if c else "")
        taken = {s.step: s for s in c.meldcode} if c else {}
        for step, (box, when) in self.steps.items():
            box.setChecked(step in taken)
            when.setText(display(taken[step].date) if step in taken else "")
        self.load.set_items(c.load if c else ())
        self.strength.set_items(c.strength if c else ())
        self.history.clear()
        for old in records:
            self.history.addItem(tr("{date}: {n} signalen, {m} risicofactoren", date=display(
                old.date) or "?", n=len(old.signals), m=len(old.risk_factors)))

    def save(self) -> None:
        if self.person is None:
            return
        try:
            date = parse_display(self.date.text())
        except DateError as err:
            self.error.setText(tr("Stand van: {err}", err=err))
            self.date.setFocus()
            return
        steps = []
        for step, (box, when) in self.steps.items():
            if not box.isChecked():
                continue
            try:
                steps.append(StepTaken(step=step, date=parse_display(when.text())))
            except DateError as err:
                self.error.setText(tr("{step}: {err}", step=label(step), err=err))
                self.ensureWidgetVisible(when)
                when.setFocus()
                return
        same = [r for r in latest(self.session.case.network, "carer_checks", self.person)
                if r.date == date]
        record = CarerCheck(
            id=same[0].id if same else new_id(), person=self.person, date=date,
            signals=tuple(s for s, b in self.signals.items() if b.isChecked()),
            risk_factors=tuple(f for f, b in self.factors.items() if b.isChecked()),
            derailment={f: n.text().strip() for f, (b, n) in self.derail.items()
                        if b.isChecked()},
            meldcode=tuple(steps), load=self.load.items(), strength=self.strength.items())
        refusal = self.session.edit(tr("Signalen vastleggen"), [Put("carer_checks", record)])
        say_saved(self.error, refusal, date)
