"""Agreements and referrals: two sortable lists, overdue agreements marked, each record edited
in a small form. Every change is one undo step through ``session.edit``.

Agreements: what, who, by when, done (the date it was done). Referrals: to whom (the
destinations of domain.md section 5, Veilig Thuis included, or the user's own), which of the
eight support areas, for whom, the contact person (with phone and e-mail), when, warm
doorverwezen, and when the professional checked back.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..labels import label, person_relation
from ..model.care import Agreement, Destination, Referral, SupportArea, overdue
from ..model.dates import DateError, display, parse_display
from ..model.edits import ChangeSet, Put, delete_ops
from .fields import (
    ChoiceField,
    ExtensibleChoiceField,
    NotesField,
    TextField,
    error_label,
    form_state,
    may_close,
)
from .session import CaseSession

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BG = QColor("#f6d5d1")


def today() -> str:
    return _dt.date.today().isoformat()


def _name(session: CaseSession, pid: str | None) -> str:
    person = session.case.network.people.get(pid or "")
    return (person.name or "?") if person else ""


def _date_key(value: str | None) -> str:
    """Sort dates as dates; no date sorts last."""
    return value or "9999"


# -- the forms -----------------------------------------------------------------------------------


class _RecordDialog(QDialog):
    """A small form for one record; OK lands it as one edit, or says why not and stays."""

    def __init__(self, session: CaseSession, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.form = QFormLayout()
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        self.error = error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.landed: str | None = None
        """The id of the record that landed (after OK)."""
        self._start: tuple[object, ...] | None = None
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def row(self, text: str, widget: QWidget) -> Any:
        lbl = QLabel(text)
        lbl.setBuddy(widget)
        self.form.addRow(lbl, widget)
        return widget

    def date(self, field: TextField, what: str) -> str | None:
        try:
            return parse_display(field.text())
        except DateError as err:
            raise ValueError(f"{what}: {err}") from None

    def record(self) -> tuple[str, Any]:  # (collection, record)
        raise NotImplementedError

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """What the form held when it opened: closing a changed form asks first."""
        super().showEvent(event)
        if self._start is None:
            self._start = form_state(self)

    def reject(self) -> None:
        if self._start is None or may_close(self, self._start):
            super().reject()

    def accept(self) -> None:
        try:
            collection, record = self.record()
        except ValueError as err:
            self.error.setText(str(err))
            return
        refusal = self.session.edit(self.windowTitle(), [Put(collection, record)])
        if refusal is not None:
            self.error.setText(tr("{reason} Er is niets gewijzigd.",
                                  reason=refusal.problem.message))
            return
        self.landed = record.id
        super().accept()


def _plain(text: str) -> TextField:
    field = TextField(lambda _v: None)
    field.setText(text)
    field.setCursorPosition(0)  # show the beginning of a long text
    return field


class AgreementDialog(_RecordDialog):
    def __init__(self, session: CaseSession, agreement: Agreement | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Afspraak bewerken") if agreement
                         else tr("Nieuwe afspraak"), parent)
        self.old = agreement
        a = agreement or Agreement(what="-")
        self.what = self.row(tr("&Wat is afgesproken"), _plain(a.what if agreement else ""))
        self.who = self.row(tr("W&ie doet het"), QListWidget())
        net = session.case.network
        for pid, p in net.people.items():
            if p.is_deceased:
                continue
            rel = person_relation(net, pid)
            item = QListWidgetItem(f"{p.name or '?'} ({rel})" if rel else p.name or "?")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in a.who
                               else Qt.CheckState.Unchecked)
            self.who.addItem(item)
        self.who.setMinimumHeight(140)
        self.by_when = self.row(tr("&Uiterlijk op"), _plain(display(a.by_when)))
        self.by_when.setPlaceholderText(tr("bijv. 01-12-2026"))
        self.done_box = self.row("", QCheckBox(tr("&Gedaan")))
        self.done_box.setChecked(a.done is not None)
        self.done_on = self.row(tr("Gedaan &op"), _plain(display(a.done)))
        self.done_box.toggled.connect(self._done_toggled)
        self.done_on.setEnabled(a.done is not None)
        self.note = self.row(tr("&Notitie"), NotesField(lambda _v: None))
        self.note.set_value(a.note)
        self.what.setFocus()  # type straight away

    def _done_toggled(self, on: bool) -> None:
        self.done_on.setEnabled(on)
        if on and not self.done_on.text():
            self.done_on.setText(display(today()))
        if not on:
            self.done_on.clear()

    def record(self) -> tuple[str, Any]:
        what = " ".join(self.what.text().split())
        if not what:
            raise ValueError(tr("Schrijf op wat er is afgesproken."))
        who = tuple(self.who.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.who.count())
                    if self.who.item(i).checkState() == Qt.CheckState.Checked)
        done = self.date(self.done_on, tr("Gedaan op")) if self.done_box.isChecked() else None
        if self.done_box.isChecked() and done is None:
            raise ValueError(tr("Een afspraak die gedaan is, heeft een datum nodig."))
        values = {"what": what[:500], "who": who,
                  "by_when": self.date(self.by_when, tr("Uiterlijk op")), "done": done,
                  "note": self.note.toPlainText()}
        if self.old is not None:
            return "agreements", self.old.model_copy(update=values)
        return "agreements", Agreement(**values)


class ReferralDialog(_RecordDialog):
    def __init__(self, session: CaseSession, referral: Referral | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Verwijzing bewerken") if referral
                         else tr("Nieuwe verwijzing"), parent)
        self.old = referral
        net = session.case.network
        living = [pid for pid, p in net.people.items() if not p.is_deceased]

        def person_label(pid: str) -> str:
            rel = person_relation(net, pid)
            name = net.people[pid].name or "?"
            return f"{name} ({rel})" if rel else name

        self.destination = self.row(tr("&Naar"), ExtensibleChoiceField(
            list(Destination), lambda _v: None, placeholder=tr("kies of typ waarheen")))
        self.area = self.row(tr("&Steungebied"), ChoiceField(
            list(SupportArea), lambda _v: None, optional=True))
        self.for_whom = self.row(tr("&Voor wie"), ChoiceField(
            living, lambda _v: None, optional=True, labels=person_label))
        self.contact = self.row(tr("&Contactpersoon"), ChoiceField(
            living, lambda _v: None, optional=True, labels=person_label))
        self.contact.setToolTip(tr("De persoon bij wie u verwijst, als die in de casus staat: "
                                   "zijn of haar telefoon en e-mail staan bij de persoon."))
        self.contact_line = QLabel()
        self.contact_line.setObjectName("hintText")
        self.form.addRow(self.contact_line)
        self.contact.currentIndexChanged.connect(self._show_contact)
        self.date_field = self.row(tr("&Datum"), _plain(""))
        self.date_field.setPlaceholderText(tr("bijv. 16-11-2026"))
        self.warm = self.row("", QCheckBox(tr("&Warm doorverwezen (zelf contact gelegd)")))
        self.checked = self.row(tr("&Teruggekoppeld op"), _plain(""))
        self.checked.setPlaceholderText(tr("leeg: nog niet nagevraagd"))
        self.note = self.row(tr("No&titie"), NotesField(lambda _v: None))
        if referral is not None:
            self.destination.set_value(referral.destination)
            self.destination.lineEdit().setCursorPosition(0)
            self.area.set_value(referral.area)
            self.for_whom.set_value(referral.for_whom)
            self.contact.set_value(referral.contact)
            self.date_field.setText(display(referral.date))
            self.warm.setChecked(referral.warm)
            self.checked.setText(display(referral.checked_back))
            self.note.set_value(referral.note)
        else:
            self.destination.set_value(None)
            self.for_whom.set_value(None)
            self.contact.set_value(None)
            self.date_field.setText(display(today()))
        self._show_contact()
        self.destination.setFocus()  # type or pick straight away

    def _show_contact(self, *_args: object) -> None:
        from .care_form import contact_line

        pid = self.contact.code_at(self.contact.currentIndex())
        self.contact_line.setText(contact_line(self.session, pid) if pid else "")
        self.contact_line.setVisible(bool(pid))

    def record(self) -> tuple[str, Any]:
        destination = self.destination.value()
        if destination is None:
            raise ValueError(tr("Kies of typ waarheen u verwijst."))
        values = {
            "destination": destination,
            "area": self.area.code_at(self.area.currentIndex()),
            "for_whom": self.for_whom.code_at(self.for_whom.currentIndex()),
            "contact": self.contact.code_at(self.contact.currentIndex()),
            "date": self.date(self.date_field, tr("Datum")),
            "warm": self.warm.isChecked(),
            "checked_back": self.date(self.checked, tr("Teruggekoppeld op")),
            "note": self.note.toPlainText(),
        }
        if self.old is not None:
            return "referrals", Referral.model_validate({**self.old.model_dump(), **values})
        return "referrals", Referral(**values)


# -- the lists -------------------------------------------------------------------------------------


class _RecordTable(QTableView):
    """Enter edits the current record, Delete removes the selected ones."""

    def __init__(self, on_enter: Callable[[], None], on_delete: Callable[[], None]) -> None:
        super().__init__()
        self._on_enter, self._on_delete = on_enter, on_delete
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda _i: on_enter())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
        elif event.key() == Qt.Key.Key_Delete:
            self._on_delete()
        else:
            super().keyPressEvent(event)


class RecordList(QWidget):
    """One list (agreements or referrals): buttons, the sortable table and a hint."""

    collection = ""
    headers: Sequence[str] = ()

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _RecordTable(self.edit_current, self.remove)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.buttons = bar
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("hintText")
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)
        session.sig_changed.connect(self._on_changed)

    def button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda _c=False: slot())
        self.buttons.addWidget(b)
        return b

    def _on_changed(self, change: ChangeSet) -> None:
        if change.reset or change.opened or change.changed(self.collection) or change.people:
            self.refresh()

    def rows(self) -> list[tuple[str, list[tuple[str, Any]], bool]]:
        """(id, [(text, sort key) per column], marked) per record."""
        raise NotImplementedError

    def refresh(self) -> None:
        chosen = set(self.selected())
        current = self.current_id()
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        widths = [self.table.columnWidth(i) for i in range(self.model.columnCount())]
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(self.headers))
        for rid, cells, marked in self.rows():
            items = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setData(rid, ID_ROLE)
                item.setToolTip(text)
                if marked:
                    item.setBackground(QBrush(OVERDUE_BG))
                items.append(item)
            self.model.appendRow(items)
        if 0 <= column < len(self.headers):  # clearing the model forgets the sort order
            self.table.sortByColumn(column, order)
        for i, width in enumerate(widths[:-1]):  # ... and the widths the user gave columns
            self.table.setColumnWidth(i, width)
        for row in range(self.proxy.rowCount()):
            rid = self.proxy.index(row, 0).data(ID_ROLE)
            if rid == current:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
            if rid in chosen:
                self.table.selectRow(row)
        self.empty.setVisible(self.model.rowCount() == 0)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def selected(self) -> list[str]:
        sm = self.table.selectionModel()
        ids = [i.data(ID_ROLE) for i in sm.selectedRows()] if sm else []
        return ids or ([self.current_id()] if self.current_id() else [])

    def select(self, rid: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == rid:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))

    def dialog(self, record: Any | None) -> _RecordDialog:
        raise NotImplementedError

    def add(self) -> None:
        if self.session.refuse_if_viewing() is not None:  # a moment: nothing to fill in
            return
        dlg = self.dialog(None)
        if dlg.exec() and dlg.landed:
            self.select(dlg.landed)
        self.table.setFocus()

    def edit_current(self) -> None:
        if self.session.refuse_if_viewing() is not None:  # a moment: nothing to fill in
            return
        rid = self.current_id()
        record = self.session.case.network.records(self.collection).get(rid or "")
        if record is not None:
            self.dialog(record).exec()
            self.table.setFocus()

    def remove(self) -> None:
        ids = [i for i in self.selected() if i]
        if ids:
            self.session.edit(self.remove_text(len(ids)),
                              delete_ops(self.session.case, {self.collection: ids}))

    def remove_text(self, n: int) -> str:
        raise NotImplementedError


class AgreementList(RecordList):
    collection = "agreements"

    def __init__(self, session: CaseSession) -> None:
        self.headers = [tr("Wat"), tr("Wie"), tr("Uiterlijk"), tr("Gedaan op")]
        super().__init__(session)
        self.button(tr("&Nieuwe afspraak…"), self.add)
        self.button(tr("Bewerken…"), self.edit_current)
        self.button(tr("&Gedaan vandaag"), self.mark_done)
        self.button(tr("Verwijderen"), self.remove)
        self.buttons.addStretch(1)
        self.empty.setText(tr("Nog geen afspraken. Wat is er afgesproken, wie doet het en "
                              "wanneer? Te late afspraken worden rood."))
        self.refresh()
        self.table.setColumnWidth(0, 380)
        self.table.setColumnWidth(1, 220)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)

    def rows(self) -> list[tuple[str, list[tuple[str, Any]], bool]]:
        now = today()
        out = []
        for rid, a in self.session.case.network.records("agreements").items():
            late = overdue(a, now)
            when = display(a.by_when) + (tr(" (te laat)") if late else "")
            who = ", ".join(_name(self.session, p) for p in a.who)
            out.append((rid, [(a.what, a.what.casefold()), (who, who.casefold()),
                              (when, _date_key(a.by_when)),
                              (display(a.done), _date_key(a.done))], late))
        return out

    def dialog(self, record: Any | None) -> _RecordDialog:
        return AgreementDialog(self.session, record, self)

    def mark_done(self) -> None:
        agreements = self.session.case.network.records("agreements")
        ops = [Put("agreements", agreements[i].model_copy(update={"done": today()}))
               for i in self.selected() if i in agreements and agreements[i].done is None]
        self.session.edit(tr("Afspraak gedaan"), ops)

    def remove_text(self, n: int) -> str:
        return tr("Afspraak verwijderen") if n == 1 else tr("Afspraken verwijderen")


class ReferralList(RecordList):
    collection = "referrals"

    def __init__(self, session: CaseSession) -> None:
        self.headers = [tr("Naar"), tr("Steungebied"), tr("Voor wie"), tr("Contactpersoon"),
                        tr("Datum"), tr("Warm doorverwezen"), tr("Teruggekoppeld")]
        super().__init__(session)
        self.button(tr("Nieuwe verw&ijzing…"), self.add)
        self.button(tr("Bewerken…"), self.edit_current)
        self.button(tr("Verwijderen"), self.remove)
        self.buttons.addStretch(1)
        self.empty.setText(tr("Nog geen verwijzingen. Naar wie, voor welk steungebied, warm "
                              "doorverwezen, en wanneer nagevraagd?"))
        self.refresh()
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 160)
        self.table.setColumnWidth(3, 220)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)

    def rows(self) -> list[tuple[str, list[tuple[str, Any]], bool]]:
        out = []
        for rid, r in self.session.case.network.records("referrals").items():
            contact = _name(self.session, r.contact)
            person = self.session.case.network.people.get(r.contact or "")
            if person is not None and (person.phone or person.email):
                contact += f" – {person.phone or person.email}"
            dest = label(r.destination)
            area = label(r.area) if r.area else ""
            whom = _name(self.session, r.for_whom)
            warm = tr("ja") if r.warm else tr("nee")
            checked = display(r.checked_back) or tr("nog niet")
            out.append((rid, [(dest, dest.casefold()), (area, area.casefold()),
                              (whom, whom.casefold()), (contact, contact.casefold()),
                              (display(r.date), _date_key(r.date)), (warm, int(r.warm)),
                              (checked, _date_key(r.checked_back))], False))
        return out

    def dialog(self, record: Any | None) -> _RecordDialog:
        return ReferralDialog(self.session, record, self)

    def remove_text(self, n: int) -> str:
        return tr("Verwijzing verwijderen") if n == 1 else tr("Verwijzingen verwijderen")


class PlanPanel(QTabWidget):
    """The dock's content: agreements and referrals on two tabs."""

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.agreements = AgreementList(session)
        self.referrals = ReferralList(session)
        self.addTab(self.agreements, tr("Afspraken"))
        self.addTab(self.referrals, tr("Verwijzingen"))

    def focus_list(self) -> None:
        widget = self.currentWidget()
        if isinstance(widget, RecordList):
            widget.table.setFocus()
            if not widget.table.currentIndex().isValid() and widget.proxy.rowCount():
                widget.table.setCurrentIndex(widget.proxy.index(0, 0))

