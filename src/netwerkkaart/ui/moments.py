"""Momentopnames in the window: make one, list them, look at one read-only, compare.

* :class:`SnapshotDialog` asks a name, date, who made it and a short note;
* :class:`MomentList` is the list in the case panel, with its buttons;
* :class:`MomentBar` is the banner over the maps while a moment is shown, with the way back;
* :class:`CompareDialog` shows the comparison in words and tables, with "Kopiëren" and
  "Op de kaarten tonen";
* :class:`MomentActions` puts it together for the window (and asks for a first snapshot when
  a case without one is saved after an intake conversation).

Making and removing a snapshot are undoable edits the model checks; looking at a moment sets
the session's read-only :class:`~.session.Viewing`, so every map and panel shows it and every
edit is refused with one sentence.
"""

from __future__ import annotations

import datetime as _dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..analysis.compare import (
    Comparison,
    compare,
    detail_tables,
    summary,
    summary_paragraphs,
)
from ..analysis.moments import (
    default_snapshot_name,
    make_snapshot,
    moments_between,
)
from ..i18n import capital, tr
from ..model import AddSnapshot, Case, RemoveSnapshot, Snapshot
from ..model.case import SNAPSHOT_NAME_MAX
from ..model.dates import DateError, display, display_long, parse_display
from .session import CaseSession, Viewing

if TYPE_CHECKING:
    from .main_window import MainWindow


def _today() -> str:
    return _dt.date.today().isoformat()


