"""The carer dock (Zorg > Mantelzorger, Ctrl+M): the selected carer's load, roles, and signals
and risk. It follows the selection on the map; every change is one undo step.

* Belasting: the history of every instrument (newest first, drafts marked) with a small trend
  per instrument, buttons to fill in an EDIZ-plus, a CSI or an EDIZ, and the quick balance
  check (a stand-in, labelled so).
* Rollen and Signalen en risico: :mod:`.carer_roles` and :mod:`.carer_signals`.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..instruments import INSTRUMENTS
from ..labels import label, person_relation
from ..model.carer import BalanceCheck, KeepUp, history, latest, load_badge
from ..model.carers import overview
from ..model.dates import DateError, display, in_future, parse_display
from ..model.edits import ChangeSet, Delete, Put
from .carer_roles import RolesTab
from .carer_signals import SignalsTab
from .fields import ChoiceField, TextField, error_label
from .instrument_form import InstrumentDialog
from .session import CaseSession

CARER_COLLECTIONS = ("assessments", "balance_checks", "roles", "carer_checks", "assignments",
                     "people")


class Trend(QWidget):
    """A small line of an instrument's totals over time, with its cut-off as a dashed line."""

    def __init__(self, totals: list[int], maximum: int, cutoff: int | None) -> None:
        super().__init__()
        self.totals, self.maximum, self.cutoff = totals, maximum, cutoff
        self.setFixedSize(160, 48)
        self.setToolTip(" → ".join(str(t) for t in totals))

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(6, 6, -6, -6)  # room for the dots at 0 and the top

        def at(i: int, t: float) -> QPointF:
            n = max(1, len(self.totals) - 1)
            x = r.left() + (r.width() * i / n if len(self.totals) > 1 else r.width() / 2)
            return QPointF(x, r.bottom() - r.height() * t / max(1, self.maximum))

        p.setPen(QPen(QColor("#cccccc"), 1))
        p.drawLine(r.bottomLeft(), r.bottomRight())
        if self.cutoff is not None:
            pen = QPen(QColor("#D55E00"), 1, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = at(0, self.cutoff).y()
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        p.setPen(QPen(QColor("#2b2b2b"), 2))
        points = [at(i, t) for i, t in enumerate(self.totals)]
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(QColor("#2b2b2b"))
        for pt in points:
            p.drawEllipse(pt, 3, 3)
        p.end()


class BalanceDialog(QDialog):
    """The quick balance check: how is the carer doing (0-10), can they keep this up."""

    def __init__(self, session: CaseSession, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.person = session, person
        self.setWindowTitle(tr("Snelle balanscheck"))
        lay = QVBoxLayout(self)
        note = QLabel(tr("Geen gevalideerd instrument: een snelle vervanger als er geen tijd "
                         "is voor de EDIZ-plus of de CSI."))
        note.setWordWrap(True)
        note.setObjectName("hintText")
        lay.addWidget(note)
        form = QFormLayout()
        self.date = TextField(lambda _v: None)
        self.date.setText(display(_dt.date.today().isoformat()))
        self.how = QSpinBox()
        self.how.setRange(0, 10)
        self.how.setValue(5)
        self.keep_up = ChoiceField(list(KeepUp), lambda _v: None, optional=True)
        self.note = TextField(lambda _v: None)
        form.addRow(tr("Datum"), self.date)
        form.addRow(tr("Hoe gaat het? (0 slecht, 10 goed)"), self.how)
        form.addRow(tr("Houdt u dit vol?"), self.keep_up)
        form.addRow(tr("Notitie"), self.note)
        lay.addLayout(form)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        try:
            date = parse_display(self.date.text())
        except DateError as err:
            self.error.setText(str(err))
            return
        if date is None or in_future(date):
            self.error.setText(tr("Vul de datum in (niet in de toekomst)."))
            return
        check = BalanceCheck(person=self.person, date=date, how=self.how.value(),
                             keep_up=self.keep_up.code_at(self.keep_up.currentIndex()),
                             note=self.note.text().strip())
        refusal = self.session.edit(tr("Balanscheck"), [Put("balance_checks", check)])
        if refusal is not None:
            self.error.setText(refusal.problem.message)
            return
        self.accept()


class _History(QListWidget):
    """Enter opens a result (a draft to finish it); Delete removes it (undoable)."""

    def __init__(self, panel: LoadTab) -> None:
        super().__init__()
        self.panel = panel
        self.itemActivated.connect(lambda item: panel.open_record(item))

    def event(self, event: QEvent) -> bool:
        """Delete removes a result here; it must never reach the window's Delete (people)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.currentItem() is not None:
            self.panel.remove_record(self.currentItem())
            return
        super().keyPressEvent(event)


class LoadTab(QWidget):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.person: str | None = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for inst, text in (("ediz_plus", tr("&EDIZ-plus invullen…")),
                           ("csi", tr("&CSI invullen…")), ("ediz", tr("EDIZ invullen…"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, i=inst: self.fill(i))
            bar.addWidget(b)
            self.buttons[inst] = b
        self.balance_button = QPushButton(tr("Ba&lanscheck…"))
        self.balance_button.clicked.connect(self.balance)
        bar.addWidget(self.balance_button)
        self.remove_button = QPushButton(tr("Meting verwijderen"))
        self.remove_button.setToolTip(tr("Verwijder de gekozen meting (Delete); Ctrl+Z zet "
                                         "hem terug"))
        self.remove_button.clicked.connect(
            lambda: self.remove_record(self.list.currentItem()) if self.list.currentItem()
            else None)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.trends = QHBoxLayout()
        lay.addLayout(self.trends)
        self.list = _History(self)
        lay.addWidget(self.list, 1)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setObjectName("hintText")
        lay.addWidget(self.rule)

    def show_person(self, pid: str | None) -> None:
        self.person = pid
        for b in (*self.buttons.values(), self.balance_button, self.remove_button):
            b.setEnabled(pid is not None)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        while self.trends.count():
            item = self.trends.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        net = self.session.case.network
        if self.person is None or self.person not in net.people:
            return
        rows: list[tuple[str, int, str, tuple[str, str]]] = []
        for n, a in enumerate(reversed(latest(net, "assessments", self.person))):
            inst = INSTRUMENTS.get(a.instrument)
            name = inst.name if inst else a.instrument
            if a.draft:
                text = tr("{date}  {inst}: concept, nog niet af", date=display(a.date),
                          inst=name)
            else:
                s = [r for r in history(net, self.person, a.instrument) if r[0].id == a.id][0][1]
                text = tr("{date}  {inst}: {t} van {m}, {words}", date=display(a.date),
                          inst=name, t=s.total, m=s.max_total, words=tr(s.words))
            rows.append((a.date, n, text, ("assessments", a.id)))
        for n, b in enumerate(reversed(latest(net, "balance_checks", self.person))):
            keep = label(b.keep_up) if b.keep_up else "?"
            text = tr("{date}  Balanscheck (geen instrument): {how} van 10, volhouden: "
                      "{keep}", date=display(b.date),
                      how=b.how if b.how is not None else "?", keep=keep)
            if b.note:
                text += f" · {b.note}"
            rows.append((b.date, 1000 + n, text, ("balance_checks", b.id)))
        for _date, _n, text, data in sorted(rows, key=lambda r: (r[0], r[1]), reverse=True):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        rules = []
        for inst_id, inst in INSTRUMENTS.items():
            results = history(net, self.person, inst_id)
            if results:
                box = QVBoxLayout()
                box.addWidget(QLabel(f"{inst.name}: " + " → ".join(
                    str(s.total) for _a, s in results)))
                box.addWidget(Trend([s.total for _a, s in results], inst.max_total,
                                    inst.cutoff))
                holder = QWidget()
                holder.setLayout(box)
                self.trends.addWidget(holder)
                if inst.open_rule:
                    rules.append(inst.rule)
        self.trends.addStretch(1)
        self.rule.setText(" ".join(rules))
        if not self.list.count():
            self.list.addItem(tr("Nog geen metingen. Kies hierboven een instrument of de "
                                 "snelle balanscheck."))

    def fill(self, instrument: str) -> None:
        if self.session.refuse_if_viewing() is not None:  # a moment: nothing to fill in
            return
        if self.person is not None:
            InstrumentDialog(self.session, self.person, instrument, parent=self).exec()

    def balance(self) -> None:
        if self.session.refuse_if_viewing() is not None:  # a moment: nothing to fill in
            return
        if self.person is not None:
            BalanceDialog(self.session, self.person, self).exec()

    def open_record(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or data[0] != "assessments" or self.person is None:
            return
        if self.session.refuse_if_viewing() is not None:  # a moment: nothing to fill in
            return
        a = self.session.case.network.records("assessments").get(data[1])
        if a is not None:
            InstrumentDialog(self.session, self.person, a.instrument, draft=a,
                             parent=self).exec()

    def remove_record(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.session.edit(tr("Meting verwijderen"), [Delete(data[0], data[1])])


class CarerPanel(QWidget):
    """The dock's content: who the carer is, then the tabs."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.person: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.tabs = QTabWidget()
        self.load = LoadTab(session)
        self.roles = RolesTab(session)
        self.signals = SignalsTab(session)
        self.tabs.addTab(self.load, tr("Belasting"))
        self.tabs.addTab(self.roles, tr("Rollen"))
        self.tabs.addTab(self.signals, tr("Signalen en risico"))
        lay.addWidget(self.tabs, 1)
        session.sig_changed.connect(self._on_changed)
        self.show_person(None)

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset or change.opened or change.refs or any(
                change.changed(c) for c in CARER_COLLECTIONS):
            self.show_person(self.person)

    def show_person(self, pid: str | None) -> None:
        net = self.session.case.network
        if pid not in net.people or pid == net.client_id:
            pid = None
        self.person = pid
        if pid is None:
            self.title.setText(tr("Kies een mantelzorger op de kaart"))
        else:
            person = net.people[pid]
            over = overview(net)
            what = tr("hoofdmantelzorger") if pid == over.main_carer else (
                tr("mantelzorger") if pid in over.carers else person_relation(net, pid))
            badge = load_badge(net, pid)
            source = f" ({badge.source})" if badge.source else ""
            self.title.setText(tr("{name}, {what} · belasting: {load}{source}",
                                  name=person.name or "?", what=what, load=badge.text,
                                  source=source))
        self.load.show_person(pid)
        self.roles.show_person(pid)
        self.signals.show_person(pid)