class SnapshotDialog(QDialog):
    """Name, date, maker and note of a new snapshot; checked before it closes."""

    def __init__(self, case: Case, parent: QWidget | None = None,
                 name: str | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(tr("Momentopname maken"))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Een momentopname bewaart het hele netwerk zoals het nu is, in het "
                          "casusbestand: mensen, lijnen, plaatsen op de kaarten, zorgtaken en "
                          "uren, rollen, belasting, kracht en risico's en afspraken. Hij "
                          "verandert daarna niet meer; bij een volgend gesprek vergelijkt u "
                          "ermee."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        lay.addLayout(form)
        self.name = QLineEdit(name or default_snapshot_name(case))
        self.name.setMaxLength(SNAPSHOT_NAME_MAX)
        form.addRow(tr("&Naam"), self.name)
        meeting = case.meta.conversation_date
        when = meeting if meeting and len(meeting) == 10 and meeting <= _today() else _today()
        self.date = QLineEdit(display(when))
        self.date.setPlaceholderText(tr("bijv. 16-11-2026"))
        form.addRow(tr("&Datum"), self.date)
        self.made_by = QLineEdit(case.meta.professional)
        form.addRow(tr("&Gemaakt door"), self.made_by)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Bijvoorbeeld: intakegesprek thuis, met dochter"))
        self.note.setFixedHeight(70)
        form.addRow(tr("&Toelichting"), self.note)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Momentopname maken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(460, 0)

    def snapshot(self) -> Snapshot | None:
        """The snapshot the fields describe, or None (the reason is shown)."""
        name = self.name.text().strip()
        if not name:
            return self._refuse(tr("Geef de momentopname een naam, bijvoorbeeld ‘Intake’."))
        if any(s.name.strip().casefold() == name.casefold() for s in self.case.snapshots):
            return self._refuse(tr("Er is al een momentopname met deze naam; kies een "
                                   "andere."))
        whole = tr("Een momentopname heeft een hele datum (dag, maand en jaar), bijv. "
                   "16-11-2026.")
        try:
            date = parse_display(self.date.text())
        except DateError:
            return self._refuse(whole)
        if date is None or len(date) != 10:
            return self._refuse(whole)
        if date > _today():
            return self._refuse(tr("De datum ligt in de toekomst."))
        last = max(self.case.snapshots, key=lambda s: s.date, default=None)
        if last is not None and date < last.date:
            return self._refuse(tr(
                "De datum kan niet vóór {date} liggen: dan is ‘{name}’ gemaakt, en een nieuwe "
                "momentopname bewaart het netwerk zoals het nu is.", name=last.name,
                date=display(last.date)))
        self.error.clear()
        return make_snapshot(self.case, name, date, self.made_by.text(),
                             self.note.toPlainText())

    def _refuse(self, why: str) -> None:
        self.error.setText(why)
        self.adjustSize()  # room for the message, whatever its length
        return None

    def accept(self) -> None:
        if self.snapshot() is not None:
            super().accept()


class MomentList(QWidget):
    """The snapshots of the case in the case panel, with what can be done with them."""

    sig_make = Signal()
    sig_view = Signal(str)
    sig_compare = Signal(str)
    sig_delete = Signal(str)

    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self._known: set[str] = set()
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(lambda _item: self._emit(self.sig_view))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.empty = QLabel(tr("Nog geen momentopnames. Maak er een na het eerste gesprek: "
                               "dan kunt u later zien wat er veranderde."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hintText")
        lay.addWidget(self.empty)
        lay.addWidget(self.list)
        row = QGridLayout()  # two rows: the panel is narrow on a 1366 px laptop
        self.make = QPushButton(tr("Nieuwe…"))
        self.make.setToolTip(tr("Bewaar het netwerk zoals het nu is (Bestand > Momentopname "
                                "maken)"))
        self.view = QPushButton(tr("Bekijken"))
        self.view.setToolTip(tr("Toon deze momentopname op alle kaarten, alleen lezen"))
        self.compare = QPushButton(tr("Vergelijken…"))
        self.compare.setToolTip(tr("Wat is er sinds deze momentopname veranderd?"))
        self.delete = QPushButton(tr("Verwijderen"))
        self.delete.setToolTip(tr("Deze momentopname uit de casus verwijderen (Ctrl+Z maakt "
                                  "het ongedaan)"))
        for i, button in enumerate((self.make, self.view, self.compare, self.delete)):
            row.addWidget(button, i // 2, i % 2)
        lay.addLayout(row)
        self.make.clicked.connect(self.sig_make)
        self.view.clicked.connect(lambda: self._emit(self.sig_view))
        self.compare.clicked.connect(lambda: self._emit(self.sig_compare))
        self.delete.clicked.connect(lambda: self._emit(self.sig_delete))

    def refresh(self) -> None:
        snaps = self.session.today.snapshots
        current = self.selected()
        new = [s.id for s in snaps if s.id not in self._known]
        if self._known and len(new) == 1:
            current = new[0]  # just made (or brought back): that one
        self._known = {s.id for s in snaps}
        self.list.clear()
        for snap in snaps:
            text = tr("{name} · {date}", name=snap.name, date=display(snap.date))
            if snap.made_by:
                text += f" · {snap.made_by}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, snap.id)
            if snap.note:
                item.setToolTip(snap.note)
            self.list.addItem(item)
            if snap.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and snaps:
            self.list.setCurrentRow(len(snaps) - 1)
        self.empty.setVisible(not snaps)
        self.list.setVisible(bool(snaps))
        self._enable()

    def select(self, sid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == sid:
                self.list.setCurrentRow(row)

    def _enable(self) -> None:
        some = self.selected() is not None
        for button in (self.view, self.compare, self.delete):
            button.setEnabled(some)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _emit(self, signal: Signal) -> None:
        sid = self.selected()
        if sid is not None:
            signal.emit(sid)  # type: ignore[attr-defined]


class MomentBar(QFrame):
    """The banner over the maps while a moment is shown: what it is, and the way back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("momentBar")
        self.setStyleSheet("#momentBar { background: #fff1c2; border-bottom: 2px solid #8a6d00; }"
                           "#momentBar QLabel { color: #3b2f00; font-weight: bold; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        lay.addWidget(self.label, 1)
        self.summary = QPushButton(tr("Samenvatting…"))
        self.back = QPushButton(tr("Terug naar nu (Esc)"))
        lay.addWidget(self.summary)
        lay.addWidget(self.back)
        self.hide()

    def show_viewing(self, viewing: Viewing | None) -> None:
        if viewing is None:
            self.hide()
            return
        self.label.setText(viewing.title + " " + tr("— alleen lezen"))
        self.summary.setVisible(viewing.compare is not None)
        self.show()


def comparison_html(cmp: Comparison) -> str:
    """The comparison for the window: the summary, then the tables."""
    parts = [f"<h3>{html.escape(tr('Wat is er veranderd?'))}</h3>"]
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in summary_paragraphs(cmp)]
    then, now = (capital(m.title()) for m in (cmp.then, cmp.now))
    for title, rows in detail_tables(cmp):
        parts.append(f"<h4>{html.escape(title)}</h4>")
        parts.append("<table cellspacing='0' cellpadding='4' border='1' "
                     "style='border-collapse: collapse; border-color: #bbb'>")
        parts.append(f"<tr><th></th><th align='left'>{html.escape(then)}</th>"
                     f"<th align='left'>{html.escape(now)}</th></tr>")
        for what, before, after in rows:
            parts.append(f"<tr><td>{html.escape(what)}</td><td>{html.escape(before)}</td>"
                         f"<td>{html.escape(after)}</td></tr>")
        parts.append("</table>")
    return "\n".join(parts)


NOW_KEY = ""


class CompareDialog(QDialog):
    """Then versus now in words and tables; choose the two moments, copy the summary, or show
    the changes on the maps."""

    def __init__(self, case: Case, from_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(tr("Momentopnames vergelijken"))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.from_box = QComboBox()
        self.to_box = QComboBox()
        for snap in case.snapshots:
            text = tr("{name} ({date})", name=snap.name, date=display(snap.date))
            self.from_box.addItem(text, snap.id)
            self.to_box.addItem(text, snap.id)
        self.to_box.insertItem(0, tr("Nu ({date})", date=display(_today())), NOW_KEY)
        self.from_box.setCurrentIndex(max(0, self.from_box.findData(from_id)))
        self.to_box.setCurrentIndex(0)
        label_from = QLabel(tr("&Van"))
        label_from.setBuddy(self.from_box)
        label_to = QLabel(tr("&tot"))
        label_to.setBuddy(self.to_box)
        for w in (label_from, self.from_box, label_to, self.to_box):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        self.swapped = QLabel(tr("Omgedraaid: de oudste momentopname staat altijd links, zodat de "
                                 "vergelijking vertelt wat er sindsdien veranderde."))
        self.swapped.setObjectName("hintText")
        self.swapped.setWordWrap(True)
        self.swapped.hide()
        lay.addWidget(self.swapped)
        self.text = QTextBrowser()
        lay.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.copy = buttons.addButton(tr("Samenvatting &kopiëren"),
                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.on_maps = buttons.addButton(tr("Op de &kaarten tonen"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.on_maps.clicked.connect(self.accept)
        self.copy.clicked.connect(self._copy)
        lay.addWidget(buttons)
        self.from_box.currentIndexChanged.connect(self._refresh)
        self.to_box.currentIndexChanged.connect(self._refresh)
        self.comparison: Comparison | None = None
        self._refresh()
        self.resize(760, 640)

    def _refresh(self) -> None:
        first, second = self.from_box.currentData(), self.to_box.currentData() or None
        self.comparison = comparison_of(self.case, first, second)
        backwards = self.comparison is not None and self.comparison.then.snapshot_id != first
        if backwards:  # the boxes show the order the comparison is told in
            for box, sid in ((self.from_box, second), (self.to_box, first)):
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(sid))
                box.blockSignals(False)
        self.swapped.setVisible(backwards)
        self.copy.setText(tr("Samenvatting &kopiëren"))
        if self.comparison is not None:
            self.text.setHtml(comparison_html(self.comparison))
        else:
            self.text.setHtml("<p>" + html.escape(tr(
                "Van en tot zijn hetzelfde moment: kies twee verschillende momenten.")) + "</p>")
        self.copy.setEnabled(self.comparison is not None)
        self.on_maps.setEnabled(self.comparison is not None)

    def _copy(self) -> None:
        if self.comparison is not None:
            QGuiApplication.clipboard().setText(summary(self.comparison))
            self.copy.setText(tr("Gekopieerd"))


def comparison_of(case: Case, from_id: str, to_id: str | None) -> Comparison | None:
    """A snapshot against another one, or against today (``to_id`` None)."""
    pair = moments_between(case, from_id, to_id)
    return compare(*pair) if pair is not None else None


class MomentActions:
    """What the window does with snapshots."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.session = window.session
        self._asked: set[int] = set()
        """The openings (:attr:`CaseSession.opening`) for which a first snapshot was offered:
        once per opened case, even when its file name changes with the first save."""

    # -- making and removing --------------------------------------------------------------
    def make(self, name: str | None = None, saving: bool = False) -> bool:
        """Ask for and add a snapshot; ``saving``: asked on the way to a save (which follows,
        so the message does not ask to save)."""
        if self.session.viewing is not None:
            self.back_to_now()
        case = self.w.exports.shown_case()  # with the picture on screen
        dialog = SnapshotDialog(case, self.w, name)
        if not dialog.exec():
            return False
        snap = dialog.snapshot()
        if snap is None:
            return False
        refusal = self.session.edit(tr("Momentopname ‘{name}’ maken", name=snap.name),
                                    [AddSnapshot(snap)])
        if refusal is None:
            said = tr("Momentopname ‘{name}’ van {date} bewaard in de casus.", name=snap.name,
                      date=display_long(snap.date))
            self.w.say(said if saving else said[:-1] + " " + tr("(opslaan niet vergeten)."))
        return refusal is None

    def delete(self, sid: str) -> None:
        snap = next((s for s in self.session.today.snapshots if s.id == sid), None)
        if snap is None:
            return
        if self.session.viewing is not None:
            self.back_to_now()
        box = QMessageBox(QMessageBox.Icon.Question, tr("Momentopname verwijderen"),
                          tr("De momentopname ‘{name}’ van {date} verwijderen? Ctrl+Z maakt "
                             "het ongedaan.", name=snap.name, date=display(snap.date)),
                          parent=self.w)
        yes = box.addButton(tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(tr("Niet verwijderen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        if box.clickedButton() is yes:
            if self.session.edit(tr("Momentopname ‘{name}’ verwijderen", name=snap.name),
                                 [RemoveSnapshot(sid)]) is None:
                self.w.say(tr("Momentopname ‘{name}’ verwijderd (Ctrl+Z maakt het ongedaan).",
                              name=snap.name))

    def offer_before_save(self) -> None:
        """A case saved after an intake conversation without any snapshot: offer one, once."""
        case = self.session.today
        key = self.session.opening
        if (case.snapshots or key in self._asked or not case.meta.conversation_date
                or len(case.network.people) < 2):
            return
        self._asked.add(key)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Momentopname maken?"),
                          tr("Deze casus heeft nog geen momentopname. Wilt u het netwerk van "
                             "dit gesprek bewaren als ‘Intake’? Bij een volgend gesprek ziet u "
                             "dan wat er veranderde."), parent=self.w)
        make = box.addButton(tr("Momentopname maken…"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(tr("Nu niet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(make)
        box.setEscapeButton(later)
        box.exec()
        if box.clickedButton() is make:
            self.make(tr("Intake"), saving=True)

    # -- looking ------------------------------------------------------------------------
    def view(self, sid: str) -> None:
        snap = next((s for s in self.session.today.snapshots if s.id == sid), None)
        if snap is None:
            return
        title = tr("Momentopname ‘{name}’ van {date}", name=snap.name,
                   date=display_long(snap.date))
        if snap.made_by:
            title += " " + tr("(door {who})", who=snap.made_by)
        self.session.view(Viewing(title, snap.state))
        self.w.panel.case_form.moments.select(sid)  # the list shows which one is shown
        self.w.refit_all()

    def compare(self, sid: str) -> None:
        if self.session.viewing is not None:
            self.back_to_now()
        dialog = CompareDialog(self.session.today, sid, self.w)
        if dialog.exec() and dialog.comparison is not None:
            self.show_on_maps(dialog.comparison)

    def show_on_maps(self, cmp: Comparison) -> None:
        title = tr("Vergelijking: {then} → {now}", then=cmp.then.title(), now=cmp.now.title())
        self.session.view(Viewing(title, cmp.now.case, cmp))
        self.w.refit_all()

    def compare_latest(self) -> None:
        snaps = self.session.today.snapshots
        if not snaps:
            self.w.say(tr("Deze casus heeft nog geen momentopnames: maak er eerst een "
                          "(Bestand > Momentopname maken)."))
            return
        self.compare(snaps[-1].id)

    def summary_window(self) -> None:
        viewing = self.session.viewing
        if viewing is None or viewing.compare is None:
            return
        cmp = viewing.compare
        dialog = CompareDialog(self.session.today, cmp.then.snapshot_id or "", self.w)
        if cmp.now.snapshot_id:
            dialog.to_box.setCurrentIndex(dialog.to_box.findData(cmp.now.snapshot_id))
        if dialog.exec() and dialog.comparison is not None:
            self.show_on_maps(dialog.comparison)

    def back_to_now(self) -> None:
        if self.session.viewing is not None:
            self.session.view(None)
            self.w.refit_all()
